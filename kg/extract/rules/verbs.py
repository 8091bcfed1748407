"""Rules on trigger verbs: the verb's subject acts on its objects.

Constructions: a direct object or attribute ("X condemned Y"); a passive
with its agent ("Y was condemned by X"); a participle on the object's noun
("the summit, attended by X"); control ("plans to open an office",
"urged Y to ..."); a prepositional object ("lashed out at Y", "called on
Y"); supplying with aid ("supplied Y with arms"); coordinated subjects of a
symmetric verb ("X and Y met"); drawing closer ("X and Y are moving closer");
the doer of a condemned act hung on the verb ("slammed the drills by X"); a
trigger adjective said of the subject ("X is opposed to Y's plan", "critical of").
"""

from collections.abc import Mapping

from spacy.tokens import Token

from kg import vocab
from kg.extract.mentions import Ref
from kg.extract.rules import (
    Found,
    Gate,
    RuleContext,
    all_pairs,
    asserted,
    courtesy_call,
    listed_subjects,
    named_as,
    noun_relations,
    rule,
    search,
    with_conjoined,
)
from kg.extract.rules.conflict import place_refs
from kg.extract.rules.lists import welcomed_into
from kg.extract.syntax import (
    agent_refs,
    clause_subjects,
    conjuncts,
    is_future_aux,
    is_hypothetical,
    is_negated,
    is_passive,
    passive_objects,
    ref,
    subject_refs,
    target_refs,
)

__all__ = ["initiatives_of", "through_tie", "verb_against", "verb_froze_assets",
           "verb_sanctioned_with", "verb_threatened_measure", "verb_release_demand",
           "verb_closer", "verb_directive", "verb_exchanged", "verb_exchanged_headline",
           "verb_object", "verb_predicative", "verb_prep", "verb_recall", "verb_reciprocal",
           "verb_referred_act", "verb_refusal", "verb_ruling_out", "verb_summon", "verb_supply",
           "verb_symmetric", "verb_elected_to", "verb_left_group", "verb_title_predicate",
           "verb_told", "verb_denied_accusation", "verb_aimed_criticism",
           "verb_opposed_doing",
           "verb_unacceptable_to"]


def _keys(verb: Token, ctx: RuleContext) -> list[str]:
    """The lexicon keys of a verb: "lash out" before "lash", "take aim" before "take"."""
    if not (verb.pos_ in ("VERB", "AUX") or verb.tag_.startswith("VB")):
        return []
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"
                     or (c.dep_ == "dobj" and c.lower_ in ctx.lex.modality.idiom_objects)), None)
    if particle is None:
        # the parser may take a particle for an adverb ("pushed back against Y")
        particle = next((c.lower_ for c in verb.children if c.dep_ == "advmod"
                         and _is_entry(f"{lemma} {c.lower_}", ctx)), None)
    return [f"{lemma} {particle}", lemma] if particle else [lemma]


def _is_entry(key: str, ctx: RuleContext) -> bool:
    """Whether a (multi-word) verb is a trigger of some relation."""
    return key in ctx.verbs or key in ctx.verb_preps or key in ctx.symmetric


def _noun_clauses(verb: Token) -> list[Token]:
    """A noun object that the parser took for a clause ("opposes [Ukraine's membership
    bid]" parsed as a ccomp): a noun or name with no subject of its own, where the verb has
    no direct object."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN")
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for g in c.children)]


def _committed_support(verb: Token, keys: list[str], ctx: RuleContext) -> bool:
    """A commitment to support or oppose is a stance taken now ("vowed to stand by X",
    "pledged to support Kyiv", "vowed to veto any bill containing Y"), though a vow to
    attack is no attack."""
    stances = ("supports", "opposes")
    supports = any(any(r in stances for r in ctx.verbs.get(k, [])) or any(
        rel in stances for rel, _ in ctx.verb_preps.get(k, [])) for k in keys)
    head = verb.head
    return supports and verb.dep_ == "xcomp" and head.lemma_.lower() in (
        ctx.lex.modality.commitment_heads) and asserted(head) and not is_negated(verb)


def _stated(verb: Token, keys: list[str], ctx: RuleContext) -> bool:
    """A trigger verb (of any relation) that states an act, or commits to support."""
    if not any(k in ctx.verbs or k in ctx.verb_preps or k in ctx.symmetric for k in keys):
        return False
    return asserted(verb) or _committed_support(verb, keys, ctx)


def _triggered(verb: Token, ctx: RuleContext, table: Mapping[str, object]) -> list[str]:
    """The verb's lexicon keys when one is in ``table`` and the verb states an act; else []."""
    keys = _keys(verb, ctx)
    if not any(k in table for k in keys) or not _stated(verb, keys, ctx):
        return []
    return keys


def _verbal_attack(obj: Token, verb: Token, ctx: RuleContext) -> bool:
    """Whether a verb of attacking takes a statement or decision, not an actor or ground
    ("attacked the decision of X", "attacked the proclamation of PLACE as ..."), or
    attacks someone over an issue ("attacked X over its record"; not a time, "over the
    weekend"), as something ("attacked X as weak"), or a person for something ("attacked
    NAME for the tweet", "for failing to ..."): words, no armed attack."""
    cons = ctx.lex.constructions
    words = cons.verbal_attack_objects
    if ref(obj) is None and obj.pos_ == "NOUN" and (
            obj.lemma_.lower() in words or obj.lower_ in words):
        return True
    if verb.lemma_.lower() in cons.verbal_attack_verbs and (
            (target := ref(obj)) is not None and target.kind == "Person") and (
            (doers := subject_refs(verb)) and all(d.kind == "Person" for d in doers)):
        return True  # one named person attacking another: "NAME attacked NAME in the debate"
    armed = {*ctx.lex.relations["attacks"].nouns, *cons.armed_reprisal_nouns}
    return verb.lemma_.lower() in cons.verbal_attack_verbs and (any(
        p.dep_ == "prep" and p.lower_ in ("over", "for", "as") and o.ent_type_ not in (
            "DATE", "TIME", "GPE", "LOC", "CARDINAL", "QUANTITY") and (
            (r := ref(o)) is None or r.kind not in (
                "Place", "State"))  # "over the weekend", "over the Black Sea": no issue
        # (nor a reprisal: "attacked Y over its rocket fire", "for the strikes on X")
        and o.lemma_.lower() not in armed and o.lower_ not in armed
        # (a label: "attacked X as weak", not a part: "as part of the offensive"; a reason
        # given to a person: "attacked NAME for the tweet", not a span: "for a third
        # night", nor a state's reason: "attacked Y for its ambitions")
        and not (p.lower_ in ("as", "for") and o.lemma_.lower() in cons.verbal_attack_spans)
        and not (p.lower_ == "for" and ((r2 := ref(obj)) is None or r2.kind != "Person" or any(
                c.ent_type_ in ("DATE", "TIME", "ORDINAL") for c in o.children)))
        for p in verb.children for o in p.children if o.dep_ == "pobj")
        # ("attacked X for failing to ...", "attacked X on paying less tax", "as weak")
        or any(p.dep_ == "prep" and ((p.lower_ in ("for", "on", "over") and c.dep_ == "pcomp"
                                      and c.tag_ == "VBG") or (
                                         p.lower_ == "as" and c.dep_ in ("amod", "acomp")))
               for p in verb.children for c in p.children)
        or bool(_sanction_means(verb, ctx)))


def _attacked_in_words(subjects: list[Ref], obj: Token, trigger: Token,
                       ctx: RuleContext) -> list[Found]:
    """A verb of attacking said of words criticizes whom its object names: "X attacked Y
    over its record", "attacked NAME for the tweet", "attacked the decision of Y"."""
    kinds = ctx.kinds("criticizes")
    targets, direct = target_refs(obj)
    return [Found(s, "criticizes", t, trigger.i, 0.8 if direct else 0.7, "verb.verbal_attack")
            for s in subjects for t in targets if t.kind in kinds and t.key != s.key]


def _imposed_participle(rel: str, trigger: Token) -> bool:
    """A sanction told by a past participle on its noun is done, not awaited: "sanctions
    imposed by X on Y" (unlike "its efforts to join")."""
    return rel == "sanctions" and trigger.tag_ == "VBN"


def _sanction_means(verb: Token, ctx: RuleContext) -> list[Token]:
    """The sanction by which a verb strikes its object: "hit X with sanctions", "targeted X
    with new sanctions", "placed X on its sanctions list", "added X to a blacklist" (the
    "with" noun, or an "on"/"to" noun that a sanction noun names)."""
    out: list[Token] = []
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in ("with", "on", "to"):
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            rels = noun_relations(o, ctx)
            # "to a blacklist", "on its sanctions list" (not "briefed X on the sanctions
            # regime": a list it must be)
            cons = ctx.lex.constructions
            named = o.lemma_.lower() in cons.sanction_list_nouns or (
                o.lemma_.lower() in cons.list_nouns and any(
                    c.dep_ in ("compound", "amod") and noun_relations(c, ctx) == {"sanctions"}
                    for c in o.children))
            if (p.lower_ == "with" and rels == {"sanctions"}) or (
                    p.lower_ in ("on", "to") and named):
                out.append(o)
    return out


@rule("verb.sanctioned_with", gate=Gate(words=lambda ctx: frozenset(
    k for k, v in ctx.nouns.items() if any(r == "sanctions" for r, _ in v))
    | ctx.lex.constructions.sanction_list_nouns))
def verb_sanctioned_with(noun: Token, ctx: RuleContext) -> list[Found]:
    """Striking an actor with a sanction sanctions it: "X hit Y with new sanctions", "X
    targeted Y with sanctions", "X placed Y on its sanctions list", "X added Y to its
    blacklist" (X sanctions Y); not a threat of one ("threatened Y with sanctions")."""
    held = noun.head if noun.dep_ == "compound" else noun
    if held.dep_ != "pobj" or held.head.lower_ not in ("with", "on", "to"):
        return []
    verb = held.head.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
        return []
    if not asserted(verb) or is_future_aux(verb):
        return []
    lemma = verb.lemma_.lower()
    if lemma in ctx.lex.modality.unimposing_heads or lemma in ctx.lex.modality.unrealized_heads:
        return []
    if not any(o.i == held.i for o in _sanction_means(verb, ctx)):
        return []
    kinds = ctx.kinds("sanctions")
    targets = {r.key: r for d in verb.children if d.dep_ == "dobj" for c in conjuncts(d)
               for r in target_refs(c)[0] if r.kind in kinds}
    return [Found(s, "sanctions", t, verb.i, 0.6) for s in subject_refs(verb)
            for t in targets.values() if t.key != s.key]


