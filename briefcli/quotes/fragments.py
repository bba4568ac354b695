"""Quoted fragments inside reported speech: whether a phrase is speech, and whose."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from briefcli.lexicon.speech import (
    FRAGMENT_VERBS,
    TERM_MARKERS,
)
from briefcli.model import Sentence
from briefcli.people import People, Person
from briefcli.people.names import find_names, is_role_word
from briefcli.quotes.found import Found
from briefcli.quotes.paragraphs import Paragraph, Speakers, plain_text
from briefcli.quotes.reporting import (
    GROUP_SUBJECT,
    PARTICIPLES,
    SUBJECT_CHARS,
    VERBS,
)
from briefcli.quotes.spans import SENTENCE_END, Segment
from briefcli.quotes.speaker import resolve_speaker

# '…, saying:', '…, and added later,', 'before adding:' right before a quote.
PARTICIPLE_BEFORE = re.compile(
    rf"(?:,|\b(?:and|before|while|after))\s+(?:then\s+|later\s+|also\s+)?(?:{PARTICIPLES})"
    r"(?:\s+(?:later|also|that|then))?\s*[:,]?\s*$"
)


# A participle or describing verb that governs a quoted phrase after it in the sentence.
_GOVERNING = re.compile(
    rf"\b(?:{PARTICIPLES}|{'|'.join(sorted(FRAGMENT_VERBS, key=len, reverse=True))})\b"
)


# Words a governing verb may stand from its quoted phrase ('saying the plan should "…"').
_GOVERNED_WORDS = 14


_PRONOUN_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but|where|as|when)\s+)(he|she|they|it|He|She|They|It)\b"
)


_PRONOUN_BEFORE_VERB = re.compile(r"\b(he|she|they|He|She|They)\s+(?:also\s+|then\s+|later\s+)?$")


TERM_BEFORE = re.compile(
    rf"\b(?:{'|'.join(re.escape(t) for t in TERM_MARKERS)})\s*[:,]?\s*$", re.IGNORECASE
)


def governed(p: Paragraph, seg: Segment) -> bool:
    """A reporting participle or describing verb stands shortly before the quoted phrase,
    in its sentence: the phrase is someone's words, not a scare quote or a term."""
    start = max(p.sentence_start(seg.start), seg.start - _GOVERNED_WORDS * 16)
    head = p.masked[start : max(start, seg.start - 1)]
    verbs = list(_GOVERNING.finditer(head))
    return bool(verbs) and len(head[verbs[-1].end() :].split()) <= _GOVERNED_WORDS


def participle_subject(
    p: Paragraph,
    seg: Segment,
    people: People,
    last: Found | None,
    sentences: Sequence[Sentence],
) -> tuple[Person | None, str] | None:
    """Who a participle's words belong to: the speaker just attributed in the sentence,
    else the first person the sentence names before the quote, a pronoun subject, or a
    group ("Several hundred protesters … chanted")."""
    sid, _ = p.locate(seg.start)
    if last is not None and last.speaker is not None and last.last_sentence == sid:
        return last.person, last.speaker
    start = p.sentence_start(seg.start)
    # The subject opens the sentence: its first words are read, however long it runs.
    head = p.masked[start : max(start, min(seg.start - 1, start + SUBJECT_CHARS))]
    governing = list(_GOVERNING.finditer(head))
    pronoun_before = (
        _PRONOUN_BEFORE_VERB.search(head, 0, governing[-1].start()) if governing else None
    )
    if pronoun_before is not None and pronoun_before.group(1).lower() != "they":
        # "… his opponent, Sen. Patricia Nwosu, whom he accused of wanting to "…"": the
        # pronoun is the governing verb's subject, not the first person named.
        # Read where the pronoun stands: "Dr. Marchbanks talked her way aboard by, as she
        # later put it, "…"" is Marchbanks, named before it in the sentence.
        at = p.locate(start + pronoun_before.start(1))[1]
        found = resolve_speaker(pronoun_before.group(1).lower(), sid, at, people, last, sentences)
        if found[1] is not None:
            return found[0], found[1]
    named = people.first_named(sid, p.locate(max(start, seg.start - 1))[1])
    if named is None:
        ahead = _named_ahead(head, sid, people, sentences)
        if ahead is not None:
            return ahead, ahead.name
    group = GROUP_SUBJECT.search(head)
    if group is not None and named is not None and group.start() < named.start:
        # "Thousands of supporters of Gov. Eric Halvorsen …, chanting": the group speaks.
        return None, group.group(1)
    if named is not None:
        return named.person, named.person.name
    full = [n for n in find_names(head) if n.full]
    if full:
        person = people.person(full[0].name) or Person(full[0].name, full[0].title)
        return person, person.name
    pronoun = _PRONOUN_SUBJECT.search(head)
    if pronoun is not None and pronoun.group(1).lower() != "they":
        found = resolve_speaker(pronoun.group(1).lower(), sid, 0, people, last, sentences)
        if found[1] is not None:
            return found[0], found[1]
    group = GROUP_SUBJECT.search(head)
    if group is not None:
        return None, group.group(1)
    role = _ROLE_OPENING.match(head)
    if role is not None and any(is_role_word(w) for w in role.group("who").split()):
        # "The Minister for Housing has rejected …, telling the Dáil it would "…"": the
        # role that opens the sentence (named, in a lede, as the next paragraph opens).
        return None, role.group("who")
    return None


