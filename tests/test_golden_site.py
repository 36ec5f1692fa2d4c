"""Golden tests: one generated page of each type compared byte for byte with tests/golden/.

After an intended change run ``make golden`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.golden import GOLDEN, SETS, generate, kept


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("name", sorted(SETS))
def test_content_tree_matches_golden(name: str, tmp_path: Path) -> None:
    expected_folder = GOLDEN / name
    assert expected_folder.is_dir(), f"missing {expected_folder}; run 'make golden'"
    content = generate(name, tmp_path)
    got = {path: (content / path).read_bytes() for path in kept(content)}
    expected = files(expected_folder)
    assert sorted(got) == sorted(expected), "file list differs; run 'make golden' if intended"
    changed = [path for path in got if got[path] != expected[path]]
    assert changed == [], "files differ; run 'make golden' if intended"
