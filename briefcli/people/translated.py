"""Officials' labels in other languages: their English titles, and cognates of title words."""

from __future__ import annotations

import itertools
import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from briefcli.lexicon.labels import LABEL_ARTICLES, ROLE_TRANSLATIONS
from briefcli.people.names import find_names
from briefcli.people.person import Person

# Cognates are words of this many letters at least, this alike (difflib's ratio, accents
# folded): "presidencia" and "presidency" 0.86, "infraestruturas" and "infrastructure" 0.83.
_COGNATE_LETTERS = 6
_COGNATE_RATIO = 0.8


@lru_cache(maxsize=4096)
def cognate(word: str, other: str) -> bool:
    if len(word) < _COGNATE_LETTERS or len(other) < _COGNATE_LETTERS:
        return False
    a, b = _unaccented(word), _unaccented(other)
    return a == b or SequenceMatcher(None, a, b).ratio() >= _COGNATE_RATIO


def _unaccented(word: str) -> str:
    """`word` in lower case without its accents ("presidência" -> "presidencia")."""
    spelled = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in spelled if not unicodedata.combining(c))


def translated_label(label: str) -> tuple[str, ...]:
    """The English forms of an official's label in another language, in capitals, the
    likeliest first: "LE PREMIER MINISTRE" -> ("PRIME MINISTER", "PREMIER"),
    "BUNDESMINISTERIN AIGNER-SCHUSTER" -> ("FEDERAL MINISTER AIGNER-SCHUSTER", "MINISTER
    AIGNER-SCHUSTER"), "MINISTRA DA PRESIDÊNCIA" -> ("MINISTER PRESIDÊNCIA",); none for a
    label with no title of another language (see the lexicon's `ROLE_TRANSLATIONS`)."""
    words = label.replace(",", " ").split()
    lower = [w.lower() for w in words]
    parts: list[tuple[str, ...]] = []
    foreign = False
    k = 0
    while k < len(words):
        for n in range(min(_LONGEST_ROLE, len(words) - k), 0, -1):
            english = ROLE_TRANSLATIONS.get(" ".join(lower[k : k + n]))
            if english is not None:
                foreign = foreign or " ".join(lower[k : k + n]) not in english
                parts.append(tuple(e.upper() for e in english))
                k += n
                break
        else:
            if lower[k] not in LABEL_ARTICLES:
                parts.append((words[k].upper(),))
            k += 1
    if not foreign:
        return ()
    return tuple(" ".join(choice) for choice in itertools.islice(itertools.product(*parts), 4))


_LONGEST_ROLE = max(len(phrase.split()) for phrase in ROLE_TRANSLATIONS)


def titled_in_text(label: str, text: str) -> Person | None:
    """The one person `text` names in full after the words of a title-only `label`, or
    their cognates ("CABINET SECRETARY" of "… Cabinet Secretary for Health Dr. Wanjiru
    Kamau-Odhiambo; …", "STATSMINISTEREN" of "Statsminister Mette Kjærsgaard Holm"): the
    words between the name and the entry before it (a semicolon, or the name before)."""
    wanted = [
        w.lower()
        for w in re.split(r"[\s.]+", label)
        if w and w.lower() not in LABEL_ARTICLES and w not in ("OF", "FOR", "THE", "AND")
    ]
    if not wanted:
        return None
    hits: dict[str, Person] = {}
    end = 0
    for mention in find_names(text):
        start = mention.title_start if mention.title_start is not None else mention.start
        before = text[max(end, start - _TITLE_CONTEXT) : mention.start]
        before = before.rsplit(";", 1)[-1]
        end = mention.end
        if len(mention.name.split()) < 2 or "\n" in mention.name:
            continue  # (a name runs over no line's end)
        words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’\-]*", before)]
        if all(w in words or any(cognate(w, other) for other in words) for w in wanted):
            hits.setdefault(mention.name, Person(mention.name, mention.title))
    return next(iter(hits.values())) if len(hits) == 1 else None


# How far before a name its title may start, in characters ("The Minister Delegate in
# charge of Relations with Parliament, Government Spokesman, Mr. …").
_TITLE_CONTEXT = 90
