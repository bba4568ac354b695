"""Action items for the causes the dev misses of every label set share (issue 14, round 8;
invented sentences in their shapes, no corpus text): a sum spent in the progressive, a
commitment noun whose deed is "of" and a gerund."""

from __future__ import annotations

from tests.test_actions_round7 import _pairs, _report


def test_a_sum_spent_in_the_progressive_is_a_pledge() -> None:
    found = _report("The ministry is spending $40 million over the next three years on new buses.")
    assert _pairs(found) == [
        ("Ministry", "spend $40 million over the next three years on new buses")
    ]


def test_a_progressive_spend_without_a_sum_is_no_pledge() -> None:
    assert _report("The ministry is spending more time on planning.") == []


def test_an_intention_of_and_a_gerund_names_the_deed() -> None:
    found = _report("The ministry has announced its intention of building new buses.")
    assert _pairs(found) == [("Ministry", "build new buses")]


def test_a_commitment_to_a_gerund_stays_a_stance() -> None:
    assert _report("Our commitment to creating jobs is clear.") == []


def test_any_ly_adverb_may_stand_inside_an_announcing_progressive() -> None:
    found = _report("The ministry is quietly preparing new rules for release next month.")
    assert _pairs(found) == [("Ministry", "prepare new rules for release")]


def test_a_reported_would_in_a_past_time_clause_is_the_setting() -> None:
    assert _report(
        "The President, from the day he announced that the army would be withdrawing, "
        "was very clear that we stand with them."
    ) == []
    since = "Ever since the council agreed that it would rebuild the bridge, traffic grew."
    assert _report(since) == []


def test_a_reported_would_outside_a_time_clause_stays_an_item() -> None:
    found = _report(
        "The minister announced that the army would be withdrawing all troops next month."
    )
    assert _pairs(found) == [("Army", "withdraw all troops")]


def test_a_new_thing_made_in_the_progressive_is_announced() -> None:
    found = _report("The council is building a new library at Riverside.")
    assert _pairs(found) == [("Council", "build a new library at Riverside")]
    assert _report("The council is building a stronger community.") == []


def test_a_discourse_adverb_after_will_is_no_part_of_the_deed() -> None:
    found = _report("The ministry will therefore publish the plan next month.")
    assert _pairs(found) == [("Ministry", "publish the plan")]
