"""Word lists the action-item rules read: verbs, agents, things, and briefing-room talk."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The words of `text`, split on white space, as a set."""
    return frozenset(text.split())


# Base forms of verbs that head action items in briefings. Used to tell where a coordinated
# verb phrase starts ("submit the protocol ... and work with the assembly") and to turn a
# gerund back into its base form ("look forward to welcoming" -> "welcome").
BASE_VERBS = word_set(
    """
    accelerate accept accompany achieve acquire act adapt add address adjust adopt advance
    advise advocate affirm aim allocate allow analyze announce answer appoint approach approve
    arrange arrest assess assign assist attend authorize avoid award back ban bear become begin
    behave bolster boost bring broaden build buy call campaign carry celebrate chair champion
    change charge check choose clarify close collaborate combat come commemorate commit
    complete comply condemn conduct confirm confront connect consider consult contain continue
    contribute convene cooperate coordinate counter cover create crack curb cut deal debate
    decide declare deepen defend deliver demand deploy designate destroy detain deter develop
    devote direct disburse discourage discuss dismantle disrupt do donate double draft draw
    drive ease educate elevate eliminate embark emphasize enable encourage end endorse enforce
    engage enhance ensure enter establish evaluate evacuate examine exchange expand expedite
    explore extend facilitate file finalize finance find finish fix focus follow forge
    formalize foster fulfill fund get give go grant grow guarantee halt hand handle head help
    highlight hire hold honor host identify impose improve include increase inform initiate
    install institute integrate intensify introduce invest investigate invite issue join keep
    launch lay lead leave lend levy lift limit loan lower maintain make manage mark meet
    mobilize modernize monitor move name negotiate nominate notify observe obtain offer open
    operate organize oversee participate partner pass pay permit pick place plan pledge
    prepare present preserve press prevent prioritize proceed process produce promote propose
    prosecute protect provide publish pursue push put raise ratify reach reaffirm receive
    recognize recommend reconvene recover reduce re-engage reengage refrain reform reinforce
    reiterate release relieve remain remove renew repair replace report request require
    resolve respond restore restrict resume return review revise ring roll run sanction
    secure seek seize select sell send serve set share shore shrink sign speak sponsor stand
    start stay step stop streamline strengthen submit supply support sustain take talk target
    task testify tighten track train transfer travel treat try undertake unveil update uphold
    urge use visit vote wind withdraw work write welcome lift show watch oversee lay
    allow tolerate permit recognize waver employ
    hesitate rest relent stand
    """
)

# Verbs whose items are appointments or events on a calendar: "scheduled" rather than
# "commitment" ("NATO will hold its annual nuclear exercise", "will serve as coordinator").
EVENT_VERBS = word_set(
    """
    attend chair convene depart head hold host join meet participate reconvene serve speak
    travel visit welcome testify arrive deliver sign tour
    """
)
# Of those, the ones that are also everyday deeds ("participate as appropriate", "deliver
# quick action", "sign on to"): on the calendar only when a time is given.
TIMED_EVENT_VERBS = word_set("chair head join participate speak deliver sign")

# Verbs that are not actions of anyone: perception, thought, being, possession.
NON_ACTION_VERBS = word_set(
    """
    be have see hear know think believe feel look seem appear want like love hope wonder
    guess remember forget happen get realize understand notice mean matter depend miss
    die lose exhaust suffer fail fall face need
    benefit
    """
)

# What people at the podium say about the briefing itself ("I'm going to hand it over to the
# secretary", "I'm not going to get into hypotheticals"): never an action item when the one
# acting is in the room.
# Of those, the ones that are deeds when dated ahead: "we're going to start tunnelling in
# September", "we're opening two surgery centres before Christmas" (never "note", "say").
ROOM_DEEDS = word_set("start begin open close move go")
BRIEFING_ROOM_VERBS = word_set(
    """
    say note add mention highlight refer leave comment speak talk start hand turn answer
    repeat stop take give pass go let get share read walk open close move begin wrap try
    check circle defer approach sit land try restate reiterate clarify echo proceed come
    explain respond address speculate
    """
)
# Whole verb phrases that, said at the podium with nothing after them, answer the room: "we'll
# follow up", "I'll take that back".
ROOM_PHRASES = frozenset({"follow up", "take that back", "take it back", "look into it"})

# Verbs of holding back from a deed: about the room when the deed is the room's ("I will
# refrain from commenting on that", "we'll decline to speculate").
ABSTAIN_VERBS = word_set("refrain decline avoid")

