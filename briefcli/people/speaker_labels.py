"""Who each speaker label of a transcript is: officials named in full, the one answering,
a witness sworn in, an interviewee."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefcli.lexicon.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from briefcli.lexicon.labels import LISTING_WORDS, OATH_WORDS, WITNESS_LABELS
from briefcli.lexicon.people import (
    CAPITAL_PARTICLES,
    LABEL_HONORIFICS,
    LABEL_PARTICLES,
    NOT_PERSON_LAST_WORDS,
    ROLE_WORDS,
)
from briefcli.people.credit import CREDIT_LINE, is_credit
from briefcli.people.header_order import honorific_surname, named_above, named_in_order
from briefcli.people.labels import (
    addressed_by_given_name,
    addressed_in_full,
    attributed_name,
    family_name_first,
    family_names,
    given_first,
    given_names,
    keyed_name,
    label_person,
    listed_people,
    listed_person,
    name_after_title,
    name_in_text,
    numbered_official,
    office_holder,
    office_holder_named,
    readable_label,
    self_introduced,
    title_only,
    without_styles,
)
from briefcli.people.names import find_names, surname, word_set
from briefcli.people.person import Mention, Person
from briefcli.people.translated import titled_in_text, translated_label
from briefcli.text.document import Document
from briefcli.text.keys import folds_apart
from briefcli.text.turn import answers_by_role, is_hearing_label, listed_witness, role_label


class _Turns:
    """The turns of a transcript by label, to read the turns next to a label's own."""

    def __init__(self, doc: Document) -> None:
        self._text: dict[int, list[str]] = {}
        self._of: dict[str, list[int]] = {}
        self._label: dict[int, str] = {}
        for b in doc.blocks:
            if b.turn is None:
                continue
            self._text.setdefault(b.turn, []).append(b.text)
            if b.speaker is not None:
                self._of.setdefault(b.speaker, []).append(b.turn)
                self._label[b.turn] = b.speaker

    def own(self, label: str) -> list[str]:
        """The text of the turns of `label`."""
        own = dict.fromkeys(self._of.get(label, ()))
        return [text for t in own for text in self._text.get(t, ())]

    def next_to(self, label: str) -> list[str]:
        """The text of the turns just before and just after each turn of `label`."""
        own = set(self._of.get(label, ()))
        near = sorted({t + step for t in own for step in (-1, 1)} - own)
        return [text for t in near for text in self._text.get(t, ())]

    def thanked(self, title: str) -> set[str]:
        """The labels of the turns just before a turn that opens by thanking `title` ("Thank
        you, Attorney General."): who was just given that title."""
        thanks = re.compile(_THANKS_OPENING + re.escape(title) + r"\b", re.IGNORECASE)
        return {
            self._label[t - 1]
            for t, texts in self._text.items()
            if t - 1 in self._label and thanks.match(texts[0])
        }


# A turn's opening thanks to the one before: "Thank you, …", "Thanks very much, the …".
_THANKS_OPENING = r"\s*(?:thank\s+you|thanks)(?:\s+(?:very|so)\s+much)?,?\s+(?:the\s+|my\s+)?"


def _joint(key: str, names: dict[str, dict[str, int]]) -> Person | None:
    """Two officials answering under one label, each named in full by the text: "MINISTERS
    Ó CEALLAIGH AND McGILLYCUDDY" is "Eamon Ó Ceallaigh and Roisín McGillycuddy"."""
    first, joined, second = key.partition(" AND ")
    if not joined or " AND " in second:
        return None
    title, _, surname = first.partition(" ")
    if not (title.endswith("S") and title[:-1].lower() in ROLE_WORDS and surname):
        return None
    one = name_in_text(f"{title[:-1]} {surname}", names)
    other = name_in_text(f"{title[:-1]} {second}", names)
    if one is None or other is None or one.name == other.name:
        return None
    return Person(f"{one.name} and {other.name}", None)


def _keyed_entry(key: str, listing: str) -> Person | None:
    """The one person of the header's one entry that gives `key` in brackets ("Assistant
    Commissioner (AC) for Fire Safety, Callum O'Rourke"; "Eng. Abdirahman Hussein Gedi
    (IGP)")."""
    bracket = f"({key})"
    if bracket not in listing:
        return None
    entries = [e for e in re.split(r"[;\n]", listing) if bracket in e]
    people = listed_people(entries[0]) if len(entries) == 1 else []
    return people[0][0] if len(people) == 1 else None


