"""Who acts in an action item: speakers of quotes and turns, pronouns, "we", titles and names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefcli.lexicon.actions import AGENT_NOUNS, POLITY_NOUNS, RELEASE_KINDS, STORY_SHORTHANDS
from briefcli.lexicon.commitments import (
    BODY_NOUNS,
    COUNTRY_NAMES,
    DOMAINS,
    GOVERNMENTS,
    RELEASE_AUTHORS,
    SIGNS,
    US_ISSUERS,
)
from briefcli.lexicon.offices import OFFICE_HOLDERS
from briefcli.lexicon.people import ORGANISATION_HEADS, ROLE_WORDS, STYLE_PREFIXES
from briefcli.model import Quote, Sentence
from briefcli.people.labels import office_holder
from briefcli.people.names import find_names
from briefcli.people.person import Person
from briefcli.people.speaker import People
from briefcli.text.document import Document

# The organisation a "we" stands for when a title names one ("NATO Secretary General").
_ORGANIZATIONS = re.compile(
    r"\b(NATO|European Union|EU|E\.U\.|United Nations|U\.N\.|UN|G7|G-7|G20|G-20|African Union|"
    r"European Commission|OSCE|IAEA|World Bank|IMF|WHO|OAS|ASEAN)\b"
)
_TITLE_WORDS = frozenset(
    "Secretary General President Minister Director Ambassador Adviser Advisor Coordinator "
    "Spokesperson Senator Governor Chancellor Dr. Mr. Mrs. Ms. Gen. Adm. Admiral Representative "
    "Envoy Commissioner Chair Chairman Chief Leader Premier".split()
)
_US_DEFAULT = "U.S. administration"
# Signs that a briefing comes from the U.S. government, where an unnamed "we" is the
# administration, against signs of another government's (a Canadian committee, a Welsh
# minister), where it is the speaker's body or the speaker.
_AMERICAN = (
    "U.S.", "United States", "White House", "America", "Pentagon", "Biden", "Trump", "Obama",
    "Congress", "Department of State", "Department of Defense", "Department of Homeland Security",
    "Department of the Treasury", "Secretary of State",
)  # fmt: skip
_ELSEWHERE = (
    "Parliament", "House of Commons", "Standing Order", "Senedd", "Welsh", "Wales",
    "Scottish Government", "Scotland", "UK Government", "Government of Canada", "Canadian",
    "Ottawa", "Westminster", "Whitehall", "Assembly Member", "MPs", "MSPs",
)  # fmt: skip
# A body named in a speaker's role: "Assistant Deputy Minister, Department of Veterans
# Affairs" -> Department of Veterans Affairs; "Welsh Government"; "Government of Saint Lucia".
_BODY = re.compile(
    r"\b(?:Department|Ministry|Office|Agency|Commission|Council|Directorate|Authority|Service|"
    r"Government)"
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+|of\s+|the\s+)?[A-Z][\w’'-]*)*"
    r"|\b(?!(?:Deputy|Acting|Senior|Chief|Assistant|Associate|Principal)\s)[A-Z][a-z]+\s+Government\b"
)  # (not a title's: "Deputy Government Spokesperson")
_UNATTRIBUTED = "Unattributed"
# A polity's masthead, alone on the title line: "Republic of Namibia", "Province of Manitoba".
_POLITY = re.compile(
    r"(?:The\s+)?(?:" + "|".join(sorted(POLITY_NOUNS)) + r")\s+of\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)
# The line of a written statement or answer that says who made it.
_SIGNED_BY = re.compile(
    r"\b(?:[Mm]ade|[Aa]nswered|[Ii]ssued|[Gg]iven|[Ss]igned|[Dd]elivered|[Ww]ritten|[Ll]aid)\b"
    r"[^.:;]{0,40}?\bby\s+(?P<who>.+)$"
)
# Words that end a body's name beside the lexicon's organisation heads ("Land and Property
# Registry", "Greater Manchester Police", "NHS Executive").
_MASTHEAD_HEADS = frozenset("Registry Police Executive Service Services Agency Regulator".split())
# A masthead: a short name in capitals, no digits ("Greater Manchester Police", "NHS England").
_MASTHEAD = re.compile(r"[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|of|the|and|for)){0,5}")
# A news report's lead: its named subject ("IBM is spending", "Acme has agreed"), or a name
# that owns something in it ("Sony's PlayStation 3").
_LEAD_SUBJECT = re.compile(
    r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:is|are|has|have|will|plans|says|said)\b"
)
_REPORT_LEAD = 3  # the sentences of a news report that name the party it is about
# The party a news headline says will act: "Chip maker Valdris to build £2bn plant", "Retail
# giant Marlow's to close 40 stores", "Glass Harbour announce first UK tour".
# A news report's shorthand for the body it is about: "the firm", "the retail giant".
_SHORTHAND = re.compile(
    r"(?:[Tt]he)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(STORY_SHORTHANDS)) + r")"
)
_HEADLINE_PARTY = re.compile(
    r"(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+(?:to|will|is|are|plans?|sets?)\s"
)
_LEAD_OWNER = re.compile(r"(?<![\w.])(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})[’']s\s")
_NOT_PARTIES = frozenset(
    "The A An This That These Those It He She They We I There Its Their Our Last Next "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
# The one a release's title or lead names as announcing it: "Minister Mokoena announces ...",
# "The Minister of Electricity, Thabo Mokoena, today announced ...".
_ANNOUNCER = re.compile(
    r"(?:The\s+)?(?P<office>[A-Z][\w.’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w.’'-]*)){0,8}?)"
    r"(?:,\s+(?P<person>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),)?\s+"
    r"(?:today\s+|has\s+|have\s+)?(?:announces|announced|launches|launched|unveils|unveiled|"
    r"releases|released|confirms|confirmed)\b"
)
# A text's "we" naming itself in apposition: "We, the G7 Finance Ministers and Central Bank
# Governors, met ...", "We, the Heads of State and Government of ...,".
_WE_THE = re.compile(r"\bWe,\s+the\s+(?P<who>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|the))*?),")

# A state's or province's government, which a governor's or premier's "we" stands for: "State
# of New Mexico", "NSW Government", "Queensland Government" (national ones are GOVERNMENTS).
_STATE_GOVERNMENT = re.compile(
    r"\bState\s+of\s+[A-Z][a-z]+(?:\s+(?!Governor\b)[A-Z][a-z]+)?\b|\b(?:[A-Z]{2,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"\s+Government\b"
)
_SUBNATIONAL_LEADER = re.compile(r"\b(?:Governor|Premier|Mayor)\b(?![- ]General)")
_ROLE = re.compile(
    r"\b(?:the\s+)?(?:(?:vice|deputy|assistant)\s+)?(?:president|secretary(?:\s+general)?|"
    r"prime\s+minister|chancellor|minister|ambassador|senator|governor|king|queen|"
    r"spokesperson|press\s+secretary|national\s+security\s+advisor|(?:high\s+)?commissioner|"
    r"director[- ]general)\b",
    re.I,
)
_ATTRIBUTED = re.compile(
    r"[”\"]\s*,?\s*(?P<after>he|she|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|"
    r"the\s+[a-z]+(?:\s+[a-z]+){0,2})\s+(?:said|says|added|noted|stressed|explained|continued|"
    r"told|wrote)\b"
    r"|[”\"]\s*,?\s*(?:said|says|added)\s+(?P<inverted>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|"
    r"the\s+[a-z]+(?:\s+[a-z]+){0,2})"
    r"|(?P<before>\b[Hh]e|\b[Ss]he|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|"
    r"the\s+[a-z]+(?:\s+[a-z]+){0,2})\s+(?:said|says|added|stressed)\s*,?:?\s*[“\"]"
)
_ATTRIBUTING = tuple("said says added noted stressed explained continued told wrote".split())
_STATEMENT_TITLE = re.compile(
    r"^(?:Statement|Remarks|Op-Ed|Letter|Message|Video Message|Statement and Q&A)\b.*?\b"
    r"(?:from|by|of)\s+(?P<author>.+?)(?:\s+(?:on|at|to|regarding|in|before|marking)\s|$)"
)
# A byline: a full name, a comma and a title, alone on a line near the top.
_BYLINE = re.compile(
    r"^(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),\s+"
    r"(?P<role>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,7})$"
)
_BYLINE_BLOCKS = 3
_JOINT_TITLE = re.compile(
    r"\bJoint\s+(?i:Statement|Declaration|Readout|Communiqu[eé])\s+(?:from|by|of|between)\s+"
    r"(?:the\s+)?(?P<parties>.+?)(?:\s+(?:on|at|regarding|following|in)\s|$)"
)
_BARE_JOINT = re.compile(r"Joint\s+(?:Statement|Declaration|Communiqu[eé])", re.I)
# "Third European Union - African Union Ministerial Meeting": the two who meet.
_MEETING_OF = re.compile(
    r"^(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+\w*)\s+)?"
    r"(?P<a>[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*){0,3})\s*[-–—]\s*"
    r"(?P<b>[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*){0,3}?)\s+"
    r"(?:Ministerial|Summit|Dialogue|Meeting|Consultations|Leaders)\b"
)
_NOT_IN_NP = r"(?!(?:to|of|in|for|with|and|or|is|was|has|are|were|that|who)\b)"
_PLURAL_NP = re.compile(
    rf"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth|[Aa]ll|[Oo]ther)\s+(?:{_NOT_IN_NP}[A-Za-z-]+\s+){{0,3}}?"
    rf"{_NOT_IN_NP}[a-z-]{{2,}}(?<!ss)(?<!\bits)(?<!\bthis)(?:s|ies)\b"
    r"|\b[a-z]+(?:ers|ors|ies|ents|ants|ians|ists)\b"
    # two named together: "both the Foreign Minister and the Department of Foreign Affairs"
    r"|\b(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.’'-]*){0,4}"
    r"\s+and\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.’'-]*){0,4}"
    r"(?=\s+(?:are|were|have|will|would|both)\b)"
    # a plural that opens the sentence ("Councils will receive ..., and we expect them to"),
    # a body by its initials ("the ESB – I can answer that – we've asked them to")
    r"|^[A-Z][a-z]{2,}(?<!s)s\b(?=\s+(?:will|are|have|must|should)\b)"
    r"|\bthe\s+[A-Z]{2,5}\b(?=\s*[–—,-])"
)


@dataclass(frozen=True)
class Voice:
    """Who is speaking a stretch of text: a quote's speaker, a turn's speaker, a statement's
    author; `name` None when the text does not say."""

    name: str | None
    title: str | None


class Actors:
    """Resolves the subject of an action item to the actor a checklist should show."""

    def __init__(
        self, doc: Document, sentences: Sequence[Sentence], people: People, quotes: Sequence[Quote]
    ) -> None:
        self._doc = doc
        self._sentences = {s.id: s for s in sentences}
        self._people = people
        self._doc_text = " ".join([doc.title or ""] + [s.text for s in sentences])
        self._american: bool | None = None  # found when first needed (see _is_american)
        self._home: tuple[str | None] | None = None  # found when first needed (home_country)
        self._quoted = _quoted_spans(sentences)
        self._quote_voices = {
            i: Voice(q.speaker, q.speaker_title)
            for q in quotes
            for i in range(q.sentence, q.last_sentence + 1)
            if q.speaker
        }
        self._author = self._statement_author()
        self._recent: list[tuple[int, str]] = []
        self._organizations: dict[tuple[str | None, str | None], str] = {}
        self._attributions = self._paragraph_attributions(sentences)
        self.names = frozenset(
            word.strip(",.;:’'“”\"()")
            for text in [" ".join((doc.title or "").split()[1:])] + [s.text for s in sentences]
            for word in text.replace("’s ", " ").replace("'s ", " ").split()[1:]
            if word[:1].isupper()
        )
        self.participants = {
            s.speaker for s in sentences if s.speaker is not None and not s.question
        }

    # --- who speaks ---------------------------------------------------------------------

    def speech(self, sentence: Sentence, position: int) -> Voice | None:
        """The voice of the quote around `position`, or None outside quotation marks."""
        for start, end in self._quoted.get(sentence.id, ()):
            if start <= position < end:
                known = self._quote_voices.get(sentence.id)
                if known is not None:
                    return known
                return self._attributions.get(sentence.paragraph, Voice(None, None))
        return None

    def _narrator(self, sentence: Sentence) -> Voice | None:
        """Who speaks outside quotes: the turn's speaker, or a statement's author."""
        if self._doc.kind == "transcript" and sentence.speaker is not None:
            block = (
                self._doc.blocks[sentence.paragraph]
                if sentence.paragraph < len(self._doc.blocks)
                else None
            )
            label = block.speaker if block is not None else None
            person = self._people.label_person(label) if label else None
            title = person.title if person is not None else None
            return Voice(sentence.speaker, title or (label or "").title())
        return self._author

    def _statement_author(self) -> Voice | None:
        title = (self._doc.title or "").replace("\u00a0", " ")
        m = _STATEMENT_TITLE.search(title)
        if m is None:
            return self._byline() if self._doc.kind == "article" else None
        author = m.group("author").strip()
        for person in self._people.people:
            if person.name in author:
                return Voice(person.name, person.title or author.replace(person.name, "").strip())
        return Voice(author, author)

    def _byline(self) -> Voice | None:
        """A statement's author from its byline, a short line under the title: "Antony J.
        Blinken, Secretary of State", "Ned Price, Department Spokesperson"."""
        for block in self._doc.blocks[:_BYLINE_BLOCKS]:
            m = _BYLINE.match(block.text.strip())
            if m is None:
                continue
            role = m.group("role")
            if any(w.lower() in ROLE_WORDS for w in re.findall(r"[A-Za-z-]+", role)):
                return Voice(m.group("name"), role)
        return None

    def _paragraph_attributions(self, sentences: Sequence[Sentence]) -> dict[int, Voice]:
        """The speaker of each paragraph's quotes, from "..., he said" and its kin."""
        found: dict[int, Voice] = {}
        by_paragraph: dict[int, list[Sentence]] = {}
        for s in sentences:
            by_paragraph.setdefault(s.paragraph, []).append(s)
        for paragraph, members in by_paragraph.items():
            for s in members:
                # Every form of _ATTRIBUTED has a quotation mark and one of _ATTRIBUTING's
                # verbs: substring tests first skip the slow search on most sentences.
                text = s.text
                if not ('"' in text or "”" in text or "“" in text) or not any(
                    v in text for v in _ATTRIBUTING
                ):
                    continue
                m = _ATTRIBUTED.search(s.text)
                if m is None:
                    continue
                who = (m.group("after") or m.group("inverted") or m.group("before")).rstrip(".,")
                name = self._named(who, s.id, s.text.find(who), exclude=None)
                if name is not None:
                    person = self._person_named(name)
                    found[paragraph] = Voice(name, person.title if person else None)
                    break
        return found

    # --- resolving a subject --------------------------------------------------------------

    def voice(self, sentence: Sentence, position: int) -> Voice | None:
        """Who says the words at `position`: the quote's speaker, else the turn's speaker or
        the statement's author."""
        speech = self.speech(sentence, position)
        return speech if speech is not None else self._narrator(sentence)

    def actor(self, subject: str, sentence: Sentence, voice: Voice | None, position: int) -> str:
        """The actor for `subject` as written in `sentence`, pronouns and "we" resolved."""
        subject = _without_style(subject)
        lower = subject.lower()
        speaker = voice if voice is not None else self._narrator(sentence)
        if lower in {"i", "me"}:
            if speaker is not None and speaker.name:
                return speaker.name
            return self._release_author() or "I"
        if lower in {"we", "us", "we all"} or re.fullmatch(
            r"(?:my|our|this)\s+(?:administration|government)", lower
        ):
            return self._organization(speaker)
        if lower in {"he", "she"}:
            exclude = voice.name if voice is not None else None
            name = self._named(lower, sentence.id, position, exclude)
            return name or self._recent_person(sentence.id, exclude) or _display(subject)
        if lower in {"they", "them"}:
            return self._plural(sentence, position) or _display(subject)
        if _SHORTHAND.fullmatch(subject):
            party = self.headline_party()  # "the firm would recruit": the headline's firm
            if party is not None:
                return party
        person = self._person_in(subject, sentence.id)
        if person is not None:
            return person
        # "my national security team", "our partners": the speaker's own, named as such.
        return _display(re.sub(r"^(?:my|our|My|Our)\s+", "", subject))

    def remember(self, sentence: Sentence, actors: Sequence[str | None]) -> None:
        """Notes the actors found in a sentence, for a later "they"."""
        for actor in actors:
            if actor:
                self._recent.append((sentence.id, actor))

    def _recent_person(self, sentence: int, exclude: str | None) -> str | None:
        """The one "he" or "she" stands for when no name is near: the actor of an item just
        before who is a person or an office ("The External Affairs Minister will be travelling
        to Tokyo. During the visit he is expected to call on ...")."""
        names = {person.name for person in self._people.people}
        for sid, actor in reversed(self._recent):
            if sid < sentence - 2:
                break
            if actor != exclude and (actor in names or _ROLE.search(actor)):
                return actor
        return None

    def _organization(self, speaker: Voice | None) -> str:
        """What "we" stands for in a voice: the alliance, country or administration."""
        key = (speaker.name, speaker.title) if speaker is not None else (None, None)
        if key not in self._organizations:
            self._organizations[key] = self._find_organization(speaker)
        return self._organizations[key]

    def _find_organization(self, speaker: Voice | None) -> str:
        title = speaker.title if speaker is not None else None
        if title:
            m = _ORGANIZATIONS.search(title)
            if m:
                return m.group(1)
            if re.search(r"secretary[- ]general", title, re.I):
                m = re.search(_ORGANIZATIONS.pattern + r"\s+Secretary[- ]General", self._doc_text)
                if m:
                    return m.group(1)
            country = _country_in(title)
            if country:
                return country  # "Polish President", "Israeli Defense Minister"
        if speaker is not None and speaker.name:
            surname = re.escape(speaker.name.split()[-1])
            of = re.compile(rf"\b{surname}\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")
            m = _near_mentions(of, self._doc_text, speaker.name.split()[-1])
            if m and m.group(1) not in {"State", "Defense", "Homeland", "Labor", "Commerce"}:
                return m.group(1)
            # "Prime Minister Andrzej Duda" named with his country elsewhere: "Poland's ...".
            before = re.compile(rf"\b(\w+)\s+(?:\w+\s+){{0,3}}{surname}\b")
            m = _near_mentions(before, self._doc_text, speaker.name.split()[-1])
            country = _country_in(m.group(1)) if m else None
            if country:
                return country
            leader = title and re.search(r"\b(?:Prime Minister|Chancellor|King|Premier)\b", title)
            home = self.home_country()
            own = _ROLE.fullmatch(speaker.name.strip()) is not None or (
                home is not None and self._speaker_country(speaker) == home
            )
            if leader and not own:
                return speaker.name  # a foreign leader whose country the text does not give
        if speaker is None or speaker.name is None:
            named = self._self_named()
            if named is not None:
                return named  # "We, the G7 Finance Ministers ..., met in Evian"
            joint = _JOINT_TITLE.search((self._doc.title or "").replace("\u00a0", " "))
            if joint:
                return joint.group("parties").strip()
        if title and _SUBNATIONAL_LEADER.search(title):
            state = self._state_government()
            if state is not None:
                return state  # a governor's or premier's "we": the state's government
            if speaker is not None and speaker.name:
                return speaker.name  # no state government named: the governor's own office
        if speaker is None or speaker.name is None:
            polity = self._polity_masthead()
            if polity is not None:
                return polity  # "Republic of Namibia" over a budget speech: its government
            masthead = self._masthead_body()
            if masthead is not None:
                return masthead  # a release's "we" under its masthead: the body's
        country = self._speaker_country(speaker) or self.home_country()
        if country is None and not any(sign in self._doc_text for sign in _AMERICAN):
            header = self._header_body()
            if header is not None:
                return header  # "Ministry of Manpower" at the head of its release
        if country in {"United States", None} and self._is_american():
            return _US_DEFAULT  # a U.S. briefing, or one that shows no country but no other
        body = _BODY.search(title) if title else None
        if body is not None:
            return body.group(0)
        if country is not None and country != "United States":
            return GOVERNMENTS[country]
        header = self._header_body()
        if header is not None:
            return header  # "Ministry of Manpower" at the head of its release
        if speaker is not None and speaker.name:
            return speaker.name
        return self._announcer() or self._lead_party() or _UNATTRIBUTED

    def _lead_party(self) -> str | None:
        """The party a news report's lead is about, for a report no government issues: the
        named subject of its first sentence ("IBM is spending $100m ..."), else the first name
        that owns something there ("Details of the chip designed to power Sony's PlayStation
        3 ... will be released": Sony)."""
        if self._doc.kind != "article" or not self._sentences:
            return None
        lead = self._sentences[min(self._sentences)].text
        m = _LEAD_SUBJECT.match(lead) or _LEAD_OWNER.search(lead)
        if m is None or m.group("name").split()[0] in _NOT_PARTIES:
            return None
        return m.group("name")

    def _reported_party(self) -> str | None:
        """The first party a news report's opening sentences name as a subject ("The UK Film
        Council has awarded a contract ...", "IBM is spending ..."), else its lead's owner."""
        if not self._sentences:
            return None
        first = min(self._sentences)
        for sid in range(first, first + _REPORT_LEAD):
            sentence = self._sentences.get(sid)
            if sentence is None:
                continue
            for m in _LEAD_SUBJECT.finditer(sentence.text):
                name = re.sub(r"^The\s+", "", m.group("name"))
                if name and name.split()[0] not in _NOT_PARTIES and (
                    m.start() == 0 or sentence.text[m.start() - 1] == " "
                ):
                    return name
        return self._lead_party()

    def story_party(self) -> str | None:
        """The body a news report is about, for the "It" that opens one of its sentences ("It
        will also invest £40m ..."): the party its headline says will act, else the first
        party its opening sentences name; a person is no "it"."""
        if self._doc.kind != "article":
            return None
        party = self.headline_party() or self._reported_party()
        if party is None or party.split()[0] in _NOT_PARTIES or self._is_person(party):
            return None
        return party

    def headline_party(self) -> str | None:
        """The named party a news headline says will act ("Chip maker Valdris to build £2bn
        plant": Valdris), not a person, nor a first word capitalised only by the headline
        ("Watchdog to fine ...", when the report says "the watchdog")."""
        if self._doc.kind != "article":
            return None
        m = _HEADLINE_PARTY.search(self._doc.title or "")
        if m is None or f" {m.group('name').lower()} " in f" {self._doc_text} ":
            return None
        party = m.group("name")
        if party.split()[0] in _NOT_PARTIES or self._is_person(party):
            return None
        return party

    def _is_person(self, name: str) -> bool:
        return any(p.name in name or name in p.name for p in self._people.people)

    def _announcer(self) -> str | None:
        """Who a release's title or lead says announces it, for a government the lexicon does
        not know: "Minister Mokoena announces Grid Recovery Plan", "The Minister of
        Electricity, Thabo Mokoena, today announced ..." (the person, when named)."""
        lines = [self._doc.title or ""] + [b.text for b in self._doc.blocks[:4]]
        for line in lines:
            m = _ANNOUNCER.match(line.strip())
            if m is not None:
                return _display(m.group("person") or m.group("office"))
        return None

    def _header_body(self) -> str | None:
        """The body a release's header names, for a government the lexicon does not know:
        "From: Health Canada", "Ministry of Manpower", "MINISTRY OF ROADS AND HIGHWAYS"."""
        lines = [self._doc.title or ""] + [b.text for b in self._doc.blocks[:5] if len(b.text) < 90]
        for line in lines:
            m = re.match(r"\s*From:\s*(.+?)\s*$", line)
            if m:
                return m.group(1)
        for line in lines:
            text = line.strip()
            if text.isupper():  # "MINISTRY OF ROADS AND HIGHWAYS"
                text = re.sub(r"\b(Of|For|The|And)\b", lambda w: w.group(1).lower(), text.title())
            m = _BODY.search(text)
            if m is not None:
                return m.group(0)
        return self._masthead()

    def _polity_masthead(self) -> str | None:
        """The government a polity's masthead names, alone on the title line of a release or
        speech: "Republic of Namibia" -> "Government of Namibia" (None for any other title)."""
        if self._doc.kind == "transcript":
            return None
        m = _POLITY.fullmatch((self._doc.title or "").strip())
        return f"Government of {m.group('name')}" if m else None

    def _masthead_body(self) -> str | None:
        """A body a release's title line names alone, its headline under it: "Kinross and
        Ochil Council" over "Cabinet: Record of Decisions", "Statistics Office of Ireland"
        over "Statement on the Labour Force Survey". Its "we" is that body's."""
        if self._doc.kind == "transcript" or not self._doc.blocks:
            return None
        title = (self._doc.title or "").strip()
        if title.isupper():  # "HARROWGATE BOROUGH COUNCIL"
            title = re.sub(r"\b(Of|For|The|And)\b", lambda w: w.group(1).lower(), title.title())
        words = title.split()
        if not _MASTHEAD.fullmatch(title) or len(words) > 6:
            return None
        first = self._doc.blocks[0].text.strip()
        if len(first) >= 120:
            return None
        heads = [w for w in words if w in ORGANISATION_HEADS or w in _MASTHEAD_HEADS]
        # (or any name over a line that says what kind of release it is: "Creative Scotland"
        # over "Funding notice: Open Project Fund")
        # ("Northern Coast Rail" over a bare "Customer notice" line, too)
        short = len(first.split()) <= 3 and not first.endswith(".")
        kind = first.split(":", 1)[0].strip().lower() if ":" in first or short else ""
        last = kind.split()[-1] if kind else ""
        return title if heads or kind in RELEASE_KINDS or last in RELEASE_KINDS else None

    def _masthead(self) -> str | None:
        """A release's masthead, when the line under it says what kind of release it is:
        "Bristol City Council" over "News release", "Ofgem" over "Press release", a transit
        authority over "Service notice: Weekend closure ..."."""
        title = (self._doc.title or "").strip()
        first = self._doc.blocks[0].text.strip().lower() if self._doc.blocks else ""
        first = first.split(":", 1)[0].strip()  # "News story: Work to start on ...": its kind
        if first in RELEASE_KINDS and _MASTHEAD.fullmatch(title):
            return title
        return None

    def _state_government(self) -> str | None:
        """The state or provincial government the briefing names first, if any."""
        national = set(GOVERNMENTS.values()) | {"Federal Government", "Commonwealth Government"}
        header = " ".join(block.text for block in self._doc.blocks[:3] if block.heading)
        for m in _STATE_GOVERNMENT.finditer(f"{header}. {self._doc_text}"):
            if m.group(0) not in national and not m.group(0).startswith(("The ", "This ")):
                return m.group(0)
        return None

    def home_country(self) -> str | None:
        """The country whose government issues the briefing: by its web address, else the
        country the title and text show most signs of (None when none shows)."""
        if self._home is None:
            url = (self._doc.source_url or "").lower()
            by_domain = [c for c, domains in DOMAINS.items() if any(d in url for d in domains)]
            if by_domain:
                self._home = (by_domain[0],)
            else:
                title = self._doc.title or ""
                # the header lines count as the title does ("Department for Transport")
                title += " " + " ".join(b.text for b in self._doc.blocks[:3] if b.heading)
                counts = {
                    country: sum(self._doc_text.count(sign) for sign in signs)
                    + 3 * sum(title.count(sign) for sign in signs)
                    for country, signs in SIGNS.items()
                }
                best = max(counts, key=lambda c: counts[c])
                self._home = (best if counts[best] else None,)
        return self._home[0]

    def _release_author(self) -> str | None:
        """Who an unsigned "I" in a release is: the holder, on its date, of the office that
        issues its government's releases (the lexicon's RELEASE_AUTHORS)."""
        if self._doc.kind == "transcript":
            return None
        signed = self._signed_by()
        if signed is not None:
            return signed  # "Answered on 12 May 2026 by Helen Marsh, Minister of State"
        country = self.home_country()
        office = RELEASE_AUTHORS.get(country or "")
        if country == "United States" and self.issuer_department() == US_ISSUERS["state.gov"]:
            office = "secretary of state"
        return office_holder(office, self._doc.date, self._doc_text) if office else None

    def _signed_by(self) -> str | None:
        """The person a statement's header line says made it: "Statement made on 6 October
        2026 by the Home Secretary, Priya Nandakumar", "Answered … by Helen Marsh, Minister
        of State"."""
        for block in self._doc.blocks[:8]:
            if len(block.text) > 200:
                continue
            m = _SIGNED_BY.search(block.text)
            if m is None:
                continue
            named = [n for n in find_names(m.group("who")) if n.full]
            if named:
                return named[0].name
        return None

    def _speaker_country(self, speaker: Voice | None) -> str | None:
        """The country whose office the speaker holds, by the lexicon's office holders."""
        if speaker is None or not speaker.name:
            return None
        for (country, _), holders in OFFICE_HOLDERS.items():
            if any(name == speaker.name for _, _, name in holders):
                return country
        return None

    def issuer(self, sentence: Sentence) -> str:
        """Who acts in a release's own voice ("Legislation will be introduced", "The new
        fund will support ..."): in a transcript the speaker's government, else the joint
        statement's parties, the statement author's government, or the home country's
        government (for the U.S., the department whose address the briefing has)."""
        narrator = self._narrator(sentence)
        if self._doc.kind == "transcript" or narrator is not None:
            return self._organization(narrator)
        named = self._self_named()
        if named is not None:
            return named
        joint = _JOINT_TITLE.search((self._doc.title or "").replace("\u00a0", " "))
        if joint:
            return joint.group("parties").strip()
        parties = self._meeting_parties()
        if parties is not None:
            return parties
        if self._doc.kind == "article" and self._doc.date is None:
            # A news report (no date line, no issuing office): what is done in its own voice
            # ("The network will be established in the UK") is the party it reports on.
            party = self._header_body() or self._reported_party()
            if party is not None:
                return party
        if _SUBNATIONAL_LEADER.search(self._doc_text[:400]):
            state = self._state_government()  # "Office of the Governor, State of New Mexico"
            if state is not None:
                return state
        polity = self._polity_masthead()
        if polity is not None:
            return polity  # "Province of Manitoba" over a premier's remarks: its government
        body = self._masthead_body()
        if body is not None:
            return body  # "Statistics Office of Ireland" over its statement: the Office
        country = self.home_country()
        if country == "United States":
            department = self.issuer_department()
            if department is not None:
                return department
        if country is not None:
            return GOVERNMENTS[country]
        return self._header_body() or self._organization(None)

    def _self_named(self) -> str | None:
        """Who a communiqué's "we" says it is, once, near its start: "We, the G7 Finance
        Ministers and Central Bank Governors, met in Evian", "We, the Leaders of ..."."""
        if self._doc.kind == "transcript":
            return None
        m = _WE_THE.search(self._doc_text[:1500])
        return m.group("who") if m else None

    def _meeting_parties(self) -> str | None:
        """The parties of a joint text titled only "Joint Communiqué" whose next line names
        the meeting: "Third European Union - African Union Ministerial Meeting"."""
        if not _BARE_JOINT.fullmatch((self._doc.title or "").strip()):
            return None
        for block in self._doc.blocks[:3]:
            m = _MEETING_OF.search(block.text)
            if m is not None:
                return f"{m.group('a')} and {m.group('b')}"
        return None

    def issuer_department(self) -> str | None:
        """The U.S. department that issues the briefing: by its address, or the State
        Department when the text names it."""
        url = (self._doc.source_url or "").lower()
        for domain, department in US_ISSUERS.items():
            if domain in url:
                return department
        if "Department of State" in self._doc_text or "State Department" in self._doc_text:
            return US_ISSUERS["state.gov"]
        return None

    def summit(self) -> str | None:
        """The alliance whose summit or ministerial the briefing is about ("Background Press
        Call on the NATO Summit"): a "we" that agrees or endorses there is the alliance."""
        title = self._doc.title or ""
        if not re.search(r"\b(?:Summit|Ministerial)\b", title):
            return None
        m = _ORGANIZATIONS.search(title)
        return m.group(1) if m else None

    def _is_american(self) -> bool:
        """Whether the briefing reads as the U.S. government's rather than another's."""
        if self._american is None:
            text = self._doc_text
            american = sum(map(text.count, _AMERICAN))
            # (a text with no sign of the U.S. government, a report on a company, a German
            # government press conference, is not its: "we" there is the speaker's)
            signed = american > 0
            self._american = signed and american >= sum(map(text.count, _ELSEWHERE))
        return self._american

    def _person_in(self, subject: str, sentence: int) -> str | None:
        """The person a subject names ("Assistant Secretary General Tom Goffus", "Stoltenberg",
        "the secretary general"), by the full name the text gives elsewhere."""
        if " and " in subject or len(subject.split()) > 6:
            return None
        for person in self._people.people:
            rest = subject[: len(subject) - len(person.name)].split()
            # "Assistant Secretary General Tom Goffus" names Tom Goffus; "Rosa Icela Rodríguez"
            # is more than a registry's "Icela Rodríguez".
            if subject.endswith(person.name) and (not rest or rest[-1] in _TITLE_WORDS):
                # A person known by a surname alone keeps the title written with it
                # ("President Erdoğan", not "Erdoğan").
                return person.name if " " in person.name or not rest else _display(subject)
        if len(subject.split()) <= 3:
            resolved = self._people.resolve(subject, sentence)
            bare_role = _ROLE.fullmatch(subject.strip()) is not None
            if resolved is not None and (
                re.search(rf"\b{re.escape(resolved.name.split()[-1])}\b", subject)
                or _same_title(subject, resolved.title)
                and (not bare_role or _ORGANIZATIONS.search(resolved.title or ""))
            ):
                return resolved.name
        # "the secretary general" is the one NATO Secretary General named; a bare "the
        # president" stays a role: a briefing names several presidents.
        matches = [p for p in self._people.people if _same_title(subject, p.title)]
        if len(matches) == 1 and _ORGANIZATIONS.search(matches[0].title or ""):
            return matches[0].name
        if _ROLE.fullmatch(subject.strip()) is not None:
            return self._title_holder(subject, sentence)
        return None

    def _title_holder(self, role: str, sentence: int) -> str | None:
        """The one person a bare title ("The President", "the Secretary") stands for in this
        briefing: the statement's author or a person the briefing gives that title, less
        those the sentence names after it ("The President will meet with President
        Erdoğan"); failing that, the office's holder on the briefing's date. None when the
        briefing names several and does not say which."""
        key = re.sub(r"^the\s+", "", role.strip(), flags=re.I).lower()
        pattern = re.compile(rf"(?<!vice )(?<!deputy )(?<!assistant )(?<!under )\b{key}\b")
        text = self._sentences[sentence].text if sentence in self._sentences else ""
        at = text.lower().find(key)
        after = text[at + len(key) :] if at >= 0 else ""
        holders = [
            p
            for p in self._people.people
            if p.title
            and pattern.search(p.title.lower())
            and p.name.split()[-1] not in after
        ]
        author = self._people.author
        if author is not None and any(p.name == author.name for p in holders):
            return author.name
        if len(holders) > 1:
            title = self._doc.title or ""
            holders = [p for p in holders if p.name.split()[-1] in title] or holders
        if len(holders) == 1:
            return holders[0].name
        if not holders:
            return office_holder(key, self._doc.date, self._doc_text)
        return None

    def _person_named(self, name: str) -> Person | None:
        for person in self._people.people:
            if person.name == name:
                return person
        return None

    def _named(self, mention: str, sentence: int, position: int, exclude: str | None) -> str | None:
        """The person (or role) a mention refers to: a name, a title, or "he"/"she" from the
        people named just before; `exclude` is the quote's speaker, who is never "he" in it."""
        lower = mention.lower()
        if lower not in {"he", "she"}:
            named = self._person_in(mention, sentence)
            return named or _display(mention)
        # A pronoun can run on for a while in a speaker's answer ("as he said ... he will").
        for sid in range(sentence, max(-1, sentence - 10), -1):
            s = self._sentences.get(sid)
            if s is None:
                continue
            text = s.text if sid != sentence else s.text[:position]
            for name in self._mentions(text, sid):
                if name != exclude:
                    return name
        person = self._people.resolve(mention, sentence)
        if person is not None and person.name != exclude:
            return person.name
        return None

    def _mentions(self, text: str, sentence: int) -> list[str]:
        """People and roles named in `text`, in order of appearance."""
        found: list[tuple[int, str]] = []
        for person in self._people.people:
            for key in {person.name, person.name.split()[-1]}:
                if key not in text:
                    continue  # (a substring test first: a pattern per person is slow to make)
                for m in re.finditer(rf"\b{re.escape(key)}\b", text):
                    found.append((m.start(), person.name))
        for m in _ROLE.finditer(text):
            if any(0 <= p - m.end() <= 2 for p, _ in found):
                continue  # a title in front of a name already found
            role = m.group(0)
            if role[:1].isupper() and not role.lower().startswith("the"):
                continue  # "President Biden": the name carries it, or it is part of a name
            found.append((m.start(), self._person_in(role, sentence) or _display(role)))
        found.sort()
        return [name for _, name in found]

    def _plural(self, sentence: Sentence, position: int) -> str | None:
        """What "they"/"them" refers to: a plural noun phrase just before, or a recent actor;
        one whose head can act ("the foreign ministers") before one that cannot ("talks")."""
        before = sentence.text[:position]
        nps = [m.group(0) for m in _PLURAL_NP.finditer(before)]
        if nps:
            return _display(_agent_first(nps))
        bodies = _NAMED_BODY.findall(before)
        if bodies:
            return _display(bodies[-1])  # "we went to Energy Security Board and asked them"
        for sid, actor in reversed(self._recent):
            if sentence.id - sid <= 3:
                return actor
        found: list[str] = []
        for sid in range(sentence.id - 1, sentence.id - 4, -1):
            previous = self._sentences.get(sid)
            if previous is None or previous.paragraph != sentence.paragraph:
                break
            nps = [m.group(0) for m in _PLURAL_NP.finditer(previous.text)]
            if any(_is_agent(np) for np in nps):
                return _display(_agent_first(nps))
            found = found or nps
        return _display(found[-1]) if found else None