def pairs(subjects: list[Ref], rel: str, obj_tok: Token, trigger: Token, lemma: str,
          ctx: RuleContext) -> list[Found]:
    """Each subject with each actor the object phrase names, respecting the
    lexicon's direct-only and indirect-only triggers and awaited relations."""
    out: list[Found] = []
    if rel in ctx.lex.modality.awaited_relations and (
            is_future_aux(trigger) or (trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN"
                                       and not _imposed_participle(rel, trigger))):
        return out  # an act still awaited: "will join", "its efforts to join"
    if rel == "metWith" and welcomed_into(trigger, ctx)[0]:
        return out  # a state greeted into an organization enters it: no meeting
    triggers = ctx.lex.relations.get(rel)
    for obj in conjuncts(obj_tok):
        if rel == "attacks" and _verbal_attack(obj, trigger, ctx):
            # words, no armed attack: the one attacked in words is criticized
            out.extend(_attacked_in_words(subjects, obj, trigger, ctx))
            continue
        targets, direct = target_refs(obj)
        own = ref(obj)
        if rel == "opposes" and not direct and own is not None and own.kind == "Initiative" and (
                own.key not in {t.key for t in targets}):
            # "rejected X's migration pact": X's act, and the initiative itself, are opposed
            targets = [*targets, own]
        if rel == "supports" and not direct and own is not None and own.kind == "Initiative" and (
                own.key not in {t.key for t in targets}) and not (
                triggers is not None and lemma in triggers.indirect_only):
            # "backed X's peace plan": X's act, and the initiative itself, are supported
            # (agreeing to or welcoming X's proposal accepts X's act)
            targets = [*targets, own]
        ceased = rel == "urges" and not direct and obj.pos_ == "NOUN" and (
            obj.lemma_.lower() in ctx.lex.reporting.cessation_nouns)
        if ceased and not targets:
            # "an end to X's raids": the one whose act is to stop (not sides of a state of
            # affairs: "an end to the war between X and Y")
            situations = ctx.lex.constructions.situation_nouns
            targets = [r for p in obj.children if p.dep_ == "prep" and p.lower_ in ("to", "of")
                       for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                       if c.lemma_.lower() not in situations for r in target_refs(c)[0]]
        by = [r for p in obj.children if p.dep_ == "prep" and p.lower_ == "by"
              for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
              for r in target_refs(c)[0]] if rel == "urges" and not direct else []
        if by and obj.pos_ == "NOUN":
            # "demanded an apology by X": the one named to act
            targets, ceased = by, True
        if triggers is not None and lemma in triggers.direct_only and not direct:
            continue
        if triggers is not None and lemma in triggers.indirect_only and direct:
            continue
        if triggers is not None and lemma in triggers.ground_verbs and not direct:
            # taking ground or an armed force's people attacks the place taken or the force
            # ("captured the town of X", "seized DEMONYM territory", "X Navy sailors were
            # captured by Y"), not the owner of what is taken ("seized DEMONYM assets",
            # "captured the attention of X")
            con = ctx.lex.constructions
            held = {obj.lemma_.lower(), obj.lower_}
            if not held & (con.place_nouns | con.unlocated_heads | con.captive_nouns
                           | ctx.lex.titles.agents):
                targets = [t for t in targets if t.kind == "Place"]
            if not targets:
                continue
        if rel == "urges" and not direct and not ceased and not (
                obj.dep_ == "pobj" and obj.head.lower_ == "for" and obj.pos_ == "NOUN"):
            # one urges the named actor, not the state it belongs to; but calling for an
            # act of X ("called for G7 action", "for Israel's withdrawal") urges X
            continue
        if rel == "urges" and not direct and not by and obj.pos_ == "NOUN" and (
                obj.lower_ in ctx.lex.reporting.release_nouns
                or obj.lower_ in ctx.lex.constructions.patient_nouns):
            # the "of" phrase of a noun of freeing or harm names who undergoes it, not who
            # is to act: "called for the release of X", "for the arrest of X"
            patients = {r.key for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                        for r in target_refs(c)[0]}
            targets = [t for t in targets if t.key not in patients]
        if rel == "criticizes" and any(t.kind == "Initiative" for t in targets):
            # "denounced the agreement between X and Y": its parties are criticized too
            targets = targets + [r for prep in obj.children if prep.dep_ == "prep"
                                 and prep.lower_ in ("between", "among")
                                 for p in prep.children if p.dep_ == "pobj"
                                 for c in conjuncts(p) for r in target_refs(c)[0]
                                 if r.kind in ctx.agents]
        kinds = ctx.kinds(rel)
        # (a trigger of acts only takes the act's doer: "agreed to a meeting on X" is no
        # support of X)
        only_named = triggers is not None and (
            lemma in triggers.direct_only or lemma in triggers.indirect_only)
        if not any(t.kind in kinds for t in targets) and rel != "urges" and not only_named and not (
                direct and targets and targets[0].kind == "Place"):
            # (a direct-only trigger takes only whom it names: "welcomed the ceasefire
            # between X and Y" is no meeting with X)
            # (a place named as the object is no actor: "defended PLACE, COUNTRY"
            # does not support COUNTRY)
            # (what the phrase is about is not backed, opposed or proposed: "favours a
            # tougher stance on X"; nor, for opposition, where it happens: "disputed the
            # results of the vote in X")
            topics = ctx.lex.constructions.topic_preps if rel in _TOPICAL else frozenset()
            if rel == "opposes":
                topics = topics | {"in"}
            targets = targets + search(obj, kinds, trigger, topics)  # one urges only whom one names
        if rel in _TIE_OPAQUE and not direct:
            targets = [t for t in targets if not through_tie(obj, t, ctx)]
        for s in subjects:
            for t in targets:
                out.append(Found(s, rel, t, trigger.i, 0.8 if direct else 0.7))
    return out


# Relations whose object is not looked for in a topic of the object phrase.
_TOPICAL = ("supports", "opposes", "proposes")


# Relations whose object is not looked for through a noun of a relation between parties
# (criticizing a tie does criticize its parties: "criticised increasing cooperation between
# ORG and X" criticizes ORG).
_TIE_OPAQUE = ("supports", "opposes")


def through_tie(obj: Token, target: Ref, ctx: RuleContext) -> bool:
    """Whether ``target`` is reached from the object ``obj`` through a noun of a relation
    or process between parties ("praised DEMONYM-DEMONYM relations", "the level of
    cooperation", "the restoration of contacts between X and Y", "the talks between X and
    Y"): the tie is praised or opposed, not its parties. Its possessor is its owner, whose
    act it is ("condemned X's cooperation with Y"), and so are the parties of a tie that a
    verb on the way acts on ("welcomed the decision to deepen cooperation between X and
    Y": X and Y decided)."""
    nouns = ctx.lex.constructions.relation_nouns
    span = range(target.start, target.end)
    for i in span:
        tok = obj.doc[i]
        if tok.head.i in span:
            continue  # walk up from the span's root only
        cur, tie = tok, False
        for _ in range(12):
            if cur.i == obj.i:
                return tie
            head = cur.head
            if head.i == cur.i:
                return False
            if tie and head.pos_ == "VERB":
                return False
            if not tie and (head.lemma_.lower() in nouns or head.lower_ in nouns):
                if cur.dep_ == "poss" and cur.i == tok.i:
                    return False
                tie = True
            cur = head
    return False


def _struck_in(subjects: list[Ref], verb: Token, ctx: RuleContext) -> list[Found]:
    """An attack whose object names no actor strikes the place it happened in ("an X
    shell killed N civilians in Y": X attacks Y)."""
    kinds = ctx.kinds("attacks")
    crafts = ctx.lex.constructions.craft_nouns
    if any(c.dep_ == "dobj" and c.lemma_.lower() in crafts for c in verb.children):
        return []  # "seized a tanker in the strait": the place is where, not whom
    return [Found(s, "attacks", r, verb.i, 0.6, "verb.struck_in") for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "in" for p in prep.children
            if p.dep_ == "pobj" for c in conjuncts(p) for r in place_refs(c, ctx)
            if r.kind in kinds for s in subjects]


def _joint_event(subjects: list[Ref], event_tok: Token, verb: Token,
                 ctx: RuleContext) -> list[Found]:
    """Attending a meeting with a partner: the partner attended too, and both met."""
    event = ref(event_tok)
    if event is None or event.kind != "Event":
        return []
    partners = [r for prep in event_tok.children if prep.dep_ == "prep"
                and prep.lower_ == "with" for p in prep.children if p.dep_ == "pobj"
                for c in conjuncts(p) if (r := ref(c)) is not None and r.kind in ctx.agents]
    out = [Found(p, "attended", event, verb.i, 0.7, "verb.joint_event") for p in partners]
    if event_tok.lemma_.lower() in ctx.lex.constructions.meeting_nouns and partners:
        cons = ctx.lex.constructions
        apart = any(c.dep_ in ("amod", "compound") and c.lower_ in cons.indirect_modifiers
                    for c in event_tok.children) or any(
            c.dep_ == "nsubj" and c.lemma_.lower() in cons.mediator_nouns for c in verb.children)
        if apart:
            # a go-between's or separate talks: it met each side, the sides not each other
            out.extend(Found(s, "metWith", p, verb.i, 0.7, "verb.joint_event")
                       for s in subjects for p in partners if s.key != p.key)
        else:
            out.extend(all_pairs(subjects + partners, "metWith", verb, 0.7, "verb.joint_event"))
    return out


# Relations whose passive participle may open a clause about the main clause's subject
# ("Backed by X, Y ...", "Y, funded by X, ...", "Condemned by X, Y's plan ...", "Opposed by
# X, Y's bid stalled", "Sanctioned by X, Y turned to Z"); not urges, whose "Asked by
# reporters, Y said" is a question.
_PARTICIPIAL = ("supports", "proposes", "criticizes", "opposes", "sanctions")
# (those of them whose opening participle the rule "verb.participial" names)
_JUDGED_PARTICIPIAL = ("criticizes", "opposes", "sanctions")


def _participial_objects(verb: Token) -> list[Token]:
    """The subject of the clause that a passive participle with its agent opens or closes
    ("Backed by X, Y retook the city"; "Armed and funded by X, Y attacked ...", "Y pressed
    on, backed by X"): the participle has no subject of its own."""
    part = verb
    while part.dep_ == "conj" and part.head.i != part.i:
        part = part.head  # "Armed and funded by X": the clause opens with "Armed"
    if verb.tag_ != "VBN" or part.dep_ != "advcl" or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark", "auxpass") for c in part.children):
        return []
    return [c for c in part.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _relative_passive(verb: Token) -> bool:
    """A passive relative clause whose subject is the relative pronoun: "the resolution,
    which was proposed by X", "Y, who was backed by X"."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in (
        "which", "that", "who") for c in verb.children)


def _deployed(obj: Token, verb: Token, ctx: RuleContext) -> bool:
    """Whether an order moves forces somewhere ("ordered the country's troops into Y",
    "ordered its army to the border"): a deployment, not an appeal to the forces' owner."""
    if obj.lemma_.lower() not in ctx.lex.constructions.weapon_nouns:
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("into", "to", "onto", "toward", "towards")
               for h in (obj, verb) for p in h.children)


# how many sentences back the act a noun refers to is looked for
_REFERRED_REACH = 2
_ANSWERS = ("supports", "opposes", "criticizes")


def _maker_of(noun: Token, verbs: tuple[str, ...]) -> list[Ref]:
    """Who made the request or proposal that a bare "the call" refers back to: the subjects
    of the last verb that makes one (``verbs``) before it, in its sentence or up to two
    sentences back."""
    doc = noun.doc
    sent = noun.sent
    start = sent.start
    for _ in range(_REFERRED_REACH):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for tok in reversed(doc[start:noun.i]):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs and asserted(tok):
            return subject_refs(tok)
    return []


@rule("verb.referred_act", gate=Gate(words=lambda ctx: ctx.lex.constructions.referred_acts))
def verb_referred_act(noun: Token, ctx: RuleContext) -> list[Found]:
    """Backing or turning down a request or proposal that the text told just before is a
    stance toward whoever made it: "X called for action ... The call was seconded by Y" (Y
    supports X), "X wrote asking Y to ... Y declined the request" (Y opposes X). Wire copy
    tells a request and then its answer with a bare "the call", "the request", "the
    proposal"; a noun with an owner of its own ("Y's request") is the verb rules'."""
    makers = ctx.lex.constructions.referred_acts.get(noun.lower_)
    if makers is None or noun.pos_ != "NOUN":
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return []
    if any(c.dep_ in ("poss", "amod", "compound", "nmod") and ref(c) is not None
           for c in noun.children) or any(
            p.dep_ == "prep" and p.lower_ in ("by", "from", "of") for p in noun.children):
        return []  # "Y's request", "the request by Y": the phrase names its owner
    verb = noun.head
    if noun.dep_ == "dobj":
        passive = False
    elif noun.dep_ == "nsubjpass":
        passive = True
    else:
        return []
    if not passive and any(p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")
                           for p in verb.children):
        return []  # "rejected the proposal by Y", the owner hung on the verb
    keys = _keys(verb, ctx)
    rels = {rel for k in keys for rel in ctx.verbs.get(k, []) if rel in _ANSWERS}
    if not rels or not asserted(verb) or (passive and not clause_subjects(verb)[1]):
        return []
    answerers = subject_refs(verb)
    owners = _maker_of(noun, makers)
    affiliations: dict[str, list[str]] = noun.doc._.kg_affiliations or {}
    return [Found(a, rel, o, verb.i, 0.6) for rel in sorted(rels) for a in answerers
            for o in owners if a.key != o.key and o.key not in affiliations.get(a.key, [])
            and a.key not in affiliations.get(o.key, [])]


