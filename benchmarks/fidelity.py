"""Parser fidelity: per-field precision and recall against labelled event pages.

``make fidelity`` scores the synthetic shape fixtures in ``tests/fixtures/shapes`` and,
given ``CORPUS=folder`` (or folders on the command line), any other folder of labelled
pages. A labelled page is ``NAME.txt`` beside ``NAME.json``::

    {"language": "en", "title": "...", "date": "YYYY-MM-DD" | null, "time": "HH:MM" | null,
     "place": ["acceptable answer", ...], "people": ["Full Name", ...]}

(extra keys such as ``url``, ``publisher``, ``split`` and ``notes`` are ignored, except
that ``split`` is reported). Real pages are third-party text: keep such folders out of the
repository.

A field is *predicted* when the parser gives a value and *labelled* when the label does;
precision is correct / predicted and recall is correct / labelled. People are compared as
sets of normalised names (speakers, moderators, host and discussants together). A day
printed with no year anywhere on the page may be labelled ``--MM-DD``; it is scored as no
date, since the parser gives a date only with its year.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.parse.body import parse
from generator.parse.fields import is_online
from generator.parse.json_view import event_to_json
from generator.parse.model import Event
from generator.parse.names import strip_honorific
from generator.store.site_config import default_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SHAPES = ROOT / "tests" / "fixtures" / "shapes"
FIELDS = ("title", "date", "time", "place", "people", "language")
_QUOTES = "\"'“”‘’«»「」『』"
_WORD = re.compile(r"\w+")
GAZETTEER = default_gazetteer()


def norm(text: str) -> str:
    """Case, width, accents' composition, quotes, dashes and spacing made comparable."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("–", "-").replace("—", "-")
    text = "".join(c for c in text if c not in _QUOTES)
    return " ".join(text.split()).strip(" .,:;|-")


def person_key(name: str) -> str:
    # "川島 真" and "川島真": a Japanese or Chinese name with or without the space between
    # the family name and the given name is the same name
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", norm(strip_honorific(name)))


def people_of(event: dict[str, Any]) -> list[str]:
    names: list[str] = [s["name"] for s in event["speakers"]]
    names += list(event["moderators"]) + list(event["discussants"])
    if event["host"] is not None:
        names.append(event["host"]["name"])
    return names


@dataclass
class Tally:
    predicted: int = 0
    labelled: int = 0
    correct: int = 0

    def add(self, predicted: int, labelled: int, correct: int) -> None:
        self.predicted += predicted
        self.labelled += labelled
        self.correct += correct

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.correct / self.labelled if self.labelled else None


@dataclass
class PageResult:
    name: str
    language: str
    split: str
    crashed: str | None = None
    scores: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    """field -> (predicted, labelled, correct)"""
    misses: list[str] = field(default_factory=list)
    sentences: tuple[int, int] = (0, 0)
    """(kept, total)"""


def _place_ok(got: str | None, accepted: list[str]) -> bool:
    if got is None:
        return False
    if is_online(got) and any(is_online(a) for a in accepted):
        return True  # "Live Online", "Virtual", "Webinar" and "Online" say the same
    have = norm(got)
    return any(norm(a) and (norm(a) in have or have in norm(a)) for a in accepted)


_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")


def sentences_kept(source: str, event: Event) -> tuple[int, int]:
    """Source sentences whose every word is somewhere in the model: (kept, total)."""
    kept_words: Counter[str] = Counter()
    for text in event.texts():
        kept_words.update(_WORD.findall(text))
    kept = total = 0
    for line in source.splitlines():
        for sentence in _SENTENCE.split(line):
            words = Counter(_WORD.findall(sentence))
            if not words:
                continue
            total += 1
            kept += not (words - kept_words)
    return kept, total


