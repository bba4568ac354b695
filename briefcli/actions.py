"""Action items: who will (or must, or is expected to) do what, and when."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefcli import action_words as words
from briefcli.actors import Actors, Voice
from briefcli.document import Document
from briefcli.model import Action, ActionKind, Quote, Sentence
from briefcli.speaker import People
from briefcli.when import When, find_all

_NOT = r"(?P<neg>\s+not\b|n[’']t\b)?"
_ADVERB = r"(?:\s+(?:\w+ly|also|now|still|just|then|soon|further|again|all|both))*"

# Triggers whose subject comes before them: "X will ...", "X must ...", "X plans to ...".
_FUTURE = re.compile(rf"(?P<t>(?<=\w)[’']ll\b|\bwill\b|\bshall\b|\bwon[’']t\b){_NOT}", re.I)
_WOULD = re.compile(rf"(?P<t>\bwould\b){_NOT}", re.I)
_GOING = re.compile(
    rf"(?P<t>(?:\b(?:is|are|am)|(?<=\w)[’'](?:s|re|m)){_ADVERB}{_NOT}{_ADVERB}\s+going\s+to)\b",
    re.I,
)
_BE = r"(?:\b(?:is|are|am|remains?|stands?)\s+|(?<=\w)[’'](?:re|s|m)\s+)(?:\w+ly\s+)?"
_INTENT = re.compile(
    rf"(?P<t>(?:{_BE}(?:set|scheduled|slated|determined|ready|prepared|willing|expected)|"
    r"\b(?:plans?|planned|planning|intends?|intended|intending|aims?|aiming|agreed|agrees?|"
    r"decided|decides?|pledged|pledges?|vowed|vows?|promised|promises?|committed|commits?|"
    r"stands?\s+ready|expects?|hopes?|looks?\s+forward|looking\s+forward))\s+to)\s+(?=[a-z])"
)
_OBLIGATION = re.compile(
    rf"(?P<t>\b(?:must|should|ought\s+to|(?<!the )(?<!a )(?<!no )needs?\s+to|has\s+to|"
    rf"have\s+to|got\s+to|"
    rf"(?:is|are)\s+required\s+to)\b){_NOT}",
    re.I,
)
# Triggers that name the one who must act after them: "urged X to ...", "the need for X to ...".
_CALL_ON = re.compile(
    r"(?P<t>\b(?:urged?|urges|urging|asked|asks?|asking|called\s+(?:on|upon)|calls?\s+(?:on|upon)|"
    r"calling\s+(?:on|upon)|instructed|instructs?|instructing|directed|directs?|directing|"
    r"tasked|tasking|encouraged?|"
    r"encourages|encouraging|pressed|presses|requested|requests?|expects?|expected|"
    r"the\s+need\s+for))\s+(?P<obj>[^,;:.?!“”\"—]{1,80}?)\s+to\s+(?=[a-z])"
)
# A call for something with no one named to do it: "called for the immediate release ...".
_CALL_FOR = re.compile(
    r"(?P<t>\b(?:call(?:s|ed|ing)?|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|demand(?:s|ed|ing)?)"
    r"\s+for)\s+(?=[a-z])",
    re.I,
)
# A promise of something, not of a deed: "The Prime Minister promised quick action in ...".
_PROMISED = re.compile(
    r"(?P<t>\b(?:promised|promises|pledged|pledges|vowed|vows|guaranteed|guarantees))\s+"
    r"(?=(?:quick|swift|full|more|new|additional|further|continued|its|their|his|her|an?|the)\b|"
    r"\$)",
    re.I,
)
# "We remain on track for the President to make a decision", "is on track to finish".
_ON_TRACK = re.compile(
    r"(?P<t>\bon\s+track\s+(?:for\s+(?P<obj>[^,;:.?!“”\"—]{1,60}?)\s+)?to)\s+(?=[a-z])", re.I
)
# A stated commitment: "the U.S. commitment to ensure ...", "their commitment to deepen ...".
_COMMITMENT = re.compile(r"(?P<t>\bcommitments?\s+to)\s+(?=[a-z])", re.I)

# Words one of which each pattern needs, for a cheap first look at a sentence.
_CALL_ON_KEYS = ("urg", "ask", "call", "instruct", "direct", "task", "encourag", "press",
                 "request", "expect", "need for")  # fmt: skip
_INTENT_KEYS = ("plan", "intend", "aim", "set to", "scheduled", "slated", "agree", "decide",
                "pledge", "vow", "promise", "commit", "determined", "ready", "prepared",
                "willing", "expect", "hope", "forward")  # fmt: skip
_OBLIGATION_KEYS = ("must", "should", "ought", "need", "has to", "have to", "got to", "required")
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|our|his|her|their|its|this|that|no)|[’']s)\s+$", re.I)
_PAST_PROGRESSIVE = re.compile(r"\b(?:was|were|had\s+been)\b[^,;:—.]*$")
_GAPPED = re.compile(r"\S+(?:\s+\S+)?\s+(?:is|was|are|were)\b")
_EXPECTING = re.compile(
    r"\b(?:expect|expects|expected|anticipate[sd]?|hope[sd]?|confident|optimistic)\s+"
    r"(?:that\s+)?$",
    re.I,
)
# "if", "unless", and the inverted "should Russia choose to ...".
_CONDITION = re.compile(
    r"(?<![Ee]ven )(?<![Aa]s )\b(?i:if|unless|in case)\b|"
    r"\bshould\s+(?:(?:[A-Z][\w.’'-]*\s+){1,3}|(?:the|they|he|she|we|it|you|I|a|an|this|that|"
    r"there|any)\s+(?:[\w’'-]+\s+){0,2}?)(?!not\b)[a-z]+\b"
)
_TOKEN = re.compile(r"[\w’'][\w’'.\-]*|[^\w\s]")
_BOUNDARY_MARKS = set(',;:()“”"—–?!…[]')
_QUOTE_MARKS = '“”"'
_ATTRIBUTION = re.compile(
    r",?\s*(?:he|she|they|the\s+\w+(?:\s+\w+)?|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s+"
    r"(?:said|says|added|noted|stressed|explained|told\s+\w+)\s*[.,]?\s*$"
)
# A verb phrase ends at these: a new clause, a quote, an aside.
_VP_END = re.compile(
    r"[;?!“”\"(\[]|:(?!\d)|\s[—–]|[—–]\s|,\s+(?:but|while|which|who|whereas|although|though)\b|"
    r",\s+(?:and|but|so)\s+(?:I|we|he|she|they|you|it)\b|"
    r"\s(?:because|unless|whereas)\b|,?\s+if\b|(?<!\.[a-zA-Z])\.\s*$"
)
# An object named by a request starts like a noun phrase: "urged Russia to", "asked them to".
_OBJECT_STARTS = words._words(
    "the all both each every other their our his her its these those them him us me you my your "
    "leaders governments countries partners allies parties congress"
)
_PRONOUNS = words._words("i we he she they it you who")
_CUT_OFF = re.compile(r"\b[\w’']+-\s+[—–]\s*")
_RESTART = re.compile(r"\b((?:[\w’']+\s+){0,2}[\w’']+)\s+[—–]\s+(?=\1\b)", re.I)
_AUXILIARIES = words._words(
    "is are am was were be been has have had remains remain ’s 's ’re 're ’m 'm so very deeply "
    "fully firmly strongly"
)
_EMBEDDING = words._words("why how what where whatever whoever")
_ROOM_WORDS = re.compile(
    r"\b(?:questions?|note|embargo|call|floor|top|readout|words|more to (?:say|share)|"
    r"hypotheticals|it over|it back|it there|anything|the gaggle|the briefing|this again|"
    r"my best|week ahead|more details|to start|a few words)\b|"
    r"^\s*(?:you|all of you|you all)\b",
    re.I,
)
# "have the back of the Ukrainian people": to have is, here, to do.
_IDIOMS = re.compile(
    r"have (?:(?:the|their|his|her|our|your|its) back\b|(?:\w+ )?(?:conversations?|talks|"
    r"discussions?|consultations?|meetings?|a meeting|a call|calls|a conversation|"
    r"an announcement|announcements)\b)"
)
_INTERROGATIVE = re.compile(
    r"(?:so,?\s+|and\s+|but\s+)?(?:will|would|shall|should|is|are|am|was|were|do|does|did|can|"
    r"could|has|have|what|how|who|why|when|where|which|whether)\b",
    re.I,
)
_CONTRACTION = re.compile(r"(?<=\w)[’'](?:ve|re|d|ll|m|s)$")
_PROGRESSIVE_FILLERS = words._words("over there here out also still now back in on again")
_PLEDGED_THAT = re.compile(
    r"\b(?:(?:have|has)\s+)?(?:committed|agreed|decided|pledged|promised|vowed|resolved|"
    r"guaranteed)\s+that\s+$"
)
# Stems of -ing forms whose base form ends in a silent "e".
_SILENT_E = re.compile(
    r"(?:v|u|rc|nc|rg|dg|[aeo]ng|iz|yz|[^e]at|ut|ur|os|as|ag|id|ud|ak|om|ir|ov|[^aeiou]in|"
    r"[^aeiou]ic|[^aeiou]ag)$"
)
_ABBREVIATION_END = re.compile(r"(?:\b[a-zA-Z]\.){2,}$")  # "at 9 a.m.", "in Washington, D.C."
# "get vaccinated", "get tested": to get is, here, to do.
_GET_DONE = re.compile(r"get\s+\w+ed\b")
# "hold a meeting" is an event; "hold Russia accountable" is not.
_HELD_EVENT = re.compile(
    r"hold\s+(?:\S+\s+){0,4}?(?:meeting|meetings|exercise|summit|talks|call|conference|"
    r"event|session|hearing|vote|election|briefing|rally|ceremony|dialogue|consultations|"
    r"reception|forum|roundtable)\b",
    re.I,
)
_CLAUSE_JOINT = re.compile(r",\s+(?:and|but|while|as)\s+((?:\S+\s+){1,4}\S+)")
_SAYING = words._words("claim argue insist say contend maintain warn note believe")
# Verbs that are a whole action item on their own ("Americans should leave").
_WHOLE_DEEDS = words._words(
    "respond act retaliate resign comply testify vote withdraw leave depart travel evacuate "
    "reciprocate negotiate cooperate intervene"
)
_ARTICLES = words._words("the a an this these those any every some our their his her its each")
_NOT_NOUNS = (
    words.CLAUSE_WORDS
    | words.REPORTING_VERBS
    | words.LEADING_ADVERBS
    | _AUXILIARIES
    | words._words("and or but then here there now today also think believe know")
)
_DANGLING = words._words("and or but to the a an of in on for with from as by that then ,")
# Words that follow a verb rather than an adjective: where a coordinated verb phrase begins.
_OBJECT_LEADS = words._words(
    "the a an with to in on for from all its their our his her this these those that up out "
    "more new it them us any every each both into toward towards against about"
)
# "our Special Envoy — it’s quite a title — is going to ...": an aside between subject and verb.
_ASIDE = re.compile(
    r"\s[—–]\s[^—–]{1,80}?\s[—–]\s(?=(?:is|are|will|has|have|was|were|must|should)\b)"
)
_SUPERLATIVES = words._words("most best first only last biggest greatest strongest largest")
_FINITE = words.CLAUSE_WORDS | {"is", "are", "was", "were", "has", "have", "had", "do", "does",
                                "did", "can", "will", "would", "could"}  # fmt: skip
# Words before "that" which make it introduce a reported clause, not a relative one.
_COMPLEMENT_HEADS = words.REPORTING_VERBS | words._words(
    "sure clear ensure ensures ensuring means mean meaning is was are were confident hopeful "
    "likely aware glad pleased now also so and but fact announce announcing stress stressing "
    "confirm confirming noting saying expecting hoping agree decide determine show shows showed "
    "sense fact committed resolved guaranteed ensured"
)


@dataclass(frozen=True)
class _Trigger:
    """Where a candidate action item sits in a sentence and how it was recognised."""

    kind: ActionKind
    start: int  # where the trigger words begin
    verb: int  # where the verb phrase begins
    negated: bool = False
    object_actor: str | None = None  # "urged X to": the one who must act, as written
    call_for: bool = False
    promise: bool = False  # "promised quick action": what is promised is a noun phrase
    commitment_noun: bool = False
    would: bool = False


@dataclass
class _Clause:
    trigger: _Trigger
    subject: str
    subject_start: int
    relative: bool = False


def find_actions(
    doc: Document, sentences: Sequence[Sentence], people: People, quotes: Sequence[Quote]
) -> list[Action]:
    """Every action item in document order, duplicates merged."""
    actors = Actors(doc, sentences, people, quotes)
    found: list[Action] = []
    for sentence in sentences:
        if _not_a_statement(sentence):
            continue
        items = _sentence_actions(doc, sentence, actors)
        found.extend(items)
        actors.remember(sentence, [a.actor for a in items])
    return _merge(found)


def _not_a_statement(sentence: Sentence) -> bool:
    text = sentence.text.strip(" “”\"’'")
    asks = text.endswith("?") and _INTERROGATIVE.match(text) is not None
    return sentence.question or asks or sentence.speaker == "Reporter"


def _sentence_actions(doc: Document, sentence: Sentence, actors: Actors) -> list[Action]:
    text = _plain(sentence.text)
    clauses = _clauses(text)
    found: list[Action] = []
    for index, clause in enumerate(clauses):
        # The verb phrase runs to the next clause with a subject of its own; a relative clause
        # inside it ("whatever assets are required to") is part of it.
        later = [c.subject_start for c in clauses[index + 1 :] if not c.relative and c.subject]
        limit = later[0] if later else len(text)
        if clause.trigger.verb >= limit:
            limit = len(text)
        action = _clause_action(doc, sentence, clause, limit, actors)
        found.extend(action)
    return found


def _plain(text: str) -> str:
    """The sentence with spoken false starts blanked out ("champion- — championship",
    "I’m — I’m going"), keeping every character's offset."""
    if "—" not in text and "–" not in text:
        return text
    for pattern in (_CUT_OFF, _RESTART, _ASIDE):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _clauses(text: str) -> list[_Clause]:
    triggers = _triggers(text)
    clauses: list[_Clause] = []
    previous: _Clause | None = None
    for trigger in triggers:
        if trigger.object_actor is not None:
            clauses.append(_Clause(trigger, trigger.object_actor, trigger.start))
            continue
        floor = previous.trigger.verb if previous is not None else 0
        subject, start, relative = _subject_before(text, trigger.start, floor)
        subject = _clean_subject(subject)
        if not subject and not relative:
            # "..., and called for ...": the subject of the clause before, or of the sentence.
            if previous is not None:
                subject, relative = previous.subject, previous.relative
            else:
                subject = _leading_subject(text)
        clause = _Clause(trigger, subject, start, relative)
        clauses.append(clause)
        previous = clause
    return clauses


