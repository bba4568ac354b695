"""People in a briefing: names with titles, references resolved, transcript labels named."""

from __future__ import annotations

import pytest

from briefcli.people import People, Person
from briefcli.people.names import find_names, surname
from briefcli.people.speaker import given_name_gender
from briefcli.text.document import Block, Document
from tests.test_quotes import parse, read


@pytest.fixture(scope="module")
def nato() -> People:
    return read("nato-defense-ministers-2023-10-12.txt")[2]


def test_titles_make_role_references_the_same_person(nato: People) -> None:
    stoltenberg = nato.person("Jens Stoltenberg")
    assert stoltenberg is not None
    assert stoltenberg.title == "Secretary General"
    # Sentence 19: "…, the secretary general said."
    assert nato.resolve("the secretary general", 19) == stoltenberg
    assert nato.resolve("Stoltenberg", 3) == stoltenberg
    # Sentence 12: "He said leaders in Serbia and Kosovo must behave responsibly…"
    assert nato.resolve("he", 12) == stoltenberg


def test_role_references_need_every_word_of_the_title(nato: People) -> None:
    gallant = nato.person("Yoav Gallant")
    assert gallant == Person("Yoav Gallant", "Israeli Defense Minister")
    assert nato.resolve("the Israeli defense minister", 4) == gallant
    # "the Turkish defense minister" (sentence 33) is somebody else.
    assert nato.resolve("the Turkish defense minister", 33) is None
    # "Assistant Secretary General Tom Goffus" is not "the secretary general".
    assert nato.resolve("the secretary general", 19) != nato.person("Tom Goffus")


def test_a_pronoun_is_the_person_speaking_not_a_passing_name(nato: People) -> None:
    # "Stoltenberg said Israeli Defense Minister Yoav Gallant briefed the ministers…"
    # then '"The allies strongly condemned…," the secretary general said.'
    assert nato.resolve("he", 9) == nato.person("Jens Stoltenberg")
    # "Stoltenberg announced that … Tom Goffus will serve…" then '"He will ensure…"'.
    assert nato.resolve("he", 17) == nato.person("Jens Stoltenberg")


def test_capitalised_phrases_are_not_people(nato: People) -> None:
    names = {p.name for p in nato.people}
    assert "Cold War" not in names
    assert "Baltic Sea" not in names
    assert "Steadfast Noon" not in names


def test_transcript_labels_name_people_from_title_and_introduction() -> None:
    doc, _, people = read("whitehouse-2022-02-11-psaki-sullivan-excerpt.md")
    assert people.label_name("MR. SULLIVAN") == "Jake Sullivan"
    assert people.label_name("MS. PSAKI") == "Jen Psaki"
    assert people.label_person("MR. SULLIVAN") == Person(
        "Jake Sullivan", "National Security Advisor"
    )
    assert people.label_name("Q") == "Reporter"
    assert people.label_person("Q") is None


def test_i_is_the_turn_speaker_or_the_statement_author() -> None:
    doc, sentences, people = read("whitehouse-2022-02-11-psaki-sullivan-excerpt.md")
    sullivan = next(s for s in sentences if s.text.startswith("I will not comment"))
    assert people.resolve("I", sullivan.id) == people.label_person("MR. SULLIVAN")
    question = next(s for s in sentences if s.question)
    assert people.resolve("I", question.id) is None
    statement = parse(
        Document(
            source="-",
            title="Statement from President Joe Biden on the 20th Anniversary of PEPFAR",
            date=None,
            kind="article",
            blocks=(Block("I am proud of what PEPFAR has achieved."),),
        )
    )[2]
    assert statement.resolve("I", 0) == Person("Joe Biden", "President")


def test_unknown_labels_read_as_written() -> None:
    people = People([], {})
    assert people.label_name("MS. JEAN-PIERRE") == "Ms. Jean-Pierre"
    assert people.label_name("SENIOR ADMINISTRATION OFFICIAL") == ("Senior Administration Official")
    assert people.label_person("MS. JEAN-PIERRE") is None


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The ministers discussed progress, NATO Secretary General Jens Stoltenberg said.",
            "Jens Stoltenberg",
            "NATO Secretary General",
        ),
        (
            "Secretary of Defense Lloyd J. Austin III attended the meeting.",
            "Lloyd J. Austin III",
            "Secretary of Defense",
        ),
        (
            "Hollywood film star Liam Neeson has held a dinner party in New York.",
            "Liam Neeson",
            "Hollywood film star",
        ),
        (
            "Rod Eddington, BA's chief executive, said the results were good.",
            "Rod Eddington",
            "BA's chief executive",
        ),
        (
            "Aviation analyst Nick Van den Brul of BNP Paribas described BA's results.",
            "Nick Van den Brul",
            "Aviation analyst",
        ),
        (
            "The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel.",
            "Tom Wright",
            "Bishop of Durham",
        ),
        (
            "Readout of President Donald J. Trump’s Call with Prime Minister Starmer",
            "Donald J. Trump",
            "President",
        ),
    ],
)
def test_names_with_their_titles(text: str, name: str, title: str) -> None:
    found = [n for n in find_names(text) if n.full]
    assert (found[0].name, found[0].title) == (name, title)


def test_honorifics_give_surname_and_gender() -> None:
    (named,) = find_names("One possible reason, Ms Diemont says, is the fact that…")
    assert (named.name, named.full, named.gender) == ("Diemont", False, "f")


# ---------------------------------------------------------------- names of many shapes (#13)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("said Kim Jae-won, an economist", ["Kim Jae-won"]),
        ("the London-based analyst Ann Lowry said", ["Ann Lowry"]),
        ("The envoy, Lotte van den Broek, said", ["Lotte van den Broek"]),
        ("Even Dmitry Volkov weighed in", ["Dmitry Volkov"]),
        ("Knowing Lowry, the mayor waited", []),
        ("the Hon Christopher Pyne MP said", ["Christopher Pyne"]),
        ("Acting Labor Secretary Julie Sun said", ["Julie Sun"]),
        ("Peter and Anne Collins lost their home", ["Peter Collins", "Anne Collins"]),
    ],
)
def test_names_of_many_shapes(text: str, names: list[str]) -> None:
    assert [n.name for n in find_names(text)] == names


def test_acting_stays_in_the_title() -> None:
    (named,) = find_names("Acting Labor Secretary Julie Sun said")
    assert named.title == "Acting Labor Secretary"


@pytest.mark.parametrize(
    ("name", "family"),
    [("Kim Jae-won", "Kim"), ("Lotte van den Broek", "Broek"), ("Lloyd J. Austin III", "Austin")],
)
def test_family_names(name: str, family: str) -> None:
    assert surname(name) == family


def test_a_common_given_name_tells_a_gender_when_nothing_else_does() -> None:
    assert given_name_gender("Maria Ostrova") == "f"
    assert given_name_gender("Daniel Kerr") == "m"
    assert given_name_gender("Jordan Blake") is None  # given to both
    assert given_name_gender("Maria") is None  # a single word is no full name


def test_an_honorific_surname_is_never_one_of_the_other_gender() -> None:
    from briefcli.people import People
    from briefcli.pipeline import parse, sentences_of

    doc = parse(
        "Victor Chen, the city manager, said the budget was balanced.\n\n"
        "His sister, Ms. Chen, runs the food bank."
    )
    people = People.from_document(doc, sentences_of(doc))
    assert people.resolve("Ms. Chen", 1, 40) is None  # not Victor Chen
    victor = people.resolve("Chen", 1, 40)
    assert victor is not None and victor.name == "Victor Chen"
