"""Action items in speech as typed in transcripts: spaced hyphens for dashes, words said twice
with a comma, clauses broken off at their auxiliary and begun again (issue #14), as properties
over the disfluency strategies' sentences and as the shapes that once lost an item."""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import briefcli
from briefcli.actions import clause_item
from briefcli.actions.speech import plain
from briefcli.errors import BriefError
from tests.test_disfluency import _SAID, _check

# Sentences whose items a fluent reading gives (checked below), for the "same items" property.
_FLUENT = [
    "We will send a team to Kyiv next week.",
    "The Prime Minister is set to announce the new cabinet on Friday.",
    "Allies must release all political prisoners immediately.",
    "I will write to all Premiers this week to seek their support.",
    "The Treasurer is to deliver the mid-year update in December.",
    "Employers who hire apprentices must register with the Department.",
]


@st.composite
def _typed_speech(draw: st.DrawFn) -> str:
    """A sentence as a transcript types it: " - " for a dash, "in, in", "we will - we're"."""
    words = draw(st.sampled_from(_SAID)).split()
    out: list[str] = []
    for word in words:
        shape = draw(st.integers(min_value=0, max_value=7))
        if shape == 0:
            out.append(f"{word},")  # said twice with a comma: "in, in"
        elif shape == 1 and out:
            out.extend(["-", out[-1]])  # a restart around a typed dash: "the - the"
        elif shape == 2:
            out.append("-")  # a dash alone: a pause, an aside
        elif shape == 3 and out:
            broken = draw(st.sampled_from(["will -", "is going to -", "must - they", "'ll -"]))
            out.extend(broken.split())  # a clause broken off: "we will - we're going to"
        out.append(word)
    if draw(st.booleans()):
        out = out[: draw(st.integers(min_value=1, max_value=len(out)))]  # a fragment
    return " ".join(out)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.booleans(), _typed_speech()), min_size=1, max_size=6))
def test_typed_speech_briefs_with_well_formed_items(turns: list[tuple[bool, str]]) -> None:
    body = "\n\n".join(f"{'JOURNALIST' if asks else 'PREMIER'}: {text}" for asks, text in turns)
    try:
        brief = briefcli.brief("Transcript\n\nPress conference, Melbourne\n\n" + body)
    except BriefError:
        return
    _check(brief)


@settings(max_examples=150, deadline=None)
@given(_typed_speech())
def test_plain_keeps_every_offset_of_typed_speech(text: str) -> None:
    assert len(plain(text)) == len(text)


def _items(text: str) -> list[tuple[str | None, str]]:
    brief = briefcli.brief(f"Media release\n\n{text}\n")
    return [(a.actor, a.action) for a in brief.actions]


@pytest.mark.parametrize("fluent", _FLUENT)
def test_the_fluent_sentences_give_items(fluent: str) -> None:
    assert _items(fluent)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_FLUENT), st.integers(min_value=0, max_value=20), st.booleans())
def test_a_word_said_twice_keeps_the_fluent_items(fluent: str, at: int, dash: bool) -> None:
    words = fluent.split()
    index = at % (len(words) - 1)  # never the last word, which holds the full stop
    word = words[index]
    if not word.isalpha():
        return  # "$5.2", "Kyiv.": a sum or a word with its stop
    words[index] = f"{word} - {word}" if dash else f"{word}, {word}"
    assert _items(" ".join(words)) == _items(fluent)


@pytest.mark.parametrize(
    ("spoken", "actor", "action"),
    [
        ("We will - we're going to open the new clinic in Geelong in October.", None,
         "open the new clinic in Geelong"),
        ("The Department is going to - the Department will publish the review by Friday.",
         "Department", "publish the review"),
        ("Drivers must - they must carry chains above the snowline until further notice.",
         "Drivers", "carry chains above the snowline"),
        ("The council will, will hold a public meeting in, in November.", "council",
         "hold a public meeting"),
        ("The new ferry, it'll be launched at Devonport on the 3rd of March.", None,
         "launch the new ferry at Devonport"),
    ],
)  # fmt: skip
def test_typed_restarts_keep_the_item(spoken: str, actor: str | None, action: str) -> None:
    text = f"TRANSCRIPT\n\nFriday, 10 July 2026\n\nPREMIER: {spoken}\n\nJOURNALIST: Thanks.\n"
    found = briefcli.brief(text).actions
    assert [a.action for a in found if a.action.startswith(action)], [a.action for a in found]
    if actor is not None:
        assert any(actor.lower() in (a.actor or "").lower() for a in found)


def test_a_typed_aside_is_no_false_start() -> None:
    # "accept - with the State Government - long-term liability": a pair of dashes around an
    # aside, no auxiliary before the first: nothing is blanked.
    text = "The Government will jointly accept - with the State Government - the liability."
    assert plain(text) == text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_typed_speech(), min_size=2, max_size=5), st.integers(min_value=0, max_value=4))
def test_an_error_on_one_clause_loses_only_that_sentences_items(
    sentences: list[str], failing: int
) -> None:
    text = "Media release\n\n" + "\n\n".join(sentences)
    try:
        whole = briefcli.brief(text)
    except BriefError:
        return
    bad = failing % len(whole.sentences)
    real = clause_item.clause_action

    def fails_on_one(doc, sentence, *args):  # type: ignore[no-untyped-def]
        if sentence.id == bad:
            raise RuntimeError("boom")
        return real(doc, sentence, *args)

    logging.getLogger("briefcli").setLevel(logging.ERROR)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("briefcli.actions.items.clause_action", fails_on_one)
        broken = briefcli.brief(text)
    # (a duplicate of an item of the failing sentence may now stand in a later sentence; and a
    # later item whose pronoun stood for a party named in the failing sentence goes with it:
    # "Allies must release ... They are set to announce ...")
    assert not [a for a in broken.actions if a.sentence == bad]
    texts = {s.id: s.text.lower() for s in whole.sentences}
    kept = {
        (a.sentence, a.action)
        for a in whole.actions
        if a.sentence < bad or a.sentence > bad and (a.actor or "").lower() in texts[a.sentence]
    }
    assert kept <= {(a.sentence, a.action) for a in broken.actions}
