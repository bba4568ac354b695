"""Round 10 of issue 13: forms of address of other newsrooms, family names written first,
nicknames inside longer names, a speaker of a body (invented examples)."""

from __future__ import annotations

from briefcli.people import find_names
from tests.test_quotes import quote, quotes_of_text

# ---------------------------------------------------------------- forms of address


def test_a_form_of_address_is_no_part_of_the_name_and_names_the_person_again() -> None:
    quotes = quotes_of_text(
        "The village headman, Ratu Josefa Vunibola, said families had moved uphill.\n\n"
        '"The sea took the flat ground," Ratu Josefa told reporters.\n\n'
        "A tricycle driver, Mang Rodolfo Bañez, 67, brought his family before dawn.\n\n"
        '"We are used to this," Mang Rodolfo said.\n'
    )
    assert quote(quotes, "The sea took").speaker == "Josefa Vunibola"
    assert quote(quotes, "We are used to").speaker == "Rodolfo Bañez"


def test_honorifics_of_several_countries_before_a_full_name() -> None:
    for text, name in (
        ("pensioner Gogo Nomvula Dlamini-Shabalala, 74, said", "Nomvula Dlamini-Shabalala"),
        ("Magistrate Geraldine Beattie said the offence was grave", "Geraldine Beattie"),
        ("Aling Nena Bautista, a rice retailer, said", "Nena Bautista"),
        ("chairman, Alhaji Musa Danladi, urged the government", "Musa Danladi"),
    ):
        assert [n.name for n in find_names(text)] == [name], text


def test_a_family_name_written_first_is_named_again_by_it() -> None:
    quotes = quotes_of_text(
        "Manpower Minister Tan See Leng said the increases would be phased in.\n\n"
        "Ms Foo Mee Har (West Coast GRC) asked whether wages would be cut.\n\n"
        "Dr Tan said the Government would offset part of the increase. "
        '"We are sharing the cost," he said.\n'
    )
    assert quote(quotes, "We are sharing").speaker == "Tan See Leng"


# ---------------------------------------------------------------- nicknames, bodies


def test_a_nickname_after_two_given_names_keeps_both() -> None:
    names = [n.name for n in find_names('Sen. Maria Lourdes "Malou" Villareal, chair of it')]
    assert names == ["Maria Lourdes Villareal"]
    names = [n.name for n in find_names('President Joe "Scranton" Biden said')]
    assert names == ["Joe Biden"]


def test_a_person_of_a_body_before_the_verb_is_who_she_is() -> None:
    quotes = quotes_of_text(
        'NDP Leader Samir Haddad-Lowe said the premier was wrong. "This is no game," '
        "Haddad-Lowe said.\n\n"
        "Pollster Ellen Marchetti of Probe Research said the gap was the largest in a decade. "
        '"Eight points is not noise," she said.\n'
    )
    assert quote(quotes, "Eight points").speaker == "Ellen Marchetti"


def test_a_family_name_that_is_a_function_word_after_an_honorific() -> None:
    quotes = quotes_of_text(
        "Workers' Party MP He Ting Ru (Sengkang GRC) said the changes did not go far enough.\n\n"
        '"A cleaner aged 62 will still retire with very little," said Ms He.\n'
    )
    assert quote(quotes, "A cleaner aged").speaker == "He Ting Ru"


def test_a_name_that_opens_a_longer_name_named_before_is_that_person() -> None:
    quotes = quotes_of_text(
        "Nominated MP Abdul Samad Abdul Wahab, a unionist, welcomed the move.\n\n"
        '"Older workers want to work," said Mr Abdul Samad.\n\n'
        "Mr Mohamed Ismail Abdul Rahman, a key executive officer at ERA Realty, said: "
        '"Buyers are still coming."\n'
    )
    assert quote(quotes, "Older workers").speaker == "Abdul Samad Abdul Wahab"
    assert quote(quotes, "Buyers are still").speaker == "Mohamed Ismail Abdul Rahman"


def test_a_given_name_that_is_also_a_title_after_a_role_noun() -> None:
    for text, name in (
        ("Barrabool Shire mayor Col Henderson said the council", "Col Henderson"),
        ("Local fisherman Dean Kowalski said he had never seen one.", "Dean Kowalski"),
    ):
        assert [n.name for n in find_names(text)] == [name], text
    assert [n.name for n in find_names("Dean Kowalski said")] == ["Kowalski"]  # the dean


def test_a_sentence_before_the_company_names_no_company() -> None:
    quotes = quotes_of_text(
        '"Everybody knew what that meant," Carla Reyes said. She left the company in March.\n\n'
        'In a written statement, the company said it "categorically rejects" the claims.\n'
    )
    assert quote(quotes, "categorically rejects").speaker != "She left the company"


def test_a_union_named_in_more_than_four_words_keeps_its_first_words() -> None:
    quotes = quotes_of_text(
        "The United Food and Commercial Workers union, which represents workers at both "
        'chains, said it would seek guarantees. "We want commitments in writing," the union '
        "said in a statement.\n"
    )
    assert quote(quotes, "We want commitments").speaker == "United Food and Commercial Workers"


# ---------------------------------------------------------------- people the stage missed


def test_a_lower_case_role_before_a_name_makes_a_person_who_speaks() -> None:
    quotes = quotes_of_text(
        "Mayor Farida Shaikh said the drains were cleared. "
        '"We worked day and night," she said.\n\n'
        "Opposition corporator Ravi Raja-Naik alleged that contracts went to favoured firms. "
        '"Go and see the nullahs, they are full," he told reporters here.\n'
    )
    assert quote(quotes, "Go and see").speaker == "Ravi Raja-Naik"


def test_a_place_that_is_a_given_name_in_an_appositive() -> None:
    quotes = quotes_of_text(
        "The NDP's health critic, France Gervais-Lemay, said the announcement was overdue.\n\n"
        '"Better late than never," the Nickel Belt MPP said.\n'
    )
    assert quote(quotes, "Better late").speaker == "France Gervais-Lemay"
    assert [n.name for n in find_names("In Paris, France Télévisions said")] == []


def test_the_company_is_the_body_that_runs_what_the_text_talks_about() -> None:
    quotes = quotes_of_text(
        "Operations at the Los Andes Norte copper mine were halted on Monday.\n\n"
        "No injuries were reported. The mine, operated by Minera Cordillera, produces copper.\n\n"
        '"The pipeline was shut down within 20 minutes," the company said in a statement.\n'
    )
    assert quote(quotes, "The pipeline was shut").speaker == "Minera Cordillera"


def test_a_surname_that_opens_with_a_number_word() -> None:
    assert [n.name for n in find_names("Charlene Two Bears-Lucero said")] == [
        "Charlene Two Bears-Lucero"
    ]
    assert "Sarah The Hague" not in [n.name for n in find_names("Sarah The Hague said")]


def test_an_irish_particle_tells_the_gender_a_pronoun_needs() -> None:
    quotes = quotes_of_text(
        "Seán Mac Giolla Bhríde has kept the lighthouse for forty years.\n\n"
        "One of the residents, Bríd Ní Fhlaithearta, runs the shop.\n\n"
        '"Seán is the island\'s memory," she said.\n'
    )
    assert quote(quotes, "Seán is the island").speaker == "Bríd Ní Fhlaithearta"
