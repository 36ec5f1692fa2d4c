"""Following and reusing the archive: the Atom feed, the calendars and the JSON export,
read back with the libraries other tools use (feedparser, icalendar, jsonschema)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import feedparser
import icalendar
import jsonschema
import pytest

from generator.parse.body import parse
from generator.parse.capitals import Gazetteer
from generator.parse.source import read_source
from generator.site.exports import FEED_ENTRIES, export_schema_text, passage_texts, zone_of
from generator.site.markdown import text as md_text
from tests.conftest import ARCHIVE_SEEDS
from tests.sitecheck import Site
from tests.support import (
    ROOT,
    SAMPLES,
    SEED,
    SITE_URL,
    briefgen,
    event_url,
    make_project,
)

SEEDS = ARCHIVE_SEEDS  # the seeds of the shared archive site (tests.conftest)


@pytest.fixture(scope="module")
def project(archive: Path) -> Path:
    return archive


def published(gazetteer: Gazetteer) -> dict[str, Any]:
    """seed name -> parsed event, for the events the site publishes (title and date)."""
    out = {}
    for seed in SEEDS:
        event = parse(read_source(seed), seed.name, gazetteer)
        if event.title is not None and event.date is not None:
            out[seed.name] = event
    return out


def test_the_atom_feed_validates_and_lists_the_newest_events_first(
    project: Path, gazetteer: Gazetteer
) -> None:
    feed = feedparser.parse((project / "site" / "feed.xml").read_bytes())
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    events = published(gazetteer)
    assert len(feed.entries) == min(len(events), FEED_ENTRIES)
    for entry in feed.entries:
        assert entry.id and entry.title and entry.updated and entry.link.startswith(SITE_URL)
        assert (project / "site" / entry.link.removeprefix(SITE_URL) / "index.html").exists()
    days = [entry.updated_parsed[:3] for entry in feed.entries]
    assert days == sorted(days, reverse=True)
    newest = max(e.date for e in events.values())
    assert feed.feed.updated.startswith(newest)


def vevents(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [c for c in calendar.walk("VEVENT") if isinstance(c, icalendar.Event)]


def test_one_calendar_holds_every_event_and_each_event_has_its_own(
    project: Path, gazetteer: Gazetteer
) -> None:
    events = published(gazetteer)
    everything = vevents(project / "site" / "events.ics")
    assert len(everything) == len(events)
    assert len({str(v["uid"]) for v in everything}) == len(events)
    days = sorted(str(v.decoded("dtstart"))[:10] for v in everything)
    assert days == sorted(e.date for e in events.values())
    for name in events:
        page = event_url(project, name).rstrip("/")
        [own] = vevents(project / "site" / f"{page}.ics")
        assert str(own["url"]) == SITE_URL + page + "/"


def test_a_time_with_a_zone_becomes_a_zoned_start(project: Path) -> None:
    page = event_url(project, "v2_comma_date_timeslots.txt").rstrip("/")
    [event] = vevents(project / "site" / f"{page}.ics")
    start = event.decoded("dtstart")
    assert isinstance(start, dt.datetime)
    assert start.isoformat() == "2012-05-10T18:00:00-04:00"
    assert str(start.tzinfo) == "America/New_York"
    [seed] = vevents(project / "site" / (event_url(project, SEED.name).rstrip("/") + ".ics"))
    assert seed.decoded("dtstart") == dt.date(2013, 4, 22)  # no time given: a day


def test_zone_names() -> None:
    assert zone_of("6:30 PM (EST)") == "America/New_York"
    assert zone_of("10:00 KST") == "Asia/Seoul"
    assert zone_of("10:00 - 11:30") is None
    assert zone_of("Best of times") is None  # "EST" inside a word is no zone


def test_event_pages_link_their_calendar_and_home_links_the_feeds(project: Path) -> None:
    site = Site(project / "site")
    page = event_url(project, SEED.name)
    links = [a.get("href") for a in site.soups[page + "index.html"].find_all("a")]
    assert "../" + page.rstrip("/").split("/")[-1] + ".ics" in links
    home = [a.get("href") for a in site.soups["index.html"].find_all("a")]
    assert {"feed.xml", "events.ics", "data/events.json"} <= set(home)
    head = site.soups["index.html"].find("link", type="application/atom+xml")
    assert head is not None and head.get("href") == "feed.xml"
    assert site.broken_links() == []


def load(project: Path, name: str) -> Any:
    return json.loads((project / "site" / "data" / name).read_text(encoding="utf-8"))


def test_the_json_export_validates_and_round_trips_the_model(
    project: Path, gazetteer: Gazetteer
) -> None:
    schema = load(project, "export.schema.json")
    assert json.dumps(schema, indent=1, sort_keys=True, ensure_ascii=False) + "\n" == (
        (ROOT / "schema" / "export.schema.json").read_text(encoding="utf-8")
    ), "stale: run 'briefgen schema --export > schema/export.schema.json'"
    for name in ("events.json", "people.json", "capitals.json"):
        jsonschema.validate(load(project, name), schema)
    events = load(project, "events.json")["events"]
    model = published(gazetteer)
    assert len(events) == len(model)
    by_source = {e["source"].removeprefix("sources/"): e for e in events}
    for name, event in model.items():
        row = by_source[name]
        assert row["title"] == event.title and row["date"] == event.date
        points = [p for t in row["themes"] for p in t["points"]]
        expected = [i for s in event.sections for i in (*s.intro, *s.points)]
        assert [p["text"] for p in points] == [i.text for i in expected]
        assert [p["voiced_by"] for p in points] == [list(i.voiced_by) for i in expected]
        for point, item in zip(points, expected, strict=True):
            attributed = [s for s in item.sentences if s.voiced_by or s.about]
            assert [s["text"] for s in point["sentences"]] == [s.text for s in attributed]
    site = Site(project / "site")
    for capital in load(project, "capitals.json")["capitals"]:
        page = site.soups[f"capitals/{capital['id']}/index.html"]
        facts = {}
        for row in page.select(".bg-facts__row"):
            label, value = row.find("dt"), row.find("dd")
            if label is not None and value is not None:
                facts[label.get_text(strip=True)] = value.get_text(strip=True)
        assert facts["Passages voiced by its participants"] == str(capital["voiced"])
        assert facts["Passages about it"] == str(capital["about"])
    people = load(project, "people.json")["people"]
    assert {p["id"] for p in people} == {person["id"] for e in events for person in e["people"]}


def test_exports_are_deterministic(project: Path, tmp_path: Path) -> None:
    again = make_project(tmp_path / "again", SEEDS)
    assert briefgen(again, "ingest").returncode == 0
    for name in ("feed.xml", "events.ics", "data/events.json", "data/people.json"):
        assert (again / "content" / name).read_bytes() == (
            project / "content" / name
        ).read_bytes(), name


def test_a_gone_events_calendar_is_removed_by_ingest(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [SEED, SAMPLES[0]])
    assert briefgen(root, "ingest").returncode == 0
    calendar = event_url(root, SAMPLES[0].name).rstrip("/") + ".ics"
    assert (root / "content" / calendar).is_file()
    (root / "seeds" / SAMPLES[0].name).unlink()
    # the calendar follows the event page: gone once the editor deletes the orphaned pages
    orphans = re.findall(r"^orphan    content/(\S+)", briefgen(root, "ingest").stdout, re.M)
    assert calendar.replace(".ics", ".md") in orphans
    for orphan in orphans:
        (root / "content" / orphan).unlink()
    result = briefgen(root, "check")
    assert result.returncode != 0
    assert (
        f"content/{calendar}: no longer part of the site: run 'briefgen ingest' to remove it"
        in result.stdout.splitlines()
    )
    result = briefgen(root, "ingest")
    assert f"removed   content/{calendar}" in result.stdout.splitlines()
    assert not (root / "content" / calendar).exists()


def test_passage_texts_undo_the_markdown_escapes() -> None:
    hostile = "A *b* [c](d) <e> | f ~ g ^ h = i: `j` \\ 1953. k"
    body = f"intro\n\n**{md_text('Label')}:** {md_text(hostile)}\n{{: #p-2 .bg-point }}\n"
    assert passage_texts(body) == {"p-2": hostile}


def test_export_schema_text_is_what_the_cli_prints() -> None:
    result = briefgen(None, "schema", "--export")
    assert result.returncode == 0 and result.stdout == export_schema_text()
