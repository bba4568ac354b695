"""Clauses of a sentence that may hold an action item: their triggers and subjects."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import cast

from briefcli.lexicon import actions as words
from briefcli.lexicon import commitments
from briefcli.model import ActionKind
from briefcli.text.when import find_all, leading

_MONEY_SIGN = "[" + re.escape(commitments.CURRENCY_SIGNS) + "]"  # "$", "£", "€", "¥"
_MONEY_KEYS = tuple(commitments.CURRENCY_SIGNS)
_NOT = r"(?P<neg>\s+not\b(?!\s+only\b)|n[’']t\b)?"  # "will not only continue": no negation
_ADVERB = r"(?:\s+(?:\w+ly|also|now|still|just|then|soon|further|again|all|both))*"
# Triggers whose subject comes before them: "X will ...", "X must ...", "X plans to ...".
_FUTURE = re.compile(rf"(?P<t>(?<=\w)[’']ll\b|\bwill\b|\bshall\b|\bwon[’']t\b){_NOT}", re.I)
_WOULD = re.compile(rf"(?P<t>\bwould\b){_NOT}", re.I)
_GOING = re.compile(
    rf"(?P<t>(?:\b(?:is|are|am)|(?<=\w)[’'](?:s|re|m)){_ADVERB}{_NOT}{_ADVERB}\s+going\s+to)\b",
    re.I,
)
# ("is also scheduled to", "are now set to", "is still expected to": an adverb between)
_BE = (
    r"(?:\b(?:is|are|am|remains?|stands?)\s+|(?<=\w)[’'](?:re|s|m)\s+)"
    r"(?:\w+ly\s+|also\s+|now\s+|still\s+|then\s+|already\s+)?"
)
_INTENT = re.compile(
    rf"(?P<t>(?:{_BE}(?:set|scheduled|slated|due|determined|ready|prepared|willing|expected)|"
    r"\b(?:plans?|planned|planning|intends?|intended|intending|aims?|aiming|agreed|agrees?|"
    r"prepares|preparing|"
    r"decided|decides?|pledged|pledges?|vowed|vows?|promised|promises?|committed|commits?|"
    r"undertook|undertakes?|"
    r"stands?\s+ready|expects?|hopes?|looks?\s+forward|looking\s+forward)(?:\s+also)?"
    r"(?:,\s+(?:for\s+example|for\s+instance|in\s+fact|of\s+course|as\s+you\s+know),)?)\s+to)\s+"
    r"(?=[a-z])"
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
    r"tasked|tasking|tasks?|encouraged?|"
    r"encourages|encouraging|pressed|presses|requested|requests?|expects?|expected|"
    r"the\s+need\s+for|[Pp]lans?\s+calls?\s+for|call(?:s|ed|ing)?\s+for|time\s+for|"
    r"commit(?:s|ted)?))\s+"
    # (not "asked Congress for $33 billion to support Ukraine": the sum's purpose)
    r"(?P<obj>(?:(?!\bfor\b)[^,;:.?!“”\"—]){1,80}?)\s+to\s+(?=[a-z])"
)
# A task given as a gerund: "Ministers tasked their officials with developing an action plan".
_TASKED_WITH = re.compile(
    r"(?P<t>\b(?:tasked|tasks|tasking|charged|charges|entrusted)\s+"
    r"(?P<obj>[^,;:.?!“”\"—]{1,60}?)\s+with\s+)(?=[a-z]+ing\b)"
)
# A mandate in the subjunctive: "It is important that Congress pass this bill quickly", "it's
# essential that the international community speak out": the one named must act.
_MANDATE = re.compile(
    r"(?P<t>\b(?:important|essential|critical|vital|imperative|crucial|necessary|urgent|time)"
    r"\s+that\s+)(?P<obj>(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,4}?)\s+(?P<v>[a-z]+)\b"
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
    + _MONEY_SIGN
    + ")",
    re.I,
)
# A sum announced or committed: "The Australian Government today announced $132,000 for ...",
# "has also committed $330 million to ...", "by announcing $120 million in ...".
_ANNOUNCED_SUM = re.compile(
    r"(?P<t>\b(?:announced|announces|announcing|committed|commits|committing|allocated|"
    r"allocates|allocating|set\s+aside|earmarked|earmarks|earmarking|budgeted))\s+(?=(?:(?:an?|another|additional|further|extra|more|than|nearly|"
    r"almost|over|some|up|to)\s+)*(?:[A-Z]{1,3})?" + _MONEY_SIGN + r"\d)"
)
# A funding line in the present or perfect: "Funding of $20 million has been committed to the
# program", "$3 million is earmarked for landmine clearance" (the lexicon's participles).
_FUNDED = re.compile(
    r"(?P<t>\b(?:has|have)\s+been|\b(?:is|are)(?:\s+being)?)\s+(?=(?P<p>"
    + "|".join(sorted(commitments.FUNDING_PARTICIPLES))
    + r")(?:\s+aside)?\s+(?:to|for|towards|toward)\b)"
)
# "We remain on track for the President to make a decision", "is on track to finish".
_ON_TRACK = re.compile(
    r"(?P<t>\bon\s+track\s+(?:for\s+(?P<obj>[^,;:.?!“”\"—]{1,60}?)\s+)?to)\s+(?=[a-z])", re.I
)
# A commitment as a noun: "the U.S. commitment to ensure ...", "Canada's plan to resettle
# ...", "the commitment by President Erdoğan to transmit ...", "the agreement he reached
# with Erdoğan to send ...". The nouns are the lexicon's (commitments.COMMITMENT_NOUNS).
_COMMITMENT = re.compile(
    r"(?P<t>\b(?P<noun>"
    + "|".join(sorted(commitments.COMMITMENT_NOUNS, key=len, reverse=True))
    + r")\s+(?:(?:today|yesterday|this\s+week|last\s+week|on\s+\w+day)\s+)?"
    r"(?:(?:by|of|between)\s+(?P<by>[^,;:.?!“”\"—]{1,60}?)\s+"
    r"|(?P<rel>(?:he|she|they|it|we|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
    r"(?:has\s+|had\s+)?(?:reached|made|struck|signed|announced|gave|took)"
    r"(?:\s+with\s+[^,;:.?!“”\"—]{1,50}?)?)\s+)?to)\s+(?=[a-z])",
    re.I,
)
# A commitment noun held by a preposition and a possessive is part of the verb phrase it
# hangs on ("will not waver in our commitment to …", "stand by their pledge to …").
_HELD_NOUN = re.compile(
    r"\b(?:in|to|with|behind|by|on)\s+(?:our|their|its|his|her|my|your)\s+(?:[a-z]+\s+)?$"
)
# An infinitive passive after a noun: "the forthcoming Pacific Islands Forum, to be held in
# Cairns in August", "an initial report ... to be completed during 2011": the noun's deed.
_TO_BE = re.compile(r"(?P<t>(?<=[a-z,])\s*,?\s+to\s+be)\s+(?=[a-z]+(?:ed|en|eld|un|ilt)\b)")
_NOUN_PHRASE_END = re.compile(
    r"\b(?:the|a|an|its|their|our|his|her|this|each|every)\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+$", re.I
)
_NOT_BEFORE_TO_BE = words.word_set(
    "is are was were be been being am has have had expected going need needs needed set due "
    "likely able ought used seem seems seemed appear appears want wants wanted deserve deserves "
    "continue continues remain remains yet happy pleased proud honored honoured said reported "
    "believed known thought scheduled slated designed meant supposed asked required"
)
# A deed to come in the "is to" frame: "The Commission is to present its proposal in the
# autumn", "The Treasurer is to deliver the mid-year update" (not "Our aim is to build": a
# purpose, the lexicon's PURPOSE_NOUNS).
_IS_TO = re.compile(
    r"(?P<t>\b(?:is|are)\s+(?:also\s+|now\s+|then\s+|first\s+)?to)\s+(?P<v>[a-z]+)\b"
)
_IS_TO_KEYS = ("is to", "are to", "also to", "now to", "then to", "first to")
# An event on the calendar, with no one named to hold it: "The summit is scheduled for
# October", "The next round of talks is set for 14 May" (the lexicon's SCHEDULED_EVENTS).
_SCHEDULED_FOR = re.compile(
    r"(?P<t>\b(?:is|are)\s+(?:now\s+|also\s+|tentatively\s+)?(?:scheduled|set|slated|planned|"
    r"due|expected)\s+)(?=(?:for|in|on|to\s+take\s+place)\b)"
)
# A calendar in the present simple: "Applications open on 1 July", "He returns to Canberra on
# Sunday" (an item only with a time ahead, checked with the briefing's date).
_PRESENT_SCHEDULE = re.compile(
    r"(?<=[\w.’'])\s+(?P<t>(?P<v>"
    + "|".join(sorted(words.SCHEDULE_VERBS, key=len, reverse=True))
    + r"))\b(?=\s+(?:on|in|at|from|next|this|tomorrow|for|to|with)\b)"
)
_SCHEDULE_KEYS = tuple(words.SCHEDULE_VERBS)
_NOT_BEFORE_SCHEDULE = words.word_set(
    "to will would shall can could may might must should not never also and or but did do does "
    "you them who which that"
)
# "Our plan is to get the Budget back to surplus": the possessor's plan (not "Our aim is to":
# a purpose; "plan" is among the lexicon's PURPOSE_NOUNS for the plain "is to" frame).
_PLAN_IS = re.compile(
    r"(?P<t>\b(?P<owner>[Oo]ur|[Mm]y|[Tt]heir)\s+(?:\w+\s+)?(?:plan|intention|intent)\s+is\s+"
    r"(?:now\s+|still\s+|simply\s+)?to)\s+(?=[a-z])"
)
# An event on the calendar said to be: "There'll be a National Cabinet meeting on Friday",
# "there will be a vote in the Senate next week" (the lexicon's SCHEDULED_EVENTS; the issuer,
# or the speaker's government, holds it).
_THERE_WILL_BE = re.compile(
    r"\b[Tt]here\s*(?:will|[’']ll|is\s+going\s+to)\s+(?:also\s+)?be\s+"
    r"(?P<np>(?:an?|the|another|further|two|three)\s+(?:[\w’'-]+\s+){0,5}?(?P<head>[a-z]+))"
    r"(?=\s+(?:on|in|at|next|this|tomorrow|later|from|between)\b)"
)
# An invitation accepted: "Prime Minister Sato accepted Prime Minister Reid's invitation to
# visit Australia", "accepted an invitation to address the Assembly": the one who accepts goes.
_ACCEPTED = re.compile(
    r"(?P<t>\baccept(?:ed|s|ing)?\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|"
    r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}?[A-Z][\w.’'-]*[’']s\s+)?(?:\w+\s+)?invitations?\s+"
    r"(?:from\s+[^,;:.?!]{1,50}?\s+)?to)\s+(?=[a-z])"
)
# What the audience will see others do: "you will see Allies endorse his extension", "we'll
# see leaders agree on ...": the ones seen act.
_SEE_DO = re.compile(
    r"(?P<t>\b(?:will|[’']ll)\s+(?:\w+ly\s+)?see)\s+(?P<obj>(?:the\s+)?[A-Z][\w.’'-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,3}(?:\s+[a-z]+s)?|(?:all|other|our)\s+[a-z]+)\s+"
    r"(?P<v>[a-z]+)\b"
)
# A present progressive that announces a deed: "We are launching ...", "the United States is
# imposing sanctions", "is taking the necessary steps to provide ...".
_ANNOUNCING = re.compile(
    r"(?P<t>(?:\b(?:is|are|am)|(?<=\b[Ww]e)[’']re|(?<=\b[Tt]hey)[’']re|(?<=\bI)[’']m)"
    r"(?:\s+(?:now|also|already|currently|"
    r"today|again|further))?\s+)(?:(?P<steps>taking\s+(?:the\s+)?(?:\w+\s+)?steps\s+to)\s+"
    r"(?=[a-z])|(?=(?P<v>[a-z]+ing)\b))"
)
# A trip under way or on the itinerary: "we're off, as you know, to Fiji", "the Secretary is
# heading to Brussels", "I'm travelling to Jakarta".
_ITINERARY = re.compile(
    r"(?P<t>(?:\b(?:is|are|am)|(?<=\w)[’'](?:re|s|m))\s+(?:also\s+|then\s+|now\s+)?"
    r"(?:off|headed|heading|travell?ing|flying|leaving|departing)\b,?"
    r"(?:\s+(?:as\s+you\s+know|of\s+course|then|next),?)?\s+)(?=(?:to|for)\s+[A-Z])"
)
# Going ahead with a plan: "We are moving forward in a spirit of partnership to implement the
# Strategy", "the Government is pressing ahead with the reforms".
_FORWARD = re.compile(
    r"(?P<t>(?:\b(?:is|are|am)|(?<=\w)[’'](?:re|s|m))\s+(?:now\s+|also\s+)?)"
    r"(?P<v>(?:moving|pressing|pushing|going)\s+(?:forward|ahead)\b"
    r"(?P<to>[^,;:.?!]{0,50}?\s+to\s+(?=[a-z]))?)"
)
# A pseudo-cleft: "What we intend to do, in the future, is to have a national system".
_CLEFT = re.compile(
    r"(?P<t>\b[Ww]hat\s+(?P<s>we|I|they|he|she|the\s+[A-Z]?\w+)\s+(?:will|[’']ll|are\s+going\s+to|"
    r"intend\s+to|plan\s+to|want\s+to|propose\s+to|have\s+agreed\s+to)\s+(?:now\s+)?do\b"
    r"[^.;:?!]{0,40}?\s+is\s+(?:to\s+)?)(?=[a-z])"
)
# A deed planned, as a noun: "notified Lebanon of the planned transfer of three patrol boats".
_PLANNED = re.compile(
    r"(?P<t>\b(?:the|its|their|our|his|her)\s+(?:planned|proposed|scheduled|upcoming|"
    r"forthcoming|intended)\s+)(?P<noun>"
    + "|".join(sorted(commitments.PLANNED_NOUNS, key=len, reverse=True))
    + r")\s+of\s+(?=[a-z0-9$])"
)
# "should" opening an inverted condition: a noun, not a verb, after it, and a verb after that.
_INVERTED_SHOULD = re.compile(r"should\s+(?P<n>[a-z]+s)\s+(?P<v>[a-z]+)\b")
_DEEDS = words.BASE_VERBS | words.EVENT_VERBS | commitments.MORE_DEEDS
_FUNDING_PROGRESSIVES = words.word_set("providing contributing committing allocating giving")
_SUM_NEXT = re.compile(
    r"\s+(?:(?:an?|another|additional|further|extra|more|than|nearly|almost|over|some|up|to)"
    r"\s+)*(?:[A-Z]{1,3})?" + _MONEY_SIGN + r"\d"
)
_PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b")
# What someone's focus or priority will be: "our focus will be providing aid directly to those
# in need" (not "My job is to speak on his behalf", "Our objective is to build resilience": a
# role or a purpose, in the present).
_FOCUS = re.compile(
    r"(?P<t>\b(?P<owner>[Oo]ur|[Mm]y|[Tt]heir|[Hh]is|[Hh]er)\s+(?:first\s+|main\s+|top\s+)?"
    r"(?:focus|priority|goal|aim|task|intention|objective)\s+"
    r"(?:will\s+be|will\s+remain)\s+(?:to\s+)?)(?=[a-z]+)"
)
# Words one of which each pattern needs, for a cheap first look at a sentence.
_CALL_ON_KEYS = ("urg", "ask", "call", "instruct", "direct", "task", "encourag", "press",
                 "request", "expect", "need for", "time for", "commit")  # fmt: skip
_INTENT_KEYS = ("plan", "intend", "aim", "set to", "scheduled", "slated", "agree", "decide",
                "due", "prepar",
                "pledge", "vow", "promise", "commit", "undert", "determined", "ready", "prepared",
                "willing", "expect", "hope", "forward")  # fmt: skip
_NOUN_KEYS = tuple(commitments.COMMITMENT_NOUNS)
# A commitment noun after a preposition or "no" describes ("an integral part of the
# President's plan to", "in the event of a NATO decision to", "He has no plans to"), it
# does not report a commitment; after "on" it can ("congratulated X on the agreement").
_NOUN_AFTER = re.compile(
    r"(?:\b(?i:of|in|for|with|from|under|about|into|without)\s+(?:(?i:the|a|an|this|that)\s+)?"
    r"(?:[A-Z][\w.’'-]*\s+){0,4}(?:[A-Z][\w.’'-]*[’']s\s+)?|\b(?i:no)\s+(?:\w+\s+)?)$"
)
# A subordinate clause's subject: "at the same time as we're investing", "while they are".
_SUBORDINATE = re.compile(
    r"\b(?:as|while|when|because|since|if|that|where|whether|who)\s+(?:\w+\s+){0,2}?\S+\s*$", re.I
)
_OBLIGATION_KEYS = ("must", "should", "ought", "need", "has to", "have to", "got to", "required")
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|our|his|her|their|its|this|that|no)|[’']s)\s+$", re.I)
# "I want to encourage others to join us": the speaker's own request, not a purpose clause.
_WANT_TO = re.compile(
    r"\b(?:want|wanted|wish|like|going|would\s+ask|’d\s+ask|continue|continues)\s+to\s+$"
)  # "We continue to call on Russia to de-escalate": the call is made now
_PAST_PROGRESSIVE = re.compile(r"\b(?:was|were|had\s+been)\b[^,;:—.]*$")
_TOKEN = re.compile(r"[\w’'][\w’'.\-]*|[^\w\s]")
_BOUNDARY_MARKS = set(',;:()“”"—–?!…[]')
# An object named by a request starts like a noun phrase: "urged Russia to", "asked them to".
_OBJECT_STARTS = words.word_set(
    "the all both each every other their our his her its these those them him us me you my your "
    "leaders governments countries partners allies parties congress others donors nations "
    "members officials authorities agencies institutions"
)
PRONOUNS = words.word_set("i we he she they it you who")
_CUT_OFF = re.compile(r"\b[\w’']+-\s+[—–]\s*")
_RESTART = re.compile(r"\b((?:[\w’']+\s+){0,2}[\w’']+)\s+[—–]\s+(?=\1\b)", re.I)
AUXILIARIES = words.word_set(
    "is are am was were be been has have had remains remain ’s 's ’re 're ’m 'm so very deeply "
    "fully firmly strongly"
)
_EMBEDDING = words.word_set("why how what where whatever whoever")
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
_DETERMINERS = re.compile(r"\b(?:the|a|an|this|its|their|our|his|her)\s", re.I)


def _last_noun_phrase(text: str, end: int) -> int | None:
    """Where the noun phrase ending at `end` starts: its earliest determiner within nine words
    with no verb between ("will establish a minimum national fuel reserve of 35 days")."""
    best = None
    for m in reversed(list(_DETERMINERS.finditer(text, max(0, end - 80), end))):
        between = text[m.start() : end].split()
        if len(between) > 9 or any(w.lower().strip(",") in _FINITE | _MODALS for w in between):
            break
        best = m.start()
    return best
_MODALS = words.word_set("can could may might must should shall will would")
_TIME_DETERMINERS = words.word_set("next this last every each later early")
_TIME_NOUNS = words.word_set("year week month day weekend time summer autumn spring winter fall")
_PREPOSITIONS = words.word_set(
    "around about across at by for from in into of on over through to toward towards under with"
)
_CONTRACTION = re.compile(r"(?<=\w)[’'](?:ve|re|d|ll|m|s)$")
_SAYING = words.word_set("claim argue insist say contend maintain warn note believe")
_ARTICLES = words.word_set("the a an this these those any every some our their his her its each")
_NOT_NOUNS = (
    words.CLAUSE_WORDS
    | words.REPORTING_VERBS
    | words.LEADING_ADVERBS
    | AUXILIARIES
    | words.word_set("and or but then here there now today also think believe know")
)
# "our Special Envoy — it’s quite a title — is going to ...": an aside between subject and verb.
_ASIDE = re.compile(
    r"\s[—–]\s[^—–]{1,80}?\s[—–]\s(?=(?:is|are|will|has|have|was|were|must|should)\b)"
)
_FINITE = words.CLAUSE_WORDS | {"is", "are", "was", "were", "has", "have", "had", "do", "does",
                                "did", "can", "will", "would", "could"}  # fmt: skip
# Words before "that" which make it introduce a reported clause, not a relative one.
_COMPLEMENT_HEADS = words.REPORTING_VERBS | words.word_set(
    "sure clear ensure ensures ensuring means mean meaning is was are were confident hopeful "
    "likely aware glad pleased now also so and but fact announce announcing stress stressing "
    "confirm confirming noting saying expecting hoping agree decide determine show shows showed "
    "sense fact committed resolved guaranteed ensured guarantee guarantees assure assures promise"
)


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


@dataclass(frozen=True)
class Clause:
    """A trigger with its subject as written; `relative` when the clause is a relative or
    embedded one ("the order that the president will sign"), never an item of its own."""

    trigger: Trigger
    subject: str
    subject_start: int
    relative: bool = False
    # "the joint statement that we will issue", "correspondence which I will be sending":
    # the noun the clause's verb takes as its object (the clause is then an item of its own).
    antecedent: str | None = None


def _base_of(gerund: str) -> str:
    # A cheap local form of verbs.base_form (clauses sit below verbs in this part).
    stem = gerund[:-3]
    for candidate in (stem, stem + "e", stem[:-1]):
        if candidate in commitments.ANNOUNCED_DEEDS:
            return candidate
    for candidate in (stem, stem + "e", stem[:-1]):
        if candidate in _DEEDS:
            return candidate
    return stem


def plain(text: str) -> str:
    """The sentence with spoken false starts blanked out ("champion- — championship",
    "I’m — I’m going") and hesitations ("We will, uh, send") blanked out, keeping every
    character's offset."""
    if _FILLER.search(text):
        text = _FILLER.sub(_blank, text)
    if ", as " in text:
        text = _AS_ASIDE.sub(_blank, text)
    if "—" not in text and "–" not in text:
        return text
    if "-" in text:  # every cut-off word ends with a hyphen
        text = _CUT_OFF.sub(_blank, text)
    for start, end in _restarts(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return _ASIDE.sub(_blank, text)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _restarts(text: str) -> list[tuple[int, int]]:
    """The spans of `_RESTART.finditer(text)`, found by trying `_RESTART` only at the few
    places it can start: within the last three words before a spaced dash, with nothing
    but words and spaces between (trying it at every place is slow)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while (gap := _DASH_GAP.search(text, pos)) is not None:
        end = gap.start()
        lo = pos
        for m in _RUN_BREAK.finditer(text, pos, end):
            lo = m.end()
        starts = [m.start() for m in _RUN_WORD.finditer(text, lo, end)]
        found = None
        for p in range(starts[-3] if len(starts) >= 3 else lo, end):
            found = _RESTART.match(text, p)
            if found is not None:
                break
        if found is not None:
            spans.append(found.span())
            pos = found.end()
        else:
            pos = gap.end()
    return spans


_DASH_GAP = re.compile(r"\s+[—–]\s+")
# An aside on the speaker's record: "I'll also make clear, as I have consistently, that ...".
_AS_ASIDE = re.compile(
    r",\s+as\s+(?:I|we|you|he|she|they)\s+(?:have|has|had|did|do|said|say|know)\b[^,;:.]{0,30},"
    r"(?=\s)"
)
# A hesitation with its commas: "We will, uh, send" reads as "We will send".
_FILLER = re.compile(r",?\s(?:uh|um|er|erm|ah|uhm)\b,?(?=\s)", re.I)
_RUN_BREAK = re.compile(r"[^\w’'\s]")  # no character a restart's words can hold
_RUN_WORD = re.compile(r"[\w’']+")


def find_clauses(text: str) -> list[Clause]:
    triggers = _triggers(text)
    clauses: list[Clause] = []
    previous: Clause | None = None
    for trigger in triggers:
        if trigger.object_actor is not None:
            clauses.append(Clause(trigger, trigger.object_actor, trigger.start))
            continue
        if trigger.event and trigger.owner is not None:
            # "There'll be a National Cabinet meeting on Friday": the event is the subject
            clause = Clause(trigger, trigger.owner, trigger.start)
            clauses.append(clause)
            previous = clause
            continue
        if trigger.to_be:
            # "a minimum national fuel reserve of 35 days, to be held onshore": that noun
            np_start = _last_noun_phrase(text, trigger.start)
            if np_start is not None:
                clause = Clause(trigger, text[np_start : trigger.start].strip(" ,"), np_start)
                clauses.append(clause)
                previous = clause
                continue
        floor = previous.trigger.verb if previous is not None else 0
        aside = _RELATIVE_ASIDE.search(text, max(floor, trigger.start - 200), trigger.start)
        before = aside.start() if aside is not None else trigger.start
        subject, start, relative = subject_before(text, before, floor)
        subject = clean_subject(subject)
        if re.match(r"(?:[a-z]+\s+)?by\s", subject, re.I):
            # "The delegation, led by Deputy Secretary Sherman, will travel": the subject is
            # before the aside when it is a body ("our plan, as recommended by the Board,
            # will": a thing, no item).
            comma = text.rfind(",", max(floor, start - 80), start)
            named, named_start, inside = subject_before(text, comma, floor) if comma > 0 else (
                "", start, True
            )
            head = named.split()[-1].lower() if named.split() else ""
            if named and not inside and head in words.AGENT_NOUNS:
                subject, start = clean_subject(named), named_start
            elif re.search(r",\s+as\s+\w+\s*$", text[max(0, start - 40) : start]):
                subject, relative = "", True  # "as recommended by the Board": a thing's aside
            # else "The talks, hosted by Germany, will ...": the one named after "by", as before
        if relative and not subject and trigger.kind in {"commitment", "scheduled"} and not (
            trigger.itinerary
        ):
            object_of = _object_relative(text, trigger.start)
            if object_of is not None:
                pronoun, pronoun_start, antecedent = object_of
                clause = Clause(trigger, pronoun, pronoun_start, False, antecedent)
                clauses.append(clause)
                previous = clause
                continue
        if not subject and not relative:
            # "..., and called for ...": the subject of the clause before, or of the sentence.
            # (Its words are not here: the clause before runs up to this trigger, not to where
            # the search for a subject gave up, inside that clause's own verb phrase.)
            start = max(start, trigger.start)
            if previous is not None:
                subject, relative = previous.subject, previous.relative
            else:
                subject = leading_subject(text)
        clause = Clause(trigger, subject, start, relative)
        clauses.append(clause)
        previous = clause
    return clauses


# A non-restrictive relative clause between a subject and its verb: "Shayne Neumann MP, who
# before his parliamentary career established and ran a successful law firm, will be ...".
_RELATIVE_ASIDE = re.compile(r"(?<=\w),\s+who\s+[^,;:—–()“”\"]{3,140},\s*$")

# An object relative clause with a pronoun for its subject, ending where its trigger begins:
# "the joint statement that we will issue", "a meeting that I'll convene on Monday",
# "endorsed correspondence which I will be sending", "the programs they will fund".
_OBJECT_RELATIVE = re.compile(
    r"(?:^|[\s(“\"])(?P<np>(?:(?:the|a|an|our|their|its|this|these|those|his|her|my|some|any|"
    r"every|each|one\s+of\s+the)\s+(?:[\w’'$.-]+\s+){0,4}?)?[a-z][\w’'-]*)\s+"
    r"(?:(?:that|which)\s+)?(?P<pron>I|we|he|she|they)(?:[’'](?:ll|re|m))?\s*$"
)
# Heads an object relative's noun cannot have: nothing is named ("everything that we're
# going to do"), or the noun is a time or a manner ("the day we will", "the way we will").
_NOT_ANTECEDENTS = words.THING_PRONOUNS | words.word_set(
    "everything anything something nothing all way ways time times day days moment year years "
    "week weeks reason reasons extent point place"
)


def _object_relative(text: str, trigger_start: int) -> tuple[str, int, str] | None:
    """(pronoun, its start, antecedent) when the trigger opens an object relative clause
    whose subject is a pronoun ("the joint statement that we will issue"), else None."""
    window = text[max(0, trigger_start - 120) : trigger_start]
    m = _OBJECT_RELATIVE.search(window)
    if m is None:
        return None
    antecedent = m.group("np")
    if any(w.lower() in _FINITE or w.lower() in _MODALS for w in antecedent.split()):
        return None  # "the Government can guarantee that we will": a verb's clause
    head = antecedent.split()[-1].lower()
    if head in _NOT_ANTECEDENTS or head in words.CLAUSE_WORDS or head in _NOT_NOUNS or (
        head in _EMBEDDING  # "that's why we're heading to Australia"
    ):
        return None
    if len(antecedent.split()) == 1 and (head.endswith(("ed", "ly")) or head in _PREPOSITIONS):
        return None  # "announced we will": a verb; "to we": no noun
    offset = trigger_start - len(window)
    return m.group("pron"), offset + m.start("pron"), antecedent


@cache
def _any_key(keys: tuple[str, ...]) -> Callable[[str], bool]:
    """A test for any of `keys` as a substring, made once per key tuple: `in` for each key in
    turn (three times faster than one compiled alternation of them, which the regex engine
    tries at every position of the sentence)."""

    def test(lower: str) -> bool:
        for key in keys:
            if key in lower:
                return True
        return False

    return test


def _triggers(text: str) -> list[Trigger]:
    found: dict[int, Trigger] = {}
    lower = text.lower()

    def scan(pattern: re.Pattern[str], keys: tuple[str, ...]) -> list[re.Match[str]]:
        # A substring test first: the patterns are long alternations, slow to run everywhere.
        # (The test for each key tuple is made once: building it for each pattern of each
        # sentence was most of the stage's time on a long meeting.)
        return list(pattern.finditer(text)) if _any_key(keys)(lower) else []

    def add(trigger: Trigger) -> None:
        # Two patterns can claim one place ("is expected to", "expects X to"); the first wins.
        # (Looked up by position: scanning every trigger found so far was quadratic.)
        if not any(p in found for p in range(trigger.start - 2, trigger.start + 3)):
            found[trigger.start] = trigger

    # Before "will": "you will see Allies endorse" is the Allies' item, not the audience's.
    for m in scan(_SEE_DO, (" see ",)):
        if m.group("v") in words.BASE_VERBS | commitments.MORE_DEEDS:
            add(Trigger("expectation", m.start(), m.start("v"), object_actor=m.group("obj")))
    for m in scan(_CALL_ON, _CALL_ON_KEYS):
        obj = m.group("obj").strip()
        if not obj:
            continue  # a false start: "directed to — to move forward"
        first = obj.split()[0]
        starts_object = first[:1].isupper() or first.lower() in _OBJECT_STARTS
        if len(obj.split()) > 10 or not starts_object:
            continue
        if re.search(r"\b(?:the|a|an|most|more)\s+$", text[: m.start()], re.I):
            continue  # "the most direct threat to": an adjective, not a request
        if m.group("t").endswith("ing") and _PAST_PROGRESSIVE.search(text, 0, m.start()):
            continue  # "we were pushing states and encouraging them to": narrative past
        caller, _, relative = subject_before(text, m.start())
        asked = _WANT_TO.search(text, max(0, m.start() - 30), m.start())
        if relative and caller == "" and not asked:
            continue  # "a step we’d encourage them to do": a relative clause
        lead = m.group("t").lower()
        kind: ActionKind = "expectation" if lead.startswith("expect") else "obligation"
        if lead.startswith("plan"):
            kind = "scheduled"  # "Plans call for the embassy to reopen"
        if lead.startswith("commit"):
            kind = "commitment"  # "The partnerships commit Australia and Vanuatu to work"
        add(Trigger(kind, m.start(), m.end(), object_actor=obj))
    for m in scan(_TASKED_WITH, ("task", "charge", "entrust")):
        obj = m.group("obj").strip()
        if obj and (obj[:1].isupper() or obj.split()[0].lower() in _OBJECT_STARTS):
            add(Trigger("obligation", m.start(), m.end(), object_actor=obj))
    for m in scan(_MANDATE, ("that",)):
        obj, verb = m.group("obj").strip(), m.group("v")
        if verb in words.BASE_VERBS and verb not in words.NON_ACTION_VERBS and (
            obj[:1].isupper() or obj.split()[0].lower() in _OBJECT_STARTS
        ):
            add(Trigger("obligation", m.start(), m.start("v"), object_actor=obj))
    for m in scan(_FUTURE, ("will", "'ll", "’ll", "shall", "won")):
        negated = bool(m.group("neg")) or m.group("t").lower().startswith("won")
        add(Trigger("commitment", m.start(), m.end(), negated=negated))
    for m in scan(_WOULD, ("would",)):
        add(Trigger("commitment", m.start(), m.end(), bool(m.group("neg")), would=True))
    for m in scan(_GOING, ("going",)):
        add(Trigger("commitment", m.start(), m.end(), negated=bool(m.group("neg"))))
    for m in scan(_INTENT, _INTENT_KEYS):
        if _NOUN_BEFORE.search(text, 0, m.start()):
            continue  # "the President’s plan to keep our community safe": a noun
        lead = m.group("t").lower()
        kind = "expectation" if lead.startswith(("expect", "hope", "look")) else "commitment"
        if "expected" in lead or "forward" in lead:
            kind = "expectation"
        if re.search(r"\b(?:set|scheduled|slated|due)\s+to$", lead):
            kind = "scheduled"  # "is set to announce", "is due to deliver": on a calendar
        add(Trigger(kind, m.start(), m.end()))
    for m in scan(_OBLIGATION, _OBLIGATION_KEYS):
        inverted = _INVERTED_SHOULD.match(text, m.start())
        if inverted and inverted.group("n") not in words.BASE_VERBS and (
            inverted.group("v") in words.BASE_VERBS
        ):
            continue  # "we'll impose costs should provocations continue": a condition
        add(Trigger("obligation", m.start(), m.end(), negated=bool(m.group("neg"))))
    for m in scan(_CALL_FOR, (" for ",)):
        if re.search(r"\b[Pp]lans?\s+$", text[: m.start()]):
            continue  # "Plans call for the embassy to reopen": a schedule, found above
        if m.group("t").split()[0].lower().endswith("s"):
            caller, _, relative = subject_before(text, m.start())
            if not clean_subject(caller) and not relative:
                continue  # "But calls for a shift ... have fallen on deaf ears": a noun
        add(Trigger("obligation", m.start(), m.start(), call_for=True))
    for m in scan(_PROMISED, ("promise", "pledge", "vow", "guarantee")):
        add(Trigger("commitment", m.start(), m.end(), promise=True))
    for m in scan(_ANNOUNCED_SUM, _MONEY_KEYS):
        add(Trigger("commitment", m.start(), m.end(), promise=True))
    for m in scan(_TO_BE, ("to be",)):
        before = text[: m.start()].split()
        if not before or before[-1].lower().strip(",") in _NOT_BEFORE_TO_BE:
            continue
        if before[-1].lower().endswith(("ed", "ing")) and not before[-1].endswith(","):
            continue  # "expected to be", "going to be": a verb's, not a noun's
        if "," not in m.group("t") and not _NOUN_PHRASE_END.search(text, 0, m.start()):
            continue  # "does not want Roe to be overturned": the object of a verb
        comma = "," in m.group("t")  # "a reserve of 35 days, to be held onshore": that noun's
        add(Trigger("commitment", m.start(), m.end("t") - 2, to_be=comma))  # "be held ..."
    for m in scan(_FUNDED, (*_MONEY_KEYS, "fund")):
        add(Trigger("commitment", m.start(), m.end(), funded=True))
    for m in scan(_ON_TRACK, ("on track",)):
        add(Trigger("scheduled", m.start(), m.end(), object_actor=m.group("obj")))
    for m in scan(_COMMITMENT, _NOUN_KEYS):
        if not m.group("noun").islower() or _NOUN_AFTER.search(text, 0, m.start()):
            continue  # "the Rescue Plan to invest": a name; "part of the President's plan to"
        if _HELD_NOUN.search(text, 0, m.start()):
            continue  # "we will not waver in our commitment to …": the verb's, not a deed
        noun_kind = cast(ActionKind, commitments.COMMITMENT_NOUNS[m.group("noun").lower()])
        owner = m.group("by") or m.group("rel")
        if owner is not None and re.search(r"\b(?:who|which|whether|what|how|where)\b", owner):
            continue  # "a determination by the FIFA world body of who gets to host": a question
        if owner is not None and m.group("rel"):
            owner = re.split(r"\s+(?:has\s+|had\s+)?(?:reached|made|struck|signed|announced|"
                             r"gave|took)\b", owner)[0]  # fmt: skip
        add(Trigger(noun_kind, m.start(), m.end(), commitment_noun=True, owner=owner))
    for m in scan(_PLANNED, ("planned", "proposed", "scheduled", "coming", "intended")):
        deed = commitments.PLANNED_NOUNS[m.group("noun")]
        # Whose plan: the subject of the verb the noun phrase hangs on ("the U.S. Department
        # of Defense notified Lebanon of the planned transfer"), else the sentence's.
        window = max(0, m.start() - 150)
        governing = list(_PAST_VERB.finditer(text, window, m.start()))
        owner = None
        if governing:
            named, _, inside = subject_before(text, governing[-1].start())
            owner = None if inside else clean_subject(named) or None
        owner = owner or leading_subject(text) or None
        add(Trigger("commitment", m.start(), m.end(), commitment_noun=True, owner=owner,
                    planned=deed))  # fmt: skip
    for m in scan(_FOCUS, ("focus", "priority", "goal", "aim", "task", "intention", "objective")):
        owner = {"our": "we", "my": "I", "their": "they", "his": "he", "her": "she"}[
            m.group("owner").lower()
        ]
        add(Trigger("commitment", m.start(), m.end(), object_actor=owner))
    for m in scan(_CLEFT, ("what", "What")):
        add(Trigger("commitment", m.start(), m.end(), object_actor=m.group("s"), cleft=True))
    for m in scan(_ITINERARY, ("off", "head", "travel", "fly", "leav", "depart")):
        if not _SUBORDINATE.search(text, max(0, m.start() - 40), m.start()):
            add(Trigger("scheduled", m.start(), m.end(), itinerary=True))  # not "as we're off"
    for m in scan(_FORWARD, ("forward", "ahead")):
        verb = m.end() if m.group("to") else m.start("v")
        add(Trigger("commitment", m.start(), verb))
    for m in scan(_ANNOUNCING, ("ing",)):
        if not m.group("steps"):
            base = _base_of(m.group("v"))
            funds = m.group("v") in _FUNDING_PROGRESSIVES and _SUM_NEXT.match(
                text, m.end() + len(m.group("v"))
            )  # "The Australian Government is providing $10 million to support ..."
            # Any other deed in the progressive is a plan only with a time ahead ("The Health
            # Secretary is meeting the Royal College of Nursing on Thursday").
            timed = base not in commitments.ANNOUNCED_DEEDS and not funds
            if timed and base not in _DEEDS:
                continue
            after = text[m.end() + len(m.group("v")) :]
            if re.match(r"\s+(?:on\b|that\b|it\b|this\b)", after):
                continue  # "delivering on this commitment", "We're delivering that"
        else:
            timed = False
        if _SUBORDINATE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "at the same time as we're investing": a circumstance
        if timed:
            if not find_all(text[m.end() : m.end() + 160]):
                continue  # "the actions the administration is taking to sustain ...": no date
            named, _, relative = subject_before(text, m.start())
            if relative or not named:
                continue  # "The enhanced operations we're announcing today will ...": a noun's
        verb = m.end() if not m.group("steps") else m.start("steps")
        add(Trigger("commitment", m.start(), verb, timed=timed))
    for m in scan(_IS_TO, _IS_TO_KEYS):
        if m.group("v") != "be" and m.group("v") not in _DEEDS:
            continue  # "is to blame", "are to thank": no deed
        if _NOUN_BEFORE.search(text, 0, m.start()):
            continue
        named, named_start, relative = subject_before(text, m.start())
        core = re.split(r"\s+(?:of|for|in|on)\s+", clean_subject(named))[0].split()
        if relative or not core or any(w.lower().strip("’'") in words.PURPOSE_NOUNS for w in core):
            continue  # "Our aim is to build", "Our role here is to": a purpose, not a deed
        if text[:named_start].rstrip() and text[:named_start].rstrip()[-1] not in ",;:“\"(":
            continue  # "... with the Iranians and our P5+1 partners is to prevent": a long subject
        add(Trigger("commitment", m.start(), m.end("t")))
    for m in scan(_SCHEDULED_FOR, ("scheduled", "set ", "slated", "planned", "due", "expected")):
        add(Trigger("scheduled", m.start(), m.end(), event=True))
    for m in scan(_PRESENT_SCHEDULE, _SCHEDULE_KEYS):
        before = text[: m.start()].split()
        if not before or before[-1].lower().strip(",") in _NOT_BEFORE_SCHEDULE:
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
    for m in scan(_PLAN_IS, ("plan", "intent")):
        owner = {"our": "we", "my": "I", "their": "they"}[m.group("owner").lower()]
        add(Trigger("commitment", m.start(), m.end(), object_actor=owner))
    for m in scan(_THERE_WILL_BE, ("there",)):
        head = m.group("np").split(" of ")[0].split()[-1].lower()  # "a meeting of ministers"
        if head in words.SCHEDULED_EVENTS:
            add(Trigger("scheduled", m.start(), m.end("np"), event=True, owner=m.group("np")))
    for m in scan(_ACCEPTED, ("invitation",)):
        add(Trigger("commitment", m.start(), m.end()))
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
            else:
                kept[-1] = replace(kept[-1], verb=trigger.verb)
            continue
        if trigger.call_for and re.search(r"\bto\s+$", text[: trigger.start]):
            continue  # "reached out to ask for": the purpose of another verb
        kept.append(trigger)
    return kept


_LOOK_BACK = 1000  # characters before a verb that can hold its subject and what decides it


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
        if token in _BOUNDARY_MARKS or token == "-" or taken >= 14:
            break
        if taken == 0 and (lower in AUXILIARIES or lower in words.LEADING_ADVERBS):
            stop = tokens[i].start()
            continue  # "is committed to", "are so committed to": part of the trigger
        if taken == 0 and lower == "to":
            return "", start, True  # "to ask for": the purpose of another verb
        if lower in _EMBEDDING:
            return "", start, True  # "one reason why we are committed to": not a statement
        if lower in words.CLAUSE_WORDS:
            if lower in {"who", "which", "that"} and taken == 0:
                return _relative_subject(text, tokens, i)
            if lower in {"who", "that"} and _restrictive(tokens, i, taken):
                start = tokens[i].start()  # "Survivors who have insurance should file"
                taken += 1
                continue
            before = tokens[i - 1].group(0) if i > 0 else ""
            if lower == "that" and before.lower() not in _COMPLEMENT_HEADS:
                if before and before not in _BOUNDARY_MARKS:
                    return "", start, True  # "the order that the president will sign"
            if lower in {"as", "than"} and taken > 0:
                return "", start, True  # "as a reliable member of NATO should behave"
            break
        if lower in words.REPORTING_VERBS and taken > 0:
            break
        if lower in {"and", "or"} and not _inside_with(tokens, i) and _has_finite_verb(tokens, i):
            break
        if taken > 0 and token.islower() and lower.endswith("ed") and len(lower) > 4:
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
            if (before in _EMBEDDING and not after_place) or before in {"who", "whom", "which",
                                                                         "whether", "if"}:
                return "", start, True  # "one reason why we are committed to"
            fronted_time = (
                i > 1
                and tokens[i - 2].group(0).lower() in _TIME_DETERMINERS
                and before in _TIME_NOUNS
            )  # "Next year we will be required to": a time, not a noun with a relative clause
            if not fronted_time and (
                before in words.THING_NOUNS
                or before in words.AGENT_NOUNS
                or _noun_after_article(tokens, i - 1)
            ):
                return "", start, True  # "a range of steps we need to engage with"
            if before == "that" and i > 1:
                head = tokens[i - 2].group(0).lower()
                if head not in _COMPLEMENT_HEADS and head not in _BOUNDARY_MARKS and (
                    head not in _REPORT_NOUNS  # "the announcement that it will host": its content
                ):
                    return "", start, True  # "a signal ... that we're not going to fatigue"
            if before == "and" and i > 1 and taken == 1 and tokens[i - 2].group(0)[:1].isupper():
                # "the Treasurer and I ... will be working on that": a name and the speaker
                k = i - 2
                while k > 0 and i - k < 6 and tokens[k].group(0).lower() not in _ARTICLES:
                    previous = tokens[k - 1].group(0)
                    if not (previous[:1].isupper() or previous.lower() in _ARTICLES):
                        break
                    k -= 1
                if tokens[k].start() >= floor:
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


_RELATIVE_VERB_FORMS = words.word_set("have has had are is were was")


def _restrictive(tokens: list[re.Match[str]], index: int, taken: int) -> bool:
    """Whether the "who"/"that" at tokens[index] opens a short subject relative clause that
    is part of the subject ("Survivors who have insurance", "Any province that joins"): a
    verb follows it at once, and a noun precedes it."""
    if taken > 4 or index < 1 or index + 1 >= len(tokens):
        return False
    verb = tokens[index + 1].group(0)
    noun = tokens[index - 1].group(0)
    plural = noun.lower().endswith("s") and not noun.lower().endswith("ss")
    verb_like = verb.isalpha() and verb.islower() and (
        verb in _RELATIVE_VERB_FORMS
        or plural and verb in _DEEDS  # "Employers who hire apprentices"
        or len(verb) > 3 and verb.endswith("s") and not verb.endswith("ss")
        or len(verb) > 4 and verb.endswith("ed")
    )
    lower = noun.lower()
    if not verb_like or not noun.isalpha() or lower in _COMPLEMENT_HEADS or lower in _NOT_NOUNS:
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
        if lower in _FINITE or tokens[j].group(0) in _BOUNDARY_MARKS:
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
        if any(w.lower() in _FINITE or w.lower() in words.REPORTING_VERBS
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
    subject, start, _ = subject_before(text, tokens[index].start())
    return subject, start, False


def _has_finite_verb(tokens: list[re.Match[str]], index: int) -> bool:
    # "... is to protect the lives of citizens and the agencies committed to ..." : the "and"
    # joins clauses, not names, when the words before it already hold a verb.
    for j in range(index - 1, max(-1, index - 25), -1):
        token = tokens[j].group(0)
        lower = token.lower()
        if token == "," and j == index - 1:
            continue
        if lower == "that" and j > 0 and tokens[j - 1].group(0).lower() in _PREPOSITIONS:
            continue  # "put around that table by COAG": a determiner, not a clause
        if token in _BOUNDARY_MARKS or lower in words.REPORTING_VERBS or lower == "that":
            return False
        if lower in _FINITE:
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
    return subject.strip(" ,")