# Heads of noun phrases that can act: people, offices, governments, groups.
AGENT_NOUNS = word_set(
    """
    administration administrations agency agencies alliance allies ally ambassador ambassadors
    army assembly authorities authority board cabinet cabinets chair chairman chief citizens
    coalition commander commanders commission committee companies company congress council
    countries country court delegation delegations department departments diplomats director
    directors employers envoy force forces government governments governor governors group
    groups head heads house investigators lawmakers leader leaders leadership members military
    minister ministers ministry mission nation nations navy negotiators office officer officers
    official officials organization organizations parliament parties partners party people
    police president presidents prosecutors republicans democrats secretary senate senator
    senators side sides spokesperson staff state states team teams troops union unions
    workers member ministries regulators agents coordinator counterpart vice sponsors
    airline airlines carrier carriers operator operators firm firms investor investors bank banks
    insurer insurers manufacturer manufacturers retailer retailers supplier suppliers
    premier chancellor king queen prince prime representatives representative
    embassy embassies consulate regime panel
    fellows participants delegates students alumni donors contractors volunteers recipients
    taskforce taskforces contingent contingents detachment unit units battalion brigade
    squadron personnel
    review inquiry
    province provinces territory territories survivors residents applicants
    contractor employer provider providers client clients customer customers patients
    motorists motorist drivers driver passengers travellers travelers households businesses
    firms employees operator operators landlords tenants owners
    district districts municipality municipalities
    trucks vehicles vessels ships
    parents carers guardians nurses doctors midwives pharmacists teachers pupils women men
    adults consumers borrowers homeowners renters leaseholders farmers crews firefighters
    paramedics councillors trustees licensee licensees bidders tenderers respondents assessors
    auditor auditors inspectors
    """
)

# Singular heads a news report gives the party it has named ("The band will tour the UK",
# "The watchdog is set to fine ...", "The chip maker is poised to ..."): people by trade or role
# and bodies by the reporter's shorthand, whose plurals act as "singers" and "regulators" do.
NEWS_AGENT_NOUNS = word_set(
    """
    band singer rapper actor actress star boss giant studio label watchdog broadcaster
    producer executive publisher developer club league charity campaigner lender
    institution university trust presenter artist designer author coach manager striker
    captain chef founder entrepreneur billionaire tycoon
    """
)

# Verbs after which an opening "It" is no party but the weather, a cost or a state of affairs
# ("It will take years", "It is expected to rain", "It will be a busy summer").
EXPLETIVE_IT_VERBS = word_set("be take seem appear remain cost mean rain snow depend matter help")

# Words of a deed that take a clause of their own, whose verb is no main verb of the sentence
# ("Canada's plan to make sure every refugee is housed will be put to parliament").
CLAUSE_TAKING_VERBS = word_set("ensure sure see show prove say guarantee")

# Heads a news report uses for the body it is about, once named ("the firm", "the company",
# "the retail giant", "the chain"): "the firm would recruit apprentices" is the story's party.
STORY_SHORTHANDS = word_set(
    """
    company firm group chain retailer giant carmaker maker studio band broadcaster airline
    carrier supplier lender business
    """
)

# Endings of one-word heads that name a maker by its trade ("carmaker", "chipmaker").
NEWS_AGENT_ENDINGS = ("maker",)

# Heads of noun phrases that are things, not actors ("The Executive Order will make ...",
# "This appointment will ensure ...", "Our exercise will help ...").
THING_NOUNS = word_set(
    """
    act agreement appointment assets bill budget call campaign conference contract deal
    debate decision economy effort efforts event exercise facility framework funding funds
    initiative investment investments law loan loans meeting message money order plan policy
    policies process program project proposal report rule sanctions statement step steps
    summit system talks treaty trip visit vote war week day month year time amount number
    rate result results news package money price prices cost costs change changes action
    actions communique communiqué agenda mechanism strategy measure measures impact line
    question questions reform reforms disbursals disbursal schedule income assets
    commitment commitments news test tests support aid help purchase sale merger acquisition
    clinic clinics centers centres hubs
    """
)
# Vehicles an operator runs: things, not actors ("Rail replacement buses will run every 20
# minutes" is the operator's service: run the buses).
VEHICLE_NOUNS = word_set("bus buses coach coaches train trains tram trams ferry ferries shuttles")
THING_NOUNS = THING_NOUNS | VEHICLE_NOUNS
# What vehicles do as the operator's service, said with the vehicle as subject ("buses will run",
# "ferries will operate hourly"): the action names them ("run rail replacement buses").
SERVICE_VERBS = word_set("run operate")

