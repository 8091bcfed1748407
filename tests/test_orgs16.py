"""Wire reports on international organizations: a state greeted into an organization
(it joins, the greeter backs it; no meeting), a dateline naming the city's state, sanctions
on one target and on a second one coordinated by its own preposition, an act that a
decision only makes possible ("cleared the way for X to attend"), and criticism or
opposition told in a relative clause whose pronoun is the verb's object, and the burning or
desecration of something condemned (no criticism of what is burnt).

The texts are written for these tests and run through the trained pipeline
(``--model``); each case lists the claims of the relations it looks at, exactly.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

WELCOMED: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("Indian Prime Minister Narendra Modi welcomed Iran into the Shanghai Cooperation "
     "Organisation.",
     {("Iran", "memberOf", "Shanghai Cooperation Organisation"),
      ("Narendra Modi", "supports", "Iran")}),
    # the passive, with its agent
    ("Finland was welcomed into NATO by Jens Stoltenberg on Tuesday.",
     {("Finland", "memberOf", "NATO"), ("Jens Stoltenberg", "supports", "Finland")}),
    ("Jens Stoltenberg welcomed Finland to NATO.",
     {("Finland", "memberOf", "NATO"), ("Jens Stoltenberg", "supports", "Finland")}),
    # a welcome still to come, or denied
    ("NATO will welcome Sweden into the alliance next year.", set()),
    ("Jens Stoltenberg did not welcome Sweden into NATO.", set()),
    # a person greeted at a place or an organization's seat is met, and joins nothing
    ("Jens Stoltenberg welcomed Volodymyr Zelensky to NATO headquarters.",
     {("Jens Stoltenberg", "metWith", "Volodymyr Zelenskyy")}),
    ("Vladimir Putin welcomed Xi Jinping to Moscow.",
     {("Vladimir Putin", "metWith", "Xi Jinping")}),
]


@pytest.mark.parametrize(("text", "want"), WELCOMED, ids=[t[:40] for t, _ in WELCOMED])
def test_orgs16_welcomed_into_an_organization(
        nlp: Language, text: str, want: set[tuple[str, str, str]]) -> None:
    assert claim_triples(nlp(text), ("memberOf", "supports", "metWith")) == want


DATELINES: list[tuple[str, set[tuple[str, str, str]]]] = [
    # the state after a dateline's city is no member of what the report tells of
    ("ARUSHA, Tanzania (Reuters) - Somalia was on Friday admitted as the eighth member of "
     "the East African Community.",
     {("Somalia", "memberOf", "East African Community")}),
    ("ADDIS ABABA, Ethiopia \u2014 Somalia was on Friday admitted as the eighth member of "
     "the East African Community.",
     {("Somalia", "memberOf", "East African Community")}),
    # a sentence opening with names is no dateline
    ("Kenya, Uganda and Tanzania are members of the East African Community.",
     {("Kenya", "memberOf", "East African Community"),
      ("Uganda", "memberOf", "East African Community"),
      ("Tanzania", "memberOf", "East African Community")}),
]


@pytest.mark.parametrize(("text", "want"), DATELINES, ids=[t[:40] for t, _ in DATELINES])
def test_orgs16_dateline_with_the_citys_state(
        nlp: Language, text: str, want: set[tuple[str, str, str]]) -> None:
    assert claim_triples(nlp(text), ("memberOf",)) == want


SANCTIONS: list[tuple[str, set[tuple[str, str, str]]]] = [
    # a second target coordinated with its own preposition, and a list under it
    ("The European Union on Monday imposed sanctions on Belarus and on 26 Russian "
     "individuals, including Russian Defence Minister Sergei Shoigu.",
     {("European Union", "sanctions", "Belarus"),
      ("European Union", "sanctions", "Sergei Shoigu")}),
    ("Britain announced sanctions against Iran and against Syria.",
     {("United Kingdom", "sanctions", "Iran"), ("United Kingdom", "sanctions", "Syria")}),
    # sanctions only weighed are imposed on no one
    ("The European Union is considering sanctions on Belarus and on Russia.", set()),
    # a third party's sanctions, told by a speaker
    ("Hungary said the European Union had imposed sanctions on Belarus and on Russia.",
     {("European Union", "sanctions", "Belarus"), ("European Union", "sanctions", "Russia")}),
]


@pytest.mark.parametrize(("text", "want"), SANCTIONS, ids=[t[:40] for t, _ in SANCTIONS])
def test_orgs16_sanctions_on_coordinated_targets(
        nlp: Language, text: str, want: set[tuple[str, str, str]]) -> None:
    assert claim_triples(nlp(text), ("sanctions",)) == want


PROSPECTIVE: list[tuple[str, set[tuple[str, str, str]]]] = [
    # an act a decision only makes possible has not happened
    ("The decision clears the way for Bashar al-Assad to attend the Arab League summit in "
     "Jeddah.", set()),
    ("The vote opened the door for Syria to attend the summit.", set()),
    # the same act told as done
    ("Bashar al-Assad attended the Arab League summit in Jeddah.",
     {("Bashar al-Assad", "attended", "Arab League summit")}),
]


@pytest.mark.parametrize(("text", "want"), PROSPECTIVE, ids=[t[:40] for t, _ in PROSPECTIVE])
def test_orgs16_act_made_possible(
        nlp: Language, text: str, want: set[tuple[str, str, str]]) -> None:
    assert claim_triples(nlp(text), ("attended",)) == want


RELATIVES: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("The Democratic Republic of Congo did not send a delegation, citing tensions with "
     "Rwanda, whom Kinshasa accuses of backing the M23 rebels.",
     {("Democratic Republic of the Congo", "criticizes", "Rwanda")}),
    ("Qatar, which Saudi Arabia had accused of funding terrorism, attended the summit.",
     {("Saudi Arabia", "criticizes", "Qatar")}),
    ("Iran, which the United States has criticized for years, joined the bloc.",
     {("United States", "criticizes", "Iran")}),
    # negated, or in a question
    ("Qatar, which Saudi Arabia does not accuse of anything, attended the summit.", set()),
    ("Would Qatar, which Saudi Arabia might accuse of funding terrorism, attend the summit?",
     set()),
    # the relative pronoun as the subject: the antecedent is the critic
    ("Iran, which has criticized the United States for years, joined the bloc.",
     {("Iran", "criticizes", "United States")}),
]


@pytest.mark.parametrize(("text", "want"), RELATIVES, ids=[t[:40] for t, _ in RELATIVES])
def test_orgs16_stance_in_an_object_relative(
        nlp: Language, text: str, want: set[tuple[str, str, str]]) -> None:
    assert claim_triples(nlp(text), ("criticizes", "opposes")) == want


DESECRATION: list[tuple[str, set[tuple[str, str, str]]]] = [
    # the "of" phrase of a desecration names what is desecrated, not a wrongdoer
    ("Hissein Brahim Taha condemned the burning of the Iranian flag.", set()),
    ("The Organisation of Islamic Cooperation condemned the desecration of the Koran in "
     "Sweden.", set()),
    # the one who does it, named by "by", is criticized
    ("Iran condemned the burning of the Koran by Sweden.", {("Iran", "criticizes", "Sweden")}),
]


@pytest.mark.parametrize(("text", "want"), DESECRATION, ids=[t[:40] for t, _ in DESECRATION])
def test_orgs16_desecration_names_no_wrongdoer(
        nlp: Language, text: str, want: set[tuple[str, str, str]]) -> None:
    assert claim_triples(nlp(text), ("criticizes",)) == want
