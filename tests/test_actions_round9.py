"""Action items for the causes round 9's dev misses share with earlier sets (issue 14; invented
sentences in their shapes, no corpus text): decisions and telling reported with "that", mandates
in the subjunctive, mastheads, effect claims, conditions on whoever, dated past requests, what a
scheme "will see" done, asides in a subject, services, invitations, joined verbs, leave granted
and the party of a news report."""

from __future__ import annotations

from briefcli.actions.items import find_actions
from briefcli.model import Action, Sentence
from briefcli.text.document import Block, Document
from tests.people_stub import PeopleStub
from tests.test_actions_round7 import _pairs, _report, _turn


def _release(
    *paragraphs: str, masthead: str = "Harbour Board", kind: str = "News release"
) -> list[Action]:
    """The items of a dated release under a masthead ("Harbour Board" over "News release: ...")."""
    blocks = (Block(f"{kind}: Harbour works"), Block("Published 2 March 2026"))
    doc = Document("test", masthead, "2026-03-02", "article",
                   blocks + tuple(Block(p) for p in paragraphs))  # fmt: skip
    sentences = [Sentence(i, text, i + 2) for i, text in enumerate(paragraphs)]
    return find_actions(doc, sentences, PeopleStub({}), [])  # type: ignore[arg-type]


def test_a_decision_reported_with_that_is_an_item() -> None:
    found = _release("The Board resolved that all moorings will be inspected before June.")
    assert _pairs(found) == [("Harbour Board", "inspect all moorings")]


def test_what_a_body_was_told_will_happen_is_an_item() -> None:
    found = _release("The Board was informed that the Harbour Master will publish new rules.")
    assert _pairs(found) == [("Harbour Master", "publish new rules")]


def test_a_recommendation_in_the_subjunctive_is_the_named_body_s_obligation() -> None:
    found = _release(
        "The panel recommends that the Harbour Master review the pilotage rules.",
        "It also recommends that the Board should write to users by September.",
    )
    assert [(a.actor, a.action, a.kind) for a in found] == [
        ("Harbour Master", "review the pilotage rules", "obligation"),
        ("Board", "write to users", "obligation"),
    ]


def test_a_past_urging_that_stays_history() -> None:
    assert _release("The panel urged that the parties meet in Geneva.") == []


def test_a_masthead_over_a_kind_with_a_title_is_the_issuer() -> None:
    found = _release("The works are expected to be completed by spring 2028.", kind="News story")
    assert _pairs(found) == [("Harbour Board", "complete the works")]


def test_an_effect_claimed_for_a_scheme_is_no_deed() -> None:
    assert _release("This scheme will make a real difference to boat owners.") == []
    assert _release("The new fund will go a long way.") == []


def test_what_will_happen_to_whoever_fits_is_a_condition() -> None:
    assert _release("Anyone found culpable will be sanctioned.") == []


def test_a_past_request_is_an_item_only_with_a_time_ahead() -> None:
    found = _release("Boat owners were asked to register their vessels by the end of April.")
    assert _pairs(found) == [("Boat owners", "register their vessels")]
    assert _release("Boat owners were asked to register their vessels.") == []


def test_what_a_scheme_will_see_done_is_the_issuer_s_deed() -> None:
    found = _release("The scheme will see 400 metres of new quay wall built along the river.")
    assert _pairs(found) == [("Harbour Board", "build 400 metres of new quay wall along the river")]


def test_an_aside_between_commas_stays_in_the_subject() -> None:
    found = _release("A second closure, between the two locks, is planned for 6 November.")
    assert [a.actor for a in found] == ["Harbour Board"]
    assert found[0].action.startswith("hold a second closure, between the two locks")


def test_a_service_the_issuer_runs_is_its_item() -> None:
    found = _release("Replacement ferries will run every 20 minutes between the two quays.")
    assert _pairs(found) == [
        ("Harbour Board", "run replacement ferries every 20 minutes between the two quays")
    ]


def test_an_accepted_invitation_is_a_commitment_and_an_unanswered_one_history() -> None:
    found = _release("The Mayor invited Minister Okafor to open the quay in May, and she accepted.")
    assert [(a.actor, a.action, a.kind) for a in found] == [
        ("Minister Okafor", "open the quay", "commitment")
    ]
    assert _release("The Mayor invited Minister Okafor to open the quay in May.") == []


def test_a_present_invitation_is_a_request() -> None:
    found = _release("The Board invites all operators to comment on the plan.")
    assert [(a.actor, a.kind) for a in found] == [("All operators", "expectation")]


def test_a_verb_joined_to_an_earlier_one_keeps_its_subject() -> None:
    found = _release("The draft bylaw was approved and is to be laid before the Council in May.")
    assert _pairs(found) == [("Harbour Board", "lay the draft bylaw before the Council")]


def test_leave_granted_in_a_decision_is_the_permitted_body_s_item() -> None:
    found = _release("Approval was granted for the Harbour Master to hire two pilots.")
    assert _pairs(found) == [("Harbour Master", "hire two pilots")]


def test_a_calendar_holds_closures_and_inspections() -> None:
    found = _release("The next inspection is scheduled for 4 May.")
    assert _pairs(found) == [("Harbour Board", "hold the next inspection")]


def test_more_than_a_number_stays_inside_the_subject() -> None:
    found = _release(
        "Work on a scheme to protect more than 900 homes and businesses will start next month, "
        "the Board has announced."
    )
    assert len(found) == 1 and found[0].actor == "Harbour Board"
    assert "announced" not in found[0].action


def test_a_news_report_s_own_voice_is_the_party_it_reports_on() -> None:
    found = _report(
        "A new digital network will be established in the UK over the next 18 months.",
        "The Film Board has awarded a contract worth £11m to a cinema firm.",
    )
    assert [a.actor for a in found][:1] == ["Film Board"]


def test_an_answer_owed_to_the_room_is_room_talk() -> None:
    assert _turn("We are assessing it and we will come back to you in due course.") == []


def test_a_deadline_given_is_an_obligation() -> None:
    found = _release("The operator has two months to respond to the report.")
    assert [(a.actor, a.action, a.kind) for a in found] == [
        ("Operator", "respond to the report", "obligation")
    ]
    found = _release("The council has until Friday to submit its plan.")
    assert _pairs(found) == [("Council", "submit its plan")]


def test_the_noun_of_an_absolute_with_is_what_is_done() -> None:
    found = _release("The panel will meet, with a report to be submitted to the Board in May.")
    assert ("Harbour Board", "submit a report to the Board") in _pairs(found)


def test_what_recipients_will_receive_by_a_date_the_issuer_gives() -> None:
    found = _release("Boat owners will receive new permits by 1 April.")
    assert _pairs(found) == [("Harbour Board", "provide boat owners new permits")]
