"""An office named by its own words, "the head of state", "the Head of Government", used
alone in a readout after its holder was named with a title of that office: it names that
holder when one person only was so titled in its paragraph or the three sentences before.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
UR, ME, CR = "urges", "metWith", "criticizes"

OFFICE: list[tuple[str, set[Triple]]] = [
    # one head of state titled before: the head of state is that person
    ("President of Ukraine Volodymyr Zelenskyy had a phone conversation with Prime "
     "Minister of Japan Fumio Kishida. The Head of State called on Japan to join the "
     "sanctions.",
     {("Volodymyr Zelenskyy", UR, "Japan"), ("Fumio Kishida", ME, "Volodymyr Zelenskyy")}),
    ("President Emmanuel Macron spoke with Prime Minister Narendra Modi on Monday. The "
     "head of state called on Russia to respect international law.",
     {("Emmanuel Macron", ME, "Narendra Modi"), ("Emmanuel Macron", UR, "Russia")}),
    # two presidents named: no telling which head of state is meant
    ("French President Emmanuel Macron spoke with Ukrainian President Volodymyr Zelensky "
     "on Monday. The head of state called on Russia to respect international law.",
     {("Emmanuel Macron", ME, "Volodymyr Zelenskyy")}),
    # a president may head a government too: a president and a prime minister named
    ("President Emmanuel Macron spoke with Prime Minister Narendra Modi on Monday. The "
     "head of government called on Russia to respect international law.",
     {("Emmanuel Macron", ME, "Narendra Modi")}),
    # negated: nothing
    ("President Emmanuel Macron spoke with Prime Minister Narendra Modi on Monday. The "
     "head of state did not call on Russia to leave.",
     {("Emmanuel Macron", ME, "Narendra Modi")}),
    # a former holder titled before is no antecedent
    ("Former President Petro Poroshenko met Prime Minister Denys Shmyhal on Monday. The "
     "head of state criticized NATO.",
     {("Denys Shmyhal", ME, "Petro Poroshenko")}),
    # no head of state named: nothing
    ("Prime Minister Narendra Modi spoke with Chancellor Olaf Scholz on Monday. The head "
     "of state criticized NATO.",
     {("Narendra Modi", ME, "Olaf Scholz")}),
    # the office of someone else's head of state is no person
    ("President Emmanuel Macron met Prime Minister Narendra Modi. An adviser to the head "
     "of state criticized NATO.",
     {("Emmanuel Macron", ME, "Narendra Modi")}),
]


@pytest.mark.parametrize(("text", "want"), OFFICE, ids=[t[:40] for t, _ in OFFICE])
def test_calls16_head_of_state_names_its_titled_holder(nlp: Language, text: str,
                                                     want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (UR, ME, CR), symmetric=(ME,)) == want


AF = "affiliatedWith"
TITLED: list[tuple[str, set[Triple]]] = [
    # a title after "to": the state after its "of" is the holder's
    ("Vladimir Putin sent a message of condolences to President of Turkey Recep Tayyip "
     "Erdogan over the earthquake.", {("Recep Tayyip Erdoğan", AF, "Turkey")}),
    ("The message to President of Syria Bashar al-Assad was not answered.",
     {("Bashar al-Assad", AF, "Syria")}),
    ("Joe Biden sent a letter to Russian President Vladimir Putin.",
     {("Vladimir Putin", AF, "Russia")}),
    # a body that "to" governs before the title is no owner of it
    ("Speaking to the Associated Press, Army Brigadier General Samuel Salihu denied that "
     "Nigerian troops were responsible for the arson.", {("Samuel Salihu", AF, "Army")}),
    # a "to" inside the title is the posting, no owner
    ("Ambassador of Australia to NATO Jane Hardy spoke.", {("Jane Hardy", AF, "Australia")}),
]


@pytest.mark.parametrize(("text", "want"), TITLED, ids=[t[:40] for t, _ in TITLED])
def test_calls16_title_after_to_keeps_its_state(nlp: Language, text: str,
                                                want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (AF,)) == want


PORTFOLIO: list[tuple[str, set[Triple]]] = [
    # a one-word portfolio before "Minister" that the NER took for a body is no body
    ("In total, according to Health Minister Viktor Lyashko, today Ukraine has surpassed "
     "40% of adults vaccinated.", set()),
    ("Chinese Foreign Ministry spokesperson Wang Wenbin said so.",
     {("Wang Wenbin", AF, "Chinese Foreign Ministry"), ("Wang Wenbin", AF, "China")}),
]


@pytest.mark.parametrize(("text", "want"), PORTFOLIO, ids=[t[:40] for t, _ in PORTFOLIO])
def test_calls16_portfolio_before_minister_is_no_body(nlp: Language, text: str,
                                                      want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (AF,)) == want
