"""Transcript labels: words that open a line but name no speaker, and roles that run an event."""

from __future__ import annotations

# Upper-case words that open article lines but name no speaker. The promo lines of news
# sites ("WATCH:", "LOOK:", "READ MORE:", "LISTEN:") came from a Canadian news-quote set.
NOT_SPEAKER_WORDS = frozenset(
    """
    WATCH LOOK LISTEN RELATED MORE ALSO SEE PHOTO GALLERY
    NOTE EDITOR'S UPDATE UPDATED WASHINGTON FACT SHEET READ MORE WHAT THEY ARE SAYING
    BACKGROUND SUMMARY WHEN WHERE WHO WHY HOW TOPLINE BREAKING ALERT EMBARGOED FOR RELEASE
    IMMEDIATE RELEASE EXCLUSIVE ANALYSIS OPINION PHOTOS VIDEO CONTACT ET PT EDT EST CET CEST
    RELEASE END THE FOR IMMEDIATE BOTTOM LINE KEY TAKEAWAYS MEDIA ADVISORY ADVISORY
    """.split()
)


NOT_MIXED_SPEAKER_WORDS = frozenset(
    """
    note notes update source sources photo photos related read more see also tags tag example
    step answer question summary background location date time topic re subject from to cc
    agenda item action decision outcome warning caution tip fact sheet why what how when where
    """.split()
)


# Label words of people who run the event rather than speak for the government: their
# sentences are quoted at half weight (a moderator calls on reporters, an aide reads out
# logistics). From the White House and State Department transcripts.
PROCEDURAL_LABEL_WORDS = ("MODERATOR", "OPERATOR", "STAFF", "AIDE", "ANNOUNCER", "INTERPRETER")


