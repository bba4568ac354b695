"""Action items in the voices of publishers the lexicon does not know (issue #14, round 5):
the header's body as the issuer, sums in a currency's letters, passive requests, joined verbs,
schedules named by a noun, subjects with a "who" clause or a time word. Invented sentences."""

from __future__ import annotations

import pytest

import briefcli


def _items(text: str) -> list[tuple[str | None, str, str]]:
    return [(a.actor, a.action, a.kind) for a in briefcli.brief(text).actions]


def test_a_release_of_an_unknown_ministry_is_that_ministrys() -> None:
    text = (
        "Ministry of Fisheries\n\nPress Release\n\n4 May 2026\n\n"
        "A new licensing portal will be launched in September.\n"
    )
    found = _items(text)
    assert found == [("Ministry of Fisheries", "launch a new licensing portal", "commitment")]


def test_an_all_capitals_header_names_the_issuer() -> None:
    text = (
        "MINISTRY OF WORKS AND HOUSING\n\nPRESS RELEASE\n\nACCRA, 4 MAY 2026\n\n"
        "A complaints desk will be opened at every district office.\n"
    )
    [(actor, action, _)] = _items(text)
    assert actor == "Ministry of Works and Housing"
    assert action.startswith("open a complaints desk")


def test_a_from_line_names_the_issuer() -> None:
    text = (
        "Backgrounder: a new bursary\n\nFrom: Education Scotland\n\n4 May 2026\n\n"
        "Applications will be assessed by a panel of teachers. "
        "Guidance will be published in June.\n"
    )
    actors = {actor for actor, action, _ in _items(text) if action.startswith("publish")}
    assert actors == {"Education Scotland"}


def test_a_joint_statement_in_lower_case_names_its_parties() -> None:
    text = (
        "Joint statement by the Prime Ministers of Estonia and Portugal\n\n4 May 2026\n\n"
        "We will open a joint cyber training centre in Tallinn next year.\n"
    )
    [(actor, _, _)] = _items(text)
    assert actor is not None and "Estonia" in actor and "Portugal" in actor


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("R1.2 billion has been set aside for new school buildings in Limpopo.",
         "set R1.2 billion aside for new school buildings in Limpopo"),
        ("An amount of Rs 900 crore has been allocated for the new depots.",
         "allocate an amount of Rs 900 crore for the new depots"),
        ("KSh 4 billion has been earmarked for feeder roads.",
         "earmark KSh 4 billion for feeder roads"),
    ],
)  # fmt: skip
def test_a_sum_in_a_currencys_letters_is_a_funding_line(sentence: str, action: str) -> None:
    text = f"Ministry of Finance\n\nMedia statement\n\n4 May 2026\n\n{sentence}\n"
    assert [(a, k) for _, a, k in _items(text)] == [(action, "commitment")]


@pytest.mark.parametrize(
    ("sentence", "actor", "kind"),
    [
        ("Farmers are advised to move livestock to higher ground.", "Farmers", "expectation"),
        ("Regional offices have been instructed to extend opening hours.", "Regional offices",
         "obligation"),
        ("Residents are encouraged to register for alerts.", "Residents", "expectation"),
    ],
)  # fmt: skip
def test_a_passive_request_is_its_subjects_item(sentence: str, actor: str, kind: str) -> None:
    text = f"Office of Emergency Management\n\nMedia release\n\n4 May 2026\n\n{sentence}\n"
    [(found, _, found_kind)] = _items(text)
    assert (found, found_kind) == (actor, kind)


def test_a_past_request_is_no_item() -> None:
    text = "Media release\n\n4 May 2026\n\nResidents were advised to stay indoors in the storm.\n"
    assert _items(text) == []


def test_a_verb_joined_by_and_has_the_sentences_subject() -> None:
    text = (
        "Communiqué\n\n4 May 2026\n\n"
        "Ministers welcomed the progress report and agreed to double support for rural clinics.\n"
    )
    assert _items(text) == [("Ministers", "double support for rural clinics", "commitment")]


