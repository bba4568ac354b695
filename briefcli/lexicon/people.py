"""People words: roles and titles, honorifics, post-nominal letters, gender cues, non-names."""

from __future__ import annotations

# Role nouns a title is built on: "Secretary General", "Lyric chairman", "film star".
ROLE_WORDS = frozenset(
    """
    secretary general president minister chancellor premier governor senator sen
    representative rep congressman congresswoman mayor ambassador amb advisor adviser
    spokesperson spokesman spokeswoman director chief chairman chairwoman chair ceo cfo
    coo executive officer commissioner administrator deputy undersecretary attorney judge
    justice sheriff commander admiral adm gen general lt col colonel major captain capt
    sergeant sgt lieutenant analyst economist professor prof dr founder cofounder co-founder
    boss head leader manager editor correspondent reporter star actor actress singer
    producer writer author presenter host comedian musician rapper model designer chef coach
    player strategist lawyer partner researcher scientist expert consultant campaigner
    activist official aide counsel prosecutor inspector detective king queen prince
    princess pope bishop rabbi imam mp mep lord baroness sir dame governor-general envoy
    negotiator diplomat spokesperson principal vice-president chairperson treasurer
    winner champion laureate buyer coordinator organiser organizer lecturer fellow dean
    provost superintendent
    taoiseach tánaiste tanaiste ministre
    marshal commissioner emir sheikh lady chargé chargée
    secretary-general boss owner shareholder investor trader broker banker
    guitarist drummer bassist frontman vocalist filmmaker novelist playwright poet
    composer dancer photographer artist critic journalist blogger columnist commentator
    teacher doctor nurse surgeon engineer developer programmer architect manager
    superstar creator entrepreneur businessman businesswoman tycoon mogul magnate
    president-elect secretary-designate nominee candidate
    councillor councilor councilman councilwoman alderman alderwoman assemblyman
    assemblywoman assemblymember delegate trustee mpp mla mha reeve warden pastor priest
    chaplain cardinal archbishop gov lt supt cllr coun
    republican democrat
    skip goaltender goalie goalkeeper defenceman defenseman striker quarterback pitcher
    midfielder winger
    keeper zookeeper curator farmer rancher firefighter paramedic volunteer pilot miner
    welder electrician plumber mechanic veterinarian librarian pharmacist
    voter resident retiree student commuter shopper clerk
    corporator advocate pollster magistrate fisherman fisherwoman
    """.split()
)
# (The last lines: U.S. party labels written as titles, "Republican Colt Marchbanks", and
# naming their holder later, "the Democrat said"; players' positions written as titles,
# "Skip Brendan Jacobs-Hart", "goalkeeper Lukas Brandt"; trades written the same way,
# "Keeper Amara Nwachukwu", "firefighter Dan Roy"; issue #13. Round 10: India's municipal
# "corporator" and "senior advocate", "pollster", "magistrate", "fisherman".)

# Role words that name the same office as another ("the congressman" is "Rep. Gabriel
# Ontiveros"): the word a title is compared as.
# Words of NOT_NAME_WORDS that are also surnames: after a known given name at the end of a
# name they are the name's ("Elizabeth May", "Brian May"), not a date (issue #13, round 8).
SURNAME_MONTHS = frozenset("May June April August".split())


# Levels of office that tell two holders of one role apart: "the provincial minister" is not
# the one the text titled "Federal Health Minister" (issue #13, round 8).
OFFICE_LEVELS = frozenset(
    "federal provincial state national municipal local regional county city territorial".split()
)


ROLE_SYNONYMS = {
    "congressman": "representative",
    "congresswoman": "representative",
    "congressmember": "representative",
    "assemblyman": "assemblymember",
    "assemblywoman": "assemblymember",
}


# Honorifics before a name, with the gender they give ("Mr Neeson", "Ms. Psaki").
HONORIFICS = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lady": "f",
    "lord": "m",
    "dr": None,
    "prof": None,
    "madam": "f",
}


