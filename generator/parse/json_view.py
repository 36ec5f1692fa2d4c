"""The ``briefgen parse --json`` view of an event (a public interface: see README)."""

from __future__ import annotations

from typing import Any

from generator.parse.capitals import Gazetteer
from generator.parse.dates import start_of
from generator.parse.model import Event, Lines, Paragraph, Point


def _lines(lines: Lines) -> list[int]:
    return [lines.start, lines.end]


def _sentences(p: Paragraph | Point, gz: Gazetteer) -> list[dict[str, Any]]:
    return [
        {"text": s.text, "voiced_by": gz.names(s.voiced_by), "about": gz.names(s.about)}
        for s in p.sentences
    ]


def _paragraph(p: Paragraph, gz: Gazetteer) -> dict[str, Any]:
    return {
        "text": p.text,
        "voiced_by": gz.names(p.voiced_by),
        "about": gz.names(p.about),
        "sentences": _sentences(p, gz),
        "lines": _lines(p.lines),
    }


def _point(p: Point, gz: Gazetteer) -> dict[str, Any]:
    return {
        "label": p.label,
        "text": p.text,
        "voiced_by": gz.names(p.voiced_by),
        "about": gz.names(p.about),
        "sentences": _sentences(p, gz),
        "lines": _lines(p.lines),
    }


def event_to_json(event: Event, gz: Gazetteer) -> dict[str, Any]:
    """A JSON-ready dict; capital ids are shown by their display names."""
    sections = [
        {
            "title": s.title,
            "intro": [p.text for p in s.intro],
            "intro_details": [_paragraph(p, gz) for p in s.intro],
            "points": [_point(p, gz) for p in s.points],
            "lines": _lines(s.lines),
        }
        for s in event.sections
    ]
    attributions = []
    for s in event.sections:
        for intro in s.intro:
            attributions.append(
                {
                    "section": s.title,
                    "label": None,
                    "voiced_by": gz.names(intro.voiced_by),
                    "about": gz.names(intro.about),
                    "intro": True,
                }
            )
        for point in s.points:
            attributions.append(
                {
                    "section": s.title,
                    "label": point.label,
                    "voiced_by": gz.names(point.voiced_by),
                    "about": gz.names(point.about),
                    "intro": False,
                }
            )
    return {
        "source": event.source,
        "title": event.title,
        "subtitle": event.subtitle,
        "date": event.date,
        "date_text": event.date_text,
        "time": event.time,
        "start_time": start_of(event.time),
        "language": event.language,
        "event_type": event.event_type,
        "tense": event.tense,
        "location": event.location,
        "image": event.image,
        "host": (
            {
                "name": event.host.name,
                "organization": event.host.organization,
                "lines": _lines(event.host.lines),
            }
            if event.host
            else None
        ),
        "moderators": [m.name for m in event.moderators],
        "summary": [p.text for p in event.summary],
        "summary_details": [_paragraph(p, gz) for p in event.summary],
        "sections": sections,
        "attributions": attributions,
        "discussants": [d.name for d in event.discussants],
        "speakers": [
            {
                "name": s.name,
                "role": s.role,
                "bio": s.bio,
                "truncated": s.truncated,
                "lines": _lines(s.lines),
            }
            for s in event.speakers
        ],
        "agenda": [
            {"name": s.name, "role": s.role, "lines": _lines(s.lines)} for s in event.agenda
        ],
        "disclaimer": event.disclaimer.text if event.disclaimer else None,
        "disclaimer_present": event.disclaimer is not None,
        "furniture": [
            {"kind": f.kind, "text": f.text, "lines": _lines(f.lines)} for f in event.furniture
        ],
        "unclassified": [{"text": u.text, "lines": _lines(u.lines)} for u in event.unclassified],
        "provenance": {k: _lines(v) for k, v in sorted(event.header_lines.items())},
    }
