"""The source viewer: every line of a seed, numbered and anchored, at ``sources/NAME/``.

Built from fixtures through ``briefgen ingest`` and ``mkdocs build --strict``; the lines
of a hostile seed come out as the literal characters, every Source link lands on an
anchor that exists, and the viewer goes through the same life as every generated page.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from generator.parse.body import parse
from generator.parse.capitals import Gazetteer
from generator.parse.source import MAX_BYTES, MAX_LINES, read_source
from generator.site.markdown import html_text
from generator.store.project import MAX_PAGE_BYTES
from tests.sitecheck import Site, executable_parts
from tests.support import SEED, briefgen, built_project, make_project, warnings

HOSTILE_LINES = [
    "<script>alert(1)</script>",
    "{{ x }} and {% raw %} and {# note #}",
    "[x](javascript:alert(1)) and <a href='javascript:alert(2)'>y</a>",
    '--8<-- "abbreviations.md"',
    "--8<--",
    "*emphasis* _under_ **strong** `code` ~~gone~~ ==mark== ^up^",
    "{: #L1 .evil onclick=alert(1) }",
    "&amp; &lt;b&gt; &#60;script&#62; R&D",
    "| a | b |",
    "# Not a heading #",
    "1953. Not a list",
    "    not code",
    "*[DPRK]: not an abbreviation",
    "<!-- not a comment -->",
    "</li></ol><p>out of the list</p><ol><li>",
    "Korea’s “curly” quotes and 한국어",
]
BIDI_LINE = "Safe \u202etxt.exe\u202c file"
FORBIDDEN = ("script", "iframe", "object", "embed", "img", "abbr", "a", "p", "em", "strong")


def hostile_seed(where: Path) -> Path:
    seed = where / "hostile.txt"
    seed.write_text(
        SEED.read_text(encoding="utf-8").rstrip("\n")
        + "\n\n"
        + "\n".join([*HOSTILE_LINES, BIDI_LINE])
        + "\n",
        encoding="utf-8",
    )
    return seed


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    where = tmp_path_factory.mktemp("viewer")
    return built_project(where / "p", [SEED, hostile_seed(where)])


@pytest.fixture(scope="module")
def site(built: tuple[Path, Path, str]) -> Site:
    return Site(built[1])


def viewer_items(site: Site, name: str) -> list[Tag]:
    lines = site.soups[f"sources/{name}/index.html"].select_one("article ol.bg-lines")
    assert lines is not None
    return lines.find_all("li", recursive=False)


def test_the_build_is_strict_and_clean(built: tuple[Path, Path, str]) -> None:
    assert warnings(built[2]) == []
    assert (built[1] / "sources" / "seed" / "index.html").is_file()
    assert (built[1] / "sources" / "seed.txt").read_bytes() == SEED.read_bytes()


def test_every_line_is_shown_with_its_anchor_in_order(site: Site) -> None:
    lines = read_source(SEED).split("\n")
    items = viewer_items(site, "seed")
    assert [li["id"] for li in items] == [f"L{n}" for n in range(1, len(lines) + 1)]
    assert [li.get_text() for li in items] == lines


def test_hostile_lines_show_as_literal_text(built: tuple[Path, Path, str], site: Site) -> None:
    items = viewer_items(site, "hostile")
    shown = [li.get_text() for li in items]
    for line in HOSTILE_LINES:
        assert line in shown, line
    assert "Safe \ufffdtxt.exe\ufffd file" in shown  # a direction override, made visible
    ol = site.soups["sources/hostile/index.html"].select_one("article ol.bg-lines")
    assert ol is not None
    assert executable_parts(ol, FORBIDDEN) == []
    assert {t.name for t in ol.find_all(True)} <= {"li", "span"}
    assert len(items) == len(read_source(built[0] / "seeds" / "hostile.txt").split("\n"))


def test_html_text_escapes_every_markup_character() -> None:
    assert html_text("<b>{{ x }}</b> [a](b) *c* _d_ `e` | ~ ^ = # \\ &") == (
        "&lt;b&gt;&#123;&#123; x &#125;&#125;&lt;/b&gt; &#91;a&#93;(b) &#42;c&#42; &#95;d&#95; "
        "&#96;e&#96; &#124; &#126; &#94; &#61; &#35; &#92; &amp;"
    )


def test_page_furniture_is_dimmed_and_named(site: Site, gazetteer: Gazetteer) -> None:
    lines = read_source(SEED).split("\n")
    event = parse("\n".join(lines), SEED.name, gazetteer)
    items = viewer_items(site, "seed")
    assert event.furniture
    for item in event.furniture:
        li = items[item.lines.start - 1]
        if item.text.strip() == lines[item.lines.start - 1].strip():
            assert "bg-f" in (li.get("class") or []), item
            assert str(li["title"]).startswith("Page furniture: "), item
        else:
            marked = [s for s in li.select("span.bg-f") if s.get_text() == item.text]
            assert marked and str(marked[0]["title"]).startswith("Page furniture: "), item
    plain = [li for n, li in enumerate(items, start=1) if n == 12]
    assert "bg-f" not in (plain[0].get("class") or []) and not plain[0].select(".bg-f")


def test_every_source_link_lands_on_the_first_line_of_its_passage(site: Site) -> None:
    checked = 0
    for page, soup in site.soups.items():
        if page.startswith("sources/"):
            continue
        for link in soup.select("article a[href]"):
            href = str(link["href"])
            if "sources/" not in href:
                continue
            target, fragment = site.resolve(page, href)
            assert target is not None and re.fullmatch(r"sources/[^/]+/index\.html", target), href
            in_meta = link.parent is not None and "bg-meta" in (link.parent.get("class") or [])
            if page.startswith("themes/") or in_meta:
                match = re.fullmatch(r"(\S+):(\d+)(?:–\d+)?", link.get_text())
                assert match is not None and fragment == f"L{match[2]}", (page, href)
                assert fragment in site.ids(target)
                checked += 1
    assert checked >= 20


def test_the_event_links_to_its_viewer_and_the_viewer_back(site: Site) -> None:
    events = [
        p
        for p in site.soups
        if p.startswith("events/2") and site.soups[p].find("a", string="seed.txt")
    ]
    assert len(events) == 1
    facts = site.soups[events[0]].select_one(".bg-facts--event")
    assert facts is not None
    link = facts.find("a", string="seed.txt")
    assert isinstance(link, Tag)
    assert site.resolve(events[0], str(link["href"]))[0] == "sources/seed/index.html"
    viewer = site.soups["sources/seed/index.html"]
    box = viewer.select_one(".bg-facts--source")
    assert box is not None
    targets = {site.resolve("sources/seed/index.html", str(a["href"]))[0] for a in box("a")}
    assert targets == {events[0], "sources/seed.txt"}
    charset = viewer.find("meta", charset=True)
    assert isinstance(charset, Tag) and str(charset["charset"]).lower() == "utf-8"


def test_viewers_are_out_of_the_nav_and_the_search_index(built: tuple[Path, Path, str]) -> None:
    site = built[1]
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert not [a for a in home.select("nav a[href]") if "sources/" in str(a["href"])]
    # the search index (Pagefind) takes pages marked as a search body; viewers are not
    for viewer in (site / "sources").glob("*/index.html"):
        assert "data-pagefind-body" not in viewer.read_text(encoding="utf-8"), viewer
    event = next((site / "events").glob("*/index.html")).read_text(encoding="utf-8")
    assert "data-pagefind-body" in event


def test_viewer_is_deterministic(tmp_path: Path) -> None:
    pages = []
    for name in ("a", "b"):
        root = make_project(tmp_path / name, [SEED])
        assert briefgen(root, "ingest").returncode == 0
        pages.append((root / "content" / "sources" / "seed.md").read_bytes())
    assert pages[0] == pages[1]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "p", [SEED])
    assert briefgen(root, "ingest").returncode == 0
    return root


def test_a_changed_seed_makes_the_viewer_stale_and_ingest_rewrites_it(project: Path) -> None:
    seed = project / "seeds" / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    check = briefgen(project, "check")
    assert "content/sources/seed.md:1: out of sync with seeds/: run 'briefgen ingest'" in (
        check.stdout.splitlines()
    )
    ingest = briefgen(project, "ingest")
    assert "updated   content/sources/seed.md" in ingest.stdout.splitlines()
    assert "One more line." in (project / "content" / "sources" / "seed.md").read_text("utf-8")
    again = briefgen(project, "ingest")
    assert "content/sources/seed.md" not in again.stdout


def test_a_removed_seed_leaves_its_viewer_as_an_orphan(project: Path) -> None:
    (project / "seeds" / SEED.name).unlink()
    ingest = briefgen(project, "ingest")
    assert "orphan    content/sources/seed.md" in "\n".join(ingest.stdout.splitlines())
    check = briefgen(project, "check")
    assert (
        f"content/sources/seed.md:1: orphan: generated from seeds/{SEED.name}, which no longer "
        "produces it; delete the file or restore the seed"
    ) in check.stdout.splitlines()


def test_a_renamed_seed_keeps_its_viewer(project: Path) -> None:
    shutil.move(project / "seeds" / SEED.name, project / "seeds" / "2013-renamed.txt")
    ingest = briefgen(project, "ingest")
    assert ingest.returncode == 0, ingest.stderr
    assert not (project / "content" / "sources" / "2013-renamed.md").exists()
    viewer = (project / "content" / "sources" / "seed.md").read_text(encoding="utf-8")
    assert '- "seeds/2013-renamed.txt"' in viewer
    assert briefgen(project, "check").returncode == 0


def test_a_seed_at_its_limits_gives_a_bounded_viewer(tmp_path: Path) -> None:
    """20,000 lines and a megabyte, every line the same (so every one is furniture, the
    heaviest case): the page stays well under the largest page briefgen reads."""
    head = "Hostile Roundtable\n\nMon. April 22nd, 2013\n\n"
    count = MAX_LINES - head.count("\n") - 1
    width = (MAX_BYTES - len(head)) // count - 1
    lines = [("<&{}" * 10).ljust(width, "x") if n < 1000 else "w" * width for n in range(count)]
    seed = tmp_path / "big.txt"
    seed.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    assert MAX_BYTES * 0.99 < seed.stat().st_size <= MAX_BYTES
    root = make_project(tmp_path / "p", [seed])
    assert briefgen(root, "ingest").returncode == 0
    page = root / "content" / "sources" / "big.md"
    assert page.stat().st_size < MAX_PAGE_BYTES * 0.7
    assert page.read_text(encoding="utf-8").count("<li id=") == MAX_LINES