# Labels of the people who ask: reporters, questioners, the audience. Their sentences are
# questions (`sentences[].question`), never an official's quote, summary or action item.
# From the White House ("Q"), State Department ("QUESTION") and Australian PM
# ("JOURNALIST") transcripts; a label a letter or two off one of these (a typo such as
# "JOURNLAIST") is one too.
REPORTER_LABELS_ENGLISH = frozenset(
    """
    Q QUESTION QUESTIONS JOURNALIST JOURNALISTS REPORTER REPORTERS QUESTIONER PRESS
    AUDIENCE AUDIENCE-MEMBER AUDIENCE_MEMBER CALLER PARTICIPANT MEMBER-OF-THE-PUBLIC
    WOMAN MAN VOICE VOICES CROWD HECKLER UNIDENTIFIED CORRESPONDENT CORRESPONDENTS MEDIA
    """.split()
)
# The same labels as publishers abroad print them: a transcript in translation often keeps
# its labels in the source language ("PREGUNTA:", "JOURNALISTE :", "WARTAWAN:") over an
# English body. One line per language; accents as printed, upper case.
REPORTER_LABELS_ABROAD = frozenset(
    """
    PREGUNTA PREGUNTAS PERIODISTA PERIODISTAS REPORTERO REPORTERA INTERLOCUTOR
    PERGUNTA PERGUNTAS JORNALISTA JORNALISTAS REPÓRTER REPÓRTERES
    JOURNALISTE JOURNALISTES QUESTIONNEUR INTERVENANT INTERVENANTE
    FRAGE FRAGEN JOURNALISTIN JOURNALISTEN FRAGESTELLER FRAGESTELLERIN
    DOMANDA DOMANDE GIORNALISTA GIORNALISTI
    VRAAG VRAGEN VERSLAGGEVER
    SORU SORULAR GAZETECİ GAZETECI MUHABİR MUHABIR
    WARTAWAN PERTANYAAN PEWARTA JURNALIS PENANYA SOALAN
    TANONG MAMAMAHAYAG
    SWALI MWANDISHI
    SPØRGSMÅL SPØRSMÅL FRÅGA JOURNALISTER
    PYTANIE DZIENNIKARZ DZIENNIKARKA
    記者 質問 问 记者 提问 기자 질문
    """.split()
)
REPORTER_LABELS = REPORTER_LABELS_ENGLISH | REPORTER_LABELS_ABROAD
# How a brief names the speaker of a role label that says nothing of who asks ("WOMAN:",
# "UNIDENTIFIED SPEAKER:"); other role labels read as themselves ("Journalist").
ROLE_DISPLAY_NAMES = {
    "Q": "Reporter",
    "WOMAN": "Participant",
    "MAN": "Participant",
    "VOICE": "Participant",
    "UNIDENTIFIED": "Participant",
    "UNKNOWN": "Participant",
    "UNNAMED": "Participant",
    "VOICES": "Audience",
    "CROWD": "Audience",
}
# Labels of the one who answers, in a transcript printed as questions and answers ("Q:" /
# "A:", "Question:" / "Answer:"): no name, the official answering is the speaker.
ANSWER_LABELS = frozenset(
    """
    A ANSWER ANSWERS RESPONSE REPLY
    RESPUESTA RESPOSTA RÉPONSE REPONSE ANTWORT RISPOSTA ANTWOORD CEVAP JAWABAN JAWAB
    SAGOT JIBU SVAR ODPOWIEDŹ ODPOWIEDZ
    """.split()
)
# An inquiry's or a court's transcript swears a witness in on a line of their own ("MR DANIEL
# ACHEBE (affirmed)", "DR JANE ROE (sworn)") and names who examines them ("Examined by MS
# HARTLEY"): the witness answers ("A.", "THE WITNESS:"), the examiner asks ("Q.").
OATH_WORDS = (
    "sworn",
    "affirmed",
    "recalled",
    "re-called",
    "further sworn",
    "previously sworn",
    "on former oath",
    "on former affirmation",
    "on his former oath",
    "on her former oath",
)
EXAMINATION_PHRASES = (
    "examined by",
    "cross-examined by",
    "re-examined by",
    "further examined by",
    "questioned by",
    "questions by",
    "examination by",
    "cross-examination by",
    "re-examination by",
    "examination-in-chief by",
)
WITNESS_LABELS = frozenset({"THE WITNESS", "WITNESS"})
# Headings over a release's questions and answers, which no one speaks ("Frequently asked
# questions" / "Q: Who is eligible?" / "A: Every household …"), in lower case.
FAQ_HEADINGS = frozenset(
    {
        "frequently asked questions",
        "faq",
        "faqs",
        "common questions",
        "your questions answered",
        "questions and answers about",
        "what you need to know",
    }
) | frozenset(
    # and abroad, as bilingual releases print them ("Preguntas frecuentes / Frequently asked
    # questions")
    """preguntas frecuentes|perguntas frequentes|questions fréquentes|foire aux questions|
    häufige fragen|häufig gestellte fragen|veelgestelde vragen|domande frequenti|
    sıkça sorulan sorular|ofte stillede spørgsmål|ofte stilte spørsmål|vanliga frågor|
    pertanyaan umum|soalan lazim""".replace("\n    ", "").split("|")
)
# The parties counsel appear for, as a court record's header lists them ("For the
# prosecution: Mr Pieter van der Berg BL", "For the second accused: …"): counsel ask.
COUNSEL_PARTIES = frozenset(
    "prosecution defence defense accused applicant applicants respondent respondents "
    "plaintiff plaintiffs defendant defendants appellant appellants state crown "
    "claimant claimants inquiry commission tribunal director".split()
)
# Words above the first "Question:" that say an exchange with someone follows, not a FAQ's
# headings (with a title word such as "Minister" or "Governor" there): "Interview with …",
# "… spoke to JIS News", "Transcript of the weekly press briefing".
EXCHANGE_CUES = (
    "interview",
    "transcript",
    "press briefing",
    "press conference",
    "media briefing",
    "spoke to",
    "speaks to",
    "talked to",
    "talks to",
    "answers questions",
    "answered questions",
    "sat down with",
    "in conversation",
)
# Multi-word labels of people who ask (or interject: a parliament's "Some hon. members: Hear,
# hear!").
REPORTER_PHRASES = (
    "AUDIENCE MEMBER",
    "MEMBER OF THE PUBLIC",
    "MEMBER OF THE AUDIENCE",
    "SOME HON MEMBERS",
    "HON MEMBERS",
    "AN HON MEMBER",
    "SOME MEMBERS",
)
# Words that make a label a news outlet's, as transcripts that label each question by the
# outlet print them ("SKY NEWS:", "TRINIDAD GUARDIAN:", "REUTERS:", "Question (Kyodo):"): a
# reporter asking. Common nouns of mastheads and broadcasters, and agencies and networks
# known by one name. (Not words that are offices or roles as well: an election "OBSERVER",
# the "PUBLIC GUARDIAN"; a masthead such as "TRINIDAD GUARDIAN" is known by asking.)
OUTLET_WORDS = frozenset(
    """
    NEWS NEWSPAPER RADIO TELEVISION TV TIMES HERALD JOURNAL TRIBUNE GAZETTE CHRONICLE
    TELEGRAPH GLEANER BROADCASTING BROADCASTER NEWSWIRE
    REUTERS AFP BLOOMBERG XINHUA KYODO YONHAP TASS ANSA EFE DPA PTI BERNAMA ANTARA
    CNN BBC CBS NBC CNBC MSNBC SKY CNA NHK RTE RNZ CBC SBS ITV CTV NPR PBS
    AL-JAZEERA JAZEERA POLITICO AXIOS
    """.split()
)

