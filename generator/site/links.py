"""The link step: from every page's front matter to the generated zones of each page.

``link(pages, site_url)`` is pure. It builds the graph of events, themes, passages,
people and capitals from front matter alone (generated and hand-written pages alike)
and returns, for each page whose type has a zones template, the Markdown of each zone
(``facts``: the fact box and JSON-LD; ``links``: the cross-links), plus the references
it could not resolve, as ``Problem``s with the page's path first. Python gathers the
data; the words are in the zones templates.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.problems import Problem
from generator.site.counts import ANCHOR, CapitalCounts, Passage, count, passages_of
from generator.site.listings import KINDS, PAGE_SIZE, members
from generator.site.page_types import PAGE_TYPES
from generator.site.render import render_blocks
from generator.site.urls import calendar_path, served
from generator.site.validate import valid_meta
from generator.store.pagefile import Page

TOPIC_QUOTES = 4
"""A topic page quotes this many of the latest passages of each capital (and counts the
rest): its size depends on the number of capitals, not of events."""
QUOTE_LIMIT = 240
"""Quotes on topic and capital pages are cut (at a word, with an ellipsis) past this many
characters; the passage itself is a link away."""


def clip(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` cut at the last word that fits ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


RECENT_EVENTS = 12
"""Capital pages, the themes index and the matrix show this many of the latest events in
full and list the earlier ones a line each, so that their weight stays bounded as events
accumulate."""
CAPITAL_QUOTES = 10
"""A capital page quotes at most this many passages in each of its two sections (voiced
by, about), the latest first; the rest of a theme is a link away and earlier events are
listed a line each: a page's size depends on neither the archive nor one long event."""
CAPITAL_ROWS = 12
"""Rows of older events on a capital page, a line each; the full list is a link away."""


@dataclass
class LinkResult:
    zones: dict[str, dict[str, str]] = field(default_factory=dict)
    """Markdown of each generated zone (``facts``, ``links``) of each page, by path."""
    unresolved: list[Problem] = field(default_factory=list)
    counts: dict[str, CapitalCounts] = field(default_factory=dict)
    """The counts of each capital page (by capital id), as every page shows them."""
    untagged: list[Problem] = field(default_factory=list)
    """Points of published events that no topic names (notices for editors)."""
    checked: dict[str, Page] = field(default_factory=dict)
    """The pages as the link step read them: front matter with every value of the wrong
    shape left out (``valid_meta``), for later steps that read front matter too."""


def _ref(page: Page) -> dict[str, Any]:
    """A page as templates see another page: its title, path and front matter."""
    return {"title": str(page.meta.get("title") or page.path), "path": page.path, "meta": page.meta}


def _short(page: Page) -> str:
    return str(page.meta.get("id", "")).split(":", 1)[-1]


