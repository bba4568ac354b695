"""Transcripts and releases of publishers beyond the White House: labels, reporters, titles."""

# ruff: noqa: E501  (the interview reads best one turn a line)

from __future__ import annotations

import logging
import random
from pathlib import Path

import pytest

import briefcli
from briefcli.errors import InputError
from briefcli.model import Brief
from briefcli.people.labels import readable_label
from briefcli.people.names import find_names
from briefcli.text.turn import asks_by_role, is_transcript

DATA = Path(__file__).parent / "data" / "publishers"


def _brief(name: str) -> Brief:
    return briefcli.brief_file(str(DATA / name))


def _said(text: str) -> dict[str, str | None]:
    """Who says each sentence of `text`'s brief."""
    return {s.text: s.speaker for s in briefcli.brief(text).sentences}


def _reporters_kept_out(b: Brief) -> None:
    """No reporter's (or host's) sentence is quoted, summarized or made an action item."""
    asked = {s.id for s in b.sentences if s.question}
    assert asked, "the transcript's questions are marked"
    quoted = {i for q in b.quotes for i in range(q.sentence, q.last_sentence + 1)}
    assert not quoted & asked
    assert not {s.sentence for s in b.summary} & asked
    assert not {s.sentence for sec in b.sections for s in sec.summary} & asked
    assert not {a.sentence for a in b.actions} & asked


def test_labels_alone_on_their_line_open_turns() -> None:
    b = _brief("aus-2017-10-18-doorstop.txt")
    assert b.kind == "transcript"
    assert b.title == "Doorstop"
    assert b.date == "2017-10-18"
    first = b.sentences[0]
    assert first.text.startswith("Well good morning.")
    # "PRIME MINISTER" in an Australian doorstop of 18 October 2017: the text never names
    # him, the office's holder that day does.
    assert first.speaker == "Malcolm Turnbull"
    journalist = next(s for s in b.sentences if s.text.startswith("Prime Minister, do you need"))
    assert journalist.question
    _reporters_kept_out(b)


def test_department_briefing_names_the_spokesperson_from_the_header() -> None:
    b = _brief("state-2022-04-08-department-press-briefing.txt")
    assert b.kind == "transcript"
    assert b.title == "Department Press Briefing – April 8, 2022"
    assert b.date == "2022-04-08"
    speakers = {s.speaker for s in b.sentences if not s.question}
    assert speakers == {"Jalina Porter"}  # "MS PORTER", named by "Jalina Porter, …" under the title
    operator = next(s for s in b.sentences if "Endale Getahun" in s.text)
    assert operator.question  # the operator hands the floor over: no official's words
    assert all(s.question for s in b.sentences if s.text.startswith("Could you please comment"))
    assert {q.speaker for q in b.quotes} == {"Jalina Porter"}
    _reporters_kept_out(b)


def test_labels_in_parts_and_titles_alone_name_the_people() -> None:
    b = _brief("aus-2018-08-22-press-conference-excerpt.txt")
    by_start = {s.text[:30]: s.speaker for s in b.sentences}
    assert by_start["Thank you, Prime Minister, and"] == "Scott Morrison"
    assert by_start["Thank you very much, Prime Min"] == "Mathias Cormann"
    # "TREASURER:" later on is the Treasurer an earlier label named in full.
    assert by_start["So the cost of that, based on "] == "Scott Morrison"
    assert by_start["Good afternoon."] == "Malcolm Turnbull"
    quote = next(q for q in b.quotes if q.speaker == "Scott Morrison")
    assert quote.speaker_title == "Treasurer"
    _reporters_kept_out(b)


INTERVIEW = """Secretary Jane Roe With Sunday Morning on WXYZ with Dana Smith
March 6, 2022

DANA SMITH: Joining me now is Secretary of State Jane Roe. Madam Secretary, will the sanctions hold?

SECRETARY ROE: They will. We have built a coalition of more than thirty countries, and we will keep adding to the pressure until the troops withdraw.

DANA SMITH: And what about the talks in Geneva next week? Will you attend?

SECRETARY ROE: I will travel to Geneva on Tuesday to meet my counterparts, and we will agree on the next steps.

DANA SMITH: Is there any sign of movement from Moscow?

SECRETARY ROE: Not yet. But the door to diplomacy remains open, and we are ready to walk through it.
"""


def test_an_interviewer_named_in_full_is_known_by_asking() -> None:
    b = briefcli.brief(INTERVIEW)
    assert b.kind == "transcript"
    assert b.title.startswith("Secretary Jane Roe With")
    assert b.date == "2022-03-06"
    asked = [s for s in b.sentences if s.question]
    assert asked and all(s.speaker == "Dana Smith" for s in asked)
    assert all(s.speaker == "Jane Roe" for s in b.sentences if not s.question)
    assert not any("attend" in a.text for a in b.actions)  # her question is no plan of Roe's
    _reporters_kept_out(b)


@pytest.mark.parametrize(
    "label",
    ["Q", "QUESTION", "JOURNALIST", "JOURNLAIST", "REPORTER", "AUDIENCE MEMBER", "MODERATOR"],
)
def test_reporters_and_hosts_labels_ask(label: str) -> None:
    assert asks_by_role(label)


@pytest.mark.parametrize("label", ["PM", "PRIME MINISTER", "MR PRICE", "SECRETARY BLINKEN"])
def test_officials_labels_do_not_ask(label: str) -> None:
    assert not asks_by_role(label)


def test_pm_is_the_prime_minister_never_pm() -> None:
    text = (
        "Transcript of doorstop interview\n26 August 2009\n\n"
        "JOURNALIST: Can we get your reaction to the budget?\n\n"
        "PM: The budget will protect Australian jobs. We will introduce the legislation next "
        "week.\n\n"
        "JOURNALIST: Will the states agree?\n\n"
        "PM: I am confident that common sense will prevail across Australia.\n"
    )
    b = briefcli.brief(text)
    speakers = {s.speaker for s in b.sentences if not s.question}
    # Australia's Prime Minister on that date, in a briefing about Australia (two mentions:
    # one mention alone, "Japan and Australia have offered equipment", is not "about")
    assert speakers == {"Kevin Rudd"}


def test_a_title_alone_stands_where_nobody_is_named() -> None:
    text = (
        "Remarks at a bilateral meeting\n\n"
        "PRIME MINISTER OF SAMOA: Thank you for the welcome to our delegation today.\n\n"
        "QUESTION: Will you sign the agreement?\n\n"
        "PRIME MINISTER OF SAMOA: We will sign it tomorrow morning in Apia.\n"
    )
    b = briefcli.brief(text)
    assert {s.speaker for s in b.sentences if not s.question} == {"Prime Minister of Samoa"}


def test_one_promo_word_makes_no_transcript() -> None:
    article = [
        "Ottawa pledges $2 billion for housing as rents climb",
        "The federal government said Tuesday it will spend $2 billion on new rental housing.",
        "WATCH: What the housing plan means for renters",
        '"This is about families," the minister said.',
        "WATCH: Opposition reacts to the plan",
        "Critics said the money would take years to reach renters.",
    ]
    assert not is_transcript(article)
    b = briefcli.brief("\n\n".join(article))
    assert b.kind == "article"
    assert all(q.speaker != "Watch" for q in b.quotes)


def test_the_date_line_is_not_part_of_the_title() -> None:
    b = briefcli.brief(
        "Pacific Partnership for Development with Vanuatu\n27 May 2009\n\n"
        "The Prime Minister today signed a partnership with Vanuatu. It will improve schools."
    )
    assert b.title == "Pacific Partnership for Development with Vanuatu"
    assert b.date == "2009-05-27"


def test_a_long_title_above_its_date_line_is_the_title() -> None:
    title = (
        "Special Envoy for Global Food Security Cary Fowler; Assistant Secretary for Economic "
        "and Business Affairs Ramin Toloui; and Deputy Director for Western Europe, Bureau of "
        "European and Eurasian Affairs Amy Radetsky On the Secretary’s Upcoming Travel to Germany"
    )
    b = briefcli.brief(f"{title}\nJune 22, 2022\n\nThe Secretary will travel to Berlin next week.")
    assert b.title == title


def test_list_items_are_sentences_in_order() -> None:
    text = (
        "Fact Sheet: New support for apprentices\n\n"
        "The package includes:\n\n"
        "- $5.2 million for regional training centres\n"
        "- Mentoring for 20,000 apprentices\n"
        "- A new completion bonus\n"
    )
    b = briefcli.brief(text)
    texts = [s.text for s in b.sentences]
    assert texts[-3:] == [
        "$5.2 million for regional training centres",
        "Mentoring for 20,000 apprentices",
        "A new completion bonus",
    ]


def test_a_briefing_that_is_only_a_numbered_list_is_briefed() -> None:
    b = briefcli.brief("Priorities\n\n1. Lower energy prices 2. More apprentices 3. Faster roads")
    # Each item a sentence, in order, its marker gone.
    assert [s.text for s in b.sentences] == [
        "Lower energy prices",
        "More apprentices",
        "Faster roads",
    ]


@pytest.mark.parametrize("seed", range(12))
def test_random_binary_is_refused(seed: int) -> None:
    data = random.Random(seed).randbytes(4096)
    with pytest.raises(InputError, match="binary"):
        briefcli.brief_bytes(data, source="random.bin")


def test_a_false_start_around_a_dash_costs_nothing() -> None:
    # A real sentence of a White House briefing that crashed the action stage.
    b = briefcli.brief(
        "Press Briefing\n\nMS. PSAKI: The President has directed to — to move forward with the "
        "plan. We will announce it next week.\n\nQ Thank you."
    )
    assert any("announce" in a.action for a in b.actions)


