"""People in a briefing: names with their titles, transcript labels and references resolved."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice

from briefcli.lexicon.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from briefcli.lexicon.labels import ROLE_DISPLAY_NAMES
from briefcli.lexicon.people import (
    AGENT_NOUN_ENDINGS,
    GENDERED_PARTICLES,
    GENDERED_ROLES,
    KIN_WORDS,
    PRONOUN_GENDER,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    TITLE_ABBREVIATION_WORDS,
)
from briefcli.lexicon.speech import IRREGULAR_PAST_VERBS, MODAL_VERBS, REPORTING_VERBS
from briefcli.model import Sentence
from briefcli.people.credit import is_credit
from briefcli.people.labels import (
    readable_label,
    without_post_nominals,
)
from briefcli.people.names import (
    NameMention,
    find_names,
    is_role_word,
    surname,
    unaccented,
    word_set,
)
from briefcli.people.person import Mention, Person
from briefcli.people.quoted import double_marks_if_any, uses_double_marks
from briefcli.people.speaker_labels import label_people
from briefcli.text.document import Document
from briefcli.text.guard import guarded
from briefcli.text.turn import role_label

# Speech opened by a mark where quotes open: a sentence's start, or after a colon. (Each
# mark matched at the start and searched for after a colon: one pattern of both, the start
# one of two alternatives, was tried at every character.)
_SINGLE_OPENS = r"[‘'](?![‘'])(?=[A-Z])"
_DOUBLE_OPENS = r"(?:[\"“”«„]|'')"
_SINGLE_OPENS_SPEECH = (re.compile(_SINGLE_OPENS), re.compile(r":\s+" + _SINGLE_OPENS))
_DOUBLE_OPENS_SPEECH = (re.compile(_DOUBLE_OPENS), re.compile(r":\s+" + _DOUBLE_OPENS))


def _opens_speech(text: str, opens: tuple[re.Pattern[str], re.Pattern[str]]) -> bool:
    at_start, after_colon = opens
    return at_start.match(text) is not None or (
        ":" in text and after_colon.search(text) is not None
    )


def single_marks_quote(texts: Iterable[str]) -> bool:
    """Whether a document's quotation marks are single marks: it has no double marks, or
    its speech opens with single marks far more often than with double ones (a tabloid
    quotes with '…' and keeps "…" for nicknames and quotes inside quotes)."""
    texts = list(texts)
    if not uses_double_marks(texts):
        return True
    singles = sum(1 for t in texts if _opens_speech(t, _SINGLE_OPENS_SPEECH))
    doubles = sum(1 for t in texts if _opens_speech(t, _DOUBLE_OPENS_SPEECH))
    return singles >= 2 and singles > 2 * doubles


class _Mentions:
    """Mentions in document order, indexed so that a reference is resolved without a scan
    of every mention before it: by surname, by the words of the person's title, and the
    people in the order of their latest salient mention."""

    def __init__(self, mentions: Iterable[Mention] = ()) -> None:
        self.items: list[Mention] = []
        self._surnames: dict[str, list[int]] = {}
        self._title_words: dict[str, list[int]] = {}
        # Each person's latest salient mention, the least recent first.
        self._recent: dict[str, int] = {}
        # Once the genders are final: for "m" and "f", the latest salient mention of a
        # person of that gender or of none, before each point.
        self._pronoun: dict[str, list[int]] = {}
        self.extend(mentions)

    def extend(self, mentions: Iterable[Mention]) -> None:
        for m in mentions:
            i = len(self.items)
            self.items.append(m)
            self._surnames.setdefault(surname(m.person.name).lower(), []).append(i)
            for word in set(_title_words(m.person.title)):
                self._title_words.setdefault(word, []).append(i)
            if m.salient:
                self._recent.pop(m.person.name, None)
                self._recent[m.person.name] = i

    def freeze(self, gender_of: Callable[[str], str | None]) -> None:
        """Index pronouns by gender: the genders will not change any more."""
        for gender in ("m", "f"):
            latest, before = -1, []
            for i, m in enumerate(self.items):
                before.append(latest)
                if m.salient and gender_of(m.person.name) in (None, gender):
                    latest = i
            before.append(latest)
            self._pronoun[gender] = before

    def salient(
        self, count: int, gender: str, gender_of: Callable[[str], str | None]
    ) -> Mention | None:
        """The latest salient mention of the first `count` whose person may be `gender`."""
        if gender in self._pronoun:
            i = self._pronoun[gender][count]
            return self.items[i] if i >= 0 else None
        if count == len(self.items):
            for name, i in reversed(self._recent.items()):
                if gender_of(name) in (None, gender):
                    return self.items[i]
            return None
        for m in reversed(self.items[:count]):
            if m.salient and gender_of(m.person.name) in (None, gender):
                return m
        return None

    def with_surname(self, last: str, count: int) -> Mention | None:
        """The latest of the first `count` mentions whose person has surname `last`."""
        ids = self._surnames.get(last, [])
        k = bisect_left(ids, count)
        return self.items[ids[k - 1]] if k else None

    def titled(self, word: str, count: int) -> Iterator[Mention]:
        """The first `count` mentions whose person's title has `word`, latest first."""
        ids = self._title_words.get(word, [])
        for k in range(bisect_left(ids, count) - 1, -1, -1):
            yield self.items[ids[k]]


