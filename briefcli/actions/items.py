"""Action items: who will (or must, or is expected to) do what, and when."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import cast

from briefcli.actions.clauses import (
    Clause,
    Trigger,
    clean_subject,
    find_clauses,
    leading_subject,
    plain,
    subject_before,
)
from briefcli.actions.verbs import base_form, head_verb, split_coordination, verb_phrase
from briefcli.errors import skipped
from briefcli.lexicon import actions as words
from briefcli.lexicon import commitments
from briefcli.lexicon.people import ROLE_WORDS
from briefcli.model import Action, ActionKind, Quote, Sentence
from briefcli.people import People
from briefcli.people.actors import COUNTRIES, Actors, Voice
from briefcli.text.document import Document
from briefcli.text.when import When, find_all

_HEDGE = re.compile(r"\s*(?:probably|likely|possibly|perhaps|maybe|presumably)\b", re.I)
_GAPPED = re.compile(r"\S+(?:\s+\S+)?\s+(?:is|was|are|were)\b")
_EXPECTING = re.compile(
    r"\b(?:expect|expects|expected|anticipate[sd]?|hope[sd]?|confident|optimistic)\s+"
    r"(?:that\s+)?$",
    re.I,
)
# "if", "unless", and the inverted "should Russia choose to ...".
_CONDITION = re.compile(
    r"(?<![Ee]ven )(?<![Aa]s )\b(?i:if|unless|in case|in the event of)\b|"
    r"\bshould\s+(?:(?:[A-Z][\w.’'-]*\s+){1,3}|(?:the|they|he|she|we|it|you|I|a|an|this|that|"
    r"there|any)\s+(?:[\w’'-]+\s+){0,2}?)(?!not\b)[a-z]+\b"
)
_ATTRIBUTION = re.compile(
    r",?\s*(?:he|she|they|the\s+\w+(?:\s+\w+)?|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s+"
    r"(?:said|says|added|noted|stressed|explained|told\s+\w+)\s*[.,]?\s*$"
)
# A verb phrase ends at these: a new clause, a quote, an aside.
_VP_END = re.compile(
    r"[;?!“”\"(\[]|:(?!\d)|\s[—–]|[—–]\s|,\s+(?:but|while|which|who|whereas|although|though)\b|"
    r",\s+(?:and|but|so)\s+(?:I|we|he|she|they|you|it)\b|"
    # "travel to Japan next week, where he will meet ...", "The review, to be led by Dr
    # Smith, will report ...": a clause of its own, or the main clause going on
    r",\s+where\b|,\s+(?:will|would|must|should|shall|is|are|was|were)\b|"
    # "the iron laws of arithmetic and we have not been able to": a pronoun subject opens one
    r"\s(?:and|but)(?:\s+so|\s+then)?\s+(?:I|we|he|she|they)\s+(?!(?:and|or)\b)|"
    # "needs to keep modernising and that's why at our recent National Conference we ...":
    r"\s(?:and|but|so)\s+(?:that|this|it)[’']s\b|"
    r"\s(?:because|unless|whereas)\b|,?\s+if\b|(?<!\.[a-zA-Z])\.\s*$"
)
_ROOM_WORDS = re.compile(
    r"\b(?:questions?|note|embargo|call(?!\s+(?:for|on|upon)\b)|the floor|top|readout|words|"
    r"more to (?:say|share)|"
    r"hypotheticals|it over|it back|it there|anything|the gaggle|the briefing|this again|"
    r"my best|week ahead|more details|to start|a few words|briefly|topic|"
    # a committee's procedure: "go to Mr. Brassard for six minutes", "move on to item 3"
    r"(?:for|have) (?:\w+ )?minutes|item \d+|the next item|in camera|in private|to order)\b|"
    r"^\s*(?:you|all of you|you all)\b",
    re.I,
)
_INTERROGATIVE = re.compile(
    r"(?:so,?\s+|and\s+|but\s+)?(?:will|would|shall|should|is|are|am|was|were|do|does|did|can|"
    r"could|has|have|what|how|who|why|when|where|which|whether)\b",
    re.I,
)
_PLEDGED_THAT = re.compile(
    r"\b(?:(?:have|has)\s+)?(?:committed|agreed|decided|pledged|promised|vowed|resolved|"
    r"guaranteed)\s+that\s+$"
)
# "get vaccinated", "get tested": to get is, here, to do.
_GET_DONE = re.compile(
    r"get\s+(?:\w+\s+){0,3}?(?:done|\w+ed)\b|get\s+under\s*way\b|"
    r"get\s+(?:[\w$,-]+\s+){1,5}?to\s+[a-z]+"  # "get 500 big polluters to pay the price"
)
# "hold a meeting" is an event; "hold Russia accountable" is not.
_HELD_EVENT = re.compile(
    r"hold\s+(?:\S+\s+){0,4}?(?:meeting|meetings|exercise|summit|talks|call|conference|"
    r"event|session|hearing|vote|election|briefing|rally|ceremony|dialogue|consultations|"
    r"reception|forum|roundtable)\b",
    re.I,
)
_CLAUSE_JOINT = re.compile(r",\s+(?:and|but|while|as)\s+((?:\S+\s+){1,4}\S+)")
# Going somewhere named: "go to the Opening Ceremony", "travel to Fiji", "head to Brussels".
_TRAVEL = re.compile(r"(?:go|travel|head|fly|return)\s+(?:back\s+)?to\s+(?:the\s+)?[A-Z]")
# Speaking with someone named outside the room: "speak this evening with Foreign Secretary
# Truss", "be speaking to French, Germans, British colleagues" (not "speak to this").
_TALKS_WITH = re.compile(
    r"(?:speak|talk|meet)\s+(?:(?:this|tomorrow|later|again|today|on|in)\b[^,;]{0,25}?\s+)?"
    r"(?:with|to)\s+(?:(?:the|my|our|his|her|their)\s+)?[A-Z]"
)
_STARTS = words.word_set("begin start commence finish resume")
_DEEDS = words.BASE_VERBS | words.EVENT_VERBS | commitments.MORE_DEEDS
_SUPERLATIVES = words.word_set("most best first only last biggest greatest strongest largest")


def find_actions(
    doc: Document, sentences: Sequence[Sentence], people: People, quotes: Sequence[Quote]
) -> list[Action]:
    """Every action item in document order, duplicates merged."""
    actors = Actors(doc, sentences, people, quotes)
    found: list[Action] = []
    lead: list[Action] = []  # the items of a sentence that opens a list ("... by:")
    for sentence in sentences:
        if _not_a_statement(sentence):
            lead = []
            continue
        try:
            items = _sentence_actions(doc, sentence, actors)
            listed = _LISTED_DEED.match(sentence.text)
            if lead and listed and not items:
                items = _listed_items(sentence, lead[0])
            if sentence.text.rstrip().endswith(":") and items:
                lead = items
            elif not listed:
                lead = []
        except Exception:  # one sentence never costs the brief
            skipped("action items", f"sentence {sentence.id}")
            continue
        found.extend(items)
        actors.remember(sentence, [a.actor for a in items])
    return _merge(found)


# A list item that is a deed: "Committing to create ...", "Collaborating in venues ...".
_LISTED_DEED = re.compile(r"\s*(?:[-•*–]\s*)?([A-Z][a-z]+ing)\b")


def _listed_items(sentence: Sentence, lead: Action) -> list[Action]:
    """An item of a list of deeds opened by a commitment ("We intend to advance this agenda
    by: / Committing to create ... / Collaborating in ..."): the opener's actor and kind."""
    text = plain(sentence.text)
    start = _LISTED_DEED.match(text)
    if start is None:
        return []
    phrase = verb_phrase(text[start.start(1) : _vp_end(text, start.start(1), len(text))].lower())
    if phrase is None or head_verb(phrase) not in _DEEDS:
        return []
    if phrase.startswith("commit to "):
        phrase = phrase[len("commit to ") :]  # "Committing to create": create
    return [replace(lead, text=sentence.text, action=phrase, when=None, date=None,
                    sentence=sentence.id)]  # fmt: skip


def _not_a_statement(sentence: Sentence) -> bool:
    text = sentence.text.strip(" “”\"’'")
    asks = text.endswith("?") and _INTERROGATIVE.match(text) is not None
    return sentence.question or asks or sentence.speaker == "Reporter"


def _sentence_actions(doc: Document, sentence: Sentence, actors: Actors) -> list[Action]:
    text = plain(sentence.text)
    clauses = find_clauses(text)
    found: list[Action] = []
    # The verb phrase runs to the next clause with a subject of its own; a relative clause
    # inside it ("whatever assets are required to") is part of it. One pass from the end
    # finds that next subject for every clause.
    next_subject: list[int | None] = [None] * len(clauses)
    following: int | None = None
    for index in range(len(clauses) - 1, -1, -1):
        next_subject[index] = following
        if not clauses[index].relative and clauses[index].subject and (
            not clauses[index].trigger.to_be  # "build a centre, to be opened": one phrase
        ):
            following = clauses[index].subject_start
    for index, clause in enumerate(clauses):
        upcoming = next_subject[index]
        limit = upcoming if upcoming is not None else len(text)
        if clause.trigger.verb >= limit:
            limit = len(text)
        # (the pattern ends the text at `limit`: only its last words are searched)
        if _DECIDES_THAT.search(text, max(clause.trigger.verb, limit - _DECIDES_SPAN), limit):
            limit = len(text)  # "we will agree that 2 percent should be a floor": one item
        if index + 1 < len(clauses) and clauses[index + 1].trigger.to_be:
            limit = min(limit, clauses[index + 1].trigger.start)  # "a centre, to be opened"
        if clause.trigger.commitment_noun and index + 1 < len(clauses):
            # "The Government's decision to close the facility by 2026 will save ...": the
            # commitment ends where the verb of the noun phrase it is in begins.
            limit = min(limit, clauses[index + 1].trigger.start)
        if index and any(
            c.trigger.commitment_noun and clause.subject_start <= c.trigger.start
            for c in clauses[:index]
        ):
            continue  # that noun phrase as a subject ("The decision ... will save"): a thing
        action = _clause_action(doc, sentence, text, clause, limit, actors)
        found.extend(action)
    return found


def _clause_action(
    doc: Document, sentence: Sentence, text: str, clause: Clause, limit: int, actors: Actors
) -> list[Action]:
    """The action item of one clause; `text` is the sentence's `plain` text."""
    trigger = clause.trigger
    subject = clean_subject(clause.subject)
    if not clause.relative and trigger.kind == "commitment" and not _MONEY.match(subject):
        # "Responding to the Crisis: Some $2.6 million of the ... assistance announced on May
        # 18, 2021 will support ...": a sum of money opens the clause, whatever stops the search.
        segment = re.split(r"[:;]", text[: trigger.start])[-1].strip()
        if _MONEY.match(segment) and len(segment.split()) <= 25:
            subject = segment
    reported = False  # the subject is the one named before "announced that it will"
    if subject.lower() in {"it", "they"} and not clause.relative:
        # "the Republic of Korea's recent announcement that it will host ...", "Indonesia
        # has confirmed that it will send ...": the one who announced it
        window = max(0, clause.subject_start - 160)
        said_that = _SAID_THAT.search(text, window, clause.subject_start)
        announcer = re.sub(r"[’']s$", "", said_that.group("x")) if said_that is not None else ""
        person = bool(announcer) and announcer.split()[-1].lower().strip(".") in ROLE_WORDS
        if announcer and announcer not in _NOT_NAMES and not person:  # "it" is no minister
            subject, reported = announcer, True
    if re.search(r"\bby\s+$", text[: trigger.start]) and not clause.relative:
        subject = leading_subject(text)  # "The Department renewed ... by announcing $120 million"
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
    if trigger.present:
        # "Applications open on 1 July", "He returns to Canberra on Sunday": the base form
        first, _, rest = phrase.strip().partition(" ")
        phrase = f"{words.SCHEDULE_VERBS.get(first.lower(), first)} {rest}"
    if trigger.itinerary:
        phrase = "go " + phrase.strip()  # "we're off to Fiji": go to Fiji
    elif phrase.strip()[:1].isupper() and _GOING_PLACE.match(text, trigger.start):
        phrase = "go to " + phrase.strip()  # "We are going to Boulia and then to Brisbane"
        trigger = replace(trigger, kind="scheduled")
    if trigger.planned:
        phrase = f"{trigger.planned} {phrase.strip()}"  # "the planned transfer of X": transfer X
    held_by: str | None = None
    if trigger.event:
        # "The summit of EU mayors is scheduled for October": the issuer holds it, then.
        if _head(subject) not in words.SCHEDULED_EVENTS or _is_pronoun_thing(subject):
            return []
        if not _when(text, clause, vp_end, doc.date) and not _CALENDAR.match(phrase):
            return []
        rest = re.sub(r"^\s*to\s+take\s+place\b", "", phrase).strip()
        phrase = f"hold {_as_object(subject, actors.names)} {rest}"
        held_by = actors.issuer(sentence)
    if trigger.timed and not _ahead(_when(text, clause, vp_end, doc.date), doc.date):
        return []  # "We are meeting the families" with no time ahead: not a plan
    bound = _BOUND.match(phrase)
    if bound and not trigger.negated:
        # "Next year we will be required to launch our bid": an obligation of the subject
        phrase = phrase[bound.end() :]
        bound_kind = cast(ActionKind, commitments.BOUND_PARTICIPLES[bound.group(1).lower()])
        trigger = replace(trigger, kind=bound_kind)
    if trigger.call_for:
        phrase = "call for " + re.sub(r"^\S+\s+for\s+", "", phrase.strip())
    elif trigger.promise:
        sum_given = re.match(
            r"(?:announc|commit|allocat|set\s+aside|earmark|budget)", text[trigger.start :], re.I
        )
        phrase = ("provide " if sum_given else "deliver ") + phrase.strip()
    nominal = _NOMINAL.match(phrase)
    if nominal and trigger.kind == "commitment" and not trigger.would:
        # "remain committed to the pursuit of a political resolution": to pursue it
        phrase = f"{commitments.NOMINALIZATIONS[nominal.group(1).lower()]} {phrase[nominal.end():]}"
    if (
        trigger.kind == "obligation"
        and re.match(r"\s*be\s+able\s+to\b", phrase)
        and subject.lower() not in {"i", "we"}
    ):
        return []  # "Transgender persons must be able to live free from violence": a right
    if (
        trigger.kind == "obligation"
        and subject.lower() in {"i", "we"}
        and head_verb(phrase.strip()) in commitments.RHETORICAL_VERBS
    ):
        return []  # "I have to admit I thought ...", "we've just got to remind ourselves"
    if subject.lower() == "i" and _OWN_SPEECH.match(phrase.strip()):
        return []  # "I shall now make a statement in my capacity as ...": the speech itself
    looked_forward = trigger.kind == "expectation" and (
        "forward" in text[trigger.start : trigger.verb]
    )
    first_word = phrase.split()[0].lower() if phrase.split() else ""
    if looked_forward and _MEETING_AHEAD.match(phrase.strip()):
        phrase = "have " + phrase.strip()  # "looking forward to a really robust discussion with"
    elif looked_forward and not (_deed(phrase) or first_word.endswith("ing")):
        return []  # "We look forward to joint action by the cabinet": a thing looked forward to
    if trigger.commitment_noun and not _deed(phrase):
        return []  # "commitment to Israel's security", "commitment to creating": a stance
    if _past_call(doc, text, clause):
        return []  # "The allies ... called for the release": a report of what happened
    if trigger.kind == "obligation" and (
        trigger.negated
        and subject.lower() not in {"i", "we"}
        or subject.lower().startswith("no ")
        or _GENERIC.match(raw_start(text, trigger))
    ):
        return []  # "Visitors must not bring", "No nation ... should seek", "must always listen"
    if clause.antecedent is not None:
        # "the joint statement that we will issue": issue the joint statement
        with_object = _with_object(phrase, clause.antecedent)
        if with_object is None:
            return []
        phrase = with_object
    cleaned = verb_phrase(re.sub(r"^\s*not\s+only\s+", "", phrase))  # "will not only continue"
    sustained = re.sub(r"^\s*not\s+only\s+", "", phrase).strip(" ,")
    if cleaned is None and sustained in commitments.SUSTAIN_VERBS and (
        _head(subject) in commitments.EFFORT_NOUNS
    ):
        cleaned = sustained  # "that pressure too will not only continue – it will grow"
    if cleaned is None:
        return []
    phrase = _CHANCE.sub("", cleaned)  # "will have the chance (in Australia) to meet": will meet
    if _GAPPED.match(phrase):
        return []  # "the top issue they asked us to act on was ...": a relative clause
    verb = head_verb(phrase)
    appointment = False
    actor: str | None = held_by
    if trigger.funded:
        if not (_MONEY.match(subject) or _head(subject) in commitments.INSTRUMENT_NOUNS):
            return []  # "the Government is committed to ...": not a sum
        phrase = "be " + phrase  # "has been earmarked for": a passive of the issuer's
        verb = "be"
    if re.match(r"get\s+under\s*way\b", phrase):
        # "work will get under way in August": it will begin
        phrase, verb = "begin" + re.sub(r"^get\s+under\s*way", "", phrase), "begin"
    if (
        verb == "take"
        and re.match(r"take\s+place\b", phrase)
        and not trigger.negated
        and (
            _NEW_EVENT.match(subject)  # not "The exercise will take place": one told of before
            or trigger.kind == "scheduled"  # "The visit is due to take place in March"
            and _head(subject) in words.SCHEDULED_EVENTS
        )
    ):
        # "The next round of negotiations will take place in Canberra": it will be held
        phrase, verb = "be held" + phrase[len("take place") :], "be"
    passive = _passive(phrase) if verb == "be" else None
    if passive is not None:
        # "Legislation will be introduced into Parliament", "Applications will be assessed
        # by an independent panel": the one named after "by" acts, else the issuer.
        if (
            trigger.negated
            or _EMBEDDED.search(text, 0, clause.subject_start)
            or _RELATIVE_BEFORE.search(text, 0, clause.subject_start)
        ):
            return []  # "when the last payment will be made", "which the money ... will be"
        base, remainder, agent = passive
        if _MONEY.match(subject) and base in commitments.SUM_EFFECT_VERBS:
            return []  # "$33 billion in goods is expected to be purchased": the economy's
        phrase = f"{base} {_as_object(subject, actors.names)} {remainder}".strip()
        verb = base
        if agent is not None:
            actor = actors.actor(clean_subject(agent), sentence, None, trigger.start)
        elif _is_pronoun_thing(subject):
            return []  # "it will be covered": the thing is elsewhere
        else:
            actor = actors.issuer(sentence)
    elif (
        trigger.kind == "commitment"
        and _head(subject) in commitments.EFFORT_NOUNS
        and verb in commitments.SUSTAIN_VERBS
        and not _is_pronoun_thing(subject)
    ):
        # "that pressure too will not only continue but grow": the speaker's government keeps
        # it up (in a briefing or a statement alike).
        actor = actors.issuer(sentence)
        thing = re.sub(r"\s+(?:too|also|as well)$", "", _as_object(subject, actors.names))
        phrase = f"{phrase} {thing}"
    elif (
        (trigger.kind == "commitment" or trigger.present)
        and verb in commitments.START_VERBS
        and doc.kind != "transcript"
        and not _is_agent(subject, actors.names)
        and not _is_pronoun_thing(subject)
        and _when(text, clause, vp_end, doc.date)
    ):
        # "Applications will open on 1 July", "The new arrangements will commence on 1
        # January 2016": in a release, the issuer starts them, on a date.
        actor = actors.issuer(sentence)
        tokens = phrase.split()
        phrase = " ".join([tokens[0], _as_object(subject, actors.names), *tokens[1:]])
        trigger = replace(trigger, kind="scheduled")
    elif (
        (
            trigger.kind == "commitment"
            or _head(subject) in commitments.WORK_NOUNS and verb in _STARTS
        )  # "Construction is expected to begin in 2019": scheduled, as "Work will begin"
        and not trigger.commitment_noun
        and (_MONEY.match(subject) or not _is_agent(subject, actors.names))
        and _instrument(doc, subject)
    ):
        # "The new fund will support ...", "$5.2 million will go to ...", "Work will begin
        # on the new terminal": a release's instrument, the issuer acts through it.
        actor = actors.issuer(sentence)
        if verb == "go" and re.match(r"go\s+(?:to|towards|toward)\b", phrase):
            phrase = f"provide {_as_object(subject, actors.names)} {phrase[3:]}"
        elif _head(subject) in commitments.WORK_NOUNS:
            tokens = phrase.split()
            phrase = " ".join([tokens[0], _as_object(subject, actors.names), *tokens[1:]])
            trigger = replace(trigger, kind="scheduled")
    if (
        actor is None
        and verb in {"receive", "get"}
        and trigger.kind == "commitment"
        and (doc.kind != "transcript" or subject.lower() not in words.PERSON_PRONOUNS)
        and any(sign in phrase for sign in commitments.CURRENCY_SIGNS)
        and not trigger.negated
    ):
        # "From 1 July, families will receive an extra $500 per child": the issuer pays it
        actor = actors.issuer(sentence)
        phrase = f"provide {_as_object(subject, actors.names)} {phrase.split(maxsplit=1)[1]}"
        verb = "provide"
    if verb == "be" and passive is None:
        # "will be the counterpart for ...": an appointment; any other "be" is a state.
        rest_words = phrase.split()[1:]
        # "will be at Camp David", "will be in Warsaw": where someone will be, a schedule.
        visit = (
            len(rest_words) > 1
            and rest_words[0].lower() in {"at", "in"}
            and (
                rest_words[1][:1].isupper()
                or len(rest_words) > 2
                and rest_words[1] == "the"
                and rest_words[2][:1].isupper()
            )
            and trigger.kind == "commitment"
            and (
                _is_name(subject)
                or subject.lower() in {"he", "she", "they", "i", "we"}
                or _head(subject) in words.AGENT_NOUNS
            )
        )
        # "we will be in touch directly with our European partners": to stay in touch
        touch = re.match(r"be\s+in\s+(?:\w+\s+){0,2}?(?:touch|contact)\b", phrase)
        appointment = visit or (
            bool(rest_words)
            and (
                rest_words[0].lower() in {"the", "a", "an"}
                and (len(rest_words) < 2 or rest_words[1].lower() not in _SUPERLATIVES)
                and _is_name(subject)
                or rest_words[0] in commitments.TITLE_STARTS
                and (_is_name(subject) or subject.lower() in {"he", "she"})
            )
            and trigger.kind == "commitment"
            and not trigger.commitment_noun
        )
        if not appointment and not (touch and trigger.kind == "commitment"):
            return []
    elif verb in commitments.OUTCOME_VERBS and trigger.kind != "obligation":
        return []  # "Ukraine will win this war": a prediction
    elif _EFFECT.match(phrase) and not _is_person_like(subject):
        return []  # "Gorgon will help to stimulate Australia's economic growth": an effect
    elif (
        verb in words.NON_ACTION_VERBS
        and not _GET_DONE.match(phrase)
        and not trigger.cleft  # "What we intend to do is to have a national system"
        and not (verb == "have" and _HAVE_DONE.search(phrase))  # "will have plans by 2012"
        and not (verb == "see" and "forward" in text[trigger.start : trigger.verb])
    ):  # "I'm looking forward to seeing our colleagues in Honolulu": to meet them
        return []
    if subject.lower().startswith("no "):
        subject, phrase = subject[3:], "not " + phrase
    elif trigger.negated or phrase.startswith(("no longer ", "never ")):
        if trigger.kind == "commitment" and verb not in words.BASE_VERBS:
            return []  # "Putin is not going to outlast us": a prediction, not a pledge
        if verb in words.NEGATED_STANCE_VERBS:
            return []  # "We will not accept any attempt to intimidate Allies": a stance
        if re.match(r"\s*(?:no longer |never )?(?:simply|just|only|merely)\b", raw):
            return []  # "we're not going to simply arrest our last person": rhetoric
        if "able to" in text[trigger.verb : vp_end] or phrase.startswith(("no longer", "never")):
            return []  # "We will no longer be able to provide": a consequence, not a pledge
        phrase = "not " + phrase
    speech = actors.speech(sentence, trigger.start)
    if trigger.commitment_noun:
        # Whose commitment: "the U.S. commitment to", else the clause's subject ("Mexico and
        # the United States reaffirmed their commitment to").
        owner = clean_subject(trigger.owner or "")
        if owner.lower() in {"he", "she"}:
            # "congratulated President Erdoğan on the agreement he reached with ...": the name
            # just before is the one who reached it.
            named = _FULL_NAMES.findall(text, 0, trigger.start)
            owner = named[-1] if named else owner
        subject = (
            owner
            or _possessor(text[: trigger.start])
            or _commitment_owner(text[: trigger.start])
            or (leading_subject(text) if _OWN_NOUN.search(text, 0, trigger.start) else "")
        )
        subject = _TRAILING_TIME.sub("", subject)  # "The Australian Government last month"
        if subject.split(maxsplit=1)[0].lower() in words.CLAUSE_WORDS if subject else False:
            return []  # "When the USA signaled its intent to leave": a circumstance, told
        if not _is_agent(subject, actors.names):
            return []
    if trigger.commitment_noun:
        pass
    elif actor is not None or reported:
        pass
    elif subject.lower() not in words.PERSON_PRONOUNS and not _is_agent(subject, actors.names):
        # "G7 leaders have committed that the assets will remain immobilized": the ones who
        # committed act, to ensure the rest.
        # Anchored at the subject: only the last words can hold it (a search of the whole
        # prefix per clause was quadratic in a long run-on).
        start = max(0, clause.subject_start - 200)
        pledge = _PLEDGED_THAT.search(text, start, clause.subject_start)
        if pledge is None:
            return []
        pledger, _, relative = subject_before(text, pledge.start())
        pledger = clean_subject(pledger)
        if relative or not pledger or not _is_agent(pledger, actors.names):
            return []
        thing = subject[0].lower() + subject[1:] if subject.startswith("The ") else subject
        subject, phrase = pledger, f"ensure {thing} {phrase}"
    if actor is None and subject.lower() == "we" and verb in commitments.COLLECTIVE_VERBS:
        actor = actors.summit()  # "At the summit, we will agree that": the alliance decides
    if actor is None:
        actor = actors.actor(subject, sentence, speech, trigger.start)
    if actor in {"He", "She"}:
        # "the announcement by Alannah MacTiernan MLA of her intention to": the name before
        named = _FULL_NAMES.findall(text, 0, trigger.start)
        if named:
            actor = actors.actor(named[-1], sentence, speech, trigger.start)
    if _briefing_room_talk(
        doc, sentence, speech, subject, actor, verb, phrase, actors.participants
    ):
        return []
    kind = trigger.kind
    # "expect that" ends right before the subject: only the last words can hold it.
    before_subject = text[max(0, clause.subject_start - 200) : clause.subject_start]
    if kind == "commitment" and _EXPECTING.search(before_subject):
        kind = "expectation"
    if kind == "commitment" and _HEDGE.match(raw):
        kind = "expectation"  # "President Zelenskyy will probably speak to this": a forecast
    event = verb in words.EVENT_VERBS and (verb != "hold" or _HELD_EVENT.match(phrase))
    if verb in words.TIMED_EVENT_VERBS or trigger.promise:
        event = event and not trigger.promise and bool(_when(text, clause, vp_end, doc.date))
    if kind == "commitment" and not appointment and _ROLE.search(phrase):
        appointment = True  # "will assist Tony Burke as his Parliamentary Secretary"
    if kind == "commitment" and not event and _TRIP.match(phrase):
        # "Penny Wong will be leaving for Copenhagen in the next 24 to 48 hours": a trip
        event = bool(_when(text, clause, vp_end, doc.date))
    if kind == "commitment" and (appointment or event):
        # "I will convene the Ministerial in July" in a statement is its author's pledge.
        pledged = doc.kind != "transcript" and subject.lower() == "i" and not appointment
        kind = "commitment" if pledged else "scheduled"
    parts = split_coordination(phrase)
    said = actors.voice(sentence, trigger.start)
    by = said.name if said is not None and said.name != actor else None
    return [_action(doc, sentence, actor, part, kind, clause, vp_end, parts, by) for part in parts]


# A name, then what it said or announced, then "that" and the pronoun for it: "the Republic of
# Korea's (ROK) recent announcement that it will", "Indonesia has confirmed that it will".
_SAID_THAT = re.compile(
    r"(?<![\w’'.-])(?P<x>[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,4})"
    r"(?:[’']s)?(?:\s+\([A-Z]{2,6}\))?\s+(?:(?:has|have|had|recent|recently|also|today|formal|"
    r"official)\s+){0,2}(?:said|says|announced|announces|confirmed|confirms|stated|states|"
    r"decided|decides|pledged|pledges|announcement|decision|confirmation|pledge|undertaking)\s+"
    r"that\s+$"
)
_NOT_NAMES = frozenset("The This That These Those It We He She They There I You".split())
# "reached an agreement to", "announced its decision to", "reaffirmed their commitment to":
# the sentence's subject owns the commitment ("the determination to" names no one).
_OWN_NOUN = re.compile(r"\b(?:an?|its|their|our|his|her|my)\s+(?:[a-z-]+\s+)?$", re.I)
_FULL_NAMES = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+)+")
_NOMINAL = re.compile(
    r"\s*the\s+(" + "|".join(commitments.NOMINALIZATIONS) + r")\s+of\s+(?=[a-z])", re.I
)
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:last|this|next|earlier|later)\s+(?:week|month|year)|today|yesterday|recently|"
    r"tomorrow|also)$",
    re.I,
)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|that)\b[^.;:]*$")
_EMBEDDED = re.compile(r"\b(?:when|how|whether|if|what|where|why)\s+$", re.I)
_DECIDES_SPAN = 40  # the longest "decided  that " the verb phrase can end with
_DECIDES_THAT = re.compile(r"\b(?:agree|agreed|decide|decided|ensure|commit)\s+that\s*$")
_CHANCE = re.compile(
    r"^have\s+(?:a|an|the)\s+(?:\w+\s+)?(?:chance|opportunity)\s+(?:[^,;:]{1,40}?\s+)?to\s+", re.I
)
_GENERIC = re.compile(r"\s*(?:always|never|ever)\b", re.I)
# Having something done by a time: "State and Territories will have capital city strategic
# plans by 2012", "will have the new system in place" (a deliverable, not a possession).
_HAVE_DONE = re.compile(
    r"^have\s+(?!to\b)\S.*?\s(?:in\s+place|up\s+and\s+running|ready|by\s+(?:the\s+end\s+of\s+)?"
    r"(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|next|mid|early|late))\b"
)
# The speaker's own speech: "make a statement", "deliver my remarks".
_OWN_SPEECH = re.compile(
    r"(?:(?:now|also|just|briefly)\s+)?(?:make|deliver|give)\s+(?:a|this|my|these|some)\s+"
    r"(?:brief\s+|few\s+)?(?:statement|remarks|words)\b"
)
# A role someone takes: "take the roles of Special Minister of State", "assist Tony Burke as
# his Parliamentary Secretary", "support Anthony Albanese as Minister for Regional Australia".
_ROLE = re.compile(
    r"^(?:take|assume|take\s+up)\s+(?:on\s+)?the\s+(?:roles?|portfolios?|position|post)\s+of\b|"
    r"\bas\s+(?:his|her|their|the|a|an|junior|senior)?\s*(?:[A-Z][a-z]+\s+)*"
    r"(?:Minister|Secretary|Ministers|Ambassador|Envoy|Coordinator|Chair|Director)\b"
)
# A trip: "leave for Copenhagen", "follow her to Copenhagen", "travel to", "go to", "head to".
_TRIP = re.compile(
    r"(?:leave\s+for|depart\s+for|follow\s+\w+\s+to|go\s+to|travel\s+to|head\s+to|fly\s+to|"
    r"return\s+to)\s+(?:the\s+)?[A-Z]"
)
_GOING_PLACE = re.compile(r"(?:(?:is|are|am)|[’'](?:s|re|m))\s+going\s+to\s+[A-Z]")
_MEETING_AHEAD = re.compile(
    r"(?:an?|the|our|further|more)\s+(?:\w+\s+){0,2}(?:discussions?|meetings?|conversations?|"
    r"talks|dialogue|consultations?|call)\s+with\b"
)
# What a project or a policy does to the economy: "help (to) stimulate growth", "help boost".
_EFFECT = re.compile(
    r"help\s+(?:to\s+)?(?:" + "|".join(sorted(commitments.EFFECT_VERBS)) + r")\b"
)
_NEW_EVENT = re.compile(
    r"(?:the\s+)?(?:next|first|inaugural|new|second|third|fourth|final|annual|an?)\b", re.I
)
_BOUND = re.compile(
    r"\s*be\s+(" + "|".join(commitments.BOUND_PARTICIPLES) + r")\s+to\s+(?=[a-z])", re.I
)
_PERFECT = re.compile(r"(?:\b(?:has|have|had)|[’']ve)\s+(?:\w+ly\s+|also\s+)?$", re.I)
_PAST_TIME = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Dd]uring)\s+(?:19|20)\d\d\b|\b(?:last|previous)\s+(?:week|month|year)\b|"
    r"\byesterday\b|\bearlier\s+(?:this|today)\b|\bago\b"
)
_MONEY = re.compile(
    r"^(?:(?:a|an|the|some|nearly|about|around|almost|over|up\s+to|another|more\s+than|"
    r"further|additional|of\s+this\s+funding,?)\s+)*(?:[A-Z]{1,3})?"
    + "["
    + re.escape(commitments.CURRENCY_SIGNS)
    + r"]\d",
    re.I,
)
_PRONOUN_THINGS = words.THING_PRONOUNS | words.PERSON_PRONOUNS


