"""Editors' changes and generated parts coexist on one page: edits are kept byte for
byte, generated zones and values keep updating around them, and nothing is reverted
silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import SAMPLES, SEED, SEED_EVENT_PAGE, briefgen, make_project

PERSON = "people/paul-haenle.md"
EVENT = SEED_EVENT_PAGE


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "p", [SEED])
    assert briefgen(root, "ingest").returncode == 0
    return root


def page(root: Path, path: str) -> Path:
    return root / "content" / path


def edit(root: Path, path: str, old: str, new: str) -> str:
    target = page(root, path)
    text = target.read_text(encoding="utf-8")
    assert old in text, old
    text = text.replace(old, new, 1)
    target.write_text(text, encoding="utf-8")
    return text


def another_event_with(root: Path, name: str, role_line: str) -> None:
    (root / "seeds" / "2014-follow-up.txt").write_text(
        f"Follow-up Roundtable\n\nTue. May 6th, 2014\n\nSeoul\n\n"
        f"A summary of the follow-up.\n\n{role_line}\n",
        encoding="utf-8",
    )


def test_prose_edit_is_kept_and_new_appearances_still_arrive(project: Path) -> None:
    note = "An editor's note, written by hand.\n\nWith a second paragraph."
    edit(project, PERSON, "# Paul Haenle\n", f"# Paul Haenle\n\n{note}\n")
    another_event_with(project, "Paul Haenle", "Discussants: Paul Haenle, Jo Roe")
    result = briefgen(project, "ingest")
    assert result.returncode == 0, result.stderr
    text = page(project, PERSON).read_text(encoding="utf-8")
    assert note in text
    assert "Follow-up Roundtable" in text  # the links zone lists the new event
    assert "event:2014-05-06-follow-up-roundtable" in text  # and appearances in front matter
    assert "kept      " not in result.stdout
    check = briefgen(project, "check")
    assert (check.returncode, check.stderr.count("warning")) == (0, 0)


def test_a_front_matter_override_is_kept_and_reported_once(project: Path) -> None:
    edit(project, EVENT, 'location: "Beijing"', 'location: "Beijing, Tsinghua University"')
    first = briefgen(project, "ingest")
    assert f"override  content/{EVENT}: location (your value is kept;" in first.stdout
    text = page(project, EVENT).read_text(encoding="utf-8")
    assert 'location: "Beijing, Tsinghua University"' in text
    assert "Beijing, Tsinghua University</dd>" in text  # the fact box shows the override
    second = briefgen(project, "ingest")
    assert "override" not in second.stdout
    assert briefgen(project, "check").returncode == 0
    # taking the generated value again: delete the key's override by restoring it
    edit(project, EVENT, 'location: "Beijing, Tsinghua University"', 'location: "Beijing"')
    assert briefgen(project, "ingest").returncode == 0
    assert "overrides:" not in page(project, EVENT).read_text(encoding="utf-8")


def test_an_added_section_and_a_yaml_comment_are_kept(project: Path) -> None:
    section = "## Editor's context\n\nWritten by an editor, with *emphasis*."
    text = edit(project, PERSON, "<!-- briefgen:links -->", f"{section}\n\n<!-- briefgen:links -->")
    edit(
        project,
        PERSON,
        'name: "Paul Haenle"',
        '# checked against the bio, 2026-11\nname: "Paul Haenle"',
    )
    another_event_with(project, "Paul Haenle", "Discussants: Paul Haenle, Jo Roe")
    assert briefgen(project, "ingest").returncode == 0
    after = page(project, PERSON).read_text(encoding="utf-8")
    assert section in after
    assert '# checked against the bio, 2026-11\nname: "Paul Haenle"' in after
    assert "Follow-up Roundtable" in after
    assert text != after
    assert briefgen(project, "check").returncode == 0


def test_an_edit_inside_a_generated_zone_is_an_error_naming_the_line(project: Path) -> None:
    text = edit(project, PERSON, "## Events\n", "## Events\n\nMy note inside the zone.\n")
    line = text.split("<!-- briefgen:links -->")[0].count("\n") + 1
    message = (
        f"content/{PERSON}:{line}: text inside the generated zone 'links' was changed; it is "
        "rewritten on every run, so write it outside the <!-- briefgen:links --> markers "
        "(this page was not rewritten)"
    )
    result = briefgen(project, "ingest")
    assert result.returncode == 1
    assert message in result.stderr.splitlines()
    assert page(project, PERSON).read_text(encoding="utf-8") == text  # nothing reverted
    check = briefgen(project, "check")
    assert check.returncode == 1 and message in check.stdout.splitlines()
    edit(project, PERSON, "## Events\n\nMy note inside the zone.\n", "## Events\n")
    assert briefgen(project, "ingest").returncode == 0


def test_a_changed_seed_under_an_edited_page_is_reported_until_decided(project: Path) -> None:
    edit(project, EVENT, "# Changing Perceptions", "An editor's lead.\n\n# Changing Perceptions")
    seed = project / "seeds" / SEED.name
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("threat assessments", "threat appraisals"),
        encoding="utf-8",
    )
    result = briefgen(project, "ingest")
    assert result.returncode == 0
    assert f"warning   content/{EVENT}: its seed's text changed since you edited" in result.stdout
    text = page(project, EVENT).read_text(encoding="utf-8")
    assert "An editor's lead." in text and "threat assessments" in text.split("---", 2)[2]
    check = briefgen(project, "check")
    assert check.returncode == 0
    assert f"content/{EVENT}:1: warning: its seed's text changed" in check.stderr
    kept = briefgen(project, "ingest", "--keep", f"content/{EVENT}")
    assert kept.returncode == 0
    assert "warning" not in briefgen(project, "check").stderr.replace("mkdocs.yml", "")


def test_every_sample_added_one_at_a_time_keeps_urls_and_edits(project: Path) -> None:
    note = "A note an editor wrote."
    edit(project, PERSON, "# Paul Haenle\n", f"# Paul Haenle\n\n{note}\n")
    published = {p.relative_to(project / "content") for p in (project / "content").rglob("*.md")}
    for sample in SAMPLES:
        (project / "seeds" / sample.name).write_bytes(sample.read_bytes())
        result = briefgen(project, "ingest")
        assert result.returncode == 0, (sample.name, result.stderr)
        now = {p.relative_to(project / "content") for p in (project / "content").rglob("*.md")}
        assert published <= now, sample.name
        published = now
        assert note in page(project, PERSON).read_text(encoding="utf-8")
        check = briefgen(project, "check")
        assert check.returncode == 0, (sample.name, check.stdout)


@pytest.mark.parametrize(
    "generated",
    ['generated: 5', 'generated:\n  base: [1]', 'generated:\n  base:\n    zones: [1]\n    keys: 3',
     'generated:\n  by: "briefgen"\n  sources: []\n  base:\n    keys: {}\n    zones: {}'],
)  # fmt: skip
def test_a_mangled_generated_block_is_an_error_never_a_crash(project: Path, generated: str) -> None:
    target = page(project, PERSON)
    text = target.read_text(encoding="utf-8")
    head, rest = text.split("generated:\n", 1)
    rest = rest.split("\n---\n", 1)[1]
    target.write_text(f"{head}{generated}\n---\n{rest}", encoding="utf-8")
    for command in ("ingest", "check"):
        result = briefgen(project, command)
        assert "Traceback" not in result.stderr
    assert briefgen(project, "check").returncode in (0, 1)
