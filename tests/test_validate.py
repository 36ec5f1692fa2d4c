"""The quick schema check (fastjsonschema) and jsonschema give the same answer on every
page front matter, valid or broken: the quick one may say "valid" only when jsonschema
does (``generator.site.validate.fast_valid``)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.site.validate import _VALIDATORS, fast_valid
from generator.store.pagefile import loads

GOLDEN = Path(__file__).parent / "golden"
PAGES = [
    loads(path.read_text(encoding="utf-8"), str(path)) for path in sorted(GOLDEN.rglob("*.md"))
]
VALUES = [None, True, False, 0, 1, -1, 2**70, 1.5, float("nan"), "", "x", "2021-02-30",
          "2021-2-3", "2013-04-22", "<b>", "event:x", "a" * 500, [], {}, ["x"], ["x", "x"],
          [1, True], {"a": 1}, {"": None}]  # fmt: skip


def paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here]
    if isinstance(value, dict):
        for key, item in value.items():
            out += paths(item, (*here, key))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            out += paths(item, (*here, n))
    return out


def test_every_golden_page_is_valid_both_ways() -> None:
    assert len(PAGES) >= 10
    for page in PAGES:
        page_type = str(page.meta["type"])
        assert fast_valid(page_type, page.meta), page.path
        assert _VALIDATORS[page_type].is_valid(page.meta), page.path


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_broken_front_matter_gets_the_same_answer(data: st.DataObject) -> None:
    page = data.draw(st.sampled_from(PAGES))
    meta = copy.deepcopy(page.meta)
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(paths(meta)[1:]))
        parent: Any = meta
        for step in where[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[where[-1]] = copy.deepcopy(data.draw(st.sampled_from(VALUES)))
        elif action == "delete":
            del parent[where[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.sampled_from(["extra", "titel", 1, "type"]))] = "x"
        else:
            parent.append(copy.deepcopy(data.draw(st.sampled_from(VALUES))))
        if not isinstance(meta, dict) or "type" not in meta:
            return
    page_type = str(page.meta["type"])
    assert fast_valid(page_type, meta) == _VALIDATORS[page_type].is_valid(meta), meta
