"""Speech words: verbs that report speech, who speaks as a group, talk around the news."""

from __future__ import annotations

# Verbs that report speech ("X said", "said X", "X told reporters", "X tweeted").
REPORTING_VERBS = frozenset(
    """
    said says say told tells added adds noted notes warned warns announced announces
    stressed stresses wrote writes tweeted tweets posted asked asks explained explains
    insisted insists argued argues claimed claims continued continues declared declares
    emphasized emphasises emphasised emphasizes acknowledged acknowledges admitted admits
    commented comments confirmed confirms observed observes predicted predicts recalled
    recalls remarked remarks replied replies responded responds stated states suggested
    suggests urged urges concluded concludes conceded concedes joked jokes cautioned
    cautions maintained maintains reiterated reiterates vowed vows pledged pledges
    promised promises boasted boasts complained complains agreed agrees added:
    countered counters shouted wrote: explained: announced: declared: underlined
    underlines highlighted highlights indicated indicates revealed reveals
    chanted chants shouts expressed expresses recounted recounts quipped quips
    specified specifies spoke speaks
    submitted submits contended contends
    raged rages gushed gushes grinned grins beamed beams laughed laughs
    sobbed sobs sighed sighs smiled smiles blasted blasts slammed slams
    """.replace(":", "").split()
)
# (The last two rows: the manner verbs of tabloid copy, 'Kev grinned: "…"', round 11 of
# issue 13. "fumed" is left to the colon's reading, which takes a longer subject: 'But
# furious fan Gaz Whitlow, 41, who has held a season ticket for 30 years, fumed: "…"'.)


# Participles that carry a speaker's words on after the main verb: 'Doe backed the plan,
# saying it should "put families first"', '"…," he said, adding: "…"'. Their speaker is
# the subject of the sentence (or of the quote just attributed in it). From the invented
# house-style passages of issue #13 and the U.S. and Canadian wire copy it describes.
REPORTING_PARTICIPLES = frozenset(
    """
    saying adding noting writing warning telling arguing insisting stressing explaining
    calling describing declaring chanting shouting tweeting posting recalling predicting
    vowing pledging promising urging acknowledging admitting conceding claiming
    suggesting complaining asking replying responding
    """.split()
)

# Verbs after which a short quoted phrase is the subject's words, not a scare quote:
# 'described the budget as "a work of fiction"', 'they chanted "No cuts"', 'expressed
# hope for "a fair deal"'. Used with the participles above, within one sentence.
FRAGMENT_VERBS = frozenset(
    """
    described describes called calls branded brands dubbed labelled labeled termed
    chanted chants shouted expressed accused accuses criticised criticized praised
    hailed slammed blasted denounced condemned welcomed
    attacked dismissed derided mocked ridiculed characterised characterized portrayed
    """.split()
) | frozenset(
    # retorts and paraphrase markers before a phrase of the subject's own ('shot back that
    # the senator had backed deals that "hollowed out" small towns', 'as she later put it,
    # "…"'; round 3 of issue 13)
    ("shot back", "fired back", "hit back", "retorted", "quipped", "put it")
)

# What a quote's source may be other than a person: 'according to a statement from the
# Reserve Council', '"…," the ministry said in a release'.
STATEMENT_NOUNS = frozenset(
    """
    statement release letter post email e-mail report filing memo notice news-release
    press-release tweet message note submission
    """.split()
)


# Talk around the news: "I don't know", "as I said", "I'm happy to take your questions".
FILLER_PHRASES = (
    "i don't know",
    "i'm not going to",
    "i don't have",
    "i'd refer you",
    "as i said",
    "as you know",
    "i think that's",
    "you know",
    "i'm happy to",
    "take your questions",
    "take some questions",
    "go ahead",
    "i'll turn it over",
    # a committee chair's procedure
    "pursuant to standing order",
    "meeting to order",
    "apologies for absence",
    "declarations of interest",
    "papers to note",
    "minutes for your",
    "welcome to meeting",
    "in camera",
    "pleased to welcome",
)


# Unnamed groups that speak: '"…," officials said', 'analysts say'. From the BBC and
# White House texts of the quote benchmark.
# Quantities that name a crowd with "of" before a group: "Thousands of supporters chanted"
# (not "A group of former customers", who are the customers).
CROWD_QUANTITIES = frozenset("thousands hundreds dozens scores millions".split())

SPEAKING_GROUPS = (
    "officials analysts critics residents witnesses experts sources police investigators "
    "economists campaigners protesters scientists researchers doctors lawyers prosecutors "
    "aides diplomats fans users observers organisers organizers activists traders workers "
    # crowds and the public in U.S. and Canadian copy (issue #13)
    "farmers voters students parents teachers nurses drivers demonstrators crowd crowds "
    "supporters opponents members locals shoppers passengers customers patients families "
    "villagers strikers marchers neighbours neighbors survivors veterans tenants renters "
    "homeowners "
    # parties named by their members, as speakers: 'The Conservatives accused the
    # government of having "no plan"' (round 3 of issue 13)
    "Conservatives Liberals Democrats Republicans Tories Greens Nationals Progressives"
).split()