@rule("verb.release_demand", gate=Gate(words=lambda ctx: ctx.lex.reporting.release_nouns))
def verb_release_demand(noun: Token, ctx: RuleContext) -> list[Found]:
    """Demanding the release of people whom the phrase says an actor holds urges that
    actor: "X called for the release of the journalists detained by Y", "X demanded the
    return of the sailors seized by Y", "X urged the release of aid workers kidnapped by Y"
    (X urges Y). A construction of detention and hostage coverage in wire copy; the holder
    is the agent of the participle on the freed ones, nobody else."""
    if noun.pos_ != "NOUN" or noun.lower_ not in ctx.lex.reporting.release_nouns:
        return []
    if noun.dep_ == "dobj":
        verb = noun.head
        ok = "urges" in ctx.verbs.get(verb.lemma_.lower(), [])
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
        ok = any(rel == "urges" and noun.head.lower_ in preps
                 for rel, preps in ctx.verb_preps.get(verb.lemma_.lower(), []))
    else:
        return []
    if not ok or verb.pos_ != "VERB" or not asserted(verb) or is_negated(noun):
        return []
    kinds = ctx.kinds("urges")
    holders = {r.key: r for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
               for part in c.children if part.dep_ == "acl" and part.tag_ == "VBN"
               for a in part.children if a.dep_ == "agent" for x in a.children
               if x.dep_ == "pobj" for y in conjuncts(x) for r in target_refs(y)[0]
               if r.kind in kinds}
    affiliations: dict[str, list[str]] = noun.doc._.kg_affiliations or {}
    return [Found(s, "urges", h, noun.i, 0.6) for s in subject_refs(verb)
            for h in holders.values()
            if h.key != s.key and h.key not in affiliations.get(s.key, [])]


@rule("verb.froze_assets",
      gate=Gate(words=lambda ctx: ctx.lex.constructions.asset_freezing_verbs))
def verb_froze_assets(verb: Token, ctx: RuleContext) -> list[Found]:
    """Freezing what an actor owns sanctions it: "X froze Y's assets", "X froze the
    assets of Y's central bank", "Y's reserves were frozen by X" (X sanctions Y). Only
    holdings are frozen so ("X froze ties with Y" is no sanction)."""
    cons = ctx.lex.constructions
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cons.asset_freezing_verbs:
        return []
    if not asserted(verb) or is_future_aux(verb):
        return []
    subjects, passive = clause_subjects(verb)
    frozen = [c for c in verb.children if c.dep_ == "dobj"]
    if passive:
        frozen += passive_objects(verb)
    frozen = [f for f in frozen if f.lemma_.lower() in cons.asset_nouns
              or f.lower_ in cons.asset_nouns]
    if not frozen:
        return []
    kinds = ctx.kinds("sanctions")
    owners: dict[str, Ref] = {}
    for f in frozen:
        # the owner: a possessor or name before the head, or the one the assets are "of"
        clauses = [c for t in f.subtree if t.i != f.i and t.dep_ in ("relcl", "acl")
                   for c in t.subtree]
        pruned = {c.i for c in clauses}
        for t in f.subtree:
            if t.i == f.i or t.i in pruned:
                continue
            r = ref(t)
            if r is not None and r.kind != "Person" and any(
                    (p := ref(a)) is not None and p.kind == "Person" for a in t.ancestors
                    if a.i != f.i and f.is_ancestor(a)):
                continue  # the state in a title: "the assets of DEMONYM Minister NAME"
            if r is not None and r.kind in kinds and (t.i < f.i or any(
                    a.lower_ == "of" and a.dep_ == "prep" and a.head.i == f.i
                    for a in t.ancestors)):
                owners.setdefault(r.key, r)
    doers = subject_refs(verb)
    return [Found(d, "sanctions", o, verb.i, 0.6) for d in doers for o in owners.values()
            if o.key != d.key]


_MEASURES = ("sanctions", "attacks")


@rule("verb.threatened_measure", gate=Gate(words=lambda ctx: ctx.lex.constructions.threat_verbs))
def verb_threatened_measure(verb: Token, ctx: RuleContext) -> list[Found]:
    """A threat to sanction or attack someone criticizes them (a threat against Y): "X
    threatened to impose sanctions on Y", "X threatened to sanction Y", "X threatened to
    invade Y". The measure itself is not taken (no ``sanctions``, no ``attacks``)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.constructions.threat_verbs:
        return []
    if not asserted(verb):
        return []
    kinds = ctx.kinds("criticizes")
    targets: dict[str, Ref] = {}
    for x in verb.children:
        if x.dep_ != "xcomp" or not any(a.dep_ == "aux" and a.lower_ == "to"
                                         for a in x.children) or is_negated(x):
            continue  # ("threatened not to impose ...": no threat)
        lemma = x.lemma_.lower()
        by_verb = any(r in _MEASURES for r in ctx.verbs.get(lemma, []))
        preps = {p for r, ps in ctx.verb_preps.get(lemma, []) if r in _MEASURES for p in ps}
        heads = [x] + [d for d in x.children if d.dep_ == "dobj"
                       and noun_relations(d, ctx) & set(_MEASURES)]
        for d in x.children:
            if d.dep_ == "dobj" and by_verb:
                targets.update((r.key, r) for c in conjuncts(d) for r in target_refs(c)[0]
                               if r.kind in kinds)
        noun_preps = {p for d in heads[1:] for k in (d.lemma_.lower(), d.lower_)
                      for r, ps in ctx.nouns.get(k, []) if r in _MEASURES for p in ps}
        wanted = preps | noun_preps
        for h in heads:
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ in wanted:
                    targets.update((r.key, r) for o in p.children if o.dep_ == "pobj"
                                   for c in conjuncts(o) for r in target_refs(c)[0]
                                   if r.kind in kinds)
    return [Found(s, "criticizes", t, verb.i, 0.6) for s in subject_refs(verb)
            for t in targets.values() if t.key != s.key]


def _asked(verb: Token) -> bool:
    """Whether a verb heads a direct question, which states nothing: "Will X condemn Y?",
    "Did X urge Y to ...?" (an auxiliary before the subject, and a question mark)."""
    if verb.dep_ != "ROOT" or not any(t.text == "?" for t in verb.sent[-3:]):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if any(c.tag_ == "WRB" for c in verb.children):
        return False  # "Why did X condemn Y?" takes the act as given
    return subj is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subj.i
                                    for c in verb.children)


@rule("verb.object", gate=Gate(words=lambda ctx: ctx.verbs))
def verb_object(verb: Token, ctx: RuleContext) -> list[Found]:
    """A trigger verb and its direct object, passive subject or controlled object (not in
    a direct question)."""
    keys = _triggered(verb, ctx, ctx.verbs)
    if not keys or _asked(verb):
        return []
    lemma = verb.lemma_.lower()
    subjects = subject_refs(verb)
    passive_objs = passive_objects(verb)
    out: list[Found] = []
    # a noun the parser coordinates with a verb that has a clausal complement belongs
    # to the complement ("helped VERB a NOUN between A, ..., and B": not B)
    clausal = any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    for key in keys:
        for rel in ctx.verbs.get(key, []):
            objects = [c for c in verb.children if c.dep_ in ("dobj", "attr") or (
                c.dep_ in ("conj", "npadvmod") and c.pos_ in ("PROPN", "NOUN")
                and not any(g.dep_ == "nsubj" for g in c.children)
                # (one before the verb is a headline's first subject: "A, B reject Y")
                and not (c.dep_ == "npadvmod" and c.i < verb.i)
                and (not clausal if c.dep_ == "conj" else target_refs(c)[1]))]
            objects += _noun_clauses(verb)
            participial: list[Token] = []
            if clause_subjects(verb)[1]:  # a passive with its agent
                objects += passive_objs
                if verb.dep_ == "acl" or _relative_passive(verb):
                    # a participle on the object's noun; "Y, which was drafted by X"
                    objects.append(verb.head)
                elif rel in _PARTICIPIAL:
                    # "Backed by X, Y retook the city": the clause's subject is the object
                    participial = _participial_objects(verb)
                    objects += participial
                elif rel == "attended" and not objects:
                    # "..., attended by X": the nearest event before the participle
                    events = [t for t in verb.sent if t.i < verb.i and (e := ref(t))
                              is not None and e.kind == "Event"]
                    objects.extend(events[-1:])
            if rel in ("criticizes", "opposes", "urges") and objects and (
                    not clause_subjects(verb)[1]):
                # "slammed the drills by X", "demanded an apology by X": the parser hangs
                # the doer of the act on the verb
                out.extend(named_as(
                    (f for p in verb.children if p.dep_ == "prep" and p.lower_ == "by"
                     for o in p.children if o.dep_ == "pobj"
                     for f in pairs(subjects, rel, o, verb, lemma, ctx)
                     if all(ref(d) is None for d in objects)), "verb.object_by"))
            for obj_tok in objects:
                if rel == "urges" and _deployed(obj_tok, verb, ctx):
                    continue
                found = pairs(subjects, rel, obj_tok, verb, lemma, ctx)
                if lemma in ctx.lex.constructions.summoning_verbs:
                    # a summoned envoy stands for the state (verb.summon), not for themself
                    found = [f for f in found if f.object.kind != "Person"]
                if rel in _JUDGED_PARTICIPIAL and any(p.i == obj_tok.i for p in participial):
                    found = named_as(found, "verb.participial")
                if rel == "attacks" and not found:
                    found = _struck_in(subjects, verb, ctx)
                if rel == "memberOf":
                    found = _joined_itself(found, obj_tok, verb)
                    # a person who joins a party or group acts for it: "X joined the NAME
                    # party in 1990" (a state that joins an organization is its member)
                    found = [Found(f.subject, "affiliatedWith", f.object, f.trigger,
                                   f.confidence, "verb.joined")
                             if f.subject.kind == "Person" else f for f in found]
                out.extend(found)
                if rel == "attended":
                    out.extend(_joint_event(subjects, obj_tok, verb, ctx))
            for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
                # control: "plans to open an office", "threatened to sanction Y"
                if rel == "proposes" or (rel == "criticizes" and lemma == "threaten"):
                    for obj_tok in (c for c in xcomp.children if c.dep_ == "dobj"):
                        out.extend(pairs(subjects, rel, obj_tok, verb, lemma, ctx))
                elif rel == "urges":
                    for obj_tok in (c for c in xcomp.children if c.dep_ == "nsubj"):
                        out.extend(pairs(subjects, rel, obj_tok, verb, lemma, ctx))
            for ccomp in (c for c in verb.children if c.dep_ == "ccomp"):
                # a proposal reported by its proposer's leader: both propose it
                if rel == "proposes" and "proposes" in ctx.verbs.get(ccomp.lemma_.lower(), []):
                    for xcomp in (c for c in ccomp.children if c.dep_ == "xcomp"):
                        for obj_tok in (c for c in xcomp.children if c.dep_ == "dobj"):
                            out.extend(pairs(subjects, rel, obj_tok, verb, lemma, ctx))
                if rel == "urges" and not any(
                        m.dep_ == "mark" and m.lower_ in ctx.lex.modality.hypothetical_marks
                        for m in ccomp.children) and not _question(ccomp, verb):
                    # not a question: "asked whether Y ...", '"Will Y ...?" asked X'
                    for obj_tok in (c for c in ccomp.children if c.dep_ == "nsubj"):
                        out.extend(pairs(subjects, rel, obj_tok, verb, lemma, ctx))
    return out


def _question(clause: Token, verb: Token) -> bool:
    """Whether a verb's clause is a direct question: '"Will Y stop ...?" X asked' (the
    question mark may hang on the verb, after the clause)."""
    doc = verb.doc
    if clause.i < verb.i:
        return any(t.text == "?" for t in doc[clause.left_edge.i:verb.i])
    return any(t.text == "?" for t in clause.subtree)


@rule("verb.prep", gate=Gate(words=lambda ctx: ctx.verb_preps))
def verb_prep(verb: Token, ctx: RuleContext) -> list[Found]:
    """A trigger verb and the object of its preposition ("called on Y", "lashed out at Y")."""
    keys = _triggered(verb, ctx, ctx.verb_preps)
    if not keys or _asked(verb):
        return []
    if courtesy_call(verb):
        keys = [k for k in keys if k not in ctx.lex.constructions.courtesy_call_words]
        # a call paid on someone, nothing asked of them (readout.courtesy_call)
    lemma = verb.lemma_.lower()
    subjects = subject_refs(verb)
    patients = ctx.lex.reporting.release_nouns | ctx.lex.constructions.patient_nouns
    out: list[Found] = []
    for key in keys:
        for rel, preps in ctx.verb_preps.get(key, []):
            if rel == "urges" and any(c.dep_ == "oprd" for c in verb.children):
                continue  # a verb that names its object asks nothing: "called X a Y for Z"
            marks = [m for c in verb.children if c.dep_ in ("advcl", "ccomp")
                     for m in c.children if m.dep_ == "mark"]
            # "demanded an explanation from Y": the parser hangs the source on the object
            # (not the one freed or harmed: "demanded the release of Y")
            held = [p for d in verb.children if d.dep_ == "dobj" and rel == "urges"
                    for p in d.children if p.dep_ == "prep" and not (
                        p.lower_ == "of" and d.lower_ in patients)]
            # an idiom's object carries the preposition: "took aim [at Y]", "took issue
            # [with Y]"
            held += [p for d in verb.children if d.dep_ == "dobj" and key == f"{lemma} {d.lower_}"
                     and rel != "urges" for p in d.children if p.dep_ == "prep"]
            # "took part via videoconference in the summit": the parser hangs the event on
            # the means
            held += [p for m in verb.children if m.dep_ == "prep" and rel == "attended"
                     for o in m.children if o.dep_ == "pobj"
                     and o.lemma_.lower() in ctx.lex.constructions.remote_means
                     for p in o.children if p.dep_ == "prep"]
            for prep in with_conjoined(list(verb.children)) + marks + held:
                if prep.lower_ not in preps:
                    continue
                # a passive with its agent strands the preposition: "Y was called on by X
                # to ...", "Y was lashed out at by X" (the passive subject is its object)
                if prep.dep_ in ("prep", "prt") and prep.head.i == verb.i and (
                        prep.i > verb.i and clause_subjects(verb)[1]) and not any(
                        c.dep_ in ("pobj", "pcomp") for c in prep.children):
                    for o in passive_objects(verb):
                        out.extend(pairs(subjects, rel, o, verb, lemma, ctx))
                    continue
                if prep.dep_ not in ("prep", "dative", "mark") and not (
                        prep.dep_ == "prt" and any(c.dep_ == "pobj" for c in prep.children)):
                    continue  # (a particle the parser gave an object: "voted down Y's ...")
                if ref(prep) is not None:
                    continue  # a word of a name: "launched the Alliance Against Hunger"
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        out.extend(pairs(subjects, rel, pobj, verb, lemma, ctx))
                    elif pobj.dep_ == "pcomp" and rel in ("urges", "proposes"):
                        for o in (c for c in pobj.children if c.dep_ in ("nsubj", "dobj")):
                            out.extend(pairs(subjects, rel, o, verb, lemma, ctx))
                # "called for Y to act": Y is parsed as the clause's subject
                if rel == "urges" and prep.dep_ == "mark":
                    clause = prep.head
                    for o in (c for c in clause.children if c.dep_ == "nsubj"):
                        out.extend(pairs(subjects, rel, o, verb, lemma, ctx))
                if rel == "urges":
                    for clause in prep.children:
                        if clause.dep_ in ("pcomp", "pobj"):
                            for o in (c for c in clause.children if c.dep_ == "nsubj"):
                                out.extend(pairs(subjects, rel, o, verb, lemma, ctx))
    return out


@rule("verb.supply", gate=Gate(words=lambda ctx: ctx.lex.modality.supply_verbs))
def verb_supply(verb: Token, ctx: RuleContext) -> list[Found]:
    """Supplying someone with something is support ("provided Y with weapons")."""
    keys = _keys(verb, ctx)
    if not any(k in ctx.lex.modality.supply_verbs for k in keys) or not _stated(verb, keys, ctx):
        return []
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return []
    subjects = subject_refs(verb)
    lemma = verb.lemma_.lower()
    return [f for obj_tok in verb.children if obj_tok.dep_ in ("dobj", "dative")
            for f in pairs(subjects, "supports", obj_tok, verb, lemma, ctx)]


@rule("verb.symmetric", gate=Gate(words=lambda ctx: ctx.symmetric))
def verb_symmetric(verb: Token, ctx: RuleContext) -> list[Found]:
    """Coordinated subjects of a symmetric verb without object ("X and Y met")."""
    keys = _keys(verb, ctx)
    rels = [rel for k in keys for rel in ctx.symmetric.get(k, [])]
    if not rels or not _stated(verb, keys, ctx):
        return []
    has_object = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")
                     for c in verb.children)
    subjects = listed_subjects(verb)
    if len(subjects) < 2:
        subjects = _met_before_agreeing(verb, ctx) or subjects
    if has_object or len(subjects) < 2:
        return []
    if _agreed_only_to_meet(verb, ctx):
        rels = [rel for rel in rels if rel != "cooperatesWith"]
    return [f for rel in rels for f in all_pairs(subjects, rel, verb, 0.7)]


def _met_before_agreeing(verb: Token, ctx: RuleContext) -> list[Ref]:
    """The two sides of a meeting that a coordinated verb goes on from: "X met Y and
    agreed to ...", "X held talks with Y and the two agreed ..." (who met, agreed)."""
    met = verb.head
    if verb.dep_ != "conj" or met.pos_ != "VERB" or not asserted(met):
        return []
    if any(s.dep_ in ("nsubj", "nsubjpass") and (ref(s) is not None or not any(
            w.lower_ in ("two", "both") for w in s.subtree)) for s in verb.children):
        return []  # a subject of its own, other than "the two" or "both"
    if any(w.dep_ == "pobj" and w.head.lower_ in ("with", "between", "on") and (
            ref(w) is not None) for w in verb.subtree) or any(
            c.dep_ == "xcomp" and c.lemma_.lower() == verb.lemma_.lower()
            for c in verb.children):
        return []  # an agreement with a third party ("agreed to deepen ties with Z"), or
        # to disagree
    sides = [c for c in met.children if c.dep_ == "dobj"]
    if not _meeting_word(met, ctx):
        sides = [d for d in sides if _meeting_word(d, ctx)]  # "held talks with Y"
        if not sides:
            return []
    holders = [met, *sides]
    others = [r for h in holders for c in h.children
              if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")
              for o in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"])
              for x in conjuncts(o) if (r := ref(x)) is not None and r.kind in ctx.agents]
    own = [r for r in subject_refs(met) if r.kind in ctx.agents]
    if not own or not others:
        return []
    return list({r.key: r for r in own + others}.values())


