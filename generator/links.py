"""The link step: from every page's front matter to the cross-link parts of each page.

``link(pages)`` is pure: it builds the graph of events, themes, points, people and
capitals from front matter alone (generated and hand-written pages alike) and returns
the Markdown for each page's link block plus the references it could not resolve, each
as ``(path, line, message)`` with the source path first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator import markdown as md
from generator.pagefile import Page
from generator.pages import rel
from generator.schema import PAGE_TYPES

RECENT_EVENTS = 12
"""Capital pages and the matrix show this many of the latest events in full and list the
earlier ones a line each, so that their weight stays bounded as events accumulate."""


@dataclass(frozen=True)
class Unresolved:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class LinkResult:
    blocks: dict[str, str] = field(default_factory=dict)
    """Markdown for the link block of each page that has one, by path."""
    unresolved: list[Unresolved] = field(default_factory=list)


@dataclass(frozen=True)
class _PointRef:
    """A point (or section intro) of a theme page, as its front matter lists it."""

    theme: Page
    anchor: str
    label: str | None
    kind: str
    number: int
    """Position among the theme's points (intros not counted)."""
    voiced_by: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    excerpt: str | None = None


def _points_of(theme: Page) -> list[_PointRef]:
    refs = []
    number = 0
    for point in theme.meta.get("points") or []:
        if not isinstance(point, dict):
            continue
        kind = str(point.get("kind", "point"))
        if kind == "point":
            number += 1
        refs.append(
            _PointRef(
                theme,
                str(point.get("anchor")),
                point.get("label"),
                kind,
                number,
                tuple(str(c) for c in point.get("voiced_by") or []),
                tuple(str(c) for c in point.get("about") or []),
                point.get("excerpt"),
            )
        )
    return refs


class _Graph:
    def __init__(self, pages: Mapping[str, Page]) -> None:
        self.pages = pages
        self.by_id: dict[str, Page] = {}
        for page in sorted(pages.values(), key=lambda p: p.path):
            page_id = page.meta.get("id")
            if isinstance(page_id, str) and page_id not in self.by_id:
                self.by_id[page_id] = page
        self.recent_ids = {e.meta.get("id") for e in self.events()[:RECENT_EVENTS]}
        self._themes = self._sorted_themes()
        self._by_event: dict[str, list[Page]] = defaultdict(list)
        for theme in self._themes:
            self._by_event[str(theme.meta.get("event"))].append(theme)

    def of_type(self, name: str) -> list[Page]:
        return [p for p in self.by_id.values() if p.meta.get("type") == name]

    def title(self, page: Page) -> str:
        return str(page.meta.get("title") or page.path)

    def link(self, here: str, target: Page, text: str | None = None) -> str:
        label = md.link_text(text if text is not None else self.title(target))
        return f"[{label}]({rel(here, target.path)})"

    def event_of(self, theme: Page) -> Page | None:
        return self.by_id.get(str(theme.meta.get("event")))

    def themes(self) -> list[Page]:
        """Every theme, by event and order (computed once)."""
        return self._themes

    def themes_of(self, event: Page) -> list[Page]:
        """The themes that name ``event``, in order."""
        return self._by_event.get(str(event.meta.get("id")), [])

    def _sorted_themes(self) -> list[Page]:
        def key(theme: Page) -> tuple[str, int, str]:
            event = self.event_of(theme)
            return (event.path if event else "", int(theme.meta.get("order") or 0), theme.path)

        return sorted(self.of_type("theme"), key=key)

    def events(self) -> list[Page]:
        return sorted(
            self.of_type("event"),
            key=lambda e: (str(e.meta.get("date") or ""), e.path),
            reverse=True,
        )

    def recent(self, theme: Page) -> bool:
        """Whether the theme belongs to one of the latest ``RECENT_EVENTS`` events."""
        return theme.meta.get("event") in self.recent_ids


