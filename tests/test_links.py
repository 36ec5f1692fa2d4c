"""The link step as a pure function over page graphs."""

from __future__ import annotations

from dataclasses import replace

from generator.parse.body import parse
from generator.parse.capitals import Gazetteer
from generator.parse.source import read_source
from generator.site.links import RECENT_EVENTS, TOPIC_QUOTES, link
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
    pages = many_events(gazetteer, RECENT_EVENTS + 3)
    result = link(pages)
    assert result.unresolved == []
    beijing = result.zones["capitals/beijing.md"]["links"]
    recent, earlier = beijing.split("## Earlier events", 1)
    voiced, about = recent.split("## About", 1)
    assert voiced.count("\n### [") == 3 * RECENT_EVENTS  # three themes per recent event
    # two themes per event hold sentences about Beijing that others said
    assert about.count("\n### [") == 2 * RECENT_EVENTS
    rows = earlier.strip().splitlines()
    assert [row[:15] for row in rows] == ["- 2012-04-22 · ", "- 2011-04-22 · ", "- 2010-04-22 · "]
    assert rows[0].endswith(": 8 voiced, 2 about")
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
