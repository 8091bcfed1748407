"""Relations from the dependency parse and the trigger lexicons.

The ``kg_relations`` component reads each sentence once and states claims
for the diplomacy relations whose triggers (``kg/lexicons/triggers.toml``)
it finds:

* verbs with their subject and object, prepositional objects, coordination,
  passives, relative clauses and participles ("Russia, which opposes X");
* nouns with their possessor or demonym as subject and their prepositional
  object ("China's support for Russia", "the Russian invasion of Ukraine"),
  or the subject of the light verb that governs them ("voiced opposition
  to X", "join in US-led sanctions against Y");
* symmetric relations among coordinated actors ("China and Russia are
  moving closer", "talks between X and Y");
* lists: "NATO's partners, Japan and South Korea" (``partnerOf``), "known as
  the IP4" (``memberOf``), "a close ally of the United States";
* places: "the office in Tokyo, Japan", "the summit taking place in Vilnius";
* reported speech: a criticism stated by a speaker is the speaker's ("Mao
  warned that NATO's foray will undermine peace"), and a speaker who says
  what their own state does shares the act.

Negated and hypothetical statements give nothing.
"""

import itertools
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg import vocab
from kg.errors import ExtractorError
from kg.extract.mentions import ActorInfo, Ref
from kg.extract.syntax import (
    AGENTIVE,
    PLACE_NOUNS,
    clause_subjects,
    conjuncts,
    evidence,
    governing_verb,
    group,
    is_future_nominal,
    is_hypothetical,
    is_negated,
    mention,
    place_ref,
    ref,
    speaker_of,
    subject_refs,
    target_refs,
)
from kg.types import Claim

__all__ = ["RelationExtractor", "make_relations"]

DEFAULT_OBJECTS = (*AGENTIVE, "Office", "Initiative")
# Sections of triggers.toml that configure the rules rather than name a relation.
SETTINGS_SECTIONS = frozenset({"qualifiers", "reporting", "modality", "titles", "mentions"})


def _with_conjoined(children: list[Token]) -> list[Token]:
    """Children plus prepositions coordinated with them ("with Kishida and with Modi")."""
    out = list(children)
    for child in children:
        if child.dep_ == "prep":
            out.extend(c for c in child.conjuncts if c.dep_ in ("prep", "conj") and c not in out)
    return out


@dataclass(frozen=True, slots=True)
class _Found:
    subject: Ref
    relation: str
    object: Ref
    trigger: int
    confidence: float


