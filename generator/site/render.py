"""Rendering Markdown from Jinja templates (``generator/site/templates``).

Every word a reader sees on a generated page lives in those templates; Python hands them
data. Templates never print a value raw: the ``md`` filter makes any string inert
Markdown (it renders as the literal characters), ``html`` makes it inert text inside a raw
HTML block, ``url`` gives the relative link between
two pages, and ``StrictUndefined`` turns a misspelt variable into an error instead of an
empty string.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any

import jinja2

from generator.site import markdown as md
from generator.site.urls import relative

TEMPLATES = "templates"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def long_date(iso: object) -> str:
    """``2013-04-22`` as ``22 April 2013`` (the same in every locale)."""
    try:
        day = date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


@cache
def environment(loader: jinja2.BaseLoader | None = None) -> jinja2.Environment:
    """The Jinja environment for Markdown templates (one per loader)."""
    env = jinja2.Environment(
        loader=loader or jinja2.PackageLoader("generator.site", TEMPLATES),
        autoescape=False,  # Markdown, not HTML: values go through the `md` filter
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = lambda value: md.text(value if isinstance(value, str) else str(value))
    env.filters["html"] = lambda value: md.html_text(str(value))
    env.filters["url"] = relative
    env.filters["long_date"] = long_date
    return env


_ENV: list[jinja2.Environment] = []


def use_loader(loader: jinja2.BaseLoader | None) -> None:
    """Render with templates from ``loader`` (None: the packaged ones). For tests and for
    projects that override wording."""
    _ENV[:] = [environment(loader)] if loader is not None else []


def _env() -> jinja2.Environment:
    return _ENV[0] if _ENV else environment()


def render(template: str, data: Mapping[str, Any]) -> str:
    """The Markdown of ``template`` rendered with ``data``; blank-line runs collapsed."""
    return _tidy(_env().get_template(template).render(data))


def render_blocks(template: str, data: Mapping[str, Any]) -> dict[str, str]:
    """Each ``{% block %}`` of ``template`` rendered on its own, by block name."""
    compiled = _env().get_template(template)
    context = compiled.new_context(dict(data))
    return {name: _tidy("".join(block(context))) for name, block in sorted(compiled.blocks.items())}


def _tidy(text: str) -> str:
    lines: list[str] = []
    for line in text.strip("\n").split("\n"):
        line = line.rstrip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip("\n")
