"""Recognising people: names, roles, bios, and the lists they come in.

Pure functions over stripped lines. Names are told from roles and bios by shape: a name
is two to five capitalised words (particles such as ``van`` allowed, an honorific
dropped) or a CJK name with an optional romanisation in brackets; a role is a short line
without a closing full stop; a bio is made of sentences.
"""

from __future__ import annotations

import re

from generator.parse.interface import WEEKDAYS, interface_only
from generator.parse.places import CITIES

HONORIFICS = (
    "Dr.", "Dr", "Ms.", "Ms", "Mr.", "Mr", "Mrs.", "Mrs", "Prof.", "Prof", "Professor", "Amb.",
    "Ambassador", "Sir", "Dame", "H.E.", "Gen.", "General", "Adm.", "Admiral", "Hon.",
    "Lt.", "Lt", "Col.", "Colonel", "Maj.", "Capt.", "Captain", "Cdr.", "Brig.", "Sen.",
    "Senator", "Rep.", "Representative", "Rev.", "Reverend", "Honorable", "Honourable",
    "Excellency", "Mx.", "Dott.", "Herr", "Frau", "M.", "Mme", "Mme.", "Sr.", "Sra.",
    "Congressman", "Congresswoman", "Councillor", "PM", "Emeritus", "Prof", "Dr", "Amb",
    "Chancellor", "Minister", "President", "Governor", "Mayor", "Justice", "Judge",
    "SEM", "S.E.M.", "S.E.", "Mgr", "Mgr.", "Pr", "Pr.", "Dra.", "Lic.", "Ing.",
    "Shri", "Shri.", "Smt.", "Smt", "Sri", "Shrimati", "Herrn", "Monsieur", "Madame", "Don",
    "Doña", "Senators", "Senadora", "Senador", "Diputado", "Diputada", "Professeur",
    "Professeure", "Profesor", "Profesora", "Professorin", "Doctora", "VAdm", "VAdm.", "RAdm",
    "RAdm.", "Adml", "Adml.", "Vadm", "Radm",
    "h.c.", "phil.", "rer.", "nat.", "pol.", "habil.", "em.", "Univ.-Prof.", "Univ.-Prof",
    "Priv.-Doz.", "PD", "Dipl.-Ing.", "Dipl.-Kfm.", "Academician", "Lady", "Lord",
    "Baroness", "Baron", "H.E", "HE", "Col", "Gen", "Brig", "Maj", "Capt", "Cdr", "Adm", "Gp.",
    "Gp", "Cap.", "Cap", "Cdre.", "Cdre", "Commodore", "Air", "Wg", "Wg.", "Sqn", "Sqn.", "Ldr",
    "Ldr.", "Cmdr", "Cmdr.", "Cmde", "Cmde.", "Atty", "Atty.", "Engr", "Engr.", "Sayyid",
    "Sheikh", "Sheikha", "HH", "HRH", "MK", "Hon", "Datin", "Dato", "Dato'", "Datuk",
    "Excmo.", "Excma.", "Ilmo.", "Ilma.", "Coronel", "Comandante", "Almirante", "Général",
)  # fmt: skip
# Styles of several words, dropped before a name: "The Rt. Hon.", "His Excellency", "Lt. Gen."
_STYLE = re.compile(
    r"^(?:(?:the\s+)?(?:rt\.?|right)\s+hon(?:\.|ourable|orable)?|the\s+hon(?:\.|ourable|orable)?|"
    r"(?:his|her)\s+excellency|son\s+excellence|su\s+excelencia|seine\s+exzellenz|(?:lt\.?|lieutenant|maj\.?|major|brig\.?|brigadier)\s+gen(?:\.|eral)|"
    r"(?:rear|vice)\s+adm(?:\.|iral)|(?:associate|assistant|emeritus|adjunct|visiting)\s+"
    r"prof(?:\.|essor)?)\s+",
    re.I,
)
# Letters after a name belong to the role: "OBE", "MP", "PhD", "(ret.)", "(USMC, Ret.)"
_POSTNOMINALS = re.compile(
    r"(?:,?\s+(?:\((?:[^()]{0,20},\s*)?(?i:ret(?:\.|d\.?|ired)?)\)|O\.?B\.?E\.?|M\.?B\.?E\.?|"
    r"C\.?B\.?E\.?|KBE|DBE|KB|CMG|KCMG|GCMG|AO|AC|QC|KC|MP|MEP|MSP|PhD|Ph\.D\.?|DPhil|D\.Phil\.?|"
    r"Esq\.?|FRS|FBA|FRSA|PC|F[A-Z]{3,5}|DCMG|OAM|PSM|AM|AOM|USN|USMC|USAF|OSP|ndc|psc|"
    r"MAICD|GAICD))+$"
)
PARTICLES = frozenset(
    """
    van von de der den da dos du la le del della di bin binti al el ter ten zu af
    """.split()
)
SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "II", "III", "IV"})
# Words that make a short capitalised line a role or an organisation, not a name.
ROLE_WORDS = frozenset(
    """
    CEO CFO COO Acting Academy Akademie Académie Academia Commissioner Envoy Consul Attaché
    Sherpa Sous-Sherpa
    Chargé Ambassador-at-Large
    Dekan Dekanin Rektor Rektorin Präsident Präsidentin Direktor Direktorin Leiter Leiterin
    Botschafter Botschafterin Staatssekretär Staatssekretärin Abgeordneter Abgeordnete
    Staatsminister Staatsministerin Bundesminister Bundesministerin Fakultät Lehrstuhl
    Doyen Directeur Directrice Recteur Rectrice Ambassadeur Ambassadrice Ministre Président
    Présidente Chercheur Chercheuse Maître Délégué Déléguée Secrétaire Décano Decano Decana
    Rector Rectora Embajador Embajadora Ministro Ministra Presidente Presidenta Catedrático
    Catedrática Investigador Investigadora Subsecretaria Subsecretario Directora
    Profesor Profesora Professeur Professeure Professorin Subdirector Subdirectora Jefe Jefa
    Diplomacia Derecho Universidad Université Universität Ministerio Ministère Ministerium
    Internacional Internacionales Internationale Internationales Público Pública Nacional Nationale
    Estado Similar Comments Counselor Counsellor Conflicts
    Director Directors Fellow Fellows Professor Scholar Chair Chairman Chairwoman Senior
    Associate Program Programme Center Centre Institute University College Endowment
    Foundation Council Ministry Department School Office President Editor Counsel Chief Head
    Minister Secretary Deputy Vice Executive Research Visiting Resident Distinguished Former
    Nonresident Adjunct Lecturer Analyst Correspondent Manager Officer Advisor Adviser Dean
    Partner Founder Coordinator Policy Studies Affairs International Global Security
    Initiative Group Company LLP Inc Ltd Online Live Virtual Agenda Session Panel Discussion
    Highlights Summary Synopsis Key Points The And Of For On In At To With From Event Events
    Speakers Speaker Participants Moderator Moderators Discussants Related Publications
    Registration Photos Audio Video Reception Remarks Welcome Opening Closing Keynote Q&A
    Questions Answers Conclusion Introduction Overview Background Lunch Break Coffee Address
    Ambassadorial Embassy Committee Commission Board Agency Bureau Service Press Times Post
    Journal News Media Asia Pacific America Europe Africa Middle East Relations Economy
    Economics Trade Defense Defence Strategy Strategic Nuclear Korea China Japan India
    Russia Iran States United Kingdom Union Peninsula Talks Cooperation Development Future
    Perspectives Challenges Opportunities Outlook Dialogue Roundtable Conference Forum
    Workshop Seminar Symposium House Society Association Alliance Network Club Library
    Museum Hotel Room Street Avenue Square Review Affairs Assembly Parliament Congress Senate
    Government Administration Army Navy Force Command Bank Capital Group Project Projects
    Lab Laboratory Studies Watch Daily Herald Tribune Guardian Economist Magazine Radio
    Television Broadcasting Publishing Publications Books Session Sessions Panels Agenda
    Washington London Tokyo Beijing Seoul Paris Berlin Brussels Singapore Canberra Sydney
    Taipei Moscow Delhi Geneva Vienna Hall Theater Theatre Auditorium Welcome Register Live
    National Interest Institution Institutions Enterprise Peace Freedom Democracy Human Rights
    Trust Fund Fondation Fundación Fundacion Stiftung Institut Instituto Universität Université
    Universidad Zentrum Centro Gesellschaft Verband Vorsitzender Vorsitzende Präsident Präsidentin
    Direktor Direktorin Leiter Leiterin Botschafter Botschafterin Bundesminister Abgeordnete
    Abgeordneter Directeur Directrice Président Présidente Ambassadeur Ambassadrice Embajador
    Embajadora Presidente Presidenta Directora Ministerio Ministère Ministerium Korrespondent
    Korrespondentin Forscher Forscherin Referent Referentin Journalist Journalistin Autor
    Autorin Wissenschaftler Wissenschaftlerin Professorin Ministerin Geschäftsführer
    Geschäftsführerin Bürgermeister Bürgermeisterin Leiterin Redakteur Redakteurin Kommission
    Parlament Parlaments Bundesregierung Regierung Europäischen Europäische Europäischer
    Bundestages Deutschen Deutsche Nationale Nationalen Internationale Internationalen Palacio
    Regional Social Cultural Political Economic Public Foreign Military Environmental Legal
    Historical Contemporary Modern Advanced Applied Comparative Religious Islamic Asian
    European American African Chinese Japanese Korean Indian Australian Zeitung Neue Neuen
    Allgemeine Rundschau Tageszeitung Nachrichten Novelist Poet Artist Writer Filmmaker
    Photographer Activist Defector Entrepreneur Investor Scientist Engineer Author Historian
    Sala Auditorio Museo Teatro Biblioteca Palais Salle Musée Bibliothèque Maison Saal Haus
    Estudios Latinoamericanos Internacionales Asiáticos Europeos Études Internationales
    """.split()
)

