"""Live preview: ``mkdocs serve`` (through the briefgen plugin) follows the seeds. Editing a
seed regenerates content/ and the served page changes, with no manual ``briefgen ingest``."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import SEED, SEED_EVENT, briefgen, make_project


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode("utf-8"))


def wait_for(condition: object, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if callable(condition) and condition():
                return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    root = make_project(tmp_path / "p", [SEED])
    assert briefgen(root, "ingest").returncode == 0
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w", encoding="utf-8") as stream:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=root, stdout=stream, stderr=stream,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}/"
        try:
            started = wait_for(lambda: "Capitals in Dialogue" in fetch(base))
            assert started, log.read_text(encoding="utf-8")
            yield root, base
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_editing_a_seed_changes_the_served_page(served: tuple[Path, str]) -> None:
    root, base = served
    page = base + SEED_EVENT
    assert "threat assessments" in fetch(page)
    seed = root / "seeds" / SEED.name
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("threat assessments", "threat appraisals"),
        encoding="utf-8",
    )
    assert wait_for(lambda: "threat appraisals" in fetch(page)), "page did not change"
    generated = next((root / "content" / "events").glob("2013-*.md"))
    assert "threat appraisals" in generated.read_text(encoding="utf-8")
    assert briefgen(root, "check").returncode == 0
