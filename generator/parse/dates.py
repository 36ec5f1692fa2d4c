"""Recognising the date line of an event page.

The shapes are few and narrow (``Mon. April 22nd, 2013``, ``Thursday, February 6, 2014``,
``May 10, 2012 • 6:00 – 7:30 pm EDT``, ``2021-11-16``, ``2022年7月3日``, a year glued to a
time range), and the hard part is deciding whether a whole line *is* a date line, not
reading a date out of free text, so a few anchored patterns do the job.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.parse.places import VENUE_NAMED

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mär": 3, "mai": 5,
    "juni": 6, "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3,
    "avril": 4, "avr": 4, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    # Spanish
    "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
    "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
    "noviembre": 11, "diciembre": 12, "dic": 12,
    # Italian, Portuguese, Dutch and Polish (the genitive, as dates write it), for pages of
    # the region's partners in those languages
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "dezembro": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12,
}  # fmt: skip

_WEEKDAY_WORDS = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
)
_WEEKDAY = rf"(?:(?:{_WEEKDAY_WORDS})\.?,?\s+)"
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# A day, or a range of days ("22-23"): the event starts on the first.
_DAY = (
    r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|°|\.)?"
    r"(?:\s*(?:[-–&]|and|y|et|und)\s*\d{1,2}(?:st|nd|rd|th|\.)?)?"
)
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_BULLET = r"(?:[•·\-–]\s*)?"
_LEAD = (
    rf"^{_BULLET}(?:day\s+\d{{1,2}}\s*[:\-–]\s*)?(?:(?:le|el|am|on)\s+)?{_WEEKDAY}?"
    r"(?:(?:le|el|am|den)\s+)?"
)

_PATTERNS = [
    re.compile(rf"{_LEAD}{_MONTH}\s+{_DAY},?\s*{_YEAR}(?P<rest>.*)$", re.I),
    re.compile(rf"{_LEAD}{_DAY}\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}(?P<rest>.*)$", re.I),
    re.compile(
        r"^(?:[•·\-–]\s*)?(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<mnum>\d{1,2})(?P=sep)"
        r"(?P<day>\d{1,2})(?!\d)\.?(?P<rest>.*)$"
    ),
    # Japanese era: 平成23年12月6日, 令和元年5月1日
    re.compile(
        r"^(?P<era>平成|令和|昭和)\s*(?P<eyear>\d{1,2}|元)\s*年\s*(?P<mnum>\d{1,2})\s*月\s*"
        r"(?P<day>\d{1,2})\s*日(?P<rest>.*)$"
    ),
    # Korean site footers: "일요일, 5월 19, 2024"
    re.compile(
        r"^(?:[월화수목금토일]요일,?\s*)?(?P<mnum>\d{1,2})월\s*(?P<day>\d{1,2}),?\s*"
        r"(?P<year>(?:19|20)\d{2})(?P<rest>.*)$"
    ),
    # "4 Mar.'24"
    re.compile(rf"{_LEAD}{_DAY}\s+{_MONTH},?\s*['’](?P<yy>\d{{2}})(?!\d)(?P<rest>.*)$", re.I),
    # Korean "2024. 5. 14.(화)"
    re.compile(
        r"^(?P<year>(?:19|20)\d{2})\.\s+(?P<mnum>\d{1,2})\.\s+(?P<day>\d{1,2})\.?(?P<rest>.*)$"
    ),
    # German "12.05.2024", "13.04.19"
    re.compile(
        rf"{_LEAD}(?P<day>\d{{1,2}})\.(?P<mnum>\d{{1,2}})\.(?P<year>(?:19|20)\d{{2}})(?!\d)(?P<rest>.*)$",
        re.I,
    ),
    re.compile(
        rf"{_LEAD}(?P<day>\d{{1,2}})\.(?P<mnum>\d{{1,2}})\.(?P<yy>\d{{2}})(?![\d.])(?P<rest>.*)$",
        re.I,
    ),
    re.compile(
        r"^(?:[•·\-–]\s*)?(?P<year>(?:19|20)\d{2})\s*[年년]\s*(?P<mnum>\d{1,2})\s*[月월]\s*"
        r"(?P<day>\d{1,2})\s*[日일](?P<rest>.*)$"
    ),
]

_NO_YEAR = re.compile(
    rf"^{_BULLET}{_WEEKDAY}?{_MONTH}\s+{_DAY}(?P<rest>(?:\s*(?:,|from|at|\||•|@|/)\s*|\s+)"
    r"(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)|\d{1,2}[:.]\d{2}(?![\d:])).*)$",
    re.I,
)
_NO_YEAR_DAY_FIRST = re.compile(
    rf"^{_BULLET}{_WEEKDAY}?(?:(?:le|el|am|den)\s+)?{_DAY}\s+(?:de\s+)?{_MONTH}"
    r"(?P<rest>(?:\s*(?:,|\||•|@|/)\s*(?:(?:de|à|um|ab|a las|from|at|von)\s+)?|"
    r"\s+(?:(?:de|à|um|ab|a las|von)\s+)?)"
    r"(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)|\d{1,2}[:.h]\d{2}(?![\d:])).*)$",
    re.I,
)
"""``Miércoles 20 de marzo, de 19.00 h a 20.30 h CET``: a day and its hours, no year."""
_WEEKDAY_NO_YEAR = re.compile(
    rf"^{_BULLET}(?:{_WEEKDAY_WORDS})\.?,?\s+(?:{_MONTH}\s+{_DAY}|"
    + _DAY.replace("?P<day>", "?P<dday>")
    + rf"\s+(?:de\s+)?{_MONTH.replace('?P<month>', '?P<mmonth>')})\.?$",
    re.I,
)
_PLACE_REST = re.compile(
    r"^\s*[,•|]?\s*(?P<place>[A-Z][\w.’'\-]*(?:,?\s+[A-Z0-9][\w.’'\-]*){0,11})\s*$"
)
_CLOCK = (
    r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s?m\.?|uhr|h\b)?"
    r"|(?:午前|午後|上午|下午|晚上|晚|오전|오후|저녁)\s*\d{1,2}"
    r"|\d{1,2}\s*[時时시]"
)
_BRACKETED_DAY = re.compile(
    rf"^(?:[(（]\s*(?:{_WEEKDAY_WORDS}|星期.|周.|[月火水木金土日](?:曜日?)?|[월화수목금토일](?:요일)?)\.?\s*[)）]"
    rf"|(?:{_WEEKDAY_WORDS}|星期.|[月火水木金土日]曜日|[월화수목금토일]요일)\b)",
    re.I,
)
_TIME_START = re.compile(
    rf"^(?:(?:at|from|um|ab|à|a las|de|von)\s+)?(?:{_CLOCK}|noon)(?!\d)"
    r"|^\(?(?-i:[ECMP][SD]T|[ECMP]T|UTC|GMT|CES?T|JST|KST|BST|AES?T|AEDT|HKT|SGT|IST|WIB|"
    r"EEST|EET|WET|MSK|ICT|PHT|NZST|NZDT)\)?(?!\w)",
    re.I,
)
_REST_SEPARATORS = " \t•|,@-–—/"
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
_TIME_WHOLE = re.compile(
    rf"^(?:(?:at|from|um|ab|à|a las|de|von)\s+)?(?:{_CLOCK}|noon)"
    rf"(?:\s*(?:-|–|—|to|bis|à|a|until|till)\s*(?:{_CLOCK}))?(?:\s*(?:uhr|h)\b)?"
    r"(?:\s*\(?(?-i:[ECMP][SD]T|[ECMP]T|UTC|GMT|CES?T|JST|KST|BST|AES?T|AEDT|HKT|SGT|IST|WIB)"
    r"(?:[+-]\d{1,2})?\)?)?",
    re.I,
)
"""A time or a time range and its zone, as written after a date."""


_ERA = {"昭和": 1926, "平成": 1989, "令和": 2019}


@dataclass(frozen=True)
class DateLine:
    """A recognised date line."""

    iso: str | None
    """ISO date; None when the line gives no year (``Wednesday, January 10 from 2:30 pm``)."""
    time: str | None
    place: str | None = None
    """A place written on the date line (``March 26, 2008 Washington, D.C.``)."""


_WEEKDAY_SLASH = re.compile(rf"^({_WEEKDAY_WORDS})\s*[/|]\s*", re.I)
_RANGE = re.compile(r"^(?P<first>.{4,40}?)\s+[-–—]\s+(?P<last>.{6,60})$")


_CATEGORY_BEFORE = re.compile(
    r"^(?:(?:past|upcoming)\s+)?(?:events?|news|webinars?|seminars?|publications?|"
    r"veranstaltungen|actualités|noticias|eventos|press releases?|blog)\s*[|•·]?\s+"
    r"(?=(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+"
    r"(?:19|20)\d{2}|\d{1,2}\.?\s+[A-Za-zäéû]{3,9}\.?\s+(?:19|20)\d{2})\s*$)",
    re.I,
)
"""A post's section printed before its date on one line (``News | March 28, 2019``)."""
_SLASHED = re.compile(
    r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2})"
    r"(?P<rest>\s+\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?.{0,40})?$",
    re.I,
)
"""``23/04/2024`` (day first) or ``04/23/2024`` (month first); ``03/02/2023 4:00 PM -
5:00 PM``: a clock of twelve hours after it, the American order (month first)."""


