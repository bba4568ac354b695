"""Which of many key substrings a text holds, found in one pass over its words."""

from __future__ import annotations

import threading
from typing import NamedTuple

Keys = tuple[str, ...]


class Scanned(NamedTuple):
    """A text as `KeyIndex.scan` read it: the bits of the key tuples it has a key of, and
    each tuple's bit by the tuple's id (see `KeyIndex`)."""

    hits: int
    bits: dict[int, tuple[Keys, int]]


class _Tables(NamedTuple):
    tuples: dict[Keys, int]  # each registered key tuple's bit
    # The same by the id of the tuple first registered with those keys (kept alive here, so
    # its id is never another's): a tuple of many keys is slow to hash, its id is not.
    by_id: dict[int, tuple[Keys, int]]
    word_keys: dict[str, int]  # a key without a blank -> the bits of the tuples it is in
    phrase_keys: dict[str, int]  # a key with a blank (or empty) -> the same
    words: dict[str, int]  # a word seen -> the bits of the keys inside it


class KeyIndex:
    """Answers "does the text hold any of these keys?" for many key tuples at once.

    For a `lower` whose blanks are single spaces (" ".join(text.split())), a tuple `keys`
    is in `scan(lower)` (`holds`) exactly when `any(key in lower for key in keys)`. Asked
    tuple after tuple of one text, that is a substring test per key: a sentence's 150 keys
    cost more than the patterns they guard. Here each key tuple has a bit, `scan` reads the
    text once and the test is one bit. A key without a blank lies inside one word of
    `lower`, so each distinct word's bits are worked out once and remembered; the few keys
    with a blank are tested on the text itself.

    Tuples are registered as they are first asked about: until then `holds` gives the plain
    test, so the answer never depends on the index. The tables are replaced whole, never
    changed in place (but for the words remembered): threads may share an index."""

    def __init__(self, remembered_words: int = 100_000) -> None:
        self._lock = threading.Lock()
        self._tables = _Tables({}, {}, {}, {}, {})
        self._limit = remembered_words

    def scan(self, lower: str) -> Scanned:
        """Which registered tuples have a key in `lower`."""
        tables = self._tables
        words = tables.words
        found = 0
        for word in lower.split(" "):
            bits = words.get(word)
            if bits is None:
                bits = 0
                for key, key_bits in tables.word_keys.items():
                    if key in word:
                        bits |= key_bits
                if len(words) < self._limit:
                    words[word] = bits
            found |= bits
        for key, bits in tables.phrase_keys.items():
            if key in lower:
                found |= bits
        return Scanned(found, tables.by_id)

    def holds(self, keys: Keys, lower: str, scanned: Scanned) -> bool:
        """Whether `lower`, read by `scan` into `scanned`, has any of `keys`. (A caller
        asking many tuples may inline the first two lines.)"""
        known = scanned.bits.get(id(keys))
        if known is not None and known[0] is keys:
            return bool(scanned.hits & known[1])
        self._register(keys)
        for key in keys:
            if key in lower:
                return True
        return False

    def _register(self, keys: Keys) -> None:
        with self._lock:
            old = self._tables
            if keys in old.tuples:
                return  # an equal tuple, or this one registered since the text was read
            bit = 1 << len(old.tuples)
            word_keys, phrase_keys = dict(old.word_keys), dict(old.phrase_keys)
            for key in keys:
                table = word_keys if key and " " not in key else phrase_keys
                table[key] = table.get(key, 0) | bit
            self._tables = _Tables(
                {**old.tuples, keys: bit},
                {**old.by_id, id(keys): (keys, bit)},
                word_keys,
                phrase_keys,
                {},
            )


# Letters that a pattern's ignored case takes for ASCII letters but str.lower() does not
# give as them (long s, dotless i, dotted capital I, the Kelvin sign): a text with one of
# them may match an ignore-case pattern whose words its lower case lacks.
_FOLDED_APART = "ſıİ\u212a"


def folds_apart(text: str) -> bool:
    """Whether a substring test on `text.lower()` may miss what an ignore-case pattern
    finds in `text` (a cheap test: only non-ASCII texts are searched)."""
    return not text.isascii() and any(c in text for c in _FOLDED_APART)