def test_an_error_in_one_sentence_costs_only_that_sentence(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from briefcli.actions import items

    real = items._sentence_actions

    def fails_once(doc, sentence, actors):  # type: ignore[no-untyped-def]
        if sentence.id == 0:
            raise RuntimeError("boom")
        return real(doc, sentence, actors)

    monkeypatch.setattr(items, "_sentence_actions", fails_once)
    with caplog.at_level(logging.WARNING, logger="briefcli"):
        b = briefcli.brief(
            "Readout\n\nThe Secretary will travel to Paris on Monday. "
            "The Department will publish the report next week."
        )
    assert [a.sentence for a in b.actions] == [1]
    assert "action items: sentence 0 skipped" in caplog.text


def test_a_reporters_label_with_a_typo_reads_as_the_role() -> None:
    text = (
        "Doorstop\n3 January 2012\n\n"
        "JOURNALIST: Will the states agree to the plan?\n\n"
        "PRIME MINISTER: We will work with every state on the plan this year.\n\n"
        "JOURNLAIST: And the timing?\n\n"
        "PRIME MINISTER: The legislation will be introduced next month.\n"
    )
    b = briefcli.brief(text)
    assert {s.speaker for s in b.sentences if s.question} == {"Journalist"}


def test_a_host_who_hands_the_floor_over_is_no_official() -> None:
    text = (
        "Briefing on the Strategy\nApril 1, 2022\n\n"
        "MR SMITH: Good morning, everyone, and welcome. I'll turn it over to Assistant "
        "Secretary Jones.\n\n"
        "MS JONES: Thank you. We will publish the ten-year plan next month and fund it with "
        "$200 million. The plan sets out how we will prevent conflict in five countries.\n\n"
        "MR SMITH: Thank you. Let's go to the line of Anna Lee.\n\n"
        "QUESTION: Which countries are on the list?\n\n"
        "MS JONES: We will announce them next week, after we consult our partners.\n\n"
        "MR SMITH: Our next question goes to Tom Park.\n\n"
        "QUESTION: How much money?\n\n"
        "MS JONES: The budget is $200 million over ten years.\n"
    )
    b = briefcli.brief(text)
    host = [s for s in b.sentences if s.text.startswith(("Let's go", "Our next question"))]
    assert host and all(s.question for s in host)
    assert all(not s.question for s in b.sentences if s.speaker == "Ms Jones")
    _reporters_kept_out(b)


def test_an_official_answering_outlets_between_a_moderators_turns_is_no_host() -> None:
    # Reporters labelled by their outlets ask once each; the Secretary-General's short
    # answers fall between a question and the moderator's next call, not between an answer
    # and a question: she hands nothing over.
    text = (
        "Closing Press Conference\n25 November 2027\n\n"
        "MODERATOR: Good evening. The Chairman and the Secretary-General will make opening "
        "remarks.\n\n"
        "CHAIRMAN: Heads of Government agreed that free movement will take effect in March. "
        "We will meet again in February.\n\n"
        "SECRETARY-GENERAL: The Secretariat will publish the rules within 30 days.\n\n"
        "MODERATOR: We'll take questions now. Nation News.\n\n"
        "NATION NEWS: Mr. Chairman, which states are not ready?\n\n"
        "CHAIRMAN: Four states asked for more time.\n\n"
        "MODERATOR: Trinidad Guardian.\n\n"
        "TRINIDAD GUARDIAN: Secretary-General, who will pay into the fund?\n\n"
        "SECRETARY-GENERAL: All fifteen member states will pay, in shares set by the size of "
        "their economies.\n\n"
        "MODERATOR: Thank you, ladies and gentlemen.\n"
    )
    b = briefcli.brief(text)
    general = [s for s in b.sentences if s.text.startswith(("The Secretariat", "All fifteen"))]
    assert len(general) == 2 and not any(s.question for s in general)
    assert all(s.question for s in b.sentences if s.text.startswith(("Mr. Chairman", "Secretary-")))


def test_a_host_who_only_thanks_and_hands_over_is_no_official() -> None:
    text = (
        "Joint Press Availability\nMarch 5, 2022\n\n"
        "SECRETARY ROE: We will send more aid next week and we will keep the pressure on.\n\n"
        "MR PRICE: Our question goes to Anna Lee of Reuters.\n\n"
        "QUESTION: Will the aid include air defence?\n\n"
        "SECRETARY ROE: We will decide that with our allies at the meeting on Friday.\n\n"
        "MR PRICE: Thank you all very much.\n"
    )
    b = briefcli.brief(text)
    assert all(s.question for s in b.sentences if s.speaker == "Mr Price")
    assert not any(q.speaker == "Mr Price" for q in b.quotes)


def test_a_portfolio_label_takes_the_name_the_title_gives() -> None:
    text = (
        "Joint Press Conference with the Minister for Infrastructure and Transport, "
        "The Hon. Darren Chester MP\n15 November 2016\n\n"
        "MINISTER FOR INFRASTRUCTURE AND TRANSPORT: The new road will open next year.\n\n"
        "JOURNALIST: When exactly?\n\n"
        "MINISTER FOR INFRASTRUCTURE AND TRANSPORT: In March, after the final inspection.\n"
    )
    b = briefcli.brief(text)
    assert {s.speaker for s in b.sentences if not s.question} == {"Darren Chester"}


# Remarks printed under a speaker's label, with no one asking (state/2022-05-19 and
# 2022-07-18 of the development corpus, shortened), are no exchange of questions and
# answers: they stay articles, as a reader of releases and statements expects.
_UNSC = """Secretary Antony J. Blinken at the UNSC Meeting on Food Insecurity and Conflict
May 19, 2022

Antony J. Blinken, Secretary of State

New York, New York

SECRETARY BLINKEN: I shall now make a statement in my capacity as the Secretary of State of the United States of America.

We do meet at a moment of unprecedented global hunger, fueled by climate change, by COVID-19, and by conflict. For our part, the United States announced another $215 million in emergency food assistance.
"""

_ODNI_EMCEE = """Secretary Antony J. Blinken Remarks and Questions at the Office of the Director of National Intelligence
July 18, 2022

Antony J. Blinken, Secretary of State

McLean, Virginia

MR BARRETT: All right, good afternoon. Thank you for waiting. My name is Tim Barrett, lead the communications office. We're delighted to welcome the Secretary of State here, and it's my pleasure to introduce the Honorable Avril Haines, Director of National Intelligence. (Applause.)

DIRECTOR HAINES: It is my great pleasure and distinct honor to introduce to you our Secretary of State Tony Blinken. I've known Tony for close to 20 years. He is empathetic, thoughtful, consistently guided by his values. He is brilliant, but that is not what makes him rare. I know a great many people who are extremely intelligent and capable, but to combine that with a heart that prioritizes human dignity is truly unusual.

SECRETARY BLINKEN: Thank you all very much. There is a profound synergy between our intelligence and our diplomacy that we've seen this year. So we'll continue to look for ways to use intelligence to spotlight dangers.

QUESTION: Mr. Secretary, will you release more intelligence on Russia's plans?

SECRETARY BLINKEN: Where it helps our partners and does not put sources at risk, we will.

QUESTION: And on China?

SECRETARY BLINKEN: The same test applies, and we will keep applying it.
"""


def test_remarks_under_a_label_with_no_questions_are_no_transcript() -> None:
    b = briefcli.brief(_UNSC)
    assert b.kind == "article"


def test_an_emcee_who_only_introduces_the_speaker_is_no_official() -> None:
    b = briefcli.brief(_ODNI_EMCEE)
    assert b.kind == "transcript"
    emcee = [s for s in b.sentences if s.id < 4]
    assert any("My name is Tim Barrett" in s.text for s in emcee)
    assert all(s.question for s in emcee)
    speakers = {s.speaker for s in b.sentences if not s.question}
    assert speakers == {"Avril Haines", "Antony J. Blinken"}
    _reporters_kept_out(b)


def test_headings_under_the_title_make_no_remarks() -> None:
    fact_sheet = [
        "Fact Sheet: New Steps on Food Security",
        "BUILDING ON PAST SUCCESS: The United States has invested $11 billion since 2021.",
        "The new funding will reach 20 countries.",
    ]
    assert not is_transcript(fact_sheet)


def test_a_surname_label_names_the_office_holder_of_the_day() -> None:
    # aus/2009-12-07 (COAG press conference): the text never gives the Premier's first name.
    text = (
        "Transcript of COAG press conference\n7 December 2009\n\n"
        "PM: Well welcome to the Parliament of Queensland. The states and the Commonwealth agreed on hospitals for Australia today.\n\n"
        "JOURNALIST: Premier, will you stay on?\n\n"
        "PREMIER RANN: Can I just say that I have been getting on with the job of doing my job as Premier.\n\n"
        "JOURNALIST: Prime Minister, what about the hospitals?\n\n"
        "PM: We will fund them, and we will fund them properly.\n"
    )
    b = briefcli.brief(text)
    speakers = {s.speaker for s in b.sentences if not s.question}
    assert speakers == {"Kevin Rudd", "Mike Rann"}


def test_a_title_label_the_other_way_round_takes_the_name_the_title_line_gives() -> None:
    # aus/2017-05-15: "DEFENCE MINISTER:" is the title line's "Senator the Hon. Marise Payne,
    # Minister for Defence" (and the office's holder that day).
    text = (
        "Doorstop with the Hon. Gladys Berejiklian MP, Premier of New South Wales Senator the Hon. "
        "Marise Payne, Minister for Defence and the Hon. Christopher Pyne MP, Minister for Defence Industry\n"
        "15 May 2017\n\n"
        "PRIME MINISTER:\nI'm delighted to be here with the Premier to announce new jobs in Western Sydney for Australia.\n\n"
        "JOURNALIST:\nWill the Richmond base close?\n\n"
        "DEFENCE MINISTER:\nThank you. The Government has no intention to dispose of the air base.\n\n"
        "JOURNALIST:\nAnd the airport?\n\n"
        "PRIME MINISTER:\nWe are building a new airport at Western Sydney.\n"
    )
    b = briefcli.brief(text)
    speakers = {s.speaker for s in b.sentences if not s.question}
    assert speakers == {"Malcolm Turnbull", "Marise Payne"}


def test_a_title_with_a_surname_takes_the_given_name_from_a_title_case_title() -> None:
    text = (
        "Secretary Antony J. Blinken With Costa Rican Foreign Minister Arturo Vallejo and Panamanian "
        "Foreign Minister Lucia Marsh Before Their Meeting\nMarch 2, 2022\n\n"
        "FOREIGN MINISTER VALLEJO: Good morning. It is a pleasure to receive Secretary Blinken and Minister Marsh here today.\n\n"
        "FOREIGN MINISTER MARSH: Thank you. Panama is proud to work with both of our partners on migration.\n\n"
        "SECRETARY BLINKEN: Thank you both. The United States is committed to this partnership, and we will work together on migration across the region.\n\n"
        "QUESTION: Minister Marsh, when will the agreement be signed?\n\n"
        "FOREIGN MINISTER MARSH: Next month, in Panama City, with our partners from across the region.\n"
    )
    b = briefcli.brief(text)
    speakers = {s.speaker for s in b.sentences if not s.question}
    assert speakers == {"Arturo Vallejo", "Lucia Marsh", "Antony J. Blinken"}


def test_a_family_name_first_after_a_title_completes_a_surname_label() -> None:
    text = (
        "Secretary Antony J. Blinken and Republic of Korea Foreign Minister Kang Min Before Their Meeting\nJune 13, 2022\n\n"
        "SECRETARY BLINKEN: Good afternoon. It is a great pleasure to welcome Foreign Minister Kang Min to Washington, and we will work closely together on the peninsula.\n\n"
        "FOREIGN MINISTER KANG: Thank you, Secretary. Korea and the United States will deepen our alliance, and I look forward to our work together.\n\n"
        "QUESTION: Mr. Secretary, will you visit Seoul?\n\n"
        "SECRETARY BLINKEN: We will see. We are committed to the alliance and to the people of Korea.\n"
    )
    b = briefcli.brief(text)
    assert {s.speaker for s in b.sentences if not s.question} == {"Antony J. Blinken", "Kang Min"}


def test_a_surname_label_takes_the_given_name_the_next_turn_calls_them_by() -> None:
    # aus/2008-06-19: "PM: Kate and I are here today …", then "ELLIS: …" (Kate Ellis).
    text = (
        "Joint Press Conference with Minister Ellis, Australian Institute of Sport, Canberra\n19 June 2008\n\n"
        "PM: Kate and I are here today to express the best wishes of Australia for our Olympics team, headed off very soon to Beijing.\n\n"
        "ELLIS: Thanks very much. It is a great day for the athletes of Australia and for their coaches.\n\n"
        "JOURNALIST: Will the funding continue?\n\n"
        "PM: Yes, the funding for sport in Australia will continue.\n"
    )
    b = briefcli.brief(text)
    assert {s.speaker for s in b.sentences if not s.question} == {"Kevin Rudd", "Kate Ellis"}


def test_a_named_host_is_named_and_an_unnamed_asker_is_a_participant() -> None:
    text = (
        "Secretary Antony J. Blinken at a Press Availability\nJuly 9, 2022\n\n"
        "Antony J. Blinken, Secretary of State\n\n"
        "SECRETARY BLINKEN: Good afternoon. We have had a productive meeting of the G20 foreign ministers, and we will keep working on food security with every partner here.\n\n"
        "MR PRICE: We have time for a few questions. Let's go to the line of Shaun Tandon.\n\n"
        "QUESTION: Mr. Secretary, will you meet the Chinese foreign minister?\n\n"
        "SECRETARY BLINKEN: I will see him tomorrow, and we will talk for several hours.\n\n"
        "WOMAN: And on grain exports?\n\n"
        "SECRETARY BLINKEN: The ports must open, and we will keep pressing for that.\n"
    )
    b = briefcli.brief(text)
    asked = {s.speaker for s in b.sentences if s.question}
    assert asked == {"Ned Price", "Question", "Participant"}
    assert {s.speaker for s in b.sentences if not s.question} == {"Antony J. Blinken"}
    _reporters_kept_out(b)


# Layouts of other publishers, after the invented fresh set of benchmarks/data/publishers_fresh.
def test_labels_closed_by_a_period_open_turns() -> None:
    text = (
        "Governor Aldana News Conference on the Drought Emergency\nApril 30, 2026\n\n"
        "THE GOVERNOR. Good morning, everyone. I've just signed an executive order declaring a drought emergency.\n\n"
        "Q. Governor, will there be direct payments to farmers?\n\n"
        "THE GOVERNOR. Not in this order. We will ask the legislature for them in June.\n\n"
        "Q. When will you hear back from Washington?\n\n"
        "DR. NWOSU. The federal agencies told us to expect an answer within two weeks.\n\n"
        "DR. NWOSU. Until then, the wells will be drilled with state money.\n"
    )
    b = briefcli.brief(text)
    assert b.kind == "transcript"
    assert not any(s.text.startswith(("Q.", "THE GOVERNOR.", "DR.")) for s in b.sentences)
    assert all(s.question for s in b.sentences if "?" in s.text)
    _reporters_kept_out(b)


def test_mixed_case_reporters_labels_answered_by_a_named_label_are_turns() -> None:
    text = (
        "Daily Press Briefing by the Office of the Spokesperson\n17 March 2026\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Rafael Ortiz-Lund, Spokesman for the Secretary-General.\n\n"
        "Spokesman: Good afternoon. I will start with Sudan, where fighting has displaced thousands of people.\n\n"
        "Question: Thank you, Rafael. Has the Secretary-General spoken to either of the generals?\n\n"
        "Spokesman: The Secretary-General has not spoken directly to them this week.\n\n"
        "Correspondent: Follow-up on that. Will the Council meet?\n\n"
        "Spokesman: That is for the Council presidency to say.\n"
    )
    b = briefcli.brief(text)
    assert b.kind == "transcript"
    assert {s.speaker for s in b.sentences if not s.question} - {None} == {"Rafael Ortiz-Lund"}
    _reporters_kept_out(b)


def test_a_faq_of_question_and_answer_headings_is_no_transcript() -> None:
    text = (
        "Questions and answers on the new visa rules\nMarch 3, 2026\n\n"
        "Question: Who needs a visa?\n\nAnswer: Everyone staying more than 90 days.\n\n"
        "Question: How long does it take?\n\nAnswer: About three weeks.\n\n"
        "Question: What does it cost?\n\nAnswer: The fee is 80 euros.\n"
    )
    assert briefcli.brief(text).kind == "article"


def test_a_title_only_label_is_who_introduces_themselves() -> None:
    text = (
        "Post-Cabinet press conference\n20 July 2026\n\n"
        "Deputy Prime Minister: Kia ora. I'm Rachel Kingi, the Deputy Prime Minister, standing in today. Cabinet agreed to extend the fuel relief.\n\n"
        "Media: Deputy Prime Minister, when does the relief end?\n\n"
        "Deputy Prime Minister: At the end of September, and we will review it then.\n\n"
        "Media: And the roads package?\n\n"
        "Deputy Prime Minister: The Minister of Transport will announce it on Wednesday.\n"
    )
    b = briefcli.brief(text)
    assert {s.speaker for s in b.sentences if not s.question} == {"Rachel Kingi"}
    _reporters_kept_out(b)


def test_labels_closed_by_a_tab_open_turns() -> None:
    text = (
        "Press Briefing by Deputy Press Secretary Ruth Adler\nMarch 3, 2026\n\n"
        "MS. ADLER\tGood afternoon. The Secretary will travel to Ottawa on Thursday.\n\n"
        "Q\tWill she meet the Prime Minister?\n\n"
        "MS. ADLER\tYes, on Friday morning, and they will sign the border agreement.\n\n"
        "Q\tWhat about tariffs?\n\n"
        "MS. ADLER\tWe will have more to say next week.\n"
    )
    b = briefcli.brief(text)
    assert b.kind == "transcript"
    assert {s.speaker for s in b.sentences if not s.question} == {"Ruth Adler"}
    _reporters_kept_out(b)


def test_a_label_with_a_comma_an_honorific_and_letters_beyond_ascii() -> None:
    text = (
        "Weekly Media Briefing by the Official Spokesperson\n11.03.2026\n\n"
        "Official Spokesperson, Shri Kunal Bhatnagar: Good afternoon. The Sherpa meeting will open in Goa on Monday.\n\n"
        "Question (Neha Sharma, Doordarshan): Sir, will the Foreign Secretary attend?\n\n"
        "Official Spokesperson, Shri Kunal Bhatnagar: Yes, she will lead our delegation.\n\n"
        "DR BRÜCKNER (FEDERAL MINISTRY FOR ECONOMIC AFFAIRS AND CLIMATE ACTION): The ministry will publish the figures tomorrow.\n\n"
        "Question (Ravi Menon, The Hindu): And the communiqué?\n\n"
        "Official Spokesperson, Shri Kunal Bhatnagar: It will be released on Tuesday.\n"
    )
    b = briefcli.brief(text)
    assert b.title == "Weekly Media Briefing by the Official Spokesperson"
    assert b.date == "2026-03-11"
    assert {s.speaker for s in b.sentences if not s.question} == {"Kunal Bhatnagar", "Dr Brückner"}
    _reporters_kept_out(b)


def test_a_co_host_who_hands_each_turn_to_the_guest_asks() -> None:
    text = (
        "The Long Table podcast: episode with Dr Helen Oduya\n6 October 2026\n\n"
        "PRIYA NANDAKUMAR: Welcome to The Long Table. I'm Priya Nandakumar. What went wrong this year?\n\n"
        "TOM ELLERY: And I'm Tom Ellery. Our guest this week is the Secretary of State for Health. Welcome.\n\n"
        "HELEN ODUYA: Thank you for having me. Demand has kept rising faster than anyone predicted, and we will recruit 2,000 more GPs this year.\n\n"
        "TOM ELLERY: But you promised in the manifesto to cut the waiting list by a million by now.\n\n"
        "HELEN ODUYA: We did, and we haven't done it yet. The waits of over a year have fallen by half, and they will keep falling.\n\n"
        "PRIYA NANDAKUMAR: Will you talk to the striking doctors?\n\n"
        "HELEN ODUYA: My door is open, and I will meet the committee again on Thursday.\n"
    )
    b = briefcli.brief(text)
    assert {s.speaker for s in b.sentences if not s.question} == {"Helen Oduya"}
    _reporters_kept_out(b)


def test_the_chair_of_a_press_conference_runs_it() -> None:
    text = (
        "Government press conference of 17 June 2026\n17.06.2026\n\n"
        "CHAIR WEBER: Good morning, ladies and gentlemen. I open the government press conference. We begin with the Chancellor's trip.\n\n"
        "SPOKESPERSON LANGE: The Chancellor will travel to Warsaw on Thursday and will sign the energy agreement there. "
        "The agreement links our grids, sets out joint purchases of gas for the winter and opens a new interconnector by 2029. "
        "The two governments will meet again in the autumn to review it.\n\n"
        "CHAIR WEBER: Thank you. Are there questions on the trip to Warsaw?\n\n"
        "QUESTION: Will the agreement cover gas storage?\n\n"
        "SPOKESPERSON LANGE: Yes, it will cover storage and the new interconnector.\n\n"
        "CHAIR WEBER: Then I thank you and close the government press conference.\n"
    )
    b = briefcli.brief(text)
    chaired = [s for s in b.sentences if "press conference" in s.text]
    assert chaired and all(s.question for s in chaired)
    _reporters_kept_out(b)


def test_irish_titles_are_titles_named_from_the_header_or_standing_alone() -> None:
    text = (
        "Press conference by the Taoiseach on the National Development Plan\n3 March 2026\n\n"
        "Remarks by Taoiseach Niamh Keating at Government Buildings\n\n"
        "TAOISEACH: Good afternoon. Today the Government will publish the revised National Development Plan.\n\n"
        "JOURNALIST: Taoiseach, when will the metro be built?\n\n"
        "TAOISEACH: Construction will start in 2028.\n\n"
        "TÁNAISTE: And the funding is ring-fenced in the plan, so it cannot be raided.\n\n"
        "JOURNALIST: Tánaiste, will housing targets change?\n\n"
        "TÁNAISTE: No, they stay at 50,000 homes a year.\n"
    )
    b = briefcli.brief(text)
    assert {s.speaker for s in b.sentences if not s.question} == {"Niamh Keating", "Tánaiste"}


def test_a_bilingual_label_with_a_lower_case_title_word_opens_turns() -> None:
    text = (
        "Prime Minister Ouellette holds a media availability\nFebruary 18, 2026\n\n"
        "Prime Minister Daniel Ouellette: Good morning, everyone. Today we will invest $2 billion in the port of Montreal.\n\n"
        "Journalist: Will the money be new?\n\n"
        "Premier ministre Daniel Ouellette: C'est de l'argent qui provient du Fonds national des corridors commerciaux.\n\n"
        "Journalist: And the workers?\n\n"
        "Premier ministre Daniel Ouellette: Nous avons toujours dit que nous allions défendre les travailleurs canadiens.\n\n"
        "Prime Minister Daniel Ouellette: We will defend Canadian workers, in every port.\n"
    )
    b = briefcli.brief(text)
    assert {s.speaker for s in b.sentences if not s.question} == {"Daniel Ouellette"}
    _reporters_kept_out(b)


def test_the_offices_line_of_a_header_names_its_holder_before_any_table() -> None:
    # GOV.UK prints "From: Prime Minister's Office, 10 Downing Street and The Rt Hon … MP";
    # that holder, not the office's holder of the lexicon's table, is the PRIME MINISTER.
    text = (
        "PM remarks at press conference on energy bills: 4 March 2026\n4 March 2026\n\n"
        "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Eleanor Whitcombe MP\n\n"
        "PRIME MINISTER: Good afternoon. From April the standing charge will be cut by a third.\n\n"
        "JOURNALIST: Prime Minister, who pays for it?\n\n"
        "PRIME MINISTER: General taxation will, over five years.\n"
    )
    b = briefcli.brief(text)
    assert {s.speaker for s in b.sentences if not s.question} == {"Eleanor Whitcombe"}
    _reporters_kept_out(b)


def test_labels_that_name_a_country_are_the_leaders_the_others_thank() -> None:
    text = (
        "Joint press conference: Prime Minister Alistair Kerrigan and Prime Minister Sigrid "
        "Haugland on North Sea energy\n24 November 2026\n\n"
        "UNITED KINGDOM: Thank you, Sigrid, and thank you for welcoming me to Oslo.\n\n"
        "NORWAY: Thank you, Alistair. Norway has been Britain's main supplier of gas for many "
        "years, and we will remain a reliable supplier. But the future of the North Sea is "
        "electric.\n\n"
        "QUESTION: Prime Minister Kerrigan, how much will this cost British households?\n\n"
        "UNITED KINGDOM: Less than the gas it replaces.\n"
    )
    b = briefcli.brief(text)
    assert {s.speaker for s in b.sentences if not s.question} == {
        "Alistair Kerrigan",
        "Sigrid Haugland",
    }


def test_a_label_with_an_honorific_is_never_renamed_by_who_is_thanked() -> None:
    text = (
        "Briefing on the strategy\nApril 1, 2022\n\n"
        "MR ICE: Thank you, Cynthia. Joining us is USAID's Rob Jenkins. Over to Rob.\n\n"
        "MR JENKINS: Thank you. We will fund twelve programs this year.\n\n"
        "MR ICE: Thank you, Rob. Our first question goes to Daphne Psaledakis.\n\n"
        "QUESTION: Which countries are first?\n\n"
        "MR JENKINS: Libya and Haiti.\n"
    )
    speakers = {s.speaker for s in briefcli.brief(text).sentences}
    assert "Rob Jenkins" in speakers and "Mr Ice" in speakers


def test_a_mixed_case_interpreter_who_calls_the_next_question_runs_the_session() -> None:
    text = (
        "Press Conference by the Press Secretary\nApril 7, 2026\n\n"
        "Press Secretary: Good afternoon. I have one announcement. The Minister will visit Manila.\n\n"
        "Reporter (Kyodo News): What will the Minister discuss?\n\n"
        "Press Secretary: Maritime security and trade.\n\n"
        "Interpreter: The next question is from a foreign correspondent, in English.\n\n"
        "Reporter (Bloomberg): Will Japan send more aid?\n\n"
        "Press Secretary: Nothing has been decided.\n"
    )
    b = briefcli.brief(text)
    relayed = [s for s in b.sentences if s.text.startswith("The next question")]
    assert relayed and all(s.question for s in relayed)
    assert all(q.speaker != "Interpreter" for q in b.quotes)


def test_the_interviewer_the_title_names_asks_even_in_statements() -> None:
    # A TV host who mostly states ("You've said … But critics say …") is no official.
    text = (
        "Secretary Antony J. Blinken on CBS Face the Nation with Margaret Brennan\n"
        "February 20, 2022\n\n"
        "MS BRENNAN: Good morning, Mr. Secretary. You said this week an invasion was imminent.\n\n"
        "SECRETARY BLINKEN: Good morning, Margaret. Everything we are seeing suggests the plan "
        "is under way, and we will keep working to prevent it.\n\n"
        "MS BRENNAN: The Europeans say sanctions should wait. Critics say that is too late.\n\n"
        "SECRETARY BLINKEN: We are united with our allies on the sanctions and on their timing, "
        "and we have made clear that the costs will be swift and severe.\n\n"
        "MS BRENNAN: Mr. Secretary, thank you for your time this morning.\n"
    )
    b = briefcli.brief(text)
    host = [s for s in b.sentences if "Critics say" in s.text or "imminent" in s.text]
    assert host and all(s.question for s in host)
    assert all("Critics" not in q.text for q in b.quotes)


def test_a_guest_named_at_the_end_of_a_press_conference_title_is_not_an_interviewer() -> None:
    text = (
        "Press conference with Anthony Albanese\n1 March 2026\n\n"
        "PRIME MINISTER: Good morning. Today we will open the new hospital wing in Parramatta.\n\n"
        "ALBANESE: The wing will treat 40,000 patients a year. It is a good day for the west.\n\n"
        "JOURNALIST: When does it open?\n\n"
        "ALBANESE: In June. We will be there.\n\n"
        "JOURNALIST: And the cost?\n\n"
        "PRIME MINISTER: $400 million, shared by both governments.\n"
    )
    b = briefcli.brief(text)
    assert not any(s.question for s in b.sentences if "40,000 patients" in s.text)


_HEARING = (
    "Hearing before the Committee on Energy and Commerce\nMay 3, 2026\n\n"
    "Chairman SMITH. The committee will come to order. Today we hear from Secretary Jane "
    "Ortiz on the grid rule.\n\n"
    "Secretary ORTIZ. Thank you, Mr. Chairman. The Department will finish the grid rule by "
    "June, and it will cut outages by a third.\n\n"
    "Mr. JONES. Madam Secretary, will it raise prices for families in my district?\n\n"
    "Secretary ORTIZ. No. Prices will fall as the new lines come in.\n\n"
    "Ms. DeLAURO. Who pays for the new lines?\n\n"
    "Secretary ORTIZ. The utilities, over ten years.\n\n"
    "Chairman SMITH. The gentleman's time has expired. Ms. DeLauro.\n\n"
    "Ms. DeLAURO. Will you come back to us in the fall?\n"
)


def test_a_congressional_hearings_labels_open_turns() -> None:
    # The Government Publishing Office's layout: title or honorific, surname in capitals.
    b = briefcli.brief(_HEARING)
    assert b.kind == "transcript"
    speakers = {s.speaker for s in b.sentences}
    assert {"Jane Ortiz", "Chairman Smith"} <= speakers
    assert not any(s.speaker and s.speaker.isupper() for s in b.sentences)
    assert all(s.speaker == "Jane Ortiz" for s in b.sentences if "grid rule by" in s.text)


def test_time_stamps_and_brackets_around_labels_go() -> None:
    stamped = (
        "The Briefing Room, episode 12\nMay 3, 2026\n\n"
        "[00:00:05] TOM HALE: Welcome back. My guest is Health Minister Ana Ruiz. Why now?\n\n"
        "[00:00:20] MINISTER RUIZ: Because waiting lists have doubled. We will hire 500 "
        "nurses this year.\n\n"
        "[00:01:02] TOM HALE: And the money?\n\n"
        "[00:01:10] MINISTER RUIZ: It is in the budget, and we will publish the figures.\n\n"
        "[00:01:40] TOM HALE: Minister, thank you?\n"
    )
    b = briefcli.brief(stamped)
    assert b.kind == "transcript"
    assert not any("00:0" in s.text for s in b.sentences)
    assert all(s.speaker == "Ana Ruiz" for s in b.sentences if "nurses" in s.text)
    bracketed = stamped.replace("[00:00:05] TOM HALE:", "[TOM HALE]").replace(
        "[00:00:20] MINISTER RUIZ:", "[MINISTER RUIZ]"
    )
    bracketed = (
        bracketed.replace("[00:01:02] TOM HALE:", "[TOM HALE]:")
        .replace("[00:01:10] MINISTER RUIZ:", "[MINISTER RUIZ]:")
        .replace("[00:01:40] TOM HALE:", "[TOM HALE]:")
    )
    b = briefcli.brief(bracketed)
    assert b.kind == "transcript"
    assert all(s.speaker == "Ana Ruiz" for s in b.sentences if "nurses" in s.text)


def test_one_time_stamp_in_an_article_stays() -> None:
    text = "Markets at noon\nMay 3, 2026\n\n[12:00] Shares rose. The index will open at 9:30.\n"
    assert any("[12:00]" in s.text for s in briefcli.brief(text).sentences)


def test_reporters_named_with_their_outlets_ask_where_no_chair_presides() -> None:
    text = (
        "Transcript of PM Tan Wei Ming's Doorstop Interview at Changi Airport\n12 January 2027\n\n"
        "Derek Loh, CNA: Prime Minister, the terminal was meant to open in the mid-2030s. "
        "Is that still the timeline?\n\n"
        "PM Tan: Yes, the timeline holds. We will open Terminal 5 in 2035, as planned.\n\n"
        "Derek Loh, CNA: And the cost? The last estimate was more than $20 billion.\n\n"
        "PM Tan: We will give a full update at the next milestone.\n\n"
        "Clara Ong, The Straits Times: Many Singaporeans worry about prices. Will the "
        "voucher be enhanced?\n\n"
        "PM Tan: Wait for the Budget next month.\n"
    )
    b = briefcli.brief(text)
    asked = [s for s in b.sentences if "20 billion" in s.text or "worry about prices" in s.text]
    assert asked and all(s.question for s in asked)
    assert not any("20 billion" in q.text for q in b.quotes)


def test_labels_over_time_stamps_on_their_own_lines_open_turns() -> None:
    text = (
        "Governor Ana Ramirez Holds Briefing on Measles\nMar 2, 2027\n\n"
        "Governor Ana Ramirez\n00:00:03\nGood afternoon. We will open six clinics on Monday.\n\n"
        "Dr. Samuel Okafor\n00:01:42\nThank you, Governor. Measles spreads fast. Vaccines work.\n\n"
        "Reporter 1\n00:02:30\nGovernor, will you close schools?\n\n"
        "Governor Ana Ramirez\n00:02:41\nNo. Schools will stay open with the clinics beside them.\n\n"
        "Reporter 2\n00:03:05\nDr. Okafor, how many are in hospital?\n\n"
        "Dr. Samuel Okafor\n00:03:12\nEleven, and all of them are stable.\n"
    )
    b = briefcli.brief(text)
    assert b.kind == "transcript"
    assert all(s.speaker == "Ana Ramirez" for s in b.sentences if "clinics" in s.text)
    assert all(s.question for s in b.sentences if "close schools" in s.text)
    assert not any("00:0" in s.text for s in b.sentences)


def test_bold_inline_labels_and_a_speaker_key_of_initials() -> None:
    bold = (
        "Premier press conference on the rail loop\n16 February 2027\n\n"
        "**Premier Daniel Whitford:** We will start tunnelling in June.\n\n"
        "**Journalist:** Premier, the budget office says it will cost $44 billion. Who is right?\n\n"
        "**Premier Daniel Whitford:** Our costings are right.\n\n"
        "**Journalist:** Will the Commonwealth pay its share?\n\n"
        "**Premier Daniel Whitford:** It has promised to, and we expect it to.\n"
    )
    b = briefcli.brief(bold)
    assert {s.speaker for s in b.sentences if not s.question} == {"Daniel Whitford"}
    keyed = (
        "WHO press conference on the global health situation\n9 March 2027\n\n"
        "Speaker key:\nMH Margit Halvorsen\nTA Dr Tomas Aguilar\n\n"
        "MH: Good afternoon. Dr Aguilar will give the update.\n\n"
        "TA: Thank you. Cholera cases fell by a third this month, and we will ship more vaccine.\n\n"
        "MH: Questions now. The first question is from Reuters.\n\n"
        "REPORTER: Will the vaccine arrive before the rains?\n\n"
        "TA: Yes, by the end of April, for all three countries.\n"
    )
    speakers = {s.speaker for s in briefcli.brief(keyed).sentences if "Cholera" in s.text}
    assert speakers == {"Tomas Aguilar"}


def test_a_moderator_who_speaks_most_is_still_not_the_principal() -> None:
    text = (
        "Transcript of IMF Press Briefing\nMarch 16, 2027\n\n"
        "MS. HYDE: Good morning, everyone, and welcome to this press briefing. I'm Caroline Hyde "
        "of the Communications Department. With me is Isabela Alves, Director of Communications. "
        "As usual, the briefing is on the record, and embargoed content is not covered by it. "
        "Isabela, over to you.\n\n"
        "MS. ALVES: Thank you, Caroline. The Managing Director will travel to Nairobi next week. "
        "The Board will meet on Ghana on Friday.\n\n"
        "MS. HYDE: Thank you. Let's go to questions in the room first.\n\n"
        "QUESTION: Will the Board approve the Ghana programme?\n\n"
        "MS. ALVES: I will not prejudge the Board's decision.\n\n"
        "MS. HYDE: We have a question online from Kofi Boateng, who asks: is debt relief coming? "
        "Isabela, I think that's for you.\n\n"
        "MS. ALVES: The talks continue.\n\n"
        "MS. HYDE: Thank you, everyone. The transcript will be posted on our website.\n"
    )
    b = briefcli.brief(text)
    assert all(s.question for s in b.sentences if "welcome to this" in s.text)
    assert not any("welcome" in q.text for q in b.quotes)
    assert any(s.speaker == "Isabela Alves" and not s.question for s in b.sentences)


def test_a_dashed_date_line_is_not_part_of_the_title() -> None:
    b = briefcli.brief(
        "Parliament backs new rules on lorry emissions\n01-06-2027 - 13:05\n\n"
        "Parliament adopted the rules on Tuesday. They will apply from 2030.\n"
    )
    assert b.title == "Parliament backs new rules on lorry emissions"


def test_a_host_who_speaks_most_is_still_the_one_who_asks() -> None:
    text = (
        "Transcript: State of the Union\nMay 3, 2026\n\n"
        "BASH: Welcome to the show. Joining me now is the Treasury Secretary, Janet Morales. "
        "Inflation is still above target and markets are nervous about the autumn. Madam "
        "Secretary, will there be a recession this year?\n\n"
        "MORALES: No. We will see growth of two percent.\n\n"
        "BASH: Your critics say the tariffs will push prices up again. What do you say to them?\n\n"
        "MORALES: That we will bring prices down by the fall.\n"
    )
    b = briefcli.brief(text)
    assert all(s.question for s in b.sentences if "critics" in s.text or "Welcome" in s.text)
    assert {s.speaker for s in b.sentences if not s.question} == {"Janet Morales"}


def test_labels_alone_on_their_lines_with_no_mark_open_turns_where_they_repeat() -> None:
    text = (
        "Governor briefing on measles\nMar 2, 2027\n\n"
        "Governor Ana Ramirez\n\nGood afternoon. We will open six clinics on Monday.\n\n"
        "Dr. Samuel Okafor\n\nThank you, Governor. Measles spreads fast.\n\n"
        "Reporter\n\nGovernor, will you close schools?\n\n"
        "Governor Ana Ramirez\n\nNo. Schools will stay open.\n\n"
        "Reporter\n\nHow many are in hospital?\n\n"
        "Dr. Samuel Okafor\n\nEleven.\n"
    )
    b = briefcli.brief(text)
    assert b.kind == "transcript"
    assert {s.speaker for s in b.sentences if not s.question} == {"Ana Ramirez", "Samuel Okafor"}
    # Headings that repeat in an article are no one's labels.
    article = "Markets rally\nMay 3, 2026\n\n" + "".join(
        f"Advertisement\n\nShares rose {k} percent.\n\nRelated\n\nBonds fell.\n\n" for k in range(3)
    )
    assert briefcli.brief(article).kind == "article"


def test_a_guest_leaders_short_turn_that_says_more_than_thanks_is_on_the_record() -> None:
    text = (
        "Joint press conference with Prime Minister Lee Hsien Loong, Singapore\n29 June 2016\n\n"
        "PRIME MINISTER TURNBULL: Well, it's great to welcome Prime Minister Lee to Australia. "
        "We will sign the comprehensive strategic partnership today.\n\n"
        "PRIME MINISTER LEE: Thank you, Malcolm. Singapore and Australia will deepen our ties.\n\n"
        "JOURNALIST: Prime Minister, will the training areas open next year?\n\n"
        "PRIME MINISTER TURNBULL: They will open in 2019.\n\n"
        "MODERATOR: Thank you all very much. Thank you.\n"
    )
    b = briefcli.brief(text)
    lee = [s for s in b.sentences if s.speaker == "Lee Hsien Loong"]
    assert lee and not any(s.question for s in lee)


def test_an_abbreviated_title_before_a_surname_is_spelled_out() -> None:
    text = (
        "Transcript of PM Tan Wei Ming's Doorstop Interview at Changi Airport\n12 January 2027\n\n"
        "Prime Minister Tan Wei Ming spoke to the media after touring the site.\n\n"
        "Derek Loh, CNA: Is the timeline still 2035?\n\n"
        "PM Tan: Yes. We will open the first phase in 2035 as planned.\n\n"
        "Clara Ong, The Straits Times: Will the voucher be enhanced?\n\n"
        "PM Tan: Wait for the Budget.\n\n"
        "Derek Loh, CNA: And the cost?\n\n"
        "PM Tan: We will give a full update at the next milestone.\n"
    )
    b = briefcli.brief(text)
    assert {s.speaker for s in b.sentences if s.speaker and not s.question} == {"Tan Wei Ming"}
    upper = text.replace("PM Tan:", "PM TAN:")
    b = briefcli.brief(upper)
    assert {s.speaker for s in b.sentences if s.speaker and not s.question} == {"Tan Wei Ming"}


_REMARKS = (
    "Secretary Antony J. Blinken Remarks to Employees\nJuly 18, 2022\n\n"
    "MR BARRETT: All right, good afternoon. My name is Tim Barrett. It's my pleasure to "
    "introduce the Secretary of State and the Director, Avril Haines.\n\n"
    "DIRECTOR HAINES: Thank you, Tim. When I first met Tony he was a staff director, and he "
    "taught me more than I can recount here.\n\n"
    "SECRETARY BLINKEN: Thank you, Avril. Your analysis is simply indispensable to us. A mother "
    "who escaped Mariupol told us what hunger means. “I just sobbed,” she said, “into a pillow "
    "when no one could see.” We will keep working to get grain out of Ukraine.\n"
)


def test_remarks_under_labels_are_an_article_whose_speech_is_the_speakers() -> None:
    # No one asks: not a transcript (a release-like text), yet each label's speech is theirs.
    b = briefcli.brief(_REMARKS)
    assert b.kind == "article"
    assert not any(s.text.startswith(("SECRETARY", "DIRECTOR", "MR BARRETT")) for s in b.sentences)
    speakers = {s.speaker for s in b.sentences}
    assert {"Antony J. Blinken", "Avril Haines"} <= speakers
    by = {q.text[:20]: q.speaker for q in b.quotes}
    assert by["Your analysis is sim"] == "Antony J. Blinken"
    assert any(q.speaker == "mother" and "sobbed" in q.text for q in b.quotes)
    # The host who only introduces is no one's quote.
    assert all(q.speaker != "Tim Barrett" for q in b.quotes)


def test_a_promo_label_makes_no_remarks() -> None:
    text = (
        "Markets rally as rates hold\nMay 3, 2026\n\n"
        "WATCH: The governor explains the decision.\n\n"
        "Shares rose on Tuesday. The central bank will meet again in June.\n"
    )
    b = briefcli.brief(text)
    assert b.kind == "article" and not any(s.speaker for s in b.sentences)


def test_remarks_open_after_header_lines_however_many() -> None:
    text = (
        "Secretary Antony J. Blinken at the UN Security Council\nMay 19, 2022\n\n"
        "Office of the Spokesperson\n\nNew York City, New York\n\nUnited Nations\n\n"
        "10:12 a.m. EDT\n\nRemarks\n\n"
        "SECRETARY BLINKEN: Good morning. We meet at a moment of unprecedented hunger. "
        "The United States will provide another $215 million in emergency food aid.\n"
    )
    b = briefcli.brief(text)
    assert b.kind == "article"
    assert {s.speaker for s in b.sentences if "hunger" in s.text} == {"Antony J. Blinken"}
    # A label after prose is a line of the text, not remarks.
    prose = text.replace(
        "Remarks\n\n",
        "The Secretary spoke to the Council after a long night of talks with his counterparts "
        "from the region.\n\n",
    )
    assert not any(s.speaker for s in briefcli.brief(prose).sentences)


def test_labels_closed_by_a_period_alone_or_before_a_bracket() -> None:
    # "PRIME MINISTER." alone on its line is the title, not "Prime Minister."; a turn
    # "JOURNALIST. (Inaudible)" is a label and its speech, not a label alone.
    text = (
        "Doorstop\n18 October 2017\n\n"
        "PRIME MINISTER.\nWell good morning. We will legislate the guarantee next week.\n\n"
        "JOURNALIST.\n(Inaudible)\n\n"
        "PRIME MINISTER.\nThe guarantee will cut power prices.\n\n"
        "JOURNALIST.\nWill you meet the premiers?\n\n"
        "PRIME MINISTER.\nI will meet them on Friday.\n\n"
        "JOURNALIST. (Inaudible)\n\n"
        "PRIME MINISTER.\nNo, not today.\n"
    )
    b = briefcli.brief(text)
    assert b.kind == "transcript"
    spoken = {s.speaker for s in b.sentences if not s.question}
    assert spoken and not any(name.endswith(".") for name in spoken if name)
    assert all(s.question for s in b.sentences if s.text.startswith("Will you meet"))
    # one word closed by a period: "TREASURER." is the Treasurer
    one_word = text.replace("PRIME MINISTER.", "TREASURER.")
    spoken = {s.speaker for s in briefcli.brief(one_word).sentences if not s.question}
    assert spoken == {"Treasurer"}


_FRESH = Path(__file__).parent / "data" / "publishers"


@pytest.mark.parametrize(
    ("name", "officials"),
    [
        # a parliament's Speaker presides, members interject ("Some hon. members:"), a
        # member under two labels (with and without the riding) asks under both
        ("2028-05-30-house-of-commons-debates-oral-questions-housing", {"Naledi Achebe-Moore"}),
        # the justices question counsel, who argue
        (
            "2028-06-01-oral-argument-state-v-delacroix",
            {"Ruth Abernathy-Cole", "Kevin Lachance"},
        ),
        # press officers who call on the speakers and close the session
        (
            "2028-06-06-police-press-conference-on-the-arouca-shooting",
            {"Kirk Baptiste", "Marcia Joseph-Lewis", "Ravi Ramcharan"},
        ),
    ],
)
def test_those_who_preside_or_run_the_session_are_no_officials(
    name: str, officials: set[str]
) -> None:
    brief = briefcli.brief((_FRESH / f"fresh-{name}.txt").read_text(encoding="utf-8"))
    spoken = {s.speaker for s in brief.sentences if not s.question and s.speaker is not None}
    assert spoken == officials


def test_an_inquest_the_coroner_presides_and_the_witness_answers() -> None:
    name = "fresh-2028-05-26-inquest-into-the-death-of-aroha-whitcombe-day-3.txt"
    brief = briefcli.brief((_FRESH / name).read_text(encoding="utf-8"))
    # the witness "on former affirmation" answers the "A." lines
    assert any(s.text == "I was." and s.speaker == "Sarah Locke" for s in brief.sentences)
    assert all(s.question for s in brief.sentences if "affirmation" in s.text)
    assert not any("Coroner" in (q.speaker or "") for q in brief.quotes)


def test_a_press_officer_who_calls_on_the_speakers_runs_the_briefing() -> None:
    text = (
        "Ministry of Health press briefing on the outbreak\nThursday, June 8, 2028 | 2:00 p.m.\n\n"
        "Mr. Saydee: Good afternoon, ladies and gentlemen of the press. Without much ado, I "
        "call on the Honorable Minister.\n\n"
        "Minister Comfort Kpadeh-Wilson: Thank you, Director. We have recorded 17 confirmed "
        "cases. We will open two treatment centres this week.\n\n"
        "Mr. Saydee: We will take questions. Front Page Africa.\n\n"
        "Press: Honorable Minister, do the hospitals have enough protective equipment?\n\n"
        "Minister Comfort Kpadeh-Wilson: They do. A further shipment arrives on Monday.\n\n"
        "Mr. Saydee: Thank you. That is all for this afternoon.\n"
    )
    b = briefcli.brief(text)
    assert b.date == "2028-06-08" and b.title == "Ministry of Health press briefing on the outbreak"
    assert {s.speaker for s in b.sentences if not s.question} == {"Comfort Kpadeh-Wilson"}


def test_a_surname_never_given_in_full_keeps_the_labels_title() -> None:
    text = (
        "Governor Holloway briefing on the flooding\nThursday, May 11, 2028\n\n"
        "GOVERNOR HOLLOWAY: Good afternoon. I'm joined by Transportation Commissioner Priya "
        "Raman. The river crests tonight.\n\n"
        "COMMISSIONER RAMAN: Interstate 24 will stay closed through Saturday.\n\n"
        "Q: Governor, will you ask for federal help?\n\n"
        "GOVERNOR HOLLOWAY: We will ask for a major disaster declaration tomorrow.\n\n"
        "Q: Commissioner, when will the bridges reopen?\n\n"
        "COMMISSIONER RAMAN: After every one of them is inspected.\n"
    )
    b = briefcli.brief(text)
    assert (
        b.title == "Governor Holloway briefing on the flooding"
    )  # no committee from "Commissioner"
    assert {s.speaker for s in b.sentences if not s.question} == {
        "Governor Holloway",
        "Priya Raman",
    }


def test_an_office_holder_only_where_the_briefing_is_about_that_country() -> None:
    # A foreign minister speaking in Colombo who mentions Australia once is not Australia's.
    text = (
        "Remarks by the Foreign Minister on maritime security, and discussion\n2 May 2028\n\n"
        "FOREIGN MINISTER: Thank you all for coming. Our security depends on open sea lanes. "
        "Japan and Australia have each offered equipment. We will host the coastal states in "
        "September.\n\n"
        "MODERATOR: Thank you, Minister. Questions from the floor.\n\n"
        "QUESTION: Minister, who pays for the centre?\n\n"
        "FOREIGN MINISTER: Our own budget pays for the building and the staff.\n"
    )
    spoken = {s.speaker for s in briefcli.brief(text).sentences if not s.question}
    assert spoken == {"Foreign Minister"}


def test_a_title_label_named_by_the_header_with_a_portfolio_and_styles_between() -> None:
    name = "fresh-2028-06-08-ministry-of-health-press-briefing-on-the-lassa-fever-outbreak.txt"
    brief = briefcli.brief((_FRESH / name).read_text(encoding="utf-8"))
    # "… addressed by the Minister of Health, Hon. Dr. Comfort Kpadeh-Wilson, MD, MPH"
    assert any(s.speaker == "Comfort Kpadeh-Wilson" for s in brief.sentences)
    assert not any(s.speaker == "Hon. Minister" for s in brief.sentences)


def test_labels_in_other_layouts_keep_their_speakers() -> None:
    # Closed by a tab, a reporter's turn only a stage note: the label does not run into the
    # next turn. In mixed case: a short exchange, and a portfolio that names no one.
    tab = (
        "Transcript of joint doorstop interview, Sydney\n3 January 2012\n\n"
        "PM\tI'm delighted to be here with the Premier. We will fund the new stands.\n\n"
        "JOURNALIST\t(Inaudible)\n\n"
        "O'FARRELL\tThe state will match the Commonwealth's money.\n\n"
        "JOURNALIST\tWhen will the work start?\n\n"
        "PM\tThe work will start in March.\n\n"
        "JOURNALIST\t(Inaudible)\n\n"
        "O'FARRELL\tWe will open the stands in 2014.\n"
    )
    b = briefcli.brief(tab)
    assert all(s.question for s in b.sentences if s.speaker == "Journalist")
    assert any(s.text.startswith("The state will match") and not s.question for s in b.sentences)
    assert not any("O'FARRELL" in s.text for s in b.sentences)
    short = (
        "Secretary Blinken remarks to the press en route Melbourne\nFebruary 8, 2022\n\n"
        "Secretary Blinken: Very good. We will meet our Quad partners in Melbourne.\n\n"
        "Question: Yes. Will you see the Prime Minister?\n\n"
        "Secretary Blinken: I will see him on Friday.\n"
    )
    b = briefcli.brief(short)
    assert b.kind == "transcript"
    assert all(s.question for s in b.sentences if s.text.startswith("Will you see"))
    portfolio = (
        "Joint press conference with the Minister for Infrastructure and Transport\n"
        "15 November 2016\n\n"
        "Prime Minister: We will fund the Monash Freeway upgrade.\n\n"
        "Minister for Infrastructure and Transport: Thank you, Prime Minister. Work will "
        "start next year.\n\n"
        "Journalist: When will it finish?\n\n"
        "Minister for Infrastructure and Transport: In 2019.\n\n"
        "Journalist: And the cost?\n\n"
        "Prime Minister: $500 million.\n"
    )
    spoken = {s.speaker for s in briefcli.brief(portfolio).sentences if not s.question}
    assert "Infrastructure and Transport" not in spoken


def test_a_short_exchange_closed_by_periods_and_a_surname_the_header_names() -> None:
    # A reporter's one line between two titled turns, labels closed by a period.
    short = (
        "Secretary Blinken remarks to the press en route Melbourne\nFebruary 8, 2022\n\n"
        "SECRETARY BLINKEN. Very good. We will meet our Quad partners in Melbourne.\n\n"
        "QUESTION. Yes. Will you see the Prime Minister?\n\n"
        "SECRETARY BLINKEN. I will see him on Friday.\n"
    )
    b = briefcli.brief(short)
    assert b.kind == "transcript"
    assert all(s.question for s in b.sentences if s.text.startswith("Will you see"))
    assert not any("SECRETARY" in s.text for s in b.sentences)
    # A surname speaking once, named in full by the title, in either layout.
    for mark in (": ", ". ", "\t", " – "):
        joint = (
            "Joint press conference with Deputy Prime Minister Julia Gillard\n19 May 2009\n\n"
            f"PM{mark}We will build twenty new trade training centres this year.\n\n"
            f"JOURNALIST{mark}When will the first one open?\n\n"
            f"PM{mark}The first will open in July.\n\n"
            f"GILLARD{mark}If I can add, the centres will train ten thousand apprentices.\n\n"
            f"JOURNALIST{mark}What will they cost?\n\n"
            f"PM{mark}Two billion dollars over four years.\n"
        )
        said = {s.text[:9]: s.speaker for s in briefcli.brief(joint).sentences}
        assert said["If I can "] == "Julia Gillard", mark
    # A word of the header that opens a line ("Subjects:") is no one's surname.
    from briefcli.text.turn import _header_words

    words = _header_words("Transcript\nSubjects: Cyclone recovery\nPremier Leah Corbett\n")
    assert "Corbett" in words and not {"Transcript", "Subjects"} & words


def test_speakers_set_as_markdown_headings_open_turns() -> None:
    # Each speaker's name a heading over the speech; a turn that is only a stage note stays
    # that turn's, so the label does not run into the next one.
    text = (
        "# Transcript of COAG press conference\n\n7 December 2009\n\n"
        "### Prime Minister\n\nWe agreed today on a national health reform plan. "
        "The states will report back in March.\n\n"
        "### Journalist\n\n(inaudible)\n\n"
        "### Prime Minister\n\nQuite a few.\n\n"
        "### Journalist\n\nWill the Premiers sign the agreement?\n\n"
        "### Prime Minister\n\nThey will sign it in March.\n\n"
        "### Journalist\n\nAnd the funding?\n\n"
        "### Prime Minister\n\nIt is in the budget.\n"
    )
    # A one-word turn ("Okay.") that repeats is a sentence, not a label; a heading once, a
    # surname the title names, is a speaker too.
    text = (
        text.replace(
            "### Prime Minister\n\nIt is in", "### Journalist\n\nOkay.\n\n### Rudd\n\nIt is in"
        )
        .replace(
            "### Journalist\n\nAnd the funding?",
            "### Journalist\n\nOkay.\n\n### Journalist\n\nAnd the funding?",
        )
        .replace("COAG press conference", "COAG press conference with Kevin Rudd")
    )
    b = briefcli.brief(text)
    assert b.kind == "transcript"
    said = {s.text: (s.speaker, s.question) for s in b.sentences}
    assert said["Quite a few."][1] is False and said["Quite a few."][0]
    assert said["Okay."][1] is True
    assert said["It is in the budget."] == ("Kevin Rudd", False)
    assert said["Will the Premiers sign the agreement?"][1] is True
    assert not any("Journalist" in s.text or "###" in s.text for s in b.sentences)


def test_labels_closed_by_an_em_dash_a_hyphen_or_a_bracket_and_a_dash() -> None:
    for opening, official, reporter in (
        ("ACC MBEKI-ROSS - ", "ACC MBEKI-ROSS - ", "REPORTER (STV) - "),
        ("Marcus Henley — ", "Chief Superintendent — ", "Abena — "),
        ("[DAC] – ", "[AC] – ", "[Press] – "),
    ):
        text = (
            "Briefing on the warehouse fire\n3 August 2028\n\n"
            f"{opening}Good morning. Crews will stay on scene for two more days.\n\n"
            f"{official}We will review every similar site in London next month.\n\n"
            f"{reporter}Were there any injuries?\n\n"
            f"{official}One firefighter was treated for heat exhaustion.\n\n"
            f"{reporter}When will the road reopen?\n\n"
            f"{official}On Monday.\n\n"
            f"{opening}Thank you all.\n"
        )
        b = briefcli.brief(text)
        assert b.kind == "transcript", opening
        asked = {s.text for s in b.sentences if s.question}
        assert {"Were there any injuries?", "When will the road reopen?"} <= asked, opening
        assert not any(" – " in s.text[:12] or " - " in s.text[:20] for s in b.sentences)


def test_labels_that_open_with_a_lower_case_name_particle() -> None:
    text = (
        "Press conference on the high-water situation along the IJssel\n2 August 2028\n\n"
        "Speakers: Mayor Willemijn van der Linde; Harm ten Brink (Rijkswaterstaat)\n\n"
        "van der Linde: Good afternoon. The water level is falling and the dikes are holding.\n\n"
        "Question: Mr ten Brink, when will shipping resume?\n\n"
        "ten Brink: Shipping resumes at noon tomorrow.\n\n"
        "Question: Were any weak spots found?\n\n"
        "van der Linde: Two places with seepage, both reinforced.\n\n"
        "ten Brink: And the speed limit on the river stays for a week.\n"
    )
    b = briefcli.brief(text)
    assert b.kind == "transcript"
    said = {s.text: s.speaker for s in b.sentences}
    assert said["Two places with seepage, both reinforced."] == "Willemijn van der Linde"
    assert said["Shipping resumes at noon tomorrow."] == "Harm ten Brink"


def test_a_surname_label_with_its_particles_is_named_in_full() -> None:
    text = (
        "Ministers answer on the new cross-border rail service\n12 July 2028\n\n"
        "Speakers: Minister for Transport, Eamon Ó Ceallaigh TD; Secretary-General of the "
        "Ministry of Water, Eng. Omar Abu Zeid\n\n"
        "MINISTER Ó CEALLAIGH: From December the Enterprise will run every hour.\n\n"
        "JOURNALIST: Who is paying for the new trains?\n\n"
        "ENG. ABU ZEID: The two governments will share the cost.\n\n"
        "JOURNALIST: When will the first train run?\n\n"
        "MINISTER Ó CEALLAIGH: On the first of December.\n"
    )
    said = _said(text)
    assert said["On the first of December."] == "Eamon Ó Ceallaigh"
    assert said["The two governments will share the cost."] == "Omar Abu Zeid"


def test_an_acronym_label_the_header_keys_to_a_name_in_brackets() -> None:
    text = (
        "Joint press briefing on the security of the national examinations\n6 July 2028\n\n"
        "Briefers: Cabinet Secretary for Interior, Hon. Dr. Wanjala Chebet Korir (CS); "
        "Inspector General of Police, Eng. Abdirahman Hussein Gedi (IGP)\n\n"
        "CS: Good afternoon. The national examinations begin on Monday.\n\n"
        "IGP: Each distribution centre will have armed officers round the clock.\n\n"
        "Q (Citizen TV): CS, what is different this year?\n\n"
        "CS: Every paper carries a unique serial.\n\n"
        "Q (Nation): IGP, how many officers are deployed?\n\n"
        "IGP: About forty thousand officers.\n"
    )
    said = _said(text)
    assert said["About forty thousand officers."] == "Abdirahman Hussein Gedi"
    assert said["Every paper carries a unique serial."] == "Wanjala Chebet Korir"


def test_an_acronym_label_is_who_opens_their_turn_with_their_name_and_that_role() -> None:
    text = (
        "Media briefing on the reopening of the emergency department\n7 July 2028\n\n"
        "CMO: Kia ora, Dr Nisha Varadarajan, chief medical officer. The department reopens "
        "on Monday.\n\n"
        "REPORTER: How many nurses were hired?\n\n"
        "DON: Mōrena. Tui Ropata, director of nursing. We hired thirty-one nurses.\n\n"
        "REPORTER: And the doctors?\n\n"
        "CMO: Fourteen senior doctors.\n\n"
        "REPORTER: Will there be navigators?\n\n"
        "DON: Two navigators start on Monday.\n"
    )
    said = _said(text)
    assert said["Two navigators start on Monday."] == "Tui Ropata"
    assert said["Fourteen senior doctors."] == "Nisha Varadarajan"


@pytest.mark.parametrize(
    ("header", "label", "name"),
    [
        (
            "Speakers: Chargé d'affaires a.i. Henrik van der Meulen; Head of the Consular "
            "Section, Femke de Wit-Oduya",
            "CHARGÉ D'AFFAIRES",
            "Henrik van der Meulen",
        ),
        (
            "Moderated by Ms. Devika Ramgoolam-Appadoo. The Chief Electoral Officer, Mr. "
            "Jean-Claude L'Aiguille, will read a statement.",
            "CHIEF ELECTORAL OFFICER",
            "Jean-Claude L'Aiguille",
        ),
    ],
)
def test_a_title_label_is_the_name_after_that_title_in_either_case(
    header: str, label: str, name: str
) -> None:
    text = (
        f"Press briefing on the resumption of services\n21 July 2028\n\n{header}\n\n"
        f"{label}: Good morning. Applications open on Monday.\n\n"
        "QUESTION: How long will a decision take?\n\n"
        f"{label}: Fifteen days in most cases.\n\n"
        "QUESTION: Will students be prioritised?\n\n"
        f"{label}: Yes, they will.\n"
    )
    said = _said(text)
    assert said["Fifteen days in most cases."] == name


def test_a_meeting_chaired_by_someone_the_header_names_and_citizens_who_say_their_names() -> None:
    for mark in (": ", " — "):
        text = (
            "Community safety meeting with the Borough Commander\n15 August 2028\n\n"
            "Chief Superintendent Olumide Akinyemi-Shaw, Borough Commander. Chaired by Marcus "
            "Henley of the Safer Neighbourhood Board.\n\n"
            f"Marcus Henley{mark}Good evening all. The Borough Commander will speak first.\n\n"
            f"Chief Superintendent{mark}Thank you. Knife crime is down fourteen percent.\n\n"
            f"Tomasz{mark}Tomasz. Will the cameras be watched, or just recorded?\n\n"
            f"Chief Superintendent{mark}Watched, seven nights a week.\n\n"
            f"Joy{mark}My name is Joy. My son was stopped three times. How do I complain?\n\n"
            f"Chief Superintendent{mark}You can complain at any station.\n\n"
            f"Marcus Henley{mark}Thank you all for coming.\n"
        )
        b = briefcli.brief(text)
        asked = {s.text for s in b.sentences if s.question}
        assert {"Will the cameras be watched, or just recorded?", "How do I complain?"} <= asked
        assert not any(q.speaker in {"Marcus Henley", "Tomasz", "Joy"} for q in b.quotes), mark


def test_counsel_the_header_lists_by_party_ask_and_its_witness_answers() -> None:
    text = (
        "Committal hearing: Police v Brannagh, day 2\n11/07/2028\n\n"
        "Before: Judge Siobhán Mac Cárthaigh\n"
        "For the prosecution: Mr Pieter van der Berg BL\n"
        "For the accused: Ms Gráinne Ní Chonaill BL\n"
        "Witness: Detective Garda Marcus Fennelly\n\n"
        "JUDGE: Mr van der Berg, your next witness.\n\n"
        "MR VAN DER BERG: Detective Garda, where were you that morning?\n\n"
        "WITNESS: I was on duty at Store Street Garda Station, Judge.\n\n"
        "MR VAN DER BERG: What did you find there?\n\n"
        "WITNESS: The rear door had been forced. I seized footage from two cameras.\n\n"
        "MR VAN DER BERG: Thank you. Nothing further, Judge.\n\n"
        "JUDGE: Ms Ní Chonaill, do you have questions for this witness?\n\n"
        "MS NÍ CHONAILL: No questions, Your Honour.\n"
    )
    b = briefcli.brief(text)
    said = {s.text: (s.speaker, s.question) for s in b.sentences}
    assert said["No questions, Your Honour."][1] is True
    assert said["What did you find there?"][1] is True
    assert said["The rear door had been forced."] == ("Marcus Fennelly", False)


def test_a_releases_frequently_asked_questions_are_no_transcript() -> None:
    text = (
        "Winter energy rebate: $400 for every household\n5 July 2028\n\n"
        "Media release\nThe Hon. Priyanka Ramaswamy MP, Minister for Energy\n\n"
        "Every household will receive a $400 rebate from 1 August, the Minister announced.\n\n"
        "Frequently asked questions\n\n"
        "Q: Who is eligible?\nA: Every residential electricity account.\n\n"
        "Q: Do I need to apply?\nA: No. Your retailer applies the rebate.\n\n"
        "Q: I rent. What happens?\nA: Tenants can apply from 1 September.\n"
    )
    b = briefcli.brief(text)
    assert b.kind != "transcript"
    assert not any(s.question for s in b.sentences)


def test_two_officials_answering_under_one_label_are_both_named() -> None:
    text = (
        "Ministers answer jointly on the new cross-border rail service\n12 July 2028\n\n"
        "Speakers: Minister for Transport, Eamon Ó Ceallaigh TD; Minister for Infrastructure, "
        "Roisín McGillycuddy MLA\n\n"
        "MINISTER Ó CEALLAIGH: From December the Enterprise will run every hour.\n\n"
        "JOURNALIST: Who is paying for the new trains?\n\n"
        "MINISTER McGILLYCUDDY: The two governments will share the cost.\n\n"
        "JOURNALIST: Will fares rise?\n\n"
        "MINISTERS Ó CEALLAIGH AND McGILLYCUDDY: Fares will stay the same.\n"
    )
    assert _said(text)["Fares will stay the same."] == "Eamon Ó Ceallaigh and Roisín McGillycuddy"


def test_a_reporter_named_in_full_who_asks_and_then_thanks_asks() -> None:
    text = (
        "Department Press Briefing\nApril 8, 2022\n\n"
        "MS PORTER: Good afternoon. We will send a delegation to the summit next week.\n\n"
        "Anna Lee: Could you please comment on the vote? And thank you.\n\n"
        "MS PORTER: We welcome the vote and will work with the new government.\n\n"
        "Tom Park: Will the Secretary travel? Thanks.\n\n"
        "MS PORTER: He will travel to the region in May.\n\n"
        "Anna Lee: And the sanctions? Thank you.\n\n"
        "MS PORTER: They stay in place.\n\n"
        "Tom Park: Who leads the delegation? Thank you so much.\n\n"
        "MS PORTER: The Deputy Secretary.\n"
    )
    b = briefcli.brief(text)
    assert all(s.question for s in b.sentences if s.speaker in {"Anna Lee", "Tom Park"})
    assert not any(q.speaker in {"Anna Lee", "Tom Park"} for q in b.quotes)


@pytest.mark.parametrize("label", ["SKY NEWS", "REUTERS", "ABC RADIO", "NINE NEWS", "AFP"])
def test_an_outlets_label_is_a_reporters(label: str) -> None:
    assert asks_by_role(label)


@pytest.mark.parametrize(
    "label", ["DEREK LOH, CNA", "JOHN HERALD", "NEWS MINISTER", "SECRETARY BLINKEN", "TREASURER"]
)
def test_a_named_reporter_or_an_official_is_no_outlet(label: str) -> None:
    from briefcli.text.turn import role_label

    assert role_label(label) is None  # a reporter named is read as a name, not a role


def test_a_programme_director_runs_the_briefing() -> None:
    text = (
        "Presidency media briefing by the Presidential Spokesperson\n25 September 2028\n\n"
        "Programme Director: Good morning, members of the media. Spokesperson, over to you.\n\n"
        "Spokesperson: The President will visit three provinces next week.\n\n"
        "Programme Director: We go to the floor.\n\n"
        "Journalist: Will he meet the premiers?\n\n"
        "Spokesperson: He will meet all three.\n"
    )
    b = briefcli.brief(text)
    assert all(s.question for s in b.sentences if s.speaker == "Programme Director")
    assert not any(q.speaker == "Programme Director" for q in b.quotes)


def test_an_interviewer_who_opens_by_introducing_the_guest_asks() -> None:
    text = (
        "Interview: the Minister for Transport on Breakfast\n3 March 2029\n\n"
        "Recorded 7:40am\n\n"
        "[00:00:03] Hemi Walker: Commuters have waited two years for the new line. "
        "Minister Lucy Tangaroa-Ellis is with me. Good morning.\n"
        "[00:00:09] Lucy Tangaroa-Ellis: Kia ora, Hemi.\n"
        "[00:00:11] Hemi Walker: Two years. The first tunnel is still closed, and fares went up "
        "in January.\n"
        "[00:00:18] Lucy Tangaroa-Ellis: The tunnel reopens in May. Fares are frozen until then.\n"
        "[00:00:25] Hemi Walker: Minister, thank you.\n"
    )
    b = briefcli.brief(text)
    said = _said(text)
    assert {s.speaker for s in b.sentences if not s.question} == {"Lucy Tangaroa-Ellis"}
    assert said["The tunnel reopens in May."] == "Lucy Tangaroa-Ellis"
    assert not any(q.speaker == "Hemi Walker" for q in b.quotes)


def test_a_prime_minister_who_is_joined_by_a_minister_still_answers() -> None:
    text = (
        "Press conference\n3 March 2029\n\n"
        "PRIME MINISTER: Thank you. I'm joined by the Treasurer, Jim Hollis. The budget will "
        "be delivered on the 12th of May.\n\n"
        "TREASURER: Thanks, PM. It will be a responsible budget.\n\n"
        "JOURNALIST: Will there be tax cuts?\n\n"
        "PRIME MINISTER: We will deliver the tax cuts we promised.\n"
    )
    b = briefcli.brief(text)
    said = {s.text: s.question for s in b.sentences}
    assert said["The budget will be delivered on the 12th of May."] is False
    assert said["We will deliver the tax cuts we promised."] is False


def test_the_members_a_hearing_lists_ask_and_the_witness_answers() -> None:
    text = (
        "Hearing on Rail Safety Oversight\nMarch 8, 2029\n\n"
        "Subcommittee on Railroads, Committee on Transportation\n"
        "Members present: Chairman Whitcombe, Ranking Member Osei-Bonsu, Mr. Lindgren\n"
        "Witness: Ms. Harriet Quintero-Blake, Administrator, Federal Railroad Administration\n\n"
        "Mr. WHITCOMBE. The subcommittee will come to order. Today we examine track inspections. "
        "Ms. Quintero-Blake, you are recognized for five minutes.\n\n"
        "Ms. QUINTERO-BLAKE. Thank you, Chairman Whitcombe. Inspectors found 412 defects this "
        "year, and we will hire 60 more inspectors by June.\n\n"
        "Mr. OSEI-BONSU. Thank you, Mr. Chairman. Derailments rose this year. We need answers.\n\n"
        "Mr. LINDGREN. Ms. Quintero-Blake, how many lines were inspected twice?\n\n"
        "Ms. QUINTERO-BLAKE. Nineteen, Congressman.\n\n"
        "Mr. WHITCOMBE. Thank you. The hearing is adjourned.\n"
    )
    b = briefcli.brief(text)
    officials = {s.speaker for s in b.sentences if not s.question}
    assert officials == {"Harriet Quintero-Blake"}
    assert {q.speaker for q in b.quotes} <= {"Harriet Quintero-Blake"}


@pytest.mark.parametrize(
    ("label", "readable"),
    [
        ("UN SPOKESPERSON", "UN Spokesperson"),
        ("FEMA ADMINISTRATOR", "FEMA Administrator"),
        ("MC", "MC"),
        ("DHS SECRETARY", "DHS Secretary"),
        ("MR MCKENZIE", "Mr McKenzie"),
        ("LT. CDR. MAC AODHA", "Lt. Cdr. Mac Aodha"),
        ("MS PSAKI", "Ms Psaki"),
        ("MR ICE", "Mr Ice"),
    ],
)
def test_acronyms_in_labels_stay_in_capitals(label: str, readable: str) -> None:
    assert readable_label(label) == readable


def test_a_label_whose_words_a_header_entry_holds_is_that_entrys_person() -> None:
    text = (
        "Press Conference: Melanesian Spearhead Group Leaders Summit\n14 March 2029\n\n"
        "Port Vila, Vanuatu\n"
        "Present: Group Chair, Hon. Kalsakau Tari Moli; Director General, Dr. Elsie Naupa\n\n"
        "MC: Welcome. The Group Chair will speak first, then we will take questions.\n\n"
        "GROUP CHAIR: Leaders have agreed to a joint fisheries patrol from next year.\n\n"
        "JOURNALIST: Who will pay for the patrol boats?\n\n"
        "DIRECTOR GENERAL: The costs will be shared by all five members.\n"
    )
    said = _said(text)
    assert said["Leaders have agreed to a joint fisheries patrol from next year."] == (
        "Kalsakau Tari Moli"
    )
    assert said["The costs will be shared by all five members."] == "Elsie Naupa"


def test_a_surname_label_under_a_two_word_title_keeps_the_title() -> None:
    text = (
        "Joint press conference\n5 April 2029\n\n"
        "MODERATOR: We will now begin. Prime Minister Tachibana-Ueno will speak first.\n\n"
        "PRIME MINISTER TACHIBANA-UENO (as interpreted): Today we agreed to open a dialogue "
        "on energy.\n\n"
        "JOURNALIST: Will the dialogue meet this year?\n\n"
        "PRIME MINISTER TACHIBANA-UENO (as interpreted): It will meet in June.\n"
    )
    assert _said(text)["It will meet in June."] == "Prime Minister Tachibana-Ueno"


def test_questions_and_answers_no_one_is_said_to_give_are_a_release() -> None:
    text = (
        "Parking permit changes: what you asked us\n02/04/2029\n\n"
        "Council News | Transport\n\n"
        "From 1 May, resident permits will be digital. Here are the questions residents asked "
        "most at our drop-in sessions.\n\n"
        "Q: I don't have a smartphone. Can I still get a permit?\n"
        "A: Yes, call our contact centre and we will register your number plate.\n\n"
        "Q: Will visitor permits cost more?\n"
        "A: No, prices stay the same until April next year.\n\n"
        'Councillor Amara Fitzgerald-Obi said: "Nobody will be left without a permit."\n'
    )
    b = briefcli.brief(text)
    assert b.kind == "article"
    assert [q.speaker for q in b.quotes] == ["Amara Fitzgerald-Obi"]


def test_an_interview_printed_as_q_and_a_is_a_transcript() -> None:
    text = (
        "Interview with the Minister for Transport, Dana Whitlock\n02/04/2029\n\n"
        "Q: Minister, when will the permits go digital?\n"
        "A: From the first of May, for every resident.\n\n"
        "Q: Will visitor permits cost more?\n"
        "A: No, prices stay the same until April next year.\n"
    )
    assert briefcli.brief(text).kind == "transcript"


def test_numbered_officials_are_called_what_the_ground_rules_say() -> None:
    text = (
        "Technical briefing on the new rail freight rules\nApril 9, 2029\n\n"
        "Transport Canada, Ottawa\n"
        'Not for attribution. Officials may be quoted as "senior government officials".\n\n'
        "Moderator: Good afternoon. We have two officials with us.\n\n"
        "Official 1: Thank you. The rules apply to every shipper from July.\n\n"
        "Official 2: And the fees are unchanged until next year.\n\n"
        "Journalist: Will the fees rise after that?\n\n"
        "Official 1: That will be decided in the fall.\n"
    )
    said = _said(text)
    assert said["The rules apply to every shipper from July."] == "Senior Government Official"
    assert said["And the fees are unchanged until next year."] == "Senior Government Official"


def test_numbered_officials_stay_numbered_without_ground_rules() -> None:
    text = (
        "Background briefing on the summit\nApril 9, 2029\n\n"
        "MODERATOR: Thanks, everyone.\n\n"
        "SENIOR OFFICIAL ONE: The leaders will sign the accord on Friday.\n\n"
        "QUESTION: Who else will attend?\n\n"
        "SENIOR OFFICIAL TWO: Ministers of six countries.\n"
    )
    said = _said(text)
    assert said["The leaders will sign the accord on Friday."] == "Senior Official One"


def test_a_question_in_full_width_marks_is_a_question() -> None:
    text = (
        "Doorstop interview\n6 April 2029\n\n"
        "MINISTER: The new plant opens to the public in June.\n\n"
        "CNA: Minister, when will tours begin?\n\n"
        "MINISTER: In July.\n\n"
        "Lianhe Zaobao: 部长，请问门票多少钱？\n\n"
        "MINISTER: Tours will be free.\n\n"
        "CNA: Will schools get priority?\n\n"
        "MINISTER: Yes, from September.\n"
    )
    asked = {s.text for s in briefcli.brief(text).sentences if s.question}
    assert "部长，请问门票多少钱？" in asked


def test_reporters_named_in_full_who_ask_in_some_turns_only_are_reporters() -> None:
    turns = []
    for k in range(3):
        turns += [
            f"Hana Mori: Thanks, Ned. Just on Ethiopia, a follow-up from yesterday, part {k}.",
            f"MR PRICE: We continue to call for a ceasefire, and we will say more, part {k}.",
            f"Hana Mori: Okay. And is the embassy staying open, part {k}?",
            f"MR PRICE: The embassy remains open for now, part {k}.",
            f"Diego Alvarez: Are there new sanctions coming, part {k}?",
            f"MR PRICE: We do not preview sanctions, part {k}.",
            f"Diego Alvarez: Fair enough, part {k}.",
            f"MR PRICE: Thank you, Diego, part {k}.",
        ]
    text = "Department Press Briefing\nMay 4, 2029\n\n" + "\n\n".join(turns) + "\n"
    b = briefcli.brief(text)
    asked = {s.text for s in b.sentences if s.question}
    assert "Just on Ethiopia, a follow-up from yesterday, part 0." in asked
    assert "Fair enough, part 2." in asked
    assert not any(q.speaker in {"Hana Mori", "Diego Alvarez"} for q in b.quotes)


def test_dashed_labels_with_a_stop_and_a_titled_label_speaking_once() -> None:
    text = (
        "Briefing on the stabilization strategy\nApril 1, 2029\n\n"
        "MR. JENKINS – Thank you all for joining. I'll hand it over to Joe in a moment.\n\n"
        "MR. JENKINS – First, the strategy covers four countries over ten years.\n\n"
        "MR MCALLISTER – Thank you, Rob. Our office leads the counternarcotics work.\n\n"
        "QUESTION – Which four countries?\n\n"
        "MR. JENKINS – Haiti, Libya, Mozambique and Papua New Guinea.\n\n"
        "QUESTION – And the budget?\n\n"
        "MR. JENKINS – Two hundred million dollars a year.\n"
    )
    said = _said(text)
    assert said["Haiti, Libya, Mozambique and Papua New Guinea."] == "Rob Jenkins"
    assert said["Our office leads the counternarcotics work."] == "Mr McAllister"


def test_headings_of_a_short_exchange_are_labels() -> None:
    text = (
        "Remarks to the Press En Route\nFebruary 8, 2029\n\n"
        "### Secretary Lindqvist\n\nVery good. This is the last leg of the trip.\n\n"
        "### Question\n\nYes.\n\n"
        "### Secretary Lindqvist\n\nAll right. We will meet the Quad ministers on Friday.\n"
    )
    b = briefcli.brief(text)
    said = {s.text: (s.speaker, s.question) for s in b.sentences}
    assert said["We will meet the Quad ministers on Friday."] == ("Secretary Lindqvist", False)
    assert said["Yes."][1] is True


def test_a_heading_label_whose_speech_was_a_stage_note_opens_no_turn() -> None:
    turns = []
    for k in range(3):
        turns += [
            f"### Journalist\n\nWill the base stay open, part {k}?",
            f"### Prime Minister\n\nThe base will stay open, part {k}.",
        ]
    turns += ["### Journalist\n\n[Inaudible]", "### Prime Minister\n\nYou asked about the threat."]
    text = "Doorstop\n15 May 2029\n\n" + "\n\n".join(turns) + "\n"
    said = {s.text: (s.speaker, s.question) for s in briefcli.brief(text).sentences}
    assert said["You asked about the threat."] == ("Prime Minister", False)


def test_a_reporter_named_once_with_a_long_question_and_thanks_asks() -> None:
    context = " ".join(f"Point {k} of the background is worth recalling." for k in range(12))
    answer = " ".join(f"Part {k} of the answer is what we agreed." for k in range(20))
    text = (
        "Press availability\nJuly 9, 2029\n\n"
        "SECRETARY HALVORSEN: Good afternoon. The ministers agreed on food security today. "
        "And with that, happy to take some questions.\n\n"
        "MR PRICE: Our first question goes to Rina Sato.\n\n"
        f"Rina Sato: Thank you, Secretary. {context} What did the State Councilor say about "
        "the war? Thank you.\n\n"
        f"SECRETARY HALVORSEN: We discussed it candidly. {answer}\n\n"
        "MR PRICE: Final question, Tomás Reyes.\n\n"
        f"Tomás Reyes: Mr. Secretary, {context} Where do you place Indonesia?\n\n"
        "Thank you, Your Excellency.\n\n"
        f"SECRETARY HALVORSEN: Indonesia is a vital partner. {answer}\n"
    )
    b = briefcli.brief(text)
    asked = {s.text for s in b.sentences if s.question}
    assert "What did the State Councilor say about the war?" in asked
    assert "Where do you place Indonesia?" in asked
    assert not any(q.speaker in {"Rina Sato", "Tomás Reyes"} for q in b.quotes)


def test_a_header_name_with_the_family_name_first_in_capitals() -> None:
    text = (
        "Press Conference by Press Secretary MORIKAWA Aiko\nFriday, March 9, 2029\n"
        "Ministry of Foreign Affairs\n"
        "Speaker: MORIKAWA Aiko, Press Secretary and Director-General for Press and Public "
        "Diplomacy\n\n"
        "Press Secretary: Good afternoon. The Minister will visit Manila next week.\n\n"
        "Reporter (NHK): Will he meet the President?\n\n"
        "Press Secretary: A meeting is being arranged.\n"
    )
    assert _said(text)["A meeting is being arranged."] == "MORIKAWA Aiko"


def test_people_a_header_lists_by_commas_each_name_their_label() -> None:
    text = (
        "Government press conference of 12 March 2029\nMonday, 12 March 2029\n"
        "Speakers: Deputy Government Spokesperson Lena Vogt-Amari, Dr Jonas Reuter-Sahin "
        "(Federal Ministry of Finance), Ingrid Solheim (Federal Foreign Office)\n\n"
        "Chair: Good morning. Ms Vogt-Amari begins.\n\n"
        "Deputy Government Spokesperson Vogt-Amari: The cabinet meets on Wednesday.\n\n"
        "Question (Kessler): Will the budget be amended?\n\n"
        "Reuter-Sahin (Federal Ministry of Finance): No. The budget is fully financed.\n\n"
        "Question (Kessler): And the ambassador?\n\n"
        "Solheim (Federal Foreign Office): The ambassador remains in post.\n\n"
        "Question (Brenner): Ms Vogt-Amari, when does the Chancellor travel?\n\n"
        "Deputy Government Spokesperson Vogt-Amari: On Friday, to Hamburg.\n\n"
        "Question (Brenner): And will the tax estimate change the plans?\n\n"
        "Reuter-Sahin (Federal Ministry of Finance): We will assess it when it is available.\n\n"
        "Question (Kessler): Has the ambassador been summoned?\n\n"
        "Solheim (Federal Foreign Office): Not at this time.\n"
    )
    said = _said(text)
    assert said["The cabinet meets on Wednesday."] == "Lena Vogt-Amari"
    assert said["The budget is fully financed."] == "Jonas Reuter-Sahin"
    assert said["The ambassador remains in post."] == "Ingrid Solheim"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Taoiseach Ciarán Mac Giolla Phádraig, arriving at the summit",
            "Ciarán Mac Giolla Phádraig",
        ),
        (
            "Participants: President Valeria Ibarrola Santillán; others",
            "Valeria Ibarrola Santillán",
        ),
        ("Minority Whip Gail Hartmann said", "Gail Hartmann"),
        ("Cochise Valley County Supervisor Ray Dunbar said", "Ray Dunbar"),
        ("Secretary of Defense Lloyd Austin said", "Lloyd Austin"),
    ],
)
def test_a_surname_of_several_words_after_a_title_stays_whole(text: str, name: str) -> None:
    assert [n.name for n in find_names(text)] == [name]


