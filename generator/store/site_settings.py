"""The site's own settings, read from where MkDocs users keep them: ``mkdocs.yml``.

``site_name``, ``site_url``, ``site_description`` and ``edit_uri`` are set there once;
briefgen reads ``site_url`` for the absolute URLs of JSON-LD, and ``check`` warns while
any of them is still a placeholder (see the README's "Publishing your site").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from generator.problems import Problem

MKDOCS_CONFIG = "mkdocs.yml"
PLACEHOLDER = re.compile(r"(^|[/.@])(example\.(org|com|net)|[a-z0-9-]+\.invalid)([/:]|$)|/example/")
"""Addresses reserved for examples (RFC 2606): a site that still names one is not set up."""


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml as data: tags MkDocs resolves itself (``!ENV``, ``!relative``,
    ``!!python/name:``) become None instead of running anything."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    return None


_ConfigLoader.add_multi_constructor("!", _ignore_tag)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)


@dataclass(frozen=True)
class SiteSettings:
    """The settings of ``mkdocs.yml`` that briefgen uses, and where each is written."""

    name: str
    url: str
    """``site_url``, or "/" when it is not set."""
    description: str
    edit_uri: str
    lines: dict[str, int]
    redirect_maps: dict[str, str]
    """``redirect_maps`` of the redirects plugin (old page path -> new page path)."""

    def warnings(self) -> list[Problem]:
        """One warning for each setting still holding a placeholder, or missing."""
        found = []
        for key, value in (("site_url", self.url), ("edit_uri", self.edit_uri)):
            line = self.lines.get(key)
            if value in ("", "/"):
                found.append(Problem(MKDOCS_CONFIG, line, f"warning: '{key}' is not set"))
            elif PLACEHOLDER.search(value):
                found.append(
                    Problem(
                        MKDOCS_CONFIG, line,
                        f"warning: '{key}' is still the placeholder '{value}'; set your "
                        "site's own (README: Publishing your site)",
                    )
                )  # fmt: skip
        return found


@lru_cache(maxsize=8)
def _settings_for(text: str) -> SiteSettings:
    try:
        node = yaml.compose(text, Loader=_ConfigLoader)
        data: Any = yaml.load(text, Loader=_ConfigLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise Problem(MKDOCS_CONFIG, mark.line + 1 if mark else None, str(exc.problem)) from None
    if not isinstance(data, dict):
        raise Problem(MKDOCS_CONFIG, 1, "expected a mapping of settings")
    lines = (
        {str(k.value): k.start_mark.line + 1 for k, _ in node.value}
        if isinstance(node, yaml.MappingNode)
        else {}
    )

    def text_of(key: str) -> str:
        value = data.get(key)
        return value if isinstance(value, str) else ""

    return SiteSettings(
        text_of("site_name"),
        text_of("site_url") or "/",
        text_of("site_description"),
        text_of("edit_uri"),
        lines,
        _redirect_maps(data.get("plugins")),
    )


def _redirect_maps(plugins: Any) -> dict[str, str]:
    for entry in plugins if isinstance(plugins, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("redirects"), dict):
            maps = entry["redirects"].get("redirect_maps")
            if isinstance(maps, dict):
                return {str(k): str(v) for k, v in maps.items()}
    return {}


def settings_for(root: Path) -> SiteSettings:
    """The settings in ``root/mkdocs.yml`` (parsed once per distinct text)."""
    try:
        text = (root / MKDOCS_CONFIG).read_text(encoding="utf-8")
    except FileNotFoundError:
        return SiteSettings("", "/", "", "", {}, {})
    except (OSError, UnicodeDecodeError) as exc:
        raise Problem(MKDOCS_CONFIG, None, f"cannot read ({exc})") from None
    return _settings_for(text)
