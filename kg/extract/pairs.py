"""The ``kg_pairs`` component: "the leaders", "the parties" as the two who met.

Readouts and reports name two interlocutors once ("X had a telephone
conversation with Y", "X held talks with Y", "X and Y met") and then refer to
them as a pair: "The leaders agreed ...", "The parties discussed ...",
"Both presidents reaffirmed ...". ``kg_mentions`` resolves "the two
leaders" to the last two actors of a sort in the sentence before; this
component, after it, resolves a definite plural pair noun without a number
(``[mentions] pair_nouns``) to the two sides of the latest meeting in the
last few sentences, so that what the pair does is stated between the two
named people; and a "they" that is the subject of a sentence to the actors
coordinated as the subject of the sentence before ("A, B and C met in X.
They called on Y ...").
"""

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import lexicon
from kg.extract.mentions import Ref
from kg.extract.syntax import conjuncts, titled_person, tokens_tagged

__all__ = ["PairResolver", "make_pairs"]

LOOKBACK = 4  # sentences
EARLIER = 3  # sentences back to a coordinated group for "they", "the foreign ministers"
FAR = 12  # sentences back to the meeting of a readout for "the leaders"


class PairResolver:
    """The ``kg_pairs`` component."""

    def __init__(self, name: str) -> None:
        self.name = name
        lex = lexicon()
        self.pair_nouns = lex.mentions.pair_nouns
        met = lex.relations.get("metWith")
        self.meeting_verbs = (met.verbs | frozenset(met.verb_preps) | met.symmetric_intransitive
                              if met else frozenset())
        self.meeting_nouns = frozenset(met.nouns) if met else frozenset()

    def __call__(self, doc: Doc) -> Doc:
        tok_refs: dict[int, Ref] = doc._.kg_tok or {}
        groups: dict[int, list[Ref]] = dict(doc._.kg_groups or {})
        sents = list(doc.sents)
        index = {s.start: n for n, s in enumerate(sents)}
        for tok in tokens_tagged(doc, "NNS", "NNPS", attr="TAG"):
            if tok.i in groups or tok.i in tok_refs:
                continue
            kinds = self.pair_nouns.get(tok.lemma_.lower())
            if not kinds or not self._definite(tok):
                continue
            n = index[tok.sent.start]
            for sent in reversed(sents[max(0, n - LOOKBACK):n + 1]):
                pair = self._meeting_pair(sent, tok, tok_refs, kinds)
                if pair is not None:
                    groups[tok.i] = _standing_for(tok, pair)
                    break
        # each step below reads a subject only
        for tok in tokens_tagged(doc, "nsubj", "nsubjpass", attr="DEP"):
            if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass") and (
                    tok.i not in groups):
                n = index[tok.sent.start]
                if n > 0:
                    sides = self._coordinated_subjects(sents[n - 1], tok_refs, groups)
                    if len(sides) > 1:
                        groups[tok.i] = _standing_for(tok, sides)
            self._plural_subject(tok, sents, index, tok_refs, groups)
            self._impersonal(tok, sents, index, tok_refs, groups)
        doc._.kg_groups = groups
        return doc

    # ------------------------------------------- impersonal passives of a readout
    def _impersonal(self, tok: Token, sents: list[Span], index: dict[int, int],
                    tok_refs: dict[int, Ref], groups: dict[int, list[Ref]]) -> None:
        """ "It was agreed to continue contacts": the "it" of an impersonal passive of
        agreeing (``[readouts] impersonal_verbs``) stands for the two sides of the meeting
        the readout told last."""
        verb = tok.head
        if tok.lower_ != "it" or tok.dep_ != "nsubjpass" or tok.i in groups or (
                verb.lemma_.lower() not in lexicon().readouts.impersonal_verbs):
            return
        if not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            return  # "it was agreed" needs what was agreed
        n = index[tok.sent.start]
        for kinds in (("Person",), ("State", "Organization")):
            pair: tuple[Ref, ...] = ()
            for sent in reversed(sents[max(0, n - LOOKBACK):n + 1]):
                pair = self._meeting_pair(sent, tok, tok_refs, kinds) or ()
                if pair:
                    break
            if not pair:
                pair = self._far_meeting(sents, n, tok, tok_refs, groups, kinds)
            if len(pair) > 1:
                groups[tok.i] = _standing_for(tok, pair)
                return

    # ------------------------------------------- plural subjects further back
    def _plural_subject(self, tok: Token, sents: list[Span], index: dict[int, int],
                        tok_refs: dict[int, Ref], groups: dict[int, list[Ref]]) -> None:
        """A plural subject the rules above left unresolved: "They" or "The (foreign)
        ministers" opening a clause, a few sentences after a group of named actors
        coordinated as a subject ("A and his counterparts, B, C and D, gathered in X.
        The DEMONYM minister, E, joined as an observer. They called on Y ..."), and "the
        leaders" of a readout whose meeting was told further back."""
        if tok.i in groups or tok.i in tok_refs or tok.dep_ not in ("nsubj", "nsubjpass"):
            return
        if tok.lower_ == "they":
            kinds: tuple[str, ...] = ("Person", "State", "Organization")
        elif tok.tag_ in ("NNS", "NNPS") and self._role_plural(tok, tok_refs):
            kinds = tuple(self.pair_nouns[tok.lemma_.lower()])
        else:
            return
        if self._rival_before(tok, tok_refs):
            return  # "the US said that they ...": the antecedent is in the sentence
        n = index[tok.sent.start]
        sides = self._earlier_group(sents, n, tok_refs, groups, kinds)
        if not sides and tok.lower_ != "they":
            sides = list(self._far_meeting(sents, n, tok, tok_refs, groups, kinds))
        if len(sides) > 1:
            groups[tok.i] = _standing_for(tok, sides)

    def _role_plural(self, tok: Token, tok_refs: dict[int, Ref]) -> bool:
        """ "the ministers", "the foreign ministers" (a plural pair noun, definite, whose
        modifiers name no actor and no number: not "the DEMONYM ministers")."""
        if tok.lemma_.lower() not in self.pair_nouns:
            return False
        if not any(c.lower_ in ("the", "both") for c in tok.children):
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in tok.children):
            return False
        return not any(c.dep_ in ("nummod", "poss") or (c.dep_ in ("amod", "compound") and (
            c.i in tok_refs or c.ent_type_ or not c.is_lower)) for c in tok.children)

    @staticmethod
    def _rival_before(tok: Token, tok_refs: dict[int, Ref]) -> bool:
        """Whether the sentence names, before ``tok``, an actor it may stand for."""
        for t in tok.sent:
            if t.i >= tok.i:
                return False
            r = tok_refs.get(t.i)
            if r is not None and r.kind in ("Person", "State", "Organization", "Body"):
                return True
            if t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in lexicon().titles.agents:
                return True
        return False

    def _earlier_group(self, sents: list[Span], n: int, tok_refs: dict[int, Ref],
                       groups: dict[int, list[Ref]], kinds: tuple[str, ...]) -> list[Ref]:
        """The named actors coordinated as the subject of one of the last few sentences
        (in this paragraph or the one before), if no sentence between has a subject that
        could be the antecedent instead (a state, a body, a plural)."""
        doc = sents[n].doc
        breaks = 0
        for m in range(n - 1, max(-1, n - 1 - EARLIER), -1):
            start = sents[m + 1].start
            if start > 0 and "\n" in doc[start - 1].text:
                breaks += 1
                if breaks > 1:
                    return []
            sides = self._coordinated_subjects(sents[m], tok_refs, groups)
            if len(sides) > 1:
                return sides if all(r.kind in kinds for r in sides) else []
            if self._rival_subject(sents[m], tok_refs, groups, kinds):
                return []
        return []

    def _rival_subject(self, sent: Span, tok_refs: dict[int, Ref],
                       groups: dict[int, list[Ref]], kinds: tuple[str, ...]) -> bool:
        """Whether a sentence has a subject that a later plural could refer to instead:
        not a single person ("The DEMONYM minister, E, joined ...") nor a thing ("The
        conversation ..."), but, for "they", a state, organization or body, or any
        plural; for "the ministers", people of other sorts ("the activists")."""
        agents = lexicon().titles.agents | frozenset(self.pair_nouns)
        they = "State" in kinds
        verbs = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj")]
        for verb in verbs:
            for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
                r = tok_refs.get(subj.i) or titled_person(subj)
                if r is not None:
                    if (r.kind != "Person" and they) or any(
                            c.dep_ == "conj" for c in subj.children):
                        return True
                elif subj.i in groups or subj.lower_ in ("they", "we") or any(
                        c.dep_ == "conj" for c in subj.children):
                    return True
                elif subj.tag_ in ("NNS", "NNPS") and (they or subj.lemma_.lower() in agents):
                    return True
        return any(t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in agents
                   and t.dep_ in ("dobj", "pobj") for t in sent)

    def _far_meeting(self, sents: list[Span], n: int, before: Token,
                     tok_refs: dict[int, Ref], groups: dict[int, list[Ref]],
                     kinds: tuple[str, ...]) -> tuple[Ref, ...]:
        """ "The leaders agreed ..." late in a readout: the two sides of the meeting
        told further back than ``LOOKBACK``, if no group of actors was named since."""
        for m in range(n - 1, max(-1, n - 1 - FAR), -1):
            if m < n - LOOKBACK:  # nearer, _meeting_pair found none
                pair = self._meeting_pair(sents[m], before, tok_refs, kinds)
                if pair is not None:
                    return pair
            sides = self._coordinated_subjects(sents[m], tok_refs, groups)
            if len(sides) > 1 and all(r.kind in kinds for r in sides):
                return tuple(sides)  # the last group of that sort: "Both leaders ..."
        return ()

    @staticmethod
    def _coordinated_subjects(sent: Span, tok_refs: dict[int, Ref],
                              groups: dict[int, list[Ref]]) -> list[Ref]:
        """The named actors coordinated as the subject of a sentence's main verb ("A, B and
        C met in X.", or a pair: "The presidents said ..."), the antecedent of a "they"
        that opens the next sentence."""
        root = sent.root
        out: list[Ref] = []
        for subj in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
            out.extend(groups.get(subj.i, []))
            heads = [subj, *subj.conjuncts]
            heads += [a for h in list(heads) for a in h.children if a.dep_ == "appos"]
            heads += [c for h in list(heads) for c in h.conjuncts]
            for h in heads:
                r = tok_refs.get(h.i)
                if r is not None and r.kind in ("Person", "State", "Organization"):
                    out.append(r)
        return list({r.key: r for r in out}.values())

    @staticmethod
    def _definite(tok: Token) -> bool:
        """ "the leaders", "both sides" (but not "two leaders" or "leaders of X")."""
        if any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in tok.children):
            return False
        if any(c.dep_ in ("nummod", "amod", "compound", "poss") and c.lower_ not in (
                "both", "two") for c in tok.children):
            return False
        return any(c.lower_ in ("the", "both") for c in tok.children)

    def _meeting_pair(self, sent: Span, before: Token, tok_refs: dict[int, Ref],
                      kinds: tuple[str, ...]) -> tuple[Ref, Ref] | None:
        """The two sides of the last meeting the sentence states before ``before``."""
        found: tuple[Ref, Ref] | None = None
        for t in sent:
            if t.i >= before.i:
                break
            lemma = t.lemma_.lower()
            holder: Token | None = None
            if t.pos_ in ("VERB", "AUX") and lemma in self.meeting_verbs:
                holder = t
            elif t.pos_ == "NOUN" and (lemma in self.meeting_nouns or t.lower_ in
                                       self.meeting_nouns):
                holder = t
            if holder is None:
                continue
            verb = holder if holder.pos_ in ("VERB", "AUX") else holder.head
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            subjects += [cc for c in verb.children if c.dep_ == "nsubj" for cc in c.conjuncts]
            others = [p for h in (holder, verb) for c in h.children
                      if c.dep_ == "prep" and c.lower_ == "with"
                      for p in c.children if p.dep_ == "pobj"]
            if holder.i == verb.i:
                # a transitive verb of meeting: "X met Y", "X received Y" (and conjoined
                # objects: "X met Y and Z" names more than two sides)
                others += [x for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)]
            found_refs = [r for t in subjects + others if (r := _side(t, tok_refs)) is not None]
            sides = [r for r in found_refs if r.kind in kinds]
            unique = list({r.key: r for r in sides}.values())
            if len(unique) == 2:
                found = (unique[0], unique[1])
        return found


