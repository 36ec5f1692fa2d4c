"""People written the ways publishers write them outside a labelled list.

Pure functions over normalised text:

* ``name_role_line``: one line that is a person and their role: ``Jane Roe, Senior Fellow,
  X``; ``Jane Roe - Director``; ``Jane Roe (Some University)``; ``JANE ROE, role
  (Moderator)``; ``정진영 경희대 교수``.
* ``bio_opening``: a bio paragraph that opens with the full name (``Jane Roe is the
  director of ...``).
* ``people_in_prose``: the list after "Panelists included", "speakers include", "featuring",
  "in conversation with"; and the person after "moderated by" / "chaired by".
* ``semicolon_run``: ``Name, Role; Name, Role; ... Moderated by X.`` standing alone.

Each needs a role-shaped companion (a role word, an organisation) or a trigger phrase, so
that a name merely mentioned in prose never becomes a participant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from generator.parse.hanzi import as_written, is_chinese, traditional_read
from generator.parse.ja_names import japanese_names
from generator.parse.names import (
    CJK_SURNAMES,
    GERMAN_ROLES,
    HANGUL_DOUBLE_SURNAMES,
    HANGUL_SURNAMES,
    HONORIFICS,
    ROLE_WORDS,
    WIDE,
    ZH_CITIES,
    ZH_SAID,
    is_sentence,
    looks_like_name,
    strip_honorific,
)

_ROLE_HINTS = frozenset(
    """
    director directors fellow professor president chair chairman chairwoman chairperson
    minister ambassador member author editor columnist correspondent chief founder co-founder
    ceo cfo coo head adviser advisor analyst researcher research lecturer dean secretary
    officer manager university institute center centre foundation council commission
    committee ministry department school college academy program programme project
    initiative government embassy bank corporation company group times post journal news
    reporter journalist partner counsel representative deputy former senior associate
    assistant executive principal lead coordinator scholar expert specialist consultant
    commander general admiral envoy delegate governor mayor senator congressman
    congresswoman mp parliament leader vice chancellor provost rector board trustee staff
    advisory forum society association alliance party office agency bureau service army
    navy command court judge lawyer attorney economist historian scientist producer anchor
    moderator panelist panellist speaker keynote retired emeritus visiting nonresident
    non-resident adjunct distinguished honorary student candidate fellowship laboratory lab
    studies affairs policy strategy security relations international global national
    foreign defense defence press media magazine review broadcaster host presenter
    commentator founder owner consul attaché attache chargé minister-counsellor counsellor
    counselor sherpa vice-president vice-chair chief-of-staff diplomat politician writer
    members fellows directors professors experts scholars officials leaders diplomats
    panelists panellists speakers researchers analysts journalists ministers ambassadors
    novelist poet artist filmmaker photographer activist defector entrepreneur investor
    engineer
    professorin direktor direktorin leiter leiterin vorsitzender vorsitzende botschafter
    botschafterin korrespondent korrespondentin forscher forscherin referent referentin
    journalist journalistin autor autorin präsident präsidentin abgeordnete abgeordneter
    wissenschaftler wissenschaftlerin politikwissenschaftler stiftung universität institut
    zentrum bundestag botschaft ministerin geschäftsführer geschäftsführerin
    professeur professeure directeur directrice ambassadeur ambassadrice chercheur
    chercheuse président présidente journaliste ancien ancienne ministre conseiller
    conseillère fondateur fondatrice délégué déléguée député députée sénateur sénatrice
    économiste sinologue université fondation école enseignant enseignante officier
    spécialiste maître chargé chargée responsable docteur docteure doctora doctorante
    académico académica académicos académicas expertos expertas investigadores profesores
    especialistas ponentes panelistas universitaire universitaires chercheurs professeurs
    experts scholars academics researchers professors analysts experten
    profesor profesora director directora embajador embajadora investigador investigadora
    catedrático catedrática periodista presidente presidenta redactor redactora jefe jefa
    ministro ministra secretario secretaria asesor asesora analista decano decana rector
    rectora fundador fundadora consejero consejera diputado diputada senador senadora
    experto experta universidad instituto fundación centro especialista coordinador
    coordinadora
    """.split()
)
_CJK_ROLE = re.compile(
    r"(?:교수|연구위원|연구원|원장|소장|위원|대사|장관|차관|박사|대표|기자|의원|부장|실장|국장|센터장|"
    r"대학|연구소|재단|협의회|학회|학원|총장|이사장|회장|대사|"
    r"大学|研究所|教授|研究員|研究员|所長|所长|理事長|理事长|院長|院长|大使|主任|会長|会长|社長|"
    r"大学|研究所|研究院|研究センター|学院|博士|委员|委員|部長|部长|局長|局长|主席|副|記者|记者|議員|"
    r"長官|司令官|大臣|コメンテーター|審議官|理事|顧問|代表|総長|学長|会頭)"
)
_WORD = re.compile(r"[\w’'-]+")


_ROLE_STEM = re.compile(
    r"(?:minister|präsident|direktor|professor|wissenschaftler|politiker|ökonom|autor|expert|"
    r"forscher|leiter|botschafter|vorsitzend|sprecher|referent|journalist|korrespondent|"
    r"abgeordnet|chef|berater)(?:in|innen|en|e|er|s)?$"
)


def has_role_words(text: str) -> bool:
    """Whether ``text`` reads as a role or an organisation (any language)."""
    if _CJK_ROLE.search(text):
        return True
    for word in _WORD.findall(text):
        low = word.lower().strip("’'-")
        if low in _ROLE_HINTS or _ROLE_STEM.search(low) or low.rsplit("-", 1)[-1] in _ROLE_HINTS:
            return True
        if len(low) >= 9 and low.endswith(("erin", "orin")) and word[:1].isupper():
            return True  # a German role of a woman ("Wirtschaftsförderin")
    return False


@dataclass(frozen=True)
class Person:
    written: str
    """The name as written (an honorific or post-nominal letters included)."""
    role: str | None
    moderator: bool = False

    @property
    def name(self) -> str:
        return strip_honorific(self.written)


_VERB = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|hosted|hosts|said|says|spoke|speaks|"
    r"discussed|discusses|moderated|moderates|presented|presents|joined|led|gave|delivered|"
    r"opened|argued|noted|explained|welcomed|introduced|chaired|attended|participated|offered|"
    r"shared|provided|talked|gives|leads|opens|kicked|took|made|told|asked|answered|"
    r"ont|sont|participaron|intervinieron|presentaron|expusieron|inauguraron|hielten|sprachen|"
    r"diskutierten|ist|war|wird|spricht|referiert|est|sera|était|fue|será)\b"
)
_MODERATOR_NOTE = re.compile(
    r"\s*[(\[]\s*(?P<kw>moderator|chair|presider|host|discussant|keynote(?: speaker)?)\s*[)\]]\s*$",
    re.I,
)
_MODERATOR_ROLE = re.compile(r"^(?:moderator|chair|presider|moderating|chairing)\b", re.I)
_DASH = re.compile(r"\s+[-–—|]\s+|\s*[|]\s*")
_CJK_BRACKETS = re.compile(r"^(?P<name>[^\s(（]{2,12})\s*[(（](?P<role>[^()（）]{2,80})[)）]$")


def _role(text: str) -> str | None:
    role = text.strip().strip(",;").strip().lstrip("-–—•· ").strip()
    return role or None


_CLAUSE_VERB = re.compile(
    r",\s+(?!based\b|located\b|retired\b|elected\b|appointed\b|named\b|attended\b|visited\b|"
    r"received\b|listened\b|watched\b|followed\b|invited\b)[a-z]{3,}ed\s+"
    r"(?:on|at|about|in|to|with|the|a|an|his|her|their|that|how)\b"
)
"""``, lectured on``, ``, talked about``: a verb in the past after the role, so the line
is a sentence of a report, not a name with a role."""


def name_role_line(text: str) -> Person | None:
    """A line that is one person and their role, else None."""
    plain = _ABBREVIATION.sub(r"\1", text)  # "Mr. Tosi Mpanu Mpanu (SBSTA Chair)"
    plain = re.sub(r"\s*\([^()]*\)$", "", plain)
    if len(text) > 300 or (is_sentence(plain) and text.count(",") < 1):
        return None
    moderator = False
    note = _MODERATOR_NOTE.search(text)
    core = text
    if note is not None:
        moderator = note.group("kw").lower() in ("moderator", "chair", "presider", "host")
        core = text[: note.start()]
    person = _split(core)
    if person is None:
        return None
    written, role = person
    if role is not None and _VERB.search(role):
        return None  # "Jane Roe, director of X, hosted a roundtable.": a sentence
    if role is not None and _CLAUSE_VERB.search(role):
        return None  # "Amb. X, the Consul General, lectured on … at Baruch College": a report
    if role is not None and len(text) > 120 and _SAID_WITH_ROLE.search(role):
        return None  # "X, directora de …, trató la importancia de …": a report's sentence
    if role is not None and note is not None:
        role = f"{role} {note.group(0).strip()}"
    elif note is not None:
        role = note.group(0).strip()
    if role is not None and _MODERATOR_ROLE.match(role):
        moderator = True
    return Person(written, role, moderator)


_CJK_TITLE_IN = re.compile(
    r"(?:理事長|会長|代表|教授|大臣|議員|大使|社長|所長|部長|幹事長|院長|局長|研究員|"
    r"委員長|知事|市長|総裁|主任|主席|校長|学長|総長)"
)


_ORG_IN_BRACKETS = re.compile(
    r"\bUniv\.|\b(?:Universit[yéà]t?|Universidad|Universidade|Institut|Institute|Instituto|"
    r"Center|Centre|Centro|Zentrum|Foundation|Fondation|Stiftung|Fundación|Academy|Académie|"
    r"Akademie|Ligue|League|Ministry|Ministère|Ministerio|Ministerium|Embassy|Ambassade|"
    r"Embajada|Botschaft|College|Collège|School|École|Escuela|Council|Conseil|Society|Société|"
    r"Agency|Agence|Bank|Banque)\b|^(?-i:[A-Z][A-Za-z]?[A-Z]{1,6})(?:[-–/][A-Z]{2,8})?$",
    re.I,
)
"""An organisation in brackets after a name: where the person is from."""


def _split(text: str) -> tuple[str, str | None] | None:
    text = text.strip().lstrip("-–—•·*").strip()  # "-Andrew Yeo, Brookings Institution"
    cjk = _CJK_BRACKETS.match(text)
    if cjk is not None and (
        looks_like_name(cjk.group("name"))
        or (
            re.fullmatch(r"[\u4e00-\u9fff]{3,4}", cjk.group("name"))
            and _CJK_TITLE_IN.search(cjk.group("role"))
        )
    ):  # "服部健治(日中協会理事長)": a family name not on the list, a title that says who
        role = cjk.group("role")
        if re.match(r"^[A-Za-z]", role):  # a romanisation, not a role
            return None
        return cjk.group("name"), role
    bracket = re.match(
        r"^(?P<name>[^(（]{3,70}?)\s*[(（](?P<role>[^()（）]{2,240})[)）](?P<rest>.*)$", text
    )
    if bracket is not None and looks_like_name(bracket.group("name")):
        inner = bracket.group("role")
        if bracket.group("rest").strip() and not re.match(r"^\s*[,;–—-]", bracket.group("rest")):
            return None  # "박지민(재단 이사장)의 개회사 ...": a sentence goes on after the bracket
        rest = bracket.group("rest").strip(" ,;")
        if has_role_words(inner) or _ORG_IN_BRACKETS.search(inner):
            # "Gilles Manceron (Ligue des droits de l’Homme), Marianne et ses colonies"
            role = f"{inner}, {rest}" if rest else inner
            return bracket.group("name").strip(), role
        if not rest or not has_role_words(rest):
            return None  # "Kim (Jane)", "Burden Sharing (October 5, 2007)": no affiliation
        if not re.search(r"(?i)\bret(?:\.|d|ired)?\b", inner):
            # "Hervé Magro (turc 1984), directeur des Archives": a note, then the role
            return bracket.group("name").strip(), f"{rest} ({inner})"
        # "Lt. Gen. Jane Roe (ret.), Senior Adviser": letters after the name, then the role
    named, colon, after = text.partition(": ")
    if (
        colon
        and len(named.split()) <= 4
        and not after.startswith(("'", '"', "‘", "“", "«"))
        and looks_like_name(named)
        and has_role_words(after)
    ):
        return named.strip(), _role(after)  # "Katia Papagianni: Director of Policy, HD"
    dash = _DASH.search(text)
    if dash is not None and looks_like_name(text[: dash.start()]):
        role = text[dash.end() :]
        return (text[: dash.start()].strip(), _role(role)) if has_role_words(role) else None
    if ";" in text and ("," not in text or text.index(";") < text.index(",")):
        head, role = text.split(";", 1)  # "Susan A. Thornton; retired senior U.S. diplomat; …"
        if looks_like_name(head) and has_role_words(role):
            return head.strip(), _role(role)
    if "," in text:
        head, role = text.split(",", 1)
        first, last = text.rsplit(",", 1)
        if (
            not looks_like_name(head)
            and looks_like_name(last)
            and has_role_words(first)
            and len(first.split()) <= 8
        ):
            return last.strip(), _role(first)  # "Principal Fellow, Jane Roe"
        if looks_like_name(head) and has_role_words(role):
            # "Wallace Gregson, USMC (ret.)" and "John Smith, OBE" keep their letters
            return head.strip(), _role(role)
        # "Lt. Gen. Wallace Gregson (USMC, Ret.), Senior Director": the name's brackets
        whole = re.match(r"^(?P<name>[^,(]{3,60}\([^)]{1,30}\))\s*,\s*(?P<role>.+)$", text)
        if whole is not None and looks_like_name(whole.group("name")):
            role = whole.group("role")
            return (whole.group("name"), _role(role)) if has_role_words(role) else None
    return None


def name_then_title(text: str) -> Person | None:
    """``Abraham Denmark Director, Asia Program, Wilson Center``: the name, then its role
    with no comma between them (a table's two cells run together)."""
    words = text.split()
    if not 3 <= len(words) <= 24 or is_sentence(re.sub(r"\s*\([^()]*\)$", "", text)):
        return None
    for size in (2, 3, 4):
        if len(words) <= size:
            break
        name = " ".join(words[:size])
        title = words[size].strip(",")
        if (
            title[:1].isupper()
            and (title in ROLE_WORDS or title in _ROLE_OPENERS)
            and looks_like_name(name)
            and has_role_words(" ".join(words[size:]))
        ):
            return Person(name, " ".join(words[size:]))
    return None


_ROLE_OPENERS = frozenset(
    "Vice Deputy Senior Executive Managing Chief Assistant Associate Principal Special "
    "Former Acting Distinguished Visiting Adjunct Emeritus Founding".split()
)
"""Words that open a role after a name (``Paul Scharre Vice President``)."""


_BIO_VERB = re.compile(
    r"^(?P<name>(?:[A-ZÀ-Ý][\w.’'-]*\s+){1,4}[A-ZÀ-Ý][\w’'-]+(?:\s+(?:Jr\.|Sr\.|II|III))?)"
    r"(?:\s*\([^()]{1,60}\))?,?\s+"
    r"(?:is|was|serves as|served as|has been|holds|joined|leads|heads|directs|teaches|"
    r"co-founded|founded|"
    r"currently serves|is currently|est|était|dirige|enseigne|es|era|fue|dirige|ist|war|"
    r"leitet|lehrt)\b(?P<rest>.*)$"
)


def bio_opening(text: str) -> str | None:
    """The name a bio paragraph opens with (``Jane Roe is the director of ...``), or None."""
    match = _BIO_VERB.match(text)
    if match is None:
        return None
    written = match.group("name")
    if not looks_like_name(written):
        return None
    head = " ".join(match.group("rest").split()[:14])
    return written if has_role_words(head) else None


_TRIGGER = re.compile(
    r"\b(?:(?:speakers|panel(?:l)?ists|participants|discussants|presenters|guests|academics|"
    r"researchers|professors|ambassadors|invitees|"
    r"commentators|the panel|our panel|expert panel|experts|delegation|lineup|line-up|diskutanten|"
    r"scholars|diplomats|officials|analysts|specialists|thought-leaders|thought leaders|"
    r"referent(?:inn)?en|redner(?:n|innen)?|gäste|podiumsgäste|teilnehmer(?:innen)?|"
    r"gastgeber(?:in|innen)?|"
    r"intervenants|ponentes|conférenciers|orateurs|conferencistas|oradores|"
    r"participantes|panelistas)\b[^.;:]{0,120}?\b"
    r"(?:include[sd]?|including|like|such as|are|were|will be|comprise[sd]?|featured?|consists? of|"
    r"consisted of|is composed of|was composed of|(?:is|was) made up of|zählten|zählen|sind|"
    r"waren|gehörten|"
    r"sont|étaient|seront|son|fueron|serán|incluyen|incluyeron|notamment|parmi lesquels|"
    r"parmi eux|entre ellos|entre los que)\s*:?|"
    r"(?:scholars|experts|thought-leaders|thought leaders|specialists|analysts|diplomats|"
    r"officials|panel(?:l)?ists|participants|guests|ponentes|panelistas|conferencistas|"
    r"intervenants|conférenciers|referent(?:inn)?en)\b[^.;:]{0,80}?:|"
    r"(?-i:Gast|Gäste|Referent|Referentin|Redner|Rednerin) (?:ist|sind|war|waren)"
    r"(?=\s+(?-i:[A-Z]))|"
    r"(?:^|(?<=[.!?]\s))(?-i:Parmi) (?:eux|elles|lesquels|lesquelles|les intervenants),?"
    r"(?:\s+(?:les?|la)\s+[\wéè-]+)?|"
    r"(?:the panel|panell?ists|speakers)\b[^:]{0,80}?\b(?:from )?(?:left to right|l-r)\s*:|"
    r"(?:featuring:?|will feature:?|features:?|with remarks by|remarks by|"
    r"remarks were delivered by|"
    r"(?:was|were|will be) (?:held|made|given|offered|presented|delivered|hosted|"
    r"inaugurated|opened|moderated|chaired) by|"
    r"delivered by|in conversation with|a conversation with|(?<!phone )conversation between|"
    r"panel with|"
    r"im gespräch mit|en conversation avec|en conversación con|"
    r"discussion with|debate with|dialogue with|talk with|chat with|lecture by|address by|"
    r"(?:conférence|conferencia|charla|ponencia) (?:de|du|del)(?! presse| prensa)"
    r"(?=\s+(?:(?:la |el |le )?(?-i:Professeur|Professeure|Profesor|Profesora|Prof|Dr|M|Mme)\.?\s|"
    r"(?-i:[A-Z][\w'’-]+\s+[A-Z])))|Vortrag von(?=\s+(?-i:[A-Z]))|"
    r"(?:was|were) held with|took place with|"
    r"(?:^|(?<=\.\s))(?-i:The|Our) (?:panell?ists|speakers|participants|discussants),"
    r"(?=\s+(?-i:(?:Ambassador|Amb\.|Prof\.|Professor|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)?"
    r"(?-i:[A-Z][\w'’-]+\s+[A-Z]))|"
    r"entre (?:las|los) que (?:destacan|destacaron|figuran|figuraron)|"
    r"(?:webinar|seminar|roundtable|session|briefing|webcast) with|"
    r"keynote (?:address |speech |remarks )?by|opening remarks by|welcome remarks by|"
    r"joined by|speakers?\s*:|panel(?:l)?ists?\s*:|including\s*:|autour de|"
    r"^avec(?! la participation| la présence| l[ea] modérat)|"
    r"(?:discussion leads|discussants|presenters|moderators|specialists|scholars|analysts)"
    r"\s*(?::|[-–—](?=(?:Dr|Prof|Amb)\.?\s|[A-Z][a-z]+\s[A-Z]))|"
    r"(?:(?:es|darüber|dazu|hierüber)\s+)?(?:diskutieren|debattieren|diskutierten|debattierten|"
    r"referieren|referierten|sprechen|sprachen|berichten|berichteten)"
    r"(?:\s+(?:in|im|über|dazu|darüber|hierzu|einem|einer|den|der|die|kurzen|"
    r"Kurzvorträgen|Impulsvorträgen|Vorträgen|Statements))*"
    r"(?=\s+(?:(?:Prof|Dr|Botschafter(?:in)?)\.?\s|[A-Z]))|"
    r"(?:werden|wird)(?=\s+(?:Prof|Dr|Botschafter(?:in)?)\.?\s)|"
    r"(?:expusieron|expuso|disertaron|disertó|participaron en (?:el|la) (?:mismo|misma|panel|mesa))"
    r"(?:\s+en\s+el\s+mismo)?\s*,?|"
    r"(?:reunió|convocó|reunirá|convocará|reúne|convoca) a(?:l)?(?=\s)|"
    r"(?:contó|ha contado|han contado|contaron) con (?:la participación|una presentación"
    r"(?: conjunta)?|la presencia) de|"
    r"(?:un |une |el )?(?:échange|dialogue|entretien|conversation|débat|discussion) avec|"
    r"beteiligt (?:sind|waren)(?: auch)?|auf dem Podium (?:sitzen|saßen|sind|waren)|"
    r"interaction with|meeting with|briefing by|talk by|book talk with|fireside chat with|"
    r"presentations? by|presentation and discussion of [a-z]+ by|(?:comments|papers?) by|"
    r"commented (?:on )?by|"
    r"(?:discussion|panel|session|roundtable)s? (?:included|includes|featured|features)|"
    r"(?:roundtable|panel|seminar|conference|forum|symposium|webinar|event|discussion|session|"
    r"workshop|dialogue|lecture series)\b[^.;:“”\"]{0,60}?\b(?:featured|heard from)|"
    r"(?:corrió|estuvo|correrá|estará|corrieron|estuvieron|correrán|estarán) a cargo de|"
    r"con la intervención de|presidid[oa] por|"
    r"(?:estuvo|está|estará|estaba) (?:conformad[oa]|integrad[oa]|compuest[oa]) por\s*:?|"
    r"se reunirán|se reunieron|"
    r"(?-i:Schlusswort|Grußwort|Grußworte|Begrüßung|Einführung|Impulsvortrag|Keynote) "
    r"(?:von|durch)(?=\s+(?:(?:Frau|Herrn?|Prof|Dr)\.?\s+)*(?-i:[A-ZÄÖÜ]))|"
    r"(?-i:Diskussion|Gespräch|Podiumsdiskussion|Lesung) mit"
    r"(?=\s+(?:(?:Frau|Herrn?|Prof|Dr)\.?\s+)*(?-i:[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ]))|"
    r"(?-i:participarán|participaron|intervendrán|disertarán|disertaron)"
    r"(?=\s+(?:el|la|los|las|[A-ZÁÉÍÓÚ])\b)|"
    r"(?:exposiciones|ponencias|intervenciones) de(?=\s+(?:[A-ZÁÉÍÓÚ]|la |el ))|"
    r"(?:welcome|welcoming|opening|closing|introductory|concluding) remarks (?:from|by)|"
    r"(?:welcome|welcoming|opening|closing|keynote) (?:speech|speeches|address|addresses) by|"
    r"(?<=[”\"»]\s)by(?=\s+(?:Mr|Ms|Mrs|Dr|Prof|Professor|Ambassador|Amb)\.?\s)|"
    r"(?:avec|with) (?:le|la|the) (?:modérat(?:eur|rice)|moderator)|"
    r"as we (?:host|welcome)|we (?:will )?(?:host|welcome)|"
    r"(?-i:Join)(?=\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2},)|"
    # "… what needs to happen next. With Myles Allen (Lead Author …), Radhika Khosla (…)"
    r"(?:^|(?<=[.!?]\s))(?-i:With)(?=\s+(?:(?:Dr|Prof|Professor)\.?\s+)?"
    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s*[(,])|"
    r"among (?:which|whom|them)(?: were)?|"
    r"(?:is|are|was|were) (?:delighted|pleased|honou?red|proud) to (?:host|welcome)|"
    r"(?:main|keynote|guest|featured|lead) speakers? (?:was|were|is|are|will be)|"
    r"(?:guest|keynote|featured) speaker(?=\s+(?:Prof|Dr|Mr|Ms|Mrs|Amb)\.?\s)|"
    r"(?:another|a further|one more) (?:panell?ist|speaker|guest|participant|discussant) "
    r"(?:is|was|will be)|"
    r"(?:also )?joining (?:the|this|our) (?:discussion|panel|conversation|debate|webinar|event) "
    r"(?:is|are|was|were|will be)(?: (?:former|current))?|"
    r"(?:our|the|this year[’']s) (?:(?:first|second|third|fourth|other|last|final|main) )?"
    r"(?:guest|speaker|keynote speaker|moderator|host|lecturer|presenter|panell?ist|discussant) "
    r"(?:(?:for|of|at) (?:the|this|today[’']s) (?:event|evening|lecture|session|conference|"
    r"seminar|webinar|forum|symposium|discussion|panel) )?(?:is|was|will be)|"
    r"\ba (?:reçu|accueilli)|(?:recevra|accueillera|reçoit|accueille)(?= [A-ZÉ])|"
    r"(?:given|represented|chaired|opened) by|"
    r"(?:discussion|panel|event|webinar|session|conversation|seminar|program) hosted|"
    r"(?:delegates|professors|presenters|speakers|panell?ists) (?:will be|are|were|included?)|"
    r"en présence de|avec la participation de|con la participation de|con la participación de|"
    # "Con Antonio Castaño Tierno, investigador …": "with" a sentence's first word
    r"(?:^|(?<=[.!?]\s))(?-i:Con)(?=\s+(?:(?:Dr|Dra|Prof)\.?\s+)?"
    r"(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3}),)|"
    r"(?:participaron|intervinieron|participan|intervienen)\b[^.;:]{0,60}?\b(?:fueron|son)|"
    r"(?-i:Participan|Participaron|Participarán|Intervienen|Intervinieron)(?=\s+(?:el|la|los|las)\s)))\s+",
    re.I,
)
_EARLIER_GUESTS = re.compile(
    r"\b(?:previous|past|earlier|former)\s+(?:\w+\s+){0,2}?(?:speakers|guests|panell?ists|"
    r"participants|lecturers)\b",
    re.I,
)
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\b(?:Dr|Mr|Ms|St|Jr|Sr|Lt|No|Co|vs))"
    r"(?<!\b(?:Amb|Gen|Col|Sen|Rep|Gov|Hon|Mrs|Adm|Maj|Cdr|Mme|Sra|Drs))(?<!Prof|Capt|Cmdr)"
    r"[.!?](?=\s+[A-Z“\"(]|\s*$)"
)
_PREP = re.compile(
    r"\s+(?:of|from|at|with|for|on|in|who|vom|,)\s+|\s+von (?:der|den|dem)\s+(?=[a-zäöüß])|"
    r"\s*[(（]|"
    r"\s+(?:de la|del|de los|de las|du|de l['’]|de)\s*(?=(?:Universi|Institut|Centr|Fundaci|"
    r"Fondation|Academ|Escuela|Colegio|Minist|Embaj|Ambassade|Consej|Conseil|Comisi|Commission|"
    r"Banco|Banque|Asociaci|Association|Observatori|Facultad|Faculté|École|Cámara|Chambre|"
    r"Agencia|Agence|Oficina|Consulado|Consulat|Gobierno|Gouvernement|Senado|Sénat|Congreso|"
    r"Parlamento|Parlement))"
)
"""Where a name ends and its affiliation begins (``Doug Bandow of the Cato Institute``,
``Nicolás Krapels de la Universidad de Tongji``)."""
_LED = re.compile(
    r"\b(?:(?:moderated|chaired|presided over|presided|hosted|introduced|led|facilitated|headed|"
    r"will be moderated|will be chaired|moderation)\s+by|moderad[oa] por|presentad[oa] por|"
    r"animée? par|modérée? par|moderiert von|geleitet von|dictad[oa] por|impartid[oa] por|"
    r"moderad[oa]s por|"
    r"con la moderación de|sous la présidence de|(?-i:Es moderiert|Es moderierte)|"
    r"(?-i:Die Moderation) (?:hat|hatte|übernimmt|übernahm|liegt bei)|"
    r"(?:Moderiert|Geleitet|Eröffnet) (?:wird|wurde) "
    r"(?:die|das|der) (?:\w+ ){0,2}?von)\s+",
    re.I,
)
_HEADS_A_PARTY = re.compile(
    r"\b(?:delegation|session|panel|meeting|side|team|forum|conference|dialogue|seminar)\b", re.I
)
"""What someone "headed" at an event: a delegation, a side, a session."""
_HEADS_SOMETHING_ELSE = re.compile(
    r"\b(?:network|ring|group|company|firm|cartel|gang|organi[sz]ation|ministry|government|"
    r"regime|agency|programme|program|project)\s+(?:(?:was|were|is)\s+)?$",
    re.I,
)
_IN_REMARKS = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:In (?:(?:his|her|their) )?(?:[a-z-]+ ){0,2}(?:remarks|address|speech|"
    r"lecture|presentation|keynote|statement|talk|intervention|comments)"
    r"(?: (?:delivered|given|made))?|"
    r"En su (?:[a-z]+ ){0,2}(?:intervención|discurso|ponencia|presentación|conferencia|palabras)|"
    r"Dans (?:son|sa|leur) (?:[a-zé]+ ){0,2}(?:discours|allocution|intervention|présentation|"
    r"conférence|propos))"
    r"(?: (?:at|on|during|to|before|al|a la|en|lors de|à|au|devant) [^,]{2,60})?,\s+"
)
"""``In his opening remarks, Prof. X of Y pointed out``: the speaker named after the speech."""
_VON_PASSIVE = re.compile(
    r"\b(?:wurde|wird|werden|wurden)\s+(?:[a-zäöüß]+\s+){0,2}?von\s+(?P<who>[^.;]{3,200}?)\s+"
    r"(?:eröffnet|moderiert|geleitet|begrüßt|vorgestellt|präsentiert|gehalten|eingeleitet)\b"
)
"""``Die Konferenz wurde von Minn-Tsong Lin (林敏聰), Co-Vorsitzender des …, eröffnet``."""
_LED_AFTER = re.compile(
    r"(?P<name>[^,;.()]{3,60}?)\s*,?\s+(?:will\s+)?(?:moderate[sd]?|chair(?:s|ed)?|preside[sd]?)\b"
)


