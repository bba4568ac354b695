"""Pronouns after a quote: the person of that gender newly introduced, or named in full before."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from briefcli.lexicon.people import (
    GENDERED_NOUNS,
    PRONOUN_GENDER,
    ROLE_WORDS,
    TITLE_MODIFIERS,
)
from briefcli.model import Sentence
from briefcli.people import People, Person
from briefcli.people.names import NameMention, find_names, is_role_word, surname
from briefcli.people.person import Mention
from briefcli.people.speaker import given_name_gender
from briefcli.quotes.cast import cast_gender
from briefcli.quotes.paragraphs import plain_text
from briefcli.quotes.reporting import GROUP_SUBJECT, REPORTING_WORD, SUBJECT_CHARS, VERBS

# A name this near a sentence's start is its subject, with a title or description before
# it ("Cochise Valley County Supervisor Ray Dunbar, who …, said"), when the people stage
# did not mark it as the one speaking.
_SUBJECT_REACH = 60


@lru_cache(maxsize=4)
def mention_index(people: People) -> tuple[list[tuple[int, int]], dict[str, tuple[int, int]]]:
    """The mentions' places (sentence, offset) in order, and where each person is first
    mentioned."""
    keys = [(m.sentence, m.start) for m in people.mentions]
    first: dict[str, tuple[int, int]] = {}
    for m, key in zip(people.mentions, keys, strict=True):
        first.setdefault(m.person.name, key)
    return keys, first


_GAP_WORD = re.compile(r"\b[a-z][\w'’\-]*")
_GAP_TITLE_WORDS = frozenset("of the and for".split())


def _first_in_sentence(people: People, k: int, sentences: Sequence[Sentence]) -> bool:
    """Whether mention `k` opens its sentence's subject: a name near the start after a
    person the text shows to be one (a gender told) and a verb is the object ("Duncan Fergus
    last night quit Blackmoor Rovers"), not after a title's words ("Rovers boss Terry
    McGuigan", "Local Indigenous ranger Jarrah Thompson")."""
    m = people.mentions[k]
    if k == 0 or people.mentions[k - 1].sentence != m.sentence:
        return True
    if not 0 <= m.sentence < len(sentences):
        return True
    before = people.mentions[k - 1]
    if gender_of(people, before.person, sentences) is None:
        return True
    gap = sentences[m.sentence].text[before.end : m.start]
    words = [
        w
        for w in _GAP_WORD.findall(gap)
        if w not in _GAP_TITLE_WORDS and not is_role_word(w) and w not in TITLE_MODIFIERS
    ]
    # (One unknown word may be a role the lexicon lacks, "Local Indigenous ranger …",
    # unless it reads as a verb: "Smith thanked Jones".)
    return not words or (
        len(words) == 1 and not REPORTING_WORD.fullmatch(words[0]) and not words[0].endswith("ed")
    )


def _reported(sentences: Sequence[Sentence], m: Mention) -> bool:
    """A reporting verb comes before the mention in its sentence: someone else's words
    name them ("Muñoz confirmed that striker Tyrese Oduya would miss …")."""
    if not 0 <= m.sentence < len(sentences):
        return False
    # (Read in lower case: "Asked by Whitlock whether …" opens with one.)
    return bool(REPORTING_WORD.search(sentences[m.sentence].text[: m.start].lower()))


# A lower-case word right before a name that makes it an object, not the sentence's
# subject: "who met with Bernard Doucet", "asked about Ms. Chen's concerns" (not
# "According to Nkweta-Salami, …", which brings in who speaks next).
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|about|(?<![Aa]ccording )to|by|for|against|from|of|met|after|and)\s+"
    r"(?:[A-Z][a-z]{0,3}\.?\s+)?$"  # (an honorific between: "about Ms. Chen")
)


