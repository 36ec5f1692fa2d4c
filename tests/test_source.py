"""Bad input gets a one-line error naming the file (and line); odd but normal input parses."""

from __future__ import annotations

import pytest

from generator.parse.body import parse
from generator.parse.source import MAX_BYTES, decode
from generator.problems import Problem

P = "seeds/x.txt"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "seeds/x.txt: file is empty"),
        (b"  \n\t\n\xc2\xa0\n", "seeds/x.txt: file holds only whitespace"),
        (b"Title\nbody\x00more\n", "seeds/x.txt:2: file contains a NUL byte; is it binary?"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "seeds/x.txt:3: file contains a NUL byte; is it binary?"),
        (
            b"Title\n\nCaf\xe9 au lait\n",
            "seeds/x.txt:3: file is not valid UTF-8 (byte 0xe9 at offset 10)",
        ),
        ("Title\n".encode("utf-16"), "seeds/x.txt: file is UTF-16; save it as UTF-8"),
        (
            "Title\n".encode("utf-16-be").join([b"\xfe\xff", b""]),
            "seeds/x.txt: file is UTF-16; save it as UTF-8",
        ),
        (b"Title\n\x1b[31mred\n", "seeds/x.txt:2: control character U+001B in text; is it binary?"),
        (
            b"x" * (MAX_BYTES + 1),
            f"seeds/x.txt: file is too large ({MAX_BYTES + 1:,} bytes; the limit is {MAX_BYTES:,})",
        ),
    ],
    ids=["empty", "whitespace", "nul", "png", "latin1", "utf16le", "utf16be", "escape", "large"],
)
def test_bad_input_error_text(data: bytes, message: str) -> None:
    with pytest.raises(Problem) as info:
        decode(data, P)
    assert str(info.value) == message
    assert "\n" not in str(info.value)


def test_normal_oddities_are_not_errors() -> None:
    data = "\ufeffA Title\r\n\r\nThu.\u00a0May 2nd, 2019\r\nSeoul\r\n\r\nA body paragraph here.".encode()
    text = decode(data, P)
    assert "\r" not in text and not text.startswith("\ufeff")
    event = parse(text)
    assert (event.title, event.date, event.location) == ("A Title", "2019-05-02", "Seoul")
