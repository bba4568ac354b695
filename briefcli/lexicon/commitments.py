"""What commits a government beyond "will": commitment nouns, a release's instruments,
funding words, the deeds a present tense announces, and the governments "we" can be."""

from __future__ import annotations

from briefcli.lexicon.actions import word_set

# Nouns that carry a commitment to a deed named after "to", and the kind of item each gives:
# "the commitment by President Erdoğan to transmit ...", "Canada's plan to resettle ...",
# "reached an agreement to reopen ...", "her intention to contest ...". From issue #14's
# own examples (the phrasings it quotes), and the State Department and Australian PM dev docs.
COMMITMENT_NOUNS: dict[str, str] = {
    "commitment": "commitment", "commitments": "commitment", "pledge": "commitment",
    "pledges": "commitment", "promise": "commitment", "promises": "commitment",
    "agreement": "commitment", "decision": "commitment", "plan": "commitment",
    "plans": "commitment", "intention": "commitment", "intent": "commitment",
    "undertaking": "commitment", "offer": "commitment", "determination": "commitment",
    "readiness": "commitment", "resolve": "commitment", "announcement": "commitment",
    "request": "obligation", "requests": "obligation", "expectation": "expectation",
    "objective": "commitment", "goal": "commitment", "ambition": "commitment",
}  # fmt: skip
# Of those, the nouns of an aim a party sets itself, a commitment only with its deed as "of"
# and a gerund ("We have an objective of reaching a policy decision very soon", "has set a
# goal of opening 50 stores"), not "the objective of every government to grow" (a purpose).
AIM_NOUNS = word_set("objective goal ambition")

# Things a government issues and pays for: as the subject of "will" in a release, they do
# what the government does through them ("The new fund will support 400 businesses",
# "The legislation will update the Act"); their actor is the release's issuer. Not the
# things whose doings are effects ("The Gorgon investment will be ...", "This order will
# make ..."), which stay non-actions.
INSTRUMENT_NOUNS = word_set(
    """
    fund funds funding program programs programme programmes package packages legislation
    budget budgets
    bill bills act amendment amendments scheme schemes initiative initiatives grant grants
    assistance contribution contributions allocation money
    """
)

# Bodies that decide and act as one, named with a demonstrative by those who sit in them or
# address them ("This council must consistently call out ...", "this committee will"): unlike
# "this group" or "these forces", whose doings in a briefing are effects or narrative.
BODY_NOUNS = word_set(
    """
    council committee commission assembly parliament congress senate government administration
    cabinet alliance coalition organization board court conference
    """
)

# Participles after "will be ... to" that bind the subject to a deed, and the kind of item:
# "Next year we will be required to launch our formal bid document" (an obligation), "The
# ministers will be asked to endorse the plan" (an expectation).
# A request in the passive, and the kind of item it makes of its subject: "Motorists are
# advised to use the bypass", "Railway Zones have been instructed to prioritise ...".
REQUEST_PARTICIPLES: dict[str, str] = {
    "obliged": "obligation", "obligated": "obligation", "instructed": "obligation",
    "directed": "obligation", "ordered": "obligation", "mandated": "obligation",
    "asked": "expectation", "advised": "expectation", "encouraged": "expectation",
    "urged": "expectation", "requested": "expectation", "invited": "expectation",
    "called upon": "expectation", "called on": "expectation",
    "told": "obligation",  # ("Hospitals have been told to prepare for a surge")
}  # fmt: skip
BOUND_PARTICIPLES: dict[str, str] = {
    "required": "obligation", "obliged": "obligation", "obligated": "obligation",
    "expected": "expectation", "asked": "expectation", "invited": "expectation",
    "encouraged": "expectation", "called upon": "expectation",
    "authorised": "commitment", "authorized": "commitment",
}  # fmt: skip

