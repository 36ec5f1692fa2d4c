"""Filtered indexes: each list holds exactly the events or people it names, pages of at
most PAGE_SIZE entries linked to each other, all reachable from the browse page."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest
import yaml

from generator.site.links import CAPITAL_ROWS
from generator.site.listings import PAGE_SIZE, initial
from tests.sitecheck import Site
from tests.support import SEED, briefgen, make_project, mkdocs_build


def front(path: Path) -> dict:  # type: ignore[type-arg]
    meta: dict = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])  # type: ignore[type-arg]
    return meta


@pytest.fixture(scope="module")
def project(archive: Path) -> Path:
    return archive


def listed(root: Path, listing: str) -> list[str]:
    """The pages a listing page links to, as paths under content/."""
    text = (root / "content" / listing).read_text(encoding="utf-8")
    zone = text.split("<!-- briefgen:links -->", 1)[1]
    return [
        posixpath.normpath(posixpath.join(posixpath.dirname(listing), link))
        for link in re.findall(r"\]\(((?:\.\./)+(?:events|people)/[^)#]+\.md)\)", zone)
    ]


def test_each_list_holds_exactly_what_it_names(project: Path) -> None:
    events = {}
    for page in (project / "content" / "events").glob("*.md"):
        if page.name != "index.md":
            meta = front(page)
            if not meta.get("draft"):
                events[f"events/{page.name}"] = meta
    years = {str(m["date"])[:4] for m in events.values()}
    for year in years:
        expected = sorted(
            (p for p, m in events.items() if str(m["date"]).startswith(year)),
            key=lambda p: (str(events[p]["date"]), p),
            reverse=True,
        )
        assert listed(project, f"browse/year/{year}.md") == expected, year
    capitals = {c for m in events.values() for c in m["capitals"]}
    assert len(capitals) >= 5
    for capital in capitals:
        short = capital.split(":")[1]
        expected = sorted(
            (p for p, m in events.items() if capital in m["capitals"]),
            key=lambda p: (str(events[p]["date"]), p),
            reverse=True,
        )
        assert listed(project, f"browse/capital/{short}.md") == expected, capital
    speakers = sorted(
        (
            f"people/{p.name}"
            for p in (project / "content" / "people").glob("*.md")
            if p.name != "index.md"
            and any("speaker" in a["roles"] and a["event"] in {m["id"] for m in events.values()}
                    for a in front(p)["appearances"])
        ),
        key=lambda p: (front(project / "content" / p)["title"].casefold(), p),
    )  # fmt: skip
    pages = [f"browse/role/speaker{'' if n == 1 else f'-{n}'}.md" for n in (1, 2, 3)]
    shown = [x for page in pages if (project / "content" / page).exists()
             for x in listed(project, page)]  # fmt: skip
    assert shown == speakers


def test_long_lists_are_split_into_linked_pages(tmp_path: Path) -> None:
    seeds = []
    text = SEED.read_text(encoding="utf-8")
    for n in range(PAGE_SIZE + 5):
        seed = tmp_path / f"s{n:03d}.txt"
        seed.write_text(
            text.replace("April 22nd, 2013", f"April {1 + n % 28}th, 2013").replace(
                "Changing Perceptions", f"Perceptions {n:03d}"
            ),
            encoding="utf-8",
        )
        seeds.append(seed)
    root = make_project(tmp_path / "p", seeds)
    assert briefgen(root, "ingest").returncode == 0
    first = listed(root, "browse/year/2013.md")
    second = listed(root, "browse/year/2013-2.md")
    assert len(first) == PAGE_SIZE and len(second) == 5
    assert not set(first) & set(second)
    page_two = (root / "content" / "browse/year/2013-2.md").read_text(encoding="utf-8")
    assert 'title: "Events in 2013 (page 2 of 2)"' in page_two
    assert "[1](2013.md) · **2**" in page_two
    mkdocs_build(root, root / "site")
    site = Site(root / "site")
    assert site.broken_links() == []
    events_index = (root / "content" / "events" / "index.md").read_text(encoding="utf-8")
    assert events_index.count("\n- 2013-") == PAGE_SIZE  # the rest year by year
    assert "5 earlier events are listed year by year" in events_index
    # a capital page lists some earlier events and links to all of them
    beijing = (root / "content" / "capitals" / "beijing.md").read_text(encoding="utf-8")
    assert f"[All {PAGE_SIZE + 5} events with Beijing](../browse/capital/beijing.md)" in beijing
    assert beijing.split("## Earlier events")[1].count("\n- ") <= CAPITAL_ROWS


def test_browse_is_two_clicks_from_home_and_lists_every_list(project: Path) -> None:
    home = (project / "content" / "index.md").read_text(encoding="utf-8")
    assert "](browse/index.md)" in home
    browse = (project / "content" / "browse" / "index.md").read_text(encoding="utf-8")
    lists = sorted(
        p.relative_to(project / "content" / "browse").as_posix()
        for p in (project / "content" / "browse").rglob("*.md")
        if p.name != "index.md" and not re.search(r"-\d+\.md$", p.name)
    )
    linked = sorted(re.findall(r"\]\(([a-z]+/[a-z0-9-]+\.md)\)", browse))
    assert linked == lists


def test_initials() -> None:
    assert initial("Émile Zola") == "e"
    assert initial("Zhao Kejin") == "z"
    assert initial("张三") == "z"  # romanised
    assert initial("") == "other"
