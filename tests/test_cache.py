"""What briefgen remembers between runs (``generator/store/cache.py``): a run whose inputs
it has seen prints exactly what a full run prints and writes nothing; any changed input
makes a full run; a broken, foreign or missing cache changes nothing but the time taken."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.parse.body import parse
from generator.store import cache, project
from generator.store.site_config import gazetteer_for
from tests.support import (
    FIXTURES,
    ROOT,
    SAMPLES,
    SEED,
    SEED_EVENT_PAGE,
    VARIANTS,
    Result,
    briefgen,
    make_project,
)

GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(folder))
    monkeypatch.delenv("BRIEFGEN_CACHE", raising=False)
    return folder


@pytest.fixture
def plans(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times a run planned content/ (computed everything)."""
    calls: list[int] = []
    original = project.Project.plan

    def counting(self: project.Project, *args: Any, **kwargs: Any) -> project.Plan:
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(project.Project, "plan", counting)
    return calls


def full(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> Result:
    """``briefgen ARGS`` with the cache off: everything computed."""
    with monkeypatch.context() as m:
        m.setenv("BRIEFGEN_CACHE", "off")
        return briefgen(root, *args)


def same(a: Result, b: Result) -> bool:
    return (a.returncode, a.stdout, a.stderr) == (b.returncode, b.stdout, b.stderr)


def edited_project(where: Path) -> Path:
    """Seeds that print warnings (unclassified lines), an editor's front-matter override,
    a hand-written page and an edited person page."""
    root = make_project(where, [SEED, *SAMPLES[:2], *VARIANTS[:2]])
    assert briefgen(root, "ingest").returncode == 0
    event = root / "content" / SEED_EVENT_PAGE
    text = event.read_text(encoding="utf-8")
    event.write_text(text.replace('location: "Beijing"', 'location: "Beijing, Tsinghua"'), "utf-8")
    person = root / "content" / "people" / "paul-haenle.md"
    text = person.read_text(encoding="utf-8")
    person.write_text(text.replace("# Paul Haenle\n", "# Paul Haenle\n\nA note.\n"), "utf-8")
    (root / "content" / "notes.md").write_text(
        '---\ntype: "index"\nid: "index:notes"\ntitle: "Notes"\nlists: "none"\n---\n\n# Notes\n',
        "utf-8",
    )
    return root


def test_a_remembered_run_prints_what_a_full_run_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plans: list[int]
) -> None:
    root = edited_project(tmp_path / "p")
    first = briefgen(root, "ingest")  # takes the edits in (an override: not remembered)
    assert first.returncode == 0 and "override  " in first.stdout
    briefgen(root, "ingest")
    for command in ("ingest", "check"):
        briefgen(root, command)  # a full run, remembered
        plans.clear()
        remembered = briefgen(root, command)
        assert not plans, f"{command} planned again with nothing changed"
        expected = full(root, monkeypatch, command)
        assert plans, "BRIEFGEN_CACHE=off plans"
        assert same(remembered, expected), (remembered, expected)
    assert "nothing to do" in remembered.stdout or "OK" in remembered.stdout


def test_the_run_after_a_writing_run_is_remembered_and_equals_a_full_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plans: list[int]
) -> None:
    root = make_project(tmp_path / "p", [SEED, *VARIANTS[:3]])
    assert "created" in briefgen(root, "ingest").stdout
    plans.clear()
    remembered = briefgen(root, "ingest")
    assert not plans
    assert same(remembered, full(root, monkeypatch, "ingest"))
    assert "ingest: nothing to do" in remembered.stdout


