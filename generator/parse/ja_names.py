"""Japanese names glued to their organisation and title (``村田晃嗣同志社大学教授``).

Japanese reports write a speaker's family name, given name, organisation and title with no
space between them, so no pattern can tell where the name ends. MeCab with the IPA
dictionary (``fugashi`` and ``ipadic``, both shipped in their wheels; nothing is downloaded)
tags family names (姓) and given names (名). A family name right before a given name is a
person's full name when a title, an organisation or an honorific follows it: a name
mentioned in passing (a prime minister's policy) has none.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import fugashi
import ipadic

MAX_CHARS = 4_000
"""Characters of one paragraph read: bounds the work a paragraph can cause."""

_FOLLOWS = re.compile(
    r"^(?:\s|・)*(?:氏|さん|先生|様|"
    r"(?:元|前|現|名誉|特任|客員|主任|上席|首席|特別)?"
    r"(?:教授|准教授|助教|講師|所長|会長|副会長|理事長|理事|大使|公使|総領事|大臣|副大臣|政務官|"
    r"知事|市長|議員|委員|委員長|研究員|研究委員|研究官|研究幹事|所員|局長|部長|課長|室長|社長|"
    r"代表|顧問|フェロー|院長|学長|総長|校長|事務局長|事務総長|編集委員|論説委員|記者|会頭|"
    r"大宗匠|司令官|幕僚長|長官|次官|審議官|参事官|書記官|議長|主幹|解説委員|キャスター|"
    r"ジャーナリスト)|"
    r"[^\s、。,，]{0,24}?(?:大学|大学院|研究所|研究院|研究センター|協会|学会|財団|機構|省|庁|"
    r"新聞|通信|放送|銀行|会議所|大使館|総領事館|研究員|教授|所長|会長|理事長|大使|大臣|知事|"
    r"市長|議員|委員|代表|顧問|記者|主幹))"
)
"""What follows a speaker's name in a report: an honorific, a title, or the organisation
(and title) the name is glued to."""


_LAST_CHARACTER = re.compile(
    r"(?![氏様准副元前名特客主上首])([\u4e00-\u9fff])"
    r"(?=\s?(?:氏|さん|先生|様|教授|准教授|講師|博士|所長|会長|理事長|大使|大臣|議員|委員|研究員|"
    r"代表|顧問|[(（・]))"
)
"""One character between the given name the dictionary read and the title: the name's."""


_NOT_TAKING_PART = re.compile(
    r"^[^、。]{0,16}?(?:(?:から|による|より)の?(?:ビデオ)?メッセージ|の(?:ビデオ)?メッセージ|祝電|書簡)|"
    r"^記念|^賞"
)
"""A message sent, or a hall or prize named after the person: no one taking part."""


_HAN_ONE = re.compile(r"[\u4e00-\u9fff]")
_NOT_IN_NAMES = frozenset("氏様准副元前名特客主上首当両等ら各君殿先長")


@lru_cache(maxsize=1)
def _tagger() -> Any:
    return fugashi.GenericTagger(ipadic.MECAB_ARGS)


def _kind(feature: Any) -> str | None:
    """``姓`` or ``名`` for a word the dictionary knows as a family or given name."""
    parts = tuple(feature)
    if len(parts) > 3 and parts[1] == "固有名詞" and parts[2] == "人名":
        return str(parts[3])
    return None


def japanese_names(text: str) -> list[str]:
    """Full names (family name and given name) of people a Japanese paragraph presents with
    their title or organisation, in the order they appear."""
    text = text[:MAX_CHARS]
    words = list(_tagger()(text))
    names: list[str] = []
    at = 0
    spans: list[tuple[int, str]] = []
    for word in words:
        surface = str(word.surface)
        start = text.find(surface, at)
        if start == -1:
            start = at
        at = start + len(surface)
        spans.append((start, surface))
    for i in range(len(words) - 1):
        if _kind(words[i].feature) != "姓":
            continue
        start, family = spans[i]
        # the given name: one word the dictionary knows as one, or up to three characters
        # it read apart ("友" "秀", "具" "樹")
        given, end, j = "", start + len(family), i + 1
        between = ""
        while j < len(words):
            at_j, surface = spans[j]
            gap = text[end:at_j]
            if gap not in ("", " ", "\u3000") or (gap and given):
                break
            named = _kind(words[j].feature) == "名"
            loose = (
                _HAN_ONE.fullmatch(surface) is not None
                and surface not in _NOT_IN_NAMES
                and tuple(words[j].feature)[1] in ("一般", "固有名詞")
            )  # "具" "樹": a character of the given name read as a word of its own
            if not (named or loose) or len(given + surface) > 3:
                break
            between = between or gap
            given, end, j = given + surface, at_j + len(surface), j + 1
            if named and len(given) >= 2:
                break
        read_as_given = any(_kind(w.feature) == "名" for w in words[i + 1 : j])
        if not given or (not read_as_given and len(given) != 2):
            continue  # no given name, or a guess other than the common two characters
        rest = _LAST_CHARACTER.match(text[end : end + 12]) if len(given) < 3 else None
        if rest is not None:  # "中戸祐|夫教授": the given name's last character, read apart
            given, end = given + rest.group(1), end + 1
        after = text[end : end + 40]
        if _NOT_TAKING_PART.search(after[:24]):
            continue  # "林芳正外務大臣からのメッセージ": a message sent; "X記念講堂": a hall
        if _FOLLOWS.match(after):
            name = family + between.replace("\u3000", " ") + given  # as printed
            if name not in names:
                names.append(name)
    return names