def _listed_or_named(
    form: str,
    listed: Sequence[tuple[Person, frozenset[str]]],
    header: str,
    names: dict[str, dict[str, int]],
) -> Person | None:
    """The person a header lists or names after a title `form` (in English or a cognate of
    it): one named in full, else no one."""
    person = (
        (listed_person(form, listed, cognates=True) if listed else None)
        or (name_after_title(form, header, names, sure=True) if title_only(form) else None)
        or titled_in_text(form, header)
    )
    return person if person is not None and _name_words(person.name) >= 2 else None


def _label_title(label: str) -> str | None:
    """The title an upper-case label gives before a name ("SPOKESPERSON İLKAY DEMİRAĞ" ->
    "Spokesperson"), read as a readable label; None where it gives none."""
    if any(c.islower() for c in label):
        return None
    words = label.split("(", 1)[0].split()
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        if title_only(head):
            return readable_label(head)
    return None


def _listing_line(line: str) -> bool:
    """Whether a line lists who takes part ("Taking part: …", "Speakers: …")."""
    head, colon, _ = line.partition(":")
    return bool(colon) and head.strip().lower() in LISTING_WORDS


def _name_words(name: str) -> int:
    """The words of a name beside its particles: "de Vries-Bakker" is a surname alone."""
    words = name.split()
    return sum(w.lower() not in LABEL_PARTICLES and w not in CAPITAL_PARTICLES for w in words)


def _names_someone(person: Person, people: Sequence[Person]) -> bool:
    """Whether a label's reading is a person: one the text names, or a name that opens with
    a known given name ("DANA SMITH"), not a place or a body ("UNITED KINGDOM")."""
    first = person.name.split()[0]
    known = first in FEMALE_GIVEN_NAMES or first in MALE_GIVEN_NAMES
    return known or any(p.name == person.name for p in people)


