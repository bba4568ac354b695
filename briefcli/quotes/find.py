"""Finding quotes: a transcript's turns or an article's quoted spans, and quotes by speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefcli.errors import skipped
from briefcli.model import Quote, Sentence
from briefcli.people import People, find_names
from briefcli.quotes.attribution import article_quotes, as_quote
from briefcli.quotes.turns import turn_quotes
from briefcli.text.document import Document


def find_quotes(doc: Document, sentences: Sequence[Sentence], people: People) -> list[Quote]:
    """Every quote in document order, each marked key or not and scored in [0, 1]."""
    if any(b.speaker for b in doc.blocks):
        return _remarks_quotes(doc, sentences, people)
    return _marked_quotes(sentences, people)


def _remarks_quotes(doc: Document, sentences: Sequence[Sentence], people: People) -> list[Quote]:
    """Remarks and transcripts under speakers' labels: each speaker's sentences are theirs,
    except where they quote someone else within marks ("“I just sobbed,” she said": the
    mother's; a Q&A inside an article: '"…," Lindqvist said' after the last answer)."""
    asked = {
        s.id
        for s in sentences
        if s.question or (0 <= s.paragraph < len(doc.blocks) and doc.blocks[s.paragraph].question)
    }
    quoting = sentences
    if doc.kind == "transcript":
        # (Only blocks that quote someone they name in full are read for marks: a long
        # transcript is not read twice.)
        blocks = {i for i, b in enumerate(doc.blocks) if _quotes_a_named_person(b.text)}
        quoting = [s for s in sentences if s.paragraph in blocks]
    # (A reporter's question quoting someone is nobody's quote: the turns leave it out too.)
    marked = [
        q
        for q in (_marked_quotes(quoting, people) if quoting else [])
        if q.speaker is not None
        and not asked & set(range(q.sentence, q.last_sentence + 1))
        and (doc.kind != "transcript" or _named_in_block(q, doc, sentences))
    ]
    taken = {k for q in marked for k in range(q.sentence, q.last_sentence + 1)}
    own = [q for q in turn_quotes(doc, sentences, people) if q.sentence not in taken]
    return sorted([*marked, *own], key=lambda q: (q.sentence, q.last_sentence))


_MARKS = re.compile("[\"“”«»‘]|''")


def _quotes_a_named_person(text: str) -> bool:
    """A block with quotation marks and a full name."""
    return _MARKS.search(text) is not None and any(n.full for n in find_names(text))


def _named_in_block(q: Quote, doc: Document, sentences: Sequence[Sentence]) -> bool:
    """A transcript's turn gives way to a quote in marks only when its speaker is named in
    full in the same block, as an article names the one it quotes ("Team captain Marcus
    Lindqvist … '…,' Lindqvist said"): an official who quotes the President, or "as Madam
    Vice President remarked", is still speaking."""
    if not 0 <= q.sentence < len(sentences):
        return False
    paragraph = sentences[q.sentence].paragraph
    if not 0 <= paragraph < len(doc.blocks):
        return False
    return q.speaker in {n.name for n in find_names(doc.blocks[paragraph].text) if n.full}


def _marked_quotes(sentences: Sequence[Sentence], people: People) -> list[Quote]:
    """The quotes within quotation marks of an article, with who said them."""
    try:
        return [as_quote(f) for f in article_quotes(sentences, people)]
    except Exception:
        # One paragraph never costs the brief: read paragraph by paragraph, skipping the one
        # that fails (an attribution carried over a paragraph break is lost here).
        quotes: list[Quote] = []
        for paragraph in sorted({s.paragraph for s in sentences}):
            own = [s for s in sentences if s.paragraph == paragraph]
            try:
                quotes.extend(as_quote(f) for f in article_quotes(own, people))
            except Exception:
                skipped("quotes", f"paragraph {paragraph}")
        return quotes


def by_speaker(quotes: Sequence[Quote], name: str) -> list[Quote]:
    """The quotes whose speaker's name contains `name` as a whole word or words
    ("stoltenberg", "Jens", "jens stoltenberg"), case-insensitive."""
    wanted = name.strip().lower().split()
    if not wanted:
        return list(quotes)
    out = []
    for q in quotes:
        words = re.split(r"[\s.]+", (q.speaker or "").lower())
        n = len(wanted)
        if any(words[i : i + n] == wanted for i in range(len(words) - n + 1)):
            out.append(q)
    return out
