"""Action items in spoken commitments (issue 14, round 13; invented sentences, no corpus text):
a cleft said with a contraction ("What we'll do is"), the public asked by plain name ("we're
asking folks to"), a calendar's present with a bare day ("the board votes Thursday"), a sum
agreed to, opponents' reported plans, targets "hit", vague choices, and gerunds whose stem
ends in a consonant cluster ("planting" is not "plan")."""

from __future__ import annotations

from briefcli.actions.items import find_actions
from briefcli.actions.phrasing import participle_base
from briefcli.actions.triggers import _base_of
from briefcli.actions.verbs import base_form
from briefcli.model import Action, Sentence
from briefcli.text.document import Block, Document
from tests.test_actions_round7 import _pairs, _People, _report, _turn


def test_a_cleft_with_a_contraction_is_the_speaker_s_pledge() -> None:
    found = _turn("What we'll do is double the number of inspectors at the border.")
    assert [a.action for a in found] == ["double the number of inspectors at the border"]
    found = _turn("What I'm going to do is write to every affected family.")
    assert [a.action for a in found] == ["write to every affected family"]


def test_the_public_asked_by_plain_name_must_act() -> None:
    found = _turn("We're asking folks to keep their pets indoors tonight.")
    assert _pairs(found) == [("Folks", "keep their pets indoors")]
    found = _turn("I'm asking everyone to check the alerts before they travel.")
    assert [a.kind for a in found] == ["obligation"]


def test_asking_the_public_is_not_handing_over_the_floor() -> None:
    assert _turn("I'll ask the Deputy Secretary to respond to that.") == []


def test_a_calendar_s_present_with_a_bare_day() -> None:
    found = _turn("The county board votes Thursday on the new levee budget.")
    assert [(a.action, a.kind) for a in found] == [("vote Thursday on the new levee budget",
                                                    "scheduled")]  # fmt: skip
    assert _turn("The county board votes on many things.") == []


def test_a_sum_agreed_to_is_provided() -> None:
    found = _turn("The cabinet agreed to a $45 million fund to repair rural schools.")
    assert [a.action for a in found] == ["provide a $45 million fund to repair rural schools"]


def test_opponents_reported_plans_are_their_line_not_an_item() -> None:
    assert _turn("The opposition has said it will block the bill in the Senate.") == []
    assert _turn("The teachers' union says it will walk out on Monday.") == []
    found = _turn("The African Union will send observers to the election.")
    assert [a.actor for a in found] == ["African Union"]


def test_targets_hit_and_choices_made_are_no_deeds() -> None:
    assert _turn("But we will hit those targets.") == []
    assert _turn("We are asking people to make the right choice.") == []


def test_a_gerund_s_base_keeps_its_consonant_cluster() -> None:
    assert base_form("planting") == "plant" and _base_of("planting") == "plant"
    assert base_form("planning") == "plan" and _base_of("planning") == "plan"
    assert base_form("getting") == "get"
    assert participle_base("posted") == "post"


def test_a_release_s_passive_of_posting_is_its_issuer_s() -> None:
    found = _report("Recordings of the sessions will be posted on the agency's website.")
    assert [a.action for a in found] == ["post recordings of the sessions on the agency's website"]


def test_more_to_say_on_a_named_topic_is_an_announcement_to_come() -> None:
    found = _turn("We'll have more to say about the new visa rules in coming days.")
    assert [a.action for a in found] == ["have more to say about the new visa rules"]
    assert _turn("I'll have more to say on Thursday.") == []
    assert _turn("We'll have more to say on that later.") == []


def test_agreed_on_the_need_to_is_agreed_to() -> None:
    found = _turn("The ministers agreed on the need to reopen the northern crossing.")
    assert _pairs(found) == [("Ministers", "reopen the northern crossing")]


def test_the_speakers_plan_state_counts_when_dated_ahead() -> None:
    found = _turn("We're looking to finalise the deal by the end of the year.")
    assert [a.action for a in found] == ["finalise the deal"]
    assert _turn("We are looking to learn more.") == []


def test_sitting_down_with_someone_is_a_meeting() -> None:
    found = _turn("The Treasurer and I will be sitting down with the banks on Monday.")
    assert [a.action for a in found] == ["sit down with the banks"]
    assert _turn("We have to sit down now.") == []