_PREDICATE = re.compile(
    r"\s+(?:will|would|shall|gave|spoke|presented|discussed|briefed|werden|wird|gaben|gab|"
    r"diskutieren|sprechen|gemeinsam mit|zusammen mit|together with|along with|"
    r"hielten|hielt|sprachen|sprach|berichteten|berichtete|as (?:the |a |an |our )?"
    r"(?:keynote|speaker|moderator|panell?ist|discussant|host|chair|respondent|commentator))\b"
)
"""The verb after the last name of a list: where the names end."""

_STYLED_NAME = (
    r"(?:Mr|Ms|Mrs|Dr|Prof|Professor|Amb|Ambassador|Hon|Sir|Dame)\.?\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
)
"""A style, then the name it marks the start of (``… Asia Prof. Bec Strating``)."""
_STYLED_NAME_AT_END = re.compile(rf"(?:^|\s){_STYLED_NAME}\s*$")

_STYLED = re.compile(rf"(?:^|(?<=\s)){_STYLED_NAME}")


_SPOKE = re.compile(
    r"^(?:\s+(?:of|from|at)\s+[^.;:!?]{2,90}?)?,?\s+(?:[^.;:!?,]{0,60}?,\s+)?(?:also\s+|then\s+)?"
    r"(?:said|says|discussed|highlighted|focused on|focussed on|spoke|speaks|noted|"
    r"emphasi[sz]ed|stressed|argued|presented|delivered|explained|observed|pointed out|"
    r"threw light|shed light|underlined|underscored|remarked|opined|elaborated|outlined|"
    r"shared|gave|made (?:an?|the) (?:\w+\s+){0,2}(?:speech|presentation|address|remarks)|"
    r"delivers|addresses|addressed|gives|presents|opens|opened|welcomes|welcomed|chairs|"
    r"chaired|moderates|moderated)\b"
)
"""What a styled name does in a report's sentence: it spoke (``Prof GVC Naidu of JNU, New
Delhi, highlighted``, ``Dr Tenepalli Hari from Assam University, Silchar, said``)."""
_STYLED_LEAD = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=,\s)|(?<=\bVC\s)|(?<=\bHead\s)|(?<=\bChancellor\s)|"
    r"(?<=\bDirector\s)|(?<=\bPresident\s)|(?<=\bChairman\s)|(?<=\bChair\s)|"
    r"(?<=\bCEO\s)|(?<=\bDean\s)|(?<=\bMinister\s)|(?<=\bSecretary\s))"
    r"(?:Mr|Ms|Mrs|Dr|Prof|Professor|Amb|Ambassador)\.?\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
)


