"""Reading an input: a file path, `-` for standard input, or a URL, as bytes."""

from __future__ import annotations

import os
import sys

from briefcli.errors import InputError
from briefcli.inputs.raw import MAX_INPUT_BYTES, RawInput


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def read_input(source: str) -> RawInput:
    """Read `source` (a path, `-` or an http(s) URL) whole."""
    if source == "-":
        if sys.stdin is None or sys.stdin.closed:
            raise InputError("-: there is no standard input to read")
        # A stdin replaced by a test harness or an IDE may be text only, without `buffer`.
        read = getattr(sys.stdin, "buffer", sys.stdin).read(MAX_INPUT_BYTES + 1)
        data = read.encode("utf-8", "surrogateescape") if isinstance(read, str) else read
        if len(data) > MAX_INPUT_BYTES:
            raise InputError("-: input is larger than 64 MB")
        return RawInput(name="-", data=data)
    if is_url(source):
        from briefcli.inputs.fetch import fetch

        return fetch(source)
    if not os.path.exists(source):
        raise InputError(f"{source}: no such file")
    if os.path.isdir(source):
        raise InputError(f"{source}: is a directory (give the files in it)")
    try:
        if os.path.getsize(source) > MAX_INPUT_BYTES:
            raise InputError(f"{source}: file is larger than 64 MB")
        with open(source, "rb") as f:
            # Devices and pipes report no size (/dev/zero never ends): read at most the cap.
            data = f.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(f"{source}: file is larger than 64 MB")
    except PermissionError:
        raise InputError(f"{source}: permission denied") from None
    except OSError as e:
        raise InputError(f"{source}: cannot be read ({e.strerror or e})") from None
    return RawInput(name=source, data=data)
