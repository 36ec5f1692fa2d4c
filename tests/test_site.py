"""The built site of the seed fixture, read back as a reader's browser would get it (built
with mkdocs --strict in a temporary project, so nothing here depends on seeds/ or content/)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from generator.parse.body import parse
from generator.parse.capitals import Gazetteer
from generator.parse.source import read_source
from generator.site.render import long_date
from tests.sitecheck import Site
from tests.support import SEED, built_project, event_url, mkdocs_build, warnings


@pytest.fixture(scope="session")
def project_output(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    return built_project(tmp_path_factory.mktemp("site") / "proj", [SEED])


@pytest.fixture(scope="session")
def build_output(project_output: tuple[Path, Path, str]) -> tuple[Path, str]:
    return project_output[1], project_output[2]


@pytest.fixture(scope="session")
def event(project_output: tuple[Path, Path, str]) -> str:
    """The seed's event page in the built site."""
    return event_url(project_output[0], SEED.name) + "index.html"


@pytest.fixture(scope="session")
def site(build_output: tuple[Path, str]) -> Site:
    return Site(build_output[0])


def text_of(soup: BeautifulSoup) -> str:
    """The reader-visible text, inline elements joined without extra spaces."""
    soup = BeautifulSoup(str(soup), "html.parser")
    for tag in soup.find_all(["abbr", "a", "strong", "em", "code", "small", "span"]):
        tag.unwrap()
    soup.smooth()
    return " ".join(soup.get_text(" ").split())


def test_strict_build_has_no_warnings(build_output: tuple[Path, str]) -> None:
    _, log = build_output
    assert warnings(log) == []


def test_every_sentence_of_the_seed_is_on_the_site(site: Site, gazetteer: Gazetteer) -> None:
    # the published source text shows every line as written: the pages must hold it too
    everything = " ".join(text_of(s) for p, s in site.soups.items() if not p.startswith("sources/"))
    everything = everything.replace(" ’", "’")
    source = read_source(SEED)
    source = re.sub(r"IMGXYZ\d+IMGZYX", " ", source)
    event = parse(source, SEED.name, gazetteer)
    assert event.date is not None and event.date_text is not None
    assert long_date(event.date) in everything  # the date line is shown formatted
    source = source.replace(event.date_text, " ")
    sentences = [
        s.strip().lstrip("•").strip()
        for s in re.split(r"(?<=[.!?”])\s+|\n", source)
        if len(s.split()) >= 3
    ]
    assert len(sentences) > 60
    listed = [s for s in sentences if s.startswith("Discussants:")]
    assert len(listed) == 1  # the people list is shown a card per person
    names = [" ".join(n.split()) for n in listed[0].removeprefix("Discussants:").split(",")]
    assert len(names) == 10 and all(name in everything for name in names)
    missing = [s for s in sentences if s not in listed and " ".join(s.split()) not in everything]
    assert missing == []


def test_capital_page_anchors_exist(site: Site) -> None:
    checked = 0
    for page in [p for p in site.soups if p.startswith("capitals/") and p != "capitals/index.html"]:
        for link in site.soups[page].select("article a[href*='#p-']"):
            target, fragment = site.resolve(page, str(link["href"]))
            assert target is not None and fragment in site.ids(target), link["href"]
            checked += 1
    assert checked >= 20


def test_no_page_is_more_than_three_clicks_from_home(site: Site) -> None:
    depths = site.depths()
    pages = [p for p in site.soups if p != "404.html"]
    unreachable = [p for p in pages if p not in depths]
    assert unreachable == []
    assert max(depths[p] for p in pages) <= 3


def capital_sections(site: Site, name: str) -> dict[str, dict[str, list[str]]]:
    """For a capital page: {"Voiced...": {theme: [point names]}, "About...": {...}}."""
    article = site.soups[f"capitals/{name}/index.html"].select_one("article")
    assert article is not None
    out: dict[str, dict[str, list[str]]] = {}
    section = theme = ""
    for tag in article.find_all(["h2", "li"]):
        if tag.name == "h2":
            section = tag.get_text(" ", strip=True).rstrip("¶").strip()
            out[section] = {}
        elif tag.find("li"):  # a theme: its passages are the items under it
            theme = _link_text(tag)
            out[section][theme] = []
        elif section and theme and tag.find_parent("li"):
            out[section][theme].append(_link_text(tag))
    return out


