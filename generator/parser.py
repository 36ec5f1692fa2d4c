"""Parse one event-summary source text into an ``Event``.

``parse(text, source=..., gazetteer=...)`` is pure: text in, immutable model out, no I/O.
It reads the page in three zones:

* the *header*: junk lines, a JSON metadata block, the title, the date line, the place
  lines, topic tags and the image marker;
* the *body*: the lede, section headings, intros, bullets (the points), people blocks
  (``Speakers:``, ``Moderator:``), the discussant list, the disclaimer, page furniture;
* the *trailer*: the ``event speakers`` list of name / role / bio entries.

What it recognises goes into typed fields; anything else is kept as ``unclassified``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from generator.capitals import Gazetteer
from generator.dates import is_time_slot, parse_date_line
from generator.model import (
    Event,
    Furniture,
    Host,
    Lines,
    Named,
    Paragraph,
    Point,
    Section,
    Speaker,
    Unclassified,
)
from generator.people import (
    HOST_PATTERNS,
    MODERATOR_PATTERNS,
    is_sentence,
    looks_like_name,
    split_name_role,
    split_names,
    strip_honorific,
    trailing_name,
    written_if_different,
)

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_IMAGE = re.compile(r"IMGXYZ(\d+)IMGZYX")
_BULLET = re.compile(
    r"^(?:[•·▪◦●‣∙►▶■□○✓]\s*|[-–—*«»]\s+|(?P<number>\d{1,2}[.)])\s+(?=\D))(?P<text>.*)$"
)
_LABEL = re.compile(r"^(?P<label>[^:：]{1,80}?)\s*(?::\s+|：\s*)(?P<text>\S.*)$")
# Lower-case verbs mark a clause ("A scholar said: ..."), not a label ("What Is at Stake:").
_SPEECH_VERBS = re.compile(
    r"\b(?:said|says|stated|noted|argued|explained|asked|added|remarked|suggested|warned|"
    r"agreed|responded|countered|observed|stressed|cautioned|questioned|wondered|is|are|was|"
    r"were|will|would|could|should|can|do|does|did)\b"
)
_SPOKE_ON = re.compile(
    r"^(?P<name>[^,]{3,60}),\s+(?P<role>.+?),\s+"
    r"(?:spoke|speaks|will speak|presented|will present)\s+(?:on|about)\s+.+$"
)
_TRANSCRIPT = re.compile(r"^(?P<label>[A-Z][A-Z.'’\- ]{1,40}[A-Z.]):\s+(?P<text>\S.*)$")
_DISCUSSANTS = re.compile(r"^(?P<kw>Discussants?|Participants? list)\s*[:：]\s*(?P<rest>.*)$", re.I)
_DISCLAIMER = re.compile(
    r"does not take (?:institutional|corporate) positions|views (?:represented|expressed) herein",
    re.I,
)
_PEOPLE_BLOCK = re.compile(
    r"^(?P<kw>Speakers?|Panel(?:l)?ists?|Moderators?|Moderated [Bb]y|With [Rr]emarks [Bb]y|"
    r"Remarks [Bb]y|Opening [Rr]emarks [Bb]y|Introduced [Bb]y|Introduction [Bb]y|Presiders?|"
    r"Presiding|Featuring|Chairs?|Chaired [Bb]y|Keynote(?: [Ss]peaker)?|Respondents?)"
    r"(?:\s*[:：]\s*(?P<rest>.*))?$"
)
_MODERATOR_KW = re.compile(r"^(?:Moderat|Presid|Chair)", re.I)
_TRAILER = re.compile(
    r"^(?:event speakers?|speakers|about the speakers|speaker bios|biographies|participants|"
    r"panelists|panellists|featured speakers|event participants)$",
    re.I,
)
_TRAILER_WORDS = "event speakers"
_PAGE_TYPE = re.compile(r"^(?:past |upcoming |online |in-person |virtual |hybrid )?events?$", re.I)
_META_DATE = re.compile(r"^date\s+(?P<date>\S+)(?:\s+\w+)?$", re.I)
_REGISTRATION = re.compile(r"^(?:registration|register|rsvp)\b", re.I)
_PLAYER_JUNK = re.compile(
    r"^(?:invalid video url|audio|video|photos?|watch|listen|play|share|print|download|"
    r"full video|watch live|watch the event|photo gallery|image|loading events?|"
    r"print friendly, pdf & email|add to (?:my )?calendar|back to events|share this( event)?|"
    r"more event information|event details|details)$",
    re.I,
)
_NOTICES = re.compile(
    r"^(?:this (?:event|meeting|session|discussion) (?:was|is|will be) (?:held )?(?:off the record|"
    r"not open to (?:the )?(?:media|press|public)|closed to (?:the )?(?:media|press|public)|"
    r"by invitation only|on the record|full)\b.{0,160}|"
    r"a light reception will follow\.?|.{0,40}reception (?:will )?follow(?:s|ed)?\.?|"
    r"registration\b.{0,160}|invalid video url|this event is (?:now )?full\.?)$",
    re.I,
)
_RELATED = re.compile(
    r"^(?:related (?:publications|content|analysis|events|resources)|more from)$", re.I
)
_CONTAINER_HEADINGS = re.compile(r"^(?:agenda|program|programme|schedule)$", re.I)
_GLUED = re.compile(r"(?<=[a-z)])(?=[A-Z])")
_LOCATION_HINT = re.compile(
    r"\b(?:online|virtual|webinar|zoom|hotel|center|centre|hall|room|street|avenue|road|"
    r"building|campus|office|D\.?C\.?|university|institute|embassy|club)\b|\d",
    re.I,
)
_TERMINAL = tuple(".!?。！？…")
_CLOSING = (*_TERMINAL, "”", '"', ")")


@dataclass(frozen=True)
class _Line:
    number: int
    text: str


@dataclass
class _Unit:
    """A logical line: one source line, or a bullet with its continuation lines."""

    text: str
    start: int
    end: int
    bullet: bool = False
    parts: list[str] = field(default_factory=list)
    """The texts of the lines joined into this unit."""
    number: str | None = None
    """The number of a numbered list item (``1.``), kept as page furniture."""

    @property
    def lines(self) -> Lines:
        return Lines(self.start, self.end)


def normalise(text: str) -> str:
    """Collapse every kind of whitespace (no-break spaces included) to single spaces."""
    return _SPACES.sub(" ", text).strip()


def _is_blank(text: str) -> bool:
    return not normalise(text)


def _glued_tags(text: str) -> list[str] | None:
    """``Arms ControlNuclear PolicyForeign Policy`` -> the three tags, else None."""
    if text.endswith(_TERMINAL) or len(text) > 200 or ":" in text:
        return None
    parts = _GLUED.split(text)
    if len(parts) < 2:
        return None
    for part in parts:
        words = part.split()
        if (
            not words
            or len(words) > 5
            or not all(w[0].isupper() or w in ("and", "of", "&") for w in words)
        ):
            return None
    # "McDonald" and "DeSantis" glue too: demand that a tag is not a name fragment.
    if any(len(p) < 3 for p in parts):
        return None
    return [p.strip() for p in parts]


def _looks_like_heading(text: str) -> bool:
    if is_time_slot(text):
        return True
    words = text.split()
    if not words or len(words) > 14 or len(text) > 120:
        return False
    if text.endswith((".", ",", ";", ":", "：", "。")) or text.endswith("…"):
        return False
    first = text[0]
    return first.isupper() or first.isdigit() or first in "\"“‘'(" or not first.isascii()


def _looks_like_title(text: str) -> bool:
    if len(text) > 200 or (text.endswith(_TERMINAL[:1]) and len(text.split()) > 6):
        return False
    return not is_sentence(text) or text.endswith("?")


_MINOR_WORDS = frozenset("a an and as at but by for from in into of on or the to vs. with".split())


def _title_case(words: list[str]) -> bool:
    """``Trade, Investment, and Finance``: every major word capitalised."""
    major = [w.strip("\"“”‘’'(),") for w in words if w.lower() not in _MINOR_WORDS]
    return bool(major) and all(w[:1].isupper() or not w[:1].isalpha() for w in major if w)


def _split_label(text: str) -> tuple[str | None, str]:
    match = _LABEL.match(text)
    if match is None:
        return None, text
    label = match.group("label").strip()
    words = label.split()
    if (
        len(words) > 8
        or ("," in label and not _title_case(words))
        or label.endswith("?")
        or _SPEECH_VERBS.search(label)
        or re.match(r"^(?:Session|Panel|Part)\s+\w+$", label, re.I)
    ):
        return None, text
    first = label.lstrip("\"“‘'(")[:1]
    if not first or not (first.isupper() or first.isdigit() or not first.isascii()):
        return None, text
    return label, match.group("text").strip()


def _units(lines: list[_Line], spaced: bool) -> Iterator[_Unit]:
    """Group lines into units, joining a bullet's continuation lines onto it."""
    current: _Unit | None = None
    for line in lines:
        text = normalise(line.text)
        if not text:
            if current is not None:
                yield current
                current = None
            continue
        bullet = _BULLET.match(text)
        if bullet is not None and not _TRANSCRIPT.match(text):
            if current is not None:
                yield current
            first = bullet.group("text").strip()
            current = _Unit(first, line.number, line.number, True, [first], bullet.group("number"))
            continue
        if current is not None and current.bullet and _continues(current.text, text, spaced):
            current.text = f"{current.text} {text}"
            current.end = line.number
            current.parts.append(text)
            continue
        if current is not None:
            yield current
        current = _Unit(text, line.number, line.number, parts=[text])
    if current is not None:
        yield current


