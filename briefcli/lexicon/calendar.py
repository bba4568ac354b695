"""Month and weekday names by language, as date lines under publishers' titles print them."""

from __future__ import annotations

# The months of each language, January first and apart by slashes, with the short forms
# publishers use. A briefing in translation keeps its date line in the source language ("17
# de julho de 2029", "Torsdag den 19. juli 2029", "Le jeudi 5 juillet 2029"). Lower case; add
# a language as one more entry.
MONTHS_BY_LANGUAGE: dict[str, str] = {
    "English": (
        "january jan / february feb / march mar / april apr / may / june jun / july jul / "
        "august aug / september sep sept / october oct / november nov / december dec"
    ),
    "French": (
        "janvier janv / février fevrier févr / mars / avril avr / mai / juin / juillet juil / "
        "août aout / septembre / octobre / novembre / décembre decembre déc"
    ),
    "Spanish": (
        "enero / febrero / marzo / abril / mayo / junio / julio / agosto / "
        "septiembre setiembre / octubre / noviembre / diciembre"
    ),
    "Portuguese": (
        "janeiro / fevereiro / março marco / abril / maio / junho / julho / agosto / "
        "setembro / outubro / novembro / dezembro"
    ),
    "Italian": (
        "gennaio / febbraio / marzo / aprile / maggio / giugno / luglio / agosto / "
        "settembre / ottobre / novembre / dicembre"
    ),
    "German": (
        "januar jänner / februar / märz / april / mai / juni / juli / august / september / "
        "oktober / november / dezember"
    ),
    "Dutch": (
        "januari / februari / maart / april / mei / juni / juli / augustus / september / "
        "oktober / november / december"
    ),
    "Danish and Norwegian": (
        "januar / februar / marts mars / april / maj mai / juni / juli / august / september / "
        "oktober / november / december desember"
    ),
    "Swedish": (
        "januari / februari / mars / april / maj / juni / juli / augusti / september / "
        "oktober / november / december"
    ),
    "Indonesian and Malay": (
        "januari / februari pebruari / maret mac / april / mei / juni jun / juli julai / "
        "agustus ogos / september / oktober / november / desember disember"
    ),
    "Turkish": (
        "ocak / şubat / mart / nisan / mayıs / haziran / temmuz / ağustos / eylül / ekim / "
        "kasım / aralık"
    ),
    "Filipino": (
        "enero / pebrero / marso / abril / mayo / hunyo / hulyo / agosto / setyembre / "
        "oktubre / nobyembre / disyembre"
    ),
    "Romanian": (
        "ianuarie / februarie / martie / aprilie / mai / iunie / iulie / august / septembrie / "
        "octombrie / noiembrie / decembrie"
    ),
    "Polish": (
        "stycznia styczeń / lutego luty / marca marzec / kwietnia kwiecień / maja maj / "
        "czerwca czerwiec / lipca lipiec / sierpnia sierpień / września wrzesień / "
        "października październik / listopada listopad / grudnia grudzień"
    ),
    # (genitives, as dates print them; Croatian "listopada" is October, Czech "listopadu"
    # November, so each language keeps the form it dates with)
    "Croatian": (
        "siječnja siječanj / veljače veljača / ožujka ožujak / travnja travanj / "
        "svibnja svibanj / lipnja lipanj / srpnja srpanj / kolovoza kolovoz / rujna rujan / "
        "listopada / studenoga studenog / prosinca prosinac"
    ),
    "Czech": (
        "ledna leden / února únor / března březen / dubna duben / května květen / "
        "června červen / července červenec / srpna srpen / září / října říjen / "
        "listopadu / prosince prosinec"
    ),
    "Hungarian": (
        "január / február / március / április / május / június / július / augusztus / "
        "szeptember / október / november / december"
    ),
    "Swahili": (
        "januari / februari / machi / aprili / mei / juni / julai / agosti / septemba / "
        "oktoba / novemba / desemba"
    ),
}

# Each month name, in any language, and its number.
MONTHS: dict[str, int] = {
    name: number
    for months in MONTHS_BY_LANGUAGE.values()
    for number, names in enumerate(months.split(" / "), start=1)
    for name in names.split()
}

# Weekday names that open a date line ("Freitag, 3. August 2029", "Le jeudi 5 juillet").
WEEKDAYS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
    lunedì martedì mercoledì giovedì venerdì
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    mandag tirsdag onsdag torsdag fredag lørdag søndag
    måndag tisdag fredag lördag söndag
    senin selasa rabu kamis jumat sabtu minggu
    pazartesi salı çarşamba perşembe cuma cumartesi pazar
    luni marți marti miercuri joi vineri sâmbătă duminică
    poniedziałek wtorek środa czwartek piątek sobota niedziela
    """.split()
)

# Words that stand between a weekday or a place and the day ("Québec, le 31 juillet", "Torsdag
# den 19. juli", "el 2 de agosto") or between the day, the month and the year ("17 de julho
# de 2029").
DATE_PARTICLES = frozenset("le den el o am de del di van".split())

# Words that label a date line ("Date: 14 September 2027", "Dato: 01.08.2029", "Publicado em
# 14/11/2029 18h20", "Publié le 14/11/2029").
DATE_LABELS = frozenset("date dato datum fecha data tarih tanggal dated".split()) | {
    "published", "published on", "posted", "posted on", "updated", "last updated",
    "publicado em", "publicado el", "publicado", "publicada em", "publié le", "publié",
    "mis à jour le", "veröffentlicht am", "pubblicato il", "gepubliceerd op", "diterbitkan",
}  # fmt: skip
