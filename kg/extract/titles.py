"""Affiliations from officials' titles, and "the country" of a speaker.

"Chinese Foreign Ministry spokeswoman Mao Ning" makes Mao Ning
``affiliatedWith`` the ministry and with China; "Minister for Foreign Affairs
of Japan, Hayashi Yoshimasa" with Japan; "Zhu Zhiqun, a professor at
Bucknell University" with the university. A speaker's "the country" is the
state the speaker is affiliated with.
"""

import re
from collections.abc import Set as AbstractSet

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg import vocab
from kg.extract.confidence import rule_confidence
from kg.extract.lexicon import lexicon
from kg.extract.mentions import ActorInfo, Ref
from kg.extract.syntax import (
    FINITE_TAGS,
    affiliated_states,
    agent_refs,
    conjuncts,
    evidence,
    is_hypothetical,
    is_negated,
    mention,
    ref,
    speaker_of,
    target_refs,
    titled_in_line,
    tokens_tagged,
)
from kg.gazetteer import load_gazetteer
from kg.officeholders import Term, load_officeholders
from kg.types import Claim

__all__ = ["TitleExtractor", "make_titles"]

AFFILIATION_KINDS = vocab.kinds_of(vocab.range_kind("affiliatedWith"))


def _term_refs(doc: Doc, terms: list[Term], offices: AbstractSet[str], start: int, end: int, *,
               kinds: tuple[str, ...] | None = None) -> list[Ref]:
    """The states or organizations of the officeholders ``terms`` in one of ``offices``
    (of ``kinds``, where given), once each, as mentions of the words ``start:end`` that
    name the office; each becomes an actor of the document."""
    actors = load_gazetteer().actors
    infos = doc._.kg_actors if doc._.kg_actors is not None else {}
    found: list[Ref] = []
    for term in terms:
        actor = actors.get(term.actor)
        if term.office not in offices or actor is None or (
                kinds is not None and actor.kind not in kinds) or any(
                f.key == actor.key for f in found):
            continue
        infos.setdefault(actor.key, ActorInfo(kind=actor.kind, labels=[actor.key],
                                              wikidata=actor.wikidata))
        found.append(Ref(actor.key, actor.kind, start, end, doc[start:end].text, "coref"))
    return found


