"""Capitals, their aliases, and who said what about whom.

Participants in these events are anonymous and identified by where they come from
("One U.S. participant", "A Chinese scholar", "Participants from Tokyo and Seoul"). A
point is *voiced by* the capitals whose participants said it, and is *about* every other
capital it mentions by country, demonym, capital name or leader. The capitals and their
aliases are data (``site_config.yml``), so an editor can add one without touching code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Capital:
    """A capital whose participants and policies the site tracks."""

    id: str
    """Stable slug used in page ids and paths (``beijing``)."""
    name: str
    """Display name (``Beijing``)."""
    country: str
    """The country it stands for (``China``)."""
    places: tuple[str, ...]
    """Names of the country and capital (``China``, ``Beijing``): "participants from X"."""
    demonyms: tuple[str, ...]
    """Adjectives for its people (``Chinese``): "a Chinese scholar"."""
    others: tuple[str, ...]
    """Leaders and other names that point at it (``Xi Jinping``, ``Sino-``)."""

    @property
    def aliases(self) -> tuple[str, ...]:
        return self.places + self.demonyms + self.others


# Nouns that make "<demonym> <noun>" a participant of the event.
PARTICIPANT_NOUNS = (
    "participant", "scholar", "expert", "panelist", "panellist", "speaker", "analyst",
    "discussant", "attendee", "delegate", "representative", "academic", "researcher",
    "interlocutor", "commentator", "specialist", "guest", "colleague", "counterpart", "delegation",
    "voice", "professor",
)  # fmt: skip

_NOUN = r"(?:" + "|".join(PARTICIPANT_NOUNS) + r")s?"
# Nouns that name a participant only with a determiner ("a Chinese official"): bare
# plurals ("U.S. officials have said") usually report people outside the room.
COUNTED_NOUNS = ("official", "diplomat", "observer", "officer", "economist", "strategist",
                 "historian", "journalist", "lawyer", "engineer", "negotiator")  # fmt: skip
_COUNTED = r"(?:" + "|".join(COUNTED_NOUNS) + r")s?"
_DETERMINER = (
    r"(?i:\b(?:one|a|an|another|two|three|four|several|some|both|other)\s+)"
    r"(?i:(?:former|senior|retired|current|leading|prominent|young|veteran)\s+)?"
)
_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)"


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Chinese participant nouns: "一位中国学者" (a Chinese scholar).
_CJK_NOUN = r"(?:学者|专家|与会者|参与者|代表|嘉宾|人士|官员)"


def _alias_body(alias: str) -> str:
    """A Latin-script alias as a whole word, a plural ``s`` allowed."""
    body = re.escape(alias)
    if alias[-1].isalpha():
        return body + r"(?:s|es)?(?!\w)"
    if alias[-1] == ".":
        return body + r"(?!\w)"
    return body


def _alternation(aliases: Iterable[str]) -> str:
    """A regex matching any alias as a whole word (CJK aliases anywhere), longest first."""
    unique = sorted(set(aliases), key=lambda a: (-len(a), a))
    latin = [a for a in unique if not _CJK.search(a)]
    cjk = [a for a in unique if _CJK.search(a)]
    parts = []
    if latin:
        parts.append(r"(?<!\w)(?:" + "|".join(_alias_body(a) for a in latin) + ")")
    if cjk:
        parts.append("(?:" + "|".join(re.escape(a) for a in cjk) + ")")
    return "|".join(parts) if parts else r"(?!x)x"


class Gazetteer:
    """Finds capitals in text and tells who voiced a passage and what it is about."""

    def __init__(self, capitals: Sequence[Capital], ignore: Sequence[str] = ()) -> None:
        if not capitals:
            raise ValueError("at least one capital is needed")
        self.capitals = tuple(capitals)
        self.by_id = {c.id: c for c in capitals}
        self.place_names = frozenset(a for c in capitals for a in c.places)
        """Every country and capital name ("Beijing", "South Korea")."""
        self._owners: dict[str, list[str]] = {}
        for capital in capitals:
            for alias in capital.aliases:
                owners = self._owners.setdefault(alias, [])
                if capital.id not in owners:
                    owners.append(capital.id)
        self._alias_re = re.compile(_alternation(self._owners))
        self._ignore_re = re.compile(_alternation(ignore)) if ignore else None
        demonym = _alternation(a for c in capitals for a in c.demonyms)
        place = _alternation(a for c in capitals for a in c.places)
        cjk = _alternation(a for a in self._owners if _CJK.search(a))
        self._voice_res = (
            re.compile(rf"(?:{cjk})(?:{_JOIN}(?:{cjk}))*{_CJK_NOUN}"),
            # "One U.S. participant", "Both South Korean and American participants"
            re.compile(rf"(?:{demonym})(?:{_JOIN}(?:{demonym}))*\s+{_NOUN}(?!\w)"),
            # "A former Chinese official", "two Japanese diplomats"
            re.compile(rf"{_DETERMINER}(?:{demonym})(?:{_JOIN}(?:{demonym}))*\s+{_COUNTED}(?!\w)"),
            # "Participants from Tokyo and Seoul", "a scholar from the United States"
            re.compile(
                rf"(?i:{_NOUN})\s+from\s+(?:both\s+)?(?:the\s+)?(?:{place})"
                rf"(?:{_JOIN}(?:the\s+)?(?:{place}))*"
            ),
        )

    def _masked(self, text: str) -> str:
        if self._ignore_re is None:
            return text
        return self._ignore_re.sub(lambda m: " " * len(m.group(0)), text)

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """(offset, capital id) for every alias found, in order of appearance."""
        found: list[tuple[int, str]] = []
        for match in self._alias_re.finditer(self._masked(text)):
            alias = self._alias_text(match.group(0))
            for capital_id in self._owners[alias]:
                found.append((match.start(), capital_id))
        return found

    def _alias_text(self, matched: str) -> str:
        if matched in self._owners:
            return matched
        for suffix in ("es", "s"):
            stem = matched.removesuffix(suffix)
            if stem in self._owners:
                return stem
        raise KeyError(matched)  # pragma: no cover - the regex only matches known aliases

    def _voices(self, masked: str) -> list[tuple[int, int, list[tuple[int, str]]]]:
        """(start, end, [(offset, capital id)...]) of every phrase naming participants by
        where they come from."""
        found = []
        cjk, demonym, counted, from_place = self._voice_res
        patterns = [demonym, counted]
        if _CJK.search(masked):
            patterns.insert(0, cjk)
        if "from" in masked:
            patterns.append(from_place)  # "Participants from Tokyo and Seoul"
        for pattern in patterns:
            for match in pattern.finditer(masked):
                capitals = [
                    (match.start() + offset, capital_id)
                    for offset, capital_id in self.mentions(match.group(0))
                ]
                found.append((match.start(), match.end(), capitals))
        return found

    def attribute(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Return (voiced_by, about) capital ids for a passage, each in order of mention."""
        masked = self._masked(text)
        voiced = [c for _, _, capitals in self._voices(masked) for c in capitals]
        voiced_by = _ordered_unique(voiced)
        about = [c for c in _ordered_unique(self.mentions(masked)) if c not in voiced_by]
        return tuple(voiced_by), tuple(about)

    def attribute_sentences(
        self, text: str, spans: Sequence[tuple[int, int]]
    ) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """(voiced_by, about) of each sentence of one passage (``text[start:end]`` for
        each span, in order).

        A sentence that names its speakers ("One U.S. participant explained...") is
        voiced by their capitals. A sentence that names none continues the last speaker
        of the passage ("..., the scholar added"; "He explained that..."), until a
        speaker who is not placed ("an East Asian expert", "several panelists") takes
        over. A passage's first sentences, before anybody speaks, are nobody's. A
        sentence is about every other capital it mentions.
        """
        masked = self._masked(text)
        voices = self._voices(masked)
        speakers: list[tuple[int, tuple[str, ...]]] = [
            (start, tuple(_ordered_unique(capitals))) for start, _, capitals in voices
        ]
        speakers += [(start, ()) for start in _unplaced(masked, voices)]
        speakers.sort(key=lambda s: s[0])
        mentions = self.mentions(text)
        out: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        current: tuple[str, ...] = ()
        for start, end in spans:
            here = [(s, capitals) for s, capitals in speakers if start <= s < end]
            if here:
                voiced = _ordered_unique([(s, c) for s, capitals in here for c in capitals])
                current = here[-1][1]
            else:
                voiced = list(current)
            mentioned = _ordered_unique([(o, c) for o, c in mentions if start <= o < end])
            out.append((tuple(voiced), tuple(c for c in mentioned if c not in voiced)))
        return out

    def names(self, ids: Iterable[str]) -> list[str]:
        return [self.by_id[i].name for i in ids]


