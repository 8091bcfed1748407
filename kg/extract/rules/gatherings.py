"""Rules on meetings told by their verb and on attending without an object.

Constructions: a verb of meeting that the text places, to which a later bare
"the meeting", "the talks" or "the summit" refers back ("X and Y met in CITY on
Monday. ... The meeting lasted an hour": X and Y attended it); a verb of attending
whose event is the one just told ("The summit opened in CITY on Tuesday. A, B and C
attended."); a host welcoming guests to an event ("X welcomed Y to the summit").
"""

from spacy.tokens import Token

from kg.extract.events import _brought_to, _locative_preps
from kg.extract.mentions import Ref
from kg.extract.rules import (
    Found,
    Gate,
    RuleContext,
    all_pairs,
    asserted,
    listed_subjects,
    rule,
)
from kg.extract.rules.places import _event_head, _recent_event
from kg.extract.syntax import (
    agent_refs,
    conjuncts,
    is_future_aux,
    ref,
    subject_refs,
    target_refs,
    titled_person,
)

__all__ = ["event_attended_bare", "event_attendees_back", "event_brought_to",
           "event_chaired_under", "event_held_by_with",
           "event_members_took_part", "event_met_after_infinitive", "event_met_there",
           "event_organizer", "event_sides_met", "event_venue", "event_welcomed_to"]


def _people(toks: list[Token]) -> list[Ref]:
    return [r for t in toks for x in conjuncts(t) if (r := ref(x) or titled_person(x)) is not None]


