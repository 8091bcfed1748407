"""Support told by aid: goods, money, arms or helpers sent to a recipient.

Constructions: a verb of sending with an object of aid and a recipient ("X sent 50 tonnes
of medical supplies to Y", "X airlifted rescue teams to Y", "X gave Y ten tanks"), also
when the senders are listed "among" the ones who sent ("A, B and C were among the
countries offering aid to Y"); aid named with its giver and recipient ("aid from X to
Y"); and a noun of giving said of an actor ("X is Y's biggest donor", "X, Y's main arms
supplier"). In each, X supports Y. Aid that is stopped or withheld ("suspended aid to Y")
gives nothing.
"""

from spacy.tokens import Token

from kg.extract.mentions import Ref
from kg.extract.rules import Found, Gate, RuleContext, asserted, rule
from kg.extract.syntax import conjuncts, is_negated, ref, subject_refs, target_refs

__all__ = ["aid_from_to", "aid_giver_noun", "aid_received", "aid_sent"]


def _goods(tok: Token, ctx: RuleContext) -> bool:
    """Whether a noun names aid: itself ("supplies"), or by a modifier ("rescue teams",
    "a medical team", "a credit line")."""
    goods = ctx.lex.modality.aid_goods
    if tok.lemma_.lower() in goods or tok.lower_ in goods or tok.ent_type_ == "MONEY":
        return True
    return any(c.dep_ in ("compound", "amod") and (c.lemma_.lower() in goods or c.lower_ in goods)
               for c in tok.children)


def _aid_nouns(obj: Token, ctx: RuleContext) -> list[Token]:
    """The nouns of aid an object names: itself, or what its amount is "of" or "in" ("50
    tonnes of supplies", "$100 million in aid")."""
    if _goods(obj, ctx):
        return [obj]
    return [p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in ("of", "in")
            for p in prep.children if p.dep_ == "pobj" and _goods(p, ctx)]


def _recipients(heads: list[Token], ctx: RuleContext) -> list[Ref]:
    """The actors named "to" (or as indirect object of) any of ``heads``."""
    kinds = ctx.kinds("supports")
    pobjs = [p for h in heads for prep in h.children
             if prep.dep_ in ("prep", "dative") and prep.lower_ == "to"
             for p in prep.children if p.dep_ == "pobj"]
    pobjs += [d for h in heads for d in h.children if d.dep_ == "dative" and d.lower_ != "to"]
    out = [r for p in pobjs for c in conjuncts(p) for r in target_refs(c)[0] if r.kind in kinds]
    return list({r.key: r for r in out}.values())


def _among_subjects(verb: Token) -> list[Ref]:
    """The actors listed as "among" those who do an act: "A, B and C were among the
    countries offering aid", "A was among the states that sent doctors"."""
    if verb.dep_ not in ("acl", "relcl"):
        return []
    noun = verb.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "among":
        return []
    copula = noun.head.head
    if copula.lemma_.lower() != "be" or not asserted(copula):
        return []
    return [r for s in copula.children if s.dep_ == "nsubj" for c in conjuncts(s)
            if (r := ref(c)) is not None]


def _withheld(verb: Token, ctx: RuleContext) -> bool:
    """Whether a verb of sending is refused, stopped or kept back ("refused to send",
    "stopped shipping")."""
    mod = ctx.lex.modality
    return verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in mod.withholding_heads
                                     or verb.head.lemma_.lower() in mod.denying_heads)