# Role nouns that give a gender ("the actress", "chairwoman").
GENDERED_ROLES = {
    "actress": "f",
    "chairwoman": "f",
    "spokeswoman": "f",
    "businesswoman": "f",
    "congresswoman": "f",
    "queen": "f",
    "princess": "f",
    "baroness": "f",
    "actor": "m",
    "chairman": "m",
    "spokesman": "m",
    "businessman": "m",
    "congressman": "m",
    "king": "m",
    "prince": "m",
    "frontman": "m",
}


PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


# Capitalised words that start or sit in sentences without being part of a person's name.
NOT_NAME_WORDS = frozenset(
    """
    The A An This That These Those It Its In On At For From With By Of To And But Or If When
    While As After Before During Since Until Although Though Because However Meanwhile Also
    He She They We I You His Her Their Our My Your Mr Mrs Ms Dr Sir Madam There Here What
    Who Why How Where Which Whose Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Today Yesterday Tomorrow Last Next Now
    Then Still Yet So Not No Yes Some Many Most More All Both Each Every Other Such One Two
    Three Four Five Six Seven Eight Nine Ten First Second Third Former Earlier Later Under
    Over About Against Between Among Through Without Within Despite Instead Thanks Please
    God Lord Ladies Gentlemen Secretary President Minister General Governor Senator
    North South East West Northern Southern Eastern Western New Old Great United States
    Kingdom Republic Union Department Ministry Office House Senate Congress Parliament
    Council Committee Agency Commission Court Army Navy Air Force Police Party Group
    Company Corporation Inc Ltd Bank Fund Street Road City County State Province Island
    BBC NATO US UK EU UN American British European Russian Chinese French German Israeli
    Ukrainian Polish Irish Scottish Welsh English Japanese Indian Turkish Swedish Finnish
    Internet Web Online Radio News Times Post Journal Daily Weekly Magazine Festival Awards
    Award Prize Oscar Oscars Grammy Grammys Brit Brits Emmy Film Films Music Records
    War Sea Ocean River Valley Cup League Games Olympics
    Christmas Easter Year Years Day Days Week Weeks Month Months Press Briefing Briefings
    Conference Statement Remarks Readout Joint Call Meeting Summit Fact Sheet Gaggle Round
    Media Network Systems Technologies Software Entertainment Studios Pictures Association
    Institute University College School Foundation Trust Society Centre Center Services
    Partners Capital Holdings Airlines Airways Motors Telecom Labs Table Q Background Act
    Plan Program Programme Initiative Framework
    Transcript Doorstop Interview Release Remarks Press Availability Conference
    Security
    Another Canadian Australian Mexican Spanish Italian Dutch Belgian Swiss Austrian
    Norwegian Danish Korean Brazilian Argentine Argentinian Nigerian Kenyan Egyptian Iranian
    Iraqi Syrian Saudi Pakistani Afghan Greek Portuguese Czech Hungarian Romanian Bulgarian
    Serbian Croatian Chilean Colombian Peruvian Venezuelan Cuban Filipino Vietnamese Thai
    Indonesian Malaysian Taiwanese Palestinian Lebanese Jordanian Moroccan Algerian
    Ethiopian Ghanaian Ugandan Somali Sudanese Yemeni Qatari Emirati Kuwaiti Belarusian
    Lithuanian Latvian Estonian Slovak Slovenian Icelandic Jamaican Haitian Dominican
    Canada America Mexico France Germany Italy Spain Britain England Scotland Wales Ireland
    China Japan Russia Ukraine India Australia Brazil Quebec Ontario Alberta Manitoba
    Saskatchewan
    """.split()
)


# Family names that are also English function words ("Ms He Ting Ru" then "Ms He", Korean
# "Mr An", Cantonese "Mr So"): after an honorific they are a surname, not a pronoun.
SURNAME_FUNCTION_WORDS = frozenset("He So An No Ho Yu".split())


