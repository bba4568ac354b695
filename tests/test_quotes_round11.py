"""Round 11 of issue 13: tabloids' single marks, undotted initials, nicknames of several
words, titles as surnames, objects after a verb, nested quotes (invented examples)."""

from __future__ import annotations

from briefcli.people import find_names
from tests.test_quotes import quote, quotes_of_text

# ---------------------------------------------------------------- single marks


def test_a_tabloid_quotes_with_single_marks_and_keeps_double_ones_for_nicknames() -> None:
    quotes = quotes_of_text(
        'DISGRACED striker Duncan "Big Dunc" Fergus last night quit Blackmoor Rovers.\n\n'
        "The hitman, 29, fought back tears as he told The Sun: 'I've let the lads down. "
        "I'm not hiding from it.'\n\n"
        "Rovers boss Terry McGuigan, 58, said: 'Dunc's a great lad, but there are "
        "standards at this club.'\n"
    )
    assert quote(quotes, "I've let the lads down").speaker == "Duncan Fergus"
    assert quote(quotes, "Dunc's a great lad").speaker == "Terry McGuigan"
    assert all("Big Dunc" != q.text for q in quotes)


def test_double_marks_inside_a_single_marked_quote_keep_it_whole() -> None:
    quotes = quotes_of_text(
        "Kev and Shaz Pritchard, both 52, matched all six numbers.\n\n"
        "Kevin, known to his mates as \"Pritch\", said: 'I thought it were a wind-up.'\n\n"
        "Sharon said: 'He came running in shouting, \"We've done it!\" I thought the dog "
        "had got out.'\n"
    )
    whole = quote(quotes, "He came running in")
    assert "the dog had got out" in whole.text
    assert whole.speaker == "Sharon"
    assert quote(quotes, "I thought it were").speaker == "Kevin"


def test_kin_and_a_first_name_without_a_comma() -> None:
    quotes = quotes_of_text('Their daughter Jade, 30, said: "Dad\'s done the bins for 31 years."\n')
    assert quote(quotes, "Dad's done the bins").speaker == "Jade"


# ---------------------------------------------------------------- names


def test_undotted_initials_and_honorifics_of_indian_copy() -> None:
    for text, name in (
        ("State Revenue Minister K Rajan, who chaired the meeting, said", "K Rajan"),
        ("Opposition Leader in the Assembly V D Satheesan, who visited, said", "V D Satheesan"),
        ("IMD director Neetha K Gopal said the rain", "Neetha K Gopal"),
    ):
        assert [n.name for n in find_names(text)] == [name], text
    quotes = quotes_of_text(
        'Shri R. Venkatesan, Assistant Executive Engineer, said, "Supply will be restored '
        'by Thursday."\n'
    )
    assert quote(quotes, "Supply will be restored").speaker == "R. Venkatesan"


def test_a_nickname_of_several_words_and_a_title_word_as_surname() -> None:
    assert [n.name for n in find_names('Their chairman, Mick "The Brick" Dobson, said')] == [
        "Mick Dobson"
    ]
    assert [n.name for n in find_names("Housing Minister Chris Bishop said")] == ["Chris Bishop"]


def test_a_noun_before_a_role_after_a_place_is_the_title() -> None:
    found = find_names("Palm Cove cafe owner Leanne Hardy, who runs a cafe, said trade was down.")
    assert [(n.name, n.title) for n in found] == [("Leanne Hardy", "Palm Cove cafe owner")]
    assert [n.title for n in find_names("Sources said owner Leanne Hardy left.")] == ["owner"]


def test_a_sentence_end_the_splitter_missed_is_no_part_of_the_speaker() -> None:
    quotes = quotes_of_text(
        "The buckle maker, Keystone Restraint Systems, said it was cooperating with NHTSA. "
        'A spokesman said the company had "identified the root cause and corrected it" in '
        "February.\n"
    )
    assert "NHTSA" not in (quote(quotes, "identified the root cause").speaker or "")


def test_a_quote_after_a_q_and_a_inside_an_article_is_its_speakers() -> None:
    quotes = quotes_of_text(
        "Coach Ann Kowalski sat down with the Tribune before the draft.\n\n"
        "Tribune: Fans are frustrated. What do you say to them?\n\n"
        "Kowalski: Nobody in that building wants to lose, and I slept badly in March.\n\n"
        "Tribune: Is the goalie situation settled?\n\n"
        "Kowalski: No. We have two guys who can play, and neither has taken the job.\n\n"
        "Oduya: I'd add that we'll look at the market for a goalie this summer.\n\n"
        "Tribune: Brent, does Ann have your full support?\n\n"
        "Oduya: A hundred percent. She's the coach next year, and the year after that.\n\n"
        "Tribune: What has to change?\n\n"
        "Kowalski: We give up too much in the first period of our games.\n\n"
        "Team captain Marcus Lindqvist, reached later by phone, backed his coach. "
        '"The room believes in her. We let her down," Lindqvist said.\n'
    )
    assert quote(quotes, "We give up too much").speaker == "Ann Kowalski"
    assert quote(quotes, "The room believes").speaker == "Marcus Lindqvist"


def test_a_described_role_is_the_one_titled_so_not_the_one_named_since() -> None:
    quotes = quotes_of_text(
        "Taoiseach Micheál Martin said supply was increasing.\n\n"
        'Labour TD Ged Nash said the Taoiseach was "living in a parallel universe".\n\n'
        '"Go out to any of the hubs in Dublin and tell the families there," the Louth TD said.\n'
    )
    assert quote(quotes, "Go out to any").speaker == "Ged Nash"


def test_a_company_named_with_an_ampersand_speaks_as_itself() -> None:
    quotes = quotes_of_text(
        "San Diego Gas & Electric said in a statement that it was "
        '"cooperating fully" with investigators.\n'
    )
    assert quote(quotes, "cooperating fully").speaker == "San Diego Gas & Electric"


def test_kin_introduced_after_a_quote_speaks_the_next_quote_alone() -> None:
    quotes = quotes_of_text(
        'Fire Chief Diane Marchetti spoke first. "We will miss him every day," Marchetti '
        "said.\n\n"
        "Ortega's wife, Carmen, thanked the crews. She said her husband told their children "
        "about his shifts.\n\n"
        '"He sat at the end of the bed every night and told them nobody got hurt."\n'
    )
    assert quote(quotes, "He sat at the end").speaker == "Carmen"
