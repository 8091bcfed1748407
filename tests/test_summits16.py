"""Who took part in a summit or a council's session, as readouts of multilateral
meetings tell it: a list of participants with no event phrase of its own ("Also taking
part were ..."), a session named by its body as a modifier, a bare "the session" that
refers back, "it" for the event just told, a delegation headed by someone, a speech made
at a session of the summit, the participants one addresses.

The texts are written for these tests and run through the trained pipeline
(``--model``); each case lists every attendee of every event the text gives.
"""

import datetime

import pytest
from spacy.language import Language

from tests.conftest import claim_triples, dated_doc, node_labels

AD = "attended"


def attendance(nlp: Language, text: str) -> dict[str, set[str]]:
    """For each event a text's claims give, who attended it."""
    out: dict[str, set[str]] = {}
    for s, _, o in claim_triples(nlp(text), (AD,)):
        out.setdefault(o, set()).add(s)
    return out


LISTS: list[tuple[str, list[set[str]]]] = [
    # the participants after a colon, with no event phrase: the event told just before
    ("The summit was chaired by President of Indonesia Joko Widodo. Also taking part were "
     "the heads of state and government of the ASEAN member countries: Prime Minister of "
     "Cambodia Hun Sen, Prime Minister of Laos Phankham Viphavanh and Prime Minister of "
     "Singapore Lee Hsien Loong.",
     [{"Joko Widodo", "Hun Sen", "Phankham Viphavanh", "Lee Hsien Loong"}]),
    # a second group the parser coordinates with the copula
    ("The meeting was chaired by President of China Xi Jinping. Also taking part were "
     "President of Brazil Jair Bolsonaro, Prime Minister of India Narendra Modi, and leaders "
     "of invited states: President of Algeria Abdelmadjid Tebboune and President of "
     "Senegal Macky Sall.",
     [{"Xi Jinping", "Jair Bolsonaro", "Narendra Modi", "Abdelmadjid Tebboune",
       "Macky Sall"}]),
    # no event before the list: nobody is said to attend anything
    ("Also taking part were President of Brazil Jair Bolsonaro and Prime Minister of India "
     "Narendra Modi.", []),
    # an event told two sentences back is not the one the list is of
    ("The summit opened in Minsk on Monday. The weather was cold. Also taking part were "
     "President of Brazil Jair Bolsonaro and Prime Minister of India Narendra Modi.", []),
    # a list that goes on to somewhere else ("taking part in the march") is of that
    ("The summit opened in Minsk on Monday. Also taking part in the march were President of "
     "Brazil Jair Bolsonaro and Prime Minister of India Narendra Modi.", []),
]


@pytest.mark.parametrize(("text", "want"), LISTS, ids=[t[:40] for t, _ in LISTS])
def test_summits16_participants_listed_without_the_event(
        nlp: Language, text: str, want: list[set[str]]) -> None:
    assert sorted(attendance(nlp, text).values(), key=sorted) == sorted(want, key=sorted)


SESSIONS: list[tuple[str, list[set[str]]]] = [
    # a session named by its body as a modifier
    ("Vladimir Putin took part in the CSTO Collective Security Council session in Moscow.",
     [{"Vladimir Putin"}]),
    # a bare "the session" refers back to the session just named
    ("The Kremlin hosted the session of the Collective Security Council of the Collective "
     "Security Treaty Organisation. The session was attended by Prime Minister of Armenia "
     "Nikol Pashinyan and President of Belarus Alexander Lukashenko.",
     [{"Russia", "Nikol Pashinyan", "Alexander Lukashenko"}]),
    # "it", for the event just told
    ("The CIS informal summit took place in St Petersburg. Vladimir Putin and "
     "Kassym-Jomart Tokayev took part in it.",
     [{"Vladimir Putin", "Kassym-Jomart Tokayev"}]),
    ("The meeting of the Council of CIS Heads of State was held in Ashgabat. It was attended "
     "by President of Turkmenistan Serdar Berdimuhamedov and President of Uzbekistan Shavkat "
     "Mirziyoyev.",
     [{"Serdar Berdimuhamedow", "Shavkat Mirziyoyev"}]),
    # "it" for what is no event takes part in nothing
    ("The agreement was signed in May. Vladimir Putin took part in it.", []),
    # a round of talks is no session of a body
    ("The Geneva round ended on Friday.", []),
]


