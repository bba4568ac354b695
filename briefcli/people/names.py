"""Person names in briefing text: full names with their titles, honorifics, reporting verbs."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache

from briefcli.lexicon.given_names import (
    FEMALE_GIVEN_NAMES,
    MALE_GIVEN_NAMES,
    PARTICLE_GIVEN_NAMES,
    PLACE_GIVEN_NAMES,
    TITLE_GIVEN_NAMES,
)
from briefcli.lexicon.people import (
    AGENT_NOUN_ENDINGS,
    CAPITAL_PARTICLES,
    COMPOUND_TITLE_ENDS,
    GENDERED_ROLES,
    GIVEN_NAME_ABBREVIATIONS,
    HONORIFICS,
    ING_NAMES,
    ING_TITLE_WORDS,
    KIN_WORDS,
    LABEL_PARTICLES,
    MEMBER_POST_NOMINALS,
    NAME_HONORIFICS,
    NAME_PREFIXES,
    NOT_NAME_HYPHEN_PARTS,
    NOT_NAME_WORDS,
    ORGANISATION_HEADS,
    PLACE_INITIALS,
    PLACE_PREPOSITIONS,
    POST_NOMINALS,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    SURNAME_FUNCTION_WORDS,
    SURNAME_MONTHS,
    TITLE_CAPS,
    TITLE_MODIFIERS,
    WRITTEN_TITLES,
)
from briefcli.lexicon.speech import REPORTING_VERBS

# Letters of names beyond ASCII, for character classes: "Émilie", "Ayşe Demirtaş",
# "Kemal Yavuzoğlu", "Łukasz" (Latin-1 and Latin Extended-A/B, by case).
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
# A hyphen joins name parts only before a capital: "Jean-Pierre", not "London-based".
# A lower-case part after a hyphen belongs to a given name when short and no word:
# "Kim Jae-won", "Lee Jun-myeong" (not "London-based", "Kyiv-born").
# Nor is a role or kin word: "Co-author", "Vice-chair", "Ex-wife".
_NOT_PARTS = "|".join(sorted(NOT_NAME_HYPHEN_PARTS | ROLE_WORDS | set(KIN_WORDS)))
_LOWER_PART = rf"-(?!(?:{_NOT_PARTS})(?![a-z]))[a-z]{{2,6}}(?![{LOWER}])"
_NAME_PART = (
    # "Ya'ara", "Ba'ath": an apostrophe inside a name before two or more letters ("'s" is
    # a possessive).
    rf"(?:Mc|Mac|O['’]|[Dd]['’]|{'|'.join(NAME_PREFIXES)})?[{UPPER}][{LOWER}]+(?:['’][{LOWER}]{{2,}})?(?:[{UPPER}][{LOWER}]+)?"
    # After a hyphen, a part of its own shape: "Fraser-MacLeod", "Comeau-d'Entremont".
    rf"(?:-(?:[Dd]['’])?[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?|{_LOWER_PART})*(?!-)"
)
# "J.", and two or three run together: "Raymond D.K. Oyeniran", "A.P.J. Kalam"; a given
# name written short: "Mohd. Irfan Qureshi".
# An initial: "J.", "J.R.", "Wm."; undotted as Indian and some British copy writes it ("K Rajan",
# "V D Satheesan"), a lone capital before a capitalised word (not "A" nor "I", words of their own).
_INITIAL = (
    rf"(?:[A-Z]\.(?:[A-Z]\.){{0,4}}|(?:{'|'.join(GIVEN_NAME_ABBREVIATIONS)})\.|[B-HJ-Z](?=\s[A-Z]))"
)
_PARTICLES = LABEL_PARTICLES
# Irish particles written with a capital ("Seán Mac Giolla Bhríde", "Bríd Ní Fhlaithearta",
# "Niamh Ó Dálaigh"): part of the surname, like "van" and "de".
_CAPITAL_PARTICLES = CAPITAL_PARTICLES
_CAPITAL_PARTICLE = rf"(?:{'|'.join(_CAPITAL_PARTICLES)})(?=\s[{UPPER}])"
_PARTICLE_WORDS = _PARTICLES | {p.lower() for p in _CAPITAL_PARTICLES}
_SUFFIX = r"(?:Jr\.?|Sr\.?|II|III|IV)"
# A run of capitalised words (with initials, particles and "of"): a title and a name.
# Every run starts with a capital: the lookahead first lets most positions fail at once.
_CAP_RUN = re.compile(
    rf"(?=[{UPPER}])(?<![\w.'’-])(?:{_INITIAL}|{_NAME_PART}|[A-Z]{{2,}})"
    rf"(?:,\s{_SUFFIX}(?![\w])|\s(?:{_CAPITAL_PARTICLE}|{_INITIAL}|{_NAME_PART}|[A-Z]{{2,}}|"
    rf"{_SUFFIX}(?![\w])|"
    rf"(?:of|for|the|{'|'.join(sorted(_PARTICLES))})(?=(?:\s(?:{'|'.join(sorted(_PARTICLES))}))?\s[A-Z])))*"
)
_HONORIFIC_RE = re.compile(
    rf"(?<![\w])(?P<hon>Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord|Dr|Prof|Madam)\.?\s+"
    # "Mr. Van Doorn", "Mr. Peter Van Doorn": a particle may be written with a capital.
    # "Dr. Moses T. Gbanyan": a middle initial after a given name.
    rf"(?P<name>(?:{_NAME_PART}(?:\s[A-Z]\.)?\s+){{0,3}}(?:(?:[Dd]e|[Vv]an|[Vv]on|[Dd]er|al|bin|"
    rf"{'|'.join(_CAPITAL_PARTICLES)})\s+)?(?!(?:Jr|Sr)\b){_NAME_PART})(?![\w'’-])"
)
_SUFFIX_RE = re.compile(_SUFFIX)
_INITIAL_RE = re.compile(rf"{_INITIAL}|[B-HJ-Z]")  # a token: the lone capital stands alone
# Text without any of these has no honorific name: a quick test before the pattern.
_HONORIFIC_HINT = re.compile(r"M(?:r|s|iss|adam)|Sir|Dame|Lady|Lord|Dr|Prof")
_RUN_CUT = re.compile(r"\s(?:of|for|the)\s")
_RUN_TOKEN = re.compile(r"[^\s,]+")
_NUMBER_AFTER = re.compile(r",?\s*\d")
_RELATIVE = re.compile(r"(?i)who|whose|which|where")
_WORD = re.compile(r"[A-Za-z][\w.'’\-]*")


@dataclass(frozen=True)
class NameMention:
    """A person's name in a text: `name` as written, its `title`, and the gender a
    honorific or gendered title gives ("m", "f" or None)."""

    start: int
    end: int
    name: str
    title: str | None
    gender: str | None
    full: bool
    title_start: int = -1


_LOWER_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=8192)
def word_set(text: str) -> frozenset[str]:
    """The words (runs of a-z) of `text` lower-cased; kept for the stages that ask again."""
    return frozenset(_LOWER_WORD.findall(text.lower()))


# A given name of two syllables joined by a hyphen, the second in lower case.
_EAST_ASIAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]{2,6}")


@lru_cache(maxsize=4096)
def surname(name: str) -> str:
    """The family name of a full name: "Lloyd J. Austin III" -> "Austin"."""
    parts = [p for p in name.replace(",", " ").split() if not _SUFFIX_RE.fullmatch(p)]
    if len(parts) == 2 and _EAST_ASIAN_GIVEN.fullmatch(parts[1]):
        return parts[0]  # "Kim Jae-won": the family name comes first
    return parts[-1] if parts else name


def is_role_word(word: str) -> bool:
    return word.lower().strip(".,") in ROLE_WORDS


def title_before(text: str, start: int) -> str | None:
    """The title written just before a name: "NATO Secretary General" in
    "NATO Secretary General Jens Stoltenberg", "film star" in "Hollywood film star X"."""
    words = _words_before(text, start, 9)
    # The title must touch the name (only spaces between).
    if not words or text[words[-1].end() : start].strip():
        return None
    taken: list[re.Match[str]] = []
    has_role = False
    adjunct = False
    for j in range(len(words) - 1, -1, -1):
        w = words[j]
        token = w.group().rstrip(".,'’")
        lower = token.lower()
        if taken and text[w.end() : taken[-1].start()].strip():
            break  # punctuation between words ends the title
        if lower in ROLE_WORDS:
            has_role = True
        elif lower in ("of", "for", "the") and taken:
            pass
        elif token[:1].isupper() and token not in NOT_NAME_WORDS - TITLE_CAPS:
            if not has_role and not taken:
                return None
        elif lower in TITLE_MODIFIERS:
            pass
        elif (
            has_role
            and not adjunct
            and token.isalpha()
            and token.islower()
            and lower not in _FUNCTION_WORDS
            and lower not in REPORTING_VERBS
            and not lower.endswith("ed")  # "Police arrested owner …": a verb
            and j > 0
            and words[j - 1].group()[:1].isupper()
            and not text[words[j - 1].end() : w.start()].strip()
        ):
            adjunct = True  # a noun before the role, after a place: "Palm Cove cafe owner"
        else:
            break
        taken.append(w)
        if len(taken) >= 7:
            break
    while taken and taken[-1].group().lower() in ("of", "for", "the"):
        taken.pop()
    if not has_role or not taken:
        return None
    title = text[taken[-1].start() : taken[0].end()].strip(" ,")
    first = title.split()[0]
    if first.lower() in ("the", "a", "an"):
        title = title.split(" ", 1)[1] if " " in title else ""
    return title or None


def _words_before(text: str, end: int, count: int) -> list[re.Match[str]]:
    """The last `count` (or more) word tokens of `text[:end]`, as tokenizing all of it gives,
    from a window before `end` that starts after a character no token holds: a name late
    in a long text does not tokenize the whole text before it."""
    size = 64
    while True:
        lo = max(0, end - size)
        while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in "_.'’-"):
            lo -= 1
        words = list(_WORD.finditer(text, lo, end))
        if len(words) >= count or lo == 0:
            return words
        size *= 4


# The names of each text already read in the brief being made (see `names_remembered`).
_REMEMBERED: ContextVar[dict[str, tuple[NameMention, ...]] | None] = ContextVar(
    "remembered_names", default=None
)


@contextmanager
def names_remembered() -> Iterator[None]:
    """While a brief is made, `find_names` reads each text once: the speakers, the sections'
    topics and the quotes read the same sentences again. Forgotten when the brief is made."""
    token = _REMEMBERED.set({})
    try:
        yield
    finally:
        _REMEMBERED.reset(token)


def find_names(text: str) -> list[NameMention]:
    """Full names (with the title before them) and honorific names ("Ms Diemont")."""
    remembered = _REMEMBERED.get()
    if remembered is None:
        return _find_names(text)
    found = remembered.get(text)
    if found is None:
        found = remembered[text] = tuple(_find_names(text))
    return list(found)


def _find_names(text: str) -> list[NameMention]:
    found: list[NameMention] = []
    taken: list[tuple[int, int]] = []
    honorifics = _HONORIFIC_RE.finditer(text) if _HONORIFIC_HINT.search(text) else ()
    for m in honorifics:
        name = m.group("name")
        while len(name.split()) >= 3 and any(
            w in NOT_NAME_WORDS or is_role_word(w) for w in name.split()
        ):
            # "Dr. Ram Prasath Manohar-Gowda", "Mr Mohamed Ismail Abdul Rahman": given names
            # before the surname; else the words that are no name are cut off the end.
            name = name.rsplit(" ", 1)[0]
            end = m.start("name") + len(name)
            m = _HONORIFIC_RE.match(text, m.start(), end) or m
            name = m.group("name")
        if name in SURNAME_FUNCTION_WORDS:
            pass  # "Ms He", "Mr So": after an honorific, a family name
        elif any(w in NOT_NAME_WORDS or is_role_word(w) for w in name.split()):
            continue
        hon = m.group("hon").lower()
        full = len(name.split()) >= 2
        title = title_before(text, m.start()) if full else None
        found.append(
            NameMention(m.start(), m.end(), name, title, HONORIFICS.get(hon), full, m.start())
        )
        taken.append((m.start(), m.end()))
    for run in _CAP_RUN.finditer(text):
        if " " not in run.group():
            continue  # one word is no full name, nor a title with a surname
        if _inside(taken, run.start(), run.end()):
            continue
        run_start, words = run.start(), run.group()
        first = words.split(" ", 1)[0]
        if first in SENTENCE_OPENERS or (
            first.endswith("ing")
            and len(first) > 5
            and first not in ING_NAMES
            and first not in ING_TITLE_WORDS
        ):
            # "Even Dmitry Medvedev", "Knowing Smith": the opener is no given name.
            run_start, words = run_start + len(first) + 1, words[len(first) + 1 :]
            if " " not in words:
                continue
        mention = _name_in_run(text, run_start, words)
        if mention is not None:
            found.append(mention)
    if " and " in text:
        for m in _COUPLE.finditer(text):
            # "Peter and Anne Collins": Peter Collins too.
            first = m.group("first")
            if first in FEMALE_GIVEN_NAMES or first in MALE_GIVEN_NAMES:
                name = f"{first} {m.group('last')}"
                found.append(NameMention(m.start(), m.end("first"), name, None, None, True))
    if '"' in text or "“" in text:
        nicknamed = [
            # 'Jennifer "Jen" Kowalczyk': the name without its nickname in marks.
            NameMention(
                m.start("first") + len(m.group("first")) - len(first),
                m.end(),
                f"{first} {m.group('last')}",
                None,
                None,
                True,
                m.start(),
            )
            for m in _NICKNAMED.finditer(text)
            for first in (_given_names_of(m.group("first")),)
        ]
        if nicknamed:
            found = [
                n
                for n in found
                if not any(
                    k.start <= n.start < k.end or k.start < n.end <= k.end for k in nicknamed
                )
            ]
            found.extend(nicknamed)
    found.sort(key=lambda n: n.start)
    # "Rural Fire Service deputy commissioner Graham Pettifer": a capitalised run that is
    # part of the next name's title is no person.
    titled = [(n.title_start, n.start) for n in found if n.title and n.title_start < n.start]
    found = [n for n in found if not any(lo <= n.start and n.end <= hi for lo, hi in titled)]
    return [_with_appositive_title(text, n) for n in found]


def _given_names_of(words: str) -> str:
    """The given names before a nickname: two when the first is a known given name ("Maria
    Lourdes "Malou" Villareal"), else the last ("Sen. Jennifer "Jen" Kowalczyk")."""
    first, _, second = words.partition(" ")
    return words if second and _is_given_name(first) else (second or first)


_NICKNAMED = re.compile(
    rf"(?<![\w.'’-])(?P<first>(?:[A-Z][a-z]+ )?[A-Z][a-z]+|{_INITIAL}) "
    # the nickname: one to three words ("Jen", "Big Dunc", "The Brick")
    rf"[\"“][A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){{0,2}}[\"”] "
    rf"(?P<last>(?:(?:{'|'.join(sorted(_PARTICLES))}|[A-Z][a-z]+) )?{_NAME_PART})(?![\w'’-])"
)


_COUPLE = re.compile(
    rf"(?P<first>[A-Z](?<![\w.'’-].)[a-z]+) (?:and|&) (?=[A-Z][a-z]+ (?P<last>{_NAME_PART})\b)"
)  # (the capital first, then what is before it: scanned for capitals at C speed)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether `start` or `end` falls in one of `spans` (sorted, not overlapping)."""
    i = bisect_right(spans, (start, _END)) - 1
    if i >= 0 and spans[i][0] <= start < spans[i][1]:
        return True
    j = bisect_left(spans, (end, -1)) - 1
    return j >= 0 and spans[j][0] < end <= spans[j][1]


_END = 1 << 62
_VERB_ALTERNATIVES = "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))
_ROLE_ALTERNATIVES = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
# "Rod Eddington, BA's chief executive, said": the title after the name.
_TITLE_AFTER = re.compile(
    rf",\s+(?:the\s+|a\s+|an\s+)?(?P<title>(?:[\w'’&\-]+\s+){{0,5}}?(?:{_ROLE_ALTERNATIVES})"
    rf"\b(?:\s+(?!(?:{_VERB_ALTERNATIVES})\b)[\w'’&\-]+){{0,10}})(?=,|\.|;|\)|$)",
    re.IGNORECASE,
)
# "The Bishop of Durham, the Rt Rev Dr Tom Wright": the title before the name.
_TITLE_BEFORE_COMMA = re.compile(
    rf"\b(?:[Tt]he|[Aa])\s+(?P<title>(?:[\w'’\-]+\s+){{0,4}}?(?:{_ROLE_ALTERNATIVES})"
    rf"(?:\s+of\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)?),\s+(?:the\s+)?"
    rf"(?:(?:Rt|Rev|Revd|Hon|Honorable|Honourable|Most|Very)\.?\s+)*$",
    re.IGNORECASE,
)


_TITLE_WINDOW = 400


def _with_appositive_title(text: str, named: NameMention) -> NameMention:
    """Give a name without a title the one its appositive gives."""
    if named.title is not None or not named.full:
        return named
    m = _TITLE_AFTER.match(text, named.end)
    if m and not _RELATIVE.match(m.group("title")):
        title = m.group("title").strip()
        if len(title.split()) <= 12:
            return _titled(named, title)
    # The title and its comma sit just before the name: search a window, not all the text.
    b = _TITLE_BEFORE_COMMA.search(text, max(0, named.start - _TITLE_WINDOW), named.start)
    if b:
        return _titled(named, b.group("title").strip())
    return named


def _titled(named: NameMention, title: str) -> NameMention:
    """`named` with the title found beside it, and the gender that title gives."""
    return replace(named, title=title, gender=named.gender or _gender_of(title))


def _initials_then_surname(tokens: Sequence[tuple[str, int]]) -> bool:
    """A body's words, then initials and a surname: "the Assembly V D Satheesan" ends with
    a person (not "the U.S. Senate", whose initials are a place's, nor "the J.P. Morgan")."""
    return (
        len(tokens) >= 3
        and not _INITIAL_RE.fullmatch(tokens[-1][0])
        and _INITIAL_RE.fullmatch(tokens[-2][0]) is not None
        and tokens[-2][0] not in PLACE_INITIALS
        and not _INITIAL_RE.fullmatch(tokens[0][0])
    )


def _is_title_token(token: str) -> bool:
    bare = token.rstrip(".,")
    return (
        bare in NAME_HONORIFICS
        or bare.lower() in ROLE_WORDS
        or bare in ("of", "for", "the")
        or bare in NOT_NAME_WORDS
        or bare in TITLE_CAPS
        or bare in WRITTEN_TITLES  # "Father Mazur", "Elder Mary-Rose Kaye-Bearchild"
        or (len(bare) >= 2 and bare.isupper() and not _SUFFIX_RE.fullmatch(bare))
        or bare.rpartition("-")[2] in COMPOUND_TITLE_ENDS  # "Attorney-General"
    )


# The most words of a name that follows its title straight ("President Valeria Ibarrola
# Santillán"): a longer run holds more than the name.
_NAME_AFTER_TITLE_WORDS = 4


def _name_in_run(text: str, run_start: int, run: str, *, whole: bool = True) -> NameMention | None:
    """Split a run of capitalised words ("NATO Secretary General Jens Stoltenberg") into
    its title and the person's name; None when the run names no person."""
    cut = _RUN_CUT.search(run)
    if cut is not None:
        # "Cara Diemont of IT firm…", "Police Chief James White of the Detroit Police…"
        before = _name_in_run(text, run_start, run[: cut.start()], whole=False)
        after = run[cut.end() :].split()
        if before is not None and _is_body(before.name) and any(map(is_role_word, after)):
            before = None  # "A Division Bench of Chief Justice …": a body, then the person
        if before is not None:
            return before
    tokens = [(m.group(), run_start + m.start()) for m in _RUN_TOKEN.finditer(run)]
    if (
        len(tokens) > 2
        and tokens[0][0] in ORGANISATION_HEADS
        and tokens[1][0] in ("of", "for")
        and not any(is_role_word(t) for t, _ in tokens[2:])
    ):
        return None  # "Department for Levelling Up": an organisation
    before_run = text[max(0, run_start - 8) : run_start]
    # "Minister for Sustainability and the Environment Grace Fu-Lim": the run ends a title.
    ends_title = bool(
        before_run.endswith("and the ")
        and _TITLE_AND_THE.search(text, max(0, run_start - 80), run_start)
    )
    if ends_title and len(tokens) >= 3:
        # (The run's first word is the office's second thing: the name follows it.)
        return _name_in_run(text, tokens[1][1], text[tokens[1][1] : run_start + len(run)])
    if (tokens and tokens[0][0] in ("The", "the")) or (
        before_run.endswith(("the ", "The ")) and not before_run.endswith(("of the ", "for the "))
    ):
        # "the Fianna Fáil TD", "The Department for Levelling Up": after "the", a run with
        # no title names a party, a club or a body, not a person ("the Rev. Mary Lee" has
        # one; "Secretary of the Navy Ramona Fitzgerald" is a title's end).
        # ("the Nickel Belt MPP": a post-nominal closing the run is no title of a name.)
        if not any(
            (_titles_surname(t.rstrip(".,")) or t in NAME_HONORIFICS)
            and not (i == len(tokens) - 1 and t in POST_NOMINALS)
            for i, (t, _) in enumerate(tokens)
        ) and not _initials_then_surname(tokens):
            return None
    suffix_end = None
    while tokens and _SUFFIX_RE.fullmatch(tokens[-1][0]):
        suffix_end = tokens[-1][1] + len(tokens[-1][0])
        tokens = tokens[:-1]
    while len(tokens) > 2 and tokens[-1][0] in POST_NOMINALS and suffix_end is None:
        tokens = tokens[:-1]  # "Christopher Pyne MP"
    last_title = -1
    for i, (token, at) in enumerate(tokens):
        if (
            i == len(tokens) - 1 > 0
            and token in SURNAME_MONTHS
            and _given_before(tokens, i)
            and not _NUMBER_AFTER.match(text, at + len(token))
        ):
            continue  # "Elizabeth May has been re-elected": a surname, not the month
        if i > 0 and _INITIAL_RE.fullmatch(token) and not _is_title_token(tokens[i - 1][0]):
            continue  # initials after a given name are the name's ("D.K."), not a title
        if (
            0 < i == len(tokens) - 2
            and _INITIAL_RE.fullmatch(token)
            and token not in PLACE_INITIALS
            and not _is_title_token(tokens[-1][0])
        ):
            continue  # initials for a given name after a title: "Officer R.J. Balakrishnan"
        if (
            i == 0
            and len(tokens) == 2
            and _INITIAL_RE.fullmatch(token)
            and token not in PLACE_INITIALS
            and not _is_title_token(tokens[1][0])
        ):
            continue  # initials for a given name: "A.J. Whitcombe" (not "U.S. Rep. …")
        if (
            token in SURNAME_FUNCTION_WORDS
            and 0 < i == len(tokens) - 3
            and _is_title_token(tokens[i - 1][0])
        ):
            continue  # a family name first after a title: "MP He Ting Ru"
        if (
            i == 0
            and len(tokens) == 2
            and token in TITLE_GIVEN_NAMES
            and _ROLE_NOUN_BEFORE.search(text, max(0, run_start - 24), run_start)
        ):
            continue  # "mayor Col Henderson", "fisherman Dean Kowalski": a given name
        if (
            i == 0
            and len(tokens) == 2
            and token in PLACE_GIVEN_NAMES
            and text[max(0, run_start - 2) : run_start] == ", "
            and _APPOSITIVE_END.match(text, run_start + len(run))
        ):
            continue  # "The NDP's health critic, France Gervais-Lemay, said"
        if (
            i == 1
            and len(tokens) == 3
            and _is_given_name(tokens[0][0])
            and token in NOT_NAME_WORDS
            and token not in TITLE_CAPS
            and token.rstrip(".") not in WRITTEN_TITLES
            and not is_role_word(token)
            and not token.isupper()
            and token.lower() not in _FUNCTION_WORDS | {"a", "an"}
        ):
            continue  # a surname's first word between a given name and the rest: "Charlene
            # Two Bears-Lucero"
        if (
            i == len(tokens) - 1 > 0
            and token.isalpha()
            and not token.isupper()
            and token not in POST_NOMINALS
            and _is_given_name(tokens[i - 1][0])
        ):
            continue  # a title's word as a surname after a given name: "Chris Bishop"
        if _is_title_token(token) and token not in _PARTICLES:
            last_title = i
        elif i == 0 and len(tokens) >= 3 and token.endswith("s") and is_role_word(token[:-1]):
            last_title = i  # a plural title opening the run: "Councilors Amy Strand"
    core = tokens[last_title + 1 :]
    if (
        last_title < 0
        and len(core) in (3, 4)
        # (or any word before a known given name as a sentence opens, not after an
        # abbreviation: "Landlord Gerald Finch said", not "Eng. Abdirahman Hussein Gedi")
        and (
            core[0][0].endswith(AGENT_NOUN_ENDINGS)
            or (_is_given_name(core[1][0]) and _SENTENCE_END_BEFORE.search(text, 0, run_start))
        )
        and not _is_given_name(core[0][0])
        and core[0][0].lower() not in _PARTICLE_WORDS
        and _opens_sentence(text, run_start)
    ):
        # "Rider Mohammed Al-Rashidi said", "Stallholder Tan Ah Kow, 67,": a noun opening
        # the sentence.
        core = core[1:]
    # After "Secretary of Defense", the name is its last two words (three with an initial).
    # (Initials run together stand for the given names: "State Minister of Finance W.M.P.B.
    # Senanayake" is W.M.P.B. Senanayake.)
    keep = (
        3
        if len(core) >= 3 and _INITIAL_RE.fullmatch(core[-2][0]) and core[-2][0].count(".") == 1
        else 2
    )
    # Initials before a given name are the name's: "Justice R. Meenakshi Sundaram".
    while (
        keep < len(core)
        and _INITIAL_RE.fullmatch(core[-keep - 1][0])
        and core[-keep - 1][0] not in PLACE_INITIALS
    ):
        keep += 1
    if len(core) >= 3 and all(_is_given_name(t) for t, _ in core[-3:-1]):
        keep = 3  # two given names: "Sheriff John Paul Whitaker", "the Rev. Mary Ann Lee"
    # Particles belong to the surname: "Nick Van den Brul", "Ursula von der Leyen".
    while keep < len(core) and core[-keep][0].lower() in _PARTICLE_WORDS:
        keep += 1
    # Given names before a surname of several words: "Rosa Elena Chávez de Urrutia",
    # "Nabil Abdallah al-Tayeb" (at most two more words, each a known given name).
    for _ in range(2):
        if keep < len(core) and _is_given_name(core[-keep - 1][0]):
            keep += 1
    words = [t for t, _ in core if t.lower() not in _PARTICLE_WORDS]
    if (
        last_title >= 0
        and 2 <= len(core) <= _NAME_AFTER_TITLE_WORDS
        and tokens[last_title][0].lower() not in ("of", "for", "and", "the")  # a portfolio
        and core[0][1] == tokens[last_title][1] + len(tokens[last_title][0]) + 1
        and all(
            t in SURNAME_FUNCTION_WORDS or (t not in NOT_NAME_WORDS and not _is_title_token(t))
            for t, _ in core
        )
        and len(core) > 2
        # (or four words opening with a given name: "MP Abdul Samad Abdul Wahab")
        and (not _is_given_name(core[-2][0]) or (len(core) >= 4 and _is_given_name(core[0][0])))
        and not core[0][0].endswith(AGENT_NOUN_ENDINGS)  # "County Supervisor Ray Dunbar"
    ):
        # Straight after the title, the whole run is the name where the word before the
        # surname is no given name: a surname of two words or more, "President Valeria
        # Ibarrola Santillán", "Taoiseach Ciarán Mac Giolla Phádraig" (not "Minority Whip
        # Gail Hartmann", whose title no list knows).
        keep = len(core)
    if len(core) > keep and (last_title >= 0 or len(words) > 3):
        core = core[-keep:]
    if len(core) == 1 and last_title >= 0 and _titles_surname(tokens[last_title][0]):
        # "President Duda", "Mayor Lucas": a surname with its title.
        token, start = core[0]
        if token in NOT_NAME_WORDS or token in TITLE_CAPS:
            return None
        role = _trim_title(text[run_start:start].strip(" ,"))
        return NameMention(
            start, start + len(token), token, role, _gender_of(role), False, run_start
        )
    if (
        len(core) >= 2
        and all(t.lower() in _PARTICLE_WORDS for t, _ in core[:-1])
        and not (len(core) == 2 and core[0][0] in PARTICLE_GIVEN_NAMES)
    ):
        # "Van der Hoeven said": a surname with its particles, the person named in full
        # before ("Eric Van der Hoeven"), not a full name of its own.
        start = core[0][1]
        end = core[-1][1] + len(core[-1][0])
        return NameMention(start, end, text[start:end], None, None, False, start)
    if len(core) < 2 or _INITIAL_RE.fullmatch(core[-1][0]) or core[0][0] in _PARTICLES:
        return None
    if (
        whole
        and cut is None
        and core[-1][0] in ORGANISATION_HEADS
        and not _is_given_name(core[0][0])
    ):
        return None  # "Aerospace Workers Guild Local 12": an organisation (not "Margaret Court")
    preceding = text[max(0, run_start - 80) : run_start].rstrip()
    if _ORGANISATION_BEFORE.search(preceding, max(0, len(preceding) - 12)):
        return None
    if (
        last_title < 0
        and _PLACE_BEFORE.search(preceding, max(0, len(preceding) - 12))
        and not _is_given_name(core[0][0])
    ):
        return None  # "speaking in Grand Rapids": a place, not a person
    start = core[0][1]
    end = suffix_end if suffix_end is not None else core[-1][1] + len(core[-1][0])
    owner = _OWNER_OF.match(text, end)
    if owner is not None and owner.group(1) in ORGANISATION_HEADS:
        return None  # "the Maritime Fishermen's Union": an organisation's name
    name = text[start:end]
    in_run_title = _trim_title(text[run_start:start].strip(" ,")) if start > run_start else ""
    in_run_title = _HONORIFIC_TAIL.sub("", in_run_title)
    outer = title_before(text, run_start) if start == run_start or in_run_title else None
    if in_run_title and in_run_title.split()[0] in ("The", "the"):
        in_run_title = in_run_title.split(" ", 1)[1] if " " in in_run_title else ""
    title_parts = [t for t in (outer, in_run_title) if t]
    title: str | None = " ".join(title_parts) or None
    if title is not None and not any(
        _titles_surname(w.strip(".,")) or w in MEMBER_POST_NOMINALS for w in title.split()
    ):
        title = None  # (a written title is one: "Elder", "Pastor", "Father")
    title_start = start
    if title is not None:
        title_start = max(0, text.rfind(title.split()[0], 0, start))
    return NameMention(start, end, name, title, _gender_of(title), True, title_start)


# A common noun for a role or a trade just before a capitalised run: "mayor ", "fisherman ",
# "shire president " (lower case: "Mayor Col. Henderson" is a title and a colonel).
_ROLE_NOUN_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted((w for w in ROLE_WORDS if w.isalpha()), key=len, reverse=True))}|"
    r"[a-z]+(?:man|woman|er|or|ist|ian))\s$"
)