# Words that start a clause rather than a subject noun phrase; a subject search stops there.
CLAUSE_WORDS = word_set(
    """
    that which who whom whose where because while although though if unless when whether
    once since until so but nor as than whereas after before
    """
)

# Of those, the ones that subordinate a clause of time, cause or condition: a verb phrase
# that ends on one ("continue to support Ukraine until") ends before it.
SUBORDINATORS = word_set(
    "because while although though if unless when once since until after before whereas"
)

# Past tenses whose object a name after them is ("I met the President and we will ..."): the
# name is no part of the subject after "and" (past tenses in -ed are found by their ending).
OBJECT_TAKING_PASTS = word_set("met saw told rang")

# Nouns of a time put before the subject, never a noun a relative clause after them tells of:
# "for the foreseeable future we will", "in the long run we will", "in the meantime we'll".
FRONTED_TIME_NOUNS = word_set("future term meantime interim run")

# Verbs of saying and thinking that introduce reported speech ("He said leaders ... must").
REPORTING_VERBS = word_set(
    """
    said says say tell told tells added adds noted notes stressed stresses announced announces
    stated
    confirmed confirms emphasized emphasizes underscored underscores reiterated reiterates
    explained explains warned warns argued argues insisted insists believes believe believed
    expect expects expected hopes hope hoped thinks think thought know knows knew agreed
    determined decided acknowledged acknowledges affirmed reaffirmed reaffirms recalled
    recalls indicated indicates predicted predicts promised promises pledged pledges vowed
    vows suggested suggests made clear make clear assured assures wrote writes predict
    predicts predicted forecast forecasts projected estimate estimates claims claimed
    contends contended maintains announce confirm
    """
)

# Closed-class words a verb phrase never starts with ("the political will is there").
NOT_VERB_STARTS = word_set(
    """
    the a an this that these those is are was were be been being has had it its of in on at
    for from with by as and or but to not n't i you we he she they them us me him her
    great
    """
)

# Leading adverbs dropped from an action ("will also discuss" -> "discuss").
LEADING_ADVERBS = word_set(
    """
    also now certainly then still indeed definitely really just actually likely probably
    soon immediately again further formally officially together jointly personally both
    only simply briefly however therefore thus accordingly nonetheless nevertheless likewise
    all quickly swiftly once surely clearly absolutely obviously each
    """
)

PERSON_PRONOUNS = word_set("i we he she they you them us him her")
THING_PRONOUNS = word_set(
    "it this that these those there which what everything nothing something anything here"
)

# Heads of a subject before "is to" that name a purpose or a role, not someone who will act
# ("Our aim is to build", "The challenge is to keep up"): "The Commission is to present its
# proposal" is a deed to come, "The goal is to reach" is not.
PURPOSE_NOUNS = word_set(
    """
    aim aims goal goals purpose purposes objective objectives job task tasks challenge idea
    point priority priorities intention mission focus hope ambition role way key answer option
    options thing solution test problem question plan plans strategy approach step intent
    object desire dream wish target vision effect result reason reasons
    """
)

# Events a calendar holds: "The summit is scheduled for October", "The vote is set for
# Tuesday", "A second closure is planned for 6 November", "The next infringement package is
# scheduled for 4 December" (the issuer holds them, on that date).
SCHEDULED_EVENTS = word_set(
    """
    summit summits meeting meetings conference conferences talks vote votes election elections
    visit visits trip ceremony launch opening hearing hearings session sessions forum dialogue
    consultation consultations debate signing negotiations round roundtable assembly congress
    convention festival exercise exercises review inquiry workshop symposium retreat
    closure closures shutdown outage outages inspection inspections audit census referendum
    auction sitting handover package
    """
)

# Verbs a calendar puts in the present simple, with a date ahead: "Applications open on 1 July",
# "The Prime Minister departs for Jakarta on Monday" (their -s and base forms).
SCHEDULE_VERBS: dict[str, str] = {
    "opens": "open", "open": "open", "closes": "close", "close": "close", "begins": "begin",
    "begin": "begin", "starts": "start", "start": "start", "commences": "commence",
    "commence": "commence", "resumes": "resume", "resume": "resume", "departs": "depart",
    "depart": "depart", "leaves": "leave", "leave": "leave", "returns": "return",
    "return": "return", "arrives": "arrive", "arrive": "arrive", "travels": "travel",
    "travel": "travel", "visits": "visit", "visit": "visit", "hosts": "host", "host": "host",
    "convenes": "convene", "convene": "convene", "launches": "launch", "launch": "launch",
    "votes": "vote", "vote": "vote", "meets": "meet", "meet": "meet",
}  # fmt: skip

