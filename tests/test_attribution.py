"""Who said what, sentence by sentence: the splitter, the attribution rules, and the
capital pages of the seed quoting exactly the sentences each capital's participants said."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from hypothesis import given
from hypothesis import strategies as st

from generator.parse.capitals import Gazetteer
from generator.parse.sentences import sentences_of, split
from generator.site.counts import Passage, Sentence, passages_of
from tests.support import SEED, built_project

# --- the splitter -----------------------------------------------------------------------


def test_split_keeps_abbreviated_titles_and_initialisms_with_their_sentence() -> None:
    text = "Amb. Lee met Gen. Park in Washington, D.C. on Jan. 5. The U.S. side agreed. Fine."
    assert split(text) == [
        "Amb. Lee met Gen. Park in Washington, D.C. on Jan. 5.",
        "The U.S. side agreed.",
        "Fine.",
    ]


def test_split_reads_cjk_full_stops() -> None:
    assert split("中国学者表示，北京不会改变政策。另一位学者补充说！", "zh") == [
        "中国学者表示，北京不会改变政策。",
        "另一位学者补充说！",
    ]


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=300))
def test_split_never_loses_or_invents_text(text: str) -> None:
    parts = split(text)
    assert "".join("".join(parts).split()) == "".join(text.split())
    assert all(p == p.strip() and p for p in parts)
    position = 0
    for part in parts:  # each sentence is the text as written, in order
        found = text.find(part, position)
        assert found >= position
        position = found + len(part)


# --- attribution rules --------------------------------------------------------------------


def attributed(text: str, gz: Gazetteer) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(s.voiced_by, s.about) for s in sentences_of(text, gz)]


def test_sentences_before_anybody_speaks_are_nobodys(gazetteer: Gazetteer) -> None:
    text = (
        "Regime collapse has led U.S. defense experts to consider contingency plans. "
        "One Chinese scholar said such plans were not in China's interest."
    )
    assert attributed(text, gazetteer) == [((), ("washington",)), (("beijing",), ())]


def test_a_speaker_goes_on_until_another_takes_over(gazetteer: Gazetteer) -> None:
    text = (
        "A South Korean participant argued that Seoul needs reassurance. "
        "He added that Tokyo agrees. "
        "The cost is high, the participant said. "
        "An East Asian expert noted that Pyongyang gains either way. "
        "Nobody disputed it."
    )
    assert attributed(text, gazetteer) == [
        (("seoul",), ()),
        (("seoul",), ("tokyo",)),
        (("seoul",), ()),
        ((), ("pyongyang",)),
        ((), ()),
    ]


def test_several_unplaced_participants_end_a_capitals_turn(gazetteer: Gazetteer) -> None:
    text = (
        "Chinese scholars said Beijing is patient. "
        "Several panelists agreed that China could do more. "
        "However, several Chinese scholars responded that nothing would change."
    )
    assert attributed(text, gazetteer) == [
        (("beijing",), ()),
        ((), ("beijing",)),
        (("beijing",), ()),
    ]


def test_the_last_speaker_of_a_sentence_speaks_in_the_next(gazetteer: Gazetteer) -> None:
    text = (
        "A Japanese participant spoke first, and then a U.S. scholar replied that "
        "Tokyo was right. She added that it mattered."
    )
    assert attributed(text, gazetteer) == [
        (("tokyo", "washington"), ()),
        (("washington",), ()),
    ]


def test_a_remark_about_a_capital_that_also_speaks_counts_as_about_it(
    gazetteer: Gazetteer,
) -> None:
    meta = {
        "points": [
            {
                "anchor": "p-1",
                "label": "Hotlines",
                "voiced_by": ["washington", "beijing"],
                "about": [],
                "lines": [1, 1],
                "sentence_count": 2,
                "sentences": [
                    {"n": 1, "text": "A U.S. participant faulted Beijing.",
                     "voiced_by": ["washington"], "about": ["beijing"]},
                    {"n": 2, "text": "A Chinese scholar disagreed.", "voiced_by": ["beijing"]},
                ],
            }
        ]
    }  # fmt: skip
    [passage] = passages_of("themes/t.md", meta)
    assert passage.about == ("beijing",)
    assert passage.quote("beijing", "about") == "A U.S. participant faulted Beijing. …"
    assert passage.quote("beijing", "voiced") == "… A Chinese scholar disagreed."
    assert passage.quote("washington", "about") == ""


def test_a_sentence_cannot_name_a_capital_its_point_does_not_list() -> None:
    meta = {
        "points": [
            {
                "anchor": "p-1",
                "label": None,
                "voiced_by": ["seoul"],
                "about": [],
                "lines": [1, 1],
                "sentences": [{"n": 1, "text": "X.", "voiced_by": ["seoul", "tokyo"]}],
            }
        ]
    }
    [passage] = passages_of("themes/t.md", meta)
    assert passage.sentences == (Sentence(1, "X.", ("seoul",), ()),)
    assert passage.voiced_by == ("seoul",)


def test_quotes_mark_every_gap_with_an_ellipsis() -> None:
    passage = Passage(
        "t.md", "p-1", None, "point", 1, ("seoul",), (),
        sentences=(Sentence(2, "B.", ("seoul",)), Sentence(3, "C.", ("seoul",)),
                   Sentence(5, "E.", ("seoul",))),
        sentence_count=6,
    )  # fmt: skip
    assert passage.quote("seoul", "voiced") == "… B. C. … E. …"


# --- the seed, as a reader sees it ------------------------------------------------------

BEIJING_VOICED = [
    "Kim Jong-un is a young and inexperienced leader, but one who is “rational” and “in "
    "control,” one Chinese scholar remarked.",
    "While the Chinese scholars acknowledged that Sino-North Korean relations are not what "
    "they used to be, Beijing remains North Korea’s only ally and lifeline.",
    "However, several Chinese scholars responded that China’s fundamental policy toward the "
    "peninsula would remain unchanged, and would favor stability above all.",
    "A Chinese scholar stated that while Beijing acknowledges the danger of North Korean "
    "brinkmanship, its goal is still to maintain a stable relationship with North Korea.",
    "Beijing favors a return to dialogue through the framework of the Six Party Talks, the "
    "scholar said, adding that the United States should not act over-aggressively or use "
    "China as a tool to strangle the Kim regime.",
    "Another Chinese scholar added that there is more opportunity today for U.S.-China "
    "cooperation on the North Korea issue due to mutual interests.",
    "This cooperation cannot be based on the United States exerting pressure on China, which "
    "would only heighten suspicions in Pyongyang, the scholar added.",
    "A Chinese scholar explained that Beijing has not changed its policy toward North Korea.",
    "China’s three policy fundamentals remain the same: peace and stability, "
    "denuclearization, and non-proliferation.",
    "While there is a vibrant debate ongoing in China’s academic circles, the government’s "
    "policy will likely remain consistent.",
    "The scholar said that Beijing has demonstrated its irritation and disapproval with "
    "Pyongyang through critical official statements by Xi Jinping, Li Keqiang, and Wang Yi.",
    "However, China is but one player in the region.",
    "China does not want to antagonize North Korea because of its close proximity to the "
    "country and fear of any instability flowing across the border.",
    "Another Chinese scholar added that any change to China’s policy on North Korea would be "
    "Beijing’s own initiative and not resulting from pressure from the United States.",
    "A Chinese scholar questioned the political aims of the United States in North Korea.",
    "He explained that many Chinese assume that the United States seeks a forcible regime "
    "change in North Korea.",
    "While the United States considered North Korea’s actions as disrespectful to the other "
    "powers of the Six-Party Talks, several Chinese participants stressed that all the "
    "powers need to hope that the dialogue will succeed.",
    "A Chinese scholar stated that Beijing should develop a strategy to provide a “soft "
    "landing” for North Korea through market liberalization and economic development.",
    "This strategy would require China to explicitly state its support for peaceful "
    "reunification of the Korean peninsula and its opposition to the use of force to change "
    "the status quo.",
    "The first step, he explained, would be to replace the broken armistice between North "
    "and South Korea with a new peace treaty.",
    "A Chinese participant suggested that the U.S. leadership should issue official "
    "statements clarifying the U.S. strategy toward North Korea to reassure China that the "
    "United States is not actively pursuing regime change.",
    "One Chinese scholar recognized regime collapse as a potential outcome but explained "
    "that active efforts to develop contingency planning were currently not in China’s "
    "interest.",
    "Instead, such a plan and a proposal for secret negotiations would bring into question "
    "the U.S. claim that it did not seek regime change in North Korea.",
]
"""Every sentence of the seed a Chinese participant said, or went on saying."""

WASHINGTON_VOICED = [
    "The United States is reassessing the threat posed by North Korea’s behavior based on "
    "the country’s newly demonstrated technical capabilities and development projections, "
    "said one U.S. participant.",
    "However, the threat level felt by regional powers varies from country to country.",
    "South Korea’s threat assessment has not changed dramatically from 2010 levels after the "
    "recent flurry of provocations, as the North’s near-range capacity remained relatively "
    "the same.",
    "One U.S. participant explained that in the past, China’s offering of diplomatic "
    "engagement and concessions following North Korea’s provocative behavior, intended to "
    "halt North Korea’s nuclear intentions and capabilities, has been ineffective.",
    "It has led to the current U.S. strategy of “strategic patience,” the participant said, "
    "adding added that the failure of past initiatives discredits China’s appeal for direct "
    "dialogue between U.S. President Barack Obama and Pyongyang.",
    "Another U.S. participant explained that Japan felt extremely threatened by North "
    "Korea’s nuclear program and ongoing missile tests.",
    "He explained that conservatives within the Japanese government were considering "
    "enacting Article 9 of the Japanese Constitution and conducting offensive strikes and "
    "building up arms.",
]


def quoted(soup: BeautifulSoup, heading: str) -> list[str]:
    """The sentences quoted under one heading of a capital page, in order."""
    found = next(
        (h for h in soup.find_all("h2") if h.get_text().strip().rstrip("¶").strip() == heading),
        None,
    )
    assert isinstance(found, Tag), heading
    out: list[str] = []
    for sibling in found.find_next_siblings():
        if sibling.name == "h2":
            break
        items = sibling.find_all("li") if isinstance(sibling, Tag) else []
        for item in [i for i in items if not i.find("li")]:  # quotes, not their theme
            link = item.find("a")
            if link is not None and link.get_text().endswith("more in this theme"):
                continue
            assert isinstance(link, Tag)
            line = " ".join(item.get_text().split())
            prefix = " ".join(link.get_text().split()) + ":"
            assert line.startswith(prefix), line
            for piece in line.removeprefix(prefix).split("…"):
                out += split(piece)
    return out


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _, site, _ = built_project(tmp_path_factory.mktemp("seed") / "p", [SEED])
    return site


def capital_page(site: Path, capital: str) -> BeautifulSoup:
    html = (site / "capitals" / capital / "index.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser")


def test_beijing_quotes_exactly_what_chinese_participants_said(seed_site: Path) -> None:
    page = capital_page(seed_site, "beijing")
    assert quoted(page, "Voiced by participants from Beijing") == BEIJING_VOICED
    about = quoted(page, "About Beijing")
    assert "As a result, several panelists agreed that China could take more serious " \
        "measures to impose a cost on North Korean defiance, such as enforcing UN sanctions." \
        in about  # fmt: skip
    assert not set(about) & set(BEIJING_VOICED)


def test_washington_quotes_exactly_what_us_participants_said(seed_site: Path) -> None:
    page = capital_page(seed_site, "washington")
    assert quoted(page, "Voiced by participants from Washington") == WASHINGTON_VOICED
    about = quoted(page, "About Washington")
    assert "The potential of North Korean regime collapse has led U.S. defense experts to " \
        "consider contingency strategies." in about  # fmt: skip
    assert not set(about) & set(WASHINGTON_VOICED)
