"""Nothing in a source is dropped: every word of the input is somewhere in the model,
in a typed field, in furniture or in ``unclassified``; and the parser never crashes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.parse.body import parse
from generator.parse.capitals import Gazetteer
from generator.parse.model import Event
from generator.parse.source import decode, read_source
from generator.problems import Problem
from tests.conftest import FIXTURES
from tests.textloss import lost_words

ALL_SOURCES = sorted(FIXTURES.glob("**/*.txt"))
SEED_TEXT = read_source(FIXTURES / "seed.txt")


@pytest.mark.parametrize("source", ALL_SOURCES, ids=lambda p: p.name[:24])
def test_every_word_of_every_fixture_is_kept(source: Path, gazetteer: Gazetteer) -> None:
    text = read_source(source)
    assert lost_words(text, parse(text, source.name, gazetteer)) == {}


def test_the_measure_can_fail(gazetteer: Gazetteer) -> None:
    event = parse(SEED_TEXT, "seed", gazetteer)
    assert lost_words(SEED_TEXT + "\nzyzzyva quokka.", event) == {"zyzzyva": 1, "quokka": 1}


# --- generated documents -------------------------------------------------------------

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-'’", min_size=1, max_size=10)
SENTENCE = st.lists(WORD, min_size=1, max_size=14).map(lambda ws: " ".join(ws) + ".")
NAME = st.sampled_from(["Ada Park", "Li Wei", "Jon Ruiz-Ortega", "王明(Wang Ming)", "Dr. Ola Berg"])
LINE = st.one_of(
    SENTENCE,
    st.lists(WORD, min_size=1, max_size=5).map(" ".join),  # heading-like
    SENTENCE.map(lambda s: "  • " + s),
    st.tuples(WORD, SENTENCE).map(lambda t: f"  • {t[0].title()}: {t[1]}"),
    SENTENCE.map(lambda s: "- " + s),
    st.lists(NAME, min_size=1, max_size=4).map(lambda ns: "Discussants: " + ", ".join(ns)),
    NAME,
    st.sampled_from(
        [
            "event speakers",
            "Event Spea",
            "IMGXYZ1234IMGZYX",
            "Mon. April 22nd, 2013",
            "Beijing",
            "Speakers:",
            "Moderator: Ada Park, Fellow, Some Institute",
            "Agenda",
            "Participants",
            "{",
            "}",
            '{"a": 1}Title',
            "Invalid video URL",
            "Related Publications",
            " ",
            "\u00a0",
            "A Chinese scholar said that Seoul and the U.S. disagree.",
            "SPEAKER: words here",
            "Carnegie does not take institutional positions on public policy issues.",
        ]
    ),
)
DOCUMENT = st.lists(st.one_of(LINE, st.just("")), min_size=1, max_size=40).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT)
# two image markers joined onto one bullet: both are kept
@example("  • A.\nIMGXYZ1234IMGZYX\nIMGXYZ1234IMGZYX\n")
def test_generated_documents_keep_every_word(document: str) -> None:
    try:
        text = decode(document.encode(), "gen.txt")
    except Problem:
        return
    event = parse(text, "gen.txt")
    assert isinstance(event, Event)
    assert lost_words(text, event) == {}


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_an_event_or_the_documented_error(data: bytes) -> None:
    try:
        text = decode(data, "fuzz.txt")
    except Problem as exc:
        assert str(exc).startswith("fuzz.txt")
        assert "\n" not in str(exc)
        return
    assert isinstance(parse(text, "fuzz.txt"), Event)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        clean = decode(text.encode("utf-8", "surrogatepass"), "t.txt")
    except (Problem, UnicodeEncodeError):
        return
    event = parse(clean, "t.txt")
    assert lost_words(clean, event) == {}


@settings(max_examples=200, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(min_value=0, max_value=len(SEED_TEXT)))
def test_mutated_seed_never_crashes_and_keeps_its_words(rng: random.Random, cut: int) -> None:
    lines = SEED_TEXT.split("\n")
    for _ in range(rng.randint(1, 6)):
        operation = rng.choice(["delete", "swap", "duplicate", "truncate-line"])
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        if operation == "delete" and len(lines) > 1:
            del lines[i]
        elif operation == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif operation == "duplicate":
            lines.insert(j, lines[i])
        else:
            lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
    text = "\n".join(lines)[: max(cut, 1)]
    try:
        clean = decode(text.encode(), "seed.txt")
    except Problem:
        return
    assert lost_words(clean, parse(clean, "seed.txt")) == {}