def _continues(previous: str, text: str, spaced: bool) -> bool:
    """Whether a bare line right after a bullet continues that bullet."""
    if _DISCUSSANTS.match(text) or _PEOPLE_BLOCK.match(text) or _DISCLAIMER.search(text):
        return False
    if spaced:
        return True
    return not previous.endswith(_CLOSING) or text[0].islower()


@dataclass
class _SectionBuilder:
    title: str | None
    lines: Lines
    intro: list[Paragraph] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    end: int = 0

    def build(self) -> Section:
        end = max([self.lines.end, self.end])
        return Section(
            self.title, Lines(self.lines.start, end), tuple(self.intro), tuple(self.points)
        )


@dataclass
class _PersonEntry:
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
        return Speaker(
            self.name,
            self.role,
            self.bio,
            truncated,
            Lines(self.start, self.end),
            written_if_different(self.written, self.name),
        )


@dataclass
class _State:
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
    summary: list[Paragraph] = field(default_factory=list)
    sections: list[_SectionBuilder] = field(default_factory=list)
    discussants: list[Named] = field(default_factory=list)
    moderators: list[Named] = field(default_factory=list)
    agenda_people: list[Speaker] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    disclaimer: Paragraph | None = None
    furniture: list[Furniture] = field(default_factory=list)
    unclassified: list[Unclassified] = field(default_factory=list)

    def furnish(self, kind: str, text: str, start: int, end: int | None = None) -> None:
        self.furniture.append(Furniture(kind, text, Lines(start, end or start)))

    def paragraph(self, text: str, lines: Lines) -> Paragraph:
        voiced, about = self.gazetteer.attribute(text)
        return Paragraph(text, lines, voiced, about)

    def set_disclaimer(self, text: str, lines: Lines) -> None:
        if self.disclaimer is None:
            self.disclaimer = Paragraph(text, lines)
        else:
            self.furniture.append(Furniture("disclaimer", text, lines))

    def add_moderator(self, name: str, lines: Lines, written: str | None = None) -> None:
        if all(m.name != name for m in self.moderators):
            self.moderators.append(Named(name, lines, written))


