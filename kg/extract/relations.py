"""The ``kg_relations`` component: runs the registered rules on every sentence.

The rules themselves live in :mod:`kg.extract.rules`, one module per family
of constructions, each registered under a name. This component runs each
token rule on every token of a sentence where the rule's gate opens (a word
of its trigger lexicon, a mention; see :class:`~kg.extract.rules.Gate`), in
registration order, then the sentence rules (reported speech) on what they
found, checks each relation against the ontology's
domains and ranges, and states a :class:`~kg.types.Claim` for each, with the
rule's name as its extractor and the rule's measured precision as its
confidence.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg import vocab
from kg.errors import ExtractorError
from kg.extract.confidence import rule_confidence
from kg.extract.lexicon import Lexicon, Modality, lexicon
from kg.extract.mentions import ActorInfo, StringMemo
from kg.extract.rules import (
    Found,
    RuleContext,
    RuleSpec,
    gate_words,
    named_as,
    registered_rules,
)
from kg.extract.rules.conflict import struck_capital
from kg.extract.rules.places import visited_city
from kg.extract.syntax import (
    bound,
    direct_question,
    evidence,
    governing_verb,
    is_future_aux,
    is_hypothetical,
    mention,
    outer_noun,
)
from kg.gazetteer import load_gazetteer
from kg.types import Claim

__all__ = ["RelationExtractor", "make_relations"]


# Relations a person cannot have with the state or body their title says they act for
# (a leader "supports" their own state only by a misread object); urging or criticizing
# one's own organization is possible.
_OWN_SIDE = frozenset({"supports", "metWith", "cooperatesWith", "partnerOf"})
# The rules that state an organization's seat ("the CITY-based NAME", "NAME is
# headquartered in CITY"): an organization "in" a place elsewhere is where it acts, not
# where it is located ("the Taliban in Afghanistan").
_SEAT_RULES = frozenset({"place.based"})

# Parts of speech that never trigger a token rule (rules start at verbs, nouns, names,
# adjectives and prepositions).
_NO_TRIGGER = frozenset({"PUNCT", "SPACE", "DET", "CCONJ", "SCONJ", "PART", "NUM", "SYM",
                         "INTJ", "PRON", "ADV"})
_NO_TRIGGER_IDS = frozenset(POS_IDS[p] for p in _NO_TRIGGER)

# Distinct (lemma, form, mention) keys whose rule lists are kept; past
# this the cache starts afresh (memory stays flat on any corpus).
_CACHE_LIMIT = 50_000


@dataclass(frozen=True, slots=True)
class _Gated:
    """A rule with its gate read against the lexicon: word sets and word hashes."""

    name: str
    func: Callable[..., Iterable[Found]]
    words: frozenset[str] | None  # the token's (or a sentence token's) lemma or form
    mention: bool
    document: frozenset[int] | None  # hashes of lower-case forms, one in the document
    bit: int  # this rule's bit in the document mask (0: no document gate)

    @classmethod
    def of(cls, spec: RuleSpec, ctx: RuleContext, bit: int) -> "_Gated":
        gate = spec.gate
        if gate is None:
            return cls(spec.name, spec.func, None, False, None, 0)
        words = gate_words(gate.words(ctx)) if gate.words is not None else None
        document = (frozenset(get_string_id(w) for w in gate_words(gate.document(ctx)))
                    if gate.document is not None else None)
        return cls(spec.name, spec.func, words, gate.mention, document,
                   bit if document is not None else 0)

    def opens(self, lemma: str, lower: str, mention: bool, mask: int) -> bool:
        """Whether the gate opens on a token (``mask``: the document gates that open)."""
        if self.words is not None and lemma not in self.words and lower not in self.words:
            return False
        if self.mention and not mention:
            return False
        return not self.bit or bool(mask & self.bit)


@dataclass(frozen=True, slots=True)
class _DocWords:
    """What the gates read of a document, by token index."""

    lemmas: list[str]  # lower-case lemmas
    forms: list[str]  # lower-case forms
    pos: list[int]  # part-of-speech ids
    mask: int  # the document gates that open on it
    mentions: Mapping[int, object]  # token index -> its mention (``doc._.kg_tok``)


class RelationExtractor:
    """The ``kg_relations`` component.

    Args:
        name: the component's name in the pipeline.
        lex: the trigger lexicon.
        confidence: measured precision by rule name; a rule missing from it
            keeps the prior confidence it states.
        gates: try each rule only where its gate opens; False tries every rule on
            every token and sentence (what the gates are checked against).
    """

    def __init__(self, name: str, lex: Lexicon, confidence: Mapping[str, float], *,
                 gates: bool = True) -> None:
        self.name = name
        self.ctx = RuleContext.from_lexicon(lex)
        rules = registered_rules()
        self.token_rules = [r for r in rules if r.scope == "token"]
        self.sentence_rules = [r for r in rules if r.scope == "sentence"]
        if not gates:
            rules = tuple(replace(r, gate=None) for r in rules)
        self._token_gated = [_Gated.of(r, self.ctx, 1 << i) for i, r in
                             enumerate(r for r in rules if r.scope == "token")]
        self._sentence_gated = [_Gated.of(r, self.ctx, 1 << (i + len(self.token_rules)))
                                for i, r in enumerate(r for r in rules if r.scope == "sentence")]
        # (lemma, form, in a mention) -> the token rules to try, in order
        self._by_token: dict[tuple[str, str, bool], tuple[_Gated, ...]] = {}
        # a gate word -> the token rules whose gate names it (by position); and the rules
        # with no word gate, which any token may open
        index: dict[str, set[int]] = {}
        for i, g in enumerate(self._token_gated):
            for word in g.words or ():
                index.setdefault(word, set()).add(i)
        self._by_word = {w: frozenset(ids) for w, ids in index.items()}
        self._unworded = frozenset(i for i, g in enumerate(self._token_gated) if g.words is None)
        self.confidence = dict(confidence)
        self.locatable = frozenset(vocab.kinds_of(vocab.domain_kind("locatedIn")))
        self.agents = frozenset(vocab.kinds_of("Agent"))
        self._affiliations: dict[str, list[str]] = {}  # the document's, while it is read
        self._gazetteer = load_gazetteer()  # capitals and seats: what states they stand for

    def __call__(self, doc: Doc) -> Doc:
        claims: list[Claim] = list(doc._.kg_claims or [])
        keys = {(c.subject.key, c.relation, c.object.key) for c in claims}
        actors: dict[str, ActorInfo] = doc._.kg_actors or {}
        self._affiliations = doc._.kg_affiliations or {}
        words = self._words(doc)
        with bound(doc):
            for sent in doc.sents:
                self._sentence(doc, sent, words, claims, keys, actors)
        doc._.kg_claims = claims
        return doc

    def _words(self, doc: Doc) -> "_DocWords":
        """The document's lemmas, forms and parts of speech, read once, and which
        document gates open on it."""
        table = doc.to_array([POS, LEMMA, LOWER]).tolist() if len(doc) else []
        memo = StringMemo.of(doc)
        lemmas = [memo.lower(lemma) for _, lemma, _ in table]
        forms = [memo.text(form) for _, _, form in table]
        pos = [p for p, _, _ in table]
        present = {form for _, _, form in table}
        mask = 0
        for g in (*self._token_gated, *self._sentence_gated):
            if g.document is not None and not g.document.isdisjoint(present):
                mask |= g.bit
        mentions: dict[int, object] = doc._.kg_tok or {}
        return _DocWords(lemmas, forms, pos, mask, mentions)

    def _rules_for(self, lemma: str, form: str, mention: bool) -> tuple[_Gated, ...]:
        """The token-gated rules whose gates open on a token, were every document gate
        open (the driver skips those whose document gate is shut): the cache is the same
        for every document."""
        key = (lemma, form, mention)
        rules = self._by_token.get(key)
        if rules is None:
            empty: frozenset[int] = frozenset()
            ids = self._by_word.get(lemma, empty) | self._by_word.get(form, empty) | self._unworded
            gated = self._token_gated
            rules = tuple(gated[i] for i in sorted(ids) if gated[i].opens(lemma, form, mention, -1))
            if len(self._by_token) >= _CACHE_LIMIT:
                self._by_token.clear()
            self._by_token[key] = rules
        return rules

    def _sentence(self, doc: Doc, sent: Span, words: "_DocWords", claims: list[Claim],
                  keys: set[tuple[str, str, str]], actors: dict[str, ActorInfo]) -> None:
        if direct_question(sent):
            return  # "Did X attack Y?": a question states nothing
        found: list[Found] = []
        ctx = self.ctx
        lemmas, forms, pos, mask, mentions = (words.lemmas, words.forms, words.pos,
                                              words.mask, words.mentions)
        by_token = self._by_token
        for i in range(sent.start, sent.end):
            if pos[i] in _NO_TRIGGER_IDS:
                continue  # function words trigger no rule; skip them all at once
            in_mention = mentions.get(i) is not None
            rules = by_token.get((lemmas[i], forms[i], in_mention))
            if rules is None:
                rules = self._rules_for(lemmas[i], forms[i], in_mention)
            if not rules:
                continue
            tok = doc[i]
            for g in rules:
                if g.bit and not mask & g.bit:
                    continue  # its document gate is shut
                if out := g.func(tok, ctx):
                    found.extend(named_as(out, g.name))
        present = {*lemmas[sent.start:sent.end], *forms[sent.start:sent.end]}
        for g in self._sentence_gated:
            if g.words is not None and g.words.isdisjoint(present):
                continue
            if g.bit and not mask & g.bit:
                continue
            found.extend(named_as(g.func(sent, found, ctx), g.name))
        for f in found:
            f = visited_city(struck_capital(f, doc, ctx), doc, ctx)
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
        before = False  # an act named as what came before: "agreed, after talks, to ..."
        if tok.pos_ in ("VERB", "AUX"):
            verb: Token | None = tok
        else:
            outer = outer_noun(tok)  # "after a round of talks"
            before = outer.dep_ == "pobj" and outer.head.lower_ in ("after", "following")
            noun = tok
            while noun.dep_ == "compound" and noun.head.i != noun.i:
                noun = noun.head  # "expects increased sanctions pressure on X"
            verb = governing_verb(noun)
            if verb is None and noun.dep_ == "dep" and noun.head.pos_ in ("VERB", "AUX"):
                verb = noun.head  # a parse that loses the object's role
            if verb is not None and noun.dep_ == "dobj" and (
                    verb.lemma_.lower() in modality.expecting_verbs) and (
                    f.relation in modality.gathering_relations or verb.tag_ not in ("VBD", "VBN")):
                # "X expects a visit by Y", "proposed talks between A and B" (not an act
                # planned or foreseen in the past: "X planned the attack for two years")
                return True
        for _ in range(3):
            if verb is None:
                return False
            if is_future_aux(verb) or is_hypothetical(verb) or _headline_future(verb):
                return True
            if _named_gerund(verb):
                return True
            if f.relation in modality.gathering_relations and _agreed_ahead(verb, modality) and (
                    not (before and verb.lemma_.lower() not in modality.holding_verbs)):
                # "A and B agreed to hold talks", "looks forward to meeting X", "agreed to
                # hold a call after the talks" (not "agreed to reopen X after talks"; nor
                # an act that goes on: "agreed to extend its sanctions on Y")
                return True
            if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in modality.future_words or any(
                    c.dep_ in ("acomp", "attr") and c.lower_ in modality.future_words
                    for c in verb.head.children)):
                return True  # "is set to attend", "is due to host"
            if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                return True  # "X is to attend", "the summit was to be attended by X"
            if verb.dep_ not in ("xcomp", "conj") and not (verb.dep_ == "advcl" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
                return False  # (a purpose: "X will fly to CITY to attend the summit")
            verb = verb.head
        return False

    def _home(self, f: Found) -> bool:
        """Whether the place ``f`` reaches is a state its subject acts for ("X returned
        to STATE"), or its capital or seat (a metonym in the gazetteer)."""
        if f.object.key in self._affiliations.get(f.subject.key, ()):
            return True
        seat = self._gazetteer.find(f.object.key)
        return seat is not None and seat[1] == "metonym" and (
            seat[0].key in self._affiliations.get(f.subject.key, ()))

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
        if f.relation == "visited" and self._home(f):
            return False  # "X returned to CAPITAL" of the state X acts for: home, no visit
        if f.relation == "locatedIn":
            return f.subject.kind in self.locatable and (
                f.subject.kind != "Organization" or f.rule in _SEAT_RULES)
        if f.subject.kind not in self.agents:
            return False
        quals = self.ctx.lex.qualifiers
        words = f.object.text.lower().split()
        if f.relation == "attacks" and f.object.kind == "Place" and (
                f.object.key in quals.wide_regions
                or bool(words and {words[0], words[-1]} & quals.water_nouns)):
            # a continent or sea is where, not whom, an attack strikes ("the Sea of X",
            # "the X Strait")
            return False
        return f.object.kind in self.ctx.kinds(f.relation)


def _named_gerund(verb: Token) -> bool:
    """Whether a verb is a gerund with its doer named just before it, the whole an act
    that is objected to, sought or feared rather than told as done: "objects to X
    joining ORG" (the parser hangs the gerund on the doer, or on the verb with the doer
    left in the preposition)."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    doer = verb.doc[verb.i - 1]
    if doer.pos_ != "PROPN":
        return False
    first = doer
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # the last of coordinated doers: "to A, B joining ORG"
    if verb.dep_ == "acl":
        return doer.i == verb.head.i and first.dep_ in ("pobj", "dobj", "npadvmod")
    if verb.dep_ == "pcomp" and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        # "objected to A and B joining ORG", "warned against A joining ORG": the doers its
        # own subjects (not "despite A attacking B", told as done)
        return verb.head.dep_ == "prep" and verb.head.lower_ in ("to", "against")
    return verb.dep_ == "advcl" and first.dep_ == "pobj" and first.head.dep_ == "prep" and (
        first.head.head.i == verb.head.i)


def _headline_future(verb: Token) -> bool:
    """A headline's bare infinitive with its subject, which announces an act: "PRESIDENT
    to visit CITY"."""
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _agreed_ahead(verb: Token, modality: Modality) -> bool:
    """Whether ``verb`` is the infinitive of an agreement, decision or proposal, or the
    gerund one looks forward to: an act still to come ("agreed to hold a meeting",
    "decided to meet", "proposed holding talks", "is going to visit", "looks forward to
    meeting X")."""
    head = verb.head
    if verb.dep_ == "xcomp":
        lemma = head.lemma_.lower()
        if lemma in modality.awaiting_heads:
            return True
        return lemma in modality.progressive_future_verbs and head.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "to":
        holder = head.head  # "looks forward to meeting X", "agreed to meeting"
        return holder.lemma_.lower() in modality.awaiting_heads or any(
            c.dep_ in ("advmod", "prt") and c.lower_ in modality.awaiting_heads
            for c in holder.children)
    return False


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
