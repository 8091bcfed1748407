"""Rules on the set phrases of official readouts and wire reports of talks.

Constructions: affirming the importance of carrying out an agreement ("X and Y
reaffirmed the importance of implementing AGREEMENT": each supports it, and the two
who affirm it together cooperate); two sides resolving to go on with or grow what they do together
("X and Y reaffirmed their NOUN-of-will to continue VERB-ing cooperation",
"both sides expressed the NOUN-of-will to continue VERB-ing their efforts");
thanking someone for their stance ("X thanked Y for his position":
an endorsement of Y); taking a call from someone ("X received a telephone call from Y":
the two met, as a call is a meeting); a call paid on someone ("X called on President
Y", "X paid a courtesy call on Y": the two met).
"""

from spacy.tokens import Token

from kg.extract.mentions import Ref
from kg.extract.rules import (
    Found,
    Gate,
    RuleContext,
    all_pairs,
    asserted,
    courtesy_call,
    named_subjects,
    rule,
    search,
)
from kg.extract.syntax import (
    conjuncts,
    group,
    is_future_aux,
    is_negated,
    ref,
    subject_refs,
    target_refs,
)

__all__ = ["readout_allied_pair", "readout_call_from", "readout_conveyed_backing",
           "readout_courtesy_call", "readout_going_on", "readout_importance",
           "readout_joint_undertaking", "readout_thanked_stance"]

# the dependencies that lead from a nominal act up to the clause that states it:
# "affirmed [their NOUN-of-will] to [continue] [VERB-ing] cooperation"
_CHAIN = ("dobj", "pobj", "prep", "xcomp", "acl", "pcomp", "conj", "ccomp")


def _initiatives(tok: Token) -> list[Ref]:
    """The initiatives a phrase names: "the trilateral agreements", "the CITY Package"."""
    found = [r for c in conjuncts(tok) for r in target_refs(c)[0] if r.kind == "Initiative"]
    if not found:
        found = [r for c in conjuncts(tok) for r in search(c, ("Initiative",))]
    return list({r.key: r for r in found}.values())


def _carried_out(weight: Token, ctx: RuleContext) -> tuple[list[Ref], list[Token]]:
    """What the importance noun says is to be carried out, and by whom: "the importance
    of (consistently) implementing Y", "of the fulfilment by X of Y", "of observance of
    Y"."""
    words = ctx.lex.readouts.implementing_words
    objects: list[Ref] = []
    doers: list[Token] = []
    for prep in (c for c in weight.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        for act in prep.children:
            if act.lemma_.lower() not in words and act.lower_ not in words:
                continue
            if act.dep_ == "pcomp":  # a gerund: "of implementing Y"
                for obj in (c for c in act.children if c.dep_ == "dobj"):
                    objects.extend(_initiatives(obj))
            elif act.dep_ == "pobj":  # a nominal: "of the fulfilment by X of Y"
                for p in (c for c in act.children if c.dep_ in ("prep", "agent")):
                    pobjs = [o for o in p.children if o.dep_ == "pobj"]
                    if p.lower_ in ("of", "with"):
                        objects.extend(r for o in pobjs for r in _initiatives(o))
                    elif p.lower_ == "by":
                        doers.extend(c for o in pobjs for c in conjuncts(o))
    return list({r.key: r for r in objects}.values()), doers


@rule("readout.importance", gate=Gate(words=lambda ctx: ctx.lex.readouts.weight_nouns))
def readout_importance(weight: Token, ctx: RuleContext) -> list[Found]:
    """Affirming the importance of carrying out an agreement supports it ("X reaffirmed
    the importance of implementing Y"); those who affirm it together cooperate, and one
    named to carry it out is urged to ("stressed the importance of the fulfilment by X of
    Y": X is urged)."""
    lex = ctx.lex.readouts
    if weight.dep_ != "dobj" or weight.lemma_.lower() not in lex.weight_nouns:
        return []
    verb = weight.head
    if verb.lemma_.lower() not in lex.affirming_verbs or not asserted(verb):
        return []
    objects, doers = _carried_out(weight, ctx)
    if not objects:
        return []
    subjects = subject_refs(verb)
    out = [Found(s, "supports", o, weight.i, 0.7) for s in subjects for o in objects]
    kinds = ctx.kinds("urges")
    out.extend(Found(s, "urges", r, weight.i, 0.7, "readout.importance_doer")
               for d in doers for r in target_refs(d)[0] if r.kind in kinds
               for s in subjects if s.key != r.key)
    together = named_subjects(verb)
    if len({r.key for r in together}) > 1:
        out.extend(all_pairs(together, "cooperatesWith", weight, 0.7,
                             "readout.importance_together"))
    return out


def _stating_clause(tok: Token) -> tuple[Token | None, set[str]]:
    """The verb of the clause that states a nominal or gerund act, climbing through
    objects, complements and nouns of will ("affirmed their NOUN-of-will to
    continue VERB-ing X"), with the words met on the way."""
    words: set[str] = set()
    cur = tok
    for _ in range(8):
        words.add(cur.lemma_.lower())
        words.update(c.lower_ for c in cur.children if c.dep_ in ("advmod", "amod", "prt"))
        if cur.i != tok.i and cur.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in cur.children):
            return cur, words
        if cur.dep_ not in _CHAIN or cur.head.i == cur.i:
            return None, words
        if cur.pos_ in ("VERB", "AUX") and is_negated(cur):
            return None, words
        cur = cur.head
    return None, words


