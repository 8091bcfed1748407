"""Dependency-tree helpers shared by the extractors.

Everything here reads a parsed :class:`spacy.tokens.Doc` whose
``doc._.kg_tok`` maps token indices to resolved mentions (see
:mod:`kg.extract.mentions`); nothing here knows a relation name.
"""

import contextlib
import functools
from collections.abc import Callable, Iterator

from spacy.attrs import DEP, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg import vocab
from kg.extract.lexicon import Modality, lexicon
from kg.extract.mentions import DASHES, Ref, prefixed, stance_prefixed
from kg.extract.mentions import title_chain_head as _title_chain_head
from kg.types import Mention

__all__ = [
    "AGENTIVE",
    "absolute_with",
    "participle_agents",
    "affiliated_states",
    "outer_noun",
    "PARENTHESIS_OPENERS",
    "is_undoing",
    "is_speech_act",
    "prefixed",
    "stance_prefixed",
    "agent_refs",
    "FINITE_TAGS",
    "LIST_PREPS",
    "clause_subjects",
    "conjuncts",
    "evidence",
    "governing_verb",
    "will_holder",
    "group",
    "is_future_aux",
    "is_future_nominal",
    "in_name",
    "is_hypothetical",
    "is_list_prep",
    "is_negated",
    "is_passive",
    "lexicon",
    "mention",
    "passive_objects",
    "place_ref",
    "proposal_participles",
    "ref",
    "speaker_of",
    "subject_refs",
    "target_refs",
    "titled_person",
    "tokens_tagged",
]

AGENTIVE = vocab.kinds_of("Agent")
# Nouns that measure an act rather than name one ("two days of talks") and nouns
# that put a named place in apposition ("the lakeside town of Ohrid").
MEASURE_NOUNS = lexicon().constructions.measure_nouns
PLACE_NOUNS = lexicon().constructions.place_nouns


def tokens_tagged(doc: Doc, *pos: str, attr: str = "POS") -> Iterator[Token]:
    """The document's tokens whose part of speech (or ``attr``: "TAG", "DEP") is one of
    ``pos``, in order; read from one array, so that no Token object is made for the others."""
    if not len(doc):
        return
    wanted = frozenset(POS_IDS[p] if attr == "POS" else get_string_id(p) for p in pos)
    for i, value in enumerate(doc.to_array({"POS": POS, "TAG": TAG, "DEP": DEP}[attr]).tolist()):
        if value in wanted:
            yield doc[i]


def place_ref(tok: Token) -> Ref | None:
    """The place a locative object names: "CITY", or "the REGION city of CITY"."""
    r = ref(tok)
    if r is not None:
        return r
    if tok.lemma_.lower() in PLACE_NOUNS:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for p in child.children:
                    if p.dep_ == "pobj" and (r := ref(p)) is not None:
                        return r
            if child.dep_ == "appos" and (r := ref(child)) is not None:
                return r
    return None
CLAUSE_DEPS = ("xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp", "conj", "csubj")
# Prepositions that introduce the members of a list: "X's allies, including A and B"
# (and "such as", see ``is_list_prep``).
LIST_PREPS = ("including", "like")


def is_list_prep(tok: Token) -> bool:
    """Whether ``tok`` introduces the members of a list: "including", "like", "such as"."""
    return tok.dep_ == "prep" and (tok.lower_ in LIST_PREPS or (
        tok.lower_ == "as" and any(g.lower_ == "such" for g in tok.children)))


# The mention tables of the document a component is reading (see ``bound``): looking
# them up through ``doc._`` costs more than the rules themselves when done per token.
_bound: list[object] = [None, None, None]  # [doc, kg_tok, kg_groups]
# What ``is_negated`` and ``is_hypothetical`` said of the bound document's tokens: the
# rules ask both of the same verbs many times, and the answer rests on the parse alone.
_memo: dict[tuple[int, int], bool] = {}


@contextlib.contextmanager
def bound(doc: Doc) -> Iterator[None]:
    """Read ``doc``'s mention tables once for the ``ref``/``group`` calls inside the
    block; the tables must not be replaced inside it."""
    saved, saved_memo = list(_bound), dict(_memo)
    _bound[:] = [doc, doc._.kg_tok, doc._.kg_groups]
    _memo.clear()
    try:
        yield
    finally:
        _bound[:] = saved
        _memo.clear()
        _memo.update(saved_memo)


def ref(tok: Token) -> Ref | None:
    """Return the mention covering ``tok``, if any."""
    doc = tok.doc
    table: dict[int, Ref] | None = _bound[1] if doc is _bound[0] else doc._.kg_tok  # type: ignore[assignment]
    return table.get(tok.i) if table else None


def group(tok: Token) -> list[Ref]:
    """Return the actors a plural reference names ("the two leaders"), if any."""
    doc = tok.doc
    table: dict[int, list[Ref]] | None = (
        _bound[2] if doc is _bound[0] else doc._.kg_groups)  # type: ignore[assignment]
    return list(table.get(tok.i, [])) if table else []


def direct_question(sent: Span) -> bool:
    """Whether a sentence is a direct yes-no question, which states nothing: "Did X attack
    Y?", "Will X join the talks?", "Is X a partner of Y?" (an auxiliary or copula before
    the subject, and a question mark); not one that takes its act as given ("Why did X
    attack Y?")."""
    if not any(t.text == "?" for t in sent[-3:]):
        return False
    root = sent.root
    if any(c.tag_ in ("WRB", "WP", "WDT") for c in root.subtree):
        return False
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return False
    if root.lemma_ == "be" and root.i < subj.i:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in root.children)


def _denied_item(item: Token) -> bool:
    """Whether a coordinated item is set apart by "not" ("backed A, not B", "A and not B"):
    the act is denied of it."""
    before = item.left_edge.i - 1
    return before >= 0 and (neg := item.doc[before]).dep_ == "neg" and (
        neg.head.i in (item.i, item.head.i))


# What opens a parenthesis in a sentence: a bracket or a dash.
PARENTHESIS_OPENERS = ("(", *DASHES)


def conjuncts(tok: Token) -> list[Token]:
    """Return ``tok`` and the tokens coordinated with it, in order.

    Also follows appositive lists ("partners - Australia, Japan") and
    semicolon-separated lists that spaCy attaches as ``appos``/``dep``.
    """
    seen = {tok.i: tok}
    stack = [tok]
    first = ref(tok)
    while stack:
        cur = stack.pop()
        for child in cur.children:
            if child.i in seen:
                continue
            # "A, B and C"; also a list the parser hangs as appositions of one kind
            # ("attended by A, DEMONYM President B, ...").
            listed = child.dep_ == "appos" and first is not None and (
                (r := ref(child)) is not None and r.key != first.key and (
                    r.kind == first.kind or (
                        # "the ORG, the STATE and STATE": a list of actors of both kinds,
                        # its tail coordinated
                        {r.kind, first.kind} <= {"State", "Organization"}
                        and any(c.dep_ == "conj" for c in child.children)
                        # (not the states an organization groups, in brackets or between
                        # dashes after its name: "the ORG (A, B and C)", "the ORG - A, B -")
                        and not (child.left_edge.i > 0 and child.doc[
                            child.left_edge.i - 1].text in PARENTHESIS_OPENERS))))
            if (child.dep_ == "conj" or listed) and not _denied_item(child) and not (
                    _describes_list(child, cur)):
                seen[child.i] = child
                stack.append(child)
    if first is not None and first.kind == "Person":
        for other in _misparsed_pair(tok, first):
            seen.setdefault(other.i, other)
    return [seen[i] for i in sorted(seen) if i == tok.i or not (
        _names_a_title(seen[i]) or _title_before_name(seen[i], seen))]


