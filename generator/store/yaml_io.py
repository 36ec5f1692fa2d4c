"""YAML that means what it says: duplicate keys rejected, strings kept as strings.

PyYAML's default loaders keep the last of duplicate keys and turn ``NO`` into False,
``1.10`` into 1.1 and ``2013-04-22`` into a date. Pages are read with ``UniqueKeyLoader``
(a ``SafeLoader`` that rejects duplicate keys and reads timestamps as strings) and written
with every string quoted.
"""

from __future__ import annotations

import re
from typing import Any

import yaml


class DuplicateKeyError(yaml.MarkedYAMLError):
    """A mapping that names the same key twice."""


class RefusedYAMLError(yaml.MarkedYAMLError):
    """YAML that is valid but refused: aliases, anchors, or nesting past ``MAX_DEPTH``."""

    def __init__(self, problem: str, mark: Any) -> None:
        super().__init__(None, None, problem, mark)


MAX_DEPTH = 32
"""Deepest nesting of lists and mappings accepted (front matter needs four)."""


class UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that rejects duplicate keys, aliases, anchors and deep nesting, and
    leaves dates as strings. Aliases are refused because expanding them is unbounded
    work (a few hundred bytes can stand for gigabytes); nesting is bounded before the
    recursive composer reaches it."""

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event: Any = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent):
            raise RefusedYAMLError(
                "aliases (*name) are not allowed; write the value out", event.start_mark
            )
        if getattr(event, "anchor", None) is not None:
            raise RefusedYAMLError("anchors (&name) are not allowed", event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise RefusedYAMLError(
                    f"nested more than {MAX_DEPTH} levels deep", event.start_mark
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise DuplicateKeyError(None, None, f"duplicate key '{key}'", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


# Dates stay strings: drop the implicit timestamp resolver from this loader only.
UniqueKeyLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_CParser: Any = getattr(getattr(yaml, "cyaml", None), "CParser", None)


def unique_key_loader(text: str) -> UniqueKeyLoader:
    """A ``UniqueKeyLoader`` for ``text``, reading its events with libyaml when PyYAML has
    it (ten times faster than the pure-Python scanner; composing and constructing, where
    the refusals above live, stay the same Python code). libyaml words its errors
    differently, so a text it refuses is read again by the pure-Python loader, whose
    wording ``plain_words`` knows."""
    if _CParser is None:
        return UniqueKeyLoader(text)
    return _FastUniqueKeyLoader(text)


if _CParser is not None:

    class _FastUniqueKeyLoader(UniqueKeyLoader):
        """libyaml's events under ``UniqueKeyLoader``'s composer and constructor."""

        def __init__(self, stream: str) -> None:
            self._c = _CParser(stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)

        def check_event(self, *choices: Any) -> bool:
            return bool(self._c.check_event(*choices))

        def peek_event(self) -> Any:
            return self._c.peek_event()

        def get_event(self) -> Any:
            return self._c.get_event()

        def dispose(self) -> None:
            self._c.dispose()


_PLAIN_WORDS = (
    ("mapping values are not allowed here",
     "a ':' where a value was expected; put the value in double quotes (title: \"Q: A\"), "
     "or check the indentation of this line"),
    ("could not find expected ':'",
     "a line that is not 'key: value' (a missing ':', or a value that runs onto this line?)"),
    ("found character '\\t' that cannot start any token", "a tab; indent with spaces"),
    ("found unexpected end of stream", "a quote that is never closed"),
    ("expected <block end>, but found '<block mapping start>'",
     "this line is indented differently from the keys above it"),
    ("expected <block end>, but found '?'",
     "a key after a list item: indent the list under its key, or check the indentation"),
    ("expected ',' or ']'", "a list in [brackets] that is never closed"),
    ("expected ',' or '}'", "a mapping in {braces} that is never closed"),
    ("that cannot start any token",
     "a value that starts with a character YAML reserves; put it in double quotes"),
)  # fmt: skip


def plain_words(problem: str | None) -> str:
    """PyYAML's wording of a problem, said plainly for an editor."""
    text = problem or "not valid YAML"
    for fragment, words in _PLAIN_WORDS:
        if fragment in text:
            return words
    return text


def load_yaml(text: str) -> Any:
    """Parse YAML with ``UniqueKeyLoader`` (raises ``yaml.MarkedYAMLError`` with a mark)."""
    return construct_yaml(compose_yaml(text))


def construct_yaml(node: yaml.Node | None) -> Any:
    """The value of a node tree from ``compose_yaml`` (``UniqueKeyLoader``'s constructor:
    duplicate keys refused, dates kept as strings)."""
    if node is None:
        return None
    loader = UniqueKeyLoader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


def compose_yaml(text: str) -> yaml.Node | None:
    """The node tree of one YAML document (libyaml's events when available, see
    ``unique_key_loader``); errors are raised with PyYAML's own wording and marks."""
    loader = unique_key_loader(text)
    try:
        return loader.get_single_node()
    except yaml.YAMLError:
        if type(loader) is UniqueKeyLoader:
            raise
    finally:
        loader.dispose()
    slow = UniqueKeyLoader(text)
    try:
        return slow.get_single_node()
    finally:
        slow.dispose()


class _QuotingDumper(yaml.SafeDumper):
    """Writes every string double-quoted, so nothing is re-typed on the way back in."""


def _quoted_str(dumper: Any, value: str) -> yaml.ScalarNode:
    node: yaml.ScalarNode = dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return node


_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")


def _mapping(dumper: Any, data: dict[Any, Any]) -> yaml.MappingNode:
    """Mappings with plain keys (``title:``) and quoted string values."""
    pairs = []
    for key, value in data.items():
        if isinstance(key, str) and _PLAIN_KEY.match(key) and key not in _RESERVED:
            key_node: yaml.Node = yaml.ScalarNode("tag:yaml.org,2002:str", key)
        else:
            key_node = dumper.represent_data(key)
        pairs.append((key_node, dumper.represent_data(value)))
    return yaml.MappingNode("tag:yaml.org,2002:map", pairs, flow_style=False)


# Plain keys that YAML 1.1 would read as booleans or null.
_RESERVED = {
    variant
    for word in ("y", "n", "yes", "no", "on", "off", "true", "false", "null")
    for variant in (word, word.title(), word.upper())
}

_QuotingDumper.add_representer(str, _quoted_str)
_QuotingDumper.add_representer(dict, _mapping)

_Dumper: Any = _QuotingDumper
_NO_WRAP: float = float("inf")
"""The line width that never folds a string: any width for PyYAML's emitter, -1 for
libyaml's (which reads a negative width as unlimited and folds at any positive one in
its own places, so only "never" gives the same bytes from both)."""
if hasattr(yaml, "CSafeDumper"):

    class _FastQuotingDumper(yaml.CSafeDumper):
        """``_QuotingDumper``'s representers over libyaml's emitter (the same bytes)."""

    _FastQuotingDumper.add_representer(str, _quoted_str)
    _FastQuotingDumper.add_representer(dict, _mapping)
    _Dumper = _FastQuotingDumper
    _NO_WRAP = -1


def dump_yaml(data: Any) -> str:
    """Deterministic YAML: keys in the order given, strings quoted, unicode kept, no wrapping."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=_NO_WRAP,
    )
