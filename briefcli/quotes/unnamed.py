"""Unnamed speakers: a spokesperson's body, "One" or "Another", "the official" as introduced."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefcli.lexicon.people import ORGANISATION_HEADS
from briefcli.lexicon.speech import (
    OFFICE_NOUNS,
    ORGANISATION_NOUNS,
    SPOKESPERSON_NOUNS,
    UNNAMED_DETERMINERS,
)
from briefcli.model import Sentence
from briefcli.people import People
from briefcli.people.names import UPPER
from briefcli.quotes.organisations import named_organisation, organisation_before
from briefcli.quotes.paragraphs import plain_text

_SPOKES = "|".join(SPOKESPERSON_NOUNS)
# "A Department of Health and Social Care spokesperson", "a spokesman for the Department".
_BODY_SPOKESPERSON = re.compile(
    rf"^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?P<before>[{UPPER}][^,]*?)\s+)?(?:{_SPOKES})"
    rf"(?:\s+(?:for|of|at)\s+(?:the\s+)?(?P<after>[{UPPER}][^,]*?))?\s*,?$"
)
_NOUN_SPOKESPERSON = re.compile(
    rf"^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:{_SPOKES})\s+(?:for|of|at)\s+the\s+"
    rf"(?P<noun>{'|'.join(sorted(ORGANISATION_NOUNS, key=len, reverse=True))})\s*,?$"
)
_SPOKES_FOR = re.compile(
    rf"\b(?:{_SPOKES})\s+(?:for|of|at)\s+(?:the\s+)?(?P<after>[{UPPER}][\w'’&\-]*"
    rf"(?:\s+(?:of|for|and|&|[{UPPER}][\w'’&\-]*))*)"
)


def speaking_for(
    who: str, sentences: Sequence[Sentence], sentence: int, position: int, people: People
) -> str | None:
    """The body a spokesperson speaks for, when it is one by its name ("Department …",
    "… Ministry"): named with the spokesperson, else in the sentence that introduced them,
    else the body that was a sentence's subject just before ("The Department of Health said
    …. '…,' a spokesperson said")."""
    by_noun = _NOUN_SPOKESPERSON.match(who.strip())
    if by_noun is not None:
        # "a spokesperson for the group": the group the text named ("Rail Delivery Group").
        noun = by_noun.group("noun").lower()
        return named_organisation(noun, sentences, sentence, position) or organisation_before(
            sentences, sentence, position, people
        )
    m = _BODY_SPOKESPERSON.match(who.strip())
    if m is None:
        return None
    named = m.group("before") or m.group("after")
    if named is None:
        for sid in (sentence, sentence - 1):
            if 0 <= sid < len(sentences):
                text = plain_text(sentences[sid].text)
                found = _SPOKES_FOR.search(text[:position] if sid == sentence else text)
                if found is not None:
                    named = found.group("after")
                    break
    if named is None:
        named = organisation_before(sentences, sentence, position, people)
    if named is None or not any(w in ORGANISATION_HEADS for w in named.split()):
        return None
    return named.strip(" ,.")


# A full name closing the words: "One, from his mother, Diane Hollister".
_NAMED_LAST = re.compile(r",\s+(?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w'’\-]+,?\s*$")
# "One" or "Another" as the speaker, and what the text says of them after a comma.
_ONE_OF = re.compile(r"^(?:One|Another|one|another)(?:\s*,\s*(?P<rest>.*))?$")
_APPOSITIVE_END = re.compile(r",|\s+(?:with|who|whose|which|at|from|in|on)\s+")
_RELATIVE_START = re.compile(r"(?:who|whose|which|that)\b")
# A plural noun opening the sentence before: "Paramedics described long waits …".
_PLURAL_SUBJECT = re.compile(r"^(?:[A-Z][a-z]+\s+)?(?P<noun>[A-Za-z][a-z]{2,}s)\b")


def _group_member(sentences: Sequence[Sentence], sentence: int) -> str | None:
    """One of the group the sentence before opens with: "a paramedic" after "Paramedics
    described …" (its plural noun made singular)."""
    if not 1 <= sentence <= len(sentences):
        return None
    m = _PLURAL_SUBJECT.match(plain_text(sentences[sentence - 1].text))
    if m is None:
        return None
    noun = m.group("noun").lower()
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
    return f"a {singular}"


_INTRODUCED_LOOKBACK = 8  # sentences


def introduced_as(
    noun: str, sentences: Sequence[Sentence], sentence: int, position: int
) -> str | None:
    """How the text introduced the unnamed person "the <noun>" refers to: "senior Liberal
    official" for "the official" after "a senior Liberal official, who …"."""
    pattern = re.compile(
        rf"\b(?:[Aa]n?|[Oo]ne)\s+((?:(?!(?:of|for|and|or|the|to|in|at|on|with|from|by)\b)"
        rf"[\w\-]+\s+){{1,3}}{re.escape(noun)})\b"
    )
    for sid in range(sentence, max(-1, sentence - _INTRODUCED_LOOKBACK), -1):
        if not 0 <= sid < len(sentences):
            continue
        text = plain_text(sentences[sid].text)
        found = list(pattern.finditer(text[:position] if sid == sentence else text))
        if found:
            return found[-1].group(1)
    return None


# Someone's office or campaign, by its holder's description: "the secretary of state's office".
_OFFICE_OF = re.compile(
    rf"(?:[Tt]he\s+)?([a-z][\w\s\-]{{2,40}}['’]s\s+(?:{'|'.join(OFFICE_NOUNS)}))"
)


def office_of(who: str) -> str | None:
    """Someone's office speaking: "The secretary of state's office, which opposed the
    rule," is "secretary of state's office"."""
    m = _OFFICE_OF.fullmatch(who.strip(" ,"))
    return m.group(1) if m is not None else None


_DETERMINER = re.compile(rf"^(?:{'|'.join(UNNAMED_DETERMINERS)})\s+", re.IGNORECASE)


def one_of(who: str, sentences: Sequence[Sentence], sentence: int) -> str | None:
    """Who "One" or "Another" speaking is: what the text says of them ("Another, a staff
    nurse with six years' experience, said" is the staff nurse), else one of the group the
    sentence before opens with ("One, who asked not to be named, said" after "Paramedics
    described …" is a paramedic)."""
    member = _ONE_OF.match(who)
    if member is None:
        return None
    if _NAMED_LAST.search(who):
        return None  # "One, from Hollister's mother, Diane Hollister": named, not unnamed
    description = _DETERMINER.sub("", _APPOSITIVE_END.split(member.group("rest") or "")[0])
    if description and not _RELATIVE_START.match(description):
        return description.strip(" ,")
    return _group_member(sentences, sentence)
