"""KeyIndex: one pass over a text's words answers "any of these keys in it?" as `in` does."""

from __future__ import annotations

import random
import threading

from hypothesis import given, settings
from hypothesis import strategies as st

from briefcli.text.keys import KeyIndex

_ALPHABET = "ab c’'$,-"
_KEY = st.text(alphabet=_ALPHABET, min_size=0, max_size=4)
_TEXT = st.text(alphabet=_ALPHABET + " \t\n", max_size=40)


def _plain(keys: tuple[str, ...], lower: str) -> bool:
    return any(key in lower for key in keys)


@settings(max_examples=300)
@given(st.lists(st.tuples(_KEY, _KEY, _KEY), min_size=1, max_size=6), st.lists(_TEXT, max_size=8))
def test_holds_is_any_key_in_the_text(tuples: list[tuple[str, ...]], texts: list[str]) -> None:
    index = KeyIndex()
    for text in texts:
        lower = " ".join(text.lower().split())
        # Asked before and after the tuples are registered, and with equal tuples that are
        # other objects: always the plain answer.
        for _ in range(2):
            scanned = index.scan(lower)
            for keys in [*tuples, *((*k,) for k in tuples)]:
                assert index.holds(keys, lower, scanned) == _plain(keys, lower)


def test_a_text_scanned_before_a_tuple_is_registered_gets_the_plain_answer() -> None:
    index = KeyIndex()
    first, later = ("minister",), ("will act", "budget")
    lower = "the minister will act"
    scanned = index.scan(lower)
    assert index.holds(first, lower, scanned)
    assert index.holds(later, lower, scanned)
    assert not index.holds(("energy",), lower, index.scan(lower))
    assert index.holds(later, lower, index.scan(lower))
    assert not index.holds(later, "the minister", index.scan("the minister"))


def test_threads_sharing_an_index_get_the_plain_answers() -> None:
    index = KeyIndex(remembered_words=50)  # (the remembered words fill up too)
    words = "the minister will act on policy budget reform energy jobs $5 they’ll".split()
    tuples = [tuple(random.Random(i).sample(words, 3)) for i in range(40)]
    wrong: list[tuple[tuple[str, ...], str]] = []

    def work(seed: int) -> None:
        rng = random.Random(seed)
        for _ in range(300):
            lower = " ".join(rng.choice(words) for _ in range(6))
            scanned = index.scan(lower)
            for keys in rng.sample(tuples, 10):
                if index.holds(keys, lower, scanned) != _plain(keys, lower):
                    wrong.append((keys, lower))

    threads = [threading.Thread(target=work, args=(seed,)) for seed in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not wrong
