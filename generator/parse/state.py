"""What the parser gathers while it walks a document, before the model is built."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from generator.parse.capitals import Gazetteer
from generator.parse.dates import DateLine, clock_after, clock_in, find_date
from generator.parse.fields import SECTION_LABEL, Field, field_date, online_value
from generator.parse.line_kinds import NOTICES, PLAYER_JUNK, glued_tags
from generator.parse.model import (
    Furniture,
    Lines,
    Named,
    Paragraph,
    Point,
    Section,
    Speaker,
    Unclassified,
)
from generator.parse.names import (
    strip_honorific,
    written_if_different,
)
from generator.parse.sentences import sentences_of, union


@dataclass
class SectionBuilder:
    """A section while its intro and points are being collected."""

    title: str | None
    lines: Lines
    intro: list[Paragraph] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    end: int = 0
    panel: bool = False
    """True when a people block (``Speakers:``) stands under the heading: an agenda panel."""

    def build(self) -> Section:
        end = max(self.lines.end, self.end)
        return Section(
            self.title, Lines(self.lines.start, end), tuple(self.intro), tuple(self.points)
        )


_ROLE_THEN_VERB = re.compile(
    r",\s+(?:also\s+)?(?:(?!based\b|retired\b|appointed\b|elected\b|named\b|seconded\b|"
    r"specialized\b|specialised\b|accredited\b|decorated\b|distinguished\b|noted\b|"
    r"acclaimed\b|celebrated\b|respected\b|experienced\b|published\b|trained\b|"
    r"qualified\b|renowned\b|seasoned\b)[a-z]{3,}ed|will|spoke|said|gave|made|took|is|was|"
    r"has|had|"
    r"talks|speaks|discusses|highlights|notes)\s.*$"
)
"""``director of X, talked about …``: the sentence goes on after the role."""


def split_role(role: str | None) -> tuple[str | None, str | None]:
    """The role, and the sentence a report goes on with after it (kept as the bio, so that
    no word of the page is lost)."""
    if not role:
        return role, None
    found = _ROLE_THEN_VERB.search(role)
    if found is None:
        return role, None
    return role[: found.start()] or None, role[found.start() :].lstrip(", ") or None


def with_rest(bio: str | None, rest: str | None) -> str | None:
    """The bio, with what was cut from the role after it."""
    if not rest or (bio and rest in bio):
        return bio
    return f"{bio} {rest}" if bio else rest


_STREAMED_AFTER = re.compile(
    r"[/／|｜]\s*(?:Zoom|Teams|Webex|YouTube|オンライン|온라인|线上|線上|在线)"
    r"\s*(?:にて|で|로|으로|上)?\s*(?:開催|개최|举行|舉行|配信|live|webinar)?\s*$",
    re.I,
)
"""The end of a date field that says where it streams (``…/Zoomにて開催``)."""


@dataclass
class PersonEntry:
    written: str
    start: int
    end: int
    role: str | None = None
    bio: str | None = None
    role_line_open: bool = True

    @property
    def name(self) -> str:
        return strip_honorific(self.written)

    def speaker(self, truncated: bool = False) -> Speaker:
        role, rest = split_role(self.role)
        return Speaker(
            self.name,
            role,
            with_rest(self.bio, rest),
            truncated,
            Lines(self.start, self.end),
            written_if_different(self.written, self.name),
        )


@dataclass
class State:
    """Everything gathered while walking a document."""

    gazetteer: Gazetteer
    title: str | None = None
    subtitle: str | None = None
    date: str | None = None
    date_text: str | None = None
    time: str | None = None
    location: str | None = None
    image: str | None = None
    header_lines: dict[str, Lines] = field(default_factory=dict)
    language: str | None = None
    press_release: bool = False
    """The page is a press release: the first date on it is the day it was issued."""
    reference: dt.date | None = None
    """The first dated day anywhere on the page: the year for a date printed without one."""
    posted: dt.date | None = None
    """The first full date on the page (``2014-11-13 기자``), when there is one: the month
    for a day printed alone (``13일 오후 2시 … 열렸다``)."""
    labelled: set[str] = field(default_factory=set)
    """Fields set from a labelled line (``Date:``, ``Venue:``): later guesses keep off."""
    summary: list[Paragraph] = field(default_factory=list)
    sections: list[SectionBuilder] = field(default_factory=list)
    discussants: list[Named] = field(default_factory=list)
    moderators: list[Named] = field(default_factory=list)
    agenda_people: list[Speaker] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    disclaimer: Paragraph | None = None
    furniture: list[Furniture] = field(default_factory=list)
    unclassified: list[Unclassified] = field(default_factory=list)

    def apply_field(self, found: Field, value: str, lines: Lines, text: str) -> bool:
        """Set the date, time, place or title from a labelled field and keep ``text`` (the
        field as written) as furniture; False when the value is not one (the line is then
        left to the caller)."""
        if SECTION_LABEL.match(value.strip()):
            return False  # "Location" / "Enquiries": an empty widget over the next label
        if found.kind == "time":
            dated = field_date(value)
            whole = re.search(r"(?:19|20)\d{2}\s*年", value) and find_date(value, None, cued=False)
            if (dated is not None and dated.iso is not None) or whole:
                # "Zeit" over a whole date line; "時間|2020年5月30日(六) 14:00-16:00"
                found = Field("date", found.key, found.value)
        if found.kind == "date":
            if re.search(r"\d{1,2}:\d{2}:\d{2}", value):
                return False  # "时间: 2019-10-27 01:47:00 来源:": when the page was posted
            date = field_date(value)
            if date is None or date.iso is None:
                loose = find_date(value, self.reference, cued=False)
                if loose is None:
                    clock = clock_in(value)  # "日時:6月9日(土)14:00-15:30": no year, a time
                    if clock is None:
                        return False
                    self.time = self.time or clock
                    self.furnish("field", text, lines.start, lines.end)
                    return True
                clock = (date.time if date else None) or clock_after(value, loose.text)
                date = DateLine(loose.iso, clock or clock_in(value))  # "12 March from 9.30 …"
            # a second "Date:" with the hour (the event's) after one without (a mail's, a
            # post's) is the event's
            timed_again = "date" in self.labelled and self.time is None and date.time and date.iso
            if "date" not in self.labelled or timed_again:
                self.replace_date(date.iso, value, lines, displaced="date")
                if date.time and ("time" not in self.labelled or self.time is None):
                    self.time = date.time
                self.labelled.add("date")
                streamed = _STREAMED_AFTER.search(value)
                if streamed is not None and self.location is None and "place" not in self.labelled:
                    self.location = "Online"  # "2023年12月3日(日) 13時~16時/Zoomにて開催"
                    self.header_lines["location"] = lines
        elif found.kind == "organizer":
            if not value:
                return False
        elif found.kind == "title":
            if not value or len(value) > 200 or (value.endswith(".") and len(value.split()) > 8):
                return False
            if "title" not in self.labelled:
                if self.title is not None and "title" in self.header_lines:
                    was = self.header_lines["title"]  # the line guessed at, kept as text
                    self.furnish("headline", self.title, was.start, was.end)
                from generator.parse.header import event_title

                self.title = event_title(value)  # a board post's "제목": its headline
                self.header_lines["title"] = lines
                self.labelled.add("title")
        elif found.kind == "time":
            if not value or len(value) > 80:
                return False
            if "time" not in self.labelled:
                self.time = value
                self.labelled.add("time")
        else:
            if not value or len(value) > 160 or (value.endswith(".") and len(value.split()) > 8):
                return False
            if "place" not in self.labelled:
                if self.location is not None and "location" in self.header_lines:
                    was = self.header_lines["location"]
                    self.furnish("header", self.location, was.start, was.end)
                # "This is a Virtual Event.": where, for a reader, is online
                self.location = "Online" if online_value(value) else value
                self.header_lines["location"] = lines
                self.labelled.add("place")
        self.furnish("field", text, lines.start, lines.end)
        return True

    def replace_date(
        self, iso: str | None, text: str, lines: Lines, displaced: str = "published"
    ) -> None:
        """Make ``iso`` the event's date, read from ``text`` at ``lines``; the date text it
        replaces (a posting or release date) stays as furniture of kind ``displaced``."""
        was = self.header_lines.get("date")
        if self.date_text is not None and was is not None:
            self.furnish(displaced, self.date_text, was.start, was.end)
        self.date, self.date_text = iso, text
        self.header_lines["date"] = lines

    def furnish(self, kind: str, text: str, start: int, end: int | None = None) -> None:
        self.furniture.append(Furniture(kind, text, Lines(start, end or start)))

    def paragraph(self, text: str, lines: Lines) -> Paragraph:
        sentences = sentences_of(text, self.gazetteer, self.language)
        voiced, about = union(sentences, None, self.gazetteer)
        return Paragraph(text, lines, voiced, about, sentences)

    def set_disclaimer(self, text: str, lines: Lines) -> None:
        if self.disclaimer is None:
            self.disclaimer = Paragraph(text, lines)
        else:
            self.furniture.append(Furniture("disclaimer", text, lines))

    def add_moderator(self, name: str, lines: Lines, written: str | None = None) -> None:
        if all(m.name != name for m in self.moderators):
            self.moderators.append(Named(name, lines, written))


def is_furniture(text: str, state: State, lines: Lines) -> bool:
    """Set aside player junk, notices, a repeated title and glued topic tags."""
    if PLAYER_JUNK.match(text) or NOTICES.match(text):
        kind = "notice"
    elif state.title is not None and text == state.title:
        kind = "repeat"
    elif glued_tags(text) is not None:
        kind = "tags"
    else:
        return False
    state.furniture.append(Furniture(kind, text, lines))
    return True
