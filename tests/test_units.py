"""Table tests for the pure helpers: dates, names, capitals."""

from __future__ import annotations

import pytest

from generator.parse.capitals import Gazetteer
from generator.parse.dates import is_time_slot, parse_date_line
from generator.parse.names import looks_like_name, split_name_role, split_names, strip_honorific


@pytest.mark.parametrize(
    ("line", "iso", "time"),
    [
        ("Mon. April 22nd, 2013", "2013-04-22", None),
        ("Wed, June 12th, 2024", "2024-06-12", None),
        ("Wed. May 28th, 20251:00 PM - 1:45 PM (EDT)", "2025-05-28", "1:00 PM - 1:45 PM (EDT)"),
        ("May 10, 2012 • 6:00 – 7:30 pm EDT", "2012-05-10", "6:00 – 7:30 pm EDT"),
        ("Thursday, February 6, 2014", "2014-02-06", None),
        ("• April 3, 2019", "2019-04-03", None),
        ("2022年7月3日", "2022-07-03", None),
        ("Thu.\u00a0September 14th, 2023", "2023-09-14", None),
        ("2021-11-16", "2021-11-16", None),
        ("6 March 2020", "2020-03-06", None),
        ("Sept. 9, 2015", "2015-09-09", None),
        ("April 22-23, 2013", "2013-04-22", None),
        (
            "Wednesday, January 27, 2021, at 8:00pm – 10:15pm EST",
            "2021-01-27",
            "8:00pm – 10:15pm EST",
        ),
        ("Tuesday, June 4, 2019 | 12:30 PM–2:00 PM EDT", "2019-06-04", "12:30 PM–2:00 PM EDT"),
        ("Lundi 20 et Mardi 21 juin 2022", "2022-06-20", None),
        ("Monday 20 and Tuesday 21 June 2022", "2022-06-20", None),
        ("Montag, 20. und Dienstag, 21. Juni 2022", "2022-06-20", None),
    ],
)
def test_date_lines(line: str, iso: str, time: str | None) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None
    assert (parsed.iso, parsed.time) == (iso, time)


def test_date_line_with_a_place() -> None:
    parsed = parse_date_line("March 26, 2008 Washington, D.C.")
    assert parsed is not None
    assert (parsed.iso, parsed.time, parsed.place) == ("2008-03-26", None, "Washington, D.C.")


def test_date_line_without_a_year() -> None:
    parsed = parse_date_line("Wednesday, January 10 from 2:30 pm to 4:00 pm")
    assert parsed is not None
    assert (parsed.iso, parsed.time) == (None, "2:30 pm to 4:00 pm")


@pytest.mark.parametrize("line", ["22 – 23 AUGUST", "August 22 – 23", "22-23 August"])
def test_a_range_of_days_without_a_year_is_a_date_line(line: str) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None
    assert (parsed.iso, parsed.time) == (None, None)


@pytest.mark.parametrize(
    "line",
    [
        "Beijing",
        "February 30, 2014",
        "May 10, 2012 was a long day for everyone",
        "Mayday 12, 2012",
        "",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


def test_time_slots() -> None:
    assert is_time_slot("4:00 to 4:15 p.m.")
    assert is_time_slot("9:30 - 11:00 am")
    assert not is_time_slot("4 to 5 participants")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paul Haenle", True),
        ("Dr. Jane Roe", True),
        ("Pieter van Dongen", True),
        ("王明(Wang Ming)", True),
        ("Kim Jong-un", True),
        ("Helen Vasquez-Carter", True),
        ("Senior Fellow", False),
        ("Resident Scholar, Carnegie-Tsinghua Center", False),
        ("Paul Haenle held the chair.", False),
        ("Agenda", False),
        ("Event Speakers", False),
        ("Related Publications", False),
        ("Kim Jong-un's Succession", False),
        ("Purus Marine", False),  # a company
        ("Qatar Red Crescent", False),
        ("Banque de France", False),
        ("Alongside Harris", False),  # a sentence's opening, then a surname
        ("New World", False),
        ("Marine Le Pen", True),  # "Marine" opens a name; it ends a company's
        ("GRF Member", False),
    ],
)
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Sayyid Badr bin Hamad Albusaidi", "Badr bin Hamad Albusaidi"),
        ("MK Benny Gantz", "Benny Gantz"),
        ("David CarmentEditor", "David Carment"),  # the role glued to the name
        ("Jane McDonald", "Jane McDonald"),  # a capital inside a name is no glued role
        ("野口健氏", "野口健"),
    ],
)
def test_styles_and_glued_roles_leave_the_name(written: str, name: str) -> None:
    from generator.parse.names import strip_honorific

    assert strip_honorific(written) == name


