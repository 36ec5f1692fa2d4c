"""Measure general-purpose libraries against briefgen's own readers on labelled pages.

    python -m benchmarks.libraries FOLDER...

needs ``dateparser`` and ``nameparser`` installed beside briefgen (they are not
dependencies; this script is how the choice was made). For each labelled page
(``NAME.txt`` + ``NAME.json``, see ``benchmarks/fidelity.py``) it compares:

* **dates**: ``dateparser.search.search_dates`` over the top of the page (the first date
  it finds, languages limited to the region's) against ``briefgen parse``'s date;
* **names**: ``nameparser.HumanName`` cleaning the names briefgen found (title and
  suffix dropped) against briefgen's own ``strip_honorific``.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

from benchmarks.fidelity import GAZETTEER, labelled_pages, person_key
from generator.parse.body import parse
from generator.parse.names import strip_honorific

LANGUAGES = ["en", "de", "fr", "es", "zh", "ja", "ko"]


def main(argv: list[str]) -> int:
    try:
        parse_date = importlib.import_module("dateparser").parse
        search_dates = importlib.import_module("dateparser.search").search_dates
        HumanName = importlib.import_module("nameparser").HumanName
    except ImportError:
        print("install dateparser and nameparser to run this comparison", file=sys.stderr)
        return 2
    pages = labelled_pages(Path(a) for a in argv)
    ours_ok = lib_ok = labelled = convert_ok = 0
    ours_time = lib_time = 0.0
    names_ours = names_lib = names_total = 0
    for page in pages:
        label = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        text = page.read_text(encoding="utf-8")
        start = time.perf_counter()
        event = parse(text, source=page.name, gazetteer=GAZETTEER)
        ours_time += time.perf_counter() - start
        start = time.perf_counter()
        found = search_dates(
            text[:1500], languages=LANGUAGES, settings={"PREFER_DATES_FROM": "past"}
        )
        lib_time += time.perf_counter() - start
        lib_date = found[0][1].date().isoformat() if found else None
        if label.get("date"):
            labelled += 1
            ours_ok += event.date == label["date"]
            lib_ok += lib_date == label["date"]
            # the library reading the very text briefgen chose as the date
            converted = (
                parse_date(event.date_text, languages=LANGUAGES) if event.date_text else None
            )
            convert_ok += converted is not None and converted.date().isoformat() == label["date"]
        wanted = {person_key(n) for n in label.get("people") or []}
        for speaker in event.speakers:
            written = speaker.written or speaker.name
            human = HumanName(written)
            lib_name = " ".join(p for p in (human.first, human.middle, human.last) if p)
            names_total += 1
            names_ours += person_key(strip_honorific(written)) in wanted
            names_lib += person_key(lib_name) in wanted
    print(f"{len(pages)} pages, {labelled} with a labelled date")
    print(
        f"dates   briefgen {ours_ok}/{labelled} right ({1000 * ours_time / len(pages):.1f} ms/page)"
        f" | dateparser.search_dates {lib_ok}/{labelled} right"
        f" ({1000 * lib_time / len(pages):.1f} ms/page)"
    )
    print(f"dates   dateparser.parse of the text briefgen chose: {convert_ok}/{labelled} right")
    print(
        f"names   briefgen strip_honorific {names_ours}/{names_total} match a label"
        f" | nameparser.HumanName {names_lib}/{names_total}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
