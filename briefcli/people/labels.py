"""Transcript labels read as people: MR. SULLIVAN, THE PRESIDENT, Lynne Neagle AM, The Chair (…)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefcli.lexicon.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from briefcli.lexicon.labels import (
    ATTRIBUTION_PHRASES,
    LABEL_ABBREVIATIONS,
    LABEL_ACRONYMS,
    LABEL_ARTICLES,
    LABEL_SMALL_WORDS,
    LABEL_STYLES,
    LISTING_WORDS,
    OFFICE_ABBREVIATIONS,
)
from briefcli.lexicon.offices import COUNTRY_SIGNS, OFFICE_ALIASES, OFFICE_HOLDERS, SHARED_OFFICES
from briefcli.lexicon.people import (
    CAPITAL_PARTICLES,
    HONORIFICS,
    LABEL_HONORIFICS,
    LABEL_PARTICLES,
    NAME_HONORIFICS,
    NAME_OPENERS,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    POST_NOMINALS,
    REGIONAL_HONORIFICS,
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_MODIFIERS,
    WRITTEN_HONORIFICS,
)
from briefcli.people.names import find_names, surname
from briefcli.people.person import Mention, Person
from briefcli.people.translated import cognate
from briefcli.text.terms import stop_words
from briefcli.text.turn import is_hearing_label, numbered_speaker


def _label_words(label: str) -> list[str]:
    return [w for w in re.split(r"[\s.]+", label) if w]


def label_person(
    label: str, people: Sequence[Person], mentions: Sequence[Mention], title: str
) -> Person | None:
    """The person a transcript label means: `MR. SULLIVAN` -> Jake Sullivan,
    `THE PRESIDENT` -> the President the text names, `Lynne Neagle AM` -> Lynne Neagle."""
    if any(c.islower() for c in label):
        return _written_label_person(label, people)
    label = expanded_label(label)  # "PM" -> "PRIME MINISTER"
    parts = [p for p in _LABEL_PARTS.split(label) if p.strip()]
    if len(parts) > 1:
        # "TREASURER, THE HON. SCOTT MORRISON MP", "BEN HUDSON – RHEINMETALL DEFENCE":
        # the part that names someone is the person, the rest their title.
        return _named_part(parts, people)
    label = without_post_nominals(label)  # "LYNNE NEAGLE AM"
    words = _label_words(label.upper())
    core = [w for w in words if w not in NAME_SUFFIXES]
    if not core:
        return None
    role_words = [w.lower() for w in core if w.lower() in ROLE_WORDS or w == "THE"]
    if core[0] == "THE":
        # "THE PRESIDENT", "THE VICE PRESIDENT", "THE FIRST LADY": the person titled so.
        role = " ".join(w.lower() for w in core[1:])
        return _titled(role, people, mentions, title)
    name_words = [
        w
        for w in core
        if w not in LABEL_HONORIFICS
        and w.lower() not in ROLE_WORDS
        and w.lower() not in TITLE_MODIFIERS
        and w not in ("OF", "FOR", "THE")
    ]
    if not name_words:
        # A title alone ("PRIME MINISTER", "TREASURER"): the one person the text gives it.
        return _titled(" ".join(w.lower() for w in core), people, mentions, title, alone=True)
    if len(role_words) == len(core):
        return None
    last = _folded(name_words[-1])
    candidates = [p for p in people if _folded(surname(p.name)) == last]
    if len(name_words) >= 2:
        first = _folded(name_words[0])
        exact = [p for p in candidates if _folded(p.name.split()[0]) == first]
        candidates = exact or candidates
    if candidates:
        # Prefer the one named in the title, then the most mentioned.
        counts = {p.name: sum(1 for m in mentions if m.person.name == p.name) for p in candidates}
        candidates.sort(
            key=lambda p: (len(p.name.split()) < 2, p.name not in title, -counts[p.name])
        )
        return candidates[0]
    # The label may give the name in full: "SECRETARY OF DEFENSE LLOYD J. AUSTIN III".
    readable = re.sub(r"\b(Of|For|The)\b", lambda m: m.group().lower(), readable_label(label))
    named = [n for n in find_names(readable) if n.full]
    if named:
        return Person(named[-1].name, named[-1].title)
    return None


def _folded(word: str) -> str:
    """A word in lower case as capitals lose its letters: Turkish "YILDIRIM" and "Yıldırım",
    "ÇELİK" and "Çelik" are one word."""
    return word.lower().replace("ı", "i").replace("\u0307", "")


_WRITTEN_POST_NOMINALS = frozenset(w.rstrip(".") for w in POST_NOMINALS)


# In upper case, "JR" and "SR" are left to NAME_SUFFIXES.
_UPPER_POST_NOMINALS = frozenset(w.upper() for w in _WRITTEN_POST_NOMINALS) - {"JR", "SR"}


# A bracket that gives a member's riding and party, not a role: "(Barrie—Innisfil, CPC)".
_RIDING = re.compile(
    r",\s*(?:CPC|Lib\.?|NDP|BQ|GP|PPC|Ind\.?|Con\.?|Lab\.?|LD|SNP|PC|Plaid Cymru|"
    r"Green|Conservative|Liberal|Labour|Independent)\s*$"
)


def without_post_nominals(label: str) -> str:
    """An upper-case label without the letters after the name: "KIRSTY WILLIAMS AM" ->
    "KIRSTY WILLIAMS" (a lone "MS" or "DR" before a name is an honorific and stays)."""
    return " ".join(_drop_post_nominals(label.split(), _UPPER_POST_NOMINALS, keep=2))


def _drop_post_nominals(words: list[str], letters: frozenset[str], keep: int) -> list[str]:
    """`words` without the post-nominal `letters` at their end, keeping at least `keep`."""
    while len(words) > keep and words[-1].rstrip(".") in letters:
        words = words[:-1]
    return words


def _bracketed(label: str) -> tuple[str, str]:
    """A label and what its closing bracket holds: "Mr. X (Title, Dept.)" -> ("Mr. X ",
    "Title, Dept."); the second part is empty without a bracket."""
    name, _, rest = label.partition("(")
    rest = rest.strip()
    return name, rest[:-1].strip() if rest.endswith(")") else ""


# A bracket after a label that notes the language, not a role: "(interpreted)", "(via
# interpreter)", "(translation)", "(in French)".
_LANGUAGE_NOTE = re.compile(
    r"(?i)^(?:via\s+(?:an?\s+)?)?interpret\w*|^translat\w*|^through\s+an?\s+interpreter|^in\s+[A-Z]\w+$"
)


def given_first(person: Person) -> Person:
    """A name that a capitalised word or a title glued before its given name ("Housing
    Geneviève Lavoie", of "Minister of Municipal Affairs and Housing Geneviève Lavoie";
    "Vice-Governor Lenka Hořejší") is without it."""
    words = person.name.split()
    titled = all(_title_word(part) for part in words[0].split("-"))  # "Vice-Governor"
    # An honorific read as a given name: "Alhaji Sani Bello-Kaura", "Ratu Josefa Nailatikau".
    titled = titled or words[0].rstrip(".") in _LABEL_HONORIFIC_WORDS
    # (A title of two words stays whole: "Prime Minister Ishizaka-Moriyama".)
    titled = titled and not all(_title_word(part) for part in words[1].split("-"))
    if len(words) >= 3 and not _given(words[0]) and (_given(words[1]) or titled):
        return Person(" ".join(words[1:]), person.title)
    return person


def _written_label_person(label: str, people: Sequence[Person]) -> Person | None:
    """The person a mixed-case label names as written: the name without honorifics and
    post-nominal letters, with the role a bracket gives ("Mr. Michel Doiron (Assistant Deputy
    Minister, Veterans Affairs)") or the text's own title for them. A role label with the
    person in brackets is that person: "The Chair (Mr. Bryan May (Cambridge, Lib.))"."""
    name, bracket = _bracketed(label)
    if bracket and _LANGUAGE_NOTE.match(bracket.strip()):
        bracket = ""  # "Prime Minister Novák (interpreted)"
    role: str | None = None
    if bracket and name.split()[:1] == ["The"]:
        role = " ".join(name.split()[1:])
        name, bracket = _bracketed(bracket)
    if bracket and not _RIDING.search(bracket) and role is None:
        role = bracket
    if "," in name:
        # "Official Spokesperson, Shri Kunal Bhatnagar": the part that names someone;
        # letters after the name are no part ("The Hon. Celestine Bowen-Clarke, SC, MP").
        parts = [
            p.strip()
            for p in name.split(",")
            if p.strip() and not all(w.rstrip(".") in _WRITTEN_POST_NOMINALS for w in p.split())
        ]
        name = ", ".join(parts)
        named = [p for p in parts if not all(_title_word(w) for w in p.split())]
        if len(named) > 1 and 2 <= len(named[0].split()) <= 3 and _given(named[0].split()[0]):
            named = named[:1]  # "Beth Rigby, Sky News": the person, then the outlet
        if len(named) == 1 and len(parts) > 1:
            role = role or ", ".join(p for p in parts if p is not named[0])
            name = named[0]
    words = name.split()
    # "The Hon. Celestine Bowen-Clarke": "The" before an honorific is the honorific's.
    if len(words) > 2 and words[0] == "The" and words[1].rstrip(".") in _LABEL_HONORIFIC_WORDS:
        words.pop(0)
    while len(words) > 1 and words[0].rstrip(".") in _LABEL_HONORIFIC_WORDS:
        words.pop(0)
    # "Prime Minister Daniel Ouellette": the title before the name is the role.
    titled: list[str] = []
    while len(words) > 2 and _title_word(words[0]):
        titled.append(words.pop(0))
    # "Police Commissioner Yolanda Briggs", "Minister for Health Jane Smith": the name is
    # what follows the title's last role word or small word, two words or more.
    cut = max(
        (k for k, w in enumerate(words[:-2]) if w.lower() in ROLE_WORDS or w in ("of", "for")),
        default=-1,
    )
    if cut >= 0:
        titled.extend(words[: cut + 1])
        words = words[cut + 1 :]
        # (a portfolio before a known given name is the title's: "… for Health Jane Smith")
        while len(words) > 2 and not _given(words[0]) and any(map(_given, words[1:-1])):
            titled.append(words.pop(0))
    if titled and role is None:
        role = " ".join(titled)
    words = _drop_post_nominals(words, _WRITTEN_POST_NOMINALS, keep=1)
    if any(w in LABEL_SMALL_WORDS for w in words[1:]):
        return None  # a portfolio, no name: "Minister for Infrastructure and Transport"
    name = " ".join(words)
    for person in people:
        if person.name.lower() == name.lower():
            return Person(person.name, person.title or role)
    # A title, or a title and a surname ("Chief Spokesperson", "Minister Tamihana"), names
    # no one as written: the label is read as an upper-case one is.
    named = [w for w in words if not _title_word(w) and w.lower() not in LABEL_SMALL_WORDS]
    return Person(name, role) if len(words) >= 2 and len(named) >= 2 else None


def _titled(
    role: str,
    people: Sequence[Person],
    mentions: Sequence[Mention],
    title: str,
    *,
    alone: bool = False,
) -> Person | None:
    """The person whose title is `role` ("president"), preferring one the title names.
    `alone`: a label that is a title and nothing else stands for a person only when one
    person has that title, or one of those who have it is named in the briefing's title."""
    role_words = role.split()
    vice = "vice" in role_words
    best: list[Person] = []
    for p in people:
        words = re.split(r"[\s\-]+", (p.title or "").lower())
        if not all(w in words for w in role_words):
            continue
        if not vice and "vice" in words:
            continue
        best.append(p)
    if not best:
        return None
    if alone:
        # "PRIME MINISTER" is the prime minister, not a former one or another country's.
        best = [
            p for p in best if set((p.title or "").lower().split()) - {"the"} == set(role_words)
        ]
        if not best:
            return None
    if alone and len({p.name for p in best}) > 1:
        best = [p for p in best if surname(p.name) in title]
        if len({p.name for p in best}) != 1:
            return None
    counts = {p.name: sum(1 for m in mentions if m.person.name == p.name) for p in best}
    best.sort(
        key=lambda p: (surname(p.name) not in title, len(p.name.split()) < 2, -counts[p.name])
    )
    return best[0]


