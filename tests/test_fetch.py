"""URLs: fetched from a local server on 127.0.0.1 (never the internet), with every limit tested."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import briefcli
from briefcli.errors import InputError
from briefcli.inputs import fetch as fetch_module
from briefcli.inputs.fetch import fetch
from briefcli.inputs.read import read_input

INPUTS = Path(__file__).parent / "data" / "inputs"
PAGE = (INPUTS / "whitehouse-briefing-2020-04-01-cut.html").read_bytes()
STATEMENT = (INPUTS / "statement-pepfar-2023-01-28.md").read_bytes()

# A page pointing at every kind of external resource, all on the test server: none may be
# requested when the page is briefed.
RESOURCE_PAGE = """<!doctype html>
<html><head><title>Readout of the Secretary's Call | Defense.gov</title>
<link rel="stylesheet" href="{base}/res/style.css">
<script src="{base}/res/app.js"></script>
<script>fetch("{base}/res/from-script"); document.write("INJECTED BY SCRIPT");</script>
<meta http-equiv="refresh" content="0; url={base}/res/refresh">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Readout of the Secretary's Call</h1>
<img src="{base}/res/photo.jpg" srcset="{base}/res/photo-2x.jpg 2x">
<iframe src="{base}/res/frame.html"></iframe>
<p>Secretary of Defense Lloyd J. Austin III spoke today with the Minister of Defence of
Estonia about support for Ukraine and the security of the Baltic region.</p>
<p>The Secretary said the United States will continue to stand with its allies, and the two
leaders agreed to meet again at the NATO ministerial in Brussels next month.</p>
<object data="{base}/res/object.swf"></object>
<video src="{base}/res/video.mp4" poster="{base}/res/poster.jpg"></video>
</article>
<img src="{base}/res/pixel.gif" width="1" height="1">
</body></html>
"""


class _Handler(BaseHTTPRequestHandler):
    requests: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - the base's name
        _Handler.requests.append(self.path)
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path
        if path == "/page.html":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif path == "/statement":
            self._send(200, "text/markdown; charset=utf-8", STATEMENT)
        elif path == "/resources.html":
            self._send(200, "text/html", RESOURCE_PAGE.format(base=base).encode())
        elif path == "/latin1.txt":
            body = "Le caf\xe9 du minist\xe8re. The minister said \u201cwe will\u201d act.\n"
            self._send(200, "text/plain; charset=ISO-8859-1", body.encode("cp1252"))
        elif path == "/moved":
            self._redirect("/page.html")
        elif path == "/loop":
            self._redirect("/loop")
        elif path.startswith("/chain/"):
            self._redirect(f"/chain/{int(path.rsplit('/', 1)[1]) + 1}")
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(10**12))
            self.end_headers()
            self.wfile.write(b"x" * 100)
        elif path == "/huge-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(64):
                self.wfile.write(b"word " * 2000)
        elif path == "/slow":
            time.sleep(3)
            self._send(200, "text/plain", b"too late")
        elif path == "/dribble":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(30):
                    self.wfile.write(b"Words. ")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        elif path == "/photo.png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
        elif path == "/octets":
            self._send(200, "application/octet-stream", bytes(range(256)) * 16)
        elif path == "/empty":
            self._send(200, "text/plain", b"")
        else:
            self._send(404, "text/plain", b"not here")

    def _send(self, code: int, media_type: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up on purpose (timeouts, size limits) is not news


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    _Handler.requests.clear()


def test_a_page_is_fetched_and_briefed(server: str) -> None:
    raw = read_input(f"{server}/page.html")
    assert raw.media_type == "text/html"
    assert raw.data == PAGE
    brief = briefcli.brief_file(f"{server}/page.html")
    assert brief.source == f"{server}/page.html"
    assert brief.kind == "transcript"
    assert brief.title is not None and brief.title.startswith("Remarks by President Trump")
    assert any("counter-narcotics operations" in s.text for s in brief.sentences)


def test_markdown_served_as_markdown_keeps_its_front_matter(server: str) -> None:
    brief = briefcli.brief_file(f"{server}/statement")
    assert brief.date == "2023-01-28"
    assert brief.title is not None and "PEPFAR" in brief.title


def test_redirects_are_followed(server: str) -> None:
    raw = fetch(f"{server}/moved")
    assert raw.data == PAGE
    assert _Handler.requests == ["/moved", "/page.html"]


def test_a_redirect_loop_is_an_error(server: str) -> None:
    with pytest.raises(InputError, match=r"/loop: too many redirects"):
        fetch(f"{server}/loop")


def test_redirects_are_limited(server: str) -> None:
    with pytest.raises(InputError, match=r"/chain/0: too many redirects"):
        fetch(f"{server}/chain/0")
    assert len(_Handler.requests) == fetch_module.MAX_REDIRECTS + 1


def test_a_redirect_away_from_http_is_refused(server: str) -> None:
    with pytest.raises(InputError, match="redirect to a non-http URL refused"):
        fetch(f"{server}/to-file")


def test_not_found_is_an_error_naming_the_status(server: str) -> None:
    with pytest.raises(InputError) as caught:
        fetch(f"{server}/nowhere")
    assert str(caught.value) == f"{server}/nowhere: HTTP 404 Not Found"


def test_a_declared_oversize_body_is_refused_before_reading(server: str) -> None:
    with pytest.raises(InputError, match="response is larger than 64 MB"):
        fetch(f"{server}/huge-declared")


def test_an_oversize_body_without_length_is_cut_off(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch_module, "MAX_INPUT_BYTES", 100_000)
    with pytest.raises(InputError, match="response is larger than"):
        fetch(f"{server}/huge-streamed")


def test_a_slow_server_times_out(server: str) -> None:
    start = time.monotonic()
    with pytest.raises(InputError, match=r"/slow: timed out after 0.5 s"):
        fetch(f"{server}/slow", timeout=0.5)
    assert time.monotonic() - start < 2.5


def test_a_dribbling_server_times_out_on_the_whole_fetch(server: str) -> None:
    start = time.monotonic()
    with pytest.raises(InputError, match=r"/dribble: timed out after 0.5 s"):
        fetch(f"{server}/dribble", timeout=0.5)
    assert time.monotonic() - start < 2.0


def test_images_and_binary_bodies_are_refused(server: str) -> None:
    with pytest.raises(InputError, match=r"/photo.png: is image/png, not a web page or text"):
        fetch(f"{server}/photo.png")
    with pytest.raises(InputError, match="binary"):
        briefcli.brief_file(f"{server}/octets")


def test_an_empty_body_is_an_error(server: str) -> None:
    with pytest.raises(InputError, match="input is empty"):
        briefcli.brief_file(f"{server}/empty")


def test_the_declared_charset_decodes_the_body(server: str) -> None:
    raw = fetch(f"{server}/latin1.txt")
    text = raw.data.decode("utf-8")
    assert "Le café du ministère." in text
    assert "“we will”" in text  # labelled Latin-1, read as Windows-1252 like browsers do


def test_only_http_and_https_are_fetched() -> None:
    with pytest.raises(InputError, match="only http and https"):
        fetch("ftp://127.0.0.1/briefing.txt")
    with pytest.raises(InputError, match="only http and https"):
        fetch("file:///etc/passwd")


def test_unreachable_host_is_a_one_line_error() -> None:
    # Port 9 on 127.0.0.1 (discard) is closed on a test machine: connection refused.
    with pytest.raises(InputError) as caught:
        fetch("http://127.0.0.1:9/briefing.html", timeout=2)
    assert str(caught.value).startswith("http://127.0.0.1:9/briefing.html: cannot fetch")
    assert "\n" not in str(caught.value)


def test_a_page_is_never_run_and_its_resources_never_fetched(server: str, tmp_path: Path) -> None:
    brief = briefcli.brief_file(f"{server}/resources.html")
    assert _Handler.requests == ["/resources.html"]
    text = " ".join(s.text for s in brief.sentences)
    assert "Estonia" in text and "INJECTED" not in text and "fetch(" not in text
    assert brief.title == "Readout of the Secretary's Call"
    # The same page saved to a file: no request at all.
    _Handler.requests.clear()
    saved = tmp_path / "readout.html"
    saved.write_text(RESOURCE_PAGE.format(base=server), encoding="utf-8")
    briefcli.brief_file(str(saved))
    assert _Handler.requests == []
