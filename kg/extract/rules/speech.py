"""Reported speech: what a speaker claims is the speaker's.

Constructions: a reporting verb whose clause holds a negative predicate
("warned that NATO's expansion will undermine peace": the speaker
criticizes the clause's subject); a worry with a "that" clause ("voiced
concern that X could ..."); a head clause reported after the fact ("X ...,
Beijing has warned"); "must", "should" or "needs to" in the reported clause
(``urges``); a spokesperson, or a speaker talking of "the country", sharing the
act of the state or body they speak for; pointing to an actor's act named with a
negative word ("pointed to X's destructive policy"); "the need for X to ...";
blame "according to" a source; a quote standing alone after its report; an act said
to be bad blamed on whoever did it ("said the sanctions imposed by X were illegal"); a
free relative "what X called Y" as the object of criticism or opposition ("slammed what
it called Y's provocations"); a demand in the bare form ("insisted that Y withdraw", "X's
demand that Y release ...").
"""

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.mentions import Ref
from kg.extract.rules import Found, Gate, RuleContext, asserted, rule
from kg.extract.rules.verbs import pairs
from kg.extract.syntax import (
    act_nouns,
    agent_refs,
    conjuncts,
    is_future_aux,
    is_future_nominal,
    is_hypothetical,
    is_negated,
    is_passive,
    outer_noun,
    participle_agents,
    ref,
    speaker_of,
    subject_refs,
    target_refs,
)

__all__ = ["speech_according_blamed", "speech_according_to", "speech_call_for",
           "speech_call_for_renewed", "speech_handed_demand", "speech_impersonal",
           "speech_labeling", "speech_mandative", "speech_need_for", "speech_need_of",
           "speech_pointed_to", "speech_assessment", "speech_hope", "speech_praise",
           "speech_until_yields", "speech_quote_after", "speech_quote_continued", "speech_reported",
           "speech_what_called", "speech_wrote_asking"]


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
        # a "that" clause that the parser hangs on the text the report was made in:
        # "X said in a statement (on Monday) that Y ...", "wrote in a letter that ..."
        if not any(c.dep_ == "ccomp" for c in verb.children):
            clauses += _clause_in_text(ctx, verb)
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
            negative = lemma in criticizes.speech or worried or _negative(ctx, clause)
            said, clause_subjects = _said(ctx, speakers, clause, verb, negative, affiliations)
            out.extend(said)
            if negative and not clause_subjects and not is_negated(clause):
                out.extend(_said_of(ctx, speakers, clause, verb, affiliations))
            # A spokesperson shares the acts of the state or body they speak for,
            # and so does a speaker who says what "the country" does.
            speaker = speaker_of(verb)
            if speaker is None:
                continue
            own = set(affiliations.get(speaker.key, []))
            spokes = speaker.key in (doc._.kg_spokespersons or ())
            for f in found:
                # (a stance, not an armed act or a measure: the spokesperson of a state
                # that struck or sanctioned Y did neither)
                if f.trigger in subtree and f.subject.key in own and f.relation not in (
                        "attacks", "sanctions") and (
                        spokes or any(r.how == "coref" and r.key == f.subject.key
                                      for r in clause_subjects)):
                    out.append(Found(speaker, f.relation, f.object, f.trigger,
                                      f.confidence, "speech.speaker_shares"))
    return out


def _clause_in_text(ctx: RuleContext, verb: Token) -> list[Token]:
    """The "that" clause of a report made "in a statement" (or a letter, a post) that the
    parser hangs on the text noun, or on a noun after it ("in a statement on Monday that
    ..."), instead of on the reporting verb."""
    texts = ctx.lex.reporting.statement_nouns
    out: list[Token] = []
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ != "in":
            continue
        for n in p.children:
            if n.dep_ != "pobj" or n.lower_ not in texts:
                continue
            out += [c for t in n.subtree if t.pos_ in ("NOUN", "PROPN")
                    for c in t.children if c.dep_ in ("acl", "ccomp", "relcl")
                    and c.pos_ in ("VERB", "AUX")
                    # a "that" that marks a clause, not a relative pronoun ("a statement
                    # that was issued")
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return out


def _said_of(ctx: RuleContext, speakers: list[Ref], clause: Token, verb: Token,
             affiliations: dict[str, list[str]]) -> list[Found]:
    """A negative clause about "this" or "it" (or "such actions"), said "of" an actor's act
    or "referring to" it, criticizes the actor: '"This is an act of aggression," X said of
    the DEMONYM strike', '"Such actions are unacceptable," X said, referring to Y's
    decision'."""
    if not any(s.dep_ == "nsubj" and ((s.pos_ == "PRON" and s.lower_ in ("this", "that", "it"))
                                      or any(d.dep_ in ("det", "amod") and d.lower_ in (
                                          "this", "that", "these", "those", "such")
                                             for d in s.children))
               for s in clause.children):
        return []
    heads = [verb, *(a for a in verb.children if a.dep_ == "advcl" and a.tag_ == "VBG"
                     and a.lemma_.lower() in ctx.lex.reporting.referring_verbs)]
    owners = [r for h in heads for p in h.children if p.dep_ == "prep"
              and p.lower_ == ("of" if h.i == verb.i else "to")
              for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
              for r in target_refs(c)[0] if r.kind in ctx.agents]
    return [Found(sp, "criticizes", r, verb.i, 0.6, "speech.said_of") for r in owners
            for sp in speakers if r.key != sp.key and r.key not in affiliations.get(sp.key, [])]


def _said(ctx: RuleContext, speakers: list[Ref], clause: Token, verb: Token, negative: bool,
          affiliations: dict[str, list[str]]) -> tuple[list[Found], list[Ref]]:
    """What a speaker's reported clause makes of the speaker, and the clause's subjects:
    a negative clause criticizes its subject, a negative noun blames its owner, "must" or
    "should" urges the subject."""
    out: list[Found] = []
    clause_subjects: list[Ref] = []
    for s in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
        for c in conjuncts(s):
            clause_subjects.extend(target_refs(c)[0])
    if negative and not is_negated(clause):
        victims = _victims(ctx, clause)
        for sp in speakers:
            for cs in clause_subjects:
                if cs.key in victims:
                    continue  # "X's murder is unacceptable": X suffered it
                if cs.kind in ctx.agents and cs.key not in affiliations.get(sp.key, []):
                    out.append(Found(sp, "criticizes", cs, verb.i, 0.6, "speech.criticizes"))
                elif cs.kind == "Initiative":
                    # an initiative said to be bad is opposed ("said the agreement is
                    # null and void"), as one labeled so is (speech.labeling)
                    out.append(Found(sp, "opposes", cs, verb.i, 0.6, "speech.opposes"))
        # an act said to be bad is its doer's: "said the sanctions imposed by X were
        # illegal", "said the DEMONYM drone strikes were a violation of its sovereignty"
        if not clause_subjects:
            out.extend(Found(sp, "criticizes", d, verb.i, 0.6, "speech.act_doer")
                       for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                       for d in _act_doers(ctx, s) for sp in speakers
                       if d.key != sp.key and d.key not in affiliations.get(sp.key, []))
    # an actor's act named with a negative noun in what is said ("ORG said ...
    # to stop [the DEMONYM] aggression"): the speaker criticizes the actor
    if not is_negated(clause):
        for owner in _blamed(ctx, clause):
            for sp in speakers:
                if owner.key != sp.key and owner.key not in affiliations.get(sp.key, []):
                    out.append(Found(sp, "criticizes", owner, verb.i, 0.6, "speech.blamed"))
    # "must" in the reported clause ("X must consider ..."): the speaker urges.
    if any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children):
        for sp in speakers:
            for cs in clause_subjects:
                if cs.key not in affiliations.get(sp.key, []):
                    out.append(Found(sp, "urges", cs, verb.i, 0.6, "speech.urges"))
    # other words of obligation ("X should ...", "X needs to ..."): the speaker urges
    # another actor (not itself: "we should ...")
    elif _obliged(ctx, clause):
        kinds = ctx.kinds("urges")
        # the active subject only ("X should be opened up" urges no X)
        active = {r.key for s in clause.children if s.dep_ == "nsubj"
                  for c in conjuncts(s) for r in target_refs(c)[0]}
        out.extend(Found(sp, "urges", cs, verb.i, 0.6, "speech.obliged")
                   for sp in speakers for cs in clause_subjects
                   if cs.kind in kinds and cs.key != sp.key and cs.key in active
                   and cs.key not in affiliations.get(sp.key, [])
                   and sp.key not in affiliations.get(cs.key, []))
    # "said it was time for Y to act": the speaker urges Y
    if clause.lemma_ == "be" and not is_negated(clause) and not is_hypothetical(clause):
        kinds = ctx.kinds("urges")
        out.extend(Found(sp, "urges", r, verb.i, 0.6, "speech.obliged")
                   for a in clause.children if a.dep_ == "attr"
                   and a.lower_ in ctx.lex.reporting.moment_nouns
                   for c in a.children if c.dep_ in ("relcl", "acl")
                   and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                   for s in c.children if s.dep_ == "nsubj" for d in conjuncts(s)
                   for r in target_refs(d)[0] for sp in speakers
                   if r.kind in kinds and r.key != sp.key
                   and r.key not in affiliations.get(sp.key, []))
    return out, clause_subjects