def parse(text: str, source: str = "<text>", gazetteer: Gazetteer | None = None) -> Event:
    """Parse a decoded source text (see ``generator.source.decode``) into an ``Event``."""
    if gazetteer is None:
        from generator.config import default_gazetteer

        gazetteer = default_gazetteer()
    raw_lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [_Line(i, t) for i, t in enumerate(raw_lines, start=1)]
    state = _State(gazetteer)
    body_start = _read_header(lines, state)
    trailer_start = _find_trailer(lines, body_start)
    body = lines[body_start:trailer_start]
    spaced = _uses_blank_lines(body)
    _read_body(list(_units(body, spaced)), state)
    if trailer_start < len(lines):
        heading = lines[trailer_start]
        state.furnish("marker", normalise(heading.text), heading.number)
        _read_people_list(lines[trailer_start + 1 :], state, at_end=True)
    return _finish(state, source)


# --- header -------------------------------------------------------------------------


def _read_header(lines: list[_Line], state: _State) -> int:
    """Consume the header zone; return the index of the first body line."""
    index = 0
    seen_date = False
    location: list[_Line] = []
    while index < len(lines):
        line = lines[index]
        text = normalise(line.text)
        if not text:
            index += 1
            continue
        if text.startswith("{") and state.title is None and not seen_date:
            consumed = _read_json_block(lines, index, state)
            if consumed is not None:
                index = consumed
                continue
        image = _IMAGE.match(text)
        if image is not None:
            state.image = state.image or image.group(1)
            state.furnish("marker", image.group(0), line.number)
            rest = text[image.end() :].strip()
            if rest:
                # The marker is glued to the first paragraph: the body starts here.
                lines[index] = _Line(line.number, rest)
                break
            index += 1
            continue
        if _PAGE_TYPE.match(text) and state.title is None:
            state.furnish("page-type", text, line.number)
            index += 1
            continue
        meta = _META_DATE.match(text)
        if meta is not None and state.date is None:
            date = parse_date_line(meta.group("date"))
            if date is not None:
                state.date, state.date_text = date.iso, text
                state.header_lines["date"] = Lines(line.number, line.number)
                index += 1
                continue
        date_line = parse_date_line(text) if not seen_date else None
        if date_line is not None:
            state.date, state.time, state.date_text = date_line.iso, date_line.time, text
            state.header_lines["date"] = Lines(line.number, line.number)
            if date_line.place and not location:
                location.append(_Line(line.number, date_line.place))
            seen_date = True
            index += 1
            continue
        if (_REGISTRATION.match(text) and len(text) < 200) or _PLAYER_JUNK.match(text):
            state.furnish("notice" if _REGISTRATION.match(text) else "player", text, line.number)
            index += 1
            continue
        tags = _glued_tags(text)
        if tags is not None and (state.title is not None or seen_date):
            state.furnish("tags", text, line.number)
            index += 1
            continue
        if state.title is not None and text == state.title:
            state.furnish("repeat", text, line.number)
            index += 1
            continue
        if (
            state.title is None
            and not location
            and _looks_like_title(text)
            and (not seen_date or _title_after_date(text, state))
        ):
            if _starts_body(text):
                break
            state.title = text
            state.header_lines["title"] = Lines(line.number, line.number)
            index += 1
            continue
        if (
            state.title is not None
            and state.subtitle is None
            and not seen_date
            and not location
            and _is_subtitle(lines, index, text)
        ):
            state.subtitle = text
            state.header_lines["subtitle"] = Lines(line.number, line.number)
            index += 1
            continue
        if (
            _is_location(text, seen_date or _date_follows(lines, index), state)
            and len(location) < 3
        ):
            location.append(_Line(line.number, text))
            index += 1
            continue
        break
    if location:
        state.location = ", ".join(line.text for line in location)
        state.header_lines["location"] = Lines(location[0].number, location[-1].number)
    return index