def _object(sentences: Sequence[Sentence], m: Mention) -> bool:
    """The mention stands as an object in its sentence (after a preposition or verb), or
    inside quotation marks ('"Councillor Chen made a fair point," he said')."""
    if not 0 <= m.sentence < len(sentences):
        return False
    before = sentences[m.sentence].text[: m.start]
    if before.count('"') % 2 or before.count("“") > before.count("”"):
        return True
    return bool(_OBJECT_BEFORE.search(before[-20:]))


def is_pronoun(sentences: Sequence[Sentence], m: Mention) -> bool:
    """The mention is a pronoun ("she said") the people stage resolved to someone."""
    if not 0 <= m.sentence < len(sentences):
        return False
    return sentences[m.sentence].text[m.start : m.end].lower() in PRONOUN_GENDER


def gender_of(people: People, person: Person, sentences: Sequence[Sentence]) -> str | None:
    """The person's gender as the article tells it (see `cast`)."""
    return cast_gender(people, person, sentences)


NEWCOMER_WINDOW = 40  # mentions read back at most (a sentence naming thousands)


def newcomer_of(
    people: People, gender: str, opening: tuple[int, int], sentences: Sequence[Sentence]
) -> Person | None:
    """Who "he" or "she" after a quote is when the sentence before the quote introduces
    someone ("Their son, Eric Jorgensen, 29, said …" then '"…," he said'): the latest
    person of that gender (or of none told) first named there as the one speaking or
    acting (not "… and that goalkeeper Lukas Brandt would play"), unless someone else spoke
    or acted before them there ("Stoltenberg said Yoav Gallant briefed …": Stoltenberg)."""
    sentence, offset = opening
    keys, first = mention_index(people)
    hi = bisect_left(keys, (sentence, offset))
    before = bisect_left(keys, (sentence - 1, 0))
    if all(is_pronoun(sentences, m) for m in people.mentions[before:hi]):
        # "Dana Whitecloud said … She said … '…,' she said": past a sentence that only
        # goes on about her.
        before = bisect_left(keys, (sentence - 2, 0))
    lo = max(before, hi - NEWCOMER_WINDOW)
    pick: Person | None = None
    for k in range(lo, hi):
        m = people.mentions[k]
        if is_pronoun(sentences, m):
            continue
        subject = m.salient or (
            m.start <= _SUBJECT_REACH
            and _first_in_sentence(people, k, sentences)
            and not _reported(sentences, m)
        )
        if first.get(m.person.name) == (m.sentence, m.start) and subject:
            if gender_of(people, m.person, sentences) in (None, gender):
                pick = m.person
        elif m.salient and pick is None:
            return None  # someone already speaking or acting in the window comes first
    return pick


def namesake_of(
    people: People, gender: str, opening: tuple[int, int], sentences: Sequence[Sentence]
) -> Person | None:
    """Who "she" is when the last one named speaking before the quote shares a surname
    with someone of her gender: 'Gaudet said she had applied …' after Melissa and Kevin
    Gaudet are named is Melissa. Pronouns the people stage resolved are not namings."""
    sentence, offset = opening
    keys, _ = mention_index(people)
    hi = bisect_left(keys, (sentence, offset))
    lo = max(bisect_left(keys, (sentence - 1, 0)), hi - NEWCOMER_WINDOW)
    for m in reversed(people.mentions[lo:hi]):
        if not m.salient or not 0 <= m.sentence < len(sentences):
            continue
        if is_pronoun(sentences, m):
            continue
        if gender_of(people, m.person, sentences) in (None, gender):
            return None  # the one named fits the pronoun
        family = surname(m.person.name)
        kin = [
            p
            for p in people.people
            if p.name != m.person.name
            and surname(p.name) == family
            and gender_of(people, p, sentences) == gender
        ]
        return kin[0] if len(kin) == 1 else None
    return None


_NAMED_LOOKBACK = 6  # sentences


def named_in_full_before(
    gender: str, sentences: Sequence[Sentence], sentence: int, position: int
) -> Person | None:
    """The latest full name outside quotation marks in this sentence (before `position`)
    or the few before it, whose given name is not of the other gender."""
    for sid in range(sentence, max(-1, sentence - _NAMED_LOOKBACK), -1):
        if not 0 <= sid < len(sentences):
            continue
        for named in reversed(_full_names_outside_quotes(sentences[sid].text)):
            if sid == sentence and named.end > position:
                continue
            if given_name_gender(named.name) in (None, gender):
                return Person(named.name, named.title)
    return None