def _victims(ctx: RuleContext, clause: Token) -> set[str]:
    """The actors a clause's subject names as the victims of a harm they suffered: the
    possessor or "of" phrase of a noun of harm suffered ("X's murder is unacceptable", "the
    killing of X was a crime"; not the doer after "by")."""
    words = ctx.lex.reporting.suffered_nouns
    out: set[str] = set()
    for s in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
        for noun in conjuncts(s):
            if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in words
                                       and noun.lower_ not in words):
                continue
            of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
            # (a possessor beside an "of" victim is the doer: "X's killing of Y"; so is a
            # state or organization: "X's arrest of journalists")
            held = [c for c in noun.children if c.dep_ == "poss" and not of and not any(
                (r := ref(t)) is not None and r.kind in ("State", "Organization", "Body")
                for t in c.subtree)] + of
            out |= {r.key for h in held for c in conjuncts(h) for t in c.subtree
                    if (r := ref(t)) is not None}
    return out


def _bad_manner(ctx: RuleContext, clause: Token) -> bool:
    """Whether the clause's act (or the act its subject is said to choose or try, down
    its "to" complements) is done in a manner judged bad: "X treats the rule of law with
    utter contempt", "X chose to suppress protests in an unlawful way", "X entered the
    waters illegally" (not a passive, whose subject suffers it)."""
    rep = ctx.lex.reporting
    words = rep.negative_predicates
    verb: Token | None = clause
    for _ in range(3):
        if verb is None or is_passive(verb):
            return False
        if any(c.dep_ == "advmod" and c.lower_ in rep.negative_adverbs for c in verb.children):
            return True
        holders = [verb, *(d for d in verb.children if d.dep_ == "dobj")]
        for p in (p for h in holders for p in h.children if p.dep_ == "prep"):
            for o in (o for o in p.children if o.dep_ == "pobj"):
                if p.lower_ == "with" and o.lemma_.lower() in rep.contempt_nouns:
                    return True
                if p.lower_ == "in" and o.lemma_.lower() in rep.manner_nouns and any(
                        a.dep_ == "amod" and (a.lower_ in words or a.lemma_.lower() in words)
                        for a in o.children):
                    return True
        verb = next((x for x in verb.children if x.dep_ == "xcomp" and x.pos_ == "VERB"),
                    None)
    return False


def _act_doers(ctx: RuleContext, noun: Token) -> list[Ref]:
    """The doers of an act that a subject noun names without being an actor: the demonym
    or owner of a modifier ("the DEMONYM drone strikes"), or the agent of a participle on
    it ("the sanctions imposed by X", "the raid carried out by X forces")."""
    if noun.pos_ != "NOUN" or ref(noun) is not None:
        return []
    found = [r for m in noun.children if m.dep_ == "compound"
             for c in m.children if c.dep_ in ("amod", "poss", "compound", "nmod")
             for r in agent_refs(c)]
    found += [r for part in noun.children if part.dep_ == "acl" and part.tag_ == "VBN"
              for r in participle_agents(part)]
    return list({r.key: r for r in found if r.kind in ctx.agents}.values())


def _obliged(ctx: RuleContext, clause: Token) -> bool:
    """Whether a reported clause says its subject ought to act: "X should withdraw", "X
    needs to stop", "X has to leave" (a word of obligation, not a plain "have", nor the
    past "had to")."""
    rep = ctx.lex.reporting
    modality = ctx.lex.modality
    if any((c.dep_ == "aux" and c.lower_ in modality.hypothetical_aux
            and c.lower_ not in rep.obligation_aux)
           or (c.dep_ == "mark" and c.lower_ in modality.hypothetical_marks)
           for c in clause.children):
        return False  # "X would need to ...", "if X should ..."
    if any(t.lower_ == "we" for t in clause.subtree) or any(
            g.lower_ == "our" for s in clause.children if s.dep_ == "nsubj" for g in s.children):
        return False  # the speaker's own side: "NATO needs to make sure we have friends"
    if any(c.dep_ == "aux" and c.lower_ in rep.obligation_aux for c in clause.children):
        return True
    if clause.lemma_ == "have" and clause.tag_ not in ("VBZ", "VBP"):
        return False  # "had to" tells as often what one was forced to do
    return clause.lemma_.lower() in rep.obligation_verbs and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not (c.lemma_ == "do" and any(p.lower_ == "with" for p in c.children))
        for c in clause.children)


def _blamed(ctx: RuleContext, clause: Token) -> list[Ref]:
    """The actors whose act a clause names with a negative noun: "X's aggression",
    "the DEMONYM provocations" (not the victim, "a violation of X's rights", nor one who
    sees it, "perceived as a threat by X"), or a noun of doings with a negative modifier:
    "X's aggressive actions", "the destabilising activity of X", "irresponsible
    statements by X officials"."""
    rep = ctx.lex.reporting
    words = rep.negative_predicates
    found: list[Ref] = []
    for tok in clause.subtree:
        if tok.pos_ != "NOUN":
            continue
        negative = tok.lemma_.lower() in words or tok.lower_ in words
        act = not negative and tok.lower_ in rep.act_nouns and any(
            c.dep_ == "amod" and (c.lower_ in words or c.lemma_.lower() in words)
            for c in tok.children)
        if not negative and not act:
            continue
        if ref(tok) is not None or is_negated(tok) or is_future_nominal(tok):
            continue  # nor "possible DEMONYM interference"
        # "X's", "DEMONYM", or "the DEMONYM government's"; or those of a noun of doings
        # that it fills with "of": "X's policy of discrimination"
        doings = [tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.lower_ in rep.act_nouns) else []
        owners = [r for t in (tok, *doings) for c in t.children
                  if c.dep_ in ("poss", "amod", "compound", "nmod") for r in agent_refs(c)]
        # the doer after "by" ("statements by X officials"), or after "of" on a noun of
        # doings ("the activity of X"; not "a violation of X", whose "of" is the victim);
        # not one who sees it ("perceived as a threat by X")
        # (the doer of an act a copula names: "this is a reckless decision by X")
        predicate = tok.dep_ == "oprd" or (tok.dep_ == "attr" and tok.head.lemma_ != "be") or (
            tok.dep_ == "pobj" and tok.head.lower_ == "as")
        owners += [r for p in tok.children if p.dep_ in ("prep", "agent")
                   and ((p.lower_ == "by" and not predicate) or (act and p.lower_ == "of"))
                   for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                   for r in agent_refs(c)]
        # the agent of a participle on it, or on its "of" phrase, where the parser may hang
        # it: "the genocide perpetrated by X", "the genocide of people of Z perpetrated by
        # X", "crimes committed by X forces"
        heads = [tok]
        for _ in range(2):
            heads += [o for h in heads[-1:] for p in h.children if p.dep_ == "prep"
                      and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"][:1]
        owners += [r for h in heads for part in h.children if part.dep_ == "acl"
                   and part.tag_ == "VBN" and part.lemma_.lower() in rep.perpetrating_verbs
                   for a in part.children if a.dep_ == "agent"
                   for o in a.children if o.dep_ == "pobj" for c in conjuncts(o)
                   for r in agent_refs(c)]
        for r in owners:
            if r.kind in ctx.agents and all(f.key != r.key for f in found):
                found.append(r)
    return found


def _negative(ctx: RuleContext, clause: Token) -> bool:
    """A clause that says something bad of its subject: a negative verb ("threatens",
    "undermines") or a negative predicate ("is a war criminal", "was illegal")."""
    rep = ctx.lex.reporting
    for tok in clause.subtree:
        if tok.lemma_.lower() in rep.negative and tok.pos_ == "VERB":
            if tok.lemma_.lower() in rep.light_negative_verbs and not any(
                    c.lemma_.lower() in rep.negative_objects and _borne(ctx, c)
                    for c in tok.children):
                continue
            if tok.lemma_.lower() in rep.untruth_verbs and not _untruth(tok, ctx):
                continue
            return True
    if _refuses_duty(ctx, clause):
        return True
    # "X is waging an unprovoked war", "pursues a reckless policy": the clause's own act
    # named with a negative word (not one it judges: "X condemned the illegal annexation")
    judging = {w for rel in ("criticizes", "opposes", "supports")
               for w in ctx.lex.relations[rel].verbs}
    if clause.lemma_.lower() not in judging | rep.verbs | rep.undergoing_verbs and any(
            d.dep_ == "dobj" and any(a.dep_ == "amod" and a.lower_ in rep.negative_predicates
                                     for a in d.children) for d in clause.children):
        return True
    # "X is behaving like a bully", "acts as a puppet of Z": conduct judged by a comparison
    if clause.lemma_.lower() in rep.behaving_verbs and any(
            p.dep_ == "prep" and p.lower_ in ("like", "as") and any(
                t.lemma_.lower() in rep.negative_predicates or t.lower_ in rep.negative_predicates
                for o in p.children if o.dep_ == "pobj" for t in o.subtree)
            for p in clause.children):
        return True
    # "treats X with contempt", "in an unlawful way", "entered illegally"
    if _bad_manner(ctx, clause):
        return True
    # "X acted in violation of the agreements", "in breach of international law"
    if any(p.dep_ == "prep" and p.lower_ == "in" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in rep.negative_predicates
            for o in p.children) for p in clause.children):
        return True
    return _evaluated(ctx, clause)


