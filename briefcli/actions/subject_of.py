"""Who a clause's subject is, before its verb phrase is read: a sum that opens it, the one
who announced "that it will", a verb joined to an earlier one, "it" for a body just named, a
subject said first and taken up by a pronoun."""

from __future__ import annotations

import re

from briefcli.actions.agents import MONEY, NOT_NAMES, SAID_THAT, head_noun, is_name
from briefcli.actions.clauses import Clause
from briefcli.actions.patterns import COORDINATED
from briefcli.actions.phrasing import DISLOCATED
from briefcli.actions.subjects import clean_subject, leading_subject
from briefcli.lexicon import actions as words
from briefcli.lexicon import commitments
from briefcli.lexicon.people import ROLE_WORDS

# A pronoun that opens a clause: "... that we met with ...", "I was so happy".
_CLAUSE_PRONOUN = re.compile(r"(?<![\w’'])(we|I|they|he|she)\s+(?=[a-z])")
# A name opening a clause after "that": "... the fact is that Iran is ...".
_THAT_NAMED = re.compile(
    r"\bthat\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+"
    r"(?=(?:is|are|was|were|has|have|had|keeps|continues)\b)"
)


# The speakers counted: "the three of us", "both of us" (the "we" who speak).
_COUNTED_US = re.compile(
    r"(?:the\s+(?:" + "|".join(sorted(commitments.COUNT_WORDS)) + r")|both)\s+of\s+us",
    re.I,
)


def clause_subject(text: str, clause: Clause, earlier: str) -> tuple[str, bool]:
    """The clause's subject, and whether it is the one named before "announced that it
    will"; `text` is the sentence's `plain` text, `earlier` the subject of the clause before."""
    trigger = clause.trigger
    subject = clean_subject(clause.subject)
    if not clause.relative and trigger.kind == "commitment" and not MONEY.match(subject):
        # "Responding to the Crisis: Some $2.6 million of the ... assistance announced on May
        # 18, 2021 will support ...": a sum of money opens the clause, whatever stops the search.
        segment = re.split(r"[:;]", text[: trigger.start])[-1].strip()
        if MONEY.match(segment) and len(segment.split()) <= 25:
            subject = segment
    if _COUNTED_US.fullmatch(subject):
        subject = "we"  # "Today the three of us agreed to build": the leaders who speak
    reported = False  # the subject is the one named before "announced that it will"
    if subject.lower() in {"it", "they"} and not clause.relative:
        # "the Republic of Korea's recent announcement that it will host ...", "Indonesia
        # has confirmed that it will send ...": the one who announced it
        window = max(0, clause.subject_start - 160)
        said_that = SAID_THAT.search(text, window, clause.subject_start)
        announcer = re.sub(r"[’']s$", "", said_that.group("x")) if said_that is not None else ""
        person = bool(announcer) and announcer.split()[-1].lower().strip(".") in ROLE_WORDS
        if announcer and announcer not in NOT_NAMES and not person:  # "it" is no minister
            subject, reported = announcer, True
    if re.search(r"\bby\s+$", text[: trigger.start]) and not clause.relative:
        subject = leading_subject(text)  # "The Department renewed ... by announcing $120 million"
    coordinated = not clause.relative and COORDINATED.search(text, 0, trigger.start) is not None
    if coordinated and (
        not subject or subject.endswith(" and") or subject.lower() in words.POSSESSIVES
    ):  # ("Ministers reaffirmed their commitment to X and agreed to": not "their")
        # "Ministers welcomed the report and agreed to"; "I was so happy that we met with the
        # state ministers and have agreed to": the last pronoun that opened a clause before
        pronouns = _CLAUSE_PRONOUN.findall(text, max(0, trigger.start - 160), trigger.start)
        subject = pronouns[-1] if pronouns else leading_subject(text)
    if coordinated:
        window = max(0, trigger.start - 160)
        named = list(_THAT_NAMED.finditer(text, window, trigger.start))
        pronouns_at = [m.start() for m in _CLAUSE_PRONOUN.finditer(text, window, trigger.start)]
        if named and named[-1].start() > max(pronouns_at, default=-1):
            # "We believe that Iran is detaining Americans and should release them": the
            # verbs joined are the named one's, not the believer's
            subject = named[-1].group(1)
    earlier = clean_subject(earlier)
    if subject.lower() == "it" and not clause.relative and earlier and (
        head_noun(earlier) in commitments.BODY_NOUNS or is_name(earlier)
    ):
        subject = earlier  # "The Council will publish guidelines, and it is due to hold"
    if subject.lower() in {"it", "they"} and not clause.relative:
        dislocated = DISLOCATED.match(text, 0, clause.subject_start)
        if dislocated is not None:
            subject = dislocated.group(1)  # "The first machine, it'll be launched at"
    return subject, reported