# Labels of those who preside over a hearing, a court or a house and question or call on
# the others: a coroner, a judge, a parliament's Speaker. They run the session, as hosts do
# ("THE CORONER: Dr Locke, you remain on your affirmation."); those they question answer.
# Whole labels, and the words a presiding judge's label opens with ("CHIEF JUSTICE ELLERY").
PRESIDING_LABELS = frozenset(
    {
        "THE SPEAKER",
        "MR SPEAKER",
        "MADAM SPEAKER",
        "THE DEPUTY SPEAKER",
        "THE CORONER",
        "CORONER",
        "THE COURT",
        "THE JUDGE",
        "THE MAGISTRATE",
        "THE PRESIDING OFFICER",
        "PRESIDING OFFICER",
        "THE PRESIDENT OF THE TRIBUNAL",
    }
)
PRESIDING_OPENERS = ("CHIEF JUSTICE", "ASSOCIATE JUSTICE", "JUSTICE", "JUDGE", "CORONER")

# Titles of one who chairs: at a press conference with reporters' labels the chair runs the
# session ("CHAIR WEBER: Are there questions on the trip?"); a committee's chair, with no
# reporters, chairs a meeting whose members and witnesses all speak on the record.
CHAIR_WORDS = frozenset(
    {"CHAIR", "CHAIRMAN", "CHAIRWOMAN", "CHAIRPERSON", "CONVENER", "CONVENOR", "PRESIDING"}
)

# Labels of the people who run the session rather than brief: they call on reporters and
# hand over, and speak for no government. Treated as askers: no quote, summary or item.
# ("PIO": a public information officer, who runs U.S. emergency briefings; "MC": a master of
# ceremonies; "STAFF": the aide who opens a Pentagon briefing, "Ladies and gentlemen, the press
# secretary.")
HOST_LABELS = (
    frozenset("MODERATOR OPERATOR HOST PRESENTER ANNOUNCER INTERVIEWER EMCEE MC PIO STAFF".split())
    | {"PROGRAMME DIRECTOR", "PROGRAM DIRECTOR", "MASTER OF CEREMONIES"}  # South Africa's MC
    # the same abroad (Spanish, Portuguese, French, Italian, German, Dutch, Turkish,
    # Indonesian), as transcripts in translation keep them
    | frozenset(
        """
        MODERADOR MODERADORA PRESENTADOR PRESENTADORA ENTREVISTADOR ENTREVISTADORA
        LOCUTOR LOCUTORA APRESENTADOR APRESENTADORA MODÉRATEUR MODÉRATRICE MODERATEUR
        MODERATRICE ANIMATEUR ANIMATRICE PRÉSENTATEUR PRÉSENTATRICE MODERATORE CONDUTTORE
        MODERATORIN GESPRÄCHSLEITER GESPRÄCHSLEITERIN MODERATÖR SUNUCU MODERATORA
        """.split()
    )
    | {"PEMBAWA ACARA", "MAÎTRE DE CÉRÉMONIE", "MAESTRO DE CEREMONIAS", "MESTRE DE CERIMÔNIAS"}
)
# Offices of those who run a police or agency stand-up, ending a label ("POLICE MEDIA
# ADVISER", "Senior Press Officer"): hosts as well.
HOST_PHRASES = (
    "MEDIA ADVISER",
    "MEDIA ADVISOR",
    "MEDIA OFFICER",
    "MEDIA MANAGER",
    "MEDIA LIAISON",
    "PRESS OFFICER",
    "COMMUNICATIONS OFFICER",
    "COMMUNICATIONS ADVISER",
)