def _borne(ctx: RuleContext, obj: Token) -> bool:
    """Whether a light verb's negative object is borne: not "no threat", and a burden of
    blame only for something ("bears responsibility for the crisis"; not "bears a special
    responsibility to keep the peace")."""
    if is_negated(obj) or any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return False
    return obj.lemma_.lower() not in ctx.lex.constructions.responsibility_nouns or any(
        p.dep_ == "prep" and p.lower_ == "for" for p in obj.children)


def _refuses_duty(ctx: RuleContext, clause: Token) -> bool:
    """Whether a clause says its subject refuses or fails to do an act with an object: "Y
    refused to fulfil its obligations", "Y continues to refuse to implement the
    agreements", "Y had failed to defend them" (not "declined to comment", nor "refused to
    say whether ...")."""
    rep = ctx.lex.reporting
    cur = clause
    for _ in range(3):
        if cur.lemma_.lower() in rep.refusing_verbs and cur.pos_ == "VERB":
            failing = cur.lemma_.lower() in rep.failing_verbs
            return any(x.dep_ == "xcomp" and x.lemma_.lower() not in rep.verbs and any(
                o.dep_ in ("dobj", "prep") for o in x.children)
                and (not failing or _duty(ctx, x)) for x in cur.children)
        cur = next((x for x in cur.children if x.dep_ == "xcomp"), cur)
    return False


def _duty(ctx: RuleContext, act: Token) -> bool:
    """Whether an act is a duty kept or broken: a verb of keeping ("implement", "honour")
    or an obligation or initiative as its object ("fulfil its obligations")."""
    cons = ctx.lex.constructions
    if act.lemma_.lower() in cons.keeping_verbs or act.lemma_.lower() in (
            ctx.lex.modality.refused_verbs):
        return True
    return any(o.dep_ == "dobj" and (o.lemma_.lower() in cons.obligation_nouns or (
        (r := ref(o)) is not None and r.kind == "Initiative")) for o in act.children)


def _untruth(verb: Token, ctx: RuleContext) -> bool:
    """Whether a verb of lying tells an untruth ("X lied about Y", "X is lying", "lied to
    the public"), not where something lies ("the answer lies in talks", "lies ahead") nor
    the past of lying down, which the tagger gives the same lemma ("lay down their arms")."""
    if verb.lower_ in ctx.lex.reporting.untruth_false_forms or any(
            c.dep_ in ("prt", "dobj", "advmod") for c in verb.children):
        return False
    preps = [c.lower_ for c in verb.children if c.dep_ == "prep"]
    return any(p in ("about", "to") for p in preps) or (not preps and verb.tag_ == "VBG")


def _evaluated(ctx: RuleContext, head: Token) -> bool:
    """Whether the predicate of a copular clause (or a labeling verb's complement) holds a
    negative word: "X is a war criminal", "X was illegal", "called X a crime"."""
    rep = ctx.lex.reporting
    words = rep.negative_predicates
    for pred in (c for c in head.children if c.dep_ in ("attr", "acomp", "oprd")):
        if any(t.lemma_.lower() in words or t.lower_ in words for t in pred.subtree):
            return True
        if pred.lower_ in rep.culpable_adjectives and _culpable_for(ctx, pred):
            return True
    # "X was behind the attack": the author of a harmful act
    harm = rep.harm_nouns | act_nouns()
    return head.lemma_ == "be" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in harm or o.lower_ in harm)
        for p in head.children if p.dep_ == "prep" and p.lower_ == "behind"
        for c in p.children for o in conjuncts(c))


def _culpable_for(ctx: RuleContext, adj: Token) -> bool:
    """Whether a word of blame names a harmful act: "responsible for the attack", "guilty
    of the killings" (not "responsible for security")."""
    harm = ctx.lex.reporting.harm_nouns | act_nouns()
    return any(o.dep_ == "pobj" and (o.lemma_.lower() in harm or o.lower_ in harm)
               for p in adj.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
               for c in p.children for o in conjuncts(c))


def _labeled_negatively(ctx: RuleContext, verb: Token) -> bool:
    words = ctx.lex.reporting.negative_predicates
    preds = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")
             or (c.dep_ == "dobj" and verb.pos_ == "NOUN")
             # "held X responsible for ...": the parser may take the predicate for a clause
             or (c.dep_ == "advcl" and c.pos_ == "ADJ")]
    preds += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
              for p in c.children if p.dep_ in ("pobj", "amod", "acomp")]
    # "described X's claims about Y as lies": the parser may hang "as" inside the object
    preds += [p for d in verb.children if d.dep_ == "dobj" for t in d.subtree
              if t.dep_ == "prep" and t.lower_ == "as" and t.i > d.i
              for p in t.children if p.dep_ in ("pobj", "amod", "acomp")]
    # "called the agreement null and void", "called X's launch a provocation": the parser
    # may hang the predicate on the object
    preds += [c for d in verb.children if d.dep_ == "dobj" for c in d.children
              if c.dep_ in ("amod", "appos", "acl", "dobj") and c.i > d.i]
    if any(t.lemma_.lower() in words or t.lower_ in words for p in preds for t in p.subtree):
        return True
    return any(_culpable(ctx, p) for p in preds)


def _object_and_label(verb: Token) -> tuple[Token, Token] | None:
    """The object and the label of a labeling verb that the parser read with no direct
    object: both as predicates ("called [X's claims] [baseless]"), the label as the object's
    own object ("called [the DEMONYM move] [a violation]"), the object as a dative
    ("branded [X] [a terrorist state]"), or both as objects ("labelled [X] [a threat]")."""
    dobjs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(dobjs) == 2 and dobjs[0].pos_ in ("NOUN", "PROPN") and dobjs[1].pos_ == "NOUN":
        return dobjs[0], dobjs[1]
    oprds = [c for c in verb.children if c.dep_ == "oprd"]
    if any(c.dep_ == "dobj" for c in verb.children):
        oprds = []  # a true object: the label is found as a predicate of the verb
    if len(oprds) >= 2 and oprds[0].pos_ in ("NOUN", "PROPN"):
        return oprds[0], oprds[1]
    for o in oprds:
        if o.pos_ in ("NOUN", "PROPN") and (
                label := next((c for c in o.children if c.dep_ in ("dobj", "attr")
                               and c.i > o.i), None)) is not None:
            return o, label
    dative = next((c for c in verb.children if c.dep_ == "dative"
                   and c.pos_ in ("NOUN", "PROPN")), None)
    label = next((c for c in verb.children if c.dep_ in ("dobj", "oprd")), None)
    if dative is not None and label is not None and label.i > dative.i:
        return dative, label
    return None