# A run of capitalised words, whose initials an agency's or a role's acronym spells:
# "National Weather Service" (NWS), "Public Information Officer" (PIO).
_CAPITAL_RUN = re.compile(r"[A-Z][\w'’]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’]*)+")
_ENTRY_SPLIT = re.compile(r"\s+and\s+")


# A name given again in its own script, in brackets after the Latin one.
_NAME_IN_ITS_SCRIPT = re.compile(
    r"[ \t]*\([^()\n]*[\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af][^()\n]*\)"
)


def listed_people(header: str) -> list[tuple[Person, frozenset[str]]]:
    """The people a header lists, one to an entry, with the words (and acronyms) of each
    entry: "Speakers: Chief Anita Brooks, CAL FIRE Operations; Kevin Osei, Meteorologist in
    Charge, National Weather Service", "MINISTER FOR HEALTH, THE HON. CLAIRE DONNELLY MP"."""
    found: list[tuple[Person, frozenset[str]]] = []
    for line in (s for row in _name_and_role_lines(header) for s in _header_sentences(row)):
        line = _NAME_IN_ITS_SCRIPT.sub("", line)  # "KAMISHIRO Tetsuya (神代 哲也)"
        witness = _SURNAME_FIRST_ENTRY.match(line)
        if witness is not None:
            # "CARRINGTON-LOWE, Ms Judith, Chief Executive Officer, Regional Aviation
            # Association": a committee Hansard's witness, surname first in capitals.
            name = f"{witness.group('given')} {readable_label(witness.group('surname'))}"
            words = set(re.findall(r"[^\W\d_]+", line.lower()))
            found.append((Person(name, witness.group("role").strip() or None), frozenset(words)))
            continue
        head, colon, body = line.partition(":")
        if colon and head.strip().lower() in LISTING_WORDS:
            line = body
        elif colon and any(w.lower() in ROLE_WORDS for w in head.split()):
            # "Secretary General: Tevita Lolohea", "Forum Chair: Prime Minister Sione
            # Taumoepeau of Tonga": one person, the role before the colon.
            line = f"{body.strip()}, {head.strip()}".replace(";", ",")
        elif colon:
            continue  # "Subjects: …", "From: …"
        entries = []
        for part in (e for e in line.split(";") if e.strip()):
            if not any(c.islower() for c in part) or len(full_names(part)) < 2:
                entries.append(part)
                continue
            split = _roles_joined(_ENTRY_SPLIT.split(part))
            # People listed by commas, each entry opening with a person's name and its role
            # after it: "Deputy Government Spokesperson Miriam Brandt-Okoye, Dr Felix
            # Hoffmann-Ayari (Federal Ministry of Finance), Annika Sørlie (…)".
            entries.extend(_comma_entries(split[0]) if len(split) == 1 else split)
        for entry in entries:
            written = entry.strip()
            if not any(c.islower() for c in written):
                # "MINISTER FOR HEALTH, THE HON. CLAIRE DONNELLY MP": read as such a label,
                # a name and a title.
                parts = [p for p in _LABEL_PARTS.split(written) if p.strip()]
                person = _named_part(parts, ()) if len(parts) > 1 else None
                named = [person] if person is not None else []
                written = readable_label(written)
            elif "," in written or len(entries) > 1:
                # One name to an entry ("Federal Chancellor Katharina Mayr", "the Prime
                # Minister of the Czech Republic, Ondřej Novák"); of several, the one before
                # the first comma ("Kevin Osei, Meteorologist in Charge, National Weather
                # Service …", "Director Marcus Hale, California Governor's Office …").
                comma = written.find(",")
                full = [n for n in find_names(written) if n.full]
                family = _FAMILY_NAME_FIRST.match(written[:comma] if comma > 0 else written)
                if family is not None:
                    # "KUWAHARA Kenji, Press Secretary and Director-General for Press and
                    # Public Diplomacy": the family name first, in capitals, as Japan,
                    # China and Korea print it; the name as written.
                    full = []
                    named = [Person(family.group(0).strip(), None)]
                elif len(full) > 1:
                    # a person's name opens with a given name or follows an honorific ("Dr.
                    # Hon. Marcus Joseph-Alleyne", not "Saint Lucia")
                    personal = [
                        n
                        for n in full
                        if _given(n.name.split()[0])
                        or n.name.split()[0].rstrip(".") in _LABEL_HONORIFIC_WORDS  # "Shri …"
                        or _HONORIFIC_BEFORE.search(written, 0, n.start) is not None
                    ]
                    full = (
                        personal
                        if len(personal) == 1
                        else [n for n in full if 0 <= n.start < comma]
                    )
                if family is None:
                    named = [Person(n.name, n.title) for n in full]
            else:
                named = []
            if len(named) != 1:
                continue
            words = set(re.findall(r"[^\W\d_]+", written.lower()))  # "elín", not "el", "n"
            for run in _CAPITAL_RUN.findall(written):
                initials = "".join(w[0] for w in run.split() if w[0].isupper()).lower()
                words |= {
                    initials[i:j]
                    for i in range(len(initials))
                    for j in range(i + 2, len(initials) + 1)
                }
            found.append((named[0], frozenset(words)))
    return found


