"""The link step as a pure function over page graphs."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.parse.body import parse
from generator.parse.capitals import Gazetteer
from generator.parse.source import read_source
from generator.site.links import CAPITAL_QUOTES, CAPITAL_ROWS, RECENT_EVENTS, TOPIC_QUOTES, link
from generator.site.pages import EventSource, build_pages
from generator.store.site_config import site_config_for
from tests.conftest import FIXTURES, ROOT

TAXONOMY = site_config_for(ROOT / "site_config.yml").taxonomy


def many_events(gazetteer: Gazetteer, count: int) -> dict:  # type: ignore[type-arg]
    seed = parse(read_source(FIXTURES / "seed.txt"), "seed.txt", gazetteer)
    sources = [
        EventSource(
            replace(seed, title=f"Roundtable {n:02d}", date=f"20{10 + n:02d}-04-22"),
            f"seeds/e{n:02d}.txt",
        )
        for n in range(count)
    ]
    return build_pages(sources, gazetteer, taxonomy=TAXONOMY)


def test_capital_pages_and_matrix_stay_bounded(gazetteer: Gazetteer) -> None:
    count = RECENT_EVENTS + 3
    pages = many_events(gazetteer, count)
    result = link(pages)
    assert result.unresolved == []
    beijing = result.zones["capitals/beijing.md"]["links"]
    recent, earlier = beijing.split("## Earlier events", 1)
    voiced, about = recent.split("## About", 1)
    # the latest passages quoted, newest event first, at most CAPITAL_QUOTES a section
    assert voiced.count("\n    - [") - voiced.count(" more in this theme]") == CAPITAL_QUOTES
    assert f"Roundtable {count - 1:02d}" in voiced.split("\n    - [", 1)[0]
    assert about.count("\n    - [") <= CAPITAL_QUOTES
    # every passage is quoted, counted under its theme, or counted on its event's row
    more = sum(int(n) for n in re.findall(r"\[(\d+) more in this theme\]", voiced))
    rows = [r for r in earlier.strip().splitlines() if r.startswith("- ")]
    assert len(rows) == CAPITAL_ROWS
    assert [row[:15] for row in rows[:2]] == ["- 2023-04-22 · ", "- 2022-04-22 · "]
    listed = sum(int(n) for n in re.findall(r": (\d+) voiced, \d+ about$", earlier, re.M))
    unlisted = (count - 1 - CAPITAL_ROWS) * 8  # the rows past CAPITAL_ROWS: the full list
    assert CAPITAL_QUOTES + more + listed + unlisted == 8 * count
    matrix = result.zones["matrix.md"]["links"]  # a row per topic, however many events
    topics = [p for p in pages.values() if p.meta["type"] == "topic"]
    assert matrix.count("\n| [") == len(topics) >= 3
    said = [t for t in topics if "Nothing has been said" not in result.zones[t.path]["links"]]
    assert len(said) >= 3
    for topic in said:  # the latest passages of each capital quoted, the rest counted
        links = result.zones[topic.path]["links"]
        for group in links.split("\n## ")[1:]:
            assert group.count("\n- ") <= TOPIC_QUOTES
        assert "Roundtable 00" not in links  # the oldest event is a link away


def test_dangling_references_are_reported_with_the_path_first(gazetteer: Gazetteer) -> None:
    pages = many_events(gazetteer, 1)
    theme = next(p for p in pages.values() if p.meta["type"] == "theme")
    pages[theme.path] = replace(
        theme, meta={**theme.meta, "event": "event:gone"}, meta_lines={"event": 7}
    )
    unresolved = [str(u) for u in link(pages).unresolved]
    assert unresolved == [f"{theme.path}:7: 'event' refers to unknown event 'event:gone'"]
