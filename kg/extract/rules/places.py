"""Rules on places and events: where things are, and who was present.

Constructions: an office, event, body or place with a locative phrase ("the
office in Tokyo, Japan", "the summit taking place in Vilnius", "talks with X
in Washington"); a place in apposition with its state ("Japan's capital
Tokyo", "the Indian state of X"); presence at an event ("X said at the
summit", "on the sidelines of the summit").
"""

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.lexicon import lexicon
from kg.extract.mentions import Ref
from kg.extract.rules import Found, Gate, RuleContext, asserted, listed_subjects, rule
from kg.extract.syntax import (
    agent_refs,
    conjuncts,
    governing_verb,
    in_clause,
    in_name,
    is_future_aux,
    is_future_nominal,
    is_list_prep,
    is_undoing,
    names_holder,
    place_ref,
    ref,
    subject_refs,
    titled_in_line,
    titled_person,
)

__all__ = ["event_addressed", "event_among_attending", "event_attended_by",
           "event_attended_there", "event_delegation_to", "event_inverted_attending",
           "event_speech_at",
           "event_brought_together", "event_during",
           "event_gathered", "event_held_with", "event_named_parties", "event_participant",
           "event_placed",
           "event_possessor",
           "event_present_at", "event_sent_to", "event_where", "place_apposition",
           "place_based", "place_carried_to", "place_described", "place_elsewhere_in",
           "place_possessor",
           "place_in_comma_in", "place_in_in", "place_in_state",
           "place_located", "place_region_of", "place_there_for", "place_there_for_aside",
           "place_visit_of",
           "visited_city"]


def visited_city(f: Found, doc: Doc, ctx: RuleContext) -> Found:
    """Travel to "the DEMONYM city of CITY" reaches the city, not the state its demonym
    names (a visit to a city is not a visit to its state)."""
    obj = f.object
    if f.relation != "visited" or obj.kind != "State" or obj.how != "demonym":
        return f
    mod = doc[obj.start:obj.end].root
    noun = mod.head
    if mod.dep_ != "amod" or noun.lemma_.lower() not in ctx.lex.constructions.place_nouns or (
            ref(noun) is not None):
        return f
    city = next((r for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and (r := ref(o)) is not None
                 and r.kind == "Place"), None)
    return f if city is None else replace(f, object=city)


@rule("place.in_state", gate=Gate(words=lambda ctx: ctx.lex.constructions.place_nouns))
def place_in_state(tok: Token, ctx: RuleContext) -> list[Found]:
    """"STATE's capital CITY", "CITY, the DEMONYM capital", "CITY, the capital of
    STATE", "the DEMONYM state of Arunachal Pradesh": the place is in the state."""
    if tok.lemma_ not in ctx.lex.constructions.place_nouns or ref(tok) is not None:
        return []
    owner = next((o for c in tok.children if c.dep_ in ("poss", "amod", "compound")
                  and (o := ref(c)) is not None and o.kind == "State"), None)
    if owner is None and tok.dep_ == "appos":
        # "CITY, the capital of STATE"
        # (or of a region: "CITY, the capital city of the NAME region")
        owner = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"
                      and (o := _region_ref(p, ctx)) is not None
                      and o.kind in ("State", "Place")), None)
    near = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children] + [c for c in tok.children if c.dep_ == "appos"] + [
            tok.head]
    if owner is None:
        return []
    # a capital read as the state it stands for is the city here ("CAPITAL, STATE's
    # capital": the place, not the actor)
    seats = [c.as_place() if c.kind == "State" and c.how == "metonym" and c.key == owner.key
             and c.text[:1].isupper() else c
             for t in near if (t.i != tok.head.i or tok.dep_ in ("appos", "compound"))
             and (c := ref(t)) is not None]
    city = next((c for c in seats if c.kind == "Place" and c.key != owner.key), None)
    if city is None:
        return []
    return [Found(city, "locatedIn", owner, tok.i, 0.9)]

def _region_ref(tok: Token, ctx: RuleContext) -> Ref | None:
    """The place a noun phrase names: "STATE", "the city of CITY", or "the NAME region"
    (a place noun and the name it is compounded with)."""
    if (r := place_ref(tok)) is not None:
        return r
    if tok.lemma_.lower() not in ctx.lex.constructions.place_nouns:
        return None
    return next((r for c in tok.children if c.dep_ == "compound" and (r := ref(c)) is not None
                 and r.kind == "Place"), None)


def _places_in(tok: Token) -> list[Ref]:
    """The places or states that "in" phrases on ``tok`` name."""
    return [r for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj" and (r := place_ref(o)) is not None
            and r.kind in ("Place", "State")]


def _root_of(r: Ref, tok: Token) -> bool:
    """Whether ``tok`` is the head word of the mention ``r``."""
    return tok.i == tok.doc[r.start:r.end].root.i


@rule("place.based", gate=Gate(words=lambda ctx: ctx.lex.constructions.seat_participles))
def place_based(verb: Token, ctx: RuleContext) -> list[Found]:
    """"The STATE-based charity X", "the CITY-based X": X has its seat there; "X is based
    in CITY", "X is headquartered in CITY"."""
    if verb.lemma_.lower() not in ctx.lex.constructions.seat_participles:
        return []
    doc = verb.doc
    if verb.dep_ in ("amod", "compound") and verb.i >= 2 and doc[verb.i - 1].text == "-":
        # "UK-based": the place ends at the hyphen
        seat = ref(doc[verb.i - 2])
        if seat is None or seat.kind not in ("Place", "State") or seat.end != verb.i - 1:
            return []
        noun = verb.head
        while noun.dep_ in ("amod", "compound") and noun.head.i > noun.i and ref(noun) is None:
            noun = noun.head  # a hyphenated noun: "a CITY-based non-profit"
        # the noun's own name, a name in apposition, or the name the noun qualifies ("the
        # CITY-based group NAME")
        # (or the name the noun is in apposition with: "NAME, a CITY-based monitor")
        named = [noun, *(c for c in noun.children if c.dep_ == "appos")] + (
            [noun.head] if noun.dep_ in ("compound", "appos") else [])
        held = [r for t in named
                if (r := ref(t)) is not None and (_root_of(r, t) or t.i == noun.head.i)]
        roaming = ctx.lex.constructions.unlocated_heads  # (forces are not seated)
        return [Found(r, "locatedIn", seat, verb.i, 0.8) for r in held
                if r.kind in ctx.locatable and r.key != seat.key
                and doc[r.start:r.end].root.lemma_.lower() not in roaming]
    # "X is based in CITY" (the participle's own phrase: "X, based in CITY," is
    # place.located's)
    if verb.dep_ == "acl" or not asserted(verb):
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    if verb.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in subjects):
        subjects = [verb.head]  # "NAME, which is headquartered in CITY"
    held = [r for c in subjects
            if (r := ref(c)) is not None and _root_of(r, c) and r.kind in ctx.locatable]
    return [Found(r, "locatedIn", p, verb.i, 0.8) for r in held for p in _places_in(verb)
            if p.key != r.key]


