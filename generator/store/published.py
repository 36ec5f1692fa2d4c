"""Every page ever published, so that no URL vanishes without a redirect.

``content/.published.txt`` lists the path of every page ``ingest`` has seen in content/
(one per line, sorted; MkDocs does not publish files whose names start with a dot). A
page on that list that is gone must have a redirect: an entry in ``redirect_maps`` of
the ``redirects`` plugin in ``mkdocs.yml`` (mkdocs-redirects), from its old path to a
page that exists. ``check`` reports every one that has none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.problems import Problem
from generator.store.site_settings import MKDOCS_CONFIG, _ConfigLoader

RECORD = ".published.txt"


def recorded(content: Path) -> set[str]:
    """The pages listed as published."""
    try:
        text = (content / RECORD).read_text(encoding="utf-8")
    except FileNotFoundError:
        return set()
    except (OSError, UnicodeDecodeError) as exc:
        raise Problem(f"content/{RECORD}", None, f"cannot read ({exc})") from None
    return {line.strip() for line in text.splitlines() if line.strip().endswith(".md")}


def record_text(before: set[str], pages: set[str]) -> bytes:
    """The record after this run: what was published before and every page now."""
    return "".join(f"{path}\n" for path in sorted(before | pages)).encode("utf-8")


def redirects(root: Path) -> dict[str, str]:
    """``redirect_maps`` of the redirects plugin in mkdocs.yml (old path -> new path)."""
    try:
        data: Any = yaml.load(
            (root / MKDOCS_CONFIG).read_text(encoding="utf-8"), Loader=_ConfigLoader
        )
    except (OSError, yaml.YAMLError):
        return {}
    plugins = data.get("plugins") if isinstance(data, dict) else None
    for entry in plugins if isinstance(plugins, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("redirects"), dict):
            maps = entry["redirects"].get("redirect_maps")
            if isinstance(maps, dict):
                return {str(k): str(v) for k, v in maps.items()}
    return {}


def vanished(root: Path, before: set[str], pages: set[str]) -> list[Problem]:
    """A problem for each page published before that is gone without a redirect."""
    maps = redirects(root)
    found = []
    for path in sorted(before - pages):
        target = maps.get(path)
        if target is None:
            found.append(
                Problem(
                    f"content/{path}", None,
                    "was published and is gone: restore it, or redirect its URL with "
                    f"'{path}: NEW-PAGE.md' under redirect_maps in mkdocs.yml",
                )
            )  # fmt: skip
        elif target not in pages and "://" not in target:
            found.append(
                Problem(MKDOCS_CONFIG, None, f"redirect of {path} goes to {target}, which is gone")
            )
    return found
