"""Search at scale: Pagefind (what the site ships) against Material's built-in search.

For each size, a synthetic archive of N events (``benchmarks.corpus``) plus the seed
fixture (so that the browser tests' queries have their answers among N distractors) is
built three ways:

- ``pagefind``: the site as configured (no Material search plugin; the briefgen plugin
  indexes the built site with Pagefind). Build time added = the indexing step.
- ``material``: Material's ``search`` plugin, as the site had before (same separator).
- ``material-lean``: the same with theme pages (the most numerous) left out of the index
  (``search: exclude: true``), the cheapest way to shrink Material's index.

and prints, per engine: the build time the search adds, the index on disk, what the first
search transfers in Chromium (the sum of the compressed bodies of the search's requests,
served gzip as ``generator.serve`` serves them: scripts, WASM, index, chunks, fragments),
split into what is fetched when the page loads and what is fetched from the moment the
reader clicks the search field until the first results show; and the rank of the expected
page for each query of the browser tests. ``make bench-search`` runs 100, 500 and 1,000
events (``ARGS=...`` for other sizes). It measures; it does not fail.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from benchmarks.corpus import write_corpus
from generator.serve import CHROMIUM, CHROMIUM_FLAGS, serve
from generator.site.search import index_site
from tests.support import (
    SEARCH_QUERIES,
    SEARCH_SCRIPTS,
    SEED,
    briefgen,
    make_project,
    search_in_browser,
)

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
SEPARATOR = r"""'[\s\-,:!=\[\]()"/]+|(?!\b)(?=[A-Z][a-z])|\.(?!\d)|&[lg]t;'"""
"""The separator the site's Material search used."""
LEAN_HOOK = """
def on_page_markdown(markdown, page, **kwargs):
    if page.meta.get("type") == "theme":
        page.meta["search"] = {"exclude": True}
    return markdown
"""


def material_config(root: Path, lean: bool) -> Path:
    """A config for Material's own search: its plugin on, Pagefind off, and Material's
    header and search partials (the theme's overrides of them removed)."""
    theme = root / "theme-material"
    if not theme.exists():
        subprocess.run(["cp", "-r", str(root / "theme"), str(theme)], check=True)
        for name in ("header.html", "search.html"):
            (theme / "partials" / name).unlink()
    (root / "lean_hook.py").write_text(LEAN_HOOK, encoding="utf-8")
    config = root / ("mkdocs-material-lean.yml" if lean else "mkdocs-material.yml")
    config.write_text(
        "INHERIT: mkdocs.yml\n"
        "theme:\n  name: material\n  custom_dir: theme-material\n"
        "plugins:\n  - briefgen:\n      search_index: false\n  - redirects\n"
        f"  - search:\n      separator: {SEPARATOR}\n"
        + ("hooks:\n  - lean_hook.py\n" if lean else ""),
        encoding="utf-8",
    )
    return config


def pagefind_config(root: Path) -> Path:
    config = root / "mkdocs-unindexed.yml"
    config.write_text(
        "INHERIT: mkdocs.yml\nplugins:\n  - briefgen:\n      search_index: false\n  - redirects\n",
        encoding="utf-8",
    )
    return config


def mkdocs(root: Path, config: Path, site: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "--site-dir", str(site)],
        cwd=root, check=True, env={**ENV, "BRIEFGEN_CHECKED": "1"},
    )  # fmt: skip
    return time.perf_counter() - started


def disk(site: Path, engine: str) -> tuple[int, int, int]:
    """Bytes on disk, files, and bytes gzip-compressed, of the search index."""
    if engine == "pagefind":
        files = [p for p in (site / "pagefind").rglob("*") if p.is_file()]
    else:
        files = [site / "search" / "search_index.json"]
    raw = sum(p.stat().st_size for p in files)
    packed = sum(len(gzip.compress(p.read_bytes())) for p in files if p.suffix == ".json")
    packed += sum(p.stat().st_size for p in files if p.suffix != ".json")
    return raw, len(files), packed


def _is_search(url: str, base: str) -> bool:
    path = urlsplit(url).path.lstrip("/")
    base_path = urlsplit(base).path.lstrip("/")
    return url.startswith(base) and path[len(base_path) :].startswith(SEARCH_SCRIPTS)


def kind(url: str) -> str:
    """What a request of search fetched: script, wasm, meta, index, filter, fragment."""
    path = urlsplit(url).path
    for name in ("fragment", "index", "filter", "meta"):
        if path.endswith(f".pf_{name}"):
            return name
    if path.endswith(".json"):
        return "index" if path.endswith("search_index.json") else "entry"
    return "wasm" if "/wasm." in path else "script"


