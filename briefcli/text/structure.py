"""Structure: title, date, and paragraphs or speaker turns of a cleaned briefing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date as Date

from briefcli.lexicon.actions import RELEASE_KINDS
from briefcli.lexicon.calendar import (
    DATE_LABELS,
    DATE_PARTICLES,
    MONTHS,
    MONTHS_BY_LANGUAGE,
    WEEKDAYS,
)
from briefcli.lexicon.labels import (
    EVENT_ACCOUNT_BY,
    EVENT_ACCOUNT_VERBS,
    EVENT_NOUNS,
    FIRST_AND_SECOND_PERSON,
    LISTING_WORDS,
)
from briefcli.lexicon.people import ROLE_WORDS
from briefcli.model import Kind
from briefcli.text.askers import (
    ends_asking,
    interviewers_named,
    listed_chairs,
    listed_counsel,
    listed_hosts,
    mark_askers,
)
from briefcli.text.document import Block, Document
from briefcli.text.turn import (
    TurnStart,
    announces_exchange,
    answers_by_role,
    asks_by_role,
    is_transcript,
    named_speakers,
    plain_labels,
    role_label,
    titled_label,
    turn_start,
)

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_MORE_ITEMS = re.compile(r"\s\d{1,3}(?:\.\)|[.)])\s+\S")
_TERMINAL = re.compile(r"[.!?:;…][\"'”’)\]]*$")
_MONTHS = {
    name: number
    for number, names in enumerate(MONTHS_BY_LANGUAGE["English"].split(" / "), start=1)
    for name in names.split()
}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A date written day first in any language of the calendar table: "19 June 2008", "17 de
# julho de 2029", "19. juli 2029", "le jeudi 5 juillet 2029", "Freitag, 3. August 2029".
_PARTICLE = rf"(?:(?:{_alternation(DATE_PARTICLES)})\s+)"
_DAY_MONTH_YEAR = (
    rf"(?i:{_PARTICLE}?(?:(?:{_alternation(WEEKDAYS)}),?\s+)?{_PARTICLE}?"
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s+{_PARTICLE}?"
    rf"(?P<month>{_alternation(MONTHS)})\.?,?\s+{_PARTICLE}?(?P<year>(?:19|20)\d{{2}}))(?!\w)"
)
# (without its group names, inside the date line's pattern)
_DAY_MONTH_YEAR_UNNAMED = re.sub(r"\?P<\w+>", "?:", _DAY_MONTH_YEAR)
_DATELINE = re.compile(
    r"\b(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2}),\s+(?P<year>(?:19|20)\d{2})\b"
)
# A line that is only a date, as publishers print it under a title: "April 8, 2022",
# "19 June 2008", "Monday, 8 April 2022", "May 26, 2021 – 2:15 p.m.", "May 11, 2028 | 4:00 p.m.".
_DATE_LINE = re.compile(
    # a place or the word "Date" may come first: "Madrid, 15 July 2027", "Date 14 September
    # 2027", "Washington, D.C., April 8, 2022"
    # and a release's kind before a bar: "Pressemelding | Dato: 01.08.2029"
    # (a digit early in the line first: most lines have none, and fail fast)
    r"^(?=[^\n\d]{0,50}\d)\s*(?:[A-Z][\w ]{2,30}?\s*\|\s*)?"
    r"(?:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3},(?:\s+[A-Z]\.[A-Z]\.,)?\s+"
    rf"|(?i:{_alternation(DATE_LABELS)}):?\s+)?"
    # a release's number first: "No: 142, 8 June 2029"
    r"(?:No\.?:?\s*\d{1,5},?\s+)?"
    r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+)?"
    # (month first in capitals, as a hearing's record prints it: "WEDNESDAY, SEPTEMBER 12, 2029")
    r"(?:(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,?\s+)?(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE"
    r"|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2},?\s+(?:19|20)\d{2}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+(?:19|20)\d{2}"
    + "|"
    + _DAY_MONTH_YEAR_UNNAMED
    + r"|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}([./-])\d{1,2}\1(?:19|20)\d{2}"
    r"|(?:19|20)\d{2}\.\d{2}\.\d{2})"
    # a time after it: "2:15 p.m.", "| 4:00 p.m.", "9 h 10", "kl. 14.00", "às 15h"
    + r"(?:\s*[,–—|-]?\s*(?:kl\.?\s*|às\s+|a las\s+|à\s+|um\s+)?"
    r"\d{1,2}(?:[:.]\d{2}|[ ]?h(?:[ ]?\d{2})?\b)\s*(?:[aApP]\.?[mM]\.?|Uhr)?(?:\s+[A-Z]{2,4})?)?"
    # a note in brackets ("(PM)", "(afternoon)"), and a place after it: "6 June 2029, Ankara"
    r"(?:\s*\([^()\n]{1,20}\))?"
    r"(?:,\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})?\.?\s*$"
)
def _date_line(line: str) -> bool:
    """Whether a line is only a date (see `_DATE_LINE`), or a date of another calendar with
    the Gregorian one in brackets ("2086 Magh 4 (18 January 2030), Friday", as Nepal prints
    it); a paragraph longer than any date line fails before the long pattern is tried."""
    if len(line) > _DATE_LINE_CHARS:
        return False
    if _DATE_LINE.match(line) is not None:
        return True
    bracketed = _BRACKETED_DATE.fullmatch(line.strip())
    return bracketed is not None and _DATE_LINE.match(bracketed.group(1)) is not None


# A short line of another calendar's date around a bracketed Gregorian one.
_BRACKETED_DATE = re.compile(r"[\w ,.]{0,30}\(([^()\n]{6,40})\)[\w ,.]{0,20}")


# The longest date line ("Washington, D.C., Wednesday, September 12, 2029 – 10:02 a.m. EDT").
_DATE_LINE_CHARS = 120


_DAY_FIRST = re.compile(rf"(?<!\w){_DAY_MONTH_YEAR}")
_DOTTED_ISO = re.compile(r"(?:19|20)\d{2}\.\d{2}\.\d{2}(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")


def structure(
    text: str,
    *,
    source: str,
    title: str | None = None,
    date: str | None = None,
    source_url: str | None = None,
) -> Document:
    """Split cleaned text into blocks and find its title, date and kind."""
    text = plain_labels(text)
    speakers = named_speakers(text)
    raw = _paragraphs(text, speakers)
    heading_flags = [h for _, h, _ in raw]
    items = [i for _, _, i in raw]
    paragraphs = [p for p, _, _ in raw]

    # A first line with the date line under it is the title, however long it runs
    # ("Special Envoy …; Assistant Secretary …; and Deputy Director … On the Secretary's …").
    dated_title = len(paragraphs) > 1 and _date_line(_strip_heading(paragraphs[1]))
    if (
        title is None
        and paragraphs
        and _is_title_line(paragraphs[0], speakers, long=bool(dated_title))
    ):
        title = _strip_heading(paragraphs[0])
        paragraphs, heading_flags, items = paragraphs[1:], heading_flags[1:], items[1:]
    elif title is not None:
        # The page repeats its headline as the first line: it is the title, not body text.
        while paragraphs and _same_text(_strip_heading(paragraphs[0]), title):
            paragraphs, heading_flags, items = paragraphs[1:], heading_flags[1:], items[1:]
    # The date line under the title is the briefing's date, not its text.
    dated = None
    while paragraphs and _date_line(_strip_heading(paragraphs[0])):
        dated = dated or _line_date(_strip_heading(paragraphs[0]))
        paragraphs, heading_flags, items = paragraphs[1:], heading_flags[1:], items[1:]

    if date is None:
        date = (
            dated
            or _find_date(paragraphs[:6])
            or _date_in_name(source_url or "")
            or _date_in_name(source)
        )

    preamble: tuple[str, ...] = ()
    header: tuple[str, ...] | None = None  # the lines above the first turn, where known
    starts = [turn_start(p, speakers) for p in paragraphs]  # read once, used thrice
    if is_transcript(paragraphs, speakers, starts) and not _questions_asked_by_no_one(
        title, paragraphs, starts
    ):
        blocks, preamble = _turn_blocks(paragraphs, starts)
        header = _header_lines(text, speakers)
        blocks = mark_askers(
            blocks,
            interviewers_named(title or "") | listed_hosts(header) | listed_counsel(header, blocks),
            listed_chairs(header),
        )
        header = None  # (read again below, only where there is a preamble)
        kind: Kind = "transcript"
        if title is None:
            title = _committee_named(blocks[:4])
    elif (exchange := _bold_exchange(paragraphs, heading_flags, title)) is not None:
        # An interview in print with no labels: each question a bold paragraph, each
        # answer the plain paragraphs under it.
        blocks, preamble, header = exchange
        kind = "transcript"
    elif _remarks(paragraphs, starts):
        # Remarks printed under their speakers' labels, no one asking ("SECRETARY BLINKEN:
        # …", "DIRECTOR HAINES: …"): an article whose paragraphs are the labels' speech.
        blocks, preamble = _turn_blocks(paragraphs, starts)
        blocks = mark_askers(blocks)  # the host who introduces them ("MR BARRETT")
        kind = "article"
    else:
        blocks = [
            Block(text=_strip_heading(p), heading=h or (not item and _looks_like_heading(p)))
            for p, h, item in zip(paragraphs, heading_flags, items, strict=True)
        ]
        kind = "article"
    return Document(
        source=source,
        title=title,
        date=date,
        kind=kind,
        blocks=tuple(blocks),
        source_url=source_url,
        preamble=preamble,
        header=(
            header
            if header is not None
            else _header_lines(text, speakers)
            if preamble or kind == "transcript"
            else ()
        ),
    )


def _questions_asked_by_no_one(
    title: str | None, paragraphs: Sequence[str], starts: Sequence[TurnStart | None]
) -> bool:
    """Whether a text's only labels are a question's and an answer's ("Q:" and "A:") and
    nothing above the first question says who answers: a release's questions and answers
    ("Bin collection changes: what you asked us"), no one's turns, or a release's
    ("Media release" above them). (An interview printed as "Q:" and "A:" says above them
    who answers: "Interview with the Minister …".)"""
    labels = {t.label for t in starts if t is not None}
    if not labels or not all(asks_by_role(lb) or answers_by_role(lb) for lb in labels):
        return False
    first = next(k for k, t in enumerate(starts) if t is not None)
    above = paragraphs[:first]
    # A release that prints a Q&A ("Media release" on a line of its own above "Q: …") is
    # a release, whoever answers.
    if any(_release_line(p) for p in (title or "", *above)):
        return True
    return not announces_exchange(" ".join((title or "", *above)))


def _release_line(paragraph: str) -> bool:
    """Whether a paragraph (or a title) says the text is a release: "Media release", alone,
    opening the header lines it was joined to ("Media release The Hon. …") or closing the
    office's line ("… — Press release"), or before a colon ("Readout: Transport Minister's
    meeting …"). (A one-word kind, "News", only so:
    "News conference with the Governor" is no release.)"""
    lower = paragraph.strip().lower()
    return lower in RELEASE_KINDS or any(
        lower.startswith(kind + ":")
        or " " in kind
        and (lower.startswith(kind + " ") or _kind_after_office(lower, kind))
        for kind in RELEASE_KINDS
    )


def _kind_after_office(line: str, kind: str) -> bool:
    """Whether a header line names the office, then the kind after a dash or a bar: "FPS
    Economy, SMEs, Self-employed and Energy — Press release"."""
    return line.endswith(kind) and line[: -len(kind)].rstrip().endswith(("—", "–", "-", "|"))