_PARTICIPANT = re.compile(
    r"(?<![\w\-])(?P<noun>(?i:" + "|".join(PARTICIPANT_NOUNS) + r"))(?P<plural>s?)(?!\w)"
)
_DETERMINERS = frozenset(
    "a an one another two three four five several some many most other all both few "
    "various the this that these those same each".split()
)
_REFERRING = frozenset(("this", "that", "same"))
_WORD = re.compile(r"[\w\-’'.]+")


def _unplaced(masked: str, voices: list[tuple[int, int, list[tuple[int, str]]]]) -> list[int]:
    """Where a participant who is not placed in any capital starts speaking: "an East
    Asian expert", "several panelists", "Participants agreed". Not "the scholar added"
    or "this participant", which refer back to the last speaker."""
    out = []
    for match in _PARTICIPANT.finditer(masked):
        if any(s <= match.end() and match.start() < e for s, e, _ in voices):
            continue  # a placed participant ("One U.S. participant")
        before = [
            w.group(0).lower()
            for w in _WORD.finditer(masked, max(0, match.start() - 60), match.start())
        ][-3:]
        determiners = [i for i, w in enumerate(before) if w in _DETERMINERS]
        plural = bool(match.group("plural"))
        if determiners:
            determiner = before[determiners[0]]
            start = match.start()
            if determiner in _REFERRING or (determiner == "the" and not plural):
                continue
            out.append(start)
        elif plural and match.group("noun")[0].isupper():
            out.append(match.start())
    return out


def _ordered_unique(found: list[tuple[int, str]]) -> list[str]:
    out: list[str] = []
    for _, capital_id in sorted(found, key=lambda f: f[0]):
        if capital_id not in out:
            out.append(capital_id)
    return out


def gazetteer_from_config(config: Mapping[str, Any]) -> Gazetteer:
    """Build a gazetteer from the ``capitals`` and ``ignore`` keys of the site config."""
    capitals = [
        Capital(
            id=str(entry["id"]),
            name=str(entry["name"]),
            country=str(entry["country"]),
            places=tuple(str(a) for a in entry.get("places", ())),
            demonyms=tuple(str(a) for a in entry.get("demonyms", ())),
            others=tuple(str(a) for a in entry.get("others", ())),
        )
        for entry in config["capitals"]
    ]
    return Gazetteer(capitals, tuple(str(p) for p in config.get("ignore", ())))
