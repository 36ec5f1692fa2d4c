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
from generator.parse.model import Event, Lines, Paragraph, Point, Section
from generator.problems import Problem
from generator.site.listings import Listing
from generator.site.page_types import PAGE_TYPES
from generator.site.paths import WINDOWS_DEVICES
from generator.site.people import (
    People,
    PersonEntry,
    affiliation_of,
    best_spelling,
    group_bios,
    identity_key,
    shown_name,
    visible,
)
from generator.site.render import render
from generator.site.topics import EMPTY, Taxonomy, Topic
from generator.store.pagefile import Page

SOURCES_DIR = "sources"
CONFIG_FILE = "site_config.yml"
"""Where the taxonomy of topic pages comes from (their source when there are no seeds)."""
SCHEMA_FILE = "schema/front-matter.schema.json"
_ROMANISED = re.compile(r"[(（]([^()（）]+)[)）]\s*$")

EVENT, THEME, PERSON, CAPITAL, INDEX, SOURCE = (
    PAGE_TYPES[n] for n in ("event", "theme", "person", "capital", "index", "source")
)
TOPIC = PAGE_TYPES["topic"]


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
    key: str
    """The identity key of the name that first named this person (``identity_key``)."""
    entry: PersonEntry | None
    """The editor's ``people:`` entry this person is, if any."""
    seen: tuple[str, int]
    """The seed and line that first named this person."""
    spellings: list[str] = field(default_factory=list)
    """Every spelling sources gave, in source order (``shown_name``)."""
    spelled_in: dict[str, str] = field(default_factory=dict)
    """The seed that first gave each spelling."""
    name: str = ""
    slug: str = ""
    base: str = ""
    """The slug its name gives, before any suffix."""
    appearances: dict[str, dict[str, Any]] = field(default_factory=dict)
    bios: list[tuple[str, str, str]] = field(default_factory=list)
    """(bio, event id, seed) for every bio sources gave, in source order."""
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


def _named(event: Event) -> list[tuple[str, Lines, str]]:
    """Everyone an event names, with where and in which role, in the order pages list
    them."""
    found = [(event.host.name, event.host.lines, "host")] if event.host is not None else []
    found += [(m.name, m.lines, "moderator") for m in event.moderators]
    found += [(s.name, s.lines, "speaker") for s in event.speakers]
    found += [(d.name, d.lines, "discussant") for d in event.discussants]
    return found


def _escaped(name: str) -> str:
    """A name for an error message, with invisible characters spelled out."""
    return "".join(
        c if c.isprintable() and shown_name(c) == c else f"\\u{ord(c):04x}" for c in name
    )


