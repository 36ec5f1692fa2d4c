"""Turning the bytes of a source file into text the parser can trust.

A source text is untrusted input: it may be empty, binary, in the wrong encoding or huge.
``decode`` either returns clean text (BOM removed, line endings normalised) or raises
``Problem`` with a one-line message naming the file and, where there is one, the line.
"""

from __future__ import annotations

from pathlib import Path

from generator.problems import Problem

MAX_BYTES = 1_000_000
"""Largest source accepted. Real event pages are 2-30 KB; 1 MB leaves room for anything
legitimate while keeping a stray data dump out of the site."""
MAX_LINES = 20_000
"""Most lines accepted (a long real page has a few hundred)."""
MAX_LINE_CHARS = 50_000
"""Longest line (one paragraph) accepted, in characters."""
MARKUP = frozenset("\\`*_{}[]<>&|~^=#")
"""Characters that are escaped when source text is written as Markdown."""
MAX_MARKUP_PER_LINE = 4_000
MAX_MARKUP = 40_000
"""Most such characters in one line and in one source. Python-Markdown's time grows with
the square of the escapes in one paragraph (20,000 take seconds); real pages have a few
dozen."""


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes, path: str) -> str:
    """Return the text of a source file, or raise ``Problem``."""
    if len(data) > MAX_BYTES:
        raise Problem(
            path, None, f"file is too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Problem(path, None, "file is UTF-16; save it as UTF-8")
    nul = data.find(b"\x00")
    if nul != -1:
        raise Problem(path, _line_of(data, nul), "file contains a NUL byte; is it binary?")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Problem(
            path,
            _line_of(data, exc.start),
            f"file is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
        ) from None
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if len(lines) > MAX_LINES:
        raise Problem(path, None, f"too many lines ({len(lines):,}; the limit is {MAX_LINES:,})")
    markup = 0
    for number, line in enumerate(lines, start=1):
        bad = next((c for c in line if _is_control(c)), None)
        if bad is not None:
            raise Problem(
                path, number, f"control character U+{ord(bad):04X} in text; is it binary?"
            )
        if len(line) > MAX_LINE_CHARS:
            raise Problem(
                path, number,
                f"line too long ({len(line):,} characters; the limit is {MAX_LINE_CHARS:,})",
            )  # fmt: skip
        here = sum(1 for c in line if c in MARKUP)
        if here > MAX_MARKUP_PER_LINE:
            raise Problem(
                path, number,
                f"too many markup characters in one line ({here:,} of \\`*_{{}}[]<>&|~^=#; "
                f"the limit is {MAX_MARKUP_PER_LINE:,})",
            )  # fmt: skip
        markup += here
    if markup > MAX_MARKUP:
        raise Problem(
            path, None,
            f"too many markup characters ({markup:,}; the limit is {MAX_MARKUP:,})",
        )  # fmt: skip
    if not text.strip():
        raise Problem(path, None, "file is empty" if not text else "file holds only whitespace")
    return text


def _is_control(char: str) -> bool:
    code = ord(char)
    return (code < 0x20 and char not in "\t\n\f\v") or code == 0x7F


def read_source(path: Path, shown: str | None = None) -> str:
    """Read and decode one source file; errors name it as ``shown`` (default: the path)."""
    name = shown or str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise Problem(name, None, "no such file") from None
    except IsADirectoryError:
        raise Problem(name, None, "is a directory, not a source text") from None
    except OSError as exc:
        raise Problem(name, None, f"cannot read file ({exc.strerror})") from None
    return decode(data, name)