def _title_words(title: str | None) -> list[str]:
    words = re.split(r"[\s\-]+", (title or "").lower())
    return [TITLE_ABBREVIATION_WORDS.get(w.rstrip("."), w) for w in words]


@dataclass(frozen=True)
class _Before:
    """The mentions before a point in the text: the first `count` of the document's,
    then the first `extra_count` of `extra` (the current sentence's so far). A view:
    nothing is copied."""

    mentions: _Mentions
    count: int
    extra: Sequence[Mention] = ()
    extra_count: int = 0
    # The salient ones of `extra` by gender, and the start of the point they come before.
    salient_extra: _Salient | None = None
    before: int = 0
    # The sentence the point is in, when its mentions are among `mentions`' first `count`.
    sentence: int = -2

    def latest(self) -> Iterator[Mention]:
        """The mentions, latest first."""
        yield from self.latest_extra()
        items = self.mentions.items
        for k in range(self.count - 1, -1, -1):
            yield items[k]

    def latest_extra(self) -> Iterator[Mention]:
        """The current sentence's mentions, latest first."""
        for k in range(self.extra_count - 1, -1, -1):
            yield self.extra[k]

    def same_sentence(self) -> Iterator[Mention]:
        """The mentions of the sentence the point is in, latest first."""
        yield from self.latest_extra()
        items = self.mentions.items
        for k in range(self.count - 1, -1, -1):
            if items[k].sentence != self.sentence:
                break
            yield items[k]


class _Salient:
    """A sentence's salient mentions by the gender their person may have (none known,
    "m", "f"), in order of where they start: the latest one a pronoun may refer to is
    found by bisection, however many mentions of other genders come in between."""

    def __init__(self, mentions: Iterable[Mention], gender_of: Callable[[str], str | None]) -> None:
        self._gender_of = gender_of
        self._starts: dict[str | None, list[int]] = {None: [], "m": [], "f": []}
        self._mentions: dict[str | None, list[Mention]] = {None: [], "m": [], "f": []}
        self._genderless: dict[str, list[Mention]] = {}
        for m in mentions:
            self.add(m)

    def add(self, mention: Mention) -> None:
        if not mention.salient:
            return
        gender = self._gender_of(mention.person.name)
        gender = gender if gender in ("m", "f") else None
        starts = self._starts[gender]
        k = bisect_right(starts, mention.start)
        starts.insert(k, mention.start)
        self._mentions[gender].insert(k, mention)
        if gender is None:
            self._genderless.setdefault(mention.person.name, []).append(mention)

    def regroup(self, name: str) -> None:
        """The person's gender may have become known: their mentions move to it."""
        if self._gender_of(name) not in ("m", "f") or name not in self._genderless:
            return
        starts, mentions = self._starts[None], self._mentions[None]
        moving = self._genderless.pop(name)
        for m in moving:
            k = bisect_left(starts, m.start)
            while mentions[k] is not m:
                k += 1
            del starts[k], mentions[k]
        for m in moving:
            self.add(m)

    def latest(self, before: int, gender: str) -> Mention | None:
        """The latest salient mention starting before `before` whose person may be `gender`."""
        best: Mention | None = None
        for group in (None, gender):
            starts = self._starts.get(group, [])
            k = bisect_left(starts, before)
            if k and (best is None or starts[k - 1] > best.start):
                best = self._mentions[group][k - 1]
        return best


