"""Rules on lists and appositions of members, partners and allies.

Constructions: a list head with its owner and the list in apposition or
coordination ("NATO's partners, Japan and South Korea", "ASEAN member states
Indonesia and Vietnam"); a copula or "among" ("Finland became a member of
NATO", "India is among ASEAN's partners"); a quantified apposition ("X, one
of the bloc's members"); an ally of a state (``cooperatesWith``); a list
named as a grouping ("A, B and C, known as the IP4").
"""

from spacy.tokens import Doc, Token

from kg.extract.mentions import DASHES, Ref
from kg.extract.rules import Found, Gate, RuleContext, asserted, rule
from kg.extract.syntax import (
    PARENTHESIS_OPENERS,
    conjuncts,
    is_future_aux,
    is_hypothetical,
    is_list_prep,
    is_negated,
    ref,
    subject_refs,
    target_refs,
)

__all__ = ["list_admitted", "list_bracketed", "list_chair", "list_chairs", "list_comprises",
           "list_constitute", "list_council_seat",
           "list_grouping", "list_known_as", "list_members", "list_membership",
           "list_org_including", "list_welcomed_into", "welcomed_into"]


def _lists(ctx: RuleContext, noun: Token) -> list[Found]:
    cons = ctx.lex.constructions
    lemma = noun.lemma_.lower()
    # "ASEAN member states": the list head qualifying a collective (the parser may take
    # the head right before it for anything: "the ORG's member states A and B")
    qualifiers = [c for c in noun.children if c.lemma_.lower() in cons.list_heads and (
        c.dep_ == "compound" or c.i == noun.i - 1)]
    if lemma in cons.member_collectives and qualifiers:
        # "ASEAN member states Indonesia and Vietnam"
        lemma = qualifiers[0].lemma_.lower()
    elif lemma in cons.member_synonyms and noun.dep_ == "attr":
        lemma = "member"  # "X is part of ORG"
    elif lemma in cons.member_collectives and any(
            c.dep_ in ("compound", "poss", "nmod") and (r := ref(c)) is not None
            and r.kind == "Organization" for c in noun.children) and not any(
            c.lemma_.lower() in cons.awaited_membership for c in noun.children):
        # "the BRICS countries, A, B and C": an organization's states (not "an ORG
        # candidate country")
        lemma = "member"
    elif lemma in cons.member_collectives and (noun.tag_ == "NNS" or _leader_of(ctx, noun)) and any(
            r.kind == "Organization" for r in _of_refs(noun)):
        lemma = "member"  # "the states of ORG, A and B", "the heads of state of ORG"
    if lemma not in cons.list_heads or ref(noun) is not None:
        return []
    if is_negated(noun) or is_hypothetical(noun):
        return []
    if noun.dep_ in ("appos", "conj") and noun.left_edge.i > 0 and (
            noun.doc[noun.left_edge.i - 1].dep_ == "neg"):
        return []  # "X, not a member of ORG, ...": the parser hangs the "not" on X
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in cons.standing_nouns:
        return _standing(ctx, noun, lemma)
    if _lapsed(noun, cons.lapsed_tie_modifiers):
        return []  # "X, a former member of ORG", "a prospective member": no member now
    owners: list[Ref] = []
    fellows: list[Ref] = []
    # "the SCO member states": the owner may hang on the compound "member"
    heads = qualifiers
    for child in [*noun.children, *(g for h in heads for g in h.children)]:
        r = ref(child)
        if child.dep_ == "poss" and child.tag_ == "WP$" and noun.head.dep_ == "relcl":
            # "ORG, whose member states are A and B" (in a list, the name right before it:
            # "ORG and ORG2, whose members are A and B")
            r = ref(max((c for c in conjuncts(noun.head.head) if c.i < child.i),
                        key=lambda c: c.i, default=noun.head.head))
        if child.dep_ in ("poss", "compound", "nmod") and r is not None and r.kind in (
                "Organization", "State", "Body"):
            owners.append(r)
        if child.dep_ == "prep" and (child.lower_ == "of" or (
                child.lower_ == "for" and lemma in cons.partner_heads)):
            # "a member of both A and B", "a member of the GROUP bloc", "a partner for ORG"
            owners.extend(r2 for p in child.children if p.dep_ == "pobj"
                          for c in conjuncts(p) if (r2 := ref(c) or _grouping(ctx, c)) is not None)
        if child.dep_ == "prep" and child.lower_ in ("in", "within", "from") and not is_list_prep(
                child):
            # "X's partners in ORG, A and B": fellow members of the organization named
            # ("X's partners in ORG and ORG2, A and B": in both)
            fellows.extend(r2 for p in child.children if p.dep_ == "pobj"
                           for c in conjuncts(p)
                           if (r2 := ref(c)) is not None and r2.kind == "Organization")
    # "ORG, of which X is a member": the relative pronoun stands for the organization
    rel_of = next((p for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "of"
                   and any(w.tag_ == "WDT" for w in p.children)), None) if (
        noun.dep_ == "attr" and noun.head.dep_ == "relcl") else None
    if rel_of is not None and (r := ref(noun.head.head)) is not None:
        owners.append(r)
    # "ORG has 10 members, including A and B": the subject owns the members
    if noun.dep_ == "dobj" and noun.head.lemma_ == "have" and not is_negated(noun.head):
        owners.extend(r for r in subject_refs(noun.head) if r.kind == "Organization")
    if not owners and noun.i > 0 and noun.tag_ == "NNS" and not any(
            c.dep_ in ("poss", "compound", "det", "amod") for c in noun.children):
        # "ORG members A and B said": the parser may hang the list head on the name, or on
        # the full name before an acronym in brackets ("the NAME (ACRONYM) members A and B")
        before = noun.i - 2 if noun.doc[noun.i - 1].text == ")" and noun.i > 1 else noun.i - 1
        r = ref(noun.doc[before])
        if r is not None and r.kind == "Organization" and noun.i + 1 < len(noun.doc) and (
                _next_mention(noun) is not None):
            owners.append(r)
    listed_head = ref(noun.head) if noun.dep_ in ("compound", "nmod") else None
    if not owners and listed_head is not None and listed_head.kind == "State":
        # "the ORG member states - A, B and C": the parser may hang the owner and the list
        # head both on the first state listed
        owners.extend(r for c in noun.head.children if c.i < noun.i and c.dep_ in (
            "compound", "nmod") and (r := ref(c)) is not None and r.kind == "Organization")
    # "X, an ORG and ORG2 member", "X is an ORG and ORG2 member": the parser may make the
    # list head a conjunct of the first owner, which then stands in its place
    shared = _shared_owner(noun)
    if shared is not None and (r := ref(shared)) is not None:
        owners.append(r)
    if not owners and noun.dep_ in ("attr", "appos"):
        # "X is an observer state in ORG", "X, an observer at ORG": with no owner of its
        # own, the list head's organization is its owner, not a fellow's
        owners = fellows + [r for p in noun.children if p.dep_ == "prep" and p.lower_ == "at"
                            for o in p.children if o.dep_ == "pobj"
                            if (r := ref(o)) is not None and r.kind == "Organization"]
        fellows = []
    if not owners and not fellows:
        return []
    members: list[Ref] = []
    for of_prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in (
            "of", "in", "within", "from")):
        for o in (o for o in of_prep.children if o.dep_ == "pobj"):
            # "the permanent members of the ORG Council (A, B and C)": the list in
            # brackets or between dashes after the owner
            members.extend(r for a in o.children if a.dep_ == "appos" and a.left_edge.i > 0
                           and a.doc[a.left_edge.i - 1].text in PARENTHESIS_OPENERS
                           for c in conjuncts(a)
                           if (r := ref(c)) is not None)
            # "the states of ORG, A, B and C", "ORG's partners in REGION, A and B": the parser
            # may coordinate the list with the owner or the region
            # (also after a second owner: "X's partners in ORG and ORG2, A and B")
            chain = conjuncts(o)
            # (a bare name right after the comma: "the members of ORG, the STATE and STATE"
            # is as often a list of more parties)
            start = next((k for k, c in enumerate(chain) if c.i > o.i and _after_comma(c)),
                         len(chain))
            # (its first name right after the comma, or a list that punctuation closes:
            # "the members of ORG, the STATE, A and B, met"; not "ministers of the states of
            # ORG, the STATE, A and B met", a list of more parties)
            if start < len(chain) and ((not _bare_after_comma(chain[start]) and not _closed_list(
                    chain[start])) or (r := ref(chain[start])) is None or r.kind != "State"):
                start = len(chain)
            coordinated = [r for c in chain[start:] if (r := ref(c)) is not None
                           and r.kind == "State"]
            # "a member of ORG alongside A and B": they are members too
            members.extend(r for a in o.children if a.dep_ == "prep" and a.lower_ == "alongside"
                           for p in a.children if p.dep_ == "pobj" for c in conjuncts(p)
                           if (r := ref(c)) is not None and r.kind == "State")
            if len(coordinated) >= 2 and (r := ref(o)) is not None and (
                    r.kind == "Organization" or (r.kind == "Place" and of_prep.lower_ != "of")):
                members.extend(coordinated)
    # "leaders of the ORG nations, A, B and C", "the heads of state of ORG, including the
    # presidents of A and B": the list hangs on the leaders
    if (leaders := _leader_of(ctx, noun)) is not None:
        hubs = [*leaders.children]
        if leaders.dep_ == "pobj" and leaders.head.lower_ == "of":
            # "a meeting of the heads of state of ORG, including the leaders of A and B":
            # the parser may hang the list on the meeting
            hubs.extend(c for c in leaders.head.head.children if c.i > leaders.i
                        and is_list_prep(c))
        for child in hubs:
            items = [child] if child.dep_ == "appos" else [
                p for p in child.children if p.dep_ == "pobj"] if is_list_prep(child) else []
            members.extend(r for t in items for c in conjuncts(t) for r in _states_of(ctx, c))
    # "ORG member states A, B and C": the names right after the head (any parse)
    if (first := _next_mention(noun)) is not None:
        members.extend(r for c in conjuncts(first) if (r := ref(c)) is not None)
    for child in noun.children:
        # "ORG's partners, X and Y," (spaCy often makes the list a conj)
        listed = child.dep_ == "appos" or (
            child.dep_ == "conj" and noun.tag_ == "NNS" and _after_comma(child)
            and child.doc[child.left_edge.i - 1].head == noun
            # (a list whose first name has a word before it is an apposition only where
            # punctuation closes it: "ORG's members, the STATE and STATE, met"; not "imposed
            # by the members of ORG, the STATE and STATE.", a list of more parties)
            and (_bare_after_comma(child) or _closed_list(child))) or (
            # "ORG's partners and especially X"
            child.dep_ == "conj" and any(a.dep_ == "advmod" and a.lower_ in cons.singling_adverbs
                                         for a in child.children))
        if listed:
            members.extend(r for c in conjuncts(child) if (r := ref(c)) is not None)
        # "ORG's member states, including A and B", "such as A and B"
        if is_list_prep(child):
            members.extend(r for p in child.children if p.dep_ == "pobj"
                           for c in conjuncts(p) if (r := ref(c)) is not None)
    if shared is not None and shared.dep_ == "appos" and (r := ref(shared.head)) is not None:
        members.append(r)
    if shared is not None and shared.dep_ == "attr" and shared.head.lemma_ in cons.copulas and (
            not (is_negated(shared.head) or is_hypothetical(shared.head))):
        members.extend(subject_refs(shared.head))
    if noun.dep_ == "appos" and (r := ref(noun.head)) is not None:
        members.extend(ref(c) for c in conjuncts(noun.head) if ref(c) is not None)  # type: ignore[misc]
    if noun.dep_ == "attr" and noun.head.lemma_ in cons.copulas and not (
            is_negated(noun.head) or is_hypothetical(noun.head)):
        members.extend(subject_refs(noun.head))  # "X became a member of ORG"
    if noun.dep_ == "nsubj" and noun.head.lemma_ in cons.copulas and not (
            is_negated(noun.head) or is_hypothetical(noun.head)):
        # "ORG's member states are A, B and C", "the members of ORG are A and B": the
        # names the copula gives the list head
        members.extend(r for a in noun.head.children if a.dep_ == "attr"
                       for c in conjuncts(a) if (r := ref(c)) is not None)
    if noun.dep_ == "oprd" and not (is_negated(noun.head) or is_hypothetical(noun.head)):
        # "X was elected a member of ORG"
        members.extend(_patients_of(noun.head))
    if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ == "be" and (
            not (is_negated(noun.head.head) or is_hypothetical(noun.head.head))):
        members.extend(subject_refs(noun.head.head))  # "X is among ORG's partners"
    if listed_head is not None:
        members.extend(r for c in conjuncts(noun.head) if (r := ref(c)) is not None)
    # "the ORG member states: A, B and C": a list after a colon; "the heads of the ORG member
    # states: the President of A X, ...": the states in the titles of the leaders listed
    # (or between dashes: "the ORG nations - A, B and C - met")
    end = max(t.i for t in noun.subtree) + 1
    if end + 1 < len(noun.doc) and noun.doc[end].text in (":", "-", "--", "\u2013", "\u2014"):
        first = noun.doc[end + 1]
        if first.dep_ == "det":
            first = first.head
        if (r := ref(first)) is not None:
            first = noun.doc[r.start:r.end].root  # "the NAME NAME, A and B"
        members.extend(r for c in conjuncts(first) if (r := ref(c)) is not None)
        if _leader_of(ctx, noun) is not None:
            members.extend(_titled_states(noun.doc, end + 1))
    # "X, as a member of ORG, ...": the one the "as" phrase describes
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        holder = noun.head.head
        if (r := ref(holder)) is not None:
            members.append(r)
        elif holder.pos_ in ("VERB", "AUX"):
            # "ORG welcomed X as its 30th member": the object, where it is not the owner
            # ("X joined ORG as its 32nd member": the subject)
            objects = [r for o in holder.children if o.dep_ == "dobj" for c in conjuncts(o)
                       if (r := ref(c)) is not None and r.kind == "State"
                       and all(r.key != w.key for w in owners)] if holder.dep_ != "xcomp" and (
                not (is_negated(holder) or is_hypothetical(holder))) else []
            members.extend(objects or subject_refs(holder) or _patients_of(holder))
    # "Among the ORG members, X declined ...": the subject of the clause is one of them
    among = noun.head
    if noun.dep_ == "pobj" and among.lower_ == "among" and among.i < among.head.i and (
            among.head.pos_ == "VERB" and among.head.lemma_ != "be"):
        members.extend(r for s in noun.head.head.children if s.dep_ == "nsubj"
                       for c in conjuncts(s) if (r := ref(c)) is not None)
    # "ORG counts A and B among its members": the object of the counting verb
    if noun.dep_ == "pobj" and among.lower_ == "among" and among.i > among.head.i and (
            among.head.lemma_.lower() in cons.counting_verbs) and not (
            is_negated(among.head) or is_hypothetical(among.head)):
        members.extend(r for o in among.head.children if o.dep_ == "dobj"
                       for c in conjuncts(o) if (r := ref(c)) is not None)
    # "X and its ORG allies": X is one of them
    if noun.dep_ == "conj" and (r := ref(noun.head)) is not None and any(
            c.dep_ == "poss" and (p := ref(c)) is not None and p.key == r.key
            for c in noun.children):
        members.append(r)
    # "NATO allies A and B said": the parser may make the names a second subject
    if noun.dep_ in ("nsubj", "nsubjpass", "npadvmod", "dep") and (
            noun.right_edge.i + 1 < len(noun.doc)):
        after = noun.doc[noun.right_edge.i + 1]
        if after.dep_ in ("nsubj", "nsubjpass") and after.head.i == noun.head.i:
            members.extend(r for c in conjuncts(after) if (r := ref(c)) is not None)
    # "The ORG allies, among them A and B, pledged ...": the parser may make the names a
    # second subject that carries the "among them"
    if noun.dep_ in ("nsubj", "nsubjpass"):
        members.extend(r for s in noun.head.children if s.dep_ == noun.dep_ and s.i > noun.i
                       and any(p.dep_ == "prep" and p.lower_ == "among" and p.i < s.i and any(
                           o.dep_ == "pobj" and o.pos_ == "PRON" for o in p.children)
                               for p in s.children)
                       for c in conjuncts(s) if (r := ref(c)) is not None)
    # "A and B, both members of ORG, are ...": the parser may make the list head a second
    # subject after the names and a comma (or a dash: "A and B - ORG's partners - attended")
    dashes = DASHES
    # (the parser may put the dash in the list head's phrase)
    sep = noun.left_edge.i if noun.left_edge.text in dashes else noun.left_edge.i - 1
    if noun.dep_ in ("nsubj", "nsubjpass") and sep > 0 and (
            noun.doc[sep].text in (",", *dashes)):
        members.extend(r for s in noun.head.children if s.dep_ == noun.dep_ and s.i < noun.i
                       and s.right_edge.i == sep - 1
                       for c in conjuncts(s) if (r := ref(c)) is not None)
    # "Like other members of ORG, X condemned ...", "X, like fellow ORG member Y, ...": the
    # one the "like" phrase compares is a member too
    compared = noun.head if listed_head is not None else noun
    if compared.dep_ == "pobj" and compared.head.lower_ in ("like", "unlike") and any(
            c.lower_ in cons.fellow_modifiers for c in (*noun.children, *compared.children)):
        holder = compared.head.head
        if (r := ref(holder)) is not None:
            members.append(r)
        elif holder.pos_ in ("VERB", "AUX"):
            members.extend(subject_refs(holder))
    # "X's fellow ORG member(s) Y": X is one too (not "X's ORG allies": allies of X)
    if any(c.lower_ in cons.fellow_modifiers for c in noun.children) and any(
            o.kind == "Organization" for o in owners):
        members.extend(r for c in noun.children if c.dep_ == "poss"
                       and (r := ref(c)) is not None and r.kind == "State")
    # "A and B, members of ORG, ...": the parser may make the plural list head one more
    # conjunct after the closed list and a comma (an apposition to the list)
    if noun.dep_ == "conj" and noun.tag_ in ("NNS", "NNPS") and noun.left_edge.i > 0 and (
            noun.doc[noun.left_edge.i - 1].text == ",") and any(
            c.dep_ == "cc" and c.i < noun.left_edge.i for c in noun.head.children) and not any(
            c.dep_ == "neg" for c in noun.children):
        members.extend(r for c in conjuncts(noun.head) if c.i < noun.i
                       and (r := ref(c)) is not None)
    # "X and other ORG members", "X and fellow ORG members"
    if noun.dep_ == "conj" and any(c.lower_ in cons.fellow_modifiers for c in noun.children):
        members.extend(r for c in conjuncts(noun.head) if c.i != noun.i
                       and (r := ref(c)) is not None)
    # "Mauritania, one of the bloc's 55 member states"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in (
            cons.quantifiers):
        one = noun.head.head
        if one.dep_ == "appos" and ref(one.head) is not None:
            # "A and B, two of the bloc's members"
            members.extend(r for c in conjuncts(one.head) if (r := ref(c)) is not None)
        elif one.dep_ == "attr" and one.head.lemma_ == "be":
            members.extend(subject_refs(one.head))
    out: list[Found] = [Found(m, "memberOf", f, noun.i, 0.75) for f in fellows for m in members
                        if m.kind == "State" and m.key != f.key]
    for owner in owners:
        for m in members:
            if m.kind == "Person" and owner.kind == "Person" and m.key != owner.key and (
                    lemma in cons.ally_heads and noun.tag_ == "NN"
                    and noun.dep_ in ("appos", "attr")
                    and not _lapsed(noun, cons.lapsed_tie_modifiers)):
                # one politician the ally of another: "X, a close ally of Y", "X is an ally
                # of Y" (close ties between the two)
                out.append(Found(m, "cooperatesWith", owner, noun.i, 0.8))
            if m.kind not in ("State", "Organization") or m.key == owner.key:
                continue
            if lemma in cons.partner_heads and owner.kind == "Organization":
                out.append(Found(m, "partnerOf", owner, noun.i, 0.8))
            elif lemma in cons.ally_heads | cons.member_heads and owner.kind == "Organization":
                out.append(Found(m, "memberOf", owner, noun.i, 0.8))
            elif lemma in cons.member_heads and owner.kind == "Body" and m.kind == "State":
                # a state on a council: "X is a permanent member of the ORG Security Council"
                out.append(Found(m, "memberOf", owner, noun.i, 0.8))
            elif lemma in cons.state_partner_heads and owner.kind == "State" and (
                    lemma in cons.ally_heads or (m.kind == "State" and _stated_of(noun))) and (
                    not _lapsed(noun, cons.lapsed_tie_modifiers)):
                # (a partner only where the text says what X is: "X is (one of) Y's
                # partners", "X, a strategic partner of Y", "X is a key partner of Y"; not
                # "thanked Y's partners from X"; a partner of an organization is partnerOf it)
                out.append(Found(m, "cooperatesWith", owner, noun.i, 0.8))
    return out