def _label_doers(ctx: RuleContext, verb: Token) -> list[Ref]:
    """The doers that a negative label names after "by": "called the drills a provocation
    by X", "described the sanctions as aggression by X" (not a passive's labeler: "was
    called a threat by X")."""
    if is_passive(verb):
        return []
    words = ctx.lex.reporting.negative_predicates
    dobjs = [c for c in verb.children if c.dep_ == "dobj"]
    labels = [c for c in verb.children if c.dep_ in ("oprd", "attr")] + dobjs[1:]
    labels += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
               for p in c.children if p.dep_ == "pobj"]
    found = [r for lab in labels if lab.pos_ == "NOUN" and (
                 lab.lemma_.lower() in words or lab.lower_ in words)
             for p in lab.children if p.dep_ == "prep" and p.lower_ == "by"
             for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
             for r in agent_refs(c) if r.kind in ctx.agents]
    return list({r.key: r for r in found}.values())


def _negative_label(ctx: RuleContext, label: Token) -> bool:
    """Whether a label holds a negative word ("a terrorist state", "baseless"), or blames
    ("responsible for the attack")."""
    words = ctx.lex.reporting.negative_predicates
    return any(t.lemma_.lower() in words or t.lower_ in words for t in label.subtree) or (
        label.lower_ in ctx.lex.reporting.culpable_adjectives and _culpable_for(ctx, label))


def _culpable(ctx: RuleContext, pred: Token) -> bool:
    """A word of blame as a labeling verb's predicate itself (not "a responsible partner"),
    bare or naming a harmful act: "held X responsible", "holds X responsible for the attack"
    (not "responsible for security")."""
    return (pred.dep_ in ("oprd", "xcomp", "acomp", "ccomp")
            or (pred.dep_ == "advcl" and pred.pos_ == "ADJ")) and (
        pred.lower_ in ctx.lex.reporting.culpable_adjectives) and (
        _culpable_for(ctx, pred) or not any(c.dep_ == "prep" for c in pred.children))


def _labeled_act_head(verb: Token) -> Token | None:
    """The verb whose object a labeling participle's "it" stands for: the clause it hangs
    on ("condemned X, calling it ..."), or the one its "with" phrase hangs on ("condemned
    X, with Y calling it ...")."""
    if verb.dep_ == "advcl":
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and (
            verb.head.head.pos_ in ("VERB", "AUX")):
        return verb.head.head
    return None


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
    # the parser may take "called [X's move] [a provocation]" for a clause whose object is
    # the label
    misparsed = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"
                 and not objects and not any(g.dep_ in ("nsubj", "mark", "aux")
                                             for g in c.children)
                 and any(d.dep_ in ("dobj", "attr", "oprd") and _labeled_negatively(ctx, c)
                         for d in c.children)]
    # "holds [X responsible]": the parser may take the object and its predicate for a
    # small clause
    culprits = [g for c in verb.children if c.dep_ == "ccomp" and _culpable(ctx, c)
                for g in c.children if g.dep_ == "nsubj"]
    split = _object_and_label(verb) if not misparsed else None
    if misparsed:
        objects = misparsed
    elif culprits and not objects:
        objects = culprits
    elif split is not None and _negative_label(ctx, split[1]):
        objects = [split[0]]
    elif not objects or not _labeled_negatively(ctx, verb):
        objects = []
    doers = _label_doers(ctx, verb)
    if not objects and not doers:
        return []
    subjects = subject_refs(verb)
    affiliations: dict[str, list[str]] = verb.doc._.kg_affiliations or {}
    out: list[Found] = [Found(s, "criticizes", d, verb.i, 0.6) for s in subjects for d in doers
                        if d.key != s.key and d.key not in affiliations.get(s.key, [])]
    for obj in objects:
        for c in conjuncts(obj):
            targets, _ = target_refs(c)
            if c.lower_ == "it" and (thing := _thing_named_before(c)) is not None:
                targets = [thing]  # "commented on the agreement, calling it void"
            elif c.lower_ == "it" and (head := _labeled_act_head(verb)) is not None and (
                    said := [d for d in head.children if d.dep_ == "dobj"]):
                # "slammed the decision, calling it hostile", "condemned the bombing, with
                # its spokesman calling it a crime": "it" is what the head verb acts on,
                # and the owner of that is labeled
                targets = [r for d in said for r in target_refs(d)[0]]
            for s in subjects:
                for t in targets:
                    if t.key == s.key or t.key in affiliations.get(s.key, []):
                        continue
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


def _according(tok: Token, ctx: RuleContext) -> tuple[list[Ref], Token | None]:
    """The sources of "according to X" and the asserted clause it qualifies (None when
    ``tok`` is no such phrase, names no actor or qualifies no stated act)."""
    if tok.lower_ != "according" or tok.dep_ != "prep":
        return [], None
    speakers = [r for to in tok.children if to.lower_ == "to" for p in to.children
                if p.dep_ == "pobj" for r in _source(p) if r.kind in ctx.agents]
    clause = tok.head
    if not speakers or clause.pos_ not in ("VERB", "AUX") or not asserted(clause):
        return [], None
    rep = ctx.lex.reporting
    judging = {w for rel in ("criticizes", "opposes", "supports", "urges")
               for w in ctx.lex.relations[rel].verbs}
    if clause.lemma_.lower() in rep.verbs | rep.labeling_verbs | judging and any(
            s.dep_ == "nsubj" for s in clause.children):
        # "Y called X's act a crime, according to S", "according to S, Y warned that ...":
        # the clause reports Y's own words; S only relays them
        return [], None
    return speakers, clause


@rule("speech.according_to", gate=Gate(words=lambda ctx: ("according",)))
def speech_according_to(tok: Token, ctx: RuleContext) -> list[Found]:
    """A clause said to be "according to X" is X's claim: its negative predicate
    criticizes the clause's subject ("The airline transports weapons, according to X")."""
    speakers, clause = _according(tok, ctx)
    if clause is None or not _negative(ctx, clause):
        return []
    subjects = [r for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                for c in conjuncts(s) for r in target_refs(c)[0]]
    out = [Found(sp, "criticizes", cs, tok.i, 0.6) for sp in speakers for cs in subjects
           if cs.kind in (*ctx.agents, "Initiative") and cs.key != sp.key]
    return out


@rule("speech.according_blamed", gate=Gate(words=lambda ctx: ("according",)))
def speech_according_blamed(tok: Token, ctx: RuleContext) -> list[Found]:
    """An actor's act named with a negative word in a clause "according to X" is blamed on
    the actor by X ("..., supporting the DEMONYM regime's destructive ambitions, according
    to X")."""
    speakers, clause = _according(tok, ctx)
    if clause is None:
        return []
    return [Found(sp, "criticizes", owner, tok.i, 0.6) for owner in _blamed(ctx, clause)
            for sp in speakers if owner.key != sp.key]


@rule("speech.pointed_to", gate=Gate(words=lambda ctx: ctx.lex.reporting.pointing_verbs))
def speech_pointed_to(verb: Token, ctx: RuleContext) -> list[Found]:
    """Pointing to an actor's act named with a negative word blames the actor: "X pointed
    to Y's destructive policy", "X cited the DEMONYM government's repression", "X noted
    the provocative activities of Y"."""
    rep = ctx.lex.reporting
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in rep.pointing_verbs:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "pointed to", "drew attention to": the object of "to"
    objects += [p for c in (verb, *objects) for pr in c.children
                if pr.dep_ == "prep" and pr.lower_ == "to"
                for p in pr.children if p.dep_ == "pobj"]
    if not objects or not asserted(verb):
        return []
    speakers = subject_refs(verb)
    if not speakers:
        return []
    affiliations: dict[str, list[str]] = verb.doc._.kg_affiliations or {}
    owners = {r.key: r for o in objects for r in _blamed(ctx, o)}
    return [Found(sp, "criticizes", r, verb.i, 0.6) for r in owners.values()
            for sp in speakers if r.key != sp.key and r.key not in affiliations.get(sp.key, [])]


