"""Round 9 of issue 13: bulleted reaction lists, an attribution in the quote's own sentence,
a speaker model for descriptions (invented examples)."""

from __future__ import annotations

from tests.test_quotes import quote, quotes_of_text

# ---------------------------------------------------------------- reaction lists


def test_a_bulleted_reaction_list_names_each_speaker_before_the_colon() -> None:
    quotes = quotes_of_text(
        "A jury convicted the former deputy on Friday. Reaction came quickly:\n\n"
        "— The victim's sister, Ana Ruiz, outside the courthouse: "
        '"Today my brother was heard."\n\n'
        "— Defense attorney Carl Bright, who said he would appeal: "
        '"We respectfully disagree with the verdict."\n\n'
        "— The Deputies' Association of Ohio, in a statement: "
        '"Every officer deserves a fair trial."\n'
    )
    assert quote(quotes, "Today my brother").speaker == "Ana Ruiz"
    assert quote(quotes, "We respectfully").speaker == "Carl Bright"
    assert quote(quotes, "Every officer deserves").speaker == "The Deputies' Association of Ohio"


def test_a_plural_owner_is_not_the_speaker() -> None:
    quotes = quotes_of_text(
        "— Andre Sims' mother, Gloria Sims, on the courthouse steps: "
        '"My son can rest now."\n'
    )
    assert quote(quotes, "My son can rest").speaker == "Gloria Sims"


# ---------------------------------------------------------------- the quote's own sentence


def test_the_attribution_before_a_colon_is_in_the_quotes_own_sentence() -> None:
    quotes = quotes_of_text(
        "Universities UK, which represents employers, said the strike was unnecessary. "
        'Its chief executive, Mr Philip Ainsworth, said: "Strike action only harms '
        'students."\n'
    )
    assert quote(quotes, "Strike action only").speaker == "Philip Ainsworth"


def test_an_initial_ends_no_sentence_before_the_attribution() -> None:
    quotes = quotes_of_text(
        "Chief Justice S.V. Raghunathan heard the case on Monday. "
        'Justice R. Meenakshi Sundaram said: "The corporation cannot keep blaming the '
        'monsoon."\n'
    )
    assert quote(quotes, "The corporation cannot").speaker == "R. Meenakshi Sundaram"


# ---------------------------------------------------------------- the speaker model


def test_a_description_with_an_age_and_a_role_is_the_person_the_text_titled_so() -> None:
    quotes = quotes_of_text(
        "LANSING — State Sen. Margaret Oyelowo said Friday she will not run again.\n\n"
        "The 64-year-old senator made the announcement in Flint.\n\n"
        '"Twenty-four years is a long time," the 64-year-old senator said.\n'
    )
    assert quote(quotes, "Twenty-four years").speaker == "Margaret Oyelowo"


def test_a_characterising_description_is_the_person_just_introduced() -> None:
    quotes = quotes_of_text(
        "Mayor Hamish Clarke took questions for two hours.\n\n"
        "Retired engineer Graham Tuck told the meeting the council had known for decades. "
        '"I wrote a report on those mains in 1994," the former council employee said.\n\n'
        "Deputy mayor Aroha Wilson said a hardship scheme would follow. "
        '"Nobody should go cold," she said.\n\n'
        "Pensioner Shirley Dunn, who lives alone, said the scheme should be automatic. "
        '"Don\'t make us fill in forms," the 82-year-old said.\n'
    )
    assert quote(quotes, "I wrote a report").speaker == "Graham Tuck"
    assert quote(quotes, "Don't make us").speaker == "Shirley Dunn"


def test_a_pronoun_after_a_described_subject_is_the_salient_person_described() -> None:
    quotes = quotes_of_text(
        "State Sen. Margaret Oyelowo announced her retirement on Friday.\n\n"
        '"It is time," Oyelowo said.\n\n'
        "Oyelowo chaired the health committee for a decade.\n\n"
        'Senate Majority Leader Joan Whitfield-Ross called her "the conscience of this '
        'chamber". Two Democrats are expected to run for the seat: Councilman Eric Boateng '
        "and state Rep. Lisa Marchand.\n\n"
        "Asked what she would do next, the veteran lawmaker laughed. "
        '"Sleep first, then my garden, then whatever comes," she said.\n'
    )
    assert quote(quotes, "Sleep").speaker == "Margaret Oyelowo"


def test_an_unnamed_role_nobody_was_given_stays_unnamed() -> None:
    quotes = quotes_of_text(
        "Kevin Oyelaran, a neighbour, called 911 at 2:14 a.m.\n\n"
        '"There are people inside," Oyelaran says. "What is the address?" the dispatcher '
        "asks.\n"
    )
    assert quote(quotes, "What is the address").speaker == "dispatcher"
    judges = quotes_of_text(
        "A panel of judges including Sir Trevor McDonald will pick the winner.\n\n"
        '"A triumph of scholarship," wrote the judges.\n'
    )
    assert quote(judges, "A triumph").speaker != "Trevor McDonald"


