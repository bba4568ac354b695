"""How a committee's chair runs a meeting: handing the floor to members, moving between items."""

from __future__ import annotations

import re

# The chair handing the floor to a member for a round of questions: the round, and often a new
# line of questioning, begins with the chair's turn. Matched in lower case, curly apostrophes
# straightened, anywhere in the first 300 characters of the chair's turn. From committee
# evidence as Hansard prints it (Canadian House of Commons, Welsh Assembly, UK select
# committees): "We'll now go to Mr. Brassard", "Questions, then, from Dai Lloyd", "I call
# Mr. Bryant", "Over to you, Mark", "I'll bring in Jayne Bryant", "Ms. Blaney, you have the
# floor", "We'll go to questions from members, starting with …".
ROUND_HANDOVERS: tuple[str, ...] = (
    r"\b(?:we'll|we\ will|we're\ going\ to|i'll|i\ will|let's|let\ me)\ (?:now\ )?"
    r"(?:go|turn|move)\ (?:over\ )?to\ (?!item\b|the\ next\ item\b)",
    r"\b(?:now\ )?(?:go|going|turn|turning|over)\ to\ (?:questions|members)\b",
    r"\bquestions,?\ (?:then,?\ )?(?:from|to)\b",
    r"\b(?:first|next)\ (?:question|questions|questioner|round|on\ my\ list)\b",
    r"\bstarting\ with\b",
    r"^(?:[^.?!]{0,40}[.!]\s+)?i\ (?:now\ )?call\ (?:on\ )?(?!the\ meeting|this\ meeting|item)",
    r"\b(?:bring|bringing)\ in\b",
    r"\bover\ to\ you\b",
    r"\byou\ have\ the\ floor\b",
    r"\bthe\ floor\ is\ yours\b",
    r"\b(?:give|giving|pass|passing|hand|handing)\ (?:the\ floor|it|you|over)\ (?:over\ )?to\b",
    r"\byour\ (?:six|five|seven|four|three|two)\ minutes\b",
)

ROUND_HANDOVER = re.compile("|".join(f"(?:{p})" for p in ROUND_HANDOVERS), re.VERBOSE)

# Moves to another subject in the chair's words beyond the items and panels of
# `lexicon.topics.CHAIR_TRANSITIONS`: a theme of the inquiry ("I'd like to move on to the
# issue of funding", "Let's turn now to workforce"), questions opened to the committee.
AGENDA_MOVES: tuple[str, ...] = (
    r"\b(?:move|moving|turn|turning|go|going|come|coming)\ (?:on\ )?(?:now\ )?(?:on\ )?"
    r"(?:to|into)\ (?:the\ )?(?:issue|question|subject|topic|matter|area|theme)s?\ of\b",
    r"\b(?:move|moving|turn|turning)\ (?:on\ )?(?:now\ )?to\ (?:a\ |another\ |the\ next\ )"
    r"(?:different\ |new\ |separate\ )?(?:issue|subject|topic|area|theme|section)\b",
    r"\b(?:the\ )?next\ (?:theme|topic|area|section)\ (?:is|of|we)\b",
)

AGENDA_MOVE = re.compile("|".join(f"(?:{p})" for p in AGENDA_MOVES), re.VERBOSE)

# The chair's procedure: lines that run the meeting and say nothing of its business. A chair's
# sentence that matches one is no one's statement (marked like a moderator's line: no quote,
# no action item). Matched in lower case, curly apostrophes straightened. From committee and
# hearing practice in Westminster parliaments and the U.S. Congress: "I declare open this
# hearing", "The committee will come to order", "Senator Rennick, you have the call", "The
# gentlewoman from Ohio is recognized", "Your time has expired", "Proceedings suspended from
# 10:31 to 10:46", "We'll suspend briefly", "Do you wish to make an opening statement?".
PROCEDURE_PHRASES: tuple[str, ...] = (
    r"\bdeclare\ (?:open\b|(?:this|the)\ (?:\w+\ ){0,3}(?:open|closed|adjourned)\b)",
    r"\b(?:call|calling)\ (?:this|the)\ (?:\w+\ ){0,2}(?:hearing|meeting|committee|session)"
    r"\ to\ order\b",
    r"\b(?:will|shall)\ (?:now\ )?(?:come\ to\ order|stand\ (?:in\ recess|adjourned))\b",
    r"\b(?:stands?|is|are)\ (?:now\ )?(?:adjourned|in\ recess|suspended)\b",
    r"^(?:the\ )?(?:meeting|hearing|committee|proceedings|sitting)\ (?:was\ |were\ )?"
    r"(?:adjourned|suspended|resumed)\b",
    r"\b(?:we(?:'ll|\ will)|i(?:'ll|\ will))\ (?:now\ )?(?:suspend|adjourn|recess|break)\b",
    r"\byou\ have\ the\ (?:call|floor)\b",
    r"\b(?:is|are)\ (?:now\ )?recognized\b",
    r"\bi\ (?:now\ )?recognize\b",
    r"\b(?:your|the\ (?:gentleman's|gentlewoman's|gentlelady's|senator's|member's))"
    r"\ time\ (?:has\ )?expired\b",
    r"\byield(?:s)?\ back\b",
    r"\bwe(?:'re|\ are)\ (?:out\ of|running\ out\ of)\ time\b",
    r"\b(?:make|give)\ (?:an|a\ brief|a\ short|your)\ opening\ (?:statement|remarks)\b",
    r"\bwe\ will\ write\ to\ you\b",
    r"\bapologies\ (?:have\ been\ received|from)\b",
    r"\bdeclarations?\ of\ interests?\b",
    r"\bwithout\ objection\b",
    # the record kept open for written questions ("The record will stay open for two weeks")
    r"\brecord\ (?:will|shall)\ (?:stay|remain|be\ (?:kept|held|left))\ open\b",
    # the chair's courtesies: "Good morning and welcome.", "I welcome the witnesses from …",
    # "Thank you for coming."
    r"^(?:good\ (?:morning|afternoon|evening)(?:\ and\ welcome)?|welcome)\b[^.?!]{0,30}[.!]?$",
    r"^i\ (?:would\ like\ to\ |want\ to\ )?welcome\b",
    r"^thank\ you(?:\ all)?\ for\ (?:coming|being\ here|your\ evidence|attending)\b",
)

PROCEDURE = re.compile("|".join(f"(?:{p})" for p in PROCEDURE_PHRASES), re.VERBOSE)

# One who passes their turn to ask ("No questions, thank you, ma'am.", "No further questions,
# Your Honour."): counsel or a member, whoever says it, says nothing of the business.
PASSING = re.compile(r"^no\ (?:further\ |more\ )?questions\b", re.VERBOSE)
