"""Speakers named by a header's listing, labels read from other layouts (batch 4 layouts)."""

from __future__ import annotations

from pathlib import Path

import pytest

import briefcli
from briefcli.people.labels import listed_people, listed_person

HEADER = """State Operations Center, Mather
Speakers: Director Marcus Hale, Governor's Office of Emergency Services; Chief Anita Brooks, \
CAL FIRE Operations; Kevin Osei, Meteorologist in Charge, National Weather Service Sacramento; \
Lt. Sara Quinn, Public Information Officer (moderator)"""


def test_a_listing_names_each_entry() -> None:
    names = [p.name for p, _ in listed_people(HEADER)]
    assert names == ["Marcus Hale", "Anita Brooks", "Kevin Osei", "Sara Quinn"]


def test_a_label_is_the_one_entry_holding_its_words_or_acronyms() -> None:
    listed = listed_people(HEADER)
    found = {
        label: (p.name if (p := listed_person(label, listed)) else None)
        for label in ("DIRECTOR", "CAL FIRE CHIEF", "NWS METEOROLOGIST", "PIO", "SHERIFF")
    }
    assert found == {
        "DIRECTOR": "Marcus Hale",
        "CAL FIRE CHIEF": "Anita Brooks",
        "NWS METEOROLOGIST": "Kevin Osei",
        "PIO": "Sara Quinn",
        "SHERIFF": None,
    }


def test_an_upper_case_header_line_names_the_title_label() -> None:
    text = """Doorstop - Minister for Health, Westmead Hospital
Tuesday 29 June 2027

E&OE TRANSCRIPT
DOORSTOP
WESTMEAD HOSPITAL, SYDNEY
MINISTER FOR HEALTH, THE HON. CLAIRE DONNELLY MP

MINISTER: Thanks for coming. From today we are opening 120 extra winter beds.

JOURNALIST: Minister, is that enough?

MINISTER: It is a start. We will open 40 more in August.

JOURNALIST: When will the urgent care clinics open?

MINISTER: The first two open in September.
"""
    brief = briefcli.brief(text)
    assert {s.speaker for s in brief.sentences if not s.question} == {"Claire Donnelly"}


def test_a_later_label_with_the_surname_is_the_person_named_in_full() -> None:
    text = """Governor Holds Press Conference on Recovery Funds
June 15, 2027

Santa Fe, NM

GOVERNOR ELENA VARGAS: Good morning. Today the state will release $38 million to rebuild homes.

REPORTER: When will families get the money?

GOVERNOR VARGAS: Applications open on Monday. We will answer every one within 30 days.

REPORTER: Is $38 million enough?

GOVERNOR VARGAS: It is a first step.
"""
    brief = briefcli.brief(text)
    assert {s.speaker for s in brief.sentences if not s.question} == {"Elena Vargas"}


def test_labels_closed_by_a_period_and_a_dash() -> None:
    text = """Joint press conference of the President and the Prime Minister
Madrid, 15 July 2027

Speakers: Álvaro Serrano Ruiz, President of the Government of Spain; Tomás Albuquerque, \
Prime Minister of Portugal

President of the Government.- Good afternoon. We signed eleven agreements today.

Prime Minister of Portugal (interpretation).- Thank you, President. We agreed on the rail link.

Journalist (EFE).- President, how will the rail link be financed?

President of the Government.- We will apply jointly for European funding.

Journalist (RTP).- Prime Minister, is Portugal concerned about the Tagus?

Prime Minister of Portugal (interpretation).- We agreed to review the convention next year.
"""
    brief = briefcli.brief(text)
    assert brief.kind == "transcript"
    spoken = {s.speaker for s in brief.sentences if not s.question}
    assert spoken == {"Álvaro Serrano Ruiz", "Tomás Albuquerque"}
    asked = [s for s in brief.sentences if s.text.endswith("financed?")]
    assert asked and asked[0].question and not asked[0].text.startswith("Journalist")