def _standing_for(tok: Token, actors: Iterable[Ref]) -> list[Ref]:
    """The group a word stands for: a coreference to each actor on the word itself."""
    return [Ref(r.key, r.kind, tok.i, tok.i + 1, tok.text, "coref") for r in actors]


def _side(tok: Token, tok_refs: dict[int, Ref]) -> Ref | None:
    """The actor a side of a meeting names: a mention, or a title with its holder's name
    ("with President of the COUNTRY Republic NAME")."""
    r = tok_refs.get(tok.i)
    if r is not None:
        return r
    r = titled_person(tok)
    if r is not None or tok.lemma_.lower() not in lexicon().titles.heads:
        return r
    # "President of the (misspelt) X States of Y NAME": the one person the
    # title's phrase names, however the parser hung the name
    people = {p.key: p for t in tok.subtree if (p := tok_refs.get(t.i)) is not None
              and p.kind == "Person"}
    return next(iter(people.values())) if len(people) == 1 else None


@Language.factory("kg_pairs", requires=["doc._.kg_tok", "doc._.kg_groups", "token.dep"],
                  assigns=["doc._.kg_groups"])
def make_pairs(nlp: Language, name: str) -> PairResolver:
    """Build the ``kg_pairs`` component."""
    return PairResolver(name)