_TITLED_LEAD = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=,\s)|(?<=[•·▪]\s))(?:(?:[A-Z][\w'’-]+\s+){0,3}?)"
    r"(?P<title>Ambassador|Minister|Secretary|Mayor|Consul[- ]General|Consul|Governor|Senator|"
    r"Chairman|Chairwoman|Chancellor|Dean|Commissioner|Envoy)"
    r"(?:\s+(?:of|for|to)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
)
_ACTED = re.compile(
    r"^(?:,\s+[^.;:!?,]{2,80},)?\s+(?:also\s+|then\s+)?(?:delivered|delivers|gave|gives|spoke|"
    r"speaks|addressed|addresses|opened|opens|welcomed|welcomes|will keynote|keynoted|"
    r"presented|presents|moderated|moderates|chaired|chairs|presided|presides|"
    r"(?:will )?(?:deliver|give|speak|address|open|present|moderate|chair))\b",
    re.I,
)
"""What a titled name does at the event (``Defense Secretary Delfin Lorenzana will keynote``,
``Mayor Park Won-soon Delivers Speech``)."""


def titled_speakers(text: str) -> list[Person]:
    """People named after their title who act at the event: ``Minister of Unification``
    is not a name, but ``Defense Secretary Delfin Lorenzana will keynote this session``
    names the keynote speaker."""
    return _named_and_doing(_TITLED_LEAD, _ACTED, text, titled=True)


def styled_speakers(text: str) -> list[Person]:
    """People a style marks who speak in a report's sentence (``Prof Rajen Singh Laisharam
    from Manipur University focused on …``): the style makes the name a person's, the verb
    makes the person a speaker."""
    return _named_and_doing(_STYLED_LEAD, _SPOKE, text, titled=False)


def _named_and_doing(
    lead: re.Pattern[str], doing: re.Pattern[str], text: str, titled: bool
) -> list[Person]:
    """Each name ``lead`` finds whose next words ``doing`` reads as taking part; with
    ``titled``, the words before the name (its title) are the role."""
    people: list[Person] = []
    for found in lead.finditer(text):
        name = found.group("name")
        if looks_like_name(name) and doing.match(text[found.end() : found.end() + 200]):
            role = found.group(0)[: found.start("name") - found.start()].strip()
            people.append(Person(name, role if titled else None))
    return people


def styled_names(text: str) -> list[Person]:
    """People whose names a style marks, each after its role (``the former Head of X Mr
    Paul Chang and Senior Adviser at Y Mr Colin Heseltine``)."""
    people: list[Person] = []
    start = 0
    for found in _STYLED.finditer(text):
        name = found.group("name")
        if not looks_like_name(name):
            continue
        role = text[start : found.start()].strip(" ,;")
        role = re.sub(r"^(?:and|&)\s+|\s+(?:and|&)$", "", role).strip()
        people.append(Person(name, role or None))
        start = found.end()
    return people


_ROLE_AFTER_NAME = frozenset(
    """representante exembajador exembajadora embajador embajadora presidente presidenta
    director directora profesor profesora ministro ministra vicepresidente viceministro
    président présidente directeur directrice professeur ambassadeur ancien ancienne
    präsident präsidentin direktor direktorin professor professorin botschafter
    botschafterin founding senior former executive deputy chief chair chairman chairwoman
    dean lecturer fellow associate assistant secretary minister ambassador""".split()
)
"""Words that open a role printed right after a name with no comma (in a list)."""
_NAMED_AFTER = frozenset(
    "foundation fondation stiftung fundación fundación institute institut instituto center "
    "centre centro prize prix preis award school schule école chair lecture lectures "
    "universidad université universität universidade academia académie escuela colegio".split()
)
"""Words before a person's name that make it an organisation's name (``Fondation Robert
Schuman``), not a person at the event."""


def lead_name(chunk: str) -> tuple[str, str | None] | None:
    """``Doug Bandow of the Cato Institute`` -> (``Doug Bandow``, ``of the Cato Institute``);
    ``former Ambassador Zalmay Khalilzad`` -> (``Zalmay Khalilzad``, ``former Ambassador``)."""
    chunk = re.sub(r"^(?:and|&|as well as|und|et|y|e)\s+", "", chunk.strip(" ,;:.")).strip()
    chunk = re.sub(r"^(?:by|von|par|por)\s+", "", chunk)  # "..., and by Jo Dongho"
    chunk = re.sub(r"^(?:de|d’|d')\s*(?=[A-Z])", "", chunk)  # "…, et de Kim Min-seo"
    chunk = _PREDICATE.split(chunk, maxsplit=1)[0]  # "Robert Mahari will present on …"
    chunk = re.sub(r"(?<=[a-z])-(?:will|would|to|and|is|are|was|were)\b.*$", "", chunk)  # "X-will"
    chunk = re.sub(r"^(?:Join|Meet|Hear from|Welcome)\s+(?=[A-Z])", "", chunk)  # "Join Joel Wit"
    chunk = re.sub(
        r"^(?:der|die|the|le|la|el)\s+(?=(?:Dr|Prof|Frau|Herr|Mme|Mr|Ms)\.?\s)", "", chunk
    )
    if not chunk:
        return None
    styled = _STYLED_NAME_AT_END.search(chunk)
    if styled is not None and styled.start() > 0 and len(chunk.split()) <= 30:
        # "Director of LaTrobe Asia Prof. Bec Strating": the style marks where the name starts
        role = chunk[: styled.start()].strip(" ,")
        if has_role_words(role):
            return styled.group("name"), role
    first, comma, after = chunk.partition(",")
    if comma and looks_like_name(first) and not looks_like_name(after.strip()):
        return first.strip(), after.strip() or None  # "Admiral Nora Quinn, commander of …"
    words = chunk.split()
    for size in (3, 2):
        # "Qiu Xiaoqi Representante Especial para América Latina": a role right after the name
        if (
            len(words) > size + 1
            and words[size].lower().strip(",") in _ROLE_AFTER_NAME
            and words[size - 1].lower() not in _ROLE_AFTER_NAME  # "Anna Head Senior Fellow"
            and looks_like_name(" ".join(words[:size]))
        ):
            return " ".join(words[:size]), " ".join(words[size:])
    match = _PREP.search(chunk)
    head = chunk[: match.start()] if match else chunk
    if looks_like_name(head):
        rest = chunk[match.start() :].strip(" ,") if match else ""
        return head.strip(), rest or None
    words = head.split()
    if 3 <= len(words) <= 12:
        for size in (4, 3, 2):
            if len(words) > size and len(words) - size <= 8:
                tail = " ".join(words[-size:])
                before = words[:-size]
                if (
                    looks_like_name(tail)
                    and _role_prefix(before)
                    and before[-1].lower() not in _NAMED_AFTER
                    and before[-1].lower() not in _OF_WORDS  # "… de Estado de Asuntos Exteriores"
                ):
                    rest = chunk[match.start() :].strip(" ,") if match else ""
                    role = " ".join(words[:-size]) + (f" {rest}" if rest else "")
                    return tail, role
    return None


_PREFIX_WORDS = frozenset(
    "of the for to and former then u.s. us un eu acting interim der die das den des dem "
    "le la les l' el los las del de du d' ex ehemalige ehemaliger ancien ancienne "
    "two three four both zwei drei vier beiden beide deux trois quatre dos tres cuatro".split()
)


def _role_prefix(words: list[str]) -> bool:
    """``former Ambassador``, ``Harvard Professor``, ``New York Times columnist``: words
    that can stand before a name as its role."""
    return has_role_words(" ".join(words)) and all(
        w.lower().strip(",.") in _ROLE_HINTS
        or w.lower().strip(",.") in _PREFIX_WORDS
        or w[:1].isupper()
        for w in words
    )


def _split_outside_brackets(text: str) -> list[str]:
    """Split a list at commas, "and" and "&", never inside brackets."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        char = text[i]
        if char in "([（":
            depth += 1
        elif char in ")]）":
            depth = max(0, depth - 1)
        elif depth == 0:
            # "&" parts two entries after a bracket ("A (MEP) & B (MEP)"), never inside a
            # name ("U.S. News & World Report")
            sep = re.match(r",\s*|\s+(?:and|und|et|y)\s+", text[i:])
            if sep is None and text[i - 1 : i] == ")":
                sep = re.match(r"\s+&\s+", text[i:])
            if sep is not None and (char == "," or text[i] == " "):
                parts.append(text[start:i])
                i += sep.end()
                start = i
                continue
        i += 1
    parts.append(text[start:])
    return parts


def people_in_line(text: str) -> list[Person]:
    """The people a line names in a list of speakers (``der Vizepräsident der Kommission
    Frans Timmermans,``; ``die Ministerinnen A und B,``), role words before or after."""
    return _comma_list(text.strip(" ,.;:"), opening=False)


_REMARKS_LABEL = re.compile(
    r"\b(?:(?:Opening|Welcoming|Welcome|Congratulatory|Closing|Concluding|Introductory|"
    r"Keynote|Special)\s+(?:Remarks|Address|Speech|Lecture|[Ss]peakers?)|Keynote Speaker|"
    r"Moderators?|Presenters?|Discussants?|Panell?ists?|Chair)\s*:?\s+(?=[A-Z])"
)


_SLOT_THEN_REMARKS = re.compile(
    r"^(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*[-–—]\s*\d{1,2}(?::\d{2})?\s*"
    r"(?:[ap]\.?m\.?)?\s+|\d{1,2}[.:h]\d{2}\s*:\s*)?(?:(?:Opening|Welcoming|Welcome|Closing|"
    r"Concluding|Introductory|Keynote|Special)\s+(?:Remarks|Address|Speech|Lecture))\s*[,:–-]\s*"
    r"(?:by\s+)?(?P<rest>\S.*)$|"
    r"^\d{1,2}[.:h]\d{2}(?:\s*[-–—]\s*\d{1,2}[.:h]\d{2})?\s*:?\s+(?P<part>Moderator|Chair|"
    r"Speaker|Keynote speaker|Keynote|Panell?ist|Discussant|Respond[ae]nt|Commentator)\s*:?\s+"
    r"(?P<named>[A-Z]\S.*)$|"
    r"^\d{1,2}(?:[h:.]\d{2}|h)\s+(?P<slotted>(?-i:[A-ZÀ-Ý])[^,:(]{3,60}),\s*(?P<role>\S.{2,200})$|"
    r"^(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}(?:[:.]\d{2})?\s*"
    r"(?:[ap]\.?m\.?)?)?\s*[-–—:]?\s*)?(?:(?:Opening|Welcoming|Welcome|Closing|Concluding|"
    r"Introductory|Keynote)\s+(?:Remarks|Address|Speech|Lecture))\s*"
    r"\((?P<bracketed>(?:Dr|Prof|Professor|Mr|Ms|Mrs|Amb|Ambassador)\.?\s[^()]{3,80})\)$",
    re.I,
)


_SLOT_MODERATED = re.compile(
    r"^\d{1,2}[.:h]\d{2}\b[^()]{2,80}\((?i:moderator|moderated by|chair|chaired by|modérateur|"
    r"modératrice|modéré par|moderador|moderadora|moderado por|Moderation)\s*:?\s+"
    r"(?P<name>[^()]{4,60})\)\s*$"
)
"""``12h50 : Debate (moderator Amb. Johan Verbeke)``: a slot of the programme and who
moderates it."""


_SLOT_STYLED_END = re.compile(
    r"^\d{1,2}[.:]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s+\S.{2,120}?\s"
    r"(?:Prof|Dr|Mr|Ms|Mrs|Amb|Professor|Ambassador)\.?\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2})"
    r"(?:\s+and\s+(?:repr\.?|representatives?)\b.*)?\s*$"
)
"""A slot of the programme, its talk, then the speaker marked by a style at the line's end."""


def remarks_line(text: str) -> Person | None:
    """``10:00 – 10:15 a.m. Opening Remarks, Admiral Patrick Walsh, Former Commander``: the
    person a programme line gives one part of the event to."""
    found = _SLOT_THEN_REMARKS.match(text)
    moderated = _SLOT_MODERATED.match(text) if found is None else None
    styled_end = _SLOT_STYLED_END.match(text) if found is None and moderated is None else None
    if styled_end is not None and looks_like_name(styled_end.group("name")):
        # "12.30 PM An international perspective on Nordicness Prof. Adrian Hyde-Price"
        return Person(styled_end.group("name"), None)
    if moderated is not None:
        lead = lead_name(moderated.group("name"))
        return Person(lead[0], lead[1], moderator=True) if lead is not None else None
    if found is None:
        return None
    if found.group("slotted"):
        # "10h30 Joël BEL-LASSEN, Professeur à l'INALCO, …": a talk's slot, its speaker
        name, role = found.group("slotted").strip(), found.group("role").strip(" ,:")
        if looks_like_name(name) and has_role_words(role):
            return Person(name, role)
        return None
    rest = found.group("rest") or found.group("named") or found.group("bracketed")
    lead = lead_name(rest)
    if lead is None:
        return None
    role = rest.split(",", 1)[1].strip() if "," in rest else lead[1]
    if role is not None and re.fullmatch(r"\((?i:see|voir|ver|siehe)\b[^()]*\)", role):
        role = None  # "(see bio)": a link to the bio, not a role
    part = (found.group("part") or "").lower()
    return Person(lead[0], role or None, moderator=part in ("moderator", "chair"))


def remarks_run(text: str) -> list[Person] | None:
    """A programme flattened onto one line, each role label followed by a name and its
    role (``Opening Remarks CHUNG Chong Wook, Vice Chairperson, X Welcoming Remarks LEE
    Sook Jong, President, Y``): the people, or None when fewer than two are labelled."""
    labels = list(_REMARKS_LABEL.finditer(text[:4000]))
    if len(labels) < 2:
        return None
    people: list[Person] = []
    for label, after in zip(labels, [*labels[1:], None], strict=True):
        entry = text[label.end() : after.start() if after is not None else len(text)]
        entry = entry.strip(" ,;.")
        moderating = label.group(0).startswith(("Mod", "Chair"))
        several = people_in_list(entry)
        if len(several) >= 2:  # "Panellists: Professor A (SIIA), Professor B (NTU) and Dr C"
            people += [Person(p.written, p.role, moderating) for p in several]
            continue
        name, _, role = entry.partition(",")
        name = name.strip()
        bracket = re.match(r"^(?P<name>[^()]+?)\s*\((?P<org>[^()]{1,60})\)$", name)
        if bracket is not None and looks_like_name(bracket.group("name")):
            name, role = bracket.group("name"), bracket.group("org")  # "Ms X (CIL)"
        if looks_like_name(name):
            people.append(Person(name, role.strip(" ,|;") or None, moderating))
            continue
        # "Panellists: Singapore's Representative to ASEAN Kok Li Peng, Professor X (SIIA)"
        people += [Person(p.written, p.role, moderating) for p in people_in_list(entry)]
    return people if len(people) >= 2 else None


_SUCH_AS = re.compile(
    r"^\s*(?:[^\W\d_]+[\s,]+){0,12}?(?:such as|like|wie|comme|como|notamment|darunter|"
    r"unter anderem|among them|including|parmi lesquels|entre ellos)\s+"
    r"(?=(?:(?:Dr|Prof|Mr|Ms|Mrs|Amb)\.?\s+)?[A-ZÀ-Ý])"
)
"""``prominente Persönlichkeiten wie Dr. X, …``: who the people are, then the list."""
_LIST_LEAD = re.compile(
    r"^(?:(?:and\s+)?(?:with (?:comments|remarks|responses) (?:by|from)|with|moderated by|"
    r"chaired by|featuring)|(?-i:(?:y\s+)?al?))\s+(?=\S)",
    re.I,
)
"""What opens an entry of a semicolon list (``; with comments by X, role; …``, ``; y a X,
…``: the Spanish "a" before a person)."""


_LED_TAIL = re.compile(r",?\s+(?:moderated|chaired|introduced|presided over) by\s")


_ARTICLE_ROLE = re.compile(
    r"\b(?:der|die)\s+(?P<role>[A-ZÄÖÜ][a-zäöüß]{3,})\s+(?=[A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ])"
)
_GLUED_STYLE = re.compile(r"\b((?:Dr|Prof|Mr|Mrs|Ms|Amb)\.)(?=[A-Z][a-z])")


def people_in_list(listing: str) -> list[Person]:
    """People from the words after a trigger, up to the sentence's end."""
    end = _SENTENCE_END.search(listing)
    segment = listing[: end.start()] if end else listing
    segment = _SUCH_AS.sub("", segment, count=1)
    segment = _GLUED_STYLE.sub(r"\1 ", segment)  # "Dr.Ezzat Saad": the style glued to the name
    # "der Lyriker Max Czollek, der Soziologe Aladin El-Mafaalani und …": an article and a
    # German profession before each name, no comma between them
    segment = _ARTICLE_ROLE.sub(
        lambda m: "" if m.group("role").removesuffix("in") in GERMAN_ROLES else m.group(0),
        segment,
    )
    # "with A, role, and B, role, moderated by C": the moderator is read on his own
    segment = _LED_TAIL.split(segment, maxsplit=1)[0]
    people: list[Person] = []
    if ";" in segment:
        chunks = [_LIST_LEAD.sub("", chunk.strip()) for chunk in segment.split(";")]
        for chunk in chunks[:-1]:
            pieces = _split_outside_brackets(chunk)
            found = lead_name(pieces[0])
            if found is None and len(pieces) >= 2 and looks_like_name(pieces[1].strip()):
                # "the coauthor, Stefan Halper, Senior Fellow …": the role, then the name
                found = (pieces[1].strip(), pieces[0].strip())
                pieces = [pieces[1], *pieces[2:]]
            if found is not None:
                role = ", ".join(p.strip() for p in pieces[1:] if p.strip()) or found[1]
                people.append(Person(found[0], role or None))
        # the last entry may hold two: "C, role and D, role"
        return people + _comma_list(chunks[-1], opening=not people)
    listed = _comma_list(segment, opening=True)
    if not listed and re.search(r"\s(?:von|vom|aus)\s", segment):
        return _from_house_list(segment)
    return listed


_FROM_HOUSE = re.compile(
    r"^(?P<written>(?:(?:Prof|Dr|Professor|Professorin)\.?\s+)*"
    r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2}))\s+"
    r"(?P<role>(?:von der|von den|von dem|vom|von|aus der|aus dem|aus)\s+\S.*)$"
)
_NEXT_FROM_HOUSE = re.compile(
    r"(?:,\s+|\s+(?:und|sowie)\s+)(?=(?:(?:Prof|Dr)\.?\s+)*[A-ZÄÖÜ][\w'’-]+"
    r"(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2}\s+(?:von|vom|aus)\s)"
)