@pytest.mark.parametrize(
    "change",
    [
        "seed reworded",
        "seed added",
        "page edited",
        "page removed",
        "stray file in content",
        "site_config.yml",
        "mkdocs.yml",
    ],
)
def test_any_changed_input_makes_a_full_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plans: list[int], change: str
) -> None:
    root = make_project(tmp_path / "p", [SEED, SAMPLES[0]])
    briefgen(root, "ingest")
    briefgen(root, "check")
    edits: dict[str, Callable[[], object]] = {
        "seed reworded": lambda: _replace(root / "seeds" / SEED.name, "Kaesong", "Kaesŏng"),
        "seed added": lambda: (root / "seeds" / SAMPLES[1].name).write_bytes(
            SAMPLES[1].read_bytes()
        ),
        "page edited": lambda: _replace(root / "content" / SEED_EVENT_PAGE, "# ", "# A "),
        "page removed": lambda: (root / "content" / SEED_EVENT_PAGE).unlink(),
        "stray file in content": lambda: (root / "content" / "x.md").write_text("x", "utf-8"),
        "site_config.yml": lambda: _replace(root / "site_config.yml", "\n", "\n# note\n"),
        "mkdocs.yml": lambda: _replace(root / "mkdocs.yml", "\n", "\n# note\n"),
    }
    edits[change]()
    for command in ("check", "ingest"):
        plans.clear()
        result = briefgen(root, command)
        assert plans, f"{command} after '{change}' replayed a stale result"
        if command == "check":
            assert same(result, full(root, monkeypatch, "check"))


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_broken_or_foreign_cache_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_cache: Path, plans: list[int]
) -> None:
    root = make_project(tmp_path / "p", [SEED])
    briefgen(root, "ingest")
    briefgen(root, "ingest")
    # another project's record, copied over this one's, is not this project's
    other = make_project(tmp_path / "q", [SEED])
    briefgen(other, "ingest")
    briefgen(other, "ingest")
    states = sorted(p for p in (own_cache / "runs").glob("*.json") if ".front." not in p.name)
    assert len(states) == 2
    mine = cache._state_path(root)
    theirs = next(p for p in states if p != mine)
    data = json.loads(theirs.read_text(encoding="utf-8"))
    data["ingest"]["output"] = [[1, "ingest: forged\n"]]
    mine.write_text(json.dumps(data), encoding="utf-8")
    plans.clear()
    result = briefgen(root, "ingest")
    assert plans and "forged" not in result.stdout
    # garbage in every cache file: full runs, same output, no crash
    for path in own_cache.rglob("*.json"):
        path.write_bytes(b"\x00{not json")
    plans.clear()
    result = briefgen(root, "ingest")
    assert plans and result.returncode == 0
    assert same(result, full(root, monkeypatch, "ingest"))
    # nothing is kept inside the project
    assert not (root / ".cache").exists() and not list(root.glob(".briefgen*"))


def test_a_cached_parse_is_the_parse(tmp_path: Path) -> None:
    """Every fixture seed read back from the parse cache equals its fresh parse."""
    gazetteer = gazetteer_for(FIXTURES.parent.parent / "site_config.yml")
    seeds = [SEED, *SAMPLES, *VARIANTS, *sorted((FIXTURES / "shapes").glob("*.txt"))]
    for seed in seeds:
        text = seed.read_text(encoding="utf-8")
        event = parse(text, source=f"seeds/{seed.name}", gazetteer=gazetteer)
        key = cache.parse_key(seed.name, text.encode(), "g")
        cache.store_parsed(key, event)
        again = cache.load_parsed(key)
        assert again == event and again.header_lines == event.header_lines, seed.name
    # a different parser, gazetteer or name is a different key
    assert cache.parse_key("a", b"x", "g") != cache.parse_key("a", b"x", "h")
    assert cache.parse_key("a", b"x", "g") != cache.parse_key("b", b"x", "g")


def test_the_parse_cache_is_bounded(own_cache: Path) -> None:
    gazetteer = gazetteer_for(FIXTURES.parent.parent / "site_config.yml")
    event = parse(SEED.read_text(encoding="utf-8"), source="s", gazetteer=gazetteer)
    for n in range(7):
        cache.store_parsed(cache.parse_key(str(n), b"", "g"), event)
    cache.prune_parsed(limit=5)
    assert len(list((own_cache / "parse").glob("*/*.json"))) == 5


def test_build_skips_mkdocs_only_while_the_site_is_current(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path / "p", [SEED])
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    site = ["--site-dir", str(tmp_path / "site")]
    first = briefgen(root, "build", *site)
    assert first.returncode == 0 and "is current" not in first.stdout
    assert "is current" in briefgen(root, "build", *site).stdout
    changes: list[Callable[[], object]] = [
        lambda: (tmp_path / "site" / "index.html").unlink(),
        lambda: _replace(root / "theme" / "main.html", "\n", "\n{#- a note -#}\n"),
        lambda: monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000"),
        lambda: _replace(root / "seeds" / SEED.name, "Kaesong", "Kaesŏng"),
    ]
    for change in changes:
        change()
        rebuilt = briefgen(root, "build", *site)
        assert rebuilt.returncode == 0, rebuilt.stderr
        assert "is current" not in rebuilt.stdout
        assert (tmp_path / "site" / "index.html").is_file()
        assert "is current" in briefgen(root, "build", *site).stdout


