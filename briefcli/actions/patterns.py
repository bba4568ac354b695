"""Patterns that open an action clause: modals, plans, calls, nominal commitments, funding."""

from __future__ import annotations

import re

from briefcli.lexicon import actions as words
from briefcli.lexicon import commitments
from briefcli.text.guard import guarded

_MONEY_SIGN = (  # "$", "£", "€", "¥"; or the letters of a currency: "R3.4 billion", "Rs 4,200"
    "(?:["
    + re.escape(commitments.CURRENCY_SIGNS)
    + "]|(?-i:"
    + "|".join(re.escape(code) for code in commitments.CURRENCY_CODES)
    + r")\s?(?=\d))"
)
MONEY_KEYS = tuple(commitments.CURRENCY_SIGNS)
_NOT = r"(?P<neg>\s+not\b(?!\s+only\b)|n[’']t\b)?"  # "will not only continue": no negation
_ADVERB = r"(?:\s+(?:\w+ly|also|now|still|just|then|soon|further|again|all|both))*"
# Triggers whose subject comes before them: "X will ...", "X must ...", "X plans to ...".
FUTURE = re.compile(rf"(?P<t>[’'](?<=\w[’'])ll\b|\bwill\b|\bshall\b|\bwon[’']t\b){_NOT}", re.I)
WOULD = re.compile(rf"(?P<t>\bwould\b){_NOT}", re.I)
GOING = re.compile(
    rf"(?P<t>(?:\b(?:is|are|am)|[’'](?<=\w[’'])(?:s|re|m)){_ADVERB}{_NOT}{_ADVERB}\s+"
    r"(?:going\s+to|gonna))\b",  # (typed speech: "We're gonna open three more sites")
    re.I,
)
# ("is also scheduled to", "are now set to", "is still expected to": an adverb between)
_BE = (
    r"(?:\b(?:is|are|am|remains?|stands?)\s+|[’'](?<=\w[’'])(?:re|s|m)\s+)"
    r"(?:\w+ly\s+|also\s+|now\s+|still\s+|then\s+|already\s+)?"
)
INTENT = re.compile(
    rf"(?P<t>(?:{_BE}(?:set|scheduled|slated|due|determined|ready|prepared|willing|expected|"
    + "|".join(state.replace(" ", r"\s+") for state in commitments.PLAN_STATES)
    + r")|"
    r"\b(?:plans?|planned|planning|intends?|intended|intending|aims?|aiming|agreed|agrees?|"
    r"(?:agreed|agrees?)\s+on\s+the\s+(?:urgent\s+)?need|"  # "agreed on the need to relocate"
    r"prepares|preparing|"
    r"decided|decides?|voted|votes?|resolved|resolves?|"  # "Councillors voted to set aside"
    r"pledged|pledges?|vowed|vows?|promised|promises?|committed|commits?|"
    r"undertook|undertakes?|"
    r"stands?\s+ready|expects?|hopes?|looks?\s+forward|looking\s+forward|"
    r"(?:\bwould|[’'](?<=\w[’'])d)\s+(?:also\s+)?be\s+(?:more\s+than\s+|very\s+)?(?:"
    + "|".join(sorted(words.GLAD_STATES))
    + r"))(?:\s+also)?"
    r"(?:,\s+(?:for\s+example|for\s+instance|in\s+fact|of\s+course|as\s+you\s+know),|"
    # "I am looking forward very much, and at the invitation of the Chinese Government, to be"
    r"(?<=forward)\s+very\s+much,\s+(?:and\s+)?[^,;:.?!]{1,60}?,)?)\s+to)\s+"
    r"(?=[a-z])"
)
OBLIGATION = re.compile(
    rf"(?P<t>\b(?:must|should|ought\s+to|n(?<!the n)(?<!a n)(?<!no n)eeds?\s+to|has\s+to|"
    rf"have\s+to|got\s+to|"
    # a deadline given: "The Government has two months to respond", "has until Friday to"
    rf"(?:has|have)\s+(?:(?:\d+|[a-z]+)\s+(?:days|weeks|months)|until\s+[A-Z]\w+(?:\s+\d+)?)\s+to|"
    rf"(?:is|are)\s+required\s+to)\b){_NOT}",
    re.I,
)
# Triggers that name the one who must act after them: "urged X to ...", "the need for X to ...".
CALL_ON = re.compile(
    r"(?P<t>\b(?:urged?|urges|urging|asked|asks?|asking|called\s+(?:on|upon)|calls?\s+(?:on|upon)|"
    r"calling\s+(?:on|upon)|instructed|instructs?|instructing|directed|directs?|directing|"
    r"tasked|tasking|tasks?|encouraged?|needs?|ordered|ordering|requires|required|requiring|"
    r"encourages|encouraging|press(?:es|ed|ing)?|requested|requests?|expects?|expected|"
    r"the\s+need\s+for|[Pp]lans?\s+calls?\s+for|call(?:s|ed|ing)?\s+for|time\s+for|"
    r"commit(?:s|ted)?|invit(?:es?|ed|ing)))\s+"
    # (not "asked Congress for $33 billion to support Ukraine": the sum's purpose)
    # ("asked the Minister, Minister Tran, to report": an appositive's comma before "to")
    r"(?P<obj>(?:(?!\bfor\b)[^,;:.?!“”\"—]){1,80}?),?\s+to\s+(?=[a-z])"
)
# A task given as a gerund: "Ministers tasked their officials with developing an action plan".
TASKED_WITH = re.compile(
    r"(?P<t>\b(?:tasked|tasks|tasking|charged|charges|entrusted)\s+"
    r"(?P<obj>[^,;:.?!“”\"—]{1,60}?)\s+with\s+)(?=[a-z]+ing\b)"
)
# A mandate in the subjunctive: "It is important that Congress pass this bill quickly", "it's
# essential that the international community speak out", "The Committee recommends that HM
# Treasury review ...", "recommends that the Department should write to ...": the one named
# must act (the lexicon's MANDATE_HEADS).
MANDATE = re.compile(
    r"(?P<t>\b(?:" + "|".join(sorted(commitments.MANDATE_HEADS)) + r")"
    r"\s+that\s+)(?P<obj>(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,4}?)\s+(?:should\s+)?"
    r"(?P<v>[a-z]+)\b"
)
# The pattern (case as written) holds a head word, rarer than "that" (a third of a meeting's
# sentences have "that"; a tenth a head).
MANDATE_KEYS = tuple(sorted(commitments.MANDATE_HEADS))
# A call for something with no one named to do it: "called for the immediate release ...".
CALL_FOR = re.compile(
    r"(?P<t>\b(?:call(?:s|ed|ing)?|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|demand(?:s|ed|ing)?)"
    r"\s+for)\s+(?=[a-z])",
    re.I,
)
# A promise of something, not of a deed: "The Prime Minister promised quick action in ...".
PROMISED = re.compile(
    r"(?P<t>\b(?:promised|promises|pledged|pledges|vowed|vows|guaranteed|guarantees))\s+"
    r"(?=(?:quick|swift|full|more|new|additional|further|continued|its|their|his|her|an?|the)\b|"
    + _MONEY_SIGN
    + ")",
    re.I,
)
# A sum announced or committed: "The Australian Government today announced $132,000 for ...",
# "has also committed $330 million to ...", "by announcing $120 million in ...".
ANNOUNCED_SUM = re.compile(
    r"(?P<t>\b(?:announced|announces|announcing|announce|committed|commits|committing|allocated|"
    r"allocates|allocating|set\s+aside|earmarked|earmarks|earmarking|budgeted|provides|"
    r"invests|dedicates))\s+(?=(?:(?:an?|another|additional|further|extra|more|than|nearly|"
    r"almost|over|some|up|to)\s+)*(?:[A-Z]{1,3})?" + _MONEY_SIGN + r"\d)"
)
# The speaker's own announcement, its subject left out: "It's great to be here ... to announce
# $3 billion of work", "I'm pleased to announce $5 million for ...".
PLEASED_TO = re.compile(
    r"\b(?:pleased|delighted|proud|happy|glad|here)\b[^.;:?!]{0,150}?\b(?:and\s+)?to\s+$"
)
# Planning for a deed said to be going on: "Planning is also underway to resume Embassy Kyiv
# operations", "Preparations are under way to open the centre" (the speaker's government's;
# not "Work is underway to prepare the site": work going on, told of in the present).
UNDER_WAY = re.compile(
    r"(?P<t>\b(?:[Pp]lanning|[Pp]reparations)\s+(?:is|are)\s+"
    r"(?:also\s+|now\s+|already\s+|well\s+)?(?:under\s*way|in\s+train|in\s+progress)\s+to)\s+"
    r"(?=[a-z])"
)
# The speaker's own wish to act, an item only with a time ahead: "I want to get this
# information to Australians as soon as I can" (not "I want to thank", "we want to see").
WANT = re.compile(r"(?P<t>\b(?:I|[Ww]e)\s+(?:really\s+|also\s+)?want\s+to)\s+(?P<v>[a-z]+)\b")
# A funding line in the present or perfect: "Funding of $20 million has been committed to the
# program", "$3 million is earmarked for landmine clearance" (the lexicon's participles), with
# a time between them.
FUNDED = re.compile(
    r"(?P<t>\b(?:has|have)\s+been|\b(?:is|are)(?:\s+being)?)\s+(?=(?P<p>"
    + "|".join(sorted(commitments.FUNDING_PARTICIPLES))
    + r")(?:\s+aside)?"
    # (a time between: "N$1.2 billion is allocated over the medium term to build classrooms")
    r"(?:\s+(?:over|in|during|this|next)\s+(?:the\s+)?[\w/’'-]+(?:\s+[\w/’'-]+){0,2}?)?"
    r"\s+(?:to|for|towards|toward)\b)"
)
# A plan in an absolute phrase, its subject after "with": "The cabinet is to adopt the draft in
# April, with the Bundestag expected to vote on it", "with construction due to begin in June".
WITH_DUE = re.compile(
    r"(?P<t>,\s+with\s+(?P<obj>(?:(?:the|a|an|its|their|our)\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)"
    r"\s+(?P<w>expected|due|set|scheduled|slated)\s+to)\s+(?=[a-z])"
)
# A request in the passive: "Motorists are advised to use", "have been instructed to"; in the
# past only with a time ahead ("Partners were asked to fill the gap by the end of the month").
REQUESTED = re.compile(
    r"(?P<t>\b(?P<aux>is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:also\s+|now\s+|strongly\s+|hereby\s+)?"
    r"(?P<p>" + "|".join(sorted(commitments.REQUEST_PARTICIPLES)) + r")\s+to)\s+(?=[a-z])"
)
REQUEST_KEYS = tuple(p.split()[0] for p in commitments.REQUEST_PARTICIPLES)
# "We remain on track for the President to make a decision", "is on track to finish".
ON_TRACK = re.compile(
    r"(?P<t>\bon\s+track\s+(?:for\s+(?P<obj>[^,;:.?!“”\"—]{1,60}?)\s+)?to)\s+(?=[a-z])", re.I
)
# A commitment as a noun: "the U.S. commitment to ensure ...", "Canada's plan to resettle
# ...", "the commitment by President Erdoğan to transmit ...", "the agreement he reached
# with Erdoğan to send ...". The nouns are the lexicon's (commitments.COMMITMENT_NOUNS).
COMMITMENT = re.compile(
    r"(?P<t>\b(?P<noun>"
    + "|".join(sorted(commitments.COMMITMENT_NOUNS, key=len, reverse=True))
    + r")\s+(?:(?:today|yesterday|this\s+week|last\s+week|on\s+\w+day)\s+)?"
    r"(?:(?:by|of|between)\s+(?P<by>[^,;:.?!“”\"—]{1,60}?)\s+"
    r"|(?P<rel>(?:he|she|they|it|we|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
    r"(?:has\s+|had\s+)?(?:reached|made|struck|signed|announced|gave|took)"
    r"(?:\s+with\s+[^,;:.?!“”\"—]{1,50}?)?)\s+)?(?:to|of(?=\s+[a-z]{3,}ing\b)))\s+(?=[a-z])",
    re.I,
)
# A commitment noun held by a preposition and a possessive is part of the verb phrase it
# hangs on ("will not waver in our commitment to …", "stand by their pledge to …").
HELD_NOUN = re.compile(
    r"\b(?:in|to|with|behind|by|on)\s+(?:our|their|its|his|her|my|your)\s+(?:[a-z]+\s+)?$"
)
# An infinitive passive after a noun: "the forthcoming Pacific Islands Forum, to be held in
# Cairns in August", "an initial report ... to be completed during 2011": the noun's deed.
TO_BE = re.compile(r"(?P<t>(?<=[a-z,])\s*,?\s+to\s+be)\s+(?=[a-z]+(?:ed|en|eld|un|ilt)\b)")
NOUN_PHRASE_END = re.compile(
    r"\b(?:the|a|an|its|their|our|his|her|this|each|every)\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+$", re.I
)
NOT_BEFORE_TO_BE = words.word_set(
    "is are was were be been being am has have had expected going need needs needed set due "
    "likely able ought used seem seems seemed appear appears want wants wanted deserve deserves "
    "continue continues remain remains yet happy pleased proud honored honoured said reported "
    "believed known thought scheduled slated designed meant supposed asked required"
)
# A deed to come in the "is to" frame: "The Commission is to present its proposal in the
# autumn", "The Treasurer is to deliver the mid-year update" (not "Our aim is to build": a
# purpose, the lexicon's PURPOSE_NOUNS).
IS_TO = re.compile(
    r"(?P<t>\b(?:is|are)\s+(?:also\s+|now\s+|then\s+|first\s+)?to)\s+(?P<v>[a-z]+)\b"
)
IS_TO_KEYS = ("is to", "are to", "also to", "now to", "then to", "first to")
# An event on the calendar, with no one named to hold it: "The summit is scheduled for
# October", "The next round of talks is set for 14 May" (the lexicon's SCHEDULED_EVENTS).
SCHEDULED_FOR = re.compile(
    r"(?P<t>\b(?:is|are)\s+(?:now\s+|also\s+|tentatively\s+)?(?:scheduled|set|slated|planned|"
    r"due|expected)\s+)(?=(?:for|in|on|to\s+take\s+place)\b)"
)
# A calendar in the present simple: "Applications open on 1 July", "He returns to Canberra on
# Sunday" (an item only with a time ahead, checked with the briefing's date).
PRESENT_SCHEDULE = re.compile(
    r"\s(?<=[\w.’']\s)\s*(?P<t>(?P<v>"
    + "|".join(sorted(words.SCHEDULE_VERBS, key=len, reverse=True))
    + r"))\b(?=\s+(?:on|in|at|from|next|this|tomorrow|for|to|with|(?i:"
    + "|".join(sorted(words.BARE_DAYS))
    + r"))\b)"
)
SCHEDULE_KEYS = tuple(words.SCHEDULE_VERBS)
# "Eligible businesses can apply online from 15 March": a door opened on a date (an item only
# with a time ahead, checked with the briefing's date).
CAN_FROM = re.compile(
    r"(?P<t>\bcan\s+(?:now\s+|also\s+)?)(?=(?:"
    + "|".join(sorted(words.OPENED_DEEDS))
    + r")\b[^.;:?!]{0,60}?\b(?:from|starting|after)\s)"
)
NOT_BEFORE_SCHEDULE = words.word_set(
    "to will would shall can could may might must should not never also and or but did do does "
    "you them who which that"
)
# "Our plan is to get the Budget back to surplus": the possessor's plan (not "Our aim is to":
# a purpose; "plan" is among the lexicon's PURPOSE_NOUNS for the plain "is to" frame).
PLAN_IS = re.compile(
    r"(?P<t>\b(?P<owner>[Oo]ur|[Mm]y|[Tt]heir)\s+(?:\w+\s+)?"
    r"(?:plan|intention|intent|commitment|pledge|promise|undertaking)\s+is\s+"
    r"(?:now\s+|still\s+|simply\s+)?to)\s+(?=[a-z])"
)
# An event on the calendar said to be: "There'll be a National Cabinet meeting on Friday",
# "there will be a vote in the Senate next week" (the lexicon's SCHEDULED_EVENTS; the issuer,
# or the speaker's government, holds it).
THERE_WILL_BE = re.compile(
    r"\b[Tt]here\s*(?:will|[’']ll|is\s+going\s+to)\s+(?:also\s+)?be\s+"
    r"(?P<np>(?:an?|the|another|further|two|three)\s+(?:[\w’'-]+\s+){0,5}?(?P<head>[a-z]+))"
    r"(?=\s+(?:on|in|at|next|this|tomorrow|later|from|between)\b)"
)
# An invitation accepted: "Prime Minister Sato accepted Prime Minister Reid's invitation to
# visit Australia", "accepted an invitation to address the Assembly": the one who accepts goes.
ACCEPTED = re.compile(
    r"(?P<t>\baccept(?:ed|s|ing)?\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|"
    r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}?[A-Z][\w.’'-]*[’']s\s+)?(?:\w+\s+)?invitations?\s+"
    r"(?:from\s+[^,;:.?!]{1,50}?\s+)?to)\s+(?=[a-z])"
)
# An invitation accepted after it is told: "..., and Minister Moana accepted", "which he accepted".
ACCEPTED_AFTER = re.compile(
    r"(?:,?\s+and|,\s+which)\s+(?:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|he|she|they)"
    r"\s+(?:has\s+|have\s+)?(?:gladly\s+|readily\s+)?accepted\b"
)


