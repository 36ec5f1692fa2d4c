"""Compare a parsed event (the ``parse --json`` view) with an ``*.expected.json`` file.

Each comparison is one named field check, so a test can report exactly which checks
fail and the sample set can be scored as a whole.
"""

from __future__ import annotations

from typing import Any

QUOTES = "\"'“”‘’"


def ws(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def label_key(label: str | None) -> str | None:
    return None if label is None else ws(label.strip(QUOTES))


def field_checks(got: dict[str, Any], want: dict[str, Any], intros: bool) -> list[tuple[str, bool]]:
    """(check name, passed) for every field the expected file pins down."""
    checks: list[tuple[str, bool]] = []

    def check(name: str, ok: bool) -> None:
        checks.append((name, bool(ok)))

    for key in ("title", "date", "location", "image"):
        check(key, ws(got.get(key)) == ws(want.get(key)))
    want_host, got_host = want.get("host"), got.get("host")
    if want_host is None:
        check("host", got_host is None)
    else:
        check("host.name", got_host is not None and got_host["name"] == want_host["name"])
        check(
            "host.organization",
            got_host is not None and got_host["organization"] == want_host["organization"],
        )
    check("moderators", got.get("moderators") == want.get("moderators"))
    check("discussants", got.get("discussants") == want.get("discussants"))
    check("disclaimer_present", got.get("disclaimer_present") == want.get("disclaimer_present"))
    want_sections, got_sections = want["sections"], got["sections"]
    check("sections.count", len(got_sections) == len(want_sections))
    for i, ws_ in enumerate(want_sections):
        gs = got_sections[i] if i < len(got_sections) else {"title": None, "points": []}
        check(f"sections[{i}].title", ws(gs["title"]) == ws(ws_["title"]))
        check(f"sections[{i}].points.count", len(gs["points"]) == len(ws_["points"]))
        for j, wp in enumerate(ws_["points"]):
            gp = gs["points"][j] if j < len(gs["points"]) else {"label": "?", "text": ""}
            check(
                f"sections[{i}].points[{j}].label", label_key(gp["label"]) == label_key(wp["label"])
            )
            check(f"sections[{i}].points[{j}].text", ws(gp["text"]) == ws(wp["text"]))
    check("speakers.count", len(got["speakers"]) == len(want["speakers"]))
    for i, wsp in enumerate(want["speakers"]):
        gsp = got["speakers"][i] if i < len(got["speakers"]) else {}
        for key in ("name", "role", "bio", "truncated"):
            check(
                f"speakers[{i}].{key}",
                ws(gsp.get(key)) == ws(wsp[key])
                if key != "truncated"
                else gsp.get(key) == wsp[key],
            )
    got_attr = [a for a in got["attributions"] if intros or not a["intro"]]
    check("attributions.count", len(got_attr) == len(want["attributions"]))
    for i, wa in enumerate(want["attributions"]):
        ga = got_attr[i] if i < len(got_attr) else {"voiced_by": None, "about": None}
        name = f"attributions[{i}]({wa['label']})"
        check(
            f"{name}.voiced_by",
            ga["voiced_by"] is not None and set(ga["voiced_by"]) == set(wa["voiced_by"]),
        )
        check(f"{name}.about", ga["about"] is not None and set(ga["about"]) == set(wa["about"]))
    return checks