def score_page(text_path: Path) -> PageResult:
    label = json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))
    result = PageResult(
        text_path.stem, str(label.get("language", "?")), str(label.get("split", "-"))
    )
    source = text_path.read_text(encoding="utf-8")
    try:
        event = parse(source, source=text_path.name, gazetteer=GAZETTEER)
    except Exception as exc:  # a crash is a result to report, not a reason to stop
        result.crashed = f"{type(exc).__name__}: {exc}"
        return result
    got = event_to_json(event, GAZETTEER)
    result.sentences = sentences_kept(source, event)

    def scalar(name: str, have: str | None, want: str | None, ok: bool) -> None:
        result.scores[name] = (int(have is not None), int(want is not None), int(ok))
        if not ok and (have is not None or want is not None):
            result.misses.append(f"{name}: got {have!r}, want {want!r}")

    want_title = label.get("title")
    scalar(
        "title",
        got["title"],
        want_title,
        got["title"] is not None
        and want_title is not None
        and norm(got["title"]) == norm(want_title),
    )
    want_date = label.get("date")
    if isinstance(want_date, str) and want_date.startswith("--"):
        want_date = None  # a day with no year on the page: no date to give
    scalar("date", got["date"], want_date, got["date"] is not None and got["date"] == want_date)
    want_language = label.get("language")
    scalar("language", got["language"], want_language, got["language"] == want_language)
    have_time = got["start_time"]
    scalar(
        "time",
        have_time,
        label.get("time"),
        have_time is not None and have_time == label.get("time"),
    )
    accepted = list(label.get("place") or [])
    place_ok = _place_ok(got["location"], accepted)
    result.scores["place"] = (int(got["location"] is not None), int(bool(accepted)), int(place_ok))
    if not place_ok and (got["location"] is not None or accepted):
        result.misses.append(f"place: got {got['location']!r}, want one of {accepted!r}")
    have = {person_key(n) for n in people_of(got)}
    want = {person_key(n) for n in label.get("people") or []}
    result.scores["people"] = (len(have), len(want), len(have & want))
    if have - want:
        result.misses.append(f"people: not wanted {sorted(have - want)}")
    if want - have:
        result.misses.append(f"people: missed {sorted(want - have)}")
    return result


def labelled_pages(folders: Iterable[Path]) -> list[Path]:
    pages: list[Path] = []
    for folder in folders:
        pages += sorted(p for p in folder.glob("*.txt") if p.with_suffix(".json").is_file())
    return pages


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def report(results: list[PageResult], title: str, out: list[str]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for result in results:
        for name, (p, lab, c) in result.scores.items():
            tallies[name].add(p, lab, c)
    crashes = sum(1 for r in results if r.crashed)
    kept = sum(r.sentences[0] for r in results)
    total = sum(r.sentences[1] for r in results)
    share = _pct(kept / total if total else None)
    out.append(f"{title}: {len(results)} pages, {crashes} crashes, sentences kept {share}")
    for name in FIELDS:
        t = tallies[name]
        out.append(
            f"  {name:<7} precision {_pct(t.precision)} ({t.correct}/{t.predicted})"
            f"  recall {_pct(t.recall)} ({t.correct}/{t.labelled})"
        )
    return tallies


def run(
    folders: list[Path], verbose: bool, split: str | None
) -> tuple[list[str], list[PageResult]]:
    results = [score_page(p) for p in labelled_pages(folders)]
    if split:
        results = [r for r in results if r.split == split]
    out: list[str] = []
    report(results, "all", out)
    for language in sorted({r.language for r in results}):
        report([r for r in results if r.language == language], f"language {language}", out)
    if verbose:
        for r in results:
            if r.crashed:
                out.append(f"{r.name}: CRASH {r.crashed}")
            for miss in r.misses:
                out.append(f"{r.name}: {miss}")
    return out, results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fidelity", description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of NAME.txt + NAME.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--split", help="score only pages whose label has this split")
    args = parser.parse_args(argv)
    folders = [SHAPES, *args.folders]
    for folder in folders:
        if not folder.is_dir():
            print(f"fidelity: {folder}: no such folder", file=sys.stderr)
            return 2
    for folder in folders:
        lines, _ = run([folder], args.verbose, args.split)
        print(f"== {folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
