"""Parse-time benchmark: the seed, and a document 100x its length.

Prints milliseconds per document (best of several runs) and the ratio, and exits 1 when
parsing is not linear enough (100x document slower than 150x the seed) or the seed takes
10 ms or more.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from generator.parse.body import parse
from generator.parse.source import read_source
from generator.store.site_config import gazetteer_for

ROOT = Path(__file__).resolve().parent.parent


def best_ms(text: str, repeat: int) -> float:
    gazetteer = gazetteer_for(ROOT / "site_config.yml")
    parse(text, "warm-up", gazetteer)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        parse(text, "bench", gazetteer)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def long_document(seed: str, factor: int) -> str:
    """A document ``factor`` times the seed's length: header and trailer once, the
    sections repeated."""
    lines = seed.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("Reactions"))
    end = next(i for i, line in enumerate(lines) if line.startswith("Discussants:"))
    body = "\n".join(lines[start:end])
    times = -(-(len(seed) * factor - len(seed)) // (len(body) + 1)) + 1
    return "\n".join([*lines[:start], *([body] * times), *lines[end:]])


def main() -> int:
    seed = read_source(next((ROOT / "seeds").glob("*.txt")))
    big = long_document(seed, 100)
    seed_ms = best_ms(seed, 50)
    big_ms = best_ms(big, 5)
    ratio = big_ms / seed_ms
    print(f"seed:        {len(seed):>9,} chars  {seed_ms:8.2f} ms/doc")
    print(f"100x seed:   {len(big):>9,} chars  {big_ms:8.2f} ms/doc")
    print(f"ratio:       {ratio:.1f}x time for {len(big) / len(seed):.1f}x text (limit 150x)")
    ok = ratio < 150 and seed_ms < 10
    print("parse benchmark:", "ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
