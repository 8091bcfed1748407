"""An office whose own words include a word that elsewhere blocks a title ("state" in
"Secretary of State", which as "state secretary" or "minister of state" names a junior
post): the officeholders table reads the whole office, and the blocker words count only
before it ("Deputy Secretary of State X" is still not the secretary).

The sentences are written for these tests and run through the trained pipeline
(``--model``), dated, since the table is read on the article's day.
"""

import datetime

import pytest
from spacy.language import Language

from tests.conftest import claim_triples
from tests.conftest import dated_doc as _dated

Triple = tuple[str, str, str]
A = "affiliatedWith"


@pytest.mark.parametrize(("text", "day", "want"), [
    ("Secretary of State Mike Pompeo said the sanctions would stay.",
     datetime.date(2019, 9, 30), {("Mike Pompeo", A, "United States")}),
    ("The committee asked for documents from Secretary of State Mike Pompeo.",
     datetime.date(2019, 9, 30), {("Mike Pompeo", A, "United States")}),
    # not in that office on the day
    ("Secretary of State Mike Pompeo said the sanctions would stay.",
     datetime.date(2016, 5, 1), set()),
    # a blocker before the office's words: a deputy is not the secretary
    ("Deputy Secretary of State Mike Pompeo said the sanctions would stay.",
     datetime.date(2019, 9, 30), set()),
    # "minister of state" is not an office of the table
    ("Minister of State Mike Pompeo said the sanctions would stay.",
     datetime.date(2019, 9, 30), set()),
])
def test_office_with_a_blocker_word(nlp: Language, text: str, day: datetime.date | None,
                                    want: set[Triple]) -> None:
    assert claim_triples(_dated(nlp, text, day), (A,)) == want


# A title's portfolio between the title and its states ("heads of state and government of
# A and B", "the chiefs of staff of A and B"): the states are the ones named after it.
@pytest.mark.parametrize(("text", "relations", "want"), [
    ("Heads of state and government of Chile, Peru and Brazil met last year at a Mercosur "
     "summit.", ("attended",),
     {("Chile", "attended", "Mercosur summit"), ("Peru", "attended", "Mercosur summit"),
      ("Brazil", "attended", "Mercosur summit")}),
    ("The heads of state of Kenya and Uganda met at the EAC summit.", ("attended",),
     {("Kenya", "attended", "EAC summit"), ("Uganda", "attended", "EAC summit")}),
    # no list of states after the portfolio: nobody
    ("Heads of state and government met last year at a NATO summit.", ("attended",), set()),
    # "the state of X" with no title before it is not a portfolio
    ("The state of Israel was founded in 1948.", ("attended", "metWith"), set()),
])
def test_portfolio_between_title_and_states(nlp: Language, text: str,
                                             relations: tuple[str, ...],
                                             want: set[Triple]) -> None:
    assert claim_triples(nlp(text), relations) == want


# A possessive in a phrase set before its clause's subject is that subject's, when the
# subject is a person named there: wire copy names the actor after the phrase.
@pytest.mark.parametrize(("text", "want"), [
    ("Boris Johnson spoke to reporters on Monday. In his phone call with Recep Tayyip "
     "Erdogan, Vladimir Putin stressed the need for a ceasefire.",
     {("Vladimir Putin", "metWith", "Recep Tayyip Erdoğan")}),
    ("Barack Obama met Angela Merkel on Monday. After his meeting with Francois Hollande, "
     "David Cameron said the deal was close.",
     {("Barack Obama", "metWith", "Angela Merkel"),
      ("David Cameron", "metWith", "François Hollande")}),
    # the subject is no named person: the pronoun keeps the one named before
    ("Barack Obama arrived in Paris on Monday. After his meeting with Francois Hollande, "
     "officials said the deal was close.",
     {("Barack Obama", "metWith", "François Hollande")}),
])
def test_fronted_possessive_is_the_subjects(nlp: Language, text: str,
                                            want: set[Triple]) -> None:
    assert claim_triples(nlp(text), ("metWith",)) == want


