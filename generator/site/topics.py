"""Topics across events: the taxonomy of ``site_config.yml`` and the tagging of passages.

Each event's sections are its own ("Crisis Communication" at one roundtable, "Hotlines
and Incidents" at another); a topic gathers what was said on one subject across the
whole archive. The taxonomy is data (``topics:`` in ``site_config.yml``: an id, a name,
and the words that name the topic), so an editor adds a topic or a word without code.

A passage (a point or a section introduction) is tagged with every topic whose words
occur in it, in its label, or in its section's heading. An editor corrects the tags of a
passage in its theme page's front matter (``topics:`` under the point); the topic pages,
the matrix and the export read the front matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

_WIDE = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Topic:
    id: str
    """Stable slug, used in paths and front matter (``sanctions``)."""
    name: str
    """Shown to readers (``Sanctions``)."""
    words: tuple[str, ...]
    """Words and phrases that name the topic in a passage."""


def _word(word: str) -> str:
    body = re.escape(word)
    if _WIDE.search(word):
        return body
    # whole words; a plural or "-ed"/"-ing" form of the last word accepted
    return r"(?<![\w-])" + body + r"(?:s|es|ed|d|ing)?(?![\w-])"


class Taxonomy:
    """The site's topics and the matcher that tags text with them."""

    def __init__(self, topics: Sequence[Topic]) -> None:
        self.topics = tuple(topics)
        self.by_id = {t.id: t for t in topics}
        self._patterns = [
            (
                t.id,
                re.compile("|".join(_word(w) for w in t.words), re.I),
                tuple(w.lower() for w in t.words) if all(w.isascii() for w in t.words) else (),
            )
            for t in topics
            if t.words
        ]

    def tags(self, *texts: str | None) -> list[str]:
        """The ids of every topic named in any of ``texts``, in taxonomy order."""
        joined = "\n".join(t for t in texts if t)
        # In ASCII text, a topic of ASCII words can match only where one of its words
        # occurs as it is, lower-cased: look for that first (fast), run the pattern after.
        low = joined.lower() if joined.isascii() else None
        return [
            topic
            for topic, pattern, words in self._patterns
            if (low is None or not words or any(w in low for w in words)) and pattern.search(joined)
        ]

    def names(self, ids: Iterable[str]) -> list[str]:
        return [self.by_id[i].name for i in ids if i in self.by_id]


EMPTY = Taxonomy(())


def taxonomy_from_config(config: Mapping[str, Any]) -> Taxonomy:
    """The ``topics`` of a checked site config (``load_config``)."""
    return Taxonomy(
        [
            Topic(
                str(entry["id"]),
                str(entry["name"]),
                tuple(str(w) for w in entry.get("words") or ()),
            )
            for entry in config.get("topics") or ()
        ]
    )


TOPIC_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,59}$")


def config_problems(topics: Any, capital_ids: set[str]) -> list[str]:
    """What is wrong with the ``topics`` list of ``site_config.yml`` (empty when sound)."""
    if topics is None:
        return []
    if not isinstance(topics, list):
        return ["'topics' must be a list"]
    problems = []
    seen: set[str] = set()
    for n, entry in enumerate(topics, start=1):
        if not isinstance(entry, dict):
            problems.append(f"topic #{n} must be a mapping")
            continue
        topic_id = entry.get("id")
        if not isinstance(topic_id, str) or not TOPIC_ID.match(topic_id):
            problems.append(f"topic #{n}: 'id' must be lowercase letters, digits and hyphens")
        elif topic_id in seen:
            problems.append(f"topic #{n}: duplicate id '{topic_id}'")
        elif topic_id in capital_ids:
            problems.append(f"topic #{n}: id '{topic_id}' is also a capital's id")
        seen.add(str(topic_id))
        if not isinstance(entry.get("name"), str) or not entry.get("name"):
            problems.append(f"topic #{n}: 'name' must be a non-empty string")
        words = entry.get("words", [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            problems.append(f"topic #{n}: 'words' must be a list of strings")
        unknown = set(entry) - {"id", "name", "words"}
        if unknown:
            problems.append(f"topic #{n}: unknown key(s) {', '.join(sorted(unknown))}")
    return problems