def _slashed_day(found: re.Match[str]) -> DateLine | None:
    """The day a slashed date gives when only one order makes sense (``23/04/2024``); None
    when both do (``03/04/2024`` is 3 April in Madrid and March 4 in Washington)."""
    a, b, year = int(found.group("a")), int(found.group("b")), int(found.group("year"))
    rest = found.group("rest")
    time = _time_rest(rest) or None if rest else None
    if rest and time is None:
        return None
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a or (rest and a <= 12):
        day, month = b, a
    else:
        return None
    try:
        return DateLine(dt.date(year, month, day).isoformat(), time, None)
    except ValueError:
        return None


_SPACED_NUMERIC = re.compile(
    r"^(?:(?P<weekday>[^\W\d_]{2,9})\.?,?\s+)?(?P<a>\d{1,2})\s(?P<b>\d{1,2})\s"
    r"(?P<year>(?:19|20)\d{2})$"
)
"""``Mar, 07 06 2022``: a day, a month and a year set apart by spaces, a weekday before."""
_WEEKDAY_STEMS = {
    "mo": 0, "mon": 0, "lun": 0, "lu": 0, "tu": 1, "tue": 1, "di": 1, "mar": 1, "ma": 1,
    "we": 2, "wed": 2, "mi": 2, "mié": 2, "mie": 2, "mer": 2, "me": 2, "th": 3, "thu": 3,
    "do": 3, "jue": 3, "jeu": 3, "je": 3, "fr": 4, "fri": 4, "vie": 4, "ven": 4, "ve": 4,
    "sa": 5, "sat": 5, "sáb": 5, "sab": 5, "sam": 5, "su": 6, "sun": 6, "so": 6, "dom": 6,
    "dim": 6,
}  # fmt: skip
"""A weekday's short form in the region's European languages, its number (Monday 0)."""


def _spaced_numeric_day(found: re.Match[str]) -> DateLine | None:
    """The day a spaced numeric date gives: the order that makes sense, or, when both do,
    the one that falls on the weekday printed before it."""
    a, b, year = int(found.group("a")), int(found.group("b")), int(found.group("year"))
    orders = []
    for day, month in ((a, b), (b, a)):
        try:
            orders.append(dt.date(year, month, day))
        except ValueError:
            continue
    weekday = (found.group("weekday") or "").casefold()
    if weekday:
        number = _WEEKDAY_STEMS.get(weekday, _WEEKDAY_STEMS.get(weekday[:3]))
        orders = [d for d in orders if number is not None and d.weekday() == number]
    days = set(orders)
    return DateLine(orders[0].isoformat(), None, None) if len(days) == 1 else None


