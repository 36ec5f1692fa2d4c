"""Helpers shared by the tests: fixture projects, the command line run in-process, the
MkDocs build with a fixed ``SOURCE_DATE_EPOCH``, and the theme's feature list.

Tests never read what happens to be in the repository's ``seeds/`` or ``content/``: a
site under test is built from fixtures (``tests/fixtures``) in a temporary project.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SEED = FIXTURES / "seed.txt"
"""The first real source text, kept as a fixture (the repository's seeds/ may change)."""
SAMPLES = sorted((FIXTURES / "samples").glob("*.txt"))
VARIANTS = sorted((FIXTURES / "variants").glob("*.txt"))
SEED_SLUG = "2013-04-22-changing-perceptions-in-key-capitals-on-the-north-korea-issue"
"""The seed fixture's event slug (from its date and title): the one place it is spelled."""
SEED_EVENT = f"events/{SEED_SLUG}/"
"""The served path of the seed fixture's event."""
SEED_EVENT_PAGE = f"events/{SEED_SLUG}.md"
"""Its page under content/."""
SEED_THEMES = f"themes/{SEED_SLUG}/"
"""The served folder of its themes."""
SEARCH_QUERIES = (
    ("Kaesong", SEED_EVENT),
    ("Haenle", "people/paul-haenle/"),
    ("strategic patience", SEED_THEMES + "01-reactions-to-north-korean-aggression/"),
    ("Seoul", "capitals/seoul/"),
    ("Six-Party", SEED_THEMES + "0"),
)
"""What a reader searches for on the seed fixture's site, and the start of the served path
one of the first three results must have (the browser tests and ``make bench-search``)."""
SITE_URL = "https://briefs.thinktank.test/"
EDIT_URI = "https://git.thinktank.test/briefs/edit/main/content/"
EPOCH = "1700000000"
"""``SOURCE_DATE_EPOCH`` of test builds."""

PROJECT_FILES = (
    "site_config.yml",
    "mkdocs.yml",
    "theme",
    "content/editors/index.md",
)


def make_project(where: Path, seeds: list[Path]) -> Path:
    """A fresh project folder with the repository's config and the given seeds."""
    where.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        target = where / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)
    config = where / "mkdocs.yml"  # a site that has been set up (see test_cli for one that has not)
    config.write_text(
        config.read_text(encoding="utf-8")
        .replace("https://briefs.example.org/", SITE_URL)
        .replace("https://github.com/example/briefgen/edit/main/content/", EDIT_URI),
        encoding="utf-8",
    )
    (where / "seeds").mkdir()
    for seed in seeds:
        shutil.copy2(seed, where / "seeds" / seed.name)
    return where


@dataclass
class Result:
    """What one run of the command line printed and returned."""

    returncode: int
    stdout: str
    stderr: str


def briefgen(root: Path | None, *args: str) -> Result:
    """Run ``briefgen [--root ROOT] ARGS...`` in this process, capturing its output."""
    out, err = io.StringIO(), io.StringIO()
    argv = (["--root", str(root)] if root is not None else []) + list(args)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse: usage errors and --help
            code = exit_.code if isinstance(exit_.code, int) else 2
    return Result(code, out.getvalue(), err.getvalue())


def mkdocs_build(root: Path, site_dir: Path, config: Path | None = None) -> str:
    """``mkdocs build --strict`` of a project with ``SOURCE_DATE_EPOCH`` fixed; returns
    the log, raises ``AssertionError`` with it when the build fails."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)]
    if config is not None:
        command += ["-f", str(config)]
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    return result.stderr


def warnings(log: str) -> list[str]:
    """The WARNING and ERROR lines of an MkDocs build log."""
    return re.findall(r"^(?:WARNING|ERROR)\s+-.*$", log, re.M)


def built_project(where: Path, seeds: list[Path]) -> tuple[Path, Path, str]:
    """A project from ``seeds``, ingested and built: (project, site folder, build log)."""
    root = make_project(where, seeds)
    result = briefgen(root, "ingest")
    assert result.returncode == 0, result.stderr
    site = root / "site"
    return root, site, mkdocs_build(root, site)


def theme_features(root: Path = ROOT) -> list[str]:
    """The Material features ``mkdocs.yml`` switches on (one list, read where it is set)."""
    config: dict[str, Any] = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    return list(config["theme"]["features"])


def event_url(root: Path, seed_name: str) -> str:
    """The served URL (``events/.../``) of the event a seed produced, found in content/."""
    for page in sorted((root / "content" / "events").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        if f'- "seeds/{seed_name}"' in text:
            return f"events/{page.stem}/"
    raise AssertionError(f"no event page generated from seeds/{seed_name}")


SEARCH_SCRIPTS = (
    "pagefind/",
    "search/",
    "assets/javascripts/workers/",
    "assets/javascripts/search.js",
)
"""Served paths (prefixes) of what a search fetches: Pagefind's bundle and the script that
drives it, or Material's search worker and index."""


def field_on_screen(page: Any) -> bool:
    """Whether the header's search field is on screen (on a phone it waits behind the
    magnifier in the header)."""
    box = page.locator(".md-search__inner").bounding_box()  # the field's clipping box
    width = page.viewport_size["width"] if page.viewport_size else 1280
    return bool(box) and box["width"] >= 10 and box["x"] >= 0 and box["x"] < width


def search_in_browser(page: Any, url: str | None, query: str) -> list[str]:
    """Open ``url`` (None: the page already open), type ``query`` into the header's search
    field as a reader does (on a phone the magnifier opens the field first), and return
    the result links' URLs once the first results show."""
    if url is not None:
        page.goto(url)
    field = page.locator("input.md-search__input")
    if not field_on_screen(page):
        page.locator("label.md-header__button[for='__search']").click()
    field.click()
    # Material's own search (measured by make bench-search) loads its index in a worker
    # first; typing before it is ready is not lost, but waiting keeps results comparable.
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && !/Initializing/i.test(m.textContent); }"
    )
    field.press_sequentially(query, delay=20)
    # The results of the whole query (the site's search marks its list with the query it
    # shows; Material's does not, and shows results only for the whole query here).
    page.wait_for_function(
        "q => { const l = document.querySelector('.md-search-result__list');"
        " return l && l.querySelector('.md-search-result__item')"
        " && (l.dataset.query === undefined || l.dataset.query === q); }",
        arg=query,
    )
    page.wait_for_timeout(200)
    hrefs: list[str] = page.locator(".md-search-result__item > a").evaluate_all(
        "links => links.map(a => a.href)"
    )
    return hrefs
