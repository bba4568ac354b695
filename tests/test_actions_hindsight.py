"""Action items a reader of a real State Department briefing would not write (issue 14):
hindsight ("should have been"), a verb joined to a named party's ("that Iran is detaining …
and should release them"), a deed cut off at "until" and the condition after it, and
holding back from comment. Invented sentences in the briefing's manner."""

from __future__ import annotations

from briefcli.actions.items import find_actions
from briefcli.model import Action, Sentence
from briefcli.text.document import Block, Document
from tests.test_actions_round7 import _pairs, _People, _turn


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


def test_a_place_or_an_object_before_and_we_is_no_part_of_the_subject() -> None:
    found = _turn("We were due to refuel in San Francisco and we will continue with that stop.")
    assert [a.actor for a in found] == ["U.S. administration"]
    found = _turn("I met the President and we will announce the deal on Friday.")
    assert [a.actor for a in found] == ["U.S. administration"]
    found = _turn("The Treasurer and I will be working on that next week.")
    assert [a.actor for a in found] == ["Treasurer and I"]


def test_them_after_a_body_named_just_before_is_that_body() -> None:
    found = _turn("We went to the Energy Security Board and we asked them to model the plan.")
    assert _pairs(found) == [("Energy Security Board", "model the plan")]


def test_a_time_put_before_we_is_no_antecedent() -> None:
    found = _turn("For the foreseeable future we will continue to work with them.")
    assert [a.action for a in found] == ["continue to work with them"]
    found = _turn("In the meantime we'll keep the road closed.")
    assert [a.action for a in found] == ["keep the road closed"]


def test_a_cleft_s_frame_is_no_part_of_the_actor() -> None:
    found = _turn("The Iranians are the ones who will need to make decisions going forward.")
    assert [a.actor for a in found] == ["Iranians"]


def test_following_up_with_nothing_after_answers_the_room() -> None:
    assert _turn("Sorry, we'll follow up.") == []
    found = _turn("We will follow up with the Chinese authorities next week.")
    assert [a.action for a in found] == ["follow up with the Chinese authorities"]


def test_pressing_someone_to_act_asks_them_to() -> None:
    found = _turn("We will continue pressing Russia to withdraw.")
    assert _pairs(found) == [("Russia", "withdraw")]


def test_a_guess_in_the_future_perfect_is_no_item() -> None:
    assert _turn("Businesses will have watched the announcements made yesterday.") == []
    assert _turn("They will already have started the smart thinking we need.") == []
    found = _turn("We will have completed the review by the end of next year.")
    assert [a.action for a in found] == ["have completed the review"]


def test_the_words_that_open_the_next_clause_stay_out_of_the_deed() -> None:
    found = _turn("We will deliver it on 1 July next year and of course I'll be explaining it.")
    assert [a.action for a in found] == ["deliver it on 1 July next year"]
    found = _turn(
        "We need to act, and an overwhelming majority of economists tell us that the way to "
        "act is to price carbon."
    )
    assert [a.action for a in found] == ["act"]


def _release(*paragraphs: str, title: str) -> list[Action]:
    """The items of a release whose title line is `title`, a paragraph to each sentence."""
    doc = Document("test", title, "2026-03-30", "article", tuple(Block(p) for p in paragraphs))
    sentences = [Sentence(i, text, i) for i, text in enumerate(paragraphs)]
    return find_actions(doc, sentences, _People({}), [])  # type: ignore[arg-type]


def test_a_release_s_we_under_its_masthead_is_the_body() -> None:
    found = _release(
        "Statement on the Labour Force Survey",
        "From June we will publish national estimates every month.",
        title="Statistics Office of Ireland",
    )
    assert [a.actor for a in found] == ["Statistics Office of Ireland"]
    found = _release(
        "Minutes of the Planning Committee",
        "We will consult residents on the new depot in April.",
        title="HARROWGATE BOROUGH COUNCIL",
    )
    assert [a.actor for a in found] == ["Harrowgate Borough Council"]


def test_the_i_of_a_written_answer_is_the_one_who_answered() -> None:
    found = _release(
        "Answered on 12 May 2026 by Helen Marsh, Minister of State (Department for Transport):",
        "I will write to the hon. Member with the dates for each station.",
        title="Railway Stations: Accessibility",
    )
    assert [a.actor for a in found] == ["Helen Marsh"]


def test_a_name_over_a_line_that_says_what_kind_of_release_it_is_issues_it() -> None:
    found = _release(
        "Funding notice: Open Project Fund, spring round",
        "We will hold an online information session on 21 April 2026.",
        title="Creative Scotland",
    )
    assert [a.actor for a in found] == ["Creative Scotland"]
