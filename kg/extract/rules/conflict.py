"""Rules on armed attacks told from the weapon's or the target's side.

Constructions: weapons or strikes of an owner as the subject of a verb of hitting
("DEMONYM missiles hit X", "X's drones struck Y"); weapons fired at a target, the
target hung on the weapon ("X fired missiles at Y"); leading forces against
someone ("X led DEMONYM fighters against Y"); a target that came under attack
or fire from someone ("X came under attack from DEMONYM drones", "the town came
under fire from X's forces"); a named victim killed in an owner's strike ("killed in a
DEMONYM drone strike"). Joint action of armed sides: forces of two states doing one act
("DEMONYM and DEMONYM forces are searching ...") and alliances told by a participle ("X,
which is allied with Y").
"""

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.mentions import Ref
from kg.extract.rules import Found, Gate, RuleContext, all_pairs, asserted, named, rule
from kg.extract.syntax import conjuncts, is_negated, ref, subject_refs, target_refs
from kg.gazetteer import load_gazetteer

__all__ = ["attack_ascribed_to", "attack_blamed_on", "attack_clash_between",
           "attack_came_under", "attack_compound_claimed", "attack_fought", "attack_hit_by",
           "attack_opened_fire", "attack_led_against", "attack_performed_by",
           "attack_responsibility", "attack_took_control", "attack_force_from",
           "attack_relative", "sanction_relative", "stance_relative", "attack_ousted",
           "attack_drove_out",
           "attack_engaged_in",
           "attack_behind",
           "attack_weapon_object", "attack_weapon_subject", "military_fire",
           "attack_killed_in", "struck_capital", "attack_crossed_into", "attack_counted",
           "attack_noun_by",           "place_refs", "attack_downed", "attack_repelled",
           "coop_joint_forces", "coop_allied_with", "verb_condemned_claimed"]


def _owners(noun: Token, ctx: RuleContext, acts: bool = False) -> list[Ref]:
    """Who fires a weapon: the actor the phrase names ("X's forces", "X-backed
    militias" are themselves actors), or the weapon's possessor or demonym
    ("DEMONYM missiles", "X's drones"); with ``acts``, also who owns an attack noun
    ("DEMONYM attacks hit Y", "X's raids killed ...")."""
    found = named(noun)
    if found:
        return [r for r in found if r.kind in ctx.agents]
    if noun.lemma_.lower() not in ctx.lex.constructions.weapon_nouns and not (
            acts and _attack_noun(noun, ctx)):
        return []
    found = [r for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")
             and (r := ref(c)) is not None and r.kind in ("State", "Organization", "Body")]
    if acts and not found and noun.lemma_.lower() not in ctx.lex.constructions.weapon_nouns:
        # "raids by X", "attacks from GROUP" (from where weapons come is no owner: "drones
        # from Y" may be bought, and "attacks from STATE" may be a group's on its soil)
        found = [r for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                 for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                 if (r := ref(c)) is not None and (
                     r.kind in ("Organization", "Body")
                     or (r.kind == "State" and p.lower_ == "by"))]
    # "rockets fired by X": the agent of a participle on the weapons
    return found or [r for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN"
                     and asserted(a) for g in a.children if g.dep_ == "agent" for p in g.children
                     if p.dep_ == "pobj" for c in conjuncts(p)
                     if (r := ref(c)) is not None and r.kind in ("State", "Organization", "Body")]


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


def place_refs(tok: Token, ctx: RuleContext) -> list[Ref]:
    """The place (or state) a phrase of place names: a mention (of any kind), or a noun
    of place with its name beside it or its owner ("X's NAME region", "the city of NAME", "the
    region of NAME"; "X's border region" names only X)."""
    own = ref(tok)
    if own is not None:
        return [own]
    if tok.lemma_.lower() not in ctx.lex.constructions.place_nouns:
        return []
    named = [r for c in tok.children if c.dep_ in ("compound", "appos")
             and (r := ref(c)) is not None and r.kind in ("Place", "State")]
    named += [r for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"
              and (r := ref(o)) is not None and r.kind in ("Place", "State")]
    if named:
        return named
    return [r for c in tok.children if c.dep_ == "poss"
            and (r := ref(c)) is not None and r.kind in ("Place", "State")]


def _places_in(tok: Token, ctx: RuleContext) -> list[Ref]:
    """The places (or states) an act happened in: "in PLACE" on ``tok``."""
    kinds = ctx.kinds("attacks")
    return [r for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
            for r in place_refs(c, ctx) if r.kind in kinds and r.kind in ("Place", "State")]


def struck_capital(f: Found, doc: Doc, ctx: RuleContext) -> Found:
    """An attack that strikes a capital strikes the city, not the state it may stand for:
    "DEMONYM missiles hit CAPITAL", "the attacks on CAPITAL" (a capital named as the place
    of an act is a place; a war, invasion or offensive against it stays on its state). So
    does one on "the DEMONYM town of NAME": the town."""
    obj = f.object
    if f.relation == "attacks" and obj.how == "demonym" and obj.kind == "State":
        return _struck_town(f, doc, ctx)
    if f.relation != "attacks" or obj.how != "metonym" or obj.kind != "State":
        return f
    span = doc[obj.start:obj.end]
    if not span.text[:1].isupper():
        return f
    trigger = doc[f.trigger]
    words = ctx.lex.constructions.place_striking_words
    if trigger.lemma_.lower() not in words and trigger.lower_ not in words:
        return f
    return replace(f, object=obj.as_place())


def _struck_town(f: Found, doc: Doc, ctx: RuleContext) -> Found:
    """An attack on "the DEMONYM town of NAME", "the DEMONYM coastal city of NAME" strikes
    the town the noun of place names, not the state its demonym places it in."""
    tok = doc[f.object.start]
    head = tok.head
    if f.object.end - f.object.start != 1 or tok.dep_ not in ("amod", "compound", "nmod") or (
            head.lemma_.lower() not in ctx.lex.constructions.place_nouns) or ref(head) is not None:
        return f
    places = [r for r in place_refs(head, ctx) if r.kind == "Place"]
    if len(places) != 1 or places[0].key == f.subject.key:
        return f
    return replace(f, object=places[0])


def _hitting(ctx: RuleContext) -> frozenset[str]:
    cons = ctx.lex.constructions
    return cons.hitting_verbs | cons.casualty_verbs | cons.destruction_verbs


