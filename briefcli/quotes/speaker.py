"""Who an attribution's words name: a person, an unnamed description, or an organisation."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from briefcli.lexicon.people import (
    KIN_WORDS,
    MEMBER_POST_NOMINALS,
    NAMESAKE_MODIFIERS,
    ORGANISATION_HEADS,
    POST_NOMINALS,
    PRONOUN_GENDER,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    WRITTEN_TITLES,
)
from briefcli.lexicon.speech import (
    ORGANISATION_NOUNS,
    PARTY_WORDS,
    PROFESSION_SUFFIXES,
    ROLE_ALTERNATIVES,
    STATEMENT_NOUNS,
    UNNAMED_DETERMINERS,
)
from briefcli.model import Sentence
from briefcli.people import People, Person
from briefcli.people.names import UPPER, find_names, is_role_word
from briefcli.people.speaker import given_name_gender
from briefcli.quotes.candidates import (
    best_candidate,
    cue_of,
    described_subject,
    score_candidates,
)
from briefcli.quotes.found import Found
from briefcli.quotes.kin import (
    KIN_SPEAKER,
    by_honorific,
    kin_before,
    kin_of_surname,
    named_kin,
)
from briefcli.quotes.organisations import (
    DESCRIBED_ORGANISATION,
    ORGANISATION_PHRASES,
    issued_by,
    named_organisation,
    operator_before,
    organisation_before,
    organisation_noun_before,
    organisation_of_kind,
)
from briefcli.quotes.paragraphs import UNMASK, plain_text
from briefcli.quotes.pronouns import (
    best_fit,
    first_name_only,
    gender_of,
    gendered_description,
    group_before,
    is_pronoun,
    mention_index,
    named_in_full_before,
    namesake_of,
    newcomer_of,
    role_subject,
    subject_role,
    word_subject,
)
from briefcli.quotes.roles import role_holder
from briefcli.quotes.surnames import (
    by_age_order,
    by_gendered_honorific,
    by_name_tail,
    by_party,
    namesake_named,
    surname_holder,
)
from briefcli.quotes.unnamed import introduced_as, office_of, one_of, speaking_for

# A sentence's end inside the words before a verb: after an acronym or a lower-case word
# (not after an initial or an abbreviated title: "R. Venkatesan", "Rep. Jane Doe").
_SENTENCE_ENDS_IN = re.compile(r"(?:\b[A-Z]{3,}|\b[a-z]{2,})[.!?]\s+(?=[A-Z])")


# A body named with "&" between capitalised words.
_AMPERSAND_BODY = re.compile(r"(?:[A-Z][\w'’.\-]*\s+)+&\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*")


# Kin and a first name with no comma between: "Their daughter Jade, 30," (read as "his
# wife, Sheila").
_KIN_GIVEN = re.compile(
    rf"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:{'|'.join(KIN_WORDS)})\s+"
    rf"([A-Z][\w'’\-]+)(?:,\s*\d{{1,3}})?,?"
)


def _titled_with_role(
    core: str, people: People, sentences: Sequence[Sentence], point: tuple[int, int]
) -> Person | None:
    """The person whose title holds the description's role word, when the best candidate
    is confirmed by it and no other candidate is ("the Louth TD" after "Labour TD Ged Nash")."""
    cue = cue_of(core, variation=True)
    if not cue.words:
        return None
    scored = score_candidates(cue, people, sentences, point)
    confirmed = [person for _, sure, _, person in scored if sure]
    return confirmed[0] if len(confirmed) == 1 and scored[0][1] else None


def resolve_speaker(
    who: str,
    sentence: int,
    position: int,
    people: People,
    last: Found | None,
    sentences: Sequence[Sentence] = (),
    opening: tuple[int, int] | None = None,
) -> tuple[Person | None, str | None]:
    """The person `who` names, and the name to show (a description when unnamed).
    `opening` is where the quote opens (sentence, offset), for a pronoun after it."""
    who = UNMASK.sub(r"\1. ", who)  # "Gov  Josh Shapiro" (masked) is "Gov. Josh Shapiro"
    ended = list(_SENTENCE_ENDS_IN.finditer(who))
    if ended:
        # "… with Hallmark and NHTSA. A spokesman": a sentence the splitter did not end.
        position += ended[-1].end()
        who = who[ended[-1].end() :]
    # "the 81-year-old MacLellan said": the age is no part of who.
    who = _AGE_BEFORE_NAME.sub("", who)
    trailing = _TRAILING_PRONOUN.search(who)
    if trailing is not None:
        # "as the couple left the ballroom he said", "after she wrote": the pronoun speaks.
        position += trailing.start(1)
        who = trailing.group(1)
    whose = _WHOSE_NAMED.search(who)
    if whose is not None:
        # "Jeffco Families First, whose founder, Marcus Delgado-Wynn, called her": the one
        # named after "whose" and a role is the verb's subject.
        subjects = [n for n in find_names(whose.group(1)) if n.full]
        if subjects and subjects[0].start == 0:
            first = subjects[0]
            subject = people.person(first.name) or Person(first.name, first.title)
            return subject, subject.name
    # Names in a relative clause ("the actor, whose films include Michael Collins,") are
    # not the speaker.
    who = re.sub(r",\s+(?:who|whose|which)\b.*$", "", who).strip(" ,")
    appos = re.search(r",\s+([A-Z][\w'’\-]+)$", who) or _KIN_GIVEN.fullmatch(who)
    if appos and not find_names(who):
        # "his wife, Sheila": the name the text gives, even a first name alone.
        given = people.resolve(appos.group(1), sentence, position) or Person(appos.group(1))
        return given, given.name
    if _AMPERSAND_BODY.fullmatch(who) and given_name_gender(who) is None:
        # "San Diego Gas & Electric", "Procter & Gamble": a company (not "Peter & Anne …").
        return None, who
    spoken_for = speaking_for(who, sentences, sentence, position, people)
    if spoken_for is not None:
        return None, spoken_for
    member = one_of(who, sentences, sentence)
    if member is not None:
        return None, member
    source = _STATEMENT_FROM.match(who)
    if source is not None:
        # "a statement from the Reserve Council": the council speaks.
        return resolve_speaker(source.group("who"), sentence, position, people, last, sentences)
    # "Kate Ober of the employers' group": who, not where from; "of" before a capital
    # is part of a name ("the U.S. Chamber of Commerce").
    core = _CORE_END.split(who)[0]
    # "Sinn Féin's housing spokesperson, Eoin Ó Broin-Kelly": an owner is not who speaks.
    # ("Andre Sims' mother, Gloria Sims": a plural's owner too.)
    names = [n for n in find_names(who) if who[n.end : n.end + 1] not in ("'", "’")]
    closing = _CLOSING_NAME.search(who)
    if closing is not None and not (names and names[0].full and names[0].start == 0):
        # (Not after a name that opens the words: "Ayesha Qureshi, 34, Mount Dennis" is
        # Ayesha Qureshi of Mount Dennis.)
        # "A spokesman for the Eastern Liberation Front, Idris Mbeki-Tafari": the name.
        named_last = [n for n in find_names(closing.group(1)) if n.full]
        if named_last and named_last[0].start == 0:
            names = named_last
    body = _PROPER_BODY.fullmatch(who.strip(" ,")) if not names else None
    body_words = body.group(2).split() if body is not None else []
    if (
        body is not None
        and (body.group(1) is not None or any(w in ORGANISATION_HEADS for w in body_words))
        and not any(
            w.rstrip(".") in WRITTEN_TITLES or w in POST_NOMINALS or w.lower() in ROLE_WORDS
            for w in body_words
        )
    ):
        # "The Department for Levelling Up said": a body named in full speaks as itself.
        return None, body.group(2)
    office = office_of(who) if not names else None
    if office is not None:
        # "the sheriff's office" is the "Ada County Sheriff's Office" the text named.
        return None, organisation_of_kind(office, sentences, sentence, position) or office
    if not names and _POSSESSED.match(who):
        # "Marsh's lawyer" is not Marsh: someone the text does not name.
        return None, core.strip()
    person: Person | None = None
    titled = (
        (_TITLED_SURNAME.fullmatch(core.strip()) or _ELDER.fullmatch(core.strip()))
        if not names
        else None
    )
    if titled is not None:
        # "the Rev. Kilbride", "Pastor Okoye": the person of that surname; "the elder
        # Strand" after "Strand's mother, Ruth,": Ruth Strand.
        if titled.re is _ELDER:
            person = kin_of_surname(titled.group(1), sentences, sentence, people)
        person = person or people.resolve(titled.group(1), sentence, position)
    by_age = _AGE_ORDER.fullmatch(core.strip()) if person is None else None
    if by_age is not None:
        # "the elder Lo Cascio said": of the namesakes, the one the text gave the most years.
        elder = by_age.group(1).lower() in ("elder", "older")
        person = by_age_order(by_age.group(2), elder, people, sentences, (sentence, position))
    if names and person is None:
        named = names[0]
        if named.full:
            person = (
                by_name_tail(named.name, people, sentences, (sentence, position))
                or people.person(named.name)
                or Person(named.name, named.title)
            )
        else:
            person = by_honorific(who[named.start : named.end], sentences, sentence, people)
            person = person or by_gendered_honorific(named.name, named.gender, people, sentences)
            person = person or surname_holder(named.name, (sentence, position), people, sentences)
            person = person or people.resolve(named.name, sentence, position + named.start)
            if person is None or person.name == named.name:
                # "Mr Tan" after "Tan Ah Kow": a family name written first.
                person = _family_name_first(named.name, people, sentence, position) or person
    kin_speaker = KIN_SPEAKER.fullmatch(core.strip())
    if person is None and kin_speaker is not None:
        # '"…," his son said': the son the text named before ("His son, Brian McCandless").
        person = named_kin(kin_speaker.group(1).lower(), sentences, sentence, people)
    if person is None and _ONE_NAME.fullmatch(core.strip()):
        person = surname_holder(core.strip(), (sentence, position), people, sentences)
    party = _PARTY_SPEAKER.fullmatch(core.strip())
    if person is None and party is not None:
        # "the Democrat said": the latest person named whom the text gives that party.
        person = by_party(
            PARTY_WORDS[party.group(1).lower()], (sentence, position), people, sentences
        )
    described = _DESCRIBED_AS.fullmatch(core.strip()) if person is None and not names else None
    if described is not None:
        # "the harbourmaster said", "the festival director said": the person the text
        # introduced with those very words before their name ("harbourmaster Anne Sveen").
        person = _introduced_with(described.group(1), people, sentences, sentence, position)
        # "the oncologist said" after "Dr. Amara Nwachukwu, an oncologist at …": the person
        # whose title or appositive fits the words best.
        person = person or role_holder(described.group(1), people, sentences, sentence, position)
    if person is None and not names and opening is not None:
        # '"…," the professor said' after "Political scientist Eric Lindahl … said Hale had
        # been hurt": a role the text never used before is the one who spoke just before.
        if _first_use_of_role(core.strip(), sentences, sentence, professions=True):
            person = _subject_before(opening, people, sentences)
    if person is None:
        person = people.resolve(_SYNONYM.sub(_synonym, core), sentence, position)
    alternative = _ALTERNATIVE.search(core) if person is None else None
    if alternative is not None:
        # "the judge" is the one the text styled "Justice".
        written = ROLE_ALTERNATIVES[alternative.group(1).lower()]
        person = people.resolve(_ALTERNATIVE.sub(written, core, count=1), sentence, position)
    if person is None:
        aged = _AGED.fullmatch(core.strip())
        if aged is not None:
            # "the 70-year-old said": the person the text gives that age, else the one in focus.
            person = _of_age(aged.group(1), sentences, sentence, position, people, core)
    if person is None and not names and _DESCRIBED_ROLE.fullmatch(core.strip()):
        # "the Fianna Fáil TD said", "the Liberal senator said": the person in focus.
        focus = people.focus(sentence, position)
        role_titled = _titled_with_role(core, people, sentences, (sentence, position))
        if role_titled is not None:
            # "Labour TD Ged Nash said …" then "the Louth TD said": the one titled so, not
            # someone named in passing since ("… said the Taoiseach was …").
            person = role_titled
        elif focus is not None and sentence - focus.sentence <= 2:
            person = focus.person
        else:
            # "the Nickel Belt MPP said": the person the text described so.
            cue = cue_of(core, variation=True)
            person = best_candidate(cue, people, sentences, (sentence, position))
    if person is None and _ONE_NAME.fullmatch(core.strip()):
        person = _by_first_surname(core.strip(), people) or _by_given_name(core.strip(), people)
    titled_member = _MEMBER.fullmatch(core.strip()) if person is None and not names else None
    if titled_member is not None:
        # "the MSP said": the latest person the text titled so ("Local MSP Ann Reid").
        person = _titled_before(titled_member.group(1), people, sentence, position)
    lower = core.lower()
    if lower in PRONOUN_GENDER:
        where = opening if opening is not None else (sentence, position)
        first_name = first_name_only(PRONOUN_GENDER[lower], sentences, *where)
        if first_name is not None:
            # "a retiree who asked that only her first name, Linda, be used": Linda.
            return Person(first_name), first_name
    if lower in PRONOUN_GENDER and (
        person is None or not people.mentioned_since(person, sentence, position, sentence - 1)
    ):
        # "A mother who escaped the city talked about it. '…,' she said": an unnamed
        # person of the pronoun's gender just described fits better than one named long ago.
        # (Read from where the quote opens: a quote of two sentences is no description.)
        where = opening if opening is not None else (sentence, position)
        unnamed = gendered_description(PRONOUN_GENDER[lower], sentences, *where)
        if unnamed is not None:
            spoken_for = speaking_for(f"a {unnamed}", sentences, *where, people)
            return None, spoken_for or unnamed
    if lower in PRONOUN_GENDER and opening is not None:
        gender = PRONOUN_GENDER[lower]
        newcomer = (
            kin_before(people, gender, opening, sentences)
            # ("Asked what she would do next, the veteran lawmaker laughed. '…,' she said":
            # the sentence's described subject outweighs a newcomer named before it.)
            or described_subject(people, gender, opening, sentences)
            or newcomer_of(people, gender, opening, sentences)
            or namesake_of(people, gender, opening, sentences)
            or word_subject(people, gender, opening, sentences)
            or role_subject(people, gender, opening, sentences)
            or _role_introduced(gender, opening, people, sentences)
        )
        if newcomer is not None:
            person = newcomer
        else:
            person = best_fit(people, gender, person, opening, sentences)
    if person is not None and lower in PRONOUN_GENDER and _described_as_body(person, sentences):
        # "Host Compliance, a firm hired by the city, found …" then '"…," she added': a
        # body the people stage read as a person is no "she"; the speaker goes on.
        person = None
    if person is None and lower in PRONOUN_GENDER and last is not None:
        person = last.person
        if person is None:
            return None, last.speaker
    if person is None and lower in PRONOUN_GENDER:
        # Nobody the people stage knows: the person last named in full before, whose given
        # name does not tell the other gender ("Seán Mac Giolla Bhríde, 78, who kept the
        # lighthouse …" then '— …, he says').
        person = named_in_full_before(PRONOUN_GENDER[lower], sentences, sentence, position)
    if person is not None and lower in PRONOUN_GENDER:
        # "Ms Duckett" read as a bare surname: the one of that surname and gender.
        person = _of_gender(person, PRONOUN_GENDER[lower], people, sentences)
    if person is not None:
        # "The elder Lo Cascio said he …. '…,' he said": the namesake called so.
        person = namesake_named(person, people, sentences, (sentence, position)) or person
        # "Quiñones de la Cruz" is Mariela Quiñones de la Cruz, named in full before.
        person = by_name_tail(person.name, people, sentences) or person
        if " " not in person.name and lower in PRONOUN_GENDER:
            # "Sir Clive" read as a person "Clive": Clive Barrington, named in full.
            person = _by_given_name(person.name, people) or person
        return person, person.name
    possessive = re.fullmatch(r"the (\w+)['’]s \w+", lower)  # "the council's ruling"
    if possessive and f"the {possessive.group(1)}" in ORGANISATION_PHRASES:
        lower = f"the {possessive.group(1)}"
    described = DESCRIBED_ORGANISATION.fullmatch(core.strip())
    if described is not None and not names:
        # "the Calgary-based carrier", "the French farm union": the noun names it (a
        # capitalised one is part of a name: "the Reserve Council").
        lower = f"the {described.group(1)}"
    if lower in ORGANISATION_PHRASES:
        # "the magazine" is the one the text named so ("US magazine Mobile PC").
        noun = lower.split()[-1]
        organisation = named_organisation(noun, sentences, sentence, position)
        # "the center said": the latest body named in full whose name fits the noun.
        organisation = organisation or organisation_of_kind(noun, sentences, sentence, position)
        # "Rand Water said in a statement …. '…,' the utility said": the issuer just named.
        organisation = organisation or issued_by(sentences, sentence, position)
        found = organisation or organisation_before(sentences, sentence, position, people)
        # "The mine, operated by Minera Cordillera, …": who runs what the text talks about.
        found = found or operator_before(sentences, sentence, position, people)
        return None, found or noun
    statement = re.fullmatch(r"(?:the|a|an|its|his|her|their)\s+(?:[\w\-]+\s+)?(\w+)", lower)
    if statement is not None and statement.group(1) in STATEMENT_NOUNS:
        # '"…," the statement read': whoever issued it, an organisation or the person in focus.
        if lower.startswith("their "):
            # '"…," their letter said' after "A group of former customers also wrote".
            # (Read from where the quote opens: a quote of two sentences is no group.)
            group = group_before(sentences, *(opening or (sentence, position)))
            if group is not None:
                return None, group
        if last is not None and last.speaker is not None:
            if _cites_document(statement.group(1), sentences, last.sentence, sentence, position):
                # "According to the filing, …. '…,' the filing said": the filing quoted
                # last ("prosecutors wrote in a sentencing memorandum").
                return last.person, last.speaker
        issued = issued_by(sentences, sentence, position)
        if issued is not None:
            # 'The health authority said in a statement that …': its issuer, just named.
            return resolve_speaker(issued, sentence, 0, people, last, sentences)
        focus = people.focus(sentence, position)
        if focus is not None and focus.sentence >= sentence - 1:
            return focus.person, focus.person.name  # 'Sen. X released a statement.'
        issuer = organisation_before(sentences, sentence, position, people)
        if issuer is None and focus is not None:
            return focus.person, focus.person.name
        if issuer is not None:
            return None, issuer
    if lower == "it":
        if last is not None and last.person is None and last.speaker is not None:
            # The organisation quoted just before, unless another has been the subject of
            # a sentence since ("The RSF said it welcomed the truce. '…,' it said").
            since = organisation_before(
                sentences, sentence, position, people, floor=last.last_sentence + 1
            )
            return None, since or last.speaker
        return None, (
            organisation_before(sentences, sentence, position, people)
            or organisation_noun_before(sentences, sentence, position)
        )
    if lower == "they":
        return None, group_before(sentences, sentence, position)
    if lower in PRONOUN_GENDER or lower in ("we", "i"):
        return None, None
    if not names and re.match(r"[Tt]he\s+[\w\-]+", core.strip()):
        # "the former schoolteacher said", "the 82-year-old said": the speaker model's
        # best candidate, when the text described them so or the words characterise
        # someone named nearby.
        candidate = best_candidate(cue_of(core), people, sentences, (sentence, position))
        if candidate is None and _first_use_of_role(core.strip(), sentences, sentence):
            # "Adeyemi … was in no mood to celebrate. '…,' the striker said": a role the
            # text never used before is variation for someone named nearby.
            cue = cue_of(core, variation=True)
            candidate = best_candidate(cue, people, sentences, (sentence, position))
        if candidate is not None:
            return candidate, candidate.name
    # Unnamed: the words the text uses, without their appositive ("Adams, a Democrat").
    description = _DETERMINER.sub("", core.strip())
    # "one senior Republican strategist involved (in Senate races)": the participle that
    # opened the cut-off phrase goes too.
    description = _TRAILING_PARTICIPLE.sub("", description)
    if re.match(r"[Tt]he\s", core.strip()) and re.fullmatch(r"[a-z][\w\-]*", description):
        # "the official said" after "a senior Liberal official …": as introduced.
        description = introduced_as(description, sentences, sentence, position) or description
    if _ONE_NAME.fullmatch(description):
        # '"…," Schreiber-Platt said.' then 'Al Schreiber-Platt, a commissioner, …': the
        # person named in full after the quote.
        later = by_name_tail(description, people, sentences)
        if later is not None:
            return later, later.name
    return None, description or None


def _cites_document(
    noun: str, sentences: Sequence[Sentence], since: int, sentence: int, position: int
) -> bool:
    """The text since the last quote's sentence cites a document of this kind as a source
    ("According to the filing, …", "In their own filing, they …")."""
    cited = re.compile(
        rf"\b[Aa]ccording\s+to\s+(?:the|their|its|his|her)\s+(?:[\w\-]+\s+)?{re.escape(noun)}\b"
        # (with a pronoun for the one quoted last: not "In its submission, the Growers
        # Federation said")
        rf"|\b[Ii]n\s+(?:their|its|his|her)\s+(?:own\s+)?(?:[\w\-]+\s+)?{re.escape(noun)},\s+"
        r"(?:they|it|he|she)\b"
    )
    for sid in range(max(0, since), min(sentence, len(sentences) - 1) + 1):
        text = sentences[sid].text[:position] if sid == sentence else sentences[sid].text
        if cited.search(text):
            return True
    return False


_ONE_ROLE = re.compile(r"[Tt]he\s+([a-z][a-z\-]+)")


def _first_use_of_role(
    core: str, sentences: Sequence[Sentence], sentence: int, *, professions: bool = False
) -> bool:
    """`core` is "the" and one role word that no sentence before this one uses (with
    `professions`, a trade's or a field's noun too: "the biologist")."""
    m = _ONE_ROLE.fullmatch(core)
    if m is None:
        return False
    word = m.group(1)
    if not is_role_word(word) and not (professions and word.endswith(PROFESSION_SUFFIXES)):
        return False
    used = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    return not any(used.search(s.text) for s in sentences[:sentence])


_WHOSE_NAMED = re.compile(
    rf",\s+whose\s+(?:[a-z][\w\-]*\s+){{0,3}}[a-z][\w\-]*,\s+([{UPPER}][^,]{{2,60}}?),?\s*$"
)


_AGE_BEFORE_NAME = re.compile(rf"^(?:[Tt]he\s+)?\d{{1,3}}-year-old\s+(?=[{UPPER}])")
_PARTY_SPEAKER = re.compile(
    rf"[Tt]he\s+({'|'.join(sorted(PARTY_WORDS, key=len, reverse=True))})", re.IGNORECASE
)
_ALTERNATIVE = re.compile(rf"\b({'|'.join(ROLE_ALTERNATIVES)})\b", re.IGNORECASE)
_DETERMINER = re.compile(rf"^(?:{'|'.join(UNNAMED_DETERMINERS)})\s+", re.IGNORECASE)
_TRAILING_PARTICIPLE = re.compile(r"(?<=\w)\s+[a-z]+(?:ed|ing)$")


_TRAILING_PRONOUN = re.compile(r"^\S.*\s(he|she)$")


_SYNONYM = re.compile(rf"\b({'|'.join(ROLE_SYNONYMS)})\b", re.IGNORECASE)


def _synonym(m: re.Match[str]) -> str:
    return ROLE_SYNONYMS[m.group(1).lower()]


_AGED = re.compile(r"[Tt]he\s+(\d{1,3})-year-old(?:\s+[a-z][\w\-]*)?")


_AGE_AFTER_NAME = re.compile(
    rf"([{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+){{1,2}}),\s+(\d{{1,3}}),"
)


_AGE_LOOKBACK = 12  # sentences


def _of_age(
    age: str,
    sentences: Sequence[Sentence],
    sentence: int,
    position: int,
    people: People,
    description: str = "",
) -> Person | None:
    """Who "the 70-year-old" is: the latest person given that age ("Tom Kessler, 52,"),
    else the speaker model's best candidate for the description, else the person in focus
    (the age told only here)."""
    for sid in range(sentence, max(-1, sentence - _AGE_LOOKBACK), -1):
        if not 0 <= sid < len(sentences):
            continue
        text = plain_text(sentences[sid].text)
        if sid == sentence:
            text = text[:position]
        found = [m.group(1) for m in _AGE_AFTER_NAME.finditer(text) if m.group(2) == age]
        for name in reversed(found):
            named = [n for n in find_names(name) if n.full]
            if named:
                return people.person(named[-1].name) or Person(named[-1].name)
    if description:
        candidate = best_candidate(cue_of(description), people, sentences, (sentence, position))
        if candidate is not None:
            return candidate
    focus = people.focus(sentence, position)
    if focus is not None and sentence - focus.sentence <= 3:
        return focus.person
    return None


_ONE_NAME = re.compile(rf"[{UPPER}][\w'’\-]+")


# "the Fianna Fáil TD", "the Liberal senator": a party or place, then a role or post-nominal.
_DESCRIBED_ROLE = re.compile(
    rf"[Tt]he\s+(?:[{UPPER}][\w'’\-]+\s+){{1,3}}"
    rf"(?:{'|'.join(sorted(ROLE_WORDS | POST_NOMINALS, key=len, reverse=True))})",
    re.IGNORECASE,
)


_DESCRIBED_AS = re.compile(r"[Tt]he\s+([a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2})")
_INTRODUCED_LOOKBACK = 12  # sentences


def _subject_before(
    opening: tuple[int, int], people: People, sentences: Sequence[Sentence]
) -> Person | None:
    """The person named (not by a pronoun) first in the sentence before a quote that opens
    its own, as the one speaking or acting there: "Dr. Kenji Moriyama … said the frogs …"."""
    sentence, offset = opening
    if not 0 < sentence < len(sentences) or sentences[sentence].text[:offset].strip(" \"“‘'«*"):
        return None
    keys, _ = mention_index(people)
    lo, hi = bisect_left(keys, (sentence - 1, 0)), bisect_left(keys, (sentence, 0))
    for m in people.mentions[lo:hi]:
        if is_pronoun(sentences, m):
            return None
        if sentences[m.sentence].text[m.end : m.end + 2] in ("'s", "’s"):
            continue  # "Lemieux's co-author, Dr. Kenji Moriyama,": the owner is not the one
        if m.salient:
            return m.person
    return None


def _role_introduced(
    gender: str, opening: tuple[int, int], people: People, sentences: Sequence[Sentence]
) -> Person | None:
    """Who "she" is after "The prosecutor returned to the point." when the people stage
    does not know the role: the person the text introduced with it ("Assistant prosecutor
    Melissa Carver"), when their gender may be the pronoun's."""
    found = subject_role(gender, opening, sentences)
    if found is None:
        return None
    role, sentence, end = found
    person = _introduced_with(role, people, sentences, sentence, end)
    if person is None or gender_of(people, person, sentences) not in (None, gender):
        return None
    return person


def _introduced_with(
    words: str, people: People, sentences: Sequence[Sentence], sentence: int, position: int
) -> Person | None:
    """The latest person named in full right after `words` ("harbourmaster Anne Sveen",
    "Festival director Oonagh Burke"), in this sentence before `position` or those before."""
    if words.split()[-1] in _NOT_TITLE_HEADS:
        return None
    pattern = re.compile(rf"\b{re.escape(words)}\s+(?=[{UPPER}])", re.IGNORECASE)
    for sid in range(sentence, max(-1, sentence - _INTRODUCED_LOOKBACK), -1):
        if not 0 <= sid < len(sentences):
            continue
        text = plain_text(sentences[sid].text)
        if sid == sentence:
            text = text[:position]
        for m in reversed(list(pattern.finditer(text))):
            named = [n for n in find_names(text[m.end() :]) if n.full]
            if named and named[0].start == 0 or (named and named[0].title_start == 0):
                return people.person(named[0].name) or Person(named[0].name, named[0].title)
    return None


# Heads of descriptions that are no one's title: "the statement", "the company".
_NOT_TITLE_HEADS = frozenset(STATEMENT_NOUNS) | frozenset(ORGANISATION_NOUNS)


def _family_name_first(word: str, people: People, sentence: int, position: int) -> Person | None:
    """The latest person named in full before the point whose name opens with `word`, when
    nobody's name ends with it: "Mr Tan" is Tan Ah Kow, "Mr Xi" Xi Jinping (the family name
    first, as in Chinese, Korean and Vietnamese names)."""
    surnames, openers = _name_ends(people)
    if word in surnames:
        return None
    keys, _ = mention_index(people)
    places = openers.get(word, [])
    # The latest mention before the point among those whose name opens with the word.
    at = bisect_left([keys[i] for i in places], (sentence, position))
    return people.mentions[places[at - 1]].person if at > 0 else None


@lru_cache(maxsize=4)
def _name_ends(people: People) -> tuple[frozenset[str], dict[str, list[int]]]:
    """The last words of the names of several words, and for each first word of such a
    name the indexes of the mentions of people whose name opens with it (in text order)."""
    surnames = frozenset(p.name.split()[-1] for p in people.people if " " in p.name)
    openers: dict[str, list[int]] = {}
    for i, m in enumerate(people.mentions):
        parts = m.person.name.split()
        if len(parts) >= 2:
            openers.setdefault(parts[0], []).append(i)
    return surnames, openers


_MEMBER = re.compile(rf"[Tt]he\s+({'|'.join(sorted(MEMBER_POST_NOMINALS))})")


def _titled_before(word: str, people: People, sentence: int, position: int) -> Person | None:
    """The latest person mentioned before the point whose title holds `word`."""
    for m in reversed(people.mentions):
        if (m.sentence, m.start) >= (sentence, position):
            continue
        if word in (m.person.title or "").split():
            return m.person
    return None


_BODY_IN_APPOSITION = re.compile(
    rf"\b([{UPPER}][\w'’\-]+),\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(ORGANISATION_NOUNS, key=len, reverse=True))})\b"
)
# The latest article's words described as bodies, kept by the identity of its sentences.
_BODIES: list[tuple[Sequence[Sentence], frozenset[str]]] = []


def _described_as_body(person: Person, sentences: Sequence[Sentence]) -> bool:
    """Whether the text describes a one-word "person" as a body in apposition:
    "Host Compliance, a firm hired by the city" (not a person, whatever its gender)."""
    if " " in person.name or given_name_gender(f"{person.name} X") is not None:
        return False
    if not _BODIES or _BODIES[0][0] is not sentences:
        words = frozenset(
            m.group(1) for s in sentences for m in _BODY_IN_APPOSITION.finditer(s.text)
        )
        _BODIES[:] = [(sentences, words)]
    return person.name in _BODIES[0][1]


def _of_gender(
    person: Person, gender: str, people: People, sentences: Sequence[Sentence]
) -> Person:
    """A surname alone as the person ("Duckett", from "Ms Duckett") is the one person named
    in full with it whose gender may be the pronoun's, when the text names several (a mother
    and her son); else the person as given."""
    if " " in person.name:
        return person
    same = [
        p
        for p in people.people
        if " " in p.name
        and p.name.split()[-1] == person.name
        and gender_of(people, p, sentences) in (gender, None)
    ]
    return same[0] if len(same) == 1 else person


def _by_first_surname(word: str, people: People) -> Person | None:
    """The one person whose name holds `word` between the given name and the last word:
    "Muñoz said" after "Alejandro Muñoz Ferrer" (a first surname, Spanish style)."""
    found = [p for p in people.people if word in p.name.split()[1:-1]]
    return found[0] if len(found) == 1 else None


def _by_given_name(word: str, people: People) -> Person | None:
    """The one person named in full whose given name is `word`, when nobody's surname is:
    "Dale said" after "Kurt Mettler" and "Dale Mettler" (brothers told apart by first name)."""
    if any(word in p.name.split()[1:] for p in people.people):
        return None
    found = [p for p in people.people if " " in p.name and p.name.split()[0] == word]
    return found[0] if len(found) == 1 else None


# "the elder Jacobs-Hart said": the latest person of that surname.
# "the elder Lo Cascio", "the younger Okafor": namesakes told apart by their ages.
_AGE_ORDER = re.compile(
    rf"(?:[Tt]he\s+)?(elder|younger|older)\s+([{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+)?)"
)
_ELDER = re.compile(
    rf"(?:[Tt]he\s+)?(?:{'|'.join(sorted(NAMESAKE_MODIFIERS))})\s+([{UPPER}][\w'’\-]+)"
)


# A written title or honorific and a surname: "the Rev. Kilbride", "Father Doyle".
_TITLED_SURNAME = re.compile(
    rf"(?:[Tt]he\s+)?(?:{'|'.join(sorted(WRITTEN_TITLES, key=len, reverse=True))})\.?\s+"
    rf"([{UPPER}][\w'’\-]+)"
)


_CORE_END = re.compile(r",|\s+(?:of(?!\s+[A-Z])|at|from|for|who|whose|which|in|on)\s+(?=[A-Za-z])")


# A person's full name closing a description, after a comma.
_CLOSING_NAME = re.compile(rf",\s+([{UPPER}][^,]{{2,60}})$")


# A body's proper name, "the" before it or not: "The Department for Levelling Up", "Royal
# College of Emergency Medicine" (capitalised words, and "of", "for", "and" between them).
_PROPER_BODY = re.compile(
    rf"([Tt]he\s+)?([{UPPER}][\w'’&.\-]*(?:\s+(?:of|for|and|on|the|&)?\s*[{UPPER}][\w'’&.\-]*)+)"
)


_POSSESSED = re.compile(r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?['’]s\s+[a-z]")


_STATEMENT_FROM = re.compile(
    r"^(?:an?|the|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(STATEMENT_NOUNS, key=len, reverse=True))})\s+"
    r"(?:from|by|issued\s+by|of|released\s+by)\s+(?P<who>\S.*)$",
    re.IGNORECASE,
)
