"""The cast of an article: each person it names, with the gender its own words give them."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefcli.lexicon.people import GENDERED_NOUNS, HONORIFICS, KIN_WORDS, PRONOUN_GENDER
from briefcli.lexicon.speech import GENDER_CUE_WEIGHTS, PARTY_CODES, PARTY_WORDS
from briefcli.model import Sentence
from briefcli.people import People, Person
from briefcli.people.names import UPPER, find_names, surname
from briefcli.people.person import Mention
from briefcli.people.speaker import given_name_gender
from briefcli.quotes.paragraphs import plain_text
from briefcli.quotes.reporting import VERBS

_OWNER = rf"(?:[Hh]is|[Hh]er|[Tt]heir|[{UPPER}][\w'’\-]+['’]s?|the\s+[a-z][\w\-]*['’]s)"
_KIN_ALTERNATIVES = "|".join(sorted(KIN_WORDS, key=len, reverse=True))
_NOUN_ALTERNATIVES = "|".join(sorted(GENDERED_NOUNS, key=len, reverse=True))
_AGE = r"(?:,\s+\d{1,3})?"
# After a name: "Roger Lindahl, her husband," / "Vern Halkett is her brother-in-law".
_KIN_AFTER = re.compile(
    rf"{_AGE}(?:,\s+(?:is\s+)?|\s+is\s+){_OWNER}\s+(?P<kin>{_KIN_ALTERNATIVES})\b"
)
# After a name: "Carol Lindahl, 74, a retired mother of three".
_NOUN_AFTER = re.compile(
    rf"{_AGE},\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}?(?P<kin>{_NOUN_ALTERNATIVES})\b"
)
# Before a name: "Her husband, Roger Lindahl", "a Kentwood grandmother, Jane Doe".
_KIN_BEFORE = re.compile(
    rf"(?:{_OWNER}\s+(?P<kin>{_KIN_ALTERNATIVES})|\b(?:[Aa]n?|[Tt]he)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?P<noun>{_NOUN_ALTERNATIVES})),?\s+$"
)
# The name as the subject of a reporting verb, the pronoun just after it: "Vern Halkett
# said he stayed behind", "Brinks, a machinist, told the AP she …".
_SAID_PRONOUN = re.compile(
    rf"(?:,[^,\"“”]{{1,80}},)?\s+(?:also\s+|later\s+)?(?:{VERBS})"
    r"(?:\s+(?!(?:he|she)\b)[\w'’]+){0,2}?\s+(?:that\s+)?(?P<pronoun>he|she)\b"
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|''.*?''|«[^»]*»")


@dataclass
class Cast:
    """Everyone the article names in full, with the gender evidence its words give: kin
    and gendered nouns beside the name, a pronoun right after "Name said", a gendered title
    or honorific, then a common given name."""

    votes: dict[str, dict[str, float]] = field(default_factory=lambda: defaultdict(dict))
    names: dict[str, None] = field(default_factory=dict)  # full names, in order
    # The full names ending in each run of a name's last words ("de la Cruz", "Cruz").
    tails: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # The party each name is given: "(D-Mont.)", ", R-Texas,", "Liberal MP", "Republican X".
    parties: dict[str, str] = field(default_factory=dict)
    # The people stage's people by surname, in the order they were first mentioned.
    by_surname: dict[str, list[Person]] = field(default_factory=lambda: defaultdict(list))

    def ending_in(self, words: str) -> set[str]:
        """The full names that end in `words` and hold more words before them."""
        return self.tails.get(words, set())

    def vote(self, name: str, gender: str | None, cue: str) -> None:
        if gender is None:
            return
        weight = GENDER_CUE_WEIGHTS[cue]
        self.votes[name][gender] = self.votes[name].get(gender, 0.0) + weight

    def gender(self, name: str) -> str | None:
        """The gender with the most weight of evidence; None without any, or on a tie."""
        tally = self.votes.get(name)
        if not tally:
            return None
        ranked = sorted(tally.items(), key=lambda kv: kv[1], reverse=True)
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]


def read_cast(
    texts: Sequence[str], people: Sequence[Person] = (), mentions: Sequence[Mention] = ()
) -> Cast:
    """The cast of the sentences `texts`, read outside their quotation marks, with the
    people the people stage found in them and where it found them (`mentions`: a pronoun
    right after a surname's "said" tells that person's gender too, "Paul-Mackenzie, who met
    with Bernard Doucet, said he …")."""
    cast = Cast()
    families = [surname(p.name) for p in people]
    for mention in mentions:
        if families.count(surname(mention.person.name)) > 1:
            continue  # which of two namesakes the people stage chose may be the mistake
        if not 0 <= mention.sentence < len(texts):
            continue
        text = texts[mention.sentence]
        written = text[mention.start : mention.end]
        if written.lower() in PRONOUN_GENDER or " " in written:
            continue  # (a full name is read below)
        after = _QUOTED.sub(lambda m: " " * len(m.group()), text[mention.end : mention.end + 160])
        said = _SAID_PRONOUN.match(after)
        if said is not None:
            cast.vote(mention.person.name, PRONOUN_GENDER[said.group("pronoun")], "pronoun")
    by_honorific: list[tuple[str, str]] = []
    for text in texts:
        plain = plain_text(text)
        outside = _QUOTED.sub(lambda m: " " * len(m.group()), plain)
        for named in find_names(outside):
            if not named.full:
                if named.gender is not None:  # "Ms. Lee", "Mr. Van Doorn"
                    by_honorific.append((named.name, named.gender))
                continue
            name = named.name
            cast.names.setdefault(name)
            cast.vote(name, given_name_gender(name), "given name")
            cast.vote(name, named.gender or _title_gender(named.title), "title")
            after = outside[named.end : named.end + 160]
            for pattern in (_KIN_AFTER, _NOUN_AFTER):
                m = pattern.match(after)
                if m is not None:
                    cast.vote(name, _gender_of_word(m.group("kin")), "kin")
            start = named.title_start if 0 <= named.title_start < named.start else named.start
            m = _KIN_BEFORE.search(outside, max(0, start - 60), start)
            if m is not None:
                cast.vote(name, _gender_of_word(m.group("kin") or m.group("noun")), "kin")
            party = _party_of(named.title, outside[max(0, start - 40) : start], after)
            if party is not None:
                cast.parties[name] = party
            said = _SAID_PRONOUN.match(after)
            if said is not None:
                cast.vote(name, PRONOUN_GENDER[said.group("pronoun")], "pronoun")
    for family, gender in by_honorific:
        holders = [name for name in cast.names if name.endswith(f" {family}")]
        if len(holders) == 1:
            cast.vote(holders[0], gender, "title")
    for person in people:
        cast.names.setdefault(person.name)
        cast.by_surname[surname(person.name)].append(person)
    for name in cast.names:
        words = name.split()
        for k in range(1, len(words)):
            cast.tails[" ".join(words[k:])].add(name)
    return cast


_PARTY_CODE = re.compile(r"^(?:\s*\(|,\s+)(?P<code>[A-Z])-[A-Z]")
_PARTY_WORD = re.compile(
    rf"\b({'|'.join(sorted(PARTY_WORDS, key=len, reverse=True))})\b", re.IGNORECASE
)


def _party_of(title: str | None, before: str, after: str) -> str | None:
    """The party a name is given beside it: a code after it, else a party word in its title
    or just before it ("Democratic Rep.", "Republican Dale Brinkerhoff")."""
    code = _PARTY_CODE.match(after)
    if code is not None and code.group("code") in PARTY_CODES:
        return PARTY_CODES[code.group("code")]
    for words in (title or "", before.split(",")[-1].split(".")[-1]):
        found = _PARTY_WORD.findall(words)
        if found:
            return PARTY_WORDS[found[-1].lower()]
    return None


def _title_gender(title: str | None) -> str | None:
    """The gender a title's honorific gives: "Lady Justice Moira Kent", "Sir Clive"."""
    for word in (title or "").lower().replace(".", " ").split():
        if HONORIFICS.get(word) is not None:
            return HONORIFICS[word]
    return None


def _gender_of_word(word: str | None) -> str | None:
    if word is None:
        return None
    return KIN_WORDS.get(word) or GENDERED_NOUNS.get(word)


# The latest article's cast, kept by the identity of its people and sentences: every quote
# asks for it, and hashing the article's text on each call would cost as much as reading it.
_LATEST: list[tuple[People, Sequence[Sentence], Cast]] = []


def cast_of(people: People, sentences: Sequence[Sentence]) -> Cast:
    """The cast of an article, read once."""
    for known, read, cast in _LATEST:
        if known is people and read is sentences:
            return cast
    cast = read_cast([s.text for s in sentences], people.people, people.mentions)
    _LATEST[:] = [(people, sentences, cast)]
    return cast


def cast_gender(people: People, person: Person, sentences: Sequence[Sentence]) -> str | None:
    """The gender of `person` as the article's own words show it, else as the people stage
    learned it (from the pronouns it resolved: the weakest evidence, as that reading may be
    the mistake being mended)."""
    return cast_of(people, sentences).gender(person.name) or people.gender(person)
