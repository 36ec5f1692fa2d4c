from __future__ import annotations

import json
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