# What may follow a verb whose object is the noun before its relative clause ("the statement
# that we will issue", "a meeting I'll convene on Monday to ..."): nothing, or an adverbial.
_AFTER_GAPPED_VERB = words.word_set(
    "on in at to for from with by as during before after later soon today tomorrow tonight "
    "next this officially formally shortly together jointly also"
)


def _with_object(phrase: str, antecedent: str) -> str | None:
    """The verb phrase of an object relative clause with its object put back after the verb
    ("be sending officially to X" + "correspondence" -> "be sending correspondence officially
    to X"); None when the verb is not a deed, already has an object, or strands a
    preposition ("a range of steps we need to engage with")."""
    tokens = phrase.split()
    for i, token in enumerate(tokens[:5]):
        lower = token.lower().strip(",")
        base = base_form(lower) if lower.endswith("ing") and len(lower) > 4 else lower
        if base in _DEEDS and base not in words.NON_ACTION_VERBS and base != "do":
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


def _deed(phrase: str) -> bool:
    """Whether what follows a commitment noun's "to" is a deed ("to transmit the protocol"),
    not a noun ("commitment to democracy") or a gerund ("commitment to creating")."""
    tokens = phrase.split()
    first = tokens[0].lower().strip(",") if tokens else ""
    if first in words.LEADING_ADVERBS and len(tokens) > 1:
        first = tokens[1].lower().strip(",")
    return first in _DEEDS


