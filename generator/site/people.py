"""Who a person is: identity by normalised name, the editors' ``people:`` entries, the
name a page shows, bios that repeat each other, and affiliations.

Pure. A person's identity is their *key*, the normalised full name (``identity_key``):
never the page's slug, which is cut to a readable length and folds accents and symbols.
Two names with one key are one person ("Jane Roe", "JANE ROE", "Dr. Jane Roe"); names
with different keys are different people ("José Núñez" and "Jose Nunez", "Paul Haenle"
and "Paul Haenle ☠") until an editor lists one as an alias of the other.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from generator.parse.names import HONORIFICS, strip_honorific

_INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
"""Bidirectional controls and zero-width characters: in a title or a name they can make
the text shown differ from the text stored (and two names look the same)."""

_HONORIFIC_WORDS = frozenset(h.rstrip(".").casefold() for h in HONORIFICS) | {
    "rt", "right", "hon", "the", "his", "her", "excellency", "ret", "retd", "retired",
}  # fmt: skip
"""Words that never name anyone on their own: honorifics and the words of styles."""

ID_PATTERN = r"^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,79}$"
"""A ``people:`` id: the page's slug (lowercase letters, digits, single hyphens)."""
SOURCE_PATTERN = r"^seeds/[A-Za-z0-9][A-Za-z0-9._-]{0,119}\.txt$"


def visible(text: str) -> str:
    """A title or name without bidi controls and zero-width characters."""
    return _INVISIBLE.sub("", text)


def _invisible(char: str) -> bool:
    return bool(_INVISIBLE.match(char)) or unicodedata.category(char) == "Cf"


def shown_name(name: str) -> str:
    """A name as pages show it: invisible characters removed, whitespace collapsed."""
    return " ".join("".join(c for c in name if not _invisible(c)).split())


@lru_cache(maxsize=8192)
def identity_key(name: str) -> str:
    """The identity of a person named ``name``: NFKC (full- and half-width forms folded),
    invisible characters removed, whitespace collapsed, honorifics and styles dropped,
    case-folded. Accents and symbols are kept: "José" is not "Jose". Idempotent; the
    empty string for a name that is only invisible characters, punctuation or
    honorifics."""
    key = _normalised(name)
    for _ in range(len(key)):
        again = _normalised(key)
        if again == key:
            break
        key = again
    return key if _has_name(key) else ""


def _normalised(name: str) -> str:
    text = strip_honorific(shown_name(unicodedata.normalize("NFKC", name)))
    words = unicodedata.normalize("NFKC", text.casefold()).split()
    while len(words) > 2 and words[0].rstrip(".") in _HONORIFIC_WORDS:
        words = words[1:]  # "DR. JANE ROE": the parser's honorifics are case-sensitive
    return " ".join(words)


def _has_name(key: str) -> bool:
    """Whether a key holds a letter or a digit outside honorifics and punctuation."""
    for word in key.split():
        if word.strip(".,;:()") in _HONORIFIC_WORDS:
            continue
        if any(unicodedata.category(c)[0] in "LN" for c in word):
            return True
    return False


def all_caps(name: str) -> bool:
    letters = [c for c in name if c.isalpha() and c.lower() != c.upper()]
    return bool(letters) and all(c.isupper() for c in letters)


def best_spelling(spellings: Sequence[str]) -> str:
    """The spelling a page shows among one person's spellings (in source order): not all
    capitals, not all lower case, written as it normalises (no full-width letters), no
    honorific; the first such."""

    def rank(item: tuple[int, str]) -> tuple[bool, bool, bool, bool, int]:
        n, name = item
        lower = any(c.isalpha() for c in name) and name == name.lower() != name.upper()
        return (
            all_caps(name),
            lower,
            unicodedata.normalize("NFKC", name) != name,
            strip_honorific(name) != name,
            n,
        )

    return min(enumerate(spellings), key=rank)[1]


