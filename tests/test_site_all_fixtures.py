"""Every fixture at once (samples, variants, the seed) builds a strict site with sound
links, and every count on every page equals the count computed from the parsed events."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from generator.parse.body import parse
from generator.parse.capitals import Gazetteer
from generator.parse.model import Paragraph, Point
from generator.parse.source import read_source
from tests.conftest import ARCHIVE_SEEDS
from tests.sitecheck import Site
from tests.support import briefgen

SEEDS = ARCHIVE_SEEDS  # the seeds of the shared archive site (tests.conftest)
assert len(SEEDS) >= 30, "the archive test wants 30 events or more"


@pytest.fixture(scope="module")
def built(archive: Path) -> tuple[Path, Site]:
    return archive, Site(archive / "site")


def published_seeds(gazetteer: Gazetteer) -> list[Path]:
    """The seeds whose events are published (drafts lack a title or a date)."""
    out = []
    for seed in SEEDS:
        event = parse(read_source(seed), seed.name, gazetteer)
        if event.title is not None and event.date is not None:
            out.append(seed)
    return out


def test_all_fixtures_build_one_sound_site(built: tuple[Path, Site], gazetteer: Gazetteer) -> None:
    root, site = built
    check = briefgen(root, "check")
    assert check.returncode == 0, check.stdout
    assert site.broken_links() == []
    assert site.third_party_requests() == []
    depths = site.depths()
    pages = [p for p in site.soups if p != "404.html"]
    assert [p for p in pages if p not in depths] == []
    assert max(depths[p] for p in pages) <= 3
    events = [p for p in pages if p.startswith("events/") and p != "events/index.html"]
    assert len(events) == len(published_seeds(gazetteer))


def model_counts(gazetteer: Gazetteer) -> dict[str, Counter[str]]:
    """Per capital: points and section introductions voiced by it and about it."""
    counts: dict[str, Counter[str]] = {}
    for seed in published_seeds(gazetteer):
        event = parse(read_source(seed), seed.name, gazetteer)
        for section in event.sections:
            for kind, items in (("intro", section.intro), ("point", section.points)):
                for item in items:
                    for capital in item.voiced_by:
                        counts.setdefault(capital, Counter())[f"voiced_{kind}"] += 1
                    # about a capital: named in its label or in a sentence it did not voice
                    about = {*item.about, *(c for s in item.sentences for c in s.about)}
                    for capital in about:
                        counts.setdefault(capital, Counter())[f"about_{kind}"] += 1
    return counts


def test_every_quoted_sentence_carries_its_capital(
    built: tuple[Path, Site], gazetteer: Gazetteer
) -> None:
    """Each sentence a capital page quotes under "Voiced by" has that capital in its own
    sentence-level voiced_by; under "About", in its sentence-level about."""
    from tests.test_attribution import quoted

    said: dict[tuple[str, str], set[str]] = {}
    for seed in published_seeds(gazetteer):
        event = parse(read_source(seed), seed.name, gazetteer)
        for section in event.sections:
            items: list[Paragraph | Point] = [*section.intro, *section.points]
            for item in items:
                for one in item.sentences:
                    for short in one.voiced_by:
                        said.setdefault((short, "voiced"), set()).add(one.text)
                    for short in one.about:
                        said.setdefault((short, "about"), set()).add(one.text)
    _, site = built
    checked = 0
    for capital in gazetteer.capitals:
        page = f"capitals/{capital.id}/index.html"
        if page not in site.soups:
            continue
        for key, heading in (("voiced", f"Voiced by participants from {capital.name}"),
                             ("about", f"About {capital.name}")):  # fmt: skip
            for sentence in quoted(site.soups[page], heading):
                assert sentence in said.get((capital.id, key), set()), (capital.id, key, sentence)
                checked += 1
    assert checked > 50


def text(site: Site, page: str) -> str:
    article = site.soups[page].select_one("article")
    assert article is not None, page
    return " ".join(article.get_text(" ").split())


def test_every_count_on_every_page_equals_the_model(
    built: tuple[Path, Site], gazetteer: Gazetteer
) -> None:
    _, site = built
    expected = model_counts(gazetteer)
    index = text(site, "capitals/index.html")
    home = site.soups["index.html"]
    shown = 0
    for capital in gazetteer.capitals:
        c = expected.get(capital.id, Counter())
        voiced = c["voiced_point"] + c["voiced_intro"]
        about = c["about_point"] + c["about_intro"]
        page = f"capitals/{capital.id}/index.html"
        if not voiced and not about:
            assert page not in site.soups
            continue
        shown += 1
        facts = {
            dt.get_text(strip=True): dd.get_text(strip=True)
            for dt, dd in (
                (row.find("dt"), row.find("dd"))
                for row in site.soups[page].select(".bg-facts__row")
            )
            if dt is not None and dd is not None
        }
        assert facts["Passages voiced by its participants"] == str(voiced), capital.id
        assert facts["Passages about it"] == str(about), capital.id
        line = text(site, page)
        name = re.escape(capital.name)
        assert re.search(
            rf"{c['voiced_point']} points? and {c['voiced_intro']} section introductions? "
            rf"voiced by participants from {name} · {about} passages? about {name}",
            line,
        ), (capital.id, line[:300])
        assert f"{capital.name} : {voiced} voiced, {about} about" in index, capital.id
        assert home.find("a", string=capital.name) is not None
    assert shown >= 5


def page_text(site: Site) -> str:
    """The reader-visible text of every article, inline elements joined without spaces."""
    from bs4 import BeautifulSoup

    everything = []
    for soup in site.soups.values():
        article = soup.select_one("article")
        if article is None:
            continue
        article = BeautifulSoup(str(article), "html.parser")
        for tag in article.find_all(["abbr", "a", "strong", "em", "code", "small", "span"]):
            tag.unwrap()
        article.smooth()
        everything.append(" ".join(article.get_text(" ").split()))
    return " ".join(everything).replace(" ’", "’")


def test_every_passage_of_every_published_event_is_on_the_site(
    built: tuple[Path, Site], gazetteer: Gazetteer
) -> None:
    _, site = built
    everything = page_text(site)
    missing: list[tuple[str, str]] = []
    for seed in published_seeds(gazetteer):
        event = parse(read_source(seed), seed.name, gazetteer)
        texts = [p.text for p in event.summary] + [u.text for u in event.unclassified]
        texts += [i.text for s in event.sections for i in s.intro]
        texts += [i.text for s in event.sections for i in s.points]
        texts += [event.disclaimer.text] if event.disclaimer else []
        texts += [s.bio for s in event.speakers if s.bio]
        missing += [(seed.name, t[:60]) for t in texts if " ".join(t.split()) not in everything]
    assert missing == []


def test_every_event_and_person_page_has_valid_json_ld(built: tuple[Path, Site]) -> None:
    import json

    _, site = built
    checked = 0
    for name, soup in site.soups.items():
        kind = name.split("/", 1)[0]
        if kind not in ("events", "people") or name.count("/") != 2:
            continue
        scripts = soup.find_all("script", type="application/ld+json")
        assert len(scripts) == 1, name
        data = json.loads(str(scripts[0].string))
        assert data["@context"] == "https://schema.org", name
        assert data["@type"] == ("Event" if kind == "events" else "Person"), name
        assert data["url"].startswith("https://") and data["name"], name
        checked += 1
    assert checked > 100
