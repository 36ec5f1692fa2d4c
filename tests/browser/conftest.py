"""Browser tests: the built site served on 127.0.0.1, driven in Debian's Chromium.

In CI (CI=true) a missing browser fails the run; locally it skips with the package name.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.devserver import CHROMIUM as DEFAULT_CHROMIUM
from generator.devserver import CHROMIUM_FLAGS, serve
from tests.conftest import ROOT

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
    config = ROOT / "mkdocs.yml"
    if not instant:
        config = target.parent / "mkdocs-no-instant.yml"
        features = "\n".join(
            f"    - {f}" for f in ("navigation.tabs", "navigation.prune", "navigation.indexes",
                                    "navigation.top", "search.highlight", "content.action.edit")
        )  # fmt: skip
        config.write_text(
            f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {ROOT / 'content'}\n"
            f"hooks:\n  - {ROOT / 'generator' / 'mkdocs_hooks.py'}\n"
            f"theme:\n  name: material\n  custom_dir: {ROOT / 'theme'}\n  features:\n{features}\n"
        )
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "--site-dir", str(target)],
        cwd=ROOT, check=True, capture_output=True, env=env,
    )  # fmt: skip
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