def _past_call(doc: Document, text: str, clause: Clause) -> bool:
    """Whether a call ("urged X to", "called for") is a report of one made before: in the
    simple past, by someone other than the speaker ("The Secretary urged both sides to"), or
    by the speaker at a past time ("In 2019 we called on the states to")."""
    trigger = clause.trigger
    if trigger.object_actor is None and not trigger.call_for:
        return False
    word = text[trigger.start :].split(maxsplit=1)[0].lower() if text[trigger.start :] else ""
    if word not in commitments.PAST_CALLS or _PERFECT.search(text, 0, trigger.start):
        return False
    if trigger.object_actor is not None:
        caller = clean_subject(subject_before(text, trigger.start)[0])
    else:
        caller = clean_subject(clause.subject)
    if not caller:
        caller = leading_subject(text)
    first_person = caller.lower() in {"i", "we", "we all"}
    return not first_person or _PAST_TIME.search(text) is not None


def _passive(phrase: str) -> tuple[str, str, str | None] | None:
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
    ) and not re.match(r"(?:\d|January|February|March|April|May|June|July|August|September|"
                       r"October|November|December|the\s+end)", " ".join(rest[1:3])):  # fmt: skip
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


def _as_object(subject: str, names: frozenset[str]) -> str:
    """A subject as the object of its verb: "Legislation" -> "legislation"; names and
    acronyms keep their capitals."""
    first, _, rest = subject.partition(" ")
    acronym = first.isupper() and len(first) > 1
    if first[:1].isupper() and not acronym and first not in names and "." not in first:
        first = first.lower()
    return f"{first} {rest}".strip()


