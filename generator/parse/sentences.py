"""The sentences of a passage, and who voiced each one.

A point such as "Contingency Planning: The potential of regime collapse has led U.S.
defense experts to consider contingency strategies. One Chinese scholar recognized ..."
holds sentences by different voices: the first is nobody's remark (it is about
Washington), the second is a Chinese participant's. Capital pages quote sentences, not
whole points, so each sentence carries its own ``voiced_by`` and ``about``.

Sentence boundaries come from ``sentencex`` (rule-based, many languages, no model to
download), with one repair: it splits after a few abbreviated titles ("Amb. Lee").
Attribution is in ``Gazetteer.attribute_sentences``.
"""

from __future__ import annotations

import re

from sentencex import segment

from generator.parse.capitals import Gazetteer
from generator.parse.model import Sentence

SEGMENTER_LANGUAGES = frozenset({"en", "de", "fr", "es", "ja", "zh", "ko"})
"""Languages whose boundary rules are used; others are split by the English rules."""

_TITLE_BEFORE_NAME = re.compile(
    r"(?:^|[\s(])(?:Amb|Gen|Adm|Col|Lt|Maj|Capt|Cmdr|Brig|Sen|Rep|Gov|Sgt|Hon|Rev|Fr|Pres|"
    r"Prof|Dr|Mr|Mrs|Ms|Messrs|St|Gov|Supt|Insp)\.\s*$"
)
"""A piece ending in an abbreviated title: the name that follows belongs to it."""


def spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, without surrounding whitespace."""
    rules = language if language in SEGMENTER_LANGUAGES else "en"
    out: list[tuple[int, int]] = []
    glue = False
    position = 0
    for piece in segment(rules, text):
        found = text.find(piece, position)
        start = found if found >= 0 else position
        position = start + len(piece)
        stripped = piece.strip()
        if not stripped:
            continue
        begin = start + piece.index(stripped)
        end = begin + len(stripped)
        if glue and out:
            out[-1] = (out[-1][0], end)
        else:
            out.append((begin, end))
        glue = _TITLE_BEFORE_NAME.search(stripped) is not None
    return out


def split(text: str, language: str | None = None) -> list[str]:
    """The sentences of ``text``, each as written, without surrounding whitespace."""
    return [text[start:end] for start, end in spans(text, language)]


def sentences_of(text: str, gz: Gazetteer, language: str | None = None) -> tuple[Sentence, ...]:
    """Each sentence of a passage with the capitals that voiced it and that it is about."""
    found = spans(text, language)
    return tuple(
        Sentence(text[start:end], voiced, about)
        for (start, end), (voiced, about) in zip(
            found, gz.attribute_sentences(text, found), strict=True
        )
    )


def union(
    sentences: tuple[Sentence, ...], label: str | None, gz: Gazetteer
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A passage's ``voiced_by`` and ``about``: the capitals any sentence voiced, and the
    other capitals its sentences or its label mention, each in order of mention.

    A capital that voiced one sentence and is spoken about in another is ``voiced_by``
    only, as the passage-level contract has it; the sentence keeps its ``about``."""
    voiced: list[str] = []
    for sentence in sentences:
        voiced += [c for c in sentence.voiced_by if c not in voiced]
    about: list[str] = []
    mentioned = [c for _, c in gz.mentions(label)] if label else []
    for capital in [*mentioned, *(c for s in sentences for c in s.about)]:
        if capital not in voiced and capital not in about:
            about.append(capital)
    return tuple(voiced), tuple(about)
