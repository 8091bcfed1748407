"""Taking part in events, and where events are, in the constructions of wire copy.

The sentences are written for these tests (not taken from the corpus). Each
positive case has a negative twin: negation, a future or planned act, or a
construction that looks alike but states something else.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _claims(nlp: Language, text: str, *relations: str) -> set[Triple]:
    return claim_triples(nlp(text), relations)


# ------------------------------------------- named assemblies and forums as events
def test_events3_addressed_assembly_is_an_event(nlp: Language) -> None:
    got = _claims(nlp, "Japanese Prime Minister Fumio Kishida addressed the UN General "
                       "Assembly in New York on Tuesday.", "attended", "locatedIn")
    assert got == {("Fumio Kishida", "attended", "UN General Assembly in New York"),
                   ("UN General Assembly in New York", "locatedIn", "New York")}


def test_events3_spoke_at_forum_is_an_event(nlp: Language) -> None:
    got = _claims(nlp, "Speaking at the World Economic Forum in Davos, Israeli President "
                       "Isaac Herzog said the region needed peace.", "attended")
    assert got == {("Isaac Herzog", "attended", "World Economic Forum in Davos")}


def test_events3_sidelines_of_assembly(nlp: Language) -> None:
    got = _claims(nlp, "On the sidelines of the UN General Assembly, Turkish President Recep "
                       "Tayyip Erdogan met Israeli Prime Minister Benjamin Netanyahu.",
                  "attended")
    assert got == {("Recep Tayyip Erdoğan", "attended", "UN General Assembly session"),
                   ("Benjamin Netanyahu", "attended", "UN General Assembly session")}


def test_events3_forum_joined_or_acting_stays_an_organization(nlp: Language) -> None:
    doc = nlp("Sweden joined the World Economic Forum in 2020.")
    assert claim_triples(doc, ["attended"]) == set()
    assert ("Sweden", "memberOf", "World Economic Forum") in claim_triples(doc)
    assert _claims(nlp, "The UN General Assembly adopted a resolution on Tuesday.",
                   "attended") == set()
    assert _claims(nlp, "Chinese President Xi Jinping will address the World Economic "
                        "Forum next week.", "attended") == set()


def test_events3_purpose_on_a_place_phrase(nlp: Language) -> None:
    got = _claims(nlp, "While in New York City to attend the United Nations General "
                       "Assembly, Zelensky met Biden.", "attended", "locatedIn")
    assert got == {("Zelensky", "attended", "UN General Assembly session"),
                   ("UN General Assembly session", "locatedIn", "New York City")}


# ------------------------------------------------------------- new event heads
def test_events3_funeral_and_parade(nlp: Language) -> None:
    assert _claims(nlp, "Russian Defence Minister Sergei Shoigu attended the military parade "
                        "in Pyongyang on Thursday.", "attended", "locatedIn") == {
        ("Sergei Shoigu", "attended", "military parade"),
        ("military parade", "locatedIn", "Pyongyang")}
    assert _claims(nlp, "German Chancellor Olaf Scholz attended the funeral of the former "
                        "president in Tokyo on Tuesday.", "attended") == {
        ("Olaf Scholz", "attended", "funeral")}
    assert _claims(nlp, "German Chancellor Olaf Scholz did not attend the funeral in Tokyo "
                        "on Tuesday.", "attended") == set()


# ----------------------------------------------------------------- attended by
def test_events3_attended_by_after_relative_pronoun(nlp: Language) -> None:
    got = _claims(nlp, "The summit in Lima, which was attended by Chilean President Gabriel "
                       "Boric and Colombian President Gustavo Petro, ended on Friday.",
                  "attended")
    assert got == {("Gabriel Boric", "attended", "summit in Lima"),
                   ("Gustavo Petro", "attended", "summit in Lima")}
    assert _claims(nlp, "The summit in Lima, which was to be attended by Chilean President "
                        "Gabriel Boric, was cancelled.", "attended") == set()


def test_events3_attended_by_delegates_from(nlp: Language) -> None:
    got = _claims(nlp, "The conference in Geneva, which was attended by delegates from 40 "
                       "countries including Germany and France, ended on Friday.", "attended")
    assert got == {("Germany", "attended", "conference in Geneva"),
                   ("France", "attended", "conference in Geneva")}


def test_events3_attended_by_not_the_state_of_a_title(nlp: Language) -> None:
    got = _claims(nlp, "The funeral of Queen Elizabeth was attended by U.S. President Joe "
                       "Biden and Japanese Emperor Naruhito.", "attended")
    assert got == {("Joe Biden", "attended", "funeral"), ("Naruhito", "attended", "funeral")}


def test_events3_is_to_attend_is_awaited(nlp: Language) -> None:
    assert _claims(nlp, "Kenyan President William Ruto is to attend the summit in Addis "
                        "Ababa on Sunday.", "attended") == set()
    assert _claims(nlp, "Kenyan President William Ruto is attending the summit in Addis "
                        "Ababa this week.", "attended") == {
        ("William Ruto", "attended", "summit in Addis Ababa")}


# ---------------------------------------------------------- participant nouns
def test_events3_among_the_participants(nlp: Language) -> None:
    assert _claims(nlp, "Chinese Foreign Minister Wang Yi was among the participants of the "
                        "conference in Munich on Saturday.", "attended") == {
        ("Wang Yi", "attended", "conference in Munich")}
    assert _claims(nlp, "Chinese Foreign Minister Wang Yi was not among the participants of "
                        "the conference in Munich.", "attended") == set()


def test_events3_guests_and_appositive_participant(nlp: Language) -> None:
    assert _claims(nlp, "Brazilian President Luiz Inacio Lula da Silva and South African "
                        "President Cyril Ramaphosa were guests at the summit in Hiroshima on "
                        "Saturday.", "attended") == {
        ("Luiz Inácio Lula da Silva", "attended", "summit in Hiroshima"),
        ("Cyril Ramaphosa", "attended", "summit in Hiroshima")}
    assert _claims(nlp, "Indian Prime Minister Narendra Modi, a participant in the summit in "
                        "Johannesburg, called for reform.", "attended") == {
        ("Narendra Modi", "attended", "summit in Johannesburg")}


def test_events3_leaders_at_the_summit_including(nlp: Language) -> None:
    got = _claims(nlp, "Leaders at the summit, including French President Emmanuel Macron "
                       "and Italian Prime Minister Giorgia Meloni, agreed to boost aid.",
                  "attended")
    assert got == {("Emmanuel Macron", "attended", "summit"),
                   ("Giorgia Meloni", "attended", "summit")}


# ------------------------------------------------------------------- co-chair
def test_events3_co_chaired_with(nlp: Language) -> None:
    got = _claims(nlp, "Vietnamese Prime Minister Pham Minh Chinh co-chaired the meeting in "
                       "Hanoi on Tuesday with Australian Prime Minister Anthony Albanese.",
                  "attended")
    assert got == {("Phạm Minh Chính", "attended", "meeting in Hanoi"),
                   ("Anthony Albanese", "attended", "meeting in Hanoi")}


# -------------------------------------------------------------------- places
def test_events3_hosted_by_a_city_or_in_a_city(nlp: Language) -> None:
    assert ("summit", "locatedIn", "Astana") in _claims(
        nlp, "The summit, hosted by Kazakhstan in Astana, drew leaders from China and "
             "Russia.", "locatedIn")
    # a state that hosts is no place named for the summit
    assert _claims(nlp, "The summit, hosted by Kazakhstan, drew leaders from China and "
                        "Russia.", "locatedIn") == set()


def test_events3_relative_clause_places_the_event(nlp: Language) -> None:
    for text in ("The summit, which is scheduled to take place in Kazan in October, will "
                 "bring together BRICS leaders.",
                 "The summit, due to be held in Kazan in October, was postponed."):
        assert _claims(nlp, text, "locatedIn") == {("summit", "locatedIn", "Kazan")}, text
    assert _claims(nlp, "The summit, which was a success for Kenya, ended on Friday.",
                   "locatedIn") == set()


def test_events3_travelled_there_to_attend(nlp: Language) -> None:
    got = _claims(nlp, "Iranian President Ebrahim Raisi arrived in Johannesburg on Tuesday to "
                       "take part in the BRICS summit.", "attended", "locatedIn")
    assert got == {("Ebrahim Raisi", "attended", "BRICS summit"),
                   ("BRICS summit", "locatedIn", "Johannesburg")}
    # the summit's own place wins over the city one flew to
    got = _claims(nlp, "Sudanese President Omar al-Bashir flew to Beijing to attend the summit "
                       "in Shanghai.", "locatedIn")
    assert got == {("summit in Shanghai", "locatedIn", "Shanghai")}
    assert _claims(nlp, "Iranian President Ebrahim Raisi did not fly to Johannesburg to take "
                        "part in the BRICS summit.", "attended", "locatedIn") == set()


# ------------------------------------------------- speakers, lists and delegations
def test_events3_speaker_after_quote_at_the_summit(nlp: Language) -> None:
    assert _claims(nlp, '"This is a historic day," said Indian Prime Minister Narendra Modi '
                        'at the summit in New Delhi.', "attended") == {
        ("Narendra Modi", "attended", "summit in New Delhi")}


def test_events3_inverted_attending(nlp: Language) -> None:
    assert _claims(nlp, "Also attending the talks in Doha was Egyptian Foreign Minister Sameh "
                        "Shoukry.", "attended") == {
        ("Sameh Shoukry", "attended", "talks in Doha")}
    assert _claims(nlp, "Attending the summit in Nairobi were Nigerian President Bola Tinubu "
                        "and Ghanaian President Nana Akufo-Addo.", "attended") == {
        ("Bola Tinubu", "attended", "summit in Nairobi"),
        ("Nana Akufo-Addo", "attended", "summit in Nairobi")}
    assert _claims(nlp, "Attending the summit is expensive for Kenya.", "attended") == set()


def test_events3_participants_included(nlp: Language) -> None:
    assert _claims(nlp, "Participants in the talks in Doha included Qatar, Egypt and the "
                        "United States.", "attended") == {
        ("Qatar", "attended", "talks in Doha"), ("Egypt", "attended", "talks in Doha"),
        ("United States", "attended", "talks in Doha")}


def test_events3_delegation_to_the_talks(nlp: Language) -> None:
    assert _claims(nlp, "Russia's delegation to the talks in Istanbul was led by Vladimir "
                        "Medinsky.", "attended") == {
        ("Russia", "attended", "talks in Istanbul"),
        ("Vladimir Medinsky", "attended", "talks in Istanbul")}
    assert _claims(nlp, "Russia's delegation to the talks in Istanbul will be led by Vladimir "
                        "Medinsky.", "attended") == set()


def test_events3_speech_at_the_summit(nlp: Language) -> None:
    assert _claims(nlp, "In her speech at the summit in Brussels, European Commission President "
                        "Ursula von der Leyen urged unity.", "attended") == {
        ("Ursula von der Leyen", "attended", "summit in Brussels")}
    assert _claims(nlp, "Critics said the speech at the summit in Brussels was weak.",
                   "attended") == set()


# ----------------------------------------------------- there for the event, hosting
def test_events3_in_city_for_the_summit(nlp: Language) -> None:
    assert _claims(nlp, "Canadian Prime Minister Justin Trudeau, in Hiroshima for the G7 "
                        "summit, said Ottawa would send more aid.", "attended", "locatedIn") == {
        ("Justin Trudeau", "attended", "G7 summit"), ("G7 summit", "locatedIn", "Hiroshima")}
    assert ("Justin Trudeau", "attended", "G7 summit") in _claims(
        nlp, "Canadian Prime Minister Justin Trudeau, who is in Hiroshima for the G7 summit, "
             "said Ottawa would send more aid.", "attended")
    assert _claims(nlp, "Canadian Prime Minister Justin Trudeau will be in Hiroshima for the G7 "
                        "summit.", "attended") == set()


def test_events3_hosted_guest_for_talks(nlp: Language) -> None:
    got = _claims(nlp, "Chinese President Xi Jinping hosted Brazilian President Luiz Inacio "
                       "Lula da Silva for talks in Beijing on Friday.", "attended")
    assert got == {("Xi Jinping", "attended", "talks in Beijing"),
                   ("Luiz Inácio Lula da Silva", "attended", "talks in Beijing")}


def test_events3_talks_between_placed_on_the_pair(nlp: Language) -> None:
    got = _claims(nlp, "Talks between Armenian Prime Minister Nikol Pashinyan and Azerbaijani "
                       "President Ilham Aliyev in Brussels on Sunday ended without agreement.",
                  "attended", "locatedIn")
    assert got == {("Nikol Pashinyan", "attended", "Talks"),
                   ("Ilham Aliyev", "attended", "Talks"), ("Talks", "locatedIn", "Brussels")}


def test_events3_demonym_hosted_talks_do_not_break_the_mentions(nlp: Language) -> None:
    # an actor inside the modifier of a placed meeting ("the DEMONYM-hosted talks")
    got = _claims(nlp, "Ukrainian officials attended the Saudi-hosted talks in Jeddah on "
                       "Saturday.", "attended", "locatedIn")
    assert ("Ukraine", "attended", "hosted talks in Jeddah") in got
    assert ("hosted talks in Jeddah", "locatedIn", "Jeddah") in got


def test_events3_meeting_placed_by_participle_and_its_host(nlp: Language) -> None:
    assert _claims(nlp, "The meeting, held in Beijing on Friday, was attended by Chinese "
                        "Foreign Minister Wang Yi.", "attended", "locatedIn") == {
        ("Wang Yi", "attended", "meeting"), ("meeting", "locatedIn", "Beijing")}
    assert _claims(nlp, "Japanese Prime Minister Fumio Kishida, the host of the summit, "
                        "welcomed the leaders to Hiroshima.", "attended") == {
        ("Fumio Kishida", "attended", "summit")}
    assert _claims(nlp, "Japan will be the host of the summit in Hiroshima next year.",
                   "attended") == set()