# An interview printed with its questions in bold and no labels: at least this many bold
# questions, this share of the bold paragraphs after the first one.
_BOLD_QUESTIONS = 3
_BOLD_QUESTION_SHARE = 0.6


def _bold_exchange(
    paragraphs: list[str], bold: list[bool], title: str | None
) -> tuple[list[Block], tuple[str, ...], tuple[str, ...]] | None:
    """The turns of an interview whose questions are bold paragraphs ("**Will you raise the
    rate?**") and whose answers are the plain paragraphs under each, where the lines above
    the first question say who answers ("… Governor Ratu Josefa Nailatikau talked to our
    business editor"): the questions "QUESTION", the answers "ANSWER" (the interviewee);
    with the preamble and header lines. None for any other text (an explainer's bold
    questions name no one who answers)."""
    asked = [k for k, p in enumerate(paragraphs) if bold[k] and ends_asking(_strip_heading(p))]
    if len(asked) < _BOLD_QUESTIONS:
        return None
    first = asked[0]
    headed = [k for k in range(first, len(paragraphs)) if bold[k]]
    if len(asked) < _BOLD_QUESTION_SHARE * len(headed):
        return None
    if any(k + 1 >= len(paragraphs) or bold[k + 1] for k in headed):
        return None  # a question with no answer under it
    intro = [title or "", *paragraphs[:first]]
    if not announces_exchange("\n".join(intro)):
        return None
    blocks: list[Block] = []
    preamble: list[str] = []
    turn = -1
    for k, p in enumerate(paragraphs):
        if k < first:
            if not _TERMINAL.search(p) or len(p.split()) <= 6:
                preamble.append(p)  # "Fiji Sun Business, Suva"
            else:
                blocks.append(Block(text=p))
        elif bold[k]:
            turn += 1
            blocks.append(Block(_strip_heading(p), speaker="QUESTION", question=True, turn=turn))
        else:
            turn += bold[k - 1]
            blocks.append(Block(text=p, speaker="ANSWER", turn=turn))
    header = tuple(line.strip() for p in intro if p for line in p.split("\n") if line.strip())
    return blocks, tuple(preamble), header


