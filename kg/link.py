"""Parsed documents -> claims and actor records with their IRIs.

Gazetteer actors keep the gazetteer's IRI and Wikidata link; other actors
get an IRI minted from their kind and name by :mod:`kg.rdf`, and persons of
the officeholders table their Wikidata link (``owl:sameAs``). A summit with a
place gets the id the guidelines ask for ("2023 NATO summit in Vilnius").
"""

import dataclasses

from spacy.tokens import Doc

from kg.gazetteer import load_gazetteer
from kg.rdf import ActorRecord
from kg.types import Article, Claim

__all__ = ["link_doc"]


def _event_keys(article: Article, claims: list[Claim],
                actors: dict[str, ActorRecord]) -> dict[str, str]:
    renames: dict[str, str] = {}
    for key, rec in actors.items():
        if rec.kind != "Event":
            continue
        places = [c.object.key for c in claims if c.subject.key == key
                  and c.relation == "locatedIn" and actors[c.object.key].kind == "Place"]
        year = str(article.date.year) if article.date else ""
        if not places and not year:
            continue
        where = f" in {places[0]}" if places and not any(
            f" {prep} {places[0]}" in key for prep in ("in", "at")) else ""
        dated = key if not year or key.startswith(year) else f"{year} {key}"
        new = dated + where
        renames[key] = new
    return renames


def link_doc(article: Article, doc: Doc) -> tuple[list[Claim], dict[str, ActorRecord]]:
    """Return the claims of a parsed article and the actors they name.

    Args:
        article: the article ``doc`` was parsed from.
        doc: the parsed document, with the kg extractors run.

    Returns:
        The claims (deduplicated) and an actor record for each key they use.
    """
    gazetteer = load_gazetteer()
    infos = doc._.kg_actors or {}
    claims: list[Claim] = list(doc._.kg_claims or [])
    actors: dict[str, ActorRecord] = {}
    for claim in claims:
        for m in (claim.subject, claim.object):
            if m.key in actors:
                continue
            info = infos.get(m.key)
            known = gazetteer.actors.get(m.key)
            kind = known.kind if known is not None else (info.kind if info else m.kind)
            rec = ActorRecord(key=m.key, kind=kind,
                              labels=list(info.labels) if info else [m.text],
                              iri=known.iri if known is not None else None,
                              wikidata=(known.wikidata if known is not None
                                        else info.wikidata if info is not None else None))
            actors[m.key] = rec
    renames = _event_keys(article, claims, actors)
    if renames:
        for old, new in renames.items():
            rec = actors.pop(old)
            if old not in rec.labels:
                rec.labels.insert(0, old)
            rec.key = new
            actors[new] = rec
        claims = [dataclasses.replace(
            c,
            subject=dataclasses.replace(c.subject, key=renames.get(c.subject.key, c.subject.key)),
            object=dataclasses.replace(c.object, key=renames.get(c.object.key, c.object.key)))
            for c in claims]
    seen: set[tuple[str, str, str]] = set()
    unique: list[Claim] = []
    for c in claims:
        k = (c.subject.key, c.relation, c.object.key)
        if k not in seen:
            seen.add(k)
            unique.append(c)
    return unique, actors