def test_a_reporter_labelled_alone_on_a_line_with_the_outlet() -> None:
    text = """First Minister media briefing on waiting times
8 July 2027

First Minister
Good afternoon. The new theatres will open in September.

Professor Fiona Baird
Thank you, First Minister. Delayed discharge is the biggest pressure.

Journalist (BBC Scotland)
First Minister, you promised to end two-year waits. Why has that not happened?

First Minister
We have reduced them by 80 per cent.

Journalist (The Herald)
Professor Baird, is the NHS safe this winter?

Professor Fiona Baird
It will be under pressure, as every winter.

First Minister
Thank you very much, everyone.
"""
    brief = briefcli.brief(text)
    asked = [s for s in brief.sentences if "two-year waits" in s.text]
    assert asked and all(s.question for s in asked)
    assert not any(s.text.startswith("Journalist") for s in brief.sentences)
    assert not any("two-year" in q.text for q in brief.quotes)


def test_a_public_information_officer_runs_the_briefing() -> None:
    text = """Briefing on the fires
6/22/2027

PIO: Good morning. We'll hear from the Director and then take questions.

DIRECTOR: Four major fires are burning. We have pre-positioned 140 engines.

REPORTER: How many homes have burned?

DIRECTOR: At least 60 homes. Damage teams will finish their count tomorrow.

PIO: That's all the time we have. The next briefing is at 6 p.m.
"""
    brief = briefcli.brief(text)
    assert all(s.question for s in brief.sentences if s.speaker == "PIO" or "6 p.m." in s.text)
    assert not any("6 p.m." in q.text or "questions" in q.text for q in brief.quotes)


def test_period_labels_with_a_title_and_reporters_called_once() -> None:
    text = """Transcript of Chair Abernathy's Press Conference
July 28, 2027

CHAIR ABERNATHY. Good afternoon. Today the Committee decided to lower the rate by a quarter point.

DANA WHITFIELD. Nick.

NICK CALLOWAY. Thank you, Chair. Should we read today's cut as the start of a series?

CHAIR ABERNATHY. We're not on a preset course. We will look at the incoming data.

DANA WHITFIELD. Rachel.

RACHEL OYELARAN. Unemployment has risen. Are you worried that you've waited too long?

CHAIR ABERNATHY. No. Policy is well positioned.
"""
    brief = briefcli.brief(text)
    assert brief.kind == "transcript"
    asked = [s for s in brief.sentences if s.text.endswith("?")]
    assert asked and all(s.question for s in asked)
    assert not any(s.text.startswith(("NICK", "RACHEL", "CHAIR")) for s in brief.sentences)


def test_presenters_listed_in_the_header_ask_under_bold_labels() -> None:
    text = """The Briefing Room podcast, episode 41: the Chief Medical Officer
12 August 2027

Presenters: Amira Shah and Joe Lennox. Guest: Professor David Hart, Chief Medical Officer.

**Amira Shah:**
Hello and welcome to The Briefing Room. I'm Amira Shah.

**Joe Lennox:**
And I'm Joe Lennox. Our guest this week is the Chief Medical Officer. Professor, welcome.

**Professor David Hart:**
Thank you. Coastal towns have the worst health outcomes in the country.

**Amira Shah:**
Your annual report is about coastal towns. Why?

**Professor David Hart:**
Because people there live ten years less in good health than elsewhere.

**Joe Lennox:**
So what should the government do about it?

**Professor David Hart:**
It should fund health services by need, not by head count.
"""
    brief = briefcli.brief(text)
    assert brief.kind == "transcript"
    hosts = [s for s in brief.sentences if s.speaker in ("Amira Shah", "Joe Lennox")]
    assert hosts and all(s.question for s in hosts)
    assert {q.speaker for q in brief.quotes} == {"David Hart"}


def test_a_press_officer_who_sets_the_order_runs_the_session() -> None:
    text = """Sheriff's Office briefing on the bridge collapse
August 3, 2027

SGT. PARK: Good morning. We'll begin with the Sheriff. We'll take questions at the end.

SHERIFF DALTON: At 6:40 the Route 9 bridge collapsed. Divers will resume the search at dawn.

CHIEF KOWALSKI: Two engines remain on scene. The river will stay closed to boats until Friday.

SGT. PARK: We'll take questions now.

REPORTER: How many vehicles were on the bridge?

SHERIFF DALTON: We believe three.
"""
    brief = briefcli.brief(text)
    park = [s for s in brief.sentences if s.speaker and "Park" in s.speaker]
    assert park and all(s.question for s in park)
    assert not any("begin with" in a.action for a in brief.actions)


