"""The archive in forms other tools read: an Atom feed, iCalendar files and a JSON export.

Pure: the pages of ``content/`` (front matter and bodies, so an editor's correction shows
everywhere) in, files out (path under ``content/`` -> bytes). MkDocs and Zensical copy
them into the site as they are. Nothing here depends on the clock: the feed's
``updated`` is its newest entry's date, each calendar stamp the event's own date, so
the same pages give byte-identical files.

- ``feed.xml``: Atom, the latest ``FEED_ENTRIES`` published events, newest first
  (feedgen);
- ``events.ics``: every published event, and ``events/<slug>.ics`` for each one, linked
  from its page as "Add to calendar" (icalendar);
- ``data/events.json``, ``data/people.json``, ``data/capitals.json``: the archive as
  data, validated against ``data/export.schema.json`` (``schema/export.schema.json``).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from feedgen.feed import FeedGenerator

from generator.parse.dates import start_of
from generator.site.counts import CapitalCounts, passages_of
from generator.site.pages import wording
from generator.site.urls import calendar_path, served
from generator.store.pagefile import Page

FEED = "feed.xml"
CALENDAR = "events.ics"
DATA = "data"
EXPORT_SCHEMA = f"{DATA}/export.schema.json"
FEED_ENTRIES = 50
"""The feed carries the latest events only: readers' tools poll it, so it stays small."""
EXPORT_VERSION = 1
"""Raised only when a key is renamed or removed (keys are added without a new version)."""

ZONES = {
    "EST": "America/New_York", "EDT": "America/New_York", "ET": "America/New_York",
    "CST": "America/Chicago", "CDT": "America/Chicago", "CT": "America/Chicago",
    "MST": "America/Denver", "MDT": "America/Denver", "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles", "PT": "America/Los_Angeles", "GMT": "Europe/London",
    "BST": "Europe/London", "UK": "Europe/London", "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin", "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
    "KST": "Asia/Seoul", "JST": "Asia/Tokyo", "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong", "IST": "Asia/Kolkata", "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney", "UTC": "UTC",
    "Beijing": "Asia/Shanghai", "北京时间": "Asia/Shanghai", "한국시간": "Asia/Seoul",
    "日本時間": "Asia/Tokyo",
}  # fmt: skip
"""Time-zone names pages write after a time, and the zone each means."""
_ZONE = re.compile(
    r"(?<![A-Za-z])("
    + "|".join(sorted(map(re.escape, ZONES), key=len, reverse=True))
    + r")(?![A-Za-z])"
)
_ANCHOR_LINE = re.compile(r"^\{:\s*#(p-\d{1,4})\s[^}\n]*\}\s*$")


@dataclass(frozen=True)
class _Event:
    page: Page
    url: str
    date: dt.date | None


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _published(pages: Mapping[str, Page], site_url: str) -> list[_Event]:
    """Published events (not drafts), newest first; undated ones last."""
    events = [
        _Event(p, served(p.path, site_url), _date(p.meta.get("date")))
        for p in pages.values()
        if p.meta.get("type") == "event" and p.meta.get("draft") is not True
    ]
    return sorted(events, key=lambda e: (e.date or dt.date.min, e.page.path), reverse=True)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def zone_of(time_text: str | None) -> str | None:
    """The IANA time zone a written time names (``6:30 PM (EST)`` -> America/New_York)."""
    found = _ZONE.search(time_text or "")
    return ZONES[found.group(1)] if found else None