# The comma that closes an appositive name ("…, France Gervais-Lemay, said").
_APPOSITIVE_END = re.compile(r",\s")


def _is_body(name: str) -> bool:
    """A name of capitalised words that ends with a body's head word ("Division Bench")."""
    words = name.split()
    return words[-1] in ORGANISATION_HEADS and not _is_given_name(words[0])


# A title of an office for two things: "Minister for Sustainability and the " (then the
# second thing and the holder's name).
_TITLE_AND_THE = re.compile(
    rf"\b(?i:{_ROLE_ALTERNATIVES})\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*,?\s+){{1,4}}"
    r"and\s+the\s+$"
)


# The text's start or a sentence's end after a word (not after "Eng." or "Dr."), then spaces.
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[a-z]{3}[.!?][\"”’']?|\n)[ \t]*$")


def _opens_sentence(text: str, start: int) -> bool:
    """Nothing but a sentence's end (or a quotation mark, a dash) before `start`."""
    before = text[max(0, start - 4) : start].rstrip()
    return not before or before[-1] in ".!?:;\"“”'’—–"


# "'s" and an organisation's head word after a run: "Fishermen's Union", "Women's
# Institute" (not "Trump's Call with …").
_OWNER_OF = re.compile(r"['’]s\s+([A-Z][a-z]+)")


