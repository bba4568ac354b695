"""Fetching a briefing from an http(s) URL, with a timeout, a size limit and few redirects."""

from __future__ import annotations

import urllib.error
import urllib.request
from email.message import Message

from briefcli.errors import InputError
from briefcli.read import MAX_INPUT_BYTES, RawInput

TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 5


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if not newurl.lower().startswith(("http://", "https://")):
            raise InputError(f"{req.full_url}: redirect to a non-http URL refused")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, timeout: float = TIMEOUT_SECONDS) -> RawInput:
    """GET `url` and return its body; raise InputError on any failure."""
    opener = urllib.request.build_opener(_LimitedRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": "briefcli"})
    try:
        with opener.open(request, timeout=timeout) as response:
            data = response.read(MAX_INPUT_BYTES + 1)
            headers: Message = response.headers
    except urllib.error.HTTPError as e:
        raise InputError(f"{url}: HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise InputError(f"{url}: cannot fetch ({e.reason})") from None
    except TimeoutError:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except OSError as e:
        raise InputError(f"{url}: cannot fetch ({e})") from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{url}: response is larger than 64 MB")
    return RawInput(name=url, data=data, media_type=headers.get_content_type())
