"""Following the archive in a real browser: the filtered lists are a few clicks from
home, and each leads on to what it lists."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import SEED_EVENT


def click(page: Any, name: str) -> None:
    """Click the first visible link whose text is ``name`` and wait for the page."""
    link = page.get_by_role("link", name=name, exact=True).locator("visible=true").first
    link.click()
    page.wait_for_load_state()


@pytest.mark.parametrize(
    ("steps", "lands"),
    [
        (["Browse", "Events in 2013"], "browse/year/2013/"),
        (["Browse", "Events with participants from or about Beijing"], "browse/capital/beijing/"),
        (["Browse", "Events on Denuclearisation"], "browse/topic/denuclearisation/"),
        (["Browse", "People who took part as speakers"], "browse/role/speaker/"),
        (["Topics", "Denuclearisation"], "topics/denuclearisation/"),
    ],
)
def test_filtered_lists_are_reached_from_home_in_three_clicks(
    page: Any, base_url: str, steps: list[str], lands: str
) -> None:
    page.goto(base_url)
    for name in steps:
        click(page, name)
    assert page.url.split("#")[0] == base_url + lands
    assert len(steps) <= 3


def test_a_year_list_leads_to_its_event(page: Any, base_url: str) -> None:
    page.goto(base_url + "browse/year/2013/")
    page.locator("article a[href*='events/']").first.click()
    page.wait_for_load_state()
    assert page.url == base_url + SEED_EVENT


def test_the_feed_and_calendar_are_offered(page: Any, base_url: str) -> None:
    page.goto(base_url)
    for name in ("Atom feed of new events", "Calendar of all events (.ics)"):
        url = page.get_by_role("link", name=name).first.evaluate("a => a.href")
        response = page.request.get(url)
        assert response.ok, name
    page.goto(base_url + SEED_EVENT)
    calendar = page.get_by_role("link", name="Add to calendar (.ics)").first
    body = page.request.get(calendar.evaluate("a => a.href")).text()
    assert body.startswith("BEGIN:VCALENDAR") and body.count("BEGIN:VEVENT") == 1
