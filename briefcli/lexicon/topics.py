"""Topic words: what can and cannot make a section's title, and how a chair changes topic."""

from __future__ import annotations

import re

# Words that may join two content words inside a title phrase ("Funding of pupil referral
# units", "Attacks on U.S. troops", "Syria and Iraq"): a phrase never begins or ends with one.
PHRASE_JOINERS = frozenset({"of", "for", "on", "in", "to", "with", "and", "against", "into"})

# Words that never sit inside a title phrase, besides sumy's English stop words: talk
# ("said", "think", "going"), time ("today", "week"), amounts and fillers. Collected from
# the phrases of press-briefing and doorstop transcripts (aus/, state/, briefings/ dev texts)
# that named no topic: "lot of questions", "really good thing", "last week"; and the words of
# a committee's procedure ("papers to note", "apologies", "our next panel of witnesses").
# "color" is the press room's word for detail ("Can you give us any color on …", "Don't have
# any color": the White House gaggle of 2024-09-06). Adverbs of time and direction without
# an "-ly" ("forward", "overnight", "abroad") end no title ("Russia and dialogue forward",
# "Victorian Government overnight").
WEAK_WORDS = frozenset(
    """
    said says say saying told tell tells telling think thinks thought know knows knew just
    really going want wants wanted like get gets got getting make makes made making way ways
    lot lots thing things look looks looking looked talk talks talked talking ask asks asked
    asking question questions answer answers point points time times right sure good great
    also well people today tonight year years week weeks day days month months able mean
    means need needs new one two three four five first second third last next thank thanks
    real quick quickly actually obviously certainly course clearly simply basically kind
    sort bit yes yeah okay ok sir madam guys folks everybody everyone somebody someone
    anything something nothing everything stuff matter matters issue issues part parts
    come comes coming came go goes gone went take takes taking took give gives giving gave
    put puts see sees seen saw hear heard let lets keep keeps kept try tries trying tried
    work working happen happens happened happening believe believes understand understood
    obvious important big small little clear whole full different possible likely early
    late high low long short strong major open free hard easy true certain final general
    many much more most less least several various number numbers terms fact facts case
    cases example area areas level levels place places side end begin beginning start
    started starting ago morning afternoon evening yesterday tomorrow later earlier
    already still again ever never always often sometimes soon now then currently recently
    million billion trillion thousand hundred percent per cent cents dollars
    remains remain stands seems continues play plays yep yup nope uh um hundreds thousands
    update updates view views path detail details follow follows briefing briefings
    podium readout transcript finally lastly meanwhile additionally separately however
    furthermore moreover overall accordance behalf pretty fairly quite rather plenty huge
    color colour
    forward forwards overnight abroad
    touch back range discussion discussions conversation conversations ahead members
    millions dozens a.m p.m a.m. p.m. h.e. hi hello morning welcome pleased glad happy proud
    couple handful bunch past
    delighted honoured honored
    papers minutes agenda apologies substitutions quorum clerk witnesses panel panels
    declarations
    mr mrs ms dr minister ministers secretary president prime premier chair chairman
    spokesperson spokesman senator deputy
    conclude concludes concluded including include includes included regarding according
    monday tuesday wednesday thursday friday saturday sunday weekend
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

# Words of praise, blame, size and emphasis: the speaker's judgement of a subject, not its
# name. An editor drops them before the subject ("Burden on Poland", not "Extraordinary burden
# on Poland"; "Defense plans", not "Robust defense plans"), so no title phrase opens on one in
# lower case (capitalised, one is part of a name: "Great Barrier Reef"). Words a title may need
# to say what a thing is ("critical infrastructure", "special envoy", "strategic dialogue",
# "bilateral meetings", "humanitarian aid") are not here.
EVALUATIVE_WORDS = frozenset(
    """
    biggest largest greatest best worst strongest toughest highest lowest hardest finest
    better worse stronger greater bigger larger tougher
    tough robust historic extraordinary tremendous terrible horrible awful dreadful
    wonderful fantastic terrific excellent outstanding remarkable incredible enormous
    massive vast unprecedented substantial considerable significant courageous brave
    fabulous magnificent appalling shocking devastating profound genuine absolute entire
    top key vital crucial aggressive effective amazing unbelievable unacceptable outrageous
    disgraceful shameful brutal horrific horrendous tragic sheer utter
    """.split()
)

# Adjectives with no adjective ending: a title does not end on one ("Nuclear").
ADJECTIVES = frozenset(
    """
    nuclear unclear similar particular popular regular solar polar civilian senior junior
    key main current recent further great good big high large small old young new strong
    weak joint brief serious significant important major minor whole complete united
    foreign domestic
    """.split()
)

# Irregular past forms: a title never ends on one ("Global AIDS response and laid").
IRREGULAR_PAST = frozenset(
    """
    laid paid said made held met sent spent left brought fell rose stood won lost became
    kept felt knew took gave came went told thought began saw found built bought caught
    taught sought fought led read heard meant struck hit set cut shut let put
    """.split()
)

# Irregular past forms that also stand before a noun as an adjective ("paid leave", "lost
# wages", "tax cut"): only the others open no title ("Held in Cairns", "Met with UNFPA").
PAST_BEFORE_NOUNS = frozenset(
    """
    paid lost built cut set hit read led let put shut laid won left kept found
    """.split()
)

# Lone words that are no topic on their own: verbs and past forms that recur in talk,
# adjectives ("natural", "personal") and amounts. "debate", "vote", "fentanyl" are topics.
NOT_LONE_TOPICS = frozenset(
    """
    natural important big small clear whole full different possible likely early late high
    low long short strong major open free hard easy true certain final general knew took
    gave came went told thought began saw held met sent spent left brought fell rose stood
    won lost became kept felt live side half shut fall start share remain remains means
    participate recognize approach increase continue include ensure allow provide happen
    happens seem seems keep come go take give leave confirm watch proud personal
    learn expect know think believe want wonder understand appear say tell ask
    """.split()
)


# Verbs that often open a run of content words ("ensure speedy ratification"): a title
# phrase does not begin with one.
LEADING_VERBS = frozenset(
    """
    ensure make take help keep provide support continue discuss announce raise address
    strengthen expand prevent move hold give send meet work build protect create seek
    deliver invest reduce improve increase cut stop bring deal pay spend put call urge
    condemn welcome encourage commit agree reaffirm underscore highlight note express
    mount launch pursue tackle fix boost require allow enable consider claim fund
    approve organize
    """.split()
)

# Words after which the next word is a verb in its base form ("Iran could attack Israel", "the
# Liberal Party will vote against Australian jobs"): no title phrase opens on that verb, which
# breaks a run of content words as a stop word does. Contractions are written with "'".
MODAL_VERBS = frozenset(
    """
    will would could can should may might must shall cannot 'll won't wouldn't couldn't
    can't shouldn't mustn't mightn't shan't
    """.split()
)

# Words after which "to" opens a verb, not a place or a thing ("wishes to resign", "intending
# to vote against Australian jobs", "able to impose sanctions"): the word after that "to" is
# a verb in its base form, as after a modal.
TO_VERB_LEADERS = frozenset(
    """
    want wants wanted wanting going able unable need needs needed try tries tried trying
    decide decides decided plan plans planned planning intend intends intended intending
    wish wishes wished hope hopes hoped hoping expect expects expected continue continues
    continued ready willing unwilling likely unlikely seek seeks
    sought agree agrees agreed aim aims aimed refuse refuses refused fail fails failed
    offer offers offered offering promise promises promised promising choose chose chosen
    determined prepared pledge pledged pledges vow vowed threaten threatened threatens
    ask asked asking urge urged urging call called calling order ordered encourage
    encouraged encourages helping help helps helped allowed allow allows enable enables
    enabled begin began begun beginning start started starting have has had
    """.split()
)

# Words that may stand between a modal and its verb ("will also impose", "could not attack"),
# lower-case words ending in "ly" besides ("could directly attack").
MODAL_ADVERBS = frozenset(
    """
    not also never still then just now only even soon ever always again too really
    """.split()
)

# Verbs that are never nouns, as briefings use them: a title neither begins nor ends on one
# ("Assist Australian families", "Administration continue", "Punctuality reach"), nor holds
# one after its first word, where it is a clause's finite verb ("Card dovetails with recent
# progress", "Labor holds", "Businesses grow"). From the dev texts' titles.
VERBS_ONLY = frozenset(
    """
    assist assists ensure ensures provide provides deliver delivers require requires allow
    allows enable enables continue continues reach reaches carries remain remains invade
    invades welcomes dovetails restores restore grows grow holds collapses condemns urges
    seeks announces commits brings depends promotes includes
    """.split()
)

# Word endings of adjectives, adverbs and participles: a title does not end on one. A word
# in NOUNS_WITH_ADJECTIVE_ENDINGS ends a title all the same.
NOT_NOUN_ENDINGS = (
    "ly", "ous", "ive", "ful", "less", "able", "ible", "ical", "ial", "ed", "ese", "ish",
    "ic", "al", "ary", "ant", "ent",
)  # fmt: skip

# Nouns with an adjective-like ending (the benchmark's list, and words met in briefings).
NOUNS_WITH_ADJECTIVE_ENDINGS = frozenset(
    """
    public republic topic music traffic logic clinic critic epidemic pandemic rhetoric
    tactic panic fabric graphic arithmetic ally family supply assembly reply anomaly
    monopoly italy july rally need speed seed creed greed breed weed deed feed bed shed
    red hospital hospitals proposal proposals referral referrals approval approvals
    renewal withdrawal arrival removal disposal trial trials rival rivals official
    officials individual individuals capital council principal terminal signal potential
    festival survival local locals animal animals material materials criminal criminals
    interval appraisal dismissal burial denial refusal rehearsal arsenal canal journal
    tribunal cardinal general generals liberal liberals editorial memorial tutorial
    initiative initiatives objective objectives representative representatives executive
    executives incentive incentives detective narrative alternative relative relatives
    directive collective motive native perspective hostage library secretary commentary
    boundary anniversary summary salary dictionary military diary itinerary glossary
    beneficiary beneficiaries documentary emissary adversary adversaries subsidiary
    sanctuary january february constituency emergency agency agencies policy strategy
    economy democracy security energy army ministry industry inquiry treaty embassy
    apology tragedy strategy rivalry bakery delivery recovery discovery history
    grant grants migrant migrants immigrant immigrants assistant assistants merchant
    restaurant tenant tenants servant giant applicant applicants participant participants
    consultant accountant defendant lieutenant sergeant element elements comment comments
    agreement agreements government governments department departments president parliament
    event events payment payments statement statements investment investments development
    developments management moment talent student students agent agents incident incidents
    resident residents patient patients client clients component opponent opponents
    equipment employment environment settlement treatment commitment commitments
    enforcement requirement requirements unemployment shipment segment announcement
    amendment amendments assessment engagement document documents content percent accent
    continent cement rent dissent descent consent extent intent plant plants warrant
    covenant pageant descendant attendant pollutant sealant implant supplement
    tournament torment ailment garment sentiment regiment compartment apartment
    """.split()
)

# Nationality and regional adjectives (and the demonyms that are also plurals): alone,
# or alone before a noun as in "Swedish: ratification", they name no topic.
NATIONALITY_ADJECTIVES = frozenset(
    """
    afghan african albanian algerian american americans angolan arab argentine argentinian
    armenian asian australian australians austrian azerbaijani bahraini bangladeshi
    belarusian belgian bolivian bosnian brazilian british bulgarian burmese burundian
    cambodian cameroonian canadian chadian chilean chinese colombian congolese croatian
    cuban cypriot czech danish dominican dutch ecuadorian egyptian emirati english eritrean
    estonian ethiopian european fijian filipino finnish french georgian german ghanaian
    greek guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi
    irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar
    kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian malagasy malawian
    malaysian malian maltese mexican moldovan mongolian montenegrin moroccan mozambican
    namibian nepalese nigerian nigerien nicaraguan norwegian omani pakistani palestinian
    panamanian papuan paraguayan persian peruvian polish portuguese qatari romanian russian
    rwandan salvadoran samoan saudi scottish senegalese serbian singaporean slovak
    slovakian slovenian somali spanish sudanese swedish swiss syrian taiwanese tajik
    tanzanian thai tibetan tongan tunisian turkish turkmen ugandan ukrainian uruguayan
    uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean western eastern northern
    southern allied soviet atlantic pacific victorian tasmanian queenslander californian
    texan floridian hawaiian alaskan rican
    """.split()
)

# Party adjectives and nouns: "Labor", "Republicans" name a side, not a topic, when alone.
PARTY_WORDS = frozenset(
    """
    republican republicans democratic democrat democrats liberal liberals labor labour
    conservative conservatives green greens socialist communist progressive libertarian
    unionist nationalist bipartisan partisan coalition opposition government
    """.split()
)

# The background of nearly every government briefing, not a topic: a candidate made of these
# words alone ("United States", "White House", "federal government") never titles a section.
# From the dev texts' titles that named their publisher rather than a subject.
BACKGROUND_WORDS = frozenset(
    """
    united states u.s. us usa america white house federal government governments
    administration department state country countries nation nations world
    """.split()
)

# Prefixes that make a word about the same subject as the word after them: a section that
# speaks of "terrorism" twice and of its "counterterrorism" coordinator once uses "terrorism"
# three times ("non-proliferation", "anti-corruption"). Only where the rest has six letters or
# more ("counterpart" is not a "part"); bare "non" and "anti" are left out ("anticipation").
TOPIC_PREFIXES = ("counter-", "counter", "anti-", "non-")

# Names of procedure, not topics: "Standing Order 108", "Item 3", "Paper 1", and a committee
# itself ("Standing Committee", "the Committee"), the background of every one of its meetings.
PROCEDURAL_NAME = re.compile(
    r"(?:Standing Orders?|Rules?|Items?|Clause|Paragraph|Papers?"
    r"|(?:Standing |Select |Joint )?Committees?)\b"
)

# Capitalised words that open phrases or name roles rather than topics ("President",
# "Today"): a name run drops them at its start or end.
NOT_ENTITY = frozenset(
    """
    i i'm i've i'd i'll i’m i’ve i’d i’ll mr mrs ms dr q yes no okay ok yeah thanks thank
    please sir madam well
    so and but or the a an this that these those there here what who when where why how
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    president secretary minister ministers general vice prime chairman chair chairwoman
    senator representative governor ambassador spokesperson spokesman press office
    department administration government house white state states united
    am pm mp mla ms. mr. mrs. dr. gen. sen. rep. gov.
    sheikh king queen prince princess emir sultan lord sir dame his her excellency
    assistant deputy coordinator adviser advisor director envoy counselor counsellor
    """.split()
)

# What a committee chair says to move the meeting to its next business: the next item or
# panel of witnesses, questions from members. From the layout of published committee
# transcripts (Welsh Senedd, UK select committees, Canadian House of Commons committees):
# "We'll move on to item 3", "I'd like to welcome our next witnesses", "We'll now go to
# questions" is only a round of questions on the same business, and "We'll suspend" closes
# one: neither opens a topic. Matched in lower case.
CHAIR_TRANSITIONS = re.compile(
    r"""(?:
        \b(?:move|moving|go|going|turn|turning|proceed|proceeding|come|coming)
          \ (?:on\ )?(?:now\ )?(?:on\ )?(?:to|into)\ (?:item|agenda\ item|the\ next|our\ next
          |our\ (?:first|second|third|final|last)|the\ (?:first|second|third|final|last)
          \ (?:item|panel|session|witness))
      | \b(?:the\ )?next\ (?:item|agenda\ item|panel|session|group\ of\ witnesses|witness(?:es)?)\b
      | ^(?:[^.?!]{0,40}[.!]\s+)?item\ (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b
      | \bwe\ now\ (?:move|turn|come)\ (?:on\ )?to\ item\b
      | \b(?:welcome|introduce)\ (?:our|the)\ (?:next|second|third|new|first)
          \ (?:panel|witness|guest|set|group)
      | \bfor\ (?:our|the)\ (?:next|second|third|final)\ (?:panel|session|item)\b
      | \bthat\ brings\ us\ to\ (?:item|the\ next|our\ next)\b
    )""",
    re.VERBOSE,
)

# Labels of a committee's chair: "The Chair (Mr. Name)", "Chair", "The Chairman", "CHAIR".
CHAIR_LABEL = re.compile(
    r"^(?:the\s+)?(?:chair|chairman|chairwoman|chairperson|convener|presiding)\b", re.I
)

# Heading lines that are no topic: a signature or byline ("Antony J. Blinken, Secretary of
# State", "Office of the Spokesperson", "Press Statement") and lead-ins to a list ("Here are
# some big wins from the cabinet this week:"). Such a heading does not title its section.
NOT_TOPIC_HEADING = re.compile(
    r"""^(?:
        (?:office\ of\ the\ )?(?:spokesperson|press\ secretary)\b
      | (?:press|media)\ (?:statement|note|release|briefing)s?$
      | (?:joint\ )?(?:statement|readout|fact\ sheet|remarks|transcript)s?$
      | [^,]{3,40},\ (?:the\ )?(?:[\w.]+\ ){0,3}(?:secretary|minister|spokesperson|president
          |ambassador|director|administrator|governor|senator|chair(?:man|woman)?)\b
      | (?:here\ (?:are|is)|here's|these\ are|the\ following|below\ (?:are|is))\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Words in -ing that are nouns inside a name of a topic ("Hospital funding dispute",
# "Uranium mining ban", "Asset recycling scheme"); any other -ing word inside a phrase is a
# verb ("China providing military support") and ends the phrase.
GERUND_NOUNS = frozenset(
    """
    funding mining housing training spending bombing meeting meetings briefing building
    buildings shipping planning fishing farming landing testing polling trafficking
    smuggling whaling recycling sentencing policing lending banking manufacturing
    processing screening licensing marketing hearing hearings schooling learning teaching
    nursing parenting gambling drinking smoking shooting shootings killing killings
    bombings offering offerings warning warnings ruling rulings finding findings
    reporting accounting engineering clothing pricing borrowing dumping logging mapping
    monitoring wellbeing being ceiling ceilings crossing crossings spring
    """.split()
)

# The parts of a multi-part question and of its answer: a reporter asking about A and then B
# ("And the second thing is …", "And then my second question: …", "And lastly, …") and the
# answer taking them in turn (`ANSWER_PARTS`). A paragraph of a question that opens with one
# of these opens a new part of its turn, and usually another subject (in a statement, "One
# last thing" is often more of the same). Matched in lower case, curly apostrophes
# straightened, at the start of a paragraph. From the State Department's and the White
# House's press briefings and the Australian doorstops (dev texts of benchmarks/data/titles).
QUESTION_PARTS: tuple[str, ...] = (
    # the asking side: "And the second thing is", "My also second questions:", "And then second,"
    r"(?:and\ |so\ |but\ )?(?:then\ )?(?:just\ )?(?:my\ |the\ |a\ |one\ )?(?:also\ )?"
    r"(?:(?:second|third|fourth|last|final)"
    r"\ (?:question|thing|one|part|issue|topic|point|quick\ one|quick\ question)"
    r"|(?:other|next|separate|different)\ (?:question|issue|topic|subject))s?\b",
    r"(?:and\ |so\ )?(?:then\ )?(?:second(?:ly)?|third(?:ly)?|lastly|finally|also)\s*[,:—–-]",
    r"(?:and\ |so\ )?(?:then\ )?(?:on|about|regarding)\ (?:a|another|the\ other)"
    r"\ (?:separate\ |different\ )?(?:issue|subject|topic|matter|note)\b",
)

QUESTION_PART = re.compile("|".join(f"(?:{p})" for p in QUESTION_PARTS), re.VERBOSE)

# The answering side: "To your first question", "As far as your second question on …",
# "On the second one", "And to the last part of your question".
ANSWER_PARTS: tuple[str, ...] = (
    r"(?:[a-z]+,\ |what\ i(?:'d|\ would)\ say\ )?"
    r"(?:and\ |so\ |but\ )?(?:then\ )?(?:to|on|as\ (?:far\ as|for|to)|regarding|in\ terms\ of)"
    r"\ (?:the\ |your\ |his\ |her\ |their\ )?(?:first|second|third|last|final|other|latter)"
    r"\ (?:question|one|part|point|thing|issue)s?\b",
    r"(?:and\ |so\ |but\ )?(?:then\ )?(?:to|on)\ the"
    r"\ (?:first|second|third|last|final|other|latter)\ part\ of\ (?:your|the|his|her)\ question\b",
)

ANSWER_PART = re.compile("|".join(f"(?:{p})" for p in ANSWER_PARTS), re.VERBOSE)