# Days a calendar's present names with no preposition before them ("the council votes
# Wednesday on the plan", American usage), after a verb of SCHEDULE_VERBS.
BARE_DAYS = word_set("monday tuesday wednesday thursday friday saturday sunday tonight")

# The speakers' opponents, as a government's own briefing or release reports them: what they
# say they will do is their line, not an item of the briefing ("The Opposition has said it will
# oppose the bill", "The union has said it will strike on the 24th"). Matched as written, so
# "the nurses' union" is one and "the European Union" is not.
OPPONENT_WORDS = word_set("Opposition opposition opponents critics union unions")

# What a notice says people "can" do from a date on: its calendar ("Eligible businesses can apply
# online from 15 March", "Parents can enrol their children from Monday").
# (and "Season ticket holders can claim a refund ... from 23 June", "can renew online from")
OPENED_DEEDS = word_set("apply register enrol enroll book nominate submit vote claim renew")

# Those who forecast, not act: what "analysts expect the company to" do is their prediction,
# not an item of the company's ("Analysts expect the firm to report a loss").
FORECASTERS = word_set("analysts economists experts observers commentators forecasters pundits")

# The public at large, asked by plain name with no determiner: "We're asking folks to check on
# their elderly neighbors", "I'm urging residents to stay off the roads".
ASKED_PUBLIC = word_set(
    "people folks everyone everybody residents families parents households drivers motorists "
    "travellers travelers visitors customers businesses employers"
)

# Verbs that, negated, state a stance, not a deed to come ("We will not accept any attempt
# to intimidate Allies", "We will not stop here", "we will not rest").
NEGATED_STANCE_VERBS = word_set(
    "accept tolerate stop rest hesitate relent flinch allow permit countenance"
)  # ("We are not going to allow state governments to play politics with health")

# The month a time expression names, for whether it is still to come ("in September", said in
# July); Christmas counts as December.
MONTH_NUMBERS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "christmas": 12,
}  # fmt: skip

# Verbs that tell someone something, so that a "that" a few words after them opens what is
# told, not a relative clause ("wishes to inform the public that work will resume").
TELLING_VERBS = word_set(
    "inform informs informed tell tells told assure assures assured advise advises advised "
    "notify notifies notified remind reminds reminded reassure reassures reassured"
)

# Verbs by which a body records what it decided, so that a "that" after them opens the
# decision ("The Task Force resolved that all contacts will be followed up daily").
DECIDING_VERBS = word_set("resolved resolves concluded concludes ruled rules directed directs")

# What a decision in the subjunctive opens with, before "That X be done": a resolution's own
# heading ("RESOLVED: That the application be deferred", "(a) That £2.4 million be allocated")
# or a verb of agreeing ("It was agreed that a committee ... be established to review").
SUBJUNCTIVE_OPENERS = word_set("resolved resolves agreed agrees decided decides")

# What one gets as a deed of one's own ("should get their flu shot", "get a booster"): care
# received, unlike "get a sense" or "get the message".
GOTTEN_CARE = word_set(
    "shot shots jab jabs booster boosters vaccine vaccines vaccination vaccinations dose doses "
    "test tests screening check-up checkup"
)

# Words that make a body a former one ("The last Government promised a great deal", "the
# previous administration pledged to"): its promises are history, no one's item now.
FORMER_WORDS = word_set("last previous former")

# What a notice asks the public to send somewhere, in the passive ("Queries should be sent to
# ...", "Enquiries should be directed to the press office"): contact details, no deed; and
# the verbs that send them.
CONTACT_NOUNS = word_set("queries enquiries inquiries questions complaints comments feedback")
CONTACT_VERBS = word_set("send direct address forward email")

# States of a speaker glad to act, in the conditional ("I would be happy to meet the hon. Lady",
# "We'd be glad to host them"): a courteous pledge.
GLAD_STATES = word_set("happy glad delighted pleased")

# Participles that describe the people a notice speaks to, after the noun that names them
# ("Parties wishing to take part in the auction are required to", "Operators seeking a licence
# must apply"): the noun is the subject's head.
DESCRIBING_PARTICIPLES = word_set(
    "wishing seeking intending planning hoping wanting bidding applying travelling traveling "
    "living working affected"
)

# Words that close an age or a number's range after "and" ("people who are 65 and older",
# "children aged 5 and under"): no second clause begins there.
AGE_BOUNDS = word_set("older over above under younger below")

