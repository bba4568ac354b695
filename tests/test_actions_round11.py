"""Action items for the causes the dev misses of several sets share (issue 14, round 11;
invented sentences in their shapes, no corpus text): a subject whose head noun ends like a verb
and an aim a party sets itself, with its deed as "of" and a gerund."""

from __future__ import annotations

from briefcli.actions.subjects import leading_subject
from tests.test_actions_round7 import _pairs, _report, _turn
from tests.test_actions_round9 import _release


def test_a_noun_that_is_a_verb_plus_a_letter_stays_in_the_leading_subject() -> None:
    # "bank" is not "ban" + s: only a word ending in "s" is read as a verb's present
    assert leading_subject("The bank has announced its intention to close two branches.") == (
        "The bank"
    )
    assert _pairs(_report("The bank has announced its intention to close two branches.")) == [
        ("Bank", "close two branches")
    ]


def test_an_aim_with_a_gerund_is_a_commitment() -> None:
    found = _turn("We have an objective of reaching a decision on the levy by June.")
    assert [a.action for a in found] == ["reach a decision on the levy"]


def test_an_aim_that_is_a_purpose_or_shared_is_no_item() -> None:
    assert _turn("It is the objective of every government to grow the economy.") == []
    assert _turn("Our goal is to reach net zero.") == []
    assert _turn("We share the goal of reaching a peaceful settlement.") == []


def test_a_change_placed_in_time_without_a_date_is_the_issuer_s() -> None:
    found = _release("Permits will open in phases, by berth size, through the online portal.")
    assert _pairs(found) == [
        ("Harbour Board", "open permits in phases, by berth size, through the online portal")
    ]
    found = _release("Moorings in the inner basin will close a week early for the regatta.")
    assert [a.action for a in found] == [
        "close moorings in the inner basin a week early for the regatta"
    ]
    assert _release("The basin would close a week early if funds ran out.") == []


def test_a_progressive_reported_in_the_past_announces_as_the_present_does() -> None:
    found = _report("The Mayor said the Council was activating its flood relief arrangements.")
    assert _pairs(found) == [("Council", "activate its flood relief arrangements")]
    assert _report("The Council was launching a new scheme when the storm hit.") == []
    assert _report("The Mayor said the economy was growing.") == []


def test_a_role_taken_or_left_in_the_progressive_is_announced() -> None:
    found = _report(
        "Shares in Acme fell after Jane Doe spoke.",
        "Jane Doe is stepping down as chairman of Acme.",
        "Jane Doe is stepping up her campaign.",
    )
    assert _pairs(found) == [("Jane Doe", "step down as chairman of Acme")]


def test_a_commitment_noun_before_an_infinitive_passive_is_that_noun_s_deed() -> None:
    found = _release("Dredging will begin in May, with a survey of each berth's plan to be "
                     "completed during June.")  # fmt: skip
    assert [a.action for a in found][-1] == "complete a survey of each berth's plan"


def test_call_after_to_is_the_verb_not_the_press_call() -> None:
    assert [a.action for a in _turn("Yes, and we will continue to call.")] == [
        "continue to call"
    ]
    assert _turn("We will take one more call.") == []


def test_a_place_opening_the_sentence_without_a_comma_is_no_part_of_its_subject() -> None:
    text = "In Geneva the Republic of Norland announced our goal of mobilizing $5 billion by 2030."
    assert leading_subject(text) == "the Republic of Norland"
