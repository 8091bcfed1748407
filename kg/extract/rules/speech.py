"""Reported speech: what a speaker claims is the speaker's.

Constructions: a reporting verb whose clause holds a negative predicate
("warned that NATO's expansion will undermine peace": the speaker
criticizes the clause's subject); a worry with a "that" clause ("voiced
concern that X could ..."); a head clause reported after the fact ("X ...,
Beijing has warned"); "must" in the reported clause (``urges``); a
spokesperson, or a speaker talking of "the country", sharing the act of the
state or body they speak for.
"""

from spacy.tokens import Span, Token

from kg.extract.mentions import Ref
from kg.extract.rules import Found, Gate, RuleContext, asserted, rule
from kg.extract.syntax import (
    conjuncts,
    is_negated,
    ref,
    speaker_of,
    subject_refs,
    target_refs,
)

__all__ = ["speech_according_to", "speech_labeling", "speech_reported"]


@rule("speech.reported", scope="sentence",
      gate=Gate(words=lambda ctx: ctx.lex.reporting.verbs | ctx.lex.relations["criticizes"].speech
                | ctx.lex.relations["criticizes"].speech_nouns))
def speech_reported(sent: Span, found: list[Found], ctx: RuleContext) -> list[Found]:
    """Claims of a reported clause made the speaker's."""
    criticizes = ctx.lex.relations["criticizes"]
    out: list[Found] = []
    doc = sent.doc
    affiliations: dict[str, list[str]] = doc._.kg_affiliations or {}
    for verb in sent:
        lemma = verb.lemma_.lower()
        worried = any(n.dep_ == "dobj" and n.lower_ in criticizes.speech_nouns
                      for n in verb.children)
        if lemma not in ctx.lex.reporting.verbs and lemma not in criticizes.speech and not worried:
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        # a worry noun with a "that" clause: "voiced concern that X could ..."
        worry = [n for n in verb.children if n.dep_ == "dobj"
                 and n.lower_ in criticizes.speech_nouns]
        clauses += [c for n in worry for c in n.children if c.dep_ in ("acl", "ccomp")
                    and any(m.lower_ == "that" for m in c.children)]
        # a report after the fact: "X ..., Y has warned": the report is the head clause;
        # not a verb with an object of its own ("has alleged ties") nor one that a
        # reporting verb reports ("ORG reports [that] X has alleged ...").
        if verb.dep_ in ("parataxis", "ccomp") and not clauses and verb.head.pos_ in (
                "VERB", "AUX") and not any(c.dep_ == "dobj" for c in verb.children) and (
                verb.head.lemma_.lower() not in ctx.lex.reporting.verbs):
            clauses = [verb.head]
        if not clauses or not asserted(verb):
            continue
        speakers = subject_refs(verb)
        if not speakers:
            continue
        for clause in clauses:
            subtree = {t.i for t in clause.subtree}
            clause_subjects: list[Ref] = []
            for s in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                for c in conjuncts(s):
                    clause_subjects.extend(target_refs(c)[0])
            negative = lemma in criticizes.speech or worried or _negative(ctx, clause)
            if negative and not is_negated(clause):
                for sp in speakers:
                    for cs in clause_subjects:
                        if cs.kind in (*ctx.agents, "Initiative") and cs.key not in (
                                affiliations.get(sp.key, [])):
                            out.append(Found(sp, "criticizes", cs, verb.i, 0.6,
                                             "speech.criticizes"))
            # an actor's act named with a negative noun in what is said ("ORG said ...
            # to stop [the DEMONYM] aggression"): the speaker criticizes the actor
            if not is_negated(clause):
                for owner in _blamed(ctx, clause):
                    for sp in speakers:
                        if owner.key != sp.key and owner.key not in affiliations.get(sp.key, []):
                            out.append(Found(sp, "criticizes", owner, verb.i, 0.6,
                                             "speech.blamed"))
            # "must" in the reported clause ("X must consider ..."): the speaker urges.
            if any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children):
                for sp in speakers:
                    for cs in clause_subjects:
                        if cs.key not in affiliations.get(sp.key, []):
                            out.append(Found(sp, "urges", cs, verb.i, 0.6, "speech.urges"))
            # A spokesperson shares the acts of the state or body they speak for,
            # and so does a speaker who says what "the country" does.
            speaker = speaker_of(verb)
            if speaker is None:
                continue
            own = set(affiliations.get(speaker.key, []))
            spokes = speaker.key in (doc._.kg_spokespersons or ())
            for f in found:
                if f.trigger in subtree and f.subject.key in own and (
                        spokes or any(r.how == "coref" and r.key == f.subject.key
                                      for r in clause_subjects)):
                    out.append(Found(speaker, f.relation, f.object, f.trigger,
                                      f.confidence, "speech.speaker_shares"))
    return out