def test_header_lines_of_role_and_name_name_the_title_labels() -> None:
    text = """Pacific Islands Forum Leaders Meeting: Closing Press Conference
Friday 22 July 2027

Nuku'alofa, Kingdom of Tonga
Forum Chair: Prime Minister Sione Taumoepeau of Tonga
Secretary General: Tevita Lolohea

CHAIR: Good evening. Leaders agreed to establish a Pacific Resilience Facility.

SECRETARY GENERAL: Thank you, Chair. The Facility will begin making grants next year.

MEDIA: Chair, Kalo Fifita, Matangi Tonga. Was there agreement on deep sea mining?

CHAIR: There was a frank discussion. Leaders did not agree on a moratorium.

MEDIA: Secretary General, Rosa Vaai, ABC Pacific. Which countries have pledged money?

SECRETARY GENERAL: Australia, New Zealand and Japan have pledged so far.
"""
    brief = briefcli.brief(text)
    spoken = {s.speaker for s in brief.sentences if not s.question}
    assert spoken == {"Sione Taumoepeau", "Tevita Lolohea"}


def test_styles_and_abbreviated_titles_are_no_part_of_a_name() -> None:
    text = """Press Conference of the Chairperson of the Commission
20 July 2027

Moderator: Good morning. We welcome His Excellency Moussa Diallo Fall, Chairperson of the \
Commission, and Her Excellency Ambassador Grace Adeyemi, Commissioner for Peace and Security.

H.E. Moussa Diallo Fall: Thank you. The Council decided to deploy a stabilisation mission.

Amb. Adeyemi: The mission's mandate will be reviewed every six months.

Moderator: We will now take questions.

Journalist: When will the mission deploy?

H.E. Moussa Diallo Fall: The first units will deploy in October.
"""
    brief = briefcli.brief(text)
    spoken = {s.speaker for s in brief.sentences if not s.question}
    assert spoken == {"Moussa Diallo Fall", "Grace Adeyemi"}


def test_a_date_line_with_its_place_is_no_part_of_the_title() -> None:
    text = """Joint press conference of the two leaders
Madrid, 15 July 2027

The two leaders signed eleven agreements today. The rail link will open by 2031.
"""
    brief = briefcli.brief(text)
    assert brief.title == "Joint press conference of the two leaders"
    assert brief.date == "2027-07-15"


def test_one_principal_and_reporters_who_each_ask_once() -> None:
    text = """PM press conference: energy bills
4 March 2026

Prime Minister: Good afternoon. From April, every household will get £150 off its bill.

Beth Rigby, Sky News: Prime Minister, isn't this just a pre-election giveaway?

Prime Minister: No. It is paid for by the windfall tax on energy firms.

Chris Mason, BBC: How long will the discount last?

Prime Minister: It will last for two years, and we will review it in 2028.

ITV News: Will you rule out further tax rises?

Prime Minister: I am not going to write the budget from this podium.
"""
    brief = briefcli.brief(text)
    assert brief.kind == "transcript"
    askers = {s.speaker for s in brief.sentences if s.question}
    assert askers == {"Beth Rigby", "Chris Mason", "ITV News"}
    assert {q.speaker for q in brief.quotes} == {"Prime Minister"}


def test_a_question_labelled_with_its_outlet() -> None:
    text = """Press conference on the flood response
12 January 2027

Premier Jane Holt: The state will release $50 million for flood recovery today.

Question from the ABC: Premier, when will families receive the grants?

Premier Jane Holt: The first payments go out on Monday.

Question from Nine News: Is $50 million enough?

Premier Jane Holt: It is a first step, and we will do more.
"""
    brief = briefcli.brief(text)
    assert brief.kind == "transcript"
    assert all(s.question for s in brief.sentences if s.text.endswith("?"))
    assert {q.speaker for q in brief.quotes} == {"Jane Holt"}


def test_header_names_with_accents_hyphens_and_language_notes() -> None:
    text = """Joint press conference of Federal Chancellor Mayr and Prime Minister Novák
Vienna, 23 November 2027

Federal Chancellery
Federal Chancellor Katharina Mayr and the Prime Minister of the Czech Republic, Ondřej Novák

Moderator: Ladies and gentlemen, welcome. There will be two questions from each side.

Federal Chancellor Mayr: Thank you. We agreed on a joint fund for the rail link.

Prime Minister Novák (interpreted): Thank you, Katharina. The rail link will cut the journey.

Moderator: The first question goes to ORF.

Journalist: Chancellor, when will the works start?

Federal Chancellor Mayr: In 2029.

Journalist: Prime Minister, who pays for the Czech part?

Prime Minister Novák (interpreted): The Czech state budget, with European funds.
"""
    spoken = {s.speaker for s in briefcli.brief(text).sentences if not s.question}
    assert spoken == {"Katharina Mayr", "Ondřej Novák"}


