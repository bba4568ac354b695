"""Hostile and odd input through the whole pipeline: a Brief or a one-line InputError, quickly.

Each case runs under a deadline (a hang guard, not a speed test) in CPU seconds of this
process, so other work on a busy machine does not count: a case that runs past it fails at
the deadline instead of hanging the suite. The large cases are 64 kB, which keeps
this file fast while a step quadratic in characters still shows (4e9 steps); `python -m
benchmarks.fuzz` runs the same cases at a whole megabyte and random mixes for longer. Cases
that once found a quadratic stage are sized so that it would take minutes again.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import briefcli
from briefcli.errors import InputError
from briefcli.model import Brief

SIZE = 64 * 1024
DEADLINE = 20.0  # CPU seconds; generous


class _PastDeadline(Exception):
    pass


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise _PastDeadline in this (the main) thread once it has used `seconds` of CPU."""

    def expire(signum: int, frame: object) -> None:
        raise _PastDeadline(f"still running after {seconds:g} CPU seconds")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _outcome(run: Callable[[], Brief], deadline: float = DEADLINE) -> Brief | InputError:
    """The brief or the InputError; any other exception, or running past the deadline, fails."""
    start = time.process_time()
    with _deadline(deadline):
        try:
            result: Brief | InputError = run()
        except InputError as e:
            result = e
    assert time.process_time() - start < deadline
    if isinstance(result, InputError):
        message = str(result)
        assert message and "\n" not in message and len(message) < 300
    else:
        assert result.to_dict()["schema_version"] == 1
    return result


def _text(
    text: str, source: str = "hostile.txt", deadline: float = DEADLINE
) -> Brief | InputError:
    return _outcome(lambda: briefcli.brief(text, source=source), deadline)


def _bytes(data: bytes, source: str = "hostile.txt") -> Brief | InputError:
    return _outcome(lambda: briefcli.brief_bytes(data, source=source))


