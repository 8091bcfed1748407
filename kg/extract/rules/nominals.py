"""Rules on trigger nouns: nominalized acts and their participants.

Constructions: a trigger noun whose subject is its possessor, demonym,
"X-led", "from X", or the subject of the verb that governs it ("voiced
opposition to Y", "join in US-led sanctions against Y"), with its object in a
prepositional phrase; "talks between X and Y"; a meeting hosted by a
mediator; signers of an agreement; modifiers naming the parties ("US-Japan
cooperation"); participation in an event; a partnership that merely exists
(``partnerOf``).
"""

from spacy.tokens import Doc, Token

from kg.extract.events import in_protest, protest_objects, protest_verb
from kg.extract.lexicon import lexicon
from kg.extract.mentions import Ref
from kg.extract.rules import (
    Found,
    Gate,
    RuleContext,
    all_pairs,
    asserted,
    courtesy_call,
    in_situation,
    named_subjects,
    noun_relations,
    rule,
    search,
    with_conjoined,
)
from kg.extract.rules.conflict import military_fire
from kg.extract.rules.verbs import initiatives_of, through_tie
from kg.extract.syntax import (
    LIST_PREPS,
    absolute_with,
    affiliated_states,
    conjuncts,
    governing_verb,
    holders_for_title_states,
    is_future_aux,
    is_future_nominal,
    is_hypothetical,
    is_negated,
    is_undoing,
    outer_noun,
    participle_agents,
    phrasal_in,
    prefixed,
    ref,
    subject_refs,
    target_refs,
    titled_line,
)

__all__ = ["nominal", "nominal_amount_in", "nominal_anti", "nominal_campaign",
           "nominal_compound_participle", "nominal_despite", "nominal_displeasure", "nominal_drew",
           "nominal_holder", "nominal_in_honor", "nominal_in_protest", "nominal_initiative_of",
           "nominal_joint_document",
           "nominal_mutual", "nominal_own_party", "nominal_pro", "nominal_proposal_owner",
           "nominal_received",
           "nominal_sanctions_strike", "nominal_with_backing"]


def _against(ctx: RuleContext, tok: Token) -> bool:
    """Whether ``tok`` follows a prefix of opposition: the "China" of "anti-China"."""
    return prefixed(tok, ctx.lex.constructions.against_prefixes)


def _prefixed_targets(ctx: RuleContext, noun: Token, prefixes: frozenset[str]) -> list[Ref]:
    """The actors a noun's modifiers name after one of ``prefixes`` ("anti-X", "pro-X"),
    where the noun is stated at all."""
    if noun.pos_ not in ("NOUN", "PROPN") or is_negated(noun) or is_hypothetical(noun):
        return []
    return [r for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
            and prefixed(c, prefixes) and (r := ref(c)) is not None and r.kind in ctx.agents]


@rule("nominal.anti", gate=Gate(document=lambda ctx: ctx.lex.constructions.against_prefixes))
def nominal_anti(noun: Token, ctx: RuleContext) -> list[Found]:
    """An "anti-X" stance, policy or campaign: its holder opposes X ("Y's anti-X stance",
    "Y has led the anti-X campaign")."""
    targets = _prefixed_targets(ctx, noun, ctx.lex.constructions.against_prefixes)
    if not targets:
        return []
    subjects, verb = _noun_subjects(ctx, noun)
    if verb is not None and not asserted(verb):
        return []
    return [Found(s, "opposes", t, noun.i, 0.7) for s in subjects for t in targets
            if s.key != t.key]


@rule("nominal.pro", gate=Gate(document=lambda ctx: ctx.lex.constructions.for_prefixes))
def nominal_pro(noun: Token, ctx: RuleContext) -> list[Found]:
    """A named group that is "pro-X" supports X ("the pro-X party Y", "Y, a pro-X
    militia"), as does the owner of a "pro-X" stance ("Y's pro-X policy"); an unnamed
    "pro-X protesters" gives nothing."""
    targets = _prefixed_targets(ctx, noun, ctx.lex.constructions.for_prefixes)
    if not targets:
        return []
    own = ref(noun)
    if own is not None and own.kind in ctx.agents:
        holders = [own]
    elif noun.dep_ == "appos" and (h := ref(noun.head)) is not None and h.kind in ctx.agents:
        holders = [h]  # "Y, a pro-X militia"
    else:
        holders = [r for c in noun.children if c.dep_ == "poss"
                   and (r := ref(c)) is not None and r.kind in ctx.agents]
    verb = governing_verb(noun)
    if verb is not None and verb.dep_ != "ROOT" and not asserted(verb):
        return []
    return [Found(s, "supports", t, noun.i, 0.7) for s in holders for t in targets
            if s.key != t.key]


@rule("nominal.compound_participle", gate=Gate(mention=True))
def nominal_compound_participle(noun: Token, ctx: RuleContext) -> list[Found]:
    """A participle compounded with its agent: "the X-backed Y" (X supports Y), "the
    X-allied Y" (X cooperatesWith Y), "a X-drafted resolution" (X proposes it), as the
    lexicon's ``compound_participles`` say; the first relation whose object may be Y's
    kind counts ("a X-sponsored resolution" is proposed, "a X-sponsored militia" backed)."""
    target = ref(noun)
    if target is None or target.kind not in (*ctx.agents, "Initiative"):
        return []
    if target.kind == "Initiative" and noun.i != noun.doc[target.start:target.end].root.i:
        return []
    out: list[Found] = []
    for amod in (c for c in noun.children if c.dep_ == "amod"):
        relation = [rel for rel in ctx.lex.constructions.compound_participles.get(
            amod.lemma_.lower(), ()) if target.kind in ctx.kinds(rel)]
        if not relation:
            continue
        for agent in (c for c in amod.children if c.dep_ in ("npadvmod", "compound", "amod")):
            r = ref(agent)
            if r is not None and r.kind in ctx.agents and r.key != target.key:
                out.append(Found(r, relation[0], target, noun.i, 0.75))
    return out


