"""The ``kg_events`` and ``kg_initiatives`` components: meetings as Event nodes,
plans, agreements and resolutions as Initiative nodes.

The guidelines give every summit, meeting or set of talks that an article
reports an Event node, labelled by every phrase the article uses for it
("top-level Russian-Israeli talks", "Russian-Israeli talks", "the talks",
"talks in Sochi"). This component runs after ``kg_mentions``:

* each noun phrase headed by an event noun (``[constructions] event_heads``)
  becomes a mention of an Event, on its head word only, so that the actors
  named in its modifiers ("Russia-Turkmenistan talks") stay actors;
* phrases with the same head in one article are one event, unless both carry
  distinguishing modifiers that differ ("the trilateral summit" and "the
  quadrilateral meeting" are two), so a later "the talks" refers back;
* an event that ``kg_mentions`` already named keeps its name and gains the
  phrases as labels.

Telephone and video calls are no events (the guidelines make them
``metWith`` only), and neither are negated or hypothetical mentions
("no talks", "possible talks").

``kg_initiatives`` does the same for the heads in ``[constructions]
initiative_phrase_heads`` ("the border agreement", "a draft resolution
condemning X", "the EastMed pipeline project"): an initiative is one the text
names with a distinguishing modifier or complement, and a later "the
agreement" refers back to it. Its labels also include the phrase with its
complement ("resolution condemning Israeli military action in Gaza").
"""

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.lexicon import lexicon
from kg.extract.mentions import ActorInfo, Ref
from kg.extract.syntax import (
    in_name,
    is_hypothetical,
    is_negated,
    proposal_participles,
    tokens_tagged,
)

__all__ = ["EventResolver", "InitiativeResolver", "in_protest", "make_events", "make_initiatives",
           "protest_objects"]

_DASHES = re.compile(r"\s*[-\u2010-\u2015\u2212]\s*")
_SPACE = re.compile(r"\s+")
_HYPHENS = ("-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2212")
# The prepositions by which a war's place names it: "the war in X", "the war on X".
_WAR_PREPS = ("in", "on", "against")


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return _SPACE.sub(" ", _DASHES.sub("-", text)).strip()


@dataclass(slots=True)
class _Event:
    key: str
    head: str
    mods: frozenset[str]
    place: str | None = None
    comp: frozenset[str] = frozenset()



def _locative_preps(h: Token) -> list[Token]:
    """The "in"/"at" phrases on ``h`` that may place an event, also one hung on an
    adverb of a verb ("met for their summit, that time in CITY")."""
    preps = [c for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    preps += [p for c in h.children if c.dep_ == "npadvmod" and h.pos_ in ("VERB", "AUX")
              for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "at")]
    return preps

def _stand_in(t: Token) -> Token:
    """The part of an event that stands in the clause where the event itself would ("the
    third round of talks took place in CITY", "took part in the plenary session of the
    forum"), or the event noun itself."""
    prep = t.head
    if t.dep_ == "pobj" and prep.lower_ == "of" and (
            prep.head.lemma_.lower() in lexicon().constructions.event_part_nouns):
        return prep.head
    return t


def _attended_slot(t: Token) -> bool:
    """Whether a noun stands where a gathering one takes part in stands: the object of a
    verb of attending or addressing ("attended X", "addressed X"; not "joined X" or
    "chaired X", which may be membership or office), after "at" or "during" on a verb
    ("spoke at X", also "on the sidelines of X"), after "for" on a verb of coming
    ("arrived in CITY for X"), or after the preposition of "took part in X"."""
    lex = lexicon()
    attended = lex.relations["attended"]
    cons = lex.constructions
    t = _stand_in(t)  # "took part in the session of X"
    if t.dep_ == "dobj":
        lemma = t.head.lemma_.lower()
        return lemma in cons.addressing_verbs or lemma in (
            attended.verbs - lex.relations["memberOf"].verbs - {"chair"})
    if t.dep_ != "pobj":
        return False
    prep = t.head
    sideline = prep.lower_ == "of" and prep.head.lemma_.lower() in cons.sideline_nouns and (
        prep.head.dep_ == "pobj")
    if sideline:
        prep = prep.head.head
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if prep.lower_ in ("at", "during") or (sideline and prep.lower_ == "on"):
        return True
    if prep.lower_ == "for":
        return lemma in cons.gathering_verbs
    if prep.lower_ == "to":
        return _brought_to(verb)
    keys = [lemma] + [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("dobj", "prt")]
    return any(prep.lower_ in attended.verb_preps.get(k, ()) for k in keys)


def _brought_to(verb: Token) -> bool:
    """Whether a verb with a "to" phrase brings its subject to a gathering: a verb of
    coming, carrying or speaking ("went to the summit", "wore T-shirts to the rally", "led
    supporters to the protest", "spoke to the rally"), or one whose object is a speech
    ("gave the opening address to the meeting", "delivered a speech to the conference");
    not one of sending ("sent a letter to the summit"), whose subject stays away, nor
    speaking from afar ("via video link")."""
    cons = lexicon().constructions
    lemma = verb.lemma_.lower()
    if lemma in cons.sending_verbs or any(
            c.dep_ == "prep" and c.lower_ in ("via", "by", "over") and any(
                o.lemma_.lower() in cons.remote_means for o in c.children)
            for c in verb.children):
        return False  # "spoke to the summit via video link": from afar
    if lemma in cons.gathering_verbs or lemma in cons.carrying_verbs or (
            lemma in cons.speaking_to_verbs):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cons.address_nouns
               for c in verb.children)


