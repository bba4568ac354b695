"""Verb phrases of action items: cleaned, in base form, split where coordinated."""

from __future__ import annotations

import re

from briefcli.lexicon import actions as words
from briefcli.lexicon import commitments

# "have the back of the Ukrainian people": to have is, here, to do.
_IDIOMS = re.compile(
    r"have (?:(?:the|their|his|her|our|your|its) back\b|(?:(?:an?|the|our|some) )?(?:\w+ ){0,2}"
    r"(?:conversations?|talks|discussions?|consultations?|meetings?|calls?|"
    r"announcements?|dialogue)\b)"
)
_PROGRESSIVE_FILLERS = words.word_set(
    "over there here out also still now back in on again first and foremost then"
)
# Stems of -ing forms whose base form ends in a silent "e".
_SILENT_E = re.compile(
    r"(?:v|u|is|ys|rc|nc|rg|dg|[aeo]ng|iz|yz|[^e]at|ut|ur|os|as|ag|id|ud|ak|om|ir|ov|[^aeiou]in|"
    r"[^aeiou]ic|[^aeiou]ag)$"
)
_ABBREVIATION_END = re.compile(r"(?:\b[a-zA-Z]\.){2,}$")  # "at 9 a.m.", "in Washington, D.C."
# Verbs that are a whole action item on their own ("Americans should leave").
_WHOLE_DEEDS = words.word_set(
    "respond act retaliate resign comply testify vote withdraw leave depart travel evacuate "
    "reciprocate negotiate cooperate intervene de-escalate deescalate disarm deploy reopen "
    "reconvene adjourn desist retreat attend participate investigate reconsider apologise "
    "apologize register enrol enroll"
)
_DANGLING = words.word_set("and or but to the a an of in on for with from as by that then ,")
# What follows "do" when the deed is named elsewhere: "do that", "as I'll do next week".
_ANAPHORIC_DO = words.word_set("that this it the next again likewise exactly")
# Words that follow a verb rather than an adjective: where a coordinated verb phrase begins.
_OBJECT_LEADS = words.word_set(
    "the a an with to in on for from all its their our his her this these those that up out "
    "more new it them us any every each both into toward towards against about"
)


def head_verb(phrase: str) -> str:
    """The verb that says what is done: "continue to be steadfast" -> "be"."""
    tokens = [t.lower().strip(",.") for t in phrase.split()]
    if tokens and tokens[0] == "not":
        tokens = tokens[1:]
    while len(tokens) > 1 and (
        tokens[0] in {"continue", "keep"} or tokens[0] == "try" and tokens[1] == "to"
    ):
        tokens = tokens[2:] if tokens[1] in {"to", "on"} else tokens[1:]
    if tokens and tokens[0].endswith("ing") and len(tokens[0]) > 4:
        return base_form(tokens[0])
    if tokens[:1] == ["have"] and _IDIOMS.match(" ".join(tokens)):
        return "support"
    return tokens[0] if tokens else ""


def verb_phrase(phrase: str) -> str | None:
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
    if (
        len(tokens) > 2
        and tokens[0].lower() in {"look", "looking", "seek", "seeking"}
        and tokens[1].lower() == "to"
        and tokens[2].lower() not in words.NOT_VERB_STARTS
        and tokens[2][:1].islower()
    ):
        tokens = tokens[2:]  # "we will look to recoup the balance": to recoup it
    while tokens and tokens[-1].lower().strip(",.") in _DANGLING:
        if tokens[-1].lower().strip(",.") == "that" and len(tokens) > 1 and (
            tokens[-2].lower() in {"on", "with", "about", "for", "at", "through", "do"}
        ):
            break  # "be working on that": "that" is the object, not a cut-off clause
        tokens.pop()
    if not tokens:
        return None
    first = tokens[0].lower()
    progressive = _progressive(tokens)
    if progressive:
        tokens = [base_form(tokens[progressive]), *tokens[progressive + 1 :]]
    elif first.endswith("ing") and len(first) > 4 and first not in {"bring", "sing"}:
        tokens = [base_form(first), *tokens[1:]]  # "look forward to working" -> "work"
    if [t.lower() for t in tokens[:3]] == ["be", "able", "to"]:
        tokens = tokens[3:]
    first = tokens[0].lower().strip(",.;:") if tokens else ""
    if not first or first in words.NOT_VERB_STARTS - {"be", "not"} or not first[0].isalpha():
        return None
    if tokens[0][0].isupper() and first not in words.BASE_VERBS:
        return None
    if len(tokens) < 2 and first not in _WHOLE_DEEDS:
        return None  # "which we encourage them to do", "who are going to work": no deed named
    if first == "do" and tokens[1].lower().strip(",.") in _ANAPHORIC_DO:
        return None  # "encouraged them to do that in February": the action is elsewhere
    if len(tokens) <= 4 and (
        tokens[-1].lower().strip(",.") == "do"
        or " ".join(tokens[-2:]).lower().strip(",.") in {"do that", "do this", "do it"}
    ):
        return None  # "we're going to try to do that" ("committed to do so" names its deed)
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
            known = words.BASE_VERBS | words.EVENT_VERBS | commitments.MORE_DEEDS
            return i if base_form(lower) in known else 0
        if lower not in _PROGRESSIVE_FILLERS and not lower.endswith("ly"):
            return 0
    return 0