@rule("nominal.initiative_of", gate=Gate(words=lambda ctx: ctx.lex.constructions.proposal_nouns))
def nominal_initiative_of(noun: Token, ctx: RuleContext) -> list[Found]:
    """An initiative said to be the effort of actors proposes it from them: "the NOUN
    is an A-B-C effort" (demonyms), "the NOUN is X's initiative"."""
    if noun.dep_ != "attr" or noun.pos_ != "NOUN" or (
            noun.lemma_.lower() not in ctx.lex.constructions.proposal_nouns):
        return []
    copula = noun.head
    if copula.lemma_.lower() not in ctx.lex.constructions.copulas or not asserted(copula):
        return []
    initiatives = [r for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")
                   for t in conjuncts(c) if (r := ref(t)) is not None and r.kind == "Initiative"]
    if not initiatives:
        return []
    actors: dict[str, Ref] = {}
    for mod in (c for c in noun.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")):
        for t in mod.subtree:
            r = ref(t)
            if r is not None and r.kind in ctx.agents and not _against(ctx, t):
                actors.setdefault(r.key, r)
    return [Found(a, "proposes", i, noun.i, 0.7) for a in actors.values() for i in initiatives]


@rule("nominal.in_protest", gate=Gate(words=lambda ctx: ctx.lex.constructions.protest_nouns))
def nominal_in_protest(noun: Token, ctx: RuleContext) -> list[Found]:
    """Acting "in protest" at an initiative opposes it: "X resigned in protest at the new
    pension law", "walked out in protest against the draft resolution" (wire copy on
    resignations, walkouts and boycotts). Only an initiative is taken: protest at an
    actor's act is criticism, which the trigger nouns give."""
    verb = protest_verb(noun)
    if verb is None or not asserted(verb):
        return []
    protested = protest_objects(noun)
    objects = [c for c in protested if (r := ref(c)) is not None and r.kind == "Initiative"]
    if not objects:
        return _protested_doers(noun, verb, protested, ctx)
    # (no one protests at their own plan: "in protest at X's plan" is not X's act)
    owners = {r.key for o in objects for c in o.children if c.dep_ == "poss"
              and (r := ref(c)) is not None}
    targets = [r for o in objects if (r := ref(o)) is not None]
    return [Found(s, "opposes", t, noun.i, 0.7) for s in subject_refs(verb) for t in targets
            if s.key != t.key and s.key not in owners]


def _protested_doers(noun: Token, verb: Token, protested: list[Token],
                     ctx: RuleContext) -> list[Found]:
    """Acting "in protest at" an actor's act, named by a possessor or a modifier before
    it, criticizes the actor: "recalled its envoy in protest at X's recognition of Y",
    "in protest at DEMONYM construction" (not the one the act is "of")."""
    kinds = ctx.kinds("criticizes")
    targets: dict[str, Ref] = {}
    for o in protested:
        if ref(o) is not None or o.pos_ != "NOUN":
            continue
        for c in o.children:
            if c.dep_ in ("poss", "compound", "amod") and c.i < o.i and (
                    r := ref(c)) is not None and r.kind in kinds and r.kind != "Person":
                targets[r.key] = r
    return [Found(s, "criticizes", t, noun.i, 0.7) for s in subject_refs(verb)
            for t in targets.values() if s.key != t.key]


@rule("nominal.proposal_owner", gate=Gate(words=lambda ctx: (
    ctx.lex.constructions.owned_proposals | ctx.lex.relations["proposes"].verbs)))
def nominal_proposal_owner(noun: Token, ctx: RuleContext) -> list[Found]:
    """The owner of a proposal or plan proposes it: "X's peace plan", "the DEMONYM
    proposal", "a draft resolution by X", "the plan put forward by X" is X's (unless a
    possible or future one: "a possible X proposal"); so does the owner of an initiative
    its participle calls proposed ("X's proposed ceasefire", "X's proposed tariffs")."""
    cons = ctx.lex.constructions
    kinds: tuple[str, ...] = ("Initiative",)
    if noun.dep_ == "amod" and noun.tag_ == "VBN" and noun.head.pos_ in ("NOUN", "PROPN") and (
            noun.lemma_.lower() in ctx.lex.relations["proposes"].verbs) and (
            noun.head.lemma_.lower() not in cons.owned_proposals):
        noun = noun.head  # (an owned proposal noun is taken on its own token)
        kinds = ("Initiative", "Office")  # "the proposed ORG office in CITY"
    elif noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in cons.owned_proposals:
        return []
    if noun.dep_ == "attr":
        return []  # "the NOUN is X's initiative": X proposes the NOUN (nominal.initiative_of)
    target = ref(noun)
    if target is None or target.kind not in kinds or (
            noun.i != noun.doc[target.start:target.end].root.i):
        return []
    if any(c.lower_ in cons.event_denials for c in noun.children
           if c.dep_ in ("det", "amod", "compound")):
        return []
    # "X's proposal to establish an office": what is proposed is the office (nominal.trigger)
    if any(search(c, ("Office", "Initiative")) for c in noun.children
           if c.dep_ in ("acl", "relcl", "prep") and c.lower_ not in ("by", "from")):
        return []
    owners: list[Ref] = []
    for child in noun.children:
        r = ref(child)
        if r is None or r.kind not in ctx.agents or _against(ctx, child):
            continue
        if child.dep_ == "poss":
            owners.append(r)  # "X's plan"
        elif child.dep_ in ("amod", "compound", "nmod") and r.kind in ("State", "Person") and (
                r.how == "demonym" or (r.how in ("name", "metonym") and child.i == noun.i - 1)):
            # "the DEMONYM proposal", "the STATE proposal" (not "the ORG resolution",
            # which the organization adopts, nor "the STATE peace plan", about the state)
            owners.append(r)
        elif child.dep_ == "compound" and target.kind == "Office" and r.kind == "Organization":
            owners.append(r)  # "the proposed ORG office": the organization's own
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
        owners.extend(r for p in prep.children if p.dep_ == "pobj" for c in conjuncts(p)
                      if (r := ref(c)) is not None and r.kind in ctx.agents)
    return [Found(o, "proposes", target, noun.i, 0.7)
            for o in {o.key: o for o in owners}.values()]


def _authoring(ctx: RuleContext, verb: Token) -> bool:
    """Whether a participle on a noun makes the act the noun names: one of proposing,
    sanctioning or attacking, or of carrying out ("put forward", "imposed", "carried
    out"); or one of giving, on a noun of support ("the aid provided by X"), but not on
    another act, which backing only supports ("the war supported by X")."""
    lemma = verb.lemma_.lower()
    keys = [lemma] + [f"{lemma} {c.lower_}" for c in verb.children
                      if c.dep_ in ("prt", "advmod")]
    noun = verb.head
    support = any(rel == "supports" for rel, _ in ctx.nouns.get(noun.lemma_.lower(), []))
    return any(k in ctx.lex.constructions.performing_verbs or any(
        rel in ("proposes", "sanctions", "attacks") for rel in ctx.verbs.get(k, []))
        or (support and (any(rel == "supports" for rel, _ in ctx.verb_preps.get(k, []))
                         or "supports" in ctx.verbs.get(k, []))) for k in keys)


def _noun_subjects(ctx: RuleContext, noun: Token) -> tuple[list[Ref], Token | None]:
    """Who acts in a nominal: its possessor, demonym, "X-led", "from X", or
    the subject of the verb that governs it."""
    found: list[Ref] = []
    # a war the text names by its place ("the Iraq war", an event): its compound is where
    # it is fought, not who wages it
    placed_war = noun.lemma_.lower() in ctx.lex.constructions.war_event_heads and (
        (own := ref(noun)) is not None and own.kind == "Event")
    for child in noun.children:
        r = ref(child)
        if child.dep_ == "poss" and r is not None and r.kind in ctx.agents:
            found.append(r)
        elif child.dep_ in ("amod", "compound", "nmod") and r is not None and r.how in (
                "demonym", "name", "metonym", "coref") and r.kind in ctx.agents and not (
                _against(ctx, child)) and not (placed_war and child.dep_ != "amod"):
            found.append(r)
        elif child.dep_ == "compound" and r is None and child.pos_ == "NOUN":
            # a chain of compounds: "a STATE drone attack", "DEMONYM missile strikes"
            found.extend(r2 for g in child.children if g.dep_ in ("compound", "amod")
                         and (r2 := ref(g)) is not None and r2.kind in ctx.agents
                         and r2.how in ("demonym", "name", "metonym", "coref")
                         and not _against(ctx, g))
        elif child.dep_ == "amod" and child.lemma_ in ctx.lex.mentions.lead_modifiers:
            found.extend(r2 for g in child.children if (r2 := ref(g)) is not None)
        elif child.dep_ == "prep" and child.lower_ in ("from", "by"):
            found.extend(r2 for p in child.children if p.dep_ == "pobj"
                         for c in conjuncts(p) if (r2 := ref(c)) is not None)
        elif child.dep_ == "acl" and child.tag_ == "VBN" and _authoring(ctx, child) and (
                asserted(child)):
            # the agent of a participle that makes the act: "the proposals put forward by
            # X", "the strikes carried out by X" (not "the declaration read out by X")
            found.extend(r2 for r2 in participle_agents(child) if r2.kind in ctx.agents)
    led = any(c.dep_ == "amod" and c.lemma_ in ctx.lex.mentions.lead_modifiers
              for c in noun.children)
    if found and not led:
        verb = noun.head if noun.dep_ == "dobj" else None
        if verb is not None and verb.lemma_.lower() in ctx.lex.constructions.joining_verbs and (
                noun_relations(noun, ctx) <= {"attacks", "sanctions"}) and asserted(verb):
            # "X joined EU sanctions against Y": who joins the act takes part in it too
            found = found + [r for r in subject_refs(verb) if r.kind in ctx.agents
                             and r.key not in {f.key for f in found}]
        return found, None
    if led:
        verb = governing_verb(noun)
        # "joined the X-led sanctions" makes its subject a party; "supported the X-led
        # war" does not (the subject judges the act)
        if verb is not None and noun.dep_ not in ("nsubj", "nsubjpass") and not (
                _judged_act(ctx, noun, verb)):
            found.extend(subject_refs(verb))
        return found, verb
    if noun.dep_ == "conj":
        subs, verb = _noun_subjects(ctx, noun.head)
        if subs:
            return subs, verb
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        subs, verb = _noun_subjects(ctx, noun.head.head)
        if subs and verb is not None and _onlooked(ctx, noun, verb):
            return [], verb  # "discussed the progress of the offensive against Y"
        if subs:
            return subs, verb
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and (
            noun.lemma_.lower() in ctx.lex.modality.favouring_heads):
        # "the position of X in support of Y", "X's stance in support of Y": X backs Y
        holder = noun.head.head
        stances = [holder] if holder.pos_ == "NOUN" else []
        if holder.pos_ == "VERB":
            # (the parser may hang the phrase on the verb: "praised the position of X [in
            # support of Y]", "thanked for the position of X [in support of Y]")
            stances = [s for s in [d for d in holder.children if d.dep_ == "dobj"] + [
                p for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "for"
                for p in prep.children if p.dep_ == "pobj"]
                if s.i < noun.i and s.lemma_.lower() in ctx.lex.readouts.stance_nouns]
        owners = [o for st in stances for o in _stance_owners(ctx, st)]
        if owners:
            return owners, None
    verb = governing_verb(noun)
    if verb is None:
        return [], None
    if noun.dep_ == "nsubj" or (noun.dep_ == "nsubjpass" and not any(
            c.dep_ == "agent" for c in verb.children)):
        return [], None
    if _judged_act(ctx, noun, verb):
        return [], verb
    # "The idea of X was raised by A and B": A and B propose X.
    return subject_refs(verb), verb


def _named(tok: Token) -> list[Ref]:
    """The actors a phrase names itself ("Mayor of CITY NAME" is NAME), not those it
    points at through its own modifiers."""
    refs, direct = target_refs(tok)
    return refs if direct else []


def _stance_owners(ctx: RuleContext, stance: Token) -> list[Ref]:
    """Whose a noun that "in support of" qualifies is: its possessor or demonym ("Japan's
    position", "the Estonian position"), its "of"/"by" phrase ("the position of X", "a
    statement by X"), or else the one thanked for it ("thanked X for a clear position in
    support of Y"); nothing where the act is not asserted."""
    verb = governing_verb(stance)
    if verb is not None and not asserted(verb):
        return []
    owners = [r for c in stance.children if c.dep_ in ("poss", "amod", "compound", "nmod")
              and (r := ref(c)) is not None and r.kind in ctx.agents
              and (c.dep_ == "poss" or r.how in ("demonym", "name", "metonym", "coref"))]
    owners += [r for prep in stance.children if prep.dep_ == "prep" and prep.lower_ in (
        "of", "by") for p in prep.children if p.dep_ == "pobj" for c in conjuncts(p)
        for r in _named(c) if r.kind in ctx.agents]
    if not owners and (grateful := _gratitude(ctx, stance)) is not None:
        owners = [r for d in grateful[1] for c in conjuncts(d)
                  for r in target_refs(c)[0] if r.kind in ctx.agents]
    return owners


def _armed_actors(ctx: RuleContext, noun: Token, subjects: list[Ref]) -> bool:
    """Whether those who act in a nominal are all a state's armed forces ("DEMONYM
    security forces launched an operation against Y": an operation of forces is armed),
    where the forces carry it out ("launched", "conducted": not "as part of their campaign
    against Y") and the noun says no other kind ("a rescue operation")."""
    weapons = ctx.lex.constructions.weapon_nouns
    doc = noun.doc
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in (
            ctx.lex.constructions.performing_verbs):
        return False
    if any(c.dep_ in ("amod", "compound") and ref(c) is None for c in noun.children):
        return False
    return bool(subjects) and all(
        r.kind == "Body" and doc[r.end - 1].lemma_.lower() in weapons for r in subjects)


def _held_together(ctx: RuleContext, noun: Token, verb: Token) -> bool:
    """Whether the subjects of ``verb`` held the talks ``noun`` names together: "X and Y
    held talks", "had a phone call", or "after/during/in talks, X and Y agreed" (not
    "X and Y called for talks", "welcomed the meeting")."""
    if noun.lemma_.lower() in ctx.lex.mentions.hosted_event_nouns and (
            verb.lemma_.lower() not in ctx.lex.constructions.pairwise_holding_verbs
            or not any(c.lower_ in ("a", "an", "their") for c in noun.children) or any(
                c.dep_ in ("compound", "nmod") or c.pos_ == "PROPN" for c in noun.children)):
        return False  # "A and B attended the summit", "hosted the summit", "held the NAME
    # summit": not a meeting of the two ("A and B held a summit in CITY" is)
    noun = outer_noun(noun)  # "after a round of talks"
    if noun.dep_ == "dobj" and noun.head.i == verb.i:
        return verb.lemma_.lower() in ctx.lex.modality.holding_verbs
    lemma = verb.lemma_.lower()
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and (
            {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "dobj"}) & (
            ctx.lex.constructions.bare_attending_verbs) and (first := next(
                (t.i for t in verb.sent if (r := ref(t)) is not None and r.kind == "Person"),
                None)) is not None and _crowd_from(verb.doc, first, ("Person",)):
        # "taking part in the meeting were TITLE A, TITLE B, ... and TITLE E": a crowd of
        # people attended it, who need not have met each other ("A and TITLE of STATE B
        # took part in the meeting" did meet)
        return False
    return noun.dep_ == "pobj" and noun.head.head.i == verb.i and noun.head.lower_ in (
        "after", "following", "during", "in")


def _undone(ctx: RuleContext, noun: Token) -> bool:
    """Whether the act ``noun`` names is called off or put off: the object of an undoing
    verb ("postponed its visit to X") or what an undoing noun is "of" ("the cancellation
    of talks with X"); or a stance of one's own given up ("dropped its opposition to X")."""
    undoing = ctx.lex.modality.undoing_heads
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and is_undoing(head):
        return True
    stance = noun_relations(noun, ctx) & {"supports", "opposes", "criticizes"}
    if stance and noun.dep_ in ("dobj", "nsubjpass") and any(
            c.dep_ == "poss" for c in noun.children) and (
            phrasal_in(head, ctx.lex.modality.relinquishing_heads)):
        return True  # "X dropped its opposition to Y": a stance given up
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and (
        head.head.lemma_.lower() in undoing)


def _meeting_unmade(ctx: RuleContext, noun: Token) -> bool:
    """Whether the visit or meeting ``noun`` names is only planned, weighed, sought or
    asked for by the verb it is the object of ("is planning a trip to X", "considered a
    visit to X", "sought talks with X"): it has not taken place."""
    own = {rel for rel, _ in ctx.nouns.get(noun.lemma_.lower(), [])} | {
        rel for rel, _ in ctx.nouns.get(noun.lower_, [])}
    if not own or not own <= {"visited", "metWith", "attended"} or noun.dep_ != "dobj":
        return False
    words = ctx.lex.modality.unrealized_heads
    return noun.head.lemma_.lower() in words or noun.head.lower_ in words


def _sanction_unimposed(ctx: RuleContext, noun: Token) -> bool:
    """Whether the sanction ``noun`` names is only weighed, sought, threatened or lifted
    by the head it hangs on ("considered sanctions against X", "lobbied for a sanctions
    package against X", "lifted its sanctions on X", "the threat of sanctions on X",
    "sanctions relief for X"): no one imposes it."""
    own = {rel for rel, _ in ctx.nouns.get(noun.lemma_.lower(), [])} | {
        rel for rel, _ in ctx.nouns.get(noun.lower_, [])}
    if own != {"sanctions"}:
        return False
    words = ctx.lex.modality.unimposing_heads
    t = noun
    if t.dep_ == "compound" and t.head.pos_ == "NOUN":
        if t.head.lemma_.lower() in words:
            return True  # "sanctions relief"
        t = t.head  # "a sanctions package"
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("dobj", "nsubjpass"):
        head = t.head
    elif t.dep_ == "pobj":
        head = t.head.head
    else:
        return False
    lemma = head.lemma_.lower()
    return lemma in words or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in words
                                 for c in head.children)


