"""Cleaning and structure: boilerplate gone, title and date found, transcripts turned into turns."""

from __future__ import annotations

import pytest

import briefcli
from briefcli.inputs.clean import clean
from briefcli.text.structure import structure
from briefcli.text.turn import is_transcript, turn_start
from tests.conftest import GAGGLE, NATO


def test_seed_article_loses_its_web_page() -> None:
    brief = briefcli.brief_file(str(NATO))
    assert brief.title == "NATO Defense Ministers Deal With Range of Alliance Issues"
    assert brief.date == "2023-10-12"  # from the archive's file name
    assert brief.kind == "article"
    text = " ".join(s.text for s in brief.sentences)
    for junk in ("official website", "Here's how you know", ".gov website", "lock", "VIRIN",
                 "Credit:", "NATO photo", "Two men in military uniform", "Related Stories",
                 "NATO Meeting"):
        assert junk not in text, junk
    # The headline is the title, not the first sentence; the dek is the first sentence.
    assert brief.sentences[0].text.startswith("While the situation in Ukraine")
    assert brief.sentences[-1].text.startswith("\"I now expect that the Turkish government")


def test_caption_paragraph_is_dropped_but_body_kept() -> None:
    text = (
        "Headline Here\n\nA lead sentence about the meeting.\n\n"
        "Two people shaking hands.\nU.S. Army Gen. Jane Doe speaks.\nCredit: DOD photo\n"
        "VIRIN: 231012-O-D0439-001\n\nThe body goes on here.\n\nRelated Stories\n\nOther story"
    )
    cleaned = clean(text)
    assert "Jane Doe" not in cleaned and "Other story" not in cleaned
    assert "The body goes on here." in cleaned


def test_markdown_front_matter_gives_title_and_date() -> None:
    text = (
        "---\ndate: '2023-01-28'\ntitle: \"Statement from President Joe Biden on\\\n"
        "  \\ PEPFAR\"\nsource_url: https://example.gov/x\n---\n \n"
        "Twenty years ago today, a plan began.  It saved lives.\n\n\\###\n"
    )
    brief = briefcli.brief(text, source="statement.md")
    assert brief.title == "Statement from President Joe Biden on PEPFAR"
    assert brief.date == "2023-01-28"
    assert [s.text for s in brief.sentences] == [
        "Twenty years ago today, a plan began.",
        "It saved lives.",
    ]


def test_transcript_turns_speakers_and_questions() -> None:
    brief = briefcli.brief_file(str(GAGGLE))
    assert brief.kind == "transcript"
    first = brief.sentences[0]
    assert first.text == "Hello." and first.speaker == "Karine Jean-Pierre"
    assert not first.question
    questions = [s for s in brief.sentences if s.question]
    assert questions and all(s.speaker == "Reporter" for s in questions)
    assert any(s.speaker == "Julie Su" for s in brief.sentences)
    texts = " ".join(s.text for s in brief.sentences)
    assert "Aboard Air Force One" not in texts and "1:40 P.M. EDT" not in texts
    assert "(Laughter.)" not in texts


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    doc = structure(
        "MS. PSAKI:  The President will travel\nto Poland next week.\n\nQ  Will he\n"
        "meet Duda?\n\nMS. PSAKI:  Yes.",
        source="t.txt",
    )
    assert doc.kind == "transcript"
    assert [b.text for b in doc.blocks] == [
        "The President will travel to Poland next week.",
        "Will he meet Duda?",
        "Yes.",
    ]
    assert [b.speaker for b in doc.blocks] == ["MS. PSAKI", "Q", "MS. PSAKI"]
    assert [b.question for b in doc.blocks] == [False, True, False]


def test_turn_labels() -> None:
    assert turn_start("MS. JEAN-PIERRE:  Hello.") is not None
    assert turn_start("Q    How’s it going?") is not None
    label = turn_start("SECRETARY OF DEFENSE LLOYD J. AUSTIN III:  Thank you.")
    assert label is not None and label.label == "SECRETARY OF DEFENSE LLOYD J. AUSTIN III"
    assert turn_start("NATO leaders agreed on the plans.") is None
    assert turn_start("Quite a day: everyone agreed.") is None


def test_fact_sheet_run_in_headings_are_not_a_transcript() -> None:
    paragraphs = [
        "REFORMING THE FEDERAL WORKFORCE: Today, the President signed an order.",
        "The order will make the workforce efficient.",
        "ENDING WASTE: The order ends waste.",
        "PROMISES KEPT: The President promised this.",
    ]
    assert not is_transcript(paragraphs)