@rule("readout.going_on",
      gate=Gate(words=lambda ctx: ctx.lex.readouts.joint_nouns | ctx.lex.readouts.joint_verbs))
def readout_going_on(tok: Token, ctx: RuleContext) -> list[Found]:
    """Two sides who resolve to go on with or grow what they do together cooperate:
    "X and Y affirmed their NOUN-of-will to continue VERB-ing cooperation", "both sides
    expressed the NOUN-of-will to continue VERB-ing their efforts", "X and Y discussed
    further VERB-ing the partnership"."""
    lex = ctx.lex.readouts
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN":
        if lemma not in lex.joint_nouns and tok.lower_ not in lex.joint_nouns:
            return []
        if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among")
               for c in tok.children):
            return []  # the noun names its own parties: other rules read them
        if any(c.dep_ == "poss" and ref(c) is not None for c in tok.children):
            return []  # "X's cooperation": X's, not the speakers'
    elif tok.pos_ == "VERB":
        if lemma not in lex.joint_verbs or tok.dep_ not in ("xcomp", "pcomp", "acl") or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return []
    else:
        return []
    verb, words = _stating_clause(tok)
    # a future act is none yet: "X and Y will continue their contacts"
    if verb is None or not asserted(verb) or is_negated(tok) or is_future_aux(verb):
        return []
    words.add(verb.lemma_.lower())
    if not words & (lex.going_on | ctx.lex.qualifiers.deepening):
        return []
    if words & ctx.lex.modality.damaging_verbs:
        return []
    subjects = _sides(verb)
    if len({r.key for r in subjects}) < 2:
        return []
    return all_pairs(subjects, "cooperatesWith", tok, 0.7)


def _sides(verb: Token) -> list[Ref]:
    """The named subjects of a clause; of an impersonal passive ("It was agreed to ..."),
    the two sides of the meeting the "it" stands for (``kg_pairs``)."""
    subjects = named_subjects(verb)
    if subjects:
        return subjects
    return [r for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ == "it"
            for r in group(c)]


@rule("readout.thanked_stance", gate=Gate(words=lambda ctx: ctx.lex.readouts.stance_nouns))
def readout_thanked_stance(noun: Token, ctx: RuleContext) -> list[Found]:
    """Thanking someone for their stance endorses it: "X thanked Y for his
    position" (X supports Y)."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in ctx.lex.readouts.stance_nouns:
        return []
    prep = noun.head
    verb = prep.head
    if prep.lower_ != "for" or verb.lemma_.lower() not in ctx.lex.modality.thanking_verbs:
        return []
    if not asserted(verb):
        return []
    kinds = ctx.kinds("supports")
    thanked = [r for d in verb.children if d.dep_ == "dobj" for c in conjuncts(d)
               for r in target_refs(c)[0] if r.kind in kinds and r.kind in ctx.agents]
    return [Found(s, "supports", t, noun.i, 0.7) for s in subject_refs(verb) for t in thanked
            if s.key != t.key]


@rule("readout.joint_undertaking",
      gate=Gate(words=lambda ctx: ctx.lex.constructions.joint_modifiers))
def readout_joint_undertaking(mod: Token, ctx: RuleContext) -> list[Found]:
    """Named sides carrying out an undertaking together cooperate, whatever the verb:
    "A and B conducted joint naval exercises", "A, B and C staged combined drills",
    "A and B launched a joint project"."""
    cons = ctx.lex.constructions
    if mod.dep_ not in ("amod", "compound") or mod.lower_ not in cons.joint_modifiers:
        return []
    noun = mod.head
    if noun.lemma_.lower() not in cons.joint_nouns and noun.lower_ not in cons.joint_nouns:
        return []
    if noun.dep_ != "dobj" or any(c.dep_ == "prep" and c.lower_ in ("with", "between")
                                  for c in noun.children):
        return []  # "joint drills with X": the noun names its partner (nominal rules)
    verb = noun.head
    if verb.pos_ != "VERB" or not asserted(verb) or is_future_aux(verb) or is_negated(noun):
        return []
    if verb.dep_ in ("xcomp", "relcl", "acl"):
        return []  # "agreed to hold joint drills", "plan to stage ...": not yet held
    subjects = named_subjects(verb)
    if not 2 <= len({r.key for r in subjects}) <= 6:
        return []
    return all_pairs(subjects, "cooperatesWith", noun, 0.7)


@rule("readout.allied_pair",
      gate=Gate(words=lambda ctx: ctx.lex.constructions.ally_heads
                | ctx.lex.constructions.partner_heads))
def readout_allied_pair(noun: Token, ctx: RuleContext) -> list[Found]:
    """Named sides called allies, or partners in a deepening word, of each other: "A and B
    are close allies", "A and B have been strategic partners since 2019", "the two
    countries are allies" (each cooperates with the other)."""
    cons = ctx.lex.constructions
    lemma = noun.lemma_.lower()
    if noun.dep_ != "attr" or noun.tag_ not in ("NNS", "NNPS") or any(
            c.dep_ == "prep" for c in noun.children):
        return []  # "A and B are allies of C": C's allies (the list rules read those)
    if any(c.dep_ == "poss" for c in noun.children):
        return []  # "A and B are C's allies"
    if lemma in cons.partner_heads and not any(
            c.dep_ in ("amod", "advmod", "compound")
            and c.lower_ in ctx.lex.qualifiers.deepening for c in noun.children):
        return []  # plain "partners" may be partners of an organization
    if lemma not in cons.ally_heads and lemma not in cons.partner_heads:
        return []
    copula = noun.head
    if copula.lemma_ != "be" or not asserted(copula) or is_future_aux(copula):
        return []
    subjects = named_subjects(copula)
    if not 2 <= len({r.key for r in subjects}) <= 4 or not all(
            r.kind in ("State", "Organization", "Person") for r in subjects):
        return []
    return all_pairs(subjects, "cooperatesWith", noun, 0.7)