def _apposed_under(noun: Token, kinds: tuple[str, ...]) -> list[Ref]:
    """The actor that an "under" phrase set off by commas describes: "STATE, already under
    DEMONYM sanctions, ..." (the name the phrase hangs on is sanctioned)."""
    holder = noun.head.head
    if holder.pos_ not in ("PROPN", "NOUN") or not any(
            c.is_punct and c.text == "," and c.i < noun.head.i for c in holder.children):
        return []
    r = ref(holder)
    return [r] if r is not None and r.kind in kinds else []


def _talks_sought(ctx: RuleContext, noun: Token) -> bool:
    """Whether the talks ``noun`` names are only proposed or called for ("X proposed
    talks between A and B", "X called for talks between A and B", "X's proposal for talks
    between A and B"): the parties named have not met."""
    words = ctx.lex.constructions.sought_talks_heads
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in words
    if noun.dep_ != "pobj":
        return False
    head = noun.head.head
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN":
        return lemma in words or head.lower_ in words
    return f"{lemma} {noun.head.lower_}" in words


# Relations whose verbs judge an act rather than perform it.
_JUDGING = ("criticizes", "opposes", "supports", "urges")


def _onlooked(ctx: RuleContext, noun: Token, verb: Token) -> bool:
    """Whether an attack or sanction ``noun`` is spoken of or looked on by ``verb``'s
    subject, not done: "discussed the situation around the operation in Y", "witnessed
    the bombing of Y", "explained the reasons for the offensive" (but "X announced strikes
    on Y", "X responded with sanctions on Y" are X's acts)."""
    return noun_relations(noun, ctx) <= {"attacks", "sanctions"} and (
        verb.lemma_.lower() in ctx.lex.constructions.onlooking_verbs)


def _judged_act(ctx: RuleContext, noun: Token, verb: Token) -> bool:
    """Whether ``verb`` judges, backs or calls for the attack or sanction ``noun`` names
    rather than carrying it out ("condemned the attack on X", "backed sanctions against
    X"), or rejects the tie or talks it names ("rejected talks with X"), or the call or
    proposal ("rejected calls for X"): its subject is no party to the act."""
    own = {rel for rel, _ in ctx.nouns.get(noun.lemma_.lower(), [])} | {
        rel for rel, _ in ctx.nouns.get(noun.lower_, [])}
    if own and own <= {"attacks", "sanctions"}:
        judging = set(_JUDGING)
    elif own and own <= {"cooperatesWith", "metWith", "visited", "supports"}:
        # also "protested over the visit (to X)", "criticized DEMONYM support for X"
        judging = {"criticizes", "opposes"}
    elif own and own - {"metWith"} <= {"proposes", "urges"} and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in noun.children) and (
            own & {"proposes", "urges"}):
        # "rejected calls for talks", "criticized the proposal for X": another's call (a
        # call "for" something is an appeal, not a conversation)
        judging = {"criticizes", "opposes"}
    else:
        return False
    lemma = verb.lemma_.lower()
    if own <= {"attacks", "sanctions", "visited"} and noun.dep_ == "pobj" and (
            noun.head.lower_ in ("of", "about") and noun.head.head.i == verb.i) and (
            lemma in ctx.lex.reporting.verbs):
        return True  # the topic of a statement: "X said of the sanctions on Y", "spoke about"
    if _onlooked(ctx, noun, verb):
        return True
    rels = set(ctx.verbs.get(lemma, [])) | {rel for rel, _ in ctx.verb_preps.get(lemma, [])}
    return bool(rels & judging) and not rels & own


def _same_side(doc: Doc, a: Ref, b: Ref) -> bool:
    """Whether two people serve one state, as their titles or the officeholders' table
    say."""
    if a.kind != "Person" or b.kind != "Person":
        return False
    return bool(set(affiliated_states(doc, a.key)) & set(affiliated_states(doc, b.key)))


def _an_appeal(ctx: RuleContext, noun: Token,
               entries: list[tuple[str, tuple[str, ...]]]) -> bool:
    """Whether a noun of both a conversation and an appeal ("call") is an appeal here: it
    takes an infinitive ("calls by X to withdraw"), or, with no partner of a conversation
    ("a call with X", "between A and B"), its urging preposition on someone ("X's call on
    Y") or its proposing one on something sought ("X's call for a ceasefire"); not a day
    or a topic ("a phone call on Monday", "a call on the situation")."""
    preps = {p: rel for rel, ps in entries if rel in ("urges", "proposes") for p in ps}
    if not preps:
        return False
    if any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
           for c in noun.children):
        return True
    holders = [noun] + ([noun.head] if noun.dep_ in ("dobj", "pobj") else [])
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for h in holders
           for c in h.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in preps and any(
        p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") and (
            preps[c.lower_] != "urges" or ((r := ref(p)) is not None and r.kind in ctx.agents))
        for p in c.children)
        for c in noun.children)