def _describes_list(child: Token, cur: Token) -> bool:
    """"A and B, both members of ORG, signed ...": a plural list head the parser
    coordinates after a closed list and a comma is an apposition saying what the listed
    are, not one more of them."""
    if child.dep_ != "conj" or child.tag_ != "NNS" or ref(child) is not None or (
            child.lemma_.lower() not in lexicon().constructions.list_heads):
        return False
    start = child.left_edge.i
    return start > 0 and child.doc[start - 1].text == "," and any(
        c.dep_ == "cc" and c.i < start for c in cur.children)


def _title_before_name(tok: Token, seen: dict[int, Token]) -> bool:
    """"A and President of the Republic of X B": a title the parser coordinates apart
    from the name that follows it is that person's title, not another actor."""
    if ref(tok) is not None or tok.lemma_.lower() not in lexicon().titles.heads:
        return False
    nxt = tok.right_edge.i + 1
    return nxt < len(tok.doc) and any(
        (r := ref(t)) is not None and r.kind == "Person" and r.start == nxt
        for t in seen.values())


def _misparsed_pair(tok: Token, first: Ref) -> list[Token]:
    """The first of two titled names the parser hangs off the second's title:
    "DEMONYM President A and DEMONYM President B spoke", parsed with A an apposition
    of the title that compounds B. A person in apposition to a title in ``tok``'s
    own compounds, with an "and" between them, is coordinated with ``tok``."""
    doc = tok.doc
    found = [a for comp in tok.children if comp.dep_ == "compound" and comp.i < tok.i
             for a in comp.children if a.dep_ == "appos" and a.i < tok.i
             and (r := ref(a)) is not None and r.kind == "Person" and r.key != first.key
             and any(t.lower_ == "and" and t.dep_ == "cc" for t in doc[a.i:tok.i])]
    # (or parsed with A a modifier of B, and B's title coordinated with A: "DEMONYM
    # Minister A and DEMONYM Minister B met")
    found += [a for a in tok.children if a.dep_ in ("nmod", "compound") and a.i < tok.i
              and (r := ref(a)) is not None and r.kind == "Person" and r.key != first.key
              and any(c.dep_ == "cc" and c.lower_ == "and" for c in a.children)
              and any(c.dep_ == "conj" and c.i < tok.i and ref(c) is None
                      for c in a.children)]
    return found


def _names_a_title(tok: Token) -> bool:
    """"... and Kosovo Prime Minister Albin Kurti", "... and Kosovo's Prime Minister Albin
    Kurti": a state that only qualifies the title of the person named next is not itself
    one of the coordinated actors."""
    r = ref(tok)
    if r is None or r.kind not in ("State", "Organization", "Body"):
        return False
    doc = tok.doc
    words = set(lexicon().titles.words)
    i = r.end
    if i < len(doc) and doc[i].dep_ == "case" and doc[i].lower_ in ("'s", "'", "\u2019s"):
        i += 1  # "... and STATE's President NAME"
    if i >= len(doc) or doc[i].lower_ not in words:
        return False
    while i < len(doc) and i < r.end + 6 and not doc[i].is_punct:
        p = ref(doc[i])
        if p is not None and p.kind == "Person":
            return True
        i += 1
    return False


def absolute_with(prep: Token) -> bool:
    """An absolute clause set off by a comma, "..., with NP PARTICIPLE ...": "met for
    their summit, with X's election expected to top the agenda". Its noun phrase is the
    clause's subject, not a partner of the noun or verb it hangs on."""
    if prep.lower_ != "with" or prep.i == 0 or prep.doc[prep.i - 1].text != ",":
        return False
    return any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and c.i > p.i
               for p in prep.children if p.dep_ == "pobj" for c in p.children)


def _unique(refs: list[Ref]) -> list[Ref]:
    out: list[Ref] = []
    keys: set[str] = set()
    for r in refs:
        if r.key not in keys:
            keys.add(r.key)
            out.append(r)
    return out


def _list_members(tok: Token) -> list[Ref]:
    """Refs listed under a noun: appositions, "including X", "such as X", "of X"."""
    found: list[Ref] = []
    for child in tok.children:
        if child.dep_ == "appos":
            for c in conjuncts(child):
                r = ref(c)
                if r is not None:
                    found.append(r)
                else:
                    found.extend(_list_members(c))
        elif is_list_prep(child) or (child.dep_ == "prep" and child.lower_ == "as"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(r for c in conjuncts(pobj) if (r := ref(c)) is not None)
    return found


def titled_person(tok: Token) -> Ref | None:
    """"DEMONYM Prime Minister NAME": a title whose phrase names a person is that person;
    so is a title in apposition to a name ("Abiy Ahmed, Ethiopia's prime minister, who")."""
    if tok.lemma_.lower() not in lexicon().titles.heads:
        return None
    if tok.dep_ == "appos" and (r := ref(tok.head)) is not None and r.kind == "Person":
        return r
    for child in tok.children:
        if child.dep_ in ("compound", "appos", "nmod", "flat"):
            for t in child.subtree:
                r = ref(t)
                if r is not None and r.kind == "Person":
                    return r
        # "President of STATE NAME", "Ambassador to STATE NAME":
        # the parser makes the name the object of the preposition
        if child.dep_ == "prep" and child.lower_ in ("of", "to"):
            # ... or of the last "of" ("President of the Republic of X NAME")
            for t in child.subtree:
                r = ref(t)
                if r is None or r.kind != "Person":
                    continue
                if t.dep_ == "pobj" or (
                        # ... or hung on the owner's name ("of STATE-A and STATE-B NAME",
                        # the name read as the last conjunct): a name right after the owner
                        t.dep_ in ("conj", "appos") and r.start > 0
                        and (o := ref(tok.doc[r.start - 1])) is not None
                        and o.kind in ("State", "Organization", "Body")):
                    return r
    return None


def names_holder(title: Token) -> bool:
    """Whether a title's "of" or "to" phrase ends in the name of its holder ("President of
    STATE NAME", which the parser makes the preposition's object)."""
    return any(p.dep_ == "pobj" and (r := ref(p)) is not None and r.kind == "Person"
               for c in title.children if c.dep_ == "prep" and c.lower_ in ("of", "to")
               for p in c.subtree)


def in_clause(tok: Token, top: Token) -> bool:
    """Whether ``tok`` is in a clause on someone named above it, below ``top``."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl"):
            return True
        cur = cur.head
    return False


def titled_in_line(tok: Token) -> bool:
    """Whether a mention stands where a title's state and holder stand in a line of them,
    however the parser hangs the line: a person right after "TITLE of [the Republic of]
    STATE", or that state itself ("President of STATE NAME, Prime Minister of ...")."""
    r = ref(tok)
    if r is None:
        return False
    doc = tok.doc
    heads = lexicon().titles.heads
    if r.kind == "Person":
        state = ref(doc[r.start - 1]) if r.start > 0 else None
        if state is None or state.kind != "State":
            return False
        r = state
    elif r.kind != "State" or r.end >= len(doc) or (
            (after := ref(doc[r.end])) is None or after.kind != "Person"):
        return False
    k = r.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return False
    return doc[k - 1].lemma_.lower() in heads or title_chain_head(doc, k) is not None


def title_chain_head(doc: Doc, of: int) -> Token | None:
    """:func:`kg.extract.mentions.title_chain_head` over the document's resolved
    mentions."""
    return _title_chain_head(doc, of, lambda i: ref(doc[i]))


def _members_of_org(tok: Token) -> list[Ref]:
    """The organization whose members, unnamed, act together: "NATO allies", "the EU member
    states", "ORG countries" (a plural list head or collective with the organization as
    its modifier); not a state's allies ("US allies")."""
    cons = lexicon().constructions
    if tok.tag_ not in ("NNS", "NNPS"):
        return []
    lemma = tok.lemma_.lower()
    heads = cons.member_heads | cons.ally_heads
    if lemma in heads:
        owners = [tok]
    elif (lemma in cons.member_collectives or tok.lower_ in cons.member_collectives) and not any(
            c.lemma_.lower() in cons.partner_heads | cons.awaited_membership
            for c in tok.children):
        # (not "ORG partner countries", "ORG candidate countries")
        # "ORG countries"; the parser may hang the organization on the collective or on
        # "member" ("ORG member states")
        owners = [tok, *(c for c in tok.children if c.dep_ == "compound"
                         and c.lemma_.lower() in heads)]
    else:
        return []
    return _unique([r for h in owners for c in h.children if c.dep_ in ("compound", "poss", "nmod")
                    and (r := ref(c)) is not None and r.kind == "Organization"])


def agent_refs(tok: Token) -> list[Ref]:
    """Resolve a noun that names an actor without being a mention.

    "NATO leaders" -> NATO; "Chinese officials" -> China; "a Chinese
    Foreign Ministry spokesperson" -> the ministry; "NATO's partners, Japan
    and South Korea" -> Japan, South Korea; "member states of NATO" -> NATO;
    "officials from Australia and Japan" -> Australia, Japan.
    """
    direct = ref(tok)
    if direct is not None:
        return [direct]
    if pair := group(tok):
        return pair
    person = titled_person(tok)
    if person is not None:
        return [person]
    members = [r for r in _list_members(tok) if r.kind in AGENTIVE]
    if members:
        return _unique(members)
    if collective := _members_of_org(tok):
        return collective
    lex = lexicon().titles
    if tok.lemma_.lower() not in lex.agents and tok.lower_ not in lex.agents and not (
            _state_voice(tok)):
        return []
    found: list[Ref] = []
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod"):
            # coordinated demonyms: "DEMONYM and DEMONYM representatives"
            # ("anti-X militants" are not X's)
            found.extend(r for c in conjuncts(child) if (r := ref(c)) is not None
                         and r.kind in AGENTIVE and not stance_prefixed(c))
    if not found:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "for"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        # "officials from about 40 countries, including X and Y"
                        for c in _past_portfolio(pobj, lex.portfolio_nouns):
                            named = target_refs(c)[0] if child.lower_ == "from" else (
                                [r for r in [ref(c)] if r is not None] or group(c))
                            found.extend(r for r in named if r.kind in AGENTIVE)
    return _unique(found)


def _state_voice(tok: Token) -> bool:
    """Whether a noun names a state's own media: "DEMONYM state media", "STATE's state
    television", "the state-run news agency" (not "DEMONYM media")."""
    lex = lexicon().titles
    if tok.lower_ not in lex.state_voice_nouns or tok.pos_ != "NOUN":
        return False
    return any(t.lower_ in lex.state_voice_marks for c in tok.lefts
               if c.dep_ in ("compound", "amod", "npadvmod") for t in c.subtree)


def _past_portfolio(pobj: Token, portfolios: frozenset[str]) -> list[Token]:
    """The conjuncts of a title's "of" object, or, where they are the title's portfolio
    ("heads of state and government of A and B"), the conjuncts of its own "of" object."""
    heads = conjuncts(pobj)
    if any(ref(c) is not None or c.lemma_.lower() not in portfolios for c in heads):
        return heads
    return [c for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)] or heads


