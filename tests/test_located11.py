"""Where things are (locatedIn) and who travelled where (visited), told in the many ways
wire copy tells them: offices and institutions in a city ("the DEMONYM embassy in CITY",
"the CITY-based X"), cities and regions in their state ("STATE's capital CITY", "CITY,
northwestern STATE", "CITY in western STATE", "NAME province in southern STATE", "CITY, the
capital city of the NAME region", "in CITY and elsewhere in STATE"), events and their place
("the summit in CITY", "the CAPITAL summit", "a rally in CITY, STATE": in the city only),
and travel ("visited", "toured", "flew to", "flew into", "headed to", "arrived in", "a visit
to", "X is in CITY to meet Y", a visit to "the DEMONYM city of CITY" reaching the city).

The sentences are written for these tests (not taken from any corpus). Every sentence
asserts the exact set of ``locatedIn`` and ``visited`` claims; the negatives (a meeting in
a city, the future, plans, negation, a return home, a capital as actor, "near", two capitals
naming the parties of talks) assert none.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _places(nlp: Language, text: str) -> set[Triple]:
    return claim_triples(nlp(text), ("locatedIn", "visited"))


@pytest.mark.parametrize(("text", "want"), [
    ('Protesters gathered outside the French embassy in Niamey on Sunday.',
     {('France embassy in Niamey', 'locatedIn', 'Niamey')}),
    ("Police sealed off Britain's consulate in Istanbul after the threat.",
     {('United Kingdom consulate in Istanbul', 'locatedIn', 'Istanbul')}),
    ('The UN office in Nairobi was closed for two days.',
     {('United Nations office in Nairobi', 'locatedIn', 'Nairobi')}),
    ('Russia keeps a naval base in Tartus, Syria.',
     {('Tartus', 'locatedIn', 'Syria')}),
    ('Students at Kyiv National University in Kyiv held a vigil.',
     {('Kyiv National University', 'locatedIn', 'Kyiv')}),
    ("Explosions were heard in Ukraine's capital Kyiv overnight.",
     {('Kyiv', 'locatedIn', 'Ukraine')}),
    ('In Kherson, Ukraine, officials reported shelling.',
     {('Kherson', 'locatedIn', 'Ukraine')}),
    ('A missile struck Lviv in western Ukraine on Tuesday.',
     {('Lviv', 'locatedIn', 'Ukraine')}),
    ('Shelling hit the Ukrainian city of Zaporizhzhia on Friday.',
     {('Zaporizhzhia', 'locatedIn', 'Ukraine')}),
    ('Gunmen attacked a checkpoint in Balochistan province, Pakistan.',
     {('Balochistan province', 'locatedIn', 'Pakistan')}),
    ('Leaders met at the summit in Vilnius to discuss Ukraine.',
     {('summit in Vilnius', 'locatedIn', 'Vilnius')}),
    ('The conference, held in Jakarta, drew ministers from ten countries.',
     {('conference', 'locatedIn', 'Jakarta')}),
    ('The meeting was hosted in Riyadh by Saudi Arabia.',
     {('meeting', 'locatedIn', 'Riyadh')}),
    ('Bombs exploded in Kabul and elsewhere in Afghanistan on Friday.',
     {('Kabul', 'locatedIn', 'Afghanistan')}),
    ('Riots broke out in Urumqi, the capital city of the Xinjiang region.',
     {('Urumqi', 'locatedIn', 'Xinjiang')}),
    ('Hundreds marched at a rally in Minsk, Belarus, on Sunday.',
     {('Minsk', 'locatedIn', 'Belarus'), ('rally in Minsk', 'locatedIn', 'Minsk')}),
    ('Fighting raged in the Donbas region of Ukraine.',
     {('Donbas', 'locatedIn', 'Ukraine')}),
    ('Troops were deployed to Helmand province in southern Afghanistan.',
     {('Helmand', 'locatedIn', 'Afghanistan')}),
    ("The attack took place in Quetta, the capital of Pakistan's Balochistan province.",
     {('Balochistan', 'locatedIn', 'Pakistan'), ('Quetta', 'locatedIn', 'Balochistan')}),
    ('A bomb exploded in Peshawar, northwestern Pakistan, on Saturday.',
     {('Peshawar', 'locatedIn', 'Pakistan')}),
    ('Clashes broke out in the northern Syrian city of Aleppo.',
     {('Aleppo', 'locatedIn', 'Syria')}),
    ('Thousands rallied in Tbilisi, the Georgian capital, on Sunday.',
     {('Tbilisi', 'locatedIn', 'Georgia')}),
    ('The summit will take place in Astana, the capital of Kazakhstan, in July.',
     {('Astana', 'locatedIn', 'Kazakhstan'), ('summit', 'locatedIn', 'Astana')}),
    ('Leaders gathered for the Vilnius summit on Tuesday.',
     {('Vilnius summit', 'locatedIn', 'Vilnius')}),
    ('The Madrid summit approved a new strategic concept.',
     {('Madrid summit', 'locatedIn', 'Madrid')}),
    ('The G7 summit in Hiroshima ended on Sunday.',
     {('G7 summit', 'locatedIn', 'Hiroshima')}),
    ('The London-based Syrian Observatory for Human Rights said 20 people were killed.',
     {('Syrian Observatory', 'locatedIn', 'London')}),
    ('Al Jazeera, the Doha-based broadcaster, aired the footage.',
     {('Al Jazeera', 'locatedIn', 'Doha')}),
    ('Soldiers raided the village of Chechal in the east of Afghanistan.',
     {('Chechal', 'locatedIn', 'Afghanistan')}),
    ('The strike hit the town of Bakhmut in eastern Ukraine.',
     {('Bakhmut', 'locatedIn', 'Ukraine')}),
    ('The visit of Indian Prime Minister Narendra Modi to Russia angered Ukraine.',
     {('Narendra Modi', 'visited', 'Russia')}),
    ('The visit of Chinese President Xi Jinping to Moscow ended on Wednesday.',
     {('Xi Jinping', 'visited', 'Moscow')}),
    ("Protesters marched through Yerevan, Armenia's capital.",
     {('Yerevan', 'locatedIn', 'Armenia')}),
    ('Ukrainian President Volodymyr Zelensky, in Washington for talks with Joe Biden, '
     'urged more aid.',
     {('Volodymyr Zelenskyy', 'visited', 'Washington'), ('talks', 'locatedIn', 'Washington')}),
    ('Chinese President Xi Jinping visited Moscow in March.',
     {('Xi Jinping', 'visited', 'Moscow')}),
    ('Macron toured Kinshasa on Saturday.',
     {('Macron', 'visited', 'Kinshasa')}),
    ('Indian Prime Minister Narendra Modi flew to Washington on Wednesday.',
     {('Narendra Modi', 'visited', 'Washington')}),
    ('Foreign Minister Wang Yi travelled to Brussels last week.',
     {('Wang Yi', 'visited', 'Brussels')}),
    ('German Chancellor Olaf Scholz, who visited Kyiv on Monday, pledged more aid.',
     {('Olaf Scholz', 'visited', 'Kyiv')}),
    ('Erdogan landed in Baghdad on Monday, his first visit in a decade.',
     {('Erdogan', 'visited', 'Baghdad')}),
    ('Secretary of State Antony Blinken paid a visit to Kyiv on Wednesday.',
     {('Antony Blinken', 'visited', 'Kyiv')}),
    ('NATO chief Jens Stoltenberg arrived in Seoul on Sunday. He later visited Tokyo.',
     {('Jens Stoltenberg', 'visited', 'Tokyo'), ('Jens Stoltenberg', 'visited', 'Seoul')}),
    ('Putin made a rare trip abroad, visiting Tehran on Tuesday.',
     {('Putin', 'visited', 'Tehran')}),
    ('Blinken visited Kyiv, Warsaw and Vilnius this week.',
     {('Blinken', 'visited', 'Warsaw'), ('Blinken', 'visited', 'Vilnius'),
      ('Blinken', 'visited', 'Kyiv')}),
    ('During his visit to Tokyo, Stoltenberg met Kishida.',
     {('Stoltenberg', 'visited', 'Tokyo')}),
    ('Ukrainian President Volodymyr Zelensky was in Washington on Thursday to meet '
     'U.S. President Joe Biden.',
     {('Volodymyr Zelenskyy', 'visited', 'Washington')}),
    ('Russian Foreign Minister Sergei Lavrov was in New Delhi on Friday to attend the G20 meeting.',
     {('Sergey Lavrov', 'visited', 'New Delhi')}),
    ('Russian President Vladimir Putin is in Tehran for a summit with the leaders of '
     'Iran and Turkey.',
     {('summit', 'locatedIn', 'Tehran'), ('Vladimir Putin', 'visited', 'Tehran')}),
    ('U.S. Secretary of State Antony Blinken headed to Israel on Monday.',
     {('Antony Blinken', 'visited', 'Israel')}),
    ('German Chancellor Olaf Scholz flew into Kyiv on a surprise trip.',
     {('Olaf Scholz', 'visited', 'Kyiv')}),
    ('Japanese Prime Minister Fumio Kishida made an unannounced visit to Kyiv on Tuesday.',
     {('Fumio Kishida', 'visited', 'Kyiv')}),
    ("Chinese leader Xi Jinping's state visit to Russia ended on Wednesday.",
     {('Xi Jinping', 'visited', 'Russia')}),
    ('Chinese Foreign Minister Wang Yi, who is visiting Moscow, met Putin.',
     {('Wang Yi', 'visited', 'Moscow')}),
    ('Upon arriving in Kyiv, U.S. Secretary of State Antony Blinken met Ukrainian officials.',
     {('Antony Blinken', 'visited', 'Kyiv')}),
    ('Russian President Vladimir Putin travelled to Pyongyang, where he met Kim Jong Un.',
     {('Vladimir Putin', 'visited', 'Pyongyang')}),
    ('"We are here to show support," U.S. Secretary of State Antony Blinken said '
     'after arriving in Kyiv.',
     {('Antony Blinken', 'visited', 'Kyiv')}),
    ('French President Emmanuel Macron visited the Chinese city of Guangzhou.',
     {('Emmanuel Macron', 'visited', 'Guangzhou'), ('Guangzhou', 'locatedIn', 'China')}),
    ('French President Emmanuel Macron arrived in the Chinese city of Guangzhou.',
     {('Emmanuel Macron', 'visited', 'Guangzhou'), ('Guangzhou', 'locatedIn', 'China')}),
    ('Blinken flew to Paris, France.',
     {('Paris', 'locatedIn', 'France'), ('Blinken', 'visited', 'Paris')}),
])
def test_located_and_visited(nlp: Language, text: str, want: set[Triple]) -> None:
    assert _places(nlp, text) == want


@pytest.mark.parametrize("text", [
    'Xi and Putin met in Moscow on Tuesday.',
    'The two leaders discussed the upcoming visit of Xi Jinping to Russia.',
    'The visit of Chinese President Xi Jinping to Moscow was cancelled.',
    'Blinken will visit Beijing next week.',
    'Blinken did not visit Kyiv on the trip.',
    'Biden plans to travel to Hanoi in September.',
    'Israeli Prime Minister Benjamin Netanyahu returned to Israel on Friday.',
    'Turkish President Recep Tayyip Erdogan returned to Ankara on Friday.',
    'Moscow responded angrily to the decision.',
    'The Kremlin said Putin had no plans to visit Kyiv.',
    'Kishida could visit Washington if the talks succeed.',
    'A visit to Beijing is not on the agenda, the minister said.',
    'British Prime Minister Rishi Sunak will travel to Washington next month.',
    'French President Emmanuel Macron is expected to visit China in April.',
    'Russian President Vladimir Putin has not visited Ukraine since 2013.',
    'Russian Foreign Minister Sergei Lavrov was not in New Delhi to meet Indian officials.',
    'The Moscow-Kyiv talks collapsed.',
    'The clashes erupted in Rafah, a town near the Egyptian border with Gaza.',
    'The protesters headed to the parliament building.',
])
def test_no_location_or_visit(nlp: Language, text: str) -> None:
    assert _places(nlp, text) == set()
