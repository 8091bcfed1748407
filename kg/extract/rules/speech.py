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
from kg.extract.rules import Found, RuleContext, asserted, rule
from kg.extract.syntax import conjuncts, is_negated, speaker_of, subject_refs, target_refs

__all__ = ["speech_reported"]


def _reported(ctx: RuleContext, sent: Span, found: list[Found]) -> list[Found]:
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
        # "voiced concern that Beijing could ...": the worry's clause
        worry = [n for n in verb.children if n.dep_ == "dobj"
                 and n.lower_ in criticizes.speech_nouns]
        clauses += [c for n in worry for c in n.children if c.dep_ in ("acl", "ccomp")
                    and any(m.lower_ == "that" for m in c.children)]
        # "X ..., Beijing has warned": the report is the head clause.
        if verb.dep_ in ("parataxis", "ccomp") and not clauses and verb.head.pos_ in (
                "VERB", "AUX"):
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
            # "NATO must consider ...": the speaker urges.
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

def _negative(ctx: RuleContext, clause: Token) -> bool:
    for tok in clause.subtree:
        if tok.lemma_.lower() in ctx.lex.reporting.negative and tok.pos_ == "VERB":
            if tok.lemma_.lower() == "pose" and not any(
                    c.lemma_.lower() in ctx.lex.reporting.negative_objects for c in tok.children):
                continue
            return True
    return False


@rule("speech.reported", scope="sentence")
def speech_reported(sent: Span, found: list[Found], ctx: RuleContext) -> list[Found]:
    """Claims of a reported clause made the speaker's."""
    return _reported(ctx, sent, found)
