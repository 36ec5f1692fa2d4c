"""Where an event took place, when no labelled ``Venue:`` line or header place says it.

* ``place_in_prose``: "will take place at the Mayflower Hotel in Washington, D.C.", "held
  at the Library of Congress", "hosted ... in London";
* ``online_cue``: "a virtual event", "this webinar", "via Zoom": the event was online;
* ``CITIES``: cities where policy events are commonly held, in the region's spellings
  too. It tells a ``Venue, City`` line and a dateline (``WASHINGTON, Jan. 5 -``) from
  other text. Capitals and their aliases from ``site_config.yml`` count as well.
"""

from __future__ import annotations

import re

from generator.parse.gazetteer import city_at_start, is_world_city
from generator.parse.hanzi import as_written, traditional_read

CITIES = frozenset(
    """
    Washington|Washington, D.C.|Washington, DC|Washington DC|New York|New York City|NYC|
    Boston|Cambridge|Chicago|San Francisco|Los Angeles|Seattle|Honolulu|Stanford|Palo Alto|
    Philadelphia|Atlanta|Houston|Dallas|Denver|Miami|New Haven|Princeton|Berkeley|San Diego|
    Ottawa|Toronto|Montreal|Vancouver|Mexico City|London|Oxford|Edinburgh|Brussels|Berlin|
    Munich|Hamburg|Frankfurt|Bonn|Paris|Lyon|Nantes|Strasbourg|Geneva|Zurich|Bern|Vienna|
    Rome|Milan|Madrid|Barcelona|Lisbon|Amsterdam|The Hague|Den Haag|Luxembourg|Copenhagen|Stockholm|
    Oslo|Helsinki|Reykjavik|Dublin|Warsaw|Prague|Budapest|Bratislava|Bucharest|Sofia|Athens|
    Vilnius|Riga|Tallinn|Kyiv|Kiev|Moscow|Istanbul|Ankara|Tel Aviv|Jerusalem|Cairo|Dubai|
    Abu Dhabi|Doha|Riyadh|Tehran|Nairobi|Addis Ababa|Johannesburg|Cape Town|Lagos|Accra|
    New Delhi|Delhi|Mumbai|Bangalore|Bengaluru|Kolkata|Chennai|Islamabad|Karachi|Lahore|
    Dhaka|Kathmandu|Colombo|Singapore|Kuala Lumpur|Jakarta|Bangkok|Manila|Hanoi|
    Ho Chi Minh City|Phnom Penh|Yangon|Naypyidaw|Ulaanbaatar|Beijing|Shanghai|Guangzhou|
    Shenzhen|Nanjing|Wuhan|Tianjin|Dalian|Qingdao|Xiamen|Chengdu|Hangzhou|Shenyang|Yanji|
    Hong Kong|Macau|Taipei|Kaohsiung|Seoul|Busan|Incheon|Changwon|Daejeon|Jeju|Pyongyang|
    Tokyo|Osaka|Kyoto|Hiroshima|Nagasaki|Sapporo|Yokohama|Nagoya|Fukuoka|Okinawa|Naha|
    Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|Wellington|Santiago|
    Buenos Aires|São Paulo|Sao Paulo|Rio de Janeiro|Brasília|Brasilia|Bogotá|Bogota|Lima|
    Caracas|Havana|Quito|Montevideo|
    北京|上海|广州|深圳|南京|武汉|天津|大连|青岛|厦门|成都|杭州|沈阳|延吉|香港|澳门|台北|首尔|東京|东京|
    大阪|京都|広島|札幌|横浜|名古屋|福岡|沖縄|那覇|서울|부산|인천|창원|대전|제주|평양|도쿄|베이징|
    Genf|Wien|Rom|Mailand|Brüssel|Bruxelles|Londres|Pékin|Pekín|Tokio|Séoul|Seúl|Moskau|Moscou|
    Varsovie|Warschau|Prag|Lissabon|Lisbonne|Nueva York|Washington D.C.
    """.replace("\n", "").split("|")
)
CITIES = frozenset(c.strip() for c in CITIES if c.strip())
_CITY_WORDS = sorted(CITIES, key=len, reverse=True)
_CITY = "|".join(re.escape(c) for c in _CITY_WORDS)
_CITY_RE = re.compile(rf"(?<!\w)(?:{_CITY})(?!\w)")

