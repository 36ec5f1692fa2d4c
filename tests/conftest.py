from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator.capitals import Gazetteer
from generator.config import gazetteer_for
from generator.jsonout import event_to_json
from generator.parser import parse
from generator.source import read_source

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return gazetteer_for(ROOT / "site_config.yml")


def parse_file(path: Path, gazetteer: Gazetteer) -> dict[str, Any]:
    return event_to_json(parse(read_source(path), path.name, gazetteer), gazetteer)


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


PROJECT_FILES = (
    "site_config.yml",
    "mkdocs.yml",
    "theme",
    "includes",
    "generator/mkdocs_hooks.py",
    "content/editors/index.md",
)


def make_project(where: Path, seeds: list[Path]) -> Path:
    """A fresh project folder with the repository's config and the given seeds."""
    import shutil

    where.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        target = where / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)
    (where / "seeds").mkdir()
    for seed in seeds:
        shutil.copy2(seed, where / "seeds" / seed.name)
    return where


def briefgen(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(root), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=root,
    )
