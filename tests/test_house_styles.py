"""Quotes and speakers in other newsrooms' house styles: invented passages, one habit each
(issue #13). All names and events are made up; no text comes from the corpus."""

from __future__ import annotations

import pytest

from briefcli import pipeline
from briefcli.inputs.clean import clean
from briefcli.model import Quote
from briefcli.people import People
from briefcli.people.quoted import double_marks
from briefcli.quotes import find_quotes
from briefcli.text.structure import structure


def quotes_of(text: str) -> list[Quote]:
    doc = structure(clean(text), source="-")
    sentences = pipeline.sentences_of(doc)
    people = People.from_document(doc, sentences)
    return find_quotes(doc, pipeline.named_speakers(doc, sentences, people), people)


def said(text: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker) for every quote of `text`."""
    return [(q.text, q.speaker) for q in quotes_of(text)]


# ---------------------------------------------------------------- quotation marks (cause 2)


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("''We stay,'' she said.", '"We stay," she said.'),
        ("”We stay,” she said.", "“We stay,” she said."),
        ("‘’We stay,’’ she said.", "“We stay,” she said."),
        ("« Nous restons », a-t-il dit.", "“ Nous restons ”, a-t-il dit."),
        ("»Wir bleiben«, sagte er.", "“Wir bleiben”, sagte er."),
        ("Die „Zukunft“ beginnt.", "Die “Zukunft” beginnt."),
        ("‘It’s over,’ he said.", "“It’s over,” he said."),
        # apostrophes are never marks: inside words, plural possessives, years
        ("the nurses’ union said ‘we won’t go’", "the nurses’ union said “we won’t go”"),
        ("back in the '90s, he's sure", "back in the '90s, he's sure"),
        ("called it 'a shambles' and said", "called it “a shambles” and said"),
    ],
)
def test_marks_of_any_newsroom_read_as_double_marks(text: str, marked: str) -> None:
    assert double_marks(text)[0] == marked


def test_offsets_of_doubled_marks_point_into_the_text() -> None:
    text = "A ''b'' c"
    marked, origin = double_marks(text)
    assert marked == 'A "b" c'
    assert [text[origin[i]] for i in range(len(marked))] == list("A 'b' c")


def test_two_apostrophes_as_quotation_marks() -> None:
    quotes = said(
        "Health Minister Dana Whitlock promised more beds on Monday. ''We will open 200 beds "
        "before the winter,'' Whitlock told reporters in Regina. ''Nobody will wait in a "
        "corridor.''"
    )
    assert quotes == [
        ("We will open 200 beds before the winter", "Dana Whitlock"),
        ("Nobody will wait in a corridor.", "Dana Whitlock"),
    ]


def test_guillemets_in_both_orders() -> None:
    quotes = said(
        "Farm leader Luc Perrin blocked the road. « We will stay until Friday », Perrin "
        "told the crowd. His colleague, Anke Vogt, agreed. »We have no other choice«, Vogt "
        "said."
    )
    assert quotes == [
        ("We will stay until Friday", "Luc Perrin"),
        ("We have no other choice", "Anke Vogt"),
    ]


def test_british_single_marks_with_apostrophes_inside() -> None:
    quotes = said(
        "The head of the review, Dame Olive Hartley, was blunt. ‘It’s not a budget problem, "
        "it’s a management one,’ she said. ‘The board didn’t listen.’"
    )
    assert [q for q, _ in quotes] == [
        "It’s not a budget problem, it’s a management one",
        "The board didn’t listen.",
    ]
    assert {who for _, who in quotes} == {"Olive Hartley"}


def test_single_marks_stay_scare_quotes_where_the_text_quotes_with_double_marks() -> None:
    quotes = said(
        "The plan is 'unworkable', a senior engineer has said. \"The numbers do not add "
        "up,\" said Colin Marsh, who chairs the engineers' institute."
    )
    assert [q for q, _ in quotes] == ["The numbers do not add up"]


# ---------------------------------------------------------------- fragments (cause 3)


def test_fragment_after_a_participle_is_the_subjects() -> None:
    quotes = said(
        "Alderman Grace Whitford opposed the bus cuts, saying the city should "
        '"keep every route running" until the spring review.'
    )
    assert quotes == [("keep every route running", "Grace Whitford")]


def test_chanted_fragment_belongs_to_the_crowd_and_a_so_called_term_to_nobody() -> None:
    quotes = said(
        'Dozens of farmers blocked the bridge, where they chanted "No farms, no food" '
        'while officials discussed the so-called "rural levy".'
    )
    assert [q for q, _ in quotes] == ["No farms, no food"]
    assert "farmers" in (quotes[0][1] or "")


def test_writing_colon_introduces_a_whole_quote_by_the_subject() -> None:
    quotes = said(
        "Chief executive Oren Castell struck a gloomy tone in his letter, writing: "
        '"We will sell the two oldest plants this year."'
    )
    assert quotes == [("We will sell the two oldest plants this year.", "Oren Castell")]


def test_titles_of_works_in_quotes_stay_out() -> None:
    quotes = said(
        'The exhibition "Light Over Water" opens on Friday. "We wanted people to see the '
        'river again," said its curator, Ines Barlow.'
    )
    assert quotes == [("We wanted people to see the river again", "Ines Barlow")]


# ---------------------------------------------------------------- vox pops and captions (cause 4)


def test_vox_pop_lines_with_a_horizontal_bar() -> None:
    quotes = said(
        "Voters in Elmsford on the new road\n\n"
        "“It will cut my commute in half.” ― Derek Amos, electrician\n\n"
        "“Nobody asked the people who live here.” ― Ruth Kaplan, retired nurse"
    )
    assert quotes == [
        ("It will cut my commute in half.", "Derek Amos"),
        ("Nobody asked the people who live here.", "Ruth Kaplan"),
    ]


def test_reader_lines_with_a_spaced_hyphen_or_two() -> None:
    quotes = said(
        "Readers on the budget\n\n"
        '"It does nothing for renters like me." - Carla Reyes, Winnipeg\n\n'
        '"Finally some help for small business." -- Tom Ng, Regina'
    )
    assert quotes == [
        ("It does nothing for renters like me.", "Carla Reyes"),
        ("Finally some help for small business.", "Tom Ng"),
    ]


def test_a_quote_alone_with_its_speaker_on_the_next_line() -> None:
    quotes = said(
        "“Every town deserves a hospital within an hour.”\n\n"
        "— Health Secretary Naomi Brandt, June 4, 2025\n\n"
        "The department said the plan would cost $2 billion."
    )
    assert quotes == [("Every town deserves a hospital within an hour.", "Naomi Brandt")]


def test_those_were_the_words_of_names_the_speaker_after_the_quote() -> None:
    quotes = said(
        '"The river has never been this low." Those were the words of Governor Ellen '
        "Marsh as she visited the dam on Monday."
    )
    assert quotes == [("The river has never been this low.", "Ellen Marsh")]


# ---------------------------------------------------------------- names (cause 5)


def test_bracketed_party_and_state_between_name_and_verb() -> None:
    quotes = said(
        '"This is a good day for veterans," Rep. Carl Benning (D-Minn.) said. '
        '"We kept our word," said Sen. Lara Voight (R-Kan.).'
    )
    assert quotes == [
        ("This is a good day for veterans", "Carl Benning"),
        ("We kept our word", "Lara Voight"),
    ]


def test_abbreviated_title_with_a_stop_before_the_name() -> None:
    quotes = said('"We will feed everyone who comes," said the Rev. Alan Okoro-Price.')
    assert quotes == [("We will feed everyone who comes", "Alan Okoro-Price")]


def test_surname_with_particles_said() -> None:
    quotes = said(
        "The Belgian envoy, Lotte van den Broek, said talks would go on. "
        '"We are close," van den Broek said.'
    )
    assert quotes == [("We are close", "Lotte van den Broek")]


# ---------------------------------------------------------------- who a pronoun is (cause 6)


def test_fronted_for_name_introduces_the_pronouns_speaker() -> None:
    quotes = said(
        "For Teresa Lund, a bus driver for 30 years, the new timetable is a relief. "
        '"I finally get to see my grandchildren," she said.'
    )
    assert quotes == [("I finally get to see my grandchildren", "Teresa Lund")]


def test_an_organisation_speaks_through_a_statement_from_it() -> None:
    quotes = said(
        '"No decision has been taken," according to a statement from the Harbour Authority.'
    )
    assert [(q, (who or "").removeprefix("the ")) for q, who in quotes] == [
        ("No decision has been taken", "Harbour Authority")
    ]


# ---------------------------------------------------------------- reporting verbs (cause 7)


def test_adding_after_a_long_appositive_keeps_the_first_quotes_speaker() -> None:
    quotes = said(
        '"Rents will keep rising," said Omar Haddad, a housing analyst at Clearview '
        'Partners, adding: "Supply is the only answer."'
    )
    assert quotes == [
        ("Rents will keep rising", "Omar Haddad"),
        ("Supply is the only answer.", "Omar Haddad"),
    ]


def test_second_speakers_colon_does_not_take_the_first_quote() -> None:
    quotes = said(
        '"We accept the ruling," union leader Dev Sharma said, while Kate Ober of the '
        'employers\' group said: "It changes nothing."'
    )
    assert quotes == [
        ("We accept the ruling", "Dev Sharma"),
        ("It changes nothing.", "Kate Ober"),
    ]


def test_quote_split_by_a_second_attribution_is_two_quotes() -> None:
    quotes = said(
        '"We will not close the plant," said Ilse Moreau, the plant manager. "The orders '
        'are there," she said, adding later, "and we are hiring forty more people."'
    )
    assert [q for q, _ in quotes] == [
        "We will not close the plant",
        "The orders are there",
        "and we are hiring forty more people.",
    ]
    assert {who for _, who in quotes} == {"Ilse Moreau"}


def test_quote_split_by_its_one_attribution_stays_one() -> None:
    quotes = said('"Nobody should go hungry," said Bishop Ada Nwosu, "least of all children."')
    assert quotes == [("Nobody should go hungry, least of all children.", "Ada Nwosu")]


# ---------------------------------------------------------------- more names (cause 5)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Exports will recover," said Park Min-jun, an economist. "Chips lead," Park said.',
            "Park Min-jun",
        ),
        ('"We will appeal," the Hon Margaret Oyelaran MP said.', "Margaret Oyelaran"),
        (
            'Treasurer the Hon Hamish Coote MP said: "The budget is back in the black."',
            "Hamish Coote",
        ),
        ('Even Dmitri Volkov weighed in. "This is a disgrace," he wrote.', "Dmitri Volkov"),
        ('"The data are clear," said R.J. Whitaker, a statistician.', "R.J. Whitaker"),
        (
            '"We stay," Siobhan O\'Rourke said. "We always have," O\'Rourke said.',
            "Siobhan O'Rourke",
        ),
    ],
)
def test_names_of_many_shapes(text: str, speaker: str) -> None:
    assert {who for _, who in said(text)} == {speaker}


def test_a_possessive_description_is_not_the_possessor() -> None:
    quotes = said('Lena Hart resigned on Monday. "She did nothing wrong," said Hart\'s lawyer.')
    assert quotes == [("She did nothing wrong", "Hart's lawyer")]


def test_gender_of_a_common_given_name_picks_the_pronouns_person() -> None:
    quotes = said(
        "Maria Ostrova, the finance minister, met the union's Daniel Kerr on Monday. "
        'Kerr said the offer was too low. "We will ballot our members," he said. '
        'Ostrova said: "The offer stands." "There is no more money," she said.'
    )
    assert quotes == [
        ("We will ballot our members", "Daniel Kerr"),
        ("The offer stands.", "Maria Ostrova"),
        ("There is no more money", "Maria Ostrova"),
    ]


def test_photo_credit_is_never_a_speaker() -> None:
    quotes = said(
        'Firefighters at the scene. (Sarah Klein/Reuters)\n\n"The fire spread fast," she said.'
    )
    assert quotes == [("The fire spread fast", None)]


def test_a_married_couples_husband_is_the_other_person_of_the_surname() -> None:
    quotes = said(
        'Peter and Anne Collins lost their home. "We got out with nothing at all," Anne '
        'Collins said. Her husband said the neighbours were kind. "They took us in without '
        'a question," he said.'
    )
    assert quotes == [
        ("We got out with nothing at all", "Anne Collins"),
        ("They took us in without a question", "Peter Collins"),
    ]


def test_an_organisation_that_looks_like_a_name_speaks_through_it() -> None:
    quotes = said(
        'Northgate Rail apologised for the delays. "We know this is not good enough," it '
        'said. The retailer Harlow & Finch blamed the weather. "Sales were hit by the warm '
        'autumn," the company said.'
    )
    assert quotes == [
        ("We know this is not good enough", "Northgate Rail"),
        ("Sales were hit by the warm autumn", "Harlow & Finch"),
    ]


# ---------------------------------------------------------------- promo lines (cause 1)


def test_an_article_with_watch_promo_lines_is_no_transcript() -> None:
    text = (
        "Province to hire 500 nurses\n\n"
        "WATCH: Health minister on the hiring plan\n\n"
        "The province will hire 500 nurses by spring, Health Minister Ruth Okonjo said on "
        "Tuesday.\n\n"
        '"We will not let a single ward close for want of staff," Okonjo said.\n\n'
        "LOOK: Photos from the new hospital wing"
    )
    doc = structure(clean(text), source="-")
    assert doc.kind == "article"
    assert said(text) == [("We will not let a single ward close for want of staff", "Ruth Okonjo")]


def test_a_quote_alone_then_thats_what_names_its_speaker() -> None:
    quotes = said(
        "Voters in Elk County were split.\n\n"
        "\"I don't trust either of them. I'll probably stay home.\"\n\n"
        "That's what Mark Delane, a 58-year-old machinist, said outside a diner on Tuesday."
    )
    assert quotes == [("I don't trust either of them. I'll probably stay home.", "Mark Delane")]


def test_apostrophe_inside_a_given_name() -> None:
    quotes = said('"We will be there for them," said Liberal MP Ya\'ara Sachs, a minister.')
    assert quotes == [("We will be there for them", "Ya'ara Sachs")]


def test_the_person_talked_about_after_said_is_not_the_speaker() -> None:
    quotes = said(
        'Tom Baker said Mike Ortiz was wrong about the budget. "Nobody has read the bill," he said.'
    )
    assert quotes == [("Nobody has read the bill", "Tom Baker")]


def test_a_pronoun_takes_the_person_of_its_gender_named_in_its_sentence() -> None:
    quotes = said(
        '"We have 16 days left," Governor Lena Marsh said on Sunday.\n\n'
        "Her rival, former Senator Donald Crane, held a rally in Latrobe, where he called "
        'Marsh "a career politician with no plan."'
    )
    assert quotes == [
        ("We have 16 days left", "Lena Marsh"),
        ("a career politician with no plan.", "Donald Crane"),
    ]


def test_abbreviated_title_in_a_sentence_that_quotes_a_fragment() -> None:
    quotes = said('Ohio Gov. Dale Winter, a Republican, said the race was "a coin toss."')
    assert quotes == [("a coin toss.", "Dale Winter")]


def test_the_former_president_is_not_the_president_in_office() -> None:
    quotes = said(
        "Former President Dale Morrow spoke in Erie. President Joan Avery was in Delaware. "
        '"We will win this state," the former president said. "So will we," the president '
        "said."
    )
    assert quotes == [("We will win this state", "Dale Morrow"), ("So will we", "Joan Avery")]


def test_an_abbreviated_title_answers_to_its_role_word() -> None:
    quotes = said(
        'Gov. Nora Lindqvist toured the flood zone. "We will rebuild every home," the '
        "governor said."
    )
    assert quotes == [("We will rebuild every home", "Nora Lindqvist")]


def test_a_bare_surname_is_the_latest_of_that_name_to_speak_or_act() -> None:
    quotes = said(
        'Rick Dorn of Florida and Tim Dorn of Ohio both spoke. "We agree on this," said '
        'Tim Dorn. Rick Dorn disagreed. "We do not," Dorn said.'
    )
    assert quotes == [("We agree on this", "Tim Dorn"), ("We do not", "Rick Dorn")]


def test_a_namesake_named_in_passing_does_not_take_the_surname() -> None:
    quotes = said(
        "Walter Hale spoke in Ohio, joined by Walter Hale Jr. and Eric Hale. "
        '"We will win this state," Hale said.'
    )
    assert quotes == [("We will win this state", "Walter Hale")]


def test_a_quote_alone_takes_the_person_the_next_paragraph_opens_with() -> None:
    quotes = said(
        '"We are out of options."\n\n'
        "Maria Gomez, a nurse in Hamilton, has worked double shifts for a month. She says "
        "the hospital has not hired anyone since spring."
    )
    assert quotes == [("We are out of options.", "Maria Gomez")]


def test_a_long_title_with_of_before_the_name() -> None:
    quotes = said('Chief Medical Officer of Health Dr. Kiran Moss said: "Masks are recommended."')
    assert quotes == [("Masks are recommended.", "Kiran Moss")]


def test_she_is_the_unnamed_woman_just_described_not_one_named_long_ago() -> None:
    quotes = said(
        "Health Minister Sara Lind opened the clinic in March.\n\n"
        "Aid has not reached the city since then. A mother who recently escaped told of "
        'weeks without food. "I just sobbed into a pillow every night," she said.'
    )
    assert quotes == [("I just sobbed into a pillow every night", "mother")]


def test_a_statement_speaks_for_whoever_issued_it() -> None:
    quotes = said(
        'Acme Freight issued a statement on Tuesday. "The company will cooperate fully," '
        'the statement read. Sen. Maria Vance released a statement after the vote. "I will '
        'keep fighting," the statement said.'
    )
    assert quotes == [
        ("The company will cooperate fully", "Acme Freight"),
        ("I will keep fighting", "Maria Vance"),
    ]