def test_headings_open_blocks_but_are_not_sentences() -> None:
    text = (
        "---\ntitle: Wins\n---\n\n**Here are the wins this week:**\n\n"
        "- The agency approved a permit.\n- The department cut costs.\n"
    )
    brief = briefcli.brief(text, source="wins.md")
    assert [s.text for s in brief.sentences] == [
        "The agency approved a permit.",
        "The department cut costs.",
    ]


COMMITTEE = """\
Lynne Neagle AM: Good morning, and welcome to this meeting of the committee.
Kirsty Williams AM: Thank you, Chair. We will publish the new guidance in January.
Lynne Neagle AM: Can I start by asking about school funding?
Kirsty Williams AM: Funding for schools will rise by 2 per cent next year.
Steve Davies: If I could add, the local authorities are reviewing their formulas.
Suzy Davies AM: What is being done about workload?
Kirsty Williams AM: We are reducing the data collection burden on teachers.
Steve Davies: The working group will report in March.
"""


def test_committee_transcript_with_mixed_case_labels_one_turn_a_line() -> None:
    """Committee transcripts label turns in mixed case, one turn a line, no blank lines."""
    doc = structure(COMMITTEE, source="committee.txt")
    assert doc.kind == "transcript"
    assert [b.speaker for b in doc.blocks] == [
        "Lynne Neagle AM", "Kirsty Williams AM", "Lynne Neagle AM", "Kirsty Williams AM",
        "Steve Davies", "Suzy Davies AM", "Kirsty Williams AM", "Steve Davies",
    ]
    assert doc.blocks[5].text == "What is being done about workload?"


def test_repeated_mixed_case_line_openers_in_an_article_are_not_speakers() -> None:
    text = (
        "Kosovo: the talks resume next week.\n\nIraq: the mission grows.\n\n"
        "Kosovo: patrols continue in the north.\n\nThe ministers met in Brussels."
    )
    assert structure(text, source="a.txt").kind == "article"


def test_committee_labels_name_people_without_post_nominals() -> None:
    brief = briefcli.brief(COMMITTEE, source="committee.txt")
    assert [s.speaker for s in brief.sentences if s.paragraph == 4] == ["Steve Davies"]
    assert {s.speaker for s in brief.sentences} == {
        "Lynne Neagle", "Kirsty Williams", "Steve Davies", "Suzy Davies",
    }


def test_a_host_who_welcomes_and_thanks_still_asks() -> None:
    # Two of the host's four turns end in a question; the first welcomes, the last thanks.
    text = """Secretary Antony J. Blinken With Chuck Todd
March 6, 2022

MR TODD: Joining me now is the Secretary of State. Mr. Secretary, welcome back to the show.

SECRETARY BLINKEN: Good morning, Chuck. Thanks for having me.

MR TODD: The Russians say there is a ceasefire in Mariupol. Is there a ceasefire?

SECRETARY BLINKEN: We have not seen one. We will continue to support Ukraine.

MR TODD: The Ukrainians want planes. Will the United States backfill Poland's fleet?

SECRETARY BLINKEN: We are talking with Poland right now about that.

MR TODD: Mr. Secretary, I have to leave it there. Thank you for coming on.

SECRETARY BLINKEN: Thank you, Chuck.
"""
    brief = briefcli.brief(text)
    todd = [s for s in brief.sentences if s.speaker and "Todd" in s.speaker]
    assert todd and all(s.question for s in todd)
    assert not any("Todd" in q.speaker for q in brief.quotes)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Le jeudi 5 juillet 2029, 9 h 10", "2029-07-05"),
        ("17 de julho de 2029", "2029-07-17"),
        ("Torsdag den 19. juli 2029", "2029-07-19"),
        ("Québec, le 31 juillet 2029", "2029-07-31"),
        ("Pressemelding | Dato: 01.08.2029", "2029-08-01"),
        ("Bogotá D.C., 2 de agosto de 2029", "2029-08-02"),
        ("Freitag, 3. August 2029", "2029-08-03"),
        ("Martes 3 de marzo de 2029", "2029-03-03"),
    ],
)
def test_a_date_line_in_the_publishers_language_is_the_date_not_the_title(
    line: str, iso: str
) -> None:
    title = "Rueda de prensa del Ministro sobre el racionamiento de gas"
    doc = structure(f"{title}\n{line}\n\nThe minister spoke to reporters.\n", source="-")
    assert doc.title == title
    assert doc.date == iso