def test_a_deed_scheduled_by_its_noun_is_the_issuers() -> None:
    text = (
        "Ministry of Transport\n\nMedia release\n\n4 May 2026\n\n"
        "The northern bypass is scheduled for completion by March 2028.\n"
    )
    [(actor, action, kind)] = _items(text)
    assert (actor, kind) == ("Ministry of Transport", "scheduled")
    assert action.startswith("complete the northern bypass")


def test_people_with_a_who_clause_and_a_time_word_are_the_subject() -> None:
    text = (
        "Media release\n\n4 May 2026\n\n"
        "Travellers who feel unwell should call the health line.\n\n"
        "The Minister and the state ministers today agreed to review the fee.\n"
    )
    actors = [actor for actor, _, _ in _items(text)]
    assert actors == ["Travellers who feel unwell", "Minister and the state ministers"]


def test_telling_the_public_that_opens_what_is_told() -> None:
    text = (
        "Ministry of Roads\n\nPress release\n\n4 May 2026\n\n"
        "The Ministry wishes to inform the public that work on the coastal road will resume "
        "on 1 June 2026.\n"
    )
    [(actor, action, _)] = _items(text)
    assert action.startswith("resume work on the coastal road")


def test_a_dated_deed_said_in_the_room_is_no_room_talk() -> None:
    text = (
        "TRANSCRIPT\n\nFriday, 10 July 2026\n\n"
        "PREMIER: We're going to start construction of the new stadium in September. "
        "I'll start with the budget.\n\nJOURNALIST: Thanks.\n"
    )
    assert [action for _, action, _ in _items(text)] == ["start construction of the new stadium"]


def test_a_sentence_opening_with_should_is_a_condition() -> None:
    text = (
        "Joint statement by the Prime Ministers of Estonia and Portugal\n\n4 May 2026\n\n"
        "Should the situation on the border worsen, we stand ready to meet at once.\n"
    )
    assert _items(text) == []


def test_an_appositive_before_to_keeps_the_request() -> None:
    text = (
        "TRANSCRIPT\n\nFriday, 10 July 2026\n\n"
        "PREMIER: I've asked the Treasurer, Treasurer Dunn, to report to Cabinet every week.\n"
    )
    found = briefcli.brief(text).actions
    assert [a.action for a in found] == ["report to Cabinet every week"]
    assert "Dunn" in (found[0].actor or "")


def test_a_possessive_left_of_a_joined_verb_is_no_subject() -> None:
    text = (
        "Communiqué\n\n4 May 2026\n\n"
        "Ministers reaffirmed their commitment to the partnership and agreed to fund two new "
        "research chairs.\n"
    )
    assert ("Ministers", "fund two new research chairs", "commitment") in _items(text)


def test_a_plan_in_an_absolute_phrase_has_its_own_subject() -> None:
    text = (
        "Ministry of Transport\n\nMedia release\n\n4 May 2026\n\n"
        "The cabinet is to adopt the road safety bill in June, with the parliament expected to "
        "vote on it before the recess.\n\n"
        "Construction will begin in May, with the new bridge due to open in 2028.\n"
    )
    found = [(actor, action) for actor, action, _ in _items(text)]
    assert ("parliament", "vote on it before the recess") in [
        ((a or "").lower(), b) for a, b in found
    ]
    assert ("Ministry of Transport", "open the new bridge") in found


def test_it_after_a_body_in_the_same_sentence_is_that_body() -> None:
    text = (
        "Media release\n\n4 May 2026\n\n"
        "The Fire Safety Council will publish new rules by April, and it is due to hold "
        "hearings in March.\n"
    )
    assert [actor for actor, _, _ in _items(text)] == ["Fire Safety Council"] * 2


def test_a_month_and_it_is_no_subject() -> None:
    text = (
        "Ministry of Sport\n\nMedia release\n\n4 May 2026\n\n"
        "The fund will open in June and it will support clubs.\n"
    )
    assert all(actor != "June and it" for actor, _, _ in _items(text))
