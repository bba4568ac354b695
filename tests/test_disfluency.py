"""Speech as it is spoken: false starts, dashes, repeated words, fillers and fragments, in
every stage (a whole brief) and in the action items (issue #14).

The strategies build sentences from the phrasings of tests/data/actions/phrasings.json and
the shapes transcripts give them ("we'll — we will", "champion- — championship", "the the",
"uh,", "...", a sentence cut off mid-clause)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import briefcli
from briefcli.actions.clauses import find_clauses
from briefcli.actions.speech import plain
from briefcli.errors import BriefError
from briefcli.model import Brief

_KINDS = {"commitment", "obligation", "expectation", "scheduled"}

# Sentences an official says (invented, in the phrasings' style).
_SAID = [
    "We will send a team to Kyiv next week.",
    "The Prime Minister is set to announce the new cabinet on Friday.",
    "Legislation will be introduced into Parliament tomorrow.",
    "$5.2 million will go to mental health services in regional communities.",
    "We are launching a new visa pathway for Pacific workers in July.",
    "The ministers welcomed Canada's plan to resettle 1,000 Afghan refugees this year.",
    "The Secretary will have the chance to meet students on Thursday.",
    "Allies must release all political prisoners immediately.",
    "I will write to all Premiers this week to seek their support.",
    # The second round's grammar: object relatives, clefts, lists, itineraries, mandates.
    "Colleagues endorsed correspondence which I will be sending to the Federation next week.",
    "What we intend to do, in the future, is to have a national system by 2012.",
    "Our diplomats, officers, and experts will work with local partners.",
    "And then we're off, as you know, to Fiji on Friday.",
    "The Treasurer and I with the Finance Minister will be working on that.",
    "It is important that Congress pass this bill quickly.",
    "The Prime Minister will travel to Japan, where he will meet the Emperor.",
    # The third round's: "is to", an event scheduled for a date, a progressive with a time,
    # "task X to", a restrictive relative, an invitation accepted, a noun's "to be" passive.
    "The Treasurer is to deliver the mid-year update in December.",
    "The next ministerial meeting is scheduled for November in Suva.",
    "The Minister is visiting Darwin next week.",
    "We task the working group to report on progress by June.",
    "Employers who hire apprentices must register with the Department.",
    "The Premier accepted the Mayor's invitation to open the festival.",
    "Our decision to merge the two agencies will save €40 million a year.",
    "The Government will build a training centre, to be opened by 2029.",
    "The new Coastal Patrol Task Force, which is set to deploy in May, will be based in Darwin.",
]
# What speech does to a sentence.
_FILLERS = ["uh,", "um,", "you know,", "I mean,", "look,", "so", "well,", "—", "–", "...", "--"]


@st.composite
def _disfluent(draw: st.DrawFn) -> str:
    """A sentence with false starts, repeats, fillers, cut-off words and dashes."""
    words = draw(st.sampled_from(_SAID)).split()
    out: list[str] = []
    for word in words:
        shape = draw(st.integers(min_value=0, max_value=9))
        if shape == 0:
            out.append(draw(st.sampled_from(_FILLERS)))  # a filler before the word
        elif shape == 1:
            out.extend([word, word])  # a repeated word: "the the"
            continue
        elif shape == 2 and len(word) > 3:
            out.extend([word[: len(word) // 2] + "-", "—"])  # a cut-off word: "champion- —"
        elif shape == 3 and out:
            out.extend(["—", out[-1]])  # a restart: "we'll — we'll"
        out.append(word)
    if draw(st.booleans()):
        out = out[: draw(st.integers(min_value=1, max_value=len(out)))]  # a fragment
    return " ".join(out)


def _check(brief: Brief) -> None:
    data = brief.to_dict()
    assert json.loads(json.dumps(data)) == data
    texts = {s.id: s for s in brief.sentences}
    for action in brief.actions:
        sentence = texts[action.sentence]
        assert action.text == sentence.text
        assert not sentence.question, "a reporter's sentence became an item"
        assert action.action and action.action == action.action.strip()
        assert action.actor is None or action.actor.strip()
        assert action.kind in _KINDS
        assert action.date is None or len(action.date) == 10


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_disfluent(), min_size=1, max_size=6))
def test_disfluent_statements_brief_with_well_formed_items(sentences: list[str]) -> None:
    text = "Media release\n\n" + "\n\n".join(sentences)
    try:
        brief = briefcli.brief(text)
    except BriefError:
        return
    _check(brief)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.booleans(), _disfluent()), min_size=2, max_size=8))
def test_disfluent_transcripts_never_make_items_of_questions(turns: list[tuple[bool, str]]) -> None:
    body = "\n\n".join(
        f"{'QUESTION' if asks else 'PRIME MINISTER'}: {text}" for asks, text in turns
    )
    try:
        brief = briefcli.brief("Transcript of doorstop interview\n\n" + body)
    except BriefError:
        return
    _check(brief)


@settings(max_examples=150, deadline=None)
@given(_disfluent())
def test_plain_keeps_offsets_and_clauses_stay_in_the_sentence(text: str) -> None:
    blanked = plain(text)
    assert len(blanked) == len(text)
    for clause in find_clauses(blanked):
        assert 0 <= clause.trigger.start <= clause.trigger.verb <= len(text)
        assert 0 <= clause.subject_start <= len(text)


def test_a_restart_or_a_cut_off_word_keeps_the_item() -> None:
    # A false start before the verb, a cut-off word and a repeat give the fluent item.
    for spoken in (
        "We'll — we will send a team to Kyiv next week.",
        "We will se- — send a team to Kyiv next week.",
        "We will, uh, send a team to Kyiv next week.",
    ):
        brief = briefcli.brief(f"Media release\n\n{spoken}\n")
        assert [a.action for a in brief.actions] == ["send a team to Kyiv"], spoken


def test_restarts_around_the_third_rounds_frames_keep_the_item() -> None:
    cases = {
        "The Treasurer is — is to deliver the mid-year update in December.": (
            "Treasurer", "deliver the mid-year update"),
        "The Minister is, uh, visiting Darwin next week.": ("Minister", "visit Darwin"),
        "Employers who — who hire apprentices must register with the Department.": (
            "Employers who hire apprentices", "register with the Department"),
    }  # fmt: skip
    for spoken, expected in cases.items():
        brief = briefcli.brief(f"Media release\n\n{spoken}\n")
        assert [(a.actor, a.action) for a in brief.actions] == [expected], spoken
