"""Topic words of a passage: its named entities and key phrases, and a short title from them."""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import repeat
from typing import Any, NamedTuple

from briefcli.lexicon.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from briefcli.lexicon.people import NAME_PARTICLES
from briefcli.lexicon.topics import (
    ADJECTIVES,
    BACKGROUND_WORDS,
    EVALUATIVE_WORDS,
    GERUND_NOUNS,
    IRREGULAR_PAST,
    LEADING_VERBS,
    MODAL_ADVERBS,
    MODAL_VERBS,
    NATIONALITY_ADJECTIVES,
    NOT_ENTITY,
    NOT_LONE_TOPICS,
    NOT_NOUN_ENDINGS,
    NOUNS_WITH_ADJECTIVE_ENDINGS,
    PARTY_WORDS,
    PAST_BEFORE_NOUNS,
    PHRASE_JOINERS,
    PROCEDURAL_NAME,
    TO_VERB_LEADERS,
    TOPIC_PREFIXES,
    VERBS_ONLY,
    WEAK_WORDS,
)
from briefcli.people import find_names
from briefcli.text.guard import guarded
from briefcli.text.terms import stem, stop_words

# A capitalised word or an acronym, with inner hyphens, apostrophes or periods ("U.S.").
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:\.[A-Za-z]\.?)*|\d+")
_SENTENCE_START = re.compile(r"^[\s\"“‘'(\[—–-]*")

# Words that may sit inside a name ("Secretary of State", "Islamic State of Iraq and Syria").
_NAME_JOINERS = frozenset({"of", "and", "the", "for", "de", "la", "del", "von", "van", "al"})


# A run of capitalised words or acronyms, possibly joined by "of", "and", "the" …
_CAPITAL = r"(?:[A-Z]\.(?=\s+[A-Z])|[A-Z][\w'’\-]*(?:\.[A-Z]\.?)*)"  # "Donald J. Trump"
_NAME_RUN = re.compile(
    rf"{_CAPITAL}(?:\s+(?:(?:of|and|the|for|de|la|del|von|van|al)\s+)*{_CAPITAL})*"
    r"(?:\s+\d{1,4}\b(?![.,]\d))?"  # "Title 42", "Fort Worth", "G7" stay whole
)


def names_in(sentence: str) -> list[str]:
    """Named entities of a sentence: runs of capitalised words (not the first word alone)."""
    start = _SENTENCE_START.match(sentence)
    first_pos = start.end() if start else 0
    stops = stop_words()
    out: list[str] = []
    for m in _NAME_RUN.finditer(sentence):
        words = m.group().split()
        pos = m.start()
        # Drop leading words that are grammar or roles ("The", "President", "Today").
        while words and (
            words[0].lower().rstrip(".") in NOT_ENTITY
            or (words[0].lower() in stops and not (words[0] == "New" and len(words) > 1))
            or (pos == first_pos and len(words) == 1 and not _is_acronym(words[0]))
        ):
            pos = -1
            words.pop(0)
        while words and (words[-1].lower() in _NAME_JOINERS or words[-1].lower() in stops):
            words.pop()
        while words and words[-1].lower().rstrip(".") in NOT_ENTITY:
            words.pop()
        if words and _CONTRACTION.search(words[-1]):
            continue  # "We’ll", "I’m": a pronoun, not a name
        if words and _two_letters("".join(words)):
            words[-1] = _POSSESSIVE.sub("", words[-1])
            out.append(" ".join(_without_period(w) for w in words))
    return out


_CONTRACTION = re.compile(r"(?:['’](?:ll|re|ve|d|m)|n['’]t)$")


def _two_letters(text: str) -> bool:
    """Whether a text has two letters or more (read only up to its second)."""
    seen = False
    for c in text:
        if c.isalpha():
            if seen:
                return True
            seen = True
    return False


def _without_period(word: str) -> str:
    """A name's word without a closing period ("Inc." -> "Inc"), except an initial ("J.")."""
    return word.rstrip(".") if word.count(".") == 1 and len(word) > 2 else word


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and sum(c.isupper() for c in word) >= 2


# A run of lower-case words (letters, inner hyphens and apostrophes) separated by spaces,
# with the character before it (searched in the text after a space). Matching that character
# rather than looking behind lets the pattern be scanned for its first character class,
# eight times faster.
_LOWER_RUN = re.compile(r"[^\w'’\-]([a-z][a-z'’\-]*(?:[ ]+[a-z][a-z'’\-]*)*)(?![\w'’\-])")


@lru_cache(maxsize=1)
def _phrase_breaks() -> frozenset[str]:
    """Words that end a key phrase: stop words and the role words of `NOT_ENTITY`."""
    return stop_words() | NOT_ENTITY


def phrases_in(sentence: str) -> list[str]:
    """Key phrases: runs of one to three lower-case content words between stop words."""
    out: list[str] = []
    breaks = _phrase_breaks()
    for run in _LOWER_RUN.findall(" " + sentence):
        words: list[str] = []
        for w in run.split():
            if w in breaks or "'" in w or "’" in w or w.endswith("-"):
                if words:
                    _add_phrase(words, out)
                    words = []
            elif len(w) >= 3:
                words.append(w)
        if words:
            _add_phrase(words, out)
    return out


def _add_phrase(words: list[str], out: list[str]) -> None:
    """Keep the noun-like core of a run: no leading verb, no trailing participle."""
    while words and (words[0] in LEADING_VERBS or _verb_form(words[0])):
        words = words[1:]
    while len(words) > 1 and _verb_form(words[-1]):
        words = words[:-1]
    if words:
        out.append(" ".join(words[-3:]))


def _verb_form(word: str) -> bool:
    """A participle or past form: "announced", "growing" (not "red", "king")."""
    return len(word) >= 6 and word.endswith(("ed", "ing"))


# A capitalised word after the first (not "I"): without one, a sentence names no one with a
# title or honorific, and finding names in it is skipped.
_LATER_CAPITAL = guarded(re.compile(r"(?<=[^\w'’-])[A-Z](?:[\w'’-]|\.\s)"))