# A body named by its capitalised name, taken up by "them": "the Energy Security Board".
_NAMED_BODY = re.compile(
    r"\b(?:[A-Z][\w’'-]+\s+){0,4}(?:"
    + "|".join(sorted(w.capitalize() for w in BODY_NOUNS))
    + r")\b"
)


def _is_agent(np: str) -> bool:
    return np.split()[-1].lower() in AGENT_NOUNS


def _agent_first(nps: list[str]) -> str:
    """The last noun phrase whose head can act, else the last one."""
    return next((np for np in reversed(nps) if _is_agent(np)), nps[-1])


# Demonyms in titles ("Polish President", "Turkish defense minister") and their countries.
_DEMONYMS = {
    "American": "United States", "Polish": "Poland", "Israeli": "Israel", "Turkish": "Turkey",
    "Ukrainian": "Ukraine", "Russian": "Russia", "Chinese": "China", "French": "France",
    "German": "Germany", "British": "United Kingdom", "Japanese": "Japan", "Canadian": "Canada",
    "Mexican": "Mexico", "Indian": "India", "Italian": "Italy", "Spanish": "Spain",
    "Korean": "South Korea", "Saudi": "Saudi Arabia", "Iranian": "Iran", "Egyptian": "Egypt",
    "Qatari": "Qatar", "Finnish": "Finland", "Swedish": "Sweden", "Estonian": "Estonia",
    "Dutch": "Netherlands", "Australian": "Australia", "Greek": "Greece", "Emirati": "UAE",
    "Jordanian": "Jordan", "Palestinian": "Palestinian Authority", "Brazilian": "Brazil",
    "Philippine": "Philippines", "Romanian": "Romania", "Lithuanian": "Lithuania",
    "Latvian": "Latvia", "Norwegian": "Norway", "Danish": "Denmark", "Belgian": "Belgium",
    "Irish": "Ireland", "Kenyan": "Kenya", "Nigerian": "Nigeria", "Taiwanese": "Taiwan",
}  # fmt: skip


