"""Hostile seeds at the documented limits: ingest + check + a strict MkDocs build of one
seed each, in a temporary project; then seeds just past each limit, which must be
refused in under a second.

Prints seconds and peak memory (of this process and its MkDocs child) per case and exits
1 when a seed at the limits takes more than 10 s or 1 GB, or one past them is not
refused quickly with a one-line error.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from generator.parse.source import MAX_BYTES, MAX_LINE_CHARS, MAX_LINES, MAX_MARKUP_PER_LINE
from generator.site.limits import MAX_PASSAGES, MAX_PEOPLE, MAX_POINTS_PER_SECTION, MAX_SECTIONS
from tests.support import SEED, briefgen, make_project

HEAD = "Hostile Roundtable\n\nMon. April 22nd, 2013\n\nSummary.\n\n"


def at_limits() -> dict[str, str]:
    """Seeds that stay just inside the limits, each pushing one of them."""
    bullet_lines = (MAX_LINES - 20) // 2
    return {
        "bullets": HEAD + "Theme\n\n"
        + "".join(f"  • Label {n}: A Chinese scholar said point {n}.\n\n"
                  for n in range(min(bullet_lines, MAX_POINTS_PER_SECTION))),
        "sections": HEAD + "".join(
            f"Theme {s}\n\n" + "".join(f"  • Point {s}.{n} said a U.S. participant.\n\n"
                                       for n in range(40))
            for s in range(MAX_PASSAGES // 40)
        ),
        "markup": HEAD + "Theme\n\n" + "".join(
            f"  • Label {n}: " + "<&*_[]" * (MAX_MARKUP_PER_LINE // 6 - 2) + "\n\n"
            for n in range(9)
        ),
        "long-lines": HEAD + "Theme\n\n" + "".join(
            f"  • Label {n}: " + "word " * (MAX_LINE_CHARS // 5 - 10) + "\n\n" for n in range(18)
        ),
        # every line the same, so each is page furniture: the heaviest source viewer
        "lines": HEAD + "".join(f"{'w' * 48}\n" for _ in range(MAX_LINES - 7)),
        "people": HEAD + "Discussants: "
        + ", ".join(f"Jo Ro{chr(97 + n // 26)}{chr(97 + n % 26)}" for n in range(MAX_PEOPLE - 2))
        + "\n",
        # trigger phrases for prose lists, packed into lines at the length limit
        "prose-lists": HEAD + "".join(
            ("Panelists included Jo Ro, a fellow, and " * (MAX_LINE_CHARS // 42)) + "\n\n"
            for _ in range(18)
        ),
    }  # fmt: skip


def past_limits() -> dict[str, str]:
    return {
        "size": "T\n" + "a" * MAX_BYTES,
        "lines": "T\n" * (MAX_LINES + 1),
        "line": "T\n" + "a" * (MAX_LINE_CHARS + 1),
        "markup": "T\n" + "<" * (MAX_MARKUP_PER_LINE + 1),
        "points": HEAD + "Theme\n\n" + "  • Point.\n\n" * (MAX_POINTS_PER_SECTION + 1),
        "sections": HEAD + "".join(f"Theme {n}\n\n  • Point.\n\n" for n in range(MAX_SECTIONS + 1)),
        "people": HEAD + "Discussants: " + ", ".join(f"Jo Ro{n}" for n in range(MAX_PEOPLE + 1)),
    }


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def timed(step: Callable[[], object]) -> float:
    started = time.perf_counter()
    step()
    return time.perf_counter() - started


def main() -> int:
    failed = []
    print(f"{'seed at the limits':<20}{'bytes':>10}{'seconds':>9}{'peak MB':>9}")
    for name, text in at_limits().items():
        assert len(text.encode()) <= MAX_BYTES, name
        with tempfile.TemporaryDirectory() as temporary:
            root = make_project(Path(temporary) / "p", [SEED])
            (root / "seeds" / "hostile.txt").write_text(text, encoding="utf-8")

            def run(root: Path = root, name: str = name) -> None:
                for command in ("ingest", "check"):
                    result = briefgen(root, command)
                    if result.returncode != 0:
                        raise SystemExit(f"{name}: {command}: {result.stderr or result.stdout}")
                subprocess.run(
                    [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
                    cwd=root, check=True,
                    env={"BRIEFGEN_CHECKED": "1", "NO_MKDOCS_2_WARNING": "1", "PATH": ""},
                )  # fmt: skip

            seconds = timed(run)
        memory = peak_mb()
        print(f"{name:<20}{len(text.encode()):>10,}{seconds:>9.2f}{memory:>9.0f}")
        if seconds > 10 or memory > 1024:
            failed.append(name)
    print(f"\n{'seed past a limit':<20}{'seconds':>9}  error")
    for name, text in past_limits().items():
        with tempfile.TemporaryDirectory() as temporary:
            root = make_project(Path(temporary) / "p", [])
            (root / "seeds" / "hostile.txt").write_text(text, encoding="utf-8")
            result = None

            def refuse(root: Path = root) -> None:
                nonlocal result
                result = briefgen(root, "ingest")

            seconds = timed(refuse)
        assert result is not None
        print(f"{name:<20}{seconds:>9.2f}  {result.stderr.strip()[:90]}")
        if result.returncode != 1 or seconds >= 1 or result.stderr.count("\n") != 1:
            failed.append(f"past {name}")
    if failed:
        print("bench-limits: over budget: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
