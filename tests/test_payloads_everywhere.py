"""More than a hundred payloads through seed text and every front-matter key of every
page type: the built site (HTML, search index, JSON-LD) gains no element, attribute,
event handler or URL scheme from them. File names are refused before they get this far
(``test_hostile``)."""

from __future__ import annotations

import gzip
import json
import re
from itertools import product
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag

from generator.site.page_types import COMMON, PAGE_TYPES
from generator.store.yaml_io import dump_yaml
from tests.sitecheck import MATERIAL_URLS, executable_parts
from tests.support import FIXTURES, SEED, briefgen, make_project, mkdocs_build

BASE = [
    line
    for line in (FIXTURES / "hostile_payloads.txt").read_text(encoding="utf-8").splitlines()
    if line
]
TAGS = [
    "img src=x",
    "svg",
    "body",
    "input autofocus",
    "details open",
    "video",
    "audio",
    "iframe",
    "marquee",
    "select autofocus",
    "textarea autofocus",
    "keygen autofocus",
]
HANDLERS = ["onerror", "onload", "onfocus", "ontoggle", "onmouseover", "onstart"]
SCHEMES = ["javascript:", "JaVaScRiPt:", "vbscript:", "data:text/html,", " javascript:",
           "java&#x09;script:", "jav\tascript:"]  # fmt: skip
PAYLOADS = sorted(
    {
        *BASE,
        *(f"<{tag} {handler}=alert('h{n}')>" for n, (tag, handler) in
          enumerate(product(TAGS, HANDLERS))),
        *(f"[x{n}]({scheme}alert({n}))" for n, scheme in enumerate(SCHEMES)),
        *(f'<a href="{scheme}alert({n})">a{n}</a>' for n, scheme in enumerate(SCHEMES)),
        *(f"![i{n}]({scheme}alert({n}))" for n, scheme in enumerate(SCHEMES)),
    }
)  # fmt: skip
NO_ANGLE = [p.replace("<", "‹").replace(">", "›") for p in PAYLOADS]


def test_there_are_more_than_a_hundred_distinct_payloads() -> None:
    assert len(PAYLOADS) >= 100


def value_for(schema: dict[str, object], n: int) -> object:
    """A payload of the shape the schema wants, where the schema wants a free string."""
    kind = schema.get("type")
    if kind == "string" and "pattern" not in schema and "enum" not in schema:
        return PAYLOADS[n % len(PAYLOADS)]
    if kind == "string" and schema.get("pattern") == r"^[^<>]*$":
        return NO_ANGLE[n % len(NO_ANGLE)]
    if kind == "array" and isinstance(schema.get("items"), dict):
        items = schema["items"]
        assert isinstance(items, dict)
        if items.get("type") == "string" and "pattern" not in items:
            return [PAYLOADS[(n + k) % len(PAYLOADS)] for k in range(3)]
    return None


def hand_pages(root: Path) -> None:
    """A hand-written page of each type with a payload in every free-text key of its front
    matter (the Markdown body of a hand-written page is its editor's own, not data)."""
    event = next((root / "content" / "events").glob("2013-*.md")).stem
    base: dict[str, dict[str, Any]] = {
        "event": {"type": "event", "id": "event:hand", "date": "2014-01-01", "location": None,
                  "moderators": [], "speakers": ["person:hand"], "discussants": [],
                  "themes": ["theme:hand/t"], "capitals": ["capital:beijing"],
                  "source": f"sources/{SEED.name}", "host": "person:hand"},
        "theme": {"type": "theme", "id": "theme:hand/t", "event": "event:hand", "order": 1,
                  "capitals": ["capital:beijing"], "source": f"sources/{SEED.name}",
                  "points": [{"anchor": "p-1", "label": NO_ANGLE[1], "excerpt": PAYLOADS[2],
                              "voiced_by": ["beijing"], "about": [], "lines": [1, 2],
                              "kind": "point"}]},
        "person": {"type": "person", "id": "person:hand",
                   "appearances": [{"event": f"event:{event}", "roles": ["speaker"],
                                    "titles": PAYLOADS[3:6], "organization": PAYLOADS[6]}]},
        "index": {"type": "index", "id": "index:hand", "lists": "none"},
    }  # fmt: skip
    paths = {"event": "events/hand.md", "theme": "themes/hand/t.md",
             "person": "people/hand.md", "index": "events/hand-index.md"}  # fmt: skip
    for n, (name, meta) in enumerate(base.items()):
        keys = {**COMMON, **PAGE_TYPES[name].keys}
        for key, spec in keys.items():
            if key in meta or key in ("generated", "template", "hide", "search"):
                continue
            value = value_for(spec.schema, n * 7 + len(key))
            if value is not None:
                meta[key] = value
        meta.setdefault("title", NO_ANGLE[n])
        target = root / "content" / paths[name]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            f"---\n{dump_yaml(meta)}---\n\n# Hand\n\nA point.\n{{: #p-1 }}\n", encoding="utf-8"
        )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("payloads") / "p", [SEED])
    lines = ["Payload Roundtable", "", "Mon. April 22nd, 2013", "", "Summary.", "", "Theme", ""]
    lines += [f"  • Label {n}: A Chinese scholar said {p} here." for n, p in enumerate(PAYLOADS)]
    (root / "seeds" / "payloads.txt").write_text("\n\n".join(lines), encoding="utf-8")
    assert briefgen(root, "ingest").returncode == 0
    hand_pages(root)
    result = briefgen(root, "ingest")
    assert result.returncode == 0, result.stdout + result.stderr
    check = briefgen(root, "check")
    assert check.returncode == 0, check.stdout
    mkdocs_build(root, root / "site")
    return root / "site"


