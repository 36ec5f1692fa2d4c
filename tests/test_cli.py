"""The command line, driven the way a user drives it: arguments, exit codes, exact text.

Commands run in-process through ``main(argv)``; one test runs ``python -m generator`` as
a subprocess to prove the entry point is the same program."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, SEED, Result, briefgen


def run(*args: str, cwd: Path = ROOT) -> Result:
    before = Path.cwd()
    os.chdir(cwd)
    try:
        return briefgen(None, *args)
    finally:
        os.chdir(before)


def test_python_dash_m_is_the_same_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "parse", str(SEED)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stdout) == (0, run("parse", str(SEED)).stdout)


def test_parse_json_on_the_seed() -> None:
    result = run("parse", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for key in (
        "title",
        "date",
        "location",
        "image",
        "host",
        "moderators",
        "sections",
        "discussants",
        "speakers",
        "disclaimer",
        "unclassified",
    ):
        assert key in data
    assert data["title"] == "Changing Perceptions in Key Capitals on the North Korea Issue"
    point = data["sections"][0]["points"][0]
    assert set(point) >= {"label", "text", "voiced_by", "about"}
    assert set(data["speakers"][0]) >= {"name", "role", "bio", "truncated"}
    assert result.stderr == ""


def test_parse_summary_without_json() -> None:
    result = run("parse", str(SEED))
    assert result.returncode == 0
    assert result.stdout.splitlines()[:4] == [
        "title:     Changing Perceptions in Key Capitals on the North Korea Issue",
        "date:      2013-04-22",
        "location:  Beijing",
        "sections:  3 (9 points)",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "Error: {p}: file is empty\n"),
        (b"Title\n\xff\xfe\n", "Error: {p}:2: file is not valid UTF-8 (byte 0xff at offset 6)\n"),
        ("Title".encode("utf-16"), "Error: {p}: file is UTF-16; save it as UTF-8\n"),
        (b"Title\n\x00", "Error: {p}:2: file contains a NUL byte; is it binary?\n"),
        (b" \n\t\n", "Error: {p}: file holds only whitespace\n"),
        (
            b"A" * 1_000_001,
            "Error: {p}: file is too large (1,000,001 bytes; the limit is 1,000,000)\n",
        ),
        (bytes(range(256)), "Error: {p}:1: file contains a NUL byte; is it binary?\n"),
    ],
    ids=["empty", "bad-utf8", "utf16", "nul", "whitespace", "large", "binary"],
)
def test_bad_input_exits_1_with_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run("parse", str(bad), "--json")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == message.format(p=bad)


def test_missing_file_exits_1() -> None:
    result = run("parse", "no/such.txt")
    assert (result.returncode, result.stderr) == (1, "Error: no/such.txt: no such file\n")


def test_usage_errors_exit_2() -> None:
    assert run().returncode == 2
    assert run("parse").returncode == 2
    assert run("frobnicate").returncode == 2


@pytest.mark.parametrize("command", [[], ["parse"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: briefgen")


def test_every_command_is_documented_in_the_readme() -> None:
    from generator.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert isinstance(commands, dict)
    for name in commands:
        assert f"briefgen {name}" in readme, name


def test_config_error_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "site_config.yml").write_text(
        "site:\n  name: x\ncapitals:\n  - id: a\n  - id: a\n   bad"
    )
    result = run("parse", str(SEED), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: {tmp_path / 'site_config.yml'}:6: ")
    assert result.stderr.count("\n") == 1


def test_parse_works_from_any_folder(tmp_path: Path) -> None:
    result = run("parse", str(SEED), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["date"] == "2013-04-22"


def test_root_without_site_config_is_an_error(tmp_path: Path) -> None:
    result = run("--root", str(tmp_path), "parse", str(SEED), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: site_config.yml: not found in {tmp_path.resolve()} or any parent folder; "
        "pass --root PROJECT\n"
    )


def test_check_warns_while_site_settings_are_placeholders(tmp_path: Path) -> None:
    from tests.support import make_project

    root = make_project(tmp_path / "p", [SEED])
    shipped = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")  # with example addresses
    (root / "mkdocs.yml").write_text(shipped, encoding="utf-8")
    assert briefgen(root, "ingest").returncode == 0
    result = briefgen(root, "check")
    assert result.returncode == 0
    assert [line for line in result.stderr.splitlines() if "warning:" in line] == [
        "mkdocs.yml:9: warning: 'site_url' is still the placeholder 'https://briefs.example.org/'"
        "; set your site's own (README: Publishing your site)",
        "mkdocs.yml:13: warning: 'edit_uri' is still the placeholder "
        "'https://github.com/example/briefgen/edit/main/content/'; set your site's own "
        "(README: Publishing your site)",
    ]
    (root / "mkdocs.yml").write_text(
        shipped.replace("https://briefs.example.org/", "https://briefs.thinktank.test/").replace(
            "github.com/example/briefgen", "github.com/thinktank/briefs"
        ),
        encoding="utf-8",
    )
    assert "out of sync" in briefgen(root, "check").stdout  # JSON-LD holds the address
    assert briefgen(root, "ingest").returncode == 0
    result = briefgen(root, "check")
    assert (result.returncode, result.stderr) == (0, "")
    event = next((root / "content" / "events").glob("2013-*.md")).read_text(encoding="utf-8")
    assert '"url": "https://briefs.thinktank.test/events/' in event


def test_site_config_with_the_old_site_block_says_where_settings_went(tmp_path: Path) -> None:
    from tests.support import make_project

    root = make_project(tmp_path / "p", [SEED])
    config = root / "site_config.yml"
    config.write_text('site:\n  name: "x"\n' + config.read_text(encoding="utf-8"), "utf-8")
    result = briefgen(root, "ingest")
    assert result.returncode == 1
    assert "'site' is no longer read here: set site_name, site_url" in result.stderr