# Deeds named as nouns after "the planned", "the proposed", "the scheduled" ("notified Lebanon
# of the planned transfer of three patrol boats"): the verb, whose object follows "of". Only
# nouns whose "of" names what is acted on ("the planned visit of the President" names the
# visitor, and is left out). From the State Department dev documents and general English.
PLANNED_NOUNS: dict[str, str] = {
    "transfer": "transfer", "sale": "sell", "delivery": "deliver", "deployment": "deploy",
    "construction": "construct", "release": "release", "purchase": "purchase",
    "opening": "open", "closure": "close", "expansion": "expand", "withdrawal": "withdraw",
    "relocation": "relocate", "launch": "launch", "handover": "hand over",
    "establishment": "establish", "creation": "create", "completion": "complete",
    "provision": "provide", "donation": "donate", "upgrade": "upgrade", "rollout": "roll out",
    "introduction": "introduce", "extension": "extend", "acquisition": "acquire",
    "reopening": "reopen", "repeal": "repeal", "signing": "sign", "appointment": "appoint",
}  # fmt: skip

# Verbs by which a body decides on a deed named as a noun ("approves the introduction of",
# "endorsed the establishment of"): the deed is the body's.
APPROVING_VERBS = word_set("approve approves approved endorse endorses endorsed")

# Efforts a government keeps up, and the verbs of keeping them up: "the pressure will continue
# and grow", "our support will increase" (the speaker's government does it).
EFFORT_NOUNS = word_set("support pressure assistance aid sanctions cooperation engagement help")
SUSTAIN_VERBS = word_set("continue grow increase expand intensify deepen")

# Verbs by which a thing a release announces starts or ends on a date ("Applications will open
# on 1 July", "The new arrangements will commence on 1 January 2016"): the issuer opens them.
START_VERBS = word_set("open close commence begin start resume conclude finish end")

# Words for work that starts and runs: "Work will begin on the new terminal in 2027".
WORK_NOUNS = word_set("work construction works building demolition refurbishment upgrades")

# Participles of a passive future whose base form spelling rules do not give
# ("will be taken by", "will be held in"); the rest come from the verb lists.
IRREGULAR_PARTICIPLES: dict[str, str] = {
    "taken": "take", "held": "hold", "built": "build", "made": "make", "given": "give",
    "sent": "send", "spent": "spend", "brought": "bring", "set": "set", "put": "put",
    "paid": "pay", "laid": "lay", "led": "lead", "met": "meet", "sold": "sell", "told": "tell",
    "shown": "show", "begun": "begin", "run": "run", "cut": "cut", "done": "do",
    "written": "write", "chosen": "choose", "kept": "keep", "found": "find", "left": "leave",
    "drawn": "draw", "struck": "strike", "undertaken": "undertake", "overseen": "oversee",
    "withdrawn": "withdraw", "rebuilt": "rebuild", "upheld": "uphold", "frozen": "freeze",
}  # fmt: skip

# Participles of a funding line in the present or perfect ("Funding of $20 million has
# been committed to the program", "$3 million is earmarked for landmine clearance").
FUNDING_PARTICIPLES = word_set(
    "committed allocated earmarked provided set dedicated invested directed allotted"
)

# Progressives that pledge a sum named right after them ("The Australian Government is providing
# $10 million to support ...", "IBM is spending $100m over the next three years"): money put
# to a purpose is a commitment whatever the verb.
# ("We're making $15 million available for the clean-up": a sum made available)
FUNDING_PROGRESSIVES = word_set(
    "providing contributing committing allocating giving spending making"
)

# Adverbs that may stand between "is/are" and a progressive that announces a deed ("we are now
# launching", "the department is currently reviewing"); any "-ly" adverb may too ("are
# actually meeting with ... today").
PROGRESSIVE_ADVERBS = word_set("now also already currently today again further still soon")

# Deeds a present progressive announces ("We are launching a new visa pathway", "the United
# States is imposing sanctions", "We are establishing a Medicare Guarantee Fund"): new
# measures, not the ongoing work of "we're providing aid", "they're sending a message",
# "Russians are committing war crimes" (White House briefings), which report the present.
ANNOUNCED_DEEDS = word_set(
    """
    launch establish introduce create add impose invest backdate allocate double triple
    deliver open bring roll set activate
    """
)

