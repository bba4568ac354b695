"""Quotes and their speakers, on real articles and transcripts (sources in data/quotes/)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefcli import pipeline
from briefcli.inputs.clean import clean
from briefcli.inputs.decode import decode
from briefcli.model import Quote, Sentence
from briefcli.people import People
from briefcli.quotes import by_speaker, find_quotes
from briefcli.text.document import Document
from briefcli.text.sentences import split
from briefcli.text.structure import structure

DATA = Path(__file__).resolve().parent / "data" / "quotes"


def read(name: str) -> tuple[Document, list[Sentence], People]:
    """A test text through the pipeline's stages up to people (as briefcli.pipeline does)."""
    path = DATA / name
    media = "text/markdown" if path.suffix == ".md" else None
    return parse(
        pipeline.parse(decode(path.read_bytes(), str(path)), source=str(path), media_type=media)
    )


def parse(doc: Document) -> tuple[Document, list[Sentence], People]:
    sentences = pipeline.sentences_of(doc)
    people = People.from_document(doc, sentences)
    return doc, pipeline.named_speakers(doc, sentences, people), people


def quotes_of(name: str) -> list[Quote]:
    return find_quotes(*read(name))


def quotes_of_text(text: str) -> list[Quote]:
    return find_quotes(*parse(structure(clean(text), source="-")))


def quote(quotes: list[Quote], start: str) -> Quote:
    found = [q for q in quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


# ---------------------------------------------------------------- the NATO article


@pytest.fixture(scope="module")
def nato() -> list[Quote]:
    return quotes_of("nato-defense-ministers-2023-10-12.txt")


def test_nato_all_fifteen_quotes_are_stoltenbergs(nato: list[Quote]) -> None:
    assert len(nato) == 15
    assert {q.speaker for q in nato} == {"Jens Stoltenberg"}
    assert all(q.speaker_title is not None for q in nato)
    assert all("Secretary General" in (q.speaker_title or "") for q in nato)


def test_nato_quotes_in_document_order_with_sentence_ids(nato: list[Quote]) -> None:
    assert [q.sentence for q in nato] == sorted(q.sentence for q in nato)
    assert all(q.sentence <= q.last_sentence for q in nato)
    assert all(0.0 <= q.score <= 1.0 for q in nato)


def test_quote_over_several_sentences_is_one_quote(nato: list[Quote]) -> None:
    # "Israel has the right to defend itself. And as … unfolds, … No nation … conflict."
    q = quote(nato, "Israel has the right to defend itself.")
    assert q.text.endswith("or to escalate the conflict.")
    assert q.last_sentence - q.sentence == 2


def test_quote_text_has_no_marks_and_no_attribution(nato: list[Quote]) -> None:
    q = quote(nato, "These are prudent steps")
    assert q.text == (
        "These are prudent steps to ensure KFOR has the forces it needs to fulfil its "
        "U.N. mandate impartially"
    )
    assert not any(c in q.text for c in '"“”')


def test_quote_after_attributed_one_keeps_the_speaker(nato: list[Quote]) -> None:
    # '"Our exercise …," he said. "It sends a clear message …"'
    q = quote(nato, "It sends a clear message")
    assert q.speaker == "Jens Stoltenberg"


def test_positions_and_commitments_are_key(nato: list[Quote]) -> None:
    key = {q.text.split(",")[0][:30] for q in nato if q.key}
    assert "I now expect that the Turkish " in key
    assert "This is the only way to lastin" in key
    assert len(key) >= 12


def test_quote_split_by_its_attribution_is_one_quote() -> None:
    # A NATO sentence, with its attribution in the middle as news often writes it.
    text = (
        "NATO Secretary General Jens Stoltenberg spoke in Brussels.\n\n"
        '"In response to recent tensions in Kosovo," he said, "NATO has deployed hundreds of '
        'additional reserve forces to our operation in recent weeks."\n'
    )
    quotes = quotes_of_text(text)
    assert len(quotes) == 1
    assert quotes[0].text == (
        "In response to recent tensions in Kosovo, NATO has deployed hundreds of additional "
        "reserve forces to our operation in recent weeks."
    )
    assert quotes[0].speaker == "Jens Stoltenberg"
    assert quotes[0].speaker_title == "NATO Secretary General"


def test_quote_left_open_takes_the_attribution_of_its_next_paragraph() -> None:
    # NATO sentences laid out as agencies write a quote running over paragraphs.
    text = (
        "NATO Secretary General Jens Stoltenberg spoke after Israeli Defense Minister Yoav "
        "Gallant briefed the ministers.\n\n"
        '"Israel has the right to defend itself. And as the conflict unfolds, the protection '
        "of civilians is essential.\n\n"
        '"No nation or organization hostile to Israel should seek to take advantage of the '
        'situation," Gallant said.\n'
    )
    quotes = quotes_of_text(text)
    assert [q.speaker for q in quotes] == ["Yoav Gallant", "Yoav Gallant"]
    assert quotes[0].text.startswith("Israel has the right")


# ---------------------------------------------------------------- attribution patterns


INTRO = "NATO Secretary General Jens Stoltenberg spoke after the meeting in Brussels.\n\n"
SAID = "This is the only way to lasting peace in Kosovo"


@pytest.mark.parametrize(
    "paragraph",
    [
        f'"{SAID}," Stoltenberg said.',
        f'"{SAID}," said Stoltenberg.',
        f'"{SAID}," the secretary general said.',
        f'"{SAID}," he warned.',
        f'"{SAID}," he tweeted on Thursday.',
        f'Stoltenberg said: "{SAID}."',
        f'He told reporters "{SAID}."',
        f"The secretary general wrote in a statement: “{SAID}.”",
        f"“{SAID},” according to the secretary general.",
        f"[Jens Stoltenberg](https://www.nato.int/): “{SAID}.”",
    ],
)
def test_attribution_patterns(paragraph: str) -> None:
    quotes = quotes_of_text(INTRO + paragraph + "\n")
    assert len(quotes) == 1, quotes
    assert quotes[0].text.rstrip(".") == SAID
    assert quotes[0].speaker == "Jens Stoltenberg"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # BBC business/007: 'Analysts said …' then a named economist; groups speak too.
        ('"It suggests that employment is continuing to expand," analysts said.', "analysts"),
        (
            'Senior officials said: "It suggests that employment is continuing to expand."',
            "Senior officials",
        ),
    ],
)
def test_unnamed_groups_speak(paragraph: str, speaker: str) -> None:
    quotes = quotes_of_text(paragraph + "\n")
    assert [q.speaker for q in quotes] == [speaker]


