"""The header zone: junk lines, a JSON metadata block, the title (and a subtitle), the
date line, the place lines, topic tags and the image marker."""

from __future__ import annotations

import json
import re
import unicodedata

from generator.parse.dates import (
    DateLine,
    TextDate,
    clock_after,
    date_tail,
    find_date,
    is_time_line,
    parse_date_line,
)
from generator.parse.event_kind import EVENT_NOUNS
from generator.parse.fields import Field, is_online, read_field
from generator.parse.hanzi import as_written, traditional_read
from generator.parse.interface import interface_only
from generator.parse.line_kinds import (
    BULLET,
    CONTAINER_HEADINGS,
    DISCUSSANTS,
    IMAGE,
    LOCATION_HINT,
    META_DATE,
    PAGE_TYPE,
    PEOPLE_BLOCK,
    PLAYER_JUNK,
    REGISTRATION,
    TERMINAL,
    TRAILER,
    VENUE_HINT,
    SourceLine,
    glued_tags,
    looks_like_title,
    normalise,
)
from generator.parse.model import Lines
from generator.parse.names import (
    HONORIFICS,
    ROLE_STEM,
    WIDE,
    is_sentence,
    looks_like_name,
)
from generator.parse.people_shapes import name_role_line, people_in_prose
from generator.parse.places import city_in, is_city, is_known_city
from generator.parse.state import PersonEntry, State

_HAPPENED = re.compile(
    r"^this event (?:happened|took place|was held) on (?P<date>.{6,40}?)\.?$", re.I
)


def _dash_separated(text: str) -> bool:
    """A date or a venue whose parts are separated by dashes (``29 septembre 2025 – 10:00``,
    ``Campus Schuman – Salle de colloque 1 – Aix en Provence``), not a breadcrumb trail."""
    if re.search(r"[>›»|]|\.(?:jpe?g|png|gif|webp|svg)\b", text, re.I):
        return False
    return parse_date_line(text) is not None or bool(
        "–" in text and (LOCATION_HINT.search(text) or city_in(text))
    )


def read_header(lines: list[SourceLine], state: State) -> int:
    """Consume the header zone; return the index of the first body line."""
    _split_glued_post_lines(lines)
    index = 0
    seen_date = False
    location: list[SourceLine] = []
    dated_place: SourceLine | None = None
    """A place written on the date line ("March 26, 2008 Washington, D.C.")."""
    title_at = choose_title(lines, state)
    title_line = ""
    """The line the title was taken from, as printed."""
    first_line = _first_content(lines)
    while index < len(lines):
        line = lines[index]
        text = normalise(line.text)
        map_link = _MAP_LINK.search(text)
        if map_link is not None and map_link.start() > 0:  # "George W. Bush Center (map)"
            state.furnish("marker", map_link.group(0).strip(), line.number)
            text = text[: map_link.start()]
        if not text:
            index += 1
            continue
        happened = _HAPPENED.match(text)
        dated = parse_date_line(happened.group("date")) if happened is not None else None
        if happened is not None and dated is not None and dated.iso and state.date is None:
            # "This event happened on June 13, 2023": the day of an event past
            state.replace_date(
                dated.iso, happened.group("date"), Lines(line.number, line.number), "date"
            )
            state.furnish("date", text, line.number)
            seen_date = True
            index += 1
            continue
        if state.time is None and index == first_line and is_time_line(text):
            state.time = text  # "2:00—3:30 PM" above the venue and the title: when in the day
            state.furnish("time", text, line.number)
            index += 1
            continue
        if state.title is None and index == first_line and _lone_bullet(lines, index, text):
            state.furnish("navigation", text, line.number)
            index += 1
            continue
        run_end = _navigation_run(lines, index) if index == first_line else index
        if run_end > index:  # "• Home", "• Events", "• <headline>", "• Facebook"
            for skipped in lines[index:run_end]:
                if skipped.text.strip():
                    state.furnish("navigation", normalise(skipped.text), skipped.number)
            index = run_end
            continue
        site_words = interface_only(text) and not PLAYER_JUNK.match(text)
        junk = HEADER_JUNK.match(text) is not None or site_words
        if junk and _BREADCRUMB_SHAPED.match(text) and parse_date_line(text) is not None:
            junk = False  # "Tuesday, February 07 2023 | 9:00 hrs – 17:00 hrs": a date line
        if junk and not _dash_separated(text) and index != title_at:
            state.furnish("navigation", text, line.number)
            state.press_release = state.press_release or bool(PRESS_RELEASE.search(text))
            index += 1
            continue
        if (
            state.title is None
            and text.endswith((":", "："))
            and index != title_at
            and len(text.split()) <= 4
            and len(WIDE.findall(text)) < 8  # "…研讨会 发表时间:… | 发表人:": a headline
            and read_field(text) is None
            and not PEOPLE_BLOCK.match(text)
        ):
            state.furnish("navigation", text, line.number)  # "Connect with:", a widget's label
            index += 1
            continue
        if text.startswith("{") and state.title is None and not seen_date:
            consumed = _read_json_block(lines, index, state)
            if consumed is not None:
                index = consumed
                title_at = choose_title(lines, state, index)
                continue
        tabled = read_table(lines, index, state)
        if tabled is not None:
            index = tabled
            seen_date = seen_date or state.date is not None
            continue
        found = read_field(text)
        if found is not None:
            consumed = take_field(lines, index, found, state)
            if consumed is not None:
                index = consumed
                seen_date = seen_date or state.date is not None
                continue
        image = IMAGE.match(text)
        if image is not None:
            state.image = state.image or image.group(1)
            state.furnish("marker", image.group(0), line.number)
            rest = text[image.end() :].strip()
            if rest:
                # The marker is glued to the first paragraph: the body starts here.
                lines[index] = SourceLine(line.number, rest)
                break
            index += 1
            continue
        if PAGE_TYPE.match(text) and state.title is None:
            state.furnish("page-type", text, line.number)
            index += 1
            continue
        meta = META_DATE.match(text)
        if meta is not None and state.date is None:
            date = parse_date_line(meta.group("date"))
            if date is not None:
                state.replace_date(date.iso, text, Lines(line.number, line.number), "date")
                index += 1
                continue
        if state.title is None and not seen_date and index <= 3:
            flat = _glued_header(text)
            if flat is not None:
                flat_title, flat_date, flat_time, place = flat
                state.title = flat_title
                state.header_lines["title"] = Lines(line.number, line.number)
                state.date, state.date_text = flat_date.iso, flat_date.text
                state.time = flat_time
                state.header_lines["date"] = Lines(line.number, line.number)
                state.furnish("header", text, line.number)
                if place is not None:
                    location = [SourceLine(line.number, place)]
                seen_date = True
                index += 1
                continue
        date_line = parse_date_line(text) if not seen_date else None
        where, _, when = text.partition(", ")
        if date_line is None and not seen_date and when and 1 <= len(where.split()) <= 4:
            after = parse_date_line(when)
            if (
                after is not None
                and after.iso is not None
                and (is_online(where) or is_known_city(where))
            ):
                # "Zoom Webinar, Friday November 27, 2020, 16:00 to 17:30 CET"
                date_line = DateLine(after.iso, after.time, "Online" if is_online(where) else where)
        if date_line is None and not seen_date and text.count(", ") >= 2 and len(text) <= 200:
            date_line = _venue_then_day(text)
        placed = _PLACE_THEN_DAY.match(text) if date_line is None and not seen_date else None
        if placed is not None and not _KIND_WORD.search(placed.group("place")):
            after = parse_date_line(placed.group("day"))
            if after is not None and after.iso is not None:  # "Leangkollen 03-04 February 2014"
                date_line = DateLine(after.iso, after.time, None)  # a name or a place: not said
        if date_line is None and not seen_date:
            split = _split_date(lines, index)
            if split is not None:
                date_line, last = split
                state.date, state.time = date_line.iso, date_line.time
                state.date_text = " ".join(normalise(x.text) for x in lines[index : last + 1])
                state.header_lines["date"] = Lines(line.number, lines[last].number)
                state.furnish("date", state.date_text, line.number, lines[last].number)
                seen_date = True
                index = last + 1
                continue
        if date_line is not None:
            state.date, state.time, state.date_text = date_line.iso, date_line.time, text
            state.header_lines["date"] = Lines(line.number, line.number)
            if date_line.place and not location:
                dated_place = SourceLine(line.number, date_line.place)
            seen_date = True
            index += 1
            continue
        if seen_date and not location:
            again = parse_date_line(text)
            if again is not None and (again.iso is None or again.iso == state.date):
                # the date printed twice (a badge, then the full line): keep the time
                state.time = state.time or again.time
                state.furnish("date", text, line.number)
                index += 1
                continue
        if seen_date and (not location or state.time is None):
            clock = text.lstrip("-–—•· ").rstrip(",;")  # "- 20:00" under "4 Mar.'24"
            if is_time_line(clock):  # also under the place: "le 23 janvier" / "Campus" / "de 16h"
                state.time = state.time or clock
                state.furnish("time", text, line.number)
                index += 1
                continue
        if (REGISTRATION.match(text) and len(text) < 200) or PLAYER_JUNK.match(text):
            state.furnish("notice" if REGISTRATION.match(text) else "player", text, line.number)
            index += 1
            continue
        tags = glued_tags(text, min_tags=2)
        if tags is not None and (state.title is not None or seen_date):
            state.furnish("tags", text, line.number)
            index += 1
            continue
        if state.title is not None and (
            text.casefold() in (state.title.casefold(), title_line.casefold())
        ):  # the title printed again, as it was, as taken, or in capitals
            state.furnish("repeat", text, line.number)
            index += 1
            continue
        if (
            state.title is None
            and title_at is not None
            and index < title_at
            and len(location) < 3
            and (
                _venue_shaped(lines, index, text)
                or (bool(location) and (ADDRESS.search(text) or BULLET.match(text)))
                or (bool(location) and is_location(text.rstrip(",;"), True, state))
            )
        ):  # "Center for Global Development" / "2055 L St, NW" above the title: where
            bullet = BULLET.match(text)
            kept = bullet.group("text").strip() if bullet is not None else text  # "- Fifth Floor"
            location.append(SourceLine(line.number, kept.rstrip(",;")))
            index += 1
            continue
        if state.title is None and title_at is not None and index < title_at:
            state.furnish("header", text, line.number)  # furniture above the title
            index += 1
            continue
        if title_at is not None and index > title_at:
            title_at = None  # the chosen line was read as something else
        if state.title is None and (
            index == title_at
            or (
                title_at is None
                and not location
                and looks_like_title(text)
                and not text.endswith((":", "："))
                and not _only_address(text)  # "77 McLaughlin Rd" above the city
                and (
                    (_title_shaped(text) and not _is_category(text))
                    # "Policies" above the date: a section of the site
                    or (_date_follows(lines, index) and not one_word(text))
                )
                and (not seen_date or _title_after_date(text, state))
            )
        ):
            if _starts_body(text):
                break
            second_half = _colon_continues(lines, index, text)
            if second_half is not None:  # "Asia and the GCC:" / "A Deepening Partnership"
                state.furnish("header", text, line.number)
                index = second_half
                line = lines[index]
                text = f"{text} {normalise(line.text)}"
            state.title = event_title(text)
            title_line = text
            prefix = _DATE_PREFIX.match(text)
            if prefix is not None and state.date is None and state.title != text:
                # "11 mars 2019 – conférence-midi – Name": the day printed before the title
                day = re.split(r"\s*[:|–—-]\s+", prefix.group(0), maxsplit=1)[0]
                day = re.sub(r"^[A-Za-zéè]+\s+(?=\d)", "", day)  # "Diskussion 12.06.2013"
                day = re.sub(r"(?<=\d)\.\s+(?=\d)", ".", day)  # "11. 4. 2019" -> "11.4.2019"
                before = parse_date_line(day)
                if before is not None and before.iso is not None:
                    state.replace_date(before.iso, day, Lines(line.number, line.number), "date")
            if state.title != text:
                state.furnish("headline", text, line.number)
                given_by = _speaker_by(text)
                if given_by is not None and given_by.group("name") not in state.title:
                    # "8th … Bi-Weekly Updates by Khin Ohmar": the talk's speaker, cut off
                    state.agenda_people.append(
                        PersonEntry(given_by.group("name"), line.number, line.number).speaker()
                    )
                glued = parse_date_line(text[len(state.title) :].strip(" ,(|–-"))
                if glued is not None and glued.iso is not None and state.date is None:
                    # "Lecture Series, 28 & 29 August 2018": the date glued to the title
                    glued_text = text[len(state.title) :].strip(" ,(|")
                    state.replace_date(
                        glued.iso, glued_text, Lines(line.number, line.number), "date"
                    )
            elif state.date is None and (ending := _DAY_ENDS_TITLE.search(text)) is not None:
                ends = parse_date_line(ending.group(0).strip())
                if ends is not None and ends.iso is not None and ending.start() > 0:
                    # "World Questions Event in Nairobi 7 November 2017": the day ends the
                    # title as printed (the title keeps it)
                    state.replace_date(
                        ends.iso, ending.group(0).strip(), Lines(line.number, line.number), "date"
                    )
            state.header_lines["title"] = Lines(line.number, line.number)
            index += 1
            goes_on = normalise(lines[index].text) if index < len(lines) else ""
            if (
                lines[index - 1].number + 1 == (lines[index].number if goes_on else -1)
                and _TITLE_GOES_ON.match(goes_on)
                and len(goes_on) <= 160
                and not goes_on.endswith(".")
            ):
                # "… Camp System" / "& Calling for its Dismantlement": a title over two lines
                state.title = f"{state.title} {goes_on}"
                state.header_lines["title"] = Lines(line.number, lines[index].number)
                index += 1
            continue
        if _speaker_under_title(text, state, location):
            # "Senator Yuen Pau Woo" right under the title: the talk's speaker
            state.agenda_people.append(PersonEntry(text, line.number, line.number).speaker())
            state.furnish("people", text, line.number)
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
            is_location(text.rstrip(",;"), seen_date or _date_follows(lines, index), state)
            and (seen_date or not one_word(text) or _one_place(text, state))
            and len(location) < 3
            and not _bullet_follows(lines, index)  # a heading over the points, not a place
        ):
            location.append(SourceLine(line.number, text.rstrip(",;")))
            index += 1
            continue
        break
    if not location and dated_place is not None:
        location = [dated_place]
    publisher = [
        x for x in location if _PUBLISHER.search(x.text) and not LOCATION_HINT.search(x.text)
    ]
    for kept in publisher:  # "防衛省" under the date: who published it, not where
        state.furnish("publisher", kept.text, kept.number)
    location = [x for x in location if x not in publisher]
    if location:
        texts = [normalise(line.text) for line in lines[: index + 80]]
        # "La Trobe Asia" under the date, and again under "Presented by:": who, not where
        organisers = [x for x in location if _presented_by(texts, x.text)]
        for kept in organisers:
            state.furnish("publisher", kept.text, kept.number)
        location = [x for x in location if x not in organisers]
    if location and "place" not in state.labelled:
        state.location = ", ".join(line.text for line in location)
        state.header_lines["location"] = Lines(location[0].number, location[-1].number)
    else:
        for kept in location:  # a labelled Venue: wins; the lines guessed at stay as text
            state.furnish("header", kept.text, kept.number)
    return index