def _bare_after_comma(tok: Token) -> bool:
    """Whether ``tok``'s phrase comes right after a comma with no word of its own before
    the name ("ORG, South Korea and Japan"; not "ORG, the STATE and ...")."""
    left = tok.left_edge
    return _after_comma(tok) and left.dep_ != "det" and ref(left) is not None


def _closed_list(first: Token) -> bool:
    """Whether punctuation closes the list that ``first`` begins ("ORG's members, A, B and
    C, met": a comma, a dash or a bracket after its last name)."""
    end = conjuncts(first)[-1].right_edge.i + 1
    return end < len(first.doc) and first.doc[end].text in (",", ")", *PARENTHESIS_OPENERS)


def _after_comma(tok: Token) -> bool:
    """Whether a comma comes right before ``tok``'s phrase ("ORG, the STATE")."""
    return tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


def _lapsed(noun: Token, words: frozenset[str]) -> bool:
    """Whether a list head's tie is past or only wished for ("a former partner of Y",
    "X was once Y's ally"), by its own modifiers or its copula's."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    mods = [c for c in noun.children if c.dep_ in ("amod", "advmod", "compound")]
    if holder.dep_ in ("attr", "acomp"):
        mods += [c for c in holder.head.children if c.dep_ == "advmod"]
    return any(m.lower_ in words or m.text.lower().rstrip("-") in words for m in mods)


def _stated_of(noun: Token) -> bool:
    """Whether a list head says what someone is: the complement of a copula or an
    apposition, itself or after "one of"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return noun.dep_ in ("attr", "appos", "acomp")


