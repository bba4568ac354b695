"""Action items for the causes round 8's dev misses share across publishers (issue 14; invented
sentences in their shapes, no corpus text): a resolution's operative paragraphs, a thing a
release brings about on a date, a communiqué's self-named "we", asides between commas."""

from __future__ import annotations

from collections.abc import Sequence

from briefcli.actions.items import find_actions
from briefcli.model import Action, Sentence
from briefcli.text.document import Block, Document
from tests.people_stub import PeopleStub


def _release(*paragraphs: str, title: str = "Council confirms new rules") -> list[Action]:
    doc = Document("test", title, "2026-05-14", "release", tuple(Block(p) for p in paragraphs))
    sentences = [Sentence(i, text, i) for i, text in enumerate(paragraphs)]
    return find_actions(doc, sentences, PeopleStub({}), [])  # type: ignore[arg-type]


def _pairs(actions: Sequence[Action]) -> list[tuple[str | None, str]]:
    return [(a.actor, a.action) for a in actions]


def test_operative_paragraphs_are_the_preamble_bodys() -> None:
    found = _release(
        "The Security Council of the Northern League, at its 12th meeting held on 1 May 2026,",
        "Decides to send an observer mission to the border within 30 days;",
        "Requests the Secretariat to report on the mission at its next session;",
        "Urges Member States to fund the mission;",
    )
    assert _pairs(found) == [
        ("Security Council of the Northern League", "send an observer mission to the border"),
        ("Secretariat", "report on the mission at its next session"),
        ("Member States", "fund the mission"),
    ]
    assert found[0].text == "Decides to send an observer mission to the border within 30 days;"


def test_an_operative_verb_with_no_preamble_is_left_alone() -> None:
    assert _release("Decides to send an observer mission to the border;") == []


def test_a_thing_that_comes_into_force_on_a_date_is_the_issuers_act() -> None:
    found = _release("The new zone will come into force on 1 March 2027.")
    assert [a.action for a in found] == ["bring the new zone into force"]
    assert found[0].kind == "scheduled"
    grants = _release("Hardship grants of $180 per person will be available from Friday.")
    assert [a.action for a in grants] == ["make hardship grants of $180 per person available"]


def test_a_price_set_by_the_issuer_rises_by_its_hand_and_an_undated_change_is_none() -> None:
    found = _release("The price of the ticket will rise to 63 euros per month from 1 May.")
    assert [a.action for a in found] == ["raise the price of the ticket to 63 euros per month"]
    assert _release("The new zone will come into force.") == []
    assert _release("Sales will rise to 63 million next year.") == []


def test_a_communique_that_names_its_we_is_theirs() -> None:
    found = _release(
        "We, the Finance Ministers of the Northern League, met in Oslo on 16 May.",
        "We will publish a report on tax cooperation in June.",
        title="Communiqué",
    )
    assert _pairs(found) == [
        ("Finance Ministers of the Northern League", "publish a report on tax cooperation")
    ]


def test_an_aside_between_commas_does_not_cut_the_subject_from_its_verb() -> None:
    found = _release("The Housing Fund, I can tell you, will open a new intake in September.")
    assert [a.actor for a in found] == ["Housing Fund"]


def test_a_body_that_approved_plans_owns_them() -> None:
    found = _release("The Cabinet yesterday approved plans to extend the zone to the port.")
    assert _pairs(found) == [("Cabinet", "extend the zone to the port")]


def test_all_and_a_number_names_its_things() -> None:
    found = _release("All three vessels are due to be delivered to the navy by 2031.")
    assert [a.action for a in found] == ["deliver all three vessels to the navy"]


def test_a_vote_to_act_is_a_decision() -> None:
    found = _release("Councillors voted to set aside £2 million for a scrappage scheme.")
    assert _pairs(found) == [("Councillors", "provide £2 million for a scrappage scheme")]


def test_new_things_counted_in_the_progressive_are_announced() -> None:
    found = _release("The Government is hiring 500 new school safety agents.")
    assert [a.action for a in found] == ["hire 500 new school safety agents"]
    assert _release("The Government is seeing 500 new cases.") == []


def test_having_ones_staff_do_a_deed_is_a_deed() -> None:
    found = _release("The Minister will have her team look at the school today.")
    assert [a.action for a in found] == ["have her team look at the school"]
    assert _release("The Minister will have the best team in the country.") == []


def test_an_opening_phrase_with_no_comma_keeps_its_pronoun_subject() -> None:
    found = _release(
        "The Minister will travel to Tokyo on 9 March.",
        "During the visit he is expected to call on Prime Minister Sato.",
    )
    assert [a.action for a in found] == ["travel to Tokyo", "call on Prime Minister Sato"]


def test_a_place_clause_with_its_own_subject_is_an_item() -> None:
    found = _release("She will travel on Thursday to the camp, where she is to meet leaders.")
    assert [a.action for a in found] == ["travel on Thursday to the camp", "meet leaders"]


def test_a_singular_of_an_acting_plural_acts() -> None:
    found = _release("The regulator will monitor compliance.")
    assert _pairs(found) == [("Regulator", "monitor compliance")]


def test_let_me_make_sure_takes_a_task_on_and_talk_stays_talk() -> None:
    found = _release("Let us make sure that every family gets the payment before Christmas.")
    assert [a.action for a in found] == ["make sure that every family gets the payment"]
    assert _release("Let me make sure I answer this properly.") == []
    assert _release("Let me make sure we're clear about it.") == []


def test_a_road_that_remains_closed_is_a_forecast() -> None:
    assert _release("The highway is expected to remain closed until Sunday.") == []


def test_he_after_an_office_named_just_before_is_that_office() -> None:
    found = _release(
        "The External Affairs Minister will travel to Tokyo on 9 March.",
        "During the visit he is expected to call on Prime Minister Sato.",
    )
    assert [a.actor for a in found] == ["External Affairs Minister"] * 2


def test_attending_names_its_whole_deed() -> None:
    found = _release("The summit is in Oslo on 24 March, and the Prime Minister will attend.")
    assert ("Prime Minister", "attend") in _pairs(found)


def test_a_rule_binds_each_one_its_subject_names() -> None:
    found = _release("Every school must hold a lockdown drill in the first month.")
    assert _pairs(found) == [("Every school", "hold a lockdown drill in the first month")]
    assert found[0].kind == "obligation"


def test_what_a_thing_is_made_of_is_no_deed() -> None:
    assert _release("The chip will be made of several processing cores.") == []
    found = _release("The chip will be made in Texas from next year.")
    assert [a.action for a in found] == ["make the chip in Texas"]