@rule("speech.assessment", gate=Gate(words=lambda ctx: ctx.lex.reporting.assessment_nouns))
def speech_assessment(noun: Token, ctx: RuleContext) -> list[Found]:
    """A speaker's assessment of an actor's act named with a negative word blames the actor:
    "X gave his assessment of Y's aggressive actions", "X shared assessments of the
    destructive policy of Y"."""
    if noun.pos_ != "NOUN" or noun.lower_ not in ctx.lex.reporting.assessment_nouns:
        return []
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or not asserted(noun.head):
        return []
    judged = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "on")
              for o in p.children if o.dep_ == "pobj"]
    speakers = subject_refs(noun.head)
    affiliations: dict[str, list[str]] = noun.doc._.kg_affiliations or {}
    owners = {r.key: r for o in judged for c in conjuncts(o) for r in _blamed(ctx, c)}
    return [Found(sp, "criticizes", r, noun.i, 0.6) for r in owners.values()
            for sp in speakers if r.key != sp.key and r.key not in affiliations.get(sp.key, [])]


def _stressing(noun: Token, ctx: RuleContext) -> Token | None:
    """The asserted verb that stresses a noun of need or weight as its object ("stressed the
    need", "underlined the importance"), or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.lex.readouts.weight_nouns:
        return None
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    return verb if asserted(verb) and not is_negated(noun) else None


@rule("speech.need_for", gate=Gate(words=lambda ctx: ctx.lex.readouts.weight_nouns))
def speech_need_for(noun: Token, ctx: RuleContext) -> list[Found]:
    """Stressing the need for an actor to act urges it: "X stressed the need for Y to
    withdraw", "X underlined the importance for Y to ...". """
    verb = _stressing(noun, ctx)
    if verb is None:
        return []
    doers = [s for c in noun.children if c.dep_ in ("advcl", "acl", "relcl", "ccomp")
             and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
             for s in c.children if s.dep_ == "nsubj"]
    if not doers:
        return []
    kinds = ctx.kinds("urges")
    targets = [r for d in doers for c in conjuncts(d) if (r := ref(c)) is not None
               and r.kind in kinds]
    speakers = subject_refs(verb)
    affiliations: dict[str, list[str]] = noun.doc._.kg_affiliations or {}
    return [Found(sp, "urges", t, noun.i, 0.6) for sp in speakers for t in targets
            if t.key != sp.key and t.key not in affiliations.get(sp.key, [])]


@rule("speech.need_of", gate=Gate(words=lambda ctx: ctx.lex.readouts.weight_nouns))
def speech_need_of(noun: Token, ctx: RuleContext) -> list[Found]:
    """Stressing the need or importance of an actor's carrying out or ending something urges
    the actor: "X stressed the importance of Y's strict compliance with the agreements",
    "... of the complete fulfilment by Y of the package", "the need for Y's withdrawal"."""
    verb = _stressing(noun, ctx)
    if verb is None:
        return []
    acts_words = ctx.lex.readouts.implementing_words | ctx.lex.reporting.cessation_nouns
    acts = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in acts_words]
    if not acts:
        return []
    # the doer: the act's possessor, or "by" whom on the act (or, as parsed, on the noun)
    doers = [c for a in acts for c in a.children if c.dep_ == "poss"]
    doers += [o for h in (*acts, noun) for p in h.children if p.dep_ == "prep"
              and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    kinds = ctx.kinds("urges")
    targets = {r.key: r for d in doers for c in conjuncts(d) if (r := ref(c)) is not None
               and r.kind in kinds}
    speakers = subject_refs(verb)
    affiliations: dict[str, list[str]] = noun.doc._.kg_affiliations or {}
    return [Found(sp, "urges", t, noun.i, 0.6) for sp in speakers for t in targets.values()
            if t.key != sp.key and t.key not in affiliations.get(sp.key, [])]


@rule("speech.call_for", gate=Gate(words=lambda ctx: ctx.lex.relations["urges"].nouns))
def speech_call_for(noun: Token, ctx: RuleContext) -> list[Found]:
    """A call, appeal or demand for an actor to act urges it: "X's call for Y to withdraw",
    "X renewed its appeal for Y to return to talks", "a demand by X for Y to ..."."""
    nouns = ctx.lex.relations["urges"].nouns
    if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in nouns and noun.lower_ not in nouns):
        return []
    if is_negated(noun) or is_hypothetical(noun) or is_future_nominal(noun):
        return []
    doers = [s for c in noun.children if c.dep_ in ("acl", "relcl", "advcl", "ccomp")
             and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
             for s in c.children if s.dep_ == "nsubj"]
    # "call for Y to act" parsed with Y as the object of "for" and the infinitive hung on
    # Y, on the call or on the verb that makes the call
    hosts = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    for p in noun.children:
        if p.dep_ != "prep" or p.lower_ != "for":
            continue
        for o in p.children:
            if o.dep_ == "pobj" and o.pos_ == "PROPN" and any(
                    c.dep_ in ("acl", "advcl", "relcl", "xcomp") and c.i > o.i
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                    for h in (o, *hosts) for c in h.children):
                doers.append(o)
    if not doers:
        return []
    # the caller: the call's possessor or demonym ("X's call", "the DEMONYM call"), one
    # "by"/"from" whom, or the subject of the verb that makes it ("X issued a call")
    callers = [r for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")
               and (r := ref(c)) is not None and r.kind in ctx.agents]
    callers += [r for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                if (r := ref(c)) is not None and r.kind in ctx.agents]
    if not callers and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        if not asserted(noun.head):
            return []
        callers = subject_refs(noun.head)
    return _urged(callers, doers, noun, ctx)


def _urged(callers: list[Ref], doers: list[Token], noun: Token, ctx: RuleContext
           ) -> list[Found]:
    """Each caller urges each actor named as a doer of the "for Y to act" clause, but not
    whom the caller acts for."""
    kinds = ctx.kinds("urges")
    targets = [r for d in doers for c in conjuncts(d) if (r := ref(c)) is not None
               and r.kind in kinds]
    affiliations: dict[str, list[str]] = noun.doc._.kg_affiliations or {}
    return [Found(sp, "urges", t, noun.i, 0.6) for sp in callers for t in targets
            if t.key != sp.key and t.key not in affiliations.get(sp.key, [])]


def _urging_noun(noun: Token, ctx: RuleContext) -> bool:
    """Whether ``noun`` is a call, appeal, demand or ultimatum ([urges.nouns]) that is
    asserted."""
    nouns = ctx.lex.relations["urges"].nouns
    if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in nouns and noun.lower_ not in nouns):
        return False
    return not (is_negated(noun) or is_hypothetical(noun) or is_future_nominal(noun))


@rule("speech.call_for_renewed", gate=Gate(words=lambda ctx: ctx.lex.relations["urges"].nouns))
def speech_call_for_renewed(noun: Token, ctx: RuleContext) -> list[Found]:
    """A call made by a verb, with the "for Y to act" clause hung on that verb: "X renewed
    his call for Y to halt the offensive", "X repeated its appeal for Y to withdraw" (X
    urges Y). The verb's subject is the caller, the clause's subject the one urged."""
    if noun.dep_ != "dobj" or not _urging_noun(noun, ctx):
        return []
    verb = noun.head
    if verb.pos_ != "VERB" or not asserted(verb) or is_future_aux(verb):
        return []
    doers = [s for c in verb.children if c.dep_ in ("advcl", "xcomp", "ccomp") and c.i > noun.i
             and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
             for s in c.children if s.dep_ == "nsubj"]
    if not doers:
        return []
    callers = subject_refs(verb)
    return _urged(callers, doers, noun, ctx)


