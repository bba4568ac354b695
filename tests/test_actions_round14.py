"""Action items of councils, regulators, agencies and notices (issue 14, round 14; invented
sentences, no corpus text): decisions in the subjunctive ("That the application be deferred"),
people a notice addresses or employs by role ("Parents should", "The licensee must", "School
nurses will"), passives of a freeze or a deferral, and authority given to act."""

from __future__ import annotations

from tests.test_actions_round7 import _pairs, _turn
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


def test_a_should_that_opens_a_sentence_is_a_condition() -> None:
    assert _release("Should any member suffer an attack, we would meet without delay.") == []
    assert _release("10. Should the talks fail, the Board would meet again.") == []


def test_a_trigger_inside_a_prefixed_word_is_none() -> None:
    assert _turn("I'm not going to pre-commit to any decision.") == []


def test_a_former_body_s_promises_are_history() -> None:
    assert _turn("The last Government promised a great deal and delivered very little.") == []
    assert _release("The previous administration pledged to build 40 hospitals.") == []


def test_contact_details_are_no_deed() -> None:
    assert _release("Queries should be sent to harbour@example.org.") == []
    assert _release("Enquiries should be directed to the press office.") == []


def test_a_speaker_glad_to_act_pledges_it() -> None:
    found = _turn("I would be happy to meet the hon. Lady and her constituents.")
    assert [a.action for a in found] == ["meet the hon. Lady and her constituents"]
    assert _turn("If you send me the details, I would be happy to look at it.") == []


def test_people_named_with_a_longer_who_clause_act() -> None:
    found = _release("Passengers who are still waiting for a refund should contact the airline.")
    assert _pairs(found) == [
        ("Passengers who are still waiting for a refund", "contact the airline")
    ]


def test_care_one_gets_is_a_deed() -> None:
    found = _release("Older people should get a booster this autumn.")
    assert [a.action for a in found] == ["get a booster"]
    assert _turn("We will get a sense of the numbers.") == []


def test_those_invited_to_an_event_in_the_passive_are_invited_by_the_issuer() -> None:
    found = _release("Shortlisted applicants will be invited to a panel interview in June.")
    assert _pairs(found) == [
        ("Harbour Board", "invite shortlisted applicants to a panel interview")
    ]
    found = _release("Applicants will be invited to submit a full proposal.")
    assert [(a.actor, a.kind) for a in found] == [("Applicants", "expectation")]


def test_more_of_them_recruited_is_announced_and_they_start() -> None:
    found = _release("We are also recruiting 60 additional inspectors, who will start in April.")
    assert [(a.actor, a.action) for a in found] == [
        ("Harbour Board", "recruit 60 additional inspectors"),
        ("60 additional inspectors", "start"),
    ]


def test_a_sum_made_available_in_the_progressive() -> None:
    found = _turn("We're making $15 million available for the clean-up.")
    assert [a.action for a in found] == ["make $15 million available for the clean-up"]


def test_an_invitation_accepted_in_the_next_sentence_is_a_visit_to_come() -> None:
    found = _release(
        "President Kone invited President Mensah to pay a State Visit to Abidjan in 2027.",
        "President Mensah accepted the invitation.",
    )
    assert _pairs(found) == [("President Mensah", "pay a State Visit to Abidjan")]
    found = _release("President Kone invited President Mensah to pay a State Visit in 2027.")
    assert found == []


def test_a_deed_approved_as_a_noun_is_the_approving_body_s() -> None:
    found = _release("The Board approved the establishment of a harbour users' forum.")
    assert _pairs(found) == [("Board", "establish a harbour users' forum")]


def test_a_minute_s_resolution_heads_its_lettered_paragraphs() -> None:
    found = _release(
        "RESOLVED that the Board:",
        "(a) approves the introduction of a night tariff from 1 April 2026;",
        "(b) notes the loss of income.",
    )
    assert [(a.actor, a.action) for a in found] == [("Board", "introduce a night tariff")]