@dataclass(frozen=True)
class SentenceTopics:
    """What one sentence offers the sections: its names (for boundaries), the runs of
    words a title may come from, and the words of the people it names."""

    names: tuple[str, ...]
    chunks: tuple[tuple[str, ...], ...] = ()  # runs of words a title may come from
    persons: frozenset[str] = frozenset()  # lower-cased words of people's names
    stems: tuple[str, ...] = ()  # the stems of the chunks' content words, in order
    chunk_stems: tuple[tuple[str, ...], ...] = ()  # the same, chunk by chunk
    words: tuple[str, ...] = ()  # the chunks' content words as written, one per stem
    question: bool = False  # the sentence asks
    verbs: tuple[int, ...] = ()  # per chunk, the place of a verb no title opens on (-1: none)


def sentence_topics(text: str) -> SentenceTopics:
    """Names, title chunks and people of one sentence, computed once per sentence."""
    chunks, verbs = chunks_and_verbs(text)
    # A chunk's content words: all but its joiners (which it holds in lower case, and
    # most chunks have none).
    contents = [
        c if PHRASE_JOINERS.isdisjoint(c) else tuple(x for x in c if x not in PHRASE_JOINERS)
        for c in chunks
    ]
    chunk_stems = tuple(tuple(map(_stem_of, c)) for c in contents)
    return SentenceTopics(
        names=tuple(names_in(text)),
        chunks=chunks,
        verbs=verbs if any(v >= 0 for v in verbs) else (),
        stems=tuple(x for c in chunk_stems for x in c),
        chunk_stems=chunk_stems,
        words=tuple(x for c in contents for x in c),
        question=text.rstrip().rstrip("\"”’')").endswith(("?", "？", "؟")),
        # People named with a title or honorific ("Premier Colin Barnett", "Mr. Doiron"):
        # a run of capitals alone may be a place or a body ("Pacific Islands Forum").
        persons=frozenset(
            w.lower() for n in find_names(text) if n.title or n.gender for w in n.name.split()
        )
        if _LATER_CAPITAL.search(text)
        else frozenset(),
    )


# --- titles ------------------------------------------------------------------------------
#
# A title names what a section is about as an editor would: a short noun phrase taken from
# the section's own words ("Critical undersea infrastructure", "Sweden's NATO accession"),
# the one whose words the section repeats and the rest of the briefing does not.

# A word (with inner hyphens, apostrophes, digits and the periods of "U.S."), or a mark that
# breaks a phrase (any other punctuation).
_CHUNK_TOKEN = re.compile(r"([A-Za-z][\w'’\-]*(?:\.[A-Za-z]\.?)*|\d+)|([^\w\s])")
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """A word in lower case without its possessive ending: "Russia's" -> "russia"."""
    return _POSSESSIVE.sub("", word.lower()) if not _CONTRACTION.search(word) else word.lower()


def title_chunks(sentence: str) -> tuple[tuple[str, ...], ...]:
    """Runs of content words, joined at most by "of", "on", "and" …, that a title may come
    from: stop words, talk ("said", "think"), contractions and punctuation break them.
    (A run holds its joiners in lower case and never two in a row: a content word, a number
    or a name's word is never one of `PHRASE_JOINERS`.)"""
    return chunks_and_verbs(sentence)[0]


def chunks_and_verbs(
    sentence: str,
) -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
    """`title_chunks`, and for each chunk the place of a verb in it that no candidate opens
    on (-1 for none): the word after a modal ("Iran could attack Israel") or after "to"
    that follows a word taking a verb ("intending to vote against Australian jobs"), unless
    the modal opens the sentence ("Will hospital funding rise?"). The verb stays in its
    chunk, whose words the section's counts still see."""
    out: list[tuple[str, ...]] = []
    verbs: list[int] = []
    run: list[str] = []
    verb_at = -1
    joiners = PHRASE_JOINERS
    kind_of = _token_kind

    def close() -> None:
        nonlocal verb_at
        if run[-1] in joiners:
            run.pop()
        if run:
            out.append(tuple(run))
            verbs.append(verb_at)
            run.clear()
        verb_at = -1

    previous_capital = False
    verb_next = False  # a modal came before: the next lower-case content word is its verb
    previous = ""  # the word before
    for token, mark in _CHUNK_TOKEN.findall(sentence):
        if not token:
            if run and mark not in ("-", "'", "’"):
                close()  # a hyphen or apostrophe alone goes on with the phrase
            previous_capital = False
            verb_next = False
            continue
        word, kind, quoted, capital, modal = kind_of(token)
        if verb_next and kind == _CONTENT and not capital and modal != _MODAL_ADVERB:
            if verb_at < 0:
                verb_at = len(run)  # "Iran could attack Israel": no title opens on "attack"
            verb_next = False
        else:
            verb_next = (
                (modal == _MODAL and bool(previous))  # "Will hospital funding rise?" asks
                or (verb_next and modal == _MODAL_ADVERB)
                or (word == "to" and previous.lower() in TO_VERB_LEADERS)
            )
        previous = word
        if kind == _CONTENT:
            run.append(word)
            previous_capital = capital
        else:
            if kind == _JOINER and run and run[-1] not in joiners and not quoted:
                run.append(word.lower())
            elif kind == _NUMBER and previous_capital and len(word) <= 4:
                run.append(word)  # a number belongs to a name ("Title 42"), not to a phrase
            elif kind == _BREAK and previous_capital and _inside_name(word):
                run.append(word)  # "Australia Day", "Question Time": a name goes on
                previous_capital = capital
                if quoted:
                    close()
                continue
            elif run:
                close()
            previous_capital = False
        if quoted and run:
            close()
    if run:
        close()
    return tuple(out), tuple(verbs)


_NOT_MODAL, _MODAL, _MODAL_ADVERB = range(3)


def _modal_role(token: str) -> int:
    """Whether a token is a modal ("could", "won't", "We'll"), a word that may stand between
    a modal and its verb ("also", "directly"), or neither."""
    low = token.lower().replace("’", "'")
    if low in MODAL_VERBS or low.endswith("'ll"):
        return _MODAL
    if low in MODAL_ADVERBS or (low.endswith("ly") and low not in NOUNS_WITH_ADJECTIVE_ENDINGS):
        return _MODAL_ADVERB
    return _NOT_MODAL


