"""Stable identity: a published event URL never changes because another seed arrives,
is renamed or is removed."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.support import SEED, SEED_EVENT_PAGE, briefgen, make_project

EVENT = SEED_EVENT_PAGE


def events(root: Path) -> list[str]:
    return sorted(
        p.relative_to(root / "content").as_posix()
        for p in (root / "content" / "events").glob("*.md")
        if p.name != "index.md"
    )


def sources_of(root: Path, page: str) -> str:
    text = (root / "content" / page).read_text(encoding="utf-8")
    return text.split("  sources:\n", 1)[1].split("\n", 1)[0]


def test_a_copy_with_the_same_title_and_date_gets_a_suffix_not_the_original_url(
    tmp_path: Path,
) -> None:
    # the copy sorts before the original, which used to hand it the original's URL
    root = make_project(tmp_path / "p", [SEED])
    assert briefgen(root, "ingest").returncode == 0
    shutil.copy(SEED, root / "seeds" / "000-copy.txt")
    result = briefgen(root, "ingest")
    assert result.returncode == 0, result.stderr
    suffixed = EVENT.replace(".md", "-2.md")
    assert (
        f"warning   seeds/000-copy.txt: {EVENT} belongs to another event; this one is "
        f"published at {suffixed}"
    ) in result.stdout.splitlines()
    assert events(root) == sorted([EVENT, suffixed])
    assert sources_of(root, EVENT) == f'  - "seeds/{SEED.name}"'
    assert briefgen(root, "check").returncode == 0
    (root / "seeds" / "000-copy.txt").unlink()
    result = briefgen(root, "ingest")
    assert f"orphan    content/{suffixed}" in result.stdout
    assert f"orphan    content/{EVENT}" not in result.stdout
    check = briefgen(root, "check")
    orphans = [line.split(":", 1)[0] for line in check.stdout.splitlines() if "orphan" in line]
    assert f"content/{EVENT}" not in orphans
    assert f"content/{suffixed}" in orphans


def test_renaming_a_seed_keeps_its_pages(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [SEED])
    assert briefgen(root, "ingest").returncode == 0
    before = events(root)
    (root / "seeds" / SEED.name).rename(root / "seeds" / "renamed.txt")
    result = briefgen(root, "ingest")
    assert result.returncode == 0, result.stderr
    assert events(root) == before
    assert sources_of(root, EVENT) == '  - "seeds/renamed.txt"'
    assert not any(
        "orphan    content/events" in line or "orphan    content/themes" in line
        for line in result.stdout.splitlines()
    )
    # the published copy keeps its name (pages link to it), and holds the renamed seed
    assert (root / "content" / "sources" / SEED.name).read_bytes() == SEED.read_bytes()
    assert not (root / "content" / "sources" / "renamed.txt").exists()
    assert briefgen(root, "check").returncode == 0


def test_a_corrected_title_keeps_the_url(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [SEED])
    assert briefgen(root, "ingest").returncode == 0
    seed = root / "seeds" / SEED.name
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("Changing Perceptions", "Shifting Views", 1),
        encoding="utf-8",
    )
    assert briefgen(root, "ingest").returncode == 0
    assert events(root) == [EVENT]
    assert 'title: "Shifting Views' in (root / "content" / EVENT).read_text(encoding="utf-8")


def test_a_published_page_that_is_gone_needs_a_redirect(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [SEED])
    assert briefgen(root, "ingest").returncode == 0
    hand = root / "content" / "events" / "notes.md"
    hand.write_text(
        '---\ntype: "index"\nid: "index:notes"\ntitle: "Notes"\nlists: "none"\n---\n\n# Notes\n',
        encoding="utf-8",
    )
    assert briefgen(root, "ingest").returncode == 0
    assert "events/notes.md" in (root / "content" / ".published.txt").read_text("utf-8")
    moved = root / "content" / "events" / "field-notes.md"
    hand.rename(moved)
    moved.write_text(moved.read_text("utf-8").replace("index:notes", "index:field-notes"), "utf-8")
    assert briefgen(root, "ingest").returncode == 0
    check = briefgen(root, "check")
    assert check.returncode == 1
    assert (
        "content/events/notes.md: was published and is gone: restore it, or redirect its URL "
        "with 'events/notes.md: NEW-PAGE.md' under redirect_maps in mkdocs.yml"
    ) in check.stdout.splitlines()
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8").replace(
            "redirect_maps: {}",
            "redirect_maps:\n        'events/notes.md': 'events/field-notes.md'",
        ),
        "utf-8",
    )
    assert briefgen(root, "check").returncode == 0
    assert briefgen(root, "build").returncode == 0
    old = (root / "site" / "events" / "notes" / "index.html").read_text("utf-8")
    assert "field-notes/" in old and "refresh" in old