def _shared_owner(noun: Token) -> Token | None:
    """The organization a list head is coordinated with as a second owner's list head
    ("an ORG and ORG2 member": the parser makes "member" a conjunct of ORG), with only
    the conjunction and modifiers between them."""
    head = noun.head
    if noun.dep_ != "conj" or head.i >= noun.i or (r := ref(head)) is None or (
            r.kind != "Organization") or head.dep_ not in ("appos", "attr"):
        return None
    between = noun.doc[head.i + 1:noun.i]
    if not all(t.dep_ in ("cc", "compound", "amod") for t in between):
        return None
    return head


def _standing(ctx: RuleContext, noun: Token, lemma: str) -> list[Found]:
    """A standing held in an organization ("X has observer status at ORG", "X was granted
    partner status in ORG", "X enjoys member status in ORG")."""
    cons = ctx.lex.constructions
    status = noun.head
    verb = status.head
    if status.dep_ != "dobj" or verb.lemma_.lower() not in cons.standing_verbs or (
            is_negated(verb) or is_hypothetical(verb)):
        return []
    # the organization: on the status or its verb ("status at ORG", "has status at ORG")
    # or, in the passive, the giver ("was granted partner status by ORG")
    passive = _patients_of(verb)
    preps = [p for h in (status, verb) for p in h.children if p.dep_ == "prep"
             and p.lower_ in ("at", "in", "with", "of", "to", *(("by",) if passive else ()))]
    preps += [a for a in verb.children if a.dep_ == "agent"]
    orgs = [r for p in preps for o in p.children
            if o.dep_ == "pobj" and (r := ref(o)) is not None and r.kind == "Organization"]
    # the holder: whom the status is given ("ORG granted X observer status"), the passive
    # subject, else the subject of having it ("X has observer status"); the active
    # subject of giving it is the giver
    given = [r for d in verb.children if d.dep_ == "dative" for c in conjuncts(d)
             if (r := ref(c)) is not None]
    giving = verb.lemma_.lower() in cons.standing_giving_verbs
    holders = [r for r in (given or passive or ([] if giving else subject_refs(verb)))
               if r.kind in ("State", "Organization")]
    if given and not orgs:
        orgs = [r for r in subject_refs(verb) if r.kind == "Organization"]
    relation = "partnerOf" if lemma in cons.partner_heads else (
        "memberOf" if lemma in cons.member_heads else None)
    if relation is None:
        return []
    return [Found(h, relation, o, noun.i, 0.75) for o in orgs for h in holders if h.key != o.key]