class _Site:
    """Ids and paths shared across events, assigned deterministically.

    An event keeps the slug it was first published under (``recorded``: seed -> slug,
    read from the pages in content/), so its URL never changes because another seed
    arrives, is renamed or is removed. A new event whose slug is taken gets the next
    free ``-2``, ``-3``... suffix, and ``collisions`` says so.
    """

    def __init__(
        self,
        sources: Sequence[EventSource],
        recorded: Mapping[str, str] | None = None,
        people: People | None = None,
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
        self.roster = people or People()
        self.people: dict[str, _Person] = {}
        """Everyone, by identity: ``entry:ID`` for an editor's entry, else ``key:KEY``."""
        self.events: dict[str, dict[str, Any]] = {}
        """Each event's title, path and date, for the people pages."""
        for source in ordered:
            for name, lines, role in _named(source.event):
                self._register(name, source.seed, lines.start, role)
        self.lookalikes: list[tuple[_Person, _Person]] = []
        """(person, the person whose address their name would have)."""
        self._assign_slugs()

    def _identity(self, name: str, seed: str) -> tuple[str, str, PersonEntry | None]:
        key = identity_key(name)
        entry = self.roster.entry_for(key, seed) if key else None
        return (f"entry:{entry.id}" if entry else f"key:{key}"), key, entry

    def _register(self, name: str, seed: str, line: int, role: str) -> None:
        identity, key, entry = self._identity(name, seed)
        if not key:
            raise Problem(
                seed, line,
                f"the {role} name '{_escaped(name)}' is empty once invisible characters, "
                "punctuation and honorifics are left out; correct the name in the seed",
            )  # fmt: skip
        person = self.people.get(identity)
        if person is None:
            person = self.people[identity] = _Person(key, entry, (seed, line))
        spelling = shown_name(name)
        if spelling not in person.spellings:
            person.spellings.append(spelling)
            person.spelled_in[spelling] = seed

    def _assign_slugs(self) -> None:
        """Editors' ids first, then the slugs people pages already have, then a slug from
        the name (``-2``, ``-3``... when another person's name gives the same one)."""
        taken = {entry.id for entry in self.roster.entries}
        waiting = []
        for person in self.people.values():
            person.name = person.entry.name if person.entry else best_spelling(person.spellings)
            person.base = slug(person.name)
            if person.entry is not None:
                person.slug = person.entry.id
                continue
            kept = self.roster.recorded.get(person.key)
            if kept is not None and kept not in taken:
                person.slug = kept
                taken.add(kept)
            else:
                waiting.append(person)
        for person in waiting:
            candidate, n = person.base, 2
            while candidate in taken:
                candidate, n = f"{person.base}-{n}", n + 1
            taken.add(candidate)
            person.slug = candidate
        holders = {p.slug: p for p in self.people.values()}
        claimed = self.roster.claimed()
        for person in self.people.values():
            holder = holders.get(person.base)
            if (
                person.entry is None
                and holder is not None
                and holder is not person
                and person.key not in claimed
            ):
                self.lookalikes.append((person, holder))

    def person(self, name: str, seed: str) -> _Person:
        return self.people[self._identity(name, seed)[0]]


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


def _point_meta(anchor: str, item: Point | Paragraph, topics: list[str]) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "anchor": anchor,
        "label": item.label if isinstance(item, Point) else None,
        "excerpt": first_sentence(item.text, 120),
        "kind": "point" if isinstance(item, Point) else "intro",
        "voiced_by": list(item.voiced_by),
        "about": list(item.about),
        "topics": topics,
        "lines": [item.lines.start, item.lines.end],
    }
    if item.sentences:
        meta["sentence_count"] = len(item.sentences)
        attributed = []
        for n, sentence in enumerate(item.sentences, start=1):
            if sentence.voiced_by or sentence.about:
                entry: dict[str, Any] = {"n": n, "text": sentence.text}
                if sentence.voiced_by:
                    entry["voiced_by"] = list(sentence.voiced_by)
                if sentence.about:
                    entry["about"] = list(sentence.about)
                attributed.append(entry)
        if attributed:
            meta["sentences"] = attributed
    return meta


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
    lookalikes: list[Problem] = field(default_factory=list)
    """People whose name is not another's, but would give the same address (warnings)."""
    givers: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    """Of each person page: the seeds that gave its name (``""``) and each of its bios."""


def build_pages(
    sources: Sequence[EventSource],
    gz: Gazetteer,
    recorded: Mapping[str, str] | None = None,
    taxonomy: Taxonomy = EMPTY,
    people: People | None = None,
) -> dict[str, Page]:
    """All generated pages (with their zones empty), keyed by path."""
    return build_site(sources, gz, recorded, taxonomy, people).pages