@rule("place.described", gate=Gate(words=lambda ctx: ctx.lex.constructions.place_nouns))
def place_described(noun: Token, ctx: RuleContext) -> list[Found]:
    """A place described by a noun of place, which says where it is: "X is a port in
    REGION", "X, a city in STATE", "X is an DEMONYM port", "CITY, the nation's
    third-largest city"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.lex.constructions.place_nouns or (
            ref(noun) is not None):
        return []
    doc = noun.doc
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        if not asserted(noun.head):
            return []
        named = [c for c in noun.head.children if c.dep_ == "nsubj"]
    elif noun.dep_ == "appos":
        named = [noun.head]
    elif noun.dep_ == "npadvmod" and (edge := noun.left_edge.i) >= 2 and (
            doc[edge - 1].text == ","):
        named = [doc[edge - 2]]  # the parser may hang the apposition on the verb
    else:
        return []
    place = next((r for t in named if (r := ref(t)) is not None and r.kind == "Place"), None)
    if place is None:
        return []
    outer = _places_in(noun) + [r for c in noun.children if c.dep_ in ("amod", "poss")
                                and (r := ref(c)) is not None and r.kind == "State"]
    return [Found(place, "locatedIn", o, noun.i, 0.8)
            for o in {r.key: r for r in outer}.values() if o.key != place.key]


@rule("place.region_of", gate=Gate(mention=True))
def place_region_of(tok: Token, ctx: RuleContext) -> list[Found]:
    """A region and the state or place that owns it: "the NAME region of STATE", "the
    North-West Province of STATE", "STATE's NAME province", "STATE's Central Valley"."""
    region = ref(tok)
    if region is None or region.kind != "Place" or not _root_of(region, tok):
        return []
    holder = tok
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in ctx.lex.constructions.place_nouns \
            and ref(tok.head) is None:
        holder = tok.head  # "the Darfur region of STATE"
    elif tok.lemma_.lower() not in ctx.lex.constructions.place_nouns and not any(
            c.dep_ == "poss" for c in tok.children):
        return []  # ("the city of X": X is the city, not its owner)
    owners = [r for c in holder.children if c.dep_ == "poss" and (r := ref(c)) is not None
              and r.kind in ("State", "Place")]
    owners += [r for p in holder.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" and (r := ref(o)) is not None
               and r.kind in ("State", "Place")]
    return [Found(region, "locatedIn", o, tok.i, 0.8)
            for o in {r.key: r for r in owners}.values() if o.key != region.key]


@rule("place.located", gate=Gate(mention=True))
def place_located(tok: Token, ctx: RuleContext) -> list[Found]:
    """An office, event, body or place and the place or state it is in."""
    out: list[Found] = []
    r = ref(tok)
    if r is None or r.kind not in ctx.locatable:
        return out
    head_tok = tok.doc[r.start:r.end].root
    if tok.i != head_tok.i:
        return out
    if r.kind == "Body" and head_tok.lemma_.lower() in ctx.lex.constructions.unlocated_heads:
        return out  # armed forces are not located where they act
    if r.kind == "Event" and head_tok.lemma_.lower() in ctx.lex.constructions.war_event_heads:
        return out  # a war named by its place ("the war in X") is no located gathering
    holders = [head_tok]
    if r.kind == "Place" and head_tok.dep_ == "compound" and ref(head_tok.head) is None and (
            head_tok.head.lemma_.lower() in ctx.lex.constructions.place_nouns):
        holders.append(head_tok.head)  # "NAME province in (southern) STATE"
    # "the summit taking place in X", "the next summit is in X", "attended talks ... in X"
    if head_tok.dep_ in ("nsubj", "nsubjpass") and r.kind == "Event" and (
            head_tok.head.lemma_.lower() in ctx.lex.modality.placing_verbs):
        holders.append(head_tok.head)  # "the summit opened in Addis Ababa"
    elif head_tok.dep_ == "nsubj" and head_tok.head.lemma_ == "be":
        holders.append(head_tok.head)
    if r.kind in ("Event", "Office") and head_tok.dep_ in ("dobj", "pobj") or (
            head_tok.dep_ == "pobj" and head_tok.head.lower_ == "at"):
        # the verb's place: "attended talks ... in CITY", "open an office at ORG",
        # "a speech at X University in STATE"
        verb = governing_verb(head_tok)
        if verb is not None:
            holders.append(verb)
    placing = ctx.lex.modality.placing_verbs | ctx.lex.constructions.located_participles
    for child in head_tok.children:
        if child.dep_ == "acl" and child.lemma_ in ctx.lex.constructions.located_participles:
            holders.append(child)
        if r.kind == "Event" and child.dep_ in ("relcl", "acl", "amod"):
            # "the talks, which took place in X", "the summit, scheduled to take place in
            # X", "talks due to be held in X"
            chain = [child] + [x for x in child.children if x.dep_ == "xcomp"]
            holders += [v for v in chain if v.lemma_.lower() in placing and (
                v.lemma_ != "be" or v.tag_ == "VBN") and v.pos_ in ("VERB", "AUX")]
        if r.kind == "Event" and child.dep_ == "acl" and child.tag_ == "VBN" and (
                child.lemma_.lower() in ctx.lex.modality.host_verbs):
            # "the summit, hosted by Kazakhstan in Astana"; "hosted by the city of X"
            holders.append(child)
            out.extend(Found(r, "locatedIn", place, tok.i, 0.8) for a in child.children
                       if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                       and (place := place_ref(p)) is not None and place.kind == "Place")
            # "hosted by X in CITY": the parser may hang the place on the host
            holders += [p for a in child.children if a.dep_ == "agent" for p in a.children
                        if p.dep_ == "pobj" and (h := ref(p)) is not None
                        and h.kind in ("State", "Organization", "Person")]
    preps = [p for h in holders for p in h.children]
    if r.kind == "Event":
        # "talks with X in CITY", "the meeting of A and B in CITY" (not a place inside
        # another phrase: "their first meeting since the G20 summit in CITY")
        preps += [p for c in head_tok.children if c.dep_ == "prep" and c.lower_ in (
                  "with", "between", "of", "among") for o in c.children if o.dep_ == "pobj"
                  for x in [o, *o.subtree] if x.dep_ == "pobj" and _plain_path(x, head_tok)
                  for p in x.children]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at") or in_name(r.end, prep):
            continue
        if r.kind == "Place" and prep.lower_ == "at":
            continue  # a place is in another, not at it ("fired from CITY at STATE")
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            place = place_ref(pobj)
            if place is None or place.kind not in ("Place", "State"):
                continue
            out.append(Found(r, "locatedIn", place, tok.i, 0.8))
            if r.kind == "Event" and place.kind == "Place" and prep.lower_ == "at":
                # "met at the NAME residence in CITY": the meeting is in the city too (not
                # the state of "talks in CITY in STATE")
                out.extend(Found(r, "locatedIn", city, tok.i, 0.7) for city in _places_in(pobj)
                           if city.key != place.key)
            # "in CITY, STATE": the office is in the state, and so is the city (an event
            # is placed by its city alone: "a rally in CITY, STATE").
            for appos in pobj.children:
                state = ref(appos)
                if appos.dep_ in ("appos", "conj") and state is not None and (
                        state.kind == "State" and place.kind == "Place"):
                    if r.kind != "Event":
                        out.append(Found(r, "locatedIn", state, tok.i, 0.8))
                    out.append(Found(place, "locatedIn", state, tok.i, 0.8))
    return out

def _plain_path(tok: Token, top: Token) -> bool:
    """Whether no other event or clause lies between ``tok`` and its ancestor ``top``."""
    cur = tok.head
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl", "appos") or _event_head(cur) is not None:
            return False
        cur = cur.head
    return True


