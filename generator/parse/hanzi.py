"""Traditional Chinese read with the patterns written in simplified characters.

The readers of Chinese prose (a title, then a name, then what the person did) are written
once, in simplified characters. A page from Taiwan or Hong Kong (``秘書長吳釗燮蒞會致詞``) is
converted character for character with OpenCC's ``t2s`` tables, read, and every name found
is then taken from the page as written, at the same place.
"""

from __future__ import annotations

import re
from functools import cache

from opencc import OpenCC

_KANA_OR_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7a3]")


@cache
def _converter() -> OpenCC:
    return OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` in simplified characters, one for one; ``text`` itself when a conversion
    would change its length (then no place in one maps to a place in the other)."""
    converted: str = _converter().convert(text)
    return converted if len(converted) == len(text) else text


def is_chinese(text: str) -> bool:
    """Whether ``text`` has no kana and no Hangul: Chinese, when it has Han characters."""
    return _KANA_OR_HANGUL.search(text) is None


def traditional_read(text: str) -> str | None:
    """``text`` in simplified characters when it is Chinese written in traditional ones (the
    patterns are written in simplified characters), else None."""
    if not is_chinese(text):
        return None
    simple = simplified(text)
    return simple if simple != text else None


def as_written(found: str, read: str, written: str) -> str:
    """``found`` (a piece of ``read``, the converted text) as ``written`` spells it there."""
    at = read.find(found)
    return written[at : at + len(found)] if at >= 0 else found