def test_a_press_secretary_who_introduces_a_general_and_calls_on_him_answers() -> None:
    text = (
        "Pentagon Press Secretary and Director for Operations Hold a Press Briefing\n"
        "Mar. 19, 2029\n\n"
        "STAFF: Ladies and gentlemen, the press secretary.\n\n"
        "PRESS SECRETARY DANA ROWE: Good afternoon. I'm joined today by Lieutenant General "
        "Sam Idowu, who will give an update on the operation, and then we'll take your "
        "questions. General?\n\n"
        "LT. GEN. SAM IDOWU: Thanks, Dana. Two ships remain offshore.\n\n"
        "MS. ROWE: We'll go to questions. Lita.\n\n"
        "Q: General, will there be more flights?\n\n"
        "GEN. IDOWU: We have the capacity for more flights.\n"
    )
    b = briefcli.brief(text)
    said = {s.text: (s.speaker, s.question) for s in b.sentences}
    assert said["Good afternoon."][1] is False
    assert said["Ladies and gentlemen, the press secretary."][1] is True


def test_labels_with_a_bracketed_note_before_the_colon_are_labels() -> None:
    text = (
        "Press conference of the Minister of Energy\n21.03.2029\n"
        "[Interpreted from Ukrainian]\n\n"
        "MODERATOR [Interpreted]: Good afternoon. Madam Minister, please.\n\n"
        "KOVALENKO-BILA [Interpreted]: Thank you. Power was restored to 90% of consumers.\n\n"
        "JOURNALIST (Ukrainska Pravda) [Interpreted]: How long will the outages last?\n\n"
        "KOVALENKO-BILA: No longer than four hours.\n\n"
        "MODERATOR [Interpreted]: Thank you.\n"
    )
    b = briefcli.brief(text)
    asked = {s.text for s in b.sentences if s.question}
    assert "How long will the outages last?" in asked
    assert {q.speaker for q in b.quotes} <= {"Kovalenko-Bila"}


