"""Speed rules on long meetings: work done once per brief, not once per sentence or per pass."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import briefcli
from briefcli import pipeline
from briefcli.sections import boundaries
from briefcli.sections.title import SentenceTopics

_MEETING = "\n\n".join(
    [
        "Committee hearing on rail services",
        "The Chair (Mr. Bryan May): I call this meeting to order. We'll move on to our first"
        " panel of witnesses.",
        "Mr. Huw Davies (Director, Department of Transport): Thank you. Rail services will be"
        " restored in March. The budget for the line is $40 million.",
        "Lynne Neagle AM: Thank you. When will the new trains arrive in Cardiff?",
        "Mr. Huw Davies (Director, Department of Transport): Thank you. The new trains arrive in"
        " Cardiff in June.",
        "The Chair (Mr. Bryan May): Thank you. We'll now go to Mark Reckless AM.",
        "Mark Reckless AM: Thank you. What about the fares on the valley lines?",
        "Mr. Huw Davies (Director, Department of Transport): Thank you. Fares will be frozen"
        " until next year.",
    ]
)


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_paused_during_a_brief_and_on_again_after(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    find_sections = pipeline.section_stage.find_sections

    def spying(*args: object) -> object:
        seen.append(gc.isenabled())
        return find_sections(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline.section_stage, "find_sections", spying)
    briefcli.brief(_MEETING)
    assert seen == [False]
    assert gc.isenabled()


def test_a_pause_inside_a_pause_leaves_the_collector_off_until_the_outer_one_ends(
    collector_on: None,
) -> None:
    with pipeline.collector_paused():
        with pipeline.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_failed_brief_turns_the_collector_back_on(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*args: object) -> object:
        raise ZeroDivisionError

    monkeypatch.setattr(pipeline.section_stage, "find_sections", failing)
    with pytest.raises(ZeroDivisionError):
        briefcli.brief(_MEETING)
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        briefcli.brief(_MEETING)
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_topics_are_read_once_per_distinct_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    sentence_topics = boundaries.sentence_topics

    def counting(text: str) -> SentenceTopics:
        read.append(text)
        return sentence_topics(text)

    monkeypatch.setattr(boundaries, "sentence_topics", counting)
    brief = briefcli.brief(_MEETING)
    texts = [s.text for s in brief.sentences]
    assert texts.count("Thank you.") >= 5
    assert sorted(read) == sorted(set(texts))


def test_clauses_are_read_once_per_distinct_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefcli.actions import items

    read: list[str] = []
    find_clauses = items.find_clauses

    def counting(text: str) -> list[object]:
        read.append(text)
        return find_clauses(text)  # type: ignore[return-value]

    monkeypatch.setattr(items, "find_clauses", counting)
    twice = _MEETING + "\n\n" + _MEETING.split("\n\n", 1)[1]
    brief = briefcli.brief(twice)
    assert len(read) == len(set(read))
    assert [a.action for a in brief.actions] == [a.action for a in briefcli.brief(twice).actions]
    assert "restored in March" in " ".join(a.text for a in brief.actions)


def test_a_sentence_without_any_trigger_key_gives_the_same_answer_unscanned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefcli.actions import triggers

    texts = ["Okay.", "Good morning everyone.", "We will act on the budget next week.",
             "The minister is going to announce it.", "Rail services are running."]  # fmt: skip
    triggers.find_triggers("We will act.")  # every scan's keys registered
    assert triggers._ALL_REGISTERED[0]
    gated = [triggers.find_triggers(t) for t in texts]
    monkeypatch.setattr(triggers, "_ALL_REGISTERED", [False])
    scanned = []
    for t in texts:
        triggers._ALL_REGISTERED[0] = False  # every scan run
        scanned.append(triggers.find_triggers(t))
    assert gated == scanned
    assert gated[0] == [] and gated[2]
