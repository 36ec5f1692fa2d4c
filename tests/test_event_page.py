"""The event page as a reader sees it: its kind, its status (upcoming or past on the day
the site is built) and its people, each once with every role they had."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from generator.parse.event_kind import event_type, tense
from tests.support import SAMPLES, SEED, briefgen, event_url, make_project, mkdocs_build

PREVIEW = next(s for s in SAMPLES if s.name.startswith("E_"))
"""An announcement written in the future tense, dated 2021 (before the build date)."""


def test_event_type_comes_from_the_title_first() -> None:
    assert event_type("Webinar: Trade after the Pandemic", ["A roundtable of ..."]) == "Webinar"
    assert event_type("Trade after the Pandemic", ["The panel discussion took up..."]) == (
        "Panel discussion"
    )
    assert event_type("경제안보 세미나", []) == "Seminar"
    assert event_type("Trade after the Pandemic", ["Nothing names it."]) is None


def test_announcements_are_told_from_reports() -> None:
    future = ["Jane Roe will moderate a discussion.", "Speakers will consider the options."]
    past = ["One U.S. participant said no.", "A Chinese scholar noted that it was late."]
    assert tense(future, "en") == "future"
    assert tense(past, "en") == "past"
    assert tense(future[:1], "en") is None  # one sentence tells nothing
    assert tense(future, "de") is None  # English cues only


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    where = tmp_path_factory.mktemp("event-page")
    later = where / "later-event.txt"  # the seed's text, moved to a date after the build
    later.write_text(
        SEED.read_text(encoding="utf-8")
        .replace("April 22nd, 2013", "April 22nd, 2031")
        .replace("Changing Perceptions in Key Capitals", "Later Perceptions in Key Capitals"),
        encoding="utf-8",
    )
    root = make_project(where / "p", [SEED, PREVIEW, later])
    assert briefgen(root, "ingest").returncode == 0
    mkdocs_build(root, root / "site")  # SOURCE_DATE_EPOCH: 14 November 2023
    return root, root / "site"


def page(site: tuple[Path, Path], seed: str) -> BeautifulSoup:
    root, built = site
    html = (built / event_url(root, seed) / "index.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser")


def status(soup: BeautifulSoup) -> str:
    found = soup.select(".bg-status")
    assert len(found) == 1
    return " ".join(found[0].get_text().split())


def test_status_follows_the_build_date(site: tuple[Path, Path]) -> None:
    assert status(page(site, SEED.name)) == "Past event"
    assert status(page(site, "later-event.txt")) == "Upcoming event"
    assert status(page(site, PREVIEW.name)) == "Past event · written before it took place"


def facts(soup: BeautifulSoup) -> dict[str, str]:
    out = {}
    for row in soup.select(".bg-facts__row"):
        label, value = row.select_one("dt"), row.select_one("dd")
        if label is not None and value is not None:
            out[" ".join(label.get_text().split())] = " ".join(value.get_text().split())
    return out


def test_the_fact_box_names_the_kind_of_event(site: tuple[Path, Path]) -> None:
    assert facts(page(site, SEED.name))["Type"] == "Roundtable"


def people(soup: BeautifulSoup) -> dict[str, list[str]]:
    """Each card: the person's name and the lines under it."""
    out: dict[str, list[str]] = {}
    for item in soup.select(".bg-people li"):
        assert isinstance(item, Tag)
        lines = [" ".join(t.split()) for t in item.get_text("\n").split("\n") if t.strip()]
        assert lines[0] not in out, f"{lines[0]} listed twice"
        out[lines[0]] = lines[1:]
    return out


def test_each_person_is_listed_once_with_every_role(site: tuple[Path, Path]) -> None:
    cards = people(page(site, SEED.name))
    assert cards["Paul Haenle"] == [
        "Host · Speaker",
        "Maurice R. Greenberg Director’s Chair, Carnegie China",
        "Carnegie-Tsinghua",
    ]
    assert cards["Zhao Kejin"] == [
        "Speaker",
        "Resident Scholar, Carnegie-Tsinghua Center for Global Policy",
    ]
    assert cards["John Delury"] == ["Discussant"]
    assert len(cards) == 13
    preview = people(page(site, PREVIEW.name))
    assert preview["Priya Raman"][0].startswith("Moderator")