def _from_house_list(segment: str) -> list[Person]:
    """``Isabel Feichtner von der Uni Würzburg, Alexandra Kemmerer vom Max-Planck-Institut
    Heidelberg und Berlin sowie Claudia Wiesner von der Hochschule Fulda``: German names,
    each with the house it comes from ("von der", "vom"); every part must read so."""
    parts = [p.strip(" .") for p in _NEXT_FROM_HOUSE.split(segment)]
    found = [_FROM_HOUSE.match(p) for p in parts]
    if not 2 <= len(parts) <= 12 or any(
        m is None or not looks_like_name(m.group("name")) for m in found
    ):
        return []
    return [Person(m.group("written"), m.group("role")) for m in found if m is not None]


_ORG_END = re.compile(
    r"^(?:[A-Z]{2,}[\w-]*|(?:[A-Z][\w-]*)?(?:University|Institute|Institutes|Institution|Studies|"
    r"Center|Centre|Relations|History|Affairs|Economies|Economics|Foundation|Department|"
    r"Ministry|Council|Forum|Committee|Association|Society|School|College|Agency|Bureau|"
    r"Office|Commission|Academy|Program|Programme|Initiative|Group|Division|Policy|Research|"
    r"Government|Parliament|Assembly|Party|Times|News|Post|Review|Network|Fund|Bank|Company|"
    r"Corporation|Studies|China|Japan|Korea|Taiwan|India|America|Europe|Asia))$"
)
"""The last word of where a role is held (``… Renmin University of China``, ``JFIR``):
what comes before a name printed after its role."""
_NAMED_AFTER_FOREIGN = frozenset(
    "fondation stiftung fundación institut instituto centro universidad université universität "
    "universidade academia académie escuela colegio".split()
)
"""Organisations named after a person, the name after the noun (``Fondation Robert
Schuman``)."""


def _tail_name(chunk: str) -> tuple[str, str] | None:
    """``Director of the East Asian Studies Center Huang Dahui``: a role and where it is
    held, then the name, at the end."""
    words = chunk.strip(" ,;:.").split()
    for size in (2, 3):
        if len(words) < size + 2:
            return None
        if size == 3 and not re.fullmatch(r"[A-Z]\.", words[-2]):
            continue  # three words only around an initial ("Kurt M. Campbell")
        tail = " ".join(words[-size:])
        role = " ".join(words[:-size])
        before = words[-size - 1]
        if (
            looks_like_name(tail)
            and has_role_words(role)
            and (_ORG_END.search(before) or before.rstrip(",") in ROLE_WORDS)
            and before.lower() not in _NAMED_AFTER_FOREIGN
        ):
            return tail, role
    return None


_ENVOY_STYLES = frozenset(
    "Botschafter Botschafterin Ambassadeur Ambassadrice Embajador Embajadora".split()
)
_STYLES = frozenset(HONORIFICS) | _ENVOY_STYLES
"""What may stand before a name as its style in a list (``…, Professor X``, ``Botschafter X``)."""


def _comma_list(segment: str, opening: bool, subject: bool = False) -> list[Person]:
    """The people of a comma-separated list; ``subject``: the list is the subject of a verb
    that follows it, so it may be a role and then the name (``Somali Ambassador to Kenya,
    Jabril Ibrahim Abdulle, spoke``)."""
    people: list[Person] = []
    chunks = _split_outside_brackets(segment)
    role_first = False
    """Each entry a role, then the name (``Vice President of X Hu Jiping, Director of Y …``):
    an entry with no name of its own is not the role of the one before."""
    leading_role: str | None = None
    """``Somali Ambassador to Kenya, Jabril Ibrahim Abdulle, spoke``: the role, then the name."""
    pending_role: str | None = None
    """``…, und die frühere Korrespondentin, Maren Kühl``: a role that waits for its name."""
    for index, chunk in enumerate(chunks):
        found = lead_name(chunk)
        # "…, and Ambassador X", "…, der freie Journalist X": a new entry, the role first
        joined = re.match(r"\s*(?:and|und|et|y|der|die|the|el|la|le)\s", chunk) is not None
        if found is None and (index == 0 or role_first or joined):
            found = _tail_name(chunk)
        if found is not None:
            if index == 0:
                entry = chunk.strip(" ,;:.")
                role_first = entry.endswith(found[0]) and len(entry) > len(found[0]) + 3
            if (
                index == 1
                and leading_role is not None
                and (found[1] is None or found[1] in _STYLES)
            ):
                found = (found[0], leading_role)
            if pending_role is not None and (found[1] is None or found[1] in _ENVOY_STYLES):
                found = (found[0], pending_role)
            pending_role = None
            people.append(Person(found[0], found[1]))
        elif (
            index == 0
            and opening
            and len(chunks) >= 2
            and (
                (subject and chunk[:1].isupper())
                or chunks[1].strip().split(" ", 1)[0]
                in _STYLES  # "…, Professor X", "Botschafter X"
            )
            and has_role_words(chunk)
            and len(chunk.split()) <= 8
            and (after := lead_name(chunks[1])) is not None
            and chunks[1].strip(" ,;:.").endswith(after[0])
            and len(chunks[1].split()) <= len(after[0].split()) + 1
        ):
            leading_role = chunk.strip()  # the role alone, the name alone after it
        elif index == 0 and opening:
            return []  # the list must open with a name
        elif (
            people
            and joined
            and has_role_words(chunk)
            and index + 1 < len(chunks)
            and (following := lead_name(chunks[index + 1])) is not None
            and chunks[index + 1].strip(" ,;:.").endswith(following[0])
        ):
            # "…, und die frühere Korrespondentin in Brüssel, Maren Kühl": the next one's role
            pending_role = re.sub(r"^\s*(?:and|und|et|y)\s+", "", chunk).strip()
        elif people:
            extra = chunk.strip()
            if extra:
                last = people[-1]
                role = f"{last.role}, {extra}" if last.role else extra
                people[-1] = Person(last.written, role)
    return people


_OF_WORDS = frozenset("de del of von du des der".split())


def first_name_in(text: str) -> str | None:
    """The first name-shaped run of words in ``text`` (``New York Times columnist, Roger
    Cohen`` -> ``Roger Cohen``)."""
    end = _SENTENCE_END.search(text)
    text = text[: end.start()] if end else text[:200]
    for part in re.split(r",\s*|\s+and\s+|;\s*", text):
        words = part.split()
        for size in (4, 3, 2):
            for start in range(0, len(words) - size + 1):
                candidate = " ".join(words[start : start + size]).strip(" .:;")
                after = words[start + size].strip(",.") if start + size < len(words) else ""
                if start > 0 and words[start - 1].lower() in _OF_WORDS:
                    continue  # "el presidente de Honor del IGADI": the rest of a role
                if (
                    candidate[:1].isupper()
                    and looks_like_name(candidate)
                    and not after[:1].isupper()
                    and after.lower() not in _ROLE_HINTS
                ):
                    return candidate
        if part.strip() and part is not text and looks_like_name(part.strip()) is False:
            continue
    return None


MAX_FOUND = 400
"""People read from one paragraph at most: more than an event may have (the site refuses an
event with over 300), and a bound on the work a hostile paragraph can cause."""
LIST_WINDOW = 1_500
"""Characters after a trigger phrase read as its list (real lists are a few hundred)."""


