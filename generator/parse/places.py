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

CITIES = frozenset(
    """
    Washington|Washington, D.C.|Washington, DC|Washington DC|New York|New York City|NYC|
    Boston|Cambridge|Chicago|San Francisco|Los Angeles|Seattle|Honolulu|Stanford|Palo Alto|
    Philadelphia|Atlanta|Houston|Dallas|Denver|Miami|New Haven|Princeton|Berkeley|San Diego|
    Ottawa|Toronto|Montreal|Vancouver|Mexico City|London|Oxford|Edinburgh|Brussels|Berlin|
    Munich|Hamburg|Frankfurt|Bonn|Paris|Lyon|Nantes|Strasbourg|Geneva|Zurich|Bern|Vienna|
    Rome|Milan|Madrid|Barcelona|Lisbon|Amsterdam|The Hague|Luxembourg|Copenhagen|Stockholm|
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
    r"School|Forum|Pavilion|Plaza|Tower|Palace|Parliament|Chamber|Institution|Society"
)
_PLACE_CUE = re.compile(
    r"\b(?:(?:will |to )?(?:take|takes|took|taking) place|(?:will be |was |is |be )?held|"
    r"(?:will be |was )?hosted|convened|venue is|located)\s+(?:at|in)\s+"
    r"(?P<place>(?:the\s+)?[A-Z][\w’'.&\-]*(?:\s+(?:of|for|and|the|de|on|[A-Z][\w’'.&\-]*)){0,9}"
    r"(?:,?\s+(?:in\s+)?(?:" + _CITY + r"))?)"
)
_FOREIGN_CUE = re.compile(
    r"\b(?:tuvo lugar|tendrá lugar|se celebró|se celebrará|se realizó|se realizará|se llevó a cabo|"
    r"se llevará a cabo|aura lieu|a eu lieu|se tiendra|s'est tenue?|findet|fand|stattfindet)\s+"
    r"(?:am [^,.]{3,30}?\s+)?(?:en|à|au|dans|im|in der|in|an der)\s+"
    r"(?:el |la |los |las |le |l'|der |dem )?"
    r"(?P<place>[A-ZÀ-Ý][\w’'.&\-]*(?:\s+(?:de|del|la|des|du|der|und|y|et|[A-ZÀ-Ý][\w’'.&\-]*)){0,8})"
)
_HOSTS = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:La |El |Le |Die |Das |The )?(?P<place>[^,.;]{5,90}?)\s+"
    r"(?:acoge|accueille|"
    r"beherbergt|hosts)\b"
)
_AT_VENUE = re.compile(
    r"\b(?:at|in)\s+(?P<place>(?:the\s+)?(?:[A-Z][\w’'.&\-]*\s+(?:(?:of|for|and|the|de)\s+)?){0,6}"
    r"(?:" + _VENUE_WORD + r")(?:\s+(?:of|for)\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})?"
    r"(?:,?\s+(?:in\s+)?(?:" + _CITY + r"))?)"
)
_ONLINE_CUE = re.compile(
    r"\b(?:(?:virtual|online|digital) (?:[\w-]+ ){0,2}(?:event|webinar|discussion|panel|"
    r"conversation|roundtable|conference|seminar|briefing|session|forum|dialogue|symposium)|"
    r"(?:this|a|our|the|join (?:us|the) (?:for|on) (?:a|an|the|this))\s+(?:\w+\s+){0,3}webinar|"
    r"via zoom|on zoom|zoom webinar|webex|microsoft teams|livestream(?:ed)? only|held online|"
    r"held virtually|take place (?:online|virtually)|will be (?:held )?(?:online|virtual))\b|"
    r"(?:^|\[)\s*(?:webinar|virtual event|online event|livestream)\b|"
    r"온라인|화상|オンライン|ウェビナー|线上|線上|在线|网络研讨会|en ligne|webinaire|en línea|"
    r"virtuell",
    re.I,
)


_ROLE_BEFORE_AT = frozenset(
    "fellow professor director researcher scholar lecturer student chair head dean analyst "
    "editor correspondent adviser advisor associate member president officer economist".split()
)


def is_city(text: str) -> bool:
    return text.strip().rstrip(".,") in CITIES


def city_in(text: str) -> str | None:
    match = _CITY_RE.search(text)
    return match.group(0) if match else None


_EVENT_WORD = re.compile(
    r"\b(?:held|hosted|hosts|host|join us|gather(?:ed|s)?|convene[sd]?|event|reception|lecture|"
    r"discussion|conference|seminar|symposium|panel|forum|roundtable|briefing|dinner|luncheon|"
    r"breakfast|screening|launch|workshop|dialogue|meeting|debate|talk|venue)\b",
    re.I,
)


_HELD_IN_CITY = re.compile(
    r"\b(?:held|took place|takes place|will take place|convened)\b[^.;]{0,150}?\bin\s+"
    r"(?P<place>" + _CITY + r")(?![\w-])"
)


def place_in_prose(text: str) -> str | None:
    """The venue (and city) a sentence says the event was held at, else None."""
    for pattern in (_PLACE_CUE, _AT_VENUE, _HELD_IN_CITY, _FOREIGN_CUE, _HOSTS):
        match = pattern.search(text)
        if match is not None and pattern is _AT_VENUE:
            before = text[max(0, match.start() - 120) : match.start()]
            sentence = re.split(r"[.!?]\s", before)[-1]
            last = sentence.split()[-1:] if sentence.split() else [""]
            if not _EVENT_WORD.search(before) or last[0].lower().strip(",") in _ROLE_BEFORE_AT:
                match = None
        if match is not None:
            place = re.sub(r"^the\s+", "", match.group("place").strip(" ,.;"))
            words = place.split()
            if pattern is _HOSTS and not (city_in(place) or re.search(_VENUE_WORD, place)):
                continue  # "X hosts ..." names a place only when X is one
            if words and not (len(words) == 1 and not is_city(place) and pattern is _PLACE_CUE):
                return place
    return None


def online_cue(text: str) -> bool:
    return bool(_ONLINE_CUE.search(text))


_CJK_PLACE = [
    # 在中国人民大学召开 / 在线上顺利召开
    re.compile(
        r"在(?P<place>[^，。、“”,\s]{2,30}?)(?:成功|顺利|隆重)?(?:召开|举行|举办|开幕|开讲|进行)"
    ),
    # 広島国際会議場にて / グランドヒル市ヶ谷において / 会場で開催
    re.compile(
        r"(?:^|(?<=[、。\s」）はがを]))(?P<place>[^\s、。「」]{3,40}?)(?:にて|において|で開催|で開かれ|で行われ)"
    ),
    # 한남대 56주년기념관 서의필홀에서 열렸다
    re.compile(
        r"(?:^|(?<=[,.\s]))(?P<place>(?:[^\s,.]{1,20}\s+){0,3}[^\s,.]{2,20}?)에서\s+"
        r"(?:[^\s,.]+\s+){0,10}?[^\s,.]*?(?:개최|열렸|열린다|열려|진행|가졌)"
    ),
]
_CJK_ONLINE = re.compile(r"^(?:线上|線上|在线|网上|オンライン|온라인|화상)")


def cjk_place(text: str) -> str | None:
    """Where Chinese, Japanese or Korean prose says the event was held."""
    for pattern in _CJK_PLACE:
        match = pattern.search(text)
        if match is not None:
            place = match.group("place").strip()
            if re.search(r"[\u3041-\u306d\u306f-\u309f]", place):
                continue  # a clause ("世界各地において"), not a place: only の may join nouns
            return "Online" if _CJK_ONLINE.match(place) else place
    return None
