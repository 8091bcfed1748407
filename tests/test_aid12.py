"""Support told by aid (kg/extract/rules/aid.py): goods, money, arms or helpers sent to a
recipient ("X sent 50 tonnes of medical supplies to Y", "X gave Y ten tanks"), senders
listed "among" the ones who sent, aid named "from X to Y", "Y received N from X", and "X
is Y's biggest donor"; and the cases that give nothing: aid suspended, cut, withdrawn,
refused or negated, troops (sent against a state as often as to its aid), a team of
negotiators, and a recipient that is a place, not an actor.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every ``supports`` claim it yields.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
S = "supports"

CASES: list[tuple[str, set[Triple]]] = [
    # --- a verb of sending with aid as its object and a recipient
    ("The European Union sent 50 tonnes of medical supplies to Libya.",
     {("European Union", S, "Libya")}),
    ("Japan shipped rice to the Philippines on Tuesday.", {("Japan", S, "Philippines")}),
    ("India airlifted relief supplies to Nepal after the earthquake.", {("India", S, "Nepal")}),
    ("Turkey dispatched rescue teams to Syria.", {("Turkey", S, "Syria")}),
    ("Cuba sent 500 doctors to Italy to help fight the pandemic.", {("Cuba", S, "Italy")}),
    ("France extended a credit line of 200 million euros to Senegal.",
     {("France", S, "Senegal")}),
    ("The Chinese government dispatched a medical team to Laos.", {("China", S, "Laos")}),
    ("The Netherlands and Denmark are sending F-16 fighter jets to Ukraine.",
     {("Netherlands", S, "Ukraine"), ("Denmark", S, "Ukraine")}),
    ("Tons of food and medicine were shipped to Venezuela by Russia.",
     {("Russia", S, "Venezuela")}),
    # the recipient as indirect object
    ("Germany gave Ukraine 10 Leopard tanks.", {("Germany", S, "Ukraine")}),
    # --- senders listed "among" those who sent
    ("Britain, Germany and the United States were among the countries offering aid to "
     "Pakistan.", {("United Kingdom", S, "Pakistan"), ("Germany", S, "Pakistan"),
                   ("United States", S, "Pakistan")}),
    ("Canada, Australia and New Zealand were among nations sending rescue teams to Turkey.",
     {("Canada", S, "Turkey"), ("Australia", S, "Turkey"), ("New Zealand", S, "Turkey")}),
    ("Kenya was among the countries that sent aid to Somalia.", {("Kenya", S, "Somalia")}),
    # --- money lent, disbursed or pledged; aid sent by a giver named as agent
    ("Germany has pledged 500 million euros to Jordan.", {("Germany", S, "Jordan")}),
    ("The IMF disbursed $1.2 billion to Pakistan.",
     {("International Monetary Fund", S, "Pakistan")}),
    ("Japan lent $5 billion to Indonesia.", {("Japan", S, "Indonesia")}),
    ("Aid sent by Japan to Turkey arrived on Monday.", {("Japan", S, "Turkey")}),
    # --- aid named with its giver and recipient; received from a giver
    ("Aid from Japan to Sri Lanka reached $300 million last year.",
     {("Japan", S, "Sri Lanka")}),
    ("Ukraine received 14 Challenger tanks from Britain.", {("United Kingdom", S, "Ukraine")}),
    ("Pakistan received $3 billion from Saudi Arabia.", {("Saudi Arabia", S, "Pakistan")}),
    # --- a noun of giving said of an actor
    ("The United States is Israel's biggest arms supplier.", {("United States", S, "Israel")}),
    ("Washington is Kyiv's largest donor.", {("United States", S, "Ukraine")}),
    ("Turkey, Azerbaijan's main arms supplier, denied the report.",
     {("Turkey", S, "Azerbaijan")}),
    ("China has become Laos's largest creditor.", {("China", S, "Laos")}),
    ("France is among the biggest donors to Lebanon.", {("France", S, "Lebanon")}),
    ("Germany is the second-largest donor to Ukraine.", {("Germany", S, "Ukraine")}),
    ("Germany is not among the donors to Ukraine.", set()),
    ("Shipments of arms from Iran to Hezbollah have increased.", {("Iran", S, "Hezbollah")}),
    ("Ukraine relies heavily on military aid from the United States.",
     {("United States", S, "Ukraine")}),
    ("Egypt no longer depends on aid from Washington.", set()),
    # --- already found by the verb and noun rules (unchanged)
    ("China donated vaccines to Cambodia.", {("China", S, "Cambodia")}),
    ("Jordan received humanitarian aid from the United Arab Emirates.",
     {("United Arab Emirates", S, "Jordan")}),
    # --- aid stopped, withheld, refused or negated: nothing
    ("The United States suspended aid to Niger after the coup.", set()),
    ("Britain cut aid to Rwanda.", set()),
    ("Washington withdrew its assistance to Afghanistan.", set()),
    ("Aid to Gaza was blocked by Israel.", set()),
    ("Germany refused to send tanks to Ukraine.", set()),
    ("Russia stopped shipping grain to Egypt.", set()),
    ("The United States halted weapons deliveries to Saudi Arabia.", set()),
    ("Germany did not send any equipment to Ukraine.", set()),
    ("Israel was not among the countries sending aid to Turkey.", set()),
    ("Ukraine did not receive any tanks from Germany.", set()),
    ("If elected, he would send weapons to Taiwan.", set()),
    # --- not aid: troops, negotiators; asking for aid; a place as recipient
    ("Russia sent troops to Ukraine in February.", set()),
    ("Spain sent a team of negotiators to Venezuela.", set()),
    ("Russia sent a delegation to Turkey for talks.", set()),
    ("Iran sent a letter to the United Nations.", set()),
    ("Pakistan sent its foreign minister to China.", set()),
    ("Somalia asked for aid from Turkey.", set()),
    ("Qatar provided fuel to Gaza.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_aid12_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (S,)) == want
