"""No junk headlines: a seed without a title or a date is a draft, not published, until an
editor supplies what it lacks; dates are shown formatted, never as the raw line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support import SEED, briefgen, make_project

UNTITLED = "date 2021-11-16 event\n\nParticipants from Seoul and Tokyo discussed supply chains.\n"


def mkdocs(root: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(root / "site")],
        cwd=root, check=True, capture_output=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip


def test_an_untitled_seed_is_a_draft_until_an_editor_publishes_it(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [SEED])
    (root / "seeds" / "2022-climate.txt").write_text(UNTITLED, encoding="utf-8")
    result = briefgen(root, "ingest")
    assert result.returncode == 0, result.stderr
    draft = next((root / "content" / "events").glob("*climate*.md"))
    shown = f"content/events/{draft.name}"
    assert (
        f"draft     {shown}: its seed gives no title; write title: in this front matter, "
        "then set draft: false"
    ) in result.stdout.splitlines()
    check = briefgen(root, "check")
    assert check.returncode == 0
    assert f"{shown}:" in check.stderr and "warning: draft, not published" in check.stderr
    mkdocs(root)
    site = root / "site"
    assert not (site / "events" / draft.stem).exists()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "2022-climate" not in home and draft.stem not in home
    # the editor supplies the title and publishes it
    text = draft.read_text(encoding="utf-8")
    text = text.replace('title: "2022-climate.txt"', 'title: "Supply Chains in Northeast Asia"')
    text = text.replace("draft: true", "draft: false")
    draft.write_text(text, encoding="utf-8")
    result = briefgen(root, "ingest")
    assert result.returncode == 0
    assert "draft     " not in result.stdout
    assert briefgen(root, "check").returncode == 0
    mkdocs(root)
    page = (site / "events" / draft.stem / "index.html").read_text(encoding="utf-8")
    assert "Supply Chains in Northeast Asia" in page
    assert "16 November 2021" in page  # the date line, formatted
    assert "date 2021-11-16 event</dd>" not in page
    assert "Supply Chains in Northeast Asia" in (site / "index.html").read_text(encoding="utf-8")
