"""Quotes: direct speech in the briefing, with the person who said it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefcli.lexicon.people import (
    GENDERED_NOUNS,
    KIN_WORDS,
    NAMESAKE_MODIFIERS,
    PRONOUN_GENDER,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_MODIFIERS,
    WRITTEN_TITLES,
)
from briefcli.lexicon.speech import (
    FRAGMENT_VERBS,
    IRREGULAR_PAST_VERBS,
    ORGANISATION_NOUNS,
    QUOTE_NOUNS,
    REPORTING_PARTICIPLES,
    REPORTING_VERBS,
    SPEAKING_GROUPS,
    STATEMENT_NOUNS,
    TERM_MARKERS,
)
from briefcli.model import Quote, Sentence
from briefcli.people import People, Person
from briefcli.people.names import UPPER, NameMention, find_names, surname
from briefcli.people.person import Mention
from briefcli.people.quoted import uses_double_marks
from briefcli.people.speaker import given_name_gender
from briefcli.quotes.key import KEY_SCORE, quote_score
from briefcli.quotes.spans import SENTENCE_END, Segment, clean_inner, plain_text_of, quoted_runs

_VERBS = "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))
_ADVERBS = r"(?:(?:also|later|then|once|previously|recently|has|had|have|earlier)\s+)?"
# Who speaks: a pronoun, a role ("the secretary general", "a spokeswoman for Sony"), or
# a name with its title ("Lyric chairman David Johnston", "Ms Diemont").
_LOWER_TITLE = "|".join(sorted(ROLE_WORDS | TITLE_MODIFIERS, key=len, reverse=True))
_CAP = rf"[{UPPER}][\w'’.&\-]*"
# Unnamed groups that speak: '"…," officials said', 'analysts say'.
_GROUPS = "|".join(SPEAKING_GROUPS)
_WHO = (
    r"(?:he|she|they|we|I|it"
    rf"|(?:(?:{_LOWER_TITLE}|local|some|many|other|several)\s+){{0,2}}(?:{_GROUPS})"
    r"|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne|[Aa]nother)\s+[^\"“”.;:!?,]{1,60}?"
    # "Marsh's predecessor", "Acme's chief executive": someone described by a possessive.
    rf"|[{UPPER}][\w\-]+(?:\s+[{UPPER}][\w\-]+)?['’]s\s+[a-z][^\"“”.;:!?,]{{1,40}}?"
    rf"|(?:(?:{_LOWER_TITLE})(?:\s+and)?\s+)*(?:(?:van|von|de|der|den|da|du|al|bin|le|la)\s+)"
    rf"{{0,2}}{_CAP}(?:\s+(?:{_CAP}|of|for|and|&|de|da|van|von|den|der|al|"
    rf"bin|the|(?:{_LOWER_TITLE})|(?:{_GROUPS})))*?"
    # "Waterstone's fiction writer buyer Suzie Doore": a description ending in a full name.
    r"|(?:(?!(?:who|whose|which|that|includ\w*|and|but|or|with|to|in|on|at|by|for|from|is|was|"
    r"are|were|has|have|had|while|whereas|when|after|before|although|as|so|then)\b)[\w'’&\-]+\s+){0,5}?"
    rf"[{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+){{1,2}})"
)
# "said his wife, Sheila": a name in apposition after the speaker's description.
_APPOSITIVE_NAME = (
    rf"(?P<appos>,\s+[{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+){{0,2}}(?=\s*[.;!?,]|\s*$))?"
)
# "Rod Eddington, BA's chief executive, said": an appositive between speaker and verb.
# "Kate Ober of the employers' group said": where the speaker is from, before the verb.
_OF = r"(?P<of>\s+(?:of|at|from|with)\s+[^\"“”,.;:!?()]{2,50}?)?"
# "Rep. Jane Doe (D-Ore.) said": a bracketed party and state, or any short bracket.
_MID = (
    r"(?P<mid>(?:\s*\([^()\"“”]{1,40}\))?"
    r"(?:,\s+(?:(?:who|whose|which)\b[^\"“”]{2,120}?|[^,\"“”]{2,80}),){0,2})"
)


@dataclass(frozen=True)
class _Attributing:
    """The patterns that find who a quotation's speaker is. Each holds the whole speaker
    description (_WHO) and the reporting verbs, some 8 kB of alternatives, so they are
    compiled when a text first has a quotation mark (120 ms; most transcripts have none)."""

    # After a quote: `, he said`, ` Stoltenberg said`, `, says Cara Diemont of …`.
    after_who_verb: re.Pattern[str]
    after_verb_who: re.Pattern[str]
    # Before a quote: `X said:`, `He told reporters`, `she said in a statement,`.
    before_who_verb: re.Pattern[str]
    before_verb_who: re.Pattern[str]
    # A reporting verb anywhere in the sentence: who said the fragment quoted inside it.
    sentence_speaker: re.Pattern[str]


@lru_cache(maxsize=1)
def _attributing() -> _Attributing:
    return _Attributing(
        after_who_verb=re.compile(
            rf"^\s*[,—–-]?\s*(?P<who>{_WHO}){_OF}{_MID}\s+{_ADVERBS}(?P<verb>{_VERBS})\b"
            r"(?P<tail>[^\"“”]*)",
        ),
        after_verb_who=re.compile(
            rf"^\s*[,—–-]?\s*(?P<verb>{_VERBS})\s+(?P<who>{_WHO})(?=\s*(?:[,.;:!?(]|$|\s(?:in|on|"
            rf"at|during|after|before|when|as|to|while|of|from|with|for)\b)){_APPOSITIVE_NAME}"
            r"(?P<tail>[^\"“”]*)",
        ),
        before_who_verb=re.compile(
            rf"(?:^|[.;!?]\s+|,\s+|\b(?:and|but|as|where|when|while)\s+)(?P<who>{_WHO}){_OF}{_MID}"
            rf"\s+{_ADVERBS}"
            rf"(?P<verb>{_VERBS})"
            rf"(?:\s+(?!that\b)[^\"“”:;.]{{0,60}}?)?\s*[:,]?\s*$"
        ),
        # "Said current library director Jasmine Oyelaran:" opens its sentence.
        before_verb_who=re.compile(
            rf"\b(?P<verb>{_VERBS}|Said|Says|Added|Wrote)\s+(?P<who>{_WHO})\s*[:,]\s*$"
        ),
        # "Gov. Frank Delvecchio, who said the president had …": a relative clause's verb.
        sentence_speaker=re.compile(
            rf"(?P<who>{_WHO}){_MID}(?:,\s+who)?\s+{_ADVERBS}(?P<verb>{_VERBS}|believes|thinks|calls|"
            r"called|described|describes)\b"
        ),
    )


_AFTER_ACCORDING = re.compile(r"^\s*[,—–-]?\s*according to (?P<who>[^\"“”.;:]+)(?P<tail>[^\"“”]*)")
# '"…." Those were the words of Chief Minister Rajan Pillai as he toured …': the next
# sentence names who said the quote.
_SAID_NOUNS = "|".join(sorted(QUOTE_NOUNS, key=len, reverse=True))
_WORDS_OF = re.compile(
    r"^\s*(?:Those|These|That|This|Such)\s+(?:were|was|are|is)\s+(?:the\s+)?(?:\w+\s+)?"
    rf"(?:{_SAID_NOUNS})\s+of\s+"
    r"(?P<who>[^\"“”,.;:!?()]{3,80}?)(?=\s*[,.;:!?(]|\s+(?:as|when|while|who|after|on|at|in)\b|$)"
)
# '"…"' then 'The warning came from Mehmet Kaya, a seismologist, who …'.
_CAME_FROM = re.compile(
    rf"^\s*(?:The|That|This|Those|These)\s+(?:\w+\s+)?(?:{_SAID_NOUNS})\s+(?:came|comes)\s+"
    r"from\s+(?P<who>[^\"“”,.;:!?()]{3,80}?)(?=\s*[,.;:!?(]|\s+(?:as|when|while|who|after|on|at|in)\b|$)"
)
_THATS_WHAT = re.compile(
    r"^\s*(?:That['’]s|That\s+is|That\s+was|This\s+is|This\s+was|So)\s+(?:what|how)\s+"
    r"(?P<who>[^\"“”.;:!?]{3,120}?)\s+(?:\w+\s+)?(?:said|says|put\s+it|told|described|"
    r"sees\s+it|saw\s+it)\b"
)
# '"…," the statement read': a document speaks for whoever issued it.
_STATEMENT_READ = re.compile(
    r"^\s*[,—–-]?\s*(?P<who>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w\-]+\s+)?"
    rf"(?:{'|'.join(sorted(STATEMENT_NOUNS, key=len, reverse=True))}))\s+(?:read|reads)\b"
    r"(?P<tail>[^\"“”]*)"
)
_BEFORE_COLON = re.compile(r"^\s*(?P<who>[^\"“”:.;!?]{3,120}?)\s*:\s*$")


@dataclass
class _Paragraph:
    """A paragraph's plain text (links and emphasis removed) and its sentences."""

    index: int
    plain: str
    origin: list[int]  # plain offset -> offset in the joined sentence text
    sentences: list[Sentence]
    starts: list[int]  # offset of each sentence in the joined sentence text
    # `plain` with the stops of abbreviated titles ("the Rev. Thomas Lyle") as spaces:
    # the same offsets, read for attributions only.
    masked: str = ""
    # Who each sentence (by its plain offset) names speaking, read when first needed.
    speakers: dict[int, _Speakers] = field(default_factory=dict)

    def sentence_start(self, plain_offset: int) -> int:
        """The plain offset where the sentence holding `plain_offset` begins."""
        sid, inside = self.locate(plain_offset)
        at = self.origin[min(plain_offset, len(self.origin) - 1)] - inside
        # `origin` increases strictly: a bisection, not a scan per quote.
        return bisect_left(self.origin, at)

    def locate(self, plain_offset: int) -> tuple[int, int]:
        """The sentence id and offset inside that sentence of a plain-text offset."""
        at = self.origin[min(plain_offset, len(self.origin) - 1)] if self.origin else 0
        i = max(0, bisect_right(self.starts, at) - 1)
        return self.sentences[i].id, at - self.starts[i]