@rule("attack.weapon_subject", gate=Gate(words=_hitting))
def attack_weapon_subject(verb: Token, ctx: RuleContext) -> list[Found]:
    """"DEMONYM missiles hit X", "X's drones struck Y overnight": the weapons' owner
    attacks the one hit; "an X airstrike killed five people in Y": where the victims name
    no actor, the place it happened in."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _hitting(ctx):
        return []
    # (a named attacker of an attack verb is the verb rules' own: "X's forces shelled Y")
    own = "attacks" in ctx.verbs.get(verb.lemma_.lower(), [])
    # (an attack noun hits like a weapon: "DEMONYM attacks hit Y", "X's raids killed ...")
    weapons = [c for c in verb.children if c.dep_ == "nsubj"
               and (c.lemma_.lower() in ctx.lex.constructions.weapon_nouns
                    or _attack_noun(c, ctx))
               and not (own and ref(c) is not None) and not is_negated(c)]
    if not weapons or not asserted(verb):
        return []
    owners = [r for w in weapons for r in _owners(w, ctx, acts=True)]
    kinds = ctx.kinds("attacks")
    casualty = verb.lemma_.lower() in ctx.lex.constructions.casualty_verbs
    targets = [r for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)
               if _victim_counts(x, casualty, ctx)
               for r in target_refs(x)[0] if r.kind in kinds]
    if not targets:  # "... killed five people in Y", "... struck a depot in Y"
        hit = [x for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)]
        # ("burnt down hundreds of homes in Y": the place is on what the count counts)
        hit += [o for x in hit if ref(x) is None for p in x.children
                if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        targets = _places_in(verb, ctx) + [r for x in hit for r in _places_in(x, ctx)]
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
    if not attackers:  # "came under DEMONYM attack", "came under X's bombardment"
        attackers = [r for r in _owners(noun, ctx, acts=True) if r.kind in ctx.agents]
    kinds = ctx.kinds("attacks")
    # ("the DEMONYM town of NAME came under fire": the town, not its state)
    places = [r for c in verb.children if c.dep_ == "nsubj" and ref(c) is None
              and c.lemma_.lower() in ctx.lex.constructions.place_nouns
              for r in place_refs(c, ctx) if r.kind in kinds and r.kind == "Place"]
    targets = places or [r for r in subject_refs(verb) if r.kind in kinds]
    if not targets:  # "DEMONYM positions came under fire from Y": whose they are
        targets = [r for c in verb.children if c.dep_ == "nsubj" and ref(c) is None
                   for x in conjuncts(c) for r in target_refs(x)[0]
                   if r.kind in kinds and r.kind in ("State", "Organization")]
    return [Found(a, "attacks", t, noun.i, 0.7) for a in attackers for t in targets
            if a.key != t.key]


@rule("attack.weapon_object", gate=Gate(words=lambda ctx: [k for k, es in ctx.verb_preps.items()
                                          if any(rel == "attacks" for rel, _ in es)]))
def attack_weapon_object(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X fired missiles at Y", "X launched drones into Y": the parser hangs the target
    on the weapons; the one who fires attacks it. "Missiles fired by X at Y": the
    participle's agent fires them."""
    entries = [ps for rel, ps in ctx.verb_preps.get(verb.lemma_.lower(), []) if rel == "attacks"]
    if not entries or verb.pos_ != "VERB":
        return []
    # (with weapons as the object, also "on": "launched missiles on Y", "a missile and
    # drone attack on Y" where the parser hangs "on" on the weapons)
    base = {p for ps in entries for p in ps}
    preps = base | {"on"}
    weapon_nouns = ctx.lex.constructions.weapon_nouns
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and (
        verb.head.lemma_.lower() in weapon_nouns)
    weapons = [verb.head] if participle else [
        c for c in verb.children if c.dep_ == "dobj" and (c.lemma_.lower() in weapon_nouns or any(
            # a count or wave of them: "fired dozens of rockets at Y"
            g.lemma_.lower() in weapon_nouns for p in c.children
            if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"))]
    weapons += [g for c in weapons for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in weapon_nouns]
    if not weapons or not asserted(verb):
        return []
    kinds = ctx.kinds("attacks")
    # (on the weapons, or on the verb: "launched rockets at Y")
    # (the added "on" only on the weapons themselves: an attack noun's own "on" is the
    # nominal rules', "launched air strikes on Y")
    targets = [r for w in [*weapons, verb] for p in w.children
               if p.dep_ == "prep" and p.lower_ in preps and not (
                   p.lower_ not in base and (w.i == verb.i or _attack_noun(w, ctx)))
               for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
               for r in target_refs(c)[0] if r.kind in kinds]
    # (a force as the subject fires for its owner: "DEMONYM militias launched rockets at Y")
    actors = _agents(verb, ctx) if participle else _actors(verb, ctx)
    return [Found(s, "attacks", t, verb.i, 0.7) for s in actors
            for t in {r.key: r for r in targets}.values()
            if s.key != t.key and s.kind in ctx.agents]


def _led_force(tok: Token, ctx: RuleContext) -> bool:
    """Whether what one leads is armed: forces ("DEMONYM fighters"), an armed act that is
    nothing but an attack ("led the insurgency", "led an offensive"), or a movement a
    modifier makes armed ("a guerrilla movement", "an armed struggle")."""
    cons = ctx.lex.constructions
    lemma = tok.lemma_.lower()
    if lemma in cons.weapon_nouns:
        return True
    rels = {rel for rel, _ in ctx.nouns.get(lemma, []) + ctx.nouns.get(tok.lower_, [])}
    if rels == {"attacks"} and not is_negated(tok):
        return True
    return lemma in cons.armed_movement_nouns and any(
        c.dep_ in ("amod", "compound") and c.lower_ in cons.armed_movement_modifiers
        for c in tok.children)


@rule("attack.led_against", gate=Gate(words=lambda ctx: ctx.lex.constructions.leading_verbs))
def attack_led_against(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X led DEMONYM forces against Y", "X sent troops against Y": X attacks Y; "X
    ordered troops into Y", "sent its army into Y": X invades the state Y
    (``attack.sent_into``)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.constructions.leading_verbs:
        return []
    forces = [c for c in verb.children if c.dep_ == "dobj" and _led_force(c, ctx)]
    if not forces or not asserted(verb):
        return []
    kinds = ctx.kinds("attacks")
    # "against Y" on the verb, the forces, or a participle on them ("forces backed by Z
    # against Y")
    holders = [verb, *forces, *(a for f in forces for a in f.children if a.dep_ == "acl")]
    # (a person's "government" or "regime" stands for a state it does not name: "against
    # NAME's government" attacks no person)
    targets = [r for h in holders for p in h.children
               if p.dep_ == "prep" and p.lower_ == "against"
               for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
               for r in target_refs(c)[0] if r.kind in kinds
               and not (r.kind == "Person" and ref(c) is None)]
    # (a non-state armed group led is itself a side: "X led Hmong forces against Y")
    groups = [r for f in forces if (r := ref(f)) is not None and r.kind == "Organization"]
    # (and the state or group whose forces they are: "X ordered DEMONYM troops into Y",
    # "sent its troops against Y")
    groups += [r for f in forces if ref(f) is None for r in _sides(f, ctx)
               if r.kind in ("State", "Organization")]
    # (a state's armed body sent is the state's act: "X ordered DEMONYM troops into Y")
    groups += [r for f in forces if (b := ref(f)) is not None and b.kind == "Body"
               for c in f.children if c.dep_ in ("amod", "compound", "poss", "nmod")
               and (r := ref(c)) is not None and r.kind == "State"]
    sides = [s for s in [*subject_refs(verb), *groups] if s.kind in ctx.agents]
    out = [Found(s, "attacks", t, verb.i, 0.7) for s in sides for t in targets
           if s.key != t.key]
    # "into Y" (a state named itself, not a place in it) on the verb or the forces
    invaded = [r for h in (verb, *forces) for p in h.children
               if p.dep_ == "prep" and p.lower_ == "into"
               for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
               if (r := ref(c)) is not None and r.kind == "State"]
    return out + [Found(s, "attacks", t, verb.i, 0.7, "attack.sent_into")
                  for s in sides for t in invaded if s.key != t.key]


def _attack_verbs(ctx: RuleContext) -> list[str]:
    """The verbs the lexicon makes attacks ("attacked", "shelled")."""
    return [v for v, rels in ctx.verbs.items() if "attacks" in rels]


def _victim_counts(victim: Token, casualty: bool, ctx: RuleContext) -> bool:
    """Whether a victim is a target: the victims of a casualty verb only where named or
    armed ("killed a DEMONYM woman" is no attack on her state; "killed five DEMONYM
    soldiers" is one on theirs)."""
    return not (casualty and ref(victim) is None and not _armed([victim], ctx))


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


@rule("attack.hit_by", gate=Gate(words=_hitting))
def attack_hit_by(verb: Token, ctx: RuleContext) -> list[Found]:
    """"Y was hit by DEMONYM missiles", "the city, struck by X's drones overnight": the
    weapons' owner attacks the one hit (the passive of ``attack.weapon_subject``); "NAME
    was killed by a DEMONYM airstrike": the one killed, where named (``attack.killed_by``).
    The active with the weapons as instrument, "X hit Y with drones", "X slammed Y with
    air strikes": X attacks Y."""
    cons = ctx.lex.constructions
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _hitting(ctx):
        return []
    if not _is_passive(verb):
        return _hit_with(verb, ctx)
    casualty = verb.lemma_.lower() in cons.casualty_verbs
    weapons = [p for a in verb.children if a.dep_ == "agent" for p in a.children
               if p.dep_ == "pobj" and (p.lemma_.lower() in cons.weapon_nouns
                                        or _attack_noun(p, ctx))]
    # (a named attacker of an attack verb is the verb rules' own: "Y was shelled by X")
    own = "attacks" in ctx.verbs.get(verb.lemma_.lower(), [])
    weapons = [w for w in weapons if not (own and ref(w) is not None)]
    if not weapons or not asserted(verb):
        return []
    owners = [r for w in weapons for c in conjuncts(w) for r in _owners(c, ctx, acts=True)]
    kinds = ctx.kinds("attacks")
    if verb.dep_ == "acl":
        patients = [verb.head]
    else:
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
    targets = [r for p in patients for x in conjuncts(p) if _victim_counts(x, casualty, ctx)
               for r in target_refs(x)[0] if r.kind in kinds]
    if casualty:
        return [Found(o, "attacks", t, verb.i, 0.7, "attack.killed_by") for o in owners
                for t in targets if o.key != t.key]
    return [Found(o, "attacks", t, verb.i, 0.7) for o in owners for t in targets
            if o.key != t.key]


def _hit_with(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X hit Y with 100 drones", "X rocked Y with missile strikes": the subject (a named
    actor or the owner of forces) attacks the one hit, where the instrument is a weapon
    (not "hit Y with sanctions", "slammed Y with criticism"). Verbs that
    attack of themselves ("struck Y with missiles") are the verb rules' own."""
    cons = ctx.lex.constructions
    if "attacks" in ctx.verbs.get(verb.lemma_.lower(), []) or not asserted(verb):
        return []
    held = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)]
    # (and what a count or wave holds: "with dozens of drones", "with a wave of missiles")
    held += [g for c in held for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    # (weapons only: "hit Y with a barrage of attacks on his record" may be words)
    tools = [c for c in held if c.lemma_.lower() in cons.weapon_nouns]
    if not tools:
        return []
    kinds = ctx.kinds("attacks")
    targets = [r for d in verb.children if d.dep_ == "dobj" for x in conjuncts(d)
               for r in target_refs(x)[0] if r.kind in kinds]
    return [Found(s, "attacks", t, verb.i, 0.7) for s in _actors(verb, ctx) for t in targets
            if s.key != t.key]


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
    relative = _relative_act(verb, ctx)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        nouns = [verb.head]
    elif relative is not None:
        nouns = [relative]
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
    # ("the attack, which X claimed": the clause's subject carries it out)
    attackers = [r for r in (subject_refs(verb) if relative is not None else _agents(verb, ctx))
                 if r.kind in ctx.agents]
    out: list[Found] = []
    for n in nouns:
        targets = _attack_targets(n, ctx, [n] if relative is not None else [n, verb])
        if not targets:
            targets = _struck_places(n, ctx)
        out.extend(Found(a, "attacks", t, n.i, 0.7) for t in targets for a in attackers
                   if a.key != t.key)
    return out


def _relative_act(verb: Token, ctx: RuleContext) -> Token | None:
    """The attack that a relative clause of carrying out or claiming is said of: "the
    bombing, which X claimed, ...", "the attack on Y, which X carried out" (the parser
    may hang the clause on the attack's target). None where ``verb`` heads no such clause
    or where the claim is one of ownership ("which X claims as its own")."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "dobj" and c.lower_ in _RELATIVES
                                       for c in verb.children):
        return None
    if any(c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
           for c in verb.children):
        return None
    head = verb.head
    if _attack_noun(head, ctx):
        return head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and _attack_noun(head.head.head, ctx):
        return head.head.head
    return None


def _struck_places(noun: Token, ctx: RuleContext) -> list[Ref]:
    """Where an attack with no target struck, told by the casualties it caused: "the
    bombing, claimed by X, killed five people in Y", "the attack, which killed 20 people
    in Y" (the attack's subject verb or its relative clause of casualties)."""
    casualty = ctx.lex.constructions.casualty_verbs
    verbs = [c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB" and any(
        s.dep_ == "nsubj" and s.lower_ in _RELATIVES for s in c.children)]
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        verbs.append(noun.head)
    out: list[Ref] = []
    for v in verbs:
        if v.lemma_.lower() not in casualty or not asserted(v):
            continue
        hit = [x for c in v.children if c.dep_ == "dobj" for x in conjuncts(c)]
        out += _places_in(v, ctx) + [r for x in hit for r in _places_in(x, ctx)]
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
    # ("for the attack, which killed 20 people in Y": where it struck)
    return [Found(a, "attacks", t, n.i, 0.7) for n in acts
            for t in (_attack_targets(n, ctx, [n]) or _struck_places(n, ctx))
            for a in attackers if a.key != t.key]


def _sides(tok: Token, ctx: RuleContext) -> list[Ref]:
    """The actors a fighting side names: a named actor, the owner of forces ("DEMONYM
    troops"), or each demonym of forces of two ("A and B forces")."""
    # (the parser may hang the pair as a noun modifier: "between DEMONYM and DEMONYM troops")
    demonyms = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
                and any(x.dep_ == "conj" for x in c.children)]
    if demonyms and tok.lemma_.lower() in ctx.lex.constructions.weapon_nouns:
        return [r for c in conjuncts(demonyms[0]) if (r := ref(c)) is not None
                and r.kind in ctx.agents]
    return [r for r in _owners(tok, ctx) if r.kind in ctx.agents]


def _armed(tokens: list[Token], ctx: RuleContext) -> bool:
    """Whether a side of a fight is a force: "DEMONYM troops", "X fighters"."""
    forces = ctx.lex.constructions.weapon_nouns
    return any(t.lemma_.lower() in forces or t.lower_ in forces for t in tokens)


def _actors(verb: Token, ctx: RuleContext) -> list[Ref]:
    """Who acts: the named subjects, or the owners of the forces that are the subject."""
    subjects = [x for c in verb.children if c.dep_ == "nsubj" for x in conjuncts(c)]
    # "A and B forces clashed": the parser makes one force of the two
    paired = [x for x in subjects if any(c.dep_ in ("amod", "compound", "nmod") and any(
        d.dep_ == "conj" for d in c.children) for c in x.children)]
    found = [r for x in paired for r in _sides(x, ctx)]
    if not paired:
        found += [r for r in subject_refs(verb) if r.kind in ctx.agents]
    found += [r for x in subjects if ref(x) is None for r in _sides(x, ctx)]
    return list({r.key: r for r in found}.values())


@rule("attack.opened_fire", gate=Gate(words=lambda ctx: ctx.lex.constructions.fire_opening_verbs))
def attack_opened_fire(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X opened fire on Y", "DEMONYM troops opened fire at protesters in Y": the one who
    fires attacks its target (or, where that names no actor, the place it happened in)."""
    cons = ctx.lex.constructions
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cons.fire_opening_verbs:
        return []
    fire = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in cons.fire_nouns]
    if not fire or not asserted(verb):
        return []
    kinds = ctx.kinds("attacks")
    aims = [o for h in (verb, *fire) for p in h.children if p.dep_ == "prep"
            and p.lower_ in cons.fire_preps for o in p.children if o.dep_ == "pobj"]
    targets = [r for o in aims for c in conjuncts(o) for r in target_refs(c)[0]
               if r.kind in kinds]
    if not targets:
        targets = [r for h in (verb, *aims) for r in _places_in(h, ctx)]
    return [Found(a, "attacks", t, verb.i, 0.7) for a in _actors(verb, ctx) for t in targets
            if a.key != t.key]


def _clash_armed(noun: Token, sides: list[Token], ctx: RuleContext) -> bool:
    cons = ctx.lex.constructions
    return noun.lower_ in cons.physical_clash_nouns or _armed(sides, ctx) or any(
        c.dep_ in ("amod", "compound") and c.lower_ in cons.armed_modifiers
        for c in noun.children)


@rule("attack.clash_between", gate=Gate(words=lambda ctx: ctx.lex.constructions.clash_nouns))
def attack_clash_between(noun: Token, ctx: RuleContext) -> list[Found]:
    """"Clashes between X forces and Y", "heavy fighting between X and Y": each side
    attacks the other (a clash that is not armed by its sides, its modifiers or its name,
    "the two clashed over trade", gives nothing)."""
    cons = ctx.lex.constructions
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ not in cons.clash_nouns:
        return []
    # "between" on the noun, or on the verb it is the subject of ("clashes broke out
    # between X and Y")
    holders = [noun, noun.head] if noun.dep_ == "nsubj" else [noun]
    sides = [c for h in holders for p in h.children if p.dep_ == "prep"
             and p.lower_ == "between" for o in p.children if o.dep_ == "pobj"
             for c in conjuncts(o)]
    if len(sides) < 2 and not (len(sides) == 1 and any(
            x.dep_ == "conj" for c in sides[0].children
            if c.dep_ in ("amod", "compound", "nmod") for x in c.children)):
        return []
    if not _clash_armed(noun, sides, ctx) or not asserted(noun) or (
            noun.head.pos_ in ("VERB", "AUX") and not asserted(noun.head)):
        return []
    refs = list({r.key: r for s in sides for r in _sides(s, ctx)}.values())
    return [Found(a, "attacks", b, noun.i, 0.6) for a in refs for b in refs
            if a.key != b.key]


@rule("attack.fought", gate=Gate(words=lambda ctx: ctx.lex.constructions.clash_verbs))
def attack_fought(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X troops battled Y forces in Z", "the militants fought DEMONYM soldiers": the
    subject attacks the object; "A and B forces clashed": each attacks the other. Only
    where a side is a force (fighting "the proposal" or "in court" is no attack)."""
    cons = ctx.lex.constructions
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cons.clash_verbs or not (
            asserted(verb)):
        return []
    subjects = [x for c in verb.children if c.dep_ == "nsubj" for x in conjuncts(c)]
    objects = [x for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)]
    kinds = ctx.kinds("attacks")
    # "A and B fought a war", "X fought a war against Y": the object is the armed act
    wars = [o for o in objects if ref(o) is None and _war_noun(o, ctx)]
    if wars:
        return _fought_war(verb, wars, ctx)
    if not _armed(subjects + objects, ctx) and not _states_at_war(verb, subjects, objects) and (
            objects or not _on_frontier(verb, ctx)):
        return []
    actors = _actors(verb, ctx)
    if objects:
        targets = [r for o in objects for r in (_sides(o, ctx) or target_refs(o)[0])
                   if r.kind in kinds]
        return [Found(a, "attacks", t, verb.i, 0.7) for a in actors for t in targets
                if a.key != t.key]
    if any(p.dep_ == "prep" and p.lower_ in ("with", "against") for p in verb.children):
        return []  # "X clashed with Y" is the verb rules'
    return [Found(a, "attacks", b, verb.i, 0.6) for a in actors for b in actors
            if a.key != b.key]


def _states_at_war(verb: Token, subjects: list[Token], objects: list[Token]) -> bool:
    """Whether a verb of fighting sets states against each other: "X has been fighting Y
    since 2022", with state (or group) named on both sides and no dispute "over"
    something ("X fought Y over tariffs" is a quarrel)."""
    def side(toks: list[Token]) -> bool:
        return bool(toks) and all((r := ref(t)) is not None and r.kind == "State" for t in toks)
    # ("X, which has been fighting Y": the relative stands for the antecedent)
    subjects = [verb.head if verb.dep_ == "relcl" and t.lower_ in _RELATIVES else t
                for t in subjects]
    return side(subjects) and side(objects) and not any(
        p.dep_ == "prep" and p.lower_ in ("over", "in") for p in verb.children)


def _on_frontier(verb: Token, ctx: RuleContext) -> bool:
    """Whether a fight happens on a border or front line ("clashed along their border",
    "clashed on the front line"), which makes it armed whoever the sides are."""
    frontier = ctx.lex.constructions.frontier_nouns
    return any(p.dep_ == "prep" and p.lower_ in ("along", "on", "at", "across", "near")
               and (o.lemma_.lower() in frontier or o.lower_ in frontier)
               for p in verb.children for o in p.children if o.dep_ == "pobj")


def _war_noun(tok: Token, ctx: RuleContext) -> bool:
    """A noun that is nothing but an armed act ("war", "offensive"), or a physical clash."""
    cons = ctx.lex.constructions
    rels = {rel for rel, _ in ctx.nouns.get(tok.lemma_.lower(), []) + ctx.nouns.get(tok.lower_, [])}
    # (no "trade war", no "war of words")
    unarmed = any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in cons.unarmed_war_modifiers
                  for c in tok.children) or any(
        p.dep_ == "prep" and p.lower_ == "of" and o.lower_ in cons.unarmed_war_modifiers
        for p in tok.children for o in p.children if o.dep_ == "pobj")
    return (rels == {"attacks"} or tok.lower_ in cons.physical_clash_nouns) and not unarmed and (
        not is_negated(tok))


