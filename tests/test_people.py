"""Who a person is: identity keys, the spelling a page shows, editors' entries, bios that
repeat each other, and affiliations."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.parse.capitals import Gazetteer
from generator.site.people import (
    MAX_SIMILAR_BIOS,
    People,
    PersonEntry,
    affiliation_of,
    best_spelling,
    entry_problems,
    group_bios,
    identity_key,
    repeats,
)
from tests.support import briefgen, make_project

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u202e", "\u2066", "\u2069", "\ufeff"]
WORD = st.from_regex(r"\A[a-zà-öø-þ]{5,10}\Z")


def full_width(text: str) -> str:
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


@given(st.text(max_size=200))
def test_normalising_never_crashes_and_is_idempotent(name: str) -> None:
    key = identity_key(name)
    assert identity_key(key) == key


@given(
    st.lists(WORD, min_size=2, max_size=4),
    st.sampled_from(["upper", "lower", "title", "width", "invisible", "spaces", "honorific"]),
    st.integers(min_value=0, max_value=30),
)
def test_case_width_invisible_and_honorific_variants_are_one_person(
    words: list[str], variant: str, seed: int
) -> None:
    name = " ".join(w.capitalize() for w in words)
    if variant == "upper":
        other = name.upper()
    elif variant == "lower":
        other = name.lower()
    elif variant == "title":
        other = name.swapcase()
    elif variant == "width":
        other = full_width(name)
    elif variant == "invisible":
        at = seed % (len(name) + 1)
        other = name[:at] + INVISIBLE[seed % len(INVISIBLE)] + name[at:]
    elif variant == "spaces":
        other = "  " + name.replace(" ", " \t ") + " "
    else:
        other = ["Dr. ", "PROF. ", "Amb. ", "The Rt. Hon. "][seed % 4] + name
    assert identity_key(name) == identity_key(other) != ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("José Núñez", "Jose Nunez"),  # accents are not folded: an editor merges them
        ("Paul Quiller", "Paul Quiller ☠"),  # symbols are kept
        ("Marisol T. Okafor", "Marisol Tamsin Okafor"),
        ("A" * 70 + " Roe", "A" * 70 + " Doe"),  # names are never cut
    ],
)
def test_different_names_are_different_people(a: str, b: str) -> None:
    assert identity_key(a) != identity_key(b)


@pytest.mark.parametrize(
    "name", ["\u200c\u200d\u2060", "", "   ", "Dr.", "Dr", "Prof. Dr.", "...", "\u202e\u2066"]
)
def test_names_of_nothing_have_no_key(name: str) -> None:
    assert identity_key(name) == ""


def test_the_page_shows_the_best_cased_spelling_first_in_source_order() -> None:
    assert best_spelling(["JANE ROE", "Jane Roe", "Jane ROE"]) == "Jane Roe"
    assert best_spelling(["JANE ROE"]) == "JANE ROE"
    assert best_spelling(["jane roe", "Ｊａｎｅ Ｒｏｅ", "Jane Roe"]) == "Jane Roe"
    assert best_spelling(["Dr. Jane Roe", "Jane Roe"]) == "Jane Roe"


def test_an_entry_with_sources_takes_the_name_only_in_those_seeds() -> None:
    economist = PersonEntry("john-smith-economist", "John Smith", sources=("seeds/a.txt",))
    mathews = PersonEntry("marisol-okafor", "Marisol Tamsin Okafor", ("Marisol T. Okafor",))
    people = People((economist, mathews))
    assert people.entry_for(identity_key("JOHN SMITH"), "seeds/a.txt") is economist
    assert people.entry_for(identity_key("John Smith"), "seeds/b.txt") is None
    assert people.entry_for(identity_key("Marisol T. Okafor"), "seeds/b.txt") is mathews


def test_entry_problems_name_the_line() -> None:
    entries = [
        PersonEntry("jane-roe", "Jane Roe", ("J. Roe",), line=3),
        PersonEntry("jane-roe", "Jane Doe", line=7),
        PersonEntry("Bad_Id", "Ann Lee", line=10),
        PersonEntry("ann-lee", "Ann Lee", ("J. Roe",), capital="atlantis", line=12),
        PersonEntry("ann-lee-2", "\u200b", line=15),
    ]
    found = entry_problems(entries, ["seoul"])
    messages = dict(found)
    assert messages[7] == "person 'jane-roe': duplicate id (also on line 3)"
    assert messages[10].startswith("person 'Bad_Id': id must be lowercase letters")
    assert [m for line, m in found if line == 12] == [
        "person 'ann-lee': unknown capital 'atlantis' (the capitals are seoul)",
        "person 'ann-lee': the name 'ann lee' is also claimed by person 'Bad_Id' (line 10); "
        "a name belongs to one person",
        "person 'ann-lee': the name 'j. roe' is also claimed by person 'jane-roe' (line 3); "
        "a name belongs to one person",
    ]
    assert messages[15] == "person 'ann-lee-2': the name '\\u200b' has no letters"


def test_a_bad_people_section_is_one_line_naming_site_config_and_its_line(
    tmp_path: Path,
) -> None:
    root = make_project(tmp_path / "p", [])
    config = root / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    lines = text.count("\n")
    config.write_text(
        text + "\npeople:\n  - id: jane-roe\n    name: Jane Roe\n"
        "  - id: jane-roe-2\n    name: Jane Roe\n    capital: atlantis\n",
        encoding="utf-8",
    )
    message = (
        f"site_config.yml:{lines + 5}: person 'jane-roe-2': unknown capital 'atlantis' (the "
        "capitals are beijing, brussels, moscow, new-delhi, pyongyang, seoul, tehran, tokyo, "
        "washington) (and 1 more in people:)"
    )
    check = briefgen(root, "check")
    assert check.returncode == 1
    assert check.stdout.splitlines() == [f"{config}:{message.split(':', 1)[1]}"]
    ingest = briefgen(root, "ingest")
    assert ingest.returncode == 1
    assert ingest.stderr.splitlines() == [f"Error: {config}:{message.split(':', 1)[1]}"]
    assert not (root / "content" / "people").exists()


@pytest.mark.parametrize(
    ("role", "affiliation"),
    [
        ("Senior Fellow, Brookings Institution", "Brookings Institution"),
        ("Senior Fellow at the Brookings Institution", "Brookings Institution"),
        (
            "Professor, School of International Studies, Peking University",
            "School of International Studies, Peking University",
        ),
        ("Director of the Lantern Policy Centre", "Lantern Policy Centre"),
        ("Former Ambassador", None),
        ("Director, Asia Program", None),
        ("Senior Fellow", None),
        ("Brookings Institution", None),
        ("Senior Fellow, Brookings Institution, Former Ambassador", None),
        (None, None),
    ],
)
def test_an_affiliation_only_when_clearly_apart_from_the_role(
    role: str | None, affiliation: str | None
) -> None:
    assert affiliation_of(role) == affiliation


def test_bios_that_repeat_each_other_are_one_the_longest() -> None:
    short = "Jane Roe is a senior fellow at the Brookings Institution."
    longer = short + " She studies trade."
    spaced = "jane  roe is a SENIOR fellow at the Brookings Institution!"
    close = "Jane Roe is a senior fellow at the Brookings Institution, where she studies trade."
    other = "Jane Roe was a diplomat for twenty years before she taught at a university."
    assert repeats(short, spaced) and repeats(short, longer) and repeats(longer, close)
    assert not repeats(short, other)
    groups = group_bios([short, other, spaced, longer, close])
    assert groups == [(close, [0, 2, 3, 4]), (other, [1])]


def test_bio_grouping_is_bounded_work() -> None:
    bios = [f"Person number {n} has a biography of their own, numbered {n}." for n in range(400)]
    bios += [bios[0], bios[-1]]
    groups = group_bios(bios)
    assert len(groups) <= 400
    assert groups[0] == (bios[0], [0, 400])
    assert MAX_SIMILAR_BIOS < 400


def test_the_gazetteer_gives_a_capital_only_when_the_affiliation_names_one(
    gazetteer: Gazetteer,
) -> None:
    assert {c for _, c in gazetteer.mentions("Seoul National University")} == {"seoul"}
    assert len({c for _, c in gazetteer.mentions("Center for U.S.-China Relations")}) == 2
