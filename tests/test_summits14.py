"""Multilateral meetings as readouts report them, found on the ``dev5`` split: a meeting
of a council or organization that its participants take part in, those "taking part in
it" after an inverted copula, a seat of government that hosts talks between others, a
title's state followed by a name the NER does not know, talks held with a named party in
person, and long lines of "TITLE of STATE
NAME" that the parser hangs as appositions of each other.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples, node_labels

RELATIONS = ("attended", "metWith", "affiliatedWith")

CASES: list[tuple[str, set[tuple[str, str, str]]]] = [
    # a meeting of a council that someone takes part in, attends or chairs is an event
    ("Emmanuel Macron took part in a meeting of the European Council in Brussels.",
     {("Emmanuel Macron", "attended", "meeting")}),
    ("Olaf Scholz attended a meeting of the North Atlantic Council.",
     {("Olaf Scholz", "attended", "meeting")}),
    # ... but one spoken at may be a session of a larger summit: no event by that alone
    ("Olaf Scholz was speaking at a meeting of the North Atlantic Council.", set()),
    # "Taking part in X were A and B": the parser hangs A and B on the auxiliary
    ("Xi Jinping attended the summit. Taking part in the summit were Prime Minister of "
     "Japan Fumio Kishida and President of South Korea Yoon Suk Yeol.",
     {("Xi Jinping", "attended", "summit"), ("Fumio Kishida", "attended", "summit"),
      ("Yoon Suk Yeol", "attended", "summit"), ("Fumio Kishida", "affiliatedWith", "Japan"),
      ("Yoon Suk Yeol", "affiliatedWith", "South Korea")}),
    ("Xi Jinping attended the summit. Taking part in the summit were not the leaders of "
     "Japan and South Korea.", {("Xi Jinping", "attended", "summit")}),
    # a seat of government hosting talks between others is where they are held, no party
    ("The White House hosted talks between Joe Biden and President of Kenya William Ruto, "
     "who is in the United States on a state visit.",
     {("Joe Biden", "metWith", "William Ruto"), ("William Ruto", "affiliatedWith", "Kenya")}),
    ("Oman hosted talks between Iran and the United States.",
     {("Iran", "metWith", "United States"), ("Oman", "metWith", "Iran"),
      ("Oman", "metWith", "United States")}),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_summits14_claims(nlp: Language, text: str, want: set[tuple[str, str, str]]) -> None:
    assert claim_triples(nlp(text), RELATIONS, symmetric=("metWith",)) == {
        (min(s, o), p, max(s, o)) if p == "metWith" else (s, p, o) for s, p, o in want}


def test_summits14_council_meeting_named_by_its_council(nlp: Language) -> None:
    """The meeting's node carries the phrase with its council, and the bare phrase that
    refers back to it."""
    doc = nlp("Emmanuel Macron took part in a meeting of the European Council. Also taking "
              "part in the meeting was Olaf Scholz.")
    labels = next(iter(node_labels(doc, "Event").values()))
    assert "meeting of the European Council" in labels and "the meeting" in labels
    assert ("Olaf Scholz", "attended", next(iter(node_labels(doc, "Event")))) in claim_triples(
        doc, ("attended",))


@pytest.mark.parametrize(("text", "name", "state"), [
    ("Vladimir Putin met President of Mongolia Tsogtbaatar Enkhjargal in the Kremlin.",
     "Tsogtbaatar Enkhjargal", "Mongolia"),
    ("The talks were attended by Prime Minister of the Kyrgyz Republic Adylbek Kasymaliev.",
     "Adylbek Kasymaliev", "Kyrgyzstan"),
    ("The report was delivered by Secretary General of the CSTO Imangali Tasmagambetov.",
     "Imangali Tasmagambetov", "Collective Security Treaty Organization"),
])
def test_summits14_name_after_a_titles_state(nlp: Language, text: str, name: str,
                                            state: str) -> None:
    """Two or three capitalized words right after "TITLE of STATE" are the holder's name,
    however the NER tagged them."""
    doc = nlp(text)
    assert {r.key: r.kind for r in doc._.kg_refs}.get(name) == "Person"
    assert (name, "affiliatedWith", state) in claim_triples(doc, ("affiliatedWith",))


def test_summits14_demonym_before_a_name_is_no_title_state(nlp: Language) -> None:
    """"President of the DEMONYM NAME Association": the capitals are the body's name."""
    doc = nlp("Kurt Vonnegut served as Honorary President of the American Humanist Association.")
    assert not any(r.kind == "Person" and r.key.endswith("Association") for r in doc._.kg_refs)