_ABBREVIATION = re.compile(
    r"\b(Dr|Mr|Mrs|Ms|Prof|Amb|Gen|Lt|Col|Sen|Rep|St|Jr|Sr|Gp|Cap|Capt|Cdr|Brig|Maj|Adm|Hon|Rt|"
    r"[A-Z])\.(?=\s)"
)
_LEADING_CLAUSE = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d{2}\s*[:–—-]\s*(?=[A-Z])|(?:"
    r"On [^,]{3,30}(?:,\s*(?:19|20)\d{2})?|In [^,]{3,30}|"
    r"(?:(?:Our|The) )?(?:(?-i:[a-z]+) ){0,2}(?:speakers?|moderators?|hosts?|chairs?|guests?|"
    r"panell?ists?)|(?:Guest|Keynote|Featured|Invited) (?:speakers?|panell?ists?)|"
    r"(?:The|Our) (?:[a-z-]+ ){1,2}of (?:the )?[A-Z][^,]{1,60}|"
    r"[A-Z][\w&.-]*[’']s (?:[A-Z][a-z]+ ){1,3}of [A-Z][^,]{2,60}|"
    r"En [^,]{3,40}|Con [^,]{3,40}|Avec [^,]{3,40}|"
    r"In partnership with [^,]{3,40}|With these words|With that|To [a-z][^,]{3,60}|"
    r"Furthermore|Moreover|Additionally|In addition|Then|Next|"
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?:ant|ing)\s+[a-zà-ÿ][^,]{0,80}|"
    r"Finally|Later|Afterwards|After that|Meanwhile|First|Second|Third|Also|Later that day|"
    r"Por ejemplo|Por su parte|Asimismo|Además|Por otro lado|Finalmente|Luego|Posteriormente|"
    r"A convocatoria de [^,]{3,80}|A invitación de [^,]{3,80}|Por invitación de [^,]{3,80}|"
    r"À l[’']invitation de [^,]{3,80}|Auf Einladung (?:von|der|des) [^,]{3,80}|"
    r"Par ailleurs|Ensuite|Enfin|De plus|Puis|Außerdem|Anschließend|Danach|Zudem|Zunächst|"
    r"(?:Moderated|Chaired|Hosted|Introduced) by [^,]{3,120}),\s*)"
)
_GERMAN_OPENER = re.compile(
    r"(?:Im Anschluss|Im Folgenden|Zum Abschluss|Zu Beginn|Zum Auftakt|Abschließend|"
    r"Schließlich|Daraufhin|Dann|Danach|Anschließend|Zunächst|Nach (?:der|dem) \w+|"
    r"Am (?:Nachmittag|Vormittag|Abend)|Außerdem|Zudem|"
    r"Am \w+(?:,\s*(?:dem\s+)?\d{1,2}\.\s*\w+(?:\s+\d{4})?)?,?"
    r"(?:\s*um\s+\d{1,2}(?:[.:]\d{2})?\s*Uhr)?|"
    r"[^.!?]{0,40}\bum\s+\d{1,2}(?:[.:]\d{2})?\s*Uhr)"
)
"""What opens a German sentence whose verb comes second and its subject after it."""
_NAME_AFTER_VERB = re.compile(
    r"\s+(?:(?:der|die)\s+(?-i:[A-ZÄÖÜ])[\wäöüß-]+\s+)?"  # "spricht die Migrationsforscherin"
    r"(?:(?:Prof|Dr|Botschafter(?:in)?|Frau|Herr)\.?\s+){0,3}"
    r"(?P<name>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ]\.)?(?:\s+(?:von\s+|de\s+)?[A-ZÄÖÜ][\w-]+){1,2})"
    r"(?=\s*[,(]|\s+(?:über|zu|zum|zur|auf|mit|vom|von der|aus|im|in|am)\b)"
)
"""The name right after a German verb in second place (``referierte Dr. X, …``)."""
_DOUBLE_STYLED = re.compile(
    r"\bProf\.\s*Dr\.\s+(?:(?:Dr\.|h\.\s?c\.|mult\.)\s+)*"
    r"(?P<name>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ]\.)?(?:\s+(?:von\s+|de\s+)?[A-ZÄÖÜ][\w-]+){1,2})"
    r"(?![\w-])"
)
_SUBJECT_VERB = re.compile(
    r",?\s+(?:(?:will\s+)?(?:co-)?(?:lead|led|speak|spoke|present|presented|moderate|moderated|"
    r"chair|chaired|open|opened|deliver|delivered|give|gave|kick off|kicked off|introduce|"
    r"introduced|welcome|welcomed|discuss|discussed|share|shared|offer|offers|offered|"
    r"explore|explores|explored|address|addressed|participated|took part|talked|spoke about|"
    r"testified|outline|outlined|reflect on|reflected on|explain|explained|examine|examined|"
    r"noted that|highlighted|stressed|emphasi[sz]ed|underlined|underscored|pointed out|"
    r"will testify)|"
    r"delivering|giving|presenting|(?:who|which) (?:was|is|were) on the panel|"
    r"(?:are|is|were|was) (?:among )?the (?:confirmed |invited |featured )?(?:speakers?|"
    r"discussants?|panell?ists?|presenters?|commentators?|respondents?|moderators?)|"
    r"will also join|also joined|will join the (?:\w+ )?(?:session|panel|discussion|debate)|"
    r"proposent|présentent|interviennent|débattent|discutent|animent|animera|présentera|"
    r"partagera|partageront|échangera|échangeront|débattra|débattront|participera|participeront|"
    r"interviendra|presentan|debaten|intervienen|discuten|moderará|presentará|"
    r"ont (?:inauguré|ouvert|présenté|débattu|participé|animé|introduit|clôturé|pris la parole)|"
    r"sont intervenu(?:e)?s|participaron|intervinieron|presentaron|expusieron|inauguraron|"
    r"gaben|hielten|berichteten|referierten|diskutierten|sprachen|"
    r"hielt|eröffnete|moderierte|referierte|begrüßte|referiert|spricht|moderiert|"
    r"ist (?:am|zu Gast)|(?:ist|war) (?:der |die )?(?:Referent|Referentin|Redner|Rednerin|Gast)|"
    r"explicaron|destacaron|señalaron|analizaron|abordaron|debatieron|expuso|inauguró|moderó|"
    r"ofreció|relató|formuló|brindó|dictó|ha participado|participó|intervino|consideró|avanzó|"
    r"a participé|est intervenue?|ont déclaré|hat teilgenommen|"
    r"a ouvert|a présenté|a animé|a introduit|a clôturé|"
    r"(?:was|is|will be) (?:the |a |an |our |another )?"
    r"(?:other |main |second |first |featured |guest )?"
    r"(?:keynote speaker|speaker|moderator|panell?ist|discussant|chair|respondent|presenter)|"
    r"(?:served|serves|will serve) as (?:the )?(?:moderator|chair|discussant|respondent|host|"
    r"keynote speaker))\b"
)
_SAID = (
    r"señaló|dijo|explicó|destacó|afirmó|indicó|subrayó|comentó|sostuvo|aseguró|habló|trató|"
    r"abordó|apuntó|expuso|analizó|planteó|advirtió|detalló|reflexionó|"
    r"a souligné|a expliqué|a déclaré|a indiqué|a rappelé|a évoqué|a insisté|a abordé|"
    r"betonte|erklärte|sagte|unterstrich|sprach|referierte|berichtete|erläuterte|warnte|"
    r"said|noted|stressed|explained|emphasi[sz]ed|argued|spoke|discussed|highlighted|"
    r"outlined|warned"
)
"""Verbs of saying in a report, in Spanish, French, German and English."""
_SAID_WITH_ROLE = re.compile(r",\s+(?:" + _SAID + r"|mencionó|remarked|observed)\b")
"""``Luciano Bolinaga, doctor en …, señaló``: a name and its role, then what the person said
(in Spanish, French and German reports, where an event's speakers are quoted so)."""
_SENTENCE_START = re.compile(r"[.!?]\s+")
"""``Dr Malcolm Cook, Senior Fellow, and Dr Jane Roe, Fellow, led Session 1``: the
sentence opens with the people who did something at the event."""


_TRIGGER_KEYS = (
    "speaker", "panel", "participa", "discussant", "presenter", "guest", "commentator", "expert",
    "ambassadors", "invitees",
    "delegation", "line", "diskutant", "referent", "redner", "gäste", "teilnehmer", "intervenant",
    "ponente", "panelista", "featur", "remarks", "delivered by", "conversation", "with",
    "gespräch", "conversación",
    "lecture by", "address by", "keynote", "joined by", "including", "avec", "autour de",
    "présence", "participación", "interaction", "meeting", "briefing by", "talk by",
    "fireside", "intervin", "a cargo de", "intervención", "presidid", "leads", "moderators",
    "specialists", "scholars", "analysts", "diskutier", "debattier", "referier", "sprechen",
    "sprachen", "beteiligt", "podium", "bericht", "expus", "disert", "contó con", "échange",
    "avec", "partager", "débattr", "entretien", "delegates", "professors", "given by",
    "werden", "wird", "join", "among",
    "represented by", "chaired by", "opened by", "hosted", "reçu", "accueill", "reçoit",
    "recevra", "conférencier", "orateur", "conferencista", "orador", "notamment", "academics",
    "researchers", "professors", "participan", "participaron", "intervien", "gastgeber",
    "presentation", "comments by", "papers by", "paper by", "commented", "included", "featur",
    "speech", "address", "by", "moderat", "modérat", "conférence d", "conferencia de",
    "charla de", "ponencia de", "vortrag von", "left to right", "l-r", "reuni", "convoc",
    "ponentes", "gast ist", "gäste sind", "parmi",
    "reún", "heard from", "lecturer", "host", "dictad", "impartid", "moderación", "présidence",
    "participation d", "con ", "another", "joining", "schlusswort", "grußwort", "begrüßung",
    "einführung", "impulsvortrag", "gespräch mit", "diskussion mit", "lesung mit",
    "conformad", "integrad", "compuest",
    "reunir", "diserta", "intervendr", "exposiciones", "ponencias", "intervenciones",
)  # fmt: skip
"""Words one of the trigger phrases contains: a paragraph with none is not scanned."""


_TRIGGER_KEY = re.compile("|".join(re.escape(k) for k in sorted(set(_TRIGGER_KEYS))))
"""The same words as one pattern: one pass over the paragraph instead of one per word."""


_NOT_A_VERB_AFTER = re.compile(
    r"\b(?i:for|of|to|the|a|an|with|in|on|by|their|its|his|her|our|and the)\s*$"
)