def _is_person_like(subject: str) -> bool:
    """Whether a subject is someone who helps on purpose: a person pronoun, a government or an
    office ("we will help boost", "the Government will help stimulate"), not a project."""
    lower = subject.lower()
    return lower in words.PERSON_PRONOUNS or _head(subject) in words.AGENT_NOUNS


def _is_pronoun_thing(subject: str) -> bool:
    return subject.lower() in _PRONOUN_THINGS or subject.lower().split()[0] in {"all", "some"}


def _instrument(doc: Document, subject: str) -> bool:
    """Whether a subject is a release's instrument: a fund, program, bill or sum of money,
    or the work that starts ("Work will begin"); only in releases and statements, but for the
    work that starts ("Work will commence on upgrades to this platform in August", said at a
    press conference)."""
    head = _head(subject)
    # The work named in a word or two, with what it is on: "Work", "Construction work",
    # "Work on the new runway" (not "the work the committee does").
    work = head in commitments.WORK_NOUNS and len(_core(subject).split()) <= 2
    if doc.kind == "transcript":
        return work
    return head in commitments.INSTRUMENT_NOUNS or work or _MONEY.match(subject) is not None


def _possessor(left: str) -> str | None:
    """Whose commitment a possessive names: "Canada's plan", "Prime Minister Kishida's
    pledge", "her intention" (as "she"); None for "its" and for no possessive."""
    m = re.search(
        r"(?:\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)|(?P<np>(?:[^\W\d_a-z][\w.’'-]*\s+){0,4}"
        r"[^\W\d_a-z][\w.’'-]*)"
        r"[’']s?)\s+(?:[a-z-]+\s+)?$",
        left,
    )
    if m is None:
        return None
    if m.group("pron"):
        if not left[: m.start()].strip(" “\"'"):
            # "Our decision to pool procurement ... will cut costs": the noun phrase is the
            # subject, and its possessive says whose
            return {"his": "he", "her": "she", "my": "I", "our": "we", "their": "they"}.get(
                m.group("pron").lower()
            )
        # "their commitment", "our plan": the sentence's subject says whose (found after this)
        return {"his": "he", "her": "she", "my": "I"}.get(m.group("pron"))
    return re.sub(r"^The\s+", "", m.group("np"))


