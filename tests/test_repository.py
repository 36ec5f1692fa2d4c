"""The repository's own site: invariants that hold whatever events seeds/ holds."""

from __future__ import annotations

import json
from pathlib import Path

from tests.sitecheck import Site
from tests.support import ROOT, briefgen, mkdocs_build, warnings


def test_content_is_in_step_with_seeds() -> None:
    result = briefgen(ROOT, "check")
    assert result.returncode == 0, result.stdout + "\nrun 'briefgen ingest' and commit content/"


def test_the_site_builds_strict_with_sound_links_and_metadata(tmp_path: Path) -> None:
    log = mkdocs_build(ROOT, tmp_path / "site")
    assert warnings(log) == []
    site = Site(tmp_path / "site")
    assert site.broken_links() == []
    assert site.third_party_requests() == []
    depths = site.depths()
    pages = [p for p in site.soups if p != "404.html"]
    assert [p for p in pages if p not in depths] == []
    for page in pages:
        kind = page.split("/", 1)[0]
        if kind in ("events", "people") and page.count("/") == 2:
            scripts = site.soups[page].find_all("script", type="application/ld+json")
            assert len(scripts) == 1, page
            data = json.loads(str(scripts[0].string))
            assert data["@type"] == ("Event" if kind == "events" else "Person"), page
            assert site.soups[page].select(".bg-facts__row"), page