def _noun(ctx: RuleContext, noun: Token) -> list[Found]:
    lemma = noun.lemma_.lower()
    low = noun.lower_
    entries = ctx.nouns.get(low, []) + (ctx.nouns.get(lemma, []) if lemma != low else [])
    own = ref(noun)
    if not entries or (own is not None and own.kind not in ("Event", "Initiative")):
        return []
    if is_negated(noun) or is_hypothetical(noun) or is_future_nominal(noun):
        return []
    subjects, verb = _noun_subjects(ctx, noun)
    if not subjects and noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        # a trigger that modifies another noun ("X's containment efforts against Y")
        subjects, verb = _noun_subjects(ctx, noun.head)
    if verb is not None and not asserted(verb):
        return []
    if verb is None and noun.dep_ == "dobj" and not asserted(noun.head) and (
            noun.head.lemma_.lower() in ctx.lex.modality.sending_verbs):
        return []  # a verb of giving denied: "has not given its backing to Y" (not one
        # that judges the act: "refused to condemn X's invasion")
    if _undone(ctx, noun) or _sanction_unimposed(ctx, noun) or _meeting_unmade(ctx, noun):
        return []
    out: list[Found] = []
    if own is not None and own.kind == "Event":  # a meeting that is an event of its own
        out.extend(_participants(ctx, own, noun, verb, subjects))
    for rel, preps in entries:
        if rel == "urges" and courtesy_call(noun):
            continue  # "paid a courtesy call on X": a visit (readout.courtesy_call)
        if rel == "metWith" and _talks_sought(ctx, noun):
            continue  # "X called for talks between A and B", "proposed a summit with Y"
        if rel == "metWith" and _an_appeal(ctx, noun, entries):
            continue  # "calls by X to withdraw", "X's call for a ceasefire": no conversation
        governor = verb or governing_verb(noun)
        if rel == "supports" and verb is not None and (
                verb.lemma_.lower() in ctx.lex.modality.receiving_verbs):
            continue  # "X won the backing of Y": Y gives it (nominal.received)
        if rel == "supports" and _backing_of(ctx, noun):
            continue  # "with the support of Y, X ...": Y gives it (nominal.with_backing)
        if rel == "supports" and governor is not None and (
                governor.lemma_.lower() in ctx.lex.modality.withholding_heads):
            continue  # aid stopped or kept back: "suspended aid to Y", "cut its assistance"
        if rel == "attacks" and governor is not None and (
                governor.lemma_.lower() in ctx.lex.modality.ending_verbs) and (
                governor.dep_ in ("xcomp", "advcl", "acl") and governor.head.lemma_.lower() in (
                    ctx.lex.modality.peacemaking_heads)) and not any(
                    c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
            # "helped end the war in X": a third party that helps end a war did not wage
            # it, unless it is their own ("X helped end its offensive"); the war's own side
            # still wages it ("worked to halt the DEMONYM attacks on Y", "to stop X's war")
            subjects = [r for r in subjects if noun.left_edge.i <= r.start <= noun.right_edge.i]
            if not subjects:
                continue
        if rel == "cooperatesWith" and governor is not None and (
                governor.lemma_.lower() in ctx.lex.modality.damaging_verbs):
            continue  # damaging verbs: "straining its ties with X"
        quals = ctx.lex.qualifiers
        forced = any(c.dep_ in ("amod", "compound") and c.lower_ in quals.force_words
                     for c in noun.children) or (rel == "attacks" and _armed_actors(
                         ctx, noun, subjects))
        if rel == "attacks" and (lemma in quals.needs_force or low in quals.needs_force) and (
                not forced):
            continue  # "a rescue operation in X" is no attack
        if rel == "metWith" and (lemma in quals.needs_holding or low in quals.needs_holding) and (
                noun.dep_ != "dobj") and not any(
                    c.dep_ in ("compound", "amod")
                    and c.lower_ in ctx.lex.constructions.remote_means for c in noun.children):
            continue  # "a conference ... with X in the audience": no meeting of the two (a
            # video conference with X is one: "took part in a video conference with X")
        needs = quals.needs_deepening
        if (lemma in needs or low in needs) and not _deepened(ctx, noun, verb):
            if rel == "cooperatesWith" and lemma == "partnership":
                out.extend(_partnership(ctx, noun, subjects))
            if lemma not in ctx.lex.constructions.tie_nouns:
                continue
        if rel == "cooperatesWith" and _only_drafted(noun, ctx):
            continue  # "X's drafts of the treaty between A and B": not agreed by them
        objects: list[Ref] = []
        between: list[Ref] = []
        holders = [noun] + ([noun.head] if noun.dep_ == "compound" else []) + (
            [verb] if verb is not None else [])
        if verb is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            holders.append(noun.head)  # a light verb's object: "conveyed his congratulations to X"
        if verb is None and (held := _held_passive(noun, ctx)) is not None:
            holders.append(held)  # "talks were held in CITY between A and B"
        if rel == "cooperatesWith":
            # "a memorandum of understanding with X": the partner hangs on the "of" phrase
            holders += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                        and ref(p) is None]
        grateful = _gratitude(ctx, noun) if rel == "supports" else None
        givers = _givers_of(ctx, noun, grateful) if rel == "supports" else []
        if grateful is not None:
            # thanks "to Y for the aid": Y gives it, not gets it (the thanks below); "thanked
            # Y for its support for Z": "its" is Y
            holders = [noun]
            thanked_refs = [r for d in grateful[1] for c in conjuncts(d)
                            for r in target_refs(c)[0] if r.kind in ctx.agents]
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
                subjects = thanked_refs or subjects
            elif verb is not None and not givers:
                # "X thanked Y for the support for Z": Y gives it; the one who thanks (the
                # verb's subject) does not, and with no one thanked no one is named
                subjects = thanked_refs
        if givers:
            subjects = givers  # "the support of X for Y": X gives it
        # the participle that makes the act may carry its object: "the aid provided by X
        # to Y"
        holders += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                    and _authoring(ctx, c)]
        if rel == "urges":
            # one is urged only by the call's own "on"/"to" ("X's call on Y"), not by the
            # verb's ("During the call, X congratulated Y on ...")
            holders = [noun]
        if rel == "metWith":
            # "held talks on the sidelines with X", "talks in CITY on Monday with X" (not
            # "the summit ... in an interview with X": a phrase of its own)
            margins = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in (
                "on", "at", "in") for p in c.children if p.dep_ == "pobj" and (
                p.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC")
                or p.lemma_.lower() in ctx.lex.constructions.sideline_nouns)]
            # (and the event they are the sidelines "of": "... of the summit with X")
            holders += margins + [e for m in margins for c in m.children
                                  if c.dep_ == "prep" and c.lower_ == "of"
                                  for e in c.children if e.dep_ == "pobj"]
        for holder in holders:
            for prep in with_conjoined(list(holder.children)):
                # (a preposition coordinated with the trigger's own: "sanctions on X and on Y")
                if (prep.dep_ not in ("prep", "dative") and not (
                        prep.dep_ == "conj" and prep.pos_ == "ADP")) or (
                        prep.lower_ not in preps or absolute_with(prep)):
                    continue
                if givers and holder.i == noun.i and prep.lower_ == "of":
                    continue  # (the giver's own "of" phrase)
                for pobj in prep.children:
                    if pobj.dep_ != "pobj" or pobj.i == noun.i:
                        continue  # (the trigger is not its own object: "accused Y of a plan")
                    for c in conjuncts(pobj):
                        refs, direct = target_refs(c)
                        kinds = ctx.kinds(rel)
                        initiative = ref(c)
                        if rel in ("supports", "opposes") and not direct and (
                                initiative is not None and initiative.kind == "Initiative"
                                and initiative.key not in {r.key for r in refs}):
                            # "support for X's application to join Y": X's act, and the
                            # initiative itself, are backed (as verb.object does)
                            refs = [*refs, initiative]
                        if not any(r.kind in kinds for r in refs):
                            found = search(c, kinds)
                            if rel == "supports":
                                # "in favour of talks with X": the talks, not X, are backed
                                found = [r for r in found if not through_tie(c, r, ctx)]
                            refs = refs + found
                        if rel == "criticizes":
                            refs = [r for r in refs if not in_situation(ctx, c, r)]
                        if prep.lower_ in ("between", "among", "with"):
                            # "between TITLE of A X, TITLE of B Y": the holders, not states
                            refs = holders_for_title_states(refs, noun.doc) + titled_line(c)
                        (between if prep.lower_ in ("between", "among") else objects).extend(
                            refs)
            # "the trilateral agreements of the leaders of A, B and C": the parties
            if rel == "cooperatesWith" and holder.i == noun.i and (
                    own is not None and own.kind == "Initiative"):
                of = [r for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for p in prep.children if p.dep_ == "pobj" for c in conjuncts(p)
                      for r in target_refs(c)[0] if r.kind in ctx.agents]
                if len({r.key for r in of}) > 1:
                    between.extend(of)
            if objects or between:
                break
        kinds = ctx.kinds(rel)
        objects = [o for o in objects if o.kind in kinds]
        if rel == "sanctions" and not objects and noun.dep_ == "pobj" and (
                noun.head.lower_ == "under"):
            # "STATE is already under ORG sanctions": the subject is sanctioned; "X placed
            # Y under sanctions": the object is
            placed = [r for d in noun.head.head.children if d.dep_ == "dobj"
                      for c in conjuncts(d) for r in target_refs(c)[0] if r.kind in kinds]
            objects = placed or [r for r in subject_refs(noun.head.head) if r.kind in kinds]
            objects = objects or _apposed_under(noun, kinds)
        if rel in ("sanctions", "attacks") and not objects and noun.dep_ == "pobj" and (
                noun.head.lower_ == "of") and noun.head.head.dep_ == "attr" and (
                noun.head.head.lemma_.lower() in ctx.lex.constructions.subjected_nouns):
            # "X has been the subject of EU sanctions", "X was the target of DEMONYM
            # strikes": X is sanctioned or attacked
            copula = noun.head.head.head
            objects = [r for r in subject_refs(copula) if r.kind in kinds] if asserted(
                copula) else []
        joint = lemma in ctx.lex.constructions.joint_nouns
        if not objects and not between and not joint:
            # an infinitive complement: "X's proposal to establish an office": what is proposed.
            cons = ctx.lex.constructions
            for acl in (c for c in noun.children if c.dep_ in ("acl", "relcl", "xcomp")
                        and not any(g.dep_ in ("nsubj", "mark") for g in c.children)):
                if rel == "proposes" and (
                        acl.lemma_.lower() in cons.subverting_verbs
                        or acl.lemma_.lower() in cons.quitting_initiative_verbs
                        or "opposes" in ctx.verbs.get(acl.lemma_.lower(), [])):
                    continue  # a plan to wreck or reject Y does not propose Y
                for obj in (c for c in acl.children if c.dep_ == "dobj"):
                    objects.extend(search(obj, kinds))
            if rel == "attacks" and not objects:
                # what a relative clause says the act hit: "a drone strike that killed X",
                # "the raid, which targeted Y"
                objects.extend(
                    r for rc in noun.children if rc.dep_ == "relcl" and any(
                        g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in rc.children)
                    and "attacks" in ctx.verbs.get(rc.lemma_.lower(), []) and asserted(rc)
                    for obj in rc.children if obj.dep_ == "dobj" for c in conjuncts(obj)
                    for r in target_refs(c)[0] if r.kind in kinds)
            # "The plan faced opposition from France": France opposes the plan.
            if verb is not None and any(c.dep_ == "prep" and c.lower_ == "from"
                                        for c in noun.children):
                for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
                    refs, _ = target_refs(subj)
                    objects.extend(refs)
                    objects.extend(r for r in search(subj, kinds) if r not in refs)
            # "X thanked Y for its support": the thanked one supports the thanker
            grateful = _gratitude(ctx, noun) if rel == "supports" and not objects else None
            if grateful is not None:
                thanker, thanked_heads = grateful
                objects.extend(_home_states(noun.doc, [
                    r for r in subject_refs(thanker) if r.kind in kinds]))
                thanked = [r for d in thanked_heads
                           for c in conjuncts(d)
                           if c.lemma_.lower() not in ctx.lex.constructions.list_heads
                           for r in target_refs(c)[0]
                           if r.kind in ctx.agents]  # "thanked A's partners and B": B
                given_by = any(c.dep_ in ("poss", "amod", "compound") and ref(c) is not None
                               for c in noun.children) or any(  # "for Russia's support"
                    c.dep_ == "acl" and _authoring(ctx, c) and any(
                        a.dep_ == "agent" for a in c.children)
                    for c in noun.children)  # "for the aid provided by X"
                if not subjects or (thanked and (not given_by or any(
                        c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children))):
                    # "thanked X for its support": "its" is X; "thanked X for the aid"
                    subjects = thanked
        if givers and not objects and noun.dep_ == "pobj" and noun.head.lower_ == "on" and (
                noun.head.head.lemma_.lower() in ctx.lex.modality.depending_verbs):
            # "Y counts on the support of X": the one who depends on it is backed
            objects = [r for r in subject_refs(noun.head.head) if r.kind in kinds]
        if rel == "attended" and lemma == "participation":
            out.extend(_participation(ctx, noun, verb))
            continue
        if rel == "cooperatesWith" and not objects and not between:
            # signers of an agreement: "the partnership signed by A, B and C"
            signers = [r for acl in noun.children if acl.dep_ == "acl"
                       and acl.lemma_.lower() in ctx.lex.modality.agreement_verbs
                       and asserted(acl)
                       for a in acl.children if a.dep_ == "agent"
                       for p in a.children for c in conjuncts(p)
                       for r in _signer_refs(ctx, c) if r.kind in ctx.agents]
            if len(signers) > 1:
                out.extend(all_pairs(signers, rel, noun, 0.75, "nominal.signers"))
                continue
        if rel in ("cooperatesWith", "metWith") and not objects and not between:
            # modifiers naming the parties ("A-B-C security cooperation"), "their partnership".
            mods = [r for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                    for t in c.subtree if (r := ref(t)) is not None and r.kind in ctx.agents]
            if not mods and noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
                    _tie_of(ctx, noun.head.head)):
                # a tie named by the kind it is: "A-B relations of strategic partnership"
                mods = [r for c in noun.head.head.children
                        if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree
                        if (r := ref(t)) is not None and r.kind in ctx.agents]
            mods = list({r.key: r for r in mods}.values())
            if len(mods) > 1:
                out.extend(all_pairs(mods, rel, noun, 0.7, "nominal.modifiers"))
            elif verb is not None and len(subjects) > 1 and (
                    (rel == "metWith" and _held_together(ctx, noun, verb)
                     and len(named_subjects(verb.head if verb.dep_ == "xcomp" else verb)) > 1)
                    or (rel == "cooperatesWith" and (
                        any(c.lower_ == "their" for c in noun.children)
                        or verb.lemma_.lower() in ctx.lex.modality.agreement_verbs
                        # "the leaders reaffirmed the importance of close cooperation"
                        or (_deepened(ctx, noun, verb) and len(named_subjects(verb)) > 1)))):
                # "After talks, X and Y agreed"; "X and Y signed an agreement"
                pairs = all_pairs(subjects, rel, noun, 0.7, "nominal.joint_subjects")
                if rel == "metWith":
                    # (not two of one side: "Foreign Minister A and Defence Minister B took
                    # part in the talks")
                    pairs = [f for f in pairs if not _same_side(noun.doc, f.subject, f.object)]
                out.extend(pairs)
            continue
        if between:
            if subjects and rel not in ("cooperatesWith", "metWith"):
                objects.extend(between)
            else:
                out.extend(all_pairs(between, rel, noun, 0.75, "nominal.between"))
                if rel == "metWith" and verb is not None and (
                        verb.lemma_.lower() in ctx.lex.modality.host_verbs):
                    # a mediator hosting "talks between A and B" meets each party; a seat
                    # or capital that hosts them is where they are held ("the Kremlin
                    # hosted talks between A and B"), no party
                    out.extend(Found(s, rel, b, noun.i, 0.7, "nominal.mediator") for s in subjects
                               for b in between if s.how != "metonym" and s.key != b.key)
                if rel == "metWith":
                    continue
        for s in subjects:
            for o in objects:
                out.append(Found(s, rel, o, noun.i, 0.7))
        if objects and verb is None and rel in _STANCES:
            out.extend(Found(p, rel, o, noun.i, 0.7, "nominal.owner_speaker")
                       for p in _owner_speakers(noun, subjects) for o in objects)
    return out


_STANCES = ("supports", "opposes", "criticizes", "proposes")


def _home_states(doc: Doc, refs: list[Ref]) -> list[Ref]:
    """Each person among ``refs`` as the state it is affiliated with in the text, where it
    is (the one thanked for aid backs the thanker's state: "X thanked Y for its aid")."""
    out: list[Ref] = []
    for r in refs:
        states = affiliated_states(doc, r.key) if r.kind == "Person" else []
        out.append(Ref(states[0], "State", r.start, r.end, r.text, "coref") if states else r)
    return out


def _givers_of(ctx: RuleContext, noun: Token,
               grateful: tuple[Token, list[Token]] | None) -> list[Ref]:
    """The giver that a support noun's "of" phrase names: "the support of X for Y", "the
    assistance of X to Y", "counts on the support of X", "(Z is) grateful for the support
    of X"; not "X's support of Y" nor "thanked Z for the support of Y", where the "of"
    phrase is what is backed, nor the thanker's own side."""
    if noun.lemma_.lower() not in ctx.lex.modality.giver_of_nouns or any(
            c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and ref(c) is not None)
            for c in noun.children):
        return []
    of = [r for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
          for p in prep.children if p.dep_ == "pobj" for c in conjuncts(p)
          if (r := ref(c)) is not None and r.kind in ctx.agents]
    if not of:
        return []
    # (the parser may hang the "for" phrase on the verb: "reaffirmed [the support of X]
    # [for Y]")
    bearers = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    if any(prep.dep_ == "prep" and prep.lower_ in ("for", "to") and any(
            p.dep_ == "pobj" for p in prep.children)
            for b in bearers for prep in b.children if prep.i > noun.i):
        return of
    governor = governing_verb(noun)
    if governor is not None and noun.dep_ == "pobj" and noun.head.lower_ == "on" and (
            governor.lemma_.lower() in ctx.lex.modality.depending_verbs):
        return of
    if grateful is None or grateful[1]:
        return []
    affiliations: dict[str, list[str]] = noun.doc._.kg_affiliations or {}
    own = {k for r in subject_refs(grateful[0]) for k in [r.key, *affiliations.get(r.key, [])]}
    return [r for r in of if r.key not in own]


def _gratitude(ctx: RuleContext, noun: Token) -> tuple[Token, list[Token]] | None:
    """The thanker's verb and the thanked of a support noun that one is thanked for:
    "X thanked Y for its support", "X expressed (his) gratitude to Y for the aid", "X is
    grateful to Y for the aid"; or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    head = noun.head.head
    if head.lemma_.lower() in ctx.lex.modality.thanking_verbs:
        return head, [d for d in head.children if d.dep_ == "dobj"]
    words = ctx.lex.relations["supports"].gratitude_words
    holders = [head]
    if (head.lemma_.lower() in words or head.lower_ in words) and head.dep_ in ("dobj", "acomp"):
        holders.append(head.head)  # "expressed gratitude ... for", "is grateful ... for"
    elif head.pos_ == "VERB" and any(d.dep_ == "dobj" and (
            d.lemma_.lower() in words or d.lower_ in words) for d in head.children):
        holders += [d for d in head.children if d.dep_ == "dobj"]  # "for" on the verb
    else:
        return None
    verb = next((h for h in holders if h.pos_ in ("VERB", "AUX")), None)
    if verb is None or not asserted(verb):
        return None
    return verb, [p for h in holders for prep in h.children
                  if prep.dep_ == "prep" and prep.lower_ == "to"
                  for p in prep.children if p.dep_ == "pobj"]


def _signer_refs(ctx: RuleContext, tok: Token) -> list[Ref]:
    """A named signer, or the states of unnamed leaders: "(signed by) the presidents of A
    and B", "(reached by) the leaders of A, B and C"."""
    if (r := ref(tok)) is not None:
        return [r]
    if tok.lemma_.lower() not in ctx.lex.constructions.leader_nouns:
        return []
    return [r for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
            if (r := ref(c)) is not None and r.kind == "State"]