# Capitalised words that may sit inside a title ("the United States Secretary of State").
TITLE_CAPS = frozenset(
    """Secretary President Minister General Governor Senator United States Department
    Kingdom Republic Union Office House Air Force Army Navy Police Northern Southern
    Eastern Western North South East West New Great BBC NATO US UK EU UN American British
    European Russian Chinese French German Israeli Ukrainian Polish Irish Scottish Welsh
    English Japanese Indian Turkish Swedish Finnish Former""".split()
) | (
    # nationalities before a name ("Canadian Bianca Andrescu-Bell"), read as its title
    NOT_NAME_WORDS
    & frozenset(
        """Canadian Australian Mexican Spanish Italian Dutch Belgian Swiss Austrian Norwegian
        Danish Korean Brazilian Argentine Argentinian Nigerian Kenyan Egyptian Iranian Iraqi
        Syrian Saudi Pakistani Afghan Greek Portuguese Czech Hungarian Romanian Bulgarian
        Serbian Croatian Chilean Colombian Peruvian Venezuelan Cuban Filipino Vietnamese Thai
        Indonesian Malaysian Taiwanese Palestinian Lebanese Jordanian Moroccan Algerian
        Ethiopian Ghanaian Ugandan Somali Sudanese Yemeni Qatari Emirati Kuwaiti Belarusian
        Lithuanian Latvian Estonian Slovak Slovenian Icelandic Jamaican Haitian
        Dominican""".split()
    )
)


TITLE_MODIFIERS = frozenset(
    """
    film pop rock rap hip-hop music movie tv television chief executive former acting
    senior deputy vice assistant foreign finance defence defense interior labor labour
    trade health education energy prime press national security business industry
    technology tech marketing financial managing general associate junior principal
    lead independent fellow veteran oscar-winning oscar-nominated award-winning
    best-selling bestselling legendary famous singer comedy opera theatre theater
    football shadow communications policy research economic political public news
    regional global european international us uk american british
    first home cabinet federal state provincial battalion electoral medical d'affaires
    """.split()
)


LABEL_HONORIFICS = frozenset(
    {"MR", "MS", "MRS", "MISS", "DR", "SIR", "DAME", "ENGR", "ALHAJI", "ALHAJA", "HAJIYA", "RATU"}
    # as publishers abroad print them: Spanish "Sr." and "Sra.", Italian "Sig.", French "Mme"
    | {"SR", "SRA", "SRTA", "SIG", "SIGRA", "MME"}
)


NAME_SUFFIXES = frozenset({"JR", "SR", "II", "III", "IV"})


# Letters after a name in committee transcripts: members of parliaments and assemblies,
# honours and professional letters (India's services "IAS", Nigeria's honours "OFR"). "Lynne
# Neagle AM" is Lynne Neagle; "BL", a barrister-at-law in Ireland.
POST_NOMINALS = frozenset(
    "AM MS MP MSP MLA MEP MLC MHA MPP MNA TD QC KC SC OBE CBE MBE KBE DBE PC FRS PhD MD APM AO AC "
    "OAM PSM QPM Jr Jr. Sr Sr. IAS IPS IFS FNSE OFR GCON BL".split()
)


# Honorifics a written label opens with: "Mr. John Brassard" is John Brassard.
# Post-nominals of a legislature's members, which also stand as a title before a name
# ("Local MSP Ann Reid", "Dublin TD Seán Lyons") and as the speaker ("the MSP said").
MEMBER_POST_NOMINALS = frozenset("MP MSP TD MLA MPP MNA MHA MLC MEP".split())

WRITTEN_HONORIFICS = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Mx. Hon Hon. Right Rt Rt. Honourable Honorable".split()
)


# Honorifics some countries write before a name in a label: India's "Shri Kunal Bhatnagar",
# "Smt. …", "Hon'ble Chief Minister"; Nigeria's "Alhaji", "Engr."; the Arab world's "Eng."
# (engineer); Fiji's "Ratu" (read beside WRITTEN_HONORIFICS).
REGIONAL_HONORIFICS = frozenset(
    {"Shri", "Smt", "Shrimati", "Sri", "Kumari", "Hon'ble", "Hon’ble", "Engr", "Eng", "Alhaji",
     "Alhaja", "Hajiya", "Ratu", "Adi"}
)

# Words that open a written name after a title without being part of it: "Chief Health
# Officer, Professor Ingrid Solberg".
NAME_OPENERS = frozenset({"Professor", "Prof", "Dr", "Sir", "Dame", "Mr", "Ms", "Mrs"})


