"""Named extraction rules and their registry.

A rule reads the parse around one token (or one sentence) and yields
:class:`Found` relations. Rules live in construction modules, one per family
of constructions, and register themselves by name:

* :mod:`~kg.extract.rules.verbs`: a trigger verb with its subject and
  objects, prepositional objects, control and coordination;
* :mod:`~kg.extract.rules.nominals`: a trigger noun with its possessor,
  demonym or governing verb as subject ("China's support for Russia");
* :mod:`~kg.extract.rules.modifiers`: stance and sponsorship in a modifier of a named
  actor ("anti-X cleric NAME", "the DEMONYM anti-government NAME");
* :mod:`~kg.extract.rules.lists`: lists and appositions of members and
  partners ("NATO's partners, Japan and South Korea");
* :mod:`~kg.extract.rules.places`: offices, events and places and where
  they are, presence at events;
* :mod:`~kg.extract.rules.gatherings`: meetings told by their verb that a later
  "the meeting" refers back to, attending without an object, hosts welcoming guests;
* :mod:`~kg.extract.rules.speech`: reported speech (a sentence rule that
  sees what the token rules found);
* :mod:`~kg.extract.rules.readouts`: the set phrases of meeting and call
  readouts ("the sides confirmed their willingness to cooperate");
* :mod:`~kg.extract.rules.aid`: support told by aid sent to a recipient ("X sent
  supplies to Y", "X is Y's biggest donor");
* :mod:`~kg.extract.rules.conflict`: attacks named by their weapons and forces
  ("DEMONYM missiles hit X", "X came under fire from Y").

The name of the rule that found a relation travels with it to the graph
(``kg:extractor``), so ``kg evaluate --by-rule`` can measure each rule, and
each rule's confidence is its measured precision
(``kg/lexicons/confidence.toml``, written by ``scripts/measure_rules.py``).

A rule may declare a :class:`Gate` next to its registration: what a token must be
before the rule can find anything there (a word of its trigger lexicon, a mention),
or a word the document or sentence must hold. The driver (:mod:`kg.extract.relations`)
then runs the rule only where its gate opens; a gate never changes what a rule finds,
only where it is tried, so it must be as wide as the rule's own first checks. A rule
without a gate is tried on every token.
"""

import itertools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from spacy.tokens import Span, Token

from kg import vocab
from kg.errors import ExtractorError
from kg.extract.lexicon import Lexicon, lexicon
from kg.extract.mentions import Ref
from kg.extract.syntax import (
    act_nouns,
    clause_subjects,
    conjuncts,
    group,
    is_hypothetical,
    is_negated,
    is_speech_act,
    ref,
    stance_prefixed,
    titled_person,
    will_holder,
)

__all__ = [
    "Found",
    "Gate",
    "RuleContext",
    "RuleSpec",
    "all_pairs",
    "asserted",
    "courtesy_call",
    "in_situation",
    "listed_subjects",
    "noun_relations",
    "registered_rules",
    "rule",
]


@dataclass(frozen=True, slots=True)
class Found:
    """A relation a rule found, before it becomes a :class:`kg.types.Claim`.

    Attributes:
        subject: who acts.
        relation: the ontology relation's local name.
        object: who or what is acted on.
        trigger: index of the token that triggered the rule.
        confidence: the rule's prior confidence, used when no measured
            precision is known for it.
        rule: the name of the rule (or sub-rule) that found it; the driver
            fills in the registered name when a rule leaves it empty.
    """

    subject: Ref
    relation: str
    object: Ref
    trigger: int
    confidence: float = 0.7
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Gate:
    """Where a rule can find something; the driver tries it nowhere else.

    Every word list is a function of the :class:`RuleContext` (so the gate follows the
    lexicon), matched in lower case; a multi-word entry ("lash out") also opens on its
    first word. A gate with several parts opens only where all of them do.

    Attributes:
        words: (token rules) the token's lemma or lower-case form is one of these; (sentence
            rules) a token of the sentence has such a lemma or form.
        mention: (token rules) the token is in a resolved mention (``ref(tok)``).
        document: a token of the document has one of these lower-case forms.
    """

    words: "Callable[[RuleContext], Iterable[str]] | None" = None
    mention: bool = False
    document: "Callable[[RuleContext], Iterable[str]] | None" = None


