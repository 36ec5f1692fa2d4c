"""The one error type of briefgen, and the exit codes of its command line.

Library code raises ``Problem`` (or returns a list of them); only ``generator.cli`` prints
them, one ``path:line: message`` per line, and turns them into an exit code.
"""

from __future__ import annotations

EXIT_OK = 0
"""Everything worked."""
EXIT_PROBLEMS = 1
"""Problems were found in the input (seeds, pages, site_config.yml)."""
EXIT_USAGE = 2
"""The command line itself was wrong."""


class Problem(Exception):
    """One problem in one input file, printed as ``path:line: message``.

    ``line`` is 1-based, or None when the problem concerns the file as a whole.
    """

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        super().__init__(path, line, message)

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"

    def __repr__(self) -> str:
        return f"Problem({self.path!r}, {self.line!r}, {self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return self.sort_key() == other.sort_key()

    def __hash__(self) -> int:
        return hash(self.sort_key())

    def sort_key(self) -> tuple[str, int, str]:
        """Problems are listed by file, then line, then message."""
        return (self.path, self.line or 0, self.message)


def in_order(problems: list[Problem]) -> list[Problem]:
    """The problems without duplicates, by file, line and message."""
    return sorted(set(problems), key=Problem.sort_key)