def feed(pages: Mapping[str, Page], site_url: str, title: str, description: str) -> bytes:
    """The Atom feed of the latest events, newest first."""
    events = _published(pages, site_url)[:FEED_ENTRIES]
    generator = FeedGenerator()
    home = site_url.rstrip("/") + "/"
    generator.id(home)
    generator.title(title or wording()["feed_title"])
    generator.subtitle(description or title or wording()["feed_title"])
    generator.link(href=home, rel="alternate")
    generator.link(href=home + FEED, rel="self")
    generator.language("en")
    generator.generator("briefgen")
    newest = next((e.date for e in events if e.date), dt.date(1970, 1, 1))
    generator.updated(_midnight(newest))
    for event in events:
        entry = generator.add_entry(order="append")
        entry.id(event.url)
        entry.title(_text(event.page.meta.get("title")) or event.page.path)
        entry.link(href=event.url, rel="alternate")
        stamp = _midnight(event.date or newest)
        entry.updated(stamp)
        entry.published(stamp)
        summary = _text(event.page.meta.get("description"))
        if summary:
            entry.summary(summary)
        for capital in event.page.meta.get("capitals") or []:
            if isinstance(capital, str):
                entry.category(term=capital.split(":", 1)[-1])
    data: bytes = generator.atom_str(pretty=True)
    return data


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def _vevent(event: _Event, host: str) -> icalendar.Event | None:
    meta = event.page.meta
    if event.date is None:
        return None
    vevent = icalendar.Event()
    vevent.add("uid", f"{meta.get('id')}@{host}")
    vevent.add("dtstamp", _midnight(event.date))
    vevent.add("summary", _text(meta.get("title")) or event.page.path)
    time_text = _text(meta.get("time")) or None
    start, zone = start_of(time_text), zone_of(time_text)
    if start is not None and zone is not None:
        hour, minute = (int(part) for part in start.split(":"))
        begins = dt.datetime.combine(event.date, dt.time(hour, minute), tzinfo=ZoneInfo(zone))
        vevent.add("dtstart", begins)
        vevent.add("duration", dt.timedelta(hours=1, minutes=30))
    else:  # a day, without a time or without a zone to place the time in
        vevent.add("dtstart", event.date)
        vevent.add("dtend", event.date + dt.timedelta(days=1))
    if isinstance(meta.get("location"), str) and meta["location"]:
        vevent.add("location", meta["location"])
    description = _text(meta.get("description"))
    if time_text:
        announced = wording()["calendar_time"].format(time=time_text)
        description = f"{description}\n\n{announced}".strip()
    if description:
        vevent.add("description", description)
    vevent.add("url", event.url)
    return vevent


def _calendar(events: Iterable[_Event], host: str, name: str) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//briefgen//event briefs//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for event in events:
        vevent = _vevent(event, host)
        if vevent is not None:
            calendar.add_component(vevent)
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def calendars(pages: Mapping[str, Page], site_url: str, site_name: str) -> dict[str, bytes]:
    """``events.ics`` with every dated event, and one ``.ics`` beside each event page."""
    host = re.sub(r"^[a-z]+://", "", site_url).split("/", 1)[0] or "briefgen"
    events = _published(pages, site_url)
    files = {CALENDAR: _calendar(events, host, site_name)}
    for event in events:
        if event.date is not None:
            title = _text(event.page.meta.get("title"))
            files[calendar_path(event.page.path)] = _calendar([event], host, title)
    return files


def passage_texts(body: str) -> dict[str, str]:
    """The text of each passage of a theme page's body, by anchor: the paragraph above
    its ``{: #p-N ...}`` line, its label and Markdown escapes taken off."""
    out: dict[str, str] = {}
    lines = body.splitlines()
    for index, line in enumerate(lines):
        found = _ANCHOR_LINE.match(line)
        if not found:
            continue
        start = index
        while start > 0 and lines[start - 1].strip():
            start -= 1
        paragraph = " ".join(lines[start:index]).strip()
        paragraph = re.sub(r"^\*\*(?:\\.|[^*\\])*?:\*\*\s*", "", paragraph)
        out[found.group(1)] = _unescape(paragraph)
    return out


def _unescape(markdown: str) -> str:
    """The text ``generator.site.markdown.text`` escaped, as it was."""
    return html.unescape(re.sub(r"\\(.)", r"\1", markdown))


def _short(value: Any) -> str:
    return str(value).split(":", 1)[-1]