_CJK = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
# First characters of the commonest Chinese and Japanese family names.
CJK_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤傅常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
    "佐鈴铃渡伊山中小加松井木斎斋清森池橋桥阿前藤岡冈長长村坂遠远青西福太原三竹上野平大安菅岸"
    "朴权權玄延鞠洪阎戈甄栾冀邝邬姬盐鲶"
)
_HANGUL = r"[\uac00-\ud7a3]"
# Korean family names (one syllable, and the common two-syllable ones).
HANGUL_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄원천"
    "방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형"
    "피두감음빈동온호범좌팽승간상갈시"
)
HANGUL_DOUBLE_SURNAMES = frozenset("남궁 제갈 선우 독고 황보 사공 서문 동방".split())
_HANGUL_NOT_NAMES = frozenset(
    "조회수 개회사 폐회사 축사문 환영사 사회자 발표자 토론자 참가자 참석자 주최측 연구원 연구소 "
    "대학교 위원회 전문가 관계자 기자단 학술회 세미나 심포지 포럼은 토론회 발표회 설명회 간담회 "
    "기념식 기조연 주제로 주제는 장소는 일시는 공지사 자료집 초청장 신청서 안내문 보도자 "
    "국제회 국내회 한중일 한미일 남북한 북한의 한국의 중국의 일본의 미국의 정부의 통일부 외교부 "
    "국방부 국회의 대통령 장관은 대사관 상태바".split()
)
"""Three-syllable words of event pages that open with a family name's syllable."""
_HANGUL_NAME = re.compile(rf"^{_HANGUL}{{2,4}}(?:\s?[(（][A-Za-z][^()（）]{{1,60}}[)）])?$")
_CJK_NAME = re.compile(
    rf"^(?:{_CJK}{{2,5}}|{_CJK}{{1,2}} {_CJK}{{1,3}})(?:\s?[(（][^()（）]{{2,60}}[)）])?$"
)
_NAME_WORD = re.compile(
    r"^(?:[^\W\d_]\.)+[^\W\d_]?$|^[^\W\d_][^\W\d_'’.\-]*(?:[-'’][^\W\d_]+)*\.?$"
)
WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
"""A kana, CJK ideograph or Hangul syllable: the scripts written without spaces between
words (Korean aside), where word counts say little."""
_TERMINAL = tuple('.!?。！？…"”’)')


