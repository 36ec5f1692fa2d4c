"""Parse one event-summary source text into an ``Event``.

``parse(text, source=..., gazetteer=...)`` is pure: text in, immutable model out, no I/O.
It reads the page in three zones:

* the *header*: junk lines, a JSON metadata block, the title, the date line, the place
  lines, topic tags and the image marker;
* the *body*: the lede, section headings, intros, bullets (the points), people blocks
  (``Speakers:``, ``Moderator:``), the discussant list, the disclaimer, page furniture;
* the *trailer*: the ``event speakers`` list of name / role / bio entries.

What it recognises goes into typed fields; anything else is kept as ``unclassified``.
The zones live in ``header``, this module (the body) and ``listings``; the line shapes
they share in ``shapes``; what they gather in ``gathering``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from generator.parse.capitals import Gazetteer
from generator.parse.dates import (
    CLOCKISH,
    DateLine,
    announced_date,
    cjk_clock_after_day,
    clock_after,
    clock_in_sentence,
    find_date,
    first_full_date,
    held_at_clock,
    is_time_line,
    is_time_slot,
    parse_date_line,
    year_of_page,
)
from generator.parse.event_kind import EVENT_NOUNS, event_type, tense
from generator.parse.fields import SECTION_LABEL, guess_language, is_online, read_field
from generator.parse.hanzi import is_chinese, simplified
from generator.parse.header import (
    ADDRESS,
    HEADER_JUNK,
    TABLE_RULE,
    is_location,
    locative,
    one_word,
    read_header,
    without_translation,
)
from generator.parse.line_kinds import (
    BULLET,
    DISCLAIMER,
    DISCUSSANTS,
    IMAGE,
    LOCATION_HINT,
    MODERATOR_KW,
    NOTICES,
    PEOPLE_BLOCK,
    REGISTRATION,
    RELATED,
    SPOKE_ON,
    TRAILER,
    TRAILER_WORDS,
    TRANSCRIPT,
    VENUE_HINT,
    SourceLine,
    Unit,
    broken_after_first_word,
    group_units,
    is_blank,
    looks_like_heading,
    normalise,
    split_label,
)
from generator.parse.model import (
    Event,
    Furniture,
    Host,
    Lines,
    Named,
    Paragraph,
    Point,
    Speaker,
)
from generator.parse.names import (
    CJK_FIELD_WORDS,
    HOST_PATTERNS,
    MODERATOR_PATTERNS,
    ORG_JOINS,
    WIDE,
    is_sentence,
    looks_like_name,
    same_person,
    split_name_role,
    split_names,
    strip_honorific,
    trailing_name,
    written_if_different,
)
from generator.parse.people_blocks import (
    BRACKETED_ENTRY,
    NAME_THEN_TALK,
    bracketed_list,
    people_run_end,
    read_people_block,
    read_people_list,
    starts_people_run,
)
from generator.parse.people_shapes import (
    DAY_DASH,
    MAX_FOUND,
    Person,
    bare_names,
    bio_opening,
    cjk_people,
    has_role_words,
    lead_name,
    name_role_line,
    name_then_title,
    people_in_line,
    people_in_prose,
    remarks_line,
    remarks_run,
    semicolon_run,
)
from generator.parse.places import (
    city_after_verb,
    city_in,
    city_within,
    cjk_place,
    is_city,
    is_known_city,
    marked_place,
    online_cue,
    place_in_prose,
)
from generator.parse.sentences import sentences_of, union
from generator.parse.state import (
    PersonEntry,
    SectionBuilder,
    State,
    is_furniture,
    split_role,
    with_rest,
)

SUMMARY_HEADING = re.compile(r"^(?:event )?(?:summary|overview)$", re.I)
"""A heading over the lede paragraphs: the summary, not a theme."""


def parse(text: str, source: str = "<text>", gazetteer: Gazetteer | None = None) -> Event:
    """Parse a decoded source text (see ``generator.parse.source.decode``) into an ``Event``."""
    if gazetteer is None:
        from generator.store.site_config import default_gazetteer

        gazetteer = default_gazetteer()
    raw_lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [SourceLine(i, t) for i, t in enumerate(raw_lines, start=1)]
    posted = first_full_date(text[:4_000])
    reference = posted or year_of_page(text[:4_000])
    state = State(gazetteer, language=guess_language(text), reference=reference, posted=posted)
    body_start = read_header(lines, state)
    trailer_start = _find_trailer(lines, body_start)
    body = lines[body_start:trailer_start]
    spaced = _uses_blank_lines(body)
    _read_body(list(group_units(body, spaced, broken_after_first_word(body))), state)
    _people_column(lines, state)
    if trailer_start < len(lines):
        heading = lines[trailer_start]
        state.furnish("marker", normalise(heading.text), heading.number)
        read_people_list(lines[trailer_start + 1 :], state, at_end=True)
    return _finish(state, source)


# --- trailer ------------------------------------------------------------------------


def _find_trailer(lines: list[SourceLine], body_start: int) -> int:
    """Index of the ``event speakers`` heading (or its cut-off stump), else len(lines)."""
    nonblank = [i for i in range(body_start, len(lines)) if not is_blank(lines[i].text)]
    for i in nonblank:
        text = normalise(lines[i].text)
        if text.lower() in ("event speakers", "event speaker"):
            return i
    if nonblank:
        last = normalise(lines[nonblank[-1]].text).lower()
        if 3 <= len(last) < len(TRAILER_WORDS) and TRAILER_WORDS.startswith(last):
            return nonblank[-1]
    return len(lines)


_STYLED_CELL = re.compile(
    r"^(?P<name>(?:(?:Assistant|Associate|Emeritus|Adjunct|Visiting)\s+)?"
    r"(?:Prof|Professor|Dr|Mr|Ms|Mrs|Amb|Ambassador)\.?\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4})"
    r"\s*\|$"
)
"""``Prof Michele Ford |``: a styled name alone in a table cell."""
_REMARKS_HEADING = re.compile(
    r"(?i:(?:opening|welcome|welcoming|closing|concluding|introductory|keynote|special)\s+"
    r"(?:remarks|address(?:es)?|speech(?:es)?|lectures?)|keynote speakers?)"
)
"""A programme's heading over the people who give that part (``Opening Addresses``)."""
_AFFILIATION = re.compile(
    r"[A-Z]{2,6}|.*\b(?:University|Institute|College|School|Ministry|Department|Foundation|"
    r"Council|Cent(?:er|re)|Academy|Agency|Embassy|Office|Universität|Université|Universidad)\b.*"
)
"""An organisation written after a discussant's name (``SMU``, ``Harvard University``)."""
_BAR = re.compile(r"^\s*[|｜]\s*$")


def _bar_cell(units: list[Unit], start: int, label: str, head: Unit, state: State) -> int | None:
    """A flattened table's row: a label (``When``, ``Where``) and a bar, then its value
    wrapped over the units from ``start`` up to the next bar. Apply it as a field; return
    the index after the value, or None when the label is no field or the value no value."""
    if len(label) > 30:
        return None
    found = read_field(label + ":")
    if found is None or found.kind == "title":
        return None
    cell: list[str] = []
    end = start
    while end < len(units) and end < start + 5 and not _BAR.match(units[end].text):
        text = units[end].text
        cell.append(text.rstrip("|｜ "))
        end += 1
        if text.rstrip().endswith(("|", "｜")):
            break
    value = " ".join(c for c in cell if c)
    if not value:
        return None
    lines = Lines(head.start, units[end - 1].end)
    if not state.apply_field(found, value, lines, f"{label}: {value}"):
        return None
    return end


_SLOT_LABEL = re.compile(r"^(?P<hour>\d{1,2}[.:：]\d{2})\s+(?P<label>\S.*)$")


_CJK_NUMBER = re.compile(r"^[一二三四五六七八九十]{1,3}\s*[、.．]\s*")


def _numbered_label(text: str) -> re.Match[str] | None:
    """``· Speaker 1: Prof. X, role``: a bullet holding a numbered label and its person."""
    item = BULLET.match(text)
    inner = item.group("text").strip() if item is not None else text.strip()
    block = PEOPLE_BLOCK.match(inner) if re.match(r"^\w+(?: \w+)? \d{1,2}\s*[:：]", inner) else None
    return block if block is not None and block.group("rest") else None


def _uses_blank_lines(lines: list[SourceLine]) -> bool:
    blanks = sum(1 for line in lines if is_blank(line.text))
    return blanks * 4 >= max(1, len(lines) - blanks)


# --- body ---------------------------------------------------------------------------


def _told(state: State) -> int:
    """How many sentences of prose the page has given so far (at most two are counted)."""
    count = 0
    for paragraph in [*state.summary, *(p for s in state.sections for p in s.intro)]:
        if is_sentence(paragraph.text) and len(paragraph.text.split()) >= 8:
            count += 1
            if count >= 2:
                break
    return count


_SHARE_END = re.compile(
    r"^(?:compartir esta noticia|compartir esta nota|partager cet article|share this (?:article|"
    r"story|post|news)|diesen artikel teilen|artikel teilen|この記事をシェア|기사 공유하기)$",
    re.I,
)
"""A share button closing a news report (other news may follow it)."""