def _of_refs(noun: Token, preps: tuple[str, ...] = ("of",)) -> list[Ref]:
    """The named objects of ``noun``'s "of" phrases ("the states of ORG")."""
    return [r for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj" and (r := ref(o)) is not None]


def _leader_of(ctx: RuleContext, noun: Token) -> Token | None:
    """The leader noun whose "of" phrase ``noun`` is ("the heads of the ORG member states",
    "the heads of state of ORG")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    leader = noun.head.head
    if leader.dep_ == "pobj" and leader.head.lower_ == "of" and (
            leader.lemma_.lower() in ctx.lex.constructions.member_collectives
            or ((r := ref(leader)) is not None and r.kind == "Organization")):
        # "the heads of state of ORG"; "the leaders of the Group of N nations" (the name
        # itself has an "of")
        leader = leader.head.head
    return leader if leader.lemma_.lower() in ctx.lex.constructions.leader_nouns else None


def _states_of(ctx: RuleContext, tok: Token) -> list[Ref]:
    """A listed state, or the state of a listed leader ("the presidents of A and B")."""
    if (r := ref(tok)) is not None:
        return [r] if r.kind == "State" else []
    if tok.lemma_.lower() not in ctx.lex.constructions.leader_nouns:
        return []
    return [r for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)
            if (r := ref(c)) is not None and r.kind == "State"]


def _titled_states(doc: Doc, start: int) -> list[Ref]:
    """The states named in a list of titled leaders from ``start`` to the end of the list
    (its clause's first verb or the sentence end): "President of A X, Prime Minister of B Y"."""
    out: list[Ref] = []
    for t in doc[start:doc[start].sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.tag_ in ("WDT", "WP") or t.text in (";", ":"):
            break
        if (r := ref(t)) is not None and r.kind == "State" and t.i == r.start and (
                t.dep_ in ("compound", "pobj", "amod")):
            out.append(r)
    return out


def _patients_of(verb: Token) -> list[Ref]:
    """The named passive subjects of ``verb`` ("X and Y were admitted ...")."""
    return [r for s in verb.children if s.dep_ == "nsubjpass" for c in conjuncts(s)
            if (r := ref(c)) is not None]


@rule("list.admitted", gate=Gate(words=lambda ctx: ctx.lex.constructions.admitting_verbs))
def list_admitted(verb: Token, ctx: RuleContext) -> list[Found]:
    """A state taken into an organization is a member of it: "X was admitted to ORG", "X
    and Y were accepted into ORG", and in the active with the organization as the subject
    ("ORG admitted X in 2017", "the bloc admitted X as its 11th member")."""
    words = ctx.lex.constructions.admitting_verbs
    if (verb.lemma_.lower() not in words and verb.lower_ not in words) or verb.pos_ != "VERB":
        return []
    if is_negated(verb) or is_hypothetical(verb):
        return []
    cons = ctx.lex.constructions
    if any(p.dep_ == "prep" and p.lower_ == "as" and any(
            o.dep_ == "pobj" and (o.lemma_.lower() in cons.awaited_membership
                                  or o.lemma_.lower() in cons.partner_heads)
            for o in p.children) for p in verb.children):
        return []  # admitted in another role: "accepted X as a candidate / an observer"
    orgs = [r for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "into", "in")
            for o in p.children if o.dep_ == "pobj" and (r := ref(o)) is not None
            and r.kind == "Organization"]
    members = [m for m in _patients_of(verb) if m.kind == "State"]
    if not members and not orgs and verb.dep_ != "xcomp":
        # (not an admission agreed or planned: "ORG agreed to admit X")
        orgs = [r for r in subject_refs(verb) if r.kind == "Organization"]
        members = [r for o in verb.children if o.dep_ == "dobj" for c in conjuncts(o)
                   if (r := ref(c)) is not None and r.kind == "State"]
    return [Found(m, "memberOf", o, verb.i, 0.75) for o in orgs for m in members]


def welcomed_into(verb: Token, ctx: RuleContext) -> tuple[list[Ref], list[Ref]]:
    """The states a greeting verb takes into an organization and the organizations: "X
    welcomed Y into ORG", "Y was welcomed to the bloc" (([Y], [ORG]); else two empty
    lists). A person greeted "to ORG" is a guest, not an entrant."""
    cons = ctx.lex.constructions
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cons.welcoming_verbs:
        return [], []
    preps = cons.welcoming_admission_preps
    orgs = [r for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj" and (r := ref(o)) is not None
            and r.kind == "Organization"]
    if not orgs:
        return [], []
    entrants = [r for o in verb.children if o.dep_ in ("dobj", "nsubjpass") for c in conjuncts(o)
                if (r := ref(c)) is not None]
    if not entrants or any(r.kind != "State" for r in entrants):
        return [], []
    return entrants, orgs


@rule("list.welcomed_into", gate=Gate(words=lambda ctx: ctx.lex.constructions.welcoming_verbs))
def list_welcomed_into(verb: Token, ctx: RuleContext) -> list[Found]:
    """A state welcomed into an organization is a member of it, and the one who welcomes
    it backs its entry: "X welcomed Y into ORG" (Y memberOf ORG, X supports Y); not a
    welcome planned or denied ("will welcome Y into ORG")."""
    if not asserted(verb) or is_future_aux(verb):
        return []
    entrants, orgs = welcomed_into(verb, ctx)
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        orgs = []  # in another standing: "welcomed Y into ORG as a dialogue partner"
    out = [Found(m, "memberOf", o, verb.i, 0.75) for o in orgs for m in entrants]
    out += [Found(s, "supports", m, verb.i, 0.75) for s in subject_refs(verb)
            if s.kind in ctx.agents for m in entrants if m.key != s.key]
    return out


@rule("list.council_seat", gate=Gate(words=lambda ctx: ctx.lex.constructions.council_seat_nouns
                                      | ctx.lex.constructions.council_sitting_verbs))
def list_council_seat(tok: Token, ctx: RuleContext) -> list[Found]:
    """A state with a seat on a council or organization is its member: "X won a seat on
    the ORG Council", "X began a two-year term on the ORG Council", "X, which sits on the
    ORG Council" (not a seat sought: "X's bid for a seat")."""
    cons = ctx.lex.constructions
    lemma = tok.lemma_.lower()
    if lemma in cons.council_sitting_verbs and tok.pos_ == "VERB":
        verb = tok
    elif lemma in cons.council_seat_nouns and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and (
            tok.head.lemma_.lower() in cons.council_seat_verbs):
        verb = tok.head
    else:
        return []
    if is_negated(verb) or is_hypothetical(verb) or verb.dep_ == "xcomp" or (
            is_negated(tok) or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)):
        return []
    bodies = [r for p in tok.children if p.dep_ == "prep" and p.lower_ == "on"
              for o in p.children if o.dep_ == "pobj" and (r := ref(o)) is not None
              and r.kind in ("Organization", "Body")]
    holders = [r for r in subject_refs(verb) if r.kind == "State"]
    if verb.dep_ == "relcl" and (r := ref(verb.head)) is not None and r.kind == "State":
        holders.append(r)  # "X, which sits on ORG"
    return [Found(h, "memberOf", b, tok.i, 0.75) for b in bodies for h in holders]


@rule("list.chairs", gate=Gate(words=lambda ctx: ctx.lex.constructions.chair_verbs))
def list_chairs(verb: Token, ctx: RuleContext) -> list[Found]:
    """A state that chairs an organization is a member of it: "X, which chairs ORG this
    year", "X presides over ORG" (not a meeting it chairs: that is attended)."""
    if verb.lemma_.lower() not in ctx.lex.constructions.chair_verbs or verb.pos_ != "VERB":
        return []
    if is_negated(verb) or is_hypothetical(verb):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("over", "in")
                for o in p.children if o.dep_ == "pobj"]
    orgs = [r for o in objects if (r := ref(o)) is not None and r.kind in ("Organization", "Body")]
    chairs = [r for r in subject_refs(verb) if r.kind == "State"]
    if verb.dep_ == "acl" and (r := ref(verb.head)) is not None and r.kind == "State":
        chairs.append(r)  # "X, currently presiding in ORG, ..."
    return [Found(c, "memberOf", o, verb.i, 0.75) for c in chairs for o in orgs]


