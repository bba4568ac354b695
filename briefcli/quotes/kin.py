"""Speakers named by kinship or honorific: 'his wife, Lorraine', 'his son said', 'Dr. Oyelowo'."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from briefcli.lexicon.people import (
    KIN_WORDS,
    WRITTEN_TITLES,
)
from briefcli.lexicon.speech import KIN_ORDER_WORDS, MORE_KIN_WORDS
from briefcli.model import Sentence
from briefcli.people import People, Person
from briefcli.people.names import UPPER, surname
from briefcli.quotes.paragraphs import plain_text
from briefcli.quotes.pronouns import (
    NEWCOMER_WINDOW,
    gender_of,
    is_pronoun,
    last_named,
    mention_index,
)

# Every kin word, the close family's and the rest, the longest first.
FAMILY_WORDS: dict[str, str | None] = {**MORE_KIN_WORDS, **KIN_WORDS}
FAMILY_ALTERNATIVES = "|".join(sorted(FAMILY_WORDS, key=len, reverse=True))

_KIN = re.compile(
    rf"\b(?:(?P<owner>[{UPPER}][\w'’\-]+)(?:['’]s|(?<=s)['’])|(?P<poss>[Hh]is|[Hh]er|[Tt]heir))\s+"
    # "her elder daughter, Elena Marchetti-Ward": an order word before the kin word
    rf"(?:(?:{'|'.join(KIN_ORDER_WORDS)})\s+)?"
    rf"(?P<kin>{FAMILY_ALTERNATIVES})\b"
    # "father and longtime coach, Tomasz Kowalczyk": a role beside the kin word
    r"(?:\s+and\s+(?:[a-z\-]+\s+){0,3}?[a-z\-]+(?=,))?"
    rf"(?:,\s+(?:(?:{'|'.join(sorted(WRITTEN_TITLES, key=len, reverse=True))})\.?\s+)?"
    rf"(?P<name>[{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+)?)(?=[,.;]))?"
)


_KIN_LOOKBACK = 8  # sentences, for the name of a kin noun used again ("His wife")


def kin_before(
    people: People, gender: str, opening: tuple[int, int], sentences: Sequence[Sentence]
) -> Person | None:
    """Who "she" is when the text just referred to her by kin: "Sopel's wife, Lorraine,
    … '…,' she says" (Lorraine Sopel), "His wife held his arm. '…,' she said" (the wife
    named before, or the other person of his surname), unless someone of her gender is
    named after that."""
    sentence, offset = opening
    kin: re.Match[str] | None = None
    where = (0, 0)
    for sid in (sentence - 1, sentence):
        if not 0 <= sid < len(sentences):
            continue
        text = plain_text(sentences[sid].text)
        for m in _KIN.finditer(text[:offset] if sid == sentence else text):
            if FAMILY_WORDS[m.group("kin")] != gender:
                continue
            if kin is not None and where[0] == sid and kin.group("name") and not m.group("name"):
                # "His son, Marc, said his father never talked about it": the son speaks;
                # the unnamed kin word after him is talked about.
                continue
            kin, where = m, (sid, m.end())
    if kin is None:
        return None
    keys, _ = mention_index(people)
    hi = bisect_left(keys, (sentence, offset))
    for mention in people.mentions[max(bisect_left(keys, where), hi - NEWCOMER_WINDOW) : hi]:
        if is_pronoun(sentences, mention):
            continue  # the people stage's reading of a pronoun is no naming
        if gender_of(people, mention.person, sentences) == gender:
            return None  # someone of her gender named since
    name = kin.group("name")
    if name is None:
        # "His wife": named so before ("with his wife, Winnie"), else his namesake.
        for sid in range(where[0] - 1, max(-1, where[0] - _KIN_LOOKBACK), -1):
            text = plain_text(sentences[sid].text) if 0 <= sid < len(sentences) else ""
            named = [
                m
                for m in _KIN.finditer(text)
                if m.group("kin") == kin.group("kin") and m.group("name")
            ]
            if named:
                kin = named[-1]
                name = kin.group("name")
                break
    if name is not None and " " in name:
        return people.person(name) or Person(name)
    owner: Person | None
    if kin.group("owner"):
        owner = people.resolve(kin.group("owner"), where[0], kin.start())
    else:
        # "his wife": the person last named before it (not who the people stage took
        # "he" to be), else the pronoun's reading.
        owner = last_named(people, sentences, (where[0], kin.start())) or people.resolve(
            _POSSESSIVE_PRONOUN[kin.group("poss").lower()], where[0], kin.start()
        )
    if name is None:
        return people.resolve(
            f"{kin.group('poss') or 'his'} {kin.group('kin')}", where[0], kin.start()
        )
    if owner is None and not kin.group("owner"):
        return None
    # "Sopel's wife, Lorraine": Lorraine Sopel, even if the text never named Sopel in full.
    family = surname(owner.name) if owner is not None else kin.group("owner")
    full = f"{name} {family}"
    return people.person(full) or Person(full)


_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}


KIN_SPEAKER = re.compile(rf"(?:[Hh]is|[Hh]er|[Tt]heir)\s+({FAMILY_ALTERNATIVES})")


_KIN_SPEAKER_LOOKBACK = 16  # sentences: an obituary names the son early, quotes him late


def _kin_back(sentences: Sequence[Sentence], sentence: int) -> Iterator[list[re.Match[str]]]:
    """The kin phrases of each sentence from `sentence` back, the latest first."""
    for sid in range(sentence, max(-1, sentence - _KIN_SPEAKER_LOOKBACK), -1):
        if 0 <= sid < len(sentences):
            yield list(_KIN.finditer(plain_text(sentences[sid].text)))


def named_kin(
    kin: str, sentences: Sequence[Sentence], sentence: int, people: People
) -> Person | None:
    """The person the text last introduced in full by this kin word ("His son, Brian
    McCandless, said …"), reading back from `sentence`."""
    for found in _kin_back(sentences, sentence):
        named = [
            m.group("name")
            for m in found
            if m.group("kin").lower() == kin and m.group("name") and " " in m.group("name")
        ]
        if named:
            return people.person(named[-1]) or Person(named[-1])
    return None


def kin_of_surname(
    surname: str, sentences: Sequence[Sentence], sentence: int, people: People
) -> Person | None:
    """The relative the text introduced by a given name alone after that surname's owner
    ("Strand's mother, Ruth, still lives on the farm"): Ruth Strand, for "the elder Strand"."""
    for found in _kin_back(sentences, sentence):
        named = [
            m.group("name")
            for m in found
            if m.group("owner") == surname and m.group("name") and " " not in m.group("name")
        ]
        if named:
            full = f"{named[-1]} {surname}"
            return people.person(full) or Person(full)
    return None


# "Dr. Oyelowo", "Prof Laszlo": an honorific that is no gender, before a bare surname.
_SCHOLARLY = re.compile(r"(Dr|Prof|Professor)\.?\s+(\S+)$")


def by_honorific(
    written: str, sentences: Sequence[Sentence], sentence: int, people: People
) -> Person | None:
    """Of several people of one surname, the one the text named in full with the same
    honorific ("Dr. Ruth Oyelowo" for "Dr. Oyelowo", not her father Adebayo Oyelowo)."""
    m = _SCHOLARLY.search(written.strip())
    if m is None:
        return None
    hon, family = m.group(1), m.group(2)
    full = re.compile(rf"\b{hon}\.?\s+((?:[{UPPER}][\w'’\-]+\.?\s+){{1,3}}){re.escape(family)}\b")
    names = {
        f"{found.group(1).strip()} {family}"
        for sid in range(0, min(sentence + 1, len(sentences)))
        for found in full.finditer(plain_text(sentences[sid].text))
    }
    if len(names) != 1:
        return None
    name = names.pop()
    return people.person(name) or Person(name)