def _read_body(units: list[Unit], state: State) -> None:
    current: SectionBuilder | None = None
    related = False
    context = False  # under a people heading or a sentence introducing the speakers
    previous_person = False
    index = 0
    while index < len(units):
        unit = units[index]
        text = unit.text
        following = units[index + 1] if index + 1 < len(units) else None
        index += 1
        image = IMAGE.search(text)
        if image is not None:
            state.image = state.image or image.group(1)
            for marker in IMAGE.finditer(text):  # every marker a unit holds is kept
                state.furnish("marker", marker.group(0), unit.start)
            text = IMAGE.sub(" ", text).strip()
            if not text:
                continue
            unit = replace(unit, text=text)
        if related:
            state.furnish("related", text, unit.start, unit.end)
            continue
        if not unit.bullet and RELATED.match(text):  # "You May Also Like": the rest is other pages'
            related = True
            state.furnish("related", text, unit.start)
            continue
        if not unit.bullet and _SHARE_END.match(text) and _told(state) >= 2:
            related = True  # "Compartir esta noticia" after the report: other news follows
            state.furnish("related", text, unit.start)
            continue
        if not unit.bullet and is_furniture(text, state, unit.lines):
            continue
        if unit.bullet and state.date is None and index <= 12 and "date" not in state.labelled:
            listed_day = parse_date_line(text)
            if listed_day is not None and listed_day.iso is not None and listed_day.time:
                # "• Thursday 15th March 2018 17:30 (1 hour, 15 mins)": the day and its hour in
                # a list of facts
                state.replace_date(listed_day.iso, text, unit.lines, "date")
                state.time = state.time or listed_day.time
                state.furnish("date", text, unit.start, unit.end)
                continue
        if DISCLAIMER.search(text):
            state.set_disclaimer(text, unit.lines)
            continue
        if (
            state.title is None
            and not unit.bullet
            and following is not None
            and looks_like_heading(text)
            and not one_word(text)  # "Policies" above the date: a section of the site
            and not HEADER_JUNK.match(text)  # "澎湃新闻记者 辛恩波": a byline over the stamp
            and _is_dated(following.text)
            and index + 1 < len(units)  # the publisher's signature and stamp end a report
        ):
            # the title printed after the description, the date line right below it
            state.title = text
            state.header_lines["title"] = unit.lines
            continue
        released = state.press_release and "date" not in state.labelled and state.date is not None
        posted = state.date is not None and state.time is None and "date" not in state.labelled
        # "• 23/04/2024" over "• De 16:00 a 16:45": a bullet that is only the day
        dated_bullet = unit.bullet and state.date is None and len(text) <= 40
        if (state.date is None or released or posted) and (not unit.bullet or dated_bullet):
            dated = parse_date_line(text.rstrip(",;"))
            if (
                dated is not None
                and dated.iso is not None
                and dated.iso != state.date
                and (state.date is None or released or _later_with_time(dated, state.date))
            ):
                # a date line below the description; a release's own date or the day the
                # page was posted, when there was one, stays as furniture
                if state.date_text is not None:
                    state.press_release = False
                state.replace_date(dated.iso, text, unit.lines)
                state.time = dated.time
                state.furnish("date", text, unit.start, unit.end)
                if dated.place and state.location is None:
                    state.location = dated.place
                index = _time_and_place_after(units, index, state)
                continue
        if state.date is None and state.location is None and not unit.bullet and len(text) <= 80:
            yearless = parse_date_line(text.rstrip(",;"))
            if yearless is not None and yearless.iso is None:
                # "Friday, March 11 @ 12:00-1:30pm PST" over "Frederic Wood Theatre" and the
                # address: a day printed without its year (no date to give), where it is held
                after = _time_and_place_after(units, index, state)
                if state.location is not None:
                    state.furnish("date", text, unit.start, unit.end)
                    index = after
                    continue
        if (
            state.date is not None
            and not unit.bullet
            and (state.location is None or state.time is None)
        ):
            again = parse_date_line(text.rstrip(",;"))
            if again is not None and again.iso == state.date:
                # the date printed again over the time and address ("Zeit & Ort", "When
                # and where"): the lines under it say where, and when in the day
                state.time = state.time or again.time
                state.furnish("date", text, unit.start, unit.end)
                index = _time_and_place_after(units, index, state)
                continue
        found = read_field(text)
        if found is None and following is not None:
            # "When" / "|" / "Apr" / "10, 2012 |": a flattened table's row
            if _BAR.match(following.text):
                barred = _bar_cell(units, index + 1, text, unit, state)
            elif re.search(r"\s[|｜]$", text):
                barred = _bar_cell(units, index, text[:-1].strip(), unit, state)
            else:
                barred = None
            if barred is not None:
                index = barred
                continue
        if found is not None and unit.bullet and found.kind == "title":
            found = None  # "• Topic: ..." is a labelled point of the discussion
        if found is not None:
            if found.value and state.apply_field(found, found.value, unit.lines, text):
                if found.kind == "date" and state.time is None:
                    index = _time_and_place_after(units, index, state)  # "6 p.m.-8 p.m." below
                continue
            if (
                not found.value
                and following is not None
                and read_field(following.text) is None
                and state.apply_field(
                    found,
                    following.text,
                    Lines(unit.start, following.end),
                    f"{text} {following.text}",
                )
            ):
                index += 1
                if found.kind == "date" and state.time is None:
                    index = _time_and_place_after(units, index, state)  # "Date & Time" block
                continue
        discussants = DISCUSSANTS.match(text)
        if discussants is not None and not unit.bullet:
            state.furnish("marker", discussants.group("kw") + ":", unit.start)
            listed: list[str] = []
            for written in split_names(discussants.group("rest")):
                if listed and _AFFILIATION.fullmatch(written) and not looks_like_name(written):
                    # "Discussant: Joshua Rovner, SMU": the affiliation, not a person (kept)
                    state.furnish("people", discussants.group("rest"), unit.start, unit.end)
                    continue
                if listed and not looks_like_name(written) and has_role_words(written):
                    # "Ambassador Y.J. Choi, Ambassador of the Republic of Korea to …": a role
                    state.furnish("people", discussants.group("rest"), unit.start, unit.end)
                    continue
                listed.append(written)
            for written in listed:
                name = strip_honorific(written)
                state.discussants.append(
                    Named(name, unit.lines, written_if_different(written, name))
                )
            continue
        if (
            not unit.bullet
            and TRAILER.match(text)
            and following is not None
            and looks_like_name(following.text)
            and starts_people_run(units, index)
        ):
            # "Participants" over name / bio entries: read them as a speakers list.
            state.furnish("marker", text, unit.start)
            _read_people(units[index:], state, at_end=False)
            return
        numbered = _CJK_NUMBER.match(text) if not unit.bullet else None
        if numbered is not None and PEOPLE_BLOCK.match(text[numbered.end() :]):
            # "一、主讲人:肖平教授": a label numbered in Chinese numerals
            state.furnish("marker", numbered.group(0).strip(), unit.start)
            text = text[numbered.end() :]
        block = PEOPLE_BLOCK.match(text) if not unit.bullet else _numbered_label(text)
        slot = _SLOT_LABEL.match(text) if block is None and not unit.bullet else None
        if slot is not None:  # "14.45 Moderation: Nele Noesselt": a slot's hour, then a label
            block = PEOPLE_BLOCK.match(slot.group("label"))
            if block is not None and block.group("rest"):
                state.furnish("time", slot.group("hour"), unit.start)
            else:
                block = None
        said = (block.group("rest") or block.group("bare")) if block is not None else None
        if block is not None and said and not _names_in(said):
            block = None  # "Keynote: A Vision for the Region": a talk's title, not people
        if block is not None:
            index = read_people_block(units, index, block, unit, state)
            if current is not None:
                current.panel = True
            continue
        if not unit.bullet and (TRAILER.match(text) or _REMARKS_HEADING.fullmatch(text)):
            # "Speakers" / "Opening Remarks" over the entries below
            state.furnish("marker", text, unit.start)
            context, previous_person = True, False
            continue
        spoke = SPOKE_ON.match(text) if not unit.bullet else None
        if spoke is not None and looks_like_name(spoke.group("name")):
            entry = PersonEntry(spoke.group("name"), unit.start, unit.end, spoke.group("role"))
            entry.bio = text
            state.agenda_people.append(entry.speaker())
            _moderators_named(text, entry.speaker().name, unit.lines, state)
            continue
        paired = _name_over_role(units, index - 1, state)
        if paired:
            index += paired - 1
            previous_person = True
            continue
        taken = _person_unit(unit, following, state, context or previous_person)
        previous_person = taken
        if taken:
            continue
        transcript = TRANSCRIPT.match(text) if not unit.bullet else None
        if transcript is not None and is_city(transcript.group("label").title()):
            transcript = None  # "ABU DHABI: The fifth …": a news dateline, not a speaker's turn
        if unit.bullet or transcript is not None:
            if transcript is not None:
                label: str | None = transcript.group("label").strip()
                body = transcript.group("text").strip()
            else:
                label, body = split_label(text)
            if current is None:
                current = SectionBuilder(None, unit.lines)
                state.sections.append(current)
            if unit.number:
                state.furnish("marker", unit.number, unit.start)
            current.points.append(_point(label, body, unit.lines, state))
            current.end = unit.end
            speaker = _talk_speaker(label, body, current) if unit.bullet else None
            if speaker is not None:
                _add_person(state, speaker, unit.lines, None)
            continue
        if (
            state.disclaimer is not None
            and not unit.bullet
            and (looks_like_name(text) or (TRAILER.match(text) and following is not None))
        ):
            # After the disclaimer comes the speakers list, with or without its heading.
            first = index - 1
            if TRAILER.match(text):
                state.furnish("marker", text, unit.start)
                first = index
            _read_people(units[first:], state, at_end=True)
            return
        if looks_like_name(text) and starts_people_run(units, index - 1):
            end = people_run_end(units, index - 1)
            _read_people(units[index - 1 : end], state, at_end=False)
            index = end
            continue
        context = bool(_INTRODUCES_PEOPLE.search(text)) and text.endswith((":", "："))
        chair = _TRAILING_CHAIR.search(text) if not unit.bullet else None
        if chair is not None and looks_like_name(chair.group("name")):
            # "10:00 - 10:45AM - Morning Session - Chair: Martyn Lyons": the slot's chair
            _add_person(state, Person(chair.group("name"), None, True), unit.lines, None)
        if looks_like_heading(text):
            if following is None or _is_heading_unit(following):
                state.furnish("heading", text, unit.start)
                continue
            if current is None and not state.sections and SUMMARY_HEADING.match(text):
                state.furnish("heading", text, unit.start)  # "Summary" over the lede
                continue
            current = SectionBuilder(text, unit.lines)
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


_TRAILING_CHAIR = re.compile(
    r"\s[-–—|]\s+(?:Chair|Chaired by|Moderator|Moderated by|Chairperson)\s*:?\s+"
    r"(?P<name>(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})$"
)
"""A programme's slot that ends with who chairs it (``… - Morning Session - Chair: X``)."""
_NAME_OF_HOUSE = re.compile(
    r"^(?P<name>(?:(?:Dr|Prof|Mr|Ms|Mrs|Amb|Captain|Capt|Gen|Adm|Col)\.?\s+)?"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})\s+"
    r"(?P<role>(?:of|from|at)\s+(?:the\s+)?[A-Z].*)$"
)
"""``Dr. Larry M. Wortzel of the U.S.-China … Commission``: a name, then where from."""
_INTRODUCES_PEOPLE = re.compile(
    r"\b(?:speakers?|panel(?:l)?ists?|participants|guests|presenters|experts|featuring|"
    r"include|including|joined by|discussants|participación|participation|intervienen|"
    r"participan|diskutieren|as follows|sprechen|diskutiert|redner(?:innen)?|gäste|podium|"
    r"intervenants|avec|participent|intervienen)\b|발표자|토론자|登壇者|嘉宾|Referent|"
    r"ponentes",
    re.I,
)


def _later_with_time(dated: DateLine, posted: str) -> bool:
    """A dated line with a start time, after a bare date above it: the event's date line
    under the day the page was posted (``平成23年12月6日`` ... ``12月12日(月)18時30分~``)."""
    if dated.time is None or dated.iso is None:
        return False
    gap = (dt.date.fromisoformat(dated.iso) - dt.date.fromisoformat(posted)).days
    return 0 < gap <= 365


def _is_dated(text: str) -> bool:
    found = parse_date_line(text.rstrip(",;"))
    return found is not None and found.iso is not None


def _names_in(rest: str) -> bool:
    """Whether the words after ``Speakers:`` name anyone."""
    if any(looks_like_name(m.group("name")) for m in BRACKETED_ENTRY.finditer(rest)):
        return True  # "Jane Roe (CEPS) & John Doe (Euronews)"
    for part in re.split(r"\s*[;；]\s*|\s+[•·]\s+", rest):
        part = re.sub(r"^(?:and|und|et|y)\s+", "", part.strip())
        if (
            split_name_role(part) is not None
            or name_role_line(part) is not None
            or looks_like_name(part.split(",")[0].strip())
            or re.match(r"^(?:moderated|chaired|presided)", part, re.I)
        ):
            return True
    return False


_CJK_PEOPLE_KEY = re.compile(
    r"(?:司会|パネリスト|登壇者|講師|モデレーター|基調講演|報告者|討論者|主持人?|嘉宾|发言人|"
    r"与谈人|评论人|발표자?|토론자?|사회자?|좌장)$"
)
_CJK_NAME_CELL = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,3} [\u4e00-\u9fff]{1,3}|[\uac00-\ud7a3]{2,4}|"
    r"[\u30a0-\u30ff・]{3,20})$"
)
"""A name in a table cell next to a people label: any CJK or katakana name, no surname list."""


def _role_line(text: str) -> bool:
    """A title or organisation line under a name (``Director, Some Centre``)."""
    return (
        has_role_words(text)
        and not looks_like_name(text)
        and not text.endswith(".")
        and len(text.split()) <= 25
        and name_role_line(text) is None
        and not PEOPLE_BLOCK.match(text)
        and not TRAILER.match(text)
        and not is_time_slot(text)
    )


def _name_over_role(units: list[Unit], index: int, state: State) -> int:
    """``Ashley Townshend`` over ``Director, Foreign Policy, Some Centre`` (and an
    organisation line below it): take the person; return how many units were read."""
    unit = units[index]
    text = unit.text
    if unit.bullet or not looks_like_name(text) or index + 1 >= len(units):
        return 0
    if state.disclaimer is not None or starts_people_run(units, index):
        return 0  # name / role / bio entries: read as a list of speakers
    words = strip_honorific(text).split()
    role_units = []
    for nxt in units[index + 1 : index + 3]:
        if (
            nxt.bullet
            or not _role_line(nxt.text)
            or nxt.text.startswith((words[0], words[-1]))
            or nxt.text.endswith(("。", "！", "？"))
        ):
            break
        role_units.append(nxt)
    if not role_units:
        return 0
    role = ", ".join(u.text for u in role_units)
    lines = Lines(unit.start, role_units[-1].end)
    moderator = bool(re.search(r"\b(?:moderator|chair)\b", role, re.I))
    _add_person(state, Person(text, role, moderator), lines, None)
    return len(role_units) + 1


_READING_GIVEN = re.compile(
    r"^(?P<name>[\u4e00-\u9fff々]{1,4}[ \u3000]?[\u4e00-\u9fff々]{1,4})\s*"
    r"[(（][\u3040-\u309f\u30a0-\u30ff ・\u3000]{2,30}[)）]\s*[:：]\s*(?P<role>\S.{0,120})$"
)
"""``井上 寿一(いのうえ としかず):学習院大学学長``: a name, how it is read in kana, then the
person's post; the reading marks a person."""


