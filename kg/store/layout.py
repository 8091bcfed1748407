"""How the store lays out articles: what many articles say is kept once.

An article's graph says two kinds of things: things about the article itself
(its node and its ``kg:Assertion`` nodes, whose IRIs start with the
article's) and things about the actors it names (their kind, labels and
links, and the relations between them). The second kind reads the same
whichever article says it. Kept in every article's graph, a store of 10,000
articles would hold Russia's label thousands of times, and every query over
the union of the graphs would have to group those copies away first: seconds
per query instead of milliseconds.

So a store keeps each triple of the second kind once, in the
:data:`SHARED_GRAPH`. In the article's graph a *stated* triple takes its
place: the same subject and object, with the predicate IRI behind
``urn:kg:stated:`` (``<urn:kg:stated:http://www.w3.org/2004/02/skos/core#prefLabel>``).
No query of kg reads these; they give each article's graph back whole when the
store is read (:func:`restore`), and they tell whether some other article still
states a shared triple when an article is rebuilt or removed
(:func:`still_stated`), so that the shared graph always holds exactly the
union of what the stored articles say. The union of all graphs therefore
matches what the files written by the same build say, triple for triple,
besides the stated triples themselves.

Examples:
    >>> art = "https://w3id.org/kg/article/a1"
    >>> china = ox.NamedNode("https://w3id.org/kg/id/china")
    >>> label = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    >>> local, shared = split_article(art, [ox.Triple(china, label, ox.Literal("China"))])
    >>> [t.predicate.value for t in local], [t.predicate.value for t in shared]
    (['urn:kg:stated:http://www.w3.org/2004/02/skos/core#prefLabel'], ['http://www.w3.org/2004/02/skos/core#prefLabel'])
    >>> restore(local[0]) == shared[0]
    True
"""

from collections.abc import Collection, Iterable

import pyoxigraph as ox

__all__ = ["SHARED_GRAPH", "STATED", "is_stated", "restore", "split_article", "stated",
           "stated_in", "still_stated"]

#: The named graph holding, once each, the triples that articles state about actors.
SHARED_GRAPH = ox.NamedNode("https://w3id.org/kg/store/shared")

#: What a stated triple's predicate starts with; the real predicate IRI follows.
STATED = "urn:kg:stated:"


def _is_local(article: str, subject: ox.NamedNode | ox.BlankNode | ox.Triple) -> bool:
    """Whether a triple with this subject is about the article (its node or its assertions)."""
    if not isinstance(subject, ox.NamedNode):
        return True  # blank nodes cannot be shared between graphs
    value = subject.value
    return value == article or value.startswith(article + "/")


def stated(triple: ox.Triple) -> ox.Triple:
    """Return the stated triple an article's graph keeps for a shared ``triple``."""
    return ox.Triple(triple.subject, ox.NamedNode(STATED + triple.predicate.value),
                     triple.object)


def is_stated(triple: ox.Triple | ox.Quad) -> bool:
    """Whether ``triple`` is a stated triple (its predicate is under :data:`STATED`)."""
    return triple.predicate.value.startswith(STATED)


def restore(triple: ox.Triple) -> ox.Triple:
    """Return the triple a stated triple stands for (any other triple as it is)."""
    predicate = triple.predicate.value
    if not predicate.startswith(STATED):
        return triple
    return ox.Triple(triple.subject, ox.NamedNode(predicate[len(STATED):]), triple.object)


def split_article(article: str, triples: Iterable[ox.Triple]
                  ) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """Split an article's triples into those of its own graph and the shared ones.

    Args:
        article: the IRI of the article (and of its named graph).
        triples: the article's graph, as kg builds it.

    Returns:
        The triples of the article's graph (its own, and a :func:`stated`
        triple for each shared one) and the shared triples.
    """
    local: list[ox.Triple] = []
    shared: list[ox.Triple] = []
    for triple in triples:
        if _is_local(article, triple.subject) or is_stated(triple):
            local.append(triple)
        else:
            shared.append(triple)
            local.append(stated(triple))
    return local, shared


def stated_in(store: ox.Store, graph: ox.NamedNode) -> set[ox.Triple]:
    """Return the shared triples that the article graph ``graph`` states, restored."""
    return {restore(quad.triple) for quad in store.quads_for_pattern(None, None, None, graph)
            if is_stated(quad)}


def still_stated(store: ox.Store, triple: ox.Triple, leaving: Collection[ox.NamedNode]) -> bool:
    """Whether an article graph not in ``leaving`` states the shared ``triple``."""
    predicate = ox.NamedNode(STATED + triple.predicate.value)
    return any(quad.graph_name not in leaving for quad in store.quads_for_pattern(
        triple.subject, predicate, triple.object, None))