def clause_subjects(verb: Token) -> tuple[list[Token], bool]:
    """Return the subject tokens of a verb and whether they come from a passive agent."""
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    # The parser sometimes hangs the subject on the auxiliary ("X [are] mediating").
    subs += [g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children
             if g.dep_ == "nsubj"]
    if subs:
        return subs, False
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children
              if p.dep_ == "pobj"]
    if not agents and is_passive(verb):
        # "was condemned in a joint statement by A and B": the authors of the statement
        agents = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in (
                  "in", "through", "via") for n in c.children if n.dep_ == "pobj"
                  for b in n.children if b.dep_ in ("prep", "agent") and b.lower_ == "by"
                  for p in b.children if p.dep_ == "pobj"]
    if is_passive(verb):
        # "has been widely condemned, including by A and B", "was condemned by several
        # states, including by A": the agents the list names
        agents += [p for h in (verb, *agents) for c in h.children
                   if c.dep_ in ("prep", "advcl") and c.lower_ == "including"
                   for b in c.children if b.dep_ in ("prep", "agent") and b.lower_ == "by"
                   for p in b.children if p.dep_ == "pobj"]
    if agents:
        return agents, True
    return [], False


def is_passive(verb: Token) -> bool:
    """Whether ``verb`` is passive: it has a passive subject or auxiliary ("was condemned")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def passive_objects(verb: Token) -> list[Token]:
    """The passive subjects of ``verb``: its own, or those it shares with the verb it is
    coordinated with ("Y is under sanctions and was condemned by X": Y)."""
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if own or verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children):
        return own
    if any(c.dep_ in ("nsubj", "csubj") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _opposed_act(verb: Token) -> bool:
    """A gerund that a verb or adjective of opposing takes by its preposition ("opposed to
    supporting Y", "voted against arming Y"): an act opposed, not done."""
    prep, gov = verb.head, verb.head.head
    lemma = gov.lemma_.lower()
    keys = [lemma, gov.lower_] + [f"{lemma} {c.lower_}" for c in gov.children if c.dep_ == "prt"]
    preps = lexicon().relations["opposes"].verb_preps
    return prep.dep_ == "prep" and any(prep.lower_ in preps.get(k, ()) for k in keys)


def _committed(tok: Token) -> bool:
    """A word of commitment that takes "to" and a gerund: "committed", "commitment"."""
    lex = lexicon()
    return tok.lemma_.lower() in lex.modality.commitment_heads or (
        tok.lower_ in lex.constructions.obligation_nouns and tok.pos_ == "NOUN")


def subject_refs(verb: Token, depth: int = 0, *, controlled: bool = True) -> list[Ref]:
    """Return the actors that perform ``verb``.

    Follows shared subjects of coordinated and controlled verbs ("NATO
    leaders urged China ... and denounced"), relative clauses ("Russia,
    which opposes"), participles ("a spokesperson accusing NATO") and the
    agent of passives ("was raised by Kishida and Stoltenberg").
    """
    if depth > 4:
        return []
    subs, _ = clause_subjects(verb)
    if subs:
        out: list[Ref] = []
        for s in subs:
            if s.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
                # "X and Y, who is visiting Z": a relative clause on one conjunct (or with
                # a singular verb) is about that conjunct alone
                if verb.head.dep_ == "conj" or verb.tag_ == "VBZ" or any(
                        c.dep_ == "aux" and c.lower_ in ("is", "has", "was") for c in
                        verb.children):
                    near = max((c for c in conjuncts(verb.head) if c.i < s.i),
                               key=lambda c: c.i, default=verb.head)
                    return _unique(agent_refs(near))
                return _expand(verb.head)
            if s.lower_ in ("i", "we") and s.pos_ == "PRON" and ref(s) is None:
                speakers = _quoting(verb, depth)  # "X said: 'I urge Y ...'"
                out.extend(speakers)
                if s.lower_ == "we":  # "'We praise Y,' said a spokesman of X": X too
                    out.extend(_spoken_for(verb.doc, speakers))
                continue
            if ref(s) is None and s.lemma_.lower() in lexicon().reporting.statement_nouns and (
                    _speaks(verb)) and not _expand(s):
                # "a statement from X said ...", "the statement by X accused Y": the text
                # speaks for the issuer it names
                out.extend(r for p in s.children if p.dep_ == "prep"
                           and p.lower_ in ("by", "from") for o in p.children
                           if o.dep_ == "pobj" for r in _expand(o))
                continue
            out.extend(_expand(s))
        return _unique(out + _companions(verb) + _headline_first_subject(verb, subs))
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _speaks(verb) and (
            verb.head.dep_ == "ccomp" and _speaks(verb.head.head)) and not any(
            c.dep_ == "mark" for c in verb.children):
        # "X said Y was ..., accusing Z of ...": the parser hangs the speaker's participle
        # on the reported clause; a speech act is the speaker's
        return subject_refs(verb.head.head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and (
            verb.doc[verb.i - 1].text == ",") and verb.head.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in lexicon().constructions.sequence_marks
            for c in verb.head.children):
        # "X struck Y after Z fired at W, killing N": a trailing participle that the parser
        # hangs on a clause of what came before or after may tell the main clause's act;
        # whose it is, the text does not say
        return []
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        # A coordinated verb ("accusing X of exaggerating ... and condemning Y") shares
        # the subject of the clause, not the accused of its neighbour.
        head = _coordinated_with(verb) if verb.dep_ == "conj" else verb.head
        found = subject_refs(head, depth + 1, controlled=verb.dep_ != "conj")
        said = head.head
        if not found and verb.dep_ == "conj" and head.dep_ == "ccomp" and (
                verb.tag_ in FINITE_TAGS and verb.tag_ == said.tag_) and (
                said.lemma_.lower() in lexicon().reporting.verbs):
            # "X said the sanctions were illegal and warned Y": the parser hangs the
            # speaker's second verb on the reported clause, whose subject is no actor
            return subject_refs(said, depth + 1)
        return found
    if verb.dep_ == "ccomp" and verb.tag_ == "VBD" and verb.head.tag_ == "VBD" and (
            verb.i > verb.head.i and verb.doc[verb.i - 1].lower_ == "," and not any(
                c.dep_ == "mark" for c in verb.children)):
        # a list of acts, "X expressed A, condemned B, and stressed C": the parser takes
        # the middle verb for the first one's complement; it shares the subject
        return subject_refs(verb.head, depth + 1)
    if verb.dep_ == "pcomp" and _opposed_act(verb):
        return []  # "X is opposed to sending Y", "X voted against arming Y": not X's act
    if verb.dep_ == "pcomp" and verb.head.lower_ == "to" and _committed(verb.head.head):
        # "X is committed to supporting Y", "X reaffirmed its commitment to supporting Y":
        # the one committed acts (not where the commitment is denied)
        gov = verb.head.head
        if is_negated(gov) or (gov.dep_ in ("acomp", "dobj") and is_negated(gov.head)):
            return []
        passive = [c for c in gov.children if c.dep_ == "nsubjpass"]
        if passive:
            return _unique([r for c in passive for r in _expand(c)])  # "X is committed to"
        if gov.pos_ == "NOUN":
            owners = [r for c in gov.children if c.dep_ == "poss" for r in _expand(c)]
            return _unique(owners or (subject_refs(gov.head, depth + 1)
                                      if gov.dep_ == "dobj" else []))
        return subject_refs(gov, depth + 1)
    if verb.dep_ == "pobj" and verb.tag_ == "VBG" and verb.head.lower_ == "in" and (
            controlled and verb.head.head.pos_ == "VERB" and (
                verb.head.head.lemma_.lower() in lexicon().relations["memberOf"].verbs)):
        # "X joined Y in voting against Z": the parser may take the gerund for the object
        # of "in"; both the one who joins and the one joined act
        governor = verb.head.head
        joined = [r for c in governor.children if c.dep_ == "dobj" for r in _expand(c)]
        if is_negated(governor):
            return _unique(joined)  # "X did not join Y in ...": Y alone acts
        return _unique(subject_refs(governor, depth + 1) + joined)
    if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        governor = verb.head.head
        accused = [c for c in governor.children if c.dep_ == "dobj"]
        if accused and controlled and verb.head.lower_ in ("of", "for", "against", "from", "into"):
            # "accused X of arming", "warned X against supplying": the object
            # of the governing verb does the act (and may be no actor we know)
            return _unique([r for a in accused for r in _expand(a)])
        passive = [c for c in governor.children if c.dep_ == "nsubjpass"]
        if passive and controlled and verb.head.lower_ in ("of", "for", "against", "from"):
            # "X was accused (by Y) of arming Z": the accused does the act, not the agent
            return _unique([r for a in passive for r in _expand(a)])
        if passive and verb.head.lower_ in ("after", "before", "upon", "on", "since"):
            # "X was welcomed by Y after arriving in CITY": the one welcomed arrived
            return _unique([r for a in passive for r in _expand(a)])
        if verb.head.lower_ == "in" and controlled and (
                governor.lemma_.lower() in lexicon().relations["memberOf"].verbs):
            # "X joined Y in condemning Z": Y condemns Z too
            joined = [r for c in governor.children if c.dep_ == "dobj" for r in _expand(c)]
            return _unique(subject_refs(governor, depth + 1) + joined)
        return subject_refs(governor, depth + 1)  # "speaking ... after meeting X"
    if verb.dep_ == "advcl" and verb.head.dep_ == "prep" and (
            verb.head.head.pos_ in ("VERB", "AUX")):
        # "(While) in CITY to attend the summit, X met Y": the parser hangs the purpose on
        # the place phrase of the clause's verb, whose subject acts
        return subject_refs(verb.head.head, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBD":
        # a finite verb is no participle: "X speaking to the think tank called Y ...":
        # the parser hung the main verb on a noun; its subject is the clause's above
        cur = verb.head
        while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
            cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return subject_refs(cur, depth + 1)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        found = _expand(verb.head)
        if not found and verb.dep_ == "acl" and verb.head.lemma_.lower() not in (
                lexicon().constructions.pending_nouns):
            # "X's efforts to sabotage Y", "its attempts to ...": the possessor acts (not
            # in "X's bid to join Y", only sought)
            found = [r for c in verb.head.children if c.dep_ == "poss"
                     and (r := ref(c)) is not None and r.kind in AGENTIVE]
        if found and not any(r.kind in AGENTIVE for r in found) and verb.tag_ == "VBG" and (
                verb.head.lemma_.lower() in lexicon().reporting.statement_nouns) and (
                _speaks(verb, plain=False)):
            # "adopted a resolution condemning Y": the resolution, an initiative, speaks
            # for whoever issued it
            return _issuer(verb.head, depth)
        holder = will_holder(verb) if not found else None
        if holder is not None:
            return subject_refs(holder, depth + 1)
        if not found and verb.tag_ == "VBG" and (
                verb.head.lemma_.lower() in lexicon().reporting.statement_nouns) and (
                _speaks(verb, plain=False)):
            # "issued a statement condemning Y" (not a plain "saying", whose clause
            # the parser may take for the statement's object)
            return _issuer(verb.head, depth)
        return found
    if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("NOUN", "PROPN"):
        return []
    if verb.dep_ == "acomp" or (verb.pos_ == "ADJ" and verb.head.pos_ == "AUX"):
        return subject_refs(verb.head, depth + 1)
    return []


def _headline_first_subject(verb: Token, subs: list[Token]) -> list[Ref]:
    """A headline's subjects joined by a comma alone, "A, B reject Y": the parser takes the
    first for a modifier of the verb, right before the comma and the subject; it acts
    too (a name only, in a clause in the present with no article)."""
    subject = min(subs, key=lambda s: s.i)
    if verb.tag_ not in ("VBP", "VBZ") or subject.i < 2 or (
            verb.doc[subject.i - 1].text != ","):
        return []
    first = [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
             and c.i == subject.i - 2 and not any(g.dep_ == "det" for g in c.children)]
    return [r for c in first if (r := ref(c)) is not None and r.kind in AGENTIVE]


def _companions(verb: Token) -> list[Ref]:
    """Actors that act with the subject: "Together with X, Y urged ...", "Along with X,
    Y criticized ...", "Y, alongside X, called ..."."""
    out: list[Ref] = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "with" and any(a.dep_ == "advmod" and a.lower_ in (
                "together", "along") for a in prep.children):
            holder: Token | None = prep
        elif prep.lower_ == "along":
            holder = next((p for p in prep.children if p.dep_ == "prep" and p.lower_ == "with"),
                          None)
        elif prep.lower_ == "alongside":
            holder = prep
        else:
            continue
        if holder is not None:
            out.extend(r for p in holder.children if p.dep_ == "pobj"
                       for r in _expand(p) if r.kind in AGENTIVE)
    return out


def _issuer(statement: Token, depth: int) -> list[Ref]:
    """Who issues a statement: "X issued a statement condemning Y", "in a letter urging Y
    to ..., X said", "a statement by X", "the UN resolution condemning Y" (its owner; not
    "X abstained on / voted against a resolution condemning Y")."""
    by = [r for p in statement.children if p.dep_ == "prep" and p.lower_ == "by"
          for o in p.children if o.dep_ == "pobj" for r in _expand(o)]
    if by:
        return by
    owners = [r for c in statement.children if c.dep_ in ("poss", "compound", "amod", "nmod")
              and (r := ref(c)) is not None and r.kind in AGENTIVE]
    if owners:
        return _unique(owners)
    gov = statement.head
    if statement.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ in ("in", "through",
                                                                          "via"):
        gov = gov.head  # "in a statement condemning Y, X said ..."
    elif statement.dep_ != "dobj" or (
            gov.lemma_.lower() not in lexicon().reporting.issuing_verbs):
        return []
    return subject_refs(gov, depth + 1) if gov.pos_ in ("VERB", "AUX") else []


def _speaks(verb: Token, *, plain: bool = True) -> bool:
    """Whether ``verb`` is a verb of speech: accusing ("accuse"), urging ("urge"),
    labeling ("call") or, if ``plain``, reporting ("say")."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    acting = any(lemma in lex.relations[r].speech or lemma in lex.relations[r].verbs
                 for r in ("criticizes", "urges") if r in lex.relations)
    if acting or lemma in lex.reporting.labeling_verbs:
        return True
    return plain and lemma in lex.reporting.verbs


def is_speech_act(verb: Token) -> bool:
    """Whether ``verb`` is a verb of criticizing, urging or labeling, as a text can do it:
    "a resolution condemning X", "a motion urging X to ..." (not "saying")."""
    return verb.pos_ == "VERB" and _speaks(verb, plain=False)


def _quoting(verb: Token, depth: int) -> list[Ref]:
    """Who says "I" in a quote: the subject of the reporting verb the quoted clause
    hangs from ("X wrote: 'I count on Y ...'", "'I condemn Y', X said")."""
    words = lexicon().reporting.verbs
    cur = verb
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return _quote_after_report(cur, depth)
        if cur.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in words:
            return subject_refs(head, depth + 1)
        if cur.dep_ not in ("conj", "xcomp", "advcl"):
            return []
        cur = head
    return []


_QUOTE_MARKS = ('"', "\u201c", "''", "``")


def _quote_after_report(root: Token, depth: int) -> list[Ref]:
    """Who says "I" in a quote that stands alone after its report: 'X told reporters on
    Monday. "We reject Y's claims."' (the subject of the report before it; not a quote
    with a report of its own)."""
    sent = root.sent
    words = lexicon().reporting.verbs
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.text not in _QUOTE_MARKS or sent.start == 0:
        return []
    if any(t.lemma_.lower() in words for t in sent if t.pos_ == "VERB"):
        return []
    said = root.doc[sent.start - 1].sent.root
    if said.lemma_.lower() not in words:
        return []
    return subject_refs(said, depth + 1)


def _spoken_for(doc: Doc, speakers: list[Ref]) -> list[Ref]:
    """The states a spokesperson among ``speakers`` speaks for: the "we" of a quote
    attributed to a spokesperson is the spokesperson and their state."""
    spokes = doc._.kg_spokespersons or ()
    affiliations: dict[str, list[str]] = doc._.kg_affiliations or {}
    wanted = {k for s in speakers if s.key in spokes for k in affiliations.get(s.key, [])}
    if not wanted:
        return []
    actors = doc._.kg_actors or {}
    found: dict[str, Ref] = {}
    for r in doc._.kg_refs:
        if r.key in wanted and r.kind == "State":
            found.setdefault(r.key, r)
        elif r.kind == "Body" and (info := actors.get(r.key)) is not None and (
                info.part_of in wanted) and info.part_of not in found:
            # "a spokesman for the DEMONYM Foreign Ministry": the ministry's state
            found[info.part_of] = Ref(info.part_of, "State", r.start, r.end, r.text, "coref")
    return [r for r in found.values() if (actors.get(r.key) is None
                                          or actors[r.key].kind == "State")]


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _coordinated_with(verb: Token) -> Token:
    """The verb a coordinated verb shares its subject with. The parser may hang a finite
    verb on an infinitive or an embedded clause before it ("X have said it was important to
    establish what happened, and have summoned Y"); a finite verb is coordinated with the
    nearest verb above that has the same auxiliary ("have said"), not with those."""
    head = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    finite = verb.tag_ in FINITE_TAGS or any(a.tag_ in FINITE_TAGS for a in auxes)
    theirs = [c for c in head.children if c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")]
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in theirs)
    embedded = bool(auxes) and any(c.dep_ in ("nsubj", "nsubjpass") for c in theirs) and not (
        {a.lower_ for a in auxes} & {c.lower_ for c in theirs})
    if not finite or not (infinitive or embedded):
        return head
    words = {a.lower_ for a in auxes}
    cur = head
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.pos_ not in ("VERB", "AUX"):
            continue
        above = {c.lower_ for c in cur.children if c.dep_ in ("aux", "auxpass")}
        if (words and words & above) or (not words and cur.tag_ == verb.tag_):
            return cur
    return head


def _expand(tok: Token) -> list[Ref]:
    out: list[Ref] = []
    for c in conjuncts(tok):
        out.extend(agent_refs(c))
    if ((r := titled_person(tok)) is not None and r.kind == "Person") or (
            (r := ref(tok)) is not None and r.kind == "Person" and titled_in_line(tok)):
        out.extend(titled_line(tok))  # "TITLE of A NAME, TITLE of B NAME and ... said"
    return _unique(out)


def holders_for_title_states(refs: list[Ref], doc: Doc) -> list[Ref]:
    """``refs`` with a state that only says whom a titled person serves ("President of
    STATE NAME") replaced by that person."""
    out = []
    for r in refs:
        holder = ref(doc[r.end]) if r.kind == "State" and r.end < len(doc) else None
        if holder is not None and holder.kind == "Person" and titled_in_line(doc[r.start]):
            out.append(holder)
        else:
            out.append(r)
    return out


def _line_under(title: Token) -> list[Ref]:
    """The holders of a line of titles that starts with ``title`` ("TITLE of STATE-A A,
    TITLE of STATE-B B and ..."), where the first person under the title is one of them:
    each person named right after a title's owner, hung from the title through nouns and
    prepositions only."""
    persons = [(t, r) for t in title.subtree if (r := ref(t)) is not None
               and r.kind == "Person" and t.i == r.end - 1]
    line = [r for t, r in persons if titled_in_line(t) and _nominal_path(t, title)]
    if not line or line[0].key != persons[0][1].key:
        return []
    return _unique(line)


def _nominal_path(tok: Token, top: Token) -> bool:
    """Whether ``tok`` hangs from ``top`` through nouns and prepositions only (no verb
    or clause between them)."""
    cur = tok
    while cur.i != top.i:
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return False
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def titled_line(top: Token) -> list[Ref]:
    """The holders in a line of "TITLE of STATE NAME, TITLE of STATE NAME and ..." under
    ``top``, which the parser hangs as appositions or objects of each other (not one in
    a clause on another)."""
    return [r for t in top.subtree if (r := ref(t)) is not None and r.kind == "Person"
            and titled_in_line(t) and not in_clause(t, top)]


def _title_name_after(tok: Token) -> Ref | None:
    """The person named right after a title that has nothing on its right ("counterpart
    NAME", "counterpart, NAME"), where the parser has not made the name part of it."""
    doc = tok.doc
    if tok.right_edge.i != tok.i or tok.pos_ != "NOUN":
        return None
    after = tok.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    named = ref(doc[after]) if after < len(doc) else None
    if named is None or named.kind != "Person" or named.start != after:
        return None
    head = doc[named.start:named.end].root
    if head.head.i == tok.i or head.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        return None  # (not the speaker of what follows: "..., NAME said")
    return named


def target_refs(tok: Token, *, depth: int = 0) -> tuple[list[Ref], bool]:
    """Return the actors a noun phrase is about, and whether it names them.

    A mention is its own target ("condemned China": direct). A noun that is
    not a mention points at its possessor ("NATO's involvement"), its
    demonym ("the Russian invasion"), what it is "of" ("the creation of an
    Asia-Pacific NATO") or "between", or what it lists ("nations, including
    Japan").
    """
    direct = ref(tok)
    if direct is not None and direct.kind == "Initiative":
        # "condemned X's nuclear programme", "welcomed X's proposal": an act of X
        # is aimed at X (the initiative itself is found when X will not do)
        owners = [r for c in tok.children if c.dep_ == "poss"
                  and (r := ref(c)) is not None and r.kind in AGENTIVE]
        owners += _proposers(tok)  # "agreed to the changes proposed by X"
        if owners:
            return owners, False
    if direct is not None:
        return [direct], True
    if pair := group(tok):
        return pair, True
    if depth > 2:
        return [], False
    agents = lexicon().titles.agents
    if tok.lemma_.lower() in lexicon().titles.heads and ref(tok) is None and (
            len(line := _line_under(tok)) > 1):
        # "met with TITLE of STATE-A A, TITLE of STATE-B B and TITLE of STATE-C C", a line
        # the parser hangs under the first title: each titled holder in it
        return line, True
    if tok.lemma_.lower() in agents | lexicon().titles.heads and (
            named := _title_name_after(tok)) is not None:
        # "his DEMONYM counterpart NAME", "his counterpart, NAME," where the parser hangs
        # the name apart from the title: the title is that person
        return [named], True
    if tok.lemma_.lower() in agents or tok.lower_ in agents:
        # "the DEMONYM government", "DEMONYM officials": the actor itself.
        acting = agent_refs(tok)
        if acting:
            return acting, True
    if tok.lemma_.lower() in lexicon().titles.heads:
        # "Minister for Foreign Affairs of STATE, NAME": the title is the person.
        persons = [r for t in tok.subtree if (r := ref(t)) is not None and r.kind == "Person"]
        if persons:
            return [persons[0]], True
        # "STATE's foreign minister" with no name: the official stands for the state.
        states = [r for c in tok.children if c.dep_ in ("poss", "amod", "compound")
                  and (r := ref(c)) is not None and r.kind in AGENTIVE]
        if states:
            return states[:1], True
    listed = _list_members(tok)
    if listed:
        return _unique(listed), True  # "allies such as Germany": the listed ones are named
    found: list[Ref] = []
    # (not after "between", where "and" joins the two sides: "between X and DEMONYM allies")
    sides = tok.dep_ == "pobj" and tok.head.lower_ in ("between", "among")
    for child in tok.children:
        possessive = child.dep_ == "poss" or any(c.dep_ == "case" for c in child.children)
        if child.dep_ in ("poss", "amod", "compound", "nmod") or possessive:
            # coordinated owners before the noun: "the US and NATO response", "US and
            # DEMONYM strikes"
            for m in (conjuncts(child) if not sides else [child]):
                r = ref(m)
                if r is not None and r.kind in AGENTIVE and (
                        possessive or r.how in ("demonym", "name", "metonym")) and not (
                        stance_prefixed(m)):
                    found.append(r)
    # "the decision by ORG": the agent of a nominal; also the agent of a participle on
    # an act of harm, "the sanctions imposed by X (on Y)", which is aimed at X, not at Y
    found.extend(r for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                 for p in c.children if p.dep_ == "pobj" and (r := ref(p)) is not None
                 and r.kind in AGENTIVE)
    acts = act_nouns()
    if ref(tok) is None and not found and (tok.lemma_.lower() in acts or tok.lower_ in acts):
        found.extend(r for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     for r in participle_agents(c) if r.kind in AGENTIVE)
    has_agents = bool(found)
    struck = tok.lemma_.lower() in acts or tok.lower_ in acts  # "the invasion of X": X is hit
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "between", "among") and not (
                has_agents or struck):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    for c in conjuncts(pobj):
                        refs, _ = target_refs(c, depth=depth + 1)
                        found.extend(refs)
        elif child.dep_ in ("acl", "relcl") and child.pos_ == "VERB" and not has_agents and (
                not is_speech_act(child)):
            # "measures targeting X" are aimed at X; a text "urging X" or "condemning X"
            # speaks for its issuer, and one who backs or rejects it is not aimed at X
            for obj in child.children:
                if obj.dep_ == "dobj":
                    found.extend(target_refs(obj, depth=depth + 1)[0])
    return _unique(found), False


@functools.cache
def act_nouns() -> frozenset[str]:
    """Nouns of attacks, sanctions and harm, whose prepositional objects are whom the act
    strikes ("the attack on X", "sanctions against X", "the detention of DEMONYM
    journalists"), less the nouns that are an attack only with a word of force ("the
    actions of X")."""
    lex = lexicon()
    return frozenset(n for rel in ("attacks", "sanctions") for n in lex.relations[rel].nouns
                     if n not in lex.qualifiers.needs_force) | lex.constructions.patient_nouns


def proposal_participles(tok: Token) -> list[Token]:
    """The participles on a noun that name who proposed it: "the changes proposed by X",
    "the changes, which were proposed by X"."""
    if not any(c.dep_ in ("acl", "relcl") for c in tok.children):
        return []
    lex = lexicon()
    verbs = lex.relations["proposes"].verbs
    cons = lex.constructions
    lemma = tok.lemma_.lower()
    if lemma in cons.weapon_nouns or lemma in cons.craft_nouns:
        return []  # "the drones launched by X": fired, not proposed
    if lemma in lex.relations["attacks"].nouns:
        return []  # "the offensive announced by X": an act of war, not a proposal
    return [c for c in tok.children if (c.dep_ == "acl" or (c.dep_ == "relcl" and any(
        s.dep_ == "nsubjpass" and s.lower_ in ("which", "that") for s in c.children)))
            and c.tag_ == "VBN" and (c.lemma_.lower() in verbs or any(
                # a phrasal verb: "the plan put forward by X"
                p.dep_ in ("prt", "advmod") and f"{c.lemma_.lower()} {p.lower_}" in verbs
                for p in c.children))
            and any(a.dep_ == "agent" for a in c.children)]


def _proposers(tok: Token) -> list[Ref]:
    """The actors a participle names as the authors of a proposal: "proposed by X"."""
    return [r for c in proposal_participles(tok) for r in participle_agents(c)
            if r.kind in AGENTIVE]


def participle_agents(part: Token) -> list[Ref]:
    """The actors the agent phrase of a passive participle names, each of coordinated ones
    ("imposed by A and B"), as :func:`agent_refs` resolves them ("by the ORG member
    states": the organization)."""
    return [r for a in part.children if a.dep_ == "agent" for p in a.children
            if p.dep_ == "pobj" for q in conjuncts(p) for r in agent_refs(q)]


def phrasal_in(head: Token, words: frozenset[str]) -> bool:
    """Whether ``head`` is one of ``words``, a phrasal verb with its particle ("call off",
    "give up") counting as one."""
    lemma = head.lemma_.lower()
    return lemma in words or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in words
                                 for c in head.children)


def outer_noun(noun: Token) -> Token:
    """The noun that a chain of "of" phrases hangs ``noun`` from: "talks" of "after a round
    of talks" is "round", "demands" of "a list of demands" is "list"."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun


def affiliated_states(doc: Doc, key: str) -> list[str]:
    """The states of the document that the actor ``key`` acts for, as its titles (or the
    officeholders' table) say, in the order they were found."""
    affiliations: dict[str, list[str]] = doc._.kg_affiliations or {}
    actors = doc._.kg_actors or {}
    return [k for k in affiliations.get(key, [])
            if (a := actors.get(k)) is not None and a.kind == "State"]


def is_undoing(head: Token) -> bool:
    """Whether ``head`` calls off or puts off the act its object names: "cancelled the
    summit", "the talks were called off", "the postponement of the visit" (a phrasal verb
    counts with its particle)."""
    return phrasal_in(head, lexicon().modality.undoing_heads)


def is_future_aux(verb: Token) -> bool:
    """Whether ``verb`` has a future auxiliary: "will join", "shall meet", "they'll sign"."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children)


def will_holder(verb: Token) -> Token | None:
    """The verb whose subject wills ``verb``, an infinitive on a noun of will: "reaffirmed"
    of "the leaders reaffirmed their intention to develop ties" (also "expressed
    readiness to help"; not "welcomed the decision to ...", someone else's)."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in lexicon().constructions.volition_nouns:
        return None
    if not all(c.pos_ == "PRON" for c in noun.children if c.dep_ in ("poss", "det")):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return governing_verb(noun)


def governing_verb(tok: Token) -> Token | None:
    """Return the verb a noun hangs from ("voiced [opposition]", "join in [sanctions]")."""
    cur = tok
    for _ in range(3):
        if cur.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "oprd"):
            head = cur.head
            return head if head.pos_ in ("VERB", "AUX") else None
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            head = cur.head.head
            if head.pos_ in ("VERB", "AUX"):
                return head
            if cur.head.lower_ == "of" and head.lemma_.lower() in MEASURE_NOUNS:
                cur = head  # "wrapped up two days of talks"
                continue
            if cur.head.lower_ == "in" and head.pos_ == "NOUN" and head.dep_ == "dobj":
                cur = head  # "pledged AMOUNT in aid to X"
                continue
            return None
        if cur.dep_ == "conj":
            cur = cur.head
            continue
        return None
    return None


def _has_neg(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("advmod", "det")
               or (c.dep_ == "preconj" and c.lower_ == "neither")  # "neither a member of X nor"
               # "neither X nor Y backs Z": a subject denied ("backed neither X nor Y": an
               # object)
               or (c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
                   g.dep_ in ("det", "preconj") and g.lower_ == "neither" for g in c.children))
               or (c.dep_ == "advmod" and c.lower_ == "longer"  # "no longer supports"
                   and any(g.lower_ == "no" for g in c.children))
               for c in tok.children)


def _remembered(kind: int, tok: Token, judge: Callable[[Token], bool]) -> bool:
    """``judge(tok)``, remembered for the bound document's tokens (see ``bound``)."""
    if tok.doc is not _bound[0]:
        return judge(tok)
    key = (kind, tok.i)
    said = _memo.get(key)
    if said is None:
        said = _memo[key] = judge(tok)
    return said


def is_negated(tok: Token) -> bool:
    """Tell whether ``tok`` is denied: "does not regard ... or seek",
    "refusal to condemn", "without providing"."""
    return _remembered(0, tok, _is_negated)


def _is_negated(tok: Token) -> bool:
    lex = lexicon().modality
    if tok.pos_ == "NOUN" and _disowned(tok, lex):
        return True
    cur = tok
    for _ in range(6):
        if _has_neg(cur):
            return True
        if cur.dep_ == "pcomp" and cur.head.lower_ in ("without", "against"):
            return True  # "without providing", "warned against supplying"
        # "refrained from condemning", "stopped short of criticizing"
        if cur.dep_ == "pcomp" and cur.head.lower_ in ("from", "of") and (
                cur.head.head.lemma_.lower() in lex.denying_heads):
            return True
        head = cur.head
        if head.i == cur.i:
            return False
        if cur.dep_ in ("xcomp", "acl") and head.lemma_.lower() in lex.denying_heads:
            return True
        # "Kenya and Tanzania are not members of ...": the copula carries the negation.
        if cur.dep_ in ("attr", "acomp") and _has_neg(head):
            return True
        # A bare coordinated verb shares its head's negation ("not regard X or seek Y").
        if cur.dep_ == "conj" and cur.tag_ == "VB":
            cur = head
            continue
        # "has neither backed nor criticized Y": the second verb shares the denial
        if cur.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor"
                                      for c in head.children):
            cur = head
            continue
        if cur.dep_ in ("xcomp",):
            cur = head
            continue
        # a purpose under a denied act: "did not fly to CITY to attend the summit"
        if cur.dep_ == "advcl" and cur.tag_ == "VB" and head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            cur = head
            continue
        return False
    return False