# The most lines read above the first turn for who briefs.
_HEADER_LINES = 25


def _header_lines(text: str, speakers: frozenset[str]) -> tuple[str, ...]:
    """The non-blank lines of `text` above its first turn, each as printed."""
    lines: list[str] = []
    for line in text.split("\n")[:_HEADER_LINES]:
        if turn_start(line, speakers) is not None:
            break
        if line.strip():
            lines.append(line.strip())
    return tuple(lines)


def _paragraphs(text: str, speakers: frozenset[str] = frozenset()) -> list[tuple[str, bool, bool]]:
    """Paragraphs with hard-wrapped lines joined; list items, headings and date lines are
    their own.

    Each paragraph comes with two flags: an explicit heading, and a list item (an item is
    content, however short: a fact sheet's bullets are its news).
    """
    out: list[tuple[str, bool, bool]] = []
    for chunk in re.split(r"\n[ \t\u00a0]*\n", text):
        current: list[str] = []
        item = False
        for line in chunk.split("\n"):
            stripped = line.strip()
            if not stripped:
                continue
            if _HEADING.match(line) or is_bold_line(stripped):
                _flush(current, out, item)
                out.append((stripped, True, False))
                continue
            if _date_line(stripped):
                # "Title\nApril 8, 2022": the date line is not part of the title.
                _flush(current, out, item)
                out.append((stripped, False, False))
                continue
            if _LIST_ITEM.match(line):
                _flush(current, out, item)
                if not _MORE_ITEMS.search(line):
                    # One item a line: its marker goes. Items run on in one line ("1. … 2. …")
                    # keep theirs for the sentence splitter, which cuts at each.
                    stripped = _LIST_ITEM.sub("", line, count=1).strip()
                item = True
            elif current and turn_start(stripped, speakers) is not None:
                # A speaker label opens a new turn even without a blank line before it.
                _flush(current, out, item)
                item = False
            current.append(stripped)
        _flush(current, out, item)
    return out


