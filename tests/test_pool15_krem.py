"""Press-office readouts: ties named by their parties' modifiers as the object of a
deepening verb ("strengthening A-B relations") or qualified by an "of" phrase ("A-B
relations of strategic partnership"); a crowd of officials who took part in a meeting,
listed at length ("Taking part in the meeting were TITLE A, TITLE B, ..."; "The meeting
was attended by TITLE A, ..." cut short by the parser), did not meet each other, while two
or three named sides who took part did; and an organization inside a listed person's title
("Chief of the General Staff of the ORG and ... NAME") is no attendee. With the negatives:
negation, questions, modality, a third party, ties merely discussed.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
C = "cooperatesWith"
W = "metWith"
A = "attended"

TIES: list[tuple[str, set[Triple]]] = [
    # --- the tie as the object of a deepening verb, its parties named by modifiers
    ("The two ministers agreed on further strengthening Chinese-Pakistani relations.",
     {("China", C, "Pakistan")}),
    ("The leaders pledged to keep strengthening India-Japan relations.",
     {("India", C, "Japan")}),
    # --- the tie qualified by an "of" phrase
    ("The foreign ministers discussed India-Japan relations of special strategic partnership "
     "and friendship.", {("India", C, "Japan")}),
    # --- not deepened, denied, asked, or only another's hypothesis
    ("They did not strengthen India-Japan relations.", set()),
    ("They discussed India-Japan relations.", set()),
    ("Did the visit strengthen India-Japan relations?", set()),
    ("The minister said Pakistan would never strengthen India-Japan relations.", set()),
]


@pytest.mark.parametrize(("text", "want"), TIES, ids=[t[:40] for t, _ in TIES])
def test_pool15_krem_ties(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (C,), symmetric=(C,)) == want


MEETINGS: list[tuple[str, set[Triple]]] = [
    # --- a crowd of officials listed as taking part: each attended, none met the others
    ("Taking part in the meeting were Prime Minister Carlos Mendes, Foreign Minister Ana "
     "Duarte, Finance Minister Pedro Alves, Defence Minister Rui Costa and Interior Minister "
     "Joana Lopes.", set()),
    ("The meeting was attended by Prime Minister Carlos Mendes, Foreign Minister Ana Duarte, "
     "Finance Minister Pedro Alves, Defence Minister Rui Costa and Interior Minister Joana "
     "Lopes.", set()),
    # --- two or three named sides who took part did meet
    ("Emmanuel Macron and Olaf Scholz took part in a meeting of the European Council.",
     {("Emmanuel Macron", W, "Olaf Scholz")}),
    ("The talks were attended by Recep Tayyip Erdogan, Ilham Aliyev and Nikol Pashinyan.",
     {("Ilham Aliyev", W, "Recep Tayyip Erdoğan"), ("Ilham Aliyev", W, "Nikol Pashinyan"),
      ("Nikol Pashinyan", W, "Recep Tayyip Erdoğan")}),
]


@pytest.mark.parametrize(("text", "want"), MEETINGS, ids=[t[:40] for t, _ in MEETINGS])
def test_pool15_krem_crowd_did_not_meet(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (W,), symmetric=(W,)) == want


def _attendees(text: str, nlp: Language) -> set[str]:
    return {s for s, _, _ in claim_triples(nlp(text), (A,))}


def test_pool15_krem_crowd_attended(nlp: Language) -> None:
    text = ("The meeting was attended by Prime Minister Carlos Mendes, Foreign Minister Ana "
            "Duarte, Finance Minister Pedro Alves, Defence Minister Rui Costa and Interior "
            "Minister Joana Lopes.")
    assert _attendees(text, nlp) == {"Carlos Mendes", "Ana Duarte", "Pedro Alves", "Rui Costa",
                                     "Joana Lopes"}


TITLED: list[tuple[str, set[str]]] = [
    # --- an organization in the "of" chain of a listed person's title attends nothing
    ("The meeting was attended by Defence Minister Sergei Shoigu, Chief of the General Staff "
     "of the Armed Forces and First Deputy Defence Minister Valery Gerasimov, Chief of the "
     "Main Operations Directorate of the General Staff and Deputy Chief of the General Staff "
     "Sergei Rudskoy, and Head of the Interbranch Research Directorate of the Main "
     "Operational Directorate of the General Staff Yevgeny Shmyrin.",
     {"Sergei Shoigu", "Valery Gerasimov", "Sergei Rudskoy", "Yevgeny Shmyrin"}),
    ("The meeting was attended by Director of the Federal Security Service Alexander "
     "Bortnikov.", {"Alexander Bortnikov"}),
]


@pytest.mark.parametrize(("text", "want"), TITLED, ids=[t[:40] for t, _ in TITLED])
def test_pool15_krem_title_org_no_attendee(nlp: Language, text: str, want: set[str]) -> None:
    assert _attendees(text, nlp) == want
