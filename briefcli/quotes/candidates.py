"""A speaker model: every person named before an attribution, scored on how well they fit it."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefcli.lexicon.people import ROLE_WORDS
from briefcli.lexicon.speech import (
    CHARACTERISING_MODIFIERS,
    ORGANISATION_NOUNS,
    ROLE_KINDS,
    ROLE_WORD_FORMS,
    SPEAKING_GROUPS,
    SPOKESPERSON_NOUNS,
    STATEMENT_NOUNS,
    UNNAMED_DETERMINERS,
)
from briefcli.model import Sentence
from briefcli.people import People, Person
from briefcli.people.names import find_names
from briefcli.people.speaker import given_name_gender
from briefcli.quotes.paragraphs import plain_text
from briefcli.quotes.pronouns import gender_of, mention_index
from briefcli.quotes.reporting import VERBS

WINDOW = 25  # sentences read back for candidates
MAX_MENTIONS = 200  # mentions read back at most

# Weights of the model's cues (fitted by hand on the development articles of round 9 and
# checked against every set's development and frozen aggregates).
AGREEMENT = 2.5  # per description word the text also used of the person (two at most)
AGE_AGREES = 4.0
AGE_CONFLICTS = -4.0
ROLE_CONFLICTS = -1.5  # the description names a role, the person is known by another
GENDER_CONFLICTS = -6.0
PER_SENTENCE = -0.15  # recency: sentences since the person was last mentioned
PER_PARAGRAPH = -0.6  # and paragraphs
SALIENCE = 1.2  # times log(1 + mentions so far)
SUBJECT = 0.8  # mentioned as the one speaking or acting
NEW_IN_PARAGRAPH = 1.2  # first named in the point's own paragraph: the one it brings in
PARAGRAPHS_UNCONFIRMED = 2  # how far back a person may be named when nothing confirms them

_WORD = re.compile(r"[a-z][a-z\-]*")
_AGE = re.compile(r"\b(\d{1,3})-year-old\b")
_AGE_AFTER = re.compile(r"^,\s+(\d{1,3})\b")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w\-]*\s+){0,3}$")
_STOP = frozenset(UNNAMED_DETERMINERS) | frozenset(
    "its his her their of in for and at on to from with who whose year-old".split()
)


@dataclass(frozen=True)
class Cue:
    """What an attribution tells of its speaker: the description's words, an age, a gender."""

    words: tuple[str, ...] = ()
    age: str | None = None
    gender: str | None = None
    plural: bool = False
    variation: bool = False  # a form that only ever names someone named ("the Liberal MP")

    @property
    def characterising(self) -> bool:
        """Newsroom variation for someone named ("the 64-year-old senator", "the former
        schoolteacher"), not a new person."""
        return (
            self.variation
            or self.age is not None
            or any(
                w in CHARACTERISING_MODIFIERS or w.endswith(("-term", "-born")) for w in self.words
            )
        )


def cue_of(description: str, gender: str | None = None, *, variation: bool = False) -> Cue:
    """The cue of a description ("the 64-year-old senator"); `variation` for a form that
    characterises someone named ("the Nickel Belt MPP": a place or party and a role)."""
    lower = description.lower()
    age = _AGE.search(lower)
    raw = [w for w in _WORD.findall(_AGE.sub(" ", lower)) if w not in _STOP]
    words = tuple(_norm(w) for w in raw)
    plural = bool(raw) and raw[-1].endswith("s") and _norm(raw[-1]) != raw[-1]
    return Cue(words, age.group(1) if age else None, gender, plural, variation)


@dataclass
class _Evidence:
    """What the text said of one person up to the point."""

    person: Person
    first: tuple[int, int] = (0, 0)
    last: tuple[int, int] = (0, 0)
    count: int = 0
    subject: bool = False
    words: set[str] = field(default_factory=set)
    ages: set[str] = field(default_factory=set)


