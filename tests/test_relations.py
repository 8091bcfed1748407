"""Text -> triples table for the relation extractors, on the trained pipeline.

Every sentence here is written for this table (other regions, years and
actors than the seed articles), and every expected set is what
/work/shared/gold/GUIDELINES.md says the sentence states: all of it, so that
an extra triple fails a case as much as a missing one. Cases the extractor
gets wrong stay in the table as strict xfails whose reason names the rule
that fails; fix the rule, and the xfail turns into an XPASS failure.
"""

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model

SYMMETRIC = {"metWith", "cooperatesWith"}

Triple = tuple[str, str, str]

# Why cases fail, one line per general cause (shared by the cases it explains).