def test_a_role_line_names_the_person_after_the_honorific() -> None:
    text = """CARICOM Heads of Government Closing Press Conference
25th November, 2027

Port of Spain, Trinidad and Tobago
Chairman of the Conference: Prime Minister of Saint Lucia, Dr. Hon. Marcus Joseph-Alleyne
Secretary-General: Dr. Beverly Okonta-Grant

MODERATOR: Good evening. The Chairman and the Secretary-General will make remarks.

CHAIRMAN: Thank you. Free movement of all nationals will take effect on 1 March.

SECRETARY-GENERAL: The Secretariat will publish the rules within 30 days.

MODERATOR: Nation News.

JOURNALIST: Chairman, why only eight member states?

CHAIRMAN: They are the ones whose laws are ready.
"""
    spoken = {s.speaker for s in briefcli.brief(text).sentences if not s.question}
    assert spoken == {"Marcus Joseph-Alleyne", "Beverly Okonta-Grant"}


def test_a_styled_surname_label_is_the_person_the_moderator_names() -> None:
    text = """Press Conference by the Minister for Foreign Affairs
14th October, 2027

1. MODERATOR: Good morning. The Minister for Foreign Affairs, Hon. Efua Mensah-Arthur, will make a \
statement.

2. HON. MENSAH-ARTHUR: Thank you. Accra will host the summit of foreign ministers next month.

3. MODERATOR: We now take questions.

4. JOURNALIST: Minister, how many delegations have confirmed?

5. HON. MENSAH-ARTHUR: Fourteen delegations have confirmed.
"""
    spoken = {s.speaker for s in briefcli.brief(text).sentences if not s.question}
    assert spoken == {"Efua Mensah-Arthur"}


def test_labels_closed_by_a_dash_with_upper_case_header_lines() -> None:
    text = """Press Conference – Premier Ashby, Police Commissioner Varga – Bondi Junction
Wednesday, 10 November 2027

PREMIER OF NEW SOUTH WALES, THE HON. DANIEL ASHBY MP
NSW POLICE COMMISSIONER, KATALIN VARGA APM

Premier Ashby – Thanks for coming. The government will introduce laws next week.

Commissioner Varga – Police will use the new powers in shopping centres.

Journalist – Premier, when will the laws pass?

Premier Ashby – We want them passed before Christmas.

Journalist – Commissioner, how many officers will carry wands?

Commissioner Varga – Every officer on patrol in the area.
"""
    brief = briefcli.brief(text)
    assert brief.kind == "transcript"
    spoken = {s.speaker for s in brief.sentences if not s.question}
    assert spoken == {"Daniel Ashby", "Katalin Varga"}
    assert not any(s.text.startswith("Journalist") for s in brief.sentences)


def test_a_time_stamp_line_above_a_label_alone_on_its_line() -> None:
    text = """Mayor Delacroix Briefing on the Lakefront Flooding
Oct 19, 2027

[00:00:04]
Mayor Celeste Delacroix:
Good morning. Lake Shore Drive is closed in both directions and will stay closed today.

[00:01:22]
Commissioner Adaeze Obi:
Crews will pump the underpasses through the night.

[00:02:10]
Reporter:
Mayor, the seawall was rebuilt six years ago. Why did it fail?

[00:02:31]
Mayor Celeste Delacroix:
The waves were higher than anything it was built for.

[00:03:02]
Reporter:
Commissioner, when will the drive reopen?

[00:03:15]
Commissioner Adaeze Obi:
We expect to reopen the northbound lanes on Friday.
"""
    brief = briefcli.brief(text)
    assert brief.kind == "transcript"
    spoken = {s.speaker for s in brief.sentences if not s.question}
    assert spoken == {"Celeste Delacroix", "Adaeze Obi"}
    assert not any("00:0" in s.text for s in brief.sentences)


