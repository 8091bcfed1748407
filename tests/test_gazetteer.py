"""Tests of the gazetteer: ontology/actors.ttl, its build script and kg.gazetteer."""

import subprocess
import sys
from pathlib import Path

import pycountry
import pytest
import spacy
from rdflib import RDF, SKOS, Graph, URIRef
from spacy.pipeline import EntityRuler

from kg.errors import OntologyError
from kg.gazetteer import Actor, Gazetteer, load_gazetteer
from kg.vocab import ENTITY, KG, ontology_path

ROOT = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = ROOT / "scripts" / "build_gazetteer.py"

# ISO 3166-1 alpha-2 codes of the 193 member states of the United Nations.
UN_MEMBERS = """
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD
CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA
GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI
KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU
MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA
SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA
UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
""".split()


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(ontology_path("actors.ttl"), format="turtle")


def test_gazetteer_file_is_up_to_date(tmp_path: Path) -> None:
    out = tmp_path / "actors.ttl"
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == ontology_path("actors.ttl").read_bytes(), (
        "ontology/actors.ttl is stale: run .venv/bin/python scripts/build_gazetteer.py"
    )


def test_gazetteer_has_every_un_member_as_state(gazetteer: Gazetteer, graph: Graph) -> None:
    assert len(UN_MEMBERS) == 193
    states_by_code = {
        str(code): subject
        for subject in graph.subjects(RDF.type, KG.State)
        for code in graph.objects(subject, KG.isoCode)
    }
    missing = []
    for code in UN_MEMBERS:
        country = pycountry.countries.get(alpha_2=code)
        assert country is not None, code
        if code not in states_by_code or country.alpha_3 not in states_by_code:
            missing.append(f"{code} {country.name}")
    assert not missing
    keys = {str(graph.value(states_by_code[code], SKOS.prefLabel)) for code in UN_MEMBERS}
    assert all(gazetteer.actors[key].kind == "State" for key in keys)


def test_gazetteer_keeps_observers_and_drops_dependencies(gazetteer: Gazetteer) -> None:
    for name in ("Taiwan", "Palestine", "Kosovo", "Holy See"):
        assert gazetteer.actors[name].kind == "State"
    for name in ("American Samoa", "Guam", "Puerto Rico", "Greenland", "Hong Kong", "Macao"):
        found = gazetteer.find(name)
        assert found is None or found[0].kind == "Place", name


@pytest.mark.parametrize(
    ("text", "key", "how"),
    [
        ("Beijing", "China", "metonym"),
        ("PRC", "China", "name"),
        ("the PRC", "China", "name"),
        ("The People’s Republic of China", "China", "name"),
        ("Chinese", "China", "demonym"),
        ("CHINA", "China", "name"),
        ("Nato", "NATO", "name"),
        ("NATO", "NATO", "name"),
        ("North Atlantic Treaty Organization", "NATO", "name"),
        ("the North Atlantic Council", "North Atlantic Council", "name"),
        ("US", "United States", "name"),
        ("U.S.", "United States", "name"),
        ("the  United\nStates", "United States", "name"),
        ("American", "United States", "demonym"),
        ("the White House", "United States", "metonym"),
        ("the Kremlin", "Russia", "metonym"),
        ("Kremlin", "Russia", "metonym"),
        ("Russian Federation", "Russia", "name"),
        ("Republic of Korea", "South Korea", "name"),
        ("ROK", "South Korea", "name"),
        ("Seoul", "South Korea", "metonym"),
        ("DPRK", "North Korea", "name"),
        ("Pyongyang", "North Korea", "metonym"),
        ("Kyiv", "Ukraine", "metonym"),
        ("Kiev", "Ukraine", "metonym"),
        ("Türkiye", "Turkey", "name"),
        ("Côte d'Ivoire", "Ivory Coast", "name"),
        ("Viet Nam", "Vietnam", "name"),
        ("EU", "European Union", "name"),
        ("Brussels", "European Union", "metonym"),
        ("the Indo-Pacific", "Indo-Pacific", "name"),
        ("IP4", "IP4", "name"),
        ("Élysée", "France", "metonym"),
    ],
)
def test_gazetteer_find(gazetteer: Gazetteer, text: str, key: str, how: str) -> None:
    found = gazetteer.find(text)
    assert found is not None, text
    assert (found[0].key, found[1]) == (key, how)


