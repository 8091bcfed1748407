"""A title and a surname: the person who holds that office on the article's day.

Wire copy names an officeholder by the title and the surname alone ("Chancellor
SURNAME", "Defence Minister SURNAME"), by the family name where it comes first
("President FAMILYNAME", "Premier FAMILYNAME"), with a rank between title and name
("Prime Minister General NAME"), and heads of organizations by the title without the
organization ("Secretary-General NAME"). The officeholders table names that person
when one holder of the office has that name on the article's date; an undated article
gets the holder only where it names them in full. The negative cases: the wrong date,
the wrong office, a title that is another's ("Deputy ...", "Former ..."), a state's
name after a title, a surname that is also a common word, a longer name.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every ``affiliatedWith`` claim it yields, or the person
keys it yields.
"""

import datetime

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.officeholders import load_officeholders
from tests.conftest import claim_triples
from tests.conftest import dated_doc as _dated

Triple = tuple[str, str, str]
A = "affiliatedWith"
D = datetime.date


def _persons(doc: Doc) -> set[str]:
    return {r.key for r in doc._.kg_refs if r.kind == "Person"}


AFFILIATIONS: list[tuple[str, datetime.date | None, set[Triple]]] = [
    # --- a surname the NER leaves untagged after the title
    ("Chancellor Schroeder met French President Jacques Chirac in Berlin on Saturday.",
     D(2003, 5, 10), {("Gerhard Schröder", A, "Germany"), ("Jacques Chirac", A, "France")}),
    ("Defence Minister Peretz said the army would press on in Lebanon.", D(2006, 8, 1),
     {("Amir Peretz", A, "Israel")}),
    ("The army, commanded by Defence Minister Peretz, pushed into Lebanon.", D(2006, 7, 20),
     {("Amir Peretz", A, "Israel")}),
    ("Chancellor Schroeder, who met President Putin on Monday, said gas supplies were safe.",
     D(2004, 11, 1), {("Gerhard Schröder", A, "Germany"), ("Vladimir Putin", A, "Russia")}),
    ("Prime Minister Olmert told the cabinet that Israel would not negotiate with Hamas.",
     D(2007, 2, 1), {("Ehud Olmert", A, "Israel")}),
    ("Prime Minister Major met Chancellor Kohl in Bonn.", D(1996, 6, 1),
     {("John Major", A, "United Kingdom"), ("Helmut Kohl", A, "Germany")}),
    ("Defence Secretary Fallon met Defense Secretary Carter in Brussels.", D(2016, 6, 1),
     {("Michael Fallon", A, "United Kingdom"), ("Ash Carter", A, "United States")}),
    ("President Sarkozy and Chancellor Merkel urged Greece to cut spending.", D(2011, 6, 1),
     {("Nicolas Sarkozy", A, "France"), ("Angela Merkel", A, "Germany")}),
    # a title whose own words hold a blocker ("of State") is still the office
    ("Secretary of State Powell met the press in Washington.", D(2001, 9, 20),
     {("Colin Powell", A, "United States")}),
    # --- family name first
    ("President Hu met Russian President Vladimir Putin in Moscow.", D(2005, 6, 1),
     {("Hu Jintao", A, "China"), ("Vladimir Putin", A, "Russia")}),
    ("President Roh urged North Korea to return to the talks.", D(2004, 3, 1),
     {("Roh Moo-hyun", A, "South Korea")}),
    ("Premier Wen visited Japan last week.", D(2008, 6, 1), {("Wen Jiabao", A, "China")}),
    ("President Xi criticized Japan on Monday.", D(2015, 6, 1), {("Xi Jinping", A, "China")}),
    ("President Moon met Kim Jong-un at Panmunjom.", D(2018, 6, 1),
     {("Moon Jae-in", A, "South Korea")}),
    ("Premier Li visited Germany and met Chancellor Merkel.", D(2013, 6, 1),
     {("Li Keqiang", A, "China"), ("Angela Merkel", A, "Germany")}),
    ("President Park met President Obama at the White House.", D(2013, 6, 1),
     {("Park Geun-hye", A, "South Korea"), ("Barack Obama", A, "United States")}),
    ("Premier Wen and President Hu met President Putin.", D(2003, 6, 1),
     {("Wen Jiabao", A, "China"), ("Hu Jintao", A, "China"), ("Vladimir Putin", A, "Russia")}),
    ("Prime Minister Koizumi visited the shrine, angering President Hu and President Roh.",
     D(2005, 6, 1), {("Junichiro Koizumi", A, "Japan"), ("Hu Jintao", A, "China"),
                     ("Roh Moo-hyun", A, "South Korea")}),
    # "President" is the head of state's; "Prime Minister" the head of government's
    ("President Lee met Japanese Prime Minister Aso in Seoul.", D(2009, 3, 1),
     {("Lee Myung-bak", A, "South Korea"), ("Taro Aso", A, "Japan")}),
    ("Prime Minister Lee met Japanese Prime Minister Aso in Singapore.", D(2009, 3, 1),
     {("Lee Hsien Loong", A, "Singapore"), ("Taro Aso", A, "Japan")}),
    # --- a rank between the title and the name
    ("Prime Minister General Khin Nyunt met Thai Prime Minister Thaksin Shinawatra.",
     D(2004, 6, 1), {("Khin Nyunt", A, "Myanmar"), ("Thaksin Shinawatra", A, "Thailand")}),
    ("Defense Secretary Rumsfeld met Defence Minister Lieutenant General Mofaz in "
     "Washington.", D(2006, 4, 1),
     {("Donald Rumsfeld", A, "United States"), ("Shaul Mofaz", A, "Israel")}),
    ("President General Musharraf met the visiting delegation in Islamabad.", D(2004, 6, 1),
     {("Pervez Musharraf", A, "Pakistan")}),
    # --- the head of an organization, titled without it
    ("Secretary-General Ban Ki-moon urged Israel to halt the settlements.", D(2009, 6, 1),
     {("Ban Ki-moon", A, "United Nations")}),
    ("Secretary-General Ban Ki-moon urged Israel to halt the settlements.", None,
     {("Ban Ki-moon", A, "United Nations")}),
    ("Secretary-General Ban urged Iran to comply with the resolutions.", D(2010, 6, 1),
     {("Ban Ki-moon", A, "United Nations")}),
    ("Secretary-General Rasmussen met Foreign Minister Lavrov in Brussels.", D(2010, 6, 1),
     {("Anders Fogh Rasmussen", A, "NATO"), ("Sergey Lavrov", A, "Russia")}),
    # --- an undated article: the holder it names in full
    ("Gerhard Schroeder spoke on Monday. Later Chancellor Schroeder said Germany would not "
     "send troops.", None, {("Gerhard Schröder", A, "Germany")}),
    # --- nothing: the wrong date, the wrong office, another's title, no date
    ("Chancellor Schroeder met French President Francois Hollande in Berlin.", D(2012, 6, 1),
     {("François Hollande", A, "France")}),
    ("Prime Minister Peretz said the army would press on in Lebanon.", D(2006, 8, 1), set()),
    ("Deputy Prime Minister Peretz said the army would press on in Lebanon.", D(2006, 8, 1),
     set()),
    ("Former Defence Minister Peretz said the army would press on in Lebanon.",
     D(2006, 8, 1), set()),
    ("President Lee met Japanese Prime Minister Abe.", D(2007, 3, 1),
     {("Shinzo Abe", A, "Japan")}),
    ("President Kim met Chairman Kim in Pyongyang.", D(2000, 6, 1), set()),
    ("President Lula criticized the war.", D(2022, 6, 1), set()),
    ("Chancellor Schroeder said Germany would not send troops to Iraq.", None, set()),
    # a state's name after a title is no person
    ("President Jordan criticized the plan.", D(2005, 6, 1), set()),
    # a longer name: "NAME bin NAME" is not the officeholder called NAME
    ("The sultan took power after overthrowing his father, Sultan Said bin Taimur.",
     D(2020, 1, 12), set()),
]


