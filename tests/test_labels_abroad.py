"""Transcripts whose labels no table knows (issue 12, batch 15): labels in another language
or script, read from the turns' alternation, and named by the people the header lists in
the order they first speak. Invented texts in the manner of foreign ministries' records."""

from __future__ import annotations

import briefcli
from briefcli.people.header_order import untitled_label
from briefcli.text.turn import named_speakers

_POLISH = """Press conference after the Council of Ministers
03.12.2029
Chancellery of the Prime Minister, Warsaw
Government Spokesperson: Marek Nowacki-Wolny
Minister of Health: Ewa Brzozowska-Kral
Transcript in translation; the labels are those of the Polish record.

Rzecznik rządu: Good afternoon. The Council of Ministers adopted the hospital bill today.

Minister zdrowia: Thank you. The bill will open forty new wards by the end of next year.

Dziennikarz (TVN24): Minister, where will the first wards open?

Minister zdrowia: In the eastern regions, where the waiting lists are longest.

Dziennikarka (Polsat): Will the bill pass the Sejm before Christmas?

Rzecznik rządu: We expect a vote next week. Thank you all.
"""

_THAI = """Government House press briefing
17 December 2029
Briefers: Government Spokesperson Ms. Ratana Boonmee; Transport Minister Mr. Somchai Wattana
Speaker labels follow the Thai record.

รองโฆษกรัฐบาล: Good afternoon. The Cabinet approved a plan to repair the flooded roads. It
also approved 2 billion baht for farmers whose fields were flooded, paid from January.

รัฐมนตรีช่วยว่าการกระทรวงคมนาคม: Thank you. Repairs on the main highways will start on Monday.

ผู้สื่อข่าว: Deputy Minister, how long will the repairs take?

รัฐมนตรีช่วยว่าการกระทรวงคมนาคม: About three months for the main roads.

ผู้สื่อข่าว: Will the Prime Minister visit the flooded provinces?

รองโฆษกรัฐบาล: Yes, the Prime Minister will visit Ubon Ratchathani on Friday and meet
the farmers there.
"""

_FAQ = """Bin collection changes: what you asked us
2 March 2029

Q: Can I get a bigger bin?
A: Households of five or more can apply for a larger bin.

Q: What about garden waste?
A: Garden waste is collected every other week.

Q: When do the changes start?
A: The changes start on 1 April.
"""


def test_labels_of_another_language_are_read_from_their_alternation() -> None:
    speakers = named_speakers(_POLISH)
    assert {"Rzecznik rządu", "Minister zdrowia", "Dziennikarz (TVN24)"} <= speakers
    assert "Government Spokesperson" not in speakers  # a header line, no turn
    assert {"รองโฆษกรัฐบาล", "ผู้สื่อข่าว"} <= named_speakers(_THAI)


def test_a_faq_s_questions_and_answers_are_no_turns() -> None:
    assert briefcli.brief(_FAQ).kind != "transcript"


def test_the_header_names_foreign_labels_in_the_order_they_speak() -> None:
    for text, names in (
        (_POLISH, {"Marek Nowacki-Wolny", "Ewa Brzozowska-Kral"}),
        (_THAI, {"Ratana Boonmee", "Somchai Wattana"}),
    ):
        brief = briefcli.brief(text)
        assert brief.kind == "transcript"
        officials = {s.speaker for s in brief.sentences if s.speaker and not s.question}
        assert officials == names, officials
        asked = [s for s in brief.sentences if "?" in s.text]
        assert asked and all(s.question for s in asked)


def test_a_title_no_table_reads_is_told_from_a_name() -> None:
    assert untitled_label("Rzecznik rządu")
    assert untitled_label("প্রেস সচিব")
    assert untitled_label("Prim Ministru")
    assert not untitled_label("Lynne Neagle AM")
    assert not untitled_label("FOREIGN MINISTER")


def test_a_role_with_its_article_is_the_role() -> None:
    from briefcli.text.turn import asks_by_role

    assert asks_by_role("THE MODERATOR") and asks_by_role("The Moderator")
    assert not asks_by_role("THE PRESIDENT")


