"""The fresh set's labels: every label opens a turn in its text, and batches filter the run."""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks import publishers

LABELS = publishers.load_labels(("fresh",))


@pytest.mark.parametrize("label", LABELS, ids=lambda label: label["source"][6:40])
def test_every_labelled_speaker_opens_a_turn_in_its_text(label: dict) -> None:
    text = (publishers.FRESH / label["source"]).read_text(encoding="utf-8")
    lines = text.splitlines()
    assert label["title"] == lines[0]
    opened = {turn.label for turn in publishers.parse_turns(text, label)}
    assert set(label["speakers"]) <= opened
    assert set(label["reporters"]) <= set(label["speakers"])
    assert set(label.get("moderators", [])) <= set(label["reporters"])


@pytest.mark.parametrize(
    ("batch", "counts"),
    [
        (2, ["12", "4", "16"]),
        (3, ["18", "6", "24"]),
        (4, ["22", "6", "28"]),
        (5, ["15", "16", "31"]),
        (6, ["19", "13", "32"]),
    ],
    ids=["batch2", "batch3", "batch4", "batch5", "batch6"],
)
def test_one_batch_alone_is_scored_with_batch(
    batch: int, counts: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert len([label for label in LABELS if label.get("batch", 1) == batch]) == int(counts[2])
    assert publishers.main(["--set", "fresh", "--batch", str(batch)]) == 0
    table = capsys.readouterr().out
    row = next(line for line in table.splitlines() if line.startswith("documents"))
    assert row.split()[1:] == counts


def test_a_label_after_a_prefix_or_alone_without_a_mark_opens_a_turn() -> None:
    podcast = (
        "Title\nApril 20, 2027\n[00:00:05] Sam Whitaker: Welcome.\n[00:00:14] Joanna Reid: Thanks."
    )
    label: dict[str, Any] = {"speakers": {"Sam Whitaker": "", "Joanna Reid": ""}}
    assert {t.label for t in publishers.parse_turns(podcast, label)} == {None}
    label["label_prefix"] = r"\[\d{2}:\d{2}:\d{2}\] "
    turns = publishers.parse_turns(podcast, label)
    assert [(t.label, t.text) for t in turns[1:]] == [
        ("Sam Whitaker", " Welcome."),
        ("Joanna Reid", " Thanks."),
    ]
    bare = "Title\nMar 2, 2027\nGovernor Ana Ramirez\n00:00:03\nGood afternoon.\nReporter 1\nWhen?"
    label = {"speakers": {"Governor Ana Ramirez": "", "Reporter 1": ""}, "label_bare": True}
    turns = publishers.parse_turns(bare, label)
    assert [t.label for t in turns[1:]] == ["Governor Ana Ramirez", "Reporter 1"]
    assert "Good afternoon." in turns[1].text


def test_bold_questions_and_plain_answers_are_turns_without_labels() -> None:
    interview = (
        "Title\n9 December 2027\nInterview by A Writer.\n\nA standfirst.\n\n"
        "**Will any school close?**\n\nNo. Not one.\n\nA second paragraph.\n\n"
        "**Councils say they cannot pay.**\n\nI understand that."
    )
    label: dict[str, Any] = {"speakers": {"QUESTION (bold)": "", "ANSWER (plain)": ""}}
    assert {t.label for t in publishers.parse_turns(interview, label)} == {None}
    label["markup_turns"] = {
        "markup": "**",
        "question": "QUESTION (bold)",
        "answer": "ANSWER (plain)",
    }
    turns = publishers.parse_turns(interview, label)
    assert [t.label for t in turns] == [None, None, *["QUESTION (bold)", "ANSWER (plain)"] * 2]
    assert "standfirst" in turns[1].text
    assert turns[2].text.strip() == "Will any school close?"
    assert "A second paragraph." in turns[3].text
