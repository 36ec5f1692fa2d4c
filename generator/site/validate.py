"""Validating pages' front matter against the page-type schemas, all problems at once."""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from generator.site.page_types import COMMON, PAGE_TYPES, PATTERN_MEANINGS
from generator.site.schema import type_schema
from generator.store.pagefile import Page

_VALIDATORS = {
    name: Draft202012Validator(type_schema(t), format_checker=Draft202012Validator.FORMAT_CHECKER)
    for name, t in PAGE_TYPES.items()
}


def _is_date(value: object) -> bool:
    """The "date" format as jsonschema checks it: YYYY-MM-DD, a real day."""
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value, re.ASCII):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _compiled(schema: Mapping[str, Any]) -> Callable[[Any], Any]:
    schema = {k: v for k, v in schema.items() if k != "$schema"}  # no keyword it lacks
    return fastjsonschema.compile(schema, formats={"date": _is_date})


_FAST = {name: _compiled(type_schema(t)) for name, t in PAGE_TYPES.items()}
"""The same schemas compiled to Python (fastjsonschema, 15x faster): a page they pass
is valid and needs no more; any other goes through jsonschema, which words the errors and
has the last word (``tests/test_validate.py`` holds the two to the same answers)."""


def fast_valid(page_type: str, meta: Mapping[str, Any]) -> bool:
    """Whether ``meta`` is valid front matter for ``page_type``, the quick way. False
    means "ask jsonschema", never "invalid" on its own."""
    check = _FAST.get(page_type)
    if check is None:
        return False
    try:
        check(meta)
    except Exception:
        return False
    return True


_TYPES = ", ".join(sorted(PAGE_TYPES))


def _messages(error: ValidationError) -> list[tuple[str | None, str]]:
    """(top-level key, message) for one schema error; an unknown key names the nearest
    known one."""
    if error.validator == "additionalProperties" and not error.path:
        schema = error.schema if isinstance(error.schema, dict) else {}
        instance = error.instance if isinstance(error.instance, dict) else {}
        known = sorted(schema.get("properties", {}))
        out: list[tuple[str | None, str]] = []
        for extra in sorted(set(instance) - set(known), key=str):
            near = difflib.get_close_matches(str(extra), known, n=1, cutoff=0.6)
            hint = f"; did you mean '{near[0]}'?" if near else ""
            out.append((str(extra), f"unknown key {_shown(extra)}{hint}"))
        return out
    return [_message(error)]


def _message(error: ValidationError) -> tuple[str | None, str]:
    """(top-level key, message) for one schema error."""
    key = str(error.path[0]) if error.path else None
    if error.validator == "required":
        missing = str(error.message).split("'")[1]
        return missing, f"missing required key '{missing}'"
    if error.validator == "additionalProperties":
        schema = error.schema if isinstance(error.schema, dict) else {}
        instance = error.instance if isinstance(error.instance, dict) else {}
        extra = sorted(set(instance) - set(schema.get("properties", {})))
        return key, f"'{key}': unknown key " + ", ".join(f"'{k}'" for k in extra)
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in list(error.path)[1:])
    if error.validator == "pattern" and error.validator_value in PATTERN_MEANINGS:
        return key, f"'{key}{where}' {PATTERN_MEANINGS[str(error.validator_value)]}"
    return key, f"'{key}{where}': {error.message}"


@cache
def _key_validator(page_type: str, key: str) -> Draft202012Validator | None:
    spec = {**COMMON, **PAGE_TYPES[page_type].keys}.get(key)
    return None if spec is None else Draft202012Validator(spec.schema)


def valid_meta(meta: Mapping[str, Any]) -> dict[str, Any]:
    """The front matter with every key whose value has the wrong shape left out (check
    reports those): what code may rely on. Unknown types keep only nothing."""
    page_type = meta.get("type")
    if not isinstance(page_type, str) or page_type not in PAGE_TYPES:
        return {}
    if fast_valid(page_type, meta):
        return {str(key): value for key, value in meta.items()}
    out: dict[str, Any] = {}
    for key, value in meta.items():
        validator = _key_validator(page_type, str(key))
        if validator is not None and validator.is_valid(value):
            out[str(key)] = value
    return out


def _shown(value: object) -> str:
    """A front-matter value in a message: quoted, escaped, and cut short."""
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    text = text if text.isprintable() else ascii(text)
    return text if len(text) <= 60 else text[:57] + "..."


def validate_pages(pages: Iterable[Page]) -> list[tuple[Page, int, str]]:
    """(page, line, message) for every schema problem, duplicate id and path collision."""
    problems: list[tuple[Page, int, str]] = []
    ids: dict[str, Page] = {}
    folded: dict[str, Page] = {}
    for page in sorted(pages, key=lambda p: p.path):
        meta, lines = page.meta, page.meta_lines
        page_type = meta.get("type")
        if "type" not in meta:
            problems.append((page, 1, f"missing required key 'type' (one of {_TYPES})"))
            continue
        if not isinstance(page_type, str) or page_type not in _VALIDATORS:
            problems.append(
                (
                    page,
                    lines.get("type", 1),
                    f"unknown type {_shown(page_type)} (expected one of {_TYPES})",
                )
            )
            continue
        found = [
            found
            for error in sorted(
                _VALIDATORS[str(page_type)].iter_errors(meta), key=lambda e: list(map(str, e.path))
            )
            for found in _messages(error)
        ] if not fast_valid(page_type, meta) else []  # fmt: skip
        # a misspelt key explains the "missing" one it was meant to be: name the cause only
        meant = {m.rsplit("'", 2)[-2] for _, m in found if m.endswith("?") and "did you mean" in m}
        for key, message in found:
            if message.startswith("missing required key") and key in meant:
                continue
            problems.append((page, lines.get(key or "", 1) if key in lines else 1, message))
        page_id = meta.get("id")
        if isinstance(page_id, str):
            if page_id in ids:
                other = ids[page_id]
                problems.append(
                    (
                        page,
                        lines.get("id", 1),
                        f"duplicate id '{page_id}' (also in content/{other.path})",
                    )
                )
            else:
                ids[page_id] = page
            if isinstance(page_type, str) and not page_id.startswith(page_type + ":"):
                problems.append(
                    (page, lines.get("id", 1), f"id '{page_id}' must start with '{page_type}:'")
                )
        key = page.path.casefold()
        if key in folded:
            problems.append(
                (
                    page,
                    1,
                    f"path collides with content/{folded[key].path} (same name, different case)",
                )
            )
        folded.setdefault(key, page)
    return problems
