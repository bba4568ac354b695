"""Action items in news copy (issue 14, round 12; invented sentences, no corpus text): the
singular heads a report gives the party it names, the plan states after "is" ("is poised to",
"is seeking to"), a sentence-opening "It" for the company just named, and a planned deed that
stops before the sentence's own verb."""

from __future__ import annotations

from briefcli.actions.agents import is_agent
from tests.test_actions_round7 import _pairs, _report, _turn


def test_a_news_report_s_singular_heads_can_act() -> None:
    heads = ("band", "singer", "watchdog", "studio", "chip maker", "carmaker", "chief executive",
             "retail giant", "broadcaster")  # fmt: skip
    for subject in (f"The {head}" for head in heads):
        assert is_agent(subject), subject
    assert _pairs(_report("The band will tour the UK in April.")) == [("Band", "tour the UK")]
    assert not is_agent("The water")
    assert not is_agent("The number")


def test_a_plan_state_after_be_is_an_item_of_the_party_named() -> None:
    found = _report("The star is poised to take her first directing role on the third film.")
    assert _pairs(found) == [("Star", "take her first directing role on the third film")]
    assert [a.kind for a in found] == ["expectation"]
    found = _report("The regulator is seeking to recover a further £4m from shareholders.")
    assert [(a.actor, a.kind) for a in found] == [("Regulator", "commitment")]
    found = _report("The council is on course to open two recycling centres by December.")
    assert [a.action for a in found] == ["open two recycling centres"]


def test_a_plan_state_in_the_speakers_own_talk_is_no_item() -> None:
    assert _turn("We are looking to learn more.") == []
    assert _turn("We keep officers safe as they're looking to solve crime.") == []
    assert _report("The firm is looking to the future.") == []


def test_an_opening_it_is_the_party_the_report_is_about() -> None:
    found = _report(
        "Valdris said it would build a plant in Newport.",
        "It will also invest £40m in a research centre, the company said.",
    )
    assert _pairs(found)[-1] == ("Valdris", "invest £40m in a research centre")
    found = _report(
        "Shares fell.",
        "It will also move its head office to Leeds.",
        title="Retail giant Marlow's to close 40 stores",
    )
    assert _pairs(found) == [("Marlow's", "move its head office to Leeds")]


def test_an_opening_it_of_weather_or_time_is_no_party() -> None:
    found = _report("Valdris said it would build a plant.", "It will take years to finish.")
    assert _pairs(found) == [("Valdris", "build a plant")]
    assert _turn("It will be a busy summer.") == []


def test_a_planned_deed_that_opens_a_sentence_stops_at_the_sentence_s_verb() -> None:
    found = _report("Canada's plan to resettle 500 refugees was welcomed by aid agencies.")
    assert _pairs(found) == [("Canada", "resettle 500 refugees")]
    found = _report("Canada's plan to make sure every refugee is housed will be put to parliament.")
    assert [a.action for a in found][0] == "make sure every refugee is housed"


def test_the_firm_of_a_report_is_the_party_its_headline_names() -> None:
    found = _report(
        "Shares rose on Monday.",
        "Its boss said the firm would recruit 300 apprentices.",
        title="Chip maker Valdris to build plant in Newport",
    )
    assert _pairs(found) == [("Valdris", "recruit 300 apprentices")]
    # a first word capitalised only by the headline names no one
    found = _report(
        "The watchdog said on Monday that the company must pay £6m back to customers.",
        title="Watchdog to fine water firm",
    )
    assert [a.actor for a in found] != ["Watchdog"]


def test_a_call_in_the_past_perfect_is_history() -> None:
    assert _report("Aid agencies, who had urged Ottawa to act, welcomed the plan.") == []
    assert _report("The agencies had urged Ottawa to act.") == []