@dataclass(frozen=True)
class _Attribution:
    """Who a quote's attribution names, and where: `offset` from the start of the text
    after the quote (>= 0) or from the end of the text before it (< 0). `whole` when the
    words name an organisation as a whole ("National Federation of Independent Business:")."""

    who: str
    offset: int
    whole: bool = False


@dataclass
class _Found:
    """A quote being assembled: its text, where it is, how it is attributed."""

    text: str
    sentence: int
    last_sentence: int
    paragraph: int
    person: Person | None
    speaker: str | None
    attributed: bool
    fragment: bool
    # Nothing but quotes follows until the next quote: in its paragraph, or over a
    # paragraph break when the quote is left open ('"… weeks.' then '"And …," he said.').
    runs_on: bool = False
    at_paragraph_start: bool = False


# ---------------------------------------------------------------- articles


_ABBREVIATED_TITLE = re.compile(
    rf"\b({'|'.join(sorted(TITLE_ABBREVIATIONS, key=len, reverse=True))})\.(?=\s+[A-Z])"
)


_UNMASK = re.compile(
    rf"\b({'|'.join(sorted(TITLE_ABBREVIATIONS, key=len, reverse=True))})  (?=[A-Z])"
)


def _paragraphs(sentences: Sequence[Sentence]) -> list[_Paragraph]:
    grouped: dict[int, list[Sentence]] = {}
    for s in sentences:
        grouped.setdefault(s.paragraph, []).append(s)
    out = []
    singles = not uses_double_marks(s.text for s in sentences)
    for index, group in sorted(grouped.items()):
        starts, pos = [], 0
        for s in group:
            starts.append(pos)
            pos += len(s.text) + 1
        joined = " ".join(s.text for s in group)
        plain, origin = plain_text_of(joined, singles)
        masked = _ABBREVIATED_TITLE.sub(r"\1 ", plain) if "." in plain else plain
        out.append(_Paragraph(index, plain, origin, group, starts, masked=masked))
    return out