# Abbreviated titles written with a full stop before a name ("the Rev. Thomas Lyle",
# "Rep. Jane Doe", "Sen. Mark Ruiz"): the stop ends no sentence and no speaker description.
TITLE_ABBREVIATIONS = frozenset(
    """Rev Revd Rep Reps Sen Sens Gov Gen Lt Col Sgt Capt Cmdr Adm Maj Cpl Pte Hon Prof Dr
    Mr Mrs Ms Mx St Supt Insp Det Fr Msgr Atty Gen Rt Brig Amb Pres Sec Treas Dep Asst
    Assoc Cllr Cr Coun Ald Mme Mlle Cdr Pvt Cpt""".split()
)

# Given names written short with a full stop, part of the name they open ("Mohd. Irfan
# Qureshi" in Indian and Malaysian copy; "Wm." in older American copy).
GIVEN_NAME_ABBREVIATIONS = ("Mohd", "Muhd", "Md", "Wm", "Chas", "Thos", "Jas")

# Titles and forms of address written before a bare surname that name a person already
# introduced in full ("the Rev. Kilbride", "Pastor Okoye", "Rabbi Stern"): the abbreviated
# titles above and clergy forms (issue #13).
# Forms of address written before a name in running copy, the name after them being the given
# name or the whole name ("Ratu Josefa Vunibola" then "Ratu Josefa"; Filipino "Ka Danilo",
# "Mang Rodolfo", "Aling Nena", "Ate Josephine"; South African "Gogo Dlamini"; Nigerian
# "Alhaji Musa Danladi", "Engr. Mohammed Jibrin"; Samoan "Afioga", "Susuga" before a chief's
# or an official's name): never part of the name (round 10 of issue 13; issue 12).
ADDRESS_HONORIFICS = frozenset(
    """Ratu Adi Ka Mang Aling Ate Kuya Manang Gogo Alhaji Alhaja Hajiya Engr
    Afioga Susuga""".split()
)

WRITTEN_TITLES = (
    TITLE_ABBREVIATIONS
    | ADDRESS_HONORIFICS
    | frozenset(
        """Reverend Father Pastor Rabbi Imam Bishop Archbishop Cardinal Sister Brother Elder
        Chief Judge Justice Coach Captain Sergeant Detective Constable Officer Deputy
        Councillor Councilman Councilwoman Alderman Garda Smt Magistrate""".split()
    )
)

# Words after which a capitalised run is a place, not a person, unless it holds a title or
# opens with a given name: "speaking in Grand Rapids", "outside Des Moines" (issue #13).
PLACE_PREPOSITIONS = frozenset("in near outside across throughout around".split())

# Words that head an organisation's name before "of" or "for": the capitalised words after
# them name the organisation, not a person ("Department for Levelling Up", "Ministry of
# Health"), unless a role word follows ("Department of Health Secretary Jane Doe").
ORGANISATION_HEADS = frozenset(
    """Department Ministry Office Agency Institute University College Bank Council
    Committee Board Commission Bureau Authority Foundation Federation Association Society
    Union Party Church Court Museum Library Hospital School Centre Center League Guild
    Local Bench""".split()
)

# Words that tell apart two people of one surname by age: "the elder Jacobs-Hart said" is
# the latest of that surname named (issue #13).
NAMESAKE_MODIFIERS = frozenset("elder younger older".split())

# Kin words that name someone by their tie to the person just mentioned ("her husband
# said", "his daughter, Lily"), with the gender they give: the other person of that
# surname the text names.
KIN_WORDS = {
    "husband": "m",
    "wife": "f",
    "son": "m",
    "daughter": "f",
    "brother": "m",
    "sister": "f",
    "father": "m",
    "mother": "f",
    "partner": None,
    "spouse": None,
    "widow": "f",
    "widower": "m",
}

# Lower-case second parts of hyphenated given names ("Kim Jae-won", "Lee Seung-hoon",
# "Wang Mei-ling"); a lower-case part that is a word ("London-based", "Kyiv-born") is not.
NOT_NAME_HYPHEN_PARTS = frozenset(
    """based born bred led backed owned run made era style like free wide area raised
    linked funded listed made grown trained educated focused sized class level type ish
    ward wards bound proof heavy ready only scale wise driven allied sided ruled elect
    designate
    """.split()
)


