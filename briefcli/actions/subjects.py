"""Who a clause is about: the subject before a verb, the sentence's leading subject, cleaned."""

from __future__ import annotations

import re

from briefcli.actions.patterns import DEEDS
from briefcli.lexicon import actions as words
from briefcli.lexicon import commitments
from briefcli.text.when import leading

_TOKEN = re.compile(r"[\w’'][\w’'.\-]*|[^\w\s]")
_BOUNDARY_MARKS = set(',;:()“”"—–?!…[]')
PRONOUNS = words.word_set("i we he she they it you who")
AUXILIARIES = words.word_set(
    "is are am was were be been has have had remains remain ’s 's ’re 're ’m 'm so very deeply "
    "fully firmly strongly"
)
EMBEDDING = words.word_set("why how what where whatever whoever")
_REPORT_NOUNS = words.word_set(
    "announcement announcements decision confirmation pledge undertaking assurance assurances"
)
# Heads of a noun before ", which will ..." that act: bodies and the instruments a release's
# government acts through ("the taskforce, which will report", "the fund, which will support").
_ACTING_HEADS = words.AGENT_NOUNS | commitments.BODY_NOUNS | commitments.INSTRUMENT_NOUNS
_DETERMINED_NP = re.compile(
    r"\b(?:the|a|an|this|its|their|our|his|her)\s+(?:[\w’'$.-]+\s+){0,4}?[\w’'-]+$", re.I
)
# A name of a body after its article, which may be long: "the new Integrated Air Defence Task
# Force, which is set to deploy" (capitalised words after at most two plain ones).
_NAMED_NP = re.compile(
    r"\b(?:the|a|an|its|their|our)\s+(?:[a-z][\w’'-]*\s+){0,2}(?:[A-Z][\w’'.-]*\s+){1,7}"
    r"[A-Z][\w’'-]*$"
)
_TIME_DETERMINERS = words.word_set("next this last every each later early")
_TIME_NOUNS = words.word_set("year week month day weekend time summer autumn spring winter fall")
PREPOSITIONS = words.word_set(
    "around about across along at between by for from in into near of on over through to toward "
    "towards under with"
)
# Prepositions that open no aside inside a subject: "as you can see to my right, by Acting Labor
# Secretary Julie Su, who will speak" names who acts.
_NOT_ASIDES = words.word_set("by to")
_CONTRACTION = re.compile(r"(?<=\w)[’'](?:ve|re|d|ll|m|s)$")
_COMPARING = words.word_set("more less fewer")
_SAYING = words.word_set("claim argue insist say contend maintain warn note believe")
_ARTICLES = words.word_set("the a an this these those any every some our their his her its each")
NOT_NOUNS = (
    words.CLAUSE_WORDS
    | words.REPORTING_VERBS
    | words.LEADING_ADVERBS
    | AUXILIARIES
    | words.word_set("and or but then here there now today also think believe know")
)
FINITE = words.CLAUSE_WORDS | {"is", "are", "was", "were", "has", "have", "had", "do", "does",
                                "did", "can", "will", "would", "could"}  # fmt: skip
# Words before "that" which make it introduce a reported clause, not a relative one.
_COMPLEMENT_HEADS = words.REPORTING_VERBS | words.word_set(
    "sure clear ensure ensures ensuring means mean meaning is was are were confident hopeful "
    "likely aware glad pleased now also so and but fact announce announcing stress stressing "
    "confirm confirming noting saying expecting hoping agree decide determine show shows showed "
    "sense fact committed resolved guaranteed ensured guarantee guarantees assure assures promise"
) | words.DECIDING_VERBS
_LOOK_BACK = 1000  # characters before a verb that can hold its subject and what decides it


# "That's why", "which is why", "this is why": a cause given, the clause after it a statement.
_THATS_WHY = re.compile(
    r"\b(?:that|this|which|it)(?:[’']s|\s+is)\s+(?:also\s+|precisely\s+|exactly\s+)?$", re.I
)