@pytest.mark.parametrize("mark", ['"', "“", "’"])
def test_a_run_of_quote_marks(mark: str) -> None:
    _bytes(mark.encode() * (SIZE // len(mark.encode())))


def test_a_run_of_periods() -> None:
    _bytes(b"." * SIZE)


def test_one_word_without_spaces() -> None:
    result = _bytes(b"a" * SIZE)
    assert isinstance(result, Brief) and len(result.sentences) == 1


def test_a_run_of_ellipses_and_dashes() -> None:
    _text("…—" * (SIZE // 2))


def test_unbalanced_curly_quotes() -> None:
    # One paragraph of 2,600 unclosed quotes: quadratic in quotes.py until it located
    # quotes by bisection.
    result = _text("The minister said “we will act. And then “more. " * 1300)
    assert isinstance(result, Brief) and len(result.sentences) == 2600


def test_unbalanced_curly_quotes_in_short_paragraphs() -> None:
    result = _text("The minister said “we will act. And then ”more.\n\n" * 1000)
    assert isinstance(result, Brief) and len(result.sentences) == 2000


def test_thousands_of_speaker_labels() -> None:
    text = "".join(
        f"MR. SPEAKER{i % 50}: Thank you, we will.\n\nQ Why?\n\n" for i in range(2000)
    )
    result = _text(text)
    assert isinstance(result, Brief) and result.kind == "transcript"


def test_thousands_of_labels_without_speech() -> None:
    _text("THE PRESIDENT:\n\n" * 3000 + "MS. PSAKI:  \n" * 3000)


def test_deeply_nested_html() -> None:
    page = "<html><body>" + "<div><span>" * 20_000 + "The minister spoke. " * 5
    _text(page + "</span></div>" * 20_000 + "</body></html>", source="nested.html")


def test_a_page_that_is_all_script() -> None:
    page = "<html><head><script>" + "document.write('x');\n" * 10_000 + "</script></head>"
    page += "<body><script>alert(1)</script><noscript>Enable JavaScript.</noscript></body></html>"
    result = _text(page, source="script.html")
    assert isinstance(result, InputError) or all(
        "document.write" not in s.text for s in result.sentences
    )


def test_only_whitespace() -> None:
    for blank in (b" \n\t\r\n" * 10_000, "\u00a0\u2003\u3000\n".encode() * 1000, b""):
        result = _bytes(blank)
        assert isinstance(result, InputError) and str(result) == "hostile.txt: input is empty"


def test_emoji_and_right_to_left_text() -> None:
    text = "שלום עולם. 😀👍🏽 مرحبا بالعالم. The minister 🇺🇸 said “we will act”. " * 250
    text += "Bidi \u202eoverride\u202c and \u2067isolate\u2069 controls. " * 250
    result = _text(text)
    assert isinstance(result, Brief) and any("minister" in s.text for s in result.sentences)


def test_nul_bytes() -> None:
    result = _bytes(b"The minister spoke.\x00 She said\x00 we will act. " * 2000)
    assert isinstance(result, Brief)
    assert all("\x00" not in s.text for s in result.sentences)


def test_nul_bytes_in_text_given_directly() -> None:
    _text("The minister spoke.\x00 She said\x00 we will act. " * 2000)


def test_invalid_utf8() -> None:
    data = b"The minister \xff\xfe said \xc3\x28 we will \xa0\xa1 act. \xed\xa0\x80 " * 2000
    result = _bytes(data)
    assert isinstance(result, Brief)


def test_binary_data() -> None:
    result = _bytes(bytes(range(256)) * 1000)
    assert isinstance(result, InputError) and "binary" in str(result)


_WORDS = "minister ally treaty border troops budget vaccine tariff summit port grain".split()


def test_many_tiny_paragraphs() -> None:
    paragraphs = (
        f"The {_WORDS[i * 7 % 11]} and the {_WORDS[i * 5 % 11]} will {_WORDS[i * 3 % 11]}."
        for i in range(1500)
    )
    _text("\n\n".join(paragraphs))


def test_many_identical_paragraphs() -> None:
    # sections.py climbed each plateau of equal cohesion once per gap on it: quadratic in
    # identical paragraphs (8,000 took ~40 s); one pass each way makes it ~3 s.
    _text("The minister will act.\n\n" * 8_000)


def test_many_pleasantry_paragraphs() -> None:
    _text("Yes.\n\nThank you.\n\n" * 3000)


def test_one_enormous_sentence() -> None:
    _text("the minister spoke to them " * (SIZE // 27))


def test_one_enormous_sentence_of_actions_with_times() -> None:
    # Found by benchmarks/fuzz.py (a briefing pasted into itself as one 140 kB sentence):
    # each clause searched the sentence before it again for time expressions and for
    # "expect that": 40 s for that input; 4,000 clauses here took minutes.
    _text("next week the minister will meet them on Oct. 10 and " * 4000)


def test_one_enormous_sentence_of_actions() -> None:
    # Per action verb, clauses.subject_before copied and tokenized the whole sentence before
    # it, _triggers compared it with every trigger found and actions._conditional searched
    # the whole sentence: quadratic (2,000 verbs took ~60 s). Now ~1 s for 8,000.
    _text("the minister will act " * 8000)


def test_markdown_full_of_brackets_and_emphasis() -> None:
    # Many '[' without a ']': quadratic in markdown.py and quotes.py until their link
    # patterns stopped scanning from every '['.
    _text("[**a](" * 10_000 + "\n\n" + "![x](" * 10_000, source="hostile.md")


_tokens = st.sampled_from(
    [
        "The minister said", "we will act", ".", "...", "…", '"', "“", "”", "'", "’", "(", ")",
        "[", "](http://x)", "**", "*", "_", "#", "\n", "\n\n", "MR. SMITH:", "Q", "THE PRESIDENT:",
        "<p>", "</p>", "<div>", "<script>x</script>", "<!--", "-->", "---", "title: x",
        "😀", "שלום", "مرحبا", "\u202e", "\x00", "\t", "  ", "Oct. 10", "U.S.", "Gen.", "—",
    ]
)
_junk = st.binary(max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.one_of(_tokens.map(str.encode), _junk), max_size=200),
    repeat=st.integers(min_value=1, max_value=50),
    source=st.sampled_from(["x.txt", "x.md", "x.html", "-"]),
)
def test_any_mix_of_hostile_pieces(parts: list[bytes], repeat: int, source: str) -> None:
    _bytes(b" ".join(parts) * repeat, source=source)
