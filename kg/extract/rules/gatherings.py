"""Rules on meetings told by their verb and on attending without an object.

Constructions: a verb of meeting that the text places, to which a later bare
"the meeting", "the talks" or "the summit" refers back ("X and Y met in CITY on
Monday. ... The meeting lasted an hour": X and Y attended it); a verb of attending
whose event is the one just told ("The summit opened in CITY on Tuesday. A, B and C
attended."); a host welcoming guests to an event ("X welcomed Y to the summit").
"""

from spacy.tokens import Token

from kg.extract.mentions import Ref
from kg.extract.rules import Found, Gate, RuleContext, asserted, listed_subjects, rule
from kg.extract.rules.places import _event_head
from kg.extract.syntax import agent_refs, conjuncts, ref, subject_refs, titled_person

__all__ = ["event_attended_bare", "event_met_there", "event_welcomed_to"]


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
    # "took part in the talks", "participated in a debate": an object of its own
    return not any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in verb.children)


@rule("event.attended_bare",
      gate=Gate(words=lambda ctx: ctx.lex.constructions.bare_attending_verbs))
def event_attended_bare(verb: Token, ctx: RuleContext) -> list[Found]:
    """"The summit opened in CITY on Tuesday. A, B and C attended.": a verb of attending
    without its object takes the event told last, in its sentence or the one before."""
    if not _attends_bare(verb, ctx) or not asserted(verb) or verb.tag_ not in ("VBD", "VBN"):
        return []
    doc = verb.doc
    start = verb.sent.start
    lo = doc[start - 1].sent.start if start > 0 else start
    event = None
    for i in range(verb.i - 1, lo - 1, -1):
        r = ref(doc[i])
        if r is not None and r.kind == "Event":
            event = r
            break
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
