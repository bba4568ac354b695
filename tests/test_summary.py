"""Summary: lengths, the default ranking's genre rules, sumy faithfulness, vectorized centrality."""

from __future__ import annotations

import json
import math
import warnings
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefcli import summary
from briefcli.errors import OptionError
from briefcli.model import Sentence
from briefcli.sections.boundaries import Span
from briefcli.summary import ranking
from briefcli.summary.centrality import (
    degree_centrality,
    lexrank,
    overlap_centrality,
    sumy_terms,
    term_counts,
)
from briefcli.text.sentences import splitter
from briefcli.text.terms import SentenceVectors, vectorize

DATA = Path(__file__).parent / "data" / "summary"


@cache
def briefing(name: str) -> tuple[str, tuple[Sentence, ...]]:
    """Title and sentences of a frozen briefing in tests/data/summary."""
    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    sentences = tuple(
        Sentence(id=i, text=text, paragraph=paragraph, speaker=speaker, question=question)
        for i, (paragraph, speaker, question, text) in enumerate(data["sentences"])
    )
    return data["title"], sentences


def run(
    sentences: Sequence[Sentence],
    length: summary.Length,
    method: str = "default",
    spans: Sequence[Span] | None = None,
    title: str | None = None,
) -> tuple[list[int], list[list[int]]]:
    vectors = vectorize([s.text for s in sentences])
    if spans is None:
        spans = [Span("all", 0, len(sentences) - 1)] if sentences else []
    return summary.summarize(sentences, vectors, spans, length, method, title=title)


def texts(sentences: Sequence[Sentence], ids: Sequence[int]) -> list[str]:
    return [sentences[i].text for i in ids]


# --- Length ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"sentences": 3, "words": 50}, "give only one of --sentences, --ratio and --words"),
        ({"sentences": -1}, "--sentences must be 0 or more"),
        ({"words": -5}, "--words must be 0 or more"),
        ({"ratio": 1.5}, "--ratio must be between 0 and 1"),
    ],
)
def test_length_rejects_bad_options(options: dict[str, Any], message: str) -> None:
    with pytest.raises(OptionError) as error:
        summary.Length(**options)
    assert str(error.value) == message


def test_length_counts_ratio_rounding_up_and_never_past_the_text() -> None:
    assert summary.Length(ratio=0.1).count(35) == 4  # 3.5 rounds up
    assert summary.Length(ratio=0.01).count(35) == 1  # above 0: at least one
    assert summary.Length(ratio=0.0).count(35) == 0
    assert summary.Length(sentences=50).count(35) == 35
    assert summary.Length().count(35) == summary.DEFAULT_SENTENCES
    assert summary.Length(words=100).count(35) is None


@pytest.mark.parametrize("method", ["default", "lexrank", "luhn", "sumbasic"])
@pytest.mark.parametrize("name", ["nato-article", "g7-call"])
def test_word_budget_is_never_exceeded(method: str, name: str) -> None:
    title, sentences = briefing(name)
    for budget in (0, 12, 150):
        chosen, _ = run(sentences, summary.Length(words=budget), method, title=title)
        used = sum(summary.word_count(t) for t in texts(sentences, chosen))
        assert used <= budget
        assert chosen == sorted(set(chosen))
    # A generous budget is used, not wasted: something is picked.
    assert run(sentences, summary.Length(words=150), method)[0]


def test_word_budget_counts_whitespace_tokens() -> None:
    assert summary.word_count("The U.S. will send $50 billion — this year.") == 9


def test_word_budget_smaller_than_every_sentence_gives_an_empty_summary() -> None:
    _, sentences = briefing("nato-article")
    shortest = min(summary.word_count(s.text) for s in sentences)
    assert run(sentences, summary.Length(words=shortest - 1))[0] == []


@pytest.mark.parametrize("method", list(summary.METHODS))
def test_sentence_count_is_exact_unique_and_in_document_order(method: str) -> None:
    title, sentences = briefing("nato-article")
    for count in (0, 1, 5, 12):
        chosen, _ = run(sentences, summary.Length(sentences=count), method, title=title)
        assert len(chosen) == count
        assert chosen == sorted(set(chosen))
        assert all(0 <= i < len(sentences) for i in chosen)


