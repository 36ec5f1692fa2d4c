"""Pages rendered by forked workers (``generator.mkdocs.parallel``): the same site byte for
byte as a build in one process, the same warnings in the same order, and a page whose
worker fails is rendered by the build itself."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.mkdocs import parallel
from tests.support import EPOCH, SAMPLES, SEED, briefgen, make_project

pytestmark = pytest.mark.skipif(not parallel.can_fork(), reason="workers are forked")


def build(
    root: Path, site: Path, jobs: str, *flags: str, **more: str
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1",
           "BRIEFGEN_JOBS": jobs, **more}  # fmt: skip
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
    return subprocess.run(
        [*command, *flags], cwd=root, capture_output=True, text=True, env=env, check=False
    )


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("parallel") / "p", [SEED, *SAMPLES[:3]])
    result = briefgen(root, "ingest")
    assert result.returncode == 0, result.stderr
    return root


def test_workers_build_the_same_site_byte_for_byte(project: Path, tmp_path: Path) -> None:
    alone = build(project, tmp_path / "one", "1")
    shared = build(project, tmp_path / "three", "3", "--verbose")
    assert alone.returncode == 0, alone.stderr
    assert shared.returncode == 0, shared.stderr
    found = re.search(r"briefgen: (\d+) pages rendered in 3 processes, workers rendered "
                      r"(\d+) pages' Markdown and (\d+) templates", shared.stderr)  # fmt: skip
    assert found is not None, shared.stderr[-2000:]
    pages = int(found[1])  # every page of the site, drafts aside
    assert pages > 50
    assert int(found[2]) >= pages * 2 // 3 - 1 and int(found[3]) >= pages * 2 // 3 - 1
    one, three = tree(tmp_path / "one"), tree(tmp_path / "three")
    assert one.keys() == three.keys()
    assert [name for name in one if one[name] != three[name]] == []


def test_a_workers_warnings_fail_a_strict_build_in_order(project: Path, tmp_path: Path) -> None:
    """Broken links on pages of every share: each is reported once, in the order a build in
    one process reports them, and --strict counts them all (MkDocs' own link check: the
    plugin's check of content/, which would refuse these pages first, is off)."""
    for n in range(6):
        (project / "content" / "events" / f"zz-broken-{n}.md").write_text(
            f"# Broken {n}\n\nSee [the missing page](missing-{n}.md).\n", encoding="utf-8"
        )
    try:
        alone = build(project, tmp_path / "one", "1", BRIEFGEN_CHECKED="1")
        shared = build(project, tmp_path / "two", "2", BRIEFGEN_CHECKED="1")
    finally:
        for n in range(6):
            (project / "content" / "events" / f"zz-broken-{n}.md").unlink()
    assert alone.returncode != 0 and shared.returncode != 0
    lines = [line for line in shared.stderr.splitlines() if line.startswith("WARNING")]
    assert len(lines) == 6
    assert all("missing-" in line for line in lines)
    assert lines == [line for line in alone.stderr.splitlines() if line.startswith("WARNING")]
    assert "Aborted with 6 warnings in strict mode!" in shared.stdout + shared.stderr


@pytest.mark.parametrize("jobs", ["many", "-1"])
def test_a_wrong_number_of_processes_is_refused(project: Path, tmp_path: Path, jobs: str) -> None:
    result = build(project, tmp_path / "site", jobs)
    assert result.returncode != 0
    assert "jobs" in result.stderr.lower() and jobs in result.stderr


def _square_or_die(key: str) -> int:
    if key == "k5":
        os._exit(3)  # the worker dies without a word
    if key == "k3":
        raise ValueError("no result for this one")
    logging.getLogger("mkdocs.test").warning(f"squared {key}")
    return int(key[1:]) ** 2


def test_workers_send_results_and_logs_and_give_up_on_what_they_do_not_finish(
    caplog: pytest.LogCaptureFixture,
) -> None:
    keys = [f"k{n}" for n in range(8)]
    workers = parallel.Workers(keys, _square_or_die, 1)
    try:
        taken = {key: workers.take(key) for key in keys}
    finally:
        workers.close()
    # this process keeps every second key; the worker does the others until it dies at k5
    assert [k for k in keys if k in workers] == ["k1", "k3", "k5", "k7"]
    assert taken["k0"] is None and taken["k2"] is None
    assert taken["k3"] is None  # failed: the caller does it itself
    assert taken["k5"] is None and taken["k7"] is None  # the worker is gone
    first = taken["k1"]
    assert first is not None
    result, records = first
    assert result == 1 and [r["msg"] for r in records] == ["squared k1"]
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        parallel.relog(records)
    assert [r.getMessage() for r in caplog.records] == ["squared k1"]
    assert caplog.records[0].name == "mkdocs.test" and caplog.records[0].levelno == logging.WARNING


@pytest.mark.parametrize("jobs", ["0", "two"])
def test_build_refuses_a_wrong_jobs_option(project: Path, jobs: str) -> None:
    result = briefgen(project, "build", "--jobs", jobs)
    assert result.returncode == 2
    assert "--jobs" in result.stderr and jobs in result.stderr


def _double(key: str) -> str:
    return key * 2


def test_this_process_keeps_every_keep_th_key_and_workers_take_the_rest_in_turn() -> None:
    keys = [f"k{n}" for n in range(9)]
    workers = parallel.Workers(keys, _double, 2, keep=4)
    try:
        assert [k for k in keys if k not in workers] == ["k0", "k4", "k8"]
        assert workers.mine == {"k1": 0, "k2": 1, "k3": 0, "k5": 1, "k6": 0, "k7": 1}
        assert [workers.take(k) for k in ("k1", "k6", "k7")] == [("k1k1", []), ("k6k6", []),
                                                                 ("k7k7", [])]  # fmt: skip
    finally:
        workers.close()
