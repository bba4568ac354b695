"""The command line: inputs from files and stdin, every format, -o, errors and exit statuses."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import briefcli
from briefcli.status import ExitStatus
from tests.conftest import GAGGLE, NATO, Runner


def _args(use_stdin: bool, *rest: str) -> tuple[list[str], str | None]:
    if use_stdin:
        return ["-", *rest], NATO.read_text(encoding="utf-8")
    return [str(NATO), *rest], None


@pytest.mark.parametrize("use_stdin", [False, True])
def test_summarize_defaults_to_markdown_when_piped(run_cli: Runner, use_stdin: bool) -> None:
    args, stdin = _args(use_stdin)
    result = run_cli(["summarize", *args], input=stdin)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert out.startswith("# NATO Defense Ministers Deal With Range of Alliance Issues\n")
    for heading in ("## Summary", "## Sections", "## Key quotes", "## Action items"):
        assert heading in out
    assert "\x1b[" not in out
    # The scraped page's furniture never reaches the brief.
    for junk in ("Here's how you know", ".gov website", "VIRIN", "Credit:", "Related Stories",
                 "Two men in military uniform"):
        assert junk not in out


@pytest.mark.parametrize("use_stdin", [False, True])
def test_json_equals_to_dict(run_cli: Runner, use_stdin: bool) -> None:
    args, stdin = _args(use_stdin, "--format", "json")
    result = run_cli(["summarize", *args], input=stdin)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    source = "-" if use_stdin else str(NATO)
    expected = briefcli.brief(NATO.read_text(encoding="utf-8"), source=source).to_dict()
    assert data == expected
    assert data["schema_version"] == 1
    assert set(data) >= {"source", "title", "kind", "date", "sentences", "summary", "sections",
                         "quotes", "actions"}


def test_json_is_deterministic(run_cli: Runner) -> None:
    first = run_cli(["summarize", str(NATO), "-f", "json"])
    second = run_cli(["summarize", str(NATO), "-f", "json"])
    assert first.stdout == second.stdout


@pytest.mark.parametrize("fmt", ["markdown", "json", "jsonl", "text", "rich"])
@pytest.mark.parametrize("command", ["summarize", "quotes", "actions", "sections"])
def test_every_command_in_every_format(run_cli: Runner, command: str, fmt: str) -> None:
    result = run_cli([command, str(NATO), "--format", fmt])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()
    assert "\x1b[" not in result.stdout  # not a terminal: rich writes no colour codes
    if fmt in ("json", "jsonl"):
        data = json.loads(result.stdout)
        assert data["title"] == "NATO Defense Ministers Deal With Range of Alliance Issues"
        part = {"summarize": "summary", "quotes": "quotes", "actions": "actions",
                "sections": "sections"}[command]
        assert part in data
        if command != "summarize":
            assert "sentences" not in data
    if fmt == "jsonl":
        assert result.stdout.count("\n") == 1


def test_text_format_has_no_markup(run_cli: Runner) -> None:
    result = run_cli(["summarize", str(NATO), "--format", "text"])
    assert result.exit_code == 0
    assert "SUMMARY" in result.stdout
    assert "##" not in result.stdout and "**" not in result.stdout


def test_rich_on_forced_terminal_colours(run_cli: Runner) -> None:
    result = run_cli(["summarize", str(NATO), "-f", "rich"], env={"FORCE_COLOR": "1"})
    assert result.exit_code == 0
    assert "\x1b[" in result.stdout
    plain = run_cli(["summarize", str(NATO), "-f", "rich"],
                    env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    # NO_COLOR: no foreground colours (bold and italic may stay).
    assert re.search(r"\x1b\[(?:[0-9;]*;)?3[0-8](?:;[0-9;]*)?m", plain.stdout) is None
    assert re.search(r"\x1b\[(?:[0-9;]*;)?3[0-8](?:;[0-9;]*)?m", result.stdout)


@pytest.mark.parametrize(("option", "count"), [(["-n", "2"], 2), (["--sentences", "7"], 7)])
def test_sentence_count(run_cli: Runner, option: list[str], count: int) -> None:
    result = run_cli(["summarize", str(NATO), "-f", "json", *option])
    assert len(json.loads(result.stdout)["summary"]) == count


def test_ratio_and_words(run_cli: Runner) -> None:
    data = json.loads(run_cli(["summarize", str(NATO), "-f", "json", "--ratio", "0.2"]).stdout)
    assert len(data["summary"]) == -(-len(data["sentences"]) * 2 // 10)
    data = json.loads(run_cli(["summarize", str(NATO), "-f", "json", "--words", "60"]).stdout)
    assert 0 < sum(len(s["text"].split()) for s in data["summary"]) <= 60


@pytest.mark.parametrize(
    "method", ["default", "lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic",
               "reduction"]
)
def test_every_method(run_cli: Runner, method: str) -> None:
    result = run_cli(["summarize", str(NATO), "-f", "json", "-n", "3", "--method", method])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    ids = [s["sentence"] for s in data["summary"]]
    assert len(ids) == 3 and ids == sorted(ids)
    texts = {s["id"]: s["text"] for s in data["sentences"]}
    assert all(texts[s["sentence"]] == s["text"] for s in data["summary"])


@pytest.mark.parametrize("suffix,check", [
    (".json", lambda t: json.loads(t)["schema_version"] == 1),
    (".md", lambda t: t.startswith("# NATO")),
    (".txt", lambda t: "SUMMARY" in t),
    (".jsonl", lambda t: json.loads(t)["kind"] == "article"),
])
def test_output_file_format_from_extension(run_cli: Runner, tmp_path: Path, suffix: str,
                                           check: object) -> None:
    target = tmp_path / f"brief{suffix}"
    result = run_cli(["summarize", str(NATO), "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert callable(check) and check(target.read_text(encoding="utf-8"))
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


def test_output_refuses_to_overwrite_input(run_cli: Runner, tmp_path: Path) -> None:
    source = tmp_path / "briefing.txt"
    source.write_text(NATO.read_text(encoding="utf-8"), encoding="utf-8")
    before = source.read_bytes()
    result = run_cli(["summarize", str(source), "-o", str(source)])
    assert result.exit_code == ExitStatus.USAGE
    assert result.stderr == f"briefcli: -o {source}: refusing to overwrite an input\n"
    assert source.read_bytes() == before


def test_failed_run_leaves_no_output_file(run_cli: Runner, tmp_path: Path) -> None:
    target = tmp_path / "brief.json"
    result = run_cli(["summarize", str(tmp_path / "missing.txt"), "-o", str(target)])
    assert result.exit_code == ExitStatus.ERROR
    assert list(tmp_path.iterdir()) == []


def test_existing_output_kept_when_run_fails(run_cli: Runner, tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old brief\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = run_cli(["summarize", str(empty), "-o", str(target)])
    assert result.exit_code == ExitStatus.ERROR
    assert target.read_text(encoding="utf-8") == "old brief\n"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: str(d / "missing.txt"), "{p}: no such file"),
        (lambda d: _write(d / "empty.txt", b""), "{p}: input is empty"),
        (lambda d: _write(d / "blank.txt", b" \n\t\n  "), "{p}: input is empty"),
        (lambda d: _write(d / "image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
         "{p}: looks like binary data, not text"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(run_cli: Runner, tmp_path: Path, make: object,
                                          message: str) -> None:
    assert callable(make)
    path = make(tmp_path)
    result = run_cli(["summarize", path])
    assert result.exit_code == ExitStatus.ERROR
    assert result.stdout == ""
    assert result.stderr == "briefcli: " + message.format(p=path) + "\n"


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_empty_directory_is_an_error(run_cli: Runner, tmp_path: Path) -> None:
    result = run_cli(["summarize", str(tmp_path)])
    assert result.exit_code == ExitStatus.ERROR
    assert result.stdout == ""
    assert result.stderr.startswith("briefcli: ") and result.stderr.count("\n") == 1


def test_empty_stdin(run_cli: Runner) -> None:
    result = run_cli(["summarize", "-"], input="")
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr == "briefcli: -: input is empty\n"


@pytest.mark.parametrize(
    "args",
    [["-n", "-1"], ["--words", "-5"], ["--ratio", "1.5"], ["--method", "nonsense"],
     ["--format", "yaml"], ["--no-such-option"], ["-n", "3", "--words", "10"]],
)
def test_usage_errors_exit_2_with_one_line(run_cli: Runner, args: list[str]) -> None:
    result = run_cli(["summarize", str(NATO), *args])
    assert result.exit_code == ExitStatus.USAGE
    assert result.stdout == ""
    assert result.stderr.startswith("briefcli: ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_latin1_input(run_cli: Runner, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le café est ouvert. Le ministre a dit que tout va bien.\n".encode("latin-1"))
    result = run_cli(["summarize", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert "café" in json.loads(result.stdout)["sentences"][0]["text"]


def test_several_inputs_jsonl(run_cli: Runner, tmp_path: Path) -> None:
    result = run_cli(["summarize", str(NATO), str(GAGGLE), str(tmp_path / "gone.txt"),
                      "-f", "jsonl"])
    assert result.exit_code == ExitStatus.ERROR  # one input failed
    lines = result.stdout.splitlines()
    assert sorted(json.loads(line)["source"] for line in lines) == sorted([str(NATO), str(GAGGLE)])
    assert f"briefcli: {tmp_path / 'gone.txt'}: no such file" in result.stderr
    assert "2 of 3 inputs briefed, 1 failed" in result.stderr


def test_quotes_speaker_filter(run_cli: Runner) -> None:
    result = run_cli(["quotes", str(NATO), "-f", "json", "--speaker", "stoltenberg"])
    assert result.exit_code == 0, result.stderr
    quotes = json.loads(result.stdout)["quotes"]
    assert quotes and all(q["speaker"] == "Jens Stoltenberg" for q in quotes)
    none = run_cli(["quotes", str(NATO), "-f", "json", "--speaker", "Nobody Atall"])
    assert json.loads(none.stdout)["quotes"] == []


def test_max_quotes_caps_views_and_explicit_json(run_cli: Runner) -> None:
    full = json.loads(run_cli(["quotes", str(NATO), "-f", "json"]).stdout)["quotes"]
    capped = json.loads(run_cli(["quotes", str(NATO), "-f", "json", "--max-quotes", "2"]).stdout)
    assert len(capped["quotes"]) == min(2, len([q for q in full if q["key"]]))
    markdown = run_cli(["quotes", str(NATO), "--max-quotes", "1"]).stdout
    assert markdown.count("\n> “") <= 1


def test_version_and_help(run_cli: Runner) -> None:
    version = run_cli(["--version"])
    assert version.exit_code == 0 and version.stdout == f"briefcli {briefcli.__version__}\n"
    helptext = run_cli(["summarize", "--help"])
    assert helptext.exit_code == 0
    text = " ".join(helptext.stdout.split())
    assert "standard input" in text and "--sentences" in text
    assert "cat briefing.txt | briefcli summarize -" in text


def test_real_process_smoke(tmp_path: Path) -> None:
    """The installed entry point and `python -m briefcli` behave as the library does."""
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR",)}
    done = subprocess.run(
        [sys.executable, "-m", "briefcli", "summarize", "-", "-n", "2", "-f", "json"],
        input=NATO.read_bytes(), capture_output=True, timeout=120, env=env, check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert len(json.loads(done.stdout)["summary"]) == 2
    missing = subprocess.run(
        [sys.executable, "-m", "briefcli", "summarize", str(tmp_path / "nope.md")],
        capture_output=True, timeout=120, env=env, check=False,
    )
    assert missing.returncode == 1
    assert missing.stdout == b""
    assert missing.stderr.decode() == f"briefcli: {tmp_path / 'nope.md'}: no such file\n"


def test_closed_pipe_is_not_an_error() -> None:
    """`briefcli … | head -1`: the reader goes away; no traceback, no error line."""
    done = subprocess.run(
        f"'{sys.executable}' -m briefcli summarize '{GAGGLE}' --format json | head -c 10",
        shell=True, capture_output=True, timeout=120, check=False,
    )
    assert done.stdout == b'{\n  "schem'
    assert done.stderr == b""
