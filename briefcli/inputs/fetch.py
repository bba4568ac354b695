"""Fetching a briefing from an http(s) URL, with a timeout, a size limit and few redirects."""

from __future__ import annotations

import codecs
import http.client
import time
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message

from briefcli.errors import InputError
from briefcli.inputs.raw import MAX_INPUT_BYTES, RawInput

# For the whole fetch (connecting, waiting, reading the body), not per socket operation: a
# server that sends one byte a second would otherwise never time out.
TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024

# Media types that are never a briefing; anything else goes on to decoding, which refuses
# binary data it cannot read as text.
_NOT_TEXT_PREFIXES = ("image/", "audio/", "video/", "font/", "model/")
_NOT_TEXT_TYPES = frozenset(
    {
        "application/pdf",
        "application/zip",
        "application/gzip",
        "application/x-gzip",
        "application/x-tar",
        "application/x-7z-compressed",
        "application/x-rar-compressed",
        "application/vnd.ms-excel",
        "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/wasm",
    }
)


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 1  # the same URL twice is a loop

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        location = headers.get("Location") or headers.get("URI") or ""
        target = urllib.parse.urljoin(req.full_url, location.strip())
        if not target.lower().startswith(("http://", "https://")):
            fp.close()
            raise InputError(f"{req.full_url}: redirect to a non-http URL refused")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def fetch(url: str, timeout: float = TIMEOUT_SECONDS) -> RawInput:
    """GET `url` and return its body; raise InputError on any failure."""
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f"{url}: only http and https URLs can be fetched")
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_LimitedRedirects())
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": _user_agent(),
            "Accept": "text/html, text/markdown, text/plain;q=0.9, */*;q=0.1",
            # No compression: a small gzip body can inflate without bound.
            "Accept-Encoding": "identity",
        },
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            headers: Message = response.headers
            media_type = headers.get_content_type()
            _check_media_type(url, media_type)
            _check_length(url, headers.get("Content-Length"))
            data = _read_body(url, response, deadline, timeout)
    except InputError:
        raise
    except urllib.error.HTTPError as e:
        e.close()
        if e.code in (301, 302, 303, 307, 308):
            raise InputError(f"{url}: too many redirects (a redirect loop?)") from None
        raise InputError(f"{url}: HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        if isinstance(e.reason, TimeoutError):
            raise InputError(f"{url}: timed out after {timeout:g} s") from None
        raise InputError(f"{url}: cannot fetch ({e.reason})") from None
    except TimeoutError:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except (OSError, http.client.HTTPException, ValueError) as e:
        raise InputError(f"{url}: cannot fetch ({type(e).__name__}: {e})") from None
    charset = headers.get_content_charset()
    return RawInput(name=url, data=_to_utf8(data, charset), media_type=media_type)


def _check_media_type(url: str, media_type: str) -> None:
    if media_type.startswith(_NOT_TEXT_PREFIXES) or media_type in _NOT_TEXT_TYPES:
        raise InputError(f"{url}: is {media_type}, not a web page or text")


def _check_length(url: str, length: str | None) -> None:
    if length is not None and length.strip().isdigit() and int(length) > MAX_INPUT_BYTES:
        raise InputError(f"{url}: response is larger than 64 MB")


def _read_body(
    url: str, response: http.client.HTTPResponse, deadline: float, timeout: float
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(f"{url}: timed out after {timeout:g} s")
        chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_INPUT_BYTES:
            raise InputError(f"{url}: response is larger than 64 MB")
        chunks.append(chunk)


def _to_utf8(data: bytes, charset: str | None) -> bytes:
    """The body re-encoded as UTF-8 when the server named another charset that fits it.

    The HTTP header is the authority on a page's encoding; decoding later only guesses."""
    if not charset:
        return data
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return data
    if codec in ("utf-8", "ascii"):
        return data
    if codec == "iso8859-1":
        # Browsers read a page labelled Latin-1 as Windows-1252 (its curly quotes and dashes
        # in 0x80-0x9F are what such pages hold), and so do we.
        codec = "cp1252"
    try:
        return data.decode(codec).encode("utf-8")
    except UnicodeDecodeError:
        return data


def _user_agent() -> str:
    """`briefcli/VERSION`, the installed version (read here: inputs import nothing above)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"briefcli/{version('briefcli')}"
    except PackageNotFoundError:  # a source tree that was never installed
        return "briefcli/0.0.0"