@lru_cache(maxsize=1024)
def _full_names_outside_quotes(text: str) -> list[NameMention]:
    """The full names a sentence gives outside its quotation marks (read once a sentence)."""
    plain = plain_text(text)
    outside = re.sub(r"“[^”]*”|\"[^\"]*\"", lambda m: " " * len(m.group()), plain)
    return [n for n in find_names(outside) if n.full]


def last_named(
    people: People, sentences: Sequence[Sentence], point: tuple[int, int]
) -> Person | None:
    """The person last named (not by a pronoun) before `point`, in its sentence or the one
    before."""
    keys, _ = mention_index(people)
    hi = bisect_left(keys, point)
    lo = max(bisect_left(keys, (point[0] - 1, 0)), hi - NEWCOMER_WINDOW)
    for m in reversed(people.mentions[lo:hi]):
        if not is_pronoun(sentences, m):
            return m.person
    return None


_GENDERED_DESCRIPTION = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?P<noun>{'|'.join(GENDERED_NOUNS)})\b"
)


# The name of the one a description describes, set off just after it (after what they are
# of or for): "A spokesman for the Home Ministry, Narayan Koirala,".
_NAMED_AFTER = re.compile(
    r"(?:\s+(?:for|of|at|with|from)\s+[^,\"“”]{1,60}?)?,\s+"
    r"(?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w'’\-]+(?:,|\s+(?:said|told|says)\b)"
)


def _texts_before(sentences: Sequence[Sentence], sentence: int, position: int) -> list[str]:
    """Where an unnamed speaker may be described: this sentence up to `position`, then the
    sentence before (plain text)."""
    out = []
    for sid in (sentence, sentence - 1):
        if 0 <= sid < len(sentences) and sentences[sid].id == sid:
            text = plain_text(sentences[sid].text)
            out.append(text[:position] if sid == sentence else text)
    return out


# An unnamed person opening a sentence as the subject of a reporting verb, with the pronoun
# that gives their gender just after it: "A cook at a downtown casino, who asked not to be
# named, said she planned to vote …".
_DESCRIBED_SPEAKER = re.compile(
    r"^(?:[A-Z][^,]{0,40},\s+)?(?:[Aa]n?|[Oo]ne)\s+(?!(?:of|the|those|these|them)\b)"
    r"(?P<noun>(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)"
    r"(?:\s+(?:at|of|for|from|in|with|on)\s+[^,\"“”]{1,50}?)?(?:,[^\"“”]{1,160}?,)?"
    rf"\s+(?:{VERBS})\s+(?:that\s+)?(?P<pronoun>he|she)\b"
)


# "who asked that only her first name, Linda, be used", "who gave only his first name, Tom".
_FIRST_NAME_ONLY = re.compile(
    r"\b(?:only|just)\s+(?:by\s+)?(?P<owner>his|her)\s+first\s+name,?\s+(?:as\s+)?"
    r"(?P<name>[A-Z][a-z]+)\b"
)
# "who gave his name only as Mourad", "who gave her first name only as Linda".
_NAME_ONLY_AS = re.compile(
    r"\b(?P<owner>his|her)\s+(?:first\s+)?name\s+(?:only|just)\s+as\s+(?P<name>[A-Z][a-z]+)\b"
)


def first_name_only(
    gender: str, sentences: Sequence[Sentence], sentence: int, position: int
) -> str | None:
    """The first name someone asked to be known by, in this sentence (before `position`)
    or the one before, when "his" or "her" there is the pronoun's gender."""
    for text in _texts_before(sentences, sentence, position):
        found = [
            m.group("name")
            for pattern in (_FIRST_NAME_ONLY, _NAME_ONLY_AS)
            for m in pattern.finditer(text)
            if PRONOUN_GENDER[m.group("owner")] == gender
        ]
        if found:
            return found[-1]
    return None


