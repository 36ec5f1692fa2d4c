"""Reader polish in a real browser: the matrix at phone and desktop widths, and the
editors' guide reached from the footer rather than the navigation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import _serve
from tests.support import SAMPLES, SEED, built_project

BROKEN_WORDS = """() => {
  const broken = [];
  for (const cell of document.querySelectorAll('article .bg-matrix th, article .bg-matrix td')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/[^\\s\\-–\\/]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
}"""


@pytest.fixture(scope="module")
def wide_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A site of every sample: a matrix of nine columns, wider than any screen's text."""
    where: Path = tmp_path_factory.mktemp("matrix") / "project"
    return _serve(str(built_project(where, [SEED, *SAMPLES])[1]))


def test_matrix_breaks_no_word_on_a_desktop(page: Any, wide_url: str) -> None:
    page.goto(wide_url + "matrix/")
    assert page.locator("article .bg-matrix td").count() > 10
    assert page.evaluate(BROKEN_WORDS) == []
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")


def test_matrix_scrolls_in_its_own_region_on_a_phone(browser: Any, wide_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    tab = context.new_page()
    tab.goto(wide_url + "matrix/")
    assert tab.evaluate("document.documentElement.scrollWidth <= innerWidth")
    assert tab.evaluate(BROKEN_WORDS) == []
    region = tab.locator("article .bg-matrix")
    assert region.get_attribute("role") == "region"
    assert region.get_attribute("aria-label")
    assert region.get_attribute("tabindex") == "0"
    region.focus()
    assert tab.evaluate("document.activeElement.classList.contains('bg-matrix')")
    before = region.evaluate("e => e.scrollLeft")
    tab.keyboard.press("ArrowRight")
    tab.wait_for_timeout(200)
    assert region.evaluate("e => e.scrollLeft") > before
    context.close()


def test_editors_guide_is_in_the_footer_not_the_navigation(page: Any, base_url: str) -> None:
    page.goto(base_url)
    nav = page.locator(".md-tabs, .md-nav--primary").all_inner_texts()
    assert not any("Editor" in text for text in nav)
    link = page.locator("footer nav[aria-label] a", has_text="Editor guide")
    assert link.is_visible()
    link.click()
    page.wait_for_url("**/editors/")
    assert page.locator("article h1").inner_text().startswith("Editor guide")
