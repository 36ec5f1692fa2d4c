"""Site-scale benchmark: a synthetic archive of N events (``benchmarks.corpus``) built in a
temporary project, stage by stage, against a plain ``mkdocs build`` of the same content.

Prints per stage: seconds, ms per page, files written, and then the largest page, the
search index (Pagefind's, on disk; ``make bench-search`` measures what a search fetches)
and peak memory. ``make bench-site`` runs 100 and 500 events;
``python -m benchmarks.bench_site 1000`` any other size. It measures; it does not fail.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_corpus
from tests.support import briefgen, make_project

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}


def mkdocs(root: Path, site: Path, checked: bool) -> float:
    env = {**ENV, "BRIEFGEN_CHECKED": "1"} if checked else ENV
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "--site-dir", str(site)],
        cwd=root, check=True, env=env,
    )  # fmt: skip
    return time.perf_counter() - started


def timed(root: Path, *args: str) -> tuple[float, str]:
    started = time.perf_counter()
    result = briefgen(root, *args)
    if result.returncode != 0:
        raise SystemExit(f"briefgen {' '.join(args)}: {result.stderr or result.stdout}")
    return time.perf_counter() - started, result.stdout


def run(count: int) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        root = make_project(Path(temporary) / "p", [])
        write_corpus(root / "seeds", count)
        first, out = timed(root, "ingest")
        pages = sum(1 for _ in (root / "content").rglob("*.md"))
        written = out.count("\ncreated ") + out.startswith("created ")
        again, out_again = timed(root, "ingest")
        check, _ = timed(root, "check")
        plain = mkdocs(root, Path(temporary) / "plain", checked=True)
        os.environ["NO_MKDOCS_2_WARNING"] = "1"
        build, _ = timed(root, "build", "--site-dir", str(Path(temporary) / "site"))
        site = Path(temporary) / "site"
        sizes = {p: p.stat().st_size for p in site.rglob("*.html")}
        largest = max(sizes, key=lambda p: sizes[p])
        index = [p for p in (site / "pagefind").rglob("*") if p.is_file()]
        search_disk = sum(p.stat().st_size for p in index)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"\n{count} events, {pages} pages")
        print(f"  {'stage':<28}{'seconds':>9}{'ms/page':>9}")
        for name, seconds in (("ingest (first run)", first), ("ingest (no change)", again),
                              ("check", check), ("plain mkdocs build", plain),
                              ("briefgen build", build)):  # fmt: skip
            print(f"  {name:<28}{seconds:>9.2f}{seconds * 1000 / pages:>9.1f}")
        print(f"  files written: first run {written}, no-change run "
              f"{out_again.count('created ') + out_again.count('updated ')}")  # fmt: skip
        print(f"  briefgen build / plain mkdocs build: {build / plain:.2f}x")
        print(f"  largest page: {largest.relative_to(site)} {sizes[largest] / 1000:.0f} KB")
        for kind, size, page in largest_by_kind(site, sizes):
            print(f"    largest {kind:<22}{size / 1000:>6.0f} KB  {page}")
        print(f"  search index (Pagefind, on disk): {search_disk / 1000:.0f} KB, "
              f"{len(index)} files")  # fmt: skip
        print(f"  peak memory of a child process: {peak:.0f} MB")


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


def main() -> int:
    sizes = [int(a) for a in sys.argv[1:]] or [100, 500]
    for count in sizes:
        run(count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