def _following(lines: list[_Line], index: int, count: int) -> list[str]:
    """The next ``count`` non-blank lines after ``index``, normalised."""
    out: list[str] = []
    for line in lines[index + 1 :]:
        text = normalise(line.text)
        if text:
            out.append(text)
            if len(out) == count:
                break
    return out


def _title_after_date(text: str, state: _State) -> bool:
    """A title printed below the date: longer than a place name and not shaped like one."""
    known = {a for c in state.gazetteer.capitals for a in c.places}
    return (
        len(text.split()) >= 4
        and text not in known
        and not _LOCATION_HINT.search(text)
        and not text.endswith(_TERMINAL)
    )


def _date_follows(lines: list[_Line], index: int) -> bool:
    """Whether the next non-blank line is a date line (a place written before the date)."""
    nxt = _following(lines, index, 1)
    return bool(nxt) and parse_date_line(nxt[0]) is not None


def _is_subtitle(lines: list[_Line], index: int, text: str) -> bool:
    """A second title line, followed by a place and a date."""
    nxt = _following(lines, index, 2)
    return (
        len(nxt) == 2
        and _looks_like_title(text)
        and not is_sentence(nxt[0])
        and parse_date_line(nxt[0]) is None
        and parse_date_line(nxt[1]) is not None
    )


