"""The JSON Schema of page front matter, derived from the page-type registry.

Committed as ``schema/front-matter.schema.json`` (a test fails when it is stale) and
published for editors' tools; ``generator.site.validate`` checks pages against it.
"""

from __future__ import annotations

import json
from typing import Any

from generator.site.page_types import COMMON, PAGE_TYPES, PageType


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
