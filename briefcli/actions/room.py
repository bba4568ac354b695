"""Talk about the briefing itself and sentences that are no statements: never action items."""

from __future__ import annotations

import re

from briefcli.actions.phrasing import MORE_TO_SAY
from briefcli.actions.verbs import base_form
from briefcli.lexicon import actions as words
from briefcli.model import Sentence
from briefcli.people.actors import Voice
from briefcli.text.document import Document

_ROOM_WORDS = re.compile(
    # ("call" is the press call, not the verb after "to": "we will continue to call")
    r"\b(?:questions?|note|embargo|(?<!\bto )call(?!\s+(?:for|on|upon)\b)|the floor|top|"
    r"readout|words|"
    r"more to (?:say|share)|(?:a little|a bit|some) more\b|"
    r"hypotheticals|it over|it back|it there|anything|the gaggle|the briefing|this again|"
    r"it (?:up )?to (?:you|questions)|public comments?|"
    r"my best|week ahead|more details|to start|a few words|briefly|topic|"
    # an answer owed to the room: "we will come back to you in due course", "get back to you"
    r"back to (?:you|all of you)|"
    # a committee's procedure: "go to Mr. Brassard for six minutes", "move on to item 3"
    r"(?:for|have) (?:\w+ )?minutes|item \d+|the next item|in camera|in private|to order)\b|"
    # where the speaker turns next: "We'll go here and here and then across", "over there"
    r"^\s*(?:over\s+)?(?:here|there)(?:\s+and\s+(?:over\s+)?(?:here|there))?"
    r"(?:\s*,|\s*$|\s+(?:and\s+)?then\b)|"
    r"^\s*(?:you|all of you|you all)\b",
    re.I,
)
_INTERROGATIVE = re.compile(
    r"(?:so,?\s+|and\s+|but\s+)?(?:will|would|shall|should|is|are|am|was|were|do|does|did|can|"
    r"could|has|have|what|how|who|why|when|where|which|whether)\b",
    re.I,
)
# Going somewhere named: "go to the Opening Ceremony", "travel to Fiji", "head to Brussels".
_TRAVEL = re.compile(r"(?:go|travel|head|fly|return)\s+(?:back\s+)?to\s+(?:the\s+)?[A-Z]")
# Speaking with someone named outside the room: "speak this evening with Foreign Secretary
# Truss", "be speaking to French, Germans, British colleagues" (not "speak to this").
_TALKS_WITH = re.compile(
    r"(?:speak|talk|meet)\s+(?:(?:this|tomorrow|later|again|today|on|in)\b[^,;]{0,25}?\s+)?"
    r"(?:with|to)\s+(?:(?:the|my|our|his|her|their)\s+)?[A-Z]|"
    # others told of just before: "Wayne was talking to some mining leaders, I'll be talking to
    # some today", "I'll speak with them tomorrow"
    r"(?:speak|talk|meet)\s+(?:with|to)\s+(?:some|them|him|her|both)\b(?!\s+(?:of\s+)?(?:you|this|that))"
)


# The deed abstained from: "refrain from commenting", "decline to speculate".
_ABSTAINED_FROM = re.compile(r"\S+\s+(?:from\s+|to\s+)([a-z]+)\b")
def _base(verb: str) -> str:
    return base_form(verb) if verb.endswith("ing") else verb


# What an "ask" outside the room asks for: "ask FEMA for reimbursement", "ask them to review".
_ASKED_FOR = re.compile(r"\b(?:for|to|about|whether|that)\b")
_GET_TO = re.compile(r"get\s+(?!back\b|home\b)(?:[\w$,-]+\s+){1,5}?to\s+(?:the\s+)?[A-Z]")
_TOGETHER = re.compile(r"\b(?:with|together)\b")
# Trying a deed, not the room's business: "continue to try and see if we can", "try to reach".
_TRY_TO = re.compile(r"\btry\s+(?:to|and)\s+[a-z]")


def not_a_statement(sentence: Sentence) -> bool:
    text = sentence.text.strip(" “”\"’'")
    asks = text.endswith("?") and _INTERROGATIVE.match(text) is not None
    return sentence.question or asks or sentence.speaker == "Reporter"


def briefing_room_talk(
    doc: Document,
    sentence: Sentence,
    speech: Voice | None,
    subject: str,
    actor: str,
    verb: str,
    phrase: str,
    participants: set[str],
    dated: bool = False,
) -> bool:
    """Talk about the briefing itself by someone in the room: "I'm going to hand it over",
    "Julie Su, who will speak more about ...", "we'll take one or two questions". A deed
    dated ahead is no room talk ("we're going to start tunnelling in September")."""
    if doc.kind != "transcript" or speech is not None:
        return False
    if verb == "have" and MORE_TO_SAY.match(phrase):
        return False  # "we'll have more to say on the list of projects": a topic announced
    if verb == "sit" and _TOGETHER.search(phrase):
        return False  # "agreed to sit down and work together", "sit down with the unions"
    room_words = _ROOM_WORDS.search(phrase.partition(" ")[2])  # "give you a week ahead"
    if dated and not room_words and verb in words.ROOM_DEEDS:
        return False
    speaker_acts = subject.lower() == "i" or actor in participants
    if _TRAVEL.match(phrase) and not room_words:
        return False  # "I'll be going to the Opening Ceremony": a trip, not the room's business
    if _GET_TO.match(phrase) and not room_words:
        return False  # "get this information to Australians": a delivery, not the room's
    if _TALKS_WITH.match(phrase) and not room_words:
        return False  # "I'll speak this evening with Foreign Secretary Truss": a call to make
    if speaker_acts and (verb in words.BRIEFING_ROOM_VERBS or room_words):
        return True
    if (speaker_acts or subject.lower() == "we") and phrase.strip(" ,.") in words.ROOM_PHRASES:
        return True  # "Sorry, we'll follow up": with the reporter who asked
    if verb in words.ABSTAIN_VERBS and (abstained := _ABSTAINED_FROM.match(phrase)) and (
        _base(abstained.group(1)) in words.BRIEFING_ROOM_VERBS
    ):
        return True  # "I will refrain from commenting on that", "we'll decline to speculate"
    if speaker_acts and verb == "ask" and not _ASKED_FOR.search(phrase):
        return True  # "I'll ask the Minister who has been handling the discussions": to answer
    if speaker_acts and phrase.startswith("not "):
        return True  # "I'm not going to build on what the President said"
    if subject.lower() == "we" and phrase.startswith("not ") and room_words:
        return True  # "We won't make any public comments on our assessment"
    if subject.lower() == "we" and verb in words.BRIEFING_ROOM_VERBS and " " not in phrase:
        return True  # "We'll proceed, but —"
    tries_deed = verb == "try" and _TRY_TO.search(phrase) is not None  # "try and see if"
    if subject.lower() == "we" and (
        room_words or verb in {"sit", "land", "try", "wrap"} and not tries_deed
    ):
        return True  # "we'll try this again", "we have to sit down now"
    return bool(room_words) and verb in words.BRIEFING_ROOM_VERBS | {"have", "send"}
