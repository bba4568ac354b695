"""Speech opened by a quotation mark at a sentence's start or after a colon, as before."""

from __future__ import annotations

from briefcli.people.speaker import (
    _DOUBLE_OPENS_SPEECH,
    _SINGLE_OPENS_SPEECH,
    _opens_speech,
    single_marks_quote,
)


def test_marks_open_speech_at_the_start_or_after_a_colon() -> None:
    assert _opens_speech("‘We will win,’ he said.", _SINGLE_OPENS_SPEECH)
    assert _opens_speech("He said: 'We will win.'", _SINGLE_OPENS_SPEECH)
    assert not _opens_speech("He said 'we will win'.", _SINGLE_OPENS_SPEECH)
    assert not _opens_speech("''Tis the season", _SINGLE_OPENS_SPEECH)
    assert _opens_speech("“We will,” she said.", _DOUBLE_OPENS_SPEECH)
    assert _opens_speech("She said:  ''We will.''", _DOUBLE_OPENS_SPEECH)
    assert not _opens_speech("She said “we will”.", _DOUBLE_OPENS_SPEECH)


def test_a_tabloid_quotes_with_single_marks() -> None:
    texts = ["'We won,' he said.", "Fans: 'Brilliant.'", "'Again,' she said.", 'A "nickname".']
    assert single_marks_quote(texts)