def test_people_described_by_a_participle_act() -> None:
    found = _release("Operators seeking a licence must apply by 4 May.")
    assert _pairs(found) == [("Operators seeking a licence", "apply")]
    found = _release("Parties wishing to take part are required to register by 24 April.")
    assert [a.kind for a in found] == ["obligation"]


def test_an_if_after_and_is_the_next_clause_s_condition() -> None:
    found = _release("We will monitor prices closely, and if they rise, we will report it.")
    assert [a.action for a in found] == ["monitor prices closely"]
    assert _release("We will report it if prices rise.") == []


def test_a_verb_phrase_ends_where_a_coordinated_modal_begins() -> None:
    found = _release(
        "Passengers should first contact the airline, and can then complain to the regulator "
        "if they have not been paid by 30 June."
    )
    assert [a.action for a in found] == ["first contact the airline"]


def test_the_two_named_before_act_together() -> None:
    found = _release("The two agreed on the need to relocate the camp before the rains.")
    assert [a.action for a in found] == ["relocate the camp before the rains"]


def test_an_agent_whose_title_starts_like_a_month_is_named() -> None:
    found = _release("The bridge will be opened by Mayor Joey Collins in June.")
    assert _pairs(found) == [("Mayor Joey Collins", "open the bridge")]
    found = _release("The bridge will be opened by mayor Joey Collins in June.")
    assert [a.action for a in found] == ["open the bridge"]
    assert "Joey Collins" in (found[0].actor or "")


def test_a_resolution_run_into_its_first_paragraph_is_the_body_s() -> None:
    found = _release(
        "RESOLVED that the Board: (a) approves the introduction of a night tariff from 1 April "
        "2026; (b) instructs the Harbour Master to review the tariff; and (c) notes the cost."
    )
    assert _pairs(found)[0] == ("Board", "introduce a night tariff")


def test_clinics_and_centres_are_the_issuer_s_places_not_actors() -> None:
    found = _release("Drop-in MMR clinics will open in Kirkwall from 18 April 2026.")
    assert _pairs(found) == [("Harbour Board", "open drop-in MMR clinics in Kirkwall")]
    found = _release("The new clinics will offer walk-in appointments.")
    assert _pairs(found) == [("Harbour Board", "offer walk-in appointments")]


def test_a_time_put_first_with_no_comma_is_no_part_of_the_subject() -> None:
    found = _release("From next week the Board will trial a night tariff.")
    assert _pairs(found) == [("Board", "trial a night tariff")]
    found = _release("Until the end of the year the Board will trial a night tariff.")
    assert _pairs(found) == [("Board", "trial a night tariff")]
    found = _turn("We'll support the families until the insurers are ready to pay.")
    assert [a.action for a in found] == ["support the families"]  # (not the insurers' "pay")


def test_those_told_to_act_in_the_passive_must() -> None:
    found = _release("The operator has been told to repay £2m to customers by June.")
    assert [(a.actor, a.kind) for a in found] == [("Operator", "obligation")]


def test_a_describing_participle_follows_a_plural_only() -> None:
    found = _release("The working group will report on progress by June.")
    assert [a.actor for a in found] == ["Working group"]


def test_a_notice_s_event_dated_ahead_takes_place_as_the_issuer_holds_it() -> None:
    found = _release("The auction will take place in June 2026.")
    assert _pairs(found) == [("Harbour Board", "hold the auction")]
    assert _release("The exercise will take place as planned.") == []


def test_an_age_s_range_is_no_second_clause() -> None:
    found = _release("People who are 65 and older should get their flu shot now.")
    assert [a.actor for a in found] == ["People who are 65 and older"]


def test_a_speech_act_a_speaker_must_perform_is_no_task() -> None:
    assert _turn("I must pay tribute to the volunteers who worked through the night.") == []
    assert _turn("I have to thank the crews.") == []


def test_what_the_speakers_believe_others_should_do_is_a_view() -> None:
    assert _turn("Because we believe, Australians should keep more of what they earn.") == []
    assert _turn("I think the states should pay their share.") == []
    found = _release("Operators must publish their prices by June.")
    assert [a.kind for a in found] == ["obligation"]
