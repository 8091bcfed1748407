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

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import lexicon
from kg.extract.mentions import Ref

__all__ = ["PairResolver", "make_pairs"]

LOOKBACK = 4  # sentences


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
        for tok in doc:
            if tok.i in groups or tok.i in tok_refs or tok.tag_ not in ("NNS", "NNPS"):
                continue
            kinds = self.pair_nouns.get(tok.lemma_.lower())
            if not kinds or not self._definite(tok):
                continue
            n = index[tok.sent.start]
            for sent in reversed(sents[max(0, n - LOOKBACK):n + 1]):
                pair = self._meeting_pair(sent, tok, tok_refs, kinds)
                if pair is not None:
                    groups[tok.i] = [Ref(r.key, r.kind, tok.i, tok.i + 1, tok.text, "coref")
                                     for r in pair]
                    break
        for tok in doc:
            if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass") and (
                    tok.i not in groups):
                n = index[tok.sent.start]
                if n > 0:
                    sides = self._coordinated_subjects(sents[n - 1], tok_refs, groups)
                    if len(sides) > 1:
                        groups[tok.i] = [Ref(r.key, r.kind, tok.i, tok.i + 1, tok.text, "coref")
                                         for r in sides]
        doc._.kg_groups = groups
        return doc

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
            subjects = [tok_refs[c.i] for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.i in tok_refs]
            subjects += [tok_refs[cc.i] for c in verb.children if c.dep_ == "nsubj"
                         for cc in c.conjuncts if cc.i in tok_refs]
            others = [tok_refs[p.i] for h in (holder, verb) for c in h.children
                      if c.dep_ == "prep" and c.lower_ == "with"
                      for p in c.children if p.dep_ == "pobj" and p.i in tok_refs]
            sides = [r for r in subjects + others if r.kind in kinds]
            unique = list({r.key: r for r in sides}.values())
            if len(unique) == 2:
                found = (unique[0], unique[1])
        return found


@Language.factory("kg_pairs", requires=["doc._.kg_tok", "doc._.kg_groups", "token.dep"],
                  assigns=["doc._.kg_groups"])
def make_pairs(nlp: Language, name: str) -> PairResolver:
    """Build the ``kg_pairs`` component."""
    return PairResolver(name)