def _stems(stem: str) -> tuple[str, ...]:
    """The base forms an -ing verb's stem may stand for: itself, with a silent "e", and without
    a doubled last consonant ("planning" -> "plan"), never a consonant cut off a cluster
    ("planting" is not "plan")."""
    if len(stem) > 2 and stem[-1] == stem[-2]:
        return (stem, stem + "e", stem[:-1])
    return (stem, stem + "e")


def base_form(gerund: str) -> str:
    """The base form of an -ing verb: from the word lists, else by English spelling rules."""
    stem = gerund.lower().strip(",.")[:-3]
    known = words.BASE_VERBS | words.EVENT_VERBS | words.NON_ACTION_VERBS
    for candidate in _stems(stem):
        if candidate in known:
            return candidate
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "sz":
        return stem[:-1]  # "submitting" -> "submit"
    if _SILENT_E.search(stem):
        return stem + "e"  # "welcoming" -> "welcome", "producing" -> "produce"
    return stem


def split_coordination(phrase: str) -> list[str]:
    """Coordinated verb phrases, one item each: "submit the protocol ... and work with it".

    Splits only before a known verb that goes on like a verb ("work with", "keep the"), and
    once an infinitive has begun ("efforts to prosecute X, dismantle Y") only in a serial
    list closed by ", and <verb>" ("build on X to reach Y, work to Z, and keep W"), or before
    a parallel "and to <verb>"."""
    tokens = phrase.split()
    serial = _SERIAL.search(phrase) is not None
    parts: list[list[str]] = [[]]
    infinitive = False
    for i, token in enumerate(tokens):
        lower = token.lower().strip(",")
        prev = tokens[i - 1].lower() if i else ""
        after = tokens[i + 1].lower().strip(",") if i + 1 < len(tokens) else ""
        joins = prev in {"and", "or"} or (prev.endswith(",") and prev != "and,")
        verb_next = lower in words.BASE_VERBS and (after in _OBJECT_LEADS or after.endswith("ly"))
        parallel = lower == "to" and prev == "and" and after in words.BASE_VERBS
        if (
            i > 1
            and joins
            and (verb_next and (not infinitive or serial and _listed(tokens, i)) or parallel)
            and len(parts[-1]) > 2
        ):
            if prev in {"and", "or"}:
                parts[-1].pop()
            parts.append([])
        if prev == "to" and (lower in words.BASE_VERBS or lower in words.LEADING_ADVERBS):
            infinitive = True
        parts[-1].append(token)
    found = [" ".join(p).strip(" ,;") for p in parts if p]
    return [re.sub(r"^(?:and\s+)?to\s+", "", p) for p in found]


def _listed(tokens: list[str], index: int) -> bool:
    """Whether tokens[index] follows a list comma: ", work to" or ", and keep"."""
    before = tokens[index - 1]
    return before.endswith(",") or (
        before.lower() == "and" and index > 1 and tokens[index - 2].endswith(",")
    )


# A serial list of verb phrases: "..., work to ..., and keep ...".
_SERIAL = re.compile(r",\s+[a-z]+\s+\S+.*,\s+and\s+[a-z]+\s")