def _conditional(text: str, clause: Clause, vp_end: int) -> bool:
    """Whether a clause is a hypothetical: "If this is proven ..., it would be", "we will act
    if ...", "ready to respond ... should Russia choose to". A condition inside a relative
    clause of the verb phrase ("any response that is necessary should Putin decide to") is
    that clause's, not the pledge's."""
    if _has_condition(text) and _CONDITION.search(text, 0, clause.trigger.verb):
        return True
    if _CONDITION.match(text[vp_end:].lstrip(" ,")) and not _THAT_BEFORE.search(
        text, max(0, vp_end - 12), vp_end
    ):  # "I'll make clear that if Russia is interested, we are prepared": the report's "if"
        return True
    if _SHOULD_NAME_AFTER.search(text, clause.trigger.verb):
        return True  # "ready to respond decisively, alongside allies, should Russia choose to"
    for inverted in _SHOULD_NOUN_VERB.finditer(text, clause.trigger.verb, vp_end):
        if inverted.group(1) not in words.BASE_VERBS and inverted.group(2) in words.BASE_VERBS:
            return True  # "we'll impose costs should provocations continue to emanate"
    inside = _CONDITION.search(text, clause.trigger.verb, vp_end)
    if inside is None:
        return False
    return not re.search(r"\b(?:that|which|who)\b", text[clause.trigger.verb : inside.start()])