def data(
    pages: Mapping[str, Page], counts: Mapping[str, CapitalCounts], site_url: str
) -> dict[str, bytes]:
    """The JSON export: events (with themes, points, sentences and people's roles),
    people, and capitals with ``counts``, the numbers the site shows (``link``)."""
    by_id = {str(p.meta.get("id")): p for p in pages.values()}
    events = _published(pages, site_url)
    published = {str(e.page.meta.get("id")) for e in events}
    themes: dict[str, list[Page]] = {}
    for page in sorted(pages.values(), key=lambda p: (p.meta.get("order") or 0, p.path)):
        if page.meta.get("type") == "theme" and str(page.meta.get("event")) in published:
            themes.setdefault(str(page.meta.get("event")), []).append(page)
    capitals = sorted(
        (p for p in pages.values() if p.meta.get("type") == "capital"), key=lambda p: p.path
    )
    event_rows = []
    for event in events:
        meta = event.page.meta
        theme_rows = []
        for theme in themes.get(str(meta.get("id")), []):
            texts = passage_texts(theme.body)
            points = []
            for passage in passages_of(theme.path, theme.meta):
                points.append(
                    {
                        "anchor": passage.anchor,
                        "url": served(theme.path, site_url) + "#" + passage.anchor,
                        "kind": passage.kind,
                        "label": passage.label,
                        "text": texts.get(passage.anchor, passage.excerpt or ""),
                        "voiced_by": list(passage.voiced_by),
                        "about": list(passage.about),
                        "sentences": [
                            {
                                "n": s.n,
                                "text": s.text,
                                "voiced_by": list(s.voiced_by),
                                "about": list(s.about),
                            }
                            for s in passage.sentences
                        ],
                    }
                )
            theme_rows.append(
                {
                    "id": theme.meta.get("id"),
                    "title": theme.meta.get("title"),
                    "url": served(theme.path, site_url),
                    "points": points,
                }
            )
        people: list[dict[str, Any]] = []
        roles = (("host", "host"), ("moderator", "moderators"), ("speaker", "speakers"),
                 ("discussant", "discussants"))  # fmt: skip
        for role, key in roles:
            value = meta.get(key)
            for person_id in [value] if isinstance(value, str) else value or []:
                entry = next((p for p in people if p["id"] == person_id), None)
                if entry is None:
                    person = by_id.get(str(person_id))
                    name = person.meta.get("name") if person is not None else None
                    entry = {"id": person_id, "name": name, "roles": []}
                    people.append(entry)
                entry["roles"].append(role)
        event_rows.append(
            {
                "id": meta.get("id"),
                "url": event.url,
                "title": meta.get("title"),
                "date": meta.get("date"),
                "time": meta.get("time"),
                "start_time": start_of(_text(meta.get("time")) or None),
                "time_zone": zone_of(_text(meta.get("time")) or None),
                "location": meta.get("location"),
                "event_type": meta.get("event_type"),
                "description": meta.get("description"),
                "capitals": [_short(c) for c in meta.get("capitals") or []],
                "people": people,
                "themes": theme_rows,
                "source": meta.get("source"),
            }
        )
    person_rows = []
    for page in sorted(pages.values(), key=lambda p: p.path):
        if page.meta.get("type") != "person":
            continue
        appearances = [
            {"event": a.get("event"), "roles": list(a.get("roles") or []),
             "titles": list(a.get("titles") or [])}
            for a in page.meta.get("appearances") or []
            if isinstance(a, dict) and str(a.get("event")) in published
        ]  # fmt: skip
        if not appearances:
            continue
        person_rows.append(
            {
                "id": page.meta.get("id"),
                "name": page.meta.get("name") or page.meta.get("title"),
                "url": served(page.path, site_url),
                "appearances": appearances,
            }
        )
    capital_rows = [
        {
            "id": _short(c.meta.get("id")),
            "name": c.meta.get("title"),
            "country": c.meta.get("country"),
            "url": served(c.path, site_url),
            "voiced": counts.get(_short(c.meta.get("id")), CapitalCounts()).voiced,
            "about": counts.get(_short(c.meta.get("id")), CapitalCounts()).about,
        }
        for c in capitals
    ]
    head = {"version": EXPORT_VERSION, "schema": EXPORT_SCHEMA.rsplit("/", 1)[-1]}
    return {
        f"{DATA}/events.json": _json({**head, "events": event_rows}),
        f"{DATA}/people.json": _json({**head, "people": person_rows}),
        f"{DATA}/capitals.json": _json({**head, "capitals": capital_rows}),
        EXPORT_SCHEMA: export_schema_text().encode("utf-8"),
    }