def test_a_gerund_in_ise_keeps_its_e() -> None:
    assert base_form("finalising") == "finalise"
    assert base_form("prioritising") == "prioritise"
    assert base_form("visiting") == "visit" and base_form("insisting") == "insist"


def test_a_thing_expected_to_open_is_the_issuer_s_schedule() -> None:
    found = _report("The next funding round is expected to open in September.")
    assert [(a.action, a.kind) for a in found] == [("open the next funding round", "scheduled")]


def test_units_had_on_duty_from_a_time_are_a_deployment() -> None:
    found = _turn("Yeah, we'll have, um, ten more crews on duty from Saturday.")
    assert [a.action for a in found] == ["have ten more crews on duty"]
    assert _turn("We have 1,200 soldiers on the ground.") == []


def _news(*paragraphs: str) -> list[tuple[str | None, str]]:
    lead = "Harbour Foods said on Monday it would cut 300 jobs."
    return _pairs(_report(lead, *paragraphs, title="Harbour Foods to cut 300 jobs"))[1:]


def test_a_time_between_said_and_the_pledge_is_the_saying_s() -> None:
    found = _report("Harbour Foods said on Tuesday it would close its Leeds depot.")
    assert [(a.actor, a.action, a.when) for a in found] == [
        ("Harbour Foods", "close its Leeds depot", None)
    ]
    found = _report("Harbour Foods said yesterday that it will close its depot next year.")
    assert [(a.action, a.when) for a in found] == [("close its depot", "next year")]


def test_plans_announced_are_the_announcer_s() -> None:
    assert _news("The council has approved plans to build 200 homes.") == [
        ("Council", "build 200 homes")
    ]
    assert _news("The airline has unveiled a plan to open a base in Boston.") == [
        ("Harbour Foods", "open a base in Boston")
    ]


def test_a_plural_in_es_acts_as_its_singular() -> None:
    assert _news("Bosses intend to move production to Poland.") == [
        ("Bosses", "move production to Poland")
    ]


def test_what_analysts_expect_is_their_forecast() -> None:
    assert _news("Analysts expect the company to report a loss.") == []
    assert _news("The regulator expects the company to repay customers by June.") != []


def test_a_start_verb_with_its_own_object_is_no_issuer_s_schedule() -> None:
    assert _news("The chain is to open 12 new stores in 2026.") == []  # not "open the chain"
    found = _report("Schools in the county will close a week early for Easter.")
    assert [a.action for a in found] == ["close schools in the county a week early for Easter"]


def test_typed_speech_gonna_and_you_know() -> None:
    found = _turn("We're gonna open three more testing sites by Friday.")
    assert [a.action for a in found] == ["open three more testing sites"]
    assert _turn("We're not gonna do that.") == []
    found = _turn("The Secretary will, you know, be in Brussels on Thursday.")
    assert [(a.action, a.kind) for a in found] == [("be in Brussels", "scheduled")]


def test_a_whole_deed_asked_of_her_is_the_one_named_before() -> None:
    found = _turn("I've written to the Commissioner asking her to investigate.")
    assert _pairs(found) == [("Commissioner", "investigate")]
    found = _turn("We call on the Government to reconsider.")
    assert _pairs(found) == [("Government", "reconsider")]


def _notice(text: str) -> list[Action]:
    """The items of one sentence of an agency's dated notice."""
    doc = Document("test", "Notice: Community Grants 2026", "2026-03-02", "article",
                   (Block("Department of Communities"), Block(text)))  # fmt: skip
    return find_actions(doc, [Sentence(0, text, 0)], _People({}), [])  # type: ignore[arg-type]


def test_a_notice_s_door_opened_on_a_date() -> None:
    found = _notice("Eligible businesses can apply online from 15 March.")
    assert [(a.actor, a.action, a.kind) for a in found] == [
        ("Eligible businesses", "apply online", "scheduled")
    ]
    assert _notice("Businesses can apply for grants.") == []
    assert _notice("Businesses can apply from 1 February.") == []  # (a date gone by)


def test_a_commitment_that_is_to_do_something() -> None:
    found = _turn("Our commitment is to have this legislation through the Parliament by June.")
    assert [a.action for a in found] == ["have this legislation through the Parliament"]
    assert _turn("Our commitment is to the people of Ukraine.") == []
