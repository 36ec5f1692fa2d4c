"""Loading ``site_config.yml``: the capitals the site follows and the names that point at
them, the topics the archive gathers across events, and the editors' ``people:``
entries (who is who). The site's own settings (name,
address, description, edit link) live in ``mkdocs.yml``
(``generator.store.site_settings``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from generator.parse.capitals import Gazetteer, gazetteer_from_config
from generator.problems import Problem
from generator.site.people import PersonEntry, entry_problems
from generator.site.topics import EMPTY, Taxonomy, config_problems, taxonomy_from_config
from generator.store.yaml_io import compose_yaml, load_yaml

CONFIG_NAME = "site_config.yml"


def find_root(start: Path | None = None, near: Path | None = None) -> Path:
    """The project root: the nearest folder holding site_config.yml at or above ``start``
    (default: the current folder), else above ``near`` (a file being parsed), else the
    project this package was installed from (an editable install)."""
    here = (start or Path.cwd()).resolve()
    candidates = [here]
    if start is None:
        if near is not None:
            candidates.append(near.resolve().parent)
        candidates.append(Path(__file__).resolve().parent.parent)
    for base in candidates:
        for folder in (base, *base.parents):
            if (folder / CONFIG_NAME).is_file():
                return folder
        if start is not None:
            break
    raise Problem(
        CONFIG_NAME, None, f"not found in {here} or any parent folder; pass --root PROJECT"
    )


def load_config(path: Path, text: str | None = None) -> dict[str, Any]:
    """Read (or take) and check the site config; raise ``Problem`` naming the file and
    line."""
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise Problem(str(path), None, f"cannot read ({exc.strerror})") from None
    try:
        data = load_yaml(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else 1
        raise Problem(str(path), line, str(exc.problem)) from None
    if not isinstance(data, dict):
        raise Problem(str(path), 1, "expected a mapping with 'capitals'")
    problems = []
    capitals = data.get("capitals")
    if not isinstance(capitals, list) or not capitals:
        problems.append("'capitals' must be a non-empty list")
    else:
        seen: set[str] = set()
        for n, entry in enumerate(capitals, start=1):
            if not isinstance(entry, dict):
                problems.append(f"capital #{n} must be a mapping")
                continue
            for key in ("id", "name", "country"):
                if not isinstance(entry.get(key), str) or not entry.get(key):
                    problems.append(f"capital #{n}: '{key}' must be a non-empty string")
            for key in ("places", "demonyms", "others"):
                value = entry.get(key, [])
                if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                    problems.append(f"capital #{n}: '{key}' must be a list of strings")
            if entry.get("id") in seen:
                problems.append(f"capital #{n}: duplicate id '{entry.get('id')}'")
            seen.add(str(entry.get("id")))
    capital_ids = {str(c.get("id")) for c in capitals or [] if isinstance(c, dict)}
    problems += config_problems(data.get("topics"), capital_ids)
    if "site" in data:
        problems.append(
            "'site' is no longer read here: set site_name, site_url, site_description and "
            "edit_uri in mkdocs.yml"
        )
    if problems:
        raise Problem(str(path), 1, "; ".join(problems))
    people_entries(path, text, data)  # raises on a problem in people:
    return data


_PERSON_KEYS = ("id", "name", "aliases", "capital", "sources")


def people_entries(path: Path, text: str, data: dict[str, Any]) -> tuple[PersonEntry, ...]:
    """The ``people:`` entries of a loaded site config; raise ``Problem`` naming the line
    of the first problem (and how many more there are)."""
    raw = data.get("people")
    if raw is None:
        return ()
    lines = _people_lines(text)
    top = lines.get(-1, 1)
    if not isinstance(raw, list):
        raise Problem(str(path), top, "'people' must be a list of entries (- id: ..., name: ...)")
    found: list[tuple[int | None, str]] = []
    entries = []
    for n, item in enumerate(raw):
        line = lines.get(n, top)
        where = f"person #{n + 1}"
        if not isinstance(item, dict):
            found.append((line, f"{where} must be a mapping with 'id' and 'name'"))
            continue
        unknown = sorted(str(k) for k in item if k not in _PERSON_KEYS)
        if unknown:
            found.append(
                (line, f"{where}: unknown key(s) {', '.join(unknown)} (known: "
                 f"{', '.join(_PERSON_KEYS)})")
            )  # fmt: skip
        if not all(isinstance(item.get(k), str) and item.get(k) for k in ("id", "name")):
            found.append((line, f"{where}: 'id' and 'name' must be non-empty strings"))
            continue
        lists = {}
        for key in ("aliases", "sources"):
            value = item.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                found.append((line, f"person '{item['id']}': '{key}' must be a list of strings"))
                value = []
            lists[key] = tuple(value)
        capital = item.get("capital")
        if capital is not None and not isinstance(capital, str):
            found.append((line, f"person '{item['id']}': 'capital' must be a capital's id"))
            capital = None
        entries.append(
            PersonEntry(item["id"], item["name"], lists["aliases"], capital, lists["sources"], line)
        )
    capitals = [str(c.get("id")) for c in data["capitals"] if isinstance(c, dict)]
    found += entry_problems(entries, capitals)
    if found:
        found.sort(key=lambda f: f[0] or 0)
        first, message = found[0]
        more = f" (and {len(found) - 1} more in people:)" if len(found) > 1 else ""
        raise Problem(str(path), first, message + more)
    return tuple(entries)


def _people_lines(text: str) -> dict[int, int]:
    """Line of each entry of ``people:`` by its index (-1: the ``people:`` key)."""
    node = compose_yaml(text)
    lines: dict[int, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "people":
            lines[-1] = key.start_mark.line + 1
            if isinstance(value, yaml.SequenceNode):
                for n, item in enumerate(value.value):
                    lines[n] = item.start_mark.line + 1
    return lines


@dataclass(frozen=True)
class SiteConfig:
    """What ``site_config.yml`` says: the capitals the site follows (its gazetteer) and
    the topics it gathers across events, and the editors' decisions about who is who."""

    gazetteer: Gazetteer
    taxonomy: Taxonomy = EMPTY
    people: tuple[PersonEntry, ...] = ()


@lru_cache(maxsize=8)
def _site_config_for(path: str, text: str) -> SiteConfig:
    data = load_config(Path(path), text)
    return SiteConfig(
        gazetteer_from_config(data),
        taxonomy_from_config(data),
        people_entries(Path(path), text, data),
    )


def site_config_for(path: Path) -> SiteConfig:
    """The site config at ``path`` (parsed once per distinct text)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise Problem(str(path), None, f"cannot read ({getattr(exc, 'strerror', exc)})") from None
    return _site_config_for(str(path), text)


def gazetteer_for(path: Path) -> Gazetteer:
    return site_config_for(path).gazetteer


def default_gazetteer() -> Gazetteer:
    """The gazetteer of the project that holds the current folder."""
    return gazetteer_for(find_root() / CONFIG_NAME)
