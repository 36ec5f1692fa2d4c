"""Portable pages: Zensical (Material's successor, which runs no MkDocs plugins or hooks)
builds the same repository layout, and readers and crawlers still get every fact box,
valid JSON-LD, link-preview tags and inert titles."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.support import SAMPLES, SEED, briefgen, make_project

ZENSICAL = Path(sys.executable).parent / "zensical"

HOSTILE_PAGE = """---
type: "index"
id: "index:hostile"
title: "</title><script>alert(1)</script>"
lists: "none"
---

# Hostile
"""


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not ZENSICAL.exists():
        pytest.fail(f"{ZENSICAL} is missing: install the dev dependencies (make install)")
    root = make_project(tmp_path_factory.mktemp("zensical") / "p", [SEED, *SAMPLES[:4]])
    assert briefgen(root, "ingest").returncode == 0
    result = subprocess.run(
        [str(ZENSICAL), "build"], cwd=root, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def pages_of(site: Path, folder: str) -> list[Path]:
    return sorted(p for p in (site / folder).glob("*/index.html"))


@pytest.mark.parametrize(("folder", "kind"), [("events", "Event"), ("people", "Person")])
def test_every_event_and_person_page_has_its_fact_box_and_json_ld(
    zensical_site: Path, folder: str, kind: str
) -> None:
    pages = pages_of(zensical_site, folder)
    assert len(pages) >= (5 if folder == "events" else 20)
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert soup.select(".bg-facts .bg-facts__row"), page
        scripts = soup.find_all("script", type="application/ld+json")
        assert len(scripts) == 1, page
        data = json.loads(str(scripts[0].string))
        assert data["@context"] == "https://schema.org" and data["@type"] == kind, page
        assert data["name"] and data["url"].startswith("https://"), page
        og = soup.find("meta", property="og:type")
        assert og is not None and og["content"] == ("article" if kind == "Event" else "profile")


def test_hostile_seed_titles_are_inert_without_the_plugin(tmp_path: Path) -> None:
    """Zensical prints titles raw in its partials; briefgen never writes '<' or '>' into
    a front-matter title, so a hostile seed yields nothing executable there either."""
    seed = tmp_path / "hostile.txt"
    seed.write_text(
        SEED.read_text(encoding="utf-8").replace(
            "Changing Perceptions", "</title><script>alert(1)</script> Changing Perceptions", 1
        ),
        encoding="utf-8",
    )
    root = make_project(tmp_path / "p", [seed])
    assert briefgen(root, "ingest").returncode == 0
    subprocess.run([str(ZENSICAL), "build"], cwd=root, capture_output=True, check=True)
    for page in (root / "site").rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        executable = [
            s
            for s in soup.find_all("script")
            if "alert(1)" in (s.string or "") and s.get("type") != "application/ld+json"
        ]
        assert executable == [], page
    event = next((root / "site" / "events").glob("*/index.html"))
    soup = BeautifulSoup(event.read_text(encoding="utf-8"), "html.parser")
    h1 = soup.select_one("article h1")
    assert h1 is not None and h1.get_text().startswith("</title><script>alert(1)</script>")


def test_check_refuses_a_hand_written_title_a_renderer_could_execute(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [])
    (root / "content" / "hostile.md").write_text(HOSTILE_PAGE, encoding="utf-8")
    check = briefgen(root, "check")
    assert check.returncode == 1
    assert (
        "content/hostile.md:4: 'title' must not contain '<' or '>' (write ‹ and › instead)"
        in check.stdout.splitlines()
    )


def test_source_viewer_stands_without_the_plugin(zensical_site: Path) -> None:
    """The viewer is complete Markdown: Zensical builds it with an anchor per line, and a
    theme page's Source link lands on one of them."""
    viewer = zensical_site / "sources" / "seed" / "index.html"
    soup = BeautifulSoup(viewer.read_text(encoding="utf-8"), "html.parser")
    items = soup.select("article ol.bg-lines > li")
    assert [li["id"] for li in items] == [f"L{n}" for n in range(1, len(items) + 1)]
    assert len(items) == len(SEED.read_text(encoding="utf-8").split("\n"))
    theme = next(zensical_site.glob("themes/2013-*/01-*/index.html"))
    links = BeautifulSoup(theme.read_text(encoding="utf-8"), "html.parser").select(
        ".bg-meta a[href*='sources/']"
    )
    assert links
    for link in links:
        path, _, fragment = str(link["href"]).partition("#")
        assert path.endswith("sources/seed/") and f'id="{fragment}"' in str(soup)


def test_search_after_a_zensical_build_is_one_command(zensical_site: Path) -> None:
    """Zensical runs no plugins, so its build has no Pagefind index; `briefgen
    search-index` adds it, from the same theme markup (what is indexed, and filters)."""
    root = zensical_site.parent
    assert not (zensical_site / "pagefind").exists()
    result = briefgen(root, "search-index")
    assert result.returncode == 0, result.stdout + result.stderr
    fragments = list((zensical_site / "pagefind" / "fragment").glob("*.pf_fragment"))
    assert len(fragments) == sum(
        1
        for page in zensical_site.rglob("index.html")
        if "data-pagefind-body" in page.read_text(encoding="utf-8")
    )
    event = next((zensical_site / "events").glob("*/index.html")).read_text(encoding="utf-8")
    assert 'data-pagefind-filter="type:event"' in event
    assert 'data-pagefind-filter="capital:' in event