# Possessive determiners: a subject that is one of them alone is a leftover of a noun phrase
# ("Ministers reaffirmed their commitment to X and agreed to": the subject is "Ministers").
POSSESSIVES = word_set("their its our his her my your")

# Phrases that put a topic before a clause's subject without a comma ("In terms of this
# weekend the President will …", "As for Friday the Secretary will …"): no part of the actor.
TOPIC_OPENERS = (
    "in terms of",
    "as for",
    "as to",
    "when it comes to",
    "with regard to",
    "regarding",
)

# Words that open a time put before a subject with no comma ("From the next sitting week until
# the end of the year the Government will trial ...", "Until June the Council will"): the time
# is no part of the subject.
TIME_OPENERS = ("from", "until", "till", "starting", "beginning", "throughout", "the end of",
                "the start of", "the middle of")

# What follows "if" in a qualifier that hedges an instruction without making it hypothetical:
# "U.S. citizens in Ukraine should depart immediately, if it is safe to do so", "we will act
# if necessary" is still advice or a pledge (not "if Russia invades": a condition).
QUALIFYING_CONDITIONS = (
    "it is safe to do so", "it's safe to do so", "it is safe", "it's safe", "safe to do so",
    "possible", "necessary", "needed", "required", "appropriate", "practicable", "feasible",
)  # fmt: skip

# Words that make "a ... time for us to" a description, not a call: "It is also a really
# important time for us to stop and celebrate" (not "It's time for Congress to act").
DESCRIBED_TIMES = word_set("important good great exciting proud special wonderful happy sad busy")

# People in general, whose plans in the present simple are habits, not items: "People become
# active and decide to go and join their Labor Party branch".
GENERIC_PEOPLE = word_set(
    "people australians americans canadians britons everyone everybody families voters citizens"
)

# Subjects that name whoever fits a description, so that what "will" happen to them is a
# condition, not anyone's deed: "Anyone found culpable will be sanctioned", "Whoever breaks the
# rules will be punished".
WHOEVER_WORDS = word_set("anyone anybody whoever whichever anything")

# Asides a speaker puts between a subject and its verb, set off by commas ("the Housing
# Accelerator Fund, I can tell you, will open a new intake"): blanked out so that the subject
# reaches its verb.
SPOKEN_ASIDES = (
    "I can tell you", "I can say", "I think", "I believe", "I hope", "of course", "frankly",
    "as you know", "as I said", "in fact", "I'm told", "I am told", "I should say",
    "I would say", "I'd say", "I must say", "let me say", "let me be clear",
)  # fmt: skip

# Verbs that are deeds when the speaker has others do them ("I'll have my team look at it"),
# beyond the action verbs above.
CAUSED_VERBS = word_set("look check")

# The line under a masthead that says a text is a body's own release: "Bristol City Council /
# News release", "Ofgem / Press release" (the masthead then names who issues it).
# The nouns of a polity's own masthead ("Republic of Namibia", "Province of Manitoba", "Kingdom
# of Tonga" over a budget statement or a premier's remarks): its release speaks for that
# polity's government ("Government of Namibia"), whose "we" and agentless passives they are.
POLITY_NOUNS = word_set("Republic Province Kingdom Commonwealth Principality Territory Government")

RELEASE_KINDS = frozenset(
    """news release|press release|media release|news|statement|media statement|news story|
    readout|press statement|announcement|communiqué|communique|notice|service notice|
    public notice|advisory|update""".replace("\n    ", "").split("|")
) | frozenset(
    # the same in the languages publishers print them (a bilingual release keeps both)
    """communiqué de presse|communique de presse|comunicado de prensa|comunicado de imprensa|
    nota de prensa|nota de imprensa|nota à imprensa|comunicato stampa|pressemitteilung|
    pressemeldung|persbericht|pressemelding|pressemeddelelse|pressmeddelande|
    basın açıklaması|basın bülteni|siaran pers|kenyataan media|taarifa kwa vyombo vya habari|
    pahayag""".replace("\n    ", "").split("|")
)

# States a thing stays in, forecast rather than done: "The highway is expected to remain closed
# until Sunday" (a road, not anyone's deed; "The Embassy will remain open" is its staff's).
REMAINING_STATES = word_set("closed open shut unchanged high low elevated flooded cut stable")

# Words that place a change in time without a date: a rollout "in phases" or "in stages", a
# closure "a week early" ("Applications will open in phases", "Schools will close a week
# early"): like a date, they make what a release says will come about its issuer's schedule.
PHASE_NOUNS = word_set("phases stages waves tranches steps")
SHIFT_WORDS = word_set("early earlier late later")
