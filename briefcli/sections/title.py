"""Topic words of a passage: its named entities and key phrases, and a short title from them."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefcli.text.terms import stem, stop_words

# A capitalised word or an acronym, with inner hyphens, apostrophes or periods ("U.S.").
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:\.[A-Za-z]\.?)*|\d+")
_SENTENCE_START = re.compile(r"^[\s\"“‘'(\[—–-]*")

# Capitalised words that open phrases or name roles rather than topics.
_NOT_ENTITY = frozenset(
    """
    i i'm i've i'd i'll i’m i’ve i’d i’ll mr mrs ms dr q yes no okay ok yeah thanks thank
    please sir madam well
    so and but or the a an this that these those there here what who when where why how
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    president secretary minister ministers general vice prime chairman chair chairwoman
    senator representative governor ambassador spokesperson spokesman press office
    department administration government house white state states united
    am pm mp mla ms. mr. mrs. dr. gen. sen. rep. gov.
    """.split()
)

# Words that may sit inside a name ("Secretary of State", "Islamic State of Iraq and Syria").
_NAME_JOINERS = frozenset({"of", "and", "the", "for", "de", "la", "del", "von", "van", "al"})


@dataclass(frozen=True)
class TopicWords:
    """The names (entities) and key phrases of one passage, each with its count."""

    names: Counter[str]
    phrases: Counter[str]
    runs: Counter[str]  # every run of up to four words inside a name, counted per name


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
            words[0].lower().rstrip(".") in _NOT_ENTITY
            or (words[0].lower() in stops and not (words[0] == "New" and len(words) > 1))
            or (pos == first_pos and len(words) == 1 and not _is_acronym(words[0]))
        ):
            pos = -1
            words.pop(0)
        while words and (words[-1].lower() in _NAME_JOINERS or words[-1].lower() in stops):
            words.pop()
        while words and words[-1].lower().rstrip(".") in _NOT_ENTITY:
            words.pop()
        if words and _CONTRACTION.search(words[-1]):
            continue  # "We’ll", "I’m": a pronoun, not a name
        if words and sum(c.isalpha() for c in "".join(words)) >= 2:
            words[-1] = re.sub(r"['’]s?$", "", words[-1])
            out.append(" ".join(_without_period(w) for w in words))
    return out


_CONTRACTION = re.compile(r"['’](?:ll|re|ve|d|m)$")


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
    """Words that end a key phrase: stop words and the role words of `_NOT_ENTITY`."""
    return stop_words() | _NOT_ENTITY


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


# Verbs that often open a run of content words ("ensure speedy ratification").
_LEADING_VERBS = frozenset(
    """
    ensure make take help keep provide support continue discuss announce raise address
    strengthen expand prevent move hold give send meet work build protect create seek
    """.split()
)


def _add_phrase(words: list[str], out: list[str]) -> None:
    """Keep the noun-like core of a run: no leading verb, no trailing participle."""
    while words and (words[0] in _LEADING_VERBS or _verb_form(words[0])):
        words = words[1:]
    while len(words) > 1 and _verb_form(words[-1]):
        words = words[:-1]
    if words:
        out.append(" ".join(words[-3:]))


def _verb_form(word: str) -> bool:
    """A participle or past form: "announced", "growing" (not "red", "king")."""
    return len(word) >= 6 and word.endswith(("ed", "ing"))


@dataclass(frozen=True)
class SentenceTopics:
    """The names of one sentence and its key phrases (with their shorter parts)."""

    names: tuple[str, ...]
    phrases: tuple[str, ...]


def sentence_topics(text: str) -> SentenceTopics:
    """Names and key phrases of one sentence; sub-phrases of long phrases count too."""
    phrases: list[str] = []
    for p in phrases_in(text):
        phrases.append(p)
        parts = p.split()
        for n in range(len(parts) - 1, 0, -1):
            for i in range(len(parts) - n + 1):
                phrases.append(" ".join(parts[i : i + n]))
    return SentenceTopics(names=tuple(names_in(text)), phrases=tuple(phrases))


def topic_words(sentences: Iterable[SentenceTopics]) -> TopicWords:
    """Count the names and phrases of a passage."""
    names: Counter[str] = Counter()
    phrases: Counter[str] = Counter()
    for s in sentences:
        names.update(s.names)
        phrases.update(s.phrases)
    runs: Counter[str] = Counter()
    for name, count in names.items():
        words = name.split()
        inner = {
            " ".join(words[i : i + n])
            for n in range(1, min(4, len(words)) + 1)
            for i in range(len(words) - n + 1)
        }
        for run in inner:
            runs[run] += count
    return TopicWords(names=names, phrases=phrases, runs=runs)


@lru_cache(maxsize=16384)
def _key(phrase: str) -> tuple[str, ...]:
    """The stems of a phrase's words (every section's title compares the same phrases)."""
    return tuple(stem(w.lower()) for w in phrase.split())


def title(
    section: Sequence[SentenceTopics],
    document: TopicWords,
    *,
    generic: frozenset[str] = frozenset(),
    fallback: str = "Briefing",
) -> str:
    """A short title for a section: its most specific name, then a key phrase.

    Specific means frequent in the section and rare in the rest of the document: a name
    every section mentions ("NATO", the press secretary) says nothing about this one.
    `generic` holds lower-cased words that never make a title on their own (speakers, and
    people only addressed by name: "Thanks, Jen").
    """
    words = topic_words(section)

    def share(count: int, total: int) -> float:
        return count / max(total, count, 1)

    def usable(name: str) -> bool:
        parts = name.split()
        return (
            len(parts) <= 4
            and len(name) <= 40
            and not all(w.lower() in generic for w in parts)
            and name.lower() not in generic
            and not _PROCEDURAL.match(name)
        )

    # A name counts its own mentions and those inside longer names ("Kosovo" in "Kosovo
    # Force"), so the core name wins over one long, once-used title.
    names = [n for n in words.names if usable(n)]
    scored_names: list[tuple[float, str]] = []
    for name in names:
        count, total = words.runs[name], document.runs[name]
        length = len(name.split())
        scored_names.append((count * share(count, total) * (1.0 + 0.1 * (length - 1)), name))
    scored_names.sort(key=lambda t: (-t[0], len(t[1])))
    best_name = scored_names[0][1] if scored_names else ""
    best_name_score = scored_names[0][0] if scored_names else 0.0

    best_phrase = ""
    best_phrase_score = 0.0
    name_stems = set(_key(best_name)) if best_name else set()
    for phrase, count in words.phrases.most_common(80):
        parts = phrase.split()
        if any(p in generic for p in parts) or set(_key(phrase)) <= name_stems:
            continue
        if len(parts) == 1 and (count < 2 or not _lone_topic(phrase)):
            continue  # a lone word must recur, and be a noun rather than a verb or adverb
        s = count * share(count, document.phrases[phrase]) * _phrase_weight(parts)
        s *= 1.0 + 0.5 * (len(parts) - 1)
        if s > best_phrase_score:
            best_phrase, best_phrase_score = phrase, s
    if best_name and best_phrase and best_phrase_score >= 0.5 * best_name_score:
        return f"{best_name}: {best_phrase}"
    if len(scored_names) > 1 and scored_names[1][0] >= 0.6 * best_name_score:
        second = scored_names[1][1]
        if second.lower() not in best_name.lower() and best_name.lower() not in second.lower():
            return f"{best_name} and {second}"
    if best_name:
        return best_name
    if best_phrase:
        return best_phrase[:1].upper() + best_phrase[1:]
    return fallback


# Names of procedure, not topics: "Standing Order 108", "Item 3", "Rule 17".
_PROCEDURAL = re.compile(r"(?:Standing Orders?|Rules?|Items?|Clause|Paragraph)\b")

_INFLECTED = re.compile(r"(?:ed|ing|ly|er|est)$")
# Lone words that are no topic, besides the weak words of any phrase (_WEAK): amounts,
# adjectives, and verbs and past forms that recur in talk.
_NOT_TOPICS = frozenset(
    """
    million billion trillion thousand hundred percent cents dollars natural important big
    small clear whole full different possible likely early late high low long short strong
    major open free hard easy true certain final general knew took gave came went told
    thought began saw held met sent spent left brought fell rose stood won lost became kept
    felt live side half shut fall start share remain remains means participate recognize
    approach increase continue include ensure allow provide happen happens seem seems keep
    come go take give leave confirm watch proud personal
    """.split()
)


def _lone_topic(word: str) -> bool:
    """Whether one word can stand as a section's topic: not an amount, adjective or verb
    (many verbs are nouns too, "debate", "vote": only those rarely a topic are refused)."""
    return not (_INFLECTED.search(word) or word in _NOT_TOPICS or word in _WEAK)


# Words that carry little on their own in a title: reporting verbs and fillers.
_WEAK = frozenset(
    """
    said says say saying think know just really going want like get got make made way
    lot thing things look looking talk talked talking ask asked asking question questions
    answer point time right sure good great also well people today year years week weeks
    day days able mean need needs new one two first last next thank thanks real quick
    quickly
    """.split()
)


def _phrase_weight(parts: Sequence[str]) -> float:
    """Phrases of weak words score low; longer phrases of strong words score high."""
    strong = [p for p in parts if p not in _WEAK]
    if not strong:
        return 0.0
    return (len(strong) / len(parts)) * (1.0 + 0.15 * math.log(1 + len(parts)))
