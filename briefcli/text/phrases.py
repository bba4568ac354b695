"""One pattern that finds whether a text holds any of many literal phrases, in one pass."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A substring test per phrase reads the whole text once for each of them: a long turn tested
# for 85 hand-over phrases is read 85 times. An alternation of the phrases is no faster, for
# the regular expression engine tries every alternative at every position. Here the phrases
# share their beginnings, as a trie does ("t(?:ake (?:a question|questions)|ime for …)"): at a
# position the engine follows only the phrases that start with its character.

_Trie = dict[str, "_Trie"]


def any_phrase(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern whose `search(text)` finds a match exactly when `any(p in text for p in
    phrases)` (the match is the shortest phrase found there, not necessarily the longest)."""
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    if not trie:
        return re.compile(r"(?!)")  # no phrase: never found
    return re.compile(_alternatives(trie))


def _alternatives(node: _Trie) -> str:
    if "" in node:
        return ""  # a phrase ends here: a longer one holding it adds nothing to "any"
    branches = [re.escape(char) + _alternatives(node[char]) for char in sorted(node)]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
