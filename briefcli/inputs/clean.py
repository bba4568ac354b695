"""Cleaning: web-page boilerplate, photo captions and credits, stage notes and end marks."""

from __future__ import annotations

import re

# Whole lines that are site furniture, never briefing text (matched case-insensitively).
_BOILERPLATE_LINES = [
    r"an official website of the united states government\.?",
    r"here['’]s how you know\.?",
    r"official websites use \.gov\.?",
    r"\.gov website belongs to an official government organization in the united states\.?",
    r"a \.gov website belongs to an official government organization in the united states\.?",
    r"secure \.gov websites use https\.?",
    r"a lock \(\s*lock\s*\) or https:// means you['’]ve safely connected to the \.gov website\..*",
    r"share sensitive information only on official, secure websites\.?",
    r"skip to (?:main )?content\.?",
    r"(?:share|print|email|tweet|facebook|twitter|linkedin|copy link)"
    r"(?:\s+this)?(?:\s+(?:page|story|article))?:?",
    r"(?:subscribe|sign up) (?:to|for) .{0,60}",
    r"back to top",
    r"end\b[\s\d:apm.]*(?:[a-z]{2,4})?",  # "END 2:10 P.M. EDT"
    r"#+",
    r"\\?#{3}",  # "###", the press-release end mark (escaped in Markdown as \###)
    r"-\s*\d+\s*-",  # "- 30 -"
    r"\d{1,2}:\d{2}\s*[ap]\.?\s*m\.?(?:\s+[a-z]{2,4})?",  # "1:40 P.M. EDT" time stamps
    r"\(\d{4}\)",  # "(1110)": the clock in parliamentary committee evidence
    r"\[[^\[\]\n]{1,60}\]",  # "[Translation]", "[Proceedings resumed]": a note on its own line
]
_BOILERPLATE = re.compile(r"^\s*(?:" + "|".join(_BOILERPLATE_LINES) + r")\s*$", re.IGNORECASE)

# A line that marks a photo: its credit or image id. The paragraph holding it is a caption.
_CAPTION_MARK = re.compile(
    r"^\s*(?:(?:photo\s+)?credit|virin|photo(?:\s+by)?|image(?:\s+credit)?|courtesy(?:\s+photo)?)\s*:",
    re.IGNORECASE,
)
# Headings after which a page has only links to other pages.
_TAIL_MARK = re.compile(
    r"^\s*(?:related (?:stories|links|content|articles|news)|more (?:stories|news|from)\b.*|"
    r"recent (?:news|stories)|read more|see also|trending|most popular|tags?:.*)\s*$",
    re.IGNORECASE,
)
# Stage notes inside transcript turns, in round or square brackets: "(Laughter.)",
# "(As interpreted.)", and as committee transcripts mark language: "[Translation]".
_NOTES = (
    r"laughter|applause|inaudible|crosstalk|cross-talk|as interpreted|off-mic|off mic|pause|"
    r"technical difficulty|technical difficulties|audio gap|unintelligible|in progress|"
    r"interruption|translation|english|french|fran[cç]ais|interpretation"
)
_STAGE_NOTE = re.compile(
    rf"\((?:{_NOTES}|the president speaks [^)]*|"
    r"[^()]{0,40}\binaudible\b[^()]{0,40}|[a-z ]{0,30}interpreted[^()]{0,30})\.?\)"
    rf"|\[(?:{_NOTES}|[^\[\]]{{0,40}}\binaudible\b[^\[\]]{{0,40}})\.?\]\s?",
    re.IGNORECASE,
)


# An upper-case speaker's label and its mark alone: "JOURNALIST.", "JOURNALIST<tab>".
_LABEL_ONLY = re.compile(r"[ \t]*[A-Z][A-Z'’. \-]{0,60}(?:\.|\t)[ \t]*")

# A speaker's label alone on its line, the speech below: "### Journalist", "JOURNALIST:",
# "Prime Minister" (a few capitalised words, no sentence's end).
_LABEL_ALONE = re.compile(r"[ \t]*(?:#{1,6}[ \t]+)?[A-Z][\w'’.,\- ]{0,60}?:?[ \t]*(?<![.!?])")


def _without_notes(line: str) -> str:
    """A line without its stage notes, unless a note is all a turn says ("JOURNALIST<tab>
    (Inaudible)"): the turn keeps it, so its label does not run into the next turn."""
    cut = _STAGE_NOTE.sub("", line)
    if cut != line and _LABEL_ONLY.fullmatch(cut):
        return line
    return cut


def clean(text: str) -> str:
    """`text` without boilerplate; paragraphs stay separated by blank lines."""
    paragraphs = re.split(r"\n[ \t\u00a0]*\n", text)
    kept: list[str] = []
    for paragraph in paragraphs:
        lines = paragraph.split("\n")
        if any(_TAIL_MARK.match(line) for line in lines) and len(" ".join(lines).split()) <= 8:
            # "Related Stories" and everything after it is a list of other pages.
            if kept:
                break
            continue
        if any(_CAPTION_MARK.match(line) for line in lines):
            continue
        lines = [line for line in lines if not _BOILERPLATE.match(line)]
        noted = [_without_notes(line) for line in lines]
        if any(line.strip() for line in noted):
            kept.append("\n".join(noted))
        elif kept and _LABEL_ALONE.fullmatch(kept[-1]) and any(line.strip() for line in lines):
            # A turn that is only a stage note, under a label alone on its line ("### Journalist"
            # / "(inaudible)"): it stays, so the label does not run into the next turn.
            kept.append("\n".join(lines))
    return "\n\n".join(kept)