def subject_before(text: str, end: int, floor: int = 0) -> tuple[str, int, bool]:
    """The subject noun phrase ending just before `end`: (text, start, is a relative clause).

    The search never goes back past `floor`, the previous clause's verb phrase: a subject
    found there belongs to that clause ("It hopes to ... and will try to ...")."""
    # The text before `end` less trailing spaces and commas, read in place: the walk below
    # stops within a few dozen words, and copying or tokenizing the whole sentence before
    # each verb made one long sentence of many clauses quadratic. Tokens start at a space
    # far enough back (their positions stay those of the whole text).
    left_end = end
    while left_end > 0 and text[left_end - 1] in " ,":
        left_end -= 1
    window = max(0, left_end - _LOOK_BACK)
    if window > 0:
        space = text.find(" ", window, left_end)
        window = space + 1 if space != -1 else window
    tokens = list(_TOKEN.finditer(text, window, left_end))
    start = stop = left_end
    taken = 0
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i].group(0)
        lower = token.lower()
        if tokens[i].start() < floor:
            return "", start, False
        if "’" in lower or "'" in lower:
            lower = _CONTRACTION.sub("", lower)
        if (
            token == ","
            and 0 < taken <= 6
            and tokens[i + 1].group(0).lower() in PREPOSITIONS - _NOT_ASIDES
            and text[stop:end].strip() == ","
        ):
            continue  # "A second closure, between Riverside and Airport, is planned": an aside
        if token in _BOUNDARY_MARKS or token == "-" or taken >= 14:
            break
        if taken == 0 and (lower in AUXILIARIES or lower in words.LEADING_ADVERBS):
            stop = tokens[i].start()
            continue  # "is committed to", "are so committed to": part of the trigger
        if taken == 0 and lower == "to":
            return "", start, True  # "to ask for": the purpose of another verb
        at = tokens[i].start()
        if lower == "why" and _THATS_WHY.search(text, max(0, at - 20), at):
            break  # "that's why the Government is committing $186 million": a statement
        if lower in EMBEDDING:
            return "", start, True  # "one reason why we are committed to": not a statement
        if lower in words.CLAUSE_WORDS:
            if lower in {"who", "which", "that"} and taken == 0:
                return _relative_subject(text, tokens, i)
            if lower in {"who", "that"} and _restrictive(tokens, i, taken):
                start = tokens[i].start()  # "Survivors who have insurance should file"
                taken += 1
                continue
            before = tokens[i - 1].group(0) if i > 0 else ""
            if (
                lower == "that"
                and before.lower() not in _COMPLEMENT_HEADS
                and not _told(tokens, i)
                and not _said_then(tokens, i)
            ):
                if before and before not in _BOUNDARY_MARKS:
                    return "", start, True  # "the order that the president will sign"
            if lower == "than" and i > 0 and tokens[i - 1].group(0).lower() in _COMPARING:
                start = tokens[i].start()  # "to protect more than 900 homes": a number
                taken += 1
                continue
            if lower in {"as", "than"} and taken > 0:
                return "", start, True  # "as a reliable member of NATO should behave"
            break
        after_preposition = i > 0 and tokens[i - 1].group(0).lower() in PREPOSITIONS
        if lower in words.REPORTING_VERBS and taken > 0 and not after_preposition:
            break  # (not "all contacts of confirmed cases": after a preposition, an adjective)
        if lower in {"and", "or"} and i + 1 < len(tokens) and (
            tokens[i + 1].group(0).lower() in words.AGE_BOUNDS and tokens[i - 1].group(0).isdigit()
        ):
            pass  # "people who are 65 and older should": an age, not a clause
        elif lower in {"and", "or"} and not _inside_with(tokens, i) and _has_finite_verb(tokens, i):
            break
        if (
            taken > 0
            and token.islower()
            and lower.endswith("ed")
            and len(lower) > 4
            and not after_preposition
        ):
            break  # "the secretary general raised the need to": a verb, not the subject
        if taken > 0 and lower in PRONOUNS:
            break
        start = tokens[i].start()
        taken += 1
        if lower in PRONOUNS:
            before = tokens[i - 1].group(0).lower() if i > 0 else ""
            after_place = before == "where" and i > 1 and tokens[i - 2].group(0) == ","
            if any(
                tokens[j].group(0).lower() in {"which", "whom"} for j in range(max(0, i - 4), i - 1)
            ) and tokens[i - 1].group(0).lower() in {"course", "fact", "think", "believe", ","}:
                return "", start, True  # "challenges which of course we need to wrestle with"
            thats_why = before == "why" and _THATS_WHY.search(
                text, max(0, tokens[i - 1].start() - 20), tokens[i - 1].start()
            )  # "which is why we will": a statement
            if (before in EMBEDDING and not after_place and not thats_why) or before in {
                "who", "whom", "which", "whether", "if",
            }:  # fmt: skip
                return "", start, True  # "one reason why we are committed to"
            fronted_time = (
                i > 1
                and tokens[i - 2].group(0).lower() in _TIME_DETERMINERS
                and before in _TIME_NOUNS
            ) or (
                before in words.FRONTED_TIME_NOUNS
            )  # "Next year we will be required to", "For the foreseeable future we will": a
            # time, not a noun with a relative clause
            if not fronted_time and (
                before in words.THING_NOUNS
                or before in words.AGENT_NOUNS
                or _noun_after_article(tokens, i - 1)
            ):
                return "", start, True  # "a range of steps we need to engage with"
            if before == "that" and i > 1:
                head = tokens[i - 2].group(0).lower()
                told = _told(tokens, i - 1) or _said_then(tokens, i - 1)
                if head not in _COMPLEMENT_HEADS and head not in _BOUNDARY_MARKS and not told and (
                    head not in _REPORT_NOUNS  # "the announcement that it will host": its content
                ):
                    return "", start, True  # "a signal ... that we're not going to fatigue"
            if (
                before == "and"
                and i > 1
                and taken == 1
                and lower in {"i", "we", "me"}  # (not "open in May and it will support")
                and tokens[i - 2].group(0)[:1].isupper()
            ):
                # "the Treasurer and I ... will be working on that": a name and the speaker
                k = i - 2
                while k > 0 and i - k < 6 and tokens[k].group(0).lower() not in _ARTICLES:
                    previous = tokens[k - 1].group(0)
                    if not (previous[:1].isupper() or previous.lower() in _ARTICLES):
                        break
                    k -= 1
                governed = k > 0 and (
                    tokens[k - 1].group(0).lower() in PREPOSITIONS | words.OBJECT_TAKING_PASTS
                    or tokens[k - 1].group(0).endswith("ed")
                )  # (not "in San Francisco and we", "I met the President and we")
                if tokens[k].start() >= floor and not governed:
                    start = tokens[k].start()
            break  # a pronoun is the whole subject: "the forces it needs to"
    subject = text[start:stop].strip()
    if re.match(r"(?:along\s+|together\s+)?with\s", subject):
        # "the Treasurer and I with the Finance Minister and the ERC will": the subject is
        # the names before "with", and those with them.
        head, head_start, relative = subject_before(text, start, floor)
        if head and not relative:
            return f"{head} {subject}", head_start, False
    if re.match(r"(?:and|or)\s", subject):
        # "our diplomats, officers, and experts will work": a list of names, one subject
        list_start = _listed_before(text, start, floor)
        if list_start is not None:
            return text[list_start:stop].strip(), list_start, False
    return subject, start, False