class _Directory:
    """The people named so far, by full name and by surname (the first named so)."""

    def __init__(
        self, named: dict[str, Person] | dict[str, _Known], surnames: dict[str, str]
    ) -> None:
        self._named = named  # by name, in the order first named
        self._surnames = surnames  # lower-case surname -> the first name with it

    def first_with_surname(self, name: str) -> None:
        """Note a newly named person: the first with their surname keeps it."""
        self._surnames.setdefault(surname(name).lower(), name)

    def named(self, name: str) -> Person | None:
        found = self._named.get(name)
        return Person(found.name, found.title) if found is not None else None

    def by_surname(self, last: str) -> Person | None:
        name = self._surnames.get(last)
        return self.named(name) if name is not None else None

    def extending(self, name: str) -> str | None:
        """The one name of three words or more that opens with `name` and was named before:
        "Mr Abdul Samad" after "Abdul Samad Abdul Wahab" (a Malay name), "Ka Danilo Ramos"
        after "Danilo Ramos-Dela Cruz" does not (the words must all be the longer name's)."""
        if name in self._named:
            return None
        found = [
            known
            for known in self._named
            if len(known.split()) >= 3 and known.startswith(name + " ")
        ]
        return found[0] if len(found) == 1 else None

    def by_first_word(self, word: str) -> Person | None:
        """The one person named in full whose name opens with `word`: a given name after a
        form of address ("Ratu Josefa", "Mang Rodolfo"), or a family name written first
        ("Dr Tan" for Tan See Leng, "Ms He" for He Ting Ru)."""
        found = [name for name in self._named if " " in name and name.split()[0].lower() == word]
        return self.named(found[0]) if len(found) == 1 else None


TITLE_SENTENCE = -1  # the sentence id given to the document's title
# A capitalised word; the capital comes first so that the search skips ahead to capitals.
_CAPITALISED = re.compile(r"[A-Z](?<![\w'’-].)[\w'’\-]+")

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
# "said he", "says the minister" (verb + subject, after a quote).
_VERB_SUBJECT = re.compile(
    rf"\b(?:{_VERBS}|according to)\s+"
    rf"(?P<who>he|she|(?:the|an?)(?:\s+[\w'’.\-]+){{1,5}}?)(?=[\s,.;:]|$)"
)
# (both open on a test: guarded by their first letters, see briefcli.text.guard)
_SUBJECT_VERB, _VERB_SUBJECT = guarded(_SUBJECT_VERB), guarded(_VERB_SUBJECT)


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
        surnames: dict[str, str] = {}
        for p in self.people:
            surnames.setdefault(surname(p.name).lower(), p.name)
        self._directory = _Directory(self._by_name, surnames)
        self._index = _Mentions(self.mentions)
        self._index.freeze(self._genders.get)
        self._keys = [(m.sentence, m.start) for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)
        # For each mention, the index of the latest salient mention up to it (or -1).
        self._focus: list[int] = []
        latest = -1
        for i, m in enumerate(self.mentions):
            latest = i if m.salient else latest
            self._focus.append(latest)

    @classmethod
    def from_document(cls, doc: Document, sentences: Sequence[Sentence]) -> People:
        reader = _Reader()
        reader.singles = single_marks_quote(s.text for s in sentences)
        if doc.title:
            reader.read(TITLE_SENTENCE, doc.title, question=False)
        for line in doc.preamble:  # "Ned Price, Department Spokesperson"
            reader.read(TITLE_SENTENCE, line, question=False)
        for s in sentences:
            reader.read(s.id, s.text, question=s.question, paragraph=s.paragraph)
        people = reader.people()
        by_name = {p.name: p for p in people}
        mentions = [
            Mention(m.sentence, m.start, m.end, by_name[m.person.name], m.salient)
            for m in reader.mentions
        ]
        labels = label_people(doc, people, mentions)
        first_person = {
            s.id: labels[s.speaker] for s in sentences if s.speaker in labels and not s.question
        }
        author = _author(doc.title or "", people) if doc.kind == "article" else None
        return cls(people, labels, mentions, reader.genders(), first_person, author)

    def label_name(self, label: str) -> str:
        """The display name for a transcript label: the person if known, else the label."""
        person = self._labels.get(label)
        if person is not None:
            return person.name
        # A reporter's label as the lexicon spells it ("JOURNLAIST" is a journalist; "Q",
        # the White House's reporters, a reporter; "WOMAN", a participant).
        role = role_label(label)
        if role is not None and role in ROLE_DISPLAY_NAMES:
            return ROLE_DISPLAY_NAMES[role]
        if role is not None and role == label.upper():
            role = label  # an outlet as the transcript writes it ("ITV News")
        return readable_label(role or without_post_nominals(label))

    def label_person(self, label: str) -> Person | None:
        """The person a transcript label names, when the text names them."""
        return self._labels.get(label)

    def person(self, name: str) -> Person | None:
        """The person the text names in full as `name`, or the one whose longer name opens
        with it ("Abdul Samad" for Abdul Samad Abdul Wahab)."""
        found = self._by_name.get(name)
        if found is None and " " in name:
            longer = self._directory.extending(name)
            found = self._by_name.get(longer) if longer is not None else None
        return found

    def gender(self, person: Person) -> str | None:
        """The gender ("m" or "f") when an honorific, a gendered title or a pronoun tells."""
        return self._genders.get(person.name)

    def focus(self, sentence: int, position: int | None = None) -> Mention | None:
        """The latest mention of someone speaking or acting before `sentence` (at
        `position` in it, if given): who an unattributed quote most likely belongs to."""
        count = bisect_left(self._keys, (sentence, 0 if position is None else position))
        latest = self._focus[count - 1] if count else -1
        return self.mentions[latest] if latest >= 0 else None

    def mentioned_since(self, person: Person, sentence: int, position: int, since: int) -> bool:
        """Whether the text mentions `person` between sentence `since` and the point."""
        k = bisect_left(self._keys, (sentence, position))
        for m in self.mentions[max(0, k - 60) : k][::-1]:
            if m.sentence < since:
                return False
            if m.person.name == person.name:
                return True
        return False

    def first_named(self, sentence: int, end: int) -> Mention | None:
        """The first mention of sentence `sentence`, if it starts before character `end`:
        most often the sentence's subject."""
        lo = bisect_left(self._keys, (sentence, 0))
        if lo < len(self.mentions) and self._keys[lo] < (sentence, end):
            return self.mentions[lo]
        return None

    def resolve(self, mention: str, sentence: int, position: int | None = None) -> Person | None:
        """The person `mention` ("he", "the secretary general", "Stoltenberg") refers to in
        sentence `sentence` (at character `position` of it, if given), from who the text
        named before it; None if it cannot tell."""
        if mention.strip().lower() in ("i", "me", "my"):
            return self._first_person.get(sentence, self.author)
        pos = 0 if position is None else position
        count = bisect_left(self._keys, (sentence, pos))
        if position is not None:
            # The first mention of this sentence that holds the position; only those
            # starting at most the longest mention's length before it can.
            first = bisect_left(self._keys, (sentence, pos - self._longest))
            for m in self.mentions[first : bisect_right(self._keys, (sentence, pos))]:
                if m.start <= pos < m.end:
                    return m.person
        before = _Before(self._index, count, sentence=sentence)
        return _resolve(mention, before, self._directory, self._genders.get)


