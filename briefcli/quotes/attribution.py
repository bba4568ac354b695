"""Quotes: direct speech in an article, each quoted span with the person who said it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefcli.lexicon.people import KIN_WORDS, PRONOUN_GENDER
from briefcli.lexicon.speech import REPORTING_PARTICIPLES, SPEAKER_HONORIFICS
from briefcli.model import Quote, Sentence
from briefcli.people import People, Person
from briefcli.people.names import UPPER, find_names, is_role_word
from briefcli.quotes.candidates import Cue, score_candidates
from briefcli.quotes.found import Found
from briefcli.quotes.fragments import (
    PARTICIPLE_BEFORE,
    TERM_BEFORE,
    according_to,
    fragment_speaker,
    governed,
    is_fragment,
    is_title,
    participle_subject,
)
from briefcli.quotes.key import KEY_SCORE, quote_score
from briefcli.quotes.layouts import attribution_below, introduces_block, opening_person
from briefcli.quotes.paragraphs import Paragraph, read_paragraphs
from briefcli.quotes.pronouns import gender_of
from briefcli.quotes.reporting import attribution_after, attribution_before
from briefcli.quotes.spans import SENTENCE_END, Segment, clean_inner, quoted_runs
from briefcli.quotes.speaker import resolve_speaker


def article_quotes(sentences: Sequence[Sentence], people: People) -> list[Found]:
    found: list[Found] = []
    last: Found | None = None  # the latest attributed quote: who speaks on
    paragraphs = read_paragraphs(sentences)
    for n, p in enumerate(paragraphs):
        segments = quoted_runs(p.index, p.plain)
        merge_next = False
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        if not segments and n > 0:
            introduced = block_quote(paragraphs[n - 1], p, people, sentences)
            if introduced is not None:
                found.append(introduced)
                last = introduced
            continue
        for k, seg in enumerate(segments):
            text = p.masked
            inner = clean_inner(p.plain[seg.start : seg.end])
            prev_end = segments[k - 1].end + 1 if k > 0 else 0
            next_start = segments[k + 1].start - 1 if k + 1 < len(segments) else len(text)
            before = text[prev_end : max(prev_end, seg.start - 1)]
            after = text[min(seg.end + 1, len(text)) : max(seg.end + 1, next_start)]
            first_sid, _ = p.locate(seg.start)
            last_sid, _ = p.locate(max(seg.start, seg.end - 1))

            if merge_next and found:
                # '"In response …," he said, "… weeks."': one quote around its attribution.
                prev = found[-1]
                prev.text = f"{prev.text.rstrip(',')}, {inner}".replace(",,", ",")
                prev.last_sentence = last_sid
                merge_next = _continues(after, text, k, segments)
                continue

            raw = text[seg.start : seg.end].rstrip(" *")
            ended = raw.endswith(".") and not raw.endswith("..")
            fragment = is_fragment(before, inner, after, text, seg)
            after_attribution = attribution_after(after, ended)
            if fragment and ended and _STARTS_SENTENCE.match(after):
                # 'Farrow-Hill said she had "looked like a governor." Whitacre said …':
                # the next sentence's speaker is not the fragment's.
                after_attribution = None
            if after_attribution is None and k + 1 == len(segments):
                alone = k == 0 and not before.strip(" *")
                after_attribution = attribution_below(after, alone, following)
            before_attribution = attribution_before(before, k == 0)
            if before_attribution is not None and before.rstrip(" *").endswith(":"):
                # 'X said: "…"' introduces this quote, whatever follows it.
                after_attribution = None
            attribution = after_attribution or before_attribution
            person: Person | None = None
            speaker: str | None = None
            attributed = False
            if attribution is None and not fragment and PARTICIPLE_BEFORE.search(before[-80:]):
                # 'Doe defended the curfew, saying: "…"': the participle's speaker is the
                # sentence's subject (or the speaker just attributed in it).
                subject = participle_subject(p, seg, people, last, sentences)
                if subject is not None:
                    (person, speaker), attributed = subject, True
            if attributed:
                pass
            elif attribution is not None and attribution.whole:
                speaker, attributed = attribution.who.strip(), True
            elif attribution is not None:
                offset = attribution.offset
                where = seg.end + 1 + offset if offset >= 0 else prev_end + len(before) + offset
                sid, pos = p.locate(max(0, where))
                opening = p.locate(seg.start)
                person, speaker = resolve_speaker(
                    attribution.who, sid, pos, people, last, sentences, opening
                )
                attributed = speaker is not None
            elif fragment:
                if TERM_BEFORE.search(before[-40:]):
                    continue  # 'the so-called "efficiency plan"': a term, not speech
                sentence_who = fragment_speaker(p, seg) or according_to(p, seg)
                joined = sentence_who is not None and _CLAUSE_JOINED.search(
                    sentence_who[0].split(",")[0]
                )
                if joined:
                    # "Ashworth-Bell congratulated his opponent but said …": the verb's
                    # subject opens the sentence, before the conjunction.
                    subject = participle_subject(p, seg, people, last, sentences)
                    if subject is not None:
                        (person, speaker), attributed = subject, True
                        sentence_who = None
                if attributed:
                    pass
                elif sentence_who is not None:
                    who, where, weak = sentence_who
                    sid, pos = p.locate(where)
                    # (A pronoun opening its sentence is read from where it stands, like a
                    # quote's: "… said the minister had been warned. (She called the figures
                    # "a disgrace".)")
                    opens = who.lower() in PRONOUN_GENDER and not p.masked[
                        p.sentence_start(where) : where
                    ].strip(" (*")
                    person, speaker = resolve_speaker(
                        who, sid, pos, people, last, sentences, (sid, pos) if opens else None
                    )
                    if weak and person is None and not governed(p, seg):
                        speaker = None  # 'it was called "the Hub"': a name, not speech
                    attributed = speaker is not None
                elif governed(p, seg):
                    # '…, saying the plan should "put families first"', 'they chanted "…"'.
                    subject = participle_subject(p, seg, people, last, sentences)
                    if subject is not None:
                        (person, speaker), attributed = subject, True
                if not attributed or is_title(inner):
                    continue  # a scare quote or a title, not speech
            elif last is not None and p.index - last.paragraph <= 2:
                # A whole sentence in quotes, no attribution: the speaker goes on, unless
                # the text has since named someone else speaking ("X said that …").
                person, speaker = last.person, last.speaker
                sid, pos = p.locate(seg.start)
                latest = people.focus(sid, pos)
                kin = _kin_introduced(sentences, people, last.last_sentence, sid)
                if kin is not None:
                    # "Ortega's wife, Carmen, thanked the crews. …" then a quote alone: hers.
                    person, speaker = kin
                elif latest is not None and latest.sentence > last.last_sentence:
                    person, speaker = latest.person, latest.person.name
                elif person is not None:
                    # '"…," he said.' then 'Asked how she would celebrate, she grinned.'
                    # then a quote alone: she, not he, goes on.
                    person, speaker = _pronoun_since(
                        sentences, people, last.last_sentence, sid, (person, speaker)
                    )
            else:
                person, speaker = _focus(p, seg, people)
                alone = len(segments) == 1 and not before.strip(" *") and not after.strip(" *")
                if speaker is None and alone and following is not None:
                    # A quote alone, its speaker introduced by the next paragraph:
                    # '"We're out of options."' then 'Maria Gomez, a nurse, has worked …'.
                    person, speaker = opening_person(following, people)
            if fragment and len(inner.split()) <= 1 and not attributed:
                continue
            if fragment and is_title(inner):
                continue  # 'confirmed that the "Just Think" campaign …': a name, not speech
            if attributed and person is None and n <= 1 and following is not None:
                # A lede's unnamed role ("The former chief financial officer of a charity
                # told a jury …") named in full as the next paragraph opens, or titled so
                # later ("his defense attorney said" … "Defense attorney Nicole Aldana").
                person, speaker = (
                    _named_next(speaker, following, people)
                    or _titled_later(speaker, paragraphs[n + 1 :], people)
                    or (person, speaker)
                )
            quote = Found(
                inner, first_sid, last_sid, p.index, person, speaker, attributed, fragment
            )
            # Only quotes (and this quote's own attribution) up to the next quote.
            quote.runs_on = (
                k + 1 < len(segments)
                and (
                    not after.strip(" *") or (after_attribution is not None and _one_clause(after))
                )
            ) or (not seg.closed and seg.end >= len(text.rstrip(" *")))
            quote.at_paragraph_start = not before.strip(" *")
            found.append(quote)
            if speaker is not None:
                last = quote
            merge_next = attribution is not None and _continues(after, text, k, segments)
    _attribute_backwards(found)
    return found


_STARTS_SENTENCE = re.compile(rf"\s+[{UPPER}]")


# A pronoun as a clause's subject, then a verb: "she grinned", ", he added".
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;]\s+)(?P<pronoun>[Hh]e|[Ss]he)\s+[a-z]+")
_MARKED = re.compile(r"“[^”]*”|\"[^\"]*\"|''.*?''|«[^»]*»")


# A sentence opening with kin named by a first name (and surname): "Ortega's wife, Carmen,",
# "His daughter, Jade Pritchard,".
_KIN_OPENS = re.compile(
    rf"^(?:[A-Z][\w'’\-]+['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:{'|'.join(KIN_WORDS)}),\s+"
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?),"
)


def _kin_introduced(
    sentences: Sequence[Sentence], people: People, since: int, sid: int
) -> tuple[Person, str] | None:
    """Kin of someone named as a sentence's subject after the last quote and before a quote
    without attribution: the one who goes on speaking."""
    for k in range(min(sid, len(sentences)) - 1, since, -1):
        m = _KIN_OPENS.match(sentences[k].text)
        if m is not None:
            name = m.group("name")
            person = people.resolve(name, k, m.start("name")) or Person(name)
            return person, person.name
    return None


def _pronoun_since(
    sentences: Sequence[Sentence],
    people: People,
    since: int,
    sid: int,
    going_on: tuple[Person | None, str | None],
) -> tuple[Person | None, str | None]:
    """Who a quote without attribution belongs to when the sentence before it, after the
    last quote, has a pronoun subject whose gender is not the last speaker's: that
    pronoun's person; else the last speaker, `going_on`."""
    person = going_on[0]
    if person is None or not since < sid - 1 < len(sentences):
        return going_on
    text = _MARKED.sub(lambda m: " " * len(m.group()), sentences[sid - 1].text)
    found = list(_PRONOUN_SUBJECT.finditer(text))
    if not found:
        return going_on
    pronoun = found[-1].group("pronoun").lower()
    if gender_of(people, person, sentences) in (None, PRONOUN_GENDER[pronoun]):
        return going_on
    at = (sid - 1, found[-1].start("pronoun"))
    scored = score_candidates(Cue(gender=PRONOUN_GENDER[pronoun]), people, sentences, at)
    fitting = [c for c in scored if c[3].name != person.name]
    return (fitting[0][3], fitting[0][3].name) if fitting else going_on


