"""Organisations as speakers: the company, the ministry or the statement's issuer named before."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from briefcli.lexicon.speech import (
    IRREGULAR_PAST_VERBS,
    NAME_END_ABBREVIATIONS,
    ORGANISATION_KIND_HEADS,
    ORGANISATION_NOUNS,
    STATEMENT_NOUNS,
)
from briefcli.model import Sentence
from briefcli.people import People
from briefcli.people.names import find_names
from briefcli.quotes.paragraphs import plain_text

_ISSUED_IN = re.compile(
    r"(?:^|[.;,]\s+)(?P<who>(?:[Tt]he\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)\s+(?:also\s+)?"
    r"(?:said|announced|added|wrote|warned)\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+)?"
    rf"(?:{'|'.join(sorted(STATEMENT_NOUNS, key=len, reverse=True))})\b"
)


def issued_by(sentences: Sequence[Sentence], sentence: int, position: int) -> str | None:
    """Who the sentence before (or this one, before the quote) says issued a statement."""
    for sid in (sentence, sentence - 1):
        if not 0 <= sid < len(sentences):
            continue
        text = plain_text(sentences[sid].text)
        m = _ISSUED_IN.search(text[:position] if sid == sentence else text)
        if m is not None and m.group("who").lower() not in _PRONOUN_WORDS:
            return m.group("who")
    return None


_PRONOUN_WORDS = frozenset({"he", "she", "it", "they", "we", "i"})


ORGANISATION_PHRASES = frozenset(f"the {noun}" for noun in ORGANISATION_NOUNS)


_ORGANISATION_ALTERNATIVES = "|".join(sorted(ORGANISATION_NOUNS, key=len, reverse=True))


DESCRIBED_ORGANISATION = re.compile(
    rf"[Tt]he\s+(?:[\w\-'’]+\s+){{1,3}}({_ORGANISATION_ALTERNATIVES})"
)


# "Google said the feature…", "Microsoft has recalled…": an organisation as the subject.
_ORGANISATION_SUBJECT = re.compile(
    r"(?:^|[.;—–]\s+|,\s+|\b(?:statement|interview|release)\s+)(?:The\s+|the\s+)?"
    # "The supplier, Kai Collective Ltd, said": the noun may stand before the name's commas.
    rf"(?:(?:{'|'.join(ORGANISATION_NOUNS)}),?\s+)?(?P<org>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|of|"
    r"and|&|for)){0,5})"
    # "Skyward Jets, Cascadia's largest customer, said": an appositive before the verb.
    r"(?:,\s+(?:the\s+|a\s+|an\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){0,5},)?"
    r",?\s+(?:has\s+|had\s+|also\s+|have\s+)?(?:said|says|announced|added|is|"
    rf"was|will|reported|confirmed|plans|warned|{'|'.join(sorted(IRREGULAR_PAST_VERBS))}|"
    r"[a-z]{3,}ed)\b"
)


# How many sentences, this one included, a noun ("the center", "the label") reads back for
# the body it names.
_ORGANISATION_LOOKBACK = 12


def _texts_back(sentences: Sequence[Sentence], sentence: int, position: int) -> Iterator[str]:
    """The plain text of `sentence` up to `position`, then of each sentence before it, back
    to the lookback."""
    for sid in range(sentence, max(-1, sentence - _ORGANISATION_LOOKBACK), -1):
        if 0 <= sid < len(sentences):
            text = plain_text(sentences[sid].text)
            yield text[:position] if sid == sentence else text


def named_organisation(
    noun: str, sentences: Sequence[Sentence], sentence: int, position: int
) -> str | None:
    """The name the text gave with `noun` before: "magazine Mobile PC", "Sony's label"."""
    after, before = _organisation_patterns(noun)
    for text in _texts_back(sentences, sentence, position):
        # By where each name stands: the latest one named wins.
        placed = [(m.start("org"), m.group("org")) for m in after.finditer(text)]
        for m in before.finditer(text):
            if m.group("org")[:1].isupper():
                # "Ugandan Media Council": a capitalised noun is part of the name; so is a
                # lower-case word before it ("Valdoria's foreign ministry").
                noun_at = m.group().lower().rfind(noun)
                whole = m.group()[noun_at : noun_at + 1].isupper() or any(
                    w[:1].islower() for w in m.group("org").split()
                )
                named = m.group()[m.start("org") - m.start() :] if whole else m.group("org")
                start = m.start("org")
                longer = _NAME_START.search(text, 0, start)
                if longer is not None:
                    # "The Bangalore Water Supply and Sewerage Board", "The United Food and
                    # Commercial Workers union": the name's first words beyond the four the
                    # pattern reads.
                    named, start = text[longer.start() : start] + named, longer.start()
                placed.append((start, named))
        found = [
            f for _, f in sorted(placed) if f.split()[0] not in ("The", "A", "An", "This", "That")
        ]
        if found:
            return found[-1]
    return None


@lru_cache(maxsize=64)
def _organisation_patterns(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The organisation's name after the noun ("magazine Mobile PC") and before it."""
    name = r"[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,3}"
    # "magazine Mobile PC"; "Chile's environmental regulator, the SMA,": an appositive.
    after = re.compile(rf"\b{noun}(?:\s+|,\s+(?:the\s+)?(?=(?:{name}),))(?P<org>{name})")
    # "the Nova Scotia Health Authority": the article is no part of the name.
    # "… Association of B.C.": a capitalised "of" part ends the name.
    # (The name's capitals are capitals: "She left the company" names no company; an
    # owner's one lower-case word may come between: "Valdoria's foreign ministry".)
    before = re.compile(
        rf"(?:\bthe\s+)?(?P<org>(?-i:{name})(?:['’]s\s+(?-i:[a-z][\w\-]+))?)(?:['’]s)?"
        rf"\s+{noun}\b"
        # ("Ministry of the Environment": an article may open the "of" part.)
        r"(?-i:\s+of\s+(?:the\s+)?[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,2})?",
        re.IGNORECASE,
    )
    return after, before


