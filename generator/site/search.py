"""The site's search index: Pagefind, run over the built site.

Pagefind (the ``pagefind-bin`` wheel ships its binary; nothing is downloaded) reads the
built HTML and writes ``pagefind/``: a small entry file and metadata, the index split into
chunks by word, one fragment per page and one file per filter. A reader's browser fetches
only the chunks its query needs and the fragments of the results it shows, so a search
costs about the same on a site of 100 events as on one of 1,000.

What is indexed is decided by the theme (``theme/main.html``): the article of each page
that has a ``type`` (``data-pagefind-body``), with its page type and capitals as filters.

Pagefind writes its filter files in hash-map order, which changes from run to run (its
indexes and fragments are stable). ``index_site`` rewrites them in sorted order, renames
them after their content, and updates the metadata and entry file that name them, so the
same site gives the same ``pagefind/`` byte for byte.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

from generator.problems import Problem

FOLDER = "pagefind"
"""Where the index goes, under the site."""
EXCLUDE = (".headerlink", ".md-content__button", ".bg-status", ".bg-meta")
"""Inside an indexed article but not worth finding: heading permalinks (¶), the edit
button, an event's status line (Past event / Upcoming event) and the attribution line
under each point (its capitals and source line), which would make every
point a match for every capital it names; capitals are a filter instead."""
UNUSED = (
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
)  # fmt: skip
"""Pagefind's own user interfaces: the site drives ``pagefind.js`` from Material's
search dialog instead (``theme/assets/javascripts/search.js``), so these are removed."""
_MAGIC = b"pagefind_dcd"
"""Every Pagefind data file is gzip of this marker followed by one CBOR value."""


def pagefind_binary() -> Path:
    """The Pagefind executable of the ``pagefind-bin`` wheel."""
    from pagefind_bin import get_executable  # type: ignore[import-untyped]

    binary: Path = get_executable()
    return binary


def pagefind_command(site: Path) -> list[str]:
    command = [str(pagefind_binary()), "--site", str(site), "--output-subdir", FOLDER, "--silent"]
    for selector in EXCLUDE:
        command += ["--exclude-selectors", selector]
    return command


def index_site(site: Path) -> None:
    """Index the built site in ``site`` into ``site/pagefind/``, reproducibly."""
    output = site / FOLDER
    if output.exists():
        shutil.rmtree(output)
    try:
        result = subprocess.run(pagefind_command(site), capture_output=True, text=True, check=False)
    except OSError as exc:
        raise Problem(str(site), None, f"search index: cannot run Pagefind: {exc}") from exc
    if result.returncode != 0 or not (output / "pagefind-entry.json").is_file():
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise Problem(
            str(site), None, "search index: Pagefind failed: " + (detail[-1] if detail else "")
        )
    for name in UNUSED:
        (output / name).unlink(missing_ok=True)
    canonicalize(output)


def canonicalize(output: Path) -> None:
    """Rewrite Pagefind's filter files in sorted order and rename what names them."""
    entry_path = output / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language, info in sorted(entry["languages"].items()):
        meta_path = output / f"pagefind.{info['hash']}.pf_meta"
        meta = _read(meta_path)
        filters = meta[3]
        renamed = []
        for name, digest in sorted(filters):
            path = output / "filter" / f"{digest}.pf_filter"
            data = _read(path)
            values = sorted(([value, sorted(set(pages))] for value, pages in data[1]))
            body = _write([data[0], values])
            new = f"{language}_{hashlib.sha256(body).hexdigest()[:7]}"
            path.unlink()
            (output / "filter" / f"{new}.pf_filter").write_bytes(body)
            renamed.append([name, new])
        meta[3] = renamed
        body = _write(meta)
        meta_path.unlink()
        info["hash"] = f"{language}_{hashlib.sha256(body).hexdigest()[:10]}"
        (output / f"pagefind.{info['hash']}.pf_meta").write_bytes(body)
    entry_path.write_text(
        json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )


def _read(path: Path) -> Any:
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(_MAGIC):
        raise Problem(str(path), None, "search index: not a Pagefind data file")
    value, end = _decode(raw, len(_MAGIC))
    if end != len(raw):
        raise Problem(str(path), None, "search index: trailing bytes in a Pagefind data file")
    return value


def _write(value: Any) -> bytes:
    out = bytearray(_MAGIC)
    _encode(value, out)
    return gzip.compress(bytes(out), compresslevel=9, mtime=0)


def _decode(data: bytes, at: int) -> tuple[Any, int]:
    """One CBOR item (the subset Pagefind writes: integers, strings, arrays, maps,
    booleans and null) starting at ``at``; the item and where the next one starts."""
    initial = data[at]
    major, info = initial >> 5, initial & 31
    at += 1
    if info < 24:
        length = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        length = int.from_bytes(data[at : at + size], "big")
        at += size
    else:
        raise ValueError(f"unsupported CBOR item {initial:#x}")
    if major == 0:
        return length, at
    if major == 1:
        return -1 - length, at
    if major == 2:
        return bytes(data[at : at + length]), at + length
    if major == 3:
        return data[at : at + length].decode("utf-8"), at + length
    if major == 4:
        items = []
        for _ in range(length):
            item, at = _decode(data, at)
            items.append(item)
        return items, at
    if major == 5:
        mapping = {}
        for _ in range(length):
            key, at = _decode(data, at)
            mapping[key], at = _decode(data, at)
        return mapping, at
    if major == 7 and length in (20, 21, 22):
        return {20: False, 21: True, 22: None}[length], at
    raise ValueError(f"unsupported CBOR item {initial:#x}")


def _head(major: int, length: int, out: bytearray) -> None:
    if length < 24:
        out.append(major << 5 | length)
    elif length < 1 << 8:
        out += bytes((major << 5 | 24, length))
    elif length < 1 << 16:
        out += bytes((major << 5 | 25,)) + struct.pack(">H", length)
    elif length < 1 << 32:
        out += bytes((major << 5 | 26,)) + struct.pack(">I", length)
    else:
        out += bytes((major << 5 | 27,)) + struct.pack(">Q", length)


def _encode(value: Any, out: bytearray) -> None:
    if value is False or value is True or value is None:
        out.append(0xF4 if value is False else 0xF5 if value is True else 0xF6)
    elif isinstance(value, int):
        _head(0, value, out) if value >= 0 else _head(1, -1 - value, out)
    elif isinstance(value, bytes):
        _head(2, len(value), out)
        out += value
    elif isinstance(value, str):
        encoded = value.encode("utf-8")
        _head(3, len(encoded), out)
        out += encoded
    elif isinstance(value, list):
        _head(4, len(value), out)
        for item in value:
            _encode(item, out)
    elif isinstance(value, dict):
        _head(5, len(value), out)
        for key, item in value.items():
            _encode(key, out)
            _encode(item, out)
    else:
        raise TypeError(f"cannot encode {type(value).__name__} as CBOR")
