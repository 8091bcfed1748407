"""The ``kg_relations`` component: runs the registered rules on every sentence.

The rules themselves live in :mod:`kg.extract.rules`, one module per family
of constructions, each registered under a name. This component runs every
token rule on every token of a sentence, then the sentence rules (reported
speech) on what they found, checks each relation against the ontology's
domains and ranges, and states a :class:`~kg.types.Claim` for each, with the
rule's name as its extractor and the rule's measured precision as its
confidence.
"""

from collections.abc import Mapping

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg import vocab
from kg.errors import ExtractorError
from kg.extract.confidence import rule_confidence
from kg.extract.lexicon import Lexicon, lexicon
from kg.extract.mentions import ActorInfo
from kg.extract.rules import Found, RuleContext, named_as, registered_rules
from kg.extract.syntax import (
    bound,
    evidence,
    governing_verb,
    is_future_aux,
    is_hypothetical,
    mention,
)
from kg.types import Claim

__all__ = ["RelationExtractor", "make_relations"]


# Relations a person cannot have with the state or body their title says they act for
# (a leader "supports" their own state only by a misread object); urging or criticizing
# one's own organization is possible.
_OWN_SIDE = frozenset({"supports", "metWith", "cooperatesWith", "partnerOf"})

# Parts of speech that never trigger a token rule (rules start at verbs, nouns, names,
# adjectives and prepositions).
_NO_TRIGGER = frozenset({"PUNCT", "SPACE", "DET", "CCONJ", "SCONJ", "PART", "NUM", "SYM",
                         "INTJ", "PRON", "ADV"})


class RelationExtractor:
    """The ``kg_relations`` component.

    Args:
        name: the component's name in the pipeline.
        lex: the trigger lexicon.
        confidence: measured precision by rule name; a rule missing from it
            keeps the prior confidence it states.
    """

    def __init__(self, name: str, lex: Lexicon, confidence: Mapping[str, float]) -> None:
        self.name = name
        self.ctx = RuleContext.from_lexicon(lex)
        rules = registered_rules()
        self.token_rules = [r for r in rules if r.scope == "token"]
        self.sentence_rules = [r for r in rules if r.scope == "sentence"]
        self.confidence = dict(confidence)
        self.locatable = frozenset(vocab.kinds_of(vocab.domain_kind("locatedIn")))
        self.agents = frozenset(vocab.kinds_of("Agent"))
        self._affiliations: dict[str, list[str]] = {}  # the document's, while it is read

    def __call__(self, doc: Doc) -> Doc:
        claims: list[Claim] = list(doc._.kg_claims or [])
        keys = {(c.subject.key, c.relation, c.object.key) for c in claims}
        actors: dict[str, ActorInfo] = doc._.kg_actors or {}
        self._affiliations = doc._.kg_affiliations or {}
        with bound(doc):
            for sent in doc.sents:
                self._sentence(doc, sent, claims, keys, actors)
        doc._.kg_claims = claims
        return doc

    def _sentence(self, doc: Doc, sent: Span, claims: list[Claim],
                  keys: set[tuple[str, str, str]], actors: dict[str, ActorInfo]) -> None:
        found: list[Found] = []
        ctx = self.ctx
        for tok in sent:
            if tok.pos_ in _NO_TRIGGER:
                continue  # function words trigger no rule; skip them all at once
            for spec in self.token_rules:
                if out := spec.func(tok, ctx):
                    found.extend(named_as(out, spec.name))
        for spec in self.sentence_rules:
            found.extend(named_as(spec.func(sent, found, ctx), spec.name))
        for f in found:
            key = (f.subject.key, f.relation, f.object.key)
            if key in keys or not self._valid(f, actors) or self._awaited(doc, f):
                continue
            keys.add(key)
            claims.append(Claim(mention(doc, f.subject), f.relation, mention(doc, f.object),
                                *evidence(sent), f.rule,
                                self.confidence.get(f.rule, f.confidence)))

    def _awaited(self, doc: Doc, f: Found) -> bool:
        """An act still to come, whatever rule found it: the verb that states it has a
        future tense or is planned, expected or set ("X will attend the summit", "X is
        due to host the talks", "X plans to take part in the meeting")."""
        modality = self.ctx.lex.modality
        if f.relation not in modality.awaited_relations:
            return False
        tok = doc[f.trigger]
        verb = tok if tok.pos_ in ("VERB", "AUX") else governing_verb(tok)
        for _ in range(3):
            if verb is None:
                return False
            if is_future_aux(verb) or is_hypothetical(verb):
                return True
            if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in modality.future_words or any(
                    c.dep_ in ("acomp", "attr") and c.lower_ in modality.future_words
                    for c in verb.head.children)):
                return True  # "is set to attend", "is due to host"
            if verb.dep_ not in ("xcomp", "conj"):
                return False
            verb = verb.head
        return False

    def _valid(self, f: Found, actors: dict[str, ActorInfo]) -> bool:
        """Domain and range of the ontology; no act between a body and its own state, nor
        support or a meeting between a person and whom their title says they act for."""
        if f.subject.key == f.object.key:
            return False
        for a, b in ((f.subject, f.object), (f.object, f.subject)):
            info = actors.get(a.key)
            if info is not None and info.part_of == b.key and f.relation != "locatedIn":
                return False
            if b.key in self._affiliations.get(a.key, ()) and f.relation in _OWN_SIDE:
                return False  # no support of or meeting with whom one acts for
        if f.relation == "locatedIn":
            return f.subject.kind in self.locatable
        if f.subject.kind not in self.agents:
            return False
        if f.relation == "attacks" and f.object.kind == "Place" and (
                f.object.key in self.ctx.lex.qualifiers.wide_regions):
            return False  # a continent or sea is where, not whom, an attack strikes
        return f.object.kind in self.ctx.kinds(f.relation)


@Language.factory("kg_relations", requires=["doc._.kg_refs", "doc._.kg_actors",
                                            "doc._.kg_affiliations", "token.dep",
                                            "token.lemma", "token.pos"],
                  assigns=["doc._.kg_claims"], default_config={"lexicon": "triggers"})
def make_relations(nlp: Language, name: str, lexicon: str) -> RelationExtractor:
    """Build the ``kg_relations`` component from a lexicon in ``kg/lexicons``."""
    if lexicon != "triggers":
        raise ExtractorError(f"unknown lexicon {lexicon!r}; kg ships 'triggers'")
    return RelationExtractor(name, _shipped_lexicon(), rule_confidence())


def _shipped_lexicon() -> Lexicon:
    return lexicon()