def organisation_of_kind(
    noun: str, sentences: Sequence[Sentence], sentence: int, position: int
) -> str | None:
    """The latest body named in full whose name's last words fit `noun`: "the center" after
    "the National Hurricane Center", "the district" after "the Wake County Public School
    System" (the heads in `ORGANISATION_KIND_HEADS`), in this sentence or the 12 before."""
    pattern = _kind_pattern(noun)
    for text in _texts_back(sentences, sentence, position):
        found = [m.group("org") for m in pattern.finditer(text)]
        if found:
            return _DETERMINER_START.sub("", found[-1])
    return None


@lru_cache(maxsize=64)
def _kind_pattern(noun: str) -> re.Pattern[str]:
    # "sheriff's office" is the end of "Ada County Sheriff's Office".
    written = " ".join(
        w if w in ("of", "for", "and") else w[:1].upper() + w[1:] for w in noun.split()
    )
    heads = ORGANISATION_KIND_HEADS.get(noun, (written,))
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(
        r"(?<![\w'’])(?P<org>(?:[A-Z][\w&'’.\-]*\s+(?:(?:of|for|and|&)\s+)?){1,6}"
        rf"(?:{alternatives})(?:\s+\d+)?)(?![\w'’])"  # "… Guild Local 12"
    )


_DETERMINER_START = re.compile(r"^(?:(?:The|A|An|This|That|According|Said)\s+)+")


# Capitalised words (with "and", "of", "for" between) just before a name: its first words.
_NAME_START = re.compile(
    r"(?<![\w'’])(?:(?!(?:The|A|An|This|That)\s)[A-Z][\w&'’.\-]*\s+(?:(?:and|of|for|&)\s+)?)+$"
)


_IT_AFTER = re.compile(r"\s+(?:that\s+)?(?:it|its)\b")


def organisation_before(
    sentences: Sequence[Sentence],
    sentence: int,
    position: int,
    people: People | None = None,
    floor: int = 0,
) -> str | None:
    """The organisation "it" or "the company" refers to: the latest one that was the
    subject of a sentence, in this sentence or the three before (none before `floor`)."""
    for sid in range(sentence, max(floor - 1, sentence - 4, -1), -1):
        if not 0 <= sid < len(sentences):
            continue
        text = sentences[sid].text
        if sid == sentence:
            text = text[:position]
        plain = plain_text(text)
        found = [
            m.group("org")
            for m in _ORGANISATION_SUBJECT.finditer(plain)
            if m.group("org").split()[0]
            not in ("It", "He", "She", "They", "We", "I", "This", "That")
            # "Northgate Rail" looks like a name, but only a person the text shows to be
            # one ("Jane Doe said") is no organisation, unless "it" follows its verb
            # ("Skyward Jets … said it expected …").
            and (
                _IT_AFTER.match(plain, m.end())
                or not any(
                    n.full and (people is None or people.person(n.name) is not None)
                    for n in find_names(m.group("org"))
                )
            )
        ]
        if found:
            return found[-1].rstrip(".")
    return None