def _fought_war(verb: Token, wars: list[Token], ctx: RuleContext) -> list[Found]:
    """A war fought as the object of a verb of fighting: "X fought a war against Y" (X
    attacks Y), "X fought a war with Y" and "A and B fought a war" (each attacks the
    other)."""
    kinds = ctx.kinds("attacks")
    actors = _actors(verb, ctx)
    out: list[Found] = []
    for h in (verb, *wars):
        for p in h.children:
            # ("with" on the verb may be an ally: "fought with DEMONYM forces in Y")
            if p.dep_ != "prep" or p.lower_ not in (
                    ("against",) if h.i == verb.i else ("against", "with")):
                continue
            foes = [r for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                    for r in (_sides(c, ctx) or target_refs(c)[0]) if r.kind in kinds]
            for a in actors:
                for t in foes:
                    if a.key == t.key:
                        continue
                    out.append(Found(a, "attacks", t, verb.i, 0.7))
                    if p.lower_ == "with" and t.kind in ctx.agents:
                        out.append(Found(t, "attacks", a, verb.i, 0.6))
    if out or any(p.dep_ == "prep" and p.lower_ in ("against", "with", "alongside")
                  for h in (verb, *wars) for p in h.children):
        return out  # a war against what is no side ("against terrorism"): no attack
    return [Found(a, "attacks", b, verb.i, 0.6) for a in actors for b in actors
            if a.key != b.key]