_TITLE_WORDS = frozenset(h for h in HONORIFICS if len(h.rstrip(".")) > 2) - {"Sir", "Dame"}


ROLE_STEM = re.compile(
    r"^(?:\w*minister|präsident|direktor|wissenschaftler|politiker|\w*ökonom|\w*autor|"
    r"forscher|leiter|botschafter|vorsitzend|sprecher|referent|journalist|korrespondent|"
    r"abgeordnet|berater)(?:in|innen|en|e|er|s)?$"
)
"""German role nouns, which are capitalised like names (``DIW-Präsident``, ``Autorin``)."""
_ORG_SUFFIX = re.compile(
    r"(?:zentrum|studien|universität|stiftung|institut|verband|gesellschaft|ministerium|"
    r"akademie|hochschule|kammer|behörde|agentur|schaft)$",
    re.I,
)


_ARTICLES = frozenset(
    "A The Die Der Das Den Dem Des Les Los Las Une Ein Eine You Your We Our This These".split()
)
_ORG_NOUNS = frozenset(
    """comité comisión oficina consejo instituto universidad fundación centro
    ministerio embajada cámara asociación política programa departamento dirección secretaría
    conseil institut université fondation centre ministère ambassade chambre association
    politique programme département direction commission committee council office ministry
    embassy university institute foundation center centre department academia académie
    banque bank banco diputación ayuntamiento gobierno junta parlamento congreso senado
    akademie academy escuela école colegio""".split()
)
"""Nouns that open the name of an organisation, never a person's."""


