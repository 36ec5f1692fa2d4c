"""Reader-visible wording lives in template files: changing it is a change to one line."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import jinja2
import pytest

from generator.site import render
from tests.support import SEED, briefgen, make_project

TEMPLATE = "event-zones.md.j2"


def packaged(name: str) -> str:
    return resources.files("generator.site").joinpath(f"templates/{name}").read_text("utf-8")


@pytest.fixture
def venue_template() -> Iterator[str]:
    """The event template with its "Place" label changed to "Venue", used for rendering."""
    original = packaged(TEMPLATE)
    changed = original.replace('m.fact("Place"', 'm.fact("Venue"')
    loader = jinja2.ChoiceLoader(
        [jinja2.DictLoader({TEMPLATE: changed}), jinja2.PackageLoader("generator.site")]
    )
    render.use_loader(loader)
    yield changed
    render.use_loader(None)


def test_changing_a_label_is_one_line_in_one_template(venue_template: str, tmp_path: Path) -> None:
    diff = [
        line
        for line in difflib.unified_diff(
            packaged(TEMPLATE).splitlines(), venue_template.splitlines(), lineterm="", n=0
        )
        if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
    ]
    assert len(diff) == 2, diff  # one line out, one line in
    root = make_project(tmp_path / "p", [SEED])
    assert briefgen(root, "ingest").returncode == 0
    event = next((root / "content" / "events").glob("2013-*.md")).read_text(encoding="utf-8")
    assert "<dt>Venue</dt>" in event
    assert "<dt>Place</dt>" not in event


def test_no_reader_visible_label_is_in_the_python_code() -> None:
    code = "\n".join(
        p.read_text(encoding="utf-8") for p in Path(render.__file__).parent.rglob("*.py")
    )
    for label in ('"Source text', '"Took part as', '"Voiced by', "Earlier events", '"Host"'):
        assert label not in code, label


def test_every_page_type_names_templates_that_exist() -> None:
    from generator.site.page_types import PAGE_TYPES
    from tests.support import ROOT

    for page_type in PAGE_TYPES.values():
        for name in (page_type.body_template, page_type.zones_template):
            assert name is not None and packaged(name), name
        assert (ROOT / "theme" / page_type.theme_template).is_file(), page_type.theme_template


def test_a_misspelt_variable_is_an_error_not_an_empty_string() -> None:
    loader = jinja2.DictLoader({"x.md.j2": "{{ nothing_called_this }}"})
    render.use_loader(loader)
    try:
        with pytest.raises(jinja2.UndefinedError):
            render.render("x.md.j2", {})
    finally:
        render.use_loader(None)