# A witness as a committee Hansard lists them: "VOSS, Dr Henrik, Executive Director, Airspace
# Safety Directorate" (surname in capitals, an honorific, the given names, the role).
_SURNAME_FIRST_ENTRY = re.compile(
    r"[ \t]*(?P<surname>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+(?:[ ][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+){0,2}),[ ]"
    r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Sir|Dame|Hon|Senator|Councillor)\.?[ ])+"
    r"(?P<given>[A-Z][\w'’\-]+(?:[ ][A-Z][\w'’.\-]*){0,2})"
    r"(?:,[ ](?P<role>[^\n]*))?[ \t]*$"
)


# A name with its family name first in capitals: "KUWAHARA Kenji", "LIN Hao", "PARK Ji-won".
_FAMILY_NAME_FIRST = re.compile(
    r"\s*[A-Z]{2,}(?:-[A-Z]{2,})?[ ][A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\s*$"
)


def _name_and_role_lines(header: str) -> list[str]:
    """A header's lines, a line that is only a name joined to the role on the line under it:
    "Hon Mereana Hōkai-Brandt" over "Prime Minister", "Ned Price" over "Department
    Spokesperson"."""
    lines = header.split("\n")
    joined: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        role = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if (
            role
            and len(role.split()) <= _ROLE_LINE_WORDS
            and any(w.lower() in ROLE_WORDS for w in role.split())
            and not full_names(role)
            and _only_a_name(line)
        ):
            joined.append(f"{line.strip()}, {role}")
            k += 2
            continue
        joined.append(line)
        k += 1
    return joined


# The most words of a role on a line of its own under the name ("Department Spokesperson").
_ROLE_LINE_WORDS = 6


def _only_a_name(line: str) -> bool:
    """Whether a line is one person's name and nothing else, an honorific aside."""
    names = find_names(line)
    if len(names) != 1 or not names[0].full:
        return False
    rest = (line[: names[0].start] + line[names[0].end :]).split()
    return all(w.rstrip(".") in _LABEL_HONORIFIC_WORDS for w in rest)


def _header_sentences(line: str) -> list[str]:
    """A header line's sentences: "… the Director General of the National Public Health
    Institute, Dr. Moses T. Gbanyan Sr. It was moderated by Mr. Jerome Saydee, …" is two
    entries' worth. A stop before a capital ends a sentence after a word, not after an
    initial, an honorific, a title written short or an abbreviation with stops inside."""
    parts: list[str] = []
    start = 0
    for stop in _SENTENCE_STOP.finditer(line):
        word = stop.group("word")
        short = word.capitalize()  # ("THE HON. CLAIRE DONNELLY MP")
        if len(word) < 2 or "." in word or short in _LABEL_HONORIFIC_WORDS | _ABBREVIATED:
            continue
        parts.append(line[start : stop.end("word") + 1])
        start = stop.end()
    return [*parts, line[start:]]


_SENTENCE_STOP = re.compile(r"(?P<word>[\w.'’]+)\.\s+(?=[A-Z])")
# Words written short before a name or a number, whose stop ends no sentence.
_ABBREVIATED = frozenset(w.rstrip(".") for w in TITLE_ABBREVIATIONS) | {"St", "Mt", "Ft", "No"}


def _roles_joined(entries: list[str]) -> list[str]:
    """Entries split at "and", those naming no one joined to the next: "Cabinet Spokesman
    and Minister of Mass Media Dr. K.A.S. Wijeratne" is one person's two offices."""
    joined: list[str] = []
    carried = ""
    for entry in entries:
        if full_names(entry):
            joined.append(carried + entry)
            carried = ""
        else:
            carried += entry + " and "
    if carried and joined:
        joined[-1] += " and " + carried.removesuffix(" and ")
    return joined or entries