# Countries by name: a subject that names one can act ("Australia is set to host ...").
COUNTRIES = frozenset(_DEMONYMS.values()) | frozenset(GOVERNMENTS) | COUNTRY_NAMES


def _country_in(text: str) -> str | None:
    """The country a demonym in `text` names ("Polish President" -> "Poland")."""
    for word in re.findall(r"[A-Z][a-z]+", text):
        country = _DEMONYMS.get(word)
        if country is not None and country != "United States":
            return country
    return None


def _same_title(mention: str, title: str | None) -> bool:
    """Whether "the secretary general" is `title` ("NATO Secretary General"): the same words,
    or the same after an organisation's name ("Russian President" is not "the president")."""
    if not title:
        return False
    role = mention.lower().removeprefix("the ").strip()
    full = title.lower().strip()
    if full == role:
        return True
    prefix = title[: len(title) - len(role)].strip() if full.endswith(" " + role) else ""
    return bool(prefix) and _ORGANIZATIONS.fullmatch(prefix) is not None


def _without_style(subject: str) -> str:
    """A subject without the style of address it opens with ("His Excellency the President"
    -> "the President"); the subject itself when it is nothing else."""
    lower = subject.lower()
    for style in STYLE_PREFIXES:
        if lower.startswith(style + " ") and len(subject) > len(style) + 1:
            return subject[len(style) + 1 :].lstrip()
    return subject