@rule("speech.handed_demand", gate=Gate(words=lambda ctx: ctx.lex.relations["urges"].nouns))
def speech_handed_demand(noun: Token, ctx: RuleContext) -> list[Found]:
    """A demand, ultimatum or invitation handed to someone as the indirect object urges
    them: "X gave Y an ultimatum to ...", "X sent Y a list of demands", "X handed Y an
    invitation" (X urges Y)."""
    noun = outer_noun(noun)  # "a list of demands"
    if noun.dep_ != "dobj":
        return []
    head = noun.head
    if head.pos_ != "VERB" or not asserted(head) or is_future_aux(head):
        return []
    if not _urging_noun(noun, ctx) and not any(
            _urging_noun(o, ctx) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"):
        return []
    # the addressee: the verb's indirect object, or a first object before the demand
    addressees = [c for c in head.children if c.i < noun.i and (
        c.dep_ == "dative" or (c.dep_ == "dobj" and c.i != noun.i))]
    kinds = ctx.kinds("urges")
    targets = [r for a in addressees for c in conjuncts(a) for r in target_refs(c)[0]
               if r.kind in kinds]
    affiliations: dict[str, list[str]] = noun.doc._.kg_affiliations or {}
    return [Found(sp, "urges", t, noun.i, 0.6) for sp in subject_refs(head) for t in targets
            if t.key != sp.key and t.key not in affiliations.get(sp.key, [])]


def _recent_speaker(ctx: RuleContext, sent: Span) -> list[Ref]:
    """The person who last spoke before a sentence (up to three sentences back): the
    subject of a reporting, pointing or telling verb ("The President of Russia stressed
    that ...", "X told Y about ...")."""
    rep = ctx.lex.reporting
    verbs = rep.verbs | rep.pointing_verbs | rep.addressee_verbs
    doc = sent.doc
    prev = sent
    for _ in range(3):
        if prev.start == 0:
            return []
        prev = doc[prev.start - 1].sent
        for verb in reversed(list(prev)):
            if verb.pos_ != "VERB":
                continue
            # (or one who gave an assessment: "X provided assessments of ...", unless both
            # sides did)
            judged = verb.lemma_.lower() not in verbs and any(
                c.dep_ == "dobj" and c.lower_ in rep.assessment_nouns for c in verb.children)
            if verb.lemma_.lower() not in verbs and not judged:
                continue
            people = [r for r in subject_refs(verb) if r.kind == "Person"]
            if judged and len(people) > 1:
                return []
            if people:
                return people
    return []


@rule("speech.impersonal", scope="sentence",
      gate=Gate(words=lambda ctx: ctx.lex.reporting.verbs | ctx.lex.reporting.pointing_verbs))
def speech_impersonal(sent: Span, found: list[Found], ctx: RuleContext) -> list[Found]:
    """A statement with no speaker of its own, as readouts put them, is the last speaker's:
    'X stressed that ... It was stressed that Y must stop ...' (X urges Y); 'Attention was
    drawn to the irresponsible statements by Y officials' (X criticizes Y)."""
    rep = ctx.lex.reporting
    out: list[Found] = []
    speakers: list[Ref] | None = None
    affiliations: dict[str, list[str]] = sent.doc._.kg_affiliations or {}
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or (lemma not in rep.verbs and lemma not in rep.pointing_verbs):
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children) or not asserted(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "expl")]
        if any(ref(c) is not None for c in subjects):
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp"] if any(
            c.lower_ == "it" for c in subjects) and lemma in rep.verbs else []
        pointed = [p for pr in verb.children if pr.dep_ == "prep" and pr.lower_ == "to"
                   for p in pr.children if p.dep_ == "pobj"] if any(
            c.lemma_.lower() in rep.attention_nouns for c in subjects) else []
        # the act itself as the subject: "Y's destructive policy was pointed out",
        # "provocations by Y were noted"
        pointed += [c for c in subjects if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"
                    and lemma in rep.pointing_verbs
                    and c.lemma_.lower() not in rep.attention_nouns]
        if not clauses and not pointed:
            continue
        if speakers is None:
            speakers = _recent_speaker(ctx, sent)
        if not speakers:
            return out
        for clause in clauses:
            if is_hypothetical(clause) and not any(
                    c.dep_ == "aux" and c.lower_ in rep.obligation_aux for c in clause.children):
                continue  # "It was noted that Y could ..." (not "Y should ...")
            said, _ = _said(ctx, speakers, clause, verb, _negative(ctx, clause), affiliations)
            out.extend(said)
        out.extend(Found(sp, "criticizes", r, verb.i, 0.6) for p in pointed
                   for r in _blamed(ctx, p) for sp in speakers
                   if r.key != sp.key and r.key not in affiliations.get(sp.key, []))
    return [replace(f, rule="speech.impersonal") for f in out]


@rule("speech.wrote_asking", gate=Gate(words=lambda ctx: ctx.lex.relations["urges"].verbs))
def speech_wrote_asking(part: Token, ctx: RuleContext) -> list[Found]:
    """Writing to someone asking or urging an act urges the addressee: "X wrote to Y asking
    it to waive the immunity", "X sent a letter to Y urging ...", "X sent a letter
    requesting the new rules to Y"."""
    rep = ctx.lex.reporting
    if part.tag_ != "VBG" or part.lemma_.lower() not in ctx.lex.relations["urges"].verbs:
        return []
    if part.dep_ not in ("advcl", "acl", "xcomp") or is_negated(part):
        return []
    if any(c.dep_ == "dobj" and (r := ref(c)) is not None and r.how != "coref"
           for c in part.children):
        return []  # one it names itself ("urging Y to ...") is the verb rules'; a pronoun
        # ("wrote to Y urging it to ...") is the addressee
    head = part.head
    letter = head.pos_ == "NOUN" and head.lower_ in rep.statement_nouns
    if letter:  # "sent a letter asking ..."
        writer = head.head if head.dep_ == "dobj" and head.head.pos_ == "VERB" else None
    elif head.lemma_.lower() in rep.writing_verbs or any(
            d.dep_ == "dobj" and d.lower_ in rep.statement_nouns for d in head.children):
        writer = head  # "wrote to Y asking ...", "sent a letter to Y asking ..."
    else:
        return []  # "sent troops to Y asking nothing in return"
    if writer is None or not asserted(writer):
        return []
    kinds = ctx.kinds("urges")
    addressees = [r for h in (writer, part, *([head] if letter else []))
                  for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                  for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                  for r in target_refs(c)[0] if r.kind in kinds]
    affiliations: dict[str, list[str]] = part.doc._.kg_affiliations or {}
    return [Found(s, "urges", a, part.i, 0.6) for s in subject_refs(writer)
            for a in {r.key: r for r in addressees}.values()
            if a.key != s.key and a.key not in affiliations.get(s.key, [])]