def given_name_gender(name: str) -> str | None:
    """The gender a full name's common given name tells ("Maria Lopez": "f"), if any."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0] if words[0].isascii() else unaccented(words[0])  # "María" is "Maria"
    if words[0] in FEMALE_GIVEN_NAMES or first in FEMALE_GIVEN_NAMES:
        return "f"
    if words[0] in MALE_GIVEN_NAMES or first in MALE_GIVEN_NAMES:
        return "m"
    # "Bríd Ní Fhlaithearta": an Irish particle tells it.
    return next((GENDERED_PARTICLES[w] for w in words[1:-1] if w in GENDERED_PARTICLES), None)


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
    mention: str,
    before: _Before,
    people: _Directory,
    gender_of: Callable[[str], str | None],
) -> Person | None:
    """Resolve a mention against the mentions before it (in document order)."""
    text = mention.strip(" ,.;:")
    lower = text.lower()
    if not text:
        return None
    if lower in _PRONOUNS:
        gender = PRONOUN_GENDER[lower]
        pick = _salient_for(gender, before, gender_of)
        if pick is None or gender_of(pick.name) != gender:
            # The best fit: someone of the pronoun's gender named earlier in the same
            # sentence ("Her rival, Donald Trump, held a rally, where he called …")
            # rather than a speaker whose gender nothing tells.
            for m in islice(before.same_sentence(), 12):
                if gender_of(m.person.name) == gender:
                    return m.person
        if pick is not None:
            return pick
        # No one of that gender spoke or acted yet: a person of that gender just named
        # in passing ("Maria Lopez met John Park. … he said").
        for m in islice(before.latest(), 8):
            if gender_of(m.person.name) == gender:
                return m.person
        return None
    names = find_names(text)
    if names:
        named = names[-1]
        return _person_for_name(named, before, people)
    words = [w.strip(".,'’") for w in text.split()]
    if len(words) == 2 and words[0].lower() in _POSSESSIVES and words[1].lower() in KIN_WORDS:
        return _kin(words[0].lower(), words[1].lower(), before, people, gender_of)
    if len(words) > 1 and all(w.lower() in _PARTICLES for w in words[:-1]):
        return _by_surname(words[-1], before, people)  # "van der Berg said"
    if len(words) == 1 and words[0][:1].isupper():
        return _by_surname(words[0], before, people)
    roles = [w.lower() for w in words if is_role_word(w)]
    if not roles or words[0].lower() in ("a", "an", "one", "another"):
        return None  # "a spokeswoman" is somebody the text does not name
    return _by_role(roles, lower, before, gender_of)


_POSSESSIVES = {"his": "he", "her": "she"}


def _kin(
    possessive: str,
    kin: str,
    before: _Before,
    people: _Directory,
    gender_of: Callable[[str], str | None],
) -> Person | None:
    """ "Her husband": the other person with the surname of the one "her" is ("Peter and
    Anne Collins … Anne Collins said … Her husband said")."""
    owner = _resolve(_POSSESSIVES[possessive], before, people, gender_of)
    if owner is None:
        return None
    family = surname(owner.name)
    gender = KIN_WORDS[kin]
    for m in islice(before.latest(), 40):
        other = m.person
        if other.name == owner.name or surname(other.name) != family:
            continue
        if gender is None or gender_of(other.name) in (None, gender):
            return other
    return None


def _salient_for(
    gender: str, before: _Before, gender_of: Callable[[str], str | None]
) -> Person | None:
    """The latest person speaking or acting before the point who may be of `gender`."""
    if before.salient_extra is not None:
        latest = before.salient_extra.latest(before.before, gender)
        if latest is not None:
            return latest.person
    else:
        for m in before.latest_extra():
            if m.salient and gender_of(m.person.name) in (None, gender):
                return m.person
    found = before.mentions.salient(before.count, gender, gender_of)
    return found.person if found is not None else None


def _person_for_name(named: NameMention, before: _Before, people: _Directory) -> Person | None:
    if named.full:
        found = people.named(named.name)
        if found is None:
            longer = people.extending(named.name)
            found = people.named(longer) if longer is not None else None
        return found or Person(named.name, named.title)
    return _by_surname(named.name, before, people, named.gender)


def _by_surname(
    name: str, before: _Before, people: _Directory, gender: str | None = None
) -> Person | None:
    """The person a surname is: the latest of that surname, or the one the text names.
    With an honorific's `gender` ("Ms. Chen"), never one whose given name tells the other
    gender (not Victor Chen)."""
    last = surname(name).lower()

    def fits(person: Person) -> bool:
        return gender is None or given_name_gender(person.name) in (None, gender)

    for m in before.latest_extra():
        if surname(m.person.name).lower() == last:
            return m.person if fits(m.person) else None
    found = before.mentions.with_surname(last, before.count)
    if found is not None:
        return found.person if fits(found.person) else None
    person = people.by_surname(last) or (
        people.by_first_word(last) if " " not in name.strip() else None
    )
    return person if person is not None and fits(person) else None


def _by_role(
    roles: list[str], lower: str, before: _Before, gender_of: Callable[[str], str | None]
) -> Person | None:
    """The person a role names: "the secretary general" is the latest person titled so;
    "the actor" the latest person speaking when no title says it."""
    head = roles[-1]
    vice = "vice" in lower or "deputy" in lower or "assistant" in lower
    wanted = [w for w in re.split(r"[\s\-]+", lower) if w not in _DETERMINERS]
    titled = chain(
        (m for m in before.latest_extra() if head in _title_words(m.person.title)),
        before.mentions.titled(head, before.count),
    )
    former = "former" in lower.split()
    fallback: Person | None = None
    for m in titled:
        title = (m.person.title or "").lower()
        if not title:
            continue
        words = _title_words(title)
        # "the Turkish defense minister" is not "Israeli Defense Minister Yoav Gallant".
        if head not in words or any(w not in words for w in wanted):
            continue
        if not vice and any(w in ("vice", "deputy", "assistant") for w in words):
            continue
        if former != ("former" in words):
            # "the former president" is not the president in office, nor the other way.
            fallback = fallback or m.person
            continue
        return m.person
    if fallback is not None:
        return fallback
    gender = GENDERED_ROLES.get(head)
    # A descriptive role ("the Ballymena-born actor") points at the person in focus.
    if head not in _PERSON_NOUNS:
        return None
    for m in islice(before.latest(), 12):
        if m.salient and (gender is None or gender_of(m.person.name) in (None, gender)):
            return m.person
    return None


_PARTICLES = frozenset("de da di del van von der den la le bin al ibn dos du".split())
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
        self._index = _Mentions()
        self.mentions: list[Mention] = self._index.items
        # Names the text shows to be people (a title, an honorific, a reporting verb, a
        # surname used alone); other capitalised pairs ("Cold War", "Baltic Sea") are not.
        self.evidence: set[str] = set()
        self._paragraph = -2
        # Each surname's person: the latest named with it, for bare surnames ("Stoltenberg
        # said"); the first named with it, for references the mentions do not settle.
        self._surnames: dict[str, str] = {}
        self._directory = _Directory(self.known, {})
        self._inside = False  # a quote left open at the end of the last sentence
        self.singles = False  # single marks are quotation marks (no double ones in the text)

    def people(self) -> list[Person]:
        """The people the text shows to be people; a surname alone ("President Harris")
        becomes the one person of that surname the text names in full ("Kamala Harris")."""
        full: dict[str, list[_Known]] = {}
        for k in self.known.values():
            if len(k.name.split()) >= 2:
                full.setdefault(surname(k.name), []).append(k)
        alias: dict[str, str] = {}
        for k in self.known.values():
            if len(k.name.split()) == 1:
                same = full.get(k.name, [])
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
        """Each person's gender: told by an honorific, a title or a pronoun, else (a
        weaker cue) by a common given name."""
        out = {}
        for k in self.known.values():
            gender = k.gender or given_name_gender(k.name)
            if gender:
                out[k.name] = gender
        return out

    def _gender_of(self, name: str) -> str | None:
        known = self.known.get(name)
        if known is not None and known.gender:
            return known.gender
        return given_name_gender(name)

    def _learn(self, name: str, title: str | None, gender: str | None) -> Person:
        known = self.known.get(name)
        if known is None:
            known = self.known[name] = _Known(name, title, gender)
            self._surnames.setdefault(surname(name), name)
            self._directory.first_with_surname(name)
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
        regions, self._inside = _quoted_regions(text, self._inside, self.singles)
        quoted = _Cover(len(text), regions)

        def speaks(start: int, end: int) -> bool:
            # Names inside a quote are talked about, not talking.
            if question or quoted.holds(start):
                return False
            return _is_salient(text, start, end)

        found: list[Mention] = []
        spans = _Cover(len(text))
        for named in find_names(text):
            if is_credit(text, named.start, named.end):
                continue  # a byline or a photo credit names no one in the story
            opening = _described_opening(text, named)
            salient = speaks(opening, named.end)
            if named.full:
                longer = self._directory.extending(named.name)
                person = self._learn(longer or named.name, named.title, named.gender)
                if salient:
                    # A bare surname is the latest person of that surname named in full
                    # as a subject ("Rick Scott disagreed. … Scott said", after Tim Scott).
                    self._surnames[surname(person.name)] = person.name
            else:
                everyone = _Before(self._index, len(self._index.items))
                resolved = _by_surname(named.name, everyone, self._directory, named.gender)
                if resolved is None:
                    if named.title is None and named.gender is None:
                        continue
                    person = self._learn(named.name, named.title, named.gender)
                else:
                    person = self._learn(resolved.name, None, named.gender)
            if (
                named.title
                or named.gender
                or _speaks(text, opening, named.end)
                # "Rick Scott disagreed": a common given name, the subject of a verb.
                or (salient and named.full and given_name_gender(named.name))
                # "Rosalind Castañeda-Pruitt, 73, sat …": only a person has an age.
                or (named.full and _AGE_AFTER.match(text, named.end) is not None)
                # "23-year-old Priya Castellanos": so does an age before the name.
                or (named.full and _AGE_BEFORE.search(text, 0, opening) is not None)
            ):
                self.evidence.add(person.name)
            found.append(Mention(sentence, named.start, named.end, person, salient))
            spans.add(named.start, named.end)
        # Bare surnames of people already named: "Stoltenberg said".
        surnames = self._surnames
        # Most sentences have no capitalised word that is a known surname (possessives
        # aside): one set test skips them.
        maybe = (
            "'s" in text
            or "’s" in text
            or not surnames.keys().isdisjoint(_CAPITALISED.findall(text))
        )
        for m in _CAPITALISED.finditer(text) if maybe else ():
            word = m.group().rstrip("'’s") if m.group().endswith(("'s", "’s")) else m.group()
            if word not in surnames or spans.holds(m.start()):
                continue
            person = self._learn(surnames[word], None, None)
            self.evidence.add(person.name)
            end = m.start() + len(word)
            salient = speaks(m.start(), end)
            found.append(Mention(sentence, m.start(), end, person, salient))
            spans.add(m.start(), end)
        # Pronouns and role references that speak: "he said", "said the secretary general".
        if not question and not REPORTING_WORDS.isdisjoint(word_set(text)):
            # This sentence's mentions so far, by where they start.
            ordered = sorted(found, key=_start)
            by_gender = _Salient(ordered, self._gender_of)
            for pattern in (_SUBJECT_VERB, _VERB_SUBJECT):
                for m in pattern.finditer(text):
                    start, end = m.span("who")
                    if spans.meets(start, end) or quoted.holds(start):
                        continue
                    who = m.group("who")
                    before = _Before(
                        self._index,
                        len(self._index.items),
                        ordered,
                        bisect_left(ordered, start, key=_start),
                        by_gender,
                        start,
                    )
                    resolved = _resolve(who, before, self._directory, self._gender_of)
                    if resolved is None:
                        continue
                    person = resolved
                    pronoun = who.lower()
                    self.evidence.add(person.name)
                    if pronoun in PRONOUN_GENDER:
                        self._learn(person.name, None, PRONOUN_GENDER[pronoun])
                        by_gender.regroup(person.name)
                    mention = Mention(sentence, start, end, person, True)
                    found.append(mention)
                    insort(ordered, mention, key=_start)
                    by_gender.add(mention)
                    spans.add(start, end)
        found.sort(key=_start)
        self._index.extend(found)


# An age after a name, as news copy gives it: "Rosalind Castañeda-Pruitt, 73, sat".
_AGE_AFTER = re.compile(r",[ \t]+(?:aged[ \t]+)?\d{1,3},")
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old[ \t]+$")


def _start(mention: Mention) -> int:
    return mention.start


class _Cover:
    """The characters of a text that some spans cover: is a position, or any of a range,
    inside one of them (in time independent of how many spans there are)."""

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._marks = bytearray(size + 1)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        end = min(end, len(self._marks))
        if start < end:
            self._marks[start:end] = b"\x01" * (end - start)

    def holds(self, position: int) -> bool:
        return 0 <= position < len(self._marks) and self._marks[position] == 1

    def meets(self, start: int, end: int) -> bool:
        return self._marks.find(1, max(0, start), max(0, end)) >= 0


# These three are matched where a name ends (`match(text, end)`), so they have no '^'.
_AFTER_SUBJECT = re.compile(
    # (An age may come before an appositive: "Marcus Bell, 31, a former machinist, said".)
    rf"(?:,\s+\d{{1,3}}(?=,))?,?(?:[^,]{{1,120}},)?\s*"
    rf"(?:also\s+|later\s+|has\s+|had\s+|have\s+|then\s+|still\s+)?"
    rf"(?:{_VERBS}|announced|is|was|will|has|had|[a-z]{{3,}}(?:ed|es)|"
    rf"{'|'.join(sorted(IRREGULAR_PAST_VERBS))}|(?:{'|'.join(sorted(MODAL_VERBS))})(?:n['’]t)?)\b"
)
# "said X", "according to X" (but "told X", "asked X" name who was spoken to).
_BEFORE_SPEAKER = re.compile(
    rf"(?:\b(?!(?:told|tells|asked|asks|urged|urges)\b)(?:{_VERBS})|\baccording to)\s*$"
)
_BEFORE_SPEAKER = guarded(_BEFORE_SPEAKER)


_ROLES = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
# ", the founder of the theatre,", ", who…": the name before it is a person's.
_APPOSITIVE = re.compile(
    # An age may come first: "Eric Jorgensen, 29, who lives in Milwaukee".
    rf"(?:,\s+\d{{1,3}}(?=,))?"
    rf"(?:,\s+(?:who|whose)\b|,\s+(?:the|a|an|[\w\-]+['’]s)\s+(?:[\w\-'’]+\s+){{0,5}}?"
    rf"(?:{_ROLES})\b[^,.]{{0,60}},)",
    re.IGNORECASE,
)


def _after_inverted_verb(text: str, start: int) -> bool:
    """The name comes after its reporting verb: '"…," said X', 'according to X'. Not
    when the verb has its own subject before it: in "Tom Baker said Mike Ortiz was
    wrong", Mike Ortiz is talked about."""
    window = text[max(0, start - 40) : start]
    m = _BEFORE_SPEAKER.search(window)
    if m is None:
        return False
    if m.group().startswith("according"):
        return True
    head = text[: max(0, start - 40) + m.start()].rstrip()
    return not head or head[-1] in ",\"“”'’—–:;.!?("


def _speaks(text: str, start: int, end: int) -> bool:
    """The name is next to a reporting verb or an appositive ("X, the founder")."""
    if _after_inverted_verb(text, start) or _APPOSITIVE.match(text, end):
        return True
    if _VERB_AFTER_COMMA.match(text, end) and text[:start].rstrip().endswith(","):
        return True
    return bool(_VERB_AFTER.match(text, end))


# (Or after the body the person is of: "Pollster Ellen Marchetti of Probe Research said".)
_VERB_AFTER = re.compile(
    rf"(?:,[^,]{{1,120}},|\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*){{0,5}})?"
    rf"\s*(?:also\s+|has\s+|had\s+)?(?:{_VERBS})\b"
)
# A name set off by commas, then its verb: "Its chief officer, Dr. Ramona Pike, said".
_VERB_AFTER_COMMA = re.compile(rf",\s*(?:also\s+)?(?:{_VERBS})\b")


def _quoted_regions(
    text: str, inside: bool, singles: bool = False
) -> tuple[list[tuple[int, int]], bool]:
    """The spans of `text` inside quotation marks, given whether it starts inside one;
    and whether it ends inside one."""
    changed = double_marks_if_any(text, singles)
    marked, origin = changed if changed is not None else (text, [])
    if '"' not in marked and "“" not in marked and "”" not in marked:
        return ([(0, len(text))] if inside else []), inside
    if marked is not text:
        found, ends_inside = _quoted_regions_of(marked, inside)
        return [(origin[a], origin[b]) for a, b in found], ends_inside
    return _quoted_regions_of(text, inside)


def _quoted_regions_of(text: str, inside: bool) -> tuple[list[tuple[int, int]], bool]:
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
_OPENERS = frozenset(" \"“”'‘’(")


_OPENING_WORD = re.compile(rf"(?:^|[.:]\s+)(?:{'|'.join(sorted(SENTENCE_OPENERS | {'For'}))})\s+$")


# One capitalised word opening a sentence before a name's description: "Software developer
# Tomás Rivera", "City councillor Marco Delgado", "Eighth-grader Dylan Pacheco".
_LEAD_WORD = re.compile(r"(?:^|[.:]\s+)[\"“‘']?(?P<word>[A-Z][\w\-]*)\s+$")


def _described_opening(text: str, named: NameMention) -> int:
    """Where a name's mention opens, with its title or the description before it."""
    opening = named.title_start if named.title_start >= 0 else named.start
    lead = _LEAD_WORD.search(text, max(0, opening - 24), opening)
    if lead is None:
        return opening
    word = lead.group("word")
    if (0 <= named.title_start < named.start) or "-" in word or word.endswith(AGENT_NOUN_ENDINGS):
        return lead.start("word")
    if named.full and _AFTER_SUBJECT.match(text, named.end):
        return lead.start("word")  # "Landlord Gerald Finch, who owns four units, said"
    return opening


def _is_salient(text: str, start: int, end: int) -> bool:
    """A name is salient when it opens its sentence, speaks ("X said", "said X",
    "according to X"), or is followed by a verb of its own."""
    # The last character before the name that is not a mark or a space (looked for
    # backwards: a name late in a long sentence does not copy the text before it).
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    age = _AGE_BEFORE.search(text, max(0, start - 16), start)
    if age is not None:
        # "One of them, 23-year-old Priya Castellanos, left …": the age is the name's.
        i = age.start() - 1
        while i >= 0 and text[i] in _OPENERS:
            i -= 1
    if i < 0 or text[i] in (".", ":"):
        return True
    opener = _OPENING_WORD.search(text, max(0, start - 16), start)
    if opener is not None:
        # "Even Dmitry Medvedev weighed in", "For Amina Yusuf, …": the sentence is theirs.
        return True
    if _after_inverted_verb(text, start):
        return True
    after = end + 2 if text.startswith(("'s", "’s"), end) else end
    return bool(_AFTER_SUBJECT.match(text, after)) and text[i] in (",", "”", '"')