def test_we_in_a_briefing_with_no_sign_of_the_us_government_is_not_its() -> None:
    text = (
        "Government press conference of 5 March 2029\nMonday, 5 March 2029\n"
        "Federal Press Conference, Berlin\n\n"
        "CHAIR: Good morning. Ms Brandt begins.\n\n"
        "DEPUTY SPOKESPERSON BRANDT: Thank you. We will present the draft heat planning law "
        "to the cabinet on Wednesday.\n\n"
        "QUESTION: When will the Bundestag vote?\n\n"
        "DEPUTY SPOKESPERSON BRANDT: Before the summer recess.\n"
    )
    b = briefcli.brief(text)
    assert b.actions
    assert all(a.actor != "U.S. administration" for a in b.actions)


def test_witnesses_a_committee_hansard_lists_surname_first_are_named() -> None:
    text = (
        "Standing Committee on Transport: Inquiry into rail freight\n"
        "Wednesday, 4 April 2029\n"
        "Members in attendance: Ms Okoro, Mr Lindsay, Ms Baptiste (Chair)\n\n"
        "HALLORAN-FITZ, Ms Bridget, Chief Executive Officer, Freight Rail Council\n"
        "QUARTEY, Dr Kofi, Executive Director, Rail Safety Office\n\n"
        "CHAIR: I declare open this hearing. Would either of you like to make a statement?\n\n"
        "Ms Halloran-Fitz: Thank you, Chair. Freight volumes fell by a fifth this year.\n\n"
        "CHAIR: Thank you. Dr Quartey?\n\n"
        "Dr Quartey: The new signalling will be finished by December.\n\n"
        "Mr LINDSAY: Dr Quartey, how many level crossings remain unprotected?\n\n"
        "Dr Quartey: Forty-one, and we will protect twelve of them this year.\n\n"
        "Ms Halloran-Fitz: Our members support that programme.\n"
    )
    said = _said(text)
    assert said["Freight volumes fell by a fifth this year."] == "Bridget Halloran-Fitz"
    assert said["The new signalling will be finished by December."] == "Kofi Quartey"


