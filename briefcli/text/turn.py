"""Speaker turns of a transcript: `MS. JEAN-PIERRE:  text`, `Q  text`, `Lynne Neagle AM: text`."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from briefcli.lexicon.actions import RELEASE_KINDS
from briefcli.lexicon.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from briefcli.lexicon.labels import (
    ANSWER_LABELS,
    EXCHANGE_CUES,
    FAQ_HEADINGS,
    HOST_LABELS,
    HOST_LISTING_WORDS,
    HOST_PHRASES,
    LISTING_WORDS,
    NOT_MIXED_SPEAKER_WORDS,
    NOT_SPEAKER_WORDS,
    NUMBERED_SPEAKER_WORDS,
    OUTLET_WORDS,
    PRESIDING_LABELS,
    PRESIDING_OPENERS,
    PROCEDURAL_LABEL_WORDS,
    REPORTER_LABELS,
    REPORTER_PHRASES,
    WITNESS_LABELS,
)
from briefcli.lexicon.people import (
    HONORIFICS,
    LABEL_HONORIFICS,
    LABEL_PARTICLES,
    NAME_SUFFIXES,
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_MODIFIERS,
)

# Capital letters with their accents, Turkish and Central European ones ("SPØRSMÅL",
# "GAZETECİ", "ŁUKASZ"), as labels in other languages print them.
_UPPER_LETTERS = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x17F) if chr(c).isupper())
_UPPER = f"[{_UPPER_LETTERS}]"
# A word of a label in capitals: those letters, digits, apostrophes and hyphens ("İLKAY
# DEMİRAĞ"); a "Mc" or "Mac" as printed.
# Scripts with no case, whose labels are words of their own: Japanese kana and kanji, Chinese
# and Korean ("官房長官：", "记者：", "기자:").
_UNCASED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_CAPITAL_WORD = (
    "(?:Ma?c)?[" + _UPPER_LETTERS + _UNCASED + "][A-ZÀ-ÖØ-ÞĀ-Ž0-9'’\\-" + _UNCASED + "]*\\.?"
)
# A turn label: upper-case words (titles, names, initials) and a colon, then the speech.
# "Q" alone, followed by spaces or a colon, is a reporter's question.
_LABEL = re.compile(
    rf"""^\s*(?:\*\*)?
    (?P<label>
        Q(?=[:.]?\s|:)
      | (?:{_CAPITAL_WORD}|[A-Z]\.)
        # words apart by a space, a comma or a dash: "TREASURER, THE HON. SCOTT MORRISON MP",
        # "BEN HUDSON – RHEINMETALL DEFENCE"; letters beyond ASCII ("DR BRÜCKNER")
        # and a slash before an outlet: "MARICEL ALCANTARA/DZRH"
        # (a Scottish or Irish "Mc" or "Mac" as printed in capitals: "MINISTER McGILLYCUDDY")
        # (a broadcaster's call sign after a word: "RADIO 2AP", "NINE 9NEWS")
        (?:(?:,?[ ]|[ ][–—-][ ]|/)(?:{_CAPITAL_WORD}|[A-Z]\.|\d+[A-Z]*))*
    )
    # "PRESIDENT DUDA (via interpreter):", "LANGE (FEDERAL MINISTRY FOR ECONOMIC AFFAIRS):",
    # "JOURNALIST (Ukrainska Pravda) [Interpreted]:"
    (?:\s*\((?:[^()]{{0,80}})\))?
    (?:[ \t]*\[[^\[\]\n]{{1,40}}\](?=[ \t]*:))?
    \s*[:.：]?(?:\*\*)?[:]?
    # the speech after a space, or glued to the colon ("JOURNALIST:Mr Rudd, …", a full-width
    # one: "官房長官：Good afternoon.")
    (?P<gap>[ \t\u00a0]+|$|(?<=[:：])(?=[A-Z“"‘']))
    """,
    re.VERBOSE,
)


# Members interjecting, as parliaments print them: "Some hon. members: Hear, hear!"
_INTERJECTION_LABEL = re.compile(
    r"[ \t]*(?P<label>(?:Some|An|Several)[ ](?:hon\.?|honourable|honorable)[ ]members?)"
    r"[ \t]*:[ \t]+(?=\S)"
)

# A label in mixed case, as committee and meeting transcripts print them: "Lynne Neagle AM:",
# "Kirsty Williams:", "Professor Sir Ian Diamond:". Such words open ordinary lines too
# ("Kosovo: the talks resume"), so a mixed-case label counts only when it opens lines
# again and again (see `named_speakers`).
#
# Parliamentary transcripts add the role, riding or party in brackets, nested once at most:
# "Mr. John Brassard (Barrie—Innisfil, CPC):", "The Chair (Mr. Bryan May (Cambridge, Lib.)):".
_PARTICLE = "|".join(sorted(LABEL_PARTICLES, key=len, reverse=True))
# A name's word in a label: capitalised, or a particle before a capitalised part ("van der
# Linde", "al-Khatib", "ten Brink").
_NAME_WORD = (
    rf"(?:(?:{_PARTICLE})(?:[ ]|-)(?=[a-z{_UPPER_LETTERS}]))*[{_UPPER_LETTERS}][\w'’.\-]{{0,30}}"
)  # (a capital of Latin Extended-A too: "Darius Šimkus-Vaitkus")
_MIXED_LABEL = re.compile(
    rf"[ \t]*(?P<label>{_NAME_WORD}"
    rf"(?:(?:,?[ ]|[ ][-–—][ ])(?:{_NAME_WORD}|\d{{1,3}}|of|the|for|from|and|{_PARTICLE})){{0,6}}"
    r"(?:[ \t]*\((?:[^()\n]|\([^()\n]{0,80}\)){1,160}\))?)"
    # a note on the language after it: "President Faye-Ndiaye [in French, interpreted]:"
    r"(?:[ \t]*\[[^\[\]\n]{1,40}\])?"
    r"[ \t]*:[ \t]+(?=\S)"
)
# A mixed-case label with a lower-case word or two in its title, as bilingual transcripts
# print them ("Premier ministre Daniel Ouellette:"): it ends on a capitalised name.
_LOOSE_LABEL = re.compile(
    r"[ \t]*(?P<label>[A-Z][\w'’.\-]{0,30}(?:[ ][a-zà-ÿ][\w'’\-]{1,14}){1,2}"
    r"(?:[ ][A-Z][\w'’.\-]{0,30}){2,3})[ \t]*:[ \t]+(?=\S)"
)
# A role in sentence case: "Ministry spokesperson:", "Foreign minister:" (the lower-case words
# role words, checked in `_loose_match`).
_ROLE_PHRASE_LABEL = re.compile(
    r"[ \t]*(?P<label>[A-Z][a-z]{1,20}(?:[ ][a-z]{2,20}){1,2})[ \t]*:[ \t]+(?=\S)"
)


def _loose_match(line: str) -> re.Match[str] | None:
    """A label with lower-case words: in a title before a name, a parliament's
    interjection, or a role in sentence case."""
    m = _LOOSE_LABEL.match(line) or _INTERJECTION_LABEL.match(line)
    if m is not None:
        return m
    m = _ROLE_PHRASE_LABEL.match(line)
    if m is None:
        return None
    lower = m.group("label").split()[1:]
    fits = all(w in ROLE_WORDS or w in TITLE_MODIFIERS for w in lower)
    return m if fits and any(w in ROLE_WORDS for w in lower) else None


# The longest mixed-case label counted as a speaker: a name, or a name with its role.
_MAX_NAME = 60
_MAX_LABEL = 200


# Time stamps before a turn, as recorded transcripts print them: "[00:12:31] Tom Hale:",
# "(01:05) JOURNALIST:", "00:12 - Ana Ruiz:"; and after a label: "Joe Biden: (00:12)",
# "Speaker 1 (01:05):".
_STAMP_BEFORE = re.compile(
    r"^([ \t]*)[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*(?:[-–—][ \t]*)?(?=[^\s\d:])", re.M
)
_STAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?"
_STAMP_AFTER = re.compile(
    # (the speech on the next line joins the label; a blank line, where a bracketed note was
    # the turn's only words, "Journalist (01:55): (Inaudible)", still parts two turns)
    rf"^([ \t]*[A-Z][^\n:]{{0,60}}?)(?:[ \t]*{_STAMP}[ \t]*:|:[ \t]*{_STAMP})[ \t]*"
    r"(?:\n(?![ \t]*\n))?",
    re.M,
)
# A label on a line of its own with the time stamp beside or under it, the speech below:
# "Governor Ana Ramirez\n00:00:03\nGood afternoon", "Reporter 1 00:02:30\nGovernor, …".
_STAMP_LINE = re.compile(
    rf"^([ \t]*[A-Z][^\n:]{{0,60}}?)(?:[ \t]+|[ \t]*\n[ \t]*){_STAMP}[ \t]*\n(?=[ \t]*\S)",
    re.M,
)
# Markdown's bold around a label: "**Journalist:** Premier, …", "**Premier**: We will …".
# Alone on its line, the speech on the next, it opens that line ("**Amira Shah:**\nHello").
_BOLD_LABEL = re.compile(
    r"^([ \t]*)\*\*([A-Z][^*\n]{0,80}?)(?::\*\*|\*\*:)(?:[ \t]*\n(?=[ \t]*[^\s*]))?", re.M
)
# A label in italics: "*The Jordan Times:* Minister, …", "_Minister Qaqish:_ The plant …".
_ITALIC_LABEL = re.compile(r"^([ \t]*)([*_])([A-Z][^*_\n]{0,80}?)(?::\2|\2:)(?=[ \t]+\S)", re.M)
# A line's marks before its label that are no part of it: live captions' speaker change
# (">> MODERATOR: GOOD AFTERNOON"), a record's paragraph numbers ("[4] Owain ap Rhys MS:").
_CAPTION_MARK = re.compile(r"^[ \t]*>>[ \t]*(?=\S)", re.M)
_PARAGRAPH_NUMBER = re.compile(r"^[ \t]*\[\d{1,4}\][ \t]+(?=[A-Z])", re.M)
# A label in square brackets: "[GOVERNOR LEE]: Thanks for coming."
# Or with a dash after it: "[DAC] – Good morning."
_BRACKETED = re.compile(r"^([ \t]*)\[([A-Z][^\]\n]{1,60})\](?::|[ \t]+[–—-])?[ \t]+(?=\S)", re.M)
# A label closed by a period and a dash, as Spanish government transcripts print them:
# "President of the Government.- Good afternoon.", "Journalist (EFE).- President, …".
_DASH_LABEL = re.compile(
    # (an honorific's stop inside it: "Sra. Ruiz-Escobar.-", as La Moncloa prints them)
    r"^([ \t]*[A-ZÀ-ÖØ-Þ](?:[^\n.:!?]|\.(?=[ ]))"
    r"{0,80}?(?:\([^()\n]{1,80}\))?)\.-[ \t]*(?=\S)",
    re.M,
)
# A time stamp alone on its line, above the label ("[00:00:04]\nMayor Celeste Delacroix:").
_STAMP_ALONE = re.compile(r"^[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*\n", re.M)
# A label and its colon alone on a line, the speech on the next ("Mayor Celeste Delacroix:\n
# Good morning.").
_COLON_ALONE = re.compile(r"^([ \t]*[A-ZÀ-ÖØ-Þ][^\n:]{0,60}?):[ \t]*\n(?=[ \t]*[^\s*])", re.M)
# A label closed by an en dash: "Premier Ashby – Good morning.", "Journalist – Premier, …"
# (an em dash after "Q" is a reporter's broken-off start: "Q — pri- —").
# Or by a spaced em dash or hyphen: "Abena — Hi, …", "ACC MBEKI-ROSS - Thank you, …" (not
# a dash after a tab, a tab-closed label's speech resuming: "MR PRICE<tab>— I'm sorry").
# (A full stop inside only after an abbreviation: "MR. PRICE –".)
_DASHED_LABEL = re.compile(
    r"^([ \t]*[A-ZÀ-ÖØ-Þ](?:[^\n\t–—:.!?]|\.(?=[ ])){0,59}?[^\s–—:.!?])[ ]+[–—-][ \t]+(?=\S)",
    re.M,
)
# How far into a turn a speaker says their own name, introducing themselves.
_INTRODUCTION = 40


def _introduces(label: str, speech: str) -> bool:
    """Whether a one-word label is the name its speaker says as they start ("Joy — My name
    is Joy.", "ROSA: Hi, I'm Rosa")."""
    word = label.strip().title()
    return word.isalpha() and re.match(_SELF_NAMED.format(word), speech[:_INTRODUCTION]) is not None


# A turn that opens with its speaker's name, or says it after a greeting: "Tomasz. Will
# the cameras …", "Hi, I'm Abena", "My name is Joy." (not "Muslims – individual Muslims").
_SELF_NAMED = (
    r"[ \t]*(?:[^.!?\n]{{0,20}}?\b(?:I['’]m|I am|[Mm]y name is|[Nn]ame['’]s|[Ii]t['’]s|"
    r"[Tt]his is)[ \t]+)?{0}\b"
)
# Lines in a text that must carry one of these marks before it is read as such a layout.
_LAYOUT_LINES = 3


def plain_labels(text: str) -> str:
    """`text` with the time stamps around its speaker labels, and the brackets or bold
    around labels, taken away ("[00:12:31] Tom Hale:" -> "Tom Hale:", "Name: (00:12)" and
    "Name\\n00:00:03\\n" -> "Name: ", "[GOVERNOR LEE]:" -> "GOVERNOR LEE:", "**Journalist:**"
    and "*Journalist:*" -> "Journalist:"; a caption's ">>" and a record's "[4]" before a
    label), where at least three lines are marked so; any other text unchanged."""
    if _marked(text, _CAPTION_MARK, ">>"):
        text = _CAPTION_MARK.sub("", text)
    if _marked(text, _PARAGRAPH_NUMBER, _NUMBER_BRACKET):
        text = _PARAGRAPH_NUMBER.sub("", text)
    if _marked(text, _STAMP_LINE, _CLOCK):
        text = _STAMP_LINE.sub(r"\1: ", text)
    if _marked(text, _STAMP_AFTER, _CLOCK):
        text = _STAMP_AFTER.sub(r"\1: ", text)
    if _marked(text, _STAMP_BEFORE, _CLOCK):
        text = _STAMP_BEFORE.sub(r"\1", text)
    if _marked(text, _BOLD_LABEL, "**"):
        text = _BOLD_LABEL.sub(r"\1\2: ", text)
    if _marked(text, _ITALIC_LABEL, "*", "_"):
        text = _ITALIC_LABEL.sub(r"\1\3:", text)
    if _marked(text, _BRACKETED, _NAME_BRACKET):
        text = _BRACKETED.sub(r"\1\2: ", text)
    if _marked(text, _DASH_LABEL, ".-"):
        text = _DASH_LABEL.sub(r"\1: ", text)
    if _marked(text, _STAMP_ALONE, _CLOCK):
        text = _STAMP_ALONE.sub("", text)
    if _marked(text, _COLON_ALONE, _COLON_AT_END):
        text = _COLON_ALONE.sub(r"\1: ", text)
    text = _dashed_labels(text)
    text = _heading_labels(_heading_labels(text, _HEADING_LINE, _HASH), _BOLD_ALONE, _BOLD)
    return _bare_labels(text)


# What each line one of the layouts above marks holds: a time stamp's clock, a bracket and
# a digit, a colon that ends its line. A text that holds it on fewer lines than a layout
# needs (most texts have no time stamps) is not searched for that layout: a pattern that
# opens on a line's start is tried at every character, these at only a few.
_CLOCK = re.compile(r":\d\d")  # (a colon first: searched for fast)
_NUMBER_BRACKET = re.compile(r"\[\d")
_NAME_BRACKET = re.compile(r"\[[A-Z]")
_COLON_AT_END = re.compile(r":[ \t]*\n")
_HASH = re.compile(r"#[ \t]")
_BOLD = re.compile(r"\*\*")


def _marked(text: str, layout: re.Pattern[str], *needed: str | re.Pattern[str]) -> bool:
    """Whether `layout` marks at least `_LAYOUT_LINES` lines of `text`; searched for only
    when `text` holds `needed` (substrings or patterns, one of which every mark of the
    layout holds) as many times."""
    held = sum(
        text.count(need) if isinstance(need, str) else len(need.findall(text)) for need in needed
    )
    return held >= _LAYOUT_LINES and len(layout.findall(text)) >= _LAYOUT_LINES


# A Markdown heading line: "### Prime Minister" over the speech, as pages that set each
# speaker's name as a heading print them.
_HEADING_LINE = re.compile(r"^[ \t]*#{1,6}[ \t]+([^\n#]{1,80}?)[ \t#]*$", re.M)
# A bold line alone with no mark after the name: "**Spokesperson Kaan Eryılmaz**" over the
# speech.
_BOLD_ALONE = re.compile(r"^[ \t]*\*\*([^*:\n]{1,80}?)\*\*[ \t]*$", re.M)


def _heading_labels(text: str, heading: re.Pattern[str], mark: re.Pattern[str]) -> str:
    """Where headings (or bold lines alone) repeat as speakers' names do, headings made
    bare lines ("### Journalist" -> "Journalist"), for `_bare_labels` to judge as any line
    alone; a document's own headings, each printed once and none repeating, stay. (`mark`:
    what every line of `heading` holds; a text without it has no such line.)"""
    if mark.search(text) is None:
        return text
    counts = Counter(m.group(1) for m in heading.finditer(text))
    if sum(n for n in counts.values() if n >= _BARE_REPEATS) < _BARE_LINES:
        # A short exchange: a reporter's heading and a speaker's that repeats ("###
        # Question" / "Yes." between two "### Secretary Blinken"), made labels in capitals
        # (too few lines for labels in mixed case to show themselves).
        if (
            sum(counts.values()) >= _SHORT_EXCHANGE
            and any(asks_by_role(heading) for heading in counts)
            and any(n >= _BARE_REPEATS and not asks_by_role(h) for h, n in counts.items())
        ):
            return heading.sub(lambda m: m.group(1).upper() + ":", text)
        return text
    # (then a heading once is read as a bare line too: "### Gillard", speaking once)
    return heading.sub(lambda m: m.group(1), text)


def _dashed_labels(text: str) -> str:
    """Labels closed by a dash made colon labels, where they repeat as speakers' do (two
    labels or more, each twice or a reporter's, three lines in all); a dateline's dash
    ("SYDNEY – The Premier …") opens one line only."""
    counts = Counter(
        m.group(1).strip() for m in _DASHED_LABEL.finditer(text) if "  " not in m.group(1).strip()
    )
    labels = {
        label
        for label, n in counts.items()
        if (n >= 2 or asks_by_role(label)) and len(label.split()) <= 6
    }
    if len(labels) < 2 or sum(counts[label] for label in labels) < _LAYOUT_LINES:
        return text
    # Then a surname the header names in full, speaking once ("GILLARD – If I can add"), or
    # one who says their name as they start ("Joy — My name is Joy.", "Tomasz — Tomasz.").
    header = _header_words(text)
    labels |= {label for label in counts if label.isalpha() and label.title() in header}
    # Or a title's or an honorific's label, in capitals, speaking once ("MR MCMENAMIN – Thank
    # you, Rob."); not a dateline's place ("SYDNEY –").
    labels |= {
        label
        for label in counts
        if label.isupper()
        and any(
            w.lower() in ROLE_WORDS or w.lower() in HONORIFICS
            for w in label.replace(".", " ").split()
        )
    }
    labels |= {
        m.group(1).strip()
        for m in _DASHED_LABEL.finditer(text)
        if _introduces(m.group(1).strip(), text[m.end() : m.end() + _INTRODUCTION])
    }
    return _DASHED_LABEL.sub(
        lambda m: f"{m.group(1)}: " if m.group(1).strip() in labels else m.group(0), text
    )


# A line that may be a speaker's name or title alone, with no mark after it: "Governor Ana
# Ramirez", "JOURNALIST", "Reporter 2" (the speech on the lines below).
# A name and an office apart by a dash or a comma ("LT GENERAL ANGUS CAMPBELL - CHIEF OF
# ARMY", "Ben Hudson, Rheinmetall") count as one line.
_BARE_LINE = re.compile(
    r"^[ \t]*([A-ZÀ-ÖØ-Þ][\w'’.\-]*"
    r"(?:(?:[ ]|,[ ]|[ ][-–—][ ])(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|\d{1,3}|of|the|for|and)){0,9}"
    r"(?:[ ]\([^()\n]{1,60}\))?)[ \t]*\n(?:[ \t]*\n)*(?=[ \t]*\S)",
    re.M,
)
# The dash between a name and an office in one label ("Lt General Angus Campbell - Chief of
# Army"), and a line alone may set them apart by a comma too.
_DASH = r"[ ][-–—][ ]"
_DASHED_OFFICE = re.compile(_DASH)
_BARE_SEPARATOR = re.compile(",[ ]|" + _DASH)
# Each bare label opens this many lines at least, all of them this many.
_BARE_REPEATS = 2
_BARE_LINES = 5


def _bare_labels(text: str) -> str:
    """Labels alone on their lines with no mark, "Name\\nSpeech" -> "Name: Speech", where
    such lines repeat as speakers' do: two or more of them, each opening two lines or more,
    five in all, one of them a title's, a role's or a reporter's ("Governor Ana Ramirez",
    "Reporter 1"). A heading repeats too ("Advertisement"), but is no one's title."""
    counts = Counter(m.group(1) for m in _BARE_LINE.finditer(text))
    labels = {
        line
        for line, n in counts.items()
        if n >= _BARE_REPEATS
        and not line.isdigit()
        and not _closed_early(line)
        and not _a_sentence(line)
    }
    # A reporter's line counts even once: "Journalist (BBC Scotland)", each outlet asking once.
    labels |= {line for line in counts if asks_by_role(line.split("(")[0])}
    if len(labels) < 2 or sum(counts[line] for line in labels) < _BARE_LINES:
        if not _short_bare_exchange(counts, labels):
            return text
        labels = {line for line in counts if line.isupper() and _titled_label(line)}
    if not any(_titled_label(line) for line in labels):
        return text
    if all(asks_by_role(line.split("(")[0]) for line in labels):
        return text  # only reporters' lines alone ("JOURNALIST" over a note): no one answers
    # And a surname the header names in full, speaking once ("Gillard"), or a title or an
    # honorific and a name ("Mr McMenamin", "Deputy Premier Rolfe").
    header = _header_words(text)
    labels |= {line for line in counts if line.isalpha() and line.title() in header}
    labels |= {line for line in counts if _titled_name(_BARE_SEPARATOR.split(line)[0])}
    labels |= {line for line in counts if numbered_speaker(line)}  # "SPEAKER 4", once

    def labelled(m: re.Match[str]) -> str:
        if m.group(1) not in labels:
            return m.group(0)
        # A label with no speech before the next one (its "[Inaudible]" cleaned away): no turn.
        following = _BARE_LINE.match(text, m.end())
        return "" if following is not None and following.group(1) in labels else f"{m.group(1)}: "

    return _BARE_LINE.sub(labelled, text)


def _short_bare_exchange(counts: Counter[str], repeated: set[str]) -> bool:
    """Whether lines alone in capitals are a short exchange's labels, too few for the
    repeats to show them ("SECRETARY BLINKEN" / "QUESTION" / "SECRETARY BLINKEN"): three
    lines at least, a reporter's among them and a titled one that repeats, all in capitals."""
    capitals = {line: n for line, n in counts.items() if line.isupper()}
    return (
        sum(capitals.values()) >= _SHORT_EXCHANGE
        and any(asks_by_role(line) for line in capitals)
        and any(line in repeated and titled_label(line) for line in capitals)
    )


def _titled_name(line: str) -> bool:
    """Whether a line alone is a title's or an honorific's label: at most four capitalised
    words, the first a title or an honorific ("Mr McMenamin", "Senator Wong")."""
    words = line.replace(".", " ").split()
    return (
        2 <= len(words) <= _TITLED_NAME_WORDS
        and all(w[:1].isupper() for w in words)
        and (words[0].lower() in ROLE_WORDS or words[0].lower() in HONORIFICS)
    )


# The most words of a title's label alone on its line ("Deputy Premier Anna Rolfe").
_TITLED_NAME_WORDS = 4


def _a_sentence(line: str) -> bool:
    """Whether a short line is a sentence of its own, a turn's whole speech ("Okay.",
    "Daphne.", "Thank you."), not a label: a full stop after a word no abbreviation, in
    mixed case ("JOURNALIST." is a label closed by a period)."""
    last = line.split()[-1]
    if line.isupper():
        return False  # "JOURNALIST.", a label closed by a period
    return last.endswith(".") and len(last) > 2 and not _abbreviation(last[:-1])


def _closed_early(line: str) -> bool:
    """Whether a line is a label closed by a period and its speech ("JOURNALIST.
    (Inaudible)"), not a label alone: a full stop inside it that ends no abbreviation."""
    words = line.split()
    return any(w.endswith(".") and len(w) > 2 and not _abbreviation(w[:-1]) for w in words[:-1])


def _titled_label(line: str) -> bool:
    return asks_by_role(line) or titled_label(line) or numbered_speaker(line)


def numbered_speaker(label: str) -> bool:
    """Whether a label is a captioner's numbered speaker: "SPEAKER 1", "Speaker 2"."""
    words = label.upper().split()
    return len(words) == 2 and words[0] in NUMBERED_SPEAKER_WORDS and words[1].isdigit()


def titled_label(label: str) -> bool:
    """Whether a label is a title's or an honorific's ("SECRETARY BLINKEN", "MR BARRETT",
    "THE PRESIDENT", "Governor Ana Ramirez"), not a promo's ("WATCH") or a heading's."""
    words = label.replace(".", " ").replace("(", " ").split()
    return bool(words) and (
        words[0].upper() == "THE"
        or any(w.lower() in ROLE_WORDS or w.lower() in HONORIFICS for w in words)
    )


def _answered_once(
    lines: Sequence[str], labels: set[str], counts: Counter[str], title_label: str | None
) -> set[str]:
    """Where one mixed-case label speaks again and again ("Prime Minister:") and each
    reporter once ("Beth Rigby, Sky News:", "ITV News:", "Question from the ABC:"): the
    once-labels, when the principal answers each of them, three at least."""
    (principal,) = labels
    if counts[principal] < 3:
        return set()
    order = []
    for line in lines:
        m = _MIXED_LABEL.match(line)
        if m is not None and m.group("label") != title_label:
            order.append(m.group("label"))
    answered = {
        label
        for k, label in enumerate(order[:-1])
        if counts[label] == 1
        and label != principal
        and order[k + 1] == principal
        and len(name_part(label).split()) <= 6
        and _label_fits(label)
    }
    return answered if len(answered) >= 3 else set()


def _exchange(lines: Sequence[str], counts: Counter[str]) -> set[str]:
    """ "Question:" and "Answer:" of an interview in print, each again and again, where the
    lines above the first question say who answers ("Minister of Industry …, Senator the Hon.
    Marcia Thwaites-Bell, spoke to JIS News"): a role word or an exchange cue there. A FAQ's
    "Question:" and "Answer:" headings name no one."""
    # (each question may carry its outlet: "Question (Ukrinform):", "Question (Suspilne):")
    roles = {label: role_label(name_part(label)) for label in counts if asks_by_role(label)}
    asked = Counter[str]()
    for label, role in roles.items():
        asked[role or label] += counts[label]
    answering = [label for label in counts if counts[label] >= 2 and answers_by_role(label)]
    if len(asked) != 1 or max(asked.values()) < 2 or len(answering) != 1:
        return set()
    exchange = {*roles, answering[0]}
    above: list[str] = []
    for line in lines:
        m = _MIXED_LABEL.match(line)
        if m is not None and _numbered_exchange(m.group("label")) in exchange:
            break
        above.append(line)
    return exchange if announces_exchange(" ".join(above)) else set()


def announces_exchange(text: str) -> bool:
    """Whether the lines above a run of questions and answers say who answers: a title
    ("Minister", "Governor") or an exchange cue ("interview", "talked to"); a FAQ's do not."""
    lower = text.lower()
    titles = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+", text)}  # "Minister", not "resident"
    return bool(ROLE_WORDS & titles) or any(cue in lower for cue in EXCHANGE_CUES)


_TERMINAL_MARK = re.compile(r"[.!?][\"”’')]*$")


# A line of an examination printed as questions and answers: "Q. Who told you that?", "A. Our
# own engineers." (an inquiry's or a court's transcript), one to a line.
_QUESTION_LINE = re.compile(r"[ \t]*Q[.:][ \t]+\S", re.M)
_ANSWER_LINE = re.compile(r"[ \t]*A[.:][ \t]+\S", re.M)


def named_speakers(text: str) -> frozenset[str]:
    """The mixed-case speaker labels of a transcript, empty for any other text; and "A",
    the answer, where lines of questions ("Q.") and answers ("A.") alternate."""
    found = _named_speakers(text)
    lines = text.split("\n")
    if all(asks_by_role(label) or answers_by_role(label) for label in found) and (
        _under_faq_heading(lines)
    ):
        return frozenset()  # a release's "Frequently asked questions", asked by no one
    asked = sum(1 for line in lines if _QUESTION_LINE.match(line))
    answered = sum(1 for line in lines if _ANSWER_LINE.match(line))
    if asked >= 2 and answered >= 2 and not _under_faq_heading(lines):
        return found | {"A"}
    return found


_ASKED_LINE = re.compile(r"[ \t]*(?:\*\*)?Question[ \t]*\d*[.:]", re.I)


def _under_faq_heading(lines: Sequence[str]) -> bool:
    """Whether the first question line of a text sits under a FAQ's heading ("Frequently
    asked questions"), a few lines above it: a release's questions, asked by no one."""
    asking = (_QUESTION_LINE, _ASKED_LINE)
    first = next((k for k, line in enumerate(lines) if any(p.match(line) for p in asking)), None)
    if first is None:
        return False
    above = [line.strip().strip("#*:").strip().lower() for line in lines[max(0, first - 4) : first]]
    return any(line.startswith(heading) for line in above if line for heading in FAQ_HEADINGS)


# The fewest lines a short exchange of mixed-case labels opens (see `_named_speakers`).
_SHORT_EXCHANGE = 3


def _named_speakers(text: str) -> frozenset[str]:
    """The mixed-case speaker labels of a transcript, empty for any other text.

    A text is such a transcript when labels that open at least two lines each open five
    lines in all, among two speakers or more. Then any label of two words or more at the
    start of a line is a speaker too, even one who speaks once ("Suzy Davies AM:").
    """
    counts: Counter[str] = Counter()
    loose: Counter[str] = Counter()  # with a lower-case word in the title (see _LOOSE_LABEL)
    lines = text.lstrip().split("\n")
    # A first line that a label would open only once is a title ("The Long Table, Episode
    # 212: Dr Helen Oduya on …").
    first = _MIXED_LABEL.match(lines[0])
    title_label = first.group("label") if first is not None else None
    # Where each label first opens a line, and the rest of that line.
    first_line: dict[str, tuple[int, str]] = {}
    for k, line in enumerate(lines):
        m = _MIXED_LABEL.match(line)
        if m is not None:
            label = _numbered_exchange(m.group("label"))
            counts[label] += 1
            first_line.setdefault(label, (k, line[m.end() :].strip()))
        m = _loose_match(line)
        if m is not None:
            loose[m.group("label")] += 1
    labels = {
        label
        for label, n in counts.items()
        if n >= 2
        and _label_fits(label)
        and not set(name_part(label).lower().replace(".", " ").split()) <= NOT_MIXED_SPEAKER_WORDS
    }
    # A label with a lower-case word in its title, where it opens lines again and again.
    labels |= {label for label, n in loose.items() if n >= 2 and _label_fits(label)}
    # Reporters' roles in mixed case ("Question:", "Correspondent:", "Media:") are labels
    # where someone named answers them ("Spokesman:"), not the headings of a FAQ.
    # So are those who run the session ("Moderator:", "Interpreter:"), even speaking once.
    if labels:
        labels |= {
            label
            for label in counts
            if label != title_label
            and (asks_by_role(label) or label.upper() in PROCEDURAL_LABEL_WORDS)
        }
        # "Answer:" where "Question:" opens lines: the official answering, not a FAQ's heading.
        if any(asks_by_role(label) for label in labels):
            labels |= {label for label in counts if answers_by_role(label)}
    if not labels:
        labels = _exchange(lines, counts)
    if len(labels) == 1:
        labels |= _answered_once(lines, labels, counts, title_label)
    lines_opened = sum(counts[label] + loose[label] for label in labels)
    # A short exchange is enough where someone asks by role and someone titled answers
    # ("Question: …", "Secretary Blinken: …"): no heading or dateline is both.
    exchange = any(asks_by_role(label) for label in labels) and any(
        titled_label(label) and not asks_by_role(label) for label in labels
    )
    if len(labels) < 2 or lines_opened < (_SHORT_EXCHANGE if exchange else 5):
        return _period_speakers(text) or _alternating_speakers(lines)
    # A header line above the first turn that gives a role and a name ("Forum Chair: Prime
    # Minister Sione Taumoepeau of Tonga"), no sentence, is no turn.
    opened = min(first_line[label][0] for label in labels if label in first_line)
    header = {
        label
        for label, (k, rest) in first_line.items()
        if k < opened and not _TERMINAL_MARK.search(rest) and len(rest.split()) <= 10
    }
    header_words = _header_words(text)
    once = {
        label
        for label, n in counts.items()
        if n == 1
        and label != title_label
        and label not in header
        and (
            2 <= len(name_part(_DASHED_OFFICE.split(label)[0]).split()) <= 6
            or _office_word(label)
            or label.isalpha()
            and label.title() in header_words
            or _introduces(label, first_line[label][1] if label in first_line else "")
        )
        and _label_fits(label)
        and not set(name_part(label).lower().replace(".", " ").split()) & NOT_MIXED_SPEAKER_WORDS
    }
    return frozenset(labels | once)


# A label in any language and script, in any case, before a colon: "Rzecznik rządu:",
# "Dziennikarz (TVN24):", "Phóng viên (Reuters):", a label in Thai or Bengali letters. Its
# words hold no sentence mark; a bracket may give the outlet.
_LABEL_WORD = r"[^\W\d_][^\s:()\[\]\"“”?!;,]*"
_ANY_LABEL_HEAD = re.compile(
    rf"[ \t]*(?P<label>{_LABEL_WORD}(?:,?[ ]{_LABEL_WORD}){{0,7}}"
    r"(?:[ \t]*\([^()\n]{1,60}\))?)[ \t]*:[ \t]+(?=\S)"
)
# The evidence of turns where no label is known (see `_alternating_speakers`): labels that
# open this many lines each, this many of them, the speaker changing this often.
_ALTERNATING_REPEATS = 2
_ALTERNATING_LABELS = 2
_ALTERNATIONS = 4


def _alternating_speakers(lines: Sequence[str]) -> frozenset[str]:
    """Labels no table knows, in any language or script, where the text shows turns: two
    labels or more open lines again and again, the speaker changes at least four times, the
    lines of one label mostly ask and those of another mostly do not ("Rzecznik rządu: …",
    "Dziennikarz (TVN24): …?"). A role with its outlet ("Dziennikarz (Polsat News)") is one
    role. A FAQ's "Q:" and "A:" under its heading are no turns."""
    opened: list[tuple[str, str, bool]] = []  # (label, its role, the line asks)
    for line in lines:
        colon = line.find(":", 0, _MAX_LABEL)
        m = _ANY_LABEL_HEAD.match(line) if colon > 0 else None
        speech = line[m.end() :].strip() if m is not None else ""
        if m is None or len(speech.split()) < 2:
            continue
        label = m.group("label").strip()
        role = re.sub(r"[ \t]*\([^()]*\)$", "", label)
        words = set(role.lower().replace(".", " ").split())
        if not _label_fits(label) or words & NOT_MIXED_SPEAKER_WORDS:
            continue
        opened.append((label, role, "?" in speech))
    roles = Counter(role for _, role, _ in opened)
    repeated = {role for role, n in roles.items() if n >= _ALTERNATING_REPEATS}
    # The header's lines above the first label that opens lines again are no turns: who
    # briefs ("Government Spokesperson: Paweł Zawadzki-Lis"), who spoke ("Na sjednici su
    # govorili: predsjednik Vlade Ivan …").
    first = next((k for k, entry in enumerate(opened) if entry[1] in repeated), len(opened))
    opened = opened[first:]
    roles = Counter(role for _, role, _ in opened)
    changes = sum(1 for a, b in zip(opened, opened[1:], strict=False) if a[1] != b[1])
    if len(repeated) < _ALTERNATING_LABELS or changes < _ALTERNATIONS or _under_faq_heading(lines):
        return frozenset()
    if all(asks_by_role(role) or answers_by_role(role) for role in repeated):
        return frozenset()  # "Q:" and "A:" alone: a FAQ's, unless the header says who answers
    asking = {
        role: sum(asks for _, r, asks in opened if r == role) / n for role, n in roles.items()
    }
    if not (
        any(share > 0.5 for share in asking.values())
        and min(asking[role] for role in repeated) < 0.5
    ):
        return frozenset()  # no one asks, or everyone does: headings, not turns
    return frozenset(label for label, _, _ in opened)


# An upper-case label closed by a period, as some transcripts print them: "THE GOVERNOR.
# Good morning.", "DR. NWOSU. Thank you.", "Q. Governor, …".
# Or closed by a tab or two spaces, with no colon: "MS. SMITH<tab>Good morning."
_PERIOD_LABEL = re.compile(
    rf"[ \t]*(?P<label>{_UPPER}[{_UPPER_LETTERS}'’\-]*\.?"
    rf"(?:(?:[ ]|[ ][-–—][ ]){_UPPER}[{_UPPER_LETTERS}'’\-]*\.?){{0,7}}?"
    # an outlet or a role in brackets before a tab: "KRIS ALMONTE-REYES (GMA)<tab>…"
    r"(?:[ ]\([^()\n]{1,40}\)(?=\t|[ ]{2}))?)"
    r"(?:\.[ \t]+|\.?\t+|[ ]{2,})(?=\S)"
)


# A U.S. congressional hearing's label, as the Government Publishing Office prints them: a
# title or honorific, the surname in capitals, a period ("Chairman SMITH.", "Ms. DeLAURO.",
# "Secretary ORTIZ.", "The CHAIRMAN.", "Mr. SMITH of Texas.").
_HEARING_LABEL = re.compile(
    r"[ \t]*(?P<label>(?:The[ ](?:CHAIRMAN|CHAIRWOMAN|CHAIR|PRESIDENT|SPEAKER)"
    r"|(?:[A-Z][a-z]+\.?[ ]){1,2}(?:[A-Z][a-z]{0,2})?[A-Z]{2,}[A-Z'’\-]*(?:[ ][A-Z]{2,})?"
    r"(?:[ ]of[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)?))\.[ \t]+(?=[A-Z\"“(])"
)


def _header_words(text: str) -> set[str]:
    """The surnames of the people a transcript's first lines (its title and header) name
    in full: a surname labelling one turn is a speaker when they name it ("GILLARD:" under
    "Joint press conference with Deputy Prime Minister Julia Gillard")."""
    head = "\n".join(text.lstrip().split("\n", 4)[:4])
    surnames = re.findall(r"(?=\b[A-Z][a-z][\w'’\-]*[ ]([A-Z][a-z][\w'’\-]*)\b(?!:))", head)
    return {word for word in surnames if word.upper() not in NOT_SPEAKER_WORDS}


def _period_speakers(text: str) -> frozenset[str]:
    """The labels closed by a period or a tab of a transcript that prints them so: two
    labels or more that each open two lines or more, five lines in all, and one of them a
    reporter's ("Q.") or a title's ("CHAIR ABERNATHY."), or all of them a hearing's
    ("Chairman SMITH.", "Secretary ORTIZ.")."""
    hearing = _hearing_speakers(text)
    if hearing:
        return hearing
    counts: Counter[str] = Counter()
    for line in text.split("\n"):
        m = _PERIOD_LABEL.match(line)
        if m is not None and len(m.group("label")) <= _MAX_NAME:
            counts[m.group("label")] += 1
    labels = {
        label
        for label, n in counts.items()
        if n >= 2 and not set(label.replace(".", " ").split()) <= NOT_SPEAKER_WORDS
    }
    # As with colons, a short exchange is enough where someone asks by role and someone
    # titled answers ("QUESTION. Yes." once between two "SECRETARY BLINKEN." turns).
    exchange = any(titled_label(label) and not asks_by_role(label) for label in labels) and any(
        asks_by_role(label) for label in counts
    )
    if exchange:
        labels |= {label for label in counts if asks_by_role(label)}
    if (
        len(labels) < 2
        or sum(counts[label] for label in labels) < (_SHORT_EXCHANGE if exchange else 5)
        or not any(asks_by_role(label) or titled_label(label) for label in labels)
    ):
        return frozenset()
    # Then a name of two words or more that opens one line is a speaker too: a reporter
    # called on once ("NICK CALLOWAY. Thank you, Chair. …").
    # Or a surname the header names, speaking once ("GILLARD. I just, if I can add." under
    # "Joint press conference with Deputy Prime Minister Julia Gillard").
    header = _header_words(text)
    once = {
        label
        for label, n in counts.items()
        if n == 1
        and (
            2 <= len(_DASHED_OFFICE.split(name_part(label))[0].split()) <= 4
            and re.sub(r"[ '’\-]", "", _DASHED_OFFICE.sub(" ", name_part(label))).isalpha()
            or label.isalpha()
            and label.title() in header
        )
    }
    return frozenset(labels | once)


# The words a hearing's label opens with: honorifics and titles ("Mr.", "Chairman").
_HEARING_TITLES = frozenset(HONORIFICS) | ROLE_WORDS | {"madam", "mister", "dr"}


def is_hearing_label(label: str) -> bool:
    """Whether `label` is printed as a hearing's are: "Chairman SMITH", "Mr. JONES"."""
    m = _HEARING_LABEL.match(label + ". X")
    return m is not None and m.group("label") == label


def _hearing_speakers(text: str) -> frozenset[str]:
    counts: Counter[str] = Counter()
    for line in text.split("\n"):
        m = _HEARING_LABEL.match(line)
        if m is not None and len(m.group("label")) <= _MAX_NAME:
            first = m.group("label").split()[0].rstrip(".")
            if first == "The" or first.lower() in _HEARING_TITLES:
                counts[m.group("label")] += 1
    labels = {label for label, n in counts.items() if n >= 2}
    if len(labels) < 2 or sum(counts.values()) < 5:
        return frozenset()
    return frozenset(counts)


def _period_turn_start(paragraph: str, speakers: frozenset[str]) -> TurnStart | None:
    m = _PERIOD_LABEL.match(paragraph)
    if m is None or m.group("label") not in speakers:
        m = _HEARING_LABEL.match(paragraph)
    if m is None or m.group("label") not in speakers:
        return None
    return TurnStart(label=m.group("label"), text=paragraph[m.end() :].strip())


def name_part(label: str) -> str:
    """A mixed-case label without its bracketed role: "Mr. John Brassard (Barrie, CPC)" ->
    "Mr. John Brassard"."""
    return label.split("(", 1)[0].strip()


def _label_fits(label: str) -> bool:
    return (
        len(name_part(label)) <= _MAX_NAME
        and len(label) <= _MAX_LABEL
        # (no sentence ends inside a label: "Government Building, Apia. Prime Minister"; a
        # title written short may: "Eng. Abu Zeid", "Prof. Ama Owusu")
        and not any(
            len(word) >= 4 and word[1:].islower() and not _abbreviation(word)
            for word in _STOP_INSIDE.findall(label)
        )
    )


# A capitalised word closed by a full stop, a capital after it.
_STOP_INSIDE = re.compile(r"\b([A-Z]\w+)\.\s+[A-Z]")


@dataclass(frozen=True)
class TurnStart:
    """A paragraph that opens a speaker turn."""

    label: str
    text: str

    @property
    def question(self) -> bool:
        """Whether the label is one of a person who asks or runs the session (a reporter,
        an audience member, a moderator): their turn is no official's speech."""
        return asks_by_role(self.label)


def asks_by_role(label: str) -> bool:
    """A reporter's, questioner's or host's label: `Q`, `QUESTION`, `JOURNALIST`,
    `AUDIENCE MEMBER`, `MODERATOR`, and labels a typo away from them (`JOURNLAIST`)."""
    return _asks_by_role(" ".join(label.upper().replace(".", " ").split()), label.isupper())


def answers_by_role(label: str) -> bool:
    """The label of the one who answers in a transcript of questions and answers: `A`,
    `ANSWER`, `Answer`, `A.`; the official answering is its speaker."""
    return " ".join(label.upper().replace(".", " ").split()) in ANSWER_LABELS


def _office_word(label: str) -> bool:
    """A one-word label that is an office ("Governor", "Mayor"), which may speak once."""
    words = name_part(label).split()
    return len(words) == 1 and words[0].lower() in ROLE_WORDS


def role_label(label: str) -> str | None:
    """The reporter's or host's label `label` is, as the lexicon spells it: "JOURNALIST" for
    "JOURNLAIST", "QUESTION" for "QUESTION (via interpreter)"; None for anyone else's."""
    return _role_label(" ".join(label.upper().replace(".", " ").split()), label.isupper())


@lru_cache(maxsize=1024)
def _asks_by_role(label: str, capitals: bool = False) -> bool:
    return _role_label(label, capitals) is not None


# The heads of a header's listing in the plural ("Presenters: Amira Shah and Joe Lennox"):
# no one's label, however near a host's they are spelt.
_LISTINGS = frozenset(
    w.upper() for w in LISTING_WORDS | HOST_LISTING_WORDS if w.endswith("s") and w != "press"
)


@lru_cache(maxsize=1024)
def _role_label(label: str, capitals: bool = False) -> str | None:
    """(`capitals`: the label as printed is in capitals, as a reporter's name after the
    role word is: "QUESTION JUNG", not "QUESTION. So".)"""
    if not label or label in _LISTINGS:
        return None
    if label in REPORTER_LABELS or label in HOST_LABELS or label in REPORTER_PHRASES:
        return label
    if label in PRESIDING_LABELS:
        return label  # "THE CORONER", "THE SPEAKER"
    opener = next((w for w in PRESIDING_OPENERS if label.startswith(w + " ")), None)
    if opener is not None and 1 <= len(label[len(opener) :].split()) <= 2:
        return opener  # "CHIEF JUSTICE ELLERY", "JUSTICE OKAFOR"
    # "POLICE MEDIA ADVISER", "SENIOR PRESS OFFICER" (a press office's contact line,
    # "PRESS OFFICER: Ellen Marsh", names no one who speaks)
    phrase = next((p for p in HOST_PHRASES if label.endswith(" " + p)), None)
    if phrase is not None and len(label.split()) <= 5:
        return phrase
    words = label.split()
    # "FEMALE JOURNALIST", "SKY NEWS REPORTER", "UNIDENTIFIED SPEAKER": who asks, described
    if len(words) >= 2 and words[-1] in REPORTER_LABELS and words[-1] not in _NOT_ALONE:
        return words[-1]
    if len(words) >= 2 and words[0] in _UNNAMED:
        return words[0]
    # "QUESTION FROM THE ABC", "QUESTION BY SKY NEWS": a reporter and the outlet
    if len(words) >= 3 and words[0] in REPORTER_LABELS and words[1] in ("FROM", "BY"):
        return words[0]
    # "QUESTION (via interpreter)", "JOURNALIST 2", "MODERATOR (via phone)"
    if words[0] in REPORTER_LABELS or words[0] in HOST_LABELS:
        plain = len(words) == 1 or not words[1][:1].isalpha() or words[1].startswith("(")
        # a reporter's label and the reporter's name ("QUESTION JUNG", "FRAGE DR. RINKE", as
        # a government press conference prints them); a host so named is named (below)
        named = (
            capitals
            and words[0] in REPORTER_LABELS
            and words[0] not in HOST_LABELS | _NOT_ALONE  # ("PRESS SECRETARY")
            and len(words) <= 4
            and not any(w.lower() in ROLE_WORDS and w not in LABEL_HONORIFICS for w in words[1:])
        )
        return words[0] if plain or named else None
    if len(words) == 1 and len(label) >= 6:
        typo = next(
            (
                known
                for known in _LONG_ROLES
                if abs(len(label) - len(known)) <= 1
                and SequenceMatcher(None, label, known).ratio() >= 0.85
            ),
            None,
        )
        if typo is not None:
            return typo
    if _outlet(label):
        return label  # "SKY NEWS", "TRINIDAD GUARDIAN", "REUTERS": a reporter, by outlet
    if len(words) >= 2 and words[0] == "THE":
        return _role_label(" ".join(words[1:]), capitals)  # "THE MODERATOR", "THE REPORTER"
    return None


# Reporters' words that end a described label only as nouns of their own ("PRESS" in "PRESS
# SECRETARY" does not, "MAN" in "SPOKES MAN" may not).
_NOT_ALONE = frozenset({"PRESS", "MAN", "WOMAN", "VOICE"})
# Words that say a speaker went unnamed: such a speaker is not the official briefing.
_UNNAMED = frozenset({"UNIDENTIFIED", "UNKNOWN", "UNNAMED"})

_LONG_ROLES = tuple(sorted(w for w in REPORTER_LABELS | HOST_LABELS if len(w) >= 6))


def turn_start(paragraph: str, speakers: frozenset[str] = frozenset()) -> TurnStart | None:
    """The label and speech if `paragraph` opens with a speaker label: an upper-case one,
    or one of the mixed-case `speakers` this transcript uses (see `named_speakers`)."""
    start = _upper_turn_start(paragraph)
    if start is None and speakers:
        return _mixed_turn_start(paragraph, speakers) or _period_turn_start(paragraph, speakers)
    return start


def _upper_turn_start(paragraph: str) -> TurnStart | None:
    m = _LABEL.match(paragraph)
    if not m:
        return None
    label = " ".join(m.group("label").split())
    rest = paragraph[m.end() :].strip()
    last = label.rsplit(" ", 1)[-1].rstrip(".")
    if label.endswith(".") and len(last) > 1 and not _abbreviation(last):
        label = label[:-1]  # "PRIME MINISTER." closes the label; "… JR." is a word
    if label == "Q":
        # "Q" must be followed by its own spacing: "Q    Hey." or "Q: How…"
        return TurnStart(label="Q", text=rest)
    if ":" not in paragraph[: m.end()] and "：" not in paragraph[: m.end()]:
        return None
    letters = [c for c in label if c.isalpha()]
    if len(letters) < 2 or len(label) > 90:
        return None
    words = set(re.split(r"[ .]+", label)) - {""}
    if words and words <= NOT_SPEAKER_WORDS or label.lower() in RELEASE_KINDS:
        return None  # (nor a release's kind: "PRESS STATEMENT: President Directs …")
    if not rest and m.group("gap") != "":
        return None
    return TurnStart(label=label, text=rest)


def _outlet(label: str) -> bool:
    """Whether a label (upper case) is a news outlet's alone: a word of one, and no title or
    honorific ("SKY NEWS", "REUTERS"; not "NEWS MINISTER", a title)."""
    if any(mark in label for mark in ",(/"):
        return False  # "DEREK LOH, CNA", "JOSEPH VILLANUEVA/DZRH": a reporter named
    words = label.split()
    return (
        1 <= len(words) <= 5
        and any(w in OUTLET_WORDS for w in words)
        and words[0].title() not in MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES  # "JOHN HERALD"
        and not any(w.lower() in ROLE_WORDS or w.lower() in HONORIFICS for w in words)
    )


def _abbreviation(word: str) -> bool:
    """A word written with a full stop of its own: "MR", "JR", "GEN"."""
    return word.capitalize() in TITLE_ABBREVIATIONS or word.upper() in NAME_SUFFIXES


def _mixed_turn_start(paragraph: str, speakers: frozenset[str]) -> TurnStart | None:
    bare = paragraph.strip()
    if bare.endswith(":") and _numbered_exchange(bare[:-1].strip()) in speakers:
        # A label with nothing after it, where a bracketed note was the turn's only words
        # ("Journalist: (Inaudible)"): the turn changes hands, no one's words.
        return TurnStart(label=_unnumbered(_numbered_exchange(bare[:-1].strip())), text="")
    m = _MIXED_LABEL.match(paragraph)
    if m is None or _numbered_exchange(m.group("label")) not in speakers:
        m = _loose_match(paragraph)
    if m is None or _numbered_exchange(m.group("label")) not in speakers:
        m = _ANY_LABEL_HEAD.match(paragraph)  # a label in another language or script
        if m is not None and m.group("label").strip() in speakers:
            return TurnStart(label=m.group("label").strip(), text=paragraph[m.end() :].strip())
        return None
    label = _unnumbered(_numbered_exchange(m.group("label")))
    return TurnStart(label=label, text=paragraph[m.end() :].strip())


# The number of a committee's question before the member who asks it, as the U.K.
# Parliament prints oral evidence ("Q45 Chair:", "Q47 Priya Bhatt:"): a reference, not
# part of who speaks.
_QUESTION_NUMBER = re.compile(r"Q\d{1,5}[ ]+(?=[A-Z])")


def _unnumbered(label: str) -> str:
    return _QUESTION_NUMBER.sub("", label, count=1) if label[:1] == "Q" else label


# Questions and answers numbered in pairs, as interviews in print number them ("Q1:", "A1:",
# "Q12:"): the question and the answer, whatever their number.
_NUMBERED_EXCHANGE = re.compile(r"([QA])\d{1,3}")


def _numbered_exchange(label: str) -> str:
    m = _NUMBERED_EXCHANGE.fullmatch(label)
    return m.group(1) if m is not None else label


def is_transcript(
    paragraphs: list[str],
    speakers: frozenset[str] = frozenset(),
    starts: Sequence[TurnStart | None] | None = None,
) -> bool:
    """True when the speaker labels make this a transcript rather than an article.

    Evidence of turns taken by several labels: someone asks (a reporter's or host's label)
    and someone else answers, or two speakers or more each speak more than once, taking
    turns. One upper-case word before a colon ("WATCH:") is no transcript, and run-in
    ALL-CAPS headings of fact sheets ("REFORMING THE WORKFORCE: Today, …") each occur once.
    `starts`: each paragraph's `turn_start`, where the caller has them already.
    """
    if starts is None:
        starts = [turn_start(p, speakers) for p in paragraphs]
    labels = [t.label for t in starts if t is not None]
    counts = Counter(labels)
    if len(counts) < 2:
        return False  # one label ("WATCH:", a lone "THE PRESIDENT:") is no exchange
    if any(asks_by_role(label) for label in counts):
        return True  # someone asks and someone else answers
    # One answers again and again, and reporters named each ask once ("Beth Rigby, Sky News:
    # Prime Minister, isn't this …?").
    asking_once = {
        t.label
        for t in starts
        if t is not None and counts[t.label] == 1 and _ASKS_AT_END.search(t.text)
    }
    if len(asking_once) >= 2 and max(counts.values()) >= 3:
        return True
    # Officials alone: at least two of them speak more than once, taking turns.
    changes = sum(1 for a, b in zip(labels, labels[1:], strict=False) if a != b)
    return sum(1 for n in counts.values() if n >= 2) >= 2 and changes >= 3


_ASKS_AT_END = re.compile(r"[?？؟][\"”’')]*\s*$")

# Marks that end a question: Latin, full-width (Chinese, Japanese) and Arabic.
QUESTION_MARKS = ("?", "？", "؟")


def asks(sentences: Sequence[str]) -> bool:
    """Whether a turn of these sentences asks rather than answers, where no label says
    (committee hearings name their questioners): its last sentence is a question, or at
    least half of them are."""
    asked = [s.rstrip().rstrip("\"”’')").endswith(QUESTION_MARKS) for s in sentences]
    return bool(asked) and (asked[-1] or 2 * sum(asked) >= len(asked))


def listed_witness(header: Sequence[str]) -> str | None:
    """What a court record's header lists after "Witness:" ("Witness: Detective Garda Marcus
    Fennelly"), if it does."""
    for line in header:
        head, colon, body = line.partition(":")
        if colon and head.strip().upper() in WITNESS_LABELS:
            return body.strip()
    return None