def test_next_sentence_is_not_the_attribution_bbc_business_012() -> None:
    quotes = quotes_of("bbc-business-012.txt")
    # '"… The sooner the better for the state budget."' then 'The BBC's correspondent in
    # Jakarta, Rachel Harvey, told World Business Report that …' (a new sentence).
    assert quote(quotes, "We are still considering").speaker == "Sri Mulyani Indrawati"
    assert quote(quotes, "The big question").speaker == "Rachel Harvey"  # she said


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        (
            "Speaking at a news conference, Defense Secretary Lloyd Austin said the U.S. would "
            "“continue to support Ukraine for as long as it takes.”",
            "continue to support Ukraine for as long as it takes.",
            "Lloyd Austin",
        ),
        (
            "The company said in a statement that it “deeply regrets” the incident.",
            "deeply regrets",
            "company",
        ),
        ("“We will fight it in court,” Adams, a Democrat, said Monday.", None, "Adams"),
    ],
)
def test_fragments_and_unnamed_speakers(paragraph: str, text: str | None, speaker: str) -> None:
    quotes = quotes_of_text(paragraph + "\n")
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
    if text is not None:
        assert quotes[0].text == text


def test_an_introduced_quote_keeps_its_speaker() -> None:
    # 'Y replied:' after the first quote introduces the second, it does not attribute it.
    text = (
        "Labour leader Keir Starmer said: “This government has failed.” "
        "Prime Minister Rishi Sunak replied: “That is nonsense.”\n"
    )
    assert [q.speaker for q in quotes_of_text(text)] == ["Keir Starmer", "Rishi Sunak"]


def test_hyphenated_words_are_not_first_names() -> None:
    # BBC entertainment/013: "Orange Prize winner Andrea Levy" … "London-based Levy's novel"
    text = (
        "Orange Prize winner Andrea Levy has seen her book Small Island win.\n\n"
        "Bookmaker William Hill has placed London-based Levy's novel as the favourite. "
        '"It is a great book," said Levy.\n'
    )
    assert [q.speaker for q in quotes_of_text(text)] == ["Andrea Levy"]


def test_said_x_and_x_said_and_pronouns_bbc_business_004() -> None:
    quotes = quotes_of("bbc-business-004.txt")
    assert quote(quotes, "For the year to March 2005").speaker == "Martin Broughton"
    # "Aviation analyst Nick Van den Brul … described …" then '"It is quite good…," he said'
    assert quote(quotes, "It is quite good").speaker == "Nick Van den Brul"
    eddington = quote(quotes, "Our focus remains")
    assert eddington.speaker == "Rod Eddington"
    assert eddington.speaker_title == "BA's chief executive"
    assert quote(quotes, "For example, we have").speaker == "Rod Eddington"


def test_attributed_fragments_are_quotes_but_not_key_bbc_business_004() -> None:
    quotes = quotes_of("bbc-business-004.txt")
    # 'Rod Eddington, BA's chief executive, said the results were "respectable"'
    respectable = quote(quotes, "respectable")
    assert respectable.speaker == "Rod Eddington"
    assert not respectable.key


