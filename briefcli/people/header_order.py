"""Officials' labels no table reads (a title in another language or script, an honorific and a
surname), named from the header: the name after a comma or after the title's words, the people
listed in the order they first speak."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefcli.lexicon.labels import LABEL_ARTICLES
from briefcli.lexicon.people import LABEL_HONORIFICS, LABEL_PARTICLES, ROLE_WORDS
from briefcli.people.credit import is_credit
from briefcli.people.labels import listed_people
from briefcli.people.names import find_names
from briefcli.people.person import Person
from briefcli.people.translated import cognate
from briefcli.text.document import Document
from briefcli.text.turn import answers_by_role, role_label

# The last letter of the Latin script's extensions (Latin Extended-B ends at U+024F).
_LAST_LATIN = 0x24F
# Role words long enough to be recognised in another language by their look ("Ministru",
# "Ministrul" for minister; see `translated.cognate`).
_COGNATE_ROLES = tuple(w for w in ROLE_WORDS if w.isalpha() and len(w) >= 6)


def untitled_label(label: str) -> bool:
    """Whether a label is a title no table reads rather than a name: written in a script
    without capitals ("প্রেস সচিব", "รองโฆษกรัฐบาล"), with a word in lower case that is
    no particle ("Rzecznik rządu", "Purtătorul de cuvânt al Guvernului, …"), or with a
    word that looks like an English title ("Prim Ministru")."""
    letters = [c for c in label if c.isalpha()]
    if letters and not any(c.isupper() or c.islower() for c in letters):
        return True
    if letters and all(ord(c) > _LAST_LATIN for c in letters):
        return True  # Cyrillic, Greek, Armenian: names in an English text are in Latin letters
    words = label.split("(", 1)[0].replace(",", " ").split()
    small = LABEL_PARTICLES | LABEL_ARTICLES
    if any(w[:1].islower() and w.lower() not in small for w in words):
        return True
    return any(
        w.lower() not in ROLE_WORDS and cognate(w.lower(), role)
        for w in words
        if not w.isupper()  # (a label in capitals is read by the tables: "FOREIGN MINISTER")
        for role in _COGNATE_ROLES
    )


def named_in_order(
    doc: Document,
    labels: dict[str, Person],
    listed: Sequence[Person],
    heading: str,
) -> dict[str, Person]:
    """The people for officials' labels that name no one the text names (`untitled_label`,
    read as themselves or not at all), where the header lists exactly as many people not
    yet given a label: each in the order the labels first speak. Else the people listed, or
    named in full, in the lines above the first turn, if exactly as many."""
    order: dict[str, None] = {}
    for block in doc.blocks:
        label = block.speaker
        if label is None or label in order or block.question or answers_by_role(label):
            continue
        if role_label(label) is not None:
            continue  # "MODERATOR", "Operator": no one of the header's
        order[label] = None
    unread = [
        label
        for label in order
        if label not in labels or labels[label].name.lower() == label.lower()
    ]
    unnamed = [label for label in unread if untitled_label(label)]
    if unnamed:
        # Where some labels are titles no table reads, so are the others read as themselves
        # that the header never writes, or writes before a name ("Predsjednik Vlade" beside
        # "Ministrica zdravstva").
        unnamed = [
            label
            for label in unread
            if label in unnamed
            or " " in label
            and (label.lower() not in heading.lower() or _titled_in_heading(label, heading))
        ]
    found: dict[str, Person] = {}
    for label in unnamed:
        office, comma, name = label.rpartition(", ")
        if comma and _name_shaped(name):
            found[label] = Person(name, office)  # "Ministrul Energiei, Radu Bălănescu-Iliescu"
            continue
        before_name = _titled_in_heading(label, heading)
        if before_name is not None:
            found[label] = before_name  # "predsjednik Vlade Ivan Matijević-Knežević"
    unnamed = [label for label in unnamed if label not in found]
    if not unnamed:
        return found
    taken = {p.name for label, p in labels.items() if label not in unnamed}
    taken |= {p.name for p in found.values()}
    above = [p for p, _ in listed_people(heading)]
    for people in (listed, above, named_above(heading)):
        free = [p for p in people if p.name not in taken]
        if len(free) == len(unnamed):
            return found | dict(zip(unnamed, free, strict=True))
    by_the = _BY_THE.search(doc.title or "")
    if len(unnamed) == 1 and by_the is not None:
        # The one office the title says speaks, named in full after it in the header ("… by
        # the Head of the Odesa Regional Military Administration" over "Head of the Odesa
        # Regional Military Administration Andrii Bondarenko-Savchuk.")
        holder = _titled_in_heading(by_the.group(1), heading)
        if holder is not None and holder.name not in taken:
            return found | {unnamed[0]: holder}
    return found


# The office a title says speaks: "Address … by the Head of the Odesa Regional Military
# Administration", "Briefing by the Spokesperson of the Ministry".
_BY_THE = re.compile(r"\bby\s+(?:the\s+)?([A-Z][^:;|]{3,120}?)\s*$")


def _titled_in_heading(label: str, heading: str) -> Person | None:
    """The person the header names right after the label's words, in any case: "Na sjednici
    su govorili: predsjednik Vlade Ivan Matijević-Knežević, ministrica zdravstva …" for the
    label "Predsjednik Vlade"."""
    for m in re.finditer(re.escape(label), heading, re.I):
        words = re.match(r"\s+((?:[^\W\d_][\w'’.-]*\s*){2,4})", heading[m.end() :])
        if words is None:
            continue
        name = []
        for w in words.group(1).split():
            if not _name_shaped_word(w.rstrip(".,;")):
                break
            name.append(w.rstrip(".,;"))
            if w[-1] in ".,;":
                break
        if 2 <= len(name) <= 4:
            return Person(" ".join(name), label)
    return None


def _name_shaped_word(word: str) -> bool:
    return word[:1].isupper() and word[1:2].islower() and word.lower() not in ROLE_WORDS


def _name_shaped(words: str) -> bool:
    """Two to four capitalised words, none a title: "Ioana Mărgărit-Stan"."""
    parts = words.split()
    return 2 <= len(parts) <= 4 and all(map(_name_shaped_word, parts))


def named_above(heading: str) -> list[Person]:
    """The people named in full in the lines above the first turn, in order, once each,
    bylines and credits aside."""
    found: dict[str, Person] = {}
    for line in heading.split("\n"):  # (a name never runs on over a line's end)
        for n in find_names(line):
            if n.full and not is_credit(line, n.start, n.end):
                found.setdefault(n.name, Person(n.name, n.title))
    return list(found.values())


def honorific_surname(label: str, people: Sequence[Person]) -> Person | None:
    """The one person named in full whose name holds, after the given name, the words of a
    label that is an honorific and a surname ("Sra. Ruiz-Escobar" of "Lucía Ruiz-Escobar
    Moya", "Sr. Molina Pardo" of "Andrés Molina Pardo"), as Spanish and Italian records
    print their speakers."""
    words = label.split()
    if len(words) < 2 or words[0].upper().rstrip(".") not in LABEL_HONORIFICS:
        return None
    rest = [w.lower() for w in words[1:]]
    found = {
        p.name: p
        for p in people
        if any(
            [w.lower() for w in p.name.split()[k : k + len(rest)]] == rest
            for k in range(1, len(p.name.split()) - len(rest) + 1)
        )
    }
    return next(iter(found.values())) if len(found) == 1 else None