_SOURCED = re.compile(
    r"^(?P<day>(?:19|20)\d{2}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]|"
    r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?\s+"
    r"(?:来源|來源|作者|编辑|編輯|출처|작성자|source|quelle|fuente)\s*[:：].{0,80}$",
    re.I,
)
"""A post's stamp with where it came from (``2022年10月28日09:12  来源:新华网``): the hour is
the posting's, not the event's."""
_STAMP = re.compile(
    r"^(?P<day>(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})\s+\d{1,2}:\d{2}:\d{2}(?:\s+\S.{0,60})?$"
)
"""A date and a time to the second (``2024-05-18 09:12:30 来源:…``): a post's time stamp,
whose time is not an event's."""


def parse_date_line(line: str) -> DateLine | None:
    """Return the date (and time, if given) when ``line`` is a date line, else None."""
    text = " ".join(line.split())
    text = _CATEGORY_BEFORE.sub("", text)  # "Events Jun 09, 2023": the post's section, its day
    text = _DATE_LABEL.sub("", text)  # "Date(s) - 21/09/2021", "Dates Monday, October 28, 2019"
    text = _CALENDAR_LINK.sub("", text)  # "… - Download as vCalendar": a link beside the day
    text = re.sub(r"(?<=\b\d)(\d)? (st|nd|rd|th)\b", r"\1\2", text)  # "June 23 rd 2021"
    slashed = _SLASHED.match(text)
    if slashed is not None:
        return _slashed_day(slashed)
    spaced = _SPACED_NUMERIC.match(text) if len(text) <= 24 else None
    if spaced is not None:
        return _spaced_numeric_day(spaced)
    sourced = _SOURCED.match(text) if len(text) <= 140 else None
    if sourced is not None:  # "2022年10月28日09:12  来源:新华网": when and where it was posted
        day = _parse_date_line(sourced.group("day"))
        return DateLine(day.iso, None, None) if day is not None else None
    stamp = _STAMP.match(text)
    if stamp is not None:  # "2023-10-19 14:22:45": when a post was saved, to the second
        day = _parse_date_line(stamp.group("day"))
        return DateLine(day.iso, None, None) if day is not None else None
    text = _WEEKDAY_SLASH.sub(r"\1, ", text)  # "Thursday / August 11"
    text = _SECOND_WEEKDAY.sub(r"\1 \2 ", text)  # "Lundi 20 et Mardi 21 juin 2022"
    text = _KIND_DOT.sub("", text)  # "Webinar · 23.01.2024 16:00 - 17:00"
    ranged = _RANGE.match(text) if len(text) <= 110 else None
    if (
        ranged is not None
        and re.search(r"\d", ranged.group("first"))
        and not re.search(r"(?:19|20)\d{2}", ranged.group("first"))
    ):
        # "Wednesday, 8 February - Wednesday, 8 February 2023": the first day takes the
        # year of the last
        last = _parse_date_line(ranged.group("last"))
        if last is not None and last.iso is not None:
            first = _parse_date_line(f"{ranged.group('first').rstrip(',')} {last.iso[:4]}")
            if first is not None and first.iso is not None and first.iso <= last.iso:
                return DateLine(first.iso, last.time, last.place)
    hours_first = _HOURS_THEN_DAY.match(text) if len(text) <= 80 else None
    if hours_first is not None and is_time_line(hours_first.group("hours")):
        # "12 - 1:30pm, Tuesday 16th May 2023": the hours, then the day
        day = _parse_date_line(hours_first.group("day"))
        if day is not None and day.iso is not None and day.time is None:
            return DateLine(day.iso, hours_first.group("hours").strip(), day.place)
    until = _UNTIL.match(text) if len(text) <= 140 else None
    if until is not None:
        # "Wednesday, May 3, 2017 until Thursday, May 4, 2017 (6:30 PM – 6:30 PM)": the
        # first day, and the time the last part gives
        first = _parse_date_line(until.group("first"))
        if first is not None and first.iso is not None:
            last = _parse_date_line(until.group("last").strip())
            time = last.time if last is not None else None
            if time is None:
                clock = re.search(r"\(([^()]*\d[^()]*)\)\s*$", until.group("last"))
                if clock is not None and _TIME_START.match(clock.group(1)):
                    time = clock.group(1).strip()
            return DateLine(first.iso, time or first.time, None)
    return _parse_date_line(text)


_DATE_LABEL = re.compile(
    r"^(?:date\s*\(s\)|dates|date)\s*(?:[-–—]\s*)?(?=(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|"
    r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))",
    re.I,
)
"""A date's label without its colon (``Dates Monday, October 28, 2019``,
``Date(s) - 21/09/2021``)."""
_CALENDAR_LINK = re.compile(
    r"\s+[-–—|]\s+(?:download|add to|export|save to)\b[^|]{0,40}?\b(?:calendar|vcalendar|ical|ics|"
    r"outlook)\s*$",
    re.I,
)
"""``… - Download as vCalendar``: a link to save the day, printed after it."""
_HOURS_THEN_DAY = re.compile(
    r"^(?P<hours>\d{1,2}(?:[:.]\d{2})?\s*[^,]{0,24}?),\s+(?P<day>\D.{5,50})$"
)
"""``12 - 1:30pm, Tuesday 16th May 2023``: the hours before the day, a comma between."""
_SECOND_WEEKDAY = re.compile(
    rf"(?<=\d)(\.?)\s+(et|and|und|y|au|bis|to|[-–—])\s+(?:{_WEEKDAY_WORDS})\.?,?\s+(?=\d)",
    re.I,
)
"""The weekday of a range's second day (``Lundi 20 et Mardi 21 juin 2022``): the range reads
as ``Lundi 20 et 21 juin 2022``."""
_DAYS_NO_YEAR = re.compile(
    rf"^{_BULLET}{_WEEKDAY}?(?:\d{{1,2}}\s*[-–—]\s*\d{{1,2}}\s+{_MONTH}|"
    rf"{_MONTH.replace('?P<month>', '?:')}\s+\d{{1,2}}\s*[-–—]\s*\d{{1,2}})$",
    re.I,
)
"""``22 – 23 AUGUST``, ``August 22 – 23``: a range of days without its year, alone on a
line."""
_KIND_DOT = re.compile(
    r"^(?:webinar|seminar|event|online event|lecture|conference|panel|workshop|talk|"
    r"Veranstaltung|Vortrag|Seminar|conférence|séminaire|seminario|conferencia)\s*[·•|]\s*(?=\d)"
    # a kind of event glued to the day by a scraper: "Clubabend03.11.2010 19:00"
    r"|^[^\W\d_]{3,30}(?=\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b)",
    re.I,
)
"""The kind of event printed before the day (``Webinar · 23.01.2024``)."""
_UNTIL = re.compile(
    r"^(?P<first>.{6,50}?(?:19|20)\d{2})\s+(?:until|till|through|thru|bis|jusqu'au|hasta|and|&|au|al)\s+"
    r"(?P<last>.{6,80})$",
    re.I,
)