# Abbreviated labels and the title they stand for ("PM:" in Australian transcripts).
LABEL_ABBREVIATIONS = {
    "PM": "PRIME MINISTER",
    "DPM": "DEPUTY PRIME MINISTER",
    "FM": "FOREIGN MINISTER",
    "AMB": "AMBASSADOR",
    # police ranks, as police media releases and stand-ups write them ("DI Hohaia:")
    "DI": "DETECTIVE INSPECTOR",
    "DCI": "DETECTIVE CHIEF INSPECTOR",
    "DS": "DETECTIVE SERGEANT",
    "DSS": "DETECTIVE SENIOR SERGEANT",
    "DSUPT": "DETECTIVE SUPERINTENDENT",
    "SUPT": "SUPERINTENDENT",
    "INSP": "INSPECTOR",
    "ACC": "ASSISTANT CHIEF CONSTABLE",
    "DCC": "DEPUTY CHIEF CONSTABLE",
}

# Offices abbreviated in labels, spelled out to find the header entry that names them ("GAMES
# CEO:" is the entry "Games Chief Executive, Oluwaseun Adebanjo-Grant"); the label itself
# stays as printed.
OFFICE_ABBREVIATIONS = {
    "CEO": "CHIEF EXECUTIVE",
    "DG": "DIRECTOR GENERAL",
    "SG": "SECRETARY GENERAL",
    "PS": "PERMANENT SECRETARY",
}

# Styles of address abbreviated before a name in a label ("H.E. Moussa Diallo Fall"): no
# part of the name (written without the final stop).
LABEL_STYLES = frozenset({"H.E", "S.E", "HE"})

# Acronyms kept in capitals when an upper-case label is made readable ("UN SPOKESPERSON" is
# "UN Spokesperson", "FEMA ADMINISTRATOR" "FEMA Administrator"). Words of two to five
# letters with no vowel ("MC", "PIO" aside: "DHS", "NSW") are read as acronyms without
# being listed; honorifics ("MR", "DR") are not.
LABEL_ACRONYMS = frozenset(
    "UN EU US USA UK NZ NATO WHO UNICEF UNHCR UNDP IMF OECD ASEAN AU ECOWAS SADC OAS NASA "
    "FEMA CIA NIH FAA EPA USAID MC PIO CEO CFO COO CMO IGP DAC NOAA NSW ACT "
    "QLD ABC BBC CNN SBS RNZ AAP AFP RTE ITV G7 G20".split()
)

# What a background briefing's ground rules say officials are to be called ("Officials may
# be quoted as "senior government officials"", "attributable to a Senior State Department
# Official"), in lower case: numbered labels of unnamed officials ("Official 1:") are that.
ATTRIBUTION_PHRASES = (
    "quoted as",
    "attributed to",
    "attributable to",
    "identified as",
    "referred to as",
    "described as",
    "cited as",
)

# Small words kept in lower case when an upper-case label is made readable
# ("PRIME MINISTER OF SINGAPORE" is "Prime Minister of Singapore").
LABEL_SMALL_WORDS = frozenset("of for the and on to in at".split())

