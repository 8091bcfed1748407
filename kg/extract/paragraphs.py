"""The ``kg_paragraphs`` component: a line break starts a sentence."""

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["split_paragraphs"]


@Language.component("kg_paragraphs", assigns=["token.is_sent_start"])
def split_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break, so that headlines, captions and
    paragraphs without final punctuation do not run into each other."""
    for tok in doc[:-1]:
        if "\n" in tok.text and not doc[tok.i + 1].is_space:
            doc[tok.i + 1].is_sent_start = True
    return doc