class _Graph:
    def __init__(self, pages: Mapping[str, Page]) -> None:
        self.pages = pages
        self.by_id: dict[str, Page] = {}
        for page in sorted(pages.values(), key=lambda p: p.path):
            page_id = page.meta.get("id")
            if isinstance(page_id, str) and page_id not in self.by_id:
                self.by_id[page_id] = page
        self.drafts = {
            str(e.meta.get("id")) for e in self.of_type("event") if e.meta.get("draft") is True
        }
        """Events not published yet: left out of every list, with their themes."""
        self.events = sorted(
            (e for e in self.of_type("event") if str(e.meta.get("id")) not in self.drafts),
            key=lambda e: (str(e.meta.get("date") or ""), e.path),
            reverse=True,
        )
        self.recent_ids = {e.meta.get("id") for e in self.events[:RECENT_EVENTS]}
        self.rank = {str(e.meta.get("id")): n for n, e in enumerate(self.events)}
        """Each published event's place in ``events``: newest first, everywhere."""
        self.themes = sorted(
            (t for t in self.of_type("theme") if str(t.meta.get("event")) not in self.drafts),
            key=self._theme_order,
        )
        self.by_event: dict[str, list[Page]] = defaultdict(list)
        for theme in self.themes:
            self.by_event[str(theme.meta.get("event"))].append(theme)
        self.passages = {t.path: passages_of(t.path, t.meta) for t in self.themes}
        self.capitals = sorted(self.of_type("capital"), key=lambda c: str(c.meta.get("title")))
        self.topics = sorted(self.of_type("topic"), key=lambda t: str(t.meta.get("title")))
        rank = {str(e.meta.get("id")): n for n, e in enumerate(self.events)}
        self.newest_first = sorted(
            self.themes,
            key=lambda t: (rank.get(str(t.meta.get("event")), len(rank)), self._theme_order(t)),
        )
        """Themes of published events, the newest event's first, each event's in order."""
        self.viewers: dict[str, Page] = {}
        """Source viewer pages by the plain-text copy they show (``sources/NAME.txt``)."""
        for viewer in self.of_type("source"):
            self.viewers.setdefault(str(viewer.meta.get("source")), viewer)

    def of_type(self, name: str) -> list[Page]:
        return [p for p in self.by_id.values() if p.meta.get("type") == name]

    def event_of(self, theme: Page) -> Page | None:
        return self.by_id.get(str(theme.meta.get("event")))

    def _theme_order(self, theme: Page) -> tuple[int, int, str]:
        """Themes of the newest event first (as ``events``), each event's in its order."""
        rank = self.rank.get(str(theme.meta.get("event")), len(self.rank))
        order = theme.meta.get("order")
        return (rank, order if isinstance(order, int) else 0, theme.path)

    def themes_of(self, event: Page) -> list[Page]:
        return self.by_event.get(str(event.meta.get("id")), [])

    def recent(self, theme: Page) -> bool:
        return theme.meta.get("event") in self.recent_ids

    def people(self, value: Any) -> list[Page]:
        ids = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        found = [self.by_id.get(i) for i in ids if isinstance(i, str)]
        return [p for p in found if p is not None and p.meta.get("type") == "person"]

    def all_passages(self) -> list[Passage]:
        return [p for theme in self.themes for p in self.passages[theme.path]]


def _check_references(graph: _Graph) -> list[Problem]:
    problems: list[Problem] = []
    capital_ids = {_short(p) for p in graph.of_type("capital")}
    for page in sorted(graph.pages.values(), key=lambda p: p.path):
        page_type = PAGE_TYPES.get(str(page.meta.get("type")))
        if page_type is None:
            continue
        for key_name, key in page_type.keys.items():
            if key.references is None or key_name not in page.meta:
                continue
            line = page.meta_lines.get(key_name, 1)
            for ref in _references(page.meta[key_name], key_name):
                target = graph.by_id.get(ref)
                if target is None or target.meta.get("type") != key.references:
                    problems.append(
                        Problem(
                            page.path,
                            line,
                            f"'{key_name}' refers to unknown {key.references} '{ref}'",
                        )
                    )
        for point in page.meta.get("points") or [] if page.meta.get("type") == "theme" else []:
            if not isinstance(point, dict):
                continue
            anchor = point.get("anchor")
            if isinstance(anchor, str) and ANCHOR.match(anchor) and not _has_anchor(page, anchor):
                problems.append(
                    Problem(
                        page.path,
                        page.meta_lines.get("points", 1),
                        f"point '{anchor}' has no anchor in the page; write "
                        f"'{{: #{anchor} }}' on the line after its paragraph",
                    )
                )
            for key_name in ("voiced_by", "about"):
                value = point.get(key_name)
                for capital in value if isinstance(value, list) else []:
                    if capital not in capital_ids:
                        problems.append(
                            Problem(
                                page.path,
                                page.meta_lines.get("points", 1),
                                f"point '{point.get('anchor')}' {key_name} "
                                f"unknown capital '{capital}'",
                            )
                        )
            problems += _check_sentences(page, point)
            for topic in _list(point, "topics"):
                target = graph.by_id.get(f"topic:{topic}")
                if target is None or target.meta.get("type") != "topic":
                    problems.append(
                        Problem(
                            page.path,
                            page.meta_lines.get("points", 1),
                            f"point '{point.get('anchor')}' topics: unknown topic '{topic}' "
                            "(the topics are listed in site_config.yml)",
                        )
                    )
    return problems