class RelationExtractor:
    """The ``kg_relations`` component."""

    def __init__(self, name: str, lexicon_data: dict[str, Any]) -> None:
        self.name = name
        known = set(vocab.relation_names())
        self.verbs: dict[str, list[str]] = {}
        self.verb_preps: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self.nouns: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self.symmetric: dict[str, list[str]] = {}
        # What a relation may point at: its range in the ontology, narrowed by the lexicon.
        self.object_kinds: dict[str, tuple[str, ...]] = {
            rel: DEFAULT_OBJECTS if vocab.range_kind(rel) == "Actor" else (vocab.range_kind(rel),)
            for rel in known}
        self.direct_only: dict[str, frozenset[str]] = {}
        self.indirect_only: dict[str, frozenset[str]] = {}
        for rel, spec in lexicon_data.items():
            if rel in SETTINGS_SECTIONS:
                continue
            if rel not in known:
                raise ExtractorError(
                    f"triggers.toml names relation {rel!r}, which ontology/diplomacy.ttl does "
                    f"not declare; declared: {', '.join(sorted(known))}")
            for lemma in spec.get("verbs", []):
                self.verbs.setdefault(lemma, []).append(rel)
            for lemma, preps in spec.get("verb_preps", {}).items():
                self.verb_preps.setdefault(lemma, []).append((rel, tuple(preps)))
            for lemma, preps in spec.get("nouns", {}).items():
                self.nouns.setdefault(lemma, []).append((rel, tuple(preps)))
            for lemma in spec.get("symmetric_intransitive", []):
                self.symmetric.setdefault(lemma, []).append(rel)
            if "object_kinds" in spec:
                self.object_kinds[rel] = tuple(spec["object_kinds"])
            self.direct_only[rel] = frozenset(spec.get("direct_only", []))
            self.indirect_only[rel] = frozenset(spec.get("indirect_only", []))
        quals = lexicon_data["qualifiers"]
        self.deepening = frozenset(quals["deepening"])
        self.needs_deepening = frozenset(quals["needs_deepening"])
        self.closer_verbs = frozenset(quals["closer_verbs"])
        self.closer_words = frozenset(quals["closer_words"])
        rep = lexicon_data["reporting"]
        self.reporting = frozenset(rep["verbs"])
        self.negative = frozenset(rep["negative"])
        self.negative_objects = frozenset(rep["negative_objects"])
        self.speech = frozenset(lexicon_data["criticizes"].get("speech", []))
        self.speech_nouns = frozenset(lexicon_data["criticizes"].get("speech_nouns", []))
        modality = lexicon_data["modality"]
        self.agreement_verbs = frozenset(modality["agreement_verbs"])
        self.host_verbs = frozenset(modality["host_verbs"])
        self.placing_verbs = frozenset(modality["placing_verbs"])
        self.supply_verbs = frozenset(modality["supply_verbs"])
        self.awaited = frozenset(modality["awaited_relations"])
        self.holding_verbs = frozenset(modality["holding_verbs"])
        self.commitment_heads = frozenset(modality["commitment_heads"])
        self.damaging_verbs = frozenset(modality["damaging_verbs"])
        self.idiom_objects = frozenset(modality["idiom_objects"])

    # -------------------------------------------------------------- driver
    def __call__(self, doc: Doc) -> Doc:
        claims: list[Claim] = list(doc._.kg_claims or [])
        keys = {(c.subject.key, c.relation, c.object.key) for c in claims}
        for sent in doc.sents:
            found: list[_Found] = []
            for tok in sent:
                if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
                    found.extend(self._verb(tok))
                if tok.pos_ in ("NOUN", "PROPN"):
                    found.extend(self._noun(tok))
                    found.extend(self._lists(tok))
                found.extend(self._located(tok))
                found.extend(self._known_as(tok))
                found.extend(self._place_in_state(tok))
                found.extend(self._present_at(tok))
            found.extend(self._reported(sent, found))
            for f in found:
                key = (f.subject.key, f.relation, f.object.key)
                if key in keys or not self._valid(f, doc._.kg_actors or {}):
                    continue
                keys.add(key)
                claims.append(Claim(mention(doc, f.subject), f.relation, mention(doc, f.object),
                                    *evidence(sent), self.name, f.confidence))
        doc._.kg_claims = claims
        return doc

    def _valid(self, f: _Found, actors: dict[str, ActorInfo]) -> bool:
        if f.subject.key == f.object.key:
            return False
        # A body does not act on the state it belongs to, nor the state on its body.
        for a, b in ((f.subject, f.object), (f.object, f.subject)):
            info = actors.get(a.key)
            if info is not None and info.part_of == b.key and f.relation != "locatedIn":
                return False
        if f.relation == "locatedIn":
            return f.subject.kind in ("Office", "Event", "Body", "Place")
        if f.subject.kind not in AGENTIVE:
            return False
        return f.object.kind in self.object_kinds.get(f.relation, DEFAULT_OBJECTS)

    # --------------------------------------------------------------- verbs
    def _asserted(self, tok: Token) -> bool:
        return not is_negated(tok) and not is_hypothetical(tok)

    def _verb(self, verb: Token) -> list[_Found]:
        lemma = verb.lemma_.lower()
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"
                         or (c.dep_ == "dobj" and c.lower_ in self.idiom_objects)), None)
        keys = [f"{lemma} {particle}", lemma] if particle else [lemma]
        out: list[_Found] = []
        out.extend(self._closer(verb))
        if not any(k in self.verbs or k in self.verb_preps or k in self.symmetric for k in keys):
            return out
        if not self._asserted(verb) and not self._committed_support(verb, keys):
            return out
        subjects = subject_refs(verb)
        passive_objs = [c for c in verb.children if c.dep_ == "nsubjpass"]
        for key in keys:
            for rel in self.verbs.get(key, []):
                objects = [c for c in verb.children if c.dep_ in ("dobj", "attr") or (
                    c.dep_ in ("conj", "npadvmod") and c.pos_ in ("PROPN", "NOUN")
                    and not any(g.dep_ == "nsubj" for g in c.children)
                    and (c.dep_ == "conj" or target_refs(c)[1]))]
                if any(c.dep_ == "agent" for c in verb.children):
                    objects += passive_objs
                    if verb.dep_ == "acl":
                        objects.append(verb.head)  # "the summit, attended by X"
                    elif rel == "attended" and not objects:
                        # "... of the G7 summit in Hiroshima, attended by X": the nearest event
                        events = [t for t in verb.sent if t.i < verb.i and (e := ref(t))
                                  is not None and e.kind == "Event"]
                        objects.extend(events[-1:])
                for obj_tok in objects:
                    out.extend(self._pairs(subjects, rel, obj_tok, verb, lemma))
                    if rel == "attended":
                        out.extend(self._joint_event(subjects, obj_tok, verb))
                for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
                    # "plans to open an office"; "threatened to sanction Turkey"
                    if rel == "proposes" or (rel == "criticizes" and lemma == "threaten"):
                        for obj_tok in (c for c in xcomp.children if c.dep_ == "dobj"):
                            out.extend(self._pairs(subjects, rel, obj_tok, verb, lemma))
                    elif rel == "urges":
                        for obj_tok in (c for c in xcomp.children if c.dep_ == "nsubj"):
                            out.extend(self._pairs(subjects, rel, obj_tok, verb, lemma))
                for ccomp in (c for c in verb.children if c.dep_ == "ccomp"):
                    # "Kishida announced Japan's plans to open an office": both propose it.
                    if rel == "proposes" and "proposes" in self.verbs.get(ccomp.lemma_.lower(), []):
                        for xcomp in (c for c in ccomp.children if c.dep_ == "xcomp"):
                            for obj_tok in (c for c in xcomp.children if c.dep_ == "dobj"):
                                out.extend(self._pairs(subjects, rel, obj_tok, verb, lemma))
                    if rel == "urges":
                        for obj_tok in (c for c in ccomp.children if c.dep_ == "nsubj"):
                            out.extend(self._pairs(subjects, rel, obj_tok, verb, lemma))
            for rel, preps in self.verb_preps.get(key, []):
                marks = [m for c in verb.children if c.dep_ in ("advcl", "ccomp")
                         for m in c.children if m.dep_ == "mark"]
                for prep in _with_conjoined(list(verb.children)) + marks:
                    if prep.dep_ not in ("prep", "dative", "mark") or prep.lower_ not in preps:
                        continue
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            out.extend(self._pairs(subjects, rel, pobj, verb, lemma))
                        elif pobj.dep_ in ("pcomp",) and rel in ("urges", "proposes"):
                            for o in (c for c in pobj.children if c.dep_ in ("nsubj", "dobj")):
                                out.extend(self._pairs(subjects, rel, o, verb, lemma))
                    # "called for Seoul to provide": Seoul is parsed as the clause subject.
                    if rel == "urges" and prep.dep_ == "mark":
                        clause = prep.head
                        for o in (c for c in clause.children if c.dep_ == "nsubj"):
                            out.extend(self._pairs(subjects, rel, o, verb, lemma))
                    if rel == "urges":
                        for clause in prep.children:
                            if clause.dep_ in ("pcomp", "pobj"):
                                for o in (c for c in clause.children if c.dep_ == "nsubj"):
                                    out.extend(self._pairs(subjects, rel, o, verb, lemma))
            if key in self.supply_verbs and any(c.dep_ == "prep" and c.lower_ == "with"
                                                for c in verb.children):
                for obj_tok in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
                    out.extend(self._pairs(subjects, "supports", obj_tok, verb, lemma))
            for rel in self.symmetric.get(key, []):
                has_object = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")
                                 for c in verb.children)
                named = self._named_subjects(verb)
                if not has_object and len(named) > 1:
                    out.extend(self._all_pairs(named, rel, verb, 0.7))
        return out

    def _named_subjects(self, verb: Token) -> list[Ref]:
        """The subjects a clause names itself ("X and Y met"), not through a group
        ("officials from 40 countries met"), which need not have met each other."""
        return [r for t in clause_subjects(verb)[0] for c in conjuncts(t) for r in self._named(c)]

    @staticmethod
    def _named(tok: Token) -> list[Ref]:
        """The actors a subject names itself: a mention, or "the two leaders"."""
        r = ref(tok)
        return [r] if r is not None else group(tok)

    def _committed_support(self, verb: Token, keys: list[str]) -> bool:
        """"vowed to stand by Ukraine", "pledged to support Kyiv": a commitment to support
        is support (the guidelines count pledges), though a vow to attack is no attack."""
        supports = any("supports" in self.verbs.get(k, []) or any(
            rel == "supports" for rel, _ in self.verb_preps.get(k, [])) for k in keys)
        head = verb.head
        return supports and verb.dep_ == "xcomp" and head.lemma_.lower() in (
            self.commitment_heads) and self._asserted(head) and not is_negated(verb)

    def _pairs(self, subjects: list[Ref], rel: str, obj_tok: Token, trigger: Token,
               lemma: str) -> list[_Found]:
        out: list[_Found] = []
        if rel in self.awaited and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll")
                                       for c in trigger.children):
            return out  # "X will meet Y": a meeting still awaited
        for obj in conjuncts(obj_tok):
            targets, direct = target_refs(obj)
            if lemma in self.direct_only.get(rel, ()) and not direct:
                continue
            if lemma in self.indirect_only.get(rel, ()) and direct:
                continue
            if rel == "urges" and not direct:
                continue  # "urged its neighbours": the neighbours, not the state they are of
            kinds = self.object_kinds.get(rel, DEFAULT_OBJECTS)
            if not any(t.kind in kinds for t in targets):
                targets = targets + self._search(obj, kinds)
            for s in subjects:
                for t in targets:
                    out.append(_Found(s, rel, t, trigger.i, 0.8 if direct else 0.7))
        return out

    @staticmethod
    def _search(tok: Token, kinds: tuple[str, ...]) -> list[Ref]:
        """Refs of the wanted kinds inside a phrase ("plans to open an office")."""
        found: list[Ref] = []
        for t in tok.subtree:
            r = ref(t)
            if r is not None and r.kind in kinds and all(f.key != r.key for f in found):
                found.append(r)
        return found

    @staticmethod
    def _all_pairs(refs: list[Ref], rel: str, trigger: Token, conf: float) -> list[_Found]:
        return [_Found(a, rel, b, trigger.i, conf) for a, b in itertools.combinations(refs, 2)
                if a.key != b.key]

    def _closer(self, verb: Token) -> list[_Found]:
        """"China and Russia are moving closer (together)"."""
        if verb.lemma_.lower() not in self.closer_verbs:
            return []
        words = {t.lower_ for t in verb.subtree if t.head == verb or t.head.head == verb}
        if not words & self.closer_words or not self._asserted(verb):
            return []
        subjects = subject_refs(verb)
        if len(subjects) < 2:
            return []
        return self._all_pairs(subjects, "cooperatesWith", verb, 0.7)

    # --------------------------------------------------------------- nouns
    def _noun_subjects(self, noun: Token) -> tuple[list[Ref], Token | None]:
        """Who acts in a nominal: its possessor, demonym, "X-led", "from X", or
        the subject of the verb that governs it."""
        found: list[Ref] = []
        for child in noun.children:
            r = ref(child)
            if child.dep_ == "poss" and r is not None:
                found.append(r)
            elif child.dep_ in ("amod", "compound", "nmod") and r is not None and r.how in (
                    "demonym", "name", "metonym", "coref") and r.kind in AGENTIVE:
                found.append(r)
            elif child.dep_ == "amod" and child.lemma_ == "lead":
                found.extend(r2 for g in child.children if (r2 := ref(g)) is not None)
            elif child.dep_ == "prep" and child.lower_ in ("from", "by"):
                found.extend(r2 for p in child.children if p.dep_ == "pobj"
                             for c in conjuncts(p) if (r2 := ref(c)) is not None)
        led = any(c.dep_ == "amod" and c.lemma_ == "lead" for c in noun.children)
        if found and not led:
            return found, None
        if led:
            verb = governing_verb(noun)
            if verb is not None and noun.dep_ not in ("nsubj", "nsubjpass"):
                found.extend(subject_refs(verb))
            return found, verb
        if noun.dep_ == "conj":
            subs, verb = self._noun_subjects(noun.head)
            if subs:
                return subs, verb
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            subs, verb = self._noun_subjects(noun.head.head)
            if subs:
                return subs, verb
        verb = governing_verb(noun)
        if verb is None:
            return [], None
        if noun.dep_ == "nsubj" or (noun.dep_ == "nsubjpass" and not any(
                c.dep_ == "agent" for c in verb.children)):
            return [], None
        # "The idea of X was raised by A and B": A and B propose X.
        return subject_refs(verb), verb

    def _noun(self, noun: Token) -> list[_Found]:
        lemma = noun.lemma_.lower()
        low = noun.lower_
        entries = self.nouns.get(low, []) + (self.nouns.get(lemma, []) if lemma != low else [])
        own = ref(noun)
        if not entries or (own is not None and own.kind != "Event"):
            return []
        if is_negated(noun) or is_hypothetical(noun) or is_future_nominal(noun):
            return []
        subjects, verb = self._noun_subjects(noun)
        if verb is not None and not self._asserted(verb):
            return []
        out: list[_Found] = []
        if own is not None:  # a meeting that is an event of its own
            out.extend(self._participants(own, noun, verb, subjects))
        for rel, preps in entries:
            governor = verb or governing_verb(noun)
            if rel == "cooperatesWith" and governor is not None and (
                    governor.lemma_.lower() in self.damaging_verbs):
                continue  # "straining its ties with Brussels"
            if (lemma in self.needs_deepening or low in self.needs_deepening) and not (
                    self._deepened(noun, verb)):
                if rel == "cooperatesWith" and lemma == "partnership":
                    out.extend(self._partnership(noun, subjects))
                if lemma not in ("tie", "ties", "cooperation", "collaboration"):
                    continue
            objects: list[Ref] = []
            between: list[Ref] = []
            holders = [noun] + ([verb] if verb is not None else [])
            if rel == "metWith":
                # "held talks on the sidelines with X"
                holders += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in (
                    "on", "at", "in") for p in c.children if p.dep_ == "pobj"]
            for holder in holders:
                for prep in _with_conjoined(list(holder.children)):
                    if prep.dep_ != "prep" or prep.lower_ not in preps:
                        continue
                    for pobj in prep.children:
                        if pobj.dep_ != "pobj":
                            continue
                        for c in conjuncts(pobj):
                            refs, _ = target_refs(c)
                            kinds = self.object_kinds.get(rel, DEFAULT_OBJECTS)
                            if not any(r.kind in kinds for r in refs):
                                refs = refs + self._search(c, kinds)
                            (between if prep.lower_ in ("between", "among") else objects).extend(
                                refs)
                if objects or between:
                    break
            kinds = self.object_kinds.get(rel, DEFAULT_OBJECTS)
            objects = [o for o in objects if o.kind in kinds]
            if not objects and not between:
                # "NATO's proposal to establish an office": what is proposed.
                for acl in (c for c in noun.children if c.dep_ in ("acl", "relcl", "xcomp")
                            and not any(g.dep_ in ("nsubj", "mark") for g in c.children)):
                    for obj in (c for c in acl.children if c.dep_ == "dobj"):
                        objects.extend(self._search(obj, kinds))
                # "The plan faced opposition from France": France opposes the plan.
                if verb is not None and any(c.dep_ == "prep" and c.lower_ == "from"
                                            for c in noun.children):
                    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
                        refs, _ = target_refs(subj)
                        objects.extend(refs)
                        objects.extend(r for r in self._search(subj, kinds) if r not in refs)
            if rel == "attended" and lemma == "participation":
                out.extend(self._participation(noun, verb))
                continue
            if rel == "cooperatesWith" and not objects and not between:
                # "the AUKUS partnership signed by Canberra, London and Washington"
                signers = [r for acl in noun.children if acl.dep_ == "acl"
                           and acl.lemma_.lower() in self.agreement_verbs
                           for a in acl.children if a.dep_ == "agent"
                           for p in a.children for c in conjuncts(p) if (r := ref(c)) is not None
                           and r.kind in AGENTIVE]
                if len(signers) > 1:
                    out.extend(self._all_pairs(signers, rel, noun, 0.75))
                    continue
            if rel in ("cooperatesWith", "metWith") and not objects and not between:
                # "US-Japan-ROK security cooperation", "their partnership" after talks.
                mods = [r for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                        for t in c.subtree if (r := ref(t)) is not None and r.kind in AGENTIVE]
                mods = list({r.key: r for r in mods}.values())
                if len(mods) > 1:
                    out.extend(self._all_pairs(mods, rel, noun, 0.7))
                elif verb is not None and len(subjects) > 1 and (
                        (rel == "metWith" and lemma in ("talk", "talks", "meeting")
                         and len(self._named_subjects(verb)) > 1)
                        or (rel == "cooperatesWith" and (
                            any(c.lower_ == "their" for c in noun.children)
                            or verb.lemma_.lower() in self.agreement_verbs))):
                    # "After talks, X and Y agreed"; "X and Y signed an agreement"
                    out.extend(self._all_pairs(subjects, rel, noun, 0.7))
                continue
            if between:
                if subjects and rel not in ("cooperatesWith", "metWith"):
                    objects.extend(between)
                else:
                    out.extend(self._all_pairs(between, rel, noun, 0.75))
                    if rel == "metWith" and verb is not None and (
                            verb.lemma_.lower() in self.host_verbs):
                        # "Beijing hosted talks between Riyadh and Tehran": a mediator
                        # meets each party.
                        out.extend(_Found(s, rel, b, noun.i, 0.7) for s in subjects
                                   for b in between)
                    if rel == "metWith":
                        continue
            for s in subjects:
                for o in objects:
                    out.append(_Found(s, rel, o, noun.i, 0.7))
        return out

    def _participants(self, event: Ref, noun: Token, verb: Token | None,
                      subjects: list[Ref]) -> list[_Found]:
        """Who took part in a meeting: "talks between A and B", "A held talks with B",
        "the talks were hosted by C"."""
        parties: list[Ref] = []
        for prep in _with_conjoined(list(noun.children)):
            if prep.dep_ == "prep" and prep.lower_ in ("between", "among", "with"):
                parties.extend(r for p in prep.children if p.dep_ == "pobj"
                               for c in conjuncts(p) for r in target_refs(c)[0]
                               if r.kind in AGENTIVE)
        if verb is not None and verb.lemma_.lower() in self.holding_verbs:
            parties.extend(s for s in subjects if s.kind in AGENTIVE)
        hosts = [s for s in subjects if verb is not None
                 and verb.lemma_.lower() in self.host_verbs and s.kind in AGENTIVE]
        out = [_Found(p, "attended", event, noun.i, 0.7) for p in parties + hosts]
        out.extend(_Found(h, "metWith", p, noun.i, 0.7) for h in hosts for p in parties)
        return out

    def _joint_event(self, subjects: list[Ref], event_tok: Token, verb: Token) -> list[_Found]:
        """"X attended talks with Y": Y attended too, and talks make them meet."""
        event = ref(event_tok)
        if event is None or event.kind != "Event":
            return []
        partners = [r for prep in event_tok.children if prep.dep_ == "prep"
                    and prep.lower_ == "with" for p in prep.children if p.dep_ == "pobj"
                    for c in conjuncts(p) if (r := ref(c)) is not None and r.kind in AGENTIVE]
        out = [_Found(p, "attended", event, verb.i, 0.7) for p in partners]
        if event_tok.lemma_.lower() in ("talk", "talks", "meeting", "dialogue") and partners:
            out.extend(self._all_pairs(subjects + partners, "metWith", verb, 0.7))
        return out

    def _participation(self, noun: Token, verb: Token | None) -> list[_Found]:
        """"The event saw the participation of X, Y and Z": they attended it."""
        events: list[Ref] = []
        if verb is not None:
            for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                events.extend(r for r in target_refs(subj)[0] if r.kind == "Event")
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
            events.extend(r for p in prep.children if (r := ref(p)) is not None
                          and r.kind == "Event")
        participants: list[Ref] = []
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in prep.children:
                for c in conjuncts(pobj):
                    participants.extend(r for r in target_refs(c)[0] if r.kind in AGENTIVE)
                    for t in c.subtree:
                        if t.dep_ == "prep" and t.lower_ in ("including", "like"):
                            participants.extend(r for p in t.children for cc in conjuncts(p)
                                                if (r := ref(cc)) is not None)
        return [_Found(p, "attended", e, noun.i, 0.7) for e in events for p in participants]

    def _deepened(self, noun: Token, verb: Token | None) -> bool:
        words = {c.lemma_.lower() for c in noun.children} | {c.lower_ for c in noun.children}
        if verb is not None:
            words |= {verb.lemma_.lower(), verb.lower_}
            words |= {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "acomp")}
            head = verb
            while head.dep_ in ("xcomp", "conj") and head.head is not head:
                head = head.head
                words.add(head.lemma_.lower())
        return bool(words & self.deepening)

    def _partnership(self, noun: Token, subjects: list[Ref]) -> list[_Found]:
        """A partnership that simply exists: the partners are ``partnerOf`` the organization."""
        orgs = [s for s in subjects if s.kind == "Organization"]
        out: list[_Found] = []
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "between"):
                for pobj in prep.children:
                    for c in conjuncts(pobj):
                        for r in target_refs(c)[0]:
                            if r.kind == "State":
                                out.extend(_Found(r, "partnerOf", o, noun.i, 0.7) for o in orgs)
        return out

    # --------------------------------------------------------------- lists
    def _lists(self, noun: Token) -> list[_Found]:
        lemma = noun.lemma_.lower()
        if lemma in ("state", "country", "nation") and any(
                c.dep_ == "compound" and c.lemma_.lower() in ("member", "partner")
                for c in noun.children):
            # "ASEAN member states Indonesia and Vietnam"
            lemma = next(c.lemma_.lower() for c in noun.children if c.dep_ == "compound"
                         and c.lemma_.lower() in ("member", "partner"))
        if lemma not in ("partner", "ally", "member") or ref(noun) is not None:
            return []
        if is_negated(noun) or is_hypothetical(noun):
            return []
        owners: list[Ref] = []
        for child in noun.children:
            r = ref(child)
            if child.dep_ in ("poss", "compound", "nmod") and r is not None and r.kind in (
                    "Organization", "State"):
                owners.append(r)
            if child.dep_ == "prep" and child.lower_ == "of":
                owners.extend(r2 for p in child.children if (r2 := ref(p)) is not None)
        if not owners:
            return []
        members: list[Ref] = []
        for child in noun.children:
            # "NATO's partners, Japan and South Korea," (spaCy often makes the list a conj)
            listed = child.dep_ == "appos" or (
                child.dep_ == "conj" and noun.tag_ == "NNS" and child.i > 0
                and child.nbor(-1).text == "," and child.nbor(-1).head == noun)
            if listed:
                members.extend(r for c in conjuncts(child) if (r := ref(c)) is not None)
        if noun.dep_ == "appos" and (r := ref(noun.head)) is not None:
            members.extend(ref(c) for c in conjuncts(noun.head) if ref(c) is not None)  # type: ignore[misc]
        if noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become", "remain"):
            members.extend(subject_refs(noun.head))  # "Finland became a member of NATO"
        if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ == "be":
            members.extend(subject_refs(noun.head.head))  # "India is among ASEAN's partners"
        if noun.dep_ == "compound" and (r := ref(noun.head)) is not None:
            members.append(r)
        # "Mauritania, one of the bloc's 55 member states"
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in (
                "one", "some", "two", "three", "four", "among"):
            one = noun.head.head
            if one.dep_ == "appos" and (r := ref(one.head)) is not None:
                members.append(r)
            elif one.dep_ == "attr" and one.head.lemma_ == "be":
                members.extend(subject_refs(one.head))
        out: list[_Found] = []
        for owner in owners:
            for m in members:
                if m.kind not in ("State", "Organization"):
                    continue
                if lemma == "partner" and owner.kind == "Organization":
                    out.append(_Found(m, "partnerOf", owner, noun.i, 0.8))
                elif lemma in ("ally", "member") and owner.kind == "Organization":
                    out.append(_Found(m, "memberOf", owner, noun.i, 0.8))
                elif lemma == "ally" and owner.kind == "State":
                    out.append(_Found(m, "cooperatesWith", owner, noun.i, 0.8))
        return out

    # -------------------------------------------------------------- places
    def _known_as(self, tok: Token) -> list[_Found]:
        """"Australia, Japan, New Zealand and South Korea, known as the IP4": the listed
        states are members of the grouping."""
        if tok.lemma_ not in ("know", "call", "dub") or tok.dep_ != "acl":
            return []
        groups = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "as"
                  for o in p.children if (g := ref(o)) is not None and g.kind == "Organization"]
        if not groups:
            return []
        head = tok.head
        while head.dep_ == "conj" and head.head is not head:
            head = head.head  # the list "A, B and C, known as ..." starts at A
        members = [m for c in conjuncts(head) for m in target_refs(c)[0] if m.kind == "State"]
        if not members and head.dep_ == "pobj":
            members = [m for m in target_refs(head.head.head)[0] if m.kind == "State"]
        return [_Found(m, "memberOf", g, tok.i, 0.75) for g in groups for m in members]

    def _place_in_state(self, tok: Token) -> list[_Found]:
        """"Japan's capital Tokyo", "Addis Ababa, the Ethiopian capital", "the Indian
        state of Arunachal Pradesh": the place is in the state."""
        if tok.lemma_ not in PLACE_NOUNS or ref(tok) is not None:
            return []
        owner = next((o for c in tok.children if c.dep_ in ("poss", "amod", "compound")
                      and (o := ref(c)) is not None and o.kind == "State"), None)
        near = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children] + [c for c in tok.children if c.dep_ == "appos"] + [
                tok.head]
        city = next((c for t in near if (c := ref(t)) is not None and c.kind == "Place"
                     and (t is not tok.head or tok.dep_ in ("appos", "compound"))), None)
        if owner is None or city is None:
            return []
        return [_Found(city, "locatedIn", owner, tok.i, 0.9)]

    def _located(self, tok: Token) -> list[_Found]:
        """An office, event, body or place and the place or state it is in."""
        out: list[_Found] = []
        r = ref(tok)
        if r is None or r.kind not in ("Office", "Event", "Body", "Place"):
            return out
        head_tok = tok.doc[r.start:r.end].root
        if tok.i != head_tok.i:
            return out
        holders = [head_tok]
        # "the summit taking place in X", "the next summit is in X", "attended talks ... in X"
        if head_tok.dep_ in ("nsubj", "nsubjpass") and r.kind == "Event" and (
                head_tok.head.lemma_.lower() in self.placing_verbs):
            holders.append(head_tok.head)  # "the summit opened in Addis Ababa"
        elif head_tok.dep_ == "nsubj" and head_tok.head.lemma_ == "be":
            holders.append(head_tok.head)
        if r.kind in ("Event", "Office") and head_tok.dep_ in ("dobj", "pobj") or (
                head_tok.dep_ == "pobj" and head_tok.head.lower_ == "at"):
            # "attended talks ... in Washington", "open an office at NATO",
            # "a speech at Vilnius University in Lithuania"
            verb = governing_verb(head_tok)
            if verb is not None:
                holders.append(verb)
        for child in head_tok.children:
            if child.dep_ == "acl" and child.lemma_ in ("take", "hold", "locate", "base",
                                                        "situate"):
                holders.append(child)
        preps = [p for h in holders for p in h.children]
        if r.kind == "Event":
            # "talks with the United States in Washington"
            preps += [p for t in head_tok.subtree if t.dep_ == "pobj" for p in t.children]
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                place = place_ref(pobj)
                if place is None or place.kind not in ("Place", "State"):
                    continue
                out.append(_Found(r, "locatedIn", place, tok.i, 0.8))
                # "in Tokyo, Japan": the office is in Japan, and Tokyo is.
                for appos in pobj.children:
                    state = ref(appos)
                    if appos.dep_ in ("appos", "conj") and state is not None and (
                            state.kind == "State" and place.kind == "Place"):
                        out.append(_Found(r, "locatedIn", state, tok.i, 0.8))
                        out.append(_Found(place, "locatedIn", state, tok.i, 0.8))
        return out

    def _present_at(self, head: Token) -> list[_Found]:
        """"X said at the summit", "on the sidelines of the summit": X attended it."""
        event = ref(head)
        if event is None or event.kind != "Event" or head.i != head.doc[
                event.start:event.end].root.i:
            return []
        prep = head.head
        if head.dep_ != "pobj":
            return []
        if prep.lower_ == "of" and prep.head.lemma_.lower() in ("sideline", "sidelines", "margin",
                                                               "margins"):
            head = prep.head
            prep = head.head
            if head.dep_ != "pobj":
                return []
        if prep.lower_ not in ("at", "during", "on"):
            return []
        verb = prep.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "held talks on the sidelines of the summit"
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        if not self._asserted(verb):
            return []
        return [_Found(s, "attended", event, head.i, 0.7) for s in subject_refs(verb)
                if s.kind in AGENTIVE]

    # ------------------------------------------------------- reported speech
    def _reported(self, sent: Span, found: list[_Found]) -> list[_Found]:
        out: list[_Found] = []
        doc = sent.doc
        affiliations: dict[str, list[str]] = doc._.kg_affiliations or {}
        for verb in sent:
            lemma = verb.lemma_.lower()
            worried = any(n.dep_ == "dobj" and n.lower_ in self.speech_nouns
                          for n in verb.children)
            if lemma not in self.reporting and lemma not in self.speech and not worried:
                continue
            clauses = [c for c in verb.children if c.dep_ == "ccomp"]
            # "voiced concern that Beijing could ...": the worry's clause
            worry = [n for n in verb.children if n.dep_ == "dobj"
                     and n.lower_ in self.speech_nouns]
            clauses += [c for n in worry for c in n.children if c.dep_ in ("acl", "ccomp")
                        and any(m.lower_ == "that" for m in c.children)]
            # "X ..., Beijing has warned": the report is the head clause.
            if verb.dep_ in ("parataxis", "ccomp") and not clauses and verb.head.pos_ in (
                    "VERB", "AUX"):
                clauses = [verb.head]
            if not clauses or not self._asserted(verb):
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
                negative = lemma in self.speech or worried or self._negative(clause)
                if negative and not is_negated(clause):
                    for sp in speakers:
                        for cs in clause_subjects:
                            if cs.kind in (*AGENTIVE, "Initiative") and cs.key not in (
                                    affiliations.get(sp.key, [])):
                                out.append(_Found(sp, "criticizes", cs, verb.i, 0.6))
                # "NATO must consider ...": the speaker urges.
                if any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children):
                    for sp in speakers:
                        for cs in clause_subjects:
                            if cs.key not in affiliations.get(sp.key, []):
                                out.append(_Found(sp, "urges", cs, verb.i, 0.6))
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
                        out.append(_Found(speaker, f.relation, f.object, f.trigger,
                                          f.confidence))
        return out

    def _negative(self, clause: Token) -> bool:
        for tok in clause.subtree:
            if tok.lemma_.lower() in self.negative and tok.pos_ == "VERB":
                if tok.lemma_.lower() == "pose" and not any(
                        c.lemma_.lower() in self.negative_objects for c in tok.children):
                    continue
                return True
        return False


@Language.factory("kg_relations", requires=["doc._.kg_refs", "token.dep"],
                  assigns=["doc._.kg_claims"], default_config={"lexicon": "triggers"})
def make_relations(nlp: Language, name: str, lexicon: str) -> RelationExtractor:
    """Build the ``kg_relations`` component from a lexicon in ``kg/lexicons``."""
    from kg.extract import syntax

    if lexicon != "triggers":
        raise ExtractorError(f"unknown lexicon {lexicon!r}; kg ships 'triggers'")
    return RelationExtractor(name, syntax.lexicon())
