"""The ``kg_paragraphs`` component: a line break starts a sentence, and a wire dateline
opening a paragraph is a sentence of its own."""

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.mentions import DASHES
from kg.ingest.dates import MONTH_NAMES

__all__ = ["split_paragraphs"]


@Language.component("kg_paragraphs", assigns=["token.is_sent_start"])
def split_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break, so that headlines, captions and
    paragraphs without final punctuation do not run into each other."""
    starts = [0] if len(doc) else []
    for tok in doc[:-1]:
        if "\n" in tok.text and not doc[tok.i + 1].is_space:
            doc[tok.i + 1].is_sent_start = True
            starts.append(tok.i + 1)
    for start in starts:
        # a dateline is a sentence of its own: the parser neither splits it (leaving its
        # date and agency to open the report) nor makes its city the report's subject
        end = _dateline_end(doc, start)
        if end < 0 or end + 1 >= len(doc):
            continue
        for i in range(start + 1, end + 1):
            doc[i].is_sent_start = False
        doc[end + 1].is_sent_start = True
        starts.append(end + 1)
    for start in starts:
        # a paragraph's first word is no sentence of its own: the parser, seeing a break
        # just before it, would cut a coordinated subject there ("A and B VERB ...")
        nxt = start + 1
        if nxt < len(doc) and not doc[nxt].is_space and doc[nxt].is_alpha and (
                doc[start].is_alpha) and doc[nxt].is_sent_start is None:
            doc[nxt].is_sent_start = False
    return doc


def _dateline_end(doc: Doc, start: int) -> int:
    """The index of the dash that closes a wire dateline opening a paragraph ("CITY, Mon DD
    (AGENCY) --", "CITY (AGENCY) -", "CITY, STATE, Mon DD --", "CITY, State (AGENCY) -"),
    or -1: the city in capitals, then only capitals, commas, a date, a bracketed agency and
    a capitalized state or region named right after the city's comma before the dash."""
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first) > 2):
        return -1
    bracket = False
    region = False  # within the capitalized name after the city's comma ("CITY, State")
    for tok in doc[start + 1:start + 14]:
        if "\n" in tok.text:
            return -1
        if tok.text in DASHES:
            return tok.i if tok.i > start + 1 else -1
        if tok.text == "(":
            bracket = True
        elif tok.text == ")":
            bracket = False
        elif tok.is_title and tok.is_alpha and (region or (
                doc[tok.i - 1].text == "," and doc[tok.i - 2].is_upper)):
            region = True
            continue
        elif not (bracket or tok.is_upper or tok.like_num or tok.text in (",", ".")
                  or tok.lower_.rstrip(".") in MONTH_NAMES):
            return -1
        region = False
    return -1


