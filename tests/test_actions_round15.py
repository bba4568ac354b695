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


def test_a_country_that_opens_a_sentence_acts_though_named_nowhere_else() -> None:
    found = _headed("Harbour Board", "Portugal will contribute €150 million to the link.",
                    first="News release")  # fmt: skip
    assert _pairs(found) == [("Portugal", "contribute €150 million to the link")]
    found = _headed("Harbour Board", "Namibia will host the next summit in 2027.",
                    first="News release")  # fmt: skip
    assert [a.actor for a in found] == ["Namibia"]


def test_the_speakers_counted_are_we() -> None:
    found = _headed("Harbour Board", "Today the three of us agreed to build a new interconnector.",
                    first="News release")  # fmt: skip
    assert _pairs(found) == [("Harbour Board", "build a new interconnector")]
    found = _headed("Harbour Board", "Both of us will sign the treaty in May.",
                    first="News release")  # fmt: skip
    assert [a.actor for a in found] == ["Harbour Board"]


def test_a_notice_s_door_opened_for_a_claim_or_a_renewal() -> None:
    found = _headed("Coastline Rail", "Season ticket holders can claim a refund from 23 June.",
                    first="Customer notice")  # fmt: skip
    assert _pairs(found) == [("Season ticket holders", "claim a refund")]
    found = _headed("Coastline Rail", "Members can renew their passes online from 1 April.",
                    first="Customer notice")  # fmt: skip
    assert [a.kind for a in found] == ["scheduled"]
    assert _headed("Coastline Rail", "Anyone can claim that the trains are late.",
                   first="Customer notice") == []  # fmt: skip


def test_a_funding_line_with_a_time_between_sum_and_purpose() -> None:
    found = _headed("Republic of Bellmoor",
                    "An amount of N$1.2 billion is allocated over the medium term to build 300 "
                    "classrooms.")  # fmt: skip
    assert [a.action for a in found] == [
        "allocate an amount of N$1.2 billion over the medium term to build 300 classrooms"
    ]
    found = _headed("Harbour Board", "$4 million is set aside this year for flood defences.",
                    first="News release")  # fmt: skip
    assert [a.kind for a in found] == ["commitment"]
    assert _headed("Harbour Board", "$4 million is allocated in the budget.",
                   first="News release") == []  # fmt: skip


def test_a_task_set_with_a_time_ahead_is_still_to_be_done() -> None:
    found = _headed("Harbour Board",
                    "The Board asked the Harbour Master to present a plan at its next meeting.",
                    first="News release")  # fmt: skip
    assert _pairs(found) == [("Harbour Master", "present a plan at its next meeting")]
    found = _headed("Harbour Board", "The Board asked the Director to report back in June.",
                    first="News release")  # fmt: skip
    assert [a.actor for a in found] == ["Director"]


def test_a_task_set_with_no_time_ahead_or_an_urging_stays_history() -> None:
    for text in ("The Board asked the Director to report back.",
                 "The Secretary urged both sides to return to talks next week.",
                 "In 2019 we asked the states to report back by the end of the year."):  # fmt: skip
        assert _headed("Harbour Board", text, first="News release") == [], text


def test_critics_on_what_we_should_do_give_their_view_not_a_plan() -> None:
    for text in ("Some commentators have argued that we should sell the national airline.",
                 "Critics say we should scrap the levy."):  # fmt: skip
        assert _headed("Harbour Board", text, first="News release") == [], text
    found = _headed("Harbour Board", "The union said it would seek urgent talks next week.",
                    first="News release")  # fmt: skip
    assert [a.action for a in found] == ["seek urgent talks"]


def test_people_registered_contacted_or_screened_in_the_passive_are_the_issuer_s_deed() -> None:
    found = _headed("Harbour Board", "New arrivals will be registered within 48 hours.",
                    first="News release")  # fmt: skip
    assert _pairs(found) == [("Harbour Board", "register new arrivals within 48 hours")]
    found = _headed("Harbour Board", "Applicants will be contacted within two weeks.",
                    first="News release")  # fmt: skip
    assert [a.action for a in found] == ["contact applicants"]
    assert _headed("Harbour Board", "The vessel was registered in 2019.",
                   first="News release") == []  # fmt: skip


def test_vehicles_an_operator_runs_are_its_service() -> None:
    found = _headed("Coastline Rail", "Rail replacement buses will run every 20 minutes.",
                    first="Customer notice")  # fmt: skip
    assert _pairs(found) == [("Coastline Rail", "run rail replacement buses every 20 minutes")]
    found = _headed("Coastline Rail", "Two new ferries will enter service in 2027.",
                    first="Customer notice")  # fmt: skip
    assert _pairs(found) == [("Coastline Rail", "enter service")]


def test_people_put_to_work_are_a_deployment() -> None:
    found = _headed("Harbour Board",
                    "From tomorrow we'll have an extra 40 officers out doing door-to-door checks.",
                    first="News release")  # fmt: skip
    assert _pairs(found) == [
        ("Harbour Board", "have an extra 40 officers out doing door-to-door checks")
    ]
    assert _headed("Harbour Board", "We will have more people out of work.",
                   first="News release") == []  # fmt: skip