def _speaker_under_title(text: str, state: State, location: list[SourceLine]) -> bool:
    """A line of only a style and a name (``Senator Yuen Pau Woo``, ``Dr. Jane Roe``) in the
    header, under the title: who gives the talk."""
    words = text.split()
    return (
        state.title is not None
        and not location
        and 3 <= len(words) <= 6
        and words[0] in HONORIFICS
        and looks_like_name(text)
        and not state.agenda_people
        and not WIDE.search(text)
    )


def take_field(lines: list[SourceLine], index: int, found: Field, state: State) -> int | None:
    """Apply a labelled field at ``lines[index]``; return the index after it (and after its
    value, when the value stands on the next line), or None when it is not a field."""
    line = lines[index]
    if found.value:
        span = Lines(line.number, line.number)
        if not state.apply_field(found, found.value, span, normalise(line.text)):
            return None
        return index + 1
    nxt = next(
        (i for i in range(index + 1, min(len(lines), index + 4)) if normalise(lines[i].text)), None
    )
    if nxt is None:
        return None
    value = normalise(lines[nxt].text)
    if value in ("|", "｜"):
        # "When" / "|" / "Apr" / "10, 2012 from 08:00 am |": a flattened table's cell,
        # its value wrapped over the lines up to the next bar
        cell: list[str] = []
        for i in range(nxt + 1, min(len(lines), nxt + 6)):
            text = normalise(lines[i].text)
            closed = text.endswith(("|", "｜"))
            text = text.rstrip("|｜ ")
            if text:
                cell.append(text)
            if closed or not text:
                break
        else:
            return None
        if not cell:
            return None
        nxt = i
        value = " ".join(cell)
    span = Lines(line.number, lines[nxt].number)
    if read_field(value) is not None or not state.apply_field(
        found, value, span, f"{found.key}: {value}"
    ):
        return None
    return nxt + 1


_GLUED_DATE = re.compile(
    r"\s(?P<date>(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2},\s+(?:19|20)\d{2})\b"
)
_TIME_ZONE = re.compile(
    r"^\s*(?:(?:Eastern|Central|Mountain|Pacific|Atlantic)(?: Standard| Daylight)? Time"
    r"(?:\s*\(US\s*&\s*Canada\))?|\(?(?-i:[A-Z]{2,4})\)?(?!\w))",
    re.I,
)
_CONTACT = re.compile(r"\s(?:Contact(?: person)?|Register|RSVP|Registration|Organi[sz]ers?)\s*:")


def _glued_header(text: str) -> tuple[str, TextDate, str | None, str | None] | None:
    """A page's header flattened onto one line: the title, the date and time, and the
    place (``Disarmament in Northeast Asia November 29, 2023 at 3:00pm - 4:30pm Eastern
    Time (US & Canada) Conference Room A UN Headquarters … Contact person: X``)."""
    found = _GLUED_DATE.search(text)
    if found is None or len(text) > 600:
        return None
    title = text[: found.start()].strip(" |,–-")
    if len(title.split()) < 4 or is_sentence(title) or not looks_like_title(title):
        return None
    if re.search(r"\b(?:on|in|at|from|of|since|until|by|the|held|for)$", title, re.I):
        return None  # "… symposium in Tokyo on November 21, 2014.": a sentence, not a header
    dated = find_date(found.group("date"), None, cued=False)
    if dated is None:
        return None
    rest = text[found.end() :]
    time = clock_after(text, found.group("date"))
    if time is not None:
        rest = rest[rest.find(time) + len(time) :] if time in rest else rest
    rest = _TIME_ZONE.sub("", rest, count=1)
    contact = _CONTACT.search(rest)
    place = (rest[: contact.start()] if contact else rest).strip(" ,|–-")
    return title, dated, time, (place if 2 <= len(place.split()) <= 25 else None)


_MEAL = re.compile(
    r"(?i:(?:keynote |opening |closing |welcome |networking |working )?(?:dinner|reception|lunch|"
    r"luncheon|breakfast|cocktails?|drinks)(?: (?:&|and) [\w ]{3,20})?)"
)
_KIND_THEN_NAME = re.compile(
    r"\b(?:conversatorio|seminario|conferencia|charla|foro|mesa redonda|webinar|seminar|"
    r"panel|debate|talk|lecture|conférence|table ronde|Vortrag|Diskussion)\s+"
    r"(?P<name>¿[^?]{6,150}\?|“[^”]{6,150}”|\"[^\"]{6,150}\"|«[^»]{6,150}»)\s*$",
    re.I,
)
"""A headline that says what happened, then the event's name after its kind (``… realizó
conversatorio ¿X?``)."""
_KIND_THEN_VERB = re.compile(
    r"^(?P<name>.{6,120}?\b(?:Gala|Forum|Conference|Summit|Symposium|Dialogue|Seminar|Workshop|"
    r"Roundtable|Lecture|Festival|Colloquium))\s+(?:Celebrates|Brings|Gathers|Marks|Explores|"
    r"Highlights|Discusses|Opens|Kicks off|Returns|Focuses|Tackles|Examines|Addresses|Convenes|"
    r"Welcomes|Honors|Honours|Draws|Unites|Spotlights)\b"
)
"""A news headline whose subject is the event's name (``… 2019 Annual Gala Celebrates …``)."""
_HOST_HOLDS_NAME = re.compile(
    r"^[^，。“”《》「」\s]{1,30}?(?:联合)?(?:举办|举行|召开|舉辦|舉行|召開)了?"
    r"(?P<name>[^，。“”《》「」\s]{4,60}(?:研讨会|研討會|论坛|論壇|座谈会|座談會|讲座|講座|"
    r"对话会|對話會|报告会|報告會|学术会议|學術會議|国际会议|國際會議))$"
)
"""``中心举办第六届中日关系上海研讨会``: the host, the verb, then the event's name."""
_HELD_THEN_NAME = re.compile(
    r"^[^《“”\"「」]{2,40}?在[^《“”\"，,。\s]{1,12}?(?:举行|举办|召开)(?P<name>[《“][^，。]{6,80})$"
)
"""``…研究基地在美举行《X》英文研究报告发布会``: where it was held, then the event's name."""
_WITH_TRANSLATION = re.compile(
    r"^(?P<main>.*[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3].*?)\s*"
    r"[(（](?P<latin>[A-Za-z][^()（）]{10,})[)）]$"
)
"""A Chinese, Japanese or Korean title followed by its English translation in brackets."""


def without_translation(title: str) -> str:
    """``…만들었을까?(Estonia: How …?)`` -> ``…만들었을까?``."""
    translated = _WITH_TRANSLATION.match(title)
    return translated.group("main").strip() if translated is not None else title


_MAP_LINK = re.compile(
    r"\s*[(\[](?:map|view map|google maps?|directions|plan|Karte)[)\]]\s*$", re.I
)
"""A link to a map after a venue, left as its text by the page's scraping."""
_QUOTED_THEN_WHEN = re.compile(
    r"^[„“\"«»]\s*(?P<name>[^“”\"„«»]{6,150}?)\s*[“”\"»«]\s+(?:am|on|le|el|at|in|im|au|à|, )\b"
)
"""A name in quotes, then when or where (``„Civil Diplomacy …“ am 9.2. im JDZB, Berlin``)."""
_TITLE_GOES_ON = re.compile(r"^(?:&|and\s)\s*[^\W\d_]")
"""A line that carries the title on (``& Calling for …``, ``and the Future of …``)."""
TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")
"""The rule under a table's row of labels (``---|---|---``)."""


def _cells(text: str) -> list[str]:
    text = text.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") else text
    return [cell.strip() for cell in text.split("|")]


def read_table(lines: list[SourceLine], index: int, state: State) -> int | None:
    """A page's facts scraped as a table: a row of labels (``Title | Date | Author |``),
    its rule (``---|---|---``) and a row of values. The title, date, time and place are
    read from their columns; return the index after the table, or None when
    ``lines[index]`` does not start one."""
    if index + 2 >= len(lines) or "|" not in lines[index].text:
        return None
    labels = _cells(normalise(lines[index].text))
    if len(labels) < 2 or not TABLE_RULE.match(normalise(lines[index + 1].text)):
        return None
    fields = [read_field(f"{label}:") if 0 < len(label) <= 30 else None for label in labels]
    if len(labels) == 2 and fields[0] is not None and fields[1] is None:
        return _read_key_value_table(lines, index, state)
    if not any(f is not None and f.kind in ("title", "date", "time", "place") for f in fields):
        return None
    row = lines[index + 2]
    values = _cells(normalise(row.text))
    unused = []
    for column, value in enumerate(values):
        found = fields[column] if column < len(fields) else None
        applied = False
        if value and found is not None and found.kind in ("title", "date", "time", "place"):
            written = f"{found.key}: {value}"  # a title is read as a headline (apply_field)
            span = Lines(row.number, row.number)
            applied = state.apply_field(found, value, span, written)
        if value and not applied:
            unused.append(value)
    state.furnish("header", normalise(lines[index].text), lines[index].number)
    state.furnish("header", normalise(lines[index + 1].text), lines[index + 1].number)
    if unused:
        state.furnish("header", " | ".join(unused), row.number)
    return index + 3


def _read_key_value_table(lines: list[SourceLine], index: int, state: State) -> int:
    """``開催日 | 2017年10月28日(土) |`` over the rule ``---|---|``, then ``時間 | 14:00~17:30 |``
    and more rows: a table of one field a row, its first row set as the table's head."""
    end = index
    for number in range(index, min(len(lines), index + 40)):
        text = normalise(lines[number].text)
        if number == index + 1:
            state.furnish("header", text, lines[number].number)  # the rule under the head
            end = number + 1
            continue
        cells = _cells(text)
        if len(cells) != 2 or not cells[0] or not cells[1]:
            break
        found = read_field(f"{cells[0]}: {cells[1]}")
        if found is None:
            break
        span = Lines(lines[number].number, lines[number].number)
        if found.kind in ("title", "date", "time", "place"):
            state.apply_field(found, found.value, span, text)
        else:
            state.furnish("field", text, lines[number].number)
        end = number + 1
    return end


