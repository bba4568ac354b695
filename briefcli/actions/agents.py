"""Who can act: names, agents, a release's instruments, and owners of nominal commitments."""

from __future__ import annotations

import re

from briefcli.lexicon import actions as words
from briefcli.lexicon import commitments
from briefcli.people.actors import COUNTRIES
from briefcli.text.document import Document

PLEDGED_THAT = re.compile(
    r"\b(?:(?:have|has)\s+)?(?:committed|agreed|decided|pledged|promised|vowed|resolved|"
    r"guaranteed)\s+that\s+$"
)
# A name, then what it said or announced, then "that" and the pronoun for it: "the Republic of
# Korea's (ROK) recent announcement that it will", "Indonesia has confirmed that it will".
SAID_THAT = re.compile(
    r"(?<![\w’'.-])(?P<x>[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,4}|"
    r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:company|firm|group|government|ministry|department|council|"
    r"committee|commission|union|airline|regulator|board|bank|agency))"
    r"(?:[’']s)?(?:\s+\([A-Z]{2,6}\))?\s+(?:(?:has|have|had|recent|recently|also|today|formal|"
    r"official)\s+){0,2}(?:said|says|announced|announces|confirmed|confirms|stated|states|"
    r"decided|decides|pledged|pledges|announcement|decision|confirmation|pledge|undertaking)\s+"
    # when it was said, between: "Harbour Foods said on Tuesday it would close its depot"
    r"(?:(?:on\s+[A-Z][a-z]+day|yesterday|today|last\s+(?:week|month|night)|this\s+(?:week|"
    r"morning|afternoon))\s+)?(?:that\s+)?$"
)
NOT_NAMES = frozenset("The This That These Those It We He She They There I You".split())
# "reached an agreement to", "announced its decision to", "reaffirmed their commitment to":
# the sentence's subject owns the commitment ("the determination to" names no one).
OWN_NOUN = re.compile(r"\b(?:an?|its|their|our|his|her|my)\s+(?:[a-z-]+\s+)?$", re.I)
FULL_NAMES = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+)+")
TRAILING_TIME = re.compile(
    r"\s+(?:(?:last|this|next|earlier|later)\s+(?:week|month|year)|today|yesterday|recently|"
    r"tomorrow|also)$",
    re.I,
)
MONEY = re.compile(
    r"^(?:(?:a|an|the|some|nearly|about|around|almost|over|up\s+to|another|more\s+than|"
    r"further|additional|of\s+this\s+funding,?|amount\s+of)\s+)*(?:(?:[A-Z]{1,3})?"
    + "["
    + re.escape(commitments.CURRENCY_SIGNS)
    + r"]|(?-i:"
    + "|".join(re.escape(code) for code in commitments.CURRENCY_CODES)
    + r")\s?)\d",
    re.I,
)
_PRONOUN_THINGS = words.THING_PRONOUNS | words.PERSON_PRONOUNS


def as_object(subject: str, names: frozenset[str]) -> str:
    """A subject as the object of its verb: "Legislation" -> "legislation"; names and
    acronyms keep their capitals."""
    first, _, rest = subject.partition(" ")
    acronym = first.isupper() and len(first) > 1 or first in commitments.CURRENCY_CODES
    if first[:1].isupper() and not acronym and first not in names and "." not in first:
        first = first.lower()
    return f"{first} {rest}".strip()


def is_person_like(subject: str) -> bool:
    """Whether a subject is someone who helps on purpose: a person pronoun, a government or an
    office ("we will help boost", "the Government will help stimulate"), not a project."""
    lower = subject.lower()
    return lower in words.PERSON_PRONOUNS or head_noun(subject) in words.AGENT_NOUNS


def is_pronoun_thing(subject: str) -> bool:
    """Whether a subject is a thing told of elsewhere: "it", "this", "all", "some of them"
    (not "All of the figures", which names its things)."""
    lower = subject.lower()
    if _NAMED_PART.match(lower):
        return False
    if lower in _PRONOUN_THINGS:
        return True
    tokens = lower.split()
    # "all", "some of them": told of elsewhere; "all three vessels" names its things
    return tokens[0] in {"all", "some"} and all(t in _PRONOUN_PARTS for t in tokens[1:])


_PRONOUN_PARTS = frozenset("of them these those this that it us you".split())


# "All of the figures", "some of the money": a quantity of things the subject names.
_NAMED_PART = re.compile(r"(?:all|some)\s+(?:of\s+)?(?:the|these|those|our|its|their)\s+\w")


def is_instrument(doc: Document, subject: str) -> bool:
    """Whether a subject is a release's instrument: a fund, program, bill or sum of money,
    or the work that starts ("Work will begin"); only in releases and statements, but for the
    work that starts ("Work will commence on upgrades to this platform in August", said at a
    press conference)."""
    head = head_noun(subject)
    # The work named in a word or two, with what it is on: "Work", "Construction work",
    # "Work on the new runway" (not "the work the committee does").
    work = head in commitments.WORK_NOUNS and len(_core(subject).split()) <= 2
    if doc.kind == "transcript":
        return work
    service = head in commitments.SERVICE_NOUNS  # "Replacement buses will run every 10 minutes"
    money = MONEY.match(subject) is not None
    return head in commitments.INSTRUMENT_NOUNS or work or service or money


