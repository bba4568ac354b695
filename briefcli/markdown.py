"""Markdown input: the YAML front matter, and links, images and inline HTML reduced to text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_DATA_URI = re.compile(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]+")
_HTML_BLOCK = re.compile(
    r"<(figure|script|style|svg|picture|iframe|noscript)\b[^>]*>.*?</\1\s*>",
    re.DOTALL | re.IGNORECASE,
)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_EMPHASIS = re.compile(
    r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"
)
_RUN_IN_HEADING = re.compile(r"^\*\*([^*\n]{3,120}?):?\*\*:?[ \t]+(?=\S)", re.MULTILINE)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~>])")


@dataclass(frozen=True)
class FrontMatter:
    """What a YAML header told us."""

    title: str | None = None
    date: str | None = None
    source_url: str | None = None


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """The YAML header (if any) and the text after it."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return None, text
    meta = _parse_yaml(m.group(1))
    front = FrontMatter(
        title=_scalar(meta.get("title")),
        date=_date(meta.get("date") or meta.get("published_time")),
        source_url=_scalar(meta.get("source_url") or meta.get("url")),
    )
    return front, text[m.end() :]


def _parse_yaml(block: str) -> dict[str, Any]:
    import yaml

    try:
        loaded = yaml.safe_load(block)
    except yaml.YAMLError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _scalar(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).replace("\u00a0", " ").split())
    return text or None


def _date(value: Any) -> str | None:
    text = _scalar(value)
    if text is None:
        return None
    m = re.match(r"(\d{4}-\d{2}-\d{2})", text)
    return m.group(1) if m else None


def to_text(markdown: str) -> str:
    """Markdown reduced to plain text, keeping line structure (headings stay marked with #)."""
    text = _HTML_COMMENT.sub("", markdown)
    text = _HTML_BLOCK.sub("", text)
    text = _DATA_URI.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    # A wholly bold line is a heading in practice ("**Here are the wins:**").
    text = "\n".join(
        "### " + line.strip().strip("*_").strip() if is_bold_line(line) else line
        for line in text.split("\n")
    )
    # A bold run-in heading opening a paragraph ("**REFORMING THE WORKFORCE:** Today, …").
    text = _RUN_IN_HEADING.sub(lambda m: "### " + m.group(1).strip() + "\n\n", text)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", text)
    text = _ESCAPE.sub(r"\1", text)
    return text.replace("\u00a0", " ")


def is_bold_line(line: str) -> bool:
    """A line that is wholly bold (`**Here are the wins:**`): a heading in practice."""
    s = line.strip()
    return (
        len(s) > 4
        and s.startswith(("**", "__"))
        and s.endswith(("**", "__"))
        and s.count("**") <= 2
    )