def _person_unit(unit: Unit, following: Unit | None, state: State, context: bool) -> bool:
    """Take a unit that is a person (``Name, Role``; a semicolon run; a bio opening with the
    name) when the context or a neighbouring entry says people are being listed."""
    text = unit.text
    read = _READING_GIVEN.match(unit.parts[0] if unit.bullet and unit.parts else text)
    if read is not None:
        state.furnish("people", text, unit.start, unit.end)  # the reading kept as written
        _add_person(state, Person(read.group("name"), read.group("role")), unit.lines, None)
        return True
    if not unit.bullet and re.match(r"(?:le|la|les|the|el|los|las)\s", text):
        return False  # "le premier ministre japonais, Shinzo Abe, en visite …": a caption
    cell = _STYLED_CELL.match(text) if not unit.bullet else None
    if cell is not None and looks_like_name(cell.group("name")):
        # "Prof Michele Ford |" over "Sydney Southeast Asia Centre |": a programme table's
        # presenter cell, the institution's cell below it
        role = None
        if following is not None and re.match(r"^[^\d|][^|]{2,150}\|$", following.text):
            role = following.text.rstrip("| ").strip()
        _add_person(state, Person(cell.group("name"), role), unit.lines, None)
        return True
    talk = NAME_THEN_TALK.match(text) if not unit.bullet and len(text) <= 300 else None
    if talk is not None and looks_like_name(talk.group("name")):
        # "Claudia Tazreiter, “Reconsidering Lifeboat Politics …”": a speaker, then the talk
        state.furnish("people", text, unit.start, unit.end)
        _add_person(state, Person(talk.group("name"), None), unit.lines, None)
        return True
    if not unit.bullet:
        single = remarks_line(text)
        run = semicolon_run(text) or remarks_run(text) or ([single] if single else None)
        if run is not None:
            state.furnish("people", text, unit.start, unit.end)
            dated = DAY_DASH.match(text)
            if dated is not None and state.date is None and "date" not in state.labelled:
                day = parse_date_line(dated.group(0).rstrip(" —–-"))
                if day is not None and day.iso is not None:  # "August 11, 2021 — A, role; …"
                    state.replace_date(day.iso, dated.group(0).rstrip(" —–-"), unit.lines, "date")
            for entry in run:
                _add_person(state, entry, unit.lines, None)
            return True
    cells = [c.strip() for c in re.split(r"\s*[|｜]\s*", text) if c.strip()]
    if not unit.bullet and "|" in text and 2 <= len(cells) <= 4:
        # "モデレーター | 田中 明彦 | 東京大学教授 |" and "渡辺 周 | 民進党 元防衛副大臣 |"
        key = PEOPLE_BLOCK.match(cells[0]) is not None or _CJK_PEOPLE_KEY.search(cells[0])
        keyed = bool(key) and (looks_like_name(cells[1]) or bool(_CJK_NAME_CELL.match(cells[1])))
        named = looks_like_name(cells[0]) or (
            bool(_CJK_NAME_CELL.match(cells[0])) and cells[0] not in CJK_FIELD_WORDS
        )  # "主催 | X研究所": the organiser's field, not a name
        if keyed or (named and has_role_words(" ".join(cells[1:]))):
            name = cells[1] if keyed else cells[0]
            role = ", ".join(cells[2:] if keyed else cells[1:]) or None
            bracketed = name_role_line(name) if re.search(r"[(（]", name) else None
            if bracketed is not None and bracketed.role:  # "講師|林志明(中央大學政治系教授)"
                name, role = bracketed.written, role or bracketed.role
            moderating = keyed and MODERATOR_KW.match(cells[0]) is not None
            if keyed:
                state.furnish("marker", cells[0], unit.start)
            _add_person(state, Person(name, role, moderating), unit.lines, None)
            return True
    led = _LED_LINE.match(unit.parts[0] if unit.bullet and unit.parts else text)
    if led is not None:
        # "- Moderated by Jean H. Lee, Global Fellow, Wilson Center"
        led_person = name_role_line(led.group("rest")) or (
            Person(led.group("rest").rstrip("."), None)
            if looks_like_name(led.group("rest").rstrip("."))
            else None
        )
        if led_person is not None:
            if led.group(0) != text:  # lines joined onto the bullet: kept as they are
                state.furnish("people", text, unit.start, unit.end)
            state.furnish("marker", led.group("verb"), unit.start)
            moderating = led.group("verb").lower().startswith(("moderat", "chair", "presid"))
            led_as = Person(led_person.written, led_person.role, moderating)
            _add_person(state, led_as, unit.lines, None)
            return True
    listed_here = text.count("(") >= 2 and len(text) <= 400 and bracketed_list(text)
    found = (
        [m for m in BRACKETED_ENTRY.finditer(text) if looks_like_name(m.group("name"))]
        if listed_here
        else []
    )
    if len(found) >= 2:
        # "Jane Roe (Former Minister), John Doe (Fellow, Institute)": one line, two people
        state.furnish("people", text, unit.start, unit.end)
        for match in found:
            _add_person(state, Person(match.group("name"), match.group("org")), unit.lines, None)
        return True
    person: Person | None = name_role_line(text)
    if person is None and unit.bullet and len(unit.parts) > 1 and looks_like_name(unit.parts[0]):
        # "• Jim Slattery" with "Former Congressman (D-KS)" on the lines below it
        rest = " ".join(unit.parts[1:])
        if has_role_words(rest) and not unit.parts[1].endswith(".") and len(rest.split()) < 60:
            person = Person(unit.parts[0], rest)
    if person is None and context:
        person = name_then_title(text)  # "Abraham Denmark Director, Asia Program, Wilson Center"
    bio: str | None = None
    if person is None and context and unit.bullet:
        # "- Ronald E. Neumann, the AAD board president and …. He has served …": a listed
        # panelist, the role after the name, then a bio (kept whole)
        head, comma, rest = text.partition(",")
        role = re.split(r"(?<=[a-z)])\.\s", rest, maxsplit=1)[0].strip()
        if comma and looks_like_name(head) and has_role_words(role[:200]):
            person, bio = Person(head.strip(), role[:300] or None), text
    if person is None and context:
        # "Gregory Poling of the Center for … . In addition to his remarks, …" under "Guest
        # speakers … include:": the name, then the house the speaker comes from
        first = re.split(r"(?:(?<=[a-z]{4})|(?<=[)’']))\.\s|;", text, maxsplit=1)[0]
        lead = _NAME_OF_HOUSE.match(first)
        if lead is not None and looks_like_name(lead.group("name")) and len(first) <= 300:
            person = Person(lead.group("name"), lead.group("role").rstrip(" .,;"))
            bio = text if len(first) < len(text) else None
    if person is not None:
        _add_person(state, person, unit.lines, bio)
        return True
    if (
        context
        and state.disclaimer is None
        and len(text) <= 200
        and not is_sentence(text.rstrip(",;."))
    ):
        listed = people_in_line(text)
        if listed:
            state.furnish("people", text, unit.start, unit.end)  # every word of it kept
            for entry in listed:
                _add_person(state, entry, unit.lines, None)
            return True
    written = bio_opening(text)
    if written is not None and (
        context
        or _BIO_CONFIRMS.search(text)
        or (following is not None and bio_opening(following.text) is not None)
        or _PRESENT_ROLE.match(text[len(written) :])
    ):
        _add_person(state, Person(written, None), unit.lines, text)
        _moderators_named(text, Person(written, None).name, unit.lines, state)
        return True
    return False


def _moderators_named(text: str, subject: str, lines: Lines, state: State) -> None:
    """The chair a report paragraph names after its subject ("X, role, spoke on ... The
    session was chaired by Dr. Y, role."): read as a moderator."""
    if " by " not in text:
        return
    for other in people_in_prose(text):
        if other.moderator and other.name != subject:
            _add_person(state, other, lines, None)


_LED_LINE = re.compile(
    r"^(?P<verb>(?:moderated|chaired|presided(?: over)?|introduced|hosted) by)\s+"
    r"(?P<rest>\S.{2,200})$",
    re.I,
)
_PRESENT_ROLE = re.compile(
    r"^(?:\s*\([^()]{1,60}\))?,?\s+(?:is|serves as|is currently|currently serves as)\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:Professor|Fellow|Director|Researcher|Lecturer|Chair|"
    r"Dean|President|Head|Editor|Ambassador|Minister|Scholar|Analyst|Adviser|Advisor|Partner|"
    r"Founder|Co-founder|Chief|Correspondent|Journalist|Economist|Officer)\b"
)
"""``Marc Lanteigne is a Senior Research Fellow at …``: a paragraph that opens with a name
and the post the person holds now, as an event page introduces its speakers."""
_BIO_CONFIRMS = re.compile(
    r"[.;]\s+(?:He|She|They)\s+(?:is|was|has|had|served|serves|holds|held|previously|also|"
    r"received|joined|worked|teaches|taught|earned|graduated)\b|[.;]\s+(?:Previously|Prior to)\b|"
    r"[.;]\s+(?:Il|Elle|Er|Sie|Él|Ella)\s+(?:est|était|a|enseigne|dirige|ist|war|hat|leitet|"
    r"lehrt|es|fue|ha|dirige)\b"
)


_PEOPLE_COLUMN = re.compile(
    r"^(?:speakers?|presenters?|panell?ists?|moderators?|discussants?|chairs?|lecturers?|"
    r"intervenants?|ponentes?|referent(?:in|en|innen)?|登壇者|講師|発表者|報告者|演者|"
    r"발표자|연사|토론자|主讲人|报告人|嘉宾|发言人)$",
    re.I,
)
"""The label of a programme table's column of people (``登壇者``, ``Speaker``)."""
_CELL_NAMES = re.compile(r"\s*(?:[,，、;；/]|\s+(?:and|und|et|y|&)\s+)\s*")


def _talk_speaker(label: str | None, body: str, section: SectionBuilder) -> Person | None:
    """A programme's bullet that gives who speaks: ``– The future of care economy: Mary
    Collins, EWL Senior Policy Coordinator`` (a talk's title, then its speaker and role), or
    ``– Agnes Hubert, G5+`` under a time slot (``18.05 The French Presidency …``)."""
    if len(body) > 300 or body.rstrip().endswith((".", "!", "?")):
        return None
    person = name_role_line(body)
    if person is None and looks_like_name(body):
        person = Person(body, None)
    if person is None:
        lead = lead_name(body)  # "Maria Karamesini Professor of Labour Economics …"
        person = Person(lead[0], lead[1]) if lead is not None and lead[1] else None
    if person is None or not looks_like_name(person.written):
        return None
    if label is not None:
        talk = len(label.split()) >= 2 and read_field(f"{label}: x") is None
        if talk and (person.role is None or has_role_words(person.role)):
            return person
        return None
    slot = section.title is not None and _SLOT_OPENING.match(section.title) is not None
    return person if slot else None


def _cell_people(cell: str) -> list[str]:
    """The names in a table's cell of people: one name (``田中 明彦``, ``Jane Roe``), or
    several set apart by commas, conjunctions or, for names in CJK script, spaces."""
    cell = cell.strip()
    if not cell:
        return []
    if _CJK_NAME_CELL.match(cell) or looks_like_name(cell):
        return [cell]
    parts = [p for p in _CELL_NAMES.split(cell) if p.strip()]
    if len(parts) == 1 and WIDE.search(cell):
        parts = cell.split()  # "渡戸一郎 西村明夫": two names, a space between them
    names = [p.strip() for p in parts if _CJK_NAME_CELL.match(p.strip()) or looks_like_name(p)]
    return names if len(names) == len(parts) else []


def _people_column(lines: list[SourceLine], state: State) -> None:
    """A programme table with a column of people (``時間 | お題 | 内容 | 登壇者 |`` over its
    rule ``---|---|---|---|``): the names in that column, row by row."""
    known = {p.name for p in [*state.agenda_people, *state.speakers]}
    for i in range(len(lines) - 2):
        head = normalise(lines[i].text)
        if head.count("|") < 2 or not TABLE_RULE.match(normalise(lines[i + 1].text)):
            continue
        labels = [c.strip() for c in head.strip("| ").split("|")]
        column = next((k for k, label in enumerate(labels) if _PEOPLE_COLUMN.match(label)), None)
        if column is None:
            continue
        for row in lines[i + 2 : i + 2 + MAX_FOUND]:
            text = normalise(row.text)
            if "|" not in text:
                break
            cells = [c.strip() for c in text.strip("| ").split("|")]
            for name in _cell_people(cells[column]) if column < len(cells) else []:
                if strip_honorific(name) not in known:
                    known.add(strip_honorific(name))
                    _add_person(state, Person(name, None), Lines(row.number, row.number), None)


def _add_person(state: State, person: Person, lines: Lines, bio: str | None) -> None:
    name = person.name
    role, rest = split_role(person.role)
    speaker = Speaker(
        name, role, with_rest(bio, rest), False, lines, written_if_different(person.written, name)
    )
    state.agenda_people.append(speaker)
    if person.moderator:
        state.add_moderator(name, lines, speaker.written)


def _read_people(units: list[Unit], state: State, at_end: bool) -> None:
    """Read units as name / role / bio entries (each unit one line of the list)."""
    read_people_list([SourceLine(u.start, u.text) for u in units], state, at_end=at_end)


def _is_heading_unit(unit: Unit) -> bool:
    text = normalise(IMAGE.sub(" ", unit.text))
    return (
        not unit.bullet
        and looks_like_heading(text)
        and not PEOPLE_BLOCK.match(text)
        and not TRAILER.match(text)
        and not DISCUSSANTS.match(text)
        and not NOTICES.match(text)
    )


def _is_repeat(text: str, state: State, following: Unit | None) -> bool:
    """An opening sentence printed again as its own paragraph."""
    if following is not None and following.text != text and following.text.startswith(text):
        return True
    return any(p.text == text for p in state.summary)


def _point(label: str | None, text: str, lines: Lines, state: State) -> Point:
    sentences = sentences_of(text, state.gazetteer, state.language)
    voiced, about = union(sentences, label, state.gazetteer)
    return Point(label, text, lines, voiced, about, sentences)


# --- assembly -----------------------------------------------------------------------


def _find_host(paragraphs: list[Paragraph]) -> Host | None:
    for paragraph in paragraphs:
        for pattern in HOST_PATTERNS:
            for match in pattern.finditer(paragraph.text):
                before = paragraph.text[max(0, match.start() - 12) : match.start()].split()
                if before and before[-1] in ORG_JOINS:
                    continue  # "The Centre for Transboundary Water hosts": a house, no one
                found = trailing_name(match.group("name"))
                if found is not None:
                    org = match.groupdict().get("org")
                    return Host(found[1], org, paragraph.lines)
    return None


def _find_moderators(paragraphs: list[Paragraph], state: State) -> None:
    for paragraph in paragraphs:
        for pattern in MODERATOR_PATTERNS:
            for match in pattern.finditer(paragraph.text):
                found = trailing_name(match.group("name"))
                if found is not None:
                    written, name = found
                    state.add_moderator(name, paragraph.lines, written_if_different(written, name))


