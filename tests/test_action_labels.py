"""The invented action label sets are sound: each names its text, declares the split that
`benchmarks.split` gives it, and quotes every item and non-action from that text."""

from __future__ import annotations

import re

import pytest

from benchmarks import actions
from benchmarks.split import is_frozen

_INVENTED = [
    (path, label)
    for path, label in actions.load_labels()
    if label["source"].startswith(
        ("invented/", "invented5/", "invented8/", "invented9/", "invented10/", "invented11/",
         "invented12/", "invented13/")  # fmt: skip
    )
]


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip()


def test_round_five_has_its_documents_and_items() -> None:
    fifth = [label for _, label in _INVENTED if label["source"].startswith("invented5/")]
    required = [i for label in fifth for i in label["items"] if not i.get("optional")]
    assert len(fifth) >= 15 and len(required) >= 120


def test_round_eight_has_its_documents_and_items() -> None:
    eighth = [label for _, label in _INVENTED if label["source"].startswith("invented8/")]
    required = [i for label in eighth for i in label["items"] if not i.get("optional")]
    assert len(eighth) >= 15 and len(required) >= 80
    assert all(label["round"] == 8 for label in eighth)


def test_round_nine_has_its_documents_and_items() -> None:
    ninth = [label for _, label in _INVENTED if label["source"].startswith("invented9/")]
    required = [i for label in ninth for i in label["items"] if not i.get("optional")]
    assert len(ninth) >= 15 and len(required) >= 80
    assert all(label["round"] == 9 for label in ninth)


def test_round_ten_has_its_news_reports_and_items() -> None:
    tenth = [label for _, label in _INVENTED if label["source"].startswith("invented10/")]
    required = [i for label in tenth for i in label["items"] if not i.get("optional")]
    assert len(tenth) >= 15 and len(required) >= 70
    assert all(label["round"] == 10 for label in tenth)


def test_round_eleven_has_its_spoken_commitments_and_items() -> None:
    eleventh = [label for _, label in _INVENTED if label["source"].startswith("invented11/")]
    required = [i for label in eleventh for i in label["items"] if not i.get("optional")]
    assert len(eleventh) >= 16 and len(required) >= 80
    assert all(label["round"] == 11 for label in eleventh)


def test_round_twelve_has_its_councils_regulators_and_notices() -> None:
    twelfth = [label for _, label in _INVENTED if label["source"].startswith("invented12/")]
    required = [i for label in twelfth for i in label["items"] if not i.get("optional")]
    assert len(twelfth) >= 16 and len(required) >= 80
    assert all(label["round"] == 12 for label in twelfth)


def test_round_thirteen_has_its_speeches_summits_and_notices() -> None:
    found = [label for _, label in _INVENTED if label["source"].startswith("invented13/")]
    required = [i for label in found for i in label["items"] if not i.get("optional")]
    assert len(found) >= 14 and len(required) >= 70
    assert all(label["round"] == 13 for label in found)


@pytest.mark.parametrize(("path", "label"), _INVENTED, ids=[p.stem for p, _ in _INVENTED])
def test_an_invented_label_quotes_its_text(path, label) -> None:  # type: ignore[no-untyped-def]
    text = _norm(actions.source_path(label).read_text(encoding="utf-8"))
    assert label["split"] == ("test" if is_frozen(label["source"]) else "dev")
    assert actions.group_of(label).startswith(
        ("fresh", "round8", "round9", "round10", "round11", "round12", "round13")
    )
    for item in label["items"]:
        assert _norm(item["sentence"]) in text, item["sentence"]
        assert item["kind"] in {"commitment", "obligation", "expectation", "scheduled"}
        assert item["actor"] and item["action"]
    for snippet in label.get("non_actions", []):
        assert _norm(snippet) in text, snippet
