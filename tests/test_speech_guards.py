"""The cheap tests before plain()'s slow patterns never skip a text the pattern matches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefcli.actions import speech

_PIECES = st.sampled_from(
    ["we", "We", "will", "WILL", "’ll", "'ll", "in", "In", "the", "on the", "dogs'", "x", "is",
     "going", "to", "needs", "they", "ſhall", "İt", "it", "ΟΔΟΣ", "οδος", " ", "  ", "\n", ",",
     ", ", " — ", " - ", " – ", "—", "-", ".", "and ", "so "]
)  # fmt: skip
_TEXT = st.lists(_PIECES, min_size=1, max_size=14).map("".join)


@settings(max_examples=3000)
@given(_TEXT)
def test_a_repeat_is_never_skipped(text: str) -> None:
    if speech._REPEATED.search(text) is not None:
        assert speech._may_repeat(text)


@settings(max_examples=3000)
@given(_TEXT)
def test_a_false_start_is_never_skipped(text: str) -> None:
    if speech._FALSE_START.search(text) is not None:
        assert speech._may_start_falsely(text)


def test_plain_still_blanks_repeats_and_false_starts() -> None:
    assert speech.plain("We will, will have it") == "We       will have it"
    assert speech.plain("PennDOT is going to — PennDOT will reopen").strip() == (
        "PennDOT will reopen"
    )


_FILLER_TEXT = st.lists(
    st.sampled_from(["uh", "UH", "Um", "er", "ERM", "ah", "uhm", ",", ", ", " ", "\t", "-", "we"]),
    min_size=1,
    max_size=10,
).map("".join)


@settings(max_examples=3000)
@given(_FILLER_TEXT)
def test_a_hesitation_is_never_skipped(text: str) -> None:
    if speech._FILLER.search(text) is not None:
        assert not speech._FILLERS.isdisjoint(text.lower().split())


def test_plain_blanks_a_hesitation() -> None:
    assert speech.plain("We will, uh, send help") == "We will      send help"
