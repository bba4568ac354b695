"""Time expressions in action items and the dates they resolve to."""

from __future__ import annotations

import pytest

from briefcli.text.when import find_all, find_when, resolve

# The NATO article is dated Thursday 2023-10-12; the gaggle Friday 2024-09-06.
NATO_DAY = "2023-10-12"
GAGGLE_DAY = "2024-09-06"


@pytest.mark.parametrize(
    ("text", "written", "day"),
    [
        ("Next week, NATO will hold its annual nuclear exercise, Steadfast Noon.", "next week",
         "2023-10-16"),
        ("were damaged Oct. 10.", "Oct. 10", "2023-10-10"),
        ("The President will meet with President Zelenskyy tomorrow.", "tomorrow", "2023-10-13"),
        ("We will finish it by the end of the year.", "by the end of the year", "2023-12-31"),
        ("will meet again within two months in Washington, D.C.", "within two months",
         "2023-12-12"),
        ("She will speak later today.", "later today", "2023-10-12"),
        ("The summit on January 9-10, 2024 will", "on January 9-10, 2024", "2024-01-09"),
    ],
)  # fmt: skip
def test_time_expressions_resolve_against_the_briefing_date(
    text: str, written: str, day: str
) -> None:
    when = find_when(text, NATO_DAY)
    assert when is not None
    assert when.text == written
    assert when.date == day
    assert text[when.start : when.end].lower() == written.lower()


def test_weekdays_count_forward_from_the_briefing() -> None:
    # Source: 2024-09-06 press gaggle (a Friday): "On Tuesday, the president will welcome ..."
    when = find_when("On Tuesday, the president will welcome two teams", GAGGLE_DAY)
    assert when is not None and (when.text, when.date) == ("on Tuesday", "2024-09-10")
    assert resolve("On Wednesday", GAGGLE_DAY) == "2024-09-11"
    assert resolve("next Friday", GAGGLE_DAY) == "2024-09-13"


def test_spans_without_one_day_keep_no_date() -> None:
    # Source: 2023-01-28 PEPFAR statement ("... ending AIDS by 2030", "... this year").
    assert [(w.text, w.date) for w in find_all("ending AIDS by 2030", NATO_DAY)] == [
        ("by 2030", None)
    ]
    this_year = find_when("on PEPFAR’s reauthorization this year.", NATO_DAY)
    assert this_year is not None and (this_year.text, this_year.date) == ("this year", None)
    assert resolve("in the coming weeks", NATO_DAY) is None


def test_no_briefing_date_means_no_resolved_date() -> None:
    when = find_when("The President will travel tomorrow.")
    assert when is not None and when.text == "tomorrow" and when.date is None
    assert resolve("tomorrow", "not a date") is None


def test_may_and_march_alone_are_not_dates() -> None:
    assert find_all("They may travel, and the march will go on.") == []
    assert find_when("May 5 is the deadline", NATO_DAY) is not None


@pytest.mark.parametrize(
    ("text", "written", "day"),
    [
        ("The Act will commence on 14 May.", "on 14 May", "2024-05-14"),
        ("Applications open from 1 July 2025.", "from 1 July 2025", "2025-07-01"),
        ("The next conference will be held in 2026.", "in 2026", "2026-01-01"),
        ("The fund will pay out $12 million over four years.", "over four years", None),
        ("Funding starts next financial year.", "next financial year", None),
    ],
)
def test_times_of_releases_written_day_first_or_by_year(
    text: str, written: str, day: str | None
) -> None:
    found = find_when(text, today="2024-03-01")
    assert found is not None and found.text == written
    assert found.date == day


def test_a_year_gone_by_or_a_duration_gone_by_is_no_time_ahead() -> None:
    assert find_when("officers who died in the line of duty in 2021", today="2022-05-13") is None
    assert find_when("behaviour they have been conducting for over 40 years", "2020-04-01") is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("We are opening 5,000 beds before Christmas.", "before Christmas"),
        ("The bill will pass in the autumn.", "in the autumn"),
        ("We will legislate in the winter sittings.", "in the winter sittings"),
        ("It will be done before the summer recess.", "before the summer recess"),
        ("The review will report this autumn.", "this autumn"),
    ],
)
def test_seasons_holidays_and_a_parliaments_calendar_are_times(text: str, written: str) -> None:
    found = find_when(text, today="2026-06-01")
    assert found is not None and found.text == written


def test_a_season_of_something_is_no_time() -> None:
    assert find_when("He was in the spring of his life.", today="2026-06-01") is None
