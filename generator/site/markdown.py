"""Writing untrusted source text into Markdown so that it renders as literal characters.

``text`` escapes a run of text for a Markdown paragraph; ``html_text`` for the text of an
element inside a raw HTML block (which Markdown passes through unread).

Python-Markdown passes raw HTML through and interprets ``*``, ``_``, ``[...](...)``,
backticks and line-start ``#``/``-``/``1.``; the extensions the site enables add ``{:...}``
(attr_list), ``|`` (tables), ``~``/``^``/``==``, ``:`` (definition lists), ``!!!``
(admonitions) and ``*[X]:`` (abbreviations). ``text`` neutralises all of them: HTML
specials become entities, Markdown specials are backslash-escaped or become entities.
"""

from __future__ import annotations

import re

# Characters Python-Markdown accepts a backslash escape for.
_BACKSLASH = set("\\`*_{}[]()#+-.!")
# Characters with no backslash escape in Python-Markdown: written as numeric entities.
_ENTITY = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;",
           "^": "&#94;", "=": "&#61;", ":": "&#58;", '"': "&quot;", "$": "&#36;"}  # fmt: skip
_ALWAYS = set("\\`*_{}[]") | set(_ENTITY) - {":", '"', "$"}
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])")


def text(value: str) -> str:
    """Escape a run of source text for use inline in a Markdown paragraph."""
    out = []
    for index, char in enumerate(value):
        if char in _ALWAYS:
            out.append(_ENTITY.get(char) or "\\" + char)
        elif index == 0 and char in _BACKSLASH:
            out.append("\\" + char)
        elif index == 0 and char in _ENTITY:
            out.append(_ENTITY[char])
        elif char == "!" and value[index + 1 : index + 2] == "!":
            out.append("\\!")
        else:
            out.append(char)
    if out and out[-1] == "#":
        out[-1] = "\\#"  # a closing '#' of an ATX heading would be dropped
    escaped = "".join(out)
    # "1953. The year ..." at a line start would open an ordered list.
    return _LINE_START.sub(lambda m: f"{m.group(1)}{m.group(2)}\\{m.group(3)}", escaped)


_HTML_TEXT = {char: f"&#{ord(char)};" for char in "\\`*_{}[]|~^=#"} | {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
}
"""Every character that is markup in HTML, Markdown or a template language, as a
character reference. They are the characters ``generator.parse.source`` counts and
limits (``MARKUP``), so escaping them grows a seed by a bounded amount."""
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Embeddings, overrides and isolates: invisible, they would reorder what a reader sees
(``txt.exe`` shown as ``exe.txt``). Shown as U+FFFD instead, one character for one."""
_HTML_TEXT_TABLE = str.maketrans(_HTML_TEXT | dict.fromkeys(_BIDI_CONTROLS, "\ufffd"))


def html_text(value: str) -> str:
    """Escape source text for the content of an HTML element in a raw HTML block: no
    tag, entity, Markdown or template syntax survives, and the browser shows the
    characters as written, bidirectional controls as U+FFFD. Quotes are left as they
    are (text, never an attribute)."""
    return value.translate(_HTML_TEXT_TABLE)