def gate_words(words: Iterable[str]) -> frozenset[str]:
    """The lower-case words a gate opens on: each entry, and the first word of each
    multi-word entry."""
    out: set[str] = set()
    for w in words:
        low = w.lower()
        out.add(low)
        out.add(low.split(" ", 1)[0])
    return frozenset(out)


TokenRule = Callable[[Token, "RuleContext"], Iterable[Found]]
SentenceRule = Callable[[Span, list[Found], "RuleContext"], Iterable[Found]]


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """A registered rule: its name, scope and function."""

    name: str
    scope: Literal["token", "sentence"]
    func: Callable[..., Iterable[Found]]
    doc: str = ""
    gate: Gate | None = None


_REGISTRY: dict[str, RuleSpec] = {}


def rule(name: str, *, scope: Literal["token", "sentence"] = "token", gate: Gate | None = None
         ) -> Callable[[Callable[..., Iterable[Found]]], Callable[..., Iterable[Found]]]:
    """Register a rule under ``name`` (``family.construction``), tried only where its
    ``gate`` (if any) opens.

    Raises:
        ExtractorError: another rule has that name, or a sentence rule's gate asks for a
            mention.
    """
    if scope == "sentence" and gate is not None and gate.mention:
        raise ExtractorError(f"rule {name!r}: a sentence rule's gate cannot ask for a mention")

    def register(func: Callable[..., Iterable[Found]]) -> Callable[..., Iterable[Found]]:
        if name in _REGISTRY and _REGISTRY[name].func is not func:
            raise ExtractorError(f"two extraction rules are named {name!r}")
        summary = (func.__doc__ or "").strip().splitlines()
        _REGISTRY[name] = RuleSpec(name, scope, func, summary[0] if summary else "", gate)
        return func
    return register


def registered_rules() -> tuple[RuleSpec, ...]:
    """All registered rules, token rules first, each scope in registration order."""
    from kg.extract.rules import (  # noqa: F401
        aid,
        conflict,
        gatherings,
        lists,
        modifiers,
        nominals,
        places,
        readouts,
        speech,
        verbs,
    )

    specs = list(_REGISTRY.values())
    return tuple([s for s in specs if s.scope == "token"] +
                 [s for s in specs if s.scope == "sentence"])


