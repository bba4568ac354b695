"""Quotes of a transcript: each official's sentence is their speech, no reporter's question."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefcli.errors import skipped
from briefcli.lexicon.labels import PROCEDURAL_LABEL_WORDS
from briefcli.model import Quote, Sentence
from briefcli.people import People
from briefcli.quotes.key import KEY_SCORE_TURN, quote_score
from briefcli.text.document import Document

# Turn labels of people who run the event rather than speak for the government.
_PROCEDURAL = re.compile(rf"\b(?:{'|'.join(PROCEDURAL_LABEL_WORDS)})\b")


def turn_quotes(doc: Document, sentences: Sequence[Sentence], people: People) -> list[Quote]:
    """Each official's sentence is their speech; reporters' questions are nobody's quote."""
    quotes = []
    speakers: dict[str, tuple[str, str | None, bool]] = {}  # label -> name, title, procedural
    scores: dict[str, float] = {}  # each distinct text's score, worked out once
    for s in sentences:
        try:
            quote = _turn_quote(doc, s, people, speakers, scores)
        except Exception:  # one sentence never costs the brief
            skipped("quotes", f"sentence {s.id}")
            continue
        if quote is not None:
            quotes.append(quote)
    return quotes


def _turn_quote(
    doc: Document,
    s: Sentence,
    people: People,
    speakers: dict[str, tuple[str, str | None, bool]],
    scores: dict[str, float] | None = None,
) -> Quote | None:
    """An official's sentence as their quote; None for a reporter's or a short one."""
    block = doc.blocks[s.paragraph] if 0 <= s.paragraph < len(doc.blocks) else None
    label = block.speaker if block is not None else None
    if label is None or s.question or (block is not None and block.question):
        return None
    text = s.text.strip()
    words = text.split()
    if len(words) < 4:
        return None
    if label not in speakers:
        person = people.label_person(label)
        speakers[label] = (
            person.name if person else people.label_name(label),
            person.title if person else None,
            _PROCEDURAL.search(label) is not None,
        )
    name, title, procedural = speakers[label]
    known = scores.get(text) if scores is not None else None
    if known is None:
        known = quote_score(text, fragment=False, words=words)
        if scores is not None:
            scores[text] = known
    score = known
    if procedural:
        score *= 0.5  # a moderator calls on reporters; an aide reads out logistics
    return Quote(
        text=text,
        speaker=name,
        speaker_title=title,
        sentence=s.id,
        last_sentence=s.id,
        key=score >= KEY_SCORE_TURN and len(words) >= 8,
        score=score,
    )