def _flush(lines: list[str], out: list[tuple[str, bool, bool]], item: bool) -> None:
    """Join the wrapped `lines` of one paragraph onto `out`, and empty `lines`."""
    joined = " ".join(lines).strip()
    if joined:
        out.append((joined, False, item))
    lines.clear()


def _strip_heading(text: str) -> str:
    m = _HEADING.match(text)
    if m:
        text = m.group(1)
    text = text.strip()
    if text.startswith(("**", "__")) and text.endswith(("**", "__")):
        text = text[2:-2].strip()
    return text


def _is_title_line(
    paragraph: str, speakers: frozenset[str] = frozenset(), *, long: bool = False
) -> bool:
    """A headline: short (or `long`, up to three times so), one line, no sentence
    punctuation at the end, not a speaker turn."""
    text = _strip_heading(paragraph)
    words = text.split()
    scale = 3 if long else 1
    return (
        0 < len(words) <= 25 * scale
        and len(text) <= 200 * scale
        and not _TERMINAL.search(text)
        and turn_start(paragraph, speakers) is None
    )


def _looks_like_heading(paragraph: str) -> bool:
    """A short line without closing punctuation, or an ALL-CAPS line, inside an article."""
    text = _strip_heading(paragraph)
    words = text.split()
    if not words or len(words) > 12:
        return False
    letters = [c for c in text if c.isalpha()]
    all_caps = len(letters) >= 4 and all(c.isupper() for c in letters)
    return all_caps or not _TERMINAL.search(text) and text[0].isupper() and len(words) <= 8


