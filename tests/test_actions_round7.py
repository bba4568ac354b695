"""Action items for the phrasings round 7 showed (invented sentences in their shapes: no corpus
text): calls that run on over "to the conflict" or name a second party, a deed asked for that is
itself a commitment verb, "see if" as whether, and the voices of news reports."""

from __future__ import annotations

from collections.abc import Sequence

from briefcli.actions.items import find_actions
from briefcli.model import Action, Sentence
from briefcli.people import Person
from briefcli.text.document import Block, Document
from tests.people_stub import PeopleStub

_People = PeopleStub


_SPOKESPERSON = {"MR LANE": Person("Tom Lane", "Department Spokesperson")}


def _turn(text: str) -> list[Action]:
    """The items of one turn of a State Department press briefing."""
    doc = Document("test", "U.S. Department of State Press Briefing", "2024-05-14", "transcript",
                   (Block(text, speaker="MR LANE"),))  # fmt: skip
    sentences = [Sentence(0, text, 0, "Tom Lane", False)]
    return find_actions(doc, sentences, _People(_SPOKESPERSON), [])  # type: ignore[arg-type]


def _report(*paragraphs: str, title: str = "Firm puts cash behind new push") -> list[Action]:
    doc = Document("test", title, None, "article", tuple(Block(p) for p in paragraphs))
    sentences = [Sentence(i, text, i) for i, text in enumerate(paragraphs)]
    return find_actions(doc, sentences, _People({}), [])  # type: ignore[arg-type]


def _pairs(actions: Sequence[Action]) -> list[tuple[str | None, str]]:
    return [(a.actor, a.action) for a in actions]


def test_a_call_whose_party_runs_on_over_to() -> None:
    found = _turn("We renew our calls on parties to the fighting to end hostilities now.")
    assert _pairs(found) == [("Parties to the fighting", "end hostilities now")]


def test_a_call_on_two_parties_gives_two_items() -> None:
    found = _turn(
        "We call for the rebel forces to withdraw from the border towns and for "
        "the Republic of Norland to withdraw its troops permanently."
    )
    assert [a.actor for a in found] == ["Rebel forces", "Republic of Norland"]
    assert found[1].action == "withdraw its troops permanently"


def test_the_deed_asked_for_may_be_a_commitment_verb() -> None:
    found = _turn("We call on all armed groups to agree to an immediate and lasting truce.")
    assert _pairs(found) == [("All armed groups", "agree to an immediate and lasting truce")]


def test_see_if_is_whether_not_a_condition() -> None:
    found = _turn("We will continue to try and see if we can bring both sides back to the table.")
    assert [a.action for a in found] == [
        "continue to try and see if we can bring both sides back to the table"
    ]
    assert _turn("We will act if the talks fail.") == []


def test_a_companys_money_is_the_company_s_and_it_would_is_reported() -> None:
    found = _report(
        "Shares in Acme rose on Monday.",
        "Acme said the money will fund a range of research and marketing initiatives.",
        "Acme said it would start building the plant in early 2027.",
    )
    assert [a.actor for a in found] == ["Acme", "Acme"]
    assert found[1].action.startswith("start building the plant")


def test_airlines_and_investors_can_act() -> None:
    found = _report("Airlines will now have to offer compensation to every passenger.")
    assert _pairs(found) == [("Airlines", "offer compensation to every passenger")]


def test_people_at_large_will_is_a_forecast() -> None:
    assert _turn("In 2027 people will vote on the whole package.") == []


def test_do_not_need_to_is_no_obligation() -> None:
    assert _report("Some films don't need to be shown twice a day, explained Ms Deans.") == []
    assert _turn("We do not need to comment on this situation.") == []


def test_a_sum_converted_in_brackets_does_not_end_the_phrase() -> None:
    found = _report(
        "Shares in Acme rose.",
        "Acme will spend $100m (£52m) on new plants in Wales next year.",
    )
    assert [a.action for a in found] == ["spend $100m (£52m) on new plants in Wales"]


def test_an_order_or_a_requirement_binds_the_one_ordered() -> None:
    found = _report("The regulator has ordered the bank to repay its customers by June.")
    assert _pairs(found) == [("Bank", "repay its customers")]
    found = _report("The new law requires all airlines to publish their full fares.")
    assert _pairs(found) == [("All airlines", "publish their full fares")]


def test_a_pledge_told_of_a_past_time_is_history() -> None:
    assert _turn("In March, the President committed to donate 80 million doses abroad.") == []
    assert _turn("In 2019, we committed to donating 5 million doses, and we delivered them.") == []
    kept = _turn(
        "I was so happy that we met with the state ministers weeks ago and have agreed to sit "
        "down together in May."
    )
    assert [a.action for a in kept] == ["sit down together"]


def test_a_things_which_aside_is_not_its_subject() -> None:
    found = _turn("The second summit, which we intend to hold in person, will be held in Oslo.")
    assert [a.action for a in found] == ["hold the second summit in Oslo"]


def test_a_news_reports_agentless_plans_are_its_lead_partys() -> None:
    found = _report(
        "Details of the chip designed to power Acme's new console will be released in Paris "
        "on Monday.",
        "A working version of the console is due to be shown off in May 2027.",
        title="Console chip to be unveiled",
    )
    assert [a.actor for a in found] == ["Acme", "Acme"]


def test_what_an_opponent_will_say_is_no_item() -> None:
    assert _turn("Mr Abbott will tell you that the carbon tax will wreck the economy.") == []


def test_a_thing_that_concludes_on_a_date_is_a_schedule() -> None:
    found = _report("The public consultation will conclude on 30 June.")
    assert [(a.action, a.kind) for a in found] == [
        ("conclude the public consultation", "scheduled")
    ]
