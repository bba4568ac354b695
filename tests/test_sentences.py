"""Sentence boundaries, by category: abbreviations, numbers, quotes, lists, ellipses, …"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefcli.text import sentences as sentences
from briefcli.text.sentences import split, splitter

DATA = Path(__file__).parent / "data" / "sentences"

Case = tuple[str, list[str]]


def one(text: str) -> Case:
    """A text that is a single sentence."""
    return text, [text]


ABBREVIATIONS: list[Case] = [
    one("Dr. Alvarez met Gen. Milley at noon."),
    one("Lt. Col. Maria Reyes briefed Adm. Lee and Sgt. Ortiz on the drill."),
    (
        "Sen. Warner, Rep. Lofgren and Gov. Moore spoke. They agreed.",
        ["Sen. Warner, Rep. Lofgren and Gov. Moore spoke.", "They agreed."],
    ),
    one("Amb. Linda Thomas-Greenfield and Sec. Raimondo arrived late."),
    one("Mr. and Mrs. Patel visited Prof. Nguyen in the morning."),
    one("The service was held at St. Mary's chapel below Mt. Rainier."),
    one("The letter was signed by Maria T. Lopez on Friday."),
    one("Secretary of Defense Lloyd J. Austin III attended the meeting."),
    (
        "The winners were Sam and I. Did you see Frank R. Hollis there?",
        ["The winners were Sam and I.", "Did you see Frank R. Hollis there?"],
    ),
    one("The U.N. envoy met U.S. officials and E.U. diplomats in Washington, D.C. on Monday."),
    one("He studied in the U.S.A. before the war."),
    (
        "They moved to the U.S. Who could blame them?",
        ["They moved to the U.S.", "Who could blame them?"],
    ),
    (
        "The hearing was in the E.U. It lasted an hour.",
        ["The hearing was in the E.U.", "It lasted an hour."],
    ),
    one("The U.S. Embassy in Kyiv reopened its consular section."),
    ("The E.U.-U.S. summit ended. Leaders left.", ["The E.U.-U.S. summit ended.", "Leaders left."]),
    one("See the U.S. Constitution, Art. I, Sec. 8, and Vol. II of the report."),
    one("The talks began on Mon. Feb. 3 and included approx. 40 people, incl. 2 envoys."),
    (
        "They met the SEC. The agency declined to comment.",
        ["They met the SEC.", "The agency declined to comment."],
    ),
    one("MR. SULLIVAN: Thanks, everybody."),
    one("She works for the U.S. Government in Maryland."),
    one("We have been in the U.S. since 2010."),
    one("Troops will fulfil the U.N. mandate impartially."),
    (
        "He was born in Washington, D.C. He moved away at five.",
        ["He was born in Washington, D.C.", "He moved away at five."],
    ),
    (
        "The plane left at 7 a.m. Ms. Ortiz was aboard. It landed at 9 P.M. Mr. Ortiz waited.",
        [
            "The plane left at 7 a.m.",
            "Ms. Ortiz was aboard.",
            "It landed at 9 P.M.",
            "Mr. Ortiz waited.",
        ],
    ),
    one("By 9 a.m. Mr. Ortiz had left the house."),
    (
        "The session opens at 9 a.m. Biden will speak first.",
        ["The session opens at 9 a.m.", "Biden will speak first."],
    ),
    one("The session opens at 9 a.m. ET and closes at 2 p.m. Tuesday."),
    one("The crate weighed 40 lbs. when it left and about 3 ft. across."),
    one("The call is at 3:30 p.m. Central."),
    one("The talks begin Sept. 14 in Geneva and end Nov. 2."),
    (
        "The cable was damaged Oct. 10. Investigators arrived the next day.",
        ["The cable was damaged Oct. 10.", "Investigators arrived the next day."],
    ),
    one("See p. 12 of the report and Resolution No. 2231 for details."),
    one("Ask Mike and co. about the schedule."),
    one("The firm Baker & Co. in Boston was sold."),
    (
        "We hired Baker & Co. They did the audit.",
        ["We hired Baker & Co.", "They did the audit."],
    ),
    (
        "Let's invite Jo and co. They always come.",
        ["Let's invite Jo and co.", "They always come."],
    ),
    one("That was Martin Luther King Jr.'s dream."),
    one("Smith et al. found the same result in 2019."),
    (
        "They sent tanks, trucks, radios, etc. President Biden approved it.",
        ["They sent tanks, trucks, radios, etc.", "President Biden approved it."],
    ),
    one("They sent tanks, trucks, etc. to the front."),
    one("Bring documents, e.g. a passport, or proof of address, i.e. a utility bill."),
    one("The prize went to Acme Inc. and its partners."),
]

NUMBERS: list[Case] = [
    one("The fund holds $250.75 in cash."),
    one("Inflation rose 3.2 percent in May."),
    (
        "The bill costs $1.2 billion. Congress passed it.",
        ["The bill costs $1.2 billion.", "Congress passed it."],
    ),
    (
        "The account held $100.00. It is empty now.",
        ["The account held $100.00.", "It is empty now."],
    ),
    (
        "It was 98.6 degrees. Nobody complained.",
        ["It was 98.6 degrees.", "Nobody complained."],
    ),
    (
        "The vault is at No. 4410.22.10. That is the code.",
        ["The vault is at No. 4410.22.10.", "That is the code."],
    ),
    one("The vote is set for Jan. 6."),
    ("No. I mean, that’s just one of many.", ["No.", "I mean, that’s just one of many."]),
]

QUOTES: list[Case] = [
    one('He looked up, "We will be there." she said.'),
    one("He paused, 'That was close.' he admitted."),
    one("“That is final.” he said."),
    one('"Is this the end?" asked a reporter.'),
    one('"These are prudent steps," Stoltenberg said.'),
    one('"We are ready." Stoltenberg said.'),
    (
        'She said, "The vote is over." The room fell silent.',
        ['She said, "The vote is over."', "The room fell silent."],
    ),
    (
        "She said, “The vote is over.” The room fell silent.",
        ["She said, “The vote is over.”", "The room fell silent."],
    ),
    (
        "He wrote, ‘We disagree.’ Nobody replied.",
        ["He wrote, ‘We disagree.’", "Nobody replied."],
    ),
    (
        '"We are ready. We will respond." Then the minister left.',
        ['"We are ready.', 'We will respond."', "Then the minister left."],
    ),
    (
        "It’s not actually an “evacuation.” To be clear, citizens can leave.",
        ["It’s not actually an “evacuation.”", "To be clear, citizens can leave."],
    ),
]

BRACKETS: list[Case] = [
    one("She studied law (She later taught it for a decade.) at a small college."),
    one('"Troops from [Kosovo Force] will stay," he said.'),
    one("The minister (who arrived late) spoke first."),
    (
        "The bill passed. (It had failed twice before.) Then it went to the Senate.",
        ["The bill passed.", "(It had failed twice before.)", "Then it went to the Senate."],
    ),
    (
        "(Laughter.) Okay, next question.",
        ["(Laughter.)", "Okay, next question."],
    ),
]

DOUBLE_PUNCTUATION: list[Case] = [
    ("Wow!! That was fast.", ["Wow!!", "That was fast."]),
    ("Really?? Are you sure?", ["Really??", "Are you sure?"]),
    ("What?! No way.", ["What?!", "No way."]),
    ("Seriously!? Tell me more.", ["Seriously!?", "Tell me more."]),
    ("Is he okay? Does he agree?", ["Is he okay?", "Does he agree?"]),
]

LISTS: list[Case] = [
    ("1.) Open the file 2.) Save the file", ["1.) Open the file", "2.) Save the file"]),
    ("1.) Open the file. 2.) Save the file.", ["1.) Open the file.", "2.) Save the file."]),
    (
        "1) Open the file 2) Save the file 3) Close it",
        ["1) Open the file", "2) Save the file", "3) Close it"],
    ),
    ("1) Open the file. 2) Save the file.", ["1) Open the file.", "2) Save the file."]),
    ("1. Open the file 2. Save the file", ["1. Open the file", "2. Save the file"]),
    ("1. Open the file. 2. Save the file.", ["1. Open the file.", "2. Save the file."]),
    ("• 3. Open the file • 4. Save the file", ["• 3. Open the file", "• 4. Save the file"]),
    ("⁃3. Open the file ⁃4. Save the file", ["⁃3. Open the file", "⁃4. Save the file"]),
    (
        "a. Open the file b. Save the file c. Close the window",
        ["a. Open the file", "b. Save the file", "c. Close the window"],
    ),
    ("• Open the file • Save it", ["• Open the file", "• Save it"]),
    one("A. Smith and B. Jones met at noon."),
    one("J. Smith met K. Jones at noon."),
    ("Steps:\n1. Open.\n2. Close.", ["Steps:", "1. Open.", "2. Close."]),
]

ELLIPSES: list[Case] = [
    ("I told them that.... They left anyway.", ["I told them that....", "They left anyway."]),
    one("It may be . . . I am not sure."),
    one("We tried ... but it failed."),
    ("The answer was . . . . Nobody knew.", ["The answer was . . . .", "Nobody knew."]),
    one("Well...maybe not."),
    ("The plan failed… They tried again.", ["The plan failed…", "They tried again."]),
    one("The report said “the rules will be simpler. . . .”"),
    one('"Members [...] agreed to the text [...]" (Doe 12).'),
    one("He waited … and waited."),
    (
        "The rule was dropped. . . . Nobody objected.",
        ["The rule was dropped. . . .", "Nobody objected."],
    ),
]

WEB_AND_NAMES: list[Case] = [
    (
        "Write to press.office@example.gov. We reply daily.",
        ["Write to press.office@example.gov.", "We reply daily."],
    ),
    (
        "The page is at https://www.example.gov/news/2024/item_3.html. Read it.",
        ["The page is at https://www.example.gov/news/2024/item_3.html.", "Read it."],
    ),
    one("Open report.final.pdf before the call."),
    one("Node.js and Vue.js are both used here."),
    one("She works for Yahoo! in London."),
    one("He emailed j.smith@state.gov about it."),
    one("See www.example.org/a.b?x=1 for the text."),
]

MISSING_SPACES: list[Case] = [
    (
        "The talks ended.Today they resume.Mr. Diaz paid 2,000.That was the fee.",
        ["The talks ended.", "Today they resume.", "Mr. Diaz paid 2,000.", "That was the fee."],
    ),
    ("Why?Because we said so!Fine.", ["Why?", "Because we said so!", "Fine."]),
    one("Contact Jane.Doe@example.com or visit www.Example.com today."),
    one("J.R.R.Tolkien and Mr.Smith met in the U.S.Army canteen."),
]

HARD_WRAPS: list[Case] = [
    (
        "The ministers agreed\nto meet again in June.",
        ["The ministers agreed to meet again in June."],
    ),
    ("It was a cold \nnight in the city.", ["It was a cold night in the city."]),
    (
        "First paragraph here.\n\nSecond paragraph here.",
        ["First paragraph here.", "Second paragraph here."],
    ),
    ("no punctuation\n  \nanother paragraph", ["no punctuation", "another paragraph"]),
    (
        "MR. KIRBY:  Good afternoon.\nQ    Thanks, John.\nMR. KIRBY:  Sure",
        ["MR. KIRBY: Good afternoon.", "Q Thanks, John.", "MR. KIRBY: Sure"],
    ),
    (
        "Aboard Air Force One  \nEn Route Detroit, Michigan",
        ["Aboard Air Force One", "En Route Detroit, Michigan"],
    ),
    ("topics\ntrade policy\nfood, energy\n", ["topics", "trade policy", "food, energy"]),
    (
        "The ministers agreed to meet\nagain in June and to report",
        ["The ministers agreed to meet again in June and to report"],
    ),
    (
        "A cable was damaged Oct.\n10. The allies will look into it.",
        ["A cable was damaged Oct. 10.", "The allies will look into it."],
    ),
    (
        "Secretary of Defense Lloyd\nJ. Austin III attended.",
        ["Secretary of Defense Lloyd J. Austin III attended."],
    ),
    (
        "That’s finance 101.  diplomacy is\nhard enough.",
        ["That’s finance 101.", "diplomacy is hard enough."],
    ),
]

CATEGORIES = {
    "abbreviations": ABBREVIATIONS,
    "numbers": NUMBERS,
    "quotes": QUOTES,
    "brackets": BRACKETS,
    "double punctuation": DOUBLE_PUNCTUATION,
    "lists": LISTS,
    "ellipses": ELLIPSES,
    "emails, urls, names": WEB_AND_NAMES,
    "missing spaces": MISSING_SPACES,
    "hard wraps": HARD_WRAPS,
}


def _params(cases: list[Case]) -> list[object]:
    return [pytest.param(text, expected, id=text[:50]) for text, expected in cases]


@pytest.mark.parametrize(("text", "expected"), _params(ABBREVIATIONS))
def test_abbreviations(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(("text", "expected"), _params(NUMBERS))
def test_numbers(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(("text", "expected"), _params(QUOTES))
def test_quotes(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(("text", "expected"), _params(BRACKETS))
def test_brackets(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(("text", "expected"), _params(DOUBLE_PUNCTUATION))
def test_double_punctuation(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(("text", "expected"), _params(LISTS))
def test_lists(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(("text", "expected"), _params(ELLIPSES))
def test_ellipses(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(("text", "expected"), _params(WEB_AND_NAMES))
def test_emails_urls_and_names(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(("text", "expected"), _params(MISSING_SPACES))
def test_missing_spaces_between_sentences(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(("text", "expected"), _params(HARD_WRAPS))
def test_hard_wrapped_lines(text: str, expected: list[str]) -> None:
    assert split(text) == expected


# Regressions from real briefings (tests/data/sentences/README.md names the sources).


def test_nato_article_traps() -> None:
    found = split((DATA / "nato-2023-10-12.txt").read_text(encoding="utf-8"))
    assert found[0] == (
        "Secretary of Defense Lloyd J. Austin III attended the meeting and chaired a meeting"
        " of the Ukraine Defense Contact Group immediately prior to the NATO ministerial."
    )
    assert (
        '"These are prudent steps to ensure KFOR has the forces it needs to fulfil its U.N.'
        ' mandate impartially," Stoltenberg said.'
    ) in found
    damaged = found.index(
        "A gas pipeline and a communications cable connecting NATO allies, Finland and"
        " Estonia were damaged Oct. 10."
    )
    assert found[damaged + 1].startswith("The allies will work with Finland and Estonia")
    assert any('our [Kosovo Force] operation in recent weeks," he said.' in s for s in found)
    # A three-sentence quotation splits at its inner sentence ends.
    assert '"Israel has the right to defend itself.' in found
    assert "And as the conflict unfolds, the protection of civilians is essential." in found
    assert len(found) == 16


def test_transcript_turns_and_wrapped_lines() -> None:
    found = split((DATA / "gaggle-2024-09-06.md").read_text(encoding="utf-8"))
    assert found[:4] == [
        "1:40 P.M. EDT",
        "MS. JEAN-PIERRE: Hello.",
        "Q Hey.",
        "MS. JEAN-PIERRE: Hi, hi, everybody.",
    ]
    assert (
        "Under the leadership of President Biden and Vice President Harris, jobs and wages"
        " are up, while unemployment and inflation are down."
    ) in found
    assert found[-4:] == [
        "Oh, my gosh.",
        "You can see where my head is.",
        "Pardon me.",
        "Middle class.",
    ]


# The public API the pipeline and sumy rely on.


def test_splitter_is_shared_and_speaks_sumys_protocol() -> None:
    tokenizer = splitter()
    assert tokenizer is splitter()
    assert tokenizer.language == "english"
    assert tokenizer.to_sentences("Gen. Smith left. He was tired.") == [
        "Gen. Smith left.",
        "He was tired.",
    ]
    assert tokenizer.to_words("Gen. Smith left.") == ["Gen", "Smith", "left"]


def test_empty_and_blank_text() -> None:
    assert split("") == []
    assert split("  \n\n \t ") == []
    assert split("No final period") == ["No final period"]


def test_spans_point_into_the_original_text() -> None:
    text = "  MR. KIRBY:  Hello.\n\nQ    Thanks.  Next,\nplease.  "
    spans = list(splitter().spans(text))
    assert [text[a:b] for a, b in spans] == ["MR. KIRBY:  Hello.", "Q    Thanks.", "Next,\nplease."]


def test_every_punkt_abbreviation_is_known() -> None:
    """The rules keep Punkt's English abbreviations, except ordinary words dropped on purpose."""
    import punkt.data.english as punkt_english

    dropped = set("ill wash ore ok cos wed con ens ord res op bart".split())
    for abbreviation in punkt_english.ABBREV_TYPES:
        word = abbreviation.strip()
        if word in dropped or not word.replace(".", "").isalpha():
            continue
        assert sentences._binds_next(word), word