_DASHED_VENUE = re.compile(
    r"^\s*[—–|]\s*(?P<place>[A-Z][^—–|]{2,80}?\b(?i:hall|room|hotel|cent(?:er|re)|building|"
    r"campus|auditorium|theat(?:er|re)|library|museum|embassy|house|club|salle|sala|saal|aula|"
    r"hörsaal|auditorio|maison|haus)\b[^—–|]{0,40})$"
)
"""A venue after the hour and a dash, on the date's line."""


def _parse_date_line(text: str) -> DateLine | None:
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()]
        if parts.get("era"):
            year = _ERA[parts["era"]] + (1 if parts["eyear"] == "元" else int(parts["eyear"])) - 1
        elif parts.get("year"):
            year = int(parts["year"])
        else:
            year = 2000 + int(parts["yy"])
        try:
            day = dt.date(year, month, int(parts["day"]))
        except ValueError:
            continue
        rest = parts["rest"]
        field = _PLACE_FIELD.search(rest)
        if field is not None:  # "..., de 12:00 a 13:30 h. Lugar: Espacio Bertelsmann, Madrid."
            time = _time_rest(rest[: field.start()])
            if time is not None:
                place = field.group("place").strip(" .")
                return DateLine(day.isoformat(), time or None, place or None)
        time = _time_rest(rest)
        if time is None:
            split = _split_rest(rest)
            if split is not None:
                return DateLine(day.isoformat(), split[0], split[1])
            place = _PLACE_REST.match(rest)
            if place is None or rest[:1].isalnum():
                continue
            return DateLine(day.isoformat(), None, place.group("place"))
        if time:
            after = rest[rest.find(time) + len(time) :] if time in rest else ""
            venue = _DASHED_VENUE.match(after)
            if venue is not None:  # "Friday, October 24, 2008, 1:00 pm — Hamilton Seminar Room"
                return DateLine(day.isoformat(), time, venue.group("place").strip(" .,"))
        return DateLine(day.isoformat(), time or None)
    if _DAYS_NO_YEAR.match(text):
        return DateLine(None, None)  # "22 – 23 AUGUST": days without their year
    bare = _WEEKDAY_NO_YEAR.match(text)
    if bare is not None and 1 <= int(bare.group("day") or bare.group("dday")) <= 31:
        return DateLine(None, None)  # "Wednesday, 20 March": a date line without its year
    match = _NO_YEAR.match(text) or _NO_YEAR_DAY_FIRST.match(text)
    if match is not None and 1 <= int(match.group("day")) <= 31:
        rest = re.sub(r"^\s*(?:from|at)\s+", "", match.group("rest").strip(_REST_SEPARATORS))
        return DateLine(None, rest.strip(_REST_SEPARATORS) or None)
    return None


_PLACE_FIELD = re.compile(
    r"(?:[.;|]\s*|\s{2,}|\s(?=(?-i:[A-Z])))(?:Lugar|Venue|Location|Place|Ort|Lieu|Sede|Where)\s*:"
    r"\s*(?P<place>\S.{2,150})$",
    re.I,
)
"""``… de 12:00 a 13:30 h. Lugar: …``, ``… 13:30-18:10  Venue:Ito Hall …``: the place's
field after the time, on the date's line."""
_COUNTRY_OR_PLATFORM = re.compile(r"^(?:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})$")


_PLATFORM = re.compile(
    r"^(?:online|virtual|facebook(?: live)?|youtube(?: live)?|zoom|microsoft teams|teams|webex|"
    r"livestream|live stream|linkedin live|twitch)$",
    re.I,
)


def _split_rest(rest: str) -> tuple[str | None, str | None] | None:
    """``- Facebook | 17:00 Uhr``, ``- France``: a place (or where it streams) and perhaps a
    time, after a date; None when the rest is anything else."""
    parts = [p.strip(_REST_SEPARATORS) for p in re.split(r"\s+[|–—-]\s+|\s*\|\s*", rest)]
    parts = [p for p in parts if p]
    if not 1 <= len(parts) <= 2:
        return None
    times = [p for p in parts if _time_rest(p)]
    places = [p for p in parts if p not in times and _COUNTRY_OR_PLATFORM.match(p)]
    if len(times) + len(places) != len(parts) or len(places) != 1 or len(times) > 1:
        return None
    place: str | None = places[0]
    if _PLATFORM.match(places[0]):
        place = "Online"  # where it streams
    elif not times and not VENUE_NAMED.search(places[0]):
        # "29 janvier 2020 - France": a country, not where the event is held; "3 April 2003,
        # Imperial College London" names a building or an institution
        place = None
    return (times[0] if times else None), place


