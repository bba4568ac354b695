"""Action items for the phrasings the round-6 transcripts showed (invented sentences in their
shapes: no corpus text): the rest of the present period, qualified advice, calls with "need",
the past perfect, room talk, sums in the progressive, coordinated predicates, planning."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from briefcli.actions.items import find_actions
from briefcli.model import Action, Sentence
from briefcli.people import Person
from briefcli.text.document import Block, Document
from tests.people_stub import PeopleStub

_People = PeopleStub


_PEOPLE = {
    "PM": Person("Jane Doyle", "Prime Minister"),
    "MS HALE": Person("Ann Hale", "Spokesperson"),
}


def _turns(*turns: tuple[str, str], title: str = "Transcript of doorstop interview, Perth",
           date: str = "2024-05-14") -> list[Action]:  # fmt: skip
    blocks = tuple(Block(text, speaker=label, question=label == "Q") for label, text in turns)
    doc = Document("test", title, date, "transcript", blocks)
    sentences = [
        Sentence(i, text, i, "Reporter" if label == "Q" else _PEOPLE[label].name, label == "Q")
        for i, (label, text) in enumerate(turns)
    ]
    return find_actions(doc, sentences, _People(_PEOPLE), [])  # type: ignore[arg-type]


def _actions(text: str, label: str = "PM") -> list[Action]:
    return _turns((label, text))


def _has(actions: Sequence[Action], words: str) -> Action:
    found = [a for a in actions if words in a.action]
    assert found, f"no action about {words!r} in {[a.action for a in actions]}"
    return found[0]


def test_a_progressive_dated_in_the_rest_of_this_week_is_a_plan() -> None:
    item = _has(_actions("Our engineers are returning to the site this week to finish the survey."),
                "return to the site")  # fmt: skip
    assert item.when == "this week"


def test_advice_qualified_by_if_it_is_safe_stays_an_obligation() -> None:
    advice = "Residents of the valley should leave immediately, if it is safe to do so."
    item = _has(_actions(advice), "leave")
    assert item.kind == "obligation"
    assert not _actions("Residents will leave if the river rises above the levee.")


def test_we_need_a_named_party_to_act_is_a_call_on_it() -> None:
    item = _has(_actions("We need Ruritania to fully cooperate with the inspectors."), "cooperate")
    assert item.actor == "Ruritania"
    money = _actions("We need the money to build the bridge.")
    assert not [a for a in money if a.actor == "The money"]


def test_a_decision_in_the_past_perfect_is_narrative() -> None:
    assert not _actions("The previous council had decided to cancel the tunnel.")


def test_a_coordinated_perfect_after_and_takes_the_clause_pronoun() -> None:
    item = _has(_actions("I was glad that we met with the state ministers last week and have "
                         "agreed to sit down and work together."), "work together")  # fmt: skip
    assert item.actor != "Which"


@pytest.mark.parametrize(
    "text",
    [
        "We'll go here and here and then across.",
        "So I'll ask the Treasurer to explain some more about the package.",
        "We have to ask ourselves whether we are doing enough.",
        "It's a great credit to the determination of my ministers to get this deal done.",
        "Those who say we should not respect each other are wrong.",
    ],
)
def test_room_talk_rhetoric_praise_and_others_words_are_no_items(text: str) -> None:
    assert not _actions(text), text


def test_a_sum_committed_in_the_progressive_after_thats_why() -> None:
    item = _has(_actions("It's run down, that's why the State Government is committing "
                         "$120 million to the stadium."), "$120 million")  # fmt: skip
    assert item.actor == "State Government"


def test_the_speakers_own_announcement_of_a_sum() -> None:
    item = _has(_actions("It's great to be here with the Minister to announce $2 billion of "
                         "road works across the state."), "$2 billion")  # fmt: skip
    assert item.kind == "commitment"


def test_planning_under_way_is_the_speakers_governments_plan() -> None:
    item = _has(_actions("Planning is also underway to reopen the consulate as soon as possible.",
                         "MS HALE"), "reopen the consulate")  # fmt: skip
    assert item.when == "as soon as possible"


def test_all_of_the_things_in_a_passive_are_the_issuers_deed() -> None:
    _has(_actions("All of the figures will be announced when we release the final package."),
         "announce all of the figures")  # fmt: skip


def test_an_unknown_governments_release_is_its_announcers() -> None:
    blocks = (
        Block("Minister Tembo announces water plan"),
        Block("The Minister of Water, Grace Tembo, today announced a plan for the dry season."),
        Block("Two new pumping stations will be built before the rains."),
    )
    doc = Document("test", "Minister Tembo announces water plan", "2026-03-02", "article", blocks)
    sentences = [Sentence(i, b.text, i) for i, b in enumerate(blocks)]
    actions = find_actions(doc, sentences, _People({}), [])  # type: ignore[arg-type]
    assert _has(actions, "build two new pumping stations").actor != "Unattributed"


def test_a_governors_we_with_no_state_government_named_is_the_governor() -> None:
    governor = {"GOVERNOR": Person("Ellen Marsh", "Governor")}
    blocks = (Block("We will ask FEMA for reimbursement.", speaker="GOVERNOR"),)
    doc = Document("test", "Governor Marsh Holds Press Conference", "2026-08-20", "transcript",
                   blocks)  # fmt: skip
    sentences = [Sentence(0, blocks[0].text, 0, "Ellen Marsh")]
    actions = find_actions(doc, sentences, _People(governor), [])  # type: ignore[arg-type]
    assert _has(actions, "ask FEMA").actor == "Ellen Marsh"


def test_a_speakers_agentless_should_be_about_a_person_is_a_view() -> None:
    assert not _actions("This fellow is a legend and should be treated right.")
    _has(_actions("The pressure has to be stepped up on the regime."), "the pressure")


def test_a_pledge_restated_in_the_present_between_commas_is_one_pledge() -> None:
    _has(_actions("And we will work, we are working, with the farmers to restore the river."),
         "work with the farmers")  # fmt: skip


def test_do_so_stands_for_the_verb_phrase_said_before() -> None:
    item = _has(_actions("We do exchange intelligence and train together with our allies and we "
                         "will continue to do so."), "continue to")  # fmt: skip
    assert "exchange intelligence" in item.action


def test_them_after_a_plural_that_opens_the_sentence() -> None:
    item = _has(_actions("Hospitals will receive an extra $60 million this winter, and we expect "
                         "them to use it to open more beds."), "open more beds")  # fmt: skip
    assert item.actor == "Hospitals"


def test_a_bare_joint_communique_is_the_meetings_parties() -> None:
    blocks = (
        Block("Second Nordic Council - Baltic Assembly Ministerial Meeting"),
        Block("The next ministerial meeting will take place in Riga in 2027."),
    )
    doc = Document("test", "Joint Communiqué", "2026-05-19", "article", blocks)
    sentences = [Sentence(i, b.text, i) for i, b in enumerate(blocks)]
    actions = find_actions(doc, sentences, _People({}), [])  # type: ignore[arg-type]
    assert _has(actions, "meeting").actor == "Nordic Council and Baltic Assembly"


@pytest.mark.parametrize(
    "text",
    [
        "We are not going to allow the states to play politics with health.",
        "The deal was signed and now the network is rolling out.",
    ],
)
def test_a_negated_stance_and_a_state_of_things_are_no_items(text: str) -> None:
    assert not _actions(text), text


def test_they_for_things_is_no_actor() -> None:
    assert not _actions("The needs are tremendous and they'll only grow as the drought goes on.")


def test_a_wish_to_act_with_a_time_ahead_is_a_pledge() -> None:
    _has(_actions("I want to get these figures to Tasmanians as soon as I can."), "get these")
    assert not _actions("I want to thank everyone who came along today.")
    assert not _actions("Well, I've got to get back to Parliament.")


def test_a_progressive_after_make_sure_is_a_goal() -> None:
    assert not _actions("We also want to make sure we're bringing new skills to the region.")


def test_hard_decisions_are_a_stance() -> None:
    assert not _actions("That is why we have to take hard decisions on savings.")


def test_people_in_general_deciding_is_a_habit() -> None:
    assert not _actions("People become active and decide to join their local branch.")


def test_there_are_many_who_will_is_anyone() -> None:
    assert not _actions("We've settled our policy, and I understand there are many who will argue "
                        "for different conclusions.")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Before I take some questions I might ask the Treasurer to add some remarks.",
        "I'll ask the Minister to respond.",
        "Then we'll open it to you.",
        "We won't make any public comments on our assessment of specific reports.",
    ],
)
def test_handing_the_floor_over_is_room_talk(text: str) -> None:
    assert not _actions(text), text