def test_answer_labels_are_the_official_answering() -> None:
    # Questions and answers labelled by role, the answerer named only in the header; and a
    # governor who opens as "Governor:" (one word, once) and then answers as "Answer:".
    interview = """Interview with the Minister for Roads
12 March 2026

Minister for Roads Jane Kowalski MP

QUESTION: Minister, when will the bridge open?

ANSWER: The bridge will open in June. We are on budget.

QUESTION: What about the tolls?

ANSWER: There will be no tolls on the bridge.
"""
    brief = briefcli.brief(interview)
    assert brief.kind == "transcript"
    assert {s.speaker for s in brief.sentences if not s.question} == {"Jane Kowalski"}
    bank = """Press conference after the Bank Board meeting
21 October 2027

Governor Tomas Vrabec and Vice-Governor Lenka Horejsi

Moderator: Good afternoon. The Governor will present the decision.

Governor: Thank you. The Bank Board today decided to leave the repo rate at 3.75%.

Question: Jana Markova, Hospodarske noviny. Governor, was a cut discussed at all?

Answer: It was discussed. The majority did not see a cut as the most likely path.

Question: Petr Kubicek, Reuters. Will the bank sell more of its reserves?

Answer: No. Reserves are at a level we consider appropriate.

Vice-Governor: Our new forecast sees growth of 1.9% next year.

Question: Martin Dvorak, CTK. What is the main risk to that forecast?

Vice-Governor: Energy prices. A cold winter in Europe would raise them quickly.

Moderator: Thank you. The minutes will be published on 29 October.
"""
    brief = briefcli.brief(bank)
    spoken = {s.speaker for s in brief.sentences if not s.question}
    assert spoken == {"Tomas Vrabec", "Lenka Horejsi"}
    assert not any(s.text.startswith(("Governor:", "Answer:")) for s in brief.sentences)


def test_an_interview_in_print_is_read_with_its_answerer_named_in_the_header() -> None:
    # "Question:" / "Answer:" in mixed case, the answerer named in the sentence above the
    # first question, among others: an exchange, not a FAQ. A byline names the writer.
    interview = """Interview with the Minister of Industry on the port expansion
January 11, 2028

By Andre Whyte, Information Service
Minister of Industry, Senator the Hon. Marcia Thwaites-Bell, spoke to our reporter at her office.

Question: Minister, why has construction only started now?

Answer: Because we had to get the dredging permits right. The assessment took eleven months.

Question: How many jobs will the expansion create?

Answer: About 1,400 during construction and 600 permanent jobs.

Question: And the fishermen?

Answer: They will keep their landing site. We have signed that with their cooperative.
"""
    brief = briefcli.brief(interview)
    assert brief.kind == "transcript"
    answered = {s.speaker for s in brief.sentences if not s.question and s.speaker is not None}
    assert answered == {"Marcia Thwaites-Bell"}
    assert all(s.question for s in brief.sentences if "Minister, why" in s.text)
    # Numbered pairs ("Q1:", "A1:"), the one named with an office answering.
    numbered = """Interview with the Governor of the Central Bank
16.03.2028

Business Daily, Colombo
Dr. Nimal Wickramaratne, Governor of the Central Bank, answers our editor, Shalini Prasad.

Q1: The economy grew by 4.8 percent last year. Is this recovery sustainable?

A1: It is, provided we keep the reforms.

Q2: When will the policy rates come down?

A2: We reduced rates twice last year. We will not rush.

Q3: Is the rupee too strong?

A3: The rupee is where the market puts it.
"""
    brief = briefcli.brief(numbered)
    assert brief.kind == "transcript"
    answered = {s.speaker for s in brief.sentences if not s.question and s.speaker is not None}
    assert answered == {"Nimal Wickramaratne"}
    assert all(s.question for s in brief.sentences if "4.8 percent" in s.text)



_FRESH = Path(__file__).parent / "data" / "publishers"