def _time_rest(rest: str) -> str | None:
    """What follows a date: "" when nothing (or only a weekday), the time when it is one,
    None when it is something else."""
    text = rest.strip(_REST_SEPARATORS)
    day = _BRACKETED_DAY.match(text)
    if day is not None:
        text = text[day.end() :].strip(_REST_SEPARATORS)
    if not text:
        return ""
    if not _TIME_START.match(text):
        return None
    if (
        len(
            re.findall(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]", _CJK_CLOCK_WORDS.sub("", text))
        )
        > 8
    ):
        return None  # "晚5:30,亚洲文明研究院…举行。": a report's sentence opens with the day
    whole = _TIME_WHOLE.match(text) if not _CJK_CHAR.search(text) else None
    after = text[whole.end() :].strip() if whole is not None else ""
    if len(after) > 100 and after[:1].islower() and re.search(r"\w{3,}[.!?](?:\s|$)", after):
        return None  # "… von 13 bis 18 Uhr lädt das Institut … ein. Die …": a report's prose
    if whole is not None and (len(after) > 30 or after[:1].isalpha()):
        # "um 18:30 Uhr VHS im Kulturzentrum, …", "19:00StiftungSachsen-Anhalt": only the time
        text = whole.group(0)
    return re.sub(r"^(?:at|from)\s+", "", text)


_CJK_CLOCK_WORDS = re.compile(
    r"午前|午後|上午|下午|晚上|[時时分半]|から|まで|開場|開演|受付|오전|오후|[시분]"
)
"""The words of a clock in Chinese, Japanese and Korean (``午後1時30分から``): no sentence."""


_TIME_SLOT = re.compile(
    r"^\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:to|-|–|—)\s*\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?"
    r"(?:\s*\(?[A-Z]{2,4}\)?)?$",
    re.I,
)


def is_time_slot(line: str) -> bool:
    """True for a schedule line such as ``4:00 to 4:15 p.m.``."""
    return bool(_TIME_SLOT.match(line.strip()))


_TIME_LINE = re.compile(
    r"^(?:(?:from|at|time|de|von|ab|dès|desde|a partir de)\s*:?\s*)?(?:noon|midday|"
    r"\d{1,2}(?:[:.h]\d{2})?)\s*"
    r"(?:[ap]\.?\s?m\.?|uhr|h|heures?(?:\s*\d{2})?)?"
    r"(?:\s*\(?(?-i:[A-Z]{2,5})\)?)?"
    r"(?:\s*(?:-|–|—|~|/|to|bis|à|a)\s*\d{1,2}(?:[:.h]\d{2})?\s*"
    r"(?:[ap]\.?\s?m\.?|uhr|h|heures?(?:\s*\d{2})?)?)?"
    r"(?:\s*\(?(?:(?-i:[A-Z]{2,5})(?:/(?-i:[A-Z]{2,5}))?|GMT[+-]\d{1,2})\)?)?"
    r"(?:\s*\((?:doors|registration|reception|einlass|accueil|ouverture)\b[^()]{0,80}\))?"
    r"(?:\s+(?:UK|US|local|[A-Z][a-z]+)\s+time)?$",
    re.I,
)


def is_time_line(line: str) -> bool:
    """A line that is only a time or a time range (``10:00 am - 11:30 am EDT``, ``12:30-14:30``)."""
    text = " ".join(line.split())
    return bool(_TIME_LINE.match(text)) and bool(
        re.search(r"[:.h]\d{2}|[ap]\.?\s?m|\d\s*heures?\b|\dh\b|^noon|^midday", text, re.I)
    )


_IN_TEXT = [
    re.compile(
        rf"\b(?:{_WEEKDAY})?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"(?:\s*[-–]\s*\d{{1,2}}|\s+(?:and|&)\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
        rf"(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?(?!\d)",
        re.I,
    ),
    re.compile(
        rf"\b(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.)?"
        rf"(?:\s*[-–]\s*\d{{1,2}}\.?|\s+(?:and|&|to|und|bis|et|au|y|al)\s+\d{{1,2}}(?:st|nd|rd|th|\.)?)?\s+"
        rf"(?:of\s+|de\s+)?{_MONTH}(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d{{2}}))?(?!\d)",
        re.I,
    ),
    # "am 26.11.2025 um 17 Uhr": a day, month and year with full stops, after its cue
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>(?:19|20)\d{2})(?!\d)"),
    re.compile(
        r"(?:(?P<year>(?:19|20)\d{2})\s*[年년.]\s*|(?:民國|民国|本)\s*[(（]?(?P<roc>\d{2,3})[)）]?\s*年\s*|"
        r"(?P<era>令和|平成|昭和)\s*(?P<eyear>\d{1,2}|元)\s*年\s*)?"
        r"(?P<mnum>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})(?:\s*(?:[、,～~\-–至到]|日\s*[至到～~\-–])\s*\d{1,2})?\s*[日일]"
    ),
]
ROC_YEAR_ZERO = 1911
"""Taiwan counts years from 1912 (民國 1): ``本(109)年9月8日`` is 8 September 2020."""
_WILL_BE_HELD = re.compile(
    r"\b(?:(?:to be held|will be held|will take place|takes place)"
    r"(?: online| virtually| (?:in|at|via) [^,.;]{2,40}?(?= on\b))?|is scheduled for|will convene|"
    r"(?:was |were )?held(?: (?:in|at|via) [^,.;]{2,40}?(?= on\b))?|took place|(?<=, )held|"
    r"will be hosted|will host (?:a|an|the) [\w\s-]{0,40}?|findet (?:statt )?am|aura lieu le|"
    r"tendrá lugar el|se celebrará el|se llevará a cabo el|is on|will be on)"
    r"\s+(?:on\s+)?(?:the\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",
    re.I,
)
_EVENT_CUE = re.compile(
    r"Day (?:One|1)\s*:\s*$|"  # "Day One: 23 November 2021"
    r"(?:(?:\b|(?<=[a-z]))(?:on|On|held on|to be held on|took place on|scheduled for|am|vom|le|"
    r"Last|last|este|Este|ce|Ce|dieser|diesen|Diesen|"
    r"from|From|conducted from|"
    rf"les|du|el|los días|el día|el pasado|el próximo|held)\s+(?:the\s+)?"
    rf"(?:(?:morning|afternoon|evening)\s+of\s+)?{_WEEKDAY}?(?:(?:dem|den)\s+)?$|"
    rf"^\s*{_WEEKDAY}?$|"
    rf"[,(]\s*{_WEEKDAY}?$|\*{{2,}}\s*{_WEEKDAY}?$|"
    rf"\d\s*[ap]\.?\s?m\.?,?\s+(?:on\s+)?{_WEEKDAY}?$)",  # "at 4:30 p.m. Monday, Feb. 11"
    re.I,
)


