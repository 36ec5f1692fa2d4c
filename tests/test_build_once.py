"""``briefgen build`` parses every seed once and checks the plan it wrote in memory."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from generator.parse import body
from tests.support import SAMPLES, SEED, briefgen, make_project


def test_build_parses_each_seed_exactly_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = [SEED, *SAMPLES[:3]]
    root = make_project(tmp_path / "p", seeds)
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))  # nothing parsed yet
    calls: Counter[str] = Counter()
    original = body.parse

    def counting_parse(text: str, source: str, **kwargs: Any) -> Any:
        calls[source] += 1
        return original(text, source=source, **kwargs)

    # the project imports the parser where it parses seeds, so patching it there counts
    monkeypatch.setattr(body, "parse", counting_parse)
    result = briefgen(root, "build", "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert calls == Counter({f"seeds/{s.name}": 1 for s in seeds})
    assert (tmp_path / "site" / "index.html").is_file()

    # A changed seed is parsed again; the others come from the parse cache.
    changed = root / "seeds" / SAMPLES[0].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n", "utf-8")
    calls.clear()
    result = briefgen(root, "build", "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert calls == Counter({f"seeds/{SAMPLES[0].name}": 1})
    # Nothing changed: nothing is parsed, planned, written or built.
    calls.clear()
    result = briefgen(root, "build", "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert not calls
    assert "is current" in result.stdout and "nothing to do" in result.stdout