@rule("event.present_at", gate=Gate(mention=True))
def event_present_at(head: Token, ctx: RuleContext) -> list[Found]:
    """"X said at the summit", "on the sidelines of the summit", "arrived for the summit":
    X attended it; and Y where X met Y there."""
    event = ref(head)
    if event is None or event.kind != "Event" or head.i != head.doc[
            event.start:event.end].root.i:
        return []
    prep = head.head
    if head.dep_ != "pobj":
        return []
    sideline = prep.lower_ == "of" and prep.head.lemma_.lower() in (
        ctx.lex.constructions.sideline_nouns)
    if sideline:
        head = prep.head
        prep = head.head
        if head.dep_ != "pobj":
            return []
    if prep.lower_ == "on" and not sideline:
        return []  # "briefed X on the talks", "commented on the summit": its topic
    verb = prep.head
    where = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
             for o in c.children if o.dep_ == "pobj" and (p := place_ref(o)) is not None
             and p.kind in ("Place", "State")] if prep.lower_ == "for" else []
    if where and (who := ref(verb)) is not None and who.kind == "Person":
        # "X, in CITY for the summit, said ...": X is there for it, and it is there
        governor = verb.head if verb.head.pos_ in ("VERB", "AUX") else None
        if governor is not None and not asserted(governor):
            return []
        return [Found(who, "attended", event, head.i, 0.7)] + (
            [Found(event, "locatedIn", where[0], head.i, 0.7)] if len(where) == 1 else [])
    if prep.lower_ == "at" and verb.dep_ == "nsubj" and (who := ref(verb)) is not None and (
            who.kind == "Person" and verb.head.pos_ in ("VERB", "AUX")):
        # '"...," said X at the summit': the parser hangs the place on the speaker
        return [Found(who, "attended", event, head.i, 0.7)] if asserted(verb.head) else []
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "held talks on the sidelines of the summit"
    elif verb.dep_ == "acomp" and verb.lower_ in ctx.lex.constructions.presence_words and (
            prep.lower_ == "at"):
        verb = verb.head  # "X was present at the ceremony"
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    # "said at the summit"; "arrived in X for the summit", "met for their summit"
    lemma = verb.lemma_.lower()
    hosting = prep.lower_ == "for" and lemma in ctx.lex.modality.host_verbs
    if prep.lower_ not in ("at", "during", "on") and not hosting and not (
            prep.lower_ == "for" and lemma in ctx.lex.constructions.gathering_verbs):
        return []
    if not asserted(verb):
        return []
    if lemma in ctx.lex.constructions.detaining_verbs:
        # "X was arrested at the rally", "police detained X at the protest": the one held
        # was there (not the police)
        if prep.lower_ not in ("at", "during"):
            return []
        held = [r for c in verb.children if c.dep_ in ("nsubjpass", "dobj")
                for x in conjuncts(c) if (r := ref(x) or titled_person(x)) is not None]
        return [Found(r, "attended", event, head.i, 0.7)
                for r in {r.key: r for r in held if r.kind in ctx.agents}.values()]
    found = subject_refs(verb)
    if lemma in ctx.lex.constructions.representing_verbs and verb.tag_ != "VBG":
        # "X was represented at the summit by Y", "Y represented X at the talks": both were
        # there (the parser may hang "by Y" on the event); not a gerund ("stressed the
        # importance of representing X at the summit")
        # (a person represented stayed away: "Y represented the President at the summit")
        found += [r for c in verb.children if c.dep_ in ("nsubjpass", "dobj")
                  for x in conjuncts(c) if (r := ref(x)) is not None and r.kind != "Person"]
        found += [r for p in [*verb.children, *head.children] if p.dep_ in ("prep", "agent")
                  and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"
                  for x in conjuncts(o) if (r := ref(x) or titled_person(x)) is not None]
    if hosting:
        # "X hosted Y for talks in CITY": the guest took part too
        found += [r for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)
                  if (r := ref(x) or titled_person(x)) is not None]
    meets = ctx.lex.relations.get("metWith")
    if meets is not None and (lemma in meets.verbs or lemma in meets.verb_preps):
        # "X met Y at the summit", "X met with Y on the sidelines of the summit": Y was
        # there too
        found += [r for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)
                  if (r := ref(x) or titled_person(x)) is not None and r.kind == "Person"]
        found += [r for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                  for o in p.children if o.dep_ == "pobj" for x in conjuncts(o)
                  if (r := ref(x) or titled_person(x)) is not None and r.kind == "Person"]
    if lemma in ctx.lex.constructions.joining_verbs and prep.lower_ == "at":
        # "X joined A and B at the talks": those X joined there were there too
        # (not an organization: "X joined ORG at the summit" is membership)
        found += [r for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)
                  if (r := ref(x) or titled_person(x)) is not None
                  and r.kind in ("Person", "State")]
    return [Found(s, "attended", event, head.i, 0.7)
            for s in {r.key: r for r in found if r.kind in ctx.agents}.values()]



@rule("place.apposition", gate=Gate(mention=True))
def place_apposition(tok: Token, ctx: RuleContext) -> list[Found]:
    """A place followed by the state or region it is in ("Sydney, Australia",
    "Rancho Cordova, California", "TOWN, NAME Province", "the city of CITY, STATE")."""
    place = ref(tok)
    if place is None or place.kind != "Place" or tok.i != tok.doc[place.start:place.end].root.i:
        return []
    out: list[Found] = []
    # the parser may hang the state on the noun of place ("the city of CITY, STATE") or
    # on the head of a list ("between X and TOWN, STATE"); there it must follow the
    # place's name and its comma at once
    hosts = [tok.head] if tok.dep_ == "conj" else [tok.head.head] if (
        tok.dep_ == "pobj" and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in ctx.lex.constructions.place_nouns) else []
    near = [c for h in hosts for c in h.children if c.dep_ == "appos"
            and (o := ref(c)) is not None and o.start == place.end + 1]
    for child in [*tok.children, *near]:
        if child.dep_ != "appos" or child.i <= tok.i:
            continue
        outer = ref(child)
        # the comma right before the outer name, whose last word the parser makes the
        # apposition ("TOWN, NAME Province", "CITY, South Korea"); a word of compass
        # may stand between ("CITY, north STATE")
        compass = 1 if outer is not None and outer.start >= 2 and tok.doc[
            outer.start - 1].lower_ in ctx.lex.constructions.compass_parts | (
            ctx.lex.constructions.compass_adjectives) else 0
        if outer is None or outer.start < 1 + compass or tok.doc[
                outer.start - 1 - compass].text != ",":
            continue
        if outer.start != place.end + 1 + compass and tok.doc[place.end].text != ",":
            continue
        if outer.kind in ("State", "Place") and outer.key != place.key:
            out.append(Found(place, "locatedIn", outer, tok.i, 0.8))
    return out


@rule("place.possessor", gate=Gate(mention=True))
def place_possessor(tok: Token, ctx: RuleContext) -> list[Found]:
    """"CITY's NAME Prison", "REGION's NAME University", "CITY's NAME summit": a named body,
    office, event or place whose possessor is a place (not a state: "STATE's ministry" is
    the state's own) lies in that place. Wire copy's possessive of location."""
    thing = ref(tok)
    if thing is None or thing.kind not in ("Body", "Office", "Event", "Place") or not _root_of(
            thing, tok):
        return []
    owner = next((r for c in tok.children if c.dep_ == "poss" and (r := ref(c)) is not None
                  and r.kind == "Place" and r.how == "name" and _root_of(r, c)), None)
    if owner is None or owner.key == thing.key:
        return []
    return [Found(thing, "locatedIn", owner, tok.i, 0.75)]


