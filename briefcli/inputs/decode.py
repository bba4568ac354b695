"""Bytes to text: BOMs, UTF-8 first, charset detection for the rest, binary refused."""

from __future__ import annotations

import codecs
import re

from briefcli.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes that never appear in text (tab, newlines, form feed and ESC aside).
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13, 27}

# A well-formed UTF-8 sequence of two to four bytes: evidence that a file is UTF-8 even when
# a few bytes in it are not (a Windows-1252 "é" pasted into a UTF-8 file).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)

# Terminal escape sequences (colours, cursor moves, title changes): a briefing never holds
# them, and printing them back would let an input drive the reader's terminal.
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)?|[@-Z\\-_])?")
# C0 and C1 control characters other than tab and newline; form feed and vertical tab end lines.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f]")
_LINE_BREAKS = ("\x0b", "\x0c", "\x85", "\u2028")


def _cp1252_for_invalid_utf8(error: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: bytes that are not UTF-8 read as Windows-1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("briefcli-cp1252", _cp1252_for_invalid_utf8)


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding we read (images, archives, executables)."""
    head = data[:8192]
    if not head:
        return False
    controls = sum(1 for b in head if b in _CONTROL) / len(head)
    if controls > 0.10:
        return True
    # Random or compressed data holds about one control byte in ten (27 of 256 values)
    # and is mostly not printable ASCII; text, even with stray NULs, is mostly letters.
    printable = sum(1 for b in head if 32 <= b < 127 or b in (9, 10, 13)) / len(head)
    return controls > 0.02 and printable < 0.7


def decode(data: bytes, name: str = "input") -> str:
    """Decode `data` to text with Unix line ends; raise InputError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            return normalize_newlines(text)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return normalize_newlines(data.decode(utf16, errors="replace"))
    if looks_binary(data):
        raise InputError(f"{name}: looks like binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_other(data)
    return normalize_newlines(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM (some Windows tools write it): English in it has a NUL in
    every other byte, at even offsets for big-endian and odd ones for little-endian."""
    head = data[:4096]
    if len(head) < 16 or len(head) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    half = len(head) // 2
    if odd.count(0) > 0.4 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.4 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _decode_other(data: bytes) -> str:
    """Text that is not valid UTF-8: mostly UTF-8 with a few stray bytes, Windows-1252 (and
    Latin-1, its subset), or another encoding that charset detection recognises."""
    multibyte = len(_UTF8_MULTIBYTE.findall(data))
    if multibyte:
        invalid = _count_invalid_utf8(data)
        if multibyte >= invalid:
            return data.decode("utf-8", errors="briefcli-cp1252")
    western = data.decode("cp1252", errors="replace")
    if _plausibly_western(western):
        return western
    if len(data) >= 64:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding not in ("ascii", "utf_8"):
            return str(best)
    # Detection has too little to go on; Windows-1252 is what such files are in practice.
    return western


def _count_invalid_utf8(data: bytes) -> int:
    """How many runs of bytes are not UTF-8 (a U+FFFD already in the text aside)."""
    replaced = data.decode("utf-8", errors="replace").count("\ufffd")
    return replaced - data.count("\ufffd".encode())


def _plausibly_western(text: str) -> bool:
    """English or another Latin-script language: accented letters are the exception.

    Cyrillic or Greek read as Windows-1252 is also all Latin-1 letters, but nearly every
    letter is then outside ASCII."""
    letters = 0
    accented = 0
    for ch in text[:65536]:
        if ch.isalpha():
            letters += 1
            if ord(ch) > 0x7F:
                accented += 1
    return letters > 0 and accented <= 0.3 * letters and "\ufffd" not in text[:65536]


def normalize_newlines(text: str) -> str:
    """CRLF and CR to LF; NUL bytes, other control characters and terminal escapes dropped;
    Unicode line and paragraph separators made newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n\n")
    for line_break in _LINE_BREAKS:
        if line_break in text:  # str.translate would be ten times slower on every text
            text = text.replace(line_break, "\n")
    if "\x1b" in text:
        text = _ANSI.sub("", text)
    return _CONTROLS.sub("", text)
