"""People in a briefing: names with their titles, transcript labels and references resolved."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefcli.document import Document
from briefcli.model import Sentence
from briefcli.names import (
    GENDERED_ROLES,
    PRONOUN_GENDER,
    REPORTING_VERBS,
    ROLE_WORDS,
    TITLE_MODIFIERS,
    NameMention,
    find_names,
    is_role_word,
    surname,
)


@dataclass(frozen=True)
class Person:
    """Someone the briefing names: "Jens Stoltenberg", title "NATO Secretary General"."""

    name: str
    title: str | None = None


@dataclass(frozen=True)
class Mention:
    """Where the text refers to a person; `salient` when they are the sentence's subject
    or the one speaking ("Stoltenberg said", "said Cara Diemont"), not a passing name."""

    sentence: int
    start: int
    end: int
    person: Person
    salient: bool


TITLE_SENTENCE = -1
_CAPITALISED = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’\-]+"
)  # the sentence id given to the document's title

_PRONOUNS = frozenset({"he", "she", "him", "her"})
_VERBS = "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))
# "he said", "the secretary general said", "she says", "Stoltenberg added" (subject + verb).
_SUBJECT_VERB = re.compile(
    rf"(?<![\w'’])(?P<who>[Hh]e|[Ss]he|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)"
    rf"(?:\s+[\w'’.\-]+){{1,5}}?)\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+|have\s+)?"
    rf"(?:{_VERBS})\b"
)
# A cheap test before the patterns below: does the sentence report speech at all?
REPORTING_WORDS = REPORTING_VERBS | {"according"}
_WORD = re.compile(r"[a-z]+")
# "said he", "says the minister" (verb + subject, after a quote).
_VERB_SUBJECT = re.compile(
    rf"\b(?:{_VERBS}|according to)\s+"
    rf"(?P<who>he|she|(?:the|an?)(?:\s+[\w'’.\-]+){{1,5}}?)(?=[\s,.;:]|$)"
)


@dataclass
class _Known:
    """A person while the document is read: name, titles seen, gender if known."""

    name: str
    title: str | None
    gender: str | None


class People:
    """Who is named where; turns transcript labels and references into people."""

    def __init__(
        self,
        people: Sequence[Person],
        labels: dict[str, Person],
        mentions: Sequence[Mention] = (),
        genders: dict[str, str] | None = None,
        first_person: dict[int, Person] | None = None,
        author: Person | None = None,
    ) -> None:
        self.people = tuple(people)
        self._labels = labels
        # Who "I" is: the speaker of each transcript sentence, or the author of a statement.
        self._first_person = dict(first_person or {})
        self.author = author
        self.mentions = tuple(sorted(mentions, key=lambda m: (m.sentence, m.start)))
        self._genders = dict(genders or {})
        self._by_name = {p.name: p for p in self.people}

    @classmethod
    def from_document(cls, doc: Document, sentences: Sequence[Sentence]) -> People:
        reader = _Reader()
        if doc.title:
            reader.read(TITLE_SENTENCE, doc.title, question=False)
        for s in sentences:
            reader.read(s.id, s.text, question=s.question, paragraph=s.paragraph)
        people = reader.people()
        by_name = {p.name: p for p in people}
        mentions = [
            Mention(m.sentence, m.start, m.end, by_name[m.person.name], m.salient)
            for m in reader.mentions
        ]
        labels: dict[str, Person] = {}
        for block in doc.blocks:
            label = block.speaker
            if label is None or label in labels or block.question:
                continue
            person = _label_person(label, people, mentions, doc.title or "")
            if person is not None:
                labels[label] = person
        first_person = {
            s.id: labels[s.speaker] for s in sentences if s.speaker in labels and not s.question
        }
        author = _author(doc.title or "", people) if doc.kind == "article" else None
        return cls(people, labels, mentions, reader.genders(), first_person, author)

    def label_name(self, label: str) -> str:
        """The display name for a transcript label: the person if known, else the label."""
        if label == "Q":
            return "Reporter"
        person = self._labels.get(label)
        if person is not None:
            return person.name
        return _readable_label(label)

    def label_person(self, label: str) -> Person | None:
        """The person a transcript label names, when the text names them."""
        return self._labels.get(label)

    def person(self, name: str) -> Person | None:
        """The person the text names in full as `name`."""
        return self._by_name.get(name)

    def gender(self, person: Person) -> str | None:
        """The gender ("m" or "f") when an honorific, a gendered title or a pronoun tells."""
        return self._genders.get(person.name)

    def focus(self, sentence: int, position: int | None = None) -> Mention | None:
        """The latest mention of someone speaking or acting before `sentence` (at
        `position` in it, if given): who an unattributed quote most likely belongs to."""
        at = (sentence, 0 if position is None else position)
        latest = None
        for m in self.mentions:
            if (m.sentence, m.start) >= at:
                break
            if m.salient:
                latest = m
        return latest

    def resolve(self, mention: str, sentence: int, position: int | None = None) -> Person | None:
        """The person `mention` ("he", "the secretary general", "Stoltenberg") refers to in
        sentence `sentence` (at character `position` of it, if given), from who the text
        named before it; None if it cannot tell."""
        if mention.strip().lower() in ("i", "me", "my"):
            return self._first_person.get(sentence, self.author)
        pos = 0 if position is None else position
        for m in self.mentions:
            if m.sentence == sentence and position is not None and m.start <= pos < m.end:
                return m.person
        before = [m for m in self.mentions if (m.sentence, m.start) < (sentence, pos)]
        return _resolve(mention, before, self.people, self._genders)


_STATEMENT_TITLE = re.compile(r"^(?:Statement|Remarks|Message|Op-Ed|Letter)\s+(?:from|by|of)\s+")


def _author(title: str, people: Sequence[Person]) -> Person | None:
    """The person a statement is from: "Statement from President Joe Biden on …"."""
    m = _STATEMENT_TITLE.match(title)
    if m is None:
        return None
    named = [n for n in find_names(title[m.end() :]) if n.full]
    if not named or named[0].start > 40:
        return None
    return next((p for p in people if p.name == named[0].name), Person(named[0].name))


def _resolve(
    mention: str, before: Sequence[Mention], people: Sequence[Person], genders: dict[str, str]
) -> Person | None:
    """Resolve a mention against the mentions before it (in document order)."""
    text = mention.strip(" ,.;:")
    lower = text.lower()
    if not text:
        return None
    if lower in _PRONOUNS:
        gender = PRONOUN_GENDER[lower]
        for m in reversed(before):
            if m.salient and genders.get(m.person.name, gender) == gender:
                return m.person
        return None
    names = find_names(text)
    if names:
        named = names[-1]
        return _person_for_name(named, before, people)
    words = [w.strip(".,'’") for w in text.split()]
    if len(words) == 1 and words[0][:1].isupper():
        return _by_surname(words[0], before, people)
    roles = [w.lower() for w in words if is_role_word(w)]
    if not roles or words[0].lower() in ("a", "an", "one", "another"):
        return None  # "a spokeswoman" is somebody the text does not name
    return _by_role(roles, lower, before, genders)


def _person_for_name(
    named: NameMention, before: Sequence[Mention], people: Sequence[Person]
) -> Person | None:
    if named.full:
        for p in people:
            if p.name == named.name:
                return p
        return Person(named.name, named.title)
    return _by_surname(named.name, before, people)


def _by_surname(name: str, before: Sequence[Mention], people: Sequence[Person]) -> Person | None:
    last = surname(name).lower()
    for m in reversed(before):
        if surname(m.person.name).lower() == last:
            return m.person
    for p in people:
        if surname(p.name).lower() == last:
            return p
    return None


def _by_role(
    roles: list[str], lower: str, before: Sequence[Mention], genders: dict[str, str]
) -> Person | None:
    """The person a role names: "the secretary general" is the latest person titled so;
    "the actor" the latest person speaking when no title says it."""
    head = roles[-1]
    vice = "vice" in lower or "deputy" in lower or "assistant" in lower
    wanted = [w for w in re.split(r"[\s\-]+", lower) if w not in _DETERMINERS]
    for m in reversed(before):
        title = (m.person.title or "").lower()
        if not title:
            continue
        words = re.split(r"[\s\-]+", title)
        # "the Turkish defense minister" is not "Israeli Defense Minister Yoav Gallant".
        if head not in words or any(w not in words for w in wanted):
            continue
        if not vice and any(w in ("vice", "deputy", "assistant") for w in words):
            continue
        return m.person
    gender = GENDERED_ROLES.get(head)
    # A descriptive role ("the Ballymena-born actor") points at the person in focus.
    if head not in _PERSON_NOUNS:
        return None
    for m in reversed(before[-12:]):
        if m.salient and (gender is None or genders.get(m.person.name, gender) == gender):
            return m.person
    return None


_DETERMINERS = frozenset("the a an his her its their our this that former new top".split())

# Role nouns that describe the person in focus rather than an office someone holds.
_PERSON_NOUNS = frozenset(
    """actor actress singer star director producer writer author presenter host comedian
    musician rapper model designer chef player founder boss executive chief analyst
    economist professor researcher scientist expert campaigner activist superstar
    filmmaker novelist guitarist frontman vocalist entrepreneur businessman
    businesswoman tycoon""".split()
)


class _Reader:
    """Reads sentences in order, recording who is mentioned and resolving as it goes."""

    def __init__(self) -> None:
        self.known: dict[str, _Known] = {}
        self.mentions: list[Mention] = []
        # Names the text shows to be people (a title, an honorific, a reporting verb, a
        # surname used alone); other capitalised pairs ("Cold War", "Baltic Sea") are not.
        self.evidence: set[str] = set()
        self._paragraph = -2
        self._surnames: dict[str, str] = {}
        self._inside = False  # a quote left open at the end of the last sentence

    def people(self) -> list[Person]:
        """The people the text shows to be people; a surname alone ("President Harris")
        becomes the one person of that surname the text names in full ("Kamala Harris")."""
        full = [k for k in self.known.values() if len(k.name.split()) >= 2]
        alias: dict[str, str] = {}
        for k in self.known.values():
            if len(k.name.split()) == 1:
                same = [f for f in full if surname(f.name) == k.name]
                if len(same) == 1:
                    alias[k.name] = same[0].name
                    same[0].title = same[0].title or k.title
                    if k.name in self.evidence:
                        self.evidence.add(same[0].name)
        kept = {
            k.name: Person(k.name, k.title)
            for k in self.known.values()
            if k.name in self.evidence and k.name not in alias
        }
        self.mentions = [
            Mention(
                m.sentence, m.start, m.end, kept[alias.get(m.person.name, m.person.name)], m.salient
            )
            for m in self.mentions
            if alias.get(m.person.name, m.person.name) in kept
        ]
        return list(kept.values())

    def genders(self) -> dict[str, str]:
        return {k.name: k.gender for k in self.known.values() if k.gender}

    def _current(self) -> list[Person]:
        return [Person(k.name, k.title) for k in self.known.values()]

    def _learn(self, name: str, title: str | None, gender: str | None) -> Person:
        known = self.known.get(name)
        if known is None:
            known = self.known[name] = _Known(name, title, gender)
        else:
            # Keep the first title; take a longer one that ends with it ("NATO Secretary
            # General" for "Secretary General").
            if title and (known.title is None or title.endswith(known.title)):
                known.title = title
            known.gender = known.gender or gender
        return Person(known.name, known.title)

    def read(self, sentence: int, text: str, *, question: bool, paragraph: int = -1) -> None:
        if paragraph != self._paragraph:
            self._paragraph, self._inside = paragraph, False
        quoted, self._inside = _quoted_regions(text, self._inside)

        def speaks(start: int, end: int) -> bool:
            # Names inside a quote are talked about, not talking.
            if question or any(a <= start < b for a, b in quoted):
                return False
            return _is_salient(text, start, end)

        found: list[Mention] = []
        spans: list[tuple[int, int]] = []
        for named in find_names(text):
            opening = named.title_start if named.title_start >= 0 else named.start
            salient = speaks(opening, named.end)
            if named.full:
                person = self._learn(named.name, named.title, named.gender)
            else:
                resolved = _by_surname(named.name, self.mentions, self._current())
                if resolved is None:
                    if named.title is None and named.gender is None:
                        continue
                    person = self._learn(named.name, named.title, named.gender)
                else:
                    person = self._learn(resolved.name, None, named.gender)
            if named.title or named.gender or _speaks(text, opening, named.end):
                self.evidence.add(person.name)
            found.append(Mention(sentence, named.start, named.end, person, salient))
            spans.append((named.start, named.end))
        # Bare surnames of people already named: "Stoltenberg said".
        if len(self._surnames) != len(self.known):
            self._surnames = {surname(k.name): k.name for k in self.known.values()}
        surnames = self._surnames
        for m in _CAPITALISED.finditer(text):
            word = m.group().rstrip("'’s") if m.group().endswith(("'s", "’s")) else m.group()
            if word not in surnames or any(a <= m.start() < b for a, b in spans):
                continue
            person = self._learn(surnames[word], None, None)
            self.evidence.add(person.name)
            end = m.start() + len(word)
            salient = speaks(m.start(), end)
            found.append(Mention(sentence, m.start(), end, person, salient))
            spans.append((m.start(), end))
        # Pronouns and role references that speak: "he said", "said the secretary general".
        if not question and not REPORTING_WORDS.isdisjoint(_WORD.findall(text.lower())):
            for pattern in (_SUBJECT_VERB, _VERB_SUBJECT):
                for m in pattern.finditer(text):
                    start, end = m.span("who")
                    if any(a < end and start < b for a, b in spans):
                        continue
                    if any(a <= start < b for a, b in quoted):
                        continue
                    who = m.group("who")
                    before = sorted(
                        [*self.mentions, *(f for f in found if f.start < start)],
                        key=lambda x: (x.sentence, x.start),
                    )
                    resolved = _resolve(who, before, self._current(), self.genders())
                    if resolved is None:
                        continue
                    person = resolved
                    pronoun = who.lower()
                    self.evidence.add(person.name)
                    if pronoun in PRONOUN_GENDER:
                        self._learn(person.name, None, PRONOUN_GENDER[pronoun])
                    found.append(Mention(sentence, start, end, person, True))
                    spans.append((start, end))
        found.sort(key=lambda x: x.start)
        self.mentions.extend(found)


_AFTER_SUBJECT = re.compile(
    rf"^,?(?:[^,]{{1,120}},)?\s*(?:also\s+|later\s+|has\s+|had\s+|have\s+|then\s+)?"
    rf"(?:{_VERBS}|announced|is|was|will|has|had|[a-z]{{3,}}(?:ed|es))\b"
)
# "said X", "according to X" (but "told X", "asked X" name who was spoken to).
_BEFORE_SPEAKER = re.compile(
    rf"(?:\b(?!(?:told|tells|asked|asks|urged|urges)\b)(?:{_VERBS})|\baccording to)\s*$"
)


_ROLES = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
# ", the founder of the theatre,", ", who…": the name before it is a person's.
_APPOSITIVE = re.compile(
    rf"^,\s+(?:who|whose)\b|^,\s+(?:the|a|an|[\w\-]+['’]s)\s+(?:[\w\-'’]+\s+){{0,5}}?"
    rf"(?:{_ROLES})\b[^,.]{{0,60}},",
    re.IGNORECASE,
)


def _speaks(text: str, start: int, end: int) -> bool:
    """The name is next to a reporting verb or an appositive ("X, the founder")."""
    if _BEFORE_SPEAKER.search(text[max(0, start - 40) : start]) or _APPOSITIVE.match(text[end:]):
        return True
    return bool(_VERB_AFTER.match(text[end:]))


_VERB_AFTER = re.compile(rf"^(?:,[^,]{{1,120}},)?\s*(?:also\s+|has\s+|had\s+)?(?:{_VERBS})\b")


def _quoted_regions(text: str, inside: bool) -> tuple[list[tuple[int, int]], bool]:
    """The spans of `text` inside quotation marks, given whether it starts inside one;
    and whether it ends inside one."""
    regions: list[tuple[int, int]] = []
    start = 0 if inside else -1
    for mark in _MARK.finditer(text):
        i, ch = mark.start(), mark.group()
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        opening = ch == "“" or (ch == '"' and (prev.isspace() or i == 0) and not nxt.isspace())
        if opening:
            if start >= 0 and start < i:
                regions.append((start, i))  # the earlier quote was never closed
            start = i + 1
        elif start >= 0:
            regions.append((start, i))
            start = -1
    if start >= 0:
        regions.append((start, len(text)))
    return regions, start >= 0


_MARK = re.compile('["“”]')


def _is_salient(text: str, start: int, end: int) -> bool:
    """A name is salient when it opens its sentence, speaks ("X said", "said X",
    "according to X"), or is followed by a verb of its own."""
    head = text[:start].strip(" \"“”'‘’(")
    if not head or head.endswith((".", ":")):
        return True
    if _BEFORE_SPEAKER.search(text[max(0, start - 40) : start]):
        return True
    tail = text[end:]
    m = re.match(r"^(?:'s|’s)?", tail)
    tail = tail[m.end() :] if m else tail
    return bool(_AFTER_SUBJECT.match(tail)) and head.endswith((",", "”", '"'))


def _label_words(label: str) -> list[str]:
    return [w for w in re.split(r"[\s.]+", label) if w]


_LABEL_HONORIFICS = frozenset({"MR", "MS", "MRS", "MISS", "DR", "SIR", "DAME"})
_SUFFIXES = frozenset({"JR", "SR", "II", "III", "IV"})


def _label_person(
    label: str, people: Sequence[Person], mentions: Sequence[Mention], title: str
) -> Person | None:
    """The person a transcript label means: `MR. SULLIVAN` -> Jake Sullivan,
    `THE PRESIDENT` -> the President the text names."""
    words = _label_words(label.upper())
    core = [w for w in words if w not in _SUFFIXES]
    if not core:
        return None
    role_words = [w.lower() for w in core if w.lower() in ROLE_WORDS or w == "THE"]
    if core[0] == "THE":
        # "THE PRESIDENT", "THE VICE PRESIDENT", "THE FIRST LADY": the person titled so.
        role = " ".join(w.lower() for w in core[1:])
        return _titled(role, people, mentions, title)
    name_words = [
        w
        for w in core
        if w not in _LABEL_HONORIFICS
        and w.lower() not in ROLE_WORDS
        and w.lower() not in TITLE_MODIFIERS
        and w not in ("OF", "FOR", "THE")
    ]
    if not name_words or len(role_words) == len(core):
        return None
    last = name_words[-1].lower()
    candidates = [p for p in people if surname(p.name).lower() == last]
    if len(name_words) >= 2:
        first = name_words[0].lower()
        exact = [p for p in candidates if p.name.split()[0].lower() == first]
        candidates = exact or candidates
    if candidates:
        # Prefer the one named in the title, then the most mentioned.
        counts = {p.name: sum(1 for m in mentions if m.person.name == p.name) for p in candidates}
        candidates.sort(
            key=lambda p: (len(p.name.split()) < 2, p.name not in title, -counts[p.name])
        )
        return candidates[0]
    # The label may give the name in full: "SECRETARY OF DEFENSE LLOYD J. AUSTIN III".
    readable = re.sub(r"\b(Of|For|The)\b", lambda m: m.group().lower(), _readable_label(label))
    named = [n for n in find_names(readable) if n.full]
    if named:
        return Person(named[-1].name, named[-1].title)
    return None


def _titled(
    role: str, people: Sequence[Person], mentions: Sequence[Mention], title: str
) -> Person | None:
    """The person whose title is `role` ("president"), preferring one the title names."""
    role_words = role.split()
    vice = "vice" in role_words
    best: list[Person] = []
    for p in people:
        words = re.split(r"[\s\-]+", (p.title or "").lower())
        if not all(w in words for w in role_words):
            continue
        if not vice and "vice" in words:
            continue
        best.append(p)
    if not best:
        return None
    counts = {p.name: sum(1 for m in mentions if m.person.name == p.name) for p in best}
    best.sort(
        key=lambda p: (surname(p.name) not in title, len(p.name.split()) < 2, -counts[p.name])
    )
    return best[0]


def _readable_label(label: str) -> str:
    """A label made readable: "MS. JEAN-PIERRE" -> "Ms. Jean-Pierre"."""
    return " ".join(w if re.fullmatch(r"[IVX]+", w) else w.title() for w in label.split())
