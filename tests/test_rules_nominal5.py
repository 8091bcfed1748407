"""Acts told from the receiving end or as mutual: a passive whose agents are listed after
"including by"; a participle of criticism, opposition or sanctions opening a clause about
its object ("Condemned by X, Y's plan ..."); "came under fire / pressure from X" (criticism
or urging, not an attack unless the fire is that of weapons); "A and B accused each other",
"blamed one another"; a headline "A, B trade accusations"; "a war of words between A and
B", "mutual recriminations", "pledged mutual support".

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations below it should give.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
RELATIONS = ("criticizes", "opposes", "supports", "urges", "sanctions", "attacks")

CASES: list[tuple[str, set[Triple]]] = [
    # --- a passive whose agents are listed after "including by"
    ("Russia's invasion has been widely condemned, including by the United States and "
     "Japan.",
     {("United States", "criticizes", "Russia"), ("Japan", "criticizes", "Russia")}),
    ("Israel's decision was criticised by several governments, including by Germany.",
     {("Germany", "criticizes", "Israel")}),
    ("Hungary's veto has been opposed across the bloc, including by Poland and Sweden.",
     {("Poland", "opposes", "Hungary"), ("Sweden", "opposes", "Hungary")}),
    ("Iran's nuclear programme could be condemned, including by France.", set()),
    ("The strikes have been widely condemned, including by Egypt.", set()),
    # --- a participle of criticism, opposition or sanctions opening a clause
    ("Condemned by China, Japan's plan to release the water went ahead on Thursday.",
     {("China", "criticizes", "Japan")}),
    ("Criticized by Germany and France, Hungary's veto stayed in place for months.",
     {("Germany", "criticizes", "Hungary"), ("France", "criticizes", "Hungary")}),
    ("Opposed by Turkey, Sweden's bid to join the alliance stalled for a year.",
     {("Turkey", "opposes", "Sweden")}),
    ("Sanctioned by the European Union, Belarus struggled to sell its potash abroad.",
     {("European Union", "sanctions", "Belarus")}),
    # (not one of questions: "Asked by X" urges no one)
    ("Asked by Reuters about the talks, Japan's foreign minister declined to comment.",
     set()),
    # (a participle with a subject of its own opens no such clause)
    ("With the plan condemned by China, Japan delayed the release.", set()),
    # --- criticism or urging drawn from someone
    ("The Japanese government came under fire from China over the release of the water.",
     {("China", "criticizes", "Japan")}),
    ("Serbia's president drew fire from the European Union for his remarks on Kosovo.",
     {("European Union", "criticizes", "Serbia")}),
    ("Hungary has faced a backlash from Poland over its stance on Ukraine.",
     {("Poland", "criticizes", "Hungary")}),
    ("Japan came under pressure from the United States to raise its defence spending.",
     {("United States", "urges", "Japan")}),
    ("Israel faced calls from France and Britain to halt the offensive.",
     {("France", "urges", "Israel"), ("United Kingdom", "urges", "Israel")}),
    ("Israel has not come under fire from Germany, officials said.", set()),
    # (a call received is a conversation, no urging)
    ("Biden received a call from Netanyahu on Sunday.", set()),
    # (the fire of weapons is an attack)
    ("Kyiv came under fire from Russian forces overnight.",
     {("Russian Forces", "attacks", "Kyiv")}),
    ("Kyiv came under heavy fire from Russian troops on Monday.",
     {("Russian Troops", "attacks", "Kyiv")}),
    ("Ukraine came under artillery fire from Russia on Sunday.",
     {("Russia", "attacks", "Ukraine")}),
    # --- sides that act on each other
    ("Russia and Ukraine accused each other of shelling the nuclear plant.",
     {("Russia", "criticizes", "Ukraine"), ("Ukraine", "criticizes", "Russia")}),
    ("Armenia and Azerbaijan blamed one another for the outbreak of fighting.",
     {("Armenia", "criticizes", "Azerbaijan"), ("Azerbaijan", "criticizes", "Armenia")}),
    ("India and Pakistan lashed out at each other after the attack.",
     {("India", "criticizes", "Pakistan"), ("Pakistan", "criticizes", "India")}),
    ("Russia and Belarus have long supported each other.",
     {("Russia", "supports", "Belarus"), ("Belarus", "supports", "Russia")}),
    ("The United States and China have not criticized each other this week.", set()),
    ("Russia and Ukraine could blame each other for the collapse of the deal.", set()),
    # --- a headline of two sides exchanging accusations or fire; trading blame
    ("Russia, Ukraine trade accusations over dam attack",
     {("Russia", "criticizes", "Ukraine"), ("Ukraine", "criticizes", "Russia")}),
    ("China, Philippines trade barbs over reef",
     {("China", "criticizes", "Philippines"), ("Philippines", "criticizes", "China")}),
    ("India and Pakistan exchange fire along the border",
     {("India", "attacks", "Pakistan"), ("Pakistan", "attacks", "India")}),
    ("Serbia and Kosovo traded blame for the violence in the north.",
     {("Serbia", "criticizes", "Kosovo"), ("Kosovo", "criticizes", "Serbia")}),
    ("Trade barbs cost the talks a week", set()),
    # --- a mutual act between sides
    ("A war of words between China and the Philippines escalated this week.",
     {("China", "criticizes", "Philippines"), ("Philippines", "criticizes", "China")}),
    ("Turkey's war of words with Greece intensified after the drills.",
     {("Turkey", "criticizes", "Greece"), ("Greece", "criticizes", "Turkey")}),
    ("Mutual recriminations between Armenia and Azerbaijan continued on Tuesday.",
     {("Armenia", "criticizes", "Azerbaijan"), ("Azerbaijan", "criticizes", "Armenia")}),
    ("Russia and Belarus pledged mutual support at the talks in Minsk.",
     {("Russia", "supports", "Belarus"), ("Belarus", "supports", "Russia")}),
    ("Russia and Belarus could pledge mutual support next year.", set()),
    ("The war between Russia and Ukraine entered its third year.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_rules_nominal5_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), RELATIONS) == want


RULED: list[tuple[str, str]] = [
    ("Opposed by Turkey, Sweden's bid to join the alliance stalled for a year.",
     "verb.participial"),
    ("The Japanese government came under fire from China over the release of the water.",
     "nominal.drew_figurative"),
    ("Armenia and Azerbaijan blamed one another for the outbreak of fighting.",
     "verb.reciprocal"),
    ("China, Philippines trade barbs over reef", "verb.exchanged_headline"),
    ("Mutual recriminations between Armenia and Azerbaijan continued on Tuesday.",
     "nominal.mutual"),
]


@pytest.mark.parametrize(("text", "name"), RULED, ids=[n for _, n in RULED])
def test_rules_nominal5_rule_names(nlp: Language, text: str, name: str) -> None:
    assert {c.extractor for c in nlp(text)._.kg_claims} == {name}
