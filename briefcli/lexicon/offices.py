"""Who held an office when: a title-only label ("PM:", "PRIME MINISTER:") names its holder."""

from __future__ import annotations

# Each office: (country, the title as a label reads), and its holders with the first and
# the last day in office (ISO dates; "" for still in office). A transcript whose label is
# only a title, where the text never names the person, is the holder's on the briefing's
# date in the country the briefing is about. From the public record of each office; add
# the offices of a new publisher's government here.
OFFICE_HOLDERS: dict[tuple[str, str], tuple[tuple[str, str, str], ...]] = {
    ("Australia", "prime minister"): (
        ("1996-03-11", "2007-12-03", "John Howard"),
        ("2007-12-03", "2010-06-24", "Kevin Rudd"),
        ("2010-06-24", "2013-06-27", "Julia Gillard"),
        ("2013-06-27", "2013-09-18", "Kevin Rudd"),
        ("2013-09-18", "2015-09-15", "Tony Abbott"),
        ("2015-09-15", "2018-08-24", "Malcolm Turnbull"),
        ("2018-08-24", "2022-05-23", "Scott Morrison"),
        ("2022-05-23", "", "Anthony Albanese"),
    ),
    ("Australia", "treasurer"): (
        ("1996-03-11", "2007-12-03", "Peter Costello"),
        ("2007-12-03", "2013-06-27", "Wayne Swan"),
        ("2013-06-27", "2013-09-18", "Chris Bowen"),
        ("2013-09-18", "2015-09-21", "Joe Hockey"),
        ("2015-09-21", "2018-08-24", "Scott Morrison"),
        ("2018-08-24", "2022-05-23", "Josh Frydenberg"),
        ("2022-05-23", "", "Jim Chalmers"),
    ),
    ("United States", "president"): (
        ("2001-01-20", "2009-01-20", "George W. Bush"),
        ("2009-01-20", "2017-01-20", "Barack Obama"),
        ("2017-01-20", "2021-01-20", "Donald J. Trump"),
        ("2021-01-20", "2025-01-20", "Joe Biden"),
        ("2025-01-20", "", "Donald J. Trump"),
    ),
    ("United States", "vice president"): (
        ("2009-01-20", "2017-01-20", "Joe Biden"),
        ("2017-01-20", "2021-01-20", "Mike Pence"),
        ("2021-01-20", "2025-01-20", "Kamala Harris"),
        ("2025-01-20", "", "JD Vance"),
    ),
    ("United States", "secretary of state"): (
        ("2013-02-01", "2017-02-01", "John Kerry"),
        ("2018-04-26", "2021-01-20", "Mike Pompeo"),
        ("2021-01-26", "2025-01-20", "Antony J. Blinken"),
        ("2025-01-21", "", "Marco Rubio"),
    ),
}

# Words by which a briefing shows which country it is about (counted in its text).
COUNTRY_SIGNS: dict[str, tuple[str, ...]] = {
    "Australia": ("Australia", "Australian"),
    "United States": ("United States", "U.S.", "American", "Americans", "Washington"),
}
