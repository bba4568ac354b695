"""Round 8 of issue 13: speakers in quote dumps, bodies named by their noun (invented
examples)."""

from __future__ import annotations

from briefcli.people.names import find_names
from tests.test_quotes import quote, quotes_of_text


def names(text: str) -> list[str]:
    return [n.name for n in find_names(text) if n.full]


# ---------------------------------------------------------------- quote dumps


def test_a_person_described_around_the_name_before_a_colon_speaks() -> None:
    quotes = quotes_of_text(
        "Some of what was said at the fair:\n\n"
        'Governor Ann Pike: "We built this fair together."\n\n'
        'Retired welder Omar Lindgren, 71, of Hazelton: "I come every year for the pie."\n\n'
        'Nurse Jo Baptiste, 33: "My feet hurt and I am happy."\n'
    )
    assert quote(quotes, "I come every year").speaker == "Omar Lindgren"
    assert quote(quotes, "My feet hurt").speaker == "Jo Baptiste"


def test_spoke_to_reporters_before_a_colon_attributes() -> None:
    quotes = quotes_of_text(
        "The mayor spoke first.\n\n"
        "Alderman Ruth Feeney, who opposes the levy, spoke to reporters outside: "
        '"Not one more cent until we see the books."\n'
    )
    assert quote(quotes, "Not one more cent").speaker == "Ruth Feeney"


# ---------------------------------------------------------------- bodies


def test_the_center_is_the_body_named_in_full_before() -> None:
    quotes = quotes_of_text(
        "The Pacific Tsunami Warning Center issued an alert at noon.\n\n"
        'Officials urged calm. "Waves of up to one metre are possible," the center said.\n'
    )
    assert quote(quotes, "Waves of up to").speaker == "Pacific Tsunami Warning Center"


def test_a_sheriff_s_office_is_the_office_named_in_full() -> None:
    quotes = quotes_of_text(
        "According to the Linn County Sheriff's Office, the road was shut for six hours.\n\n"
        '"Please avoid the area," the sheriff\'s office wrote on Facebook.\n'
    )
    assert quote(quotes, "Please avoid").speaker == "Linn County Sheriff's Office"


def test_the_district_is_the_school_system_named_before() -> None:
    quotes = quotes_of_text(
        "Buses ran late again on Tuesday, according to the Brandt County Public Schools.\n\n"
        '"We are hiring every driver we can find," the district said in a statement.\n'
    )
    assert quote(quotes, "We are hiring").speaker == "Brandt County Public Schools"


def test_a_noun_with_a_name_in_apposition_is_that_name() -> None:
    quotes = quotes_of_text(
        "According to Peru's mining regulator, the OEFA, inspectors reached the site.\n\n"
        '"We are measuring the spill," the regulator said.\n'
    )
    assert quote(quotes, "We are measuring").speaker == "OEFA"


# ---------------------------------------------------------------- given names


def test_a_given_name_alone_is_the_one_person_of_that_given_name() -> None:
    quotes = quotes_of_text(
        "Sarah Holm, 66, wants to sell the ferry. Her brother, Daniel Holm, 61, does not.\n\n"
        '"We will never sell," Daniel said.\n\n'
        "Sarah said she would think about it.\n\n"
        '"Everything has a price," she said.\n'
    )
    assert quote(quotes, "We will never sell").speaker == "Daniel Holm"
    assert quote(quotes, "Everything has a price").speaker == "Sarah Holm"


# ---------------------------------------------------------------- roles after first mention


def test_a_role_named_in_an_appositive_is_that_person_s() -> None:
    quotes = quotes_of_text(
        "Mayor Tom Reilly opened the clinic on Monday.\n\n"
        "Dr. Priya Venkataraman, a cardiologist at St. Jude's, said the wait was too long.\n\n"
        '"Half my patients drive three hours," the cardiologist said.\n'
    )
    assert quote(quotes, "Half my patients").speaker == "Priya Venkataraman"


def test_a_level_of_office_tells_two_ministers_apart() -> None:
    quotes = quotes_of_text(
        "Federal Transport Minister Paul Dorval announced the money in Regina.\n\n"
        "Saskatchewan Highways Minister Lisa Brandt said the province would pay for staff.\n\n"
        '"We have the crews ready," the provincial minister said.\n\n'
        '"This is permanent," the federal minister said.\n'
    )
    assert quote(quotes, "We have the crews").speaker == "Lisa Brandt"
    assert quote(quotes, "This is permanent").speaker == "Paul Dorval"


# ---------------------------------------------------------------- names


def test_a_particle_written_small_with_an_apostrophe_is_the_name_s() -> None:
    assert names("Yarmouth MP Chris d'Entremont said") == ["Chris d'Entremont"]


def test_a_month_after_a_given_name_is_a_surname() -> None:
    assert names("Green Leader Elizabeth May has been re-elected") == ["Elizabeth May"]
    assert names("Green Leader Joanne May has been re-elected") == ["Joanne May"]
    assert names("The vote is on Tuesday May 5") == []


def test_the_elder_of_a_surname_is_the_relative_introduced_by_given_name() -> None:
    quotes = quotes_of_text(
        "Councillor Joanne Marsh has run the board for a decade.\n\n"
        '"I like hard problems," Marsh says.\n\n'
        "Marsh's father, Harold, still farms outside town.\n\n"
        '"She argued with the cows," the elder Marsh says.\n'
    )
    assert quote(quotes, "She argued with").speaker == "Harold Marsh"


def test_a_place_and_a_post_nominal_after_the_are_no_person() -> None:
    assert names("the Nickel Belt MPP said") == []
    assert names("the MP Diane Ashby said") == ["Diane Ashby"]


# ---------------------------------------------------------------- a lede's unnamed subject


def test_an_unnamed_judge_in_a_lede_is_the_judge_named_next() -> None:
    quotes = quotes_of_text(
        "DOVER, Del. — A federal judge on Monday struck down the county's new map, calling it "
        '"a map drawn to keep incumbents safe."\n\n'
        "In a 30-page opinion, U.S. District Judge Harriet Olenski wrote that the county had "
        "ignored its own rules.\n"
    )
    assert quote(quotes, "a map drawn").speaker == "Harriet Olenski"


def test_a_pronoun_after_a_bare_surname_is_the_one_of_its_gender() -> None:
    quotes = quotes_of_text(
        "Volunteer captain Lorraine Duckett said crews had been stretched.\n\n"
        "Her son, Callum Duckett, told the inquiry he had driven for 22 hours.\n\n"
        '"I don\'t remember the last of it," he said.\n\n'
        "Ms Duckett, speaking after her son, said she was angry.\n\n"
        '"Nobody asked us," she said.\n'
    )
    assert quote(quotes, "Nobody asked us").speaker == "Lorraine Duckett"


def test_a_quoted_name_in_a_reported_clause_is_no_quote() -> None:
    quotes = quotes_of_text(
        "The league has confirmed to the Government that the “Play Fair” campaign is one of "
        "the programs it will fund."
    )
    assert quotes == []
