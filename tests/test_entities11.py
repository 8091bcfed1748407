"""Kinds the tagger gets wrong. Cities it takes for a body or a person are places, read
from the cities table (``kg/data/cities.tsv``, GeoNames); a person the text names by
that word stays a person. A name it takes for a body is a person's where a noun that
only describes a person stands in apposition with it. Hand-written sentences, on the
trained pipeline.
"""

import pytest
from spacy.language import Language

from tests.conftest import refs_covering

pytestmark = pytest.mark.model

# (text, surface, which occurrence (0 = first), the (key, kind) it must resolve to)
CASES: list[tuple[str, str, int, tuple[str, str]]] = [
    ("Navalny was airlifted from Omsk to Berlin in August.", "Omsk", 0, ("Omsk", "Place")),
    ("Russian forces captured Mariupol after a long siege.", "Mariupol", 0,
     ("Mariupol", "Place")),
    ("M23 rebels captured Goma on Tuesday.", "Goma", 0, ("Goma", "Place")),
    # a surname that is also a city's name: the person the text names
    ("John Bolton criticized Iran. Bolton said the deal was a mistake.", "Bolton", 1,
     ("John Bolton", "Person")),
    ("Mr Bolton met the Iraqi ambassador.", "Bolton", 0, ("Bolton", "Person")),
]

# (text, name the tagger calls an organization, the kind it must have)
PERSONS: list[tuple[str, str, str]] = [
    ("On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate for the Belarusian "
     "presidential election, held a rally in Minsk, Belarus.", "Sviatlana Tsikhanouskaya",
     "Person"),
    # a body in apposition with a noun a body may bear stays a body
    ("Amnesty International, a rights group, condemned the arrests.", "Amnesty International",
     "Organization"),
]


@pytest.mark.parametrize(("text", "name", "kind"), PERSONS, ids=[p[1] for p in PERSONS])
def test_described_person(nlp: Language, text: str, name: str, kind: str) -> None:
    doc = nlp(text)
    assert [e.label_ for e in doc.ents if e.text == name] == ["ORG"]
    assert {k for _, k in refs_covering(doc, name, 0)} == {kind}


@pytest.mark.parametrize(("text", "surface", "nth", "want"), CASES,
                         ids=[c[0][:50] for c in CASES])
def test_city_kind(nlp: Language, text: str, surface: str, nth: int,
                   want: tuple[str, str]) -> None:
    doc = nlp(text)
    # the tagger does not call it a place: the table is what makes it one
    assert all(e.label_ not in ("GPE", "LOC") for e in doc.ents if e.text == surface)
    assert refs_covering(doc, surface, nth) == {want}


def test_city_attacked(nlp: Language) -> None:
    """A city named as the ground an armed group takes is attacked as a place."""
    doc = nlp("M23 rebels captured Goma on Tuesday.")
    attacks = {(c.subject.key, c.object.key, c.object.kind) for c in doc._.kg_claims
               if c.relation == "attacks"}
    assert attacks == {("M23", "Goma", "Place")}


@pytest.mark.parametrize(("text", "want"), [
    # a city the tagger leaves untagged, as object or at the start of a sentence
    ("Ukrainian forces shelled Donetsk overnight.", {("Ukrainian Forces", "Donetsk")}),
    ("Kharkiv was struck by Russian missiles on Friday.", {("Russia", "Kharkiv")}),
])
def test_untagged_city_attacked(nlp: Language, text: str, want: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert not [e for e in doc.ents if e.label_ in ("GPE", "LOC")]
    assert {(c.subject.key, c.object.key) for c in doc._.kg_claims
            if c.relation == "attacks"} == want


def test_table_has_no_given_names_or_known_actors() -> None:
    """The table leaves out given names and names the gazetteer gives another actor."""
    from kg.extract.mentions import _cities, _given_names
    from kg.gazetteer import load_gazetteer

    cities = _cities()
    assert {"Mariupol", "Goma", "Omsk"} <= cities
    assert not {c for c in cities if c.split()[0].lower() in _given_names()}
    gaz = load_gazetteer()
    assert not [c for c in cities if gaz.find(c) is not None]