# "The council said …", "the ministry has said …": an organisation named by its noun alone
# as the subject of a sentence.
_NOUN_SUBJECT = re.compile(
    # ("The finance ministry said": a lower-case word may say which.)
    rf"(?:^|[.;]\s+)[Tt]he\s+(?P<kind>[a-z][\w\-]+\s+)?(?P<noun>{_ORGANISATION_ALTERNATIVES})"
    r"\s+(?:has\s+|had\s+|also\s+)?(?:said|says|announced|added|confirmed|warned)\b"
)


# "Valdoria's foreign ministry rejected the accusation": a body named by its owner and noun
# as the subject of a sentence.
_OWNED_SUBJECT = re.compile(
    r"(?:^|[.;]\s+)(?P<org>[A-Z][\w\-]+['’]s\s+(?:[a-z][\w\-]+\s+)?"
    rf"(?:{_ORGANISATION_ALTERNATIVES}))\s+(?:has\s+|had\s+|also\s+)?"
    r"(?:said|says|announced|added|confirmed|warned|[a-z]{3,}ed)\b"
)


def organisation_noun_before(
    sentences: Sequence[Sentence], sentence: int, position: int
) -> str | None:
    """The organisation "it" is when the sentence before (or this one) has one as its subject
    by its noun alone ("The council said in a statement …. '…,' it said"): the name the
    text gave with that noun, else the noun."""
    for sid in (sentence, sentence - 1):
        if not 0 <= sid < len(sentences):
            continue
        text = plain_text(sentences[sid].text)
        head = text[:position] if sid == sentence else text
        owned = list(_OWNED_SUBJECT.finditer(head))
        if owned:
            return owned[-1].group("org")  # "Valdoria's foreign ministry rejected …"
        found = list(_NOUN_SUBJECT.finditer(head))
        if found:
            noun = found[-1].group("noun")
            kind = found[-1].group("kind")
            named = named_organisation(noun, sentences, sid, found[-1].start("noun"))
            return named or (f"{kind}{noun}" if kind else noun)
    return None


# "The mine, operated by Minera Cordillera,", "homes run by Willow Creek Senior Living",
# "Willow Creek's chief executive": a body named as who runs something or whom a head leads.
_ORG_NAME = r"[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|of|and|&)){0,5}"
_RUN_BY = re.compile(
    rf"\b(?:operated|run|owned|managed|controlled|built)\s+by\s+(?:the\s+)?(?P<org>{_ORG_NAME})"
)
_HEADED = re.compile(
    rf"(?<![\w'’])(?P<org>{_ORG_NAME})['’]s\s+(?:chief\s+executive|chief\s+operating|ceo|"
    r"chairman|chairwoman|chair|founder|board|owner|owners)\b"
)


def operator_before(
    sentences: Sequence[Sentence], sentence: int, position: int, people: People | None = None
) -> str | None:
    """The body "the company" is when no sentence had it as subject: the latest one the text
    named as running something or as led by a head, in this sentence or the 12 before (not
    a person the text names)."""
    for text in _texts_back(sentences, sentence, position):
        found = [
            (m.start("org"), _DETERMINER_START.sub("", m.group("org")))
            for pattern in (_RUN_BY, _HEADED)
            for m in pattern.finditer(text)
        ]
        found = [(at, org) for at, org in found if org and not _names_person(org, people)]
        if found:
            return _without_full_stop(max(found)[1])
    return None


def _without_full_stop(name: str) -> str:
    """A name without the period that ends its sentence ("Norvell Packaging."), keeping an
    abbreviation's ("Acme Corp.")."""
    last = name.split()[-1]
    if re.fullmatch(r"[A-Z]?[a-z]+\.", last) and last not in NAME_END_ABBREVIATIONS:
        return name[:-1]
    return name


def _names_person(name: str, people: People | None) -> bool:
    """Whether `name` is a person's full name (one the text shows to be a person's)."""
    return any(
        n.full and (people is None or people.person(n.name) is not None) for n in find_names(name)
    )
