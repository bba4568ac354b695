"""Action items of councils, regulators, agencies and notices (issue 14, round 14; invented
sentences, no corpus text): decisions in the subjunctive ("That the application be deferred"),
people a notice addresses or employs by role ("Parents should", "The licensee must", "School
nurses will"), passives of a freeze or a deferral, and authority given to act."""

from __future__ import annotations

from tests.test_actions_round7 import _pairs
from tests.test_actions_round9 import _release


def test_a_decision_in_the_subjunctive_is_the_deciding_body_s() -> None:
    found = _release("RESOLVED: That the application be deferred until the April meeting.")
    assert _pairs(found) == [("Harbour Board", "defer the application until the April meeting")]
    found = _release("(b) That planning permission be granted subject to conditions.")
    assert _pairs(found) == [("Harbour Board", "grant planning permission subject to conditions")]
    found = _release("It was agreed that a working group be established to review the fees.")
    assert [a.action for a in found] == ["establish a working group to review the fees"]


def test_a_subjunctive_after_other_words_is_no_decision() -> None:
    assert _release("He insisted that the report be published.") == []
    assert _release("Members asked whether that application be refused.") == []


def test_one_authorised_to_act_commits_to_it() -> None:
    found = _release("(a) That the Harbour Master be authorised to sign the lease.")
    assert _pairs(found) == [("Harbour Master", "sign the lease")]


def test_people_a_notice_addresses_by_role_act() -> None:
    found = _release("Parents should check their child's vaccination record.")
    assert _pairs(found) == [("Parents", "check their child's vaccination record")]
    found = _release("The licensee must report its coverage every six months.")
    assert [a.kind for a in found] == ["obligation"]
    found = _release("School nurses will offer the vaccine in every secondary school.")
    assert [a.actor for a in found] == ["School nurses"]
    found = _release("Our crews will repair the damaged main tonight.")
    assert [a.action for a in found] == ["repair the damaged main"]


def test_a_freeze_and_a_deferral_in_the_passive_are_the_issuer_s() -> None:
    found = _release("Mooring fees will be frozen for a third year.")
    assert _pairs(found) == [("Harbour Board", "freeze mooring fees for a third year")]
    found = _release("The dredging contract will be deferred to 2028.")
    assert [a.action for a in found] == ["defer the dredging contract to 2028"]