def test_split_name_role_and_names() -> None:
    assert split_name_role("Hae-jin Lim, Senior Fellow, Eastgate Institute") == (
        "Hae-jin Lim",
        "Senior Fellow, Eastgate Institute",
    )
    assert split_name_role("The meeting began, slowly") is None
    assert split_names("A Roe, B Doe,  C Poe, and D Loe,") == ["A Roe", "B Doe", "C Poe", "D Loe"]


@pytest.mark.parametrize(
    ("text", "voiced", "about"),
    [
        ("One U.S. participant said China erred.", ["washington"], ["beijing"]),
        (
            "A Chinese scholar questioned the aims of the United States.",
            ["beijing"],
            ["washington"],
        ),
        ("Participants from Tokyo and Seoul agreed.", ["tokyo", "seoul"], []),
        ("Both South Korean and American participants agreed.", ["seoul", "washington"], []),
        ("An East Asian expert noted the risk.", [], []),
        ("Several participants discussed North Korea.", [], ["pyongyang"]),
        ("Sino-North Korean relations have cooled.", [], ["beijing", "pyongyang"]),
        ("U.S. defense experts consider contingencies.", [], ["washington"]),
        ("Replace the armistice between North and South Korea.", [], ["seoul", "pyongyang"]),
        ("Latin American and Indian Ocean states watched.", [], []),
        ("一位中国学者表示，美国应当克制。", ["beijing"], ["washington"]),
        ("An Indian expert and a Chinese participant responded.", ["new-delhi", "beijing"], []),
        ("A former Chinese official said Tokyo erred.", ["beijing"], ["tokyo"]),
        ("U.S. officials have said China erred.", [], ["washington", "beijing"]),
        ("The United States and China disagree.", [], ["washington", "beijing"]),
    ],
)
def test_attribution(gazetteer: Gazetteer, text: str, voiced: list[str], about: list[str]) -> None:
    assert gazetteer.attribute(text) == (tuple(voiced), tuple(about))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Trade, Investment, and Finance: Both sides want more.", "Trade, Investment, and Finance"),
        ("What Is at Stake: The region's future.", "What Is at Stake"),
        ("A Chinese scholar said: the talks failed.", None),
        ("If the clock runs out next year, what happens next: talks, or escalation?", None),
        ("Incidents at sea: a South Korean expert noted the risk.", "Incidents at sea"),
    ],
)
def test_point_labels(text: str, label: str | None) -> None:
    from generator.parse.line_kinds import split_label

    assert split_label(text)[0] == label


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Paul Haenle", "paul-haenle"),
        ("José Müller-Øster", "jose-muller-oster"),
        ("王明(Wang Ming)", "wang-ming"),
        ("王建国", "wang-jian-guo"),
        ("Iran's Nuclear Program", "irans-nuclear-program"),
        ("", "untitled"),
    ],
)
def test_slugs(name: str, expected: str) -> None:
    from generator.site.pages import slug

    assert slug(name) == expected


