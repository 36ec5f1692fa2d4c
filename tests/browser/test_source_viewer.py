"""The source viewer in a real browser: a Source link lands on its line, in view and
highlighted; the text is read as UTF-8; nothing scrolls sideways on a phone."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import SEED_THEMES

THEME = SEED_THEMES + "01-reactions-to-north-korean-aggression/"
VIEWER = "sources/seed/"

IN_VIEW = """e => {
  const box = e.getBoundingClientRect();
  const header = document.querySelector('.md-header').getBoundingClientRect().bottom;
  return box.top >= header && box.top < innerHeight;
}"""


@pytest.mark.parametrize("instant", [True, False], ids=["instant", "plain"])
def test_a_source_link_lands_on_its_line(
    page: Any, base_url: str, base_url_no_instant: str, instant: bool
) -> None:
    page.goto((base_url if instant else base_url_no_instant) + THEME)
    link = page.locator("article .bg-meta a[href*='sources/']").nth(1)
    line = link.inner_text().split(":")[1].split("–")[0]
    assert int(line) > 1
    link.click()
    page.wait_for_url(f"**/{VIEWER}#L{line}")
    page.wait_for_timeout(300)
    target = page.locator(f"[id='L{line}']")
    assert target.evaluate(IN_VIEW)
    assert target.evaluate("e => e.matches(':target')")
    shown = target.evaluate("e => getComputedStyle(e).boxShadow")
    assert shown != "none"  # the line is marked


def test_the_text_is_read_as_utf8(page: Any, base_url: str) -> None:
    page.goto(base_url + VIEWER)
    assert page.evaluate("document.characterSet") == "UTF-8"
    line = page.locator("article ol.bg-lines > li", has_text="Korea’s").first
    assert "North Korea’s" in line.inner_text()
    assert "â€" not in page.locator("article").inner_text()


def test_long_lines_wrap_on_a_phone(browser: Any, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    tab = context.new_page()
    tab.goto(base_url + VIEWER + "#L14")
    assert tab.evaluate("document.documentElement.scrollWidth <= innerWidth")
    assert tab.locator("[id='L14']").evaluate("e => e.getBoundingClientRect().height > 100")
    context.close()