def _display(subject: str) -> str:
    """A subject as a checklist heading: no leading article, first letter capitalised."""
    subject = re.sub(r"^(?:the|The)\s+", "", subject.strip(" ,"))
    return subject[:1].upper() + subject[1:] if subject else subject


def _quoted_spans(sentences: Sequence[Sentence]) -> dict[int, list[tuple[int, int]]]:
    """Character spans inside quotation marks, per sentence; a quote may run on across the
    sentences of a paragraph."""
    spans: dict[int, list[tuple[int, int]]] = {}
    paragraph = None
    inside = False
    for s in sentences:
        if s.paragraph != paragraph:
            paragraph, inside = s.paragraph, False
        found: list[tuple[int, int]] = []
        start = 0 if inside else None
        for m in _QUOTE_MARK.finditer(s.text):
            mark, i = m.group(0), m.start()
            if start is None and mark != "”":
                start = i + 1
            elif start is not None and mark != "“":
                found.append((start, i))
                start = None
        inside = start is not None
        if start is not None:
            found.append((start, len(s.text)))
        if found:
            spans[s.id] = found
    return spans


_QUOTE_MARK = re.compile('[“”"]')


# How far before a name a pattern about it may start ("Prime Minister of Poland Andrzej Duda").
_NEAR = 200


def _near_mentions(pattern: re.Pattern[str], text: str, name: str) -> re.Match[str] | None:
    """The first match of `pattern` around a mention of `name`: searched near each mention
    (found by str.find), not over the whole briefing once per speaker, which made a long
    meeting's many speakers cost their number times its length."""
    at = text.find(name)
    while at != -1:
        m = pattern.search(text, max(0, at - _NEAR), at + len(name) + _NEAR)
        if m is not None:
            return m
        at = text.find(name, at + len(name) + _NEAR)
    return None