def _comma_entries(line: str) -> list[str]:
    """A listing's entries, where commas separate people: each part that names a person
    (a given name, an honorific before the name) opens an entry, the parts after it (roles,
    offices) belong to it. One entry where fewer than two parts name a person."""
    entries: list[str] = []
    opened = 0
    for part in line.split(","):
        names = [n for n in find_names(part) if n.full]
        personal = any(
            _given(n.name.split()[0])
            or _HONORIFIC_BEFORE.search(part, 0, n.start) is not None
            or _HONORIFIC_OPENS.match(part, n.start) is not None  # "Dr Felix Hoffmann-Ayari"
            for n in names
        )
        opened += personal
        if personal or not entries:
            entries.append(part)
        else:
            entries[-1] += "," + part
    return entries if opened >= 2 else [line]


_HONORIFIC_OPENS = re.compile(r"(?:Dr|Hon|Mr|Ms|Mrs|Prof|Sir|Dame|H\.E)\.?\s")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Dr|Hon|Mr|Ms|Mrs|Prof|Sir|Dame|H\.E)\.?\s+$")


def full_names(text: str) -> list[Person]:
    """The people a text names in full ("Governor Tomáš Vrabec"), in order."""
    return [Person(n.name, n.title) for n in find_names(text) if n.full]


def listed_person(
    label: str, listed: Sequence[tuple[Person, frozenset[str]]], *, cognates: bool = False
) -> Person | None:
    """The one listed person whose header entry holds every word of `label` ("DIRECTOR",
    "CAL FIRE CHIEF", "NWS METEOROLOGIST", "PIO"), honorifics and styles aside; with
    `cognates`, a word of another language's label matches its cognate in an English entry
    ("PRESIDÊNCIA" the "Presidency", "STATSMINISTEREN" "Statsminister")."""
    words = [
        part
        for w in _label_words(without_post_nominals(label.split("(", 1)[0]).upper())
        if w not in LABEL_HONORIFICS and w not in _STYLE_WORDS
        # "SECRETARY-GENERAL"; an abbreviated office spelled out ("GAMES CEO")
        for part in OFFICE_ABBREVIATIONS.get(w, w).lower().replace("-", " ").split()
        if part
    ]
    if not words or all(w in LABEL_ARTICLES for w in words):
        return None
    hits = {
        p.name: p
        for p, entry in listed
        if all(
            w in entry
            or w in LABEL_ARTICLES  # "LE PRÉSIDENT DE LA RÉPUBLIQUE"
            or _country_lettered(w, entry)
            or (cognates and any(cognate(w, e) for e in entry))
            for w in words
        )
    }
    return next(iter(hits.values())) if len(hits) == 1 else None


def _country_lettered(word: str, entry: frozenset[str]) -> bool:
    """An agency's acronym with its country's letter added ("NPHIL", the National Public
    Health Institute of Liberia; "NCDC"), where the entry spells the rest."""
    return len(word) >= 4 and word[:-1] in entry


def readable_label(label: str) -> str:
    """A label made readable: "MS. JEAN-PIERRE" -> "Ms. Jean-Pierre"; one written in mixed
    case ("Chair") stays as written."""
    if is_hearing_label(label):
        # "Chairman SMITH" -> "Chairman Smith"; "Ms. DeLAURO" stays as printed.
        return " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in label.split())
    if any(c.islower() for c in label):
        return label
    words = expanded_label(label).split()
    tail = len(words)  # where the letters after the name begin ("… CHESTER MP")
    while tail > 1 and words[tail - 1].rstrip(".,") in _UPPER_POST_NOMINALS:
        tail -= 1
    return " ".join(
        w
        if re.fullmatch(r"[IVX]+", w) or k >= tail or _acronym(w)
        else w.lower()
        if k and w.lower() in LABEL_SMALL_WORDS
        else _capitalised(w)
        for k, w in enumerate(words)
    )  # (letters after a name stay as they are: "… Darren Chester MP")


def _acronym(word: str) -> bool:
    """Whether an upper-case label word is an acronym ("UN", "FEMA", "DHS"), not a name."""
    bare = word.strip(".,()")
    if bare in LABEL_ACRONYMS:
        return True
    return (
        2 <= len(bare) <= 5
        and bare.isalpha()
        and not any(c in "AEIOUY" for c in bare)
        and bare not in LABEL_HONORIFICS
        and bare not in NAME_SUFFIXES
        and bare.capitalize() not in TITLE_ABBREVIATIONS  # "LT. CDR.": "Lt. Cdr."
    )


def _capitalised(word: str) -> str:
    """An upper-case name word in title case, "Mc" names as written ("MCKENZIE" is
    "McKenzie")."""
    word = word[:1] + word[1:].replace("İ", "I")  # "DEMİRAĞ" is "Demirağ", no dotted "i̇"
    if len(word) > 3 and word.startswith("MC") and word[2:].isalpha():
        return "Mc" + word[2:].title()
    return word.title()


def _named_part(parts: list[str], people: Sequence[Person]) -> Person | None:
    """The person of a label in parts ("ROLE, NAME" or "NAME – ORGANISATION")."""
    for k, part in enumerate(parts):
        words = [w for w in _label_words(without_post_nominals(part)) if w not in _STYLE_WORDS]
        names = [w for w in words if w.lower() not in ROLE_WORDS and w not in LABEL_HONORIFICS]
        if len(names) < 2 or len(names) != len(words) - sum(w in LABEL_HONORIFICS for w in words):
            continue
        name = readable_label(" ".join(names))
        for person in people:
            if person.name.lower() == name.lower():
                name = person.name
                break
        rest = ", ".join(readable_label(p) for j, p in enumerate(parts) if j != k)
        return Person(name, rest or None)
    return None


# Words of address in Australian and British labels: "THE HON.", "SENATOR THE HON.",
# "LT GENERAL"; they are neither the name nor the office.
_STYLE_WORDS = frozenset("THE HON HONOURABLE SENATOR LT LT. GENERAL GEN DR PROF SIR DAME".split())


_LABEL_PARTS = re.compile(r",|\s[–—-]\s|/")


def attributed_name(header: str) -> str | None:
    """What the ground rules of a background briefing say its officials are to be called:
    "Officials may be quoted as "senior government officials"" -> "Senior Government
    Official"."""
    lower = header.lower()
    for phrase in ATTRIBUTION_PHRASES:
        at = lower.find(phrase)
        if at < 0:
            continue
        m = _ATTRIBUTION.match(header, at + len(phrase))
        if m is not None:
            words = m.group(1).split()
            words[-1] = re.sub(r"s$", "", words[-1])  # "officials" -> "official"
            return " ".join(w[:1].upper() + w[1:] for w in words)
    return None


# The name after an attribution phrase: '"senior government officials"', 'a Senior State
# Department Official': up to four words, the last "official(s)".
_ATTRIBUTION = re.compile(r"""\s+["“']?(?:an?\s+)?((?:[A-Za-z][\w\-]*\s+){0,4}[Oo]fficials?)\b""")


