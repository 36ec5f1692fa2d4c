"""Shapes from the source-format notes that the shipped samples do not cover.

Each row pins the fields that matter for that shape; the fixtures are invented texts.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.parse.capitals import Gazetteer
from tests.conftest import FIXTURES, parse_file

V = FIXTURES / "variants"


def speakers(data: dict[str, Any]) -> list[tuple[str, str | None, bool]]:
    return [(s["name"], s["role"], s["truncated"]) for s in data["speakers"]]


CASES: dict[str, dict[str, Any]] = {
    "v1_speakers_first_address": {
        "title": "Energy Transitions in the Caspian Region",
        "date": "2014-02-06",
        "location": "1779 Larchmont Avenue NW, Washington, DC 20036",
        "moderators": ["Harriet Lindgren"],
        "host.name": "Miriam Okonjo",
        "speakers": [
            ("Miriam Okonjo", "Senior Fellow, Westbrook Institute", False),
            ("Tomas Aldecoa", "Professor of Economics, Universidad del Norte", False),
            ("Harriet Lindgren", "Director, Energy Program", False),
        ],
        "section_titles": ["Key Points"],
        "labels": ["Pipelines", None],
        "voiced": [["Moscow", "Brussels"], []],
        "furniture": {"notice", "related"},
    },
    "v2_comma_date_timeslots": {
        "date": "2012-05-10",
        "time": "6:00 – 7:30 pm EDT",
        "location": "Washington, DC",
        "image": "1203",
        "moderators": ["Clara Voss"],
        "host": None,
        "section_titles": ["4:00 to 4:15 p.m.", "4:15 to 5:30 p.m."],
        "speakers": [
            ("Samuel Achterberg", "Senior Associate, Northbridge Endowment", False),
            ("Lena Mortensen", "Fellow, Nordic Policy Forum", False),
        ],
        "furniture": {"marker", "player", "repeat"},
    },
    "v3_chinese_page": {
        "title": "中美关系对话",
        "date": "2022-07-03",
        "location": "北京",
        "host.name": "白莉娟(Jan Carol Berris)",
        "discussants": ["白莉娟(Jan Carol Berris)", "王建国", "Thomas Reilly"],
        "labels": ["贸易", "安全"],
        "voiced": [["Beijing"], ["Washington"]],
    },
    "v4_transcript": {
        "location": "Live Online",
        "section_titles": ["Transcript"],
        "labels": ["MODERATOR", "DR. HALVORSEN", "MODERATOR"],
    },
    "v5_bullet_date_presider": {
        "date": "2019-04-03",
        "location": "Virtual",
        "moderators": ["Adrienne Castellanos"],
        "speakers": [
            ("Adrienne Castellanos", "Senior Fellow for Maritime Affairs", False),
            ("Hugo Barzani", "Visiting Fellow", False),
            ("Keiko Tanabe", "Professor of Law, Hokuriku University", False),
        ],
        "section_titles": ["Synopsis"],
    },
    "v7_moderated_no_trailer_heading": {
        "title": "Rebalancing Trade Between Neighbours",
        "subtitle": "The Fourth Larchmont Forum on Regional Trade",
        "date": "2014-09-04",
        "location": "Beijing, P. R. China",
        "host": None,
        "moderators": ["Marta Ellison"],
        "speakers": [
            ("Marta Ellison", None, False),
            ("Zhou Wenbo", None, False),
            ("Kaito Morimoto", None, False),
        ],
        "section_titles": [],
        "furniture": {"notice"},
        "unclassified": [],
    },
    "v8_schedule_and_headless_trailer": {
        "date": "2024-10-17",
        "time": "1:30 PM - 3:30 PM (EDT)",
        "location": "Washington, DC, and Live Online",
        "host": None,
        "section_titles": ["Fireside Chat", "Panel Discussion"],
        "speakers": [
            ("Ada Brightwater", "Senator, Alaska", True),
            # "Tomas Eklund will lead a conversation with ..." opens a sentence as its subject
            ("Tomas Eklund", None, False),
            # "The panel will include A, B, and C." names the panel
            ("Ingrid Solberg", None, False),
            ("Mikko Rautio", None, False),
            ("Yuki Sato", None, False),
        ],
        "furniture": {"tags", "heading"},
        "unclassified": [],
    },
    "v9_junk_then_date_then_title": {
        "title": "River Basins and Regional Cooperation: Lessons from the Mekong",
        "date": "2021-01-27",
        "time": "8:00pm – 10:15pm EST",
        "location": "Online",  # from the "Online Event" badge
        "host.name": "Dara Chanthavong",
        "furniture": {"player", "page-type"},
    },
    "v10_date_and_place_on_one_line": {
        "title": "Debating Alliances: A Lecture Series",
        "date": "2008-03-26",
        "location": "Washington, D.C.",
        "labels": [None, None],
        "voiced": [[], []],
    },
    "v11_participant_lists": {
        "discussants": [
            "Aigerim Nurlanova",
            "Timur Bekov",
            "Olga Sokolova",
            "Farid Rahimov",
            "Li Na",
        ],
        "section_titles": ["Key Points"],
        "speakers": [],
        "unclassified": [],
    },
    "v12_chinese_trailer": {
        "title": "中日关系展望",
        "date": "2023-05-06",
        "host.name": "陈思远(Chen Siyuan)",
        "discussants": ["陈思远(Chen Siyuan)", "佐藤健"],
        "disclaimer": "本院对公共政策问题不持机构立场。",
        "speakers": [
            ("陈思远(Chen Siyuan)", "研究员，东亚研究中心", False),
            ("佐藤健", None, False),
        ],
        "voiced": [["Tokyo"]],
        "section_titles": ["主要观点"],
    },
    "v13_inline_speakers_lost_moderator": {
        "moderators": [],
        "speakers": [
            ("Jane Roe", "Fellow, X Institute", False),
            ("John Doe", "Professor, Y University", False),
            ("Mary Major", "Director, Z Center", False),
        ],
        "discussants": ["Ann Lee", "Bo Chen"],
        "section_titles": [],
        "unclassified": [{"text": "Senior Fellow, Westbrook Institute", "lines": [6, 6]}],
        "furniture": {"heading", "marker"},
    },
    "v6_lost_role_line": {
        "speakers": [
            ("Park Ji-won", "Senior Fellow, Kestrel Forum", False),
            ("Dmitri Varlamov", None, False),
            ("Helena Brandt", "Director, Energy Security Program", True),
        ],
        "unclassified": [],
    },
    # Shapes of other publishers' event pages (one section or several, "Online", a
    # semicolon run of speakers, demonyms for delegations, a capital outside Asia).
    "v14_panel_semicolon_speakers": {
        "title": "Maritime Order in the Yellow Sea",
        "date": "2025-03-12",
        "location": "Seoul",
        "speakers": [
            ("Hana Cho", "Senior Fellow, Harbor Policy Forum", False),
            ("Wen Li", "Professor, Eastlake University", False),
        ],
        "labels": ["Enforcement", "Hotlines"],
        "moderators": ["Daniel Reyes"],
    },
    "v15_online_webinar": {
        "title": "Export Controls and the Semiconductor Supply Chain",
        "date": "2024-06-03",
        "location": "Online",
        "discussants": ["Keiko Sato", "Min-jun Park", "Laura Bennett"],
        "labels": ["Alignment", "Costs"],
        "unclassified": [],
        "furniture": {"player"},
    },
    "v16_track_two_dialogue": {
        "title": "Track II Dialogue on Nuclear Risk Reduction",
        "date": "2019-11-07",
        "location": "Beijing",
        "section_titles": ["Doctrine", "Crisis Communication"],
        "voiced": [["Beijing"], ["Washington"], []],
        "furniture": {"heading"},
    },
    "v17_delegation_demonyms": {
        "title": "Energy Security in Northeast Asia",
        "date": "2013-09-20",
        "location": "Tokyo",
        "section_titles": ["Liquefied Gas", "Nuclear Power"],
        "discussants": ["Taro Yamada", "Ji-woo Kim"],
    },
    "v18_european_perspective": {
        "title": "Europe and the Korean Peninsula",
        "date": "2016-10-12",
        "location": "Brussels",
        "voiced": [["Brussels"], ["Seoul"], ["Washington"]],
    },
    "v19_short_single_section": {
        "title": "Climate Finance after the Summit",
        "date": "2020-01-14",
        "location": "New Delhi",
        "section_titles": ["Key Points"],
        "voiced": [["New Delhi"], ["Beijing"]],
    },
    "v20_trade_roundtable_moderator": {
        "title": "Trade Rules after the Pandemic",
        "date": "2021-04-26",
        "location": "Washington",
        "moderators": ["Ellen Marsh"],
        "section_titles": ["Supply Chains", "Digital Trade"],
    },
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_variant(name: str, gazetteer: Gazetteer) -> None:
    data = parse_file(V / f"{name}.txt", gazetteer)
    for key, want in CASES[name].items():
        if key == "speakers":
            got: Any = speakers(data)
        elif key == "host.name":
            got = data["host"] and data["host"]["name"]
        elif key == "section_titles":
            got = [s["title"] for s in data["sections"]]
        elif key == "labels":
            got = [p["label"] for s in data["sections"] for p in s["points"]]
        elif key == "voiced":
            got = [p["voiced_by"] for s in data["sections"] for p in s["points"]]
        elif key == "furniture":
            got = {f["kind"] for f in data["furniture"]} & want
        else:
            got = data[key]
        assert got == want, key


def test_every_variant_fixture_has_a_case() -> None:
    assert sorted(p.stem for p in V.glob("*.txt")) == sorted(CASES)
