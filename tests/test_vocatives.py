"""Names of people addressed are generic words for titles, found by two patterns as by one."""

from __future__ import annotations

from briefcli.model import Sentence
from briefcli.pipeline import parse
from briefcli.sections.boundaries import _generic_words


def test_people_addressed_are_generic_words() -> None:
    texts = ["Jacqui, thank you.", "Thanks, Jen. Next question.", "Go ahead, Ed?", "No, Minister"]
    doc = parse("\n\n".join(texts))
    sentences = [Sentence(i, t, 0, None, False) for i, t in enumerate(texts)]
    assert {"jacqui", "jen", "ed"} <= _generic_words(doc, sentences)
    assert "minister" not in _generic_words(doc, sentences)