def best_candidate(
    cue: Cue,
    people: People,
    sentences: Sequence[Sentence],
    point: tuple[int, int],
) -> Person | None:
    """The person the cue fits best among those named before `point` (sentence, offset):
    one the text described with the cue's words or age, else, for a characterising
    description, the one in focus nearby; None when nobody fits well enough."""
    if not cue.words and cue.age is None:
        return None
    if cue.words and (cue.words[-1] in _NOT_PEOPLE or cue.plural):
        return None  # "the police said", "the company said", "the judges wrote": no one person
    scored = score_candidates(cue, people, sentences, point)
    if not scored:
        return None
    score, confirmed, paragraphs, person = scored[0]
    if confirmed:
        return person
    if cue.characterising and paragraphs <= PARAGRAPHS_UNCONFIRMED and score > -3:
        return person
    return None


def score_candidates(
    cue: Cue,
    people: People,
    sentences: Sequence[Sentence],
    point: tuple[int, int],
) -> list[tuple[float, bool, int, Person]]:
    """Every candidate's score, best first: (score, confirmed by the description's words or
    age, paragraphs back, person)."""
    evidence = _evidence(people, sentences, point)
    here = _paragraph(sentences, point[0])
    out = []
    for e in evidence.values():
        agree = sum(1 for w in set(cue.words) if _fits(w, e.words))
        score = AGREEMENT * min(agree, 2)
        # (Confirmed by the description's head: "the Holland Republican" by "Republican",
        # not "the former council employee" by "council".)
        confirmed = bool(cue.words) and _fits(cue.words[-1], e.words)
        if cue.age is not None and e.ages:
            if cue.age in e.ages:
                score += AGE_AGREES
                confirmed = True
            else:
                score += AGE_CONFLICTS
        roles = {w for w in cue.words if w in _ROLES}
        if roles and not agree and e.words & _ROLES:
            score += ROLE_CONFLICTS
        if cue.gender is not None and gender_of(people, e.person, sentences) not in (
            None,
            cue.gender,
        ):
            score += GENDER_CONFLICTS
        paragraphs = max(0, here - _paragraph(sentences, e.last[0]))
        score += PER_SENTENCE * (point[0] - e.last[0]) + PER_PARAGRAPH * paragraphs
        score += SALIENCE * math.log1p(e.count) + (SUBJECT if e.subject else 0.0)
        if _paragraph(sentences, e.first[0]) == here and e.first[0] > point[0] - WINDOW:
            score += NEW_IN_PARAGRAPH
        out.append((score, confirmed, paragraphs, e.person))
    out.sort(key=lambda t: -t[0])
    return out


_NOT_PEOPLE = (
    frozenset(w.lower() for w in SPEAKING_GROUPS)
    | frozenset(ORGANISATION_NOUNS)
    | frozenset(STATEMENT_NOUNS)
    # (A spokesperson speaks for a body: `unnamed.speaking_for` finds which.)
    | frozenset(SPOKESPERSON_NOUNS)
)
_ROLES = frozenset(ROLE_WORDS) | frozenset(ROLE_WORD_FORMS.values()) | frozenset(ROLE_KINDS)


def _fits(word: str, known: set[str]) -> bool:
    if word in known:
        return True
    kinds = ROLE_KINDS.get(word)
    return kinds is not None and bool(kinds & known)


def _norm(word: str) -> str:
    word = ROLE_WORD_FORMS.get(word, word)
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return ROLE_WORD_FORMS.get(word, word)


def _paragraph(sentences: Sequence[Sentence], sid: int) -> int:
    return sentences[sid].paragraph if 0 <= sid < len(sentences) else 0


