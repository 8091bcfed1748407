"""Taking part in events, and the event nodes' labels and places, probed broadly: the
ways wire copy tells who took part (a phrase at or during the event, speaking to it,
hosting, chairing, holding or staging it, marching in it, being sent to it, lists of
those attending, a later bare "the summit") and the phrases that name the event (with
the place its verb gives, its day, its topic, the organ it is a meeting of).

The sentences are written for these tests (not taken from any corpus). The negatives
are negated, refused, future or hypothetical acts, boycotts and absences.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples, node_labels

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]

POS = [
    ('At the G20 summit in Osaka on Saturday, Japanese Prime Minister Shinzo Abe '
     'said trade tensions were rising.',
     {('G20 summit', 'locatedIn', 'Osaka'),
      ('Shinzo Abe', 'attended', 'G20 summit')}),
    ('Emmanuel Macron, speaking at the Munich Security Conference on Friday, said'
     ' Europe must act.',
     {('Emmanuel Macron', 'attended', 'Munich Security Conference')}),
    ('German Chancellor Olaf Scholz told the NATO summit in Vilnius on Tuesday '
     'that Berlin would send more tanks.',
     {('NATO summit', 'locatedIn', 'Vilnius'),
      ('Olaf Scholz', 'attended', 'NATO summit')}),
    ('Indian Prime Minister Narendra Modi addressed the UN General Assembly on '
     'Saturday.',
     {('Narendra Modi', 'attended', 'UN General Assembly session')}),
    ('Justin Trudeau was among the leaders attending the G7 summit in Hiroshima '
     'on Friday.',
     {('G7 summit', 'locatedIn', 'Hiroshima'),
      ('Justin Trudeau', 'attended', 'G7 summit')}),
    ('Beijing sent a delegation to the peace talks in Geneva on Monday.',
     {('China', 'attended', 'peace talks in Geneva'),
      ('peace talks in Geneva', 'locatedIn', 'Geneva')}),
    ('Delegates from Iran and Saudi Arabia attended the conference in Baghdad on '
     'Tuesday.',
     {('Iran', 'attended', 'conference in Baghdad'),
      ('Saudi Arabia', 'attended', 'conference in Baghdad'),
      ('conference in Baghdad', 'locatedIn', 'Baghdad')}),
    ('Joe Biden and Olaf Scholz were present at the ceremony in Warsaw on Sunday.',
     {('Joe Biden', 'attended', 'ceremony in Warsaw'),
      ('Olaf Scholz', 'attended', 'ceremony in Warsaw'),
      ('ceremony in Warsaw', 'locatedIn', 'Warsaw')}),
    ('Thousands joined the rally in Minsk on Sunday, led by Svetlana '
     'Tikhanovskaya.',
     {('Svetlana Tikhanovskaya', 'attended', 'rally in Minsk'),
      ('rally in Minsk', 'locatedIn', 'Minsk')}),
    ('The funeral in Tokyo on Tuesday was attended by Joe Biden, Emmanuel Macron '
     'and Narendra Modi.',
     {('Emmanuel Macron', 'attended', 'funeral in Tokyo'),
      ('Joe Biden', 'attended', 'funeral in Tokyo'),
      ('Narendra Modi', 'attended', 'funeral in Tokyo'),
      ('funeral in Tokyo', 'locatedIn', 'Tokyo')}),
    ('Egypt hosted the talks in Cairo on Monday.',
     {('Egypt', 'attended', 'talks in Cairo'),
      ('talks in Cairo', 'locatedIn', 'Cairo')}),
    ('Antony Blinken chaired the meeting in New York on Thursday.',
     {('Antony Blinken', 'attended', 'meeting in New York'),
      ('meeting in New York', 'locatedIn', 'New York')}),
    ('The meeting in Astana on Friday was attended by the heads of the member '
     'states: Kazakhstan, Kyrgyzstan and Tajikistan.',
     {('Kazakhstan', 'attended', 'meeting in Astana'),
      ('Kyrgyzstan', 'attended', 'meeting in Astana'),
      ('Tajikistan', 'attended', 'meeting in Astana'),
      ('meeting in Astana', 'locatedIn', 'Astana')}),
    ('Xi Jinping attended the 2019 BRICS summit in Brasilia. At the summit, Xi '
     'called for more trade.',
     {('2019 BRICS summit', 'locatedIn', 'Brasilia'),
      ('Xi Jinping', 'attended', '2019 BRICS summit')}),
    ('Leaders met at the 2007 climate conference in Bali. Kevin Rudd attended the'
     ' conference.',
     {('Kevin Rudd', 'attended', 'climate conference in Bali'),
      ('climate conference in Bali', 'locatedIn', 'Bali')}),
    ('KABUL, May 3 (Reuters) - Afghan President Ashraf Ghani attended a peace '
     'conference in Tashkent on Friday.',
     {('Ashraf Ghani', 'attended', 'peace conference in Tashkent'),
      ('peace conference in Tashkent', 'locatedIn', 'Tashkent')}),
    ('Sergei Lavrov participated in the ASEAN Regional Forum in Phnom Penh on '
     'Friday.',
     {('ASEAN Regional Forum in Phnom Penh', 'locatedIn', 'Phnom Penh'),
      ('Sergey Lavrov', 'attended', 'ASEAN Regional Forum in Phnom Penh')}),
    ('The talks in Doha on Sunday were attended by the Taliban and the United '
     'States.',
     {('Taliban', 'attended', 'talks in Doha'),
      ('United States', 'attended', 'talks in Doha'),
      ('talks in Doha', 'locatedIn', 'Doha')}),
    ('Boris Johnson joined the G7 summit in Cornwall on Friday.',
     {('Boris Johnson', 'attended', 'G7 summit'),
      ('G7 summit', 'locatedIn', 'Cornwall')}),
    ('Anthony Albanese, who attended the Quad summit in Tokyo on Tuesday, said '
     'the region was safer.',
     {('Anthony Albanese', 'attended', 'Quad summit'),
      ('Quad summit', 'locatedIn', 'Tokyo')}),
    ('Emmanuel Macron opened the Paris Peace Forum on Thursday.',
     {('Emmanuel Macron', 'attended', 'Paris Peace forum')}),
    ('Recep Tayyip Erdogan delivered a speech at the summit in Samarkand on '
     'Friday.',
     {('Recep Tayyip Erdoğan', 'attended', 'summit in Samarkand'),
      ('summit in Samarkand', 'locatedIn', 'Samarkand')}),
    ('"We need peace," Antonio Guterres told the conference in Geneva on Monday.',
     {('António Guterres', 'attended', 'conference in Geneva'),
      ('conference in Geneva', 'locatedIn', 'Geneva')}),
    ('Cyril Ramaphosa chaired the BRICS summit in Johannesburg on Wednesday, '
     'attended by Xi Jinping and Narendra Modi.',
     {('BRICS summit', 'locatedIn', 'Johannesburg'),
      ('Cyril Ramaphosa', 'attended', 'BRICS summit'),
      ('Narendra Modi', 'attended', 'BRICS summit'),
      ('Xi Jinping', 'attended', 'BRICS summit')}),
    ('Joe Biden, Fumio Kishida and Yoon Suk Yeol took part in the trilateral '
     'summit at Camp David on Friday.',
     {('Fumio Kishida', 'attended', 'trilateral summit'),
      ('Joe Biden', 'attended', 'trilateral summit'),
      ('Yoon Suk Yeol', 'attended', 'trilateral summit')}),
    ('Mahmoud Abbas attended the Arab League summit in Jeddah on Friday.',
     {('Arab League summit', 'locatedIn', 'Jeddah'),
      ('Mahmoud Abbas', 'attended', 'Arab League summit')}),
    ('Jens Stoltenberg took part in the meeting of NATO defence ministers in '
     'Brussels on Thursday.',
     {('Jens Stoltenberg', 'attended', 'meeting'),
      ('meeting', 'locatedIn', 'Brussels')}),
    ('The protest in Tbilisi on Sunday was led by Nika Melia.',
     {('Nika Melia', 'attended', 'protest in Tbilisi'),
      ('protest in Tbilisi', 'locatedIn', 'Tbilisi')}),
    ('Ilham Aliyev and Nikol Pashinyan attended the talks in Brussels on Sunday, '
     'hosted by Charles Michel.',
     {('Charles Michel', 'attended', 'talks in Brussels'),
      ('Ilham Aliyev', 'attended', 'talks in Brussels'),
      ('Nikol Pashinyan', 'attended', 'talks in Brussels'),
      ('talks in Brussels', 'locatedIn', 'Brussels')}),
    ('Li Qiang participated in the East Asia Summit in Jakarta on Thursday.',
     {('East Asia summit', 'locatedIn', 'Jakarta'),
      ('Li Qiang', 'attended', 'East Asia summit')}),
    ('Foreign Minister Wang Yi was present at the talks in Beijing on Friday.',
     {('Wang Yi', 'attended', 'talks in Beijing'),
      ('talks in Beijing', 'locatedIn', 'Beijing')}),
    ('Lula da Silva attended the inauguration of Javier Milei in Buenos Aires on '
     'Sunday.',
     {('Luiz Inácio Lula da Silva', 'attended', 'inauguration'),
      ('inauguration', 'locatedIn', 'Buenos Aires')}),
    ('Prime Minister Rishi Sunak attended the coronation in London on Saturday.',
     {('Rishi Sunak', 'attended', 'coronation in London'),
      ('coronation in London', 'locatedIn', 'London')}),
    ('Abiy Ahmed addressed the African Union summit in Addis Ababa on Saturday.',
     {('Abiy Ahmed', 'attended', 'African Union summit'),
      ('African Union summit', 'locatedIn', 'Addis Ababa')}),
    ('Vladimir Putin held talks in Tehran on Tuesday. Ebrahim Raisi also took '
     'part in the talks.',
     {('Ebrahim Raisi', 'attended', 'talks in Tehran'),
      ('Vladimir Putin', 'attended', 'talks in Tehran'),
      ('talks in Tehran', 'locatedIn', 'Tehran')}),
    ('Kim Jong Un attended a military parade in Pyongyang on Thursday.',
     {('Kim Jong Un', 'attended', 'military parade'),
      ('military parade', 'locatedIn', 'Pyongyang')}),
    ('The summit in Vilnius ended on Wednesday. Volodymyr Zelensky attended the '
     'summit.',
     {('Volodymyr Zelenskyy', 'attended', 'summit in Vilnius'),
      ('summit in Vilnius', 'locatedIn', 'Vilnius')}),
    ('MOSCOW, Oct 12 (Reuters) - Russian President Vladimir Putin flew to Bishkek'
     ' on Thursday for the CIS summit.',
     {('Vladimir Putin', 'attended', 'CIS summit')}),
    ('Emmanuel Macron arrived in Kyiv on Friday to attend the conference on '
     'reconstruction.',
     {('Emmanuel Macron', 'attended', 'conference'),
      ('conference', 'locatedIn', 'Kyiv')}),
    ("Sunday's rally in Minsk was led by opposition leader Svetlana "
     'Tikhanovskaya.',
     {('Svetlana Tikhanovskaya', 'attended', 'rally in Minsk'),
      ('rally in Minsk', 'locatedIn', 'Minsk')}),
    ('Thousands rallied in Tbilisi on Saturday in a protest organised by Nika '
     'Melia.',
     {('Nika Melia', 'attended', 'protest'),
      ('protest', 'locatedIn', 'Tbilisi')}),
    ('Leaders of Brazil, India and China gathered in Johannesburg on Tuesday for '
     'the BRICS summit.',
     {('BRICS summit', 'locatedIn', 'Johannesburg'),
      ('Brazil', 'attended', 'BRICS summit'),
      ('China', 'attended', 'BRICS summit'),
      ('India', 'attended', 'BRICS summit')}),
    ('The summit, hosted by Indonesian President Joko Widodo, was attended by Joe'
     ' Biden and Xi Jinping.',
     {('Joe Biden', 'attended', 'summit'),
      ('Joko Widodo', 'attended', 'summit'),
      ('Xi Jinping', 'attended', 'summit')}),
    ('Narendra Modi held a news conference on the sidelines of the G20 summit in '
     'Rome on Sunday.',
     {('G20 summit', 'locatedIn', 'Rome'),
      ('Narendra Modi', 'attended', 'G20 summit')}),
    ('Israel attended the conference in Manama as an observer.',
     {('Israel', 'attended', 'conference in Manama'),
      ('conference in Manama', 'locatedIn', 'Manama')}),
    ('China sent Vice Premier Han Zheng to the coronation in London on Saturday.',
     {('Han Zheng', 'attended', 'coronation in London'),
      ('coronation in London', 'locatedIn', 'London')}),
    ('The two-day summit in Granada opened on Thursday. Olaf Scholz and Giorgia '
     'Meloni attended.',
     {('Giorgia Meloni', 'attended', 'summit in Granada'),
      ('Olaf Scholz', 'attended', 'summit in Granada'),
      ('summit in Granada', 'locatedIn', 'Granada')}),
    ('Giorgia Meloni co-chaired the conference in Rome on Sunday with Ursula von '
     'der Leyen.',
     {('Ursula von der Leyen', 'attended', 'conference in Rome'),
      ('conference in Rome', 'locatedIn', 'Rome')}),
    ('Sergei Lavrov led the Russian delegation at the G20 summit in New Delhi on '
     'Saturday.',
     {('G20 summit', 'locatedIn', 'New Delhi'),
      ('Sergey Lavrov', 'attended', 'G20 summit'),
      ('Russia', 'attended', 'G20 summit')}),
    ('Delegations from Armenia, Azerbaijan and Georgia took part in the talks in '
     'Istanbul on Monday.',
     {('Armenia', 'attended', 'talks in Istanbul'),
      ('Azerbaijan', 'attended', 'talks in Istanbul'),
      ('Georgia', 'attended', 'talks in Istanbul'),
      ('talks in Istanbul', 'locatedIn', 'Istanbul')}),
    ('The talks in Jeddah on Saturday brought together officials from Ukraine, '
     'Saudi Arabia and Brazil.',
     {('Brazil', 'attended', 'talks in Jeddah'),
      ('Saudi Arabia', 'attended', 'talks in Jeddah'),
      ('Ukraine', 'attended', 'talks in Jeddah'),
      ('talks in Jeddah', 'locatedIn', 'Jeddah')}),
    ('Antony Blinken attended the ASEAN ministerial meeting in Jakarta on '
     'Thursday, the State Department said.',
     {('ASEAN ministerial meeting', 'locatedIn', 'Jakarta'),
      ('Antony Blinken', 'attended', 'ASEAN ministerial meeting')}),
    ('Vladimir Putin hosted the summit of the Eurasian Economic Union in St '
     'Petersburg on Monday.',
     {('Vladimir Putin', 'attended', 'summit in St Petersburg'),
      ('summit in St Petersburg', 'locatedIn', 'St Petersburg')}),
    ('Alexander Lukashenko addressed the CSTO summit in Minsk on Wednesday, '
     'calling for unity.',
     {('Alexander Lukashenko', 'attended', 'CSTO summit'),
      ('CSTO summit', 'locatedIn', 'Minsk')}),
    ('At a news conference in Brussels on Tuesday, Jens Stoltenberg said the '
     'alliance would respond.',
     {('Jens Stoltenberg', 'attended', 'news conference in Brussels'),
      ('news conference in Brussels', 'locatedIn', 'Brussels')}),
    ('Kishida, who hosted the G7 summit in Hiroshima, said the leaders had agreed'
     ' on sanctions.',
     {('G7 summit', 'locatedIn', 'Hiroshima'),
      ('Kishida', 'attended', 'G7 summit')}),
    ('Speaking at the summit in Jeddah on Friday, Volodymyr Zelensky urged Arab '
     'leaders to help Ukraine.',
     {('Volodymyr Zelenskyy', 'attended', 'summit in Jeddah'),
      ('summit in Jeddah', 'locatedIn', 'Jeddah')}),
    ('Iranian Foreign Minister Hossein Amir-Abdollahian joined the talks in '
     'Vienna on Monday.',
     {('Hossein Amirabdollahian', 'attended', 'talks in Vienna'),
      ('talks in Vienna', 'locatedIn', 'Vienna')}),
    ('The opposition protest in Belgrade on Saturday drew 50,000 people, '
     'including Dragan Djilas.',
     {('Dragan Djilas', 'attended', 'opposition protest in Belgrade'),
      ('opposition protest in Belgrade', 'locatedIn', 'Belgrade')}),
    ('Mohammed bin Salman welcomed Joe Biden to the Arab summit in Jeddah on '
     'Saturday.',
     {('Arab summit in Jeddah', 'locatedIn', 'Jeddah'),
      ('Joe Biden', 'attended', 'Arab summit in Jeddah'),
      ('Mohammed bin Salman', 'attended', 'Arab summit in Jeddah')}),
    ('Pope Francis led a prayer vigil in Lisbon on Saturday.',
     {('Pope Francis', 'attended', 'prayer vigil in Lisbon'),
      ('prayer vigil in Lisbon', 'locatedIn', 'Lisbon')}),
    ('Svetlana Tikhanovskaya marched in the protest in Minsk on Saturday.',
     {('Svetlana Tikhanovskaya', 'attended', 'protest in Minsk'),
      ('protest in Minsk', 'locatedIn', 'Minsk')}),
    ('Sviatlana Tsikhanouskaya held a rally in Minsk on Thursday.',
     {('Sviatlana Tsikhanouskaya', 'attended', 'rally in Minsk'),
      ('rally in Minsk', 'locatedIn', 'Minsk')}),
]


@pytest.mark.parametrize(("text", "expected"), POS)
def test_attend11_probe_claims(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert claim_triples(nlp(text), ("attended", "locatedIn")) == expected


@pytest.mark.parametrize("text", [
    'Turkey boycotted the summit in Riga on Thursday.',
    'The Kremlin said Putin would attend the BRICS summit in Johannesburg in '
    'August.',
    'Vladimir Putin did not attend the G20 summit in Bali on Tuesday.',
    'Narendra Modi skipped the SCO summit in Bishkek on Friday.',
    'Ukraine was invited to the summit in Vilnius.',
    'Recep Tayyip Erdogan declined to attend the NATO summit in Madrid.',
    'Hungary pulled out of the conference in Warsaw on Monday.',
    'Angela Merkel was not present at the ceremony in Moscow on Saturday.',
    'Joe Biden could attend the APEC summit in San Francisco next month.',
    "Xi Jinping's participation in the G20 summit in New Delhi was not confirmed.",
    "Kim Jong Un's absence from the parade in Pyongyang on Saturday drew "
    'attention.',
    'Sviatlana Tsikhanouskaya will hold a rally in Minsk on Thursday.',
    'Sviatlana Tsikhanouskaya did not hold a rally in Minsk on Thursday.',
    'Svetlana Tikhanovskaya refused to march in the protest in Minsk on Saturday.',
])
def test_attend11_no_attending(nlp: Language, text: str) -> None:
    assert claim_triples(nlp(text), ("attended",)) == set()


@pytest.mark.parametrize(("text", "label"), [
    # the place its verb gives ("held a rally in CITY"), not the phrase's own
    ("Sviatlana Tsikhanouskaya held a rally in Minsk on Thursday.", "rally in Minsk"),
    ("Kim Jong Un attended a military parade in Pyongyang on Thursday.",
     "military parade in Pyongyang"),
    ("Leaders of Brazil, India and China gathered in Johannesburg on Tuesday for the BRICS "
     "summit.", "BRICS summit in Johannesburg"),
    # the day that names it
    ("Sunday's rally in Minsk was led by opposition leader Svetlana Tikhanovskaya.",
     "Sunday's rally"),
    # its topic
    ("Emmanuel Macron arrived in Kyiv on Friday to attend the conference on reconstruction.",
     "conference on reconstruction"),
    # the organization or council it is a meeting of
    ("Vladimir Putin took part in a meeting of the CSTO Collective Security Council in "
     "Yerevan on Wednesday.", "meeting of the CSTO Collective Security Council"),
    ("Vladimir Putin hosted the summit of the Eurasian Economic Union in St Petersburg on "
     "Monday.", "summit of the Eurasian Economic Union"),
])
def test_attend11_event_labels(nlp: Language, text: str, label: str) -> None:
    labels = [x for ls in node_labels(nlp(text), "Event").values() for x in ls]
    assert label in labels


@pytest.mark.parametrize("text", [
    "The talks on Monday ended without a deal, the Kremlin said.",
    "Sergei Lavrov attended the meeting in Moscow on Friday.",
])
def test_attend11_no_day_topic_label(nlp: Language, text: str) -> None:
    """A day is no topic ("talks on Monday"), and a phrase names no day it lacks."""
    labels = [x for ls in node_labels(nlp(text), "Event").values() for x in ls]
    assert not any(" on Monday" in x or "'s " in x for x in labels)