def label_people(
    doc: Document, people: Sequence[Person], mentions: Sequence[Mention]
) -> dict[str, Person]:
    """The person each official's label names: from the label and the text, then a label
    that is only a title ("TREASURER") as the one an earlier label gave it ("TREASURER,
    THE HON. SCOTT MORRISON MP"), as the speaker introduces themselves or the header names
    them, then the office's holder on the briefing's date, then the one person the text
    gives that title."""
    labels: dict[str, Person] = {}
    unresolved: dict[str, str] = {}  # label: its upper-case form
    text = "\n".join((doc.title or "", *doc.preamble, *(b.text for b in doc.blocks)))
    # and the headings in capitals made readable, which name witnesses in full ("STATEMENT
    # OF HON. TERRENCE OKONJO-REYES, DEPUTY ADMINISTRATOR")
    text += "".join(
        "\n" + readable_label(b.text) for b in doc.blocks if b.heading and b.text.isupper()
    )
    header = "\n".join((doc.title or "", *doc.preamble))
    names: dict[str, dict[str, int]] | None = None
    families: dict[str, dict[str, int]] | None = None
    turns = _Turns(doc)
    # The lines above the first turn: the header's, or the text's where no header was kept
    # apart ("Taking part: …", the ground rules of a background briefing).
    above = []
    for block in doc.blocks:
        if block.speaker is not None:
            break
        above.append(block.text)
    # (and an unlabelled line above the first turn that lists people by semicolons, too short
    # for an opening statement: "Minister of Mines and Energy Andrés Felipe Cuéllar Ossa;
    # Director …")
    listing = "\n".join(
        line
        for line in (
            *doc.header,
            *(a for a in above if _listing_line(a) or (";" in a and not doc.header)),
        )
        if line != doc.title
    )
    listed = listed_people(listing)
    # and every line above the first turn ("Speaker 1 is the Government Chief Spokesperson, …")
    heading = "\n".join((header, *doc.header, *above))
    tried: set[str] = set()
    keyed_labels: set[str] = set()
    in_full: list[Person] | None = None  # the people named in full, for honorific labels
    # The ground rules say what unnamed officials are called.
    attributed = attributed_name("\n".join((header, *doc.header, *above)))
    for block in doc.blocks:
        label = block.speaker
        if label is None or label in tried:
            continue
        tried.add(label)
        if block.question and role_label(label) is not None:
            continue  # "QUESTION", "MODERATOR": a role, no one to name (a named host is)
        if answers_by_role(label):
            continue  # "A:", "Answer:": the official answering (below)
        if attributed is not None and numbered_official(label):
            # "Official 1", where the ground rules say "quoted as senior government officials"
            labels[label] = Person(attributed, None)
            keyed_labels.add(label)  # (whole: "Senior Government Official")
            continue
        key = label
        if " AND " in label.upper():
            names = names if names is not None else given_names(text)
            joint = _joint(label.upper(), names)
            if joint is not None:
                labels[label] = joint
                continue
        if any(c.islower() for c in label):
            honoured = None
            if label.split()[0].upper().rstrip(".") in LABEL_HONORIFICS:
                if in_full is None:  # (read once, for the first such label)
                    in_full = [*people, *(p for p, _ in listed), *named_above(heading)]
                honoured = honorific_surname(label, in_full)
            if honoured is not None:
                labels[label] = honoured  # "Sra. Ruiz-Escobar": the header's Lucía Ruiz-Escobar
                keyed_labels.add(label)  # (a name the text gives in full stays whole)
                continue
            # "Lynne Neagle AM", "Prime Minister Daniel Ouellette": the name as written;
            # else the label read as upper-case ones are ("Chief Spokesperson", "Ms Smith").
            person = label_person(label, people, mentions, doc.title or "")
            if (
                person is not None
                and not translated_label(label.upper())  # "Bundesministerin Aigner-Schuster"
                and not is_hearing_label(label)  # "Mr. OKONJO-REYES": a surname to find
                and _name_words(person.name) >= 2
                and not any(w.lower() in ROLE_WORDS for w in person.name.split()[:-1])
            ):  # (a title and a surname is no name: "Deputy Government Spokesperson Brandt")
                labels[label] = person
                continue
            key = label.split("(", 1)[0].strip().upper()
        key = without_styles(key)  # "HON'BLE CHIEF MINISTER" is "CHIEF MINISTER"
        english = translated_label(key)
        if english:
            # A title in another language ("LE PORTE-PAROLE DU GOUVERNEMENT", "WAZIRI"): the
            # one person the header lists under it, in English or as a cognate; else read on
            # in English ("BUNDESMINISTERIN AIGNER-SCHUSTER" as "FEDERAL MINISTER …").
            names = names if names is not None else given_names(text)
            found = next(
                (
                    p
                    for form in (*english, key)
                    if (p := _listed_or_named(form, listed, heading, names)) is not None
                ),
                None,
            )
            if found is not None:
                labels[label] = found
                continue
            key = english[0]
        # A label the header gives in brackets after a name ("Eng. Abdirahman Hussein Gedi
        # (IGP)"): that entry's person, whatever else the label could read as.
        keyed = _keyed_entry(key, listing)
        if keyed is not None:
            labels[label] = keyed
            keyed_labels.add(label)
            continue
        if title_only(key):
            unresolved[label] = key  # after the labels that name someone
            continue
        # A label whose every word one header entry holds ("FORUM CHAIR" of "Present: Forum
        # Chair, Hon. Sione Lātū Fifita; …"): that entry's person, not a surname the text
        # happens to end a name with ("Pacific Islands Forum").
        entry = listed_person(key, listed) if listed else None
        if entry is not None and _name_words(entry.name) >= 2:
            labels[label] = entry
            continue
        person = label_person(key, people, mentions, doc.title or "")
        if person is not None and all(p.name != person.name for p in people):
            # A label read as a name the text never gives ("NWS METEOROLOGIST", "FEDERAL
            # CHANCELLOR MAYR"): the one the header lists under those words, or the full
            # name the text gives the surname, if any.
            names = names if names is not None else given_names(text)
            person = listed_person(key, listed) or name_in_text(key, names) or person
        if person is None or _name_words(person.name) == 1:
            # No one, or a surname alone ("Blinken"): the name the text spells out in full.
            names = names if names is not None else given_names(text)
            families = families if families is not None else family_names(text)
            full = (
                _earlier_label(key, labels)
                or keyed_name(label, heading)
                or name_in_text(key, names)
                or family_name_first(key, families)
                or self_introduced(key, turns.own(label))
                or listed_person(key, listed)
                or office_holder_named(key, doc.date)
                or addressed_by_given_name(key, turns.next_to(label), names)
                or (addressed_in_full(key, turns.next_to(label), names) if person is None else None)
            )
            if full is not None:
                person = Person(full.name, person.title if person else full.title)
        elif not _names_someone(person, people):
            # "UNITED KINGDOM": no name the text knows and no given name; as the others
            # call the speaker ("Thank you, Alistair"), when the text names that person.
            names = names if names is not None else given_names(text)
            person = addressed_in_full(key, turns.next_to(label), names) or person
        if person is not None and _name_words(person.name) == 1:
            # A surname the text never gives in full: as the label gives it, with the
            # title ("GOVERNOR HOLLOWAY" is Governor Holloway, not "Holloway").
            person = _titled_surname(key, person)
        if person is not None:
            labels[label] = person
    # A title one label alone has ("TREASURER, THE HON. SCOTT MORRISON MP"), not one several
    # share (the premiers of a COAG press conference).
    holders: dict[str, set[str]] = {}
    by_title: dict[str, Person] = {}
    for label, p in labels.items():
        # The title the person has, and the one their label gives before the name
        # ("SPOKESPERSON İLKAY DEMİRAĞ-ÖZTÜRK" holds "Spokesperson" for a later "SPOKESPERSON:").
        for title in (p.title, _label_title(label)):
            if title:
                holders.setdefault(title.lower(), set()).add(p.name)
                by_title[title.lower()] = p
    titled = {title: p for title, p in by_title.items() if len(holders[title]) == 1}
    for label, key in unresolved.items():
        # A title alone: as an earlier label gave it, as the speaker or the header names
        # them, the office's holder on the briefing's date, or the one person the text
        # gives that title.
        names = names if names is not None else given_names(text)
        person = (
            titled.get(readable_label(key).lower())
            or _titled_as(listed_person(key, listed), key)
            or self_introduced(key, turns.own(label))
            or name_after_title(key, header, names, sure=True)
        )
        if person is None:
            held = office_holder(key, doc.date, text)
            office = readable_label(key).removeprefix("The ")
            person = Person(held, office) if held else None
        if person is None:
            person = name_after_title(key, header, names)
        if person is None:
            person = label_person(key, people, mentions, doc.title or "")
            body = text[len(header) :]
            if person is not None and len(person.name.split()) < 2 and person.name not in body:
                person = None  # "Holds", of the title "Senior Defense Official Holds a …"
        if person is None:
            person = name_after_title(key, text, names)
        if person is None:
            person = _thanked_as(key, label, turns, labels)
        if person is not None:
            labels[label] = person
    # Titles no table reads (another language, another script): the people the header
    # lists, in the order the labels first speak.
    header_lines = "\n".join(line for line in doc.header if line != doc.title) or heading
    labels.update(named_in_order(doc, labels, [p for p, _ in listed], header_lines))
    for label, person in _answering(doc, labels).items():
        labels[label] = person
    # (A name the header keys to its label stays whole: "Abdirahman Hussein Gedi".)
    return {
        label: person if label in keyed_labels else given_first(person)
        for label, person in labels.items()
    }