SITE_PROMPT = re.compile(
    r"^(?:sign up|subscribe|join our (?:mailing|e-?mail)|get (?:our|the) (?:latest|newsletter)|"
    r"stay (?:up to date|informed|in touch)|keep up to date|register for (?:our|the) newsletter|"
    r"follow us|search (?:all|the) site|total index\b)",
    re.I,
)
"""A site's own prompts over its pages (mailing lists, search), never the event's prose."""
PRESS_RELEASE = re.compile(
    r"press release|news release|media advisory|pressemitteilung|communiqué de presse|"
    r"nota de prensa|comunicado de prensa|보도자료|新闻稿|プレスリリース",
    re.I,
)
HEADER_JUNK = re.compile(
    r"^(?:(?:past|upcoming|previous|recent) event(?:s\b|m?members\b|\b).{0,20}|"
    r"events? (?:reports?|recaps?).{0,60}|"
    r"(?:«|←|<)?\s*(?:all|back to(?: all)?|view all|see all|more) (?:upcoming |past )?events?|"
    r"[•·\-–]?\s*this event has (?:passed|ended)\.?|"
    r"icon-[\w-]+|.{0,40}?published (?:on )?.{4,30}|event documents|members(?: only)?|menu|"
    r"(?:menu\s+)?(?:(?-i:ico[A-Z])\w*\s*)+|[\w&.-]+(?:\s+[\w&.-]+)?\s+logo|"
    r"publication date\s+\d.{0,90}|"
    r"e?-?issn:?\s*\d{4}-\d{3}[\dx]\b.{0,30}|"
    r".{0,40}\b(?:press release|news release|media advisory|communiqué de presse|"
    r"nota de prensa|pressemitteilung|pressemeldung)\b.{0,40}|view\s*:\s*[\d,]+|"
    r"[\d,.]+\s*(?:views?|reads?|hits|likes|shares|comments)|"
    r"조회수?\s*:?\s*[\d,]+|浏览次数.{0,20}|閲覧数.{0,20}|"
    r"(?:[^–>›»|/\n]{2,40}\s+(?:->|=>|[–>›»|/])\s+){2,}[^–>›»|/\n]{2,40}|"  # a breadcrumb trail
    r"(?:[^:：\s]{1,10}\s+)?"  # "学术交流 当前所在位置: 首页 - …": the section, then the trail
    r"(?:您当前所在的位置|您当前所在位置|您当前的位置|您现在的位置|当前所在位置|当前位置|您的位置|现在的位置|"
    r"현재\s*위치|現在位置|現在地|you are here|"
    r"vous êtes ici|sie sind hier|usted está aquí)\s*[:：].{0,160}|"
    r"[\w./%~+=&?-]{3,200}\.(?:jpe?g|png|gif|webp|svg)(?:[?&#]\S*)?|"  # an image's file name
    r"this article is more than .{1,20} old|!\[[^\]]*\]\([^)]*\)|\[\s*\]|\||"
    r"(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*.{0,20}|"
    r".{0,40}?(?:date\s*(?:&|and)\s*time|when\s*(?:&|and)\s*where)|"  # "View the PhotosDate & Time"
    r"back to top|recent posts|latest (?:news|posts)|popular posts|read more|more news|"
    r"this event (?:happened|took place|was held) on .{4,40}|"
    r"(?:updated|posted(?: on)?|last updated|published)\s*:?\s*.{4,40}|"
    r"(?:.{0,80}\s)?(?:로고|ロゴ|(?-i:logo))(?:\s.{0,80})?|"  # "… FOUNDATION 로고": a logo
    r"(?:publié|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert)(?: (?:le|el|am))?"
    r"\s*:?\s*.{4,50}|(?:por|par|von|by)\s*:\s*.{2,60}|"
    r"past event!?(?:\s+note:.{0,100})?|"
    r"note:\s*this event has (?:already )?(?:taken place|passed|ended).{0,40}|"
    r".{2,120}\((?:c|C)\)\s*[\w .&-]{2,40}|.{2,120}©\s*[\w .&-]{2,40}|"  # a photo's credit
    r"(?:patrons?|sponsors?|supported by|in partnership with|partners?)\s*:.{2,200}|"
    r".{3,300}\b(?:present|presents|(?:cordially )?invites? you to)\s*:|"  # "X and Y present:"
    r"[>›»].{0,80}|(?:首页|主页|home|accueil|inicio|startseite)\s*[-–>›»|/].{0,200}|.{0,20}导航|©.{0,120}|copyright\b.{0,120}|"
    r"(?:发布时间|发布日期|发表时间|来源|作者|작성일|등록일|글쓴이|작성자|投稿日|更新日|掲載日|公開日|点击|점프).{0,60}|"
    r"(?:inhaltsbereich|pressemitteilung|actualités|noticias)|\d{1,4}/\d{2}|"
    r"news(?:\s*(?:&|and)\s*(?:topics|events|views))?|topics|latest|aktuelles|"
    r"news\s*[-–]\s*detailseite.{0,10}|"
    r"menu(?: (?:fermer|close|schließen|cerrar))?|(?:close|open) menu|"
    r"print(?:\s+(?:this page|читать на русском|version))?|читать на русском|"
    r"follow us\b.{0,40}|find out about .{0,60}|sign up (?:for|to) .{0,60}|"
    r"by (?:(?:rt\.? hon\.?|dr\.?|prof\.?|mr\.?|ms\.?)\s+)?"
    r"(?-i:[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})"
    r"(?:\s+and\s+(?:(?:dr\.?|prof\.?|mr\.?|ms\.?)\s+)?"
    r"(?-i:[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}))?|when|where|what|details|"
    r"\(\s*(?:no|\d+)\s+votes?\s*\)|"
    r"read (?:it )?in (?:english|russian|french|german|spanish|chinese|japanese|korean)|"
    r"english version|version française|versión en español|deutsche version|"
    r"(?:click|haga clic|cliquez|klicken).{0,40}(?:contenido|contenu|inhalt|content).{0,20}|"
    r"(?:share|rate) this (?:article|page|post|event)|"
    r"(?:voir la vid[ée]o|watch the video|ver el v[ií]deo|video ansehen).{0,12}|"
    r"(?:ir|aller|springe?|saltar)\s+(?:directamente\s+)?(?:al?|au|zum)\s+(?:contenido|contenu|inhalt).{0,20}|"
    r".{0,20}\[\s*[\d,]+\s*views?\s*\].{0,30}|(?-i:[A-Z]{2,12}) (?-i:[Ee])vent|"
    r".{0,30}(?:検索件数|閲覧数|閲覧回数|浏览次数|阅读次数|조회수)\s*:?\s*[\d,]*|"
    r"ニュース|お知らせ|トピックス|新闻|新闻动态|学院新闻|뉴스|공지사항|소식|"
    r"(?:published|posted|filed) (?:in|under) .{2,60}\bby \w[\w .-]{0,30}|"  # a post's filing
    r"(?:presented|brought to you|organi[sz]ed|hosted) by (?-i:[A-Z])[^.!?]{2,100}|"  # organisers
    r"the event you (?:were|are) looking for .{0,200}|"
    r".{0,120}\((?:click here|cliquez ici|haga clic aquí|hier klicken)\).{0,200}|"
    r"(?:events?|news|home|veranstaltungen|actualités|noticias)\s*[>›»/]\s*.{2,60}|"  # a breadcrumb
    r".{1,24}\s*[>›»]\s*(?:正文|详情|詳細|本文|内容|본문|기사|상세)|"  # "新闻中心 > 正文"
    r".{1,24}\s+/\s+(?:news|뉴스|소식|新闻|新聞|ニュース|noticias|actualités|nachrichten)|"
    r".{2,60}\s[-–—|]\s*(?:agenda|programme|program|schedule)|"  # "#Med2021 - Agenda"
    r".{0,20}(?:记者|記者|기자)\s*[\u4e00-\u9fff\uac00-\ud7a3]{2,4}|"  # "澎湃新闻记者 辛恩波"
    r"[(（]?(?:中央社|新華社|新华社|中新社|中通社)[^。]{0,20}?\d{1,2}日(?:專電|专电|電|电)[)）]?|"
    # "Fuente: X/Foto: Y", "Weitere Informationen und Anmeldung: www…": credits and notices
    r"(?:fuente|foto|fotos|source|photo|photos|photo credit|credit|crédit|crédito|quelle|bild|"
    r"image|imagen|bildnachweis|"
    r"weitere informationen(?: und anmeldung)?|informationen und anmeldung|anmeldung|"
    r"(?:work(?:ing)? )?language(?: of the (?:workshop|event|conference|seminar))?|sprache|"
    r"langue|idioma)\s*:(?:(?!\.\s).){0,100}|"
    r"(?:(?!«).){1,40}\s*(?:>|»|›)|"  # "Flyer >", "Read more »": a link
    # "Leopoldina Home", "Logotipo del Ministerio de Defensa", "Event information"
    r"(?:[\w.-]+\s+)?(?:home|startseite|accueil|inicio)(?:\s+(?:menü|menu|page))?|"
    r"(?:logotipo|logotype|logo)\b.{0,80}|event (?:information|details|info)|"
    r"(?:busque|buscar|recherchez?|suchen?|search)\b.{0,40}\b(?:archivo|archive|archiv|site|"
    r"sitio|seite)\b.{0,40}|"
    r"(?:欢迎访问|歡迎訪問|欢迎光临|歡迎光臨|ようこそ).{0,60}|"  # a site's welcome
    r".{0,30}[\u4e00-\u9fff\uac00-\ud7a3]{2,4}\s*(?:记者|記者|기자)(?:\s*\S+@\S+)?)$",
    re.I,
)
"""Page furniture above or around the title: badges, breadcrumbs, view counters, credits,
links, a site's welcome, a reporter's byline."""

_WEAK_TITLE = re.compile(
    r"(?:\b(?:institute|centre|center|foundation|society|council|university|studies|"
    r"programme|program|association|house|department|school|news|watch|network|events|"
    r"abstract|overview|summary)$|^(?:embassy|consulate|high commission|permanent mission|"
    r"ministry) of [A-Z][\w ]{2,30}$|^(?:sektion|section|sección|abteilung|fachbereich)\s+\S+$|"
    r"\b(?:embassy|consulate|consulate general|ministry|agency)$|"
    r"^(?:[A-Z]{2,}\s+)?university of [A-Z][\w ]{2,30}$)",
    re.I,
)


_DAY_ENDS_TITLE = re.compile(
    r"\s(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d{2}$"
)
"""A full day at the end of a title line, no separator before it."""
_BREADCRUMB_SHAPED = re.compile(r"^(?:[^–>›»|/\n]{2,40}\s+(?:->|=>|[–>›»|/])\s+){2,}")
"""Parts set apart by arrows, bars, dashes or slashes: a breadcrumb, or a date and its hours."""


_HEADLINE = re.compile(
    r"^(?:\[[^\]]{1,30}\]\s*)?(?:[^“\"「『<《〈‘\[]{0,12}?)\s*"
    r"(?:“(?P<a>[^”]{4,120})”|\"(?P<b>[^\"]{4,120})\"|「(?P<c>[^」]{4,120})」|『(?P<d>[^』]{4,120})』|"
    r"<(?P<e>[^>]{4,120})>|《(?P<f>[^》]{4,120})》|〈(?P<g>[^〉]{4,120})〉|‘(?P<h>[^’]{4,120})’|"
    r"'(?P<i>[^']{4,120})')"
    r"\s*(?P<tail>.{0,30})$"
)
_HEADLINE_VERB = re.compile(
    r"^(?:[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\s·]{0,12})?"
    r"(?:举行|召开|举办|开幕|落幕|圆满|顺利|成功|登场|登場|在.{1,20}(?:举行|召开)|개최|열려|열린|성료|진행|"
    r"開催|開かれ|実施|が開催|を開催|"
    r"(?:国际|國際|国際|学术|學術|公開|公开|국제|특별|記念)?\s*"
    r"(?:学术研讨会|研讨会|研討會|论坛|論壇|座谈会|讲座|シンポジウム|セミナー|フォーラム|講演会|세미나|포럼|"
    r"토론회|심포지엄|학술회의|국제회의|학술대회)(?:\s|$|[\d(（]))"
)