_SHOULD_NOUN_VERB = re.compile(r"\sshould\s+([a-z]+s)\s+([a-z]+)\b")
# An inverted condition after a comma, a name for its subject: ", should Russia choose to".
_SHOULD_NAME_AFTER = re.compile(r",\s+should\s+(?:[A-Z][\w.’'-]*\s+){1,3}[a-z]+\b")
_THAT_BEFORE = re.compile(r"\bthat\s*,?\s*$")


@lru_cache(maxsize=64)
def _times(text: str, today: str | None) -> tuple[tuple[When, ...], list[int]]:
    """The time expressions of a sentence and their starts, found once for all its clauses
    (searching the text before each clause's end again was quadratic in one long sentence)."""
    found = tuple(find_all(text, today))
    return found, [w.start for w in found]


@lru_cache(maxsize=64)
def _has_condition(text: str) -> bool:
    """Whether a sentence has a condition word at all: a cheap test before searching the
    part before each of its verbs (which, for every verb of a long sentence, was quadratic)."""
    lower = text.lower()
    return "if" in lower or "unless" in lower or "in case" in lower or "should" in lower or (
        "in the event of" in lower
    )


def _action(
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
    found = _when(sentence.text, clause, vp_end, doc.date)
    written = found[0].text.lower() if found else ""
    if found and written not in phrase.lower() and any(written in p.lower() for p in parts):
        found = []  # "reach the goal of ending AIDS by 2030, work to ...": the first part's time
    if found:
        when, date = found[0].text, found[0].date
        tail = re.compile(r",?\s*" + re.escape(found[0].text) + r"\s*$", re.I)
        if len(phrase) > len(found[0].text) + 3:
            phrase = tail.sub("", phrase)
            phrase = re.sub(r"\s+(?:from|on|in|at|by|until|between)$", "", phrase)  # "from"
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


# A date after "scheduled for" that the time expressions do not hold: "for October".
_CALENDAR = re.compile(
    r"\s*(?:for|in|on)\s+(?:early\s+|mid-?|late\s+)?(?:(?:Jan|Febr)uary|March|April|May|June|"
    r"July|August|September|October|November|December|next|\d|(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day|the\s+(?:spring|summer|autumn|fall|winter|end))"
)
_AHEAD = re.compile(
    r"\b(?:next|tomorrow|coming|upcoming|later|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.I,
)


def _ahead(found: Sequence[When], today: str | None) -> bool:
    """Whether a clause's time is still to come: after the briefing's date, or, with no date
    to compare, written as ahead ("next week", "on Thursday", "later this year")."""
    if not found:
        return False
    when = found[0]
    if when.date is not None and today is not None:
        return when.date > today
    return _AHEAD.search(when.text) is not None


def _when(text: str, clause: Clause, vp_end: int, today: str | None) -> list[When]:
    """The time expression of a clause: in its verb phrase, or fronted before its subject
    ("Next week, NATO will hold ...", "On Tuesday, the president will ...")."""
    everywhere, starts = _times(text, today)
    # The sentence's expressions are found once, in order and without overlaps: the ones
    # before the verb phrase's end are a prefix of them (found by bisection, so that one
    # long sentence of many clauses and times stays linear).
    before_end = bisect_left(starts, vp_end)
    if before_end and everywhere[before_end - 1].end > vp_end:
        found = find_all(text[:vp_end], today)  # an expression cut by the verb phrase's end
    else:
        found = list(everywhere[:before_end])
    inside = [w for w in found if w.start >= clause.trigger.verb]
    if inside:
        return inside
    for w in reversed(found):
        if w.end > clause.subject_start:
            continue
        gap = text[w.end : clause.subject_start]
        if _FRONTED_GAP.fullmatch(gap):
            return [w]
        if len(gap.strip(' \t\n,“"')) > 60:
            break  # more words between than a fronted time allows, and earlier ones have more
    return []


_FRONTED_GAP = re.compile(r"[\s,“\"]*(?:[A-Z][^,]{0,40},\s*)?")


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
            "agreed",  # "They agreed that officials would meet regularly"
            "decided",
            "undertook",
        }
        for w in tail
    )