LINE = ("Prime Minister of Japan Fumio Kishida, President of the Republic of Korea Yoon Suk "
        "Yeol, President of the Republic of Indonesia Joko Widodo, President of the Republic "
        "of the Philippines Ferdinand Marcos and Prime Minister of India Narendra Modi")
PEOPLE = {"Fumio Kishida", "Yoon Suk Yeol", "Joko Widodo", "Ferdinand Marcos", "Narendra Modi"}


@pytest.mark.parametrize("text", [
    f"Xi Jinping attended the summit. The summit was attended by {LINE}.",
    f"Xi Jinping attended the summit. Also taking part in the summit were {LINE}.",
])
def test_summits14_line_of_titled_names(nlp: Language, text: str) -> None:
    """Every holder in a line of "TITLE of STATE NAME" took part; the states there only
    say whom each serves."""
    attended = {s for s, _, _ in claim_triples(nlp(text), ("attended",))}
    assert attended == PEOPLE | {"Xi Jinping"}


def test_summits14_line_without_a_relative_clause(nlp: Language) -> None:
    """A titled name in a clause on a listed person is not listed."""
    doc = nlp("Xi Jinping attended the summit. The summit was attended by President of Brazil "
              "Luiz Inacio Lula da Silva, who met President of the Republic of Korea Yoon Suk "
              "Yeol.")
    attended = {s for s, _, _ in claim_triples(doc, ("attended",))}
    assert "Yoon Suk Yeol" not in attended and "Xi Jinping" in attended


@pytest.mark.parametrize(("text", "want"), [
    ("In the afternoon, Emmanuel Macron held talks with Prime Minister of India Narendra Modi.",
     {("Emmanuel Macron", "attended", "talks"), ("Narendra Modi", "attended", "talks")}),
    ("Emmanuel Macron had a meeting with Prime Minister of India Narendra Modi.",
     {("Emmanuel Macron", "attended", "meeting"), ("Narendra Modi", "attended", "meeting")}),
    # a call, several meetings, a planned or a denied one: no event
    ("Emmanuel Macron held talks with Prime Minister of India Narendra Modi by telephone.",
     set()),
    ("Emmanuel Macron held separate talks with Narendra Modi and with Fumio Kishida.", set()),
    ("Emmanuel Macron will hold talks with Prime Minister of India Narendra Modi.", set()),
    ("Emmanuel Macron did not hold talks with Prime Minister of India Narendra Modi.", set()),
])
def test_summits14_talks_held_with(nlp: Language, text: str,
                                   want: set[tuple[str, str, str]]) -> None:
    """Talks or a meeting held with a named party in person are an event, dated by the
    article, that both attended."""
    assert claim_triples(nlp(text), ("attended",)) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Olaf Scholz took part in an emergency session of the North Atlantic Council.",
     {("Olaf Scholz", "attended", "emergency session")}),
    # a session of something that is no named body is no event
    ("Olaf Scholz took part in a training session of the national squad.", set()),
])
def test_summits14_session_of_a_named_body(nlp: Language, text: str,
                                           want: set[tuple[str, str, str]]) -> None:
    """A session or sitting of a named council or assembly is an event of its own."""
    assert claim_triples(nlp(text), ("attended",)) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Vietnam is Japan's largest trading partner.", {("Japan", "cooperatesWith", "Vietnam")}),
    ("Chile is one of China's leading trade partners.", {("Chile", "cooperatesWith", "China")}),
    ("Peru, Brazil's main economic partner in the region, signed the deal.",
     {("Brazil", "cooperatesWith", "Peru")}),
    # partners from whom help came are not said to be partners of each other
    ("She thanked Peru's partners from the Andean Community and especially Chile for the aid.",
     set()),
    ("Chile is not China's main trade partner.", set()),
])
def test_summits14_partner_of_a_state(nlp: Language, text: str,
                                      want: set[tuple[str, str, str]]) -> None:
    """What a state is to another: its (trade, economic) partner, which cooperates with it."""
    assert claim_triples(nlp(text), ("cooperatesWith",), symmetric=("cooperatesWith",)) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Emmanuel Macron and Olaf Scholz signed a joint statement on energy.",
     {("Emmanuel Macron", "cooperatesWith", "Olaf Scholz")}),
    ("Emmanuel Macron and Olaf Scholz adopted a joint declaration.",
     {("Emmanuel Macron", "cooperatesWith", "Olaf Scholz")}),
    ("France and Germany issued a statement condemning the coup.",
     {("France", "cooperatesWith", "Germany")}),
    # one side's statement, or one not adopted, is no agreement
    ("The French foreign ministry issued a statement.", set()),
    ("Emmanuel Macron and Olaf Scholz did not sign a joint statement.", set()),
])
def test_summits14_joint_document(nlp: Language, text: str,
                                  want: set[tuple[str, str, str]]) -> None:
    """A statement or declaration that two sides adopt together is their agreement."""
    assert claim_triples(nlp(text), ("cooperatesWith",), symmetric=("cooperatesWith",)) == want