def strip_honorific(name: str) -> str:
    """``Dr. Jane Roe`` -> ``Jane Roe``; ``The Rt. Hon. Jane Roe MP`` -> ``Jane Roe``;
    ``Tsuneo “Nabe” Watanabe`` -> ``Tsuneo Watanabe``."""
    text = " ".join(name.split())
    text = re.sub(
        r"(?<=\S)\s+\((?i:ret\.?|retd\.?|retired)\)\s+(?=\S)", " ", text
    )  # "Adm. (Ret.) X"
    text = re.sub(r"\s[“\"‘][^”\"’\s]{1,20}[”\"’]\s", " ", text)
    # "宍戸健一 (JP-MIRAI 理事)": a house and a post in brackets after a space (a romanised
    # name in brackets, "王明(Wang Ming)", stays)
    text = re.sub(
        r"(?<=\S)\s+[(（](?![A-Z][a-z]+(?:[ -][A-Z][a-z]+)*[)）])[^()（）]{1,40}[)）]$", "", text
    )
    bare = _POSTNOMINALS.sub("", text).rstrip(",")
    if len(bare.split()) >= 2:
        text = bare
    style = _STYLE.match(text)
    if style is not None and len(text[style.end() :].split()) >= 2:
        text = text[style.end() :]
    words = text.split()
    glued = _GLUED_ROLE.match(words[-1]) if len(words) >= 2 else None
    if glued is not None and glued.group(2) in ROLE_WORDS:
        words[-1] = glued.group(1)  # "David CarmentEditor": the role glued to the name
    if words and _CJK_STYLE_END.search(words[-1]) and len(words[-1]) >= 3:
        words[-1] = _CJK_STYLE_END.sub("", words[-1])  # "野口健氏": the name without its style
    titled = _ZH_TITLE_END.fullmatch(words[0]) if len(words) == 1 else None
    if titled is not None:
        words[0] = titled.group(1)  # "肖平教授": the name alone
    while len(words) > 2 and (
        words[0] in HONORIFICS
        or (words[0].isupper() and words[0].capitalize() in HONORIFICS)  # "DR JOËLLE GERGIS"
        or re.fullmatch(r"[A-Z][\w.]*-based", words[0]) is not None  # "US-based Tom Palmer"
        or words[0] == "M"
        or words[0].rstrip(":") in _ROLE_LABELS
        or re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{5,}(?:erin|orin)", words[0]) is not None
        or words[0] in GERMAN_ROLES
        or words[0].rsplit("-", 1)[-1] in GERMAN_ROLES  # "ARD-Meteorologe Karsten Schwanke"
        # "(Bundesministerin für Bildung und) Forschung Anja Karliczek": a German noun
        or re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{3,}(?:ung|heit|keit|schaft|ität)", words[0]) is not None
    ):  # "Wirtschaftsförderin Sabine Yang-Schmidt", "Lyriker Max Czollek": a German role
        words = words[1:]
    return " ".join(words)