@pytest.mark.parametrize(
    ("sentence", "host", "moderators"),
    [
        (
            "Carnegie-Tsinghua’s Paul Haenle hosted a roundtable.",
            ("Paul Haenle", "Carnegie-Tsinghua"),
            [],
        ),
        (
            "Carnegie’s Paul Haenle and Yan Xuetong hosted a discussion.",
            ("Paul Haenle", "Carnegie"),
            [],
        ),
        (
            "Paul Haenle, director of the Carnegie–Tsinghua Center, hosted a roundtable.",
            ("Paul Haenle", None),
            [],
        ),
        (
            "Carnegie–Tsinghua Center Director Paul Haenle moderated a discussion.",
            None,
            ["Paul Haenle"],
        ),
        ("Jane Roe, a senior fellow at the institute, moderated.", None, ["Jane Roe"]),
        ("The panel was moderated by Associate Professor Wang Dong.", None, ["Wang Dong"]),
        (
            "Org's Priya Raman will moderate a discussion between Zhou Lihua and Arjun Mehrotra.",
            None,
            ["Priya Raman"],
        ),
        ("The American Statecraft Program will host a special event.", None, []),
    ],
)
def test_hosts_and_moderators(
    sentence: str, host: tuple[str, str | None] | None, moderators: list[str]
) -> None:
    from generator.parse.body import parse

    event = parse(f"Title\n\nMon. April 22nd, 2013\nBeijing\n\n{sentence}\n")
    assert (event.host and (event.host.name, event.host.organization)) == host
    assert [m.name for m in event.moderators] == moderators


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        (
            "Arms ControlNuclear PolicyForeign Policy",
            ["Arms Control", "Nuclear Policy", "Foreign Policy"],
        ),
        (
            "Foreign PolicySecurityUnited StatesChina",
            ["Foreign Policy", "Security", "United States", "China"],
        ),
        ("TikTok and Data Security", None),
        ("YouTube Diplomacy", None),
        ("McDonald's Strategy in Asia", None),
    ],
)
def test_glued_tags(line: str, tags: list[str] | None) -> None:
    from generator.parse.line_kinds import glued_tags

    assert glued_tags(line) == tags


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Changing Perceptions in Key Capitals on the North Korean Crisis",
            "changing-perceptions-in-key-capitals-on-the-north-korean-crisis",
        ),
        (
            "India and China After the Border Crisis: Can the Relationship Be Repaired in Time",
            "india-and-china-after-the-border-crisis-can-the-relationship",
        ),
        (
            "Coast Guards, Fishing Fleets, and the Risk of Escalation in the South China Sea Today",
            "coast-guards-fishing-fleets-and-the-risk-of-escalation",
        ),
        ("What Comes After", "what-comes-after"),  # whole titles keep their last word
        ("Index of the Very Long Things That We Have Been Discussing For a Long Time in", None),
    ],
)
def test_a_cut_title_slug_ends_on_a_word_that_carries_meaning(
    title: str, expected: str | None
) -> None:
    from generator.site.pages import EVENT_SLUG_WORDS, STOP_WORDS, title_slug

    got = title_slug(title)
    if expected is not None:
        assert got == expected
    assert len(got) <= EVENT_SLUG_WORDS
    if got != title_slug(title, 1000):
        assert got.split("-")[-1] not in STOP_WORDS


def test_traditional_chinese_is_read_as_simplified_and_given_back_as_written() -> None:
    from generator.parse.hanzi import as_written, simplified
    from generator.parse.people_shapes import cjk_people

    written = "外交部次長陳立文蒞會開幕致詞，研究主任Anna de Vries發表演講，院長Jerzy Duszyński致詞"
    read = simplified(written)
    assert read != written and len(read) == len(written)
    assert as_written("陈立文", read, written) == "陳立文"
    assert simplified("陈立文") == "陈立文"  # simplified text is left as it is
    assert cjk_people(written) == ["陳立文", "Anna de Vries", "Jerzy Duszyński"]


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Lade Veranstaltungen", True),
        ("View this article in another language", True),
        ("Envoyer [A A]", True),
        ("InternacionalAcceso estudiantes", True),
        ("Share | Print", True),
        ("18h30-20h30", False),
        ("Back to the Future of Korea", False),
        ("International Research Forum", False),
        ("Policies", False),
    ],
)
def test_a_line_of_a_sites_controls(line: str, site: bool) -> None:
    from generator.parse.interface import interface_only

    assert interface_only(line) is site


