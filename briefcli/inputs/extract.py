"""Main text of an input: HTML pages, Markdown with front matter, or plain text."""

from __future__ import annotations

import os
from dataclasses import dataclass

from briefcli.inputs import markdown as markdown


@dataclass(frozen=True)
class Extracted:
    """The briefing's text (paragraphs separated by blank lines) and what its container said."""

    text: str
    title: str | None = None
    date: str | None = None
    source_url: str | None = None


_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def extract(text: str, name: str, media_type: str | None = None) -> Extracted:
    """Pick the container by content and name, and reduce it to text."""
    from briefcli.inputs.html import looks_like_html

    suffix = os.path.splitext(name.split("?", 1)[0])[1].lower()
    if (
        media_type in ("text/html", "application/xhtml+xml")
        or suffix in _HTML_SUFFIXES
        or (looks_like_html(text))
    ):
        from briefcli.inputs.html import extract as extract_html

        page = extract_html(text, name)
        return Extracted(page.text, page.title, page.date, page.source_url)
    front, body = markdown.split_front_matter(text)
    if front is not None or suffix in _MARKDOWN_SUFFIXES or media_type == "text/markdown":
        body = markdown.to_text(body)
        if front is None:
            return Extracted(body)
        return Extracted(body, front.title, front.date, front.source_url)
    return Extracted(text)