# Named initiatives in the gazetteer: every form of the name (full name, acronym, the
# name the news gives it) is one Initiative, and relations reach it.
@pytest.mark.parametrize(("text", "want_refs", "relations", "want"), [
    ("Iran said the JCPOA must be restored, and China backed the Iran nuclear deal.",
     {("JCPOA", "Joint Comprehensive Plan of Action"),
      ("Iran nuclear deal", "Joint Comprehensive Plan of Action")},
     ("supports",), {("China", "supports", "Joint Comprehensive Plan of Action")}),
    ("Moscow withdrew from the INF Treaty in 2019.",
     {("INF Treaty", "Intermediate-Range Nuclear Forces Treaty")}, ("opposes",),
     {("Russia", "opposes", "Intermediate-Range Nuclear Forces Treaty")}),
    ("Delhi has long criticised CPEC, which runs through Kashmir.",
     {("CPEC", "China-Pakistan Economic Corridor")}, ("criticizes",),
     {("India", "criticizes", "China-Pakistan Economic Corridor")}),
    ("Pakistan is not a party to the NPT.",
     {("NPT", "Treaty on the Non-Proliferation of Nuclear Weapons")}, ("supports", "opposes"),
     set()),
])
def test_named_initiatives(nlp: Language, text: str, want_refs: set[tuple[str, str]],
                           relations: tuple[str, ...], want: set[Triple]) -> None:
    doc = nlp(text)
    refs = {(r.text, r.key) for r in doc._.kg_refs if r.kind == "Initiative"}
    assert refs == want_refs
    assert claim_triples(doc, relations) == want


def test_initiatives_load_from_the_gazetteer() -> None:
    from kg.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    found = gaz.find("Minsk accords")
    assert found is not None and found[0].kind == "Initiative"
    assert found[0].key == "Minsk agreements"
    # the metonym of the capital is still the state's
    capital = gaz.find("Minsk")
    assert capital is not None and capital[0].kind == "State"


# An ownerless "foreign ministry spokesman NAME" is the spokesman of the state that is the
# subject of the sentence before only where no other state stands in either sentence but
# as a modifier: wire copy often quotes the other side next.
@pytest.mark.parametrize(("text", "want"), [
    ("Ghana has repeatedly condemned the U.S. tariffs. Foreign ministry spokesman Kofi Mensah "
     "told a press briefing that the duties must go.",
     {("Kofi Mensah", "affiliatedWith", "Ghanaian Foreign Ministry"),
      ("Kofi Mensah", "affiliatedWith", "Ghana")}),
    ("The United States sanctioned Iran on Monday. Foreign ministry spokesman Nasser Kanaani "
     "condemned the move.", set()),
    ("Japan lodged a protest with South Korea. Foreign ministry spokesman Lim Soo-suk said "
     "the claim was false.", set()),
])
def test_ownerless_ministry_spokesman(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), ("affiliatedWith",)) == want


# An organization is located only at its seat ("based in", "CITY-based", "headquartered
# in"), not wherever the text sets it ("the Taliban in Afghanistan").
@pytest.mark.parametrize(("text", "want"), [
    ("UNESCO, a specialized agency of the United Nations, is based in Paris.",
     {("UNESCO", "locatedIn", "Paris")}),
    ("Amnesty International, which is headquartered in London, condemned the verdict.",
     {("Amnesty International", "locatedIn", "London")}),
    ("The Freedom Forward Foundation, a Berlin-based non-profit, paid for the flight.",
     {("Freedom Forward Foundation", "locatedIn", "Berlin")}),
    ("The Taliban in Afghanistan rejected the offer.", set()),
    ("NATO in Brussels said the talks would resume.", set()),
    ("Amnesty International is not based in Paris.", set()),
])
def test_organization_at_its_seat(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), ("locatedIn",)) == want


def test_group_word_in_a_title_is_no_group(nlp: Language) -> None:
    doc = nlp("Indian Union Home Minister Amit Shah visited Kashmir.")
    assert not [r for r in doc._.kg_refs if r.kind == "Organization"]


def test_formats_are_organizations() -> None:
    from kg.gazetteer import load_gazetteer

    found = load_gazetteer().find("Astana format")
    assert found is not None and found[0].kind == "Organization"


@pytest.mark.parametrize(("text", "day", "want"), [
    # family name first, from the officeholders table on the day
    ("President Ma said Taiwan would not bow to pressure.", datetime.date(2012, 3, 1),
     {("Ma Ying-jeou", A, "Taiwan")}),
    ("President Ma said Taiwan would not bow to pressure.", datetime.date(2019, 3, 1), set()),
    ("President Chen Shui-bian launched the relay.", datetime.date(2007, 9, 1),
     {("Chen Shui-bian", A, "Taiwan")}),
])
def test_taiwan_presidents(nlp: Language, text: str, day: datetime.date,
                           want: set[Triple]) -> None:
    assert claim_triples(_dated(nlp, text, day), (A,)) == want