def test_a_day_or_a_sites_buttons_are_not_names() -> None:
    assert not looks_like_name("Am Donnerstag")
    assert not looks_like_name("Teilen Drucken")
    assert looks_like_name("Domingo Sadurní")


def test_a_post_stamp_to_the_second_gives_a_day_and_no_time() -> None:
    stamp = parse_date_line("2023-10-19 14:22:45")
    assert stamp is not None and stamp.iso == "2023-10-19" and stamp.time is None
    event_time = parse_date_line("2023-10-19 14:00")
    assert event_time is not None and event_time.time is not None


def test_years_of_the_republic_of_china() -> None:
    from generator.parse.dates import find_date

    found = find_date("訂於本(109)年9月8日至9日在台北舉行")
    assert found is not None and found.iso == "2020-09-08"
    found = find_date("民國112年5月3日舉行")
    assert found is not None and found.iso == "2023-05-03"


def test_a_slashed_day_is_read_only_when_one_order_makes_sense() -> None:
    day_first = parse_date_line("23/04/2024")
    month_first = parse_date_line("04/23/2024")
    assert day_first is not None and day_first.iso == "2024-04-23"
    assert month_first is not None and month_first.iso == "2024-04-23"
    assert parse_date_line("03/04/2024") is None  # 3 April or March 4: not guessed
    american = parse_date_line("03/04/2024 4:00 PM - 5:00 PM")  # a 12-hour clock: month first
    assert american is not None and american.iso == "2024-03-04" and american.time is not None
    assert parse_date_line("03/04/2024 Room 4") is None


def test_a_spaced_numeric_day_is_read_by_its_weekday() -> None:
    tuesday = parse_date_line("Mar, 07 06 2022")  # martes: 7 June, not 6 July
    assert tuesday is not None and tuesday.iso == "2022-06-07"
    assert parse_date_line("07 06 2022") is None  # no weekday: both orders make a day
    assert parse_date_line("Sat 07 06 2022") is None  # neither order is a Saturday
    late = parse_date_line("25 06 2022")
    assert late is not None and late.iso == "2022-06-25"


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("| Date | : | 22 Aug 2025 |", "date", "22 Aug 2025"),
        ("Venue | The Clifford Pier", "place", "The Clifford Pier"),
        ("WHERE? Maison du Savoir", "place", "Maison du Savoir"),
        ("1.日時・形態", "date", ""),
        (
            "日 時  令和3年10月16日(土) 午前9時半~11時半",
            "date",
            "令和3年10月16日(土) 午前9時半~11時半",
        ),
        ("会 場  一燈園 内 研修道場", "place", "一燈園 内 研修道場"),
        ("テーマ 「川と共に」", "title", "「川と共に」"),
        ("Event Title Sanctions After the Freeze", "title", "Sanctions After the Freeze"),
        ("Location Virtual", "place", "Virtual"),
    ],
)
def test_labels_without_their_usual_colon(line: str, kind: str, value: str) -> None:
    from generator.parse.fields import read_field

    found = read_field(line)
    assert found is not None and (found.kind, found.value) == (kind, value)


@pytest.mark.parametrize(
    "line",
    ["| Contact Person | : | TAY, Minghua |", "Location matters for the region", "WHY? Because"],
)
def test_lines_that_are_no_field(line: str) -> None:
    from generator.parse.fields import read_field

    assert read_field(line) is None


@pytest.mark.parametrize(
    ("written", "start"),
    [
        ("3 to 4:30 p.m.", "15:00"),  # the start shares the end's half of the day
        ("6-8 p.m.", "18:00"),
        ("10 to 12:30 p.m.", "10:00"),  # ends at noon: starts in the morning
        ("17 bis 21 Uhr", "17:00"),
        ("4:30-6:30 p.m.", "16:30"),
        ("11:30 a.m. to 1:30 p.m.", "11:30"),
        ("午前9時半~11時半", "09:30"),  # half past nine
        ("오후 2시 반", "14:30"),
    ],
)
def test_the_start_of_a_range_of_hours(written: str, start: str) -> None:
    from generator.parse.dates import start_of

    assert start_of(written) == start


