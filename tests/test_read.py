"""Reading inputs: files, standard input, limits, and one-line errors for what cannot be read."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from briefcli.errors import InputError
from briefcli.inputs import read as read_module
from briefcli.inputs.read import RawInput, is_url, read_input


def test_a_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "briefing.txt"
    path.write_bytes(b"The minister spoke.\r\n")
    assert read_input(str(path)) == RawInput(name=str(path), data=b"The minister spoke.\r\n")


def test_missing_file_and_directory_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError) as missing:
        read_input(str(tmp_path / "nope.txt"))
    assert str(missing.value) == f"{tmp_path / 'nope.txt'}: no such file"
    with pytest.raises(InputError) as directory:
        read_input(str(tmp_path))
    assert str(directory.value) == f"{tmp_path}: is a directory (give the files in it)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_input(str(path))


def test_an_oversize_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_module, "MAX_INPUT_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 11)
    with pytest.raises(InputError, match="big.txt: file is larger than 64 MB"):
        read_input(str(path))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_that_never_ends_is_cut_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_module, "MAX_INPUT_BYTES", 1000)
    with pytest.raises(InputError, match="larger than"):
        read_input("/dev/zero")


def test_standard_input_binary_and_text_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9")))
    assert read_input("-") == RawInput(name="-", data="café".encode())
    monkeypatch.setattr(sys, "stdin", io.StringIO("café"))
    assert read_input("-").data == "café".encode()


def test_no_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError, match="no standard input"):
        read_input("-")


def test_urls_are_http_and_https_only() -> None:
    assert is_url("https://www.whitehouse.gov/briefing-room/")
    assert is_url("HTTP://example.gov/a")
    assert not is_url("ftp://example.gov/a") and not is_url("file:///etc/passwd")
    with pytest.raises(InputError, match="no such file"):
        read_input("ftp://example.gov/briefing.txt")  # a path like any other, not fetched
