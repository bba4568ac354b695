"""HTML input: the main text of a saved page (trafilatura), with its title and date."""

from __future__ import annotations

from dataclasses import dataclass

from briefcli.errors import InputError


@dataclass(frozen=True)
class PageText:
    """The main text of a web page and its metadata."""

    text: str
    title: str | None
    date: str | None
    source_url: str | None


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return (
        head.startswith(("<!doctype html", "<html", "<?xml"))
        or "<html" in head
        or ("<head" in head and "<body" in text[:65536].lower())
    )


def extract(html: str, name: str) -> PageText:
    """The page's main text, paragraphs separated by blank lines; runs and fetches nothing."""
    import trafilatura

    text = trafilatura.extract(
        html, favor_recall=True, include_comments=False, include_tables=False, output_format="txt"
    )
    if not text or not text.strip():
        raise InputError(f"{name}: no main text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    date = meta.date if meta is not None else None
    url = meta.url if meta is not None else None
    # trafilatura puts one paragraph per line; a blank line between makes them paragraphs.
    paragraphs = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    return PageText(text=paragraphs, title=title, date=date, source_url=url)