def test_a_plain_mkdocs_build_still_refuses_a_page_broken_after_a_passing_check(
    tmp_path: Path,
) -> None:
    import subprocess
    import sys

    root = make_project(tmp_path / "p", [SEED])
    briefgen(root, "ingest")
    assert briefgen(root, "check").returncode == 0
    _replace(root / "content" / SEED_EVENT_PAGE, 'type: "event"', 'type: "evnt"')
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(tmp_path / "s")],
        cwd=root, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode != 0
    assert f"content/{SEED_EVENT_PAGE}" in result.stderr


def test_serve_plans_only_when_an_input_changed(tmp_path: Path, plans: list[int]) -> None:
    """Under ``mkdocs serve`` the plugin regenerates content/ before each rebuild; with
    inputs it has seen settled and clean, it skips the plan (a large archive's preview
    then costs only MkDocs' own rebuild)."""
    from types import SimpleNamespace

    from generator.mkdocs.plugin import BriefgenPlugin

    root = make_project(tmp_path / "p", [SEED])
    plugin = BriefgenPlugin()
    plugin.load_config({})
    plugin.on_startup(command="serve", dirty=False)
    config = SimpleNamespace(config_file_path=str(root / "mkdocs.yml"), watch=[])
    plugin.on_config(config)  # first rebuild: writes content/ from the seeds
    assert plans and (root / "content" / SEED_EVENT_PAGE).is_file()
    plans.clear()
    plugin.on_config(config)  # nothing changed
    assert not plans
    _replace(root / "seeds" / SEED.name, "Kaesong", "Kaesŏng")
    plugin.on_config(config)  # a seed saved
    assert plans
    assert "Kaesŏng" in (root / "content" / SEED_EVENT_PAGE).read_text(encoding="utf-8")
    plans.clear()
    plugin.on_config(config)
    assert not plans


def test_remembered_front_matter_is_the_front_matter(tmp_path: Path) -> None:
    """A page read through the front-matter store equals the page parsed afresh, for every
    golden page and for YAML that JSON cannot hold (kept out of the store)."""
    from generator.store.pagefile import loads

    root = make_project(tmp_path / "p", [])
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLDEN.rglob("*.md"))]
    texts += [
        '---\ntype: "index"\nlevels: !!set {a: null}\nwhen: 2013-04-22\n---\n\n# A\n',
        '---\ntype: "index"\n1: "one"\nraw: !!binary aGVsbG8=\nn: .inf\n---\n\n# B\n',
        '---\ntype: "index"\ntitle: "\\ud800 \\u2028 é"\nlist: [1, 1.5, true, null]\n---\n# C\n',
    ]
    for round_ in range(2):
        store = cache.FrontMatterStore(root)
        for text in texts:
            fresh = loads(text, "x.md")
            remembered = loads(text, "x.md", store)
            assert remembered == fresh
            assert remembered.meta_lines == fresh.meta_lines
            assert remembered.body_line == fresh.body_line
            assert repr(remembered.meta) == repr(fresh.meta)  # types too: 1 is not True
        store.save()
        if round_ == 1:  # everything read back from disk but the two that JSON cannot hold
            held = {loads(t, "x.md").front_text for t in texts[:-3] + texts[-1:]}
            assert len(store.before) == len(held)


def test_front_matter_read_before_builds_the_same_site(tmp_path: Path) -> None:
    """After ``check`` has read the pages, a plain ``mkdocs build`` takes their front matter
    from what it read instead of parsing the YAML again, and builds the same site, byte for
    byte, as a build with no cache (hand-edited pages and an override included)."""
    import os
    import subprocess
    import sys

    root = edited_project(tmp_path / "p")
    (root / "content" / "notes.md").unlink()  # not in the navigation: a strict build refuses it
    briefgen(root, "ingest")  # takes the override in
    assert briefgen(root, "check").returncode == 0

    def build(site: Path, **env: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-v", "--site-dir", str(site)],
            cwd=root, capture_output=True, text=True,
            env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000", **env},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stderr

    remembered = build(tmp_path / "a")
    fresh = build(tmp_path / "b", BRIEFGEN_CACHE="off")
    pages = len(list((root / "content").rglob("*.md")))
    assert f"front matter of {pages} page(s) read before" in remembered
    assert "front matter of 0 page(s) read before" in fresh
    first = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*")
             if p.is_file()}  # fmt: skip
    second = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*")
              if p.is_file()}  # fmt: skip
    assert first.keys() == second.keys()
    assert [str(p) for p in first if first[p] != second[p]] == []