# What a host says to hand the floor to a reporter or a speaker: a label whose turns
# mostly say one of these (lower case, curly apostrophes straightened) runs the session.
# From the State Department's and the White House's moderated briefings and calls.
HANDOVER_PHRASES = (
    "go to the line of",
    "go to the line, please, of",
    "next question",
    "first question",
    "final question",
    "last question",
    "question goes to",
    "question queue",
    "turn it over to",
    "turn it back over",
    "hand it over to",
    "over to you",
    "the floor to",
    "the embargo is lifted",
    "one more question",
    "one last question",
    "a couple of questions",
    "a few questions",
    "time for one",
    "time for a few",
    "time for a couple",
    "take a question",
    "take a few questions",
    "take your questions",
    "take questions",
    "take some questions",
    "open it up for questions",
    "open it up to questions",
    "open the floor",
    "the floor is yours",
    "the floor is open",
    "minutes for questions",
    "time for questions",
    "let's go to",
    # relaying questions from the room and online (moderators of IMF-, UN- and EU-style
    # briefings)
    "questions in the room",
    "a question online",
    "question from",
    "who asks",
    "that's for you",
    "two or three questions",
    "the transcript will be",
    # an emcee introducing the speaker
    "pleasure to introduce",
    "pleased to introduce",
    "honor to introduce",
    "honour to introduce",
    "like to introduce",
    "let me introduce",
    "please welcome",
    "join me in welcoming",
    "please join me in",
    "without further ado",
    # the session's order and ground rules (a press officer, a sergeant or an aide who runs
    # a briefing or a gaggle)
    "we'll begin with",
    "we will begin with",
    "we'll start with",
    "we will start with",
    "we'll hear from",
    "we will hear from",
    "take questions",
    "take a couple of questions",
    "is on the record",
    "is on background",
    "this is on the record",
    "say a few words",
    "all the time we have",
    "the next briefing",
    "state your name",
    "concludes the press conference",
    "concludes the briefing",
    "last one",
    "wrap up",
    "wrap it up",
    "out of time",
    "have to sit down",
    "have to go now",
    # calling on the speakers and the room, closing the session (press officers of police
    # and health ministries in West Africa and the Caribbean)
    "i call on",
    "i now call on",
    "i now invite",
    "i invite the",
    "will make a statement",
    "will make opening remarks",
    "will make an opening statement",
    "questions, please",
    "that is all for",
    "that's all for",
    "that concludes",
    "identify yourself",
    "we thank the",
)

# How a host's closing line opens ("Thank you all very much"): with the hand-overs above,
# a label whose every short turn is one of these runs the session.
THANKS = ("thank you", "thanks")

# Header lines that list who speaks: "Speakers: Director Marcus Hale, …; Chief Anita Brooks,
# …". The word before the colon, in lower case.
LISTING_WORDS = frozenset(
    "speakers speaker participants participant panellists panelists panel present with "
    "attendees briefers presenters guests guest".split()
) | {"taking part", "in attendance", "attending", "on the panel"}

# A header's account of the event, in the third person, above the first turn: "The briefing
# was addressed by the Minister of Health, …. It was moderated by Mr. Jerome Saydee",
# "Cabinet Spokesman … and State Minister … addressed the weekly briefing." No one's speech
# (the text before the first label is otherwise the principal's opening statement). Matched
# in lower case, on a paragraph that says no "I", "we" or "you".
EVENT_NOUNS = (
    "briefing", "press briefing", "media briefing", "press conference", "news conference",
    "media conference", "conference", "meeting", "doorstop", "interview", "session", "call",
    "noon briefing", "daily briefing", "transcript",
    "media availability", "availability", "event", "hearing", "sitting",
    # French, Spanish, Portuguese, German, Italian
    "conférence de presse", "point de presse", "rueda de prensa", "conferencia de prensa",
    "entrevista coletiva", "coletiva", "pressekonferenz", "conferenza stampa",
)  # fmt: skip
EVENT_ACCOUNT_VERBS = (
    "addressed", "moderated", "chaired", "hosted", "held", "conducted", "led", "given",
    "attended", "opened", "presided", "convened", "facilitated",
    "animée", "animé", "présidée", "présidé", "moderada", "moderado", "presidida",
    "presidido", "conduzida", "moderiert", "geleitet", "moderata", "presieduta",
)  # fmt: skip
# "By" after an account's verb, by language: "Conférence de presse animée par Mme …".
EVENT_ACCOUNT_BY = ("by", "par", "por", "pela", "pelo", "von", "da", "dal", "dalla")
# The speaker's own words ("I", "we", "you", by language): an account of the event has none.
FIRST_AND_SECOND_PERSON = (
    "i", "i'm", "i’m", "we", "we're", "we’re", "our", "us", "my", "me", "you", "your",
    "je", "j'", "nous", "vous", "yo", "nosotros", "nosotras", "ustedes", "eu", "nós",
    "ich", "wir", "io", "noi",
)  # fmt: skip

# Header lines that name those who ask: "Presenters: Amira Shah and Joe Lennox.", "Host:
# Dana Smith". The word before the colon, in lower case.
HOST_LISTING_WORDS = frozenset(
    "presenter presenters host hosts interviewer interviewers anchor anchors moderator "
    "moderators".split()
)