def article_quotes(sentences: Sequence[Sentence], people: People) -> list[_Found]:
    found: list[_Found] = []
    last: _Found | None = None  # the latest attributed quote: who speaks on
    paragraphs = _paragraphs(sentences)
    for n, p in enumerate(paragraphs):
        segments = quoted_runs(p.index, p.plain)
        merge_next = False
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
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
            fragment = _is_fragment(before, inner, after, text, seg)
            after_attribution = _attribution_after(after, ended)
            if fragment and ended and _STARTS_SENTENCE.match(after):
                # 'Farrow-Hill said she had "looked like a governor." Whitacre said …':
                # the next sentence's speaker is not the fragment's.
                after_attribution = None
            if after_attribution is None and k + 1 == len(segments):
                alone = k == 0 and not before.strip(" *")
                after_attribution = _attribution_below(after, alone, following)
            before_attribution = _attribution_before(before, k == 0)
            if before_attribution is not None and before.rstrip(" *").endswith(":"):
                # 'X said: "…"' introduces this quote, whatever follows it.
                after_attribution = None
            attribution = after_attribution or before_attribution
            person: Person | None = None
            speaker: str | None = None
            attributed = False
            if attribution is None and not fragment and _PARTICIPLE_BEFORE.search(before[-80:]):
                # 'Doe defended the curfew, saying: "…"': the participle's speaker is the
                # sentence's subject (or the speaker just attributed in it).
                subject = _subject(p, seg, people, last, sentences)
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
                person, speaker = _speaker(
                    attribution.who, sid, pos, people, last, sentences, opening
                )
                attributed = speaker is not None
            elif fragment:
                if _TERM_BEFORE.search(before[-40:]):
                    continue  # 'the so-called "efficiency plan"': a term, not speech
                sentence_who = _fragment_speaker(p, seg)
                joined = sentence_who is not None and _CLAUSE_JOINED.search(
                    sentence_who[0].split(",")[0]
                )
                if joined:
                    # "Ashworth-Bell congratulated his opponent but said …": the verb's
                    # subject opens the sentence, before the conjunction.
                    subject = _subject(p, seg, people, last, sentences)
                    if subject is not None:
                        (person, speaker), attributed = subject, True
                        sentence_who = None
                if attributed:
                    pass
                elif sentence_who is not None:
                    who, where, weak = sentence_who
                    sid, pos = p.locate(where)
                    person, speaker = _speaker(who, sid, pos, people, last, sentences)
                    if weak and person is None and not _governed(p, seg):
                        speaker = None  # 'it was called "the Hub"': a name, not speech
                    attributed = speaker is not None
                elif _governed(p, seg):
                    # '…, saying the plan should "put families first"', 'they chanted "…"'.
                    subject = _subject(p, seg, people, last, sentences)
                    if subject is not None:
                        (person, speaker), attributed = subject, True
                if not attributed or _is_title(inner):
                    continue  # a scare quote or a title, not speech
            elif last is not None and p.index - last.paragraph <= 2:
                # A whole sentence in quotes, no attribution: the speaker goes on, unless
                # the text has since named someone else speaking ("X said that …").
                person, speaker = last.person, last.speaker
                sid, pos = p.locate(seg.start)
                latest = people.focus(sid, pos)
                if latest is not None and latest.sentence > last.last_sentence:
                    person, speaker = latest.person, latest.person.name
            else:
                person, speaker = _focus(p, seg, people)
                alone = len(segments) == 1 and not before.strip(" *") and not after.strip(" *")
                if speaker is None and alone and following is not None:
                    # A quote alone, its speaker introduced by the next paragraph:
                    # '"We're out of options."' then 'Maria Gomez, a nurse, has worked …'.
                    person, speaker = _opening_person(following, people)
            if fragment and len(inner.split()) <= 1 and not attributed:
                continue
            quote = _Found(
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
_PARTICIPLES = "|".join(sorted(REPORTING_PARTICIPLES, key=len, reverse=True))
# '…, saying:', '…, and added later,', 'before adding:' right before a quote.
_PARTICIPLE_BEFORE = re.compile(
    rf"(?:,|\b(?:and|before|while|after))\s+(?:then\s+|later\s+|also\s+)?(?:{_PARTICIPLES})"
    r"(?:\s+(?:later|also|that|then))?\s*[:,]?\s*$"
)
# A participle or describing verb that governs a quoted phrase after it in the sentence.
_GOVERNING = re.compile(
    rf"\b(?:{_PARTICIPLES}|{'|'.join(sorted(FRAGMENT_VERBS, key=len, reverse=True))})\b"
)
# Words a governing verb may stand from its quoted phrase ('saying the plan should "…"').
_GOVERNED_WORDS = 14
_SUBJECT_CHARS = 240
_PRONOUN_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but|where|as|when)\s+)(he|she|they|it|He|She|They|It)\b"
)
_PRONOUN_BEFORE_VERB = re.compile(r"\b(he|she|they|He|She|They)\s+(?:also\s+|then\s+|later\s+)?$")
_GROUP_SUBJECT = re.compile(rf"\b((?:(?:[a-z][\w\-]*|[A-Z][a-z]+)\s+){{0,2}}(?:{_GROUPS}))\b")


_TERM_BEFORE = re.compile(
    rf"\b(?:{'|'.join(re.escape(t) for t in TERM_MARKERS)})\s*[:,]?\s*$", re.IGNORECASE
)


def _governed(p: _Paragraph, seg: Segment) -> bool:
    """A reporting participle or describing verb stands shortly before the quoted phrase,
    in its sentence: the phrase is someone's words, not a scare quote or a term."""
    start = max(p.sentence_start(seg.start), seg.start - _GOVERNED_WORDS * 16)
    head = p.masked[start : max(start, seg.start - 1)]
    verbs = list(_GOVERNING.finditer(head))
    return bool(verbs) and len(head[verbs[-1].end() :].split()) <= _GOVERNED_WORDS


def _subject(
    p: _Paragraph,
    seg: Segment,
    people: People,
    last: _Found | None,
    sentences: Sequence[Sentence],
) -> tuple[Person | None, str] | None:
    """Who a participle's words belong to: the speaker just attributed in the sentence,
    else the first person the sentence names before the quote, a pronoun subject, or a
    group ("Several hundred protesters … chanted")."""
    sid, _ = p.locate(seg.start)
    if last is not None and last.speaker is not None and last.last_sentence == sid:
        return last.person, last.speaker
    start = p.sentence_start(seg.start)
    # The subject opens the sentence: its first words are read, however long it runs.
    head = p.masked[start : max(start, min(seg.start - 1, start + _SUBJECT_CHARS))]
    governing = list(_GOVERNING.finditer(head))
    pronoun_before = (
        _PRONOUN_BEFORE_VERB.search(head, 0, governing[-1].start()) if governing else None
    )
    if pronoun_before is not None and pronoun_before.group(1).lower() != "they":
        # "… his opponent, Sen. Patricia Nwosu, whom he accused of wanting to "…"": the
        # pronoun is the governing verb's subject, not the first person named.
        # Read where the pronoun stands: "Dr. Marchbanks talked her way aboard by, as she
        # later put it, "…"" is Marchbanks, named before it in the sentence.
        at = p.locate(start + pronoun_before.start(1))[1]
        found = _speaker(pronoun_before.group(1).lower(), sid, at, people, last, sentences)
        if found[1] is not None:
            return found[0], found[1]
    named = people.first_named(sid, p.locate(max(start, seg.start - 1))[1])
    group = _GROUP_SUBJECT.search(head)
    if group is not None and named is not None and group.start() < named.start:
        # "Thousands of supporters of Gov. Eric Halvorsen …, chanting": the group speaks.
        return None, group.group(1)
    if named is not None:
        return named.person, named.person.name
    full = [n for n in find_names(head) if n.full]
    if full:
        person = people.person(full[0].name) or Person(full[0].name, full[0].title)
        return person, person.name
    pronoun = _PRONOUN_SUBJECT.search(head)
    if pronoun is not None and pronoun.group(1).lower() != "they":
        found = _speaker(pronoun.group(1).lower(), sid, 0, people, last, sentences)
        if found[1] is not None:
            return found[0], found[1]
    group = _GROUP_SUBJECT.search(head)
    if group is not None:
        return None, group.group(1)
    return None


# A speaker description that ends in a conjunction is the end of another clause.
_CLAUSE_JOINED = re.compile(r"\s(?:and|but|or|then)\s*$")


def _one_clause(text: str) -> bool:
    """At most one sentence end in `text` (the attribution's own full stop)."""
    return len(re.findall(r"[.!?](?:\s|$)", text.strip())) <= 1


def _attribute_backwards(found: list[_Found]) -> None:
    """Quoted sentences in a row that open without a speaker belong to the speaker named
    later in the row: '"I fell to daydreaming." "Could I fly the airplane?" "I was a rusty
    …" Hailey later recalled.' A row that opens with a speaker keeps that speaker until
    the next attribution ('"…," said Rick Egelton. "We are not getting …"')."""
    runs: list[list[_Found]] = []
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


# A vox-pop or epigraph line: '“…” ― Margaret Ellis, retired teacher', or the quote alone
# in its paragraph and '— Education Secretary Laura Whitcombe, March 3, 2024' below it.
_DASH_LINE = re.compile(r"^\s*(?:[―—–]{1,2}|--|-(?=\s))\s*(?P<who>[^\"“”]{3,160}?)\s*$")


_NAME_LINE = re.compile(r"^\s*(?P<who>[A-Z][^\"“”.!?;:]{2,80}?)\s*$")
_VERB_WORDS = re.compile(rf"\b(?:{_VERBS}|is|was|are|were|has|have|had|will|would)\b")


