"""Surnames as speakers: a surname of several words, and a surname two people share."""

from __future__ import annotations

import re
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


_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")


def by_age_order(
    words: str,
    elder: bool,
    people: People,
    sentences: Sequence[Sentence],
    point: tuple[int, int],
) -> Person | None:
    """Of the people of one surname named before `point`, the eldest ("the elder Lo
    Cascio") or the youngest, by the ages the text gave right after their names ("Lo
    Cascio, 61,", "Salvatore Lo Cascio, 29,"); None unless two or more have an age."""
    holders = cast_of(people, sentences).ending_in(words)
    if len(holders) < 2:
        return None
    keys, _ = mention_index(people)
    ages: dict[str, int] = {}
    for m in people.mentions[: bisect_left(keys, point)]:
        if not 0 <= m.sentence < len(sentences):
            continue
        name = m.person.name
        if name not in holders:
            # "Lo Cascio, 61," read as a person of its own: the namesake named before it.
            if name != words:
                continue
            named = by_name_tail(words, people, sentences, (m.sentence, m.start))
            if named is None:
                continue
            name = named.name
        age = _AGE_AFTER.match(sentences[m.sentence].text, m.end)
        if age is not None:
            ages.setdefault(name, int(age.group(1)))
    if len(ages) < 2 or len(set(ages.values())) < len(ages):
        return None
    name = (max if elder else min)(ages, key=lambda n: ages[n])
    return people.person(name) or Person(name)


_AGE_ORDER_BEFORE = re.compile(r"\b(elder|younger|older)\s+$", re.IGNORECASE)


def namesake_named(
    person: Person, people: People, sentences: Sequence[Sentence], point: tuple[int, int]
) -> Person | None:
    """Who a surname the people stage took for a person of its own ("Lo Cascio") is, when
    the text names several people with it: as the latest mention before `point` calls them
    ("The elder Lo Cascio said he …": the one given the most years)."""
    if len(cast_of(people, sentences).ending_in(person.name)) < 2:
        return None
    keys, _ = mention_index(people)
    for m in reversed(people.mentions[: bisect_left(keys, point)]):
        if m.person.name != person.name or is_pronoun(sentences, m):
            continue
        if not 0 <= m.sentence < len(sentences):
            return None
        order = _AGE_ORDER_BEFORE.search(sentences[m.sentence].text[max(0, m.start - 12) : m.start])
        if order is None:
            return None
        elder = order.group(1).lower() != "younger"
        return by_age_order(person.name, elder, people, sentences, (m.sentence, m.start))
    return None