# What marks the object of any deed in the progressive as a thing now being made or begun, so
# the progressive announces it with no date ("we are building a new airport at Western Sydney"),
# unlike "we are building a stronger economy".
# ("We are recruiting 60 additional field interviewers": more of them, new ones)
NEW_THING_WORDS = word_set("new additional extra")
# Counts that stand where "a" does before a new thing: "we are hiring 500 new safety agents",
# "we are opening two new surgery centres".
COUNT_WORDS = word_set("two three four five six seven eight nine ten twelve twenty dozens hundreds")

# Verbs of a report of calls made: in the past and by others, what was asked is history
# ("The allies ... called for the immediate release", "The Secretary urged both sides"),
# not an item of this briefing.
# An instruction ("He directed all states to review", "instructed their Cabinets to") binds
# those it is given to, and stays an item.
PAST_CALLS = word_set("urged called asked pressed encouraged requested demanded invited")
# Of those, the ones that set someone a task: a task set with a time ahead ("The Board asked the
# Chief Operating Officer to present a recovery plan at its next meeting", "Council asked the
# committee to report back in March") is still to be done, not history.
TASKING_CALLS = word_set("asked requested")
# A body's sittings, whose "next" one is a time ahead in its minutes ("at its next meeting").
SITTINGS = word_set("meeting meetings session sitting")

# Nouns of praise that hold a commitment noun as a thing done ("it's a great credit to the
# determination of my ministers to get this deal done", "a tribute to their resolve to"):
# the deed is done, not pledged.
PRAISE_NOUNS = word_set("credit tribute testament thanks")

# Deeds too vague to check off: "we have to take hard decisions on savings", "we will make some
# tough choices" (a stance on governing, not a task).
VAGUE_DEED = (
    r"(?:make|take)\s+(?:some\s+|the\s+|these\s+|those\s+|a\s+)?"
    r"(?:hard|tough|difficult|right|responsible|wise|smart|sensible)\s+"
    r"(?:decisions?|choices?|calls)\b"
)  # ("we are asking people to make the responsible choice": a stance, no task)

# Outcomes no one can pledge: "Ukraine will win this war", "we will succeed together",
# "we will avoid many sufferings" are predictions, not items.
OUTCOME_VERBS = word_set("win prevail succeed triumph survive outlast lose avoid overcome hit")
# ("But we will hit them": the targets, reached; an assurance, not a deed)

# What a project, an investment or a policy "will help" do to an economy: effects, not deeds
# ("The Gorgon project will help to stimulate Australia's economic growth").
# Leave to act, granted to someone in a decision: "Approval was granted for the Ministry to
# engage a contractor".
PERMISSION_NOUNS = word_set("approval permission authorisation authorization clearance leave")

# Services a release's issuer runs, which act only through it: "Replacement buses will run
# every 10 minutes", "Extra ferries will operate on Sunday".
SERVICE_NOUNS = word_set(
    "bus buses coach coaches shuttle shuttles ferry ferries tram trams train trains "
    "clinic clinics centers centres hubs"  # ("The new clinics will offer walk-in appointments")
)

EFFECT_VERBS = word_set("stimulate boost spur underpin drive fuel lift grow bring")
# What a thing will achieve, said of a scheme or a policy: an effect claimed, not a deed ("This
# scheme will make a real difference", "The fund will go a long way"). Regular expressions
# over the verb phrase's start.
EFFECT_PHRASES = (
    r"make\s+(?:a\s+|all\s+the\s+)?(?:real\s+|big\s+|huge\s+|significant\s+|tangible\s+)?"
    r"difference",
    r"go\s+a\s+long\s+way",
    r"have\s+an?\s+(?:real\s+|big\s+|huge\s+|significant\s+|lasting\s+|positive\s+)?"
    r"(?:impact|effect)",
)

# What a speaker "has to" do in talk itself: "I have to admit I thought ...", "we've just got to
# remind ourselves", "we have to recognise ... the iron laws of arithmetic" (rhetoric, not duty).
RHETORICAL_VERBS = word_set(
    "admit say confess concede acknowledge recognise recognize remind tell note remember"
)
# Speech acts a speaker "must" or "has to" perform in the words that follow, never a task
# ("I must pay tribute to the Federal Government's vision", "I have to thank the volunteers").
SPEECH_ACTS = ("pay tribute", "thank", "congratulate", "commend", "praise", "pay my respects")