def _participants(t: Token, tok: dict[int, Ref]) -> list[Ref]:
    """Who takes part in the gathering a noun names, where it stands in a slot of taking
    part (``_attended_slot``): the named subjects of its verb ("X attended funeral prayers
    at VENUE", "A and B wore T-shirts to the rally"), where the verb is asserted."""
    if not _attended_slot(t):
        return []
    t = _stand_in(t)
    verb = t.head if t.dep_ == "dobj" else t.head.head
    if verb.lower_ == "of":  # "on the sidelines of X": the verb above the sidelines
        verb = verb.head.head.head
    if is_negated(verb) or is_hypothetical(verb):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("conj", "xcomp", "advcl"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    # (also one in apposition: "his successor, NAME, attended")
    named = [w for s in subjects for w in [s, *s.conjuncts]]
    named += [a for w in named for a in w.children if a.dep_ == "appos"]
    return [tok[w.i] for w in named
            if w.i in tok and tok[w.i].kind in ("Person", "State", "Organization")]


def _nested_places(p: Token) -> list[Token]:
    """A locative object and the objects of its own "in"/"at" phrases: "at the NAME
    mosque in CITY" names CITY too."""
    out = [p] + [o for q in _locative_preps(p) for o in q.children if o.dep_ == "pobj"]
    # "in the streets of CITY", "in the centre of CITY": the city the area is in
    # (a city there, not the state a capital may stand for)
    areas = lexicon().constructions.city_area_nouns
    table = p.doc._.kg_tok or {}
    return out + [o for x in out if x.lemma_.lower() in areas or x.lower_ in areas
                  for q in x.children if q.dep_ == "prep" and q.lower_ == "of"
                  for o in q.children if o.dep_ == "pobj" and _city_of_area(o, table)]


def _city_of_area(o: Token, table: dict[int, Ref]) -> bool:
    """Whether the object of an area's "of" is a city: a place, or a capital the mentions
    read as its state ("the streets of CAPITAL")."""
    r = table.get(o.i)
    return r is not None and (r.kind == "Place" or (r.kind == "State" and r.how == "metonym"))


def _where(p: Token, tok: dict[int, Ref]) -> Ref | None:
    """The place or state a locative object names: "CITY", or "the DEMONYM capital
    CITY", "the REGION city of CITY"."""
    r = tok.get(p.i)
    if r is not None and r.kind == "State" and r.how == "metonym" and p.dep_ == "pobj" and (
            p.head.lower_ == "of") and (p.head.head.lemma_.lower() in (
                lexicon().constructions.city_area_nouns)):
        # "in the streets of CAPITAL": the city itself, not the state it may stand for
        return r.as_place()
    if r is not None:
        return r if r.kind in ("Place", "State") else None
    if p.lemma_.lower() not in lexicon().constructions.place_nouns:
        return None
    names = [c for c in p.children if c.dep_ == "appos"] + [
        o for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children if o.dep_ == "pobj"]
    return next((tok[n.i] for n in names if n.i in tok and tok[n.i].kind == "Place"), None)


class EventResolver:
    """The ``kg_events`` component."""

    kind = "Event"

    def __init__(self, name: str) -> None:
        self.name = name
        lex = lexicon()
        self.heads = lex.constructions.event_heads
        self.generic = lex.constructions.event_generic_modifiers
        self.denied = lex.constructions.event_denials
        self.referring = lex.mentions.placed_meetings
        self.definite = lex.constructions.definite_event_heads
        self.gathering = lex.constructions.gathering_heads
        self.parts = lex.constructions.event_part_nouns
        self.future = lex.modality.future_words
        self.rites = lex.constructions.rite_nouns
        self.street = lex.constructions.street_gathering_heads
        self.rite_mods = lex.constructions.rite_modifiers
        self.wars = lex.constructions.war_event_heads

    def __call__(self, doc: Doc) -> Doc:
        refs: list[Ref] = list(doc._.kg_refs or [])
        tok: dict[int, Ref] = dict(doc._.kg_tok or {})
        actors: dict[str, ActorInfo] = dict(doc._.kg_actors or {})
        places: dict[str, str] = dict(doc._.kg_event_places or {})
        events: list[_Event] = []
        met_verbs: dict[int, str] = dict(doc._.kg_event_verbs or {})
        if self.kind == "Event":
            self._sessions(doc, refs, tok, actors, places)
        # Those kg_mentions named: they join by their head word.
        for r in refs:
            if r.kind == self.kind:
                root = doc[r.start:r.end].root
                if self._head(root) is not None:
                    events.append(_Event(r.key, self._head(root) or "", self._mods(root),
                                         comp=self._comp(root)))
        seen: dict[str, int] = {}  # event key -> its latest mention so far
        for t in tokens_tagged(doc, "NOUN", "PROPN"):  # what _head can take
            head = self._head(t)
            if head is None or not self._reported(t):
                continue
            own = tok.get(t.i)
            if own is not None and own.kind != self.kind:
                continue
            mods = self._mods(t)
            comp = self._comp(t)
            place = self._place(t, tok, actors)
            if head in self.wars:
                place = None  # a war named by its place is not located like a gathering
            phrases = self._phrases(t, tok)
            # (the place its verb gives labels the event but does not key it)
            labels = self._phrases(t, tok, place) if place is not None else phrases
            anaphoric = self._anaphoric(t)
            event = next((e for e in events if own is not None and e.key == own.key), None)
            if event is None:
                event = self._match(events, head, mods, place, anaphoric, comp, seen)
            met = None
            bare = anaphoric and not mods and not comp
            if event is None and bare:
                event = self._antecedent(events, head, seen, t)
                if event is not None and place and event.place and place != event.place:
                    event = None  # "the summit in CITY ... the meeting in OTHER": two events
            if bare and own is None and place is None and self.kind == "Event" and (
                    event is None or event.place is None):
                # "X and Y met in CITY on DATE. ... The meeting ...": the bare phrase names
                # the meeting the verb told (or the unplaced event it refers back to, as a
                # headline's "X-Y talks", took place there), unless an event came after it
                met = self._met_before(t, tok, seen[event.key] if event else -1)
                if met is not None:
                    place = self._verb_place(met, tok)
            elif bare and own is None and place is None and self.kind == "Event" and (
                    event is not None and event.key in seen):
                # "X met Y in CITY. The meeting ... X had met Z in OTHER. That meeting ...":
                # a bare phrase after a newer meeting placed elsewhere names that one
                newer = self._met_before(t, tok, seen[event.key])
                where = self._verb_place(newer, tok) if newer is not None else None
                if newer is not None and where is not None and where != event.place:
                    event, met, place = None, newer, where
                    phrases = self._phrases(t, tok, place)  # keyed apart: "meeting in OTHER"
            if met is not None and place is not None:
                labels = self._phrases(t, tok, place)  # "the meeting" told "in CITY"
            if event is None and met is None and head in self.gathering:
                continue  # "the gathering" only refers back to a meeting
            if event is None and met is None and not self._qualifies(t, tok):
                continue  # an unnamed meeting the text neither places nor dates
            if event is None:
                placed = [p for p in phrases if place is not None and p.endswith(f" {place}")]
                if head in self.wars and phrases[0] == t.text:
                    # "the war in X" goes by its place ("war in X"), not by "war"
                    placed = [p for p in phrases if any(f"{t.text} {w} " in p
                                                        for w in _WAR_PREPS)][:1]
                taken = {e.key for e in events}
                # two meetings with one head phrase go by their longer phrases
                key = next((p for p in placed + phrases[:1] + sorted(
                    phrases, key=len, reverse=True) if p not in taken), (placed or phrases)[0])
                event = _Event(key, head, mods, place, comp)
                events.append(event)
            event.place = event.place or place
            seen[event.key] = t.i
            if met is not None:
                met_verbs[met.i] = event.key
            if event.place is not None:
                places[event.key] = event.place
            info = actors.setdefault(event.key, ActorInfo(kind=self.kind))
            for p in labels:
                if p not in info.labels:
                    info.labels.append(p)
            if own is None:
                r = Ref(event.key, self.kind, t.i, t.i + 1, t.text, "coref")
                refs.append(r)
                tok[t.i] = r
        refs.sort(key=lambda r: r.start)
        doc._.kg_refs = refs
        doc._.kg_tok = tok
        doc._.kg_actors = actors
        if self.kind == "Event":
            doc._.kg_event_places = places
            doc._.kg_event_verbs = met_verbs
        return doc

    def _met_before(self, t: Token, tok: dict[int, Ref], after: int) -> Token | None:
        """The verb of meeting that a bare "the meeting" or "the summit" refers back to:
        the latest in the two sentences before this one that the text places and that
        names who met ("X and Y met in CITY on DATE"; "leaders of A and B gathered in
        CITY"), after ``after`` (the last mention of an event so far). A verb that already
        has its event ("met in CITY for talks") or is denied or only awaited has none."""
        doc = t.doc
        cons = lexicon().constructions
        if self._head(t) in self.street:
            verbs = cons.street_verbs  # "Thousands marched in CITY on DATE. The rally ..."
        elif self._head(t) in self.referring or self._head(t) in self.gathering:
            verbs = cons.meeting_verbs
        else:
            return None
        end = t.sent.start
        lo = end
        for _ in range(2):
            if lo == 0:
                break
            lo = doc[lo - 1].sent.start
        for i in range(end - 1, max(lo, after + 1) - 1, -1):
            v = doc[i]
            if v.pos_ != "VERB" or v.lemma_.lower() not in verbs:
                continue
            if is_negated(v) or is_hypothetical(v) or self._remote(v) or any(
                    c.dep_ == "aux" and c.lower_ in ("will", "to", "would", "shall")
                    for c in v.children):
                continue
            if any(o.i in tok and tok[o.i].kind == "Event" for c in v.children
                   if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"):
                continue  # "met in CITY for the summit", "met at the talks": its own event
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                continue
            if self._verb_place(v, tok) is None and not (v.tag_ == "VBD" and any(
                    w.ent_type_ == "DATE" for c in v.children
                    if c.dep_ in ("prep", "npadvmod") for w in c.subtree)):
                continue  # placed ("met in CITY"), or dated in the past ("met on DATE")
            # "The talks covered trade. A and B met in CITY. The talks also covered energy":
            # the phrase the text already used for something else (a call) goes on naming it
            head = self._head(t)
            first = v.sent.start
            for _ in range(2):
                first = doc[first - 1].sent.start if first > 0 else first
            if any(self._head(w) == head and w.i not in tok for w in doc[first:v.i]):
                return None
            return v
        return None

    @staticmethod
    def _verb_place(v: Token, tok: dict[int, Ref]) -> str | None:
        """The place a verb's "in" or "at" phrase names ("met in CITY"), also one the
        parser hangs on whom it met ("met X in CITY", "met with X in CITY")."""
        holders = [v] + [c for c in v.children if c.dep_ == "dobj"] + [
            o for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children if o.dep_ == "pobj"]
        for prep in (p for h in holders for p in _locative_preps(h)):
            for p in prep.children:
                if p.dep_ != "pobj":
                    continue
                # "at the NAME residence in CITY": the city the unnamed venue is in
                for x in [p] + [o for q in _locative_preps(p) for o in q.children
                                if o.dep_ == "pobj"]:
                    if (where := _where(x, tok)) is not None:
                        return where.key
        return None

    def _sessions(self, doc: Doc, refs: list[Ref], tok: dict[int, Ref],
                  actors: dict[str, ActorInfo], places: dict[str, str]) -> None:
        """A named assembly or forum that the gazetteer holds as an organization or body,
        where someone attends, addresses or speaks at it ("addressed the UN General
        Assembly", "speaking at the World Economic Forum in Davos"): the guidelines make
        the gathering an Event. That mention becomes one, keyed by its place ("World
        Economic Forum in Davos") or as a session ("UN General Assembly session")."""
        names = lexicon().constructions.gathering_name_heads
        for n, r in enumerate(refs):
            if r.kind not in ("Organization", "Body") or r.how not in ("name", "alias"):
                continue
            root = doc[r.start:r.end].root
            if root.lower_ not in names or not _attended_slot(root):
                continue
            place = self._place(root, tok, actors)
            key = f"{r.key} in {place}" if place else f"{r.key} session"
            event = Ref(key, "Event", r.start, r.end, r.text, "name")
            refs[n] = event
            for i in range(r.start, r.end):
                if i in tok and tok[i].key == r.key:
                    tok[i] = event
            info = actors.setdefault(key, ActorInfo(kind="Event"))
            for label in (key, _clean(r.text), r.key):
                if label not in info.labels:
                    info.labels.append(label)
            if place is not None:
                places[key] = place

    def _head(self, t: Token) -> str | None:
        """The event noun a token heads, singular ("talk" for "talks"), or None."""
        if t.pos_ not in ("NOUN", "PROPN"):
            return None
        lemma = t.lemma_.lower()
        if self.kind == "Event" and lemma in self.rites and any(
                c.dep_ in ("compound", "amod") and c.lower_ in self.rite_mods
                for c in t.children):
            return lemma  # "funeral prayers", "a memorial service"
        if self.kind == "Event" and lemma in self.street and t.text.islower():
            return lemma  # "a march" (written low, no month)
        if self.kind == "Event" and lemma in self.parts and any(
                p.dep_ == "pobj" and p.pos_ == "PROPN" and p.text[:1].isupper()
                for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children):
            return lemma  # "a session of the NAME Council": a sitting of a named body
        if self.kind == "Event" and lemma in self.parts and lemma != "round" and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
                for c in t.children):
            return lemma  # "the NAME Council session": the named body as a modifier
        if self.kind == "Event" and lemma in self.parts and lemma != "round" and self._anaphoric(
                t) and not self._modifiers(t):
            return lemma  # "the session", referring back to one (an event only as such)
        if self.kind == "Event" and lemma in self.wars:
            # "opposed the Iraq war"; "opposed the war", referring back to one
            return lemma if _war_stance(t) else None
        if lemma not in self.heads and t.lower_ not in self.heads and (
                lemma not in self.gathering):
            return None
        return lemma[:-1] if lemma in ("talks", "agreements", "guarantees") else lemma

    def _reported(self, t: Token) -> bool:
        """Not a denied or hypothetical event ("no talks", "possible talks"), nor one whose
        holding is denied ("did not hold drills", "had no plans to hold talks")."""
        if any(c.lower_ in self.denied for c in t.children):
            return False
        verb = t.head
        if t.dep_ != "dobj" or verb.lemma_.lower() not in lexicon().modality.holding_verbs:
            return True
        return not any(is_negated(v) or any(c.dep_ == "det" and c.lower_ == "no"
                                            for c in v.children)
                       for v in (verb, verb.head) if v.i == verb.i or verb.dep_ in ("xcomp", "acl"))

    def _qualifies(self, t: Token, tok: dict[int, Ref]) -> bool:
        """Named ("the AU summit", "Russian-Israeli talks"); a person's own ("X's news
        conference"); "the summit" (one the reader knows); placed and dated ("talks in
        Sochi on Monday"), or a meeting only placed ("held a meeting in CITY", the article
        dating it): the guidelines make such a meeting an event."""
        if self._head(t) in self.rites and not _participants(t, tok):
            return False  # a rite is an event where the text names who attended it
        if self._head(t) in self.wars:
            return _war_named(t)  # named by its place ("the Iraq war", "the war in X")
        if any(w.i in tok or w.pos_ == "PROPN" or _acronym(w) for m in self._modifiers(t)
               for w in m.subtree):
            return True
        # a person's own meeting: "X's news conference", "his talks with Y"
        if any(c.dep_ == "poss" and c.i in tok and tok[c.i].kind == "Person"
               for c in t.children) and not self._remote(t):
            return True
        # named by what it is of: "the opening ceremony of the NAME pipeline"
        if self._named_by_complement(t, tok):
            return True
        # named by its sides: "the trilateral meeting of A, B and C"
        sides = {tok[c.i].key for prep in t.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for p in prep.children if p.dep_ == "pobj" for c in [p, *p.conjuncts]
                 if c.i in tok and tok[c.i].kind in ("State", "Organization")}
        if len(sides) > 1:
            return True
        # "the meeting was attended by A and B": a meeting the text gives its named
        # participants
        if self._attended_by_named(t, tok):
            return True
        # "X attended funeral prayers at VENUE in CITY", "A and B wore T-shirts to a rally
        # in CITY": one its named participants took part in, that the text places (not
        # "X hosted the talks", which the text does not tell apart)
        if _participants(t, tok) and self._place(t, tok, {}) is not None:
            return True
        # "the summit", "the conference": the news names one gathering so, known to the
        # reader
        if self._head(t) in self.definite and any(
                c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            return True
        part = _stand_in(t)  # "the third round of talks took place in CITY on DATE"
        holders = [t] + ([part] if part.i != t.i else []) + (
            [part.head] if part.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else [])
        if part.dep_ == "pobj" and part.head.dep_ in ("prep", "dative"):
            holders.append(part.head.head)  # (also "sent X to the ceremony in CITY on DATE")
            if part.head.head.dep_ == "acomp":
                holders.append(part.head.head.head)  # "was present at the ceremony on DATE"
        # "the meeting of the leaders of A and B in CITY", "talks with X in CITY": the
        # parser hangs the place on the "of" or "with" phrase
        holders += [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]
        holders += self._partners(t)
        # "the meeting, held in CITY on DATE, ..."
        # (also one its host holds there: "the talks, hosted by X in CITY on DATE")
        hosted = [c for c in t.children if c.dep_ == "acl"
                  and (c.lemma_.lower() in lexicon().constructions.located_participles
                       or c.lemma_.lower() in lexicon().modality.host_verbs)]
        # (the parser may hang the place on the host: "organised by X in CITY")
        holders += hosted + [o for c in hosted for a in c.children if a.dep_ == "agent"
                             for o in a.children if o.dep_ == "pobj"]
        # "Sunday's rally in CITY": a day as its possessor dates it
        placed = False
        dated = any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in t.children)
        for h in holders:
            for prep in _locative_preps(h):
                placed |= any(_where(x, tok) is not None for p in prep.children
                              if p.dep_ == "pobj" for x in _nested_places(p))
            dated |= any(w.ent_type_ in ("DATE", "TIME") for c in h.children
                         if c.i != t.i and c.dep_ in ("prep", "npadvmod", "acl", "tmod")
                         for w in c.subtree)
        # a meeting the text places is one even undated ("held a meeting in CITY"); a
        # dated one may be a call ("talks via videoconference on DATE") or still planned
        if placed and (dated or self._head(t) in self.referring):
            return True
        return self._held_with(t, tok)

    def _held_with(self, t: Token, tok: dict[int, Ref]) -> bool:
        """Talks or a meeting that a named subject held with a named party, in person
        ("X held talks with President of STATE Y", "X had a meeting with Y"): the article
        dates them, and the guidelines make such a meeting an event. Not a call ("held
        talks with Y by telephone"), a planned or denied one, nor several ("held separate
        talks with A and with B")."""
        verb = t.head
        if t.dep_ != "dobj" or verb.lemma_.lower() not in lexicon().modality.holding_verbs or (
                self._head(t) not in ("talk", "meeting")) or self._remote(t) or any(
                c.lower_ in lexicon().constructions.several_meeting_modifiers
                for c in t.children):
            return False
        if is_negated(verb) or is_hypothetical(verb) or verb.tag_ in ("VB", "VBG") or any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "to", "shall")
                for c in verb.children):
            return False
        if any(c.dep_ in ("acl", "amod") and c.lower_ in self.future for c in t.children):
            return False  # "had a meeting with Y planned for next week"
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i in tok
                    and tok[c.i].kind in ("Person", "State")]
        partners = [w for w in self._partners(t) if w.i in tok
                    and tok[w.i].kind in ("Person", "State")]
        return bool(subjects and partners)

    @staticmethod
    def _attended_by_named(t: Token, tok: dict[int, Ref]) -> bool:
        """Whether a definite meeting is the subject of a passive verb of attending whose
        agent names someone ("the meeting was attended by A, B and C"), asserted."""
        verb = t.head
        if t.dep_ != "nsubjpass" or verb.pos_ != "VERB" or "attended" not in lexicon().verbs_of(
                verb.lemma_.lower()) or not any(c.dep_ == "det" and c.lower_ in (
                    "the", "this", "that") for c in t.children):
            return False
        if is_negated(verb) or is_hypothetical(verb):
            return False
        return any(w.i in tok and tok[w.i].kind in ("Person", "State", "Organization")
                   for a in verb.children if a.dep_ == "agent" for w in a.subtree)

    def _remote(self, t: Token) -> bool:
        """Held by telephone or video ("his talks with X via videoconference"): a call,
        which the guidelines make no event."""
        means = lexicon().constructions.remote_means
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in means for c in t.children):
            return True  # "telephone talks", "video talks"
        # the means may hang on any word up to the clause's verb ("told X about the
        # results of his talks with Y via videoconference")
        cur = t
        for _ in range(6):
            # (the parser may make "by video link" an agent)
            if any(c.dep_ in ("prep", "agent") and c.lower_ in ("via", "by", "over") and any(
                    o.lemma_.lower() in means for o in c.children if o.dep_ == "pobj")
                    for c in cur.children):
                return True
            if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
                return False
            cur = cur.head
        return False

    def _modifiers(self, t: Token) -> list[Token]:
        # (an adjective of time stays: "annual" of "his annual news conference")
        return [c for c in t.lefts if (c.dep_ in ("amod", "compound", "nmod", "nummod")
                and (c.ent_type_ not in ("DATE", "TIME", "CARDINAL") or (
                    c.pos_ == "ADJ" and c.lower_ in self.generic))) or _holders_name(c)]

    def _mods(self, t: Token) -> frozenset[str]:
        """The distinguishing words of an event phrase: its modifiers but generic ones."""
        words = {w.lower_ for m in self._modifiers(t) for w in m.subtree
                 if (w.is_alpha or _acronym(w)) and (
                     w.lower_ not in self.generic or w.lower_ in self.future)}
        # a year tells two summits apart ("the 2024 summit"); so does a future word ("the
        # next summit" is not the one just held)
        words |= {c.text for c in t.lefts if c.dep_ in ("nummod", "compound", "amod", "nmod")
                  and c.like_num and len(c.text) == 4}
        return frozenset(words)

    def _match(self, events: list[_Event], head: str, mods: frozenset[str], place: str | None,
               anaphoric: bool, comp: frozenset[str] = frozenset(),
               seen: dict[str, int] | None = None) -> _Event | None:
        """The event a mention refers to, if any: the latest with this head whose
        modifiers it shares ("the AU summit" after "the 2019 AU summit"); or, for a mention
        without modifiers, the latest with this head when it refers back ("the talks",
        "his talks") or adds the place the event lacked (a headline's "Russia-Turkmenistan
        talks", then "held talks in the Kremlin")."""
        bare: list[tuple[int, int, _Event]] = []
        for n, e in reversed(list(enumerate(events))):
            if e.head != head or (place and e.place and place != e.place):
                continue
            if comp and e.comp and comp != e.comp:
                continue  # "the meeting of A and B", "the meeting of C": two meetings
            if mods:
                if e.mods and mods & e.mods:
                    return e
                continue
            if seen is not None and e.key not in seen:
                continue  # a bare "the meeting" refers back, not ahead
            if anaphoric or (place and not e.place):
                bare.append(((seen or {}).get(e.key, -1), n, e))
        return max(bare, key=lambda b: b[:2])[2] if bare else None

    def _antecedent(self, events: list[_Event], head: str, seen: dict[str, int],
                    t: Token | None = None) -> _Event | None:
        """The meeting a bare "the talks" or "the meeting" refers back to when no earlier
        event has its head: the meeting mentioned last ("the CITY summit ... joined
        the talks")."""
        if head in self.street and not any(e.head == head and e.key in seen for e in events):
            # "a protest in CITY ... The rally was organised by X": one street gathering
            street = [e for e in events if e.key in seen and e.head in self.street]
            if street:
                return max(street, key=lambda e: seen[e.key])
        if head not in self.referring and head not in self.gathering and head not in self.parts:
            return None  # (also "the session" of the summit told before)
        if any(e.head == head and e.key in seen for e in events):
            return None
        # (also a session of a named council: "an emergency session of the NAME Council
        # ... Taking part in the meeting were A and B")
        latest = [e for e in events if e.key in seen and (
            e.head in self.referring or e.head in self.parts)]
        return max(latest, key=lambda e: seen[e.key], default=None)

    def _named_by_complement(self, t: Token, tok: dict[int, Ref]) -> bool:
        """An "of" phrase with a name in it ("of A, B and C", "of the NAME
        gas pipeline"); but a meeting of an organization or its council may be
        a session of a larger gathering, no event of its own."""
        words = self._complement(t)
        organs = lexicon().mentions.organ_nouns
        if any(w.dep_ == "pobj" and w.head.lower_ == "of" and w.head.head.i == t.i
               and w.i in tok and (tok[w.i].kind in ("Organization", "Event") or (
                   tok[w.i].kind == "Body" and w.lower_ in organs))
               for w in words):
            # but a numbered one that its named participants attend or address is an event:
            # "X gave the opening address to the 42nd meeting of ORG" ("X spoke at a
            # meeting of the ORG council" may be a session of a summit)
            # (as is one its participants take part in or attend: "X took part in a
            # meeting of the NAME Council", "A and B attended a meeting of ORG")
            numbered = any(c.dep_ in ("amod", "nummod", "compound") and (
                c.ent_type_ == "ORDINAL" or (c.like_num and len(c.text) == 4))
                for c in t.lefts)
            at = t.dep_ == "pobj" and t.head.lower_ in ("at", "during")
            return (numbered or not at) and bool(_participants(t, tok)) and any(
                tok[w.i].kind != "Event" for w in words if w.i in tok)
        return any(w.pos_ == "PROPN" or (w.i in tok and tok[w.i].kind != "Event")
                   for w in words)

    @staticmethod
    def _partners(t: Token) -> list[Token]:
        """The nouns of a "with" or "between" phrase ("talks with the President of X Y in
        CITY", "talks between A and B in CITY"), on which the parser may hang the meeting's
        place."""
        return [w for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                for p in c.children if p.dep_ == "pobj" for w in p.subtree
                if w.pos_ in ("NOUN", "PROPN")]

    @staticmethod
    def _complement(t: Token) -> list[Token]:
        """The words of an event's "of" phrase ("the meeting of A, B and C")."""
        return [w for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj" for w in p.subtree]

    def _comp(self, t: Token) -> frozenset[str]:
        """The content words of the "of" phrase, which tell two meetings apart; for an
        event also those of its "between" or "with" phrase ("the talks between the foreign
        ministers" and "the talks between A and B" are two)."""
        words = self._complement(t)
        if self.kind == "Event":
            words = words + [w for c in t.children if c.dep_ == "prep"
                             and c.lower_ in ("between", "with")
                             for p in c.children if p.dep_ == "pobj" for w in p.subtree]
        return frozenset(w.lower_ for w in words if w.is_alpha and not w.is_stop)

    @staticmethod
    def _anaphoric(t: Token) -> bool:
        """ "the talks", "these talks", "his talks": a mention that refers back (also as
        the modifier of a noun so determined: "the summit participants")."""
        holders = [t] + ([t.head] if t.dep_ == "compound" and t.head.i > t.i else [])
        return any(c.dep_ in ("det", "poss") and c.lower_ in (
            "the", "this", "these", "that", "those", "his", "her", "their", "its", "both")
            for h in holders for c in h.children if c.i < t.i)

    def _topic(self, t: Token, core: str) -> list[str]:
        """The phrase with the "on" phrase that gives an event's topic: "conference on
        reconstruction", "talks on the nuclear programme" (not a day: "talks on Monday")."""
        if self.kind != "Event":
            return []
        out = []
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "on"):
            words = [w for o in prep.children if o.dep_ == "pobj" for w in o.subtree]
            if not words or len(words) > 8 or any(
                    w.ent_type_ in ("DATE", "TIME") or w.pos_ in ("VERB", "AUX")
                    or w.text in (",", ";", "(", "-") for w in words):
                continue
            tail = _clean(t.doc[min(w.i for w in words):max(w.i for w in words) + 1].text)
            out.append(f"{core} on {tail}")
        return out

    def _labelled_by_organ(self, t: Token, tok: dict[int, Ref]) -> bool:
        """An "of" phrase naming an organization or its council ("a meeting of the NAME
        Council", "the summit of ORG"): no event of its own by that alone (it may be a
        session of a larger gathering), but a phrase naming one the text places or dates."""
        organs = lexicon().mentions.organ_nouns
        return any(w.dep_ == "pobj" and w.head.lower_ == "of" and w.head.head.i == t.i
                   and w.i in tok and (tok[w.i].kind == "Organization" or (
                       tok[w.i].kind == "Body" and w.lower_ in organs))
                   for w in self._complement(t))

    def _extended(self, t: Token, core: str, tok: dict[int, Ref]) -> list[str]:
        """The phrase with an "of" phrase that names the event ("trilateral meeting of
        A, B and C", "opening ceremony of the NAME gas pipeline", "meeting of the NAME
        Council"); ``tok`` is the mention table with the events minted so far."""
        words = self._complement(t)
        # not a clause, aside or bracket on its last noun: "of ORG (ABBR), which ..."
        cut = {w.i for c in words if c.dep_ in ("relcl", "acl", "appos", "parataxis")
               and c.head.i != t.i for w in c.subtree}
        cut |= {w.i for w in words if w.is_punct and w.text in "(["}
        if cut:
            words = [w for w in words if w.i < min(cut)]
        if not words or len(words) > 12 or not (
                self._named_by_complement(t, tok) or self._labelled_by_organ(t, tok)):
            return []
        # up to its date or place: "of the leaders of A, B and C (in CITY) (on DATE)"
        cuts = [w.i for w in words if w.ent_type_ in ("DATE", "TIME")]
        cuts += [w.i for w in words if w.dep_ == "prep" and w.lower_ in ("in", "at") and any(
            p.dep_ == "pobj" and p.i in tok and tok[p.i].kind in ("Place", "State")
            for p in w.children)]
        end = min([max(w.i for w in words) + 1] + cuts)
        tail = _clean(t.doc[min(w.i for w in words):end].text).rstrip(",;: ")
        tail = re.sub(r"\s+(?:on|in|at)$", "", tail)
        return [f"{core} of {tail}"] if tail else []

    @staticmethod
    def _place(t: Token, tok: dict[int, Ref], actors: dict[str, ActorInfo]) -> str | None:
        """Where the phrase or the verb it is the object of puts the event; or the city
        that names it ("the CITY summit")."""
        doc = t.doc
        for m in (c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"):
            if any(0 <= n < len(doc) and doc[n].text in _HYPHENS for n in (m.i - 1, m.i + 1)):
                continue  # "the A-B summit": the sides, not the place
            r = tok.get(m.i)
            if r is not None and r.kind == "Place":
                return r.key
            info = actors.get(m.text)
            if r is not None and r.kind == "Event" and info is not None and info.kind == "Place":
                return m.text  # a city known from elsewhere, inside the event's name
        part = _stand_in(t)  # "the round of talks took place in CITY"
        holders = [t] + ([part] if part.i != t.i else []) + (
            [part.head] if part.dep_ in ("dobj", "nsubj", "nsubjpass") else [])
        holders += [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]
        holders += EventResolver._partners(t)
        # "the talks, hosted by X in CITY", "the meeting, held in CITY"
        cons = lexicon()
        holders += [c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and (
            c.lemma_.lower() in cons.constructions.located_participles
            or c.lemma_.lower() in cons.modality.host_verbs)]
        if part.dep_ == "pobj" and part.head.head.pos_ in ("VERB", "AUX"):
            holders.append(part.head.head)  # "met in CITY for their summit"
        for h in holders:
            for prep in _locative_preps(h):
                if in_name(t.i + 1, prep):
                    continue  # "the Conference on X and Y in REGION"
                for p in prep.children:
                    # "at the NAME mosque in CITY": the city the unnamed venue is in
                    for x in _nested_places(p) if p.dep_ == "pobj" else []:
                        if (where := _where(x, tok)) is not None:
                            return where.key
        return None

    def _phrases(self, t: Token, tok: dict[int, Ref], where: str | None = None) -> list[str]:
        """The phrases naming the event: with its modifiers, without the generic ones,
        the bare head with and without "the", and "... in PLACE" (also where the verb
        places it: "held a rally in CITY"); "DAY's rally"; "conference on TOPIC"."""
        doc = t.doc
        mods = self._modifiers(t)
        start = min([t.i] + [w.i for m in mods for w in m.subtree])
        named_by = {m.i for m in mods if m.dep_ == "poss"}
        words = [w for w in doc[start:t.i + 1] if (w.tag_ != "POS" or w.head.i in named_by)
                 and (w.dep_ not in ("det", "poss") or w.i in named_by)
                 and (not w.is_punct or w.text in _HYPHENS or w.head.i in named_by)]
        full = _clean(" ".join(w.text for w in words)).replace(" ' ", "' ") if words else t.text
        generic = {w.i for w in words if w.lower_ in self.generic and w.i != t.i}
        # a dash between a generic word and another ("top-level") goes with it
        generic |= {w.i for w in words if w.text in _HYPHENS and (w.i - 1 in generic
                                                                 or w.i + 1 in generic)}
        bare = [w for w in words if w.i not in generic]
        core = _clean(" ".join(w.text for w in bare)).replace(" ' ", "' ") if bare else t.text
        # the bare head ("the meeting") only where the text uses it: a node that has it
        # without the text using it for this event takes another event's phrase
        out = [full, core] + ([t.text, f"the {t.text}"] if core == t.text else [])
        if core != t.text:
            out.append(f"the {core}")
        out.extend(self._extended(t, core, tok))
        preps = ("in", "at") + (_WAR_PREPS if t.lemma_.lower() in self.wars else ())
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in preps):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                place = tok.get(pobj.i)
                if place is not None and place.kind in ("Place", "State"):
                    out.append(f"{core} {prep.lower_} {_clean(place.text)}")
                    if full != core:  # "the X-led war on Y"
                        out.append(f"{full} {prep.lower_} {_clean(place.text)}")
        if where is not None and self.kind == "Event" and where not in core and not any(
                p.startswith(f"{core} in ") or p.startswith(f"{core} at ") for p in out):
            out.append(f"{core} in {where}")  # the place its verb gives: "held a rally in CITY"
        # "Sunday's rally": the day that names it
        out += [f"{_clean(c.text)}'s {core}" for c in t.children if c.dep_ == "poss"
                and c.ent_type_ in ("DATE", "TIME") and self.kind == "Event"]
        out += self._topic(t, core)
        part = _stand_in(t)
        if part.i != t.i and self.kind == "Event":
            # "the third round of talks": the part names the event too
            pmods = [c for c in part.lefts if c.dep_ in ("amod", "nummod", "compound")]
            pstart = min([part.i] + [w.i for m in pmods for w in m.subtree])
            out += [_clean(f"{doc[pstart:part.i + 1].text} of {core}"),
                    f"{part.text} of {core}"]
        seen: list[str] = []
        for p in out:
            p = re.sub(r"^(?:the|a|an)\s+(?=the\s)", "", p)
            if p and p not in seen:
                seen.append(p)
        return seen