class TitleExtractor:
    """The ``kg_titles`` component: ``affiliatedWith`` claims from titles."""

    def __init__(self, name: str, relation: str) -> None:
        self.name = name
        self.relation = relation
        vocab.relation(relation)  # fail now on a name the ontology lacks
        self.confidence = rule_confidence()
        lex = lexicon().titles
        self.words = lex.words
        self.heads = lex.heads
        self._affiliations: dict[str, list[str]] = {}
        self._aides: list[tuple[Ref, Ref]] = []  # (aide, the person they act for)

    def __call__(self, doc: Doc) -> Doc:
        claims: list[Claim] = list(doc._.kg_claims or [])
        doc._.kg_spokespersons = set()
        affiliations: dict[str, list[str]] = {}
        self._affiliations = affiliations  # read by _acting_for while the doc is read
        self._aides = []
        seen: set[tuple[str, str]] = set()
        owners = doc._.kg_title_owners or {}
        titled_states: dict[int, list[Ref]] = {}  # a titled person's last token -> states
        for r in doc._.kg_refs or []:
            if r.kind != "Person" or r.how == "coref":
                continue
            if r.how == "title":
                found = [("title.office", owners[r.start])] if r.start in owners else []
            else:
                found = [("title.before", o) for o in self._before(doc, r)] + [
                    ("title.after", o) for o in self._after(doc, r)] + [
                    ("title.leader_of", o) for o in self._leader_of(doc, r)] + [
                    ("title.of", o) for o in self._of(doc, r)] + [
                    ("title.possessor", o) for o in self._possessor(doc, r)] + [
                    ("title.possessed", o) for o in self._possessed(doc, r)] + [
                    ("title.speaks_for", o) for o in self._speaks_for(doc, r)] + [
                    ("title.heads_clause", o) for o in self._heads_clause(doc, r)] + [
                    ("title.respective", o) for o in self._respective(doc, r)] + [
                    ("title.bracketed", o) for o in self._bracketed(doc, r)]
                if not found:
                    found += [("title.officeholder", o) for o in self._held_office(doc, r)]
                if not found:
                    found += [("title.clause", o) for o in self._titled_clause(doc, r)]
                if not found:
                    found += [("title.shared", o)
                              for o in self._shared_state(doc, r, titled_states)]
                if not found:
                    found += [("title.administration", o) for o in self._government_of(doc, r)]
                titled_states[r.end - 1] = [o for _, o in found if o.kind == "State"]
                found += [("title.officeholder_named", o)
                          for o in self._office_named_nearby(doc, r, titled=bool(found))]
            self._claim(doc, r, found, seen, claims)
        # the bosses of aides are read once every title of the document is
        for aide, boss in self._aides:
            self._claim(doc, aide, [("title.aide_of", o) for o in self._acting_for(doc, boss)],
                        seen, claims)
        doc._.kg_affiliations = affiliations
        doc._.kg_claims = claims
        self._served_states(doc, affiliations)  # (a speaker's own state for "our country")
        self._resolve_country(doc, affiliations)
        return doc

    def _served_states(self, doc: Doc, affiliations: dict[str, list[str]]) -> None:
        """Whom a person the text names without a title serves, from the officeholders'
        table on the article's date: no claim, but the later rules then know a speaker's
        own side ("X refused ..., said NAME" is no criticism of X by its own minister)."""
        table = load_officeholders()
        for r in doc._.kg_refs or []:
            if r.kind != "Person" or r.key in affiliations:
                continue
            person = table.find_person(r.key)
            if person is None:
                continue
            states = sorted({t.actor for t in table.terms_of(person.id, doc._.kg_date)})
            if states:
                affiliations[r.key] = states

    def _claim(self, doc: Doc, person: Ref, found: list[tuple[str, Ref]],
               seen: set[tuple[str, str]], claims: list[Claim]) -> None:
        """Claim ``person`` affiliated with each found actor (and a body's parent)."""
        for rule, org in found:
            for target in self._with_parent(doc, org):
                if (person.key, target.key) in seen or target.key == person.key:
                    continue
                seen.add((person.key, target.key))
                self._affiliations.setdefault(person.key, []).append(target.key)
                sent = doc[person.start].sent
                claims.append(Claim(mention(doc, person), self.relation, mention(doc, target),
                                    *evidence(sent), rule, self.confidence.get(rule, 0.9)))

    def _with_parent(self, doc: Doc, org: Ref) -> list[Ref]:
        info = (doc._.kg_actors or {}).get(org.key)
        out = [org]
        if org.kind == "Body" and info is not None and info.part_of:
            parent_info = doc._.kg_actors.get(info.part_of)
            kind = parent_info.kind if parent_info else "State"
            out.append(Ref(info.part_of, kind, org.start, org.end, org.text, "coref"))
        return out

    def _before(self, doc: Doc, person: Ref) -> list[Ref]:
        """Titles before the name: "NATO Secretary General Jens Stoltenberg"."""
        found: list[Ref] = []
        titled = spokes = aide = False
        employed: bool | None = None  # whether the head next to the name is an employer's
        posted_at: int | None = None  # where a posted head ("envoy") stands
        of_owner = False  # whether an owner was found after an "of" of the title
        i = person.start - 1
        while i >= 0:
            tok = doc[i]
            r = ref(tok)
            low = tok.lower_
            if r is not None and r.kind == "Person":
                if titled and r.end < person.start and (doc[r.end].tag_ == "POS" or aide):
                    found.extend(self._acting_for(doc, r))  # "A's spokesperson, X", "A aide X"
                break  # an office naming its own holder ("the President of Turkey, X said")
            if r is not None and r.kind != "Person" and titled and of_owner:
                break  # "[X] Head of the BODY of STATE Y", "DEMONYM Member of the BODY of
                # STATE Y": the title's owner is named after "of"; what stands before the
                # title is no part of it (the holder's people, or the end of what precedes)
            if r is not None and r.kind != "Person":
                # "minister for the Pacific": a place in a title is its portfolio; "A's
                # counterpart, X": the other side
                if r.kind in AFFILIATION_KINDS and not (
                        tok.dep_ == "poss" and tok.head.lemma_.lower() in
                        lexicon().titles.counterpart_heads) and not (
                        # "Minister of PORTFOLIO X": the portfolio the NER took for a body
                        r.kind == "Body" and r.start > 1
                        and doc[r.start - 1].lower_ in ("of", "for")
                        and doc[r.start - 2].lemma_.lower() in lexicon().titles.portfolio_titles
                ) and not (
                        # "PORTFOLIO Minister X": a one-word portfolio the NER took for a body
                        r.kind == "Body" and r.end == r.start + 1 and r.end < len(doc)
                        and doc[r.end].lemma_.lower() in lexicon().titles.portfolio_titles
                ) and not (
                        r.kind == "State" and r.start > 0 and doc[r.start - 1].lower_ == "for"):
                    found.append(r)
                i = r.start - 1
                continue
            if low in lexicon().titles.opposition_words:
                return []  # "Russian opposition leader X" does not act for Russia
            if (low in self.words or low.replace("-", "") in self.words or (
                    "-" in low and all(p in self.words for p in low.split("-"))) or (
                    tok.lemma_.lower() in lexicon().titles.employer_words) or (
                    # a title's head that starts a chain of "of the" phrases ("Member of the
                    # BODY of STATE X"), a word that alone titles no one ("NATO member")
                    found and tok.lemma_.lower() in self.heads and doc[i + 1].lower_ == "of"
                    and i + 2 < len(doc) and doc[i + 2].lower_ == "the")
                    ) and not (
                    tok.is_lower and low in lexicon().titles.capitalized_heads):
                if employed is None:
                    employed = tok.lemma_.lower() in lexicon().titles.employer_words
                titled = True
                spokes = spokes or low.startswith("spokes")
                aide = aide or tok.lemma_.lower() in lexicon().titles.aide_heads
                if tok.lemma_.lower() in lexicon().titles.posted_heads:
                    posted_at = i
                    aide = True  # "LEADER envoy X" acts for whom the leader acts for
            elif (low == "," and (i == person.start - 1 or (
                    i > 0 and doc[i - 1].lower_ in self.words))) or (
                    low in ("(", ":") and i == person.start - 1):
                pass  # "the head of the STATE delegation (X)", "STATE's negotiator: X"
            elif titled and (tok.pos_ == "ADJ" or (
                    tok.pos_ == "NOUN" and tok.is_lower and tok.dep_ in ("compound", "amod"))):
                pass  # "special envoy for Eurasian affairs", "economic development minister"
            elif low == "and" and (i == 0 or doc[i - 1].lower_ not in self.words):
                break  # "..., and British Foreign Secretary X": a new title starts here
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon().titles.agents and (
                    acting := [a for a in agent_refs(tok) if a.kind in AFFILIATION_KINDS] or [
                        # (the name set beside the noun: "the head of the DEMONYM delegation,
                        # X" with X an apposition of the noun): its own modifiers
                        a for c in tok.children if c.dep_ in ("amod", "compound", "poss")
                        and c.i < tok.i and (a := ref(c)) is not None
                        and a.kind in AFFILIATION_KINDS]):
                # "the spokesman for the DEMONYM government, X": the state it names
                found.extend(acting)
                i = tok.left_edge.i - 1
                continue
            elif tok.pos_ == "NOUN" and tok.is_lower and not found and (
                    tok.lemma_.lower() in lexicon().constructions.headed_unit_nouns) and (
                    units := [a for c in tok.children if c.dep_ in ("compound", "amod", "poss")
                              and c.i < tok.i and (a := ref(c)) is not None
                              and a.kind in AFFILIATION_KINDS]):
                # "the leader of the ORG group, X", "the head of the DEMONYM delegation, X":
                # the actor named on the unit whose head stands before it
                found.extend(units)
                i = tok.left_edge.i - 1
                continue
            elif found and tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and (
                    doc[i + 1].lower_ == "of") and i > 0 and doc[i - 1].lower_ in ("the", "of"):
                pass  # "Speaker of the NAME of STATE X": a link of the title's chain of
                # "of" phrases that no mention covers
            elif low == "for" and i == person.start - 1 and i > 0 and (
                    doc[i - 1].lemma_.lower() in lexicon().titles.seat_heads):
                return []  # "the PARTY MP for NAME": a seat, not a person
            elif low in ("of", "for", "the", "-", "’s", "'s", "and"):
                # (a state after "of": "DEMONYM Head of the BODY" keeps its demonym)
                of_owner = of_owner or (low == "of" and any(f.kind == "State" for f in found))
            elif found and tok.pos_ == "NOUN" and tok.is_lower and (
                    tok.lemma_.lower() in lexicon().mentions.body_descriptors) and (
                    doc[i + 1].i == found[-1].start or doc[i + 1].lower_ == "the"):
                # "the head of mining company ORG, X": the noun describing the body, and
                # the words that modify it ("financial services company ORG")
                i = tok.left_edge.i - 1 if tok.left_edge.i < i else i - 1
                while i >= 0 and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ") and (
                        doc[i].lower_ not in self.words):
                    i -= 1
                continue
            elif low == "to":
                if titled and any(c.dep_ == "pobj" and (c.i == named.i or c.is_ancestor(named))
                                  for c in tok.children
                                  for named in [doc[person.start:person.end].root]):
                    break  # "sent condolences to President of STATE X": the preposition
                    # whose object is the whole titled name is no part of the title
                # "Ambassador of Australia to NATO": NATO was seen first (right to left).
                if found:
                    found.pop()
            elif low == "in":
                # "STATE's ambassador in STATE2, X": the posting, not whom X acts for (only
                # right after a title word; else the phrase is no part of the title)
                if i == 0 or doc[i - 1].lower_ not in self.words:
                    break
                if found and found[-1].start <= i + 2:
                    found.pop()
            else:
                break
            i -= 1
        if not titled:
            return []
        if employed:
            # "NETWORK reporter X": the employer; "DEMONYM journalist X" acts for no state
            found = [f for f in found if f.kind != "State"]
        if posted_at is not None and any(f.kind == "State" for f in found):
            # "STATE's ORG envoy X": the organization before the head is the posting
            found = [f for f in found if not (f.kind == "Organization" and f.end == posted_at)]
        if spokes and found:
            doc._.kg_spokespersons = (doc._.kg_spokespersons or set()) | {person.key}
        return self._dedupe(found)

    def _acting_for(self, doc: Doc, boss: Ref) -> list[Ref]:
        """The states and organizations a person named before acts for (their aide or
        spokesperson acts for them too)."""
        actors = doc._.kg_actors or {}
        return [Ref(key, info.kind, boss.start, boss.end, boss.text, "coref")
                for key in self._affiliations.get(boss.key, [])
                if (info := actors.get(key)) is not None and info.kind in ("State", "Organization")]

    def _after(self, doc: Doc, person: Ref) -> list[Ref]:
        """An apposition after the name: "Zhu Zhiqun, a professor at Bucknell University"."""
        lex = lexicon().titles
        root = doc[person.start:person.end].root
        found: list[Ref] = []
        for appos in root.children:
            if appos.dep_ == "appos" and appos.lower_ == "one":
                # "X, one of President Y's advisers": X acts for whom Y acts for
                self._aides.extend((person, b) for p in appos.children
                                   if p.dep_ == "prep" and p.lower_ == "of"
                                   for o in p.children if o.dep_ == "pobj"
                                   and o.lemma_.lower() in lex.aide_heads
                                   for c in o.children if c.dep_ == "poss"
                                   and (b := ref(c)) is not None and b.kind == "Person"
                                   and b.key != person.key)
                continue
            if appos.dep_ != "appos" or appos.lemma_.lower() not in self.heads or (
                    appos.is_lower and appos.lemma_.lower() in lex.capitalized_heads):
                continue
            if (own := ref(appos)) is not None and own.kind == "Person":
                continue  # an office resolved to another holder
            if any(titled_in_line(t) for t in appos.subtree
                   if (r := ref(t)) is not None and r.kind == "State"):
                continue  # the next title of a line, with its own holder ("A, TITLE of
                # STATE B, ...")
            # the title's own words, not a name coordinated with it or in a clause on
            # it ("A, X's prime minister, and B", "A, X's prime minister, who met B")
            cut = {w.i for c in appos.subtree if c.i != appos.i
                   and c.dep_ in ("conj", "cc", "relcl", "acl", "advcl") for w in c.subtree}
            own_words = [t for t in appos.subtree if t.i not in cut]
            lemma = appos.lemma_.lower()
            # not a topic ("an expert on China"), a destination ("ambassador to NATO")
            # or a seat ("the MP for NAME")
            # nor a posting ("the UN envoy for STATE", "the top DEMONYM diplomat in STATE")
            aside = {t.i for p in own_words if p.dep_ == "prep" and (
                p.lower_ in ("on", "about", "against", "toward", "towards") or (
                    # ("an adviser to the DEMONYM prime minister": whom the aide serves)
                    p.lower_ == "to" and lemma not in lex.aide_heads) or (
                    p.lower_ == "for" and p.head.i == appos.i and lemma in lex.seat_heads) or (
                    p.lower_ == "for" and p.head.i == appos.i and lemma in lex.posted_heads) or (
                    p.lower_ == "in" and any(
                        (o := ref(c)) is not None and o.kind in ("State", "Place")
                        for c in p.children if c.dep_ == "pobj")))
                for t in p.subtree}
            seated = [t for t in own_words if t.i not in aside or lemma not in lex.seat_heads]
            bosses = [b for p in appos.children if lemma in lex.aide_heads
                      and p.dep_ in ("prep", "dative") and p.lower_ in ("for", "to")
                      for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
                      if (b := ref(c)) is not None and b.kind == "Person"
                      and b.key != person.key] + [
                b for c in appos.children if c.dep_ == "poss" and (
                    lemma in lex.aide_heads or lemma in lex.posted_heads)
                and (b := ref(c)) is not None and b.kind == "Person" and b.key != person.key]
            if bosses:
                # "X, a spokesman for President Y", "X, President Y's spokesman / envoy":
                # X acts for whom Y acts for
                self._aides.extend((person, b) for b in bosses)
                continue
            if any((r := ref(t)) is not None and r.kind == "Person" and r.key != person.key
                   for t in seated) or any(
                    (t.ent_type_ == "PERSON" or (t.dep_ == "pobj" and t.pos_ == "PROPN"
                                                 and t.ent_type_ not in ("GPE", "ORG", "NORP")
                                                 and t.lower_ not in self.words))
                    and ref(t) is None for t in seated):
                continue  # "A, President of China B, ...": the next person's title
            if any((r := ref(t)) is not None and r.kind != "Person" and r.end < len(doc)
                   and (p := ref(doc[r.end])) is not None and p.kind == "Person"
                   and p.key != person.key for t in own_words):
                continue  # "A, TITLE of the BODY B, ...": the title's owner stands right
                # before the next name (the parser took part of the owner into it)
            nxt = max(t.i for t in own_words) + 1
            if nxt < len(doc) and (doc[nxt].ent_type_ == "PERSON" or (
                    (r := ref(doc[nxt])) is not None and r.kind == "Person")):
                continue  # the title stands before the next name
            if nxt < len(doc) and doc[nxt].tag_ in FINITE_TAGS and (
                    doc[nxt].pos_ in ("VERB", "AUX")) and not (
                    root.dep_ in ("nsubj", "nsubjpass") and root.head.i == nxt):
                # "Asked about X, the President of STATE noted ...": the title is the
                # subject of the clause that follows, not an apposition to the name before
                # (but "X, STATE's Foreign Secretary said": X is that subject)
                continue
            if appos.lower_.startswith("spokes"):
                doc._.kg_spokespersons = (doc._.kg_spokespersons or set()) | {person.key}
            for tok in own_words:
                r = ref(tok)
                if r is not None and r.kind in AFFILIATION_KINDS and tok.i not in aside:
                    if tok.head.lower_ == "to" and lemma not in lex.aide_heads:
                        continue
                    if lemma in lex.posted_heads and r.kind == "Organization" and (
                            tok.head.i == appos.i and tok.dep_ == "compound") and any(
                            (o := ref(t)) is not None and o.kind == "State" for t in own_words
                            if t.head.i == appos.i and t.dep_ in ("poss", "amod", "compound")):
                        continue  # "STATE's ORG envoy": the organization is the posting
                    found.append(r)
        return self._dedupe(found)

    @staticmethod
    def _speaks_for(doc: Doc, person: Ref) -> list[Ref]:
        """A relative or participial clause of acting for someone on the name: "X, who
        speaks for the ORG", "X, speaking for the STATE government", "X, who works for
        the BODY", "X, speaking on behalf of the ORG" (not negated or hypothetical)."""
        root = doc[person.start:person.end].root
        found: list[Ref] = []
        clauses = list(root.children)
        if root.dep_ == "nsubj":
            # "X, speaking for the ORG, said": a participle on the verb X is subject of
            clauses += [c for c in root.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                        and not any(s.dep_.startswith("nsubj") for s in c.children)]
        for verb in clauses:
            if verb.dep_ not in ("relcl", "acl", "advcl") or (
                    verb.lemma_.lower() not in lexicon().titles.acting_verbs) or (
                    is_negated(verb) or is_hypothetical(verb)):
                continue
            if verb.dep_ == "relcl" and not any(
                    s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in verb.children):
                continue
            lex = lexicon().titles
            preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"]
            # "X, speaking on behalf of the ORG": the "of" phrase of the behalf noun
            preps += [p2 for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
                      for b in p.children if b.dep_ == "pobj" and b.lemma_.lower()
                      in lex.behalf_nouns for p2 in b.children
                      if p2.dep_ == "prep" and p2.lower_ == "of"]
            for prep in preps:
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    r = ref(pobj) or next(
                        (x for c in pobj.children if c.dep_ in ("poss", "compound", "amod")
                         and (x := ref(c)) is not None), None)
                    if r is not None and r.kind in AFFILIATION_KINDS:
                        found.append(r)
        return found

    @staticmethod
    def _bracketed(doc: Doc, person: Ref) -> list[Ref]:
        """A state or organization alone in brackets after the name: "X (STATE) and Y
        (STATE2) signed" (wire copy's way of giving whom each of a list acts for)."""
        i = person.end
        if i + 2 >= len(doc) or doc[i].text != "(":
            return []
        r = ref(doc[i + 1])
        if r is None or r.kind not in ("State", "Organization") or r.start != i + 1 or (
                r.end >= len(doc) or doc[r.end].text != ")"):
            return []
        return [r]

    def _respective(self, doc: Doc, person: Ref) -> list[Ref]:
        """A plural title over as many actors as names, paired in order: "the foreign
        ministers of A, B and C, X, Y and Z" (the names parsed into the list of actors),
        "X and Y, the presidents of A and B" (two or more of each; nothing where the
        counts differ)."""
        root = doc[person.start:person.end].root
        first = root
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head

        def chain(tok: Token) -> list[Ref | None]:
            out: list[Ref | None] = []
            for t in sorted(conjuncts(tok), key=lambda t: t.i):
                r = ref(t)
                if out and r is not None and out[-1] is not None and out[-1].key == r.key:
                    continue  # a name's own tokens
                out.append(r)
            return out

        def plural_title(tok: Token) -> bool:
            return tok.tag_ == "NNS" and tok.lemma_.lower() in self.heads

        actors: list[Ref | None] = []
        people: list[Ref | None] = []
        if first.dep_ == "pobj" and first.head.lower_ == "of" and plural_title(first.head.head):
            items = chain(first)
            split = next((k for k, r in enumerate(items) if r is not None and r.kind == "Person"),
                         len(items))
            actors, people = items[:split], items[split:]
        else:
            title = next((c for c in first.children if c.dep_ == "appos" and plural_title(c)),
                         None)
            of = [o for p in (title.children if title is not None else ())
                  if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"]
            if of:
                people, actors = chain(first), chain(of[0])
        if len(actors) < 2 or len(actors) != len(people) or any(
                a is None or a.kind not in AFFILIATION_KINDS for a in actors) or any(
                p is None or p.kind != "Person" for p in people):
            return []
        return [a for a, p in zip(actors, people, strict=True)
                if a is not None and p is not None and p.key == person.key]

    @staticmethod
    def _heads_clause(doc: Doc, person: Ref) -> list[Ref]:
        """A relative clause of leading a state's or group's team or government on the name:
        "X, who heads STATE's delegation", "X, who leads the DEMONYM government" (the
        object noun names no actor itself; its modifiers do)."""
        root = doc[person.start:person.end].root
        nouns = lexicon().constructions.group_nouns | lexicon().titles.government_nouns
        found: list[Ref] = []
        for verb in root.children:
            if verb.dep_ != "relcl" or (
                    verb.lemma_.lower() not in lexicon().constructions.heading_verbs) or (
                    is_negated(verb) or is_hypothetical(verb)) or not any(
                    s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in verb.children):
                continue
            for obj in verb.children:
                if obj.dep_ != "dobj" or obj.lemma_.lower() not in nouns or ref(obj) is not None:
                    continue
                found.extend(r for c in obj.children if c.dep_ in ("poss", "amod", "compound")
                             and (r := ref(c)) is not None and r.kind in AFFILIATION_KINDS)
        return found

    def _held_office(self, doc: Doc, person: Ref) -> list[Ref]:
        """A title without its state before a name ("Prime Minister Boris Johnson",
        "President Touadera"): the states or organizations where the officeholders
        table has the person in that office on the article's date."""
        lex = lexicon().titles
        i = person.start - 1
        while i > 0 and doc[i].lower_ in lex.ranks and ref(doc[i]) is None and (
                doc[i - 1].whitespace_):  # (not the "General" of "Secretary-General")
            i -= 1  # "Prime Minister General X": a rank between the office and the name
        stop = i + 1
        while i >= 0 and ref(doc[i]) is None and (
                doc[i].lower_ in self.words or doc[i].lower_ == "of" or (
                    doc[i].text == "-" and i > 0 and not doc[i].whitespace_
                    and not doc[i - 1].whitespace_)):  # "Secretary-General X"
            i -= 1
        if stop == i + 1 and stop < person.start:
            i, stop = person.start - 1, person.start  # ranks only: read them as the title
            while i >= 0 and ref(doc[i]) is None and (
                    doc[i].lower_ in self.words or doc[i].lower_ == "of"):
                i -= 1
        words = [t.lower_ for t in doc[i + 1:stop]]
        words = " ".join(words).replace(" - ", "-").split()
        # "former president X", "under President X": a past holder, on any date (and
        # only where the table gives one state)
        past = bool(words) and (words[0] in lex.past_office_words or (
            i >= 0 and doc[i].lower_ in lex.term_preps))
        if past and words[0] in lex.past_office_words:
            words = words[1:]
        # a blocker among the office's own words ("secretary of state") blocks nothing
        _, size = lex.office_at_end(words)
        if not words or words[0] == "of" or any(
                w in lex.office_blockers for w in words[:len(words) - size]):
            return []
        return self._holder_of(doc, person, " ".join(words), i + 1, past=past)

    def _holder_of(self, doc: Doc, person: Ref, phrase: str, start: int, *,
                   past: bool = False) -> list[Ref]:
        """The states or organizations where the officeholders table has ``person`` in
        the office ``phrase`` names (on the article's date, or any date when ``past``)."""
        lex = lexicon().titles
        offices, _ = lex.office_at_end(phrase.split())
        table = load_officeholders()
        known = table.find_person(person.key)
        if not offices or known is None:
            return []
        terms = table.terms_of(known.id, None if past else doc._.kg_date)
        if re.search(r"(?:^| )president$", phrase):
            # "President X" heads a government only where the position is so titled, not
            # where X is its prime minister
            terms = [t for t in terms if t.office != "head_of_government"
                     or "president" in t.title.lower()]
        found = _term_refs(doc, terms, offices, start, person.start)
        if past and len(found) > 1:
            return []
        if len(found) > 1:
            # one holding the office in two states (France's president is also Andorra's
            # co-prince): the one the article names, else neither
            named = {r.key for r in doc._.kg_refs or [] if r.how != "coref"}
            found = [f for f in found if f.key in named]
        return found

    @staticmethod
    def _who_is(doc: Doc, person: Ref) -> list[Token]:
        """The predicate nouns of "who is / was" right after the name, where the parse hung
        the clause on a noun before the name ("disagreements with X who is the TITLE"):
        "who" names a person, so the clause is the name's."""
        if person.end >= len(doc):
            return []
        who = doc[person.end]
        verb = who.head
        if who.lower_ != "who" or who.dep_ != "nsubj" or verb.dep_ != "relcl" or (
                verb.lemma_ != "be") or doc[person.start:person.end].root.i == verb.head.i:
            return []
        return [a for a in verb.children if a.dep_ == "attr"]

    def _titled_clause(self, doc: Doc, person: Ref) -> list[Ref]:
        """An office without its state set beside the name as an apposition or a
        relative clause: "the current president, X", "X, the prime minister", "X, who is
        the secretary of state" (wire copy's way of titling a person once the story's
        state is plain): the state or organization where the officeholders table has
        the person in that office (on the article's date; any date for "the former
        president, X")."""
        lex = lexicon().titles
        root = doc[person.start:person.end].root
        nouns = [root.head] if root.dep_ == "appos" else []
        nouns += [c for c in root.children if c.dep_ == "appos"]
        nouns += [a for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"
                  and any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children)
                  for a in c.children if a.dep_ == "attr"]
        nouns += [a for a in self._who_is(doc, person) if a.i not in {n.i for n in nouns}]
        for noun in nouns:
            if noun.lemma_.lower() not in lex.office_heads or ref(noun) is not None:
                continue
            if noun.dep_ == "attr" and (is_negated(noun.head) or is_hypothetical(noun.head)):
                continue  # "X, who is not the secretary of state", "who would be ..."
            sub = [t for t in noun.subtree if t.i < person.start or t.i >= person.end]
            if any(ref(t) is not None or (t.pos_ == "PROPN" and t.lower_ not in self.words)
                   for t in sub if t.i != noun.i):
                continue  # the office names its state: other readers have it
            if any(t.dep_ == "poss" or (t.i < noun.i and t.lower_ in lex.office_blockers
                                        and t.lower_ not in lex.past_office_words) for t in sub):
                continue  # "his deputy", "a minister": not the office itself
            past = any(t.lower_ in lex.past_office_words for t in sub)
            words = [t.lower_ for t in sub if t.i >= noun.left_edge.i and (
                t.lower_ in self.words or t.lower_ == "of") and t.lower_ not in
                lex.past_office_words]
            if not words or not any(t.dep_ == "det" and t.lower_ == "the" for t in sub):
                continue
            found = self._holder_of(doc, person, " ".join(words), person.start, past=past)
            if found:
                return found
        return []

    @staticmethod
    def _possessor(doc: Doc, person: Ref) -> list[Ref]:
        """A name possessed by the body, organization or state it works for: "CNN's
        Dan Rivers", "the BBC's Alex Last" (a news outlet's reporter), "Russia's
        Navalny" (wire copy's byline and headline form)."""
        root = doc[person.start:person.end].root
        return [r for c in root.children if c.dep_ == "poss" and c.i < person.start
                and (r := ref(c)) is not None and r.kind in AFFILIATION_KINDS]

    @staticmethod
    def _possessed(doc: Doc, person: Ref) -> list[Ref]:
        """A party or body named as its leader's: "NAME's National League for
        Democracy", "NAME's Likud party" (wire copy's way of naming a party by the one
        who leads it); not a state ("NAME's Russia" is rhetoric)."""
        root = doc[person.start:person.end].root
        if root.dep_ != "poss" or root.head.i < person.end:
            return []
        r = ref(root.head)
        if r is None or r.kind not in ("Organization", "Body"):
            # "NAME's ruling Likud party": the name the head noun carries
            r = next((x for c in root.head.children if c.dep_ == "compound"
                      and (x := ref(c)) is not None and x.kind in ("Organization", "Body")),
                     None)
        return [r] if r is not None and r.kind in ("Organization", "Body") else []

    def _government_of(self, doc: Doc, person: Ref) -> list[Ref]:
        """A head of state or government named as the modifier of their government: "the
        NAME administration said", "the NAME government's plan" (wire copy's usual way of
        naming a government by its leader): the state the officeholders table has them
        head on the article's date (nothing for a person the table does not list, or
        "the former NAME administration")."""
        root = doc[person.start:person.end].root
        noun = root.head
        if root.dep_ not in ("compound", "poss") or noun.i != person.end or (
                noun.lemma_.lower() not in lexicon().titles.government_nouns):
            return []
        if any(c.lower_ in lexicon().titles.office_blockers for c in noun.children
               if c.dep_ in ("amod", "det", "poss")):
            return []
        table = load_officeholders()
        heads = ("head_of_state", "head_of_government")
        known = table.find_person(person.key)
        if known is None and len(person.key.split()) == 1:
            # "the SURNAME administration": the one of that surname heading a state then
            # (on any date, for an undated article: only where the table has one)
            dated = [p for p in table.find_surname(person.key) if any(
                t.office in heads for t in table.terms_of(p.id, doc._.kg_date))]
            known = dated[0] if len(dated) == 1 else None
            info = (doc._.kg_actors or {}).get(person.key)
            if known is not None and info is not None and known.name not in info.labels:
                info.labels.append(known.name)  # the node is named as the table names them
                # (the one the surname stands for heads a state then: see dated)
        if known is None:
            return []
        found = _term_refs(doc, table.terms_of(known.id, doc._.kg_date), set(heads),
                           person.start, noun.i + 1, kinds=("State",))
        return found if len(found) == 1 else []

    def _shared_state(self, doc: Doc, person: Ref,
                      titled_states: dict[int, list[Ref]]) -> list[Ref]:
        """A title without its state, coordinated with a titled person whose title has
        one: "the Greek prime minister A and energy minister B" (B acts for Greece)."""
        i = person.start - 1
        head = False
        while i >= 0 and ref(doc[i]) is None and (
                doc[i].lower_ in self.words or (doc[i].pos_ == "ADJ" and doc[i].is_lower)):
            head = head or doc[i].lemma_.lower() in self.heads
            i -= 1
        if not head or i < 1 or doc[i].lower_ not in ("and", ","):
            return []
        return titled_states.get(i - 1, [])

    def _office_named_nearby(self, doc: Doc, person: Ref, *, titled: bool = False) -> list[Ref]:
        """A person titled by an office noun whose state is named in the same sentence,
        where the officeholders table has the person in an office of that state on the
        article's date: "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of
        Benin", "his Greek and French counterparts, Nikos Dendias and Jean-Yves Le Drian",
        "Chairperson of the African Union, President of Senegal Macky Sall" (``titled``:
        a title before the name was read already)."""
        table = load_officeholders()
        known = table.find_person(person.key)
        if known is None:
            return []
        root = doc[person.start:person.end].root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # the first of a list of names
        first = ref(root)
        i = (first.start if first is not None else person.start) - 1
        while i >= 0 and doc[i].text == ",":
            i -= 1
        titled = titled or (i >= 0 and ref(doc[i]) is None and (
            doc[i].lower_ in self.words or doc[i].lemma_.lower() in self.heads)) or (
            root.dep_ == "appos" and root.head.lemma_.lower() in self.heads
            and ref(root.head) is None)
        if not titled:
            return []
        actors = {t.actor for t in table.terms_of(known.id, doc._.kg_date)}
        sent = doc[person.start].sent
        found: list[Ref] = []
        for r in doc._.kg_refs or []:
            if (sent.start <= r.start < sent.end and r.key in actors
                    and r.kind in ("State", "Organization") and r.how != "coref"
                    and all(f.key != r.key for f in found)):
                found.append(r)
        return found

    @staticmethod
    def _of(doc: Doc, person: Ref) -> list[Ref]:
        """A body a name is "of" or "from": "NAME of the ORG", "A, from the
        students' council", "specialist NAME at the ORG" (a state only after "of": "from
        STATE" may be where one is from)."""
        root = doc[person.start:person.end].root
        found: list[Ref] = []
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from", "at") or prep.i < root.i:
                continue
            kinds = ("Organization", "Body") + (("State",) if prep.lower_ == "of" else ())
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                r = ref(pobj)
                if r is None or r.kind not in kinds:
                    # "the University of CITY's council": the body the phrase names
                    r = next((x for t in pobj.subtree if (x := ref(t)) is not None
                              and x.kind in ("Organization", "Body") and t.head.i == pobj.i
                              and t.dep_ in ("poss", "compound")), None)
                if r is not None and r.kind in kinds:
                    found.append(r)
        return found

    @staticmethod
    def _leader_of(doc: Doc, person: Ref) -> list[Ref]:
        """"Ukraine's delegation was led by Andriy Yermak", "a Hamas delegation led by X"."""
        root = doc[person.start:person.end].root
        if root.dep_ != "pobj" or root.head.dep_ != "agent":
            return []
        verb = root.head.head
        if verb.lemma_.lower() not in lexicon().constructions.heading_verbs:
            return []
        led = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "acl":
            led.append(verb.head)
        groups = lexicon().constructions.group_nouns
        return [r for n in led if n.lemma_.lower() in groups for c in n.children
                if c.dep_ in ("poss", "compound", "amod") and (r := ref(c)) is not None
                and r.kind in AFFILIATION_KINDS]

    @staticmethod
    def _dedupe(refs: list[Ref]) -> list[Ref]:
        out: list[Ref] = []
        for r in refs:
            if all(o.key != r.key for o in out):
                out.append(r)
        return out

    @staticmethod
    def _own_state(doc: Doc, tok: Token, affiliations: dict[str, list[str]]) -> None:
        """Map "our country", "our state" to the state of the one whose words they are: the
        person who says the clause ("X said that ... our country"), else the person who
        acts in the sentence's main clause ("X thanked Y for its support for our state").
        Nothing where neither is a person affiliated with a state."""
        actors = doc._.kg_actors or {}
        table: dict[int, Ref] = doc._.kg_tok
        speaker: Ref | None = None
        cur = tok
        for _ in range(12):
            # the outermost one who reports it: "X said Y claimed our country ..." is X's
            if cur.pos_ in ("VERB", "AUX") and cur.lemma_ in lexicon().reporting.verbs and (
                    (said := _person_subject(cur)) is not None):
                speaker = said
            if cur.head.i == cur.i:
                break
            cur = cur.head
        if speaker is None and cur.dep_ == "ROOT":
            speaker = _person_subject(cur)
        if speaker is None:
            return
        states = affiliated_states(doc, speaker.key)
        if not states:
            # a state the text never names, known from the officeholders' table: it becomes
            # an actor of the document
            known = load_gazetteer().actors
            states = [k for k in affiliations.get(speaker.key, [])
                      if (a := known.get(k)) is not None and a.kind == "State"][:1]
            for k in states:
                actors.setdefault(k, ActorInfo(kind="State", labels=[k],
                                               wikidata=known[k].wikidata))
        if not states:
            return
        new = Ref(states[0], "State", tok.i, tok.i + 1, tok.text, "coref")
        table[tok.i] = new
        doc._.kg_refs.append(new)

    def _resolve_country(self, doc: Doc, affiliations: dict[str, list[str]]) -> None:
        """Map "the country"/"the nation" to the speaker's state, else the last state."""
        table: dict[int, Ref] = doc._.kg_tok
        refs: list[Ref] = doc._.kg_refs
        for tok in tokens_tagged(doc, "NN", attr="TAG"):  # "the four nations" is not one state
            if tok.i in table:
                continue
            if tok.lemma_.lower() in lexicon().titles.own_state_nouns and any(
                    c.dep_ == "poss" and c.lower_ in lexicon().titles.own_state_possessives
                    for c in tok.children):
                self._own_state(doc, tok, affiliations)
                continue
            if tok.lemma_.lower() not in lexicon().titles.country_nouns:
                continue
            if not any(c.lower_ == "the" for c in tok.children if c.dep_ == "det"):
                continue
            target: str | None = None
            head = tok.head
            while head.dep_ in ("ccomp", "conj", "xcomp") and head.head.i != head.i:
                head = head.head
            speaker = speaker_of(head) if head.lemma_ in lexicon().reporting.verbs else None
            if speaker is not None:
                states = affiliated_states(doc, speaker.key)
                if states:
                    target = states[0]
            if target is None:
                before = [r for r in refs if r.start < tok.i and r.kind == "State"]
                if before:
                    target = before[-1].key
            if target is not None:
                new = Ref(target, "State", tok.i, tok.i + 1, tok.text, "coref")
                table[tok.i] = new
                refs.append(new)
        refs.sort(key=lambda r: r.start)


def _person_subject(verb: Token) -> Ref | None:
    """The person who performs ``verb`` ("the President of STATE NAME said"), if any; a
    person named inside the subject ("the agenda of the meeting with NAME") is not one."""
    found = speaker_of(verb)
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    if len(subjects) > 1:
        return None  # a misparse: "The agenda of the meeting with NAME included ..."
    for subj in (s for s in subjects if found is None):
        refs, direct = target_refs(subj)
        found = next((r for r in refs if direct and r.kind == "Person"), None)
    return found


@Language.factory("kg_titles", requires=["doc._.kg_refs"],
                  assigns=["doc._.kg_claims", "doc._.kg_affiliations"],
                  default_config={"relation": "affiliatedWith"})
def make_titles(nlp: Language, name: str, relation: str) -> TitleExtractor:
    """Build the ``kg_titles`` component."""
    return TitleExtractor(name, relation)


for _attr in ("kg_affiliations", "kg_spokespersons"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)