# Words that open a title someone will hold: "Don Farrell will also be Minister Assisting on
# Tourism", "Andrew Leigh will be Parliamentary Secretary to the Prime Minister".
TITLE_STARTS = word_set(
    """
    Minister Parliamentary Secretary Assistant Deputy Special Ambassador Acting Attorney-General
    Treasurer Chief Director Envoy Coordinator Chair Chairman Commissioner Administrator
    Cabinet Shadow Leader Premier Governor Spokesperson Representative Under Vice Senior
    """
)

# Deeds named as nouns after a commitment: "We remain committed to the pursuit of a political
# resolution" is a commitment to pursue it.
NOMINALIZATIONS: dict[str, str] = {
    "pursuit": "pursue", "implementation": "implement", "promotion": "promote",
    "protection": "protect", "development": "develop", "establishment": "establish",
    "expansion": "expand", "continuation": "continue", "provision": "provide",
    "delivery": "deliver", "creation": "create", "completion": "complete",
    "restoration": "restore", "elimination": "eliminate", "reduction": "reduce",
}  # fmt: skip

# The office whose holder an unsigned first person in a government's release is ("I will
# recommend to Her Excellency the Governor-General ..." in an Australian PM's release).
RELEASE_AUTHORS: dict[str, str] = {
    "Australia": "prime minister",
    "United Kingdom": "prime minister",
    "Canada": "prime minister",
    "New Zealand": "prime minister",
}
# (A U.S. release's "I" is named only when the State Department issues it: the White House
# issues the President's, the Press Secretary's and others'.)

# Verbs by which those at a summit decide together: a summit's "we will agree" is the
# alliance's, not one government's.
COLLECTIVE_VERBS = word_set("agree endorse adopt decide approve launch welcome commit")

# Each country a briefing can speak for: the name of its government as "we" (and as the
# issuer of its releases), and the signs that a briefing is from it (its web domains first,
# then words in the title and text). Add a new publisher's country here.
GOVERNMENTS: dict[str, str] = {
    "United States": "U.S. administration",
    "Australia": "Australian Government",
    "United Kingdom": "UK Government",
    "Canada": "Government of Canada",
    "New Zealand": "New Zealand Government",
    "Ireland": "Irish Government",
    "European Union": "European Commission",
}
# Countries by name beyond GOVERNMENTS and the demonyms' countries of people.actors: a sentence
# that opens with one ("Portugal will contribute €150 million", "Namibia will host") names an
# actor, even where the text never names it again mid-sentence.
COUNTRY_NAMES = frozenset(
    """Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belize|Benin|Bhutan|Bolivia|
Bosnia and Herzegovina|Botswana|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cambodia|Cameroon|
Central African Republic|Chad|Chile|Colombia|Comoros|Congo|Costa Rica|Côte d'Ivoire|Croatia|Cuba|
Cyprus|Czechia|Czech Republic|Djibouti|Dominica|Dominican Republic|Ecuador|El Salvador|
Equatorial Guinea|Eritrea|Eswatini|Ethiopia|Fiji|Gabon|Gambia|Georgia|Ghana|Grenada|Guatemala|
Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|Indonesia|Iraq|Jamaica|Kazakhstan|
Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Luxembourg|
Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Moldova|Monaco|Mongolia|
Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Nicaragua|Niger|North Macedonia|Oman|
Pakistan|Palau|Panama|Papua New Guinea|Paraguay|Peru|Portugal|Rwanda|Samoa|San Marino|Senegal|
Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan|
Sri Lanka|Sudan|Suriname|Switzerland|Syria|Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Tonga|
Trinidad and Tobago|Tunisia|Turkmenistan|Tuvalu|Uganda|Uruguay|Uzbekistan|Vanuatu|Venezuela|
Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe""".replace("\n", "").split("|")
)
DOMAINS: dict[str, tuple[str, ...]] = {
    "United States": ("whitehouse.gov", "state.gov", "defense.gov", ".mil/", "treasury.gov"),
    "Australia": (".gov.au",),
    "United Kingdom": (".gov.uk", ".gov.wales", ".gov.scot"),
    "Canada": (".gc.ca", ".canada.ca"),
    "New Zealand": (".govt.nz",),
    "Ireland": (".gov.ie",),
    "European Union": ("europa.eu",),
}
SIGNS: dict[str, tuple[str, ...]] = {
    "United States": ("United States", "U.S.", "American", "White House", "Washington"),
    "Australia": ("Australia", "Australian", "Commonwealth", "Canberra"),
    "United Kingdom": (
        # (not "£" or "NHS": a Welsh or Scottish minister's "we" is not the UK Government's)
        "United Kingdom", "UK Government", "Britain", "British", "Whitehall", "Rt Hon",
        "Department for ",
    ),  # fmt: skip
    "Canada": ("Canada", "Canadian", "Ottawa"),
    "New Zealand": ("New Zealand",),
    "Ireland": ("Ireland", "Irish", "Taoiseach", " TD", "Oireachtas", "Dáil", "Éireann"),
    "European Union": ("European Commission", "Brussels", "Member States"),
}
# U.S. departments that issue releases in their own name, by web domain.
US_ISSUERS: dict[str, str] = {
    "state.gov": "U.S. Department of State",
    "defense.gov": "U.S. Department of Defense",
    "treasury.gov": "U.S. Department of the Treasury",
}