def _next_mention(noun: Token) -> Token | None:
    """The head token of a state or organization named right after a list head ("member
    states Hungary, Slovakia and Austria"), not one that starts a phrase of its own
    ("members on Monday"), nor the head's owner ("members of ORG")."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return None
    nxt = doc[noun.i + 1]
    r = ref(nxt)
    if r is None or r.kind not in ("State", "Organization") or r.start != nxt.i:
        return None
    head = doc[r.start:r.end].root
    if head.dep_ in ("poss", "compound") or (head.head.i not in (noun.i, noun.head.i) and (
            head.dep_ not in ("nsubj", "nsubjpass", "appos", "dobj", "conj", "npadvmod"))):
        return None
    return head


def _grouping(ctx: RuleContext, noun: Token) -> Ref | None:
    """The organization a grouping noun stands for with its name as a modifier ("the
    BRICS group", "the G7 bloc")."""
    if noun.lemma_.lower() not in ctx.lex.constructions.grouping_nouns:
        return None
    return next((r for c in noun.children if c.dep_ in ("compound", "nmod", "poss")
                 and (r := ref(c)) is not None and r.kind == "Organization"), None)


@rule("list.org_including", gate=Gate(words=lambda ctx: ("including", "as")))
def list_org_including(prep: Token, ctx: RuleContext) -> list[Found]:
    """An organization with the states it includes ("the 27-member EU, including A and
    B, agreed ..."; "the bloc, including A"): each is a member."""
    if prep.lower_ not in ("including", "as") or not is_list_prep(prep):
        return []
    org = ref(prep.head)
    if org is None or org.kind != "Organization" or (
            prep.head.i != prep.doc[org.start:org.end].root.i):
        return []
    if is_negated(prep.head) or is_hypothetical(prep.head):
        return []
    members = [r for p in prep.children if p.dep_ == "pobj" for c in conjuncts(p)
               if (r := ref(c)) is not None and r.kind == "State"]
    return [Found(m, "memberOf", org, prep.i, 0.75) for m in members]


# -------------------------------------------------------------- places
@rule("list.bracketed", gate=Gate(mention=True))
def list_bracketed(first: Token, ctx: RuleContext) -> list[Found]:
    """An organization with the states it groups listed in brackets or between dashes
    after its name ("the ORG (A, B, C and D) said ...", "the ORG - A, B and C - said"):
    two or more states listed, each a member (the rule reads the first state listed, in
    apposition to the name or, after an acronym in brackets, coordinated with it)."""
    if first.dep_ not in ("appos", "conj") or first.i < first.head.i:
        return []
    org = ref(first.head)
    opener = first.doc[first.left_edge.i - 1] if first.left_edge.i > 0 else first
    if org is None or org.kind != "Organization" or opener.text not in PARENTHESIS_OPENERS:
        return []
    before = opener.i
    if before > 0 and first.doc[before - 1].text == ")" and opener.text != "(":
        # "the NAME (ACRONYM) - A, B and C -": step over the acronym
        before = next((t.i for t in first.doc[org.end:before] if t.text == "("), before)
    if org.end != before or (first.dep_ == "conj" and opener.text == "("):
        return []
    if is_negated(first.head) or is_hypothetical(first.head):
        return []
    members = [r for c in conjuncts(first) if (r := ref(c)) is not None and r.kind == "State"]
    members = list({m.key: m for m in members}.values())
    if len(members) < 2:
        return []
    return [Found(m, "memberOf", org, first.i, 0.75) for m in members]




@rule("list.known_as", gate=Gate(words=lambda ctx: ctx.lex.constructions.naming_verbs))
def list_known_as(tok: Token, ctx: RuleContext) -> list[Found]:
    """"A, B, C and D, known as the GROUP": the listed
    states are members of the grouping."""
    if tok.lemma_ not in ctx.lex.constructions.naming_verbs or tok.dep_ != "acl":
        return []
    groups = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "as"
              for o in p.children if (g := ref(o)) is not None and g.kind == "Organization"]
    if not groups:
        return []
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # the list "A, B and C, known as ..." starts at A
    members = [m for c in conjuncts(head) for m in target_refs(c)[0] if m.kind == "State"]
    if not members and head.dep_ == "pobj":
        members = [m for m in target_refs(head.head.head)[0] if m.kind == "State"]
    return [Found(m, "memberOf", g, tok.i, 0.75) for g in groups for m in members]


