from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

from generator.parse.body import parse
from generator.parse.capitals import Gazetteer
from generator.parse.json_view import event_to_json
from generator.parse.source import read_source
from generator.store.site_config import gazetteer_for
from tests.support import (
    FIXTURES,
    ROOT,
    SAMPLES,
    SEED,
    VARIANTS,
    briefgen,
    make_project,
    mkdocs_build,
)

# The run cache (generator/store/cache.py) of every project a test makes, kept apart from
# the user's: each test run starts with none, as a fresh machine does.
os.environ["BRIEFGEN_CACHE_DIR"] = tempfile.mkdtemp(prefix="briefgen-cache-")

ARCHIVE_SEEDS = [*SAMPLES, *VARIANTS, SEED]
"""Every fixture at once: a 31-event archive."""


@pytest.fixture(scope="session")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 31-event archive, ingested and built strict (``site/``) once per run; tests
    read it and never change it (those that edit build their own)."""
    root = make_project(tmp_path_factory.mktemp("archive") / "archive", ARCHIVE_SEEDS)
    result = briefgen(root, "ingest")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    mkdocs_build(root, root / "site")
    return root


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return gazetteer_for(ROOT / "site_config.yml")


def parse_file(path: Path, gazetteer: Gazetteer) -> dict[str, Any]:
    return event_to_json(parse(read_source(path), path.name, gazetteer), gazetteer)


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


__all__ = ["FIXTURES", "ROOT", "briefgen", "gazetteer", "load_json", "make_project", "parse_file"]