def _starts_body(text: str) -> bool:
    return bool(
        _BULLET.match(text)
        or _DISCUSSANTS.match(text)
        or _PEOPLE_BLOCK.match(text)
        or _TRAILER.match(text)
        or _CONTAINER_HEADINGS.match(text)
    )


def _is_location(text: str, seen_date: bool, state: _State) -> bool:
    if is_sentence(text) or text.endswith(_TERMINAL) or len(text) > 120 or _starts_body(text):
        return False
    if seen_date:
        return True
    known = {a for c in state.gazetteer.capitals for a in c.places}
    return state.title is not None and (text in known or bool(_LOCATION_HINT.search(text)))


def _read_json_block(lines: list[_Line], index: int, state: _State) -> int | None:
    """Consume a JSON metadata block; text glued after its closing brace stays as a line."""
    joined = "\n".join(line.text for line in lines[index:])
    start = joined.index("{")
    try:
        _, end = json.JSONDecoder().raw_decode(joined, start)
    except ValueError:
        return None
    consumed = joined[:end]
    last = index + consumed.count("\n")
    state.furnish("metadata", consumed.strip(), lines[index].number, lines[last].number)
    rest = lines[last].text[len(consumed.rsplit("\n", 1)[-1]) :]
    if normalise(rest):
        lines[last] = _Line(lines[last].number, rest)
        return last
    return last + 1


# --- trailer ------------------------------------------------------------------------


def _find_trailer(lines: list[_Line], body_start: int) -> int:
    """Index of the ``event speakers`` heading (or its cut-off stump), else len(lines)."""
    nonblank = [i for i in range(body_start, len(lines)) if not _is_blank(lines[i].text)]
    for i in nonblank:
        text = normalise(lines[i].text)
        if text.lower() in ("event speakers", "event speaker"):
            return i
    if nonblank:
        last = normalise(lines[nonblank[-1]].text).lower()
        if 3 <= len(last) < len(_TRAILER_WORDS) and _TRAILER_WORDS.startswith(last):
            return nonblank[-1]
    return len(lines)


def _uses_blank_lines(lines: list[_Line]) -> bool:
    blanks = sum(1 for line in lines if _is_blank(line.text))
    return blanks * 4 >= max(1, len(lines) - blanks)


# --- body ---------------------------------------------------------------------------