def _disowned(noun: Token, lex: Modality) -> bool:
    """Whether a nominal act is, or lies in, what a verb of denial or avoidance takes as
    its object: "denied any links with X", "denied involvement in the attack on X",
    "avoided contacts with X" (the act is not stated)."""
    cur = noun
    for _ in range(4):
        if cur.dep_ == "dobj":
            # (denying an accusation denies what it says, not that it was made)
            blame = lexicon().relations["criticizes"].nouns
            return cur.head.pos_ == "VERB" and cur.head.lemma_.lower() in lex.disowning_verbs and (
                cur.lemma_.lower() not in blame and cur.lower_ not in blame)
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ == "NOUN":
            cur = cur.head.head
            continue
        return False
    return False


def is_hypothetical(tok: Token) -> bool:
    """Tell whether ``tok`` states something that did not happen: "would",
    "could", "if", or under a call or wish ("called for X to provide")."""
    return _remembered(1, tok, _is_hypothetical)


def _is_hypothetical(tok: Token) -> bool:
    lex = lexicon().modality
    cur = tok
    for _ in range(6):
        for child in cur.children:
            if child.dep_ == "aux" and child.lower_ in lex.hypothetical_aux:
                return True
            if child.dep_ == "mark" and child.lower_ in lex.hypothetical_marks:
                return True
            if child.dep_ == "mark" and child.lower_ in lex.prospective_marks and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) and any(
                    n.pos_ == "NOUN" and n.lemma_.lower() in lex.prospective_heads
                    for n in (cur.head, *(d for d in cur.head.children if d.dep_ == "dobj"))):
                # "cleared the way for X to attend": an act made possible (the parser may
                # hang the clause on the verb of the noun: "opened the door for X to ...")
                return True
        head = cur.head
        if head.i == cur.i:
            return False
        participle = cur.dep_ == "advcl" and cur.tag_ in ("VBG", "VBN") and not any(
            c.dep_ == "mark" for c in cur.children)
        if cur.dep_ in ("xcomp", "ccomp", "advcl") and not participle and (
                head.lemma_.lower() in lex.unrealized_heads
                or head.lower_ in lex.unrealized_heads):
            return True  # "called for Y to act"; not "called for Y, supporting Z's demand"
        if cur.tag_ == "VBG" and cur.i > head.i and _refused_gerund(cur, head):
            return True  # "ruled out sending Y", "rejected supplying Y": an act refused
        if cur.dep_ == "ccomp" and head.lemma_.lower() in lex.doubting_heads and not (
                cur.i < head.i and (any(d.dep_ == "dobj" and cur.i < d.i < head.i
                                        for d in head.children) or any(
                    t.lower_ in lexicon().reporting.accusation_nouns
                    for t in tok.doc[cur.right_edge.i + 1:head.i]))):
            # (not a clause before "..., a charge X denied", nor "..., a charge X denies"
            # that the parser reads with the noun on the denier: the denial is of the
            # charge, and the clause is still its maker's claim)
            return True
        if cur.dep_ == "xcomp" and head.lemma_ in ("have", "be") and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
            return True  # "X has yet to meet Y", "X is yet to act"
        if cur.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.dep_ == "dobj" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children) and (
                head.head.lemma_.lower() in lex.denying_heads
                or head.head.lemma_.lower() in lexicon().relations["opposes"].verbs):
            return True  # "X rejected accusations that it supplied Y": disputed, not stated
        if cur.dep_ in ("xcomp", "conj", "pcomp", "pobj", "prep", "dobj") or (
                cur.dep_ in ("advcl",) and head.pos_ == "VERB"):
            cur = head
            continue
        if cur.dep_ == "relcl" and head.dep_ == "attr" and head.head.lemma_ == "be":
            # a clause on what a hypothetical is: "it would be the first time X was
            # attacked", "this could be a war that ..."
            cur = head.head
            continue
        return False
    return False


