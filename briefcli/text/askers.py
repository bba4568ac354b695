"""Askers: who asks in a transcript beside its labelled reporters (hosts, interviewers, named
reporters, a hearing's chair and members, counsel), and who the principal is."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from briefcli.lexicon.labels import (
    CHAIR_WORDS,
    COUNSEL_PARTIES,
    EXAMINATION_PHRASES,
    GUEST_INTRO_PHRASES,
    HANDOVER_PHRASES,
    HOST_LABELS,
    HOST_LISTING_WORDS,
    HOSTED_BY_VERBS,
    MEMBER_LISTING_WORDS,
    PROCEDURAL_LABEL_WORDS,
    THANKS,
    WITNESS_LABELS,
)
from briefcli.lexicon.people import (
    ASKING_ROLE_WORDS,
    POST_NOMINALS,
    RANK_WORDS,
    ROLE_WORDS,
    TITLE_MODIFIERS,
)
from briefcli.text.document import Block
from briefcli.text.phrases import any_phrase
from briefcli.text.turn import QUESTION_MARKS, listed_witness, name_part, role_label

# A label whose turns mostly ask is an interviewer or host named in full ("DANA BASH:"):
# at least this many turns, this share of them ending in a question.
_ASKER_TURNS = 2
_ASKER_SHARE = 0.6
# Unlabelled speech before the first turn of at least this many words is an opening
# statement (shorter lines there are a dateline or a note).
_OPENING_WORDS = 40
# A label none of whose turns is longer than this, and none of which answers a question,
# only thanks and hands over.
_HOST_LINE_WORDS = 12
# A host's turns are short: the median one at most this many words.
_HOST_TURN_WORDS = 40
# The most words of a single question asked by a label that speaks only once.
_ONE_QUESTION_WORDS = 160
# The most words of an emcee's turn that introduces the next speaker.
_HOST_INTRO_WORDS = 60
# A label asks whose turns hold a question mark in this share of them at least, this many
# times as often as the principal's (a reporter's follow-ups, not all ending in a question).
_QUESTION_TURN_SHARE = 1 / 3
_QUESTION_SHARE_RATIO = 3
# (The principal's share taken as this at least: a briefer who never asks a rhetorical
# question makes no one an asker who asks once in three turns.)
_MAIN_QUESTION_SHARE = 0.15
# The most words of a turn's last sentence that calls on the next speaker ("General?", "Mr.
# Secretary?").
_CALLING_WORDS = 2
# The most words of a host's role the header gives after the name ("Ministry spokesperson").
_HOST_ROLE_WORDS = 4
# The most labels of an interview: a host or two and a guest.
_INTERVIEW_LABELS = 3


# A name in a listing: two to four capitalised words.
_LISTED_NAME = re.compile(r"[A-Z][\w'’\-]+(?:[ ][A-Z][\w'’.\-]*){1,3}")


def listed_hosts(header: Sequence[str]) -> frozenset[str]:
    """The surnames (upper case) of those a header lists as asking: "Presenters: Amira Shah
    and Joe Lennox. Guest: …", "Host: Dana Smith"."""
    found: set[str] = set()
    for line in header:
        for m in re.finditer(r"(\w+):([^:]*?)(?=(?:\.\s|\w+:|$))", line):
            if m.group(1).lower() in HOST_LISTING_WORDS:
                found |= {n.split()[-1].upper() for n in _LISTED_NAME.findall(m.group(2))}
                # and the role after the name, a label too ("Moderator: Tamar Levin-Carmeli,
                # Ministry spokesperson" runs a briefing labelled "Ministry spokesperson:")
                _, comma, role = m.group(2).partition(",")
                if comma and 0 < len(role.split()) <= _HOST_ROLE_WORDS:
                    found.add(role.strip(" .").upper())
        # "… facilitated by district ombudsperson Lena Fairchild" (a person, not "Hosted by
        # the Greenfield Unified School District")
        for m in _HOSTED_BY.finditer(line):
            if m.group(1).lower() in HOSTED_BY_VERBS:
                found.add(m.group(2).split()[-1].upper())
    return frozenset(found)


