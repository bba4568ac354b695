"""Batches: expanding inputs, briefing them serially and in worker processes."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from pathlib import Path

import pytest

from briefcli.batch import BatchResult, expand_inputs, iter_briefs
from briefcli.errors import OptionError
from tests.conftest import Runner

INPUTS = Path(__file__).parent / "data" / "inputs"
READOUT = INPUTS / "readout-harris-herzog-2023-01-28.md"
STATEMENT = INPUTS / "statement-pepfar-2023-01-28.md"
PAGE = INPUTS / "whitehouse-briefing-2020-04-01-cut.html"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """briefings/ with files at two levels, files that are not briefings, and a hidden dir."""
    root = tmp_path / "briefings"
    (root / "2023" / "01").mkdir(parents=True)
    (root / ".cache").mkdir()
    shutil.copy(READOUT, root / "2023" / "01" / "b-readout.md")
    shutil.copy(STATEMENT, root / "a-statement.markdown")
    shutil.copy(PAGE, root / "2023" / "page.HTML")
    (root / "notes.txt").write_text("The minister will travel to Brussels next week.\n")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a briefing")
    (root / "data.json").write_text("{}")
    (root / ".cache" / "old.txt").write_text("hidden")
    (root / ".hidden.md").write_text("hidden")
    return root


def test_directories_expand_to_their_briefing_files_sorted(tree: Path) -> None:
    found = expand_inputs([str(tree)])
    rel = [os.path.relpath(p, tree) for p in found]
    assert rel == [
        os.path.join("2023", "01", "b-readout.md"),
        os.path.join("2023", "page.HTML"),
        "a-statement.markdown",
        "notes.txt",
    ]


def test_files_stdin_urls_and_missing_paths_are_kept_as_given(tree: Path) -> None:
    missing = str(tree / "nope.txt")
    args = [str(tree / "data.json"), "-", "https://example.org/briefing", missing]
    assert expand_inputs(args) == args


def test_empty_directory_contributes_nothing(tmp_path: Path) -> None:
    assert expand_inputs([str(tmp_path)]) == []


def test_serial_batch_briefs_each_input_and_reports_failures(tree: Path) -> None:
    missing = str(tree / "nope.txt")
    sources = [*expand_inputs([str(tree)]), missing, str(tree / "photo.jpg")]
    results = list(iter_briefs(sources, sentences=2))
    assert [r.source for r in results] == sources
    good = results[:4]
    assert all(r.brief is not None and r.error is None for r in good)
    assert all(r.brief is not None and len(r.brief.summary) <= 2 for r in good)
    assert good[0].brief is not None and good[0].brief.date == "2023-01-28"
    assert results[4] == BatchResult(missing, None, f"{missing}: no such file")
    bad = results[5]
    assert bad.brief is None and bad.error is not None
    assert bad.error.startswith(str(tree / "photo.jpg") + ": ") and "\n" not in bad.error


def test_batch_result_is_frozen() -> None:
    result = BatchResult("a.txt", None, "a.txt: no such file")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.error = None  # type: ignore[misc]


def test_bad_options_fail_once_before_any_input_is_read(tmp_path: Path) -> None:
    with pytest.raises(OptionError):
        next(iter_briefs([str(tmp_path / "nope.txt")], sentences=-1))
    with pytest.raises(OptionError):
        next(iter_briefs([str(tmp_path / "nope.txt")], jobs=2, method="no-such-method"))


def test_workers_give_the_same_briefs_as_one_process(tree: Path) -> None:
    """Worker processes: same briefs as in-process, input order on request, errors as results,
    every input exactly once even when there are more inputs than the in-flight window."""
    missing = str(tree / "nope.txt")
    small = [p for p in expand_inputs([str(tree)]) if not p.endswith(".HTML")]
    sources = [*small, missing, small[0]]  # more than the in-flight window of 2 jobs
    serial = list(iter_briefs(sources, sentences=3))
    ordered = list(iter_briefs(sources, jobs=2, ordered=True, sentences=3))
    assert [r.source for r in ordered] == sources
    assert [r.error for r in ordered] == [r.error for r in serial]
    for mine, theirs in zip(ordered, serial, strict=True):
        assert (mine.brief and mine.brief.to_dict()) == (theirs.brief and theirs.brief.to_dict())
    unordered = list(iter_briefs(sources, jobs=2, sentences=3))
    assert sorted(r.source for r in unordered) == sorted(sources)
    assert sum(r.error is not None for r in unordered) == 1


def test_stopping_early_leaves_no_work_running(tree: Path) -> None:
    sources = expand_inputs([str(tree)]) * 10
    batch = iter_briefs(sources, jobs=2)
    first = next(batch)
    assert first.source in sources
    batch.close()  # shuts the pool down; returning at all shows no worker is left waiting


# --- through the command line (typer's CliRunner, in-process) ------------------------------


def test_cli_streams_one_json_line_per_input_and_tallies(tree: Path, run_cli: Runner) -> None:
    result = run_cli(["summarize", str(tree), "--format", "jsonl", "-n", "2"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    docs = [json.loads(line) for line in lines]
    assert [d["source"] for d in docs] == expand_inputs([str(tree)])
    assert all(len(d["summary"]) <= 2 for d in docs)
    assert result.stderr.startswith("briefcli: 4 of 4 inputs briefed in ")


def test_cli_reports_a_failing_input_and_goes_on(tree: Path, run_cli: Runner) -> None:
    missing = str(tree / "nope.txt")
    readout = str(tree / "2023" / "01" / "b-readout.md")
    notes = str(tree / "notes.txt")
    result = run_cli(["summarize", readout, missing, notes, "--format", "jsonl", "--jobs", "2"])
    assert result.exit_code == 1
    assert sorted(json.loads(line)["source"] for line in result.stdout.splitlines()) == sorted(
        [readout, notes]
    )
    assert f"briefcli: {missing}: no such file\n" in result.stderr
    assert "2 of 3 inputs briefed, 1 failed" in result.stderr


def test_cli_directory_without_briefings_is_an_error(tmp_path: Path, run_cli: Runner) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    result = run_cli(["summarize", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1 and result.stdout == ""
    assert "no briefing files" in result.stderr


def test_standard_input_is_read_by_the_parent_for_workers(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    text = "The minister will travel to Brussels next week. She will meet the allies there.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    notes = str(tree / "notes.txt")
    results = list(iter_briefs(["-", notes], jobs=2, ordered=True))
    assert [r.source for r in results] == ["-", notes]
    first = results[0].brief
    assert first is not None and first.sentences[0].text.startswith("The minister will travel")
