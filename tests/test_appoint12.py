"""Affiliation told by verbs of appointment, election, leaving, founding, heading and
joining: a title given to a person ("X was elected chairman of the ORG", "the ORG
appointed X as its envoy", "X was sworn in as president of STATE", "appointed to the
post of ..."), a title left or taken over ("X resigned as leader of the ORG", "X, who
succeeded Y as ..."), chosen to head ("X was chosen to lead the ORG"), a unit headed
inside a named actor ("X, who heads the ministry's information department", "chairs the
NAME party"), a split "co-founded", and a person joining a party (``affiliatedWith``,
not ``memberOf``, which a state joining an organization keeps).

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every ``affiliatedWith`` and ``memberOf`` claim it yields.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
A = "affiliatedWith"
M = "memberOf"

CASES: list[tuple[str, set[Triple]]] = [
    # --- a title given: passive with a bare complement, "as", "to the post of"
    ("Kofi Annan was elected chairman of The Elders in 2013.",
     {("Kofi Annan", A, "The Elders")}),
    ("Jens Stoltenberg was appointed NATO Secretary General in 2014.",
     {("Jens Stoltenberg", A, "NATO")}),
    ("Kaja Kallas was named the EU's top diplomat.", {("Kaja Kallas", A, "European Union")}),
    ("Ursula von der Leyen was chosen as president of the European Commission in 2019.",
     {("Ursula von der Leyen", A, "European Commission")}),
    ("Josep Borrell was appointed to the post of High Representative of the European Union.",
     {("Josep Borrell", A, "European Union")}),
    ("Bola Tinubu was sworn in as president of Nigeria on Monday.",
     {("Bola Tinubu", A, "Nigeria")}),
    ("Gideon Saar was confirmed as foreign minister of Israel on Sunday.",
     {("Gideon Saar", A, "Israel")}),
    ("Ellen Brandt entered politics when elected in 2009 as a member of the European "
     "Parliament.", {("Ellen Brandt", A, "European Parliament")}),
    # a one-word party modifier is the party the story names in full
    ("The Conservative Party met in London on Friday. Members voted to elect Anna Berg as "
     "the new Conservative leader.", {("Anna Berg", A, "Conservative Party")}),
    # --- active: the title goes to the object, not to the one who appoints
    ("The Labour Party elected Keir Starmer as its leader in 2020.",
     {("Keir Starmer", A, "Labour Party")}),
    ("The African Union appointed Olusegun Obasanjo as its envoy to the Horn of Africa.",
     {("Olusegun Obasanjo", A, "African Union")}),
    ("Leaders of the bloc elected Antonio Costa as president of the European Council on "
     "Thursday.", {("António Costa", A, "European Council")}),
    ("The army removed Mohamed Bazoum as president of Niger in July.",
     {("Mohamed Bazoum", A, "Niger")}),
    ("Having appointed Carl Lund as envoy of the United Nations, Antonio Guterres flew to "
     "Geneva.", {("Carl Lund", A, "United Nations"), ("António Guterres", A, "United Nations")}),
    # a title without its actor is the appointing state's, not a person's
    ("China named Wang Yi as foreign minister again, state media reported.",
     {("Wang Yi", A, "China")}),
    ("Putin appointed Andrei Belousov as defence minister in May.", set()),
    # a title with no actor named gives nothing, and the appointer gets no title
    ("Keir Starmer appointed David Lammy as foreign secretary.", set()),
    ("Cyril Ramaphosa named a new ambassador to the United States on Friday.", set()),
    # --- a title left or taken over
    ("Rishi Sunak stepped down as leader of the Conservative Party in 2024.",
     {("Rishi Sunak", A, "Conservative Party")}),
    ("Liz Truss quit as leader of the Conservative Party after 45 days.",
     {("Liz Truss", A, "Conservative Party")}),
    ("Sheikh Hasina resigned as prime minister of Bangladesh in August.",
     {("Hasina", A, "Bangladesh")}),
    ("Kamala Harris, who succeeded Mike Pence as vice president of the United States, spoke "
     "on Tuesday.", {("Kamala Harris", A, "United States")}),
    ("Jens Stoltenberg was succeeded as NATO chief by Mark Rutte in October.",
     {("Jens Stoltenberg", A, "NATO")}),
    ("Luiz Inacio Lula da Silva took office as president of Brazil in January 2023.",
     {("Luiz Inácio Lula da Silva", A, "Brazil")}),
    ("Claudia Sheinbaum was inaugurated as president of Mexico on Tuesday.",
     {("Claudia Sheinbaum", A, "Mexico")}),
    # a gerund after the congratulated object is said of the object, not the congratulator
    ("Vladimir Putin congratulated Anura Dissanayake on being elected president of Sri Lanka.",
     {("Anura Dissanayake", A, "Sri Lanka")}),
    ("Xi Jinping congratulated Joseph Aoun on taking office as president of Lebanon.",
     {("Joseph Aoun", A, "Lebanon")}),
    ("Narendra Modi congratulated Kamla Persad-Bissessar on becoming prime minister of "
     "Trinidad and Tobago.", {("Kamla Persad-Bissessar", A, "Trinidad and Tobago")}),
    # whom a post deals with is not whom it acts for
    ("Recep Tayyip Erdogan was chosen as mediator between Russia and Ukraine.", set()),
    ("Geir Pedersen was appointed special envoy for Syria in 2018.", set()),
    ("Kenji Sato was appointed spokesman for the Foreign Ministry.",
     {("Kenji Sato", A, "Foreign Ministry")}),
    ("Lena Berg replaced Tom Dahl as head of the Swedish delegation.",
     {("Lena Berg", A, "Sweden")}),
    ("Ngozi Okonjo-Iweala, who was reappointed as director-general of the World Trade "
     "Organization, warned of tariffs.", {("Ngozi Okonjo-Iweala", A, "World Trade Organization")}),
    ("Parliament swore in Massad Boulos as ambassador of the United States to Lebanon.",
     {("Massad Boulos", A, "United States")}),
    ("Mahmoud Ali Youssouf took over as chairperson of the African Union Commission.",
     {("Mahmoud Ali Youssouf", A, "African Union Commission")}),
    # a title sought is not held
    ("Rafael Grossi, who is running to become secretary-general of the United Nations, "
     "visited Kyiv.", set()),
    ("Mark Rutte is widely expected to be named the next NATO secretary-general.", set()),
    # a title glossed by another in apposition; the term of another holder is cut
    ("David Lammy, who succeeded him as Foreign Secretary, the United Kingdom's chief "
     "diplomat, arrived in Beijing.", {("David Lammy", A, "United Kingdom")}),
    ("John Bolton previously served as the US ambassador to the United Nations under former "
     "president George W. Bush.", {("John Bolton", A, "United States"),
                                   ("George W. Bush", A, "United States")}),
    # a gerund with its own subject is said of that subject
    ("Rishi Sunak stepped down in July, with Keir Starmer succeeding him as prime minister "
     "of the United Kingdom.", {("Keir Starmer", A, "United Kingdom")}),
    # --- negated, future or expected: nothing
    ("Kishida will step down as president of the Liberal Democratic Party in September.",
     set()),
    ("Keir Starmer was not elected leader of the Labour Party in 2015.", set()),
    ("Kallas will be appointed foreign policy chief of the European Union in December.", set()),
    ("Friedrich Merz is expected to be elected chancellor of Germany next week.", set()),
    ("Parliament is expected to elect Ahmad Shah as president of the Maldives next month.",
     set()),
    # --- a title with "to" where the verb promotes; not after any verb
    ("Lin Wei was promoted to chief of staff of the People's Liberation Army in 2022.",
     {("Lin Wei", A, "People's Liberation Army")}),
    ("Anders Holm spoke to the head of the European Commission on Monday.", set()),
    ("Kwame Mensah was voted in as chairman of the African Union Commission.",
     {("Kwame Mensah", A, "African Union Commission")}),
    # --- a seat in a named body or organization
    ("Ellen Brandt was elected to the European Parliament in 2019.",
     {("Ellen Brandt", A, "European Parliament")}),
    ("Voters elected Marek Novak to the National Assembly in 2022.",
     {("Marek Novak", A, "National Assembly")}),
    ("Rami Haddad was appointed to the board of the World Bank.",
     {("Rami Haddad", A, "World Bank")}),
    ("Hassan Rouhani was not elected to the Assembly of Experts.", set()),
    ("Halima Yusuf will be elected to the Pan-African Parliament next year.", set()),
    # --- a title given, named as a noun
    ("Kaja Kallas's appointment as foreign policy chief of the European Union was approved "
     "on Tuesday.", {("Kaja Kallas", A, "European Union")}),
    ("Moscow welcomed the election of Masoud Pezeshkian as president of Iran.",
     {("Masoud Pezeshkian", A, "Iran")}),
    ("The opposition called for Yulia Navalnaya's appointment as head of the Russian "
     "Opposition Council.", set()),
    ("Pezeshkian's possible election as president of Iran worried Israel.", set()),
    # --- a person leaving a named body or organization acted for it; not a state
    ("Nelson Chamisa was expelled from the Movement for Democratic Change.",
     {("Nelson Chamisa", A, "Movement for Democratic Change")}),
    ("Ahmed Karimi defected from the Taliban in 2019.", {("Ahmed Karimi", A, "Taliban")}),
    ("Sara Lind resigned from the European Commission on Friday.",
     {("Sara Lind", A, "European Commission")}),
    ("Liz Cheney did not quit the Republican Party.", set()),
    ("Russia quit the Council of Europe in 2022.", set()),
    # --- chosen to head
    ("Tedros Adhanom Ghebreyesus was nominated to lead the World Health Organization.",
     {("Tedros Adhanom Ghebreyesus", A, "World Health Organization")}),
    ("Mark Carney was chosen to lead the Liberal Party of Canada.",
     {("Mark Carney", A, "Liberal Party")}),
    ("Yevgeny Prigozhin wants to lead the Wagner Group.", set()),
    # --- a unit headed inside a named actor
    ("Maria Zakharova, who heads the Foreign Ministry's information department, said the "
     "talks would continue.", {("Maria Zakharova", A, "Foreign Ministry")}),
    ("Benjamin Netanyahu, who chairs the Likud party, rejected the plan.",
     {("Benjamin Netanyahu", A, "Likud")}),
    ("Sergei Lavrov, heading the Russian delegation, arrived in New Delhi on Monday.",
     {("Sergey Lavrov", A, "Russia")}),
    ("The delegation of Ukraine, headed by Rustem Umerov, arrived in Jeddah.",
     {("Rustem Umerov", A, "Ukraine")}),
    ("Antony Blinken led the US delegation to the talks in Geneva.",
     {("Antony Blinken", A, "United States")}),
    ("Heather Cho runs the Asia division of the International Monetary Fund.",
     {("Heather Cho", A, "International Monetary Fund")}),
    # a name the tagger broke in two: not the state inside it
    ("Dmitry Medvedev, who chairs the United Russia party, warned the West.", set()),
    # --- founding
    ("Mugabe co-founded the Zimbabwe African National Union in 1963.",
     {("Mugabe", A, "Zimbabwe African National Union")}),
    ("Nkomo did not co-found the Zimbabwe African National Union.", set()),
    ("Ahmed al-Sharaa, who founded the Hayat Tahrir al-Sham group, said Syria would hold "
     "elections.", {("Ahmed al-Sharaa", A, "Hayat Tahrir al-Sham")}),
    # --- joining: a person's party is an affiliation; a state's organization a membership
    ("Tony Blair joined the Labour Party in 1975.", {("Tony Blair", A, "Labour Party")}),
    ("Finland joined NATO in April 2023.", {("Finland", M, "NATO")}),
    ("Erdogan refused to join the European People's Party.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_appoint12_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (A, M)) == want