def _told(tokens: list[re.Match[str]], that: int) -> bool:
    """Whether the "that" at tokens[that] follows a verb of telling and its listener: "wishes
    to inform the public that work ... will resume", or a listener told in the passive:
    "Cabinet was informed that the Prime Minister will lead" (what is told, not a relative
    clause)."""
    return any(
        tokens[k].group(0).lower() in words.TELLING_VERBS for k in range(max(0, that - 4), that)
    )


# Words of the time a thing was said, between the reporting verb and its "that": "said
# yesterday that", "announced on Monday that".
_SAYING_TIMES = words.word_set(
    "on yesterday today tonight last this week month night morning afternoon evening earlier "
    "monday tuesday wednesday thursday friday saturday sunday"
)


def _said_then(tokens: list[re.Match[str]], that: int) -> bool:
    """Whether the "that" at tokens[that] follows a reporting verb and the time it was said
    ("Harbour Foods said yesterday that it will close"): what was said, not a relative clause."""
    k = that - 1
    while k >= 0 and that - k <= 3 and tokens[k].group(0).lower() in _SAYING_TIMES:
        k -= 1
    return k < that - 1 and k >= 0 and tokens[k].group(0).lower() in words.REPORTING_VERBS


_RELATIVE_VERB_FORMS = words.word_set("have has had are is were was")