@dataclass(frozen=True)
class PersonEntry:
    """One entry of ``people:`` in ``site_config.yml``: an editor's decision."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    capital: str | None = None
    sources: tuple[str, ...] = ()
    """Seeds in which the name means this person (namesakes elsewhere keep their page)."""
    line: int | None = None

    def name_keys(self) -> list[str]:
        """The identity keys of its name and aliases."""
        found = []
        for name in (self.name, *self.aliases):
            key = identity_key(name)
            if key and key not in found:
                found.append(key)
        return found


@dataclass(frozen=True)
class People:
    """What decides who is who: the editors' entries and the slugs of people pages
    already in content/ (identity key -> slug)."""

    entries: tuple[PersonEntry, ...] = ()
    recorded: Mapping[str, str] = field(default_factory=dict)

    @cached_property
    def _by_key(self) -> dict[str, list[PersonEntry]]:
        found: dict[str, list[PersonEntry]] = {}
        for entry in self.entries:
            for key in entry.name_keys():
                found.setdefault(key, []).append(entry)
        return found

    def entry_for(self, key: str, seed: str) -> PersonEntry | None:
        """The entry a name (by key) in a seed belongs to: one whose ``sources`` list the
        seed first, then one that holds the name everywhere."""
        candidates = self._by_key.get(key, [])
        scoped = [e for e in candidates if e.sources and seed in e.sources]
        everywhere = [e for e in candidates if not e.sources]
        chosen = scoped or everywhere
        return chosen[0] if chosen else None

    def claimed(self) -> set[str]:
        """Every key an editor's entry names."""
        return set(self._by_key)


def entry_problems(
    entries: Sequence[PersonEntry], capitals: Iterable[str]
) -> list[tuple[int | None, str]]:
    """(line, message) for each problem with the ``people:`` entries."""
    found: list[tuple[int | None, str]] = []
    known = set(capitals)
    ids: dict[str, PersonEntry] = {}
    owners: dict[str, list[PersonEntry]] = {}
    for entry in entries:
        where = f"person '{entry.id}'"
        if not re.match(ID_PATTERN, entry.id):
            found.append(
                (entry.line, f"{where}: id must be lowercase letters, digits and single "
                 "hyphens (at most 80), such as 'jane-roe'")
            )  # fmt: skip
        if entry.id in ids:
            found.append((entry.line, f"{where}: duplicate id (also on line {ids[entry.id].line})"))
        ids.setdefault(entry.id, entry)
        if entry.capital is not None and entry.capital not in known:
            found.append(
                (entry.line, f"{where}: unknown capital '{entry.capital}' (the capitals are "
                 f"{', '.join(sorted(known))})")
            )  # fmt: skip
        for name in (entry.name, *entry.aliases):
            if not identity_key(name):
                found.append((entry.line, f"{where}: the name {name!r} has no letters"))
        for seed in entry.sources:
            if not re.match(SOURCE_PATTERN, seed):
                found.append((entry.line, f"{where}: source {seed!r} must be 'seeds/NAME.txt'"))
        for key in entry.name_keys():
            for other in owners.get(key, []):
                shared = set(entry.sources) & set(other.sources)
                if bool(entry.sources) == bool(other.sources) and (not entry.sources or shared):
                    scope = f" in {', '.join(sorted(shared))}" if shared else ""
                    found.append(
                        (entry.line, f"{where}: the name '{key}' is also claimed by person "
                         f"'{other.id}' (line {other.line}){scope}; a name belongs to one person")
                    )  # fmt: skip
            owners.setdefault(key, []).append(entry)
    return found


# Affiliations ------------------------------------------------------------------------

_ORG_WORD = re.compile(
    r"\b(?:Institution|Institute|University|College|Center|Centre|Foundation|Endowment|"
    r"Council|Ministry|School|Academy|Association|Society|Agency|Commission|"
    r"Committee|Bank|Fund|Trust|Corporation|Company|Group|Embassy|Forum|"
    r"Laboratory|Observatory|Times|Post|Journal|"
    r"Review|Network|Alliance|Parliament|Congress|Senate|Assembly|Government|Carnegie|"
    r"Brookings|RAND|Chatham House|Universit[äé]t?|Universidad|Institut|Instituto|Stiftung|"
    r"Fondation|Fundaci[óo]n)\b"
)
_ROLE_WORD = re.compile(
    r"\b(?:Fellow|Director|Professor|Scholar|Chair|Chairman|Chairwoman|President|"
    r"Vice[- ]President|Editor|Counsel|Chief|Head|Minister|Secretary|Deputy|Lecturer|"
    r"Analyst|Correspondent|Manager|Officer|Advis[oe]r|Dean|Partner|Founder|Coordinator|"
    r"Researcher|Ambassador|Member|Representative|Envoy|Economist|Journalist|Author|"
    r"Commissioner|Governor|Principal|Strategist|Consultant|Student|Candidate|Trustee|"
    r"Executive|CEO|COO|CFO)\b",
    re.I,
)
_AT = re.compile(r"^(?P<role>.+?)\s+(?:at|with)\s+(?:the\s+)?(?P<org>[A-Z].+)$")
_OF_THE = re.compile(r"^(?P<role>.+?)\s+of\s+the\s+(?P<org>[A-Z].+)$")


