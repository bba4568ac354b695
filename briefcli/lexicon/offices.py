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
    ("Australia", "deputy prime minister"): (
        ("2007-12-03", "2010-06-24", "Julia Gillard"),
        ("2010-06-24", "2013-06-27", "Wayne Swan"),
        ("2013-06-27", "2013-09-18", "Anthony Albanese"),
        ("2013-09-18", "2016-02-18", "Warren Truss"),
        ("2016-02-18", "2017-10-27", "Barnaby Joyce"),
        ("2017-12-06", "2018-02-26", "Barnaby Joyce"),
        ("2018-02-26", "2021-06-22", "Michael McCormack"),
        ("2021-06-22", "2022-05-23", "Barnaby Joyce"),
        ("2022-05-23", "", "Richard Marles"),
    ),
    ("Australia", "minister for foreign affairs"): (
        ("2007-12-03", "2010-09-14", "Stephen Smith"),
        ("2010-09-14", "2012-02-22", "Kevin Rudd"),
        ("2012-03-13", "2013-09-18", "Bob Carr"),
        ("2013-09-18", "2018-08-28", "Julie Bishop"),
        ("2018-08-28", "2022-05-23", "Marise Payne"),
        ("2022-05-23", "", "Penny Wong"),
    ),
    ("Australia", "minister for defence"): (
        ("2007-12-03", "2009-06-09", "Joel Fitzgibbon"),
        ("2009-06-09", "2010-09-14", "John Faulkner"),
        ("2010-09-14", "2013-09-18", "Stephen Smith"),
        ("2013-09-18", "2014-12-23", "David Johnston"),
        ("2014-12-23", "2015-09-21", "Kevin Andrews"),
        ("2015-09-21", "2018-08-28", "Marise Payne"),
        ("2018-08-28", "2019-05-29", "Christopher Pyne"),
        ("2019-05-29", "2021-03-30", "Linda Reynolds"),
        ("2021-03-30", "2022-05-23", "Peter Dutton"),
        ("2022-06-01", "", "Richard Marles"),
    ),
    ("Australia", "minister for trade"): (
        ("2007-12-03", "2010-09-14", "Simon Crean"),
        ("2010-09-14", "2013-07-01", "Craig Emerson"),
        ("2013-07-01", "2013-09-18", "Richard Marles"),
        ("2013-09-18", "2016-02-18", "Andrew Robb"),
        ("2016-02-18", "2018-08-28", "Steven Ciobo"),
        ("2018-08-28", "2022-05-23", "Simon Birmingham"),
        ("2022-06-01", "", "Don Farrell"),
    ),
    ("Australia", "attorney-general"): (
        ("2007-12-03", "2011-12-14", "Robert McClelland"),
        ("2011-12-14", "2013-02-02", "Nicola Roxon"),
        ("2013-02-02", "2013-09-18", "Mark Dreyfus"),
        ("2013-09-18", "2017-12-20", "George Brandis"),
        ("2017-12-20", "2021-03-30", "Christian Porter"),
        ("2021-03-30", "2022-05-23", "Michaelia Cash"),
        ("2022-06-01", "", "Mark Dreyfus"),
    ),
    ("United Kingdom", "prime minister"): (
        ("2007-06-27", "2010-05-11", "Gordon Brown"),
        ("2010-05-11", "2016-07-13", "David Cameron"),
        ("2016-07-13", "2019-07-24", "Theresa May"),
        ("2019-07-24", "2022-09-06", "Boris Johnson"),
        ("2022-09-06", "2022-10-25", "Liz Truss"),
        ("2022-10-25", "2024-07-05", "Rishi Sunak"),
        ("2024-07-05", "", "Keir Starmer"),
    ),
    ("Canada", "prime minister"): (
        ("2006-02-06", "2015-11-04", "Stephen Harper"),
        ("2015-11-04", "2025-03-14", "Justin Trudeau"),
        ("2025-03-14", "", "Mark Carney"),
    ),
    ("New Zealand", "prime minister"): (
        ("2008-11-19", "2016-12-12", "John Key"),
        ("2016-12-12", "2017-10-26", "Bill English"),
        ("2017-10-26", "2023-01-25", "Jacinda Ardern"),
        ("2023-01-25", "2023-11-27", "Chris Hipkins"),
        ("2023-11-27", "", "Christopher Luxon"),
    ),
    ("United States", "secretary of state"): (
        ("2013-02-01", "2017-02-01", "John Kerry"),
        ("2018-04-26", "2021-01-20", "Mike Pompeo"),
        ("2021-01-26", "2025-01-20", "Antony J. Blinken"),
        ("2025-01-21", "", "Marco Rubio"),
    ),
    ("United States", "secretary of defense"): (
        ("2019-07-23", "2020-11-09", "Mark Esper"),
        ("2021-01-22", "2025-01-20", "Lloyd J. Austin III"),
        ("2025-01-25", "", "Pete Hegseth"),
    ),
    ("United States", "national security advisor"): (
        ("2019-09-18", "2021-01-20", "Robert O'Brien"),
        ("2021-01-20", "2025-01-20", "Jake Sullivan"),
        ("2025-01-20", "2025-05-01", "Mike Waltz"),
    ),
    ("United States", "press secretary"): (
        ("2017-01-20", "2017-07-21", "Sean Spicer"),
        ("2017-07-21", "2019-07-01", "Sarah Huckabee Sanders"),
        ("2019-07-01", "2020-04-07", "Stephanie Grisham"),
        ("2020-04-07", "2021-01-20", "Kayleigh McEnany"),
        ("2021-01-20", "2022-05-13", "Jen Psaki"),
        ("2022-05-13", "2025-01-20", "Karine Jean-Pierre"),
        ("2025-01-20", "", "Karoline Leavitt"),
    ),
    ("United States", "department spokesperson"): (
        ("2017-04-24", "2019-03-08", "Heather Nauert"),
        ("2019-03-08", "2021-01-20", "Morgan Ortagus"),
        ("2021-01-20", "2023-03-24", "Ned Price"),
        ("2023-03-24", "2025-01-20", "Matthew Miller"),
        ("2025-01-20", "", "Tammy Bruce"),
    ),
    ("United States", "principal deputy spokesperson"): (
        ("2021-01-20", "2022-06-15", "Jalina Porter"),
        ("2022-06-15", "2025-01-20", "Vedant Patel"),
    ),
    ("United States", "ambassador to the united nations"): (
        ("2021-02-25", "2025-01-20", "Linda Thomas-Greenfield"),
    ),
    ("United States", "secretary of the treasury"): (
        ("2017-02-13", "2021-01-20", "Steven Mnuchin"),
        ("2021-01-26", "2025-01-20", "Janet Yellen"),
        ("2025-01-28", "", "Scott Bessent"),
    ),
}