def test_every_punkt_sentence_starter_starts_sentences() -> None:
    import punkt.data.english as punkt_english

    assert set(punkt_english.SENT_STARTERS) <= sentences.STARTERS


# Hostile input: every stage is linear, so ~100 KB of anything splits in a fraction of a
# second of CPU time (a regex that backtracked quadratically would take minutes here).
# CPU time, not wall time, so that a busy machine does not make the test flaky.

HOSTILE = {
    "quote marks": '"' * 100_000,
    "curly quotes": "“”‘’" * 25_000,
    "periods": "." * 100_000,
    "periods then a letter": "." * 100_000 + "x",
    "spaced periods then a letter": ". " * 50_000 + ".x",
    "initials": "A. " * 33_000,
    "abbreviations": "U.S. " * 20_000,
    "one long word": "a" * 100_000,
    "question marks and quotes": '?"' * 50_000,
    "line breaks": "a\n" * 50_000,
    "list markers": "1. " * 33_000,
    "bullets": "• " * 50_000,
    "spaces then a period": " " * 100_000 + ".",
    "glued sentences": "He left.Then " * 8_000,
    "glued dotted names": "ab.Cd" * 20_000,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_splits_fast(name: str) -> None:
    text = HOSTILE[name]
    started = time.process_time()
    found = split(text)
    elapsed = time.process_time() - started
    assert elapsed < 2.0, f"{name}: {elapsed:.2f} s of CPU"
    assert "".join("".join(found).split()) == "".join(text.split())


# Properties: splitting never loses, adds or reorders text.

_ALPHABET = st.sampled_from(
    list("aAbZ .!?…\"'“”‘’()[]\n\t•1$@-:;,") + ["U.S.", "Mr.", " . . . ", "e.g.", "1)", "a.", "Ab"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_sentences_cover_the_text_in_order(text: str) -> None:
    found = split(text)
    assert all(s and s == s.strip() for s in found)
    # Every character but white space, in order ("left.Then" may become two sentences).
    assert "".join("".join(found).split()) == "".join(text.split())
    spans = list(splitter().spans(text))
    assert all(a < b <= c for (a, b), (c, _) in zip(spans, spans[1:], strict=False))
    assert [" ".join(text[a:b].split()) for a, b in spans] == found


def test_a_run_on_without_punctuation_is_cut_into_sentences_of_bounded_length() -> None:
    # 8 MB of words without a period (hostile input) once made one 1.4-million-word
    # "sentence" that every later stage read whole, quadratically.
    words = ("the minister said we will act on the budget " * 80).split()
    found = split(" ".join(words))
    assert len(found) == 3
    assert all(len(s.split()) <= sentences.MAX_SENTENCE_WORDS for s in found)
    assert " ".join(found).split() == words


def test_a_given_name_written_short_ends_no_sentence() -> None:
    text = '"We cannot cope," trader Mohd. Irfan Qureshi said. He will close on Friday.'
    assert len(list(split(text))) == 2