_DE_VERB_THEN_NAME = re.compile(
    r"\b(?:erläuterte|erläutert|beleuchtete|beleuchtet|befasste sich|befasst sich|"
    r"beschäftigte sich|beschäftigt sich|referierte|referiert|präsentierte|präsentiert|"
    r"berichtete|berichtet|sprach|spricht|diskutierte|diskutiert)\s+"
    r"(?:(?:Prof|Dr|Professorin|Professor)\.?\s+)*"
    r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+(?:von|van|de|ter|zu)?\s*[A-ZÄÖÜ][\w'’-]+){1,2})"
    r"(?=\s*[,(]|\s+(?:vom|von der|von dem|aus der|aus dem)\b)"
)
"""``Im letzten Vortrag beschäftigte sich Marco Müller-ter Jung, Rechtsanwalt …``: a German
sentence with its verb second and the speaker after it, then a role or a house."""
_SAID_ONE_OF = re.compile(
    r"\b(?:said|says|noted|added|explained)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2}),"
    r"[^.!?]{0,160}?\bone of (?:the|our) (?:panell?ists|speakers|discussants|presenters)\b"
)
"""``"…," said Charles Haskell, Decarbonisation Programme Manager … and one of the
panellists``: a quote's speaker, one of the event's panel."""
_ELIDED_DE = re.compile(r"\b(participation|présence) d[’'](?=[A-ZÀ-Ý])")


def _window(text: str, start: int) -> str:
    """The text after ``start``, at most ``LIST_WINDOW`` characters, never ending inside a
    word (``… y de Juan Ignacio S`` would read a name that is not there)."""
    window = text[start : start + LIST_WINDOW]
    if start + LIST_WINDOW < len(text) and text[start + LIST_WINDOW].isalnum():
        window = window[: window.rfind(" ")] if " " in window else window
    return window


def people_in_prose(text: str) -> list[Person]:
    """Participants named in a prose paragraph by a trigger phrase."""
    people: list[Person] = []
    # "avec la participation d’Olivier Klein": the elided "de" read as the whole word
    text = _ELIDED_DE.sub(r"\1 de ", text)
    lowered = text.lower()
    triggers = _TRIGGER.finditer(text) if _TRIGGER_KEY.search(lowered) else ()
    for match in triggers:
        if len(people) > MAX_FOUND:
            break
        if _EARLIER_GUESTS.search(text[max(0, match.start() - 80) : match.end()]):
            continue  # "the list of previous speakers includes …": not this event's
        if (
            match.group(0)
            .lower()
            .strip()
            .startswith(
                (
                    "in conversation",
                    "conversation",
                    "im gespräch",
                    "en conversation",
                    "en conversación",
                )
            )
        ):
            before = text[max(0, match.start() - 200) : match.start()].rstrip()
            lead = re.split(r"[:.;]\s*", before)[-1]
            lead = re.split(r"\bwith\s+", lead)[-1]  # "a webcast … with Admiral X, role, in …"
            found = lead_name(lead)
            if found is None:  # "... a discussion with Josh Rogin in conversation with ..."
                tail = " ".join(lead.split()[-4:])
                name = first_name_in(tail)
                found = (name, None) if name is not None and tail.endswith(name) else None
            if found is not None:
                people.append(Person(found[0], None))
        # a list ends with its sentence; the window bounds the work one trigger can cause
        people += people_in_list(_window(text, match.end()))
    abbreviated = _ABBREVIATION.sub(r"\1", text)  # "Dr. Jane Roe" -> "Dr Jane Roe"
    verbs = [(v, False) for v in _SUBJECT_VERB.finditer(abbreviated)]
    verbs += [(v, True) for v in _SAID_WITH_ROLE.finditer(abbreviated)]
    verbs += [(v, False) for v in _CLAUSE_VERB.finditer(abbreviated)]
    for verb, quoting in verbs:
        if len(people) > MAX_FOUND:
            break
        if _NOT_A_VERB_AFTER.search(abbreviated[max(0, verb.start() - 12) : verb.start()]):
            continue  # "the need for shared port rules": a word of the object, not the verb
        # the people open the sentence the verb is in
        window = abbreviated[max(0, verb.start() - 600) : verb.start()]
        starts = [m.end() for m in _SENTENCE_START.finditer(window)]
        opening = starts[-1] if starts else (0 if verb.start() <= 600 else len(window))
        listing = _LEADING_CLAUSE.sub("", window[opening:])
        if _GERMAN_OPENER.fullmatch(listing.strip()):
            # "Im Anschluss referierte Dr. X, role, …": the verb second, its subject after it
            inverted = _NAME_AFTER_VERB.match(abbreviated[verb.end() : verb.end() + 120])
            if inverted is not None and looks_like_name(inverted.group("name")):
                people.append(Person(inverted.group("name"), None))
            continue
        if len(listing) >= 4 and listing[:1].isupper():
            people += [
                Person(_as_written(p.written, text), p.role, p.moderator)
                for p in _comma_list(listing, opening=True, subject=True)
                # "Name, doctor en …, señaló": what a person with a role said at the event
                if not quoting or (p.role is not None and has_role_words(p.role))
            ]
    for inverted in _DE_VERB_THEN_NAME.finditer(text) if " " in text else ():
        if looks_like_name(inverted.group("name")):  # "… erläuterte Dirk Kretzschmar, …"
            people.append(Person(inverted.group("name"), None))
    for quoted in _SAID_ONE_OF.finditer(text) if "one of the" in lowered else ():
        if looks_like_name(quoted.group("name")):  # "said X, role and one of the panellists"
            people.append(Person(quoted.group("name"), None))
    remarks = _IN_REMARKS.finditer(text) if re.search(r"\b(?:In|En|Dans) ", text) else ()
    for match in remarks:
        after = text[match.end() : match.end() + 300]
        sentence = after[: end.start()] if (end := _SENTENCE_END.search(after)) else after
        styled = styled_names(sentence[:120])
        if styled:  # "…, Sasakawa USA CEO Ambassador James Zumwalt talked"
            people.append(Person(styled[0].written, styled[0].role))
            continue
        name = first_name_in(sentence)
        if name is not None and sentence.startswith(name):
            people.append(Person(name, None))
    for passive in _VON_PASSIVE.finditer(text) if " von " in text else ():
        name = first_name_in(passive.group("who"))
        if name is not None:
            people.append(Person(name, None))
    led = (
        _LED.finditer(text)
        if any(
            k in lowered
            for k in (" by ", " por ", " par ", " von ", "moderier", "moderation", "moderación")
        )
        else ()
    )
    for match in led:
        if len(people) > MAX_FOUND:
            break
        said = match.group(0).lower()
        before = text[max(0, match.start() - 100) : match.start()]
        if said.startswith("headed") and (
            not _HEADS_A_PARTY.search(before) or _HEADS_SOMETHING_ELSE.search(before)
        ):
            continue  # "a procurement network headed by X": not a side at the event
        moderating = said.startswith(
            (
                "moderat",
                "chair",
                "presid",
                "will be",
                "anim",
                "modér",
                "con la moderación",
                "sous la présidence",
                "moderiert",
                "geleitet",
                "es moderier",
                "die moderation",
            )
        )
        after = text[match.end() : match.end() + 400]
        sentence = after[: end.start()] if (end := _SENTENCE_END.search(after)) else after
        styled = styled_names(sentence)
        if styled and not looks_like_name(" ".join(sentence.split()[:2])):
            # "co-moderated by the former Head of X Mr Paul Chang and Senior Adviser Mr Y":
            # long roles before the names, each name marked by its style
            people += [Person(p.written, p.role, moderator=moderating) for p in styled]
            continue
        name = first_name_in(after)
        if name is not None:
            people.append(Person(name, None, moderator=moderating))
    if len(people) <= MAX_FOUND:
        people += appositive_people(text)
    if len(people) <= MAX_FOUND and re.search(r"\b(?:Dr|Prof|Professor|Mr|Ms|Mrs|Amb)", text):
        people += styled_speakers(text)
    if len(people) <= MAX_FOUND and "Prof. Dr." in text:
        # "nahm sie Prof. Dr. Maximilian Herberger mit auf eine Zeitreise": in a German
        # report, a name under two academic styles is a speaker's
        people += [Person(m.group("name"), None) for m in _DOUBLE_STYLED.finditer(text)]
    if len(people) <= MAX_FOUND and re.search(
        r"\b(?:Ambassador|Minister|Secretary|Mayor|Consul|Governor|Senator|Chair|Chancellor|Dean|"
        r"Commissioner|Envoy)",
        text,
    ):
        people += titled_speakers(text)
    unique: dict[str, Person] = {}
    for person in people:
        seen = unique.get(person.name)
        if seen is None:
            unique[person.name] = person
        elif person.moderator and not seen.moderator:
            unique[person.name] = Person(seen.written, seen.role, True)
    return list(unique.values())


_CAP = r"[A-ZÀ-Ý][\w'’-]+"
_SAID_AFTER_COMMA = re.compile(
    r"(?<=[a-zà-ÿ]),\s+(?P<name>[A-ZÀ-Ý][\w'’-]+(?:[\s-]+(?:(?:de|del|la|van|von|di|da)\s+)?"
    r"[A-ZÀ-Ý][\w'’-]+){1,3}),\s+"
    r"(?:" + _SAID + r"|se refirió|agregó|añadió|expresó|resaltó|presentó|manifestó|inauguró|"
    r"a présenté|a ouvert|a salué|eröffnete|hob|opened|presented|welcomed)\b"
)
"""``la vicecónsul de Colombia en Shanghai, Camila Gómez, destacó``: a role in lower case,
the name between commas, then what the person said."""
_STYLED_APPOSITIVE = re.compile(
    r"(?<![\w.])(?:Dr|Dra|Prof|Profa|Mg|Mgtr|Lic|Ing|Mr|Ms|Mrs|Amb|Ambassador|Professor|"
    r"Herr|Frau|Mme|embajador|embajadora|ambassadeur|ambassadrice)\.?\s+"
    rf"(?P<name>{_CAP}(?:\s+(?:de|del|la|van|von|di|da)?\s*{_CAP}){{1,3}}),\s+"
    r"(?P<role>[^,.;()]{3,120})"
)
"""``la Dra. Patricia Nieto, directora de la carrera``: a style, the name, then its role."""
_ROLE_THEN_NAME = re.compile(
    r"\b(?:el|la|le|der|die|the|del|al)\s+(?P<role>(?i:rector|rectora|decano|decana|embajador|"
    r"embajadora|ambassador|ambassadeur|Botschafter(?:in)?|director|directora|directeur|"
    r"directrice|profesor|profesora|professeur|investigador|investigadora|moderador|"
    r"moderadora|ponente|dean|chancellor|periodista|ministro|ministra|cónsul|representante|"
    r"encargado|encargada|agregado|agregada|académico|académica|consejero|consejera)\b"
    r"[^,.;]{0,60}?(?:,\s+(?i:embajador|embajadora|ambassador|ambassadeur|profesor|profesora|"
    r"professeur|doctor|doctora))?),?\s+"
    rf"(?P<name>{_CAP}(?:[\s-]+{_CAP}){{1,4}})(?=\s*[,.;]|\s+(?:y|and|et|und|e)\s|"
    r"\s+(?:reconoció|destacó|señaló|afirmó|agradeció|inauguró|subrayó|explicó|presentó|"
    r"quien|relató|ofreció|formuló|brindó|dictó|expuso|"
    r"moderó|abrió|clausuró|a souligné|a rappelé|a ouvert|a présenté|a salué|a remercié|"
    r"said|noted|opened|welcomed|stressed)\b)"
)
"""``el rector Daniel Pizzi``, ``el embajador de Corea del Sur, Jong-Youn Choo,``, ``la
rectora María Lilia Cedillo Ramírez reconoció``: a role at an event (not a head of
state's), then the name."""


_NAME_AFTER_COMMA = re.compile(rf",\s+(?P<name>{_CAP}(?:[\s-]+{_CAP}){{1,3}})(?=\s*[,.;]|$)")


_BRACKETED_ROLE = re.compile(
    rf"(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(?P<name>{_CAP}(?:\s+{_CAP}){{1,3}})\s*"
    r"\((?P<role>[^()]{3,100})\)"
)
"""``Otto Pfeiffer (Botschafter a.D.)``, ``Jan Rudolph (vortragender Legationsrat im
Auswärtigen Amt)``: a name with its role in brackets, in a report's prose."""


def appositive_people(text: str) -> list[Person]:
    """People a report introduces with their style or their role beside the name."""
    people: list[Person] = []
    for said in _SAID_AFTER_COMMA.finditer(text):
        if looks_like_name(said.group("name")):
            people.append(Person(said.group("name"), None))
    bracketed = list(_BRACKETED_ROLE.finditer(text))
    # "with Professor X (UCL) and Y (Birkbeck)": two names or more, each with its house in
    # brackets, are people even when the house is an acronym or one word
    named = [b for b in bracketed if looks_like_name(b.group("name"))]
    paired = any(
        re.fullmatch(r"\s*(?:,|;|&|,?\s*(?:and|und|et|y|e))\s*", text[a.end() : b.start()])
        for a, b in pairwise(named)
    )
    matches = [
        *_STYLED_APPOSITIVE.finditer(text),
        *_ROLE_THEN_NAME.finditer(text),
        *bracketed,
    ]
    for found in matches:
        name, role = found.group("name"), found.group("role").strip(" ,")
        opening = text.rfind(". ", 0, found.start()) + 1
        if _ONLOOKERS.search(text[opening : found.start()]) or _HEAD_OF_STATE.search(role):
            continue  # "Attending the events were Ambassador X, …": the audience
        styled = found.re is not _ROLE_THEN_NAME  # a role beside the name must read as one
        after = _NAME_AFTER_COMMA.match(text, found.end("name"))
        if not styled and after is not None and looks_like_name(after.group("name")):
            # "el decano de la facultad de Ciencias Políticas, Lucía Benítez": the words
            # before the comma end the role; the name follows it
            name, role = after.group("name"), f"{role} {name}"
        style = text[found.start() : found.start("name")].strip(" .").lower()
        envoy = style in ("embajador", "embajadora", "ambassadeur", "ambassadrice", "ambassador")
        if envoy and re.match(r"(?i:quien|quienes|who|qui|der|die)\b", role):
            role = style  # "embajador X, quien destacó …": what follows is what was said
        listed = paired and found.re is _BRACKETED_ROLE
        if looks_like_name(name) and (has_role_words(role) or not styled or envoy or listed):
            people.append(Person(name, role))
    return people[:MAX_FOUND]


_HEAD_OF_STATE = re.compile(
    r"\b(?:actual|current|then|incumbent|aktuelle[rn]?|amtierende[rn]?)\s+"
    r"(?:president|presidente|président|Präsident)|"
    r"\b(?:president|presidente|président|Präsident|prime minister|primer ministro)\s+"
    r"(?:of|de|du|der|von)\s+(?:China|Rusia|Russia|Russie|Russland|the United States|Estados "
    r"Unidos|États-Unis|Corea|Korea|Japan|Japón|Japon|France|Francia|Frankreich|India)\b",
    re.I,
)
"""A head of state named in passing (``Xi Jinping (actual presidente de China)``)."""
_ONLOOKERS = re.compile(
    r"\b(?:attend|attending|attended|accompan|audience|among the guests|"
    r"asistieron|asistentes|anwesend|Publikum|assistaient)",
    re.I,
)
"""Words of a sentence about who came to listen, not who spoke."""


def _as_written(name: str, text: str) -> str:
    """``Evgeny N Avrorin`` read from text whose initials lost their stops: the name as
    ``text`` writes it (``Evgeny N. Avrorin``)."""
    words = name.split()
    pattern = r"\s+".join(
        re.escape(w) + (r"\.?" if re.fullmatch(r"[A-Z]|Dr|Mr|Mrs|Ms|Prof", w) else "")
        for w in words
    )
    found = re.search(pattern, text)
    return found.group(0) if found is not None else name


def bare_names(text: str) -> list[str] | None:
    """A line that is only a list of names (``Tai Hwan Lee, Chang Soo Jin, Myon woo Lee``):
    the people of the event, as printed under its title. None for anything else."""
    if len(text) > 300 or re.search(r"\d|[.!?:]\s*$", text):
        return None
    parts = [p.strip() for p in re.split(r",\s*|;\s*|\s+(?:and|&|und|et|y)\s+", text)]
    if not 2 <= len(parts) <= 12 or any(not p for p in parts):
        return None
    named = [p for p in parts if looks_like_name(strip_honorific(p))]  # "Dr. Jane Roe"
    loose = [
        p
        for p in parts
        if p not in named
        and 2 <= len(p.split()) <= 4
        and p.split()[0][:1].isupper()
        and p.split()[-1][:1].isupper()
        and all(w.isalpha() and len(w) <= 12 for w in p.split())
    ]  # "Myon woo Lee": a romanised given name in lower case
    if len(named) < 2 or len(named) + len(loose) < len(parts) or len(loose) > 1:
        return None
    return parts


_RUN_LEAD_IN = re.compile(
    r"^(?:The|Our|Its)\s[^;,.]{0,100}?\b(?:included|include|includes|were|are|comprised|"
    r"consisted of)\s*:?\s+(?=[A-Z])"
)


DAY_DASH = re.compile(
    r"^(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2},?\s+(?:19|20)\d{2}|\d{1,2}\s+(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\s+(?:19|20)\d{2})\s*[—–-]\s*"
)
"""The day a recording was made, then a dash, before its speakers."""


def semicolon_run(text: str) -> list[Person] | None:
    """``Name, Role; Name, Role; ... Moderated by X.`` on one line, else None."""
    if text.count(";") < 1:
        return None
    parts = [p.strip() for p in text.split(";")]
    dated = DAY_DASH.match(parts[0])  # "August 11, 2021 — Bonnie Glaser, Director …; …"
    if dated is not None:
        parts[0] = parts[0][dated.end() :]
    lead_in = _RUN_LEAD_IN.match(parts[0])  # "The members of the delegation included A, …"
    if lead_in is not None:
        if re.search(r"[a-z)]\.\s+[A-Z]", _ABBREVIATION.sub(r"\1", parts[-1])):
            return None  # another sentence follows the list: read as prose
        parts[0] = parts[0][lead_in.end() :]
    people: list[Person] = []
    for part in parts:
        closing = re.search(
            r"\.\s+(?:Moderated|Chaired|Presided over)\s+by\s+(?P<name>.+?)\.?$", part
        )
        if closing is not None:
            part = part[: closing.start()]
        part = re.sub(r"^and\s+", "", part)
        person = name_role_line(part) if "," in part else None
        if person is not None:
            people.append(person)
        elif people and part and not looks_like_name(part):
            last = people[-1]
            people[-1] = Person(
                last.written, f"{last.role}; {part}" if last.role else part, last.moderator
            )
        elif part:
            return None
        if closing is not None:
            name = closing.group("name").strip()
            if not looks_like_name(name):
                return None
            people.append(Person(name, None, moderator=True))
    return people if len(people) >= 2 else None


_ZH_TITLE = (
    r"(?:校长|院长|会长|主任|所长|总编辑|主编|秘书长|部长|次长|书记|教授|研究员|大使|主席|理事长|司长|局长|"
    r"处长|总裁|董事长|总监|专家|学者|博士|讲师|副教授|参赞|公使|总领事|顾问|编审|助理|秘书官|记者|"
    r"理事|委员|总编|编辑|社长|首席专家|高级研究员|特聘研究员|副会长|领事|总领事|参事|秘书|"
    r"市长|区长|县长|省长|教师|主委|特派员|总干事|厅长|巡视员|检察长|院士|馆长|行长|总经理|"
    r"首席科学家|主任委员)"
)
_ZH_ACT = (
    r"(?:主持|应邀|應邀|致辞|致词|致.{1,3}辞|莅会|莅临|亦|也|参与|参加|出席|作题为|作主旨|作报告|作主题|发言|发表|表示|指出|介绍|演讲|"
    r"强调|讲话|做总结|作总结|做了|作了|"
    r"代表|在|以(?!来|上|下|后|前|及)|则以|为|、|和|与|等|先后|分别|相继|共同|一同|认为|将|"
    r"[,，;；。:：(（])"
)
_ZH_PERSON = re.compile(
    rf"{_ZH_TITLE}(?:[(（][^()（）]{{1,30}}[)）])?"
    rf"(?P<name>[{''.join(sorted(CJK_SURNAMES))}][\u4e00-\u9fff]{{1,4}}?)"
    rf"(?:副教授|教授|副研究员|研究员|博士|大使|先生|女士|少将|中将|上将)?(?={_ZH_ACT}|$)"
)
_ZH_TITLE_LATIN = re.compile(
    rf"(?:{_ZH_TITLE}|董事)\s?(?P<name>[A-Z][a-zß-öø-ɏ]+(?:[ -](?:(?:de|van|von|del|da|di|la|le) )?"
    r"[A-ZÀ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’]+){1,3})(?![A-Za-zÀ-ÖØ-öø-ɏ'’.-])"
)
"""``战略与治国学教授Walter Russell Mead及``: a person from abroad, after the title in Chinese."""
_ZH_LATIN_THEN_TITLE = re.compile(
    r"(?<![A-Za-zÀ-ÖØ-öø-ɏ'’.-])"
    r"(?P<name>[A-Z][a-zß-öø-ɏ]+(?: [A-Z]\.)?(?: [A-ZÀ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’-]+){1,2})"
    r"\s?(?:博士|教授|副教授|研究员|先生|女士|大使)(?=[,，、。;；]|主持|致辞|发言|参加|出席|作|做|表示|指出|认为|$)"
)
"""``Thomas Clarke 博士，``: a person from abroad, the title in Chinese after the name."""
_ZH_TWO_CHAR_TITLES = frozenset(
    "主任 所长 院长 校长 会长 部长 处长 局长 司长 社长 秘书长 理事长 董事长 总裁 馆长 站长 "
    "台长 厅长 省长 市长 主席 书记 主编 总编".split()
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ZH_NAME_THEN_TITLE = re.compile(
    rf"(?P<name>[{''.join(sorted(CJK_SURNAMES))}][\u4e00-\u9fff]{{1,2}}?)"
    r"(?:副|常务|执行)?(?:教授|研究员|副教授|博士|书记|院长|主任|所长|大使|校长|会长)"
    r"(?=[,，、。;；]|主持|致|代表|发言|作|做|出席|应邀|表示|指出|认为|进行|讲授|带来|围绕|就|为|担任)"
)
_ZH_NOT_NAME_CHARS = re.compile(
    r"[级副学院所部中心会国际系研究教授员长省市区县组委党团社局厅司处室办馆校队报刊网台]"
)
_ZH_SHARED_TITLE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[院所校系部心会]))"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)"
    r"(?:教授|研究员|博士|老师)(?=[做作主出发致等,，、。和与]|$)"
)
"""``袁征、洪源教授``: names that share one title."""
_ZH_SAID = re.compile(rf"(?:{ZH_SAID})$")
"""A verb that follows a name in a report (``李民强调``): not part of the name."""
_JA_ROLE = (
    r"(?:総長|所長|研究所長|大臣|副大臣|議員|教授|准教授|講師|理事長|理事|会長|社長|大使|研究員|"
    r"コメンテーター|記者|部長|局長|室長|代表|委員|学長|顧問|主任|司令官|長官|幕僚長|官)"
)
_JA_PERSON = re.compile(
    r"(?<![\u4e00-\u9fff])"
    r"(?P<name>[\u4e00-\u9fff]{1,3} [\u4e00-\u9fff]{1,3}(?=氏)|"
    r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{1,3} [\u4e00-\u9fff]{1,3})"
    rf"(?:氏|\s+(?:[^\s、。]{{0,16}}?){_JA_ROLE})"
)
_KO_ROLE = (
    r"(?:교수|박사|원장|부원장|소장|부소장|연구위원|연구원|대사|장관|차관|의원|위원장|위원|이사장|"
    r"본부장|센터장|총장|학장|기자|대표|회장|처장|여단장|비서관|부장|실장|국장|사무총장|사무국장|"
    r"대변인|전문위원|특보|교육감|시장|도지사|차장|총리|대통령|의장|부의장|선임연구위원|"
    r"수석연구위원|책임연구위원|명예교수|석좌교수|객원교수|초빙교수|특임교수|부교수|조교수|연구교수|고문|"
    r"상임고문|공사|참사관|총영사|영사|변호사|작가|편집장|논설위원|국장|처장|이사|연구실장|강사|"
    r"과장|팀장|연구관|보좌관|차관보|목사|신부|상무|전무|교무|주임|간사|외국변호사|인권관|사장|"
    r"부사장|소장대행|원장대행|교장|학교장|원불교 교무)"
)
_KO_LINKING_WORDS = frozenset("이어 그리고 또한 특히 한편 이날 또 및 이후 먼저 다음".split())
_KO_FOREIGN_FORMER = re.compile(
    r"(?:^|(?<=\s))(?P<name>[\uac00-\ud7a3]{1,6}(?: [\uac00-\ud7a3]{2,6}){1,2}) 전 "
    r"(?:[\uac00-\ud7a3A-Za-z]+ ){0,3}?" + _KO_ROLE + r"(?:이|가|은|는|의|과|와)(?=\s)"
)
"""``톰 머피 전 미국 피츠버그 시장이``: a name from abroad in Hangul, then 전 ("former") and
its title."""
_KO_PERSON = re.compile(
    rf"(?<![\uac00-\ud7a3])(?P<name>[\uac00-\ud7a3]{{2,4}})\s+(?:[^\s,.]{{1,20}}\s+){{0,3}}?"
    rf"[^\s,.]*?{_KO_ROLE}(?=[()이가은는의과와을를,\s]|$)"
)
_KO_OVERLAPPING = re.compile(f"(?=(?:{_KO_PERSON.pattern}))")
_KO_ROLE_AFTER = re.compile(rf"{_KO_ROLE}.*$")
"""What follows the first title after a name: the words between the two are what the
title is of (``국민대 한반도미래연구원``), never a clause."""
_KO_SPACED = re.compile(
    rf"(?<![\uac00-\ud7a3])(?P<name>[\uac00-\ud7a3] [\uac00-\ud7a3]{{1,2}})\s+{_KO_ROLE}"
    r"(?=[(이가은는의과와을를,\s]|$)"
)
_KO_BRACKETED = re.compile(
    r"(?<![\uac00-\ud7a3])(?P<name>[\uac00-\ud7a3]{2,4})\s?\((?P<inside>[\uac00-\ud7a3][^()]{1,40})\)"
)
_KO_MARKED = re.compile(
    r"[▲△■□●○◆◇•·]\s*(?P<name>[\uac00-\ud7a3]{1,6}(?: [\uac00-\ud7a3]{1,6}){1,2})\s?"
    r"\((?P<inside>[^()]{2,60})\)"
)
"""``▲알렉산더 보론초프 (러시아 학술원 … 과장)는``: an entry of a marked list, a name from
abroad in Hangul words, then where the person is from."""
_KO_LISTED_FOREIGN = re.compile(
    r"(?:^|(?<=[,，、:：]\s)|(?<=[,，、:：]))"
    r"(?P<name>[\uac00-\ud7a3]{1,6}(?:[ -][\uac00-\ud7a3]{1,6}){1,2})\s?\((?P<inside>[^()]{2,60})\)"
    r"(?=\s*(?:[,，、]|$))"
)
"""``미국 : 빅터 차(CSIS 수석부소장 겸 한국 석좌), 필립 골드버그(주한 미국대사), …``: names
from abroad in Hangul words, each with a title in brackets, in a list."""
_KO_ROMANISED = re.compile(
    r"(?<![\uac00-\ud7a3])(?P<name>[\uac00-\ud7a3]{1,5}(?: [\uac00-\ud7a3]{1,5}){0,2})\s?"
    r"\((?P<latin>[A-Z][a-z]+(?: (?:[A-Z][a-z.]+|[A-Z]{2,}(?=[ )]))){1,3})\)"
)
"""``필립 세스 골드버그(Philip Seth Goldberg)``, ``옹켕용(Ong Keng Yong)``, ``모하메드
슈라이비(Mohammed CHRAIBI)``: a name in Hangul with its Latin spelling (a family name may be
in capitals); as many Hangul words as the Latin name has."""
_KO_HEAD_IN_BRACKETS = re.compile(
    r"\S[(（]\s*(?:총장|원장|소장|회장|단장|이사장|센터장|위원장|관장|학장|처장|대표)\s*$"
)
"""``일민국제관계연구원(원장 이재승)``: the head of a house named in brackets after it."""
_KO_BYLINE = re.compile(
    r"[=＝]\s*[\uac00-\ud7a3]{2,4}\s+기자|[\uac00-\ud7a3]{2,4}\s+기자\s*(?:[=\]\n]|$|\S+@\S+|기사)"
)
"""``[미디어펜=김소정 기자]``, ``홍길동 기자 =``, ``2014-11-13 조홍기 기자`` ending its line,
``장세풍 기자 spjang@naeil.com``: the reporter's byline, not a participant."""
_KO_BRACKETED_RUN = re.compile(
    r"[\uac00-\ud7a3]{2,4}\s?\([^()]{1,40}\),\s*[\uac00-\ud7a3]{2,4}\s?\([^()]{1,40}\),"
    r"\s*[\uac00-\ud7a3]{2,4}\s?\("
)
"""Three names or more in a row, each with its organisation in brackets."""
_KO_NOT_NAME_STARTS = (
    "세션", "진행", "상황", "국회", "좌장", "발표", "토론", "기조", "참석", "민주평통",
    "이날", "이번", "명예", "모두 ", "함께 ", "또한 ",
)  # fmt: skip
"""Words that open no Korean name (``좌장은``, ``진행될``)."""
_KO_ORG = re.compile(
    r"(?:대학교|대학|대|연구원|연구소|재단|센터|위원회|부|처|청|실|원|일보|신문|방송|뉴스)$"
)
"""How an organisation in brackets after a name ends (``김재철(가톨릭대학교)``)."""
_KO_COUNTRIES = frozenset("미국 일본 중국 러시아 영국 프랑스 독일 캐나다 호주 인도 대만".split())
_KO_FOREIGN = re.compile(
    r"(?<![\uac00-\ud7a3])(?P<name>[\uac00-\ud7a3]{1,5} [\uac00-\ud7a3]{1,5})\s+(?:전\s+)?"
    r"(?:(?:미국|일본|중국|러시아|영국|프랑스|독일|캐나다|호주|인도|대만)\s+)?"
    r"(?:(?:[^\s,.]{1,12}(?:대|대학교|대학|연구소|연구원|재단|신문사|"
    r"신문|방송|사령부|아카데미|위원회|사무소|국무부|외교부)"
    r"(?:\s+[^\s,.]{1,14}){0,2}|"
    r"주한\s+[^\s,.]{2,12})\s+|주한\s?[^\s,.]{1,8}(?=대사|공사|총영사))?"
    r"(?:교수|부교수|명예교수|객원교수|연구원|객원연구원|연구위원|선임연구원|수석연구원|전문연구원|"
    r"부소장|특사|소장|원장|이사장|총장|대사|"
    r"공사|총영사|논설위원|편집위원|기자|사령관|부사령관|국장|실장|[^\s,.]{1,10}연구소장)"
    r"(?=[(이가은는의과와을를,\s]|$)"
)
"""A foreign name written in Hangul as two words, then where the person is from and a title."""
_KO_LOANWORDS = frozenset(
    "글로벌 아시아 코리아 센터 그룹 포럼 재단 인터내셔널 네트워크 정책 전략 평화 미래 국제".split()
)
"""Words of an organisation's name written in Hangul (``캐논 글로벌``), never of a person's."""
_KO_TITLE_PREFIXES = frozenset("명예 석좌 객원 초빙 특임 겸임 수석 선임 책임 부 전임 연구".split())
"""Words that open a Korean title written apart from it (``명예 교수``)."""
_KO_DOTTED = re.compile(
    r"(?<![\uac00-\ud7a3])(?P<names>[\uac00-\ud7a3]{3}(?:·[\uac00-\ud7a3]{3})+)\s*"
    r"(?:교수|박사|연구위원|연구원|위원)"
)
_KO_ORG_ENDS = (
    "일보", "신문", "학원", "재단", "대학", "연구원", "연구소", "협회", "학회", "센터",
    "위원회", "학교", "방송", "뉴스", "그룹", "포럼", "예비역", "우회", "문회", "창회",
)  # fmt: skip
"""How the names of organisations end (``동아일보``, ``한빛재단``)."""
_KO_NOT_NAMES = frozenset(
    """
    이번 이어서 지난 오전 오후 한국 한미 한반도 정부 국방 조선 전문 연구 주최 고려 전국 성균 한남대
    이날 이후 이에 이와 이를 이는 이가 이상 이하 양국 양측 정책 안보 국제 국내 국립 전직 현직 전임
    현재 최근 최초 최고 주요 주한 주미 주중 주일 박사 교수 원장 소장 대표 기조 발제 토론 사회 좌장
    주변국 강대국 당사국 회원국 동맹국 상대국 국무부 외교부 국방부 통일부 연구원 사회로 서울 부산
    세션 진행 상황 국회 이어 발표는 토론은 좌장은 사회는 기조연설 축사 개회사 환영사 폐회사
    오찬사 참석 기념 주관한 주최한 개최한 후원한 주년 공사 주재 부산시 서울시 인천시 대구시 광주시
    대전시 울산시 세종시 경기도 강원도 제주도 마지막 오늘 내일 사무국 사무처 총장 기관인 나서고
    백악관 태평양 대서양 여시재 길림성 요녕성 흑룡강성
    제주 인천 대전 사무처장 사무국장 위원장 이사장 발표자 토론자 참석자 관계자 전문가 연구진 공동
    우리 소속 연구위원 상태바 가운데 주관은 대표간사 평화한국 목사 신부 모두 함께 또한 특히
    나서며 나서서 원우회 동문회 동창회
    """.split()
)