@pytest.mark.parametrize(
    ("name", "officials"),
    [
        # a title label as the one the next speaker thanks by that title ("Thank you,
        # Attorney General."), and letters after names in labels
        (
            "2028-03-02-press-conference-of-the-attorney-general-on-the-firearms-amendment-bill",
            {"Celestine Bowen-Clarke", "Everton Gittens"},
        ),
        # India's "Hon'ble" and "Shri", an office listed under "Present:"
        (
            "2028-03-28-press-conference-of-the-chief-minister-on-the-flood-situation",
            {"Debojit Hazarika", "Anupama Baruah", "Rituraj Saikia"},
        ),
        # Nigeria's "Alhaji" and "Engr." before the names the moderator gives
        (
            "2028-03-21-state-house-briefing-after-the-federal-executive-council-meeting",
            {"Sani Bello-Kaura", "Babatunde Adeyinka-Coker"},
        ),
        # a police rank abbreviated ("DI Hohaia"); a media adviser who runs the stand-up
        (
            "2028-02-10-police-media-stand-up-on-the-otara-homicide-investigation",
            {"Rawiri Hohaia"},
        ),
        # "Question:" / "Answer:", the answerer named in the header sentence
        (
            "2028-01-11-interview-with-the-minister-of-industry-on-the-kingston-port-expansion",
            {"Marcia Thwaites-Bell"},
        ),
    ],
)
def test_officials_of_other_governments_are_named_in_full(name: str, officials: set[str]) -> None:
    brief = briefcli.brief((_FRESH / f"fresh-{name}.txt").read_text(encoding="utf-8"))
    assert brief.kind == "transcript"
    spoken = {s.speaker for s in brief.sentences if not s.question and s.speaker is not None}
    assert spoken == officials


def test_an_examination_the_witness_answers_and_counsel_asks() -> None:
    # "Q." and "A." lines one to a line under a witness sworn in: the witness answers, as
    # "A." and as "THE WITNESS"; counsel "Examined by" asks.
    name = "fresh-2028-02-22-flood-defences-inquiry-transcript-of-hearing-day-14.txt"
    brief = briefcli.brief((_FRESH / name).read_text(encoding="utf-8"))
    assert {s.speaker for s in brief.sentences if not s.question} == {"Daniel Achebe"}
    assert any(s.text == "They are." and s.speaker == "Daniel Achebe" for s in brief.sentences)
    assert not any(s.text.startswith("A. ") for s in brief.sentences)
    assert all(s.question for s in brief.sentences if s.text.startswith("Did you tell"))


def test_an_interview_with_bold_questions_and_no_labels() -> None:
    text = """Ten minutes with the Governor of the Reserve Bank
18/01/2028

Reserve Bank Governor Ratu Josefa Nailatikau talked to our editor, Shalini Prasad, about prices.

**Food prices have gone up by nine percent in a year. Is the Bank doing enough?**

Most of that increase is imported. Monetary policy cannot make a ship cheaper.

**Will you raise the policy rate?**

Not at our next meeting. We will keep the rate at 0.25 percent.

**Some exporters want a weaker dollar.**

A weaker dollar would raise the price of everything we import.

**What about mobile money?**

The new rules take effect in March. Every provider will need a licence.
"""
    brief = briefcli.brief(text)
    assert brief.kind == "transcript"
    answered = {s.speaker for s in brief.sentences if not s.question and s.speaker is not None}
    assert answered == {"Josefa Nailatikau"}
    assert all(s.question for s in brief.sentences if "exporters" in s.text or "mobile" in s.text)
    # An explainer's bold questions name no one who answers: an article.
    explainer = text.replace(
        "Reserve Bank Governor Ratu Josefa Nailatikau talked to our editor, Shalini Prasad, "
        "about prices.",
        "Prices are up. Here is what you need to know.",
    ).replace("Ten minutes with the Governor of the Reserve Bank", "Your money: prices")
    assert briefcli.brief(explainer).kind == "article"


def test_an_interviewer_the_title_names_is_known_by_initials() -> None:
    text = """Rachel Obi interviews the Foreign Minister on the Gulf of Guinea
6 April 2028

RO: Welcome to the programme. Minister, thank you for making time.

FM: Thank you, Rachel. It's a pleasure.

RO: Piracy fell sharply after 2021. Why is it rising again?

FM: Because the navies cannot patrol forever on their own budgets.

RO: Some shipping companies say they already pay enough.

FM: They pay for insurance, not for patrols. We will propose a shared fund in June.
"""
    brief = briefcli.brief(text)
    assert all(s.question for s in brief.sentences if s.speaker == "Rachel Obi")
    assert {s.speaker for s in brief.sentences if not s.question} == {"Foreign Minister"}