_VENUE_WORD = (
    r"Hotel|Center|Centre|Hall|Room|Rooms|House|Building|Library|University|Institute|Embassy|"
    r"Residence|Club|Museum|Auditorium|Foundation|Theater|Theatre|Ballroom|Campus|College|"
    r"School|Forum|Pavilion|Plaza|Tower|Palace|Parliament|Chamber|Institution|Society|"
    r"[Hh]eadquarters"
)
VENUE_NAMED = re.compile(rf"\b(?:{_VENUE_WORD})\b")
"""A name with a word of a building or an institution in it (``Imperial College London``)."""
_PLACE_CUE = re.compile(
    r"\b(?:(?:will |to )?(?:[Tt]ake|[Tt]akes|[Tt]ook|[Tt]aking) place(?:\s+on\s+[^.;]{3,40}?)?|"
    r"(?:starts|begins|will start|will begin|starting) at \d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|"
    r"(?:will be |was |is |be )?held|"
    r"(?:will be |was )?hosted|convened|venue is|located)\s+(?:at|in)\s+"
    r"(?P<place>(?:the\s+)?[A-Z][\w’'.&\-]*(?:\s+(?:of|for|and|the|de|on|[A-Z][\w’'.&\-]*)){0,9}"
    r"(?:,?\s+(?:in\s+)?(?:" + _CITY + r"))?)"
)
_FOREIGN_CUE = re.compile(
    r"\b(?:tuvo lugar|tendrá lugar|se celebró|se celebrará|se realizó|se realizará|se llevó a cabo|"
    r"celebrad[oa](?: (?:el|los días) [^,.]{3,40}?)?|"
    r"se desarrolló|se desarrollará|"
    r"se llevará a cabo|se inauguró|se inaugurará|aura lieu|a eu lieu|se tiendra|"
    r"s[’']est (?:tenue?|ouverte?|déroulée?)|se déroulera|se déroule|findet|fand|stattfindet|"
    r"a été (?:ouvert|inauguré|organisé|tenu)e?(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche))?(?: \d{1,2}(?:er)? [a-zéû]+)?)\s+"
    r"(?:statt\s+)?(?:am [^,.]{3,30}?\s+)?(?:en|à|au|dans|im|in der|in|an der)\s+"
    r"(?:el |la |los |las |le |l[’']|der |dem )?"
    r"(?P<place>[A-ZÀ-Ý][\w’'.&\-]*(?:\s+(?:(?:de|del|la|des|du|der|und|y|et)(?=\s)|"
    r"d[’'][A-ZÀ-Ý][\w’'.&\-]*|"
    r"[A-ZÀ-Ý][\w’'.&\-]*)){0,8})"
)
_AT_ROOM = re.compile(
    r"\b(?:held|hosted|organi[sz]ed|convened|took place|lecture|seminar|talk)\b[^.;]{0,150}?"
    r"\b(?:at|in) the "
    r"(?P<place>(?:[A-Z][\w-]*\s+){0,4}(?:(?:main|grand|small|large|international|first|second|"
    r"third)\s+)?(?:(?:conference|seminar|meeting|lecture|banquet)\s+(?:hall|room)|"
    r"(?:university|college|faculty|school|campus|main)\s+(?:auditorium|hall|library|theatre)))\b"
)
"""``held a seminar on X at the main conference hall``: a room named in lower case."""
_DATE_THEN_AT = re.compile(
    r"(?<=[a-zà-ÿ]\s)(?:19|20)\d{2},?\s+(?:à|au|en|dans)\s+(?:la |le |l[’']|el |los |las )?"
    r"(?P<place>[A-ZÀ-Ý][^,.;:()«»\"“”„]{2,60}?)(?=\s*[,.;(]|$)"
)
"""``les 7 et 8 décembre 2018, à la Maison de la culture du Japon``: the day, then where."""
_DAY_WORD = re.compile(
    r"^(?:(?:le|el|am|on|the)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"^(?:(?:le|el|am)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|"
    r"martes|miércoles|jueves|viernes|sábado|domingo|Montag|Dienstag|Mittwoch|Donnerstag|"
    r"Freitag|Samstag|Sonntag)\b",
    re.I,
)
_HOSTS = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:La |El |Le |Die |Das |The )?(?P<place>[^,.;]{5,90}?)\s+"
    r"(?:acoge|accueille|"
    r"beherbergt|hosts)\b"
)
_AT_VENUE = re.compile(
    r"\b(?:at|in)\s+(?P<place>(?:the\s+)?(?:\d{1,5}[A-Z]?\s+(?=[A-Z]))?"
    r"(?:[A-Z][\w’'.&\-]*\s+(?:(?:of|for|and|the|de)\s+)?){0,6}"
    r"(?:" + _VENUE_WORD + r")(?:\s+(?:of|for)\s+(?!(?:Dr|Prof|Mr|Mrs|Ms)\.?\s)"
    r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})?"
    r"(?:,?\s+(?:in\s+)?(?:" + _CITY + r"))?)"
)
_AT_NAMED_ROOM = re.compile(
    r"\bat\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\s+"
    r"(?:room|hall|auditorium|theatre|theater|lounge|ballroom|suite)"
    r"(?:\s+(?:at|of|in)\s+(?:the\s+)?[A-Z][\w’'.&-]+(?:\s+[A-Z][\w’'.&-]+){0,4})?)"
)
"""``at 5.30 pm at the Lotus room at the BMICH``: a named room, its kind in lower case, and
the house it is in."""
_ONLINE_CUE = re.compile(
    r"\b(?:(?:virtual|online|digital) (?:[\w-]+ ){0,4}?(?:event|webinar|discussion|panel|"
    r"conversation|roundtable|conference|seminar|briefing|session|forum|dialogue|symposium|"
    r"lecture|speech|talk|celebration|launch|workshop|meeting|summit|masterclass)|"
    r"(?:this|a|our|the|join (?:us|the) (?:for|on) (?:a|an|the|this))\s+(?:\w+\s+){0,3}webinar|"
    r"via zoom|on zoom|zoom webinar|webex|microsoft teams|livestream(?:ed)? only|held online|"
    r"(?:hosted|streamed|broadcast|continues|take place|takes place|took place|taking place)"
    r" online|"
    r"zoom\.us/(?:webinar|j|meeting)|"
    r"(?:will be|is being) webcast|online via (?:youtube|zoom|teams|webex)|"
    r"(?:via|per) live-?stream|(?:conferencia|charla|conversatorio|seminario) online|"
    r"(?:a|the|this|our|live) webcast|"
    r"held virtually|take place (?:online|virtually)|will be (?:held )?(?:online|virtual)|"
    r"(?:held|took place|conducted) in (?:a )?(?:virtual|online) (?:mode|format|setting))\b|"
    r"(?:^|\[)\s*(?:webinar|virtual event|online event|livestream)\b|"
    r"온라인|화상|オンライン|ウェビナー|线上|線上|在线|网络研讨会|en ligne|webinaire|"
    r"(?<!cursos )(?<!clases )(?<!programas )en línea|"
    r"virtuell|visioconf[ée]rence|visio-conf[ée]rence|web-?conf[ée]rence|videoconferencia|"
    r"(?:de manera|de forma|en modalidad|de modo) (?:virtual|remota)|"
    r"videokonferenz|(?:lädt|laden|findet|läuft)\b(?:[^.!?]|(?<=\d)\.(?=\d)){0,60}?\bonline\b|"
    r"online-\w{0,20}?(?:veranstaltung|debatte|diskussion|seminar|vortrag|konferenz|gespräch|"
    r"tagung)|digitale veranstaltung",
    re.I,
)


