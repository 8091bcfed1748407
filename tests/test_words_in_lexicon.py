"""The extractors' content words live in the lexicon (kg/lexicons/triggers.toml), not in code.

Every place in ``kg/extract`` where a token's text, lower-case form, lemma or norm is
compared with string literals is read from the source: each literal must be a function
word (spaCy's English stop words and a few more prepositions and modals), a tag or label
spaCy's glossary explains, or punctuation. A content word compared in code is a word list
the lexicon cannot extend or check, which is how a rule engine grows one sentence at a
time.
"""

import ast
from collections.abc import Iterator
from pathlib import Path

from spacy.glossary import GLOSSARY
from spacy.lang.en.stop_words import STOP_WORDS

import kg

EXTRACT = Path(kg.__file__).parent / "extract"
TOKEN_TEXT = {"text", "lower_", "lemma_", "orth_", "norm_"}
# Closed-class words that spaCy's stop list leaves out.
FUNCTION_WORDS = {"according", "alongside", "following", "including", "like", "longer", "near",
                  "shall", "unlike", "via"}


def _is_token_text(node: ast.expr) -> bool:
    """``tok.lower_``, ``tok.lemma_.lower()`` and the like."""
    if isinstance(node, ast.Attribute):
        return node.attr in TOKEN_TEXT
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "lower" and _is_token_text(node.func.value)
    return False


def _strings(node: ast.expr) -> Iterator[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        for element in node.elts:
            yield from _strings(element)


def _compared_words(source: str) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare) and _is_token_text(node.left):
            for right in node.comparators:
                for word in _strings(right):
                    yield node.lineno, word


def _content(word: str) -> bool:
    lowered = word.lower()
    return any(ch.isalpha() for ch in word) and not (
        lowered in STOP_WORDS or lowered in FUNCTION_WORDS or word in GLOSSARY
        or lowered.strip("'’") in STOP_WORDS)


def test_no_content_words_are_compared_in_extractor_code() -> None:
    found = [f"{path.relative_to(EXTRACT.parent)}:{line}: {word!r}"
             for path in sorted(EXTRACT.rglob("*.py"))
             for line, word in _compared_words(path.read_text(encoding="utf-8"))
             if _content(word)]
    assert not found, "content words in code (move them to triggers.toml):\n" + "\n".join(found)


def test_the_scan_finds_a_content_word_and_passes_function_words() -> None:
    code = ('if tok.lower_ in ("of", "the"):\n    pass\n'
            'if tok.lemma_.lower() == "summit" or t.dep_ == "nsubj":\n    pass\n')
    words = [w for _, w in _compared_words(code)]
    assert words == ["of", "the", "summit"]
    assert [w for w in words if _content(w)] == ["summit"]
