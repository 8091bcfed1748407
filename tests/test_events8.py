"""Gatherings of every kind and who took part: rites ("funeral prayers"), rallies and
demonstrations, meetings of an organization that someone addresses, coming or bringing
something "to" an event, and the organizers of an event named beside the noun.

The sentences are written for these tests (not taken from the corpus). Each
construction has positive cases and negative ones: negation, modality, sending rather
than coming, and look-alike constructions.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _claims(nlp: Language, text: str, *relations: str) -> set[Triple]:
    return claim_triples(nlp(text), relations)


def _events(nlp: Language, text: str) -> dict[str, str]:
    """The Event mentions of a text: their words and keys."""
    doc = nlp(text)
    return {r.text: r.key for r in doc._.kg_refs if r.kind == "Event"}


# ------------------------------------------------ a rite a modifier makes a gathering
@pytest.mark.parametrize(("text", "who", "event", "place"), [
    ("The new king, Charles Morel, attended funeral prayers at the Royal Grand Mosque in "
     "Rabat.", "Charles Morel", "funeral prayers", "Rabat"),
    ("Emmanuel Macron attended a memorial service at the cathedral in Lyon.",
     "Emmanuel Macron", "memorial service", "Lyon"),
    ("Olaf Scholz attended the funeral procession in Berlin on Friday.",
     "Olaf Scholz", "funeral procession", "Berlin"),
])
def test_events8_rites(nlp: Language, text: str, who: str, event: str, place: str) -> None:
    got = _claims(nlp, text, "attended", "locatedIn")
    key = next(k for k in _events(nlp, text).values() if k.startswith(event))
    assert (who, "attended", key) in got
    assert (key, "locatedIn", place) in got


@pytest.mark.parametrize("text", [
    # a service that is no rite, and a rite not attended
    "Emmanuel Macron praised the security service in Lyon.",
    "Olaf Scholz did not attend the funeral prayers in Berlin.",
    "Olaf Scholz may attend funeral prayers at the cathedral in Berlin.",
    # a rite the text does not place is none the graph can tell apart
    "Olaf Scholz attended the funeral prayers.",
])
def test_events8_rites_negative(nlp: Language, text: str) -> None:
    assert not _claims(nlp, text, "attended")


# ---------------------------------------------------------------- coming "to" an event
@pytest.mark.parametrize(("text", "who", "event"), [
    ("Lai Ching-te and Hsiao Bi-khim wore green scarves to the Liberty Square rally.",
     {"Lai Ching-te", "Hsiao Bi-khim"}, "Liberty Square rally"),
    ("Olaf Scholz gave the opening speech to the Munich Security Conference.",
     {"Olaf Scholz"}, "Munich Security Conference"),
    ("The protest in Nairobi on Tuesday drew thousands. Raila Odinga led his supporters "
     "to the protest.", {"Raila Odinga"}, "protest in Nairobi"),
    ("Justin Trudeau delivered a keynote address to the annual summit in Ottawa on Monday.",
     {"Justin Trudeau"}, "summit in Ottawa"),
    ("The rally in Taipei on Saturday drew thousands. Lai Ching-te spoke to the rally.",
     {"Lai Ching-te"}, "rally in Taipei"),
])
def test_events8_brought_to(nlp: Language, text: str, who: set[str], event: str) -> None:
    got = {s for s, p, o in _claims(nlp, text, "attended") if o.startswith(event)}
    assert who <= got


@pytest.mark.parametrize("text", [
    # writing is not coming; a speech not given; a comment on an event
    "The protest in Nairobi on Tuesday drew thousands. Raila Odinga wrote a letter to "
    "the protest.",
    "The summit in Ottawa opened on Monday. Justin Trudeau will not give a speech to the "
    "summit.",
    "The rally in Taipei on Saturday drew thousands. Lai Ching-te objected to the rally.",
    "The summit in Ottawa opened on Monday. Justin Trudeau gave support to the summit.",
    # from afar; to others about the event
    "The summit in Ottawa opened on Monday. Justin Trudeau spoke to the summit via video "
    "link.",
    "The summit in Ottawa opened on Monday. Justin Trudeau spoke to reporters about the "
    "summit.",
])
def test_events8_brought_to_negative(nlp: Language, text: str) -> None:
    assert not _claims(nlp, text, "attended")


def test_events8_meeting_of_an_organization_addressed(nlp: Language) -> None:
    text = ("Olaf Scholz gave the opening address to the 30th meeting of the World Economic "
            "Forum (WEF), which opened on Tuesday.")
    events = _events(nlp, text)
    assert events, "the meeting someone addresses is an event"
    key = next(iter(events.values()))
    assert ("Olaf Scholz", "attended", key) in _claims(nlp, text, "attended")
    doc = nlp(text)
    labels = doc._.kg_actors[key].labels
    assert "30th meeting of the World Economic Forum" in labels


def test_events8_meeting_of_an_organization_alone(nlp: Language) -> None:
    # a meeting of an organization that no one named takes part in stays no event
    assert not _events(nlp, "The 30th meeting of the World Economic Forum was long.")


# ------------------------------------------------------------- the organizers of an event
@pytest.mark.parametrize(("text", "who", "event"), [
    ("The protest in Seoul on Sunday drew thousands. The organizers of the protest, "
     "Amnesty International and Greenpeace, said police blocked roads.",
     {"Amnesty International", "Greenpeace"}, "protest in Seoul"),
    ("The rally in Taipei on Saturday drew thousands. The Democratic Progressive Party, "
     "the organiser of the rally, said turnout was high.",
     {"Democratic Progressive Party"}, "rally in Taipei"),
])
def test_events8_organizer(nlp: Language, text: str, who: set[str], event: str) -> None:
    got = {s for s, p, o in _claims(nlp, text, "attended") if o.startswith(event)}
    assert who <= got


@pytest.mark.parametrize("text", [
    # no event named by the noun; an organizer only hoped for
    "The organizers, Greenpeace and Oxfam, said police blocked roads.",
    "The protest in Seoul on Sunday drew thousands. Greenpeace did not want to be the "
    "organizer of the protest.",
])
def test_events8_organizer_negative(nlp: Language, text: str) -> None:
    assert not _claims(nlp, text, "attended")


# --------------------------------------------------------- verbs of organizing an event
@pytest.mark.parametrize(("text", "who", "event"), [
    ("Greenpeace organized a rally in Madrid on Sunday.", "Greenpeace", "rally in Madrid"),
    ("The demonstration in Paris on Saturday was organised by Greenpeace.", "Greenpeace",
     "demonstration in Paris"),
])
def test_events8_organized(nlp: Language, text: str, who: str, event: str) -> None:
    got = _claims(nlp, text, "attended")
    assert any(s == who and o.startswith(event) for s, p, o in got)


def test_events8_organized_negative(nlp: Language) -> None:
    assert not _claims(nlp, "Greenpeace did not organize the rally in Madrid on Sunday.",
                       "attended")


def test_events8_rite_without_participants(nlp: Language) -> None:
    # a rite no named participant attends stays no event
    text = "Thousands attended a funeral procession that took place in Tehran on Monday."
    assert not _events(nlp, text)
    assert not _claims(nlp, text, "attended")


# ------------------------------------------------------------------ the venue of an event
@pytest.mark.parametrize(("text", "venue"), [
    ("The summit was held at the Hofburg Palace in Vienna on Monday.", "Hofburg Palace"),
    ("Angela Merkel attended the conference at the Peace Palace in The Hague.",
     "Peace Palace"),
    ("The leaders met for their annual summit, this time in Paris at the Elysee Palace.",
     "Elysee Palace"),
])
def test_events8_venue(nlp: Language, text: str, venue: str) -> None:
    got = _claims(nlp, text, "locatedIn")
    assert any(p == "locatedIn" and o == venue and s in _events(nlp, text).values()
               for s, p, o in got)


@pytest.mark.parametrize("text", [
    # a venue not held at; an "at" that is no building; a venue only hoped for
    "The summit in Vienna opened on Monday. Protesters gathered outside the Hofburg Palace.",
    "The summit was held at noon in Vienna on Monday.",
    "The summit in Vienna on Monday may be held at the Hofburg Palace.",
])
def test_events8_venue_negative(nlp: Language, text: str) -> None:
    events = set(_events(nlp, text).values())
    assert not {(s, o) for s, p, o in _claims(nlp, text, "locatedIn")
                if s in events and "Palace" in o}
    assert "noon" not in {o for s, p, o in _claims(nlp, text, "locatedIn")}


# ------------------------------------- a bare street gathering refers back to another one
@pytest.mark.parametrize(("text", "who", "event"), [
    ("A protest in Lima on Sunday drew 20,000 people. The rally was organised by "
     "Greenpeace.", "Greenpeace", "protest in Lima"),
    ("A demonstration in Bogota on Friday blocked traffic. The march was led by "
     "Gustavo Petro.", "Gustavo Petro", "demonstration in Bogota"),
])
def test_events8_street_gathering_back(nlp: Language, text: str, who: str,
                                       event: str) -> None:
    assert (who, "attended", event) in _claims(nlp, text, "attended")


def test_events8_street_gathering_own_head(nlp: Language) -> None:
    # a rally the text already told keeps its own head: the later "the rally" is that one
    text = ("A rally in Quito on Monday was small. A protest in Lima on Sunday drew 20,000 "
            "people. The rally was organised by Greenpeace.")
    got = _claims(nlp, text, "attended")
    assert not any(o.startswith("protest") for s, p, o in got)


def test_events8_meeting_of_a_council_unnumbered(nlp: Language) -> None:
    # a meeting of an organization's council one speaks at may be a session of a summit
    text = "Jens Stoltenberg was speaking at a meeting of the North Atlantic Council."
    assert not _events(nlp, text)