# A sentence opening with an unnamed holder of a role: "A Cole County judge on Friday blocked".
# (After a dateline: "JEFFERSON CITY, Mo. — A Cole County judge".)
_INDEFINITE_ROLE = re.compile(
    r"^(?:[A-Z][A-Z .,'’\-]*(?:[A-Z][a-z]{1,4}\.\s*)?(?:\([^()]{1,30}\)\s*)?[—–-]\s+)?"
    r"(?:An?|One)\s+(?P<words>(?:[\w'’.\-]+\s+){0,3}[\w'’.\-]+)"
)
_AHEAD = 2  # sentences


def _named_ahead(
    head: str, sentence: int, people: People, sentences: Sequence[Sentence]
) -> Person | None:
    """The person the next sentences name with the role an unnamed subject has ("A Cole
    County judge … blocked a rule, calling it "…". In a ruling, Circuit Judge Colton
    Weatherby wrote …"): a lede's subject, named as the story goes on."""
    m = _INDEFINITE_ROLE.match(head)
    roles = [w for w in m.group("words").split() if is_role_word(w)] if m is not None else []
    if not roles:
        return None
    for sid in range(sentence + 1, min(len(sentences), sentence + 1 + _AHEAD)):
        for n in find_names(plain_text(sentences[sid].text)):
            if n.full and roles[0] in (n.title or "").lower().split():
                return people.person(n.name) or Person(n.name, n.title)
    return None


# A sentence opening with a role as its subject: "The Minister for Housing has rejected",
# "Whanganui's mayor has defended" (a place's or body's role, round 9 of issue 13).
_ROLE_OPENING = re.compile(
    r"^(?:[Tt]he|[A-Z][\w\-]+['’]s)\s+(?P<who>[^,\"“”]{3,60}?)\s+(?:has\s+|had\s+)?[a-z]+ed\b"
)


def is_fragment(before: str, inner: str, after: str, text: str, seg: Segment) -> bool:
    """A quoted phrase inside a sentence ('in a "very dilapidated condition"'), not a
    quoted sentence."""
    head = before.rstrip(" *")
    starts_sentence = (
        not head
        or head.endswith((":", ",", "—", "–", "-"))
        or bool(SENTENCE_END.search(head))
        or bool(re.search(rf"\b(?:{VERBS})$", head))
    )
    if not starts_sentence:
        return True
    if not inner[:1].isupper() and not inner[:1].isdigit() and not inner.startswith("…"):
        return True
    words = inner.split()
    return len(words) <= 3 and not SENTENCE_END.search(inner)


def fragment_speaker(p: Paragraph, seg: Segment) -> tuple[str, int, bool] | None:
    """Who the sentence around a quoted fragment says said it: 'He said that the DUP
    leader was a "very dynamic, extraordinary figure"', 'This, Ms Diemont warns, is "scary"'.
    The flag is True for verbs that only describe ("called it", "described it as"): those
    attribute only to a person the text names, else the marks are scare quotes."""
    start = p.sentence_start(seg.start)
    speakers = p.speakers.get(start)
    if speakers is None or speakers.end < seg.start:
        # Read up to the end of the sentence (the next one's start), not of the paragraph.
        sid, inside = p.locate(seg.start)
        k = bisect_right(p.starts, p.origin[min(seg.start, len(p.origin) - 1)] - inside)
        end = bisect_left(p.origin, p.starts[k]) if k < len(p.starts) else len(p.plain)
        speakers = p.speakers[start] = Speakers(p.masked, start, max(end, seg.start))
    return speakers.latest_before(seg.start)


# "But according to a spokesperson for the ministry, the province "…"": a fronted source.
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+(?P<who>[^,\"“”]{3,80}?),\s+")


def according_to(p: Paragraph, seg: Segment) -> tuple[str, int, bool] | None:
    """The source a fronted "according to X," gives the fragment quoted after it, in its
    sentence (where no reporting verb names a speaker)."""
    start = p.sentence_start(seg.start)
    found = list(_ACCORDING_BEFORE.finditer(p.masked, start, max(start, seg.start - 1)))
    if not found:
        return None
    m = found[-1]
    return m.group("who"), m.start("who"), False


def is_title(inner: str) -> bool:
    """A quoted name or title ("Free Mojtaba and Arash Day", "Fort Benning")."""
    words = re.findall(r"[\w'’\-]+", inner)
    small = {"of", "and", "the", "a", "an", "in", "on", "for", "to", "at", "by", "with", "or"}
    content = [w for w in words if w.lower() not in small]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)
