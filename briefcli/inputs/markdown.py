"""Markdown input: the YAML front matter, and links, images and inline HTML reduced to text."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from briefcli.text.structure import is_bold_line

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# Every pattern here runs in linear time on any input (a megabyte of "[" or "**a " included):
# a span's text may not contain the character that opens it, so a failed match never
# rescans what the next attempt scans again, and spans are bounded in length.
_LINK_TEXT = r"\[((?:[^\[\]\n]|\n(?![ \t]*\n)){0,1000})\]"  # may wrap, not over a blank line
_LINK_TARGET = r"\((?:[^()\s]|\([^()\s]{0,1000}\)){0,2048}(?:\s+\"[^\"\n]{0,500}\")?\)"
_IMAGE = re.compile(r"!" + _LINK_TEXT + _LINK_TARGET)
_LINK = re.compile(_LINK_TEXT + _LINK_TARGET)
_REF_LINK = re.compile(r"\[([^\[\]\n]{1,1000})\]\[[^\[\]\n]{0,200}\]")
_DATA_URI = re.compile(r"data:[\w/+.-]{1,100};base64,[A-Za-z0-9+/=\s]+")
# Elements whose content is never briefing text: dropped with everything inside.
_HTML_BLOCK_OPEN = re.compile(
    r"<(figure|script|style|svg|picture|iframe|noscript|video|audio|object|template)\b[^<>]{0,4096}>",
    re.IGNORECASE,
)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,2048})>", re.IGNORECASE)
_LINK_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\[\]\n]{1,200}\]:[ \t]+\S{1,2048}.*$", re.MULTILINE)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,64}(?:\s[^<>]{0,4096})?/?>")
# Emphasis may run over lines of one paragraph, never over a blank line.
_IN_PARAGRAPH = r"(?:[^{c}\n]|\n(?![ \t]*\n))"
# Every alternative starts with its literal mark, so positions without one are rejected at
# once (a lookbehind first would run at every character of a transcript).
_EMPHASIS = re.compile(
    r"\*\*(?=\S)(" + _IN_PARAGRAPH.format(c=r"*") + r"{1,2000}?)(?<=\S)\*\*"
    r"|__(?=\S)(" + _IN_PARAGRAPH.format(c=r"_") + r"{1,2000}?)(?<=\S)__"
    r"|\*(?<![\w*]\*)(?=\S)(" + _IN_PARAGRAPH.format(c=r"*") + r"{1,2000}?)(?<=\S)\*(?![\w*])"
    r"|_(?<![\w_]_)(?=\S)(" + _IN_PARAGRAPH.format(c=r"_") + r"{1,2000}?)(?<=\S)_(?![\w_])"
)
# A reporter's question opening a line: "Q  How…", "**Q** How…", "Q: How…".
_QUESTION_TURN = re.compile(r"^[ \t]*(?:\*\*)?Q(?:\*\*)?:?(?:\*\*)?[ \t]+\S", re.MULTILINE)
_RUN_IN_HEADING = re.compile(r"^\*\*([^*\n]{3,120}?):?\*\*:?[ \t]+(?=\S)", re.MULTILINE)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# CommonMark: a backslash before any ASCII punctuation character escapes it.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


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


# A real header is a few hundred bytes; PyYAML reads about a megabyte a second.
MAX_FRONT_MATTER_CHARS = 64 * 1024


def _parse_yaml(block: str) -> dict[str, Any]:
    if len(block) > MAX_FRONT_MATTER_CHARS:
        return {}
    import yaml

    # libyaml's loader when PyYAML has it: ten times faster, and as safe.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        loaded = yaml.load(block, Loader=loader)  # a safe loader either way
    except (yaml.YAMLError, RecursionError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _scalar(value: Any) -> str | None:
    """A header value as one line of text; lists and mappings are not titles or dates (and a
    YAML alias bomb would print exponentially)."""
    if value is None or isinstance(value, (list, dict, set, tuple, bytes)):
        return None
    text = " ".join(str(value).replace("\u00a0", " ").split())
    return text[:1000] or None


def _date(value: Any) -> str | None:
    text = _scalar(value)
    if text is None:
        return None
    m = re.match(r"(\d{4}-\d{2}-\d{2})", text)
    return m.group(1) if m else None


def to_text(markdown: str) -> str:
    """Markdown reduced to plain text, keeping line structure (headings stay marked with #)."""
    text = _drop_comments(markdown)
    text = _drop_html_blocks(text)
    text = _DATA_URI.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    if "]:" in text:
        text = _LINK_DEFINITION.sub("", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    if "**" in text or "__" in text:
        text = _bold_openings(text)
    text = _EMPHASIS.sub(_emphasized, text)
    text = _ESCAPE.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)  # &amp; &nbsp; &#8217; from pages saved as Markdown
    return text.replace("\u00a0", " ")


def _bold_openings(text: str) -> str:
    """Bold at the start of a line: a heading, or in a transcript a speaker label.

    A wholly bold line ("**Here are the wins:**") or a bold run-in ("**REFORMING THE
    WORKFORCE:** Today, …") is a heading, unless the text is a transcript whose speaker
    labels are bold ("**MS. PSAKI:** Good afternoon."): then the labels stay labels, with
    their colon, for the structure stage to find the turns."""
    from briefcli.text.turn import turn_start

    def label_of(bold: str) -> str | None:
        label = bold.strip().strip("*_").strip().rstrip(":").strip()
        return label if turn_start(f"{label}: x") is not None else None

    lines = text.split("\n")
    candidates = [m.group(1) for m in _RUN_IN_HEADING.finditer(text)]
    candidates += [ln for ln in lines if is_bold_line(ln) and ln.rstrip("*_ ").endswith(":")]
    labels = Counter(label for label in map(label_of, candidates) if label is not None)
    # As structure.is_transcript decides: someone speaks twice, or a reporter asks.
    transcript = bool(labels) and (
        any(n >= 2 for n in labels.values()) or _QUESTION_TURN.search(text) is not None
    )

    def bold_line(line: str) -> str:
        label = label_of(line) if transcript else None
        if label is not None and line.rstrip("*_ ").endswith(":"):
            return label + ":"
        return "### " + line.strip().strip("*_").strip()

    def run_in(m: re.Match[str]) -> str:
        label = label_of(m.group(1)) if transcript else None
        if label is not None:
            return label + ": "
        return "### " + m.group(1).strip() + "\n\n"

    text = "\n".join(bold_line(line) if is_bold_line(line) else line for line in lines)
    return _RUN_IN_HEADING.sub(run_in, text)


def _emphasized(m: re.Match[str]) -> str:
    return next((g for g in m.groups() if g is not None), "")


def _drop_comments(text: str) -> str:
    """HTML comments removed; an unclosed `<!--` is removed alone (linear, unlike `<!--.*?-->`)."""
    out: list[str] = []
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            break
        end = text.find("-->", start + 4)
        out.append(text[pos:start])
        if end < 0:
            pos = start + 4
            out.append(text[pos:].replace("<!--", ""))
            return "".join(out)
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


def _drop_html_blocks(text: str) -> str:
    """`<figure>…</figure>`, `<script>…</script>` and the like removed with their content.

    An element without its closing tag loses only its opening tag. Closing tags are looked
    up with `find` on a lower-cased copy, so many unclosed openings stay linear."""
    lower = ""
    out: list[str] = []
    pos = 0
    unclosed: set[str] = set()
    for m in _HTML_BLOCK_OPEN.finditer(text):
        if m.start() < pos:
            continue  # inside an element already dropped
        if not lower:
            lower = text.translate(_ASCII_LOWER)  # str.lower() can change lengths ("İ")
        name = m.group(1).lower()
        out.append(text[pos : m.start()])
        end = -1 if name in unclosed else lower.find("</" + name, m.end())
        if end < 0:
            unclosed.add(name)
            pos = m.end()
            continue
        close = lower.find(">", end)
        pos = len(text) if close < 0 else close + 1
    out.append(text[pos:])
    return "".join(out)
