"""Every page ever published, so that no URL vanishes without a redirect.

``content/.published.txt`` lists the path of every page ``ingest`` has seen in content/
(one per line, sorted; MkDocs does not publish files whose names start with a dot). A
page on that list that is gone must have a redirect: an entry in ``redirect_maps`` of
the ``redirects`` plugin in ``mkdocs.yml`` (mkdocs-redirects), from its old path to a
page that exists. ``check`` reports every one that has none.
"""

from __future__ import annotations

from pathlib import Path

from generator.problems import Problem
from generator.store.site_settings import MKDOCS_CONFIG, settings_for

RECORD = ".published.txt"
TRANSIENT = "browse/"
"""Filtered lists (``browse/...``) come and go as the archive changes (the last page of a
list that shrinks); they are navigation, not addresses anyone cites, so they are not
recorded."""


def recorded(content: Path) -> set[str]:
    """The pages listed as published."""
    try:
        text = (content / RECORD).read_text(encoding="utf-8")
    except FileNotFoundError:
        return set()
    except (OSError, UnicodeDecodeError) as exc:
        raise Problem(f"content/{RECORD}", None, f"cannot read ({exc})") from None
    return {
        line.strip()
        for line in text.splitlines()
        if line.strip().endswith(".md") and not line.strip().startswith(TRANSIENT)
    }


def record_text(before: set[str], pages: set[str]) -> bytes:
    """The record after this run: what was published before and every page now."""
    kept = {p for p in before | pages if not p.startswith(TRANSIENT)}
    return "".join(f"{path}\n" for path in sorted(kept)).encode("utf-8")


def vanished(root: Path, before: set[str], pages: set[str]) -> list[Problem]:
    """A problem for each page published before that is gone without a redirect."""
    maps = settings_for(root).redirect_maps
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