# The longest "who" clause kept in a subject when it follows a noun for people ("Pregnant women
# who have been in contact with someone with measles must contact their midwife").
_PEOPLE_CLAUSE_WORDS = 10


def _restrictive(tokens: list[re.Match[str]], index: int, taken: int) -> bool:
    """Whether the "who"/"that" at tokens[index] opens a short subject relative clause that
    is part of the subject ("Survivors who have insurance", "Any province that joins"): a
    verb follows it at once, and a noun precedes it."""
    if index < 1 or index + 1 >= len(tokens):
        return False
    people = tokens[index].group(0).lower() == "who" and (
        tokens[index - 1].group(0).lower() in words.AGENT_NOUNS
    )
    if taken > (_PEOPLE_CLAUSE_WORDS if people else 4):
        return False  # ("Passengers who are still waiting for a refund should": people)
    verb = tokens[index + 1].group(0)
    noun = tokens[index - 1].group(0)
    plural = noun.lower().endswith("s") and not noun.lower().endswith("ss")
    verb_like = verb.isalpha() and verb.islower() and (
        verb in _RELATIVE_VERB_FORMS
        or plural and verb in DEEDS  # "Employers who hire apprentices"
        or len(verb) > 3 and verb.endswith("s") and not verb.endswith("ss")
        or len(verb) > 4 and verb.endswith("ed")
        # "Workers who feel unwell should", "providers who wish to take part are": people
        or plural and tokens[index].group(0).lower() == "who" and noun.lower() in words.AGENT_NOUNS
    )
    lower = noun.lower()
    if not verb_like or not noun.isalpha() or lower in _COMPLEMENT_HEADS or lower in NOT_NOUNS:
        return False
    if lower in PRONOUNS or lower in _ARTICLES:
        return False
    determined = index > 1 and tokens[index - 2].group(0).lower() in _ARTICLES | {"all", "any"}
    return determined or noun[:1].isupper() or lower in words.AGENT_NOUNS or plural