@lru_cache(maxsize=65536)
def _token_kind(token: str) -> tuple[str, int, bool, bool, int]:
    """A word token as a title phrase sees it: the word, its kind, whether a quotation
    mark or a cut ends the phrase at it, whether the word opens on a capital, and its
    `_modal_role`."""
    quoted = token[-1] in "'’-" and not token.lower().endswith(("s'", "s’"))
    word = token
    if quoted:
        # A closing quotation mark glued to the word ('invasive’), or a word cut off
        # ("levels-"): the phrase ends here.
        word = token.rstrip("-")[:-1] if token[-1] in "'’" else token.rstrip("-")
    kind = _word_kind(word) if word else _BREAK
    return word, kind, quoted, word[:1].isupper(), _modal_role(token)


_BREAK, _JOINER, _NUMBER, _CONTENT = range(4)
GIVEN_NAMES = FEMALE_GIVEN_NAMES | MALE_GIVEN_NAMES


@lru_cache(maxsize=65536)
def _inside_name(word: str) -> bool:
    """Whether a capitalised word that breaks a phrase in lower case ("day", "time") goes on
    a name when it follows one ("Australia Day"): not a stop word, a role or a contraction."""
    bare = _bare(word)
    return (
        word[0].isupper()
        and word[1:].islower()
        and len(bare) > 2
        and bare not in stop_words()
        and bare not in NOT_ENTITY
        and not _CONTRACTION.search(word)
    )


@lru_cache(maxsize=65536)
def _word_kind(word: str) -> int:
    """What a word is to a title phrase: a break (stop word, talk, contraction), a joiner
    ("of", "on"), a number, or a content word."""
    low = word.lower()
    if low in PHRASE_JOINERS:
        return _JOINER
    if word.isdigit():
        return _NUMBER
    bare = _bare(word)
    stops = stop_words()
    if (
        bare in stops
        or low in stops
        or bare in WEAK_WORDS
        or _CONTRACTION.search(word)
        or len(bare) < 2
    ):
        return _BREAK
    return _CONTENT


class _Candidate(NamedTuple):
    """A title candidate: the stems it is known by and its words as written. (A named
    tuple: a brief makes tens of thousands, and a frozen dataclass is twice as slow to
    make.)"""

    key: tuple[str, ...]
    words: tuple[str, ...]
    content: tuple[str, ...]  # stems of its content words (no joiners)
    bare: frozenset[str]  # its words in lower case without possessives
    verb_first: bool = False  # opens on a word that is often a verb ("pay award")


_MAX_TITLE_WORDS = 5
# Past forms that open no noun phrase ("held in Cairns"), unlike "paid leave", "lost wages".
_PAST_VERBS = IRREGULAR_PAST - PAST_BEFORE_NOUNS


def _chunk_stems(chunk: tuple[str, ...]) -> tuple[str, ...]:
    """The stems of a chunk's content words (not its joiners)."""
    return tuple(_stem_of(x) for x in chunk if x.lower() not in PHRASE_JOINERS)


def _chunk_candidates(chunk: tuple[str, ...], verb: int = -1) -> tuple[_Candidate, ...]:
    """A chunk's candidates that can be a title in any section: none that says a word twice
    ("security and security") or is a number alone ("4"), none opening on its `verb`."""
    out = []
    for c in _candidates(chunk, verb):
        content = c.content
        if len(content) > 1 and len(set(content)) < len(content):
            continue
        if "".join(c.words).isdigit():  # (no word is empty)
            continue
        out.append(c)
    return tuple(out)


# Each chunk's candidates, made once for a briefing when a section first needs them.
ChunkCache = dict[tuple[tuple[str, ...], int], tuple[_Candidate, ...]]


def _candidates(chunk: tuple[str, ...], verb_at: int = -1) -> Iterable[_Candidate]:
    """Every stretch of a chunk that can be a title: up to five words, no joiner at either
    end and at most one inside, not opening on a verb, ending on a noun-like word."""
    n = len(chunk)
    tokens, bares, joiner, capital, opens, verb_first, inner, ends = zip(
        *map(_word_roles, chunk), strict=True
    )
    # What each word does to a candidate that opens before it (the same whichever word
    # opens it, so worked out once per word): whether the candidate stops before it.
    stops = [False] * n
    for j in range(1, n):
        code = inner[j]
        if code == _INNER_GOES_ON:
            continue
        last = j + 1 == n
        stops[j] = (
            code == _INNER_STOPS
            or (code == _INNER_BEFORE_WORD and not last and not joiner[j + 1])
            or (code == _INNER_AFTER_LOWER and chunk[j - 1][0].islower())
            # "report and Amnesty": two things, not one name
            or (code == _INNER_AND and not last and capital[j + 1] != capital[j - 1])
            # "Australians to pay tax": a verb follows, not a place
            or (code == _INNER_TO and not last and not capital[j + 1])
        )
    for i in range(n):
        code = opens[i]
        if code == _OPENS_NEVER or (code == _OPENS_LAST and i + 1 < n) or i == verb_at:
            continue
        if capital[i] and i > 0 and capital[i - 1]:
            continue  # a name is never cut: "Africa Brett McGurk"
        verb = verb_first[i]
        joiners = 0
        content: list[str] = []
        for j in range(i, min(n, i + _MAX_TITLE_WORDS)):
            if joiner[j]:
                joiners += 1
                if joiners > 1 or stops[j]:
                    break
                continue
            if j > i and stops[j]:
                break
            content.append(tokens[j])
            if not ends[j] or (verb and j == i):
                continue
            if capital[j] and j + 1 < n and capital[j + 1]:
                continue  # nor cut at its end: "North Africa Brett"
            yield _Candidate(
                tokens[i : j + 1],
                chunk[i : j + 1],
                tuple(content),
                frozenset(bares[i : j + 1]),
                verb,
            )


