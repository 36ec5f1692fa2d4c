"""From parsed events to pages: one per event, theme, person and capital, plus indexes.

Pure: events and the gazetteer in, ``Page`` objects out. This module decides what each
page holds (ids, paths, front matter, the data of its body); the words and Markdown of
the body come from the page type's template (``generator/site/templates``), which
escapes every piece of source text. Generated zones (fact box, cross-links) are left
empty here; ``generator.site.links`` fills them from the page graph.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml
from slugify import slugify

from generator.parse.capitals import Gazetteer
from generator.parse.model import Event, Paragraph, Point, Section
from generator.site.page_types import PAGE_TYPES
from generator.site.paths import WINDOWS_DEVICES
from generator.site.render import render
from generator.store.pagefile import Page

SOURCES_DIR = "sources"
SCHEMA_FILE = "schema/front-matter.schema.json"
_ROMANISED = re.compile(r"[(（]([^()（）]+)[)）]\s*$")

EVENT, THEME, PERSON, CAPITAL, INDEX, SOURCE = (
    PAGE_TYPES[n] for n in ("event", "theme", "person", "capital", "index", "source")
)


@cache
def wording() -> dict[str, Any]:
    """Reader-visible words written into front matter (``templates/wording.yml``)."""
    text = resources.files("generator.site").joinpath("templates/wording.yml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def slug(text: str, max_length: int = 60) -> str:
    """A readable ASCII slug; CJK names use their bracketed romanisation when given."""
    romanised = _ROMANISED.search(text)
    if romanised and re.search(r"[A-Za-z]", romanised.group(1)):
        text = romanised.group(1)
    value: str = slugify(
        text,
        max_length=max_length,
        word_boundary=True,
        save_order=True,
        replacements=[["'", ""], ["’", ""]],
    )
    value = value or "untitled"
    # "index" would replace a folder's index page; device names break Windows checkouts
    reserved = value == "index" or value in WINDOWS_DEVICES
    return f"{value}-page" if reserved else value


_INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
"""Bidirectional controls and zero-width characters: in a title or a name they can make
the text shown differ from the text stored (and two names look the same)."""


def visible(text: str) -> str:
    """A title or name without bidi controls and zero-width characters."""
    return _INVISIBLE.sub("", text)


def plain(text: str) -> str:
    """Text for a front-matter title, name or description: visible characters only, and
    ``<`` and ``>`` become ``‹`` and ``›`` (see ``page_types.PLAIN_TEXT``). Page bodies
    keep the characters as written."""
    return visible(text).replace("<", "‹").replace(">", "›")


def source_path(seed: str) -> str:
    """Where the published copy of a seed lives under ``content/``."""
    return f"{SOURCES_DIR}/{posixpath.basename(seed)}"


def viewer_path(copy: str) -> str:
    """The source viewer page beside a published copy: ``sources/NAME.txt`` is read
    line by line at ``sources/NAME.md`` (served at ``sources/NAME/``)."""
    return SOURCE.path(_viewer_slug(copy))


def _viewer_slug(copy: str) -> str:
    return posixpath.basename(copy).removesuffix(".txt")


def line_anchor(line: int) -> str:
    """The anchor of a source line on its viewer page (1-based, as ``Lines``)."""
    return f"L{line}"


@dataclass
class _Person:
    name: str
    slug: str
    appearances: dict[str, dict[str, Any]] = field(default_factory=dict)
    bios: list[str] = field(default_factory=list)
    cut_bios: set[str] = field(default_factory=set)
    """Bios the source page was cut off in."""
    sources: set[str] = field(default_factory=set)

    @property
    def id(self) -> str:
        return PERSON.page_id(self.slug)

    @property
    def path(self) -> str:
        return PERSON.path(self.slug)


@dataclass(frozen=True)
class EventSource:
    """A parsed event and the seed it came from (path relative to the project root)."""

    event: Event
    seed: str
    copy: str | None = None
    """Where its published copy lives under content/, when not ``source_path(seed)``: a
    renamed seed keeps the copy its pages link to."""
    text: str | None = None
    """The seed's text as parsed (lines as in ``Lines``); with it the event gets a source
    viewer page and passages link to their lines there, without it to the plain copy."""


EVENT_SLUG_WORDS = 64
"""Longest title part of an event's slug; with the date, at most 75 characters."""
STOP_WORDS = frozenset(
    "a an the and or but nor of on in into onto at by for from to with without within "
    "about over under after before between among against via per vs versus than as upon "
    "its their his her our your this that these those is are was were be will can "
    "de del des du la le les el los las et y en von der die das und zu im am".split()
)
"""Function words a title cut short must not end on ("...-on-the-north" reads as a
fragment): the cut moves back to the last word that carries meaning."""