# A speaker description that ends in a conjunction is the end of another clause.
_CLAUSE_JOINED = re.compile(r"\s(?:and|but|or|then)\s*$")


def _one_clause(text: str) -> bool:
    """At most one sentence end in `text` (the attribution's own full stop)."""
    return len(re.findall(r"[.!?](?:\s|$)", text.strip())) <= 1


def _attribute_backwards(found: list[Found]) -> None:
    """Quoted sentences in a row that open without a speaker belong to the speaker named
    later in the row: '"I fell to daydreaming." "Could I fly the airplane?" "I was a rusty
    …" Hailey later recalled.' A row that opens with a speaker keeps that speaker until
    the next attribution ('"…," said Rick Egelton. "We are not getting …"')."""
    runs: list[list[Found]] = []
    for i, quote in enumerate(found):
        previous = found[i - 1] if i else None
        linked = (
            previous is not None
            and previous.runs_on
            and (
                previous.paragraph == quote.paragraph
                or (previous.paragraph + 1 == quote.paragraph and quote.at_paragraph_start)
            )
        )
        if linked:
            runs[-1].append(quote)
        else:
            runs.append([quote])
    for run in runs:
        if run[0].attributed:
            continue
        named = next((q for q in run if q.attributed), None)
        if named is None:
            continue
        for quote in run:
            if quote is named:
                break
            if not quote.fragment:
                quote.person, quote.speaker = named.person, named.speaker