def _evidence(
    people: People, sentences: Sequence[Sentence], point: tuple[int, int]
) -> dict[str, _Evidence]:
    keys, _ = mention_index(people)
    hi = bisect_left(keys, point)
    lo = max(bisect_left(keys, (point[0] - WINDOW, 0)), hi - MAX_MENTIONS)
    found: dict[str, _Evidence] = {}
    for m in people.mentions[lo:hi]:
        e = found.setdefault(m.person.name, _Evidence(m.person, (m.sentence, m.start)))
        _observe(e, sentences, m.sentence, m.start, m.end, m.salient)
    # Everyone named in full whom the people stage does not know ("The NDP's health
    # critic, France Gervais-Lemay, said": a name it read as a place).
    known = {p.name for p in people.people}
    tails = {w for name in known for w in name.split()[1:]}
    for sid in range(max(0, point[0] - WINDOW), min(point[0] + 1, len(sentences))):
        text = _QUOTED.sub(lambda q: " " * len(q.group()), plain_text(sentences[sid].text))
        if sid == point[0]:
            text = text[: point[1]]
        for n in find_names(text):
            if not n.full or n.name in known or n.name.split()[-1] in tails:
                continue
            if n.title is None and n.gender is None and given_name_gender(n.name) is None:
                continue  # "Rapid Support Forces": nothing shows a person
            e = found.setdefault(n.name, _Evidence(Person(n.name, n.title), (sid, n.start)))
            said = _SAID_AFTER.match(text, n.end) is not None
            _observe(e, sentences, sid, n.start, n.end, said)
    return found


def _observe(
    e: _Evidence, sentences: Sequence[Sentence], sid: int, start: int, end: int, salient: bool
) -> None:
    """Add what a mention (sentence `sid`, characters `start`-`end`) says of a person."""
    e.last = (sid, start)
    e.count += 1
    e.subject = e.subject or salient
    if e.person.title:
        e.words.update(_norm(w) for w in _WORD.findall(e.person.title.lower()))
    if not 0 <= sid < len(sentences):
        return
    text = plain_text(sentences[sid].text)
    before = re.split(r"[,.;:\"“”]", text[:start])[-1]
    # (Not past a reporting verb: in "Labour TD Ged Nash said the Taoiseach was …", "TD" is
    # Nash's, not the Taoiseach's.)
    before = _VERB_SPLIT.split(before)[-1].lower()
    # ("The NDP's health critic, France Gervais-Lemay": the appositive before the name.)
    fronted = re.search(
        r"(?:^|[.;]\s+)(?:[Tt]he|[Aa]n?|[\w\-]+['’]s)\s+([^,.;\"“”]{2,60}),\s+$", text[:start]
    )
    if fronted is not None:
        before = f"{before} {fronted.group(1).lower()}"
    e.words.update(_norm(w) for w in _WORD.findall(before) if w not in _STOP)
    after = text[end:]
    appositive = re.match(r",\s+(?:an?|the)\s+([^,.;\"“”]{2,80})", after)
    if appositive is not None:
        e.words.update(
            _norm(w) for w in _WORD.findall(appositive.group(1).lower()) if w not in _STOP
        )
    age = _AGE_AFTER.match(after) or _AGE_BEFORE.search(text[:start].lower())
    if age is not None:
        e.ages.add(age.group(1))


_VERB_SPLIT = re.compile(rf"\b(?:{VERBS})\b")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|''.*?''|«[^»]*»")
_SAID_AFTER = re.compile(rf"(?:,[^,\"“”]{{1,80}},)?\s+(?:also\s+|later\s+)?(?:{VERBS})\b")


# The subject of the sentence before a pronoun's quote, when a description: "Asked what she
# would do next, the veteran lawmaker laughed."
_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|,\s+)[Tt]he\s+(?P<d>(?:\d{1,3}-year-old\s+)?(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)"
    r"\s+(?!of\b|for\b|and\b|who\b|whose\b|in\b|at\b|on\b)[a-z]+(?:ed|s)\b"
)


def described_subject(
    people: People, gender: str, opening: tuple[int, int], sentences: Sequence[Sentence]
) -> Person | None:
    """Who "he" or "she" is when the sentence before the quote has a characterising
    description as its subject ("the veteran lawmaker laughed"): the best candidate for it."""
    sentence = opening[0]
    if not 0 <= sentence < len(sentences):
        return None
    if not sentences[sentence].text[: opening[1]].strip(" \"“‘'«*"):
        sentence -= 1
    if sentence < 0:
        return None
    text = plain_text(sentences[sentence].text)
    if sentence == opening[0]:
        text = text[: opening[1]]
    matches = list(_DESCRIBED_SUBJECT.finditer(text))
    if not matches:
        return None
    cue = cue_of(matches[-1].group("d"), gender)
    if not cue.characterising:
        return None
    return best_candidate(cue, people, sentences, (sentence, matches[-1].start("d")))