def _same_text(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()

    return norm(a) == norm(b)


# A header line under a title is at most this many words ("Ned Price, Department
# Spokesperson", "Washington, D.C."); longer prose with a full stop is the text itself.
_HEADER_WORDS = 12


def _remarks(paragraphs: list[str], starts: Sequence[TurnStart | None]) -> bool:
    """Whether an article is remarks under speakers' labels: the first label comes after
    header lines only, and every label is a title's or an honorific's ("SECRETARY
    BLINKEN", "MR BARRETT", "THE PRESIDENT"), never a promo's ("WATCH") or a heading's."""
    labels = {s.label for s in starts if s is not None}
    first = next((k for k, s in enumerate(starts) if s is not None), None)
    if first is None:
        return False
    # Only header lines before it ("Office of the Spokesperson", "Washington, D.C.", "E&OE"):
    # no paragraph of prose.
    if any(_TERMINAL.search(p) and len(p.split()) > _HEADER_WORDS for p in paragraphs[:first]):
        return False
    return all(titled_label(label) and role_label(label) is None for label in labels)


def _turn_blocks(
    paragraphs: list[str], starts: Sequence[TurnStart | None]
) -> tuple[list[Block], tuple[str, ...]]:
    """One block per paragraph, each carrying its turn's speaker label (`starts`: each
    paragraph's `turn_start`); and the lines before the first turn that are no speech (who
    briefs, where, when)."""
    blocks: list[Block] = []
    preamble: list[str] = []
    speaker: str | None = None
    question = False
    turn = -1
    for p, start in zip(paragraphs, starts, strict=True):
        if start is not None:
            speaker, question, text = start.label, start.question, start.text
            turn += 1
            if not text:
                continue
        else:
            text = p
            if speaker is not None and _capitals_heading(text):
                # A heading in capitals between turns ("STATEMENT OF HON. TERRENCE OKONJO-REYES,
                # DEPUTY ADMINISTRATOR", as a hearing's record prints it): no one's speech.
                blocks.append(Block(text=text, heading=True, turn=max(turn, 0)))
                continue
            if speaker is None:
                # Location and time lines before the first turn ("Aboard Air Force One"),
                # and who takes part ("Taking part: Sólveig …, Prime Minister; …").
                if (
                    not _TERMINAL.search(text)
                    or len(text.split()) <= 6
                    or _LISTING.search(text) is not None
                    or _event_account(text)
                    or _role_listing(text)
                ):
                    preamble.append(text)
                    continue
        blocks.append(Block(text=text, speaker=speaker, question=question, turn=max(turn, 0)))
    return blocks, tuple(preamble)


def _event_account(text: str) -> bool:
    """A header's account of the event in the third person ("The briefing was addressed by
    …", "… addressed the weekly briefing"): no one's speech."""
    return _EVENT_ACCOUNT.search(text) is not None and _FIRST_OR_SECOND.search(text) is None


_EVENT = "|".join(re.escape(n) for n in sorted(EVENT_NOUNS, key=len, reverse=True))
_ACCOUNT_VERB = "|".join(EVENT_ACCOUNT_VERBS)
_BY = "|".join(EVENT_ACCOUNT_BY)
_EVENT_ACCOUNT = re.compile(
    rf"(?i:\b(?:it|which)\s+was\s+(?:{_ACCOUNT_VERB})\s+by\b"
    rf"|\b(?:{_EVENT})\s+(?:(?:{_ACCOUNT_VERB})\s+)?(?:{_BY})\b"
    rf"|\b(?:{_ACCOUNT_VERB})\s+(?:the|this|today's|today’s)\s+(?:[\w-]+\s+){{0,2}}(?:{_EVENT})\b)"
)
_FIRST_OR_SECOND = re.compile(rf"(?i:(?<!\w)(?:{_alternation(FIRST_AND_SECOND_PERSON)})(?!\w))")


def _role_listing(text: str) -> bool:
    """A header line that lists offices and their holders ("Government Building, Apia. Prime
    Minister: Afioga …. Press Secretary: Sina Faleolo-Brown."): no one's speech."""
    return (
        any(
            any(w.lower() in ROLE_WORDS for w in m.group(1).split())
            for m in _ROLE_AND_HOLDER.finditer(text)
        )
        and _FIRST_OR_SECOND.search(text) is None
    )


# An office before a colon and its holder's name after it, opening a sentence of a line.
_ROLE_AND_HOLDER = re.compile(r"(?:^|(?<=[.;]\s))([A-Z][\w'’\-]*(?:\s[\w'’\-]+){0,4}):\s+[A-Z]")


def _capitals_heading(text: str) -> bool:
    """A line in capitals, three words at least and no sentence's end: a heading."""
    letters = [c for c in text if c.isalpha()]
    return (
        len(text.split()) >= _HEADING_WORDS
        and len(letters) >= 10
        and all(c.isupper() for c in letters)
        and not _TERMINAL.search(text)
    )


# The fewest words of a heading in capitals between turns.
_HEADING_WORDS = 3


# A listing of those who take part, in a header line: "Taking part:", "Speakers:".
_LISTING = re.compile(
    r"(?:^|(?<=\s))(?i:"
    + "|".join(re.escape(w) for w in sorted(LISTING_WORDS, key=len, reverse=True))
    + r"):[ \t]+[A-Z]"
)


# A committee a meeting's chair names: "the Children, Young People and Education
# Committee", "the House of Commons Standing Committee on Veterans Affairs".
_COMMITTEE = re.compile(
    r"(?:[A-Z][\w'’\-]*,?[ ](?:(?:and|of|on|for|the)[ ])?){0,8}"
    r"(?:Committee|Subcommittee|Commission)\b"
    r"(?:[ ](?:on|of|for)[ ](?:the[ ])?[A-Z][\w'’\-]*(?:[ ](?:and[ ])?[A-Z][\w'’\-]*){0,5})?"
)


def _committee_named(blocks: list[Block]) -> str | None:
    """The title of an untitled committee transcript: the committee its opening turns name."""
    for block in blocks:
        for m in _COMMITTEE.finditer(block.text):
            name = re.sub(r"^(?:The|This|And|Of|On|For)\s+", "", m.group().strip(" ,"))
            if len(name.split()) >= 2:
                return name
    return None


# A date line in numbers: "17.06.2026" (day first, as Europe writes it), "10/02/2026",
# "01-06-2027 - 13:05".
_NUMERIC_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})\b")