_GLUED_ROLE = re.compile(r"^([A-Z][a-z]{2,})([A-Z][a-z]{3,})$")
_CJK_STYLE_END = re.compile(r"(?<=[\u4e00-\u9fff\u30a0-\u30ff])(?:氏|さん|様|先生)$")
_ZH_TITLE_END = re.compile(
    r"([\u4e00-\u9fff]{2,3})(?:副教授|教授|副研究员|研究员|研究員|博士|老师|老師|女士|大使)"
)
"""A Chinese name of two or three characters and the title after it (``肖平教授``)."""
GERMAN_ROLES = frozenset(
    """Lyriker Politiker Historiker Journalist Autor Schriftsteller Soziologe Publizist
    Politologe Ökonom Philosoph Künstler Regisseur Musiker Wissenschaftler
    Rechtsanwalt Pfarrer Theologe Psychologe Jurist
    Migrationsforscher Politikwissenschaftler Sozialwissenschaftler Kabarettist Liedermacher
    Rapper Filmemacher Fotograf Meteorologe Meteorologin Wetterexperte Experte Expertin""".split()
)
"""German roles printed before a name without a comma (``Lyriker Max Czollek``)."""
_ROLE_LABELS = frozenset(
    """Conférencier Conférencière Modérateur Modératrice Intervenant Intervenante Animateur
    Animatrice Moderator Moderatorin Speaker Panelist Panellist Discussant Ponente Moderador
    Moderadora Presentador Presentadora Referent Referentin Keynote""".split()
)
"""A part in the programme printed before the name (``Conférencier M Yutaka IIMURA``)."""


ZH_SAID = "强调|表示|指出|认为|介绍|提出|谈到|说|主持|致辞|发言|主讲|主講|作报告|作報告"
"""Verbs a Chinese report puts right after a name (``李民强调``): never part of it."""
_CJK_SAID = re.compile(rf"(?:{ZH_SAID}|強調|指摘|述べ)$")