def test_a_foreign_office_with_the_name_after_a_comma_is_that_person() -> None:
    text = """Conferința de presă a purtătorului de cuvânt al Guvernului
Luni, 10 decembrie 2029

Purtătorul de cuvânt al Guvernului, Ioana Petrescu-Dima: Good afternoon. The Government adopted
an ordinance that caps the price of electricity for households.

Jurnalist: How much will this cost the budget?

Ministrul Energiei, Radu Vlădescu-Ionel: About 2 billion lei over the winter.

Jurnalistă (Digi24): Was the Commission consulted?

Purtătorul de cuvânt al Guvernului, Ioana Petrescu-Dima: Yes, the Commission was informed last
week.

Jurnalist (Agerpres): Will the cap apply to small businesses?

Ministrul Energiei, Radu Vlădescu-Ionel: Not this winter; we will look at it in the spring.
"""
    brief = briefcli.brief(text)
    assert brief.date == "2029-12-10"
    assert brief.title == "Conferința de presă a purtătorului de cuvânt al Guvernului"
    officials = {s.speaker for s in brief.sentences if not s.question}
    assert officials == {"Ioana Petrescu-Dima", "Radu Vlădescu-Ionel"}


def test_a_date_line_with_a_time_in_capitals_is_no_part_of_the_title() -> None:
    from briefcli.text.structure import _date_line

    assert _date_line("December 14, 2029 10:00 AM EET")
    assert not _date_line("Monday 10:00 AM")


_MONCLOA = """Rueda de prensa posterior al Consejo de Ministros
Martes, 8 de enero de 2030
Intervinientes: Lucía Ortega-Salas Moya, ministra Portavoz; Andrés Beltrán Pardo, ministro

Sra. Ortega-Salas.- Buenas tardes. El Consejo de Ministros ha aprobado hoy el abono único.

Sr. Beltrán Pardo.- Gracias, ministra. El abono costará 20 euros al mes para los jóvenes.

P.- Ministro, ¿cuándo estará disponible el abono?

Sr. Beltrán Pardo.- A partir del 1 de febrero, en todas las estaciones.

P.- Ministra, ¿habrá más medidas este mes?

Sra. Ortega-Salas.- Sí, la semana que viene aprobaremos el plan de vivienda.
"""

_ZAGREB = """Sjednica Vlade: izjave za medije
Zagreb, 31. siječnja 2030.
Govorili su: predsjednik Vlade Ivan Horvat-Kralj, ministrica zdravstva Petra Babić Šarić.

Predsjednik Vlade: Good morning. Today we send the amendments to the Act on Health Care.

Ministrica zdravstva: Thank you, Prime Minister. The amendments set a waiting time of 90 days.

Novinarka (HRT): Minister, when will the waiting times fall?

Ministrica zdravstva: From the first of April, in every county hospital.

Novinar (Index): Prime Minister, will the opposition support the bill?

Predsjednik Vlade: We expect a broad majority in Parliament next week.
"""


def test_a_spanish_record_s_labels_with_honorifics_are_the_header_s_people() -> None:
    brief = briefcli.brief(_MONCLOA)
    assert brief.kind == "transcript" and brief.date == "2030-01-08"
    officials = {s.speaker for s in brief.sentences if not s.question}
    assert officials == {"Lucía Ortega-Salas Moya", "Andrés Beltrán Pardo"}


def test_a_title_the_header_writes_before_a_name_is_that_person() -> None:
    brief = briefcli.brief(_ZAGREB)
    assert brief.date == "2030-01-31"
    assert brief.title == "Sjednica Vlade: izjave za medije"
    officials = {s.speaker for s in brief.sentences if s.speaker and not s.question}
    assert officials == {"Ivan Horvat-Kralj", "Petra Babić Šarić"}


def test_labels_in_another_script_are_titles_no_table_reads() -> None:
    assert untitled_label("Голова ОВА")
    assert not untitled_label("Andrii Bondarenko")


