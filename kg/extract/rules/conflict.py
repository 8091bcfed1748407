"""Rules on armed attacks told from the weapon's or the target's side.

Constructions: weapons or strikes of an owner as the subject of a verb of hitting
("DEMONYM missiles hit X", "X's drones struck Y"); weapons fired at a target, the
target hung on the weapon ("X fired missiles at Y"); leading forces against
someone ("X led DEMONYM fighters against Y"); a target that came under attack
or fire from someone ("X came under attack from DEMONYM drones", "the town came
under fire from X's forces").
"""

from spacy.tokens import Token

from kg.extract.mentions import Ref
from kg.extract.rules import Found, Gate, RuleContext, asserted, named, rule
from kg.extract.syntax import conjuncts, is_negated, ref, subject_refs, target_refs

__all__ = ["attack_came_under", "attack_hit_by", "attack_led_against", "attack_performed_by",
           "attack_responsibility", "attack_weapon_object", "attack_weapon_subject",
           "military_fire"]


def _owners(noun: Token, ctx: RuleContext) -> list[Ref]:
    """Who fires a weapon: the actor the phrase names ("X's forces", "X-backed
    militias" are themselves actors), or the weapon's possessor or demonym
    ("DEMONYM missiles", "X's drones")."""
    found = named(noun)
    if found:
        return [r for r in found if r.kind in ctx.agents]
    if noun.lemma_.lower() not in ctx.lex.constructions.weapon_nouns:
        return []
    return [r for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")
            and (r := ref(c)) is not None and r.kind in ("State", "Organization", "Body")]


def military_fire(noun: Token, verb: Token, ctx: RuleContext) -> bool:
    """Whether the "fire" someone came under or drew is that of weapons: a weapon or fire
    modifies it ("artillery fire", "sniper fire"), it comes from forces or weapons ("from
    DEMONYM forces"), or what it hit is a place ("the town of X came under fire")."""
    cons = ctx.lex.constructions
    cues = cons.weapon_nouns | cons.military_fire_words
    if any(c.dep_ in ("amod", "compound", "nmod") and (
            c.lemma_.lower() in cues or c.lower_ in cues) for c in noun.children):
        return True
    sources = [c for h in (noun, verb) for p in h.children if p.dep_ == "prep"
               and p.lower_ in ("from", "by") for o in p.children if o.dep_ == "pobj"
               for c in conjuncts(o)]
    if any(c.lemma_.lower() in cues or c.lower_ in cues for c in sources):
        return True
    return any(r.kind == "Place" for r in subject_refs(verb))