_ROLE_BEFORE_AT = frozenset(
    "fellow professor director researcher scholar lecturer student chair head dean analyst "
    "editor correspondent adviser advisor associate member president officer economist".split()
)


def is_city(text: str) -> bool:
    return text.strip().rstrip(".,") in CITIES


def is_known_city(text: str) -> bool:
    """A city the parser lists, or any city of the world of at least 100,000 people."""
    return is_city(text) or is_world_city(text.strip().rstrip(".,"))


def city_in(text: str) -> str | None:
    match = _CITY_RE.search(text)
    return match.group(0) if match else None


_CJK_CITIES = tuple(
    sorted(
        (c for c in CITIES if re.match(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]", c)),
        key=lambda c: (-len(c), c),
    )
)
"""Cities written in Chinese, Japanese or Korean, longest first, in a fixed order."""


def city_within(text: str) -> str | None:
    """A city named in ``text``, also inside a run of CJK characters, where no word boundary
    sets it apart (``中央社記者張謙香港24日電``)."""
    return city_in(text) or next((c for c in _CJK_CITIES if c in text), None)


_EVENT_WORD = re.compile(
    r"\b(?:held|hosted|hosts|host|join|gather(?:ed|s)?|convene[sd]?|event|reception|lecture|"
    r"discussion|conference|seminar|symposium|panel|forum|roundtable|briefing|dinner|luncheon|"
    r"breakfast|screening|launch|workshop|dialogue|meeting|debate|talk|venue|scheduled|speak|"
    r"oration|plenary)\b",
    re.I,
)


_HELD_IN_CITY = re.compile(
    r"\b(?:held|took place|takes place|will take place|convened|opened)\b[^.;]{0,150}?\bin\s+"
    r"(?P<place>" + _CITY + r")(?![\w-])"
    r"|\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\s+\d{1,2}"
    r"(?:,\s*(?:19|20)\d{2})?\s+in\s+(?P<city>" + _CITY + r")(?![\w-])"
)
"""``held … in Seoul``; ``… on Thursday, October 10 in Washington``: the city of the day."""
_KIND_IN_CITY = re.compile(
    r"\b(?i:dialogue|forum|conference|summit|symposium|seminar|roundtable|workshop|colloquium|"
    r"lecture|panel)\s+in\s+(?P<city>" + _CITY + r")(?![\w-])"
    r"(?=(?:,\s*[A-Z][\w.]+)?,?\s+(?:on|from)\s+(?:\d|[A-Z]))"
    r"|\b(?:concluded|convened|wrapped up|wrapped|kicked off)"
    r"(?:\s+(?:today|yesterday|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?\s+in\s+"
    r"(?P<place>" + _CITY + r")(?![\w-])"
)
"""``the 5th Ocean Dialogue in Hanoi on Tuesday``, ``concluded today in New Delhi``: the
city an event is named with."""


_VERB_THEN_IN = re.compile(
    r"\b(?:held|hosted|hosting|hosts|organi[sz]ed|organi[sz]ing|organi[sz]es|took place|"
    r"takes place|take place|taking place|convened|convenes|opened|opens|met|meets|gathered|"
    r"gather|gathers|meeting|conference|seminar|symposium|forum|roundtable|workshop|summit|"
    r"colloquium|dialogue)\b"
)
_CLAUSE_BETWEEN = re.compile(
    r"\b(?:who|which|that|to|her|his|their|from|where|when|while|after|before|since|"
    r"because|about|spent|lives|lived|born|based|working|worked)\b"
)
"""Words that open another clause, or a person's life, between the event's verb and a city."""
_IN_TOWN = re.compile(r"\bin\s+(?P<town>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})")


def city_after_verb(text: str) -> str | None:
    """``… organized the Seminar of Water and Food Security in Beijing.``, ``… met in
    Brisbane this week``: a city of the world after the event's verb or noun, in the same
    sentence (within 150 characters)."""
    for verb in _VERB_THEN_IN.finditer(text[:1500]):
        window = re.split(r"(?<![A-Z])[.;!?](?:\s|$)", text[verb.end() : verb.end() + 150])[0]
        for found in _IN_TOWN.finditer(window):
            if _CLAUSE_BETWEEN.search(window[: found.start()]):
                break  # "gathered … to hear her describe her years in Seoul": another clause
            city = city_at_start(found.group("town"))
            if city is not None:
                return city
    return None


def _event_venue(text: str, match: re.Match[str]) -> bool:
    """Whether "at <venue>" is where the event is ("held … at the National Library"), not
    where someone works ("Fellow at the Institute")."""
    before = text[max(0, match.start() - 200) : match.start()]
    sentence = re.split(r"(?<!\b[ap]\.m)[.!?]\s", before)[-1]  # "4:30 p.m. Saturday" goes on
    last = sentence.split()[-1:] if sentence.split() else [""]
    if re.search(r"(?:\d{1,2}[:.]\d{2}|\d\s?[ap]\.?m\.?)\s*$", before, re.I):
        return True  # "from 6:30 p.m. to 7:00 p.m. at Antioch University Seattle Campus"
    if re.search(
        r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?,?\s*$",
        before,
    ):
        return True  # "Pacific Futures is on October 18 at the Airport Conference Centre"
    clause = re.sub(r"[“\"«][^”\"»]*[”\"»]", " ", re.split(r"[,;]", sentence)[-1])
    if len(clause.split()) <= 12 and re.search(
        r"\b(?i:director|fellow|professor|head|chair|chairman|chairwoman|chairperson|researcher|dean|president|manager|officer|"
        r"expert|lecturer|scholar|adviser|advisor)\b",
        clause,
    ):
        return False  # "Anna Berzina, Director of the Asia Programme at the Riga Institute"
    return bool(_EVENT_WORD.search(before)) and (last[0].lower().strip(",") not in _ROLE_BEFORE_AT)


_JOIN_AT = re.compile(
    r"\b(?i:join us)\b[^.!?]{0,60}?\bat\s+(?P<place>(?:[Tt]he\s+)?[A-Z][\w’'&.-]*"
    r"(?:\s+(?:by|of|on|the|and|&|[A-Z][\w’'&.-]*)){0,6}?\s+in\s+(?:" + _CITY + r"))\b"
)
"""``Join us … at The Inchcolm by Ovolo in Brisbane``: a venue named without a venue word,
then its city."""


_FOREIGN_VENUE = re.compile(
    r"\b(?:[Ee]n|à|au|im|in der|in dem)\s+(?:(?:el|la|los|las|le|l[’']|der|dem)\s*)?"
    r"(?:(?:una de )?(?:las|los) (?:instalaciones|terrazas|salas|salones|oficinas) "
    r"de(?:l| la)?\s+)?"
    r"(?P<place>(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,3}(?:Salón|Sala|Aula|Auditorio|Hotel|hotel|Teatro|"
    r"Biblioteca|Museo|Embajada|Palacio|Salle|Amphithéâtre|Maison|Hôtel|Saal|Hörsaal|Rathaus|"
    r"Théâtre|Théatre|Musée|Palais|Centro|Casa|Facultad|"
    r"Grand Hyatt|Sofitel|Hilton|Marriott|Sheraton)"
    r"(?:\s+(?:(?:de|del|de la|des|du|der)\s+[A-ZÀ-Ý][\w'’.-]*|[A-ZÀ-Ý0-9][\w'’.-]*)){0,5})"
)
_FOREIGN_EVENT_WORD = re.compile(
    r"(?i:tuvo lugar|tendrá lugar|se celebró|se celebrará|se realizó|se llevó a cabo|presentaron|"
    r"llevad[oa] a cabo|se presentó|hablarán|conversatorio|mesa redonda|presentación|"
    r"evento|actividad|seminario|foro|conferencia|conversatorio|a eu lieu|aura lieu|"
    r"s[’']est tenue?|"
    r"conférence|colloque|séminaire|débat|table ronde|fand|findet|Veranstaltung|Konferenz|"
    r"Podiumsdiskussion|Vortrag|Tagung|zu Gast|Diskussionsveranstaltung|Lesung|Podiumsgespräch|"
    r"Diskussion|eingeladen|Buchvorstellung|Symposium)"
)
"""``tuvo lugar … En el Salón Rojo``, ``… en el Grand Hyatt Taipei el 21 de agosto``: a
venue named by its kind in Spanish, French or German, in a sentence about the event."""


_DE_VENUE = re.compile(
    r"\b(?:am|[Ii]m|in der|in den|in das|ins)\s+"
    r"(?P<place>(?=[A-ZÄÖÜ])(?:[A-ZÄÖÜ][\wäöüß-]*(?:e[rnms]?|s)\s+){0,2}"
    r"(?:[A-ZÄÖÜ][\wäöüß-]*?)?(?i:institut|zentrum|universität|hochschule|"
    r"akademie|saal|haus|museum|bibliothek|rathaus|stiftung|kolleg|salon|schloss|bahnhof|"
    r"halle|aula|galerie|theater)\b"
    r"(?:\s*\([A-ZÄÖÜ]{2,8}\))?"
    r"(?:\s+(?:der|des|für|am)\s+(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|"
    r"Sonntag)\b)[A-ZÄÖÜ][\wäöüß.-]*(?:\s+(?:und\s+)?[A-ZÄÖÜ][\wäöüß.-]*){0,2})"
    r"{0,2})"
)
"""``ist … am Ostasieninstitut (OAI) der Hochschule zu Gast``: a German venue named by the
kind of house it is, in a sentence about the event."""


_DE_HOUSES = frozenset(
    "institut zentrum universität hochschule akademie saal haus museum bibliothek rathaus "
    "stiftung kolleg salon schloss bahnhof halle aula galerie theater".split()
)
_DE_EVENT_DAY = re.compile(
    r"\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b|\d\s*Uhr\b"
)
"""A German sentence that gives the event's day or hour (``am Donnerstag, 28. November``)."""
_ABBREVIATED = re.compile(r"(?:\b[A-ZÄÖÜ][a-zäöü]{0,3}|\b[A-Z]|\b[a-z]{1,3}|\b\d{1,2})$")
"""The word before a full stop that shortens it (``Prof.``, ``Dr.``, ``M.``, ``z.``), or
the day of a German date (``28. November``). It is at most four characters long, so the
eight characters before the stop decide it."""


def _abbreviated(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation (read in a window of eight
    characters: a text of many stops is read in linear time)."""
    return _ABBREVIATED.search(text[max(0, stop - 8) : stop]) is not None


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around ``text[start:end]`` starts and stops; the full stops of
    abbreviations (``Prof. Dr. Marcus M. Payk``) end none."""
    opening = 0
    for found in re.finditer(r"\.\s", text[:start]):
        if not _abbreviated(text, found.start()):
            opening = found.end()
    closing = len(text)
    for found in re.finditer(r"\.\s", text[end:]):
        if not _abbreviated(text, end + found.start()):
            closing = end + found.start()
            break
    return opening, closing


_ES_VENUE_OF = re.compile(
    r"\b(?:[Ee]n|à|au|dans)\s+(?:el|la|los|las|le|l[’'])\s*"
    r"(?P<place>(?:auditorio|biblioteca|sala|salón|aula|sede|teatro|museo|paraninfo|hemiciclo|"
    r"auditorium|amphithéâtre|bibliothèque|salle|siège|maison)\s+"
    r"(?:del|de la|de los|de las|de l[’']|de|du|des)\s*"
    r"(?:[A-ZÁÉÍÓÚÀ-Ý][\w'’.-]*)(?:\s+(?:de|del|de la|des|du|y|et)?\s*[A-ZÁÉÍÓÚÀ-Ý][\w'’.-]*){0,5})"
)
"""``en el auditorio del Parlamento Andino``, ``en la biblioteca del Gimnasio Moderno``, ``en
la sede de la Academia``: a room or seat of a named house, its kind in lower case."""


def _foreign_venue(text: str) -> str | None:
    for found in _ES_VENUE_OF.finditer(text[:2000]):
        opening, closing = _sentence_bounds(text, found.start(), found.end())
        sentence = text[opening:closing]
        if (
            _FOREIGN_EVENT_WORD.search(sentence)
            or _DE_EVENT_DAY.search(sentence)
            or re.search(
                r"\b\d{1,2}\s+de\s+[a-z]+|\b\d{1,2}(?:er)?\s+[a-zéû]+\s+(?:19|20)\d{2}", sentence
            )
        ):
            return found.group("place").strip().rstrip(".,;")
    for found in _FOREIGN_VENUE.finditer(text[:2000]):
        opening = max(text.rfind(". ", 0, found.start()), 0)
        closing = text.find(". ", found.end())
        sentence = text[opening : closing if closing != -1 else len(text)]
        if _FOREIGN_EVENT_WORD.search(sentence):
            return found.group("place").strip().rstrip(".,;")
    for found in _DE_VENUE.finditer(text[:2000]):
        place = found.group("place").strip().rstrip(".,;")
        if " " not in place and place.casefold() in _DE_HOUSES:
            continue  # "an der Universität Kyoto": a bare kind of house names no venue
        opening, closing = _sentence_bounds(text, found.start(), found.end())
        sentence = text[opening : found.start()] + " " + text[found.end() : closing]
        if _FOREIGN_EVENT_WORD.search(sentence) or _DE_EVENT_DAY.search(sentence):
            # the event's word outside the venue's own ("im Vortragssaal"), or its day
            return place
    return None


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|ean|an|ic)")
"""``Indian``, ``Japanese``, ``Korean``: a people's adjective, alone never a place."""


def place_in_prose(text: str) -> str | None:
    """The venue (and city) a sentence says the event was held at, else None."""
    patterns = (
        _PLACE_CUE, _AT_VENUE, _JOIN_AT, _HELD_IN_CITY, _FOREIGN_CUE, _DATE_THEN_AT, _AT_ROOM,
        _HOSTS, _KIND_IN_CITY, _AT_NAMED_ROOM,
    )  # fmt: skip
    for pattern in patterns:
        match = pattern.search(text)
        if pattern is _AT_VENUE or pattern is _AT_NAMED_ROOM:
            match = next((m for m in pattern.finditer(text) if _event_venue(text, m)), None)
        if match is not None:
            found = match.groupdict().get("place") or match.groupdict().get("city") or ""
            place = re.sub(r"^the\s+", "", found.strip(" ,.;"))
            place = re.split(r"(?<=[a-z]{3})\.\s", place, maxsplit=1)[0]  # "Thailand. The …"
            if _DAY_WORD.match(place):
                continue  # "le mercredi 1° février 2023 à 18h30": when, not where
            if _DEMONYM.fullmatch(place) and not is_city(place):
                continue  # "held in the Indian capital": an adjective, not a place
            words = place.split()
            if pattern is _HOSTS and (
                not (city_in(place) or re.search(_VENUE_WORD, place))
                or (len(words) == 1 and not is_city(place))
            ):
                continue  # "X hosts ..." names a place only when X is one ("Foundation hosts")
            named = found.strip().lower().startswith("the ")  # "at the Mozartareal": a venue
            if words and not (
                len(words) == 1 and not is_city(place) and not named and pattern is _PLACE_CUE
            ):
                return place
    return _foreign_venue(text)


def online_cue(text: str) -> bool:
    return bool(_ONLINE_CUE.search(text))


_CJK_PLACE = [
    # 以线上方式举行: online
    re.compile(r"以(?P<place>线上|線上|网络|網絡|视频|視訊)(?:方式|形式)"),
    # 在中国人民大学召开 / 在线上顺利召开
    re.compile(
        r"在(?P<place>[^，。、“”,\s]{2,30}?)(?:成功|顺利|隆重)?(?:召开|举行|举办|办理|开幕|开讲|进行|发表题为|发表演讲)"
    ),
    # 于雁山图书馆报告厅分别进行 / 在圓山飯店敦睦廳, 舉辦 / 假臺北市漢來大飯店: a venue by its kind
    re.compile(
        r"(?:于|於|在|假)(?P<place>[^，。、“”「」,\s\d]{2,30}?(?:报告厅|報告廳|会议室|會議室|礼堂|禮堂|"
        r"大厅|大廳|厅|廳|酒店|饭店|飯店|宾馆|賓館|会议中心|會議中心|图书馆|圖書館|校区|校區|会堂|會堂))"
        r"(?=[，,、。\s]|分别|分別|举|舉|召|登场|登場|进行|進行|隆重|成功|顺利|順利|开|開|主办|主辦)"
    ),
    # 在第二教学楼报告厅为师生作题为, 在…地理信息楼A200做了, 位于北校2号教学楼六楼报告厅的
    re.compile(
        r"(?:在|位于|位於)(?P<place>[^，。、“”「」,\s]{2,30}?(?:报告厅|報告廳|会议室|會議室|礼堂|禮堂|"
        r"讲堂|講堂|教室|大厅|大廳|楼[A-Z]?\d{2,4}|樓[A-Z]?\d{2,4}|[A-Z]\d{3,4}))"
        r"(?=为|為|作|做|的|举|舉|召|开|開|进行|進行|讲|講)"
    ),
    # 中心假座上海社会科学院第一会议室举办: "using the premises of"
    re.compile(r"假座(?P<place>[^，。、“”,\s]{2,30}?)(?:举办|举行|召开)"),
    # 広島国際会議場にて / グランドヒル市ヶ谷において / 会場で開催
    re.compile(
        r"(?:^|(?<=[、。\s」）はがを]))(?P<place>[^\s、。「」]{3,40}?)"
        r"(?:にて|において|で開催|で開かれ|で行われ|で行なわれ)"
    ),
    # 東京・平河町の都市センターホテルで、月例研究会「…」を開催した
    re.compile(
        r"(?:^|(?<=[、。\s」）はがを]))(?P<place>[^\s、。「」]{3,40}?(?:ホテル|会館|ホール|センター|会議場|"
        r"会議室|キャンパス|大学|講堂|研究所|本部|ビル|プラザ|アカデミー)(?:[(（][^()（）]{1,20}[)）])?)"
        r"で(?![はも])[、,]?(?=[^。]{0,80}?(?:開催|開かれ|行われ|実施))"
    ),
    # 杣之内キャンパスの2号棟で「特別講演会」を開催しました
    re.compile(
        r"(?:^|(?<=[、。\s」）はがを]))(?P<place>[^\s、。「」]{3,40}?)で[、,]?「[^」]{1,60}」を"
        r"(?:開催|実施|開講)"
    ),
    # 한남대 56주년기념관 서의필홀에서 열렸다
    re.compile(
        r"(?:^|(?<=[,.\s]))(?P<place>(?:[^\s,.]{1,20}\s+){0,3}[^\s,.]{2,20}?)에서\s+"
        r"(?:[^\s.]+\s+){0,16}?[^\s,.]*?(?:개최|열렸|열린다|열려|열리|열릴|진행|가졌)"
    ),
]
_CJK_RELATIVE = re.compile(
    r"^(?:我校|本校|我院|本院|我所|本所|我会|本会|本中心|我中心|学校|当地|现场|会上)$"
)
"""Places a report names relative to its publisher ("our university"): not where, for readers."""
_CJK_SEE_BELOW = re.compile(r"^(?:下記|以下|上記|別記|次)(?:の)?(?:要領|要項|とおり|通り)?$")
"""``下記要領`` ("as set out below"): where the details are, not where the event is."""
_CJK_CLAUSE = re.compile(r"^.*[\u3041-\u306d\u306f-\u309f]")
"""Everything up to the last kana other than の (``9月28日(土)に京都市の…`` -> ``京都市の…``)."""
_CJK_WHEN = re.compile(
    r"^(?:(?:\d{1,4}\s*[년월일年月日]|\([^)]{1,4}\)|（[^）]{1,4}）|오전|오후|午前|午後|上午|下午|"
    r"\d{1,2}\s*[시時时点](?:\s*\d{1,2}\s*[분分])?|\d{1,2}(?::\d{2})?(?:\s*[-~～–]\s*\d{1,2}(?::\d{2})?)?|"
    r"부터|까지|이틀간|사흘간|양일간|,)\s*)+"
)
"""Date and time words before a place in one run (``오후 2시 한국프레스센터``)."""
_ZH_PLACE_END = re.compile(
    r"(?:学|校|院|馆|館|厅|廳|室|楼|樓|堂|中心|酒店|宾馆|賓館|大厦|大廈|会场|會場|市|省|京|海|港)$"
)
_CJK_ONLINE = re.compile(
    r"^(?:线上|線上|在线|网上|网络|網絡|视频|視訊|オンライン|온라인|화상)(?:方式|形式|会议|會議|平台|視訊會議|视频会议|회의)?$"
)


def cjk_place(text: str) -> str | None:
    """Where Chinese, Japanese or Korean prose says the event was held."""
    simple = traditional_read(text)
    if simple is not None:  # traditional characters, read as simplified
        place = cjk_place(simple)
        return None if place is None else as_written(place, simple, text)
    for pattern in _CJK_PLACE:
        for match in pattern.finditer(text):
            place = match.group("place").strip()
            before = text[: match.start("place")]
            if before.count("「") > before.count("」") or before.count("‘") > before.count("’"):
                continue  # "「…분열과 연대의 광장에서 회복의 길을 찾다」": inside a quoted title
            if re.search(r"[\u3041-\u306d\u306f-\u309f]", place):
                # "9月28日(土)に京都市の同志社大学烏丸キャンパス": the place follows the last
                # particle; a clause ("世界各地において") leaves nothing that reads as one
                place = _CJK_CLAUSE.sub("", place)
                if len(place) < 3 or re.search(r"[\u3041-\u306d\u306f-\u309f]", place):
                    continue
            if place.count(")") > place.count("("):
                # "(소장 기광서)가 지난 17일 광주과학기술원(GIST)": a bracket closed, then where
                place = re.sub(r"^[^(]*?\)[가이는은]?\s*", "", place)
            place = re.split(r"(?<=[\uac00-\ud7a3])[을를가]\s+", place)[-1]  # "세미나를 24일 X"
            place = re.sub(r"^\d{1,2}일\s*", "", place)
            place = _CJK_WHEN.sub("", re.sub(r"^지난\s+", "", place)).strip()
            if _CJK_ONLINE.match(place):
                return "Online"
            if len(place) < 2 or _CJK_RELATIVE.match(place) or place[0] in "該该此这這":
                continue  # "該平台": "that platform", a reference back
            if _CJK_SEE_BELOW.match(place):
                # "下記要領にてオンライン開催": "as set out below", then how it is held
                if re.match(r"\s*(?:オンライン|온라인|线上|線上)", text[match.end() :]):
                    return "Online"
                continue
            if pattern.pattern.startswith("在") and (
                len(place) > 20
                or ("的" in place and not _ZH_PLACE_END.search(place))
                or re.search(
                    r"我们|我国|这|那|时间|节点|期间|方面|过程|背景|框架|基础|问题|领域|相关", place
                )
            ):
                continue  # "在推进…上的作用…进行": a clause, not a place
            return place
    return None


_MARKED_PLACE = re.compile(
    r"\*{2,}\s*(?:Lieu|Adresse|Venue|Location|Ort|Lugar|Luogo|Place)\s*\*{2,}\s*"
    r"(?P<place>[^*]{3,200}?)\s*(?=\*{2,}|$)",
    re.I,
)
_TRANSIT = re.compile(r"\s+(?:Métro|Metro|M°|RER|Bus|Tram|U-Bahn|S-Bahn|Subway)\b.*$", re.I)


def marked_place(text: str) -> str | None:
    """``*** Lieu *** Le Centre des Colloques … *** Date et horaires ***``: a place between
    the stars of a label inside running text (directions by transit left out)."""
    found = _MARKED_PLACE.search(text)
    if found is None:
        return None
    place = _TRANSIT.sub("", found.group("place")).strip(" ,.;")
    return place if 3 <= len(place) <= 160 else None