# Capitalised words that open a sentence and glue onto the name after them ("Even Dmitry
# Medvedev weighed in", "Said Ellis: …", "Knowing Smith, …"): never a given name. Words
# ending in -ing that open a sentence are dropped the same way, but for these surnames
# and given names.
SENTENCE_OPENERS = frozenset(
    """Even Only Just Said Says Asked Told Added Noted Like Unlike Dear Thank Perhaps Maybe
    Indeed Including Whether Except Per Via Ask Meet Watch Read Listen Hear Call Let Sources
    Critics Supporters Officials Residents Lawmakers Analysts Experts Fans Citing Quoting
    Speaking Writing Asked Asking Reporting Responding Reacting Addressing Following""".split()
)
ING_NAMES = frozenset(
    """Irving Sterling Manning Channing Fleming Browning Harding Golding Cushing Ewing Hastings
    Kipling Pershing Redding Spalding Stirling Darling Bing Ming Ling Ying Ping Xing Jing
    Qing Ding Ting Yang Wang Zhang Deming Kading""".split()
)
# -ing words that open a title, not a sentence ("Acting Labor Secretary Julie Su").
ING_TITLE_WORDS = frozenset(
    """Acting Outgoing Incoming Governing Managing Visiting Presiding Ranking Leading Founding
    Sitting Reigning Serving Retiring Consulting Supervising Commanding Reporting Standing
    Polling Marketing Accounting Engineering Nursing Housing Banking Printing Publishing
    Training Building Teaching Fundraising Operating Winning Racing Sailing Boxing Viking""".split()
)

# Lower-case prefixes joined by a hyphen to a surname's capital: "Nabil Abdallah al-Tayeb",
# "Ahmed el-Sayed" (round 6 of issue 13).
NAME_PREFIXES = ("al-", "el-")

# Written honorifics inside a name run ("the Hon Christopher Pyne MP", "Prime Minister
# the Hon Malcolm Turnbull MP"): part of the title, never of the name.
NAME_HONORIFICS = frozenset("Hon Hon. Honourable Honorable Rt Rt. Right Revd Rev Rev.".split())


# Abbreviated titles and the role word they stand for, so that "the former governor" finds
# "Former Gov. Nikki Haley" and "the senator" finds "Sen. Tim Scott".
TITLE_ABBREVIATION_WORDS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "amb": "ambassador",
    "adm": "admiral",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "capt": "captain",
    "supt": "superintendent",
    "prof": "professor",
    "cllr": "councillor",
    "coun": "councillor",
    "pres": "president",
    "sec": "secretary",
    "atty": "attorney",
    "insp": "inspector",
    "det": "detective",
}


# Nouns for unnamed people that tell a gender: "A mother who escaped the city talked about
# it. '…,' she said" quotes the mother, not the last person named.
GENDERED_NOUNS = {
    "woman": "f",
    "mother": "f",
    "girl": "f",
    "wife": "f",
    "daughter": "f",
    "sister": "f",
    "grandmother": "f",
    "widow": "f",
    "man": "m",
    "father": "m",
    "boy": "m",
    "husband": "m",
    "son": "m",
    "brother": "m",
    "grandfather": "m",
    "widower": "m",
    # unnamed speakers of news copy (issue #13): "A spokesman for the department said …
    # '…,' he said" quotes the spokesman, not the last man named.
    "spokesman": "m",
    "spokeswoman": "f",
    "businessman": "m",
    "businesswoman": "f",
}


# Styles of address before a title or a name, which name no one by themselves: "His
# Excellency the President will commission …" is the President's item (Kenyan and other
# Commonwealth briefings), "the Honourable Minister" the Minister's.
STYLE_PREFIXES = (
    "his excellency",
    "her excellency",
    "their excellencies",
    "h.e.",
    "his royal highness",
    "her royal highness",
    "the right honourable",
    "the right honorable",
    "the honourable",
    "the honorable",
)


