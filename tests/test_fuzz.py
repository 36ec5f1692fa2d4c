"""Fuzzing with a fixed budget: generated seeds and generated front matter never cause a
traceback, stay fast, and never put anything executable into the rendered HTML.

``BRIEFGEN_FUZZ_EXAMPLES`` sets the examples per test (default 5,000: 10,000 in all).
Seeds go through the whole in-memory pipeline (decode, parse, pages, links, zones) and
their pages are rendered to HTML with the site's Markdown extensions; front matter goes
through the strict loader, the schema check and the link step.
"""

from __future__ import annotations

import functools
import os
import re
import time
from typing import Any

import markdown
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.parse.body import parse
from generator.parse.capitals import Gazetteer
from generator.parse.source import decode
from generator.problems import Problem
from generator.site.limits import check_limits
from generator.site.links import link
from generator.site.page_types import COMMON, PAGE_TYPES
from generator.site.pages import EventSource, build_pages
from generator.site.validate import validate_pages
from generator.store.pagefile import Page, dumps, fill_zones, loads
from tests.sitecheck import executable_parts

EXAMPLES = int(os.environ.get("BRIEFGEN_FUZZ_EXAMPLES", "5000"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
EXTENSIONS = ["abbr", "attr_list", "md_in_html", "tables", "toc"]
_MARKDOWN = markdown.Markdown(extensions=EXTENSIONS)
_JSON_LD = re.compile(r'<script type="application/ld\+json">.*?</script>', re.S)


def to_html(text: str) -> str:
    """Markdown to HTML with the site's extensions (one converter, reset per use), the
    JSON-LD data blocks left out."""
    html = _MARKDOWN.reset().convert(text)
    return _JSON_LD.sub("", html)


PAYLOADS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "[x](javascript:alert(3))",
    "<a href='javascript:alert(4)'>a</a>", "{: onclick=\"alert(5)\" }", "\"><svg onload=alert(6)>",
    "{{ 7*7 }}", "{% raw %}", "*[HTML]: injected", "--8<-- \"mkdocs.yml\"", "!!! danger \"x\"",
    "&lt;script&gt;", "`<b>`", "<!--", "]]>", "\\", "| a | b |", "# h", "1953. Year",
]  # fmt: skip
ATOM = st.one_of(
    st.sampled_from(PAYLOADS),
    st.text(min_size=1, max_size=12),
    st.sampled_from(["Beijing", "U.S.", "Chinese", "Seoul", "participant", "scholar", "said"]),
)
LINE = st.one_of(
    st.lists(ATOM, min_size=1, max_size=8).map(" ".join),
    st.lists(ATOM, min_size=1, max_size=6).map(lambda a: "  • Label: " + " ".join(a)),
    st.lists(ATOM, min_size=1, max_size=4).map(lambda a: "Discussants: " + ", ".join(a)),
    st.sampled_from(["", "Mon. April 22nd, 2013", "event speakers", "Speakers:", "Theme",
                     "Moderated by Ada Park", "IMGXYZ12IMGZYX", "{\"a\": [1, {\"b\": 2}]}"]),
)  # fmt: skip
SEEDS = st.lists(LINE, min_size=1, max_size=40).map("\n".join)


@functools.lru_cache(maxsize=8192)
def assert_markdown_inert(text: str) -> None:
    """Render Markdown as the site does and check the HTML (cached: most generated pages
    repeat from one example to the next)."""
    assert_inert(to_html(text))


def assert_inert(html: str) -> None:
    forbidden = ("script", "img", "svg", "iframe", "object", "embed", "style")
    assert executable_parts(BeautifulSoup(html, "html.parser"), forbidden) == [], html


@FUZZ
@given(text=SEEDS)
def test_generated_seeds_never_crash_and_render_inert(text: str, gazetteer: Gazetteer) -> None:
    started = time.perf_counter()
    try:
        source = decode(text.encode("utf-8", "surrogatepass"), "seeds/fuzz.txt")
        event = parse(source, "seeds/fuzz.txt", gazetteer=gazetteer)
        check_limits(event, "seeds/fuzz.txt")
    except (Problem, UnicodeEncodeError):
        return
    try:
        pages = build_pages([EventSource(event, "seeds/fuzz.txt")], gazetteer)
    except Problem as refused:  # a person's name with no letters in it: one clear line
        assert refused.path == "seeds/fuzz.txt"
        assert refused.line is not None and "is empty once" in refused.message
        return
    result = link(pages, "https://example.org/")
    for path, page in pages.items():
        body = fill_zones(page.body, result.zones.get(path, {}))
        if page.meta["type"] in ("event", "theme", "person"):
            assert_markdown_inert(body)
    assert validate_pages(pages.values()) == []
    assert time.perf_counter() - started < 5


SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
    st.sampled_from(PAYLOADS), st.text(max_size=20),
)  # fmt: skip
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def front_matter(draw: Any) -> dict[str, Any]:
    """A page of some type: its valid keys drawn with arbitrary values and shapes."""
    kind = draw(st.sampled_from(sorted(PAGE_TYPES)))
    keys = sorted({**COMMON, **PAGE_TYPES[kind].keys})
    meta: dict[str, Any] = {"type": kind}
    for key in draw(st.lists(st.sampled_from(keys), max_size=8, unique=True)):
        meta[key] = draw(VALUES)
    return meta


SMALL_EVENT = """Small Roundtable

Mon. April 22nd, 2013

Beijing

Org's Ada Park hosted a roundtable on Seoul and Washington.

Theme One

  • Label: A Chinese scholar said Seoul matters.
  • Other: One U.S. participant said Beijing listens.

Discussants: Ada Park, Li Wei
"""
SEED_PAGES: dict[str, Page] = {}


def seed_pages(gazetteer: Gazetteer) -> dict[str, Page]:
    """A small event's pages (one of each type), the graph a generated page joins."""
    if not SEED_PAGES:
        event = parse(SMALL_EVENT, "seeds/small.txt", gazetteer)
        SEED_PAGES.update(build_pages([EventSource(event, "seeds/small.txt")], gazetteer))
    return SEED_PAGES


@FUZZ
@given(meta=front_matter(), target=st.integers(min_value=0))
def test_generated_front_matter_never_crashes(
    meta: dict[str, Any], target: int, gazetteer: Gazetteer
) -> None:
    pages = dict(seed_pages(gazetteer))
    path = sorted(pages)[target % len(pages)]
    try:
        page = loads(dumps(Page(path, meta, "# x\n")), path)
    except Problem:
        return
    pages[path] = page
    validate_pages([page])
    result = link(pages, "/")
    for zones in result.zones.values():
        for zone in zones.values():
            assert_markdown_inert(zone)
