"""Golden whole-tree outputs: the content/ tree generated from the seed and from the samples.

Regenerate after an intended change with ``make golden`` (``python -m tests.golden``);
review the diff before committing it.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from tests.conftest import FIXTURES, ROOT, briefgen, make_project

GOLDEN = ROOT / "tests" / "golden"
SETS = {
    "seed": [next((ROOT / "seeds").glob("*.txt"))],
    "samples": sorted((FIXTURES / "samples").glob("*.txt")),
}


def generate(name: str, where: Path) -> Path:
    """Ingest one set of seeds into a fresh project; return its content/ folder."""
    root = make_project(where / name, SETS[name])
    result = briefgen(root, "ingest")
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return root / "content"


def main() -> int:
    with tempfile.TemporaryDirectory() as temporary:
        for name in SETS:
            content = generate(name, Path(temporary))
            target = GOLDEN / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(content, target)
            print(f"wrote {target.relative_to(ROOT)} ({sum(1 for _ in target.rglob('*.*'))} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
