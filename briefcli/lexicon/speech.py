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
    """.replace(":", "").split()
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
SPEAKING_GROUPS = (
    "officials analysts critics residents witnesses experts sources police investigators "
    "economists campaigners protesters scientists researchers doctors lawyers prosecutors "
    "aides diplomats fans users observers organisers organizers activists traders workers"
).split()

# Organisations that speak as a whole, after "the": "the company said", "the ministry said".
ORGANISATION_NOUNS = """company firm group airline bank council agency ministry department
    government government's union organisation organization carrier retailer
    manufacturer maker broadcaster network studio label regulator watchdog commission
    association club party magazine newspaper website site""".split()