def listed_chairs(header: Sequence[str]) -> frozenset[str]:
    """The surnames (upper case) of those a header says preside over a hearing or a
    committee's session: "Hon. Dana Whitcomb, Chair of the subcommittee, presiding",
    "Present: Senators Whitcomb [presiding], …", "[Mr Clive Betts in the Chair]"."""
    return frozenset(m.group(1).upper() for line in header for m in _PRESIDING.finditer(line))


# A header's word for who presides: the surname before "presiding" (after the chair's
# title between commas, or in brackets) or "in the Chair".
_PRESIDING = re.compile(
    r"\b([A-Z][\w'’\-]+)(?:,[ ](?:the[ ])?(?:Chair|Chairman|Chairwoman|Chairperson)\b[^,\n]{0,80})?"
    r"(?:,?[ ]\[?presiding\b|[ ]in[ ]the[ ]Chair\b)"
)


def listed_counsel(header: Sequence[str], blocks: Sequence[Block]) -> frozenset[str]:
    """The surnames (upper case) of those a header lists as questioning a witness, where a
    witness answers them: counsel by the party they appear for ("For the prosecution: Mr
    Pieter van der Berg BL" -> "BERG"), a committee's members ("Members present: Chairman
    Rutherford, Ranking Member Delacroix-Ames" -> "RUTHERFORD", "DELACROIX-AMES"). (Before an
    appeal court, with no witness, counsel argue and the justices ask.)"""
    found: set[str] = set()
    witnessed = (
        any(b.speaker and b.speaker.upper() in WITNESS_LABELS for b in blocks)
        or listed_witness(header) is not None
        or any(line.partition(":")[0].strip().lower() == "witnesses" for line in header)
    )
    if not witnessed:
        return frozenset()
    for line in header:
        head, colon, body = line.partition(":")
        if colon and " ".join(head.lower().split()) in MEMBER_LISTING_WORDS:
            for entry in re.split(r"[;,]|\band\b", re.sub(r"\([^()]*\)", "", body)):
                words = [w for w in entry.split() if w.rstrip(".").upper() not in POST_NOMINALS]
                if words and words[-1][:1].isupper():
                    found.add(words[-1].rstrip(".").upper())
            continue
        m = _COUNSEL_LINE.match(line)
        if m is None or not set(m.group(1).lower().split()) & COUNSEL_PARTIES:
            continue
        for entry in re.split(r";|\band\b", m.group(2).split(",")[0]):
            words = [w for w in entry.split() if w.rstrip(".").upper() not in POST_NOMINALS]
            if words and words[-1][:1].isupper():
                found.add(words[-1].upper())
    return frozenset(found)


_COUNSEL_LINE = re.compile(r"[ \t]*(?:Appearing[ ])?[Ff]or[ ]the[ ]([\w ]{3,40}?)[ \t]*:[ \t]*(.+)")


_HOSTED_BY = re.compile(
    r"\b(\w+)[ ]by[ ](?!the\b)(?:[a-z][\w\-]*[ ]){0,3}"
    r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[ ])?([A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+){1,2})\b"
)


# A title that opens with the interviewer: "Rachel Obi interviews the Foreign Minister on …".
_NAME_INTERVIEWS = re.compile(
    r"(?P<name>[A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+){1,2})[ ]+(?:interviews|talks[ ]to|speaks[ ]to"
    r"|talks[ ]with|speaks[ ]with|in[ ]conversation[ ]with|sits[ ]down[ ]with)\b"
)