def numbered_official(label: str) -> bool:
    """Whether a label is an unnamed official's, told apart by a number ("Official 1",
    "SENIOR OFFICIAL TWO")."""
    words = label.upper().replace(".", " ").split()
    return (
        len(words) >= 2
        and words[-1] in _NUMBERS
        and words[-2] == "OFFICIAL"
        and all(w.lower() in ROLE_WORDS or w.lower() in TITLE_MODIFIERS for w in words[:-2])
    )


_NUMBERS = frozenset("1 2 3 4 5 6 ONE TWO THREE FOUR FIVE SIX A B C".split())


def title_only(label: str) -> bool:
    """A label that is a title and nothing else: "PM", "PRIME MINISTER", "TREASURER"."""
    if any(c.islower() for c in label) or _LABEL_PARTS.search(label):
        return False  # mixed case, or in parts: "MINISTER FOR FINANCE, SENATOR … CORMANN"
    words = _label_words(without_post_nominals(expanded_label(label)).upper())
    # A portfolio after "for" or "of" is part of the title: "MINISTER FOR INFRASTRUCTURE
    # AND TRANSPORT", "PRIME MINISTER OF SAMOA".
    cut = next((k for k, w in enumerate(words) if k and w in ("OF", "FOR")), len(words))
    return bool(words) and all(
        w.lower() in ROLE_WORDS or w.lower() in TITLE_MODIFIERS or w == "THE" for w in words[:cut]
    )


def given_names(text: str) -> dict[str, dict[str, int]]:
    """For every capitalised word after another (a surname, lower-cased), the names it
    closes and how often: "Julia Gillard" twice -> {"gillard": {"Julia Gillard": 2}}."""
    found: dict[str, dict[str, int]] = {}
    for m in _FAMILY_FIRST.finditer(text):
        # "Chung Eui-yong", "Kim Jae-won": the family name first, the given name hyphenated.
        family = m.group(1)
        if family not in NOT_NAME_WORDS and family.lower() not in ROLE_WORDS:
            names = found.setdefault(family.lower(), {})
            names[m.group()] = names.get(m.group(), 0) + 1
    # A pair of names never runs across lines: each distinct line is read once (a long
    # meeting repeats its handovers, a pasted transcript every line), its pairs counted as
    # often as it is said, in the order of the text.
    read: dict[str, list[tuple[str, str]]] = {}
    for line in text.split("\n"):
        pairs = read.get(line)
        if pairs is None:
            pairs = read[line] = _name_pairs(line)
        for surname_key, name in pairs:
            names = found.setdefault(surname_key, {})
            names[name] = names.get(name, 0) + 1
    return found


def _name_pairs(line: str) -> list[tuple[str, str]]:
    """The (surname lower-cased, name) of each pair of names in `line` (see `given_names`)."""
    pairs = []
    for m in _NAME_PAIR.finditer(line):
        first, last = m.group(1) + m.group(2), m.group(3)
        if (
            first in NOT_NAME_WORDS
            or last in NOT_NAME_WORDS
            or first.lower() in ROLE_WORDS
            or first.lower() in HONORIFICS
            or first.lower() in stop_words()  # "Is Polish", "So Price"
        ):
            continue
        pairs.append((last.lower(), f"{first} {last}"))
    return pairs


# Two capitalised words in a row, tried at every word (overlapping): "Minister Julia Gillard"
# gives "Minister Julia" and "Julia Gillard".
# (Each pattern opens on its capital and looks behind after it, so that the regex engine skips
# to capitals at C speed instead of trying a word boundary at every character; same matches.)
_FAMILY_FIRST = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]{1,10})\s+[A-Z][a-z]{1,10}-[a-z]{2,10}\b")
# (A hyphenated given name whole: "Jean-Noël Barrot", not "Noël Barrot".)
_PARTICLE = "|".join(sorted(LABEL_PARTICLES | set(CAPITAL_PARTICLES), key=len, reverse=True))
# The first name is its capital (group 1, consumed: the next pair may start at the next
# capital) and the rest of it (group 2); the surname is group 3.
_NAME_PAIR = re.compile(
    r"([A-ZÀ-ÖØ-Þ])(?<![\w\-][A-ZÀ-ÖØ-Þ])(?=([^\W\d_A-Z'’]*[^\W\d_A-Z](?:-[^\W\d_][^\W\d_A-Z'’]+)*"
    r"(?:[ \t][A-Z]\.)?)"
    # the surname with its particles: "Henrik van der Meulen", "Eamon Ó Ceallaigh"
    rf"[ \t]+((?:(?:{_PARTICLE})[ \t]+){{0,2}}[A-Z][\w'’\-]+)\b)"
)


def _label_surname(label: str) -> str | None:
    """The one name word of a label of a surname, titled or not ("PREMIER RANN" -> "RANN",
    "FOREIGN MINISTER MARSH" -> "MARSH"); None for a mixed-case label or any other."""
    if any(c.islower() for c in label):
        return None
    words = [
        w
        for w in _label_words(expanded_label(without_post_nominals(label).upper()))
        if w not in LABEL_HONORIFICS
        and w not in _STYLE_WORDS  # "HON. MENSAH-ARTHUR"
        and not _title_word(w)  # "FOREIGN MINISTER MARSH", "PM TAN"
        and w not in NAME_SUFFIXES
        and w not in ("OF", "FOR", "THE")
    ]
    # A surname with its particles: "MINISTER Ó CEALLAIGH", "MR VAN DER MEULEN".
    while len(words) > 1 and (
        words[0].lower() in LABEL_PARTICLES or words[0].title() in CAPITAL_PARTICLES
    ):
        words = [f"{words[0]} {words[1]}", *words[2:]]
    return words[0] if len(words) == 1 and len(words[0]) >= 2 else None


def name_in_text(label: str, names: dict[str, dict[str, int]]) -> Person | None:
    """The full name a surname label ("GILLARD", "MR MCMENAMIN", "PREMIER RANN") has where
    the text spells it out ("Julia Gillard"): the name it most often closes (`given_names`)."""
    family = _label_surname(label)
    given = names.get(family.lower()) if family else None
    if not given:
        return None
    name = max(given, key=lambda n: given[n])
    return Person(name, _label_role(label))


def family_names(text: str) -> dict[str, dict[str, int]]:
    """Names the text puts family name first after a title ("Foreign Minister Park Jin",
    "Politburo Member Yang Jiechi"), by family name (lower-cased), with how often: the given
    name one capitalised word, not a word of the sentence."""
    found: dict[str, dict[str, int]] = {}
    for m in _FAMILY_AFTER_TITLE.finditer(text):
        before, family, given = m.groups()
        if before.lower() not in ROLE_WORDS and before.lower() not in _MEMBER_WORDS:
            continue
        if given in NOT_NAME_WORDS or given.lower() in stop_words() or given.lower() in ROLE_WORDS:
            continue
        if family in NOT_NAME_WORDS or family.lower() in ROLE_WORDS:
            continue
        names = found.setdefault(family.lower(), {})
        names[f"{family} {given}"] = names.get(f"{family} {given}", 0) + 1
    return found


