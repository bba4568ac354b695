"""Renderers: each reads a Brief and returns text (or a rich renderable), never prints."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from briefcli.model import Brief
from briefcli.render import json, markdown, text
from briefcli.render.view import DEFAULT_MAX_QUOTES, Part, View


class Format(StrEnum):
    """Output formats of the command line."""

    RICH = "rich"
    MARKDOWN = "markdown"
    JSON = "json"
    JSONL = "jsonl"
    TEXT = "text"


TEXT_RENDERERS: dict[Format, Callable[[Brief, View], str]] = {
    Format.MARKDOWN: markdown.render,
    Format.JSON: json.render,
    Format.JSONL: json.render_line,
    Format.TEXT: text.render,
}

# What -o FILE writes when --format is not given, by the file's extension.
FORMAT_BY_SUFFIX: dict[str, Format] = {
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".json": Format.JSON,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
}

__all__ = ["DEFAULT_MAX_QUOTES", "FORMAT_BY_SUFFIX", "Format", "Part", "TEXT_RENDERERS", "View"]