@rule("list.members", gate=Gate(words=lambda ctx: ctx.lex.constructions.list_heads
                                | ctx.lex.constructions.member_collectives
                                | ctx.lex.constructions.member_synonyms))
def list_members(noun: Token, ctx: RuleContext) -> list[Found]:
    """Members, partners or allies listed beside their owner."""
    cons = ctx.lex.constructions
    if noun.pos_ not in ("NOUN", "PROPN") and not (
            # "ORG's member states A and B": the parser may take "states" for a verb
            noun.lemma_.lower() in cons.member_collectives and noun.i > 0
            and noun.nbor(-1).lemma_.lower() in cons.list_heads):
        return _collective_verb(ctx, noun)
    return _lists(ctx, noun)


def _collective_verb(ctx: RuleContext, noun: Token) -> list[Found]:
    """"ORG states A and B restored ties": the parser may take the collective for a verb
    whose subject is the organization; the states listed right after it (two or more,
    the subjects of a verb other than "be": not "ORG states A and B are ...") are members."""
    if noun.pos_ != "VERB" or noun.lemma_.lower() not in ctx.lex.constructions.member_collectives:
        return []
    owner = ref(noun.doc[noun.i - 1]) if noun.i > 0 else None
    if owner is None or owner.kind != "Organization" or owner.end != noun.i:
        return []
    first = _next_mention(noun)
    if first is None or first.dep_ != "nsubj" or first.head.lemma_ == "be" or (
            is_negated(first.head) or is_hypothetical(first.head)):
        return []
    members = [r for c in conjuncts(first) if (r := ref(c)) is not None and r.kind == "State"]
    if len(members) < 2:
        return []
    return [Found(m, "memberOf", owner, noun.i, 0.7) for m in members]



