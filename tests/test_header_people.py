"""Who a transcript's header names and how: sentences, offices joined by "and", acronyms,
the chair who presides, the event told in the third person (issue 12). Invented texts."""

from __future__ import annotations

import briefcli
from briefcli.people.labels import listed_people, listed_person
from briefcli.people.names import find_names
from briefcli.text.askers import listed_chairs


def test_a_header_line_of_two_sentences_lists_a_person_in_each() -> None:
    header = (
        "The briefing was addressed by the Minister of Water, Hon. Dr. Ruth Oyelaran-Kamara, "
        "and the Director General of the National Water Agency, Dr. Samuel K. Tetteh Sr. "
        "It was moderated by Mr. Kofi Mensah-Addo, Director of Communications."
    )
    listed = listed_people(header)
    assert [p.name for p, _ in listed] == [
        "Ruth Oyelaran-Kamara",
        "Samuel K. Tetteh",
        "Kofi Mensah-Addo",
    ]
    # an agency's acronym with its country's letter: NWAG, the National Water Agency (of G…)
    found = listed_person("DG NWAG", listed)
    assert found is not None and found.name == "Samuel K. Tetteh"


def test_two_offices_joined_by_and_are_one_persons() -> None:
    header = (
        "Government Spokesman and Minister of Information Dr. R.M.K. Dissanayake and "
        "State Minister of Trade P.L. Gunaratne addressed the weekly briefing."
    )
    listed = listed_people(header)
    found = listed_person("Government Spokesman", listed)
    assert found is not None and found.name == "R.M.K. Dissanayake"


def test_a_title_with_a_middle_initial_after_an_honorific() -> None:
    names = [n.name for n in find_names("Dr. Amara J. Whitfield-Osei Jr. told reporters.")]
    assert names == ["Amara J. Whitfield-Osei"]


def test_a_vice_governor_is_not_the_governor() -> None:
    text = """Press conference after the monetary policy meeting
3 March 2031

Central Bank, Ljubljana
Governor Matej Kranjc and Vice-Governor Lenka Zupančič

Moderator: Good afternoon. The Governor will present the decision.

Governor: Thank you. The Council kept the rate at 3 percent. Inflation is close to target.

Question: Ana Novak, Delo. Was a cut discussed?

Governor: It was discussed. Most members did not support it.

Vice-Governor: Our forecast sees growth of 1.8 percent next year.
"""
    brief = briefcli.brief(text)
    governor = {s.speaker for s in brief.sentences if "rate at 3 percent" in s.text}
    assert governor == {"Matej Kranjc"}


def test_the_event_told_in_the_third_person_is_no_ones_opening_statement() -> None:
    text = """Ministry of Water press briefing on the cholera outbreak
Thursday, June 8, 2028

Ministry Conference Room, Accra
The briefing was addressed by the Minister of Water, Hon. Dr. Ruth Oyelaran-Kamara, and the \
Director General of the National Water Agency, Dr. Samuel K. Tetteh. It was moderated by \
Mr. Kofi Mensah-Addo, Director of Communications.

Mr. Mensah-Addo: Good afternoon, ladies and gentlemen of the press. I call on the Minister.

Hon. Minister: Thank you. Since 2 May, 41 cases of cholera have been confirmed in the region. \
I have declared an emergency for 30 days.

DG NWA: Thank you, Honorable Minister. Our teams have traced 312 contacts.

Mr. Mensah-Addo: We will take questions. Daily Graphic.

Question: How many treatment centres are open?

DG NWA: Six are open, and two more will open next week.
"""
    brief = briefcli.brief(text)
    header = [s for s in brief.sentences if "briefing was addressed" in s.text]
    assert all(s.speaker is None for s in header)
    assert {s.speaker for s in brief.sentences if "traced 312" in s.text} == {"Samuel K. Tetteh"}


def test_the_chair_a_hearings_header_names_presides() -> None:
    assert listed_chairs(
        [
            "The subcommittee met, pursuant to notice, at 10:02 a.m., Hon. Maria Ostrander, "
            "Chair of the subcommittee, presiding.",
            "Present: Senators Ostrander [presiding], Kelleher, and Abernethy-Reyes.",
            "[Mr Clive Barrow in the Chair]",
        ]
    ) == {"OSTRANDER", "BARROW"}


