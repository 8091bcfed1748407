"""Rules on stance and sponsorship carried by a modifier of a named actor.

Constructions: a stance prefix on a descriptor beside a name ("anti-X cleric NAME",
"NAME, an anti-X cleric") or predicated of it ("NAME is pro-X"); a participle compounded
with its backer on a title before a name ("X-backed leader NAME"); a stance on the
government of a state named in the same noun phrase ("the DEMONYM anti-government
NAME", "STATE's pro-government NAME", "the anti-government NAME in STATE"); a
participle compounded with "government" ("government-aligned NAME forces in STATE").
A generic noun ("anti-government protesters", "pro-X separatists") names no actor and
gives nothing.
"""

from spacy.tokens import Token

from kg.extract.mentions import Ref
from kg.extract.rules import Found, Gate, RuleContext, asserted, rule
from kg.extract.syntax import governing_verb, is_hypothetical, is_negated, prefixed, ref

__all__ = ["modifier_backed_title", "modifier_government_participle", "modifier_stance"]


def _stance(ctx: RuleContext, tok: Token) -> str | None:
    """The relation a prefix before ``tok`` states from the modified actor to what ``tok``
    names: "anti-X" opposes, "pro-X" supports."""
    cons = ctx.lex.constructions
    if prefixed(tok, cons.against_prefixes):
        return "opposes"
    if prefixed(tok, cons.for_prefixes):
        return "supports"
    return None


def _named_holder(ctx: RuleContext, noun: Token) -> Ref | None:
    """The named actor a modified noun is or describes: the name itself ("the anti-X
    Popular Front"), the name a descriptor is compounded with ("anti-X cleric NAME"), or
    the name a descriptor is in apposition to ("NAME, an anti-X cleric")."""
    own = ref(noun)
    if own is not None and own.kind in ctx.agents:
        return own
    if noun.pos_ != "NOUN" or is_negated(noun) or is_hypothetical(noun):
        return None
    if noun.dep_ in ("compound", "appos") and noun.head.i != noun.i:
        named = ref(noun.head)
        if named is not None and named.kind in ctx.agents and noun.head.pos_ == "PROPN":
            return named
    return None


def _phrase_state(ctx: RuleContext, top: Token, holder: Ref) -> Ref | None:
    """The one state named in the noun phrase of ``top`` (a demonym, a possessor, "in
    STATE"), not after a stance prefix: whose government "anti-government" means."""
    states: dict[str, Ref] = {}
    for t in top.subtree:
        r = ref(t)
        if r is not None and r.kind == "State" and r.key != holder.key and (
                _stance(ctx, t) is None and not (holder.start <= t.i < holder.end)):
            states.setdefault(r.key, r)
    return next(iter(states.values())) if len(states) == 1 else None


def _top(noun: Token) -> Token:
    """The head of the noun phrase a modified noun sits in: the name a descriptor is
    compounded with or in apposition to, the noun a possessor belongs to."""
    while noun.dep_ in ("compound", "appos", "poss") and noun.head.i != noun.i:
        noun = noun.head
    return noun


@rule("modifier.stance", gate=Gate(document=lambda ctx: (
    ctx.lex.constructions.against_prefixes | ctx.lex.constructions.for_prefixes)))
def modifier_stance(tok: Token, ctx: RuleContext) -> list[Found]:
    """A stance prefix on the modifier of a named actor: "anti-X cleric NAME" and "NAME,
    an anti-X cleric" (NAME opposes X); "the DEMONYM anti-government NAME", "the
    pro-government NAME in STATE" (NAME opposes / supports STATE). The plain "the anti-X
    NAME" and "NAME, a pro-X militia" are nominal.anti's and nominal.pro's."""
    relation = _stance(ctx, tok)
    if relation is None:
        return []
    if tok.dep_ == "acomp":
        return _predicated(ctx, tok, relation)
    if tok.dep_ not in ("amod", "compound", "nmod", "npadvmod"):
        return []
    noun = tok.head  # (in "the anti-government People's Alliance", the name's first word)
    holder = _named_holder(ctx, noun)
    if holder is None:
        return []
    top = _top(noun)
    verb = governing_verb(top)
    if is_negated(top) or is_hypothetical(top) or (
            verb is not None and verb.dep_ != "ROOT" and not asserted(verb)):
        return []
    if tok.lemma_.lower() in ctx.lex.constructions.ruling_nouns:
        target = _phrase_state(ctx, top, holder)
    else:
        own = ref(noun)
        target = ref(tok)
        if (own is not None and own.key == holder.key) or (
                relation == "supports" and noun.dep_ == "appos"):
            return []  # "the anti-X NAME", "NAME, a pro-X militia": nominal.anti / nominal.pro
    if target is None or target.kind not in ctx.agents or target.key == holder.key:
        return []
    return [Found(holder, relation, target, tok.i, 0.7)]


