"""The action item of one clause: its actor, its verb phrase, its kind and its time."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import cast

from briefcli.actions.agents import (
    FULL_NAMES,
    MONEY,
    NOT_NAMES,
    OWN_NOUN,
    PLEDGED_THAT,
    SAID_THAT,
    TRAILING_TIME,
    as_object,
    commitment_owner,
    head_noun,
    is_agent,
    is_instrument,
    is_name,
    is_person_like,
    is_pronoun_thing,
    possessor_of,
)
from briefcli.actions.clauses import Clause
from briefcli.actions.patterns import ACCEPTED_AFTER, SUM_NEXT
from briefcli.actions.phrasing import (
    ATTRIBUTION,
    BOUND,
    CHANCE,
    EFFECT,
    GAPPED,
    GET_DONE,
    GOING_PLACE,
    HAVE_DONE,
    HELD_EVENT,
    MEETING_AHEAD,
    MORE_TO_SAY,
    NEW_EVENT,
    NOMINAL,
    OWN_SPEECH,
    PHASED,
    ROLE,
    SCHEDULED_DEED,
    STARTS,
    SUPERLATIVES,
    TRIP,
    build_action,
    is_deed,
    participle_base,
    passive_parts,
    raw_start,
    verb_phrase_end,
    with_object_of,
)
from briefcli.actions.room import briefing_room_talk
from briefcli.actions.subject_of import clause_subject
from briefcli.actions.subjects import clean_subject, leading_subject, subject_before
from briefcli.actions.tense import (
    CALENDAR,
    EMBEDDED,
    EXPECTING,
    GENERIC,
    HEDGE,
    RELATIVE_BEFORE,
    conditional,
    is_ahead,
    is_reported,
    past_call,
    reported_in_a_past_frame,
    told_in_the_past,
    when_of,
)
from briefcli.actions.triggers import Trigger
from briefcli.actions.verbs import head_verb, split_coordination, verb_phrase
from briefcli.lexicon import actions as words
from briefcli.lexicon import commitments
from briefcli.model import Action, ActionKind, Sentence
from briefcli.people.actors import Actors
from briefcli.text.document import Document

# What opens a sentence whose subject is a commitment noun: "Canada's plan to", "The council's
# decision to", "The firm's pledge to" (the owner, then the noun).
_OPENING_OWNER = re.compile(
    r"\s*(?:(?:The|the|A|An)\s+)?(?:[A-Z][\w.-]*\s+){0,3}(?:[\w.-]+[’']s\s+)?(?:\w+\s+)?$"
)
# The main verb that follows such a subject's deed, in the passive or the perfect: "was
# welcomed", "has been criticised", "were widely condemned".
_MAIN_PASSIVE = re.compile(
    r"\s+(?:was|were|is|are|has|have|had)\s+(?:been\s+)?(?:\w+ly\s+)?"
    r"(?:\w+ed|\w+en|met|won|drawn|drew)\b"
)

# A body's next sitting, a time ahead a minute names: "at its next meeting", "to the next session".
_NEXT_SITTING = re.compile(
    r"\b(?:at|by|to|before|for)\s+(?:its|the|their|our|his|her)\s+next\s+(?:"
    + "|".join(sorted(commitments.SITTINGS))
    + r")\b"
)


def clause_action(
    doc: Document,
    sentence: Sentence,
    text: str,
    clause: Clause,
    limit: int,
    actors: Actors,
    earlier: str = "",
) -> list[Action]:
    """The action item of one clause; `text` is the sentence's `plain` text, `earlier` the
    subject of the clause before it in the sentence."""
    trigger = clause.trigger
    subject, reported = clause_subject(text, clause, earlier)
    if clause.relative or not subject or subject.lower() in {"you", "you all", "you guys"}:
        return []
    vp_end = verb_phrase_end(text, trigger.verb, limit)
    if text[vp_end : vp_end + 1] == "?":
        return []  # "Are we going to get repaid?"
    if conditional(text, clause, vp_end):
        return []  # "If this is proven ..., it would be ...": a hypothetical
    if subject.split(maxsplit=1)[0].lower() in words.WHOEVER_WORDS:
        return []  # "Anyone found culpable will be sanctioned": a rule for whoever fits it
    if _OTHERS_SAY.search(text, max(0, clause.subject_start - 40), clause.subject_start):
        return []  # "those who say we should not respect other Australians": their words
    if subject.lower() in {"we", "i"} and _CRITICS_SAY_WE.search(
        text, max(0, clause.subject_start - 50), clause.subject_start
    ):
        return []  # "Some commentators have argued that we should sell the airline": theirs
    if trigger.would and (
        not is_reported(text[: clause.subject_start])
        or reported_in_a_past_frame(text[: clause.subject_start])
    ):
        return []  # "from the day he announced that the military would be withdrawing": past
    if told_in_the_past(text, clause, vp_end, doc.date):
        return []  # "Last year the firm said it would cut 500 jobs": history
    if trigger.commitment_noun and _OPENING_OWNER.match(text[: trigger.start]):
        main = _MAIN_PASSIVE.search(text, trigger.verb, vp_end)
        between = text[trigger.verb : main.start()].lower().split() if main is not None else []
        if main is not None and not any(
            w in words.CLAUSE_WORDS or w in words.CLAUSE_TAKING_VERBS for w in between
        ):
            vp_end = main.start()  # "Canada's plan to resettle 500 refugees was welcomed"
    raw = text[trigger.verb : vp_end]
    phrase = ATTRIBUTION.sub("", raw)
    accepted = ACCEPTED_AFTER.search(phrase)
    if accepted is not None:
        phrase = phrase[: accepted.start()]  # "to lead a delegation, and she accepted": lead it
    if trigger.present:
        # "Applications open on 1 July", "He returns to Canberra on Sunday": the base form
        first, _, rest = phrase.strip().partition(" ")
        phrase = f"{words.SCHEDULE_VERBS.get(first.lower(), first)} {rest}"
    if trigger.itinerary:
        phrase = "go " + phrase.strip()  # "we're off to Fiji": go to Fiji
    elif phrase.strip()[:1].isupper() and GOING_PLACE.match(text, trigger.start):
        phrase = "go to " + phrase.strip()  # "We are going to Boulia and then to Brisbane"
        trigger = replace(trigger, kind="scheduled")
    if trigger.planned:
        phrase = f"{trigger.planned} {phrase.strip()}"  # "the planned transfer of X": transfer X
    held_by: str | None = None
    scheduled_deed = SCHEDULED_DEED.match(phrase) if trigger.event else None
    if scheduled_deed is not None and not is_pronoun_thing(subject):
        # "The first 60 kilometres are scheduled for completion by December 2027": the
        # issuer completes them, then.
        deed = commitments.NOMINALIZATIONS[scheduled_deed.group(1).lower()]
        rest = phrase[scheduled_deed.end() :].strip()
        phrase = f"{deed} {as_object(subject, actors.names)} {rest}"
        held_by = actors.issuer(sentence)
        trigger = replace(trigger, event=False)
    elif trigger.event:
        # "The summit of EU mayors is scheduled for October": the issuer holds it, then.
        if head_noun(subject) not in words.SCHEDULED_EVENTS or is_pronoun_thing(subject):
            return []
        if not when_of(text, clause, vp_end, doc.date) and not CALENDAR.match(phrase):
            return []
        rest = re.sub(r"^\s*to\s+take\s+place\b", "", phrase).strip()
        phrase = f"hold {as_object(subject, actors.names)} {rest}"
        held_by = actors.issuer(sentence)
    if trigger.timed and not is_ahead(when_of(text, clause, vp_end, doc.date), doc.date):
        return []  # "We are meeting the families" with no time ahead: not a plan
    bound = BOUND.match(phrase)
    if bound and not trigger.negated:
        # "Next year we will be required to launch our bid": an obligation of the subject
        phrase = phrase[bound.end() :]
        bound_kind = cast(ActionKind, commitments.BOUND_PARTICIPLES[bound.group(1).lower()])
        trigger = replace(trigger, kind=bound_kind)
    if trigger.kind == "commitment" and not trigger.promise and SUM_NEXT.match(f" {phrase}"):
        trigger = replace(trigger, promise=True)  # "Cabinet agreed to a $310 million package"
    if trigger.call_for:
        phrase = "call for " + re.sub(r"^\S+\s+for\s+", "", phrase.strip())
    elif trigger.promise:
        sum_given = re.search(  # (also "is committing $186 million")
            r"\b(?:announc|commit|allocat|set\s+aside|earmark|budget|provid|invest|dedicat|approv|"
            r"agree)",
            text[trigger.start : trigger.verb],
            re.I,
        )
        phrase = ("provide " if sum_given else "deliver ") + phrase.strip()
    nominal = NOMINAL.match(phrase)
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
        and (
            head_verb(phrase.strip()) in commitments.RHETORICAL_VERBS
            or _REFLEXIVE.match(phrase.strip())
            or phrase.strip().lower().startswith(commitments.SPEECH_ACTS)
        )
    ):
        return []  # "I have to admit I thought ...", "we have to ask ourselves whether"
    if trigger.kind == "obligation" and _OPINION_BEFORE.search(
        text, max(0, clause.subject_start - 40), clause.subject_start
    ):
        return []  # "we believe, Australians should keep more of what they earn": a view
    if doc.kind != "article" and any(
        w.strip(",.’'") in words.OPPONENT_WORDS for w in subject.split()
    ):
        return []  # "The union has said it will strike": the speakers' opponents, reported
    if _FORMER.match(subject) and head_noun(subject) in words.AGENT_NOUNS:
        return []  # "The last Government promised a great deal": a former body's, history
    if subject.lower() in words.GENERIC_PEOPLE and _HABIT.match(text, trigger.start):
        return []  # "People become active and decide to go and join ...": a habit
    if _VAGUE.match(phrase.strip()):
        return []  # "we have to take hard decisions on savings": a stance, not a task
    if subject.lower() == "i" and OWN_SPEECH.match(phrase.strip()):
        return []  # "I shall now make a statement in my capacity as ...": the speech itself
    looked_forward = trigger.kind == "expectation" and (
        "forward" in text[trigger.start : trigger.verb]
    )
    first_word = phrase.split()[0].lower() if phrase.split() else ""
    if looked_forward and MEETING_AHEAD.match(phrase.strip()):
        phrase = "have " + phrase.strip()  # "looking forward to a really robust discussion with"
    elif looked_forward and not (
        is_deed(phrase) or first_word.endswith("ing") or _BE_THERE.match(phrase.strip())
    ):
        return []  # "We look forward to joint action by the cabinet": a thing looked forward to
    if trigger.commitment_noun and not is_deed(phrase) and not _gerund_of(text, trigger, phrase):
        return []  # "commitment to Israel's security", "commitment to creating": a stance
    ahead = (trigger.object_actor is not None or trigger.call_for) and (
        is_ahead(when_of(text, clause, vp_end, doc.date), doc.date)
        or _NEXT_SITTING.search(text, trigger.verb, vp_end) is not None
    )
    if past_call(doc, text, clause, ahead):
        return []  # "The allies ... called for the release": a report of what happened
    if trigger.kind == "obligation" and (
        trigger.negated
        and subject.lower() not in {"i", "we"}
        or subject.lower().startswith("no ")
        or GENERIC.match(raw_start(text, trigger))
    ):
        return []  # "Visitors must not bring", "No nation ... should seek", "must always listen"
    if clause.antecedent is not None:
        # "the joint statement that we will issue": issue the joint statement
        with_object = with_object_of(phrase, clause.antecedent)
        if with_object is None:
            return []
        phrase = with_object
    cleaned = verb_phrase(re.sub(r"^\s*not\s+only\s+", "", phrase))  # "will not only continue"
    sustained = re.sub(r"^\s*not\s+only\s+", "", phrase).strip(" ,")
    if cleaned is None and sustained in commitments.SUSTAIN_VERBS and (
        head_noun(subject) in commitments.EFFORT_NOUNS
    ):
        cleaned = sustained  # "that pressure too will not only continue – it will grow"
    if cleaned is None:
        return []
    phrase = CHANCE.sub("", cleaned)  # "will have the chance (in Australia) to meet": will meet
    done_before = _DO_SO.search(phrase)
    if done_before is not None:
        # "we do collaborate, cooperate, share experiences ... and we will continue to do so":
        # what is done so is the verb phrase said just before
        doers = list(_DOES_SO.finditer(text, max(0, vp_end - 80), vp_end))
        end = doers[-1].start() if doers else clause.subject_start
        for pronoun in reversed(list(_PRONOUN.finditer(text, max(0, end - 200), end))):
            before = _SAID_BEFORE.match(text, pronoun.start(), end)
            head = before.group("vp").split()[0].lower().strip(",") if before else ""
            if before is not None and head in words.BASE_VERBS:
                phrase = phrase[: done_before.start()] + before.group("vp").strip(" ,")
                break
    if GAPPED.match(phrase):
        return []  # "the top issue they asked us to act on was ...": a relative clause
    perfect = _PERFECT_PHRASE.match(phrase)
    if perfect and not is_ahead(when_of(text, clause, vp_end, doc.date), doc.date):
        return []  # "businesses will have watched the announcements made yesterday": a guess
    verb = head_verb(phrase)
    state = phrase.split()[1].lower().strip(",.") if len(phrase.split()) > 1 else ""
    if verb == "remain" and state in words.REMAINING_STATES and not is_person_like(subject):
        return []  # "The highway is expected to remain closed until Sunday": a forecast
    appointment = False
    actor: str | None = held_by
    if (
        actor is None
        and subject == "It"
        and not text[: clause.subject_start].strip()
        and verb not in words.EXPLETIVE_IT_VERBS
    ):
        actor = actors.story_party()  # "It will also invest £40m": the company reported on
    seen = _SEEN_DONE.match(phrase) if verb == "see" and actor is None else None
    base_seen = participle_base(seen.group("p")) if seen is not None else None
    if seen is not None and base_seen is not None and is_instrument(doc, subject):
        # "The scheme will see 1.6 kilometres of new flood walls built": the issuer builds
        # them, through the scheme.
        actor = _issuer(doc, sentence, text, clause, actors)
        phrase = f"{base_seen} {seen.group('obj')} {seen.group('rest')}".strip()
        verb = base_seen
    if trigger.funded:
        if not (MONEY.match(subject) or head_noun(subject) in commitments.INSTRUMENT_NOUNS):
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
            NEW_EVENT.match(subject)  # not "The exercise will take place": one told of before
            or trigger.kind == "scheduled"  # "The visit is due to take place in March"
            and head_noun(subject) in words.SCHEDULED_EVENTS
            # "The auction will take place in June 2026": a notice's event, dated ahead
            or doc.kind != "transcript"
            and head_noun(subject) in words.SCHEDULED_EVENTS
            and _DATED.search(phrase) is not None
            and is_ahead(when_of(text, clause, vp_end, doc.date), doc.date)
        )
    ):
        # "The next round of negotiations will take place in Canberra": it will be held
        phrase, verb = "be held" + phrase[len("take place") :], "be"
    passive = passive_parts(phrase) if verb == "be" else None
    if passive is not None and _WITH_TO_BE.match(subject) and (
        text[trigger.start : trigger.start + 6].strip(" ,").startswith("to")
    ):
        subject = subject[5:]  # "..., with a report to be submitted within six months": it
    change = _change(phrase, subject, actors) if actor is None else None
    if (
        change is not None
        and doc.kind != "transcript"
        and not trigger.negated
        and not is_person_like(subject)  # (not is_agent: "grants" ends as "migrants" do)
        and not is_name(subject)
        and not is_pronoun_thing(subject)
        and (when_of(text, clause, vp_end, doc.date) or PHASED.match(phrase))
    ):
        # "The extended zone will come into force on 1 March", "Hardship grants will be
        # available from Friday", "The price of the ticket will rise to €63 from May": what a
        # release makes come about, on a date, is its issuer's deed.
        actor = _issuer(doc, sentence, text, clause, actors)
        phrase, verb = change, head_verb(change)
        trigger = replace(trigger, kind="scheduled")
    elif passive is not None:
        # "Legislation will be introduced into Parliament", "Applications will be assessed
        # by an independent panel": the one named after "by" acts, else the issuer.
        if (
            trigger.negated
            or EMBEDDED.search(text, 0, clause.subject_start)
            or _relative_before(text, clause.subject_start)
        ):
            return []  # "when the last payment will be made", "which the money ... will be"
        base, remainder, agent = passive
        if base in words.CONTACT_VERBS and head_noun(subject) in words.CONTACT_NOUNS:
            return []  # "Queries should be sent to spectrum@comreg.example": contact details
        if any(f"{base} {remainder}".startswith(said) for said in commitments.COMPOSITION_PASSIVES):
            return []  # "The chip will be made of several cores": what it is
        if MONEY.match(subject) and base in commitments.SUM_EFFECT_VERBS:
            return []  # "$33 billion in goods is expected to be purchased": the economy's
        phrase = f"{base} {as_object(subject, actors.names)} {remainder}".strip()
        verb = base
        if agent is not None:
            actor = actors.actor(clean_subject(agent), sentence, None, trigger.start)
            if not (actor or "").strip():
                actor = actors.issuer(sentence)  # "to be opened uh, by I mean, 2029": no one
        elif is_pronoun_thing(subject):
            return []  # "it will be covered": the thing is elsewhere
        elif (
            doc.kind == "transcript"
            and trigger.kind == "obligation"
            and head_noun(subject)
            not in commitments.EFFORT_NOUNS | commitments.INSTRUMENT_NOUNS | commitments.WORK_NOUNS
        ):
            # "This bloke ... should be treated right", "the values of faith must be
            # reaffirmed", said at a doorstop: a view (not "the pressure has to be stepped up",
            # "the legislation must be passed": the government's own effort or instrument)
            return []
        else:
            actor = _issuer(doc, sentence, text, clause, actors)
    elif (
        trigger.kind == "commitment"
        and head_noun(subject) in commitments.EFFORT_NOUNS
        and verb in commitments.SUSTAIN_VERBS
        and not is_pronoun_thing(subject)
    ):
        # "that pressure too will not only continue but grow": the speaker's government keeps
        # it up (in a briefing or a statement alike).
        actor = actors.issuer(sentence)
        thing = re.sub(r"\s+(?:too|also|as well)$", "", as_object(subject, actors.names))
        phrase = f"{phrase} {thing}"
    elif (
        # ("The next round is expected to open in September": the issuer's schedule, too)
        (trigger.kind in {"commitment", "scheduled", "expectation"} or trigger.present)
        and verb in commitments.START_VERBS
        and not _STARTS_OBJECT.match(phrase)  # ("The chain is to open 12 new stores": it acts)
        and doc.kind != "transcript"
        and not is_agent(subject, actors.names)
        and not is_pronoun_thing(subject)
        and (when_of(text, clause, vp_end, doc.date) or PHASED.match(phrase))
    ):
        # "Applications will open on 1 July", "The new arrangements will commence on 1
        # January 2016": in a release, the issuer starts them, on a date.
        actor = _issuer(doc, sentence, text, clause, actors)
        tokens = phrase.split()
        phrase = " ".join([tokens[0], as_object(subject, actors.names), *tokens[1:]])
        trigger = replace(trigger, kind="scheduled")
    elif (
        (
            trigger.kind == "commitment"
            or head_noun(subject) in commitments.WORK_NOUNS and verb in STARTS
        )  # "Construction is expected to begin in 2019": scheduled, as "Work will begin"
        and not trigger.commitment_noun
        and (MONEY.match(subject) or not is_agent(subject, actors.names))
        and is_instrument(doc, subject)
    ):
        # "The new fund will support ...", "$5.2 million will go to ...", "Work will begin
        # on the new terminal": a release's instrument, the issuer acts through it.
        actor = _issuer(doc, sentence, text, clause, actors)
        if verb == "go" and re.match(r"go\s+(?:to|towards|toward)\b", phrase):
            phrase = f"provide {as_object(subject, actors.names)} {phrase[3:]}"
        elif head_noun(subject) in commitments.WORK_NOUNS:
            tokens = phrase.split()
            phrase = " ".join([tokens[0], as_object(subject, actors.names), *tokens[1:]])
            trigger = replace(trigger, kind="scheduled")
        elif head_noun(subject) in words.VEHICLE_NOUNS and verb in words.SERVICE_VERBS:
            tokens = phrase.split()  # "Rail replacement buses will run every 20 minutes"
            phrase = " ".join([tokens[0], as_object(subject, actors.names), *tokens[1:]])
    if (
        actor is None
        and verb in {"receive", "get"}
        and trigger.kind == "commitment"
        and (doc.kind != "transcript" or subject.lower() not in words.PERSON_PRONOUNS)
        and (
            any(sign in phrase for sign in commitments.CURRENCY_SIGNS)
            or verb == "receive"
            and not is_pronoun_thing(subject)
            and is_ahead(when_of(text, clause, vp_end, doc.date), doc.date)
        )
        and not trigger.negated
    ):
        # "From 1 July, families will receive an extra $500 per child", "Our principals will
        # receive the new safety protocols by Friday": the issuer gives it
        actor = _issuer(doc, sentence, text, clause, actors)
        phrase = f"provide {as_object(subject, actors.names)} {phrase.split(maxsplit=1)[1]}"
        verb = "provide"
    if (
        actor is None
        and trigger.kind == "commitment"
        and not trigger.negated
        and subject.lower() in words.GENERIC_PEOPLE
    ):
        return []  # "in 2013 people will vote": a forecast of what people at large will do
    if verb == "be" and passive is None:
        # "will be the counterpart for ...": an appointment; any other "be" is a state.
        rest_words = phrase.split()[1:]
        if rest_words[:1] == ["there"] and len(rest_words) > 2:
            rest_words = rest_words[1:]  # "to be there at the Opening Ceremony": at it
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
            and (trigger.kind == "commitment" or looked_forward)
            and (
                is_name(subject)
                or subject.lower() in {"he", "she", "they", "i", "we"}
                or head_noun(subject) in words.AGENT_NOUNS
            )
        )
        # "we will be in touch directly with our European partners": to stay in touch
        touch = re.match(r"be\s+in\s+(?:\w+\s+){0,2}?(?:touch|contact)\b", phrase)
        appointment = visit or (
            bool(rest_words)
            and (
                rest_words[0].lower() in {"the", "a", "an"}
                and (len(rest_words) < 2 or rest_words[1].lower() not in SUPERLATIVES)
                and is_name(subject)
                or rest_words[0] in commitments.TITLE_STARTS
                and (is_name(subject) or subject.lower() in {"he", "she"})
            )
            and trigger.kind == "commitment"
            and not trigger.commitment_noun
        )
        if not appointment and not (touch and trigger.kind == "commitment"):
            return []
    elif (
        trigger.kind == "commitment"
        and subject.lower() not in {"i", "we"}
        and _THEY_WILL_SAY.match(phrase)
    ):
        return []  # "Mr Abbott will tell you that the tax will wreck the economy": his line
    elif verb in commitments.OUTCOME_VERBS and trigger.kind != "obligation":
        return []  # "Ukraine will win this war": a prediction
    elif EFFECT.match(phrase) and not is_person_like(subject):
        return []  # "Gorgon will help to stimulate Australia's economic growth": an effect
    elif (
        verb in words.NON_ACTION_VERBS
        and not GET_DONE.match(phrase)
        and not trigger.cleft  # "What we intend to do is to have a national system"
        and not (verb == "have" and HAVE_DONE.search(phrase))  # "will have plans by 2012"
        and not (verb == "have" and MORE_TO_SAY.match(phrase))  # "more to say about X"
        and not (verb == "have" and _has_done_by(phrase))  # "I'll have my team look at it"
        and not (verb == "see" and "forward" in text[trigger.start : trigger.verb])
        and not (verb == "see" and _KEEP_TRYING.match(phrase))  # "continue to see if"
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
            named = FULL_NAMES.findall(text, 0, trigger.start)
            owner = named[-1] if named else owner
        subject = (
            owner
            or possessor_of(text[: trigger.start])
            or commitment_owner(text[: trigger.start])
            or (leading_subject(text) if OWN_NOUN.search(text, 0, trigger.start) else "")
        )
        subject = TRAILING_TIME.sub("", subject)  # "The Australian Government last month"
        if subject.split(maxsplit=1)[0].lower() in words.CLAUSE_WORDS if subject else False:
            return []  # "When the USA signaled its intent to leave": a circumstance, told
        if not is_agent(subject, actors.names):
            return []
    if trigger.commitment_noun:
        pass
    elif actor is not None or reported:
        pass
    elif trigger.kind == "obligation" and _EVERY.match(subject) and not is_pronoun_thing(subject):
        pass  # "Every school must hold a lockdown drill": a rule binds each one it names
    elif trigger.object_actor is not None and head_noun(subject) in words.ASKED_PUBLIC:
        pass  # "We're asking folks to check on their elderly neighbors": the public, asked
    elif subject.lower() not in words.PERSON_PRONOUNS and not is_agent(subject, actors.names):
        # "G7 leaders have committed that the assets will remain immobilized": the ones who
        # committed act, to ensure the rest.
        # Anchored at the subject: only the last words can hold it (a search of the whole
        # prefix per clause was quadratic in a long run-on).
        start = max(0, clause.subject_start - 200)
        pledge = PLEDGED_THAT.search(text, start, clause.subject_start)
        if pledge is None:
            return []
        pledger, _, relative = subject_before(text, pledge.start())
        pledger = clean_subject(pledger)
        if relative or not pledger or not is_agent(pledger, actors.names):
            return []
        thing = subject[0].lower() + subject[1:] if subject.startswith("The ") else subject
        subject, phrase = pledger, f"ensure {thing} {phrase}"
    if actor is None and subject.lower() == "we" and verb in commitments.COLLECTIVE_VERBS:
        actor = actors.summit()  # "At the summit, we will agree that": the alliance decides
    if actor is None:
        actor = actors.actor(subject, sentence, speech, trigger.start)
    if not actor.strip():
        actor = actors.issuer(sentence)  # a subject that names no one ("2029", a fragment)
    if (
        subject.lower() == "they"
        and clause.antecedent is None
        and not is_agent(actor, actors.names)
    ):
        return []  # "The needs are tremendous and they'll only increase": things, not people
    if actor in {"He", "She"}:
        # "the announcement by Alannah MacTiernan MLA of her intention to": the name before
        named = FULL_NAMES.findall(text, 0, trigger.start)
        if named:
            actor = actors.actor(named[-1], sentence, speech, trigger.start)
    dated = is_ahead(when_of(text, clause, vp_end, doc.date), doc.date)
    if (
        doc.kind == "transcript"
        and trigger.object_actor is not None
        and _ASKED.match(text, trigger.start)
        and verb in words.BRIEFING_ROOM_VERBS
        and head_noun(subject) not in words.ASKED_PUBLIC  # (folks asked to check: not the floor)
    ):
        return []  # "I'll ask the Treasurer to respond", "... to add some remarks": the floor
    if briefing_room_talk(
        doc, sentence, speech, subject, actor, verb, phrase, actors.participants, dated
    ):
        return []
    kind = trigger.kind
    # "expect that" ends right before the subject: only the last words can hold it.
    before_subject = text[max(0, clause.subject_start - 200) : clause.subject_start]
    if kind == "commitment" and EXPECTING.search(before_subject):
        kind = "expectation"
    if kind == "commitment" and HEDGE.match(raw):
        kind = "expectation"  # "President Zelenskyy will probably speak to this": a forecast
    event = verb in words.EVENT_VERBS and (verb != "hold" or HELD_EVENT.match(phrase))
    if verb in words.TIMED_EVENT_VERBS or trigger.promise:
        event = event and not trigger.promise and bool(when_of(text, clause, vp_end, doc.date))
    if kind == "commitment" and not appointment and ROLE.search(phrase):
        appointment = True  # "will assist Tony Burke as his Parliamentary Secretary"
    if kind == "commitment" and not event and TRIP.match(phrase):
        # "Penny Wong will be leaving for Copenhagen in the next 24 to 48 hours": a trip
        event = bool(when_of(text, clause, vp_end, doc.date))
    if kind == "commitment" and (appointment or event):
        # "I will convene the Ministerial in July" in a statement is its author's pledge.
        pledged = doc.kind != "transcript" and subject.lower() == "i" and not appointment
        kind = "commitment" if pledged else "scheduled"
    parts = split_coordination(phrase)
    said = actors.voice(sentence, trigger.start)
    by = said.name if said is not None and said.name != actor else None
    return [
        build_action(doc, sentence, actor, part, kind, clause, vp_end, parts, by) for part in parts
    ]


def _change(phrase: str, subject: str, actors: Actors) -> str | None:
    """The issuer's deed a thing's coming about stands for ("come into force": "bring the
    zone into force"; a price's "rise to": "raise the price to"), or None."""
    text = phrase.strip()
    thing = as_object(subject, actors.names)
    for said, deed in commitments.CHANGE_PHRASES.items():
        if re.match(rf"{said}\b", text, re.I):
            return f"{deed.format(thing)}{text[len(said):]}"
    if head_noun(subject) in commitments.ADMINISTERED_THINGS:
        for said, deed in commitments.CHANGE_VERBS.items():
            if re.match(rf"{said}\b", text, re.I):
                return f"{deed} {thing}{text[len(said):]}"
    return None


def _issuer(doc: Document, sentence: Sentence, text: str, clause: Clause, actors: Actors) -> str:
    """Who acts through a thing or an agentless passive: in a news article, the one reported
    as saying so ("IBM said the money will fund ...": IBM), else the issuer of the text."""
    if doc.kind == "article":
        said = SAID_THAT.search(text, max(0, clause.subject_start - 160), clause.subject_start)
        if said is not None:
            reporter = re.sub(r"[’']s$", "", said.group("x"))
            if reporter not in NOT_NAMES and is_agent(reporter, actors.names):
                return actors.actor(reporter, sentence, None, said.start())
    return actors.issuer(sentence)


# A start verb with an object of its own: "open 12 new stores", "close two factories" (its
# subject opens them; not "Applications will open on 1 July", which the issuer opens).
_STARTS_OBJECT = re.compile(
    r"\s*\S+\s+(?!(?:a|an|one|two|three)\s+(?:week|day|month|year|fortnight|hour)s?\b)"
    r"(?:a|an|the|its|their|his|her|our|another|\d[\d,.]*|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|new|more)\s"
)

# A subject that names each one of a kind: "Every school", "Each operator", "All schools".
_EVERY = re.compile(r"(?:every|each|all)\s+(?!of\b)[a-z][\w-]*", re.I)

# A verb turned on the speakers themselves: "we have to ask ourselves", "I have to tell myself".
_REFLEXIVE = re.compile(r"[a-z]+\s+(?:ourselves|myself|yourselves|yourself)\b")

# What others say, in a relative clause: "those who say we should not respect ...", "people who
# claim that the Government will ..." (their words, not the speaker's pledge).
_OTHERS_SAY = re.compile(
    r"\b(?:who|which)\s+(?:\w+\s+)?(?:say|says|said|claim|claims|claimed|argue|argues|argued|"
    r"suggest|suggests|insist|insists)\s+(?:that\s+)?$"
)
# The speakers' critics and commentators on what "we" should do: "Some commentators have argued
# that we should sell the national airline" is their view, not the speakers' plan (what they
# say they will do themselves, "The union said it would seek talks", is reported news).
_CRITICS_SAY_WE = re.compile(
    r"(?i:\b(?:"
    + "|".join(sorted(words.OPPONENT_WORDS | words.FORECASTERS))
    + r"))\s+(?:\w+\s+)?(?:say|says|said|claim|claims|claimed|argue|argues|argued|"
    r"suggest|suggests|insist|insists)\s+(?:that\s+)?$"
)

# Being somewhere, looked forward to: "looking forward ... to be there at the Opening Ceremony".
_BE_THERE = re.compile(r"be\s+(?:there\s+)?(?:at|in)\s+(?:the\s+)?[A-Z]")


_PRONOUN = re.compile(r"\b(?:[Ww]e|I|[Tt]hey|[Hh]e|[Ss]he)\s")
_DOES_SO = re.compile(
    r"\b(?:we|I|they|he|she)\s+[^.;:?!]{0,40}?\bdo\s+(?:so|the\s+same|this|that)\b"
)
# A verb phrase in the perfect: "have watched", "have already started", "have been told".
_PERFECT_PHRASE = re.compile(
    r"\s*(?:already\s+)?have\s+(?:\w+ly\s+|already\s+)?"
    r"(?:been|done|seen|known|made|taken|given|[a-z]+ed)\b"
)
# A verb phrase standing for one said before: "continue to do so", "do the same".
_DO_SO = re.compile(r"\bdo\s+(?:so|the\s+same|this|that)\s*$")
# That verb phrase, said by a pronoun just before "and": "we do collaborate, cooperate, share
# experiences ... in this field and".
_SAID_BEFORE = re.compile(
    r"\b(?:[Ww]e|I|[Tt]hey|[Hh]e|[Ss]he)\s+(?:do\s+|also\s+|already\s+)?(?P<vp>[a-z]+\b[^.;:?!]{0,150}?)"
    r",?\s+(?:and|but)\s+$"
)

_VAGUE = re.compile(commitments.VAGUE_DEED)
# What others will say, foretold: "will tell you that", "will say anything", "will claim".
_THEY_WILL_SAY = re.compile(
    r"(?:tell\s+(?:you|people|Australians|Americans|voters)|say|claim|argue|pretend)"
    r"(?:\s+(?:that|anything|whatever|it|this)\b|\s*$)"
)
# Finding out, kept up or tried: "continue to see if Russia is willing", "try to see whether".
_KEEP_TRYING = re.compile(
    r"(?:continue|try)\s+(?:to|and)\s+(?:\w+\s+(?:and\s+)?)?see\s+(?:if|whether)\b"
)
_ASKED = re.compile(r"ask(?:ed|s|ing)?\b", re.I)
# A plan in the present simple, said of people in general: "decide to", "plan to".
_HABIT = re.compile(r"(?:decide|plan|aim|intend|hope|choose)\s+to\b")


# "have my team look at P.S. 84", "have the agency report back": a deed done through others.
_CAUSATIVE = re.compile(
    r"have\s+(?:my|our|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?P<who>[a-z]+)\s+(?P<verb>[a-z]+)\b"
)


def _has_done_by(phrase: str) -> bool:
    """Whether "have" sets others to a deed: "have my team look at", not "have a plan"."""
    m = _CAUSATIVE.match(phrase.strip())
    return bool(
        m
        and (m.group("who") in words.AGENT_NOUNS or m.group("who").rstrip("s") in words.AGENT_NOUNS)
        and m.group("verb") in words.BASE_VERBS | words.EVENT_VERBS | words.CAUSED_VERBS
    )


def _gerund_of(text: str, trigger: Trigger, phrase: str) -> bool:
    """Whether a commitment noun names its deed as "of" and a gerund ("its intention of raising
    fuel prices"): unlike "commitment to creating", the gerund is the deed."""
    if not re.search(r"\bof\s*$", text[trigger.start : trigger.verb]):
        return False
    cleaned = verb_phrase(phrase)
    return bool(phrase.split()) and phrase.split()[0].lower().endswith("ing") and bool(
        cleaned and is_deed(cleaned)
    )


# A date with its year or day written out ("in June 2026", "on 14 May"), not "this week".
_DATED = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\s+[A-Z][a-z]+\b|\b[A-Z][a-z]+\s+\d{1,2}\b")


# A view the speakers hold of what others should do: "Because we believe, Australians should".
_OPINION_BEFORE = re.compile(
    r"\b(?:I|we)\s+(?:really\s+|strongly\s+|firmly\s+|also\s+)?(?:believe|think|feel)\s*,?"
    r"(?:\s+that)?\s*$",
    re.I,
)


# A former body: "The last Government", "the previous administration".
_FORMER = re.compile(
    r"(?:the\s+)?(?:" + "|".join(sorted(words.FORMER_WORDS)) + r")\s+", re.I
)


# A "that" after a verb of saying, telling or deciding opens what was said or decided, not a
# relative clause: "The Task Force resolved that all contacts will be followed up", "Cabinet
# was informed that the Prime Minister will lead a delegation".
_REPORTED_THAT = re.compile(
    r"\b(?:"
    + "|".join(sorted(words.REPORTING_VERBS | words.TELLING_VERBS | words.DECIDING_VERBS))
    + r")\s+that\s*$",
    re.I,
)


def _relative_before(text: str, end: int) -> bool:
    """Whether the clause whose subject starts at `end` sits in a relative clause ("which the
    money ... will be"), not in one reported after "resolved that" or "was told that"."""
    if _REPORTED_THAT.search(text, max(0, end - 40), end):
        return False
    return RELATIVE_BEFORE.search(text, 0, end) is not None


# What an instrument "will see" done: "will see 1.6 kilometres of new flood walls built along the
# River Severn", "will see 200 new homes delivered by 2028".
_SEEN_DONE = re.compile(
    r"see\s+(?P<obj>(?:[\w$£€.,%’'-]+\s+){1,12}?)(?P<p>[a-z]{3,}ed|built|made|laid|set\s+up)"
    r"(?P<rest>(?:\s+(?:along|in|at|on|across|by|from|for|over|within|to|and|under|through)\b.*)?)"
    r"\s*[,.]?\s*$",
    re.S,
)


# The noun of an absolute "with" before an infinitive passive: "with a report to be submitted".
_WITH_TO_BE = re.compile(r"with\s+(?:an?|the|its|their)\s", re.I)