HEARING = """OVERSIGHT OF RURAL BROADBAND GRANTS
TUESDAY, MARCH 4, 2031
The subcommittee met, pursuant to notice, at 10:00 a.m., Hon. Maria Ostrander, Chair of the \
subcommittee, presiding.
Present: Senators Ostrander [presiding] and Kelleher.

Senator OSTRANDER. The subcommittee will come to order. Ms. Pradhan-Lowe, you are recognized \
for five minutes.

Ms. PRADHAN-LOWE. Thank you, Madam Chair. The program has connected 210,000 homes. We will \
finish the remaining 40 projects by June.

Senator KELLEHER. Ms. Pradhan-Lowe, why are 40 projects late?

Ms. PRADHAN-LOWE. The contractors could not get fibre cable last year. That has been fixed.

Senator KELLEHER. No further questions.

Senator OSTRANDER. The record will stay open for two weeks. The hearing is adjourned.
"""


def test_a_presiding_chairs_procedure_and_a_pass_are_no_ones_statement() -> None:
    brief = briefcli.brief(HEARING)
    procedure = [
        s
        for s in brief.sentences
        if any(
            phrase in s.text
            for phrase in ("come to order", "recognized", "record will stay", "adjourned")
        )
        or s.text.startswith("No further questions")
    ]
    assert len(procedure) == 5 and all(s.question for s in procedure)
    quoted = " ".join(q.text for q in brief.quotes)
    assert "come to order" not in quoted and "adjourned" not in quoted
    assert any("210,000 homes" in q.text for q in brief.quotes)


def test_a_name_line_over_its_role_line_is_one_entry() -> None:
    listed = listed_people("Hon Aroha Tane-Whitmore\nPrime Minister")
    found = listed_person("PM", listed)
    assert found is not None and found.name == "Aroha Tane-Whitmore"


def test_a_french_labels_articles_are_no_words_to_find() -> None:
    listed = listed_people(
        "Intervention de M. Julien Marchetti-Roy, Président de la République. Conférence de "
        "presse animée par Mme Élodie Fontaine-Sarr, porte-parole de l'Élysée."
    )
    president = listed_person("LE PRÉSIDENT DE LA RÉPUBLIQUE", listed)
    spokesperson = listed_person("LA PORTE-PAROLE", listed)
    assert president is not None and "Julien Marchetti-Roy" in president.name
    assert spokesperson is not None and spokesperson.name == "Élodie Fontaine-Sarr"


def test_a_reporters_label_with_the_reporters_name_asks() -> None:
    from briefcli.text.turn import asks_by_role

    assert asks_by_role("QUESTION JUNG") and asks_by_role("QUESTION DR. RINKE")
    assert not asks_by_role("PRESS SECRETARY") and not asks_by_role("MODERATOR KIM")


def test_a_release_kind_before_a_colon_is_the_title_not_a_label() -> None:
    text = """PRESS STATEMENT: President Directs Faster Payments to Maize Farmers
Nairobi, Thursday, 15th November 2029
STATE HOUSE, NAIROBI

His Excellency the President today chaired a meeting at State House on the irrigation project.

The President directed the Treasury to pay the farmers within 14 days.
"""
    brief = briefcli.brief(text)
    assert brief.title == "PRESS STATEMENT: President Directs Faster Payments to Maize Farmers"
    assert brief.kind == "article"


def test_a_published_on_line_is_the_date_line() -> None:
    text = """Entrevista coletiva da ministra da Saúde no Palácio do Planalto
Publicado em 14/11/2029 18h20

Ministra Helena Couto: Boa tarde. A vacinação começa na segunda-feira em todo o país.

Jornalista: Quantas doses foram compradas?

Ministra Helena Couto: Foram compradas nove milhões de doses.
"""
    brief = briefcli.brief(text)
    assert brief.title == "Entrevista coletiva da ministra da Saúde no Palácio do Planalto"
    assert brief.date == "2029-11-14"


def test_a_title_names_the_minister_after_the_portfolio_and_an_honorific() -> None:
    text = """Transcript of Minister for Foreign Affairs Dr Tan Wei Ming's Doorstop Interview
21 Nov 2029

Question: Minister, what was discussed at the retreat today?

Minister: We discussed the situation in the region and the economic outlook.

Question: Are you worried about the new tariffs?

Minister: We are watching them closely, and we will talk to our partners.
"""
    brief = briefcli.brief(text)
    assert {s.speaker for s in brief.sentences if not s.question} == {"Tan Wei Ming"}


