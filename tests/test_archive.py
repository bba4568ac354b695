"""The archive: index (incremental, crash-safe), search, the schema, and Dask briefing."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefcli import archive
from briefcli.archive.schema import SCHEMA_VERSION
from briefcli.batch import iter_read_briefs
from tests.conftest import ROOT, Runner

DATA = Path(__file__).parent / "data" / "archive"
BRIEFINGS = sorted(p for p in DATA.iterdir() if p.name != "README.md")
NATO = DATA / "2023-10-12-nato-defense-ministers.txt"
TRANSCRIPT = DATA / "2022-02-11-press-briefing-psaki-sullivan-cut.md"


@pytest.fixture
def briefings(tmp_path: Path) -> Path:
    """A folder with a copy of the test briefings (they may be changed by a test)."""
    folder = tmp_path / "briefings"
    folder.mkdir()
    for path in BRIEFINGS:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An archive of the test briefings, indexed once for the search tests."""
    path = str(tmp_path_factory.mktemp("archive") / "briefcli.db")
    conn = archive.connect(path, create=True)
    try:
        events = list(archive.index(conn, [str(p) for p in BRIEFINGS], iter_read_briefs))
    finally:
        conn.close()
    assert [e.outcome for e in events] == ["indexed"] * len(BRIEFINGS)
    return path