@dataclass(frozen=True)
class TextDate:
    """A date found in running text."""

    iso: str
    text: str
    """The words it was read from."""


def _resolve(month: int, day: int, year: int | None, reference: dt.date | None) -> dt.date | None:
    if year is None:
        if reference is None:
            return None
        year = reference.year
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return None
        # An announcement precedes its event: a date well before the page's is next year's.
        if (reference - found).days > 180:
            found = found.replace(year=year + 1)
        return found
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_ANNOUNCE_KEYS = (
    "held", "take place", "takes place", "scheduled", "convene", "host", "findet", "aura lieu",
    "tendrá", "celebrará", "llevará", "is on", "will be on",
)  # fmt: skip


def announced_date(text: str, reference: dt.date | None = None) -> TextDate | None:
    """The date an announcement says the event *will* be held (``to be held July 19,
    2005``), which wins over a press release's own date."""
    lowered = text[:3000].lower()
    if not any(k in lowered for k in _ANNOUNCE_KEYS):
        return None
    for pattern in _IN_TEXT[:2]:
        for match in pattern.finditer(text[:3000]):
            if not _WILL_BE_HELD.search(text[max(0, match.start() - 60) : match.start()]):
                continue
            parts = match.groupdict()
            year = int(parts["year"]) if parts.get("year") else None
            found = _resolve(MONTHS[parts["month"].lower()], int(parts["day"]), year, reference)
            if found is not None:
                return TextDate(found.isoformat(), match.group(0))
    return None


_WEEKDAY_NAMES = {
    name: number
    for number, names in enumerate(
        (
            "monday montag lundi lunes",
            "tuesday dienstag mardi martes",
            "wednesday mittwoch mercredi miércoles miercoles",
            "thursday donnerstag jeudi jueves",
            "friday freitag vendredi viernes",
            "saturday samstag samedi sábado sabado",
            "sunday sonntag dimanche domingo",
        )
    )
    for name in names.split()
}
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(_WEEKDAY_NAMES) + r")\b", re.I)


def _on_its_weekday(found: dt.date, written: str) -> dt.date:
    """A day printed without its year but with its weekday (``Tuesday 27 February``): of
    the year the page gives and the years either side, the one where the weekday agrees."""
    named = _WEEKDAY_WORD.search(written)
    if named is None:
        return found
    weekday = _WEEKDAY_NAMES[named.group(1).lower()]
    if found.weekday() == weekday:
        return found
    for shift in (1, -1):
        try:
            other = found.replace(year=found.year + shift)
        except ValueError:
            continue
        if other.weekday() == weekday:
            return other
    return found


def find_date(text: str, reference: dt.date | None = None, cued: bool = True) -> TextDate | None:
    """The first date in running text that reads as the event's (``On May 24, 2019, the
    Center hosted``; ``2018年10月18日(木)、当研究所は``; ``am 12. Dezember 2019``).

    With ``cued``, a Latin-script date must follow "on", "held", "am", "le", "el" or
    open the text; CJK dates carry their own markers. A date without a year takes the
    year of ``reference`` (a date elsewhere on the page), or is skipped."""
    best: tuple[int, TextDate] | None = None
    for number, pattern in enumerate(_IN_TEXT):
        for match in pattern.finditer(text[:2000]):
            if (
                cued
                and number < 3
                and not _EVENT_CUE.search(text[max(0, match.start() - 25) : match.start()])
            ):
                continue
            parts = match.groupdict()
            month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()]
            year = int(parts["year"]) if parts.get("year") else None
            if parts.get("roc"):
                year = int(parts["roc"]) + ROC_YEAR_ZERO
            if parts.get("era"):  # "令和4年9月2日": the year of the Japanese era
                year = (
                    _ERA[parts["era"]] + (1 if parts["eyear"] == "元" else int(parts["eyear"])) - 1
                )
            found = _resolve(month, int(parts["day"]), year, reference)
            if found is None:
                continue
            if year is None:
                found = _on_its_weekday(found, text[max(0, match.start() - 20) : match.end()])
            if best is None or match.start() < best[0]:
                best = (match.start(), TextDate(found.isoformat(), match.group(0)))
            break
    return best[1] if best else None


_DATE_TAIL = re.compile(
    r"\s*(?:[,|@–—-]\s*|\s+(?:on|le|el|am|du)\s+)"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:on\s+)?)?"
    rf"(?:(?:{_WEEKDAY_WORDS})\.?,?\s+)?"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th|°|er|\.)?\s+(?:de\s+)?"
    + _MONTH.replace("(?P<month>", "(?:")
    + r"|"
    + _MONTH.replace("(?P<month>", "(?:")
    + r"\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+(?:de\s+)?(?:'\d{2}|(?:19|20)\d{2}))?(?:,\s*[A-Z][\w-]+)?\s*$",
    re.I,
)


def date_tail(text: str) -> int | None:
    """Where a date printed at the end of a title starts (``Lunch hour with author @ 12:30
    on Friday 8 Feb '08``, ``…, 16 October 2019, Brussels``), or None."""
    found = _DATE_TAIL.search(text)
    if found is None or found.start() < 12:
        return None
    return found.start()


