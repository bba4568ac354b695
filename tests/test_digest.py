"""The digest across briefings: its content, and the command in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefcli import archive
from briefcli.archive.digest import digest
from briefcli.batch import iter_read_briefs
from briefcli.model import Action, Brief, Quote, Section, Sentence, SummarySentence
from tests.conftest import Runner
from tests.test_archive import BRIEFINGS, NATO, TRANSCRIPT


def _brief(source: str, date: str | None, sections: list[str], actions: list[tuple[str, str]],
           quotes: list[tuple[str, str, float]] | None = None) -> Brief:
    sentences = (Sentence(0, f"First sentence of {source}.", 0),)
    return Brief(
        source=source,
        title=f"Title {source}",
        kind="article",
        date=date,
        sentences=sentences,
        summary=(SummarySentence(0, sentences[0].text),),
        sections=tuple(Section(t, 0, 0) for t in sections),
        quotes=tuple(Quote(text, who, "Minister", 0, 0, True, score)
                     for text, who, score in quotes or []),
        actions=tuple(Action(f"{actor} will {what}.", actor, what, None, 0)
                      for actor, what in actions),
    )


def test_digest_orders_groups_and_finds_recurring_topics() -> None:
    late = _brief("b.md", "2024-05-01", ["NATO: summit", "Ukraine"],
                  [("The ministers", "meet again"), ("Kenya", "host talks")],
                  [("We stand together.", "Ann Lee", 0.9)])
    early = _brief("a.md", "2023-01-02", ["NATO's", "Budget: cuts"],
                   [("the ministers", "draft a plan")],
                   [("It is a good day.", "Ann Lee", 0.4), ("No comment.", "Bo Chan", 0.1)])
    undated = _brief("c.md", None, ["Budget", "Ukraine: aid"], [])
    d = digest([late, undated, early])
    assert [b.source for b in d.briefings] == ["a.md", "b.md", "c.md"]
    assert d.briefings[0].summary == "First sentence of a.md."
    assert [(g.actor, [a.action.action for a in g.actions]) for g in d.actions] == [
        ("the ministers", ["draft a plan", "meet again"]),
        ("Kenya", ["host talks"]),
    ]
    assert [(t.title, t.briefings) for t in d.topics] == [
        ("Budget", ("a.md", "c.md")),
        ("NATO", ("a.md", "b.md")),
        ("Ukraine", ("b.md", "c.md")),
    ]
    ann = d.people[0]
    assert (ann.name, ann.title, ann.briefings, ann.quotes, ann.key_quote) == (
        "Ann Lee", "Minister", 2, 2, "We stand together.")
    data = d.to_dict()
    assert data["actions"][1] == {
        "text": "The ministers will meet again.", "actor": "The ministers",
        "action": "meet again", "when": None, "date": None, "kind": "commitment", "by": None,
        "sentence": 0, "source": "b.md", "briefing_date": "2024-05-01",
    }


def test_digest_of_nothing_is_empty_in_every_part() -> None:
    assert digest([]).to_dict() == {
        "schema_version": 1, "briefings": [], "actions": [], "people": [], "topics": [],
    }


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("digest") / "briefcli.db")
    conn = archive.connect(path, create=True)
    try:
        assert all(e.outcome == "indexed"
                   for e in archive.index(conn, [str(p) for p in BRIEFINGS], iter_read_briefs))
    finally:
        conn.close()
    return path


def test_digest_json_from_the_archive(db: str, run_cli: Runner) -> None:
    result = run_cli(["digest", "--db", db, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert set(data) == {"schema_version", "briefings", "actions", "people", "topics"}
    assert [b["date"] for b in data["briefings"]] == sorted(b["date"] for b in data["briefings"])
    assert [b["source"] for b in data["briefings"]] == [str(p) for p in BRIEFINGS]
    for line in data["briefings"]:
        assert set(line) == {"source", "title", "date", "kind", "summary"}
    assert all(set(p) == {"name", "title", "briefings", "quotes", "key_quote"}
               for p in data["people"])
    stoltenberg = next(p for p in data["people"] if p["name"] == "Jens Stoltenberg")
    assert stoltenberg["briefings"] == 1 and stoltenberg["quotes"] == 15
    turkish = [a for a in data["actions"] if a["actor"] == "Turkish government"]
    assert [a["action"] for a in turkish] == [
        "submit the accession protocol to the Grand National Assembly",
        "work with the assembly to ensure speedy ratification",
    ]
    assert all(a["source"] == str(NATO) and a["briefing_date"] == "2023-10-12" for a in turkish)
    israel = next(t for t in data["topics"] if t["title"] == "Israel")
    assert len(israel["briefings"]) >= 2


@pytest.mark.parametrize("fmt", ["markdown", "text", "rich", "jsonl"])
def test_digest_in_every_format(db: str, run_cli: Runner, fmt: str) -> None:
    result = run_cli(["digest", "--db", db, "-f", fmt])
    assert result.exit_code == 0, result.stderr
    assert "\x1b[" not in result.stdout
    out = " ".join(result.stdout.split())  # the text and rich views wrap long lines
    if fmt == "jsonl":
        assert result.stdout.count("\n") == 1
        assert len(json.loads(result.stdout)["briefings"]) == len(BRIEFINGS)
        return
    assert "Digest of 5 briefings, 2022-02-11 to 2025-01-26" in out
    assert "NATO Defense Ministers Deal With Range of Alliance Issues" in out
    assert "submit the accession protocol to the Grand National Assembly" in out
    assert "Jens Stoltenberg" in out
    if fmt == "markdown":
        assert "## Action items" in out and "## Recurring topics" in out


def test_digest_since_and_until(db: str, run_cli: Runner) -> None:
    result = run_cli(["digest", "--db", db, "--since", "2023-01-20", "--until", "2023-10",
                      "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert [b["date"] for b in json.loads(result.stdout)["briefings"]] == [
        "2023-01-28", "2023-10-12"]
    result = run_cli(["digest", "--db", db, "--until", "2023-01-19", "-f", "json"])
    assert [b["date"] for b in json.loads(result.stdout)["briefings"]] == [
        "2022-02-11", "2023-01-19"]


def test_digest_of_inputs_briefs_them_now(tmp_path: Path, run_cli: Runner) -> None:
    missing = str(tmp_path / "nope.txt")
    out = tmp_path / "digest.json"
    result = run_cli(["digest", str(NATO), str(TRANSCRIPT), missing, "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == f"briefcli: {missing}: no such file\n"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [b["source"] for b in data["briefings"]] == [str(TRANSCRIPT), str(NATO)]
    assert {p["name"] for p in data["people"]} >= {"Jake Sullivan", "Jen Psaki",
                                                  "Jens Stoltenberg"}


def test_digest_takes_inputs_or_an_archive_not_both(db: str, run_cli: Runner) -> None:
    result = run_cli(["digest", str(NATO), "--db", db])
    assert result.exit_code == 2
    assert result.stderr == "briefcli: digest reads INPUT... or an archive (--db), not both\n"


def test_a_title_joined_to_a_name_by_a_preposition_gives_the_name_too() -> None:
    from briefcli.archive.digest import _terms

    assert _terms("NATO mission in Iraq") == ["NATO mission in Iraq", "Iraq"]
    assert _terms("Hamas attacks on Israel") == ["Hamas attacks on Israel", "Israel"]
    # A common noun after the preposition is no name of its own.
    assert _terms("Funding of pupil referral units") == ["Funding of pupil referral units"]
    assert _terms("Finland and Estonia: undersea cables") == [
        "Finland", "Estonia", "undersea cables"]
