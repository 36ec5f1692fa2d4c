"""The briefgen MkDocs plugin: a plain ``mkdocs build`` refuses stale or broken content,
and Material's templates get titles escaped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support import SEED, briefgen, make_project


def mkdocs(root: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(root / "site")],
        cwd=root, capture_output=True, text=True, check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
    )  # fmt: skip


def test_plain_mkdocs_build_fails_on_a_stale_page_naming_it(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [SEED])
    assert briefgen(root, "ingest").returncode == 0
    assert mkdocs(root).returncode == 0
    seed = root / "seeds" / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    result = mkdocs(root)
    assert result.returncode != 0
    assert "out of sync with seeds/: run 'briefgen ingest'" in result.stderr
    assert "briefgen: " in result.stderr and "problem(s) in content/" in result.stderr


def test_plugin_check_can_be_switched_off(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [SEED])
    assert briefgen(root, "ingest").returncode == 0
    (root / "seeds" / SEED.name).write_text("Changed\n", encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  - briefgen\n", "  - briefgen:\n      check: false\n"
        ),
        encoding="utf-8",
    )
    assert mkdocs(root).returncode == 0


def test_titles_reach_material_escaped(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [])
    (root / "content" / "events").mkdir()
    (root / "content" / "events" / "q.md").write_text(
        '---\ntype: "index"\nid: "index:q"\ntitle: "Q&A on R&D"\nlists: "none"\n---\n\n# Q&A\n',
        encoding="utf-8",
    )
    assert briefgen(root, "ingest").returncode == 0
    assert mkdocs(root).returncode == 0
    html = (root / "site" / "events" / "q" / "index.html").read_text(encoding="utf-8")
    assert "<title>Q&amp;A on R&amp;D - " in html
    assert 'content="Q&amp;A on R&amp;D"' in html