def family_name_first(label: str, families: dict[str, dict[str, int]]) -> Person | None:
    """The full name of a surname label where the text puts the family name first after a
    title: "FOREIGN MINISTER PARK" is "Foreign Minister Park Jin" (see `family_names`)."""
    family = _label_surname(label)
    named = families.get(family.lower()) if family else None
    if not named:
        return None
    return Person(max(named, key=lambda n: named[n]), _label_role(label))


# A title's last word, then the family name and a given name of a word or two, and no more
# capitalised words: "Minister Park Jin", "Prime Minister Tan Wei Ming".
_FAMILY_AFTER_TITLE = re.compile(
    r"\b(?=([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)[ \t]+"
    r"([A-Z][a-z]{1,12}(?:-[a-z]{2,10})?(?:[ \t][A-Z][a-z]{1,8})?)\b(?![ \t]+[A-Z]))"
)


def addressed_by_given_name(
    label: str, nearby: Sequence[str], names: dict[str, dict[str, int]]
) -> Person | None:
    """The full name of a surname label ("ELLIS") where the turns next to its own call the
    speaker by a given name alone ("Kate and I are here today", "Thank you so much, Daniel"):
    the one given name of the lexicon's lists said so there, that no other person named in
    the text bears."""
    family = _label_surname(label)
    if family is None:
        return None
    taken = {full.split()[0] for closes in names.values() for full in closes}
    said: dict[str, int] = {}
    for text in nearby:
        for m in _ALONE_WORD.finditer(text):
            word = m.group(1)
            if (word in FEMALE_GIVEN_NAMES or word in MALE_GIVEN_NAMES) and word not in taken:
                said[word] = said.get(word, 0) + 1
    if len(said) != 1:
        return None
    given = next(iter(said))
    return Person(f"{given} {family[0]}{family[1:].lower()}", _label_role(label))


def addressed_in_full(
    label: str, nearby: Sequence[str], names: dict[str, dict[str, int]]
) -> Person | None:
    """Who a label that names no one is ("UNITED KINGDOM", "NORWAY" at a joint press
    conference) where the turns next to its own call the speaker by a given name alone at
    their start ("Thank you, Sigrid") and the text names one person so in full ("Prime
    Minister Sigrid Haugland"): that person, when one given name is said there more than all
    others. Never a label with an honorific ("MR ICE")."""
    bearers: dict[str, set[str]] = {}
    for closes in names.values():
        for full in closes:
            given = full.split()[0]
            if given not in NOT_NAME_WORDS and not _title_word(given):
                bearers.setdefault(given, set()).add(full)
    if set(_label_words(label.upper())) & LABEL_HONORIFICS:
        return None  # "MR ICE" is Mr Ice, whoever the others thank
    said: dict[str, int] = {}
    for text in nearby:
        for m in _ADDRESSED.finditer(text[:_OPENING_CHARS]):
            word = m.group(1)
            if word in bearers:
                said[word] = said.get(word, 0) + 1
    if not said:
        return None
    given = max(said, key=lambda w: said[w])
    if 2 * said[given] <= sum(said.values()) or len(bearers[given]) != 1:
        return None
    return Person(next(iter(bearers[given])), readable_label(label))


# How far into a turn a speaker addresses the one before or after them ("Thank you, Sigrid").
_OPENING_CHARS = 40

# A given name said alone to someone, set off by commas: "Thank you, Sigrid, and …",
# "Sigrid, over to you", "Thanks, Alistair."
_ADDRESSED = re.compile(r"(?:^|,[ \t]+)([A-Z][a-z]{2,12})(?=[,.!?])")

# A capitalised word not followed by another (a given name said alone, not a full name).
_ALONE_WORD = re.compile(r"\b([A-Z][a-z]{2,12})\b(?![ \t]+[A-Z])")


def keyed_name(label: str, header: str) -> Person | None:
    """Who a label of initials is where a key under the title spells it out: "Speaker
    key:\\nTA Dr Tomas Aguilar\\nNK Dr Nadia Karimova", "TA – Tomas Aguilar"."""
    if numbered_speaker(label):
        return _numbered_key(label, header)
    if not re.fullmatch(r"[A-Z]{2,4}", label):
        return None  # initials ("TA"), which only a key can tell
    # (the key's lines may be joined into one: "MH Margit Halvorsen TA Dr Tomas Aguilar")
    key = re.compile(
        rf"\b{label}[ \t]+(?:[-–—:=][ \t]*)?"
        r"((?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Sir|Dame)\.?[ \t]+)*)"
        r"([A-Z][a-zà-ÿ'’\-]+(?:[ \t][A-Z][a-zà-ÿ'’\-]+){1,2})\b"
    )
    m = key.search(header)
    if m is None or any(_title_word(w) for w in m.group(2).split()):
        return None
    return Person(m.group(2), None)


def _numbered_key(label: str, header: str) -> Person | None:
    """Who a captioner's numbered speaker is where the header keys them: "Speaker 1 is the
    Government Chief Spokesperson, Mr. Gerson Mwakilema-Msuya; Speaker 2 …", "Speaker 1:
    Dr Ana Ruiz": the last full name in that entry."""
    word, number = label.split()
    key = re.search(
        rf"(?i:\b{re.escape(word)}[ \t]+{number}\b)[ \t]*(?:is|was|[-–—:=])?([^;\n]*)", header
    )
    if key is None:
        return None
    named = [n for n in find_names(key.group(1)) if n.full]
    return Person(named[-1].name, named[-1].title) if named else None


def self_introduced(label: str, own: Sequence[str]) -> Person | None:
    """Who a label is where the speaker says so in their own turns: "I'm Rachel Kingi, the
    Deputy Prime Minister", "My name is Tim Barrett", "This is Jane Doe", or a turn that
    opens with the name and the label's role ("DON: Mōrena. Tui Ropata, director of
    nursing.")."""
    found: dict[str, int] = {}
    for text in own:
        for m in _INTRODUCED.finditer(text):
            words = m.group(1).split()
            if any(w in NOT_NAME_WORDS or w.lower() in ROLE_WORDS for w in words):
                continue
            found[m.group(1)] = found.get(m.group(1), 0) + 1
        opening = _NAMED_WITH_ROLE.match(text)
        if opening is not None and _role_fits(label, opening.group(2)):
            name = opening.group(1)
            if not any(w in NOT_NAME_WORDS or w.lower() in ROLE_WORDS for w in name.split()):
                found[name] = found.get(name, 0) + 1
    if not found:
        return None
    role = _label_role(label) if not title_only(label) else readable_label(label)
    return Person(max(found, key=lambda n: found[n]), role)


# A speaker naming themselves: two or three capitalised words after "I'm", "my name is".
_INTRODUCED = re.compile(
    r"(?:\bI['’]m|\bI am|\b[Mm]y name is|^[Tt]his is)[ \t]+"
    r"((?:[A-Z][\w'’\-]+)(?:[ \t][A-Z][\w'’\-]+){1,2})\b(?![ \t]+[A-Z])"
)