def _read_body(units: list[_Unit], state: _State) -> None:
    current: _SectionBuilder | None = None
    related = False
    index = 0
    while index < len(units):
        unit = units[index]
        text = unit.text
        following = units[index + 1] if index + 1 < len(units) else None
        index += 1
        image = _IMAGE.search(text)
        if image is not None:
            state.image = state.image or image.group(1)
            state.furnish("marker", image.group(0), unit.start)
            text = _IMAGE.sub(" ", text).strip()
            if not text:
                continue
            unit = replace(unit, text=text)
        if related:
            state.furnish("related", text, unit.start, unit.end)
            continue
        if not unit.bullet and _is_furniture(text, state, unit.lines):
            continue
        if not unit.bullet and _RELATED.match(text):
            related = True
            state.furnish("related", text, unit.start)
            continue
        if _DISCLAIMER.search(text):
            state.set_disclaimer(text, unit.lines)
            continue
        discussants = _DISCUSSANTS.match(text)
        if discussants is not None and not unit.bullet:
            state.furnish("marker", discussants.group("kw") + ":", unit.start)
            for written in split_names(discussants.group("rest")):
                name = strip_honorific(written)
                state.discussants.append(
                    Named(name, unit.lines, written_if_different(written, name))
                )
            continue
        block = _PEOPLE_BLOCK.match(text) if not unit.bullet else None
        if block is not None:
            index = _read_people_block(units, index, block, unit, state)
            continue
        if (
            not unit.bullet
            and _TRAILER.match(text)
            and following is not None
            and looks_like_name(following.text)
        ):
            state.furnish("marker", text, unit.start)
            rest = [_Line(u.start, u.text) for u in units[index:]]
            _read_people_list(rest, state, at_end=False)
            return
        spoke = _SPOKE_ON.match(text) if not unit.bullet else None
        if spoke is not None and looks_like_name(spoke.group("name")):
            entry = _PersonEntry(spoke.group("name"), unit.start, unit.end, spoke.group("role"))
            entry.bio = text
            state.agenda_people.append(entry.speaker())
            continue
        transcript = _TRANSCRIPT.match(text) if not unit.bullet else None
        if unit.bullet or transcript is not None:
            if transcript is not None:
                label: str | None = transcript.group("label").strip()
                body = transcript.group("text").strip()
            else:
                label, body = _split_label(text)
            if current is None:
                current = _SectionBuilder(None, unit.lines)
                state.sections.append(current)
            if unit.number:
                state.furnish("marker", unit.number, unit.start)
            current.points.append(_point(label, body, unit.lines, state))
            current.end = unit.end
            continue
        if state.disclaimer is not None and looks_like_name(text) and not unit.bullet:
            # After the disclaimer comes the speakers list, with or without its heading.
            rest = [_Line(u.start, u.text) for u in units[index - 1 :]]
            _read_people_list(rest, state, at_end=True)
            return
        if looks_like_name(text) and _starts_people_run(units, index - 1):
            end = _people_run_end(units, index - 1)
            run = [_Line(u.start, u.text) for u in units[index - 1 : end]]
            _read_people_list(run, state, at_end=False)
            index = end
            continue
        if _looks_like_heading(text):
            if following is None or _is_heading_unit(following):
                state.furnish("heading", text, unit.start)
                continue
            current = _SectionBuilder(text, unit.lines)
            state.sections.append(current)
            continue
        paragraph = state.paragraph(text, unit.lines)
        if _is_repeat(text, state, following):
            state.furnish("repeat", text, unit.start, unit.end)
        elif current is None:
            state.summary.append(paragraph)
        else:
            current.intro.append(paragraph)
            current.end = unit.end


def _mentions_person(name: str, text: str) -> bool:
    surname = name.split()[-1]
    return surname in text or text.startswith(("He ", "She ", "They "))


def _starts_people_run(units: list[_Unit], index: int) -> bool:
    """A name line followed by a bio about that person (optionally with a role between)."""
    name = units[index].text
    after = units[index + 1 : index + 3]
    if not after or after[0].bullet:
        return False
    if _is_bio_of(name, after[0].text, last=len(after) == 1 and index + 2 == len(units)):
        return True
    role = after[0].text
    return (
        "," in role
        and not is_sentence(role)
        and len(after) == 2
        and _is_bio_of(name, after[1].text, last=index + 3 == len(units))
    )


def _is_bio_of(name: str, text: str, last: bool) -> bool:
    """A bio opens with the person's name (or surname, or a pronoun); the page's last
    line may be a bio cut off mid-sentence."""
    words = name.split()
    opens = text.startswith((words[0], words[-1], "He ", "She ", "They "))
    return opens and (is_sentence(text) or (last and len(text.split()) >= 4))


def _people_run_end(units: list[_Unit], index: int) -> int:
    """Index after a headless run of name / role / bio entries."""
    end = index
    while end < len(units) and not units[end].bullet:
        if looks_like_name(units[end].text):
            if not _starts_people_run(units, end) and end != index:
                break
            end += 1
            continue
        if _DISCUSSANTS.match(units[end].text) or _DISCLAIMER.search(units[end].text):
            break
        if not is_sentence(units[end].text) and "," not in units[end].text:
            break
        end += 1
    return end


def _is_heading_unit(unit: _Unit) -> bool:
    text = normalise(_IMAGE.sub(" ", unit.text))
    return (
        not unit.bullet
        and _looks_like_heading(text)
        and not _PEOPLE_BLOCK.match(text)
        and not _TRAILER.match(text)
        and not _DISCUSSANTS.match(text)
        and not _NOTICES.match(text)
    )