_JA_OF_TITLE = re.compile(
    r"の(?P<name>[\u4e00-\u9fff]{2,4}?)(?:研究室長|研究員|研究所長|所長|室長|会頭|社長|会長|教授|准教授|"
    r"理事長|理事|大使|部長|局長|課長|院長|学長|総長|代表|委員長|委員|主任|顧問|大臣|副大臣|政務官|知事|"
    r"審議官|議員|長官|司令官|編集委員|論説委員|記者)(?=[、。,がはもとのをにら（(\s]|$)"
)
_JA_NAME_CHARS = re.compile(r"[研究学会所省庁部局院国党社協議員長官委事務課室都県府際法]")
"""Characters of an organisation's or a title's name, rarely of a person's (村, 町, 市 and 立
open or end common family names: 中村, 町田, 市川, 立花)."""
_JA_KATAKANA = re.compile(
    r"(?<![\u30a1-\u30fa\u30fc・=＝])(?P<name>[\u30a1-\u30fa\u30fc][\u30a1-\u30fa\u30fc・=＝]{2,24})氏"
)
"""``ジョン・ハリス氏``: a foreign name in katakana with the honorific 氏."""
_JA_ALIAS = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{2,5})[(（][\u4e00-\u9fff]{2,5}[)）]"
    r"(?=[^、。]{0,20}(?:教授|准教授|研究員|所長|理事長|会長|大使|委員|記者|代表))"
)
"""``大野旭(楊海英)静岡大学教授``: a name with another it is known by, then a title."""
_JA_KATAKANA_TITLED = re.compile(
    r"(?<![\u30a1-\u30fa\u30fc・駐在])(?P<name>[\u30a1-\u30fa\u30fc]{2,12}(?:・[\u30a1-\u30fa\u30fc]{2,12}){1,3})"
    r"(?![\u30a1-\u30fa\u30fc])(?!大学|研究所|財団|研究院|センター|協会|機構|社|銀行)"
    r"(?=(?:[A-Z]{2,10})?[^、。\s()（）の]{0,16}?(?:理事長|所長|フェロー|教授|准教授|研究員|大使|公使|代表|"
    r"会長|社長|部長|局長|長官|大臣|議員|記者|顧問|主任|ディレクター|アナリスト|司令官|次官|補佐官))"
)
"""``リチャード・ロソウCSISシニア・フェロー``: a name from abroad in katakana, then where the
person is from and the title."""
_JA_KATAKANA_NOT_NAMES = frozenset(
    "シニア フェロー ディレクター アナリスト センター フォーラム".split()
)
_JA_NAME_ROLE_BRACKET = re.compile(
    r"(?:^|(?<=[\s●○◆◇■□▲・、:：]))"
    r"(?P<name>[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{1,3}[\u3041-\u3093]{2,4}|"
    r"[\u30a1-\u30fa\u30fc]{2,12}・[\u30a1-\u30fa\u30fc]{2,12})\s?[(（](?P<role>[^()（）]{2,40}?"
    r"(?:教授|准教授|講師|研究員|研究官|所長|会長|理事長|理事|記者|大使|総領事|公使|代表|議員|委員|"
    r"主幹|顧問|社長|局長|部長|室長|院長|学長|館長|主任|助教|編集委員|解説委員|委員長|事務局長)"
    r"[^()（）]{0,24})[)）]"
)
"""``加藤千洋(同志社大学教授・元朝日新聞記者)``: a name, then in brackets where the person
is from and the title."""
_JA_DOT_TITLE = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{3,5})・(?:元|前|副|名誉)?"
    r"[^、。・]{0,16}?(?:理事長|副理事長|会長|教授|名誉教授|准教授|委員|研究員|所長|本部長|大使|総長|学長|代表|"
    r"外相|外務大臣|大臣)"
    r"(?=[、。,がはもとを(（]|$)"
)
"""``伊藤隆・東大名誉教授``: a name, a middle dot, then where the person is from and a title."""
_JA_BOTH = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<a>[\u4e00-\u9fff]{2,5})、(?P<b>[\u4e00-\u9fff]{2,5})両"
    r"[\u4e00-\u9fff]{0,6}(?:委員|教授|理事|氏|大使|議員)"
)
"""``湯浅博、冨山泰両企画委員``: two names sharing one title."""
_JA_NOT_NAME = re.compile(r"(?:党|省|庁|会|所|部|院|学|局|講演|研究|報告|大会|協議|本部|政府)$")


_CREDIT_END = re.compile(r"(?:报道|報道|摄影?|攝影?|供图|供圖|编辑|編輯|整理|撰稿)$")
"""The end of a credit line's name (``焦家志報道``, ``王明摄``): who reported, not who spoke."""