_KIND_THEN_QUOTED = re.compile(
    r"(?:シンポジウム|セミナー|フォーラム|講演会|研究会|研讨会|研討會|论坛|論壇|座谈会|讲座|세미나|포럼|토론회|"
    r"심포지엄|학술회의|국제회의|학술대회)\s*[「『“\"《〈‘'](?P<name>[^」』”\"》〉’']{4,120})[」』”\"》〉’']"
)
"""``…記念シンポジウム「X」``, ``국제회의 'X'``: a name in quotes after the kind of event."""
_RELEASE_PREFIX = re.compile(r"^(?:press release|news release|media advisory)\s*[-–—:|]\s*", re.I)
_KIND_ON = re.compile(
    r"^(?:(?-i:[A-Z]{2,}[\w&.-]*)\s+){0,3}"
    + EVENT_NOUNS
    + r"\s+on\s+[“\"«]?(?P<name>[^”\"»]{8,200}?)[”\"»]?$",
    re.I,
)
"""``AAFSW Panel Discussion on X``, ``Seminar on "X"``: what the event is on."""
_HOLDS_KIND_ON = re.compile(
    r"^.{3,80}?\b(?:holds?|hosts?|held|hosted|organi[sz]es|organi[sz]ed|convenes|convened)\s+"
    r"(?:an?\s+|its\s+|the\s+)?(?:(?:public|annual|international|online|virtual|special|"
    r"guest)\s+)?" + EVENT_NOUNS + r"\s+on\s+[“\"«]?(?P<name>[^”\"»]{8,200}?)"
    r"[”\"»]?$",
    re.I,
)
"""``Department of X holds public lecture on Y``: a news headline, then what the event is on."""
_KIND_ON_QUOTED = re.compile(
    r"(?:seminar|symposium|conference|roundtable|lecture|talk|webinar|workshop|briefing|"
    r"dialogue|forum|discussion|meeting)\s+on\s+[“\"«](?P<name>[^”\"»]{8,200})[”\"»]\s*$",
    re.I,
)
_KIND_LABEL = re.compile(
    r"^(?:table ronde|débat|conférence|colloque|séminaire|mesa redonda|conferencia|seminario|"
    r"podiumsdiskussion|vortrag|diskussion|panel|roundtable|webinar|lecture|seminar)"
    r"(?:\s*[–—-]\s*(?:débat|discussion|diskussion|debate|coloquio))?\s*:\s*"
    r"[«“\"„]\s*(?P<name>[^»”\"“]{6,200}?)\s*[»”\"“]$",
    re.I,
)
"""``Table ronde – débat: « X »``: a kind of event as a label, then its name in quotes."""
_KIND_THEN_QUOTE = re.compile(
    r"^(?P<lead>[^«“\"„”»]{0,60}?\b(?:symposium|colloque|conference|conférence|seminar|"
    r"séminaire|lecture|charla|conferencia|webinar|table ronde|mesa redonda|forum)\b"
    r"[^«“\"„”»]{0,50}?)[\s:]+[«“\"„]\s*(?P<name>[^»”\"“]{8,200}?)\s*[»”\"“]?\s*$",
    re.I,
)
_ORG_DASH = re.compile(
    r"^(?P<org>[^–—|:]{0,60}?\b(?:Universit[yéäà]t?|Universidad|Università|Institute?|Institut|"
    r"Foundation|Fondation|Stiftung|Fundación|Cent(?:er|re)|Council|Society|School|Académie|"
    r"Academy)\b[^–—|:]{0,40}?)\s+[–—|]\s+(?P<name>\S.{9,})$"
)
"""``Université Panthéon-Sorbonne – Premiers entretiens de la défense européenne``: the
organisation, a dash, then the event's name."""
_QUOTED_EVENT = re.compile(
    r"[‘“\"](?P<name>[^’”\"]{8,160}(?:[“\"][^’”\"]{1,60}[”\"][^’”\"]{0,60})?)[’”\"]\s+"
    r"(?:event|conference|seminar|symposium|forum|workshop|panel|roundtable|dialogue|webinar|"
    r"lecture|colloquium|debate)\b",
    re.I,
)
"""``X spoke at the ‘Name’ event at Y``: the event's name in quotes, then what it is."""


_POSTED_GLUED = re.compile(
    r"\s+(?:发表时间|发布时间|發表時間|發佈時間|發布時間|来源|來源|作者|发表人|發表人|浏览次数|点击)"
    r"\s*[:：].*$"
)
"""A post's date, source or author glued after its headline on one line."""


_MONTH_WORD = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\b|\d{1,2}[:.]\d{2}|"
    r"\d{1,2}\s*[ap]\.?m\.?\b",
    re.I,
)


def _piped_title(text: str) -> str | None:
    """``Wednesday Seminar | Nehru, Tibet and China | 4th August @ 4:30 PM IST | Zoom
    Webinar``: the kind, the name, when and where, one cell each; the name."""
    cells = [c.strip() for c in re.split(r"\s+\|\s+", text)]
    if not 3 <= len(cells) <= 6 or not any(_MONTH_WORD.search(c) for c in cells[1:]):
        return None
    for cell in cells:
        if (
            _MONTH_WORD.search(cell)
            or _KIND_ONLY.match(cell)
            or is_online(cell)
            or len(cell.split()) < 2
            or (len(cell.split()) <= 3 and _KIND_WORD.search(cell))  # "Wednesday Seminar"
        ):
            continue
        return cell if looks_like_title(cell) else None
    return None


def event_title(headline: str) -> str:
    """The event's name inside a news headline about it: ``“X”在延边大学举行`` -> ``X``,
    ``平成30年度「X」が開催されました`` -> ``X``, ``<X> 국제학술포럼 개최`` -> ``X``;
    ``Xについて`` -> ``X``. Other titles are returned as they are."""
    headline = _POSTED_GLUED.sub("", headline) if WIDE.search(headline) else headline
    piped = _piped_title(headline) if " | " in headline else None
    if piped is not None:
        return piped
    simple = traditional_read(headline) if WIDE.search(headline) else None
    if simple is not None:  # traditional characters: the patterns are simplified
        return as_written(event_title(simple), simple, headline)
    ko_quoted = _KO_QUOTED_WHEN.search(headline)
    if ko_quoted is not None:  # "‘제28차 한일포럼’ 11월 13일 온라인으로 개최"
        return ko_quoted.group("name").strip()
    kind_named = _KIND_THEN_QUOTED.search(headline)
    if kind_named is not None and WIDE.search(headline):
        return kind_named.group("name").strip()
    match = _HEADLINE.match(headline)
    if match is not None and WIDE.search(headline):
        inner = next(v for k, v in match.groupdict().items() if k != "tail" and v)
        tail = match.group("tail").strip()
        if not tail or _HEADLINE_VERB.search(tail):
            return inner.strip()
    for suffix in ("について", "に関して", "のお知らせ", "のご案内"):
        if headline.endswith(suffix) and len(headline) > len(suffix) + 4:
            return headline[: -len(suffix)]
    series = _CJK_SERIES.match(headline)
    if series is not None and len(headline) - series.end() >= 4:
        headline = headline[series.end() :]  # "著名教授论坛第609讲: X": the series, then the talk
    headline = _POST_BYLINE.sub("", headline)  # "… 개최 | 글쓴이 : 국제지역연구센터"
    held = _HELD_SUFFIX.search(headline)
    if held is not None and len(WIDE.findall(headline[: held.start()])) >= 4:
        name = headline[: held.start()].strip()  # "…研讨会召开", "… 세미나 개최": the news verb
        host = _HOST_COMMA.match(name)  # "대전대 안보군사연구원, 제2회 … 세미나": the host first
        if host is not None and len(WIDE.findall(name[host.end() :])) >= 4:
            name = re.sub(r"^\d{1,2}일\s*", "", name[host.end() :])  # "…, 22일 X 개최": the day
        quoted_kind = _QUOTED_THEN_KIND.match(name)
        if quoted_kind is not None:  # "'한반도 평화와 남북 교류' 학술 세미나": the name, its kind
            return quoted_kind.group("name").strip()
        return name
    hosts_nth = _HOSTS_NTH.match(headline)
    if hosts_nth is not None:
        return hosts_nth.group("name").strip()  # "我院承办第六届京台学者共研会"
    holds_quoted = _HOLDS_QUOTED.search(headline)
    if holds_quoted is not None:
        return holds_quoted.group("name").strip()  # "外交部举办「X」 聚焦…"
    was_held = _WAS_HELD.match(headline)
    if was_held is not None and len(was_held.group("name").split()) >= 2:
        return was_held.group("name").strip()  # "The 115th On Tao Forum was Held in X"
    gathered_at = _AT_QUOTED.search(headline) if not WIDE.search(headline) else None
    if gathered_at is not None:  # "Experts gather at "2019 One Korea International Forum" to …"
        return gathered_at.group("name").strip()
    entitled = _HEADLINE_ENTITLED.search(headline)
    if entitled is not None:  # "Side Event at the 55th Session … entitled “X”"
        return entitled.group("name").strip()
    days = _DAYS_HEADLINE.match(headline)
    if days is not None and len(days.group("name").split()) >= 3:
        return days.group("name").strip()  # "Three-day long X Dialogue 2023 (IPRD-2023) concluded"
    to_focus = _TO_FOCUS.match(headline)
    if to_focus is not None and len(to_focus.group("name").split()) >= 3:
        return to_focus.group("name").strip()  # "The 2013 X Book Forum to Focus on North Korea"
    held_headline = _HELD_HEADLINE.match(headline)
    if held_headline is not None and len(held_headline.group("name").split()) >= 3:
        return held_headline.group("name").strip()  # "The 14th X Symposium Held Online"
    report_of = _REPORT_OF.match(headline)
    if report_of is not None:
        return report_of.group("name").strip()  # "…, compte-rendu de la conférence : X"
    convened = _CONVENED_QUOTED.search(headline)
    if convened is not None:
        return convened.group("name").strip()  # "…联合召开“X”研讨会"
    quoted_event = _QUOTED_EVENT.search(headline)
    if quoted_event is not None and len(quoted_event.group("name").split()) >= 3:
        return quoted_event.group("name").strip()
    org = _ORG_DASH.match(headline)
    if org is not None and len(org.group("name").split()) >= 3:
        headline = org.group("name")
    quoted = _QUOTED_THEN_WHEN.match(headline)
    if quoted is not None:
        return quoted.group("name").strip()  # "„X“ am 9.2. im JDZB, Berlin"
    kind_named = _KIND_THEN_NAME.search(headline)
    if kind_named is not None and kind_named.start() > 0:
        # "Universidad Central realizó conversatorio ¿Paz en la Península Coreana?"
        return kind_named.group("name").strip(' “”"«»')
    named_then_verb = _KIND_THEN_VERB.match(headline)
    if named_then_verb is not None:
        return named_then_verb.group("name").strip()  # "… 2019 Annual Gala Celebrates 40th …"
    host_holds = _HOST_HOLDS_NAME.match(headline)
    if host_holds is not None:
        return host_holds.group("name")  # "中心举办第六届中日关系上海研讨会"
    held_then = _HELD_THEN_NAME.match(headline)
    if held_then is not None:
        return held_then.group("name").strip()  # "…基地在美举行《X》英文研究报告发布会"
    headline = without_translation(headline)  # "…만들었을까?(Estonia: How …?)"
    title = _TITLE_PREFIX.sub("", headline).strip()
    if title != headline.strip() and title.endswith(".") and not title.endswith(".."):
        title = title[:-1]  # "Online event: X." : the label's full stop
    title = _TITLE_PREFIX.sub("", title).strip()  # "#Series |Webconférence – X": two labels
    title = _RELEASE_PREFIX.sub("", title)
    quoted_kind = _QUOTED_THEN_KIND.match(title) if WIDE.search(title) else None
    if quoted_kind is not None:  # "[알림] ‘격변기의 한·미 동맹’ 대토론": the name, its kind
        return quoted_kind.group("name").strip()
    opening = _OPENING_OF.match(title)
    if opening is not None:
        title = opening.group("name")  # "Ouverture du 14e Forum Beijing-Tokyo"
    kind_on = _KIND_ON.match(title) or _KIND_ON_QUOTED.search(title) or _HOLDS_KIND_ON.match(title)
    if kind_on is not None and len(kind_on.group("name").split()) >= 3:
        title = kind_on.group("name").strip()
    labelled = _KIND_LABEL.match(title)
    if labelled is not None:
        title = labelled.group("name").strip()
    else:
        quoted_after = _KIND_THEN_QUOTE.match(title) if not WIDE.search(title) else None
        if (
            quoted_after is not None
            and len(quoted_after.group("name").split()) >= 3
            and not re.search(r"\b(?:on|on the|about|sur|sobre)$", quoted_after.group("lead"))
        ):
            # "Regardez en live le colloque "X"", "International Symposium "X": the kind of
            # event (and where, and with whom), then the event's name in quotes to the end
            title = quoted_after.group("name").strip()
    title = re.sub(r"(?<=[a-z]):(?=[A-Z])", ": ", title)  # "Europe:Creating"
    announced = _ANNOUNCED_AS.match(title)
    if announced is not None:
        title = announced.group("name")  # "X and Y to Host Debate in London – Name"
    dated = _DATE_PREFIX.match(title)
    if dated is not None and len(title[dated.end() :].split()) >= 2:
        title = title[dated.end() :]  # "April 10: Name"
    quoted = _QUOTED_TITLE.match(title)
    if quoted is not None and len(quoted.group("name").split()) >= 2:
        title = quoted.group("name")
    city = re.search(r",\s*(?P<city>[^,]{3,30})$", title)
    if city is not None and is_city(city.group("city")) and len(title[: city.start()].split()) >= 3:
        title = title[: city.start()]  # "Views From Europe And Japan, Den Haag": the city
    tail = _TITLE_SUFFIX.search(title)
    if tail is not None and len(title[: tail.start()].split()) >= 3:
        title = title[: tail.start()]
    when = date_tail(title)
    if when is not None and len(title[:when].split()) >= 3:
        title = title[:when]  # "Lunch hour with author @ 12:30 on Friday 8 Feb '08"
    speaker = _speaker_by(title)
    if speaker is not None:
        title = title[: speaker.start()]  # "Rivalité chinoise … ? par Franck Michelin"
    return title.strip() or headline


def _speaker_by(title: str) -> re.Match[str] | None:
    """``… par Franck Michelin``: a talk's title of three words or more, then who gives it
    (not "coordinado por X", who did something else); None when the title ends otherwise."""
    speaker = _BY_SPEAKER.search(title)
    if (
        speaker is not None
        and looks_like_name(speaker.group("name"))
        and len(title[: speaker.start()].split()) >= 3
        and not title[: speaker.start()].rstrip(",").endswith(_DONE_BY)
    ):
        return speaker
    return None


