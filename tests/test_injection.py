"""Hostile source text goes through ingest and `mkdocs build` and comes out as text only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.sitecheck import MATERIAL_URLS, executable_parts
from tests.support import FIXTURES, briefgen, make_project

PAYLOADS = [
    line
    for line in (FIXTURES / "hostile_payloads.txt").read_text(encoding="utf-8").splitlines()
    if line
]
SAMPLE_I = next((FIXTURES / "samples").glob("I_*.txt"))
SAMPLE_I_STRINGS = [
    "<script>alert(1)</script>", "[a link](javascript:alert(1))", "*neutral*", "*WM*",
    "{{ jinja }}", "{% raw %}", "C:\\temp\\new_rules\\final.txt", "\\d{4}-\\d{2}", "R&amp;D",
    "Tech Controls & Trust", "# not a heading", "| Sector | 2023 | 2024 | Change |",
]  # fmt: skip
FORBIDDEN = ("iframe", "object", "embed", "base", "marquee", "math", "video", "img")


def hostile_seed() -> str:
    """An event page whose every field carries payloads."""
    lines = [f"{PAYLOADS[0]} Title", "", "Mon. April 22nd, 2013", PAYLOADS[1], ""]
    lines += [f"Org's Jane Roe hosted a roundtable. {PAYLOADS[2]}", "", "Hostile Theme", ""]
    for n, payload in enumerate(PAYLOADS, start=1):
        lines += [f"  • Label {n}: A Chinese scholar said {payload} here.", ""]
    lines += ["Discussants: Jane Roe, " + PAYLOADS[4].replace(",", ""), ""]
    lines += ["event speakers", "", "Jane Roe", "", f"Fellow, {PAYLOADS[0]}", ""]
    lines += [f"Jane Roe writes. {PAYLOADS[5]} {PAYLOADS[22]}.", ""]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("hostile"), [SAMPLE_I])
    (root / "seeds" / "zz-hostile.txt").write_text(hostile_seed(), encoding="utf-8")
    result = briefgen(root, "ingest")
    assert result.returncode == 0, result.stderr
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"],
        cwd=root, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr
    return root / "site"


def pages(site: Path) -> list[tuple[Path, BeautifulSoup]]:
    return [
        (p, BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser"))
        for p in sorted(site.rglob("*.html"))
    ]


def test_no_payload_becomes_an_element_attribute_or_url(built: Path) -> None:
    for path, soup in pages(built):
        assert executable_parts(soup, FORBIDDEN, MATERIAL_URLS) == [], path
        for tag in soup.find_all(True):
            if tag.name == "script":
                assert (
                    "alert" not in (tag.string or "") or tag.get("type") == "application/ld+json"
                ), path
            if tag.name == "meta":
                assert tag.get("http-equiv") is None, path
            if tag.name == "link":
                assert "evil.example" not in str(tag.get("href")), path
            if tag.name == "style":
                assert "display:none" not in (tag.string or ""), path
        for details in soup.select(".admonition"):
            raise AssertionError(f"{path}: source text became an admonition: {details}")
        for abbr in soup.find_all("abbr"):
            assert "injected" not in str(abbr.get("title")), path


def test_payloads_show_as_literal_text(built: Path) -> None:
    event = next((built / "events").glob("2013-04-22-*/index.html"))
    text = BeautifulSoup(event.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    text = " ".join(text.split())
    for payload in PAYLOADS:
        assert " ".join(payload.split()) in text, payload


def test_sample_i_strings_show_literally(built: Path) -> None:
    text = " ".join(
        " ".join(soup.get_text(" ").split())
        for path, soup in pages(built)
        if "2013-04-22" not in str(path)
    )
    for literal in SAMPLE_I_STRINGS:
        assert literal in text, literal


def test_titles_are_inert_in_head_and_literal_in_the_page(built: Path) -> None:
    event = next((built / "events").glob("2013-04-22-*/index.html"))
    soup = BeautifulSoup(event.read_text(encoding="utf-8"), "html.parser")
    assert soup.title is not None
    # front matter titles hold no angle brackets (any renderer prints them safely) ...
    assert soup.title.get_text().startswith("‹script›alert('t1')‹/script› Title")
    # ... while the page itself shows the title exactly as the source wrote it
    h1 = soup.select_one("article h1")
    assert h1 is not None and h1.get_text().startswith("<script>alert('t1')</script> Title")
    assert [
        s
        for s in soup.find_all("script")
        if "alert('t1')" in (s.string or "") and s.get("type") != "application/ld+json"
    ] == []