def _triggers(text: str) -> list[_Trigger]:
    found: dict[int, _Trigger] = {}
    lower = text.lower()

    def scan(pattern: re.Pattern[str], keys: tuple[str, ...]) -> list[re.Match[str]]:
        # A substring test first: the patterns are long alternations, slow to run everywhere.
        return list(pattern.finditer(text)) if any(k in lower for k in keys) else []

    def add(trigger: _Trigger) -> None:
        # Two patterns can claim one place ("is expected to", "expects X to"); the first wins.
        if not any(abs(t.start - trigger.start) < 3 for t in found.values()):
            found[trigger.start] = trigger

    for m in scan(_CALL_ON, _CALL_ON_KEYS):
        obj = m.group("obj").strip()
        first = obj.split()[0]
        if len(obj.split()) > 10 or not (first[:1].isupper() or first.lower() in _OBJECT_STARTS):
            continue
        if re.search(r"\b(?:the|a|an|most|more)\s+$", text[: m.start()], re.I):
            continue  # "the most direct threat to": an adjective, not a request
        if m.group("t").endswith("ing") and _PAST_PROGRESSIVE.search(text, 0, m.start()):
            continue  # "we were pushing states and encouraging them to": narrative past
        caller, _, relative = _subject_before(text, m.start())
        if relative and caller == "":
            continue  # "a step we’d encourage them to do": a relative clause
        lead = m.group("t").lower()
        kind: ActionKind = "expectation" if lead.startswith("expect") else "obligation"
        add(_Trigger(kind, m.start(), m.end(), object_actor=obj))
    for m in scan(_FUTURE, ("will", "ll", "shall", "won")):
        negated = bool(m.group("neg")) or m.group("t").lower().startswith("won")
        add(_Trigger("commitment", m.start(), m.end(), negated=negated))
    for m in scan(_WOULD, ("would",)):
        add(_Trigger("commitment", m.start(), m.end(), bool(m.group("neg")), would=True))
    for m in scan(_GOING, ("going",)):
        add(_Trigger("commitment", m.start(), m.end(), negated=bool(m.group("neg"))))
    for m in scan(_INTENT, _INTENT_KEYS):
        if _NOUN_BEFORE.search(text, 0, m.start()):
            continue  # "the President’s plan to keep our community safe": a noun
        lead = m.group("t").lower()
        kind = "expectation" if lead.startswith(("expect", "hope", "look")) else "commitment"
        if "expected" in lead or "forward" in lead:
            kind = "expectation"
        add(_Trigger(kind, m.start(), m.end()))
    for m in scan(_OBLIGATION, _OBLIGATION_KEYS):
        add(_Trigger("obligation", m.start(), m.end(), negated=bool(m.group("neg"))))
    for m in scan(_CALL_FOR, (" for ",)):
        if m.group("t").split()[0].lower().endswith("s"):
            caller, _, relative = _subject_before(text, m.start())
            if not _clean_subject(caller) and not relative:
                continue  # "But calls for a shift ... have fallen on deaf ears": a noun
        add(_Trigger("obligation", m.start(), m.start(), call_for=True))
    for m in scan(_PROMISED, ("promise", "pledge", "vow", "guarantee")):
        add(_Trigger("commitment", m.start(), m.end(), promise=True))
    for m in scan(_ON_TRACK, ("on track",)):
        add(_Trigger("scheduled", m.start(), m.end(), object_actor=m.group("obj")))
    for m in scan(_COMMITMENT, ("commitment",)):
        add(_Trigger("commitment", m.start(), m.end(), commitment_noun=True))
    ordered = [found[k] for k in sorted(found)]
    # "I'm going to have to refer you": one clause, whose verb phrase is the last one.
    kept: list[_Trigger] = []
    for trigger in ordered:
        if kept and not text[kept[-1].verb : trigger.start].strip(" ,"):
            kept[-1] = replace(kept[-1], verb=trigger.verb)
            continue
        if trigger.call_for and re.search(r"\bto\s+$", text[: trigger.start]):
            continue  # "reached out to ask for": the purpose of another verb
        kept.append(trigger)
    return kept


