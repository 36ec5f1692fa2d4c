"""Site-scale benchmark: a synthetic archive of N events (``benchmarks.corpus``) built in a
temporary project, stage by stage, against a plain ``mkdocs build`` of the same content.

Every stage runs as its own process, as an editor or CI runs it, with a cache folder
(``BRIEFGEN_CACHE_DIR``) that starts empty. Stages, in order:

- ``ingest (first run)``: content/ written from nothing;
- ``ingest (no change)`` and ``check``: the same inputs again;
- ``plain mkdocs build``: MkDocs with the theme and the plugin's search index, without
  briefgen's check (``BRIEFGEN_CHECKED=1``), of the same content, with the plugin's
  workers (``generator.mkdocs.parallel``) as a maintainer's ``mkdocs build`` has them;
- ``plain mkdocs build, 1 process``: the same in MkDocs' own process only
  (``BRIEFGEN_JOBS=1``), as MkDocs renders pages by itself;
- ``briefgen build``: the command editors run, after the ingest above;
- ``briefgen build (no change)``: again, into the same site folder;
- ``one-seed change``: a point of one seed reworded, then ``ingest`` (files written are
  counted) and ``briefgen build``;
- ``briefgen build (cold)``: with no cache at all (``BRIEFGEN_CACHE=off``), everything
  planned and checked again, then MkDocs: a first build on a fresh clone.

Prints seconds, ms per page and peak memory per stage, files written, the ratios the
targets are about, the largest page of each kind, the search index, and, with two sizes
or more, each stage's growth from the first size to the last. ``make bench-site`` runs 100
and 500 events; ``python -m benchmarks.bench_site 100 500 1000`` any sizes. It measures;
it does not fail.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.corpus import write_corpus
from tests.support import make_project

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
BRIEFGEN = [sys.executable, "-m", "generator"]
MKDOCS = [sys.executable, "-m", "mkdocs", "build", "-q"]


@dataclass
class Stage:
    seconds: float
    peak_mb: float
    stdout: str


@dataclass
class Run:
    events: int
    pages: int = 0
    stages: dict[str, Stage] = field(default_factory=dict)


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> Stage:
    """Run ``command``; its wall time (peak memory: see ``_peak``)."""
    started = time.perf_counter()
    process = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)}: {(process.stderr or process.stdout)[-2000:]}")
    return Stage(seconds, 0.0, process.stdout)


def _peak(command: list[str], cwd: Path, env: dict[str, str]) -> Stage:
    """``timed`` with the peak memory of the process tree, measured by GNU time when the
    machine has it (MkDocs runs as a child of ``briefgen build``)."""
    gnu_time = Path("/usr/bin/time")
    if not gnu_time.exists():
        return timed(command, cwd, env)
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as report:
        stage = timed([str(gnu_time), "-q", "-f", "%M", "-o", report.name, *command], cwd, env)
        kilobytes = [int(x) for x in re.findall(r"^\d+$", Path(report.name).read_text(), re.M)]
    stage.peak_mb = kilobytes[-1] / 1024 if kilobytes else 0.0
    return stage


def written(stdout: str) -> int:
    return len(re.findall(r"^(?:created|updated|removed) ", stdout, re.M))


def reword_one_seed(seeds: Path) -> str:
    """Reword one point of one seed (the middle one), as an editor fixing a typo would."""
    seed = sorted(seeds.glob("*.txt"))[len(list(seeds.glob("*.txt"))) // 2]
    text = seed.read_text(encoding="utf-8")
    changed = re.sub(r"participant said", "participant argued", text, count=1)
    assert changed != text, seed
    seed.write_text(changed, encoding="utf-8")
    return seed.name


def run(count: int) -> Run:
    result = Run(count)
    with tempfile.TemporaryDirectory() as temporary:
        base = Path(temporary)
        env = {**ENV, "BRIEFGEN_CACHE_DIR": str(base / "cache")}
        root = make_project(base / "p", [])
        write_corpus(root / "seeds", count)
        stages = result.stages
        stages["ingest (first run)"] = _peak([*BRIEFGEN, "ingest"], root, env)
        result.pages = sum(1 for _ in (root / "content").rglob("*.md"))
        stages["ingest (no change)"] = _peak([*BRIEFGEN, "ingest"], root, env)
        stages["check"] = _peak([*BRIEFGEN, "check"], root, env)
        plain_env = {**env, "BRIEFGEN_CHECKED": "1"}
        stages["plain mkdocs build"] = _peak([*MKDOCS, "--site-dir", str(base / "plain")], root,
                                             plain_env)  # fmt: skip
        stages["plain mkdocs build, 1 process"] = _peak(
            [*MKDOCS, "--site-dir", str(base / "plain1")], root, {**plain_env, "BRIEFGEN_JOBS": "1"}
        )
        site = ["--site-dir", str(base / "site")]
        stages["briefgen build"] = _peak([*BRIEFGEN, "build", *site], root, env)
        stages["briefgen build (no change)"] = _peak([*BRIEFGEN, "build", *site], root, env)
        reworded = reword_one_seed(root / "seeds")
        stages["one-seed change: ingest"] = _peak([*BRIEFGEN, "ingest"], root, env)
        stages["one-seed change: build"] = _peak([*BRIEFGEN, "build", *site], root, env)
        cold_env = {**env, "BRIEFGEN_CACHE": "off"}
        stages["briefgen build (cold)"] = _peak(
            [*BRIEFGEN, "build", "--site-dir", str(base / "cold")], root, cold_env
        )
        report(result, base, reworded)
    return result


def report(result: Run, base: Path, reworded: str) -> None:
    stages, pages = result.stages, result.pages
    print(f"\n{result.events} events, {pages} pages")
    print(f"  {'stage':<30}{'seconds':>9}{'ms/page':>9}{'peak MB':>9}")
    for name, stage in stages.items():
        print(f"  {name:<30}{stage.seconds:>9.2f}{stage.seconds * 1000 / pages:>9.1f}"
              f"{stage.peak_mb:>9.0f}")  # fmt: skip
    plain = stages["plain mkdocs build"].seconds
    build = stages["briefgen build"].seconds
    counts = [written(stages[s].stdout) for s in ("ingest (first run)", "ingest (no change)",
                                                  "one-seed change: ingest")]  # fmt: skip
    print(f"  files written: first run {counts[0]}, no-change run {counts[1]}, "
          f"one-seed change ({reworded}) {counts[2]}")  # fmt: skip
    alone = stages["plain mkdocs build, 1 process"].seconds
    print(f"  briefgen build / plain mkdocs build: {build / plain:.2f}x "
          f"(cold, no cache: {stages['briefgen build (cold)'].seconds / plain:.2f}x; "
          f"against MkDocs in one process: {build / alone:.2f}x)")  # fmt: skip
    print(f"  no-change build / briefgen build: "
          f"{stages['briefgen build (no change)'].seconds / build:.1%}")  # fmt: skip
    site = base / "site"
    sizes = {p: p.stat().st_size for p in site.rglob("*.html")}
    largest = max(sizes, key=lambda p: sizes[p])
    print(f"  largest page: {largest.relative_to(site)} {sizes[largest] / 1000:.0f} KB; "
          f"pages over 40 KB: {sum(1 for s in sizes.values() if s > 40_000)}")  # fmt: skip
    for kind, size, page in largest_by_kind(site, sizes):
        print(f"    largest {kind:<22}{size / 1000:>6.0f} KB  {page}")
    index = [p for p in (site / "pagefind").rglob("*") if p.is_file()]
    search_disk = sum(p.stat().st_size for p in index)
    print(f"  search index (Pagefind, on disk): {search_disk / 1000:.0f} KB, {len(index)} files "
          "(make bench-search measures what a first search fetches)")  # fmt: skip


def largest_by_kind(site: Path, sizes: dict[Path, int]) -> list[tuple[str, int, str]]:
    """The largest page of each kind: index pages (a folder's index, home, the matrix)
    and the pages of each folder (events, capitals, topics, browse lists...)."""
    best: dict[str, tuple[int, str]] = {}
    for path, size in sizes.items():
        rel = path.relative_to(site).as_posix()
        depth = rel.count("/")
        kind = "index pages" if depth <= 1 else rel.split("/")[0] + " pages"
        if size > best.get(kind, (0, ""))[0]:
            best[kind] = (size, rel)
    return sorted(((k, s, p) for k, (s, p) in best.items()), key=lambda x: -x[1])


def growth(runs: list[Run]) -> None:
    """Each stage's growth from the first size to each larger one."""
    first = runs[0]
    for last in runs[1:]:
        times = f"{last.events / first.events:.0f}x events, {last.pages / first.pages:.1f}x pages"
        print(f"\ngrowth from {first.events} to {last.events} events ({times})")
        for name, stage in last.stages.items():
            before = first.stages[name].seconds
            print(f"  {name:<30}{stage.seconds / before:>8.2f}x")


def main() -> int:
    sizes = [int(a) for a in sys.argv[1:]] or [100, 500]
    runs = [run(count) for count in sizes]
    if len(runs) > 1:
        growth(runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