@pytest.mark.parametrize("text", ["us", "Us", "who", "Korean", "Korea", "Congo", "Congolese", ""])
def test_gazetteer_find_nothing(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) is None


def test_gazetteer_koreas_are_two_actors(gazetteer: Gazetteer) -> None:
    south, north = gazetteer.actors["South Korea"], gazetteer.actors["North Korea"]
    assert south.iri != north.iri
    assert south.iri == str(ENTITY["south-korea"])
    assert "Korean" not in south.demonyms + north.demonyms
    for actor in gazetteer.actors.values():
        assert "Korea" not in actor.labels
        assert "Korean" not in actor.demonyms


def test_gazetteer_never_uses_inverted_names(gazetteer: Gazetteer) -> None:
    states = [actor for actor in gazetteer.actors.values() if actor.kind == "State"]
    for actor in states:
        for label in actor.labels:
            assert "," not in label and "(" not in label, label  # "Korea, Republic of"
            assert not label.startswith("the "), label
    assert gazetteer.actors["Iran"].labels[0] == "Iran"
    assert "Syrian Arab Republic" in gazetteer.actors["Syria"].labels


@pytest.mark.parametrize(
    ("key", "qid"),
    [
        ("China", "Q148"),
        ("Japan", "Q17"),
        ("United States", "Q30"),
        ("Russia", "Q159"),
        ("Ukraine", "Q212"),
        ("South Korea", "Q884"),
        ("North Korea", "Q423"),
        ("Australia", "Q408"),
        ("New Zealand", "Q664"),
        ("United Kingdom", "Q145"),
        ("NATO", "Q7184"),
        ("European Union", "Q458"),
        ("United Nations", "Q1065"),
    ],
)
def test_gazetteer_wikidata(gazetteer: Gazetteer, key: str, qid: str) -> None:
    assert gazetteer.actors[key].wikidata == f"http://www.wikidata.org/entity/{qid}"


def test_gazetteer_bodies_name_their_organization(gazetteer: Gazetteer) -> None:
    assert gazetteer.actors["UN Security Council"].part_of == "United Nations"
    assert gazetteer.actors["NATO-Ukraine Council"].part_of == "NATO"
    for actor in gazetteer.actors.values():
        assert (actor.kind == "Body") == (actor.part_of is not None), actor.key
        if actor.part_of is not None:
            assert gazetteer.actors[actor.part_of].kind in ("Organization", "State")
    # A state's own bodies: its ministries, forces, agencies and state media.
    assert gazetteer.actors["United States Department of State"].part_of == "United States"
    assert gazetteer.find("the State Department")[0].key == "United States Department of State"
    assert gazetteer.actors["Xinhua"].part_of == "China"


def test_gazetteer_has_regional_organizations_and_armed_movements(
        gazetteer: Gazetteer) -> None:
    for form, key in [("SADC", "Southern African Development Community"),
                      ("CELAC", "Community of Latin American and Caribbean States"),
                      ("Daesh", "Islamic State"), ("al-Qaida", "al-Qaeda"),
                      ("Ansar Allah", "Houthis"), ("RSF", "Rapid Support Forces"),
                      ("UNIFIL", "UNIFIL")]:
        found = gazetteer.find(form)
        assert found is not None and found[0].key == key, form
    assert gazetteer.actors["Hamas"].kind == "Organization"
    # States of limited recognition act as states, without ISO codes.
    assert gazetteer.find("TRNC")[0].key == "Northern Cyprus"
    assert gazetteer.actors["Donetsk People's Republic"].kind == "State"
    assert gazetteer.actors["UNIFIL"].part_of == "United Nations"


def test_gazetteer_every_subject_has_one_preflabel(graph: Graph) -> None:
    subjects = set(graph.subjects())
    assert len(subjects) > 250
    for subject in subjects:
        assert isinstance(subject, URIRef)
        assert str(subject).startswith(str(ENTITY)), subject
        assert len(list(graph.objects(subject, SKOS.prefLabel))) == 1, subject
        assert len(list(graph.objects(subject, RDF.type))) == 1, subject