FORBIDDEN = ("iframe", "object", "embed", "base", "marquee", "math", "video", "audio", "img",
             "input", "textarea", "select", "keygen", "details", "form", "style")  # fmt: skip
"""(Material's own icons are <svg>: their handlers are checked like any other.)"""


def assert_inert(where: str, soup: Tag) -> None:
    assert executable_parts(soup, FORBIDDEN, MATERIAL_URLS) == [], where
    for tag in soup.find_all("script"):
        if tag.get("type") != "application/ld+json":
            assert "alert" not in (tag.string or ""), where


def test_no_page_gains_anything_executable(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert any("hand" in str(p) for p in pages)
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for element in soup.select(".md-content"):
            assert_inert(str(page), element)
        for script in soup.find_all("script", type="application/ld+json"):
            json.loads(str(script.string))  # valid JSON, and a string cannot close the tag
            assert "</" not in str(script.string), page
        assert_inert(f"{page} <head>", soup.head) if soup.head else None


def test_the_search_index_holds_only_text_the_page_shows(site: Path) -> None:
    """Pagefind stores each page's text, not its markup: a tag-like string in a fragment
    (what a search result shows) is one the reader sees as text on the page. The results
    script shows fragments as text (tests/browser/test_search.py)."""
    fragments = sorted((site / "pagefind" / "fragment").glob("*.pf_fragment"))
    assert fragments
    tag = re.compile(r"<[a-zA-Z/!?]\w*")
    for path in fragments:
        raw = gzip.decompress(path.read_bytes())
        assert raw.startswith(b"pagefind_dcd")
        doc = json.loads(raw[len(b"pagefind_dcd") :])
        page = site / doc["url"].lstrip("/") / "index.html"
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        article = soup.select_one("article[data-pagefind-body]")
        assert article is not None, page
        shown = set(tag.findall(article.get_text()))
        texts = [doc["content"], *doc["meta"].values(), *(a["text"] for a in doc["anchors"])]
        for text in texts:
            assert set(tag.findall(str(text))) <= shown, (page, text[:200])


FILE_NAMES = sorted({p.replace("/", "⁄")[:200] for p in PAYLOADS if "\x00" not in p})


@pytest.mark.parametrize("name", FILE_NAMES)
def test_payloads_as_seed_and_page_file_names_are_refused(name: str, tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [])
    seed = root / "seeds" / f"{name}.txt"
    try:
        seed.write_text("Title\n\nText.\n", encoding="utf-8")
    except OSError:
        pytest.skip("the file system refuses this name itself")
    result = briefgen(root, "ingest")
    assert result.returncode == 1
    assert result.stderr.startswith("Error: seeds/") and result.stderr.count("\n") == 1
    assert "file name may hold only letters" in result.stderr
    seed.unlink()
    (root / "content" / "events").mkdir()
    (root / "content" / "events" / f"{name}.md").write_text("---\n---\n", encoding="utf-8")
    check = briefgen(root, "check")
    assert check.returncode == 1
    assert "file name may hold only letters" in check.stdout
    assert not (root / "site").exists()
