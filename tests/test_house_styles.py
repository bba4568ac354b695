"""Quotes and speakers in other newsrooms' house styles: invented passages, one habit each
(issue #13). All names and events are made up; no text comes from the corpus."""

from __future__ import annotations

import pytest

from briefcli import pipeline
from briefcli.inputs.clean import clean
from briefcli.model import Quote
from briefcli.people import People
from briefcli.people.quoted import double_marks
from briefcli.quotes import find_quotes
from briefcli.text.structure import structure


def quotes_of(text: str) -> list[Quote]:
    doc = structure(clean(text), source="-")
    sentences = pipeline.sentences_of(doc)
    people = People.from_document(doc, sentences)
    return find_quotes(doc, pipeline.named_speakers(doc, sentences, people), people)


def said(text: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker) for every quote of `text`."""
    return [(q.text, q.speaker) for q in quotes_of(text)]


# ---------------------------------------------------------------- quotation marks (cause 2)


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("''We stay,'' she said.", '"We stay," she said.'),
        ("”We stay,” she said.", "“We stay,” she said."),
        ("‘’We stay,’’ she said.", "“We stay,” she said."),
        ("« Nous restons », a-t-il dit.", "“ Nous restons ”, a-t-il dit."),
        ("»Wir bleiben«, sagte er.", "“Wir bleiben”, sagte er."),
        ("Die „Zukunft“ beginnt.", "Die “Zukunft” beginnt."),
        ("‘It’s over,’ he said.", "“It’s over,” he said."),
        # apostrophes are never marks: inside words, plural possessives, years
        ("the nurses’ union said ‘we won’t go’", "the nurses’ union said “we won’t go”"),
        ("back in the '90s, he's sure", "back in the '90s, he's sure"),
    ],
)
def test_marks_of_any_newsroom_read_as_double_marks(text: str, marked: str) -> None:
    assert double_marks(text)[0] == marked


def test_offsets_of_doubled_marks_point_into_the_text() -> None:
    text = "A ''b'' c"
    marked, origin = double_marks(text)
    assert marked == 'A "b" c'
    assert [text[origin[i]] for i in range(len(marked))] == list("A 'b' c")


def test_two_apostrophes_as_quotation_marks() -> None:
    quotes = said(
        "Health Minister Dana Whitlock promised more beds on Monday. ''We will open 200 beds "
        "before the winter,'' Whitlock told reporters in Regina. ''Nobody will wait in a "
        "corridor.''"
    )
    assert quotes == [
        ("We will open 200 beds before the winter", "Dana Whitlock"),
        ("Nobody will wait in a corridor.", "Dana Whitlock"),
    ]


def test_guillemets_in_both_orders() -> None:
    quotes = said(
        "Farm leader Luc Perrin blocked the road. « We will stay until Friday », Perrin "
        "told the crowd. His colleague, Anke Vogt, agreed. »We have no other choice«, Vogt "
        "said."
    )
    assert quotes == [
        ("We will stay until Friday", "Luc Perrin"),
        ("We have no other choice", "Anke Vogt"),
    ]


def test_british_single_marks_with_apostrophes_inside() -> None:
    quotes = said(
        "The head of the review, Dame Olive Hartley, was blunt. ‘It’s not a budget problem, "
        "it’s a management one,’ she said. ‘The board didn’t listen.’"
    )
    assert [q for q, _ in quotes] == [
        "It’s not a budget problem, it’s a management one",
        "The board didn’t listen.",
    ]
    assert {who for _, who in quotes} == {"Olive Hartley"}


def test_single_marks_stay_scare_quotes_where_the_text_quotes_with_double_marks() -> None:
    quotes = said(
        "The plan is 'unworkable', a senior engineer has said. \"The numbers do not add "
        "up,\" said Colin Marsh, who chairs the engineers' institute."
    )
    assert [q for q, _ in quotes] == ["The numbers do not add up"]