# What the audience will see others do: "you will see Allies endorse his extension", "we'll
# see leaders agree on ...": the ones seen act.
SEE_DO = re.compile(
    r"(?P<t>\b(?:will|[’']ll)\s+(?:\w+ly\s+)?see)\s+(?P<obj>(?:the\s+)?[A-Z][\w.’'-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,3}(?:\s+[a-z]+s)?|(?:all|other|our)\s+[a-z]+)\s+"
    r"(?P<v>[a-z]+)\b"
)
# A present progressive that announces a deed: "We are launching ...", "the United States is
# imposing sanctions", "is taking the necessary steps to provide ...".
ANNOUNCING = re.compile(
    r"(?P<t>(?:\b(?P<past>was|were)|\b(?:is|are|am)|[’'](?:(?<=\b[Ww]e[’'])re|(?<=\b[Tt]hey[’'])re|(?<=\bI[’'])m))"
    r"(?:\s+(?:" + "|".join(sorted(commitments.PROGRESSIVE_ADVERBS)) + r"|[a-z]{3,}ly))?\s+)"
    r"(?:(?P<steps>taking\s+(?:the\s+)?(?:\w+\s+)?steps\s+to)\s+"
    r"(?=[a-z])|(?=(?P<v>[a-z]+ing)\b))"
)
# The frame of reported speech just before a backshifted progressive's subject: "The Premier
# said the Government was activating ...", "told reporters that it was launching ..." (the
# lexicon's REPORTING_VERBS of saying, in the past).
REPORTED_FRAME = re.compile(
    r"\b(?:" + "|".join(sorted(commitments.SAID_VERBS)) + r")(?:\s+(?:reporters|journalists|"
    r"parliament|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}))?(?:\s+that)?\s+$"
)
# A trip under way or on the itinerary: "we're off, as you know, to Fiji", "the Secretary is
# heading to Brussels", "I'm travelling to Jakarta".
ITINERARY = re.compile(
    r"(?P<t>(?:\b(?:is|are|am)|[’'](?<=\w[’'])(?:re|s|m))\s+(?:also\s+|then\s+|now\s+)?"
    r"(?:off|headed|heading|travell?ing|flying|leaving|departing)\b,?"
    r"(?:\s+(?:as\s+you\s+know|of\s+course|then|next),?)?\s+)(?=(?:to|for)\s+[A-Z])"
)
# Going ahead with a plan: "We are moving forward in a spirit of partnership to implement the
# Strategy", "the Government is pressing ahead with the reforms".
FORWARD = re.compile(
    r"(?P<t>(?:\b(?:is|are|am)|[’'](?<=\w[’'])(?:re|s|m))\s+(?:now\s+|also\s+)?)"
    r"(?P<v>(?:moving|pressing|pushing|going)\s+(?:forward|ahead)\b"
    r"(?P<to>[^,;:.?!]{0,50}?\s+to\s+(?=[a-z]))?)"
)
# A pseudo-cleft: "What we intend to do, in the future, is to have a national system".
CLEFT = re.compile(
    r"(?P<t>\b[Ww]hat\s+(?P<s>we|I|they|he|she|the\s+[A-Z]?\w+)(?:\s+will|[’']ll|"
    r"(?:\s+are|[’']re|\s+am|[’']m)\s+going\s+to|\s+intend\s+to|\s+plan\s+to|\s+want\s+to|"
    r"\s+propose\s+to|\s+have\s+agreed\s+to)\s+(?:now\s+)?do\b"  # ("What we'll do is")
    r"[^.;:?!]{0,40}?\s+is\s+(?:to\s+)?)(?=[a-z])"
)
# A deed planned, as a noun: "notified Lebanon of the planned transfer of three patrol boats".
PLANNED = re.compile(
    r"(?P<t>\b(?:the|its|their|our|his|her)\s+(?:planned|proposed|scheduled|upcoming|"
    r"forthcoming|intended)\s+)(?P<noun>"
    + "|".join(sorted(commitments.PLANNED_NOUNS, key=len, reverse=True))
    + r")\s+of\s+(?=[a-z0-9$])"
)
# A deed named as a noun that a body approves: "(a) approves the introduction of a two-hour free
# parking period", "Cabinet endorsed the establishment of a national water agency" (the
# lexicon's PLANNED_NOUNS; the verbs, APPROVING_VERBS).
APPROVED = re.compile(
    r"(?P<t>\b(?:"
    + "|".join(sorted(commitments.APPROVING_VERBS))
    + r")\s+(?:the\s+)?)(?P<noun>"
    + "|".join(sorted(commitments.PLANNED_NOUNS, key=len, reverse=True))
    + r")\s+of\s+(?=[a-z0-9$£€A-Z])"
)
APPROVED_KEYS = tuple(sorted({verb[:6] for verb in commitments.APPROVING_VERBS}))
# "should" opening an inverted condition: a noun, not a verb, after it, and a verb after that.
INVERTED_SHOULD = re.compile(r"should\s+(?P<n>[a-z]+s)\s+(?P<v>[a-z]+)\b")
# What may stand before a "Should" that opens a sentence as a condition ("Should any member
# suffer an attack, we would meet"; "10. Should ..."): nothing but a paragraph's number.
OPENING_SHOULD = re.compile(r"\s*(?:\(?\d+[.)]|\(?[a-z][.)])?\s*$")
DEEDS = words.BASE_VERBS | words.EVENT_VERBS | commitments.MORE_DEEDS
FUNDING_PROGRESSIVES = commitments.FUNDING_PROGRESSIVES
SUM_NEXT = re.compile(
    r"\s+(?:(?:an?|another|additional|further|extra|more|than|nearly|almost|over|some|up|to)"
    r"\s+)*(?:[A-Z]{1,3})?" + _MONEY_SIGN + r"\d"
)
PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b")
# What someone's focus or priority will be: "our focus will be providing aid directly to those
# in need" (not "My job is to speak on his behalf", "Our objective is to build resilience": a
# role or a purpose, in the present).
FOCUS = re.compile(
    r"(?P<t>\b(?P<owner>[Oo]ur|[Mm]y|[Tt]heir|[Hh]is|[Hh]er)\s+(?:first\s+|main\s+|top\s+)?"
    r"(?:focus|priority|goal|aim|task|intention|objective)\s+"
    r"(?:will\s+be|will\s+remain)\s+(?:to\s+)?)(?=[a-z]+)"
)
# A speaker taking a task on in the first person plural or singular: "Let me make sure that the
# funding gets out by Friday", "Let's make sure every family gets the payment" (not "let me
# make sure I answer this properly", "let me make sure you understand": the talk itself).
LET_ME = re.compile(
    r"(?P<t>\b[Ll]et\s+(?P<who>me|us)\s+|\b[Ll]et[’']s\s+)"
    r"(?=(?:make\s+sure|ensure)\s+(?:that\s+)?(?!(?:I|you|we)(?:[’'](?:m|re|ve))?\s+"
    r"(?:say|answer|understand|am|are|is|get\s+this|have\s+this|got\s+this|clear)\b)"
    r"(?!(?:I|you)\s))"
)
# Words one of which each pattern needs, for a cheap first look at a sentence.
CALL_ON_KEYS = ("urg", "ask", "call", "instruct", "direct", "task", "encourag", "press",
                 "request", "expect", "need", "time for", "commit", "order", "requir",
                 "invit")  # fmt: skip
