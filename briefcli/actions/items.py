"""Action items: who will (or must, or is expected to) do what, and when."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from briefcli.actions.clause_item import clause_action
from briefcli.actions.clauses import Clause, find_clauses
from briefcli.actions.phrasing import DEEDS, verb_phrase_end
from briefcli.actions.room import not_a_statement
from briefcli.actions.speech import plain
from briefcli.actions.tense import times_remembered
from briefcli.actions.verbs import head_verb, verb_phrase
from briefcli.errors import skipped
from briefcli.lexicon import actions as words
from briefcli.lexicon import commitments
from briefcli.model import Action, Quote, Sentence
from briefcli.people import People
from briefcli.people.actors import Actors
from briefcli.text.document import Document


def find_actions(
    doc: Document, sentences: Sequence[Sentence], people: People, quotes: Sequence[Quote]
) -> list[Action]:
    """Every action item in document order, duplicates merged."""
    actors = Actors(doc, sentences, people, quotes)
    found: list[Action] = []
    lead: list[Action] = []  # the items of a sentence that opens a list ("... by:")
    body = ""  # the body a resolution's preamble names ("The Council ..., at its meeting:")
    for number, sentence in enumerate(sentences):
        if not_a_statement(sentence):
            lead = []
            continue
        try:
            read = _subjunctive(_operative(sentence, body))
            if number + 1 < len(sentences) and _ACCEPTS.match(sentences[number + 1].text):
                read = _accepted(read)
            items = _sentence_actions(doc, read, actors)
            items = [replace(a, text=sentence.text) for a in items]
            if sentence.text.rstrip().endswith((":", ",")):
                body = _preamble_body(sentence.text) or body
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


# A paragraph of a resolution that starts with its operative verb: "1. Decides to deploy ...;",
# "Requests the Commission to submit ...".
_OPERATIVE = re.compile(
    r"\s*(?P<mark>\(?\d+[.)]|\(?[a-z][.)])?\s*(?P<verb>[A-Z][a-z]+|(?<=[.)]\s)[a-z]+)\s+"
    r"(?:upon\s+|on\s+)?(?=\S)"  # ("(a) approves the introduction of": a minute's paragraph)
)


# A minute's resolution run into its first lettered paragraph: "RESOLVED that the Cabinet: (a)
# approves the introduction of ...; (b) instructs ...".
_RESOLVED_RUN_ON = re.compile(
    r"\s*(?i:resolved)\s+that\s+(?P<body>(?:[Tt]he\s+)?[A-Z][^:;,.]{1,60}?):\s*"
    r"(?:\(?[a-z1-9][.)]\s*)?(?=[a-z])"
)


def _operative(sentence: Sentence, body: str) -> Sentence:
    """A resolution's operative paragraph with the body that decides written before it, so
    that it reads as a clause with a subject ("Decides to deploy ...": "The Council decides
    to deploy ..."); any other sentence as it is."""
    run_on = _RESOLVED_RUN_ON.match(sentence.text)
    if run_on is not None:
        # "RESOLVED that the Cabinet: (a) approves": "the Cabinet approves"
        text = f"{run_on.group('body')} {sentence.text[run_on.end() :]}"
        return replace(sentence, text=text)
    m = _OPERATIVE.match(sentence.text)
    if not body or m is None or m.group("verb").lower() not in commitments.OPERATIVE_VERBS:
        return sentence
    verb = m.group("verb")
    rest = sentence.text[m.end("verb") :]
    return replace(sentence, text=f"{body} {verb.lower()}{rest}")


# The sentence after an invitation, accepting it: "President Mensah accepted the invitation."
_ACCEPTS = re.compile(
    r"\s*(?:The\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:\w+ly\s+)?accepted\s+"
    r"(?:the|this|that|his|her|their|its)\s+invitation\b"
)
_INVITED = re.compile(r"\binvit(?:ed|es)\b")


def _accepted(sentence: Sentence) -> Sentence:
    """An invitation accepted in the sentence after it, read as one accepted in its own
    ("... invited President Mensah to pay a State Visit in 2027. President Mensah accepted the
    invitation."): the visit is to come."""
    if not _INVITED.search(sentence.text):
        return sentence
    return replace(sentence, text=f"{sentence.text.rstrip(' .')}, and they accepted.")


# A decision in the subjunctive: "RESOLVED: That the application be deferred", "(b) That
# planning permission be granted", "It was agreed that a committee ... be established to".
_SUBJUNCTIVE = re.compile(
    r"(?:^\s*(?:(?:[A-Z]+\s*[:–—-]\s*)?(?:\(?\d+[.)]|\(?[a-z][.)])?\s*)|\b(?P<verb>[a-z]+)\s+)"
    r"(?P<that>[Tt]hat\s+)(?P<np>[^,;:.?!]{1,120}?)\s+(?P<be>be)\s+(?=[a-z]+(?:ed|en|ilt|eld|et|ut)\b)"
)


def _subjunctive(sentence: Sentence) -> Sentence:
    """A decision in the subjunctive read as the passive it announces ("That the application
    be deferred": "the application will be deferred"), so that the deciding body's passive
    deed is found as a release's is; any other sentence as it is."""
    if "be " not in sentence.text:
        return sentence
    m = _SUBJUNCTIVE.search(sentence.text)
    if m is None:
        return sentence
    verb = m.group("verb")
    if verb is not None and verb not in words.SUBJUNCTIVE_OPENERS:
        return sentence
    heading = sentence.text[: m.start("that")]
    if verb is None and re.search(r"[a-z]{2}", heading) and not heading.lower().strip(
        " :–—-"
    ).endswith(tuple(words.SUBJUNCTIVE_OPENERS)):
        return sentence
    text = f"{heading}{m.group('np')} will be {sentence.text[m.end():]}"
    return replace(sentence, text=text)


# The body a preamble names: "The Peace and Security Council of the African Union, at its
# 1310th meeting ...:", "The Security Council,".
_PREAMBLE = re.compile(
    r"\s*(?:(?i:resolved)\s+(?:that\s+)?)?(?P<body>(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?)*?(?:"
    + "|".join(sorted(w.title() for w in commitments.BODY_NOUNS))
    + r")(?:\s+of\s+the(?:\s+[A-Z][\w-]*)+)?)\s*(?:,|:\s*$)"
)  # ("RESOLVED that the Cabinet:": a minute's resolution, its paragraphs after it)


def _preamble_body(text: str) -> str | None:
    m = _PREAMBLE.match(text)
    return m.group("body") if m else None


# A list item that is a deed: "Committing to create ...", "Collaborating in venues ...".
_LISTED_DEED = re.compile(r"\s*(?:[-•*–]\s*)?([A-Z][a-z]+ing)\b")


def _listed_items(sentence: Sentence, lead: Action) -> list[Action]:
    """An item of a list of deeds opened by a commitment ("We intend to advance this agenda
    by: / Committing to create ... / Collaborating in ..."): the opener's actor and kind."""
    text = plain(sentence.text)
    start = _LISTED_DEED.match(text)
    if start is None:
        return []
    end = verb_phrase_end(text, start.start(1), len(text))
    phrase = verb_phrase(text[start.start(1) : end].lower())
    if phrase is None or head_verb(phrase) not in DEEDS:
        return []
    if phrase.startswith("commit to "):
        phrase = phrase[len("commit to ") :]  # "Committing to create": create
    return [replace(lead, text=sentence.text, action=phrase, when=None, date=None,
                    sentence=sentence.id)]  # fmt: skip


# Each distinct sentence's plain text and clauses, read once while a brief is made (see
# `clauses_remembered`): they depend on the text alone, and a long meeting says the same
# sentence again ("Thank you.", handovers, a transcript pasted twice).
_PARSED: ContextVar[dict[str, tuple[str, tuple[Clause, ...]]] | None] = ContextVar(
    "parsed_sentences", default=None
)


@contextmanager
def clauses_remembered() -> Iterator[None]:
    """While a brief is made, each distinct sentence is made plain and split into clauses
    once, and its time expressions found once. Forgotten when the brief is made."""
    token = _PARSED.set({})
    try:
        with times_remembered():
            yield
    finally:
        _PARSED.reset(token)


def _parsed(sentence: str) -> tuple[str, tuple[Clause, ...]]:
    """A sentence's plain text and its clauses."""
    remembered = _PARSED.get()
    known = remembered.get(sentence) if remembered is not None else None
    if known is None:
        text = plain(sentence)
        known = (text, tuple(find_clauses(text)))
        if remembered is not None:
            remembered[sentence] = known
    return known


def _sentence_actions(doc: Document, sentence: Sentence, actors: Actors) -> list[Action]:
    text, clauses = _parsed(sentence.text)
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
        earlier = clauses[index - 1].subject if index and not clauses[index - 1].relative else ""
        action = clause_action(doc, sentence, text, clause, limit, actors, earlier)
        found.extend(action)
    return found


_DECIDES_SPAN = 40  # the longest "decided  that " the verb phrase can end with
_DECIDES_THAT = re.compile(r"\b(?:agree|agreed|decide|decided|ensure|commit)\s+that\s*$")


def _merge(found: list[Action]) -> list[Action]:
    """Drops an item that repeats an earlier one: same actor, (nearly) the same action."""
    kept: list[Action] = []
    # Each actor's items so far by their first word, with their content words (computed
    # once, not per pair): only an item with the same first word can be repeated, and an
    # actor who speaks all through a long meeting has hundreds of items.
    by_actor: dict[tuple[str, str], list[tuple[int, set[str]]]] = {}
    for action in found:
        terms = _content(action.action)
        duplicate = False
        first = _first_word(action.action)
        same_actor = by_actor.setdefault(((action.actor or "").lower(), first), [])
        for i, other in same_actor:
            earlier = kept[i]
            overlap = len(terms & other) / max(1, min(len(terms), len(other)))
            if overlap >= 0.8:
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