@pytest.mark.parametrize(("text", "want"), SESSIONS, ids=[t[:40] for t, _ in SESSIONS])
def test_summits16_sessions_and_events_referred_back_to(
        nlp: Language, text: str, want: list[set[str]]) -> None:
    assert sorted(attendance(nlp, text).values(), key=sorted) == sorted(want, key=sorted)


TAKING_PART: list[tuple[str, set[str]]] = [
    ("Russia's delegation at the G20 summit in Rome was headed by Foreign Minister Sergei "
     "Lavrov.", {"Russia", "Sergey Lavrov"}),
    ("The Russian delegation to the G20 summit was led by Foreign Minister Sergei Lavrov.",
     {"Russia", "Sergey Lavrov"}),
    # a speech made at a session of the summit
    ("Vladimir Putin made a speech at the plenary session of the Russia-Africa summit.",
     {"Vladimir Putin"}),
    ("Vladimir Putin delivered an address to the G20 summit.", {"Vladimir Putin"}),
    # a speech about the summit is no part in it
    ("Vladimir Putin made a speech about the G20 summit.", set()),
    # addressing those who take part in it
    ("Vladimir Putin addressed the participants of the Russia-ASEAN summit.",
     {"Vladimir Putin"}),
    ("The summit opened in Minsk on Monday. The summit participants included Prime Minister "
     "of Armenia Nikol Pashinyan and President of Belarus Alexander Lukashenko.",
     {"Nikol Pashinyan", "Alexander Lukashenko"}),
    # still to come
    ("The summit will open in Minsk on Monday. Vladimir Putin will address the participants "
     "of the summit.", set()),
]


@pytest.mark.parametrize(("text", "want"), TAKING_PART, ids=[t[:40] for t, _ in TAKING_PART])
def test_summits16_delegations_speeches_participants(
        nlp: Language, text: str, want: set[str]) -> None:
    assert set().union(*attendance(nlp, text).values()) == want


def test_summits16_extended_format_names_the_meeting(nlp: Language) -> None:
    """"a BRICS+ meeting": the acronym with its sign names the meeting, and a later bare
    "the meeting" is the same one."""
    doc = nlp("BRICS+ meeting\n\nVladimir Putin attended a BRICS+ meeting via "
              "videoconference. The meeting was chaired by President of China Xi Jinping.")
    events = node_labels(doc, "Event")
    assert len(events) == 1
    (labels,) = events.values()
    assert "BRICS+ meeting" in labels
    assert {s for s, _, _ in claim_triples(doc, (AD,))} == {"Vladimir Putin", "Xi Jinping"}


DELEGATIONS: list[tuple[str, set[tuple[str, str, str]]]] = [
    # the delegation of the talks told just before: its named members took part
    ("Vladimir Putin held talks with Narendra Modi in New Delhi. The Russian delegation "
     "included Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu.",
     {("Vladimir Putin", AD, "talks in New Delhi"), ("Narendra Modi", AD, "talks in New Delhi"),
      ("Sergey Lavrov", AD, "talks in New Delhi"), ("Sergei Shoigu", AD, "talks in New Delhi")}),
    ("Russian-Indian talks took place in New Delhi on Monday. The Russian delegation was "
     "headed by Vladimir Putin.",
     {("Russia", AD, "Russian-Indian talks"),
      ("India", AD, "Russian-Indian talks"),
      ("Vladimir Putin", AD, "Russian-Indian talks")}),
    # a delegation with no event told before it takes part in nothing
    ("The Russian delegation included Foreign Minister Sergei Lavrov.", set()),
    # two of one side who take part in talks do not meet each other; two sides do
    ("Vladimir Putin held talks with Narendra Modi in New Delhi. Foreign Minister Sergei "
     "Lavrov and Defence Minister Sergei Shoigu also took part in the talks.",
     {("Vladimir Putin", "metWith", "Narendra Modi")}),
    ("Sergei Lavrov and Wang Yi took part in the talks in Beijing.",
     {("Sergey Lavrov", "metWith", "Wang Yi")}),
]


@pytest.mark.parametrize(("text", "want"), DELEGATIONS, ids=[t[:40] for t, _ in DELEGATIONS])
def test_summits16_delegations_of_the_talks_told(nlp: Language, text: str,
                                                  want: set[tuple[str, str, str]]) -> None:
    rels = {p for _, p, _ in want} or {AD, "metWith"}
    doc = dated_doc(nlp, text, datetime.date(2021, 12, 6))
    assert claim_triples(doc, rels) == want
