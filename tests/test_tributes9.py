"""Tributes, praise and reproach: acts done "in honour of" someone, praise in a reported
clause ("said of Y, 'He was a great statesman'"), leading a candidate's campaign,
"more of a critic of", being pleased with an actor's act, and condemning "the attack"
that someone claimed a few sentences before.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks, with negated,
hypothetical and neutral forms yielding nothing.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
S = "supports"
C = "criticizes"
STANCES = ("supports", "criticizes", "opposes", "urges")

CASES: list[tuple[str, set[Triple]]] = [
    # --- an act done in someone's honour (nominal.in_honor)
    ("The Kenyan parliament observed a minute of silence in honour of Nelson Mandela.",
     {("Kenyan Parliament", S, "Nelson Mandela")}),
    ("Both houses of the German Parliament held a minute of silence in Merkel's honor on "
     "Tuesday.",
     {("German Parliament", S, "Merkel")}),
    ("The French president laid a wreath in memory of Charles de Gaulle.",
     {("France", S, "Charles de Gaulle")}),
    # negated; and a passive naming with no doer
    ("The army did not hold a parade in honor of Vladimir Putin.", set()),
    ("The festival was named in honor of Nelson Mandela.", set()),
    # --- praise in a reported clause (speech.praise)
    ('Prime Minister Ana Lopes said of Mandela, "He was a great hero who gave his life to '
     'freedom."',
     {("Ana Lopes", S, "Mandela")}),
    ('"She was a true champion of peace," Ana Lopes said of Angela Merkel.',
     {("Ana Lopes", S, "Angela Merkel")}),
    ("The Kenyan president said Nelson Mandela had made an outstanding contribution to the "
     "independence of Africa.",
     {("Kenya", S, "Nelson Mandela")}),
    # blame is no praise; nor is a negated or a neutral clause, nor a future act
    ("The Kenyan president said Nelson Mandela was a great threat to the region.",
     {("Kenya", C, "Nelson Mandela")}),
    ("The Kenyan president said Nelson Mandela was not a great leader.", set()),
    ('Ana Lopes said of Mandela, "He spoke in Paris on Monday."', set()),
    ("The minister said China would make a great contribution to the fund.", set()),
    # --- leading a candidate's campaign (nominal.campaign)
    ("Anna Petrova headed the campaign of Ivan Sokolov.",
     {("Anna Petrova", S, "Ivan Sokolov")}),
    ("Anna Petrova, Ivan Sokolov's campaign manager, was arrested.",
     {("Anna Petrova", S, "Ivan Sokolov")}),
    ("Ivan Sokolov's campaign chief Anna Petrova was arrested.",
     {("Anna Petrova", S, "Ivan Sokolov")}),
    ("Anna Petrova, the head of Ivan Sokolov's campaign, was arrested.",
     {("Anna Petrova", S, "Ivan Sokolov")}),
    ("Anna Petrova did not run the campaign of Ivan Sokolov.", set()),
    ("Ivan Sokolov led the campaign against Anna Petrova.", set()),
    # --- "more of a critic of" (nominal.holder)
    ("John Smith was also much more of a critic of China than his predecessor.",
     {("John Smith", C, "China")}),
    ("John Smith was never a critic of China.", set()),
    # --- a sworn enemy said of a named actor (nominal.enemy)
    ("Ahmed Shah, a longtime foe of the government of Kenya, returned from exile.",
     {("Ahmed Shah", "opposes", "Kenya")}),
    ("The court acquitted the Kenya African National Union's arch-nemesis, former premier "
     "Ahmed Shah.",
     {("Kenya African National Union", "opposes", "Ahmed Shah")}),
    ("Iran is not an enemy of Saudi Arabia, the minister said.", set()),
    ("The enemy fired on the town.", set()),
    # --- pleased with an actor's act (verb.predicative)
    ("The Japanese minister was pleased with China's decision to lift the ban.",
     {("Japan", S, "China")}),
    ("The Japanese minister was not satisfied with China's response.", set()),
    # --- a quoted tribute running over sentences (speech.praise_quoted)
    ('Mourners gathered in Nairobi. "Nelson Mandela was a giant of our history. We will '
     'miss him," wrote President John Smith.',
     {("John Smith", S, "Nelson Mandela")}),
    ('Mourners gathered in Nairobi. "Nelson Mandela was no giant of our history. We will '
     'not miss him," wrote President John Smith.', set()),
    # --- pressure "until" an actor yields (speech.until_yields)
    ("Ahmed Shah and his supporters vowed to block parliament until the government of Kenya "
     "steps down.",
     {("Ahmed Shah", C, "Kenya"), ("Ahmed Shah", "urges", "Kenya")}),
    ("The opposition leader John Smith threatened to continue the strikes until Prime "
     "Minister John Doe resigns.",
     {("John Smith", C, "John Doe"), ("John Smith", "urges", "John Doe")}),
    # not a yielding act, not the actor's own act, or no vow at all
    ("John Smith promised to stay in Paris until John Doe leaves office.", set()),
    ("John Smith vowed to keep fighting until Iran is defeated.", set()),
    ("John Smith stayed in Paris until John Doe resigned.", set()),
    # --- demanding the release of people an actor holds (verb.release_demand)
    ("Kofi Annan called for the release of all political prisoners held by Myanmar.",
     {("Kofi Annan", "urges", "Myanmar")}),
    ("The United States demanded the immediate release of the journalists detained by Iran.",
     {("United States", "urges", "Iran")}),
    ("The UN did not call for the release of the prisoners held by Myanmar.", set()),
    # welcoming a release is no demand
    ("The UN welcomed the release of two aid workers kidnapped by the Taliban.", set()),
    # --- condemning an attack claimed before (verb.condemned_claimed)
    ("The Islamic State claimed responsibility for the bombing in Kabul. The German "
     "government condemned the attack.",
     {("Germany", C, "Islamic State")}),
    ("Local radio quoted a spokesman for the Islamic State as taking responsibility for the "
     "bombings. The French government condemned the attacks.",
     {("France", C, "Islamic State")}),
    ("The Islamic State claimed responsibility for the bombing in Kabul. The German "
     "government did not condemn the attack.", set()),
    ("The Islamic State denied responsibility for the bombing in Kabul. The German "
     "government condemned the attack.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_tributes9_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), STANCES) == want


@pytest.mark.parametrize(("text", "rule_name"), [
    ("The Kenyan parliament observed a minute of silence in honour of Nelson Mandela.",
     "nominal.in_honor"),
    ('"She was a true champion of peace," Ana Lopes said of Angela Merkel.', "speech.praise"),
    ("Anna Petrova headed the campaign of Ivan Sokolov.", "nominal.campaign"),
    ("The United States demanded the release of the journalists detained by Iran.",
     "verb.release_demand"),
    ("Ahmed Shah vowed to block parliament until the government of Kenya steps down.",
     "speech.until_yields"),
    ("The Islamic State claimed responsibility for the bombing in Kabul. The German "
     "government condemned the attack.", "verb.condemned_claimed"),
])
def test_tributes9_rule_names(nlp: Language, text: str, rule_name: str) -> None:
    rules = {c.extractor for c in nlp(text)._.kg_claims if c.relation in STANCES}
    assert rules == {rule_name}