def test_summits14_meeting_refers_back_to_a_session(nlp: Language) -> None:
    """A bare "the meeting" after a session of a named council refers back to it."""
    doc = nlp("Olaf Scholz took part in an emergency session of the North Atlantic Council. "
              "Taking part in the meeting were Prime Minister of Italy Giorgia Meloni and "
              "President of France Emmanuel Macron.")
    assert claim_triples(doc, ("attended",)) == {
        (p, "attended", "emergency session")
        for p in ("Olaf Scholz", "Giorgia Meloni", "Emmanuel Macron")}


def test_summits14_line_of_titled_subjects(nlp: Language) -> None:
    """A line of titled names as the subject: each holder acts."""
    doc = nlp(f"Xi Jinping attended the summit. {LINE} are also taking part in the summit.")
    assert {s for s, _, _ in claim_triples(doc, ("attended",))} == PEOPLE | {"Xi Jinping"}


@pytest.mark.parametrize(("text", "want"), [
    ("Talks were held in Ankara between Prime Minister of Italy Giorgia Meloni and President "
     "of Turkey Recep Tayyip Erdogan.",
     {("Giorgia Meloni", "attended", "Talks"), ("Recep Tayyip Erdoğan", "attended", "Talks"),
      ("Giorgia Meloni", "metWith", "Recep Tayyip Erdoğan")}),
    ("Talks will be held in Ankara between Giorgia Meloni and Recep Tayyip Erdogan.", set()),
])
def test_summits14_talks_held_between(nlp: Language, text: str,
                                      want: set[tuple[str, str, str]]) -> None:
    """"Talks were held between A and B": the sides the passive's phrase names met."""
    got = claim_triples(nlp(text), ("attended", "metWith"), symmetric=("metWith",))
    assert got == {(min(s, o), p, max(s, o)) if p == "metWith" else (s, p, o)
                   for s, p, o in want}


def test_summits14_title_after_a_dash_is_no_place(nlp: Language) -> None:
    """"... observer states – President of STATE NAME": the title is no place."""
    doc = nlp("Also present were the heads of the observer states – President of Cuba Miguel "
              "Diaz-Canel Bermudez and President of Uzbekistan Shavkat Mirziyoyev.")
    assert not any(r.text == "President" for r in doc._.kg_refs)
    assert ("Miguel Diaz-Canel Bermudez", "affiliatedWith", "Cuba") in claim_triples(
        doc, ("affiliatedWith",))


def test_summits14_line_titles_are_each_holders_own(nlp: Language) -> None:
    """In a line of titled names, a title is its own holder's, not an apposition to the
    name before it."""
    doc = nlp(f"Xi Jinping attended the summit. The summit was attended by {LINE}.")
    assert claim_triples(doc, ("affiliatedWith",)) == {
        ("Fumio Kishida", "affiliatedWith", "Japan"),
        ("Yoon Suk Yeol", "affiliatedWith", "South Korea"),
        ("Joko Widodo", "affiliatedWith", "Indonesia"),
        ("Ferdinand Marcos", "affiliatedWith", "Philippines"),
        ("Narendra Modi", "affiliatedWith", "India")}


def test_summits14_it_of_a_time_is_no_actor(nlp: Language) -> None:
    """"It has been a month since ...": the "it" stands for a time, not the organization
    named before it."""
    doc = nlp("The African Union met in Addis Ababa. It has been less than a month since "
              "the last visit to Kenya.")
    assert not any(r.text == "It" for r in doc._.kg_refs)