def _meeting_word(tok: Token, ctx: RuleContext) -> bool:
    """Whether ``tok`` names a meeting, as a verb or a noun ("meet", "talks", "a summit")."""
    met = ctx.lex.relations.get("metWith")
    if met is None:
        return False
    words = met.verbs | frozenset(met.verb_preps) | met.symmetric_intransitive | frozenset(
        met.nouns)
    return tok.lemma_.lower() in words or tok.lower_ in words


def _agreed_only_to_meet(verb: Token, ctx: RuleContext) -> bool:
    """An agreement whose only content is a later meeting schedules it and states no
    cooperation: "X and Y agreed to meet again", "agreed to a future meeting", "agreed
    to hold talks next month"."""
    if verb.lemma_.lower() not in ctx.lex.modality.agreement_verbs:
        return False
    contents = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    contents += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "on")
                 for o in p.children if o.dep_ == "pobj"]
    if not contents:
        return False
    for c in contents:
        if _meeting_word(c, ctx):
            continue
        if c.pos_ == "VERB" and c.lemma_.lower() in ctx.lex.modality.holding_verbs and any(
                d.dep_ == "dobj" and _meeting_word(d, ctx) for d in c.children):
            continue  # "agreed to hold talks"
        return False
    return True


@rule("verb.closer", gate=Gate(words=lambda ctx: ctx.lex.qualifiers.closer_verbs))
def verb_closer(verb: Token, ctx: RuleContext) -> list[Found]:
    """Drawing closer is cooperation ("X and Y are moving closer together")."""
    quals = ctx.lex.qualifiers
    if not (verb.pos_ in ("VERB", "AUX") or verb.tag_.startswith("VB")):
        return []
    if verb.lemma_.lower() not in quals.closer_verbs:
        return []
    words = {t.lower_ for t in verb.subtree if t.head == verb or t.head.head == verb}
    if not words & quals.closer_words or not asserted(verb):
        return []
    subjects = subject_refs(verb)
    if len(subjects) < 2:
        return []
    return all_pairs(subjects, "cooperatesWith", verb, 0.7)


@rule("verb.directive", gate=Gate(words=lambda ctx: ctx.lex.reporting.directive_verbs))
def verb_directive(verb: Token, ctx: RuleContext) -> list[Found]:
    """Telling someone to act urges them ("told X to leave", "advised X to ...", "wants X
    to ...")."""
    if verb.lemma_.lower() not in ctx.lex.reporting.directive_verbs or not asserted(verb):
        return []
    # "wants Y to act" may be parsed as a clause with Y its subject
    told = [s for c in verb.children if c.dep_ == "ccomp"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for s in c.children if s.dep_ == "nsubj"]
    if not told and not any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                            for c in verb.children):
        return []
    subjects = subject_refs(verb)
    lemma = verb.lemma_.lower()
    return [f for obj in verb.children if obj.dep_ == "dobj"
            for f in pairs(subjects, "urges", obj, verb, lemma, ctx)] + [
        f for obj in told for f in pairs(subjects, "urges", obj, verb, lemma, ctx)]