def _attributed_acts(verb: Token, ctx: RuleContext, verbs: frozenset[str]) -> list[Token] | None:
    """The attack nouns a verb of blaming or attributing (``verbs``) is about: its object
    or passive subject, or the noun it modifies ("another bombing ascribed to X"); None
    where the verb is not one of ``verbs`` or is not asserted."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or not asserted(verb):
        return None
    acts = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        acts.append(verb.head)
    return [n for c in acts for n in conjuncts(c) if _attack_noun(n, ctx)
            and not is_negated(n)]


@rule("attack.blamed_on", gate=Gate(words=lambda ctx: ctx.lex.constructions.blaming_verbs))
def attack_blamed_on(verb: Token, ctx: RuleContext) -> list[Found]:
    """"Strikes on Y were blamed on X", "Y blamed the attack on Z on X", "Y blamed X for
    the shelling of Z": X attacks the attack's target (a claim, like "accused X of
    shelling Z")."""
    acts = _attributed_acts(verb, ctx, ctx.lex.constructions.blaming_verbs)
    if acts is None:
        return []
    if acts:  # "blamed the attack on X" (or "the attack on Y on X", both on the noun)
        ons = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"]
        ons += [ps[-1] for n in acts if len(ps := [p for p in n.children if p.dep_ == "prep"
                                                   and p.lower_ == "on"]) > 1]
        attackers = [r for p in ons for o in p.children if o.dep_ == "pobj"
                     for c in conjuncts(o) for r in _sides(c, ctx)]
    else:  # "blamed X for the attack"
        acts = [n for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children if o.dep_ == "pobj" for n in conjuncts(o)
                if _attack_noun(n, ctx) and not is_negated(n)]
        attackers = [r for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)
                     for r in _sides(x, ctx)]
    return [Found(a, "attacks", t, n.i, 0.6) for n in acts
            for t in _attack_targets(n, ctx, [n]) for a in attackers if a.key != t.key]


def _act_targets(n: Token, ctx: RuleContext) -> list[Ref]:
    """Whom an attack strikes: its own prepositions, else the place named as its modifier
    ("a CITY car bombing"), else those of the attack it is said to be ("a CITY bombing
    killed five, another attack claimed by X": the noun set beside the first one)."""
    found = _attack_targets(n, ctx, [n])
    if found:
        return found
    kinds = ctx.kinds("attacks")
    # "an attack on X's office in CITY", "a bombing of the DEMONYM embassy": an office is
    # struck as its owner's
    preps = {p for rel, ps in ctx.nouns.get(n.lemma_.lower(), []) + ctx.nouns.get(
        n.lower_, []) if rel == "attacks" for p in ps}
    offices = [o for p in n.children if p.dep_ == "prep" and p.lower_ in preps
               for o in p.children if o.dep_ == "pobj" and (r := ref(o)) is not None
               and r.kind == "Office"]
    owned = [r for o in offices for c in o.children if c.dep_ in ("compound", "poss", "amod")
             and (r := ref(c)) is not None and r.kind in kinds and r.kind in ctx.agents]
    if owned:
        return list({r.key: r for r in owned}.values())
    placed = [r for c in n.children if c.dep_ == "compound" and (r := ref(c)) is not None
              and r.kind in kinds and r.kind == "Place"]
    if placed:
        return placed
    if n.dep_ == "appos" and _attack_noun(n.head, ctx):
        return _act_targets(n.head, ctx) if n.head.dep_ != "appos" else []
    edge = n.left_edge.i
    if n.dep_ in ("dobj", "npadvmod") and n.head.pos_ == "VERB" and edge > 0 and (
            n.doc[edge - 1].lower_ == ","):  # (the parser hangs the aside on the verb)
        return [r for c in n.head.children if c.dep_ == "nsubj" and c.i < n.i
                and _attack_noun(c, ctx) for r in _act_targets(c, ctx)]
    return []


@rule("attack.ascribed_to", gate=Gate(words=lambda ctx: ctx.lex.constructions.attributing_verbs))
def attack_ascribed_to(verb: Token, ctx: RuleContext) -> list[Found]:
    """Attributions of an attack in wire copy: "the attack on Y was attributed to X",
    "another bombing ascribed to X", "officials attributed the strike on Y to X": X
    attacks the attack's target (a claim, like "blamed on X")."""
    acts = _attributed_acts(verb, ctx, ctx.lex.constructions.attributing_verbs)
    if acts is None:
        return []
    attackers = [r for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                 for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                 for r in _sides(c, ctx)]
    return [Found(a, "attacks", t, n.i, 0.6) for n in acts
            for t in _act_targets(n, ctx) for a in attackers if a.key != t.key]


@rule("attack.compound_claimed", gate=Gate(
    words=lambda ctx: ctx.lex.constructions.attack_compound_participles))
