"""Bylines and photo credits: names in them are no one in the story."""

from __future__ import annotations

import re

from briefcli.lexicon.people import CREDIT_LEADS

# "(Sarah Klein/Reuters)", "AP Photo/Jane Doe", "By Jane Porter", "Photo: Jane Doe".
_CREDIT_AFTER = re.compile(r"\s*/\s*[A-Z]")
_CREDIT_LEAD = "(?:" + "|".join(sorted(CREDIT_LEADS, key=len, reverse=True)) + ")"
_CREDIT_BEFORE = re.compile(r"(?:/\s*|(?:^|\n)\s*" + _CREDIT_LEAD + r"\s*:?\s*)$")
# A line that is a credit: "By Andre Whyte, Department of Public Information".
CREDIT_LINE = re.compile(r"\s*" + _CREDIT_LEAD + r"\b")


def is_credit(text: str, start: int, end: int) -> bool:
    """A name in a byline or a photo credit."""
    # The credit's words touch the name: a short window, not the whole text before it.
    window = max(0, start - 24)
    return bool(_CREDIT_AFTER.match(text, end) or _CREDIT_BEFORE.search(text, window, start))
