"""Readouts and wire reports of bilateral talks, calls and regional meetings: a wire
dateline opening a paragraph ("CITY, Mon DD (AGENCY) --"), titles coordinated before a
name ("State Councilor and Foreign Minister X"), a pronoun after a report closed by its
attribution ("X met Y ..., the ministry said. He also met Z"), a state's possessive on
the title of a coordinated person, an absolute clause ("..., with X's election expected
to top the agenda"), and a meeting named by the office holders' plural possessive ("the
NAME Foreign Ministers' Meeting").

The sentences are written for these tests and run through the trained pipeline
(``--model``, with no article date, so that a bare surname stays as written); each
case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples, node_labels

Triple = tuple[str, str, str]
ME, AF, CO, AD = "metWith", "affiliatedWith", "cooperatesWith", "attended"
QURESHI, WANG, BLINKEN = "Shah Mehmood Qureshi", "Wang Yi", "Antony Blinken"
LULA, FERNANDEZ = "Luiz Inácio Lula da Silva", "Alberto Fernández"

DATELINES: list[tuple[str, tuple[str, ...], set[Triple]]] = [
    # the agency of a dateline is no party to the call it reports
    ("Wang holds phone talks\n\nBEIJING, March 12 (Xinhua) -- Chinese Foreign Minister Wang "
     "Yi held a telephone conversation with Pakistani Foreign Minister Shah Mahmood Qureshi "
     "on Tuesday.", (ME,), {(QURESHI, ME, WANG)}),
    # nor is its city the subject of the report
    ("Lula visits Argentina\n\nBUENOS AIRES, Jan 23 (Reuters) -- Brazilian President Luiz "
     "Inacio Lula da Silva, on his first foreign trip since taking office, met Argentine "
     "President Alberto Fernandez at the Casa Rosada on Monday, where the two leaders "
     "signed agreements on trade.", (ME, CO),
     {(FERNANDEZ, ME, LULA), (FERNANDEZ, CO, LULA)}),
    # a denied call under a dateline is still none
    ("No call\n\nBEIJING, March 12 (Xinhua) -- Chinese Foreign Minister Wang Yi did not "
     "hold a telephone conversation with Pakistani Foreign Minister Shah Mahmood Qureshi.",
     (ME,), set()),
]


@pytest.mark.parametrize(("text", "rels", "want"), DATELINES,
                         ids=[t[:40] for t, _, _ in DATELINES])
def test_talks16_dateline_is_no_party(nlp: Language, text: str, rels: tuple[str, ...],
                                      want: set[Triple]) -> None:
    assert claim_triples(nlp(text), rels, symmetric=(ME, CO)) == want


TITLES: list[tuple[str, set[Triple]]] = [
    # two titles coordinated before one name are that person's, not another actor
    ("Chinese State Councilor and Foreign Minister Wang Yi met Antony Blinken in Beijing.",
     {(WANG, AF, "China"), (BLINKEN, ME, WANG)}),
    ("Chinese State Councilor and Foreign Minister Wang Yi held a telephone conversation with "
     "Pakistani Foreign Minister Shah Mahmood Qureshi on Tuesday.",
     {(WANG, AF, "China"), (QURESHI, AF, "Pakistan"), (QURESHI, ME, WANG)}),
    # a question or a denial meets nobody
    ("Will State Councilor and Foreign Minister Wang Yi meet Antony Blinken?", set()),
    ("State Councilor and Foreign Minister Wang Yi did not meet Antony Blinken.", set()),
]


@pytest.mark.parametrize(("text", "want"), TITLES, ids=[t[:40] for t, _ in TITLES])
def test_talks16_coordinated_titles(nlp: Language, text: str, want: set[Triple]) -> None:
    got = claim_triples(nlp(text), (ME, AF), symmetric=(ME,))
    assert {t for t in got if t[1] == ME} == {t for t in want if t[1] == ME}
    assert {t for t in want if t[1] == AF} <= got
    assert not any("Councilor" in s or "Councilor" in o for s, _, o in got)


JAI, RETNO = "Jaishankar", "Retno Marsudi"
PRONOUNS: list[tuple[str, set[Triple]]] = [
    # the subject of a report closed by its attribution carries on as "he"
    ("On the sidelines of the meeting, Jaishankar held bilateral talks with Indonesian "
     "Foreign Minister Retno Marsudi, the Ministry of External Affairs said. He also met "
     "Chinese diplomat Wang Yi.", {(JAI, ME, RETNO), (JAI, ME, WANG)}),
    ("Jaishankar held talks with Retno Marsudi, Indian officials said. He also met Wang Yi.",
     {(JAI, ME, RETNO), (JAI, ME, WANG)}),
    # a denial after it meets nobody
    ("Jaishankar held talks with Retno Marsudi, the ministry said. He did not meet Wang Yi.",
     {(JAI, ME, RETNO)}),
]


@pytest.mark.parametrize(("text", "want"), PRONOUNS, ids=[t[:40] for t, _ in PRONOUNS])
def test_talks16_pronoun_after_attribution(nlp: Language, text: str,
                                           want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (ME,), symmetric=(ME,)) == want


MELES, BASHIR, KIIR = "Meles Zenawi", "Omar al-Bashir", "Salva Kiir Mayardit"
OBJECTS: list[tuple[str, set[Triple]]] = [
    # a state's possessive on a coordinated person's title is no guest of its own
    ("Ethiopian Prime Minister Meles Zenawi hosted Sudanese President Omar al-Bashir and "
     "South Sudan's President Salva Kiir for talks on oil.",
     {(MELES, ME, BASHIR), (MELES, ME, KIIR)}),
    # an absolute clause: its subject's owner met nobody
    ("Leaders of ASEAN met in Hanoi on Thursday for their 17th summit, with Myanmar's "
     "upcoming election expected to top the agenda.", set()),
    ("Leaders of ASEAN held talks in Hanoi on Thursday, with Myanmar's election expected to "
     "top the agenda.", set()),
    # a partner before the absolute clause is one
    ("Xi Jinping held talks in Beijing with Emmanuel Macron, with trade expected to top the "
     "agenda.", {("Emmanuel Macron", ME, "Xi Jinping")}),
]


@pytest.mark.parametrize(("text", "want"), OBJECTS, ids=[t[:40] for t, _ in OBJECTS])
def test_talks16_who_was_met(nlp: Language, text: str, want: set[Triple]) -> None:
    doc = nlp(text)
    assert claim_triples(doc, (ME,), symmetric=(ME,)) == want
    assert not any(s == "Myanmar" for s, _, _ in claim_triples(doc, (AD,)))


def test_talks16_meeting_named_by_holders(nlp: Language) -> None:
    """ "Speaking at the NAME Foreign Ministers' Meeting, X said": X took part in the
    meeting, named with the holders' possessive."""
    doc = nlp("Speaking at the East Asia Summit Foreign Ministers' Meeting in Jakarta, "
              "Jaishankar said India supports ASEAN centrality.")
    attended = claim_triples(doc, (AD,))
    assert {(s, p) for s, p, _ in attended} == {(JAI, AD)}
    labels = [label for _, _, o in attended for label in node_labels(doc, "Event")[o]]
    assert "East Asia Summit Foreign Ministers' Meeting" in labels


def test_talks16_meeting_named_by_holders_not_yet(nlp: Language) -> None:
    """A meeting still to come is attended by nobody."""
    doc = nlp("Jaishankar will attend the ASEAN Foreign Ministers' Meeting in Jakarta next "
              "week.")
    assert claim_triples(doc, (AD,)) == set()