def _attribution_below(
    after: str, alone: bool, following: _Paragraph | None
) -> _Attribution | None:
    """The speaker of a quote on a dash line of their own after it: the rest of the
    quote's paragraph, or the next paragraph when the quote stands alone in its own."""
    m = _DASH_LINE.match(after) or _NAME_LINE.match(after)
    if m is not None and m.re is _NAME_LINE:
        # Only a name and its descriptor after the quote (the dash taken for a list
        # bullet): "Carla Reyes, Winnipeg".
        named = [n for n in find_names(m.group("who")) if n.full]
        if not named or named[0].start > 0 or _VERB_WORDS.search(m.group("who")):
            m = None
    if m is None and alone and not after.strip(" *") and following is not None:
        m = _DASH_LINE.match(following.masked)
        if m is not None and len(following.masked.split()) > 20:
            m = None
        # '"…"' then 'That's what Mark Delaney, a machinist, said outside a diner.'
        m = m or _WORDS_OF.match(following.masked) or _THATS_WHAT.match(following.masked)
        m = m or _CAME_FROM.match(following.masked)
    if m is None:
        return None
    who = m.group("who")
    names = [n for n in find_names(who) if n.full]
    if not names and (len(who.split()) > 6 or not who[:1].isupper()):
        return None
    return _Attribution(who, m.start("who"))


def _attribution_after(after: str, ended: bool = False) -> _Attribution | None:
    """The speaker named right after a quote ('…," he said', '…," said X'). After a
    quote `ended` by a full stop, only a short clause is its attribution: the next
    sentence ('The BBC's correspondent, Rachel Harvey, told … that …') is not."""
    words_of = _WORDS_OF.match(after)
    if words_of is not None:
        return _Attribution(words_of.group("who"), words_of.start("who"))
    patterns = _attributing()
    for pattern in (
        _AFTER_ACCORDING,
        patterns.after_who_verb,
        patterns.after_verb_who,
        _STATEMENT_READ,
    ):
        m = pattern.match(after)
        # The rest of the attribution's own sentence.
        tail = re.split(r"(?<=[.!?])\s", (m.groupdict().get("tail") or "") if m else "")[0]
        if m and tail.strip(" *").endswith(":") and "," not in tail:
            # 'Y replied: "…"' introduces the next quote; '…," said X, an economist,
            # adding:' and '…," X said, while Y said:' still attribute this one.
            continue
        if m and ended and (len(tail.split()) > 6 or re.search(r"\bthat\b", tail)):
            continue
        if m and _plausible_who(m.group("who")):
            groups = m.groupdict()
            extra = "".join(groups.get(g) or "" for g in ("of", "mid", "appos"))
            return _Attribution(m.group("who") + extra, m.start("who"))
    return None


def _attribution_before(before: str, first: bool) -> _Attribution | None:
    """The speaker named right before a quote ('X said:', 'X told reporters', 'X:')."""
    tail = before[-240:]  # the attribution is at the end; don't scan a long paragraph
    for pattern in (_attributing().before_who_verb, _attributing().before_verb_who):
        m = pattern.search(tail)
        if m and _plausible_who(m.group("who")):
            extra = (m.groupdict().get("of") or "") + (m.groupdict().get("mid") or "")
            return _Attribution(m.group("who") + extra, m.start("who") - len(tail))
    if first:
        m = _BEFORE_COLON.match(before)
        if m and _plausible_colon_who(m.group("who")):
            who = m.group("who")
            names = [n for n in find_names(who) if n.full]
            # "National Federation of Independent Business:" speaks as a whole;
            # "Fox News Correspondent Bill Melugin:" is the person at its end.
            whole = not names or names[-1].end < len(who.rstrip())
            return _Attribution(who, m.start("who") - len(before), whole)
    return None


def _plausible_who(who: str) -> bool:
    words = who.split()
    if not words or len(words) > 12:
        return False
    lower = who.lower()
    if lower in ("this", "that", "there", "which", "what"):
        return False
    # "The report said", "the survey found": documents are not speakers of quotes, but
    # "the statement said" still attributes; keep those, drop obvious clause fragments.
    return not re.search(
        r"\b(?:that|which|because|if|when|have|has|had|is|was|were|are|be|been)\b", lower
    )


def _plausible_colon_who(who: str) -> bool:
    """A reaction list's speaker: 'Fox News Correspondent Bill Melugin:' (short, named)."""
    words = who.split()
    small = {"of", "for", "and", "the", "&", "de", "van", "von", "on", "at", "in"}
    if any(not (w[:1].isupper() or w[:1].isdigit() or w in small) for w in words):
        return False  # "In a statement, it added:" is prose, not a name
    return (
        1 <= len(words) <= 10 and words[0][:1].isupper() and not who.endswith(tuple("0123456789"))
    )


def _is_fragment(before: str, inner: str, after: str, text: str, seg: Segment) -> bool:
    """A quoted phrase inside a sentence ('in a "very dilapidated condition"'), not a
    quoted sentence."""
    head = before.rstrip(" *")
    starts_sentence = (
        not head
        or head.endswith((":", ",", "—", "–", "-"))
        or bool(SENTENCE_END.search(head))
        or bool(re.search(rf"\b(?:{_VERBS})$", head))
    )
    if not starts_sentence:
        return True
    if not inner[:1].isupper() and not inner[:1].isdigit() and not inner.startswith("…"):
        return True
    words = inner.split()
    return len(words) <= 3 and not SENTENCE_END.search(inner)


def _fragment_speaker(p: _Paragraph, seg: Segment) -> tuple[str, int, bool] | None:
    """Who the sentence around a quoted fragment says said it: 'He said that the DUP
    leader was a "very dynamic, extraordinary figure"', 'This, Ms Diemont warns, is "scary"'.
    The flag is True for verbs that only describe ("called it", "described it as"): those
    attribute only to a person the text names, else the marks are scare quotes."""
    start = p.sentence_start(seg.start)
    speakers = p.speakers.get(start)
    if speakers is None or speakers.end < seg.start:
        # Read up to the end of the sentence (the next one's start), not of the paragraph.
        sid, inside = p.locate(seg.start)
        k = bisect_right(p.starts, p.origin[min(seg.start, len(p.origin) - 1)] - inside)
        end = bisect_left(p.origin, p.starts[k]) if k < len(p.starts) else len(p.plain)
        speakers = p.speakers[start] = _Speakers(p.masked, start, max(end, seg.start))
    return speakers.latest_before(seg.start)


class _Speakers:
    """The speakers a sentence names with a reporting verb, read once from the sentence's
    start however many fragments it quotes. No match holds a quotation mark, so the
    matches before a fragment's opening mark are those of the text up to that mark."""

    def __init__(self, plain: str, start: int, end: int) -> None:
        self.end = end
        self._matches = _attributing().sentence_speaker.finditer(plain, start, end)
        self._starts: list[int] = []
        # The latest plausible speaker up to each match.
        self._latest: list[tuple[str, int, bool] | None] = []
        self._done = False

    def latest_before(self, end: int) -> tuple[str, int, bool] | None:
        """The last plausible speaker of a match that starts before `end`."""
        while not self._done and (not self._starts or self._starts[-1] < end):
            m = next(self._matches, None)
            if m is None:
                self._done = True
                break
            best = self._latest[-1] if self._latest else None
            who = m.group("who") + (m.group("mid") or "")
            if _plausible_who(m.group("who")) and '"' not in who and "“" not in who:
                best = (who, m.start("who"), m.group("verb") in _DESCRIBING)
            self._starts.append(m.start())
            self._latest.append(best)
        k = bisect_left(self._starts, end)
        return self._latest[k - 1] if k else None


