"""The ontology as Python: namespaces, relation names and their polarity.

``ontology/diplomacy.ttl`` is the single source of truth; this module reads
it once and builds a closed namespace from it, so that a misspelt term fails
at once instead of writing a dangling IRI.
"""

import functools
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ClosedNamespace

from kg.errors import OntologyError, UnknownTermError

__all__ = [
    "ARTICLE",
    "ENTITY",
    "KG",
    "KG_IRI",
    "WD",
    "cameo_root",
    "class_iri",
    "class_names",
    "domain_kind",
    "is_symmetric",
    "kinds_of",
    "load_ontology",
    "ontology_path",
    "polarity",
    "range_kind",
    "relation",
    "relation_names",
]

KG_IRI = "https://w3id.org/kg/diplomacy#"
ENTITY = Namespace("https://w3id.org/kg/id/")
ARTICLE = Namespace("https://w3id.org/kg/article/")
WD = Namespace("http://www.wikidata.org/entity/")


def ontology_path(name: str = "diplomacy.ttl") -> Path:
    """Return the path of a file in the ontology folder.

    Works from a source checkout (``ontology/`` beside ``kg/``) and from an
    installed wheel (``kg/_ontology``).
    """
    here = Path(__file__).resolve().parent
    for folder in (here / "_ontology", here.parent / "ontology"):
        if (folder / name).is_file():
            return folder / name
    raise OntologyError(f"ontology file {name!r} not found beside {here}; reinstall kg")


@functools.cache
def load_ontology() -> Graph:
    """Parse ``diplomacy.ttl`` once and return it."""
    path = ontology_path()
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as err:  # rdflib raises many kinds
        raise OntologyError(f"cannot parse {path}: {err}") from err
    return graph


def _declared_terms(graph: Graph) -> set[str]:
    terms = set()
    for subject in graph.subjects():
        if isinstance(subject, URIRef) and str(subject).startswith(KG_IRI):
            terms.add(str(subject)[len(KG_IRI):])
    return terms


KG = ClosedNamespace(KG_IRI, terms=sorted(_declared_terms(load_ontology())))


@functools.cache
def _relations() -> dict[str, URIRef]:
    graph = load_ontology()
    found: dict[str, URIRef] = {}
    for prop in graph.subjects(RDF.type, KG.Relation):
        found[str(prop)[len(KG_IRI):]] = URIRef(str(prop))
    if not found:
        raise OntologyError(f"{ontology_path()} declares no kg:Relation properties")
    return dict(sorted(found.items()))


def relation_names() -> tuple[str, ...]:
    """Return the local names of the diplomacy relations, sorted.

    >>> "metWith" in relation_names()
    True
    """
    return tuple(_relations())


def relation(name: str) -> URIRef:
    """Return the IRI of a relation, failing on names the ontology lacks.

    Raises:
        UnknownTermError: ``name`` is not a declared relation.

    >>> str(relation("opposes")).endswith("#opposes")
    True
    """
    try:
        return _relations()[name]
    except KeyError:
        known = ", ".join(_relations())
        raise UnknownTermError(
            f"unknown relation {name!r}; the ontology declares: {known}") from None


def class_iri(name: str) -> URIRef:
    """Return the IRI of an entity class such as ``State``.

    Raises:
        UnknownTermError: ``name`` is not a subclass of ``kg:Actor``.
    """
    graph = load_ontology()
    iri = URIRef(KG_IRI + name)
    if (iri, RDFS.subClassOf, KG.Actor) not in graph:
        kinds = sorted(str(c)[len(KG_IRI):] for c in graph.subjects(RDFS.subClassOf, KG.Actor))
        raise UnknownTermError(
            f"unknown entity kind {name!r}; the ontology declares: {', '.join(kinds)}")
    return iri


def is_symmetric(name: str) -> bool:
    """Tell whether a relation is an ``owl:SymmetricProperty``.

    >>> is_symmetric("metWith"), is_symmetric("supports")
    (True, False)
    """
    return (relation(name), RDF.type, OWL.SymmetricProperty) in load_ontology()


def polarity(name: str) -> str:
    """Return "cooperative", "conflictual" or "neutral" for a relation.

    >>> polarity("attacks")
    'conflictual'
    """
    value = load_ontology().value(relation(name), KG.polarity)
    if value is None:
        raise OntologyError(f"relation {name!r} has no kg:polarity in {ontology_path()}")
    return str(value)[len(KG_IRI):]


def cameo_root(name: str) -> str:
    """Return the CAMEO root code of a relation ("-" where there is none).

    >>> cameo_root("sanctions")
    '16'
    """
    value = load_ontology().value(relation(name), KG.cameoRoot)
    return str(value) if isinstance(value, Literal) else "-"


def class_names() -> tuple[str, ...]:
    """Return the entity kinds: the local names of the subclasses of ``kg:Actor``.

    >>> class_names()[:3]
    ('Body', 'Event', 'Initiative')
    """
    graph = load_ontology()
    return tuple(sorted(str(c)[len(KG_IRI):] for c in graph.subjects(RDFS.subClassOf, KG.Actor)))


@functools.cache
def kinds_of(name: str) -> tuple[str, ...]:
    """Return the entity kinds a class or role stands for.

    A kind stands for itself; a role (``Agent``, ``Target``, ``Locatable``,
    ``Location``, ``Affiliation``) for the kinds declared its subclasses;
    ``Actor`` for every kind.

    >>> kinds_of("Agent")
    ('State', 'Organization', 'Person', 'Body')
    >>> kinds_of("Location")
    ('State', 'Place')

    Raises:
        UnknownTermError: ``name`` is neither a kind nor a role.
    """
    graph = load_ontology()
    kinds = class_names()
    order = ("State", "Organization", "Person", "Body", "Office", "Initiative", "Event", "Place")
    if name == "Actor":
        found = set(kinds)
    elif name in kinds:
        found = {name}
    elif (URIRef(KG_IRI + name), RDF.type, KG.Role) in graph:
        found = {k for k in kinds if (URIRef(KG_IRI + k), RDFS.subClassOf, URIRef(KG_IRI + name))
                 in graph}
    else:
        raise UnknownTermError(f"unknown kind or role {name!r}; the ontology declares the kinds "
                               f"{', '.join(kinds)}")
    return tuple(sorted(found, key=lambda k: order.index(k) if k in order else len(order)))


def domain_kind(name: str) -> str:
    """Return the local name of a relation's domain class or role.

    >>> domain_kind("locatedIn"), domain_kind("supports")
    ('Locatable', 'Agent')
    """
    value = load_ontology().value(relation(name), RDFS.domain)
    if value is None or not str(value).startswith(KG_IRI):
        raise OntologyError(f"relation {name!r} has no kg: domain in {ontology_path()}")
    return str(value)[len(KG_IRI):]


def range_kind(name: str) -> str:
    """Return the local name of a relation's range class or role.

    >>> range_kind("attended"), range_kind("criticizes")
    ('Event', 'Target')
    """
    value = load_ontology().value(relation(name), RDFS.range)
    if value is None or not str(value).startswith(KG_IRI):
        raise OntologyError(f"relation {name!r} has no kg: range in {ontology_path()}")
    return str(value)[len(KG_IRI):]