# Whether a word may open a candidate: never, only as a chunk's last word, or anywhere.
_OPENS_NEVER, _OPENS_LAST, _OPENS = range(3)
# What a word inside a candidate does: the candidate goes on; stops before it; stops before
# it when a word that is no joiner follows; when a lower-case word precedes it; a joiner
# "and" between words of which one is capitalised, "to" before a lower-case word.
_INNER_GOES_ON, _INNER_STOPS, _INNER_BEFORE_WORD, _INNER_AFTER_LOWER, _INNER_AND, _INNER_TO = (
    range(6)
)


@lru_cache(maxsize=65536)
def _word_roles(word: str) -> tuple[str, str, bool, bool, int, bool, int, bool]:
    """What a word of a chunk is to the candidates made of it, whatever its place: the token
    a candidate's key knows it by (a joiner in lower case, else its stem), its bare form,
    whether it is a joiner and capitalised, whether it may open a candidate (and opens on
    a word that is often a verb), what it does inside one, and whether one may end on it."""
    low = word.lower()
    joiner = low in PHRASE_JOINERS
    capital = word[0].isupper()
    lower = word[0].islower()
    bare = _bare(word)
    if (
        joiner
        or low in NAME_PARTICLES
        or low in VERBS_ONLY  # "assist Australian families": a verb first
        or (lower and low in EVALUATIVE_WORDS)  # "extraordinary burden on Poland"
        or (lower and low in _PAST_VERBS)  # "held in Cairns", "met with UNFPA"
        # "finalize Swedish accession", "possibly offer": a verb or an adverb first; the
        # phrase begins after it.
        or (
            lower
            and (
                _past_form(low)
                or low.endswith(("ize", "ify"))
                or (low.endswith("ly") and low not in NOUNS_WITH_ADJECTIVE_ENDINGS)
            )
        )
    ):
        opens = _OPENS_NEVER
    elif lower and low.endswith("ing") and bare not in GERUND_NOUNS:
        opens = _OPENS_LAST  # "cutting income tax"
    else:
        opens = _OPENS
    if joiner:
        inner = _INNER_AND if low == "and" else _INNER_TO if low in ("to", "into") else 0
    elif lower and (
        low in IRREGULAR_PAST
        or (low.endswith(("ize", "ify")) and low not in GERUND_NOUNS)  # "workers organize"
        or low in VERBS_ONLY  # "Card dovetails with recent progress", "Labor holds"
    ):
        inner = _INNER_STOPS
    elif lower and ((low.endswith("ing") and bare not in GERUND_NOUNS) or _past_form(low)):
        inner = _INNER_BEFORE_WORD  # "China providing military support"
    elif capital and _POSSESSIVE.search(word):
        inner = _INNER_AFTER_LOWER  # "role NATO's nuclear weapons": a noun phrase of its own
    else:
        inner = _INNER_GOES_ON
    return (
        low if joiner else _stem_of(word),
        bare,
        joiner,
        capital,
        opens,
        low in LEADING_VERBS,
        inner,
        # a noun-like word, not a name's particle ("Sheikh Nasser bin")
        not joiner and _noun_like(word) and word not in NAME_PARTICLES,
    )


@lru_cache(maxsize=65536)
def _stem_of(word: str) -> str:
    """The stem a word counts under: "counterterrorism" is a use of "terrorism" too."""
    bare = _bare(word)
    for prefix in TOPIC_PREFIXES:
        if bare.startswith(prefix) and len(bare) - len(prefix) >= 6:
            bare = bare[len(prefix) :]
            break
    return stem(bare)


def _past_form(word: str) -> bool:
    return len(word) >= 5 and word.endswith("ed") and word not in NOUNS_WITH_ADJECTIVE_ENDINGS


@lru_cache(maxsize=65536)
def _noun_like(word: str) -> bool:
    """Whether a word can end a title: a name, an acronym, a number or a noun-like word
    (not an adjective, adverb or participle by its ending; gerunds such as "funding" are)."""
    if word[0].isupper():
        low = _bare(word)
        return (low not in NATIONALITY_ADJECTIVES and low not in ADJECTIVES) or word.isupper()
    low = _bare(word)
    if low in NOUNS_WITH_ADJECTIVE_ENDINGS:
        return True
    if low in IRREGULAR_PAST or low in ADJECTIVES or low in VERBS_ONLY:
        return False
    if low.endswith("ing"):
        return low in GERUND_NOUNS  # "funding", "mining"; not "racking", "granting"
    return not low.endswith(NOT_NOUN_ENDINGS)


def _lone_topic(word: str) -> bool:
    """Whether one word can stand as a section's topic: not an amount, adjective or verb
    (many verbs are nouns too, "debate", "vote": only those rarely a topic are refused)."""
    return not (_INFLECTED.search(word) or word in NOT_LONE_TOPICS or word in WEAK_WORDS)


_INFLECTED = re.compile(r"(?:ed|ing|ly|er|est)$")