def attack_compound_claimed(part: Token, ctx: RuleContext) -> list[Found]:
    """An attack noun whose doer is compounded with a participle, common in wire copy: "an
    X-claimed attack on Y", "X-led strikes on Y", "the X-launched offensive against Y": X
    attacks Y."""
    cons = ctx.lex.constructions
    if part.dep_ != "amod" or part.lemma_.lower() not in cons.attack_compound_participles:
        return []
    act = part.head
    if not _attack_noun(act, ctx) or is_negated(act) or not asserted(act):
        return []
    doers = [r for c in part.children if c.dep_ in ("npadvmod", "compound", "amod")
             and c.i < part.i for r in _sides(c, ctx)]
    if not doers:
        return []
    targets = _act_targets(act, ctx) or _war_named_for(act)
    return [Found(a, "attacks", t, act.i, 0.7) for t in targets
            for a in doers if a.key != t.key]


def _war_named_for(act: Token) -> list[Ref]:
    """The state a named war is named for, where the name is one mention ("the X-led Iraq
    War", "the Y-led Vietnam War"): the state word compounded on the war noun inside the
    name."""
    own = ref(act)
    if own is None:
        return []
    found: list[Ref] = []
    for c in act.children:
        if c.dep_ != "compound" or not own.start <= c.i < own.end:
            continue
        hit = load_gazetteer().find(c.text)
        if hit is not None and hit[0].kind == "State" and hit[1] == "name":
            found.append(Ref(hit[0].key, "State", c.i, c.i + 1, c.text))
    return found


@rule("attack.took_control", gate=Gate(
    words=lambda ctx: ctx.lex.constructions.control_taking_verbs))
def attack_took_control(verb: Token, ctx: RuleContext) -> list[Found]:
    """Taking ground by force, as war reports put it: "X militants took control of PLACE",
    "X forces seized control of the town of Y": the armed side attacks the place (or
    state) taken. The subject must be a force ("militants", "DEMONYM troops") or a
    non-state group; "the government took control of the company" gives nothing."""
    cons = ctx.lex.constructions
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cons.control_taking_verbs:
        return []
    control = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in (
        cons.control_nouns)]
    if not control or not asserted(verb):
        return []
    subjects = [x for c in verb.children if c.dep_ == "nsubj" for x in conjuncts(c)]
    if _armed(subjects, ctx):
        actors = _actors(verb, ctx)
    else:
        actors = [r for r in subject_refs(verb) if r.kind == "Organization"]
    # "of" on the noun, or on the verb where the parser hangs it there
    targets = [r for h in (*control, verb) for p in h.children
               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
               for x in conjuncts(o)
               for r in target_refs(x)[0] if r.kind in ("Place", "State")]
    # "took control of a neighbourhood of CITY, NAME": the name set beside the place noun
    kinds = ctx.kinds("attacks")
    targets += [r for h in (*control, verb) for p in h.children
                if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj" and ref(o) is None for a in o.children if a.dep_ == "appos"
                and (r := ref(a)) is not None and r.kind in kinds]
    return [Found(a, "attacks", t, verb.i, 0.7) for a in actors
            for t in {r.key: r for r in targets}.values() if a.key != t.key]


def _origin(tok: Token, depth: int = 0) -> list[Ref]:
    """Whom a force without a named owner comes from: "rebels from X", "fighters of X",
    "rebels believed to be from X" (a participle of belief or report and "be"), and the
    fighters a force is made of ("a force of 1,000 rebels from X")."""
    if depth > 2:
        return []
    found = [r for p in tok.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
             for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
             if (r := ref(c)) is not None and r.kind in ("Organization", "Body", "State")]
    found += [r for a in tok.children if a.dep_ == "acl" for x in a.children
              if x.dep_ == "xcomp" and x.lemma_ == "be" for r in _origin(x, depth + 1)]
    found += [r for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" and ref(o) is None
              for r in _origin(o, depth + 1)]
    return list({r.key: r for r in found}.values())


@rule("attack.force_from", gate=Gate(
    words=_attack_verbs))