class InitiativeResolver(EventResolver):
    """The ``kg_initiatives`` component: agreements, plans and resolutions."""

    kind = "Initiative"

    def __init__(self, name: str) -> None:
        super().__init__(name)
        cons = lexicon().constructions
        self.heads = cons.initiative_phrase_heads
        self.generic = cons.event_generic_modifiers | cons.initiative_generic_modifiers
        self.complemented = cons.initiative_complemented_heads
        self.owned = cons.owned_proposals
        self.gathering = frozenset()
        self.stance_heads = cons.stance_object_heads
        self.named_acts = cons.self_naming_acts
        self._stance: dict[int, str] = {}  # token of a stance's object -> its head

    def __call__(self, doc: Doc) -> Doc:
        # Gate: only nouns of [constructions] stance_object_heads and
        # initiative_complemented_heads are looked at.
        # (and the heads a complement makes an initiative: "called for a ceasefire in PLACE")
        heads = self.stance_heads | self.complemented
        self._stance = {t.i: t.lemma_.lower() for t in tokens_tagged(doc, "NOUN")
                        if (t.lemma_.lower() in heads or t.lower_ in heads)
                        and _stance_object(t)}
        return super().__call__(doc)

    def _antecedent(self, events: list[_Event], head: str, seen: dict[str, int],
                    t: Token | None = None) -> _Event | None:
        """The agreement a bare "the deal" or "the accord" refers back to when no earlier
        initiative has its head: the agreement, deal or treaty mentioned last ("the
        nuclear treaty with X ... the deal")."""
        cons = lexicon().constructions
        # (also "a peace plan ... the proposal", "a bill to fund Y ... the legislation")
        agreements = next((g for g in (cons.agreement_heads, cons.proposal_heads,
                                       cons.legislation_heads, cons.resolution_heads)
                           if head in g), None)
        if agreements is None or any(e.head == head and e.key in seen for e in events):
            return None
        if t is None or t.text[:1].isupper() or any(
                c.dep_ in ("prep", "acl", "relcl") for c in t.children):
            return None  # "the Agreement between X and Y": a name or phrase of its own
        latest = [e for e in events if e.key in seen and e.head in agreements]
        return max(latest, key=lambda e: seen[e.key], default=None)

    @staticmethod
    def _owned_plan(t: Token, tok: dict[int, Ref]) -> bool:
        """A plan or proposal, singular, with what it is for ("a plan to phase out Y", "a
        proposal for a truce") and its proposer: an actor's own ("X's plan") or the
        subject's, made by a verb of proposing ("X unveiled a plan to ..."). A plan to
        travel or meet ("X's plan to visit Y") is an awaited act, no initiative."""
        if t.tag_ not in ("NN", "NNP") or is_negated(t) or is_hypothetical(t):
            return False
        lex = lexicon()
        acls = [c for c in t.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if any({"visited", "metWith", "attended"} & set(lex.verbs_of(a.lemma_.lower()))
               for a in acls):
            return False
        fors = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "on")]
        if not acls and not fors:
            return False
        agents = ("State", "Organization", "Person", "Body")
        if any(c.dep_ == "poss" and c.i in tok and tok[c.i].kind in agents for c in t.children):
            return True
        verb = t.head
        if t.dep_ == "pobj" and verb.dep_ == "prep":
            # a proposing verb's preposition: "came up with a plan to ...", "pushed for a
            # plan to ..."
            prep, verb = verb, verb.head
            lemma = verb.lemma_.lower()
            preps = lex.relations["proposes"].verb_preps
            keys = [lemma] + [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"]
            return any(prep.lower_ in preps.get(k, ()) for k in keys) and (
                not is_negated(verb) and not is_hypothetical(verb))
        lemma = verb.lemma_.lower()
        # (a phrasal verb too: "put forward a plan for Y")
        keys = [lemma] + [f"{lemma} {c.lower_}" for c in verb.children
                          if c.dep_ in ("prt", "advmod")]
        return t.dep_ == "dobj" and any("proposes" in lex.verbs_of(k) for k in keys) and (
            not is_negated(verb) and not is_hypothetical(verb))

    def _qualifies(self, t: Token, tok: dict[int, Ref]) -> bool:
        """Named by a distinguishing modifier ("the border agreement", "the Minsk
        agreements") or a complement ("a resolution condemning X", "a plan to ...")."""
        if proposal_participles(t):
            return True  # "the changes proposed by X"
        mods = self._mods(t)
        orgs = {tok[w.i].key for m in self._modifiers(t) for w in m.subtree
                if w.i in tok and tok[w.i].kind == "Organization"}
        named_by = {w.lower_ for m in self._modifiers(t) for w in m.subtree
                    if w.i in tok and tok[w.i].kind == "Organization"}
        owned = self._head(t) in self.owned
        if len(orgs) == 1 and mods <= named_by and not owned:
            return False  # "the GROUP pact" is the grouping itself, an organization
        if t.i in self._stance and EventResolver._head(self, t) is None and not _proposed(t):
            return self._named_stance_object(t, tok)
        if mods:
            return True
        if owned and self._owned_plan(t, tok):
            return True  # "X's plan to phase out Y", "unveiled a proposal for Y"
        if self._head(t) not in self.complemented:
            return False  # "plans to invest", "the project": no initiative of note
        if t.i in self._stance and _placed_truce(t, tok):
            return True  # "called for a ceasefire in PLACE": sought, and told apart by where
        return any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ in (
            "on", "for", "between", "with", "against")) for c in t.children)

    def _head(self, t: Token) -> str | None:
        """An initiative head, or a noun made a proposal by a draft or its proposer."""
        head = super()._head(t)
        if head is None and t.pos_ == "NOUN" and _proposed(t):
            return t.lemma_.lower()
        if head is None and t.i in self._stance:
            return self._stance[t.i]
        if head is None and t.pos_ == "NOUN" and self._anaphoric(t) and not self._mods(t) and (
                not any(c.dep_ in ("prep", "acl", "relcl") for c in t.children)):
            # "the bill" after "vowed to veto any bill containing X": refers back
            lemma = t.lemma_.lower()
            if any(i < t.i and h == lemma for i, h in self._stance.items()):
                return lemma
            if lemma in lexicon().constructions.resolution_heads:
                # "the text", "the draft": a draft resolution named before, if any
                # (kept only where _antecedent finds it)
                return lemma
        return head

    def _named_stance_object(self, t: Token, tok: dict[int, Ref]) -> bool:
        """The object of a stance that the text tells apart ("called for peace talks",
        "vowed to veto any bill containing X", "X's application to join Y", "rejected the
        proposed ban"): by a noun or participle modifier, a complement or a named owner; or
        an act that names itself ("promised an amnesty"). An adjective of judgement ("a
        fair settlement") or a relative clause ("measures that promote security") only
        describes it."""
        if self._stance[t.i] in self.named_acts:
            return True
        if any(m.dep_ in ("compound", "nmod") or m.tag_ == "VBN" for m in self._modifiers(t)
               if m.lower_ not in self.generic):
            return True
        return any(c.dep_ in ("acl", "prep") or (c.dep_ == "poss" and c.i in tok)
                   or _infinitive_relative(c) for c in t.children)

    def _reported(self, t: Token) -> bool:
        """A stance on "any bill containing X" is on a kind of bill the text names."""
        if t.i in self._stance:
            return not any(c.lower_ in self.denied and c.lower_ != "any" for c in t.children)
        return super()._reported(t)

    def _phrases(self, t: Token, tok: dict[int, Ref], where: str | None = None) -> list[str]:
        """Also the phrase with its named owner: "X's negotiated agreement"."""
        out = super()._phrases(t, tok)
        owners = [c for c in t.children if c.dep_ == "poss" and c.i in tok
                  and tok[c.i].kind in ("State", "Organization", "Person", "Body")]
        full = core = out[0] if out else t.text
        if len(out) > 1 and not out[1].startswith("the ") and full.endswith(f" {out[1]}"):
            core = out[1]  # "new restrictions", "restrictions"
        # "the new restrictions on Y": with its complement, also with the generic modifier
        tails = [p[len(core):] for p in out if p.startswith(f"{core} ")]
        out += [f"{full}{tail}" for tail in tails if full != core and f"{full}{tail}" not in out]
        if owners and out:
            owner = owners[0]
            start = min(w.i for w in owner.subtree)
            phrase = _clean(t.doc[start:t.i + 1].text)
            if t.i - start < 12:
                for p in [phrase] + [f"{phrase}{tail}" for tail in tails[:1]]:
                    if p not in out:
                        out.append(p)
        return out

    def _place(self, t: Token, tok: dict[int, Ref],  # type: ignore[override]
               actors: dict[str, ActorInfo]) -> str | None:
        return None  # an initiative is not told apart by where it is mentioned

    def _extended(self, t: Token, core: str, tok: dict[int, Ref]) -> list[str]:
        """The phrase with its complement: "resolution condemning X", "plan for Y"; and
        with its proposer: "changes proposed by X"."""
        rights = [c for c in t.rights if c.dep_ in ("acl", "relcl", "prep")
                  and not (c.dep_ == "prep" and c.lower_ in ("in", "at", "by", "during"))
                  and not (c.dep_ == "relcl" and t.doc[c.left_edge.i - 1].text == ",")]
        if not rights:
            return []
        out = _proposer_phrases(t, core)
        end = max(w.i for c in rights for w in c.subtree) + 1
        # "the Treaty between A and B and the Agreement between ...": up to the next one
        end = min([end] + [w.left_edge.i for c in rights for w in c.subtree
                           if w.dep_ == "conj" and w.i != t.i and self._head(w) is not None])
        # "the bill to amend the NAME Act, which sets ...": up to an aside on a later noun
        end = min([end] + [w.left_edge.i - 1 for c in rights for w in c.subtree
                           if w.dep_ in ("relcl", "appos") and w.left_edge.i > t.i + 1
                           and t.doc[w.left_edge.i - 1].text == ","])
        while end > t.i + 1 and t.doc[end - 1].lower_ in ("and", "or", ","):
            end -= 1
        if end - t.i <= 20:
            tail = _clean(t.doc[t.i + 1:end].text).rstrip(",;:")
            out = [f"{core} {tail}", f"the {core} {tail}"] + out
            # "a policy of seizing X and redistributing it": also up to the second act
            second = [w.i for c in rights for w in c.subtree if w.dep_ == "cc"
                      and w.head.pos_ == "VERB" and t.i + 2 < w.i < end and any(
                          x.dep_ == "conj" and x.pos_ == "VERB" for x in w.head.children)]
            if second:
                short = _clean(t.doc[t.i + 1:min(second)].text).rstrip(",;:")
                out += [f"{core} {short}", f"the {core} {short}"]
        if len(rights) > 1:
            # "a proposal from X to end Y, limiting it to Z": each complement names it
            # ("proposal from X", "proposal to end Y"), up to a comma
            for c in rights:
                first = min(w.i for w in c.subtree)
                last = min([max(w.i for w in c.subtree) + 1, end] + [
                    w.i for w in c.subtree if w.text in (",", ";", "(") and w.i > first])
                part = _clean(t.doc[first:last].text).rstrip(",;:")
                if part and last - first <= 20 and f"{core} {part}" not in out:
                    out.append(f"{core} {part}")
        return out