def interviewers_named(title: str) -> frozenset[str]:
    """The surnames (upper case) of those a title says interview the speaker: "Secretary
    Blinken With Stefan Kornelius of Süddeutsche Zeitung", "on CBS Face the Nation with
    Margaret Brennan", "Interview with Karl Stefanovic, Today Show", "Rachel Obi interviews
    the Foreign Minister"; not an official with a title ("with the Treasurer", "with John
    Brumby, Premier of Victoria"). And their initials, a label for them too ("RO")."""
    names = []
    for m in _WITH_NAME.finditer(title):
        words = m.group("name").split()
        rest = title[m.end() :].lstrip(" ,")
        if words[0].lower() in ROLE_WORDS or words[0].lower() in TITLE_MODIFIERS:
            continue
        if rest.split(" ", 1)[0].lower().strip(",") in ROLE_WORDS | {"the", "mp"}:
            continue
        if any(w.lower() in ROLE_WORDS for w in words):
            continue
        # The end of a title is the name of a guest as well, unless the title is a show's.
        if not rest and not _SHOW.search(title):
            continue
        names.append(words)
    opening = _NAME_INTERVIEWS.match(title)
    if opening is not None and not any(w.lower() in ROLE_WORDS for w in opening["name"].split()):
        names.append(opening["name"].split())
    found = {words[-1].upper() for words in names}
    found |= {"".join(w[0] for w in words).upper() for words in names if len(words) in (2, 3)}
    return frozenset(found)


# A title of an interview or a programme: "Interview with …", "on CBS Face the Nation".
_SHOW = re.compile(r"(?i:\binterview|\bpodcast|\bradio\b|\bprogram)|\b[Oo]n[ ]+[A-Z]")

# "with" and a name of two to four capitalised words, then an outlet, a show or the end.
_WITH_NAME = re.compile(
    r"\b[Ww]ith[ ]+(?P<name>[A-Z][\w'’\-]+(?:[ ][A-Z][\w'’.\-]*){1,3})"
    r"(?=[ ]+(?:of|on|from)\b|[ ]*[,;:(–—-]|[ ]*$)"
)