INTENT_KEYS = ("plan", "intend", "aim", "set to", "scheduled", "slated", "agree", "decide",
                "due", "prepar", "vote", "resolve",
                "pledge", "vow", "promise", "commit", "undert", "determined", "ready", "prepared",
                "willing", "expect", "hope", "forward", *commitments.PLAN_STATES,
                *words.GLAD_STATES)  # fmt: skip
NOUN_KEYS = tuple(commitments.COMMITMENT_NOUNS)
# A commitment noun after a preposition or "no" describes ("an integral part of the
# President's plan to", "in the event of a NATO decision to", "He has no plans to"), it
# does not report a commitment; after "on" it can ("congratulated X on the agreement").
NOUN_AFTER = re.compile(
    r"(?:\b(?i:of|in|for|with|from|under|about|into|without)\s+(?:(?i:the|a|an|this|that)\s+)?"
    r"(?:[A-Z][\w.’'-]*\s+){0,4}(?:[A-Z][\w.’'-]*[’']s\s+)?|\b(?i:no)\s+(?:\w+\s+)?|"
    # "a great credit to the determination of my ministers to": praise of a deed done
    r"\b(?:" + "|".join(sorted(commitments.PRAISE_NOUNS)) + r")\s+to\s+(?:the|their|our|his|her|"
    r"its|your)\s+(?:\w+\s+)?)$"
)
# A subordinate clause's subject: "at the same time as we're investing", "while they are".
SUBORDINATE = re.compile(
    r"\b(?:as|while|when|because|since|if|that|where|whether|who|sure|ensure)\s+(?:\w+\s+){0,2}?"
    r"\S+\s*$",  # ("make sure we're bringing new skills": a goal, not an announcement)
    re.I,
)
OBLIGATION_KEYS = ("must", "should", "ought", "need", "has to", "have to", "got to", "required",
                   "days to", "weeks to", "months to", "until")  # fmt: skip
NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|our|his|her|their|its|this|that|no)|[’']s)\s+$", re.I)
# "I want to encourage others to join us": the speaker's own request, not a purpose clause.
WANT_TO = re.compile(
    r"\b(?:want|wanted|wish|like|going|would\s+ask|’d\s+ask|continue|continues)\s+to\s+$"
)  # "We continue to call on Russia to de-escalate": the call is made now
# A decision or promise in the past perfect is narrative: "had decided to cancel the Link".
PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|also\s+|already\s+|just\s+)?$")
PAST_PROGRESSIVE = re.compile(r"\b(?:was|were|had\s+been)\b[^,;:—.]*$")
# An object named by a request starts like a noun phrase: "urged Russia to", "asked them to".
OBJECT_STARTS = words.word_set(
    "the all both each every other their our his her its these those them him us me you my your "
    "leaders governments countries partners allies parties congress others donors nations "
    "members officials authorities agencies institutions"
) | words.ASKED_PUBLIC
# A verb joined to an earlier one of the same subject: "Ministers welcomed the report and
# agreed to ...", "... and agreed to" after a comma.
# ("... with the state ministers and have agreed to": a perfect's auxiliary after "and")
COORDINATED = re.compile(r"(?:^|[^,;:]\s)and\s+(?:\w+ly\s+|also\s+)?(?:have\s+|has\s+)?$")
# Leave given for someone to act, in minutes and decisions: "Approval was granted for the
# Ministry of Infrastructure to engage a contractor", "permission has been given to the council
# to borrow" (the lexicon's PERMISSION_NOUNS): the one allowed acts.
PERMITTED = re.compile(
    r"(?P<t>\b(?:" + "|".join(sorted(commitments.PERMISSION_NOUNS)) + r")\s+"
    r"(?:was|were|has\s+been|have\s+been|is|had\s+been)\s+(?:also\s+)?(?:granted|given)\s+"
    r"(?:to|for)\s+(?P<obj>(?:the\s+)?[A-Z][^,;:.?!“”\"—]{0,60}?)\s+to)\s+(?=[a-z])",
    re.I,
)
PERMITTED_KEYS = ("granted", "given")