def test_an_opening_statement_is_not_the_words_of_the_guest_it_hands_over_to() -> None:
    text = """Daily Press Briefing by the Office of the Spokesperson
13 September 2029

The following is a near-verbatim transcript of today's noon briefing by Piotr Nowak-Ellis, \
Deputy Spokesperson.

Good afternoon. I'll start with a guest. In a short while I will be joined by Marta Ruiz-Holm, \
the Humanitarian Coordinator for the Sahel, who will brief you by video from Niamey on the \
floods and the response. Before that, the Secretary-General will travel to Nairobi on Sunday \
to open the special session of the Environment Assembly, and he will meet the President.

Ms. Ruiz-Holm, over to you.

Ms. Ruiz-Holm: Thank you, Piotr. The floods have displaced 410,000 people. The response plan \
is funded at just 23 per cent. We have had to cut food rations in half in 14 camps. The rains \
will continue for weeks.

Deputy Spokesperson: Thank you. Questions for Ms. Ruiz-Holm?

Question: Have you reached the areas held by armed groups?

Ms. Ruiz-Holm: We reach about half of the people in need, through local partners.

Deputy Spokesperson: Thank you, Marta. That is all for today.
"""
    brief = briefcli.brief(text)
    opening = {s.speaker for s in brief.sentences if "Nairobi on Sunday" in s.text}
    assert opening == {"Piotr Nowak-Ellis"}


def test_a_line_of_offices_and_their_holders_is_the_header() -> None:
    text = """Prime Minister's weekly press conference on the dengue campaign
Monday 24 September 2029
Government Building, Apia. Prime Minister: Afioga Fiamē Tuilagi Sefo. Press Secretary: \
Lupe Tanoa-Brown.

PRESS SECRETARY: Talofa lava and good morning. The Prime Minister will start with the campaign.

PRIME MINISTER: Talofa lava. From tomorrow the Ministry will vaccinate every child in Upolu.

JOURNALIST: Prime Minister, will schools close?

PRIME MINISTER: No. Schools will stay open, and the teams will visit every school.
"""
    brief = briefcli.brief(text)
    minister = {s.speaker for s in brief.sentences if "vaccinate every child" in s.text}
    assert minister == {"Fiamē Tuilagi Sefo"}


def test_a_listing_by_semicolons_above_the_first_turn_names_the_labels() -> None:
    text = """Rueda de prensa del Ministro de Hacienda sobre el presupuesto
Lima, 11 de julio de 2029
Transcription, translated into English by the Office of Communications.
Minister of Finance Andrés Felipe Quispe Rojas; Director of the Budget Office, Ms. Paula \
Andrea Salas Vega.

MINISTRO QUISPE — Good afternoon. The budget will rise by 4 percent next year.

DIRECTORA SALAS — The deficit will fall to 2 percent of output.

PREGUNTA — Minister, when will the bill be sent to Congress?

MINISTRO QUISPE — On Monday. Congress will vote on it in November.

PREGUNTA — Director, will there be new taxes?

DIRECTORA SALAS — No. The budget is balanced by lower spending on fuel subsidies.
"""
    brief = briefcli.brief(text)
    speakers = {s.speaker for s in brief.sentences if not s.question and s.speaker}
    assert speakers == {"Andrés Felipe Quispe Rojas", "Paula Andrea Salas Vega"}


def test_a_turn_whose_only_words_were_a_note_parts_from_the_next_turn() -> None:
    text = """Doorstop interview, Sydney
3 January 2012

Prime Minister (01:18): This is a great partnership. We are very happy to take questions.

Journalist (01:55): (Inaudible)

O'Keeffe (02:32): Well, no one who knows me doubts that I love this ground.

Journalist (03:10): Premier, will the stands be finished by the Test?

O'Keeffe (03:40): They will be finished by December.

Journalist (04:05): Prime Minister, how much will the Commonwealth give?

Prime Minister (04:20): Twenty million dollars, over two years.
"""
    brief = briefcli.brief(text)
    said = {s.speaker for s in brief.sentences if "love this ground" in s.text}
    assert said == {"O'Keeffe"}
    assert not any(s.question for s in brief.sentences if "love this ground" in s.text)
    assert not any(s.text == "Journalist:" for s in brief.sentences)