@rule("list.chair", gate=Gate(words=lambda ctx: ctx.lex.constructions.chair_nouns))
def list_chair(noun: Token, ctx: RuleContext) -> list[Found]:
    """A state that chairs an organization or its council is a member of it ("X's
    chairmanship of ORG", "X's presidency of the ORG Council", "X's ORG
    chairmanship", "X holds the rotating presidency of ORG")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.lex.constructions.chair_nouns:
        return []
    if is_negated(noun) or is_hypothetical(noun):
        return []
    chairs = [r for c in noun.children if c.dep_ in ("poss", "amod", "compound")
              and (r := ref(c)) is not None and r.kind == "State"]
    if not chairs and noun.dep_ == "dobj" and (
            noun.head.lemma_.lower() in ctx.lex.modality.holding_verbs):
        if is_negated(noun.head) or is_hypothetical(noun.head):
            return []
        # "X holds the rotating presidency of ORG"
        chairs = [r for r in subject_refs(noun.head) if r.kind == "State"]
    if not chairs:
        chairs = _chair_holders(noun)
    bodies = [r for c in noun.children if c.dep_ in ("compound", "poss")
              and (r := ref(c)) is not None and r.kind in ("Organization", "Body")]
    bodies += [r for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "at")
               for o in p.children if o.dep_ == "pobj" and (r := ref(o)) is not None
               and r.kind in ("Organization", "Body")]
    return [Found(c, "memberOf", b, noun.i, 0.75) for c in chairs for b in bodies]


def _chair_holders(noun: Token) -> list[Ref]:
    """The states a chair noun describes: in apposition ("X, the current chair of ORG";
    "ORG's chair, X"), as a copula's subject ("X is the ORG chair") or as the subject of
    the clause an "as" phrase opens ("As ORG chair, X has ...")."""
    head = noun.head
    if noun.dep_ == "appos":
        found = [ref(head)]
    elif noun.dep_ == "attr" and head.lemma_ == "be" and not (
            is_negated(head) or is_hypothetical(head)):
        found = list(subject_refs(head))
    elif noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX") and (
            head.i < head.head.i):
        found = list(subject_refs(head.head))
    else:
        found = [ref(c) for a in noun.children if a.dep_ == "appos" for c in conjuncts(a)]
    if not found and noun.dep_ in ("nsubj", "nsubjpass"):
        # "X, this year's ORG chair, hosted ...": the parser may make the name a modifier
        # of the chair or of the verb, set off by a comma
        found = [ref(t) for t in (*noun.children, *head.children) if t.i < noun.i
                 and t.dep_ in ("npadvmod", "nsubj") and t.right_edge.i + 1 < noun.i
                 and noun.doc[t.right_edge.i + 1].text == ","]
    return [r for r in found if r is not None and r.kind == "State"]


@rule("list.grouping", gate=Gate(words=lambda ctx: ctx.lex.constructions.grouping_nouns))
def list_grouping(noun: Token, ctx: RuleContext) -> list[Found]:
    """An organization defined as a group of the states it lists is their grouping ("the
    G7 is a group of seven countries, A, B and C"; "ASEAN, a bloc of A and B")."""
    if noun.lemma_.lower() not in ctx.lex.constructions.grouping_nouns or ref(noun) is not None:
        return []
    if is_negated(noun) or is_hypothetical(noun):
        return []
    org = None
    if noun.dep_ == "attr" and noun.head.lemma_ in ctx.lex.constructions.copulas:
        org = next((r for r in subject_refs(noun.head) if r.kind == "Organization"), None)
    elif noun.dep_ == "appos":
        org = ref(noun.head)
    if org is None or org.kind != "Organization":
        return []
    listed: list[Token] = [c for c in noun.children if c.dep_ == "appos"]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            listed.append(pobj)
            listed.extend(c for c in pobj.children if c.dep_ == "appos")
            # "a bloc of N countries including A and B"
            listed.extend(o for c in pobj.children if is_list_prep(c)
                          for o in c.children if o.dep_ == "pobj")
    members = [r for t in listed for c in conjuncts(t) if (r := ref(c)) is not None
               and r.kind == "State"]
    members = list({m.key: m for m in members}.values())
    if len(members) < 2:
        return []
    return [Found(m, "memberOf", org, noun.i, 0.75) for m in members]


def _stated_verb_of(verb: Token, words: frozenset[str]) -> bool:
    """Whether ``verb`` is one of ``words``, alone or with its particle ("make up", "bring
    together"), and stated (neither negated nor hypothetical)."""
    lemma = verb.lemma_.lower()
    keys = {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod")}
    return bool(keys & words) and verb.pos_ in ("VERB", "AUX") and not (
        is_negated(verb) or is_hypothetical(verb))


@rule("list.comprises", gate=Gate(words=lambda ctx: ctx.lex.constructions.comprising_verbs))
def list_comprises(verb: Token, ctx: RuleContext) -> list[Found]:
    """An organization that includes or comprises the states it names ("the bloc, which
    includes A, B and C"; "ORG comprises A and B"; "ORG, made up of A and B"; "ORG, whose
    members include A and B")."""
    if not _stated_verb_of(verb, ctx.lex.constructions.comprising_verbs):
        return []
    cons = ctx.lex.constructions
    particles = [c for c in verb.children if c.dep_ == "prt"]
    # (or a council of states: "the Security Council, which includes A and B")
    orgs = [r for r in subject_refs(verb) if r.kind in ("Organization", "Body")]
    if verb.dep_ == "acl" and (r := ref(verb.head)) is not None and r.kind in (
            "Organization", "Body"):
        orgs.append(r)  # "the bloc, made up of A and B"
    grouping = verb.head
    if verb.dep_ in ("relcl", "acl") and grouping.dep_ == "appos" and (
            grouping.lemma_.lower() in cons.grouping_nouns) and ref(grouping) is None and (
            (r := ref(grouping.head)) is not None and r.kind == "Organization"):
        orgs.append(r)  # "ORG, a security bloc that includes A and B"
    # "ORG's members include A", "ORG, whose partners include A": the owner of the list
    relation = "memberOf"
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and (
            c.lemma_.lower() in cons.list_heads or (
                # "ORG, whose member states include A"
                c.lemma_.lower() in cons.member_collectives and any(
                    q.dep_ == "compound" and q.lemma_.lower() in cons.member_heads
                    for q in c.children)))):
        for poss in (c for c in subj.children if c.dep_ == "poss"):
            if poss.tag_ == "WP$" and verb.dep_ == "relcl":
                poss = verb.head
            if (r := ref(poss)) is not None and r.kind == "Organization":
                orgs.append(r)
                if subj.lemma_.lower() in ctx.lex.constructions.partner_heads:
                    relation = "partnerOf"
        # "the members of ORG include A and B"; "the members of the ORG Council include A";
        # "observers to ORG include A"
        for r in _of_refs(subj, ("of", "to", "in")):
            if r.kind == "Organization" or (r.kind == "Body" and subj.lemma_.lower() in
                                            ctx.lex.constructions.member_heads):
                orgs.append(r)
                if subj.lemma_.lower() in ctx.lex.constructions.partner_heads:
                    relation = "partnerOf"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [p for c in [verb, *particles] for prep in c.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children if p.dep_ == "pobj"]  # "consists of", "made up of"
    members = [r for o in objects for c in conjuncts(o) if (r := ref(c)) is not None
               and r.kind == "State"]
    return [Found(m, relation, org, verb.i, 0.75) for org in orgs for m in members]


@rule("list.constitute", gate=Gate(words=lambda ctx: ctx.lex.constructions.constituting_verbs))
def list_constitute(verb: Token, ctx: RuleContext) -> list[Found]:
    """States that make up an organization, named as the subject ("A, B and C make up the
    GROUP bloc"; "A and B form ORG"): each is a member."""
    if not _stated_verb_of(verb, ctx.lex.constructions.constituting_verbs):
        return []
    orgs = [r for o in verb.children if o.dep_ == "dobj"
            if (r := ref(o) or _grouping(ctx, o)) is not None and r.kind == "Organization"]
    members = [r for s in verb.children if s.dep_ == "nsubj" for c in conjuncts(s)
               if (r := ref(c)) is not None and r.kind == "State"]
    return [Found(m, "memberOf", org, verb.i, 0.75) for org in orgs for m in members]


@rule("list.membership", gate=Gate(words=lambda ctx: ctx.lex.constructions.membership_nouns
                                    | ctx.lex.constructions.accession_nouns))
def list_membership(noun: Token, ctx: RuleContext) -> list[Found]:
    """A membership the text gives as held ("X's membership in ORG", "X's ORG
    membership"), not one sought, offered, opposed or awaited ("X's bid for membership in
    ORG", "X's future membership", "opposes X's NATO membership")."""
    cons = ctx.lex.constructions
    if noun.pos_ != "NOUN" or is_negated(noun) or is_hypothetical(noun):
        return []
    if noun.lemma_.lower() in cons.accession_nouns:
        # "X's accession to ORG was completed", "X completed its accession to ORG"
        # ("since X's accession to ORG", "after X's accession to ORG": one past)
        past = noun.dep_ == "pobj" and noun.head.lower_ in cons.completed_preps
        if not past and (noun.dep_ not in ("dobj", "nsubjpass") or (
                noun.head.lemma_.lower() not in cons.completing_verbs
                or is_negated(noun.head) or is_hypothetical(noun.head))):
            return []
    elif noun.lemma_.lower() not in cons.membership_nouns:
        return []
    near = [*noun.children, noun.head, noun.head.head, *(
        c for c in noun.head.children if c.i < noun.i)]
    if any(w.lemma_.lower() in cons.awaited_membership or w.lower_ in cons.awaited_membership
           for w in near):
        return []
    # the membership a verb or noun of ending takes as its patient (not one that itself
    # ends something: "X's membership ended decades of neutrality")
    enders = [*noun.children] + ([noun.head] if noun.dep_ in ("dobj", "nsubjpass") else []) + (
        [noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else [])
    if any(w.lemma_.lower() in cons.ended_membership or w.lower_ in cons.ended_membership
           for w in enders):
        return []  # "X's membership of ORG was suspended", "the suspension of X's membership"
    if noun.head.pos_ in ("VERB", "AUX") and (is_negated(noun.head) or is_hypothetical(noun.head)):
        return []
    members = [r for c in noun.children if c.dep_ == "poss"
               if (r := ref(c)) is not None and r.kind in ("State", "Organization")]
    orgs = [r for c in noun.children if c.dep_ in ("compound", "nmod")
            if (r := ref(c)) is not None and r.kind == "Organization"]
    orgs += [r for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "to")
             for o in p.children if o.dep_ == "pobj"
             if (r := ref(o) or _grouping(ctx, o)) is not None and r.kind == "Organization"]
    return [Found(m, "memberOf", org, noun.i, 0.75) for org in orgs for m in members
            if m.key != org.key]
