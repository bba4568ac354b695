"""any_phrase: one search answers "does the text hold any of these phrases?" as `in` does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefcli.lexicon.labels import HANDOVER_PHRASES
from briefcli.text.phrases import any_phrase

_ALPHABET = "ab c.*(’\n"
_PHRASE = st.text(alphabet=_ALPHABET, min_size=0, max_size=5)
_TEXT = st.text(alphabet=_ALPHABET, max_size=40)


@settings(max_examples=400)
@given(st.lists(_PHRASE, max_size=8), st.lists(_TEXT, max_size=6))
def test_search_finds_exactly_when_a_phrase_is_in_the_text(
    phrases: list[str], texts: list[str]
) -> None:
    pattern = any_phrase(phrases)
    for text in texts:
        assert (pattern.search(text) is not None) == any(p in text for p in phrases)


def test_hand_over_phrases() -> None:
    pattern = any_phrase(HANDOVER_PHRASES)
    assert pattern.search("thank you. i'll now go to the line of sarah jones.")
    assert pattern.search("we have time for a couple more") is not None
    assert pattern.search("the minister will take the question on notice") is None
    assert any_phrase([]).search("anything") is None
    assert any_phrase([""]).search("") is not None
