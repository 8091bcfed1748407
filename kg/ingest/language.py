"""A cheap check that a text is English."""

import unicodedata

from kg.ingest.boilerplate import _words

__all__ = ["looks_english"]

ENGLISH_MIN_TOKENS = 20  # fewer words than this: too short to judge the language
ENGLISH_MIN_SHARE = 0.15  # English news has ~30-45% of these words; other languages < 8%
FOREIGN_SCRIPT_SHARE = 0.5  # more non-Latin letters than this: not English

_ENGLISH_WORDS = frozenset(
    """
    the of and to in is are was were be been being has have had that for with on as by at from
    it its this these those which who whom whose said says he she they his her their them we our
    not an or but will would also after about than into more over against between during
    could should can may must there what when where while because before under since
    """.split()
)


def looks_english(text: str) -> bool:
    """Cheap check: the script is Latin and English function words are common."""
    sample = text[:20_000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return True
    foreign = sum(1 for c in letters if c >= "\u0250" and not _is_latin(c))
    if foreign / len(letters) > FOREIGN_SCRIPT_SHARE:
        return False
    words = _words(sample)
    if len(words) < ENGLISH_MIN_TOKENS:
        return True
    return sum(w in _ENGLISH_WORDS for w in words) / len(words) >= ENGLISH_MIN_SHARE


def _is_latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")
