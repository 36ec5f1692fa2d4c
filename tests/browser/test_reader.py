"""What a reader sees in a real browser: search, navigation, small screens, print, no JS."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from tests.browser.conftest import site_pages
from tests.support import SEARCH_QUERIES, SEED_THEMES, search_in_browser
from tests.support import SEED_EVENT as EVENT

THEMES = SEED_THEMES


@pytest.mark.parametrize(("query", "expected"), SEARCH_QUERIES)
def test_search_finds_and_lands(page: Any, base_url: str, query: str, expected: str) -> None:
    """The reader's path: type in the header's search field, see the page among the first
    three pages found, click it, land on it (at the section, for a section's result)."""
    hrefs = search_in_browser(page, base_url, query)
    pages = list(dict.fromkeys(urlsplit(h).path for h in hrefs))[:3]
    top = [n for n, h in enumerate(hrefs) if urlsplit(h).path.startswith("/" + expected)]
    assert top and urlsplit(hrefs[top[0]]).path in pages, f"{query}: {pages}"
    target = hrefs[top[0]]
    page.locator(".md-search-result__item > a").nth(top[0]).click()
    page.wait_for_url(lambda url: urlsplit(url).path == urlsplit(target).path)
    fragment = urlsplit(target).fragment
    if fragment:
        assert page.locator(f"[id='{fragment}']").count() == 1
    heading = page.locator("article h1").first.inner_text()
    assert heading
    assert not page.locator("#__search").is_checked(), "the search dialog stays open"


def test_every_page_reachable_through_visible_links(
    page: Any, base_url: str, site_dir: Path
) -> None:
    wanted = {
        p for p in site_pages(site_dir) if p.split("/")[0] in ("capitals", "themes", "people")
    }
    seen: set[str] = set()
    queue = [""]
    while queue:
        path = queue.pop(0)
        page.goto(base_url + path)
        links = page.locator("a[href]").evaluate_all(
            "links => links.filter(a => a.offsetParent !== null).map(a => a.href)"
        )
        for href in links:
            target = urlsplit(href)
            if target.netloc != urlsplit(base_url).netloc:
                continue
            rel = target.path.lstrip("/")
            if rel.endswith("/") and rel not in seen and not rel.startswith(("search", "assets")):
                seen.add(rel)
                queue.append(rel)
    assert wanted - seen == set()


@pytest.mark.parametrize("instant", [True, False], ids=["instant", "plain"])
def test_back_and_forward(
    page: Any, base_url: str, base_url_no_instant: str, instant: bool
) -> None:
    base = base_url if instant else base_url_no_instant
    page.goto(base)
    page.locator("article a[href*='events/2013']").first.click()
    page.wait_for_url(f"**/{EVENT}")
    page.locator("article a[href*='people/paul-haenle']").first.click()
    page.wait_for_url("**/people/paul-haenle/")
    assert page.locator("article h1").inner_text().startswith("Paul Haenle")
    page.go_back()
    page.wait_for_url(f"**/{EVENT}")
    assert "Changing Perceptions" in page.locator("article h1").inner_text()
    page.go_back()
    page.wait_for_url(base)
    page.go_forward()
    page.wait_for_url(f"**/{EVENT}")
    assert "Changing Perceptions" in page.locator("article h1").inner_text()


def test_no_horizontal_scroll_on_phones(browser: Any, base_url: str, site_dir: Path) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    tab = context.new_page()
    wide = []
    for path in site_pages(site_dir):
        tab.goto(base_url + path)
        overflow = tab.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            wide.append((path, overflow))
    context.close()
    assert wide == []


def test_print_has_no_chrome_and_keeps_every_point(page: Any, base_url: str) -> None:
    from pypdf import PdfReader

    page.goto(base_url + EVENT)
    labels = page.locator("article .bg-point strong").all_inner_texts()
    assert len(labels) == 9
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-tabs", ".md-footer"):
        hidden = page.locator(selector).first.evaluate(
            "e => getComputedStyle(e).display === 'none'"
        )
        assert hidden, selector
    pdf = page.pdf(format="A4")
    text = " ".join(
        " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split()
    )
    for label in labels:
        assert label.rstrip(":") in text, label
    assert "Skip to content" not in text


def test_content_and_links_without_javascript(browser: Any, base_url: str, site_dir: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    for path in site_pages(site_dir):
        html_file = site_dir / path / "index.html"
        tab.goto(base_url + path)
        assert tab.locator("article h1").count() == 1, path
        shown = tab.locator("article a[href]").count()
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        article = soup.select_one("article")
        assert article is not None
        assert shown == len(article.select("a[href]")), path
        assert tab.locator("article").inner_text().strip(), path
    context.close()


def test_relative_links_resolve_in_browser(page: Any, base_url: str) -> None:
    page.goto(base_url + "capitals/beijing/")
    href = page.locator("article a[href*='#p-']").first.get_attribute("href")
    page.locator("article a[href*='#p-']").first.click()
    target = urlsplit(urljoin(base_url + "capitals/beijing/", href))
    page.wait_for_url(lambda url: urlsplit(url).path == target.path)
    assert page.locator(f"[id='{target.fragment}']").is_visible()


def test_pages_request_nothing_from_other_hosts(browser: Any, base_url: str) -> None:
    context = browser.new_context()
    tab = context.new_page()
    requested: list[str] = []
    tab.on("request", lambda request: requested.append(request.url))
    for path in ["", EVENT, "capitals/beijing/", "people/paul-haenle/", "matrix/"]:
        tab.goto(base_url + path)
        tab.wait_for_load_state("networkidle")
    context.close()
    local = urlsplit(base_url).netloc
    assert [u for u in requested if urlsplit(u).netloc not in (local, "")] == []