def _check_sentences(page: Page, point: dict[str, Any]) -> list[Problem]:
    """A sentence may name only capitals its point lists in ``voiced_by`` or ``about``
    (the lists every count and matrix cell starts from), so that removing a capital
    from the point removes it everywhere."""
    problems = []
    listed = [c for key_name in ("voiced_by", "about") for c in _list(point, key_name)]
    for entry in _list(point, "sentences"):
        if not isinstance(entry, dict):
            continue
        for key_name in ("voiced_by", "about"):
            value = entry.get(key_name)
            for capital in value if isinstance(value, list) else []:
                if capital not in listed:
                    problems.append(
                        Problem(
                            page.path,
                            page.meta_lines.get("points", 1),
                            f"point '{point.get('anchor')}' sentence {entry.get('n')} "
                            f"{key_name} '{capital}' is not among the point's capitals; "
                            f"add it to the point's {key_name} or remove it from the sentence",
                        )
                    )
    return problems


def _has_anchor(page: Page, anchor: str) -> bool:
    return re.search(rf"(\{{:[^}}\n]*#{anchor}[\s}}]|id=\"{anchor}\")", page.body) is not None


def _references(value: Any, key: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        if key == "appearances":
            return [str(v.get("event")) for v in value if isinstance(v, dict)]
        return [str(v) for v in value if isinstance(v, str)]
    return []


def json_ld(data: dict[str, Any]) -> str:
    """JSON-LD text that is safe inside a ``<script>`` element written into Markdown."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, code)
    return text


class _Context:
    """Builds what each page type's zones template is given."""

    def __init__(self, graph: _Graph, site_url: str) -> None:
        self.graph = graph
        self.site_url = site_url
        passages = graph.all_passages()
        self.counts = {_short(c): count(passages, _short(c)) for c in graph.capitals}
        self.listings = members(graph.pages)
        self.on_topic: Counter[str] = Counter()
        """Passages tagged with each topic (by topic id)."""
        self.voiced_on: Counter[tuple[str, str]] = Counter()
        """Passages on each topic that each capital voiced (topic id, capital id)."""
        for passage in passages:
            for topic in passage.topics:
                self.on_topic[topic] += 1
                for capital in passage.voiced_by:
                    self.voiced_on[(topic, capital)] += 1

    def listing_ref(self, kind: str, value: str) -> dict[str, Any] | None:
        """The first page of a filtered list, with its size; None when there is none."""
        listing = self.listings.get((kind, value))
        page = self.graph.pages.get(listing.path()) if listing else None
        if listing is None or page is None:
            return None
        return {**_ref(page), "count": len(listing.members)}

    def listing(self, page: Page) -> dict[str, Any]:
        """One page of a filtered list: its entries, and the pages before and after."""
        g = self.graph
        kind, value, number = page.meta.get("by"), page.meta.get("value"), page.meta.get("page")
        listing = self.listings.get((str(kind), str(value)))
        number = number if isinstance(number, int) else 1
        browse = _ref(g.by_id["index:browse"]) if "index:browse" in g.by_id else None
        if listing is None:  # a list nothing belongs to any more: check reports the page
            return {"kind": kind, "entries": [], "pages": [], "number": number, "total": 0,
                    "browse": browse}  # fmt: skip
        chosen = listing.members[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
        entries = []
        for path in chosen:
            member = g.pages.get(path)
            if member is None:
                continue
            entry = _ref(member)
            if member.meta.get("type") == "person":
                entry["roles"] = sorted(
                    {r for a in _list(member.meta, "appearances") if isinstance(a, dict)
                     for r in a.get("roles") or []}
                )  # fmt: skip
            entries.append(entry)
        pages = [
            {"number": n, "path": listing.path(n)}
            for n in range(1, listing.pages + 1)
            if listing.path(n) in g.pages
        ]
        return {
            "kind": kind,
            "entries": entries,
            "pages": pages if len(pages) > 1 else [],
            "number": number,
            "total": len(listing.members),
            "browse": browse,
        }

    def browse(self) -> list[dict[str, Any]]:
        """The browse hub: every filtered list, kind by kind, with its size."""
        groups = []
        for kind in KINDS:
            refs = [
                ref
                for (k, value), _ in self.listings.items()
                if k == kind
                for ref in [self.listing_ref(k, value)]
                if ref is not None
            ]
            if kind == "year":
                refs.reverse()  # newest year first
            if refs:
                groups.append({"kind": kind, "lists": refs})
        return groups

    def topic_ref(self, short: str) -> dict[str, Any] | None:
        page = self.graph.by_id.get(f"topic:{short}")
        return _ref(page) if page is not None and page.meta.get("type") == "topic" else None

    def topic(self, page: Page) -> dict[str, Any]:
        """A topic's passages, capital by capital (who voiced them), newest first: the
        latest ``TOPIC_QUOTES`` of each capital quoted, the count of all, and the list of
        every event on the topic a link away, so the page stays small at any size."""
        g = self.graph
        short = _short(page)
        columns = [(_short(c), _ref(c)) for c in g.capitals] + [("", None)]
        groups: dict[str, dict[str, Any]] = {
            key: {"id": key or "no-capital", "capital": ref, "count": 0, "recent": []}
            for key, ref in columns
        }
        total = 0
        events: set[str] = set()
        for theme in g.newest_first:
            found = [p for p in g.passages[theme.path] if short in p.topics]
            if not found:
                continue
            total += len(found)
            events.add(str(theme.meta.get("event")))
            for key, _ in columns:
                mine = [p for p in found if (key in p.voiced_by if key else not p.voiced_by)]
                if not mine:
                    continue
                group = groups[key]
                room = TOPIC_QUOTES - sum(len(r["passages"]) for r in group["recent"])
                group["count"] += len(mine)
                if room <= 0:
                    continue
                event = g.event_of(theme)
                group["recent"].append(
                    {
                        "theme": _ref(theme),
                        "event": _ref(event) if event else None,
                        "passages": [
                            {"passage": p, "quote": clip((p.quote(key, "voiced") if key
                                                          else "") or p.excerpt or "")}
                            for p in mine[:room]
                        ],
                    }
                )  # fmt: skip
        for group in groups.values():
            group["more"] = group["count"] - sum(len(r["passages"]) for r in group["recent"])
        return {
            "total": total,
            "events": len(events),
            "groups": [groups[key] for key, _ in columns if groups[key]["count"]],
            "all_events": self.listing_ref("topic", short),
        }

    def matrix(self) -> list[dict[str, Any]]:
        """Topic by capital over the whole archive: passages on the topic each capital's
        participants voiced, linking to the topic page's part for that capital."""
        g = self.graph
        rows = []
        for topic in g.topics:
            short = _short(topic)
            cells = []
            for capital in g.capitals:
                key = _short(capital)
                n = self.voiced_on[(short, key)]
                cells.append({"count": n, "anchor": key, "capital": capital.meta.get("title")})
            rows.append({**_ref(topic), "cells": cells})
        return rows

    def url(self, page: Page) -> str:
        return served(page.path, self.site_url)

    def person_ld(self, person: Page) -> dict[str, Any]:
        return {
            "@type": "Person",
            "name": str(person.meta.get("name") or person.meta.get("title")),
            "url": self.url(person),
        }

    def event(self, page: Page) -> dict[str, Any]:
        g, meta = self.graph, page.meta
        host = next(iter(g.people(meta.get("host"))), None)
        roles = {
            key: [_ref(p) for p in g.people(meta.get(key))]
            for key in ("moderators", "speakers", "discussants")
        }
        performers = [self.person_ld(p) for p in g.people(meta.get("speakers"))]
        for person in g.people(meta.get("discussants")):
            if self.person_ld(person) not in performers:
                performers.append(self.person_ld(person))
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": meta.get("title"),
            "description": meta.get("description"),
            "url": self.url(page),
            "eventStatus": "https://schema.org/EventScheduled",
            "performer": performers,
        }
        if isinstance(meta.get("date"), str):
            data["startDate"] = meta["date"]
        location = meta.get("location")
        if isinstance(location, str) and location:
            online = any(w in location.lower() for w in ("online", "virtual", "webinar"))
            data["eventAttendanceMode"] = (
                "https://schema.org/OnlineEventAttendanceMode"
                if online
                else "https://schema.org/OfflineEventAttendanceMode"
            )
            data["location"] = (
                {"@type": "VirtualLocation", "name": location}
                if online
                else {"@type": "Place", "name": location, "address": location}
            )
        if host is not None:
            data["organizer"] = self.person_ld(host)
            if isinstance(meta.get("host_organization"), str):
                data["organizer"]["affiliation"] = {
                    "@type": "Organization",
                    "name": meta["host_organization"],
                }
        listed = meta.get("themes") if isinstance(meta.get("themes"), list) else []
        viewer = g.viewers.get(str(meta.get("source")))
        return {
            "source_page": viewer.path if viewer is not None else None,
            "host": _ref(host) if host is not None else None,
            "roles": roles,
            "people": self.people_of(page, host),
            "calendar": calendar_path(page.path)
            if _iso_date(meta.get("date")) and page.meta.get("draft") is not True
            else None,
            "capitals": [
                _ref(c) for c in g.capitals if c.meta.get("id") in _list(meta, "capitals")
            ],
            "more_themes": [
                _ref(t) for t in g.themes_of(page) if t.meta.get("id") not in (listed or [])
            ],
            "jsonld": json_ld(data),
        }

    def people_of(self, page: Page, host: Page | None) -> list[dict[str, Any]]:
        """Everybody who took part, each once with every role they had (host, moderator,
        speaker, discussant, in that order) and what the event says they are."""
        g, meta = self.graph, page.meta
        event_id = meta.get("id")
        people: dict[str, dict[str, Any]] = {}
        listed = [("host", [host] if host is not None else [])]
        listed += [(role, g.people(meta.get(key))) for role, key in _ROLE_KEYS]
        for role, persons in listed:
            for person in persons:
                entry = people.setdefault(
                    person.path, {**_ref(person), "roles": [], "titles": [], "organization": None}
                )
                if role not in entry["roles"]:
                    entry["roles"].append(role)
        for entry in people.values():
            for appearance in _list(entry["meta"], "appearances"):
                if isinstance(appearance, dict) and appearance.get("event") == event_id:
                    titles = appearance.get("titles")
                    entry["titles"] = [t for t in titles or [] if isinstance(t, str)]
                    organization = appearance.get("organization")
                    if isinstance(organization, str):
                        entry["organization"] = organization
            if host is not None and entry["path"] == host.path:
                organization = meta.get("host_organization")
                if isinstance(organization, str) and organization:
                    entry["organization"] = organization
        return list(people.values())

    def theme(self, page: Page) -> dict[str, Any]:
        g = self.graph
        passages = g.passages.get(page.path) or passages_of(page.path, page.meta)
        capitals = []
        for capital in g.capitals:
            if capital.meta.get("id") not in _list(page.meta, "capitals"):
                continue
            short = _short(capital)
            capitals.append(
                {
                    **_ref(capital),
                    "voiced": [p for p in passages if short in p.voiced_by],
                    "about": [p for p in passages if short in p.about],
                }
            )
        event = g.event_of(page)
        siblings = [t for t in g.themes_of(event) if t is not page] if event else []
        shown = dict.fromkeys(t for p in passages for t in p.topics)
        return {
            "topics": [r for r in (self.topic_ref(t) for t in shown) if r is not None],
            "capitals": capitals,
            "event": _ref(event) if event else None,
            "siblings": [_ref(t) for t in siblings],
        }

    def person(self, page: Page) -> dict[str, Any]:
        titles: list[str] = []
        roles: list[str] = []
        appearances: list[dict[str, Any]] = []
        for appearance in _list(page.meta, "appearances"):
            if not isinstance(appearance, dict):
                continue
            these = [t for t in appearance.get("titles") or [] if isinstance(t, str)]
            titles += [t for t in these if t not in titles]
            roles += [r for r in appearance.get("roles") or [] if r not in roles]
            event = self.graph.by_id.get(str(appearance.get("event")))
            if event is not None and str(event.meta.get("id")) not in self.graph.drafts:
                appearances.append(
                    {"event": _ref(event), "roles": appearance.get("roles") or [], "titles": these}
                )
        rank = self.graph.rank  # newest event first, as every list
        appearances.sort(key=lambda a: rank.get(str(a["event"]["meta"].get("id")), len(rank)))
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            **self.person_ld(page),
        }
        if titles:
            data["jobTitle"] = titles[0] if len(titles) == 1 else titles
        bios = _list(page.meta, "bios")
        if bios and isinstance(bios[0], str):
            data["description"] = bios[0]
        affiliation = page.meta.get("affiliation")
        if isinstance(affiliation, str) and affiliation:
            data["affiliation"] = {"@type": "Organization", "name": affiliation}
        capital = self.graph.by_id.get(str(page.meta.get("capital")))
        name = page.meta.get("name") or page.meta.get("title")
        return {
            "titles": titles,
            "roles": roles,
            "appearances": appearances,
            "affiliation": affiliation if isinstance(affiliation, str) else None,
            "capital": _ref(capital) if capital and capital.meta.get("type") == "capital" else None,
            "names": [n for n in _list(page.meta, "names") if isinstance(n, str) and n != name],
            "jsonld": json_ld(data),
        }

    def capital(self, page: Page) -> dict[str, Any]:
        g = self.graph
        short = _short(page)
        recent: dict[str, list[dict[str, Any]]] = {}
        earlier: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for key in ("voiced", "about"):
            groups: list[dict[str, Any]] = []
            quoted = 0
            for theme in g.themes:
                found = [
                    p
                    for p in g.passages[theme.path]
                    if short in (p.voiced_by if key == "voiced" else p.about)
                ]
                if not found:
                    continue
                if g.recent(theme) and quoted < CAPITAL_QUOTES:
                    shown = found[: CAPITAL_QUOTES - quoted]
                    quoted += len(shown)
                    event = g.event_of(theme)
                    groups.append(
                        {
                            "theme": _ref(theme),
                            "event": _ref(event) if event else None,
                            "passages": [
                                {"passage": p, "quote": p.quote(short, key)} for p in shown
                            ],
                            "more": len(found) - len(shown),
                        }
                    )
                else:
                    earlier[str(theme.meta.get("event"))][key == "about"] += len(found)
            recent[key] = groups
        rows = [
            {"event": _ref(e), "voiced": earlier[str(e.meta.get("id"))][0],
             "about": earlier[str(e.meta.get("id"))][1]}
            for e in g.events
            if str(e.meta.get("id")) in earlier
        ]  # fmt: skip
        return {
            "counts": self.counts.get(short, CapitalCounts()),
            "recent": recent,
            "earlier": rows[:CAPITAL_ROWS],
            "all_events": self.listing_ref("capital", short) if len(rows) > CAPITAL_ROWS else None,
        }

    def source(self, page: Page) -> dict[str, Any]:
        copy = page.meta.get("source")
        return {"events": [_ref(e) for e in self.graph.events if e.meta.get("source") == copy]}

    def index(self, page: Page) -> dict[str, Any]:
        g = self.graph
        lists = page.meta.get("lists")
        data: dict[str, Any] = {"lists": lists}
        if lists in ("home", "events", "themes", "matrix"):
            shown = RECENT_EVENTS if lists == "home" else PAGE_SIZE
            data["events"] = [
                {**_ref(e), "themes": [_ref(t) for t in g.themes_of(e)]} for e in g.events[:shown]
            ]
            data["more_events"] = max(0, len(g.events) - shown)
            data["recent_count"] = RECENT_EVENTS
        data["browse_page"] = _ref(g.by_id["index:browse"]) if "index:browse" in g.by_id else None
        if lists in ("events", "browse", "home"):
            data["groups"] = self.browse()
        if lists in ("home", "capitals", "matrix"):
            data["capitals"] = [
                {**_ref(c), "counts": self.counts.get(_short(c), CapitalCounts())}
                for c in g.capitals
            ]
        if lists == "home":
            data["browse"] = [
                _ref(g.by_id[i])
                for i in ("index:events", "index:themes", "index:topics", "index:people",
                          "index:capitals", "index:matrix", "index:browse")
                if i in g.by_id
            ]  # fmt: skip
        if lists == "people":
            data["groups"] = [
                group for group in self.browse() if group["kind"] in ("initial", "role",
                                                                      "institution")
            ]  # fmt: skip
        if lists == "matrix":
            data["rows"] = self.matrix()
        if lists in ("topics", "home"):
            data["topics"] = [{**_ref(t), "count": self.on_topic[_short(t)]} for t in g.topics]
        return data


