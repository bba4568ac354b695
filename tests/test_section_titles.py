"""Section titles a reader would write, and topics in long committee meetings.

Texts: tests/data/sections/nato-ministers.txt (the seed NATO article, see that folder's
README) and two invented committee meetings in tests/data/committee/ (see its README).
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import briefcli
from briefcli.lexicon.topics import CHAIR_TRANSITIONS, NOT_TOPIC_HEADING
from briefcli.model import Brief
from briefcli.sections.title import (
    TITLE_WEIGHTS,
    TermChances,
    TermFeatures,
    _stem_of,
    chunks_and_verbs,
    document_words,
    scored_titles,
    section_titles,
    sentence_topics,
    term_features,
    title_chunks,
)

SECTIONS = Path(__file__).parent / "data" / "sections"
COMMITTEE = Path(__file__).parent / "data" / "committee"


@pytest.fixture(scope="module")
def nato() -> Brief:
    return briefcli.brief((SECTIONS / "nato-ministers.txt").read_text(encoding="utf-8"))


def test_titles_are_short_noun_phrases_not_name_colon_word(nato: Brief) -> None:
    titles = [s.title for s in nato.sections]
    for title in titles:
        assert ":" not in title, title  # no more "Swedish: ratification"
        assert 1 <= len(title.split()) <= 6, title
        assert title[0].isupper(), title
    assert len({t.lower() for t in titles}) == len(titles), titles
    assert nato.title not in titles


def test_the_seed_article_sections_are_titled_by_their_subject(nato: Brief) -> None:
    def title_with(words: str) -> str:
        section = next(
            s
            for s in nato.sections
            if any(
                words in nato.sentences[i].text
                for i in range(s.first_sentence, s.last_sentence + 1)
            )
        )
        return section.title

    # The Kosovo section opens on the alliance's missions, and the next is titled by Kosovo.
    assert re.search(r"Kosovo|KFOR|missions", title_with("recent tensions in Kosovo"))
    assert re.search(r"Kosovo|KFOR", title_with("KFOR is conducting more patrols"))
    assert re.search(r"Swed|accession|ratification", title_with("Swedish accession"), re.I)
    assert re.search(r"Finland|Estonia|undersea|pipeline", title_with("gas pipeline"), re.I)
    # Its hand-written title (benchmarks/data/titles) is "NATO mission in Iraq".
    assert re.search(r"terror|Iraq|NATO mission", title_with("counterterrorism"), re.I)


def test_title_chunks_break_at_verbs_talk_and_punctuation() -> None:
    chunks = title_chunks("We discussed the funding of pupil referral units, he said.")
    assert ("funding", "of", "pupil", "referral", "units") in chunks
    assert title_chunks("I think it's really good.") == ()
    # A closing quotation mark ends the phrase ('invasive’).
    assert ("invasive",) in title_chunks("the ‘invasive’ Beneficial Ownership rule")


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # A phrase the section repeats and the rest of the briefing does not.
        (
            [
                ["The council debated the funding of pupil referral units."],
                ["Funding of pupil referral units has fallen by a third."],
                ["The weather in Cardiff was fine."],
            ],
            "Funding of pupil referral units",
        ),
        # A verb inside a run of content words ends the phrase.
        (
            [
                ["China providing military support to Russia worries the allies."],
                ["Military support for Russia would bring sanctions, military support or not."],
            ],
            "Military support to Russia",
        ),
    ],
)
def test_the_repeated_specific_phrase_titles_the_section(
    sentences: list[list[str]], expected: str
) -> None:
    section = [sentence_topics(s) for s in sentences[0] + sentences[1]]
    rest = [sentence_topics(s) for group in sentences[2:] for s in group]
    titles = section_titles([section, rest] if rest else [section])
    assert titles[0] == expected, titles


def test_a_word_joins_the_title_when_the_section_keeps_saying_it() -> None:
    # "regime" is as much the subject as "Burmese military": three words, not two. A word
    # said once elsewhere ("weather") never rides along.
    section = [
        sentence_topics("The Burmese military regime detained hundreds of protesters."),
        sentence_topics("Sanctions target the Burmese military regime and its companies."),
        sentence_topics("The regime answered with force; the Burmese military fired."),
    ]
    rest = [sentence_topics("The weather in Rangoon was fine.")]
    assert section_titles([section, rest])[0] == "Burmese military regime"


def test_a_name_is_not_glued_onto_a_phrase_the_text_does_not_have() -> None:
    # Main used to title this "Australia honour" (a name and a phrase side by side).
    section = [
        sentence_topics("I am asking the Queen to create new Australia Day honours."),
        sentence_topics("The Australia Day honour will recognise those who helped in floods."),
        sentence_topics("We will backdate the honour so it can capture the work done."),
    ]
    title = section_titles([section])[0]
    assert title in ("Australia Day honour", "Australia Day honours", "Australia Day"), title


def test_a_capitalised_time_word_goes_on_a_name() -> None:
    assert ("Australia", "Day", "honours") in title_chunks("the new Australia Day honours")
    # A weekday or a role after a name is no part of it.
    assert ("meet", "Fiji") in title_chunks("We meet Fiji Tuesday.")
    assert ("thanked", "Fiji") in title_chunks("He thanked Fiji Minister Sayed-Khaiyum.")


@pytest.mark.parametrize(
    ("sentence", "broken_at"),
    [
        # A possessive after a common word opens a new noun phrase.
        ("the important role NATO's nuclear weapons play in deterring aggression", "Role NATO"),
        # A verb in -ize inside a run ends the phrase.
        ("helping workers organize in industries across the country", "organize"),
    ],
)
def test_phrases_break_where_a_new_phrase_or_a_verb_begins(sentence: str, broken_at: str) -> None:
    titles = section_titles([[sentence_topics(sentence)] * 2])
    assert broken_at.lower() not in titles[0].lower(), titles


def test_a_person_is_no_second_subject() -> None:
    # From a State Department call: "Drug trafficking and brother Tony" was the title.
    section = [
        sentence_topics("The brother of the president, his brother Tony, was convicted."),
        sentence_topics("His brother Tony was convicted of drug trafficking in New York."),
        sentence_topics("Drug trafficking cases keep coming up, and drug trafficking costs."),
        sentence_topics("We take drug trafficking and corruption very seriously."),
    ]
    title = section_titles([section])[0]
    assert title.startswith("Drug trafficking") and "Tony" not in title, title


def test_a_long_section_is_titled_by_what_it_repeats() -> None:
    # From a committee meeting written for the titles benchmark: "Leaf fall and wheel damage",
    # said once in an opening statement, titled a long section on punctuality.
    said = [
        "In the first year of the franchise, 84 per cent of trains arrived on time.",
        "Autumn was the worst period: leaf fall and wheel damage took a third of our fleet.",
        "Punctuality has recovered since December on the valley lines.",
        "Thank you. We'll go to questions from members.",
        "Passengers tell me that cancellations are still a daily event.",
        "We cancelled 3 per cent of services last month.",
        "When will punctuality reach the target of 90 per cent?",
        "We expect to reach it once the wheel lathe at the depot is working.",
    ]
    title = section_titles([[sentence_topics(x) for x in said]])[0]
    assert "leaf" not in title.lower() and "fall" not in title.lower(), title


def test_a_common_word_said_often_does_not_beat_the_phrase_it_is_in() -> None:
    # From the committee meeting of the titles benchmark: "Apprenticeship" alone, said all
    # through the item, beat "Apprenticeship funding", said three times.
    said = [
        "We now move on to our inquiry into apprenticeships.",
        "Apprenticeship starts fell by 12 per cent last year.",
        "Colleges cannot plan when apprenticeship funding is confirmed late.",
        "How much apprenticeship funding do colleges need?",
        "Apprenticeship funding has been flat for three years.",
        "Employers pay the apprenticeship levy.",
        "Apprenticeship numbers matter.",
    ]
    assert section_titles([[sentence_topics(x) for x in said]])[0] == "Apprenticeship funding"


def test_a_cut_off_word_ends_a_phrase() -> None:
    # "we're engaged in a consultation process at multiple levels-" (a Perth doorstop).
    chunks = title_chunks("We're engaged in a consultation process at multiple levels- with them")
    assert ("consultation", "process") in chunks
    assert not any("levels-" in c or "levels" in c for c in chunks), chunks


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("We will assist Australian families, assist Australian families now.", "assist"),
        ("The administration will continue; the administration continue.", "continue"),
    ],
)
def test_a_title_neither_begins_nor_ends_on_a_verb(sentence: str, verb: str) -> None:
    title = section_titles([[sentence_topics(sentence)] * 2])[0]
    assert verb not in title.lower(), title


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        # after a modal, with an adverb between or not (a State Department briefing)
        ("Iran could attack Israel directly, and Iran could attack Israel again.", "attack"),
        ("The Liberal Party will also vote against Australian jobs and jobs.", "vote"),
        # after "to" that follows a word taking a verb (an Australian press conference)
        ("Frontbenchers offered to resign; several frontbenchers offered to resign.", "resign"),
    ],
)
def test_no_title_opens_on_the_verb_of_a_modal_or_of_to(sentence: str, verb: str) -> None:
    chunks, verbs = chunks_and_verbs(sentence)
    assert any(v >= 0 and c[v] == verb for c, v in zip(chunks, verbs, strict=True)), chunks
    section = [sentence_topics(sentence)] * 2
    titles = scored_titles(section, document_words([section]))
    assert titles
    for t in titles:
        assert not t.text.lower().startswith(verb), t.text


def test_a_modal_that_opens_a_question_has_its_subject_after_it() -> None:
    chunks, verbs = chunks_and_verbs("Will hospital funding rise again next year?")
    assert ("hospital", "funding", "rise") in chunks and set(verbs) == {-1}, (chunks, verbs)
    # "to" after a noun joins a phrase: no verb follows it
    assert set(chunks_and_verbs("Access to healthcare in rural towns")[1]) == {-1}


def test_the_briefings_background_is_no_title() -> None:
    section = [
        sentence_topics("The United States welcomed the ceasefire in Gaza."),
        sentence_topics("The United States will work for a lasting ceasefire."),
    ]
    title = section_titles([section])[0]
    assert title != "United States" and "ceasefire" in title.lower(), title


def test_a_phrase_opening_on_a_verb_is_a_topic_only_when_it_is_said_again() -> None:
    once = [sentence_topics("We must ensure speedy ratification by the assembly.")]
    assert "Ensure" not in section_titles([once])[0]
    again = [
        sentence_topics("Can I ask about the pay award?"),
        sentence_topics("The pay award must be funded in full by the UK Government."),
    ]
    assert section_titles([again])[0] == "Pay award"


def test_a_committee_and_its_papers_are_no_topic() -> None:
    section = [
        sentence_topics("The Standing Committee will note Paper 1 and the minutes."),
        sentence_topics("The Standing Committee heard about disability benefit applications."),
        sentence_topics("Disability benefit applications take eight months."),
    ]
    title = section_titles([section])[0]
    assert "Committee" not in title and "Paper" not in title, title
    assert "disability benefit" in title.lower(), title


def test_counterterrorism_counts_as_terrorism() -> None:
    section = [
        sentence_topics("In Iraq, the mission helps prevent the return of the Islamic State."),
        sentence_topics("Terrorism remains the most direct asymmetric threat."),
        sentence_topics("Tom Goffus will serve as special coordinator for counterterrorism."),
        sentence_topics("He will ensure that the response to terrorism remains strong."),
    ]
    assert "terrorism" in section_titles([section])[0].lower()


def test_no_title_repeats_the_briefing_or_another_section() -> None:
    same = [sentence_topics("Grade separations cost towns dearly: grade separations.")]
    titles = section_titles([same, same], briefing_title="Grade separations")
    assert "Grade separations" not in titles
    assert titles[0] != titles[1], titles


def test_a_lone_nationality_or_party_is_no_title() -> None:
    topics = [sentence_topics("The Swedish said the Swedish would wait, Swedish officials said.")]
    assert section_titles([topics], fallback="Briefing") != ["Swedish"]


@pytest.mark.parametrize(
    "heading",
    [
        "Antony J. Blinken, Secretary of State",
        "Office of the Spokesperson",
        "Press Statement",
        "Here are some big wins from the cabinet this week",
    ],
)
def test_bylines_and_lead_ins_are_no_topic_headings(heading: str) -> None:
    assert NOT_TOPIC_HEADING.match(heading)


def test_a_topic_heading_is_one() -> None:
    assert not NOT_TOPIC_HEADING.match("Funding the roads")


@pytest.mark.parametrize(
    ("said", "moves_on"),
    [
        ("We'll move on to item 2, our inquiry into ambulance response times.", True),
        ("I'd like to welcome our next witnesses, from the Royal College of Nursing.", True),
        ("Thank you. Item 4 is papers to note.", True),
        ("For our second panel, I'd like to welcome Mr. Martin.", True),
        ("We now move on to item 3.", True),
        ("Thank you. We'll go to Mr. Brassard for six minutes.", False),
        ("We'll go to questions from members.", False),  # a round of questions, same item
        ("We'll now suspend for a few minutes.", False),  # closes an item, opens none
        ("That brings us to the end of our time.", False),
    ],
)
def test_chair_transitions(said: str, moves_on: bool) -> None:
    assert bool(CHAIR_TRANSITIONS.search(said.lower())) is moves_on


def _turns_opening_sections(brief: Brief, text: str) -> list[int]:
    """The line (turn) of the text each section begins in."""
    lines = [line for line in text.splitlines() if line.strip()]
    out = []
    for s in brief.sections:
        first = brief.sentences[s.first_sentence].text
        out.append(next(i for i, line in enumerate(lines) if first in line))
    return out


def test_a_meeting_is_split_where_the_chair_moves_to_the_next_item() -> None:
    text = (COMMITTEE / "health-committee-panels.txt").read_text(encoding="utf-8")
    brief = briefcli.brief(text)
    starts = _turns_opening_sections(brief, text)
    # The welcome and apologies go with item 2 (ambulances); item 3 (nurse staffing) opens
    # at the chair's "Welcome back … item 3", item 4 at "Item 4 is papers to note".
    assert starts[0] == 0
    assert 14 in starts and 22 in starts, starts
    # Rounds of members' questions stay with the panel's item: a member may change the
    # subject within it at most once here (rural response times).
    assert len(starts) <= 5, starts
    assert 4 not in starts and 17 not in starts, starts  # "We'll go to questions …"


def test_a_second_panel_of_witnesses_is_a_new_section() -> None:
    text = (COMMITTEE / "transport-committee-witnesses.txt").read_text(encoding="utf-8")
    brief = briefcli.brief(text)
    starts = _turns_opening_sections(brief, text)
    assert starts == [0, 10], starts  # "We're back. For our second panel …"
    assert re.search(r"grade separation", brief.sections[1].title, re.I), brief.sections[1]


def test_a_title_names_what_the_section_opens_on() -> None:
    # Two phrases said alike; the question that opens the section is on hospitals.
    section = [
        "What about hospitals?",
        "Look, I have said this many times.",
        "And schools matter as well.",
        "Our hospital funding rose.",
        "Our school funding rose.",
        "And hospital funding will rise again.",
        "And school funding will rise again.",
    ]
    other = ["On the whaling case, the vessel is in the Southern Ocean.", "It was tracked."]
    topics = [[sentence_topics(s) for s in section], [sentence_topics(s) for s in other]]
    document = document_words(topics)
    assert section_titles(topics)[0] == "Hospital funding"
    # The opening's words count twice: the phrase's bonus and each word's chance of being in
    # a title (`TermChances.opening`); without both, the later phrase wins.
    without = dataclasses.replace(TITLE_WEIGHTS, opening=0.0, chances=0.0)
    assert scored_titles(topics[0], document, weights=without)[0].text == "School funding"


def test_a_title_names_what_a_question_asks_about() -> None:
    # Two phrases said alike; a reporter asks about one of them.
    said = [
        "Good morning, everyone.",
        "Thanks for coming.",
        "Our school funding rose.",
        "Our hospital funding rose.",
        "Will hospital funding rise again next year?",
        "School funding will rise again.",
    ]
    section = [sentence_topics(s) for s in said]
    document = document_words([section])
    assert section[4].question and not section[5].question
    assert scored_titles(section, document)[0].text == "Hospital funding"
    without = dataclasses.replace(TITLE_WEIGHTS, asked=0.0)
    assert scored_titles(section, document, weights=without)[0].text == "School funding"


def test_a_title_does_not_open_on_the_speakers_judgement() -> None:
    # "Robust" and "extraordinary" judge the subject; the title names it.
    said = [
        "Ministers agreed on robust defense plans for the alliance.",
        "The robust defense plans were approved in Vilnius.",
        "Poland carries an extraordinary burden on its border.",
    ]
    title = section_titles([[sentence_topics(s) for s in said]])[0]
    assert title == "Defense plans", title
    # Capitalised, such a word is part of a name.
    keys = ["The storm reached Key West on Monday.", "Key West lost power."]
    assert section_titles([[sentence_topics(s) for s in keys]])[0] == "Key West"


def test_term_features_say_where_and_how_a_word_is_used() -> None:
    section = [
        sentence_topics("What about the Gorgon project?"),
        sentence_topics("The project brings jobs to Barrow Island."),
        sentence_topics("More jobs, more jobs."),
    ]
    document = document_words([section], "Gorgon gas project approved")
    features = term_features(section, document)
    gorgon, jobs = features[_stem_of("gorgon")], features[_stem_of("jobs")]
    assert gorgon.opening == gorgon.asked == gorgon.capital == gorgon.briefing_title == 1.0
    assert gorgon.first_position == 0.0
    assert jobs.opening == jobs.asked == jobs.capital == 0.0 and jobs.lead == 1.0
    assert jobs.uses > gorgon.uses and 0 < jobs.first_position < 1


def test_a_word_asked_about_in_the_opening_is_likelier_in_a_title() -> None:
    chances = TermChances()
    said = TermFeatures(
        uses=0.0, idf=1.5, opening=0.0, lead=0.0, asked=0.0, capital=0.0, person=0.0,
        first_position=0.8, briefing_uses=0.0, briefing_title=0.0, uses_idf=0.0,
        section_size=1.0,
    )  # fmt: skip
    opening = said._replace(opening=1.0, lead=1.0, first_position=0.0)
    asked = opening._replace(asked=1.0)
    person = asked._replace(capital=1.0, person=1.0)
    assert chances.chance(said) < chances.chance(opening) < chances.chance(asked)
    assert chances.chance(person) < chances.chance(asked._replace(capital=1.0))