# Header lines that list the members of a committee who question a witness ("Members
# present: Chairman Rutherford, Ranking Member Delacroix-Ames, Mr. Okonkwo"), where a witness
# is listed or answers. The words before the colon, in lower case.
MEMBER_LISTING_WORDS = frozenset(
    {
        "members present",
        "members",
        "committee members",
        "members of the committee",
        "committee members in attendance",
        "members in attendance",
        "senators present",
        "senators",
        "councillors present",
        "councilors present",
    }
)

# What an interviewer says of the guest in the opening turn ("Minister Aroha Pennington-Sione
# is with me", "Joining me now is …", "I'm joined by …"), in lower case: the one who says it
# asks, the one introduced answers.
GUEST_INTRO_PHRASES = (
    "is with me",
    "are with me",
    "is with us",
    "are with us",
    "joins me",
    "join me now",
    "joins us",
    "joining me",
    "joining us",
    "i'm joined by",
    "i am joined by",
    "we're joined by",
    "we are joined by",
    "with me now",
    "with me in the studio",
    "with me on the line",
    "my guest",
    "our guest",
    "welcome to the program",
    "welcome to the programme",
    "welcome to the show",
)

# Verbs a header says who runs the session with, before "by" and the name: "the meeting was
# facilitated by district ombudsperson Lena Fairchild", "Chaired by Marcus Henley of …".
HOSTED_BY_VERBS = frozenset(
    "moderated facilitated chaired hosted presented compered emceed convened".split()
)