# A conjunction just before the next clause's subject, where the verb phrase was cut.
_JOINED_AT_END = re.compile(r",?\s(?:and|but|so)(?:\s+so|\s+then)?\s*$")


def _vp_end(text: str, start: int, limit: int) -> int:
    m = _VP_END.search(text, start, limit)
    end = m.start() if m else limit
    if m is None and (joined := _JOINED_AT_END.search(text, start, limit)) is not None:
        end = joined.start()  # "... adapt to that change and so | we are providing": its own
    # "announce its budget on Monday, and many commentators believe ...": a new clause.
    for joint in _CLAUSE_JOINT.finditer(text, start, end):
        if any(w.lower() in words.REPORTING_VERBS for w in joint.group(1).split()):
            return joint.start()
    return end


def _is_name(subject: str) -> bool:
    return sum(1 for w in subject.split() if w[:1].isupper()) >= 2


def _core(subject: str) -> str:
    """A subject up to its first preposition or relative word: "Work" of "Work on the runway"."""
    return _SUBJECT_CORE_END.split(subject, maxsplit=1)[0]


_SUBJECT_CORE_END = re.compile(
    r"\s+(?:of|in|from|for|with|at|on|who|that|about|to|by|under|over|after|before|against|"
    r"during|into|through|like|including|having|being|around|across|throughout|within|"
    r"beyond|among|between)\s+"
)


