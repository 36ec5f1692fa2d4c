"""From parsed events to pages: one per event, theme, person and capital, plus indexes.

Pure: events and the site config in, ``Page`` objects out. Every piece of source text
goes through ``generator.markdown.text`` so that it renders literally. Cross-link parts
are left as empty link blocks; ``generator.links`` fills them from the page graph.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from slugify import slugify

from generator import markdown as md
from generator.capitals import Gazetteer
from generator.model import Event, Paragraph, Point, Section
from generator.pagefile import LINKS_END, LINKS_START, Page, seal

SOURCES_DIR = "sources"
_ROMANISED = re.compile(r"[(（]([^()（）]+)[)）]\s*$")


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
    return value or "untitled"


def rel(from_path: str, to_path: str) -> str:
    """Relative link from one page (path under content/) to another."""
    return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")


def link_block() -> str:
    return f"{LINKS_START}\n{LINKS_END}"


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
        return f"person:{self.slug}"

    @property
    def path(self) -> str:
        return f"people/{self.slug}.md"


@dataclass(frozen=True)
class EventSource:
    """A parsed event and the seed it came from (path relative to the project root)."""

    event: Event
    seed: str


class _Site:
    """Ids and paths shared across events, assigned deterministically."""

    def __init__(self, sources: Sequence[EventSource]) -> None:
        self.event_slugs: dict[str, str] = {}
        taken: set[str] = set()
        for source in sorted(sources, key=lambda s: s.seed):
            event = source.event
            base = slug(event.title or posixpath.splitext(posixpath.basename(source.seed))[0], 50)
            if event.date:
                base = f"{event.date}-{base}"
            candidate, n = base, 2
            while candidate in taken:
                candidate, n = f"{base}-{n}", n + 1
            taken.add(candidate)
            self.event_slugs[source.seed] = candidate
        self.people: dict[str, _Person] = {}

    def person(self, name: str) -> _Person:
        key = slug(name)
        if key not in self.people:
            self.people[key] = _Person(name, key)
        return self.people[key]


def _event_path(event_slug: str) -> str:
    return f"events/{event_slug}.md"


def _theme_slug(section: Section, order: int) -> str:
    return f"{order:02d}-{slug(section.title or 'points', 50)}"


def _theme_path(event_slug: str, theme_slug: str) -> str:
    return f"themes/{event_slug}/{theme_slug}.md"


def _source_path(seed: str) -> str:
    return f"{SOURCES_DIR}/{posixpath.basename(seed)}"


def _generated(sources: Iterable[str]) -> dict[str, Any]:
    return {"by": "briefgen", "sources": sorted(set(sources)), "digest": ""}


def _capital_links(ids: Sequence[str], here: str, gz: Gazetteer) -> str:
    return ", ".join(
        f"[{md.link_text(gz.by_id[c].name)}]({rel(here, f'capitals/{c}.md')})" for c in ids
    )


def _attribution_line(item: Point | Paragraph, here: str, seed: str, gz: Gazetteer) -> str:
    parts = []
    if item.voiced_by:
        parts.append(f"Voiced by {_capital_links(item.voiced_by, here, gz)}")
    if item.about:
        parts.append(f"About {_capital_links(item.about, here, gz)}")
    where = f"{posixpath.basename(seed)}:{item.lines.start}"
    if item.lines.end != item.lines.start:
        where += f"–{item.lines.end}"
    parts.append(f"Source [{md.link_text(where)}]({rel(here, _source_path(seed))})")
    return '<p class="bg-meta" markdown>' + " · ".join(parts) + "</p>"


def _point_markdown(
    item: Point | Paragraph, anchor: str, here: str, seed: str, gz: Gazetteer
) -> str:
    if isinstance(item, Point) and item.label:
        body = f"**{md.text(item.label)}:** {md.text(item.text)}"
    else:
        body = md.text(item.text)
    css = "bg-point" if isinstance(item, Point) else "bg-intro"
    return f"{body}\n{{: #{anchor} .{css} }}\n\n{_attribution_line(item, here, seed, gz)}"


def _theme_items(section: Section) -> list[tuple[str, Point | Paragraph]]:
    items: list[Point | Paragraph] = [*section.intro, *section.points]
    return [(f"p-{n}", item) for n, item in enumerate(items, start=1)]


def _point_meta(anchor: str, item: Point | Paragraph) -> dict[str, Any]:
    return {
        "anchor": anchor,
        "label": item.label if isinstance(item, Point) else None,
        "excerpt": _first_sentence(item.text, 120),
        "kind": "point" if isinstance(item, Point) else "intro",
        "voiced_by": list(item.voiced_by),
        "about": list(item.about),
        "lines": [item.lines.start, item.lines.end],
    }


def _first_sentence(text: str, limit: int = 200) -> str:
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


def build_pages(sources: Sequence[EventSource], gz: Gazetteer) -> dict[str, Page]:
    """All generated pages (without their cross-link parts), keyed by path."""
    site = _Site(sources)
    pages: dict[str, Page] = {}
    for source in sorted(sources, key=lambda s: s.seed):
        for page in _event_pages(source, site, gz):
            pages[page.path] = page
    for person in site.people.values():
        pages[person.path] = _person_page(person)
    voiced: dict[str, int] = {}
    about: dict[str, int] = {}
    for page in pages.values():
        for point in page.meta.get("points", []) if page.meta["type"] == "theme" else []:
            if point["kind"] == "point":
                for capital_id in point["voiced_by"]:
                    voiced[capital_id] = voiced.get(capital_id, 0) + 1
                for capital_id in point["about"]:
                    about[capital_id] = about.get(capital_id, 0) + 1
    used = {c for p in pages.values() if p.meta["type"] == "theme" for c in p.meta["capitals"]}
    all_sources = sorted(s.seed for s in sources)
    for capital in gz.capitals:
        if f"capital:{capital.id}" in used:
            path = f"capitals/{capital.id}.md"
            pages[path] = Page(
                path,
                {
                    "type": "capital",
                    "id": f"capital:{capital.id}",
                    "title": capital.name,
                    "description": f"What participants from {capital.name} said, and what "
                    f"was said about {capital.country}, theme by theme.",
                    "country": capital.country,
                    "voiced_count": voiced.get(capital.id, 0),
                    "about_count": about.get(capital.id, 0),
                    "generated": _generated(all_sources),
                },
                f"# {md.text(capital.name)}\n\n{link_block()}\n",
            )
    for page in index_pages(all_sources):
        pages[page.path] = page
    schema = schema_page()
    pages[schema.path] = schema
    return {path: _sealed(page) for path, page in sorted(pages.items())}


def _sealed(page: Page) -> Page:
    return seal(page) if page.meta.get("generated") else page


def _event_pages(source: EventSource, site: _Site, gz: Gazetteer) -> list[Page]:
    event, seed = source.event, source.seed
    event_slug = site.event_slugs[seed]
    event_path = _event_path(event_slug)
    event_id = f"event:{event_slug}"
    title = event.title or posixpath.basename(seed)
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
    event_body = [f"# {md.text(title)}", ""]
    if event.subtitle:
        event_body += [f"{md.text(event.subtitle)}\n{{: .bg-subtitle }}", ""]
    for paragraph in event.summary:
        event_body += [md.text(paragraph.text), ""]
    for order, section in enumerate(event.sections, start=1):
        theme_slug = _theme_slug(section, order)
        path = _theme_path(event_slug, theme_slug)
        theme_id = f"theme:{event_slug}/{theme_slug}"
        theme_ids.append(theme_id)
        theme_title = section.title or f"{title}: points raised"
        items = _theme_items(section)
        section_capitals = _capitals_of(section)
        capitals += [c for c in section_capitals if c not in capitals]
        theme_body = [
            f"# {md.text(theme_title)}",
            "",
            f'<p class="bg-context" markdown>A theme of [{md.link_text(title)}]'
            f"({rel(path, event_path)})</p>",
            "",
        ]
        event_body += [f"## [{md.link_text(theme_title)}]({rel(event_path, path)})", ""]
        for anchor, item in items:
            theme_body += [_point_markdown(item, anchor, path, seed, gz), ""]
            event_body += [_point_markdown(item, f"t{order}-{anchor}", event_path, seed, gz), ""]
        theme_body.append(link_block())
        pages.append(
            Page(
                path,
                {
                    "type": "theme",
                    "id": theme_id,
                    "title": theme_title,
                    "description": _first_sentence(
                        (section.intro[0].text if section.intro else "")
                        or (section.points[0].text if section.points else theme_title)
                    ),
                    "event": event_id,
                    "order": order,
                    "points": [_point_meta(anchor, item) for anchor, item in items],
                    "capitals": [f"capital:{c}" for c in section_capitals],
                    "source": _source_path(seed),
                    "generated": _generated([seed]),
                },
                "\n".join(theme_body) + "\n",
            )
        )
    notes = _source_notes(event, event_path, seed)
    event_body += [*notes, link_block()]
    meta: dict[str, Any] = {
        "type": "event",
        "id": event_id,
        "title": title,
        "description": _first_sentence(event.summary[0].text) if event.summary else title,
        "date": event.date,
    }
    if event.subtitle:
        meta["subtitle"] = event.subtitle
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
        "capitals": [f"capital:{c}" for c in capitals],
        "source": _source_path(seed),
    }
    if event.image:
        meta["image"] = event.image
    meta["generated"] = _generated([seed])
    pages.insert(0, Page(event_path, meta, "\n".join(event_body) + "\n"))
    return pages


def _source_notes(event: Event, here: str, seed: str) -> list[str]:
    """Disclaimer and unplaced text: kept on the page, never thrown away."""
    out: list[str] = []
    source_link = f"[the source text]({rel(here, _source_path(seed))})"
    if event.unclassified:
        out += [
            "## Unclassified source text",
            "",
            f"These passages of {source_link} could not be placed; they are shown as written.",
            "",
        ]
        for item in event.unclassified:
            out += [f"{md.text(item.text)}\n{{: .bg-unclassified }}", ""]
    if event.disclaimer is not None:
        out += [
            f'<div class="bg-disclaimer" markdown>\n{md.text(event.disclaimer.text)}\n</div>',
            "",
        ]
    return out


def _person_page(person: _Person) -> Page:
    body = [f"# {md.text(person.name)}", ""]
    for bio in person.bios:
        body += [md.text(bio), ""]
        if bio in person.cut_bios:
            body += ['<p class="bg-note">The source page ends here; the rest is missing.</p>', ""]
    body.append(link_block())
    titles = [t for a in person.appearances.values() for t in a.get("titles", [])]
    description = person.bios[0] if person.bios else (titles[0] if titles else person.name)
    meta: dict[str, Any] = {
        "type": "person",
        "id": person.id,
        "title": person.name,
        "description": _first_sentence(description),
        "name": person.name,
        "appearances": [person.appearances[k] for k in sorted(person.appearances)],
    }
    if person.bios:
        meta["bios"] = list(person.bios)
    meta["generated"] = _generated(person.sources)
    return Page(person.path, meta, "\n".join(body) + "\n")


INDEXES: tuple[tuple[str, str, str, str, str], ...] = (
    ("index.md", "index:home", "home", "Event briefs",
     "Summaries of roundtables and dialogues: the events, their themes, the people who "
     "spoke, and what was said from and about each capital."),
    ("events/index.md", "index:events", "events", "Events", "Every event, newest first."),
    ("themes/index.md", "index:themes", "themes", "Themes", "Every theme, by event."),
    ("people/index.md", "index:people", "people", "People",
     "Hosts, moderators, speakers and discussants, with the events they took part in."),
    ("capitals/index.md", "index:capitals", "capitals", "Capitals",
     "What participants from each capital said, and what was said about it."),
    ("matrix.md", "index:matrix", "matrix", "Themes by capital",
     "Each theme against each capital: the points voiced by its participants or about it."),
)  # fmt: skip


def index_pages(sources: Sequence[str]) -> list[Page]:
    pages = []
    for path, page_id, lists, title, description in INDEXES:
        meta = {
            "type": "index",
            "id": page_id,
            "title": title,
            "description": description,
            "lists": lists,
            "generated": _generated(sources or ["site_config.yml"]),
        }
        body = f"# {md.text(title)}\n\n{md.text(description)}\n\n{link_block()}\n"
        pages.append(Page(path, meta, body))
    return pages


SCHEMA_FILE = "schema/front-matter.schema.json"


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
    """The editors' reference for front matter, generated from ``generator.schema``."""
    from generator.schema import COMMON, PAGE_TYPES

    body = [
        "# Front matter reference",
        "",
        "Every page in `content/` starts with YAML front matter between `---` lines. "
        "`briefgen check` validates it and prints `path:line: message` for each problem. "
        f"Editors' tools can validate against [the JSON Schema](front-matter.schema.json) "
        f"(also in the repository as `{SCHEMA_FILE}`).",
        "",
        'Quote every string value (`title: "Seoul"`): unquoted, YAML reads `NO` as false '
        "and `2013-04-22` as a date. A key may appear only once.",
        "",
        "## Keys on every page",
        "",
        "| key | required | value | meaning |",
        "|---|---|---|---|",
    ]
    for name, key in COMMON.items():
        body.append(
            f"| `{name}` | {'yes' if key.required else 'no'} | {_schema_type(key.schema)} | "
            f"{md.text(key.description)} |"
        )
    for page_type in PAGE_TYPES.values():
        body += [
            "",
            f"## `type: {page_type.name}`",
            "",
            md.text(page_type.description)
            + (f" Pages live in `content/{page_type.folder}/`." if page_type.folder else ""),
            "",
            "| key | required | value | meaning |",
            "|---|---|---|---|",
        ]
        for name, key in page_type.keys.items():
            body.append(
                f"| `{name}` | {'yes' if key.required else 'no'} | {_schema_type(key.schema)} | "
                f"{md.text(key.description)} |"
            )
    meta = {
        "type": "index",
        "id": "index:front-matter",
        "title": "Front matter reference",
        "description": "Every front-matter key of every page type, generated from the schema.",
        "lists": "none",
        "generated": _generated([SCHEMA_FILE]),
    }
    return Page("editors/front-matter.md", meta, "\n".join(body) + "\n")
