"""Transcript labels read as people: MR. SULLIVAN, THE PRESIDENT, Lynne Neagle AM, The Chair (…)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefcli.lexicon.people import (
    LABEL_HONORIFICS,
    NAME_SUFFIXES,
    POST_NOMINALS,
    ROLE_WORDS,
    TITLE_MODIFIERS,
    WRITTEN_HONORIFICS,
)
from briefcli.people.names import find_names, surname
from briefcli.people.person import Mention, Person


def _label_words(label: str) -> list[str]:
    return [w for w in re.split(r"[\s.]+", label) if w]


def label_person(
    label: str, people: Sequence[Person], mentions: Sequence[Mention], title: str
) -> Person | None:
    """The person a transcript label means: `MR. SULLIVAN` -> Jake Sullivan,
    `THE PRESIDENT` -> the President the text names, `Lynne Neagle AM` -> Lynne Neagle."""
    if any(c.islower() for c in label):
        return _written_label_person(label, people)
    label = without_post_nominals(label)  # "LYNNE NEAGLE AM"
    words = _label_words(label.upper())
    core = [w for w in words if w not in NAME_SUFFIXES]
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
        if w not in LABEL_HONORIFICS
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
    readable = re.sub(r"\b(Of|For|The)\b", lambda m: m.group().lower(), readable_label(label))
    named = [n for n in find_names(readable) if n.full]
    if named:
        return Person(named[-1].name, named[-1].title)
    return None


_WRITTEN_POST_NOMINALS = frozenset(w.rstrip(".") for w in POST_NOMINALS)


# In upper case, "JR" and "SR" are left to NAME_SUFFIXES.
_UPPER_POST_NOMINALS = frozenset(w.upper() for w in _WRITTEN_POST_NOMINALS) - {"JR", "SR"}


# A bracket that gives a member's riding and party, not a role: "(Barrie—Innisfil, CPC)".
_RIDING = re.compile(
    r",\s*(?:CPC|Lib\.?|NDP|BQ|GP|PPC|Ind\.?|Con\.?|Lab\.?|LD|SNP|PC|Plaid Cymru|"
    r"Green|Conservative|Liberal|Labour|Independent)\s*$"
)


def without_post_nominals(label: str) -> str:
    """An upper-case label without the letters after the name: "KIRSTY WILLIAMS AM" ->
    "KIRSTY WILLIAMS" (a lone "MS" or "DR" before a name is an honorific and stays)."""
    return " ".join(_drop_post_nominals(label.split(), _UPPER_POST_NOMINALS, keep=2))


def _drop_post_nominals(words: list[str], letters: frozenset[str], keep: int) -> list[str]:
    """`words` without the post-nominal `letters` at their end, keeping at least `keep`."""
    while len(words) > keep and words[-1].rstrip(".") in letters:
        words = words[:-1]
    return words


def _bracketed(label: str) -> tuple[str, str]:
    """A label and what its closing bracket holds: "Mr. X (Title, Dept.)" -> ("Mr. X ",
    "Title, Dept."); the second part is empty without a bracket."""
    name, _, rest = label.partition("(")
    rest = rest.strip()
    return name, rest[:-1].strip() if rest.endswith(")") else ""


def _written_label_person(label: str, people: Sequence[Person]) -> Person | None:
    """The person a mixed-case label names as written: the name without honorifics and
    post-nominal letters, with the role a bracket gives ("Mr. Michel Doiron (Assistant Deputy
    Minister, Veterans Affairs)") or the text's own title for them. A role label with the
    person in brackets is that person: "The Chair (Mr. Bryan May (Cambridge, Lib.))"."""
    name, bracket = _bracketed(label)
    role: str | None = None
    if bracket and name.split()[:1] == ["The"]:
        role = " ".join(name.split()[1:])
        name, bracket = _bracketed(bracket)
    if bracket and not _RIDING.search(bracket) and role is None:
        role = bracket
    words = name.split()
    while len(words) > 1 and words[0] in WRITTEN_HONORIFICS:
        words.pop(0)
    words = _drop_post_nominals(words, _WRITTEN_POST_NOMINALS, keep=1)
    name = " ".join(words)
    for person in people:
        if person.name.lower() == name.lower():
            return Person(person.name, person.title or role)
    return Person(name, role) if len(words) >= 2 else None


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


def readable_label(label: str) -> str:
    """A label made readable: "MS. JEAN-PIERRE" -> "Ms. Jean-Pierre"; one written in mixed
    case ("Chair") stays as written."""
    if any(c.islower() for c in label):
        return label
    return " ".join(w if re.fullmatch(r"[IVX]+", w) else w.title() for w in label.split())