def _only_drafted(noun: Token, ctx: RuleContext) -> bool:
    """An agreement only drafted or proposed, which its parties have not reached: "a
    draft agreement", "the drafts of the treaty between A and B", "a proposal for a pact"."""
    cons = ctx.lex.constructions
    if any(c.dep_ in ("amod", "compound") and c.lower_ in cons.draft_modifiers
           for c in noun.children):
        return True
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "the drafts of the treaty ... and the agreement ..."
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in (
        "of", "for", "on", "over") else None
    if holder is not None and holder.pos_ == "NOUN" and noun.head.lower_ != "of" and (
            holder.lemma_.lower() in cons.meeting_nouns or holder.lower_ in cons.meeting_nouns):
        return True  # "talks on a trade deal between A and B": still negotiated
    return holder is not None and holder.pos_ == "NOUN" and noun.head.lower_ in (
        "of", "for") and holder.lemma_.lower() in cons.draft_modifiers | cons.owned_proposals


def _owner_speakers(noun: Token, owners: list[Ref]) -> list[Ref]:
    """A person who states their own state's stance shares it: "He reaffirmed STATE's
    support for X" (he, acting for STATE, supports X too)."""
    verb = governing_verb(noun)
    if verb is None or noun.dep_ in ("nsubj", "nsubjpass") or not asserted(verb):
        return []
    affiliations: dict[str, list[str]] = noun.doc._.kg_affiliations or {}
    keys = {o.key for o in owners}
    return [p for p in subject_refs(verb) if p.kind == "Person"
            and keys & set(affiliations.get(p.key, []))]

def _held_passive(noun: Token, ctx: RuleContext) -> Token | None:
    """The passive verb of holding whose subject a meeting is, on which the parser hangs
    its sides ("talks were held in CITY between A and B"), where asserted."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in ctx.lex.modality.holding_verbs:
        return None
    return verb if asserted(verb) else None


def _participants(ctx: RuleContext, event: Ref, noun: Token, verb: Token | None,
                  subjects: list[Ref]) -> list[Found]:
    """Who took part in a meeting: "talks between A and B", "A held talks with B",
    "the talks were hosted by C", "talks were held between A and B"."""
    parties: list[Ref] = []
    held = _held_passive(noun, ctx)
    for prep in with_conjoined(list(noun.children) + (
            [c for c in held.children if c.dep_ == "prep" and c.lower_ in ("between", "among")]
            if held is not None else [])):
        if prep.dep_ == "prep" and prep.lower_ in ("between", "among", "with") and (
                not absolute_with(prep)):
            parties.extend(r for p in prep.children if p.dep_ == "pobj"
                           for c in conjuncts(p)
                           for r in holders_for_title_states(target_refs(c)[0], noun.doc)
                           + titled_line(c) if r.kind in ctx.agents)
    if verb is not None and verb.lemma_.lower() in ctx.lex.modality.holding_verbs:
        parties.extend(s for s in subjects if s.kind in ctx.agents)
    if parties:
        # "X's talks with Y": the possessor took part too
        parties.extend(r for c in noun.children if c.dep_ == "poss"
                       and (r := ref(c)) is not None and r.kind in ctx.agents)
    hosts = [s for s in subjects if verb is not None
             and verb.lemma_.lower() in ctx.lex.modality.host_verbs and s.kind in ctx.agents]
    out = [Found(p, "attended", event, noun.i, 0.7, "nominal.participants")
           for p in parties + hosts]
    out.extend(Found(h, "metWith", p, noun.i, 0.7, "nominal.participants")
               for h in hosts for p in parties)
    # "the A-B talks", "the X-Y summit": the sides the name lists took part
    sides = list({r.key: r for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                  for t in c.subtree if (r := ref(t)) is not None and r.kind in ctx.agents
                  and r.key != event.key}.values())
    if len(sides) > 1:
        out.extend(Found(r, "attended", event, noun.i, 0.7, "nominal.named_sides")
                   for r in sides)
    # "the trilateral meeting of the leaders of A, B and C": the sides listed after "of"
    listed = [r for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj" for c in conjuncts(p)
              for r in target_refs(c)[0] if r.kind in ctx.agents and r.key != event.key]
    listed = list({r.key: r for r in listed}.values())
    if len(listed) > 1:
        out.extend(Found(r, "attended", event, noun.i, 0.7, "nominal.named_sides")
                   for r in listed)
        parties = parties + listed
    # a meeting of two to four sides, none of them hosting: each pair met (trilateral
    # talks give metWith for each pair; a host meets each party instead)
    named = [r for r in named_subjects(verb) if r.kind in ctx.agents] if (
        verb is not None and verb.lemma_.lower() in ctx.lex.modality.holding_verbs) else []
    sides_met = list({r.key: r for r in named + listed + sides + [
        p for p in parties if p not in subjects]}.values())
    cons = ctx.lex.constructions
    # (not separate talks, nor a go-between's: "DEMONYM mediators held talks with A and B")
    apart = any(c.dep_ in ("amod", "compound") and c.lower_ in cons.indirect_modifiers
                for c in noun.children) or (verb is not None and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in cons.mediator_nouns
                    for c in verb.children))
    if not hosts and not apart and 2 < len(sides_met) <= 4 and (
            noun.lemma_.lower() in cons.meeting_nouns) and not _list_runs_on(noun, sides_met):
        out.extend(all_pairs(sides_met, "metWith", noun, 0.7, "nominal.named_sides"))
    return out


def _list_runs_on(noun: Token, sides: list[Ref]) -> bool:
    """Whether more than four of the sides' kinds are named from the first side to the
    full stop: a long list of attendees that the parser cut short, even into a sentence
    of its own ("the meeting was attended by TITLE A, TITLE B, TITLE C, TITLE D and TITLE
    E"), a crowd whose members need not have met each other."""
    return _crowd_from(noun.doc, min(r.start for r in sides), tuple({r.kind for r in sides}))


def _crowd_from(doc: Doc, start: int, kinds: tuple[str, ...]) -> bool:
    """Whether more than four actors of ``kinds`` are named in the list that runs from
    ``start``: names, their capitalized titles, commas and the list's own small words, up
    to the full stop (which the parser's sentence may end before) or any other word ("A
    and B took part in the talks, during which they discussed C, D and E" is no crowd)."""
    lex = lexicon()
    run_words = lex.constructions.list_run_words
    title_words = lex.titles.words | lex.titles.heads  # "deputy prime ministers A, B"
    named: set[str] = set()
    for t in doc[start:]:
        if t.text in (".", "!", "?", ";"):
            break
        if (r := ref(t)) is not None:
            if r.kind in kinds:
                named.add(r.key)
            continue
        if not (t.is_punct or t.lower_ in run_words or t.text[:1].isupper() or t.like_num
                or t.lower_ in title_words or t.lemma_.lower() in title_words):
            break
    return len(named) > 4


def _participation(ctx: RuleContext, noun: Token, verb: Token | None) -> list[Found]:
    """"The event saw the participation of X, Y and Z": they attended it."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in ctx.lex.modality.desired_heads):
        return []  # a participation only weighed: "the possibility of X's participation in"
    events: list[Ref] = []
    if verb is not None:
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            events.extend(r for r in target_refs(subj)[0] if r.kind == "Event")
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
        events.extend(r for p in prep.children if (r := ref(p)) is not None
                      and r.kind == "Event")
    participants: list[Ref] = []
    clause = verb if verb is not None else governing_verb(noun)
    if clause is None or (asserted(clause) and not is_negated(clause)):
        # "X's participation in the summit" (not "... was not confirmed")
        participants += [r for c in noun.children if c.dep_ == "poss"
                         for r in target_refs(c)[0] if r.kind in ctx.agents]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in prep.children:
            for c in conjuncts(pobj):
                participants.extend(r for r in target_refs(c)[0] if r.kind in ctx.agents)
                for t in c.subtree:
                    if t.dep_ == "prep" and t.lower_ in LIST_PREPS:
                        participants.extend(r for p in t.children for cc in conjuncts(p)
                                            if (r := ref(cc)) is not None)
    return [Found(p, "attended", e, noun.i, 0.7, "nominal.participation")
            for e in events for p in participants]

def _tie_of(ctx: RuleContext, head: Token) -> bool:
    """Whether ``head`` is a noun of ties between parties ("relations", "ties") that an
    "of" phrase may qualify: "relations of strategic partnership and alliance"."""
    needs = ctx.lex.qualifiers.needs_deepening
    return head.pos_ == "NOUN" and (head.lemma_.lower() in needs or head.lower_ in needs) and (
        any(rel == "cooperatesWith" for rel, _ in ctx.nouns.get(head.lower_, [])))


def _deepened(ctx: RuleContext, noun: Token, verb: Token | None) -> bool:
    words = {c.lemma_.lower() for c in noun.children} | {c.lower_ for c in noun.children}
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        words.add(noun.head.head.lemma_.lower())  # "the normalization of relations with X"
    if verb is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" and (
            asserted(noun.head)):
        verb = noun.head  # the tie as the subject: "X's partnership with Y has deepened"
    if verb is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and (
            asserted(noun.head)) and noun.head.dep_ not in ("csubj", "csubjpass"):
        # the tie as the object of a verb, its parties named by modifiers: "strengthening
        # DEMONYM-DEMONYM relations" (not "did not strengthen ...", nor a gerund that is a
        # clause's subject, which says no one did it: "strengthening A-B relations is ...")
        words |= {noun.head.lemma_.lower(), noun.head.lower_}
    if verb is not None:
        words |= {verb.lemma_.lower(), verb.lower_}
        words |= {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "acomp")}
        head = verb
        while head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
            head = head.head
            words.add(head.lemma_.lower())
    return bool(words & ctx.lex.qualifiers.deepening)


def _partnership(ctx: RuleContext, noun: Token, subjects: list[Ref]) -> list[Found]:
    """A partnership that simply exists: the partners are ``partnerOf`` the organization,
    whichever side the organization is on ("ORG values its partnership with X", "X values
    its partnership with ORG")."""
    orgs = [s for s in subjects if s.kind == "Organization"]
    states = [s for s in subjects if s.kind == "State"]
    out: list[Found] = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "between"):
            for pobj in prep.children:
                for c in conjuncts(pobj):
                    for r in target_refs(c)[0]:
                        if r.kind == "State":
                            out.extend(Found(r, "partnerOf", o, noun.i, 0.7, "nominal.partnership")
                                       for o in orgs)
                        elif r.kind == "Organization" and prep.lower_ == "with":
                            out.extend(Found(st, "partnerOf", r, noun.i, 0.7,
                                             "nominal.partnership") for st in states)
    return out

# --------------------------------------------------------------- lists


@rule("nominal.trigger", gate=Gate(words=lambda ctx: ctx.nouns))
def nominal(noun: Token, ctx: RuleContext) -> list[Found]:
    """A trigger noun with its subject and prepositional object."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    own = ref(noun)
    if own is not None and own.kind == "Initiative" and own.end - own.start > 1 and (
            noun.text[:1].isupper() and noun.i > 0 and noun.doc[noun.i - 1].text[:1].isupper()):
        # "the Joint Comprehensive Plan of Action": a word of a name, no trigger; but a
        # named agreement signed is one between its signers
        return _named_agreement(ctx, noun, own)
    found = _noun(ctx, noun)
    if in_protest(noun):
        # "resigned in protest against the new law" opposes the law (nominal.in_protest)
        found = [f for f in found if not (f.relation == "criticizes"
                                          and f.object.kind == "Initiative")]
    return found


def _named_agreement(ctx: RuleContext, noun: Token, own: Ref) -> list[Found]:
    """A named agreement that is signed or concluded: its parties cooperate, those its name
    puts "between" ("signed the NAME Treaty between A and B") or else the coordinated
    signers ("A and B signed the NAME Partnership Agreement")."""
    doc = noun.doc
    if noun.i != doc[own.start:own.end].root.i or "cooperatesWith" not in noun_relations(
            noun, ctx) or noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    verb = noun.head
    if verb.lemma_.lower() not in ctx.lex.modality.agreement_verbs or not asserted(verb):
        return []
    parties = [r for t in doc[own.start:max(own.end, noun.right_edge.i + 1)]
               if t.dep_ == "prep" and t.lower_ == "between"
               for p in t.children if p.dep_ == "pobj" for c in conjuncts(p)
               if (r := ref(c)) is not None and r.kind in ctx.agents]
    if len(parties) < 2 and noun.dep_ == "dobj":
        parties = [r for r in named_subjects(verb) if r.kind in ctx.agents]
    parties = list({r.key: r for r in parties}.values())
    return all_pairs(parties, "cooperatesWith", noun, 0.7, "nominal.joint_subjects")


def _amount_of(noun: Token) -> Token:
    """The amount a support noun is counted in ("$3 billion in aid": "billion"), or the
    noun itself."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        amount = noun.head.head
        if amount.pos_ == "NUM" or any(c.pos_ == "NUM" or c.tag_ == "$"
                                       for c in amount.children):
            return amount
    return noun


@rule("nominal.amount_in", gate=Gate(words=lambda ctx: ctx.lex.relations["supports"].nouns))
def nominal_amount_in(noun: Token, ctx: RuleContext) -> list[Found]:
    """Aid given to a recipient named as the verb's indirect object or by a preposition
    of the noun or its amount: "X gave Y $3 billion in military aid", "X granted Y a
    loan", "X announced $50 million in assistance for Y" (X supports Y)."""
    if noun.pos_ != "NOUN":
        return []
    preps = next((p for rel, p in ctx.nouns.get(noun.lemma_.lower(), []) if rel == "supports"),
                 None)
    if preps is None:
        return []
    amount = _amount_of(noun)
    verb = amount.head
    if amount.dep_ != "dobj" or verb.pos_ != "VERB" or not asserted(verb) or (
            verb.lemma_.lower() in ctx.lex.modality.denying_heads):  # "denied Y a loan"
        return []
    kinds = ctx.kinds("supports")
    targets = [r for d in verb.children if d.dep_ == "dative" for c in conjuncts(d)
               for r in target_refs(c)[0] if r.kind in kinds]
    if amount.i != noun.i:
        targets += [r for head in (noun, amount, verb) for prep in head.children
                    if prep.dep_ == "prep" and prep.lower_ in preps
                    for p in prep.children if p.dep_ == "pobj" for c in conjuncts(p)
                    for r in target_refs(c)[0] if r.kind in kinds]
    if not targets:
        return []
    givers = [r for r in subject_refs(verb) if r.kind in ctx.agents]
    return [Found(g, "supports", t, noun.i, 0.7) for g in givers for t in targets
            if g.key != t.key]


def _backing_of(ctx: RuleContext, noun: Token) -> list[Ref]:
    """The giver of "with the support/backing/help of X" on a clause's verb: the "of"
    phrase names who gives it, not who gets it ("With the backing of X, Y seized ...")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.head.head.pos_ not in (
            "VERB", "AUX") or any(c.dep_ in ("poss", "amod", "compound") and ref(c) is not None
                                  for c in noun.children):
        return []
    return [r for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children if p.dep_ == "pobj" for c in conjuncts(p)
            if (r := ref(c)) is not None and r.kind in ctx.agents]


@rule("nominal.with_backing", gate=Gate(words=lambda ctx: ctx.lex.relations["supports"].nouns))
def nominal_with_backing(noun: Token, ctx: RuleContext) -> list[Found]:
    """Support a clause's subject acts "with": "With backing from X, Y launched ...", "Y,
    with DEMONYM support, seized ..." (X supports Y)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return []
    if not any(rel == "supports" for rel, _ in ctx.nouns.get(noun.lemma_.lower(), [])):
        return []
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or not asserted(verb) or is_negated(noun):
        return []
    givers = _backing_of(ctx, noun)  # "with the support of X, Y ...": X gives it
    if not givers:
        givers, via = _noun_subjects(ctx, noun)
        if via is not None:
            return []  # only the noun's own giver, not the clause's subject
    kinds = ctx.kinds("supports")
    return [Found(g, "supports", r, noun.i, 0.7) for g in givers
            for r in subject_refs(verb) if r.kind in kinds and r.key != g.key]


@rule("nominal.received", gate=Gate(words=lambda ctx: ctx.lex.relations["supports"].nouns))
def nominal_received(noun: Token, ctx: RuleContext) -> list[Found]:
    """Support received from a giver: "X received aid from Y", "X secured a loan from
    Y", "X won the backing of Y", "X enjoys the support of Y" (Y supports X), for a support
    noun that a verb of receiving governs."""
    if noun.pos_ != "NOUN":
        return []
    if not any(rel == "supports" for rel, _ in ctx.nouns.get(noun.lemma_.lower(), [])):
        return []
    amount = _amount_of(noun)  # "received $2 billion in loans from Y"
    if amount.dep_ != "dobj":
        return []
    verb = amount.head
    if verb.lemma_.lower() not in ctx.lex.modality.receiving_verbs or not asserted(verb):
        return []
    givers = [r for head in {noun.i: noun, amount.i: amount, verb.i: verb}.values()
              for prep in head.children
              if prep.dep_ == "prep" and prep.lower_ == "from"
              for pobj in prep.children if pobj.dep_ == "pobj"
              for c in conjuncts(pobj) if (r := ref(c)) is not None and r.kind in ctx.agents]
    if not givers and not any(c.dep_ == "poss" for c in noun.children):
        # "won the backing of Y", "enjoys the support of Y": the giver is what it is "of"
        givers = [r for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for pobj in prep.children if pobj.dep_ == "pobj"
                  for c in conjuncts(pobj) for r in target_refs(c)[0] if r.kind in ctx.agents]
    # (an act's owner receives support for it: "X's proposal won backing from Y")
    takers = subject_refs(verb) or [r for s in verb.children if s.dep_ == "nsubj"
                                    for c in conjuncts(s) for r in target_refs(c)[0]
                                    if r.kind in ctx.kinds("supports")]
    return [Found(g, "supports", s, noun.i, 0.7) for g in givers
            for s in takers if s.key != g.key]


@rule("nominal.drew", gate=Gate(words=lambda ctx: ctx.lex.reporting.drawing_verbs
                                 | ctx.lex.reporting.answering_verbs))
def nominal_drew(verb: Token, ctx: RuleContext) -> list[Found]:
    """Criticism, opposition or support drawn from someone: "X drew criticism from Y", "X's
    plan faced opposition from Y", "X came under criticism from Y", "X's plan won backing
    from Y" (Y criticizes, opposes or supports X, or the one whose act X is); criticism or
    calls that X answers: "X ignored calls from Y to withdraw"."""
    answering = any(k in ctx.lex.reporting.answering_verbs for k in (
        verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children
                               if c.dep_ == "prt")))
    if verb.pos_ != "VERB" or (verb.lemma_.lower() not in ctx.lex.reporting.drawing_verbs
                               and not answering):
        return []
    if not asserted(verb):
        return []
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("under", "with")
              for o in p.children if o.dep_ == "pobj"]
    out: list[Found] = []
    rep = ctx.lex.reporting
    for noun in nouns:
        rels = {rel for rel, _ in ctx.nouns.get(noun.lower_, []) + ctx.nouns.get(
            noun.lemma_.lower(), [])} & {"criticizes", "opposes", "supports"}
        if "supports" in rels and (answering
                                   or verb.lemma_.lower() in ctx.lex.modality.receiving_verbs):
            rels.discard("supports")  # "received support from Y" (nominal.received)
        # "came under fire from Y" (not the fire of weapons: attack.came_under), "faced
        # pressure from Y", "faced calls from Y to resign"
        figurative = noun.lemma_.lower() in rep.drawn_criticism_nouns and not (
            military_fire(noun, verb, ctx))
        urging = noun.lower_ in rep.drawn_urging_nouns
        if figurative or urging:
            rels.add("criticizes" if figurative else "urges")
        if not rels or is_negated(noun):
            continue
        sources = [r for h in (noun, verb) for p in h.children
                   if p.dep_ == "prep" and p.lower_ == "from"
                   for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                   for r in target_refs(c)[0] if r.kind in ctx.agents]
        if answering:
            # "X ignored Y's calls", "heeded the DEMONYM appeal"
            sources += [r for c in noun.children if c.dep_ in ("poss", "amod")
                        for r in target_refs(c)[0] if r.kind in ctx.agents]
        for rel in rels:
            kinds = ctx.kinds(rel)
            targets = [r for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
                       for c in conjuncts(s) for r in target_refs(c)[0] if r.kind in kinds]
            if not targets and verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
                # a participle on the act's clause: "X imposed sanctions on Y, drawing
                # condemnation from Z" (Z criticizes X)
                targets = [r for r in subject_refs(verb) if r.kind in kinds]
            name = "nominal.drew_figurative" if figurative or urging else ""
            out.extend(Found(src, rel, t, noun.i, 0.7, name) for src in sources for t in targets
                       if src.key != t.key)
    return out