_SECOND_ATTRIBUTION = re.compile(
    rf"\b(?:{'|'.join(sorted(REPORTING_PARTICIPLES, key=len, reverse=True))}|before|then|"
    r"later|and\s+(?:later\s+|then\s+)?\w+ed)\b"
)


def _continues(after: str, text: str, k: int, segments: list[Segment]) -> bool:
    """After the attribution the sentence goes on in quotes: '"…," he said, "…"'. The
    first part ends in a comma, not a full stop, and so does the attribution."""
    if k + 1 >= len(segments):
        return False
    first = text[segments[k].start : segments[k].end].rstrip(" *")
    nxt = segments[k + 1]
    following = text[nxt.start : nxt.start + 1]
    return (
        after.rstrip().endswith((",", "—", "–"))
        and (first.endswith(",") or following.islower())
        and not SENTENCE_END.search(first)
        # '"…," he said, adding later, "…"': a second attribution opens a second quote.
        and not _SECOND_ATTRIBUTION.search(after)
    )


def block_quote(
    intro: Paragraph, p: Paragraph, people: People, sentences: Sequence[Sentence]
) -> Found | None:
    """A paragraph without marks that the one before introduces as someone's words ("Its
    chief executive, Lorna Newton-Smythe, said:", "Her closing words were:"), as a live
    blog or a reaction round-up sets a statement: the whole paragraph is the quote."""
    who = introduces_block(intro.masked)
    words = p.plain.split()
    if who is None or len(words) < 6 or p.plain.rstrip().endswith(":"):
        return None
    last_sid = p.sentences[-1].id
    if who.attribution is not None:
        sid, pos = intro.locate(max(0, len(intro.masked) + who.attribution.offset))
        person, speaker = resolve_speaker(who.attribution.who, sid, pos, people, None, sentences)
    else:
        focus = people.focus(intro.sentences[-1].id, len(intro.sentences[-1].text))
        person = focus.person if focus is not None else None
        speaker = person.name if person is not None else None
    if speaker is None:
        return None
    return Found(
        " ".join(words), p.sentences[0].id, last_sid, p.index, person, speaker, True, False
    )