_DATELINE = re.compile(
    r"^(?:date \d{4}-\d{2}-\d{2}\s+)?"
    r"(?P<city>[A-Z][A-Z .’'-]{2,30}(?:, [A-Z][A-Za-z.]{1,5})?)(?:,\s+[\w(]|\s+[—–-]{1,2}\s+[A-Z])"
)
"""``WASHINGTON, Jan. 11 -``, ``BELGRADE – The annual …``, ``ISLAMABAD, (Agency - 25th Jun,
2024)``: a report's dateline in capitals."""
_TITLED_DATELINE = re.compile(
    r"^(?P<open>\()?(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?"
    r"(?(open)\))\.?\s*[—–-]{1,2}\s"
)
"""``Seoul, Korea — On Dec. 19, …``, ``(Washington, D.C.) – Today, …``: a report's dateline
in title case, before a dash."""


_ENTITLED = re.compile(
    r"(?:\b(?:entitled|titled|themed|Entitled|Titled|Themed|under the (?:theme|title)|"
    r"on the (?:theme|topic) of|"
    r"with the (?:theme|topic|title) of|on the subject of|tuvo lugar en \w+ el|"
    r"intitulée?|intitulé|titulad[oa]|bajo el (?:título|lema)|unter dem (?:Titel|Motto)|"
    r"zum Thema|portant sur|sur le thème)\s*[,:]?\s*|"
    r"\b(?:seminar|symposium|conference|forum|roundtable|round table|panel discussion|workshop|"
    r"dialogue|lecture|colloquium|talk|speech|presentation|mesa redonda|seminario|conferencia|"
    r"coloquio|Dialogforum|videoconferencia|visioconférence|"
    r"Podiumsdiskussion|Konferenz|Tagung|colloque|table ronde|conférence|Veranstaltung|"
    r"evento|événement)\s*[,:]?\s*(?:(?:to address|to discuss|called|about|sobre|sur|über)\s+"
    r"(?:(?:el|la|los|las|le|les|l[’']|die|den|das)\s*)?)?|"
    r"题为|以|主题为|테마로|주제로\s*)"
    r"(?:[“\"‘„«「『《〈](?P<title>(?:[^”\"’“»」』》〉]|’(?=\w)){4,150})[”\"’“»」』》〉]|"
    r"(?<=[\s,:])'(?P<named>[A-Z][^']{6,150}?)'(?=[\s,.;:]|$))"
)
_NAMED = re.compile(
    r"(?:\b(?:mit dem (?:Titel|Thema|Motto)|sous le (?:titre|thème)|con el (?:título|tema|lema)|"
    r"on the theme|under the banner)\s*,?\s*|"
    r"(?:シンポジウム|セミナー|フォーラム|講演会|研究会|研讨会|研討會|论坛|論壇|座谈会|讲座|"
    r"세미나|포럼|토론회|심포지엄|학술회의|콘퍼런스)\s*)"
    r"[“\"„«「『《〈‘](?P<title>[^”\"“»」』》〉’]{4,150})[”\"“»」』》〉’]"
    r"|[“\"「『《〈‘'](?P<before>[^”\"」』》〉’']{4,150})[”\"」』》〉’']\s*"
    r"(?:国际|國際|国際|学术|學術|公開|公开|국제|특별|线上|線上|在线|网络|专题|オンライン|온라인)?\s*"
    r"(?:シンポジウム|セミナー|フォーラム|講演会|研讨会|研討會|论坛|論壇|座谈会|세미나|포럼|토론회|"
    r"심포지엄|학술회의)"
)
"""``mit dem Titel „X“``, ``シンポジウム『X』``, ``“X”国际研讨会``: the name a page gives an
event whose heading names only its kind or series."""
_WHOLLY_QUOTED = re.compile(r"^[“\"„«「『](?P<title>[^”\"“»」』]{4,150})[”\"“»」』]$")
_KIND = re.compile(
    r"(?<![\w-])(?i:symposium|seminar|forum|conference|roundtable|round table|panel discussion|"
    r"workshop|lecture|colloquium|dialogue|dialog|webinar|Podiumsdiskussion|Diskussion|"
    r"Konferenz|Tagung|Vortrag|colloque|table ronde|conférence|séminaire|mesa redonda|"
    r"seminario|conferencia|coloquio|simposio|foro)(?:s\b|(?!\w))|"
    r"シンポジウム|セミナー|フォーラム|講演会|研究会|研讨会|研討會|论坛|論壇|座谈会|讲座|讲坛|講壇|讲堂|"
    r"세미나|포럼|토론회|심포지엄|학술회의|콘퍼런스"
)
_SERIES_MARK = re.compile(
    r"(?<![\w.])\d{1,3}(?:st|nd|rd|th|\.)(?=\s)|第\s*\d+|제\s*\d+\s*[차회]|\b(?:annual|jährliche[rn]?)\b",
    re.I,
)
_MODIFIERS = re.compile(
    r"(?i:\b(?:international|internationale[rns]?|joint|public|open|annual|the|a|an|of|des|der|"
    r"du|de|la|le|del)\b)|国際|国际|國際|公開|公开|学术|學術|共同|국제|공개|특별|開催|が|され|ました|"
    r"举行|召开|개최"
)


_CJK_NUMBERED = re.compile(r"第\s*[\d一二三四五六七八九十]+\s*[讲講回期届屆次场場]")


def _generic_title(title: str) -> bool:
    """A heading that names only the event's kind, or its kind and series (``International
    Symposium``, ``Institute's 9th Symposium``, ``Podiumsdiskussion des 11. Europa-Dialogs``,
    ``日中韓三極公開シンポジウム``), not what the event is about."""
    if _KIND.search(title) is None:
        return False
    numbered = _CJK_NUMBERED.search(title) if WIDE.search(title) else None
    if numbered is not None and len(title) - numbered.end() <= 2:
        return True  # "…“东亚名师讲堂”第二讲": a series and the number of the talk
    if re.search(r"[:：“”\"「」『』„«»]", title):
        return False
    rest = _MODIFIERS.sub(" ", _KIND.sub(" ", title))
    wide = WIDE.findall(rest)
    if wide:
        return len(wide) <= 6
    words = re.findall(r"[^\W\d_]{2,}", rest)
    organisation = re.search(
        r"\b(?:institute|centre|center|foundation|society|council|university)\b", rest, re.I
    )
    return (
        len(words) <= 2
        # "Institute's 9th Symposium"; not "The 14th South China Sea International Conference"
        or (_SERIES_MARK.search(title) is not None and len(words) <= 3)
        or (organisation is not None and len(words) <= 5)
    )


def _name_behind_generic_title(state: State) -> None:
    """The event's own name, when the title found is not one: a news headline about the
    event, a Chinese, Japanese or Korean headline with no kind of event in it, or a heading
    that names only the event's kind or series."""
    if state.title is None or "title" in state.labelled:
        return
    prose = state.summary + [p for s in state.sections for p in s.intro]
    if _generic_title(state.title):
        _name_under_series_heading(state, prose)
    elif not (_NEWS_VERB.search(state.title) and _name_behind_headline(state, prose)):
        _theme_behind_cjk_headline(state, prose)
    _name_in_full(state, prose)
    _name_the_lead_gives(state, prose)


_HOSTED_QUOTED = re.compile(
    r"\b(?:hosted|held|organi[sz]ed|convened|presented|launched|se celebró|celebró|organizó|"
    r"organizan|organiza|organizarán|celebrarán|celebran|celebra|acoge|acogerá|"
    r"a organisé|a inauguré|inauguró|veranstaltete|lud zu)\s+"
    r"(?:(?:a|an|the|el|la|le|die|der|das)\s+)?"
    r"(?:[\w-]+\s+){0,3}?[“\"„«](?P<title>[^”\"“»]{6,150}?)[,.]?[”\"“»]"
)
_NOT_THE_EVENT = re.compile(
    r"\b(?:session|panel|part|book|report|paper|article|film|study|exhibition|project|"
    r"programme|program|initiative|campaign|libro|livre|Buch|sesión|séance|ponencia|"
    r"keynote)(?:s|es)?\b"
    r"[^.]{0,20}$",
    re.I,
)


def _name_the_lead_gives(state: State, prose: list[Paragraph]) -> None:
    """A heading that is not the event's name (``ON NORTH KOREA HUMAN RIGHTS CRISIS``)
    over a lead that names the event (``The conference, titled “Freedom for All Koreans,”``;
    ``the Embassy hosted “The OCEAN as …”``; ``se celebró el evento “X”``): that name."""
    title = state.title
    if title is None or "title" in state.labelled or re.search(r"[“”\"„«»「」『』]", title):
        return
    if WIDE.search(title):
        return  # Chinese, Japanese and Korean headlines: _theme_behind_cjk_headline
    if _EVENT_NAMED.fullmatch(title):
        return  # "NK Insider Forum": a named event; "the forum, “X”" then gives its theme
    for paragraph in prose[:2]:
        text = paragraph.text[:600]
        for pattern in (_ENTITLED, _HOSTED_QUOTED):
            for found in pattern.finditer(text):
                before = text[max(0, found.start() - 60) : found.start() + 12]
                if _EARLIER.search(before) or _NOT_THE_EVENT.search(before):
                    continue
                name = " ".join(_named_as(found).split()).rstrip(",.")
                if len(name.split()) < 2 and len(WIDE.findall(name)) < 4:
                    continue
                if name.casefold() in title.casefold() or title.casefold() in name.casefold():
                    return
                _retitle(state, name, paragraph.lines)
                return


_QUOTED = re.compile(r"[‘“\"「『《〈](?P<name>[^‘“’”\"「『《〈」』》〉]{4,150})[’”\"」』》〉]")


def _name_in_full(state: State, prose: list[Paragraph]) -> None:
    """A headline that shortens the event's name (``‘한반도 위기관리방안 세미나’ 개최``)
    whose lead quotes it in full (``‘동북아 평화협력을 위한 한반도 위기관리방안 세미나’가
    … 열렸다``): the full name."""
    title = state.title
    if title is None or len(title) < 6:
        return
    for paragraph in prose[:1]:
        for found in _QUOTED.finditer(paragraph.text[:400]):
            name = " ".join(found.group("name").split())
            if title in name and len(name) > len(title) and name.endswith(title[-3:]):
                _retitle(state, name, paragraph.lines)
                return


_EVENT_NAMED = re.compile(
    r"\b(?:(?:the|its|an?)\s+)?(?:(?i:inaugural|annual|first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth)\s+)?"
    r"(?P<title>(?:\d{1,2}(?:st|nd|rd|th)\s+|(?:19|20)\d{2}\s+)?"
    r"(?:[A-Z][\w’'&.-]*\s+){1,5}?(?P<kind>Forum|Dialogue|Conference|Symposium|Summit|"
    r"Seminar|Roundtable|Colloquium|Workshop|Congress|Lecture))"
    r"(?:\s+(?:19|20)\d{2})?(?![\w-])"
)
"""``HRF hosts inaugural NK Insider Forum in Seoul``, ``… the agenda of the 5th Ocean Dialogue
in Hanoi``: an event named by capitalised words and its kind."""


def _named_event_of_headline(headline: str, prose: list[Paragraph]) -> str | None:
    """The event a news headline names (``HRF hosts inaugural NK Insider Forum in Seoul``),
    else the one its lead names with the same kind (``ASEAN dialogue seeks …`` over ``the
    5th Ocean Dialogue``)."""
    own = _EVENT_NAMED.search(headline)
    if own is not None and own.start("title") > 0 and not _NEWS_VERB.search(own.group("title")):
        return own.group("title").strip()  # not "JFIR Co-Host Seminar": a verb, not a name
    for paragraph in prose[:2]:
        for found in _EVENT_NAMED.finditer(paragraph.text[:600]):
            kind = found.group("kind").lower()
            if re.search(rf"\b{kind}\b", headline, re.I) and not found.group("title").startswith(
                ("The ", "This ", "A ")
            ):
                return found.group("title").strip()
    return None


def _name_behind_headline(state: State, prose: list[Paragraph]) -> bool:
    """``El Centro IE explora la seguridad europea …``, a news headline: the name the report
    then gives the event (``un debate titulado “X”``), when it gives one."""
    assert state.title is not None
    named = _named_event_of_headline(state.title, prose) if not WIDE.search(state.title) else None
    if named is not None and len(named.split()) >= 2:
        _retitle(state, named, prose[0].lines if prose else Lines(0, 0))
        return True
    for paragraph in prose[:5]:
        found = _ENTITLED.search(paragraph.text) or _QUOTED_HELD.search(paragraph.text)
        if found is None:
            found = _IS_A_KIND.match(paragraph.text)
            if found is not None and not _title_line(found.group("title")):
                found = None
        name = _named_as(found).strip() if found is not None else ""
        if len(name.split()) >= 3 and name.lower() not in state.title.lower():
            _retitle(state, name, paragraph.lines)
            return True
    return False


_ATTENDED = re.compile(
    r"出席|参加|应邀|参会|に出席|に参加|참석|发表演讲|發表演講|发表讲话|發表講話"
)
"""A headline about someone who attended the event (``徐步院长出席中美关系线上研讨会``)."""