# Officials' labels in the languages publishers print them, as a transcript in translation
# keeps them ("LE PREMIER MINISTRE:", "WAZIRI:", "Bundeskanzler:"), and the English titles a
# header or the text gives the same office, the likeliest first ("premier ministre" is a
# prime minister, and Québec's premier). Lower case, whole phrases; the words of
# `LABEL_ARTICLES` around them are dropped first.
ROLE_TRANSLATIONS: dict[str, tuple[str, ...]] = {
    # French
    "premier ministre": ("prime minister", "premier"),
    "première ministre": ("prime minister", "premier"),
    "ministre": ("minister",),
    "ministre délégué": ("minister delegate",),
    "porte-parole": ("spokesperson", "spokesman", "spokeswoman"),
    "porte-parole du gouvernement": ("government spokesperson", "government spokesman"),
    "président": ("president",),
    "présidente": ("president",),
    "directeur général": ("director general",),
    "directrice générale": ("director general",),
    "secrétaire d'état": ("secretary of state",),
    "maire": ("mayor",),
    # Spanish and Portuguese
    "presidente": ("president",),
    "presidenta": ("president",),
    "primer ministro": ("prime minister",),
    "primera ministra": ("prime minister",),
    "primeiro-ministro": ("prime minister",),
    "primeira-ministra": ("prime minister",),
    "ministro": ("minister",),
    "ministra": ("minister",),
    "portavoz": ("spokesperson", "spokesman", "spokeswoman"),
    "vocero": ("spokesperson", "spokesman"),
    "vocera": ("spokesperson", "spokeswoman"),
    "porta-voz": ("spokesperson", "spokesman", "spokeswoman"),
    "director": ("director",),
    "directora": ("director",),
    "diretor": ("director",),
    "diretora": ("director",),
    "director general": ("director general",),
    "directora general": ("director general",),
    "secretario": ("secretary",),
    "secretaria": ("secretary",),
    "secretário": ("secretary",),
    "secretária": ("secretary",),
    "subsecretario": ("undersecretary", "under secretary"),
    "subsecretaria": ("undersecretary", "under secretary"),
    "gobernador": ("governor",),
    "gobernadora": ("governor",),
    "governador": ("governor",),
    "governadora": ("governor",),
    "alcalde": ("mayor",),
    "alcaldesa": ("mayor",),
    "prefeito": ("mayor",),
    "prefeita": ("mayor",),
    # Italian
    "ministro degli esteri": ("foreign minister",),
    "presidente del consiglio": ("prime minister",),
    "sindaco": ("mayor",),
    "capo dipartimento": ("head of department",),
    # German
    "bundeskanzler": ("federal chancellor", "chancellor"),
    "bundeskanzlerin": ("federal chancellor", "chancellor"),
    "kanzler": ("chancellor",),
    "kanzlerin": ("chancellor",),
    "vizekanzler": ("vice-chancellor", "vice chancellor"),
    "vizekanzlerin": ("vice-chancellor", "vice chancellor"),
    "bundesminister": ("federal minister", "minister"),
    "bundesministerin": ("federal minister", "minister"),
    "minister": ("minister",),
    "ministerin": ("minister",),
    "bundesrat": ("federal councillor",),
    "bundesrätin": ("federal councillor",),
    "bundespräsident": ("federal president", "president"),
    "bundespräsidentin": ("federal president", "president"),
    "sprecher": ("spokesperson", "spokesman"),
    "sprecherin": ("spokesperson", "spokeswoman"),
    "regierungssprecher": ("government spokesperson", "government spokesman"),
    "regierungssprecherin": ("government spokesperson", "government spokeswoman"),
    "bürgermeister": ("mayor",),
    "bürgermeisterin": ("mayor",),
    # Dutch and the Nordic languages
    "minister-president": ("prime minister",),
    "woordvoerder": ("spokesperson", "spokesman"),
    "statsminister": ("prime minister",),
    "statsministeren": ("prime minister",),
    "statsministern": ("prime minister",),
    "finansminister": ("minister of finance", "finance minister"),
    "finansministeren": ("minister of finance", "finance minister"),
    "utenriksminister": ("foreign minister", "minister of foreign affairs"),
    "udenrigsminister": ("foreign minister", "minister of foreign affairs"),
    "pressekontakt": ("press spokesperson", "spokesperson"),
    "pressetalsperson": ("press spokesperson", "spokesperson"),
    # Turkish
    "bakan": ("minister",),
    "başbakan": ("prime minister",),
    "cumhurbaşkanı": ("president",),
    "sözcü": ("spokesperson", "spokesman"),
    "dışişleri sözcüsü": ("spokesperson",),
    "vali": ("governor",),
    # Indonesian and Malay
    "menteri": ("minister",),
    "presiden": ("president",),
    "perdana menteri": ("prime minister",),
    "juru bicara": ("spokesperson", "spokesman"),
    "gubernur": ("governor",),
    # Swahili
    "waziri": ("minister", "cabinet secretary"),
    "waziri mkuu": ("prime minister",),
    "rais": ("president",),
    "msemaji": ("spokesperson", "spokesman"),
    "msemaji mkuu wa serikali": ("government chief spokesperson", "government spokesperson"),
    "mkurugenzi": ("director",),
    "mkurugenzi mkuu": ("director general",),
    "katibu mkuu": ("principal secretary", "permanent secretary", "secretary general"),
    # Japanese, Chinese and Korean
    "官房長官": ("chief cabinet secretary",),
    "内閣総理大臣": ("prime minister",),
    "総理": ("prime minister",),
    "首相": ("prime minister",),
    "大臣": ("minister",),
    "外務大臣": ("foreign minister", "minister for foreign affairs"),
    "報道官": ("press secretary", "spokesperson"),
    "外務報道官": ("press secretary", "spokesperson"),
    "发言人": ("spokesperson",),
    "發言人": ("spokesperson",),
    "대변인": ("spokesperson",),
    "장관": ("minister",),
    # Filipino
    "kalihim": ("secretary",),
    "pangulo": ("president",),
}
# Small words of other languages dropped from an official's label before it is translated:
# articles and the prepositions between a title and its portfolio ("LE PORTE-PAROLE DU
# GOUVERNEMENT", "MINISTRA DA PRESIDÊNCIA", "WAZIRI WA AFYA").
LABEL_ARTICLES = frozenset(
    "le la les l' el los las lo der die das den dem des de du da do das dos del di della dello "
    "degli delle het van wa ya".split()
)

# Generic labels numbered in turn, as captioning services print speakers they cannot name
# ("SPEAKER 1", "Speaker 2", "INTERVENANT 3"); a key under the title may name each ("Speaker
# 1 is the Government Chief Spokesperson, Mr. …").
NUMBERED_SPEAKER_WORDS = frozenset("SPEAKER INTERVENANT INTERVENANTE ORADOR ORADORA".split())