def _named_next(
    speaker: str | None, following: Paragraph, people: People
) -> tuple[Person | None, str | None] | None:
    """The person the next paragraph opens with, when `speaker` is an unnamed person by
    their role (wire copy names a lede's "former chief financial officer" just after)."""
    if speaker is None or not any(is_role_word(w) for w in speaker.split()):
        return None
    named, name = opening_person(following, people)
    return (named, name) if named is not None else None


def _titled_later(
    speaker: str | None, later: Sequence[Paragraph], people: People
) -> tuple[Person | None, str | None] | None:
    """The first person named later with a title that holds every word of a lede's unnamed
    role ("his defense attorney": "Defense attorney Nicole Aldana"), when only one is."""
    if speaker is None:
        return None
    words = [w for w in speaker.lower().split() if w not in _OWNERS]
    if not words or not is_role_word(words[-1]):
        return None
    titled = {
        named.name
        for p in later
        for named in find_names(p.plain)
        if named.full
        and named.title is not None
        and all(w in named.title.lower().split() for w in words)
    }
    if len(titled) != 1:
        return None
    name = titled.pop()
    return people.person(name) or Person(name), name


_OWNERS = frozenset("the a an his her their its".split())


def _focus(p: Paragraph, seg: Segment, people: People) -> tuple[Person | None, str | None]:
    """For a quote with no attribution and no speaker before: the person in focus."""
    sid, pos = p.locate(seg.start)
    latest = people.focus(sid, pos)
    if latest is None or sid - latest.sentence > 3:
        return None, None
    return latest.person, latest.person.name


def as_quote(f: Found) -> Quote:
    score = quote_score(f.text, fragment=f.fragment)
    key = (
        score >= KEY_SCORE and f.speaker is not None and not f.fragment and len(f.text.split()) >= 6
    )
    title = f.person.title if f.person is not None else None
    return Quote(
        text=f.text,
        speaker=without_honorific(f.speaker),
        speaker_title=title,
        sentence=f.sentence,
        last_sentence=f.last_sentence,
        key=key,
        score=score,
    )


def without_honorific(speaker: str | None) -> str | None:
    """A speaker's name without an honorific that is no part of it ("Shri R. Venkatesan")."""
    if speaker is None or " " not in speaker:
        return speaker
    first, rest = speaker.split(" ", 1)
    if first.rstrip(".") in SPEAKER_HONORIFICS and " " in rest:
        return rest
    return speaker