def build_site(
    sources: Sequence[EventSource],
    gz: Gazetteer,
    recorded: Mapping[str, str] | None = None,
    taxonomy: Taxonomy = EMPTY,
    people: People | None = None,
) -> Built:
    """All generated pages, events keeping their ``recorded`` slugs (seed -> slug) and
    people decided by ``people`` (the editors' entries, the slugs people pages have)."""
    site = _Site(sources, recorded, people)
    pages: dict[str, Page] = {}
    for source in sorted(sources, key=lambda s: s.seed):
        for page in _event_pages(source, site, gz, taxonomy):
            pages[page.path] = page
    givers: dict[str, dict[str, list[str]]] = {}
    for person in site.people.values():
        pages[person.path] = _person_page(person, site, gz)
        givers[person.path] = {"": [person.spelled_in.get(person.name, person.seen[0])]}
        for bio, _, seed in person.bios:
            givers[person.path].setdefault(bio, []).append(seed)
    used = {c for p in pages.values() if p.meta["type"] == "theme" for c in p.meta["capitals"]}
    used |= {
        p.meta["capital"]
        for p in pages.values()
        if p.meta["type"] == "person" and "capital" in p.meta
    }
    all_sources = sorted(s.seed for s in sources)
    for capital in gz.capitals:
        if CAPITAL.page_id(capital.id) in used:
            page = _capital_page(capital.id, capital.name, capital.country, all_sources)
            pages[page.path] = page
    for topic in taxonomy.topics:  # every topic of the taxonomy, said on yet or not
        page = topic_page(topic, all_sources or [CONFIG_FILE])
        pages[page.path] = page
    for page in index_pages(all_sources):
        pages[page.path] = page
    reference = schema_page()
    pages[reference.path] = reference
    lookalikes = [
        Problem(
            f"content/{person.path}",
            None,
            f"'{_clipped(person.name)}' ({person.seen[0]}:{person.seen[1]}) is not the same "
            f"name as '{_clipped(holder.name)}' (content/{holder.path}), though both give the "
            f"address people/{person.base}; it has a page of its own. If they are one person, "
            f"list it under that person's aliases in people: in site_config.yml; "
            "if not, give it a people: entry of its own",
        )
        for person, holder in site.lookalikes
    ]
    return Built(dict(sorted(pages.items())), dict(site.collisions), lookalikes, givers)


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


def topic_page(topic: Topic, sources: list[str]) -> Page:
    """The page of one topic (its passages are filled in by the link step)."""
    path = TOPIC.path(topic.id)
    meta = {
        "type": "topic",
        "id": TOPIC.page_id(topic.id),
        "title": plain(topic.name),
        "description": wording()["topic_description"].format(name=topic.name),
        "template": TOPIC.theme_template,
        "generated": _generated(sources),
    }
    return Page(path, meta, _body(TOPIC.body_template, {"here": path, "name": topic.name}))


def listing_page(listing: Listing, number: int, name: str, sources: list[str]) -> Page:
    """Page ``number`` of a filtered list; ``name`` is what it filters by, as shown (the
    year, the capital's or topic's name, the role, the letter)."""
    path = listing.path(number)
    title = wording()["listings"][listing.kind].format(name=name)
    if number > 1:  # the first page is the list's own name, as the browse page shows it
        title = wording()["listing_page"].format(title=title, page=number, pages=listing.pages)
    meta = {
        "type": "listing",
        "id": f"listing:{listing.kind}/{listing.value}" + (f"-{number}" if number > 1 else ""),
        "title": plain(title),
        "description": plain(title),
        "template": "main.html",
        "by": listing.kind,
        "value": listing.value,
        "page": number,
        "search": {"exclude": True},
        "generated": _generated(sources),
    }
    return Page(path, meta, _body("listing.md.j2", {"here": path, "title": title}))


def _body(template: str | None, data: dict[str, Any]) -> str:
    assert template is not None
    return render(template, data) + "\n"