def _is_furniture(text: str, state: _State, lines: Lines) -> bool:
    """Set aside player junk, notices, a repeated title and glued topic tags."""
    if _PLAYER_JUNK.match(text) or _NOTICES.match(text):
        kind = "notice"
    elif state.title is not None and text == state.title:
        kind = "repeat"
    elif _glued_tags(text) is not None:
        kind = "tags"
    else:
        return False
    state.furniture.append(Furniture(kind, text, lines))
    return True


def _is_repeat(text: str, state: _State, following: _Unit | None) -> bool:
    """An opening sentence printed again as its own paragraph."""
    if following is not None and following.text != text and following.text.startswith(text):
        return True
    return any(p.text == text for p in state.summary)


def _point(label: str | None, text: str, lines: Lines, state: _State) -> Point:
    whole = f"{label}: {text}" if label else text
    voiced, about = state.gazetteer.attribute(whole)
    return Point(label, text, lines, voiced, about)


def _read_people_block(
    units: list[_Unit], index: int, block: re.Match[str], head: _Unit, state: _State
) -> int:
    """Read a ``Speakers:`` / ``Moderator:`` block; return the index after it."""
    keyword = block.group("kw")
    moderating = bool(_MODERATOR_KW.match(keyword))
    state.furnish("marker", keyword + ":", head.start)
    entries: list[tuple[str, int]] = []
    rest = (block.group("rest") or "").strip()
    if rest:
        entries.extend((part, head.start) for part in re.split(r"\s*;\s*", rest) if part.strip())
    while index < len(units):
        unit = units[index]
        if unit.bullet:
            # "• Name" with the role on indented lines below it.
            if split_name_role(unit.parts[0]) is None:
                break
            entries.extend((part, unit.start + n) for n, part in enumerate(unit.parts))
            index += 1
            continue
        text = unit.text
        if _PEOPLE_BLOCK.match(text) or _DISCUSSANTS.match(text) or is_sentence(text):
            break
        if entries and split_name_role(text) is None and not _continues_entry(text):
            break
        if not entries and split_name_role(text) is None:
            break
        entries.append((text, unit.start))
        index += 1
    people: list[_PersonEntry] = []
    for text, number in entries:
        parsed = split_name_role(text)
        if parsed is not None and (parsed[1] is not None or looks_like_name(text)):
            people.append(_PersonEntry(text.split(",", 1)[0].strip(), number, number, parsed[1]))
        elif people:
            person = people[-1]
            person.role = f"{person.role}, {text}" if person.role else text
            person.end = number
        else:
            state.unclassified.append(Unclassified(text, Lines(number, number)))
    for person in people:
        speaker = person.speaker()
        state.agenda_people.append(speaker)
        if moderating:
            state.add_moderator(person.name, speaker.lines, speaker.written)
    return index


def _continues_entry(text: str) -> bool:
    """A title or organisation line under a name in a people block."""
    return not is_sentence(text) and not _looks_like_section_heading(text)


def _looks_like_section_heading(text: str) -> bool:
    return bool(
        re.match(r"^(?:Panel|Session|Part)\s+[\dIVX]+\b", text)
        or _CONTAINER_HEADINGS.match(text)
        or _TRAILER.match(text)
        or is_time_slot(text)
    )


def _read_people_list(lines: list[_Line], state: _State, at_end: bool) -> None:
    """Read name / role / bio entries (the speakers trailer or a participants list)."""
    items = [(line.number, normalise(line.text)) for line in lines if not _is_blank(line.text)]
    entries: list[_PersonEntry] = []
    i = 0
    while i < len(items):
        number, text = items[i]
        nxt = items[i + 1][1] if i + 1 < len(items) else None
        person = entries[-1] if entries else None
        if _DISCLAIMER.search(text):
            state.set_disclaimer(text, Lines(number, number))
        elif _is_furniture(text, state, Lines(number, number)):
            pass
        elif looks_like_name(text) and not (
            person is not None
            and person.role_line_open
            and person.role is None
            and person.bio is None
            and _is_role_here(text, nxt)
        ):
            entries.append(_PersonEntry(text, number, number))
        elif (recovered := _name_from_bio(text, nxt)) is not None and (
            person is None or person.bio is not None or person.role is not None
        ):
            # A role line whose name line was lost: the bio below it names the person.
            entries.append(_PersonEntry(recovered, number, number, role=text))
        elif person is None:
            state.unclassified.append(Unclassified(text, Lines(number, number)))
        elif (
            not is_sentence(text)
            and person.role is None
            and person.bio is None
            and (nxt is None or not _is_name_for_bio(text, nxt))
            and not (at_end and nxt is None and len(text.split()) > 6)
        ):
            person.role = text
            person.end = number
        else:
            person.bio = f"{person.bio} {text}" if person.bio else text
            person.role_line_open = False
            person.end = number
        i += 1
    last_text = items[-1][1] if items else ""
    for n, entry in enumerate(entries):
        final = n == len(entries) - 1 and at_end
        cut = final and (
            (entry.role is None and entry.bio is None)
            or (entry.bio is not None and not last_text.endswith(_CLOSING))
        )
        state.speakers.append(entry.speaker(bool(cut)))


