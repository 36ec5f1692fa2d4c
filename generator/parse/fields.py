"""Labelled fields of an event page: ``Date:``, ``Time:``, ``Venue:`` and their equivalents
in the languages of the region (``日時：``, ``일시:``, ``Ort:``, ``Lieu :``, ``Fecha:``).

A field line names what its value is, so it is read wherever it stands: in the header or
further down, under the description. The value follows the colon or, when the colon ends
the line, stands on the next line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.parse.dates import DateLine, parse_date_line

_KEYS = {
    "date": (
        r"dates?|event dates?|(?:start\s+|begin\s+)?date\s*(?:&|and|/)\s*time|"
        r"start date|date\s*(?:&|and|/)\s*location|day one|day 1|"
        r"when(?:\s*(?:&|and|/)\s*where)?|wann|quand|cuándo|"
        r"(?:the )?event (?:will take place|takes place|will be held)|"
        r"datum|termin|date et heure|fecha(?: y hora)?|日時[・/／](?:形態|方法|場所|会場)|日時|"
        r"開催日時|開催日|日期|时间|日程|とき|"
        r"일시|일자|날짜|"
        r"개최\s*일시|행사\s*일시"
    ),
    "time": (
        r"times?|event time|start time|heure|horaires?|zeit|uhrzeit|beginn|hora|horario|"
        r"時間|시간"
    ),
    "title": (
        r"(?:event )?title|event name|topic|subject|theme|tema|título|thema|titel|sujet|thème|"
        r"행사\s*명|活动名称|イベント名|"
        r"el próximo debate|next (?:event|debate)|主题|题目|演题|テーマ|演題|주제|제목"
    ),
    "organizer": (
        r"organi[sz]ers?|organi[sz]ed by|sponsors?|co-?sponsors?|主催|共催|後援|"
        r"主办|承办|协办|주최|주관|후원|veranstalter|organisateurs?|organiza|organizadores?|"
        r"定員|参加費|申込|capacity|fee|cost|admission|入场|참가비"
    ),
    "place": (
        r"venue|location|where|place|address|(?:webinar |virtual |online )?platform|ort|wo|"
        r"où|dónde|"
        r"event (?:location|venue|place)|"
        r"veranstaltungsort|lieu|adresse|lugar|sede|"
        r"dirección|会場|場所|開催場所|開催会場|開催地|地点|地點|会议地点|活动地点|장소|행사\s*장소|ところ"
    ),
}
_FIELD = re.compile(
    r"^(?:[•·\-–*⊙◎※]\s*)?(?P<key>" + "|".join(_KEYS.values()) + r")\s*[:：]\s*(?P<value>.*)$",
    re.I,
)
_NO_COLON_DATE = re.compile(
    r"^(?P<key>When|Date|Dates|Date and time|Date & time|Date\s?/\s?Time|Event Dates?|Datum|"
    r"Termin|Fecha|Quand)\s+"
    r"(?P<value>\S.{5,80})$",
    re.I,
)
"""A date whose label lost its colon in a flattened table (``When 04 Mar 2015, 04:00PM``)."""
_NO_COLON_TIME = re.compile(
    r"^(?P<key>Beginn|Start|Starts|Begins|Début|Inicio|Einlass)\s+(?:um\s+|at\s+|à\s+|a las\s+)?"
    r"(?P<value>\d{1,2}[:.h]\d{2}(?:\s*(?:[-–]\s*\d{1,2}[:.h]\d{2}))?\s*(?:uhr|h|[ap]\.?m\.?)?)$",
    re.I,
)
_NO_COLON_NAMED = re.compile(
    r"^(?P<key>Event Title|Event Name|Event Location|Event Venue)\s+(?P<value>[^\s:].{2,150})$"
)
"""``Event Title Russia's War …``: a two-word label of a flattened table, its colon lost."""
_NO_COLON_ONLINE = re.compile(
    r"^(?P<key>Location|Venue|Format|Modality)\s+(?P<value>(?:Online|Virtual|Zoom|Webinar)"
    r"(?:\s+(?:event|webinar|meeting))?)$",
    re.I,
)
"""``Location Virtual``: the place's label, its colon lost, over an online event."""
_TABLE_PAIR = re.compile(
    r"^(?P<key>[^|｜:：]{2,30}?)\s*[|｜]\s*(?:[:：]\s*[|｜]\s*)?(?P<value>[^|｜]+)$"
)
"""``| Date | : | 22 Aug 2025 |``, ``Venue | The Clifford Pier``: a table's row of a label
and its value (its colon a cell of its own, or none)."""
_ASKED_KEYS = r"(?P<key>when|where|wann|wo|quand|où|cuándo|dónde)\s*\?"
_ASKED = re.compile(rf"^{_ASKED_KEYS}\s*(?P<value>\S.*)$", re.I)
"""``WHEN? 7 November from 9.00 to 16.00``: the label asked as a question."""
_NUMBERED = re.compile(
    r"^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.)．、]\s*(?=[^\W\d_])|"
    r"\d{1,2}\s+(?=[\u3400-\u9fff]{2,4}$))"  # "2 場所": a number and a CJK label alone
)
"""``1.日時・形態``, ``2) Venue:``, ``三、时 间:``: a label numbered in a list of the page's
facts."""
_CJK_SPACED_FIELD = re.compile(
    r"^(?P<key>日時(?:[・/／](?:形態|方法|場所|会場))?|時間|日程|場所|会場|開催日時|開催日|開催場所|開催会場|开会时间|时间|日期|地点|"
    r"会议地点|地點|일시|일자|장소|テーマ|演題|主题|주제)"
    # "日程・時間 2015年…": two labels joined by a middle dot
    r"(?:[・/／](?:時間|場所|会場|形態|方法))?"
    # "開催日2017 年 11 月 3 日": the year glued to the label
    r"(?:\s*(?:\s|[/|｜／])\s*(?![^|｜]*[|｜])|(?=\d))"  # "時間 | お題 | 内容": labels
    r"(?P<value>[\d\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3(（「『《〈“].{1,120})$"
)
"""``時間  2018年6月30日 14:00-17:35``: a label and its value set apart by spaces, no colon."""
_SPACED_LABEL_GLUED = re.compile(
    r"^((?:[\u3400-\u9fff\uac00-\ud7a3]\s){1,3}[\u3400-\u9fff\uac00-\ud7a3])"
    r"(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\d(（「])"
)
_FROM_CLOCK = re.compile(
    r"^(?P<key>from|von|de|desde|dalle)\s*:\s*(?P<value>\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?)$",
    re.I,
)
"""``from: 09:00``: the start, labelled only with "from" (a clock and nothing else)."""
_KIND = {kind: re.compile(rf"^(?:{keys})$", re.I) for kind, keys in _KEYS.items()}
_KIND_ANY = re.compile(rf"^(?:{'|'.join(_KEYS.values())})$", re.I)
_TITLE_LABEL = re.compile(
    r"^(?:행사\s*명|행사\s*제목|活动名称|活動名稱|会议名称|會議名稱|イベント名|講演会名|"
    r"event name|name of (?:the )?event|nom de l[’']événement|nombre del evento|"
    r"veranstaltungs(?:name|titel))$",
    re.I,
)
"""A label naming the event's name, standing alone over it (``행사명``, ``Event name``)."""
_BARE_EXCLUDED = re.compile(
    r"^(?:where|when|place|times?|dates?|address|termin|sede|hora|wo|wann|où|quand|cuándo|dónde)$",
    re.I,
)
"""Words too common as headings or prose to be a field label without a colon."""
_ONLINE = re.compile(
    r"^(?:live )?(?:online|virtual|webinar|zoom|via zoom|livestream|live stream|"
    r"온라인|オンライン|线上|線上|在线|网络会议|visioconférence|webinaire|en ligne|en línea|"
    r"videoconferencia|videokonferenz|digital)\b",
    re.I,
)


