"""Speaker turns of a transcript: `MS. JEAN-PIERRE:  text`, `Q  text`, `THE PRESIDENT:`."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A turn label: upper-case words (titles, names, initials) and a colon, then the speech.
# "Q" alone, followed by spaces or a colon, is a reporter's question.
_LABEL = re.compile(
    r"""^\s*(?:\*\*)?
    (?P<label>
        Q(?=[:.]?\s|:)
      | (?:[A-Z][A-Z0-9'’\-]*\.?|[A-Z]\.)(?:[ ](?:[A-Z][A-Z0-9'’\-]*\.?|[A-Z]\.|\d+))*
    )
    (?:\s*\((?:[^()]{0,40})\))?   # "PRESIDENT DUDA (via interpreter):"
    \s*[:.]?(?:\*\*)?[:]?
    (?P<gap>[ \t\u00a0]+|$)
    """,
    re.VERBOSE,
)

# Upper-case words that open article lines but name no speaker.
_NOT_SPEAKERS = frozenset(
    """
    NOTE EDITOR'S UPDATE UPDATED WASHINGTON FACT SHEET READ MORE WHAT THEY ARE SAYING
    BACKGROUND SUMMARY WHEN WHERE WHO WHY HOW TOPLINE BREAKING ALERT EMBARGOED FOR RELEASE
    IMMEDIATE RELEASE EXCLUSIVE ANALYSIS OPINION PHOTOS VIDEO CONTACT ET PT EDT EST CET CEST
    RELEASE END THE FOR IMMEDIATE BOTTOM LINE KEY TAKEAWAYS MEDIA ADVISORY ADVISORY
    """.split()
)


@dataclass(frozen=True)
class TurnStart:
    """A paragraph that opens a speaker turn."""

    label: str
    text: str

    @property
    def question(self) -> bool:
        return self.label == "Q"


def turn_start(paragraph: str) -> TurnStart | None:
    """The label and speech if `paragraph` opens with a speaker label."""
    m = _LABEL.match(paragraph)
    if not m:
        return None
    label = " ".join(m.group("label").split())
    rest = paragraph[m.end() :].strip()
    if label == "Q":
        # "Q" must be followed by its own spacing: "Q    Hey." or "Q: How…"
        return TurnStart(label="Q", text=rest)
    if ":" not in paragraph[: m.end()]:
        return None
    letters = [c for c in label if c.isalpha()]
    if len(letters) < 2 or len(label) > 60:
        return None
    words = set(re.split(r"[ .]+", label)) - {""}
    if words and words <= _NOT_SPEAKERS:
        return None
    if not rest and m.group("gap") != "":
        return None
    return TurnStart(label=label, text=rest)


def is_transcript(paragraphs: list[str]) -> bool:
    """True when the speaker labels make this a transcript rather than an article.

    A speaker speaks more than once, or a reporter asks and someone answers; run-in
    ALL-CAPS headings of fact sheets ("REFORMING THE WORKFORCE: Today, …") each occur once.
    """
    starts = [t for t in (turn_start(p) for p in paragraphs) if t is not None]
    counts: dict[str, int] = {}
    for t in starts:
        counts[t.label] = counts.get(t.label, 0) + 1
    repeated = any(n >= 2 for label, n in counts.items() if label != "Q")
    questions = counts.get("Q", 0)
    return (repeated and len(starts) >= 3) or (questions >= 1 and len(counts) >= 2)