_BY_SPEAKER = re.compile(
    r"\s+(?:par|by|von|por)\s+(?P<name>(?:(?:Dr|Prof)\.?\s+)?[A-ZÀ-Ý][\w'’-]+"
    r"(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})$"
)
"""A talk's title, then who gives it."""
_DONE_BY = ("ado", "ada", "ido", "ida", "é", "ée", "ed", "iert", "et")
"""Endings of a participle ("coordinado por X", "hosted by X"): who did something, not the
speaker of the talk."""


_ANNOUNCED_AS = re.compile(
    r"^.{3,120}?\b(?:to host|hosts|will host|to hold|holds|will hold|present|presents|announces?|"
    r"to launch|launches)\b.{0,80}?\s[–—]\s(?P<name>\S.{7,})$",
    re.I,
)
"""A press headline announcing the event, then its name after a dash."""
_DATE_PREFIX = re.compile(
    r"^(?:(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:er)?\.?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
    r"octubre|noviembre|diciembre|Januar|Februar|März|April|Mai|Juni|Juli|August|September|"
    r"Oktober|November|Dezember|January|February|March|May|June|July|October|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+de)?)"
    r"(?:,?\s+(?:19|20)\d{2})?\s*[:|–—-]\s+"
    r"(?:[\w-]{3,20}(?:\s+[\w-]{3,20})?\s+[–—]\s+(?=\S))?"
    r"|^\d{1,2}\.\s+\d{1,2}\.\s+(?:19|20)\d{2}\s*[–—:-]\s+"  # "11. 4. 2019 – X"
    r"|^\d{1,2}/\d{1,2}\s+(?=(?-i:[A-Z]))"  # "10/5 The 2nd North Korea Economic Forum"
    r"|^(?:(?:Diskussion|Vortrag|Lesung|Podiumsdiskussion|Conférence|Lecture|Seminar|Talk)\s+)?"
    r"\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\s*[:–—-]\s+"  # "Diskussion 12.06.2013 : X"
)
"""``April 10: Name``, ``11 mars 2019 – conférence-midi – Name``: the day (and the kind of
event) printed before the title."""
_CJK_SERIES = re.compile(r"^[^:：\s]{2,24}第\s*\d+\s*[讲講回期届屆次场場][:：]\s*")
_HELD_SUFFIX = re.compile(
    r"(?:在[^，。“”\s]{1,20})?(?:成功|顺利|隆重|圆满)?(?:召开|举行|举办|开幕|落幕|开讲)$|"
    r"\s*(?:개최|성료|열려|열렸다)(?:\s*[,·]\s*[^,]{2,20})?$|"
    r"(?:が|を)?(?:開催|開催されました|開かれました|行われました)$"
)
_QUOTED_THEN_KIND = re.compile(
    r"^[‘'“\"「『<《〈](?P<name>[^’'”\"」』>》〉]{4,80})[’'”\"」』>》〉]\s*"
    r"(?:국제|학술|특별|공개|정책|国际|学术|公開|公开|国際|記念)?\s*"
    r"(?:세미나|포럼|토론회|대토론|토론|특강|강연|좌담회|대담|심포지엄|학술회의|학술대회|콘퍼런스|"
    r"컨퍼런스|워크숍|강연회|"
    r"研讨会|研討會|论坛|論壇|座谈会|讲座|シンポジウム|セミナー|フォーラム|講演会|研究会)$"
)
"""A name in quotes, then only the kind of event."""
_HOSTS_NTH = re.compile(
    r"^[^，。,\s]{0,12}?(?:承办|主办|举办|召开|举行|承辦|主辦|舉辦|舉行)了?"
    r"(?P<name>第\s*[\d一二三四五六七八九十]+\s*[届屆次期][^，。,]{2,40})$"
)
"""``我院承办第六届京台学者共研会``: who hosted, then the numbered event's name."""
_KO_QUOTED_WHEN = re.compile(
    r"^[‘'“\"](?P<name>[^’'”\"]{4,60})[’'”\"]\s*\d{1,2}\s*월\s*\d{1,2}\s*일"
)
"""``‘제28차 한일포럼’ 11월 13일 온라인으로``: the name in quotes, then its day."""
_HOLDS_QUOTED = re.compile(r"(?:举办|举行|召开|主办|承办)了?[「“](?P<name>[^」”]{4,60})[」”]")
"""``外交部举办「X」 聚焦后疫情时代区域安全``: the verb, then the event's name in quotes."""
_WAS_HELD = re.compile(
    r"^(?P<name>[A-Z0-9][^:|]{5,120}?)\s+(?:was|were|is|will be)\s+(?i:successfully\s+)?"
    r"(?i:held|hosted|organi[sz]ed|convened|launched|opened)\b.*$"
)
"""``The 115th On Tao Forum was Held in School of Public Administration``: the name first."""
_AT_QUOTED = re.compile(
    r"\b(?:gather|gathers|meet|meets|speak|speaks|spoke|discuss|discusses|convene|convenes)\s+"
    r"(?:at|in)\s+(?:the\s+)?[“\"](?P<name>[^”\"]{8,120})[”\"]"
)
"""A news headline about people at the event, its name in quotes after "at"."""
_DAYS_HEADLINE = re.compile(
    r"^(?:(?:Two|Three|Four|Five|2|3|4|5)-day(?:[- ]long)?\s+)?(?:The\s+)?"
    r"(?P<name>[A-Z0-9][^:|]{5,120}?"
    r"\s+(?:Forum|Conference|Dialogue|Symposium|Seminar|Summit|Workshop|Colloquium|Congress)"
    r"(?:\s+(?:19|20)\d{2})?)(?:\s*\([^()]{2,30}\))?\s+(?:concluded|concludes|opens|opened|begins|"
    r"began|kicks off|kicked off|held|ends|ended)\b",
    re.I,
)
"""``Three-day long Indo-Pacific Regional Dialogue 2023 (IPRD-2023) concluded``."""
_HEADLINE_ENTITLED = re.compile(
    r"\b(?:entitled|titled|themed|(?:lecture|talk|seminar|forum|panel|symposium|conference|"
    r"discussion|webinar|roundtable),)\s*:?\s*[“\"«„‘](?P<name>[^”\"»“’]{8,200})[”\"»“’]\s*$",
    re.I,
)
"""A headline ending on the event's name in quotes after "entitled"."""
_TO_FOCUS = re.compile(
    r"^(?:The\s+)?(?P<name>[A-Z0-9][^:|]{5,120}?\s+(?:Forum|Conference|Dialogue|Symposium|"
    r"Seminar|Roundtable|Summit|Workshop|Colloquium|Lecture|Congress|Town Hall))\s+"
    r"(?:to|will)\s+(?:Focus|Examine|Explore|Discuss|Address|Feature|Highlight|Spotlight|"
    r"Look|Tackle|Consider|Bring|Gather|Welcome)\b",
    re.I,
)
"""``The 2013 Cyril Black International Book Forum to Focus on North Korea``: the event's
name, then what a news headline says it will do."""
_HELD_HEADLINE = re.compile(
    r"^(?:The\s+)?(?P<name>[A-Z0-9][^:|]{5,120}?\s+(?:Forum|Conference|Dialogue|Symposium|"
    r"Seminar|Roundtable|Summit|Workshop|Colloquium|Lecture|Congress|Meeting|Webinar))\s+"
    r"(?:Held|Hosted|Convened|Opens|Opened|Kicks Off|Concludes|Concluded|Takes Place|Took Place)"
    r"(?:\s+(?:Online|Virtually|Successfully|in|at|on|by|with|via)\b.*)?$"
)
"""``The 14th Japan-China Relations Symposium Held Online``: a headline in title case, the
event's name and its kind, then the news verb."""
_REPORT_OF = re.compile(
    r"^.{0,120}?\b(?:compte[- ]rendu|report|summary|résumé|recap|rapport|crónica|resumen|"
    r"bericht)\s+(?:de la|du|de l[’']|of the|of|del|de|der|des|vom)\s+(?:conférence|conference|"
    r"séminaire|seminar|colloque|table ronde|webinar|webinaire|forum|lecture|rencontre|"
    r"conferencia|seminario|Konferenz|Tagung|Veranstaltung)\s*[:：]\s*(?P<name>\S.{6,})$",
    re.I,
)
"""``Délégation …, compte-rendu de la conférence : X``: a report's headline, then the name."""
_CONVENED_QUOTED = re.compile(
    r"(?:召开|举办|举行|主办|承办|开展)了?[“\"「《](?P<name>[^”\"」》]{4,60})[”\"」》]"
    r"(?:专题|学术|国际)?(?:研讨会|座谈会|论坛|讲座|报告会|对话会|会议|交流会)$"
)
"""A Chinese headline: who convened, then the event's quoted name and its kind."""
_POST_BYLINE = re.compile(r"\s*[|｜]\s*(?:글쓴이|작성자|작성일|등록일|조회수?)\s*[:：].*$")
"""A board post's author or date after its headline."""
_HOST_COMMA = re.compile(
    r"^[^,，、]{2,30}(?:연구원|연구소|연구센터|센터|대학교|대학|대|재단|학회|협회|위원회|시|도|군|회의|"
    r"研究所|研究院|研究中心|中心|大学|学会|协会)\s*[,，、]\s*"
)
"""The host of the event, then a comma, opening a headline about it."""
_TITLE_PREFIX = re.compile(
    r"^(?:\[[^\]]{2,40}\]\s*|【[^】]{1,8}】\s*|《(?:終了|终了|受付終了|満員|中止|延期|已结束|結束)[^》]{0,6}》\s*|#[\w-]{3,40}\s*[|｜]\s*|"
    r"(?:invitation|invitación|einladung)\s*:\s*|"
    r"date\s+(?:19|20)\d{2}-\d{2}(?:-\d{2})?\s+|(?:past|upcoming) events?\s+(?=(?-i:[A-Z]))|"
    r"(?:conférence|séminaire|colloque|webinaire|conferencia|seminario|vortrag)\s+:\s+|"
    r"(?:conférence|conference|séminaire|seminar|webinar|webinaire|table ronde|colloque|"
    r"lecture|debate|débat)\s+\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s*[|｜:–—-]\s*|"
    r"(?:webconférence|conférence|webinaire|webinar|séminaire)(?: inaugurale?)?\s*[–—]\s*|"
    r"(?:vortrag|podiumsdiskussion|diskussion|lesung|tagung|konferenz|gespräch|conferencia|"
    r"conversatorio|seminario|charla|lecture|talk|seminar|symposium|roundtable)"
    r"(?:\s+(?:mit|und|with|and|y|con)\s+\w+)?\s+[–—-]\s+(?=\S+\s+\S)|"
    # "Conference Protecting the integrity of elections", "Table-ronde Accueillir les …": the
    # kind, then a title in sentence case without a colon between
    r"(?:conference|conférence|table[- ]ronde|colloque|séminaire|seminar|webinar|symposium)\s+"
    r"(?=(?-i:[A-ZÀ-Ý][a-zà-ÿ]+\s+[a-zà-ÿ’']+\s+[a-zà-ÿ’']+))|"
    # "Digital Conference:", "International Symposium:", "Public Policy Lecture:", "Book
    # Talk:": a kind of event and only generic words before it (a named series stays)
    r"(?:(?:digital|virtual|online|international|public|policy|book|annual|special|open|"
    r"guest|evening|lunchtime|expert|keynote|hybrid|in-person|high-level|national|regional|"
    r"global|academic|scientific)\s+){1,2}(?:conference|symposium|lecture|talk|seminar|forum|"
    r"roundtable|webinar|workshop|panel|dialogue|debate|discussion|launch|briefing|colloquium)"
    r"\s*:\s+(?=\S)|"
    r"(?:[\wäöü]{4,}-)?"  # "Townhall-Gespräch:", "Online-Vortrag:": a compound of the kind
    r"(?:live ?stream(?:ed)?|sold out|webinar|event|panel|virtual event|conference|seminar|"
    r"symposium|colloquium|roundtable|masterclass|master class|clase magistral|"
    r"(?:open|public|guest|special|invited) (?:seminar|lecture|talk)|"
    r"podiumsdiskussion|diskussion|vortrag|lesung|tagung|"
    r"konferenz|gespräch|"
    r"(?:club |working |business )?(?:lunch|luncheon|breakfast|dinner)|"
    r"online event|in-person event|hybrid event|postponed|cancell?ed|new date|rescheduled|"
    r"register now|members only|invitation only|save the date|upcoming event|past event|"
    r"(?:event |meeting )?report)"
    r"\s*[:|–—-]\s+|(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
    r"\s*[|｜]\s*)",
    re.I,
)
_OPENING_OF = re.compile(
    r"^(?:opening|closing|opening session|opening ceremony|ouverture|clôture|cérémonie "
    r"d[’']ouverture|eröffnung|inauguración|apertura|clausura|tenue)\s+"
    r"(?:(?:aujourd[’']hui|demain|today|tomorrow|hoy|mañana|heute|morgen)\s+)?"
    r"(?:of the|of|du|de la|de l[’']|"
    r"des|de|der|des|del|de los|de las)\s*(?P<name>\S.{6,})$",
    re.I,
)
"""``Opening of the X``, ``Ouverture du X``: a headline on the first day, then the event."""
_QUOTED_TITLE = re.compile(
    # up to three words, or a label of one or two words and a colon ("Forum: “X”"; a longer
    # one, "Harbor Book Talks: “X”", is a series and stays), then the title wholly in quotes
    r"^(?:(?:[\w’'-]+\s+){0,3}?|(?:[\w’'/-]+\s+)?[\w’'/-]+\s*:\s*)"
    r"[\"“«‘](?P<name>[^\"”»’]{6,160})[\"”»’]\s*(?:[^\w\s].{0,80}|"
    r"(?:event|part|session)\b.{0,120})?$",
    re.I,
)
_TITLE_SUFFIX = re.compile(
    r"\s+[–—-]\s+(?:Photos?|Videos?|Gallery|Recording|Highlights)$|"
    # "The Continuing Evolution of Think Tanks – The Centre for Independent Studies": the site
    r"\s+[–—]\s+(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){0,5}(?:Centre|Center|Institute|Institution|"
    r"Foundation|Council|Society|University|School)(?:\s+(?:for|of|on)\s+(?:[A-Z][\w&'’.-]*\s*){1,4})?$|"
    r"(?<=\w)\s+(?:Registration|Register|RSVP)$|"
    r"(?:\s+[|｜]\s+[^|｜]{2,40}$)(?<![?!])|,\s+\d{1,2}(?:\s*(?:&|-|–|and)\s*\d{1,2})?\s+"
    r"[A-Z][a-z]+\.?\s+(?:19|20)\d{2}$|\s*\((?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2}\)$|"
    # "Indian Ocean Security Conference – Phase III – February 2024": the month it is held
    r"\s+[–—-]\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+(?:19|20)\d{2}$|"
    # "Tokyo Economic Security Forum - Keynote Address": one part of the event
    r"\s+[–—-]\s+(?:Keynote Address|Keynote Speech|Opening Remarks|Welcome Remarks|"
    r"Closing Remarks|Keynote|Video|Speech|Remarks)$|"
    # "Our London - a museum for our time - Insights Public Lecture": the series it is one of
    r"\s+[–—-]\s+(?:[A-Z][\w&’'-]*\s+){1,3}(?:Public |Annual |Memorial |Distinguished )?"
    r"(?:Lecture|Seminar|Talk)(?: Series)?$|"
    # "… (Talk Cancelled)": what became of it, not its name
    r"\s*\((?:\w+\s+){0,2}(?:cancell?ed|postponed|rescheduled|sold out|fully booked)\)$"
)


