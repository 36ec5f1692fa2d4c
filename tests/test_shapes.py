"""Each page shape that publishers use, read through ``briefgen parse --json``.

The fixtures in ``tests/fixtures/shapes`` are invented pages, one per shape seen on real
event pages (the shape is named in each label's ``notes``). Every labelled field must be
read exactly: title, date, start time, place and the people who took part, and nobody
else. ``make fidelity`` prints the same comparison as precision and recall.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.fidelity import SHAPES, labelled_pages, run, score_page
from tests.support import briefgen

PAGES = labelled_pages([SHAPES])


def test_there_is_a_fixture_for_every_language_of_the_region() -> None:
    languages = {json.loads(p.with_suffix(".json").read_text())["language"] for p in PAGES}
    assert {"en", "zh", "ja", "ko", "de", "es"} <= languages
    assert len(PAGES) >= 20


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_shape_is_read_exactly(page: Path) -> None:
    result = score_page(page)
    assert result.crashed is None
    assert result.misses == [], result.misses
    kept, total = result.sentences
    assert kept == total


@pytest.mark.parametrize("page", PAGES[:6], ids=[p.stem for p in PAGES[:6]])
def test_cli_json_carries_the_fields(page: Path) -> None:
    """The command an editor runs prints what the scorer compared."""
    label = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    out = briefgen(None, "parse", "--json", str(page))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["date"] == label["date"]
    assert data["start_time"] == label["time"]


def test_fidelity_report_names_every_field_and_language() -> None:
    lines, results = run([SHAPES], verbose=True, split=None)
    text = "\n".join(lines)
    for field in ("title", "date", "time", "place", "people", "language"):
        assert f"  {field} " in text
    assert "language ko:" in text and "language en:" in text
    assert all(r.crashed is None for r in results)


def test_a_wrong_answer_is_scored_as_one(tmp_path: Path) -> None:
    """The scorer is not a rubber stamp: a mislabelled page shows as a miss."""
    source = next(p for p in PAGES if p.stem == "en_key_value_people")
    (tmp_path / "page.txt").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    label = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
    label["date"] = "1999-01-01"
    label["people"] = [*label["people"], "Nobody Atall"]
    (tmp_path / "page.json").write_text(json.dumps(label), encoding="utf-8")
    result = score_page(tmp_path / "page.txt")
    assert any(m.startswith("date:") for m in result.misses)
    assert any("nobody atall" in m for m in result.misses)


def test_labelled_points_are_not_fields(tmp_path: Path) -> None:
    """A point labelled like a field ("• Topic: ...") stays a point of the discussion, and
    the heading over the points is not a place."""
    page = tmp_path / "points.txt"
    page.write_text(
        "Alliances Today\n\nMay 5, 2020\n\nThemes\n\n"
        "• Topic: A Chinese participant said trade matters.\n"
        "• Venue: One U.S. participant said the venue of talks matters.\n",
        encoding="utf-8",
    )
    out = briefgen(None, "parse", "--json", str(page))
    data = json.loads(out.stdout)
    assert (data["title"], data["location"]) == ("Alliances Today", None)
    points = [(p["label"], p["text"]) for s in data["sections"] for p in s["points"]]
    assert points[0] == ("Topic", "A Chinese participant said trade matters.")
    assert len(points) == 2
