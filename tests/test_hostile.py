"""Everything around the seed text is untrusted too: file names, symlinks, front-matter
shapes and sizes. One named regression test per attack; each ends in a one-line
``path[:line]: message``, a non-zero exit and nothing written, leaked or executed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support import SEED, briefgen, make_project

HTML_NAME = 'x.txt) <img src="x" onerror="alert(1)"> (.txt'


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "p", [SEED])
    assert briefgen(root, "ingest").returncode == 0
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    content = root / "content"
    return {
        p.relative_to(content).as_posix(): p.read_bytes()
        for p in sorted(content.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def mkdocs(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(root / "site")],
        cwd=root, capture_output=True, text=True, check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip


def test_seed_file_name_with_html_is_refused(project: Path) -> None:
    (project / "seeds" / HTML_NAME).write_text("Title\n\nText.\n", encoding="utf-8")
    before = snapshot(project)
    for command in ("ingest", "check", "build"):
        result = briefgen(project, command)
        assert result.returncode == 1, command
        assert f"seeds/{HTML_NAME}: file name may hold only letters" in result.stderr + (
            result.stdout
        ), command
    assert snapshot(project) == before


def test_page_file_name_with_html_is_refused_by_check_and_build(project: Path) -> None:
    (project / "content" / "events" / 'a"><img onerror=alert(1)>.md').write_text(
        '---\ntype: "index"\nid: "index:x"\ntitle: "x"\nlists: "none"\n---\n', encoding="utf-8"
    )
    result = briefgen(project, "check")
    assert result.returncode == 1
    assert 'content/events/a"><img onerror=alert(1)>.md: file name may hold only' in result.stdout
    assert mkdocs(project).returncode != 0


@pytest.mark.parametrize("name", ["con.md", "nul.md", "aux.md", "COM1.md"])
def test_windows_device_names_are_refused(project: Path, name: str) -> None:
    (project / "content" / "events" / name).write_text("---\n---\n", encoding="utf-8")
    result = briefgen(project, "check")
    assert result.returncode == 1
    assert f"content/events/{name}: '{name[:-3]}' is a reserved device name on Windows" in (
        result.stdout
    )


def test_symlinked_seed_is_refused(project: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret Title\n\nsecret token 1234\n", encoding="utf-8")
    (project / "seeds" / "leak.txt").symlink_to(secret)
    result = briefgen(project, "ingest")
    assert (result.returncode, result.stderr) == (
        1, "Error: seeds/leak.txt: is a symbolic link; copy the file into seeds/\n",
    )  # fmt: skip
    assert not (project / "content" / "sources" / "leak.txt").exists()


def test_symlink_in_content_is_never_published(project: Path) -> None:
    (project / "content" / "env.txt").symlink_to("/proc/self/environ")
    result = briefgen(project, "check")
    assert "content/env.txt: is a symbolic link; replace it with the file itself" in (result.stdout)
    build = mkdocs(project)
    assert build.returncode != 0
    assert not (project / "site" / "env.txt").exists()


def test_symlinked_content_folder_is_never_written_through(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    people = project / "content" / "people"
    people.rename(outside)
    people.symlink_to(outside)
    for page in outside.glob("*.md"):
        page.unlink()
    result = briefgen(project, "ingest")
    assert result.returncode == 1
    assert "would be written through a symbolic link; refused" in result.stderr
    assert list(outside.glob("*.md")) == []


def test_unwritable_content_is_a_clear_error(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, data: bytes) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    from generator.store import project as store

    monkeypatch.setattr(store, "write_atomic", refuse)  # a read-only content/, even as root
    (project / "seeds" / "second.txt").write_text("Second\n\nText.\n", encoding="utf-8")
    result = briefgen(project, "ingest")
    assert result.returncode == 1
    assert result.stderr.startswith("Error: content/")
    assert result.stderr.endswith(": cannot write (Permission denied)\n")


def test_nested_json_block_in_a_seed_does_not_crash(project: Path) -> None:
    text = '{"a":' * 5000 + "1" + "}" * 5000 + "\nA Title\n\nText.\n"
    (project / "seeds" / "nested.txt").write_text(text, encoding="utf-8")
    result = briefgen(project, "ingest")
    assert result.returncode in (0, 1)
    assert "Traceback" not in result.stderr


FRONT = '---\ntype: "index"\nid: "index:x"\ntitle: "x"\nlists: "none"\n'


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("x: " + "[" * 20000 + "]" * 20000 + "\n", "6: front matter: nested more than 32"),
        (
            'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
            "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n",
            "6: front matter: anchors (&name) are not allowed",
        ),
    ],
    ids=["deep", "alias-bomb"],
)
def test_hostile_yaml_is_refused_fast(project: Path, extra: str, message: str) -> None:
    (project / "content" / "events" / "x.md").write_text(FRONT + extra + "---\n", "utf-8")
    started = time.perf_counter()
    result = briefgen(project, "check")
    assert time.perf_counter() - started < 5
    assert f"content/events/x.md:{message}" in result.stdout
    assert mkdocs(project).returncode != 0


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("page", "old", "new", "message"),
    [
        ("themes/*/01-*.md", "order: 1", 'order: "first"', "'order': 'first' is not of type"),
        ("events/index.md", 'lists: "events"', "lists: [1, 2]", "'lists': [1, 2] is not one of"),
        ("capitals/beijing.md", 'id: "capital:beijing"', 'id: "capital"', "'id' must be an id"),
        ("themes/*/01-*.md", "capitals:\n", "capitals: 5\nx_capitals:\n", "'capitals': 5"),
        ("themes/*/01-*.md", 'voiced_by:\n  - "washington"', "voiced_by: 5", "voiced_by"),
        ("people/paul-haenle.md", "appearances:", "appearances: 7\nx_appearances:", "'appear"),
        ("events/2013-*.md", "title: ", "title: 12\nx_title: ", "'title': 12 is not of type"),
    ],
    ids=["order", "lists", "id", "capitals", "voiced_by", "appearances", "title"],
)
def test_wrong_shapes_are_errors_never_tracebacks(
    project: Path, page: str, old: str, new: str, message: str
) -> None:
    target = next((project / "content").glob(page))
    replace_in(target, old, new)
    for command in ("check", "ingest"):
        result = briefgen(project, command)
        assert "Traceback" not in result.stdout + result.stderr, command
    check = briefgen(project, "check")
    assert check.returncode == 1
    assert message in check.stdout, check.stdout
    assert mkdocs(project).returncode != 0  # a plain build refuses it too (the plugin)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("T\n\n" + "  • x\n" * 30000, "too many lines (30,003; the limit is 20,000)"),
        ("T\n\n" + "<" * 300_000 + "\n", "3: line too long (300,000 characters"),
        ("T\n\n" + "<" * 5000 + "\n", "3: too many markup characters in one line (5,000"),
        ("T\n\nSummary.\n\nTheme\n\n" + "  • Point.\n\n" * 400, "too many points in one"),
        ("T\n\nSummary.\n\nDiscussants: " + ", ".join(f"Jo Ro{n}" for n in range(400)),
         "too many people"),
    ],
    ids=["bullets", "long-line", "markup", "points", "people"],
)  # fmt: skip
def test_limits_refuse_before_the_expensive_step(project: Path, text: str, message: str) -> None:
    (project / "seeds" / "big.txt").write_text(text, encoding="utf-8")
    before = snapshot(project)
    started = time.perf_counter()
    result = briefgen(project, "ingest")
    assert time.perf_counter() - started < 5
    assert result.returncode == 1
    assert result.stderr.startswith("Error: seeds/big.txt")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert snapshot(project) == before


def test_a_person_named_index_gets_their_own_page(project: Path) -> None:
    (project / "seeds" / "idx.txt").write_text(
        "Index Roundtable\n\nMon. May 6th, 2013\n\nSummary.\n\nDiscussants: Index, Jane Roe\n",
        encoding="utf-8",
    )
    result = briefgen(project, "ingest")
    assert result.returncode == 0, result.stderr
    people_index = (project / "content" / "people" / "index.md").read_text(encoding="utf-8")
    assert 'id: "index:people"' in people_index
    assert (project / "content" / "people" / "index-page.md").is_file()
    assert briefgen(project, "check").returncode == 0


def test_an_untitled_seed_named_index_does_not_replace_the_events_index(project: Path) -> None:
    (project / "seeds" / "index.txt").write_text("\n\nsome words only\n", encoding="utf-8")
    result = briefgen(project, "ingest")
    assert result.returncode == 0, result.stderr
    events_index = (project / "content" / "events" / "index.md").read_text(encoding="utf-8")
    assert 'id: "index:events"' in events_index
    assert briefgen(project, "check").returncode == 0


def test_bidi_controls_are_removed_from_titles_and_names(project: Path) -> None:
    (project / "seeds" / "bidi.txt").write_text(
        "Safe \u202etxt.exe\u202c Title\n\nMon. May 6th, 2013\n\nSummary.\n\n"
        "Discussants: Jane \u2066Roe\u2069\n",
        encoding="utf-8",
    )
    assert briefgen(project, "ingest").returncode == 0
    written = "".join(p.read_text(encoding="utf-8") for p in (project / "content").rglob("*.md"))
    for control in "\u202e\u202c\u2066\u2069":
        assert control not in written
    assert (project / "content" / "people" / "jane-roe.md").is_file()


def test_a_heading_ending_in_a_hash_keeps_it(project: Path) -> None:
    (project / "seeds" / "csharp.txt").write_text(
        "Learning C#\n\nMon. May 6th, 2013\n\nSummary.\n", encoding="utf-8"
    )
    assert briefgen(project, "ingest").returncode == 0
    assert mkdocs(project).returncode == 0
    html = next((project / "site" / "events").glob("*learning-c*/index.html"))
    assert ">Learning C#<" in html.read_text(encoding="utf-8")


def test_leftover_temporary_files_are_reported_and_cleaned(project: Path) -> None:
    stray = project / "content" / "events" / ".x.md.abc123.tmp"
    stray.write_bytes(b"half a page")
    check = briefgen(project, "check")
    assert "content/events/.x.md.abc123.tmp: leftover of an interrupted write; delete it" in (
        check.stdout
    )
    ingest = briefgen(project, "ingest")
    assert "removed   content/events/.x.md.abc123.tmp" in ingest.stdout
    assert not stray.exists()
    assert briefgen(project, "check").returncode == 0
