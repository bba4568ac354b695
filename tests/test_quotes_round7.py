"""Round 7 of issue 13: names and speakers in the styles of Indian, Irish, Scottish,
Australian and wire copy (invented examples)."""

from __future__ import annotations

from briefcli.people.names import find_names
from tests.test_quotes import quote, quotes_of_text


def names(text: str) -> list[str]:
    return [n.name for n in find_names(text) if n.full]


# ---------------------------------------------------------------- names


def test_initials_before_a_given_name_after_a_title_are_the_name_s() -> None:
    assert names("Corporation Commissioner J. Arul Prakasam said") == ["J. Arul Prakasam"]
    found = find_names("Justice R. Meenakshi Sundaram asked")
    assert [(n.name, n.title) for n in found] == [("R. Meenakshi Sundaram", "Justice")]


def test_an_honorific_may_stand_before_two_given_names() -> None:
    assert names("Chairman Dr. Ram Prasath Manohar-Gowda told reporters") == [
        "Ram Prasath Manohar-Gowda"
    ]
    assert names("Dr Fernando Apaza said") == ["Fernando Apaza"]


def test_a_common_noun_opening_the_sentence_is_no_given_name() -> None:
    assert names("Seismologist Hernando Tapia of the institute said") == ["Hernando Tapia"]
    assert names("Housewife Sunita Bhardwaj, shopping at a market, said") == ["Sunita Bhardwaj"]


def test_a_bench_before_a_titled_judge_is_a_body() -> None:
    text = "A Division Bench of Chief Justice S.V. Raghunathan and Justice R. Kannan said"
    assert names(text)[0] == "S.V. Raghunathan"


# ---------------------------------------------------------------- speakers


def test_an_owner_named_before_the_speaker_does_not_speak() -> None:
    quotes = quotes_of_text(
        "The Tánaiste spoke first.\n\nSinn Féin's housing spokesperson, Eoin Ó Broin-Kelly, "
        'said in a statement that the Taoiseach was "living in a parallel universe".\n'
    )
    assert quote(quotes, "living in a parallel").speaker == "Eoin Ó Broin-Kelly"


def test_the_utility_is_the_body_that_just_issued_a_statement() -> None:
    quotes = quotes_of_text(
        "Residents queued at tankers on Thursday.\n\nRand Water said in a statement that the "
        'work was complex. "The pipeline is more than 50 years old," the utility said.\n'
    )
    assert quote(quotes, "The pipeline is more").speaker == "Rand Water"


def test_the_company_is_the_body_named_after_its_noun_and_commas() -> None:
    quotes = quotes_of_text(
        "The supplier, Kai Collective Ltd, said a refrigeration unit had failed.\n\n"
        '"Food safety has to come first," the company said.\n'
    )
    assert quote(quotes, "Food safety has").speaker == "Kai Collective Ltd"


def test_a_spokesperson_for_the_group_speaks_for_the_group_named() -> None:
    quotes = quotes_of_text(
        "The Rail Delivery Group, which represents train companies, said the money would go "
        'towards services. "Every penny goes back into the railway," a spokesperson for the '
        "group said.\n"
    )
    assert quote(quotes, "Every penny goes").speaker == "Rail Delivery Group"


def test_a_member_s_post_nominal_is_a_title_and_names_the_speaker() -> None:
    found = find_names("Local MSP Alasdair Campbell-Reid said rural posts were unfilled.")
    assert [(n.name, n.title) for n in found] == [("Alasdair Campbell-Reid", "Local MSP")]
    quotes = quotes_of_text(
        "Local MSP Alasdair Campbell-Reid said rural posts were going unfilled. "
        '"This is not just Coll," the MSP said.\n'
    )
    assert quote(quotes, "This is not just").speaker == "Alasdair Campbell-Reid"


def test_the_description_is_the_person_the_text_introduced_with_those_words() -> None:
    quotes = quotes_of_text(
        "Port manager Chidi Okafor met harbourmaster Anne Sveen on Tuesday.\n\n"
        '"The dredging is overdue," the harbourmaster said.\n'
    )
    assert quote(quotes, "The dredging").speaker == "Anne Sveen"
    quotes = quotes_of_text(
        "Festival director Oonagh Burke and headline act Danny Lowe arrived together.\n\n"
        '"We sold out in an hour," the festival director said.\n'
    )
    assert quote(quotes, "We sold out").speaker == "Oonagh Burke"


def test_three_initials_and_a_given_name_written_short_open_a_name() -> None:
    assert names("Dr. A.P.J. Kalam said") == ["A.P.J. Kalam"]
    assert names("Trader Mohd. Irfan Qureshi said prices fell.") == ["Mohd. Irfan Qureshi"]
    assert names("Sri Mulyani Indrawati said") == ["Sri Mulyani Indrawati"]


def test_smt_is_a_title_not_a_surname() -> None:
    found = find_names("Union Minister Smt. Nirmala Deshpande-Rao told reporters")
    assert [n.name for n in found] == ["Nirmala Deshpande-Rao"]


def test_a_body_s_long_name_is_read_whole() -> None:
    quotes = quotes_of_text(
        "The Bangalore Water Supply and Sewerage Board said supply would improve.\n\n"
        '"We are supplying 1,450 million litres a day," the board said in a statement.\n'
    )
    assert quote(quotes, "We are supplying").speaker == "Bangalore Water Supply and Sewerage Board"


def test_an_honorific_and_a_family_name_written_first() -> None:
    quotes = quotes_of_text(
        "Stallholder Tan Ah Kow, 67, who sells chicken rice, welcomed the move. "
        '"At least now the rent will not go up," said Mr Tan.\n'
    )
    assert quote(quotes, "At least now").speaker == "Tan Ah Kow"
    quotes = quotes_of_text(
        "President Xi Jinping met the delegation on Monday.\n\n"
        '"We welcome friends from afar," Mr Xi said.\n'
    )
    assert quote(quotes, "We welcome friends").speaker == "Xi Jinping"


def test_a_title_for_two_things_ends_before_the_name() -> None:
    text = "Minister for Sustainability and the Environment Grace Fu-Lim said."
    assert names(text) == ["Grace Fu-Lim"]
    assert names("He met the Minister for Trade and the Economy Gan Kim Yong.") == ["Gan Kim Yong"]


def test_the_society_is_the_body_just_named() -> None:
    quotes = quotes_of_text(
        "The Kenya Red Cross said it had provided food and blankets to 150 families. "
        '"Our teams are on the ground," the society said in a statement.\n'
    )
    assert quote(quotes, "Our teams").speaker == "Kenya Red Cross"
