"""Browser tests: the built site served on 127.0.0.1, driven in Debian's Chromium.

In CI (CI=true) a missing browser fails the run; locally it skips with the package name.
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.serve import CHROMIUM as DEFAULT_CHROMIUM
from generator.serve import CHROMIUM_FLAGS, serve
from tests.support import SEED, built_project, mkdocs_build, theme_features

CHROMIUM = os.environ.get("CHROMIUM", DEFAULT_CHROMIUM)
FLAGS = list(CHROMIUM_FLAGS)


def require_browser() -> None:
    if Path(CHROMIUM).exists() or shutil.which(CHROMIUM):
        return
    missing = (
        f"Chromium not found at {CHROMIUM}: install Debian's 'chromium' package "
        "(apt-get install chromium) to run the browser tests"
    )
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(missing)
    pytest.skip(missing)


def build_site(target: Path, instant: bool = True) -> Path:
    """The seed fixture's site, built in a temporary project (with instant loading on, as
    configured, or off)."""
    root, site, _ = built_project(target.parent / "project", [SEED])
    if instant:
        return site
    features = [f for f in theme_features(root) if f != "navigation.instant"]
    config = root / "mkdocs-no-instant.yml"
    config.write_text(
        "INHERIT: mkdocs.yml\ntheme:\n  name: material\n  custom_dir: theme\n  features:\n"
        + "".join(f"    - {f}\n" for f in features),
        encoding="utf-8",
    )
    mkdocs_build(root, target, config)
    return target


@functools.cache
def _serve(folder: str) -> str:
    return serve(Path(folder))[0]


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(tmp_path_factory.mktemp("browser") / "site")


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> str:
    return _serve(str(site_dir))


@pytest.fixture(scope="session")
def base_url_no_instant(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _serve(str(build_site(tmp_path_factory.mktemp("browser-plain") / "site", instant=False)))


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


def site_pages(site_dir: Path) -> list[str]:
    """Every page's URL path, relative to the site root."""
    out = []
    for path in sorted(site_dir.rglob("index.html")):
        rel = path.parent.relative_to(site_dir).as_posix()
        out.append("" if rel == "." else rel + "/")
    return out