@rule("aid.sent", gate=Gate(words=lambda ctx: ctx.lex.modality.sending_verbs))
def aid_sent(verb: Token, ctx: RuleContext) -> list[Found]:
    """Sending aid to a recipient supports it: "X sent medical supplies to Y", "X gave Y
    ten tanks", "A and B were among the countries offering aid to Y" (X supports Y)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.modality.sending_verbs:
        return []
    if not asserted(verb) or _withheld(verb, ctx):
        return []
    objs = [c for d in verb.children if d.dep_ in ("dobj", "nsubjpass") for c in conjuncts(d)]
    passive = verb.dep_ == "acl" and verb.tag_ == "VBN"
    if passive:
        objs.append(verb.head)  # "aid sent by X to Y arrived"
    goods = [n for o in objs for n in _aid_nouns(o, ctx)]
    if not goods or any(is_negated(n) for n in goods):
        return []
    targets = _recipients([verb, *objs, *goods], ctx)
    if not targets:
        return []
    if passive:
        givers = [r for a in verb.children if a.dep_ == "agent" for p in a.children
                  if p.dep_ == "pobj" for c in conjuncts(p)
                  if (r := ref(c)) is not None and r.kind in ctx.agents]
    else:
        givers = [r for r in subject_refs(verb) if r.kind in ctx.agents]
    dative = any(d.dep_ == "dative" and d.lower_ != "to" for d in verb.children)
    if givers and not dative and not passive:
        lemma = verb.lemma_.lower()
        verb_to = any(p.dep_ in ("prep", "dative") and p.lower_ == "to" for p in verb.children)
        if (verb_to and any("to" in preps for rel, preps in ctx.verb_preps.get(lemma, [])
                            if rel == "supports")) or all(
                any(rel == "supports" for rel, _ in ctx.nouns.get(n.lower_, [])
                    + ctx.nouns.get(n.lemma_.lower(), [])) for n in goods):
            return []  # "provided aid to Y", "sent aid to Y": verb.prep, nominal.trigger
    if not givers:
        givers = [r for r in _among_subjects(verb) if r.kind in ctx.agents]
    return [Found(g, "supports", t, verb.i, 0.7) for g in givers for t in targets
            if g.key != t.key]


@rule("aid.from_to", gate=Gate(words=lambda ctx: ctx.lex.modality.aid_goods))
def aid_from_to(noun: Token, ctx: RuleContext) -> list[Found]:
    """Aid named with its giver and its recipient: "aid from X to Y reached $1 billion",
    "arms shipments from X to Y", "shipments of arms from X to Y", "Y relies on aid from X"
    (X supports Y)."""
    # (a sentence-initial "Aid" is often tagged a verb; its role shows it is a noun)
    if noun.pos_ != "NOUN" and noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return []
    if not _aid_nouns(noun, ctx) or is_negated(noun):
        return []  # "aid from X", "shipments of arms from X"
    head = noun.head
    mod = ctx.lex.modality
    if head.i != noun.i and (not asserted(head) or head.lemma_.lower() in mod.withholding_heads):
        return []
    givers = [r for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "from"
              for p in prep.children if p.dep_ == "pobj" for c in conjuncts(p)
              if (r := ref(c)) is not None and r.kind in ctx.agents]
    if not givers:
        return []
    targets = _recipients([noun], ctx)
    if not targets and noun.dep_ == "pobj" and noun.head.lower_ == "on" and (
            head.head.lemma_.lower() in mod.depending_verbs and asserted(head.head)):
        # "Y relies on aid from X": the one who depends on it receives it
        targets = [r for r in subject_refs(head.head) if r.kind in ctx.kinds("supports")]
    return [Found(g, "supports", t, noun.i, 0.7) for g in givers for t in targets
            if g.key != t.key]


@rule("aid.giver_noun", gate=Gate(words=lambda ctx: ctx.lex.modality.giver_nouns))
def aid_giver_noun(noun: Token, ctx: RuleContext) -> list[Found]:
    """An actor called the recipient's donor or supplier supports it: "X is Y's biggest
    donor", "X, Y's main arms supplier, ...", "X is among the largest donors to Y" (X
    supports Y)."""
    words = ctx.lex.modality.giver_nouns
    if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in words and noun.lower_ not in words):
        return []
    kinds = ctx.kinds("supports")
    targets = [r for c in noun.children if c.dep_ == "poss" and (r := ref(c)) is not None
               and r.kind in kinds] or _recipients([noun], ctx)  # "the largest donor to Y"
    if not targets or is_negated(noun):
        return []
    givers: list[Ref] = []
    among = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "among" else None
    if among is not None and among.head.lemma_.lower() in ctx.lex.constructions.copulas and (
            asserted(among.head)):
        # "X is among the biggest donors to Y"
        givers = [r for s in among.head.children if s.dep_ == "nsubj" for c in conjuncts(s)
                  if (r := ref(c)) is not None]
    elif noun.dep_ == "attr" and noun.head.lemma_.lower() in ctx.lex.constructions.copulas and (
            asserted(noun.head)):
        givers = [r for s in noun.head.children if s.dep_ == "nsubj" for c in conjuncts(s)
                  if (r := ref(c)) is not None]
    elif noun.dep_ == "appos" and (r := ref(noun.head)) is not None:
        givers = [r]
    return [Found(g, "supports", t, noun.i, 0.7) for g in givers if g.kind in ctx.agents
            for t in targets if g.key != t.key]


@rule("aid.received", gate=Gate(words=lambda ctx: ctx.lex.modality.receiving_verbs))
def aid_received(verb: Token, ctx: RuleContext) -> list[Found]:
    """Goods, money or arms received from a giver: "Y received 14 tanks from X", "Y got
    $2 billion from X" (X supports Y). A noun of support itself ("received aid from X") is
    nominal.received's."""
    mod = ctx.lex.modality
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in mod.receiving_verbs or not asserted(verb):
        return []
    objs = [c for d in verb.children if d.dep_ == "dobj" for c in conjuncts(d)]
    goods = [n for o in objs for n in _aid_nouns(o, ctx)]
    if not goods or any(is_negated(n) for n in goods) or all(
            any(rel == "supports" for rel, _ in ctx.nouns.get(n.lemma_.lower(), []))
            for n in goods):
        return []
    givers = [r for h in (verb, *objs, *goods) for prep in h.children
              if prep.dep_ == "prep" and prep.lower_ == "from"
              for p in prep.children if p.dep_ == "pobj" for c in conjuncts(p)
              if (r := ref(c)) is not None and r.kind in ctx.agents]
    kinds = ctx.kinds("supports")
    takers = [r for r in subject_refs(verb) if r.kind in kinds]
    return [Found(g, "supports", t, verb.i, 0.7) for g in givers for t in takers
            if g.key != t.key]