_PLACE_ENDS = frozenset(
    """City Province State County Prefecture Region District Island Islands Peninsula
    Sea Ocean Republic Kingdom Chapter Branch Campus Valley Bay Coast Strait Straits
    Compostela España México Francia Alemania Italia Japón Europa América África""".split()
)
"""Last words of a place or of an organisation's branch, never of a person's name."""
_PLACE_STARTS = frozenset("Cape Mount Lake Port Fort Gulf Sri Ciudad New".split())
_ORG_ENDS = frozenset(
    """Support Management World Capital Partners Holdings Solutions Services Systems Network
    Group Media Bank Banque Crescent Alliance Initiative Project Economics Económicas
    Económica Politics Studies Sciences Marine Energy Technologies Consulting Associates
    Trust Fund Agency Authority Company Corporation Limited Ltd Inc Uni Member Members Progress
    Solidarity LLC LLP GmbH Corp Speech Undersecretary Lecture Lectures Seminar Symposium
    Conference Series Dialogue Workshop Roundtable Summit Colloquium Webinar""".split()
)
"""Last words of an organisation's name, never of a person's (``Purus Marine``,
``Banque de France``, ``Qatar Red Crescent``)."""
_NOT_FIRST = frozenset(
    """Alongside Following Including Featuring During After Before Among Besides Despite
    Joining Thanks According Moderated Chaired Hosted Facilitated With Without Between
    Beyond Under Over Through Join Meet Hear Welcome Watch Register Read See Visit Follow
    Con Avec Mit Sin Sans Ohne Entre Durante Tras Après Nach""".split()
)
"""Words that open a sentence before a name (``Alongside Harris``, ``Join Joel Wit``: a
verb), never a name's first."""
_PLACE_NAMES = frozenset(
    " ".join(place.split())
    for place in """Hong Kong|New York|Los Angeles|San Francisco|Costa Rica|Puerto Rico|
    New Delhi|New Zealand|Saudi Arabia|South Africa|South Korea|North Korea|Latin America|
    East Asia|Southeast Asia|South Asia|Central Asia|Middle East|Buenos Aires|Rio de Janeiro|
    Kuala Lumpur|Abu Dhabi|Tel Aviv|Sao Paulo|São Paulo|Ho Chi Minh|Phnom Penh|Da Nang|
    El Salvador""".split("|")
)
"""Places of two or more words that read like a name."""
"""First words of a place's name, never of a person's."""
_PLACE_SURNAMES = frozenset("Hall House Bank Church Field Wood".split())
"""Words of a building or a place that are also family names (Todd Hall, Edward House):
read as names after a style."""
ZH_CITIES = frozenset(
    "上海 北京 天津 重庆 南京 广州 深圳 香港 澳门 台北 武汉 杭州 成都 西安 高雄 台中".split()
)
"""Cities whose first character is also a family name (上海): never a person."""
CJK_FIELD_WORDS = frozenset(
    "主催 共催 後援 協賛 協力 会場 日時 場所 主办 承办 协办 主辦 承辦 協辦 地点 時間 时间 "
    "司会 主持".split()
)
"""Labels of an event's fields whose first character is also a family name (主, 司, 時)."""


def looks_like_name(line: str) -> bool:
    """True when a whole line reads as a person's name."""
    text = line.strip().rstrip(",")
    if not text or len(text) > 60:
        return False
    if _HANGUL_NAME.match(text):
        base = text.split("(")[0].split("（")[0].strip()
        if len(base) == 4:  # "남궁민수": only after a family name of two syllables
            return base[:2] in HANGUL_DOUBLE_SURNAMES
        return len(base) == 3 and base[0] in HANGUL_SURNAMES and base not in _HANGUL_NOT_NAMES
    if _CJK_NAME.match(text):
        if text in ZH_CITIES or text in CJK_FIELD_WORDS:
            return False  # "主催": a programme's field ("organised by"), not a person
        if re.search(r"[一二三四五六七八九十\d]+[年月日]", text):
            return False  # "金秋十月": "golden autumn, October", a season, not a person
        if _CJK_SAID.search(text.split("(")[0].split("（")[0]):
            return False  # "李民强调": a name and the verb after it ("emphasised")
        # Short CJK headings look like names too: demand a common surname or a romanisation.
        return text[0] in CJK_SURNAMES or bool(re.search(r"[(（][A-Za-z]", text))
    if len(text.split()) == 2 and text.split()[0] in HONORIFICS:
        return False  # "Dr Cook": a title and a surname, not a full name
    words = strip_honorific(text).split()
    styled = len(words) < len(text.split())  # "Professor Todd Hall": a person, so Hall a name
    if not 2 <= len(words) <= 5 or words[0] in _NOT_FIRST:
        return False  # "Join Joel Wit", "Alongside Harris": a verb or a sentence's opening
    if words[0] in _ARTICLES or words[0].casefold() in _ORG_NOUNS:
        return False  # "Die Veranstaltung", "Comité de Agricultura": a thing, not a person
    if words[-1] in _ORG_ENDS:
        return False  # "Purus Marine": a company
    if words[-1] in _PLACE_ENDS or words[0] in _PLACE_STARTS or " ".join(words) in _PLACE_NAMES:
        return False  # "Cape Town", "Western Province", "Toronto Chapter": a place, a branch
    if re.fullmatch(r"[A-Z]{2,5}", words[0]) and " ".join(words[1:]) in CITIES:
        return False  # "UC San Diego": a university's campus
    capitalised = 0
    for index, word in enumerate(words):
        if word in SUFFIXES and index > 0:
            continue
        if word.lower() in PARTICLES and 0 < index < len(words) - 1:
            continue
        if not _NAME_WORD.match(word) or not word[0].isupper():
            return False
        if styled and index == len(words) - 1 and word in _PLACE_SURNAMES:
            capitalised += 1
            continue
        if (
            word.rstrip(".") in ROLE_WORDS
            or word.rsplit("-", 1)[-1] in ROLE_WORDS  # "Co-Director", "Vice-President"
            or word.endswith(("'s", "’s"))
            or word in _TITLE_WORDS
        ):
            return False
        if _ORG_SUFFIX.search(word) or any(
            ROLE_STEM.search(part) or part.capitalize() in ROLE_WORDS
            for part in word.lower().split("-")
            if len(part) > 2
        ):
            return False  # "Vice-President", "Scholars-in-residence"
        capitalised += 1
    # A full stop may end an initial or a suffix, never the name itself.
    last = words[-1]
    if capitalised < 2 or (last.endswith(".") and len(last) > 2 and last not in SUFFIXES):
        return False
    # "Teilen Drucken", "Am Donnerstag": a site's buttons, a day (tested last: the dearest)
    return not (interface_only(text) or any(w.casefold() in WEEKDAYS for w in text.split()))