_DESCRIBING = frozenset({"called", "calls", "described", "describes", "believes", "thinks"})


def _is_title(inner: str) -> bool:
    """A quoted name or title ("Free Mojtaba and Arash Day", "Fort Benning")."""
    words = re.findall(r"[\w'’\-]+", inner)
    small = {"of", "and", "the", "a", "an", "in", "on", "for", "to", "at", "by", "with", "or"}
    content = [w for w in words if w.lower() not in small]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _speaker(
    who: str,
    sentence: int,
    position: int,
    people: People,
    last: _Found | None,
    sentences: Sequence[Sentence] = (),
    opening: tuple[int, int] | None = None,
) -> tuple[Person | None, str | None]:
    """The person `who` names, and the name to show (a description when unnamed).
    `opening` is where the quote opens (sentence, offset), for a pronoun after it."""
    who = _UNMASK.sub(r"\1. ", who)  # "Gov  Josh Shapiro" (masked) is "Gov. Josh Shapiro"
    trailing = _TRAILING_PRONOUN.search(who)
    if trailing is not None:
        # "as the couple left the ballroom he said", "after she wrote": the pronoun speaks.
        position += trailing.start(1)
        who = trailing.group(1)
    # Names in a relative clause ("the actor, whose films include Michael Collins,") are
    # not the speaker.
    who = re.sub(r",\s+(?:who|whose|which)\b.*$", "", who).strip(" ,")
    appos = re.search(r",\s+([A-Z][\w'’\-]+)$", who)
    if appos and not find_names(who):
        # "his wife, Sheila": the name the text gives, even a first name alone.
        given = people.resolve(appos.group(1), sentence, position) or Person(appos.group(1))
        return given, given.name
    source = _STATEMENT_FROM.match(who)
    if source is not None:
        # "a statement from the Reserve Council": the council speaks.
        return _speaker(source.group("who"), sentence, position, people, last, sentences)
    # "Kate Ober of the employers' group": who, not where from; "of" before a capital
    # is part of a name ("the U.S. Chamber of Commerce").
    core = _CORE_END.split(who)[0]
    names = find_names(who)
    closing = _CLOSING_NAME.search(who)
    if closing is not None and not (names and names[0].full and names[0].start == 0):
        # (Not after a name that opens the words: "Ayesha Qureshi, 34, Mount Dennis" is
        # Ayesha Qureshi of Mount Dennis.)
        # "A spokesman for the Eastern Liberation Front, Idris Mbeki-Tafari": the name.
        named_last = [n for n in find_names(closing.group(1)) if n.full]
        if named_last and named_last[0].start == 0:
            names = named_last
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
        # "the Rev. Kilbride", "Pastor Okoye": the person of that surname.
        person = people.resolve(titled.group(1), sentence, position)
    if names:
        named = names[0]
        if named.full:
            person = people.person(named.name) or Person(named.name, named.title)
        else:
            person = _by_honorific(who[named.start : named.end], sentences, sentence, people)
            person = person or people.resolve(named.name, sentence, position + named.start)
    kin_speaker = _KIN_SPEAKER.fullmatch(core.strip())
    if person is None and kin_speaker is not None:
        # '"…," his son said': the son the text named before ("His son, Brian McCandless").
        person = _named_kin(kin_speaker.group(1).lower(), sentences, sentence, people)
    if person is None:
        person = people.resolve(_SYNONYM.sub(_synonym, core), sentence, position)
    if person is None:
        aged = _AGED.fullmatch(core.strip())
        if aged is not None:
            # "the 70-year-old said": the person the text gives that age, else the one in focus.
            person = _of_age(aged.group(1), sentences, sentence, position, people)
    if person is None and _ONE_NAME.fullmatch(core.strip()):
        person = _by_first_surname(core.strip(), people)
    lower = core.lower()
    if lower in PRONOUN_GENDER and (
        person is None or not people.mentioned_since(person, sentence, position, sentence - 1)
    ):
        # "A mother who escaped the city talked about it. '…,' she said": an unnamed
        # person of the pronoun's gender just described fits better than one named long ago.
        unnamed = _gendered_description(PRONOUN_GENDER[lower], sentences, sentence, position)
        if unnamed is not None:
            return None, unnamed
    if lower in PRONOUN_GENDER and opening is not None:
        gender = PRONOUN_GENDER[lower]
        newcomer = (
            _kin_before(people, gender, opening, sentences)
            or _newcomer(people, gender, opening, sentences)
            or _namesake(people, gender, opening, sentences)
        )
        if newcomer is not None:
            person = newcomer
    if person is None and lower in PRONOUN_GENDER and last is not None:
        person = last.person
        if person is None:
            return None, last.speaker
    if person is None and lower in PRONOUN_GENDER:
        # Nobody the people stage knows: the person last named in full before, whose given
        # name does not tell the other gender ("Seán Mac Giolla Bhríde, 78, who kept the
        # lighthouse …" then '— …, he says').
        person = _named_in_full_before(PRONOUN_GENDER[lower], sentences, sentence, position)
    if person is not None:
        return person, person.name
    possessive = re.fullmatch(r"the (\w+)['’]s \w+", lower)  # "the council's ruling"
    if possessive and f"the {possessive.group(1)}" in _ORGANISATION_NOUNS:
        lower = f"the {possessive.group(1)}"
    described = _DESCRIBED_ORGANISATION.fullmatch(core.strip())
    if described is not None and not names:
        # "the Calgary-based carrier", "the French farm union": the noun names it (a
        # capitalised one is part of a name: "the Reserve Council").
        lower = f"the {described.group(1)}"
    if lower in _ORGANISATION_NOUNS:
        # "the magazine" is the one the text named so ("US magazine Mobile PC").
        noun = lower.split()[-1]
        organisation = _named_organisation(noun, sentences, sentence, position)
        found = organisation or _organisation_before(sentences, sentence, position, people)
        return None, found or noun
    statement = re.fullmatch(r"(?:the|a|an|its|his|her|their)\s+(?:[\w\-]+\s+)?(\w+)", lower)
    if statement is not None and statement.group(1) in STATEMENT_NOUNS:
        # '"…," the statement read': whoever issued it, an organisation or the person in focus.
        issued = _issued_by(sentences, sentence, position)
        if issued is not None:
            # 'The health authority said in a statement that …': its issuer, just named.
            return _speaker(issued, sentence, 0, people, last, sentences)
        focus = people.focus(sentence, position)
        if focus is not None and focus.sentence >= sentence - 1:
            return focus.person, focus.person.name  # 'Sen. X released a statement.'
        issuer = _organisation_before(sentences, sentence, position, people)
        if issuer is None and focus is not None:
            return focus.person, focus.person.name
        if issuer is not None:
            return None, issuer
    if lower == "it":
        if last is not None and last.person is None and last.speaker is not None:
            return None, last.speaker  # the organisation quoted just before
        return None, _organisation_before(sentences, sentence, position, people)
    if lower == "they":
        return None, _group_before(sentences, sentence, position)
    if lower in PRONOUN_GENDER or lower in ("we", "i"):
        return None, None
    # Unnamed: the words the text uses, without their appositive ("Adams, a Democrat").
    description = re.sub(r"^(?:the|a|an)\s+", "", core.strip(), flags=re.I)
    return None, description or None


_TRAILING_PRONOUN = re.compile(r"^\S.*\s(he|she)$")