# ---------------------------------------------------------------- organisations, verbs


def test_it_is_the_body_a_lower_case_word_and_its_noun_named() -> None:
    quotes = quotes_of_text(
        '"Two cuts look optimistic," said Adam Nowicki of Baltic Securities.\n\n'
        "The finance ministry said it respected the bank's independence. "
        '"Fiscal and monetary policy are working together," it said in a statement.\n'
    )
    assert quote(quotes, "Fiscal and monetary").speaker == "finance ministry"


def test_counsel_who_submitted_speaks() -> None:
    quotes = quotes_of_text(
        "Justice V. Lakshmi Narayanan asked about the other posts.\n\n"
        "Counsel for the petitioner, senior advocate Meera Sundaram, said several schools "
        'had one teacher. "One teacher is managing five classes in one room," she '
        "submitted.\n"
    )
    assert quote(quotes, "One teacher is managing").speaker == "Meera Sundaram"


# ---------------------------------------------------------------- gender from a title


def test_a_ladys_title_gives_her_gender_and_he_is_the_man_she_asked() -> None:
    quotes = quotes_of_text(
        "Earlier, the department's former permanent secretary, Sir Clive Barrington, said "
        "the memo had been lost.\n\n"
        '"I regret that profoundly," Sir Clive said.\n\n'
        "The inquiry's chair, Lady Justice Moira Kent, asked him whether a process now "
        'existed. "It does, my lady, since 2022," he replied.\n'
    )
    assert quote(quotes, "It does, my lady").speaker == "Clive Barrington"


def test_the_model_scores_a_variation_and_leaves_a_group_alone() -> None:
    from briefcli.people import People
    from briefcli.pipeline import parse, sentences_of
    from briefcli.quotes.candidates import best_candidate, cue_of

    text = (
        "Federal Health Minister Mark Halvorsen announced the money on Monday.\n\n"
        "Dr. Amara Nwachukwu, an oncologist at Sudbury General, welcomed it.\n\n"
        "The city's police said they were not consulted.\n"
    )
    doc = parse(text, source="x.txt")
    sentences = sentences_of(doc)
    people = People.from_document(doc, sentences)
    point = (len(sentences) - 1, 0)
    oncologist = best_candidate(cue_of("the oncologist"), people, sentences, point)
    assert oncologist is not None and oncologist.name == "Amara Nwachukwu"
    minister = best_candidate(cue_of("the veteran minister"), people, sentences, point)
    assert minister is not None and minister.name == "Mark Halvorsen"
    assert best_candidate(cue_of("the police"), people, sentences, point) is None
    assert best_candidate(cue_of("the dispatcher"), people, sentences, point) is None


# ---------------------------------------------------------------- a quote alone


def test_a_quote_alone_after_a_pronoun_of_the_other_gender_is_hers() -> None:
    quotes = quotes_of_text(
        "Maria Lopes won the final on Saturday.\n\n"
        '"I played my best tennis today," Lopes said.\n\n'
        "Her father, Tomas Lopes, wept in the stands. "
        '"I taught her in a parking lot," he said.\n\n'
        "Asked how she would celebrate, she grinned.\n\n"
        '"Pizza, and a lot of it, and then a long sleep."\n'
    )
    assert quote(quotes, "Pizza").speaker == "Maria Lopes"


def test_a_hyphenated_general_title_is_no_given_name() -> None:
    from briefcli.people.names import find_names

    named = [n.name for n in find_names("Attorney-General Mark Dreyfus said on Monday")]
    assert named == ["Mark Dreyfus"]
    named = [n.name for n in find_names("Additional Advocate-General P. Karthikeyan submitted")]
    assert named == ["P. Karthikeyan"]


def test_a_places_role_opening_the_lede_is_named_in_the_next_paragraph() -> None:
    quotes = quotes_of_text(
        "Whanganui's mayor has defended a rise in water charges, telling a packed meeting "
        'that the pipes "are older than most of the people in this room".\n\n'
        "Hamish Clarke, who was elected last October, took questions for two hours.\n"
    )
    assert quote(quotes, "are older than").speaker == "Hamish Clarke"


def test_a_pronoun_opening_a_bracketed_sentence_is_the_person_just_introduced() -> None:
    quotes = quotes_of_text(
        "Health Minister Mary-Anne Doukas said the figures were improving.\n\n"
        '"We are throwing everything at this," Ms Doukas said.\n\n'
        "The Opposition's health spokeswoman, Georgie Crozier-Bell, said the minister had "
        'been warned. (She called the figures "a disgrace" in parliament on Tuesday.)\n'
    )
    assert quote(quotes, "a disgrace").speaker == "Georgie Crozier-Bell"
