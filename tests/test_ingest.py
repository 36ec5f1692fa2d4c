"""`briefgen ingest` and `briefgen check` through the CLI, on throwaway projects."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.support import FIXTURES, SEED, briefgen, make_project


def tree_hash(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "proj", [SEED])
    result = briefgen(root, "ingest")
    assert result.returncode == 0, result.stderr
    return root


def test_seed_gives_the_expected_pages(project: Path) -> None:
    content = project / "content"
    assert len(list((content / "events").glob("*.md"))) == 2  # the event and the index
    assert len(list((content / "themes").glob("*/*.md"))) == 3
    people = sorted(p.stem for p in (content / "people").glob("*.md") if p.stem != "index")
    assert len(people) == 13
    assert {"paul-haenle", "zhao-kejin", "antoine-bondaz", "john-delury", "sun-zhe"} <= set(people)
    capitals = sorted(p.stem for p in (content / "capitals").glob("*.md") if p.stem != "index")
    assert capitals == ["beijing", "pyongyang", "seoul", "tokyo", "washington"]
    result = briefgen(project, "check")
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("check: ") and result.stdout.endswith(
        "pages OK, in sync with seeds/\n"
    )


def test_second_ingest_changes_no_byte(project: Path) -> None:
    before = tree_hash(project / "content")
    result = briefgen(project, "ingest")
    assert result.returncode == 0
    owned = [
        path for path in before if path != "editors/index.md"
    ]  # the editor guide is hand-written
    assert result.stdout == f"ingest: nothing to do ({len(owned)} files unchanged)\n"
    assert tree_hash(project / "content") == before


def test_ingest_reports_what_it_created(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [SEED])
    result = briefgen(root, "ingest")
    lines = result.stdout.splitlines()
    assert "created   content/people/paul-haenle.md" in lines
    assert (
        lines[-1].startswith("ingest: ") and " created, 0 updated, 0 unchanged, 0 kept" in lines[-1]
    )


def test_force_takes_the_regenerated_page(project: Path) -> None:
    page = project / "content" / "people" / "paul-haenle.md"
    edited = page.read_text().replace("# Paul Haenle\n", "# Paul Haenle\n\nAn editor's note.\n")
    page.write_text(edited)
    result = briefgen(project, "ingest")
    assert result.returncode == 0
    assert page.read_text() == edited
    assert briefgen(project, "check").returncode == 0
    forced = briefgen(project, "ingest", "--force", "content/people/paul-haenle.md")
    assert "updated   content/people/paul-haenle.md" in forced.stdout.splitlines()
    assert "An editor's note." not in page.read_text()


def test_hand_written_pages_are_never_touched(project: Path) -> None:
    page = project / "content" / "notes.md"
    text = '---\ntype: "index"\nid: "index:notes"\ntitle: "Notes"\nlists: "none"\n---\n\n# Notes\n'
    page.write_text(text)
    assert briefgen(project, "ingest").returncode == 0
    assert page.read_text() == text


def test_removed_seed_leaves_orphans_for_check(project: Path) -> None:
    (project / "seeds" / SEED.name).unlink()
    result = briefgen(project, "ingest")
    assert result.returncode == 0
    assert any(line.startswith("orphan    content/events/") for line in result.stdout.splitlines())
    assert (project / "content" / "people" / "paul-haenle.md").exists()
    check = briefgen(project, "check")
    assert check.returncode == 1
    assert (
        f"content/people/paul-haenle.md:1: orphan: generated from seeds/{SEED.name}, which no "
        "longer produces it; delete the file or restore the seed"
    ) in check.stdout.splitlines()
    assert (
        f"content/sources/{SEED.name}:1: orphan: a copy of seeds/{SEED.name}, which is gone; "
        "delete the file or restore the seed"
    ) in check.stdout.splitlines()
    assert (
        f"orphan    content/sources/{SEED.name} (its seed no longer produces it; see briefgen check)"
        in result.stdout.splitlines()
    )


def test_stale_content_fails_check(project: Path) -> None:
    seed = project / "seeds" / SEED.name
    seed.write_text(seed.read_text().replace("Kaesong Industrial complex", "Kaesong complex"))
    result = briefgen(project, "check")
    assert result.returncode == 1
    assert "out of sync with seeds/: run 'briefgen ingest'" in result.stdout


def test_bad_seed_leaves_content_untouched(project: Path) -> None:
    before = tree_hash(project / "content")
    (project / "seeds" / "broken.txt").write_bytes(b"Title\n\xff\xfe oops\n")
    result = briefgen(project, "ingest")
    assert result.returncode == 1
    assert (
        result.stderr
        == "Error: seeds/broken.txt:2: file is not valid UTF-8 (byte 0xff at offset 6)\n"
    )
    assert tree_hash(project / "content") == before


def test_seed_outside_seeds_folder_is_a_usage_problem(project: Path) -> None:
    result = briefgen(project, "ingest", str(FIXTURES / "seed.txt"))
    assert result.returncode == 1
    assert (
        result.stderr
        == f"Error: {FIXTURES / 'seed.txt'}: seeds must be in the project's seeds/ folder\n"
    )


CORRUPTIONS = [
    ("bad-yaml", '---\ntype: "index"\nid: "index:x"\ntitle: [unclosed\nlists: "none"\n---\n',
     "content/x.md:5: front matter: a list in [brackets] that is never closed"),
    ("missing-type", '---\nid: "index:x"\ntitle: "X"\n---\n',
     "content/x.md:1: missing required key 'type' (one of capital, event, index, listing, person, source, theme, topic)"),
    ("unknown-type", '---\ntype: "essay"\nid: "index:x"\ntitle: "X"\n---\n',
     "content/x.md:2: unknown type 'essay' (expected one of capital, event, index, listing, person, source, theme, topic)"),
    ("wrong-value-type", '---\ntype: "index"\nid: "index:x"\ntitle: 42\nlists: "none"\n---\n',
     "content/x.md:4: 'title': 42 is not of type 'string'"),
    ("dangling-reference",
     '---\ntype: "person"\nid: "person:x"\ntitle: "X"\nname: "X"\nappearances:\n'
     '- event: "event:nowhere"\n  roles: ["speaker"]\n---\n',
     "content/x.md:6: 'appearances' refers to unknown event 'event:nowhere'"),
    ("duplicate-id", '---\ntype: "index"\nid: "index:home"\ntitle: "X"\nlists: "none"\n---\n',
     "content/x.md:3: duplicate id 'index:home' (also in content/index.md)"),
    ("duplicate-key", '---\ntype: "index"\nid: "index:x"\ntitle: "X"\ntitle: "Y"\nlists: "none"\n---\n',
     "content/x.md:5: front matter: duplicate key 'title'"),
    ("tab-indentation", '---\ntype: "index"\nid: "index:x"\ntitle: "X"\nlists: "none"\nhide:\n\t- toc\n---\n',
     "content/x.md:7: tab used for indentation in front matter"),
    ("unknown-key", '---\ntype: "index"\nid: "index:x"\ntitle: "X"\nlists: "none"\ncolour: "red"\n---\n',
     "content/x.md:6: unknown key 'colour'"),
    ("misspelt-key", '---\ntype: "event"\nid: "event:x"\ntitle: "X"\ndate: null\nloaction: null\n'
     'moderators: []\nspeakers: []\ndiscussants: []\nthemes: []\ncapitals: []\n'
     'source: "sources/s.txt"\n---\n',
     "content/x.md:6: unknown key 'loaction'; did you mean 'location'?"),
    ("yaml-colon", '---\ntype: "index"\nid: "index:x"\ntitle: Q: A\nlists: "none"\n---\n',
     "content/x.md:4: front matter: a ':' where a value was expected; put the value in double "
     'quotes (title: "Q: A"), or check the indentation of this line'),
    ("no-front-matter", "# Just a heading\n",
     "content/x.md:1: no front matter: the page must start with a '---' line"),
    ("date-as-date", '---\ntype: "event"\nid: "event:x"\ntitle: "X"\ndate: 2013-13-45\nlocation: null\n'
     'moderators: []\nspeakers: []\ndiscussants: []\nthemes: []\ncapitals: []\nsource: "sources/s.txt"\n---\n',
     "content/x.md:5: 'date': '2013-13-45' is not a 'date'"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "message"), CORRUPTIONS, ids=[c[0] for c in CORRUPTIONS])
def test_check_reports_each_corruption_exactly(
    project: Path, name: str, text: str, message: str
) -> None:
    (project / "content" / "x.md").write_text(text)
    result = briefgen(project, "check")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert message in lines
    # Another line may only say that generated pages (the indexes) would change.
    assert all(
        line == message
        or line.endswith("out of sync with seeds/: run 'briefgen ingest'")
        or (line.startswith("content: ") and "fix those, then run 'briefgen ingest'" in line)
        for line in lines
    )
    assert result.stderr == f"check: {len(lines)} problem(s) in content/\n"


def test_check_reports_every_problem_in_one_run(project: Path) -> None:
    for name, text, _ in CORRUPTIONS[:4]:
        (project / "content" / f"{name}.md").write_text(text)
    result = briefgen(project, "check")
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 4


def test_ingest_names_unclassified_text(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [])
    (root / "seeds" / "odd.txt").write_text(
        "Odd Event\n\nMon. April 22nd, 2013\nSeoul\n\nA body paragraph here.\n\n"
        "event speakers\n\nSenior Fellow, Kestrel Forum\n",
        encoding="utf-8",
    )
    result = briefgen(root, "ingest")
    assert result.returncode == 0, result.stderr
    assert (
        "unclassified seeds/odd.txt:10: Senior Fellow, Kestrel Forum (kept on the event page)"
        in result.stdout.splitlines()
    )
    event = next((root / "content" / "events").glob("2013-*.md")).read_text(encoding="utf-8")
    assert "## Unclassified source text" in event
    assert "Senior Fellow, Kestrel Forum" in event


def test_check_reports_a_seed_that_fails_to_parse(project: Path) -> None:
    (project / "seeds" / "broken.txt").write_bytes(b"\x00binary")
    result = briefgen(project, "check")
    assert result.returncode == 1
    assert result.stdout == "seeds/broken.txt:1: file contains a NUL byte; is it binary?\n"


def test_check_reports_a_broken_site_config(project: Path) -> None:
    (project / "site_config.yml").write_text("site:\n  name: x\ncapitals: [\n")
    result = briefgen(project, "check")
    assert result.returncode == 1
    assert (
        result.stdout
        == f"{project / 'site_config.yml'}:4: expected the node content, but found '<stream end>'\n"
    )


def test_a_broken_page_is_named_first_with_what_it_causes(project: Path) -> None:
    """A hand-written person page with broken YAML that an event refers to: check names
    the broken page first and folds the dangling references into it."""
    (project / "content" / "people" / "jo-hand.md").write_text(
        '---\ntype: "person"\nid: "person:jo-hand"\ntitle: Q: A\n---\n', encoding="utf-8"
    )
    (project / "content" / "events" / "hand.md").write_text(
        '---\ntype: "event"\nid: "event:hand"\ntitle: "Hand"\ndate: null\nlocation: null\n'
        'moderators: ["person:jo-hand"]\nspeakers: ["person:jo-hand"]\ndiscussants: []\n'
        'themes: []\ncapitals: []\nsource: "sources/seed.txt"\n---\n\n# Hand\n',
        encoding="utf-8",
    )
    result = briefgen(project, "check")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "content/people/jo-hand.md:4: front matter: a ':' where a value was expected; put the "
        'value in double quotes (title: "Q: A"), or check the indentation of this line '
        "(and 2 more caused by this)"
    )
    assert not any("jo-hand'" in line for line in lines[1:])
    ingest = briefgen(project, "ingest")
    assert ingest.returncode == 1
    assert ingest.stderr.splitlines()[0] == lines[0]
