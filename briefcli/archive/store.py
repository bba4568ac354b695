"""Indexing: brief inputs whose content changed and store each in the archive, crash-safely."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from briefcli.archive.roster import people_of
from briefcli.errors import BriefError
from briefcli.model import Action, Brief, Quote, Section, Sentence, SummarySentence

Outcome = Literal["indexed", "unchanged", "failed"]

# A batch is committed after this many briefings or this many seconds, whichever comes
# first: few enough fsyncs to keep indexing as fast as briefing, and a killed run loses at
# most a couple of seconds of work (the next run redoes it).
COMMIT_EVERY = 50
COMMIT_SECONDS = 2.0


@dataclass(frozen=True)
class IndexEvent:
    """What happened to one input: indexed, skipped as unchanged, or failed (with why)."""

    source: str
    outcome: Outcome
    error: str | None = None


class Briefed(Protocol):
    """One input's outcome as the briefing machinery gives it (`briefcli.batch.BatchResult`)."""

    @property
    def source(self) -> str: ...
    @property
    def brief(self) -> Brief | None: ...
    @property
    def error(self) -> str | None: ...


# What briefs the inputs the archive hands over, (source, bytes) pairs, as they come:
# `briefcli.batch.iter_read_briefs` (in worker processes, or on a Dask cluster). The archive
# stores briefs; making them is the job of the layer above it.
Briefer = Callable[[Iterator[tuple[str, bytes]]], Iterable[Briefed]]


def content_hash(data: bytes) -> str:
    """The SHA-256 of an input's bytes, in hex: what decides that an input changed."""
    return hashlib.sha256(data).hexdigest()


def index(
    conn: sqlite3.Connection,
    sources: Iterable[str],
    brief_all: Briefer,
    *,
    force: bool = False,
) -> Iterator[IndexEvent]:
    """Brief (with `brief_all`) and store each source whose bytes changed since it was last
    indexed (all of them with `force`), yielding one IndexEvent per distinct source as it
    is settled:

        archive.index(conn, sources, functools.partial(batch.iter_read_briefs, jobs=2))

    An input is read and hashed first; an unchanged one is never briefed. A changed one
    replaces its rows in one transaction; briefings are committed in batches, so a run
    stopped at any point (even killed) leaves a sound archive that the next run completes."""
    from briefcli.inputs.read import read_input

    known: dict[str, str] = dict(conn.execute("SELECT source, content_hash FROM briefings"))
    hashes: dict[str, str] = {}
    settled: list[IndexEvent] = []  # unchanged or unreadable, found while reading ahead

    def changed() -> Iterator[tuple[str, bytes]]:
        for source in dict.fromkeys(sources):
            try:
                data = read_input(source).data
            except BriefError as e:
                settled.append(IndexEvent(source, "failed", " ".join(str(e).split())))
                continue
            digest = content_hash(data)
            if not force and known.get(source) == digest:
                settled.append(IndexEvent(source, "unchanged"))
                continue
            hashes[source] = digest
            yield source, data

    writer = _BatchWriter(conn)
    try:
        for result in brief_all(changed()):
            yield from _drain(settled)
            digest = hashes.pop(result.source)
            if result.brief is None:
                yield IndexEvent(result.source, "failed", result.error)
                continue
            writer.store(result.brief, digest)
            yield IndexEvent(result.source, "indexed")
        yield from _drain(settled)
    finally:
        writer.close()


def _drain(events: list[IndexEvent]) -> list[IndexEvent]:
    out = events[:]
    events.clear()
    return out


class _BatchWriter:
    """Stores briefs in transactions of up to COMMIT_EVERY briefings or COMMIT_SECONDS."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.count = 0
        self.started = 0.0
        self.version = _version()

    def store(self, brief: Brief, digest: str) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.started = time.monotonic()
            self.count = 0
        self.conn.execute("SAVEPOINT briefing")
        try:
            store_brief(self.conn, brief, digest, version=self.version)
        except BaseException:
            self.conn.execute("ROLLBACK TO briefing")
            self.conn.execute("RELEASE briefing")
            raise
        self.conn.execute("RELEASE briefing")
        self.count += 1
        if self.count >= COMMIT_EVERY or time.monotonic() - self.started >= COMMIT_SECONDS:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        # Every briefing in the open transaction is whole (each in its savepoint), so what
        # was done is kept even when the run stops early (Ctrl-C, an error, a closed pipe).
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")


def _version() -> str:
    """The installed briefcli's version (read here: the archive imports nothing above it)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("briefcli")
    except PackageNotFoundError:
        return "0.0.0"