def attack_force_from(verb: Token, ctx: RuleContext) -> list[Found]:
    """A force named by whom it comes from, common where wire copy is unsure of the
    attacker: "a force of 1,000 rebels believed to be from X attacked Y", "gunmen
    thought to be from X stormed Y": X attacks Y. Only a force noun as the subject
    ("rebels", "fighters"), one that names no owner of its own."""
    if verb.pos_ != "VERB" or "attacks" not in ctx.verbs.get(verb.lemma_.lower(), []):
        return []
    # (or a band of them: "a column of 300 fighters from X")
    forces = [x for c in verb.children if c.dep_ == "nsubj" for x in conjuncts(c)
              if ref(x) is None and not _owners(x, ctx) and (_armed([x], ctx) or _armed(
                  [o for p in x.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"], ctx))]
    if not forces or not asserted(verb) or any(r.kind in ctx.agents for r in subject_refs(verb)):
        return []  # ("rebels from X attacked Y": the verb rules read X themselves)
    attackers = [r for f in forces for r in _origin(f) if r.kind in ctx.agents]
    kinds = ctx.kinds("attacks")
    targets = [r for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)
               for r in target_refs(x)[0] if r.kind in kinds]
    return [Found(a, "attacks", t, verb.i, 0.6) for a in attackers for t in targets
            if a.key != t.key]


_RELATIVES = ("which", "that", "whom", "who")


@rule("attack.relative", gate=Gate(
    words=_attack_verbs))
def attack_relative(verb: Token, ctx: RuleContext) -> list[Found]:
    """The one attacked named before a relative clause, as background in wire copy:
    "Crimea, which Russia annexed in 2014", "the Golan Heights, which belonged to Syria
    and were occupied by X" (the second verb of the clause shares its "which"): the
    attacker (the clause's subject, or the passive's agent) attacks the antecedent."""
    return [Found(a, "attacks", t, verb.i, 0.7)
            for a, t in _relative_pairs(verb, ctx, "attacks")]


def _sanction_verbs(ctx: RuleContext) -> list[str]:
    """The verbs the lexicon makes sanctions ("sanctioned", "blacklisted")."""
    return [v for v, rels in ctx.verbs.items() if "sanctions" in rels]


@rule("sanction.relative", gate=Gate(words=_sanction_verbs))
def sanction_relative(verb: Token, ctx: RuleContext) -> list[Found]:
    """The one sanctioned named before a relative clause: "Y, which X has sanctioned since
    2014", "Y, which was blacklisted by X": X sanctions Y (as ``attack.relative``)."""
    return [Found(a, "sanctions", t, verb.i, 0.7)
            for a, t in _relative_pairs(verb, ctx, "sanctions")]


def _relative_pairs(verb: Token, ctx: RuleContext, rel: str) -> list[tuple[Ref, Ref]]:
    """(actor, antecedent) for a verb of ``rel`` in a relative clause whose relative
    pronoun is its object (or, conjoined, its passive subject)."""
    if verb.pos_ != "VERB" or rel not in ctx.verbs.get(verb.lemma_.lower(), []):
        return []
    clause = verb
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl":
        clause = verb.head
    if clause.dep_ != "relcl":
        return []
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        # "which were occupied by X" alone is the verb rules'; here its conjoined form
        if clause.i == verb.i or any(c.dep_ == "nsubjpass" for c in verb.children) or not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVES
                for c in clause.children):
            return []
        attackers = _agents(verb, ctx)
    else:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if clause.i != verb.i and not objects:  # "which X invaded and annexed"
            objects = [c for c in clause.children if c.dep_ == "dobj"]
        if not any(o.lower_ in _RELATIVES for o in objects):
            return []
        attackers = [r for r in subject_refs(verb) if r.kind in ctx.agents]
    if not asserted(verb):
        return []
    kinds = ctx.kinds(rel)
    targets = [r for x in conjuncts(clause.head) for r in target_refs(x)[0] if r.kind in kinds]
    return [(a, t) for a in attackers for t in targets
            if a.key != t.key and a.kind in ctx.agents]


def _stance_verbs(ctx: RuleContext) -> list[str]:
    """The verbs the lexicon makes criticism or opposition ("accused", "rejected")."""
    return [v for v, rels in ctx.verbs.items() if {"criticizes", "opposes"} & set(rels)]


@rule("stance.relative", gate=Gate(words=_stance_verbs))
def stance_relative(verb: Token, ctx: RuleContext) -> list[Found]:
    """The one criticized or opposed named before a relative clause whose pronoun is the
    verb's object, as background in wire copy: "Y, whom X accuses of backing the rebels",
    "Y, which X has long criticized" (as ``attack.relative``)."""
    return [Found(a, rel, t, verb.i, 0.7) for rel in ("criticizes", "opposes")
            for a, t in _relative_pairs(verb, ctx, rel)]


@rule("attack.ousted", gate=Gate(words=lambda ctx: ctx.lex.constructions.removal_verbs))
def attack_ousted(verb: Token, ctx: RuleContext) -> list[Found]:
    """Removing a ruler by force, common as background in wire copy: "a US-led coalition
    ousted X", "X, ousted by the army in 2013": the remover attacks the one removed, where
    the remover is a state, a non-state group or an armed force ("the party ousted its
    leader", "lawmakers ousted X" give nothing)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.constructions.removal_verbs:
        return []
    if not asserted(verb):
        return []
    if _is_passive(verb):
        removers = [c for a in verb.children if a.dep_ == "agent" for p in a.children
                    if p.dep_ == "pobj" for c in conjuncts(p)]
        removed = [verb.head] if verb.dep_ == "acl" else [
            c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        removers = [x for c in verb.children if c.dep_ == "nsubj" for x in conjuncts(c)]
        removed = [c for c in verb.children if c.dep_ == "dobj"]
    actors = [r for x in removers for r in (
        _sides(x, ctx) if _armed([x], ctx) else
        [r for r in [ref(x)] if r is not None and r.kind in ("State", "Organization")])]
    targets = [r for x in removed for c in conjuncts(x) for r in target_refs(c)[0]
               if r.kind in ("Person", "State", "Body")]
    return [Found(a, "attacks", t, verb.i, 0.6) for a in actors for t in targets
            if a.key != t.key]


def _driven_from(verb: Token) -> bool:
    """Whether a verb of driving says out of where: "drove X out (of PLACE)", "pushed X
    from PLACE" (a "from" phrase only with a place named in it)."""
    for c in verb.children:
        if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod"):
            return True
        if c.dep_ == "prep" and c.lower_ == "from" and any(
                (r := ref(t)) is not None and r.kind in ("Place", "State")
                for t in c.subtree):
            return True
    return False


@rule("attack.drove_out", gate=Gate(words=lambda ctx: ctx.lex.constructions.driving_out_verbs))
def attack_drove_out(verb: Token, ctx: RuleContext) -> list[Found]:
    """Driving a foe out of ground by force, as war reports tell a battle's end: "X troops
    drove GROUP militants out of CITY", "GROUP was pushed from TOWN by X forces": the one
    who drives attacks the one driven, where one of the two is named as a force
    ("drove foreign firms out of the market" gives nothing)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.constructions.driving_out_verbs:
        return []
    if not asserted(verb) or not _driven_from(verb):
        return []
    if _is_passive(verb):
        drivers = [c for a in verb.children if a.dep_ == "agent" for p in a.children
                   if p.dep_ == "pobj" for c in conjuncts(p)]
        driven = [x for c in verb.children if c.dep_ == "nsubjpass" for x in conjuncts(c)]
        actors = [r for x in drivers for r in _sides(x, ctx)]
    else:
        drivers = [x for c in verb.children if c.dep_ == "nsubj" for x in conjuncts(c)]
        driven = [x for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)]
        actors = _actors(verb, ctx)
    if not _armed(drivers, ctx) and not (_armed(driven, ctx) and verb.lemma_.lower() in (
            ctx.lex.constructions.forcible_driving_verbs)):
        # (a force drives; or forces are driven by a verb of force alone: a government
        # that "forced foreign troops out of the country" expelled them)
        return []
    # the one driven is a group, or a state's forces ("DEMONYM troops"), not its people
    targets = [r for x in driven for r in (target_refs(x)[0] or _sides(x, ctx))
               if r.kind == "Organization" or (
                   r.kind in ("State", "Body") and _armed([x], ctx))]
    return [Found(a, "attacks", t, verb.i, 0.6) for a in actors for t in targets
            if a.key != t.key]


@rule("attack.engaged_in", gate=Gate(words=lambda ctx: ctx.lex.constructions.engaging_verbs))
def attack_engaged_in(verb: Token, ctx: RuleContext) -> list[Found]:
    """Taking part in an armed act, as war reports put it: "X was engaged in combat against
    Y", "X forces were involved in heavy fighting with Y", "X took part in the invasion
    of Y": X attacks Y."""
    cons = ctx.lex.constructions
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in cons.engaging_verbs:
        return []
    parts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in (
        cons.engaging_objects)]
    holders = [verb, *parts]
    acts = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj"]
    if lemma == "take" and not parts:
        return []
    acts = [n for a in acts for n in conjuncts(a) if not is_negated(n) and (
        _attack_noun(n, ctx) or n.lower_ in cons.clash_nouns)]
    if not acts or not asserted(verb):
        return []
    kinds = ctx.kinds("attacks")
    targets = [r for n in acts for r in _attack_targets(n, ctx, [n])]
    # a fight "with" or "against" someone (the clash nouns name no prepositions)
    targets += [r for n in acts if n.lower_ in cons.clash_nouns for p in n.children
                if p.dep_ == "prep" and p.lower_ in ("with", "against")
                for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                for r in (_sides(c, ctx) or target_refs(c)[0]) if r.kind in kinds]
    subjects = [x for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                for x in conjuncts(c)]
    actors = [r for x in subjects for r in (
        [ref(x)] if ref(x) is not None else _sides(x, ctx)) if r is not None
        and r.kind in ctx.agents]
    return [Found(a, "attacks", t, verb.i, 0.6) for a in actors
            for t in {r.key: r for r in targets}.values() if a.key != t.key]


_PRONOUNS = ("it", "they", "we")


@rule("attack.behind", gate=Gate(words=lambda ctx: ["behind"]))
def attack_behind(prep: Token, ctx: RuleContext) -> list[Found]:
    """Owning an attack by being "behind" it where the subject sits away from the copula,
    as wire copy puts claims and suspicions: "X is believed to be behind the attack on Y"
    (the subject of the raising verb), "X said it was behind the bombing of Y" (a pronoun
    for the speaker). ("X was behind the attack on Y" itself is nominal.trigger's.)"""
    copula = prep.head
    if prep.dep_ != "prep" or prep.lower_ != "behind" or copula.lemma_ != "be":
        return []
    acts = [c for o in prep.children if o.dep_ == "pobj" for c in conjuncts(o)
            if _attack_noun(c, ctx) and not is_negated(c)]
    if not acts or not asserted(copula):
        return []
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    if copula.dep_ == "xcomp" and not subjects:  # "X is believed to be behind"
        raised = copula.head
        doers = [r for c in raised.children if c.dep_ in ("nsubjpass", "nsubj")
                 for x in conjuncts(c) for r in _sides(x, ctx)]
        if not asserted(raised):
            return []
    elif copula.dep_ == "ccomp" and subjects and all(
            s.lower_ in _PRONOUNS for s in subjects):  # "X said it was behind"
        doers = [r for r in subject_refs(copula.head) if r.kind in ctx.agents]
    else:
        return []
    return [Found(a, "attacks", t, n.i, 0.6) for n in acts for t in _act_targets(n, ctx)
            for a in doers if a.key != t.key]


@rule("attack.killed_in", gate=Gate(words=lambda ctx: ctx.lex.constructions.casualty_verbs
                                    | ctx.lex.constructions.dying_verbs))
def attack_killed_in(verb: Token, ctx: RuleContext) -> list[Found]:
    """A named victim of a strike whose owner modifies it, the usual way wire copy reports
    a targeted killing: "NAME was killed in a DEMONYM missile strike", "NAME, killed in an
    X air raid last year", "NAME died in a DEMONYM drone strike", "killed in an X
    counter-terrorism operation": the owner (a state or group named as the strike's
    modifier or possessor) attacks the one killed. Victims that name nobody ("five
    soldiers were killed in an X strike") give nothing."""
    cons = ctx.lex.constructions
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (lemma in cons.dying_verbs or (
            lemma in cons.casualty_verbs and _is_passive(verb))):
        return []
    acts = [n for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj" for n in conjuncts(o)
            if _attack_noun(n, ctx) and not is_negated(n)]
    if not acts or not asserted(verb):
        return []
    # (the owner may sit on a modifier of the noun: "a US counter-terrorism operation")
    mods = [c for n in acts for c in n.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    mods += [d for c in mods if c.dep_ == "compound" and ref(c) is None for d in c.children
             if d.dep_ in ("amod", "compound", "nmod", "poss")]
    owners = [r for c in mods if (r := ref(c)) is not None
              and r.kind in ("State", "Organization", "Body") and r.kind in ctx.agents]
    if not owners:
        return []
    if verb.dep_ in ("acl", "relcl") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        victims = [verb.head]
    else:
        victims = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
        if verb.dep_ == "relcl" and any(v.lower_ in _RELATIVES for v in victims):
            victims = [verb.head]  # "NAME, who was killed in an X strike"
    kinds = ctx.kinds("attacks")
    # (a count the parser makes the head: "dozens of DEMONYM soldiers were killed")
    counts = ctx.lex.constructions.attack_count_nouns
    victims += [o for v in victims if ref(v) is None and (v.like_num or v.lemma_.lower() in counts)
                for p in v.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]
    # (named, or named beside the noun: "the commander, NAME, was killed"; or a state's
    # forces: "five DEMONYM soldiers were killed in an X raid" attacks the state)
    targets = [r for v in victims for x in conjuncts(v) if ref(x) is not None or any(
               a.dep_ == "appos" and ref(a) is not None for a in x.children)
               for r in target_refs(x)[0] if r.kind in kinds]
    targets += [r for v in victims for x in conjuncts(v) if ref(x) is None and _armed([x], ctx)
                for r in _sides(x, ctx) if r.kind in kinds]
    return [Found(o, "attacks", t, verb.i, 0.7) for o in owners for t in targets
            if o.key != t.key]


@rule("attack.crossed_into", gate=Gate(words=lambda ctx: ctx.lex.constructions.incursion_verbs))
def attack_crossed_into(verb: Token, ctx: RuleContext) -> list[Found]:
    """Forces moving into another's ground, as wire copy tells an incursion: "DEMONYM
    troops crossed into Y", "X's forces crossed the border into Y", "DEMONYM tanks entered
    Y": the forces' owner attacks the state or place entered. Only a force as the subject
    ("the delegation entered Y" is a visit)."""
    cons = ctx.lex.constructions
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in cons.incursion_verbs:
        return []
    subjects = [x for c in verb.children if c.dep_ == "nsubj" for x in conjuncts(c)]
    if not subjects or not _armed(subjects, ctx) or not asserted(verb):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    grounds = [o for h in (verb, *objects) for p in h.children
               if p.dep_ == "prep" and p.lower_ == "into" for o in p.children if o.dep_ == "pobj"]
    if lemma in cons.entering_verbs:
        grounds += objects
    # ("at the invitation of its government", "for joint exercises": no incursion)
    cues = cons.invited_entry_cues
    if any(p.dep_ == "prep" and (o.lemma_.lower() in cues or o.lower_ in cues)
           for p in verb.children for o in p.children if o.dep_ == "pobj"):
        return []
    targets = [r for g in grounds for c in conjuncts(g)
               if (r := ref(c)) is not None and r.kind in ("State", "Place")]
    return [Found(a, "attacks", t, verb.i, 0.6) for a in _actors(verb, ctx) for t in targets
            if a.key != t.key]


def _craft_owners(craft: Token, ctx: RuleContext) -> list[Ref]:
    """Whose a craft is: its demonym or possessor ("a DEMONYM drone", "X's tanker"), or
    the state before an owning participle ("a DEMONYM-owned ship")."""
    mods = [c for c in craft.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    owning = ctx.lex.constructions.craft_owning_participles
    mods += [d for c in mods if ref(c) is None and (
        c.lemma_.lower() in owning or c.lower_ in owning)
        for d in c.children if d.dep_ in ("npadvmod", "compound", "amod")]
    return [r for c in mods if (r := ref(c)) is not None and r.kind in ("State", "Organization")]


def _with_particle(verb: Token, lemma: str, ctx: RuleContext) -> bool:
    """Whether a verb that counts only with a particle ("shot down", "beat back") has one
    of its particles; a verb with no such need always counts."""
    needed = ctx.lex.constructions.particle_verbs.get(lemma)
    # (the parser may take the particle for an adverb: "shot down 20 of 25 drones")
    return needed is None or any(c.dep_ in ("prt", "advmod") and c.lower_ in needed
                                 for c in verb.children)


@rule("attack.downed", gate=Gate(words=lambda ctx: ctx.lex.constructions.downing_verbs))
def attack_downed(verb: Token, ctx: RuleContext) -> list[Found]:
    """A craft brought down or taken: "X shot down a DEMONYM drone", "X's navy seized a
    DEMONYM tanker", "a DEMONYM jet was shot down by X": the one who downs it attacks the
    craft's owner."""
    cons = ctx.lex.constructions
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in cons.downing_verbs:
        return []
    if not _with_particle(verb, lemma, ctx):
        return []
    passive = _is_passive(verb)
    if passive:
        crafts = [verb.head] if verb.dep_ == "acl" else [
            c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        crafts = [c for c in verb.children if c.dep_ == "dobj"]
    # (a count the parser makes the head: "shot down 20 of 25 DEMONYM drones", "most of")
    crafts += [o for c in crafts if ref(c) is None and (
        c.like_num or c.pos_ in ("ADJ", "PRON") or c.lemma_.lower() in cons.attack_count_nouns)
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    crafts = [x for c in crafts for x in conjuncts(c)]
    # munitions downed in defence: whoever fired them attacks the one who downs them
    munitions = [x for x in crafts if x.lemma_.lower() in cons.munition_nouns]
    crafts = [x for x in crafts if x.i not in {m.i for m in munitions} and (
        x.lemma_.lower() in cons.craft_nouns or x.lower_ in cons.craft_nouns)
        and lemma not in cons.defending_verbs]
    if not (crafts or munitions) or not asserted(verb):
        return []
    if munitions:
        firers = [r for m in munitions for r in _craft_owners(m, ctx) + _owners(m, ctx)]
        defenders = [r for r in _agents(verb, ctx)] if passive else _actors(verb, ctx)
        return [Found(f, "attacks", d, verb.i, 0.6) for f in {r.key: r for r in firers}.values()
                for d in defenders if f.key != d.key and d.kind in ctx.kinds("attacks")]
    owners = [r for c in crafts for r in _craft_owners(c, ctx)]
    if passive:
        doers = [p for a in verb.children if a.dep_ == "agent" for p in a.children
                 if p.dep_ == "pobj"]
        actors = [r for r in _agents(verb, ctx) if r.kind in ctx.agents]
    else:
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        actors = _actors(verb, ctx)
    # (a body that is no force, "DEMONYM police seized a DEMONYM boat", enforces a law)
    # (a named force is armed by any word of its name: "the Revolutionary Guards")
    if any((r := ref(d)) is not None and r.kind == "Body" and not _armed(
            [d, *d.doc[r.start:r.end]], ctx) for x in doers for d in conjuncts(x)):
        return []
    # (a person who boards or takes a craft travels in it: only states, groups and forces)
    return [Found(a, "attacks", o, verb.i, 0.6) for a in actors for o in owners
            if a.key != o.key and a.kind in ("State", "Organization", "Body")]


@rule("attack.repelled", gate=Gate(words=lambda ctx: ctx.lex.constructions.repelling_verbs))
def attack_repelled(verb: Token, ctx: RuleContext) -> list[Found]:
    """An attack fended off: "X repelled a DEMONYM assault", "X beat back a Y offensive",
    "DEMONYM forces repulsed an attack by Y": the attack's owner attacks the one who
    repels it."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in ctx.lex.constructions.repelling_verbs:
        return []
    if not _with_particle(verb, lemma, ctx):
        return []
    acts = [x for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)
            if _attack_noun(x, ctx) and not is_negated(x)]
    if not acts or not asserted(verb):
        return []
    owners = [r for a in acts for c in a.children if c.dep_ in ("amod", "compound", "nmod", "poss")
              and (r := ref(c)) is not None and r.kind in ("State", "Organization")]
    owners += [r for a in acts for p in a.children if p.dep_ == "prep" and p.lower_ == "by"
               for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
               for r in _owners(c, ctx)]
    return [Found(o, "attacks", d, verb.i, 0.6) for o in owners for d in _actors(verb, ctx)
            if o.key != d.key]


@rule("attack.counted", gate=Gate(words=lambda ctx: ctx.lex.constructions.attack_count_nouns))
def attack_counted(noun: Token, ctx: RuleContext) -> list[Found]:
    """A count or run of attacks that the parser makes the head, the target hanging on
    the count: "X carried out hundreds of raids on Y", "X launched a barrage of missiles
    at Y", "a wave of strikes against Y": the subject of the verb that carries them out
    attacks the target."""
    cons = ctx.lex.constructions
    if noun.lemma_.lower() not in cons.attack_count_nouns and noun.lower_ not in (
            cons.attack_count_nouns):
        return []
    acts = [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
            if (_attack_noun(c, ctx) or c.lemma_.lower() in cons.weapon_nouns)
            and not is_negated(c)]
    verb = noun.head
    if not acts or noun.dep_ != "dobj" or verb.pos_ != "VERB" or not asserted(verb):
        return []
    if verb.lemma_.lower() not in cons.performing_verbs and not any(
            rel == "attacks" for rel, _ in ctx.verb_preps.get(verb.lemma_.lower(), [])):
        return []
    kinds = ctx.kinds("attacks")
    targets = [r for p in noun.children if p.dep_ == "prep"
               and p.lower_ in ("on", "against", "at", "into")
               for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
               for r in target_refs(c)[0] if r.kind in kinds]
    return [Found(s, "attacks", t, noun.i, 0.6) for s in _actors(verb, ctx)
            if s.kind in ctx.agents for t in {r.key: r for r in targets}.values()
            if s.key != t.key]


def _attack_noun_words(ctx: RuleContext) -> list[str]:
    return [n for n, es in ctx.nouns.items() if any(rel == "attacks" for rel, _ in es)]


@rule("attack.noun_by", gate=Gate(words=_attack_noun_words))
def attack_noun_by(noun: Token, ctx: RuleContext) -> list[Found]:
    """An attack whose doer is a force named by its owner in a "by" phrase: "the shelling
    of Y by DEMONYM forces", "strikes on Y by X's jets": the owner (or the forces, where
    named as a body) attacks the target. (A named doer, "by X", is nominal.trigger's.)"""
    if noun.pos_ != "NOUN" or not _attack_noun(noun, ctx) or is_negated(noun):
        return []
    forces = [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
              for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
              if _armed([c], ctx)]
    if not forces:
        return []
    head = noun.head
    if head.pos_ in ("VERB", "AUX") and not asserted(head):
        return []
    attackers = [r for f in forces for r in _owners(f, ctx) if r.kind in ctx.agents]
    return [Found(a, "attacks", t, noun.i, 0.6) for t in _attack_targets(noun, ctx, [noun])
            for a in attackers if a.key != t.key]


@rule("coop.joint_forces", gate=Gate(words=lambda ctx: ctx.lex.constructions.weapon_nouns))
def coop_joint_forces(noun: Token, ctx: RuleContext) -> list[Found]:
    """Forces of two states acting as one, common in war reporting: "DEMONYM and DEMONYM
    forces are searching ...", "operations by X and Y troops", "joint X and Y soldiers":
    the two states cooperate. Not where the forces are the two sides of a fight ("A and B
    forces clashed", "fighting between A and B troops": attack.fought/clash_between)."""
    cons = ctx.lex.constructions
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in cons.weapon_nouns:
        return []
    demonyms = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
                and any(x.dep_ == "conj" for x in c.children)]
    if not demonyms or is_negated(noun):
        return []
    # The forces must do something together: be the doers of an act that forces carry out
    # jointly ("are searching", "operations by A and B troops"), or of one a joint word
    # marks ("fought together against Z", "a joint patrol of A and B soldiers"); forces
    # named together as two sides ("A and B forces exchanged fire", "losses of A and B
    # troops") give nothing.
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("by", "of"):
        act = head.head
    elif noun.dep_ == "nsubj":
        act = head
    else:
        return []
    if act.dep_ == "agent":
        act = act.head
    if act.lemma_ == "be":  # "A and B forces are in PLACE searching for ..."
        act = next((c for c in act.children if c.dep_ in ("advcl", "xcomp", "acomp")
                    and c.lemma_.lower() in cons.joint_operation_verbs), act)
    cue = any(c.lower_ in cons.joint_cues for c in act.children if c.dep_ in (
        "advmod", "amod", "prep"))
    reciprocal = any(d.lower_ in ctx.lex.constructions.reciprocal_objects
                     for c in act.children for d in c.subtree)
    doing = act.lemma_.lower() in cons.joint_operation_verbs or (
        act.pos_ == "NOUN" and _attack_noun(act, ctx) and noun.head.lower_ == "by")
    if reciprocal or not (doing or cue):
        return []
    if act.pos_ in ("VERB", "AUX") and not asserted(act):
        return []
    states = [r for c in conjuncts(demonyms[0]) if (r := ref(c)) is not None
              and r.kind == "State"]
    states = list({r.key: r for r in states}.values())
    if len(states) < 2:
        return []
    return all_pairs(states, "cooperatesWith", noun, 0.6)


def _party(tok: Token, ctx: RuleContext) -> list[Ref]:
    """An actor a phrase names, or the owner of the forces it names ("DEMONYM militias")."""
    own = ref(tok)
    if own is not None:
        return [own] if own.kind in ctx.kinds("cooperatesWith") else []
    return _sides(tok, ctx)


@rule("coop.allied_with", gate=Gate(words=lambda ctx: ctx.lex.constructions.alliance_participles))
def coop_allied_with(part: Token, ctx: RuleContext) -> list[Found]:
    """A standing alliance told by a participle, common in background lines of war reports:
    "X is allied with Y", "X, which is aligned with Y", "militias allied with Y", "the
    Y-aligned X forces": the two cooperate (a passive with no subject of its own, which the
    verb rules do not read)."""
    cons = ctx.lex.constructions
    if part.lower_ not in cons.alliance_participles or not asserted(part):
        return []
    partners = [r for p in part.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                for r in _party(c, ctx)]
    # "the Y-aligned forces": the partner compounded before the participle
    if part.dep_ == "amod":
        partners += [r for c in part.children if c.dep_ in ("npadvmod", "compound")
                     and c.i < part.i for r in _party(c, ctx)]
    if not partners:
        return []
    subjects = [c for c in part.children if c.dep_ in ("nsubjpass", "nsubj")]
    if part.dep_ == "acomp" and part.head.lemma_.lower() in cons.copulas:
        if not asserted(part.head):
            return []
        subjects = [c for c in part.head.children if c.dep_ == "nsubj"]
        holder = part.head
    else:
        holder = part
    if any(s.lower_ in _RELATIVES for s in subjects) and holder.dep_ == "relcl":
        subjects = [holder.head]  # "X, which is allied with Y"
    if part.dep_ in ("acl", "amod") and not subjects:
        subjects = [part.head]  # "militias allied with Y", "Y-aligned X forces"
    allied = [r for s in subjects for x in conjuncts(s) for r in _party(x, ctx)]
    out = [Found(a, "cooperatesWith", b, part.i, 0.6) for a in allied for b in partners
           if a.key != b.key]
    return list({(f.subject.key, f.object.key): f for f in out}.values())


# how many sentences back a claim of responsibility is looked for
_CLAIM_REACH = 6


def _claimers(noun: Token, ctx: RuleContext) -> list[Ref]:
    """Who the text said, a few sentences before ``noun``, claimed an attack: the subject
    of "claimed responsibility for the bombing" or the one it is "for" ("a spokesman for X
    took responsibility for the attack"), the last such claim."""
    cons = ctx.lex.constructions
    doc = noun.doc
    start = noun.sent.start
    for _ in range(_CLAIM_REACH):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for tok in reversed(doc[start:noun.i]):
        if tok.lemma_.lower() not in cons.responsibility_nouns or tok.dep_ != "dobj":
            continue
        verb = tok.head
        if verb.lemma_.lower() not in cons.responsibility_verbs or not asserted(verb):
            continue
        if not any(_attack_noun(c, ctx) for p in tok.children if p.dep_ == "prep"
                   and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"
                   for c in conjuncts(o)):
            continue
        found = subject_refs(verb)
        if not found and verb.head.lower_ == "as":
            # "quoted a spokesman for X as taking responsibility"
            quoted = [d for d in verb.head.head.children
                      if d.dep_ in ("dobj", "nsubjpass", "nsubj")]
            found = [r for d in quoted for r in target_refs(d)[0]]
            found += [r for d in quoted for p in d.children
                      if p.dep_ == "prep" and p.lower_ in ("for", "of")
                      for o in p.children if o.dep_ == "pobj" for r in target_refs(o)[0]]
        return list({r.key: r for r in found if r.kind in ctx.agents}.values())
    return []


@rule("verb.condemned_claimed", gate=Gate(
    words=lambda ctx: ctx.lex.relations["criticizes"].verbs,
    document=lambda ctx: ctx.lex.constructions.responsibility_nouns))
def verb_condemned_claimed(verb: Token, ctx: RuleContext) -> list[Found]:
    """Condemning an attack that the text referred to by a bare "the attack" criticizes
    whoever claimed it a few sentences before: "X claimed responsibility for the bombing.
    ... Y condemned the attack" (Y criticizes X). Wire copy on attacks tells the claim of
    responsibility and the reactions in separate sentences; an attack with an owner or
    doer of its own ("X's attack", "the attack by X") is the other rules'."""
    if "criticizes" not in ctx.verbs.get(verb.lemma_.lower(), []) or (
            verb.pos_ != "VERB" or not asserted(verb)):
        return []
    acts = [c for d in verb.children if d.dep_ == "dobj" for c in conjuncts(d)
            if _attack_noun(c, ctx) and any(
                x.dep_ == "det" and x.lower_ in ("the", "this", "these", "those", "that")
                for x in c.children)
            and not any(x.dep_ in ("poss", "amod", "compound", "nmod") and ref(x) is not None
                        for x in c.children)
            and not any(p.dep_ == "prep" and p.lower_ in ("by", "of", "from")
                        for p in c.children)]
    if not acts:
        return []
    claimers = _claimers(acts[0], ctx)
    affiliations: dict[str, list[str]] = verb.doc._.kg_affiliations or {}
    return [Found(s, "criticizes", c, verb.i, 0.6) for s in subject_refs(verb)
            for c in claimers if c.key != s.key and c.key not in affiliations.get(s.key, [])]