def title_slug(text: str, max_length: int = EVENT_SLUG_WORDS) -> str:
    """``slug(text)`` cut at a word that carries meaning when the title is too long."""
    whole = slug(text, 0)
    cut = slug(text, max_length)
    if cut == whole or not cut.startswith(whole[: len(cut)]):
        return cut
    words = cut.split("-")
    if all(word in STOP_WORDS for word in words):
        return cut
    while words[-1] in STOP_WORDS:
        words.pop()
    value = "-".join(words)
    return f"{value}-page" if value == "index" or value in WINDOWS_DEVICES else value


def event_slug(source: EventSource) -> str:
    """The slug an event gets when it is first published: its date and title."""
    event = source.event
    base = title_slug(event.title or posixpath.splitext(posixpath.basename(source.seed))[0])
    return f"{event.date}-{base}" if event.date else base


class _Site:
    """Ids and paths shared across events, assigned deterministically.

    An event keeps the slug it was first published under (``recorded``: seed -> slug,
    read from the pages in content/), so its URL never changes because another seed
    arrives, is renamed or is removed. A new event whose slug is taken gets the next
    free ``-2``, ``-3``... suffix, and ``collisions`` says so.
    """

    def __init__(
        self, sources: Sequence[EventSource], recorded: Mapping[str, str] | None = None
    ) -> None:
        recorded = recorded or {}
        self.event_slugs: dict[str, str] = {}
        self.collisions: dict[str, tuple[str, str]] = {}
        """seed -> (the slug it wanted, the slug it got)."""
        ordered = sorted(sources, key=lambda s: s.seed)
        taken: set[str] = set()
        for source in ordered:
            kept = recorded.get(source.seed)
            if kept is not None and kept not in taken:
                taken.add(kept)
                self.event_slugs[source.seed] = kept
        for source in ordered:
            if source.seed in self.event_slugs:
                continue
            base = event_slug(source)
            candidate, n = base, 2
            while candidate in taken:
                candidate, n = f"{base}-{n}", n + 1
            taken.add(candidate)
            self.event_slugs[source.seed] = candidate
            if candidate != base:
                self.collisions[source.seed] = (base, candidate)
        self.people: dict[str, _Person] = {}

    def person(self, name: str) -> _Person:
        name = visible(name)
        key = slug(name)
        if key not in self.people:
            self.people[key] = _Person(name, key)
        return self.people[key]


def _generated(sources: Iterable[str]) -> dict[str, Any]:
    return {"by": "briefgen", "sources": sorted(set(sources))}


def _theme_slug(section: Section, order: int) -> str:
    return f"{order:02d}-{slug(section.title or 'points', 50)}"


def _theme_items(section: Section) -> list[tuple[str, Point | Paragraph]]:
    items: list[Point | Paragraph] = [*section.intro, *section.points]
    return [(f"p-{n}", item) for n, item in enumerate(items, start=1)]


def _passage(
    anchor: str, item: Point | Paragraph, copy: str, viewer: str | None, gz: Gazetteer
) -> dict[str, Any]:
    """What a template needs to write one point or section introduction."""
    start = item.lines.start
    return {
        "anchor": anchor,
        "kind": "point" if isinstance(item, Point) else "intro",
        "label": item.label if isinstance(item, Point) else None,
        "text": item.text,
        "voiced_by": [_capital_ref(c, gz) for c in item.voiced_by],
        "about": [_capital_ref(c, gz) for c in item.about],
        "source_name": posixpath.basename(copy),
        "source_path": copy,
        "source_link": f"{viewer}#{line_anchor(start)}" if viewer else copy,
        "start": start,
        "end": item.lines.end,
    }


def _capital_ref(capital_id: str, gz: Gazetteer) -> dict[str, str]:
    return {"name": gz.by_id[capital_id].name, "path": CAPITAL.path(capital_id)}


def _point_meta(anchor: str, item: Point | Paragraph) -> dict[str, Any]:
    return {
        "anchor": anchor,
        "label": item.label if isinstance(item, Point) else None,
        "excerpt": first_sentence(item.text, 120),
        "kind": "point" if isinstance(item, Point) else "intro",
        "voiced_by": list(item.voiced_by),
        "about": list(item.about),
        "lines": [item.lines.start, item.lines.end],
    }