@rule("speech.hope", gate=Gate(words=lambda ctx: ctx.lex.reporting.hoping_words))
def speech_hope(tok: Token, ctx: RuleContext) -> list[Found]:
    """Hoping that another actor will act urges it: "X hopes that Y will stop ...", "X
    expressed hope that Y would return to talks" (not a hope about a state of affairs:
    "hopes relations will improve")."""
    if tok.lower_ not in ctx.lex.reporting.hoping_words:
        return []
    if tok.pos_ == "VERB":
        holder, clauses = tok, [c for c in tok.children if c.dep_ == "ccomp"]
    elif tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        holder = tok.head
        clauses = [c for c in tok.children if c.dep_ in ("acl", "ccomp")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    else:
        return []
    if not clauses or not asserted(holder) or is_negated(tok):
        return []
    speakers = subject_refs(holder)
    kinds = ctx.kinds("urges")
    affiliations: dict[str, list[str]] = tok.doc._.kg_affiliations or {}
    out: list[Found] = []
    for clause in clauses:
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        out.extend(_urged_doers(clause, speakers, kinds, affiliations, tok.i))
    return out


def _urged_doers(clause: Token, speakers: list[Ref], kinds: tuple[str, ...],
                 affiliations: dict[str, list[str]], trigger: int) -> list[Found]:
    """The speakers urge whom a hoped-for or demanded clause names as its own subject ("Y
    will ...", "Y withdraw"), not the sides of a tie; nothing for a joint act that a
    speaker takes part in ("X hopes that Y and X will improve ties")."""
    doers = [r for s in clause.children if s.dep_ == "nsubj" for c in conjuncts(s)
             for refs, direct in [target_refs(c)] if direct for r in refs]
    if any(d.key == sp.key for d in doers for sp in speakers):
        return []
    return [Found(sp, "urges", d, trigger, 0.6) for sp in speakers for d in doers
            if d.kind in kinds and d.key != sp.key
            and d.key not in affiliations.get(sp.key, [])
            and sp.key not in affiliations.get(d.key, [])]


def _praised(ctx: RuleContext, clause: Token) -> bool:
    """Whether a reported clause praises its subject in its predicate: "He was a great
    statesman", "She made an outstanding contribution", "He embodied ..." (a word of praise
    as the clause's verb, its attribute or object, or a modifier of those)."""
    words = ctx.lex.reporting.praise_words
    if clause.pos_ not in ("VERB", "AUX") or is_negated(clause) or is_hypothetical(clause):
        return False
    if clause.lemma_.lower() in words or clause.lower_ in words:
        return True
    preds = [c for c in clause.children if c.dep_ in ("attr", "acomp", "dobj", "oprd")]
    if any(d.dep_ == "neg" or (d.dep_ == "det" and d.lower_ == "no")
           for p in preds for d in p.children):
        return False  # "He was no hero"
    return any(t.lower_ in words or t.lemma_.lower() in words for p in preds
               for t in (p, *(m for m in p.children if m.dep_ in ("amod", "advmod"))))


@rule("speech.praise", gate=Gate(words=lambda ctx: ctx.lex.reporting.verbs))
def speech_praise(verb: Token, ctx: RuleContext) -> list[Found]:
    """A reported clause that praises an actor supports the actor, as eulogies, tributes
    and farewells in wire copy give it: 'X said of Y, "He was a great statesman"', "X said
    Y had made an outstanding contribution to peace" (X supports Y). The praised one is
    whom the report is "of", the clause's subject being a pronoun, or else the clause's
    own named subject; nothing for a clause that also blames ("a great threat") or is
    negated."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.reporting.verbs:
        return []
    if not asserted(verb):
        return []
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return []
    kinds = ctx.kinds("supports")
    of = [r for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
          for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
          for r in target_refs(c)[0] if r.kind in ctx.agents]
    speakers = subject_refs(verb)
    affiliations: dict[str, list[str]] = verb.doc._.kg_affiliations or {}
    out: list[Found] = []
    for clause in clauses:
        if not _praised(ctx, clause) or _negative(ctx, clause) or _blamed(ctx, clause):
            continue
        subjects = [s for s in clause.children if s.dep_ == "nsubj"]
        if of:
            praised = of if any(s.pos_ == "PRON" and s.lower_ in ("he", "she", "they")
                                for s in subjects) else []
        else:
            praised = [r for s in subjects for c in conjuncts(s)
                       for refs, direct in [target_refs(c)] if direct for r in refs
                       if r.kind in kinds and c.pos_ != "PRON"]
        out.extend(Found(sp, "supports", r, clause.i, 0.6) for sp in speakers for r in praised
                   if r.key != sp.key and r.key not in affiliations.get(sp.key, []))
    return out


@rule("speech.until_yields", gate=Gate(words=lambda ctx: ctx.lex.reporting.pressing_heads))
def speech_until_yields(head: Token, ctx: RuleContext) -> list[Found]:
    """A vow or threat to keep up pressure "until" another actor yields is a threat against
    it that demands an act: "X and his supporters vowed to block parliament until the
    government steps down", "X threatened to continue the strikes until Y resigns" (X
    criticizes and urges Y; GUIDELINES: a threat demanding an act). A construction of
    protest and standoff coverage in wire copy; the yielding act must be the named
    actor's own ("until Y resigns", not "until Y is defeated" nor "until the talks end")."""
    rep = ctx.lex.reporting
    if head.pos_ != "VERB" or head.lemma_.lower() not in rep.pressing_heads:
        return []
    if not asserted(head):
        return []
    acts = [head] + [c for c in head.children if c.dep_ == "xcomp"]
    clauses = [a for x in acts for a in x.children if a.dep_ == "advcl"
               and a.lemma_.lower() in rep.yielding_verbs and not is_negated(a)
               and any(m.dep_ == "mark" and m.lower_ == "until" for m in a.children)]
    if not clauses:
        return []
    speakers = subject_refs(head)
    kinds = ctx.kinds("urges")
    affiliations: dict[str, list[str]] = head.doc._.kg_affiliations or {}
    out: list[Found] = []
    for clause in clauses:
        yielders = [r for s in clause.children if s.dep_ == "nsubj" for c in conjuncts(s)
                    for r in target_refs(c)[0] if r.kind in kinds]
        for sp in speakers:
            for y in yielders:
                if y.key == sp.key or y.key in affiliations.get(sp.key, []) or (
                        sp.key in affiliations.get(y.key, [])):
                    continue
                out.append(Found(sp, "criticizes", y, clause.i, 0.6))
                out.append(Found(sp, "urges", y, clause.i, 0.6))
    return out


_QUOTES = ('"', "\u201c", "\u201d", "''", "``")


@rule("speech.quote_after", scope="sentence", gate=Gate(words=lambda ctx: _QUOTES))
def speech_quote_after(sent: Span, found: list[Found], ctx: RuleContext) -> list[Found]:
    """A quote that stands alone after a report is the reporter's: 'X said on Monday. "Y
    is bullying its neighbours."' (X criticizes Y); 'X told reporters. "Y must leave."'
    (X urges Y)."""
    rep = ctx.lex.reporting
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.text not in _QUOTES or sent.start == 0:
        return []
    if any(t.lemma_.lower() in rep.verbs for t in sent):
        return []  # a quote with its own report
    prev = sent.doc[sent.start - 1].sent
    said = prev.root
    if (said.lemma_.lower() not in rep.verbs and said.lemma_.lower() not in (
            ctx.lex.relations["criticizes"].speech)) or not asserted(said):
        return []
    return _quoted(ctx, subject_refs(said), sent)


def _quoted(ctx: RuleContext, speakers: list[Ref], sent: Span) -> list[Found]:
    """What a quoted sentence makes of its speakers: a negative clause or an act named with
    a negative word criticizes its actor, "must" or "should" urges the clause's subject."""
    clause = sent.root
    if not speakers or clause.pos_ not in ("VERB", "AUX") or is_negated(clause):
        return []
    affiliations: dict[str, list[str]] = sent.doc._.kg_affiliations or {}
    subjects = [r for s in clause.children if s.dep_ == "nsubj"
                for c in conjuncts(s) for r in target_refs(c)[0]]
    out: list[Found] = []
    if not is_hypothetical(clause) and _negative(ctx, clause):
        out += [Found(sp, "criticizes", cs, clause.i, 0.6) for cs in subjects
                if cs.kind in (*ctx.agents, "Initiative") for sp in speakers]
    out += [Found(sp, "criticizes", owner, clause.i, 0.6) for owner in _blamed(ctx, clause)
            for sp in speakers]
    if any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children) or _obliged(
            ctx, clause):
        kinds = ctx.kinds("urges")
        out += [Found(sp, "urges", cs, clause.i, 0.6) for cs in subjects
                if cs.kind in kinds for sp in speakers]
    # a quoted tribute: "Y was a great statesman." (the speaker supports Y)
    if _praised(ctx, clause) and not _negative(ctx, clause) and not _blamed(ctx, clause):
        kinds = ctx.kinds("supports")
        out += [Found(sp, "supports", cs, clause.i, 0.6, "speech.praise_quoted")
                for cs in subjects if cs.kind in kinds for sp in speakers]
    return [f for f in out if f.object.key != f.subject.key
            and f.object.key not in affiliations.get(f.subject.key, [])
            and f.subject.key not in affiliations.get(f.object.key, [])]


_OPENING = ("\u201c", "``")
_CLOSING = ("\u201d", "''")
# how many sentences back an open quote is looked for
_QUOTE_REACH = 6


