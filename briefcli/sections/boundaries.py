"""Sections: topical runs of sentences, each with a short title from its own words.

A section can only begin where a paragraph (or speaker turn) begins. Each such place gets
a score from what marks a change of topic in briefings:

- lexical cohesion: how much the words before and after the place differ (a depth score
  over a window of content words on each side, as in TextTiling, but over our TF-IDF terms
  and windows sized to the text, so a dozen short paragraphs work as well as 400 turns);
- names: a paragraph that brings in names the preceding text did not have;
- cue phrases that open a topic ("also discussed", "Finally,", "On Iraq,", "Turning to",
  "a different topic", "move on to") and ones that continue it ("He said", "to follow up");
- explicit headings, which always open a section;
- in transcripts, a reporter's question after an answer (a follow-up stays in its topic,
  because it shares the words of what came before), and more so one that shares almost no
  words with the exchange before it; the parts of a multi-part question and of its answer
  ("And my second question …", "To your first question, …": `lexicon/topics.py`), which
  may open a section inside a turn;
- in committee meetings, the chair's moves to the next item, panel or theme, a new witness's
  opening statement, and the chair handing the floor to another member for a round of
  questions (`lexicon/agenda.py`); there sections are agenda topics: a round opens at the
  chair's handover, a topic that returns after a shorter digression is one section, and a
  section is at least a small share of the meeting.

Places are taken best first while their score is high enough and no chosen place is too
close, so the number of sections follows the text rather than a fixed count. A section of
questions alone, with nothing answered, joins the section after it.

Prose (releases, statements, readouts, articles: no speaker turns) makes a point a
paragraph or two, where cohesion over a few sentences is weak evidence: there weaker places
open sections too, best first, up to a count that grows with the square root of the text's
length. The sections the evidence alone opens are kept as the parts the finer ones fall in
(`Span.part`): the summary spreads its picks over parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import Any

from briefcli.lexicon.agenda import AGENDA_MOVE, ROUND_HANDOVER
from briefcli.lexicon.topics import (
    ANSWER_PART,
    CHAIR_LABEL,
    CHAIR_TRANSITIONS,
    NOT_TOPIC_HEADING,
    QUESTION_PART,
)
from briefcli.model import Sentence
from briefcli.sections.title import SentenceTopics, section_titles, sentence_topics
from briefcli.text.document import Document
from briefcli.text.guard import guarded
from briefcli.text.terms import SentenceVectors
from briefcli.text.turn import asks


@dataclass(frozen=True)
class Span:
    """A section before its summary is written: title and inclusive sentence range, and the
    broad part of the text it belongs to (None: a part of its own)."""

    title: str
    first_sentence: int
    last_sentence: int
    part: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class _Unit:
    """A paragraph (or a turn's paragraph) of sentences: where a section may begin."""

    first: int
    last: int
    paragraph: int
    turn: int | None
    speaker: str | None
    question: bool
    opens_turn: bool
    after_heading: bool


# Openings that start a new topic. Matched against the start of a paragraph or question
# (after greetings such as "Thanks, Jen.").
_OPENING_CUE = re.compile(
    r"""^(?:and\s+|so\s+|okay[.,]?\s+|now[,]?\s+|but\s+)?(?:
        finally | lastly | separately | additionally | in\ addition | meanwhile
      | (?:now\ )?turning(?:\ now|\ back)?\ to | to\ turn\ to | moving\ on | next\ ,?
      | (?:on|regarding|as\ for|as\ to|concerning|with\ (?:regard|respect)\ to)
        \ (?:the\ (?:issue|question|subject|topic|matter)\ of\ |the\ )?[A-Z]
      | (?:back|going\ back|coming\ back|returning|getting\ back)\ (?:on|to)\b
      | in\ (?!the\b|a\b|an\b|this\b|that\b|response\b|addition\b|order\b|terms\b)[A-Z][\w’'-]+
        (?:\ [A-Z][\w’'-]+)*\s*,
      | (?:a|one|my|another|the\ other)\ (?:quick\ |last\ |other\ |more\ |different\ |final\ )*
        (?:question|one|thing|topic|subject|issue)s?\ (?:on|about|regarding)\b
      | (?:two|three|a\ couple(?:\ of)?)\ (?:quick\ )?(?:questions|ones|things)\ on\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Cues anywhere near the start of a paragraph that open a new topic.
_INNER_CUE = re.compile(
    r"""\b(?:
        (?:also|further|then|next|later)\ (?:discussed|addressed|raised|reviewed|considered
            |examined|turned\ to|talked\ about|covered|took\ up|looked\ at|spoke\ about)
      | (?:different|another|other|separate|new|unrelated)\ (?:topic|subject|issue|matter|note)
      | (?:move|moving|turn|turning|switch|switching|pivot|pivoting|shift|shifting)
        (?:\ on)?(?:\ now|\ over|\ gears|\ briefly)?\ (?:to|and\ ask)\b
      | (?:go|going|come|coming)\ (?:on\ |now\ )?(?:back\ )?to\ (?:the\ )?
        (?:issue|question|topic|subject)
      | (?:next|following)\ (?:item|topic|question|issue|agenda\ item|subject)
      | (?:ask|asking|question|questions)(?:\ you)?(?:,[^,]{1,25},)?\ (?:about|on|regarding)\b
      | change\ (?:of\ )?(?:topic|subject|gears)
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# The same, without IGNORECASE, for lower-cased ASCII text (several times faster; in ASCII
# text ignoring case and lower-casing first find the same matches).
_INNER_CUE_LOWER = re.compile(_INNER_CUE.pattern, re.VERBOSE)
# (both open on "\b": guarded by their first letters, see briefcli.text.guard)
_INNER_CUE, _INNER_CUE_LOWER = guarded(_INNER_CUE), guarded(_INNER_CUE_LOWER)


def _has_inner_cue(text: str) -> bool:
    if text.isascii():
        return _INNER_CUE_LOWER.search(text.lower()) is not None
    return _INNER_CUE.search(text) is not None


# Openings that continue the topic before: pronouns, anaphora, follow-ups.
_CONTINUE_CUE = re.compile(
    r"""^(?:and\s+|so\s+|but\s+|okay[.,]?\s+)?(?:
        (?:he|she|it|they|this|that|these|those|his|her|its|their)\b
      | (?:the\ same|such)\b
      | (?:just\ )?(?:a\ )?(?:quick\ |very\ tiny\ |tiny\ )?follow(?:ing)?[- ]?up\b(?!\ on\ [A-Z])
      | (?:just\ )?to\ (?:follow\ up|clarify|be\ clear)\b
      | on\ (?:that|this)\b
      | (?:but|and)\ (?:what|why|how|is|are|do|does|did|would|will|can|could)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Greetings and thanks before a question ("Thanks, Jen.", "Thank you for your service.").
_GREETING = re.compile(
    r"""^(?:[A-Z][a-z]+,\ )?
       (?:thanks|thank\ you|hi|hey|hello|good\ (?:morning|afternoon|evening)|okay|yes|yeah
       |great|sure|all\ right|mm-hmm|happy\ \w+day|first\ of\ all|congratulations)
       \b[^.?!]{0,160}[.!]\s*
    """,
    re.IGNORECASE | re.VERBOSE,
)


def find_sections(
    doc: Document, sentences: Sequence[Sentence], vectors: SentenceVectors
) -> list[Span]:
    """Sections covering every sentence once, in order, each with a title."""
    if not sentences:
        return []
    units = _units(doc, sentences)
    topics = _topics_of(sentences)
    starts, parts = _section_starts(doc, sentences, vectors, units, topics)
    generic = _generic_words(doc, sentences)
    bounds = [*starts, len(units)]
    ranges = [(units[a].first, units[b - 1].last) for a, b in zip(bounds, bounds[1:], strict=False)]
    headings = [_heading_before(doc, units[a].paragraph) for a in starts]
    names = section_titles(
        [topics[first : last + 1] for first, last in ranges],
        generic=generic,
        briefing_title=doc.title,
        fallback=doc.title or "Briefing",
        fixed=headings,
    )
    spans = [
        Span(title=name, first_sentence=first, last_sentence=last, part=part)
        for name, (first, last), part in zip(names, ranges, parts, strict=True)
    ]
    return spans


def _topics_of(sentences: Sequence[Sentence]) -> list[SentenceTopics]:
    """Each sentence's topics, read once per distinct text: a long meeting says "Thank you."
    and the chair's handovers hundreds of times."""
    read: dict[str, SentenceTopics] = {}
    out = []
    for s in sentences:
        topics = read.get(s.text)
        if topics is None:
            topics = read[s.text] = sentence_topics(s.text)
        out.append(topics)
    return out


# A speaker turn of this many paragraphs or more is a statement: a section may begin at
# any of its paragraphs. Shorter turns are one unit (a question and its preamble stay whole).
_STATEMENT_PARAGRAPHS = 4


def _units(doc: Document, sentences: Sequence[Sentence]) -> list[_Unit]:
    """Group sentences into paragraphs, and in transcripts into whole turns."""
    paragraphs: list[tuple[int, int]] = []  # first and last sentence of each paragraph
    for i, s in enumerate(sentences):
        if i == 0 or sentences[i - 1].paragraph != s.paragraph:
            paragraphs.append((i, i))
        else:
            paragraphs[-1] = (paragraphs[-1][0], i)

    def block_of(first: int) -> int:
        return sentences[first].paragraph

    def turn_of(first: int) -> int | None:
        p = block_of(first)
        return doc.blocks[p].turn if 0 <= p < len(doc.blocks) else None

    turn_sizes: dict[int, int] = {}
    for first, _ in paragraphs:
        t = turn_of(first)
        if t is not None:
            turn_sizes[t] = turn_sizes.get(t, 0) + 1

    units: list[_Unit] = []
    previous_paragraph = -1
    previous_turn: int | None = None
    for first, last in paragraphs:
        p = block_of(first)
        turn = turn_of(first)
        heading = any(b.heading for b in doc.blocks[previous_paragraph + 1 : p])
        same_turn = units and turn is not None and turn == previous_turn
        statement = turn is not None and turn_sizes.get(turn, 0) >= _STATEMENT_PARAGRAPHS
        if (
            same_turn
            and not heading
            and not (statement and not sentences[first].question)
            and not opens_part(sentences[first])
        ):
            units[-1] = _replace_last(units[-1], last)
        else:
            units.append(
                _Unit(
                    first=first,
                    last=last,
                    paragraph=p,
                    turn=turn,
                    speaker=sentences[first].speaker,
                    question=bool(sentences[first].question),
                    opens_turn=turn is None or turn != previous_turn,
                    after_heading=heading,
                )
            )
        previous_paragraph, previous_turn = p, turn
    return _merge_pleasantries(units, sentences)


_MERGE_Q_ONLY = True


def opens_part(sentence: Sentence) -> bool:
    """Whether a paragraph opening with this sentence opens a part of a multi-part question
    ("And my second question is …") or of its answer ("To your first question, …"): lexicon
    `QUESTION_PART` (in a question only) and `ANSWER_PART`."""
    text = sentence.text[:120].lstrip("\"“‘'—–- ").lower().replace("’", "'")
    if ANSWER_PART.match(text):
        return True
    return bool(sentence.question or "?" in sentence.text) and bool(QUESTION_PART.match(text))


def _merge_pleasantries(units: list[_Unit], sentences: Sequence[Sentence]) -> list[_Unit]:
    """Join units of thanks and pleasantries only ("Thanks, Jen." "Of course.") to the unit
    after them: they carry no topic, and a topic that follows begins with them."""
    merged: list[_Unit] = []
    pending: _Unit | None = None
    for unit in units:
        if pending is not None and not unit.after_heading:
            unit = _Unit(
                pending.first,
                unit.last,
                pending.paragraph,
                pending.turn,
                pending.speaker,
                pending.question or unit.question,
                pending.opens_turn,
                pending.after_heading,
            )
        elif pending is not None:
            merged.append(pending)
        pending = None
        if _MERGE_Q_ONLY and not unit.question:
            merged.append(unit)
        elif all(_is_pleasantry(s.text) for s in sentences[unit.first : unit.last + 1]):
            pending = unit
        else:
            merged.append(unit)
    if pending is not None:
        merged.append(pending)
    return merged


def _replace_last(unit: _Unit, last: int) -> _Unit:
    return _Unit(
        unit.first,
        last,
        unit.paragraph,
        unit.turn,
        unit.speaker,
        unit.question,
        unit.opens_turn,
        unit.after_heading,
    )


def _heading_before(doc: Document, paragraph: int) -> str | None:
    """The heading block right before a paragraph, if there is one."""
    p = paragraph - 1
    if 0 <= p < len(doc.blocks) and doc.blocks[p].heading:
        text = doc.blocks[p].text.strip().rstrip(":").strip()
        if 0 < len(text) <= 80 and not NOT_TOPIC_HEADING.match(text):
            return text if not text.isupper() else text.title()
    return None


# A person addressed by name: "Thanks, Jen." "Go ahead, Ed." "Jacqui, thank you." (Two
# patterns: one that opens on a comma is searched for at C speed, where the two as one
# pattern, one of them at the start only, were tried at every character.)
_VOCATIVE = re.compile(r",\s+([A-Z][a-z]+)\s*[.?!—]")
_VOCATIVE_FIRST = re.compile(r"([A-Z][a-z]+),\s+(?:thank|go|you|I)\b")


def _generic_words(doc: Document, sentences: Sequence[Sentence]) -> frozenset[str]:
    """Lower-cased words that name the speakers or people addressed: never a title."""
    out: set[str] = set()
    for label in {s.speaker for s in sentences} | {b.speaker for b in doc.blocks}:
        if label:
            out.update(w.lower().strip(".:") for w in label.split())
    for s in sentences:
        first = _VOCATIVE_FIRST.match(s.text)
        if first is not None:
            out.add(first.group(1).lower())
        if "," in s.text:
            out.update(m.group(1).lower() for m in _VOCATIVE.finditer(s.text))
    return frozenset(w for w in out if w)


def _opening_text(unit: _Unit, sentences: Sequence[Sentence]) -> str:
    """The first sentences of a unit after greetings, thanks and other pleasantries."""
    texts = [s.text for s in sentences[unit.first : unit.last + 1]]
    skip = 0
    while skip + 1 < len(texts) and _is_pleasantry(texts[skip]):
        skip += 1
    text = " ".join(texts[skip : skip + 3])
    for _ in range(3):
        stripped = _GREETING.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    return text.lstrip("\"“‘'—–- ")


def _is_pleasantry(sentence: str) -> bool:
    """A sentence that carries no topic: short, or thanks without a question."""
    if "?" in sentence:
        return False
    return len(sentence.split()) <= 3 or bool(_THANKS.search(sentence))


_THANKS = guarded(re.compile(r"\b(?:thank|thanks|grateful|congratulat|welcome|good luck)", re.I))


@dataclass(frozen=True)
class _Weights:
    """How much each kind of evidence counts toward opening a section at a place."""

    depth: float = 1.4  # depth of the lexical cohesion valley
    opening: float = 0.2  # the unit's recurring words are new here
    novelty: float = 0.3  # the unit names what the text just before did not
    opening_cue: float = 0.6  # "Finally,", "On Iraq,", "Turning to" …
    inner_cue: float = 0.5  # "also discussed", "a different topic", "move on to" …
    continue_cue: float = -0.1  # "He said", "To follow up", "On that" …
    within_turn: float = -0.5  # a later paragraph of the same speaker turn
    question: float = 0.15  # a question after an answer (transcripts)
    answer: float = -0.4  # a turn that asks nothing (transcripts)
    new_asker: float = 0.25  # a named questioner other than the last one
    same_asker: float = -0.2  # the last named questioner again
    chair_cue: float = 0.9  # the chair moves the meeting on ("We'll move on to item 3")
    new_witness: float = 0.5  # a first statement by a witness not heard before
    chair_turn: float = -0.3  # any other turn of the chair ("Thank you. Mr. Brassard?")
    new_round: float = 0.2  # the chair hands the floor to a member other than the last
    fresh_question: float = 0.25  # a question sharing little with the exchange before it …
    fresh_cosine: float = 0.1  # … its cosine with the window before it below this
    part: float = 1.0  # a part of a multi-part question or answer ("To your second question")
    chaired_threshold: float = 0.2  # added to the threshold in a meeting the chair moves on
    talk_threshold: float = -0.1  # added to the threshold in a transcript no chair moves on
    prose_threshold: float = -0.45  # added to the threshold in a text without speaker turns
    prose_sections: float = 1.5  # … where it adds sections up to this x sqrt(sentences)
    # In talk no chair moves on, sections expected per sqrt(sentences): a section over
    # long_section x their mean length splits at its best place scoring long_floor or more
    # (0: off). At 2.0 (bounds10): dev titles 0.279 -> 0.298, Pk 0.327 -> 0.311, frozen Pk
    # 0.336 -> 0.311 but titles 0.266 -> 0.264; it splits answers mid-turn and after a
    # follow-up (tests/test_sections.py), White House turns Pk 0.213 -> 0.231: kept off.
    talk_sections: float = 1.5
    long_section: float = 0.0
    long_floor: float = -0.5
    threshold: float = 0.55
    window_share: float = 1 / 20  # the comparison window, as a share of the text's words …
    window_min: float = 25.0  # … within these bounds (content words)
    window_max: float = 120.0
    min_section: float = 0.15  # the shortest section, as a share of the window …
    min_share: float = 0.0  # … and as a share of the whole text's content words
    chaired_min_share: float = 0.01  # the same in a meeting the chair moves on
    chaired_min_section: float = 0.15


WEIGHTS = _Weights()


@dataclass(frozen=True)
class _Evidence:
    """Per unit: the kinds of evidence that a section begins there."""

    counts: Any  # content-term counts, units x vocabulary
    tokens: Any
    window: float
    depth: Any
    opening: Any
    novelty: list[float]
    opening_cue: list[bool]
    inner_cue: list[bool]
    continue_cue: list[bool]
    within_turn: list[bool]
    question: list[bool]
    answer: list[bool]
    heading: list[bool]
    empty: list[bool]
    new_asker: list[bool]
    same_asker: list[bool]
    chair_cue: list[bool]
    new_witness: list[bool]
    chair_turn: list[bool]
    handover: list[bool]
    new_round: list[bool]
    given_floor: list[bool]
    part: list[bool]
    behind: Any
    asks: list[bool]  # the unit is a question (a reporter's, a member's)


def _evidence(
    doc: Document,
    sentences: Sequence[Sentence],
    vectors: SentenceVectors,
    units: Sequence[_Unit],
    topics: Sequence[SentenceTopics],
    weights: _Weights,
) -> _Evidence:
    import numpy as np

    transcript = doc.kind == "transcript"
    counts, tokens = _unit_matrix(vectors, units)
    total = float(tokens.sum())
    window = float(np.clip(total * weights.window_share, weights.window_min, weights.window_max))
    lexical = _cohesion(counts, tokens, vectors.idf, window)
    openings = [_opening_text(u, sentences) for u in units]
    # Where reporters' turns are labelled ("Q"), the label says who asks; an answer's
    # rhetorical "right?" does not make it a question. Elsewhere (committee hearings),
    # a turn asks when its last sentence or most of its sentences are questions.
    labelled = any(b.question for b in doc.blocks)
    asks = [u.question if labelled else _is_question(u, sentences) for u in units]
    chair = _chair_evidence(doc, sentences, units, asks, transcript)
    # A member the chair has just given the floor to asks, whatever the turn's last words.
    asks = [a or given for a, given in zip(asks, chair["given_floor"], strict=True)]
    # Units of thanks and pleasantries only ("Thanks, Jen." "Of course.") carry no topic:
    # they never open a section and a question after them counts as after an answer.
    empty = [all(_is_pleasantry(s.text) for s in sentences[u.first : u.last + 1]) for u in units]
    asked_before = [False] * len(units)
    for i in range(1, len(units)):
        asked_before[i] = asked_before[i - 1] if empty[i - 1] else asks[i - 1]
    opening_cue = [bool(_OPENING_CUE.match(o)) for o in openings]
    # Named questioners (committee members, not the press corps' anonymous "Q"): a new one
    # usually brings a new line of questions, the same one follows up on hers.
    new_asker = [False] * len(units)
    same_asker = [False] * len(units)
    last_asker: str | None = None
    for i, u in enumerate(units):
        if transcript and u.opens_turn and asks[i] and not u.question and u.speaker:
            new_asker[i] = last_asker is not None and u.speaker != last_asker
            same_asker[i] = u.speaker == last_asker
            last_asker = u.speaker
    return _Evidence(
        counts=counts,
        tokens=tokens,
        window=window,
        depth=lexical.depth,
        opening=lexical.opening,
        novelty=_name_novelty(topics, units),
        opening_cue=opening_cue,
        inner_cue=[
            not c and _has_inner_cue(o[:200]) for o, c in zip(openings, opening_cue, strict=True)
        ],
        continue_cue=[
            bool(_CONTINUE_CUE.match(o)) or _resumes(sentences[u.first].text)
            for o, u in zip(openings, units, strict=True)
        ],
        within_turn=[transcript and not u.opens_turn for u in units],
        question=[
            transcript and u.opens_turn and asks[i] and i > 0 and not asked_before[i]
            for i, u in enumerate(units)
        ],
        answer=[transcript and u.opens_turn and not asks[i] for i, u in enumerate(units)],
        heading=[u.after_heading for u in units],
        empty=empty,
        new_asker=new_asker,
        same_asker=same_asker,
        part=[transcript and opens_part(sentences[u.first]) for u in units],
        behind=lexical.behind,
        asks=[bool(a) for a in asks],
        **chair,
    )


def _scores(e: _Evidence, w: _Weights) -> Any:
    import numpy as np

    def flag(values: list[bool]) -> Any:
        return np.asarray(values, dtype=float)

    score = (
        w.depth * e.depth
        + w.opening * e.opening
        + w.novelty * np.asarray(e.novelty)
        + w.opening_cue * flag(e.opening_cue)
        + w.inner_cue * flag(e.inner_cue)
        + w.continue_cue * flag(e.continue_cue)
        + w.within_turn * flag(e.within_turn)
        + w.question * flag(e.question)
        + w.answer * flag(e.answer)
        + w.new_asker * flag(e.new_asker)
        + w.same_asker * flag(e.same_asker)
        + w.chair_cue * flag(e.chair_cue)
        + w.new_witness * flag(e.new_witness)
        + w.chair_turn * flag(e.chair_turn)
        + w.new_round * flag(e.new_round)
        + w.part * flag(e.part)
        + w.fresh_question * (flag(e.question) * (np.asarray(e.behind) < w.fresh_cosine))
    )
    score[np.asarray(e.empty, dtype=bool)] = -1.0
    score[0] = 0.0
    return score


def _section_starts(
    doc: Document,
    sentences: Sequence[Sentence],
    vectors: SentenceVectors,
    units: Sequence[_Unit],
    topics: Sequence[SentenceTopics],
    weights: _Weights | None = None,
) -> tuple[list[int], list[int]]:
    """Indices of the units that begin a section (always including 0), and each section's
    part: in prose, the sections that the evidence alone opens; the finer sections of the
    section-count prior fall within them."""
    w = weights or WEIGHTS
    if len(units) < 2:
        return [0], [0]
    e = _evidence(doc, sentences, vectors, units, topics, w)
    chaired = any(e.chair_cue)
    if chaired:
        # A meeting whose chair moves it from item to item: the chair's words mark the
        # topics, rounds of questions inside an item mostly stay with it, and sections are
        # agenda topics: whole (a topic that returns after a digression is one) and not tiny.
        w = replace(
            w,
            threshold=w.threshold + w.chaired_threshold,
            min_share=w.chaired_min_share,
            min_section=w.chaired_min_section,
        )
    elif doc.kind == "transcript":
        w = replace(w, threshold=w.threshold + w.talk_threshold)
    score = _scores(e, w)
    starts = _choose(e, score, w)
    starts = _split_disjoint(starts, e, vectors, units, w)
    starts = _questions_join_answers(starts, e)
    if chaired:
        starts = _join_returns(starts, e, vectors)
    starts = _opening_joins_first(_rounds_open_at_handover(starts, e), e)
    if doc.kind == "transcript":
        if not chaired and w.long_section > 0:
            # Press conferences and interviews run over many topics, one or a few questions
            # each, which cohesion and cues alone leave in a few long sections.
            # The sections before the split stay the parts the summary spreads its picks over.
            finer = _questions_join_answers(_split_long(starts, e, score, w, len(sentences)), e)
            broad = set(starts)
            parts = list(accumulate(1 if i in broad else 0 for i in finer))
            return finer, [p - 1 for p in parts]
        return starts, list(range(len(starts)))
    # Prose (releases, statements, readouts, articles) makes a point a paragraph or two:
    # cohesion over a few sentences is weak evidence, so weaker places open sections too,
    # best first, up to a count that grows with the square root of the text's length (the
    # labelled prose has 1.5 x sqrt(sentences) topics).
    fine = replace(w, threshold=w.threshold + w.prose_threshold)
    limit = max(len(starts), round(w.prose_sections * len(sentences) ** 0.5))
    broad = set(starts)
    finer = _choose(e, score, fine, fixed=starts, limit=limit)
    parts = list(accumulate(1 if i in broad else 0 for i in finer))
    return finer, [p - 1 for p in parts]


def _split_long(
    starts: list[int], e: _Evidence, score: Any, w: _Weights, n_sentences: int
) -> list[int]:
    """Split a press conference's long sections, each at its best place (the highest score
    that leaves both sides long enough), until none is longer than `long_section` times the
    mean length of the `talk_sections` x sqrt(sentences) sections its topics make: a long
    section holds several topics, and its one title names few of them."""
    import numpy as np

    n = len(e.tokens)
    cum = np.concatenate([[0.0], np.cumsum(e.tokens)])
    longest = w.long_section * cum[n] / max(1.0, w.talk_sections * n_sentences**0.5)
    min_tokens = _min_tokens(e, w)
    usable = np.where(np.asarray(e.empty, dtype=bool), -np.inf, np.asarray(score, dtype=float))
    out = sorted(starts)
    todo = list(zip(out, [*out[1:], n], strict=True))
    while todo:
        a, b = todo.pop()
        if cum[b] - cum[a] <= longest:
            continue
        # Places that leave at least min_tokens content words on each side.
        lo = max(a + 1, int(np.searchsorted(cum, cum[a] + min_tokens, side="left")))
        hi = min(b - 1, int(np.searchsorted(cum, cum[b] - min_tokens, side="right")) - 1)
        if lo > hi:
            continue
        best = lo + int(np.argmax(usable[lo : hi + 1]))
        if usable[best] >= w.long_floor:
            out.append(best)
            todo += [(a, best), (best, b)]
    return sorted(out)


def _questions_join_answers(starts: list[int], e: _Evidence) -> list[int]:
    """A section of questions only (the first part of a two-part question, asked before the
    answer takes both) has nothing answered on its topic: it joins the section after it."""
    n = len(e.asks)
    out: list[int] = []
    join = False
    for k, a in enumerate(starts):
        if join and not e.heading[a]:
            join = False
            continue  # this section goes on from the questions before it
        out.append(a)
        b = starts[k + 1] if k + 1 < len(starts) else n
        join = b < n and all(e.asks[i] for i in range(a, b))
    return out


def _rounds_open_at_handover(starts: list[int], e: _Evidence) -> list[int]:
    """A section that opens with a member's question opens at the chair's turn just before
    it that handed the member the floor ("Thank you. We'll now go to Mr. Brassard.")."""
    out: list[int] = []
    for i in starts:
        j = i - 1 if i > 1 and e.handover[i - 1] else i
        out.append(j if not out or j > out[-1] else i)
    return out


def _join_returns(starts: list[int], e: _Evidence, vectors: SentenceVectors) -> list[int]:
    """One section for a topic that returns after a digression: where a section is shorter
    than the sections on both sides of it and those two are closer to each other (cosine of
    their TF-IDF sums) than either is to it, and close enough to be one topic, the three are
    one section."""
    import numpy as np
    from scipy.sparse import csr_matrix, diags

    if len(starts) < 3 or e.counts.nnz == 0:
        return starts
    starts = list(starts)
    n = len(e.tokens)
    weighted = (e.counts @ diags(np.asarray(vectors.idf, dtype=float))).tocsr()
    cum = np.concatenate([[0.0], np.cumsum(e.tokens)])

    # Dot products of every two sections' TF-IDF sums (sections x sections).
    owner = np.repeat(np.arange(len(starts)), np.diff([*starts, n]))
    picker = csr_matrix((np.ones(n), (owner, np.arange(n))), shape=(len(starts), n))
    sums = (picker @ weighted).tocsr()
    dots = (sums @ sums.T).toarray()

    def cosine(i: int, j: int) -> float:
        norm = float(np.sqrt(dots[i, i] * dots[j, j]))
        return float(dots[i, j]) / norm if norm > 0 else 0.0

    k = 1
    while k + 1 < len(starts):
        bounds = [*starts, n]
        if e.heading[bounds[k]] or e.heading[bounds[k + 1]]:
            k += 1
            continue
        size = [cum[bounds[j + 1]] - cum[bounds[j]] for j in (k - 1, k, k + 1)]
        around = cosine(k - 1, k + 1)
        if (
            size[1] < min(size[0], size[2])
            and around >= _RETURN_COSINE
            and around > max(cosine(k - 1, k), cosine(k, k + 1))
        ):
            del starts[k : k + 2]
            # The merged section's sum is the three sums added: so are its dot products.
            dots[k - 1, :] += dots[k, :] + dots[k + 1, :]
            dots[:, k - 1] += dots[:, k] + dots[:, k + 1]
            dots = np.delete(np.delete(dots, [k, k + 1], axis=0), [k, k + 1], axis=1)
        else:
            k += 1
    return starts


# Two sections this close (cosine of their TF-IDF sums) around a shorter one are one topic.
_RETURN_COSINE = 0.3


def _opening_joins_first(starts: list[int], e: _Evidence) -> list[int]:
    """A section of the chair's procedure alone (welcome, apologies, the witnesses'
    introduction) at the start goes with the first topic it introduces."""
    while len(starts) > 1 and all(
        e.chair_turn[i] or e.chair_cue[i] for i in range(starts[0], starts[1])
    ):
        starts = [0, *starts[2:]]
    return starts


# Turns that address the chair: "Thank you, Chair", "Mr. Chair", "Madam Chair", "Convener".
_ADDRESSES_CHAIR = re.compile(
    r"^[^.?!]{0,40}\b(?:(?:mr\.?|madam|madame|mister)\s+)?(?:chair|chairman|chairwoman|convener)\b",
    re.IGNORECASE,
)

# A witness's opening statement is at least this many sentences.
_STATEMENT_SENTENCES = 3


def _chair_labels(doc: Document) -> set[str]:
    """The labels of a meeting's chair: "The Chair (Mr. …)", or the label of the turn that
    the next speaker thanks as "Chair" ("Thank you, Mr. Chair.")."""
    chairs: set[str] = set()
    previous: str | None = None
    for block in doc.blocks:
        label = block.speaker
        if not label:
            continue
        if CHAIR_LABEL.match(label):
            chairs.add(label)
        elif previous and previous != label and _ADDRESSES_CHAIR.match(block.text):
            chairs.add(previous)
        previous = label
    return chairs


def _chair_evidence(
    doc: Document,
    sentences: Sequence[Sentence],
    units: Sequence[_Unit],
    asks: Sequence[bool],
    transcript: bool,
) -> dict[str, list[bool]]:
    """Where a committee's chair moves the meeting on: the chair's own words ("We'll move on
    to item 3", "I'd like to welcome our next witnesses"), a witness heard for the first
    time making a statement (the chair's turn before it opens the topic), and the chair
    handing the floor to a member other than the last for a round of questions ("We'll now
    go to Mr. Brassard"): a new round often brings a new line of questions."""
    n = len(units)
    cue, witness, chair_turn = [False] * n, [False] * n, [False] * n
    handover, new_round, given_floor = [False] * n, [False] * n, [False] * n
    found = {
        "chair_cue": cue,
        "new_witness": witness,
        "chair_turn": chair_turn,
        "handover": handover,
        "new_round": new_round,
        "given_floor": given_floor,
    }
    if not transcript:
        return found
    chairs = _chair_labels(doc)
    if not chairs:
        # Witnesses and items belong to a chaired meeting; a press conference's second
        # principal making a statement is no new topic by that alone.
        return found
    label = [
        doc.blocks[u.paragraph].speaker if 0 <= u.paragraph < len(doc.blocks) else None
        for u in units
    ]
    heard: set[str] = set()
    last_member: str | None = None
    for i, u in enumerate(units):
        by_chair = label[i] in chairs
        if by_chair:
            text = " ".join(s.text for s in sentences[u.first : u.last + 1])[:400].lower()
            text = text.replace("’", "'")
            cue[i] = bool(CHAIR_TRANSITIONS.search(text) or AGENDA_MOVE.search(text))
            handover[i] = not cue[i] and bool(ROUND_HANDOVER.search(text[:300]))
            chair_turn[i] = not cue[i]
        speaker = label[i]
        given_floor[i] = (
            bool(speaker) and not by_chair and u.opens_turn and i > 0 and handover[i - 1]
        )
        if (
            speaker
            and not by_chair
            and u.opens_turn
            and speaker not in heard
            and not asks[i]
            and not given_floor[i]
            and not u.question
            and u.last - u.first + 1 >= _STATEMENT_SENTENCES
        ):
            # The chair's turn just before introduces the witness: the topic opens there.
            j = i - 1 if i > 0 and label[i - 1] in chairs else i
            witness[j] = True
        if speaker and not by_chair and u.opens_turn and (asks[i] or given_floor[i]):
            # A member's question right after the chair handed the floor over: the round
            # opens at the chair's turn.
            if i > 0 and handover[i - 1] and last_member is not None and speaker != last_member:
                new_round[i - 1] = True
            last_member = speaker
        if speaker:
            heard.add(speaker)
    return found


def _split_disjoint(
    starts: list[int], e: _Evidence, vectors: SentenceVectors, units: Sequence[_Unit], w: _Weights
) -> list[int]:
    """Split a section in two where its parts share almost no words while one part holds
    together: two topics that no cue or valley separated ("nuclear" after "Vilnius")."""
    import numpy as np
    from scipy.sparse import diags

    counts = e.counts
    if counts.nnz == 0 or len(units) < 3:
        return starts
    weighted = (counts @ diags(np.asarray(vectors.idf, dtype=float))).tocsr()
    # Cosine of each unit with the next, and running sums for the mean over any stretch.
    neighbour = _row_cosine(weighted[:-1], weighted[1:])
    running = np.concatenate([[0.0], np.cumsum(neighbour)])
    cum_tokens = np.concatenate([[0.0], np.cumsum(e.tokens)])
    min_tokens = _min_tokens(e, w)
    bounds = [*starts, len(units)]
    out = list(starts)
    for a, b in zip(bounds, bounds[1:], strict=False):
        if b - a < 3:
            continue
        # The section's rows, dense over its own terms only (the other columns are zero and
        # cost time, not cosine), read straight from the CSR arrays.
        lo, hi = weighted.indptr[a], weighted.indptr[b]
        terms, column = np.unique(weighted.indices[lo:hi], return_inverse=True)
        dense = np.zeros((b - a, len(terms)))
        dense[np.repeat(np.arange(b - a), np.diff(weighted.indptr[a : b + 1])), column] = (
            weighted.data[lo:hi]
        )
        rows = np.cumsum(dense, axis=0)
        total = rows[-1]
        best: tuple[float, int] | None = None
        for j in range(a + 1, b):
            if (
                cum_tokens[j] - cum_tokens[a] < min_tokens
                or cum_tokens[b] - cum_tokens[j] < min_tokens
            ):
                continue
            if e.opening[j] <= 0:
                continue
            left = rows[j - a - 1]
            cross = _dense_cosine(left, total - left)
            inner_left = (running[j - 1] - running[a]) / (j - 1 - a) if j - 1 > a else 0.0
            inner_right = (running[b - 1] - running[j]) / (b - 1 - j) if b - 1 > j else 0.0
            if cross < _DISJOINT and max(inner_left, inner_right) >= _HOLDS * cross:
                if best is None or cross < best[0]:
                    best = (cross, j)
        if best is not None:
            out.append(best[1])
    return sorted(out)


# Parts this far apart (cosine of their TF-IDF sums) are separate topics when at least one
# of them is this many times more cohesive inside (mean cosine of neighbouring units).
_DISJOINT = 0.08
_HOLDS = 2.5


def _min_tokens(e: _Evidence, w: _Weights) -> float:
    """The fewest content words a section may have: tiny sections join their neighbours."""
    return max(8.0, e.window * w.min_section, float(e.tokens.sum()) * w.min_share)


def _dense_cosine(a: Any, b: Any) -> float:
    import numpy as np

    norm = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(a @ b) / norm if norm > 0 else 0.0


def _choose(
    e: _Evidence, score: Any, w: _Weights, fixed: Sequence[int] = (), limit: int | None = None
) -> list[int]:
    """Take places best first while they score above the threshold and keep sections long
    enough; headings (and `fixed` places) always open a section."""
    import numpy as np

    n = len(score)
    min_tokens = _min_tokens(e, w)
    cum = np.concatenate([[0.0], np.cumsum(e.tokens)])
    chosen = sorted({i for i in range(1, n) if e.heading[i]} | {i for i in fixed if i > 0})
    given = set(chosen)
    for i in sorted(range(1, n), key=lambda j: -score[j]):
        if limit is not None and len(chosen) + 1 >= limit:
            break
        if i in given or score[i] < w.threshold:
            continue
        if any(abs(cum[i] - cum[j]) < min_tokens for j in [0, *chosen]):
            continue
        # The section this place would open must not be empty of content either.
        nxt = min([j for j in chosen if j > i] + [n])
        if cum[nxt] - cum[i] < min_tokens and nxt != n:
            continue
        if nxt == n and cum[n] - cum[i] < min_tokens / 2:
            continue
        chosen.append(i)
    return [0, *sorted(set(chosen))]


def _resumes(text: str) -> bool:
    """A fragment that resumes an interrupted turn: "— about housing?", "and the rest"."""
    stripped = text.lstrip("\"“‘' ")
    return stripped[:1] in ("—", "–", "-") or stripped[:1].islower()


def _is_question(unit: _Unit, sentences: Sequence[Sentence]) -> bool:
    return unit.question or asks([s.text for s in sentences[unit.first : unit.last + 1]])


def _unit_matrix(vectors: SentenceVectors, units: Sequence[_Unit]) -> tuple[Any, Any]:
    """Counts of each unit's content terms (sparse, units x vocabulary) and its word count."""
    import numpy as np
    from scipy.sparse import csr_matrix

    vocabulary = vectors.vocabulary
    # Each sentence's unit, then each term's (in one pass over the terms, not one per unit).
    owner = np.full(len(vectors.terms), -1, dtype=np.int64)
    for u, unit in enumerate(units):
        owner[unit.first : unit.last + 1] = u
    get = vocabulary.get
    ids = [get(t, -1) for terms in vectors.terms for t in terms]
    r = np.repeat(owner, [len(terms) for terms in vectors.terms])
    c = np.asarray(ids, dtype=np.int64)
    kept = (r >= 0) & (c >= 0)
    r, c = r[kept], c[kept]
    shape = (len(units), len(vocabulary))
    counts = csr_matrix((np.ones(len(r)), (r, c)), shape=shape)
    counts.sum_duplicates()
    tokens = np.bincount(r, minlength=len(units)).astype(float)
    return counts, tokens


@dataclass(frozen=True)
class _Cohesion:
    """Lexical evidence at the start of each unit (index 0 is the text's start)."""

    depth: Any  # how deep the cohesion valley is (TextTiling's depth score)
    opening: Any  # share of the repeated words just after that were absent just before
    behind: Any  # cosine of the unit with the window before it


def _cohesion(counts: Any, tokens: Any, idf: Any, window: float) -> _Cohesion:
    """Compare about `window` content words before and after the start of each unit.

    Each side spans at least two units. Cohesion is the cosine of the TF-IDF sums of the
    two sides; depth is how far it lies below the nearest peaks on either side. Opening is
    the IDF share of the words used at least twice on the right that the left lacks: a
    new topic brings its own repeated words ("nuclear", "exercise").
    """
    import numpy as np
    from scipy.sparse import diags

    n = counts.shape[0]
    if counts.nnz == 0:
        return _Cohesion(depth=np.zeros(n), opening=np.zeros(n), behind=np.zeros(n))
    cum = np.concatenate([[0.0], np.cumsum(tokens)])
    gaps = np.arange(1, n)
    left_start = np.searchsorted(cum, cum[gaps] - window, side="right") - 1
    left_start = np.clip(np.minimum(left_start, gaps - 2), 0, None)
    right_end = np.searchsorted(cum, cum[gaps] + window, side="left")
    right_end = np.clip(np.maximum(right_end, gaps + 2), None, n)
    # Band matrices: row g selects the units of the window on each side of gap g.
    left = (_band(left_start, gaps, n) @ counts).tocsr()
    right = (_band(gaps, right_end, n) @ counts).tocsr()
    weigh = diags(np.asarray(idf, dtype=float))
    lw, rw = left @ weigh, right @ weigh
    cohesion = _row_cosine(lw, rw)

    # Which side the unit itself belongs to: its cosine with what follows it (within the
    # right window) minus its cosine with the left window. A unit that opens a topic shares
    # its words with what comes after, not with what came before.
    after = (_band(gaps + 1, right_end, n) @ counts) @ weigh
    unit = counts[1:] @ weigh
    behind = _row_cosine(unit, lw)
    opening = _row_cosine(unit, after) - behind

    # Depth: climb to the highest point on each side while cohesion keeps rising. Where
    # g - 1 is as high as g, the climb from g goes on as the climb from g - 1 did, so one
    # pass each way finds every peak (a plateau of equal values no longer costs its length
    # again for each gap on it).
    depth = np.zeros(n)
    m = len(cohesion)
    values = [float(c) for c in cohesion]
    left_peak = values[:]
    for g in range(1, m):
        if values[g - 1] >= values[g]:
            left_peak[g] = left_peak[g - 1]
    right_peak = values[:]
    for g in range(m - 2, -1, -1):
        if values[g + 1] >= values[g]:
            right_peak[g] = right_peak[g + 1]
    for g in range(m):
        c = values[g]
        depth[g + 1] = (left_peak[g] - c) + (right_peak[g] - c)
    return _Cohesion(
        depth=depth,
        opening=np.concatenate([[0.0], opening]),
        behind=np.concatenate([[1.0], behind]),
    )


def _band(starts: Any, ends: Any, n: int) -> Any:
    """A 0/1 matrix (CSR) whose row k selects columns starts[k] to ends[k] - 1 of n."""
    import numpy as np
    from scipy.sparse import csr_matrix

    lengths = np.maximum(np.asarray(ends) - np.asarray(starts), 0)
    indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    # Column indices of all rows at once: each row's start plus 0, 1, … up to its length.
    columns = np.arange(int(indptr[-1]), dtype=np.int64) - np.repeat(indptr[:-1], lengths)
    columns += np.repeat(np.asarray(starts, dtype=np.int64), lengths)
    return csr_matrix((np.ones(len(columns)), columns, indptr), shape=(len(lengths), n))


def _row_cosine(a: Any, b: Any) -> Any:
    """Cosine of each row of `a` with the same row of `b` (sparse matrices)."""
    import numpy as np

    dot = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    norm_a = np.sqrt(np.asarray(a.multiply(a).sum(axis=1)).ravel())
    norm_b = np.sqrt(np.asarray(b.multiply(b).sum(axis=1)).ravel())
    return dot / np.maximum(norm_a * norm_b, 1e-12)


def _name_novelty(topics: Sequence[SentenceTopics], units: Sequence[_Unit]) -> list[float]:
    """For each unit, the share of its names that the three units before it did not name."""
    names = [{n.lower() for t in topics[u.first : u.last + 1] for n in t.names} for u in units]
    out = [0.0] * len(units)
    for i in range(1, len(units)):
        if not names[i]:
            continue
        recent: set[str] = set()
        for j in range(max(0, i - 3), i):
            recent |= names[j]
        # "Kosovo Force" is not new after "Kosovo", nor "Gallant" after "Yoav Gallant".
        new = [n for n in names[i] if not any(n in r or r in n for r in recent)]
        out[i] = len(new) / len(names[i])
    return out
