"""HTML input: the main text of a saved page (trafilatura), with its title and date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefcli.errors import InputError

# Pages larger than this are not a briefing page (the whole 2020 whitehouse.gov page is 200 kB).
MAX_HTML_CHARS = 16 * 1024 * 1024

# " | The White House", " - Defense.gov", " — Site": a site name after the headline.
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:»·]\s+")


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
    """The page's main text as light Markdown (headings `#`, list items `-`, paragraphs and
    speaker turns separated by blank lines), with title, date and URL from its metadata.

    The page is only parsed: lxml runs no script and fetches nothing (no network, no external
    entities), and trafilatura reads the tree it is given."""
    if len(html) > MAX_HTML_CHARS:
        raise InputError(f"{name}: HTML page is larger than 16 MB")
    import trafilatura
    from lxml.etree import LxmlError  # type: ignore[import-untyped]

    try:
        page = _extract_with_metadata(trafilatura, html)
    except RecursionError:
        raise InputError(f"{name}: HTML page is nested too deeply to read") from None
    except (LxmlError, ValueError, TypeError, AttributeError, LookupError) as e:
        # lxml and trafilatura raise these on documents they cannot make a tree of.
        raise InputError(f"{name}: HTML page cannot be parsed ({type(e).__name__})") from None
    if page is None or not page.text or not page.text.strip():
        raise InputError(f"{name}: no main text found in the HTML page")
    from briefcli.inputs import markdown as markdown

    # trafilatura puts its metadata in a YAML header when asked for metadata: drop it.
    _, body = markdown.split_front_matter(page.text)
    text = _paragraphs(markdown.to_text(body))
    if not text:
        raise InputError(f"{name}: no main text found in the HTML page")
    return PageText(
        text=text,
        title=clean_title(page.title, page.sitename),
        date=_iso_date(page.date),
        source_url=page.url or None,
    )


def _extract_with_metadata(trafilatura: Any, html: str) -> Any:
    """One parse for both text and metadata where trafilatura offers it (2.1 and later)."""
    options = {
        "favor_recall": True,
        "include_comments": False,
        "include_tables": False,
        "include_images": False,
        "include_links": False,
        "include_formatting": True,
        "deduplicate": False,  # transcripts repeat short turns ("Thank you.") on purpose
        "output_format": "markdown",
    }
    if hasattr(trafilatura, "extract_with_metadata"):
        return trafilatura.extract_with_metadata(html, **options)
    text = trafilatura.extract(html, **options)
    meta = trafilatura.extract_metadata(html)
    return _Page(
        text=text,
        title=getattr(meta, "title", None),
        sitename=getattr(meta, "sitename", None),
        date=getattr(meta, "date", None),
        url=getattr(meta, "url", None),
    )


@dataclass(frozen=True)
class _Page:
    text: str | None
    title: str | None
    sitename: str | None
    date: str | None
    url: str | None


def _paragraphs(text: str) -> str:
    """One paragraph per line of trafilatura's output, blank lines between.

    trafilatura writes a `<br>` inside a paragraph as a line break; on transcript pages
    that break separates speaker turns, so every line is its own paragraph."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def clean_title(title: str | None, sitename: str | None) -> str | None:
    """The headline without the site name pages append (`Remarks by … | The White House`)."""
    if not title:
        return None
    title = " ".join(title.split())
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) > 1:
        last = parts[-1].strip().lower()
        site = (sitename or "").strip().lower()
        # The site name, or a short tail naming a site ("whitehouse.gov", "U.S. Department of
        # Defense") when the page states no site name to compare with.
        if (site and (last == site or last in site or site in last)) or (
            not site and _looks_like_site(parts[-1])
        ):
            # Everything before the last separator.
            head = title[: list(_TITLE_SEPARATOR.finditer(title))[-1].start()].strip()
            if head:
                return head
    return title


def _looks_like_site(tail: str) -> bool:
    words = tail.split()
    return 0 < len(words) <= 5 and (
        bool(re.search(r"\.(?:gov|com|org|net|mil|int|edu)\b", tail, re.IGNORECASE))
        or tail.strip().lower().startswith(("the white house", "u.s. department", "department of"))
    )


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"(\d{4}-\d{2}-\d{2})", value)
    return m.group(1) if m else None