def _theme_behind_cjk_headline(state: State, prose: list[Paragraph]) -> None:
    """A Chinese, Japanese or Korean headline that names no kind of event and quotes
    nothing (``민주평통 주최로 대한상공회의소 국제회의장서``): the theme its lead quotes."""
    title = state.title
    if not prose or title is None or not WIDE.search(title):
        return
    if _KIND.search(title) and not _ATTENDED.search(title):
        return  # "徐步院长出席…研讨会": news of a guest names no event; the lead may
    if re.search(r"[“”\"「」『』‘’'<>《》]", title):
        return
    headline = next((f.text for f in state.furniture if f.kind == "headline"), "")
    if title in headline and re.search(r"[“”\"「」『』‘’《》]", headline):
        return  # "‘미중 경쟁과 한중관계’ 국제세미나": the name was quoted in the headline
    lead = prose[0]
    found = (
        _QUOTED_THEME.search(lead.text[:300])
        or _NAMED.search(lead.text[:300])
        or re.search(r"(?:题为|題為)《(?P<title>[^》]{4,60})》", lead.text[:300])
    )
    if found is not None:
        name = found.groupdict().get("title") or found.groupdict().get("before") or ""
        if len(WIDE.findall(name)) >= 4 and "".join(name.split()) != "".join(title.split()):
            _retitle(state, name, lead.lines)  # (the same name spaced otherwise is no news)


def _name_under_series_heading(state: State, prose: list[Paragraph]) -> None:
    """A heading that names only the kind or series of the event gives way to the name
    the page then gives it: a line wholly in quotes or the first title-like line under it,
    or a quoted name that the prose introduces (``mit dem Titel „X“``, ``シンポジウム『X』``,
    ``a seminar entitled “X”``)."""
    title_line = state.header_lines.get("title")
    after = title_line.end if title_line is not None else 0
    nearby: list[Paragraph] = []
    for section in state.sections:
        if section.title is not None and section.lines.start <= after + 8:
            nearby.append(Paragraph(section.title, section.lines))
    nearby += [
        Paragraph(f.text, f.lines)
        for f in state.furniture
        if f.kind == "heading" and after < f.lines.start <= after + 8
    ]
    nearby.sort(key=lambda p: p.lines.start)
    nearby += [p for p in prose[:1] if p.lines.start <= after + 8]
    for paragraph in nearby:
        whole = _WHOLLY_QUOTED.match(paragraph.text)
        if whole is not None:
            _retitle(state, whole.group("title"), paragraph.lines)
            return
        if _title_line(paragraph.text):
            _retitle(state, paragraph.text, paragraph.lines)
            return
    for paragraph in prose[:4]:
        named = [
            *_QUOTED_THEME.finditer(paragraph.text),
            *_NAMED.finditer(paragraph.text),
            *_ENTITLED.finditer(paragraph.text),
        ]
        for found in named:
            before = paragraph.text[max(0, found.start() - 40) : found.start()]
            if _EARLIER.search(before) or _SESSION_BEFORE.search(before):
                continue  # "our previous symposium, “X”": another event; a session's theme
            name = found.groupdict().get("title") or found.groupdict().get("before") or ""
            if len(name.split()) >= 2 or len(WIDE.findall(name)) >= 4:
                _retitle(state, name, paragraph.lines)
                return


_NEWS_VERB = re.compile(
    r"^(?:upcoming|forthcoming)\b|\bto (?:give|deliver) (?:a|the) (?:talk|lecture|speech)\b|"
    r"\b(?:explores?|examines?|discuss(?:es)?|debates?|hosts?|hosted|held|holds|convenes?|"
    r"analy[sz]es?|addresses|launch(?:es|ed)|speaks?|spoke|gathers?|brings together|"
    r"explora|analiza|aborda|debaten|reúne|celebra|organiza|examine|débat(?:tent)?|réunit|"
    r"spricht|diskutiert|diskutieren|lädt|veranstaltet|seeks?|marks?|concludes?|opens?|"
    r"kicks? off|wraps? up|focuses|highlights|tackles|weighs|visits?|urges?|calls? for)\b",
    re.I,
)
"""Verbs of a news headline about an event (not the event's name)."""
_EARLIER = re.compile(
    r"(?i:previous|last|past|earlier|former|prior|vorige|letzte|dernier)|前回|上次|上届|지난"
)
_SESSION_BEFORE = re.compile(
    r"(?:(?i:session|panel|part|séance|sesión|mesa)\s*\d+|섹션\s*\d+|세션\s*\d+|제\s*\d+\s*부|"
    r"第\s*[\d一二三四五六]+\s*[部节節]|分科会)[^。.]{0,12}$"
)
"""``섹션 1에서는 ‘X’를 주제로``: the theme of one session, not the event's name."""


def _title_line(text: str) -> bool:
    """A line under a heading that reads as the event's name, not a sentence about it."""
    words = text.split()
    named = len(re.findall(r"[^\W\d_]{3,}", text)) >= 3 or len(WIDE.findall(text)) >= 4
    return (
        named
        and not re.search(r"[:：]\s*[\d,.]+$", text)
        and 2 <= len(words) <= 20
        and text[:1].isupper()
        and not text.rstrip('”"’)').endswith((".", ",", ";", ":"))
        and (not is_sentence(text) or text.endswith("?"))
        and bare_names(text) is None
        and not looks_like_name(text)
        and parse_date_line(text) is None
        and not is_time_line(text)
        and read_field(text) is None
        and not HEADER_JUNK.match(text)
        and not SECTION_LABEL.match(text)
        and not REGISTRATION.match(text)  # "Anmeldung erbeten: Per Mail an …"
        and not re.search(r"\S@\S+\.\w|https?://", text)  # an address to write to
    )


def _named_as(found: re.Match[str]) -> str:
    """The name a pattern read: ``title``, or ``named`` (``titled 'X.'``) when it has one."""
    parts = found.groupdict()
    return parts.get("title") or parts.get("named") or ""


_CUT_SHORT = re.compile(
    r"\s(?:the|a|an|of|and|in|on|for|to|with|de|la|le|les|el|los|der|die|das|und|et|y)$", re.I
)
"""A name that ends on a word no name ends on: a quotation cut short by a quote inside it
(``‘More than the “Korean Wave”: …’`` read up to ``More than the``)."""


def _retitle(state: State, name: str, lines: Lines) -> None:
    if _CUT_SHORT.search(name.strip()):
        return
    was = state.header_lines.get("title")
    if state.title is not None and was is not None:
        state.furnish("headline", state.title, was.start, was.end)
    state.title = without_translation(" ".join(name.split()))
    state.header_lines["title"] = lines


def _time_and_place_after(units: list[Unit], index: int, state: State) -> int:
    """The time and address lines under a date line found below the description."""
    if index < len(units) and is_time_line(units[index].text.rstrip(",")):
        unit = units[index]
        state.time = state.time or unit.text.rstrip(",")
        state.furnish("time", unit.text, unit.start, unit.end)
        index += 1
    if index < len(units) and state.location is None and is_online(units[index].text.strip()):
        unit = units[index]  # "• online" under the day and the hours
        state.location = "Online"
        state.header_lines["location"] = unit.lines
        state.furnish("place", unit.text, unit.start, unit.end)
        return index + 1
    lines: list[Unit] = []
    while index < len(units) and state.location is None and len(lines) < 3:
        unit = units[index]
        text = unit.text.rstrip(",")
        if not (
            not unit.bullet
            and read_field(text) is None  # "Event Time: …": a field of its own
            and is_location(text, True, state)
            and (LOCATION_HINT.search(text) or city_in(text))
            and text != state.title
            and not (state.title and state.title in text)
        ):
            break
        lines.append(unit)  # a venue over up to three lines: building, room, address
        index += 1
    if lines:
        state.location = ", ".join(unit.text.rstrip(",") for unit in lines)
        state.header_lines["location"] = Lines(lines[0].start, lines[-1].end)
        for unit in lines:
            state.furnish("place", unit.text, unit.start, unit.end)
    return index


_QUOTED_THEME = re.compile(
    r"[“\"「『<《‘'](?P<title>[^“”\"「」『』<>《》‘’']{4,150})[”\"」』>》’'](?:\s?\([^()]{0,200}\))?\s?"
    r"(?:을|를|이란|라는|이라는)?\s*(?:주제로|주제의|테마로|をテーマに|と題して|をテーマとする|为主题|为题|"
    r"(?<!シンポジウム」)(?<!セミナー」)(?<!フォーラム」)(?<!講演会」)(?<!研究会」)"
    r"を(?:[^。「」]{0,12}?)(?:開催|開講|実施)(?:いた|し|する|します))"
)
"""``“X”을 주제로`` / ``「X」をテーマに`` / ``以“X”为主题``: the name of the event's theme."""
_QUOTED_HELD = re.compile(
    r"(?:^|\b(?:The|the|El|el|La|la|Le|le|Die|die|Der|der|Das|das)\s+)"
    r"[“\"‘„«](?P<title>[^”\"’“»]{6,150})[”\"’“»]\s+(?:was|will be|is|were|tuvo|fand)\s+"
    r"(?:held|organi[sz]ed|hosted|convened|co-hosted|launched|lugar|statt)"
)
_TOOK_PLACE_QUOTED = re.compile(
    r"\b(?:fand|findet)\s[^.„“\"«]{0,80}?[„“\"«](?P<title>[^”“\"»„]{6,150})[“”\"»]\s+statt\b|"
    r"\b(?:tuvo lugar|se celebró|se realizó|se llevó a cabo|a eu lieu|s[’']est tenue?|"
    r"s[’']est déroulée?)\s+(?:(?:en|à|au|dans)\s+[^“\"«„.;]{3,60}?\s+)?(?:el|la|le|l[’'])\s*"
    r"(?:[^\W\d_]+\s+){0,3}?[“\"«„]\s*"
    r"(?P<named>[^”\"»“]{6,150}?)\s*[”\"»“]"
)
"""``Am 10. Oktober fand in Taipei die erste „X“ statt``, ``tuvo lugar el taller “X”``: the
name, in quotes, of what took place."""
_IS_A_KIND = re.compile(
    r"^(?P<title>[A-Z][^.;!?]{10,150}?),?\s+(?:is|was|will be)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:panel discussion|conference|seminar|symposium|workshop|"
    r"roundtable|round table|dialogue|forum|lecture|webinar|colloquium)\b"
)
"""``Visions of a Region’s Future: South Asia 2060, is a panel discussion which ...``: the
name a lead gives the event before saying what kind of event it is."""
_CJK_QUOTED_HELD = re.compile(
    r"[“\"《](?P<title>[^”\"》]{4,60})[”\"》]\s*(?:讲座|报告会|论坛|研讨会)?\s*在[^，。“”]{1,30}?"
    r"(?:举行|举办|召开|开讲)"
)
"""``…系列讲座第十讲“X”在教二楼401教室举行``: the quoted name, then where it was held."""
_KO_QUOTED_SUBJECT_HELD = re.compile(
    r"[‘'“\"「](?P<title>[^’'”\"」]{0,40}(?:포럼|세미나|심포지엄|토론회|학술회의|학술대회|콘퍼런스|컨퍼런스|"
    r"워크숍|대화|シンポジウム|セミナー|フォーラム)[^’'”\"」]{0,20})[’'”\"」]\s*(?:이|가|은|는|が|は)\s"
    r"[^.。]{0,80}?(?:개최|열린다|열렸다|열려|진행|開催|開かれ)"
)
"""``‘2022 평택 국제 평화·안보 포럼’이 … 개최된다``: the event, named in quotes as the subject
of its being held."""
_KO_NAME_HELD = re.compile(
    r"(?:^|\s)(?P<title>[^\s,.'‘’“”]{2,}(?:포럼|세미나|심포지엄|토론회|"
    r"학술회의|학술대회|콘퍼런스|컨퍼런스|워크숍)(?:\s\d{4})?)[을를이가]\s+(?:개최|열)"
)
"""``… 주제 하에 서울외교포럼 2023을 개최하였다``: the event's name as what was held."""
_JA_AT_NAME_HELD = re.compile(
    r"(?:において|にて)(?P<title>[^、。「」\s]{4,40}?(?:シンポジウム|セミナー|フォーラム|講演会|研究会))"
    r"(?:と[^を、。]{1,12})?を開催"
)
"""``グランドヒル市ヶ谷において研究所創立40周年記念シンポジウムとレセプションを開催``."""
_ZH_HOLDS_QUOTED = re.compile(
    r"(?:举办|举行|召开|主办|承办|合办|联合举办)了?(?:一[场次个届])?[^，。“「]{0,20}?"
    r"[「“](?P<title>[^」”]{4,60})[」”]"
)
"""``合辦「外籍學人政治經濟研究討論會」``, ``举办了一场关于中国主题的“大使论坛”活动``."""
_ZH_OF_NAME_HELD = re.compile(
    r"的(?P<title>[^,，。、“”「」\s]{4,40}?(?:研讨会|论坛|座谈会|讲座|对话会|报告会|学术会议))"
    r"在[^，。]{1,30}?(?:成功|顺利|隆重)?(?:召开|举行|举办)"
)
"""``…主办,我院承办的中日民间外交国际学术研讨会在旅苑宾馆顺利召开``: the name before 在."""


def _zh_named(text: str) -> re.Match[str] | None:
    """A Chinese lead's name for the event, read on the text in simplified characters; the
    match is made on the text as written (same length, same places)."""
    if not WIDE.search(text) or not is_chinese(text):
        return None
    simple = simplified(text)
    for pattern in (_ZH_HOLDS_QUOTED, _ZH_OF_NAME_HELD):
        found = pattern.search(simple)
        if found is not None:
            start, end = found.span("title")
            return _AS_TITLE.match(text, start, end)  # the same place in the text as written
    return None


