"""Page types and their front matter, declared as data.

Each page type names its required and optional keys, what each key holds, and where its
pages live. ``json_schema()`` turns the declaration into the JSON Schema that editors'
tools validate against (``schema/front-matter.schema.json``, kept fresh by a test), and
``generator.site.validate`` validates pages against the same schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ID_PATTERN = r"^(event|theme|person|capital|topic|listing|index):[a-z0-9][a-z0-9\-/]*$"
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"

_STR = {"type": "string"}
SOURCE_PATH = r"^sources/[A-Za-z0-9][A-Za-z0-9._-]{0,119}\.txt$"
_SOURCE = {"type": "string", "pattern": SOURCE_PATH}
PLAIN_TEXT = r"^[^<>]*$"
_PLAIN = {"type": "string", "pattern": PLAIN_TEXT}
"""Titles, names and descriptions are printed into HTML by theme templates; without a
``<`` or ``>`` they can form no element in any renderer, escaped or not."""
_STR_OR_NULL = {"type": ["string", "null"]}
_ID = {"type": "string", "pattern": ID_PATTERN}
ANCHOR_PATTERN = r"^p-\d{1,4}$"

SOURCE_ID = r"^source:[a-z0-9][a-z0-9._-]{0,119}$"
"""A source viewer's id: ``source:`` and its source file's name without ``.txt``,
lowercase (file names may hold ``.`` and ``_``, which other ids do not)."""

PATTERN_MEANINGS = {
    PLAIN_TEXT: "must not contain '<' or '>' (write ‹ and › instead)",
    SOURCE_PATH: "must be 'sources/NAME.txt', the published copy of a seed",
    ID_PATTERN: "must be an id such as 'person:jane-roe' (a type, ':', lowercase words)",
    ANCHOR_PATTERN: "must be 'p-' and a number, such as 'p-3'",
    SOURCE_ID: "must be 'source:' and the source file's name without '.txt', lowercase",
}
"""What each pattern means, for error messages an editor can act on."""
_IDS = {"type": "array", "items": _ID, "uniqueItems": True}
_CAPITAL_IDS = {"type": "array", "items": {"type": "string", "pattern": r"^[a-z0-9\-]+$"}}
_LINES = {
    "type": "array",
    "items": {"type": "integer", "minimum": 1},
    "minItems": 2,
    "maxItems": 2,
}
_HASH = {"type": "string", "pattern": r"^[0-9a-f]{16}$"}
_GENERATED = {
    "type": "object",
    "description": "Set by briefgen on pages it writes; an editor's change is detected with it.",
    "required": ["by", "sources"],
    "additionalProperties": False,
    "properties": {
        "by": {"const": "briefgen"},
        "sources": {"type": "array", "items": _STR, "minItems": 1},
        "digest": {"type": "string", "pattern": r"^sha256:[0-9a-f]{64}$"},
        "base": {
            "type": "object",
            "description": "What briefgen wrote last time (hashes); edits are found with it.",
            "additionalProperties": False,
            "properties": {
                "keys": {"type": "object", "additionalProperties": _HASH},
                "body": _HASH,
                "zones": {"type": "object", "additionalProperties": _HASH},
            },
        },
        "overrides": {"type": "array", "items": _STR},
    },
}


@dataclass(frozen=True)
class Key:
    """One front-matter key of a page type."""

    schema: dict[str, Any]
    description: str
    required: bool = False
    references: str | None = None
    """The page type(s) this key refers to by id, for dangling-reference checks."""


COMMON = {
    "type": Key({"type": "string"}, "The page type.", required=True),
    "id": Key(_ID, "Stable id, `<type>:<slug>`; other pages refer to this page by it.", True),
    "title": Key(_PLAIN, "The page title (no `<` or `>`).", required=True),
    "description": Key(
        _PLAIN, "One-sentence summary for search engines and link previews (no `<` or `>`)."
    ),
    "generated": Key(_GENERATED, "Provenance written by briefgen; leave it alone."),
    "template": Key(
        {"type": "string", "pattern": r"^[a-z][a-z0-9\-]*\.html$"},
        "The theme template (in `theme/`) MkDocs renders the page with.",
    ),
    "hide": Key({"type": "array", "items": _STR}, "Material for MkDocs: parts to hide."),
    "search": Key({"type": "object"}, "Material for MkDocs: search settings for the page."),
}

SENTENCE = {
    "type": "object",
    "required": ["n", "text"],
    "additionalProperties": False,
    "description": "A sentence of the point that a capital voiced or is spoken about in.",
    "properties": {
        "n": {"type": "integer", "minimum": 1, "description": "Its position in the point."},
        "text": _STR,
        "voiced_by": _CAPITAL_IDS,
        "about": _CAPITAL_IDS,
    },
}
POINT = {
    "type": "object",
    "required": ["anchor", "label", "voiced_by", "about", "lines"],
    "additionalProperties": False,
    "properties": {
        "anchor": {"type": "string", "pattern": ANCHOR_PATTERN},
        "label": _STR_OR_NULL,
        "excerpt": {"type": "string", "description": "The point's opening words."},
        "voiced_by": _CAPITAL_IDS,
        "about": _CAPITAL_IDS,
        "topics": {
            "type": "array",
            "items": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9\-]*$"},
            "uniqueItems": True,
            "description": "Topic ids (site_config.yml topics) the point is about.",
        },
        "sentence_count": {
            "type": "integer",
            "minimum": 1,
            "description": "How many sentences the point has.",
        },
        "sentences": {
            "type": "array",
            "items": SENTENCE,
            "description": "Its attributed sentences: capital pages quote these.",
        },
        "lines": _LINES,
        "kind": {"enum": ["point", "intro"]},
    },
}
APPEARANCE = {
    "type": "object",
    "required": ["event", "roles"],
    "additionalProperties": False,
    "properties": {
        "event": _ID,
        "roles": {
            "type": "array",
            "items": {"enum": ["host", "moderator", "speaker", "discussant"]},
            "minItems": 1,
        },
        "titles": {"type": "array", "items": _STR},
        "organization": _STR,
    },
}


@dataclass(frozen=True)
class PageType:
    """What a page of one type must and may say, where it lives and how it is rendered."""

    name: str
    description: str
    folder: str
    """The folder under ``content/`` its pages live in ("" for pages at the top)."""
    keys: dict[str, Key]
    path_format: str | None = None
    """Where a page lives, from its slug (``events/{slug}.md``); None when each page of
    the type names its own path (the index pages)."""
    body_template: str | None = None
    """Markdown template of a generated page's body (``generator/site/templates``)."""
    zones_template: str | None = None
    """Template of the generated zones (fact box, cross-links) the link step fills."""
    theme_template: str = "main.html"
    """The MkDocs theme template (``theme/``), written to the page's ``template:`` key."""

    def page_id(self, slug: str) -> str:
        """The id of the page of this type with this slug (``event:2013-...``)."""
        return f"{self.name}:{slug}"

    def path(self, slug: str) -> str:
        """The path under ``content/`` of the page of this type with this slug."""
        if self.path_format is None:
            raise ValueError(f"pages of type {self.name!r} name their own path")
        return self.path_format.format(slug=slug)