@dataclass(frozen=True)
class TitleWeights:
    """How a candidate phrase is scored (chosen on the dev split of benchmarks/titles, inside
    the plateau where nearby values score alike: repeat 0.3-0.4, extent 6-8, lead 0.3-0.5;
    a repeat bonus under 0.2 lets once-said phrases win and costs a fifth of the score).

    A word's weight is its TF-IDF in the section: its uses there times the smoothed IDF over
    the briefing's sections, so the words a section repeats and the other sections do not
    count most, and a briefing of one section is titled by the words it repeats most. A
    phrase's value is the sum of its content words' weights (each relative to the section's
    strongest word) over (its content words + `extent`), the shape of ROUGE's F against a
    title of a few words: a word joins a phrase only when it adds more than its share, so
    "Burmese military regime" beats "Burmese military", and a weak word never rides along.
    A name is one thing, however many words it has: its strongest word counts in full and
    the others by `name_share`, so "Islamic State of Iraq", said once, does not outweigh
    what the section keeps saying.

    Where hand-written titles take their words from (dev topics of benchmarks/titles, the
    share of a title's content words found there): the topic's first sentence 54% (of some
    11 content words), its first two 67%, its most central sentence 52% (15 words), the words
    it repeats 40%, its three top TF-IDF words 26%, the first question in it 15%. So a phrase
    one of whose words is in the section's opening sentence gets `opening`, besides the
    `lead` of a phrase said in the first sentences (0.15-0.2 alike, 0.25 lowers the score on
    briefcli's sections; the opening's word in a phrase said later: "Hospital funding" after a
    question on hospitals).
    A phrase a question says (`asked`) is what a reporter raised: the subject of the answers
    that follow even when they name it in other words (dev titles on briefcli's sections
    0.256 -> 0.260, on the gold spans 0.331 -> 0.333; frozen 0.232 -> 0.236, 0.309 -> 0.314).
    A bonus for the central sentence, or for words uncommon in briefings at large (an IDF
    over the corpus) lowered the scores; weighting a word by the share of its uses in the
    briefing that fall in the section (0.25-1 as an exponent) lowered them a lot (dev gold
    spans 0.331 -> 0.314 at 0.25): a title's words are the briefing's themes too.

    A section that holds several topics is titled by what the whole of it says, not by one
    of its topics (`python -m benchmarks.title_mixed`, dev, the 335 topics scored against
    such a section, with the gold spans telling which topic fills most of it): the whole
    section 0.248; the titler on the part its largest topic fills 0.171 (the largest topic
    itself gains, 0.286 -> 0.322, the others, two in three, lose); on the part its opening
    topic fills 0.119; "X and Y" of its two largest topics 0.206; the largest topic's part
    only where it fills 70% of the section or more 0.248; among the section's own best
    candidates, the one whose words' chances summed over its topics' parts are highest 0.247.
    The whole section's own "X and Y"
    (`pair`) is what serves them: without pairs, topics in sections holding four or more
    score 0.234 -> 0.189. Pairing more readily in long sections, a third subject ("X, Y and
    Z"), a lone common word or a phrase with "and" as the second subject, an IDF over parts
    of sections, or a bonus for words spread over the section's fifths: all within 0.003.

    Tried in titles14 and not kept (dev sections / gold spans, against 0.279 / 0.356): a
    word's weight raised by how specific it is to the section (its log-odds there against
    the rest of the briefing, x (1 + a x log-odds), a 0.05-0.4: 0.273-0.267 / 0.356-0.350);
    the IDF's exponent 0.5-1.5 (0.277-0.269 / 0.352-0.354); a pair's second subject only
    when specific to the section (0.279-0.261); a bonus for the head noun phrase of the
    section's key sentence (its most central statement) or for its phrases, 0.1-0.4
    (0.278-0.272 / 0.355-0.350); a lone name said in three quarters of the briefing's
    sections dropped as background (0.280 / 0.351); a title sharing words with an earlier
    section's passed over (0.267). A section's title names the briefing's themes as it says
    them, not what sets it apart: its topics' hand titles share those words.
    """

    extent: float = 7.0  # added to the phrase's content words in the denominator
    name_share: float = 0.6  # how much a name's words after its strongest one count
    repeat: float = 0.3  # bonus per log of a phrase's repeats in the section (not a word's)
    lead: float = 0.5  # bonus when the phrase is in the section's first sentences
    lead_sentences: int = 2
    opening: float = 0.15  # bonus when a word of the phrase is in the opening sentence
    person: float = 0.5  # the score of a candidate naming a person is multiplied by this
    pair: float = 0.3  # a second subject this strong (share of the first) joins the title …
    pair_sentences: int = 4  # … in a section of this many sentences or more …
    pair_words: int = 6  # … when both fit in this many words
    recur_sentences: int = 8  # … and in a section this long, a title says what it repeats
    asked: float = 0.15  # bonus when the phrase is said in a question (0.1-0.25 alike)
    # How much of a candidate's score is the share of a title's words it is likely to give
    # (`TermChances`): the score is (the product above)^(1 - chances) x expected^chances,
    # where expected = the sum of its content words' chances / (its content words +
    # `title_words`), the expected ROUGE F's shape against a title of some three words.
    # Dev: 0.6-0.7 alike on briefcli's sections, 1.0 (the chances alone) loses 0.02.
    chances: float = 0.6
    title_words: float = 3.0


TITLE_WEIGHTS = TitleWeights()


class TermFeatures(NamedTuple):
    """What tells whether a section's title would use one of its words (a content stem)."""

    uses: float  # log of its uses in the section
    idf: float  # smoothed IDF over the briefing's sections (log((1 + n) / (1 + df)) + 1)
    opening: float  # 1 when the section's opening sentence says it
    lead: float  # 1 when the section's first two sentences say it
    asked: float  # 1 when a question in the section says it
    capital: float  # the share of its uses written with a capital (a name's word)
    person: float  # the share of its uses that are a person's name ("Tony", "Ripper")
    first_position: float  # where the section first says it (0 first sentence, 1 the end)
    briefing_uses: float  # log of its uses in the whole briefing
    briefing_title: float  # 1 when the briefing's own title says it
    uses_idf: float  # uses x idf: TF-IDF's shape
    section_size: float  # log of the section's sentences (a long section has more words)