# Verbs that name deeds after a commitment noun or in a passive, beyond the action verb
# lists of lexicon.actions ("the commitment ... to transmit", "a plan to resettle", "will be
# merged with"): a noun after "to" ("commitment to democracy") is a stance, not a deed.
MORE_DEEDS = word_set(
    """
    fit equip transmit resettle reopen double triple halve close contest merge amend abolish
    waive exempt reimburse subsidise subsidize commission inaugurate
    legislate table recruit upgrade construct refurbish acquire tackle phase combat
    harness enact repeal rebuild relocate revise extend finalise finalize conclude complete
    accept admit resume restart reintroduce introduce backdate fund spend allocate earmark
    invest retain bring deliver commence begin start establish trial negotiate decommission
    cease ease abandon assess appoint open announce honour honor subsidise subsidize
    embark collaborate enable leverage explore promote harness agree adopt approve endorse
    pool purchase procure reimburse fast-track transpose co-host co-chair co-sponsor co-fund
    stockpile disburse distribute inspect audit evaluate consult ratify pilot roll post upload
    sit defer freeze register interview screen vaccinate rehouse contact
    """
)

# The signs of a sum of money, in the currencies of the publishers read ("$5.2 million",
# "£40 million", "€600 million", "¥5 billion"): a character class for the patterns.
CURRENCY_SIGNS = "$£€¥"
# Currencies written as letters before the sum: "R3.4 billion", "Rs 4,200 crore", "KSh 2.5
# billion", "NZ$ 40 million" (the letters of "US$" and "A$" come before a sign, and count).
CURRENCY_CODES = ("R", "Rs", "Rs.", "KSh", "Ksh", "INR", "USD", "EUR", "GBP", "CHF", "NOK",
                  "SEK", "DKK", "PLN", "ZAR", "KES", "GHS", "GH₵", "₹", "₦", "₵", "S$", "RM")

# What a sum does in the economy, not what the issuer pays: "$33 billion in goods and services
# is expected to be purchased in Australia for the project" (the project buys them).
SUM_EFFECT_VERBS = word_set("purchase buy generate earn raise lose save collect spend")

# Verbs that report a future in the past: "He said the U.S. would send ...", "They agreed that
# officials would meet regularly".
REPORTING_VERBS = word_set(
    "said announced confirmed pledged promised vowed added noted stated agreed decided undertook"
)

# Time clauses of the past a reported "would" may stand in ("from the day he announced that the
# military would be withdrawing", "ever since they agreed that ..."): the setting of what is
# said next, not a pledge of this briefing.
PAST_FRAMES = (
    "from the day", "from the moment", "from the time", "since the day", "ever since", "since",
    "the day", "the moment",
)  # fmt: skip