# What a quote is called in the sentence that names its speaker after it: '"…" Those were
# the words of X', '"…" The warning came from X, a seismologist'.
QUOTE_NOUNS = frozenset(
    """
    words message verdict view warning assessment promise plea reply response comment
    remark answer advice prediction assurance
    """.split()
)

# Past tenses without "-ed" that make a capitalised name a sentence's acting subject, so
# that a later "it said" speaks for it ("Acme Corp. cut 400 jobs. '…,' it said").
IRREGULAR_PAST_VERBS = frozenset(
    """
    cut laid sold bought made took gave won lost paid shut kept held spent sent built rose
    fell set hit put began became brought drew grew ran struck sought told said
    left went came got saw knew thought felt found spoke wrote sat met led fought heard
    """.split()
)

# Modal and auxiliary verbs after a name that make it the sentence's acting subject ("At
# 68, Joaquim Braddock can still plane a plank", "…, Hendry didn't hesitate"); "n't" may
# follow each.
MODAL_VERBS = frozenset("can could would should may might must did does do".split())

# Organisations that speak as a whole, after "the": "the company said", "the ministry said".
ORGANISATION_NOUNS = """company firm group airline bank council agency ministry department
    government government's union organisation organization carrier retailer
    manufacturer maker broadcaster network studio label regulator watchdog commission
    association club party magazine newspaper website site
    authority board office institute foundation federation chamber district trust
    university hospital coalition alliance
    operator miner insurer lender supplier producer developer automaker carmaker
    utility society charity committee tribunal service center centre""".split()
# ("the center said" after "The National Hurricane Center said", round 8.)
# (The second last line: public bodies and institutions in U.S. and Canadian copy, issue #13;
# then businesses by trade in wire copy, "operator Andina Copper said", round 6; "the
# utility said" after "Rand Water said in a statement", "the society said" after "The Kenya
# Red Cross said", "the charity said", round 7.)


# The last words of the names of bodies a noun may stand for, besides the noun itself
# ("the district" is the "Wake County Public School System", "the regulator" the "Securities
# Commission"): the speaker model takes the latest body named so (issue #13, round 8).
ORGANISATION_KIND_HEADS: dict[str, tuple[str, ...]] = {
    "district": ("District", "Public Schools", "School System", "School Board"),
    "center": ("Center", "Centre"),
    "centre": ("Centre", "Center"),
    "office": ("Office",),
    "department": ("Department",),
    "ministry": ("Ministry",),
    "agency": ("Agency", "Administration", "Bureau"),
    "regulator": ("Commission", "Authority", "Regulator", "Superintendency", "Agency"),
    "watchdog": ("Commission", "Authority", "Watchdog", "Ombudsman"),
    "union": ("Union", "Association", "Federation", "Local"),
    "board": ("Board",),
    "council": ("Council",),
    "commission": ("Commission",),
    "authority": ("Authority",),
    "service": ("Service",),
    "hospital": ("Hospital", "Medical Center", "Health Centre"),
    "university": ("University", "College"),
    "utility": ("Energy", "Power", "Electric", "Water", "Utilities", "Hydro"),
    "airline": ("Airlines", "Airways", "Air"),
    "carrier": ("Airlines", "Airways", "Air"),
}


# Words that make the quoted phrase after them a name or a term, never speech: 'the
# so-called "efficiency plan"', 'a scheme dubbed "Project Fear"', 'the hashtag "…"'.
TERM_MARKERS = (
    "so-called",
    "so called",
    "dubbed",
    "nicknamed",
    "known as",
    "named",
    "titled",
    "entitled",
    "the word",
    "the words",
    "the term",
    "the phrase",
    "the hashtag",
    "the slogan",
    "the headline",
    "the banner",
    "the label",
    "the motto",
)


# How much each cue to a person's gender weighs when the quote stage resolves "he" and "she"
# (round 5 of issue 13): the article's own words beside the name ("her husband, Roger
# Lindahl", "Vern Halkett said he …") outweigh a gendered title or honorific, which
# outweighs a common given name.
GENDER_CUE_WEIGHTS = {
    "kin": 3.0,
    "pronoun": 3.0,
    "title": 2.0,
    "given name": 1.0,
}


# Words before an unnamed speaker's description that are no part of it: "one senior
# Republican strategist" is shown as "senior Republican strategist", like "a spokeswoman".
UNNAMED_DETERMINERS = ("the", "a", "an", "one", "another")


# Another title a role may be written with, tried when no one holds the role by its own
# word: "the judge said" after "Ontario Court Justice Raymond Oyeniran" (Canadian and
# British judges are styled Justice); "the senator" needs none, titles are read in full.
ROLE_ALTERNATIVES = {
    "judge": "justice",
    "justice": "judge",
}