def _subject_before(text: str, end: int, floor: int = 0) -> tuple[str, int, bool]:
    """The subject noun phrase ending just before `end`: (text, start, is a relative clause).

    The search never goes back past `floor`, the previous clause's verb phrase: a subject
    found there belongs to that clause ("It hopes to ... and will try to ...")."""
    left = text[:end].rstrip(" ,")
    tokens = list(_TOKEN.finditer(left))
    start = stop = len(left)
    taken = 0
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i].group(0)
        lower = token.lower()
        if tokens[i].start() < floor:
            return "", start, False
        if "’" in lower or "'" in lower:
            lower = _CONTRACTION.sub("", lower)
        if token in _BOUNDARY_MARKS or token == "-" or taken >= 14:
            break
        if taken == 0 and (lower in _AUXILIARIES or lower in words.LEADING_ADVERBS):
            stop = tokens[i].start()
            continue  # "is committed to", "are so committed to": part of the trigger
        if taken == 0 and lower == "to":
            return "", start, True  # "to ask for": the purpose of another verb
        if lower in _EMBEDDING:
            return "", start, True  # "one reason why we are committed to": not a statement
        if lower in words.CLAUSE_WORDS:
            if lower in {"who", "which", "that"} and taken == 0:
                return _relative_subject(text, tokens, i)
            before = tokens[i - 1].group(0) if i > 0 else ""
            if lower == "that" and before.lower() not in _COMPLEMENT_HEADS:
                if before and before not in _BOUNDARY_MARKS:
                    return "", start, True  # "the order that the president will sign"
            if lower in {"as", "than"} and taken > 0:
                return "", start, True  # "as a reliable member of NATO should behave"
            break
        if lower in words.REPORTING_VERBS and taken > 0:
            break
        if lower in {"and", "or"} and _has_finite_verb(tokens, i):
            break
        if taken > 0 and token.islower() and lower.endswith("ed") and len(lower) > 4:
            break  # "the secretary general raised the need to": a verb, not the subject
        if taken > 0 and lower in _PRONOUNS:
            break
        start = tokens[i].start()
        taken += 1
        if lower in _PRONOUNS:
            before = tokens[i - 1].group(0).lower() if i > 0 else ""
            if before in _EMBEDDING or before in {"who", "whom", "which", "whether", "if"}:
                return "", start, True  # "one reason why we are committed to"
            if (
                before in words.THING_NOUNS
                or before in words.AGENT_NOUNS
                or _noun_after_article(tokens, i - 1)
            ):
                return "", start, True  # "a range of steps we need to engage with"
            if before == "that" and i > 1:
                head = tokens[i - 2].group(0).lower()
                if head not in _COMPLEMENT_HEADS and head not in _BOUNDARY_MARKS:
                    return "", start, True  # "a signal ... that we're not going to fatigue"
            break  # a pronoun is the whole subject: "the forces it needs to"
    return left[start:stop].strip(), start, False