@rule("place.carried_to", gate=Gate(words=lambda ctx: ctx.lex.constructions.transport_verbs))
def place_carried_to(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X was airlifted to CITY", "X was evacuated to STATE": the passive subject of a verb
    of carrying travelled there (wire copy's passive of transport; the active subject
    is the carrier, not the traveller, so only the passive counts)."""
    if verb.lemma_.lower() not in ctx.lex.constructions.transport_verbs or not any(
            c.dep_ == "auxpass" for c in verb.children) or not asserted(verb):
        return []
    travellers = [r for c in verb.children if c.dep_ == "nsubjpass"
                  for t in conjuncts(c) if (r := ref(t)) is not None
                  and r.kind in ("Person", "Body", "Organization")]
    places = [r for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
              for o in p.children if o.dep_ == "pobj"
              for t in [o, *(c for c in o.children if c.dep_ == "conj")]
              if (r := place_ref(t)) is not None and r.kind in ("Place", "State")]
    return [Found(v, "visited", p, verb.i, 0.7) for v in travellers for p in places
            if v.key != p.key]


@rule("event.during", gate=Gate(words=lambda ctx: ctx.lex.constructions.meeting_nouns))
def event_during(noun: Token, ctx: RuleContext) -> list[Found]:
    """Acting on someone during a conversation or talks: the two met ("During the
    conversation, X congratulated Y", "In the talks, X urged Y to ...")."""
    if noun.lemma_.lower() not in ctx.lex.constructions.meeting_nouns or noun.dep_ != "pobj":
        return []
    prep = noun.head
    if prep.lower_ not in ("during", "in", "at") or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = prep.head
    if not asserted(verb) or verb.lemma_.lower() in ctx.lex.constructions.representing_verbs:
        return []  # (one represents or leads one's own side at talks: "X led Y at the talks")
    subjects = [r for r in subject_refs(verb) if r.kind in ("Person", "State")]
    # the object of a verb of discussing, or of two who talk, is their topic ("X and Y
    # discussed Ukraine in a phone call")
    topical = len(subjects) > 1 or verb.lemma_.lower() in ctx.lex.constructions.topic_verbs
    others = [r for c in verb.children if c.dep_ in ("dobj", "dative")
              and not (topical and c.dep_ == "dobj")
              for r in [ref(c) or titled_person(c)] if r is not None]
    others += [r for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
               for p in c.children if p.dep_ == "pobj" for r in [ref(p) or titled_person(p)]
               if r is not None]
    return [Found(s, "metWith", o, noun.i, 0.7) for s in subjects for o in others
            if o.kind in ("Person", "State") and o.key != s.key]


def _event_head(tok: Token) -> Ref | None:
    """The event whose head word ``tok`` is."""
    event = ref(tok)
    if event is None or event.kind != "Event" or tok.i != tok.doc[
            event.start:event.end].root.i:
        return None
    return event


def _recent_event(tok: Token) -> Ref | None:
    """The event mentioned last before ``tok``, in its sentence or the one before, where
    that mention tells it took place (not "X will attend the summit")."""
    doc = tok.doc
    start = tok.sent.start
    lo = doc[start - 1].sent.start if start > 0 else start
    for i in range(tok.i - 1, lo - 1, -1):
        r = ref(doc[i])
        if r is not None and r.kind == "Event":
            verb = governing_verb(doc[i])
            if is_future_nominal(doc[i]) or (verb is not None and (
                    not asserted(verb) or is_future_aux(verb))):
                return None
            return r
    return None


def _ref_of(doc: Doc, key: str, kinds: tuple[str, ...]) -> Ref | None:
    """A mention of the actor ``key`` in the document."""
    return next((r for r in doc._.kg_refs or [] if r.key == key and r.kind in kinds), None)


@rule("event.placed", gate=Gate(mention=True))
def event_placed(head: Token, ctx: RuleContext) -> list[Found]:
    """An event and the place ``kg_events`` found for it: a city in its name ("the CITY
    summit") or where the text puts the meeting ("met for their summit, that time in
    CITY")."""
    event = _event_head(head)
    if event is None:
        return []
    key = (head.doc._.kg_event_places or {}).get(event.key)
    place = _ref_of(head.doc, key, ("Place", "State")) if key else None
    if place is None:
        # "the CAPITAL summit": a capital that names the event is its place, not the state
        # it may stand for (as a place of an act, a capital is a place)
        # (one capital alone: "the CAPITAL-CAPITAL talks" are between two states)
        doc = head.doc
        names = {c.i for c in head.children if c.dep_ == "compound" and c.i >= event.start}
        seats = [m.as_place() for m in doc._.kg_refs or [] if m.end - 1 in names
                 and m.how == "metonym" and m.kind == "State" and m.text[:1].isupper()
                 and (m.end >= len(doc) or doc[m.end].text != "-")
                 and (m.start == 0 or doc[m.start - 1].text != "-")]
        # (a common noun: in a proper name, "the CITY Conference on X", the city names
        # rather than places it)
        place = seats[0] if len(seats) == 1 and head.text[:1].islower() else None
    if place is None:
        return []
    out = [Found(event, "locatedIn", place, head.i, 0.8)]
    spot = head.doc[place.start:place.end].root
    if place.kind == "Place" and spot.dep_ == "pobj" and spot.head.lower_ == "at":
        # "met at the NAME residence in CITY": the meeting is in the city too
        out += [Found(event, "locatedIn", city, head.i, 0.7) for city in _places_in(spot)
                if city.key != place.key]
    return out


@rule("event.gathered", gate=Gate(words=lambda ctx: ctx.lex.constructions.gathering_verbs))
def event_gathered(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X and Y gathered in CITY": they attended the one event the text places there."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.constructions.gathering_verbs:
        return []
    places = verb.doc._.kg_event_places
    if not places or not asserted(verb):
        return []
    where = {r.key for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
             for p in prep.children if p.dep_ == "pobj" and (r := place_ref(p)) is not None}
    keys = {k for k, v in places.items() if v in where}
    event = _ref_of(verb.doc, next(iter(keys)), ("Event",)) if len(keys) == 1 else None
    if event is None:
        return []
    return [Found(s, "attended", event, verb.i, 0.7) for s in listed_subjects(verb)
            if s.kind in ctx.agents]


@rule("event.where", gate=Gate(document=lambda ctx: ("where",)))
def event_where(verb: Token, ctx: RuleContext) -> list[Found]:
    """"the summit where X and Y signed ...": who acts there attended it."""
    # "where" on the verb, or on its first phrase ("where on Sunday X signed"), right
    # after the event's noun (the parser may hang the clause on the main verb)
    if verb.dep_ not in ("relcl", "advcl") or verb.pos_ != "VERB":
        return []
    where = next((w for c in verb.children for w in (c, *c.children) if w.dep_ == "advmod"
                  and w.lower_ == "where" and 0 < w.i < verb.i), None)
    event = _event_head(verb.doc[where.i - 1]) if where is not None else None
    if event is None or not asserted(verb):
        return []
    return [Found(s, "attended", event, verb.i, 0.7) for s in subject_refs(verb)
            if s.kind in ctx.agents]


def _described(tok: Token, top: Token) -> bool:
    """Whether ``tok`` only describes someone named above it, below ``top``: in a
    clause on them ("A, who met B") or in a person's title ("A, X's prime minister")."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl"):
            return True
        if cur.dep_ == "appos" and (h := ref(cur.head)) is not None and h.kind == "Person" and (
                (own := ref(cur)) is None or own.kind != "Person") and not names_holder(cur):
            return True  # a title, not the next name of a list ("A, TITLE of STATE B" is)
        cur = cur.head
    return False


def _in_title(tok: Token) -> bool:
    """Whether ``tok`` is a word of a named person's title ("U.S." of "U.S. President
    NAME"): the state there only says whom the person serves."""
    cur = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and names_holder(tok.head.head) and (
            tok.head.head.lemma_.lower() in lexicon().titles.heads):
        return True  # "President of STATE NAME": the parser makes the name the object
    heads = lexicon().titles.heads
    if (own := ref(tok)) is not None:
        cur = tok.doc[own.start:own.end].root
    while cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "PROPN":
        cur = cur.head.head  # "Chief of the General Staff of the ORG (and ...) NAME": the
        if cur.lemma_.lower() in heads or cur.lower_ in heads:  # ORG is of a title
            return True
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("compound", "amod", "nmod", "poss") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if (r := ref(cur)) is not None and r.kind == "Person":
            return True
    return False


def _relative_event(verb: Token) -> Ref | None:
    """The event a relative clause is on; a place is not attended: the clause after "the
    summit in CITY" is on the summit."""
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at") and _event_head(noun) is None:
        noun = noun.head.head
    return _event_head(noun)


@rule("event.attended_by", gate=Gate(words=lambda ctx: ctx.verbs))
def event_attended_by(verb: Token, ctx: RuleContext) -> list[Found]:
    """"The meeting was attended by A and B, C and D": everyone the agent phrase names,
    however the parser hangs a long list."""
    if "attended" not in ctx.verbs.get(verb.lemma_.lower(), []) or not asserted(verb):
        return []
    if any(c.dep_ == "prt" for c in verb.children):
        return []  # another verb with its particle: "the summit was held up by X"
    events = [e for c in verb.children if c.dep_ == "nsubjpass"
              and (e := ref(c)) is not None and e.kind == "Event"]
    if any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
        # "The summit opened in CITY. It was attended by A and B."
        events += [e for e in [_recent_event(verb)] if e is not None]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and (e := _event_head(verb.head)) is not None:
        events.append(e)  # "the summit, attended by A and B, ..."
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "that")
                                    for c in verb.children):
        # "the summit, which was attended by A and B, ..."
        if (e := _relative_event(verb)) is not None:
            events.append(e)
    if not events and verb.dep_ == "relcl" and any(
            c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
        # the relative clause of the active verb: "the summit (in CITY), which A attended"
        if (e := _relative_event(verb)) is None:
            return []
        return [Found(r, "attended", e, verb.i, 0.7)
                for r in {r.key: r for r in subject_refs(verb) if r.kind in ctx.agents}.values()]
    if not events:
        return []
    named = [r for a in verb.children if a.dep_ == "agent" for t in a.subtree
             if (r := ref(t)) is not None and r.kind in ctx.agents and r.how != "demonym"
             and (not _described(t, a) or (r.kind == "Person" and titled_in_line(t)
                                           and not in_clause(t, a)))
             and (r.kind == "Person" or not (_in_title(t) or titled_in_line(t)))]
    if any(a.dep_ == "agent" for a in verb.children):
        # "attended by delegates from A and B": the parser may hang "from" on the verb
        named += [r for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                  for t in p.subtree if (r := ref(t)) is not None
                  and r.kind in ("State", "Organization") and r.how != "demonym"]
    return [Found(r, "attended", events[0], verb.i, 0.7)
            for r in {r.key: r for r in named}.values()]


@rule("event.addressed", gate=Gate(words=lambda ctx: ctx.lex.constructions.addressing_verbs))
def event_addressed(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X addressed the summit", "X told the conference that ...", "X briefed the
    meeting": X spoke at it, so attended it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.constructions.addressing_verbs:
        return []
    # (one cannot speak to a gathering that is over: "addressed the recently concluded
    # summit" discusses it)
    # (or a part of it: "addressed the first session of the summit")
    parts = ctx.lex.constructions.event_part_nouns
    spoken_to = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    spoken_to += [o for c in spoken_to if c.lemma_.lower() in parts for p in c.children
                  if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"]
    # (or those taking part: "addressed the participants of the summit")
    spoken_to += [o for c in spoken_to if c.lemma_.lower() in (
        ctx.lex.constructions.participant_nouns) for p in c.children
        if p.dep_ == "prep" and p.lower_ in ("of", "in", "at") for o in p.children
        if o.dep_ == "pobj"]
    events = [e for c in spoken_to if (e := _event_head(c)) is not None
              and not any(m.dep_ == "amod" and m.tag_ == "VBN" for m in c.children)]
    if not events or not asserted(verb):
        return []
    return [Found(s, "attended", events[0], verb.i, 0.7) for s in subject_refs(verb)
            if s.kind in ctx.agents]


def _attending_words(ctx: RuleContext) -> list[str]:
    """The verbs of attending (with or without their preposition): the gate of
    :func:`event_among_attending`."""
    return [k for k, rels in ctx.verbs.items() if "attended" in rels] + [
        k for k, es in ctx.verb_preps.items() if any(rel == "attended" for rel, _ in es)]


def _attended_event(verb: Token, ctx: RuleContext) -> Ref | None:
    """The event a verb of attending takes: "attending the summit", "taking part in the
    talks"."""
    lemma = verb.lemma_.lower()
    if "attended" in ctx.verbs.get(lemma, []):
        for c in verb.children:
            if c.dep_ == "dobj" and (e := _event_head(c)) is not None:
                return e
    keys = [lemma] + [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("dobj", "prt")]
    preps = {p for k in keys for rel, ps in ctx.verb_preps.get(k, []) if rel == "attended"
             for p in ps}
    objects = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
               for o in c.children if o.dep_ == "pobj"]
    if any(o.lower_ == "it" for o in objects):
        return _recent_event(verb)  # "The summit opened in CITY. A and B took part in it."
    return next((e for o in objects if (e := _event_head(o)) is not None), None)


def _counted_among(noun: Token, ctx: RuleContext) -> Token | None:
    """The copula that counts its subject among ``noun``: "X was among the leaders ...",
    "X was one of the leaders ..."."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "one" and prep.head.dep_ == "attr":
        holder = prep.head.head
    elif prep.lower_ == "among":
        holder = prep.head
    else:
        return None
    if holder.lemma_.lower() not in ctx.lex.constructions.copulas or is_future_aux(holder):
        return None  # (not "X will be among the leaders attending")
    return holder


@rule("event.among_attending", gate=Gate(words=_attending_words))
def event_among_attending(verb: Token, ctx: RuleContext) -> list[Found]:
    """Those the text counts among the people attending an event: "X was among the
    leaders attending the summit", "leaders attending the summit included A and B",
    "the ministers who took part in the talks, including A and B"."""
    if verb.dep_ not in ("acl", "relcl") or verb.pos_ != "VERB":
        return []
    event = _attended_event(verb, ctx)
    if event is None or not asserted(verb):
        return []
    noun = verb.head
    people: list[Token] = []
    cons = ctx.lex.constructions
    if (be := _counted_among(noun, ctx)) is not None:
        if not asserted(be):
            return []
        found = subject_refs(be)
    else:
        found = []
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in cons.comprising_verbs:
            if not asserted(noun.head):
                return []
            people += [c for c in noun.head.children if c.dep_ == "dobj"]
        people += [o for p in noun.children if is_list_prep(p) for o in p.children
                   if o.dep_ == "pobj"]
        found = [r for t in people for c in conjuncts(t) if (r := ref(c) or titled_person(c))
                 is not None]
    return [Found(r, "attended", event, verb.i, 0.7)
            for r in {r.key: r for r in found if r.kind in ctx.agents}.values()]


@rule("event.participant", gate=Gate(words=lambda ctx: ctx.lex.constructions.participant_nouns))
def event_participant(noun: Token, ctx: RuleContext) -> list[Found]:
    """"X was among the participants of the summit", "X and Y were guests at the
    ceremony", "X, a participant in the talks", "leaders at the summit, including X and
    Y": X took part in the event."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.lex.constructions.participant_nouns:
        return []
    event = next((e for p in noun.children if p.dep_ == "prep" and p.lower_ in (
        "of", "in", "at", "to") for o in p.children
        if o.dep_ == "pobj" and (e := _event_head(o)) is not None
        and not is_future_nominal(o)), None) or next(
        (e for c in noun.children if c.dep_ == "compound" and (e := _event_head(c)) is not None
         and not is_future_nominal(noun)), None)  # "the summit participants"
    if event is None:
        return []  # (nor "participants in the upcoming summit include X": still to come)
    listed = [o for p in noun.children if is_list_prep(p) for o in p.children
              if o.dep_ == "pobj"]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in (
            ctx.lex.constructions.comprising_verbs) and asserted(noun.head):
        # "participants in the talks included A, B and C"
        listed += [c for c in noun.head.children if c.dep_ == "dobj"]
    if listed:  # "leaders at the summit, including A and B"
        found = [r for t in listed for c in conjuncts(t)
                 if (r := ref(c) or titled_person(c)) is not None]
    elif noun.dep_ == "appos":
        found = [r for r in [ref(noun.head) or titled_person(noun.head)] if r is not None]
    else:
        holder = noun.head if noun.dep_ == "attr" else _counted_among(noun, ctx)
        if holder is None or holder.lemma_.lower() not in ctx.lex.constructions.copulas or (
                not asserted(holder)):
            return []
        found = subject_refs(holder)
    return [Found(r, "attended", event, noun.i, 0.7)
            for r in {r.key: r for r in found if r.kind in ctx.agents}.values()]


@rule("event.attended_there", gate=Gate(words=_attending_words))
def event_attended_there(verb: Token, ctx: RuleContext) -> list[Found]:
    """"(While) in CITY to attend the summit", "flew to CITY to take part in the talks":
    an event one travels or stays somewhere to attend is held there."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    event = _attended_event(verb, ctx)
    if event is None or event.key in (verb.doc._.kg_event_places or {}):
        return []
    head = verb.head
    motion = ctx.lex.mentions.motion_words | ctx.lex.constructions.gathering_verbs
    # "while in CITY": the parser may hang the place on "while" under the infinitive
    preps = [p for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i
             for p in c.children if p.dep_ == "prep" and p.lower_ == "in"]
    if head.dep_ == "prep" and head.lower_ == "in":
        preps.append(head)
    elif head.pos_ == "VERB" and head.lemma_.lower() in motion:
        preps += [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "to")]
    if not preps:
        return []
    places = {r.key: r for p in preps for o in p.children if o.dep_ == "pobj"
              and (r := place_ref(o)) is not None and r.kind in ("Place", "State")}
    if len(places) != 1 or not asserted(verb) or (head.pos_ == "VERB" and not asserted(head)):
        return []
    return [Found(event, "locatedIn", next(iter(places.values())), verb.i, 0.7)]


@rule("event.inverted_attending", gate=Gate(words=_attending_words))
def event_inverted_attending(verb: Token, ctx: RuleContext) -> list[Found]:
    """"Attending the summit were A and B", "Also taking part in the talks was C": the
    copula's subject took part."""
    if verb.tag_ != "VBG":
        return []
    # the parser makes the copula the participle's head, or its auxiliary after it
    be = verb.head if verb.dep_ in ("csubj", "advcl", "nsubj") else next(
        (c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be" and c.i > verb.i),
        None)
    if be is None or be.lemma_ != "be" or be.i < verb.i or not asserted(be):
        return []
    event = _attended_event(verb, ctx)
    if event is None and not any(c.dep_ == "prep" for c in verb.children):
        # "Also taking part were A and B": the event told last, in this sentence or the one
        # before
        event = _recent_event(verb)
    if event is None:
        return []
    holder, deps = (be, ("nsubj", "attr")) if be.i == verb.head.i else (verb, ("dobj",))
    # (the parser may hang them on the auxiliary: "Taking part in X were A and B")
    slots = [(holder, deps)] + ([(be, ("nsubj", "attr"))] if holder is not be else [])
    tops = [c for h, d in slots for c in h.children if c.dep_ in d and c.i > be.i]
    # (a later group the parser coordinates with the copula: "..., and leaders of invited
    # states: TITLE A, TITLE B")
    tops += [c for c in be.children if tops and c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
             and c.i > be.i]
    found = [r for c in tops for x in conjuncts(c) if (r := ref(x) or titled_person(x)) is not None]
    # a long list of titled names, which the parser hangs as appositions of each other:
    # "Taking part were TITLE of A NAME, TITLE of B NAME and ..."
    found += [r for c in tops for t in c.subtree if (r := ref(t)) is not None
              and r.kind == "Person" and (not _described(t, c) or (
                  titled_in_line(t) and not in_clause(t, c)))]
    # the list goes on after a semicolon, in groups the parser hangs elsewhere: "Taking
    # part were TITLE A and TITLE B; heads of the ORG observer states - TITLE of STATE C
    # and TITLE of STATE D; TITLE E" (the titled holders of each group)
    if found:
        sent = verb.sent
        semis = [t.i for t in sent if t.text == ";" and t.i > be.i]
        if semis:
            found += [r for t in verb.doc[semis[0] + 1:sent.end] if (r := ref(t)) is not None
                      and r.kind == "Person" and t.i == r.end - 1 and (
                          titled_in_line(t) or (r.start > 0 and verb.doc[r.start - 1].text[:1]
                                                .isupper() and _titled_before(verb.doc, r)))]
    return [Found(r, "attended", event, verb.i, 0.7)
            for r in {r.key: r for r in found if r.kind in ctx.agents}.values()]


def _titled_before(doc: Doc, person: Ref) -> bool:
    """Whether a title's words stand right before a person's name ("Honorary Chairman of the
    Council NAME", "Executive Secretary of ORG NAME")."""
    heads = lexicon().titles.heads
    i = person.start - 1
    while i >= 0 and person.start - i < 12 and doc[i].text not in (",", ";", "-", "\u2013"):
        if doc[i].lemma_.lower() in heads or doc[i].lower_ in heads:
            return True
        i -= 1
    return False


def _event_or_its_part(tok: Token, ctx: RuleContext) -> Ref | None:
    """The event ``tok`` heads, or the one it is a part of: "the plenary session of the
    summit"."""
    if (e := _event_head(tok)) is not None:
        return e
    if tok.lemma_.lower() not in ctx.lex.constructions.event_part_nouns:
        return None
    return next((e for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and (e := _event_head(o)) is not None),
                None)


@rule("event.speech_at", gate=Gate(words=lambda ctx: ctx.lex.constructions.address_nouns))
def event_speech_at(noun: Token, ctx: RuleContext) -> list[Found]:
    """"X's speech at the summit", "in his address to the assembly, X said ...", "in a
    speech to the summit, X urged ...": the speaker attended the event."""
    words = ctx.lex.constructions.address_nouns
    if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in words and noun.lower_ not in words):
        return []
    giving = ctx.lex.constructions.speech_giving_verbs
    holders = [noun] + ([noun.head] if noun.dep_ == "dobj" and noun.head.lemma_.lower() in giving
                        else [])  # (the parser may hang "at" on the verb: "made a speech at")
    event = next((e for h in holders for p in h.children if p.dep_ == "prep"
                  and p.lower_ in ("at", "to") for o in p.children
                  if o.dep_ == "pobj" and (e := _event_or_its_part(o, ctx)) is not None), None)
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if event is None:
        return []
    verb: Token | None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in giving:
        # "X made a speech at the summit", "X delivered an address to the assembly"
        verb = noun.head
        found = [r for r in subject_refs(verb) if r.kind == "Person"]
    elif poss is not None and poss.pos_ != "PRON":
        found = [r for r in [ref(poss)] if r is not None and r.kind == "Person"]
        verb = governing_verb(noun)
    else:
        # "In his speech at the summit, X said", "In remarks to the conference, X urged":
        # the pronoun, or the unowned speech, is the clause's subject's
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during") or (
                noun.head.head.pos_ not in ("VERB", "AUX")):
            return []
        verb = noun.head.head
        found = [r for r in subject_refs(verb) if r.kind == "Person"]
    if verb is not None and not asserted(verb):
        return []
    return [Found(r, "attended", event, noun.i, 0.7) for r in {r.key: r for r in found}.values()]


@rule("event.delegation_to", gate=Gate(words=lambda ctx: ctx.lex.constructions.group_nouns))
def event_delegation_to(noun: Token, ctx: RuleContext) -> list[Found]:
    """"X's delegation to the talks was led by Y", "the DEMONYM delegation at the summit":
    the state and the named head of its delegation took part."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.lex.constructions.group_nouns:
        return []
    # (the parser may hang the event on the verb: "X headed the DEMONYM delegation at the
    # talks")
    holders = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    event = next((e for h in holders for p in h.children if p.dep_ == "prep"
                  and p.lower_ in ("at", "to") for o in p.children
                  if o.dep_ == "pobj" and (e := _event_head(o)) is not None), None)
    verb = governing_verb(noun)
    cons = ctx.lex.constructions
    told = event is None
    if told and verb is not None and noun.dep_ in ("nsubj", "nsubjpass") and not any(
            c.dep_ == "prep" and c.lower_ in ("to", "at") for c in noun.children) and (
            verb.lemma_.lower() in cons.delegation_leading_verbs
            or verb.lemma_.lower() in cons.comprising_verbs) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        # "The DEMONYM delegation included A and B", "... was headed by X": the people of
        # the delegation at the event told in this sentence or the one before
        event = _recent_event(noun)
    if event is None:
        return []
    if verb is not None and not asserted(verb):
        return []
    found = [] if told else [r for c in noun.children if c.dep_ in ("poss", "amod", "compound")
                             and (r := ref(c)) is not None and r.kind in ("State", "Organization")]
    if noun.dep_ == "nsubj" and verb is not None and verb.lemma_.lower() in (
            cons.comprising_verbs):
        found += [r for d in verb.children if d.dep_ == "dobj" for x in conjuncts(d)
                  if (r := ref(x) or titled_person(x)) is not None and r.kind == "Person"]
    if noun.dep_ == "nsubjpass" and verb is not None and verb.lemma_.lower() in (
            ctx.lex.constructions.delegation_leading_verbs):
        found += [r for a in verb.children if a.dep_ == "agent" for p in a.children
                  if p.dep_ == "pobj" for x in conjuncts(p)
                  if (r := ref(x) or titled_person(x)) is not None and r.kind == "Person"]
    return [Found(r, "attended", event, noun.i, 0.7) for r in {r.key: r for r in found}.values()]


@rule("event.sent_to", gate=Gate(words=lambda ctx: ctx.lex.constructions.sending_verbs))
def event_sent_to(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X sent a delegation to the summit": X took part; "X sent its foreign minister NAME
    to the talks": NAME did."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.constructions.sending_verbs:
        return []
    # "to the talks" on the verb or on what is sent ("sent delegations to the talks"); or
    # an infinitive of attending ("sent X to join the talks")
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    event = next((e for h in holders for c in h.children
                  if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                  for o in c.children if o.dep_ == "pobj" and (e := _event_head(o)) is not None),
                 None) or next((e for c in verb.children if c.dep_ in ("xcomp", "advcl")
                                and (e := _attended_event(c, ctx)) is not None), None)
    if event is None or not asserted(verb):
        return []
    sent = [r for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)
            if (r := ref(x) or titled_person(x)) is not None and r.kind == "Person"]
    # a named envoy is the one who took part; an unnamed delegation, its sender
    takers = sent or subject_refs(verb)
    return [Found(r, "attended", event, verb.i, 0.7)
            for r in {r.key: r for r in takers if r.kind in ctx.agents}.values()]


@rule("place.in_comma_in", gate=Gate(words=lambda ctx: ("in",)))
def place_in_comma_in(prep: Token, ctx: RuleContext) -> list[Found]:
    """"in CITY, in (northern) STATE", "near TOWN, in STATE": the second phrase says where
    the first place is; also "in CITY, in STATE's (eastern) REGION", where the region has
    no name of its own, and with the first phrase on the verb's object ("stormed a school
    in TOWN, in STATE"). Not a list of places ("in A, in B and in C")."""
    if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i < 2 or prep.nbor(-1).text != ",":
        return []
    # (a list goes on with another "in" phrase: "in B and in C", "in B, and in C"; not a
    # clause: "in STATE, and kidnapped ...")
    after = [t.lower_ for t in prep.doc[prep.right_edge.i + 1:prep.right_edge.i + 4]]
    if any(c.dep_ in ("conj", "cc") for c in prep.children) or prep.dep_ == "conj" or (
            after[:1] and after[0] in (",", "and", "or") and "in" in after[1:]
            and all(w in (",", "and", "or") for w in after[1:after.index("in", 1)])):
        return []
    outer = next((r for o in prep.children if o.dep_ == "pobj"
                  and (r := place_ref(o) or _owning_state(o, ctx)) is not None
                  and r.kind in ("State", "Place")), None)
    if outer is None:
        return []
    # the first phrase on the same head, or on that head's object
    heads = [prep.head] + [c for c in prep.head.children if c.dep_ in ("dobj", "nsubj")
                           and c.i < prep.i]
    before = next((c for h in heads for c in h.children if c.dep_ == "prep"
                   and c.lower_ in ("in", "near") and c.right_edge.i == prep.i - 2), None)
    inner = next((r for o in before.children if o.dep_ == "pobj" and (r := place_ref(o))
                  is not None and r.kind == "Place"), None) if before is not None else None
    if inner is None or inner.key == outer.key:
        return []
    return [Found(inner, "locatedIn", outer, prep.i, 0.8)]


def _owning_state(tok: Token, ctx: RuleContext) -> Ref | None:
    """The state that owns a region with no name the text knows: "STATE's eastern
    REGION"."""
    if tok.lemma_.lower() not in ctx.lex.constructions.place_nouns:
        return None
    return next((r for c in tok.children if c.dep_ == "poss" and (r := ref(c)) is not None
                 and r.kind == "State"), None)


@rule("place.in_in", gate=Gate(words=lambda ctx: ("in",)))
def place_in_in(prep: Token, ctx: RuleContext) -> list[Found]:
    """"to CITY in REGION", "in TOWN in the north of STATE": a locative phrase right after
    a place, which the parser hangs on the verb or noun beside it, says where that place is (wire
    copy's "X in Y" for a town and its region; "taken to NAME Hospital in CITY"). The
    first must be a place that is no state, or a body or office (not armed forces); the
    second a place or state, or a part of one ("in the centre of STATE")."""
    if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i < 2:
        return []
    before = next((c for c in prep.head.children if c.dep_ == "prep"
                   and c.lower_ in ctx.lex.mentions.locative_preps
                   and c.right_edge.i == prep.i - 1 and c.i < prep.i), None)
    roaming = ctx.lex.constructions.unlocated_heads  # (forces are not seated)
    if before is not None:
        placed = [o for o in before.children if o.dep_ == "pobj"]
    else:
        # the verb's object right before: "struck CITY in (western) STATE"
        placed = [c for c in prep.head.children if c.dep_ == "dobj"
                  and c.right_edge.i == prep.i - 1 and prep.head.pos_ == "VERB"]
        placed = [o for o in placed if (r := _region_ref(o, ctx)) is not None
                  and r.kind == "Place"]  # (or "raided the village of NAME in STATE")
    inner = next((r for o in placed
                  if (r := _region_ref(o, ctx)) is not None and (_root_of(r, o) or ref(o) is None)
                  and r.kind in ("Place", "Body", "Office")
                  and o.lemma_.lower() not in roaming), None)
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if inner is None or obj is None:
        return []
    outer = _region_ref(obj, ctx)
    if outer is None and obj.lemma_.lower() in ctx.lex.constructions.compass_parts:
        # "in the centre of STATE's NAME province", "in the north of STATE"
        outer = next((r for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" and (r := place_ref(o)) is not None
                      and _root_of(r, o)), None)
    if outer is None or outer.kind not in ("Place", "State") or outer.key == inner.key:
        return []
    if not asserted(prep.head):
        return []
    return [Found(inner, "locatedIn", outer, prep.i, 0.7)]


def _hyphened_lemma(verb: Token) -> str:
    """The verb's lemma with a prefix the tokenizer split off by a hyphen ("co-chaired"
    is "co", "-", "chaired")."""
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].is_alpha:
        return f"{doc[verb.i - 2].lower_}-{verb.lemma_.lower()}"
    return verb.lemma_.lower()


@rule("event.held_with", gate=Gate(words=lambda ctx: ctx.lex.modality.holding_verbs | {
    w.rsplit("-", 1)[-1] for w in ctx.lex.modality.holding_verbs}))
def event_held_with(verb: Token, ctx: RuleContext) -> list[Found]:
    """"X held a meeting in CITY with Y", "X co-chaired the meeting with Y": the parser
    hangs "with Y" on the verb; Y took part in the meeting as well as X."""
    if verb.pos_ != "VERB" or _hyphened_lemma(verb) not in ctx.lex.modality.holding_verbs:
        return []
    event = next((e for c in verb.children if c.dep_ == "dobj"
                  and (e := _event_head(c)) is not None), None)
    if event is None or not asserted(verb):
        return []
    kinds = ctx.agents
    found = [r for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
             for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
             if (r := ref(c) or titled_person(c)) is not None and r.kind in kinds]
    return [Found(r, "attended", event, verb.i, 0.7) for r in {r.key: r for r in found}.values()]


@rule("event.possessor", gate=Gate(mention=True))
def event_possessor(head: Token, ctx: RuleContext) -> list[Found]:
    """"X's news conference", "X's talks with Y": the person whose meeting it is took
    part (a state's "membership talks" or an organization's summit are processes and
    gatherings it convenes, not ones it sits in)."""
    event = _event_head(head)
    if event is None or not asserted(head):
        return []
    honoured = ctx.lex.constructions.honouring_event_words
    if head.lemma_.lower() in honoured or any(
            c.dep_ in ("compound", "amod") and c.lower_ in honoured for c in head.children):
        return []  # "X's funeral", "X's memorial service": X is the one honoured
    # (a named possessor only: "his" may be resolved to the wrong man)
    return [Found(r, "attended", event, head.i, 0.7) for c in head.children
            if c.dep_ == "poss" and c.pos_ != "PRON" and (r := ref(c)) is not None
            and r.kind == "Person"]


@rule("event.brought_together", gate=Gate(words=lambda ctx: ctx.lex.constructions.convening_verbs))
def event_brought_together(verb: Token, ctx: RuleContext) -> list[Found]:
    """"The summit brought together leaders of A, B and C", "the meeting gathered
    ministers from A and B": those it brought took part."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in ctx.lex.constructions.convening_verbs:
        return []
    if lemma == "bring" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "together"
                                    for c in verb.children):
        return []
    event = next((e for c in verb.children if c.dep_ == "nsubj"
                  and (e := _event_head(c)) is not None), None)
    if event is None or not asserted(verb):
        return []
    found = [r for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)
             for r in agent_refs(x)]
    cons = ctx.lex.constructions
    people = cons.delegate_nouns | cons.participant_nouns | ctx.lex.mentions.agent_nouns
    if any(c.dep_ == "dobj" and c.lemma_.lower() in people for c in verb.children):
        # "drew leaders from A and B": the parser may hang "from" on the verb (not "drew
        # criticism from X": whom it drew are people)
        found += [r for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                  for o in p.children if o.dep_ == "pobj" for x in conjuncts(o)
                  if (r := ref(x)) is not None and r.kind in ("State", "Organization")]
    return [Found(r, "attended", event, verb.i, 0.7)
            for r in {r.key: r for r in found if r.kind in ctx.agents}.values()]


@rule("place.elsewhere_in", gate=Gate(
    words=lambda ctx: ("in",), document=lambda ctx: ctx.lex.constructions.elsewhere_adverbs))
def place_elsewhere_in(prep: Token, ctx: RuleContext) -> list[Found]:
    """"in CITY and elsewhere in STATE", "to CITY and elsewhere in STATE": the place
    coordinated with "elsewhere in" lies in the wider one. (Tried on the "in": adverbs
    trigger no rule.)"""
    adv = prep.head
    if prep.dep_ != "prep" or prep.lower_ != "in" or (
            adv.lower_ not in ctx.lex.constructions.elsewhere_adverbs):
        return []
    outer = next((r for o in prep.children if o.dep_ == "pobj" and (r := place_ref(o)) is not None
                  and r.kind in ("Place", "State")), None)
    if outer is None or not any(c.dep_ == "cc" for c in (*adv.head.children, *adv.children)):
        return []
    if adv.dep_ == "conj" and adv.head.dep_ == "prep":
        preps = [adv.head]  # "to CITY and elsewhere in STATE"
    elif adv.dep_ in ("advmod", "conj"):
        # "in CITY and elsewhere in STATE" (the parser hangs both on the verb)
        preps = [c for c in adv.head.children if c.dep_ == "prep" and c.i < adv.i
                 and c.lower_ in ctx.lex.mentions.locative_preps]
        preps = preps[-1:]
    else:
        return []
    inner = [r for p in preps for o in p.children if o.dep_ == "pobj"
             for x in conjuncts(o) if (r := place_ref(x)) is not None and r.kind == "Place"]
    if adv.head.pos_ in ("VERB", "AUX") and not asserted(adv.head):
        return []
    return [Found(r, "locatedIn", outer, adv.i, 0.7) for r in {r.key: r for r in inner}.values()
            if r.key != outer.key]


@rule("place.visit_of", gate=Gate(words=lambda ctx: ctx.lex.relations["visited"].nouns))
def place_visit_of(noun: Token, ctx: RuleContext) -> list[Found]:
    """"the visit of NAME to STATE", "the trip of the DEMONYM leader to CITY": the one the
    "of" phrase names travelled (not one still to come: "the upcoming visit of X to Y")."""
    preps = ctx.lex.relations["visited"].nouns.get(noun.lemma_.lower())
    if not preps or noun.pos_ != "NOUN" or is_future_nominal(noun) or is_undoing(noun.head):
        return []
    if not asserted(noun) or (noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
                              and noun.head.pos_ in ("VERB", "AUX")
                              and not asserted(noun.head)):
        return []
    of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
          for o in p.children if o.dep_ == "pobj"]
    visitors = [r for o in of for x in conjuncts(o)
                if (r := ref(x)) is not None and r.kind == "Person"]
    # (the parser may hang the destination on the visitor's name)
    places = [r for h in (noun, *of) for p in h.children if p.dep_ == "prep"
              and p.lower_ in preps for o in p.children if o.dep_ == "pobj"
              and (r := place_ref(o)) is not None and r.kind in ("Place", "State")]
    # a capital travelled to is the city, not the state it may stand for
    places = [r.as_place() if r.how == "metonym" and r.text[:1].isupper() else r
              for r in places]
    return [Found(v, "visited", p, noun.i, 0.7) for v in visitors for p in places]


def _purposes(tok: Token) -> list[Token]:
    """What ``tok``'s "for" phrases name ("in CITY for talks")."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children if o.dep_ == "pobj"]


def _for_a_visit(purposes: list[Token], ctx: RuleContext) -> bool:
    """Whether one of the purposes is an event, a meeting or a visit ("for talks", "for
    the summit", "for a state visit")."""
    return any(_event_head(o) is not None
               or o.lemma_.lower() in ctx.lex.constructions.meeting_nouns
               or o.lemma_.lower() in ctx.lex.relations["visited"].nouns for o in purposes)


@rule("place.there_for", gate=Gate(words=lambda ctx: ("be",)))
def place_there_for(verb: Token, ctx: RuleContext) -> list[Found]:
    """A person who "is in CITY for talks" (a visit, the summit) is visiting it: "X is
    in Beijing for talks with Y" (X visited Beijing)."""
    if verb.lemma_ != "be" or not asserted(verb):
        return []
    places = [r for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj" and (r := ref(o)) is not None
              and r.kind in ("Place", "State")]
    purposes = _purposes(verb)
    met = ctx.lex.relations["metWith"]
    # or there to meet someone: "X is in CITY to meet Y", "to attend the summit"
    meeting = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(
               a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               and (c.lemma_.lower() in met.verbs | met.symmetric_intransitive
                    or "attended" in ctx.lex.verbs_of(c.lemma_.lower()))]
    if not places or not meeting and not _for_a_visit(purposes, ctx):
        return []
    visitors = [r for c in verb.children if c.dep_ == "nsubj" for x in conjuncts(c)
                if (r := ref(x)) is not None and r.kind == "Person"]
    if not visitors and verb.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
        # "X, who is in CITY for the summit, ..."
        visitors = [r for r in [ref(verb.head)] if r is not None and r.kind == "Person"]
    out = [Found(v, "visited", p, verb.i, 0.7) for v in visitors for p in places]
    # and the event one is there for, one attends
    out += [Found(v, "attended", e, verb.i, 0.7) for v in visitors for o in purposes
            if (e := _event_head(o)) is not None]
    return out


@rule("place.there_for_aside", gate=Gate(mention=True))
def place_there_for_aside(tok: Token, ctx: RuleContext) -> list[Found]:
    """A person set off by commas as "in CITY for talks" is visiting it: "X, in CITY for
    talks with Y, said ..." (the parser hangs both phrases on the name)."""
    person = ref(tok)
    if person is None or person.kind != "Person" or not _root_of(person, tok):
        return []
    places = [r for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
              and p.i == person.end + 1 and tok.doc[person.end].text == ","
              for o in p.children if o.dep_ == "pobj" and (r := ref(o)) is not None
              and r.kind in ("Place", "State")]
    purposes = _purposes(tok)
    if not places or not _for_a_visit(purposes, ctx):
        return []
    return [Found(person, "visited", p, tok.i, 0.7) for p in places]


@rule("event.named_parties", gate=Gate(words=lambda ctx: ctx.lex.constructions.meeting_nouns
                                       | ctx.lex.constructions.party_named_events))
def event_named_parties(noun: Token, ctx: RuleContext) -> list[Found]:
    """"Russia-Turkmenistan talks", "the US-China summit": an event named for its parties
    (names joined by a hyphen, which the event's own name swallows) is their meeting:
    they meet each other."""
    own = ref(noun)
    if own is None or own.kind != "Event" or own.start >= noun.i or own.end != noun.i + 1:
        return []
    doc = noun.doc
    if not any(doc[i].text == "-" or "-" in doc[i].text for i in range(own.start, noun.i)):
        return []
    if not asserted(noun) or not asserted(noun.head) or is_future_nominal(noun):
        return []
    cons = ctx.lex.constructions
    if any(c.lower_ in cons.event_denials for c in noun.children if c.dep_ in ("det", "amod")):
        return []  # "no US-China summit", "possible Russia-Ukraine talks"
    if noun.dep_ in ("dobj", "nsubjpass") and is_undoing(noun.head):
        return []  # "the US-China talks were called off"
    parties = [r for r in (doc._.kg_refs or []) if own.start <= r.start and r.end <= noun.i
               and r.key != own.key and r.kind in ctx.agents]
    parties = list({r.key: r for r in parties}.values())
    if len(parties) < 2:
        return []
    return [Found(a, "metWith", b, noun.i, 0.7) for k, a in enumerate(parties)
            for b in parties[k + 1:]]