def test_beijing_page(site: Site) -> None:
    voiced = capital_sections(site, "beijing")["Voiced by participants from Beijing"]
    assert list(voiced) == [
        "Reactions to North Korean Aggression",
        "China’s North Korean Policy",
        "Opportunities for Future Collaboration",
    ]
    items = [i for theme in voiced.values() for i in theme]
    assert items.count("Introduction") == 1
    assert len(items) - 1 == 7


def test_washington_page(site: Site) -> None:
    sections = capital_sections(site, "washington")
    voiced = sections["Voiced by participants from Washington"]
    assert voiced == {
        "Reactions to North Korean Aggression": [
            "Introduction",
            "Diplomatic Frustrations",
            "Japan Feels Threatened",
        ]
    }
    about = [i for theme in sections["About Washington"].values() for i in theme]
    assert about == [
        "Peace and Stability",
        "Potential Change to China’s Policy",
        "Clarifying U.S. Intentions",
        "Clarifying Official Statements",
        "Contingency Planning",
    ]


def test_matrix_has_a_row_per_topic_and_a_column_per_capital(site: Site) -> None:
    table = site.soups["matrix/index.html"].select_one("article table")
    assert table is not None
    header = [th.get_text(strip=True) for th in table.select("thead th")]
    assert header == ["Topic", "Beijing", "Pyongyang", "Seoul", "Tokyo", "Washington"]
    rows = [_link_text(tr.select_one("td")) for tr in table.select("tbody tr")]
    topics = sorted(
        p.removeprefix("topics/").removesuffix("/index.html")
        for p in site.soups
        if p.startswith("topics/") and p != "topics/index.html"
    )
    assert len(rows) == len(topics) >= 3
    assert "Denuclearisation" in rows and rows == sorted(rows)


def _link_text(tag: Any) -> str:
    link = tag.find("a")
    assert link is not None, tag
    return str(link.get_text(strip=True))


def json_ld(site: Site, page: str) -> dict[str, Any]:
    scripts = site.soups[page].find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    data: dict[str, Any] = json.loads(str(scripts[0].string))
    return data


def test_event_json_ld(site: Site, event: str) -> None:
    data = json_ld(site, event)
    assert data["@type"] == "Event"
    assert data["name"] == "Changing Perceptions in Key Capitals on the North Korea Issue"
    assert data["startDate"] == "2013-04-22"
    assert data["location"]["name"] == "Beijing"
    performers = [p["name"] for p in data["performer"]]
    assert {"Paul Haenle", "Zhao Kejin", "John Delury"} <= set(performers)
    assert data["organizer"]["name"] == "Paul Haenle"


def test_person_json_ld(site: Site) -> None:
    data = json_ld(site, "people/zhao-kejin/index.html")
    assert data["@type"] == "Person"
    assert data["name"] == "Zhao Kejin"
    assert data["jobTitle"] == "Resident Scholar, Carnegie-Tsinghua Center for Global Policy"


def test_every_page_has_link_preview_tags(site: Site) -> None:
    for page, soup in site.soups.items():
        if page == "404.html":
            continue
        for prop in ("og:title", "og:description", "og:url", "og:type"):
            assert soup.find("meta", property=prop), f"{page}: {prop}"
        assert soup.find("meta", attrs={"name": "twitter:card"}), page


def test_no_broken_internal_links(site: Site) -> None:
    assert site.broken_links() == []


def test_no_third_party_requests(site: Site) -> None:
    assert site.third_party_requests() == []


def test_largest_page_is_under_40_kb(build_output: tuple[Path, str]) -> None:
    sizes = {p: p.stat().st_size for p in build_output[0].rglob("*.html")}
    largest = max(sizes, key=lambda p: sizes[p])
    assert sizes[largest] < 40_000, f"{largest}: {sizes[largest]} bytes"


def test_nav_is_bounded(site: Site, event: str) -> None:
    nav_links = site.soups[event].select("nav.md-nav--primary a.md-nav__link")
    assert len(nav_links) <= 20
    assert not any("people/paul-haenle" in str(a.get("href")) for a in nav_links)


def test_abbreviation_is_defined(site: Site, event: str) -> None:
    abbr = site.soups[event].find("abbr", string="Six-Party Talks")
    assert abbr is not None and "North Korea" in str(abbr["title"])


def test_two_builds_are_byte_identical(
    project_output: tuple[Path, Path, str], build_output: tuple[Path, str], tmp_path: Path
) -> None:
    again = tmp_path / "again"
    mkdocs_build(project_output[0], again)
    first = {
        p.relative_to(build_output[0]): p.read_bytes()
        for p in build_output[0].rglob("*")
        if p.is_file()
    }
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [str(p) for p in first if first[p] != second[p]] == []
