"""axe-core finds no violations on one page of each type, in the light and dark palettes."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import SEED_EVENT, SEED_THEMES

PAGES = {
    "home": "",
    "event": SEED_EVENT,
    "theme": SEED_THEMES + "02-chinas-north-korean-policy/",
    "person": "people/paul-haenle/",
    "capital": "capitals/beijing/",
    "index": "people/",
    "matrix": "matrix/",
    "source": "sources/seed/#L14",
    "topic": "topics/denuclearisation/",
    "browse": "browse/",
    "listing": "browse/year/2013/",
    "topics": "topics/",
}


def axe_violations(page: Any) -> list[str]:
    """axe-core's violations on the page as it stands, each with up to three targets."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_axe_violations(browser: Any, base_url: str, name: str, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base_url + PAGES[name])
    expected = "slate" if scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    violations = axe_violations(page)
    context.close()
    assert violations == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_with_search_results_open(
    browser: Any, base_url: str, scheme: str
) -> None:
    from tests.support import search_in_browser

    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    assert search_in_browser(page, base_url, "Seoul")
    violations = axe_violations(page)
    context.close()
    assert violations == []