@rule("event.met_there", gate=Gate(words=lambda ctx: ctx.lex.constructions.meeting_verbs))
def event_met_there(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X and Y met in CITY on Monday", "leaders of A and B gathered in CITY", when a
    later "the meeting" or "the summit" refers back to that meeting (``kg_events`` has
    made it an event): who met, and whom they met with, attended it."""
    key = (verb.doc._.kg_event_verbs or {}).get(verb.i)
    if key is None or not asserted(verb):
        return []
    event = next((r for r in verb.doc._.kg_refs or [] if r.key == key and r.kind == "Event"),
                 None)
    if event is None:
        return []
    found = listed_subjects(verb)
    found += _people([c for c in verb.children if c.dep_ == "dobj"])
    found += _people([o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                      for o in p.children if o.dep_ == "pobj"])
    if not any(r.kind == "Person" for r in found):
        # "leaders of A and B met": the states; but with the people named ("A's foreign
        # minister NAME and his DEMONYM counterpart NAME"), the people only
        found += subject_refs(verb)
    else:
        found = [r for r in found if r.kind == "Person"]
    return [Found(r, "attended", event, verb.i, 0.7)
            for r in {r.key: r for r in found if r.kind in ctx.agents}.values()]


def _attends_bare(verb: Token, ctx: RuleContext) -> bool:
    """Whether ``verb`` is a verb of attending without its event: "A and B attended",
    "X also took part", "X participated as an observer"."""
    words = ctx.lex.constructions.bare_attending_verbs
    lemma = verb.lemma_.lower()
    keys = {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "dobj"}
    if verb.pos_ != "VERB" or not keys & words or verb.dep_ in ("acl", "relcl", "amod"):
        return False  # (a clause on a noun has its object there: "the summit, which X attended")
    if any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children):
        return False  # "the summit was attended by X"
    if lemma in words and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False  # "attended the summit": the event is there
    # "took part in the talks", "participated in a debate": an object of its own (not
    # "took part in it", which refers back)
    return not any(c.dep_ == "prep" and c.lower_ in ("in", "at") and not any(
        o.dep_ == "pobj" and o.lower_ == "it" for o in c.children) for c in verb.children)


@rule("event.attended_bare",
      gate=Gate(words=lambda ctx: ctx.lex.constructions.bare_attending_verbs))
def event_attended_bare(verb: Token, ctx: RuleContext) -> list[Found]:
    """"The summit opened in CITY on Tuesday. A, B and C attended.": a verb of attending
    without its object takes the event told last, in its sentence or the one before."""
    if not _attends_bare(verb, ctx) or not asserted(verb) or verb.tag_ not in ("VBD", "VBN"):
        return []
    event = _recent_event(verb)
    if event is None:
        return []
    found = [r for r in subject_refs(verb) if r.kind in ctx.agents]
    return [Found(r, "attended", event, verb.i, 0.7) for r in {r.key: r for r in found}.values()]


@rule("event.welcomed_to", gate=Gate(words=lambda ctx: ctx.lex.constructions.welcoming_verbs))
def event_welcomed_to(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X welcomed Y to the summit", "X greeted A and B to the talks in CITY": the host and
    the guests took part."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.constructions.welcoming_verbs:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # the parser hangs "to the summit" on the verb or on its object
    event = next((e for h in [verb, *objects] for p in h.children
                  if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                  for o in p.children if o.dep_ == "pobj" and (e := _event_head(o)) is not None),
                 None)
    if event is None or not objects or not asserted(verb):
        return []
    found = subject_refs(verb) + [r for c in objects for x in conjuncts(c) for r in agent_refs(x)]
    return [Found(r, "attended", event, verb.i, 0.7)
            for r in {r.key: r for r in found if r.kind in ctx.agents}.values()]


def _objectless(word: Token) -> bool:
    """Whether an attending word names no event of its own: no object ("attending", not
    "attending the summit") and no phrase but an event's ("present at the talks" names
    its own)."""
    return not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in word.children)


def _copula_subjects(be: Token, skip: Token) -> list[Ref]:
    """The named subjects or inverted subjects of a copula ("A and B were ...", "Present
    were A and B"), but the phrase of ``skip``."""
    return _people([c for c in be.children if c.dep_ in ("nsubj", "attr") and c.i != skip.i])


def _attendee_word(word: Token, ctx: RuleContext) -> bool:
    cons = ctx.lex.constructions
    lemma = word.lemma_.lower()
    if word.pos_ == "NOUN":
        return lemma in cons.attendee_nouns
    if word.pos_ == "VERB":
        keys = {lemma} | {f"{lemma} {c.lower_}" for c in word.children if c.dep_ == "dobj"}
        return bool(keys & cons.bare_attending_verbs) and word.tag_ == "VBG"
    return word.lower_ in cons.presence_words


@rule("event.attendees_back", gate=Gate(words=lambda ctx: ctx.lex.constructions.attendee_nouns
                                        | ctx.lex.constructions.presence_words
                                        | ctx.lex.constructions.bare_attending_verbs))
def event_attendees_back(word: Token, ctx: RuleContext) -> list[Found]:
    """Those present at an event the text has just told, listed without naming it again:
    "Among those attending were A and B", "A and B were among the guests", "Also present
    were A and B", "Present at the talks were A and B", "Taking part were A and B",
    "Guests included A and B": they attended it."""
    if not _attendee_word(word, ctx):
        return []
    cons = ctx.lex.constructions
    event = None
    if word.lower_ in cons.presence_words:
        # "present at the talks": the event is named there
        event = next((e for p in word.children if p.dep_ == "prep" and p.lower_ == "at"
                      for o in p.children if o.dep_ == "pobj"
                      and (e := _event_head(o)) is not None), None)
        if event is None and not _objectless(word):
            return []
    elif not _objectless(word) and not (word.pos_ == "VERB" and not any(
            c.dep_ in ("prep", "ccomp", "xcomp") for c in word.children)):
        return []  # (the participle "taking part" keeps its "part")
    # the noun the word is, or describes ("those attending", "those present")
    noun = word.head if word.dep_ in ("acl", "amod", "relcl") and word.pos_ != "NOUN" else word
    holder: Token | None = None
    found: list[Ref] = []
    if noun.dep_ == "pobj" and noun.head.lower_ == "among" and (
            noun.head.head.lemma_.lower() in cons.copulas):
        holder = noun.head.head  # "A was among those present", "Among those attending were A"
        found = _copula_subjects(holder, noun.head)
    elif noun.dep_ == "nsubj" and noun.head.lemma_.lower() in cons.comprising_verbs:
        holder = noun.head  # "Guests included A and B", "Those attending included A"
        found = _people([c for c in holder.children if c.dep_ == "dobj"])
    elif word.dep_ == "acomp" and word.head.lemma_ == "be":
        holder = word.head  # "Also present were A and B"
        found = _people([c for c in holder.children if c.dep_ in ("nsubj", "attr")
                         and c.i > word.i])
    elif word.pos_ == "VERB" and (be := next((c for c in word.children if c.dep_ == "aux"
                                               and c.lemma_ == "be" and c.i > word.i),
                                              None)) is not None:
        holder = be  # "Also attending were A and B", "Taking part were A and B"
        found = _people([c for h in (word, be) for c in h.children
                         if c.dep_ == "nsubj" and c.i > be.i])
    if holder is None or not found or not asserted(holder) or is_future_aux(holder):
        return []
    # a place or occasion of its own on the copula: "among the guests at a dinner"
    where = [o for p in holder.children if p.dep_ == "prep" and p.lower_ in (
        "at", "in", "to", "during", "for") for o in p.children if o.dep_ == "pobj"]
    if where:
        named = [e for o in where if (e := _event_head(o)) is not None]
        if len(named) != len(where):
            return []
        event = event or named[0]
    event = event or _recent_event(word)
    if event is None:
        return []
    return [Found(r, "attended", event, word.i, 0.7)
            for r in {r.key: r for r in found if r.kind in ctx.agents}.values()]


@rule("event.brought_to", gate=Gate(words=lambda ctx: ("to",)))
def event_brought_to(prep: Token, ctx: RuleContext) -> list[Found]:
    """A "to" phrase that brings the subject to a gathering, common in reports of rallies,
    forums and summits: a verb of coming or carrying ("X went to the summit", "A and B wore
    T-shirts to the rally", "X led supporters to the protest") or one whose object is a
    speech ("X gave the opening address to the forum", "X delivered a speech to the
    conference"): the subjects took part. Sending ("X sent a letter to the summit") is
    not coming."""
    if prep.dep_ not in ("prep", "dative") or prep.lower_ != "to":
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or not _brought_to(verb) or not asserted(verb) or (
            is_future_aux(verb)):
        return []
    events = [e for o in prep.children if o.dep_ == "pobj"
              and (e := _event_head(o)) is not None]
    if len(events) != 1:
        return []
    found = [r for r in listed_subjects(verb) if r.kind in ctx.agents]
    return [Found(r, "attended", events[0], prep.i, 0.7)
            for r in {r.key: r for r in found}.values()]


@rule("event.organizer", gate=Gate(words=lambda ctx: ctx.lex.constructions.organizer_nouns))
def event_organizer(noun: Token, ctx: RuleContext) -> list[Found]:
    """The organizer or host of a gathering named beside the noun, common in reports of
    rallies and protests: "the organizer of the rally, X, said", "the organisers of the
    march, A and B", "X, the organizer of the protest": X took part."""
    cons = ctx.lex.constructions
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cons.organizer_nouns:
        return []
    event = next((e for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                  for o in p.children if o.dep_ == "pobj"
                  and (e := _event_head(o)) is not None), None)
    if event is None:
        return []
    named = [x for c in noun.children if c.dep_ == "appos" for x in conjuncts(c)]
    # the parser may make a listed apposition a conjunct: "the organizers of the rally, A
    # and B, said"
    named += [x for c in noun.children if c.dep_ == "conj" and c.i > 0
              and c.doc[c.i - 1].text == "," for x in conjuncts(c)]
    if noun.dep_ == "appos":
        named += conjuncts(noun.head)
    governor = noun.head if noun.dep_ != "appos" else noun.head.head
    if governor.pos_ in ("VERB", "AUX") and not asserted(governor):
        return []
    found = [r for x in named if (r := ref(x) or titled_person(x)) is not None
             and r.kind in ctx.agents and r.kind != "Event"]
    return [Found(r, "attended", event, noun.i, 0.7) for r in {r.key: r for r in found}.values()]


@rule("event.chaired_under", gate=Gate(words=lambda ctx: ctx.lex.constructions.chair_nouns))
def event_chaired_under(noun: Token, ctx: RuleContext) -> list[Found]:
    """A gathering held under the chairmanship of a party: "the summit was held under the
    chairmanship of X", "under X's presidency, the summit adopted ...", "the summit, held
    under X's chairmanship": the chair took part in it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.lex.constructions.chair_nouns:
        return []
    under = noun.head
    if noun.dep_ != "pobj" or under.lower_ != "under":
        return []
    verb = under.head
    if verb.pos_ not in ("VERB", "AUX") or not asserted(verb):
        return []
    # the gathering: the verb's subject ("the summit was held under ..."), or the noun a
    # participle on it describes ("the summit, held under ...")
    holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + (
        [verb.head] if verb.dep_ == "acl" else [])
    event = next((e for h in holders if (e := _event_head(h)) is not None), None)
    if event is None:
        return []
    chairs = [r for c in noun.children if c.dep_ == "poss" for x in conjuncts(c)
              if (r := ref(x)) is not None]
    chairs += [r for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" for x in conjuncts(o)
               if (r := ref(x) or titled_person(x)) is not None]
    return [Found(r, "attended", event, noun.i, 0.7)
            for r in {r.key: r for r in chairs if r.kind in ctx.agents}.values()]


@rule("event.venue", gate=Gate(mention=True))
def event_venue(head: Token, ctx: RuleContext) -> list[Found]:
    """The named building or ground an event is held at, common in wire reports of summits,
    rites and rallies: "the summit was held at the NAME Palace in CITY", "X attended prayers
    at the NAME Grand Mosque", "the talks at the NAME Hall": the event is located there."""
    event = ref(head)
    if event is None or event.kind != "Event" or head.i != head.doc[
            event.start:event.end].root.i:
        return []
    holders = [head]
    if head.dep_ in ("dobj", "nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        holders.append(head.head)
    elif head.dep_ == "pobj" and head.head.head.pos_ in ("VERB", "AUX"):
        holders.append(head.head.head)  # "met for their summit at the NAME Hall"
    if any(h.pos_ in ("VERB", "AUX") and not asserted(h) for h in holders):
        return []
    venues = ctx.lex.constructions.venue_nouns
    # (also "at" on an adverb of the verb: "met for their summit, that time at the NAME Hall")
    found = [r for h in holders for p in _locative_preps(h) if p.lower_ == "at"
             for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in venues
             and (r := ref(o)) is not None and r.kind in ("Body", "Place")
             and any(w.pos_ == "PROPN" for w in o.subtree if w.i < o.i)]
    return [Found(event, "locatedIn", r, head.i, 0.7) for r in {r.key: r for r in found}.values()]


def _meeting_of(verb: Token, ctx: RuleContext) -> Token | None:
    """The meeting a clause states without naming a partner: the verb itself ("the
    ministers of A and B met") or the talks it holds ("held (trilateral) talks"); None
    where a "with" or "between" phrase names the partner (other rules read those)."""
    met = ctx.lex.relations.get("metWith")
    if met is None or verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in ctx.lex.constructions.pairwise_meeting_verbs:
        return verb if not objects else None
    if lemma not in ctx.lex.constructions.pairwise_holding_verbs or len(objects) != 1:
        return None
    talks = objects[0]
    if talks.lemma_.lower() not in met.nouns and talks.lower_ not in met.nouns:
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among")
           for c in talks.children):
        return None
    return talks


def _sent_by(subject: Token, ctx: RuleContext) -> list[Ref]:
    """The sides whose leaders or envoys a subject names: "the foreign ministers of A, B
    and C", "the envoys of A and B", "leaders of A and B"."""
    out: list[Ref] = []
    for head in conjuncts(subject):
        if ref(head) is not None or head.lemma_.lower() not in (
                ctx.lex.constructions.delegate_nouns):
            continue
        out.extend(r for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                   for r in target_refs(c)[0] if r.kind in ("State", "Organization"))
    return list({r.key: r for r in out}.values())


def _mediators(holders: list[Token], ctx: RuleContext) -> list[Ref]:
    """Who brought the sides together, told by a participle on the talks or the clause:
    "held talks in CITY, mediated by X", "talks brokered by X and Y"."""
    hosts = ctx.lex.modality.host_verbs
    return [r for h in holders for v in h.children if v.dep_ in ("acl", "advcl")
            and v.lemma_.lower() in hosts for a in v.children if a.dep_ == "agent"
            for o in a.children if o.dep_ == "pobj" for c in conjuncts(o)
            for r in target_refs(c)[0] if r.kind in ctx.agents]


def _joint_partners(verb: Token, ctx: RuleContext) -> list[Ref]:
    """The partners of talks all sides hold together, named by "with": "held trilateral
    talks with A and B" (A and B)."""
    met = ctx.lex.relations.get("metWith")
    cons = ctx.lex.constructions
    if met is None or verb.pos_ != "VERB" or (
            verb.lemma_.lower() not in cons.pairwise_holding_verbs):
        return []
    talks = [c for c in verb.children if c.dep_ == "dobj"
             and (c.lemma_.lower() in met.nouns or c.lower_ in met.nouns)
             and any(m.dep_ in ("amod", "compound") and m.lower_ in cons.multilateral_modifiers
                     for m in c.children)]
    found = [r for t in talks for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
             for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
             for r in target_refs(c)[0] if r.kind in ctx.agents]
    return list({r.key: r for r in found}.values())


@rule("event.sides_met", gate=Gate(words=lambda ctx: ctx.lex.constructions.pairwise_meeting_verbs
                                   | ctx.lex.constructions.pairwise_holding_verbs))
def event_sides_met(verb: Token, ctx: RuleContext) -> list[Found]:
    """Delegates of two to four named sides who meet, common in wire reports of
    trilateral talks: "the foreign ministers of A, B and C met in CITY", "leaders of A
    and B held a summit", "the envoys of A and B held talks", "A and B, who met in CITY on
    Monday, ...": each side met each other.
    Named sides who hold talks called joint ("A, B and C held a trilateral summit") met
    each other too. A go-between named by a participle ("..., mediated by X") met each
    side; sides of indirect talks ("held indirect talks") do not meet each other."""
    meeting = _meeting_of(verb, ctx)
    if verb.dep_ in ("xcomp", "acl") or not asserted(verb) or is_future_aux(verb):
        return []
    if meeting is None:
        # "X held trilateral talks with A and B": the partners met each other too
        partners = _joint_partners(verb, ctx)
        return all_pairs(partners, "metWith", verb, 0.7) if 2 <= len(partners) <= 3 else []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        # a relative clause on the sides: "A and B, who met in CITY on Monday, agreed"
        if not any(c.tag_ in ("WP", "WDT") for c in subjects):
            return []
        subjects = [verb.head]
    sides = [r for s in subjects for r in _sent_by(s, ctx)]
    delegated = bool(sides) or verb.dep_ == "relcl"
    if not sides and verb.dep_ == "relcl":
        sides = [r for c in conjuncts(verb.head) if (r := ref(c)) is not None
                 and r.kind in ctx.agents]
    elif not sides:
        sides = [r for r in listed_subjects(verb) if r.kind in ctx.agents]
    if not 2 <= len({r.key for r in sides}) <= 4:
        return []
    out: list[Found] = []
    cons = ctx.lex.constructions
    mods = {c.lower_ for c in meeting.children if c.dep_ in ("amod", "compound")}
    joint = meeting.i != verb.i and bool(mods & cons.joint_modifiers)
    if (delegated or joint) and not mods & cons.indirect_modifiers:
        out.extend(all_pairs(sides, "metWith", verb, 0.7))
    out.extend(Found(m, "metWith", s, verb.i, 0.7, "event.mediator")
               for m in _mediators([verb, meeting], ctx) for s in sides if m.key != s.key)
    return out


@rule("event.met_after_infinitive",
      gate=Gate(words=lambda ctx: ctx.lex.relations["metWith"].verbs
                | frozenset(ctx.lex.relations["metWith"].verb_preps)))
def event_met_after_infinitive(verb: Token, ctx: RuleContext) -> list[Found]:
    """A finite verb of meeting that the parser coordinates with the infinitive of the
    clause before, though it shares the clause's subject: "X urged Y to reconsider and
    spoke with Z", "X asked Y to wait and met Z" (X met Z, not Y)."""
    met = ctx.lex.relations["metWith"]
    lemma = verb.lemma_.lower()
    if verb.tag_ != "VBD" or verb.dep_ != "conj" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    infinitive = verb.head
    # (the past tense is the verb's own: the urging or asking above it leaves it stated)
    if infinitive.dep_ != "xcomp" or infinitive.tag_ != "VB" or any(
            c.dep_ in ("neg", "aux") for c in verb.children) or not asserted(infinitive.head):
        return []
    partners = [o for p in verb.children if p.dep_ == "prep"
                and p.lower_ in met.verb_preps.get(lemma, ()) for o in p.children
                if o.dep_ == "pobj"]
    if lemma in met.verbs:
        partners += [c for c in verb.children if c.dep_ == "dobj"]
    kinds = ctx.kinds("metWith")
    found = [r for o in partners for c in conjuncts(o) for r in target_refs(c)[0]
             if r.kind in kinds]
    subjects = [r for r in subject_refs(infinitive.head) if r.kind in ctx.agents]
    # (the claim hangs on the clause's own verb, whose tense and mood it shares: the
    # infinitive the parser put between them is no modality of the meeting)
    return [Found(s, "metWith", o, infinitive.head.i, 0.7) for s in subjects for o in found
            if s.key != o.key]


def _attending_verbs(ctx: RuleContext) -> list[str]:
    """The verbs of taking part in an event: the gate of :func:`event_members_took_part`."""
    return [k for k, rels in ctx.verbs.items() if "attended" in rels] + [
        k for k, es in ctx.verb_preps.items() if any(rel == "attended" for rel, _ in es)]


@rule("event.members_took_part", gate=Gate(words=_attending_verbs))
def event_members_took_part(verb: Token, ctx: RuleContext) -> list[Found]:
    """Members or supporters of a named organization who hold, stage or join an event,
    common in reports of rallies and protests: "supporters of X held a rally in CITY",
    "X activists staged a protest", "members of X took part in the march": X took part."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return []
    events = [e for c in verb.children if c.dep_ == "dobj"
              and "attended" in ctx.verbs.get(lemma, []) and (e := _event_head(c)) is not None]
    keys = [lemma] + [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("dobj", "prt")]
    preps = {p for k in keys for rel, ps in ctx.verb_preps.get(k, []) if rel == "attended"
             for p in ps}
    events += [e for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
               for o in p.children if o.dep_ == "pobj" and (e := _event_head(o)) is not None]
    if len({e.key for e in events}) != 1 or not asserted(verb) or is_future_aux(verb):
        return []
    members = ctx.lex.constructions.member_nouns
    found: list[Ref] = []
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for noun in conjuncts(subject):
            if ref(noun) is not None or noun.lemma_.lower() not in members:
                continue
            # "X supporters", "supporters of X", "activists from X"
            named = [c for c in noun.children if c.dep_ in ("compound", "amod")]
            named += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                      for o in p.children if o.dep_ == "pobj"]
            found += [r for n in named for x in conjuncts(n) if (r := ref(x)) is not None
                      and r.kind in ("Organization", "Body")]
    return [Found(r, "attended", events[0], verb.i, 0.7)
            for r in {r.key: r for r in found}.values()]


@rule("event.held_by_with",
      gate=Gate(words=lambda ctx: frozenset(ctx.lex.relations["metWith"].nouns)))
def event_held_by_with(noun: Token, ctx: RuleContext) -> list[Found]:
    """Talks told by their holders in a participle, as readouts refer back to them: "the
    talks held by X with Y", "the contacts held recently by A and B with C" (each holder
    met each partner)."""
    met = ctx.lex.relations["metWith"]
    if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in met.nouns
                               and noun.lower_ not in met.nouns) or not asserted(noun):
        return []
    out: list[Found] = []
    kinds = ctx.kinds("metWith")
    for part in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in ctx.lex.modality.holding_verbs):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in part.children) or not (
                asserted(part)) or is_future_aux(part):
            continue  # "the talks to be held by X with Y": not yet held
        holders = [r for a in part.children if a.dep_ == "agent" for o in a.children
                   if o.dep_ == "pobj" for c in conjuncts(o) for r in target_refs(c)[0]
                   if r.kind in ctx.agents]
        partners = [r for h in (part, noun) for p in h.children
                    if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                    if o.dep_ == "pobj" for c in conjuncts(o) for r in target_refs(c)[0]
                    if r.kind in kinds]
        out.extend(Found(h, "metWith", p, noun.i, 0.7) for h in holders for p in partners
                   if h.key != p.key)
    return out