def test_the_chair_of_a_press_conference_where_reporters_ask_by_label_runs_it() -> None:
    turns = [
        "Chair: Good morning, ladies and gentlemen. Welcome to the government press "
        "conference. Ms Vogt begins with the schedule.",
        "Deputy Government Spokesperson Vogt: The cabinet meets on Wednesday. On Thursday the "
        "Chancellor receives the Prime Minister of Portugal for talks on the European budget, "
        "and on Friday she travels to Hamburg to open the maritime conference.",
        "Question (Kessler): Will the budget be amended?",
        "Deputy Government Spokesperson Vogt: No. The budget is fully financed.",
        "Chair: Thank you. Further questions? Mr Brenner.",
        "Question (Brenner): When does the Chancellor travel?",
        "Deputy Government Spokesperson Vogt: On Friday, to Hamburg.",
        "Chair: Then thank you very much, and see you on Wednesday.",
    ]
    text = "Government press conference\n12 March 2029\n\n" + "\n\n".join(turns) + "\n"
    b = briefcli.brief(text)
    assert "Chair" not in {q.speaker for q in b.quotes}
    said = {s.text: s.question for s in b.sentences}
    assert said["Welcome to the government press conference."] is True


def test_a_media_release_that_prints_a_q_and_a_with_the_minister_is_a_release() -> None:
    text = (
        "Minister answers parents' questions on the new bus passes\n6 April 2029\n"
        "Media release\nThe Hon. Rosa Whitcombe-Ngata MP, Minister for Transport\n\n"
        "The Minister for Transport took part in a live Q&A with readers of the Courier.\n\n"
        "Q: Will the passes cover weekends?\n"
        "A: Yes, every day of the week.\n\n"
        "Q: Who is paying for this?\n"
        "A: The program is fully funded in the budget.\n\n"
        '"Parents asked the questions that matter," Ms Whitcombe-Ngata said.\n'
    )
    assert briefcli.brief(text).kind == "article"