def is_sentence(line: str) -> bool:
    """True for prose: ends like a sentence, or is too long to be a name or a role."""
    text = line.strip()
    words = text.split()
    if text.endswith(_TERMINAL) and len(words) >= 4:
        return True
    if re.search(_CJK, text) and text.endswith(("。", "！", "？")) and len(text) >= 8:
        return True  # CJK prose has no spaces to count words by
    if len(WIDE.findall(text)) >= 40 and re.search(r"[，,、。.]", text):
        return True
    return len(words) > 16


def written_if_different(written: str, name: str) -> str | None:
    written = " ".join(written.split())
    return written if written != name else None


_CJK_WITH_ROLE = re.compile(
    r"^(?P<name>[^\s(（,，]{1,6}(?: [^\s(（,，]{1,6})?)\s*"
    r"[(（](?P<role>[^()（）A-Za-z][^()（）]{1,80})[)）]$"
)


def split_name_role(entry: str) -> tuple[str, str | None] | None:
    """``Jane Roe, Senior Fellow, Some Institute`` -> (``Jane Roe``, ``Senior Fellow, ...``).

    Splits at a colon right after the name (``Jane Roe: Director of …``) or at the first
    comma, and only when what stands before it is a name.
    """
    text = entry.strip().strip(";").strip()
    cjk = _CJK_WITH_ROLE.match(text)
    if cjk is not None and looks_like_name(cjk.group("name")):
        return cjk.group("name"), cjk.group("role").strip()
    hangul = re.match(r"^(?P<name>[\uac00-\ud7a3]{2,4})\s+(?P<role>\S.{1,80})$", text)
    if hangul is not None and looks_like_name(hangul.group("name")) and "," not in text:
        return hangul.group("name"), hangul.group("role").strip()
    named, colon, after = text.partition(": ")
    if colon and len(named.split()) <= 4 and looks_like_name(named) and after[:1].isupper():
        return strip_honorific(named), after.rstrip(".").strip() or None  # "X: Director of …"
    if "," not in text:
        return (strip_honorific(text), None) if looks_like_name(text) else None
    name, role = (part.strip() for part in text.split(",", 1))
    if not looks_like_name(name):
        return None
    return strip_honorific(name), (role.rstrip(".").strip() or None)


ORG_JOINS = frozenset("for of on and the de du des del der für".split())
"""The small words inside an organisation's name (``Centre for X``, ``Institute of Y``)."""