def store_brief(
    conn: sqlite3.Connection, brief: Brief, digest: str, *, version: str = ""
) -> int:
    """Insert or replace one briefing and all its rows; returns its id. The caller holds
    the transaction: old rows and new are swapped inside it, never half of either."""
    document = json.dumps(brief.to_dict(), ensure_ascii=False, separators=(",", ":"))
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    (briefing_id,) = conn.execute(
        "INSERT INTO briefings (source, content_hash, title, date, kind, brief, indexed_at,"
        " briefcli_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (source) DO UPDATE SET content_hash = excluded.content_hash,"
        " title = excluded.title, date = excluded.date, kind = excluded.kind,"
        " brief = excluded.brief, indexed_at = excluded.indexed_at,"
        " briefcli_version = excluded.briefcli_version RETURNING id",
        (brief.source, digest, brief.title, brief.date, brief.kind, document, now, version),
    ).fetchone()
    for table in ("sentences", "quotes", "actions", "people"):
        conn.execute(f"DELETE FROM {table} WHERE briefing_id = ?", (briefing_id,))
    conn.executemany(
        "INSERT INTO sentences (briefing_id, sentence, paragraph, speaker, question, text)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(briefing_id, s.id, s.paragraph, s.speaker, int(s.question), s.text)
         for s in brief.sentences],
    )
    conn.executemany(
        "INSERT INTO quotes (briefing_id, sentence, last_sentence, speaker, speaker_title,"
        " key, score, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(briefing_id, q.sentence, q.last_sentence, q.speaker, q.speaker_title, int(q.key),
          round(q.score, 4), q.text) for q in brief.quotes],
    )
    conn.executemany(
        "INSERT INTO actions (briefing_id, sentence, actor, action, when_text, date, kind,"
        " said_by, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(briefing_id, a.sentence, a.actor, a.action, a.when, a.date, a.kind, a.by, a.text)
         for a in brief.actions],
    )
    conn.executemany(
        "INSERT INTO people (briefing_id, name, title, quotes, sentences) VALUES (?, ?, ?, ?, ?)",
        [(briefing_id, p.name, p.title, p.quotes, p.sentences) for p in people_of(brief)],
    )
    return int(briefing_id)


def load_briefs(
    conn: sqlite3.Connection, *, since: str | None = None, until: str | None = None
) -> list[Brief]:
    """The stored briefs, by date then source; with `since`/`until` (ISO dates, inclusive)
    only the dated briefings in that range."""
    sql = "SELECT brief FROM briefings WHERE 1"
    params: list[str] = []
    if since is not None:
        sql += " AND date >= ?"
        params.append(since)
    if until is not None:
        # "~" sorts after every digit and "-": until 2022-05 keeps all of May.
        sql += " AND date < ?"
        params.append(until + "~")
    sql += " ORDER BY date IS NULL, date, source"
    return [brief_from_dict(json.loads(row[0])) for row in conn.execute(sql, params)]


def brief_from_dict(data: dict[str, Any]) -> Brief:
    """The Brief of a JSON document (`Brief.to_dict()`), as the archive stores it."""

    def summary(items: list[dict[str, Any]]) -> tuple[SummarySentence, ...]:
        return tuple(SummarySentence(s["sentence"], s["text"]) for s in items)

    return Brief(
        source=data["source"],
        title=data["title"],
        kind=data["kind"],
        date=data["date"],
        sentences=tuple(
            Sentence(s["id"], s["text"], s["paragraph"], s.get("speaker"), s.get("question", False))
            for s in data["sentences"]
        ),
        summary=summary(data["summary"]),
        sections=tuple(
            Section(s["title"], s["first_sentence"], s["last_sentence"], summary(s["summary"]))
            for s in data["sections"]
        ),
        quotes=tuple(
            Quote(q["text"], q["speaker"], q.get("speaker_title"), q["sentence"],
                  q.get("last_sentence", q["sentence"]), q["key"], q["score"])
            for q in data["quotes"]
        ),
        actions=tuple(
            Action(a["text"], a["actor"], a["action"], a["when"], a["sentence"],
                   a.get("kind", "commitment"), a.get("date"), a.get("by"))
            for a in data["actions"]
        ),
        schema_version=data.get("schema_version", 1),
    )