@dataclass(frozen=True, slots=True)
class RuleContext:
    """What every rule may read: the lexicon, indexed by trigger word."""

    lex: Lexicon
    verbs: Mapping[str, list[str]] = field(default_factory=dict)
    verb_preps: Mapping[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    nouns: Mapping[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    symmetric: Mapping[str, list[str]] = field(default_factory=dict)
    object_kinds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    agents: tuple[str, ...] = ()
    locatable: tuple[str, ...] = ()

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> "RuleContext":
        """Index a lexicon's triggers; object kinds come from the ontology's ranges,
        narrowed where the lexicon says ``object_kinds``."""
        verbs: dict[str, list[str]] = {}
        verb_preps: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        nouns: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        symmetric: dict[str, list[str]] = {}
        kinds = {rel: vocab.kinds_of(vocab.range_kind(rel)) for rel in vocab.relation_names()}
        for rel, t in lex.relations.items():
            for lemma in sorted(t.verbs):
                verbs.setdefault(lemma, []).append(rel)
            for lemma, preps in t.verb_preps.items():
                verb_preps.setdefault(lemma, []).append((rel, preps))
            for lemma, preps in t.nouns.items():
                nouns.setdefault(lemma, []).append((rel, preps))
            for lemma in sorted(t.symmetric_intransitive):
                symmetric.setdefault(lemma, []).append(rel)
            if t.object_kinds:
                kinds[rel] = t.object_kinds
        return cls(lex, verbs, verb_preps, nouns, symmetric, kinds, vocab.kinds_of("Agent"),
                   vocab.kinds_of("Locatable"))

    def kinds(self, relation: str) -> tuple[str, ...]:
        """The kinds an object of ``relation`` may have."""
        return self.object_kinds.get(relation, vocab.kinds_of("Target"))


# ------------------------------------------------------------ shared helpers
def asserted(tok: Token) -> bool:
    """Neither negated nor hypothetical."""
    return not is_negated(tok) and not is_hypothetical(tok)


def noun_relations(tok: Token, ctx: "RuleContext") -> set[str]:
    """The relations the trigger lexicon gives a noun, by its lemma or its form."""
    return {r for k in (tok.lemma_.lower(), tok.lower_) for r, _ in ctx.nouns.get(k, [])}


def all_pairs(refs: list[Ref], relation: str, trigger: Token, confidence: float,
              rule_name: str = "") -> list[Found]:
    """The relation between each pair of ``refs`` (for symmetric relations)."""
    return [Found(a, relation, b, trigger.i, confidence, rule_name)
            for a, b in itertools.combinations(refs, 2) if a.key != b.key]


def search(tok: Token, kinds: tuple[str, ...], skip: Token | None = None,
           topics: frozenset[str] = frozenset()) -> list[Ref]:
    """Refs of the wanted kinds inside a phrase ("plans to open an office"), leaving out
    the phrase of ``skip`` (the trigger, where it modifies the phrase: "the forces backed
    by X against Y": not Y) and the phrases after the prepositions ``topics`` (what the
    phrase is about: "a tougher stance on X")."""
    found: list[Ref] = []
    if tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PROPN" and ref(c) is None
                                  for c in tok.children):
        return []  # the act of a name no mention resolves ("NAME's visit to X"): not X's
    left_out = range(skip.left_edge.i, skip.right_edge.i + 1) if (
        skip is not None and tok.is_ancestor(skip)) else range(0)
    patients = _patients(tok) | _contents(tok)
    if topics:
        patients |= {w.i for t in tok.subtree for p in t.children
                     if p.dep_ == "prep" and p.lower_ in topics for w in p.subtree}
    compounded = lexicon().constructions.compound_participles
    for t in tok.subtree:
        if t.i in left_out or t.i in patients:
            continue
        if t.i < t.head.i and t.head.dep_ == "amod" and t.head.lemma_.lower() in compounded:
            continue  # the backer of "X-backed militias" is not what the phrase names
        r = ref(t)
        # ("support for anti-X militants" is not about X)
        if r is not None and r.kind in kinds and all(f.key != r.key for f in found) and (
                not stance_prefixed(t)):
            found.append(r)
    return found


def _contents(tok: Token) -> set[int]:
    """The tokens of clauses with a subject of their own inside a phrase ("accusations
    that it supplied Y"), and of a text's own speech act ("a motion urging Y to ...", "a
    resolution condemning Y"): what an accusation, report or text says, not whom it is
    about."""
    return {w.i for t in tok.subtree for c in t.children
            if c.dep_ in ("acl", "relcl", "ccomp") and c.i != tok.i
            and (any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                 or (c.dep_ == "acl" and c.tag_ == "VBG" and is_speech_act(c)))
            for w in c.subtree}


def _patients(tok: Token) -> set[int]:
    """The tokens that name whom an attack or sanction in a phrase strikes ("the attack
    on X", "sanctions against X"): condemning or backing the act is not about them."""
    acts = act_nouns()
    return {w.i for t in tok.subtree if t.lemma_.lower() in acts or t.lower_ in acts
            for prep in t.children if prep.dep_ == "prep" for w in prep.subtree}


def named(tok: Token) -> list[Ref]:
    """The actors a subject names itself: a mention, "the two leaders", or the people of
    a state named by its demonym ("Laotian officials"), not a list after "from"."""
    r = ref(tok)
    if r is not None:
        return [r]
    if pair := group(tok):
        return pair
    person = titled_person(tok)  # "President of Turkmenistan Serdar Berdimuhamedov"
    if person is not None:
        return [person]
    agents = lexicon().titles.agents
    if tok.lemma_.lower() not in agents and tok.lower_ not in agents:
        return []
    return [m for c in tok.children if c.dep_ in ("amod", "compound", "poss")
            and (m := ref(c)) is not None and m.kind in ("State", "Organization")]


def _willing_subjects(verb: Token) -> list[Token]:
    """The subjects of a clause; of an infinitive on a noun of will with none, those of
    the verb whose subject wills it ("X and Y confirmed their willingness to cooperate"),
    up to two such steps."""
    for depth in range(3):
        subjects = clause_subjects(verb)[0]
        if subjects or depth == 2:
            return subjects
        holder = will_holder(verb)
        if holder is None:
            return subjects
        verb = holder
    return []


def named_subjects(verb: Token) -> list[Ref]:
    """The subjects a clause names itself ("X and Y met"), not through a group
    ("officials from 40 countries met"), which need not have met each other; an
    infinitive of the subjects' will has theirs ("X and Y confirmed their
    willingness to cooperate")."""
    subjects = _willing_subjects(verb)
    return [r for t in subjects for c in conjuncts(t) for r in named(c)]


def listed_subjects(verb: Token) -> list[Ref]:
    """The named subjects of a clause with those listed in apposition ("X and his
    counterparts, A, B and C, gathered"; "X's foreign minister, NAME, met");
    with such a list of people, the subjects are people only. An infinitive of the
    subjects' will has theirs ("X and Y confirmed their willingness to cooperate")."""
    subjects = _willing_subjects(verb)
    heads = [c for t in subjects for c in conjuncts(t)]
    listed = [r for c in heads for a in c.children if a.dep_ == "appos"
              for x in conjuncts(a) if (r := ref(x) or titled_person(x)) is not None
              and r.kind == "Person"]
    # with a list of people, "his counterparts" are those listed, not their states (nor
    # is a dateline's place a party)
    out = [r for c in heads for r in named(c) if not listed or r.kind == "Person"]
    return list({r.key: r for r in out + listed}.values())


def courtesy_call(tok: Token) -> list[Token]:
    """The people a call paid on someone visits, where ``tok`` is such a call: the verb
    "called on NAME" with nothing asked of them (no clause of what to do, no "for" or
    "over" phrase; not passive), or the noun of a courtesy call ("paid a courtesy call on
    NAME"). Empty where it is none: "called on NAME to act" is an appeal."""
    cons = lexicon().constructions
    if tok.lemma_.lower() not in cons.courtesy_call_words:
        return []
    # the first such phrase names whom the call is on (not a date after: "on Tuesday")
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in cons.courtesy_call_preps
             and c.i > tok.i][:1]
    if not preps:
        return []
    objects = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    if tok.pos_ == "VERB":
        if any(c.dep_ in ("xcomp", "ccomp", "advcl", "nsubjpass", "auxpass", "dative")
               or (c.dep_ == "prep" and c.lower_ in cons.courtesy_call_appeal_preps)
               for c in tok.children):
            return []
        if not objects:  # the parser may make the person the verb's object
            objects = [c for c in tok.children if c.dep_ == "dobj"]
    elif tok.pos_ != "NOUN" or not any(
            c.dep_ in ("amod", "compound") and c.lower_ in cons.courtesy_call_modifiers
            for c in tok.children):
        return []
    people = [c for o in objects for c in conjuncts(o)
              if (r := ref(c)) is not None and r.kind == "Person"]
    if len(people) != len([c for o in objects for c in conjuncts(o)]) or any(
            c.dep_ in ("relcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                               for a in c.children)
            for o in objects for c in o.children):
        return []  # something other than people called on, or what they are to do
    return people


def with_conjoined(children: list[Token]) -> list[Token]:
    """Children plus prepositions coordinated with them ("with X and with Y")."""
    out = list(children)
    for child in children:
        if child.dep_ == "prep":
            out.extend(c for c in child.conjuncts if c.dep_ in ("prep", "conj") and c not in out)
    return out


def named_as(found: Iterable[Found], name: str) -> list[Found]:
    """``found`` with ``name`` as the rule of those that name none."""
    return [f if f.rule else replace(f, rule=name) for f in found]


def in_situation(ctx: RuleContext, top: Token, target: Ref) -> bool:
    """Whether ``target`` is named only as a side or place of a state of affairs under
    ``top`` ("concern over the X-Y conflict", "the situation in X"), not as its owner
    ("X's war")."""
    words = ctx.lex.constructions.situation_nouns
    prev = top.doc[target.start:target.end].root
    for _ in range(12):
        if prev.i == top.i or prev.head.i == prev.i:
            return False
        cur = prev.head
        if (cur.lemma_.lower() in words or cur.lower_ in words) and prev.dep_ != "poss":
            return True
        prev = cur
    return False
