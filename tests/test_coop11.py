"""Cooperation, meetings and partnership told in the many ways wire copy tells them:
agreements signed, reached or inked ("A and B signed a memorandum", "the agreement between A
and B", "the accord, signed by A and B"), agreeing and pledging ("A and B agreed to expand
trade", "pledged to deepen ties"), allies in apposition ("X, a close ally of Y"), joint
undertakings whatever the verb ("A and B conducted joint naval exercises",
readout.joint_undertaking), meetings in person or by phone ("X held talks with Y", "X was
received by Y", "X spoke by phone with Y"), the leaders or envoys of named sides meeting
("the foreign ministers of A, B and C met", "leaders of A and B held a summit",
event.sides_met), named sides at talks called trilateral, a verb of meeting the parser
coordinates with an infinitive ("X urged Y to reconsider and spoke with Z",
event.met_after_infinitive), sides called allies of each other ("A and B are close
allies", readout.allied_pair), a go-between named by a
participle ("held indirect talks, mediated by X": X meets each side, event.mediator),
"the two ministers" of a later sentence standing for the sides of a transitive meeting
("X met Y. The two ministers agreed ...", kg_pairs), and partners in apposition ("X, a
NATO partner").

The sentences are written for these tests (not taken from any corpus). Every sentence
asserts the exact set of ``metWith``, ``cooperatesWith`` and ``partnerOf`` claims (the
symmetric two with their keys sorted); the negatives (negation, modality, the future, a
refusal, a cancellation, being willing, agreeing only to meet later, a host meeting each
guest but the guests not each other, a crowd of officials, indirect talks) assert what is
left.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]

_RELATIONS = ("metWith", "cooperatesWith", "partnerOf")


def _claims(nlp: Language, text: str) -> set[Triple]:
    return claim_triples(nlp(text), _RELATIONS, symmetric=("metWith", "cooperatesWith"))


def _met(*pairs: tuple[str, str]) -> set[Triple]:
    return {(min(a, b), "metWith", max(a, b)) for a, b in pairs}


def _coop(*pairs: tuple[str, str]) -> set[Triple]:
    return {(min(a, b), "cooperatesWith", max(a, b)) for a, b in pairs}


@pytest.mark.parametrize(("text", "want"), [
    # agreements
    ("China and Pakistan signed a memorandum on energy cooperation on Tuesday.",
     _coop(("China", "Pakistan"))),
    ("Japan signed a defence agreement with the Philippines on Monday.",
     _coop(("Japan", "Philippines"))),
    ("The agreement between Turkey and Azerbaijan was signed in Baku.",
     _coop(("Turkey", "Azerbaijan"))),
    ("India inked a pact with France to build six submarines.", _coop(("India", "France"))),
    ("Beijing and Moscow signed a series of agreements on Tuesday.",
     _coop(("China", "Russia"))),
    ("Mexico, Canada and the United States signed a trade agreement in 2018.",
     _coop(("Mexico", "Canada"), ("Mexico", "United States"), ("Canada", "United States"))),
    ("Ukraine signed security agreements with Britain, Germany and France.",
     _coop(("Ukraine", "United Kingdom"), ("Ukraine", "Germany"), ("Ukraine", "France"))),
    ("Poland and Ukraine reached an agreement on grain transit.",
     _coop(("Poland", "Ukraine"))),
    ("Armenia and Azerbaijan signed a peace deal at the White House.",
     _coop(("Armenia", "Azerbaijan"))),
    ("Iran and Russia signed a 20-year strategic partnership treaty.",
     _coop(("Iran", "Russia"))),
    ("Indonesia and Malaysia signed a memorandum of understanding on border security.",
     _coop(("Indonesia", "Malaysia"))),
    ("Under the agreement signed by Israel and the United Arab Emirates, flights will begin "
     "next month.", _coop(("Israel", "United Arab Emirates"))),
    ("The accord, signed by Armenia and Azerbaijan in Washington, ends decades of conflict.",
     _coop(("Armenia", "Azerbaijan"))),
    ("A defence pact between Australia and Papua New Guinea was signed on Thursday.",
     _coop(("Australia", "Papua New Guinea"))),
    ("Japan and the Philippines signed a reciprocal access agreement, allowing troops to "
     "train on each other's soil.", _coop(("Japan", "Philippines"))),
    ("India and the United States announced a partnership on critical minerals.",
     _coop(("India", "United States"))),
    # agreeing, pledging, ties
    ("Egypt and Saudi Arabia agreed to expand trade during the visit.",
     _coop(("Egypt", "Saudi Arabia"))),
    ("KABUL, May 3 (Reuters) - Pakistan and Afghanistan agreed on Tuesday to resume border "
     "trade.", _coop(("Pakistan", "Afghanistan"))),
    ("Vietnam and South Korea pledged to deepen ties in the security field.",
     _coop(("Vietnam", "South Korea"))),
    ("China and Russia pledged to deepen their strategic partnership.",
     _coop(("China", "Russia"))),
    ("The United States and India agreed to step up defence cooperation.",
     _coop(("United States", "India"))),
    ("Seoul and Tokyo agreed on Thursday to strengthen security cooperation with Washington.",
     _coop(("South Korea", "Japan"), ("South Korea", "United States"),
           ("Japan", "United States"))),
    ("Germany's strategic partnership with Poland was strengthened last year.",
     _coop(("Germany", "Poland"))),
    ("Cooperation between Qatar and Turkey in energy has grown sharply.",
     _coop(("Qatar", "Turkey"))),
    ("Moscow and Tehran have deepened their military cooperation since 2022.",
     _coop(("Russia", "Iran"))),
    ("The Philippines has forged closer ties with Japan in recent months.",
     _coop(("Philippines", "Japan"))),
    ("China's cooperation with Russia has deepened since the war began.",
     _coop(("China", "Russia"))),
    ("Turkey and Egypt have restored full diplomatic relations after a decade.",
     _coop(("Turkey", "Egypt"))),
    ("Kyiv and Warsaw agreed to set up a joint working group on grain exports.",
     _coop(("Ukraine", "Poland"))),
    ("China and Russia agreed to hold joint drills.", _coop(("China", "Russia"))),
    # allies
    ("Hungary, a close ally of Russia, blocked the measure.", _coop(("Hungary", "Russia"))),
    ("Serbia, a traditional ally of Russia, has refused to impose sanctions.",
     _coop(("Serbia", "Russia"))),
    ("Japan, a close US ally, has increased defence spending.",
     _coop(("Japan", "United States"))),
    ("Jordan, a key ally of the United States, condemned the strike.",
     _coop(("Jordan", "United States"))),
    # joint undertakings (readout.joint_undertaking and the nominal rules)
    ("Russia and Belarus held joint military drills near the border.",
     _coop(("Russia", "Belarus"))),
    ("Indonesia and Australia conducted joint naval exercises in the Timor Sea.",
     _coop(("Indonesia", "Australia"))),
    ("Indonesia and Australia staged combined drills in the Timor Sea.",
     _coop(("Indonesia", "Australia"))),
    # meetings
    ("Narendra Modi held talks with Joe Biden at the White House.",
     _met(("Narendra Modi", "Joe Biden"))),
    ("Emmanuel Macron hosted Olaf Scholz at the Elysee Palace on Friday.",
     _met(("Emmanuel Macron", "Olaf Scholz"))),
    ("Talks between Israel and Egypt took place in Cairo on Sunday.",
     _met(("Israel", "Egypt"))),
    ("Vladimir Putin spoke by phone with Recep Tayyip Erdogan on Wednesday.",
     _met(("Vladimir Putin", "Recep Tayyip Erdoğan"))),
    ("Erdogan had a telephone conversation with Vladimir Putin on Monday.",
     _met(("Erdogan", "Vladimir Putin"))),
    ("Xi Jinping and Joe Biden met on the sidelines of the G20 summit in Bali.",
     _met(("Xi Jinping", "Joe Biden"))),
    ("Kazakhstan received Iran's foreign minister Hossein Amir-Abdollahian on Tuesday.",
     _met(("Kazakhstan", "Hossein Amirabdollahian"))),
    ("Qatar held separate meetings with Israel and Hamas on Monday.",
     _met(("Qatar", "Israel"), ("Qatar", "Hamas"))),
    ("Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov in Beijing on "
     "Thursday.", _met(("Wang Yi", "Sergey Lavrov"))),
    ("The Kremlin said Putin had held talks with Xi Jinping by video link.",
     _met(("Putin", "Xi Jinping"))),
    ("Antony Blinken met Benjamin Netanyahu in Jerusalem, and later he met Mahmoud Abbas in "
     "Ramallah.", _met(("Antony Blinken", "Benjamin Netanyahu"),
                       ("Antony Blinken", "Mahmoud Abbas"))),
    ('"We had a very productive meeting," Blinken told reporters after talks with Wang Yi.',
     _met(("Blinken", "Wang Yi"))),
    ("Scholz's meeting with Xi Jinping lasted three hours.", _met(("Scholz", "Xi Jinping"))),
    ("Kenya's president William Ruto met with Chinese President Xi Jinping in Beijing.",
     _met(("William Ruto", "Xi Jinping"))),
    ("Putin received Hungarian Prime Minister Viktor Orban in the Kremlin on Friday.",
     _met(("Putin", "Viktor Orbán"))),
    ("Putin was received by Xi Jinping at the Great Hall of the People.",
     _met(("Putin", "Xi Jinping"))),
    ("Erdogan was hosted by Vladimir Putin in Sochi on Monday.",
     _met(("Erdogan", "Vladimir Putin"))),
    ("Macron held a phone call with Zelensky on Saturday, the Elysee said.",
     _met(("Macron", "Zelensky"))),
    ("Biden and Xi held a video call on Monday.", _met(("Biden", "Xi"))),
    ("Kishida's talks with Yoon Suk Yeol focused on North Korea.",
     _met(("Kishida", "Yoon Suk Yeol"))),
    ("Lavrov, who held talks with Wang Yi on Monday, said relations were at their best.",
     _met(("Lavrov", "Wang Yi"))),
    ("The talks, between Abbas and Netanyahu, lasted two hours.",
     _met(("Abbas", "Netanyahu"))),
    ("Blinken met Netanyahu, Gallant and Herzog in Tel Aviv on Thursday.",
     _met(("Blinken", "Netanyahu"), ("Blinken", "Gallant"), ("Blinken", "Herzog"))),
    ("Putin and Kim Jong Un held talks lasting nine hours.", _met(("Putin", "Kim Jong Un"))),
    ("Wang Yi met with Lavrov, and the two discussed Ukraine.", _met(("Wang Yi", "Lavrov"))),
    ("NEW DELHI, March 4 (Reuters) - Indian Prime Minister Narendra Modi met Japanese Prime "
     "Minister Fumio Kishida on Monday, pledging to deepen defence ties.",
     _met(("Narendra Modi", "Fumio Kishida"))),
    ("Blinken held talks with his Chinese counterpart Wang Yi, the State Department said.",
     _met(("Blinken", "Wang Yi"))),
    ("Wang Yi, who met Antony Blinken in Munich, called the talks candid.",
     _met(("Wang Yi", "Antony Blinken"))),
    ('"The talks were constructive," Lavrov said after meeting Hakan Fidan in Ankara.',
     _met(("Lavrov", "Hakan Fidan"))),
    ("Macron and Scholz discussed Ukraine in a phone call on Monday.",
     _met(("Macron", "Scholz"))),
    ("In a telephone conversation, Putin and Erdogan discussed the grain deal.",
     _met(("Putin", "Erdogan"))),
    ("Zelensky thanked Rishi Sunak during a meeting in London.",
     _met(("Zelensky", "Rishi Sunak"))),
    ("MOSCOW, June 5 (AFP) - Russian President Vladimir Putin received Chinese Premier Li "
     "Qiang at the Kremlin on Monday.", _met(("Vladimir Putin", "Li Qiang"))),
    # "met in X" is a meeting, no visit (and gives no visited claim either)
    ("Blinken and Wang Yi met in Beijing on Sunday.", _met(("Blinken", "Wang Yi"))),
    # the leaders or envoys of named sides (event.sides_met)
    ("The foreign ministers of China, Japan and South Korea held trilateral talks in Busan.",
     _met(("China", "Japan"), ("China", "South Korea"), ("Japan", "South Korea"))),
    ("The leaders of China and Russia met in Moscow on Tuesday.", _met(("China", "Russia"))),
    ("The foreign ministers of Egypt, Jordan and Iraq met in Cairo.",
     _met(("Egypt", "Jordan"), ("Egypt", "Iraq"), ("Jordan", "Iraq"))),
    # a relative clause of meeting on the sides
    ("Lavrov and Wang Yi, who met in Beijing on Monday, agreed to coordinate at the UN.",
     _met(("Lavrov", "Wang Yi")) | _coop(("Lavrov", "Wang Yi"))),
    ("Egypt and Jordan, which held talks in Cairo, agreed to expand trade.",
     _met(("Egypt", "Jordan")) | _coop(("Egypt", "Jordan"))),
    # named sides at talks called trilateral
    ("Erdogan, Putin and Raisi held a trilateral summit in Tehran.",
     _met(("Erdogan", "Putin"), ("Erdogan", "Raisi"), ("Putin", "Raisi"))),
    # a go-between meets each side; sides of indirect talks do not meet each other
    ("The delegations of Israel and Hamas held indirect talks in Doha, mediated by Qatar.",
     _met(("Qatar", "Israel"), ("Qatar", "Hamas"))),
    # "the two ministers" stand for the sides of a transitive meeting told before
    ("Wang Yi met Sergei Lavrov in Beijing. Both ministers pledged to strengthen cooperation "
     "at the United Nations.",
     _met(("Wang Yi", "Sergey Lavrov")) | _coop(("Wang Yi", "Sergey Lavrov"))),
    ("Wang Yi met Sergei Lavrov in Beijing. The two ministers agreed to expand cooperation.",
     _met(("Wang Yi", "Sergey Lavrov")) | _coop(("Wang Yi", "Sergey Lavrov"))),
    ("Vladimir Putin received Kassym-Jomart Tokayev in the Kremlin. The two presidents signed "
     "a declaration on strategic partnership.",
     _met(("Vladimir Putin", "Kassym-Jomart Tokayev"))
     | _coop(("Vladimir Putin", "Kassym-Jomart Tokayev"))),
    # a finite verb of meeting beside the infinitive of the clause before
    # (event.met_after_infinitive)
    ("Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with US "
     "Secretary of State Mike Pompeo about the case.", _met(("Dominic Raab", "Mike Pompeo"))),
    ("Antony Blinken asked Israel to pause the offensive and met Mahmoud Abbas in Ramallah.",
     _met(("Antony Blinken", "Mahmoud Abbas"))),
    # named sides called allies or strategic partners of each other (readout.allied_pair)
    ("France and Germany are close allies.", _coop(("France", "Germany"))),
    ("The European Union and Japan have been strategic partners since 2019.",
     _coop(("European Union", "Japan"))),
    # partners
    ("Japan and Australia are partners of NATO.",
     {("Japan", "partnerOf", "NATO"), ("Australia", "partnerOf", "NATO")}),
    ("NATO's partners, including Japan and South Korea, sent delegations.",
     {("Japan", "partnerOf", "NATO"), ("South Korea", "partnerOf", "NATO")}),
    ("Georgia, a NATO partner, has sent troops to Afghanistan.",
     {("Georgia", "partnerOf", "NATO")}),
    ("Japan, Australia, South Korea and New Zealand, NATO's partners in the Indo-Pacific, "
     "attended the summit.",
     {(s, "partnerOf", "NATO") for s in ("Japan", "Australia", "South Korea", "New Zealand")}),
])
def test_stated(nlp: Language, text: str, want: set[Triple]) -> None:
    assert _claims(nlp, text) == want


@pytest.mark.parametrize(("text", "want"), [
    # the future, plans, refusals, cancellations, modality, negation
    ("Narendra Modi will meet Joe Biden next week.", set()),
    ("Zelensky refused to meet Putin.", set()),
    ("Talks between Serbia and Kosovo were cancelled on Monday.", set()),
    ("Biden plans to hold talks with Xi next month.", set()),
    ("Biden declined to hold talks with Maduro.", set()),
    ("Erdogan has offered to host talks between Russia and Ukraine.", set()),
    ("The summit between Putin and Biden was postponed.", set()),
    ("Putin could meet Trump in Budapest, the Kremlin said.", set()),
    ("If Russia and Ukraine agreed to talks, the war could end.", set()),
    ("Japan and India did not sign the agreement.", set()),
    ("India and China disagreed over the border.", set()),
    ("China said it was willing to cooperate with the United States.", set()),
    ("The leaders of China and Russia will meet in Moscow next week.", set()),
    ("The foreign ministers of India and Pakistan did not meet in Astana.", set()),
    ("Indonesia and Australia will conduct joint naval exercises next month.", set()),
    ("Indonesia and Australia did not conduct joint exercises this year.", set()),
    # agreeing only to meet later states no cooperation
    ("China and Russia agreed to meet again in May.", set()),
    ("The foreign ministers of Greece and Cyprus agreed to a future meeting in Athens.", set()),
    # a host meets each guest; the guests do not meet each other
    ("NATO hosted Japan, Australia and New Zealand at the summit.",
     _met(("NATO", "Japan"), ("NATO", "Australia"), ("NATO", "New Zealand"))),
    ("The leaders of Japan and South Korea attended the NATO summit.", set()),
    ("Lavrov and Wang Yi, who will meet in Beijing on Monday, are old friends.", set()),
    # allies of a third party are not allies of each other; a negated alliance is none
    ("Australia and Japan are allies of the United States.",
     _coop(("Australia", "United States"), ("Japan", "United States"))),
    ("Israel and Saudi Arabia are not allies.", set()),
    # a meeting after a denied or future clause
    ("Antony Blinken asked Israel to pause the offensive and will meet Mahmoud Abbas on "
     "Friday.", set()),
    ("Antony Blinken urged Israel to talk with Hamas.", set()),
    # a crowd of officials need not have met each other
    ("Officials from 40 countries met in Jeddah.", set()),
])
def test_not_stated(nlp: Language, text: str, want: set[Triple]) -> None:
    assert _claims(nlp, text) == want


def test_met_in_city_is_no_visit(nlp: Language) -> None:
    doc = nlp("Blinken and Wang Yi met in Beijing on Sunday.")
    assert claim_triples(doc, ("visited",)) == set()