SECTION_LABEL = re.compile(
    r"^(?:about (?:this|the) (?:event|webinar|seminar|talk|lecture|conference|session)|"
    r"event (?:details|description|information|overview|summary)|description|overview|"
    r"summary|details|speakers|registration|register|pricing(?: details)?|enquiries|"
    r"inquiries|contact(?: us)?|share(?: this)?|tickets|location|date and time|"
    r"date & time|end date(?:\s*/\s*time)?)\s*:?$",
    re.I,
)
"""A page's section or widget label (``About this event``, ``Enquiries``): not a title,
not a field's value."""


@dataclass(frozen=True)
class Field:
    kind: str
    """``date``, ``time`` or ``place``."""
    key: str
    """The label as written."""
    value: str
    """The value on the same line ("" when it stands on the next line)."""


def read_field(text: str) -> Field | None:
    """A labelled field line, or None. A label standing alone on its line ("Venue",
    "Veranstaltungsort", "日時") is a field whose value is on the next line. A label's number
    ("2 場所", "1.日時") stays in its key, as printed."""
    numbered = _NUMBERED.match(text.strip())
    field = _read_field(text.strip()[numbered.end() :] if numbered else text)
    if field is None or numbered is None:
        return field
    return Field(field.kind, f"{numbered.group(0).strip()} {field.key}", field.value)


