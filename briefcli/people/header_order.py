"""Officials' labels no table reads (a title in another language or script), named by the
people the header lists, in the order they first speak."""

from __future__ import annotations

from collections.abc import Sequence

from briefcli.lexicon.labels import LABEL_ARTICLES
from briefcli.lexicon.people import LABEL_PARTICLES, ROLE_WORDS
from briefcli.people.credit import is_credit
from briefcli.people.labels import listed_people
from briefcli.people.names import find_names
from briefcli.people.person import Person
from briefcli.people.translated import cognate
from briefcli.text.document import Document
from briefcli.text.turn import answers_by_role, role_label

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
    unnamed = [
        label
        for label in order
        if (label not in labels or labels[label].name.lower() == label.lower())
        and untitled_label(label)
    ]
    if not unnamed:
        return {}
    taken = {p.name for label, p in labels.items() if label not in unnamed}
    above = [p for p, _ in listed_people(heading)]
    for people in (listed, above, _named_above(heading)):
        free = [p for p in people if p.name not in taken]
        if len(free) == len(unnamed):
            return dict(zip(unnamed, free, strict=True))
    return {}


def _named_above(heading: str) -> list[Person]:
    """The people named in full in the lines above the first turn, in order, once each,
    bylines and credits aside."""
    found: dict[str, Person] = {}
    for line in heading.split("\n"):  # (a name never runs on over a line's end)
        for n in find_names(line):
            if n.full and not is_credit(line, n.start, n.end):
                found.setdefault(n.name, Person(n.name, n.title))
    return list(found.values())