def trailing_name(candidate: str) -> tuple[str, str] | None:
    """The name at the end of ``Carnegie Center Director Paul Haenle``: (as written, name)."""
    words = candidate.rstrip(".,;:").split()
    for end, word in enumerate(words[:-1]):
        if word.endswith(".") and len(word) > 4 and word not in HONORIFICS:
            words = words[: end + 1]  # "Dana Whitfield. Esteemed speakers": the sentence ends
            words[-1] = word.rstrip(".")
            break
    for start in range(len(words) - 1):
        if start and words[start - 1] in ORG_JOINS:
            continue  # "The Centre for Transboundary Water": the end of a house's name
        written = " ".join(words[start:])
        name = strip_honorific(written)
        if looks_like_name(name):
            return written, name
    return None


def split_names(listing: str) -> list[str]:
    """Split ``A, B,  C, and D,`` into names, dropping empty entries."""
    parts = re.split(r"\s*[,;，、]\s*|\s+and\s+", listing.strip())
    names = []
    for part in parts:
        part = re.sub(r"^and\s+", "", " ".join(part.split())).strip(" .")
        if part:
            names.append(part)
    return names


# "X's Name hosted", "Name will moderate", "moderated by Name" ...
_TOKEN = r"[A-Z][\w.\-–]*(?:['’][A-Z][\w.\-–]*)?"
_PERSON = rf"(?P<name>{_TOKEN}(?:\s+(?:{_TOKEN}|{'|'.join(sorted(PARTICLES))})){{1,4}})"
_ORG = rf"(?P<org>(?:{_TOKEN}\s+){{0,5}}?{_TOKEN}(?:\s+&\s+{_TOKEN})?)['’]s\s+"
_HOSTED = r"\s+(?:co-)?(?:hosted|will host|hosts|convened|will convene)\b"
_COHOST = rf"(?:\s+and\s+{_PERSON.replace('?P<name>', '?P<cohost>')})?"
# ", director of the Carnegie–Tsinghua Center," between a name and its verb.
_APPOSITIVE = r"(?:,\s+[^,.;]{3,90},)?"
HOST_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?:^|(?<=[.;:!?]\s)|(?<=\bby\s)){_ORG}{_PERSON}{_COHOST}{_HOSTED}"),
    re.compile(rf"(?:^|(?<=\s)){_PERSON}{_COHOST}{_APPOSITIVE}{_HOSTED}"),
    re.compile(rf"\b(?:co-)?hosted\s+by\s+(?:{_ORG})?{_PERSON}"),
    # "白莉娟(Jan Carol Berris)主持了本次对话"
    re.compile(
        rf"(?:^|(?<=[。；]))(?P<name>{_CJK}{{2,5}}(?:\s?[(（][^()（）]{{2,60}}[)）])?)(?:主持|主办)"
    ),
)
MODERATOR_PATTERNS = (
    re.compile(
        rf"(?:^|(?<=\s)){_PERSON}{_APPOSITIVE},?\s+"
        r"(?:moderated|will moderate|moderates|moderating)\b(?!\s+by\b)"  # not "…, moderated by C"
    ),
    re.compile(rf"\bmoderated\s+by\s+(?:{_ORG})?{_PERSON}"),
    # "Moderating this discussion is Brie Loskota, Executive Director of …"
    re.compile(
        r"\b(?:Moderating|Chairing|Leading)\s+(?:this|the|today[’']s|our)\s+(?:\w+\s+){0,2}?"
        rf"(?:is|was|will be)\s+(?:(?:Dr|Prof|Professor|Ambassador|Amb)\.?\s+)?{_PERSON}"
    ),
)


def same_person(a: str, b: str) -> bool:
    """``Jessica T. Mathews`` and ``Jessica Tuchman Mathews``: the same first and last name,
    middle names that agree where both are given (an initial matches its name)."""
    wa, wb = a.casefold().split(), b.casefold().split()
    if len(wa) < 2 or len(wb) < 2 or wa == wb:
        return wa == wb
    if wa[0] != wb[0] or wa[-1] != wb[-1]:
        return False
    ma, mb = wa[1:-1], wb[1:-1]
    if not ma or not mb or len(ma) != len(mb):
        return False
    return all(
        x.rstrip(".")[:1] == y.rstrip(".")[:1] and (x.endswith(".") or y.endswith(".") or x == y)
        for x, y in zip(ma, mb, strict=True)
    )
