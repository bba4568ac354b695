"""The action's own words: the verb phrase cut and cleaned, passives turned, the item built."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefcli.actions.clauses import Clause
from briefcli.actions.tense import when_of
from briefcli.actions.triggers import Trigger
from briefcli.actions.verbs import base_form
from briefcli.lexicon import actions as words
from briefcli.lexicon import commitments
from briefcli.model import Action, ActionKind, Sentence
from briefcli.text.document import Document

GAPPED = re.compile(r"\S+(?:\s+\S+)?\s+(?:is|was|are|were)\b")
ATTRIBUTION = re.compile(
    r",?\s*(?:he|she|they|the\s+\w+(?:\s+\w+)?|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s+"
    r"(?:said|says|added|noted|stressed|explained|told\s+\w+|(?:has\s+|have\s+)?"
    r"(?:announced|confirmed))\s*[.,]?\s*$"
)
# A verb phrase ends at these: a new clause, a quote, an aside.
_VP_END = re.compile(
    # (not a sum's conversion in brackets: "$100m (£52m) over the next three years")
    r"[;?!“”\"\[]|\((?![£$€¥]|[A-Z]{1,3}\$|\d)|:(?!\d)|\s[—–]|[—–]\s|,\s+(?:but|while|which|who|whereas|although|though)\b|"
    r",\s+(?:and|but|so)\s+(?:I|we|he|she|they|you|it)\b|"
    # "travel to Japan next week, where he will meet ...", "The review, to be led by Dr
    # Smith, will report ...": a clause of its own, or the main clause going on
    r",\s+where\b|,\s+(?:will|would|must|should|shall|is|are|was|were)\b|"
    # "should first contact the airline, and can then complain ... if": its own modal, a new one
    r",\s+(?:and|but)\s+(?:can|could|may|might|will|would|must|should|shall)\b|"
    # "the iron laws of arithmetic and we have not been able to": a pronoun subject opens one
    r"\s(?:and|but)(?:\s+so|\s+then)?\s+(?:I|we|he|she|they)\s+(?!(?:and|or)\b)|"
    # "needs to keep modernising and that's why at our recent National Conference we ...":
    r"\s(?:and|but|so)\s+(?:that|this|it)[’']s\b|"
    # ("see if Russia is willing", "find out if": whether, part of the phrase)
    # (the lookaheads first: a lookbehind that opens an alternative is tried at every place)
    r"\s(?:because|unless|whereas)\b|(?=,?\s+if\b)(?<!\bsee)(?<!\bask)(?<!\bknow)(?<!\bout)"
    r"(?<!\bcheck)(?<!\btest)(?<!\bassess)(?<!\bdetermine),?\s+if\b|"
    r"(?=\.)(?<!\.[a-zA-Z])\.\s*$"
)
# "get vaccinated", "get tested": to get is, here, to do.
GET_DONE = re.compile(
    r"get\s+(?:\w+\s+){0,3}?(?:done|\w+ed)\b|get\s+under\s*way\b|"
    r"get\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(words.GOTTEN_CARE)) + r")\b|"
    r"get\s+(?!back\b)(?:[\w$,-]+\s+){1,5}?to\s+(?:[a-z]+|[A-Z]\w+)"  # "get 500 polluters to pay
    # the price", "get this information to Australians"
)
# "hold a meeting" is an event; "hold Russia accountable" is not.
HELD_EVENT = re.compile(
    r"hold\s+(?:\S+\s+){0,4}?(?:meeting|meetings|exercise|summit|talks|call|conference|"
    r"event|session|hearing|vote|election|briefing|rally|ceremony|dialogue|consultations|"
    r"reception|forum|roundtable)\b",
    re.I,
)
_CLAUSE_JOINT = re.compile(r",\s+(?:and|but|while|as)\s+((?:\S+\s+){1,6}\S+)")
STARTS = words.word_set("begin start commence finish resume")
DEEDS = words.BASE_VERBS | words.EVENT_VERBS | commitments.MORE_DEEDS
SUPERLATIVES = words.word_set("most best first only last biggest greatest strongest largest")
NOMINAL = re.compile(
    r"\s*the\s+(" + "|".join(commitments.NOMINALIZATIONS) + r")\s+of\s+(?=[a-z])", re.I
)
CHANCE = re.compile(
    r"^have\s+(?:a|an|the)\s+(?:\w+\s+)?(?:chance|opportunity)\s+(?:[^,;:]{1,40}?\s+)?to\s+", re.I
)
# Having something done by a time: "State and Territories will have capital city strategic
# plans by 2012", "will have the new system in place" (a deliverable, not a possession), or
# people put to work.
HAVE_DONE = re.compile(
    r"^have\s+(?!to\b)\S.*?\s(?:in\s+place|up\s+and\s+running|ready|on\s+from|on\s+standby|"
    # (people put to work: "we'll have an extra 40 officers out doing door-to-door inspections")
    r"out\s+(?:doing|knocking|checking|patrolling|inspecting)\b|"
    r"on\s+(?:duty|patrol|the\s+ground|site|hand)\b(?=.*\b(?:from|starting|until|by|next|this|"
    r"tomorrow|tonight|on\s+[A-Z]))|"  # "we'll have 12 more units on duty from Saturday"
    r"by\s+(?:the\s+end\s+of\s+)?"
    r"(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|next|mid|early|late))\b"
)
# An announcement to come on a named topic: "We'll have some things to say in coming days about
# working with the industry", "we'll have more to say on the list of projects on Friday" (not "more
# to say on that", nor "more to say on Thursday": the room's deferral, with no topic).
MORE_TO_SAY = re.compile(
    r"^have\s+(?:some\s+(?:more\s+)?things|something|more|much\s+more|a\s+(?:bit|lot)\s+more)\s+"
    r"to\s+say\b[^.;:?!]*?\s(?:about|on)\s+(?!(?:that|this|it|them|those|these)\b)"
    r"(?:the\s+|our\s+|its\s+|their\s+)?(?=[a-z])"
)
# The speaker's own speech: "make a statement", "deliver my remarks".
OWN_SPEECH = re.compile(
    r"(?:(?:now|also|just|briefly)\s+)?(?:make|deliver|give)\s+(?:a|this|my|these|some)\s+"
    r"(?:brief\s+|few\s+)?(?:statement|remarks|words)\b"
)
# A role someone takes: "take the roles of Special Minister of State", "assist Tony Burke as
# his Parliamentary Secretary", "support Anthony Albanese as Minister for Regional Australia".
ROLE = re.compile(
    r"^(?:take|assume|take\s+up)\s+(?:on\s+)?the\s+(?:roles?|portfolios?|position|post)\s+of\b|"
    r"\bas\s+(?:his|her|their|the|a|an|junior|senior)?\s*(?:[A-Z][a-z]+\s+)*"
    r"(?:Minister|Secretary|Ministers|Ambassador|Envoy|Coordinator|Chair|Director)\b"
)
# A trip: "leave for Copenhagen", "follow her to Copenhagen", "travel to", "go to", "head to".
TRIP = re.compile(
    r"(?:leave\s+for|depart\s+for|follow\s+\w+\s+to|go\s+to|travel\s+to|head\s+to|fly\s+to|"
    r"return\s+to)\s+(?:the\s+)?[A-Z]"
)
GOING_PLACE = re.compile(r"(?:(?:is|are|am)|[’'](?:s|re|m))\s+going\s+to\s+[A-Z]")
MEETING_AHEAD = re.compile(
    r"(?:an?|the|our|further|more)\s+(?:\w+\s+){0,2}(?:discussions?|meetings?|conversations?|"
    r"talks|dialogue|consultations?|call)\s+with\b"
)
# What a project or a policy does to the economy: "help (to) stimulate growth", "help boost".
EFFECT = re.compile(
    r"help\s+(?:to\s+)?(?:" + "|".join(sorted(commitments.EFFECT_VERBS)) + r")\b|(?:"
    + "|".join(sorted(commitments.EFFECT_PHRASES))
    + r")\b"
)
NEW_EVENT = re.compile(
    r"(?:the\s+)?(?:next|first|inaugural|new|second|third|fourth|final|annual|an?)\b", re.I
)
BOUND = re.compile(
    r"\s*be\s+(" + "|".join(commitments.BOUND_PARTICIPLES) + r")\s+to\s+"
    # (not "be invited to a panel interview": an event one is asked to, in the passive)
    r"(?!(?:a|an|the|their|his|her|its|our|this|these)\s)(?=[a-z])",
    re.I,
)
# What may follow a verb whose object is the noun before its relative clause ("the statement
# that we will issue", "a meeting I'll convene on Monday to ..."): nothing, or an adverbial.
_AFTER_GAPPED_VERB = words.word_set(
    "on in at to for from with by as during before after later soon today tomorrow tonight "
    "next this officially formally shortly together jointly also"
)


def with_object_of(phrase: str, antecedent: str) -> str | None:
    """The verb phrase of an object relative clause with its object put back after the verb
    ("be sending officially to X" + "correspondence" -> "be sending correspondence officially
    to X"); None when the verb is not a deed, already has an object, or strands a
    preposition ("a range of steps we need to engage with")."""
    tokens = phrase.split()
    for i, token in enumerate(tokens[:5]):
        lower = token.lower().strip(",")
        base = base_form(lower) if lower.endswith("ing") and len(lower) > 4 else lower
        if base in DEEDS and base not in words.NON_ACTION_VERBS and base != "do":
            rest = tokens[i + 1 :]
            if rest and rest[-1].lower().strip(",.") in _AFTER_GAPPED_VERB - {"together",
                                                                             "also", "today"}:
                return None  # fmt: skip
            after = rest[0].lower().strip(",.") if rest else ""
            if rest and after not in _AFTER_GAPPED_VERB and not after.endswith("ly"):
                return None
            return " ".join([*tokens[: i + 1], antecedent, *rest])
        if lower not in words.LEADING_ADVERBS and lower not in {"be", "to", "have", "not"}:
            return None
    return None


def raw_start(text: str, trigger: Trigger) -> str:
    """The words just after a trigger, where "always" or "never" makes a rule generic."""
    return text[trigger.verb : trigger.verb + 20]


def is_deed(phrase: str) -> bool:
    """Whether what follows a commitment noun's "to" is a deed ("to transmit the protocol"),
    not a noun ("commitment to democracy") or a gerund ("commitment to creating")."""
    tokens = phrase.split()
    first = tokens[0].lower().strip(",") if tokens else ""
    if first in words.LEADING_ADVERBS and len(tokens) > 1:
        first = tokens[1].lower().strip(",")
    return first in DEEDS


def passive_parts(phrase: str) -> tuple[str, str, str | None] | None:
    """A passive "be <participle> ...": (the verb's base form, the rest, the agent after
    "by" if one is named), or None when "be" is followed by no deed's participle."""
    tokens = phrase.split()
    i = 1
    while i < len(tokens) - 1 and tokens[i].lower() in words.LEADING_ADVERBS | {"independently",
                                                                              "fully", "jointly"}:
        i += 1  # fmt: skip
    if len(tokens) <= i:
        return None
    participle = tokens[i].lower().strip(",.")
    base = _participle_base(participle)
    if base is None:
        return None
    rest = tokens[i + 1 :]
    agent = None
    if len(rest) > 1 and rest[0].lower() == "by" and (
        rest[1][:1].isupper() or rest[1].lower() in {"the", "an", "a", "two", "three", "state"}
        # a role before a name: "will be played by understudy Joey Collins"
        or len(rest) > 2 and rest[1].isalpha() and rest[1].islower() and rest[2][:1].isupper()
    ) and not re.match(r"(?:\d|January|February|March|April|May|June|July|August|September|"
                       r"October|November|December|the\s+end)\b", " ".join(rest[1:3])):  # fmt: skip
        words_after = " ".join(rest[1:])
        m = re.match(r"(.+?)(?=\s+(?:in|on|at|from|to|for|as|next|this|during|until|before|"
                     r"after|over|with|through|within)\b|[,;]|$)", words_after)  # fmt: skip
        if m:
            agent = m.group(1)
            rest = words_after[m.end() :].split()
    return base, " ".join(rest), agent


def _participle_base(word: str) -> str | None:
    """The base form of a deed's past participle ("introduced" -> "introduce", "taken" ->
    "take"), or None when the word is not one ("able", "pleased" as a state)."""
    known = words.BASE_VERBS | words.EVENT_VERBS | commitments.MORE_DEEDS
    if word in commitments.IRREGULAR_PARTICIPLES:
        return commitments.IRREGULAR_PARTICIPLES[word]
    if not word.endswith("ed") or len(word) < 5:
        return None
    if word.endswith("ied") and word[:-3] + "y" in known:
        return word[:-3] + "y"
    for candidate in (word[:-2], word[:-1], word[:-3]):
        if candidate in known:
            return candidate
    return None


def participle_base(word: str) -> str | None:
    """The base form of a deed's past participle, "set up" for "set up"; None for no deed's."""
    if word.startswith("set "):
        return "set up"
    return _participle_base(word.lower())


def build_action(
    doc: Document,
    sentence: Sentence,
    actor: str | None,
    phrase: str,
    kind: ActionKind,
    clause: Clause,
    vp_end: int,
    parts: Sequence[str] = (),
    by: str | None = None,
) -> Action:
    when = None
    date = None
    found = when_of(sentence.text, clause, vp_end, doc.date)
    written = found[0].text.lower() if found else ""
    if found and written not in phrase.lower() and any(written in p.lower() for p in parts):
        found = []  # "reach the goal of ending AIDS by 2030, work to ...": the first part's time
    if found:
        when, date = found[0].text, found[0].date
        tail = re.compile(r",?\s*" + re.escape(found[0].text) + r"\s*$", re.I)
        if len(phrase) > len(found[0].text) + 3:
            phrase = tail.sub("", phrase)
            phrase = re.sub(r"\s+(?:from|on|in|at|by|until|between|for)$", "", phrase)  # "from"
    return Action(
        text=sentence.text,
        actor=actor,
        action=phrase,
        when=when,
        sentence=sentence.id,
        kind=kind,
        date=date,
        by=by,
    )


# A conjunction just before the next clause's subject, where the verb phrase was cut.
_JOINED_AT_END = re.compile(r",?\s(?:and|but|so)(?:\s+so|\s+then)?\s*$")


# A subordinating word left at the end of a verb phrase, the next clause's subject after it.
_SUBORDINATOR_AT_END = re.compile(
    r",?\s+(?:" + "|".join(sorted(words.SUBORDINATORS)) + r")\s*$", re.I
)


_CONNECTIVE_AT_END = re.compile(
    r"(?:,?\s+(?:and|but|or)|,\s+then)(?:,?\s+(?:of\s+course|then|also|frankly|indeed|"
    r"obviously|clearly))*,?\s*$",
    re.I,
)


def verb_phrase_end(text: str, start: int, limit: int) -> int:
    m = _VP_END.search(text, start, limit)
    end = m.start() if m else limit
    for dangling_end in (_SUBORDINATOR_AT_END, _CONNECTIVE_AT_END):
        if (dangling := dangling_end.search(text, start, end)) is not None:
            # "continue to support Ukraine until | Russia is ready", "deliver it on 1 July and
            # of course | I'll be explaining": the words that open the next clause are its own
            end = dangling.start()
    if m is None and (joined := _JOINED_AT_END.search(text, start, limit)) is not None:
        end = joined.start()  # "... adapt to that change and so | we are providing": its own
    # "announce its budget on Monday, and many commentators believe ...": a new clause.
    for joint in _CLAUSE_JOINT.finditer(text, start, end):
        if any(w.lower() in words.REPORTING_VERBS for w in joint.group(1).split()):
            return joint.start()
    return end


# A subject said first, then taken up by a pronoun: "The first tunnel boring machine, it'll be
# launched" (speech); a determiner opens it.
DISLOCATED = re.compile(
    r"^\s*((?:the|this|that|these|those|our|every|each)\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+),\s*$",
    re.I,
)
# A deed named as a noun after "scheduled for": "scheduled for completion by December".
# A change placed in time without a date: "open in phases", "close a week early" (the
# lexicon's PHASE_NOUNS and SHIFT_WORDS).
PHASED = re.compile(
    r"^\S+(?:\s+\S+){0,4}?\s+(?:in\s+(?:\w+\s+)?(?:"
    + "|".join(sorted(words.PHASE_NOUNS))
    + r")|(?:a|an|one|two|three|four|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:"
    + "|".join(sorted(words.SHIFT_WORDS))
    + r"))\b"
)
SCHEDULED_DEED = re.compile(
    r"\s*for\s+(" + "|".join(commitments.NOMINALIZATIONS) + r")\b(?:\s+of\b)?", re.I
)
