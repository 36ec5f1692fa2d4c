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

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+"
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# A day, or a range of days ("22-23"): the event starts on the first.
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<year>\d{4})"
_BULLET = r"(?:[•·\-–]\s*)?"

_PATTERNS = [
    re.compile(rf"^{_BULLET}(?:{_WEEKDAY})?{_MONTH}\s+{_DAY},?\s*{_YEAR}(?P<rest>.*)$", re.I),
    re.compile(rf"^{_BULLET}(?:{_WEEKDAY})?{_DAY}\s+{_MONTH},?\s+{_YEAR}(?P<rest>.*)$", re.I),
    re.compile(r"^(?:[•·\-–]\s*)?(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?P<rest>.*)$"),
    re.compile(
        r"^(?P<year>\d{4})\s*年\s*(?P<mnum>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日(?P<rest>.*)$"
    ),
]

_NO_YEAR = re.compile(
    rf"^{_BULLET}(?:{_WEEKDAY})?{_MONTH}\s+{_DAY}(?P<rest>(?:\s*(?:,|from|at|\||•|@)\s*|\s+)"
    r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?).*)$",
    re.I,
)
_PLACE_REST = re.compile(
    r"^\s*[,•|]?\s*(?P<place>[A-Z][\w.’'\-]*(?:,?\s+[A-Z][\w.’'\-]*){0,5})\s*$"
)
_TIME_REST = re.compile(
    r"^[\s•|,@\-–—(]*(?:(?:at|from)\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?|(?i:noon)|\(?[A-Z]{2,4}\)?)(?!\w)"
)
_REST_SEPARATORS = " \t•|,@-–—"


@dataclass(frozen=True)
class DateLine:
    """A recognised date line."""

    iso: str | None
    """ISO date; None when the line gives no year (``Wednesday, January 10 from 2:30 pm``)."""
    time: str | None
    place: str | None = None
    """A place written on the date line (``March 26, 2008 Washington, D.C.``)."""


def parse_date_line(line: str) -> DateLine | None:
    """Return the date (and time, if given) when ``line`` is a date line, else None."""
    text = " ".join(line.split())
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()]
        try:
            day = dt.date(int(parts["year"]), month, int(parts["day"]))
        except ValueError:
            continue
        rest = parts["rest"]
        if rest.strip() and not _TIME_REST.match(rest):
            place = _PLACE_REST.match(rest)
            if place is None or rest[:1].isalnum():
                continue
            return DateLine(day.isoformat(), None, place.group("place"))
        time = re.sub(r"^(?:at|from)\s+", "", rest.strip(_REST_SEPARATORS)) or None
        return DateLine(day.isoformat(), time)
    match = _NO_YEAR.match(text)
    if match is not None and 1 <= int(match.group("day")) <= 31:
        rest = re.sub(r"^\s*(?:from|at)\s+", "", match.group("rest").strip(_REST_SEPARATORS))
        return DateLine(None, rest.strip(_REST_SEPARATORS) or None)
    return None


_TIME_SLOT = re.compile(
    r"^\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:to|-|–|—)\s*\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?"
    r"(?:\s*\(?[A-Z]{2,4}\)?)?$",
    re.I,
)


def is_time_slot(line: str) -> bool:
    """True for a schedule line such as ``4:00 to 4:15 p.m.``."""
    return bool(_TIME_SLOT.match(line.strip()))
