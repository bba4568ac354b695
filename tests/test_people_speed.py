"""Speed rules of who is who on long inputs: searches tried only where they can match."""

from __future__ import annotations

import briefcli


def test_a_title_pattern_tried_where_its_title_is_finds_what_a_full_search_finds() -> None:
    import re

    from briefcli.people.labels import _matches_at, _matches_in_lines

    text = (
        "Deputy Prime Minister Jo Bell spoke. Prime Minister Anna Lind, Prime Minister\n"
        "Ed Ray and Prime Ministers. Mr Tom Ode, Prime Minister said; Sam Lee, the Prime"
        " Minister\nPrime MinisterPrime Minister Kay Bo"
    )
    title = "Prime Minister"
    after = re.compile(rf"(?<!Deputy )\b{title}[ \t]+([A-Z]\w+(?:[ \t][A-Z]\w+)?)")
    before = re.compile(rf"\b([A-Z]\w+(?:[ \t][A-Z]\w+){{1,2}}),[ \t]+(?:the[ \t]+)?{title}\b")
    spans = [m.span() for m in after.finditer(text)]
    assert spans and [m.span() for m in _matches_at(after, re.compile(title), text)] == spans
    holds = re.compile(rf",[ \t]+(?:the[ \t]+)?{title}")
    spans = [m.span() for m in before.finditer(text)]
    assert spans
    assert [m.span() for m in _matches_in_lines(before, holds, text)] == spans


def test_a_pronoun_finds_a_person_named_before_it_by_surname() -> None:
    brief = briefcli.brief(
        "Minister Anna Lind visited the plant on Monday. Lind said the line would reopen. "
        "She will announce the funding next week."
    )
    assert any(a.actor == "Anna Lind" for a in brief.actions)