def _holders_name(c: Token) -> bool:
    """A capitalized plural possessive of office holders in a meeting's name: the
    "Foreign Ministers'" of "the ASEAN Foreign Ministers' Meeting", "Leaders' Summit"."""
    lex = lexicon().titles
    return c.dep_ == "poss" and c.tag_ in ("NNS", "NNPS", "NNP") and c.text[:1].isupper() and (
        c.lemma_.lower() in lex.words or c.lemma_.lower() in lex.agents
        or c.lower_ in lex.agents) and any(
        k.dep_ == "case" and k.text in ("'", "\u2019") for k in c.children)


def _acronym(w: Token) -> bool:
    """An acronym the tagger may take for a common noun, with the sign of an extended format
    ("BRICS+", "G7+"): a name all the same."""
    core = w.text.rstrip("+")
    return len(core) > 1 and core != w.text and core.isupper() and core[:1].isalpha()


def _placed_truce(t: Token, tok: dict[int, Ref]) -> bool:
    """A stance object with the place it is for: "a ceasefire in PLACE", "a truce in
    STATE" (the place names which one)."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.i in tok and tok[o.i].kind in ("Place", "State")
        for o in c.children) for c in t.children)


def _infinitive_relative(c: Token) -> bool:
    """An infinitive the parser hangs on a noun as a relative clause, which says what the
    measure is for ("a bill to ban X", "legislation to raise Y"): a complement, like an
    "acl"."""
    return c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and c.i > c.head.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and not any(
        a.dep_ in ("nsubj", "nsubjpass") for a in c.children)


def _stance_object(t: Token) -> bool:
    """Whether a noun is what a stance is taken on, asserted: the object of a verb of
    proposing, opposing or supporting ("vetoed the bill", "the bill was vetoed", "called
    for peace talks", "voted against the motion"), or of such a noun ("opposition to the ban",
    "support for the application"); a conjunct stands where its first one does. A wire-copy
    family: "X rejected the new restrictions on Y", "X backs the reform of Y"."""
    lex = lexicon()
    rels = [lex.relations[r] for r in lex.constructions.stance_relations if r in lex.relations]
    if is_negated(t) or any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
        return False
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    trigger: Token | None = None
    if t.dep_ in ("dobj", "nsubjpass"):  # "vetoed the bill", "the bill was vetoed by X"
        v = t.head
        keys = [v.lemma_.lower()] + [f"{v.lemma_.lower()} {c.lower_}" for c in v.children
                                      if c.dep_ == "prt"]
        if v.pos_ == "VERB" and (any(k in r.verbs for r in rels for k in keys) or (
                keys[0] in lex.constructions.enacting_verbs)):
            trigger = v  # (also "passed the bill to ...": enacting it supports it)
    elif t.dep_ == "pobj":
        prep, h = t.head, t.head.head
        key = h.lemma_.lower()
        keys = [key] + [f"{key} {c.lower_}" for c in h.children if c.dep_ == "prt"]
        if h.pos_ in ("VERB", "ADJ") and any(
                prep.lower_ in r.verb_preps.get(k, ()) for r in rels for k in keys):
            trigger = h
        elif h.pos_ == "NOUN" and any(prep.lower_ in r.nouns.get(k, ()) for r in rels
                                      for k in (key, h.lower_)):
            trigger = h
        elif (protest := _protested_with(prep)) is not None:
            trigger = protest.head.head  # "resigned in protest at the new law"
    if trigger is None or is_negated(trigger):
        return False
    if t.lemma_.lower() in lex.constructions.meeting_nouns or (
            t.lower_ in lex.constructions.meeting_nouns):
        # talks are an initiative only while sought ("called for peace talks"); talks
        # held, hosted or mediated are a meeting ("mediated talks between A and B")
        proposing = lex.relations["proposes"]
        key = trigger.lemma_.lower()
        sought = key in proposing.verbs or any(
            p.lower_ in proposing.verb_preps.get(key, ()) or p.lower_ in proposing.nouns.get(
                key, ()) for p in [t.head] if t.dep_ == "pobj")
        if not sought or key in lex.modality.host_verbs:
            return False
    # "vowed to veto any bill ...": a commitment states the stance
    head = trigger.head
    committed = trigger.dep_ == "xcomp" and head.lemma_.lower() in (
        lex.modality.commitment_heads) and not is_negated(head) and not is_hypothetical(head)
    return committed or not is_hypothetical(trigger)


def in_protest(noun: Token) -> bool:
    """ "in protest" on a verb: "resigned in protest at X", "walked out in protest"."""
    return protest_verb(noun) is not None


def protest_verb(noun: Token) -> Token | None:
    """The verb of an act done "in protest": "resigned in protest at X"; also where the
    parser hangs the phrase on the verb's object ("recalled its envoy in protest")."""
    if noun.lemma_.lower() not in lexicon().constructions.protest_nouns or not (
            noun.dep_ == "pobj" and noun.head.lower_ == "in"):
        return None
    head = noun.head.head
    if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
        head = head.head
    return head if head.pos_ == "VERB" else None


