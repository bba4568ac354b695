"""The pipeline: from an input's bytes or text to a Brief, stage by stage."""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from briefcli import actions as action_stage
from briefcli import people as people_stage
from briefcli import quotes as quote_stage
from briefcli import sections as section_stage
from briefcli import summary as summary_stage
from briefcli.errors import InputError
from briefcli.inputs import clean, decode, extract, read_input
from briefcli.lexicon.agenda import PASSING, PROCEDURE
from briefcli.model import Brief, Section, Sentence, SummarySentence
from briefcli.people import People
from briefcli.text import Block, Document, split_marked, structure, vectorize, without_marker


def brief(
    text: str,
    *,
    source: str = "-",
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    method: str = "default",
    media_type: str | None = None,
) -> Brief:
    """The brief of a briefing given as text (plain, Markdown or HTML)."""
    length = summary_stage.Length(sentences=sentences, ratio=ratio, words=words)
    if method not in summary_stage.METHODS:
        summary_stage.rank(method, [], vectorize([]))  # raises OptionError naming the choices
    if not text.strip():
        raise InputError(f"{source}: input is empty")
    with collector_paused():
        return brief_document(
            parse(text, source=source, media_type=media_type), length=length, method=method
        )


# A brief makes millions of short-lived objects (matches, tuples, sentences) and almost no
# reference cycles: reference counting frees them. Left on, the cyclic collector runs
# hundreds of times per long meeting and its full passes scan every long-lived object of
# the imports again (8% of a meeting's brief). It is paused while a brief is made (briefs
# in threads share one pause) and runs as usual afterwards, catching any cycle left.
_pause_lock = threading.Lock()
_pauses = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (if it is on) until the outermost pause ends."""
    global _pauses, _resume
    with _pause_lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()


def parse(text: str, *, source: str = "-", media_type: str | None = None) -> Document:
    """The structured briefing of a text: main text extracted, cleaned, in blocks."""
    extracted = extract(text, source, media_type)
    return structure(
        clean(extracted.text),
        source=source,
        title=extracted.title,
        date=extracted.date,
        source_url=extracted.source_url,
    )


_ASKED = re.compile(r"[?？؟][\"'”’)\]]*\s*$")


def _plain(text: str) -> str:
    """A sentence as the procedure phrases read it: lower case, straight apostrophes."""
    return text.lower().replace("’", "'")


def sentences_of(doc: Document) -> list[Sentence]:
    """The sentences of every block but headings, each with its block and raw turn label."""
    return sentences_and_windows(doc)[0]


def sentences_and_windows(doc: Document) -> tuple[list[Sentence], frozenset[int]]:
    """The sentences of `sentences_of`, and the ids of those that are windows cut out of a
    run-on (text without sentence punctuation: see `text.split_marked`)."""
    found: list[Sentence] = []
    windows: set[int] = set()
    read: dict[str, list[tuple[str, bool]]] = {}  # each distinct paragraph split once
    split = [[] if block.heading else _split_block(block.text, read) for block in doc.blocks]
    asking = _asking_turns(doc.blocks, split)
    for index, block in enumerate(doc.blocks):
        for text, window in split[index]:
            # A committee member's question is a question, and so is the turn that leads up
            # to it ("Thank you, Chair. Ms Fairweather, you've said … How many are still
            # waiting?"); their statements are theirs. A chair's procedure ("Senator Rennick,
            # you have the call") is no one's statement.
            asked = (
                block.question
                or (block.turn is not None and block.turn in asking)
                or (block.asking and _ASKED.search(text) is not None)
                or (block.presides and PROCEDURE.search(_plain(text)) is not None)
                or PASSING.match(_plain(text)) is not None
            )
            if window:
                windows.add(len(found))
            found.append(Sentence(len(found), text, index, block.speaker, asked))
    return found, frozenset(windows)


def _split_block(text: str, read: dict[str, list[tuple[str, bool]]]) -> list[tuple[str, bool]]:
    """A paragraph's sentences, each with whether it is a window, list markers dropped ("2.
    More apprentices": the item, in its place); a paragraph said before is not split again."""
    found = read.get(text)
    if found is None:
        found = read[text] = [(without_marker(t), w) for t, w in split_marked(text)]
    return found


