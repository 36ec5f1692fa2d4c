"""Page types and their front matter, declared as data.

Each page type names its required and optional keys, what each key holds, and where its
pages live. ``json_schema()`` turns the declaration into the JSON Schema that editors'
tools validate against (``schema/front-matter.schema.json``, kept fresh by a test), and
``generator.check`` validates pages against the same schema.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

ID_PATTERN = r"^(event|theme|person|capital|index):[a-z0-9][a-z0-9\-/]*$"
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"

_STR = {"type": "string"}
_STR_OR_NULL = {"type": ["string", "null"]}
_ID = {"type": "string", "pattern": ID_PATTERN}
_IDS = {"type": "array", "items": _ID, "uniqueItems": True}
_CAPITAL_IDS = {"type": "array", "items": {"type": "string", "pattern": r"^[a-z0-9\-]+$"}}
_LINES = {
    "type": "array",
    "items": {"type": "integer", "minimum": 1},
    "minItems": 2,
    "maxItems": 2,
}
_GENERATED = {
    "type": "object",
    "description": "Set by briefgen on pages it writes; an editor's change is detected with it.",
    "required": ["by", "sources", "digest"],
    "additionalProperties": False,
    "properties": {
        "by": {"const": "briefgen"},
        "sources": {"type": "array", "items": _STR, "minItems": 1},
        "digest": {"type": "string", "pattern": r"^sha256:[0-9a-f]{64}$"},
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
    "title": Key(_STR, "The page title.", required=True),
    "description": Key(_STR, "One-sentence summary used for search engines and link previews."),
    "generated": Key(_GENERATED, "Provenance written by briefgen; leave it alone."),
    "hide": Key({"type": "array", "items": _STR}, "Material for MkDocs: parts to hide."),
    "search": Key({"type": "object"}, "Material for MkDocs: search settings for the page."),
}

POINT = {
    "type": "object",
    "required": ["anchor", "label", "voiced_by", "about", "lines"],
    "additionalProperties": False,
    "properties": {
        "anchor": {"type": "string", "pattern": r"^p-\d+$"},
        "label": _STR_OR_NULL,
        "excerpt": {"type": "string", "description": "The point's opening words."},
        "voiced_by": _CAPITAL_IDS,
        "about": _CAPITAL_IDS,
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
    """What a page of one type must and may say, and where it lives."""

    name: str
    description: str
    folder: str
    keys: dict[str, Key]


PAGE_TYPES: dict[str, PageType] = {
    "event": PageType(
        "event",
        "One event: the brief itself.",
        "events",
        {
            "date": Key(
                {"type": ["string", "null"], "pattern": ISO_DATE, "format": "date"},
                "ISO date (YYYY-MM-DD), quoted, or null.",
                True,
            ),
            "subtitle": Key(_STR, "A second title line (a series name), as written."),
            "date_text": Key(_STR, "The date as the source writes it."),
            "time": Key(_STR, "The time range as the source writes it."),
            "location": Key(_STR_OR_NULL, "Where it took place.", True),
            "host": Key(_ID, "The host (a person id).", references="person"),
            "host_organization": Key(_STR, "The host's organisation as written."),
            "moderators": Key(_IDS, "Moderators (person ids).", True, references="person"),
            "speakers": Key(_IDS, "Speakers (person ids).", True, references="person"),
            "discussants": Key(_IDS, "Discussants (person ids).", True, references="person"),
            "themes": Key(_IDS, "The event's themes, in order (theme ids).", True, "theme"),
            "capitals": Key(_IDS, "Capitals that occur (capital ids).", True, "capital"),
            "source": Key(_STR, "The source text, relative to the site root.", True),
            "image": Key(_STR, "Image marker digits from the source."),
        },
    ),
    "theme": PageType(
        "theme",
        "One theme (section) of an event, with its points.",
        "themes",
        {
            "event": Key(_ID, "The event this theme belongs to.", True, references="event"),
            "order": Key({"type": "integer", "minimum": 1}, "Position within the event.", True),
            "points": Key(
                {"type": "array", "items": POINT}, "The points, with attributions.", True
            ),
            "capitals": Key(_IDS, "Capitals that occur (capital ids).", True, "capital"),
            "source": Key(_STR, "The source text, relative to the site root.", True),
        },
    ),
    "person": PageType(
        "person",
        "One person, however many times and ways they are listed.",
        "people",
        {
            "name": Key(_STR, "The name as shown.", True),
            "appearances": Key(
                {"type": "array", "items": APPEARANCE, "minItems": 1},
                "Events and roles.",
                True,
                references="event",
            ),
            "bios": Key({"type": "array", "items": _STR}, "Biographies as given by sources."),
        },
    ),
    "capital": PageType(
        "capital",
        "One capital: what its participants said and what was said about it.",
        "capitals",
        {
            "country": Key(_STR, "The country the capital stands for.", True),
            "voiced_count": Key({"type": "integer", "minimum": 0}, "Points voiced.", True),
            "about_count": Key({"type": "integer", "minimum": 0}, "Points about it.", True),
        },
    ),
    "index": PageType(
        "index",
        "A listing page: home, the indexes, the matrix, editor pages.",
        "",
        {
            "lists": Key(
                {"enum": ["home", "events", "themes", "people", "capitals", "matrix", "none"]},
                "What the generated part of the page lists.",
                True,
            ),
        },
    ),
}


def type_schema(page_type: PageType) -> dict[str, Any]:
    """The JSON Schema for the front matter of one page type."""
    keys = {**COMMON, **page_type.keys}
    properties = {
        name: {**key.schema, "description": key.description} for name, key in keys.items()
    }
    properties["type"] = {"const": page_type.name, "description": page_type.description}
    return {
        "type": "object",
        "required": sorted(name for name, key in keys.items() if key.required),
        "properties": properties,
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) for the front matter of every page type."""
    branches = [
        {
            "if": {"properties": {"type": {"const": t.name}}, "required": ["type"]},
            "then": type_schema(t),
        }
        for t in PAGE_TYPES.values()
    ]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://briefgen.invalid/front-matter.schema.json",
        "title": "briefgen page front matter",
        "type": "object",
        "required": ["type", "id", "title"],
        "properties": {"type": {"enum": sorted(PAGE_TYPES)}},
        "allOf": branches,
    }


def schema_text() -> str:
    """The committed form of the schema: sorted, indented, one final newline."""
    return json.dumps(json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