# A name this near a sentence's start is its subject, with a title or description before
# it ("Cochise Valley County Supervisor Ray Dunbar, who …, said"), when the people stage
# did not mark it as the one speaking.
_SUBJECT_REACH = 60


@lru_cache(maxsize=4)
def _mention_index(people: People) -> tuple[list[tuple[int, int]], dict[str, tuple[int, int]]]:
    """The mentions' places (sentence, offset) in order, and where each person is first
    mentioned."""
    keys = [(m.sentence, m.start) for m in people.mentions]
    first: dict[str, tuple[int, int]] = {}
    for m, key in zip(people.mentions, keys, strict=True):
        first.setdefault(m.person.name, key)
    return keys, first


_REPORTING_WORD = re.compile(rf"\b(?:{_VERBS})\b")


def _reported(sentences: Sequence[Sentence], m: Mention) -> bool:
    """A reporting verb comes before the mention in its sentence: someone else's words
    name them ("Muñoz confirmed that striker Tyrese Oduya would miss …")."""
    if not 0 <= m.sentence < len(sentences):
        return False
    return bool(_REPORTING_WORD.search(sentences[m.sentence].text, 0, m.start))


def _is_pronoun(sentences: Sequence[Sentence], m: Mention) -> bool:
    """The mention is a pronoun ("she said") the people stage resolved to someone."""
    if not 0 <= m.sentence < len(sentences):
        return False
    return sentences[m.sentence].text[m.start : m.end].lower() in PRONOUN_GENDER


def _gender(people: People, person: Person) -> str | None:
    return people.gender(person) or given_name_gender(person.name)


_NEWCOMER_WINDOW = 40  # mentions read back at most (a sentence naming thousands)


def _newcomer(
    people: People, gender: str, opening: tuple[int, int], sentences: Sequence[Sentence]
) -> Person | None:
    """Who "he" or "she" after a quote is when the sentence before the quote introduces
    someone ("Their son, Eric Jorgensen, 29, said …" then '"…," he said'): the latest
    person of that gender (or of none told) first named there as the one speaking or
    acting (not "… and that goalkeeper Lukas Brandt would play"), unless someone else spoke
    or acted before them there ("Stoltenberg said Yoav Gallant briefed …": Stoltenberg)."""
    sentence, offset = opening
    keys, first = _mention_index(people)
    hi = bisect_left(keys, (sentence, offset))
    before = bisect_left(keys, (sentence - 1, 0))
    if all(_is_pronoun(sentences, m) for m in people.mentions[before:hi]):
        # "Dana Whitecloud said … She said … '…,' she said": past a sentence that only
        # goes on about her.
        before = bisect_left(keys, (sentence - 2, 0))
    lo = max(before, hi - _NEWCOMER_WINDOW)
    pick: Person | None = None
    for m in people.mentions[lo:hi]:
        if _is_pronoun(sentences, m):
            continue
        subject = m.salient or (m.start <= _SUBJECT_REACH and not _reported(sentences, m))
        if first.get(m.person.name) == (m.sentence, m.start) and subject:
            if _gender(people, m.person) in (None, gender):
                pick = m.person
        elif m.salient and pick is None:
            return None  # someone already speaking or acting in the window comes first
    return pick


def _namesake(
    people: People, gender: str, opening: tuple[int, int], sentences: Sequence[Sentence]
) -> Person | None:
    """Who "she" is when the last one named speaking before the quote shares a surname
    with someone of her gender: 'Gaudet said she had applied …' after Melissa and Kevin
    Gaudet are named is Melissa. Pronouns the people stage resolved are not namings."""
    sentence, offset = opening
    keys, _ = _mention_index(people)
    hi = bisect_left(keys, (sentence, offset))
    lo = max(bisect_left(keys, (sentence - 1, 0)), hi - _NEWCOMER_WINDOW)
    for m in reversed(people.mentions[lo:hi]):
        if not m.salient or not 0 <= m.sentence < len(sentences):
            continue
        if _is_pronoun(sentences, m):
            continue
        if _gender(people, m.person) in (None, gender):
            return None  # the one named fits the pronoun
        family = surname(m.person.name)
        kin = [
            p
            for p in people.people
            if p.name != m.person.name
            and surname(p.name) == family
            and _gender(people, p) == gender
        ]
        return kin[0] if len(kin) == 1 else None
    return None


_ISSUED_IN = re.compile(
    r"(?:^|[.;,]\s+)(?P<who>(?:[Tt]he\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)\s+(?:also\s+)?"
    r"(?:said|announced|added|wrote|warned)\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+)?"
    rf"(?:{'|'.join(sorted(STATEMENT_NOUNS, key=len, reverse=True))})\b"
)


def _issued_by(sentences: Sequence[Sentence], sentence: int, position: int) -> str | None:
    """Who the sentence before (or this one, before the quote) says issued a statement."""
    for sid in (sentence, sentence - 1):
        if not 0 <= sid < len(sentences):
            continue
        text = _plain_text(sentences[sid].text)
        m = _ISSUED_IN.search(text[:position] if sid == sentence else text)
        if m is not None and m.group("who").lower() not in _PRONOUN_WORDS:
            return m.group("who")
    return None


_PRONOUN_WORDS = frozenset({"he", "she", "it", "they", "we", "i"})
_KIN = re.compile(
    rf"\b(?:(?P<owner>[{UPPER}][\w'’\-]+)(?:['’]s|(?<=s)['’])|(?P<poss>[Hh]is|[Hh]er|[Tt]heir))\s+"
    rf"(?P<kin>{'|'.join(KIN_WORDS)})\b"
    # "father and longtime coach, Tomasz Kowalczyk": a role beside the kin word
    r"(?:\s+and\s+(?:[a-z\-]+\s+){0,3}?[a-z\-]+(?=,))?"
    rf"(?:,\s+(?:(?:{'|'.join(sorted(WRITTEN_TITLES, key=len, reverse=True))})\.?\s+)?"
    rf"(?P<name>[{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+)?)(?=[,.;]))?"
)
_KIN_LOOKBACK = 8  # sentences, for the name of a kin noun used again ("His wife")


