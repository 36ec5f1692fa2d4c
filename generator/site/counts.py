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
class Sentence:
    """An attributed sentence of a passage, as its front matter lists it."""

    n: int
    """Its position among the passage's sentences (1-based)."""
    text: str
    voiced_by: tuple[str, ...] = ()
    about: tuple[str, ...] = ()


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
    sentences: tuple[Sentence, ...] = ()
    sentence_count: int = 0
    topics: tuple[str, ...] = ()
    """Topic ids (``site_config.yml`` topics) the passage is tagged with."""

    def quote(self, capital: str, key: str) -> str:
        """The sentences of the passage that ``capital`` voiced (``key`` ``voiced``) or is
        spoken about in (``about``), in order, with an ellipsis wherever the passage goes
        on between, before or after them; empty when no sentence carries it."""
        chosen = [
            s for s in self.sentences if capital in (s.voiced_by if key == "voiced" else s.about)
        ]
        pieces: list[str] = []
        previous = 0
        for sentence in chosen:
            if sentence.n > previous + 1:
                pieces.append("…")
            pieces.append(sentence.text)
            previous = sentence.n
        if chosen and self.sentence_count > previous:
            pieces.append("…")
        return " ".join(pieces)

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
        voiced_by = tuple(_strings(point.get("voiced_by")))
        about = tuple(_strings(point.get("about")))
        sentences = _sentences(point.get("sentences"), (*voiced_by, *about))
        # a capital that voiced the passage and is spoken about in another of its
        # sentences is both: "About Beijing" shows a U.S. remark on Beijing
        about += tuple(dict.fromkeys(c for s in sentences for c in s.about if c not in about))
        count_ = point.get("sentence_count")
        out.append(
            Passage(
                theme_path,
                str(point.get("anchor")),
                label if isinstance(label, str) else None,
                kind,
                number,
                voiced_by,
                about,
                excerpt if isinstance(excerpt, str) else None,
                sentences,
                count_ if isinstance(count_, int) and not isinstance(count_, bool) else 0,
                tuple(dict.fromkeys(_strings(point.get("topics")))),
            )
        )
    return out


def _sentences(value: Any, listed: tuple[str, ...]) -> tuple[Sentence, ...]:
    """The well-formed sentence entries, in order of position; a capital a sentence names
    counts only when its passage lists it (in ``voiced_by`` or ``about``) too."""
    out: dict[int, Sentence] = {}
    for entry in value if isinstance(value, list) else []:
        if not isinstance(entry, dict):
            continue
        n, text = entry.get("n"), entry.get("text")
        if isinstance(n, int) and not isinstance(n, bool) and n >= 1 and isinstance(text, str):
            out.setdefault(
                n,
                Sentence(
                    n,
                    text,
                    tuple(c for c in _strings(entry.get("voiced_by")) if c in listed),
                    tuple(c for c in _strings(entry.get("about")) if c in listed),
                ),
            )
    return tuple(out[n] for n in sorted(out))


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