def test_scare_quotes_are_not_quotes_bbc_business_020() -> None:
    quotes = quotes_of("bbc-business-020.txt")
    texts = {q.text for q in quotes}
    for scare in ("churn rate", "outsourcing", "offshore", "core function"):
        assert scare not in texts
    assert quote(quotes, "Customers are getting used").speaker == "Cara Diemont"
    assert quote(quotes, "You can make call centres").speaker == "Cara Diemont"  # she says


def test_role_reference_and_continuing_lines_bbc_entertainment_012() -> None:
    quotes = quotes_of("bbc-entertainment-012.txt")
    # "The Oscar-nominated actor, whose films include … Michael Collins …, said:"
    assert quote(quotes, "The Lyric is too important").speaker == "Liam Neeson"
    # Following lines in marks, with no attribution, keep the speaker.
    assert quote(quotes, "Belfast was not a pretty town").speaker == "Liam Neeson"
    assert quote(quotes, "What an orator").speaker == "Liam Neeson"
    assert quote(quotes, "I'd love to get a chance").speaker == "Liam Neeson"
    assert {q.speaker for q in quotes} == {"Liam Neeson"}
    dilapidated = quote(quotes, "very dilapidated condition")
    assert not dilapidated.key


def test_attribution_after_a_run_of_quotes_bbc_entertainment_016() -> None:
    quotes = quotes_of("bbc-entertainment-016.txt")
    # '"I fell to daydreaming." … "I was a rusty wartime pilot…" Hailey later recalled.'
    for start in ("I fell to daydreaming", "Could I fly the airplane?", "I was a rusty"):
        assert quote(quotes, start).speaker == "Arthur Hailey"
    assert quote(quotes, "He had a wonderful life").speaker == "Sheila"  # said his wife, Sheila


def test_open_quote_paragraphs_keep_the_speaker_bbc_entertainment_009() -> None:
    quotes = quotes_of("bbc-entertainment-009.txt")
    # 'the Bishop said: "Conspiracy theories …' (no closing mark), then '"Dan Brown is …"'
    assert quote(quotes, "Conspiracy theories").speaker == "Tom Wright"
    assert quote(quotes, "Dan Brown is the best writer").speaker == "Tom Wright"
    # "Dan Brown" inside the quote is talked about, not talking.
    assert quote(quotes, "The evidence for Jesus").speaker == "Tom Wright"
    assert quote(quotes, "Historical research shows").speaker == "Tom Wright"


def test_it_said_names_the_organisation_bbc_tech_015() -> None:
    quotes = quotes_of("bbc-tech-015.txt")
    # 'In a statement, it added: "In almost all instances, …"'
    assert quote(quotes, "In almost all instances").speaker == "Microsoft"
    assert quote(quotes, "This is a preventative step").speaker == "Robbie Bach"


def test_reaction_lists_with_curly_marks_and_links() -> None:
    quotes = quotes_of("whitehouse-2025-03-07-cabinet-wins.md")
    # "[Fox News Correspondent Bill Melugin](https://x.com/…): “If Fox were to send me …”"
    melugin = quote(quotes, "If Fox were to send me down there")
    assert melugin.speaker == "Bill Melugin"
    assert melugin.speaker_title == "Fox News Correspondent"
    nfib = quote(quotes, "NFIB greatly appreciates")
    assert nfib.speaker == "National Federation of Independent Business"
    texts = {q.text for q in quotes}
    assert "Fort Benning" not in texts  # a name in marks, not speech
    assert not any(t.startswith("sanctuary cities") for t in texts)


def test_according_to() -> None:
    quotes = quotes_of("whitehouse-2025-10-20-gas-prices.md")
    assert quote(quotes, "Currently, 35 states").speaker == "GasBuddy"
    assert quote(quotes, "Barring any major disruptions").speaker == "GasBuddy"


# ---------------------------------------------------------------- transcripts


@pytest.fixture(scope="module")
def briefing() -> tuple[Document, list[Sentence], People, list[Quote]]:
    doc, sentences, people = read("whitehouse-2022-02-11-psaki-sullivan-excerpt.md")
    return doc, sentences, people, find_quotes(doc, sentences, people)


def test_transcript_turns_are_the_speakers_quotes(
    briefing: tuple[Document, list[Sentence], People, list[Quote]],
) -> None:
    doc, sentences, people, quotes = briefing
    assert {q.speaker for q in quotes} == {"Jen Psaki", "Jake Sullivan"}
    sullivan = quote(quotes, "We continue to see signs of Russian escalation")
    assert sullivan.speaker_title == "National Security Advisor"
    assert sullivan.key


