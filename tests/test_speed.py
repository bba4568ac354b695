"""Speed rules: text without punctuation is cut into windows that only the ranking stages read."""

from __future__ import annotations

import random

import pytest

import briefcli
from briefcli import pipeline
from briefcli.text import sentences
from briefcli.text.sentences import MAX_SENTENCE_WORDS, RUN_ON_BACKOFF, split, split_marked

_VOCABULARY = "the minister said we will act on policy budget reform energy jobs".split()


def _words(count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(_VOCABULARY) for _ in range(count)]


def test_sentences_are_not_windows_and_a_run_on_is_all_windows() -> None:
    text = "The minister will act. We agreed on the budget."
    assert split_marked(text) == [(s, False) for s in split(text)]
    words = _words(3 * MAX_SENTENCE_WORDS)
    marked = split_marked(" ".join(words))
    assert [window for _, window in marked] == [True, True, True]
    assert " ".join(s for s, _ in marked).split() == words
    # A run-on of exactly MAX_SENTENCE_WORDS words is still one sentence.
    assert split_marked(" ".join(words[:MAX_SENTENCE_WORDS])) == [
        (" ".join(words[:MAX_SENTENCE_WORDS]), False)
    ]


def test_a_window_ends_after_the_last_comma_among_its_last_words() -> None:
    words = _words(2 * MAX_SENTENCE_WORDS)
    near_end = MAX_SENTENCE_WORDS - RUN_ON_BACKOFF // 2  # within the last RUN_ON_BACKOFF
    too_early = MAX_SENTENCE_WORDS - RUN_ON_BACKOFF - 5  # before them: not a cut
    words[too_early] += ";"
    words[near_end] += ","
    found = split(" ".join(words))
    assert found[0].split() == words[: near_end + 1]
    assert " ".join(found).split() == words
    words[near_end] = words[near_end].rstrip(",")
    found = split(" ".join(words))
    assert len(found[0].split()) == MAX_SENTENCE_WORDS  # no comma near the end: a full window


def test_run_on_windows_scan_once_per_window_not_per_word(monkeypatch: pytest.MonkeyPatch) -> None:
    # A megabyte without punctuation is hundreds of thousands of words: the cut matches
    # each window's head whole and looks at its last words only.
    calls = []
    finditer = sentences._WORD_SPAN.finditer

    class Counting:
        def finditer(self, *args: object) -> object:
            calls.append(args)
            return finditer(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(sentences, "_WORD_SPAN", Counting())
    windows = split(" ".join(_words(20 * MAX_SENTENCE_WORDS)))
    assert len(windows) == 20
    assert len(calls) == 20


def test_text_without_punctuation_is_ranked_but_not_read_for_quotes_or_actions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[str, list[int]] = {}
    for stage, module in (("quotes", pipeline.quote_stage), ("actions", pipeline.action_stage)):
        original = getattr(module, f"find_{stage}")

        def recording(*args: object, stage: str = stage, original: object = original) -> object:
            seen[stage] = [s.id for s in args[1]]  # type: ignore[attr-defined]
            return original(*args)  # type: ignore[operator]

        monkeypatch.setattr(module, f"find_{stage}", recording)
    run_on = " ".join(_words(3 * MAX_SENTENCE_WORDS))
    text = f"The minister will visit Kyiv next week.\n\n{run_on}\n\nNATO will hold an exercise."
    brief = briefcli.brief(text)
    assert len(brief.sentences) == 5  # a sentence, three windows, a sentence
    assert seen["quotes"] == seen["actions"] == [0, 4]
    assert {a.sentence for a in brief.actions} <= {0, 4} and brief.actions
    # The windows are sentences of the brief all the same: sections cover them, the summary
    # may take them.
    assert brief.sections[0].first_sentence == 0 and brief.sections[-1].last_sentence == 4
    assert brief.summary


def test_a_long_text_without_punctuation_has_a_summary_and_no_items() -> None:
    brief = briefcli.brief(" ".join(_words(40 * MAX_SENTENCE_WORDS)))
    assert len(brief.sentences) == 40 and len(brief.summary) == 5
    assert brief.quotes == () and brief.actions == ()