_INNER_END = re.compile(r"[.?!]\s+[A-Z]")


def is_prose(text: str) -> bool:
    """A paragraph of running text (in any script): where the header surely ends."""
    if not is_sentence(text):
        return False
    words = len(text.split())
    if text.rstrip('"”’)').endswith(TERMINAL):
        return words >= 8 or len(WIDE.findall(text)) >= 20
    return words > 30 or len(WIDE.findall(text)) >= 40


ADDRESS = re.compile(
    r"\d+[a-z]?,?\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,3}\s+(?:street|st\.?|avenue|ave\.?|road|rd\.?|"
    r"square|boulevard|blvd\.?|lane|place|drive|way|row|terrace|crescent|mews|gardens|parade)\b|\b(?:straße|str\.|strasse|platz|weg|rue|"
    r"avenue|calle|plaza|via|square)\s+(?:de\s+)?[\w’'.-]+\s*\d+|\b(?!(?:19|20)\d\d\b)\d{4,5}\s+[A-Z][a-zäöüé]+\b"
    r"(?:,|$)|\b[A-Z]{2}\s+\d{5}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|"
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b",
    re.I,
)
"""A street address (``1775 Massachusetts Avenue``, ``Hiroshimastr. 28``, ``1000 Brussels``)."""


def _only_address(text: str) -> bool:
    """A line that is a street address and nothing more."""
    found = ADDRESS.search(text)
    return found is not None and len(text) - len(found.group(0)) <= 3


_OVERVIEW = re.compile(
    r"^(?:開催概要|概要|イベント概要|行事概要|開催案内|活动简介|会议简介|活动概况|행사\s*개요|개요|"
    r"event (?:overview|details|information)|programme|program|agenda|informations pratiques|"
    r"practical information|información práctica|informationen|anfahrt|accès)$",
    re.I,
)
_METADATA = re.compile(
    r"^(?:sessions?|tracks?|rooms?|categor(?:y|ies)|tags?|topics?|types?|event types?|series|"
    r"regions?|themes?|formats?|language|sprache|langue|idioma)\s*[:：]",
    re.I,
)


def _title_shaped(text: str) -> bool:
    """Not a one-word category, an icon list, a widget, a table row or an agenda line."""
    if re.search(
        r"\s(?i:der|die|das|des|dem|den|mit|und|von|ein|eine|einer|einen|einem|the|"
        r"of|and|to|with|a|an|de|la|le|les|du|des|et|un|une|el|los|las|del|y|con)$",
        text,
    ):
        return False  # "18. Juni 2019 hat die Botschaft … in Kooperation mit der": a broken line
    if re.fullmatch(r"[(（][^()（）]+[)）]", text):
        return False  # "(Comunicado de Prensa de la Oficina …)": a note in brackets
    if _METADATA.match(text) or re.search(r"\(\d+\s*min(?:ute)?s?\.?\)", text, re.I):
        return False
    if text.endswith(("|", "｜")) or _OVERVIEW.match(text):
        return False
    if WIDE.search(text):
        return len(WIDE.findall(text)) >= 4 or len(text.split()) >= 2
    words = re.findall(r"[^\W\d_]{3,}", text)
    first = text.lstrip("\"“‘'([«")[:1]
    lowered = first.isalpha() and first.islower() and not re.match(r"^[a-z]-?[A-Z]", text)
    return len(text.split()) >= 2 and bool(words) and not lowered  # "e-Conference: …" is one


def one_word(text: str) -> bool:
    return len(text.split()) == 1 and not WIDE.search(text)


_SERIES_LABEL = re.compile(
    r"\d|(?i:veranstaltung|event|session|series|reihe|teil|part|folge|episode|séance|sesión)"
)


_VENUE_NOUN = re.compile(
    r"(?i)\b(?:hall|room|hotel|cent(?:er|re)|building|campus|auditorium|theat(?:er|re)|library|"
    r"museum|embassy|house|club|salle|sala|saal|aula|hörsaal|auditorio|amphith[ée][aâ]tre|"
    r"maison|haus|palais|palacio|online|virtual|zoom|webinar)\b"
)
"""Nouns of a place an event is held in (a line naming a kind of event with none of these
is the event's name)."""


def _colon_continues(lines: list[SourceLine], index: int, text: str) -> int | None:
    """The line a title broken after its colon goes on at (``Asia and the GCC:`` /
    ``A Deepening Partnership``), else None: the next line reads as a title's second half
    and the first is no label."""
    if not text.endswith((":", "：")) or len(text.split()) < 2 or interface_only(text):
        return None
    if read_field(text) is not None or PEOPLE_BLOCK.match(text) or not text[:1].isupper():
        return None
    if _SERIES_LABEL.search(text):
        return None  # "Same same or different? – 5. Veranstaltung:": the series, then the title
    for j in range(index + 1, min(index + 3, len(lines))):
        following = normalise(lines[j].text)
        if not following:
            continue
        if (
            _title_shaped(following)
            and looks_like_title(following)
            and following[:1].isupper()
            and not following.endswith((":", "："))
            and parse_date_line(following) is None
            and read_field(following) is None
            and not interface_only(following)
            and not looks_like_name(following)
            and not is_prose(following)
            and not following.casefold().startswith(text.rstrip(":： ").casefold())
        ):  # "Colloque X :" over "Colloque X : « … »": the label, then the whole title line
            return j
        return None
    return None


def _one_place(text: str, state: State) -> bool:
    """A word that names a place: above the date, a word that does not ("Policies") is a
    section of the site."""
    return (
        bool(LOCATION_HINT.search(text))
        or is_city(text)
        or text in state.gazetteer.place_names
        or is_online(text)
    )


_NAME_LINKS = frozenset("of for and the on in at de des du la le für und y del di".split())


def _is_category(text: str) -> bool:
    """An organisation's name or a section of the site ("Centre for X Studies", "국제학술회의")."""
    words = text.split()
    if (
        _WEAK_TITLE.search(text)
        and ":" not in text
        and len(words) <= 8
        and not _KIND_WORD.search(text)
        # a longer name is in title case ("New Zealand Contemporary China Research Centre"),
        # not a headline ("North Korean defector to speak at Queen's University")
        and (len(words) <= 5 or all(w[:1].isupper() or w in _NAME_LINKS for w in words))
    ):
        return True
    if _CORPORATE.match(text) or re.search(r"\s(?:Events?|News|イベント)$", text):
        return True  # "公益財団法人石川県国際交流協会 Event": the publisher and its section
    return bool(WIDE.search(text)) and len(WIDE.findall(text)) <= 6 and len(text) <= 8


_CORPORATE = re.compile(
    r"^(?:公益財団法人|一般財団法人|公益社団法人|一般社団法人|独立行政法人|国立大学法人|学校法人|"
    r"特定非営利活動法人|NPO法人|社团法人|财团法人|財團法人|社團法人|사단법인|재단법인)"
)
"""The legal form a Japanese, Chinese or Korean organisation's name opens with."""


def _split_glued_post_lines(lines: list[SourceLine]) -> None:
    """``…研讨会 发表时间:2018年12月06日 | 发表人:``: a headline and the post's date and
    author on one line become two lines (in place; both keep the line's number)."""
    for i in range(min(len(lines), 12)):
        text = lines[i].text
        glued = _POSTED_GLUED.search(text) if WIDE.search(text[:20]) else None
        if glued is not None and len(WIDE.findall(text[: glued.start()])) >= 6:
            number = lines[i].number
            lines[i : i + 1] = [
                SourceLine(number, text[: glued.start()]),
                SourceLine(number, text[glued.start() :].strip()),
            ]
            return


_TAGLINE = re.compile(
    r"(?:サイト|ホームページ|ポータル|公式|网站|網站|官网|官網|홈페이지|웹사이트|"
    r"\b(?i:official (?:web)?site|website|homepage|web portal|site officiel|sitio (?:web )?oficial|"
    r"offizielle (?:web)?seite))"
)
"""Words of a site's description of itself, printed above everything else."""


_PRESENTERS_END = re.compile(
    r"^(?:and|&|et|und|y)\s.{3,200}\b(?:present|(?:cordially )?invite you to)\s*:\s*$"
)
"""The second line of the organisers who present the event, under the first."""


_SALUTATION = re.compile(
    r"^(?:dear|hello|hi|greetings|liebe|lieber|sehr geehrte|chers?|chères?|estimad[oa]s?|"
    r"querid[oa]s?)\b",
    re.I,
)
"""``Dear students, faculty, and staff``: a letter's greeting, not a title."""
_BRACKETED_HOUSE = re.compile(r"^(?P<name>[^()]{3,40}?)\s*\((?P<house>[^()]{2,60})\)$")


def _name_and_house(text: str) -> bool:
    """``Jane Hutton (Warwick)``: a speaker and the house she comes from, not a title."""
    found = _BRACKETED_HOUSE.match(text)
    return found is not None and looks_like_name(found.group("name"))


_SITE_MOTTO = re.compile(
    r"^(?:An?|The|Your)\s+(?:[\w-]+\s+){0,4}(?:Centre|Center|Institute|Think[- ]?Tank|"
    r"Organi[sz]ation|Network|Hub|Voice|Home|Platform|Resource|Leader)\s+(?:of|for|in|on)\s+"
    r"(?:[\w-]+\s+){0,6}[\w-]+$"
)
"""The motto a site prints over every page (``An International Centre of Excellence in
Public Policy and Research``)."""