def test_reporters_questions_are_never_quotes(
    briefing: tuple[Document, list[Sentence], People, list[Quote]],
) -> None:
    doc, sentences, people, quotes = briefing
    questions = {s.id for s in sentences if s.question}
    assert questions
    assert not any(q.sentence in questions for q in quotes)
    assert not any(q.text.startswith("But just to clarify") for q in quotes)


def test_greetings_and_thanks_are_not_key(
    briefing: tuple[Document, list[Sentence], People, list[Quote]],
) -> None:
    *_, quotes = briefing
    for q in quotes:
        if q.text.startswith(("Thanks, everybody", "Good afternoon", "Happy Friday")):
            assert not q.key


def test_the_president_is_the_president_the_title_names() -> None:
    doc, sentences, people = read("whitehouse-2020-04-01-task-force-excerpt.txt")
    # the President on the briefing's date (1 April 2020), as the offices table has it
    assert people.label_name("THE PRESIDENT") == "Donald J. Trump"
    assert people.label_name("SECRETARY ESPER") == "Mark Esper"
    quotes = find_quotes(doc, sentences, people)
    assert quote(quotes, "Today, the United States is launching").speaker == "Donald J. Trump"
    assert not any(q.text.startswith("A question either for you") for q in quotes)


# ---------------------------------------------------------------- --speaker


def test_by_speaker_matches_any_part_of_the_name(nato: list[Quote]) -> None:
    assert len(by_speaker(nato, "stoltenberg")) == 15
    assert len(by_speaker(nato, "JENS")) == 15
    assert len(by_speaker(nato, "Jens Stoltenberg")) == 15
    assert by_speaker(nato, "Gallant") == []
    assert by_speaker(nato, "sten") == []  # whole words only


# ---------------------------------------------------------------- any text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "“",
                "”",
                "he said",
                ", said Stoltenberg",
                "NATO Secretary General Jens Stoltenberg",
                "The minister",
                ":",
                ".",
                ",",
                " ",
                "\n\n",
                "Q    Why?",
                "MR. SULLIVAN:  Yes.",
                "[Name](http://x.y):",
                "It will work",
            ]
        ),
        max_size=40,
    )
)
def test_any_text_gives_well_formed_quotes(parts: list[str]) -> None:
    text = "".join(parts)
    if not text.strip():
        return
    doc, sentences, people = parse(structure(clean(text), source="-"))
    ids = {s.id for s in sentences}
    quotes = find_quotes(doc, sentences, people)
    assert [q.sentence for q in quotes] == sorted(q.sentence for q in quotes)
    for q in quotes:
        assert q.sentence in ids and q.last_sentence in ids
        assert q.sentence <= q.last_sentence
        assert 0.0 <= q.score <= 1.0
        assert q.text.strip()


# ---------------------------------------------------------------- hostile input

# Each case is sized so that a step quadratic in characters, quotes, names or labels takes
# tens of seconds; linear, people and quotes take well under a second. The bound is CPU
# time of the two stages only (the machine may be busy), and generous.
HOSTILE_SIZE = 64 * 1024
HOSTILE_SECONDS = 4.0


def _stage_seconds(text: str, source: str = "-") -> float:
    """CPU seconds that people and quotes take on `text`, checking they give quotes."""
    doc = structure(clean(text), source=source)
    sentences: list[Sentence] = []
    for index, block in enumerate(doc.blocks):
        if not block.heading:
            for part in split(block.text):
                sentences.append(Sentence(len(sentences), part, index, block.speaker, False))
    start = time.process_time()
    people = People.from_document(doc, sentences)
    quotes = find_quotes(doc, sentences, people)
    seconds = time.process_time() - start
    assert all(q.text and 0 <= q.sentence <= q.last_sentence for q in quotes)
    return seconds