def test_date_lines_with_a_short_weekday_or_a_closing_stop() -> None:
    from briefcli.text.structure import _date_line

    assert _date_line("Mon 21-01-2030 11:05 AM")
    assert _date_line("Zagreb, 31. siječnja 2030.")
    assert not _date_line("The end.")


def test_a_press_director_who_calls_on_the_room_runs_the_conference() -> None:
    text = """Ministerial press briefing on the fuel queues
22 January 2030

DIRECTOR (PRESS): Good morning, gentlemen of the press. I now invite the Honourable Minister
to address you.

MINISTER: Thank you. Fuel supply will be normal in Lagos by Friday, and 40 new CNG buses will
start running on Monday.

DIRECTOR (PRESS): Thank you, Honourable Minister. Questions. Please identify yourself and
your organisation.

REPORTER (CHANNELS TV): Minister, when will the queues end in Abuja?

MINISTER: By the weekend. Depots in Abuja received four million litres yesterday.

REPORTER (PUNCH): Will the price of diesel come down?

MINISTER: Marketers have agreed to cut it by ten naira from Monday.

DIRECTOR (PRESS): On that note, we thank the Honourable Minister and all of you.
"""
    brief = briefcli.brief(text)
    director = [s for s in brief.sentences if s.speaker and "irector" in s.speaker]
    assert director and all(s.question for s in director)
    assert not any(q.speaker and "Director" in q.speaker for q in brief.quotes)


def test_a_date_of_another_calendar_with_the_gregorian_in_brackets() -> None:
    from briefcli.text.structure import _date_line

    assert _date_line("2086 Magh 4 (18 January 2030), Friday")
    assert not _date_line("The plan (18 January 2030) was agreed by all the ministers")


def test_the_office_a_title_says_speaks_is_the_one_the_header_names_after_it() -> None:
    text = """Answers to journalists' questions by the Head of the Lviv Regional Administration
15 January 2030
Head of the Lviv Regional Administration Taras Hnatyshyn-Bilyk. Translated from Ukrainian.

Голова ОДА: Good evening. Last night air defence shot down 12 drones over the region.

Журналіст (Суспільне): When will power return to the districts?

Голова ОДА: By Friday in all districts, the energy company says.

Журналістка (Zaxid.net): Will schools reopen on Monday?

Голова ОДА: Yes, all schools with shelters will reopen on Monday.

Журналіст (Львівська пошта): How many families are still without heating?

Голова ОДА: About 900 families, and brigades are working there day and night.
"""
    brief = briefcli.brief(text)
    officials = {s.speaker for s in brief.sentences if s.speaker and not s.question}
    assert officials == {"Taras Hnatyshyn-Bilyk"}


def test_a_name_an_honorific_label_finds_in_full_stays_whole() -> None:
    from briefcli.people.header_order import honorific_surname
    from briefcli.people.person import Person

    people = [Person("Al Nuaimi", None), Person("Sultan Khalid Al Nuaimi", "Minister")]
    assert honorific_surname("Dr. Al Nuaimi", people) == people[1]
    text = """Interview: Minister of State for Foreign Trade tells WAM the network will grow
Mon 21-01-2030 11:05 AM
By Reem Al Hammadi

ABU DHABI, 21st January, 2030 (WAM) -- Dr. Sultan Khalid Al Nuaimi, Minister of State for
Foreign Trade, spoke about the agreements.

WAM: How many agreements will the UAE sign this year?

Dr. Al Nuaimi: We expect to sign eight more agreements by December.

WAM: Which markets come first?

Dr. Al Nuaimi: Africa and South-East Asia, where trade grew fastest last year.

WAM: And logistics?

Dr. Al Nuaimi: Our ports will handle a fifth more containers by 2031.
"""
    brief = briefcli.brief(text)
    officials = {s.speaker for s in brief.sentences if s.speaker and not s.question}
    assert officials == {"Sultan Khalid Al Nuaimi"}
