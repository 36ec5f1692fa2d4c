"""Golden outputs: one generated page of each type, from the seed and from the samples.

Each set keeps the first page of each page type (event, theme, person, capital) and the
index pages that list them; focused assertions elsewhere say what each page must hold.

Regenerate after an intended change with ``make golden`` (``python -m tests.golden``);
review the diff before committing it.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from tests.support import FIXTURES, ROOT, SEED, briefgen, make_project

GOLDEN = ROOT / "tests" / "golden"
SETS = {
    "seed": [SEED],
    "samples": sorted((FIXTURES / "samples").glob("*.txt")),
}


def generate(name: str, where: Path) -> Path:
    """Ingest one set of seeds into a fresh project; return its content/ folder."""
    root = make_project(where / name, SETS[name])
    result = briefgen(root, "ingest")
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return root / "content"


KEPT_PATTERNS = (
    "events/*.md",
    "themes/*/*.md",
    "people/*.md",
    "capitals/*.md",
    "sources/*.md",
)
KEPT_INDEXES = ("index.md", "events/index.md", "matrix.md", "editors/front-matter.md")


def kept(content: Path) -> list[str]:
    """The golden pages of a content/ tree: the first page of each type, the indexes."""
    paths = list(KEPT_INDEXES)
    for pattern in KEPT_PATTERNS:
        pages = sorted(p for p in content.glob(pattern) if p.name != "index.md")
        if pages:
            paths.append(pages[0].relative_to(content).as_posix())
    return paths


def main() -> int:
    with tempfile.TemporaryDirectory() as temporary:
        for name in SETS:
            content = generate(name, Path(temporary))
            target = GOLDEN / name
            shutil.rmtree(target, ignore_errors=True)
            for path in kept(content):
                (target / path).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(content / path, target / path)
            print(f"wrote {target.relative_to(ROOT)} ({sum(1 for _ in target.rglob('*.*'))} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