@pytest.mark.parametrize(("text", "day", "want"), AFFILIATIONS)
def test_surnames12_titled_surname(nlp: Language, text: str, day: datetime.date | None,
                                   want: set[Triple]) -> None:
    assert claim_triples(_dated(nlp, text, day), (A,)) == want


PERSONS: list[tuple[str, datetime.date | None, set[str], set[str]]] = [
    # (text, day, person keys that must be found, person keys that must not be)
    ("Chancellor Schroeder did not meet President Chirac in Berlin.", D(2003, 5, 10),
     {"Gerhard Schröder", "Jacques Chirac"}, set()),
    ("Defence Minister Peretz said the army would press on in Lebanon.", D(2006, 8, 1),
     {"Amir Peretz"}, {"Peretz"}),
    # "Foreign Minister SURNAME" where the one holder of the surname on the day holds
    # another office: a person of that surname, not that holder
    ("Secretary of State Powell met Foreign Minister Ivanov in Washington.", D(2001, 9, 20),
     {"Colin Powell", "Ivanov"}, {"Sergei Ivanov"}),
    ("President Lee met Japanese Prime Minister Abe.", D(2007, 3, 1),
     {"Lee", "Shinzo Abe"}, {"Lee Hsien Loong"}),
    # a surname that is also a common word: only after the title
    ("The Moon Festival drew crowds in Seoul.", D(2018, 6, 1), set(), {"Moon Jae-in"}),
    ("President Moon met Kim Jong-un at Panmunjom, and the moon rose over the hills.",
     D(2018, 6, 1), {"Moon Jae-in", "Kim Jong-un"}, set()),
    ("Chancellor Schroeder met French President Francois Hollande in Berlin.", D(2012, 6, 1),
     {"François Hollande"}, {"Gerhard Schröder"}),
]


@pytest.mark.parametrize(("text", "day", "want", "unwanted"), PERSONS)
def test_surnames12_titled_surname_persons(nlp: Language, text: str,
                                           day: datetime.date | None, want: set[str],
                                           unwanted: set[str]) -> None:
    persons = _persons(_dated(nlp, text, day))
    assert want <= persons
    assert not persons & unwanted


@pytest.mark.parametrize(("word", "names"), [
    ("Wen", {"Wen Jiabao"}),  # family name first: the first word is the surname
    ("Hu", {"Hu Jintao"}),
    ("Roh", {"Roh Moo-hyun", "Roh Tae-woo"}),
    ("Jiabao", {"Wen Jiabao"}),  # the last word, as for every name
    ("Stoltenberg", {"Jens Stoltenberg"}),
    ("Jens", set()),  # a given name first, of a state that writes it first: no surname
])
def test_surnames12_family_name_first(word: str, names: set[str]) -> None:
    assert {p.name for p in load_officeholders().find_surname(word)} == names
