"""The kg extractors, registered as spaCy factories when imported.

``kg_mentions`` resolves who the text names, ``kg_titles`` states
affiliations from titles, ``kg_relations`` states the other relations.
"""

from kg.extract import events, mentions, pairs, paragraphs, relations, titles
from kg.extract.mentions import MentionResolver, make_mentions
from kg.extract.relations import RelationExtractor, make_relations
from kg.extract.titles import TitleExtractor, make_titles

__all__ = [
    "MentionResolver",
    "RelationExtractor",
    "TitleExtractor",
    "make_mentions",
    "make_relations",
    "make_titles",
    "events",
    "mentions",
    "pairs",
    "paragraphs",
    "relations",
    "titles",
]
