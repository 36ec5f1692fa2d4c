"""How much one event may make the site do, checked before any page is planned.

A source text is already bounded in size, lines and markup (``generator.parse.source``);
these limits bound the pages and links one event produces. Real events have a few
sections of a dozen points and a few dozen people; the limits are ten times that and
more, and past them the seed is refused with one line naming it.
"""

from __future__ import annotations

from generator.parse.model import Event
from generator.problems import Problem

MAX_SECTIONS = 60
MAX_POINTS_PER_SECTION = 300
MAX_PASSAGES = 600
"""Points and section introductions of one event, together."""
MAX_PEOPLE = 300
"""Hosts, moderators, speakers and discussants of one event, together."""


def check_limits(event: Event, seed: str) -> None:
    """Raise a ``Problem`` naming the seed (and line) when the event is past a limit."""
    if len(event.sections) > MAX_SECTIONS:
        raise Problem(
            seed, event.sections[MAX_SECTIONS].lines.start,
            f"too many sections ({len(event.sections):,}; the limit is {MAX_SECTIONS:,})",
        )  # fmt: skip
    for section in event.sections:
        count = len(section.points) + len(section.intro)
        if count > MAX_POINTS_PER_SECTION:
            raise Problem(
                seed, section.lines.start,
                f"too many points in one section ({count:,}; the limit is "
                f"{MAX_POINTS_PER_SECTION:,})",
            )  # fmt: skip
    passages = sum(len(s.points) + len(s.intro) for s in event.sections)
    if passages > MAX_PASSAGES:
        raise Problem(seed, None, f"too many points ({passages:,}; the limit is {MAX_PASSAGES:,})")
    people = len(event.speakers) + len(event.discussants) + len(event.moderators)
    people += 1 if event.host is not None else 0
    if people > MAX_PEOPLE:
        raise Problem(seed, None, f"too many people ({people:,}; the limit is {MAX_PEOPLE:,})")