_DESPITE_RELATIONS = ("criticizes", "opposes")


@rule("nominal.despite", gate=Gate(words=lambda ctx: ctx.lex.reporting.concessive_stances))
def nominal_despite(noun: Token, ctx: RuleContext) -> list[Found]:
    """Criticism or opposition that an act goes on in spite of, from a named source, is
    aimed at whoever acts: "X pressed ahead with the plan despite criticism from Y", "X
    resigned amid protests by Y", "despite Y's objections, X signed the deal", "in the face
    of opposition from Y" (Y criticizes or opposes X). A construction of wire copy that
    reports an act together with the reaction it drew; a noun with an object of its own
    ("despite Y's criticism of Z") is the trigger rules', one with a topic of its own
    ("criticism from Y over Z") is not the subject's, and a stance of no named source
    ("amid criticism") gives nothing."""
    rep = ctx.lex.reporting
    if noun.pos_ != "NOUN" or noun.dep_ not in ("pobj", "conj"):
        return []
    first = noun
    while first.dep_ == "conj":
        first = first.head
    prep = first.head
    if first.dep_ != "pobj":
        return []
    # "in spite of Y's objections", "in the face of opposition from Y"
    phrase = prep.head
    if prep.lower_ == "of" and phrase.lower_ in rep.concessive_phrase_nouns and (
            phrase.dep_ == "pobj" and phrase.head.lower_ == "in"):
        prep = phrase.head
    elif prep.lower_ not in rep.concessive_preps:
        return []
    head = prep.head
    if head.pos_ not in ("VERB", "AUX") or is_hypothetical(head):
        return []
    if is_negated(noun) or is_future_nominal(noun):
        return []
    if noun.lower_ not in rep.concessive_stances:
        return []
    entries = ctx.nouns.get(noun.lower_, []) + ctx.nouns.get(noun.lemma_.lower(), [])
    rels = {rel for rel, _ in entries if rel in _DESPITE_RELATIONS} or {"criticizes"}
    # only a source: a noun with an object or topic of its own ("despite Y's criticism of
    # Z", "amid criticism from Y over Z's offensive") is not aimed at the clause's subject
    if any(p.dep_ == "prep" and p.lower_ not in ("by", "from") for p in noun.children):
        return []
    sources = [r for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
               for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
               for r in target_refs(c)[0] if r.kind in ctx.agents]
    sources += [r for c in noun.children if c.dep_ in ("poss", "amod", "compound")
                and (r := ref(c)) is not None and r.kind in ctx.agents
                and r.how in ("demonym", "name", "metonym", "coref")]
    affiliations: dict[str, list[str]] = noun.doc._.kg_affiliations or {}
    out: list[Found] = []
    for rel in sorted(rels):
        kinds = ctx.kinds(rel)
        out.extend(Found(src, rel, t, noun.i, 0.7) for src in sources
                   for t in subject_refs(head) if t.kind in kinds and t.key != src.key
                   and t.key not in affiliations.get(src.key, [])
                   and src.key not in affiliations.get(t.key, []))
    return out


