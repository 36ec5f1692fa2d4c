"""Search as a reader uses it: Pagefind in Material's search dialog. What the first search
costs (a bound on the test site; the numbers at 1,000 events are ``make bench-search``'s),
the keyboard, phones, the filters, and hostile page text shown as text."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import _serve
from tests.support import (
    SEARCH_SCRIPTS,
    SEED,
    SEED_EVENT,
    built_project,
    field_on_screen,
    search_in_browser,
)

FIRST_SEARCH_BUDGET = 200_000
"""Bytes (compressed, as served) that the first search may fetch on the test site: the
script that drives it, pagefind.js and its worker, the WASM, the metadata, the index
chunks of the query's words and the fragments of the results shown. About 140 KB today;
Material's whole index on every page, or Pagefind's own UI bundles, would exceed it."""
ON_LOAD_BUDGET = 5_000
"""What search may fetch before the reader uses it: the small script that waits for them."""


def _search_bytes(requests: list[Any], base_url: str) -> int:
    total = 0
    for request in requests:
        path = urlsplit(request.url).path.lstrip("/")
        if not request.url.startswith(base_url) or not path.startswith(SEARCH_SCRIPTS):
            continue
        response = request.response()
        length = response.headers.get("content-length") if response else None
        total += int(length) if length else request.sizes()["responseBodySize"]
    return total


def test_the_first_search_fetches_little_and_nothing_before_it(browser: Any, base_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    finished: list[Any] = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(base_url + SEED_EVENT)
    page.wait_for_load_state("networkidle")
    on_load = _search_bytes(finished, base_url)
    loaded = len(finished)
    hrefs = search_in_browser(page, None, "strategic patience")
    page.wait_for_load_state("networkidle")
    on_search = _search_bytes(finished[loaded:], base_url)
    urls = [r.url for r in finished]
    context.close()
    assert hrefs
    assert on_load <= ON_LOAD_BUDGET, on_load
    assert 0 < on_search <= FIRST_SEARCH_BUDGET, on_search
    assert not any("search_index.json" in u for u in urls)
    assert any("/pagefind/wasm." in u for u in urls), "the search ran in Pagefind"


def test_keyboard_opens_moves_through_and_follows_results(page: Any, base_url: str) -> None:
    page.goto(base_url + "people/")
    page.keyboard.press("/")
    field = page.locator("input.md-search__input")
    assert page.locator("#__search").is_checked()
    assert field.evaluate("el => el === document.activeElement")
    field.press_sequentially("Haenle", delay=20)
    page.wait_for_function(
        "() => document.querySelector('.md-search-result__list').dataset.query === 'Haenle'"
    )
    page.keyboard.press("ArrowDown")
    first = page.locator(".md-search-result__link").first
    assert first.evaluate("el => el === document.activeElement")
    target = urlsplit(str(first.evaluate("a => a.href"))).path
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: urlsplit(url).path == target)
    assert not page.locator("#__search").is_checked()
    page.keyboard.press("s")
    assert page.locator("#__search").is_checked()
    page.keyboard.press("Escape")
    assert not page.locator("#__search").is_checked()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_on_a_phone(browser: Any, base_url: str, scheme: str) -> None:
    context = browser.new_context(
        viewport={"width": 375, "height": 740}, color_scheme=scheme, is_mobile=True
    )
    page = context.new_page()
    page.goto(base_url)
    assert not field_on_screen(page), "on a phone the field waits behind the magnifier"
    hrefs = search_in_browser(page, None, "Kaesong")
    assert any(urlsplit(h).path == "/" + SEED_EVENT for h in hrefs)
    link = page.locator(".md-search-result__link").first
    box = link.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    link.click()
    page.wait_for_url(lambda url: urlsplit(url).path == urlsplit(hrefs[0]).path)
    context.close()


def test_filters_narrow_results_by_page_type_and_capital(page: Any, base_url: str) -> None:
    search_in_browser(page, base_url, "participant")
    page.select_option("select[data-bg-search-filter='type']", "capital")
    page.wait_for_timeout(400)
    paths = {urlsplit(h).path for h in _links(page)}
    assert paths and all(p.startswith("/capitals/") for p in paths), paths
    capital = page.locator("select[data-bg-search-filter='capital']")
    capital.focus()
    page.wait_for_function(
        "() => document.querySelectorAll(\"select[data-bg-search-filter='capital'] option\")"
        ".length > 1"
    )
    options = capital.locator("option").all_inner_texts()
    assert "Seoul" in options and "Beijing" in options
    page.select_option("select[data-bg-search-filter='capital']", "Seoul")
    page.wait_for_timeout(400)
    assert {urlsplit(h).path for h in _links(page)} == {"/capitals/seoul/"}


def _links(page: Any) -> list[str]:
    page.wait_for_function(
        "() => document.querySelector('.md-search-result__list').dataset.query !== undefined"
    )
    links: list[str] = page.locator(".md-search-result__item > a").evaluate_all(
        "links => links.map(a => a.href)"
    )
    return links


PAYLOAD = '<img src=x onerror="window.hit=1"><script>window.hit=2</script>'


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    where = tmp_path_factory.mktemp("hostile-search")
    seed = where / SEED.name
    seed.write_text(
        SEED.read_text(encoding="utf-8").replace("Kaesong", f"Kaesong {PAYLOAD}", 1),
        encoding="utf-8",
    )
    _, site, _ = built_project(where / "project", [seed])
    return _serve(str(site))


def test_hostile_page_text_shows_as_text_in_results(browser: Any, hostile_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    hrefs = search_in_browser(page, hostile_url, "onerror")
    assert hrefs
    tags = page.locator(".md-search-result__list *").evaluate_all(
        "nodes => [...new Set(nodes.map(n => n.tagName.toLowerCase()))]"
    )
    assert set(tags) <= {"li", "a", "article", "div", "h1", "h2", "p", "mark"}, tags
    assert page.evaluate("window.hit") is None and dialogs == []
    assert "onerror" in page.locator(".md-search-result__list").inner_text()
    context.close()


def test_search_index_is_served_from_the_site(site_dir: Path) -> None:
    bundle = site_dir / "pagefind"
    assert (bundle / "pagefind.js").is_file() and (bundle / "pagefind-entry.json").is_file()
    assert not (bundle / "pagefind-ui.js").exists(), "Pagefind's unused UI is not published"
    assert not (site_dir / "search" / "search_index.json").exists()
