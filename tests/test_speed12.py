"""Speed rules of round 12 (actions, people, quotes): cheaper forms give the same answers."""

from __future__ import annotations

import random
import re

import pytest

from briefcli.people import labels


def _old_pairs(text: str) -> list[tuple[str, str]]:
    # given_names' pattern as it was: a word boundary tried at every character.
    old = re.compile(
        r"\b(?<![\w\-])(?=([A-ZÀ-ÖØ-Þ][^\W\d_A-Z'’]*[^\W\d_A-Z](?:-[^\W\d_][^\W\d_A-Z'’]+)*"
        r"(?:[ \t][A-Z]\.)?)"
        rf"[ \t]+((?:(?:{labels._PARTICLE})[ \t]+){{0,2}}[A-Z][\w'’\-]+)\b)"
    )
    return [(m.group(1), m.group(2)) for m in old.finditer(text)]


def _old_families(text: str) -> list[tuple[int, str]]:
    old = re.compile(r"\b([A-Z][a-z]{1,10})\s+[A-Z][a-z]{1,10}-[a-z]{2,10}\b")
    return [(m.start(), m.group()) for m in old.finditer(text)]


def test_name_pairs_opening_on_their_capital_match_as_the_boundary_form() -> None:
    rng = random.Random(12)
    alphabet = "aAbZé-ÀØÞ \t\n.'’xY1_Ó"
    texts = [
        "Minister Julia Gillard met Jean-Noël Barrot, Henrik van der Meulen and Eamon Ó "
        "Ceallaigh; Chung Eui-yong and Kim Jae-won. x-Ann Lee, éAnn Lee, Ann B. Lee.",
        *("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(20000)),
    ]
    for text in texts:
        pairs = [(m.group(1) + m.group(2), m.group(3)) for m in labels._NAME_PAIR.finditer(text)]
        assert pairs == _old_pairs(text), text
        families = [(m.start(), m.group()) for m in labels._FAMILY_FIRST.finditer(text)]
        assert families == _old_families(text), text


def test_a_sentence_said_again_far_apart_has_its_times_found_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import briefcli
    from briefcli.actions import tense

    read: list[str] = []
    find_all = tense.find_all

    def counting(text: str, today: str | None = None) -> list[tense.When]:
        read.append(text)
        return find_all(text, today)

    monkeypatch.setattr(tense, "find_all", counting)
    tense._times_of.cache_clear()
    said = "The minister will open the new clinic next Tuesday."
    filler = " ".join(f"The council will review report {k} on roads." for k in range(80))
    brief = briefcli.brief(f"{said} {filler} {said}")
    assert read.count(said) == 1
    assert [a.when for a in brief.actions if "clinic" in a.action] == ["next Tuesday"]


def test_given_names_counts_a_line_said_again_as_often_as_it_is_said() -> None:
    line = "Minister Julia Gillard thanked Chung Eui-yong and Ann Lee."
    once = labels.given_names(line)
    thrice = labels.given_names("\n".join([line, "Then Tom Ode spoke.", line, line]))
    assert once["gillard"] == {"Julia Gillard": 1}
    assert thrice["gillard"] == {"Julia Gillard": 3}
    assert thrice["chung"] == {"Chung Eui-yong": 3}
    assert list(thrice) == [*once, "ode"]  # first seen first, as in one pass over the text