def first_search(
    browser: Any, base: str, query: str, parts: dict[str, int] | None = None
) -> tuple[int, int, int, list[str]]:
    """(bytes fetched for search when the page loads, bytes fetched from the click in the
    search field to the first results, requests of the search, result URLs); ``parts``
    gets the bytes by kind of file."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    finished: list[tuple[float, Any]] = []
    page.on("requestfinished", lambda request: finished.append((time.perf_counter(), request)))
    page.goto(base)
    page.wait_for_load_state("networkidle")
    clicked = time.perf_counter()
    hrefs = search_in_browser(page, None, query)
    page.wait_for_load_state("networkidle")
    before = after = count = 0
    for at, request in finished:
        if not _is_search(request.url, base):
            continue
        response = request.response()
        length = response.headers.get("content-length") if response else None
        size = int(length) if length else request.sizes()["responseBodySize"]
        count += 1
        if parts is not None:
            parts[kind(request.url)] = parts.get(kind(request.url), 0) + size
        if at < clicked:
            before += size
        else:
            after += size
    context.close()
    return before, after, count, hrefs


def rank(hrefs: list[str], expected: str) -> int | None:
    """Where the expected page is among the pages found (a page's sections count once)."""
    pages = list(dict.fromkeys(urlsplit(href).path for href in hrefs))
    for n, path in enumerate(pages, 1):
        if path.startswith("/" + expected):
            return n
    return None


def run(count: int, browser: Any) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        root = make_project(Path(temporary) / "p", [SEED])
        write_corpus(root / "seeds", count)
        result = briefgen(root, "ingest")
        if result.returncode != 0:
            raise SystemExit(f"briefgen ingest: {result.stderr}")
        pages = sum(1 for _ in (root / "content").rglob("*.md"))
        rows = []
        site = Path(temporary) / "pagefind"
        plain = mkdocs(root, pagefind_config(root), site)
        started = time.perf_counter()
        index_site(site)
        rows.append(("pagefind", site, time.perf_counter() - started))
        for name, lean in (("material", False), ("material-lean", True)):
            site = Path(temporary) / name
            seconds = mkdocs(root, material_config(root, lean), site)
            rows.append((name, site, seconds - plain))
        print(f"\n{count} events + the seed fixture: {pages} pages; "
              f"mkdocs build without search {plain:.1f} s")  # fmt: skip
        queries = ", ".join(query for query, _ in SEARCH_QUERIES)
        print(f"  {'engine':<15}{'build +s':>9}{'on disk':>10}{'files':>7}{'gzip':>10}"
              f"{'on load':>9}{'on search':>10}{'total':>9}{'reqs':>6}"
              f"  ranks ({queries})")  # fmt: skip
        for name, site, added in rows:
            raw, files, packed = disk(site, name.split("-")[0])
            base, server = serve(site)
            loads, searches, requests = 0, 0, 0
            ranks = []
            worst: dict[str, int] = {}
            for query, expected in SEARCH_QUERIES:
                parts: dict[str, int] = {}
                before, after, fetched, hrefs = first_search(browser, base, query, parts)
                loads = max(loads, before)
                if before + after > loads + searches or not worst:
                    searches, requests, worst = after, fetched, parts
                found = rank(hrefs, expected)
                ranks.append("-" if found is None else str(found))
            server.shutdown()
            print(f"  {name:<15}{added:>9.1f}{raw / 1000:>8.0f}KB{files:>7}{packed / 1000:>8.0f}KB"
                  f"{loads / 1000:>7.0f}KB{searches / 1000:>8.0f}KB"
                  f"{(loads + searches) / 1000:>7.0f}KB{requests:>6}  "
                  f"{' '.join(ranks)}")  # fmt: skip
            print(
                f"  {'':<15}largest first search by kind: "
                + ", ".join(f"{k} {v / 1000:.0f}KB" for k, v in sorted(worst.items()))
            )


def main() -> int:
    from playwright.sync_api import sync_playwright

    sizes = [int(a) for a in sys.argv[1:]] or [100, 500, 1000]
    print("first search: a new visitor opens the home page, clicks the search field and types "
          "a query;\n'on load' is what search fetched before the click, 'on search' what it "
          "fetched after it until the first\nresults show (compressed, as served), the largest "
          "over the queries; ranks: where each query's expected page is\namong the results "
          "(- = not shown)")  # fmt: skip
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_FLAGS))
        for count in sizes:
            run(count, browser)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