def test_an_abbreviated_office_in_a_label_finds_its_header_entry() -> None:
    text = (
        "Ministerial briefing on the Youth Games\n26 July 2029\n\n"
        "Minister for Sport, Aileen Drummond MSP; Games Chief Executive, Oluwaseun Bankole-Hart\n\n"
        "MINISTER - Good morning. The Games open in eight days.\n\n"
        "GAMES CEO - Every ticket is digital and named.\n\n"
        "REPORTER - Will bags be searched?\n\n"
        "MINISTER - Yes, at every venue.\n\n"
        "REPORTER - And the fan zones?\n\n"
        "GAMES CEO - The fan zones have their own checks.\n"
    )
    assert _said(text)["Every ticket is digital and named."] == "Oluwaseun Bankole-Hart"


def test_live_caption_marks_before_labels_are_no_part_of_them() -> None:
    text = (
        "Health department media briefing\nMonday, June 11, 2029\n\n"
        ">> MODERATOR: GOOD AFTERNOON. WE WILL HEAR FROM THE DIRECTOR.\n"
        ">> DIRECTOR PAIGE WENDT: THANK YOU. ADMISSIONS ROSE BY 40 PERCENT.\n"
        ">> QUESTION: ARE YOU CONSIDERING MASK REQUIREMENTS?\n"
        ">> DIRECTOR WENDT: THAT IS A DECISION FOR EACH HOSPITAL.\n"
        ">> QUESTION: IS THERE ENOUGH VACCINE?\n"
        ">> DIRECTOR WENDT: YES, THERE IS.\n"
    )
    b = briefcli.brief(text)
    assert b.kind == "transcript"
    asked = {s.text for s in b.sentences if s.question}
    assert "ARE YOU CONSIDERING MASK REQUIREMENTS?" in asked


