"""Page files: loads(dumps(page)) round-trips; YAML keeps strings as strings; writes are atomic."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.problems import Problem
from generator.site.markdown import text as md_text
from generator.site.schema import schema_text
from generator.store.pagefile import (
    Page,
    digest,
    dumps,
    edited_by_hand,
    loads,
    seal,
    write_atomic,
)
from tests.conftest import ROOT

SCALAR = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "NO",
            "yes",
            "1.10",
            "2013-04-22",
            "null",
            "~",
            "'",
            '"',
            "#",
            ": x",
            "- a",
            "{a}",
            "&x",
            "*y",
        ]
    ),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.booleans(),
    st.none(),
)
VALUE = st.recursive(
    SCALAR,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), inner, max_size=4)
    ),
    max_leaves=12,
)
META = st.dictionaries(st.from_regex(r"[a-z][a-z_]{0,10}", fullmatch=True), VALUE, max_size=8)
BODY = st.text(max_size=300).map(
    lambda s: s.replace("\r", "").replace("\x85", "").replace("\u2028", "").replace("\u2029", "")
)


@settings(max_examples=200, deadline=None)
@given(META, BODY)
def test_loads_dumps_round_trip(meta: dict, body: str) -> None:  # type: ignore[type-arg]
    page = Page("x.md", meta, body)
    back = loads(dumps(page), "x.md")
    assert back.meta == meta
    assert back.body.strip() == body.strip()


def test_strings_stay_strings() -> None:
    page = Page("x.md", {"a": "NO", "b": "1.10", "c": "2013-04-22", "d": "null"}, "")
    text = dumps(page)
    assert 'a: "NO"' in text
    assert loads(text, "x.md").meta == {"a": "NO", "b": "1.10", "c": "2013-04-22", "d": "null"}


def test_unquoted_date_is_read_as_string() -> None:
    assert loads("---\ndate: 2013-04-22\n---\n", "x.md").meta == {"date": "2013-04-22"}


def test_duplicate_key_is_rejected_with_its_line() -> None:
    with pytest.raises(Problem) as info:
        loads("---\na: 1\nb: 2\na: 3\n---\n", "p.md")
    assert str(info.value) == "p.md:4: front matter: duplicate key 'a'"


def test_digest_ignores_generated_zones_but_not_edits() -> None:
    page = seal(
        Page(
            "x.md",
            {"generated": {"by": "briefgen", "sources": ["s"]}},
            "# T\n\n<!-- briefgen:links -->\nA\n<!-- /briefgen:links -->\n",
        )
    )
    assert not edited_by_hand(page)
    relinked = Page("x.md", page.meta, page.body.replace("\nA\n", "\nB\n"))
    assert not edited_by_hand(relinked)
    edited = Page("x.md", page.meta, page.body.replace("# T", "# T!"))
    assert edited_by_hand(edited)
    assert digest(edited) != page.meta["generated"]["digest"]


def test_write_atomic_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.md"
    write_atomic(target, b"hello")
    write_atomic(target, b"again")
    assert target.read_bytes() == b"again"
    assert [p.name for p in target.parent.iterdir()] == ["b.md"]


@pytest.mark.parametrize(
    ("source", "escaped"),
    [
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ("*stars*", "\\*stars\\*"),
        ("# hash", "\\# hash"),
        ("[x](javascript:y)", "\\[x\\](javascript:y)"),
        ("{{ x }}", "\\{\\{ x \\}\\}"),
        ("R&amp;D", "R&amp;amp;D"),
        ("1953. The year", "1953\\. The year"),
        ("a | b", "a &#124; b"),
    ],
)
def test_markdown_escaping(source: str, escaped: str) -> None:
    assert md_text(source) == escaped


def test_committed_json_schema_is_fresh() -> None:
    committed = (ROOT / "schema" / "front-matter.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), (
        "stale: run 'briefgen schema > schema/front-matter.schema.json'"
    )