def _untagged(graph: _Graph) -> list[Problem]:
    """A notice for each point of a published event that no topic names (not an error:
    an archive can hold points on subjects the taxonomy has no word for yet)."""
    if not graph.topics and not any(p.topics for ps in graph.passages.values() for p in ps):
        return []  # the site has no taxonomy
    found = []
    for theme in graph.themes:
        for passage in graph.passages[theme.path]:
            if passage.kind == "point" and not passage.topics:
                found.append(
                    Problem(
                        theme.path,
                        _line_of(theme, f'anchor: "{passage.anchor}"', "points"),
                        f"point '{passage.anchor}' ({passage.name}) has no topic; add one to "
                        "its 'topics' here, or a word to a topic in site_config.yml",
                    )
                )
    return found


def _line_of(page: Page, text: str, key: str) -> int:
    """The line of the page file holding ``text`` in its front matter, else of ``key``."""
    for number, line in enumerate(page.front_text.splitlines(), start=1):
        if text in line:
            return number
    return page.meta_lines.get(key, 1)


def _iso_date(value: Any) -> bool:
    return isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None


_ROLE_KEYS = (("moderator", "moderators"), ("speaker", "speakers"), ("discussant", "discussants"))


def _list(meta: Mapping[str, Any], key: str) -> list[Any]:
    value = meta.get(key)
    return value if isinstance(value, list) else []


def link(pages: Mapping[str, Page], site_url: str = "/") -> LinkResult:
    """Compute every page's generated zones from the page graph; report dangling references."""
    checked = {
        path: Page(page.path, valid_meta(page.meta), page.body, page.meta_lines)
        for path, page in pages.items()
    }
    graph = _Graph(checked)
    context = _Context(graph, site_url)
    result = LinkResult(unresolved=_check_references(graph))
    result.counts = dict(context.counts)
    result.untagged = _untagged(graph)
    result.checked = checked
    builders = {
        "event": context.event,
        "theme": context.theme,
        "person": context.person,
        "capital": context.capital,
        "topic": context.topic,
        "listing": context.listing,
        "index": context.index,
        "source": context.source,
    }
    for path, page in sorted(checked.items()):
        page_type = PAGE_TYPES.get(str(page.meta.get("type")))
        if page_type is None or page_type.zones_template is None:
            continue
        data = {"here": path, "page": _ref(page), **builders[page_type.name](page)}
        result.zones[path] = render_blocks(page_type.zones_template, data)
    return result
