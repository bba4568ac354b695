"""Surnames as speakers: a surname of several words, and a surname two people share."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from briefcli.model import Sentence
from briefcli.people import People, Person
from briefcli.quotes.cast import Cast, cast_of
from briefcli.quotes.pronouns import is_pronoun, mention_index


def by_name_tail(
    words: str,
    people: People,
    sentences: Sequence[Sentence],
    point: tuple[int, int] | None = None,
) -> Person | None:
    """The one person named in full whose name ends in `words` and holds more: "Van Doorn"
    is Peter Van Doorn, "Quiñones de la Cruz" Mariela Quiñones de la Cruz (a surname of
    several words that the name finder reads as a full name of its own). When the article
    names several, and `point` is given, the one of them named before it ("Giuseppe Lo
    Cascio … Lo Cascio said" before his son Salvatore Lo Cascio is named)."""
    found = cast_of(people, sentences).ending_in(words)
    if len(found) > 1 and point is not None:
        _, first = mention_index(people)
        found = {name for name in found if first.get(name, point) < point}
    if len(found) != 1:
        return None
    name = next(iter(found))
    return people.person(name) or Person(name)


def surname_holder(
    word: str, point: tuple[int, int], people: People, sentences: Sequence[Sentence]
) -> Person | None:
    """Who a bare surname two people share is: the one the text already called by it alone
    before the other was named ("Cody Marchbanks … Marchbanks said … his wife, Dana
    Marchbanks … Marchbanks later said" is Cody). None unless two or more people of that
    surname were named before `point` and the first of them held the bare surname."""
    keys, first = mention_index(people)
    hi = bisect_left(keys, point)
    namesakes = sorted(
        (
            (first[p.name], p)
            for p in cast_of(people, sentences).by_surname.get(word, [])
            if p.name != word and first.get(p.name, point) < point
        ),
        key=lambda placed: placed[0],
    )
    if len(namesakes) < 2:
        return None
    (held_from, holder), (until, _) = namesakes[0], namesakes[1]
    lo, stop = bisect_left(keys, held_from), min(hi, bisect_left(keys, until))
    for m in people.mentions[lo:stop]:
        if m.person.name != holder.name or is_pronoun(sentences, m):
            continue
        if not 0 <= m.sentence < len(sentences):
            continue
        if sentences[m.sentence].text[m.start : m.end] == word:
            return holder
    return None


def by_gendered_honorific(
    family: str, gender: str | None, people: People, sentences: Sequence[Sentence]
) -> Person | None:
    """Of several people with one surname, the one of the honorific's gender: "Ms. Lee"
    after Karen and Kevin Lee are named is Karen."""
    if gender is None:
        return None
    cast = cast_of(people, sentences)
    named = [name for name in cast.ending_in(family) if cast_gender_of(cast, people, name)]
    fitting = [name for name in named if cast_gender_of(cast, people, name) == gender]
    if len(named) < 2 or len(fitting) != 1:
        return None
    return people.person(fitting[0]) or Person(fitting[0])


def cast_gender_of(cast: Cast, people: People, name: str) -> str | None:
    found = people.person(name)
    return cast.gender(name) or (people.gender(found) if found is not None else None)


def by_party(
    party: str, point: tuple[int, int], people: People, sentences: Sequence[Sentence]
) -> Person | None:
    """The person "the Democrat" or "the Liberal" is: the latest one named (not by a
    pronoun) before `point` whom the text gives that party."""
    parties = cast_of(people, sentences).parties
    keys, _ = mention_index(people)
    for m in reversed(people.mentions[: bisect_left(keys, point)]):
        if not is_pronoun(sentences, m) and parties.get(m.person.name) == party:
            return m.person
    return None
