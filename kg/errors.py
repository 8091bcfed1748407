"""Errors raised by kg.

The tree::

    KGError
    ├── OntologyError
    │   └── UnknownTermError      (also a LookupError)
    ├── IngestError               an article cannot be read (names the input)
    ├── ModelError                no usable spaCy English pipeline
    ├── ExtractorError
    ├── LinkError
    ├── StoreError                a graph cannot be written, read or queried
    └── EvaluationError           a gold file cannot be read

Every message says what was found, what was expected and, where it can, how
to fix it.
"""

__all__ = [
    "EvaluationError",
    "ExtractorError",
    "IngestError",
    "KGError",
    "LinkError",
    "ModelError",
    "OntologyError",
    "StoreError",
    "UnknownTermError",
]


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class OntologyError(KGError):
    """The ontology file is missing or malformed."""


class UnknownTermError(OntologyError, LookupError):
    """A class or property name is not declared in the ontology."""


class IngestError(KGError):
    """An input cannot be turned into articles.

    Args:
        source: the file (or file:line) the error is about.
        reason: one line saying what is wrong.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelError(KGError):
    """No usable spaCy pipeline could be loaded."""


class ExtractorError(KGError):
    """An extractor is misconfigured."""


class LinkError(KGError):
    """A mention cannot be linked to an actor."""


class StoreError(KGError):
    """A graph cannot be written, read or queried."""


class EvaluationError(KGError):
    """A gold file is malformed."""
