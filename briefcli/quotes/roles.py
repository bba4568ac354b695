"""Who "the oncologist" or "the provincial minister" is: the person whose description fits."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from briefcli.lexicon.people import OFFICE_LEVELS
from briefcli.model import Sentence
from briefcli.people import People, Person
from briefcli.quotes.paragraphs import plain_text
from briefcli.quotes.pronouns import mention_index

_LOOKBACK = 40  # sentences
_APPOSITIVE = re.compile(r",\s+(?:an?\s+|the\s+)?([^,.;:()\"“”]{2,80})")


def role_holder(
    words: str, people: People, sentences: Sequence[Sentence], sentence: int, position: int
) -> Person | None:
    """The person a description after "the" names ("the oncologist", "the provincial
    minister"): each person mentioned before is scored by how their title and the
    appositive after their name ("Dr. Amara Nwachukwu, an oncologist at …") fit the words:
    the last word must be there, every other word that is there counts, a level of office
    that contradicts it ("Federal Health Minister" for "the provincial minister") rules the
    person out; the latest mentioned wins a tie."""
    wanted = words.lower().split()
    head, modifiers = wanted[-1], wanted[:-1]
    levels = {w for w in modifiers if w in OFFICE_LEVELS}
    best: tuple[int, int] | None = None
    chosen: Person | None = None
    keys, _ = mention_index(people)
    end = bisect_left(keys, (sentence, position))
    for order in range(end - 1, bisect_left(keys, (sentence - _LOOKBACK, 0), 0, end) - 1, -1):
        m = people.mentions[order]
        described = _described(m.person, sentences, m.sentence)
        if head not in described:
            continue
        if levels and any(w in OFFICE_LEVELS and w not in levels for w in described):
            continue
        score = (sum(1 for w in modifiers if w in described), order)
        if best is None or score > best:
            best, chosen = score, m.person
    return chosen


def _described(person: Person, sentences: Sequence[Sentence], sentence: int) -> set[str]:
    """The lower-case words of a person's title and of the appositive after their full name
    in the sentence that mentions them."""
    words = set((person.title or "").lower().replace(".", "").split())
    if 0 <= sentence < len(sentences):
        text = plain_text(sentences[sentence].text)
        at = text.find(person.name)
        m = _APPOSITIVE.match(text, at + len(person.name)) if at >= 0 else None
        if m is not None:
            words.update(re.findall(r"[\w'’\-]+", m.group(1).lower()))
    return words
