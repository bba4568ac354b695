"""Round 9 of issue 13: bulleted reaction lists, an attribution in the quote's own sentence,
a speaker model for descriptions (invented examples)."""

from __future__ import annotations

from tests.test_quotes import quote, quotes_of_text

# ---------------------------------------------------------------- reaction lists


def test_a_bulleted_reaction_list_names_each_speaker_before_the_colon() -> None:
    quotes = quotes_of_text(
        "A jury convicted the former deputy on Friday. Reaction came quickly:\n\n"
        "— The victim's sister, Ana Ruiz, outside the courthouse: "
        '"Today my brother was heard."\n\n'
        "— Defense attorney Carl Bright, who said he would appeal: "
        '"We respectfully disagree with the verdict."\n\n'
        "— The Deputies' Association of Ohio, in a statement: "
        '"Every officer deserves a fair trial."\n'
    )
    assert quote(quotes, "Today my brother").speaker == "Ana Ruiz"
    assert quote(quotes, "We respectfully").speaker == "Carl Bright"
    assert quote(quotes, "Every officer deserves").speaker == "The Deputies' Association of Ohio"


def test_a_plural_owner_is_not_the_speaker() -> None:
    quotes = quotes_of_text(
        "— Andre Sims' mother, Gloria Sims, on the courthouse steps: "
        '"My son can rest now."\n'
    )
    assert quote(quotes, "My son can rest").speaker == "Gloria Sims"


# ---------------------------------------------------------------- the quote's own sentence


def test_the_attribution_before_a_colon_is_in_the_quotes_own_sentence() -> None:
    quotes = quotes_of_text(
        "Universities UK, which represents employers, said the strike was unnecessary. "
        'Its chief executive, Mr Philip Ainsworth, said: "Strike action only harms '
        'students."\n'
    )
    assert quote(quotes, "Strike action only").speaker == "Philip Ainsworth"


def test_an_initial_ends_no_sentence_before_the_attribution() -> None:
    quotes = quotes_of_text(
        "Chief Justice S.V. Raghunathan heard the case on Monday. "
        'Justice R. Meenakshi Sundaram said: "The corporation cannot keep blaming the '
        'monsoon."\n'
    )
    assert quote(quotes, "The corporation cannot").speaker == "R. Meenakshi Sundaram"