def gendered_description(
    gender: str, sentences: Sequence[Sentence], sentence: int, position: int
) -> str | None:
    """An unnamed person of `gender` in this sentence (before `position`) or the one before:
    who "she" is when no one named is ("A mother who escaped talked … '…,' she said"; "A
    cook …, said she planned to … '…,' she said")."""
    for text in _texts_before(sentences, sentence, position):
        found = [
            m.group("noun")
            for m in _GENDERED_DESCRIPTION.finditer(text[:SUBJECT_CHARS])
            if GENDERED_NOUNS[m.group("noun")] == gender
            # ("A spokesman for the Home Ministry, Narayan Koirala, said": named, not unnamed)
            and _NAMED_AFTER.match(text, m.end()) is None
        ]
        if found:
            return found[-1]
        described = _DESCRIBED_SPEAKER.match(text)
        if described is not None and PRONOUN_GENDER[described.group("pronoun")] == gender:
            if not find_names(text[: described.end()]):
                return described.group("noun")
    return None


def group_before(sentences: Sequence[Sentence], sentence: int, position: int) -> str | None:
    """The speaking group "they" refers to ("Several hundred protesters gathered …, where
    they chanted"): one named in this sentence before it, or in the one before."""
    for text in _texts_before(sentences, sentence, position):
        found = GROUP_SUBJECT.findall(text[:SUBJECT_CHARS])
        if found:
            return str(found[-1])
    return None


_FIT_SENTENCES = 3  # sentences read back for a better-fitting person than the pick


def best_fit(
    people: People,
    gender: str,
    pick: Person | None,
    point: tuple[int, int],
    sentences: Sequence[Sentence],
) -> Person | None:
    """Who "he" or "she" at `point` is, given the people stage's `pick`: the latest person
    named (not by a pronoun) as the one speaking or acting in this sentence or the two
    before whose gender the article shows to be the pronoun's, when the pick's gender is
    not shown to fit or the pick was named before them ("Vern Halkett said he stayed
    behind. '…,' he said" is Vern, not the man quoted before him)."""
    keys, _ = mention_index(people)
    hi = bisect_left(keys, point)
    lo = max(bisect_left(keys, (point[0] - _FIT_SENTENCES, 0)), hi - NEWCOMER_WINDOW)
    # The latest person shown to be of the pronoun's gender (one speaking or acting first),
    # and the latest whose gender nothing shows.
    salient: tuple[int, Person] | None = None
    passing: tuple[int, Person] | None = None
    untold: tuple[int, Person] | None = None
    picked_at = -1
    for k in range(hi - 1, lo - 1, -1):
        m = people.mentions[k]
        if is_pronoun(sentences, m):
            continue
        subject = (
            m.salient
            or (
                m.start <= _SUBJECT_REACH
                and _first_in_sentence(people, k, sentences)
                and not _reported(sentences, m)
            )
        ) and not _object(sentences, m)
        if pick is not None and m.person.name == pick.name:
            if subject:
                # (Named later only as an object, "X, who met with <pick>, said", the pick
                # does not outrank the subject.)
                picked_at = max(picked_at, k)
            continue
        told = gender_of(people, m.person, sentences)
        if told == gender and subject and salient is None:
            salient = (k, m.person)
        elif told == gender and passing is None:
            passing = (k, m.person)
        elif told is None and untold is None:
            untold = (k, m.person)
    picked = gender_of(people, pick, sentences) if pick is not None else None
    # A person named in passing is a better fit only than a pick not shown to fit
    # ("… hosted by Gordon Brown, he said" goes on with the minister speaking).
    candidate = salient or (passing if picked != gender else None)
    if candidate is None:
        # The pick is shown to be of the other gender: the latest person nothing tells of.
        if pick is not None and picked not in (None, gender) and untold is not None:
            return untold[1]
        return pick
    if picked == gender and picked_at > candidate[0]:
        return pick
    return candidate[1]