def _kin_before(
    people: People, gender: str, opening: tuple[int, int], sentences: Sequence[Sentence]
) -> Person | None:
    """Who "she" is when the text just referred to her by kin: "Sopel's wife, Lorraine,
    … '…,' she says" (Lorraine Sopel), "His wife held his arm. '…,' she said" (the wife
    named before, or the other person of his surname), unless someone of her gender is
    named after that."""
    sentence, offset = opening
    kin: re.Match[str] | None = None
    where = (0, 0)
    for sid in (sentence - 1, sentence):
        if not 0 <= sid < len(sentences):
            continue
        text = _plain_text(sentences[sid].text)
        for m in _KIN.finditer(text[:offset] if sid == sentence else text):
            if KIN_WORDS[m.group("kin")] != gender:
                continue
            if kin is not None and where[0] == sid and kin.group("name") and not m.group("name"):
                # "His son, Marc, said his father never talked about it": the son speaks;
                # the unnamed kin word after him is talked about.
                continue
            kin, where = m, (sid, m.end())
    if kin is None:
        return None
    keys, _ = _mention_index(people)
    hi = bisect_left(keys, (sentence, offset))
    for mention in people.mentions[max(bisect_left(keys, where), hi - _NEWCOMER_WINDOW) : hi]:
        if _is_pronoun(sentences, mention):
            continue  # the people stage's reading of a pronoun is no naming
        if _gender(people, mention.person) == gender:
            return None  # someone of her gender named since
    name = kin.group("name")
    if name is None:
        # "His wife": named so before ("with his wife, Winnie"), else his namesake.
        for sid in range(where[0] - 1, max(-1, where[0] - _KIN_LOOKBACK), -1):
            text = _plain_text(sentences[sid].text) if 0 <= sid < len(sentences) else ""
            named = [
                m
                for m in _KIN.finditer(text)
                if m.group("kin") == kin.group("kin") and m.group("name")
            ]
            if named:
                kin = named[-1]
                name = kin.group("name")
                break
    if name is not None and " " in name:
        return people.person(name) or Person(name)
    owner: Person | None
    if kin.group("owner"):
        owner = people.resolve(kin.group("owner"), where[0], kin.start())
    else:
        # "his wife": the person last named before it (not who the people stage took
        # "he" to be), else the pronoun's reading.
        owner = _last_named(people, sentences, (where[0], kin.start())) or people.resolve(
            _POSSESSIVE_PRONOUN[kin.group("poss").lower()], where[0], kin.start()
        )
    if name is None:
        return people.resolve(
            f"{kin.group('poss') or 'his'} {kin.group('kin')}", where[0], kin.start()
        )
    if owner is None and not kin.group("owner"):
        return None
    # "Sopel's wife, Lorraine": Lorraine Sopel, even if the text never named Sopel in full.
    family = surname(owner.name) if owner is not None else kin.group("owner")
    full = f"{name} {family}"
    return people.person(full) or Person(full)


_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}


_KIN_SPEAKER = re.compile(rf"(?:[Hh]is|[Hh]er|[Tt]heir)\s+({'|'.join(KIN_WORDS)})")
_KIN_SPEAKER_LOOKBACK = 16  # sentences: an obituary names the son early, quotes him late


def _named_kin(
    kin: str, sentences: Sequence[Sentence], sentence: int, people: People
) -> Person | None:
    """The person the text last introduced in full by this kin word ("His son, Brian
    McCandless, said …"), reading back from `sentence`."""
    for sid in range(sentence, max(-1, sentence - _KIN_SPEAKER_LOOKBACK), -1):
        if not 0 <= sid < len(sentences):
            continue
        named = [
            m.group("name")
            for m in _KIN.finditer(_plain_text(sentences[sid].text))
            if m.group("kin").lower() == kin and m.group("name") and " " in m.group("name")
        ]
        if named:
            return people.person(named[-1]) or Person(named[-1])
    return None


# "Dr. Oyelowo", "Prof Laszlo": an honorific that is no gender, before a bare surname.
_SCHOLARLY = re.compile(r"(Dr|Prof|Professor)\.?\s+(\S+)$")


def _by_honorific(
    written: str, sentences: Sequence[Sentence], sentence: int, people: People
) -> Person | None:
    """Of several people of one surname, the one the text named in full with the same
    honorific ("Dr. Ruth Oyelowo" for "Dr. Oyelowo", not her father Adebayo Oyelowo)."""
    m = _SCHOLARLY.search(written.strip())
    if m is None:
        return None
    hon, family = m.group(1), m.group(2)
    full = re.compile(
        rf"\b{hon}\.?\s+((?:[{UPPER}][\w'’\-]+\.?\s+){{1,3}}){re.escape(family)}\b"
    )
    names = {
        f"{found.group(1).strip()} {family}"
        for sid in range(0, min(sentence + 1, len(sentences)))
        for found in full.finditer(_plain_text(sentences[sid].text))
    }
    if len(names) != 1:
        return None
    name = names.pop()
    return people.person(name) or Person(name)


_NAMED_LOOKBACK = 6  # sentences


def _named_in_full_before(
    gender: str, sentences: Sequence[Sentence], sentence: int, position: int
) -> Person | None:
    """The latest full name outside quotation marks in this sentence (before `position`)
    or the few before it, whose given name is not of the other gender."""
    for sid in range(sentence, max(-1, sentence - _NAMED_LOOKBACK), -1):
        if not 0 <= sid < len(sentences):
            continue
        for named in reversed(_full_names_outside_quotes(sentences[sid].text)):
            if sid == sentence and named.end > position:
                continue
            if given_name_gender(named.name) in (None, gender):
                return Person(named.name, named.title)
    return None


@lru_cache(maxsize=1024)
def _full_names_outside_quotes(text: str) -> list[NameMention]:
    """The full names a sentence gives outside its quotation marks (read once a sentence)."""
    plain = _plain_text(text)
    outside = re.sub(r"“[^”]*”|\"[^\"]*\"", lambda m: " " * len(m.group()), plain)
    return [n for n in find_names(outside) if n.full]


def _last_named(
    people: People, sentences: Sequence[Sentence], point: tuple[int, int]
) -> Person | None:
    """The person last named (not by a pronoun) before `point`, in its sentence or the one
    before."""
    keys, _ = _mention_index(people)
    hi = bisect_left(keys, point)
    lo = max(bisect_left(keys, (point[0] - 1, 0)), hi - _NEWCOMER_WINDOW)
    for m in reversed(people.mentions[lo:hi]):
        if not _is_pronoun(sentences, m):
            return m.person
    return None
_ORGANISATION_NOUNS = frozenset(f"the {noun}" for noun in ORGANISATION_NOUNS)
_ORGANISATION_ALTERNATIVES = "|".join(sorted(ORGANISATION_NOUNS, key=len, reverse=True))
_DESCRIBED_ORGANISATION = re.compile(
    rf"[Tt]he\s+(?:[\w\-'’]+\s+){{1,3}}({_ORGANISATION_ALTERNATIVES})"
)
_SYNONYM = re.compile(rf"\b({'|'.join(ROLE_SYNONYMS)})\b", re.IGNORECASE)


def _synonym(m: re.Match[str]) -> str:
    return ROLE_SYNONYMS[m.group(1).lower()]


_AGED = re.compile(r"[Tt]he\s+(\d{1,3})-year-old(?:\s+[a-z][\w\-]*)?")
_AGE_AFTER_NAME = re.compile(
    rf"([{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+){{1,2}}),\s+(\d{{1,3}}),"
)
_AGE_LOOKBACK = 12  # sentences


def _of_age(
    age: str, sentences: Sequence[Sentence], sentence: int, position: int, people: People
) -> Person | None:
    """Who "the 70-year-old" is: the latest person given that age ("Tom Kessler, 52,"),
    else the person in focus (the age told only here)."""
    for sid in range(sentence, max(-1, sentence - _AGE_LOOKBACK), -1):
        if not 0 <= sid < len(sentences):
            continue
        text = _plain_text(sentences[sid].text)
        if sid == sentence:
            text = text[:position]
        found = [m.group(1) for m in _AGE_AFTER_NAME.finditer(text) if m.group(2) == age]
        for name in reversed(found):
            named = [n for n in find_names(name) if n.full]
            if named:
                return people.person(named[-1].name) or Person(named[-1].name)
    focus = people.focus(sentence, position)
    if focus is not None and sentence - focus.sentence <= 3:
        return focus.person
    return None


_ONE_NAME = re.compile(rf"[{UPPER}][\w'’\-]+")


def _by_first_surname(word: str, people: People) -> Person | None:
    """The one person whose name holds `word` between the given name and the last word:
    "Muñoz said" after "Alejandro Muñoz Ferrer" (a first surname, Spanish style)."""
    found = [p for p in people.people if word in p.name.split()[1:-1]]
    return found[0] if len(found) == 1 else None