def test_the_time_in_the_sentence_that_gives_the_day() -> None:
    from generator.parse.dates import clock_in_sentence, held_at_clock, start_of

    german = (
        "X ist am Donnerstag, dem 2. Juni 2022, am Institut zu Gast und referiert um 17.00 Uhr."
    )
    assert start_of(clock_in_sentence(german, "2. Juni 2022")) == "17:00"
    english = "The talk, on Wednesday, April 24, from 4:30-6:30 p.m. in the Library. Tea at 3 p.m."
    assert start_of(clock_in_sentence(english, "April 24")) == "16:30"
    # a time in another sentence is not the day's; a number with no unit is no time
    assert clock_in_sentence("Held on May 3, 2024. Doors open at 9 a.m.", "May 3, 2024") is None
    assert clock_in_sentence("On May 3, 2024, from 2023 to 2024 it grew.", "May 3, 2024") is None
    assert (
        start_of(held_at_clock("The forum will be held from 3:30 to 5 p.m. in the Lobby."))
        == "15:30"
    )
    assert held_at_clock("The report was held from publication.") is None


def test_an_organisation_that_hosts_is_no_place() -> None:
    from generator.parse.places import place_in_prose

    assert place_in_prose("Foundation hosts first Arctic Shipping Forum") is None
    assert place_in_prose("The Hudson Institute hosts a panel.") == "Hudson Institute"


def test_the_organisers_who_present_are_not_the_title() -> None:
    from generator.parse.body import parse

    text = (
        "The Harbor Institute presents:\nTides of Power: Japan and the Seas\n"
        "A talk by Naomi Fell, Professor of History, Lakeside University.\n\n"
        "The talk looks at the seas around Japan and how the navy has changed since 1990.\n"
    )
    assert parse(text).title == "Tides of Power: Japan and the Seas"


def test_a_comma_inside_the_brackets_after_a_name_is_the_role_s() -> None:
    from generator.parse.body import parse

    text = (
        "한반도 평화 토론회\n\n2024년 5월 14일\n\n"
        "사회자 : 김민수(한빛재단 이사장, 전 외교부 차관)\n\n"
        "토론회는 한반도 평화를 위한 방안을 논의했다. 참석자들은 대화의 중요성을 강조했다.\n"
    )
    names = [s.name for s in parse(text).speakers]
    assert names == ["김민수"]


def test_moderated_by_after_a_list_names_only_the_moderator() -> None:
    from generator.parse.body import parse

    text = (
        "Russia and the Arctic\n\nTuesday, February 11, 2025\n\n"
        "Please join us for a panel discussion with Ola Berg, senior fellow at the Polar "
        "Institute, and Ruth Amsel, professor of politics at Lakeside University, moderated by "
        "Tom Keane, Arctic Council Secretariat.\n"
    )
    event = parse(text)
    assert [m.name for m in event.moderators] == ["Tom Keane"]
    roles = {s.name: s.role for s in event.speakers}
    assert roles["Ruth Amsel"] == "professor of politics at Lakeside University"


def test_a_lead_naming_the_event_in_plain_quotes_does_not_crash() -> None:
    from generator.parse.body import parse

    text = (
        "[Harbor CIS] Ports and Alliances\n\n"
        "On March 3, 2025, the Harbor Center held a conference with the topic of "
        "'Ports and Alliances in the Pacific'. Experts from three countries took part.\n"
    )
    event = parse(text)  # the quoted name is read by the pattern's second group ("named")
    assert event.title == "Ports and Alliances"
    assert event.date == "2025-03-03"


def test_a_role_ends_where_the_report_s_sentence_goes_on() -> None:
    from generator.parse.state import split_role

    assert split_role("director of the Centre, talked about trade")[0] == "director of the Centre"
    assert split_role("co-founder of the Center, will convene the meeting")[0] == (
        "co-founder of the Center"
    )
    assert split_role("professor, based in Seoul")[0] == "professor, based in Seoul"
    assert split_role("noted author, decorated veteran")[0] == "noted author, decorated veteran"
    assert split_role(None)[0] is None
    assert split_role("director of the Centre, talked about trade")[1] == "talked about trade"


