"""Newest event first everywhere: capital pages, the themes and events indexes,
earlier-events lists and each person's events, read from ingested fixtures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support import SAMPLES, SEED, briefgen, make_project

DATE = re.compile(r"\]\((?:\.\./)*(?:events/|themes/)?(\d{4}-\d{2}-\d{2})-")


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("order")
    later = where / "later.txt"  # the seed's people a year later: a second appearance each
    later.write_text(
        SEED.read_text(encoding="utf-8")
        .replace("Mon. April 22nd, 2013", "Tue. April 22nd, 2014")
        .replace("Changing Perceptions", "Shifting Perceptions", 1),
        encoding="utf-8",
    )
    root = make_project(where / "p", [SEED, later, *SAMPLES])
    assert briefgen(root, "ingest").returncode == 0
    return root / "content"


def dates(lines: list[str]) -> list[str]:
    return [m[1] for line in lines if (m := DATE.search(line))]


def newest_first(found: list[str]) -> bool:
    return len(found) >= 2 and found == sorted(found, reverse=True)


def sections(text: str) -> list[list[str]]:
    """The lines under each '## ' heading of a page's body."""
    out: list[list[str]] = []
    for line in text.split("\n---\n", 1)[1].splitlines():
        if line.startswith("## "):
            out.append([])
        elif out:
            out[-1].append(line)
    return out


def test_capital_pages_group_themes_newest_event_first(content: Path) -> None:
    checked = 0
    for page in sorted((content / "capitals").glob("*.md")):
        for lines in sections(page.read_text(encoding="utf-8")):
            found = dates([line for line in lines if line.startswith("- **[")])
            if len(found) >= 2:
                assert found == sorted(found, reverse=True), page.name
                checked += 1
    assert checked >= 3


@pytest.mark.parametrize(
    ("page", "prefix"),
    [("themes/index.md", "## "), ("events/index.md", "- ")],
)
def test_indexes_list_newest_event_first(content: Path, page: str, prefix: str) -> None:
    lines = (content / page).read_text(encoding="utf-8").split("\n---\n", 1)[1].splitlines()
    assert newest_first(dates([line for line in lines if line.startswith(prefix)]))


def test_a_persons_events_are_newest_first(content: Path) -> None:
    checked = 0
    for page in sorted((content / "people").glob("*.md")):
        lines = page.read_text(encoding="utf-8").split("## Events", 1)[-1].splitlines()
        found = [line[2:12] for line in lines if re.match(r"- \d{4}-\d{2}-\d{2} ", line)]
        if len(found) >= 2:
            assert found == sorted(found, reverse=True), page.name
            checked += 1
    assert checked >= 1