def test_numbered_paragraphs_and_italic_labels_open_turns() -> None:
    numbered = (
        "Committee: Record of Proceedings\n12/06/2029\n\n"
        "[1] Catrin Rees MS: Welcome. I welcome Dr Tregarthen.\n"
        "[2] Owain ap Rhys MS: How many patients have waited two years?\n"
        "[3] Dr Ieuan Tregarthen: At the end of May the figure was 4,120.\n"
        "[4] Owain ap Rhys MS: When will it be zero?\n"
        "[5] Dr Ieuan Tregarthen: Our plan says March 2030.\n"
    )
    said = {s.text: s.speaker for s in briefcli.brief(numbered).sentences}
    assert said["Our plan says March 2030."] == "Ieuan Tregarthen"
    italic = (
        "Interview: the Minister of Water\n22 June 2029\n\n"
        "*The Jordan Times:* Minister, when will the water reach Amman?\n\n"
        "*Minister Qaqish:* The plant will be commissioned in 2031.\n\n"
        "*The Jordan Times:* What happens this summer?\n\n"
        "*Minister Qaqish:* We will add two wells.\n"
    )
    b = briefcli.brief(italic)
    assert b.kind == "transcript"
    assert {s.text for s in b.sentences if s.question} == {
        "Minister, when will the water reach Amman?",
        "What happens this summer?",
    }


def test_labels_and_names_in_turkish_capitals() -> None:
    text = (
        "Press Conference by Foreign Ministry Spokesperson Ambassador Ayşe Yıldırım-Çelik\n"
        "6 June 2029, Ankara\n\n"
        "SPOKESPERSON AYŞE YILDIRIM-ÇELİK: Good afternoon. The Minister will visit Baku.\n\n"
        "JOURNALIST: Will he meet the President?\n\n"
        "SPOKESPERSON: A meeting is planned.\n"
    )
    b = briefcli.brief(text)
    assert (
        b.title
        == "Press Conference by Foreign Ministry Spokesperson Ambassador Ayşe Yıldırım-Çelik"
    )
    assert b.date == "2029-06-06"
    said = {s.text: s.speaker for s in b.sentences}
    assert said["The Minister will visit Baku."] == "Ayşe Yıldırım-Çelik"


@pytest.mark.parametrize(
    ("line", "date"),
    [("2029.06.21", "2029-06-21"), ("No: 142, 8 June 2029", "2029-06-08")],
)
def test_date_lines_in_other_publishers_forms(line: str, date: str) -> None:
    b = briefcli.brief(f"Cabinet decisions press briefing\n{line}\n\nThe Cabinet met today.\n")
    assert (b.title, b.date) == ("Cabinet decisions press briefing", date)


def test_speakers_labelled_by_first_name_are_the_people_taking_part() -> None:
    text = (
        "Press conference of the Department of Civil Protection\nThursday 7 June 2029, 14:00\n"
        "Skógarhlíð, Reykjavík\n"
        "Taking part: Sólveig Þorsteinsdóttir Hjaltested, Prime Minister; Hrafnkell Ásgeirsson "
        "Blöndal, Chief of Civil Protection; Dr. Elín Guðrún Magnúsdóttir, volcanologist\n\n"
        "Birna: Good afternoon. Hrafnkell, please.\n\n"
        "Hrafnkell: Thank you. The eruption started at 03:12 last night.\n\n"
        "Elín: The fissure is about three kilometres long.\n\n"
        "Birna: Questions. RÚV.\n\n"
        "RÚV: Will Grindavík be evacuated again?\n\n"
        "Sólveig: The town was evacuated at 03:40 and everyone is safe.\n\n"
        "Hrafnkell: The lava is flowing west.\n\n"
        "Elín: We expect the eruption to continue for days.\n"
    )
    said = _said(text)
    assert said["The lava is flowing west."] == "Hrafnkell Ásgeirsson Blöndal"
    assert said["We expect the eruption to continue for days."] == "Elín Guðrún Magnúsdóttir"
    assert not any("Taking part" in s for s in said)


def test_a_role_in_sentence_case_and_a_language_note_make_labels() -> None:
    text = (
        "Ministry of Health press briefing on the heatwave\n28.06.2029\n\n"
        "Ministry spokesperson: Good morning. The Director General will brief you.\n\n"
        "Director General: Temperatures will reach 44 degrees in the Jordan Valley.\n\n"
        "Dr. Abu-Rish [in Arabic, interpreted]: Check on elderly neighbours twice a day.\n\n"
        "Ministry spokesperson: Questions.\n\n"
        "Reporter (Kan 11): Are hospitals ready?\n\n"
        "Director General: Every hospital has opened extra beds.\n\n"
        "Reporter (Haaretz): And the cooling centres?\n\n"
        "Dr. Abu-Rish: Forty centres are open.\n"
    )
    b = briefcli.brief(text)
    said = {s.text: (s.speaker, s.question) for s in b.sentences}
    assert said["Questions."][0] != "Director General"
    assert said["Check on elderly neighbours twice a day."][0] is not None
    assert "Ministry spokesperson: Questions." not in said


def test_a_title_label_is_the_person_an_earlier_label_gave_that_title() -> None:
    text = (
        "Press Conference by the Foreign Ministry Spokesperson\n6 June 2029, Ankara\n\n"
        "SPOKESPERSON AYŞE KORKMAZ-ÇELİK: Good afternoon. The Minister will visit Baku.\n\n"
        "JOURNALIST: Will he meet the President?\n\n"
        "SPOKESPERSON: A meeting is planned for Tuesday.\n\n"
        "JOURNALIST: And the pipeline?\n\n"
        "SPOKESPERSON: It will be discussed.\n"
    )
    assert _said(text)["A meeting is planned for Tuesday."] == "Ayşe Korkmaz-Çelik"


def test_initials_run_together_are_the_given_names() -> None:
    text = "State Minister of Finance W.M.P.B. Senanayake addressed the briefing."
    assert [(n.name, n.title) for n in find_names(text)] == [
        ("W.M.P.B. Senanayake", "State Minister of Finance")
    ]
    assert [n.name for n in find_names("Secretary of Defense Lloyd J. Austin said")] == [
        "Lloyd J. Austin"
    ]


def test_a_readout_quoting_a_post_with_q_and_a_lines_is_a_readout() -> None:
    text = (
        "Readout: Health Minister's meeting with the Mayor of Wellington\n5 June 2029\n\n"
        "The Minister of Health met the Mayor of Wellington today.\n\n"
        "Following the meeting, the Minister posted on social media:\n\n"
        '"Good meeting this morning. Two questions I keep getting:\n'
        "Q: Is the new hospital still happening?\n"
        "A: Yes. Building starts in March.\n"
        "Q: Where?\n"
        'A: On the Newtown site."\n\n'
        "The Mayor said the council welcomed the timetable.\n"
    )
    assert briefcli.brief(text).kind == "article"


def test_committee_members_a_record_lists_ask_where_witnesses_are_listed() -> None:
    text = (
        "Health Committee: Record of Proceedings\n12/06/2029\n"
        "Committee members in attendance: Carys Penrhyn MS (Committee Chair), Owain ap Rhys MS\n"
        "Witnesses: Dr Ieuan Tregarthen, Chief Executive, Health Board\n\n"
        "[1] Carys Penrhyn MS: Welcome to this session. We'll go straight to questions.\n"
        "[2] Owain ap Rhys MS: How many patients have waited two years?\n"
        "[3] Dr Ieuan Tregarthen: At the end of May the figure was 4,120.\n"
        "[4] Owain ap Rhys MS: That is far too many.\n"
        "[5] Dr Ieuan Tregarthen: It is, and we will halve it by March.\n"
        "[6] Carys Penrhyn MS: The committee will write to the board.\n"
    )
    b = briefcli.brief(text)
    assert {q.speaker for q in b.quotes} <= {"Ieuan Tregarthen"}
    assert all(a.actor != "Carys Penrhyn" for a in b.actions)


def test_the_role_a_header_gives_its_moderator_is_a_host_label() -> None:
    text = (
        "Ministry of Health press briefing on the heatwave\n28.06.2029\nJerusalem\n"
        "Participants: Prof. Noa Ben-Ezra, Director General. Moderator: Tamar Levin, Ministry "
        "spokesperson.\n\n"
        "Ministry spokesperson: Good morning. The Director General will brief you, and then we "
        "will take questions.\n\n"
        "Director General: Temperatures will reach 44 degrees until Sunday.\n\n"
        "Ministry spokesperson: Questions. Kan 11.\n\n"
        "Reporter (Kan 11): Have there been deaths?\n\n"
        "Director General: Two deaths are being examined.\n\n"
        "Ministry spokesperson: Thank you all.\n"
    )
    b = briefcli.brief(text)
    assert all(q.speaker == "Noa Ben-Ezra" for q in b.quotes)