def test_japanese_names_glued_to_their_organisation_and_title() -> None:
    from generator.parse.ja_names import japanese_names

    text = (
        "開会式では村上雅人東洋海洋大学教授が挨拶し、中島 由美子氏が登壇しました。"
        "石田昭夫外務大臣からのメッセージが紹介され、野口英世記念ホールに約200名が集まりました。"
    )
    assert japanese_names(text) == ["村上雅人", "中島 由美子"]
    assert japanese_names("日米関係について議論しました。") == []
    # a given name the dictionary reads in two pieces; never joined to an honorific
    assert japanese_names("特命教授の村井友秀様より、中川寛氏より") == ["村井友秀", "中川寛"]


def test_a_chinese_range_of_days_with_zhi() -> None:
    import datetime as dt

    from generator.parse.dates import find_date

    found = find_date("與上海國際問題研究院預定5月13至15日共同舉辦", dt.date(2024, 4, 24))
    assert found is not None and found.iso == "2024-05-13"
    found = find_date("2024年5月13日至15日舉行")
    assert found is not None and found.iso == "2024-05-13"


def test_a_weekday_or_a_sentence_is_never_the_place() -> None:
    from generator.parse.body import parse

    text = (
        "Ports and Power in the Pacific\n\n12 March 2025\n\nThursday\n\n"
        "The lecture looks at the ports built across the Pacific and what they mean for the "
        "region.\n"
    )
    assert parse(text).location is None


def test_places_labels_and_titles_are_no_people() -> None:
    from generator.parse.names import looks_like_name
    from generator.parse.people_shapes import cjk_people

    assert not looks_like_name("Ciudad de México")
    assert not looks_like_name("Neglected Conflicts")
    assert not looks_like_name("Commercial Counselor")
    found = cjk_people(
        "박효종 교수가 발제를, 서경석 목사(선진화시민행동 상임대표)가 토론을 맡았다. (가운데)"
    )
    assert "서경석" in found and "서경석 목사" not in found and "가운데" not in found


def test_the_sentence_cut_from_a_role_is_kept_as_the_bio() -> None:
    from generator.parse.body import parse

    text = (
        "Asia Research Day 2025\n\nMarch 4, 2025\n\n"
        "Keynote speaker Dr. Omar Reyes, director of the Pacific Studies Center, talked about "
        "the future of research ties with Asia.\n"
    )
    event = parse(text)
    (speaker,) = [s for s in event.speakers if s.name == "Omar Reyes"]
    assert speaker.role == "director of the Pacific Studies Center"
    assert "talked about the future of research ties with Asia" in (speaker.bio or "")


def test_a_city_inside_a_run_of_cjk_characters_in_a_fixed_order() -> None:
    from generator.parse.places import city_within

    assert city_within("中央社記者張謙香港24日電") == "香港"
    # two cities: the same one whatever the hash seed (the longest, then in code order)
    assert city_within("記者張謙香港北京") == "北京"
    assert city_within("By Dana Lee, Seoul") == "Seoul"
    assert city_within("記者張謙") is None


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Hon Harsh Vardhan Shringla", "Harsh Vardhan Shringla"),
        ("Datin Noor Azimah Rahim", "Noor Azimah Rahim"),
        ("Excmo. Sr. Carlos Miranda", "Carlos Miranda"),
        ("Coronel Ignacio Fuente Cobo", "Ignacio Fuente Cobo"),
        ("Murray McLean AOM", "Murray McLean"),
        ("Lyriker Max Czollek", "Max Czollek"),
        ("ARD-Meteorologe Karsten Schwanke", "Karsten Schwanke"),
        ("宍戸健一 (JP-MIRAI 理事)", "宍戸健一"),
        ("王明(Wang Ming)", "王明(Wang Ming)"),
        ("肖平教授", "肖平"),
    ],
)
def test_styles_and_roles_around_a_name_are_dropped(written: str, name: str) -> None:
    assert strip_honorific(written) == name