def _holders(noun: Token) -> tuple[list[Ref], Token | None]:
    """Whom a noun of a holder is said of, and the verb that says it: the subject of a
    copula ("X is Y's backer", "X has been one of Y's backers"), or the name it stands in
    apposition to ("X, Y's main backer, ...", "X, one of Y's critics, ...")."""
    top = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lower_ in ("one", "more", "something")):
        top = noun.head.head  # "one of Y's critics", "more of a critic of Y"
    if top.dep_ == "attr" and top.head.lemma_ == "be":
        verb = top.head
        return [r for s in verb.children if s.dep_ == "nsubj" for c in conjuncts(s)
                for r in target_refs(c)[0]], verb
    if top.dep_ == "appos":
        return [r for c in conjuncts(top.head) for r in target_refs(c)[0]], None
    return [], None


@rule("nominal.holder", gate=Gate(words=lambda ctx: ctx.lex.reporting.holder_nouns))
def nominal_holder(noun: Token, ctx: RuleContext) -> list[Found]:
    """A noun of one who holds a stance, said of a named actor, with the stance's target as
    its possessor: "X is Y's staunchest backer", "X, Y's main backer, rejected ...", "X has
    been one of Y's fiercest critics", "X, a critic of Y, ..." (X supports / criticizes Y).
    A construction of background clauses in wire copy; the possessor is the target here,
    not the holder (the trigger rules' "Y's support"), and "Y's backers" said of nobody
    gives nothing."""
    if noun.pos_ != "NOUN" or noun.lower_ not in ctx.lex.reporting.holder_nouns:
        return []
    rels = {rel for rel, _ in ctx.nouns.get(noun.lower_, []) + ctx.nouns.get(
        noun.lemma_.lower(), [])} & {"supports", "criticizes", "opposes"}
    if not rels or is_negated(noun):
        return []
    targets = [r for c in noun.children if c.dep_ == "poss"
               for r in target_refs(c)[0] if r.kind in ctx.agents]
    holders, verb = _holders(noun)
    # in apposition, or after "more of a", the "of" phrase names the target too ("X, a
    # critic of Y", "X was more of a critic of Y")
    if verb is None or (noun.dep_ == "pobj" and noun.head.head.lower_ in ("more", "something")):
        targets += [r for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                    for r in target_refs(c)[0] if r.kind in ctx.agents]
    if not targets:
        return []
    if verb is not None and not asserted(verb):
        return []
    affiliations: dict[str, list[str]] = noun.doc._.kg_affiliations or {}
    return [Found(h, rel, t, noun.i, 0.7) for rel in sorted(rels) for h in holders
            if h.kind in ctx.agents for t in targets if t.key != h.key
            and t.key not in affiliations.get(h.key, [])
            and h.key not in affiliations.get(t.key, [])]


def _honoured(noun: Token, kinds: tuple[str, ...]) -> list[Ref]:
    """Whom a noun of honour names: its possessor ("in X's honour") or what it is "of" or
    "to" ("in honour of X", "in tribute to X")."""
    found = [r for c in noun.children if c.dep_ == "poss"
             for r in target_refs(c)[0] if r.kind in kinds]
    found += [r for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "to")
              for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
              for r in target_refs(c)[0] if r.kind in kinds]
    return list({r.key: r for r in found}.values())


@rule("nominal.in_honor", gate=Gate(words=lambda ctx: ctx.lex.reporting.honor_nouns))
def nominal_in_honor(noun: Token, ctx: RuleContext) -> list[Found]:
    """An act done "in honour of" an actor supports the actor: "X held a minute of silence
    in Y's honour", "X laid a wreath in memory of Y", "a ceremony in tribute to Y" (the
    doer is the subject of the verb the phrase hangs on). A construction of obituaries,
    state funerals and farewells in wire copy; honouring is praise (GUIDELINES: praising
    is ``supports``)."""
    if noun.pos_ != "NOUN" or noun.lower_ not in ctx.lex.reporting.honor_nouns:
        return []
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or is_negated(noun):
        return []
    # the phrase hangs on the verb or on its object ("held [a minute of silence] in ...")
    verb = prep.head
    if verb.pos_ == "NOUN":
        verb = governing_verb(verb) or verb
    if verb.pos_ not in ("VERB", "AUX") or not asserted(verb):
        return []
    targets = _honoured(noun, ctx.kinds("supports"))
    if not targets:
        return []
    # (a subject that is a part of an actor: "both houses of X held ...")
    doers = subject_refs(verb) or [r for s in verb.children if s.dep_ == "nsubj"
                                   for r in target_refs(s)[0]]
    affiliations: dict[str, list[str]] = noun.doc._.kg_affiliations or {}
    return [Found(s, "supports", t, noun.i, 0.7) for s in doers
            if s.kind in ctx.agents for t in targets
            if t.key != s.key and t.key not in affiliations.get(s.key, [])]


def _role_holders(role: Token) -> list[Ref]:
    """Who holds a role: the name in apposition to it ("Y's campaign chief X"), or the one
    it is said of ("X, Y's campaign manager", "X is Y's campaign manager")."""
    named = [r for a in role.children if a.dep_ == "appos" for c in conjuncts(a)
             if (r := ref(c)) is not None]
    return named or _holders(role)[0]


@rule("nominal.campaign", gate=Gate(words=lambda ctx: ctx.lex.constructions.campaign_nouns))
def nominal_campaign(noun: Token, ctx: RuleContext) -> list[Found]:
    """Leading a candidate's campaign supports the candidate: "X headed the campaign of
    Y", "X ran Y's campaign", "X, Y's campaign manager, ...", "Y's campaign chief X", "X,
    the head of Y's campaign" (X supports Y). A construction of election and opposition
    coverage in wire copy; the candidate must be a named person (not "X's campaign
    against Y")."""
    cons = ctx.lex.constructions
    if noun.pos_ != "NOUN" or noun.lower_ not in cons.campaign_nouns or is_negated(noun):
        return []
    # whose campaign: the owner, or the one it is "of" or "for" ("the campaign of Y")
    owners = [r for c in noun.children if c.dep_ == "poss" and (r := ref(c)) is not None]
    holders: list[Ref] = []
    verb: Token | None = None
    if noun.dep_ == "compound" and noun.head.lower_ in cons.campaign_roles:
        role = noun.head  # "Y's campaign manager": the owner is the role's
        owners += [r for c in role.children if c.dep_ == "poss" and (r := ref(c)) is not None]
        holders = _role_holders(role)
    else:
        owners += [r for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                   for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                   if (r := ref(c)) is not None]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cons.campaign_leading_verbs:
            verb = noun.head  # "X headed the campaign of Y"
            holders = subject_refs(verb)
        elif (noun.dep_ == "pobj" and noun.head.lower_ == "of"
              and noun.head.head.lower_ in cons.campaign_roles):
            holders = _role_holders(noun.head.head)  # "X, the head of Y's campaign"
    if verb is not None and not asserted(verb):
        return []
    owners = [r for r in owners if r.kind == "Person"]
    return [Found(h, "supports", o, noun.i, 0.7) for h in holders if h.kind == "Person"
            for o in owners if o.key != h.key]


@rule("nominal.enemy", gate=Gate(words=lambda ctx: ctx.lex.reporting.enemy_nouns))
def nominal_enemy(noun: Token, ctx: RuleContext) -> list[Found]:
    """A noun of a sworn enemy said of a named actor: "X, a longtime foe of Y", "X is an
    enemy of Y" (X opposes Y); "Y's arch-nemesis, X", "Y's enemy X" (Y opposes X). A
    construction of background clauses in wire copy, like the holders of a stance
    (nominal.holder); nothing for an enemy said of nobody ("the enemy") or denied."""
    if noun.pos_ != "NOUN" or noun.lower_ not in ctx.lex.reporting.enemy_nouns:
        return []
    if is_negated(noun) or is_hypothetical(noun):
        return []
    holders, verb = _holders(noun)
    # the name in apposition, or after a title in apposition ("Y's nemesis, former
    # premier X")
    holders += [r for a in noun.children if a.dep_ == "appos"
                for c in (*conjuncts(a), *(x for x in a.children if x.dep_ == "appos"))
                if (r := ref(c)) is not None]
    if verb is not None and not asserted(verb):
        return []
    kinds = ctx.kinds("opposes")
    owners = [r for c in noun.children if c.dep_ == "poss"
              for r in target_refs(c)[0] if r.kind in ctx.agents]
    enemies_of = [r for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                  for r in target_refs(c)[0] if r.kind in kinds]
    affiliations: dict[str, list[str]] = noun.doc._.kg_affiliations or {}
    pairs_ = [(h, t) for h in holders if h.kind in ctx.agents for t in enemies_of]
    pairs_ += [(o, h) for o in owners for h in holders if h.kind in kinds]
    return [Found(a, "opposes", b, noun.i, 0.6) for a, b in pairs_ if a.key != b.key
            and b.key not in affiliations.get(a.key, [])
            and a.key not in affiliations.get(b.key, [])]


@rule("nominal.displeasure", gate=Gate(words=lambda ctx: ctx.lex.reporting.displeasure_nouns))
def nominal_displeasure(noun: Token, ctx: RuleContext) -> list[Found]:
    """A feeling voiced over an actor or its act criticizes the actor: "X expressed regret
    over Y's decision", "X voiced anger at Y" (only whom the phrase names or whose act it
    is: not "regret over the death of Y")."""
    if noun.pos_ != "NOUN" or noun.lower_ not in ctx.lex.reporting.displeasure_nouns:
        return []
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or is_negated(noun):
        return []
    verb = noun.head
    if not asserted(verb):
        return []
    kinds = ctx.kinds("criticizes")
    # (the parser may hang the phrase on the verb: "voiced anger [at Y]")
    objects = {r.key: r for h in (noun, verb) for p in h.children if p.dep_ == "prep"
               and p.lower_ in ("over", "at", "about", "with")
               for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
               # its owner, or coordinated owners: "the US and NATO response"
               for t in (c, *(m for d in c.children
                              if d.dep_ in ("poss", "amod", "compound", "nmod")
                              for m in conjuncts(d)))
               if (r := ref(t)) is not None and r.kind in kinds}
    affiliations: dict[str, list[str]] = noun.doc._.kg_affiliations or {}
    return [Found(s, "criticizes", o, noun.i, 0.7) for s in subject_refs(verb)
            for o in objects.values()
            if o.key != s.key and o.key not in affiliations.get(s.key, [])]


# Relations whose act may be mutual: each side does it to the other (the symmetric
# relations need no rule of their own).
_MUTUAL = ("criticizes", "opposes", "supports", "urges", "sanctions", "attacks")


def _mutual_relations(noun: Token, ctx: RuleContext) -> list[str]:
    """The relations a noun of a mutual act states: "a war of words" (a phrase of the
    lexicon's ``mutual_acts``), or a trigger noun that "mutual" modifies ("mutual
    support", "mutual recriminations")."""
    cons = ctx.lex.constructions
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for o in (p for p in prep.children if p.dep_ == "pobj"):
            for head in (noun.lower_, noun.lemma_.lower()):
                phrase = cons.mutual_acts.get(f"{head} of {o.lower_}")
                if phrase:
                    return list(phrase)
    if not any(c.dep_ == "amod" and c.lower_ in cons.mutual_words for c in noun.children):
        return []
    low, lemma = noun.lower_, noun.lemma_.lower()
    rels = [*cons.exchanged_acts.get(low, ()), *cons.exchanged_acts.get(lemma, ())]
    rels += [rel for rel, _ in ctx.nouns.get(low, []) + ctx.nouns.get(lemma, [])]
    return [r for r in dict.fromkeys(rels) if r in _MUTUAL]


@rule("nominal.joint_document", gate=Gate(
    words=lambda ctx: ctx.lex.constructions.joint_document_nouns))
