"""The archive: many briefs in one SQLite file, searched and digested across briefings."""

from __future__ import annotations

from briefcli.archive.schema import (
    SCHEMA_VERSION,
    ArchiveError,
    connect,
    database_path,
)
from briefcli.archive.search import Hit, QueryError, SearchResult, date_bound, search
from briefcli.archive.store import IndexEvent, content_hash, index, load_briefs, store_brief

__all__ = [
    "SCHEMA_VERSION",
    "ArchiveError",
    "Hit",
    "IndexEvent",
    "QueryError",
    "SearchResult",
    "connect",
    "content_hash",
    "database_path",
    "date_bound",
    "index",
    "load_briefs",
    "search",
    "store_brief",
]
