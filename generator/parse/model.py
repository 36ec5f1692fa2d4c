"""The event model: immutable, typed records of what one source text says.

Every record carries ``lines``, the 1-based inclusive range of source lines it came
from, so that any page can point a reader back at the exact place in the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any


@dataclass(frozen=True, order=True)
class Lines:
    """An inclusive, 1-based range of source lines."""

    start: int
    """First line of the element."""
    end: int
    """Last line of the element (equal to ``start`` for a one-line element)."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of a point or introduction, and who voiced it."""

    text: str
    voiced_by: tuple[str, ...] = ()
    """Capitals whose participants said it (named in it, or still speaking from an
    earlier sentence of the same passage)."""
    about: tuple[str, ...] = ()
    """Other capitals it mentions."""


@dataclass(frozen=True)
class Paragraph:
    """A run of prose: a lede paragraph or a section's introduction."""

    text: str
    """The paragraph with whitespace collapsed."""
    lines: Lines
    voiced_by: tuple[str, ...] = ()
    """Capitals whose participants are said to have said it (the union of its sentences')."""
    about: tuple[str, ...] = ()
    """Capitals it mentions that did not voice the sentence mentioning them."""
    sentences: tuple[Sentence, ...] = ()
    """Its sentences, each with its own attribution."""


@dataclass(frozen=True)
class Point:
    """One bullet of a section: an optional label and its text."""

    label: str | None
    """The words before the bullet's ``Label:`` colon, or None for an unlabelled bullet."""
    text: str
    """The bullet text after the label, continuation lines joined with single spaces."""
    lines: Lines
    voiced_by: tuple[str, ...] = ()
    """Capitals whose participants are said to have voiced the point (the union of its
    sentences')."""
    about: tuple[str, ...] = ()
    """Capitals the point mentions (country, demonym, capital or leader) in a sentence
    they did not voice, or in its label."""
    sentences: tuple[Sentence, ...] = ()
    """The sentences of ``text``, each with its own attribution."""


@dataclass(frozen=True)
class Section:
    """A theme of the discussion: a heading, its introduction and its points."""

    title: str | None
    """The heading; None for bullets that stand before any heading."""
    lines: Lines
    intro: tuple[Paragraph, ...] = ()
    points: tuple[Point, ...] = ()


@dataclass(frozen=True)
class Speaker:
    """A person listed among the event's speakers or participants."""

    name: str
    role: str | None
    bio: str | None
    truncated: bool
    """True when the source was cut off inside this person's entry."""
    lines: Lines
    written: str | None = None
    """The name as written, when it differs (an honorific such as ``Dr.`` dropped)."""


@dataclass(frozen=True)
class Host:
    """The person who hosted the event and the organisation named with them."""

    name: str
    organization: str | None
    lines: Lines


@dataclass(frozen=True)
class Named:
    """A person named in a list (moderators, discussants)."""

    name: str
    lines: Lines
    written: str | None = None
    """The name as written, when it differs (an honorific such as ``Dr.`` dropped)."""


@dataclass(frozen=True)
class Furniture:
    """Page furniture recognised and set aside: player junk, tags, markers, notices."""

    kind: str
    """What it is: ``metadata``, ``tags``, ``notice``, ``marker``, ``player``, ``heading``..."""
    text: str
    lines: Lines


@dataclass(frozen=True)
class Unclassified:
    """Source text the parser could not place; kept and reported, never dropped."""

    text: str
    lines: Lines


@dataclass(frozen=True)
class Event:
    """Everything one source text says about one event."""

    source: str
    """The name of the source file (for provenance)."""
    title: str | None
    subtitle: str | None
    """A second title line (a series name), when the header has one."""
    date: str | None
    """ISO ``YYYY-MM-DD``, or None when the source gives no date."""
    date_text: str | None
    """The date line as written."""
    time: str | None
    """The time range as written (``1:00 PM - 1:45 PM (EDT)``), if any."""
    location: str | None
    image: str | None
    """The digits of the image marker ``IMGXYZnnnnIMGZYX``, if any."""
    host: Host | None
    moderators: tuple[Named, ...]
    summary: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    discussants: tuple[Named, ...]
    speakers: tuple[Speaker, ...]
    agenda: tuple[Speaker, ...]
    """People as listed in ``Speakers:`` / ``Moderator:`` blocks, before merging."""
    disclaimer: Paragraph | None
    furniture: tuple[Furniture, ...]
    unclassified: tuple[Unclassified, ...]
    language: str | None = None
    """The page's language (ISO 639-1), guessed from its script and commonest words."""
    event_type: str | None = None
    """The kind of event ("Roundtable", "Webinar"...), when the title or opening names it."""
    tense: str | None = None
    """``future`` for an announcement written before the event, ``past`` for a report."""
    header_lines: dict[str, Lines] = field(default_factory=dict, compare=False, hash=False)
    """Where the title, date and location came from."""

    def texts(self) -> list[str]:
        """Every string the model holds, in no particular order (used to prove no loss)."""
        out: list[str] = []
        _collect_strings(self, out)
        return out


def _collect_strings(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(value)
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            _collect_strings(getattr(value, f.name), out)
    elif isinstance(value, tuple | list):
        for item in value:
            _collect_strings(item, out)
    elif isinstance(value, dict):
        for item in value.values():
            _collect_strings(item, out)