def _read_field(text: str) -> Field | None:
    text = text.strip()
    bare = text.rstrip(":：").strip()
    asked = re.fullmatch(_ASKED_KEYS, bare, re.I)
    if asked is not None:
        bare = asked.group("key")  # "Où ?" alone on its line: the label, its value below
    for kind in ("date", "time", "place"):
        if (
            len(bare) <= 40
            and _KIND[kind].match(bare)
            and (asked is not None or not _BARE_EXCLUDED.match(bare))
        ):
            return Field(kind, bare, "")
    if _TITLE_LABEL.match(bare):
        return Field("title", bare, "")
    text = re.sub(r"^\s*[|｜]\s*|\s*[|｜]\s*$", "", text)
    pair = _TABLE_PAIR.match(text) or _ASKED.match(text)
    if pair is not None and _KIND_ANY.match(pair.group("key").strip()):
        text = f"{pair.group('key').strip()}: {pair.group('value').strip()}"
    # "日 時 | 2016年9月29日" and "장 소 :" space the letters of the label
    text = re.sub(
        r"^((?:[\u3400-\u9fff\uac00-\ud7a3]\s){1,3}[\u3400-\u9fff\uac00-\ud7a3])"
        r"(?=\s|[|｜:：]|\d)\s*[|｜]?\s*(?=[:：]|\S)",
        lambda m: (
            m.group(1).replace(" ", "")
            + (":" if not text[m.end() :].lstrip().startswith((":", "：")) else "")
        ),
        text,
    )
    glued = _SPACED_LABEL_GLUED.match(text)
    if glued is not None and _KIND_ANY.match(glued.group(1).replace(" ", "")):
        # "会 場江戸川大学 B 棟": a spaced label, its value glued to its last letter
        text = f"{glued.group(1).replace(' ', '')}: {text[glued.end() :]}"
    match = _FIELD.match(text) or _CJK_SPACED_FIELD.match(text)
    if match is None:
        # "When 04 Mar 2015, 04:00PM - 06:00PM": a table's row, the label's colon lost
        glued = _NO_COLON_DATE.match(text)
        dated = parse_date_line(glued.group("value")) if glued is not None else None
        if glued is not None and dated is not None and dated.iso is not None:
            return Field("date", glued.group("key"), glued.group("value"))
        starts = _NO_COLON_TIME.match(text) or _FROM_CLOCK.match(text)  # "Beginn 17:00 Uhr"
        if starts is not None:
            return Field("time", starts.group("key"), starts.group("value"))
        named = _NO_COLON_NAMED.match(text)
        if named is not None:
            kind = "title" if named.group("key").endswith(("Title", "Name")) else "place"
            return Field(kind, named.group("key"), named.group("value").strip())
        online = _NO_COLON_ONLINE.match(text)
        if online is not None:
            return Field("place", online.group("key"), online.group("value"))
        return None
    key = " ".join(match.group("key").split())
    value = match.group("value").strip()
    if len(value) > 200:
        return None
    bulleted = bool(re.match(r"^\s*[•·\-–*]", text))
    for kind, pattern in _KIND.items():
        if pattern.match(key):
            if kind == "title" and bulleted:
                return None  # "• Topic: ..." is a labelled point, not the page's title
            return Field(kind, key, value)
    return None


def field_date(value: str) -> DateLine | None:
    """The date a ``Date:`` value gives (with the time after it, if any)."""
    found = parse_date_line(value)
    if found is not None:
        return found
    # "Date: Tuesday 3 February 2026, 18:30 - 20:00 | Venue: ..." keeps the first part.
    head = re.split(r"\s[|•]\s|;\s|\s+(?i:end date|end time|ende|fin)\s*:", value, maxsplit=1)[0]
    return parse_date_line(head) if head != value else None


def is_online(text: str) -> bool:
    return bool(_ONLINE.match(text))


_ONLINE_SENTENCE = re.compile(
    r"^(?:this|the) (?:is an?|event is|event will be|will be an?) (?:virtual|online|digital)\b"
    r"|^(?:virtual|online) (?:event|only|webinar)\b",
    re.I,
)


def online_value(text: str) -> bool:
    """A place field that says the event is online (``Online``, ``This is a Virtual Event.``)."""
    return (is_online(text) and len(text.split()) <= 3) or bool(_ONLINE_SENTENCE.match(text))


_STOPWORDS = {
    "en": frozenset("the and of to in is on for with will be this that by are from".split()),
    "de": frozenset(
        "der die das und ist mit von zu den im für auf eine ein des sich nicht".split()
    ),
    # "de" is as common in French as in Spanish: it counts for both
    "fr": frozenset("le la les et des du un une est pour dans sur avec au aux qui par de".split()),
    "es": frozenset("el la los las y de del en un una es para con por que se su al".split()),
}
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[a-zà-öø-ÿ]+")


def guess_language(text: str) -> str | None:
    """The page's language as an ISO 639-1 code, from its script and commonest words
    (``en``, ``de``, ``fr``, ``es``, ``zh``, ``ja``, ``ko``), or None when it is unclear."""
    sample = text[:3_000]
    kana, hangul, han = (len(p.findall(sample)) for p in (_KANA, _HANGUL, _HAN))
    words = _LATIN_WORD.findall(sample.lower())
    if max(kana, hangul, han) * 2 > len(words):
        if hangul >= max(kana, han):
            return "ko"
        return "ja" if kana >= 20 or kana * 10 >= han else "zh"
    counts = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    if best in ("fr", "es") and counts["fr"] and counts["es"]:
        # French and Spanish share "de", "la", "en", "un": their own words decide
        own = {
            lang: sum(1 for w in words if w in _STOPWORDS[lang] - _STOPWORDS[other])
            for lang, other in (("fr", "es"), ("es", "fr"))
        }
        if own["fr"] != own["es"]:
            best = max(own, key=lambda lang: own[lang])
    return best if counts[best] >= 3 else None