@dataclass(frozen=True)
class TermChances:
    """The log-odds that a hand-written title uses a section's word: a logistic regression
    on `TermFeatures`, fitted once on the dev split of benchmarks/titles (dev gold topic
    spans, and briefcli's sections labelled by the topics whose titles they give; never a
    frozen document) by `python -m benchmarks.title_terms`, and rounded. A title's words are
    said early (`first_position`), in the opening and in questions, in names (not a person's,
    `person`), repeated (`uses`, `uses_idf`), and in the briefing's own title: IDF alone
    hardly counts, for hand-written titles name the briefing's main actor where it acts
    ("NATO mission in Iraq", "Sweden's NATO accession"). Besides the phrase's own score,
    so the old filters and bonuses stay; see `TitleWeights.chances`.

    Measured before it (dev gold spans, ROUGE-1 F; the titler then 0.338, TF-IDF-3 0.278):
    the best phrase of the span's opening sentence alone 0.256, of its first question 0.176
    (the titler 0.356 on those spans), the top two phrases run together 0.297; 82% of a hand
    title's words are in its span, 47% of hand titles are "X of/for/in Y", 15% "X and Y"
    (the titler's pairs were 33%). Choosing among the same candidates by these chances gains
    most through names and the briefing's main actor; the same fit, 5-fold by document on
    dev, scores 0.356 / 0.276 (gold spans / sections) against 0.357 / 0.279 in-sample.
    Three more features fitted the same way (titles14; `benchmarks.title_terms --folds 5`,
    the weights in force 0.3557 / 0.2789, the same features refitted 0.3559 / 0.2771): the
    word said in both the first and the last third of the section 0.3570 / 0.2784; said in
    its key sentence (the statement whose words the rest of the section says most, as sumy's
    Reduction) 0.3573 / 0.2757; its log-odds in the section against the rest of the briefing
    0.3565 / 0.2763; all three 0.3540 / 0.2756. None kept."""

    bias: float = -2.53
    uses: float = 0.3
    idf: float = 0.02
    opening: float = 0.58
    lead: float = 0.19
    asked: float = 0.94
    capital: float = 0.39
    person: float = -0.31
    first_position: float = -0.71
    briefing_uses: float = 0.26
    briefing_title: float = 0.51
    uses_idf: float = 0.46
    section_size: float = -0.72

    @cached_property
    def _coefficients(self) -> tuple[float, ...]:
        """The weights in the order of `TermFeatures`' fields (read once, not per word)."""
        return tuple(getattr(self, k) for k in TermFeatures._fields)

    def chance(self, features: Sequence[float]) -> float:
        z = self.bias + sum(map(operator.mul, self._coefficients, features))
        return 1.0 / (1.0 + math.exp(-z))


TERM_CHANCES = TermChances()


@dataclass(frozen=True)
class DocumentWords:
    """Counts over the whole briefing, made once: in how many sections each stem is used."""

    sections_with: Counter[str]
    sections: int
    uses: Counter[str] = field(default_factory=Counter)  # each stem's uses in the briefing
    title: frozenset[str] = frozenset()  # the stems of the briefing's own title


def document_words(
    sections: Sequence[Sequence[SentenceTopics]], briefing_title: str | None = None
) -> DocumentWords:
    sections_with: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for section in sections:
        sections_with.update({x for t in section for x in t.stems})
        for t in section:
            uses.update(t.stems)
    title = frozenset(x for c in title_chunks(briefing_title or "") for x in _chunk_stems(c))
    return DocumentWords(sections_with, len(sections), uses, title)


@dataclass(frozen=True)
class ScoredTitle:
    """A title candidate with its score and the parts the score is the product of
    ("base": its words' weight over its length; "repeat", "lead", "opening", "person": the
    factors of `TitleWeights`; "pair": a title joining two candidates)."""

    text: str
    score: float
    parts: tuple[tuple[str, float], ...] = ()


def _texts(scored: Sequence[ScoredTitle]) -> list[str]:
    return [c.text for c in scored]


def _said_once(section: Sequence[SentenceTopics]) -> list[tuple[int, SentenceTopics, int]]:
    """Each distinct sentence of a section (the same topics, read once per text) with where
    it is first said and how often: counting its words that many times gives the same counts,
    first positions and order as reading every repeat."""
    said: dict[int, list[Any]] = {}  # id -> [first position, topics, times said]
    for k, t in enumerate(section):
        again = said.get(id(t))
        if again is None:
            said[id(t)] = [k, t, 1]
        else:
            again[2] += 1
    return [(k, t, times) for k, t, times in said.values()]


class _SectionWords:
    """Each content stem of a section with its counts there, read in one pass over the
    section's words: the titles' weights and the word features (`TermFeatures`) both use
    them, and a word's features are made only when a candidate asks for its chance."""

    def __init__(self, section: Sequence[SentenceTopics], document: DocumentWords) -> None:
        # (plain dictionaries while counting: a Counter's default for a new key is a call)
        uses: dict[str, int] = {}
        capital: dict[str, int] = {}
        person: dict[str, int] = {}
        first_at: dict[str, int] = {}
        asked: set[str] = set()
        persons = frozenset().union(*(t.persons for t in section))
        # A sentence said again is read once, its words counted as often as it is said.
        self.once = _said_once(section)
        for k, t, times in self.once:
            question = t.question
            for word, x in zip(t.words, t.stems, strict=True):
                count = uses.get(x)
                if count is None:
                    uses[x] = times
                    first_at[x] = k
                else:
                    uses[x] = count + times
                if word[0].isupper():
                    capital[x] = capital.get(x, 0) + times
                    if _bare(word) in persons or word in GIVEN_NAMES:
                        person[x] = person.get(x, 0) + times
                if question:
                    asked.add(x)
        self.document = document
        self.uses: Counter[str] = Counter(uses)
        self.capital = capital
        self.person = person
        self.first_at = first_at
        self.asked = asked
        self.persons = persons
        self.opening = next((frozenset(t.stems) for t in section if t.stems), frozenset())
        self.lead = frozenset(x for t in section[:2] for x in t.stems) | self.opening
        self.size = max(len(section), 1)
        self.section_size = math.log(self.size)
        n = document.sections
        sections_with = document.sections_with
        # the smoothed IDF over the briefing's sections, of every stem the section uses
        self.idf = {x: math.log((1 + n) / (1 + sections_with[x])) + 1 for x in uses}
        self._chances: dict[str, float] = {}

    def features(self, x: str) -> tuple[float, ...]:
        """The values of `TermFeatures` of a stem the section uses, in its fields' order."""
        count = self.uses[x]
        idf = self.idf[x]
        return (
            math.log(count),
            idf,
            float(x in self.opening),
            float(x in self.lead),
            float(x in self.asked),
            self.capital.get(x, 0) / count,
            self.person.get(x, 0) / count,
            self.first_at[x] / self.size,
            math.log(max(self.document.uses[x], count)),
            float(x in self.document.title),
            math.log(count) * idf,
            self.section_size,
        )

    def chance(self, x: str) -> float:
        """`TERM_CHANCES`' chance of a stem (0 for one the section does not use), made once."""
        found = self._chances.get(x)
        if found is None:
            found = self._chances[x] = (
                TERM_CHANCES.chance(self.features(x)) if x in self.uses else 0.0
            )
        return found