def _name_from_bio(role: str, bio: str | None) -> str | None:
    """The name a bio opens with, when ``role`` is a role line standing without its name."""
    if bio is None or is_sentence(role) or looks_like_name(role) or not is_sentence(bio):
        return None
    words = bio.split()
    for size in (4, 3, 2):
        candidate = " ".join(words[:size])
        if looks_like_name(candidate) and len(words) > size and words[size][:1].islower():
            return candidate
    return None


def _is_role_here(text: str, nxt: str | None) -> bool:
    """A name-shaped line right after a name is a role when a bio about someone else follows."""
    if nxt is None or not is_sentence(nxt):
        return False
    surname = text.split()[-1]
    return surname not in nxt


def _is_name_for_bio(text: str, nxt: str) -> bool:
    return looks_like_name(text) and is_sentence(nxt) and text.split()[-1] in nxt


# --- assembly -----------------------------------------------------------------------


def _find_host(paragraphs: list[Paragraph]) -> Host | None:
    for paragraph in paragraphs:
        for pattern in HOST_PATTERNS:
            for match in pattern.finditer(paragraph.text):
                found = trailing_name(match.group("name"))
                if found is not None:
                    org = match.groupdict().get("org")
                    return Host(found[1], org, paragraph.lines)
    return None


def _find_moderators(paragraphs: list[Paragraph], state: _State) -> None:
    for paragraph in paragraphs:
        for pattern in MODERATOR_PATTERNS:
            for match in pattern.finditer(paragraph.text):
                found = trailing_name(match.group("name"))
                if found is not None:
                    written, name = found
                    state.add_moderator(name, paragraph.lines, written_if_different(written, name))


def _merge_people(state: _State) -> list[Speaker]:
    """Speakers from the trailer, roles filled from agenda lines, agenda-only people added."""
    speakers = list(state.speakers)
    by_name = {p.name: p for p in state.agenda_people}
    for i, speaker in enumerate(speakers):
        agenda = by_name.get(speaker.name)
        if agenda is not None and speaker.role is None and agenda.role is not None:
            speakers[i] = replace(speaker, role=agenda.role)
    listed = {s.name for s in speakers}
    for person in state.agenda_people:
        if person.name not in listed:
            speakers.append(person)
            listed.add(person.name)
    return speakers


def _finish(state: _State, source: str) -> Event:
    prose = state.summary + [p for s in state.sections for p in s.intro]
    host = _find_host(prose)
    _find_moderators(prose, state)
    sections = [s.build() for s in state.sections]
    furniture = sorted(state.furniture, key=lambda f: f.lines.start)
    return Event(
        source=source,
        title=state.title,
        subtitle=state.subtitle,
        date=state.date,
        date_text=state.date_text,
        time=state.time,
        location=state.location,
        image=state.image,
        host=host,
        moderators=tuple(state.moderators),
        summary=tuple(state.summary),
        sections=tuple(sections),
        discussants=tuple(state.discussants),
        speakers=tuple(_merge_people(state)),
        agenda=tuple(state.agenda_people),
        disclaimer=state.disclaimer,
        furniture=tuple(furniture),
        unclassified=tuple(state.unclassified),
        header_lines=dict(state.header_lines),
    )
