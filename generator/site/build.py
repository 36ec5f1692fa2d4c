"""Running MkDocs reproducibly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def source_date_epoch(root: Path) -> str:
    """The last commit's time, so that the sitemap is the same on every build of a commit."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True,
            check=True,
        )  # fmt: skip
        value = result.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        value = ""
    return value or "1577836800"


def mkdocs_command(site_dir: str = "site") -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site_dir]


def run_mkdocs(
    root: Path, site_dir: str = "site", epoch: str | None = None, jobs: int | None = None
) -> int:
    """``mkdocs build --strict`` of the project, with ``SOURCE_DATE_EPOCH`` set (``epoch``,
    else ``source_date_epoch``). The briefgen plugin sees ``BRIEFGEN_CHECKED`` and does
    not check content/ a second time, and renders pages in ``jobs`` processes when given
    (``BRIEFGEN_JOBS``; otherwise the plugin's ``jobs`` setting)."""
    epoch = epoch or source_date_epoch(root)
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "BRIEFGEN_CHECKED": "1"}
    if jobs is not None:
        env["BRIEFGEN_JOBS"] = str(jobs)
    return subprocess.run(mkdocs_command(site_dir), cwd=root, env=env, check=False).returncode
