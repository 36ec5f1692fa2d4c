"""Filtered indexes: events by year, by capital and by topic; people by role, by the
capital of their institution and by initial. Static pages, no JavaScript, each at most
``PAGE_SIZE`` entries (later entries on numbered pages), all reachable from the browse
hub (``browse/index.md``), which home and the indexes link.

Membership is computed from front matter (``members``), once for the pages that are
planned and again, identically, when their zones are filled, so an editor's correction
(a date, a capital, a topic, a role) moves an event or a person to the right lists.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from slugify import slugify

from generator.store.pagefile import Page

PAGE_SIZE = 50
"""Entries on one listing page: every listing page stays small at any archive size."""
ROLES = ("host", "moderator", "speaker", "discussant")
KINDS = ("year", "capital", "topic", "role", "institution", "initial")
"""``institution``: people whose institution is in a capital; ``initial``: people by the
first letter of their name."""


@dataclass(frozen=True)
class Listing:
    """One filtered list: what it filters by, the value, and its members (paths)."""

    kind: str
    value: str
    members: tuple[str, ...]

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.members) // PAGE_SIZE))

    def path(self, number: int = 1) -> str:
        return listing_path(self.kind, self.value, number)


def listing_path(kind: str, value: str, number: int = 1) -> str:
    """Where page ``number`` of a listing lives (``browse/year/2013.md``, then
    ``browse/year/2013-2.md``...)."""
    suffix = "" if number == 1 else f"-{number}"
    return f"browse/{kind}/{value}{suffix}.md"


def _short(value: Any) -> str:
    return str(value).split(":", 1)[-1]


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def initial(name: str) -> str:
    """The index letter of a name: its first letter folded to a-z, else ``other``."""
    first = slugify(name.strip()[:1] or "-")[:1]
    return first if re.fullmatch(r"[a-z]", first) else "other"


def members(pages: Mapping[str, Page]) -> dict[tuple[str, str], Listing]:
    """Every listing the pages call for, with its members in display order: events
    newest first, people by name. Front matter must have been checked (``valid_meta``)."""
    events = sorted(
        (
            p
            for p in pages.values()
            if p.meta.get("type") == "event" and p.meta.get("draft") is not True
        ),
        key=lambda e: (str(e.meta.get("date") or ""), e.path),
        reverse=True,
    )
    published = {str(e.meta.get("id")) for e in events}
    topics_of: dict[str, set[str]] = {}
    for page in pages.values():
        if page.meta.get("type") != "theme" or str(page.meta.get("event")) not in published:
            continue
        tags = topics_of.setdefault(str(page.meta.get("event")), set())
        for point in page.meta.get("points") or []:
            if isinstance(point, dict):
                tags.update(_strings(point.get("topics")))
    known = {
        (str(p.meta.get("type")), _short(p.meta.get("id")))
        for p in pages.values()
        if p.meta.get("type") in ("capital", "topic")
    }
    found: dict[tuple[str, str], list[str]] = {}
    for event in events:
        date = str(event.meta.get("date") or "")
        if re.match(r"^\d{4}-", date):
            found.setdefault(("year", date[:4]), []).append(event.path)
        for capital in _strings(event.meta.get("capitals")):
            if ("capital", _short(capital)) in known:
                found.setdefault(("capital", _short(capital)), []).append(event.path)
        for topic in sorted(topics_of.get(str(event.meta.get("id")), ())):
            if ("topic", topic) in known:
                found.setdefault(("topic", topic), []).append(event.path)
    people = sorted(
        (p for p in pages.values() if p.meta.get("type") == "person"),
        key=lambda p: (str(p.meta.get("title") or "").casefold(), p.path),
    )
    for person in people:
        appearances = [
            a
            for a in person.meta.get("appearances") or []
            if isinstance(a, dict) and str(a.get("event")) in published
        ]
        name = str(person.meta.get("name") or person.meta.get("title") or "")
        found.setdefault(("initial", initial(name)), []).append(person.path)  # every person
        roles = {r for a in appearances for r in _strings(a.get("roles"))}
        for role in ROLES:
            if role in roles:
                found.setdefault(("role", role), []).append(person.path)
        home = person.meta.get("capital")
        if appearances and isinstance(home, str) and ("capital", _short(home)) in known:
            found.setdefault(("institution", _short(home)), []).append(person.path)
    return {key: Listing(key[0], key[1], tuple(paths)) for key, paths in sorted(found.items())}