def _count(db: str, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _sound(db: str) -> None:
    """The database and its full-text indexes are consistent."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for fts in ("sentences_fts", "quotes_fts", "actions_fts"):
            conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
        duplicates = conn.execute(
            "SELECT count(*) FROM (SELECT briefing_id, sentence FROM sentences"
            " GROUP BY 1, 2 HAVING count(*) > 1)"
        ).fetchone()[0]
        assert duplicates == 0
        orphans = conn.execute(
            "SELECT count(*) FROM sentences WHERE briefing_id NOT IN (SELECT id FROM briefings)"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        conn.close()


# --- index ------------------------------------------------------------------------------


def test_index_stores_every_briefing_and_skips_unchanged_ones(
    briefings: Path, tmp_path: Path, run_cli: Runner
) -> None:
    db = str(tmp_path / "a.db")
    first = run_cli(["index", str(briefings), "--db", db])
    assert first.exit_code == 0, first.stderr
    assert first.stdout == ""
    assert first.stderr.startswith("briefcli: indexed 5, unchanged 0, failed 0 in ")
    second = run_cli(["index", str(briefings), "--db", db])
    assert second.exit_code == 0, second.stderr
    assert second.stderr.startswith("briefcli: indexed 0, unchanged 5, failed 0 in ")
    assert _count(db, "SELECT count(*) FROM briefings") == 5
    assert _count(db, "PRAGMA user_version") == SCHEMA_VERSION
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        source, digest, title, date, kind, brief = conn.execute(
            "SELECT source, content_hash, title, date, kind, brief FROM briefings"
            " WHERE source LIKE '%nato%'"
        ).fetchone()
        stored = json.loads(brief)
        people = conn.execute(
            "SELECT name, title, quotes FROM people WHERE name = 'Jens Stoltenberg'"
        ).fetchall()
    finally:
        conn.close()
    assert source == str(briefings / NATO.name)
    assert digest == archive.content_hash(NATO.read_bytes())
    assert (title, date, kind) == (
        "NATO Defense Ministers Deal With Range of Alliance Issues", "2023-10-12", "article")
    assert stored["source"] == source and stored["schema_version"] == 1
    assert people == [("Jens Stoltenberg", "Secretary General", 15)]
    _sound(db)


def test_unchanged_inputs_are_not_even_briefed(
    briefings: Path, tmp_path: Path, run_cli: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "a.db")
    assert run_cli(["index", str(briefings), "--db", db]).exit_code == 0

    def refuse(*args: object) -> None:
        raise AssertionError("an unchanged input was briefed")

    monkeypatch.setattr("briefcli.batch.brief_one", refuse)
    again = run_cli(["index", str(briefings), "--db", db])
    assert again.exit_code == 0, again.stderr
    assert "indexed 0, unchanged 5, failed 0" in again.stderr


def test_a_changed_input_replaces_its_rows(
    briefings: Path, tmp_path: Path, run_cli: Runner
) -> None:
    db = str(tmp_path / "a.db")
    assert run_cli(["index", str(briefings), "--db", db]).exit_code == 0
    before = _count(db, "SELECT count(*) FROM sentences")
    nato = briefings / NATO.name
    nato.write_text(
        nato.read_text(encoding="utf-8")
        + "\nThe ministers will meet again in Canberra in February.\n",
        encoding="utf-8",
    )
    result = run_cli(["index", str(briefings), "--db", db])
    assert result.exit_code == 0, result.stderr
    assert "indexed 1, unchanged 4, failed 0" in result.stderr
    assert _count(db, "SELECT count(*) FROM briefings") == 5
    assert _count(db, "SELECT count(*) FROM sentences") == before + 1
    found = run_cli(["search", "Canberra", "--db", db, "-f", "json"])
    assert [h["source"] for h in json.loads(found.stdout)["hits"]][0] == str(nato)
    _sound(db)


def test_force_briefs_unchanged_inputs_again(
    briefings: Path, tmp_path: Path, run_cli: Runner
) -> None:
    db = str(tmp_path / "a.db")
    nato = str(briefings / NATO.name)
    assert run_cli(["index", nato, "--db", db]).exit_code == 0
    again = run_cli(["index", nato, "--db", db, "--force"])
    assert "indexed 1, unchanged 0, failed 0" in again.stderr
    assert _count(db, "SELECT count(*) FROM briefings") == 1
    _sound(db)


def test_failed_inputs_are_named_and_skipped(
    briefings: Path, tmp_path: Path, run_cli: Runner
) -> None:
    db = str(tmp_path / "a.db")
    missing = str(tmp_path / "nope.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    result = run_cli(["index", str(briefings / NATO.name), missing, str(empty), "--db", db])
    assert result.exit_code == 1
    assert f"briefcli: {missing}: no such file\n" in result.stderr
    assert f"briefcli: {empty}: input is empty\n" in result.stderr
    assert "indexed 1, unchanged 0, failed 2" in result.stderr
    assert _count(db, "SELECT count(*) FROM briefings") == 1


def test_the_archive_is_briefcli_db_here_or_briefcli_db_from_the_environment(
    tmp_path: Path, run_cli: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli(["index", str(NATO)]).exit_code == 0
    assert (tmp_path / "briefcli.db").exists()
    other = tmp_path / "other.db"
    assert run_cli(["index", str(NATO)], env={"BRIEFCLI_DB": str(other)}).exit_code == 0
    assert _count(str(other), "SELECT count(*) FROM briefings") == 1


def test_index_with_jobs_uses_worker_processes(
    briefings: Path, tmp_path: Path, run_cli: Runner
) -> None:
    db = str(tmp_path / "a.db")
    result = run_cli(["index", str(briefings), "--db", db, "--jobs", "2"])
    assert result.exit_code == 0, result.stderr
    assert "indexed 5, unchanged 0, failed 0" in result.stderr
    _sound(db)


def test_standard_input_is_indexed_as_dash(tmp_path: Path, run_cli: Runner) -> None:
    db = str(tmp_path / "a.db")
    result = run_cli(["index", "-", "--db", db], input=NATO.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.stderr
    assert _count(db, "SELECT count(*) FROM briefings WHERE source = '-'") == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a database at all, just some text " * 100, "not a briefcli archive"),
        (None, "an SQLite database, but not a briefcli archive"),
    ],
)
def test_a_file_that_is_not_an_archive_is_refused(
    tmp_path: Path, run_cli: Runner, content: bytes | None, message: str
) -> None:
    path = tmp_path / "x.db"
    if content is None:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE chickens (name TEXT)")
        conn.commit()
        conn.close()
    else:
        path.write_bytes(content)
    result = run_cli(["index", str(NATO), "--db", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"briefcli: {path}: {message}")
    assert result.stderr.count("\n") == 1


def test_an_archive_of_another_schema_version_is_refused(tmp_path: Path, run_cli: Runner) -> None:
    path = tmp_path / "x.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    result = run_cli(["search", "NATO", "--db", str(path)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"briefcli: {path}: archive schema version 99; this briefcli reads version 1\n"
    )


def test_a_killed_index_leaves_a_sound_archive_that_the_next_run_completes(
    tmp_path: Path, run_cli: Runner
) -> None:
    """SIGKILL in the middle of a run (after some batches are committed): the database is
    sound, and the next run indexes the rest, every briefing exactly once."""
    folder = tmp_path / "many"
    folder.mkdir()
    small = [p for p in BRIEFINGS if p != TRANSCRIPT]
    for copy in range(10):
        for path in small:
            shutil.copy(path, folder / f"{copy:02d}-{path.name}")
    total = 10 * len(small)
    db = str(tmp_path / "a.db")
    # Commit every 2 briefings, so there is a committed batch to see long before the end.
    code = (
        "import briefcli.archive.store as store; store.COMMIT_EVERY = 2; "
        "from briefcli.cli import main; "
        f"main(['index', {str(folder)!r}, '--db', {db!r}])"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        committed = 0
        while committed < 2 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.01)
            if os.path.exists(db):
                try:
                    committed = _count(db, "SELECT count(*) FROM briefings")
                except sqlite3.OperationalError:
                    pass  # the schema is being made
        assert process.poll() is None, "the run ended before it could be killed"
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL
    _sound(db)
    done = _count(db, "SELECT count(*) FROM briefings")
    assert 2 <= done < total
    result = run_cli(["index", str(folder), "--db", db])
    assert result.exit_code == 0, result.stderr
    assert f"indexed {total - done}, unchanged {done}, failed 0" in result.stderr
    _sound(db)
    assert _count(db, "SELECT count(*) FROM briefings") == total
    assert _count(db, "SELECT count(DISTINCT source) FROM briefings") == total


# --- search -----------------------------------------------------------------------------


def _hits(run_cli: Runner, db: str, *args: str) -> list[dict[str, object]]:
    result = run_cli(["search", *args, "--db", db, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    hits: list[dict[str, object]] = data["hits"]
    return hits


def test_search_json_shape(db: str, run_cli: Runner) -> None:
    result = run_cli(["search", "accession protocol", "--db", db, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert set(data) == {"schema_version", "query", "hits"}
    assert data["schema_version"] == 1 and data["query"] == "accession protocol"
    hits = data["hits"]
    # The matching sentence is the quote's own: shown once, as the quote with its speaker.
    assert [h["in"] for h in hits] == ["quotes", "actions"]
    for hit in hits:
        assert set(hit) == {"source", "title", "date", "in", "text", "speaker", "actor",
                            "sentence", "rank"}
        assert hit["source"] == str(BRIEFINGS[3]) and hit["date"] == "2023-10-12"
        assert hit["sentence"] == 34
    assert [h["rank"] for h in hits] == sorted(h["rank"] for h in hits)
    quote = next(h for h in hits if h["in"] == "quotes")
    assert quote["speaker"] == "Jens Stoltenberg" and quote["actor"] is None
    action = next(h for h in hits if h["in"] == "actions")
    assert action == action | {
        "actor": "Turkish government",
        "text": "submit the accession protocol to the Grand National Assembly",
        "speaker": None,
    }


def test_search_in_one_part_and_limit(db: str, run_cli: Runner) -> None:
    sentence = _hits(run_cli, db, "accession protocol", "--in", "sentences")
    assert [(h["in"], h["sentence"], h["speaker"]) for h in sentence] == [
        ("sentences", 34, None)]
    assert {h["in"] for h in _hits(run_cli, db, "NATO", "--in", "quotes")} == {"quotes"}
    both = _hits(run_cli, db, "NATO", "--in", "quotes", "--in", "actions")
    assert {h["in"] for h in both} == {"quotes", "actions"}
    assert len(_hits(run_cli, db, "NATO", "-n", "2")) == 2


@pytest.mark.parametrize("name", ["Jake Sullivan", "sullivan", "JAKE SULLIVAN"])
def test_search_by_speaker_full_name_or_surname(db: str, run_cli: Runner, name: str) -> None:
    hits = _hits(run_cli, db, "Ukraine", "--speaker", name)
    assert hits
    assert {h["speaker"] for h in hits} == {"Jake Sullivan"}
    assert {h["in"] for h in hits} <= {"sentences", "quotes"}
    everyone = _hits(run_cli, db, "Ukraine", "-n", "100")
    assert {h["speaker"] for h in everyone} > {"Jake Sullivan"}


def test_search_by_a_speaker_who_never_said_it_finds_nothing(db: str, run_cli: Runner) -> None:
    assert _hits(run_cli, db, "accession", "--speaker", "Sullivan") == []
    result = run_cli(["search", "accession", "--speaker", "Sullivan", "--db", db, "-f", "text"])
    assert result.exit_code == 0
    assert result.stdout == "Search: accession\nNo hits.\n"


def test_search_since_and_until(db: str, run_cli: Runner) -> None:
    dates = {str(h["date"]) for h in _hits(run_cli, db, "President", "-n", "100")}
    assert len(dates) >= 3
    since = {str(h["date"]) for h in _hits(run_cli, db, "President", "--since", "2023-01-20",
                                          "-n", "100")}
    assert since and all(d >= "2023-01-20" for d in since)
    until = {str(h["date"]) for h in _hits(run_cli, db, "President", "--until", "2023-01",
                                          "-n", "100")}
    assert until and all(d <= "2023-01-31" for d in until)
    assert "2023-01-28" in until
    year = {str(h["date"]) for h in _hits(run_cli, db, "President", "--since", "2023",
                                         "--until", "2023", "-n", "100")}
    assert year and all(d.startswith("2023-") for d in year)


def test_plain_words_with_punctuation_are_searched_as_words(db: str, run_cli: Runner) -> None:
    assert _hits(run_cli, db, "U.S. intelligence")
    assert _hits(run_cli, db, "Israel's")


@pytest.mark.parametrize("query", ['unbalanced AND ("', "NEAR(", "AND", "nosuchcolumn: x"])
def test_a_malformed_query_is_one_line_and_exit_2(db: str, run_cli: Runner, query: str) -> None:
    result = run_cli(["search", query, "--db", db])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"briefcli: search query {query!r}: ")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_search_without_an_archive_is_one_line_and_exit_1(tmp_path: Path, run_cli: Runner) -> None:
    missing = tmp_path / "none.db"
    result = run_cli(["search", "NATO", "--db", str(missing)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"briefcli: {missing}: no archive here (make one with: briefcli index INPUT... "
        f"--db {missing})\n"
    )
    assert not missing.exists()


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_a_bad_date_is_a_usage_error(db: str, run_cli: Runner, option: str) -> None:
    result = run_cli(["search", "NATO", "--db", db, option, "2023-13-01"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"briefcli: {option} 2023-13-01: not a date (YYYY-MM-DD, YYYY-MM or YYYY)\n"
    )


def test_speaker_with_only_actions_is_a_usage_error(db: str, run_cli: Runner) -> None:
    result = run_cli(["search", "NATO", "--db", db, "--speaker", "Psaki", "--in", "actions"])
    assert result.exit_code == 2
    assert result.stderr == "briefcli: --speaker looks in sentences and quotes, not in actions\n"


@pytest.mark.parametrize("fmt", ["markdown", "text", "rich", "jsonl"])
def test_search_in_every_format(db: str, run_cli: Runner, fmt: str) -> None:
    result = run_cli(["search", "accession protocol", "--db", db, "-f", fmt])
    assert result.exit_code == 0, result.stderr
    assert "\x1b[" not in result.stdout
    if fmt == "jsonl":
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        assert len(lines) == 2 and all(h["query"] == "accession protocol" for h in lines)
    elif fmt != "markdown":
        assert "submit the accession protocol to the Grand National Assembly" in result.stdout
    else:
        assert "submit the **accession protocol** to the Grand National Assembly" in result.stdout


def test_the_match_is_highlighted_on_a_terminal(db: str) -> None:
    import io

    from rich.console import Console

    from briefcli.archive import hits_view

    conn = archive.connect(db)
    try:
        result = archive.search(conn, "accession protocol", parts=("actions",))
    finally:
        conn.close()
    hit = result.hits[0]
    assert hit.text[slice(*hit.matches[0])] == "accession protocol"
    out = io.StringIO()
    Console(file=out, width=100, color_system="truecolor", force_terminal=True).print(
        hits_view.rich(result)
    )
    assert "\x1b[1;30;43maccession protocol\x1b[0m" in out.getvalue()


def test_user_text_never_reaches_the_sql(db: str, run_cli: Runner) -> None:
    hostile = "x'); DROP TABLE briefings; --"
    result = run_cli(["search", "NATO", "--db", db, "--speaker", hostile])
    assert result.exit_code == 0, result.stderr
    result = run_cli(["search", "NATO", "--db", db, "--since", hostile])
    assert result.exit_code == 2
    assert _count(db, "SELECT count(*) FROM briefings") == len(BRIEFINGS)


# --- Dask --------------------------------------------------------------------------------


def test_index_and_summarize_on_a_dask_cluster(
    briefings: Path, tmp_path: Path, run_cli: Runner
) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address
        db = str(tmp_path / "a.db")
        result = run_cli(["index", str(briefings), "--db", db, "--scheduler", address])
        assert result.exit_code == 0, result.stderr
        assert "indexed 5, unchanged 0, failed 0" in result.stderr
        missing = str(tmp_path / "nope.txt")
        out = run_cli(["summarize", str(briefings), missing, "-f", "jsonl", "--scheduler",
                       address])
    assert out.exit_code == 1
    assert f"briefcli: {missing}: no such file\n" in out.stderr
    docs = [json.loads(line) for line in out.stdout.splitlines()]
    assert sorted(d["source"] for d in docs) == sorted(str(p) for p in briefings.iterdir())
    nato = next(d for d in docs if d["source"].endswith(NATO.name))
    assert nato["title"] == "NATO Defense Ministers Deal With Range of Alliance Issues"
    _sound(db)
    assert _count(db, "SELECT count(*) FROM briefings") == 5


def test_scheduler_without_dask_names_the_extra(
    run_cli: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = run_cli(["summarize", str(NATO), "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert result.stderr == "briefcli: --scheduler needs Dask: pip install 'briefcli[dask]'\n"