def first_full_date(text: str) -> dt.date | None:
    """The first date with a year anywhere in ``text`` (a reference for dates without one)."""
    best: tuple[int, dt.date] | None = None
    for pattern in _IN_TEXT:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            if parts.get("roc"):
                parts["year"] = str(int(parts["roc"]) + ROC_YEAR_ZERO)
            if not parts.get("year"):
                continue
            month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()]
            found = _resolve(month, int(parts["day"]), int(parts["year"]), None)
            if found is not None and (best is None or match.start() < best[0]):
                best = (match.start(), found)
            break
    iso = re.search(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", text)
    if iso is not None and (best is None or iso.start() < best[0]):
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            pass
    european = re.search(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b", text)
    if european is not None and (best is None or european.start() < best[0]):
        try:  # "14.07.2021 | Will the Sahel …": day, month, year
            return dt.date(int(european.group(3)), int(european.group(2)), int(european.group(1)))
        except ValueError:
            pass
    return best[1] if best else None


_CLOCK_AT = re.compile(
    r"\s*(?<![\d:.])(?P<fh>\d{1,2})\s*heures?(?:\s*(?P<fm>\d{2})\b)?|"
    r"(?P<pre>午前|午後|上午|下午|晚上|晚间|傍晚|晚|오전|오후|저녁)?\s*(?<![\d:.])(?P<h>\d{1,2})(?:\s*[:.h時时시]\s*(?P<m>\d{2}))?"
    r"\s*(?:分|분|点|點)?\s*(?P<half>[ap]\.?\s?m\.?(?![a-z]))?(?P<unit>\s*(?:uhr|h\b|時|时|시))?"
    r"(?P<thirty>(?<=[時时시点點])\s*[半반])?",
    re.I,
)


_BARE_RANGE = re.compile(
    r"(?<![\d:.])(?P<start>\d{1,2})\s*(?:bis|to|-|–|—|à|a)\s*(?P<end>\d{1,2})(?:[:.]\d{2})?\s*"
    r"(?P<unit>uhr|h\b|[ap]\.?m\.?)",
    re.I,
)
"""A range of whole hours with one unit at its end (``17 bis 21 Uhr``, ``6 - 8 pm``)."""
_AFTERNOON = ("午後", "下午", "晚上", "晚间", "傍晚", "晚", "오후", "저녁")
"""Words for the afternoon and evening before a clock (``晚5:30`` -> 17:30)."""


def start_of(time_text: str | None) -> str | None:
    """The start of a written time as ``HH:MM`` (``6:00 – 7:30 pm EDT`` -> ``18:00``,
    ``오후 2시`` -> ``14:00``, ``18.00-19.15 (BST)`` -> ``18:00``, ``Noon`` -> ``12:00``)."""
    if not time_text:
        return None
    if re.match(r"^\s*noon\b", time_text, re.I):
        return "12:00"
    clocks = [
        m
        for m in _CLOCK_AT.finditer(time_text)
        if m.group("m") or m.group("half") or m.group("pre") or m.group("unit") or m.group("fh")
    ]
    if not clocks:
        return None
    if clocks[0].group("fh"):  # "De 19 heures à 20 heures 30"
        hour, minute = int(clocks[0].group("fh")), int(clocks[0].group("fm") or 0)
        return f"{hour:02d}:{minute:02d}" if hour <= 23 and minute <= 59 else None
    bare = _BARE_RANGE.search(time_text)
    if bare is not None and bare.start("end") == clocks[0].start("h"):
        # "17 bis 21 Uhr": the start has no unit of its own; it shares the end's
        hour = int(bare.group("start"))
        if hour <= 23:
            unit = (bare.group("unit") or "").lower()
            end = int(bare.group("end"))
            pm = unit.startswith("p") and hour < 12 and hour <= end and end != 12
            return f"{hour + 12 if pm else hour:02d}:00"
    first = clocks[0]
    hour, minute = int(first.group("h")), int(first.group("m") or 0)
    minute = 30 if first.group("thirty") and not first.group("m") else minute  # "9時半"
    half = first.group("half") or first.group("pre")
    if half is None and len(clocks) > 1 and clocks[1].group("half"):
        end_hour = int(clocks[1].group("h"))
        later = clocks[1].group("half").lower().startswith("p")
        # "6:00 - 7:30 pm": the start shares the end's half of the day unless it is later
        half = clocks[1].group("half") if hour <= end_hour or not later else "am"
    if half is not None:
        pm = half.lower().startswith("p") or half in _AFTERNOON
        if pm and hour < 12:
            hour += 12
        elif not pm and hour == 12:
            hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


_HALF = r"(?:(?:오전|오후|저녁|午前|午後|上午|下午|晚上|晚间|傍晚|晚)\s*)"
_CLOCK_WORDS = (
    rf"{_HALF}?\d{{1,2}}\s*(?:[:：]\s*\d{{2}}|[시時时点](?:\s*\d{{1,2}}\s*[분分])?|[ap]\.?\s?m\.?)"
    rf"(?:\s*[-~～–]\s*{_HALF}?\d{{1,2}}(?:\s*[:：]\s*\d{{2}}|[시時时点](?:\s*\d{{1,2}}\s*[분分])?)?)?"
)
_CLOCK_IN = re.compile(rf"(?<![\d:])(?:{_CLOCK_WORDS})(?![\d])", re.I)
_CJK_DAY_THEN_CLOCK = re.compile(
    r"(?:\d{1,2}\s*[月월]\s*)?\d{1,2}\s*[日일](?:\s*[(（][^)）]{1,4}[)）])?\s*[,、，]?\s*"
    rf"(?P<clock>{_CLOCK_WORDS})"
)


def clock_in(text: str) -> str | None:
    """The first time of day written in ``text`` (``14:00-15:30``, ``오후 2시``, ``午後2時``)."""
    found = _CLOCK_IN.search(text)
    return found.group(0).strip() if found is not None else None


CLOCKISH = re.compile(r"\d(?:[:.h]\d\d|\s*[ap]\.?\s?m\b)", re.I)
"""Text with a time of day in it (a cheap test before reading one)."""
_CLOCK_AFTER = re.compile(
    r"^\s*(?:,?\s*(?:at|from|starting at|beginning at|um|ab|von|à|a las|de|dès)\s+|,\s*(?=\d))"
    r"(?P<time>\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s?m\.?|uhr|h\b)?"
    r"(?:\s*(?:-|–|to|until|bis|à|a)\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s?m\.?|uhr|h\b)?)?"
    r"(?:\s*\(?(?-i:[A-Z]{2,4})\)?(?!\w))?)",
    re.I,
)


def clock_after(text: str, date_text: str) -> str | None:
    """The time written right after a date in prose (``on October 20, 2015 at 6:00 p.m.``)."""
    at = text.find(date_text)
    if at == -1:
        return None
    found = _CLOCK_AFTER.match(text[at + len(date_text) : at + len(date_text) + 60])
    if found is None or not re.search(
        r"[:.h]\d{2}|[ap]\.?\s?m|uhr|\dh\b", found.group("time"), re.I
    ):
        before = _CLOCK_BEFORE.search(text[max(0, at - 40) : at])
        return before.group("time").strip() if before is not None else None
    return found.group("time").strip()


_ONE_CLOCK = (
    r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s?m\.?(?![a-z])|uhr\b|h\b)"
    r"|\d{1,2}[:.h]\d{2}(?!\d)(?:\s*(?:[ap]\.?\s?m\.?(?![a-z])|uhr\b))?"
)
_MARKED_CLOCK = re.compile(
    r"\b(?:at|from|starting at|beginning at|started on|um|ab|von|à partir de|à|a partir de las|"
    r"a las|de|dès)\s+"
    rf"(?P<time>(?:{_ONE_CLOCK})(?:\s*(?:-|–|to|until|bis|à|a)\s*(?:{_ONE_CLOCK}|\d{{1,2}}(?!\d)))?)",
    re.I,
)
_HELD_AT_CLOCK = re.compile(
    r"\b(?:(?:will be|is|was) held|(?:will )?take?s? place|(?:will )?(?:begin|start)s?|runs)\s+"
    rf"(?:(?:from|at)\s+)(?P<time>(?:{_ONE_CLOCK})(?:\s*(?:-|–|to|until)\s*(?:{_ONE_CLOCK}|\d{{1,2}}(?!\d)))?)",
    re.I,
)


def held_at_clock(text: str) -> str | None:
    """The time a sentence says the event is held at (``will be held from 3:30 to 5 p.m.``)."""
    found = _HELD_AT_CLOCK.search(text[:2000])
    return found.group("time").strip() if found is not None else None


_SENTENCE_BREAK = re.compile(
    r"(?<![ap]\.m)(?<![ap]\. m)(?<!\b[ap])(?<!\b[A-Z])(?<!\b(?:Dr|Mr|Ms|St|Jr|No))[.!?。]\s+"
)


def clock_in_sentence(text: str, date_text: str) -> str | None:
    """The time written with a marker ("at", "from", "um", "à") in the sentence that gives
    the event's day (``on Wednesday, April 24, from 4:30-6:30 p.m. in the Library``,
    ``ist am 2. Juni 2022 … zu Gast und referiert um 17.00 Uhr``)."""
    at = text.find(date_text)
    if at == -1:
        return None
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    stop = _SENTENCE_BREAK.search(text, at + len(date_text))
    sentence = text[start : stop.start() if stop is not None else len(text)][:400]
    found = _MARKED_CLOCK.search(sentence)
    return found.group("time").strip() if found is not None else None


_CLOCK_BEFORE = re.compile(
    r"\b(?:at|from)\s+(?P<time>\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?\s*)?"
    r"(?:(?:-|–|to|until)\s*\d{1,2}(?:[:.]\d{2})?\s*)?[ap]\.?\s?m\.?),?\s+(?:on\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$",
    re.I,
)
"""``at 5 p.m. on March 9``, ``from 3 to 4:30 p.m. Saturday, April 18``: the hour written
right before the day."""


def cjk_clock_after_day(text: str) -> str | None:
    """The time written right after a day in Chinese, Japanese or Korean prose
    (``27일(수) 오후 1시30분부터``, ``6月9日(土)14:00``)."""
    found = _CJK_DAY_THEN_CLOCK.search(text[:1000])
    return found.group("clock").strip() if found is not None else None


_YEAR_MENTION = re.compile(
    r"(?<![\d/.-])(?<!Forum )(?<!Agenda )(?<!Vision )(?<!Expo )(?<!Horizon )"
    r"((?:19[5-9]|20[0-4])\d)(?![\d/.-])"
)
"""A year the page mentions (not a name's number: ``Forum 2000``, ``Agenda 2030``)."""


def year_of_page(text: str) -> dt.date | None:
    """1 January of the latest year a page mentions, for a date printed without its year on
    a page that gives no full date ("the election year 2024"): pages about an event speak
    of the past to lead up to it."""
    years = [
        int(found.group(1))
        for found in _YEAR_MENTION.finditer(text)
        if not _SINCE.search(text[max(0, found.start() - 24) : found.start()])
    ]
    if not years or max(years) < _EARLIEST_PAGE_YEAR:
        return None  # "the Taiwan Relations Act of 1979": history, not the page's year
    return dt.date(max(years), 1, 1)


_EARLIEST_PAGE_YEAR = 1995
"""Event pages on the web are of this year or later; a page whose latest year is earlier
speaks only of history, and gives no year to a day printed without one."""


_SINCE = re.compile(
    r"(?:founded|established|created|born|since|joined \w+(?: \w+)? in|fundad[oa] en|"
    r"cread[oa] en|desde|nació en|fondée? en|créée? en|depuis|né(?:e)? en|gegründet|seit|"
    r"geboren|于|自|成立于|설립|創立|設立)\s*(?:in\s+|en\s+|im Jahr\s+)?$",
    re.I,
)
"""Words before a year of history (``fundada en 1985``, ``于1986年进入外交部``), which is not
the year of the page."""
