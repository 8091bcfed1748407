"""kg: turn diplomacy news into an RDF knowledge graph with evidence.

Importing kg loads no model and reads no file; the stages live in their own
modules: :mod:`kg.ingest`, :mod:`kg.nlp`, :mod:`kg.link`, :mod:`kg.rdf`,
:mod:`kg.store`, :mod:`kg.evaluate`, :mod:`kg.analyze`, :mod:`kg.render`.
"""

from kg.errors import KGError
from kg.types import Article, Claim, Mention, Triple

__all__ = ["Article", "Claim", "KGError", "Mention", "Triple", "__version__"]

__version__ = "0.1.0"