def _open_quote(sent: Span) -> Token | None:
    """The mark that opened a quotation a sentence lies inside, within its paragraph: an
    odd count of straight marks (or a curly one opened and not closed) before it."""
    doc = sent.doc
    for t in sent:
        if not t.is_space:
            break
        if "\n" in t.text:
            return None  # the sentence opens a paragraph
    marks: list[Token] = []
    cur = sent
    for _ in range(_QUOTE_REACH):
        if cur.start == 0:
            break
        cur = doc[cur.start - 1].sent
        if any("\n" in t.text for t in cur if t.is_space):
            # a paragraph break: only the marks after it count
            last = max(t.i for t in cur if t.is_space and "\n" in t.text)
            marks[:0] = [t for t in doc[last + 1:cur.end] if t.text in _QUOTES]
            break
        marks[:0] = [t for t in cur if t.text in _QUOTES]
    else:
        return None  # no paragraph start in reach: the count would mean nothing
    balance = 0
    for m in marks:
        if m.text in _OPENING:
            balance += 1
        elif m.text in _CLOSING:
            balance -= 1
    straight = [m for m in marks if m.text == '"']
    if balance > 0:
        return next(m for m in reversed(marks) if m.text in _OPENING)
    if balance == 0 and len(straight) % 2 == 1:
        return straight[-1]
    return None


def _report_after(sent: Span, rep_verbs: frozenset[str]) -> Token | None:
    """The report that closes a quotation open in a sentence, within its paragraph and a few
    sentences on: '"... Y is a bully. We will respond," X said.' ("said", whose clause
    holds the closing mark before it), or None."""
    doc = sent.doc
    cur = sent
    for step in range(_QUOTE_REACH):
        words = [t for t in cur if not t.is_space]
        if not words:
            return None
        marks = [t for t in cur if t.text in _QUOTES]
        if step > 0 and marks:
            close, verb = marks[0], cur.root
            if close.text in _OPENING or verb.lemma_.lower() not in rep_verbs or (
                    verb.i < close.i):
                return None
            return verb if asserted(verb) else None
        if any("\n" in t.text for t in cur if t.is_space and t.i > words[0].i):
            return None  # the paragraph ends before the quotation closes
        if cur.end >= len(doc):
            return None
        cur = doc[cur.end].sent
    return None


@rule("speech.quote_continued", scope="sentence", gate=Gate(document=lambda ctx: _QUOTES))
def speech_quote_continued(sent: Span, found: list[Found], ctx: RuleContext) -> list[Found]:
    """A sentence inside a quotation that runs over several sentences is the speaker's, the
    report standing before the quotation or after it: 'X said, "We have been patient. Y is
    bullying its neighbours."', '"Y is bullying its neighbours. We will respond," X said.'
    (X criticizes Y); '... Y must leave."' (X urges Y). Wire copy often runs one quote over
    several sentences with a single "X said"."""
    rep = ctx.lex.reporting
    first = next((t for t in sent if not t.is_space), None)
    if first is None:
        return []
    if any(t.lemma_.lower() in rep.verbs and t.pos_ == "VERB" for t in sent):
        return []  # a sentence with its own report
    marks = [t for t in sent if t.text in _QUOTES]
    said: Token | None = None
    if first.text in _QUOTES:
        # a quotation opened here and left open: its report comes after it (one before it is
        # speech.quote_after's)
        if len(marks) == 1 and first.text not in _CLOSING:
            said = _report_after(sent, rep.verbs)
    elif sent.start > 0 and (mark := _open_quote(sent)) is not None:
        head = mark.head
        if head.lemma_.lower() in rep.verbs and head.i < mark.i and asserted(head):
            said = head  # 'X said, "...'
        elif not marks:
            said = _report_after(sent, rep.verbs)
    if said is None:
        return []
    return _quoted(ctx, subject_refs(said), sent)


_JUDGED = ("criticizes", "opposes")


@rule("speech.what_called", gate=Gate(words=lambda ctx: ctx.lex.reporting.labeling_verbs))
def speech_what_called(verb: Token, ctx: RuleContext) -> list[Found]:
    """A free relative "what X called Y" as the object of a verb of criticism or
    opposition aims the verb at Y: "X slammed what it called Y's provocations", "X rejected
    what he described as Y's demands", "X lashed out at what it termed Y's interference"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.reporting.labeling_verbs:
        return []
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in verb.children):
        return []
    labels = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr", "dobj")
              and c.lower_ != "what"]
    labels += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
               for p in c.children if p.dep_ == "pobj"]
    head, prep = verb.head, None
    if verb.dep_ in ("pcomp", "pobj") and head.dep_ == "prep":
        head, prep = head.head, head  # "lashed out at what it called ..."
    elif verb.dep_ not in ("ccomp", "dobj"):
        return []
    if not labels or head.pos_ != "VERB" or not asserted(head):
        return []
    lemma = head.lemma_.lower()
    keys = [f"{lemma} {c.lower_}" for c in head.children
            if c.dep_ == "prt" or (c.dep_ == "dobj" and c.lower_ in ctx.lex.modality.idiom_objects)]
    keys.append(lemma)
    if prep is None:
        rels = {rel for k in keys for rel in ctx.verbs.get(k, []) if rel in _JUDGED}
    else:
        rels = {rel for k in keys for rel, preps in ctx.verb_preps.get(k, [])
                if rel in _JUDGED and prep.lower_ in preps}
    subjects = subject_refs(head)
    out: list[Found] = []
    for rel in sorted(rels):
        for label in labels:
            out.extend(pairs(subjects, rel, label, head, lemma, ctx))
    return [replace(f, trigger=verb.i) for f in out if f.subject.key != f.object.key]


def _bare(clause: Token, holder: Token) -> bool:
    """Whether a clause is in the bare form of a demand: "(that) Y withdraw", "(that) Y not
    enter", "(that) the sides return" after a past verb or a noun of demand (which the
    tagger may take for a noun: "the demand that Y release"), or "Y should withdraw"."""
    if any(c.dep_ == "aux" and c.lower_ not in ("should", "must") for c in clause.children):
        return False
    if any(c.dep_ == "aux" for c in clause.children):
        return True
    if holder.pos_ == "NOUN":
        return clause.tag_ in ("VB", "VBP", "NN")
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and holder.tag_ == "VBD")


@rule("speech.mandative", gate=Gate(words=lambda ctx: ctx.lex.reporting.mandative_verbs
                                    | ctx.lex.reporting.mandative_nouns))
def speech_mandative(tok: Token, ctx: RuleContext) -> list[Found]:
    """A demand whose "that" clause, in the bare form, names whom it asks to act urges
    them: "X insisted that Y withdraw its troops", "X demanded that Y not enter the city",
    "X's demand that Y release the journalist", "a call by X that Y ..."."""
    rep = ctx.lex.reporting
    if tok.pos_ == "VERB" and tok.lemma_.lower() in rep.mandative_verbs:
        holder = tok
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        speakers = subject_refs(tok)
    elif tok.pos_ == "NOUN" and (tok.lower_ in rep.mandative_nouns
                                 or tok.lemma_.lower() in rep.mandative_nouns):
        holder = tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else tok
        # (a "that" the parser takes for a relative pronoun is still the mark: "its call
        # that Y free ...")
        clauses = [c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        # the one who demands: the noun's owner or demonym, one "by"/"from" whom, or the
        # subject of the verb that makes the demand ("X issued a demand that ...")
        speakers = [r for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                    and (r := ref(c)) is not None and r.kind in ctx.agents]
        speakers += [r for p in tok.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                     for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                     for r in agent_refs(c)]
        if not speakers and tok.dep_ == "dobj" and holder.pos_ == "VERB":
            speakers = subject_refs(holder)
        if is_negated(tok) or is_hypothetical(tok) or is_future_nominal(tok):
            return []
    else:
        return []
    if not clauses or not speakers or (holder.pos_ in ("VERB", "AUX") and not asserted(holder)):
        return []
    kinds = ctx.kinds("urges")
    affiliations: dict[str, list[str]] = tok.doc._.kg_affiliations or {}
    out: list[Found] = []
    for clause in clauses:
        if not _bare(clause, tok):
            continue
        if any(m.dep_ == "mark" and m.lower_ != "that" for m in clause.children):
            continue  # "asked whether Y ...", "insisted because ..."
        out.extend(_urged_doers(clause, speakers, kinds, affiliations, tok.i))
    return out
