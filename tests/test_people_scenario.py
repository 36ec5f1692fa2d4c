"""Who said what, exactly: people are told apart by their full normalised name, editors
merge and split them in site_config.yml, and no seed retitles a page an editor owns.

One scenario through the command line, with invented people (tests/fixtures/people):

- "Jane Roe" and "JANE ROE" are one person, shown as "Jane Roe", with one bio;
- "José Núñez" and "Jose Nunez" are two pages until an editor lists an alias;
- "Corin Haldane ☠" gets a page of its own next to the editor-owned "Corin Haldane",
  and "CORIN HALDANE" with another bio does not change that page; check says so;
- two names of over 300 characters sharing their first 200 are two pages;
- "Marisol T. Okafor" and "Marisol Tamsin Okafor" are merged by an editor's aliases;
- the "John Smith" of one seed is split from his namesake by an editor's ``sources``;
- a name of only zero-width characters is refused, naming its seed and line, and nothing
  is written.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.support import FIXTURES, briefgen, make_project, mkdocs_build

PEOPLE = FIXTURES / "people"
FIRST = PEOPLE / "2019-03-01-first-dialogue.txt"
SECOND = PEOPLE / "2019-04-01-second-dialogue.txt"
EMPTY = PEOPLE / "2019-05-01-empty-name.txt"
LONG = "aurelio-bartholomew-castellanos-delacroix-everhart"
NOTE = "Corin Haldane's page, checked by an editor against his institute's site."


def front(root: Path, slug: str) -> dict[str, object]:
    text = (root / "content" / "people" / f"{slug}.md").read_text(encoding="utf-8")
    data: dict[str, object] = yaml.safe_load(text.split("---\n", 2)[1])
    return data


def people(root: Path) -> dict[str, str]:
    """slug -> title of every person page."""
    return {
        page.stem: str(front(root, page.stem)["title"])
        for page in sorted((root / "content" / "people").glob("*.md"))
        if page.name != "index.md"
    }


def snapshot(root: Path) -> dict[str, bytes]:
    content = root / "content"
    return {str(p.relative_to(content)): p.read_bytes() for p in content.rglob("*") if p.is_file()}


def test_who_is_who(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [FIRST])
    assert briefgen(root, "ingest").returncode == 0
    haldane = root / "content" / "people" / "corin-haldane.md"
    text = haldane.read_text(encoding="utf-8")
    haldane.write_text(text.replace("# Corin Haldane\n", f"# Corin Haldane\n\n{NOTE}\n"), "utf-8")
    owned = haldane.read_text(encoding="utf-8")

    # a second seed: case variants, look-alikes, a hijack, long names, spelling variants
    (root / "seeds" / SECOND.name).write_bytes(SECOND.read_bytes())
    result = briefgen(root, "ingest")
    assert result.returncode == 0, result.stderr
    assert people(root) == {
        "corin-haldane": "Corin Haldane",
        "corin-haldane-2": "Corin Haldane ☠",
        "jane-roe": "Jane Roe",
        "john-smith": "John Smith",
        "jose-nunez": "José Núñez",
        "jose-nunez-2": "Jose Nunez",
        LONG: front(root, LONG)["title"],
        f"{LONG}-2": front(root, f"{LONG}-2")["title"],
        "marisol-t-okafor": "Marisol T. Okafor",
        "marisol-tamsin-okafor": "Marisol Tamsin Okafor",
        "paul-quiller": "PAUL QUILLER",
    }
    long_a, long_b = str(front(root, LONG)["title"]), str(front(root, f"{LONG}-2")["title"])
    assert len(long_a) > 300 and len(long_b) > 300 and long_a[:200] == long_b[:200]
    assert long_a.endswith("Farquharson") and long_b.endswith("Greenhalgh")

    # one Jane Roe, shown with the better-cased name, the repeated bio shown once
    jane = front(root, "jane-roe")
    assert (jane["name"], jane["names"]) == ("Jane Roe", ["Jane Roe", "JANE ROE"])
    assert jane["bios"] == [
        "Jane Roe is a senior fellow at the Brookings Institution, where she studies trade."
    ]
    assert len(jane["appearances"]) == 2  # type: ignore[arg-type]
    jane_page = (root / "content" / "people" / "jane-roe.md").read_text(encoding="utf-8")
    assert "Also given at: [Second Dialogue on Trade](../events/2019-04-01-second" in jane_page

    # the page an editor owns: not retitled, no bio added, the editor's text kept
    assert (
        haldane.read_text(encoding="utf-8")
        .split("---\n", 2)[2]
        .startswith(owned.split("---\n", 2)[2].split("<!-- briefgen:facts -->")[0])
    )
    corin = front(root, "corin-haldane")
    assert corin["title"] == corin["name"] == "Corin Haldane"
    assert "hoax" not in haldane.read_text(encoding="utf-8")
    assert NOTE in haldane.read_text(encoding="utf-8")
    assert len(corin["appearances"]) == 2  # type: ignore[arg-type]  # the event still arrives
    assert "hoax" not in (root / "content" / "people" / "corin-haldane-2.md").read_text("utf-8")
    hijack = (
        "content/people/corin-haldane.md: seeds/2019-04-01-second-dialogue.txt would change "
        "the bio an editor wrote; the editor's page is kept. Take the seed's with 'briefgen "
        "ingest --force content/people/corin-haldane.md' or keep yours with 'briefgen ingest "
        "--keep content/people/corin-haldane.md'"
    )
    lookalike = (
        "content/people/corin-haldane-2.md: 'Corin Haldane ☠' "
        "(seeds/2019-04-01-second-dialogue.txt:8) is not the same name as 'Corin Haldane' "
        "(content/people/corin-haldane.md), though both give the address people/corin-haldane; "
        "it has a page of its own. If they are one person, list it under that person's "
        "aliases in people: in site_config.yml; if not, give it a people: entry of its own"
    )
    assert f"warning   {hijack}" in result.stdout.splitlines()
    assert f"warning   {lookalike}" in result.stdout.splitlines()
    check = briefgen(root, "check")
    assert check.returncode == 0, check.stdout
    warned = check.stderr.splitlines()
    assert hijack.replace(": ", ": warning: ", 1) in warned
    assert lookalike.replace(": ", ": warning: ", 1) in warned
    for slug in ("jose-nunez-2", f"{LONG}-2"):
        assert any(line.startswith(f"content/people/{slug}.md: warning: ") for line in warned)
    assert not any("people/marisol" in line for line in warned)  # different slugs: no warning

    # affiliation and the capital of the institution (the gazetteer names Seoul)
    quiller = front(root, "paul-quiller")
    assert quiller["affiliation"] == "Seoul National University"
    assert quiller["capital"] == "capital:seoul"
    assert jane["affiliation"] == "Brookings Institution" and "capital" not in jane

    # editors decide: merge variants, split namesakes, confirm a look-alike
    config = root / "site_config.yml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + """
people:
  - id: jose-nunez
    name: José Núñez
    aliases: [Jose Nunez]
  - id: marisol-tamsin-okafor
    name: Marisol Tamsin Okafor
    aliases: [Marisol T. Okafor]
    capital: brussels
  - id: john-smith-economist
    name: John Smith
    sources: [seeds/2019-04-01-second-dialogue.txt]
  - id: corin-haldane-2
    name: Corin Haldane ☠
""",
        encoding="utf-8",
    )
    result = briefgen(root, "ingest")
    assert result.returncode == 0, result.stderr
    assert "orphan    content/people/jose-nunez-2.md" in result.stdout
    assert "orphan    content/people/marisol-t-okafor.md" in result.stdout
    for gone in ("jose-nunez-2", "marisol-t-okafor"):  # the editor removes and redirects
        (root / "content" / "people" / f"{gone}.md").unlink()
    mkdocs = root / "mkdocs.yml"
    mkdocs.write_text(
        mkdocs.read_text("utf-8").replace(
            "redirect_maps: {}",
            "redirect_maps:\n        'people/jose-nunez-2.md': 'people/jose-nunez.md'\n"
            "        'people/marisol-t-okafor.md': 'people/marisol-tamsin-okafor.md'",
        ),
        "utf-8",
    )
    assert briefgen(root, "ingest").returncode == 0
    titles = people(root)
    assert titles["jose-nunez"] == "José Núñez" and "jose-nunez-2" not in titles
    assert front(root, "jose-nunez")["names"] == ["José Núñez", "Jose Nunez"]
    marisol = front(root, "marisol-tamsin-okafor")
    assert marisol["names"] == ["Marisol T. Okafor", "Marisol Tamsin Okafor"]
    assert marisol["capital"] == "capital:brussels"
    assert titles["john-smith-economist"] == titles["john-smith"] == "John Smith"
    assert [a["event"] for a in front(root, "john-smith-economist")["appearances"]] == [  # type: ignore[attr-defined]
        "event:2019-04-01-second-dialogue-on-trade"
    ]
    assert [a["event"] for a in front(root, "john-smith")["appearances"]] == [  # type: ignore[attr-defined]
        "event:2019-03-04-first-dialogue-on-trade"
    ]
    check = briefgen(root, "check")
    assert check.returncode == 0, check.stdout
    assert [line.split(":")[0] for line in check.stderr.splitlines() if "people/" in line] == [
        f"content/people/{LONG}-2.md",
        "content/people/corin-haldane.md",  # still undecided
    ]
    assert briefgen(root, "ingest", "--keep", "content/people/corin-haldane.md").returncode == 0
    assert "corin-haldane.md" not in briefgen(root, "check").stderr
    assert "hoax" not in haldane.read_text(encoding="utf-8")
    assert NOTE in haldane.read_text(encoding="utf-8")
    assert people(root)["corin-haldane"] == "Corin Haldane"

    # a name of only zero-width characters: refused, nothing written
    before = snapshot(root)
    (root / "seeds" / EMPTY.name).write_bytes(EMPTY.read_bytes())
    result = briefgen(root, "ingest")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "Error: seeds/2019-05-01-empty-name.txt:8: the discussant name '\\u200c\\u200d\\u2060' "
        "is empty once invisible characters, punctuation and honorifics are left out; correct "
        "the name in the seed"
    ]
    assert snapshot(root) == before
    check = briefgen(root, "check")
    assert check.returncode == 1
    assert check.stdout.startswith("seeds/2019-05-01-empty-name.txt:8: the discussant name")
    (root / "seeds" / EMPTY.name).unlink()

    mkdocs_build(root, root / "site")
    built = (root / "site" / "people" / "paul-quiller" / "index.html").read_text("utf-8")
    assert "Seoul National University" in built and "../../capitals/seoul/" in built


def test_a_seed_does_not_retitle_a_person_page_an_editor_changed(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [])
    seeds = root / "seeds"
    event = (
        "{title}\n\nMon. {date}\nSeoul\n\nA summary of the talk.\n\nDiscussants: {name}, Ann Lee\n"
    )
    (seeds / "2019-01-01-a.txt").write_text(
        event.format(title="Talk One", date="January 7th, 2019", name="ORLA BRENNAN"), "utf-8"
    )
    assert briefgen(root, "ingest").returncode == 0
    assert people(root)["orla-brennan"] == "ORLA BRENNAN"
    page = root / "content" / "people" / "orla-brennan.md"
    page.write_text(
        page.read_text("utf-8").replace(
            "<!-- briefgen:links -->", "Checked.\n\n<!-- briefgen:links -->"
        ),
        "utf-8",
    )
    (seeds / "2019-02-01-b.txt").write_text(
        event.format(title="Talk Two", date="February 4th, 2019", name="Orla Brennan"), "utf-8"
    )
    result = briefgen(root, "ingest")
    assert result.returncode == 0
    assert people(root)["orla-brennan"] == "ORLA BRENNAN"  # not retitled
    assert front(root, "orla-brennan")["name"] == "ORLA BRENNAN"
    assert len(front(root, "orla-brennan")["appearances"]) == 2  # type: ignore[arg-type]
    warning = (
        "content/people/orla-brennan.md: seeds/2019-02-01-b.txt would change the name an "
        "editor wrote; the editor's page is kept."
    )
    assert any(line.startswith(f"warning   {warning}") for line in result.stdout.splitlines())
    check = briefgen(root, "check")
    assert check.returncode == 0
    assert any(
        line.startswith(warning.replace(": ", ": warning: ", 1))
        for line in check.stderr.splitlines()
    )
    # the editor takes the seed's spelling
    forced = briefgen(root, "ingest", "--force", "content/people/orla-brennan.md")
    assert forced.returncode == 0
    assert people(root)["orla-brennan"] == "Orla Brennan"
    assert "orla-brennan" not in briefgen(root, "check").stderr