# Words after which "that" opens a mandate in the subjunctive, what the one it names must do:
# "It is important that Congress pass this bill", "The Committee recommends that HM Treasury
# review the process", "The report proposes that the Ministry publish the data by June". (Not a
# past urging or call, which reports what was said: "We urged that the parties meet".)
MANDATE_HEADS = word_set(
    """
    important essential critical vital imperative crucial necessary urgent time
    recommends recommend recommended proposes propose requests request requested directs
    direct directed orders ordered insists insist
    """
)

# The operative verbs of a resolution or communiqué, whose paragraphs leave out the body that
# decides ("The Peace and Security Council ...: 1. Decides to deploy ...; 2. Requests the
# Chairperson to appoint ..."): each paragraph is that body's, as if it were written before it.
OPERATIVE_VERBS = word_set(
    """
    decides requests urges calls encourages invites directs instructs mandates authorizes
    authorises demands tasks endorses approves agrees commits resolves recommends welcomes
    recalls notes reaffirms expresses underlines stresses emphasizes emphasises commends
    """
)

# Verb phrases by which a thing a release makes comes to be, with no one named: the issuer
# brings it about ("The extended zone will come into force on 1 March", "Changes ... will take
# effect on 1 December", "A new booking line is due to go live on 1 July", "Hardship grants
# will be available from Friday"). Each is the issuer's deed, "{}" the thing; only dated.
CHANGE_PHRASES = {
    "come into force": "bring {} into force",
    "come into effect": "bring {} into effect",
    "enter into force": "bring {} into force",
    "take effect": "bring {} into effect",
    "go live": "launch {}",
    "be available": "make {} available",
    "become available": "make {} available",
}

# What a government or regulator sets and moves ("The price of the ticket will rise to €63",
# "The levy will fall to 2 per cent from July"): their rise or fall, dated, in a release is the
# issuer's act (a price a market sets is told in an article, and never read so).
ADMINISTERED_THINGS = word_set(
    "price prices fee fees fare fares charge charges levy levies tax taxes rate cap allowance "
    "payment payments wage benefit benefits pension pensions threshold limit tariff tariffs"
)
CHANGE_VERBS = {
    "rise": "raise", "increase": "increase", "fall": "lower", "drop": "lower",
    "decrease": "decrease", "double": "double", "go up": "raise", "go down": "lower",
}  # fmt: skip

# Past verbs by which a body takes up a plan written as a noun after them: "Cabinet yesterday
# approved plans to extend the zone" (the plan is the body's: "plans" is no verb there).
ADOPTING_VERBS = word_set(
    "approved adopted endorsed backed unveiled announced published agreed finalised finalized "
    "launched confirmed"
)

# Passives that tell what a thing is, not what anyone does to it: "The chip will be made of
# several processing cores", "The board will be composed of five members".
COMPOSITION_PASSIVES = ("make of", "make up of", "compose of", "comprise of", "form of")

# Verbs of saying in the past that backshift what was said: "The Premier said the Government
# was activating the arrangements" reports "The Government is activating" (a progressive that
# announces a deed, as in the present).
SAID_VERBS = word_set("said told announced confirmed stated explained")

# A role taken or left, announced in the progressive with no date: "Actor X is stepping into the
# role of Tom", "the chief executive is stepping down as chairman", "She is taking over as head
# of the agency" (base forms; the progressive's verb is read back to its base).
ROLE_MOVES = (
    "step into the role", "step into the shoes", "step in as", "step down as", "step down from",
    "stand down as", "stand down from", "take over as", "take over from", "take up the post",
    "take up the role", "take on the role", "take up the position",
)  # fmt: skip

# States of being about to act that a report gives a party, after "is" / "are", before "to",
# and the kind of item each makes: "The carmaker is poised to build", "The regulator is seeking
# to recover", "The chain is looking to cut", "The council is on course to open".
PLAN_STATES: dict[str, str] = {
    "poised": "expectation", "on course": "expectation", "on track": "expectation",
    "seeking": "commitment", "looking": "commitment", "hoping": "expectation",
}  # fmt: skip