_AS_TITLE = re.compile(r"(?P<title>.+)", re.S)
_JA_SUBJECT_HELD = re.compile(
    r"^(?P<title>[^、。「」『』\s]{4,60}(?:シンポジウム|セミナー|フォーラム|講演会|研究会|会議|討論会))"
    r"は、?[^。]{0,60}?(?:開催|開かれ|行われ)"
)
"""``日本華人教授会議創立二周年記念国際シンポジウムは、5月28日…で開催された``: a report
opening with the event as its subject."""
_JOIN_US_FOR = re.compile(
    r"\b(?i:join us) (?:on [^.;]{3,30}? )?for (?:the |a |an )?"
    r"(?P<title>[A-Z][\w’'-]*(?: [\w’'&-]+){0,9}:(?: [\w’'&-]+){1,10}?)(?=,| on | at | in |\.)"
)
"""``Join us on June 6 for Democracy Alive: The Brussels Summit, as ...``: a name with a
colon, the way event titles are written."""


def _find_title_in_prose(paragraphs: list[Paragraph], state: State) -> None:
    """A page without a title line: the name its prose gives the event (``a seminar
    entitled “X”``, ``The “X” was held``, ``题为“X”的研讨会``, ``Join us for X: Y, ...``),
    else a title-like line under the first paragraph (``It takes two to tango: What are
    the prospects …?``)."""
    _named_in_prose(paragraphs, state)
    if state.title is not None:
        return
    headings = [Paragraph(s.title, s.lines) for s in state.sections[:1] if s.title]
    for paragraph in [*headings, *paragraphs[1:3]]:
        text = paragraph.text
        if (
            (":" in text or text.endswith("?"))
            and _title_line(text.rstrip("?"))
            and (len(text.split()) <= 20)
        ):
            state.title = text
            state.header_lines["title"] = paragraph.lines
            return


def _named_in_prose(paragraphs: list[Paragraph], state: State) -> None:
    for paragraph in paragraphs:
        named = _NAMED.search(paragraph.text) if WIDE.search(paragraph.text[:200]) else None
        found = (
            _TOOK_PLACE_QUOTED.search(paragraph.text[:600])  # before a talk's title
            or named
            or _ENTITLED.search(paragraph.text)
            or _QUOTED_THEME.search(paragraph.text)
            or _QUOTED_HELD.search(paragraph.text)
            or _CJK_QUOTED_HELD.search(paragraph.text[:300])
            or _KO_QUOTED_SUBJECT_HELD.search(paragraph.text[:300])
            or _JA_SUBJECT_HELD.match(paragraph.text[:300])
            or _zh_named(paragraph.text[:400])
            or _KO_NAME_HELD.search(paragraph.text[:400])
            or _JA_AT_NAME_HELD.search(paragraph.text[:400])
            or _JOIN_US_FOR.search(paragraph.text)
            or _HELD_KIND_ON.search(paragraph.text[:400])
            or _OPENED_THE.search(paragraph.text[:400])
            or _NTH_EDITION.search(paragraph.text[:400])
            or _KIND_ON_WAS_HELD.search(paragraph.text[:400])
            or _HOSTED_QUOTED.search(paragraph.text[:400])
            or _A_KIND_ON_QUOTED.search(paragraph.text[:500])
            or _titled_unquoted(paragraph.text[:600])
        )
        if found is not None:
            parts = found.groupdict()
            named_as = (
                parts.get("title")
                or parts.get("before")
                or parts.get("named")
                or parts.get("quoted")
                or ""
            ).strip()
            if len(named_as) < 6 and len(WIDE.findall(named_as)) < 4:
                continue  # “Asia”: too short to be an event's name, unless written in CJK
            if named_as.endswith(".") and not named_as.endswith(".."):
                named_as = named_as[:-1]  # "titled 'X.'": the sentence's full stop
            state.title = without_translation(named_as) or None
            state.header_lines["title"] = paragraph.lines
            return


_TITLED_UNQUOTED = re.compile(
    r"\b(?:conference|seminar|symposium|webinar|workshop|lecture|forum|roundtable|dialogue|"
    r"panel discussion|talk)\s+(?:titled|entitled|themed)\s+"
    r"(?P<title>[A-Z][^,;“”\"]{5,120}?)(?=,\s+(?:in|on|at|held|which|organi[sz]ed|from)\b|\.\s|$)"
)
"""``a two-day virtual conference titled Deciphering China: The Maritime Context, in
November``: a name given without quotes, ended by the sentence going on."""


def _titled_unquoted(text: str) -> re.Match[str] | None:
    found = _TITLED_UNQUOTED.search(text)
    if found is None:
        return None
    words = [w for w in found.group("title").split() if w[:1].isalpha()]
    capitals = sum(1 for w in words if w[:1].isupper())
    return found if words and capitals * 2 >= len(words) else None  # a name in title case


_HELD_KIND_ON = re.compile(
    r"\b(?:held|hosted|hosting|co-hosted|co-hosting|holding|organi[sz]ed|organi[sz]ing|convened|"
    r"convening|there was)\s+(?:a|an|its)\s+(?:[a-z-]+\s+){0,2}?(?i:"
    + EVENT_NOUNS
    + r")\s+on\s+(?:[“\"‘](?P<quoted>[^”\"’]{8,150})[”\"’]|"
    r"'(?P<named>[A-Z][^']{6,150}?)'(?=[\s,.;:]|$)|"
    r"(?P<title>[A-Z][^.;,]{8,120}?)(?=\s+(?:at|from)\s|[.;,]))"
)
"""``the NARS held a seminar on Main Issues on the Korea-Japan Relations at the …``: a
report's lead naming the event by its capitalised subject."""
_A_KIND_ON_QUOTED = re.compile(
    r"\b(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?i:"
    + EVENT_NOUNS
    + r"|summit|colloquium)\s+on\s+[“\"‘](?P<quoted>[^”\"’]{8,150})[”\"’]"
)
"""``delivered a public lecture on "X" at``, ``announced a one-day summit on "X" at``."""
_OPENED_THE = re.compile(
    r"\b(?:opened|hosted|co-hosted|held|organi[sz]ed|convened|will host|will hold|to host|"
    r"to hold|to co-host)\s+(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?(?:annual\s+)?"
    r"(?P<title>"
    r"(?:(?:19|20)\d{2}\s+|\d{1,2}(?:st|nd|rd|th)\s+|(?:First|Second|Third|Fourth|Fifth|Sixth|"
    r"Seventh|Eighth|Ninth|Tenth)\s+)?[A-Z][\w'’&:-]*"
    r"(?:\s+(?:of|on|for|and|the|[A-Z0-9][\w'’&:-]*)){0,8}?\s+(?:Forum|Conference|Dialogue|"
    r"Symposium|Seminar|Roundtable|Summit|Workshop|Colloquium|Lecture|Plenum|Congress))"
    r"(?=\s+(?:at|in|on|from|with|which|that|via|here)\s|[,.;])"
)
"""``the Ministry opened the 2016 Korea Global Forum at the Silla Hotel``: a report's lead
naming the event, capitalised and ending with its kind."""
_KIND_ON_WAS_HELD = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z-]+\s+)?"
    + EVENT_NOUNS
    + r"\s+on\s+(?P<title>[A-Z][^.;]{8,160}?),?\s+(?:was|were)\s+(?:held|hosted|organi[sz]ed|"
    r"convened)\b"
)
"""``the seminar on Sino-Japanese Relations on the occasion of …, was held in``."""
_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th|e|ª|a|o|º)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|primera|segunda|tercera|cuarta|quinta|sexta|séptima|octava|novena|décima)"
)
_NTH_EDITION = re.compile(
    r"\b(?:The|the)\s+(?:two-day\s+|one-day\s+)?" + _ORDINAL + r"\s+(?:annual\s+)?"
    r"(?P<title>[A-Z][\w'’&-]*(?:\s+[A-Z0-9][\w'’&-]*){1,8})(?:\s*\([A-Z]{2,8}\))?\s+"
    r"(?:kicked off|opened|was held|took place|began|got under way|concluded|closed)\b|"
    r"\b(?:La|la|El|el)\s+" + _ORDINAL + r"\s+edición\s+de(?:l|\s+la|\s+el)?\s+"
    r"(?P<named>[A-ZÀ-Ý][^,.;]{3,100}?)\s+(?:se celebró|tuvo lugar|se realizó|se llevó a cabo|"
    r"se celebrará|tendrá lugar)"
)
"""``The fifth Abu Dhabi Strategic Debate (ADSD) kicked off``, ``La novena edición de la
Conexión Iberoamérica-China se celebró``: the event's name after its number."""
_NOTE_LABEL = re.compile(r"^(?:please note|note|nb|update|updated|important|venue change)$", re.I)
"""Labels of a notice printed like a point (``PLEASE NOTE: The venue has changed ...``)."""


def _venue_heading(paragraphs: list[Paragraph], state: State) -> Furniture | None:
    """A short line with a venue's word right under the day or the hours (``12 - 1:30pm,
    Tuesday 16th May 2023`` over ``Room 358, Physiology Building (63)``) or right over a
    street address (``CEPS Conference Room`` over ``Place du Congrès 1 - 1000 Brussels``)."""
    lines = {p.lines.start: p.text for p in paragraphs}
    lines.update({f.lines.start: f.text for f in state.furniture})
    for line in state.furniture:
        text = line.text
        if (
            line.kind != "heading"
            or line.lines.start > 40
            or len(text.split()) > 10
            or not VENUE_HINT.search(text)
            or text.endswith((".", ":", "?", "!"))
            or (state.title is not None and text.casefold() == state.title.casefold())
        ):
            continue
        before = lines.get(line.lines.start - 1, "")
        after = lines.get(line.lines.end + 1, "")
        dated = bool(before) and (
            parse_date_line(before) is not None
            or is_time_line(before)
            or find_date(before, None, cued=False) is not None
            or (len(before) <= 60 and re.match(r"\d{1,2}[:.]\d{2}", before) is not None)
        )  # "9:00 a.m. – 11:00 a.m. Eastern" over "Virtual Event via Zoom"
        if dated or (after and len(after) <= 120 and ADDRESS.search(after)):
            return line
    return None


def _find_place(paragraphs: list[Paragraph], state: State) -> None:
    """Where the prose says the event is held; else "Online" when it says so; else the
    city of a press dateline (``WASHINGTON, Jan. 11, 2010 -``)."""
    venue = _venue_heading(paragraphs, state)
    if venue is not None:
        state.location = venue.text
        state.header_lines["location"] = venue.lines
        return
    for line in state.furniture:
        if (
            line.kind == "heading"
            and line.lines.start <= 30
            and (ADDRESS.search(line.text) or (line.lines.start <= 10 and locative(line.text)))
            and is_location(line.text, True, state)
        ):
            state.location = line.text  # "21 Harbour Row, London SE1 4QP" on its own line
            state.header_lines["location"] = line.lines
            return
    heads = [
        state.title or "",
        *(f.text for f in state.furniture if f.kind in ("header", "headline", "navigation")),
    ]
    titled = [Paragraph(h, Lines(0, 0)) for h in heads if h]
    for paragraph in [*paragraphs[:8], *titled]:
        found = (
            marked_place(paragraph.text)
            or place_in_prose(paragraph.text)
            or cjk_place(paragraph.text[:600])
        )
        if found is not None:
            state.location = found
            if paragraph.lines.start:
                state.header_lines["location"] = paragraph.lines
            return
    later = [p for p in paragraphs[4:8] if _HELD_ONLINE.search(p.text)]
    # "Virtual Event via Zoom" on a line of its own under the day and the hours
    shown = [Paragraph(f.text, f.lines) for f in state.furniture if f.kind == "heading"]
    shown += [Paragraph(b.title, b.lines) for b in state.sections if b.title]
    online_lines = [
        p for p in shown if p.lines.start <= 15 and len(p.text.split()) <= 6 and is_online(p.text)
    ]
    for paragraph in [
        *(Paragraph(h, Lines(0, 0)) for h in heads),
        *online_lines,
        *paragraphs[:4],
        *later,
    ]:
        if online_cue(paragraph.text):
            state.location = "Online"
            if paragraph.lines.start:
                state.header_lines["location"] = paragraph.lines
            return
    if paragraphs:
        dateline = _DATELINE.match(paragraphs[0].text) or _TITLED_DATELINE.match(paragraphs[0].text)
        city = dateline.group("city").split(",")[0].strip().title() if dateline else ""
        if dateline is not None and is_known_city(city):
            state.location = city
            state.header_lines["location"] = paragraphs[0].lines
            return
    for paragraph in [*paragraphs[:8], *titled]:
        city = city_after_verb(paragraph.text)
        if city is not None:  # "… met in Brisbane this week": the city, all the prose says
            state.location = city
            if paragraph.lines.start:
                state.header_lines["location"] = paragraph.lines
            return
    for paragraph in [*titled, *paragraphs[:2]]:
        agency = _AGENCY_DATELINE.search(paragraph.text[:200])
        if agency is not None:  # "中央社／ 馬尼拉3日專電": the agency's city and day
            state.location = agency.group("place")
            if paragraph.lines.start:
                state.header_lines["location"] = paragraph.lines
            return


_HELD_ONLINE = re.compile(r"\b(?:will take place|will be held|takes place|is held) online\b", re.I)
"""``The forum will take place online on …``, further down a page: where the event is."""
_AGENCY_DATELINE = re.compile(
    r"(?:中央社|新華社|新华社|中新社|中通社)\s*[／/]?\s*(?P<place>[\u4e00-\u9fff]{2,6})\d{1,2}日"
    r"(?:專電|专电|電|电)"
)
"""A news agency's dateline: its reporter's city, where the event was."""


