"""The shapes of source lines, shared by every zone of the parser.

Source text is split into lines (``SourceLine``) and grouped into units (``Unit``: one
line, or a bullet with its continuation lines). The patterns and predicates here say what
a line looks like: a bullet, a heading, a title, a label, page furniture.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from generator.parse.dates import is_time_slot, parse_date_line
from generator.parse.model import (
    Lines,
)
from generator.parse.names import (
    is_sentence,
)

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
IMAGE = re.compile(r"IMGXYZ(\d+)IMGZYX")
BULLET = re.compile(
    r"^(?:[•·▪◦●‣∙►▶■□○✓♦◆❖・･]\s*|[-–—*«»]\s+|(?P<number>\d{1,2}[.)])\s+(?=\D)(?!(?i:jan|feb|mär|mar|apr|"
    r"mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janv|févr|avr|juil|août|déc|ene|dic)[a-zäéû]*"
    r"\.?\s+(?:19|20)\d{2})(?!(?:[A-ZÄÖÜ][\w-]+\s+){0,2}(?:Kolloquium|Konferenz|Symposium|"
    r"Tagung|Forum|Dialog|Kongress|Jahrestagung|Gipfel|Colloque|Congrès|Conference)\b))"
    r"(?P<text>.*)$"
)
"""A bullet or a numbered item; not ``11. November 2019`` (a day, a month and a year) nor
``16. Potsdamer Kolloquium`` (the ordinal of a recurring event)."""
_LABEL = re.compile(r"^(?P<label>[^:：]{1,80}?)\s*(?::\s+|：\s*)(?P<text>\S.*)$")
# Lower-case verbs mark a clause ("A scholar said: ..."), not a label ("What Is at Stake:").
_SPEECH_VERBS = re.compile(
    r"\b(?:said|says|stated|noted|argued|explained|asked|added|remarked|suggested|warned|"
    r"agreed|responded|countered|observed|stressed|cautioned|questioned|wondered|is|are|was|"
    r"were|will|would|could|should|can|do|does|did)\b"
)
SPOKE_ON = re.compile(
    r"^(?P<name>[^,]{3,60}),\s+(?P<role>.+?),\s+"
    r"(?:spoke|speaks|will speak|presented|will present)\s+(?:on|about)\s+.+$"
)
TRANSCRIPT = re.compile(r"^(?P<label>[A-Z][A-Z.'’\- ]{1,40}[A-Z.]):\s+(?P<text>\S.*)$")
# "Discussants: A, B, C" (an inline list; an empty list opens a people block instead).
DISCUSSANTS = re.compile(
    r"^(?P<kw>Discussants?|Participants?(?: list)?|讨论嘉宾|讨论者|与会者|与会嘉宾)"
    r"\s*[:：]\s*(?P<rest>\S.*)$",
    re.I,
)
DISCLAIMER = re.compile(
    r"does not take (?:institutional|corporate) positions|views (?:represented|expressed) herein|"
    r"不持(?:机构)?立场|不代表.{0,20}(?:机构)?立场",
    re.I,
)
PEOPLE_BLOCK = re.compile(
    r"^(?P<kw>(?:Featured |Guest |Special |Our |The )?"
    r"(?:Speakers?|Speaker\(s\)|Panel(?:l)?ists?|Guests?)|"
    r"Moderators?|Moderated [Bb]y|With [Rr]emarks [Bb]y|Remarks [Bb]y|"
    r"(?:Opening|Welcome|Welcoming|Closing|Introductory|Concluding|Keynote) [Rr]emarks(?: [Bb]y)?|"
    r"Introduced [Bb]y|Introduction [Bb]y|Presiders?|Presiding|Featuring|Chairs?|Chaired [Bb]y|"
    r"Key ?[Nn]ote(?: [Ss]peakers?| [Aa]ddress| [Ss]peech)?|Respondents?|Discussants?|Participants|"
    r"Hosts?|Hosted [Bb]y|Emcee|MC|Commentators?|Presenters?|Lecturers?|Interviewers?|"
    r"(?:A |In )?[Cc]onversation [Ww]ith|Fireside [Cc]hat [Ww]ith|"
    r"主持人|主持|发言人|发言嘉宾|嘉宾|演讲嘉宾|与谈人|与谈嘉宾|评论人|点评嘉宾|致辞|主讲人|主讲|"
    r"司\s*会|登壇者|講師|報告者|パネリスト|コメンテーター|基調講演|モデレーター|討論者|議長|座長|"
    r"開会挨拶|閉会挨拶|来賓挨拶|主催者挨拶|"
    r"사회|사회자|발표|발표자|토론|토론자|좌장|기조연설|축사|환영사|개회사|패널|"
    r"Referent(?:in|innen|en)?|Referierende|Moderation|Moderator(?:in)?|Podium|Gäste|Begrüßung|"
    r"Intervenant(?:e)?s?|Modérat(?:eur|rice)s?|Animé par|Modéré par|Ponentes?|Moderador(?:a|es)?|"
    r"Modération(?: de la table[- ]ronde| du débat| des débats)?|Présidence|Discutant(?:e)?s?|"
    r"Moderad[oa] por|Presentad[oa] por|Moderiert von|Con la participación de|"
    r"Avec la participation de|Mit|(?:Vortrag|Gespräch|Diskussion|Lesung) mit|Es diskutieren|"
    r"Invitée?s?|INVITÉE?S?|"
    r"Panelistas|Conferencistas?|Participantes|Bienvenida|Discurso inaugural|"
    r"Discurso de (?:apertura|clausura)|Modera|Coordina|Presenta|Clausura|Inauguración|"
    r"Conférenci(?:er|ère)s?(?: invitée?s?)?|Intervient|Interviennent|Ouverture|Clôture|"
    r"Eröffnung|Impulse?|Grußworte?|Schlusswort|An der Diskussion nehmen teil|"
    r"Auf dem Podium|Es sprechen|Welcoming [Ww]ords|Welcome|Opening|Introduction|"
    r"(?:Opening|Closing|Welcome|Concluding) [Ww]ords|Facilitat(?:ed [Bb]y|ors?)|"
    r"Closing [Ss]peakers?|Opening [Ss]peakers?|Panell?ists?|Panel [Mm]embers|"
    r"Members of the [Pp]anel|Who|Wer)"
    r"(?:\s+\d{1,2}(?=\s*[:：]))?"  # "Speaker 1: Prof. X, role"
    # "Participants (see more detailed bios below):": a note in brackets before the colon
    r"(?:\s+\((?:see|in order|in alphabetical|bios?|listed)[^()]{0,50}\)(?=\s*[:：]))?"
    # "Moderator – Gunta Sloga, Baltic Centre …", "Moderator, William Horsley, …": a dash or
    # a comma for the colon, before a name
    r"(?:(?:\s*[:：]|(?:\s+[–—]|,)(?=\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Amb|H\.E)\.?\s+)?[A-Z][\w'’-]+\s+[A-Z]))"
    r"\s*(?P<rest>.*)|\s+(?=(?:Dr|Prof|Mr|Mrs|Ms|Amb|H\.E)\.?\s+[A-Z]|"
    r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7a3]{2}[^\s]*[(（])(?P<bare>.*))?$"
)
MODERATOR_KW = re.compile(
    r"^(?:Moderat|Presid|Présid|Chair|Emcee|MC$|Facilitat|主持|司\s*会|モデレーター|議長|座長|사회|좌장|Animé|"
    r"Modér)",
    re.I,
)
DISCUSSANT_KW = re.compile(r"^(?:Discussant|Participant)", re.I)
TRAILER = re.compile(
    r"^(?:event speakers?|speakers|about the speakers?|speakers? bios?|biographies|participants|"
    r"panelists|panellists|featured speakers|featured panel(?:l)?ists|event participants|"
    r"about the panel(?:l)?ists|our speakers|the speakers|meet the speakers|"
    r"活动嘉宾|演讲嘉宾|发言嘉宾|登壇者|登壇者紹介|講師紹介|발표자 소개|Referent(?:innen|en)|"
    r"Intervenants|Ponentes)(?:\s*[(（](?:予定|tentative|invited|tbc|tbd|confirmed)[)）])?$",
    re.I,
)
TRAILER_WORDS = "event speakers"
PAGE_TYPE = re.compile(r"^(?:past |upcoming |online |in-person |virtual |hybrid )?events?$", re.I)
META_DATE = re.compile(r"^date\s+(?P<date>\S+)(?:\s+\w+)?$", re.I)
REGISTRATION = re.compile(
    r"^(?:registration|register|rsvp|anmeldung|inscription|inscripción|inscripciones)\b", re.I
)
PLAYER_JUNK = re.compile(
    r"^(?:invalid video url|audio|video|photos?|watch|listen|play|share|print|download|"
    r"video on demand|on demand|watch on demand|logo|logo image|site logo|"
    r"<?사진\s*제공\s*[=:].{0,40}|"
    r"(?:link|links) to the (?:event|webinar|meeting)\b.*|"
    r"full video|watch live|watch the event|photo gallery|image|loading events?|"
    r"print friendly, pdf & email|add to (?:my )?calendar|back to events|share this( event)?|"
    r"more event information|event details|details|skip to (?:the )?(?:main )?content|"
    r"related content|related events?|related articles?|you may also like|see also|more events|"
    r".{2,40}(?:现场|現場|사진)|(?:图为|圖為|写真|사진\s*[:=]).{0,80}|"
    r"skip to (?:main )?navigation|skip navigation|skip to (?:main )?menu|skip to footer|"
    r"springe? direkt zu(?:m)? inhalt|zum inhalt springen|"
    r"aller au contenu(?: principal)?|ir al contenido(?: principal)?|"
    r"saltar al contenido(?: principal)?|본문 바로가기|본문으로 바로가기|"
    r"跳转到主要内容|跳到主要内容|メインコンテンツへスキップ|本文へスキップ|"
    # a breadcrumb trail: "Home > Events > Past Events", or its label
    r"home\s*[>›»|/]\s*[^>›»|/\n]{1,60}(?:\s*[>›»|/]\s*[^>›»|/\n]{1,60}){0,5}|you are here:?|"
    # a menu flattened onto one line: "Home About us Trade Contact Press Links"
    r"(?-i:Home|Startseite|Accueil|Inicio)(?=.*\b(?:contact|kontakt|about|über|impressum|"
    r"presse?|contacto|nosotros)\b)(?:\s+(?-i:[A-ZÄÖÜÉ][\w-]*|[a-zäöüé]{1,4}|&)){4,14}|"
    r"bookmark (?:and|&) share|share (?:and|&) bookmark|"
    r"(?:please note:?\s*)?this event has (?:now |already )?"
    r"(?:passed|ended|taken place|concluded)\.?|"
    r"[•·]?\s*(?:diese veranstaltung (?:hat bereits stattgefunden|ist vorbei)|"
    r"cet [ée]v[éè]nement est (?:pass[ée]|termin[ée])|"
    r"este evento (?:ya )?(?:ha )?(?:pasado|pasó|finalizado|terminado))\.?|"
    r"(?:image|photo|picture)s? (?:sourced from|courtesy(?: of)?|credits?|source)\b:?.{0,80})$",
    re.I,
)
NOTICES = re.compile(
    r"^(?:this (?:event|meeting|session|discussion) (?:was|is|will be) (?:held )?(?:off the record|"
    r"not open to (?:the )?(?:media|press|public)|closed to (?:the )?(?:media|press|public)|"
    r"by invitation only|on the record|full)\b.{0,160}|"
    r"a light reception will follow\.?|.{0,40}reception (?:will )?follow(?:s|ed)?\.?|"
    r"registration\b.{0,160}|invalid video url|this event is (?:now )?full\.?)$",
    re.I,
)
RELATED = re.compile(
    r"^(?:related (?:publications|content|analysis|events|resources|articles|posts|news)|"
    r"more from|you may also like|you might also like|see also|further reading|lire aussi|"
    r"à lire aussi|articles connexes|noticias relacionadas|también te puede interesar|"
    r"das könnte sie auch interessieren|weitere artikel|weitere beiträge)$",
    re.I,
)
CONTAINER_HEADINGS = re.compile(
    r"^(?:(?:tentative|draft|provisional|preliminary|final|detailed|full|event|conference|"
    r"symposium|seminar|workshop|forum)\s+)?"
    r"(?:agenda|program|programme|schedule)$",
    re.I,
)
_GLUED = re.compile(r"(?<=[a-z)])(?=[A-Z])")
VENUE_HINT = re.compile(
    r"\b(?:online|virtual|webinar|zoom|hotel|center|centre|hall|room|street|avenue|road|"
    r"building|campus|office|D\.?C\.?|university|institute|embassy|club|auditorium|library|"
    r"universit[éeäà]t?|universidad|università|institut|instituto|amphith[ée][aâ]tre|salle|"
    r"saal|sala|aula|hörsaal|auditorio|aud?itoire|fundación|fondation|stiftung|rathaus|palais|"
    r"palacio|maison|haus|casa|rue|calle|straße|strasse|platz|plaza|piazza|via|theatre|"
    r"theater|théâtre|teatro|museum|musée|museo|ballroom|pavilion|gallery|atrium|"
    r"headquarters)\b",
    re.I,
)
"""A word of a venue or an address (``Hall``, ``Amphithéâtre``, ``Straße``, ``Online``)."""
LOCATION_HINT = re.compile(VENUE_HINT.pattern + r"|\d", re.I)
"""A venue's word, or a digit (of a street number, a room, a postcode)."""
TERMINAL = tuple(".!?。！？…")
CLOSING = (*TERMINAL, "”", '"', ")")