_ZH_CHAIRED_BY = re.compile(
    rf"由(?P<name>[{''.join(sorted(CJK_SURNAMES))}][\u4e00-\u9fff]{{1,2}}?)"
    r"(?:教授|研究员|博士|先生|女士)?(?:主持|担任主持)"
)
"""``开幕会由高友東主持``: the session chaired by a person named without a title."""
_JA_HONORIFIC_NAME = re.compile(
    r"(?:^|(?<=[\s、,:：「(（の-]))"
    r"(?P<name>[\u4e00-\u9fff]{1,4}[^\S\n]?[\u4e00-\u9fff]{1,4}|"
    r"[\u30a1-\u30fa\u30fc][\u30a1-\u30fa\u30fc・＝]{1,14}"
    r"(?:[^\S\n][\u30a1-\u30fa\u30fc・＝]{2,14})?)"
    r"[^\S\n]?(?:氏|さん)(?=\s*[(（]|\s|$|[、,。がはにのとも])"
)
"""A name in Japanese with the style 氏 or さん after it, spaced or not (``勝谷 友美 氏(…)``,
``サヘル・ローズさん``, ``末田真由美さんが登壇``)."""
_JA_ROLE_FIRST = re.compile(
    r"^(?:代表理事|理事長|代表|会長|社長|所長|准教授|教授|講師|女優|俳優|作家|記者|市長|知事|議員|"
    r"大臣|弁護士|医師|院長|部長|局長|館長|校長|学長|研究員|顧問|理事|委員長|事務局長|第一人者)"
    r"[^\S\n]?(?=[\u4e00-\u9fff\u30a1-\u30fa]{2})"
)
"""A role printed before a name in Japanese (``代表理事 田村太郎``, ``女優 サヘル・ローズ``)."""
_JA_NOT_HONOURED = frozenset("皆 同 両 各 故 前 元 参加者 講師 先生 司会 会長 代表".split())
_ATTENDS = re.compile(r"出席|莅临|莅会|列席")
_SPEAKS = re.compile(
    r"致辞|致词|讲话|发言|主持|报告|演讲|主讲|题为|点评|评议|分享|介绍|作了|做了|授课|"
    r"挨拶|講演|報告|発表|司会|基調|コメント|討論|登壇|"
    r"발표|토론|좌장|사회|축사|환영사|개회사|기조|강연|발제|인사말|주제"
)
_SENTENCE_STOPS = "。；;！？!?\n"


def _only_attends(text: str, name: str) -> bool:
    """Whether each sentence that names ``name`` says only that the person attended
    (``复旦大学党委书记焦揚出席开幕会``, ``…국회의원이 참석했다``): a guest, not a speaker."""
    sentences = []
    for found in re.finditer(re.escape(name), text):  # every sentence the name is in
        at = found.start()
        start = max(text.rfind(stop, 0, at) for stop in _SENTENCE_STOPS) + 1
        ends = [end for end in (text.find(stop, at) for stop in _SENTENCE_STOPS) if end != -1]
        sentences.append(text[start : min(ends) if ends else len(text)])
    return bool(sentences) and all(
        _ATTENDS.search(sentence) is not None and _SPEAKS.search(sentence) is None
        for sentence in sentences
    )


def cjk_people(text: str) -> list[str]:
    """People named with their titles in Chinese, Japanese or Korean prose:
    ``院长唐小松主持``, ``森本敏 総長・元防衛大臣``, ``宋明江氏``, ``정진영 경희대 교수가``."""
    if not WIDE.search(text):
        return []
    chinese = is_chinese(text)
    simple = traditional_read(text)
    if simple is not None:
        return [as_written(name, simple, text) for name in cjk_people(simple)]
    found: list[str] = []
    for match in _ZH_PERSON.finditer(text):
        name = match.group("name")
        if not re.search(r"以上|以下|领导|同志|干部", name) and name not in ZH_CITIES:
            found.append(name)  # ("秘书长以上领导": "leaders above the secretary general")
    if chinese:
        found += [m.group("name") for m in _ZH_TITLE_LATIN.finditer(text)]
        found += [m.group("name") for m in _ZH_LATIN_THEN_TITLE.finditer(text)]
        for match in _ZH_NAME_THEN_TITLE.finditer(text):  # "国际政治系孟晓旭教授,"
            name, start = match.group("name"), match.start("name")
            if start >= 1 and text[start - 1] + name[0] in _ZH_TWO_CHAR_TITLES and len(name) >= 3:
                name = name[1:]  # "中心主任修斌教授": the title's last character, then the name
            elif (
                len(name) == 3
                and start >= 2
                and _HAN.match(text[start - 1])
                and text[start - 2] in "、，,：:；;（("
            ):
                name = text[start - 1] + name  # "、高原秀介教授": a Japanese name of four
            if not _ZH_NOT_NAME_CHARS.search(name):
                found.append(name)
        for match in _ZH_CHAIRED_BY.finditer(text):  # "开幕会由高东升主持": who chaired
            found.append(match.group("name"))
        for match in _ZH_SHARED_TITLE.finditer(text):
            found += [n for n in match.group("names").split("、") if n[:1] in CJK_SURNAMES]
        found = [
            name[: said.start()] if (said := _ZH_SAID.search(name)) and said.start() >= 2 else name
            for name in found
        ]
        found = [re.sub(r"(?:教授|研究员|博士|老师)$", "", n) if len(n) > 3 else n for n in found]
        # "主任刘宇副教授": the last character of a title read as a surname ("任刘宇")
        found = [
            name[1:]
            if len(name) == 3 and name[1] in CJK_SURNAMES and name[0] in "任长记理员"
            else name
            for name in found
        ]
    dictionary: list[str] = []
    if re.search(r"[\u3040-\u30ff]", text):  # kana: Japanese
        dictionary = japanese_names(text)  # "村田晃嗣同志社大学教授": the name the dictionary knows
        for match in _JA_PERSON.finditer(text):
            name = match.group("name")
            if len(name.replace(" ", "")) >= 3 and not _JA_NOT_NAME.search(name):
                found.append(name)
        for match in _JA_KATAKANA.finditer(text):
            found.append(match.group("name"))
        for match in _JA_ALIAS.finditer(text):
            found.append(match.group("name"))
        for match in _JA_KATAKANA_TITLED.finditer(text):
            around = text[max(0, match.start() - 12) : match.end() + 24]
            if re.search(r"受賞|メッセージ|祝辞|書簡", around):
                continue  # a prize's winner, a message sent: named, not taking part
            if not any(p in _JA_KATAKANA_NOT_NAMES for p in match.group("name").split("・")):
                found.append(match.group("name"))
        for match in _JA_NAME_ROLE_BRACKET.finditer(text):
            name = match.group("name")
            if len(name) >= 4:
                name = re.sub(r"(?:博士|教授|先生)$", "", name)  # "金容炫博士(東国大学校教授)"
            if not _JA_NAME_CHARS.search(name) and name[-1] != "氏":
                found.append(name)
        for match in _JA_DOT_TITLE.finditer(text):
            if not _JA_NAME_CHARS.search(match.group("name")):
                found.append(match.group("name"))
        for match in _JA_BOTH.finditer(text):
            found += [
                n for n in (match.group("a"), match.group("b")) if not _JA_NAME_CHARS.search(n)
            ]
        for match in _JA_OF_TITLE.finditer(text):  # "研究所の宋明江所長": of <org>, name, title
            name = match.group("name")
            if len(name) >= 3 and not _JA_NAME_CHARS.search(name):
                found.append(name)
    for match in _KO_OVERLAPPING.finditer(text):
        name = match.group("name")
        close = text[match.start() + len(name) : match.start() + len(name) + 40].lstrip()
        if (
            name[0] in HANGUL_SURNAMES
            and not name.endswith(("에선", "에서"))  # "2부에선 이현태 …": "in part 2"
            # most Korean names have three syllables; two only right before the title
            # ("김구 선생"), four only after a two-syllable family name ("남궁민수")
            and (
                len(name) == 3
                or (
                    len(name) == 2
                    and (
                        re.match(_KO_ROLE, close) is not None
                        or _KO_ORG.search(close.split(" ", 1)[0]) is not None
                    )
                )
                or (len(name) == 4 and name[:2] in HANGUL_DOUBLE_SURNAMES)
            )
            and name not in _KO_NOT_NAMES
            and not re.fullmatch(_KO_ROLE + "인", name)  # "소장인": "who is the director"
            and not name.startswith(_KO_NOT_NAME_STARTS)
            and not name.endswith(_KO_ORG_ENDS)
            and not _KO_BYLINE.search(text[max(0, match.start() - 12) : match.start() + 40])
            and name[-1] not in "로의는을를에와과도만학대란"  # a particle or an institution
            and not re.fullmatch(_KO_ROLE, name)  # "변호사(…)": a title, not a name
            # "방향성 모색이라는 소주제로 김주현 원장": a clause, then another's name and title
            and not re.search(r"[는로]\s", _KO_ROLE_AFTER.sub("", close[:40]) + " ")
            # "고려대학교(총장 김동원)": the head of a house, in brackets after its name
            and not _KO_HEAD_IN_BRACKETS.search(text[max(0, match.start() - 12) : match.start()])
        ):
            found.append(name)
    for match in _KO_FOREIGN_FORMER.finditer(text):  # "톰 머피 전 미국 피츠버그 시장이"
        words = match.group("name").split()[-2:]  # a given and a family name
        if words[0][-1] not in "은는이가을를의에와과도로" and not any(
            w in _KO_LINKING_WORDS for w in words
        ):  # "이어 오윤희 전 주러시아 대사가": a linking word, then a Korean name
            found.append(" ".join(words))
    for match in _KO_SPACED.finditer(text):  # "탕 용성 교수": a Chinese name in Hangul
        if not match.group("name").startswith(("전 ", "前")):
            found.append(match.group("name"))
    # "김용경(경기도), 노성봉(법무법인 일현), 장대섭(…)": a list of names with where each is from
    listed = len(_KO_BRACKETED_RUN.findall(text)) >= 1
    for match in _KO_BRACKETED.finditer(text):  # "이시형(한국국제교류재단 이사장)"
        name = match.group("name")
        inside = match.group("inside")
        titled = has_role_words(inside) or re.search(_KO_ROLE, inside)
        # "김재철(가톨릭대학교)": an organisation alone in brackets, after a Korean name
        placed = (_KO_ORG.search(inside) or listed) and name[0] in HANGUL_SURNAMES
        first = inside.split()[0] if inside.split() else ""
        if (
            re.fullmatch(r"[\uac00-\ud7a3]{3}", first)
            and " " in inside
            and looks_like_name(first)
            and not _KO_ORG.search(first)
            and first[-1] not in "대원소청부처관회단국과"
        ):
            continue  # "과제(염창선 센터장)": a talk, then its speaker in brackets
        if (titled or placed) and name not in _KO_NOT_NAMES and not re.fullmatch(_KO_ROLE, name):
            found.append(name)
    for match in _KO_MARKED.finditer(text):
        words = match.group("name").split()
        inside = match.group("inside")
        if (re.search(_KO_ROLE, inside) or _KO_ORG.search(inside.split()[0])) and not any(
            w in _KO_NOT_NAMES or w.startswith(_KO_NOT_NAME_STARTS) for w in words
        ):
            found.append(match.group("name"))
    for match in _KO_FOREIGN.finditer(text):  # "후카가와 유키코 와세다대 교수"
        name = match.group("name")
        first = name.split()[0]
        if re.fullmatch(_KO_ROLE + "인", first) and len(name.split()) >= 2:
            name = name.split(" ", 1)[1]  # "소장인 옌쉐퉁 교수": "who is the director", the name
            first = name.split()[0]
        if (
            first not in _KO_NOT_NAMES
            and first not in ("전", "현", "前", "故", "신임", "초대")  # "전 주러시아 대사": former
            and name.split()[-1]
            not in ("전", "현", "목사", "신부", "교수", "박사")  # "former", a title
            and name[-1] not in "의와과는은을를에"  # "스페셜 세션에서는": a particle ends it
            and not name.endswith("관")  # "대한민국 주중대사관": an embassy
            and name.split()[-1] not in _KO_TITLE_PREFIXES  # "이춘근 명예 교수"
            and first[-1] not in "의와과는은을를이가고며서면도에해한로선"  # particle, verb ending
            and not _KO_ORG.search(first)
            and not first.endswith(_KO_ORG_ENDS)
            and not _KO_ORG.search(name.split()[-1])
            and name.split()[-1] not in _KO_COUNTRIES  # "마사오 일본": the name ends before it
            and not name.startswith(_KO_NOT_NAME_STARTS)
            and not set(name.split()) & _KO_LOANWORDS  # "캐논 글로벌 전략연구소": an organisation
        ):
            found.append(name)
    for match in _KO_LISTED_FOREIGN.finditer(text):  # "빅터 차(CSIS 수석부소장 …),"
        words = match.group("name").split()
        if (
            re.search(_KO_ROLE, match.group("inside"))
            and not any(
                w in _KO_NOT_NAMES or w.startswith(_KO_NOT_NAME_STARTS) or _KO_ORG.search(w)
                for w in words
            )
            and not re.fullmatch(_KO_ROLE, words[-1])
        ):  # "서경석 목사(…)": a name and its title
            # "최  강(아산정책연구원)": a Korean name of two syllables, spaced out
            spaced = len(words) == 2 and all(len(w) == 1 for w in words)
            found.append("".join(words) if spaced else match.group("name"))
    for match in _KO_DOTTED.finditer(text):  # "조진구·이상만·이병철 교수": one title for all
        found += [n for n in match.group("names").split("·") if n[0] in HANGUL_SURNAMES]
    for match in _KO_ROMANISED.finditer(text):  # "제인 펄레즈(Jane Perlez)"
        words = match.group("name").split()
        words = words[-len(match.group("latin").split()) :]
        words = [w for w in words if w not in ("그리고", "및", "또한", "또")]  # "그리고 옹켕용"
        first = words[0] if words else "의"
        if (
            # "Mohammed CHRAIBI": a family name in capitals reads as a name too
            looks_like_name(" ".join(w[:1] + w[1:].lower() for w in match.group("latin").split()))
            and first[-1] not in "와과는의을를이가로에서도"
            and first not in _KO_NOT_NAMES
        ):
            found.append(" ".join(words))
    if dictionary:
        known = [d.replace(" ", "") for d in dictionary]
        # "村田晃嗣同志社" read by a pattern over the name the dictionary found: the name
        found = dictionary + [
            n
            for n in found
            if not any(n.replace(" ", "") != k and n.replace(" ", "").startswith(k) for k in known)
        ]
    unique: list[str] = []
    if "氏" in text or "さん" in text:
        for match in _JA_HONORIFIC_NAME.finditer(text):  # "勝谷 友美 氏(…)", "サヘル・ローズさん"
            name = _JA_ROLE_FIRST.sub("", match.group("name").strip())  # "代表理事 田村太郎"
            if (
                len(name.replace(" ", "")) >= 3
                and name not in _JA_NOT_HONOURED
                # "代表理事田村太郎": a role glued on before a name in kanji
                and (" " in name or len(name) <= 5 or not re.fullmatch(r"[\u4e00-\u9fff]+", name))
            ):
                found.append(name)
    found = [n for n in found if not _CREDIT_END.search(n)]  # "焦家志報道": a reporter's credit
    found = [n for n in found if not _only_attends(text, n)]
    squeezed = [other.replace(" ", "") for other in found]
    for name in found:
        bare = name.replace(" ", "")
        # "용성" inside "탕 용성", "제인" inside "제인 하먼": the longer one stands
        if name not in unique and not any(
            other != bare and (other.startswith(bare) or other.endswith(bare)) for other in squeezed
        ):
            unique.append(name)
    return unique
