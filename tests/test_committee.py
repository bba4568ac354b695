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


# --- the chair's procedure and numbered questions ----------------------------------------

HEARING = """Senate Community Affairs References Committee
Friday, 14 August 2026

CHAIR: I declare open this public hearing of the committee. Senator Okafor, you have the call.

Senator OKAFOR: Thank you, Chair. How many households are still waiting for their payment?

Ms BRENNAN: About 4,000 households are still waiting. We will clear the backlog by October.

Senator OKAFOR: Why has it taken so long?

Ms BRENNAN: The agency had to rebuild its payment system after the floods.

CHAIR: We're out of time for this session. We'll suspend briefly before the next witnesses.
"""


def test_the_chairs_procedure_is_no_ones_statement() -> None:
    brief = briefcli.brief(HEARING)
    procedure = [s for s in brief.sentences if "you have the call" in s.text or "suspend" in s.text]
    assert procedure and all(s.question for s in procedure)
    said = " ".join(q.text for q in brief.quotes)
    assert "declare open" not in said and "out of time" not in said and "suspend" not in said
    assert not any("suspend" in a.action for a in brief.actions)
    # The witness's words stay on the record; the senator's questions are questions.
    assert any("backlog" in a.action for a in brief.actions)
    assert all(s.question for s in brief.sentences if s.text.startswith("Why has it"))


def test_a_members_question_is_the_whole_turn_that_leads_up_to_it() -> None:
    text = HEARING.replace(
        "Senator OKAFOR: Why has it taken so long?",
        "Senator OKAFOR: Ms Brennan, some of those families have waited since January. "
        "Why has it taken so long?\n\nMs BRENNAN: The floods closed our offices.\n\n"
        "Senator OKAFOR: Families in my state have waited since January. That is not good "
        "enough.",
    )
    brief = briefcli.brief(text)
    lead_in = [s for s in brief.sentences if "some of those families" in s.text]
    assert lead_in and all(s.question for s in lead_in)
    assert all(s.question for s in brief.sentences if s.text == "Thank you, Chair.")
    # A member's turn that asks nothing is their own statement, on the record.
    statement = [s for s in brief.sentences if s.text.startswith("Families in my state")]
    assert statement and not any(s.question for s in statement)
    said = " ".join(q.text for q in brief.quotes)
    assert "some of those families" not in said


@pytest.mark.parametrize(
    "line",
    [
        "The committee will come to order.",
        "The gentlewoman from Ohio is recognized for five minutes.",
        "Your time has expired.",
        "Proceedings suspended from 10:31 to 10:46",
        "Minister, do you wish to make an opening statement?",
        "Without objection, so ordered.",
    ],
)
def test_the_procedure_phrases(line: str) -> None:
    assert agenda.PROCEDURE.search(line.lower())


def test_the_chairs_business_is_not_procedure() -> None:
    for line in (
        "The committee will report to the Senate by the end of March.",
        "We will recommend that the agency publish its waiting times.",
    ):
        assert not agenda.PROCEDURE.search(line.lower()), line


def test_a_numbered_question_is_the_members_turn() -> None:
    # U.K. oral evidence numbers each question before the member who asks it.
    text = """Energy Committee: oral evidence
Tuesday 30 March 2027

Q45 Chair: Good morning and welcome. Could you introduce yourselves for the record?

Mr Okonjo: I am Kwame Okonjo, Director of Connections at the grid operator.

Q46 Priya Bhatt: How many projects have left the queue since January?

Mr Okonjo: About 290 gigawatts have left the queue. We expect to publish the new order in June.

Q47 Priya Bhatt: When will the developers in my constituency be connected?

Mr Okonjo: For a ready project in the priority window, we are offering dates before 2030.

Q48 Chair: Thank you. We will write to you with further questions.
"""
    brief = briefcli.brief(text)
    speakers = {s.speaker for s in brief.sentences}
    assert not any(s and s.startswith("Q4") for s in speakers), speakers
    assert all(s.question for s in brief.sentences if s.text.startswith(("How many", "When will")))
    assert not any("write to you" in q.text for q in brief.quotes)


def test_the_opening_statement_follows_a_hosts_opening_lines() -> None:
    sentences = [
        Sentence(0, "Good morning and welcome to today's call.", 0, "Operator", question=True),
        Sentence(1, "The broadband fund will connect 6.8 million homes.", 1, "Tran"),
        Sentence(2, "Construction starts in June.", 1, "Tran"),
        Sentence(3, "When will the first homes be connected?", 2, "Q", question=True),
        Sentence(4, "By the end of the year.", 3, "Tran"),
    ]
    profile = ranking.profile(sentences, vectorize([s.text for s in sentences]))
    assert profile.prior[1] > 0 and profile.prior[2] > 0
    assert not profile.prior[3:].any()
