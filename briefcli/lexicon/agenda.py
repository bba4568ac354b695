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