# Party words and the party they name, for "the Democrat said" after "Sen. Ray Holloway
# (D-Mont.)" and "the Liberal said" after "Liberal MP Amrit Sandhu-Kerr": U.S. bracketed and
# comma codes (D-, R-, I-) and the words of titles and descriptions.
PARTY_WORDS = {
    "democrat": "D",
    "democratic": "D",
    "republican": "R",
    "gop": "R",
    "independent": "I",
    "liberal": "Liberal",
    "conservative": "Conservative",
    "tory": "Conservative",
    "ndp": "NDP",
    "new democrat": "NDP",
    "green": "Green",
}
PARTY_CODES = {"D": "D", "R": "R", "I": "I"}


# Who speaks for a body: "a Department of Health spokesperson said", "a spokesman for the
# Department for Levelling Up said" (round 6 of issue 13): the body is the speaker.
SPOKESPERSON_NOUNS = ("spokesperson", "spokesman", "spokeswoman")

# What speaks for the holder of a role: "the secretary of state's office said" (round 6).
OFFICE_NOUNS = ("office", "campaign", "team", "staff", "department")


# The speaker model (`briefcli.quotes.candidates`, round 9 of issue 13): a description that
# characterises someone already named rather than introducing someone new. "the 64-year-old
# senator", "the former schoolteacher", "the first-term councilman", "the veteran lawmaker":
# newsroom variation for the person in focus, not an unnamed speaker like "the dispatcher".
CHARACTERISING_MODIFIERS = frozenset(
    """former retired veteran longtime long-time first-term second-term two-term three-term
    four-term freshman outgoing incoming embattled elderly onetime one-time erstwhile
    then-""".split()
)

# Words of titles and descriptions written short or in another form, read as one word when
# a description is matched against what the text said of a person ("State Sen." is a
# senator, "Cr" a councillor).
ROLE_WORD_FORMS = {
    "sen": "senator",
    "sens": "senator",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "gov": "governor",
    "cr": "councillor",
    "cllr": "councillor",
    "coun": "councillor",
    "councilman": "councillor",
    "councilwoman": "councillor",
    "councilmember": "councillor",
    "councilor": "councillor",
    "prof": "professor",
    "dr": "doctor",
    "supt": "superintendent",
    "det": "detective",
    "insp": "inspector",
    "sgt": "sergeant",
    "capt": "captain",
    "atty": "attorney",
}

# Words a description may use for any of several roles: "the lawmaker" is a senator, a
# representative or a member of a parliament.
ROLE_KINDS = {
    "lawmaker": frozenset(
        "senator representative legislator mp mpp msp mla td assemblymember mk".split()
    ),
    "legislator": frozenset(
        "senator representative lawmaker mp mpp msp mla td assemblymember".split()
    ),
    "politician": frozenset(
        "senator representative lawmaker mp mpp msp mla td mayor councillor minister".split()
    ),
}

# Honorifics written before a speaker's name that are no part of it (Indian English copy:
# "Shri R. Venkatesan said", "Smt V Geetha said"): the speaker is named without them. ("Sri"
# is left out: it opens given names too, "Sri Mulyani Indrawati".)
SPEAKER_HONORIFICS = frozenset({"Shri", "Shrimati", "Smt", "Kumari"})


# Kin words beyond the close family of `lexicon.people.KIN_WORDS` (which the names stage
# reads too), for speakers the quote stage names by kinship: "his nephew, Andre Delacroix,
# … '…,' his nephew said". From the obituaries of round 12 and general English.
MORE_KIN_WORDS: dict[str, str | None] = {
    "nephew": "m",
    "niece": "f",
    "grandson": "m",
    "granddaughter": "f",
    "grandfather": "m",
    "grandmother": "f",
    "uncle": "m",
    "aunt": "f",
    "cousin": None,
    "stepson": "m",
    "stepdaughter": "f",
    "stepfather": "m",
    "stepmother": "f",
    "fiancé": "m",
    "fiancée": "f",
    "fiance": "m",
    "fiancee": "f",
}

# Words that may stand between an owner and a kin word without changing who is meant:
# "her elder daughter, Elena", "his younger brother, Daniel", "their late father".
KIN_ORDER_WORDS: tuple[str, ...] = (
    "elder",
    "eldest",
    "older",
    "oldest",
    "younger",
    "youngest",
    "middle",
    "only",
    "twin",
    "late",
)

# Abbreviations that end a company's name with their own period ("Acme Corp."): a period
# after any other last word ends the sentence, not the name ("operated by Norvell Packaging.").
NAME_END_ABBREVIATIONS = frozenset(
    "Inc. Corp. Co. Ltd. Bros. Assn. Plc. L.P. L.L.C. LLC. S.A. N.V. A.G. Jr. Sr.".split()
)

# Endings of nouns for a trade or a field of study ("the biologist", "the physiologist",
# "the statistician"): newsroom variation for someone just named, like a role word.
PROFESSION_SUFFIXES = ("ologist", "ographer", "ist", "ician")