# Every pattern a sentence is searched with for its triggers opens on a test ("\b(?:will|…",
# "(?P<t>\b(?:is|are)…"): guarded by the characters its matches start with, it is entered
# only where one of them stands (see briefcli.text.guard; the same matches).
(
    ACCEPTED, ACCEPTED_AFTER, ANNOUNCED_SUM, ANNOUNCING, CALL_FOR, CALL_ON, CAN_FROM, CLEFT,
    COMMITMENT, FOCUS, FORWARD, FUNDED, FUTURE, GOING, HELD_NOUN, INTENT, IS_TO, ITINERARY,
    LET_ME, MANDATE, NOUN_BEFORE, NOUN_PHRASE_END, OBLIGATION, ON_TRACK, PAST_PERFECT,
    PAST_PROGRESSIVE, PERMITTED, PLAN_IS, PLANNED, PLEASED_TO, PROMISED, REQUESTED,
    SCHEDULED_FOR, SEE_DO, SUBORDINATE, TASKED_WITH, TO_BE, UNDER_WAY, WANT, WANT_TO, WOULD,
) = (
    guarded(pattern)
    for pattern in (
        ACCEPTED, ACCEPTED_AFTER, ANNOUNCED_SUM, ANNOUNCING, CALL_FOR, CALL_ON, CAN_FROM, CLEFT,
        COMMITMENT, FOCUS, FORWARD, FUNDED, FUTURE, GOING, HELD_NOUN, INTENT, IS_TO, ITINERARY,
        LET_ME, MANDATE, NOUN_BEFORE, NOUN_PHRASE_END, OBLIGATION, ON_TRACK, PAST_PERFECT,
        PAST_PROGRESSIVE, PERMITTED, PLAN_IS, PLANNED, PLEASED_TO, PROMISED, REQUESTED,
        SCHEDULED_FOR, SEE_DO, SUBORDINATE, TASKED_WITH, TO_BE, UNDER_WAY, WANT, WANT_TO, WOULD,
    )
)  # fmt: skip
