"""The memoizing lemmatizer and attribute ruler write exactly what the stock components write."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.fast_pipes import speed_up
from kg.nlp import choose_model

DEV = Path(__file__).parent / "data" / "realnews" / "dev"
# Forms the attribute ruler's few multi-token, lemma-setting and dependency patterns handle.
ODD = ("We're gonna sign it, y'all, and let's not wait: there are gotta be ways.\n"
       "C'mon, which one is it? Both sides ain't ready, and all of them know it.\n"
       "Nothin' came of it; Y'all got ta see there is nuthin' there, and there were none.")


def _texts() -> list[str]:
    articles = sorted(DEV.glob("*.txt"))[:8]
    assert articles, DEV
    return [ODD] + [p.read_text(encoding="utf-8") for p in articles]


def _annotations(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def pair() -> Iterator[tuple[Language, Language]]:
    stock, fast = spacy.load(choose_model()), spacy.load(choose_model())
    assert speed_up(fast) == ["attribute_ruler", "lemmatizer"]
    yield stock, fast


@pytest.mark.model
def test_fast_pipes_annotate_real_news_as_the_stock_components_do(
        pair: tuple[Language, Language]) -> None:
    stock, fast = pair
    texts = _texts()
    for _ in range(2):  # first with empty memos, then answered from them
        for text in texts:
            assert _annotations(fast(text)) == _annotations(stock(text))
    ruler = fast.get_pipe("attribute_ruler")
    assert type(ruler).__name__ == "MemoAttributeRuler"
    # the memo is keyed by named forms only: far fewer keys than distinct tokens
    distinct = {(t.tag_, t.lower_, t.dep_) for text in texts for t in stock(text)}
    assert 0 < len(ruler._kg_matches) < len(distinct) / 4  # type: ignore[attr-defined]


@pytest.mark.model
def test_fast_pipes_honour_patterns_added_later(pair: tuple[Language, Language]) -> None:
    """A pattern added after speed_up (one the memo understands, and a regular expression,
    which stays with the matcher) is applied as the stock ruler applies it."""
    stock, fast = (spacy.load(choose_model()) for _ in range(2))
    speed_up(fast)
    text = "Envoys met in Doha. The envoys' talks went on."
    fast(text)  # memo built before the new patterns
    for nlp in (stock, fast):
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "envoys", "TAG": "NNS"}]], {"LEMMA": "emissary"})  # type: ignore[attr-defined]
        ruler.add([[{"LOWER": {"REGEX": "^doh"}}]], {"POS": "X"})  # type: ignore[attr-defined]
    got = _annotations(fast(text))
    assert got == _annotations(stock(text))
    assert ("Envoys", "NNS", "NOUN", "Number=Plur", "emissary", "nsubj") in got
    assert any(t[0] == "Doha" and t[2] == "X" for t in got)


@pytest.mark.model
def test_fast_pipes_save_as_the_stock_components(
        pair: tuple[Language, Language], tmp_path: Path) -> None:
    _, fast = pair
    fast.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert type(loaded.get_pipe("lemmatizer")).__name__ == "EnglishLemmatizer"
    assert type(loaded.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    text = _texts()[1]
    assert _annotations(loaded(text)) == _annotations(fast(text))