def first_sentence(text: str, limit: int = 200) -> str:
    """The first sentence of ``text``, cut at ``limit`` characters with an ellipsis."""
    sentence = re.split(r"(?<=[a-z\d)”\"]{2}[.!?])\s+(?=[A-Z“\"])", text.strip(), maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


def _capitals_of(section: Section) -> list[str]:
    seen: list[str] = []
    items: list[Point | Paragraph] = [*section.intro, *section.points]
    for item in items:
        for capital in [*item.voiced_by, *item.about]:
            if capital not in seen:
                seen.append(capital)
    return seen


@dataclass
class Built:
    """The generated pages, and the events whose wanted URL another event holds."""

    pages: dict[str, Page]
    collisions: dict[str, tuple[str, str]]


def build_pages(
    sources: Sequence[EventSource], gz: Gazetteer, recorded: Mapping[str, str] | None = None
) -> dict[str, Page]:
    """All generated pages (with their zones empty), keyed by path."""
    return build_site(sources, gz, recorded).pages


def build_site(
    sources: Sequence[EventSource], gz: Gazetteer, recorded: Mapping[str, str] | None = None
) -> Built:
    """All generated pages, events keeping their ``recorded`` slugs (seed -> slug)."""
    site = _Site(sources, recorded)
    pages: dict[str, Page] = {}
    for source in sorted(sources, key=lambda s: s.seed):
        for page in _event_pages(source, site, gz):
            pages[page.path] = page
    for person in site.people.values():
        pages[person.path] = _person_page(person)
    used = {c for p in pages.values() if p.meta["type"] == "theme" for c in p.meta["capitals"]}
    all_sources = sorted(s.seed for s in sources)
    for capital in gz.capitals:
        if CAPITAL.page_id(capital.id) in used:
            page = _capital_page(capital.id, capital.name, capital.country, all_sources)
            pages[page.path] = page
    for page in index_pages(all_sources):
        pages[page.path] = page
    reference = schema_page()
    pages[reference.path] = reference
    return Built(dict(sorted(pages.items())), dict(site.collisions))


def _capital_page(capital_id: str, name: str, country: str, sources: list[str]) -> Page:
    path = CAPITAL.path(capital_id)
    meta = {
        "type": "capital",
        "id": CAPITAL.page_id(capital_id),
        "title": name,
        "description": wording()["capital_description"].format(name=name, country=country),
        "template": CAPITAL.theme_template,
        "country": country,
        "generated": _generated(sources),
    }
    return Page(path, meta, _body(CAPITAL.body_template, {"here": path, "name": name}))


def _body(template: str | None, data: dict[str, Any]) -> str:
    assert template is not None
    return render(template, data) + "\n"


def _event_pages(source: EventSource, site: _Site, gz: Gazetteer) -> list[Page]:
    event, seed = source.event, source.seed
    copy = source.copy or source_path(seed)
    viewer = viewer_path(copy) if source.text is not None else None
    event_slug = site.event_slugs[seed]
    event_path = EVENT.path(event_slug)
    event_id = EVENT.page_id(event_slug)
    title = visible(event.title or posixpath.basename(seed))
    roles: dict[str, list[str]] = {}

    def appear(name: str, role: str, title_: str | None = None, bio: str | None = None) -> str:
        person = site.person(name)
        person.sources.add(seed)
        entry = person.appearances.setdefault(event_id, {"event": event_id, "roles": []})
        if role not in entry["roles"]:
            entry["roles"].append(role)
        if title_:
            entry.setdefault("titles", [])
            if title_ not in entry["titles"]:
                entry["titles"].append(title_)
        if bio and bio not in person.bios:
            person.bios.append(bio)
        roles.setdefault(role, [])
        if person.id not in roles[role]:
            roles[role].append(person.id)
        return person.id

    host_id = None
    if event.host is not None:
        host_id = appear(event.host.name, "host")
        if event.host.organization:
            site.person(event.host.name).appearances[event_id]["organization"] = (
                event.host.organization
            )
    for moderator in event.moderators:
        appear(moderator.name, "moderator")
    for speaker in event.speakers:
        appear(speaker.name, "speaker", speaker.role, speaker.bio)
        if speaker.truncated and speaker.bio:
            site.person(speaker.name).cut_bios.add(speaker.bio)
    for discussant in event.discussants:
        appear(discussant.name, "discussant")

    pages: list[Page] = []
    theme_ids: list[str] = []
    capitals: list[str] = []
    themes: list[dict[str, Any]] = []
    for order, section in enumerate(event.sections, start=1):
        theme_slug = f"{event_slug}/{_theme_slug(section, order)}"
        path = THEME.path(theme_slug)
        theme_id = THEME.page_id(theme_slug)
        theme_ids.append(theme_id)
        theme_title = visible(section.title or wording()["theme_untitled"].format(event=title))
        items = _theme_items(section)
        section_capitals = _capitals_of(section)
        capitals += [c for c in section_capitals if c not in capitals]
        passages = [_passage(anchor, item, copy, viewer, gz) for anchor, item in items]
        themes.append({"title": theme_title, "path": path, "order": order, "passages": passages})
        body = _body(
            THEME.body_template,
            {
                "here": path,
                "title": theme_title,
                "event_title": title,
                "event_path": event_path,
                "passages": passages,
            },
        )
        opening = (section.intro[0].text if section.intro else "") or (
            section.points[0].text if section.points else theme_title
        )
        theme_meta = {
            "type": "theme",
            "id": theme_id,
            "title": plain(theme_title),
            "description": plain(first_sentence(opening)),
            "template": THEME.theme_template,
            "event": event_id,
            "order": order,
            "points": [_point_meta(anchor, item) for anchor, item in items],
            "capitals": [CAPITAL.page_id(c) for c in section_capitals],
            "source": copy,
            "generated": _generated([seed]),
        }
        pages.append(Page(path, theme_meta, body))
    body = _body(
        EVENT.body_template,
        {
            "here": event_path,
            "title": title,
            "subtitle": visible(event.subtitle) if event.subtitle else None,
            "summary": [p.text for p in event.summary],
            "themes": themes,
            "unclassified": [u.text for u in event.unclassified],
            "disclaimer": event.disclaimer.text if event.disclaimer is not None else None,
            "source_path": viewer or copy,
        },
    )
    meta: dict[str, Any] = {
        "type": "event",
        "id": event_id,
        "title": plain(title),
        "description": plain(first_sentence(event.summary[0].text) if event.summary else title),
        "template": EVENT.theme_template,
        "date": event.date,
    }
    if event.title is None or event.date is None:
        meta["draft"] = True  # published once an editor supplies what the seed lacks
    if event.subtitle:
        meta["subtitle"] = plain(event.subtitle)
    if event.date_text:
        meta["date_text"] = event.date_text
    if event.time:
        meta["time"] = event.time
    meta["location"] = event.location
    if host_id:
        meta["host"] = host_id
        if event.host and event.host.organization:
            meta["host_organization"] = event.host.organization
    meta |= {
        "moderators": roles.get("moderator", []),
        "speakers": roles.get("speaker", []),
        "discussants": roles.get("discussant", []),
        "themes": theme_ids,
        "capitals": [CAPITAL.page_id(c) for c in capitals],
        "source": copy,
    }
    if event.image:
        meta["image"] = event.image
    meta["generated"] = _generated([seed])
    pages.insert(0, Page(event_path, meta, body))
    if source.text is not None:
        pages.append(_source_page(source, copy, event_id))
    return pages


def _source_page(source: EventSource, copy: str, event_id: str) -> Page:
    """The source viewer: every line of the seed with its number and anchor, the text
    the parser set aside as page furniture marked with its kind. The template writes each
    piece as escaped HTML text (``html`` filter): nothing in a seed becomes markup."""
    assert source.text is not None
    lines = source.text.split("\n")
    name = posixpath.basename(copy)
    slug_ = _viewer_slug(copy)
    path = SOURCE.path(slug_)
    meta = {
        "type": "source",
        "id": SOURCE.page_id(slug_.lower()),
        "title": wording()["source_title"].format(name=name),
        "description": wording()["source_description"].format(name=name),
        "template": SOURCE.theme_template,
        "hide": ["navigation", "toc"],
        # the brief and its themes are indexed; the raw text would double the index
        "search": {"exclude": True},
        "event": event_id,
        "source": copy,
        "lines": len(lines),
        "generated": _generated([source.seed]),
    }
    spans = _furniture_spans(source.event, lines)
    rows = [
        {"number": number, "pieces": _pieces(text, spans.get(number, []))}
        for number, text in enumerate(lines, start=1)
    ]
    body = _body(SOURCE.body_template, {"here": path, "title": meta["title"], "lines": rows})
    return Page(path, meta, body)


def _furniture_spans(event: Event, lines: Sequence[str]) -> dict[int, list[tuple[int, int, str]]]:
    """Line number -> (start, end, kind) of the text on it the parser set aside as page
    furniture: whole lines for a record that is its lines, else the record's text where
    it stands on its line (a label such as "Discussants:" before the names it introduces).
    A record whose text is not found as written marks nothing rather than a wrong part."""
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for item in event.furniture:
        start, end = item.lines.start, min(item.lines.end, len(lines))
        if start > end:
            continue
        if start != end or item.text.strip() == lines[start - 1].strip():
            for number in range(start, end + 1):
                spans.setdefault(number, []).append((0, len(lines[number - 1]), item.kind))
            continue
        line = lines[start - 1]
        for text in (item.text, item.text.rstrip(":：")):
            at = line.find(text) if text else -1
            if at != -1:
                spans.setdefault(start, []).append((at, at + len(text), item.kind))
                break
    return spans


def _pieces(line: str, spans: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """A line cut into pieces of plain text and of furniture (``kind`` set)."""
    pieces: list[dict[str, Any]] = []
    done = 0
    for start, end, kind in sorted(spans):
        if start < done or end <= start:
            continue  # overlaps a piece already marked
        if start > done:
            pieces.append({"text": line[done:start], "kind": None})
        pieces.append({"text": line[start:end], "kind": kind})
        done = end
    if done < len(line) or not pieces:
        pieces.append({"text": line[done:], "kind": None})
    return pieces


def _person_page(person: _Person) -> Page:
    body = _body(
        PERSON.body_template,
        {
            "here": person.path,
            "name": person.name,
            "bios": [{"text": bio, "cut": bio in person.cut_bios} for bio in person.bios],
        },
    )
    titles = [t for a in person.appearances.values() for t in a.get("titles", [])]
    description = person.bios[0] if person.bios else (titles[0] if titles else person.name)
    meta: dict[str, Any] = {
        "type": "person",
        "id": person.id,
        "title": plain(person.name),
        "description": plain(first_sentence(description)),
        "template": PERSON.theme_template,
        "name": plain(person.name),
        "appearances": [person.appearances[k] for k in sorted(person.appearances)],
    }
    if person.bios:
        meta["bios"] = list(person.bios)
    meta["generated"] = _generated(person.sources)
    return Page(person.path, meta, body)


def index_pages(sources: Sequence[str]) -> list[Page]:
    """Home, the indexes and the matrix: their words from ``templates/wording.yml``."""
    pages = []
    for entry in wording()["indexes"]:
        meta = _index_meta(entry, entry["lists"], sources or ["site_config.yml"])
        body = _body(
            INDEX.body_template,
            {"here": entry["path"], "title": entry["title"], "description": entry["description"]},
        )
        pages.append(Page(entry["path"], meta, body))
    return pages


def _index_meta(entry: dict[str, str], lists: str, sources: Iterable[str]) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "type": "index",
        "id": entry["id"],
        "title": entry["title"],
        "description": entry["description"],
        "template": INDEX.theme_template,
    }
    if lists == "matrix":
        meta["hide"] = ["navigation", "toc"]  # the table takes the page's whole width
    return meta | {"lists": lists, "generated": _generated(sources)}


def _schema_type(schema: dict[str, Any]) -> str:
    if "const" in schema:
        return f"`{schema['const']}`"
    if "enum" in schema:
        return " or ".join(f"`{v}`" for v in schema["enum"])
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        return " or ".join(kind)
    if kind == "array":
        items = schema.get("items", {})
        return f"list of {_schema_type(items)}" if items else "list"
    if kind == "string" and "pattern" in schema:
        return "string (id)" if schema["pattern"].startswith("^(event") else "string"
    return str(kind)


def schema_page() -> Page:
    """The editors' reference for front matter, generated from the page-type registry."""
    from generator.site.page_types import COMMON

    def rows(keys: dict[str, Any]) -> list[dict[str, Any]]:
        return [
            {
                "name": name,
                "required": key.required,
                "value": _schema_type(key.schema),
                "meaning": key.description,
            }
            for name, key in keys.items()
        ]

    entry = wording()["front_matter_reference"]
    body = _body(
        "front-matter.md.j2",
        {
            "here": entry["path"],
            "title": entry["title"],
            "schema_file": SCHEMA_FILE,
            "common": rows(COMMON),
            "types": [
                {
                    "name": t.name,
                    "description": t.description,
                    "folder": t.folder,
                    "fields": rows(t.keys),
                }
                for t in PAGE_TYPES.values()
            ],
        },
    )
    return Page(entry["path"], _index_meta(entry, "none", [SCHEMA_FILE]), body)