def _inside_with(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the "and" at tokens[index] joins the names of a "with" phrase ("I with the
    Finance Minister and the ERC"), which the subject goes on before."""
    for j in range(index - 1, max(-1, index - 7), -1):
        lower = tokens[j].group(0).lower()
        if lower == "with":
            return j > 0 and (tokens[j - 1].group(0).lower() in PRONOUNS
                              or _named(tokens[j - 1].group(0)))  # fmt: skip
        if lower in FINITE or tokens[j].group(0) in _BOUNDARY_MARKS:
            return False
    return False


def _named(word: str) -> bool:
    """Whether a word ends a name or an office: "the Treasurer", "Minister", "officials"."""
    return word[:1].isupper() or word.lower() in words.AGENT_NOUNS


_LIST_ITEM = re.compile(
    r"(?:(?:the|our|their|its|his|her|all|both|other)\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,2}"
)


def _listed_before(text: str, start: int, floor: int) -> int | None:
    """Where a list of names ending at `start` ("our diplomats, officers, and ...") begins:
    the items before it, each one to four words with no verb, separated by commas."""
    cursor = start
    first: int | None = None
    for _ in range(6):
        window_start = max(floor, cursor - 60)
        before = text[window_start:cursor].rstrip()
        if not before.endswith(","):
            break
        comma = before[:-1].rfind(",")
        item_start = window_start + comma + 1
        item = text[item_start : window_start + len(before) - 1]
        item_start += len(item) - len(item.lstrip())
        item = item.strip()
        if not item or _LIST_ITEM.fullmatch(item) is None:
            break
        if any(w.lower() in FINITE or w.lower() in words.REPORTING_VERBS
               or w.lower() in words.CLAUSE_WORDS or w.islower() and w.endswith("ed")
               and len(w) > 4 for w in item.split()):  # fmt: skip
            break
        if not _named(item.split()[-1]) and not item.split()[-1].endswith("s"):
            return None  # "in Haiti, Libya, and": places, not a subject's names
        cursor = first = item_start
    return first


def _noun_after_article(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether tokens[index] is a noun with an article or possessive just before it ("an
    assessment", "the steps"), so that a pronoun after it opens a relative clause."""
    if index < 1:
        return False
    word = tokens[index].group(0)
    if not word.isalpha() or not word.islower() or word in NOT_NOUNS:
        return False
    for j in range(index - 1, max(-1, index - 3), -1):
        previous = tokens[j].group(0).lower()
        if previous in _ARTICLES:
            return True
        if not previous.isalpha() or previous in NOT_NOUNS:
            return False
    return False


# Some people in general, named by "there are": "there are many who will argue".
_THERE_ARE = re.compile(r"\bthere\s+(?:are|were|is|will\s+be)\s+(?:[\w’'-]+\s+){0,2}$", re.I)


def _relative_subject(text: str, tokens: list[re.Match[str]], index: int) -> tuple[str, int, bool]:
    """The antecedent of "who"/"which"/"that" as a subject ("Julie Su, who will speak")."""
    word = tokens[index].group(0).lower()
    if word == "which" and index > 0 and tokens[index - 1].group(0) == ",":
        # "a new taskforce, which will report by June": a body (or, in a release, an
        # instrument: "the fund, which will support local projects") named just before.
        comma = tokens[index - 1].start()
        np = _DETERMINED_NP.search(text, max(0, comma - 80), comma) or _NAMED_NP.search(
            text, max(0, comma - 100), comma
        )
        if np is not None:
            head = np.group(0).split()[-1].lower().strip("’'")
            if head in _ACTING_HEADS:
                return np.group(0), tokens[index].start(), False  # the clause starts at "which"
        return "", tokens[index].start(), True
    if word != "who":
        return "", tokens[index].start(), True
    if _THERE_ARE.search(text, max(0, tokens[index].start() - 40), tokens[index].start()):
        return "", tokens[index].start(), True  # "there are many who will argue": anyone
    subject, start, _ = subject_before(text, tokens[index].start())
    parts = subject.split()
    for j in range(len(parts) - 2, -1, -1):
        word = parts[j].lower()
        if word.endswith("ing") and parts[j].islower() and len(word) > 4 and (
            j > 0 and parts[j - 1].lower() in FINITE | words.LEADING_ADVERBS
        ):
            # "We are also recruiting 60 field interviewers, who will start": the interviewers
            rest = " ".join(parts[j + 1 :])
            return rest, tokens[index].start(), False  # (the clause starts at "who")
    return subject, start, False


def _has_finite_verb(tokens: list[re.Match[str]], index: int) -> bool:
    # "... is to protect the lives of citizens and the agencies committed to ..." : the "and"
    # joins clauses, not names, when the words before it already hold a verb.
    for j in range(index - 1, max(-1, index - 25), -1):
        token = tokens[j].group(0)
        lower = token.lower()
        if token == "," and j == index - 1:
            continue
        if lower == "that" and j > 0 and tokens[j - 1].group(0).lower() in PREPOSITIONS:
            continue  # "put around that table by COAG": a determiner, not a clause
        if lower == "than" and j > 0 and tokens[j - 1].group(0).lower() in _COMPARING:
            continue  # "to protect more than 900 homes and businesses": a number, not a clause
        if token in _BOUNDARY_MARKS or lower in words.REPORTING_VERBS or lower == "that":
            return False
        if lower in FINITE:
            return True
        if lower.endswith("ed") and token.islower() and j > 0 and len(lower) > 4:
            return True
    return False


def leading_subject(text: str) -> str:
    """The subject at the start of a sentence, for a clause that leaves it out."""
    body = text.lstrip(" “\"'")
    adverbial = re.match(
        r"(?:In|On|At|During|After|Since|Under|With|For|To|As|Next|Today|Last)\b"
        r"[^,]{0,60},\s*",
        body,
    )
    if adverbial:
        body = body[adverbial.end() :]
    else:
        # a place opening the sentence with no comma: "In Glasgow the United States announced
        # our goal of ...", "At Sydney we opened ..."
        place = re.match(r"(?:In|At)\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?=(?:the|we|I)\s)", body)
        if place:
            body = body[place.end() :]
    taken: list[str] = []
    for m in _TOKEN.finditer(body):
        token = m.group(0)
        lower = token.lower()
        if token in _BOUNDARY_MARKS or len(taken) > 10:
            break
        after_article = bool(taken) and taken[-1].lower() in _ARTICLES
        if after_article and lower in words.BASE_VERBS and lower not in FINITE:
            taken.append(token)  # "The draft Bill", "A review panel": a noun after an article
            continue
        if token.islower() and (
            lower.endswith(("ed", "ly"))
            or lower in FINITE
            or lower in words.REPORTING_VERBS
            or lower in words.LEADING_ADVERBS
            or lower in words.BASE_VERBS
            or lower in commitments.IRREGULAR_PARTICIPLES  # "The Ministry met the unions"
            or lower in words.NON_ACTION_VERBS
            or lower.endswith("s")
            and (lower[:-1] in words.BASE_VERBS or lower[:-1] in words.NON_ACTION_VERBS)
            or lower.endswith("s")
            and lower[:-1] in _SAYING
        ):
            break
        taken.append(token)
    subject = " ".join(taken)
    if subject.endswith(" and"):
        # "The Government respects the courts and will …": the subject ends at a verb in the
        # present ("respects") that takes an object, however the verb tables spell it.
        verb = _PRESENT_WITH_OBJECT.search(subject)
        if verb is not None:
            subject = subject[: verb.start()]
    return subject


_PRESENT_WITH_OBJECT = re.compile(
    r"\s+[a-z]+s\s+(?:the|a|an|its|our|their|all|this|these|every|his|her)\b"
)


# A cleft's frame after its subject: "the Iranians are the ones (who will ...)".
_THE_ONES = re.compile(r"\s+(?:is|are|was|were)\s+the\s+(?:only\s+)?ones?$", re.I)


def clean_subject(subject: str) -> str:
    subject = subject.strip(" ,“”\"'’‘*_")
    if "  " in subject:
        subject = re.sub(r"\s+", " ", subject)  # "Employers — who hire": plain()'s blanks
    if _CONTRACTION.sub("", subject.lower()) in PRONOUNS:
        subject = _CONTRACTION.sub("", subject)  # "they’ve committed to"
    subject = re.sub(
        r"^(?:(?:and|but|so|then|now|also|look|well|okay|yes|yeah|i mean|you know|there(?=\s+\S))"
        r"\b[\s,]*)+",
        "",
        subject,
        flags=re.I,
    )
    when = leading(subject)
    if when is not None:
        subject = subject[when.end :].lstrip(" ,")
    topic = _TOPIC.match(subject) or FRONTED_TIME.match(subject)
    if topic is not None:
        subject = subject[topic.end() :]  # "In terms of this weekend the President"
    # "the transport ministers of the Länder today agreed to": the time is no part of them
    subject = _TRAILING_TIME.sub("", subject)
    cleft = _THE_ONES.search(subject)
    if cleft is not None and cleft.start() > 0:
        subject = subject[: cleft.start()]  # "the Iranians are the ones who will need to"
    last = subject.rsplit(maxsplit=1)
    if len(last) == 2 and last[1] in commitments.ADOPTING_VERBS:
        # "Cabinet yesterday approved [plans to extend]": the body that approved them ("The
        # airline has announced [plans to fly]": without its auxiliary)
        subject = _TRAILING_TIME.sub("", _TRAILING_AUXILIARY.sub("", last[0]))
    return subject.strip(" ,")


# A topic put first ("in terms of this weekend"), up to the subject it leaves: the last
# "the" and a capitalised word, or a capitalised word.
_TOPIC = re.compile(
    rf"(?i:{'|'.join(re.escape(t) for t in words.TOPIC_OPENERS)})\s+[^,]*?\s+"
    r"(?=(?:the\s+)?[A-Z][\w.’'\-]*$|(?:the\s+)?[A-Z][\w.’'\-]*\s+[A-Z])"
)

# A time put first with no comma ("From next week the Government"), up to the subject it leaves.
FRONTED_TIME = re.compile(
    rf"(?i:{'|'.join(words.TIME_OPENERS)})\s+[^,]*?\s+"
    r"(?=(?:the\s+)?[A-Z][\w.’'\-]*$|(?:the\s+)?[A-Z][\w.’'\-]*\s+[A-Z])"
)

_TRAILING_AUXILIARY = re.compile(r"\s+(?:has|have|had)(?:\s+(?:also|now|just|already))?$", re.I)

_TRAILING_TIME = re.compile(
    r"\s+(?:today|yesterday|tonight|also|(?:this|last)\s+(?:week|month|year|morning|evening))$",
    re.I,
)
