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
    marshal commissioner emir sheikh lady
    secretary-general boss owner shareholder investor trader broker banker
    guitarist drummer bassist frontman vocalist filmmaker novelist playwright poet
    composer dancer photographer artist critic journalist blogger columnist commentator
    teacher doctor nurse surgeon engineer developer programmer architect manager
    superstar creator entrepreneur businessman businesswoman tycoon mogul magnate
    president-elect secretary-designate nominee candidate
    """.split()
)


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
    """.split()
)


# Capitalised words that may sit inside a title ("the United States Secretary of State").
TITLE_CAPS = frozenset(
    """Secretary President Minister General Governor Senator United States Department
    Kingdom Republic Union Office House Air Force Army Navy Police Northern Southern
    Eastern Western North South East West New Great BBC NATO US UK EU UN American British
    European Russian Chinese French German Israeli Ukrainian Polish Irish Scottish Welsh
    English Japanese Indian Turkish Swedish Finnish Former""".split()
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
    """.split()
)


LABEL_HONORIFICS = frozenset({"MR", "MS", "MRS", "MISS", "DR", "SIR", "DAME"})


NAME_SUFFIXES = frozenset({"JR", "SR", "II", "III", "IV"})


# Letters after a name in committee transcripts: members of parliaments and assemblies,
# honours and professional letters. "Lynne Neagle AM" is Lynne Neagle.
POST_NOMINALS = frozenset(
    "AM MS MP MSP MLA MEP TD QC KC OBE CBE MBE KBE DBE PC FRS PhD MD Jr Jr. Sr Sr.".split()
)


# Honorifics a written label opens with: "Mr. John Brassard" is John Brassard.
WRITTEN_HONORIFICS = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Mx. Hon Hon. Right Rt Rt. Honourable Honorable".split()
)
