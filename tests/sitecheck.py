"""Offline checks over a built site: internal links and fragments, third-party requests,
reachability from the home page."""

from __future__ import annotations

import posixpath
import re
from collections import deque
from collections.abc import Collection
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, Tag

_REQUESTING = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src",
               "video": "src", "embed": "src", "object": "data"}  # fmt: skip
_CSS_URL = re.compile(r"url\(\s*['\"]?(https?:)?//", re.I)
_CSS_IMPORT = re.compile(r"@import\s+(url\()?['\"]?(https?:)?//", re.I)


BAD_URL = re.compile(r"^\s*(javascript|vbscript|data):", re.I)
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "xlink:href", "srcdoc")
MATERIAL_URLS = ("javascript:void(0)",)
"""Material's own templates use this on a button-like link."""


def executable_parts(
    root: Tag, forbidden: Collection[str], allowed_urls: Collection[str] = ()
) -> list[str]:
    """Everything under ``root`` that could run: event-handler attributes, URLs with a
    script or data scheme (other than ``allowed_urls``), elements named in ``forbidden``."""
    found = []
    for tag in root.find_all(True):
        if tag.name in forbidden:
            found.append(f"<{tag.name}> element")
        for name, value in tag.attrs.items():
            if name.lower().startswith("on"):
                found.append(f"<{tag.name} {name}>")
            values = value if isinstance(value, list) else [value]
            if name in URL_ATTRIBUTES:
                found += [
                    f"<{tag.name} {name}={v}>"
                    for v in values
                    if BAD_URL.match(str(v)) and v not in allowed_urls
                ]
    return found


class Site:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.soups: dict[str, BeautifulSoup] = {}
        for path in sorted(root.rglob("*.html")):
            rel = path.relative_to(root).as_posix()
            self.soups[rel] = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        self._ids: dict[str, set[str]] = {}

    def ids(self, rel: str) -> set[str]:
        if rel not in self._ids:
            soup = self.soups[rel]
            self._ids[rel] = {str(t["id"]) for t in soup.find_all(id=True)} | {
                str(t["name"]) for t in soup.find_all("a", attrs={"name": True})
            }
        return self._ids[rel]

    def resolve(self, page: str, href: str) -> tuple[str | None, str]:
        """(target file relative to the site root or None if external, fragment)."""
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
            return None, ""
        if not parts.path:
            return page, unquote(parts.fragment)
        if parts.path.startswith("/"):  # the 404 page links from the site root
            target = posixpath.normpath(unquote(parts.path).lstrip("/") or ".")
        else:
            target = posixpath.normpath(
                posixpath.join(posixpath.dirname(page), unquote(parts.path))
            )
        if target == ".":
            target = "index.html"
        elif parts.path.endswith("/") or (self.root / target).is_dir():
            target = posixpath.join(target, "index.html")
        return target, unquote(parts.fragment)

    def broken_links(self) -> list[str]:
        broken = []
        for page, soup in self.soups.items():
            for tag in soup.find_all(["a", "link", "script", "img"]):
                href = tag.get("href") or tag.get("src")
                if not href or not isinstance(href, str):
                    continue
                target, fragment = self.resolve(page, href)
                if target is None:
                    continue
                if target.startswith("..") or not (self.root / target).is_file():
                    broken.append(f"{page}: {href} (no file {target})")
                elif fragment and target.endswith(".html") and fragment not in self.ids(target):
                    broken.append(f"{page}: {href} (no #{fragment} in {target})")
        return broken

    def third_party_requests(self) -> list[str]:
        found = []
        for page, soup in self.soups.items():
            for tag in soup.find_all(True):
                attr = _REQUESTING.get(tag.name)
                value = tag.get(attr) if attr else None
                if tag.name == "link" and set(tag.get("rel") or []) & {
                    "stylesheet",
                    "preload",
                    "preconnect",
                    "icon",
                    "modulepreload",
                    "dns-prefetch",
                }:
                    value = tag.get("href")
                if isinstance(value, str) and (urlsplit(value).netloc or value.startswith("//")):
                    found.append(f"{page}: <{tag.name}> {value}")
            for style in soup.find_all("style"):
                if _CSS_URL.search(style.get_text()) or _CSS_IMPORT.search(style.get_text()):
                    found.append(f"{page}: inline style loads a remote resource")
        for css in self.root.rglob("*.css"):
            text = css.read_text(encoding="utf-8", errors="replace")
            if _CSS_URL.search(text) or _CSS_IMPORT.search(text):
                found.append(f"{css.relative_to(self.root)}: loads a remote resource")
        return found

    def depths(self, start: str = "index.html") -> dict[str, int]:
        """Clicks from the home page to every page reachable through visible links."""
        depth = {start: 0}
        queue = deque([start])
        while queue:
            page = queue.popleft()
            for tag in self.soups[page].find_all("a", href=True):
                target, _ = self.resolve(page, str(tag["href"]))
                if target in self.soups and target not in depth:
                    depth[target] = depth[page] + 1
                    queue.append(target)
        return depth