def export_schema_text() -> str:
    """The export's JSON Schema as published (``data/export.schema.json``) and committed
    (``schema/export.schema.json``)."""
    return _json(export_schema()).decode("utf-8")


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


_IDS = {"type": "array", "items": {"type": "string"}}
_NULLABLE = {"type": ["string", "null"]}


def export_schema() -> dict[str, Any]:
    """The JSON Schema of the three export files (one schema, one top-level key each)."""
    sentence = {
        "type": "object",
        "required": ["n", "text", "voiced_by", "about"],
        "properties": {"n": {"type": "integer", "minimum": 1}, "text": {"type": "string"},
                       "voiced_by": _IDS, "about": _IDS},
    }  # fmt: skip
    point = {
        "type": "object",
        "required": ["anchor", "url", "kind", "label", "text", "voiced_by", "about", "sentences"],
        "properties": {
            "anchor": {"type": "string"},
            "url": {"type": "string"},
            "kind": {"enum": ["point", "intro"]},
            "label": _NULLABLE,
            "text": {"type": "string"},
            "voiced_by": _IDS,
            "about": _IDS,
            "sentences": {"type": "array", "items": sentence},
        },
    }
    event = {
        "type": "object",
        "required": ["id", "url", "title", "date", "capitals", "people", "themes"],
        "properties": {
            "id": {"type": "string"},
            "url": {"type": "string"},
            "title": {"type": "string"},
            "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            "time": _NULLABLE,
            "start_time": {"type": ["string", "null"], "pattern": r"^\d{2}:\d{2}$"},
            "time_zone": _NULLABLE,
            "location": _NULLABLE,
            "event_type": _NULLABLE,
            "description": _NULLABLE,
            "capitals": _IDS,
            "source": _NULLABLE,
            "people": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "name", "roles"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": _NULLABLE,
                        "roles": {
                            "type": "array",
                            "items": {"enum": ["host", "moderator", "speaker", "discussant"]},
                        },
                    },
                },
            },
            "themes": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "title", "url", "points"],
                    "properties": {
                        "id": {"type": "string"},
                        "title": {"type": "string"},
                        "url": {"type": "string"},
                        "points": {"type": "array", "items": point},
                    },
                },
            },
        },
    }
    person = {
        "type": "object",
        "required": ["id", "name", "url", "appearances"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "url": {"type": "string"},
            "appearances": {"type": "array", "items": {
                "type": "object", "required": ["event", "roles"],
                "properties": {"event": {"type": "string"}, "roles": _IDS, "titles": _IDS}}},
        },
    }  # fmt: skip
    capital = {
        "type": "object",
        "required": ["id", "name", "url", "voiced", "about"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "country": _NULLABLE,
            "url": {"type": "string"},
            "voiced": {"type": "integer", "minimum": 0},
            "about": {"type": "integer", "minimum": 0},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "briefgen archive export",
        "description": "data/events.json, data/people.json and data/capitals.json: each an "
        "object with 'version' and one list. Keys are only ever added.",
        "type": "object",
        "required": ["version"],
        "properties": {
            "version": {"const": EXPORT_VERSION},
            "schema": {"type": "string"},
            "events": {"type": "array", "items": event},
            "people": {"type": "array", "items": person},
            "capitals": {"type": "array", "items": capital},
        },
        "oneOf": [{"required": [key]} for key in ("events", "people", "capitals")],
    }


def exports(
    pages: Mapping[str, Page],
    counts: Mapping[str, CapitalCounts],
    site_url: str,
    name: str,
    description: str,
) -> dict[str, bytes]:
    """Every file of this module, by path under ``content/``, from pages whose front
    matter has been read as ``check`` accepts it (``LinkResult.checked``: a value of the
    wrong shape left out, never trusted) and the capitals' ``counts`` the site shows."""
    files = {FEED: feed(pages, site_url, name, description)}
    files |= calendars(pages, site_url, name)
    files |= data(pages, counts, site_url)
    return files
