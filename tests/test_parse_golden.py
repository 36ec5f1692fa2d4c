"""Golden tests: every source fixture paired with its expected structure.

Each ``*.txt`` under ``tests/fixtures/samples`` must have a ``*.expected.json`` beside it;
a missing expected file fails loudly rather than being skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.parse.capitals import Gazetteer
from tests.conftest import FIXTURES, load_json, parse_file
from tests.expectations import field_checks, label_key, ws

SAMPLES = sorted((FIXTURES / "samples").glob("*.txt"))


def test_samples_are_present() -> None:
    assert len(SAMPLES) >= 10


@pytest.mark.parametrize("source", SAMPLES, ids=lambda p: p.stem[:1])
def test_sample_matches_expected(source: Path, gazetteer: Gazetteer) -> None:
    expected_path = source.with_suffix(".expected.json")
    assert expected_path.exists(), f"missing expected file {expected_path.name}"
    got = parse_file(source, gazetteer)
    failed = [
        name for name, ok in field_checks(got, load_json(expected_path), intros=False) if not ok
    ]
    assert failed == []


def test_sample_set_scores_at_least_90_percent(gazetteer: Gazetteer) -> None:
    total = passed = 0
    for source in SAMPLES:
        checks = field_checks(
            parse_file(source, gazetteer), load_json(source.with_suffix(".expected.json")), False
        )
        total += len(checks)
        passed += sum(ok for _, ok in checks)
    assert total > 400
    assert passed / total >= 0.9


@pytest.fixture(scope="module")
def pair(gazetteer: Gazetteer) -> tuple[dict, dict]:  # type: ignore[type-arg]
    got = parse_file(FIXTURES / "seed.txt", gazetteer)
    return got, load_json(FIXTURES / "seed.expected.json")


class TestSeed:
    """The seed's expected file is authoritative (section intros carry attributions too)."""

    def test_header(self, pair: tuple[dict, dict]) -> None:  # type: ignore[type-arg]
        got, want = pair
        for key in ("title", "date", "location", "image", "host"):
            value = got[key]
            if key == "host":
                value = {"name": value["name"], "organization": value["organization"]}
            assert value == want[key], key

    def test_people(self, pair: tuple[dict, dict]) -> None:  # type: ignore[type-arg]
        got, want = pair
        assert got["discussants"] == want["discussants"]
        assert len(got["discussants"]) == 10
        speakers = [
            {k: s[k] for k in ("name", "role", "bio", "truncated")} for s in got["speakers"]
        ]
        assert speakers == want["speakers"]
        assert speakers[-1] == {
            "name": "Antoine Bondaz",
            "role": None,
            "bio": None,
            "truncated": True,
        }

    def test_sections_and_points(self, pair: tuple[dict, dict]) -> None:  # type: ignore[type-arg]
        got, want = pair
        assert [s["title"] for s in got["sections"]] == [s["title"] for s in want["sections"]]
        got_points = [
            (label_key(p["label"]), ws(p["text"])) for s in got["sections"] for p in s["points"]
        ]
        want_points = [
            (label_key(p["label"]), ws(p["text"])) for s in want["sections"] for p in s["points"]
        ]
        assert len(got_points) == 9
        assert got_points == want_points
        assert [s["intro"] for s in got["sections"]] == [s["intro"] for s in want["sections"]]
        assert got["summary"] == want["summary"]

    def test_attributions(self, pair: tuple[dict, dict]) -> None:  # type: ignore[type-arg]
        got, want = pair
        got_attr = got["attributions"]
        assert [(a["section"], a["label"]) for a in got_attr] == [
            (a["section"], a["label"]) for a in want["attributions"]
        ]
        for g, w in zip(got_attr, want["attributions"], strict=True):
            assert set(g["voiced_by"]) == set(w["voiced_by"]), w["label"]
            assert set(g["about"]) == set(w["about"]), w["label"]

    def test_disclaimer(self, pair: tuple[dict, dict]) -> None:  # type: ignore[type-arg]
        got, _ = pair
        assert got["disclaimer"].startswith("Carnegie does not take institutional positions")
        assert got["unclassified"] == []