def mark_askers(
    blocks: list[Block],
    interviewers: frozenset[str] = frozenset(),
    presiding: frozenset[str] = frozenset(),
) -> list[Block]:
    """Blocks of askers not labelled as such marked `question`: a label that is not the one
    who speaks most, whose turns mostly end in a question ("DANA BASH:", "MR ICE:"), or the
    interviewer the title names. `presiding`: the surnames of those the header says chair
    the session (`listed_chairs`), whose procedure is no one's statement."""
    words: Counter[str] = Counter()
    turns: dict[str, dict[int, str]] = {}
    sizes: dict[int, int] = {}
    order: list[tuple[int, str | None, bool]] = []  # each turn: id, label, asked by role
    asked_last: dict[str, dict[int, str]] = {}
    queried: set[tuple[str, int]] = set()  # turns with a question mark anywhere
    for b in blocks:
        turn = b.turn or 0
        if not order or order[-1][0] != turn:
            order.append((turn, b.speaker, b.question))
        sizes[turn] = sizes.get(turn, 0) + len(b.text.split())
        if b.speaker is None or b.question:
            continue
        words[b.speaker] += len(b.text.split())
        turns.setdefault(b.speaker, {})[turn] = b.text  # a turn's last paragraph
        # ... and the last that says more than thanks ("… in Southeast Asia?" / "Thank you,
        # Your Excellency."), where a question ends
        closing = asked_last.setdefault(b.speaker, {})
        if turn not in closing or not (
            _thanks(b.text) and len(b.text.split()) <= _HOST_LINE_WORDS
        ):
            closing[turn] = b.text
        if any(mark in b.text for mark in QUESTION_MARKS):
            queried.add((b.speaker, turn))
    if not words:
        return blocks
    ends = {order[0][0], order[-1][0]}  # the transcript's first and last turns
    # The principal speaks most, among those who do more than hand the floor over or ask
    # (a moderator's welcome and hand-overs can outrun each of several briefers, a TV
    # host's questions a guest's short answers).
    hands = Counter(
        (b.speaker, b.turn or 0) for b in blocks if b.speaker in turns and _hands_over(b.text)
    )
    briefers = [
        label
        for label, _ in words.most_common()
        if sum((label, t) in hands for t in turns[label]) < 0.5 * len(turns[label])
        and not _mostly_asks(turns[label], ends)
    ]
    # (Not one the title or the header names as asking: a hearing's chair who speaks most.)
    unlisted = [label for label in briefers if not _listed_as_asking(label, interviewers)]
    main = (unlisted or briefers or [words.most_common(1)[0][0]])[0]
    # An interviewer who opens by introducing the guest ("Minister Aroha Pennington-Sione is
    # with me"), in an interview (no one labelled as asking, a host or two and a guest): the
    # guest is the principal. (A press secretary who introduces a minister to reporters
    # named with their outlets presides over a briefing.)
    introduced = (
        _introduces_guest(blocks, set(turns))
        if len(turns) <= _INTERVIEW_LABELS and not any(asked for _, _, asked in order)
        else None
    )
    if introduced is not None:
        host, guest = introduced
        main = guest if main == host else main
    askers = {
        label
        for label, last in asked_last.items()
        if label != main and _mostly_asks(last, ends)
    }
    # One who asks far more often than the principal, if not at the end of every turn ("Just
    # semi-logistically, to start off on Ethiopia. … Do – one, are you aware of this?"): a
    # reporter named in full, a question mark in a third of their turns at least and three
    # times as often as in the principal's. (Not one who holds an office: a minister's "But
    # Dmytro's right: at what price?" in one turn of three; nor a chair, who presides.)
    def question_share(label: str) -> float:
        return sum((label, t) in queried for t in turns[label]) / len(turns[label])

    main_share = max(question_share(main), _MAIN_QUESTION_SHARE)
    askers |= {
        label
        for label in turns
        if label != main
        and len(turns[label]) >= _ASKER_TURNS
        and not _holds_office(label)
        and question_share(label) >= _QUESTION_TURN_SHARE
        and question_share(label) >= _QUESTION_SHARE_RATIO * main_share
    }
    if introduced is not None:
        askers.add(introduced[0])
    # The interviewer the title names ("… with Margaret Brennan": "MS BRENNAN", "BRENNAN").
    askers |= {
        label
        for label in turns
        if label != main and _listed_as_asking(label, interviewers)
    }
    # One who speaks once, briefly, to ask, and is answered ("MS KIM: Mr. Secretary, will
    # you …?"): a reporter named in full.
    answered = {
        turn for k, (turn, label, _asked) in enumerate(order[:-1]) if order[k + 1][1] != label
    }
    askers |= {
        label
        for label, last in asked_last.items()
        if label != main
        and len(last) == 1
        and all(
            _asks(text)
            and not _calls_on(text)
            and t in answered
            and sizes[t] <= _ONE_QUESTION_WORDS
            for t, text in last.items()
        )
    }
    # Who answers a reporter's question with more than a hand-over or thanks: an official
    # who also runs the briefing (a palace press officer: "Next question. …" then "The
    # Secretaries of Foreign Affairs, Trade and Agriculture."), no host only.
    answering = {
        label
        for k, (turn, label, _asked) in enumerate(order)
        if k
        and (order[k - 1][2] and _reporter(order[k - 1][1]) or order[k - 1][1] in askers)
        and label in turns
        and turn in turns[label]
        and sizes[turn] > _HOST_LINE_WORDS  # ("We can hear you.")
        and not _hands_over(turns[label][turn])
        and not _thanks(turns[label][turn])
    }
    # A host who hands the floor to reporters ("Let's go to the line of …", "Our next
    # question goes to …"): short turns that come after an answer and before a question.
    # (A turn after a question found so far, "TRINIDAD GUARDIAN: Secretary-General, who will
    # pay …?", is an answer, not a hand-over.)
    hands_over: Counter[str] = Counter()
    for k, (_, label, _asked) in enumerate(order):
        before_asks = k + 1 < len(order) and order[k + 1][2]
        after_answer = k == 0 or not (order[k - 1][2] or order[k - 1][1] in askers)
        if label is not None and before_asks and after_answer:
            hands_over[label] += 1
    for label, last in turns.items():
        lengths = sorted(sizes[t] for t in last)
        if (
            label != main
            and label not in answering
            and len(last) >= _ASKER_TURNS
            and hands_over[label] >= _ASKER_SHARE * len(last)
            and lengths[len(lengths) // 2] <= _HOST_TURN_WORDS
        ):
            askers.add(label)
    # Or one whose turns mostly say what a host says ("Let's go to the line of …").
    handing = {(label, t) for label, t in hands if label != main}
    for label, last in turns.items():
        said = sum((label, t) in handing for t in last)
        lengths = sorted(sizes[t] for t in last)
        if (
            label != main
            and label not in answering
            and said >= _ASKER_TURNS
            and said >= 0.5 * len(last)
            and lengths[len(lengths) // 2] <= _HOST_TURN_WORDS
        ):
            askers.add(label)
    # Or one who only ever says a few words and never answers anyone: thanks, hand-overs
    # and introductions ("Thank you all very much", "Our question goes to …", "… it's my
    # pleasure to introduce the Director"), no speech of their own.
    answers = {label for k, (_, label, _asked) in enumerate(order) if k and order[k - 1][2]}
    for label, last in turns.items():
        if label != main and all(
            (_hands_over(text) and sizes[t] <= _HOST_INTRO_WORDS and not _holds_office(label))
            or (
                _thanks(text)
                and sizes[t] <= _HOST_LINE_WORDS
                and label not in answers
                and not _says_more(text)
            )
            for t, text in last.items()
        ):
            askers.add(label)
    # Counsel examining a witness ("MR DANIEL ACHEBE (affirmed) Examined by MS HARTLEY"):
    # their questions are the "Q." lines, their own turns the examination's procedure.
    askers |= _examiners(blocks, set(turns)) - {main}
    # The chair of a press conference, where reporters ask by their labels ("CHAIR WEBER").
    if any(asked for _, _, asked in order):
        askers |= {
            label
            for label in turns
            if label != main and _chairs(label)
        }
    # A co-host beside a named asker in an interview (no reporters' labels): short turns,
    # each one handing to the main speaker or closing the show ("TOM ELLERY: But you …").
    # Where reporters ask by their labels, a host of the same shape whose turns say so: each
    # one hands the floor over or closes the conference ("The Prime Minister will start …
    # and then take questions."; "The next press conference is next Monday.").
    labelled = any(asked for _, _, asked in order)
    if askers:
        next_label = {turn: order[k + 1][1] for k, (turn, _, _) in enumerate(order[:-1])}
        previous_label = {order[k + 1][0]: label for k, (_, label, _) in enumerate(order[:-1])}
        for label, last in turns.items():
            if label == main or label in askers or label in answers or len(last) < _ASKER_TURNS:
                continue
            # (a host never answers: a turn after a reporter's that hands nothing over does)
            replies = any(
                previous_label.get(t) in askers and not _hands_over(text)
                for t, text in last.items()
            )
            if all(
                sizes[t] <= _HOST_INTRO_WORDS
                and (
                    next_label.get(t, main) == main
                    # (or to the room, saying so: "Questions. Please identify yourself.")
                    or next_label[t] in askers and labelled and _hands_over(text) and not replies
                )
                and (not labelled or _hands_over(text) or t not in next_label)
                for t, text in last.items()
            ):
                askers.add(label)
    # A committee's members, labelled as committee records print them ("Lynne Neagle AM"),
    # ask as part of the meeting: their words stay on the record (turn.asks reads them).
    # (Not those who only run it: "Interpreter", "Moderator".)
    # Only where a chair presides: elsewhere those who ask in mixed case are reporters
    # named with their outlets ("Derek Loh, CNA:").
    # One person under two labels, with and without a bracket ("Mr. Gordon Beaulieu
    # (Beauport—Limoilou, CPC)", then "Mr. Gordon Beaulieu"): one asks as the other does.
    asking_names = {name_part(label) for label in askers}
    askers |= {label for label in turns if label != main and name_part(label) in asking_names}
    chaired = any(_chairs(label) for label in turns)
    members = {
        label
        for label in askers
        if chaired
        and any(c.islower() for c in label)
        and not _chairs(label)  # (a press conference's "Chair:" runs it: see above)
        and label.upper() not in PROCEDURAL_LABEL_WORDS
        and role_label(label) is None
    }
    askers -= members
    # The chair of a hearing runs it: their questions ("Would you like to make an opening
    # statement?") and procedure are no one's statement; their other words stay theirs. (A
    # chair who is the principal, "CHAIR ABERNATHY" of a central bank, presides nothing.)
    chairs = {
        label
        for label in turns
        if (chaired and _chairs(label) or _surname(label) in presiding)
        and label not in askers
        and label != main
    }
    # Speech before the first label is the principal's opening statement, printed without
    # a label ("Thank you very much for being here. …", then JOURNALIST: and PRIME MINISTER:);
    # not the words of one it hands over to by name ("In a short while I will be joined by
    # Ingrid Almeida-Sørensen … Ms. Almeida-Sørensen, over to you."): then the next briefer's.
    unlabelled = [b.text for b in blocks if b.speaker is None]
    opening = sum(len(text.split()) for text in unlabelled)
    opener = main
    if opening >= _OPENING_WORDS and _named_in(main, " ".join(unlabelled)):
        # (a host who hands the floor over speaks first too: "Deputy Spokesperson: Thank you.
        # Questions for Ms. …")
        others = [
            label
            for label, _ in words.most_common()
            if label != main and not _named_in(label, " ".join(unlabelled))
        ]
        opener = next(
            (label for label in others if label not in askers and label not in chairs),
            others[0] if others else main,
        )
    return [
        replace(b, question=True)
        if b.speaker in askers
        else replace(b, asking=True, presides=True)
        if b.speaker in chairs
        else replace(b, asking=True)
        if b.speaker in members
        else replace(b, speaker=opener)
        if b.speaker is None and opening >= _OPENING_WORDS
        else b
        for b in blocks
    ]


def _reporter(label: str | None) -> bool:
    """Whether a label asking by role is a reporter's, not a host's ("OPERATOR")."""
    return label is not None and role_label(label) not in HOST_LABELS


def _examiners(blocks: list[Block], labels: set[str]) -> set[str]:
    """The labels an inquiry's or a court's transcript names as examining a witness:
    "Examined by MS HARTLEY", "Cross-examined by MR OKAFOR"."""
    found: set[str] = set()
    for block in blocks:
        lower = block.text.lower()
        for phrase in EXAMINATION_PHRASES:
            at = lower.find(phrase)
            if at < 0:
                continue
            rest = block.text[at + len(phrase) :].lstrip()
            found |= {label for label in labels if rest.startswith(label)}
    return found


def _calls_on(text: str) -> bool:
    """Whether a turn ends by calling on the next speaker with a question mark ("… and then
    we'll take your questions. General?"), no question of its own."""
    last = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
    words = last.split()
    return (
        len(words) <= _CALLING_WORDS
        and all(w[:1].isupper() for w in words)  # a title or a name: "General?"
        and ends_asking(last)
    )


def _holds_office(label: str) -> bool:
    """Whether a label names an office ("PRESS SECRETARY INGRID HALVORSEN", "SECRETARY
    BLINKEN"): an official's, who answers, not a reporter's. (A rank alone is no office: "LT.
    CDR. MAC AODHA" may relay a reporter's question; nor is a correspondent's, a senator's in
    a hearing, a member's.)"""
    return any(
        w.lower() in ROLE_WORDS and w.lower() not in RANK_WORDS | ASKING_ROLE_WORDS
        for w in label.replace(".", " ").split()
    )


def _listed_as_asking(label: str, interviewers: frozenset[str]) -> bool:
    """Whether the title or the header names a label as asking: by its surname, or as the
    role it gives ("MINISTRY SPOKESPERSON")."""
    return _surname(label) in interviewers or label.upper() in interviewers


def _surname(label: str) -> str:
    """A label's surname in upper case ("Mr. RUTHERFORD" -> "RUTHERFORD"), letters after the
    name and a bracket aside."""
    words = label.split("(", 1)[0].replace(".", " ").split()
    while len(words) > 1 and words[-1].upper() in POST_NOMINALS:
        words = words[:-1]  # "Catrin Penhaligon-Rees MS" -> "PENHALIGON-REES"
    return words[-1].upper() if words else ""


def _named_in(label: str, text: str) -> bool:
    """Whether a text names the person of a label by its surname ("Ms. Almeida-Sørensen",
    "ALMEIDA-SØRENSEN"); never for a label that is an office ("PRIME MINISTER")."""
    surname = _surname(label)
    if not surname or surname.lower() in ROLE_WORDS or _holds_office(label):
        return False
    return re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text.upper()) is not None


def _introduces_guest(blocks: Sequence[Block], labels: set[str]) -> tuple[str, str] | None:
    """The interviewer and the guest, where the transcript opens with one label (not a
    role's) introducing another by name: "Corin Tāwhai: … Minister Aroha Pennington-Sione is
    with me." (A prime minister's "I'm joined by the Treasurer" speaks under a role.)"""
    first = next((b for b in blocks if b.speaker is not None), None)
    if first is None or first.turn != blocks[0].turn or role_label(first.speaker or "") is not None:
        return None
    lower = first.text.lower().replace("’", "'")
    if not any(phrase in lower for phrase in GUEST_INTRO_PHRASES):
        return None
    named = [
        label
        for label in labels
        if label != first.speaker
        and re.search(r"\b" + re.escape(_surname(label)) + r"\b", first.text.upper()) is not None
    ]
    return (first.speaker or "", named[0]) if len(named) == 1 else None


def _mostly_asks(turns: dict[int, str], ends: set[int]) -> bool:
    """Whether a label's turns mostly end in a question, not counting the transcript's
    first and last turns, where a host welcomes and thanks ("Mr. Secretary, welcome back to
    the show.", "I have to leave it there. Thank you for coming on.")."""
    middle = [text for turn, text in turns.items() if turn not in ends]
    said = middle if len(middle) >= _ASKER_TURNS else list(turns.values())
    return len(said) >= _ASKER_TURNS and sum(map(_asks, said)) >= _ASKER_SHARE * len(said)


def _chairs(label: str) -> bool:
    """Whether a label is a chair's: "CHAIR", "The Chair (Mr. Bryan May …)", "Chairman SMITH"."""
    words = label.replace(".", " ").replace("(", " ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0].upper() in CHAIR_WORDS


def _hands_over(text: str) -> bool:
    return _HANDOVER.search(text.lower().replace("’", "'")) is not None


_HANDOVER = any_phrase(HANDOVER_PHRASES)  # (one pass over a long turn, not one per phrase)


def _says_more(text: str) -> bool:
    """Whether a short turn says something besides thanks and hand-overs ("Thank you,
    Malcolm. Singapore and Australia will deepen our defence ties.")."""
    parts = re.split(r"(?<=[.!?])[\"”’')]*[ \t]+(?=[A-Z])", text.strip())
    return any(not _thanks(p) and not _hands_over(p) for p in parts[1:])


def _thanks(text: str) -> bool:
    return text.lower().lstrip().startswith(THANKS)


def ends_asking(text: str) -> bool:
    return text.rstrip().rstrip("\"”’')").endswith(QUESTION_MARKS)


def _asks(text: str) -> bool:
    """Whether a turn's last paragraph asks: it ends in a question, or in a courtesy after
    one ("Could you please comment? And thank you.")."""
    if ends_asking(text):
        return True
    at = max(text.rfind(mark) for mark in QUESTION_MARKS)
    return at > 0 and _thanks(text[at + 1 :].strip().removeprefix("And ").removeprefix("and "))