def test_empty_input_gives_empty_summary() -> None:
    assert summary.summarize([], vectorize([]), [], summary.Length()) == ([], [])


def test_unknown_method_names_the_choices() -> None:
    with pytest.raises(OptionError) as error:
        summary.rank("bogus", [], vectorize([]))
    assert "unknown method 'bogus'" in str(error.value)
    assert "default, lexrank, textrank" in str(error.value)


# --- the default ranking ---------------------------------------------------------------


def test_transcript_summary_skips_questions_greetings_and_the_moderator() -> None:
    title, sentences = briefing("g7-call")
    chosen, _ = run(sentences, summary.Length(sentences=6), title=title)
    picked = [sentences[i] for i in chosen]
    assert not any(s.question for s in picked)
    assert not any(s.speaker in ("Moderator", "Aide") for s in picked)
    openings = ("thank", "okay", "yeah")
    assert not any(t.lower().startswith(openings) for t in texts(sentences, chosen))
    # The news of the call: $50 billion for Ukraine, repaid from Russia's immobilized assets.
    joined = " ".join(texts(sentences, chosen))
    assert "$50 billion" in joined
    assert "immobilized" in joined


def test_article_summary_keeps_the_lead() -> None:
    title, sentences = briefing("nato-article")
    chosen, _ = run(sentences, summary.Length(sentences=5), title=title)
    assert 0 in chosen  # "While the situation in Ukraine and the Middle East dominated, …"


def test_reporters_question_loses_to_the_answer() -> None:
    sentences = [
        Sentence(0, "Will the United States send more air defense systems to Ukraine?", 0,
                 "Reporter", True),
        Sentence(1, "The United States will send two more air defense systems to Ukraine "
                    "next week, the Secretary said.", 1, "Jen Psaki"),
        Sentence(2, "Thank you so much.", 1, "Jen Psaki"),
    ]
    chosen, _ = run(sentences, summary.Length(sentences=1))
    assert chosen == [1]


def test_a_turn_resumed_after_an_interruption_is_not_a_summary_sentence() -> None:
    # As in the 2024-09-06 gaggle, where Su resumes after a reporter's interjection.
    sentences = [
        Sentence(0, "— making sure federal investments create good union jobs, real security "
                    "and fair wages for workers across the country.", 0, "Julie Su"),
        Sentence(1, "The executive order covers federal investments in union jobs.", 1, "Julie Su"),
        Sentence(2, "Federal investments create good jobs for workers.", 2, "Julie Su"),
    ]
    chosen = run(sentences, summary.Length(sentences=1))[0]
    assert chosen and chosen != [0]


def test_near_duplicates_are_not_both_chosen() -> None:
    repeated = "The ministers agreed to deploy additional reserve forces to Kosovo this month."
    sentences = [
        Sentence(0, repeated, 0),
        Sentence(1, "Stoltenberg announced a new coordinator for counterterrorism at NATO.", 1),
        Sentence(2, repeated, 2),
        Sentence(3, "Allies will hold the Steadfast Noon exercise over Italy next week.", 3),
        Sentence(4, "NATO ministers also discussed damage to a pipeline in the Baltic Sea.", 4),
    ]
    for length in (summary.Length(sentences=3), summary.Length(words=40)):
        chosen, _ = run(sentences, length)
        assert not {0, 2} <= set(chosen)


def test_sections_are_covered_before_one_topic_is_repeated() -> None:
    _, sentences = briefing("g7-call")
    halves = [Span("a", 0, 102), Span("b", 103, len(sentences) - 1)]
    chosen, _ = run(sentences, summary.Length(sentences=6), spans=halves)
    assert any(i <= 102 for i in chosen) and any(i > 102 for i in chosen)


def test_section_summaries_are_one_or_two_sentences_inside_their_section() -> None:
    title, sentences = briefing("g7-call")
    spans = [Span("a", 0, 3), Span("b", 4, 64), Span("c", 65, 140), Span("d", 141, 205)]
    _, per_section = run(sentences, summary.Length(), spans=spans, title=title)
    assert len(per_section) == len(spans)
    for span, ids in zip(spans, per_section, strict=True):
        assert 1 <= len(ids) <= 2
        assert ids == sorted(set(ids))
        assert all(span.first_sentence <= i <= span.last_sentence for i in ids)
    assert len(per_section[0]) == 1  # four sentences: one is enough


