"""The triggers of a sentence: each word or phrase that opens a future, planned or required act."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import cast

from briefcli.actions.patterns import (
    ACCEPTED,
    ACCEPTED_AFTER,
    ANNOUNCED_SUM,
    ANNOUNCING,
    APPROVED,
    APPROVED_KEYS,
    CALL_FOR,
    CALL_ON,
    CALL_ON_KEYS,
    CAN_FROM,
    CLEFT,
    COMMITMENT,
    COORDINATED,
    DEEDS,
    FOCUS,
    FORWARD,
    FUNDED,
    FUNDING_PROGRESSIVES,
    FUTURE,
    GOING,
    HELD_NOUN,
    INTENT,
    INTENT_KEYS,
    INVERTED_SHOULD,
    IS_TO,
    IS_TO_KEYS,
    ITINERARY,
    LET_ME,
    MANDATE,
    MANDATE_KEYS,
    MONEY_KEYS,
    NOT_BEFORE_SCHEDULE,
    NOT_BEFORE_TO_BE,
    NOUN_AFTER,
    NOUN_BEFORE,
    NOUN_KEYS,
    NOUN_PHRASE_END,
    OBJECT_STARTS,
    OBLIGATION,
    OBLIGATION_KEYS,
    ON_TRACK,
    OPENING_SHOULD,
    PAST_PERFECT,
    PAST_PROGRESSIVE,
    PAST_VERB,
    PERMITTED,
    PERMITTED_KEYS,
    PLAN_IS,
    PLANNED,
    PLEASED_TO,
    PRESENT_SCHEDULE,
    PROMISED,
    REPORTED_FRAME,
    REQUEST_KEYS,
    REQUESTED,
    SCHEDULE_KEYS,
    SCHEDULED_FOR,
    SEE_DO,
    SUBORDINATE,
    SUM_NEXT,
    TASKED_WITH,
    THERE_WILL_BE,
    TO_BE,
    UNDER_WAY,
    WANT,
    WANT_TO,
    WITH_DUE,
    WOULD,
)
from briefcli.actions.subjects import clean_subject, leading_subject, subject_before
from briefcli.lexicon import actions as words
from briefcli.lexicon import commitments
from briefcli.model import ActionKind
from briefcli.text.keys import KeyIndex
from briefcli.text.when import find_all

# The speakers themselves or those they talk about, just before a plan state ("we're looking
# to", "as they are seeking to"): a report's plan state belongs to a party it names.
_SPEAKERS_BEFORE = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Tt]hey)\s*$")


@dataclass(frozen=True)
class Trigger:
    """Where a candidate action item sits in a sentence and how it was recognised."""

    kind: ActionKind
    start: int  # where the trigger words begin
    verb: int  # where the verb phrase begins
    negated: bool = False
    object_actor: str | None = None  # "urged X to": the one who must act, as written
    call_for: bool = False
    promise: bool = False  # "promised quick action": what is promised is a noun phrase
    commitment_noun: bool = False
    owner: str | None = None  # whose commitment a noun names: "by X", "X reached"
    funded: bool = False  # "$3 million is earmarked for": the sum is what is given
    would: bool = False
    itinerary: bool = False  # "we're off to Fiji": the verb phrase is where someone goes
    cleft: bool = False  # "What we intend to do is to have ...": "have" is done, not owned
    planned: str | None = None  # "the planned transfer of": the verb the noun names
    timed: bool = False  # "We are opening 5,000 beds before Christmas": only with a time ahead
    event: bool = False  # "The summit is scheduled for October": the subject is the event
    present: bool = False  # "Applications open on 1 July": a verb in the present simple
    to_be: bool = False  # "a reserve of 35 days, to be held onshore": the noun before is done


_NEW_THING = re.compile(
    r"\s+(?:a|an|(?P<count>\d[\d,.]*|"
    + "|".join(sorted(commitments.COUNT_WORDS))
    + r"))\s+(?:brand\s+)?(?:"
    + "|".join(sorted(commitments.NEW_THING_WORDS))
    + r")\b"
)


_WHERE = re.compile(r",\s+where\s+$")


def _base_of(gerund: str) -> str:
    # A cheap local form of verbs.base_form (clauses sit below verbs in this part).
    stem = gerund[:-3]
    stems = (stem, stem + "e", stem[:-1]) if stem[-1:] == stem[-2:-1] else (stem, stem + "e")
    for candidate in stems:  # ("planning" -> "plan", but "planting" is not "plan")
        if candidate in commitments.ANNOUNCED_DEEDS:
            return candidate
    for candidate in stems:
        if candidate in DEEDS:
            return candidate
    return stem


# What follows "to" after an asked party when it is no deed but more of the party: "parties to
# the conflict to end", "signatories to the agreement to meet" (a determiner, then a noun phrase
# and the next "to" before a lower-case word).
_OBJECT_GOES_ON = re.compile(
    r"(?P<rest>(?:the|this|that|these|those|its|their)\s+[^,;:.?!“”\"—]{1,50}?),?\s+to\s+(?=[a-z])"
)

# "do not" before "need to" / "have to": the obligation is denied.
_DO_NOT = re.compile(r"\b(?:do|does|did)(?:n[’']t|\s+not)\s+$", re.I)
# A modal of obligation before a perfect: "should have been put in place", "must have known":
# what ought to have happened, or an inference, never a deed still to do.
_PERFECT_AFTER = re.compile(
    r"(?:\s+(?:\w+ly|not|never|also))*\s+have\s+(?:\w+ly\s+)?(?:been|done|gone|had|made|taken|"
    r"seen|known|given|[a-z]+ed)\b",
    re.I,
)

# A second party asked in the same call: "... and for the Eritrean Government to withdraw".
_AND_FOR = re.compile(
    r"(?<=[\w,])\s+and\s+(?:for|on|upon)\s+(?P<obj>[^,;:.?!“”\"—]{1,60}?)\s+to\s+(?=[a-z])"
)

# A person or office named in a sentence: "the Commissioner", "Premier Hart", "Anna Bligh".
_NAMED_BEFORE = re.compile(r"(?:\bthe\s+)?(?<![\w’'])[A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]+)*")

_KEYS = KeyIndex()
_FUNDED_KEYS = (*MONEY_KEYS, "fund", "been ")
# Set once a call has found every scan's keys registered in _KEYS: from then on a sentence
# with no key of any scan (a third of a meeting's) has no trigger, and is not scanned.
_ALL_REGISTERED = [False]


# A speaker glad to act, after "would": "I would be happy to meet the hon. Lady".
_GLAD_AFTER = re.compile(
    r"\s+(?:also\s+)?be\s+(?:more\s+than\s+|very\s+)?(?:"
    + "|".join(sorted(words.GLAD_STATES))
    + r")\s+to\b"
)
# A letter and a hyphen just before a trigger make it part of a word ("pre-commit to").
_PREFIXED = frozenset(f"{c}-" for c in "abcdefghijklmnopqrstuvwxyz")


def find_triggers(text: str) -> list[Trigger]:
    found: dict[int, Trigger] = {}
    lower = " ".join(text.lower().split())  # (for the key tests: blanks of plain() are spaces)
    scanned = _KEYS.scan(lower)
    hits, bits = scanned
    if not hits and _ALL_REGISTERED[0]:
        return []
    unregistered = False

    def scan(pattern: re.Pattern[str], keys: tuple[str, ...]) -> list[re.Match[str]]:
        # A substring test first: the patterns are long alternations, slow to run everywhere.
        # (The keys of all the scans are looked for at once, word by word, and each scan's
        # test is a bit, inline: an `in` for each key cost more than the patterns.)
        known = bits.get(id(keys))
        if known is not None and known[0] is keys:
            hit = hits & known[1]
        else:
            nonlocal unregistered
            unregistered = True
            hit = _KEYS.holds(keys, lower, scanned)
        return list(pattern.finditer(text)) if hit else []

    def add(trigger: Trigger) -> None:
        # Two patterns can claim one place ("is expected to", "expects X to"); the first wins.
        # (Looked up by position: scanning every trigger found so far was quadratic.)
        if trigger.start > 1 and text[trigger.start - 2 : trigger.start] in _PREFIXED:
            return  # "not going to pre-commit to": a word's part after its prefix
        if not any(p in found for p in range(trigger.start - 2, trigger.start + 3)):
            found[trigger.start] = trigger

    # Before "will": "you will see Allies endorse" is the Allies' item, not the audience's.
    for m in scan(SEE_DO, (" see ",)):
        if m.group("v") in words.BASE_VERBS | commitments.MORE_DEEDS:
            add(Trigger("expectation", m.start(), m.start("v"), object_actor=m.group("obj")))
    for m in scan(CALL_ON, CALL_ON_KEYS):
        obj = m.group("obj").strip()
        if not obj:
            continue  # a false start: "directed to — to move forward"
        deed_at = m.end()
        longer = _OBJECT_GOES_ON.match(text, m.end())
        if longer is not None and obj[:1].islower():
            # "calls on parties to the conflict to end hostilities": "to the conflict" is part
            # of who is asked; the deed is after the next "to"
            obj, deed_at = f"{obj} to {longer.group('rest')}", longer.end()
        first = obj.split()[0]
        starts_object = first[:1].isupper() or first.lower() in OBJECT_STARTS
        if len(obj.split()) > 10 or not starts_object:
            continue
        word_after = re.match(r"[a-z]+", text[deed_at:])
        lead = m.group("t").lower()
        if lead.startswith("time") and text[: m.start()].split()[-1:] and (
            text[: m.start()].split()[-1].lower() in words.DESCRIBED_TIMES
        ):
            continue  # "a really important time for us to stop and celebrate": a description
        after_word = word_after.group() if word_after else ""
        gerund = after_word.endswith("ing") and after_word not in DEEDS
        if gerund and not lead.startswith("commit"):
            continue  # "directing our focus to assisting Australians": not a request
        if lead.startswith("need") and not (
            first[:1].isupper() or obj.split()[-1].lower() in words.AGENT_NOUNS
        ):
            continue  # "we need Russia to cooperate", not "we need the money to build"
        if re.search(r"\b(?:the|a|an|most|more)\s+$", text[: m.start()], re.I):
            continue  # "the most direct threat to": an adjective, not a request
        if m.group("t").endswith("ing") and PAST_PROGRESSIVE.search(text, 0, m.start()):
            continue  # "we were pushing states and encouraging them to": narrative past
        caller, _, relative = subject_before(text, m.start())
        if m.group("t").lower().startswith("expect") and caller.split()[-1:] and (
            caller.split()[-1].lower() in words.FORECASTERS
        ):
            continue  # "Analysts expect the company to report a loss": their forecast
        asked = WANT_TO.search(text, max(0, m.start() - 30), m.start())
        pleased = PLEASED_TO.search(text, max(0, m.start() - 200), m.start())
        if relative and caller == "" and not asked and not pleased:
            continue  # "a step we’d encourage them to do": a relative clause
        kind: ActionKind = "expectation" if lead.startswith("expect") else "obligation"
        if lead.startswith("plan"):
            kind = "scheduled"  # "Plans call for the embassy to reopen"
        if lead.startswith("commit"):
            kind = "commitment"  # "The partnerships commit Australia and Vanuatu to work"
        if lead.startswith("invit"):
            # "invites Member States to ...": asked; "invited Minister Moana to lead a
            # delegation, and Minister Moana accepted": her commitment
            kind = "commitment" if ACCEPTED_AFTER.search(text, deed_at) else "expectation"
        if obj.lower() in {"her", "him"}:
            # "I've written to the Commissioner asking her to investigate": the one named
            # just before, in the same sentence
            names = [n.group(0) for n in _NAMED_BEFORE.finditer(text, 0, m.start()) if n.start()]
            obj = names[-1] if names else obj
        add(Trigger(kind, m.start(), deed_at, object_actor=obj))
        for more in _AND_FOR.finditer(text, deed_at):
            # "calls for the Amhara government to withdraw ... and for the Eritrean Government
            # to withdraw ...": a second party asked, with a deed of its own
            other = more.group("obj").strip()
            if other[:1].isupper() or other.split()[0].lower() in OBJECT_STARTS:
                add(Trigger(kind, more.start(), more.end(), object_actor=other))
    for m in scan(PERMITTED, PERMITTED_KEYS):
        add(Trigger("commitment", m.start(), m.end(), object_actor=m.group("obj").strip()))
    for m in scan(TASKED_WITH, ("task", "charge", "entrust")):
        obj = m.group("obj").strip()
        if obj and (obj[:1].isupper() or obj.split()[0].lower() in OBJECT_STARTS):
            add(Trigger("obligation", m.start(), m.end(), object_actor=obj))
    for m in scan(MANDATE, MANDATE_KEYS):
        obj, verb = m.group("obj").strip(), m.group("v")
        if verb in words.BASE_VERBS and verb not in words.NON_ACTION_VERBS and (
            obj[:1].isupper() or obj.split()[0].lower() in OBJECT_STARTS
        ):
            add(Trigger("obligation", m.start(), m.start("v"), object_actor=obj))
    for m in scan(FUTURE, ("will", "'ll", "’ll", "shall", "won")):
        negated = bool(m.group("neg")) or m.group("t").lower().startswith("won")
        add(Trigger("commitment", m.start(), m.end(), negated=negated))
    for m in scan(WOULD, ("would",)):
        if _GLAD_AFTER.match(text, m.end()):
            continue  # "I would be happy to meet": a pledge, read with the plans below
        add(Trigger("commitment", m.start(), m.end(), bool(m.group("neg")), would=True))
    for m in scan(GOING, ("going", "gonna")):
        add(Trigger("commitment", m.start(), m.end(), negated=bool(m.group("neg"))))
    asked_deeds = {t.verb for t in found.values() if t.object_actor is not None}
    for m in scan(INTENT, INTENT_KEYS):
        if m.start() in asked_deeds:
            continue  # "We call on all parties to agree to a ceasefire": the deed asked for
        if NOUN_BEFORE.search(text, 0, m.start()):
            continue  # "the President’s plan to keep our community safe": a noun
        if PAST_PERFECT.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the Labor Government here had decided to cancel": narrative past
        lead = m.group("t").lower()
        kind = "expectation" if lead.startswith(("expect", "hope", "look")) else "commitment"
        if "expected" in lead or "forward" in lead:
            kind = "expectation"
        if re.search(r"\b(?:set|scheduled|slated|due)\s+to$", lead):
            kind = "scheduled"  # "is set to announce", "is due to deliver": on a calendar
        state = re.search(r"\b(on\s+\w+|\w+)\s+to$", lead)
        timed = False
        if state and " ".join(state.group(1).split()) in commitments.PLAN_STATES:
            # "We are looking to learn more", "as they're looking to": talk, unless the deed
            # is dated ahead ("We're looking to finalise the deal by the end of the year")
            timed = _SPEAKERS_BEFORE.search(text, 0, m.start()) is not None
            kind = cast(ActionKind, commitments.PLAN_STATES[" ".join(state.group(1).split())])
        add(Trigger(kind, m.start(), m.end(), timed=timed))
    for m in scan(OBLIGATION, OBLIGATION_KEYS):
        if text[m.start() : m.start() + 6] == "Should" and OPENING_SHOULD.match(
            text, 0, m.start()
        ):
            continue  # "Should any member suffer an attack, we would meet": a condition
        inverted = INVERTED_SHOULD.match(text, m.start())
        if inverted and inverted.group("n") not in words.BASE_VERBS and (
            inverted.group("v") in words.BASE_VERBS
        ):
            continue  # "we'll impose costs should provocations continue": a condition
        if _DO_NOT.search(text, max(0, m.start() - 12), m.start()):
            continue  # "they don't need to be shown twice a day": no obligation at all
        if _PERFECT_AFTER.match(text, m.end()):
            continue  # "the blockade never should have been put in place": hindsight
        add(Trigger("obligation", m.start(), m.end(), negated=bool(m.group("neg"))))
    for m in scan(WITH_DUE, (", with ",)):
        due: ActionKind = "expectation" if m.group("w") == "expected" else "scheduled"
        add(Trigger(due, m.start(), m.end(), object_actor=m.group("obj")))
    for m in scan(REQUESTED, REQUEST_KEYS):
        requested = cast(ActionKind, commitments.REQUEST_PARTICIPLES[m.group("p")])
        past = m.group("aux").lower() in {"was", "were"}  # asked then: an item if dated ahead
        add(Trigger(requested, m.start(), m.end(), timed=past))  # "Motorists are advised to use"
    for m in scan(CALL_FOR, (" for ",)):
        if re.search(r"\b[Pp]lans?\s+$", text[: m.start()]):
            continue  # "Plans call for the embassy to reopen": a schedule, found above
        if m.group("t").split()[0].lower().endswith("s"):
            caller, _, relative = subject_before(text, m.start())
        if m.group("t").lower().startswith("expect") and caller.split()[-1:] and (
            caller.split()[-1].lower() in words.FORECASTERS
        ):
            continue  # "Analysts expect the company to report a loss": their forecast
            if not clean_subject(caller) and not relative:
                continue  # "But calls for a shift ... have fallen on deaf ears": a noun
        add(Trigger("obligation", m.start(), m.start(), call_for=True))
    for m in scan(PROMISED, ("promise", "pledge", "vow", "guarantee")):
        add(Trigger("commitment", m.start(), m.end(), promise=True))
    for m in scan(ANNOUNCED_SUM, MONEY_KEYS):
        own = None
        if PLEASED_TO.search(text, max(0, m.start() - 200), m.start()):
            lead = leading_subject(text)  # "I'm pleased to announce $5 million": the speaker
            own = lead if lead.lower() in {"i", "we"} else "I"
        add(Trigger("commitment", m.start(), m.end(), promise=True, object_actor=own))
    for m in scan(WANT, ("want to",)):
        if m.group("v") == "get" or m.group("v") in DEEDS - words.NON_ACTION_VERBS:
            add(Trigger("commitment", m.start(), m.end("t") + 1, timed=True))
    for m in scan(UNDER_WAY, ("lanning", "reparations")):
        add(Trigger("commitment", m.start(), m.end(), object_actor="we"))
    for m in scan(TO_BE, ("to be",)):
        before = text[: m.start()].split()
        if not before or before[-1].lower().strip(",") in NOT_BEFORE_TO_BE:
            continue
        if before[-1].lower().endswith(("ed", "ing")) and not before[-1].endswith(","):
            continue  # "expected to be", "going to be": a verb's, not a noun's
        if "," not in m.group("t") and not NOUN_PHRASE_END.search(text, 0, m.start()):
            continue  # "does not want Roe to be overturned": the object of a verb
        comma = "," in m.group("t")  # "a reserve of 35 days, to be held onshore": that noun's
        add(Trigger("commitment", m.start(), m.end("t") - 2, to_be=comma))  # "be held ..."
    for m in scan(FUNDED, _FUNDED_KEYS):
        add(Trigger("commitment", m.start(), m.end(), funded=True))
    for m in scan(ON_TRACK, ("on track",)):
        add(Trigger("scheduled", m.start(), m.end(), object_actor=m.group("obj")))
    for m in scan(COMMITMENT, NOUN_KEYS):
        if not m.group("noun").islower() or NOUN_AFTER.search(text, 0, m.start()):
            continue  # "the Rescue Plan to invest": a name; "part of the President's plan to"
        if HELD_NOUN.search(text, 0, m.start()):
            continue  # "we will not waver in our commitment to …": the verb's, not a deed
        if m.group("t").endswith("to") and TO_BE.match(text, m.end("t") - 3):
            continue  # "a report on each jurisdiction's plan to be completed": the noun's own
            # passive deed (the infinitive passive below), not a plan to be
        noun_kind = cast(ActionKind, commitments.COMMITMENT_NOUNS[m.group("noun").lower()])
        owner = m.group("by") or m.group("rel")
        if m.group("noun").lower() in commitments.AIM_NOUNS and (
            owner is not None or not m.group("t").endswith("of")
        ):
            continue  # "the objective of every government to grow": a purpose, no one's aim
        if owner is not None and re.search(r"\b(?:who|which|whether|what|how|where)\b", owner):
            continue  # "a determination by the FIFA world body of who gets to host": a question
        if owner is not None and m.group("rel"):
            owner = re.split(r"\s+(?:has\s+|had\s+)?(?:reached|made|struck|signed|announced|"
                             r"gave|took)\b", owner)[0]  # fmt: skip
        add(Trigger(noun_kind, m.start(), m.end(), commitment_noun=True, owner=owner))
    for m in scan(PLANNED, ("planned", "proposed", "scheduled", "coming", "intended")):
        deed = commitments.PLANNED_NOUNS[m.group("noun")]
        # Whose plan: the subject of the verb the noun phrase hangs on ("the U.S. Department
        # of Defense notified Lebanon of the planned transfer"), else the sentence's.
        window = max(0, m.start() - 150)
        governing = list(PAST_VERB.finditer(text, window, m.start()))
        owner = None
        if governing:
            named, _, inside = subject_before(text, governing[-1].start())
            owner = None if inside else clean_subject(named) or None
        owner = owner or leading_subject(text) or None
        add(Trigger("commitment", m.start(), m.end(), commitment_noun=True, owner=owner,
                    planned=deed))  # fmt: skip
    for m in scan(APPROVED, APPROVED_KEYS):
        # "(a) approves the introduction of ...": the approving body's deed
        named, _, inside = subject_before(text, m.start())
        owner = None if inside else clean_subject(named) or leading_subject(text) or None
        add(Trigger("commitment", m.start(), m.end(), commitment_noun=True, owner=owner,
                    planned=commitments.PLANNED_NOUNS[m.group("noun")]))  # fmt: skip
    for m in scan(FOCUS, ("focus", "priority", "goal", "aim", "task", "intention", "objective")):
        owner = {"our": "we", "my": "I", "their": "they", "his": "he", "her": "she"}[
            m.group("owner").lower()
        ]
        add(Trigger("commitment", m.start(), m.end(), object_actor=owner))
    for m in scan(LET_ME, ("let",)):
        who = "I" if m.group("who") == "me" else "we"
        add(Trigger("commitment", m.start(), m.end(), object_actor=who))
    for m in scan(CLEFT, ("what", "What")):
        add(Trigger("commitment", m.start(), m.end(), object_actor=m.group("s"), cleft=True))
    for m in scan(ITINERARY, ("off", "head", "travel", "fly", "leav", "depart")):
        if not SUBORDINATE.search(text, max(0, m.start() - 40), m.start()):
            add(Trigger("scheduled", m.start(), m.end(), itinerary=True))  # not "as we're off"
    for m in scan(FORWARD, ("forward", "ahead")):
        verb = m.end() if m.group("to") else m.start("v")
        add(Trigger("commitment", m.start(), verb))
    for m in scan(ANNOUNCING, ("ing",)):
        if m.group("past"):
            # "The Premier said the Government was activating ...": the present of what was
            # said, backshifted; any other past progressive is narrative
            named, at, relative = subject_before(text, m.start())
            if relative or not named or not REPORTED_FRAME.search(text, max(0, at - 80), at):
                continue
        if not m.group("steps"):
            base = _base_of(m.group("v"))
            funds = m.group("v") in FUNDING_PROGRESSIVES and SUM_NEXT.match(
                text, m.end() + len(m.group("v"))
            )  # "The Australian Government is providing $10 million to support ..."
            # Any other deed in the progressive is a plan only with a time ahead ("The Health
            # Secretary is meeting the Royal College of Nursing on Thursday").
            new_thing = _NEW_THING.match(text, m.end() + len(m.group("v")))
            # "we are building a new airport at Western Sydney": a new thing made is announced
            if new_thing and new_thing.group("count") and base not in DEEDS:
                new_thing = None  # "we are seeing 500 new cases": no deed of anyone's
            after_verb = " ".join(text[m.end() + len(m.group("v")) :].split()[:4]).lower()
            role = f"{base} {after_verb}".startswith(commitments.ROLE_MOVES)
            timed = (
                base not in commitments.ANNOUNCED_DEEDS and not funds and not new_thing and not role
            )
            if timed and base not in DEEDS:
                continue
            after = text[m.end() + len(m.group("v")) :]
            if re.match(r"\s+(?:on|that|it|this)\b|(?:\s+(?:out|up|ahead))?\s*[.,;!]*$", after):
                continue  # "delivering on this commitment", "We're delivering that", "now the
                # NBN is rolling out.": a state, with nothing rolled out
        else:
            timed = False
        if SUBORDINATE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "at the same time as we're investing": a circumstance
        if timed:
            if not find_all(text[m.end() : m.end() + 160]):
                continue  # "the actions the administration is taking to sustain ...": no date
            named, _, relative = subject_before(text, m.start())
            if relative or not named:
                continue  # "The enhanced operations we're announcing today will ...": a noun's
        verb = m.end() if not m.group("steps") else m.start("steps")
        add(Trigger("commitment", m.start(), verb, timed=timed))
    for m in scan(IS_TO, IS_TO_KEYS):
        if m.group("v") != "be" and m.group("v") not in DEEDS:
            continue  # "is to blame", "are to thank": no deed
        if NOUN_BEFORE.search(text, 0, m.start()):
            continue
        named, named_start, relative = subject_before(text, m.start())
        where = _WHERE.search(text, max(0, named_start - 12), named_start)
        if where is not None and named.strip().lower() in words.PERSON_PRONOUNS:
            # "to Farchana camp, where she is to meet ...": a place's clause, its own subject
            relative, named_start = False, where.start() + 1
        core = re.split(r"\s+(?:of|for|in|on)\s+", clean_subject(named))[0].split()
        if not relative and not core and COORDINATED.search(text, 0, m.start()):
            # "The draft Bill was approved and is to be laid in the House": the subject of
            # the verb it is joined to (found with the clause)
            add(Trigger("commitment", m.start(), m.end("t")))
            continue
        if relative or not core or any(w.lower().strip("’'") in words.PURPOSE_NOUNS for w in core):
            continue  # "Our aim is to build", "Our role here is to": a purpose, not a deed
        if text[:named_start].rstrip() and text[:named_start].rstrip()[-1] not in ",;:“\"(":
            continue  # "... with the Iranians and our P5+1 partners is to prevent": a long subject
        add(Trigger("commitment", m.start(), m.end("t")))
    for m in scan(SCHEDULED_FOR, ("scheduled", "set ", "slated", "planned", "due", "expected")):
        add(Trigger("scheduled", m.start(), m.end(), event=True))
    for m in scan(PRESENT_SCHEDULE, SCHEDULE_KEYS):
        before = text[: m.start()].split()
        if not before or before[-1].lower().strip(",") in NOT_BEFORE_SCHEDULE:
            continue  # "will open", "to visit", "we visit": not a calendar's present
        named, named_start, relative = subject_before(text, m.start("t"))
        if relative or not named or named.lower().startswith(("a ", "an ")):
            continue  # "for an official visit in April": a noun
        tokens = named.split()
        if len(tokens) > 7 or any(
            w == "to" or w.islower() and len(w) > 4 and w.endswith(("ing", "ed", "s"))
            and w not in words.AGENT_NOUNS for w in tokens[1:]
        ):
            continue  # "President Biden looks forward to hosting him for an official visit"
        prefix = text[:named_start].rstrip()
        if prefix and prefix[-1] not in ",;:(“\"" and not re.search(
            r"\b(?:and|then|but|so)$", prefix, re.I
        ):
            continue  # the subject must open a clause: not "hosting him for a visit in April"
        add(Trigger("scheduled", m.start("t"), m.start("t"), timed=True, present=True))
    for m in scan(CAN_FROM, ("can ",)):
        add(Trigger("scheduled", m.start(), m.end(), timed=True))
    for m in scan(PLAN_IS, ("plan", "intent", "commitment", "pledge", "promise", "undertaking")):
        owner = {"our": "we", "my": "I", "their": "they"}[m.group("owner").lower()]
        add(Trigger("commitment", m.start(), m.end(), object_actor=owner))
    for m in scan(THERE_WILL_BE, ("there",)):
        head = m.group("np").split(" of ")[0].split()[-1].lower()  # "a meeting of ministers"
        if head in words.SCHEDULED_EVENTS:
            add(Trigger("scheduled", m.start(), m.end("np"), event=True, owner=m.group("np")))
    for m in scan(ACCEPTED, ("invitation",)):
        add(Trigger("commitment", m.start(), m.end()))
    if not unregistered:
        _ALL_REGISTERED[0] = True  # every scan above was known by its bit
    ordered = [found[k] for k in sorted(found)]
    # "I'm going to have to refer you": one clause, whose verb phrase is the last one.
    kept: list[Trigger] = []
    for trigger in ordered:
        if kept and kept[-1].funded and trigger.start <= kept[-1].verb + 1:
            continue  # "has been committed to the program": the funding line, found above
        if kept and (kept[-1].object_actor is not None or kept[-1].event) and (
            trigger.start < kept[-1].verb
        ):
            continue  # "What we intend to do ... is to have": inside the words of the one before
        if kept and not text[kept[-1].verb : trigger.start].strip(" ,"):
            if kept[-1].timed:  # "We are calling for an investigation": the call, not a plan
                kept[-1] = replace(trigger, start=kept[-1].start)
            else:  # ("is committing $186 million": the sum's promise goes with it)
                promise = kept[-1].promise or trigger.promise
                kept[-1] = replace(kept[-1], verb=trigger.verb, promise=promise)
            continue
        if trigger.call_for and re.search(r"\bto\s+$", text[: trigger.start]):
            continue  # "reached out to ask for": the purpose of another verb
        kept.append(trigger)
    return kept