# Endings of agent nouns ("Rider", "Supervisor", "Shopper", "Student", "Activist") that open a
# sentence before a given name and a surname ("Rider Mohammed Al-Rashidi said …"): the noun
# is no part of the name. A word with one of these endings that is a known given name
# ("Peter", "Victor") is kept.
AGENT_NOUN_ENDINGS = ("er", "or", "ist", "ent", "ant", "ian", "eer", "wife")

# Initials that stand for a place, never for a person's given names: "B.C. Hydro said" names
# a utility, not a Mr. Hydro ("A.J. Whitcombe" is a person).
PLACE_INITIALS = frozenset(
    """U.S. U.K. E.U. U.N. D.C. L.A. N.Y. B.C. N.S. N.B. N.L. P.E.I. N.W.T. Q.C. S.F. N.J.
    N.C. S.C. N.H. N.M. N.D. S.D. W.Va. R.I.""".split()
)


# Words that open a credit, not a mention of someone in the story: a byline ("By Andre
# Whyte, Department of Public Information"), a photo credit ("Photo: Jane Doe").
CREDIT_LEADS = (
    "By", "BY", "Photo", "Photograph", "Photos", "Image", "Picture", "Credit", "Photo credit",
    "Illustration", "Written by", "Reporting by", "Interview by", "Interviewed by",
)


# Last words that make a capitalised run a publication or a body, never a person: "Fiji Sun
# Business", "Daily Mirror Business", "Jamaica Information Service", "Sunday Times".
NOT_PERSON_LAST_WORDS = frozenset(
    """news times post herald tribune journal gazette business daily weekly radio television
    tv review observer guardian chronicle mirror express standard telegraph star sun online
    service services information bank ministry department agency office bureau centre center
    council commission authority board institute foundation university hospital party""".split()
)

# Particles inside names ("Sheikh Nasser bin Hamad Al Khalifa", "Ursula von der Leyen").
NAME_PARTICLES = frozenset("bin ibn al el de la le da di del van von der den dos du".split())
# And those a name may hold, or a speaker's label open with, lower case before the
# capitalised surname ("Harm ten Brink", "van der Linde:", "al-Khatib", "Gethin ap Dafydd");
# "ten" only so placed, never in a title.
LABEL_PARTICLES = NAME_PARTICLES | frozenset("ten ter ap binti bint".split())
# Particles written with a capital, part of the surname like "van" ("Seán Mac Giolla
# Bhríde", "Bríd Ní Fhlaithearta", "Niamh Ó Dálaigh", "Omar Abu Zeid").
CAPITAL_PARTICLES = ("Mac", "Nic", "Ní", "Uí", "Ua", "Ó", "Abu")

# Irish surname particles tell the bearer's gender: "Ní"/"Nic" a daughter's, "Mac"/"Ó" a
# son's ("Bríd Ní Fhlaithearta", "Seán Mac Giolla Bhríde"); a cue where the given name is
# no common one (round 10 of issue 13).
GENDERED_PARTICLES = {"Ní": "f", "Nic": "f", "Uí": "f", "Mac": "m", "Ó": "m", "Ua": "m"}


# Military and police ranks: a label with a rank alone ("LT. CDR. MAC AODHA") holds no office
# that answers for a government; an officer may relay a reporter's question.
RANK_WORDS = frozenset(
    "lt lieutenant cdr commander gen general col colonel brig brigadier maj major capt captain "
    "sgt sergeant cpl corporal adm admiral pvt private ens ensign insp inspector supt "
    "superintendent det detective const constable".split()
)

# Role words of those who may ask at a briefing or a hearing: the press, the public, members
# of a legislature and counsel. A label with one of these alone holds no office that answers.
ASKING_ROLE_WORDS = frozenset(
    "correspondent editor reporter journalist host presenter producer anchor resident student "
    "citizen councillor councilor senator representative congressman congresswoman mp mla mpp "
    "delegate member chair chairman chairwoman chairperson counsel".split()
)


# The last part of a hyphenated title whose first part is an office ("Attorney-General Mark
# Dreyfus", "Advocate-General P. Karthikeyan", "Governor-General Sam Mostyn"): the whole word
# is a title, not a given name (round 9 of issue 13).
COMPOUND_TITLE_ENDS = frozenset({"General"})
