"""Full-text search of the archive: ranked hits in sentences, quotes and action items."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date as Date
from typing import Any, Literal

from briefcli.archive.schema import ArchiveError
from briefcli.errors import OptionError

Part = Literal["sentences", "quotes", "actions"]
PARTS: tuple[Part, ...] = ("sentences", "quotes", "actions")
# What a person says: --speaker looks only here.
SPOKEN: tuple[Part, ...] = ("sentences", "quotes")

SEARCH_SCHEMA_VERSION = 1

# FTS5 query syntax. A query without any of it is taken as plain words (each one quoted),
# so "U.S. sanctions" or "it's" search for those words instead of failing on the "." or
# the "'"; a query that uses the syntax is handed to FTS5 as written.
_SYNTAX = re.compile(r'["()*:^{}+]|\b(?:AND|OR|NOT|NEAR)\b')

# FTS5's messages for a query it cannot parse (anything else is the database's problem).
_QUERY_ERRORS = (
    "fts5:",
    "unterminated string",
    "no such column",
    "unknown special query",
    "malformed match",
)

_OPEN, _CLOSE = "\x01", "\x02"  # highlight() markers: control characters no text keeps


class QueryError(OptionError):
    """A search query FTS5 cannot parse: a usage error, never a traceback."""


@dataclass(frozen=True)
class Hit:
    """One match: where it is (briefing, part, sentence id), who said or does it, its text,
    the spans of `text` that matched, and its bm25 rank (lower is better)."""

    source: str
    title: str | None
    date: str | None
    part: Part
    text: str
    speaker: str | None
    actor: str | None
    sentence: int
    rank: float
    matches: tuple[tuple[int, int], ...] = ()
    last_sentence: int = -1  # where a quote ends; a sentence or action ends where it starts

    def __post_init__(self) -> None:
        if self.last_sentence < self.sentence:
            object.__setattr__(self, "last_sentence", self.sentence)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "title": self.title,
            "date": self.date,
            "in": self.part,
            "text": self.text,
            "speaker": self.speaker,
            "actor": self.actor,
            "sentence": self.sentence,
            "rank": round(self.rank, 4),
        }


@dataclass(frozen=True)
class SearchResult:
    """The hits of one query, best first."""

    query: str
    hits: tuple[Hit, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SEARCH_SCHEMA_VERSION,
            "query": self.query,
            "hits": [h.to_dict() for h in self.hits],
        }


def date_bound(text: str, option: str) -> str:
    """An ISO date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) given to `option`, checked;
    OptionError otherwise."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
    try:
        if match is None:
            raise ValueError
        Date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        raise OptionError(
            f"{option} {text}: not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
        ) from None
    return text.strip()


def fts_query(query: str) -> str:
    """The FTS5 query for what the user typed: plain words each quoted, syntax as written."""
    if _SYNTAX.search(query):
        return query
    words = query.split()
    return " ".join(f'"{w}"' for w in words)


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    speaker: str | None = None,
    since: str | None = None,
    until: str | None = None,
    parts: tuple[Part, ...] | None = None,
    limit: int = 20,
) -> SearchResult:
    """The best `limit` hits of `query` (bm25), optionally only `speaker`'s sentences and
    quotes (full name or surname, any case), only briefings dated in [`since`, `until`]
    (ISO dates or their prefixes), only in `parts`. Every value is a bound parameter."""
    if not query.strip():
        raise QueryError("search query is empty")
    if parts is None:
        parts = SPOKEN if speaker is not None else PARTS
    if speaker is not None and not set(parts) & set(SPOKEN):
        raise OptionError("--speaker looks in sentences and quotes, not in actions")
    if speaker is not None:
        parts = tuple(p for p in parts if p in SPOKEN)
    # Room for the sentences dropped as part of a matching quote (see _unquoted).
    params: dict[str, Any] = {"query": fts_query(query), "limit": limit * 3}
    where = ""
    if since is not None:
        where += " AND b.date >= :since"
        params["since"] = since
    if until is not None:
        # "~" sorts after every digit and "-": until 2022-05 keeps all of May.
        where += " AND b.date < :until"
        params["until"] = until + "~"
    if speaker is not None:
        conn.create_function("briefcli_casefold", 1, _casefold, deterministic=True)
        name = " ".join(speaker.split()).casefold()
        params["speaker"] = name
        params["surname"] = "% " + re.sub(r"([\\%_])", r"\\\1", name)
    selects = [_select(part, where, speaker is not None) for part in parts]
    sql = " UNION ALL ".join(selects) + " ORDER BY rank, date DESC, source LIMIT :limit"
    try:
        rows = conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as e:
        message = str(e)
        if message.lower().startswith(_QUERY_ERRORS):
            raise QueryError(
                f"search query {query!r}: {message} (put words with punctuation or a phrase "
                'in double quotes, "like this"; AND, OR, NOT and NEAR are operators)'
            ) from None
        raise ArchiveError(f"the archive cannot be searched ({message})") from None
    return SearchResult(query, tuple(_unquoted([_hit(row) for row in rows]))[:limit])


def _unquoted(hits: list[Hit]) -> list[Hit]:
    """The hits without sentences that lie inside a quote that matched too: the quote says
    the same, with its speaker (in a transcript every answer is both)."""
    quoted = {(h.source, n) for h in hits if h.part == "quotes"
              for n in range(h.sentence, h.last_sentence + 1)}
    return [h for h in hits if h.part != "sentences" or (h.source, h.sentence) not in quoted]


def _casefold(value: str | None) -> str | None:
    return value.casefold() if value is not None else None


def _select(part: Part, where: str, by_speaker: bool) -> str:
    fts = f"{part}_fts"
    if part == "actions":
        marked = f"highlight({fts}, 1, char(1), char(2))"
        who = "NULL AS speaker, t.actor AS actor, t.sentence AS last_sentence"
    elif part == "quotes":
        marked = f"highlight({fts}, 0, char(1), char(2))"
        who = "t.speaker AS speaker, NULL AS actor, t.last_sentence AS last_sentence"
    else:
        marked = f"highlight({fts}, 0, char(1), char(2))"
        who = "t.speaker AS speaker, NULL AS actor, t.sentence AS last_sentence"
    if by_speaker:
        where += (
            " AND (briefcli_casefold(t.speaker) = :speaker"
            " OR briefcli_casefold(t.speaker) LIKE :surname ESCAPE '\\')"
        )
    return (
        f"SELECT b.source AS source, b.title AS title, b.date AS date, '{part}' AS part,"
        f" {marked} AS marked, {who}, t.sentence AS sentence, bm25({fts}) AS rank"
        f" FROM {fts} JOIN {part} t ON t.id = {fts}.rowid"
        f" JOIN briefings b ON b.id = t.briefing_id"
        f" WHERE {fts} MATCH :query{where}"
    )


def _hit(row: tuple[Any, ...]) -> Hit:
    source, title, date, part, marked, speaker, actor, last, sentence, rank = row
    text, matches = _unmark(marked or "")
    return Hit(source, title, date, part, text, speaker, actor, sentence, rank, matches, last)


def _unmark(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text without highlight markers, and the spans they enclosed."""
    text = ""
    spans: list[tuple[int, int]] = []
    start = 0
    for piece in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if piece == _OPEN:
            start = len(text)
        elif piece == _CLOSE:
            # Words matched side by side ("accession protocol") make one span.
            if spans and not text[spans[-1][1]:start].strip():
                start = spans.pop()[0]
            spans.append((start, len(text)))
        else:
            text += piece
    return text, tuple(spans)
