"""What kind of event a page describes, and whether it was written before the event.

The kind ("Roundtable", "Webinar", "Book launch"...) is the first of the words below that
the title names, else the first the opening paragraphs name. A page is an announcement
(tense ``future``) when its prose says what will happen ("X will moderate", "speakers
will consider") more often than it reports what was said; readers see such an event as
upcoming until its date has passed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

EVENT_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Book launch", ("book launch", "book talk", "book discussion", "Buchvorstellung",
                     "présentation du livre", "presentación del libro", "出版記念", "新书发布")),
    ("Roundtable", ("roundtable", "round table", "round-table", "table ronde", "mesa redonda",
                    "Runder Tisch", "座谈会", "圆桌", "라운드테이블", "원탁", "座談会")),
    ("Panel discussion", ("panel discussion", "panel", "Podiumsdiskussion", "Panel",
                          "débat", "mesa de debate")),
    ("Webinar", ("webinar", "webcast", "online event", "Online-Veranstaltung", "웨비나",
                 "ウェビナー", "网络研讨会")),
    ("Conference", ("conference", "Konferenz", "Tagung", "conférence", "conferencia",
                    "congreso", "会议", "컨퍼런스", "콘퍼런스", "会議")),
    ("Symposium", ("symposium", "Symposium", "colloque", "simposio", "シンポジウム", "심포지엄")),
    ("Workshop", ("workshop", "Workshop", "atelier", "taller", "ワークショップ", "워크숍")),
    ("Seminar", ("seminar", "Seminar", "séminaire", "seminario", "研讨会", "세미나",
                 "セミナー", "研究会")),
    ("Lecture", ("lecture", "keynote", "address by", "Vortrag", "conférence de",
                 "講演", "讲座", "강연", "특강")),
    ("Briefing", ("briefing", "press call", "Briefing", "브리핑", "ブリーフィング")),
    ("Forum", ("forum", "Forum", "foro", "论坛", "포럼", "フォーラム")),
    ("Dialogue", ("dialogue", "dialog", "Dialog", "diálogo", "对话", "대화", "対話")),
    ("Interview", ("interview", "fireside chat", "in conversation", "a conversation with",
                   "Gespräch", "entretien", "entrevista", "대담", "対談")),
    ("Discussion", ("discussion", "conversation", "debate", "Diskussion", "discusión",
                    "토론회", "討論会")),
)  # fmt: skip
"""Each kind and the words that name it (English, then the region's other languages)."""

EVENT_NOUNS = (
    r"(?:panel discussion|discussion|seminar|symposium|conference|roundtable|round table|"
    r"lecture|talk|webinar|workshop|briefing|dialogue|forum)"
)
"""The English nouns a report's lead or headline names an event by ("holds a seminar on")."""


_WIDE = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")


def _pattern(words: Sequence[str]) -> re.Pattern[str]:
    """Latin-script words as whole words, any case; CJK and Hangul words anywhere."""
    latin = sorted((re.escape(w) for w in words if not _WIDE.search(w)), key=len, reverse=True)
    wide = [re.escape(w) for w in words if _WIDE.search(w)]
    parts = [r"(?<![\w-])(?i:" + "|".join(latin) + r")(?!\w)"] if latin else []
    if wide:
        parts.append("(?:" + "|".join(wide) + ")")
    return re.compile("|".join(parts))


_TYPES = tuple((name, _pattern(words)) for name, words in EVENT_TYPES)


def event_type(title: str | None, paragraphs: Sequence[str]) -> str | None:
    """The kind of event the title names, else the earliest the opening paragraphs name."""
    for text in ([title] if title else []) + [" ".join(paragraphs[:3])]:
        found = [(m.start(), order, name) for order, (name, pattern) in enumerate(_TYPES)
                 for m in [pattern.search(text)] if m]  # fmt: skip
        if found:
            return min(found)[2]
    return None


_FUTURE = re.compile(
    r"(?<!\w)(?:will|shall)\s+(?:also\s+|then\s+|be\s+)?(?!not\b)[a-z]{3,}"
    r"|(?<!\w)(?:join\s+us|register\s+(?:here|now|to|for)|RSVP|is\s+(?:going\s+)?to\s+"
    r"(?:host|moderate|discuss|speak)|are\s+invited)(?!\w)",
    re.I,
)
_PAST = re.compile(
    r"(?<!\w)(?:said|noted|explained|argued|stated|agreed|added|discussed|hosted|remarked|"
    r"stressed|suggested|emphasi[sz]ed|observed|warned|responded|acknowledged|highlighted|"
    r"questioned|recognized|recognised|pointed\s+out|concluded|cautioned|expressed|"
    r"described|shared|offered|presented|moderated|spoke|urged|contended|countered)(?!\w)",
    re.I,
)


def tense(paragraphs: Sequence[str], language: str | None) -> str | None:
    """``future`` for an announcement written before the event, ``past`` for a report,
    None when the prose does not tell (or is not in English)."""
    if language not in (None, "en"):
        return None
    text = " ".join(paragraphs)
    future = len(_FUTURE.findall(text))
    past = len(_PAST.findall(text))
    if future >= 2 and future > past:
        return "future"
    if past >= 2 and past > future:
        return "past"
    return None
