"""Decoding: UTF-8, BOMs, Windows-1252 and Latin-1, other charsets, and bytes that are not text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import briefcli
from briefcli.errors import InputError
from briefcli.inputs.decode import decode

SENTENCE = (
    "The minister met officials at the café in Brussels on Thursday. "
    "“We will act,” she said — and the allies agreed to meet again next month. "
)


def test_utf8_is_read_as_is() -> None:
    assert decode(SENTENCE.encode("utf-8")) == SENTENCE


@pytest.mark.parametrize(
    "bom, encoding",
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_a_bom_names_the_encoding_and_is_dropped(bom: bytes, encoding: str) -> None:
    assert decode(bom + SENTENCE.encode(encoding)) == SENTENCE


def test_utf16_without_a_bom_is_recognised() -> None:
    assert decode((SENTENCE * 2).encode("utf-16-le")) == SENTENCE * 2
    assert decode((SENTENCE * 2).encode("utf-16-be")) == SENTENCE * 2


def test_a_short_latin1_cafe() -> None:
    assert decode("café".encode("latin-1")) == "café"
    assert decode(b"Le caf\xe9 du minist\xe8re.") == "Le café du ministère."


@pytest.mark.parametrize("repeat", [1, 8])  # below and above what charset detection needs
def test_windows_1252_curly_quotes_and_dashes(repeat: int) -> None:
    assert decode((SENTENCE * repeat).encode("cp1252")) == SENTENCE * repeat


def test_latin1_with_other_accents() -> None:
    text = "Der Minister sagte, die Gespräche über die Zusammenarbeit würden fortgesetzt. " * 4
    assert decode(text.encode("latin-1")) == text


def test_utf8_with_a_stray_windows_1252_byte_keeps_the_utf8() -> None:
    data = (SENTENCE * 3).encode("utf-8") + "Stray café.".encode("cp1252")
    assert decode(data) == SENTENCE * 3 + "Stray café."


def test_cyrillic_in_windows_1251_is_detected() -> None:
    text = "Министр заявил, что встреча с союзниками прошла успешно и продолжится. " * 6
    assert decode(text.encode("cp1251")) == text


def test_line_ends_and_separators_become_newlines() -> None:
    assert decode(b"one\r\ntwo\rthree\x0cfour") == "one\ntwo\nthree\nfour"
    assert decode("a\u2028b\u2029c".encode()) == "a\nb\n\nc"


def test_nul_bytes_and_control_characters_are_dropped() -> None:
    data = b"The min\x00ister\x07 said\x01 so. " + SENTENCE.encode()
    assert decode(data) == "The minister said so. " + SENTENCE


def test_terminal_escapes_are_dropped() -> None:
    hostile = b"\x1b[2J\x1b[31mRed alert.\x1b[0m \x1b]0;pwned title\x07Done."
    assert decode(hostile) == "Red alert. Done."


def test_binary_data_is_refused_with_one_line() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    with pytest.raises(InputError) as caught:
        decode(png, "photo.png")
    assert str(caught.value) == "photo.png: looks like binary data, not text"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        text = decode(data)
    except InputError:
        return
    assert "\x00" not in text and "\r" not in text and "\x1b" not in text


_printable = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_printable, max_size=300))
def test_any_utf8_text_without_control_characters_is_read_exactly(text: str) -> None:
    assume(not text.startswith("\ufeff"))  # that would be a BOM
    assert decode(text.encode("utf-8")) == text


def test_a_latin1_file_briefs_with_its_accents(tmp_path: Path) -> None:
    path = tmp_path / "statement.txt"
    text = (
        "Statement on the Café Summit\n\n"
        "The Secretary met the ministers of France and Belgium at the Café du Parc. "
        "The ministers agreed to meet again in Liège next month. "
        "The Secretary said the talks had been “productive and frank.”\n"
    )
    path.write_bytes(text.encode("cp1252"))
    brief = briefcli.brief_file(str(path))
    joined = " ".join(s.text for s in brief.sentences)
    assert "Café du Parc" in joined and "Liège" in joined and "“productive" in joined
