"""One page of each type from a built site, whatever events it holds (audit, screenshots)."""

from __future__ import annotations

from pathlib import Path


def _first(site: Path, pattern: str) -> str:
    for page in sorted(site.glob(pattern)):
        folder = page.parent.relative_to(site).as_posix()
        if not folder.endswith("/index") and folder.count("/") == pattern.count("/") - 1:
            return folder + "/"
    raise SystemExit(f"{site}: no page matches {pattern}; build the site first (make site)")


def sample_pages(site: Path) -> dict[str, str]:
    """Served paths of the home page and the first page of each type in ``site``."""
    return {
        "home": "",
        "event": _first(site, "events/*/index.html"),
        "theme": _first(site, "themes/*/*/index.html"),
        "person": _first(site, "people/*/index.html"),
        "capital": _first(site, "capitals/*/index.html"),
        "index": "people/",
    }