def choose_title(lines: list[SourceLine], state: State, start: int = 0) -> int | None:
    """The index of the title among the lines above the first paragraph of prose.

    The first strong candidate wins: a line printed twice (page title and heading) first,
    else the first that is not an organisation's name, a one- or two-word category, a
    badge or a breadcrumb. None when no line above the prose reads as a title (the
    sequential reading then decides)."""
    candidates: list[tuple[int, str]] = []
    seen = 0
    for i in range(start, len(lines)):
        text = normalise(lines[i].text)
        if not text:
            continue
        seen += 1
        question = text.endswith("?") and len(text.split()) <= 25 and not _INNER_END.search(text)
        if seen == 1 and (_lone_bullet(lines, i, text) or CONTAINER_HEADINGS.match(text)):
            continue  # "• Global Conversations Talk Series Events", "AGENDA": a label
        if seen <= 3 and not candidates and CONTAINER_HEADINGS.match(text):
            continue  # "PROGRAM", then "TENTATIVE AGENDA": labels above the title
        if BULLET.match(text) and not re.search(r"[^\W\d_]", text):
            continue  # "• +1": a counter of a like button
        if i + 1 < len(lines) and _PRESENTERS_END.search(lines[i + 1].text):
            continue  # "The X Program, the Y Institute / and the Z Institute present:"
        if _piped_title(text) is not None:
            candidates.append((i, text))  # "Wednesday Seminar | Name | 4th August @ 4:30 PM"
            continue
        after_menu = _navigation_run(lines, i) if seen == 1 else i
        if after_menu > i:
            return choose_title(lines, state, after_menu)
        if seen == 1 and is_prose(text) and not question and _TAGLINE.search(text):
            continue  # "X協会 - …に関する総合ポータルサイトです。": the site's tagline
        if seen == 1 and _SITE_MOTTO.match(text):
            continue  # "An International Centre of Excellence in Public Policy": the site's
        labelled = (
            _TITLE_PREFIX.match(text) is not None
            and not text.startswith("[")  # "[예시통신] …": a news agency's lead, not a title
            and not WIDE.search(text)
            and len(text.split()) <= 30
            and ". " not in text
        )  # "Online event: North Korea’s expanding reach - Security, … implications."
        if SITE_PROMPT.match(text):
            continue  # "Sign up for our mailing list to keep up to date …": the site's, not prose
        if BULLET.match(text) and i > start and ADDRESS.search(normalise(lines[i - 1].text)):
            continue  # "2055 L St, NW" over "- Fifth Floor": the address goes on
        if seen > 40 or (is_prose(text) and not question and not labelled) or _starts_body(text):
            break
        if labelled:
            text = text.rstrip(".")
        if (
            HEADER_JUNK.match(text)
            or HEADER_JUNK.match(_DATE_PREFIX.sub("", text))  # "November 11th, 2020 | Published …"
            or interface_only(text)
            or PLAYER_JUNK.match(text)
            or PAGE_TYPE.match(text)
            or REGISTRATION.match(text)
            or parse_date_line(text) is not None
            or (_SPACED_DAY.search(text) is not None and len(text.split()) <= 6)  # "NOV . 12 2021"
            or read_field(text) is not None
            or is_time_line(text)
            or IMAGE.search(text)
            or text.startswith("{")
            or re.fullmatch(r"[(（][^()（）]+[)）]", text) is not None  # "(Comunicado de Prensa …)"
            or not looks_like_title(text.strip("\"“”‘’'"))
            or (looks_like_name(text) and candidates)
            or name_role_line(text) is not None
            or text in state.gazetteer.place_names
            or not _title_shaped(text)
            or ADDRESS.search(text)
            or _KIND_ONLY.match(text)
            # "Connect with:", a label; not a title broken after its colon
            or (text.endswith((":", "：")) and _colon_continues(lines, i, text) is None)
            or _between_day_and_hour(lines, i)
            or _venue_shaped(lines, i, text)
            or _SALUTATION.match(text) is not None
            or PEOPLE_BLOCK.match(text) is not None  # "Moderatorin: X (RLS Berlin)"
            or _name_and_house(text)
        ):
            continue
        candidates.append((i, text))
    if not candidates:
        return None
    later = [normalise(line.text) for line in lines[start : candidates[-1][0] + 80]]
    for i, text in candidates:
        if len(text.split()) >= 3 and later.count(text) >= 2 and not _presented_by(later, text):
            return i
    strong = [i for i, t in candidates if not _is_category(t)]
    named = [i for i, t in candidates if _KIND_NAMED.search(t)]
    if strong and named and named[0] > strong[0]:
        first = normalise(lines[strong[0]].text)
        quoted_first = re.search(r"[“\"«„]", first) is not None
        if (len(first.split()) <= 4 and ":" not in first and not _KIND_WORD.search(first)) or (
            named[0] <= strong[0] + 4 and not _KIND_WORD.search(first) and not quoted_first
        ):
            # "Watch Japan Now" (a section of the site) above "FPCJ Symposium “X” (date)"
            return named[0]
    if len(strong) >= 2 and _section_above(lines, strong[0], strong[1]):
        return strong[1]  # "Security and Defence" above "Current developments on the …"
    if len(strong) >= 2 and _masthead_above(lines, strong[0], strong[1]):
        return strong[1]  # "London Korean Links" above "Spectacle or substance? …"
    return strong[0] if strong else None


def _between_day_and_hour(lines: list[SourceLine], i: int) -> bool:
    """``le 23 janvier 2024`` / ``Campus Berges du Rhône`` / ``de 16h à 18h``: the line
    between the day and the hour says where, not what."""
    before = next((normalise(x.text) for x in reversed(lines[:i]) if normalise(x.text)), "")
    after = next((normalise(x.text) for x in lines[i + 1 : i + 3] if normalise(x.text)), "")
    return bool(before and after) and parse_date_line(before) is not None and is_time_line(after)


def _masthead_above(lines: list[SourceLine], first: int, second: int) -> bool:
    """A site's name of two or three words in capitals (``London Korean Links``, ``The
    Diplomat``) as the page's first line, over a longer title with a colon, a question or
    the kind of event in it."""
    upper, lower = normalise(lines[first].text), normalise(lines[second].text)
    words = upper.split()
    if not 2 <= len(words) <= 3 or WIDE.search(upper) or ":" in upper:
        return False
    if _KIND_WORD.search(upper) or re.search(r"\d", upper) or second - first > 8:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    kind = bool(_KIND_WORD.search(lower) or _KIND_NAMED.search(lower))
    return (len(lower.split()) >= 4 and bool(":" in lower or "?" in lower or kind)) or (
        len(lower.split()) == 3 and kind
    )


def _section_above(lines: list[SourceLine], first: int, second: int) -> bool:
    """A short line of two or three words over a longer one that a date touches: the site's
    section ("Security and Defence", "Our World"), then the event's title."""
    upper, lower = normalise(lines[first].text), normalise(lines[second].text)
    words = upper.split()
    if not 2 <= len(words) <= 3 or ":" in upper or _KIND_WORD.search(upper) or WIDE.search(upper):
        return False
    if len(lower.split()) < 4 or second - first > 6 or lower.endswith("?"):
        return False
    near = [normalise(line.text) for line in lines[second - 2 : second + 2] if line.text.strip()]
    return any(parse_date_line(t) is not None for t in near if t not in (upper, lower))


_BY_LABEL = re.compile(r"(?i)\bby\s*:$|^(?:organi[sz]ers?|hosts?)\s*:$")


def _presented_by(texts: list[str], text: str) -> bool:
    """``Presented by:`` / ``La Trobe Asia``: the repeated line is the organiser, under its
    label, not the title printed twice."""
    filled = [t for t in texts if t]
    return any(
        t == text and k > 0 and _BY_LABEL.search(filled[k - 1]) is not None
        for k, t in enumerate(filled)
    )


_KIND_WORD = re.compile(
    r"(?<![\w-])(?i:symposium|seminar|forum|conference|roundtable|round table|panel|workshop|"
    r"lecture|colloquium|dialogue|webinar|briefing|debate|discussion|talk|Podiumsdiskussion|"
    r"Diskussion|Konferenz|Tagung|Vortrag|colloque|table ronde|conférence|séminaire|débat|"
    r"mesa redonda|seminario|conferencia|coloquio|simposio|foro)(?!\w)"
)
_EVENT_STATUS = re.compile(
    r"\b(?:past|upcoming|previous|recorded|cancell?ed|postponed|sold out|free|"
    r"event|events|programm?e?|series|image|photos?|video|summary|register|registration)\b",
    re.I,
)
"""Words of the page's furniture around a date, not of a place."""
_KIND_ONLY = re.compile(
    r"^(?:(?:upcoming|past|online|virtual|hybrid|in-person|public|closed-door|private|zoom|"
    r"expert|high-level|international|evening|morning|lunchtime|lunch|breakfast|afternoon)\s+)*"
    r"(?:" + _KIND_WORD.pattern + r")"
    r"(?:\s+(?:" + _KIND_WORD.pattern + r"))?s?$",
    re.I,
)
"""``Panel discussion``, ``Webinar``: the kind of event, printed as a label above its name."""
_KIND_NAMED = re.compile(
    _KIND_WORD.pattern + r"(?:\s+[\w’'-]+){0,2}?\s*[“\"«„][^”\"»“]{8,160}[”\"»“]|"
    r"(?:シンポジウム|セミナー|フォーラム|講演会|研究会|研讨会|研討會|论坛|論壇|座谈会|讲座|세미나|포럼|"
    r"토론회|심포지엄)\s*[「『“《][^」』”》]{4,120}[」』”》]"
)
"""A headline that names the kind of event and then its name in quotes."""


def _split_date(lines: list[SourceLine], index: int) -> tuple[DateLine, int] | None:
    """A date printed over two to four short lines (``March`` / ``31`` / ``2014``)."""
    parts: list[str] = []
    last = index
    for i in range(index, min(len(lines), index + 8)):
        text = normalise(lines[i].text)
        if not text:
            continue
        if len(text) > 24 or len(parts) == 4:
            break
        parts.append(text)
        last = i
        if len(parts) >= 2:
            found = parse_date_line(" ".join(parts))
            if found is not None and found.iso is not None:
                return found, last
    return None


def _first_content(lines: list[SourceLine]) -> int:
    return next((i for i, line in enumerate(lines) if normalise(line.text)), -1)


def _lone_bullet(lines: list[SourceLine], index: int, text: str) -> bool:
    """A page's first line written as one bullet with no other under it: the site's
    navigation, not the start of the body."""
    if not BULLET.match(text) or len(text.split()) > 8:
        return False
    nxt = _following(lines, index, 1)
    return bool(nxt) and BULLET.match(nxt[0]) is None and not is_sentence(text)


_HOME = re.compile(r"(?:^|\s)(?i:home|startseite|accueil|inicio|首页|首頁|ホーム|홈)$")


def _navigation_run(lines: list[SourceLine], index: int) -> int:
    """The end of a page's opening run of short bullets that is its breadcrumb or menu
    ("• NPI Home", "• Events", "• <headline>", "• Facebook"): one of them is a link home
    and another is only the site's words. ``index`` when the run is anything else."""
    end, items = index, []
    while end < len(lines):
        text = normalise(lines[end].text)
        if not text:
            end += 1
            continue
        bullet = BULLET.match(text)
        if bullet is None or len(text.split()) > 16 or is_sentence(text):
            break
        items.append(bullet.group("text").strip())
        end += 1
    homes = [t for t in items if _HOME.search(t)]
    widgets = [t for t in items if interface_only(t)]
    if len(items) >= 3 and homes and widgets:
        return end
    return index


def _following(lines: list[SourceLine], index: int, count: int) -> list[str]:
    """The next ``count`` non-blank lines after ``index``, normalised."""
    out: list[str] = []
    for line in lines[index + 1 :]:
        text = normalise(line.text)
        if text:
            out.append(text)
            if len(out) == count:
                break
    return out


def _venue_then_day(text: str) -> DateLine | None:
    """``RSSS Auditorium, Australian National University, Tuesday 1 August 2023, 6.00pm to
    7.30pm AEST``: the venue (a venue's word in it), then the day and the hours."""
    parts = text.split(", ")
    for cut in range(1, min(len(parts), 5)):
        where, when = ", ".join(parts[:cut]), ", ".join(parts[cut:])
        if not re.match(r"[A-Z\d]", when) or not (
            VENUE_HINT.search(where) or LOCATION_HINT.search(where)
        ):
            continue
        after = parse_date_line(when)
        if after is not None and after.iso is not None:
            return DateLine(after.iso, after.time, where)
    return None


def _title_after_date(text: str, state: State) -> bool:
    """A title printed below the date: longer than a place name and not shaped like one."""
    return (
        len(text.split()) >= 4
        and text not in state.gazetteer.place_names
        and not LOCATION_HINT.search(text)
        and not (text.isupper() and LOCATION_HINT.search(text.title()))  # "… BUILDING, …"
        and not _ends_in_city(text)  # "Cité des Sciences … - Paris"
        and not text.endswith(TERMINAL)
    )


def _ends_in_city(text: str) -> bool:
    """Whether the last part of a line, after a dash or a comma, is a city (``Cité des
    Sciences et de l'Industrie - Paris``, ``Kelvin Gallery, Glasgow``)."""
    tail = re.split(r"\s[-–—]\s|,\s", text)[-1]
    return tail != text and is_known_city(tail)


def _bullet_follows(lines: list[SourceLine], index: int) -> bool:
    """Whether points of the discussion follow (a list of people may follow a place)."""
    nxt = _following(lines, index, 1)
    bullet = BULLET.match(nxt[0]) if nxt else None
    if bullet is None:
        return False
    item = bullet.group("text").strip()
    return name_role_line(item) is None and not looks_like_name(item.split(",")[0])


