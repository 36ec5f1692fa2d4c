"""Metamorphic tests: the same page laid out differently parses to the same structure.

Real pages of this family differ in layout more than in content: line endings, a byte-order
mark, indentation, what separates paragraphs, the bullet glyph. None of that may change
what the parser extracts.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.parse.body import parse
from generator.parse.capitals import Gazetteer
from generator.parse.json_view import event_to_json
from generator.parse.source import decode, read_source
from tests.conftest import FIXTURES

SOURCES = [FIXTURES / "seed.txt", *sorted((FIXTURES / "samples").glob("[ADHIJ]_*.txt"))]


def structure(text: str, gazetteer: Gazetteer) -> dict[str, Any]:
    data = event_to_json(
        parse(decode(text.encode("utf-8"), "x.txt"), "x.txt", gazetteer), gazetteer
    )
    return {
        "title": data["title"],
        "date": data["date"],
        "location": data["location"],
        "host": data["host"] and data["host"]["name"],
        "sections": [
            (s["title"], [(p["label"], p["text"], p["voiced_by"], p["about"]) for p in s["points"]])
            for s in data["sections"]
        ],
        "discussants": data["discussants"],
        "speakers": [(s["name"], s["role"], s["bio"], s["truncated"]) for s in data["speakers"]],
    }


def relayout(text: str, choices: dict[str, Any]) -> str:
    lines = text.replace("\r\n", "\n").removeprefix("\ufeff").split("\n")
    out = []
    for line in lines:
        if not line.strip():
            out.extend([choices["blank"]] * choices["blanks"])
            continue
        body = line.strip()
        if choices["dash"] and body.startswith("• "):
            body = "- " + body[2:]
        out.append(choices["indent"] + body + choices["trail"])
    result = "\n".join(out)
    result = re.sub(r"\n{3,}", "\n\n", result) if choices["blanks"] == 1 else result
    if choices["crlf"]:
        result = result.replace("\n", "\r\n")
    return ("\ufeff" if choices["bom"] else "") + result


CHOICES = st.fixed_dictionaries(
    {
        "blank": st.sampled_from(["", " ", "    \u00a0 ", "\u3000", "\t"]),
        "blanks": st.integers(min_value=0, max_value=3),
        "indent": st.sampled_from(["", " ", "  ", "\u00a0"]),
        "trail": st.sampled_from(["", " ", "\u00a0"]),
        "dash": st.booleans(),
        "crlf": st.booleans(),
        "bom": st.booleans(),
    }
)


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem[:12])
@settings(max_examples=25, deadline=None)
@given(choices=CHOICES)
def test_layout_does_not_change_the_structure(
    source: Path, choices: dict[str, Any], gazetteer: Gazetteer
) -> None:
    original = read_source(source)
    assert structure(relayout(original, choices), gazetteer) == structure(original, gazetteer)