def term_features(
    section: Sequence[SentenceTopics], document: DocumentWords
) -> dict[str, TermFeatures]:
    """Each content stem of a section with what tells whether a title would use it."""
    words = _SectionWords(section, document)
    return {x: TermFeatures(*words.features(x)) for x in words.uses}


def scored_titles(
    section: Sequence[SentenceTopics],
    document: DocumentWords,
    *,
    generic: frozenset[str] = frozenset(),
    weights: TitleWeights | None = None,
    limit: int = 8,
    seen: ChunkCache | None = None,
) -> list[ScoredTitle]:
    """A section's title candidates, best first, each with the parts of its score."""
    seen = {} if seen is None else seen
    w = weights or TITLE_WEIGHTS
    said = _SectionWords(section, document)
    uses, persons, idf = said.uses, said.persons, said.idf
    weight = {s: count * idf[s] for s, count in uses.items()}
    strongest = max(weight.values(), default=1.0) or 1.0

    # In a long section a title's words must mostly be ones the section says again, so a
    # chunk none of whose words is said again offers nothing there: it is passed over whole.
    long_section = len(section) >= w.recur_sentences
    # key -> [repeats, its words as first written, every way it is written (made when a
    # second way turns up), in the lead, the first candidate, said in a question]
    found: dict[tuple[str, ...], list[Any]] = {}
    lead_sentences = w.lead_sentences
    # A sentence said again is read once, its candidates counted as often as it is said.
    for k, t, times in said.once:
        verbs = t.verbs or repeat(-1, len(t.chunks))
        for chunk, stems, verb in zip(t.chunks, t.chunk_stems, verbs, strict=True):
            if long_section and all(uses[x] < 2 for x in stems):
                continue
            candidates = seen.get((chunk, verb))
            if candidates is None:
                candidates = seen[chunk, verb] = _chunk_candidates(chunk, verb)
            for c in candidates:
                if not generic.isdisjoint(c.bare):
                    continue
                entry = found.get(c.key)
                if entry is None:
                    found[c.key] = [times, c.words, None, k < lead_sentences, c, t.question]
                    continue
                entry[5] = entry[5] or t.question
                if entry[2] is not None:
                    entry[2][c.words] += times
                elif c.words != entry[1]:
                    entry[2] = Counter({entry[1]: entry[0], c.words: times})
                entry[0] += times
    opening = said.opening
    chance = said.chance
    scored: list[_Scored] = []
    for repeats, first_words, surfaces, lead, c, asked in found.values():
        content = frozenset(c.content)
        recurring = sum(uses[x] > 1 for x in content)
        if long_section and 2 * recurring < len(content):
            continue  # most of its words said again: not "leaf fall", said once
        words = (
            first_words
            if surfaces is None
            else max(surfaces, key=lambda x: (surfaces[x], x[0][0].islower(), -len("".join(x))))
        )
        if all(_bare(x) in NATIONALITY_ADJECTIVES or _bare(x) in PARTY_WORDS for x in words):
            continue
        if _mostly_background(c.bare) or _background_side(c.bare, words):
            continue  # "United States", "White House": the briefing's background
        if len(words) == 1 and words[0] in GIVEN_NAMES:
            continue  # "Donald": a first name alone is a person cut short
        if len(words) == 1 and _bare(words[0]) in NOT_ENTITY:
            continue  # "State", "House", "Department" alone
        if len(words) == 1 and words[0][0].islower():
            if repeats < 2 or not _lone_topic(_bare(words[0])):
                continue  # a lone common word must recur, and be a noun, to be a topic
        if c.verb_first and repeats < 2:
            continue  # "ensure speedy ratification"; but a phrase said again, "pay award", is one
        if PROCEDURAL_NAME.match(" ".join(words)):
            continue
        if _longest_capital_run(words) > 3:
            continue  # "North Africa Brett McGurk": names run together, or a name cut short
        capitals = [_bare(x) in persons for x in words if x[0].isupper()]
        if any(capitals) and not all(capitals):
            continue  # "North Africa Brett McGurk": two names run together
        parts = [
            (
                "base",
                _phrase_weight(words, weight, w.name_share) / strongest / (len(content) + w.extent),
            )
        ]
        if len(content) > 1 or words[0][0].isupper():
            # A phrase said again is a fixed expression ("pay award"), a name said again the
            # subject ("Kosovo"); a lone common word's repeats are only its uses, which its
            # weight counts already ("trains" in a meeting on trains).
            parts.append(("repeat", 1.0 + w.repeat * math.log(repeats)))
        if lead:
            parts.append(("lead", 1.0 + w.lead))
        if asked:
            parts.append(("asked", 1.0 + w.asked))  # what a reporter asks about is a topic
        if not opening.isdisjoint(content):
            parts.append(("opening", 1.0 + w.opening))  # the subject it opens on, in other words
        if any(capitals) and len(capitals) == len(words):
            parts.append(("person", w.person))  # a person is the topic only when it is about them
        if w.chances:
            # (fsum: exact, so the same whatever order the set gives its words)
            chances = math.fsum(chance(x) for x in content)
            expected = chances / (len(content) + w.title_words)
            # its share of a hand-written title's words, as a factor of the product
            base = max(math.prod(x for _, x in parts), 1e-12)
            parts.append(("chances", (expected / base) ** w.chances))
        value = math.prod(x for _, x in parts)
        scored.append(_Scored(value, words, content, tuple(parts)))
    scored.sort(key=lambda t: (-t.value, len(" ".join(t.words))))
    top = scored[: limit * 3]
    out: list[ScoredTitle] = []
    if top and len(section) >= w.pair_sentences:
        out.extend(_paired(top, w, persons))
    texts = {x.text for x in out}
    for best in top:
        text = _as_title(best.words)
        if text not in texts:
            texts.add(text)
            out.append(ScoredTitle(text, best.value, best.parts))
        if len(out) >= limit:
            break
    return out


class _Scored(NamedTuple):
    value: float
    words: tuple[str, ...]
    content: frozenset[str]
    parts: tuple[tuple[str, float], ...]