def _asking_turns(
    blocks: tuple[Block, ...], split: list[list[tuple[str, bool]]]
) -> frozenset[int]:
    """The turns of committee members and chairs that ask: their last sentence is a
    question, so what comes before it in the turn is the question's lead-in."""
    turns: dict[int, list[str]] = {}
    for block, texts in zip(blocks, split, strict=True):
        if (block.asking or block.presides) and block.turn is not None:
            turns.setdefault(block.turn, []).extend(text for text, _ in texts)
    return frozenset(turn for turn, texts in turns.items() if texts and _ASKED.search(texts[-1]))


def named_speakers(doc: Document, sentences: list[Sentence], people: People) -> list[Sentence]:
    """Each sentence's turn label (a transcript's, or remarks') replaced by the speaker's
    name."""
    if not any(s.speaker for s in sentences):
        return sentences
    names: dict[str, str] = {}  # a label's name, read once (a meeting has thousands of turns)
    for s in sentences:
        if s.speaker is not None and s.speaker not in names:
            names[s.speaker] = people.label_name(s.speaker)
    return [
        Sentence(s.id, s.text, s.paragraph, names[s.speaker], s.question)
        if s.speaker is not None
        else s
        for s in sentences
    ]


def brief_bytes(
    data: bytes, *, source: str, media_type: str | None = None, **options: object
) -> Brief:
    """The brief of an input's raw bytes (any encoding)."""
    if not data.strip():
        raise InputError(f"{source}: input is empty")
    return brief(decode(data, source), source=source, media_type=media_type, **options)  # type: ignore[arg-type]


def brief_file(
    path: str,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    method: str = "default",
) -> Brief:
    """The brief of a file, `-` (standard input) or an http(s) URL."""
    raw = read_input(path)
    return brief_bytes(
        raw.data,
        source=raw.name,
        media_type=raw.media_type,
        sentences=sentences,
        ratio=ratio,
        words=words,
        method=method,
    )


def _readable(sentences: list[Sentence], windows: frozenset[int]) -> list[Sentence]:
    """The sentences but the windows cut out of run-ons."""
    return [s for s in sentences if s.id not in windows] if windows else sentences


def brief_document(doc: Document, *, length: summary_stage.Length, method: str) -> Brief:
    """Sentences, sections, summary, quotes and actions of a structured briefing."""
    with collector_paused(), people_stage.names_remembered(), action_stage.clauses_remembered():
        return _brief_document(doc, length=length, method=method)


def _brief_document(doc: Document, *, length: summary_stage.Length, method: str) -> Brief:
    found, windows = sentences_and_windows(doc)
    if not found:
        raise InputError(f"{doc.source}: no sentences to brief")
    # Who is who, quotes and action items read a sentence's grammar (names, who said, who
    # will do what, when): a window cut out of text without punctuation has no clause
    # boundaries to read, so they skip it. Sections and the summary rank windows like any
    # sentence.
    people = People.from_document(doc, _readable(found, windows))
    found = named_speakers(doc, found, people)
    vectors = vectorize([s.text for s in found])
    spans = section_stage.find_sections(doc, found, vectors)
    chosen, section_ids = summary_stage.summarize(
        found, vectors, spans, length, method, title=doc.title
    )
    sections = tuple(
        Section(
            title=span.title,
            first_sentence=span.first_sentence,
            last_sentence=span.last_sentence,
            summary=tuple(SummarySentence(i, found[i].text) for i in ids),
            part=span.part,
        )
        for span, ids in zip(spans, section_ids, strict=True)
    )
    readable = _readable(found, windows)
    quotes = quote_stage.find_quotes(doc, readable, people)
    actions = action_stage.find_actions(doc, readable, people, quotes)
    return Brief(
        source=doc.source,
        title=doc.title,
        kind=doc.kind,
        date=doc.date,
        sentences=tuple(found),
        summary=tuple(SummarySentence(i, found[i].text) for i in chosen),
        sections=sections,
        quotes=tuple(quotes),
        actions=tuple(actions),
    )
