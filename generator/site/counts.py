"""How many passages each capital voiced and was spoken about: one definition, used by
every page that shows a count (capital fact boxes, counts lines, the capitals index).

A *passage* is a point or a section introduction. A capital *voiced* a passage when its
participants are said to have said it (``voiced_by``); a passage is *about* a capital
when it mentions it otherwise (``about``). Counts are read from theme pages' front
matter, so an editor's correction of an attribution changes every count at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from generator.site.page_types import ANCHOR_PATTERN

ANCHOR = re.compile(ANCHOR_PATTERN)
"""A passage's anchor, as the schema allows it (it becomes part of a link)."""


@dataclass(frozen=True)
class Passage:
    """A point or section introduction of a theme page, as its front matter lists it."""

    theme_path: str
    anchor: str
    label: str | None
    kind: str
    """``point`` or ``intro``."""
    number: int
    """Position among the theme's points (introductions not counted)."""
    voiced_by: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    excerpt: str | None = None

    @property
    def name(self) -> str:
        """How the passage is named in lists: its label, else its position."""
        if self.label:
            return self.label
        return "Introduction" if self.kind == "intro" else f"Point {self.number}"


def passages_of(theme_path: str, meta: Mapping[str, Any]) -> list[Passage]:
    """The passages a theme page's front matter lists, in order."""
    out = []
    number = 0
    points = meta.get("points")
    for point in points if isinstance(points, list) else []:
        if not isinstance(point, dict) or not ANCHOR.match(str(point.get("anchor"))):
            continue  # an invalid entry is reported by the schema check, never linked
        kind = "intro" if point.get("kind") == "intro" else "point"
        if kind == "point":
            number += 1
        label = point.get("label")
        excerpt = point.get("excerpt")
        out.append(
            Passage(
                theme_path,
                str(point.get("anchor")),
                label if isinstance(label, str) else None,
                kind,
                number,
                tuple(str(c) for c in _strings(point.get("voiced_by"))),
                tuple(str(c) for c in _strings(point.get("about"))),
                excerpt if isinstance(excerpt, str) else None,
            )
        )
    return out


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


@dataclass(frozen=True)
class CapitalCounts:
    """The counts shown for one capital."""

    voiced_points: int = 0
    voiced_intros: int = 0
    about_points: int = 0
    about_intros: int = 0

    @property
    def voiced(self) -> int:
        """Passages voiced by the capital's participants."""
        return self.voiced_points + self.voiced_intros

    @property
    def about(self) -> int:
        """Passages about the capital."""
        return self.about_points + self.about_intros


def count(passages: Iterable[Passage], capital: str) -> CapitalCounts:
    """The counts of one capital (its short id, ``beijing``) over ``passages``."""
    vp = vi = ap = ai = 0
    for passage in passages:
        intro = passage.kind == "intro"
        if capital in passage.voiced_by:
            vi, vp = (vi + 1, vp) if intro else (vi, vp + 1)
        if capital in passage.about:
            ai, ap = (ai + 1, ap) if intro else (ai, ap + 1)
    return CapitalCounts(vp, vi, ap, ai)
