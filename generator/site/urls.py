"""The one relative-URL function: a Markdown link from one page to another.

Pages link to each other by their paths under ``content/`` (``people/x.md``); MkDocs (and
Zensical) turn such links into the served URLs and check them in a strict build.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache
from urllib.parse import quote

_SAFE = "-._~"
"""Besides letters and digits, what a link keeps as it is: everything else is
percent-encoded, so no path or fragment (front matter is editable) can end a Markdown
link destination, start a scheme or carry markup."""


def relative(to_path: str, from_path: str) -> str:
    """The link from the page at ``from_path`` to ``to_path`` (both under ``content/``),
    with any ``#fragment`` of ``to_path`` kept."""
    target, hashmark, fragment = to_path.partition("#")
    fragment = quote(fragment, safe=_SAFE)
    if not target:
        return f"#{fragment}"
    return _relative_path(target, posixpath.dirname(from_path) or ".") + hashmark + fragment


@lru_cache(maxsize=65_536)
def _relative_path(target: str, folder: str) -> str:
    return quote(posixpath.relpath(target, folder), safe="/" + _SAFE)


def served(path: str, site_url: str = "/") -> str:
    """The URL a page under ``content/`` is served at (``events/x.md`` -> ``events/x/``,
    ``events/index.md`` -> ``events/``), below ``site_url``."""
    stem = path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        stem = stem.removesuffix("index")
    elif stem:
        stem += "/"
    return site_url.rstrip("/") + "/" + stem


def calendar_path(event_path: str) -> str:
    """Where an event page's own iCalendar file lives (``events/x.md`` -> ``events/x.ics``)."""
    return posixpath.splitext(event_path)[0] + ".ics"
