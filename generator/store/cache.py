"""What briefgen remembers between runs, so that a run with nothing new does little work.

Two things are kept, both outside the project (``$BRIEFGEN_CACHE_DIR``, else
``$XDG_CACHE_HOME/briefgen``, else ``~/.cache/briefgen``), so that nothing in a
repository, a clone or a pull request can pose as a remembered result:

- **parsed seeds** (``parse/``): the event model of a seed as JSON (msgspec), keyed by
  the seed's bytes and name, the gazetteer and the parser's own code. A seed whose key is
  not there is parsed; a file that cannot be read back is ignored and replaced.
- **front matter** (``runs/<project>.front.json``): what the YAML of each page of
  content/ held, keyed by the YAML text's digest; a page whose front matter is there is
  not parsed again (only front matter made of JSON's types is kept);
- **run states** (``runs/<project>.json``): for ``ingest``, ``check`` and ``build``, the
  digest of every input of the run (seeds/, content/, site_config.yml, mkdocs.yml, the
  generator's code and its libraries' versions) and what the run printed. A run whose
  inputs have the recorded digest would do and print exactly the same, so it prints the
  record instead. Any changed byte in any input changes the digest.

``BRIEFGEN_CACHE=off`` turns both off. Nothing here is ever needed: with an empty or
broken cache every command computes everything, as on a fresh machine.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

import msgspec

from generator.parse.model import Event
from generator.store.pagefile import write_atomic

FORMAT = 1
"""Bumped when what is stored changes shape."""
MAX_PARSED = 20_000
"""Parsed seeds kept; the least recently used beyond this are deleted."""
MAX_STATE_BYTES = 16_000_000
"""A run state larger than this (a run that printed megabytes) is not kept."""
LIBRARIES = (
    "mkdocs", "mkdocs-material", "jinja2", "pyyaml", "python-frontmatter", "python-slugify",
    "sentencex", "feedgen", "icalendar", "jsonschema", "fastjsonschema", "msgspec",
    "markdown", "pymdown-extensions", "mkdocs-redirects", "pagefind-bin",
)  # fmt: skip
"""Libraries whose version can change what a run computes or builds."""
_PACKAGE = Path(__file__).resolve().parent.parent


def enabled() -> bool:
    return os.environ.get("BRIEFGEN_CACHE", "").lower() not in ("off", "0", "no", "false")


def cache_root() -> Path:
    explicit = os.environ.get("BRIEFGEN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home folder: a folder that is never there
            base = os.devnull
    return Path(base) / "briefgen"


def _files_digest(files: Iterable[Path], base: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.relative_to(base).as_posix().encode("utf-8", "surrogateescape"))
        digest.update(b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _version(files: Iterable[Path], libraries: Iterable[str]) -> str:
    """Digest of code files (under the package), library versions, Python and FORMAT."""
    parts = [_files_digest(files, _PACKAGE), sys.version, str(FORMAT)]
    for name in libraries:
        try:
            parts.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name}=-")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


@cache
def code_version() -> str:
    """The generator's own code and templates, the libraries it runs on, and Python."""
    files = [p for p in _PACKAGE.rglob("*") if p.is_file() and p.suffix in (".py", ".j2", ".json")]
    return _version(files, LIBRARIES)


@cache
def parser_version() -> str:
    """The parser's code, how the gazetteer is read from site_config.yml, and the libraries
    the parser uses: a parsed seed depends on no more (and on its bytes and that file)."""
    files = [p for p in (_PACKAGE / "parse").rglob("*") if p.suffix in (".py", ".json")]
    files.append(_PACKAGE / "store" / "site_config.py")  # how site_config.yml is read
    return _version(files, ("sentencex", "msgspec"))


def tree_digest(*paths: Path, base: Path) -> str:
    """Digest of files and folders as they are: every entry's path and kind, a file's
    bytes, a symlink's target (never followed), and what is missing."""
    digest = hashlib.sha256()

    def entry(path: Path) -> None:
        rel = path.relative_to(base).as_posix() if path != base else "."
        name = rel.encode("utf-8", "surrogateescape")
        if path.is_symlink():
            digest.update(b"L" + name + b"\0" + os.readlink(path).encode("utf-8", "replace"))
        elif path.is_dir():
            digest.update(b"D" + name + b"\0")
            for child in sorted(os.listdir(path)):
                entry(path / child)
        elif path.is_file():
            digest.update(b"F" + name + b"\0" + hashlib.sha256(path.read_bytes()).digest())
        elif path.exists():
            digest.update(b"O" + name + b"\0")
        else:
            digest.update(b"-" + name + b"\0")

    for path in paths:
        entry(path)
    return digest.hexdigest()