# "the elder Jacobs-Hart said": the latest person of that surname.
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
_POSSESSED = re.compile(r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?['’]s\s+[a-z]")
_STATEMENT_FROM = re.compile(
    r"^(?:an?|the|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(STATEMENT_NOUNS, key=len, reverse=True))})\s+"
    r"(?:from|by|issued\s+by|of|released\s+by)\s+(?P<who>\S.*)$",
    re.IGNORECASE,
)
# "Google said the feature…", "Microsoft has recalled…": an organisation as the subject.
_ORGANISATION_SUBJECT = re.compile(
    r"(?:^|[.;—–]\s+|,\s+|\b(?:statement|interview|release)\s+)(?:The\s+|the\s+)?"
    rf"(?:(?:{'|'.join(ORGANISATION_NOUNS)})\s+)?(?P<org>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|of|"
    r"and|&|for)){0,5})\s+(?:has\s+|had\s+|also\s+|have\s+)?(?:said|says|announced|added|is|"
    rf"was|will|reported|confirmed|plans|warned|{'|'.join(sorted(IRREGULAR_PAST_VERBS))}|"
    r"[a-z]{3,}ed)\b"
)


def _named_organisation(
    noun: str, sentences: Sequence[Sentence], sentence: int, position: int
) -> str | None:
    """The name the text gave with `noun` before: "magazine Mobile PC", "Sony's label"."""
    after, before = _organisation_patterns(noun)
    for sid in range(sentence, max(-1, sentence - 12), -1):
        if not 0 <= sid < len(sentences):
            continue
        text = _plain_text(sentences[sid].text)
        if sid == sentence:
            text = text[:position]
        # By where each name stands: the latest one named wins.
        placed = [(m.start("org"), m.group("org")) for m in after.finditer(text)]
        for m in before.finditer(text):
            if m.group("org")[:1].isupper():
                # "Ugandan Media Council": a capitalised noun is part of the name; so is a
                # lower-case word before it ("Valdoria's foreign ministry").
                noun_at = m.group().lower().rfind(noun)
                whole = m.group()[noun_at : noun_at + 1].isupper() or any(
                    w[:1].islower() for w in m.group("org").split()
                )
                named = m.group()[m.start("org") - m.start() :]
                placed.append((m.start("org"), named if whole else m.group("org")))
        found = [
            f
            for _, f in sorted(placed)
            if f.split()[0] not in ("The", "A", "An", "This", "That")
        ]
        if found:
            return found[-1]
    return None


@lru_cache(maxsize=64)
def _organisation_patterns(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The organisation's name after the noun ("magazine Mobile PC") and before it."""
    name = r"[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,3}"
    after = re.compile(rf"\b{noun}\s+(?P<org>{name})")
    # "the Nova Scotia Health Authority": the article is no part of the name.
    # "… Association of B.C.": a capitalised "of" part ends the name.
    before = re.compile(
        rf"(?:\bthe\s+)?(?P<org>{name})(?:['’]s)?\s+{noun}\b"
        r"(?-i:\s+of\s+[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,2})?",
        re.IGNORECASE,
    )
    return after, before


@lru_cache(maxsize=2048)
def _plain_text(text: str) -> str:
    """A sentence's text without links and emphasis; kept, as quotes look back over it."""
    return plain_text_of(text)[0]


def _organisation_before(
    sentences: Sequence[Sentence], sentence: int, position: int, people: People | None = None
) -> str | None:
    """The organisation "it" or "the company" refers to: the latest one that was the
    subject of a sentence, in this sentence or the three before."""
    for sid in range(sentence, max(-1, sentence - 4), -1):
        if not 0 <= sid < len(sentences):
            continue
        text = sentences[sid].text
        if sid == sentence:
            text = text[:position]
        found = [m.group("org") for m in _ORGANISATION_SUBJECT.finditer(_plain_text(text))]
        found = [
            org
            for org in found
            if org.split()[0] not in ("It", "He", "She", "They", "We", "I", "This", "That")
            # "Northgate Rail" looks like a name, but only a person the text shows to be
            # one ("Jane Doe said") is no organisation.
            and not any(
                n.full and (people is None or people.person(n.name) is not None)
                for n in find_names(org)
            )
        ]
        if found:
            return found[-1].rstrip(".")
    return None


def _opening_person(p: _Paragraph, people: People) -> tuple[Person | None, str | None]:
    """The person a paragraph opens with, as its subject ("Maria Gomez, a nurse, …")."""
    named = [n for n in find_names(p.plain[:120]) if n.full]
    if not named:
        return None, None
    first = named[0]
    opening = first.title_start if first.title_start >= 0 else first.start
    if p.plain[:opening].strip(" *") not in ("", "The", "the"):
        return None, None
    person = people.person(first.name)
    return (person, person.name) if person is not None else (None, None)


_GENDERED_DESCRIPTION = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?P<noun>{'|'.join(GENDERED_NOUNS)})\b"
)


def _texts_before(sentences: Sequence[Sentence], sentence: int, position: int) -> list[str]:
    """Where an unnamed speaker may be described: this sentence up to `position`, then the
    sentence before (plain text)."""
    out = []
    for sid in (sentence, sentence - 1):
        if 0 <= sid < len(sentences) and sentences[sid].id == sid:
            text = _plain_text(sentences[sid].text)
            out.append(text[:position] if sid == sentence else text)
    return out


def _gendered_description(
    gender: str, sentences: Sequence[Sentence], sentence: int, position: int
) -> str | None:
    """An unnamed person of `gender` in this sentence (before `position`) or the one before:
    who "she" is when no one named is ("A mother who escaped talked … '…,' she said")."""
    for text in _texts_before(sentences, sentence, position):
        found = [
            m.group("noun")
            for m in _GENDERED_DESCRIPTION.finditer(text[:_SUBJECT_CHARS])
            if GENDERED_NOUNS[m.group("noun")] == gender
        ]
        if found:
            return found[-1]
    return None


def _group_before(sentences: Sequence[Sentence], sentence: int, position: int) -> str | None:
    """The speaking group "they" refers to ("Several hundred protesters gathered …, where
    they chanted"): one named in this sentence before it, or in the one before."""
    for text in _texts_before(sentences, sentence, position):
        found = _GROUP_SUBJECT.findall(text[:_SUBJECT_CHARS])
        if found:
            return str(found[-1])
    return None


def _focus(p: _Paragraph, seg: Segment, people: People) -> tuple[Person | None, str | None]:
    """For a quote with no attribution and no speaker before: the person in focus."""
    sid, pos = p.locate(seg.start)
    latest = people.focus(sid, pos)
    if latest is None or sid - latest.sentence > 3:
        return None, None
    return latest.person, latest.person.name


# ---------------------------------------------------------------- transcripts


# ---------------------------------------------------------------- ranking


def as_quote(f: _Found) -> Quote:
    score = quote_score(f.text, fragment=f.fragment)
    key = (
        score >= KEY_SCORE and f.speaker is not None and not f.fragment and len(f.text.split()) >= 6
    )
    title = f.person.title if f.person is not None else None
    return Quote(
        text=f.text,
        speaker=f.speaker,
        speaker_title=title,
        sentence=f.sentence,
        last_sentence=f.last_sentence,
        key=key,
        score=score,
    )