# A turn that opens with the speaker's name and role, after a greeting at most: "Kia ora,
# Dr Nisha Varadarajan, chief medical officer.", "Mōrena. Tui Ropata, director of nursing."
_NAMED_WITH_ROLE = re.compile(
    r"[ \t]*(?:[^.!?,\n]{1,30}[.!?,][ \t]+)?(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?[ \t]+)?"
    r"([A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+){1,2}),[ \t]+(?:the[ \t]+)?"
    r"((?:[\w'’\-]+[ \t]+){0,5}[\w'’\-]+)\.(?:[ \t]|$)"
)


# Small words an acronym may leave out: "IGP", Inspector General of Police.
_ACRONYM_SKIPS = frozenset({"of", "for", "and", "the"})


def _role_fits(label: str, role: str) -> bool:
    """Whether a role someone gives themselves ("director of nursing") is the label's: it
    holds a role word and the label's words, or the label is its initials ("DON", "CMO")."""
    words = role.lower().split()
    if not any(w in ROLE_WORDS for w in words):
        return False
    key = label.strip().upper().replace(".", "")
    if key.isalpha() and 2 <= len(key) <= 5 and key.upper() == key:
        initials = {
            "".join(w[0] for w in words),
            "".join(w[0] for w in words if w not in _ACRONYM_SKIPS),
        }
        if key.lower() in initials:
            return True
    own = {w.lower() for w in _label_words(key)} - {"the"}
    return bool(own) and own <= set(words)


# Words a title ends with besides role nouns ("Politburo Member Yang Jiechi").
_MEMBER_WORDS = frozenset({"member", "counterpart", "colleague"})


def _label_role(label: str) -> str | None:
    role = [w for w in _label_words(label.upper()) if w.lower() in ROLE_WORDS]
    return readable_label(" ".join(role)) if role else None


# A portfolio after a title: "Health", "Foreign Affairs and Trade" (capitalised words).
_PORTFOLIO = r"[A-Z][\w'’\-]+(?:[ \t](?:and[ \t])?[A-Z][\w'’\-]+){0,3}"


def name_after_title(
    label: str, text: str, names: dict[str, dict[str, int]], *, sure: bool = False
) -> Person | None:
    """Who a title-only label is where the text names them by it: the name that most often
    follows the title ("PRIME MINISTER OF SINGAPORE": "Prime Minister Lee Hsien Loong",
    "TREASURER": "Treasurer Wayne Swan"), made whole from `given_names` when it is a surname.
    `sure`: only a name that opens with a known given name or follows "the Hon", "Rt Hon"
    (a title line's place, "the Treasurer, Carnegie Mellon University", is no one)."""
    words = readable_label(label).split()
    if " of " in f" {' '.join(words)} ":
        words = words[: words.index("of")]
    role = " ".join(words)
    if not role:
        return None
    # The title as the label puts it, and the other way round: "Defence Minister" is the
    # "Minister for Defence" of a title line.
    portfolio = re.fullmatch(r"(\w+(?: \w+)?) Minister", role)
    roles = [role, f"Minister for {portfolio.group(1)}"] if portfolio else [role]
    # (the title's small words in either case: "Chargé d'affaires", "CHARGÉ D'AFFAIRES")
    either = "|".join(_any_case_title(r) for r in roles)
    # "Treasurer Wayne Swan", and the Australian style "Minister for …, the Hon. Darren Chester"
    # (not "Deputy Prime Minister Julia Gillard" for the Prime Minister, nor "Vice-Governor
    # Lenka Hořejší" for the Governor)
    # (with a portfolio and a doctor's title between: "the Minister of Health, Hon. Dr.
    # Comfort Kpadeh-Wilson"; an honorific: "The Chief Electoral Officer, Mr. Jean-Claude
    # L'Aiguille"; an interim's mark: "Chargé d'affaires a.i. Henrik van der Meulen")
    after = re.compile(
        rf"(?<!Deputy )(?<!Vice )(?<!Acting )(?<!Assistant )(?<!Shadow )(?<!Former )(?<!-)"
        rf"\b(?:{either})(?:[ \t]+{_INTERIM})?"
        # (the portfolio closed by a comma, or by the honorific that opens the name: "Minister
        # for Foreign Affairs Dr Lim Kok Seng's Doorstop")
        rf"(?:[ \t]+(?:of|for)[ \t]+{_PORTFOLIO}"
        rf"(?:,|(?=[ \t]+{_HONORIFIC_OPENS.pattern}))|,)?[ \t]+"
        rf"((?:[Tt]he[ \t]+|Rt[ \t]+)?Hon\.?[ \t]+(?:(?:Dr|Prof)\.?[ \t]+)?"
        rf"|(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+)?"
        rf"((?:[A-Z][\w'’\-]+)(?:[ \t](?:(?:{_PARTICLE})[ \t]+){{0,2}}[A-Z][\w'’\-]+){{0,2}})"
    )
    # and the name before it: "Senator the Hon. Marise Payne, Minister for Defence"
    before = re.compile(
        rf"((?:[Tt]he[ \t]+|Rt[ \t]+)?Hon\.?[ \t]+|\b)"
        rf"((?:[A-Z][\w'’\-]+)(?:[ \t][A-Z][\w'’\-]+){{1,2}})"
        rf"(?:[ \t]+MP)?,[ \t]+(?:the[ \t]+)?(?:{either})\b(?![ \t]+[A-Z])"
    )
    # and the office's own line of a header: "From: Prime Minister's Office, 10 Downing Street
    # and The Rt Hon Eleanor Whitcombe MP" (the office named, then its holder by honorific)
    office = re.compile(
        rf"(?:\b(?:{either})['’]s Office|\bOffice of the (?:{either}))\b[^\n]*?[ \t]and[ \t]+"
        rf"((?:[Tt]he[ \t]+)?(?:Rt\.?[ \t]+)?Hon\.?[ \t]+)"
        rf"((?:[A-Z][\w'’\-]+)(?:[ \t][A-Z][\w'’\-]+){{0,2}})"
    )
    # (a match of `after` opens on the title and one of `office` on it or on "Office of
    # the", and one of `before` lies in a line with ", the" and the title: only the places
    # or lines a plain search finds are tried, not every character of the text)
    comma_title = re.compile(rf",[ \t]+(?:the[ \t]+)?(?:{either})")
    counts: dict[str, int] = {}
    for m in (
        *_matches_at(after, re.compile(either), text),
        *_matches_in_lines(before, comma_title, text),
        *_matches_at(office, re.compile(rf"{either}|Office of the "), text),
    ):
        words = m.group(2).split()
        words[-1] = re.sub(r"['’]s$", "", words[-1])  # "… Dr Lim Kok Seng's Doorstop"
        while len(words) > 2 and words[0].rstrip(".") in NAME_OPENERS:
            words.pop(0)  # "Chief Health Officer, Professor Ingrid Solberg"
        run = [w for w in words if w not in NOT_NAME_WORDS]
        if not run or run[0] != words[0] or _title_word(run[0]):
            continue
        if sure and not (m.group(1) or run[0] in FEMALE_GIVEN_NAMES or run[0] in MALE_GIVEN_NAMES):
            continue
        counts[" ".join(run)] = counts.get(" ".join(run), 0) + 1
    if not counts:
        return None
    name = max(counts, key=lambda n: counts[n])
    name = " ".join(_drop_post_nominals(name.split(), _WRITTEN_POST_NOMINALS, keep=1))
    if len(name.split()) == 1:
        given = names.get(name.lower())
        if not given:
            return None
        name = max(given, key=lambda n: given[n])
    return Person(name, readable_label(label))


