"""Acts still to come, stated as if done: an infinitive of agreeing, deciding or proposing
("A and B agreed to hold a meeting", "proposed holding talks between A and B"), "is going
to visit", "looks forward to meeting X", a headline's bare infinitive ("PRESIDENT to visit
CITY") and a purpose clause under a future ("will fly to CITY to attend the summit"), the
object of a verb of expecting ("expects sanctions on X"), an act "on the eve of", "ahead
of" or in "preparations for", and the participants of an upcoming summit; and the
positives: the act that did happen beside a future one ("X, who will attend the summit,
met Y"), an agreement reached, a planned act that took place, a date already past.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import datetime

import pytest
from spacy.language import Language

from tests.conftest import claim_triples, dated_doc

Triple = tuple[str, str, str]
W = "metWith"
V = "visited"
A = "attended"
C = "cooperatesWith"
S = "sanctions"
U = "urges"
M = "memberOf"
CHECKED = (W, V, A, C, S, U, M)
SYM = (W, C)
PUTIN = "Vladimir Putin"
XI = "Xi Jinping"

AWAITED: list[tuple[str, set[Triple]]] = [
    # --- an infinitive of agreeing, deciding or proposing: the act is still to come
    ("Russia and China agreed to hold a meeting in Beijing.", set()),
    ("Vladimir Putin and Xi Jinping decided to hold talks in Moscow.", set()),
    ("Recep Tayyip Erdogan proposed holding talks between Russia and Ukraine.", set()),
    ("Ukraine and Britain agreed to start talks on trade.", set()),
    ("The presidents agreed to hold the next meeting of the council in Kyiv.", set()),
    # --- a future by "going to", or a gerund one looks forward to
    ("Vladimir Putin is going to visit China.", set()),
    ("Volodymyr Zelensky looks forward to meeting Joe Biden in Washington.", set()),
    # --- a headline's bare infinitive, and its purpose clause
    ("President of Ukraine to visit Brussels to take part in the Eastern Partnership Summit",
     set()),
    ("Vladimir Putin will fly to Beijing to attend the summit.", set()),
    # --- the object of a verb of expecting or proposing
    ("Andriy Yermak expects increased sanctions pressure on Russia.", set()),
    ("Russia expects a visit by Xi Jinping to Moscow.", set()),
    # --- an act on the eve of, ahead of, or prepared for
    ("Volodymyr Zelensky met with representatives of the IT industry on the eve of the "
     "Diia Summit.", set()),
    ("Vladimir Putin met Alexander Lukashenko on the eve of his visit to China.",
     {("Alexander Lukashenko", W, PUTIN)}),
    ("Preparations for Xi Jinping's visit to Russia are under way.", set()),
    # --- the participants of an upcoming summit
    ("Participants in the upcoming summit include President of Azerbaijan Ilham Aliyev and "
     "President of Belarus Alexander Lukashenko.", set()),
    # --- a future tense (already closed before; kept here with the rest)
    ("Vladimir Putin will pay a visit to China next month.", set()),
    ("The planned talks between Russia and China were discussed.", set()),
]

DONE: list[tuple[str, set[Triple]]] = [
    # an agreement reached is cooperation, whatever it provides for
    ("Vladimir Putin and Xi Jinping agreed to step up their partnership.", {(PUTIN, C, XI)}),
    ("Russia and Ukraine agreed to a ceasefire after talks in Istanbul.",
     {("Russia", C, "Ukraine"), ("Russia", W, "Ukraine")}),
    # a meeting that took place, beside one still to come
    ("Vladimir Putin and Xi Jinping met in Moscow and agreed to hold another summit.",
     {(PUTIN, W, XI)}),
    ("Vladimir Putin, who will attend the summit, met Xi Jinping on Monday.", {(PUTIN, W, XI)}),
    # a trip that took place
    ("Vladimir Putin went on to visit China.", {(PUTIN, V, "China")}),
    ("Vladimir Putin flew to Beijing to attend the summit.",
     {(PUTIN, V, "Beijing"), (PUTIN, A, "summit")}),
    ("Emmanuel Macron travelled to Kyiv ahead of the summit.", {("Emmanuel Macron", V, "Kyiv")}),
    # at the summit, not the day before it
    ("Vladimir Putin met Xi Jinping on the sidelines of the summit.",
     {(PUTIN, W, XI), (PUTIN, A, "summit"), (XI, A, "summit")}),
    # an invitation to visit is a call on the invited, not a visit
    ("Vladimir Putin invited Xi Jinping to visit Russia.", {(PUTIN, U, XI)}),
    # a planned or awaited act that took place
    ("The planned talks between Russia and Ukraine took place on Monday.",
     {("Russia", W, "Ukraine")}),
    ("The long-awaited meeting between Vladimir Putin and Xi Jinping took place in Moscow "
     "on Monday.", {(PUTIN, W, XI), (PUTIN, A, "long-awaited meeting"),
                    (XI, A, "long-awaited meeting")}),
]

DAY = datetime.date(2024, 1, 1)


@pytest.mark.parametrize(("text", "want"), AWAITED, ids=[t[:40] for t, _ in AWAITED])
def test_future15_awaited(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(dated_doc(nlp, text, DAY), CHECKED, symmetric=SYM) == want


@pytest.mark.parametrize(("text", "want"), DONE, ids=[t[:40] for t, _ in DONE])
def test_future15_done(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(dated_doc(nlp, text, DAY), CHECKED, symmetric=SYM) == want


# a date already past in a dated article: the act took place
PAST: list[tuple[str, datetime.date, set[Triple]]] = [
    ("Croatia backed Ukraine during the NATO Summit in Brussels on June 14 this year.",
     datetime.date(2021, 12, 10), {("Croatia", A, "NATO summit")}),
    ("Vladimir Putin attended the summit in Minsk on March 3, which had been planned for "
     "February.", datetime.date(2022, 3, 30), {(PUTIN, A, "summit in Minsk")}),
    ("The next round of talks between Russia and Ukraine took place in Istanbul on March 29.",
     datetime.date(2022, 3, 30),
     {("Russia", W, "Ukraine"), ("Russia", A, "talks"), ("Ukraine", A, "talks")}),
]


@pytest.mark.parametrize(("text", "day", "want"), PAST, ids=[t[:40] for t, _, _ in PAST])
def test_future15_past_date(nlp: Language, text: str, day: datetime.date,
                            want: set[Triple]) -> None:
    assert claim_triples(dated_doc(nlp, text, day), CHECKED, symmetric=SYM) == want
