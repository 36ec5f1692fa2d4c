"""Screenshots of the event page and a capital page for the README (headless Chromium)."""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from benchmarks.sample_pages import sample_pages
from generator.serve import CHROMIUM, CHROMIUM_FLAGS, serve

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    base, _ = serve(ROOT / "site")
    pages = sample_pages(ROOT / "site")
    shots = {"event.png": pages["event"], "capital.png": pages["capital"]}
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_FLAGS))
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for name, path in shots.items():
            page.goto(base + path)
            page.screenshot(path=str(out / name))
            print(f"wrote {(out / name).relative_to(ROOT)}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