@rule("attack.weapon_subject", gate=Gate(words=lambda ctx: ctx.lex.constructions.hitting_verbs))
def attack_weapon_subject(verb: Token, ctx: RuleContext) -> list[Found]:
    """"DEMONYM missiles hit X", "X's drones struck Y overnight": the weapons' owner
    attacks the one hit."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.constructions.hitting_verbs:
        return []
    # (a named attacker of an attack verb is the verb rules' own: "X's forces shelled Y")
    own = "attacks" in ctx.verbs.get(verb.lemma_.lower(), [])
    weapons = [c for c in verb.children if c.dep_ == "nsubj"
               and c.lemma_.lower() in ctx.lex.constructions.weapon_nouns
               and not (own and ref(c) is not None)]
    if not weapons or not asserted(verb):
        return []
    owners = [r for w in weapons for r in _owners(w, ctx)]
    kinds = ctx.kinds("attacks")
    targets = [r for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)
               for r in target_refs(x)[0] if r.kind in kinds]
    return [Found(o, "attacks", t, verb.i, 0.7) for o in owners for t in targets
            if o.key != t.key]


@rule("attack.came_under", gate=Gate(words=lambda ctx: ctx.lex.constructions.under_fire_nouns))
def attack_came_under(noun: Token, ctx: RuleContext) -> list[Found]:
    """"X came under attack from Y", "the city came under fire from DEMONYM forces": Y
    attacks X."""
    cons = ctx.lex.constructions
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in cons.under_fire_nouns:
        return []
    prep = noun.head
    verb = prep.head
    if prep.lower_ != "under" or verb.lemma_.lower() not in cons.under_fire_verbs:
        return []
    if not asserted(verb):
        return []
    if noun.lemma_.lower() in ctx.lex.reporting.drawn_criticism_nouns and not (
            military_fire(noun, verb, ctx)):
        return []  # "the minister came under fire from Y" is criticism (nominal.drew)
    # "from Y" on the noun, or on the verb ("came under fire yesterday from Y")
    attackers = [r for p in [*noun.children, *verb.children] if p.dep_ == "prep"
                 and p.lower_ in ("from", "by")
                 for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                 for r in _owners(c, ctx)]
    kinds = ctx.kinds("attacks")
    targets = [r for r in subject_refs(verb) if r.kind in kinds]
    return [Found(a, "attacks", t, noun.i, 0.7) for a in attackers for t in targets
            if a.key != t.key]


@rule("attack.weapon_object", gate=Gate(words=lambda ctx: [k for k, es in ctx.verb_preps.items()
                                          if any(rel == "attacks" for rel, _ in es)]))
def attack_weapon_object(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X fired missiles at Y", "X launched drones into Y": the parser hangs the target
    on the weapons; the one who fires attacks it."""
    entries = [ps for rel, ps in ctx.verb_preps.get(verb.lemma_.lower(), []) if rel == "attacks"]
    if not entries or verb.pos_ != "VERB":
        return []
    preps = {p for ps in entries for p in ps}
    weapons = [c for c in verb.children if c.dep_ == "dobj"
               and c.lemma_.lower() in ctx.lex.constructions.weapon_nouns]
    if not weapons or not asserted(verb):
        return []
    kinds = ctx.kinds("attacks")
    targets = [r for w in weapons for p in w.children if p.dep_ == "prep" and p.lower_ in preps
               for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
               for r in target_refs(c)[0] if r.kind in kinds]
    return [Found(s, "attacks", t, verb.i, 0.7) for s in subject_refs(verb)
            for t in targets if s.key != t.key and s.kind in ctx.agents]