def _find_date_in_prose(paragraphs: list[Paragraph], state: State) -> None:
    """``On May 24, 2019, the Center hosted ...``: the event's date from the opening prose.
    In Chinese, Japanese and Korean, a paragraph whose first sentence says the event was
    held comes first (``11月8日至10日,…国事访问。`` sets the scene, ``11月10日下午,…举办了…``
    is the day)."""
    held = [
        p
        for p in paragraphs
        if WIDE.search(p.text[:100]) and _CJK_HELD.search(_lead_sentence(p.text))
    ]
    for paragraph in [*held, *paragraphs]:
        found = find_date(paragraph.text, state.reference)
        if found is not None and found.iso < "1995":
            continue  # "Le 17 février 1972, lorsque le président Nixon …": history
        if found is not None:
            # a date line without its year, read before, stays as furniture
            state.replace_date(found.iso, found.text, paragraph.lines, displaced="date")
            state.time = state.time or clock_after(paragraph.text, found.text)
            return


def _lead_sentence(text: str) -> str:
    """A paragraph's first sentence, up to a Chinese or Japanese full stop, ``!`` or ``?``
    (at most 300 characters): where a report says when and whether the event was held."""
    return re.split(r"(?<=[。．!?！？])", text, maxsplit=1)[0][:300]


_CJK_HELD = re.compile(
    r"開催|開講|開か|行われ|実施|举行|举办|召开|开幕|開幕|舉行|개최|열린|열렸|열려|진행|"
    r"发表题为|發表題為|应邀[^。]{0,30}?发表|應邀[^。]{0,30}?發表|講演を行|강연을 했|특강을 했"
)
_BARE_DATE = re.compile(
    r"^\s*(?:(?:19|20)\d{2}\s*[年년.\-/]\s*\d{1,2}\s*[月월.\-/]\s*\d{1,2}\s*[日일]?|"
    r"(?:19|20)\d{2}-\d{2}-\d{2})\.?\s*(?:[(（][^)）]{1,4}[)）])?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*"
    r"(?:(?:作者|来源|來源|发布|發布|编辑|編集|출처|작성자|글쓴이)\s*[:：].{0,60})?$"
)
"""A date alone on its line (with the minute a post was saved, and who posted it from
where: ``2022-09-19 21:39 作者:… 来源:…``): the day it was posted."""
_NEWS_DATELINE = re.compile(
    r"^.{0,20}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:讯|电|訊|電)\s*(?:[(（][^)）]{0,30}[)）])?"
)
"""``青岛新闻网9月19日讯 (记者 X)``: the day the agency filed the report, not the event's."""
_PAST_DAY = re.compile(r"(?:지난|去る)\s*(?P<day>[1-3]?\d)\s*[일日]")
"""``지난 17일``, ``去る17日``: the day just past, in the month of posting or the one before."""


_CJK_DAY = re.compile(r"(?<![\d月월/.\-])(?P<day>[1-3]?\d)\s*(?:日|일)(?![간間])")


def _day_on_or_before(posted: dt.date, day: int) -> dt.date | None:
    """The ``day`` of the month of ``posted``, or of the month before for a later day."""
    month_start = posted.replace(day=1)
    if day > posted.day:  # the 28th, reported on the 2nd: last month's
        month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
    try:
        return month_start.replace(day=day)
    except ValueError:
        return None


_COMING_WORDS = r"(?:오는|来る|来たる|将于|將於)"
_COMING = re.compile(_COMING_WORDS + r"\s*$")
_COMING_DAY = re.compile(_COMING_WORDS + r"\s*[1-3]?\d\s*[일日]")
"""``오는 15일``, ``来る15日``: the day that comes next, not the one past."""


def _day_on_or_after(posted: dt.date, day: int) -> dt.date | None:
    """The ``day`` of the month of ``posted``, or of the month after for an earlier day."""
    month_start = posted.replace(day=1)
    if day < posted.day:  # the 2nd, announced on the 28th: next month's
        month_start = (month_start + dt.timedelta(days=32)).replace(day=1)
    try:
        return month_start.replace(day=day)
    except ValueError:
        return None


def _cjk_day_in_lead(paragraph: Paragraph, state: State) -> None:
    """A Chinese, Japanese or Korean news report whose lead gives only the day the event
    was held (``…세미나가 13일 오후 2시 … 열렸다``), under a line dated the day it was
    posted: that day of the posting's month (or of the month before, for a later day)."""
    posted = state.posted
    sentence = re.split(r"(?<=[。．!?！？.])\s", paragraph.text, maxsplit=1)[0][:300]
    if posted is None or not WIDE.search(sentence) or not _CJK_HELD.search(sentence):
        return
    found = _CJK_DAY.search(sentence)
    if found is None:
        return
    if _COMING.search(sentence[: found.start()]):  # "오는 15일": the day to come
        held = _day_on_or_after(posted, int(found.group("day")))
        if held is not None and (held - posted).days <= 40:
            state.replace_date(held.isoformat(), found.group(0), paragraph.lines)
            state.time = state.time or cjk_clock_after_day(sentence)
        return
    held = _day_on_or_before(posted, int(found.group("day")))
    if held is not None and (posted - held).days <= 40:
        state.replace_date(held.isoformat(), found.group(0), paragraph.lines)
        state.time = state.time or cjk_clock_after_day(sentence)


def _prefer_cjk_event_date(paragraph: Paragraph, state: State) -> None:
    """A Chinese, Japanese or Korean report dated on its own line (the day it was posted)
    whose lead says when the event was held (``3月10日(土)14:00より…開講``): the lead's day."""
    if state.date is None or not state.date_text:
        return
    filed = re.search(re.escape(state.date_text) + r"\s*(?:讯|电|訊|電)", paragraph.text[:80])
    if not _BARE_DATE.match(state.date_text) and filed is None:
        return
    sentence = _NEWS_DATELINE.sub("", _lead_sentence(paragraph.text))
    if not WIDE.search(sentence) or not _CJK_HELD.search(sentence):
        return
    posted = dt.date.fromisoformat(state.date)
    found = find_date(sentence, posted, cued=False)
    if found is None and (past := _PAST_DAY.search(sentence)) is not None:
        held = _day_on_or_before(posted, int(past.group("day")))
        if held is not None and held != posted:
            stamped = ":" in state.date_text  # the time on the line was the posting's
            state.replace_date(held.isoformat(), past.group(0), paragraph.lines)
            state.time = None if stamped else state.time
        return
    if found is None or found.iso == state.date:
        return
    gap = (dt.date.fromisoformat(found.iso) - posted).days
    if -180 <= gap <= 120:
        stamped = ":" in (state.date_text or "")  # "2019-12-24 18:46": the posting's hour
        state.replace_date(found.iso, found.text, paragraph.lines)
        if stamped:
            state.time = cjk_clock_after_day(sentence)


def _prefer_opening_date(paragraph: Paragraph, state: State) -> None:
    """A report that opens with the day it happened (``11월 12일 ...``, ``On May 3, ...``)
    under a dated header: the header's date is the day it was posted."""
    head = paragraph.text[:80]
    sentence = _lead_sentence(paragraph.text)
    if WIDE.search(head) and not _CJK_HELD.search(sentence):
        return  # "11月8日至10日,…进行了国事访问。": the scene, not the event
    worded = re.search(r"[^\W\d_]{3}", state.date_text or "") is not None
    if state.time is not None and not WIDE.search(head) and worded:
        return  # "30 January 2024 at 18:00": a day in words with its hour is the event's
    found = find_date(head, dt.date.fromisoformat(state.date) if state.date else None)
    if found is None or found.iso == state.date or head.find(found.text) > 40 or state.date is None:
        return
    gap = (dt.date.fromisoformat(state.date) - dt.date.fromisoformat(found.iso)).days
    coming = gap < 0 and re.search(r"\bwill\b|\bto be held\b", sentence) is not None
    if 0 < gap <= 90 or (coming and gap >= -60):
        # "April 26, 2013" / "On Saturday, April 27th, 2013, the University will be hosting"
        stamped = not worded and ":" in (state.date_text or "")  # "2019-12-24 18:46"
        state.replace_date(found.iso, found.text, paragraph.lines)
        if stamped:  # the posting's hour is not the event's
            state.time = clock_after(paragraph.text, found.text) or cjk_clock_after_day(head)


_PAST_WEEKDAY = re.compile(
    r"\b(?:el pasado|este pasado|last|am vergangenen)\s+(?:(?:lunes|martes|miércoles|jueves|"
    r"viernes|sábado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|"
    r"mardi|mercredi|jeudi|vendredi|samedi|dimanche|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|"
    r"Samstag|Sonntag),?\s+)(?P<day>.{3,30})",
    re.I,
)
"""``se realizó el pasado lunes 22 de mayo``: a day named as past, in a report posted later."""


def _prefer_past_day(paragraphs: list[Paragraph], state: State) -> None:
    """A report dated the day it was posted (``Martes 6 de Junio de 2017``) whose prose says
    the event was "el pasado lunes 22 de mayo": that day, in the posting's year."""
    if state.date is None or "date" in state.labelled:
        return
    posted = dt.date.fromisoformat(state.date)
    for paragraph in paragraphs:
        for past in _PAST_WEEKDAY.finditer(paragraph.text[:600]):
            found = find_date(past.group("day"), posted, cued=False)
            if found is None or not past.group("day").startswith(found.text[:2]):
                continue
            gap = (posted - dt.date.fromisoformat(found.iso)).days
            if 0 < gap <= 60:
                state.replace_date(found.iso, found.text, paragraph.lines)
                state.time = None
                return


_HELD_LATER = re.compile(
    r"\b(?:will be held|will take place|se tiendr(?:a|ont)|aura lieu|se déroulera|"
    r"tendrá lugar|se (?:realizará|celebrará|llevará a cabo)|findet)\b"
)
"""A verb that says the event is still to come (``se tiendront``), whatever follows it;
``dates._WILL_BE_HELD`` is the cue right before an announced day."""
_HELD_BEFORE = re.compile(
    r"\b(?:(?:was|were) held|(?<!be )held|took place|concluded(?: successfully)?|a eu lieu|"
    r"s[’']est (?:tenue?|"
    r"déroulée?)|tuvo lugar|se (?:realizó|celebró|llevó a cabo)|fand)\b"
)
"""A verb that says the event has taken place (``concluded``, ``a eu lieu``)."""
_HELD_DAY_CUE = re.compile(
    r"^\s*(?:[^.;]{0,40}?\s|[^.;]{0,140}?\s(?=last\s))?(?:on|le|el|am|last)\s+"
)
"""Between the verb and the day: ``took place on``, ``se tiendront le``, ``tendrá lugar el``."""


def _prefer_held_day(paragraphs: list[Paragraph], state: State) -> None:
    """A page dated the day it was posted (``Le Jeudi 15 décembre 2022``, ``(8 November,
    2024, Hong Kong)``) whose lead says the event "se tiendront le lundi 19 décembre" or
    "concluded successfully on 7 November": that day, when the tense agrees (a day to come
    after the posting, a day past before it)."""
    if state.date is None or "date" in state.labelled:
        return
    posted = dt.date.fromisoformat(state.date)
    for paragraph in paragraphs:
        text = paragraph.text[:600]
        verbs = [(m, True) for m in _HELD_LATER.finditer(text)]
        verbs += [(m, False) for m in _HELD_BEFORE.finditer(text)]
        for verb, coming in sorted(verbs, key=lambda v: v[0].start()):
            cue = _HELD_DAY_CUE.match(text[verb.end() : verb.end() + 200])
            if cue is None:
                continue
            at = verb.end() + cue.end()
            found = find_date(text[at : at + 60], posted, cued=False)
            if found is None or found.iso == state.date or not text[at:].lstrip().startswith(
                (found.text[:1], "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                 "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
                 "próximo", "pasado", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                 "Saturday", "Sunday")
            ):  # fmt: skip
                continue
            gap = (dt.date.fromisoformat(found.iso) - posted).days
            if (coming and 0 < gap <= 90) or (not coming and -60 <= gap < 0):
                state.replace_date(found.iso, found.text, paragraph.lines)
                state.time = clock_in_sentence(text, found.text)
                return


def _hour_by_the_day(
    paragraphs: list[Paragraph], day: str, cued: bool, read: Callable[[str, str], str | None]
) -> str | None:
    """The hour ``read`` finds by the event's day where a paragraph gives that day again."""
    reference = dt.date.fromisoformat(day)
    for paragraph in paragraphs:
        if not CLOCKISH.search(paragraph.text[:2000]):
            continue
        again = find_date(paragraph.text, reference, cued=cued)
        if again is not None and again.iso == day:
            clock = read(paragraph.text, again.text)
            if clock is not None:
                return clock
    return None