def _check_references(graph: _Graph) -> list[Unresolved]:
    problems: list[Unresolved] = []
    capital_ids = {p.meta["id"].split(":", 1)[1] for p in graph.of_type("capital")}
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
                        Unresolved(
                            page.path,
                            line,
                            f"'{key_name}' refers to unknown {key.references} '{ref}'",
                        )
                    )
        for point in page.meta.get("points") or []:
            if not isinstance(point, dict):
                continue
            for key_name in ("voiced_by", "about"):
                for capital in point.get(key_name) or []:
                    if capital not in capital_ids:
                        problems.append(
                            Unresolved(
                                page.path,
                                page.meta_lines.get("points", 1),
                                f"point '{point.get('anchor')}' {key_name} "
                                f"unknown capital '{capital}'",
                            )
                        )
    return problems


def _references(value: Any, key: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        if key == "appearances":
            return [str(v.get("event")) for v in value if isinstance(v, dict)]
        return [str(v) for v in value if isinstance(v, str)]
    return []


def _point_name(point: _PointRef) -> str:
    if point.label:
        return point.label
    return "Introduction" if point.kind == "intro" else f"Point {point.number}"


def _capital_points(graph: _Graph) -> dict[str, dict[str, list[_PointRef]]]:
    """capital id -> {"voiced": [...], "about": [...]}, in theme and point order."""
    found: dict[str, dict[str, list[_PointRef]]] = defaultdict(lambda: {"voiced": [], "about": []})
    for theme in graph.themes():
        for ref in _points_of(theme):
            for capital in ref.voiced_by:
                found[capital]["voiced"].append(ref)
            for capital in ref.about:
                found[capital]["about"].append(ref)
    return found


def _grouped(graph: _Graph, here: str, refs: list[_PointRef]) -> list[str]:
    out: list[str] = []
    current: Page | None = None
    for ref in refs:
        if ref.theme is not current:
            current = ref.theme
            event = graph.event_of(ref.theme)
            suffix = f" ({graph.link(here, event)})" if event else ""
            out += ["", f"### {graph.link(here, ref.theme)}{suffix}", ""]
        target = f"{rel(here, ref.theme.path)}#{ref.anchor}"
        excerpt = f": {md.text(ref.excerpt)}" if ref.excerpt else ""
        out.append(f"- [{md.link_text(_point_name(ref))}]({target}){excerpt}")
    return out


def _count(n: int, noun: str) -> str:
    return f"**{n}** {noun}" + ("" if n == 1 else "s")


def _capital_block(graph: _Graph, page: Page, points: dict[str, list[_PointRef]]) -> str:
    here = page.path
    name = graph.title(page)
    intros_voiced = sum(1 for r in points["voiced"] if r.kind == "intro")
    lines = [
        '<div class="bg-counts" markdown>',
        f"{_count(len(points['voiced']) - intros_voiced, 'point')} and "
        f"{_count(intros_voiced, 'section introduction')} voiced by participants from "
        f"{md.text(name)} · {_count(len(points['about']), 'passage')} about {md.text(name)}",
        "</div>",
    ]
    earlier = _earlier_counts(graph, points)
    nothing = "Nothing in the latest events." if earlier else "Nothing yet."
    for key, heading in (("voiced", f"Voiced by participants from {md.text(name)}"),
                         ("about", f"About {md.text(name)}")):  # fmt: skip
        recent = [r for r in points[key] if graph.recent(r.theme)]
        lines += ["", f"## {heading}"]
        lines += _grouped(graph, here, recent) or ["", nothing]
    if earlier:
        lines += ["", "## Earlier events", ""]
        for event, voiced, about in earlier:
            date = f"{event.meta['date']} · " if event.meta.get("date") else ""
            lines.append(f"- {date}{graph.link(here, event)}: {voiced} voiced, {about} about")
    return "\n".join(lines)


def _earlier_counts(
    graph: _Graph, points: dict[str, list[_PointRef]]
) -> list[tuple[Page, int, int]]:
    """(event, passages voiced, passages about) for events older than the latest ones."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for column, key in enumerate(("voiced", "about")):
        for ref in points[key]:
            if not graph.recent(ref.theme):
                counts[str(ref.theme.meta.get("event"))][column] += 1
    return [
        (event, *counts[str(event.meta.get("id"))])  # type: ignore[misc]
        for event in graph.events()
        if str(event.meta.get("id")) in counts
    ]


def _event_block(graph: _Graph, page: Page) -> str:
    here = page.path
    lines = ["## People", ""]
    roles = [("host", "Host"), ("moderators", "Moderators"), ("speakers", "Speakers"),
             ("discussants", "Discussants")]  # fmt: skip
    for key, label in roles:
        value = page.meta.get(key)
        ids = [value] if isinstance(value, str) else list(value or [])
        people = [graph.by_id[i] for i in ids if i in graph.by_id]
        if people:
            lines.append(f"- **{label}:** " + ", ".join(graph.link(here, p) for p in people))
    capitals = [graph.by_id[c] for c in page.meta.get("capitals") or [] if c in graph.by_id]
    if capitals:
        lines += ["", "## Capitals", ""]
        lines += ["- " + ", ".join(graph.link(here, c) for c in capitals)]
    listed = page.meta.get("themes") or []
    extra = [t for t in graph.themes_of(page) if t.meta.get("id") not in listed]
    if extra:
        lines += ["", "## More themes", ""] + [f"- {graph.link(here, t)}" for t in extra]
    return "\n".join(lines)


def _theme_block(graph: _Graph, page: Page) -> str:
    here = page.path
    lines: list[str] = []
    capitals = [graph.by_id[c] for c in page.meta.get("capitals") or [] if c in graph.by_id]
    if capitals:
        lines += ["## Capitals in this theme", ""]
        for capital in capitals:
            short = capital.meta["id"].split(":", 1)[1]
            voiced, about = [], []
            for ref in _points_of(page):
                anchor = f"[{md.link_text(_point_name(ref))}](#{ref.anchor})"
                if short in ref.voiced_by:
                    voiced.append(anchor)
                if short in ref.about:
                    about.append(anchor)
            parts = []
            if voiced:
                parts.append("voiced " + ", ".join(voiced))
            if about:
                parts.append("about it " + ", ".join(about))
            lines.append(f"- {graph.link(here, capital)}: " + "; ".join(parts))
    event = graph.event_of(page)
    if event is not None:
        siblings = [t for t in graph.themes_of(event) if t is not page]
        if siblings:
            lines += ["", f"## Other themes of {graph.link(here, event)}", ""]
            lines += [f"- {graph.link(here, t)}" for t in siblings]
    return "\n".join(lines)


_ROLE_NAMES = {
    "host": "host",
    "moderator": "moderator",
    "speaker": "speaker",
    "discussant": "discussant",
}


def _person_block(graph: _Graph, page: Page) -> str:
    here = page.path
    lines = ["## Events", ""]
    for appearance in page.meta.get("appearances") or []:
        event = graph.by_id.get(str(appearance.get("event")))
        if event is None:
            continue
        roles = ", ".join(_ROLE_NAMES.get(r, str(r)) for r in appearance.get("roles") or [])
        date = f"{event.meta['date']} · " if event.meta.get("date") else ""
        line = f"- {date}{graph.link(here, event)}: {md.text(roles)}"
        titles = appearance.get("titles") or []
        if titles:
            line += " (" + "; ".join(md.text(str(t)) for t in titles) + ")"
        lines.append(line)
    return "\n".join(lines)


def _index_block(
    graph: _Graph, page: Page, capital_points: dict[str, dict[str, list[_PointRef]]]
) -> str:
    here = page.path
    lists = page.meta.get("lists")
    events = graph.events()
    if lists == "home":
        lines = ["## Events", ""]
        lines += [_event_line(graph, here, e) for e in events]
        lines += ["", "## Capitals", ""]
        lines += [
            f"- {graph.link(here, c)}" for c in sorted(graph.of_type("capital"), key=graph.title)
        ]
        lines += ["", "## Browse", ""]
        for target_id in (
            "index:events",
            "index:themes",
            "index:people",
            "index:capitals",
            "index:matrix",
        ):
            if target_id in graph.by_id:
                lines.append(f"- {graph.link(here, graph.by_id[target_id])}")
        return "\n".join(lines)
    if lists == "events":
        return "\n".join(_event_line(graph, here, e) for e in events)
    if lists == "themes":
        lines = []
        for event in events[:RECENT_EVENTS]:
            themes = graph.themes_of(event)
            if themes:
                lines += ["", f"## {graph.link(here, event)}", ""]
                lines += [f"- {graph.link(here, t)}" for t in themes]
        earlier = [e for e in events[RECENT_EVENTS:] if graph.themes_of(e)]
        if earlier:
            lines += ["", "## Earlier events", ""]
            lines += [
                f"{_event_line(graph, here, e)}: {len(graph.themes_of(e))} themes" for e in earlier
            ]
        return "\n".join(lines).strip()
    if lists == "people":
        people = sorted(graph.of_type("person"), key=lambda p: (graph.title(p).casefold(), p.path))
        lines = []
        for person in people:
            roles = sorted(
                {r for a in person.meta.get("appearances") or [] for r in a.get("roles") or []}
            )
            lines.append(f"- {graph.link(here, person)}: {md.text(', '.join(roles))}")
        return "\n".join(lines)
    if lists == "capitals":
        lines = []
        for capital in sorted(graph.of_type("capital"), key=graph.title):
            points = capital_points.get(
                capital.meta["id"].split(":", 1)[1], {"voiced": [], "about": []}
            )
            lines.append(
                f"- {graph.link(here, capital)}: {len(points['voiced'])} voiced, "
                f"{len(points['about'])} about"
            )
        return "\n".join(lines)
    if lists == "matrix":
        return _matrix(graph, here)
    return ""


def _event_line(graph: _Graph, here: str, event: Page) -> str:
    date = f"{event.meta['date']} · " if event.meta.get("date") else ""
    place = f" · {md.text(str(event.meta['location']))}" if event.meta.get("location") else ""
    return f"- {date}{graph.link(here, event)}{place}"


def _matrix(graph: _Graph, here: str) -> str:
    capitals = sorted(graph.of_type("capital"), key=graph.title)
    header = "| Theme | " + " | ".join(graph.link(here, c) for c in capitals) + " |"
    lines = [header, "|" + "---|" * (len(capitals) + 1)]
    for theme in [t for t in graph.themes() if graph.recent(t)]:
        cells = []
        for capital in capitals:
            short = capital.meta["id"].split(":", 1)[1]
            entries = []
            for ref in _points_of(theme):
                if ref.kind != "point":
                    continue
                marks = [m for m, ids in (("voiced", ref.voiced_by), ("about", ref.about))
                         if short in ids]  # fmt: skip
                if marks:
                    target = f"{rel(here, theme.path)}#{ref.anchor}"
                    entries.append(
                        f"[{md.link_text(_point_name(ref))}]({target}) "
                        f"<small>{'/'.join(marks)}</small>"
                    )
            cells.append("<br>".join(entries) or "–")
        lines.append(f"| {graph.link(here, theme)} | " + " | ".join(cells) + " |")
    earlier = graph.events()[RECENT_EVENTS:]
    if earlier:
        lines += ["", "## Earlier events", ""]
        lines += [_event_line(graph, here, e) for e in earlier]
    return "\n".join(lines)


def link(pages: Mapping[str, Page]) -> LinkResult:
    """Compute every page's link block from the page graph; report dangling references."""
    graph = _Graph(pages)
    result = LinkResult(unresolved=_check_references(graph))
    capital_points = _capital_points(graph)
    for path, page in sorted(pages.items()):
        kind = page.meta.get("type")
        if kind == "capital":
            short = str(page.meta.get("id", "")).split(":", 1)[-1]
            block = _capital_block(
                graph, page, capital_points.get(short, {"voiced": [], "about": []})
            )
        elif kind == "event":
            block = _event_block(graph, page)
        elif kind == "theme":
            block = _theme_block(graph, page)
        elif kind == "person":
            block = _person_block(graph, page)
        elif kind == "index":
            block = _index_block(graph, page, capital_points)
        else:
            continue
        result.blocks[path] = block
    return result