def _protested_with(prep: Token) -> Token | None:
    """The "protest" of "in protest at X" whose object ``prep`` introduces, also where the
    parser hangs "at X" on the verb ("resigned [in protest] [at X]")."""
    if prep.lower_ not in lexicon().constructions.protest_preps:
        return None
    if in_protest(prep.head):
        return prep.head
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    if in_protest(before) and (v := protest_verb(before)) is not None and (
            prep.head.i in (v.i, before.head.head.i)):
        return before
    return None


def protest_objects(noun: Token) -> list[Token]:
    """What "in protest at/against/to X" protests: the X (and its conjuncts)."""
    preps = [p for p in noun.children if p.dep_ == "prep"]
    if noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].dep_ == "prep":
        preps.append(noun.doc[noun.i + 1])
    return [c for p in preps if (w := _protested_with(p)) is not None and w.i == noun.i
            for o in p.children if o.dep_ == "pobj" for c in [o, *o.conjuncts]]


def _proposed(t: Token) -> bool:
    """A noun that the text makes a proposal: a draft ("the draft decision") or one with
    its proposer ("the changes proposed by X"); a conversation or meeting that someone
    initiated is no proposal ("a telephone conversation initiated by X")."""
    cons = lexicon().constructions
    if t.lemma_.lower() in cons.meeting_nouns or t.lower_ in cons.meeting_nouns:
        return False
    drafts = cons.draft_modifiers
    return any(c.dep_ in ("amod", "compound") and c.lower_ in drafts for c in t.children) or (
        bool(proposal_participles(t)))


