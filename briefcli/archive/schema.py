"""The archive's SQLite schema: plain tables, FTS5 indexes kept in sync by triggers."""

from __future__ import annotations

import os
import sqlite3

from briefcli.errors import InputError

# PRAGMA user_version of an archive this code writes and reads. A new version is a new
# number here and a migration; an archive of another version is refused with a message.
SCHEMA_VERSION = 1

DEFAULT_DB = "briefcli.db"
DB_ENVIRONMENT = "BRIEFCLI_DB"

# Plain tables, one row per thing, so `sqlite3` and Datasette read them as they are. Child
# rows point at their briefing; ON DELETE CASCADE helps a user who deletes by hand with
# foreign keys on, while briefcli itself deletes children explicitly (it never relies on
# the pragma). The FTS5 tables are external-content: they hold only the index, the text
# stays in the plain table, and triggers keep the two in step inside every transaction.
TABLES = """
CREATE TABLE briefings (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title TEXT,
    date TEXT,
    kind TEXT NOT NULL,
    brief TEXT NOT NULL,
    indexed_at TEXT NOT NULL,
    briefcli_version TEXT NOT NULL
);
CREATE INDEX briefings_date ON briefings(date);

CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    speaker TEXT,
    question INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (briefing_id, sentence)
);
CREATE INDEX sentences_speaker ON sentences(speaker COLLATE NOCASE);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    last_sentence INTEGER NOT NULL,
    speaker TEXT,
    speaker_title TEXT,
    key INTEGER NOT NULL,
    score REAL NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX quotes_briefing ON quotes(briefing_id);
CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);

CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    actor TEXT,
    action TEXT NOT NULL,
    when_text TEXT,
    date TEXT,
    kind TEXT NOT NULL,
    said_by TEXT,
    text TEXT NOT NULL
);
CREATE INDEX actions_briefing ON actions(briefing_id);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    title TEXT,
    quotes INTEGER NOT NULL,
    sentences INTEGER NOT NULL,
    UNIQUE (briefing_id, name)
);
CREATE INDEX people_name ON people(name COLLATE NOCASE);
"""

# (FTS table, content table, indexed columns)
FTS_TABLES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("sentences_fts", "sentences", ("text",)),
    ("quotes_fts", "quotes", ("text",)),
    ("actions_fts", "actions", ("actor", "action", "when_text")),
)

# Porter stemming over unicode61, so "protocols" finds "protocol" and "Ukraine's" finds
# "Ukraine"; diacritics folded so "Zelenskyy" and "Zelenskyý" meet.
TOKENIZE = "porter unicode61 remove_diacritics 2"


def _fts_ddl() -> str:
    statements = []
    for fts, table, columns in FTS_TABLES:
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        statements.append(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
            f"content_rowid='id', tokenize='{TOKENIZE}');\n"
            f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN\n"
            f"  INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});\nEND;\n"
            f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN\n"
            f"  INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});\nEND;\n"
            f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN\n"
            f"  INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});\n"
            f"  INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});\nEND;\n"
        )
    return "\n".join(statements)


SCHEMA = TABLES + "\n" + _fts_ddl()


class ArchiveError(InputError):
    """The archive cannot be opened or read: missing, not a database, another version."""


def database_path(given: str | None) -> str:
    """The archive to use: `--db`, else $BRIEFCLI_DB, else briefcli.db here."""
    return given or os.environ.get(DB_ENVIRONMENT) or DEFAULT_DB


def connect(path: str, *, create: bool = False) -> sqlite3.Connection:
    """An open archive in autocommit mode (transactions are explicit). With `create`, a new
    file gets the schema; without, a missing archive is an ArchiveError."""
    if not create and not os.path.exists(path):
        raise ArchiveError(
            f"{path}: no archive here (make one with: briefcli index INPUT... --db {path})"
        )
    if os.path.isdir(path):
        raise ArchiveError(f"{path}: is a directory, not an archive")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
    except sqlite3.Error as e:
        raise ArchiveError(f"{path}: cannot open the archive ({e})") from None
    try:
        _prepare(conn, path, create)
    except sqlite3.DatabaseError as e:
        conn.close()
        raise ArchiveError(f"{path}: not a briefcli archive ({e})") from None
    except ArchiveError:
        conn.close()
        raise
    return conn


def _prepare(conn: sqlite3.Connection, path: str, create: bool) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
        if tables:
            raise ArchiveError(f"{path}: an SQLite database, but not a briefcli archive")
        if not create:
            raise ArchiveError(f"{path}: the archive is empty (briefcli index INPUT... fills it)")
    elif version != SCHEMA_VERSION:
        raise ArchiveError(
            f"{path}: archive schema version {version}; this briefcli reads version "
            f"{SCHEMA_VERSION}"
        )
    # WAL: readers never block the indexer, and a killed writer leaves the last committed
    # state. NORMAL sync is safe in WAL mode (a power cut may lose the last commits, never
    # consistency).
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    if version == 0:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Checked again inside the write lock: two indexers starting at once make it once.
            if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
                for statement in _statements(SCHEMA):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    """The statements of `script`, split where sqlite3 says one is complete (triggers hold
    semicolons inside BEGIN … END)."""
    found: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            found.append(current.strip())
            current = ""
    return found