# The mark of one who holds an office for the time being: "Chargé d'affaires a.i.".
_INTERIM = r"(?:a\.i\.|ad interim|\(a\.i\.\))"


def _matches_at(
    pattern: re.Pattern[str], opens: re.Pattern[str], text: str
) -> list[re.Match[str]]:
    """`pattern.finditer(text)` where every match of `pattern` begins with a match of `opens`
    (what comes before it in the pattern looks behind or is empty): the same matches, found
    by trying `pattern` only where `opens` matches."""
    found: list[re.Match[str]] = []
    at = 0
    while (start := opens.search(text, at)) is not None:
        m = pattern.match(text, start.start())
        if m is not None:
            found.append(m)  # (never empty: a match has a name)
        at = max(m.end(), start.start() + 1) if m is not None else start.start() + 1
    return found


def _matches_in_lines(
    pattern: re.Pattern[str], holds: re.Pattern[str], text: str
) -> list[re.Match[str]]:
    """`pattern.finditer(text)` where no match of `pattern` spans a line break and each
    holds a match of `holds`: the same matches, found in the lines with a match of `holds`."""
    found: list[re.Match[str]] = []
    searched = -1  # where the last line searched ends
    for hit in holds.finditer(text):
        if hit.start() < searched:
            continue
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        searched = len(text) if end < 0 else end
        found.extend(pattern.finditer(text, start, searched))
    return found


def _any_case_title(title: str) -> str:
    """A title as a pattern whose small words may be in either case ("Chargé D'Affaires"
    finds "Chargé d'affaires")."""
    return "".join(
        f"[{c}{c.lower()}]" if c.isupper() and k and title[k - 1] in " '’" else re.escape(c)
        for k, c in enumerate(title)
    )


def _given(word: str) -> bool:
    return word in FEMALE_GIVEN_NAMES or word in MALE_GIVEN_NAMES


def _title_word(word: str) -> bool:
    return (
        word.lower() in ROLE_WORDS
        or word.lower() in TITLE_MODIFIERS
        or word.upper().rstrip(".") in LABEL_ABBREVIATIONS  # "PM Tan", "Amb. Adeyemi"
    )


# Honorifics a written label puts before a name ("Mr.", "Hon", India's "Shri", "Smt.").
_LABEL_HONORIFIC_WORDS = (
    frozenset({w.rstrip(".") for w in WRITTEN_HONORIFICS})
    | REGIONAL_HONORIFICS
    | NAME_OPENERS
    | LABEL_STYLES
)


# Styles a label may open with that are no part of a title or a name: "THE HON.", "HON'BLE",
# "RT HON", "ALHAJI".
_STYLE_OPENERS = frozenset(
    w.upper().rstrip(".") for w in NAME_HONORIFICS | REGIONAL_HONORIFICS | {"THE"}
) - {"RIGHT"}


def without_styles(label: str) -> str:
    """An upper-case label without the styles it opens with: "HON'BLE CHIEF MINISTER" ->
    "CHIEF MINISTER", "THE HON. JANE DOE" -> "JANE DOE"; "THE PRESIDENT" stays."""
    words = label.split()
    k = 0
    while k < len(words) - 1 and words[k].rstrip(".") in _STYLE_OPENERS:
        k += 1
    if k and words[k - 1] == "THE":
        k -= 1  # "THE PRESIDENT", "THE HON. THE PRESIDENT": the title's article stays
    return " ".join(words[k:]) if k else label


def expanded_label(label: str) -> str:
    """An abbreviated label spelled out: "PM" -> "PRIME MINISTER", "PM TAN" -> "PRIME
    MINISTER TAN" (see the lexicon)."""
    whole = LABEL_ABBREVIATIONS.get(label.strip(" .").upper())
    if whole is not None:
        return whole
    first, _, rest = label.strip().partition(" ")
    spelled = LABEL_ABBREVIATIONS.get(first.rstrip(".").upper())
    return f"{spelled} {rest}" if spelled and rest and label.upper() == label else label


# The fewest mentions of a country for a briefing to be about it.
_COUNTRY_MENTIONS = 2


def office_holder(label: str, date: str | None, text: str) -> str | None:
    """Who a title-only label ("PM", "PRIME MINISTER") is on `date`, in the country `text`
    is most about, by the lexicon's table of offices; None when the table does not say."""
    if not date:
        return None
    role = " ".join(expanded_label(label).lower().split()).removeprefix("the ")
    role = OFFICE_ALIASES.get(role, role)
    counts = {
        country: sum(text.count(sign) for sign in signs) for country, signs in COUNTRY_SIGNS.items()
    }
    country, runner_up = sorted(counts, key=lambda c: -counts[c])[:2]
    if counts[country] < _COUNTRY_MENTIONS or counts[country] < 2 * counts[runner_up]:
        return None  # no country the briefing is clearly about (one mention is not "about")
    held = {
        name
        for first, last, name in OFFICE_HOLDERS.get((country, role), ())
        if first <= date and (not last or date < last)
    }
    return held.pop() if len(held) == 1 else None


def office_holder_named(label: str, date: str | None) -> Person | None:
    """Who a label of a surname, with or without a title ("PREMIER RANN", "O'FARRELL",
    "SECRETARY BLINKEN"), is on `date`: the one holder of an office in the lexicon's tables
    with that surname, whose office the label's title words fit; None unless exactly one."""
    if not date or any(c.islower() for c in label):
        return None
    words = _label_words(without_post_nominals(expanded_label(label)).upper())
    title = [w.lower() for w in words if _title_word(w)]
    rest = [w for w in words if w.lower() not in title and w not in LABEL_HONORIFICS]
    rest = [w for w in rest if w not in NAME_SUFFIXES and w not in ("OF", "FOR", "THE")]
    if len(rest) != 1:
        return None
    family = rest[0].lower().replace("’", "'")
    found: dict[str, str] = {}
    for (_country, office), holders in (*OFFICE_HOLDERS.items(), *SHARED_OFFICES.items()):
        office_words = set(office.replace("-", " ").split())
        office_words.update(
            w for alias, canon in OFFICE_ALIASES.items() if canon == office for w in alias.split()
        )
        if not set(title) <= office_words:
            continue
        for first, last, name in holders:
            if (
                surname(name).lower().replace("’", "'") == family
                and first <= date
                and (not last or date < last)
            ):
                found[name] = office
    if len(found) != 1:
        return None
    name, office = found.popitem()
    return Person(name, readable_label(" ".join(w.upper() for w in title)) if title else None)