def _proposer_phrases(t: Token, core: str) -> list[str]:
    """ "changes proposed by X", without what follows the proposer ("this morning")."""
    out: list[str] = []
    for acl in proposal_participles(t):
        agents = [p for a in acl.children if a.dep_ == "agent" for p in a.children
                  if p.dep_ == "pobj"]
        if agents:
            end = max(w.i for p in agents for w in p.subtree) + 1
            out.append(f"{core} {_clean(t.doc[acl.i:end].text)}")
    return out


@Language.factory("kg_initiatives", requires=["doc._.kg_refs", "doc._.kg_tok",
                                              "doc._.kg_actors", "token.dep", "token.lemma"],
                  assigns=["doc._.kg_refs", "doc._.kg_tok", "doc._.kg_actors"])
def make_initiatives(nlp: Language, name: str) -> InitiativeResolver:
    """Build the ``kg_initiatives`` component."""
    return InitiativeResolver(name)


if not Doc.has_extension("kg_event_places"):
    Doc.set_extension("kg_event_places", default=None)  # event key -> key of its place
if not Doc.has_extension("kg_event_verbs"):
    Doc.set_extension("kg_event_verbs", default=None)  # verb of meeting -> its event's key


@Language.factory("kg_events", requires=["doc._.kg_refs", "doc._.kg_tok", "doc._.kg_actors",
                                         "token.dep", "token.lemma"],
                  assigns=["doc._.kg_refs", "doc._.kg_tok", "doc._.kg_actors",
                           "doc._.kg_event_places", "doc._.kg_event_verbs"])
