"""Action items of speeches, budgets, boards and notices (issue 14, round 15; invented sentences,
no corpus text): the government a polity's masthead names ("Republic of Bellmoor" over a budget
statement) and an operator's masthead over a bare "Customer notice" line issue what is said in
their own voice."""

from __future__ import annotations

from briefcli.actions import find_actions
from briefcli.model import Action, Sentence
from briefcli.text.document import Block, Document
from tests.people_stub import PeopleStub
from tests.test_actions_round7 import _pairs


def _headed(title: str, *paragraphs: str, first: str = "Budget Statement 2026/27") -> list[Action]:
    """The items of a dated release or speech whose title line is `title`, `first` under it."""
    blocks = (Block(first), Block("3 March 2026"))
    doc = Document("test", title, "2026-03-03", "article",
                   blocks + tuple(Block(p) for p in paragraphs))  # fmt: skip
    sentences = [Sentence(i, text, i + 2) for i, text in enumerate(paragraphs)]
    return find_actions(doc, sentences, PeopleStub({}), [])  # type: ignore[arg-type]


def test_a_polity_s_masthead_names_the_government_that_speaks() -> None:
    found = _headed("Republic of Bellmoor", "We will bring the deficit below 3 per cent by 2029.")
    assert _pairs(found) == [("Government of Bellmoor", "bring the deficit below 3 per cent")]
    found = _headed("Province of Eastmarch", "The new levy will be introduced in April.",
                    first="Remarks by the Premier at the launch of the Housing Plan")  # fmt: skip
    assert [a.actor for a in found] == ["Government of Eastmarch"]


def test_a_title_that_only_holds_a_polity_names_no_government() -> None:
    found = _headed("Republic of Bellmoor signs trade deal",
                    "We will bring the deficit below 3 per cent by 2029.")  # fmt: skip
    assert [a.actor for a in found] != ["Government of Bellmoor"]


def test_an_operator_over_a_bare_notice_line_issues_it() -> None:
    found = _headed("Coastline Rail", "We will close the line between Arden and Keel on 14 June.",
                    first="Customer notice")  # fmt: skip
    assert [a.actor for a in found] == ["Coastline Rail"]
