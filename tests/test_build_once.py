"""``briefgen build`` parses every seed once and checks the plan it wrote in memory."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from generator.parse import body
from generator.store import project
from tests.support import SAMPLES, SEED, briefgen, make_project


def test_build_parses_each_seed_exactly_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = [SEED, *SAMPLES[:3]]
    root = make_project(tmp_path / "p", seeds)
    calls: Counter[str] = Counter()

    def counting_parse(text: str, source: str, **kwargs: Any) -> Any:
        calls[source] += 1
        return body.parse(text, source=source, **kwargs)

    monkeypatch.setattr(project, "parse", counting_parse)
    result = briefgen(root, "build", "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert calls == Counter({f"seeds/{s.name}": 1 for s in seeds})
    assert (tmp_path / "site" / "index.html").is_file()