def _head(subject: str) -> str:
    core = _core(subject)
    parts = core.split()
    while len(parts) > 1 and parts[-1].lower().strip(",") in {"too", "also", "itself", "alone"}:
        parts.pop()  # "that pressure too will not only continue"
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
    if lower in words.PERSON_PRONOUNS - {"you"} or subject in COUNTRIES:
        return True
    if tokens[0] == "those" and len(tokens) > 1 and (
        tokens[1] in {"who", "interested", "eligible", "affected"} or tokens[1].endswith("ing")
    ):
        return True  # "Those interested should contact the Embassy": people
    if tokens[0] in {"this", "that"} and len(tokens) == 2 and tokens[1] in commitments.BODY_NOUNS:
        return True  # "This council must": a body that decides
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
    if ", " in subject and re.search(r",\s+(?:and|or)\s", subject):
        # "our diplomats, officers, and experts": a list acts when one of its names can
        listed = re.split(r",\s+(?:(?:and|or)\s+)?", subject)
        return any(_is_agent(name, names) for name in listed[:-1] if name.strip())
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
    if _TRAVEL.match(phrase) and not room_words:
        return False  # "I'll be going to the Opening Ceremony": a trip, not the room's business
    if _TALKS_WITH.match(phrase) and not room_words:
        return False  # "I'll speak this evening with Foreign Secretary Truss": a call to make
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
    # Each actor's items so far, with their content words (computed once, not per pair).
    by_actor: dict[str, list[tuple[int, set[str]]]] = {}
    for action in found:
        terms = _content(action.action)
        duplicate = False
        same_actor = by_actor.setdefault((action.actor or "").lower(), [])
        for i, other in same_actor:
            earlier = kept[i]
            overlap = len(terms & other) / max(1, min(len(terms), len(other)))
            if overlap >= 0.8 and _first_word(action.action) == _first_word(earlier.action):
                duplicate = True
                if earlier.when is None and action.when is not None:
                    kept[i] = replace(earlier, when=action.when, date=action.date)
                break
        if not duplicate:
            same_actor.append((len(kept), terms))
            kept.append(action)
    return kept


def _first_word(phrase: str) -> str:
    """The verb an item's action starts with: "build a centre" and "open a centre" are two."""
    return phrase.split(maxsplit=1)[0].lower() if phrase.split() else ""


def _content(phrase: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", phrase.lower()) if len(w) > 2} - {
        "the", "and", "for", "with", "that", "this", "our", "their", "its", "not",
    }  # fmt: skip