def _venue_shaped(lines: list[SourceLine], index: int, text: str) -> bool:
    """A venue's line above its street address (``Center for Global Development`` over
    ``2055 L St, NW``), or a line with a venue's word right under the day or the hours
    (``de 9h à 17h20`` over ``Grand amphithéâtre - Palais Hirsch``): where, not a title."""
    after = _following(lines, index, 1)
    if after and ADDRESS.search(after[0]) and not ADDRESS.search(text) and len(text.split()) <= 8:
        return True
    before = next((normalise(x.text) for x in reversed(lines[:index]) if normalise(x.text)), "")
    dated = bool(before) and (is_time_line(before) or parse_date_line(before) is not None)
    if not dated or len(text.split()) > 10:
        return False
    return (
        (VENUE_HINT.search(text) is not None and len(text.split()) <= 8)
        or (text.isupper() and VENUE_HINT.search(text.title()) is not None)  # "… BUILDING"
        or _ends_in_city(text)  # "Cité des Sciences et de l'Industrie - Paris"
    )


def _date_follows(lines: list[SourceLine], index: int) -> bool:
    """Whether the next non-blank line is a date line (a place written before the date)."""
    nxt = _following(lines, index, 1)
    return bool(nxt) and parse_date_line(nxt[0]) is not None


def _is_subtitle(lines: list[SourceLine], index: int, text: str) -> bool:
    """A second title line, followed by a place and a date."""
    nxt = _following(lines, index, 2)
    return (
        len(nxt) == 2
        and looks_like_title(text)
        and not PEOPLE_BLOCK.match(text)  # "Moderator: X • A, B and C" over the date
        and not is_sentence(nxt[0])
        and parse_date_line(nxt[0]) is None
        and parse_date_line(nxt[1]) is not None
    )


def _starts_body(text: str) -> bool:
    return bool(
        BULLET.match(text)
        or DISCUSSANTS.match(text)
        or PEOPLE_BLOCK.match(text)
        or TRAILER.match(text)
        or CONTAINER_HEADINGS.match(text)
    )


_NOT_A_PLACE = re.compile(
    r"^(?:(?:event )?summary|overview|description|about(?: (?:this|the) event)?|key (?:points|"
    r"takeaways)|highlights|background|introduction|speakers?|participants?)$",
    re.I,
)
"""Headings that open the body right under the date line: never a place."""


def _folded(text: str) -> str:
    """Case and accents set aside (``LA SECURITE`` = ``la sécurité``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace(".", "").split())  # "D.C." = "DC"


_PLACE_THEN_DAY = re.compile(
    r"^(?P<place>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})\s+"
    r"(?P<day>\d{1,2}(?:\s*[-–]\s*\d{1,2})?\.?\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+(?:19|20)\d{2}.*)$"
)
"""``Leangkollen 03-04 February 2014``: a name (of the event or of where), then the days."""
_NOT_WHERE = re.compile(
    r"\b(?:to speak|speaks|will speak|to discuss|discusses|covering|headlines|"
    r"since (?:19|20)\d{2})\b|"
    r"^(?i:(?:opening|closing|plenary|special|first|second|third|fourth|fifth) session|"
    r"session \w+)$|"
    r"기자|記者|记者|(?:발표|개최|참석|밝혔다|했다)$|^[A-Za-z][A-Za-z ]*[a-z]\d{1,2}$|"
    r"(?i:partner hotels?)"
)
"""Words of a news headline, a site's tagline, a byline or an image's name, not a place."""
_SPACED_DAY = re.compile(
    r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\b)\s*\.?\s*\d{1,2}\b.*"
    r"(?:19|20)\d{2}"
)
_ZONED_HOURS = re.compile(r"\d{3,4}\s*[–-]\s*\d{3,4}\s*[A-Z]{2,4}\b")
_CJK_VENUE = re.compile(
    r"(?:대학교?|대|홀|센터|호텔|회관|빌딩|연구원|재단|관|실|장|층|국회|청사|"
    r"会場|ホール|会館|大学|センター|ホテル|会議室|会議場|ビル|研究所|財団|庁舎|"
    r"学|院|馆|館|厅|廳|室|楼|樓|堂|中心|酒店|宾馆|賓館|大厦|大廈|会场|會場|市|省|县|區|区|"
    r"京|海|港|州|道|都|府|県|町|村|동|구|시|군)(?=$|[\s,，、(（)）]|\d)"
)
"""How the name of a venue or a place ends in Chinese, Japanese or Korean."""
_PRESENTED = re.compile(
    r"^(?:presented|brought to you|organi[sz]ed|hosted|sponsored) by\b|^(?:published|posted|filed) "
    r"(?:in|under)\b",
    re.I,
)
"""Who presents the event, or where the post is filed: never a place."""
_CREDIT = re.compile(
    r"^(?:written by|posted (?:on|by)|published (?:on|by)|source|photo(?:graph)?s?(?: credit)?|"
    r"credits?|image|picture|writer|author|editor|reporter|text|auteur|autor|fuente|foto|"
    r"quelle|bild|texte|crédit)\s*[:：|]",
    re.I,
)
"""A post's credit lines: who wrote it, when, and whose photograph."""


_LOCATIVE_LINE = re.compile(
    r"^(?:Dans|À|Au|Aux|En|Im|In der|At|In)\s+(?:l[’']|la |le |les |el |the |dem |der )?"
    r"(?!.*\b(?:is|are|was|were|est|sont|ist|sind|es|son)\b)"
)
"""A line that says where, by its preposition: ``Dans l’auditorium de …``, ``At the …``."""


def locative(text: str) -> bool:
    """``Dans l’auditorium de la Maison franco-japonaise (Ebisu, Tokyo)``: a line that says
    where, by its preposition and a venue's word."""
    return bool(_LOCATIVE_LINE.match(text) and LOCATION_HINT.search(text)) and len(text) <= 120


def is_location(text: str, seen_date: bool, state: State) -> bool:
    if state.title is not None and _folded(text) == _folded(state.title):
        return False  # the title printed again, in capitals
    abbreviated = re.search(r"(?:\b(?:[A-Z]\.){2,}|\b[A-Z][a-z]{0,3}\.)$", text)
    # a short line that ends no sentence, under the date or the title
    placed = (
        len(text) <= 120
        and not text.endswith((".", "!", "?"))
        and (seen_date or state.title is not None)
    )
    if placed and _LOCATIVE_LINE.match(text) and LOCATION_HINT.search(text):
        return True  # "Dans l’auditorium de la Maison franco-japonaise (Ebisu, Tokyo)"
    if placed and ADDRESS.search(text) and _VENUE_NOUN.search(text) and not _starts_body(text):
        return True  # "1501 International Affairs Building (420 West 118th St, 15th floor)"
    if is_sentence(text) or len(text) > 120 or _starts_body(text):
        return False
    if text.endswith(TERMINAL) and not abbreviated:  # "Washington, D.C." ends a place
        return False
    if _NOT_A_PLACE.match(text) or text.endswith((":", "：")) or text.startswith("*"):
        return False
    if re.fullmatch(r"\d[\w-]*[A-Za-z][\w-]*", text) and re.search(r"\d[-_]\d", text):
        return False  # "1224-02DrLewis": an image's name, not a place
    if re.search(
        r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}\b",
        text,
    ):
        return False  # "วันที่นำเข้าข้อมูล 28 Jul 2020, …": when the page was entered and updated
    if re.fullmatch(r"제?\s*\d+\s*[회차]|第\s*\d+\s*[回届屆次期]", text):
        return False  # "303회": the number of the session, not a place
    if re.fullmatch(r"<[^<>]{4,200}>", text):
        return False  # "< Race for Supremacy: … >": the title in another language
    if _SPACED_DAY.search(text):
        return False  # "NOV . 12 2021": a day, spaced out
    if _NOT_WHERE.search(text):
        return False  # a headline, a site's tagline or a reporter's byline, not where
    if _ZONED_HOURS.search(text) or text.rstrip().endswith((">", "›", "»")):
        return False  # "1000 – 1500 MYT; 1100 – 1600 KST": hours and zones; "全球速报 >": a trail
    if (
        len(WIDE.findall(text)) >= 6
        and not _CJK_VENUE.search(text)
        and not LOCATION_HINT.search(text)
        and not city_in(text)
        and text not in state.gazetteer.place_names
    ):
        return False  # "미-중 패권 경쟁과 동북아" over the date: a title's line, no venue in it
    if _CREDIT.match(text) or _PRESENTED.match(text):
        return False  # "Written by: X | Posted on: …", "Source: X/flickr": the post's credits
    if re.fullmatch(r"\(?(?:[A-Z][a-z]+ )?(?:Standard |Daylight )?Time(?: Zone)?\)?", text):
        return False  # "(Eastern Time)": the zone of the time above
    if _KIND_ONLY.match(text) or re.fullmatch(r"(?i:book (?:talk|forum|launch|discussion))", text):
        return False  # "Book Forum", "Panel discussion": the kind of event, not a place
    if re.search(r"(?:19|20)\d{2}\s*[年년./-]\s*\d{1,2}\s*[月월./-]\s*\d{1,2}", text):
        return False  # "講座 |2025年10月03日": a post's category and the day it was posted
    if re.search(r"\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b", text):
        return False  # "Corée du Nord 30.06.2020 à 06h00": a category and a post's stamp
    if parse_date_line(text) is not None or _MEAL.fullmatch(text):
        return False  # "Wednesday, May 3", "Keynote Dinner": a day and a part of the programme
    if is_time_line(text) or _names_list(text) or people_in_prose(text):
        return False
    first = text.split()[0] if text.split() else ""
    if (first in HONORIFICS or ROLE_STEM.search(first.lower())) and looks_like_name(text):
        return False  # "Professor David Chiavacci", "Botschafter Raphael Nägeli": a person
    if re.search(r"\S@\S+\.\w|https?://|www\.|浏览|点击|字号|조회|閲覧|views?\b", text, re.I):
        return False  # an author's address, a view counter
    if re.fullmatch(r"[\d\s.,]+", text):
        return False  # a number alone: a counter or an id, never where
    if re.match(r"^\d{1,2}(?:[:.]\d{2}|h\d{0,2}\b)", text) or re.search(
        r"(?:개최|열려|举行|召开|開催)$", text
    ):
        return False  # a schedule line; a headline ("... 토론회 개최")
    if re.match(r"^[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d{2}(?=[A-Za-z])", text):
        return False  # "Apr 8, 2024Event Updates, News": a date glued to the post's categories
    if (
        _KIND_WORD.search(text)
        and re.search(r"(?i)\b(?:19|20)\d{2}\b|\bannual\b|\b\d+(?:st|nd|rd|th)\b", text)
        and not _VENUE_NOUN.search(text)
        and not ADDRESS.search(text)
        and "," not in text  # "Annual Forum 2024, Seoul": the city after a comma
    ):
        return False  # "Annual Korea Studies Conference 2024": the event's name, no place
    hinted = bool(LOCATION_HINT.search(text) or ADDRESS.search(text) or city_in(text))
    if not hinted and (_KIND_ONLY.match(text) or _EVENT_STATUS.search(text)):
        return False  # "Corporate Program past event", "Evening Panel Discussion"
    if _KIND_WORD.search(text) and re.search(
        r"\b(?:vergangene|kommende|past|upcoming|passé|próximo)\b", text, re.I
    ):
        return False  # "Haus Lindau Podiumsdiskussion Vergangene": a kind and a status
    if seen_date:
        return True
    return state.title is not None and (
        text in state.gazetteer.place_names
        or bool(LOCATION_HINT.search(text))
        or is_city(text.rsplit(",", 1)[-1])
    )


_PUBLISHER = re.compile(
    r"(?:省|庁|研究所|協会|財団|フォーラム|学会|研究院|研究センター|研究中心|委员会|委員会|"
    r"연구원|연구소|재단|학회)$"
)


def _names_list(text: str) -> bool:
    """``Tai Hwan Lee, Chang Soo Jin, Myon woo Lee``: people, not a place."""
    parts = [p.strip() for p in text.split(",")]
    return len(parts) >= 2 and sum(looks_like_name(p) for p in parts) >= 2


JSON_BLOCK_LINES = 400
"""A metadata block longer than this is not page metadata (and would make every line
that opens a brace rescan the rest of the page)."""
JSON_BLOCK_DEPTH = 32
"""Page metadata nests a few levels; deeper nesting is read as text, not decoded."""


def _nesting(text: str, start: int) -> int:
    """The deepest bracket nesting in ``text`` from ``start`` (strings not skipped: an
    upper bound is all that is needed)."""
    depth = deepest = 0
    for char in text[start:]:
        if char in "{[":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "}]":
            depth -= 1
            if depth <= 0:
                break
    return deepest


def _read_json_block(lines: list[SourceLine], index: int, state: State) -> int | None:
    """Consume a JSON metadata block; text glued after its closing brace stays as a line."""
    joined = "\n".join(line.text for line in lines[index : index + JSON_BLOCK_LINES])
    start = joined.index("{")
    if _nesting(joined, start) > JSON_BLOCK_DEPTH:
        return None  # not page metadata; left for the body, where it is kept as text
    try:
        _, end = json.JSONDecoder().raw_decode(joined, start)
    except ValueError:
        return None
    consumed = joined[:end]
    last = index + consumed.count("\n")
    state.furnish("metadata", consumed.strip(), lines[index].number, lines[last].number)
    rest = lines[last].text[len(consumed.rsplit("\n", 1)[-1]) :]
    if normalise(rest):
        lines[last] = SourceLine(lines[last].number, rest)
        return last
    return last + 1