def _noun_after_article(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether tokens[index] is a noun with an article or possessive just before it ("an
    assessment", "the steps"), so that a pronoun after it opens a relative clause."""
    if index < 1:
        return False
    word = tokens[index].group(0)
    if not word.isalpha() or not word.islower() or word in _NOT_NOUNS:
        return False
    for j in range(index - 1, max(-1, index - 3), -1):
        previous = tokens[j].group(0).lower()
        if previous in _ARTICLES:
            return True
        if not previous.isalpha() or previous in _NOT_NOUNS:
            return False
    return False


def _relative_subject(text: str, tokens: list[re.Match[str]], index: int) -> tuple[str, int, bool]:
    """The antecedent of "who"/"which"/"that" as a subject ("Julie Su, who will speak")."""
    if tokens[index].group(0).lower() != "who":
        return "", tokens[index].start(), True
    subject, start, _ = _subject_before(text, tokens[index].start())
    return subject, start, False


def _has_finite_verb(tokens: list[re.Match[str]], index: int) -> bool:
    # "... is to protect the lives of citizens and the agencies committed to ..." : the "and"
    # joins clauses, not names, when the words before it already hold a verb.
    for j in range(index - 1, max(-1, index - 25), -1):
        token = tokens[j].group(0)
        lower = token.lower()
        if token == "," and j == index - 1:
            continue
        if token in _BOUNDARY_MARKS or lower in words.REPORTING_VERBS or lower == "that":
            return False
        if lower in _FINITE:
            return True
        if lower.endswith("ed") and token.islower() and j > 0 and len(lower) > 4:
            return True
    return False


def _leading_subject(text: str) -> str:
    """The subject at the start of a sentence, for a clause that leaves it out."""
    body = text.lstrip(" “\"'")
    adverbial = re.match(
        r"(?:In|On|At|During|After|Since|Under|With|For|To|As|Next|Today|Last)\b"
        r"[^,]{0,60},\s*",
        body,
    )
    if adverbial:
        body = body[adverbial.end() :]
    taken: list[str] = []
    for m in _TOKEN.finditer(body):
        token = m.group(0)
        lower = token.lower()
        if token in _BOUNDARY_MARKS or len(taken) > 10:
            break
        if token.islower() and (
            lower.endswith(("ed", "ly"))
            or lower in _FINITE
            or lower in words.REPORTING_VERBS
            or lower in words.LEADING_ADVERBS
            or lower in words.BASE_VERBS
            or lower in words.NON_ACTION_VERBS
            or lower[:-1] in words.BASE_VERBS
            or lower[:-1] in words.NON_ACTION_VERBS
            or lower.endswith("s")
            and lower[:-1] in _SAYING
        ):
            break
        taken.append(token)
    return " ".join(taken)


def _clause_action(
    doc: Document, sentence: Sentence, clause: _Clause, limit: int, actors: Actors
) -> list[Action]:
    trigger = clause.trigger
    text = _plain(sentence.text)
    subject = _clean_subject(clause.subject)
    if clause.relative or not subject or subject.lower() in {"you", "you all", "you guys"}:
        return []
    vp_end = _vp_end(text, trigger.verb, limit)
    if text[vp_end : vp_end + 1] == "?":
        return []  # "Are we going to get repaid?"
    if _conditional(text, clause, vp_end):
        return []  # "If this is proven ..., it would be ...": a hypothetical
    if trigger.would and not _reported(text[: clause.subject_start]):
        return []
    raw = text[trigger.verb : vp_end]
    phrase = _ATTRIBUTION.sub("", raw)
    if trigger.call_for:
        phrase = "call for " + re.sub(r"^\S+\s+for\s+", "", phrase.strip())
    elif trigger.promise:
        phrase = "deliver " + phrase.strip()
    if trigger.commitment_noun and phrase.split()[0].lower() not in words.BASE_VERBS:
        return []  # "commitment to Israel's security", "commitment to creating": a stance
    cleaned = _verb_phrase(phrase)
    if cleaned is None:
        return []
    phrase = cleaned
    if _GAPPED.match(phrase):
        return []  # "the top issue they asked us to act on was ...": a relative clause
    verb = _head_verb(phrase)
    appointment = False
    if verb == "be":
        # "will be the counterpart for ...": an appointment; any other "be" is a state.
        rest = phrase.split()[1:]
        # "will be at Camp David", "will be in Warsaw": where someone will be, a schedule.
        visit = (
            len(rest) > 1
            and rest[0].lower() in {"at", "in"}
            and rest[1][:1].isupper()
            and trigger.kind == "commitment"
            and (
                _is_name(subject)
                or subject.lower() in {"he", "she", "they", "i", "we"}
                or _head(subject) in words.AGENT_NOUNS
            )
        )
        appointment = visit or (
            bool(rest)
            and rest[0].lower() in {"the", "a", "an"}
            and (len(rest) < 2 or rest[1].lower() not in _SUPERLATIVES)
            and trigger.kind == "commitment"
            and not trigger.commitment_noun
            and _is_name(subject)
        )
        if not appointment:
            return []
    elif verb in words.NON_ACTION_VERBS and not _GET_DONE.match(phrase):
        return []
    if subject.lower().startswith("no "):
        subject, phrase = subject[3:], "not " + phrase
    elif trigger.negated or phrase.startswith(("no longer ", "never ")):
        if trigger.kind == "commitment" and verb not in words.BASE_VERBS:
            return []  # "Putin is not going to outlast us": a prediction, not a pledge
        if re.match(r"\s*(?:no longer |never )?(?:simply|just|only|merely)\b", raw):
            return []  # "we're not going to simply arrest our last person": rhetoric
        if "able to" in text[trigger.verb : vp_end] or phrase.startswith(("no longer", "never")):
            return []  # "We will no longer be able to provide": a consequence, not a pledge
        phrase = "not " + phrase
    speech = actors.speech(sentence, trigger.start)
    if trigger.commitment_noun:
        # Whose commitment: "the U.S. commitment to", else the clause's subject ("Mexico and
        # the United States reaffirmed their commitment to").
        subject = _commitment_owner(text[: trigger.start]) or _leading_subject(text)
    if subject.lower() not in words.PERSON_PRONOUNS and not _is_agent(subject, actors.names):
        # "G7 leaders have committed that the assets will remain immobilized": the ones who
        # committed act, to ensure the rest.
        pledge = _PLEDGED_THAT.search(text[: clause.subject_start])
        if pledge is None:
            return []
        pledger, _, relative = _subject_before(text, pledge.start())
        pledger = _clean_subject(pledger)
        if relative or not pledger or not _is_agent(pledger, actors.names):
            return []
        thing = subject[0].lower() + subject[1:] if subject.startswith("The ") else subject
        subject, phrase = pledger, f"ensure {thing} {phrase}"
    actor = actors.actor(subject, sentence, speech, trigger.start)
    if _briefing_room_talk(
        doc, sentence, speech, subject, actor, verb, phrase, actors.participants
    ):
        return []
    kind = trigger.kind
    if kind == "commitment" and _EXPECTING.search(text[: clause.subject_start]):
        kind = "expectation"
    event = verb in words.EVENT_VERBS and (verb != "hold" or _HELD_EVENT.match(phrase))
    if verb in words.TIMED_EVENT_VERBS or trigger.promise:
        event = event and not trigger.promise and bool(_when(text, clause, vp_end, doc.date))
    if kind == "commitment" and (appointment or event):
        kind = "scheduled"
    return [
        _action(doc, sentence, actor, part, kind, clause, vp_end)
        for part in _split_coordination(phrase)
    ]


def _conditional(text: str, clause: _Clause, vp_end: int) -> bool:
    """Whether a clause is a hypothetical: "If this is proven ..., it would be", "we will act
    if ...", "ready to respond ... should Russia choose to". A condition inside a relative
    clause of the verb phrase ("any response that is necessary should Putin decide to") is
    that clause's, not the pledge's."""
    if _CONDITION.search(text, 0, clause.trigger.verb):
        return True
    if _CONDITION.match(text[vp_end:].lstrip(" ,")):
        return True
    inside = _CONDITION.search(text, clause.trigger.verb, vp_end)
    if inside is None:
        return False
    return not re.search(r"\b(?:that|which|who)\b", text[clause.trigger.verb : inside.start()])


def _head_verb(phrase: str) -> str:
    """The verb that says what is done: "continue to be steadfast" -> "be"."""
    tokens = [t.lower().strip(",.") for t in phrase.split()]
    if tokens and tokens[0] == "not":
        tokens = tokens[1:]
    while len(tokens) > 1 and (
        tokens[0] in {"continue", "keep"} or tokens[0] == "try" and tokens[1] == "to"
    ):
        tokens = tokens[2:] if tokens[1] in {"to", "on"} else tokens[1:]
    if tokens and tokens[0].endswith("ing") and len(tokens[0]) > 4:
        return _base_form(tokens[0])
    if tokens[:1] == ["have"] and _IDIOMS.match(" ".join(tokens)):
        return "support"
    return tokens[0] if tokens else ""


def _action(
    doc: Document,
    sentence: Sentence,
    actor: str | None,
    phrase: str,
    kind: ActionKind,
    clause: _Clause,
    vp_end: int,
) -> Action:
    when = None
    date = None
    found = _when(sentence.text, clause, vp_end, doc.date)
    if found:
        when, date = found[0].text, found[0].date
        tail = re.compile(r",?\s*" + re.escape(found[0].text) + r"\s*$", re.I)
        if len(phrase) > len(found[0].text) + 3:
            phrase = tail.sub("", phrase)
    return Action(
        text=sentence.text,
        actor=actor,
        action=phrase,
        when=when,
        sentence=sentence.id,
        kind=kind,
        date=date,
    )


def _when(text: str, clause: _Clause, vp_end: int, today: str | None) -> list[When]:
    """The time expression of a clause: in its verb phrase, or fronted before its subject
    ("Next week, NATO will hold ...", "On Tuesday, the president will ...")."""
    found = find_all(text[:vp_end], today)
    inside = [w for w in found if w.start >= clause.trigger.verb]
    if inside:
        return inside
    fronted = [
        w
        for w in found
        if w.end <= clause.subject_start
        and re.fullmatch(r"[\s,“\"]*(?:[A-Z][^,]{0,40},\s*)?", text[w.end : clause.subject_start])
    ]
    return fronted[-1:]


def _reported(left: str) -> bool:
    """Whether a "would" clause is reported future ("He said the U.S. would send ...")."""
    tail = left.split()[-12:]
    return any(
        w.lower().strip(",")
        in {
            "said",
            "announced",
            "confirmed",
            "pledged",
            "promised",
            "vowed",
            "added",
            "noted",
            "stated",
        }
        for w in tail
    )


def _vp_end(text: str, start: int, limit: int) -> int:
    m = _VP_END.search(text, start, limit)
    end = m.start() if m else limit
    # "announce its budget on Monday, and many commentators believe ...": a new clause.
    for joint in _CLAUSE_JOINT.finditer(text, start, end):
        if any(w.lower() in words.REPORTING_VERBS for w in joint.group(1).split()):
            return joint.start()
    return end


def _clean_subject(subject: str) -> str:
    subject = subject.strip(" ,“”\"'’‘*_")
    if _CONTRACTION.sub("", subject.lower()) in _PRONOUNS:
        subject = _CONTRACTION.sub("", subject)  # "they’ve committed to"
    subject = re.sub(
        r"^(?:(?:and|but|so|then|now|also|look|well|okay|yes|yeah|i mean|you know)"
        r"\b[\s,]*)+",
        "",
        subject,
        flags=re.I,
    )
    for when in reversed(find_all(subject)):
        if when.start == 0:
            subject = subject[when.end :].lstrip(" ,")
    return subject.strip(" ,")


def _verb_phrase(phrase: str) -> str | None:
    """The cleaned verb phrase: leading adverbs and "have to" dropped, a gerund in its base
    form, no dangling "and"/"to" left by a cut; None if it does not start with a verb."""
    tokens = re.sub(r"^\s*(?:of course|as well|in turn|in fact),?\s+", "", phrase).split()
    while tokens and (
        tokens[0].lower().strip(",") in words.LEADING_ADVERBS
        or tokens[0].lower().endswith("ly")
        and len(tokens) > 1
        and tokens[0].lower() not in {"apply", "rely", "supply", "comply", "reply", "fly", "rally"}
        or tokens[0].lower() in {"to", "have", "has", "got"}
        and len(tokens) > 1
        and tokens[1].lower() == "to"
        or tokens[0].lower() == "to"
    ):
        tokens = tokens[2:] if len(tokens) > 1 and tokens[1].lower() == "to" else tokens[1:]
    while tokens and tokens[-1].lower().strip(",.") in _DANGLING:
        tokens.pop()
    if not tokens:
        return None
    first = tokens[0].lower()
    progressive = _progressive(tokens)
    if progressive:
        tokens = [_base_form(tokens[progressive]), *tokens[progressive + 1 :]]
    elif first.endswith("ing") and len(first) > 4 and first not in {"bring", "sing"}:
        tokens = [_base_form(first), *tokens[1:]]  # "look forward to working" -> "work"
    if [t.lower() for t in tokens[:3]] == ["be", "able", "to"]:
        tokens = tokens[3:]
    first = tokens[0].lower().strip(",.;:") if tokens else ""
    if not first or first in words.NOT_VERB_STARTS - {"be", "not"} or not first[0].isalpha():
        return None
    if tokens[0][0].isupper() and first not in words.BASE_VERBS:
        return None
    if len(tokens) < 2 and first not in _WHOLE_DEEDS:
        return None  # "which we encourage them to do", "who are going to work": no deed named
    if first == "do" and tokens[1].lower().strip(",.") in {"that", "this", "it", "the"}:
        return None  # "encouraged them to do that in February": the action is elsewhere
    phrase = " ".join(tokens).strip(" ,;")
    return phrase if _ABBREVIATION_END.search(phrase) else phrase.rstrip(".")


def _progressive(tokens: list[str]) -> int:
    """Where the -ing verb is in "be lifting that up", "be over there really showing ...";
    0 when the phrase is not a progressive."""
    if not tokens or tokens[0].lower() != "be":
        return 0
    for i, token in enumerate(tokens[1:5], start=1):
        lower = token.lower().strip(",")
        if lower.endswith("ing") and len(lower) > 4 and lower not in {"something", "nothing"}:
            # "be lifting that up" is a deed; "be shining stars" is not a known verb's doing.
            known = words.BASE_VERBS | words.EVENT_VERBS
            return i if _base_form(lower) in known else 0
        if lower not in _PROGRESSIVE_FILLERS and not lower.endswith("ly"):
            return 0
    return 0


def _base_form(gerund: str) -> str:
    """The base form of an -ing verb: from the word lists, else by English spelling rules."""
    stem = gerund.lower().strip(",.")[:-3]
    known = words.BASE_VERBS | words.EVENT_VERBS | words.NON_ACTION_VERBS
    for candidate in (stem, stem + "e", stem[:-1]):
        if candidate in known:
            return candidate
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "sz":
        return stem[:-1]  # "submitting" -> "submit"
    if _SILENT_E.search(stem):
        return stem + "e"  # "welcoming" -> "welcome", "producing" -> "produce"
    return stem


def _split_coordination(phrase: str) -> list[str]:
    """ "submit the protocol to the assembly and work with it" -> two verb phrases.

    Splits only before a known verb that goes on like a verb ("work with", "keep the"), and
    not once an infinitive ("efforts to prosecute X, dismantle Y") has begun, since its
    coordinated verbs belong to it."""
    tokens = phrase.split()
    parts: list[list[str]] = [[]]
    infinitive = False
    for i, token in enumerate(tokens):
        lower = token.lower().strip(",")
        prev = tokens[i - 1].lower() if i else ""
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        joins = prev in {"and", "or"} or (prev.endswith(",") and prev != "and,")
        if (
            i > 1
            and not infinitive
            and joins
            and lower in words.BASE_VERBS
            and (after in _OBJECT_LEADS or after.endswith("ly"))
            and len(parts[-1]) > 2
        ):
            if prev in {"and", "or"}:
                parts[-1].pop()
            parts.append([])
        if prev == "to" and (lower in words.BASE_VERBS or lower in words.LEADING_ADVERBS):
            infinitive = True
        parts[-1].append(token)
    return [" ".join(p).strip(" ,;") for p in parts if p]


def _is_name(subject: str) -> bool:
    return sum(1 for w in subject.split() if w[:1].isupper()) >= 2


def _head(subject: str) -> str:
    core = re.split(
        r"\s+(?:of|in|from|for|with|at|on|who|that|about|to|by|under|over|after|before|against|"
        r"during|into|through|like|including|having|being)\s+",
        subject,
        maxsplit=1,
    )[0]
    parts = core.split()
    if not parts:
        return ""
    return re.sub(r"[’']s$", "", parts[-1].lower()).strip(",.’'")


def _is_agent(subject: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a noun phrase can act: a person, office, government, group or named body.

    `names` are the capitalised words the document uses inside sentences: a capital that is
    only there because a sentence starts with it ("Workforce reform will ...") names nothing."""
    lower = subject.lower()
    tokens = lower.split()
    if not tokens:
        return False
    if lower in words.PERSON_PRONOUNS - {"you"}:
        return True
    if tokens[0] in words.THING_PRONOUNS or len(tokens) > 12:
        return False
    head = _head(subject)
    if head in words.THING_NOUNS:
        return False
    if head in words.AGENT_NOUNS or head.rstrip("s") in words.AGENT_NOUNS:
        return True
    possessed = re.search(r"[’']s\s+(?:\w+\s+)*?([a-z]+)$", subject.split(" of ")[0])
    if possessed:
        # "Rosneft's purchase" is a thing; "Biden's team" are people.
        return possessed.group(1) in words.AGENT_NOUNS or head.endswith(("ers", "ors"))
    content = [w.strip(",.’'") for w in subject.split()]
    if any(_proper(w, names) for w in content if w.lower() not in {"the", "a", "an", "and", "of"}):
        return True
    if head.endswith(("ers", "ors", "ists", "ians", "ants")):
        return True
    # A people named by a capitalised plural: "Americans should get vaccinated".
    return subject.split()[-1][:1].isupper() and head.endswith(("ans", "ese", "ish"))


def _proper(word: str, names: frozenset[str]) -> bool:
    if not word[:1].isupper():
        return False
    return word in names or (word.isupper() and len(word) > 1) or "." in word


def _commitment_owner(left: str) -> str | None:
    """Whose commitment: "the U.S." in "stressed the U.S. commitment to ..."."""
    m = re.search(
        r"([A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*)(?:[’']s)?\s+(?:\w+\s+)?$", left
    )
    if m and not m.group(1).lower().startswith(("the ", "in ")) and m.group(1) != "The":
        return m.group(1)
    return None


def _briefing_room_talk(
    doc: Document,
    sentence: Sentence,
    speech: Voice | None,
    subject: str,
    actor: str,
    verb: str,
    phrase: str,
    participants: set[str],
) -> bool:
    """Talk about the briefing itself by someone in the room: "I'm going to hand it over",
    "Julie Su, who will speak more about ...", "we'll take one or two questions"."""
    if doc.kind != "transcript" or speech is not None:
        return False
    room_words = _ROOM_WORDS.search(phrase.partition(" ")[2])  # "give you a week ahead"
    speaker_acts = subject.lower() == "i" or actor in participants
    if speaker_acts and (verb in words.BRIEFING_ROOM_VERBS or room_words):
        return True
    if speaker_acts and phrase.startswith("not "):
        return True  # "I'm not going to build on what the President said"
    if subject.lower() == "we" and verb in words.BRIEFING_ROOM_VERBS and " " not in phrase:
        return True  # "We'll proceed, but —"
    if subject.lower() == "we" and (room_words or verb in {"sit", "land", "try", "wrap"}):
        return True  # "we'll try this again", "we have to sit down now"
    return bool(room_words) and verb in words.BRIEFING_ROOM_VERBS | {"have", "send"}


def _merge(found: list[Action]) -> list[Action]:
    """Drops an item that repeats an earlier one: same actor, (nearly) the same action."""
    kept: list[Action] = []
    for action in found:
        terms = _content(action.action)
        duplicate = False
        for i, earlier in enumerate(kept):
            if (earlier.actor or "").lower() != (action.actor or "").lower():
                continue
            other = _content(earlier.action)
            overlap = len(terms & other) / max(1, min(len(terms), len(other)))
            if overlap >= 0.8:
                duplicate = True
                if earlier.when is None and action.when is not None:
                    kept[i] = replace(earlier, when=action.when, date=action.date)
                break
        if not duplicate:
            kept.append(action)
    return kept


def _content(phrase: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", phrase.lower()) if len(w) > 2} - {
        "the", "and", "for", "with", "that", "this", "our", "their", "its", "not",
    }  # fmt: skip