def nominal_joint_document(noun: Token, ctx: RuleContext) -> list[Found]:
    """A document that sides adopt together is their agreement: "A and B adopted (signed,
    approved, issued) a joint statement", "X issued a joint declaration with Y". Not one
    each issued ("A and B each issued a statement", "separate statements"), one still to
    come, nor a statement only "with" something ("a statement with details of ...")."""
    cons = ctx.lex.constructions
    verb = noun.head
    if noun.lemma_.lower() not in cons.joint_document_nouns or noun.tag_ != "NN" or (
            noun.dep_ not in ("dobj", "nsubjpass")) or (
            verb.lemma_.lower() not in ctx.lex.modality.adopting_verbs) or not asserted(verb) or (
            is_future_aux(verb)) or any(
            c.lower_ in cons.several_meeting_modifiers for c in noun.children) or any(
            w.lower_ == "each" for c in verb.children for w in c.subtree
            if c.dep_ in ("nsubj", "advmod", "npadvmod")):
        return []
    joint = any(c.dep_ == "amod" and c.lower_ in cons.joint_modifiers for c in noun.children)
    sides = named_subjects(verb) if noun.dep_ == "dobj" else []
    if joint:
        # "X issued a joint statement with Y": the named partner of the document
        sides += [r for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
                  for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                  if (r := ref(c)) is not None and r.kind in ctx.agents]
    sides = list({r.key: r for r in sides if r.kind in ctx.agents}.values())
    if len(sides) < 2:
        return []
    return all_pairs(sides, "cooperatesWith", noun, 0.7, "nominal.joint_document")


@rule("nominal.mutual", gate=Gate(words=lambda ctx: [
    *ctx.nouns, *ctx.lex.constructions.exchanged_acts, *ctx.lex.constructions.mutual_acts]))
def nominal_mutual(noun: Token, ctx: RuleContext) -> list[Found]:
    """A mutual act between sides: each does it to the other. "A war of words between A and
    B", "A's war of words with B", "mutual recriminations between A and B", "A and B
    pledged mutual support" (each supports the other)."""
    if noun.pos_ != "NOUN":
        return []
    rels = _mutual_relations(noun, ctx)
    if not rels or is_negated(noun) or is_hypothetical(noun) or is_future_nominal(noun):
        return []
    verb = governing_verb(noun)
    if verb is not None and not asserted(verb):
        return []
    # (the parser may hang the sides on the phrase's last word: "a war of [words] between")
    holders = [noun] + [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"]
    sides: list[Ref] = [r for h in holders for prep in h.children if prep.dep_ == "prep"
                        and prep.lower_ in ("between", "among")
                        for p in prep.children if p.dep_ == "pobj" for c in conjuncts(p)
                        for r in target_refs(c)[0]]
    owners = [r for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
              for t in c.subtree if (r := ref(t)) is not None and not _against(ctx, t)]
    if not sides and owners:
        # "A's war of words with B", "the A-B war of words"
        sides = owners + [r for h in holders for prep in h.children if prep.dep_ == "prep"
                          and prep.lower_ == "with" for p in prep.children
                          if p.dep_ == "pobj" for c in conjuncts(p) for r in target_refs(c)[0]]
    if not sides and verb is not None and noun.dep_ == "dobj" and noun.head.i == verb.i:
        sides = named_subjects(verb)  # "A and B pledged mutual support"
    found = list({r.key: r for r in sides if r.kind in ctx.agents}.values())
    if len(found) < 2:
        return []
    return [Found(a, rel, b, noun.i, 0.7) for rel in rels for a in found for b in found
            if a.key != b.key and b.kind in ctx.kinds(rel)]


def _sanction_nouns(ctx: RuleContext) -> frozenset[str]:
    """The nouns of a sanction ([sanctions.nouns])."""
    return frozenset(k for k, v in ctx.nouns.items() if any(r == "sanctions" for r, _ in v))


@rule("nominal.sanctions_strike", gate=Gate(words=_sanction_nouns))
def nominal_sanctions_strike(noun: Token, ctx: RuleContext) -> list[Found]:
    """Sanctions as the subject of a verb of striking sanction its object: "The sanctions,
    imposed by X after the crackdown, target Y's potash industry", "new DEMONYM sanctions
    hit Y's banks" (X sanctions Y). The imposer is the noun's owner or modifier, one "by"
    whom, or the agent of its participle. Sanctions that a verb of striking hits its
    undergoer with or by do too: "Y was hit with sanctions by X", "Y, hit by X
    sanctions, ..." (the undergoer is the passive subject or the noun the participle is
    on)."""
    if noun.pos_ != "NOUN":
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "by") and (
            noun.head.dep_ in ("prep", "agent")):
        return _struck_with_sanctions(noun, ctx)
    if noun.dep_ != "nsubj":
        return []
    verb = noun.head
    if noun_relations(noun, ctx) != {"sanctions"} or verb.lemma_.lower() not in (
            ctx.lex.constructions.sanction_striking_verbs):
        return []
    preps = {p for k in (noun.lemma_.lower(), noun.lower_) for _, ps in ctx.nouns.get(k, [])
             for p in ps}
    if any(c.dep_ == "prep" and c.lower_ in preps for c in noun.children):
        return []  # "sanctions against Y hit Z's exporters": Y is the one sanctioned
    if not asserted(verb) or is_negated(noun) or is_future_nominal(noun) or any(
            c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
        return []
    imposers = {r.key: r for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                if (r := ref(c)) is not None and r.kind in ctx.agents}
    by = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"]
    by += [a for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN"
           for a in v.children if a.dep_ == "agent"]
    imposers.update((r.key, r) for p in by for o in p.children if o.dep_ == "pobj"
                    for c in conjuncts(o) if (r := ref(c)) is not None and r.kind in ctx.agents)
    kinds = ctx.kinds("sanctions")
    targets = {r.key: r for d in verb.children if d.dep_ == "dobj" for c in conjuncts(d)
               for r in target_refs(c)[0] if r.kind in kinds}
    return [Found(i, "sanctions", t, noun.i, 0.6) for i in imposers.values()
            for t in targets.values() if t.key != i.key]


def _struck_with_sanctions(noun: Token, ctx: RuleContext) -> list[Found]:
    """"Y was hit with sanctions by X", "Y, hit by X sanctions, ...": X sanctions Y (the
    sanction's own owner or "by"/"from" phrase, or the passive verb's agent)."""
    verb = noun.head.head
    if noun_relations(noun, ctx) != {"sanctions"} or verb.pos_ != "VERB" or (
            verb.lemma_.lower() not in ctx.lex.constructions.sanction_striking_verbs):
        return []
    passive = verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(
        c.dep_ in ("nsubjpass", "auxpass") for c in verb.children))
    if not passive or not asserted(verb) or is_negated(noun) or is_future_nominal(noun):
        return []  # (the active "X hit Y with sanctions" is the noun's own "with" reading)
    imposers = {r.key: r for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                if (r := ref(c)) is not None and r.kind in ctx.agents}
    by = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from")]
    if noun.head.lower_ == "with":
        by += [a for a in verb.children if a.dep_ == "agent"]
    imposers.update((r.key, r) for p in by for o in p.children if o.dep_ == "pobj"
                    for c in conjuncts(o) if (r := ref(c)) is not None and r.kind in ctx.agents)
    kinds = ctx.kinds("sanctions")
    undergoers = [verb.head] if verb.dep_ == "acl" else [
        d for d in verb.children if d.dep_ == "nsubjpass"]
    targets = {r.key: r for d in undergoers for c in conjuncts(d)
               for r in target_refs(c)[0] if r.kind in kinds}
    return [Found(i, "sanctions", t, noun.i, 0.6) for i in imposers.values()
            for t in targets.values() if t.key != i.key]


def _pursuer(ctx: RuleContext, verb: Token) -> tuple[Token | None, list[Ref]]:
    """The course-of-action noun a bare infinitive or gerund hangs on, and whose course it
    is: "X's efforts to derail Y", "its policy of seeking to dismantle Y" (the subject of
    the verb the noun is the object of: "X continued its policy of ...")."""
    cons = ctx.lex.constructions
    cur = verb
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return None, []
        if cur.dep_ not in ("xcomp", "pcomp", "acl", "prep"):
            return None, []
        cur = cur.head
        if cur.pos_ == "NOUN":
            break
    else:
        return None, []
    if cur.pos_ != "NOUN" or cur.lemma_.lower() not in cons.pursuit_nouns and (
            cur.lower_ not in cons.pursuit_nouns):
        return None, []
    if cur.dep_ == "pobj" and not any(c.dep_ == "poss" for c in cur.children):
        return None, []  # a course that a phrase names ("accused Y of a plan to ..."): whose?
    subjects, governing = _noun_subjects(ctx, cur)
    if governing is not None and not asserted(governing):
        return None, []
    return cur, [s for s in subjects if s.kind in ctx.agents]


@rule("nominal.subversion", gate=Gate(words=lambda ctx: (
    ctx.lex.constructions.subverting_verbs | ctx.lex.constructions.subverting_nouns)))
def nominal_subversion(tok: Token, ctx: RuleContext) -> list[Found]:
    """A course of action that wrecks an agreement or plan opposes it: "X's efforts to
    derail the accord", "X continued its policy of sabotaging the agreements", "a policy of
    seeking to dismantle the deal" (the owner of the course opposes the initiative), and the
    act as a noun, "X's subversion of the accords". Only an initiative is opposed so: the
    verbs also take places and people ("undermined the economy of Y")."""
    cons = ctx.lex.constructions
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in cons.subverting_verbs:
        # (the course states the attempt: "its policy of seeking to dismantle Y" is no
        # mere wish, so the noun, not the verb under "seeking", must be asserted)
        if is_negated(tok):
            return []
        targets = [r for _, r in initiatives_of([c for c in tok.children if c.dep_ == "dobj"])]
        noun, subjects = _pursuer(ctx, tok) if targets else (None, [])
        if noun is None or is_negated(noun) or is_hypothetical(noun):
            return []
    elif tok.pos_ == "NOUN" and (lemma in cons.subverting_nouns or tok.lower_ in (
            cons.subverting_nouns)):
        if is_negated(tok) or is_hypothetical(tok):
            return []
        targets = [r for _, r in initiatives_of(
            [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"])]
        subjects, governing = _noun_subjects(ctx, tok) if targets else ([], None)
        if governing is not None and not asserted(governing):
            return []
        subjects = [s for s in subjects if s.kind in ctx.agents]
    else:
        return []
    return [Found(s, "opposes", t, tok.i, 0.7) for s in subjects for t in targets
            if s.key != t.key]


@rule("nominal.own_party", gate=Gate(words=lambda ctx: ctx.lex.constructions.own_party_nouns))
def nominal_own_party(noun: Token, ctx: RuleContext) -> list[Found]:
    """A person's own party named beside the noun that says whose it is: "X's party, the
    NAME" (the name in apposition), "the NAME, X's party" (the noun in apposition to the
    name), "X, whose party(,) NAME ..." or "X, whose NAME Party ..." (a relative clause on
    the person): X is affiliatedWith the party."""
    if noun.lemma_.lower() not in ctx.lex.constructions.own_party_nouns or (
            noun.pos_ not in ("NOUN", "PROPN")) or is_negated(noun) or any(
            t.lower_ in ("not", "never") for t in noun.doc[max(noun.left_edge.i - 1, 0):noun.i]):
        return []  # (nor "the NAME, not X's party")
    owners: list[Ref] = []
    for c in noun.children:
        if c.dep_ != "poss":
            continue
        if c.tag_ == "WP$":
            # "X, whose party ...": the person the relative clause is on
            clause = noun.head
            if clause.dep_ == "relcl" and (r := ref(clause.head)) is not None:
                owners.append(r)
        elif (r := ref(c)) is not None:
            owners.append(r)
    owners = [r for r in owners if r.kind == "Person"]
    if not owners:
        return []
    own = ref(noun)
    parties = [own] if own is not None else []
    if own is None:
        parties += [r for c in noun.children if c.dep_ == "appos"
                    and (r := ref(c)) is not None]
        if noun.dep_ == "appos" and (r := ref(noun.head)) is not None:
            parties.append(r)
    return [Found(p, "affiliatedWith", g, noun.i, 0.75) for p in owners for g in parties
            if g.kind in ("Organization", "Body") and g.key != p.key]