def _repeat(piece: str, size: int = HOSTILE_SIZE) -> str:
    return piece * (size // len(piece))


@pytest.mark.parametrize(
    "text",
    [
        # Unclosed quotes in one paragraph: each quote was located by a scan of it.
        _repeat("The minister said “we will act. And then “more. "),
        _repeat('He said "we will act. And "then more. '),
        _repeat("“"),
        _repeat('"'),
        _repeat('" '),
        _repeat("."),
        _repeat("a"),
        _repeat("_a"),
        "a" + "_" * HOSTILE_SIZE + "b",
        # Links: a '[' without its ']' was scanned to the end from every '['.
        _repeat("[**a]("),
        _repeat("![x]("),
        "[a](" + "x" * HOSTILE_SIZE,
        # Names and capitalised words in a row, with and without reporting verbs.
        _repeat("Aaron Bbbb "),
        _repeat("President Xavier Smith said "),
        _repeat("Smith, "),
        _repeat('Smith said "we will". '),
        _repeat('"We will act," he said. '),
        _repeat("He said she said they said. "),
        _repeat('She called it "scary" and "new" '),
        _repeat("Bob Smith, the minister, said "),
        # Markdown emphasis around every word.
        _repeat("**Word** "),
        # Other newsrooms' marks, participles and possessives (issue #13).
        _repeat("''We will,'' Brooks said, adding ‘no’ « oui » »ja« "),
        _repeat("‘The nurses’ union said "),
        _repeat('Jane Doe backed it, saying it should "put families first" '),
        _repeat("Peter and Anne Collins said her husband "),
        _repeat("Sen. Jane Doe (D-Ore.) said "),
    ],
    ids=lambda t: repr(t[:24]),
)
def test_hostile_text_is_linear(text: str) -> None:
    assert _stage_seconds(text) < HOSTILE_SECONDS


@pytest.mark.parametrize(
    "piece",
    [
        # Pronouns after many people they cannot refer to, in one sentence or many.
        "Ms Smith said, he said, ",
        "Ms Smith said. He said. ",
        # "The company" and "it" looked back over every sentence for the organisation.
        '"Yes," the company said. Acme Corp said. ',
    ],
)
def test_longer_hostile_text_is_linear(piece: str) -> None:
    # Twice the size: quadratic here took a few seconds at 64 kB, not minutes.
    assert _stage_seconds(_repeat(piece, 2 * HOSTILE_SIZE)) < HOSTILE_SECONDS


def test_thousands_of_speaker_labels_are_linear() -> None:
    turns = "".join(
        f"MR. SPEAKER{i}: Thank you, we will act now on this.\n\nQ Why?\n\n" for i in range(2000)
    )
    assert _stage_seconds(turns) < HOSTILE_SECONDS


def test_thousands_of_people_are_linear() -> None:
    names = "".join(
        f"Minister {chr(65 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}ton "
        f"said “we will act”. He said “more”. The minister said “soon”.\n\n"
        for i in range(1500)
    )
    assert _stage_seconds(names) < HOSTILE_SECONDS


def test_pronouns_after_thousands_of_people_in_one_sentence_are_linear() -> None:
    people = "".join(
        f"Bob {chr(65 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}x said, he said, "
        for i in range(2000)
    )
    assert _stage_seconds(people) < HOSTILE_SECONDS


# Issue 13, the newsroom set: names beyond ASCII, and who "he" or "she" is after a quote.


def test_names_with_letters_beyond_ascii_speak() -> None:
    quotes = quotes_of_text(
        "Interior Minister Kemal Yavuzoğlu visited the town. "
        '"Our teams were in the field within minutes," Yavuzoğlu said.\n\n'
        "Health critic Jean-François St-Onge criticised the plan. In the emergency room, "
        "nurse Émilie Charbonneau-Diallo said she had voted no.\n\n"
        "« I love my job. But I have two kids », she said.\n"
    )
    assert quote(quotes, "Our teams").speaker == "Kemal Yavuzoğlu"
    assert quote(quotes, "I love my job").speaker == "Émilie Charbonneau-Diallo"


def test_he_after_a_quote_is_the_person_the_sentence_before_introduces() -> None:
    quotes = quotes_of_text(
        '"Groceries, gas, the property tax bill," Mark Jorgensen said.\n\n'
        "Their son, Eric Jorgensen, 29, who lives in Milwaukee, said he had stopped trying "
        'to referee. "Dad sends me articles. I delete them," he said by phone.\n'
    )
    assert quote(quotes, "Dad sends").speaker == "Eric Jorgensen"


def test_he_after_a_quote_stays_with_who_reports_a_newcomer() -> None:
    quotes = quotes_of_text(
        "Secretary General Jens Stoltenberg spoke after the meeting. "
        "Stoltenberg said Israeli Defense Minister Yoav Gallant briefed the ministers. "
        '"The allies condemned the attacks," he said.\n'
    )
    assert quote(quotes, "The allies").speaker == "Jens Stoltenberg"


def test_pronoun_at_the_end_of_a_clause_before_the_verb_speaks() -> None:
    quotes = quotes_of_text(
        "Governor Ruth Castellano spoke to the crowd. She thanked the volunteers, and as the "
        'buses left the square she said, "We will rebuild every house."\n'
    )
    assert quote(quotes, "We will rebuild").speaker == "Ruth Castellano"


def test_organisations_described_or_after_a_dateline_speak() -> None:
    quotes = quotes_of_text(
        "TORONTO (Reuters) — Northwind Air cancelled about 400 flights on Friday after its "
        "pilots went on strike. The Calgary-based carrier said in a statement it had offered "
        'a raise. "We deeply regret the disruption to our guests," it said.\n\n'
        "The U.S. Chamber of Commerce called the ruling "
        '"a landmark victory for due process."\n\n'
        "A spokesman for the rebel Eastern Liberation Front, Idris Mbeki-Tafari, said in a "
        'message that the group had "opened every road under its control" to aid.\n'
    )
    assert quote(quotes, "We deeply regret").speaker == "Northwind Air"
    assert quote(quotes, "a landmark").speaker == "U.S. Chamber of Commerce"
    assert quote(quotes, "opened every road").speaker == "Idris Mbeki-Tafari"


def test_said_opening_a_sentence_and_speakers_named_in_the_next_paragraph() -> None:
    quotes = quotes_of_text(
        "Former councillor Walter Briggs recalled the sit-in.\n\n"
        'Said current library director Jasmine Oyelaran: "Every person who walks through '
        'our doors owes something to Ruth."\n\n'
        '"The whole building was swaying. I ran down four flights of stairs."\n\n'
        "That was how Ayşe Demirtaş, a teacher in the town, described the first seconds "
        "of the quake.\n\n"
        '"Aftershocks are expected, some of them strong."\n\n'
        "The warning came from Mehmet Kaya, a seismologist at Bosphorus University.\n"
    )
    assert quote(quotes, "Every person").speaker == "Jasmine Oyelaran"
    assert quote(quotes, "The whole building").speaker == "Ayşe Demirtaş"
    assert quote(quotes, "Aftershocks").speaker == "Mehmet Kaya"


def test_a_crowd_chants_and_a_pronoun_opens_the_sentence_of_a_participle() -> None:
    quotes = quotes_of_text(
        "Thousands of supporters of former Gov. Eric Halvorsen filled an arena, chanting "
        '"Tell the truth!" at the press pen.\n\n'
        "Halvorsen lost Michigan last week. He made little mention of the loss, saying only "
        'that Michigan had been "a speed bump."\n'
    )
    assert quote(quotes, "Tell the truth").speaker == "Thousands of supporters"
    assert quote(quotes, "a speed bump").speaker == "Eric Halvorsen"


def test_three_word_names_a_written_title_and_a_first_surname() -> None:
    quotes = quotes_of_text(
        "The church has about 70 members, according to the Rev. Margaret Ann Kilbride. "
        '"A church is not a building," the Rev. Kilbride said.\n\n'
        "Gutiérrez defeated the incumbent, Sheriff John Paul Whitaker, in November. "
        '"The voters made their choice," Whitaker said.\n\n'
        "Thunder FC coach Alejandro Muñoz Ferrer said he would not resign. "
        '"I am not a quitter," Muñoz told reporters.\n'
    )
    assert quote(quotes, "A church").speaker == "Margaret Ann Kilbride"
    assert quote(quotes, "The voters").speaker == "John Paul Whitaker"
    assert quote(quotes, "I am not").speaker == "Alejandro Muñoz Ferrer"


def test_people_named_by_party_office_or_age_after_their_full_name() -> None:
    quotes = quotes_of_text(
        "Republican Colt Marchbanks, a rancher, said he would oppose any sale of federal "
        'land. "Not one acre," the Republican said.\n\n'
        "Democrat Sarah Lindahl said Marchbanks had taken money from land-transfer groups. "
        '"Look at who is paying for his ads," the Democrat said.\n\n'
        "Rep. Gabriel Ontiveros (R-Ariz.) also spoke. "
        '"Arizona deserves a fighter," the congressman said.\n\n'
        "Tom Vukovich, 70, a retired coal miner, had made up his mind. Brenda Cole, a "
        'teacher, had not. "Colt is one of us," the 70-year-old said.\n\n'
        'Farrow-Hill said she had "looked like a governor." Whitacre said the night had '
        'shown "who is ready."\n'
    )
    assert quote(quotes, "Not one acre").speaker == "Colt Marchbanks"
    assert quote(quotes, "Look at who").speaker == "Sarah Lindahl"
    assert quote(quotes, "Arizona deserves").speaker == "Gabriel Ontiveros"
    assert quote(quotes, "Colt is one").speaker == "Tom Vukovich"
    assert quote(quotes, "looked like").speaker != quote(quotes, "who is ready").speaker


def test_she_after_a_shared_surname_is_the_namesake_of_her_gender() -> None:
    quotes = quotes_of_text(
        'Melissa Gaudet caught COVID-19 in 2023. "Some days I cannot read," she said.\n\n'
        'Her husband, Kevin Gaudet, has taken over the cooking. "We have adjusted," he said.\n\n'
        'Dr. Theresa Yee said the clinic was full. "We have few tools," she said.\n\n'
        "Gaudet said she had applied for disability and was waiting. "
        '"I want people to believe us," she said.\n'
    )
    assert quote(quotes, "I want people").speaker == "Melissa Gaudet"


def test_a_statement_speaks_for_the_body_that_issued_it() -> None:
    quotes = quotes_of_text(
        "The wait is 14 months, according to the Nova Scotia Health Authority. Dr. Theresa "
        'Yee said the clinic was full. "We have few tools," she said.\n\n'
        "The health authority said in a statement that it was recruiting. "
        '"We recognize the impact on families," the statement said.\n\n'
        "The Landlord Association of B.C. said rent rules would stop construction. "
        '"Nobody will build," the association said in a statement.\n\n'
        "Councilors Amy Strand and Joe Becerra were also removed. "
        '"That is democracy," Strand said.\n'
    )
    assert quote(quotes, "We recognize").speaker == "Nova Scotia Health Authority"
    assert quote(quotes, "Nobody will build").speaker == "Landlord Association of B.C."
    assert quote(quotes, "That is democracy").speaker == "Amy Strand"


def test_a_place_after_in_is_nobody_a_pronoun_could_mean() -> None:
    quotes = quotes_of_text(
        "Former Gov. Eric Halvorsen, speaking in Grand Rapids, congratulated Sen. Patricia "
        'Nwosu but said the delegate math favoured him. "It is a long race," he said.\n'
    )
    assert quote(quotes, "It is a long race").speaker == "Eric Halvorsen"


def test_she_after_a_kin_reference_is_the_kin() -> None:
    quotes = quotes_of_text(
        "Crown prosecutor Jennifer Oakes opened the case.\n\n"
        "The jury heard a call made by Sopel's wife, Lorraine, who can be heard screaming. "
        '"Please hurry," she says on the recording.\n\n'
        "Harold Ng stood behind the tape with his wife, Winnie. "
        '"Thirty-seven years. Gone," Ng said. His wife held his arm. '
        '"We will start again," she said.\n'
    )
    assert quote(quotes, "Please hurry").speaker == "Lorraine Sopel"
    assert quote(quotes, "We will start").speaker == "Winnie Ng"


def test_a_governing_verbs_own_subject_and_a_relative_clause_speak() -> None:
    quotes = quotes_of_text(
        "President Harold Marlowe spoke for 40 minutes. He spent much of it on his opponent, "
        'Sen. Patricia Nwosu, whom he accused of wanting to "ship jobs to Mexico."\n\n'
        "Marlowe was introduced by Gov. Frank Delvecchio, who said the president had "
        '"never forgotten where he came from."\n'
    )
    assert quote(quotes, "ship jobs").speaker == "Harold Marlowe"
    assert quote(quotes, "never forgotten").speaker == "Frank Delvecchio"


def test_a_players_position_is_a_title_and_the_elder_namesake_speaks() -> None:
    quotes = quotes_of_text(
        "Skip Brendan Jacobs-Hart made a draw with his last rock to win the final. "
        '"My hands were shaking," Jacobs-Hart said.\n\n'
        "His father, Wes Jacobs-Hart, who skipped Manitoba in 1996, watched from the stands. "
        '"He did what I never could," the elder Jacobs-Hart said.\n'
    )
    assert quote(quotes, "My hands").speaker == "Brendan Jacobs-Hart"
    assert quote(quotes, "He did what").speaker == "Wes Jacobs-Hart"


def test_it_said_after_an_organisation_acting_with_an_irregular_verb() -> None:
    quotes = quotes_of_text(
        'Acme Corp. cut 400 jobs on Monday. "This was a hard decision," it said.\n'
    )
    assert quote(quotes, "This was a hard").speaker == "Acme Corp"


def test_a_trade_before_a_name_is_a_title() -> None:
    quotes = quotes_of_text(
        "The calf was born on Saturday. Keeper Amara Nwachukwu slept at the zoo for a week. "
        '"I was not going to miss it," Nwachukwu said.\n'
    )
    assert quote(quotes, "I was not going").speaker == "Amara Nwachukwu"


def test_an_organisations_name_is_nobody_and_its_spokesman_speaks() -> None:
    quotes = quotes_of_text(
        "Opposition leader Imran Siddiqui attacked the cuts.\n\n"
        "A spokesman for the Department for Levelling Up said spending power had risen. "
        '"Councils are responsible for their own budgets," he said.\n'
    )
    # (Round 6: the spokesman speaks for the department, named in full, as the labels have it.)
    assert quote(quotes, "Councils are").speaker == "Department for Levelling Up"


def test_she_goes_on_past_a_sentence_about_her_and_a_wife_named_by_her_first_name() -> None:
    quotes = quotes_of_text(
        '"Our old rink is 61 years old," Mayor Leslie Oduya-Grant said.\n\n'
        "Minor hockey president Dana Whitecloud said the vote was a relief. She said "
        'registration had been capped for three years. "We turned away 60 kids," she said.\n\n'
        '"I voted for Art," said Tuan Nguyen, 52, who owns a restaurant. Standing next to '
        'him, his wife, Linh, said she had voted the other way. "Our street flooded three '
        'times," she said.\n'
    )
    assert quote(quotes, "We turned away").speaker == "Dana Whitecloud"
    assert quote(quotes, "Our street").speaker == "Linh Nguyen"


def test_a_reaction_list_names_the_person_before_the_organisation() -> None:
    text = """Governor Signs Water Security Act
September 2, 2027

The Governor signed the act on Tuesday.

WHAT THEY'RE SAYING:

Carla Benavidez, New Mexico Farm Bureau: "Farmers are ready to conserve. The grants help."

National Federation of Independent Business: "This act is good for small business."
"""
    speakers = {q.speaker for q in pipeline.brief(text).quotes}
    assert speakers == {"Carla Benavidez", "National Federation of Independent Business"}


# Issue 13, round 13: who speaks when several people share a surname, kin after an order
# word, a role before a pronoun that goes on, a first name given only, a body in apposition.


def test_bare_surname_is_the_namesake_named_before_the_quote() -> None:
    quotes = quotes_of_text(
        "Giuseppe Lo Cascio has fished the strait for 38 years.\n\n"
        '"The prawns have gone deeper," Lo Cascio, 61, said.\n\n'
        "His son, Salvatore Lo Cascio, 29, works on the same boat.\n"
    )
    assert quote(quotes, "The prawns").speaker == "Giuseppe Lo Cascio"


def test_kin_after_an_order_word_speaks() -> None:
    quotes = quotes_of_text(
        "Lidia Marchetti, a translator, died on Sunday. She was 88.\n\n"
        "Her death was confirmed by her elder daughter, Elena Marchetti-Ward. "
        '"She was working until Thursday," she said.\n'
    )
    assert quote(quotes, "She was working").speaker == "Elena Marchetti-Ward"


def test_a_role_subject_goes_on_through_a_pronoun() -> None:
    quotes = quotes_of_text(
        "Assistant prosecutor Melissa Carver said the director ignored warnings. "
        "Defense attorney Joan Whitaker said her client had asked for help.\n\n"
        '"You cannot convict her for that," Whitaker said.\n\n'
        "The prosecutor returned to the same point in rebuttal. She said the director "
        'could have moved the residents. "She didn\'t need permission to open a door," '
        "she said.\n"
    )
    assert quote(quotes, "She didn").speaker == "Melissa Carver"


def test_a_name_given_only_as_a_first_name_speaks() -> None:
    quotes = quotes_of_text(
        "A crewman on another boat, who gave his name only as Mourad, said he had not "
        'been paid. "The captain says next month," he said.\n'
    )
    assert quote(quotes, "The captain").speaker == "Mourad"


def test_a_body_in_apposition_is_no_she() -> None:
    quotes = quotes_of_text(
        'Councillor Theresa MacIsaac said the city had lost homes. "Those are homes," '
        "she said.\n\n"
        "Host Compliance, a firm hired by the city, found that most listings were whole "
        'units.\n\n"Sixty per cent. That\'s not a basement suite," she added.\n'
    )
    assert quote(quotes, "Sixty per cent").speaker == "Theresa MacIsaac"


def test_an_operator_named_at_a_sentence_end_has_no_full_stop() -> None:
    quotes = quotes_of_text(
        "The warehouse is operated by Norvell Packaging. "
        '"We are relieved that no one was injured," the company said in a statement.\n'
    )
    assert quote(quotes, "We are relieved").speaker == "Norvell Packaging"


def test_a_role_first_used_after_a_quote_is_the_one_who_spoke_before() -> None:
    quotes = quotes_of_text(
        "County Executive Richard Hale conceded on Tuesday night.\n\n"
        "Political scientist Eric Lindahl, of Fairview State University, said Hale had been "
        "hurt by a reassessment.\n\n"
        '"Voters don\'t read assessment notices. They read the number at the bottom," '
        "the professor said.\n\n"
        "Lemieux's co-author, Dr. Kenji Moriyama of the University of Minnesota, said the frogs "
        'flood their cells with glucose. "It\'s antifreeze made of sugar," the biologist said.\n'
    )
    assert quote(quotes, "Voters don").speaker == "Eric Lindahl"
    assert quote(quotes, "It's antifreeze").speaker == "Kenji Moriyama"


def test_the_elder_of_two_namesakes_is_the_one_given_more_years() -> None:
    quotes = quotes_of_text(
        "Giuseppe Lo Cascio has fished the strait for 38 years.\n\n"
        '"The prawns have gone deeper," Lo Cascio, 61, said.\n\n'
        "His son, Salvatore Lo Cascio, 29, works on the same boat. "
        '"I am looking at jobs in Milan," he said.\n\n'
        "The elder Lo Cascio said he would not sell his boat. "
        '"My grandfather built it," he said.\n'
    )
    assert quote(quotes, "My grandfather").speaker == "Giuseppe Lo Cascio"