@pytest.mark.parametrize(
    ("asking", "answering"),
    [
        ("PREGUNTA:", "RESPUESTA:"),
        ("JOURNALISTE :", "RÉPONSE :"),
        ("FRAGE:", "ANTWORT:"),
        ("WARTAWAN:", "JAWABAN:"),
        ("JORNALISTA:", "RESPOSTA:"),
    ],
)
def test_a_transcript_in_translation_keeps_its_labels_in_the_source_language(
    asking: str, answering: str
) -> None:
    text = (
        "Press conference of the Minister of Finance\n3 July 2029\n\n"
        "MINISTER ALVES: Good afternoon. The budget will be sent to parliament on Friday.\n\n"
        f"{asking} Minister, will taxes rise next year?\n\n"
        "MINISTER ALVES: No. Taxes will not rise.\n\n"
        f"{asking} And the deficit?\n\n"
        "MINISTER ALVES: The deficit falls to two per cent.\n"
    )
    b = briefcli.brief(text)
    assert b.kind == "transcript"
    _reporters_kept_out(b)
    assert {s.text for s in b.sentences if s.question} == {
        "Minister, will taxes rise next year?",
        "And the deficit?",
    }
    assert asks_by_role(asking.rstrip(" :")) and not asks_by_role(answering.rstrip(" :"))


def test_a_short_exchange_with_bare_labels_in_capitals() -> None:
    said = _said(
        "Secretary Blinken's remarks to the press en route\n8 February 2022\n\n"
        "SECRETARY BLINKEN\nVery good. This is the final leg of a long trip.\n\n"
        "QUESTION\nYes.\n\n"
        "SECRETARY BLINKEN\nAll right. We will meet our partners in Melbourne tomorrow.\n"
    )
    assert "Blinken" in str(said["This is the final leg of a long trip."])
    assert "Blinken" not in str(said["Yes."])


@pytest.mark.parametrize(
    "label",
    [
        "LT GENERAL ROSS KEMP - CHIEF OF ARMY\n",
        "Lt General Ross Kemp - Chief of Army: ",
        "LT GENERAL ROSS KEMP - CHIEF OF ARMY. ",
    ],
)
def test_a_once_speaking_label_with_a_dash_between_name_and_office(label: str) -> None:
    colon = label.endswith(": ")
    period = label.endswith(". ")

    def turn(who: str) -> str:
        upper = who.upper()
        return f"{who}: " if colon else f"{upper}. " if period else f"{upper}\n"

    text = (
        "Doorstop with the Prime Minister and the Chief of Army\n14 March 2018\n\n"
        f"{label}Welcome to the barracks. Please welcome the Prime Minister.\n\n"
        f"{turn('Prime Minister')}Thank you. The new vehicles will be built here.\n\n"
        f"{turn('Journalist')}When will the first vehicle be delivered?\n\n"
        f"{turn('Prime Minister')}Next year. It is a great day for the Army.\n\n"
        f"{turn('Journalist')}How many jobs?\n\n"
        f"{turn('Prime Minister')}Four hundred jobs.\n"
    )
    said = _said(text)
    assert said["Welcome to the barracks."] not in (None, "Prime Minister")
    assert "Kemp" in str(said["Welcome to the barracks."])


def test_labels_closed_by_two_spaces_with_letters_beyond_ascii() -> None:
    b = briefcli.brief(
        "Press conference on the revised budget\n9 July 2029\n\n"
        "STATSMINISTER BERGE  Thank you. The government will spend more on hospitals.\n\n"
        "SPØRSMÅL  Erlend, NRK. Will the hospital in Hammerfest be built?\n\n"
        "STATSMINISTER BERGE  Yes. Construction starts next year.\n\n"
        "SPØRSMÅL  Linnea, Aftenposten. Will the support be extended?\n\n"
        "STATSMINISTER BERGE  We will decide that in October.\n"
    )
    assert b.kind == "transcript"
    _reporters_kept_out(b)
    assert "Will the support be extended?" in {s.text for s in b.sentences if s.question}


def test_bold_names_alone_with_reporters_asking_once_each() -> None:
    b = briefcli.brief(
        "Weekly press briefing by the spokesperson\n12 July 2029\n\n"
        "**Spokesperson Kaan Demir**\nGood morning. The minister will visit Doha next week.\n\n"
        "**Gazeteci (Anadolu Ajansı)**\nAmbassador, will agreements be signed in Doha?\n\n"
        "**Spokesperson Kaan Demir**\nEight agreements are being prepared.\n\n"
        "**Soru (Reuters)**\nCan you confirm talks on Sudan?\n\n"
        "**Spokesperson Kaan Demir**\nI have nothing to announce today.\n"
    )
    assert b.kind == "transcript"
    _reporters_kept_out(b)
    said = {s.text: s.speaker for s in b.sentences}
    assert said["Eight agreements are being prepared."] == "Kaan Demir"


@pytest.mark.parametrize(
    ("header", "label", "person"),
    [
        (
            "Afya House, Nairobi. Swahili and English, as spoken.\n"
            "Cabinet Secretary for Health Dr. Wanjiru Kamau; Director General for Health "
            "Dr. Salim Mwinyi.",
            "WAZIRI",
            "Wanjiru Kamau",
        ),
        (
            "Afya House, Nairobi. Swahili and English, as spoken.\n"
            "Cabinet Secretary for Health Dr. Wanjiru Kamau; Director General for Health "
            "Dr. Salim Mwinyi.",
            "MKURUGENZI MKUU",
            "Salim Mwinyi",
        ),
        (
            "Unofficial translation. The Minister Delegate in charge of Relations with "
            "Parliament, Government Spokesman, Mr. Younes Bennani, held the weekly briefing.",
            "LE PORTE-PAROLE DU GOUVERNEMENT",
            "Younes Bennani",
        ),
        (
            "Copenhagen, in English translation.\nStatsminister Mette Holm",
            "STATSMINISTEREN",
            "Mette Holm",
        ),
        (
            "Lisbon. Unofficial English translation.\nMinister of the Presidency Joana Mendes; "
            "Minister of Infrastructure Rui Pedro Matos.",
            "MINISTRO DAS INFRAESTRUTURAS",
            "Rui Pedro Matos",
        ),
    ],
)
def test_an_officials_label_in_another_language_is_the_person_the_header_titles_so(
    header: str, label: str, person: str
) -> None:
    said = _said(
        f"Press conference after the cabinet meeting\n20 July 2029\n{header}\n\n"
        f"{label}: Good afternoon. We will vaccinate six million children.\n\n"
        "JOURNALIST: When does the campaign start?\n\n"
        f"{label}: On Monday, in every county.\n\n"
        "JOURNALIST: And the cost?\n\n"
        f"{label}: Forty million, paid by the government.\n"
    )
    assert said["On Monday, in every county."] == person


def test_an_officials_title_in_another_language_before_a_surname() -> None:
    said = _said(
        "Pressefoyer nach dem Ministerrat\nFreitag, 3. August 2029\n"
        "Federal Chancellor Johannes Leitgeb; Federal Minister of Finance Dr. Veronika "
        "Aigner-Schuster\n\n"
        "Bundeskanzler: Good morning. The Council of Ministers adopted the budget.\n\n"
        "Bundesministerin Aigner-Schuster: The deficit will fall to two per cent.\n\n"
        "Frage: Will taxes rise?\n\n"
        "Bundesministerin Aigner-Schuster: No, taxes will not rise.\n\n"
        "Bundeskanzler: Thank you.\n"
    )
    assert said["The deficit will fall to two per cent."] == "Veronika Aigner-Schuster"
    assert said["The Council of Ministers adopted the budget."] == "Johannes Leitgeb"


@pytest.mark.parametrize(
    ("kind_line", "qa"),
    [
        (
            "FPS Economy, SMEs, Self-employed and Energy — Press release",
            "VRAAG: Kan ik de cheque aanvragen als ik huurder ben?\n"
            "ANTWOORD: Ja, met het akkoord van de eigenaar.\n\n"
            "QUESTION : Puis-je cumuler le chèque avec la prime régionale ?\n"
            "RÉPONSE : Oui. Le chèque fédéral s'ajoute aux primes régionales.",
        ),
        (
            "Comunicado de prensa — Ministerio de Salud",
            "PREGUNTA: Do I need an appointment?\nRESPUESTA: No. Vaccination is walk-in.\n\n"
            "PREGUNTA: Can I get both vaccines on the same day?\nRESPUESTA: Yes, in different arms.",
        ),
        (
            "Santiago, Ministerio de Salud",
            "Preguntas frecuentes / Frequently asked questions\n\n"
            "PREGUNTA: Do I need an appointment?\nRESPUESTA: No. Vaccination is walk-in.\n\n"
            "PREGUNTA: Can I get both vaccines on the same day?\nRESPUESTA: Yes, in different arms.",
        ),
    ],
)
def test_a_release_in_another_language_quoting_questions_and_answers_is_a_release(
    kind_line: str, qa: str
) -> None:
    b = briefcli.brief(
        f"The ministry extends the vaccination campaign\n26 July 2029\n{kind_line}\n\n"
        "The Ministry of Health extended the influenza vaccination campaign until 31 July.\n\n"
        f"{qa}\n\nThe campaign will end on 31 July.\n"
    )
    assert b.kind == "article"


def test_an_official_who_runs_the_briefing_and_answers_is_no_host() -> None:
    b = briefcli.brief(
        "Press Briefing of Palace Press Officer Usec. Ana Dimaano\nJuly 4, 2029\n"
        "With Assistant Secretary Rommel Catindig\n\n"
        "USEC. DIMAANO\tGood noon. We have with us today Assistant Secretary Rommel Catindig "
        "of the Department of Agriculture. Asec, the floor is yours.\n\n"
        "ASEC. CATINDIG\tSalamat, Usec. The rice tariff stays at 15 percent until December. "
        "We will sell rice at 29 pesos in 120 stores.\n\n"
        "TANONG\tAsec, will the government buy the farmers' palay?\n\n"
        "ASEC. CATINDIG\tYes. The NFA will buy palay at 23 pesos a kilo.\n\n"
        "TANONG\tFollow-up lang po. Is 9 billion enough?\n\n"
        "ASEC. CATINDIG\tFor the wet season, yes.\n\n"
        "USEC. DIMAANO\tNext question. Si Kris ng GMA.\n\n"
        "KRIS REYES (GMA)\tUsec, on another topic. Who is in the President's delegation?\n\n"
        "USEC. DIMAANO\tThe Secretaries of Foreign Affairs, Trade and Agriculture. We will "
        "release the full list on Monday.\n"
    )
    _reporters_kept_out(b)
    said = {s.text: (s.speaker, s.question) for s in b.sentences}
    assert said["We will release the full list on Monday."] == ("Ana Dimaano", False)
    assert said["Who is in the President's delegation?"][1]


def test_captioned_numbered_speakers_named_by_the_key_under_the_title() -> None:
    b = briefcli.brief(
        "Government Spokesperson briefing on the railway\n16 July 2029\n"
        "Dodoma. Auto-generated captions, corrected. Speaker 1 is the Government Chief "
        "Spokesperson, Mr. Gerson Msuya; Speaker 2 is the Director General of the Railways "
        "Corporation, Eng. Halima Kombo.\n\n"
        "[00:00:02] SPEAKER 1\nGood morning. Today we give an update on the railway.\n\n"
        "[00:01:15] SPEAKER 2\nThank you. Track laying starts in September.\n\n"
        "[00:02:40] SPEAKER 3\nMwananchi. Director, why the delay?\n\n"
        "[00:02:58] SPEAKER 2\nThe rains. The line will open in 2030.\n\n"
        "[00:03:30] SPEAKER 4\nThe Citizen. How much has the government paid so far?\n\n"
        "[00:03:41] SPEAKER 1\nSeven hundred billion shillings.\n\n"
        "[00:04:05] SPEAKER 3\nAnd the passengers from Burundi?\n\n"
        "[00:04:12] SPEAKER 2\nThey will use the line from 2031.\n"
    )
    assert b.kind == "transcript"
    _reporters_kept_out(b)
    said = {s.text: s.speaker for s in b.sentences}
    assert said["The line will open in 2030."] == "Halima Kombo"
    assert said["Seven hundred billion shillings."] == "Gerson Msuya"


def test_labels_in_a_script_without_case_with_a_full_width_colon() -> None:
    b = briefcli.brief(
        "Press Conference by the Chief Cabinet Secretary (Monday afternoon)\n"
        "Monday, September 3, 2029 (PM)\n"
        "Provisional translation; speaker labels as in the Japanese record.\n"
        "Chief Cabinet Secretary: KAMISHIRO Tetsuya (神代 哲也)\n\n"
        "官房長官：Good afternoon. The Government will designate the rain a disaster.\n\n"
        "記者：Nikkei. When will the designation be made?\n\n"
        "官房長官：We will make it swiftly once the damage is confirmed.\n\n"
        "記者：And the evacuation centres?\n\n"
        "官房長官：Air conditioners will be installed this week.\n"
    )
    assert b.title == "Press Conference by the Chief Cabinet Secretary (Monday afternoon)"
    assert b.date == "2029-09-03"
    _reporters_kept_out(b)
    said = {s.text: s.speaker for s in b.sentences}
    assert said["Air conditioners will be installed this week."] == "KAMISHIRO Tetsuya"


def test_questions_labelled_with_their_outlets_answered_by_answer_labels() -> None:
    b = briefcli.brief(
        "Briefing by the Spokesperson of the Ministry of Foreign Affairs\n20 September 2029\n\n"
        "Questions and answers\n\n"
        "Question (Ukrinform): Will the Minister meet his Brazilian counterpart?\n\n"
        "Answer: Yes, on Tuesday in New York.\n\n"
        "Question (Suspilne): And the grain corridor?\n\n"
        "Answer: It works. Ships leave Odesa every day.\n\n"
        "Question (RBC-Ukraine): Any news on the consulates?\n\n"
        "Answer: Eleven more will renew passports from 1 October.\n"
    )
    assert b.kind == "transcript"
    _reporters_kept_out(b)


def test_a_hearings_statement_heading_names_the_witness_and_is_no_ones_speech() -> None:
    b = briefcli.brief(
        "OVERSIGHT OF AIR TRAFFIC CONTROLLER STAFFING\nWEDNESDAY, SEPTEMBER 12, 2029\n"
        "The subcommittee met at 10:02 a.m., Hon. Dana Whitcomb, Chair, presiding.\n\n"
        "Senator WHITCOMB. Good morning. The subcommittee will come to order.\n\n"
        "STATEMENT OF HON. TERRENCE OKONJO-REYES, DEPUTY ADMINISTRATOR, FEDERAL AVIATION "
        "ADMINISTRATION\n\n"
        "Mr. OKONJO-REYES. Thank you for the invitation. The FAA hired 1,850 trainees.\n\n"
        "Senator WHITCOMB. How many will qualify this year?\n\n"
        "Mr. OKONJO-REYES. About 900 will qualify by December.\n\n"
        "Senator WHITCOMB. Thank you.\n"
    )
    assert b.title == "OVERSIGHT OF AIR TRAFFIC CONTROLLER STAFFING"
    said = {s.text: s.speaker for s in b.sentences}
    assert said["About 900 will qualify by December."] == "Terrence Okonjo-Reyes"
    assert not any(s.startswith("STATEMENT OF") and said[s] for s in said)


def test_a_press_secretary_who_opens_and_closes_a_prime_ministers_conference_is_a_host() -> None:
    b = briefcli.brief(
        "Prime Minister's weekly press conference\nMonday 24 September 2029\n"
        "Government Building, Apia.\n\n"
        "PRESS SECRETARY: Good morning. Welcome to the weekly press conference. The Prime "
        "Minister will start with the measles campaign and then take questions.\n\n"
        "PRIME MINISTER: Thank you. Four cases of measles were confirmed last week.\n\n"
        "SAMOA OBSERVER: Prime Minister, how many children are not vaccinated?\n\n"
        "PRIME MINISTER: About 11,000. We have enough doses for everyone.\n\n"
        "RADIO 2AP: Some village councils will not let the nurses in. What will you do?\n\n"
        "PRIME MINISTER: I will meet the village mayors on Wednesday.\n\n"
        "PRESS SECRETARY: Thank you all. The next press conference is next Monday.\n"
    )
    _reporters_kept_out(b)
    said = {s.text: s.question for s in b.sentences}
    assert said["The next press conference is next Monday."]
    assert said["What will you do?"]
    assert not said["I will meet the village mayors on Wednesday."]
