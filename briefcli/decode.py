"""Bytes to text: BOMs, UTF-8 first, charset detection for the rest, binary refused."""

from __future__ import annotations

import codecs

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


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding we read (images, archives, executables)."""
    head = data[:8192]
    if not head:
        return False
    controls = sum(1 for b in head if b in _CONTROL)
    return controls / len(head) > 0.10


def decode(data: bytes, name: str = "input") -> str:
    """Decode `data` to text with Unix line ends; raise InputError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            return normalize_newlines(text)
    if looks_binary(data):
        raise InputError(f"{name}: looks like binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_other(data)
    return normalize_newlines(text)


def _decode_other(data: bytes) -> str:
    """Text in an encoding other than UTF-8: ask charset detection, else Windows-1252."""
    if len(data) >= 256:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding not in ("ascii", "utf_8"):
            return str(best)
    # Short texts give detection too little to go on; Windows-1252 is what such files are
    # in practice (it is Latin-1 plus curly quotes and dashes in 0x80-0x9F).
    return data.decode("cp1252", errors="replace")


def normalize_newlines(text: str) -> str:
    """CRLF and CR to LF, NUL bytes dropped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