def possessor_of(left: str) -> str | None:
    """Whose commitment a possessive names: "Canada's plan", "Prime Minister Kishida's
    pledge", "her intention" (as "she"); None for "its" and for no possessive."""
    m = re.search(
        r"(?:\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)|(?P<np>(?:[^\W\d_a-z][\w.’'-]*\s+){0,4}"
        r"[^\W\d_a-z][\w.’'-]*)"
        r"[’']s?)\s+(?:[a-z-]+\s+)?$",
        left,
    )
    if m is None:
        return None
    if m.group("pron"):
        if not left[: m.start()].strip(" “\"'"):
            # "Our decision to pool procurement ... will cut costs": the noun phrase is the
            # subject, and its possessive says whose
            return {"his": "he", "her": "she", "my": "I", "our": "we", "their": "they"}.get(
                m.group("pron").lower()
            )
        # "their commitment", "our plan": the sentence's subject says whose (found after this)
        return {"his": "he", "her": "she", "my": "I"}.get(m.group("pron"))
    return re.sub(r"^The\s+", "", m.group("np"))


def is_name(subject: str) -> bool:
    return sum(1 for w in subject.split() if w[:1].isupper()) >= 2


def _core(subject: str) -> str:
    """A subject up to its first preposition or relative word: "Work" of "Work on the runway"."""
    return _SUBJECT_CORE_END.split(subject, maxsplit=1)[0]


_SUBJECT_CORE_END = re.compile(
    r"\s+(?:of|in|from|for|with|at|on|who|that|about|to|by|under|over|after|before|against|"
    r"during|into|through|like|including|having|being|around|across|throughout|within|"
    r"beyond|among|between)\s+|"
    # "Operators seeking a licence", "Parties wishing to take part": the people (a plural),
    # then what they seek (the lexicon's DESCRIBING_PARTICIPLES; not "the working group")
    r"(?<=s)\s+(?:" + "|".join(sorted(words.DESCRIBING_PARTICIPLES)) + r")\s+"
)


def head_noun(subject: str) -> str:
    core = _core(subject)
    parts = core.split()
    while len(parts) > 1 and parts[-1].lower().strip(",") in {"too", "also", "itself", "alone"}:
        parts.pop()  # "that pressure too will not only continue"
    if len(parts) > 1 and re.fullmatch(r"(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?", parts[-1]):
        parts.pop()  # "Budget 2026", "Budget 2025-26": a budget, named by its year
    if not parts:
        return ""
    return re.sub(r"[’']s$", "", parts[-1].lower()).strip(",.’'")


def is_agent(subject: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a noun phrase can act: a person, office, government, group or named body.

    `names` are the capitalised words the document uses inside sentences: a capital that is
    only there because a sentence starts with it ("Workforce reform will ...") names nothing."""
    lower = subject.lower()
    tokens = lower.split()
    if not tokens:
        return False
    if lower in words.PERSON_PRONOUNS - {"you"} or subject in COUNTRIES:
        return True
    if tokens[0] == "those" and len(tokens) > 1 and (
        tokens[1] in {"who", "interested", "eligible", "affected"} or tokens[1].endswith("ing")
    ):
        return True  # "Those interested should contact the Embassy": people
    if tokens[0] == "the" and len(tokens) == 2 and tokens[1] in commitments.COUNT_WORDS:
        return True  # "The two agreed on the need to relocate": the two named before
    if tokens[0] in {"this", "that"} and len(tokens) == 2 and tokens[1] in commitments.BODY_NOUNS:
        return True  # "This council must": a body that decides
    if tokens[0] in words.THING_PRONOUNS or len(tokens) > 12:
        return False
    head = head_noun(subject)
    if head in words.THING_NOUNS or head in commitments.WORK_NOUNS:
        return False  # (and "Work on the Accra-Kumasi Expressway": the work, not a name)
    if head in words.AGENT_NOUNS or head.rstrip("s") in words.AGENT_NOUNS:
        return True
    if f"{head}s" in words.AGENT_NOUNS:
        return True  # "The regulator will monitor compliance", as "regulators" do
    if head in words.NEWS_AGENT_NOUNS or head.endswith(words.NEWS_AGENT_ENDINGS):
        return True  # a news report's party: "The band will tour", "The carmaker is poised to"
    if head.endswith("es") and head[:-2] in words.AGENT_NOUNS | words.NEWS_AGENT_NOUNS:
        return True  # "Bosses intend to move production": a plural in -es of one that acts
    if head.endswith("s") and head[:-1] in words.NEWS_AGENT_NOUNS:
        return True  # "The studios will ...", as "The studio will ..."
    possessed = re.search(r"[’']s\s+(?:\w+\s+)*?([a-z]+)$", subject.split(" of ")[0])
    if possessed:
        # "Rosneft's purchase" is a thing; "Biden's team" are people.
        return possessed.group(1) in words.AGENT_NOUNS or head.endswith(("ers", "ors"))
    content = [w.strip(",.’'") for w in subject.split()]
    if any(_proper(w, names) for w in content if w.lower() not in {"the", "a", "an", "and", "of"}):
        return True
    if head.endswith(("ers", "ors", "ists", "ians", "ants")):
        return True
    if ", " in subject and re.search(r",\s+(?:and|or)\s", subject):
        # "our diplomats, officers, and experts": a list acts when one of its names can
        listed = re.split(r",\s+(?:(?:and|or)\s+)?", subject)
        return any(is_agent(name, names) for name in listed[:-1] if name.strip())
    # A people named by a capitalised plural: "Americans should get vaccinated".
    return subject.split()[-1][:1].isupper() and head.endswith(("ans", "ese", "ish"))


def _proper(word: str, names: frozenset[str]) -> bool:
    if not word[:1].isupper():
        return False
    return word in names or (word.isupper() and len(word) > 1) or "." in word


def commitment_owner(left: str) -> str | None:
    """Whose commitment: "the U.S." in "stressed the U.S. commitment to ..."."""
    m = re.search(
        r"([A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*)(?:[’']s)?\s+(?:\w+\s+)?$", left
    )
    if m and not m.group(1).lower().startswith(("the ", "in ")) and m.group(1) != "The":
        return m.group(1)
    return None