def _refused_gerund(cur: Token, head: Token) -> bool:
    """A gerund that a verb of opposing takes as its object, right after it ("ruled out
    sending Y", "rejected supplying Y"; not a participle after a comma: "X rejected the
    claims, accusing Y")."""
    if cur.dep_ not in ("xcomp", "advcl", "dobj") or any(
            t.is_punct for t in cur.doc[head.i + 1:cur.i]):
        return False
    lemma = head.lemma_.lower()
    keys = [lemma] + [f"{lemma} {c.lower_}" for c in head.children if c.dep_ == "prt"]
    return any(k in lexicon().relations["opposes"].verbs for k in keys)


def is_future_nominal(noun: Token) -> bool:
    """Tell whether a nominal act has yet to happen: "the planned visit",
    "X's trip to Y is on the agenda", "talks are expected"."""
    modality = lexicon().modality
    future = modality.future_words
    if _took_place(noun, modality):
        return False  # "the planned talks took place on Monday": the plan came about
    if any(c.lower_ in future or c.lemma_.lower() in future for c in noun.children
           if c.dep_ in ("amod", "compound", "nmod")):
        return True
    # "who is due in Vientiane for talks with ASEAN ministers"
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        holder = noun.head.head
        words = {holder.lower_, holder.lemma_.lower()} | {
            c.lower_ for c in holder.children if c.dep_ in ("acomp", "advmod", "attr")}
        if words & future:
            return True
        # "on the eve of X's visit", "ahead of the summit", "preparations for the talks"
        if noun.head.lower_ in ("of", "for", "to") and (
                holder.lower_ in modality.before_words
                or holder.lemma_.lower() in modality.before_words):
            return True
    # the object of a verb of expecting or proposing: "X expects a visit by Y", "proposed
    # talks between A and B"
    obj = noun
    while obj.dep_ in ("compound", "conj") and obj.head.i != obj.i:
        obj = obj.head
    if obj.dep_ == "dobj" and obj.head.lemma_.lower() in modality.expecting_verbs and (
            obj.head.tag_ not in ("VBD", "VBN")
            or noun.lemma_.lower() in lexicon().constructions.meeting_nouns):
        # (not an act planned or foreseen in the past: "X planned the attack for years")
        return True
    if noun.dep_ in ("nsubj", "nsubjpass"):
        own = {n.i for n in noun.subtree}
        return any(t.lower_ in future for t in noun.head.subtree if t.i not in own)
    return _desired(noun)