def _titles_surname(token: str) -> bool:
    """A role ("President Duda") or a written title ("Father Mazur") before a bare surname."""
    return token.lower() in ROLE_WORDS or token.rstrip(".") in WRITTEN_TITLES


def _given_before(tokens: list[tuple[str, int]], i: int) -> bool:
    """Whether the token before `i` is a given name: a known one, or a word that is no title
    after a title ("Green Leader Joanne May")."""
    before = tokens[i - 1][0]
    if _is_given_name(before):
        return True
    return i >= 2 and not _is_title_token(before) and _is_title_token(tokens[i - 2][0])


def _is_given_name(word: str) -> bool:
    if word in FEMALE_GIVEN_NAMES or word in MALE_GIVEN_NAMES:
        return True
    plain = unaccented(word)  # "María", "José": the lists hold "Maria", "Jose"
    return plain != word and (plain in FEMALE_GIVEN_NAMES or plain in MALE_GIVEN_NAMES)


@lru_cache(maxsize=4096)
def unaccented(word: str) -> str:
    """`word` without its diacritics ("María" -> "Maria"); ASCII words as they are."""
    if word.isascii():
        return word
    return "".join(
        c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
    )


# "in Grand Rapids", "outside Des Moines": a capitalised run after such a word is a place
# unless it opens with a given name or holds a title.
_PLACE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(PLACE_PREPOSITIONS))})$")
# "IT firm Acme Systems": a capitalised run after such a noun names no person.
_ORGANISATION_BEFORE = re.compile(
    r"\b(?:firm|company|group|agency|brand|label|studio|band|site|service|"
    r"network|channel|newspaper|magazine|chain|maker|retailer|bank)$"
)
# "Prime Minister the Hon": the written honorific ends no title.
_HONORIFIC_TAIL = re.compile(r"(?:\s*\b(?:the|Hon|Honourable|Honorable|Rt|Right|Rev|Revd)\b\.?)+$")
_FUNCTION_WORDS = frozenset("and or but the by with from to of for in on at as".split())


def _trim_title(title: str) -> str:
    """Drop words before a title's role ("Readout of President" -> "President")."""
    words = title.split()
    first_role = next((i for i, w in enumerate(words) if is_role_word(w)), None)
    if first_role is None:
        return title
    i = first_role
    while i > 0 and words[i - 1][:1].isupper() and words[i - 1].lower() not in _FUNCTION_WORDS:
        if words[i - 1].lower().rstrip(".") in HONORIFICS:
            break  # "Madam Vice President": the honorific is a form of address
        i -= 1
    return " ".join(words[i:])


def _gender_of(title: str | None) -> str | None:
    gender = None
    for w in (title or "").lower().split():
        gender = GENDERED_ROLES.get(w, gender)
    return gender