@rule("verb.summon", gate=Gate(words=lambda ctx: ctx.lex.constructions.summoning_verbs))
def verb_summon(verb: Token, ctx: RuleContext) -> list[Found]:
    """Summoning a state's diplomat is a protest against the state ("called in a diplomat
    from X"; "X's ambassador was summoned to the foreign ministry": the ministry)."""
    cons = ctx.lex.constructions
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    particle = [c for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ == "in"]
    if lemma not in cons.summoning_verbs and not (
            particle and f"{lemma} in" in cons.summoning_verbs):
        return []
    if not asserted(verb):
        return []
    diplomats = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    diplomats += [p for c in particle if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    diplomats = [d for c in diplomats for d in conjuncts(c)
                 if d.lemma_.lower() in cons.diplomat_nouns or _titled_diplomat(d, ctx)]
    if not diplomats:
        return []
    summoners = subject_refs(verb)
    if not summoners and is_passive(verb):
        # "was summoned to the foreign ministry": the ministry summons
        summoners = [r for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                     for p in c.children if p.dep_ == "pobj" and (r := ref(p)) is not None
                     and r.kind in ctx.agents]
    states = [t for d in diplomats for t in target_refs(d)[0]
              if t.kind in ("State", "Organization")]
    # a named envoy: the state of the title ("DEMONYM Ambassador NAME", "STATE's
    # ambassador, NAME")
    if not states:
        states = [r for d in diplomats for t in _title_words(d, ctx) if t.i != d.i
                  and (r := ref(t)) is not None and r.kind in ("State", "Organization")]
    return [Found(s, "criticizes", t, verb.i, 0.7) for s in summoners for t in states
            if s.key != t.key]


def _titled_diplomat(tok: Token, ctx: RuleContext) -> bool:
    """Whether a person's name carries a diplomat's title ("Ambassador NAME")."""
    own = ref(tok)
    return own is not None and own.kind == "Person" and any(
        t.dep_ == "compound" and t.lemma_.lower() in ctx.lex.constructions.diplomat_nouns
        for t in tok.subtree)


@rule("verb.recall", gate=Gate(words=lambda ctx: ctx.lex.constructions.recalling_verbs))
def verb_recall(verb: Token, ctx: RuleContext) -> list[Found]:
    """Recalling one's envoy from a state is a protest against it ("X recalled its
    ambassador from Y", "... its ambassador to Y")."""
    cons = ctx.lex.constructions
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cons.recalling_verbs:
        return []
    if not asserted(verb):
        return []
    envoys = [d for c in verb.children if c.dep_ == "dobj" for d in conjuncts(c)
              if d.lemma_.lower() in cons.diplomat_nouns]
    if not envoys:
        return []
    states = [r for h in [verb, *envoys] for p in h.children
              if p.dep_ == "prep" and p.lower_ in ("from", "to")
              for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
              if (r := ref(c)) is not None and r.kind == "State"]
    return [Found(s, "criticizes", t, verb.i, 0.7) for s in subject_refs(verb) for t in states
            if s.key != t.key]


def _refused(verb: Token, ctx: RuleContext) -> bool:
    """Whether a verb is refused outright: negated ("refused to", "will not"), and not in
    a hypothetical clause ("if X does not accept ...")."""
    return is_negated(verb) and not any(
        c.dep_ == "mark" and c.lower_ in ctx.lex.modality.hypothetical_marks
        for c in verb.children) and not (
        # a refusal itself denied: "did not refuse to sign Y"
        verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in (
            ctx.lex.modality.denying_heads) and is_negated(verb.head)) and not (
        # one asked not to act refuses nothing: "urged X not to sign Y", nor one not
        # asked to: "Y was not called on to recognise Z"
        verb.dep_ in ("xcomp", "ccomp") and (
            verb.head.lemma_.lower() in ctx.lex.relations["urges"].verbs
            or verb.head.lemma_.lower() in ctx.lex.relations["urges"].verb_preps))


@rule("verb.refusal", gate=Gate(words=lambda ctx: ctx.lex.modality.refused_verbs))
def verb_refusal(verb: Token, ctx: RuleContext) -> list[Found]:
    """Refusing to accept X's act opposes X ("cannot accept X's demands", "refused to
    recognize X"); refusing to tolerate it criticizes X ("will not tolerate X's
    interference"), as the lexicon says."""
    relations = ctx.lex.modality.refused_verbs.get(verb.lemma_.lower())
    if not relations or verb.pos_ != "VERB":
        return []
    if not _refused(verb, ctx):
        return []
    subjects = subject_refs(verb)
    lemma = verb.lemma_.lower()
    out: list[Found] = []
    objects: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
            # the subject's own duty ("refused to fulfil its obligations under the X
            # agreements"): the agreements it falls under, not whom "its" may resolve to
            duties = [r for _, r in initiatives_of(
                [o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("under", "of")
                 for o in p.children if o.dep_ == "pobj"])]
            out += [Found(s, rel, d, verb.i, 0.7) for rel in relations if rel == "opposes"
                    for s in subjects for d in duties]
            continue
        objects += _owed_under(obj, ctx)
    if lemma in ctx.lex.modality.agreement_verbs or lemma in ctx.lex.constructions.enacting_verbs:
        # refusing to sign or ratify opposes the agreement, not whom a document is with
        # ("will not sign any document with X")
        objects = [o for o in objects if (r := ref(o)) is not None and r.kind == "Initiative"]
    return out + [f for obj in objects for rel in relations
                  for f in pairs(subjects, rel, obj, verb, lemma, ctx)]


def _owed_under(obj: Token, ctx: RuleContext) -> list[Token]:
    """What a refused duty is owed under: "refused to honour its commitments under the
    accords" refuses the accords (an initiative); any other object is itself."""
    if obj.lemma_.lower() not in ctx.lex.constructions.obligation_nouns and (
            obj.lower_ not in ctx.lex.constructions.obligation_nouns):
        return [obj]
    under = [o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("under", "of")
             for o in p.children if o.dep_ == "pobj"
             if (r := ref(o)) is not None and r.kind == "Initiative"]
    return under or [obj]


@rule("verb.refused_dealings", gate=Gate(words=lambda ctx: ctx.lex.modality.refused_dealings))
def verb_refused_dealings(verb: Token, ctx: RuleContext) -> list[Found]:
    """Refusing to deal, talk or negotiate with Y opposes Y ("X refused to deal with Y",
    "X will not negotiate with Y", "declined to talk to Y")."""
    preps = ctx.lex.modality.refused_dealings.get(verb.lemma_.lower())
    if not preps or verb.pos_ != "VERB":
        return []
    if not _refused(verb, ctx):
        return []
    subjects = subject_refs(verb)
    lemma = verb.lemma_.lower()
    return [f for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
            for obj in p.children if obj.dep_ == "pobj"
            for f in pairs(subjects, "opposes", obj, verb, lemma, ctx)]


@rule("verb.denied_accusation", gate=Gate(words=lambda ctx: ctx.lex.reporting.rebutting_verbs,
                                          document=lambda ctx: ctx.lex.reporting.accusation_nouns))
def verb_denied_accusation(verb: Token, ctx: RuleContext) -> list[Found]:
    """An accusation that its target answers names who made it: "Y denied X's accusations",
    "Y rejected allegations by X that ...", "X's charges were dismissed by Y" (X criticizes
    Y). One aimed at a third party ("X's accusations against Z") is nominal.trigger's."""
    rep = ctx.lex.reporting
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in rep.rebutting_verbs:
        return []
    if is_hypothetical(verb):
        return []  # "Y would reject any accusations by X"
    nouns = [d for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for d in conjuncts(c)
             if d.lower_ in rep.accusation_nouns and ref(d) is None]
    nouns = [n for n in nouns if not any(p.dep_ == "prep" and p.lower_ in ("against", "of")
                                         for p in n.children)]
    if not nouns:
        return []
    accusers = [r for n in nouns for c in n.children if c.dep_ in ("poss", "amod", "compound")
                for r in agent_refs(c)]
    # "allegations by X", "the charges made by X", and "dismissed the charges by X as ...",
    # whose "by" the parser may hang on the active verb
    heads = [*nouns, *(a for n in nouns for a in n.children if a.dep_ == "acl")]
    if not is_passive(verb):
        heads.append(verb)
    accusers += [r for h in heads for p in h.children
                 if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")
                 for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                 for r in agent_refs(c)]
    kinds = ctx.kinds("criticizes")
    return [Found(a, "criticizes", t, verb.i, 0.7)
            for a in {r.key: r for r in accusers if r.kind in ctx.agents}.values()
            for t in subject_refs(verb) if t.kind in kinds and t.key != a.key]


@rule("verb.aimed_criticism", gate=Gate(words=lambda ctx: ctx.lex.reporting.aimed_criticism_nouns))
def verb_aimed_criticism(noun: Token, ctx: RuleContext) -> list[Found]:
    """Criticism aimed with a verb of its own: "X leveled criticism at Y", "directed his
    accusations at Y", "hurled accusations against Y" (the parser hangs "at" on the
    verb)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or ref(noun) is not None:
        return []
    if noun.lower_ not in ctx.lex.reporting.aimed_criticism_nouns or not asserted(verb) or (
            is_negated(noun)):
        return []
    kinds = ctx.kinds("criticizes")
    targets = [r for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "against")
               for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
               for r in target_refs(c)[0] if r.kind in kinds]
    return [Found(s, "criticizes", t, noun.i, 0.7) for s in subject_refs(verb)
            for t in targets if s.key != t.key]


@rule("verb.opposed_doing", gate=Gate(words=lambda ctx: ctx.lex.relations["opposes"].verbs))
def verb_opposed_doing(verb: Token, ctx: RuleContext) -> list[Found]:
    """Opposing an act that a gerund clause gives to its doer opposes the doer: "X opposes
    Y joining NATO", "X rejected Y taking part in the talks" (the act itself is not
    stated)."""
    if verb.pos_ != "VERB" or "opposes" not in ctx.verbs.get(verb.lemma_.lower(), []):
        return []
    if not asserted(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return []
    kinds = ctx.kinds("opposes")
    doers = [r for g in verb.children if g.dep_ == "ccomp" and g.tag_ == "VBG"
             and not any(m.dep_ == "mark" for m in g.children)
             for s in g.children if s.dep_ == "nsubj" for c in conjuncts(s)
             for r in target_refs(c)[0] if r.kind in kinds]
    return [Found(s, "opposes", d, verb.i, 0.7) for s in subject_refs(verb)
            for d in doers if s.key != d.key]


@rule("verb.told", gate=Gate(words=lambda ctx: ctx.lex.reporting.addressee_verbs))
def verb_told(verb: Token, ctx: RuleContext) -> list[Found]:
    """A person who told, informed or briefed another spoke with them ("A told B that
    ...", "A briefed B on the talks"): both are persons, the act is asserted and past."""
    if verb.lemma_.lower() not in ctx.lex.reporting.addressee_verbs or verb.pos_ != "VERB":
        return []
    if not asserted(verb) or is_future_aux(verb):
        return []
    hearers = [r for c in verb.children if c.dep_ in ("dobj", "dative")
               for d in conjuncts(c) if (r := ref(d)) is not None and r.kind == "Person"]
    if not hearers:
        return []
    return [Found(s, "metWith", h, verb.i, 0.7) for s in subject_refs(verb)
            if s.kind == "Person" for h in hearers if h.key != s.key]


@rule("verb.predicative", gate=Gate(words=lambda ctx: ctx.verb_preps))
def verb_predicative(tok: Token, ctx: RuleContext) -> list[Found]:
    """A trigger adjective or participle said of its subject, with its preposition:
    "X is (firmly) opposed to Y's plan", "X remains opposed to ...", "X has been critical
    of Y" (the parser may take the subject of "is opposed" for a passive one)."""
    entries = ctx.verb_preps.get(tok.lower_) or ctx.verb_preps.get(tok.lemma_.lower())
    if not entries or tok.pos_ not in ("ADJ", "VERB"):
        return []
    if tok.dep_ == "acomp":
        holder = tok.head
    elif any(c.dep_ == "auxpass" for c in tok.children) and not any(
            c.dep_ == "agent" for c in tok.children):
        holder = tok
    else:
        return []
    if not asserted(holder) or is_negated(tok):
        return []
    subjects = [r for s in holder.children if s.dep_ in ("nsubj", "nsubjpass")
                for c in conjuncts(s) for r in target_refs(c)[0] if r.kind in ctx.agents]
    if not subjects or (tok.dep_ != "acomp" and not any(
            s.dep_ == "nsubjpass" for s in holder.children)):
        return []  # a true subject is already the verb rules' ("X is opposing Y")
    lemma = tok.lemma_.lower()
    out: list[Found] = []
    for rel, preps in entries:
        if rel not in ("opposes", "criticizes", "supports"):
            continue
        for p in tok.children:
            if p.dep_ != "prep" or p.lower_ not in preps:
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                if rel in ("opposes", "supports"):
                    out.extend(pairs(subjects, rel, o, tok, lemma, ctx))
                    continue
                # criticism (a worry) is of whom the phrase names or whose act it is
                # ("concerned about Y's buildup"), not of one deeper in it ("the impact
                # of the drought on Y", "the situation in Y")
                named = {r.key: r for c in conjuncts(o) for t in (c, *(
                    d for d in c.children if d.dep_ in ("poss", "amod", "compound", "nmod")))
                    if (r := ref(t)) is not None and r.kind in ctx.kinds(rel)}
                out.extend(Found(s, rel, t, tok.i, 0.7) for s in subjects
                           for t in named.values() if t.key != s.key)
    return out


@rule("verb.exchanged", gate=Gate(words=lambda ctx: ctx.lex.constructions.exchange_verbs))
def verb_exchanged(verb: Token, ctx: RuleContext) -> list[Found]:
    """Two sides exchanging hostile acts each act on the other: "X and Y exchanged fire"
    (each attacks the other), "X and Y traded accusations" (each criticizes the other),
    "X exchanged fire with Y"."""
    cons = ctx.lex.constructions
    if verb.lemma_.lower() not in cons.exchange_verbs or verb.pos_ != "VERB":
        return []
    acts = [c for c in verb.children if c.dep_ == "dobj"]
    relations = [rel for c in acts for rel in cons.exchanged_acts.get(
        c.lower_, cons.exchanged_acts.get(c.lemma_.lower(), ()))]
    if not relations or not asserted(verb):
        return []
    sides = subject_refs(verb) + [r for h in (verb, *acts) for p in h.children
                                  if p.dep_ == "prep" and p.lower_ == "with"
                                  for o in p.children
                                  if o.dep_ == "pobj" for c in conjuncts(o)
                                  for r in target_refs(c)[0]]
    sides = [s for s in {r.key: r for r in sides}.values() if s.kind in ctx.agents]
    return [Found(a, rel, b, verb.i, 0.7) for rel in dict.fromkeys(relations)
            for a in sides for b in sides if a.key != b.key]


@rule("verb.against", gate=Gate(words=lambda ctx: ("against",)))
def verb_against(prep: Token, ctx: RuleContext) -> list[Found]:
    """Being against something opposes it: "X is against Y's membership", "X remains firmly
    against the plan" (a copula with "against" as its predicate)."""
    if prep.lower_ != "against" or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.lemma_.lower() not in ctx.lex.constructions.copulas or not asserted(verb):
        return []
    if any(c.dep_ in ("attr", "acomp", "dobj") for c in verb.children):
        return []  # "the vote is a blow against X", "X was alone against Y"
    subjects = [r for s in verb.children if s.dep_ == "nsubj" for c in conjuncts(s)
                for r in target_refs(c)[0] if r.kind in ctx.agents]
    return [f for o in prep.children if o.dep_ == "pobj"
            for f in pairs(subjects, "opposes", o, prep, "against", ctx)]


# Relations whose acts may be done to "each other": each side does it to the other (the
# symmetric relations need no rule of their own).
_RECIPROCAL = ("criticizes", "opposes", "supports", "urges", "sanctions", "attacks")


def _reciprocal(tok: Token, ctx: RuleContext) -> bool:
    """Whether ``tok`` is "(each) other" or "one (another)"."""
    words = ctx.lex.constructions.reciprocal_objects
    if tok.lower_ == "one":
        return any(c.lower_ in words for c in tok.children)
    return tok.lower_ in words and (any(c.lower_ == "each" for c in tok.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("each", "one")))


@rule("verb.reciprocal", gate=Gate(
    words=lambda ctx: [*ctx.verbs, *ctx.verb_preps],
    document=lambda ctx: ctx.lex.constructions.reciprocal_objects))
def verb_reciprocal(verb: Token, ctx: RuleContext) -> list[Found]:
    """Sides that act on "each other" each act on the other: "A and B accused each other
    of ...", "blamed one another for ...", "lashed out at each other": a trigger verb's
    object or the object of its trigger preposition."""
    rels: list[str] = []
    keys = _keys(verb, ctx)
    for c in verb.children:
        if c.dep_ == "dobj" and _reciprocal(c, ctx):
            rels += [r for k in keys for r in ctx.verbs.get(k, [])]
        elif c.dep_ in ("prep", "dative") and any(
                o.dep_ == "pobj" and _reciprocal(o, ctx) for o in c.children):
            rels += [r for k in keys for r, preps in ctx.verb_preps.get(k, [])
                     if c.lower_ in preps]
    rels = [r for r in dict.fromkeys(rels) if r in _RECIPROCAL]
    if not rels or not _stated(verb, keys, ctx):
        return []
    sides = list({r.key: r for r in subject_refs(verb) if r.kind in ctx.agents}.values())
    if len(sides) < 2:
        return []
    return [Found(a, rel, b, verb.i, 0.7) for rel in rels for a in sides for b in sides
            if a.key != b.key and b.kind in ctx.kinds(rel)]


@rule("verb.exchanged_headline",
      gate=Gate(words=lambda ctx: ctx.lex.constructions.exchange_verbs))
def verb_exchanged_headline(verb: Token, ctx: RuleContext) -> list[Found]:
    """A headline of two sides exchanging hostile acts, which the parser reads as one noun
    phrase: "A, B trade accusations over ...", "A and B exchange fire" (each acts on the
    other): the sides are the names, and nothing else, before the verb."""
    cons = ctx.lex.constructions
    if verb.lower_ not in cons.exchange_verbs and verb.lemma_.lower() not in cons.exchange_verbs:
        return []
    act = verb.head
    if verb.dep_ != "compound" or act.i <= verb.i:
        return []
    relations = cons.exchanged_acts.get(act.lower_, cons.exchanged_acts.get(
        act.lemma_.lower(), ()))
    sent = verb.sent
    if not relations or is_negated(act) or verb.i == sent.start:
        return []
    sides: dict[str, Ref] = {}
    for t in verb.doc[sent.start:verb.i]:
        r = ref(t)
        if r is not None and r.kind in ctx.agents:
            sides.setdefault(r.key, r)
        elif r is None and not (t.is_punct or t.lower_ in ("and", "the")):
            return []  # not a bare list of names: "the cost of trade barbs ..."
    return [Found(a, rel, b, verb.i, 0.7) for rel in dict.fromkeys(relations)
            for a in sides.values() for b in sides.values() if a.key != b.key]


# the dependencies that lead from a participle's noun up to the verb whose subject wants it:
# "demanded [guarantees] ruling out X", "stressed that talks needed to produce [guarantees]"
_UP = ("dobj", "pobj", "prep", "xcomp", "advcl", "acl", "ccomp", "conj")


@rule("verb.ruling_out", gate=Gate(words=lambda ctx: ctx.lex.relations["opposes"].verbs))
def verb_ruling_out(part: Token, ctx: RuleContext) -> list[Found]:
    """A participle of rejection on a noun is the stance of whoever seeks or states that
    noun: "X demanded guarantees ruling out Y's expansion", "X stressed that the talks
    must produce guarantees ruling out Y's expansion", "X adopted a resolution rejecting
    Y's annexation" (X opposes Y)."""
    if part.dep_ != "acl" or part.tag_ != "VBG" or part.head.pos_ != "NOUN":
        return []
    keys = _keys(part, ctx)
    lemma = next((k for k in keys if "opposes" in ctx.verbs.get(k, [])), None)
    if lemma is None or is_negated(part):
        return []
    cur = part.head
    holder: Token | None = None
    for _ in range(8):
        if cur.dep_ not in _UP or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and subject_refs(cur):
            holder = cur
            break
    if holder is None or not asserted(holder) or any(
            a.dep_ == "aux" and a.lower_ in ctx.lex.modality.hypothetical_aux
            and a.lower_ not in ctx.lex.reporting.obligation_aux for a in holder.children):
        return []
    subjects = subject_refs(holder)
    affiliations: dict[str, list[str]] = part.doc._.kg_affiliations or {}
    # (not the subject's own side: "... and weapons that threaten [its state]")
    # only whom the object names itself ("Y's expansion"), not one inside a clause of its
    # own ("the deployment of weapons that threaten [the subject's state]")
    kinds = ctx.kinds("opposes")
    objects = {r.key: r for obj in part.children if obj.dep_ == "dobj" for c in conjuncts(obj)
               for r in target_refs(c)[0] if r.kind in kinds and not _in_clause(c, r)}
    return [Found(s, "opposes", o, part.i, 0.7) for s in subjects for o in objects.values()
            if o.key != s.key and o.key not in affiliations.get(s.key, [])]


def _in_clause(top: Token, target: Ref) -> bool:
    """Whether ``target`` lies in a clause with a subject of its own under ``top``."""
    cur = top.doc[target.start:target.end].root
    for _ in range(12):
        if cur.i == top.i or cur.head.i == cur.i:
            return False
        if cur.dep_ in ("relcl", "acl", "ccomp", "advcl") and any(
                g.dep_ in ("nsubj", "nsubjpass") for g in cur.children):
            return True
        cur = cur.head
    return False


@rule("verb.unacceptable_to",
      gate=Gate(words=lambda ctx: ctx.lex.reporting.unacceptable_words))
def verb_unacceptable_to(adj: Token, ctx: RuleContext) -> list[Found]:
    """What is unacceptable to a holder is opposed by it: "X's militarisation of the
    islands is unacceptable to Y" (Y opposes X); "X has been expanding its presence,
    which is unacceptable to Y" (the clause's doers)."""
    if adj.lower_ not in ctx.lex.reporting.unacceptable_words or adj.dep_ != "acomp":
        return []
    copula = adj.head
    if not asserted(copula) or is_negated(adj):
        return []
    holders = [r for p in adj.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
               for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
               for r in target_refs(c)[0] if r.kind in ctx.agents]
    if not holders:
        return []
    targets: list[Ref] = []
    for s in (c for c in copula.children if c.dep_ == "nsubj"):
        if s.lower_ == "which" and copula.dep_ == "relcl" and copula.i > 0 and (
                copula.doc[s.i - 1].lower_ == ","):
            # ", which is unacceptable to Y": the act of the clause before
            verb = copula.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            targets += subject_refs(verb) if verb.pos_ in ("VERB", "AUX") else []
        else:
            targets += [r for c in conjuncts(s) for r in target_refs(c)[0]]
    kinds = ctx.kinds("opposes")
    affiliations: dict[str, list[str]] = adj.doc._.kg_affiliations or {}
    return [Found(h, "opposes", t, adj.i, 0.7) for h in holders
            for t in {r.key: r for r in targets}.values()
            if t.kind in kinds and t.key != h.key and t.key not in affiliations.get(h.key, [])]


@rule("verb.spoke_to", gate=Gate(words=lambda ctx: ctx.lex.constructions.conversing_verbs))
def verb_spoke_to(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X spoke to Y by phone", "X talked to his counterpart Y on Monday": a conversation
    with a named person is a meeting (not "spoke to reporters", nor to a body or an
    assembly, which is an address)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.constructions.conversing_verbs:
        return []
    others = [r for p in with_conjoined([c for c in verb.children if c.dep_ in ("prep", "dative")
                                         and c.lower_ == "to"])
              for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
              for r in target_refs(c)[0] if r.kind == "Person"]
    if not others or not asserted(verb):
        return []
    subjects = [r for r in subject_refs(verb) if r.kind in ctx.agents]
    return [Found(s, "metWith", o, verb.i, 0.7) for s in subjects for o in others
            if s.key != o.key]


@rule("verb.heads", gate=Gate(words=lambda ctx: ctx.lex.constructions.heading_verbs))
def verb_heads(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X, who heads the European Commission", "Y is led by X", "the group, led by X":
    a person who heads, leads or represents an organization, body or state acts for it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.constructions.heading_verbs:
        return []
    if not asserted(verb):
        return []
    kinds = vocab.kinds_of("Affiliation")
    chooser = verb.head
    if verb.dep_ == "xcomp":
        # "X was chosen to lead the ORG", "the ORG elected X to lead it": chosen to head;
        # not "claiming to represent Y", "wants to lead Y", "X will be named to lead Y"
        if chooser.lemma_.lower() not in ctx.lex.titles.appointing_verbs or not asserted(
                chooser) or is_future_aux(chooser):
            return []
        people = _passive_holders(chooser) if is_passive(chooser) else [
            r for d in chooser.children if d.dep_ == "dobj" for c in conjuncts(d)
            if (r := ref(c)) is not None]
        bodies = [r for d in verb.children if d.dep_ == "dobj" for c in conjuncts(d)
                  for r in _headed(c, ctx)]
    elif (prefix := _split_prefix(verb, ctx)) is not None:
        # "X co-founded the ORG": the tokenizer splits the prefix off, and the parser
        # takes it for the verb of the clause, with the subject (or a name) on it
        people = subject_refs(prefix) or [r for c in prefix.children if c.dep_ == "compound"
                                          and (r := ref(c)) is not None]
        bodies = [r for d in verb.children if d.dep_ == "dobj" for c in conjuncts(d)
                  for r in _headed(c, ctx)]
    elif is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        people = [r for a in verb.children if a.dep_ == "agent" for p in a.children
                  if p.dep_ == "pobj" for c in conjuncts(p) for r in target_refs(c)[0]]
        heads = [verb.head] if verb.dep_ == "acl" else passive_objects(verb)
        bodies = [r for h in heads for c in conjuncts(h) for r in _headed(c, ctx)]
    else:
        people = subject_refs(verb)
        bodies = [r for d in verb.children if d.dep_ == "dobj" for c in conjuncts(d)
                  for r in _headed(c, ctx)]
    return [Found(p, "affiliatedWith", b, verb.i, 0.7) for p in people if p.kind == "Person"
            for b in bodies if b.kind in kinds]


def _split_prefix(verb: Token, ctx: RuleContext) -> Token | None:
    """The prefix of a hyphened verb that the tokenizer split off ("co" of "co-founded"),
    where the parser made it the verb's head or sibling."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != "-":
        return None
    prefix = verb.doc[verb.i - 2]
    if prefix.lower_ not in ctx.lex.constructions.verb_prefixes or not (
            verb.head.i == prefix.i or verb.head.i == prefix.head.i):
        return None
    return prefix


def _headed(noun: Token, ctx: RuleContext) -> list[Ref]:
    """What heading ``noun`` is acting for: the noun's own mention, else the owner of a
    unit named by its owner ("heads the NAME party", "leads the ministry's information
    department", "heading the STATE-ian delegation")."""
    if (own := ref(noun)) is not None:
        return [own]
    if noun.lemma_.lower() not in ctx.lex.constructions.headed_unit_nouns:
        return []
    # (not a name the tagger broke into two: "the NAME NAME party")
    # the possessor where there is one ("the ministry's China department": not China)
    owners = [c for c in noun.children if c.dep_ == "poss"] or [
        c for c in noun.children if c.dep_ in ("compound", "amod")] + [
        o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"]  # "the delegation of STATE"
    return [r for c in owners
            if (r := ref(c)) is not None and not any(
                g.dep_ == "compound" and (gr := ref(g)) is not None and gr.key != r.key
                for g in c.children)]


@rule("verb.title_predicate", gate=Gate(words=lambda ctx: ctx.lex.titles.heads))
def verb_title_predicate(noun: Token, ctx: RuleContext) -> list[Found]:
    """"X was head of Iran's ORG", "X became chairman of the ORG", "X served as director
    of the ORG": a title said of a person names whom the person acts for (not "X met the
    head of the ORG", nor "X is not a member"). So does a title given or left: "X was
    elected chairman of the ORG", "the ORG appointed X as its envoy", "X was sworn in as
    president of STATE", "X was appointed to the post of minister of STATE", "X resigned
    as leader of the ORG", "X, who succeeded Y as head of the ORG"."""
    if noun.lemma_.lower() not in ctx.lex.titles.heads or not (
            noun.pos_ in ("NOUN", "PROPN") or any(c.dep_ == "compound" for c in noun.children)):
        return []  # (a compound title the tagger ends in an adjective: "director-general")
    titles = ctx.lex.titles
    if noun.is_lower and noun.lemma_.lower() in titles.capitalized_heads:
        return []  # "X was a featured speaker at ORG's rally": no office
    holder = noun
    if (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN"
            and noun.head.head.lemma_.lower() in titles.post_nouns):
        holder = noun.head.head  # "to the post of TITLE", "as the post of"
        if not (holder.dep_ == "pobj" and holder.head.lower_ in ("to", "as")
                and holder.head.dep_ == "prep"):
            return []
    if holder.dep_ in ("attr", "oprd", "dobj") and holder.i == noun.i:
        verb = noun.head
    elif holder.dep_ == "pobj" and holder.head.lower_ in ("as", "to") and (
            holder.head.dep_ == "prep"):
        verb = holder.head.head
    else:
        return []
    if verb.pos_ == "NOUN" and holder.head.lower_ == "as":
        return _appointment_noun(noun, verb, ctx)
    lemma = verb.lemma_.lower()
    if holder.i == noun.i and holder.head.lower_ == "to" and (
            lemma not in titles.promoting_verbs):
        return []  # "X was promoted to chief of the ORG"; not "X spoke to the head of ORG"
    # (the parser may take the particle for an adverb: "stepped down as")
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "dobj")
                     and f"{lemma} {c.lower_}" in titles.leaving_verbs), None)
    key = f"{lemma} {particle}" if particle else lemma
    if not asserted(verb) or is_future_aux(verb) or verb.pos_ not in ("VERB", "AUX"):
        return []  # (not "X was not elected", "X will be appointed")
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in titles.candidacy_verbs:
        return []  # "X is running to become secretary-general of the ORG"
    kinds = vocab.kinds_of("Affiliation")
    appointers: list[Ref] = []
    # ("X, elected chairman of ...", "X entered politics when elected as ...")
    passive = is_passive(verb) or (verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN"
                                   and not any(c.dep_ in ("nsubj", "dobj")
                                               for c in verb.children))
    if lemma in titles.appointing_verbs:
        if passive:
            people = _passive_holders(verb)
        elif holder.dep_ == "dobj":
            return []  # "X named the new minister": the title is the object
        else:  # "the ORG elected X (as) its leader"
            # (the parser may take the particle for a preposition: "swore in X as ...")
            people = [r for d in verb.children if d.dep_ == "dobj" or (
                d.dep_ == "pobj" and d.head.lower_ == "in") for c in conjuncts(d)
                if (r := ref(c)) is not None] + [
                r for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                and p.i == verb.i + 1 for d in p.children if d.dep_ == "pobj"
                for c in conjuncts(d) if (r := ref(c)) is not None]
            # "STATE named X (as) foreign minister": a title without its actor is the
            # appointing state's or organization's (not a person's: "Putin named X ...")
            appointers = [r for r in subject_refs(verb) if r.kind in kinds]
    elif lemma in titles.predicate_verbs or key in titles.leaving_verbs or (
            lemma in titles.leaving_verbs):
        if holder.dep_ == "dobj":
            return []
        people = _passive_holders(verb) if passive else (
            _gerund_holders(verb) or subject_refs(verb, controlled=False))
    else:
        return []
    if (own := ref(noun)) is not None and own.kind == "Person":
        return []  # an office resolved to its holder
    words = _title_words(noun, ctx)
    if any((r := ref(t)) is not None and r.kind == "Person" for t in words):
        return []  # "X is the wife of the head of ORG"
    # the body named, not the owner it is named with ("head of Iran's ORG", "chairman of
    # the ORG's committee"); but "X is NATO's chief"
    glosses = _glosses(noun, ctx)
    bodies = {r.key: r for t in words if (r := ref(t)) is not None and r.kind in kinds
              and not (t.dep_ == "poss" and t.head.i not in glosses)} or {
        r.key: r for r in appointers}
    bodies = {(f := _full_group(r, noun, ctx)).key: f for r in bodies.values()}
    return [Found(p, "affiliatedWith", b, noun.i, 0.7) for p in people if p.kind == "Person"
            for b in bodies.values() if b.key != p.key]


def _full_group(short: Ref, tok: Token, ctx: RuleContext) -> Ref:
    """The group a one-word title modifier stands for where the text names it in full:
    "the new NAME leader" in a story on "the NAME Party"."""
    if short.end - short.start != 1 or short.kind == "State":
        return short
    heads = ctx.lex.mentions.group_name_heads
    whole = [r for r in tok.doc._.kg_refs or [] if r.kind == short.kind
             and len(parts := r.key.split()) == 2 and parts[0] == short.key
             and parts[1].lower() in heads]
    return whole[0] if len({r.key for r in whole}) == 1 else short


def _appointment_noun(title: Token, act: Token, ctx: RuleContext) -> list[Found]:
    """"X's election as president of STATE", "the appointment of X as head of the ORG",
    "since her inauguration as ...": a title given or left, named as a noun (not "X's
    possible election as ...", nor "called for X's appointment as ...")."""
    if act.lemma_.lower() not in ctx.lex.titles.appointment_nouns or not asserted(act):
        return []
    if any(c.dep_ == "amod" and c.lower_ in ctx.lex.modality.future_words
           for c in act.children):
        return []
    people = [r for c in act.children if c.dep_ == "poss" if (r := ref(c)) is not None] + [
        r for p in act.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj" if (r := ref(o)) is not None]
    kinds = vocab.kinds_of("Affiliation")
    bodies = {r.key: r for t in _title_words(title, ctx) if (r := ref(t)) is not None
              and r.kind in kinds and not (t.dep_ == "poss"
                                           and t.head.i not in _glosses(title, ctx))}
    return [Found(p, "affiliatedWith", b, title.i, 0.7) for p in people
            if p.kind == "Person" for b in bodies.values() if b.key != p.key]


def _title_words(noun: Token, ctx: RuleContext) -> list[Token]:
    """A title's own words: not a clause on it, a topic ("an expert on China"), a
    destination ("ambassador to NATO"), whom the post deals with ("envoy for STATE",
    "mediator between X and Y"), nor an agent the parser hung on it ("was succeeded as
    chief by Y")."""
    dealt = ("for",) if noun.lemma_.lower() in ctx.lex.constructions.diplomat_nouns else ()
    glosses = _glosses(noun, ctx)
    cut = {w.i for c in noun.subtree if c.i != noun.i and c.i not in glosses and (
        c.dep_ in ("conj", "cc", "relcl", "acl", "advcl", "appos") or (
            c.dep_ == "prep" and (c.lower_ in dealt or c.lower_ in ctx.lex.titles.term_preps
                                  or c.lower_ in (
                "to", "on", "about", "against", "toward", "towards", "with", "by",
                "between"))))
        for w in c.subtree}
    # (nor the term of the one it served under: "ambassador under President Y")
    return [t for t in noun.subtree if t.i not in cut]


def _glosses(noun: Token, ctx: RuleContext) -> set[int]:
    """The title itself and another title that glosses it in apposition: "as Foreign
    Secretary, the STATE's chief diplomat"."""
    return {noun.i} | {c.i for c in noun.children if c.dep_ == "appos"
                       and c.lemma_.lower() in ctx.lex.titles.heads}


def _gerund_holders(verb: Token) -> list[Ref]:
    """Whom a gerund after a preposition is said of where the verb before it has an
    object: "X congratulated Y on being elected ...", "on taking office as ..." (Y)."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [r for d in verb.head.head.children if d.dep_ == "dobj" for c in conjuncts(d)
            if (r := ref(c)) is not None]


def _passive_holders(verb: Token) -> list[Ref]:
    """Whom a passive verb of appointment is said of: its subject ("X was elected ..."),
    the noun of its relative clause ("X, who was named ...") or of its participle ("X,
    elected chairman of ...")."""
    if verb.dep_ in ("acl", "relcl"):
        nouns = [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" or any(
            c.dep_ == "nsubjpass" and c.lower_ in ("who", "that") for c in verb.children) else []
    else:
        nouns = [c for s in verb.children if s.dep_ == "nsubjpass" for c in conjuncts(s)]
        if not nouns and verb.dep_ == "pcomp":
            return _gerund_holders(verb)
        if not nouns and verb.dep_ == "advcl":
            return subject_refs(verb.head)  # "X entered politics when elected as ..."
    return [r for n in nouns if (r := ref(n)) is not None]


@rule("verb.elected_to", gate=Gate(words=lambda ctx: ctx.lex.titles.seating_verbs))
def verb_elected_to(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X was elected to the NAME Parliament", "voters elected X to the assembly", "X was
    appointed to the ORG's council": a seat given in a named body or organization (not a
    state: "X was elected to Congress from STATE" gives the body alone)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.titles.seating_verbs:
        return []
    if not asserted(verb) or is_future_aux(verb):
        return []
    bodies = [r for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
              for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
              for r in _headed(c, ctx) if r.kind in ("Body", "Organization")]
    if not bodies:
        return []
    passive = is_passive(verb) or (verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN"
                                   and not any(c.dep_ in ("nsubj", "dobj")
                                               for c in verb.children))
    people = _passive_holders(verb) if passive else [
        r for d in verb.children if d.dep_ == "dobj" for c in conjuncts(d)
        if (r := ref(c)) is not None]
    return [Found(p, "affiliatedWith", b, verb.i, 0.7) for p in people if p.kind == "Person"
            for b in bodies]


@rule("verb.left_group", gate=Gate(words=lambda ctx: ctx.lex.titles.quitting_verbs))
def verb_left_group(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X resigned from the ORG", "X quit the NAME party", "X was expelled from the ORG",
    "X defected from the ORG": a person who leaves a named body or organization (not a
    state: "X withdrew from the ORG" is a membership's end) acted for it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.titles.quitting_verbs:
        return []
    if not asserted(verb) or is_future_aux(verb):
        return []
    groups = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
              for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)]
    if not is_passive(verb):
        groups += [c for d in verb.children if d.dep_ == "dobj" for c in conjuncts(d)]
    bodies = [r for g in groups for r in _headed(g, ctx) if r.kind in ("Body", "Organization")]
    if not bodies:
        return []
    people = _passive_holders(verb) if is_passive(verb) else subject_refs(verb)
    return [Found(p, "affiliatedWith", b, verb.i, 0.7) for p in people if p.kind == "Person"
            for b in bodies]


def _joined_itself(found: list[Found], obj: Token, verb: Token) -> list[Found]:
    """Joining makes a state a member only of the organization joined itself, not of its
    owner ("X joined ORG's research centre"; a person who joins a party's ticket acts for
    the party), nor makes anyone a member when one joins others in an act ("X joined ORG
    in condemning Y")."""
    if any(p.dep_ == "prep" and p.lower_ == "in" and any(
            c.dep_ == "pcomp" or c.tag_ == "VBG" for c in p.children) for p in verb.children):
        return []
    joined = ref(obj)
    return [f for f in found if f.subject.kind == "Person" or (
        joined is not None and f.object.key == joined.key)]


def _undergoers(verb: Token) -> list[Token]:
    """What a verb acts on: its direct object, or its subject where it is passive."""
    return [c for c in verb.children if c.dep_ == "dobj" or (
        c.dep_ == "nsubjpass" and is_passive(verb))]


def initiatives_of(objects: list[Token]) -> list[tuple[Token, Ref]]:
    """The initiatives among phrases and their conjuncts, with the word naming each."""
    return [(c, r) for o in objects for c in conjuncts(o)
            if (r := ref(c)) is not None and r.kind == "Initiative"]


@rule("verb.welcomed_initiative", gate=Gate(
    words=lambda ctx: ctx.lex.relations["supports"].indirect_only))
def verb_welcomed_initiative(verb: Token, ctx: RuleContext) -> list[Found]:
    """Welcoming a plan, resolution or ceasefire that no one owns in the phrase supports
    it: "X welcomed the peace plan", "the resolution was welcomed by X"; welcoming an
    agreement supports its parties ("welcomed the deal between A and B"), as welcoming an
    act of theirs (a verb that takes only acts of others: "welcomed X" is a meeting,
    "welcomed X's plan" supports X, verb.object). Agreeing is left out: "agreed a deal" is
    its parties' cooperation."""
    supports = ctx.lex.relations["supports"]
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in supports.indirect_only or (
            lemma in ctx.lex.modality.agreement_verbs):
        return []
    if not asserted(verb):
        return []
    objects = _undergoers(verb)
    agreements = ctx.lex.constructions.agreement_heads
    targets: list[Ref] = []
    for c in (c for o in objects for c in conjuncts(o)):
        r = ref(c)
        if r is None or r.kind != "Initiative" or not target_refs(c)[1]:
            continue
        parties = [p for prep in c.children if prep.dep_ == "prep"
                   and prep.lower_ in ("between", "among") for o in prep.children
                   if o.dep_ == "pobj" for d in conjuncts(o)
                   if (p := ref(d)) is not None and p.kind in ctx.agents]
        if c.lemma_.lower() in agreements or c.lower_ in agreements:
            # welcoming an agreement welcomes the act of its parties: "welcomed the deal
            # between A and B" supports A and B (a deal with no parties named: nothing)
            targets += parties
        elif not parties:
            # (a ceasefire or truce between two is a state of affairs between them:
            # welcoming it backs neither, tests/test_rules_judged.py)
            targets.append(r)
    if not targets:
        return []
    return [Found(s, "supports", t, verb.i, 0.7) for s in subject_refs(verb)
            if s.kind in ctx.agents for t in {t.key: t for t in targets}.values()
            if s.key != t.key]


@rule("verb.stance_on_keeping", gate=Gate(words=lambda ctx: ctx.lex.constructions.keeping_verbs))
def verb_stance_on_keeping(gerund: Token, ctx: RuleContext) -> list[Found]:
    """A stance on keeping, reviving or entering an agreement is a stance on the agreement:
    "X supports extending the grain deal", "X is supportive of maintaining the accord", "X
    argued against rejoining the treaty", "X opposed renewing the truce" (the gerund's
    object is an initiative; the stance verb's subject takes it)."""
    if gerund.tag_ != "VBG" or gerund.lemma_.lower() not in ctx.lex.constructions.keeping_verbs:
        return []
    if is_negated(gerund) and not gerund.dep_ == "pcomp":
        return []
    targets = [r for c in gerund.children if c.dep_ == "dobj" for d in conjuncts(c)
               if (r := ref(d)) is not None and r.kind == "Initiative"]
    if not targets:
        return []
    stances = ("supports", "opposes")
    if gerund.dep_ == "pcomp" and gerund.head.dep_ == "prep":
        prep, trigger = gerund.head, gerund.head.head  # "argued against renewing Y"
        keys = _keys(trigger, ctx) or [trigger.lower_, trigger.lemma_.lower()]
        rels = {rel for k in keys for rel, preps in ctx.verb_preps.get(k, [])
                if rel in stances and prep.lower_ in preps}
    elif gerund.dep_ in ("xcomp", "dobj", "ccomp"):
        trigger = gerund.head  # "supports extending Y"
        rels = {rel for k in _keys(trigger, ctx) for rel in ctx.verbs.get(k, [])
                if rel in stances}
    else:
        return []
    if not rels or not asserted(trigger):
        return []
    # "X is supportive of ...": the subject of the copula
    holder = trigger.head if trigger.dep_ == "acomp" else trigger
    if not asserted(holder):
        return []
    subjects = [s for s in subject_refs(holder) if s.kind in ctx.agents]
    return [Found(s, rel, t, trigger.i, 0.7) for rel in sorted(rels) for s in subjects
            for t in targets if s.key != t.key]


@rule("verb.enacted", gate=Gate(words=lambda ctx: ctx.lex.constructions.enacting_verbs))
def verb_enacted(verb: Token, ctx: RuleContext) -> list[Found]:
    """Enacting a measure supports it: "the Senate passed the bill to fund Y", "the bill was
    approved by parliament", "X ratified the treaty" (only an initiative: "passed sanctions
    against Y" supports no Y)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.constructions.enacting_verbs:
        return []
    if not asserted(verb):
        return []
    objects = _undergoers(verb)
    own = ctx.lex.constructions.self_adopted_heads
    targets = [r for c, r in initiatives_of(objects)
               if c.lemma_.lower() not in own and c.lower_ not in own]
    if not targets:
        return []
    return [Found(s, "supports", t, verb.i, 0.7) for s in subject_refs(verb)
            if s.kind in ctx.agents for t in targets if s.key != t.key]


@rule("verb.quit_initiative", gate=Gate(
    words=lambda ctx: ctx.lex.constructions.quitting_initiative_verbs))
def verb_quit_initiative(verb: Token, ctx: RuleContext) -> list[Found]:
    """Quitting, suspending or scrapping an agreement opposes it: "X quit the grain deal",
    "X suspended the treaty", "the accord was scrapped by X", "X tore up the deal" (only
    an initiative: "quit the government" is no stance). Withdrawing "from" one is
    verb.prep's."""
    keys = [k for k in _keys(verb, ctx) if k in ctx.lex.constructions.quitting_initiative_verbs]
    if verb.pos_ != "VERB" or not keys or not asserted(verb):
        return []
    if any(c.dep_ in ("oprd", "ccomp", "acomp", "xcomp", "advcl") for c in verb.children):
        return []  # left in a state, not quit: "left the deal intact", "kept it alive"
    objects = _undergoers(verb)
    targets = [r for _, r in initiatives_of(objects)]
    if not targets:
        return []
    return [Found(s, "opposes", t, verb.i, 0.7) for s in subject_refs(verb)
            if s.kind in ctx.agents for t in targets if s.key != t.key]


@rule("verb.particle_prep", gate=Gate(mention=True))
def verb_particle_prep(obj: Token, ctx: RuleContext) -> list[Found]:
    """A phrasal verb whose particle the parser takes for a preposition, with the object's
    preposition hung on it: "X pulled out of the treaty", "X walked away from the deal", "X
    signed up to the plan" (the particle's verb is the trigger; only an initiative, as the
    lexicon's verb_preps give the stance)."""
    own = ref(obj)
    if own is None or own.kind != "Initiative" or obj.dep_ != "pobj":
        return []
    prep = obj.head
    particle = prep.head
    verb = particle.head
    if prep.dep_ != "prep" or particle.dep_ not in ("prep", "advmod", "prt") or (
            verb.pos_ != "VERB") or particle.i < verb.i:
        return []
    key = f"{verb.lemma_.lower()} {particle.lower_}"
    rels = {rel for rel, preps in ctx.verb_preps.get(key, [])
            if rel in ("supports", "opposes") and prep.lower_ in preps}
    if not rels or not asserted(verb):
        return []
    targets = [r for c in conjuncts(obj) if (r := ref(c)) is not None and r.kind == "Initiative"]
    return [Found(s, rel, t, verb.i, 0.7) for rel in sorted(rels) for s in subject_refs(verb)
            if s.kind in ctx.agents for t in targets if s.key != t.key]


@rule("verb.relative_object", gate=Gate(words=lambda ctx: ctx.verbs))
def verb_relative_object(verb: Token, ctx: RuleContext) -> list[Found]:
    """A relative clause on an initiative whose verb of stance takes the initiative as its
    object: "the accord, which X rejected, ...", "the plan that X backed", "the peace plan
    X proposed" (the clause's subject takes the stance; its relative pronoun, or none, is
    the object); so does one on an actor whose verb criticizes or urges it: "X, which Y
    has accused of ...", "the country that Y criticized"."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return []
    noun = verb.head
    own = ref(noun)
    if own is None or verb.i < noun.i:
        return []
    if own.kind == "Initiative":
        stances: tuple[str, ...] = ("supports", "opposes", "proposes")
    elif own.kind in ctx.agents:
        stances = ("criticizes", "opposes", "urges")
    else:
        return []
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in ("which", "that")
           for c in verb.children):
        return []  # the clause has an object of its own: "the deal, which gives X ..."
    if any(c.dep_ == "prep" for c in verb.children if c.i < verb.i) or not any(
            c.dep_ == "nsubj" for c in verb.children):
        return []  # "the deal under which X ...", "the deal that angered X"
    if any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        return []
    if any(c.dep_ == "prt" or (c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp")
                                          for g in c.children))
           or (c.dep_ == "advmod" and any(g.dep_ == "prep" for g in c.children))
           for c in verb.children):
        return []  # a particle or a stranded preposition changes the verb ("backed out of",
        # "backed away from")
    rels = {rel for k in _keys(verb, ctx) for rel in ctx.verbs.get(k, []) if rel in stances}
    if not rels or not asserted(verb):
        return []
    # (only whom the subject names: "the deals the administration brokered between A and B"
    # are not A's or B's)
    subjects: list[Ref] = []
    for d in (d for c in verb.children if c.dep_ == "nsubj" for d in conjuncts(c)):
        named, direct = target_refs(d)
        if direct:
            subjects += [r for r in named if r.kind in ctx.agents]
    if any(k in t.indirect_only for rel in rels for k in _keys(verb, ctx)
           if (t := ctx.lex.relations.get(rel)) is not None):
        return []  # welcoming an agreement is its parties' (verb.welcomed_initiative)
    return [Found(s, rel, own, verb.i, 0.7) for rel in sorted(rels) for s in subjects
            if s.key != own.key]
