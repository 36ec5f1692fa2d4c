"""Pages on disk: Markdown with YAML front matter, read strictly and written atomically.

``loads``/``dumps`` are a pair (a property test checks ``loads(dumps(p)) == p``).
Generated pages carry ``generated.digest``: a hash of the page with its generated zones
(``<!-- briefgen:NAME -->`` ... ``<!-- /briefgen:NAME -->``) emptied. A page whose
content no longer matches its digest was changed by an editor.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler

from generator.problems import Problem
from generator.store.yaml_io import compose_yaml, construct_yaml, dump_yaml, plain_words

_ZONE = re.compile(r"<!-- briefgen:([a-z]+) -->.*?<!-- /briefgen:\1 -->", re.S)


def zone_start(name: str) -> str:
    return f"<!-- briefgen:{name} -->"


def zone_end(name: str) -> str:
    return f"<!-- /briefgen:{name} -->"


_FENCE = "---"


@dataclass
class Page:
    """A page: its path under ``content/``, its front matter and its Markdown body."""

    path: str
    meta: dict[str, Any]
    body: str
    meta_lines: dict[str, int] = field(default_factory=dict, compare=False)
    """Line in the file of each top-level front-matter key (for error messages)."""
    front_text: str = field(default="", compare=False)
    """The front matter as written (its comments are kept when briefgen rewrites it)."""
    body_line: int = field(default=1, compare=False)
    """Line in the file where the body starts."""


class _StrictYAML(YAMLHandler):
    """python-frontmatter handler that writes YAML with every string quoted."""

    def export(self, metadata: dict[str, Any], **kwargs: Any) -> str:
        return dump_yaml(metadata).rstrip("\n")


_HANDLER = _StrictYAML()


def dumps(page: Page) -> str:
    """The file text of a page: front matter with every string quoted, then the body."""
    post = frontmatter.Post(page.body.strip("\n") + "\n", handler=_HANDLER, **page.meta)
    text: str = frontmatter.dumps(post, handler=_HANDLER, sort_keys=False)
    return text if text.endswith("\n") else text + "\n"


class FrontMatterCache(Protocol):
    """Front matter read before: what its YAML text held, and each top-level key's line."""

    def get(self, yaml_text: str) -> tuple[dict[str, Any], dict[str, int]] | None: ...

    def put(self, yaml_text: str, data: dict[str, Any], lines: dict[str, int]) -> None: ...


def loads(text: str, path: str, known: FrontMatterCache | None = None) -> Page:
    """Parse a page; raise ``Problem`` with the file line of any front-matter problem.
    ``known``: front matter read before (a page whose YAML text is there is not parsed
    again; the checks on the text around it still run)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    if not text.startswith(_FENCE + "\n"):
        raise Problem(path, 1, "no front matter: the page must start with a '---' line")
    end = text.find("\n" + _FENCE + "\n", len(_FENCE))
    if end == -1 and text.rstrip("\n").endswith("\n" + _FENCE):
        end = text.rstrip("\n").rfind("\n" + _FENCE)
    if end == -1:
        raise Problem(path, 1, "front matter is not closed by a '---' line")
    yaml_text = text[len(_FENCE) + 1 : end + 1]
    for number, row in enumerate(yaml_text.split("\n"), start=2):
        if re.match(r"^ *\t", row):
            raise Problem(path, number, "tab used for indentation in front matter")
    rest = text[end + len(_FENCE) + 2 :]
    body = rest.strip()
    body_line = text[: len(text) - len(rest.lstrip())].count("\n") + 1
    remembered = known.get(yaml_text) if known is not None else None
    if remembered is not None:
        return Page(path, remembered[0], body, remembered[1], yaml_text, body_line)
    try:
        node = compose_yaml(yaml_text)
        data = construct_yaml(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = mark.line + 2 if mark is not None else 1
        raise Problem(path, where, f"front matter: {plain_words(exc.problem)}") from None
    except yaml.YAMLError as exc:
        raise Problem(path, 1, f"front matter: {exc}") from None
    if data is not None and not isinstance(data, dict):
        raise Problem(path, 2, "front matter must be a mapping of keys to values")
    page = Page(path, dict(data or {}), body, _key_lines(node), yaml_text, body_line)
    if known is not None:
        known.put(yaml_text, page.meta, page.meta_lines)
    return page


def _key_lines(node: yaml.Node | None) -> dict[str, int]:
    """File line of each top-level key (the YAML starts on the file's second line)."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(key.value): key.start_mark.line + 2 for key, _ in node.value}


def digest(page: Page) -> str:
    """Hash of the page with its link blocks emptied and its digest left out."""
    meta = dict(page.meta)
    generated = dict(meta.get("generated") or {})
    generated.pop("digest", None)
    meta["generated"] = generated
    body = _ZONE.sub(lambda m: zone_start(m[1]) + zone_end(m[1]), page.body).strip()
    stable = json.dumps(meta, sort_keys=True, ensure_ascii=False) + "\n" + body
    return "sha256:" + hashlib.sha256(stable.encode("utf-8")).hexdigest()


def seal(page: Page) -> Page:
    """Record the page's digest in its ``generated`` block."""
    generated = dict(page.meta["generated"])
    generated["digest"] = digest(page)
    return Page(page.path, {**page.meta, "generated": generated}, page.body)


def is_generated(page: Page) -> bool:
    return isinstance(page.meta.get("generated"), dict)


def edited_by_hand(page: Page) -> bool:
    """True when a generated page no longer matches the digest it was written with."""
    recorded = (page.meta.get("generated") or {}).get("digest")
    return recorded != digest(page)


def empty_zones(body: str) -> str:
    """The body with every generated zone emptied (what an editor owns)."""
    return _ZONE.sub(lambda m: zone_start(m[1]) + "\n" + zone_end(m[1]), body).strip()


def zone_texts(body: str) -> dict[str, tuple[str, int]]:
    """Each zone's content (stripped) and the body line its start marker is on."""
    found: dict[str, tuple[str, int]] = {}
    for match in _ZONE.finditer(body):
        inner = match[0][len(zone_start(match[1])) : -len(zone_end(match[1]))]
        found.setdefault(match[1], (inner.strip("\n"), body.count("\n", 0, match.start()) + 1))
    return found


_COMMENT = re.compile(r"^\s*#")
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def keep_comments(old_front: str, text: str) -> str:
    """``text`` (a page file) with the comment lines of ``old_front`` (front matter as an
    editor wrote it) put back before the key they stood before, or at its end."""
    before: dict[str, list[str]] = {}
    pending: list[str] = []
    for line in old_front.split("\n"):
        if _COMMENT.match(line):
            pending.append(line)
        elif (key := _TOP_KEY.match(line)) and pending:
            before.setdefault(key[1], []).extend(pending)
            pending = []
    if not before and not pending:
        return text
    lines = text.split("\n")
    end = lines.index(_FENCE, 1)
    out = [lines[0]]
    for line in lines[1:end]:
        key = _TOP_KEY.match(line)
        if key and key[1] in before:
            out += before.pop(key[1])
        out.append(line)
    out += [c for block in before.values() for c in block] + pending
    return "\n".join(out + lines[end:])


def fill_zones(body: str, zones: dict[str, str]) -> str:
    """Put each zone's Markdown between its markers; zones the body has no markers for
    are left out, markers with no zone given are emptied."""

    def fill(match: re.Match[str]) -> str:
        name = match[1]
        content = zones.get(name, "").strip("\n")
        inner = f"\n\n{content}\n\n" if content else "\n"
        return f"{zone_start(name)}{inner}{zone_end(name)}"

    return _ZONE.sub(fill, body)


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder and rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
