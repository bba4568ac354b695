"""Committee and parliamentary transcripts: bracketed labels, procedure, and who "we" are.

The texts (tests/data/committee/) are short passages written for these tests in the layout
of Canadian House of Commons committee evidence and Welsh Assembly committee transcripts
(one turn a line, "Name (role): speech", with the clock stamps and language notes of
Hansard); the facts in them are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import briefcli
from briefcli.lexicon import agenda
from briefcli.model import Brief, Sentence
from briefcli.summary import ranking
from briefcli.text.terms import vectorize
from briefcli.text.turn import asks, named_speakers, turn_start

DATA = Path(__file__).parent / "data" / "committee"
CANADIAN = (DATA / "veterans-committee.txt").read_text(encoding="utf-8")
WELSH = (DATA / "education-committee.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def canadian() -> Brief:
    return briefcli.brief(CANADIAN, sentences=4)


@pytest.fixture(scope="module")
def welsh() -> Brief:
    return briefcli.brief(WELSH, sentences=4)


def test_bracketed_labels_open_turns() -> None:
    speakers = named_speakers(CANADIAN)
    line = next(x for x in CANADIAN.splitlines() if "How many" in x)
    start = turn_start(line, speakers)
    assert start is not None
    assert start.label == "Mr. John Brassard (Barrie—Innisfil, CPC)"
    assert start.text.startswith("[Translation] Thank you, Mr. Chair. How many")


def test_a_bracketed_role_is_the_speakers_title_and_a_chair_is_named(canadian: Brief) -> None:
    assert canadian.kind == "transcript"
    speakers = {s.speaker for s in canadian.sentences}
    assert len(speakers) == 3
    by_speaker = {q.speaker: q.speaker_title for q in canadian.quotes}
    assert by_speaker.get("Michel Doiron", "").endswith("Department of Veterans Affairs")
    # A riding and party are not a title; the chair is the member in the brackets.
    assert "John Brassard" not in by_speaker or by_speaker["John Brassard"] is None
    assert all(q.speaker != "The Chair" for q in canadian.quotes)


def test_procedure_is_left_out_of_the_summary(canadian: Brief, welsh: Brief) -> None:
    for brief in (canadian, welsh):
        text = " ".join(s.text for s in brief.summary).lower()
        for procedure in (
            "call this meeting to order",
            "welcome to",
            "apologies",
            "declarations of interest",
            "minutes",
            "papers to note",
            "transcript to check",
        ):
            assert procedure not in text, (procedure, text)
    assert any("62,000" in s.text for s in canadian.summary)
    assert any("£100 million" in s.text for s in welsh.summary)


def test_we_outside_the_us_is_the_speakers_body_or_the_speaker(
    canadian: Brief, welsh: Brief
) -> None:
    actors = {a.actor for a in canadian.actions} | {a.actor for a in welsh.actions}
    assert "U.S. administration" not in actors
    doiron = [a for a in canadian.actions if a.actor == "Department of Veterans Affairs"]
    assert any("digital application" in a.action for a in doiron)
    assert any("report back to the committee" in a.action for a in doiron)
    williams = [a for a in welsh.actions if a.actor == "Kirsty Williams"]
    assert any("review of the funding formula" in a.action for a in williams)


def test_the_chair_giving_the_floor_is_no_action_item(canadian: Brief) -> None:
    assert not any("Brassard" in a.action or "minutes" in a.action for a in canadian.actions)


def test_clock_stamps_and_language_notes_are_not_speech(canadian: Brief) -> None:
    texts = [s.text for s in canadian.sentences]
    assert not any("(1110)" in t or "[Translation]" in t for t in texts)
    assert any(t.startswith("How many of those 300 staff") for t in texts)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["How many are in training?"], True),
        (["Thank you, Chair.", "How many are in training?"], True),
        (["Is it funded?", "Who pays?", "I ask because the ombudsman says no."], True),
        (["About half are.", "We are recruiting more."], False),
        (["Do you accept that figure?", "I don't.", "The data show 23 per cent."], False),
        ([], False),
    ],
)
def test_a_turn_asks_when_it_ends_on_a_question_or_mostly_asks(
    sentences: list[str], expected: bool
) -> None:
    assert asks(sentences) is expected


def test_without_reporter_labels_the_opening_statement_ends_at_the_first_turn_that_asks() -> None:
    sentences = [
        Sentence(0, "The department received 62,000 applications last year.", 0, "Doiron"),
        Sentence(1, "We will make the digital application the default.", 0, "Doiron"),
        Sentence(2, "Thank you, Chair.", 1, "Brassard"),
        Sentence(3, "How many of the new staff are still in training?", 1, "Brassard"),
        Sentence(4, "About half are still in training.", 2, "Doiron"),
    ]
    profile = ranking.profile(sentences, vectorize([s.text for s in sentences]))
    assert profile.prior[0] > 0 and profile.prior[1] > 0
    assert not profile.prior[2:].any()


def test_a_word_budget_is_not_filled_with_fragments(canadian: Brief) -> None:
    brief = briefcli.brief(CANADIAN, words=80)
    assert brief.summary
    assert all(len(s.text.split()) > 4 for s in brief.summary), [s.text for s in brief.summary]


def test_an_untitled_committee_transcript_is_titled_by_its_committee(
    canadian: Brief, welsh: Brief
) -> None:
    assert canadian.title == "Standing Committee on Veterans Affairs"
    assert welsh.title == "Children, Young People and Education Committee"


def test_procedure_does_not_title_a_section(canadian: Brief) -> None:
    titles = [s.title for s in canadian.sections]
    assert titles and not any(t.startswith("Standing Order") for t in titles), titles


def test_the_chairs_procedure_is_no_key_quote(canadian: Brief) -> None:
    key = [q.text for q in canadian.key_quotes]
    assert key and not any("Standing Order" in t or "to order" in t for t in key), key


def test_post_nominal_letters_leave_upper_case_labels_too() -> None:
    brief = briefcli.brief((DATA / "upper-case-labels.txt").read_text(encoding="utf-8"))
    assert brief.kind == "transcript"
    speakers = {s.speaker for s in brief.sentences}
    assert speakers == {"Lynne Neagle", "Kirsty Williams", "Llyr Gruffydd"}


# --- sections of a chaired meeting ------------------------------------------------------


def test_a_round_of_questions_opens_at_the_chairs_handover() -> None:
    # A member changes the subject ("a different issue: teacher recruitment") in the round
    # the chair hands her: the section opens at the chair's "We'll now go to Ms. Blaney",
    # not at her own "Thank you, Mr. Chair", and the rural-funding round stays whole.
    brief = briefcli.brief((DATA / "schools-committee-rounds.txt").read_text(encoding="utf-8"))
    opening = [brief.sentences[s.first_sentence] for s in brief.sections]
    assert len(opening) == 2, [(s.speaker, s.text) for s in opening]
    assert opening[1].speaker == "Bryan May"
    assert opening[1].text == "Thank you."
    assert brief.sentences[opening[1].id + 1].text == "We'll now go to Ms. Blaney."
    assert "teachers" in brief.sections[1].title.lower()


@pytest.mark.parametrize(
    "turn",
    [
        "Thank you. We'll now go to Mr. Brassard.",
        "Thank you. Questions, then, from Dai Lloyd.",
        "We'll go to questions from members, starting with Mark Isherwood.",
        "Thank you. I call Ms. Blaney.",
        "Mr. Bryant, you have the floor.",
        "I'll bring in Jayne Bryant now.",
        "Over to you, Mark.",
    ],
)
def test_the_chair_handing_the_floor_over(turn: str) -> None:
    text = turn.lower().replace("’", "'")
    assert agenda.ROUND_HANDOVER.search(text), turn


@pytest.mark.parametrize(
    "turn",
    [
        "I call this meeting to order.",
        "Thank you very much for your evidence this morning.",
        "We'll move on to item 3.",
        "Are members content to note the paper?",
    ],
)
def test_other_turns_of_the_chair_hand_nothing_over(turn: str) -> None:
    assert not agenda.ROUND_HANDOVER.search(turn.lower()), turn


def test_the_chair_moving_to_another_theme() -> None:
    for turn in (
        "i'd like to move on now to the issue of funding.",
        "let's turn to a different topic, the workforce.",
        "can we move on to the area of recruitment?",
    ):
        assert agenda.AGENDA_MOVE.search(turn), turn
    assert not agenda.AGENDA_MOVE.search("we will move to a new building next year.")


def test_a_member_given_the_floor_asks_even_without_a_question_mark() -> None:
    # Ms. Blaney's first turn ends in a statement ("I would like to hear how many …"): she
    # is a member the chair gave the floor to, asking, not a new witness making a statement.
    from briefcli.pipeline import parse, sentences_of
    from briefcli.sections import boundaries

    text = (DATA / "schools-committee-rounds.txt").read_text(encoding="utf-8")
    text = text.replace(
        "How many science teaching posts are vacant today?",
        "I would like to hear how many science teaching posts are vacant today.",
    )
    doc = parse(text)
    sentences = sentences_of(doc)
    units = boundaries._units(doc, sentences)
    asks = [boundaries._is_question(u, sentences) for u in units]
    evidence = boundaries._chair_evidence(doc, sentences, units, asks, True)
    blaney = next(i for i, u in enumerate(units) if (u.speaker or "").startswith("Ms. Rachel"))
    assert not asks[blaney]
    assert evidence["handover"][blaney - 1]
    assert evidence["given_floor"][blaney]
    assert not evidence["new_witness"][blaney] and not evidence["new_witness"][blaney - 1]
    okafor = next(i for i, u in enumerate(units) if (u.speaker or "").startswith("Ms. Grace"))
    assert evidence["new_witness"][okafor - 1]  # the chair's introduction of the witness