PAGE_TYPES: dict[str, PageType] = {
    "event": PageType(
        "event",
        "One event: the brief itself.",
        "events",
        path_format="events/{slug}.md",
        body_template="event.md.j2",
        zones_template="event-zones.md.j2",
        theme_template="event.html",
        keys={
            "date": Key(
                {"type": ["string", "null"], "pattern": ISO_DATE, "format": "date"},
                "ISO date (YYYY-MM-DD), quoted, or null.",
                True,
            ),
            "subtitle": Key(_PLAIN, "A second title line (a series name), as written."),
            "draft": Key(
                {"type": "boolean"},
                "true: not published (its seed lacks a title or a date). Write them here, "
                "then set it to false.",
            ),
            "date_text": Key(_STR, "The date as the source writes it."),
            "time": Key(_STR, "The time range as the source writes it."),
            "location": Key(_STR_OR_NULL, "Where it took place.", True),
            "event_type": Key(_PLAIN, "The kind of event (Roundtable, Webinar...)."),
            "tense": Key(
                {"enum": ["future", "past"]},
                "'future' when the text was written before the event (an announcement): "
                "readers see it as upcoming until its date has passed.",
            ),
            "host": Key(_ID, "The host (a person id).", references="person"),
            "host_organization": Key(_STR, "The host's organisation as written."),
            "moderators": Key(_IDS, "Moderators (person ids).", True, references="person"),
            "speakers": Key(_IDS, "Speakers (person ids).", True, references="person"),
            "discussants": Key(_IDS, "Discussants (person ids).", True, references="person"),
            "themes": Key(_IDS, "The event's themes, in order (theme ids).", True, "theme"),
            "capitals": Key(_IDS, "Capitals that occur (capital ids).", True, "capital"),
            "source": Key(_SOURCE, "The source text, relative to the site root.", True),
            "image": Key(_STR, "Image marker digits from the source."),
        },
    ),
    "theme": PageType(
        "theme",
        "One theme (section) of an event, with its points.",
        "themes",
        path_format="themes/{slug}.md",
        body_template="theme.md.j2",
        zones_template="theme-zones.md.j2",
        theme_template="theme.html",
        keys={
            "event": Key(_ID, "The event this theme belongs to.", True, references="event"),
            "order": Key({"type": "integer", "minimum": 1}, "Position within the event.", True),
            "points": Key(
                {"type": "array", "items": POINT}, "The points, with attributions.", True
            ),
            "capitals": Key(_IDS, "Capitals that occur (capital ids).", True, "capital"),
            "topics": Key(_IDS, "Topics of its points (topic ids).", references="topic"),
            "source": Key(_SOURCE, "The source text, relative to the site root.", True),
        },
    ),
    "person": PageType(
        "person",
        "One person, however many times and ways they are listed.",
        "people",
        path_format="people/{slug}.md",
        body_template="person.md.j2",
        zones_template="person-zones.md.j2",
        theme_template="person.html",
        keys={
            "name": Key(_PLAIN, "The name as shown.", True),
            "appearances": Key(
                {"type": "array", "items": APPEARANCE, "minItems": 1},
                "Events and roles.",
                True,
                references="event",
            ),
            "bios": Key(
                {"type": "array", "items": _STR},
                "Biographies as given by sources (one of each set that repeat each other).",
            ),
            "names": Key(
                {"type": "array", "items": _PLAIN},
                "Every spelling sources gave, when more than the name shown (merged by case, "
                "width and honorifics, or by an editor's aliases in site_config.yml).",
            ),
            "affiliation": Key(
                _PLAIN, "The organisation of the latest role that clearly names one."
            ),
            "capital": Key(
                _ID,
                "The capital of their institution (a capital id): from people: in "
                "site_config.yml, or the one capital the affiliation names.",
                references="capital",
            ),
        },
    ),
    "capital": PageType(
        "capital",
        "One capital: what its participants said and what was said about it.",
        "capitals",
        path_format="capitals/{slug}.md",
        body_template="capital.md.j2",
        zones_template="capital-zones.md.j2",
        theme_template="capital.html",
        keys={
            "country": Key(_STR, "The country the capital stands for.", True),
        },
    ),
    "topic": PageType(
        "topic",
        "One topic across events: what was said on it, capital by capital.",
        "topics",
        path_format="topics/{slug}.md",
        body_template="topic.md.j2",
        zones_template="topic-zones.md.j2",
        theme_template="topic.html",
        keys={},
    ),
    "listing": PageType(
        "listing",
        "One filtered list (events by year, capital or topic; people by role, the capital "
        "of their institution or initial), a page of at most 50 entries.",
        "browse",
        body_template="listing.md.j2",
        zones_template="listing-zones.md.j2",
        theme_template="main.html",
        keys={
            "by": Key(
                {"enum": ["year", "capital", "topic", "role", "institution", "initial"]},
                "What the list filters by.",
                True,
            ),
            "value": Key(
                {"type": "string", "pattern": r"^[a-z0-9][a-z0-9\-]*$"},
                "The year, capital id, topic id, role or letter.",
                True,
            ),
            "page": Key({"type": "integer", "minimum": 1}, "Which page of the list.", True),
        },
    ),
    "index": PageType(
        "index",
        "A listing page: home, the indexes, the matrix, editor pages.",
        "",
        body_template="index.md.j2",
        zones_template="index-zones.md.j2",
        theme_template="index.html",
        keys={
            "lists": Key(
                {
                    "enum": [
                        "home",
                        "events",
                        "themes",
                        "topics",
                        "people",
                        "capitals",
                        "matrix",
                        "browse",
                        "none",
                    ]
                },
                "What the generated part of the page lists.",
                True,
            ),
        },
    ),
    "source": PageType(
        "source",
        "The source text of an event, line by line, for reading a passage where it stands. "
        "Generated from its seed beside the plain-text copy; not for editing.",
        "sources",
        path_format="sources/{slug}.md",
        body_template="source.md.j2",
        zones_template="source-zones.md.j2",
        theme_template="source.html",
        keys={
            "id": Key(
                {"type": "string", "pattern": SOURCE_ID},
                "Stable id, `source:` and the file name without `.txt`, lowercase.",
                True,
            ),
            "event": Key(_ID, "The event read from this source.", references="event"),
            "source": Key(_SOURCE, "The plain-text copy, relative to the site root.", True),
            "lines": Key({"type": "integer", "minimum": 1}, "How many lines the text has.", True),
        },
    ),
}