@rule("modifier.government_participle", gate=Gate(
    words=lambda ctx: ctx.lex.constructions.ruling_nouns))
def modifier_government_participle(tok: Token, ctx: RuleContext) -> list[Found]:
    """A participle compounded with "government" on a named actor: "government-backed
    NAME", "government-aligned NAME forces in STATE", the state being the one the noun
    phrase names (a demonym, a possessor, "in STATE"); its relation is the lexicon's
    ``compound_participles``."""
    part = tok.head
    if tok.dep_ not in ("npadvmod", "compound", "amod") or part.dep_ != "amod" or (
            tok.i > part.i):
        return []
    relation = [rel for rel in ctx.lex.constructions.compound_participles.get(
        part.lemma_.lower(), ()) if rel in ("supports", "cooperatesWith")]
    noun = part.head
    if not relation or is_negated(noun) or is_hypothetical(noun):
        return []
    holder = ref(noun)
    if holder is None:  # "NAME forces": the group's own fighters
        holder = next((r for c in noun.children if c.dep_ == "compound"
                       and (r := ref(c)) is not None and r.kind == "Organization"), None)
    if holder is None or holder.kind not in ctx.agents:
        return []
    state = _phrase_state(ctx, _top(noun), holder)
    if state is None:
        return []
    if relation[0] == "supports":
        return [Found(state, "supports", holder, tok.i, 0.7)]
    return [Found(holder, relation[0], state, tok.i, 0.7)]


def _predicated(ctx: RuleContext, tok: Token, relation: str) -> list[Found]:
    """A stance predicated of a named subject: "NAME is (staunchly) pro-X", "NAME
    remains anti-X"."""
    copula = tok.head
    if copula.lemma_.lower() not in ctx.lex.constructions.copulas or not asserted(copula):
        return []
    target = ref(tok)
    if target is None or target.kind not in ctx.agents:
        return []
    holders = [r for c in copula.children if c.dep_ == "nsubj"
               and (r := ref(c)) is not None and r.kind in ctx.agents]
    return [Found(h, relation, target, tok.i, 0.7) for h in holders if h.key != target.key]


@rule("modifier.backed_title", gate=Gate(
    words=lambda ctx: ctx.lex.constructions.compound_participles))
def modifier_backed_title(part: Token, ctx: RuleContext) -> list[Found]:
    """A participle compounded with its backer on a title or descriptor before a name:
    "X-backed leader NAME", "X-backed cleric NAME", "X-allied President NAME" (the
    lexicon's ``compound_participles``, as said of an actor). The plain "the X-backed
    NAME" is nominal.compound_participle's."""
    noun = part.head
    if part.dep_ != "amod" or noun.dep_ != "compound" or ref(noun) is not None or (
            noun.pos_ not in ("NOUN", "PROPN")) or noun.head.pos_ != "PROPN" or (
            noun.head.i < noun.i):
        return []
    holder = ref(noun.head)
    if holder is None or holder.kind not in ctx.agents or is_negated(noun.head) or (
            is_hypothetical(noun.head)):
        return []
    relation = [rel for rel in ctx.lex.constructions.compound_participles.get(
        part.lemma_.lower(), ()) if rel in ("supports", "cooperatesWith")]
    if not relation:
        return []
    out: list[Found] = []
    for agent in (c for c in part.children if c.dep_ in ("npadvmod", "compound", "amod")):
        r = ref(agent)
        if r is not None and r.kind in ctx.agents and r.key != holder.key:
            out.append(Found(r, relation[0], holder, part.i, 0.7))
    return out
