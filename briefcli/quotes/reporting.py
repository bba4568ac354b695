"""Reporting clauses: the patterns that find who a quote's attribution names, before or after it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefcli.lexicon.people import (
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_MODIFIERS,
)
from briefcli.lexicon.speech import (
    CROWD_QUANTITIES,
    QUOTE_NOUNS,
    REPORTING_PARTICIPLES,
    REPORTING_VERBS,
    SPEAKING_GROUPS,
    STATEMENT_NOUNS,
)
from briefcli.people.names import UPPER, find_names

VERBS = "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))


_ADVERBS = r"(?:(?:also|later|then|once|previously|recently|has|had|have|earlier)\s+)?"


# Who speaks: a pronoun, a role ("the secretary general", "a spokeswoman for Sony"), or
# a name with its title ("Lyric chairman David Johnston", "Ms Diemont").
_LOWER_TITLE = "|".join(sorted(ROLE_WORDS | TITLE_MODIFIERS, key=len, reverse=True))


_CAP = rf"[{UPPER}][\w'’.&\-]*"


# Unnamed groups that speak: '"…," officials said', 'analysts say'.
_GROUPS = "|".join(SPEAKING_GROUPS)


_WHO = (
    r"(?:he|she|they|we|I|it"
    rf"|(?:(?:{_LOWER_TITLE}|local|some|many|other|several)\s+){{0,2}}(?:{_GROUPS})"
    r"|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne|[Aa]nother)\s+[^\"“”.;:!?,]{1,80}?"
    # "Marsh's predecessor", "Acme's chief executive": someone described by a possessive.
    rf"|[{UPPER}][\w\-]+(?:\s+[{UPPER}][\w\-]+)?['’]s\s+[a-z][^\"“”.;:!?,]{{1,40}}?"
    rf"|(?:(?:{_LOWER_TITLE})(?:\s+and)?\s+)*(?:(?:van|von|de|der|den|da|du|al|bin|le|la)\s+)"
    rf"{{0,2}}{_CAP}(?:\s+(?:{_CAP}|of|for|and|&|de|da|van|von|den|der|al|la|le|du|del|dos|"
    rf"bin|the|(?:{_LOWER_TITLE})|(?:{_GROUPS})))*?"
    # "Waterstone's fiction writer buyer Suzie Doore": a description ending in a full name.
    r"|(?:(?!(?:who|whose|which|that|includ\w*|and|but|or|with|to|in|on|at|by|for|from|is|was|"
    r"are|were|has|have|had|while|whereas|when|after|before|although|as|so|then)\b)[\w'’&\-]+\s+){0,5}?"
    rf"[{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+){{1,2}})"
)


# "said his wife, Sheila": a name in apposition after the speaker's description.
_APPOSITIVE_NAME = (
    rf"(?P<appos>,\s+[{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+){{0,2}}(?=\s*[.;!?,]|\s*$))?"
)


# "Rod Eddington, BA's chief executive, said": an appositive between speaker and verb.
# "Kate Ober of the employers' group said": where the speaker is from, before the verb.
_OF = r"(?P<of>\s+(?:of|at|from|with)\s+[^\"“”,.;:!?()]{2,50}?)?"


# "Rep. Jane Doe (D-Ore.) said": a bracketed party and state, or any short bracket.
_MID = (
    r"(?P<mid>(?:\s*\([^()\"“”]{1,40}\)|\s+[—–]\s+[^\"“”—–]{2,80}?\s+[—–])?"
    r"(?:,\s+(?:(?:who|whose|which)\b[^\"“”]{2,120}?|[^,\"“”]{2,80}),){0,2})"
)


# The same in the sentence around a quoted fragment, where two appositives may stand in a
# row and share their comma: "X, asked whether …, estimated at …, said only that «…»" (not
# across a sentence's end, nor a clause closing on a conjunction: "her box, shook her head
# and, … told").
_MIDS = (
    # (or between dashes: "Aoife Ní Bhriain — whose party tabled the motion — said")
    r"(?P<mid>(?:\s*\([^()\"“”]{1,40}\)|\s+[—–]\s+[^\"“”—–]{2,80}?\s+[—–])?"
    r"(?:(?:,\s+(?:(?:who|whose|which)\b[^\"“”]{2,120}?|(?:(?![.!?]\s)[^,\"“”]){2,80}"
    r"(?<!\sand)(?<!\sbut)(?<!\sor))){1,2},)?)"
)


@dataclass(frozen=True)
class _Attributing:
    """The patterns that find who a quotation's speaker is. Each holds the whole speaker
    description (_WHO) and the reporting verbs, some 8 kB of alternatives, so they are
    compiled when a text first has a quotation mark (120 ms; most transcripts have none)."""

    # After a quote: `, he said`, ` Stoltenberg said`, `, says Cara Diemont of …`.
    after_who_verb: re.Pattern[str]
    after_verb_who: re.Pattern[str]
    # Before a quote: `X said:`, `He told reporters`, `she said in a statement,`.
    before_who_verb: re.Pattern[str]
    before_verb_who: re.Pattern[str]
    # A reporting verb anywhere in the sentence: who said the fragment quoted inside it.
    sentence_speaker: re.Pattern[str]


@lru_cache(maxsize=1)
def attributing() -> _Attributing:
    return _Attributing(
        after_who_verb=re.compile(
            rf"^\s*[,—–-]?\s*(?P<who>{_WHO}){_OF}{_MID}\s+{_ADVERBS}(?P<verb>{VERBS})\b"
            r"(?P<tail>[^\"“”]*)",
        ),
        after_verb_who=re.compile(
            rf"^\s*[,—–-]?\s*(?P<verb>{VERBS})\s+(?P<who>{_WHO})(?=\s*(?:[,.;:!?(]|$|\s(?:in|on|"
            rf"at|during|after|before|when|as|to|while|of|from|with|for)\b)){_APPOSITIVE_NAME}"
            r"(?P<tail>[^\"“”]*)",
        ),
        before_who_verb=re.compile(
            rf"(?:^|[.;!?]\s+|,\s+|\b(?:and|but|as|where|when|while)\s+)(?P<who>{_WHO}){_OF}{_MID}"
            rf"\s+{_ADVERBS}"
            rf"(?P<verb>{VERBS})"
            rf"(?:\s+(?!that\b)[^\"“”:;.]{{0,60}}?)?\s*[:,]?\s*$"
        ),
        # "Said current library director Jasmine Oyelaran:" opens its sentence.
        before_verb_who=re.compile(
            rf"\b(?P<verb>{VERBS}|Said|Says|Added|Wrote)\s+(?P<who>{_WHO})\s*[:,]\s*$"
        ),
        # "Gov. Frank Delvecchio, who said the president had …": a relative clause's verb.
        sentence_speaker=re.compile(
            # (A speaker starts a word: not "her …" inside "whether", not "n …" in "on".)
            # ("the crowd, which chanted": a relative clause's verb says who spoke.)
            rf"(?<![\w'’\-])(?P<who>{_WHO}){_MIDS}(?:,\s+(?:who|which))?\s+{_ADVERBS}"
            rf"(?P<verb>{VERBS}|believes|thinks|calls|"
            r"called|described|describes)\b"
        ),
    )


_AFTER_ACCORDING = re.compile(r"^\s*[,—–-]?\s*according to (?P<who>[^\"“”.;:]+)(?P<tail>[^\"“”]*)")


# '"…." Those were the words of Chief Minister Rajan Pillai as he toured …': the next
# sentence names who said the quote.
_SAID_NOUNS = "|".join(sorted(QUOTE_NOUNS, key=len, reverse=True))
QUOTE_WORDS = _SAID_NOUNS


WORDS_OF = re.compile(
    r"^\s*(?:Those|These|That|This|Such)\s+(?:were|was|are|is)\s+(?:the\s+)?(?:\w+\s+)?"
    rf"(?:{_SAID_NOUNS})\s+of\s+"
    r"(?P<who>[^\"“”,.;:!?()]{3,80}?)(?=\s*[,.;:!?(]|\s+(?:as|when|while|who|after|on|at|in)\b|$)"
)


# '"…"' then 'The warning came from Mehmet Kaya, a seismologist, who …'.
CAME_FROM = re.compile(
    rf"^\s*(?:The|That|This|Those|These)\s+(?:\w+\s+)?(?:{_SAID_NOUNS})\s+(?:came|comes)\s+"
    r"from\s+(?P<who>[^\"“”,.;:!?()]{3,80}?)(?=\s*[,.;:!?(]|\s+(?:as|when|while|who|after|on|at|in)\b|$)"
)


THATS_WHAT = re.compile(
    r"^\s*(?:That['’]s|That\s+is|That\s+was|This\s+is|This\s+was|So)\s+(?:what|how)\s+"
    r"(?P<who>[^\"“”.;:!?]{3,120}?)\s+(?:\w+\s+)?(?:said|says|put\s+it|told|described|"
    r"sees\s+it|saw\s+it)\b"
)


# '"…"' then 'That was Darlene Schroeder-Hahn, 62, a retired hygienist …': the next paragraph
# names who said the quote standing alone above it (a name must open the words).
THAT_WAS = re.compile(
    r"^\s*(?:That|This)\s+(?:was|is)\s+(?P<who>[A-Z][^\"“”,.;:!?()]{3,80}?)(?=\s*[,.;:!?(]|$)"
)
# '"…," the statement read': a document speaks for whoever issued it.
_STATEMENT_READ = re.compile(
    r"^\s*[,—–-]?\s*(?P<who>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w\-]+\s+)?"
    rf"(?:{'|'.join(sorted(STATEMENT_NOUNS, key=len, reverse=True))}))\s+(?:read|reads)\b"
    r"(?P<tail>[^\"“”]*)"
)


# (A reaction list's line may open with a bullet: "— Hennepin County Attorney Jo Olsen:".)
_BEFORE_COLON = re.compile(r"^\s*(?P<bullet>[—–•*-]\s+)?(?P<who>[^\"“”:.;!?]{3,120}?)\s*:\s*$")


# Where the last sentence before a quote opens: an attribution before a quote is in the
# quote's own sentence ("Universities UK said it was unnecessary. Its chief, Mr Ainsworth,
# said: '…'" names Mr Ainsworth).
# (Not after an initial or a title: "Chief Justice S.V. Raghunathan", "Gov. Ann Lee".)
_LAST_SENTENCE = re.compile(r"(?<=[a-z0-9)])[.!?][\"”’)]?\s+(?=[\"“]?[A-Z])")
_WORD_BEFORE = re.compile(r"(\w+)$")


def _last_sentence(text: str) -> str:
    """The words of `text` after the last sentence end in it (all of it if none)."""
    for end in reversed(list(_LAST_SENTENCE.finditer(text))):
        word = _WORD_BEFORE.search(text[: end.start()])
        if word is None or word.group(1) not in TITLE_ABBREVIATIONS:
            return text[end.end() :]
    return text


@dataclass(frozen=True)
class Attribution:
    """Who a quote's attribution names, and where: `offset` from the start of the text
    after the quote (>= 0) or from the end of the text before it (< 0). `whole` when the
    words name an organisation as a whole ("National Federation of Independent Business:")."""

    who: str
    offset: int
    whole: bool = False


PARTICIPLES = "|".join(sorted(REPORTING_PARTICIPLES, key=len, reverse=True))


SUBJECT_CHARS = 240


# (An owner may come first, whole: "Hollister's lawyers", never "s lawyers".)
GROUP_SUBJECT = re.compile(
    rf"(?<![\w'’])((?:[A-Z][\w\-]*['’]s\s+)?"
    rf"(?:(?i:{'|'.join(sorted(CROWD_QUANTITIES))})\s+of\s+)?"
    # (else no function word: "A group of former customers" is "former customers")
    rf"(?:(?:(?!(?:of|for|from|to|by|with|and|or)\s)[a-z][\w\-]*|[A-Z][a-z]+)\s+){{0,2}}"
    rf"(?:{_GROUPS}))\b"
)


def attribution_after(after: str, ended: bool = False) -> Attribution | None:
    """The speaker named right after a quote ('…," he said', '…," said X'). After a
    quote `ended` by a full stop, only a short clause is its attribution: the next
    sentence ('The BBC's correspondent, Rachel Harvey, told … that …') is not."""
    words_of = WORDS_OF.match(after)
    if words_of is not None:
        return Attribution(words_of.group("who"), words_of.start("who"))
    patterns = attributing()
    for pattern in (
        _AFTER_ACCORDING,
        patterns.after_who_verb,
        patterns.after_verb_who,
        _STATEMENT_READ,
    ):
        m = pattern.match(after)
        # The rest of the attribution's own sentence.
        tail = re.split(r"(?<=[.!?])\s", (m.groupdict().get("tail") or "") if m else "")[0]
        if m and tail.strip(" *").endswith(":") and "," not in tail:
            # 'Y replied: "…"' introduces the next quote; '…," said X, an economist,
            # adding:' and '…," X said, while Y said:' still attribute this one.
            continue
        if m and ended and (len(tail.split()) > 6 or re.search(r"\bthat\b", tail)):
            continue
        if m and plausible_who(m.group("who")):
            groups = m.groupdict()
            extra = "".join(groups.get(g) or "" for g in ("of", "mid", "appos"))
            return Attribution(m.group("who") + extra, m.start("who"))
    return None


def attribution_before(before: str, first: bool) -> Attribution | None:
    """The speaker named right before a quote ('X said:', 'X told reporters', 'X:')."""
    tail = before[-240:]  # the attribution is at the end; don't scan a long paragraph
    tail = _last_sentence(tail)
    for pattern in (attributing().before_who_verb, attributing().before_verb_who):
        m = pattern.search(tail)
        if m and plausible_who(m.group("who")):
            extra = (m.groupdict().get("of") or "") + (m.groupdict().get("mid") or "")
            return Attribution(m.group("who") + extra, m.start("who") - len(tail))
    if first:
        m = _BEFORE_COLON.match(before)
        if m and (
            _plausible_colon_who(m.group("who"))
            or (m.group("bullet") is not None and _listed_who(m.group("who")))
        ):
            who = m.group("who")
            if m.group("bullet") is not None:
                # "— Andre Sims' mother, Gloria Sims, outside the courthouse:": where and
                # how they spoke is no part of who.
                who = _LISTED_TAIL.sub("", who)
            names = [n for n in find_names(who) if n.full]
            # "National Federation of Independent Business:" speaks as a whole;
            # "Fox News Correspondent Bill Melugin:" is the person at its end.
            # "Carla Benavidez, New Mexico Farm Bureau:" is the person before the comma.
            # "Union carpenter Alyssa Tran, 29:" is the person before the comma too.
            named_first = bool(names) and who[names[0].end :].startswith(",")
            whole = not names or (names[-1].end < len(who.rstrip()) and not named_first)
            return Attribution(who, m.start("who") - len(before), whole)
    return None


def plausible_who(who: str) -> bool:
    words = who.split()
    if not words or len(words) > 12:
        return False
    lower = who.lower()
    if lower in ("this", "that", "there", "which", "what"):
        return False
    # "The report said", "the survey found": documents are not speakers of quotes, but
    # "the statement said" still attributes; keep those, drop obvious clause fragments.
    return not re.search(
        r"\b(?:that|which|because|if|when|have|has|had|is|was|were|are|be|been|would|will|"
        r"could|should|can|might|must|did|does)\b",
        lower,
    )


def _plausible_colon_who(who: str) -> bool:
    """A reaction list's speaker: 'Fox News Correspondent Bill Melugin:' (short, named)."""
    words = who.split()
    small = {"of", "for", "and", "the", "&", "de", "van", "von", "on", "at", "in"}
    if any(not (w[:1].isupper() or w[:1].isdigit() or w in small) for w in words):
        # "In a statement, it added:" is prose, not a name; "Union carpenter Alyssa Tran,
        # 29:" is a person described.
        return _described_colon_who(who)
    if (
        1 <= len(words) <= 10 and words[0][:1].isupper() and not who.endswith(tuple("0123456789"))
    ):
        return True
    return _described_colon_who(who)


# What may follow a person's name before a quote dump's colon: an age, a home, a trade
# (", 70, of Raytown", ", 29").
_COLON_APPOSITIVE = re.compile(
    r"(?:,\s*(?:\d{1,3}|(?:of|from|in)\s+[A-Z][^,]{0,40}|[a-z][^,]{0,40}))*"
)


_LISTED_TAIL = re.compile(r",\s+[a-z].*$")


def _listed_who(who: str) -> bool:
    """A bulleted reaction list's speaker, whatever its appositive says: the words before
    the first comma are capitalised or hold a full name ("— Defense attorney Paul Brandt,
    who said his client would appeal:", "— The Minnesota Police Association, in a
    statement:")."""
    head = who.split(",")[0].strip()
    words = head.split()
    if not words or len(words) > 10 or not words[0][:1].isupper():
        return False
    return any(n.full for n in find_names(head)) or _plausible_colon_who(head)


def _described_colon_who(who: str) -> bool:
    """A quote dump's speaker described before and after the name: 'Union carpenter
    Alyssa Tran, 29:', 'Season-ticket holder Ray Biggins, 70, of Raytown:'."""
    names = [n for n in find_names(who) if n.full]
    if not names or len(who[: names[0].start].split()) > 3 or REPORTING_WORD.search(who):
        return False
    return _COLON_APPOSITIVE.fullmatch(who[names[0].end :].rstrip()) is not None


REPORTING_WORD = re.compile(rf"\b(?:{VERBS})\b")
