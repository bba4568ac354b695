"""Topical sections: where topics change, titles, coverage, headings and transcripts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefcli.model import Kind, Sentence
from briefcli.pipeline import sentences_of
from briefcli.sections.boundaries import Span, find_sections
from briefcli.sections.title import names_in, phrases_in
from briefcli.text.document import Block, Document
from briefcli.text.terms import vectorize

DATA = Path(__file__).parent / "data" / "sections"




def sections_of(doc: Document) -> tuple[list[Sentence], list[Span]]:
    sentences = sentences_of(doc)
    return sentences, find_sections(doc, sentences, vectorize([s.text for s in sentences]))


def article(
    paragraphs: list[str], title: str | None = None, headings: frozenset[int] = frozenset()
) -> Document:
    blocks = tuple(Block(text=p, heading=i in headings) for i, p in enumerate(paragraphs))
    return Document(source="test", title=title, date=None, kind="article", blocks=blocks)


def transcript(text: str) -> Document:
    """Blocks of a transcript written as `LABEL:  speech` / `Q  question` paragraphs."""
    blocks: list[Block] = []
    turn = -1
    speaker: str | None = None
    for paragraph in text.split("\n\n"):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        m = re.match(r"^(Q|[A-Z][A-Z. '-]+:)\s+(.*)$", paragraph, re.S)
        if m:
            speaker, paragraph = m.group(1).rstrip(":"), m.group(2)
            turn += 1
        blocks.append(Block(text=paragraph, speaker=speaker, question=speaker == "Q", turn=turn))
    return Document(source="test", title=None, date=None, kind="transcript", blocks=tuple(blocks))


def assert_covers(spans: list[Span], sentences: list[Sentence]) -> None:
    assert spans, "no sections"
    assert spans[0].first_sentence == 0
    assert spans[-1].last_sentence == len(sentences) - 1
    for a, b in zip(spans, spans[1:], strict=False):
        assert b.first_sentence == a.last_sentence + 1
    for span in spans:
        assert span.first_sentence <= span.last_sentence
        assert span.title.strip()


def starts_of(spans: list[Span], sentences: list[Sentence]) -> list[int]:
    """The paragraph each section begins with."""
    return [sentences[span.first_sentence].paragraph for span in spans]


def matched(found: list[int], expected: list[int], tolerance: int) -> list[int]:
    """The expected starts that a distinct found start lies within `tolerance` of."""
    free = list(found)
    hits = []
    for e in expected:
        near = [f for f in free if abs(f - e) <= tolerance]
        if near:
            best = min(near, key=lambda f: abs(f - e))
            free.remove(best)
            hits.append(e)
    return hits


@pytest.fixture(scope="module")
def nato() -> tuple[Document, list[Sentence], list[Span]]:
    title, *paragraphs = (DATA / "nato-ministers.txt").read_text(encoding="utf-8").split("\n\n")
    doc = article([p.strip() for p in paragraphs if p.strip()], title=title.strip())
    sentences, spans = sections_of(doc)
    return doc, sentences, spans


# Israel and Hamas, Kosovo, Iraq, Vilnius, nuclear deterrence, Baltic Sea, Swedish accession.
NATO_TOPIC_STARTS = [3, 5, 8, 10, 11, 13, 14]


def test_nato_topic_changes_found_within_one_paragraph(
    nato: tuple[Document, list[Sentence], list[Span]],
) -> None:
    doc, sentences, spans = nato
    assert_covers(spans, sentences)
    found = starts_of(spans, sentences)
    # Each topic change has its own section start within one paragraph.
    assert matched(found, NATO_TOPIC_STARTS, tolerance=1) == NATO_TOPIC_STARTS, found
    # Not one section per paragraph: at most one spurious section beyond the topics.
    assert len(spans) <= len(NATO_TOPIC_STARTS) + 2, found


def test_nato_titles_name_the_topic(nato: tuple[Document, list[Sentence], list[Span]]) -> None:
    doc, sentences, spans = nato
    found = starts_of(spans, sentences)

    def title_at(paragraph: int) -> str:
        index = max(i for i, start in enumerate(found) if start <= paragraph)
        return spans[index].title

    assert re.search(r"Israel|Hamas", title_at(3))
    assert "Kosovo" in title_at(6) or "KFOR" in title_at(6)
    # "In Iraq, the NATO mission is expanding …": hand-labelled "NATO mission in Iraq".
    assert re.search(r"Iraq|terror|NATO mission", title_at(8), re.I)
    assert re.search(r"nuclear|Steadfast Noon", title_at(12), re.I)
    assert re.search(r"Baltic|pipeline|cable|undersea|Finland|Estonia", title_at(13), re.I)
    assert re.search(r"Swed|Turk|accession|ratification", title_at(14), re.I)
    for span in spans:
        # Short, and never a bag of reporting words.
        assert len(span.title) <= 60, span.title
        assert not re.search(r"\b(said|also)\b", span.title, re.I), span.title


def test_explicit_headings_open_sections_and_title_them() -> None:
    doc = article(
        [
            "FUNDING THE ROADS",
            "The bill gives states money to repair roads and bridges.",
            "Road repairs begin in the spring.",
            "PROTECTING THE COAST",
            "Coastal towns get grants against flooding.",
            "The grants pay for sea walls and dunes.",
        ],
        headings=frozenset({0, 3}),
    )
    sentences, spans = sections_of(doc)
    assert_covers(spans, sentences)
    assert [sentences[s.first_sentence].paragraph for s in spans] == [1, 4]
    assert [s.title for s in spans] == ["Funding The Roads", "Protecting The Coast"]


def test_cue_phrases_open_sections_in_a_short_article() -> None:
    doc = article(
        [
            "The governors met in Denver to discuss wildfire preparedness and water supplies.",
            "Wildfire crews will be expanded before the summer, the governors agreed.",
            "New wildfire crews will train in Colorado and Utah.",
            "The governors also discussed the Colorado River drought and water rationing.",
            "Water rationing in Arizona could start next year.",
            "Finally, the governors raised the need for broadband in rural counties.",
            "Rural broadband grants will be announced in June.",
        ]
    )
    sentences, spans = sections_of(doc)
    assert_covers(spans, sentences)
    assert starts_of(spans, sentences) == [0, 3, 5]


def test_a_release_makes_a_point_a_paragraph_up_to_a_count_from_its_length() -> None:
    """Prose opens weaker places too, best first, up to 1.5 x sqrt(sentences) sections; the
    sections the evidence alone opens are the parts the summary spreads over."""
    paragraphs = [
        "The minister announced new funding for rural hospitals across the state today. "
        "Rural hospitals will receive grants for staff and equipment.",
        "The grants follow a review of hospital waiting times in remote towns. "
        "Waiting times in remote towns have doubled since 2015.",
        "Separately, the minister opened a new bridge over the Murray River. "
        "The bridge cuts the drive between the two towns by forty minutes.",
        "Road safety cameras will also be installed on the highway near the bridge. "
        "Cameras on the highway will record speeding trucks.",
        "School buses in the district will run a new timetable from March. "
        "The timetable adds two morning buses for students.",
    ]
    sentences, spans = sections_of(article(paragraphs))
    assert_covers(spans, sentences)
    assert 3 <= len(spans) <= round(1.5 * len(sentences) ** 0.5)
    # Every section begins at a paragraph, and its part never goes back.
    assert all(sentences[s.first_sentence].text.split()[0][0].isupper() for s in spans)
    parts = [s.part for s in spans]
    assert parts[0] == 0 and all(p is not None for p in parts)
    assert len(set(parts)) < len(spans)  # the cues and valleys alone open fewer
    assert all(b in (a, a + 1) for a, b in zip(parts, parts[1:], strict=False))  # type: ignore[operator]


def test_transcript_questions_open_topics_and_follow_ups_stay() -> None:
    doc = transcript((DATA / "psaki-2022-05-13-excerpt.txt").read_text(encoding="utf-8"))
    sentences, spans = sections_of(doc)
    assert_covers(spans, sentences)
    turns = [doc.blocks[sentences[s.first_sentence].paragraph].turn for s in spans]
    # Shireen Abu Akleh (turn 0), Title 42 (4), family separation (6), baby formula (8),
    # crime and bail reform (18); short follow-ups on formula stay in place.
    assert matched([t for t in turns if t is not None], [0, 4, 6, 8, 18], 1) == [0, 4, 6, 8, 18]
    assert 2 not in turns and 14 not in turns, turns
    assert len(spans) <= 8, turns
    # Sections never start with an answer in the middle of a turn.
    for span in spans[1:]:
        block = doc.blocks[sentences[span.first_sentence].paragraph]
        previous = doc.blocks[sentences[span.first_sentence - 1].paragraph]
        assert block.turn != previous.turn
    formula = next(s for s, t in zip(spans, turns, strict=True) if t == 8)
    assert re.search(r"formula", formula.title, re.I), formula.title


def test_names_and_phrases() -> None:
    text = (
        "Stoltenberg said Israeli Defense Minister Yoav Gallant briefed the ministers on "
        "the attacks by Hamas against Israel."
    )
    assert names_in(text) == ["Israeli Defense Minister Yoav Gallant", "Hamas", "Israel"]
    assert "critical undersea infrastructure" in phrases_in(
        "The ministers also discussed damage to critical undersea infrastructure."
    )
    assert names_in("The NATO ministers met the U.S. delegation.") == ["NATO", "U.S."]


def test_one_sentence_and_no_sentences() -> None:
    doc = article(["Only one sentence here."])
    sentences, spans = sections_of(doc)
    assert spans == [Span(spans[0].title, 0, 0)]
    assert find_sections(doc, [], vectorize([])) == []


paragraph_text = st.lists(
    st.sampled_from(
        [
            "The ministers discussed Kosovo.",
            "Finally, the allies agreed on Sweden.",
            "He said it was important.",
            "On Iraq, the mission grows?",
            "Gas prices fell again this week.",
            "Q",
            "",
            "THE BUDGET",
            "“Quote,” he said.",
        ]
    ),
    min_size=1,
    max_size=4,
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(
    paragraphs=st.lists(paragraph_text, min_size=1, max_size=25),
    kind=st.sampled_from(["article", "transcript"]),
    data=st.data(),
)
def test_sections_always_cover_sentences_in_order(
    paragraphs: list[str], kind: Kind, data: st.DataObject
) -> None:
    blocks = []
    for i, p in enumerate(paragraphs):
        heading = data.draw(st.booleans()) if kind == "article" else False
        question = data.draw(st.booleans()) if kind == "transcript" else False
        blocks.append(
            Block(
                text=p,
                heading=heading,
                speaker=("Q" if question else "MS. PSAKI") if kind == "transcript" else None,
                question=question,
                turn=i if kind == "transcript" else None,
            )
        )
    doc = Document(source="t", title=None, date=None, kind=kind, blocks=tuple(blocks))
    sentences, spans = sections_of(doc)
    if not sentences:
        assert spans == []
        return
    assert_covers(spans, sentences)


def test_names_keep_initials_and_new_and_skip_contractions() -> None:
    from briefcli.sections.title import names_in

    names = names_in("Yesterday President Donald J. Trump flew to New York City, and We’ll see.")
    assert "Donald J. Trump" in names
    assert "New York City" in names
    assert not any("We" in n for n in names)
    assert names_in("The 15 members met.") == []


@pytest.mark.parametrize(
    ("word", "topic"),
    [("debate", True), ("fentanyl", True), ("million", False), ("remains", False),
     ("knew", False), ("quickly", False), ("start", False)],
)  # fmt: skip
def test_a_lone_word_titles_a_section_only_when_it_can_be_a_topic(word: str, topic: bool) -> None:
    from briefcli.sections.title import _lone_topic

    assert _lone_topic(word) is topic


def test_a_topic_that_returns_after_a_short_digression_is_one_section() -> None:
    # Units 0-3 and 6-9 are about school funding, 4-5 a short digression on a bus contract;
    # 10-13 are a new topic (teacher recruitment) as long as the funding sections.
    from types import SimpleNamespace

    import numpy as np
    from scipy.sparse import csr_matrix

    from briefcli.sections.boundaries import _join_returns

    vocabulary = {"funding": 0, "formula": 1, "school": 2, "bus": 3, "contract": 4,
                  "teacher": 5, "recruitment": 6}  # fmt: skip
    units = (
        [["funding", "formula", "school"]] * 4
        + [["bus", "contract"]] * 2
        + [["funding", "school", "formula"]] * 4
        + [["teacher", "recruitment"]] * 4
    )

    def evidence(units: list[list[str]]) -> SimpleNamespace:
        rows = [u for u, words in enumerate(units) for _ in words]
        cols = [vocabulary[w] for words in units for w in words]
        shape = (len(units), len(vocabulary))
        return SimpleNamespace(
            counts=csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape),
            tokens=np.asarray([len(u) for u in units], dtype=float),
            heading=[False] * len(units),
        )

    vectors = SimpleNamespace(idf=np.ones(len(vocabulary)))
    assert _join_returns([0, 4, 6, 10], evidence(units), vectors) == [0, 10]  # type: ignore[arg-type]
    # A digression longer than the topic around it is a topic of its own.
    funding, bus = ["funding", "formula", "school"], ["bus", "contract"]
    longer = [funding] * 2 + [bus] * 4 + [funding] * 2
    assert _join_returns([0, 2, 6], evidence(longer), vectors) == [0, 2, 6]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "question", "part"),
    [
        # Asked in two parts and answered in two (State Department press briefing, 2022-04-29).
        ("And the second thing is are you aware of an incident in Nepal?", True, True),
        ("And then my second question: U.S. think tanks released analysis.", True, True),
        ("And lastly, any result on meetings with Belarusian opposition?", True, True),
        ("To your first question, we don't have anything to offer.", False, True),
        ("As far as your second question on diplomats in Ukraine, I would say", False, True),
        ("Alex, to your first question, broadly speaking, so evidence of", False, True),
        # Not parts: a statement's "one last thing", a question's opening, a plain answer.
        ("One last thing, and I know you guys look forward to these.", False, False),
        ("Could you please confirm a report about an American citizen?", True, False),
        ("We continue to press for the release of all hostages.", False, False),
    ],
)
def test_the_parts_of_a_multi_part_question_and_answer(
    text: str, question: bool, part: bool
) -> None:
    from briefcli.sections.boundaries import opens_part

    sentence = Sentence(id=0, text=text, paragraph=0, question=question)
    assert opens_part(sentence) is part


def test_a_two_part_question_is_answered_in_two_sections() -> None:
    # Invented, in the State Department's layout: one reporter asks about a railway strike and
    # a chipmaker, the spokesperson answers each in its own paragraph.
    doc = transcript(
        "MR PRICE:  Good afternoon. We mark the anniversary of the chemical weapons convention"
        " today. The chemical weapons convention bans chemical weapons everywhere. Chemical"
        " weapons stockpiles were destroyed under the convention.\n\n"
        "Q  Thanks, Ned. Can you say anything about the railway station strike in Kramatorsk"
        " and the railway station casualties?\n\n"
        "And my second question is about the chipmaker YMTC and export controls on chips?\n\n"
        "MR PRICE:  To your first question, the railway station strike killed civilians who"
        " waited for trains at the railway station. The railway station was full of families."
        " Russian forces struck the railway station with missiles.\n\n"
        "As far as your second question on the chipmaker, export controls on chips apply to"
        " YMTC as to every chipmaker. Chips from YMTC are reviewed under export controls. We"
        " review the chipmaker's exports of chips regularly."
    )
    sentences, spans = sections_of(doc)
    assert_covers(spans, sentences)
    firsts = [sentences[s.first_sentence].text for s in spans]
    # The chipmaker's answer opens a section of its own, and no section is a question alone.
    assert any(t.startswith("As far as your second question") for t in firsts), firsts
    for span in spans:
        assert not all(s.question for s in sentences[span.first_sentence : span.last_sentence + 1])


def test_a_question_that_shares_nothing_with_the_exchange_before_it_counts_more() -> None:
    # Invented gaggle: a question on the jobs report, an answer, a follow-up on the same
    # report, its answer, then a question on a different subject (a rail strike).
    from dataclasses import replace

    from briefcli.sections.boundaries import WEIGHTS, _evidence, _scores, _units

    doc = transcript(
        "MS. JEAN-PIERRE:  Good afternoon. The jobs report shows steady job growth and wages"
        " rising faster than prices. Job growth in manufacturing jobs was strong.\n\n"
        "Q  On the jobs report, how much of the job growth is in manufacturing jobs?\n\n"
        "MS. JEAN-PIERRE:  Manufacturing jobs grew again, and the jobs report shows wages"
        " rising in manufacturing.\n\n"
        "Q  And are wages in the jobs report rising for manufacturing workers too?\n\n"
        "MS. JEAN-PIERRE:  Wages for manufacturing workers are rising, as the report shows.\n\n"
        "Q  Is the railroad union going to strike over pensions at the ports this winter?\n\n"
        "MS. JEAN-PIERRE:  The railroad union and the ports are negotiating pensions, and a"
        " strike is not expected this winter."
    )
    sentences = sentences_of(doc)
    vectors = vectorize([s.text for s in sentences])
    units = _units(doc, sentences)
    from briefcli.sections.title import sentence_topics

    topics = [sentence_topics(s.text) for s in sentences]
    e = _evidence(doc, sentences, vectors, units, topics, WEIGHTS)
    plain = _scores(e, replace(WEIGHTS, fresh_question=0.0))
    fresh = _scores(e, WEIGHTS)
    questions = [i for i, u in enumerate(units) if u.question]
    follow_up, strike = questions[1], questions[2]
    assert fresh[strike] - plain[strike] == pytest.approx(WEIGHTS.fresh_question)
    assert fresh[follow_up] == pytest.approx(plain[follow_up])


def test_a_verb_of_thought_is_no_section_s_topic_alone() -> None:
    from briefcli.sections.title import _lone_topic

    assert not _lone_topic("learn") and not _lone_topic("expect")
    assert _lone_topic("vaccines")


def test_long_talk_sections_split_when_the_weight_is_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """`long_section` (off by default) splits a press conference's long sections at their
    best places; the sections still cover every sentence once, and the sections before the
    split stay the summary's parts."""
    import dataclasses

    import briefcli.sections.boundaries as boundaries

    doc = transcript((DATA / "psaki-2022-05-13-excerpt.txt").read_text(encoding="utf-8"))
    sentences, before = sections_of(doc)
    monkeypatch.setattr(
        boundaries, "WEIGHTS", dataclasses.replace(boundaries.WEIGHTS, long_section=1.0)
    )
    _, after = sections_of(doc)
    assert_covers(after, sentences)
    assert len(after) > len(before)
    parts = [s.part for s in after]
    assert parts[0] == 0 and len(set(parts)) == len(before)
    assert all(b in (a, a + 1) for a, b in zip(parts, parts[1:], strict=False))  # type: ignore[operator]