def _phrase_weight(words: Sequence[str], weight: dict[str, float], name_share: float) -> float:
    """The sum of a phrase's content word weights, a run of capitalised words (a name)
    counting its strongest word in full and the rest by `name_share`."""
    total = 0.0
    name: list[float] = []
    for x in (*words, ""):
        if x and x.lower() in PHRASE_JOINERS and x.lower() != "and":
            continue  # "Islamic State of Iraq" is one name; "Finland and Estonia" are two
        if x and x[0].isupper():
            name.append(weight.get(_stem_of(x), 0.0))
            continue
        if name:
            total += max(name) + name_share * (sum(name) - max(name))
            name = []
        if x and x.lower() != "and":
            total += weight.get(_stem_of(x), 0.0)
    return total


def _paired(
    top: Sequence[_Scored],
    w: TitleWeights,
    persons: frozenset[str] = frozenset(),
) -> list[ScoredTitle]:
    """In a long section, a title of two subjects nearly as strong as each other that share
    no word ("Uranium mining and asylum seekers"), each a phrase of the text. A name is never
    glued onto another phrase to make one the text does not have ("Australia honour"), and a
    person is no second subject ("Drug trafficking and brother Tony")."""
    value, words, content = top[0].value, top[0].words, top[0].content
    for second in top[1:]:
        value2, words2, content2 = second.value, second.words, second.content
        if content2 & content or value2 < w.pair * value:
            continue
        if any(x[0].isupper() and (_bare(x) in persons or x in GIVEN_NAMES) for x in words2):
            continue
        if len(words2) == 1 and not _is_name(words2):
            break  # "and path": a lone common word is no second subject
        if "and" in words or "and" in words2:
            break  # "Responsibility and door and acknowledge"
        title = _as_title((*_unpossessed(words), "and", *words2))
        if len(words) + len(words2) + 1 <= w.pair_words and len(_PIECE.findall(title)) <= 8:
            # "U.S.-ROK" reads as three words: no pair runs past eight
            return [ScoredTitle(title, value, (("pair", value2 / value),))]
        break
    return []


_PIECE = re.compile(r"[^\W_]+")


def _mostly_background(bare: frozenset[str]) -> bool:
    """Whether a phrase is the briefing's background: all of it ("United States", "White
    House"), or half or more of a longer one ("United States commitment", "State Department
    visit in Brazil"); "U.S. Steel" and "U.S. military assistance" name their subject."""
    content = bare - PHRASE_JOINERS
    background = len(content & BACKGROUND_WORDS)
    return background == len(content) or (len(content) > 2 and 2 * background >= len(content))


def _background_side(bare: frozenset[str], words: Sequence[str]) -> bool:
    """Whether one side of a phrase joined by "and" is the briefing's background or a
    nationality alone: "United States and Poland" names Poland, and less well than "Poland"."""
    if "and" not in bare:
        return False
    k = [x.lower() for x in words].index("and")
    return any(
        side
        and {_bare(x) for x in side} - PHRASE_JOINERS
        <= BACKGROUND_WORDS | NATIONALITY_ADJECTIVES | PARTY_WORDS
        for side in (words[:k], words[k + 1 :])
    )


def _longest_capital_run(words: Sequence[str]) -> int:
    longest = run = 0
    for x in words:
        run = run + 1 if x[0].isupper() else 0
        longest = max(longest, run)
    return longest


def _unpossessed(words: Sequence[str]) -> tuple[str, ...]:
    """Words with the possessive of the last one dropped ("Eric Ripper's" -> "Eric Ripper")."""
    last = words[-1]
    if _POSSESSIVE.search(last) and not last.endswith(("s'", "s’")) and len(last) > 3:
        last = _POSSESSIVE.sub("", last)
    return (*words[:-1], last)


def _is_name(words: Sequence[str]) -> bool | None:
    """True for a candidate of capitalised words only ("Western Tigray"), False for one of
    lower-case words only, None for a mix."""
    caps = [x[0].isupper() for x in words if x.lower() not in PHRASE_JOINERS]
    if all(caps):
        return True
    if not any(caps):
        return False
    return None


def _as_title(words: Sequence[str]) -> str:
    text = " ".join(words)
    if _POSSESSIVE.search(text) and not text.endswith(("s'", "s’")) and len(text) > 3:
        text = _POSSESSIVE.sub("", text)  # "Tony Abbott's" -> "Tony Abbott"
    return text[:1].upper() + text[1:]


def _fold(text: str) -> str:
    return " ".join(stem(_bare(w)) for w in _TOKEN.findall(text))


# Titles of a section with no topic: at the start, in the middle, at the end.
_NO_TOPIC = (
    ("Opening remarks", "Introduction"),
    ("Other matters", "Further matters"),
    ("Closing remarks", "Conclusion"),
)


def section_titles(
    sections: Sequence[Sequence[SentenceTopics]],
    *,
    generic: frozenset[str] = frozenset(),
    briefing_title: str | None = None,
    fallback: str = "Briefing",
    fixed: Sequence[str | None] = (),
) -> list[str]:
    """A title for each section: its best candidate that is neither the briefing's title
    nor another section's (a `fixed` title, from a heading, is kept as it is)."""
    document = document_words(sections, briefing_title)
    seen: ChunkCache = {}
    used = {_fold(briefing_title)} if briefing_title else set()
    for f in fixed:
        if f:
            used.add(_fold(f))
    out: list[str] = []
    for k, section in enumerate(sections):
        heading = fixed[k] if k < len(fixed) else None
        if heading:
            out.append(heading)
            continue
        choice = ""
        for candidate in _texts(scored_titles(section, document, generic=generic, seen=seen)):
            if _fold(candidate) not in used:
                choice = candidate
                break
        if not choice:
            # Nothing but pleasantries and procedure ("Happy Friday", "That concludes …").
            for choice in (*_NO_TOPIC[min(k, 1) if k < len(sections) - 1 else 2], fallback):
                if _fold(choice) not in used:
                    break
            else:
                choice = f"{fallback} ({k + 1})"
        used.add(_fold(choice))
        out.append(choice)
    return out