# A witness sworn in: "MR DANIEL ACHEBE (affirmed)", "Dr Jane Roe (sworn)", "DR SARAH
# LOCKE, on former affirmation".
_OATH = "(?i:" + "|".join(re.escape(w) for w in OATH_WORDS) + ")"
_SWORN = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.\-]*[ ]){1,4}[A-Z][\w'’\-]+)[ ]*(?:\("
    + _OATH
    + r"\)|,[ ]*"
    + _OATH
    + r"[ ]*(?:$|\n))"
)
_OATH_LOWER = tuple(w.lower() for w in OATH_WORDS)


def _may_swear(text: str) -> bool:
    """Whether `_SWORN` can match `text`: every match has an oath word in it. (A test of
    substrings: the pattern, tried at every capital of every block, is slow to fail.)"""
    lower = text.lower()
    for word in _OATH_LOWER:
        if word in lower:
            return True
    return folds_apart(text)


def _sworn_witness(doc: Document) -> Person | None:
    """The first witness the transcript swears in ("MR DANIEL ACHEBE (affirmed)") or its
    header lists ("Witness: Detective Garda Marcus Fennelly"): the one who answers "A." and
    speaks as "THE WITNESS"."""
    listed = listed_witness(doc.header)
    named = [n for n in find_names(listed) if n.full] if listed else []
    if len(named) == 1:
        return Person(named[0].name, None)
    for block in doc.blocks:
        m = _SWORN.search(block.text) if _may_swear(block.text) else None
        if m is not None:
            name = m.group("name")
            words = [w for w in name.split() if w.upper().rstrip(".") not in LABEL_HONORIFICS]
            if len(words) >= 2:
                written = " ".join(words)
                return Person(readable_label(written) if written.isupper() else written, None)
    return None