# Other names of the offices above, as labels and title lines put them.
OFFICE_ALIASES: dict[str, str] = {
    "foreign minister": "minister for foreign affairs",
    "foreign affairs minister": "minister for foreign affairs",
    "defence minister": "minister for defence",
    "trade minister": "minister for trade",
    "attorney general": "attorney-general",
    "deputy pm": "deputy prime minister",
    "defense secretary": "secretary of defense",
        "national security adviser": "national security advisor",
    "white house press secretary": "press secretary",
    "treasury secretary": "secretary of the treasury",
    "spokesperson": "department spokesperson",
    "state department spokesperson": "department spokesperson",
    "deputy spokesperson": "principal deputy spokesperson",
}

# Offices with several holders at once (a premier of each state): a title alone never names
# one of them, but a label with a surname ("PREMIER RANN", "O'FARRELL") names the holder of
# that surname on the briefing's date. From the public record; dates to the day where the
# record gives it.
SHARED_OFFICES: dict[tuple[str, str], tuple[tuple[str, str, str], ...]] = {
    ("Australia", "premier"): (
        # New South Wales
        ("2005-08-03", "2008-09-05", "Morris Iemma"),
        ("2008-09-05", "2009-12-04", "Nathan Rees"),
        ("2009-12-04", "2011-03-28", "Kristina Keneally"),
        ("2011-03-28", "2014-04-23", "Barry O'Farrell"),
        ("2014-04-23", "2017-01-23", "Mike Baird"),
        ("2017-01-23", "2021-10-05", "Gladys Berejiklian"),
        ("2021-10-05", "2023-03-28", "Dominic Perrottet"),
        ("2023-03-28", "", "Chris Minns"),
        # Victoria
        ("1999-10-20", "2007-07-30", "Steve Bracks"),
        ("2007-07-30", "2010-12-02", "John Brumby"),
        ("2010-12-02", "2013-03-06", "Ted Baillieu"),
        ("2013-03-06", "2014-12-04", "Denis Napthine"),
        ("2014-12-04", "2023-09-27", "Daniel Andrews"),
        ("2023-09-27", "", "Jacinta Allan"),
        # Queensland
        ("1998-06-20", "2007-09-13", "Peter Beattie"),
        ("2007-09-13", "2012-03-26", "Anna Bligh"),
        ("2012-03-26", "2015-02-14", "Campbell Newman"),
        ("2015-02-14", "2023-12-15", "Annastacia Palaszczuk"),
        ("2023-12-15", "2024-10-28", "Steven Miles"),
        ("2024-10-28", "", "David Crisafulli"),
        # Western Australia
        ("2006-01-25", "2008-09-23", "Alan Carpenter"),
        ("2008-09-23", "2017-03-17", "Colin Barnett"),
        ("2017-03-17", "2023-06-08", "Mark McGowan"),
        ("2023-06-08", "", "Roger Cook"),
        # South Australia
        ("2002-03-05", "2011-10-21", "Mike Rann"),
        ("2011-10-21", "2018-03-19", "Jay Weatherill"),
        ("2018-03-19", "2022-03-24", "Steven Marshall"),
        ("2022-03-24", "", "Peter Malinauskas"),
        # Tasmania
        ("2004-03-21", "2008-05-26", "Paul Lennon"),
        ("2008-05-26", "2011-01-24", "David Bartlett"),
        ("2011-01-24", "2014-03-31", "Lara Giddings"),
        ("2014-03-31", "2020-01-20", "Will Hodgman"),
        ("2020-01-20", "2022-04-08", "Peter Gutwein"),
        ("2022-04-08", "", "Jeremy Rockliff"),
    ),
    ("Australia", "chief minister"): (
        # Australian Capital Territory
        ("2001-11-05", "2011-05-16", "Jon Stanhope"),
        ("2011-05-16", "2014-12-11", "Katy Gallagher"),
        ("2014-12-11", "", "Andrew Barr"),
        # Northern Territory
        ("2007-11-26", "2012-08-29", "Paul Henderson"),
        ("2012-08-29", "2013-03-14", "Terry Mills"),
        ("2013-03-14", "2016-08-31", "Adam Giles"),
        ("2016-08-31", "2022-05-13", "Michael Gunner"),
        ("2022-05-13", "2023-12-21", "Natasha Fyles"),
        ("2023-12-21", "2024-08-28", "Eva Lawler"),
        ("2024-08-28", "", "Lia Finocchiaro"),
    ),
}

# Words by which a briefing shows which country it is about (counted in its text).
COUNTRY_SIGNS: dict[str, tuple[str, ...]] = {
    "Australia": (
        "Australia", "Australian", "Canberra", "Sydney", "Melbourne", "Brisbane", "Perth",
        "Adelaide", "Hobart", "Queensland", "Tasmania", "New South Wales",
    ),
    "United States": (
        "United States", "U.S.", "American", "Americans", "Washington", "White House",
        "Air Force One", "Pentagon", "Capitol Hill",
    ),
    "United Kingdom": (
        "United Kingdom", "Britain", "British", "UK", "Downing Street", "London", "Westminster",
        "Whitehall", "Number 10", "No 10", "Scotland", "Wales", "Cardiff", "Edinburgh",
    ),
    "Canada": ("Canada", "Canadian", "Canadians", "Ottawa", "Ontario", "Quebec", "Toronto"),
    "New Zealand": (
        "New Zealand", "New Zealanders", "Wellington", "Kia ora", "Aotearoa", "Auckland",
        "Christchurch",
    ),
}