@dataclass(frozen=True)
class SourceLine:
    number: int
    text: str


@dataclass
class Unit:
    """A logical line: one source line, or a bullet with its continuation lines."""

    text: str
    start: int
    end: int
    bullet: bool = False
    parts: list[str] = field(default_factory=list)
    """The texts of the lines joined into this unit."""
    number: str | None = None
    """The number of a numbered list item (``1.``), kept as page furniture."""

    @property
    def lines(self) -> Lines:
        return Lines(self.start, self.end)


def normalise(text: str) -> str:
    """Collapse every kind of whitespace (no-break spaces included) to single spaces.

    Each zone of the parser looks at the same lines again, so short lines' results are
    cached (at most 4,096 lines of under 2,000 characters: a few MB at worst)."""
    if len(text) < 2_000:
        return _normalise_short(text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=4096)
def _normalise_short(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def is_blank(text: str) -> bool:
    return not normalise(text)


def glued_tags(text: str, min_tags: int = 3) -> list[str] | None:
    """``Arms ControlNuclear PolicyForeign Policy`` -> the three tags, else None.

    Words such as "TikTok" or "YouTube" glue the same way, so a line needs ``min_tags``
    tags (the header, where a heading cannot stand, settles for two)."""
    if text.endswith(TERMINAL) or len(text) > 200 or ":" in text:
        return None
    parts = _GLUED.split(text)
    if len(parts) < min_tags:
        return None
    for part in parts:
        words = part.split()
        if (
            not words
            or len(words) > 5
            or not all(w[0].isupper() or w in ("and", "of", "&") for w in words)
        ):
            return None
    # "McDonald" and "DeSantis" glue too: demand that a tag is not a name fragment.
    if any(len(p) < 3 for p in parts):
        return None
    return [p.strip() for p in parts]


def looks_like_heading(text: str) -> bool:
    if is_time_slot(text):
        return True
    if re.fullmatch(r"[(（][^()（）]+[)）]", text.strip()):
        return False  # "(2 December 2022, University of Melbourne)": a note in brackets
    words = text.split()
    if not words or len(words) > 14 or len(text) > 120:
        return False
    if text.endswith((".", ",", ";", ":", "：", "。", "、", "，")) or text.endswith("…"):
        return False
    first = text[0]
    return first.isupper() or first.isdigit() or first in "\"“‘'(" or not first.isascii()


def looks_like_title(text: str) -> bool:
    if len(text) > 200 or (text.endswith(TERMINAL[:1]) and len(text.split()) > 6):
        return False
    if not text.endswith(TERMINAL) and len(text.split()) <= 30 and "。" not in text:
        return True  # long titles have no closing full stop
    return not is_sentence(text) or text.endswith("?")


_MINOR_WORDS = frozenset("a an and as at but by for from in into of on or the to vs. with".split())


def _title_case(words: list[str]) -> bool:
    """``Trade, Investment, and Finance``: every major word capitalised."""
    major = [w.strip("\"“”‘’'(),") for w in words if w.lower() not in _MINOR_WORDS]
    return bool(major) and all(w[:1].isupper() or not w[:1].isalpha() for w in major if w)


def split_label(text: str) -> tuple[str | None, str]:
    match = _LABEL.match(text)
    if match is None:
        return None, text
    label = match.group("label").strip()
    words = label.split()
    if (
        len(words) > 8
        or ("," in label and not _title_case(words))
        or label.endswith("?")
        or _SPEECH_VERBS.search(label)
        or re.match(r"^(?:Session|Panel|Part)\s+\w+$", label, re.I)
    ):
        return None, text
    first = label.lstrip("\"“‘'(")[:1]
    if not first or not (first.isupper() or first.isdigit() or not first.isascii()):
        return None, text
    return label, match.group("text").strip()


def broken_after_first_word(lines: list[SourceLine]) -> bool:
    """Text whose lines were each broken after their first word (``Roberta`` / ``Cohen``,
    ``Executive`` / ``Director, HRNK``), as some blog engines flatten a page: most lines
    are a single word, and none is blank."""
    texts = [normalise(line.text) for line in lines]
    kept = [t for t in texts if t]
    single = sum(1 for t in kept if " " not in t and len(t) <= 30)
    return len(kept) >= 20 and single * 10 >= len(kept) * 4 and len(kept) * 10 >= len(texts) * 9


def group_units(lines: list[SourceLine], spaced: bool, rejoin: bool = False) -> Iterator[Unit]:
    """Group lines into units, joining a bullet's continuation lines onto it. With
    ``rejoin`` (see ``broken_after_first_word``), a line of one word is joined to the line
    after it."""
    current: Unit | None = None
    for line in lines:
        text = normalise(line.text)
        if not text:
            if current is not None:
                yield current
                current = None
            continue
        bullet = BULLET.match(text)
        if bullet is not None and not TRANSCRIPT.match(text):
            if current is not None:
                yield current
            first = bullet.group("text").strip()
            current = Unit(first, line.number, line.number, True, [first], bullet.group("number"))
            continue
        if (
            rejoin
            and current is not None
            and not current.bullet
            and len(current.parts) == 1
            and " " not in current.text
            and 2 <= len(current.text) <= 30  # "H" / "R" / "N" / "K": a logo's letters
        ):
            current.text = f"{current.text} {text}"
            current.end = line.number
            current.parts = [current.text]
            continue
        if current is not None and current.bullet and _continues(current.text, text, spaced):
            current.text = f"{current.text} {text}"
            current.end = line.number
            current.parts.append(text)
            continue
        if current is not None:
            yield current
        current = Unit(text, line.number, line.number, parts=[text])
    if current is not None:
        yield current


_STAMP_BULLET = re.compile(
    r"^(?:views?|hits|reads|created|posted|updated|date|presenter|writer|author|조회수?|작성일|"
    r"등록일|작성자)\s*:?\s*[\d.,:/ -]*\S{0,12}$",
    re.I,
)
"""A board post's counter or stamp as a bullet (``• Views256``, ``• Created 2022.12.13``)."""


def _continues(previous: str, text: str, spaced: bool) -> bool:
    """Whether a bare line right after a bullet continues that bullet."""
    if DISCUSSANTS.match(text) or PEOPLE_BLOCK.match(text) or DISCLAIMER.search(text):
        return False
    if _STAMP_BULLET.match(previous) and text[:1].isupper() and len(text.split()) >= 12:
        return False  # "• Views256" over "On November 16, 2022, the Center held …": the report
    if spaced:
        return True
    label = _LABEL.match(text)
    if label is not None and len(label.group("label").split()) <= 3 and text[:1].isupper():
        return False  # "Event title: …", "Date: …": a field of its own under a bullet line
    if text[:1].isupper() and len(text.split()) >= 8 and text.endswith(TERMINAL):
        return False  # a sentence of its own after the list: the text goes on
    if re.match(r"^\d{1,2}[:.h]\d{2}\s+(?:[-–—]\s+\d{1,2}[:.h]\d{2}\s+)?[^\W\d_]", text):
        return False  # "18.05 The French Presidency …": the programme's next slot
    dated = parse_date_line(text) if text[:1].isupper() else None
    if dated is not None and dated.time:
        return False  # "Friday, March 11 @ 12:00-1:30pm PST" under the list: when it is
    return not previous.endswith(CLOSING) or text[0].islower()