def make_events(nlp: Language, name: str) -> EventResolver:
    """Build the ``kg_events`` component."""
    return EventResolver(name)


def _stance_taken(t: Token) -> bool:
    """Whether a noun is the object of a stance: of a verb of opposing, criticizing or
    supporting ("opposed the war"), of a noun or verb of one by its preposition
    ("opposition to the war", "protested against the war")."""
    lex = lexicon()
    rels = [lex.relations[r] for r in ("opposes", "criticizes", "supports") if r in lex.relations]
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head  # "opposed the sanctions and the war"
    if t.dep_ == "dobj":
        lemma = t.head.lemma_.lower()
        return t.head.pos_ == "VERB" and any(lemma in r.verbs for r in rels)
    if t.dep_ != "pobj":
        return False
    prep, gov = t.head, t.head.head
    if prep.lower_ == "against":
        return True  # "marched against the war", "a protest against the war"
    return any(prep.lower_ in r.verb_preps.get(gov.lemma_.lower(), ())
               or prep.lower_ in r.nouns.get(gov.lower_, ()) for r in rels)


def _war_stance(t: Token) -> bool:
    """A war whose aggressor the text does not name, taken as the object of a stance:
    "opposed the Iraq war", "condemned the war in X", "marched against the war" (an
    event where the text names it by its place or named it so before; not "X's war",
    "the DEMONYM war", "a trade war")."""
    cons = lexicon().constructions
    tok = t.doc._.kg_tok or {}
    mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod")]
    if any(c.dep_ == "poss" for c in t.children) or any(
            c.lower_ in cons.unarmed_war_modifiers or (c.i in tok and tok[c.i].how == "demonym")
            for c in mods):
        return False
    return _stance_taken(t)


def _war_named(t: Token) -> bool:
    """Whether a war is named by its place: "the Iraq war", "the war in X", "the war on
    X"."""
    tok = t.doc._.kg_tok or {}
    mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod")]
    named = any(c.pos_ == "PROPN" or (c.i in tok and tok[c.i].kind in ("State", "Place"))
                for c in mods if c.dep_ != "amod")
    named |= any(p.dep_ == "prep" and p.lower_ in _WAR_PREPS and o.dep_ == "pobj"
                 and o.i in tok and tok[o.i].kind in ("State", "Place")
                 for p in t.children for o in p.children)
    return named