@rule("attack.led_against", gate=Gate(words=lambda ctx: ctx.lex.constructions.leading_verbs))
def attack_led_against(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X led DEMONYM forces against Y", "X sent troops against Y": X attacks Y."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.constructions.leading_verbs:
        return []
    forces = [c for c in verb.children if c.dep_ == "dobj"
              and c.lemma_.lower() in ctx.lex.constructions.weapon_nouns]
    if not forces or not asserted(verb):
        return []
    kinds = ctx.kinds("attacks")
    # "against Y" on the verb, the forces, or a participle on them ("forces backed by Z
    # against Y")
    holders = [verb, *forces, *(a for f in forces for a in f.children if a.dep_ == "acl")]
    targets = [r for h in holders for p in h.children
               if p.dep_ == "prep" and p.lower_ == "against"
               for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
               for r in target_refs(c)[0] if r.kind in kinds]
    return [Found(s, "attacks", t, verb.i, 0.7) for s in subject_refs(verb)
            for t in targets if s.key != t.key and s.kind in ctx.agents]


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN")


def _agents(verb: Token, ctx: RuleContext) -> list[Ref]:
    """The actors of a passive's "by" phrase: named actors, or the owners of the weapons
    or forces named ("by Russian missiles", "by DEMONYM militants")."""
    return [r for a in verb.children if a.dep_ == "agent" or (
                a.dep_ == "prep" and a.lower_ == "by")
            for p in a.children if p.dep_ == "pobj" for c in conjuncts(p)
            for r in _owners(c, ctx)]


@rule("attack.hit_by", gate=Gate(words=lambda ctx: ctx.lex.constructions.hitting_verbs))
def attack_hit_by(verb: Token, ctx: RuleContext) -> list[Found]:
    """"Y was hit by DEMONYM missiles", "the city, struck by X's drones overnight": the
    weapons' owner attacks the one hit (the passive of ``attack.weapon_subject``)."""
    cons = ctx.lex.constructions
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cons.hitting_verbs or not (
            _is_passive(verb)):
        return []
    weapons = [p for a in verb.children if a.dep_ == "agent" for p in a.children
               if p.dep_ == "pobj" and p.lemma_.lower() in cons.weapon_nouns]
    # (a named attacker of an attack verb is the verb rules' own: "Y was shelled by X")
    own = "attacks" in ctx.verbs.get(verb.lemma_.lower(), [])
    weapons = [w for w in weapons if not (own and ref(w) is not None)]
    if not weapons or not asserted(verb):
        return []
    owners = [r for w in weapons for c in conjuncts(w) for r in _owners(c, ctx)]
    kinds = ctx.kinds("attacks")
    if verb.dep_ == "acl":
        patients = [verb.head]
    else:
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
    targets = [r for p in patients for x in conjuncts(p) for r in target_refs(x)[0]
               if r.kind in kinds]
    return [Found(o, "attacks", t, verb.i, 0.7) for o in owners for t in targets
            if o.key != t.key]


def _attack_targets(noun: Token, ctx: RuleContext, holders: list[Token]) -> list[Ref]:
    """Whom an attack noun strikes: its own prepositions ("strikes on Y", "the invasion of
    Y") and those of the verb that carries it out ("launched by X against Y")."""
    preps = {p for rel, ps in ctx.nouns.get(noun.lemma_.lower(), []) + ctx.nouns.get(
        noun.lower_, []) if rel == "attacks" for p in ps}
    kinds = ctx.kinds("attacks")
    found: list[Ref] = []
    for h in holders:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ not in (preps if h.i == noun.i else
                                                     preps & {"against", "on", "into"}):
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                for c in conjuncts(o):
                    found.extend(r for r in target_refs(c)[0] if r.kind in kinds)
    return list({r.key: r for r in found}.values())


def _attack_noun(tok: Token, ctx: RuleContext) -> bool:
    return any(rel == "attacks" for rel, _ in ctx.nouns.get(tok.lemma_.lower(), [])
               + ctx.nouns.get(tok.lower_, []))


@rule("attack.performed_by", gate=Gate(words=lambda ctx: ctx.lex.constructions.performing_verbs))
def attack_performed_by(verb: Token, ctx: RuleContext) -> list[Found]:
    """"The offensive launched by X against Y", "strikes on Y carried out by DEMONYM
    forces", "the attack on Y was claimed by X": the agent of the verb that carries out
    (or claims) an attack is the attacker."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.constructions.performing_verbs:
        return []
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        nouns = [verb.head]
    else:
        nouns = [c for c in verb.children if c.dep_ == "nsubjpass"]
    measures = ctx.lex.constructions.measure_nouns
    # "a wave of attacks on Y, mounted by X": the attacks the measure counts
    nouns += [o for n in nouns if n.lemma_.lower() in measures for p in n.children
              if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    nouns = [n for c in nouns for n in conjuncts(c) if _attack_noun(n, ctx)
             and not is_negated(n)]
    if not nouns or not asserted(verb):
        return []
    attackers = [r for r in _agents(verb, ctx) if r.kind in ctx.agents]
    out: list[Found] = []
    for n in nouns:
        for t in _attack_targets(n, ctx, [n, verb]):
            out.extend(Found(a, "attacks", t, n.i, 0.7) for a in attackers if a.key != t.key)
    return out


@rule("attack.responsibility", gate=Gate(
    words=lambda ctx: ctx.lex.constructions.responsibility_nouns))
def attack_responsibility(noun: Token, ctx: RuleContext) -> list[Found]:
    """"X claimed responsibility for the attack on Y", "X, which took credit for the
    bombing of Y": the one who owns the attack attacks its target."""
    cons = ctx.lex.constructions
    if noun.lemma_.lower() not in cons.responsibility_nouns or noun.dep_ != "dobj":
        return []
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cons.responsibility_verbs:
        return []
    if not asserted(verb):
        return []
    acts = [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
            if _attack_noun(c, ctx) and not is_negated(c)]
    if not acts:
        return []
    attackers = [r for r in subject_refs(verb) if r.kind in ctx.agents]
    return [Found(a, "attacks", t, n.i, 0.7) for n in acts
            for t in _attack_targets(n, ctx, [n]) for a in attackers if a.key != t.key]