@rule("readout.call_from",
      gate=Gate(words=lambda ctx: ctx.lex.readouts.call_taking_verbs))
def readout_call_from(verb: Token, ctx: RuleContext) -> list[Found]:
    """A call taken from a caller, as readouts tell it: "X received a telephone call from
    Y", "X took a call from Y" (X met with Y: a call is a meeting)."""
    met = ctx.lex.relations.get("metWith")
    if met is None or verb.pos_ != "VERB" or (
            verb.lemma_.lower() not in ctx.lex.readouts.call_taking_verbs) or not asserted(verb):
        return []
    calls = [c for c in verb.children if c.dep_ == "dobj" and (
        c.lemma_.lower() in met.nouns or c.lower_ in met.nouns)]
    # the parser hangs "from Y" on the call or on the verb
    callers = [r for h in [verb, *calls] if calls for p in h.children
               if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
               if o.dep_ == "pobj" for c in conjuncts(o) for r in target_refs(c)[0]
               if r.kind in ctx.kinds("metWith")]
    return [Found(s, "metWith", c, verb.i, 0.7) for s in subject_refs(verb)
            if s.kind in ctx.agents for c in callers if c.key != s.key]


@rule("readout.courtesy_call",
      gate=Gate(words=lambda ctx: ctx.lex.constructions.courtesy_call_words))
def readout_courtesy_call(tok: Token, ctx: RuleContext) -> list[Found]:
    """A call paid on someone is a visit to them: "X called on President Y" (nothing asked
    of Y), "X paid a courtesy call on Y" (X metWith Y)."""
    people = courtesy_call(tok)
    if not people:
        return []
    verb = tok if tok.pos_ == "VERB" else tok.head if (
        tok.dep_ == "dobj" and tok.head.pos_ == "VERB") else None
    if verb is None or not asserted(verb) or is_future_aux(verb):
        return []
    callers = [r for r in subject_refs(verb) if r.kind in ctx.agents]
    return [Found(c, "metWith", ref_p, tok.i, 0.7) for c in callers for p in people
            if (ref_p := ref(p)) is not None and ref_p.key != c.key]


@rule("readout.conveyed_backing", gate=Gate(words=lambda ctx: ctx.lex.readouts.conveying_verbs))
def readout_conveyed_backing(verb: Token, ctx: RuleContext) -> list[Found]:
    """Backing conveyed in a call or meeting, with no target of its own, backs the one
    contacted: "X phoned Y to express his support" (a purpose infinitive), "X called Y
    and voiced solidarity" (the next act of the same subject)."""
    ro = ctx.lex.readouts
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ro.conveying_verbs:
        return []
    contact = verb.head
    if contact.i == verb.i or contact.pos_ != "VERB" or (
            contact.lemma_.lower() not in ro.contact_verbs) or any(
            c.dep_ == "oprd" for c in contact.children):
        return []  # (not a verb that labels: "called Y a bully and reiterated its support")
    purpose = verb.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    after = verb.dep_ == "conj" and verb.i > contact.i and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if not (purpose or after) or not asserted(contact) or is_future_aux(contact) or (
            is_negated(verb)):
        return []
    backing = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
               and c.lemma_.lower() in ro.backing_nouns]
    if not backing or any(p.dep_ in ("prep", "dative") for b in [verb, *backing]
                          for p in b.children):
        return []  # (one with a target of its own: "support for Y" is Y's)
    kinds = ctx.kinds("supports")
    partners = [r for c in contact.children if c.dep_ == "dobj" for d in conjuncts(c)
                if (r := ref(d)) is not None and r.kind in kinds]
    return [Found(s, "supports", p, verb.i, 0.7) for s in subject_refs(contact)
            for p in partners if s.key != p.key]