def _took_place(noun: Token, lex: Modality) -> bool:
    """Whether a nominal act is the subject of a verb that places it in the past ("the
    planned talks took place on Monday", "the long-awaited summit was held in CITY",
    "the upcoming meeting opened"): it happened, whatever was planned."""
    if noun.dep_ == "conj":
        noun = noun.head
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ == "be" or (
            verb.lemma_.lower() not in lex.placing_verbs) or any(
            c.dep_ == "prt" for c in verb.children):
        return False  # (not a phrasal verb: "the planned summit was held up by ...")
    if verb.tag_ == "VBD":
        past = True
    else:
        past = verb.tag_ == "VBN" and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "has", "have", "had")
            for c in verb.children)
    return past and not is_future_aux(verb) and not is_hypothetical(verb) and not (
        is_negated(verb))


def _desired(noun: Token) -> bool:
    """Whether a nominal act is only wished or proposed: the object of an inceptive verb
    under a head of need or proposal ("the importance of establishing cooperation",
    "it is necessary to launch talks", "the proposal to hold a meeting"), or what one is
    "in favour of"."""
    lex = lexicon().modality
    if noun.dep_ == "conj":
        noun = noun.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ == "pobj" and (
            verb.head.lemma_.lower() in lex.favouring_heads and verb.head.head.lower_ == "in"):
        return True  # "in favour of talks with X", "in support of a meeting"
    if _favoured(noun, lex):
        return True
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex.inceptive_verbs:
        return False
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "the need to launch talks and hold a summit"
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "of":
        return head.head.lemma_.lower() in lex.desired_heads  # "the importance of holding"
    if verb.dep_ in ("xcomp", "acl", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "the proposal to hold"; "it is necessary to establish", "considered it important to"
        return head.lemma_.lower() in lex.desired_heads or any(
            c.dep_ in ("acomp", "oprd", "attr") and c.lemma_.lower() in lex.desired_heads
            for c in head.children)
    return False


def _favoured(noun: Token, lex: Modality) -> bool:
    """Whether a nominal act lies inside an act one is "in favour of" ("spoke in favour of
    discussing it during contacts between X and Y"), or is what a restoring or resuming
    act that one backs or seeks would bring about ("supported the restoration of contacts
    between X and Y", "called for the resumption of talks with X"; not "welcomed the
    resumption of talks", which took place)."""
    cur = noun
    for _ in range(6):
        head = cur.head
        if head.i == cur.i or cur.dep_ not in ("pobj", "prep", "pcomp", "dobj", "conj"):
            break
        if cur.dep_ in ("pobj", "pcomp") and head.lower_ == "of" and cur.i != noun.i and (
                _in_favour(head.head, lex) or any(_in_favour(c, lex) for p in head.head.children
                                                  if p.dep_ == "prep" and p.lower_ == "in"
                                                  for c in p.children)):
            # (the parser may hang the "of" on the verb: "spoke [in favour] [of] ...")
            return True
        cur = head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    act = noun.head.head
    if act.pos_ != "NOUN" or act.lemma_.lower() not in lex.inceptive_nouns:
        return False
    verb = act.head
    if act.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "called for the resumption of talks"
    wishing = lex.favouring_heads | lex.unrealized_heads | lex.desired_heads
    return verb.lemma_.lower() in wishing or verb.lower_ in wishing


def _in_favour(tok: Token, lex: Modality) -> bool:
    """Whether ``tok`` is the noun of "in favour of", "in support of"."""
    return tok.dep_ == "pobj" and tok.lemma_.lower() in lex.favouring_heads and (
        tok.head.lower_ == "in")


def in_name(start: int, prep: Token) -> bool:
    """Whether ``prep`` is inside a capitalised name that runs on from token ``start``: the
    "in REGION" of "the CITY Conference on X and Y in REGION". The word before ``start``
    (the name's head, "Conference") is capitalised, and the words up to ``prep`` name no
    place, people or person: "the meeting of A and B in CITY", "the Conference on STATE
    in CITY" are placed in CITY."""
    doc = prep.doc
    between = doc[start:prep.i]
    if start < 1 or not doc[start - 1].is_title or len(between) == 0:
        return False
    return any(t.is_title for t in between) and all(
        (t.is_title and t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "NORP", "PERSON"))
        or t.lower_ in ("on", "and", "of", "for", "the", "&") for t in between)


def mention(doc: Doc, r: Ref) -> Mention:
    """Return the :class:`Mention` record of a resolved mention."""
    span = doc[r.start:r.end]
    return Mention(key=r.key, kind=r.kind, text=span.text, start=span.start_char,
                   end=span.end_char)


def evidence(sent: Span) -> tuple[str, int, int]:
    """Return a sentence's text without surrounding whitespace, and its offsets."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    stripped = text.strip()
    return stripped, start, start + len(stripped)


def speaker_of(verb: Token) -> Ref | None:
    """Return the person who says ``verb``'s clause, if the subject is a person."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            r = ref(child)
            if r is not None and r.kind == "Person":
                return r
            for appos in child.children:
                if appos.dep_ == "appos" and (a := ref(appos)) is not None and a.kind == "Person":
                    return a
    return None
