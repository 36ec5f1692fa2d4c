"""Which file names the site accepts, and how an unsafe one is shown in a message.

Seed and page file names end up in URLs, link text and other people's file systems, so
they are checked against a small safe set rather than escaped everywhere they go.
"""

from __future__ import annotations

import re

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$")
"""A seed's or page's file name (and each folder of a page's path): letters, digits, '.',
'_' and '-', starting with a letter or digit, at most 120 characters. Anything else is
refused: file names end up in URLs, link text and other people's file systems."""
WINDOWS_DEVICES = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{d}{n}" for d in ("com", "lpt") for n in range(1, 10)]
)
"""Names no file may have on Windows, whatever its extension."""


def shown_name(name: str) -> str:
    """A file name as an error message may print it: escapes instead of control, bidi
    and other invisible characters."""
    return name if name.isprintable() and name.isascii() else ascii(name)


def name_problem(name: str) -> str | None:
    """Why a file or folder name is refused, or None."""
    if not SAFE_NAME.match(name):
        return (
            "file name may hold only letters, digits, '.', '_' and '-' and must start "
            "with a letter or digit; rename it"
        )
    if name.split(".", 1)[0].lower() in WINDOWS_DEVICES:
        return f"'{name.split('.', 1)[0]}' is a reserved device name on Windows; rename it"
    return None