def _blamed(ctx: RuleContext, clause: Token) -> list[Ref]:
    """The actors whose act a clause names with a negative noun: "X's aggression",
    "the DEMONYM provocations" (not the victim, "a violation of X's rights", nor one who
    sees it, "perceived as a threat by X")."""
    words = ctx.lex.reporting.negative_predicates
    found: list[Ref] = []
    for tok in clause.subtree:
        if tok.pos_ != "NOUN" or (tok.lemma_.lower() not in words and tok.lower_ not in words):
            continue
        if ref(tok) is not None or is_negated(tok):
            continue
        for c in tok.children:
            r = ref(c) if c.dep_ in ("poss", "amod", "compound", "nmod") else None
            if r is not None and r.kind in ctx.agents and all(f.key != r.key for f in found):
                found.append(r)
    return found


def _negative(ctx: RuleContext, clause: Token) -> bool:
    """A clause that says something bad of its subject: a negative verb ("threatens",
    "undermines") or a negative predicate ("is a war criminal", "was illegal")."""
    rep = ctx.lex.reporting
    for tok in clause.subtree:
        if tok.lemma_.lower() in rep.negative and tok.pos_ == "VERB":
            if tok.lemma_.lower() == "pose" and not any(
                    c.lemma_.lower() in rep.negative_objects for c in tok.children):
                continue
            return True
    return _evaluated(ctx, clause)


def _evaluated(ctx: RuleContext, head: Token) -> bool:
    """Whether the predicate of a copular clause (or a labeling verb's complement) holds a
    negative word: "X is a war criminal", "X was illegal", "called X a crime"."""
    words = ctx.lex.reporting.negative_predicates
    for pred in (c for c in head.children if c.dep_ in ("attr", "acomp", "oprd")):
        if any(t.lemma_.lower() in words or t.lower_ in words for t in pred.subtree):
            return True
    return False


def _labeled_negatively(ctx: RuleContext, verb: Token) -> bool:
    words = ctx.lex.reporting.negative_predicates
    preds = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")]
    preds += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
              for p in c.children if p.dep_ == "pobj"]
    # "called the agreement null and void": the parser may hang the predicate on the object
    preds += [c for d in verb.children if d.dep_ == "dobj" for c in d.children
              if c.dep_ in ("amod", "appos", "acl") and c.i > d.i]
    return any(t.lemma_.lower() in words or t.lower_ in words for p in preds for t in p.subtree)


def _thing_named_before(it: Token) -> Ref | None:
    """The initiative an "it" stands for: the last mention before it in the sentence,
    when that is an initiative named as an object."""
    for t in reversed(it.doc[it.sent.start:it.i]):
        r = ref(t)
        if r is not None:
            root = it.doc[r.start:r.end].root
            return r if r.kind == "Initiative" and root.dep_ in ("dobj", "pobj") else None
    return None


@rule("speech.labeling", gate=Gate(words=lambda ctx: ctx.lex.reporting.labeling_verbs))
def speech_labeling(verb: Token, ctx: RuleContext) -> list[Found]:
    """Labeling an actor, or its act, with a negative word criticizes it ("dubbed the Israeli
    action a crime", "named the PKK as terrorists"); an initiative so labeled is opposed."""
    if verb.lemma_.lower() not in ctx.lex.reporting.labeling_verbs or not asserted(verb):
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or not _labeled_negatively(ctx, verb):
        return []
    subjects = subject_refs(verb)
    out: list[Found] = []
    for obj in objects:
        for c in conjuncts(obj):
            targets, _ = target_refs(c)
            if c.lower_ == "it" and (thing := _thing_named_before(c)) is not None:
                targets = [thing]  # "commented on the agreement, calling it void"
            for s in subjects:
                for t in targets:
                    if t.kind in ctx.agents:
                        out.append(Found(s, "criticizes", t, verb.i, 0.6))
                    elif t.kind == "Initiative":
                        out.append(Found(s, "opposes", t, verb.i, 0.6))
    return out



def _source(pobj: Token) -> list[Ref]:
    """Who a source phrase names: "X", "a tweet by X", "X's statement"."""
    found, _ = target_refs(pobj)
    if found:
        return found
    return [r for c in pobj.children if c.dep_ == "prep" and c.lower_ == "by"
            for p in c.children if p.dep_ == "pobj" for r in target_refs(p)[0]]


@rule("speech.according_to", gate=Gate(words=lambda ctx: ("according",)))
def speech_according_to(tok: Token, ctx: RuleContext) -> list[Found]:
    """A clause said to be "according to X" is X's claim: its negative predicate
    criticizes the clause's subject ("The airline transports weapons, according to X")."""
    if tok.lower_ != "according" or tok.dep_ != "prep":
        return []
    speakers = [r for to in tok.children if to.lower_ == "to" for p in to.children
                if p.dep_ == "pobj" for r in _source(p)]
    speakers = [r for r in speakers if r.kind in ctx.agents]
    clause = tok.head
    if not speakers or clause.pos_ not in ("VERB", "AUX") or not asserted(clause):
        return []
    if not _negative(ctx, clause):
        return []
    subjects = [r for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                for c in conjuncts(s) for r in target_refs(c)[0]]
    return [Found(sp, "criticizes", cs, tok.i, 0.6) for sp in speakers for cs in subjects
            if cs.kind in (*ctx.agents, "Initiative") and cs.key != sp.key]