def _titled_surname(key: str, person: Person) -> Person:
    """A one-word name as a title-and-surname label gives it: "GOVERNOR HOLLOWAY" ->
    Governor Holloway; the person as it was for any other label."""
    words = key.replace(".", " ").split()
    if len(words) < 2 or words[-1].lower() != person.name.lower():
        return person
    titles = [w for w in words[:-1] if w not in LABEL_HONORIFICS]
    if titles and not title_only(" ".join(titles)):  # "PRIME MINISTER", "GOVERNOR"
        return person
    return Person(readable_label(key), person.title)


def _thanked_as(key: str, label: str, turns: _Turns, labels: dict[str, Person]) -> Person | None:
    """A title alone ("ATTORNEY GENERAL") as the one person whose turn the next speaker
    closes by thanking that title ("The Hon. Celestine Bowen-Clarke, SC, MP: …", then
    "Commissioner: Thank you, Attorney General.")."""
    title = readable_label(key).removeprefix("The ")
    people = {
        labels[t].name: labels[t]
        for t in turns.thanked(title)
        if t != label and t in labels and labels[t].title in (None, title)
    }  # (not one who holds another title: "Thank you, Prime Minister" after the Treasurer)
    if len(people) != 1:
        return None
    (person,) = people.values()
    return Person(person.name, person.title or title)


def _answering(doc: Document, labels: dict[str, Person]) -> dict[str, Person]:
    """The person an answer label ("A:", "Answer:") stands for: the official who spoke
    before the first question it answers ("Governor: …", "Question: …", "Answer: …"), else
    the one the interview is with (`_interviewee`)."""
    found: dict[str, Person] = {}
    before: Person | None = None
    interviewee: list[Person | None] = []  # read once, when needed
    witness = _sworn_witness(doc)
    if witness is not None:
        # An examination: the witness sworn in answers, whoever spoke before.
        return {
            b.speaker: witness
            for b in doc.blocks
            if b.speaker is not None
            and (answers_by_role(b.speaker) or b.speaker.upper() in WITNESS_LABELS)
        }
    for block in doc.blocks:
        label = block.speaker
        if label is None or block.question:
            continue
        if not answers_by_role(label):
            before = labels.get(label, before)
            continue
        if label in found:
            continue
        if before is None and not interviewee:
            interviewee.append(_interviewee(doc))
        person = before or interviewee[0]
        if person is not None:
            found[label] = person
    return found


def _interviewee(doc: Document) -> Person | None:
    """The one person an interview's header names in full ("Dr. Nimal Wickramaratne,
    Governor of the Central Bank of Sri Lanka, answers questions put by …"), credits
    aside ("By Andre Whyte"); else the one person its title names ("Q&A: Chief Medical
    Officer Dr. Nalini Persaud on …")."""
    lines = [line for line in doc.header if line != doc.title and not CREDIT_LINE.match(line)]
    for block in doc.blocks:  # the unlabelled lines above the first turn
        if block.speaker is not None:
            break
        lines.append(block.text)
    for text in ("\n".join(lines), doc.title or ""):
        people = list(
            {
                n.name: Person(n.name, n.title)
                for n in find_names(text)
                if n.full
                and not is_credit(text, n.start, n.end)
                and n.name.split()[-1].lower() not in NOT_PERSON_LAST_WORDS
            }.values()
        )
        # Where several are named, the one named with an office ("Reserve Bank Governor Ratu
        # Josefa Nailatikau talked to our business editor, Shalini Prasad").
        office = [p for p in people if p.title and ROLE_WORDS & word_set(p.title.lower())]
        for found in (people, office):
            if len(found) == 1:
                return found[0]
        # (several named above and none by an office, as an opening statement names them:
        # the one the title names, if one)
    return None


def _earlier_label(key: str, labels: dict[str, Person]) -> Person | None:
    """The one person an earlier label named in full with the surname this label ends on:
    "GOVERNOR VARGAS" after "GOVERNOR ELENA VARGAS"."""
    words = key.replace(".", " ").split()
    if len(words) < 2:
        return None
    last = words[-1].lower()
    found = {
        p.name: p
        for p in labels.values()
        if len(p.name.split()) >= 2 and "," not in p.name and surname(p.name).lower() == last
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _titled_as(person: Person | None, label: str) -> Person | None:
    """A person named for a title label, with the label's title where nothing gave one."""
    if person is None or person.title:
        return person
    return Person(person.name, readable_label(label))
