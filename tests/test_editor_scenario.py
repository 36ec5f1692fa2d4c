"""An editor's month, in a temporary copy of the project: events arrive one at a time,
pages are edited six ways, a seed is renamed and another removed, three front-matter
mistakes are made and fixed. After every step check tells the truth, no URL published
earlier is gone without a redirect, no editor text is lost, and the edited person page
lists every event its person took part in."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.sitecheck import Site
from tests.support import SAMPLES, SEED, briefgen, make_project, mkdocs_build, warnings

PERSON = "people/paul-haenle.md"
FOLLOW_UPS = [
    (f"2014-0{n}-follow-up-{n}.txt",
     f"Follow-up Roundtable {n}\n\nTue. May {n}th, 2014\n\nSeoul\n\n"
     f"A follow-up on the {n}th theme, where a Chinese scholar spoke about Seoul.\n\n"
     f"Discussants: Paul Haenle, Jo Roe{n}\n")
    for n in (4, 5)
]  # fmt: skip


class Editor:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.content = root / "content"
        self.texts: dict[str, list[str]] = {}
        """Text an editor wrote, by page: must survive every step."""
        self.published: set[str] = set()

    def page(self, path: str) -> Path:
        return self.content / path

    def edit(self, path: str, old: str, new: str, keep: str | None = None) -> None:
        target = self.page(path)
        text = target.read_text(encoding="utf-8")
        assert old in text, (path, old)
        target.write_text(text.replace(old, new, 1), encoding="utf-8")
        if keep:
            self.texts.setdefault(path, []).append(keep)

    def ingest(self, *args: str, ok: bool = True) -> str:
        result = briefgen(self.root, "ingest", *args)
        assert (result.returncode == 0) == ok, result.stdout + result.stderr
        return result.stdout + result.stderr

    def pages(self) -> set[str]:
        return {p.relative_to(self.content).as_posix() for p in self.content.rglob("*.md")}

    def site(self, step: str) -> None:
        """The whole site invariants: a strict build, sound links, every page reachable."""
        target = self.root.parent / "site"
        log = mkdocs_build(self.root, target)
        assert warnings(log) == [], (step, warnings(log))
        site = Site(target)
        assert site.broken_links() == [], step
        depths = site.depths()
        redirects = {
            p for p, s in site.soups.items() if s.find("meta", attrs={"http-equiv": "refresh"})
        }
        pages = [p for p in site.soups if p != "404.html" and p not in redirects]
        assert [p for p in pages if p not in depths] == [], step
        shutil.rmtree(target)

    def redirects(self) -> set[str]:
        config = (self.root / "mkdocs.yml").read_text(encoding="utf-8")
        return set(re.findall(r"^\s+'([^']+\.md)': ", config, re.M))

    def invariants(self, step: str) -> None:
        check = briefgen(self.root, "check")
        assert check.returncode == 0, (step, check.stdout)
        pages = self.pages()
        gone = self.published - pages - self.redirects()
        assert gone == set(), (step, gone)
        self.published |= pages
        for path, texts in self.texts.items():
            text = self.page(path).read_text(encoding="utf-8")
            for piece in texts:
                assert piece in text, (step, path, piece)
        if self.page(PERSON).exists():
            person = self.page(PERSON).read_text(encoding="utf-8")
            for seed in (self.root / "seeds").glob("*.txt"):
                if "Paul Haenle" in seed.read_text(encoding="utf-8"):
                    event = next(
                        p for p in (self.content / "events").glob("*.md")
                        if f'"seeds/{seed.name}"' in p.read_text(encoding="utf-8")
                    )  # fmt: skip
                    assert f"event:{event.stem}" in person, (step, seed.name)
                    assert f"(../events/{event.name})" in person.split("<!-- briefgen:links -->")[1]


def test_an_editors_month(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", [])
    editor = Editor(root)
    arrivals: list[tuple[str, bytes]] = [(SEED.name, SEED.read_bytes())]
    arrivals += [(s.name, s.read_bytes()) for s in SAMPLES[:7]]
    arrivals += [(name, text.encode("utf-8")) for name, text in FOLLOW_UPS]
    assert len(arrivals) == 10
    for number, (name, data) in enumerate(arrivals, start=1):
        (root / "seeds" / name).write_bytes(data)
        editor.ingest()
        editor.invariants(f"seed {number}: {name}")
        if number == 1:
            event = next(p.name for p in (root / "content" / "events").glob("2013-*.md"))
            theme = next((root / "content" / "themes").glob("2013-*/01-*.md"))
            theme_path = theme.relative_to(root / "content").as_posix()
            # 1. prose
            editor.edit(PERSON, "# Paul Haenle\n", "# Paul Haenle\n\nAn editor's note.\n",
                        keep="An editor's note.")  # fmt: skip
            # 2. a front-matter override
            editor.edit(f"events/{event}", 'location: "Beijing"', 'location: "Beijing, Tsinghua"',
                        keep='location: "Beijing, Tsinghua"')  # fmt: skip
            # 3. a new section
            editor.edit(theme_path, "<!-- briefgen:links -->",
                        "## Editor's context\n\nWritten by hand.\n\n<!-- briefgen:links -->",
                        keep="## Editor's context\n\nWritten by hand.")  # fmt: skip
            # 4. a comment
            editor.edit("capitals/beijing.md", 'country: "China"',
                        '# reviewed by the desk\ncountry: "China"',
                        keep='# reviewed by the desk\ncountry: "China"')  # fmt: skip
            assert "override  content/events/" in editor.ingest()
            editor.invariants("four edits")
            # 5. an edit inside a link zone: refused with its line, nothing reverted
            editor.edit(PERSON, "## Events\n", "## Events\n\nInside the zone.\n")
            out = editor.ingest(ok=False)
            assert f"content/{PERSON}:" in out and "inside the generated zone 'links'" in out
            assert "Inside the zone." in editor.page(PERSON).read_text(encoding="utf-8")
            editor.edit(PERSON, "## Events\n\nInside the zone.\n", "## Events\n")
            editor.ingest()
            editor.invariants("zone edit undone")
            # 6. a page deletion: the generated page comes back at the same URL
            editor.page("people/john-delury.md").unlink()
            assert "created   content/people/john-delury.md" in editor.ingest()
            editor.invariants("deleted page")
            editor.site("after the six edits")
    editor.site("after ten arrivals")
    # a renamed seed keeps its pages
    (root / "seeds" / SEED.name).rename(root / "seeds" / "2013-04-22-renamed.txt")
    out = editor.ingest()
    assert "orphan    " not in out
    editor.invariants("renamed seed")
    editor.site("renamed seed")
    # a removed seed: its pages are orphans; the editor removes them and redirects
    removed = SAMPLES[0].name
    (root / "seeds" / removed).unlink()
    out = editor.ingest()
    orphans = re.findall(r"^orphan    content/(\S+)", out, re.M)
    assert any(o.startswith("events/") for o in orphans)
    for orphan in orphans:
        (root / "content" / orphan).unlink()
    redirect_maps = "".join(
        f"\n        '{o}': 'events/index.md'" for o in orphans if o.endswith(".md")
    )
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "redirect_maps: {}", "redirect_maps:" + redirect_maps
        ),
        encoding="utf-8",
    )
    editor.ingest()
    editor.invariants("removed seed")
    editor.site("removed seed")
    # three front-matter mistakes, named with their lines, then fixed
    before = {
        p: editor.page(p).read_text(encoding="utf-8")
        for p in (PERSON, "capitals/seoul.md", f"events/{event}")
    }
    editor.edit(PERSON, "\nname:", "\nnmae:")
    editor.edit("capitals/seoul.md", 'title: "Seoul"', "title: Seoul: South Korea")
    editor.edit(f"events/{event}", 'date: "2013-04-22"', "date: 22")
    check = briefgen(root, "check")
    assert check.returncode == 1
    lines = check.stdout.splitlines()
    assert any(
        line.startswith(f"content/{PERSON}:") and "unknown key 'nmae'; did you mean 'name'?" in line
        for line in lines
    )
    assert any(
        line.startswith("content/capitals/seoul.md:") and "put the value in double quotes" in line
        for line in lines
    )
    assert any(line.startswith(f"content/events/{event}:") and "'date'" in line for line in lines)
    assert len(lines) <= 6, "\n".join(lines)
    for path, text in before.items():
        editor.page(path).write_text(text, encoding="utf-8")
    editor.ingest()
    editor.invariants("mistakes fixed")
    # the site builds strict with sound links
    log = mkdocs_build(root, tmp_path / "site")  # the editor's theme page links still resolve
    assert warnings(log) == []
    site = Site(tmp_path / "site")
    assert site.broken_links() == []
    old = next(o for o in orphans if o.startswith("events/"))
    assert (tmp_path / "site" / old.removesuffix(".md") / "index.html").is_file()  # redirect
    shutil.rmtree(tmp_path / "site")
