"""Events told by their verb and referred back to, attending without an object, hosts
welcoming guests, speeches at events, and acts that call events off.

The sentences are written for these tests (not taken from the corpus). Each
construction has at least three positive cases and negative ones: negation, a
future or hoped-for act, a cancelled event, or a look-alike construction.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _claims(nlp: Language, text: str, *relations: str) -> set[Triple]:
    return claim_triples(nlp(text), relations)


# ------------------------- a verb of meeting that a later bare phrase refers back to
@pytest.mark.parametrize(("text", "event", "place", "who"), [
    ("Joe Biden and Xi Jinping met in Bali on Monday. The meeting lasted three hours.",
     "meeting", "Bali", {"Joe Biden", "Xi Jinping"}),
    ("Antony Blinken met with Wang Yi in Beijing on Sunday. The talks focused on Taiwan.",
     "talks", "Beijing", {"Antony Blinken", "Wang Yi"}),
    ("Foreign ministers of Japan and India met in Tokyo on Tuesday. Officials described "
     "the meeting as warm.", "meeting", "Tokyo", {"Japan", "India"}),
    # the place on an unnamed venue; the reference two sentences on
    ("Vladimir Putin met Recep Tayyip Erdogan at the presidential residence in Sochi. A "
     "joint statement was issued after the talks.", "talks", "Sochi",
     {"Vladimir Putin", "Recep Tayyip Erdoğan"}),
    ("Joe Biden met Xi Jinping in Bali for talks on Monday. The talks lasted three hours.",
     "talks", "Bali", {"Joe Biden", "Xi Jinping"}),
])
def test_events5_met_then_the_meeting(nlp: Language, text: str, event: str, place: str,
                                      who: set[str]) -> None:
    got = _claims(nlp, text, "attended", "locatedIn")
    assert got == {(w, "attended", event) for w in who} | {(event, "locatedIn", place)}


def test_events5_met_then_headline_event_is_placed(nlp: Language) -> None:
    # a headline's unplaced "X-Y talks", then the verb, then "the meeting": one event
    doc = nlp("Russian-Turkish talks\n\nVladimir Putin met with Recep Tayyip Erdogan in "
              "Sochi. The meeting lasted four hours.")
    got = claim_triples(doc, ["attended", "locatedIn"])
    assert ("Russian-Turkish talks", "locatedIn", "Sochi") in got
    assert ("Vladimir Putin", "attended", "Russian-Turkish talks") in got


@pytest.mark.parametrize("text", [
    # future, denied: no meeting took place
    "Joe Biden and Xi Jinping will meet in Bali on Monday. The meeting is expected to last "
    "three hours.",
    "Joe Biden and Xi Jinping did not meet in Bali. The meeting was cancelled.",
    # a place only after the event: "the meeting" has nothing placed to refer back to
    "Joe Biden spoke to Xi Jinping on Monday. The meeting in Bali is planned for May.",
    # "the talks" already named a call: it goes on naming the call
    "Joe Biden had a telephone conversation with Xi Jinping. The talks covered trade. Olaf "
    "Scholz and Emmanuel Macron met in Paris. The talks also covered energy.",
])
def test_events5_met_then_the_meeting_negative(nlp: Language, text: str) -> None:
    assert _claims(nlp, text, "attended") == set()


def test_events5_met_too_far_back_or_event_between(nlp: Language) -> None:
    # three sentences back is too far for a bare "the meeting"
    got = _claims(nlp, "Joe Biden and Xi Jinping met in Bali on Monday. Markets rose. Oil "
                       "fell. Analysts said the meeting mattered.", "attended")
    assert got == set()
    # an event told after the verb is what "the summit" refers to
    got = _claims(nlp, "Joe Biden met Xi Jinping in Bali on Monday. The NATO summit in "
                       "Vilnius opened on Tuesday. The summit ended on Wednesday.",
                  "attended", "locatedIn")
    assert got == {("NATO summit", "locatedIn", "Vilnius")}


# ------------------------------------------------ attending without an object
@pytest.mark.parametrize(("text", "event", "who"), [
    ("The summit opened in Vilnius on Tuesday. Joe Biden, Rishi Sunak and Olaf Scholz "
     "attended.", "summit", {"Joe Biden", "Rishi Sunak", "Olaf Scholz"}),
    ("The talks began in Geneva on Monday. Antony Blinken also took part.", "talks",
     {"Antony Blinken"}),
    ("The conference opened in Munich on Friday, and Kamala Harris participated.",
     "conference", {"Kamala Harris"}),
])
def test_events5_attended_bare(nlp: Language, text: str, event: str, who: set[str]) -> None:
    assert _claims(nlp, text, "attended") == {(w, "attended", event) for w in who}


@pytest.mark.parametrize("text", [
    "The summit opened in Vilnius on Tuesday. Joe Biden did not attend.",
    "The summit opens in Vilnius on Tuesday. Joe Biden will attend.",
    "The summit opened in Vilnius on Tuesday. Joe Biden hopes to attend.",
    # no event told before
    "Joe Biden attended. The summit opened in Vilnius on Tuesday.",
])
def test_events5_attended_bare_negative(nlp: Language, text: str) -> None:
    assert _claims(nlp, text, "attended") == set()


def test_events5_attended_relative_clause_keeps_its_rule(nlp: Language) -> None:
    doc = nlp("The summit in Hiroshima, which was attended by Joe Biden, ended on Sunday.")
    assert {(c.subject.key, c.relation, c.object.key, c.extractor) for c in doc._.kg_claims
            if c.relation == "attended"} == {
        ("Joe Biden", "attended", "summit in Hiroshima", "event.attended_by")}


# ------------------------ a meeting attended by named people, neither placed nor dated
@pytest.mark.parametrize(("text", "event", "who"), [
    ("The meeting was attended by Emmanuel Macron and Giorgia Meloni.", "meeting",
     {"Emmanuel Macron", "Giorgia Meloni"}),
    ("The talks were attended by Antony Blinken and Sergey Lavrov.", "talks",
     {"Antony Blinken", "Sergey Lavrov"}),
    ("The conference was attended by officials from Germany and Poland.", "conference",
     {"Germany", "Poland"}),
])
def test_events5_attended_by_unplaced(nlp: Language, text: str, event: str,
                                      who: set[str]) -> None:
    assert _claims(nlp, text, "attended") == {(w, "attended", event) for w in who}


@pytest.mark.parametrize("text", [
    "The meeting was not attended by Emmanuel Macron.",
    "A meeting would be attended by Emmanuel Macron.",
    "The meeting could be attended by Emmanuel Macron and Giorgia Meloni.",
])
def test_events5_attended_by_unplaced_negative(nlp: Language, text: str) -> None:
    assert _claims(nlp, text, "attended") == set()


# --------------------------------------------- a host welcoming guests to an event
@pytest.mark.parametrize(("text", "event", "who"), [
    ("Cyril Ramaphosa welcomed Narendra Modi to the summit in Johannesburg on Tuesday.",
     "summit in Johannesburg", {"Cyril Ramaphosa", "Narendra Modi"}),
    ("Fumio Kishida greeted Joe Biden and Olaf Scholz to the summit in Hiroshima on Friday.",
     "summit in Hiroshima", {"Fumio Kishida", "Joe Biden", "Olaf Scholz"}),
    ("Japan welcomed the leaders of India and Australia to the summit in Tokyo on Monday.",
     "summit in Tokyo", {"Japan", "India", "Australia"}),
])
def test_events5_welcomed_to(nlp: Language, text: str, event: str, who: set[str]) -> None:
    assert _claims(nlp, text, "attended") == {(w, "attended", event) for w in who}


@pytest.mark.parametrize("text", [
    "Cyril Ramaphosa did not welcome Narendra Modi to the summit in Johannesburg.",
    # welcoming a decision about an event is no hosting
    "Cyril Ramaphosa welcomed the decision to hold the summit in Johannesburg.",
    "Cyril Ramaphosa would welcome Narendra Modi to the summit in Johannesburg.",
])
def test_events5_welcomed_to_negative(nlp: Language, text: str) -> None:
    assert _claims(nlp, text, "attended") == set()


# ----------------------------------------- a speech at an event without a possessor
@pytest.mark.parametrize(("text", "event", "who"), [
    ("In a speech to the summit in Addis Ababa on Sunday, Cyril Ramaphosa urged unity.",
     "summit in Addis Ababa", "Cyril Ramaphosa"),
    ("In remarks at the conference in Munich, Kamala Harris said Russia had committed "
     "crimes.", "conference in Munich", "Kamala Harris"),
    ("In an address to the conference in Geneva on Monday, Antonio Guterres warned of "
     "famine.", "conference in Geneva", "António Guterres"),
])
def test_events5_speech_at(nlp: Language, text: str, event: str, who: str) -> None:
    assert _claims(nlp, text, "attended") == {(who, "attended", event)}


@pytest.mark.parametrize("text", [
    # a statement about the summit, not at it
    "In a statement on the summit in Vilnius, Sergey Lavrov criticized NATO.",
    "In a speech to the summit in Vilnius, Sergey Lavrov would have criticized NATO.",
    "After a speech at the summit in Vilnius, Sergey Lavrov did not criticize NATO.",
])
def test_events5_speech_at_negative(nlp: Language, text: str) -> None:
    assert _claims(nlp, text, "attended") == set()


# ------------------------------------------ events called off, put off or shelved
@pytest.mark.parametrize("text", [
    "The US-China talks in Geneva were called off on Monday.",
    "The Russia-Ukraine talks in Istanbul were put off.",
    "Washington called off the US-China talks in Geneva.",
])
def test_events5_called_off_no_meeting(nlp: Language, text: str) -> None:
    assert _claims(nlp, text, "metWith") == set()


def test_events5_held_talks_still_meet(nlp: Language) -> None:
    got = _claims(nlp, "The US-China talks in Geneva ended on Monday.", "metWith")
    assert got == {("United States", "metWith", "China")}


# -------------------------------------- representing one's side at talks is no meeting
@pytest.mark.parametrize(("text", "who", "event"), [
    ("Sergey Lavrov represented Russia at the meeting in Jakarta on Thursday.",
     "Sergey Lavrov", "meeting in Jakarta"),
    ("Wang Yi led China at the talks in Geneva on Monday.", "Wang Yi", "talks in Geneva"),
    ("Penny Wong represented Australia at the conference in Bali on Friday.", "Penny Wong",
     "conference in Bali"),
])
def test_events5_represented_at(nlp: Language, text: str, who: str, event: str) -> None:
    doc = nlp(text)
    assert claim_triples(doc, ["metWith"]) == set()
    assert (who, "attended", event) in claim_triples(doc, ["attended"])


def test_events5_acting_on_someone_at_talks_still_meets(nlp: Language) -> None:
    got = _claims(nlp, "At the talks, Antony Blinken urged Sergey Lavrov to release the "
                       "journalists.", "metWith")
    assert got == {("Antony Blinken", "metWith", "Sergey Lavrov")}
