"""Taking part in events in wire copy: presence at an event ("X was present at the
ceremony"), the relative clause of attending ("the summit, which X attended"), an event
its host's participle places and dates ("the talks, hosted by X in CITY on DATE"),
opening an event ("X inaugurated the forum"); and what is no taking part: the topic of
a briefing ("briefed X on the talks") and the one a funeral honours ("X's funeral").

The sentences are written for these tests (not taken from any corpus). Each
construction has positive cases and negative ones: negation, a future act, or a
look-alike construction.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _attended(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in claim_triples(nlp(text), ["attended"])}


def _events(nlp: Language, text: str) -> set[str]:
    return {r.key for r in nlp(text)._.kg_refs if r.kind == "Event"}


# ------------------------------------------------ "X was present at the ceremony"
@pytest.mark.parametrize(("text", "who", "event"), [
    ("Indian Prime Minister Narendra Modi was present at the signing ceremony in New Delhi "
     "on Friday.", "Narendra Modi", "signing ceremony in New Delhi"),
    ("Japanese Prime Minister Fumio Kishida was present at the opening ceremony in Tokyo "
     "on Sunday.", "Fumio Kishida", "opening ceremony in Tokyo"),
    ("Turkey was present at the talks in Geneva on Monday.", "Turkey", "talks in Geneva"),
])
def test_events13_present_at(nlp: Language, text: str, who: str, event: str) -> None:
    assert (who, event) in _attended(nlp, text)


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Narendra Modi was not present at the signing ceremony in New "
    "Delhi on Friday.",
    "Japanese Prime Minister Fumio Kishida will be present at the opening ceremony in Tokyo "
    "on Sunday.",
])
def test_events13_present_at_negative(nlp: Language, text: str) -> None:
    assert not _attended(nlp, text)


# ------------------------------------------------ "the summit, which X attended"
@pytest.mark.parametrize(("text", "who", "event"), [
    ("The summit in Brussels, which Angela Merkel attended, ended on Friday.",
     {"Angela Merkel"}, "summit in Brussels"),
    ("The conference in Geneva, which China and Russia attended, closed on Tuesday.",
     {"China", "Russia"}, "conference in Geneva"),
    ("Kenyan President Uhuru Kenyatta praised the summit that Emmanuel Macron attended in "
     "Paris on Monday.", {"Emmanuel Macron"}, None),
])
def test_events13_relative_attended(nlp: Language, text: str, who: set[str],
                                    event: str | None) -> None:
    got = _attended(nlp, text)
    assert who <= {s for s, _ in got}
    if event is not None:
        assert {(w, event) for w in who} <= got


@pytest.mark.parametrize("text", [
    "The summit in Brussels, which Angela Merkel did not attend, ended on Friday.",
    "The summit in Brussels, which Angela Merkel criticised, ended on Friday.",
])
def test_events13_relative_attended_negative(nlp: Language, text: str) -> None:
    assert ("Angela Merkel", "summit in Brussels") not in _attended(nlp, text)


# ------------------------------------------- "the talks, hosted by X in CITY on DATE"
@pytest.mark.parametrize(("text", "host"), [
    ("The talks, hosted by Qatar in Doha on Monday, ended without agreement.", "Qatar"),
    ("The negotiations, organised by Egypt in Cairo on Tuesday, produced a ceasefire.",
     "Egypt"),
])
def test_events13_hosted_participle(nlp: Language, text: str, host: str) -> None:
    got = _attended(nlp, text)
    assert host in {s for s, _ in got}


def test_events13_hosted_participle_needs_place_and_date(nlp: Language) -> None:
    # no place nor date: talks the text neither places nor dates are no event
    assert not _events(nlp, "Talks hosted by Qatar have stalled.")


# ------------------------------------------------ "X inaugurated the forum"
@pytest.mark.parametrize(("text", "who"), [
    ("Japanese Prime Minister Fumio Kishida inaugurated the forum in Tokyo on Monday.",
     "Fumio Kishida"),
    ("Kazakh President Kassym-Jomart Tokayev inaugurated the summit in Astana on Tuesday.",
     "Kassym-Jomart Tokayev"),
])
def test_events13_inaugurated(nlp: Language, text: str, who: str) -> None:
    assert who in {s for s, _ in _attended(nlp, text)}


def test_events13_inaugurated_negative(nlp: Language) -> None:
    text = "Japanese Prime Minister Fumio Kishida did not inaugurate the forum in Tokyo on Monday."
    assert not _attended(nlp, text)


# ------------------------------------------------ the topic of a briefing is no presence
@pytest.mark.parametrize("text", [
    "Vladimir Putin briefed his counterpart on the trilateral meeting of the leaders of "
    "Russia, Azerbaijan and Armenia in Sochi on November 26.",
    "Emmanuel Macron commented on the summit in Brussels on Thursday.",
])
def test_events13_topic_is_no_presence(nlp: Language, text: str) -> None:
    assert not any(s in ("Vladimir Putin", "Emmanuel Macron") for s, _ in _attended(nlp, text))


def test_events13_sidelines_still_presence(nlp: Language) -> None:
    text = ("Joe Biden met Xi Jinping on the sidelines of the summit in Bali on Monday.")
    assert ("Joe Biden", "summit in Bali") in _attended(nlp, text)


# ------------------------------------------------ the one a funeral honours
@pytest.mark.parametrize(("text", "honoured", "mourner"), [
    ("Emmanuel Macron spoke at Jacques Chirac's funeral in Paris on Monday.",
     "Jacques Chirac", "Emmanuel Macron"),
    ("Joe Biden attended John McCain's memorial service in Washington on Saturday.",
     "John McCain", "Joe Biden"),
])
def test_events13_funeral_possessor(nlp: Language, text: str, honoured: str,
                                    mourner: str) -> None:
    who = {s for s, _ in _attended(nlp, text)}
    assert mourner in who
    assert honoured not in who


def test_events13_news_conference_possessor_kept(nlp: Language) -> None:
    text = "Vladimir Putin's news conference in Moscow on Thursday lasted four hours."
    assert "Vladimir Putin" in {s for s, _ in _attended(nlp, text)}


# ------------------------------------- "the talks between A and B" is not the talks before
def test_events13_between_phrase_tells_talks_apart(nlp: Language) -> None:
    text = ("Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan. Issues on "
            "the bilateral agenda were discussed in detail, and the recent talks between the "
            "foreign ministers in Moscow and Ankara were characterised as positive. Vladimir "
            "Putin also informed his counterpart about the talks between Russian and Ukrainian "
            "representatives.")
    got = _attended(nlp, text)
    assert not any(s in ("Russia", "Ukraine") and o.startswith("recent talks") for s, o in got)


def test_events13_between_phrase_refers_back_to_named_talks(nlp: Language) -> None:
    text = ("Russia-Turkey talks were held in Sochi on Monday. Officials said the talks "
            "between Russia and Turkey went well.")
    assert len(_events(nlp, text)) == 1


# ------------------------------------- a part of an event standing for it: round, session
@pytest.mark.parametrize(("text", "who", "place", "label"), [
    ("The third round of talks between Russia and Ukraine took place in Belarus on Monday.",
     {"Russia", "Ukraine"}, "Belarus", "third round of talks"),
    ("A new round of negotiations between Armenia and Azerbaijan was held in Brussels on "
     "Friday.", {"Armenia", "Azerbaijan"}, "Brussels", "round of negotiations"),
    ("Vladimir Putin took part in the plenary session of the forum in Vladivostok on Friday.",
     {"Vladimir Putin"}, "Vladivostok", "forum"),
])
def test_events13_part_of_event(nlp: Language, text: str, who: set[str], place: str,
                                label: str) -> None:
    doc = nlp(text)
    got = claim_triples(doc, ["attended", "locatedIn"])
    events = {o for _, rel, o in got if rel == "attended"}
    assert len(events) == 1
    event = events.pop()
    assert {(w, "attended", event) for w in who} <= got
    assert (event, "locatedIn", place) in got
    assert label in doc._.kg_actors[event].labels


@pytest.mark.parametrize("text", [
    # neither placed nor dated: no event
    "Vladimir Putin assessed the latest round of talks between Russia and Ukraine.",
    # a session of something that is no event or named body (a session of a named
    # council is one: tests/test_summits14.py)
    "Vladimir Putin took part in a session of questions and answers.",
])
def test_events13_part_of_event_negative(nlp: Language, text: str) -> None:
    assert not _events(nlp, text)


# ------------------------------------------------ military exercises and drills
@pytest.mark.parametrize(("text", "who", "place"), [
    ("Iran and Russia held naval drills in the Indian Ocean on Friday.",
     {"Iran", "Russia"}, "Indian Ocean"),
    ("China, Russia and Iran held joint naval drills in the Gulf of Oman on Friday.",
     {"China", "Russia", "Iran"}, None),
    ("Russian troops held exercises in Belarus on Thursday.", {"Russian Troops"}, "Belarus"),
])
def test_events13_exercises(nlp: Language, text: str, who: set[str], place: str | None) -> None:
    got = claim_triples(nlp(text), ["attended", "locatedIn"])
    events = {o for _, rel, o in got if rel == "attended"}
    assert len(events) == 1
    event = events.pop()
    assert {(w, "attended", event) for w in who} <= got
    if place is not None:
        assert (event, "locatedIn", place) in got


@pytest.mark.parametrize("text", [
    "The exercise of power in Hong Kong on Monday drew criticism from Britain.",
    "Iran and Russia did not hold naval drills in the Indian Ocean on Friday.",
    "Iran and Russia will hold naval drills in the Indian Ocean next month.",
])
def test_events13_exercises_negative(nlp: Language, text: str) -> None:
    assert not _attended(nlp, text)


def test_events13_drew_people_not_criticism(nlp: Language) -> None:
    got = _attended(nlp, "The summit in Addis Ababa on Sunday drew leaders from Kenya and "
                         "Ethiopia.")
    assert {"Kenya", "Ethiopia"} <= {s for s, _ in got}
    got = _attended(nlp, "The summit in Addis Ababa on Sunday drew criticism from Kenya.")
    assert "Kenya" not in {s for s, _ in got}


# ------------------------------------------------ street gatherings: who took part
@pytest.mark.parametrize(("text", "who"), [
    ("Greenpeace staged a protest in Berlin on Friday.", "Greenpeace"),
    ("Thousands of people joined a protest organised by Greenpeace in Berlin on Friday.",
     "Greenpeace"),
    ("Supporters of the Labour Party held a rally in London on Saturday.", "Labour Party"),
    ("Activists from Greenpeace staged a protest in Berlin on Friday.", "Greenpeace"),
    ("Greenpeace activists staged a protest in Berlin on Friday.", "Greenpeace"),
    ("Opposition leader Sviatlana Tsikhanouskaya was arrested at a rally in Minsk on Sunday.",
     "Sviatlana Tsikhanouskaya"),
    ("Police detained Sviatlana Tsikhanouskaya at the rally in Minsk on Sunday.",
     "Sviatlana Tsikhanouskaya"),
])
def test_events13_street_gatherings(nlp: Language, text: str, who: str) -> None:
    assert who in {s for s, _ in _attended(nlp, text)}


@pytest.mark.parametrize("text", [
    "Greenpeace did not stage a protest in Berlin on Friday.",
    "Supporters of the Labour Party will hold a rally in London on Saturday.",
    # the supporters of a person are no organization taking part
    "Critics of the Labour Party mocked the rally in London on Saturday.",
    # arrested after the rally, elsewhere: no presence told
    "Opposition leader Sviatlana Tsikhanouskaya was not arrested at the rally in Minsk on "
    "Sunday.",
])
def test_events13_street_gatherings_negative(nlp: Language, text: str) -> None:
    got = {s for s, _ in _attended(nlp, text)}
    assert not got & {"Greenpeace", "Labour Party", "Sviatlana Tsikhanouskaya"}


def test_events13_police_not_at_rally_by_detaining(nlp: Language) -> None:
    got = _attended(nlp, "The Belarusian KGB detained Sviatlana Tsikhanouskaya at the rally "
                         "in Minsk on Sunday.")
    assert "Sviatlana Tsikhanouskaya" in {s for s, _ in got}
    assert not any("KGB" in s for s, _ in got)


# ------------------------------------------------ a meeting the text only dates
# (no event of its own where no verb of meeting tells it and a later phrase refers back)
@pytest.mark.parametrize("text", [
    "Vladimir Putin held talks with Recep Tayyip Erdogan by telephone on Monday.",
    "Joe Biden will hold talks with Xi Jinping on Monday.",
    "Joe Biden did not hold talks with Xi Jinping on Monday.",
    "Joe Biden hopes to hold talks with Xi Jinping on Monday.",
])
def test_events13_dated_talks_no_event(nlp: Language, text: str) -> None:
    assert not _events(nlp, text)


def test_events13_met_on_date_then_the_meeting(nlp: Language) -> None:
    got = _attended(nlp, "Joe Biden and Xi Jinping met on Monday. The meeting lasted three "
                         "hours.")
    assert {"Joe Biden", "Xi Jinping"} <= {s for s, _ in got}


@pytest.mark.parametrize("text", [
    "Joe Biden and Xi Jinping will meet on Monday. The meeting is expected to last three hours.",
    "Joe Biden and Xi Jinping met by video link on Monday. The meeting lasted three hours.",
    "Joe Biden and Xi Jinping did not meet on Monday. The meeting was cancelled.",
])
def test_events13_met_on_date_negative(nlp: Language, text: str) -> None:
    assert not _attended(nlp, text)


# ------------------------------------------------ "in the streets of CITY"
@pytest.mark.parametrize(("text", "label", "organizer"), [
    ("Thousands of farmers joined a protest in the streets of central Madrid on Monday. The "
     "protest was organised by Greenpeace.", "protest in Madrid", "Greenpeace"),
    ("Thousands joined a rally in the centre of Sochi on Sunday. The rally was organised by "
     "Greenpeace.", "rally in Sochi", "Greenpeace"),
])
def test_events13_city_area(nlp: Language, text: str, label: str, organizer: str) -> None:
    doc = nlp(text)
    events = [k for k, info in doc._.kg_actors.items() if info.kind == "Event"]
    assert len(events) == 1
    assert label in doc._.kg_actors[events[0]].labels
    assert (organizer, "attended", events[0]) in claim_triples(doc, ["attended"])


def test_events13_city_area_needs_a_city(nlp: Language) -> None:
    # the streets of no named place: neither placed nor an event
    assert not _events(nlp, "Thousands joined a protest in the streets of the old town.")


# ------------------------------------------ a street verb that a later "the rally" refers to
@pytest.mark.parametrize(("text", "place"), [
    ("Thousands of workers protested in Seoul on Friday. The rally was organised by "
     "Greenpeace.", "Seoul"),
    ("Thousands marched in Sochi on Sunday. The march was organised by Greenpeace.", "Sochi"),
])
def test_events13_street_verb_then_the_rally(nlp: Language, text: str, place: str) -> None:
    got = claim_triples(nlp(text), ["attended", "locatedIn"])
    events = {o for _, rel, o in got if rel == "attended"}
    assert len(events) == 1
    event = events.pop()
    assert ("Greenpeace", "attended", event) in got
    assert (event, "locatedIn", place) in got


def test_events13_street_verb_negated(nlp: Language) -> None:
    got = claim_triples(nlp("Workers did not protest in Seoul on Friday. The rally in Busan "
                            "was organised by Greenpeace."), ["locatedIn"])
    assert not any(o == "Seoul" for _, _, o in got)


# ------------------------------------ "X headed the DEMONYM delegation at the talks"
@pytest.mark.parametrize(("text", "state"), [
    ("Vladimir Medinsky headed the Russian delegation at the talks in Istanbul on Tuesday.",
     "Russia"),
    ("Mevlut Cavusoglu led the Turkish delegation at the conference in Geneva on Friday.",
     "Turkey"),
])
def test_events13_headed_delegation_at(nlp: Language, text: str, state: str) -> None:
    assert state in {s for s, _ in _attended(nlp, text)}


def test_events13_headed_delegation_at_negative(nlp: Language) -> None:
    text = "Vladimir Medinsky will head the Russian delegation at the talks in Istanbul next week."
    assert "Russia" not in {s for s, _ in _attended(nlp, text)}


# ------------------------------------------------ riots named as events
@pytest.mark.parametrize(("text", "place"), [
    ("The riot began on Sunday in Marseille.", "Marseille"),
    ("Riots broke out in Lyon on Monday after the police shooting.", "Lyon"),
])
def test_events13_riot(nlp: Language, text: str, place: str) -> None:
    got = claim_triples(nlp(text), ["locatedIn"])
    assert any(o == place for _, _, o in got)


def test_events13_riot_unplaced(nlp: Language) -> None:
    assert not _events(nlp, "Riots and looting spread across the country.")


# ------------------------------------------------ two meetings in one article
def test_events13_newer_meeting_elsewhere(nlp: Language) -> None:
    text = ("Joe Biden met Xi Jinping in Bali on Monday. The meeting lasted three hours. Biden "
            "had met Vladimir Putin in Geneva in June 2021. That meeting was tense.")
    doc = nlp(text)
    got = claim_triples(doc, ["attended", "locatedIn"])
    by_place = {o: e for e, rel, o in got if rel == "locatedIn"}
    assert {"Bali", "Geneva"} <= set(by_place)
    assert ("Vladimir Putin", "attended", by_place["Geneva"]) in got
    assert ("Vladimir Putin", "attended", by_place["Bali"]) not in got
    assert ("Xi Jinping", "attended", by_place["Geneva"]) not in got


def test_events13_same_place_stays_one_meeting(nlp: Language) -> None:
    text = ("Joe Biden met Xi Jinping in Bali on Monday. The meeting lasted three hours. "
            "Officials met in Bali again on Tuesday. The meeting went well.")
    assert len(_events(nlp, text)) == 1
