"""Round 12 of issue 13: people introduced as a paragraph's subject, kin beyond close family,
roles used once as variation, documents as sources, a lede's role named later (invented
examples)."""

from __future__ import annotations

from briefcli.people import find_names
from tests.test_quotes import quote, quotes_of_text

# ---------------------------------------------------------------- who is introduced


def test_an_age_before_a_name_introduces_the_next_quote_s_speaker() -> None:
    quotes = quotes_of_text(
        'Mill owner Hector Vance runs the place. "It is a family firm," Vance said.\n\n'
        "One of the new hires, 19-year-old Imogen Quayle, left college to take the job.\n\n"
        '"I wanted to make something real. This is real."\n'
    )
    assert quote(quotes, "I wanted to make something real").speaker == "Imogen Quayle"


def test_an_age_before_an_appositive_keeps_the_name_the_subject() -> None:
    quotes = quotes_of_text(
        'Hector Vance has run the mill since 1990. "We never close," Vance said.\n\n'
        "The third apprentice, Osric Penhale, 27, a former welder, said the work was "
        'slower than he expected. "You measure ten times and cut once."\n'
    )
    assert quote(quotes, "You measure ten times").speaker == "Osric Penhale"


def test_a_description_opening_the_sentence_before_a_name() -> None:
    quotes = quotes_of_text(
        'Nurse Delia Farr works nights. "I am tired," Farr said.\n\n'
        "Retired welder Tobias Renwick and his wife moved north in May.\n\n"
        '"We traded a flat for a garden. Ask me next year."\n'
    )
    assert quote(quotes, "We traded a flat").speaker == "Tobias Renwick"


def test_a_modal_or_an_auxiliary_after_a_name_makes_it_the_subject() -> None:
    quotes = quotes_of_text(
        'Coach Bram Ostler praised his rival. "Good team," Ostler said.\n\n'
        "Asked whether he would shake Ostler's hand, Lionel Quist didn't hesitate.\n\n"
        '"Of course I will," he said.\n'
    )
    assert quote(quotes, "Of course I will").speaker == "Lionel Quist"


def test_a_name_closing_an_appositive_then_said() -> None:
    quotes = quotes_of_text(
        "Dr. Ivo Marchetti led the study. \"It's simple,\" Marchetti said.\n\n"
        "The trial was paid for by a charity. Its medical director, Dr. Pella Strand, said "
        'the charity would fund more. "We need to know if it lasts."\n'
    )
    assert quote(quotes, "We need to know if it lasts").speaker == "Pella Strand"


def test_accents_do_not_hide_a_known_given_name() -> None:
    assert [n.name for n in find_names("Landlord Gerald Finch, who owns four flats, said")] == [
        "Gerald Finch"
    ]
    assert [n.name for n in find_names("María Elena Gutiérrez said")] == ["María Elena Gutiérrez"]


# ---------------------------------------------------------------- unnamed, kin, roles


def test_only_by_her_first_name() -> None:
    quotes = quotes_of_text(
        "One mother, who asked to be identified only by her first name, Orla, said her son "
        "caught it at school.\n\n"
        '"I thought it was a cold," she said.\n'
    )
    assert quote(quotes, "I thought it was a cold").speaker == "Orla"


def test_a_spokesman_named_in_apposition_is_no_unnamed_speaker() -> None:
    quotes = quotes_of_text(
        "A spokesman for the Transport Ministry, Teodor Valk, said by phone that buses had "
        'been sent. "We are doing what we can," he said.\n'
    )
    assert quote(quotes, "We are doing what we can").speaker == "Teodor Valk"


def test_a_nephew_named_before_speaks_as_his_nephew() -> None:
    quotes = quotes_of_text(
        "Benedict Auclair, the organist, died on Friday. His death was confirmed by his "
        "nephew, Rémy Auclair, who said the cause was a stroke.\n\n"
        '"He played on Sunday and died on Friday," his nephew said.\n'
    )
    assert quote(quotes, "He played on Sunday").speaker == "Rémy Auclair"


def test_a_role_the_text_never_used_is_variation_for_the_one_in_focus() -> None:
    quotes = quotes_of_text(
        "Town lost 2-1. Kwame Ashdown, who scored the opener, was in no mood to "
        "celebrate.\n\n"
        '"It means nothing," the striker said.\n'
    )
    assert quote(quotes, "It means nothing").speaker == "Kwame Ashdown"


def test_a_lede_s_unnamed_role_is_the_one_titled_so_later() -> None:
    quotes = quotes_of_text(
        "A prosecutor said Thursday that Dale Voss killed his partner, while his defense "
        'attorney said the case rested on "guesses and grudges."\n\n'
        "Voss, 44, is charged with murder.\n\n"
        "Defense attorney Marisa Quell said the phone records proved nothing.\n"
    )
    assert quote(quotes, "guesses and grudges").speaker == "Marisa Quell"


# ---------------------------------------------------------------- documents and groups


def test_an_owner_s_group_is_read_whole() -> None:
    quotes = quotes_of_text(
        "Vance's lawyers have asked for five years. In their own filing, they described him "
        'as a "frightened young man out of his depth."\n'
    )
    assert quote(quotes, "frightened young man").speaker == "Vance's lawyers"


def test_one_from_someone_named_in_full() -> None:
    quotes = quotes_of_text(
        "The defence filed 40 letters. One, from Vance's mother, Edith Vance, described a "
        'boy who "gave his lunch to kids who had none."\n'
    )
    assert quote(quotes, "gave his lunch").speaker == "Edith Vance"


def test_their_letter_is_the_group_s_and_a_group_of_is_no_part_of_it() -> None:
    quotes = quotes_of_text(
        'Vance\'s mother wrote too. "He is my son," the letter said.\n\n'
        "A group of former tenants also wrote to the judge. \"We lost our homes. We ask the "
        'court to remember us," their letter said.\n'
    )
    assert quote(quotes, "We lost our homes").speaker == "former tenants"