def _numeric_date(first: str, mark: str, second: str, year: str) -> str | None:
    """The date of "17.06.2026" or "10/02/2026": dotted dates are day first; with slashes
    or dashes, whichever part cannot be a month says the order, else the date is left
    unsaid."""
    a, b = int(first), int(second)
    if mark in "/-" and a <= 12 and b <= 12 and a != b:
        return None  # "10/02/2026": October or February, the line does not say
    day, month = (b, a) if mark in "/-" and b > 12 else (a, b)
    try:
        return Date(int(year), month, day).isoformat()
    except ValueError:
        return None


def _line_date(line: str) -> str | None:
    """The date of a date line, written month first ("April 8, 2022") or day first
    ("19 June 2008"); day first only here, where the line is nothing but the date."""
    numeric = _NUMERIC_DATE.search(line.strip())
    if numeric is not None:
        return _numeric_date(*numeric.groups())
    dotted = _DOTTED_ISO.match(line.strip())  # "2029.06.21", as Sri Lanka and Korea print it
    if dotted is not None:
        return _ISO_DATE.sub(r"\1-\2-\3", dotted.group(0).replace(".", "-"))
    m = _DATELINE.search(line if not line.isupper() else line.title()) or _DAY_FIRST.search(line)
    if m is None:
        return None
    month = MONTHS.get(m.group("month").lower())
    try:
        return Date(int(m.group("year")), month, int(m.group("day"))).isoformat() if month else None
    except ValueError:
        return None


def _find_date(paragraphs: list[str]) -> str | None:
    for p in paragraphs:
        m = _DATELINE.search(p)
        if m:
            month = _MONTHS.get(m.group("month").lower())
            if month:
                try:
                    return Date(int(m.group("year")), month, int(m.group("day"))).isoformat()
                except ValueError:
                    continue
    return None


def _date_in_name(name: str) -> str | None:
    """A date in a file name or URL: `2023-10-12-nato-….txt`, `/2024/09/06/press-…`."""
    base = name.replace("\\", "/")
    m = _ISO_DATE.search(base.rsplit("/", 1)[-1]) or _ISO_DATE.search(base)
    if not m:
        m2 = re.search(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})/", base)
        if not m2:
            return None
        y, mo, d = m2.groups()
    else:
        y, mo, d = m.groups()
    try:
        return Date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def is_bold_line(line: str) -> bool:
    """A line that is wholly bold (`**Here are the wins:**`): a heading in practice."""
    s = line.strip()
    return (
        len(s) > 4
        and s.startswith(("**", "__"))
        and s.endswith(("**", "__"))
        and s.count("**") <= 2
    )