# --- sumy: the vectorized LexRank and the adapters ---------------------------------------


def sumy_document(sentences: Sequence[Sentence], title: str | None = None) -> tuple[Any, list[Any]]:
    """A sumy document built the way a sumy user would: one paragraph per briefcli paragraph."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = splitter()
    paragraphs: list[list[Any]] = []
    every: list[Any] = []
    for s in sentences:
        if not paragraphs or sentences[s.id - 1].paragraph != s.paragraph:
            paragraphs.append([])
        sumy_sentence = SumySentence(s.text, tokenizer)
        paragraphs[-1].append(sumy_sentence)
        every.append(sumy_sentence)
    if title:
        paragraphs[0].insert(0, SumySentence(title, tokenizer, is_heading=True))
    return ObjectDocumentModel([Paragraph(p) for p in paragraphs]), every


def sumy_ratings(name: str, sentences: Sequence[Sentence]) -> list[float]:
    """The rating sumy's summarizer gives each sentence, read from sumy's own call."""
    document, every = sumy_document(sentences)
    summarizer = ranking._sumy_summarizer(name)
    seen: dict[str, Any] = {}
    original = summarizer._get_best_sentences

    def spy(found: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> Any:
        seen["rating"] = rating
        return original(found, count, rating, *args, **kwargs)

    summarizer._get_best_sentences = spy
    summarizer(document, 5)
    return [seen["rating"][s] for s in every]


@pytest.mark.parametrize("name", ["nato-article", "g7-call"])
def test_vectorized_lexrank_gives_sumys_scores_and_ranking(name: str) -> None:
    _, sentences = briefing(name)
    ours = lexrank([s.text for s in sentences])
    theirs = sumy_ratings("lexrank", sentences)
    assert ours == theirs  # the same floats, so the same ranking and ties
    order = sorted(range(len(ours)), key=lambda i: -ours[i])
    assert order == sorted(range(len(theirs)), key=lambda i: -theirs[i])


def test_lexrank_without_any_edge_ties_everything() -> None:
    assert lexrank(["", "", ""]) == [0.0, 0.0, 0.0]
    assert lexrank([]) == []


@pytest.mark.parametrize("method", summary.SUMY_METHODS)
def test_sumy_methods_pick_what_sumy_picks(method: str) -> None:
    title, sentences = briefing("nato-article")
    vectors = vectorize([s.text for s in sentences])
    for count in (1, 4, 9):
        document, _ = sumy_document(sentences, title)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # LSA's note about few words
            theirs = [str(s) for s in ranking._sumy_summarizer(method)(document, count)]
        chosen, _ = summary.summarize(
            sentences, vectors, [], summary.Length(sentences=count), method, title=title
        )
        assert texts(sentences, chosen) == theirs


# --- linear-time centralities --------------------------------------------------------------


def test_overlap_centrality_is_sumys_reduction_rating() -> None:
    _, sentences = briefing("g7-call")
    ours = overlap_centrality(term_counts([sumy_terms(s.text) for s in sentences]))
    theirs = sumy_ratings("reduction", sentences)
    # sumy keys ratings by text, so a repeated sentence ("Yeah.") gets the sum of its
    # copies' scores; each occurrence is scored on its own here.
    once = [i for i, s in enumerate(sentences) if sum(t.text == s.text for t in sentences) == 1]
    assert len(once) > 150
    assert np.allclose(ours[once], np.array(theirs)[once], rtol=1e-12, atol=1e-12)


def test_overlap_centrality_handles_empty_and_one_word_sentences() -> None:
    scores = overlap_centrality(term_counts([[], ["nato"], ["nato"], ["nato", "kosovo"]]))
    assert scores[0] == 0.0
    # Two one-term sentences: their edge has a zero norm, which Reduction counts as 0.
    assert scores[1] == pytest.approx(1 / math.log(2))
    assert scores[3] == pytest.approx(2 / math.log(2))


def test_degree_centrality_is_the_row_sum_of_cosines() -> None:
    _, sentences = briefing("nato-article")
    vectors = vectorize([s.text for s in sentences])
    dense = (vectors.matrix @ vectors.matrix.T).toarray()
    assert np.allclose(degree_centrality(vectors.matrix), dense.sum(axis=1))


# --- any input -------------------------------------------------------------------------------

WORDS = ["nato", "ukraine", "will", "send", "aid", "the", "minister", "said", "thank", "you", "$5"]


@st.composite
def sentence_lists(draw: st.DrawFn) -> list[Sentence]:
    count = draw(st.integers(min_value=0, max_value=25))
    out = []
    for i in range(count):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=12))
        speaker = draw(st.sampled_from([None, "Jen Psaki", "Reporter"]))
        out.append(
            Sentence(i, " ".join(words) + ".", i // 3, speaker, question=speaker == "Reporter")
        )
    return out


@settings(max_examples=30, deadline=None)
@given(
    sentences=sentence_lists(),
    count=st.integers(min_value=0, max_value=8),
    budget=st.integers(min_value=0, max_value=60),
)
def test_any_input_gives_a_valid_summary(
    sentences: list[Sentence], count: int, budget: int
) -> None:
    vectors: SentenceVectors = vectorize([s.text for s in sentences])
    spans = [Span("all", 0, len(sentences) - 1)] if sentences else []
    chosen, per_section = summary.summarize(
        sentences, vectors, spans, summary.Length(sentences=count)
    )
    answers = [s for s in sentences if not s.question]
    assert len(chosen) == min(count, len(answers))
    assert chosen == sorted(set(chosen))
    assert not any(sentences[i].question for i in chosen)  # never a reporter's question
    assert len(per_section) == len(spans)
    assert not any(sentences[i].question for ids in per_section for i in ids)
    chosen, _ = summary.summarize(sentences, vectors, spans, summary.Length(words=budget))
    assert sum(summary.word_count(sentences[i].text) for i in chosen) <= budget
    assert chosen == sorted(set(chosen))


# One sentence for each alternative of the genre patterns that scan only sentences holding
# one of their hint substrings: a hint list that falls out of step with its pattern fails.
_GENRE_PHRASES = [
    "we'll take a few questions now.", "let me turn it back over to jen.",
    "i'll hand it over to the admiral.", "i'll turn the floor over to you.",
    "a couple more and then we go.", "one few more.", "the ground rules are simple.",
    "this call is on background.", "the embargo lifts at noon.", "not for attribution.",
    "the dial-in is closed.", "thanks for joining this call.", "can you hear me?",
    "we'll go to the next question.", "let's move to line four.", "i'll start with ukraine.",
    "let me begin with the budget.", "joining me today is the secretary.", "i'm joined by her.",
    "i have a couple things for you.", "at the top, one note.", "(laughter)", "(applause)",
    "(inaudible)", "(crosstalk)", "the committee will come to order.", "without objection.",
    "so ordered.", "i yield back.", "my time has expired.", "reclaiming my time.",
    "i ask unanimous consent.", "point of order.", "we stand adjourned.",
    "the chair recognizes the senator.", "the gentleman is recognized.", "call the roll call.",
    "all those in favour.", "those opposed.", "the motion carries.", "i second the motion.",
    "i call this meeting to order.", "welcome to today's meeting.", "apologies for absence.",
    "any declarations of interest?", "item 3 is papers to note.", "you have six minutes.",
    "we'll move on to item 4.", "we'll go to the next item.", "to exclude the public.",
    "we meet in camera.", "a transcript to check for accuracy.", "we suspend for a moment.",
    "i don't want to get ahead of the president.", "i'd refer you to the department.",
    "i'd point you to dod.", "i don't have anything on that.", "we do not have an update.",
    "i'm not going to comment on that.", "there is no update.", "i won't speculate.",
    "i can't get into that.", "i cannot preview it.", "i'm not in a position to say.",
    "we are not able to confirm.", "i'm not sure.", "i don't know.",
    "the president will sign it.", "they announced a plan.", "we agreed to it.",
    "we are committed.", "they launched it.", "approved by congress.", "we decided.",
    "we plan to act.", "we intend to act.", "they pledged aid.", "the proposal stands.",
    "we delivered.", "it provides aid.", "we imposed costs.", "we invest.", "we deployed.",
    "new sanctions.", "we established it.", "we released it.",
    "It costs $5 million.", "up 10 percent in March.", "on Monday, today or tomorrow.",
    "next week we meet.", "In January, February, April, May, June, July, August.",
    "September, October, November, December, Tuesday, Wednesday, Thursday, Friday.",
    "Saturday and Sunday, a billion.", "He paused — and — again — restarted.",
    "It was shooti- — yes.", "it is a great satisfaction to all of us.",
    "it's a real pleasure.", "it is an honour.", "it was a privilege.", "it is a joy.",
    "i'm very pleased to welcome the minister.", "we're delighted to be here.",
    "i am honored to host you.", "we are happy to have you.", "i'm glad to see you.",
    "we're thrilled to join.", "i am grateful to be with you.", "a warm welcome to all.",
    "thank you all for being here.", "thanks for coming.", "thank you for joining us.",
    "thank you very much for attending.", "thank you for having me.",
    "i want to express the thanks of the people.", "let me extend our deepest gratitude.",
    "we offer our appreciation.", "i convey my sincere thanks.",
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "hints", "lower"),
    [
        (ranking._LOGISTICS, ranking._LOGISTICS_HINTS, True),
        (ranking._NON_ANSWER, ranking._NON_ANSWER_HINTS, True),
        (ranking._COURTESY, ranking._COURTESY_HINTS, True),
        (ranking._COMMITMENT, ranking._COMMITMENT_HINTS, True),
        (ranking._CONCRETE_WORD, ranking._CONCRETE_WORD_HINTS, False),
        (ranking._BREAK, ranking._BREAK_HINTS, False),
    ],
)
def test_genre_hints_find_every_match_of_their_pattern(
    pattern: Any, hints: tuple[str, ...], lower: bool
) -> None:
    texts = [t.lower() if lower else t for t in _GENRE_PHRASES]
    texts += [s.text.lower() if lower else s.text for s in _sample_sentences()]
    joined = ranking._Joined(texts)
    hinted = joined.count(pattern, hints)
    assert hinted.sum() > 0
    assert hinted.tolist() == joined.count(pattern).tolist()


@cache
def _sample_sentences() -> tuple[Sentence, ...]:
    import briefcli

    root = Path(__file__).resolve().parent.parent / "samples"
    return tuple(s for p in sorted(root.iterdir()) for s in briefcli.brief_file(str(p)).sentences)


def test_courtesies_stay_out_of_a_summary() -> None:
    import briefcli

    text = (
        "PRESIDENT DUDA: It is a great satisfaction to all of us here in Poland that the Vice "
        "President of the United States is here with us in Warsaw, in our country, today. "
        "Poland has taken in 1.5 million refugees from Ukraine in two weeks.\n\n"
        "THE VICE PRESIDENT: I am very pleased to be here in Poland with the President of "
        "Poland today. The United States will give another $50 million in humanitarian aid "
        "to the refugees from Ukraine through the World Food Programme.\n\n"
        "PRESIDENT DUDA: Poland will ask NATO to keep more troops on the eastern flank.\n\n"
        "THE VICE PRESIDENT: The United States will send more troops to Poland."
    )
    brief = briefcli.brief(text, sentences=3)
    chosen = " ".join(s.text for s in brief.summary)
    assert "$50 million" in chosen
    assert "satisfaction" not in chosen and "pleased" not in chosen


def test_a_section_is_never_summed_up_by_a_word_of_no_content() -> None:
    # A reporter's two questions and the official's "Okay." between them: the section's
    # only answer says nothing, so the section has no summary sentence rather than "Okay.".
    sentences = [
        Sentence(0, "The grain deal must be implemented swiftly by every party.", 0, "Price"),
        Sentence(1, "Ships are already leaving Odesa with wheat for Africa.", 0, "Price"),
        Sentence(2, "I have one more question about the grain deal.", 1, "Reporter", True),
        Sentence(3, "Okay.", 2, "Price"),
        Sentence(4, "How much grain has reached Africa so far?", 3, "Reporter", True),
    ]
    spans = [Span("grain", 0, 1), Span("more", 2, 4)]
    _, per_section = run(sentences, summary.Length(sentences=1), spans=spans)
    assert per_section[0] and per_section[1] == []