_SLOT_OPENING = re.compile(
    r"^(?P<time>(?:\d{1,2}\s?[h:.]\s?\d{2}|\d{1,2}\s?h(?![a-z]))(?:\s*[ap]\.?\s?m\.?)?|"
    r"\d{1,2}\s*[ap]\.?\s?m\.?)"
    r"(?:\s*[-–—]\s*\d{1,2}(?:\s?[h:.]\s?\d{2})?(?:\s*[ap]\.?\s?m\.?)?)?"
    r"(?:\s*\(?(?-i:[A-Z]{2,5})\)?)?\s*[-–—:]?\s+(?=[^\W\d_]{2})(?![ap]\.?m\b)"
    r"(?!(?:GMT|UTC|CET|CEST|EST|EDT|PST|PDT|KST|JST|BST|AEST|AEDT|ICT|WIB|local)\b)",
    re.I,
)
"""A programme's line that opens with its hour and goes on in words (``9h30 - Ouverture``)."""


_NO_PLACE = re.compile(
    r"^(?:By|Por|Par|Von)\s+[A-ZÀ-Ý]|기자(?!회견|실)|記者(?!會|会|室)|记者(?!会|室)|"
    r"^(?:IMG|DSC|DSCN|P)[_-]?\d{3,}$|^\d{6,}(?:[\s_]+\d{6,})+(?:[\s_]+[a-z])?$|"
    r"^On\s+(?:the\s+)?(?:\w+day,?\s+)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d|"
    r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|(?:19|20)\d{2}\s*[년年]|"
    r"^(?:진행\s*순서|순서|일정|프로그램|プログラム|日程|议程|議程)$|"
    r"\b(?:has|have|had|is|are|was|were)\s+(?:been\s+)?[a-z]+ing\b"
)
"""Never where the event is: a byline, a reporter's credit, a photograph's file name (also
``71065306_2441993009389765_…_n``), a
report's opening words, a weekday alone, a past year's mention (``1993년 11월 경주``), a
programme's label, or a sentence (``… has been pursuing …``)."""


_BEGINS_AT = re.compile(
    r"\b(?:Beginn(?:\s+ist)?|beginnt|startet|(?:starts|begins|will start|will begin))\s+"
    r"(?:um|at)\s+(?P<time>\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr\b|[ap]\.?\s?m\.?))"
)
"""The hour an event starts, said in a sentence of its own (``Beginn ist um 19 Uhr``)."""


def _first_slot(state: State) -> str | None:
    """The hour of a programme's first slot, from the headings and the lines of names that
    open with one, in the order of the page."""
    lines = [(s.lines.start, s.title) for s in state.sections if s.title]
    lines += [(f.lines.start, f.text) for f in state.furniture if f.kind in ("heading", "people")]
    for _, text in sorted(lines):
        found = _SLOT_OPENING.match(text)
        if found is not None and not re.match(r"0?0[:.h]00", found.group("time")):
            return found.group("time")
    return None


def _prefer_coming_day_with_hour(paragraphs: list[Paragraph], state: State) -> None:
    """A page dated the day it was posted (``April 22, 2019``) whose lead invites to the
    event "on Wednesday, April 24, from 4:30-6:30 p.m.": a later day, with its hour, in the
    posting's year, is the event's."""
    if state.date is None or state.time is not None:
        return
    posted = dt.date.fromisoformat(state.date)
    for paragraph in paragraphs:
        found = find_date(paragraph.text[:600], posted)
        if found is None or found.iso == state.date:
            continue
        gap = (dt.date.fromisoformat(found.iso) - posted).days
        clock = clock_in_sentence(paragraph.text, found.text)
        if 0 < gap <= 60 and clock is not None:
            state.replace_date(found.iso, found.text, paragraph.lines)
            state.time = clock
            return


def _prefer_announced_date(paragraphs: list[Paragraph], state: State) -> None:
    """``WASHINGTON, July 8, 2005 - ... a conference, to be held July 19, 2005``: the
    date the release is dated is not the event's."""
    reference = dt.date.fromisoformat(state.date) if state.date else state.reference
    for paragraph in paragraphs:
        found = announced_date(paragraph.text, reference)
        if found is not None and found.iso != state.date and state.date is not None:
            state.replace_date(found.iso, found.text, paragraph.lines)
            state.time = clock_after(paragraph.text, found.text) or state.time
            return


def _find_people_in_prose(paragraphs: list[Paragraph], state: State) -> None:
    known = {p.name for p in state.agenda_people} | {p.name for p in state.speakers}
    squeezed = {k.replace(" ", "") for k in known}
    headings = [
        Paragraph(f.text, f.lines) for f in state.furniture if f.kind in ("heading", "header")
    ]
    titled = [Paragraph(s.title, s.lines) for s in state.sections if s.title]
    # unlabelled points only: a labelled point ("Label: text") is what was said
    pointed = [Paragraph(p.text, p.lines) for s in state.sections for p in s.points if not p.label]
    # every point: a colon inside a report's sentence ("동맹: …") is no speaker's label
    every_point = [
        Paragraph(f"{p.label}: {p.text}" if p.label else p.text, p.lines)
        for s in state.sections
        for p in s.points
    ]
    for paragraph in [*paragraphs, *titled, *headings, *every_point]:
        if len(known) > MAX_FOUND:
            return
        for name in cjk_people(paragraph.text)[:MAX_FOUND]:
            bare = name.replace(" ", "")
            if any(
                other != bare and (other.endswith(bare) or other.startswith(bare))
                for other in squeezed
            ):
                continue  # "ボーゲル氏" after "エズラ・ボーゲル氏": the surname of one found
            if name not in known and bare not in squeezed:
                known.add(name)
                squeezed.add(name.replace(" ", ""))
                _add_person(state, Person(name, None), paragraph.lines, None)
    subtitle = state.header_lines.get("subtitle")
    under = [Paragraph(state.subtitle, subtitle)] if state.subtitle and subtitle else []
    top = [h for h in headings if h.lines.start <= 10][:3]  # names under the title
    for paragraph in [*under, *top, *state.summary[:3], *titled[:1]]:
        for name in bare_names(paragraph.text) or []:
            if name not in known:
                known.add(name)
                _add_person(state, Person(name, None), paragraph.lines, None)
    for paragraph in [*paragraphs, *titled, *headings, *pointed]:
        if len(known) > MAX_FOUND:
            return
        for person in people_in_prose(paragraph.text):
            if person.moderator:
                written = written_if_different(person.written, person.name)
                state.add_moderator(person.name, paragraph.lines, written)
            if person.name not in known and not _shortened(person.name, known):
                known.add(person.name)
                _add_person(state, Person(person.written, person.role), paragraph.lines, None)


def _shortened(name: str, known: set[str]) -> bool:
    """``Carlos Peñafiel`` after ``Carlos Peñafiel Soto``: a name found before, written
    again without its last words."""
    words = name.casefold().split()
    return len(words) >= 2 and any(
        len(other.split()) > len(words) and other.casefold().split()[: len(words)] == words
        for other in known
    )


def _merge_people(state: State) -> list[Speaker]:
    """Speakers from the trailer, roles filled from agenda lines, agenda-only people added;
    one person listed twice (``Jessica T. Mathews``, ``Jessica Tuchman Mathews``) once."""
    speakers = list(state.speakers)
    by_name = {p.name: p for p in state.agenda_people}
    for i, speaker in enumerate(speakers):
        agenda = by_name.get(speaker.name)
        if agenda is not None and speaker.role is None and agenda.role is not None:
            speakers[i] = replace(speaker, role=agenda.role)
    listed = {s.name for s in speakers}
    by_ends: dict[tuple[str, str], list[str]] = {}
    for name in listed:
        by_ends.setdefault(_ends(name), []).append(name)
    for person in state.agenda_people:
        if person.name in listed:
            continue
        if any(same_person(person.name, n) for n in by_ends.get(_ends(person.name), [])):
            continue
        speakers.append(person)
        listed.add(person.name)
        by_ends.setdefault(_ends(person.name), []).append(person.name)
    return speakers


def _ends(name: str) -> tuple[str, str]:
    words = name.casefold().split() or [""]
    return words[0], words[-1]


def _finish(state: State, source: str) -> Event:
    prose = state.summary + [p for s in state.sections for p in s.intro]
    headings = [Paragraph(s.title, s.lines) for s in state.sections[:2] if s.title]
    for paragraph in [*headings, *prose[:4]] if state.date is None else ():
        if _COMING_DAY.search(paragraph.text[:200]):
            _cjk_day_in_lead(paragraph, state)  # "▲ 오는 15일 오후 3시 … 진행된다": to come
            if state.date is not None:
                break
    if state.date is None:
        _find_date_in_prose(prose[:4], state)
    if state.date is None and not prose:
        # a report in bullets ("- The two-day … Debate" with the lead joined under it)
        points = [Paragraph(p.text, p.lines) for s in state.sections for p in s.points]
        _find_date_in_prose(points[:2], state)
    if state.date is None and prose:
        for paragraph in prose[:3]:  # the lead, after a credit line ("[… = 기자]")
            _cjk_day_in_lead(paragraph, state)
            if state.date is not None:
                break
    elif prose and "date" not in state.labelled:
        opening = next((p for p in prose[:4] if is_sentence(p.text)), prose[0])
        _prefer_opening_date(opening, state)
        lead = prose[:2]  # a lead sentence may run over two lines
        joined = "".join(p.text for p in lead) if WIDE.search(prose[0].text) else opening.text
        _prefer_cjk_event_date(Paragraph(joined, lead[0].lines), state)
    if "date" not in state.labelled:
        _prefer_announced_date(prose[:8], state)
        _prefer_past_day(prose[:4], state)
        _prefer_held_day(prose[:3], state)
        _prefer_coming_day_with_hour(prose[:2], state)
    if (
        state.location is not None
        and "place" not in state.labelled
        and _NO_PLACE.search(state.location)
    ):
        was = state.header_lines.pop("location", None)
        if was is not None and was.start:  # the line stays, read as the header's furniture
            state.furnish("header", state.location, was.start, was.end)
        state.location = None  # "By Alyssa Patrick, Office of Research", "IMG_2248"
    if state.location is None:
        notes = [
            Paragraph(p.text, p.lines)
            for s in state.sections
            for p in s.points
            if p.label and _NOTE_LABEL.match(p.label)
        ]
        firsts = [Paragraph(p.text, p.lines) for s in state.sections for p in s.points][:2]
        # "▲ 오는 15일 … 라벤더룸에서 … 진행된다": a caption read as a section's heading
        captions = [h for h in headings if _COMING_DAY.search(h.text[:200])]
        _find_place([*prose, *notes, *firsts, *captions], state)
        if state.location is not None and _NO_PLACE.search(state.location):
            # read from prose, whose text stays where it was; a city in it is still where
            # ("中央社記者張謙香港24日電": the reporter, then the city)
            credit = re.search(r"記者|记者|기자", state.location) is not None
            state.location = city_within(state.location) if credit else None
            if state.location is None:
                state.header_lines.pop("location", None)
                heads = [state.title or "", *(p.text for p in prose[:4])]
                if any(online_cue(text) for text in heads):
                    state.location = "Online"  # "… 온라인으로 개최": where it is, after all
    if state.title is None:
        points = [Paragraph(p.text, p.lines) for s in state.sections for p in s.points]
        _find_title_in_prose([*prose[:4], *points[:2]], state)
    else:
        _name_behind_generic_title(state)
    if state.time is None and state.date is not None:
        # "… on May 9, 2023 at 4:00 p.m.": the day given above, with its hour right after it
        state.time = _hour_by_the_day(prose[:3], state.date, True, clock_after)
    if state.time is None and state.date is not None and "time" not in state.labelled:
        # "… am 2. Juni 2022 … und referiert um 17.00 Uhr": its hour later in the sentence
        state.time = _hour_by_the_day(prose[:3], state.date, False, clock_in_sentence)
    if state.time is None and state.date is not None and "time" not in state.labelled:
        for paragraph in prose[:8]:  # "The forum … will be held from 3:30 to 5 p.m. in …"
            state.time = held_at_clock(paragraph.text) if CLOCKISH.search(paragraph.text) else None
            if state.time is not None:
                break
    if state.time is None and "time" not in state.labelled:
        for paragraph in prose[:2]:
            clock = cjk_clock_after_day(paragraph.text) if WIDE.search(paragraph.text) else None
            if clock is not None:
                state.time = clock
                break
    if state.time is None and state.date is not None and "time" not in state.labelled:
        state.time = _first_slot(state)  # "9h30 - Ouverture du colloque": the day starts then
    if state.time is None and "time" not in state.labelled:
        for paragraph in prose[:6]:  # "Die Veranstaltung beginnt um 19.30 Uhr.": its start
            begins = _BEGINS_AT.search(paragraph.text)
            if begins is not None:
                state.time = begins.group("time")
                break
    if state.title is not None:
        state.title = re.sub(r"(?<=[a-z]):(?=[A-Z])", ": ", state.title)  # "Europe:Creating"
        state.title = state.title.rstrip(" ,;") or state.title  # "themed “X,”": the comma
    host = _find_host(prose)
    _find_moderators(prose, state)
    _find_people_in_prose(prose, state)
    sections = []
    for builder in state.sections:
        if builder.intro or builder.points or builder.panel or builder.title is None:
            sections.append(builder.build())
        else:  # a heading with nothing under it is no theme
            state.furnish("heading", builder.title, builder.lines.start)
    furniture = sorted(state.furniture, key=lambda f: f.lines.start)
    prose_texts = [p.text for p in state.summary]
    prose_texts += [t.text for s in sections for t in s.intro]
    prose_texts += [t.text for s in sections for t in s.points]
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
        language=state.language,
        event_type=event_type(state.title, [p.text for p in state.summary]),
        tense=tense(prose_texts, state.language),
        header_lines=dict(state.header_lines),
    )
