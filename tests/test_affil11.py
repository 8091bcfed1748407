"""Breadth of the ways wire copy ties a person to the state, organization or body they act
for: titles before and after the name in every form (demonym, possessive, "of" phrase,
metonym), envoys and ambassadors with their posting ("the UN envoy for STATE", "STATE's
ambassador in CITY", "STATE's U.N. envoy"), lists paired in order ("the foreign
ministers of A, B and C, X, Y and Z"), "X, who heads STATE's delegation", spokespeople
and aides ("X, who speaks for the ministry", "X, speaking for ORG", "LEADER aide X", "X,
LEADER's adviser", "an adviser to the DEMONYM prime minister"), party, group and body
roles, a name in brackets or after a colon, and the cases that give nothing (an unnamed
minister, a visit, a negated clause, a title of opposition).

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every ``affiliatedWith`` claim it yields.
"""

import datetime

import pytest
from spacy.language import Language

from tests.conftest import claim_triples
from tests.conftest import dated_doc as _dated

Triple = tuple[str, str, str]
A = "affiliatedWith"

CASES: list[tuple[str, set[Triple]]] = [
    # --- a title before the name: demonym, possessive, "of" phrase, metonym, dateline
    ("Russian Foreign Minister Sergei Lavrov told reporters in Moscow that talks would "
     "continue.", {("Sergey Lavrov", A, "Russia")}),
    ("The Foreign Minister of Russia, Sergei Lavrov, arrived in Ankara on Tuesday.",
     {("Sergey Lavrov", A, "Russia")}),
    ("Russia's foreign minister, Sergei Lavrov, said the proposal was unacceptable.",
     {("Sergey Lavrov", A, "Russia")}),
    ("Kremlin spokesman Dmitry Peskov told reporters the meeting was useful.",
     {("Dmitry Peskov", A, "Russia")}),
    ("Beijing's envoy Li Hui toured European capitals in May.", {("Li Hui", A, "China")}),
    ("KABUL, May 3 (Reuters) - Taliban spokesman Zabihullah Mujahid said the group would "
     "not allow attacks.", {("Zabihullah Mujahid", A, "Taliban")}),
    ('"We will not back down," said Iranian Foreign Minister Hossein Amir-Abdollahian.',
     {("Hossein Amirabdollahian", A, "Iran")}),
    ("Pentagon spokesman John Kirby said the strikes were defensive.",
     {("John Kirby", A, "United States Department of Defense"),
      ("John Kirby", A, "United States")}),
    ("Russia's central bank governor Elvira Nabiullina raised rates again.",
     {("Elvira Nabiullina", A, "Russia")}),
    ("Hamas rejected the offer. The group's spokesman, Hazem Qassem, said talks were over.",
     {("Hazem Qassem", A, "Hamas")}),
    ("The Kremlin rejected the offer. Its spokesman Dmitry Peskov said talks were over.",
     {("Dmitry Peskov", A, "Russia")}),
    # --- a title after the name
    ("Sergei Lavrov, Russia's top diplomat, said the proposal was unacceptable.",
     {("Sergey Lavrov", A, "Russia")}),
    ("Antony Blinken, the U.S. secretary of state, flew to Kyiv on Monday.",
     {("Antony Blinken", A, "United States")}),
    ("Sergei Shoigu, 68, Russia's defence minister, visited the front.",
     {("Sergei Shoigu", A, "Russia")}),
    ("Yahya Sinwar, a senior Hamas commander, was killed in Rafah.",
     {("Yahya Sinwar", A, "Hamas")}),
    ("Rafael Grossi, director of the International Atomic Energy Agency, visited Kyiv.",
     {("Rafael Grossi", A, "International Atomic Energy Agency")}),
    ("Hakan Fidan, head of Turkey's MIT intelligence service, travelled to Damascus.",
     {("Hakan Fidan", A, "MIT"), ("Hakan Fidan", A, "Turkey")}),
    ('"This is unacceptable," said Dmitry Peskov, the Kremlin\'s spokesman.',
     {("Dmitry Peskov", A, "Russia")}),
    ("Emmanuel Macron, France's president, hosted the summit, and Olaf Scholz, Germany's "
     "chancellor, attended.",
     {("Emmanuel Macron", A, "France"), ("Olaf Scholz", A, "Germany")}),
    ("The talks brought together Sergei Lavrov of Russia, Wang Yi of China and Hakan Fidan "
     "of Turkey.",
     {("Sergey Lavrov", A, "Russia"), ("Wang Yi", A, "China"), ("Hakan Fidan", A, "Turkey")}),
    ("Japan hosted the meeting. Fumio Kishida, the prime minister, said Tokyo would respond.",
     {("Fumio Kishida", A, "Japan")}),
    # a former office is stated as held
    ("Boris Johnson, a former British prime minister, visited Kyiv.",
     {("Boris Johnson", A, "United Kingdom")}),
    # --- envoys and ambassadors: whom they act for, not where they are posted
    ("China's ambassador to the United Nations, Zhang Jun, told the Security Council that "
     "sanctions would not work.", {("Zhang Jun", A, "China")}),
    ("Geir Pedersen, the UN special envoy for Syria, briefed the council on Thursday.",
     {("Geir Pedersen", A, "United Nations")}),
    ("Ambassador Bridget Brink, the top U.S. diplomat in Ukraine, attended the ceremony.",
     {("Bridget Brink", A, "United States")}),
    ("The U.S. ambassador in Ukraine, Bridget Brink, attended the ceremony.",
     {("Bridget Brink", A, "United States")}),
    ("Moscow's ambassador in Washington, Anatoly Antonov, called the sanctions illegal.",
     {("Anatoly Antonov", A, "Russia")}),
    ("Gilad Erdan, Israel's U.N. envoy, tore up a copy of the report.",
     {("Gilad Erdan", A, "Israel")}),
    ("Israel's U.N. envoy Gilad Erdan tore up a copy of the report.",
     {("Gilad Erdan", A, "Israel")}),
    ("Francesca Albanese, the UN special rapporteur on the occupied Palestinian territories, "
     "criticized Israel.", {("Francesca Albanese", A, "United Nations")}),
    ("Tom Fletcher, the UN relief coordinator for Gaza, warned of famine.",
     {("Tom Fletcher", A, "United Nations")}),
    # --- spokespeople and aides
    ("Matthew Miller, a spokesman for the State Department, said Washington was concerned.",
     {("Matthew Miller", A, "United States Department of State"),
      ("Matthew Miller", A, "United States")}),
    ("Maria Zakharova, who speaks for the Russian Foreign Ministry, dismissed the report.",
     {("Maria Zakharova", A, "Russian Foreign Ministry"), ("Maria Zakharova", A, "Russia")}),
    ("Maria Zakharova, speaking for the Russian Foreign Ministry, dismissed the report.",
     {("Maria Zakharova", A, "Russian Foreign Ministry"), ("Maria Zakharova", A, "Russia")}),
    ("Speaking on behalf of the Arab League, Ahmed Aboul Gheit condemned the attack.",
     {("Ahmed Aboul Gheit", A, "Arab League")}),
    ("Josep Borrell, who spoke on behalf of the European Union, condemned the attack.",
     {("Josep Borrell", A, "European Union")}),
    ("Josep Borrell, speaking about the European Union, condemned the attack.", set()),
    ("Lyse Doucet, who works for the BBC, interviewed the minister.",
     {("Lyse Doucet", A, "BBC"), ("Lyse Doucet", A, "United Kingdom")}),
    ("Russian President Vladimir Putin spoke by phone. Putin aide Yuri Ushakov said the call "
     "lasted an hour.",
     {("Vladimir Putin", A, "Russia"), ("Yuri Ushakov", A, "Russia")}),
    ("President Joe Biden spoke on Monday. Jake Sullivan, Biden's national security adviser, "
     "met Wang Yi in Malta.",
     {("Joe Biden", A, "United States"), ("Jake Sullivan", A, "United States")}),
    ("French President Emmanuel Macron spoke on Monday. Jean-Yves Le Drian, Macron's "
     "special envoy to Lebanon, arrived in Beirut.",
     {("Emmanuel Macron", A, "France"), ("Jean-Yves Le Drian", A, "France")}),
    ("U.S. President Donald Trump spoke on Monday. Trump envoy Steve Witkoff met Putin in "
     "Moscow.", {("Donald Trump", A, "United States"), ("Steve Witkoff", A, "United States")}),
    ("Ned Price rejected the claim, as did Mark Regev, an adviser to the Israeli prime "
     "minister.", {("Mark Regev", A, "Israel")}),
    ("The remarks came from Stephane Dujarric, spokesman for U.N. Secretary-General Antonio "
     "Guterres.",
     {("António Guterres", A, "United Nations"), ("Stephane Dujarric", A, "United Nations")}),
    # --- party, group and body roles
    ("Keir Starmer of the Labour Party said the government had failed.",
     {("Keir Starmer", A, "Labour Party")}),
    ("Rishi Sunak, the Conservative Party leader, lost the election.",
     {("Rishi Sunak", A, "Conservative Party")}),
    ("Mousa Abu Marzouk, deputy head of Hamas's political bureau, said a deal was close.",
     {("Mousa Abu Marzouk", A, "Hamas")}),
    ("The U.N. human rights chief, Volker Turk, condemned the killings.",
     {("Volker Turk", A, "United Nations")}),
    ("Yevgeny Prigozhin, founder of the Wagner group, died in a plane crash.",
     {("Yevgeny Prigozhin", A, "Wagner Group")}),
    # --- a name in brackets or after a colon, a name parsed beside the group noun
    ("The statement was signed by the head of the Egyptian delegation (Sameh Shoukry).",
     {("Sameh Shoukry", A, "Egypt")}),
    ("The statement was signed by the head of the Egyptian delegation, Sameh Shoukry.",
     {("Sameh Shoukry", A, "Egypt")}),
    ("The talks were led by Ukraine's chief negotiator: Rustem Umerov.",
     {("Rustem Umerov", A, "Ukraine")}),
    # --- a relative clause of heading a state's team or government
    ("Andriy Yermak, who heads Ukraine's delegation, met officials in Washington.",
     {("Andriy Yermak", A, "Ukraine")}),
    ("Ebrahim Raisi, who heads the Iranian government, met Vladimir Putin in Moscow.",
     {("Ebrahim Raisi", A, "Iran")}),
    ("Andriy Yermak, who will not lead Ukraine's delegation, met officials in Washington.",
     set()),
    # --- a plural title over as many actors as names, paired in order
    ("The foreign ministers of France, Germany and Poland, Catherine Colonna, Annalena "
     "Baerbock and Zbigniew Rau, met in Weimar.",
     {("Catherine Colonna", A, "France"), ("Annalena Baerbock", A, "Germany"),
      ("Zbigniew Rau", A, "Poland")}),
    ("Vladimir Putin and Xi Jinping, the presidents of Russia and China, signed a statement.",
     {("Vladimir Putin", A, "Russia"), ("Xi Jinping", A, "China")}),
    # three states, two names: no pairing
    ("The leaders of Russia, China and Iran, Vladimir Putin and Xi Jinping, signed a "
     "statement.", set()),
    # --- a state alone in brackets after each name
    ("Sergei Lavrov (Russia) and Wang Yi (China) signed the statement.",
     {("Sergey Lavrov", A, "Russia"), ("Wang Yi", A, "China")}),
    ("Sergei Lavrov (pictured) signed the statement.", set()),
    # --- dashes, a past office stated with "then", a state's counterpart
    ("Russia's foreign minister - Sergei Lavrov - said the proposal was unacceptable.",
     {("Sergey Lavrov", A, "Russia")}),
    ("Dmitry Medvedev, then Russia's president, signed the treaty.",
     {("Dmitry Medvedev", A, "Russia")}),
    ("Antony Blinken met Wang Yi, his Chinese counterpart, in Beijing.",
     {("Wang Yi", A, "China")}),
    ("Hossein Salami, a commander in Iran's Revolutionary Guards, threatened Israel.",
     {("Hossein Salami", A, "Iran"), ("Hossein Salami", A, "Islamic Revolutionary Guard Corps")}),
    # --- a title after an object name, "of state" written as a name
    ("Sergei Lavrov accused Antony Blinken, the U.S. secretary of state, of lying.",
     {("Antony Blinken", A, "United States")}),
    ("Antony Blinken, the U.S. Secretary of State, met Wang Yi.",
     {("Antony Blinken", A, "United States")}),
    # --- nothing for the one who meets, visits or speaks about an actor
    ("Sergei Lavrov met Turkey's foreign minister in Ankara.", set()),
    ("Antony Blinken, who visited China last week, said talks were useful.", set()),
    ("Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing.",
     {("Wang Yi", A, "China")}),
    ("Antony Blinken will not become ambassador to China.", set()),
    ("Maria Zakharova, who does not speak for the Russian Foreign Ministry, dismissed the "
     "report.", set()),
    ("Maria Zakharova, who spoke about the Russian Foreign Ministry, dismissed the report.",
     set()),
    ("Antony Blinken, speaking for many in Washington, praised the deal.", set()),
    ("Belarusian opposition leader Sviatlana Tsikhanouskaya met Antony Blinken.", set()),
    ("Olaf Scholz met the Chinese ambassador in Berlin on Friday.", set()),
    ("Wang Yi, who met Russia's foreign minister on Monday, said ties were strong.", set()),
    ("Sergei Lavrov, a critic of NATO, said the alliance was expanding.", set()),
    ("Jake Sullivan, an expert on China, met Wang Yi in Vienna.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_affil11_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (A,)) == want


@pytest.mark.parametrize(("text", "day", "want"), [
    # a title and a surname alone: the one of that surname in the office on the day (the
    # mention resolver names them from the officeholders table)
    ("Prime Minister Modi arrived in Washington on Wednesday.", datetime.date(2023, 6, 21),
     {("Narendra Modi", A, "India")}),
    ("Foreign Minister Lavrov said the West was lying.", datetime.date(2023, 3, 2),
     {("Sergey Lavrov", A, "Russia")}),
    ("Chancellor Scholz said Germany would send tanks.", datetime.date(2023, 1, 25),
     {("Olaf Scholz", A, "Germany")}),
    # not in that office on the day
    ("Chancellor Scholz said Germany would send tanks.", datetime.date(2015, 1, 25), set()),
    # an undated article: a surname alone does not single out the holder
    ("Prime Minister Modi arrived in Washington on Wednesday.", None, set()),
])
def test_affil11_title_and_surname(nlp: Language, text: str, day: datetime.date | None,
                                   want: set[Triple]) -> None:
    assert claim_triples(_dated(nlp, text, day), (A,)) == want