def test_gazetteer_ruler_tags_entities(gazetteer: Gazetteer) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    assert isinstance(ruler, EntityRuler)
    ruler.add_patterns(gazetteer.ruler_patterns())
    doc = nlp(
        "Officials of the Republic of Korea met Chinese diplomats in Beijing, "
        "and the Kremlin warned Nato about the Indo-Pacific. "
        "The People’s Republic of China objected."
    )
    got = {(ent.text, ent.label_, ent.ent_id_) for ent in doc.ents}
    assert ("The People’s Republic of China", "GPE", "China") in got
    assert not any(ent.ent_id_ == "Taiwan" for ent in doc.ents)
    assert ("the Republic of Korea", "GPE", "South Korea") in got
    assert ("Chinese", "NORP", "China") in got
    assert ("Beijing", "GPE", "China") in got
    assert ("the Kremlin", "GPE", "Russia") in got
    assert ("Nato", "ORG", "NATO") in got
    assert ("the Indo-Pacific", "LOC", "Indo-Pacific") in got


def test_gazetteer_ruler_patterns_are_stable(gazetteer: Gazetteer) -> None:
    patterns = gazetteer.ruler_patterns()
    assert patterns == Gazetteer(gazetteer.actors.values(), gazetteer.persons).ruler_patterns()
    texts = {p["pattern"] for p in patterns}
    assert {"the United States", "The United States", "the European Union"} <= texts
    assert "the Port of Spain" not in texts and "the Beijing" not in texts
    assert "the China" not in texts and "the Chinese" not in texts and "the NATO" not in texts
    assert all(set(p) == {"label", "pattern", "id"} for p in patterns)


def test_gazetteer_rejects_a_form_naming_two_actors() -> None:
    a = Actor(key="A", kind="State", iri=str(ENTITY.a), labels=("A", "Twin"))
    b = Actor(key="B", kind="State", iri=str(ENTITY.b), labels=("B",), demonyms=("twin",))
    with pytest.raises(OntologyError, match="names 'A' \\(name\\) and 'B' \\(demonym\\)"):
        Gazetteer([a, b])


def test_gazetteer_rejects_an_unknown_parent() -> None:
    body = Actor(key="C", kind="Body", iri=str(ENTITY.c), labels=("C",), part_of="Nowhere")
    with pytest.raises(OntologyError, match="Nowhere"):
        Gazetteer([body])


def test_gazetteer_actor_checks_its_kind() -> None:
    with pytest.raises(ValueError, match="kind"):
        Actor(key="X", kind="Person", iri=str(ENTITY.x), labels=("X",))


def test_gazetteer_knows_officeholders_as_persons(gazetteer: Gazetteer) -> None:
    patterns = {(p["pattern"], p["label"]): p["id"] for p in gazetteer.ruler_patterns()}
    assert patterns[("Olaf Scholz", "PERSON")] == "Olaf Scholz"
    # Variants without diacritics and aliases lead to one key.
    assert patterns[("Recep Tayyip Erdogan", "PERSON")] == "Recep Tayyip Erdoğan"
    assert patterns[("Joseph Biden", "PERSON")] == "Joe Biden"
    # One-word names and names of actors are left out.
    assert not any(" " not in form for form, _ in gazetteer.persons)
    assert all(gazetteer.find(form) is None for form, _ in gazetteer.persons)


def test_gazetteer_persons_stay_out_of_actor_lookups() -> None:
    china = Actor(key="China", kind="State", iri=str(ENTITY.china), labels=("China",))
    small = Gazetteer([china], [("Ada Lovelace", "Ada Lovelace"), ("China", "X Y"),
                                ("Ada", "Ada Lovelace")])
    assert small.persons == (("Ada Lovelace", "Ada Lovelace"),)
    assert small.find("Ada Lovelace") is None
    assert small.ruler_patterns()[-1] == {"label": "PERSON", "pattern": "Ada Lovelace",
                                          "id": "Ada Lovelace"}