def stat_digest(folder: Path) -> str:
    """A cheap fingerprint of a built site: every file's path, size and modification time."""
    digest = hashlib.sha256()
    for here, dirs, names in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in sorted(names):
            path = Path(here) / name
            try:
                info = path.lstat()
            except OSError:
                continue
            rel = path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape")
            digest.update(rel + f"\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()


# -- parsed seeds ---------------------------------------------------------------------


def parse_key(name: str, data: bytes, gazetteer_digest: str) -> str:
    digest = hashlib.sha256()
    for part in (parser_version(), gazetteer_digest, name):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(data)
    return digest.hexdigest()


def _parsed_path(key: str) -> Path:
    return cache_root() / "parse" / key[:2] / f"{key}.json"


def load_parsed(key: str) -> Event | None:
    """The event parsed under ``key`` earlier, or None (never raises)."""
    if not enabled():
        return None
    path = _parsed_path(key)
    try:
        event = msgspec.json.decode(path.read_bytes(), type=Event)
        os.utime(path)  # recently used
    except (OSError, msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError):
        return None
    return event


def store_parsed(key: str, event: Event) -> None:
    if not enabled():
        return
    path = _parsed_path(key)
    try:
        write_atomic(path, msgspec.json.encode(event))
    except OSError:
        return


def prune_parsed(limit: int = MAX_PARSED) -> None:
    """Keep the ``limit`` most recently used parsed seeds."""
    folder = cache_root() / "parse"
    if not enabled() or not folder.is_dir():
        return
    try:
        entries = [(p.stat().st_mtime_ns, p) for p in folder.glob("*/*.json")]
    except OSError:
        return
    if len(entries) <= limit:
        return
    entries.sort(reverse=True)
    for _, path in entries[limit:]:
        path.unlink(missing_ok=True)


# -- run states -----------------------------------------------------------------------


def _state_path(root: Path) -> Path:
    name = hashlib.sha256(str(root.resolve()).encode("utf-8", "surrogateescape")).hexdigest()
    return cache_root() / "runs" / f"{name[:32]}.json"


def load_state(root: Path) -> dict[str, Any]:
    if not enabled():
        return {}
    try:
        data = json.loads(_state_path(root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or "root" not in data:
        return {}
    return data if data["root"] == str(root.resolve()) else {}


def save_state(root: Path, updates: dict[str, object]) -> None:
    """Record the entries of ``updates`` for the project at ``root`` (None forgets one)."""
    if not enabled():
        return
    state = load_state(root) or {"format": FORMAT, "root": str(root.resolve())}
    for key, value in updates.items():
        if value is None:
            state.pop(key, None)
        else:
            state[key] = value
    data = json.dumps(state, ensure_ascii=False, sort_keys=True).encode("utf-8")
    if len(data) > MAX_STATE_BYTES:
        return
    try:
        write_atomic(_state_path(root), data)
    except OSError:
        return


# -- front matter ---------------------------------------------------------------------


def _plain(value: object, depth: int = 0) -> bool:
    """Whether ``value`` is made of JSON's types only (and so comes back from JSON equal)."""
    if depth > 64:
        return False
    if value is None or type(value) in (str, int, float, bool):
        return True
    if type(value) is list:
        return all(_plain(item, depth + 1) for item in value)
    if type(value) is dict:
        return all(type(k) is str and _plain(v, depth + 1) for k, v in value.items())
    return False


class FrontMatterStore:
    """The front matter of a project's pages as read last time (``pagefile.loads``)."""

    def __init__(self, root: Path) -> None:
        self.path = _state_path(root).with_suffix(".front.json")
        self.version = code_version()
        self.before: dict[str, list[Any]] = {}
        self.now: dict[str, list[Any]] = {}
        if not enabled():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(data, dict) and data.get("version") == self.version:
            entries = data.get("entries")
            self.before = entries if isinstance(entries, dict) else {}

    @staticmethod
    def _key(yaml_text: str) -> str:
        return hashlib.sha256(yaml_text.encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, yaml_text: str) -> tuple[dict[str, Any], dict[str, int]] | None:
        key = self._key(yaml_text)
        entry = self.before.get(key)
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)):
            return None
        try:
            data = json.loads(entry[0])
        except ValueError:
            return None
        lines = entry[1]
        if not isinstance(data, dict) or not isinstance(lines, dict):
            return None
        self.now[key] = entry
        return data, {str(k): int(v) for k, v in lines.items() if isinstance(v, int)}

    def put(self, yaml_text: str, data: dict[str, Any], lines: dict[str, int]) -> None:
        if enabled() and _plain(data):
            self.now[self._key(yaml_text)] = [json.dumps(data), dict(lines)]

    def save(self) -> None:
        """Keep what this run read (pages gone since are forgotten)."""
        if not enabled() or self.now == self.before:
            return
        data = {"version": self.version, "entries": self.now}
        try:
            write_atomic(self.path, json.dumps(data, sort_keys=True).encode("utf-8"))
        except (OSError, ValueError):
            return