def affiliation_of(role: str | None) -> str | None:
    """The organisation in a role line, only when it is clearly apart from the role:
    ``Senior Fellow, Brookings Institution`` and ``Senior Fellow at the Brookings
    Institution`` give ``Brookings Institution``; ``Professor, School of International
    Studies, Peking University`` gives ``School of International Studies, Peking
    University``; ``Former Ambassador`` and ``Director, Asia Program`` give None."""
    if not role:
        return None
    text = " ".join(role.split()).strip(" .;")
    if len(text) > 300:
        return None
    parts = [p.strip() for p in re.split(r",\s+", text)]
    if len(parts) >= 2 and _ROLE_WORD.search(parts[0]) and not _ORG_WORD.search(parts[0]):
        rest = parts[1:]
        organisation = ", ".join(rest)
        clear = all(p[:1].isupper() for p in rest) and _ORG_WORD.search(organisation)
        roles = any(_ROLE_WORD.search(p) and not _ORG_WORD.search(p) for p in rest)
        return organisation if clear and not roles else None
    for pattern in (_AT, _OF_THE):
        match = pattern.match(text)
        if match is None:
            continue
        role_part, organisation = match.group("role"), match.group("org")
        if (
            _ROLE_WORD.search(role_part)
            and not _ORG_WORD.search(role_part)
            and _ORG_WORD.search(organisation)
        ):
            return organisation
    return None


# Bios -----------------------------------------------------------------------------

MAX_SIMILAR_BIOS = 40
"""Distinct bios of one person compared word by word (the rest: exact and containment
only), so one person's bios cost bounded work."""
MAX_SIMILAR_WORDS = 1500
"""Bios longer than this many words are compared exactly and by containment only."""
SIMILAR = 0.9


def _bio_text(bio: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", unicodedata.normalize("NFKC", bio).casefold()).split())


def repeats(a: str, b: str) -> bool:
    """Whether two bios say the same: equal once whitespace, punctuation and case are
    normalised, one inside the other, or nine tenths alike word for word."""
    x, y = _bio_text(a), _bio_text(b)
    if not x or not y:
        return x == y
    if x == y or x in y or y in x:
        return True
    wx, wy = x.split(), y.split()
    if max(len(wx), len(wy)) > MAX_SIMILAR_WORDS:
        return False
    matcher = difflib.SequenceMatcher(None, wx, wy, autojunk=False)
    return (
        matcher.real_quick_ratio() >= SIMILAR
        and matcher.quick_ratio() >= SIMILAR
        and (matcher.ratio() >= SIMILAR)
    )


def group_bios(bios: Sequence[str]) -> list[tuple[str, list[int]]]:
    """Bios (in source order) grouped where they repeat each other: each group's longest
    bio and the indexes of every bio in the group, groups in order of first appearance."""
    groups: list[list[int]] = []
    for n, bio in enumerate(bios):
        compared = 0
        home = None
        for group in groups:
            exact = _bio_text(bio) == _bio_text(bios[group[0]])
            if not exact and compared >= MAX_SIMILAR_BIOS:
                continue
            compared += 1
            if any(repeats(bio, bios[m]) for m in group[:3]):
                home = group
                break
        if home is None:
            groups.append([n])
        else:
            home.append(n)
    result = []
    for group in groups:
        longest = max(group, key=lambda m: (len(bios[m]), -m))
        result.append((bios[longest], group))
    return result
