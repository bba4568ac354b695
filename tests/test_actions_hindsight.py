"""Action items a reader of a real State Department briefing would not write (issue 14):
hindsight ("should have been"), a verb joined to a named party's ("that Iran is detaining …
and should release them"), a deed cut off at "until" and the condition after it, and
holding back from comment. Invented sentences in the briefing's manner."""

from __future__ import annotations

from tests.test_actions_round7 import _pairs, _turn


def test_hindsight_after_a_modal_is_no_obligation() -> None:
    assert _turn("The blockade never should have been put in place in the first case.") == []
    assert _turn("They must have known about the attack.") == []
    found = _turn("The blockade should be lifted and the ships must sail by Friday.")
    assert [a.kind for a in found] == ["obligation"]


def test_a_verb_joined_after_that_and_a_name_is_the_named_one_s() -> None:
    found = _turn(
        "We believe that Iran is unjustly detaining innocent Americans and should release "
        "them immediately."
    )
    assert _pairs(found) == [("Iran", "release them")]
    found = _turn("Ministers welcomed the report and agreed to fund the road.")
    assert _pairs(found) == [("Ministers", "fund the road")]


def test_a_deed_until_a_condition_ends_before_until() -> None:
    found = _turn(
        "So we'll continue to support Ukraine until Russia is ready to engage with them "
        "diplomatically."
    )
    assert [a.action for a in found] == ["continue to support Ukraine"]


def test_holding_back_from_comment_is_the_room_s_business() -> None:
    assert _turn("So I will refrain from commenting on that.") == []
    assert _turn("We'll decline to speculate on that.") == []
    found = _turn("We will refrain from imposing new tariffs this year.")
    assert [a.action for a in found] == ["refrain from imposing new tariffs"]
