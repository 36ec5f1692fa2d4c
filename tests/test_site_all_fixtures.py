"""Every fixture at once (samples, variants, the seed) builds a strict site with sound links."""

from __future__ import annotations

from pathlib import Path

from tests.sitecheck import Site
from tests.support import FIXTURES, SEED, briefgen, make_project


def test_all_fixtures_build_one_sound_site(tmp_path: Path) -> None:
    seeds = [
        *sorted((FIXTURES / "samples").glob("*.txt")),
        *sorted((FIXTURES / "variants").glob("*.txt")),
        SEED,
    ]
    root = make_project(tmp_path / "all", seeds)
    result = briefgen(root, "build")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "WARNING -" not in result.stderr
    check = briefgen(root, "check")
    assert check.returncode == 0, check.stdout
    site = Site(root / "site")
    assert site.broken_links() == []
    assert site.third_party_requests() == []
    depths = site.depths()
    pages = [p for p in site.soups if p != "404.html"]
    assert [p for p in pages if p not in depths] == []
    assert max(depths[p] for p in pages) <= 3
    events = [p for p in pages if p.startswith("events/") and p != "events/index.html"]
    assert len(events) == len(seeds)
