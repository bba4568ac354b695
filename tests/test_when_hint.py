"""The hint test before the time-expression pattern never skips a text that has one."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefcli.text import when

_WORDS = sorted(
    set(re.findall(r"[A-Za-z]+", when._WHEN.pattern))
    | {"1", "12", "2024", "٣", "ſoon", "weeK", "SEPTİ", "ıMMEDIATELY", "-", ",", ".", "a.m."}
)
_TEXT = st.lists(
    st.sampled_from(_WORDS).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()])),
    min_size=1,
    max_size=6,
).map(" ".join)


@settings(max_examples=3000)
@given(_TEXT)
def test_a_time_expression_is_never_skipped(text: str) -> None:
    if when._WHEN.search(text) is not None:
        assert when.may_hold_time(text)


def test_texts_without_a_hint_have_no_time() -> None:
    assert when.find_all("We will act, as the minister said.") == []
    assert [w.text for w in when.find_all("We will act by 1 July.")] == ["by 1 July"]
    assert [w.text for w in when.find_all("Later TONIGHT, maybe.")] == ["later TONIGHT"]
