"""The "never loses text" measure shared by the example-based and property tests."""

from __future__ import annotations

import re
from collections import Counter

from generator.parse.model import Event

_WORD = re.compile(r"\w+")
_MARKER = re.compile(r"(IMGXYZ\d+IMGZYX)")


def words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(_MARKER.sub(r" \1 ", text)))


def lost_words(source: str, event: Event) -> Counter[str]:
    """Words of the source (as a multiset) that appear nowhere in the model."""
    kept: Counter[str] = Counter()
    for text in event.texts():
        kept += words(text)
    return words(source) - kept
