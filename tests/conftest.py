from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.parse.body import parse
from generator.parse.capitals import Gazetteer
from generator.parse.json_view import event_to_json
from generator.parse.source import read_source
from generator.store.site_config import gazetteer_for
from tests.support import FIXTURES, ROOT, briefgen, make_project


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return gazetteer_for(ROOT / "site_config.yml")


def parse_file(path: Path, gazetteer: Gazetteer) -> dict[str, Any]:
    return event_to_json(parse(read_source(path), path.name, gazetteer), gazetteer)


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


__all__ = ["FIXTURES", "ROOT", "briefgen", "gazetteer", "load_json", "make_project", "parse_file"]