def _event_pages(source: EventSource, site: _Site, gz: Gazetteer, taxonomy: Taxonomy) -> list[Page]:
    event, seed = source.event, source.seed
    copy = source.copy or source_path(seed)
    viewer = viewer_path(copy) if source.text is not None else None
    event_slug = site.event_slugs[seed]
    event_path = EVENT.path(event_slug)
    event_id = EVENT.page_id(event_slug)
    title = visible(event.title or posixpath.basename(seed))
    roles: dict[str, list[str]] = {}

    site.events[event_id] = {"title": title, "path": event_path, "date": event.date}

    def appear(name: str, role: str, title_: str | None = None, bio: str | None = None) -> str:
        person = site.person(name, seed)
        person.sources.add(seed)
        entry = person.appearances.setdefault(event_id, {"event": event_id, "roles": []})
        if role not in entry["roles"]:
            entry["roles"].append(role)
        if title_:
            entry.setdefault("titles", [])
            if title_ not in entry["titles"]:
                entry["titles"].append(title_)
        organization = affiliation_of(title_)
        if organization and "organization" not in entry:
            entry["organization"] = organization
        if bio:
            person.bios.append((bio, event_id, seed))
        roles.setdefault(role, [])
        if person.id not in roles[role]:
            roles[role].append(person.id)
        return person.id

    host_id = None
    if event.host is not None:
        host_id = appear(event.host.name, "host")
        if event.host.organization:
            site.person(event.host.name, seed).appearances[event_id]["organization"] = (
                event.host.organization
            )
    for moderator in event.moderators:
        appear(moderator.name, "moderator")
    for speaker in event.speakers:
        appear(speaker.name, "speaker", speaker.role, speaker.bio)
        if speaker.truncated and speaker.bio:
            site.person(speaker.name, seed).cut_bios.add(speaker.bio)
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
        point_topics = [
            taxonomy.tags(section.title, item.label if isinstance(item, Point) else None, item.text)
            for _, item in items
        ]
        section_topics = [t.id for t in taxonomy.topics if any(t.id in p for p in point_topics)]
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
            "points": [
                _point_meta(anchor, item, tags)
                for (anchor, item), tags in zip(items, point_topics, strict=True)
            ],
            "capitals": [CAPITAL.page_id(c) for c in section_capitals],
            "topics": [TOPIC.page_id(t) for t in section_topics],
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
    if event.event_type:
        meta["event_type"] = event.event_type
    if event.tense == "future":
        meta["tense"] = "future"
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


def _clipped(name: str, limit: int = 80) -> str:
    """A name for a message: long ones cut to their start and end."""
    return name if len(name) <= limit else f"{name[: limit - 21]}…{name[-20:]}"


def _person_bios(person: _Person, site: _Site) -> list[dict[str, Any]]:
    """The bios a person page shows: one of each group that repeats each other (the
    longest), with the events where the others were given."""
    texts = [bio for bio, _, _ in person.bios]
    shown = []
    for text, members in group_bios(texts):
        own = [person.bios[m][1] for m in members if texts[m] == text]
        also: list[str] = []
        for m in members:
            event_id = person.bios[m][1]
            if event_id not in own and event_id not in also:
                also.append(event_id)
        shown.append(
            {
                "text": text,
                "cut": text in person.cut_bios,
                "also": [site.events[e] for e in also],
            }
        )
    return shown


def _affiliation(person: _Person, site: _Site) -> str | None:
    """The organisation of the latest event where the person's role names one."""
    found = [
        (str(site.events[event_id]["date"] or ""), event_id, appearance["organization"])
        for event_id, appearance in person.appearances.items()
        if appearance.get("organization")
    ]
    return max(found)[2] if found else None


def _person_capital(person: _Person, affiliation: str | None, gz: Gazetteer) -> str | None:
    """The capital of the person's institution: the editor's, else the one capital the
    affiliation names (none when it names several)."""
    if person.entry is not None and person.entry.capital:
        return person.entry.capital if person.entry.capital in gz.by_id else None
    if not affiliation:
        return None
    named = {capital for _, capital in gz.mentions(affiliation)}
    return named.pop() if len(named) == 1 else None


def _person_page(person: _Person, site: _Site, gz: Gazetteer) -> Page:
    bios = _person_bios(person, site)
    body = _body(PERSON.body_template, {"here": person.path, "name": person.name, "bios": bios})
    titles = [t for a in person.appearances.values() for t in a.get("titles", [])]
    description = bios[0]["text"] if bios else (titles[0] if titles else person.name)
    affiliation = _affiliation(person, site)
    capital = _person_capital(person, affiliation, gz)
    meta: dict[str, Any] = {
        "type": "person",
        "id": person.id,
        "title": plain(person.name),
        "description": plain(first_sentence(description)),
        "template": PERSON.theme_template,
        "name": plain(person.name),
        "appearances": [person.appearances[k] for k in sorted(person.appearances)],
    }
    if person.spellings != [person.name]:
        meta["names"] = [plain(n) for n in person.spellings]
    if affiliation:
        meta["affiliation"] = plain(affiliation)
    if capital:
        meta["capital"] = CAPITAL.page_id(capital)
    if bios:
        meta["bios"] = [bio["text"] for bio in bios]
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