# A sentence that opens with one capitalised word and a reporting verb: "Muñoz confirmed …".
_WORD_SUBJECT = re.compile(rf"^\s*(?P<word>[A-Z][\w'’\-]+)\s+(?:also\s+|later\s+)?(?:{VERBS})\b")


def word_subject(
    people: People, gender: str, opening: tuple[int, int], sentences: Sequence[Sentence]
) -> Person | None:
    """Who "he" or "she" is when the sentence before the quote opens with a word of one
    person's name as the subject of a reporting verb, a word the people stage did not read
    as them ("Muñoz confirmed that …" after "Alejandro Muñoz Ferrer": a first surname; "Luc
    said …" after "Luc Arsenault": a given name)."""
    sentence = _sentence_before(opening, sentences)
    if sentence is None:
        return None
    m = _WORD_SUBJECT.match(plain_text(sentences[sentence].text))
    if m is None:
        return None
    keys, _ = mention_index(people)
    at = bisect_left(keys, (sentence, 0))
    if at < len(keys) and keys[at][0] == sentence and keys[at][1] <= m.end("word"):
        return None  # the people stage read the subject
    word = m.group("word")
    # A surname, a first surname, or a given name alone ("Luc said he was thinking …"
    # after "Luc Arsenault"): one person's either way.
    holders = [p for p in people.people if word in p.name.split()]
    if len(holders) != 1 or gender_of(people, holders[0], sentences) not in (None, gender):
        return None
    return holders[0]


# A sentence whose subject is a role: "The mayor was not convinced."
_ROLE_SUBJECT = re.compile(
    rf"^\s*[Tt]he\s+(?P<role>(?:[a-z][\w\-]*\s+){{0,2}}?(?:{'|'.join(sorted(ROLE_WORDS))}))"
    r"\s+(?!of\b|for\b|and\b|who\b|whose\b)[a-z]"
)


# A sentence that goes on about someone: "She said Henshaw had the authority …".
_GOING_ON = re.compile(r"^\s*(He|She)\s+[a-z]")


def role_subject(
    people: People, gender: str, opening: tuple[int, int], sentences: Sequence[Sentence]
) -> Person | None:
    """Who "he" or "she" is when the sentence before the quote has a role as its subject
    ("The mayor was not convinced. '…,' she said"): the person the text gave that role, when
    their gender may be the pronoun's."""
    found = subject_role(gender, opening, sentences)
    if found is None:
        return None
    role, sentence, end = found
    holder = people.resolve(f"the {role}", sentence, end)
    if holder is None or gender_of(people, holder, sentences) not in (None, gender):
        return None
    return holder


def subject_role(
    gender: str, opening: tuple[int, int], sentences: Sequence[Sentence]
) -> tuple[str, int, int] | None:
    """The role that is the subject of the sentence before the quote, that sentence and
    where the role ends: "The mayor was not convinced." Past a sentence that goes on with a
    pronoun of the quote's gender ("The prosecutor returned to the point. She said … '…,'
    she said")."""
    sentence = _sentence_before(opening, sentences)
    if sentence is None:
        return None
    text = plain_text(sentences[sentence].text)
    m = _ROLE_SUBJECT.match(text)
    going_on = _GOING_ON.match(text)
    if m is None and sentence > 0 and going_on is not None:
        if PRONOUN_GENDER[going_on.group(1).lower()] == gender:
            sentence -= 1
            m = _ROLE_SUBJECT.match(plain_text(sentences[sentence].text))
    if m is None:
        return None
    return m.group("role"), sentence, m.end("role")


def _sentence_before(opening: tuple[int, int], sentences: Sequence[Sentence]) -> int | None:
    """The sentence a quote's pronoun looks back to: the quote's own, or the one before
    when the quote opens its sentence."""
    sentence = opening[0]
    if not 0 <= sentence < len(sentences):
        return None
    if not sentences[sentence].text[: opening[1]].strip(" \"“‘'«*"):
        sentence -= 1
    return sentence if sentence >= 0 else None
