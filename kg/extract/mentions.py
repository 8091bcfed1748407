"""Find the actors a document names and resolve each mention to one actor.

The ``kg_mentions`` component turns spaCy's entities (plus the gazetteer's
entity ruler) into :class:`Ref` records with a canonical key and an ontology
kind, and resolves references: a surname to the full name seen before it,
"he"/"she" to the last person, "its" to the last state or organization,
"the alliance"/"the bloc" to the last organization, "the summit" to the last
event. It also mints the nodes that are not named entities: offices ("NATO
liaison office in Tokyo"), initiatives ("Asia-Pacific NATO") and summits.
"""

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import NAMES as _POS_NAMES
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import lexicon
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.officeholders import Officeholders, Person, fold_name, load_officeholders

__all__ = ["DASHES", "ActorInfo", "MentionResolver", "Ref", "StringMemo", "make_mentions",
           "title_chain_head"]

DASHES = ("-", "--", "\u2013", "\u2014")  # the dashes of running text

NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10}
QUOTES = {"“", "”", '"', "‘", "’", "«", "»"}


@dataclass(frozen=True, slots=True)
class Ref:
    """A mention resolved to an actor.

    Attributes:
        key: canonical name of the actor.
        kind: ontology class local name.
        start: index of the first token.
        end: index past the last token.
        text: the surface form.
        how: "name", "demonym", "metonym", "alias", "coref", "minted", or "title" (an
            office named for its holder: "the President of Russia").
    """

    key: str
    kind: str
    start: int
    end: int
    text: str
    how: str = "name"

    def as_place(self) -> "Ref":
        """The same words read as the place they name: a capital that stands for its
        state, where the text means the city ("missiles hit CAPITAL", "flew to
        CAPITAL")."""
        return Ref(self.text, "Place", self.start, self.end, self.text, "name")


@dataclass(slots=True)
class ActorInfo:
    """What a document tells about one actor: its kind, names and links."""

    kind: str
    labels: list[str] = field(default_factory=list)
    wikidata: str | None = None
    part_of: str | None = None


def _title_heads() -> frozenset[str]:
    return lexicon().titles.heads


_OPENING_QUOTES, _CLOSING_QUOTES = ("“", '"', "‘"), ("”", '"', "’")


@dataclass
class StringMemo:
    """The strings of a vocabulary's hashes, as read and in lower case, looked up once."""

    strings: StringStore
    texts: dict[int, str] = field(default_factory=dict)
    lowers: dict[int, str] = field(default_factory=dict)

    LIMIT: ClassVar[int] = 100_000  # past this many, start afresh (memory stays flat)

    @classmethod
    def of(cls, doc: Doc) -> "StringMemo":
        words = _WORDS.get(id(doc.vocab))
        if words is None or words.strings is not doc.vocab.strings:
            words = _WORDS[id(doc.vocab)] = cls(doc.vocab.strings)
        if len(words.texts) + len(words.lowers) > cls.LIMIT:
            words.texts.clear()
            words.lowers.clear()
        return words

    def text(self, key: int) -> str:
        found = self.texts.get(key)
        if found is None:
            found = self.texts[key] = self.strings[key]
        return found

    def lower(self, key: int) -> str:
        found = self.lowers.get(key)
        if found is None:
            found = self.lowers[key] = self.strings[key].lower()
        return found


_WORDS: dict[int, StringMemo] = {}  # id of a vocabulary -> its strings looked up
POS_NAMES = {int(k): v for k, v in _POS_NAMES.items()}  # part-of-speech id -> name


@functools.cache
def _w(name: str) -> frozenset[str]:
    """A word list of the ``[mentions]`` lexicon (kg/lexicons/triggers.toml)."""
    words: frozenset[str] = getattr(lexicon().mentions, name)
    return words


def _stance_prefixes() -> frozenset[str]:
    """The prefixes of a stance: the "pro" of "pro-X", the "anti" of "anti-X"."""
    cons = lexicon().constructions
    return cons.against_prefixes | cons.for_prefixes


def prefixed(tok: Token, prefixes: frozenset[str]) -> bool:
    """Whether ``tok`` follows one of ``prefixes`` and a hyphen: the "X" of "anti-X"."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text in ("-", "\u2010", "\u2011") and (
        doc[tok.i - 2].lower_ in prefixes)


def stance_prefixed(tok: Token) -> bool:
    """Whether ``tok`` follows a prefix of stance and a hyphen: the "X" of "anti-X" or
    "pro-X" (an "anti-X militant" is not X's)."""
    return prefixed(tok, _stance_prefixes())


def _table(name: str) -> Mapping[str, tuple[str, ...]]:
    """A table of the ``[mentions]`` lexicon: word -> names."""
    table: Mapping[str, tuple[str, ...]] = getattr(lexicon().mentions, name)
    return table


@functools.cache
def _agent_verbs() -> frozenset[str]:
    """Verbs whose subject is someone who acts or speaks: of saying (``[reporting]``) and
    of the relations an actor states or makes (criticizes, urges, meets ...)."""
    lex = lexicon()
    words = set(lex.reporting.verbs)
    for rel in ("criticizes", "opposes", "supports", "urges", "proposes", "metWith",
                "visited", "cooperatesWith", "sanctions"):
        triggers = lex.relations.get(rel)
        if triggers is not None:
            words |= triggers.verbs | set(triggers.verb_preps)
    return frozenset(words)


@functools.cache
def _addressed_verbs() -> frozenset[str]:
    """Verbs whose object is someone met, told or pressed: "met NAME", "urged NAME"."""
    lex = lexicon()
    words = set(lex.reporting.addressee_verbs)
    for rel in ("metWith", "urges"):
        triggers = lex.relations.get(rel)
        if triggers is not None:
            words |= triggers.verbs
    return frozenset(words)


@functools.cache
def _with_heads() -> frozenset[str]:
    """Verbs and nouns of meeting after which "with NAME" is whom one met ("talks with")."""
    lex = lexicon()
    words = set(lex.constructions.meeting_nouns)
    triggers = lex.relations.get("metWith")
    if triggers is not None:
        words |= {w for table in (triggers.verb_preps, triggers.nouns)
                  for w, preps in table.items() if "with" in preps}
    return frozenset(words)


@functools.cache
def _travel_verbs() -> frozenset[str]:
    """Verbs of travel and attack after which "to"/"in" names a place ("flew to NAME")."""
    lex = lexicon().relations
    words: set[str] = set()
    for rel in ("visited", "attacks"):
        triggers = lex.get(rel)
        if triggers is not None:
            words |= set(triggers.verb_preps) | triggers.verbs
    return frozenset(words)


def _acronym_of(word: str, name: str) -> bool:
    """Whether ``word`` is an acronym (two to eight letters, capitals first) of ``name``:
    its capitals are initials of the name's capitalized words, in order, the small words
    ("of", "and") left out and lower-case letters allowed between ("AfCFTA" of "African
    Continental Free Trade Area").

    Examples:
        >>> _acronym_of("KCTU", "Korean Confederation of Trade Unions")
        True
        >>> _acronym_of("ATF", "Bureau of Alcohol, Tobacco, Firearms and Explosives")
        True
        >>> _acronym_of("NYT", "Korean Confederation of Trade Unions")
        False
    """
    if not 2 <= len(word) <= 8 or not word.isalpha() or not word[0].isupper():
        return False
    caps = [c for c in word if c.isupper()]
    if len(caps) < 2:
        return False
    initials = [w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper()]
    if len(initials) < 2 or caps[0] != initials[0] and caps[0] not in initials[:2]:
        return False
    k = 0
    for c in caps:
        while k < len(initials) and initials[k] != c:
            k += 1
        if k == len(initials):
            return False
        k += 1
    return True


@functools.cache
def _not_state_named() -> frozenset[str]:
    """Heads of a name that starts with a state's name and is no body ("the Iran talks")."""
    return (_w("honorifics") | _w("office_nouns") | _w("event_nouns")
            | _w("initiative_heads") | _w("coref_org_nouns"))


@functools.cache
def _reference_words() -> frozenset[str]:
    """Nouns that refer back to an actor ("the Alliance", "the summit")."""
    return _w("coref_org_nouns") | _w("coref_event_nouns") | frozenset(_table("reference_nouns"))


@functools.cache
def _given_names() -> frozenset[str]:
    """Given names (``kg/data/given_names.txt``, built by scripts/build_given_names.py)."""
    path = Path(__file__).resolve().parent.parent / "data" / "given_names.txt"
    with open(path, encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))


@functools.cache
def _cities() -> frozenset[str]:
    """Names of the world's larger cities (``kg/data/cities.tsv``, GeoNames, built by
    scripts/build_cities.py)."""
    path = Path(__file__).resolve().parent.parent / "data" / "cities.tsv"
    with open(path, encoding="utf-8") as fh:
        return frozenset(line.split("\t", 1)[0] for line in fh
                         if line.strip() and not line.startswith("#"))


@functools.cache
def _given_name_sexes() -> dict[str, str]:
    """Given names borne mostly by one sex, "m" or "f" (``kg/data/given_name_sex.txt``,
    built by scripts/build_given_names.py)."""
    path = Path(__file__).resolve().parent.parent / "data" / "given_name_sex.txt"
    with open(path, encoding="utf-8") as fh:
        rows = (line.split() for line in fh if line.strip() and not line.startswith("#"))
        return {name: sex for name, sex in rows}


@functools.lru_cache(maxsize=1 << 16)  # the same names recur in every article
def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip()


def _same_name(words: list[str], parts: list[str]) -> bool:
    """Whether two folded names of two words or more name one person: the same words
    in another order ("Hayashi Yoshimasa", "Yoshimasa Hayashi"), or with initials for
    given names ("S. Jaishankar", "G. W. Bush" for "George W. Bush").

    Examples:
        >>> _same_name(["hayashi", "yoshimasa"], ["yoshimasa", "hayashi"])
        True
        >>> _same_name(["g.", "w.", "bush"], ["george", "w.", "bush"])
        True
        >>> _same_name(["hunter", "biden"], ["joe", "biden"])
        False
    """
    if sorted(words) == sorted(parts):
        return True
    if len(words) != len(parts) or words[-1] != parts[-1]:
        return False
    return all(w == p or (w.endswith(".") and len(w) == 2 and p.startswith(w[0]))
               for w, p in zip(words[:-1], parts[:-1], strict=True))


def _strip_the(text: str) -> str:
    return re.sub(r"^(the|The)\s+", "", text)


class MentionResolver:
    """The ``kg_mentions`` pipeline component."""

    def __init__(self, name: str, gazetteer: Gazetteer,
                 officeholders: Officeholders | None = None) -> None:
        self.name = name
        self.gazetteer = gazetteer
        self.officeholders = officeholders

    # ------------------------------------------------------------ entry point
    def __call__(self, doc: Doc) -> Doc:
        state = _DocState(doc, self.gazetteer, self.officeholders)
        state.add_titled_surnames()
        for ent in doc.ents:
            state.add_entity(ent)
        state.add_names_after_state_titles()
        state.add_names_after_title_chains()
        state.add_group_names()
        state.add_acronyms()
        state.add_surnames()
        state.add_short_names()
        state.add_prefixed_names()
        state.add_minted()
        state.drop_fighters_demonyms()
        state.drop_region_demonyms()
        state.add_untagged_places()
        state.add_led_groups()
        state.add_titles()
        state.merge_surnames()
        state.add_coreferences()
        state.finish()
        return doc


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def title_chain_head(doc: Doc, of: int, mention_at: Callable[[int], "Ref | None"]
                     ) -> Token | None:
    """The head of the title whose chain of "of" phrases reaches the "of" at ``of``:
    "Minister of Foreign Affairs of ...", "Deputy Head of the Office of the President
    of ...", "Speaker of the NAME of ..." (over capitalized words, mentions other than
    persons' (``mention_at`` gives the mention at a token), and the chain's small words,
    ``titles.title_chain_words``); None where the words before it are no such chain."""
    lex = lexicon().titles
    i = of - 1
    while i >= 0 and of - i < 16:
        tok = doc[i]
        if tok.lemma_.lower() in lex.heads or tok.lower_ in lex.heads:
            return tok
        r = mention_at(i)
        if r is not None and r.kind != "Person":
            i = r.start - 1
            continue
        if r is None and (tok.lower_ in lex.title_chain_words or (
                tok.is_alpha and tok.text[:1].isupper())):
            i -= 1
            continue
        return None
    return None


class _DocState:
    """Per-document resolution state: the refs found so far and the actors."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer,
                 officeholders: Officeholders | None = None) -> None:
        self.doc = doc
        self.gaz = gazetteer
        self.table = officeholders
        self.date = doc._.kg_date
        self.refs: list[Ref] = []
        self.tok: dict[int, Ref] = {}
        self.actors: dict[str, ActorInfo] = {}
        self.persons: list[str] = []
        self.person_keys: dict[str, str] = {}  # a full name as written -> the person's key
        self.title_owners: dict[int, Ref] = {}  # an office's head token -> its state
        self.offices: dict[str, str] = {}
        self.groups: dict[int, list[Ref]] = {}
        self.sex: dict[str, str] = {}  # a person's key -> "m" or "f", as the text tells
        # each token's lower-case form, lower-case lemma and part of speech, read once: the
        # passes below look at a token only where these say it may matter
        rows = doc.to_array([LOWER, LEMMA, POS]).tolist() if len(doc) else []
        words = StringMemo.of(doc)
        self.lowers = [words.text(low) for low, _, _ in rows]
        self.lemmas = [words.lower(lemma) for _, lemma, _ in rows]
        self.pos = [POS_NAMES[p] for _, _, p in rows]
        # which forms, lemmas and parts of speech the document has, made on the first search
        self._present: list[frozenset[str] | None] = [None, None, None]

    def _candidates(self, *, lowers: Iterable[str] = (), lemmas: Iterable[str] = (),
                    pos: Iterable[str] = ()) -> Iterator[Token]:
        """The tokens, in order, whose lower-case form, lemma or part of speech is one of
        these and that no mention covers yet (checked as each is reached: a pass adds
        mentions as it goes)."""
        hits: set[int] = set()
        for column, words in enumerate((lowers, lemmas, pos)):
            if not words:
                continue
            values = (self.lowers, self.lemmas, self.pos)[column]
            present = self._present[column]
            if present is None:
                present = self._present[column] = frozenset(values)
            wanted = present.intersection(words)
            if wanted:  # (most passes find none of their words, and read no token)
                hits.update(i for i, w in enumerate(values) if w in wanted)
        doc = self.doc
        for i in sorted(hits):
            if i not in self.tok:
                yield doc[i]

    # --------------------------------------------------------------- helpers
    def _add(self, ref: Ref, *, label: str | None = None, wikidata: str | None = None,
             part_of: str | None = None, overwrite: bool = False) -> None:
        if any(i in self.tok for i in range(ref.start, ref.end)) and not overwrite:
            return
        self.refs.append(ref)
        for i in range(ref.start, ref.end):
            self.tok[i] = ref
        info = self.actors.setdefault(ref.key, ActorInfo(kind=ref.kind))
        if ref.how in ("name", "alias", "minted", "metonym") or label:
            raw = _norm(label or ref.text)
            # "The Hague" keeps its article; "the Kremlin" is also known as "Kremlin".
            forms = [_strip_the(raw)] + ([raw] if raw.startswith("The ") else [])
            for surface in forms:
                if surface and surface not in info.labels:
                    info.labels.append(surface)
        if wikidata:
            info.wikidata = wikidata
        if part_of:
            info.part_of = part_of

    def _gaz(self, text: str) -> tuple[str, str, str | None, str, str | None] | None:
        """Return (key, kind, wikidata, how, part_of) for a gazetteer name."""
        found = self.gaz.find(_norm(text))
        if found is None:
            return None
        actor, how = found
        return actor.key, actor.kind, actor.wikidata, how, actor.part_of

    # -------------------------------------------------------------- entities
    def add_entity(self, ent: Span) -> None:
        doc = self.doc
        label = ent.label_
        if label in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
                     "LANGUAGE"):
            return
        # Trim a leading determiner and trailing possessive / punctuation.
        start, end = ent.start, ent.end
        while start < end and (doc[start].lower_ in ("a", "an") or doc[start].is_punct or (
                doc[start].lower_ == "the" and not (doc[start].text == "The"
                                                    and not doc[start].is_sent_start))):
            start += 1  # but "in The Hague" keeps its article
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                               or doc[end - 1].text in ("'s", "’s")
                               or doc[end - 1].pos_ in ("ADP", "CCONJ", "DET")):
            end -= 1  # and a dangling word: "the Government [of]", "Democratic Rally [in]"
        if label == "ORG" and (bracket := next((i for i in range(start + 1, end)
                                                if doc[i].text == "("), None)) is not None:
            end = bracket  # "NAME (ACRONYM" read as one name: the acronym is read apart
        if start >= end:
            return
        if all(doc[i].lower_ in _stance_prefixes() for i in range(start, end)):
            return  # "pro-" of "the pro-X party", tagged apart: a prefix, not a name
        if end - start > 2 and stance_prefixed(doc[start + 2]):
            start += 2  # "Anti-X" tagged as one name: X is the name
            if label == "ORG" and doc[start:end].root.dep_ in ("amod", "npadvmod"):
                return  # (an unknown "anti-X" modifier is no body: "anti-X rebels")
        if label == "ORG":  # "the [Justice and] Equality Movement": a name the NER cut short
            after = end + 2  # the end of the name after "and", if one follows
            while after < len(doc) and doc[after].ent_iob_ == "I":
                after += 1
            if end + 1 < len(doc) and doc[end + 1].ent_iob_ == "B" and (
                    self._coordinated_name_start(end + 1, after) == start):
                return  # "Justice" of it, tagged apart: part of the longer name
            start = self._coordinated_name_start(start, end)
        span = doc[start:end]
        text = span.text
        head_lower = span.root.lower_
        titles = lexicon().titles
        if label == "ORG" and self._gaz(text) is None and (
                span.root.lemma_.lower() in titles.agents - _w("common_body_nouns")
                or (text.lower() in titles.words
                    and span.root.lower_ not in _w("body_name_heads"))):
            # "the Government of STATE" is STATE; "Press" of "Press Secretary", "Co-Chair"
            return

        # Demonym + body: "Chinese" + "Foreign Ministry" -> one body.
        if label == "ORG" and start > 0 and doc[start - 1].ent_type_ == "NORP":
            norp = self._gaz(doc[start - 1].text)
            if norp and norp[3] == "demonym" and self._gaz(text) is None:
                full = doc[start - 1:end]
                self._body(full, part_of=norp[0])
                return

        if label == "ORG" and text.islower() and span.root.lemma_ in _w("common_body_nouns"):
            return  # "Vietnam's foreign ministry": named like the state's own, later
        if len(span) == 1 and span.root.lemma_.lower() in _reference_words():
            return  # "the Alliance": a reference, resolved with the other references
        if label == "ORG" and len(span) == 1 and start > 0 and doc[start - 1].lower_ == "of" and (
                start > 1 and doc[start - 2].lower_ in _w("honorifics")):
            return  # "Secretary of State": part of a title
        if label in ("GPE", "LOC") and len(span) == 1 and self._given_name_before(span):
            self._person(doc[start - 1:end])  # "GIVEN CITY": a surname, not the city
            return
        if label in ("GPE", "LOC") and end < len(doc) and (
                self._named_place(doc[start:end + 1]) and doc[end].pos_ == "PROPN"
                and span.root.dep_ == "compound" and span.root.head.i == end):
            end += 1  # "[NAME] City", "[NAME] District": the tagger's place stops short
            span = doc[start:end]
            text = span.text
        found = self._gaz(text)
        if found is None and label == "ORG" and (cut := self._titled_name_after(span)):
            # "the secretary general of the NAME National Union GIVEN SURNAME" read as one
            # name: the group, and the person its title names
            self.add_entity(Span(doc, start, cut, label=label))
            self._person(self._whole_name(Span(doc, cut, end, label="PERSON")))
            return
        if found is None and label in ("ORG", "FAC") and (cut := self._placed_in(span)):
            # "NAME Medical Center in CITY" read as one name: a body, and the place it is in
            self.add_entity(Span(doc, start, cut, label=label))
            self.add_entity(Span(doc, cut + 1, end, label="GPE"))
            return
        if found is None and label in ("ORG", "FAC", "GPE", "LOC", "PERSON") and (
                stop := self._facility_end(span)) is not None:
            # "the NAME prison", "the NAME refugee camp": the name and its noun are a place
            # ("the NAME hospital": a body)
            whole = doc[start:stop]
            if doc[stop - 1].lemma_.lower() in _w("facility_body_nouns"):
                self._body(whole)
            else:
                self._add(Ref(_norm(whole.text), "Place", start, stop, whole.text, "name"))
            return
        if found is None and label in ("ORG", "FAC", "PERSON") and (
                self._named_by_place_noun(span.root) or self._described_place(span)) and (
                span.text[:1].isupper() and self._person_alias(text) is None):
            # "the DEMONYM town of NAME", "the port city of NAME", "NAME is a town in
            # STATE": the name is the place's
            cut = next((t.i for t in span[1:-1] if t.lower_ == "in" and t.dep_ == "prep"
                        and t.head.i < t.i and all(w.text[:1].isupper()
                                                   for w in doc[t.i + 1:span.end])), None)
            if cut is not None:
                # "the city of NAME in REGION" read as one name: the place, and the region
                # it is in
                self.add_entity(Span(doc, start, cut, label=label))
                self.add_entity(Span(doc, cut + 1, end, label="GPE"))
                return
            span = self._place_name(span)
            self._add(Ref(span.text, "Place", span.start, span.end, span.text, "name"))
            return
        if found is None and label in ("ORG", "GPE", "LOC") and len(span) == 1 and (
                span.text.istitle() and self._person_alias(text) is None
                and self._dated_holder(text) is not None):
            self._person(span)  # "SURNAME", tagged ORG: one in office on the article's date
            return
        if found is None and label in ("ORG", "FAC", "WORK_OF_ART") and self._looks_personal(span):
            self._person(self._whole_name(span))  # "GIVEN SURNAME", tagged ORG
            return
        if found is None and label == "NORP":
            found = self._gaz(re.sub(r"s$", "", text)) or self._ambiguous(text)
        elif found is None and label == "GPE" and len(span) == 1:
            found = self._ambiguous(text, "name")  # "Congo" after "the Republic of Congo"
        person_ok = found is not None and found[3] == "name" and found[1] != "Place"
        if found is not None and (label != "PERSON" or person_ok):
            key, kind, wd, how, part_of = found
            if how == "demonym" and span.root.dep_ == "compound" and span.root.head.ent_type_:
                return  # part of a longer name; handled with that name
            self._add(Ref(key, kind, start, end, text, how), wikidata=wd, part_of=part_of,
                      label=text if how == "name" else None)
            return

        if found is None and label in ("ORG", "FAC", "PERSON", "PRODUCT") and self._city(span):
            self._add(Ref(_strip_the(text), "Place", start, end, text, "name"))
            return  # a city the tagger took for a body or a person
        if found is None and label in ("PERSON", "ORG", "GPE", "FAC") and (
                body := self._short_name(span)) is not None:
            self._add(Ref(body.key, body.kind, start, end, text, "alias"))
            return  # "ORG" after "ORG Air", "ORG" after "ORG Holdings"
        if label in ("GPE", "LOC", "NORP", "FAC") and found is None and self._person_alias(text):
            self._person(span)  # "Borrell" after "Josep Borrell", tagged as a place
            return
        titled = label == "ORG" and (any(
            c.dep_ == "appos" and c.lemma_.lower() in _title_heads() for c in span.root.children)
            or (start > 0 and doc[start - 1].lower_ in _title_heads()))  # "adviser Celso Amorim"
        if found is None and label in ("PERSON", "GPE", "LOC") and len(span) > 1 and (
                doc[end - 1].lower_ in _w("initiative_heads") and doc[end - 1].text[:1].isupper()):
            # "the Abraham Accords", "the Lobito Corridor", tagged a person or a place
            self._add(Ref(_norm(text), "Initiative", start, end, text, "name"))
            return
        if label == "PERSON" and found is None and self._in_place_slot(span):
            self._add(Ref(text, "Place", start, end, text, "name"))
            return  # "shelled NAME", "villages near NAME", "flew to NAME": a place
        if label == "PERSON" and found is None and len(span) > 1 and (
                doc[end - 1].text.istitle() and doc[end - 1].lower_ in _w("body_name_heads")
                | _w("portfolio_heads")):
            self._body(span)  # "NAME Hospital", "NAME Medical Center", tagged a person
            return
        if label == "PERSON" and found is None and self._named_place(span):
            span = self._place_name(span)
            self._add(Ref(span.text, "Place", span.start, span.end, span.text, "name"))
            return  # "NAME City", "the NAME province", "NAME is a port", tagged a person
        if label == "PERSON" and found is None and self._described_body(span):
            self._body(span)  # "mining company NAME", tagged a person: the company
            return
        if label == "PERSON" and found is None and len(span) > 1 and (
                self._described_acronym(span)):
            # "financial services company ACRONYM GIVEN SURNAME" read as one name: the
            # company, and its officer's name
            self._body(span[:1])
            self._person(self._whole_name(span[1:]))
            return
        if label == "PERSON" or titled or (label == "ORG" and self._person_alias(text)):
            self._person(self._whole_name(span))
            return
        if label == "NORP" and found is None and text.istitle() and not self._before_body_noun(
                span) and (
                span.root.dep_ in ("compound", "amod", "nmod")
                and span.root.head.lower_ in titles.words
                and span.root.head.lemma_.lower() in titles.heads):
            self._body(span)  # "the Labour MP", "the Conservatives defence spokesman": a party
            return
        if label == "NORP" and found is None and len(span) == 1 and text.istitle() and (
                span.root.dep_ in ("compound", "amod") and span.root.head.i == end
                and span.root.head.lower_ in _w("people_force_heads")):
            # "Hmong forces", "Tuareg fighters": a people's armed group, not a state's
            self._add(Ref(_norm(doc[start:end + 1].text), "Organization", start, end + 1,
                          doc[start:end + 1].text, "name"))
            return
        if label == "NORP":
            return
        if label in ("GPE", "LOC") and found is None and self._acts_as_person(span):
            self._person(span)  # "Speaking in CITY, SURNAME criticized ...": the speaker
            return
        if label in ("GPE", "LOC"):
            self._add(Ref(_strip_the(text), "Place", start, end, text, "name"))
            return
        if label == "EVENT":
            if head_lower in _w("event_nouns") or doc[end - 1].lower_ in _w("event_nouns"):
                self._add(Ref(_norm(text), "Event", start, end, text, "name"))
            return
        if re.search(r"\bPhotos?\b|/|\bGetty\b", text):
            return  # a picture credit ("AP Photo/Matt Rourke"), not an actor
        if label in ("ORG", "FAC") and found is None and self._state_follows(span):
            # "in NAME, (north) STATE", a dateline's "NAME, STATE —": a place in the state
            self._add(Ref(_norm(text.title() if text.isupper() else text), "Place", start, end,
                          text, "name"))
            return
        if label in ("ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"):
            last = doc[end - 1].lower_
            if last in _w("office_nouns"):
                self._add(Ref(_norm(text), "Office", start, end, text, "name"))
            elif last in _w("event_nouns"):
                self._add(Ref(_norm(text), "Event", start, end, text, "name"))
            elif last in _w("initiative_heads") or label == "LAW" or (
                    span.root.lower_ in _w("initiative_heads") and span.root.text[:1].isupper()
                    and span.root.i < end - 1):  # "the Treaty on the Non-Proliferation of ..."
                self._add(Ref(_norm(text), "Initiative", start, end, text, "name"))
            elif label == "ORG" and span.root.dep_ == "pobj" and span.root.head.lower_ in (
                    "in", "at") and len(span) == 1 and not span.text.isupper():
                self._add(Ref(text, "Place", start, end, text, "name"))
            elif label == "ORG" and len(span) == 1 and not span.text.isupper() and (
                    self._named_by_place_noun(span.root)):
                self._add(Ref(text, "Place", start, end, text, "name"))  # "the island NAME"
            elif label in ("ORG", "FAC") and len(span) > 1 and self._named_place(span):
                self._add(Ref(_strip_the(text), "Place", start, end, text, "name"))
            elif label in ("ORG", "FAC") and span.root.lemma_.lower() not in _w("agent_nouns"):
                self._body(span)

    def _described_acronym(self, span: Span) -> bool:
        """Whether a person's name the NER read starts with an acronym that a noun of a
        body describes: "the head of mining company ACRONYM GIVEN SURNAME"."""
        first = span[0]
        return span.start > 0 and first.is_alpha and first.is_upper and len(first) > 1 and (
            self.doc[span.start - 1].is_lower
            and self.doc[span.start - 1].lemma_.lower() in lexicon().mentions.body_descriptors
            and span[1].text[:1].isupper() and not span[1].is_upper)

    def _before_body_noun(self, span: Span) -> bool:
        """Whether a name stands right before a state's body written in lower case ("a CITY
        police officer"): the body is the city's, named with it."""
        end = span.end
        return end < len(self.doc) and self.doc[end].is_lower and (
            self.doc[end].lemma_.lower() in _w("common_body_nouns"))

    def _titled_name_after(self, span: Span) -> int | None:
        """Where a person's name starts inside an organization-tagged span that is the
        object of "of" on a title: after a word that ends a body's or group's name, two or
        three capitalized words ("head of the NAME Union GIVEN SURNAME said")."""
        heads = _w("group_name_heads") | _w("body_name_heads")
        for t in span[1:-2]:
            rest = self.doc[t.i + 1:span.end]
            if t.lower_ in heads and t.text[:1].isupper() and 2 <= len(rest) <= 3 and (
                    t.dep_ == "pobj" and t.head.lower_ == "of"
                    and t.head.head.lemma_.lower() in lexicon().titles.heads) and all(
                    w.text.istitle() and w.is_alpha and w.lower_ not in heads
                    and w.lower_ not in lexicon().titles.words
                    and self._gaz(w.text) is None for w in rest):
                return t.i + 1
        return None

    def _coordinated_name_start(self, start: int, end: int) -> int:
        """Where an organization's name starts whose first words the NER left out: a
        capitalized word and "and" before it, the word a modifier inside the name ("the
        Justice and Equality Movement", "the Peace and Development Council" of an armed
        movement or party). A word that names an entity itself ("Russia and the EU
        Council") is no part of it."""
        doc = self.doc
        if start < 2 or doc[start - 1].lower_ != "and":
            return start
        first = doc[start - 2]
        if first.ent_type_ not in ("", "ORG") or first.ent_iob_ == "I" or (
                not first.text[:1].isupper()) or first.is_sent_start or not (
                start <= first.head.i < end) or first.dep_ not in ("nmod", "compound", "amod"):
            return start
        if doc[start].ent_type_ != "ORG" and first.ent_type_:
            return start
        return start - 2

    def _short_name(self, span: Span) -> Ref | None:
        """The body or organization named before whose name is ``span``'s words and
        then only words that say what sort of body it is ("X Air", "X Holdings":
        the name words of ``[mentions] reference_nouns``), unless a person
        named before has that name."""
        words = [t.lower_ for t in span if not t.is_punct and t.tag_ != "POS"]
        if not words or len(words) > 2 or not span[0].text[:1].isupper():
            return None
        generic = {w for ws in _table("reference_nouns").values() for w in ws if w.islower()}
        for r in reversed(self.refs):
            if r.kind not in ("Body", "Organization") or r.how not in ("name", "minted"):
                continue
            full = _strip_the(_norm(r.text)).lower().split()
            n = len(words)
            if len(full) > n and full[:n] == words and all(w in generic for w in full[n:]):
                return None if self._person_alias(span.text) else r
        return None

    def _given_name_before(self, span: Span) -> bool:
        """Whether a one-word place follows a given name it is the surname of."""
        if span.start == 0:
            return False
        first = self.doc[span.start - 1]
        return (not first.ent_type_ and first.pos_ == "PROPN" and first.text.istitle()
                and first.lower_ in _given_names() and first.head.i == span.root.i
                and first.dep_ == "compound" and self._gaz(first.text) is None)

    def _known_surname(self, word: str) -> bool:
        """Whether an officeholder of the table has this surname (any date)."""
        return self.table is not None and bool(self.table.find_surname(word))

    def _placed_name(self, tok: Token) -> bool:
        """Whether a name stands where a place does: after "in"/"at"/"from"/"to", or
        before ", STATE" ("NAME, STATE")."""
        doc = self.doc
        if tok.dep_ == "pobj" or (tok.i > 0 and doc[tok.i - 1].lower_ in _w("locative_preps")):
            return True
        return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and (
            doc[tok.i + 2].ent_type_ in ("GPE", "LOC"))

    def _named_place(self, span: Span) -> bool:
        """Whether a name is a place's by its last word ("NAME City", "NAME Square"), by
        the noun of place it qualifies ("the NAME province") or by the noun of place that
        says what it is ("NAME is a port")."""
        doc = self.doc
        last = doc[span.end - 1]
        if len(span) > 1 and last.text.istitle() and last.lower_ in _w("place_name_heads"):
            return True
        root = span.root
        if root.ent_type_ == "FAC" and root.text.istitle() and (
                root.lower_ in lexicon().constructions.venue_nouns) and any(
                c.dep_ == "prep" and c.lower_ == "of" and c.i < span.end for c in root.children):
            return True  # a building named by its noun and an "of" phrase: "the Palace of NAME"
        nxt = doc[span.end] if span.end < len(doc) else None
        if self._described_place(span):
            return True  # "NAME is a port in REGION", "NAME is a town in STATE"
        return nxt is not None and nxt.lower_ in _w("place_name_heads") and (
            span.root.dep_ == "compound" and span.root.head.i == nxt.i)

    @staticmethod
    def _described_place(span: Span) -> bool:
        """Whether a name is the subject of "is a NOUN-OF-PLACE" ("NAME is a port")."""
        root = span.root
        return root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.pos_ == "NOUN"
            and c.lemma_.lower() in lexicon().constructions.place_nouns
            for c in root.head.children)

    def _place_name(self, span: Span) -> Span:
        """A place's name with the capitalised words before it that the tagger left out
        and the parser joins to it ("[Um] NAME")."""
        start = span.start
        while start > 0 and (w := self.doc[start - 1]).text.istitle() and w.is_alpha and (
                w.i not in self.tok and not w.ent_type_ and not w.is_stop) and (
                (w.pos_ == "PROPN" and w.dep_ == "compound" and w.head.i == span.root.i)
                or w.pos_ in ("INTJ", "X")):  # (the parser may read "Um", "Al" as words)
            start -= 1
        return self.doc[start:span.end]

    def _state_follows(self, span: Span) -> bool:
        """Whether a name is a place's by the state named after it and its comma (a word of
        compass may come between): "in NAME, north STATE" after a locative preposition, or
        a dateline's "NAME, STATE —" in capitals opening a sentence."""
        doc = self.doc
        i = span.end + 1
        if i >= len(doc) or doc[span.end].text != ",":
            return False
        if doc[i].lower_ in lexicon().constructions.compass_parts:
            i += 1
        stop = i
        while stop < len(doc) and doc[stop].ent_type_ == "GPE" and (
                stop == i or doc[stop].ent_iob_ == "I"):
            stop += 1
        state = self._gaz(doc[i:stop].text) if stop > i else None
        if state is None or state[1] != "State" or state[3] != "name":
            return False
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in _w("locative_preps"):
            return True
        return span.text.isupper() and len(span.text) > 2 and bool(span[0].is_sent_start) and (
            stop < len(doc) and doc[stop].text in ("—", "–", "-", "--", ":"))

    def _placed_in(self, span: Span) -> int | None:
        """The "in" inside a body's name that the tagger ran on into its place's
        ("NAME Hospital in CITY", "NAME Medical Center in CITY"): a name of two or more
        capitalised words ending in a body's head word, "in", and a capitalised name;
        or None."""
        doc = self.doc
        cut = next((t.i for t in span[2:-1] if t.lower_ == "in" and t.dep_ == "prep"), None)
        if cut is None or doc[cut - 1].lower_ not in _w("body_name_heads") | _w(
                "portfolio_heads") or any(
                not t.text[:1].isupper() for t in doc[span.start:cut]):
            return None
        after = [t for t in doc[cut + 1:span.end] if t.lower_ != "the"]
        if not after or not all(t.text[:1].isupper() for t in after) or (
                doc[cut].head.i != cut - 1):
            return None
        return cut

    def _facility_end(self, span: Span) -> int | None:
        """The end of a built place named by ``span`` and the lower-case noun of such a
        place that it qualifies ("[Abu Ghraib] prison", "[Jabaliya] refugee camp"): the
        token after the noun, or None (a name of a state, or one that is a person's
        named before, is no such place's)."""
        doc = self.doc
        root = span.root
        if root.dep_ != "compound":
            return None
        head = root.head
        facilities = _w("facility_place_nouns") | _w("facility_body_nouns")
        while head.dep_ == "compound" and head.is_lower and head.pos_ == "NOUN" and (
                head.lemma_.lower() not in facilities):
            head = head.head  # "NAME refugee camp"
        if head.i < span.end or head.pos_ != "NOUN" or (
                not head.is_lower or head.lemma_.lower() not in facilities):
            return None
        # only lower-case nouns between the name and its noun
        if any(not (t.is_lower and t.pos_ == "NOUN" and t.dep_ == "compound")
               for t in doc[span.end:head.i]):
            return None
        if self._person_alias(span.text) is not None or self._known_surname(span.text):
            return None
        return head.i + 1

    @staticmethod
    def _named_by_place_noun(tok: Token) -> bool:
        """Whether a name stands in apposition to a noun of place ("the island NAME") or
        after one and "of" ("the port city of NAME")."""
        place_nouns = lexicon().constructions.place_nouns
        head = tok.head
        before = tok.doc[tok.i - 1] if tok.i > 0 else tok
        return (tok.dep_ == "appos" and head.lemma_.lower() in place_nouns) or (
            before.i != tok.i and before.pos_ == "NOUN" and before.is_lower
            and before.lemma_.lower() in place_nouns) or (
            tok.dep_ == "pobj" and head.lower_ == "of" and (
                head.head.lemma_.lower() in place_nouns))

    def _acts_as_person(self, span: Span) -> bool:
        """Whether a one-word name tagged a place that the gazetteer does not know is a
        person's surname by what it does or by the officeholders table: the subject of a
        verb of saying or of a relation ("Speaking in CITY, SURNAME urged ..."), or the
        surname of a known officeholder; not a name after a preposition of place or
        before ", STATE"."""
        if len(span) != 1 or not span.text.istitle():
            return False
        tok = span.root
        if tok.pos_ != "PROPN" or self._placed_name(tok):
            return False
        if self._known_surname(tok.text):
            return True
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ == "with":
            verb = verb.head  # "talks with NAME", "met with NAME"
            return verb.lemma_.lower() in _with_heads()
        if tok.dep_ == "dobj" and verb.pos_ == "VERB":
            return verb.lemma_.lower() in _addressed_verbs()  # "met NAME", "urged NAME to"
        return tok.dep_ == "nsubj" and verb.pos_ == "VERB" and (
            verb.lemma_.lower() in _agent_verbs())

    def _described_body(self, span: Span) -> bool:
        """Whether a name tagged a person's is that of the company or institution a
        common noun just before it describes ("the mining company NAME", "investment bank
        NAME", "the think tank NAME"): the noun is the name's head or its compound, and
        the name is no subject ("the company NAME founded" is NAME's act), nor a person
        named before or in the officeholders table."""
        doc = self.doc
        if span.start == 0 or self._person_alias(span.text) or self._known_person(span.text):
            return False
        noun = doc[span.start - 1]
        if noun.pos_ != "NOUN" or not noun.is_lower or (
                noun.lemma_.lower() not in _w("body_descriptors")):
            return False
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass") or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.start for c in noun.children):
            return False
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.pos_ == "VERB" and nxt.tag_ in ("VBD", "VBZ", "VBP") and (
                nxt.lemma_.lower() not in lexicon().reporting.verbs) and not any(
                c.dep_ == "dobj" for c in nxt.children):
            return False  # "the company NAME founded": NAME's own act in a relative clause
        return (root.dep_ in ("appos", "compound") and root.head.i == noun.i) or (
            noun.dep_ == "compound" and noun.head.i == root.i)

    def _in_place_slot(self, span: Span) -> bool:
        """Whether a one-word name tagged a person's stands where only a place does: the
        object of a verb of striking or touring a place ("shelled NAME"), of "near",
        "outside" ..., or of "to"/"in" after a verb of travel or attack; not a person
        named before, a known officeholder, or a name after a given name."""
        if len(span) != 1 or not span.text.istitle() or span.start == span.sent.start:
            return False
        tok = span.root
        alias = self._person_alias(tok.text)
        if tok.pos_ != "PROPN" or (alias is not None and len(alias.split()) > 1) or (
                self._known_surname(tok.text) or tok.lower_ in _given_names()):
            return False
        if any(c.dep_ in ("compound", "flat", "amod", "poss") for c in tok.children):
            return False  # "NAME SURNAME", "Mr NAME": part of a person's name
        head = tok.head
        if self._named_by_place_noun(tok):
            return True  # "the port city of NAME", "the island NAME"
        if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
            # "NAME and CITY": beside a place that is no state
            sibs = [head] if tok.dep_ == "conj" else [c for c in tok.children if c.dep_ == "conj"]
            if any(t.ent_type_ in ("GPE", "LOC") and (
                    (f := self._gaz(t.text)) is not None and f[1] == "Place"
                    or (f is None and not self._known_surname(t.text))) for t in sibs):
                return True
        if tok.dep_ == "dobj":
            return head.pos_ == "VERB" and head.lemma_.lower() in _w("place_verbs")
        if tok.dep_ != "pobj":
            return False
        if head.lower_ in _w("place_preps"):
            return True
        verb = head.head
        return head.lower_ in ("to", "in", "into") and verb.pos_ == "VERB" and (
            verb.lemma_.lower() in _w("motion_words") | _w("place_verbs") | _travel_verbs())

    def _city(self, span: Span) -> bool:
        """Whether a span the tagger did not take for a place is one of the world's larger
        cities: its whole name (no acronym) is in the cities table, and it is no person
        the text or the officeholders table knows by that name, nor follows a title
        ("Mr NAME") or a given name."""
        text = _strip_the(span.text)
        if text not in _cities() or text.isupper() or self._person_alias(text) is not None:
            return False
        if self._dated_holder(text) is not None or self._given_name_before(span):
            return False
        before = self.doc[span.start - 1] if span.start > 0 else None
        return before is None or (before.lower_ not in _w("honorifics")
                                  and before.lower_ not in lexicon().titles.words)

    def _looks_personal(self, span: Span) -> bool:
        """Whether an organization-tagged span is a person's name by its form: two to
        four capitalised words, none of a body's, office's or event's name, that start
        with a given name or stand in a list or apposition with a person, or in
        apposition with a noun that only describes a person ("NAME NAME, an activist")."""
        words = [t for t in span if t.lower_ not in _w("name_particles")]
        if not 2 <= len(words) <= 4 or not all(
                t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper()
                for t in words):
            return False
        nouns = (_w("body_name_heads") | _w("portfolio_heads") | _w("organ_nouns")
                 | _w("office_nouns") | _w("group_name_heads")
                 | _w("event_nouns") | _w("initiative_heads") | _w("coref_org_nouns")
                 | frozenset(_table("reference_nouns")["company"]))
        if any(t.lower_ in nouns or self._gaz(t.text) is not None for t in words):
            return False
        root = span.root
        beside_person = (root.dep_ in ("conj", "appos") and root.head.ent_type_ == "PERSON") or any(
            c.dep_ in ("conj", "appos") and c.ent_type_ == "PERSON" for c in root.children)
        roles = _w("person_role_nouns")
        described = any(c.dep_ == "appos" and c.lemma_.lower() in roles for c in root.children) or (
            root.dep_ == "appos" and root.head.lemma_.lower() in roles)
        # "STATE's information minister, GIVEN SURNAME, said": set off by commas after a
        # title in lower case
        titled = root.dep_ == "appos" and root.head.lemma_.lower() in _title_heads() and (
            root.head.is_lower and root.head.i < span.start and span.start > 0
            and self.doc[span.start - 1].text == "," and span.end < len(self.doc)
            and self.doc[span.end].text == ",")
        # "GIVEN de SURNAME", "GIVEN van der SURNAME": a particle inside, as names have
        particle = any(t.lower_ in _w("name_particles") and t.is_lower for t in span[1:-1])
        return beside_person or described or titled or particle or (
            words[0].lower_ in _given_names())

    def _ambiguous(self, text: str, how: str = "demonym",
                   ) -> tuple[str, str, str | None, str, str | None] | None:
        """Resolve a demonym or short name shared by several states ("Korean", "Congo")
        by the states the document names: it is the one named, if only one is."""
        options = _table("ambiguous_demonyms").get(
            _norm(text).rstrip("s") if how == "demonym" else _norm(text))
        if not options:
            return None
        named = {r.key for r in self.refs} | {
            f[0] for e in self.doc.ents if (f := self._gaz(e.text)) is not None}
        # (the table may give a state by one of its other names: "DR Congo")
        present = [f for o in options if (f := self._gaz(o)) is not None and f[0] in named]
        if len(present) != 1:
            return None
        found = present[0]
        return found[0], found[1], found[2], how, found[4]

    def _body(self, span: Span, part_of: str | None = None) -> None:
        text = _norm(span.text)
        if part_of is None:
            for tok in span:
                found = self._gaz(tok.text)
                if found and found[1] == "State" and found[3] in ("demonym", "name"):
                    part_of = found[0]
                    break
        self._add(Ref(text, "Body", span.start, span.end, span.text, "name"), part_of=part_of)

    def _whole_name(self, span: Span) -> Span:
        """Extend a person span the NER cut short: "[Recep] Tayyip Erdogan",
        "Mohammed bin Abdulrahman [Al Thani]"."""
        doc = self.doc
        start, end = span.start, span.end
        while end < len(doc) and (
                not doc[end].ent_type_ or doc[end - 1].lower_ in _w("name_particles")) and (
                (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                 and doc[end].lower_ not in _w("honorifics")
                 # (not the head of a group named after the person: "NAME Party", "NAME
                 # Bloc")
                 and doc[end].lower_ not in _w("group_name_heads"))
                or (doc[end].lower_ in _w("name_particles") and end + 1 < len(doc)
                    and doc[end + 1].text[:1].isupper() and doc[end + 1].pos_ == "PROPN")):
            end += 1
        # "Sheikh Mohammed bin Abdulrahman" + "Al Thani": two person entities side by side.
        while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B":
            end += 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        while start > 0 and not doc[start - 1].ent_type_ and doc[start - 1].pos_ == "PROPN" and (
                doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in _w("honorifics")
                and doc[start - 1].dep_ == "compound" and doc[start - 1].is_sent_start):
            start -= 1
        if start >= 3 and doc[start - 1].is_lower and doc[start - 1].is_alpha and (
                doc[start - 2].text == "-" and not doc[start - 2].whitespace_
                and not doc[start - 3].whitespace_ and doc[start - 3].text.istitle()
                and doc[start - 3].is_alpha and not doc[start - 3].ent_type_
                and doc[start - 3].lower_ not in lexicon().titles.words):
            start -= 3  # "[Man-kei] SURNAME": a hyphenated given name the NER left out
        return doc[start:end]

    def _person_alias(self, text: str) -> str | None:
        """The key of a person named before whose name holds ``text`` ("Erdogan" after
        "Recep Tayyip Erdoğan"); diacritics and case do not count."""
        words = [fold_name(w) for w in _norm(text).split()
                 if w.lower() not in _w("honorifics")]
        if not words:
            return None
        keys: list[str] = []
        for full in reversed(self.persons):
            parts = fold_name(full).split()
            n = len(words)
            if any(parts[i:i + n] == words for i in range(len(parts) - n + 1)) or (
                    n > 1 and _same_name(words, parts)):
                key = self.person_keys.get(full, full)
                if key not in keys:
                    keys.append(key)
        return self._likeliest(keys)

    def _likeliest(self, keys: list[str]) -> str | None:
        """Of the persons a surname may stand for (the last named first), the one the
        officeholders table knows, if only one is ("SURNAME" after "GIVEN SURNAME and his
        son OTHER SURNAME"), else the last named."""
        if len(keys) > 1 and self.table is not None:
            known = [k for k in keys if self.table.find_person(k) is not None]
            if len(known) == 1:
                return known[0]
        return keys[0] if keys else None

    def _known_person(self, name: str) -> Person | None:
        """The officeholder a name stands for: by any variant of the full name; a one-word
        name is the one officeholder with that surname in office on the article's date."""
        if self.table is None:
            return None
        found = self.table.find_person(name)
        if found is not None or len(name.split()) != 1:
            return found
        return self._dated_holder(name)

    def _dated_holder(self, surname: str) -> Person | None:
        """The one officeholder in office on the article's date with this surname
        ("SURNAME" alone), if the date is known and only one holder has the name."""
        if self.table is None or self.date is None:
            return None  # a surname alone is an officeholder's only on a known date
        held = [p for p in self.table.find_surname(surname)
                if self.table.terms_of(p.id, self.date)]
        return held[0] if len(held) == 1 else None

    def _person(self, span: Span) -> None:
        words = [t for t in span if t.lower_ not in _w("honorifics") and not t.is_punct]
        titles = lexicon().titles
        if not words or all(t.lower_ in titles.words or t.lemma_.lower() in titles.heads
                            for t in words):
            return  # a title the NER took for a name ("Chairperson")
        head = span.root.head
        if len(words) == 1 and span.root.dep_ == "compound" and head.pos_ == "NOUN" and (
                head.lemma_.lower() not in titles.agents | titles.heads | titles.words
                or head.lower_ in _w("people_force_heads")) and (
                self._person_alias(words[0].text) is None):
            return  # a one-word name that only qualifies a thing or a people's fighters: "the
            # NAME project", "NAME fighters"
        # "Bashar al-Assad": keep the name as written from its first word on.
        name = _norm(self.doc[words[0].i:words[-1].i + 1].text)
        name = re.sub(r"['’]s$", "", name)
        alias = self._person_alias(name)
        if alias is not None:
            self._add(Ref(alias, "Person", span.start, span.end, span.text, "alias"), label=name)
            self._note_sex(alias, span)
            return
        if len(words) == 1 and self._gaz(name):
            return
        known = self._known_person(name)
        key = known.name if known is not None else name
        self.persons.append(name)
        self.person_keys[name] = key
        self._add(Ref(key, "Person", span.start, span.end, span.text, "name"), label=name,
                  wikidata=known.wikidata if known is not None else None)
        self._note_sex(key, span)
        title = self.doc[words[0].i - 1] if words[0].i > 0 else None
        if len(words) == 1 and title is not None and title.lower_ in _w("name_titles") and (
                title.text.istitle()) and (info := self.actors.get(key)) is not None:
            styled = f"{title.text} {name}"  # "Lord NAME": how the peer is named
            if styled not in info.labels:
                info.labels.append(styled)

    def _note_sex(self, key: str, span: Span) -> None:
        """Note a person's sex from a title before or in the name ("Mr SURNAME"), else
        from a given name borne mostly by one sex ("GIVENNAME NAME")."""
        first = span[0]
        before = [first] + ([self.doc[span.start - 1]] if span.start > 0 else [])
        for t in before:
            if t.lower_ in _w("male_words"):
                self.sex.setdefault(key, "m")
            elif t.lower_ in _w("female_words"):
                self.sex.setdefault(key, "f")
        words = [t for t in span if t.lower_ not in _w("honorifics") and not t.is_punct]
        if len(words) > 1 and (sex := _given_name_sexes().get(words[0].lower_)) is not None:
            self.sex.setdefault(key, sex)  # a given name, then more of the name

    def add_group_names(self) -> None:
        """A capitalized name of two or more words whose last word names a non-state group
        ("the NAME Farmers Union", "the NAME Patriotic Movement", "People's Action against
        NAME", "NAME Forum STATE") is an organization where the NER left it untagged or
        tagged only a demonym, place or state inside it. A name ending in a word that also
        names a meeting ("forum") is a group only as the object of a title ("director of the
        NAME Forum"); one that the NER tagged a meeting otherwise stays one. Not in a
        title-case line (a headline), where every word is capitalized."""
        doc = self.doc
        heads = _w("group_name_heads")
        for i, low in enumerate(self.lowers):
            if low not in heads or self.pos[i] != "PROPN" or not doc[i].text[:1].isupper():
                continue
            tok = doc[i]
            covering = self.tok.get(i)
            end = self._group_name_end(tok)
            start = self._group_name_start(tok, end)
            if covering is not None and covering.kind != "Event" and not (
                    covering.end == i + 1 and covering.how == "name" and covering.kind == "Body"
                    and (end > i + 1 or self._state_left_out(covering, start))):
                # "the Soviet Union", "the African Union": named already (but "[NAME
                # Action] against NAME", "STATE [NAME National Union]": the NER stopped
                # at the head or left the state's name out)
                continue
            if end - start < 2 or self._title_case_line(tok) or self._unclear_start(start):
                continue
            if end == i + 1 and tok.dep_ == "compound" and all(
                    (r := self.tok.get(k)) is not None and r.kind == "State"
                    for k in range(start, i)):
                continue  # a state and a head word on a title: "DEMONYM Union Minister X"
            met = low in _w("event_nouns") or (covering is not None and covering.kind == "Event")
            if met and not self._titled_object(doc[start:end].root):
                continue  # "the NAME Forum opened": a meeting
            inside = {id(r): r for k in range(start, end) if (r := self.tok.get(k)) is not None}
            if any(r.start < start or r.end > end or (r.kind == "Person" and not (
                    r.start == start and self._named_after(r, tok))) for r in inside.values()):
                continue  # a longer name, or a person's, around or inside it
            for k in range(start, end):
                self.tok.pop(k, None)
            self.refs = [r for r in self.refs if id(r) not in inside]
            text = doc[start:end].text
            self._add(Ref(_norm(text), "Organization", start, end, text, "name"))
            if covering is not None and covering.kind == "Body":
                # the shorter name the NER read is a name of it too ("US [Democratic Party]")
                self._add_label(_norm(text), covering.text)

    def _state_left_out(self, body: Ref, start: int) -> bool:
        """Whether the words from ``start`` to a body's name the NER read are a state's
        name set before it as a modifier: "the [Kenya] African National Union"."""
        if start >= body.start or self._gaz(body.text) is not None:
            return False
        state = self.tok.get(start)
        return state is not None and state.kind == "State" and state.how == "name" and (
            state.start == start and state.end == body.start
            and self.doc[state.end - 1].dep_ == "compound"
            and all(t.text.istitle() for t in self.doc[state.start:state.end]))  # not "US"

    def _add_label(self, key: str, label: str) -> None:
        info = self.actors.get(key)
        surface = _strip_the(_norm(label))
        if info is not None and surface and surface not in info.labels:
            info.labels.append(surface)

    def _named_after(self, person: Ref, head: Token) -> bool:
        """Whether a person's full name right before a group's head word, after "the", is
        what the group is named after ("the GIVEN SURNAME Bloc"): a name of two words or
        more that the head ends, not a possessor ("the NAME's Party")."""
        doc = self.doc
        # (by the surface alone: the parser may hang the head word on the given name)
        return person.end == head.i and person.end - person.start >= 2 and (
            head.text[:1].isupper() and person.start > 0
            and doc[person.start - 1].lower_ == "the")

    def _group_name_start(self, head: Token, end: int) -> int:
        """The first word of a group's name ending in ``head``: the capitalized words
        (and "'s", and "and" between two of them) right before it that modify a word of
        the name (which ends before ``end``); not a person's name nor a sentence's article."""
        doc = self.doc
        start = head.i
        k = head.i - 1
        while k >= 0:
            t = doc[k]
            if (r := self.tok.get(k)) is not None and r.kind == "Person" and (
                    self._named_after(r, head)):
                k = r.start - 1  # "the GIVEN SURNAME Bloc": a group named after a person
                start = r.start
                continue
            if (r := self.tok.get(k)) is not None and r.kind == "Person" or stance_prefixed(t):
                break  # (nor the "X" of "the pro-X NAME Party": a stance, not the name)
            if t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN") and t.is_alpha and (
                    k < t.head.i < end or (
                        # "NAME People's Liberation Movement leader X": the possessor read
                        # as the title's
                        t.dep_ == "poss" and head.dep_ == "compound" and t.head.i == head.head.i
                        and k + 1 < head.i and doc[k + 1].tag_ == "POS")):
                start = k
            elif t.tag_ == "POS" and k > 0 and doc[k - 1].text[:1].isupper() and not (
                    (r := self.tok.get(k - 1)) is not None and r.kind in ("State", "Place")):
                pass  # "People's" (not "STATE's NAME Party": the state is no part of it)
            elif t.lower_ == "and" and k > 0 and doc[k - 1].text[:1].isupper() and (
                    doc[k + 1].text[:1].isupper()):
                pass  # "the Justice and Equality Movement"
            else:
                break
            k -= 1
        while start < head.i and (not doc[start].is_alpha or doc[start].lower_ == "and"):
            start += 1  # a "'s" or "and" whose word before is no part of the name
        return start

    def _group_name_end(self, head: Token) -> int:
        """Where a group's name ending in ``head`` ends: after a capitalized phrase of "for"
        or "against" on it ("the Movement for Democratic Change", "Action against NAME"),
        or after the state's name it is part of ("NAME Forum STATE", the noun a modifier
        of the state's name)."""
        doc = self.doc
        end = head.i + 1
        if end < len(doc) and head.dep_ == "compound" and head.head.i == end and (
                (r := self.tok.get(end)) is not None and r.kind == "State"
                and r.start == end and doc[end].pos_ == "PROPN"):
            return r.end  # "Youth Forum STATE"
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.i != end or prep.lower_ not in ("for", "against"):
                continue
            words = [t for t in prep.subtree if t.i > prep.i]
            if words and words[-1].text[:1].isupper() and all(
                    t.text[:1].isupper() or t.lower_ in ("and", "the", "of") for t in words) and (
                    not any((r := self.tok.get(t.i)) is not None and r.kind == "Person"
                            for t in words)):
                return words[-1].i + 1
        return end

    def _unclear_start(self, start: int) -> bool:
        """Whether a capitalized word (not an article) stands right before a name's first
        word, or "the", "of", "for" or "and" after one ("Stop the War Coalition", "NAME for
        NAME Foundation"): the name may start earlier than the parse shows."""
        doc = self.doc
        if start == 0 or doc[start].is_sent_start:
            return False
        before = doc[start - 1]
        if before.is_alpha and before.text[:1].isupper() and before.pos_ != "DET":
            return True
        first = doc[start - 2] if start > 1 else None
        # (a sentence's first word is capitalized anyway: unclear only where it is a noun,
        # "NAME for NAME Foundation", not "In the NAME Coalition")
        return before.lower_ in ("the", "of", "for", "and") and first is not None and (
            first.is_alpha and first.text[:1].isupper()
            and (not first.is_sent_start or first.pos_ in ("PROPN", "NOUN")))

    @staticmethod
    def _titled_object(root: Token) -> bool:
        """Whether a name is the object of "of" or "for" on a title: "director of the NAME
        Forum", "a spokesman for the NAME Forum"."""
        prep = root.head
        return root.dep_ == "pobj" and prep.lower_ in ("of", "for") and (
            prep.head.lemma_.lower() in lexicon().titles.heads)

    @staticmethod
    def _title_case_line(tok: Token) -> bool:
        """Whether the sentence of ``tok`` is written in title case (a headline): a verb or
        preposition capitalized inside it, or most of its words capitalized and no verb
        in lower case."""
        words = [t for t in tok.sent if t.is_alpha]
        if any(t.text[:1].isupper() and t.pos_ in ("VERB", "AUX", "ADP") and not t.is_sent_start
               for t in words):
            return True
        return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) > 0.6 * len(
            words) and not any(t.is_lower and t.pos_ in ("VERB", "AUX") for t in words)

    def add_acronyms(self) -> None:
        """"the Korean Confederation of Trade Unions (KCTU)": an acronym defined in
        brackets after a body's or organization's name is that actor wherever the text
        uses it (one actor with both labels), unless the gazetteer knows the acronym."""
        doc, forms = self.doc, self.lowers
        defined: dict[str, Ref] = {}
        for i in range(1, len(doc) - 2):
            if forms[i] != "(" or forms[i + 2] != ")":
                continue
            word = doc[i + 1].text
            owner = self.tok.get(i - 1)
            if owner is None or owner.end != i:
                owner = self._spelled_out(i, word)  # a name the NER missed
            if owner is None or owner.end != i or owner.kind not in ("Body", "Organization") or (
                    not _acronym_of(word, doc[owner.start:owner.end].text)) or (
                    self._gaz(word) is not None) or word in defined:
                continue
            defined[word] = owner
        if not defined:
            return
        for n, r in enumerate(self.refs):
            owner = defined.get(r.text)
            if owner is None or r.key == owner.key or r.kind in ("Person", "State"):
                continue
            new = Ref(owner.key, owner.kind, r.start, r.end, r.text, "alias")
            self.refs[n] = new
            for i in range(r.start, r.end):
                if self.tok.get(i) is r:
                    self.tok[i] = new
            if not any(x.key == r.key for x in self.refs):
                self.actors.pop(r.key, None)
        for word, owner in defined.items():
            info = self.actors[owner.key]
            if word not in info.labels:
                info.labels.append(word)
        for tok in self._candidates(lowers={w.lower() for w in defined}):
            owner = defined.get(tok.text)
            if owner is not None and tok.pos_ in ("PROPN", "NOUN"):
                self._add(Ref(owner.key, owner.kind, tok.i, tok.i + 1, tok.text, "alias"))

    def _spelled_out(self, bracket: int, word: str) -> Ref | None:
        """The body whose capitalized words, just before a bracket, are spelled by the
        acronym in it letter for letter ("the Uzbek Direct Investment Fund (UDIF)"), minted
        as a body of the state its first word names, if any."""
        doc = self.doc
        caps = [c for c in word if c.isupper()]
        if not word.isalpha() or len(caps) < 3 or self._gaz(word) is not None:
            return None
        k, taken = bracket - 1, 0
        while k >= 0 and taken < len(caps) and doc[k].text.istitle() and doc[k].is_alpha and (
                doc[k].pos_ in ("PROPN", "ADJ", "NOUN")):
            taken += 1
            k -= 1
        start = k + 1
        if taken != len(caps) or [doc[j].text[0] for j in range(start, bracket)] != caps or (
                any(j in self.tok and self.tok[j].kind not in ("State",)
                    for j in range(start, bracket))):
            return None
        part_of = next((self.tok[j].key for j in range(start, bracket) if j in self.tok), None)
        for j in range(start, bracket):
            old = self.tok.pop(j, None)
            if old is not None:
                self.refs = [r for r in self.refs if r is not old]
        self._body(doc[start:bracket], part_of=part_of)
        return self.tok.get(start)

    def add_titled_surnames(self) -> None:
        """An office's title right before a surname ("Chancellor SURNAME", "Defence
        Minister SURNAME", "Premier FAMILYNAME", "Prime Minister General SURNAME",
        "Secretary-General FAMILYNAME GIVEN-NAME"): the one holder of that office on the
        article's date (where the article has none: a whole name of the table, or a
        surname of a holder the article names in full) whose name ends, or for a state
        that writes family names first starts, with the words; whatever the NER tagged
        them, unless the gazetteer names a state or organization there."""
        if self.table is None:
            return
        lex = lexicon().titles
        lasts = {f.split()[-1].split("-")[-1] for forms in lex.offices.values() for f in forms}
        for tok in self._candidates(lowers=lasts):
            if not tok.text[:1].isupper():
                continue
            office = self._office_title(tok)
            if office is None:
                continue
            found = self._titled_holder(tok, *office)
            if found is None:
                self._other_holder(tok)
                continue
            holder, start, end, surface = found
            if any(i in self.tok for i in range(start, end)):
                continue
            self.persons.append(surface)
            self.person_keys[surface] = holder.name
            self._add(Ref(holder.name, "Person", start, end, self.doc[start:end].text, "name"),
                      label=holder.name, wikidata=holder.wikidata)
            labels = self.actors[holder.name].labels
            for form in (surface, _norm(self.doc[start:end].text)):
                if form not in labels:  # the variant and the words as written
                    labels.append(form)

    def add_names_after_state_titles(self) -> None:
        """"President of STATE GIVEN SURNAME", "Prime Minister of the Republic of STATE
        GIVEN SURNAME", "Secretary General of ORG GIVEN SURNAME": two or three capitalized
        words right after a title's state or organization that no mention covers are the
        holder's name, whatever the NER tagged them (it may take a name it does not know,
        with the state before it, for an organization); not words that end like a body's
        name ("of ORG Human Rights Office")."""
        doc = self.doc
        lex = lexicon().titles
        heads = _w("body_name_heads") | _w("group_name_heads") | _w("organ_nouns")
        for tok in self._candidates(lemmas=lex.heads):
            if not tok.text[:1].isupper() or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
                continue
            j = tok.i + 2 + (doc[tok.i + 2].lower_ == "the")
            owner = self.tok.get(j)
            if owner is None or owner.kind not in ("State", "Organization") or (
                    owner.start != j or owner.how == "demonym"):
                continue  # (a demonym before capitals starts a name: "of the DEMONYM NAME
                # Association")
            start = end = owner.end
            words = 0
            while end < len(doc) and words < 3 and doc[end].is_alpha and (
                    doc[end].text.istitle()) and end not in self.tok and (
                    doc[end].lower_ not in lex.words and doc[end].lemma_.lower() not in lex.heads):
                end += 1
                words += 1
                while end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and (
                        not doc[end - 1].whitespace_ and doc[end + 1].is_alpha):
                    end += 2  # "Kassym-Jomart"
            if words < 2 or (end < len(doc) and (doc[end].text[:1].isupper() or end in self.tok)):
                continue  # one word, or a longer name that runs on
            if self._gaz(doc[start:end].text) is not None or any(
                    w.lower_ in heads or w.ent_type_ in ("GPE", "FAC") for w in doc[start:end]):
                continue
            self._person(doc[start:end])

    def add_names_after_title_chains(self) -> None:
        """A chain of title and "of" phrases that ends in a state, organization or body,
        and two to four capitalized words after it that end there: "Deputy Head of the
        Office of the President of STATE GIVEN SURNAME", "Minister of Foreign Affairs of
        the Republic of STATE GIVEN SURNAME", "Speaker of the BODY of STATE GIVEN
        SURNAME". The words are the holder's name, whatever the NER made of them: it may
        leave them untagged, tag the surname alone, or take them for a body or a place
        the gazetteer does not know. The chain must hold a title's head ("head",
        "minister", "adviser", "member") and run from it to the owner over capitalized
        words and "of", "the", "to", "for" and "and" only."""
        doc = self.doc
        lex = lexicon().titles
        heads = _w("body_name_heads") | _w("group_name_heads") | _w("organ_nouns")
        for owner in [r for r in self.refs if r.kind in ("State", "Organization", "Body")
                      and r.how != "coref"]:
            if self.tok.get(owner.start) is not owner or owner.how == "demonym" or (
                    not self._title_chain_before(owner)):
                continue
            start = end = owner.end
            inside: list[Ref] = []
            while end < len(doc) and end - start < 4 and doc[end].is_alpha and (
                    doc[end].text[:1].isupper() and not doc[end].is_upper) and (
                    doc[end].lower_ not in lex.words and doc[end].lemma_.lower() not in lex.heads
                    and doc[end].ent_type_ not in ("DATE", "TIME")):  # "NAME Tuesday said"
                r = self.tok.get(end)
                if r is not None:
                    if r.start < start or r.how == "coref" or (
                            # (a name of two words or more the NER read stands: the words
                            # before it are no part of it, "of STATE Presidency GIVEN SURNAME")
                            r.kind == "Person" and r.end - r.start > 1 and r.start > start) or not (
                            r.kind == "Person" or (r.kind in ("Body", "Place") and (
                                self._gaz(r.text) is None))):
                        break
                    inside.append(r)
                    end = r.end
                    continue
                end += 1
                while end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and (
                        not doc[end - 1].whitespace_ and doc[end + 1].is_alpha):
                    end += 2  # "Kassym-Jomart"
            if end - start < 2 or (end < len(doc) and (
                    doc[end].text[:1].isupper() or end in self.tok)):
                continue  # one word, or a longer run of capitals (a name of something)
            if len(inside) == 1 and inside[0].kind == "Person" and (
                    inside[0].start, inside[0].end) == (start, end):
                continue  # the NER read the name whole
            words = doc[start:end]
            if self._gaz(words.text) is not None or any(
                    w.lower_ in heads or w.lower_ in _w("name_particles") or (
                        w.ent_type_ in ("GPE", "FAC", "LOC") and w.i not in self.tok)
                    for w in words) or _norm(words.text) in _cities():
                continue
            for r in inside:
                for k in range(r.start, r.end):
                    self.tok.pop(k, None)
            self.refs = [r for r in self.refs if not any(r is g for g in inside)]
            for r in inside:
                self._drop_label(r)
                if r.kind != "Person" and not any(o.key == r.key for o in self.refs):
                    self.actors.pop(r.key, None)  # a body the NER made of the name
            self._person(words)

    def _title_chain_before(self, owner: Ref) -> bool:
        """Whether a title's chain of "of" phrases ends in ``owner``: "of (the)" right
        before it, and a title's head before that (:func:`title_chain_head`)."""
        doc = self.doc
        i = owner.start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i < 1 or doc[i].lower_ != "of":
            return False
        return title_chain_head(doc, i, self.tok.get) is not None

    def _other_holder(self, title: Token) -> None:
        """"Foreign Minister SURNAME" where the one officeholder of that surname on the
        article's date holds another office (or another state's): the surname is a
        person's, but not that officeholder's (whom the surname alone would name). The
        title is an office's, not another's ("Deputy Prime Minister")."""
        doc = self.doc
        i = title.i + 1
        if i >= len(doc) or not doc[i].text.istitle() or not doc[i].is_alpha or (
                i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or doc[i + 1].text == "-"
                                      or doc[i + 1].lower_ in _w("name_particles"))):
            return
        holder = self._dated_holder(doc[i].text)
        if holder is None or self._gaz(doc[i].text) is not None or i in self.tok:
            return
        name = doc[i].text
        self.persons.append(name)
        self.person_keys[name] = name
        self._add(Ref(name, "Person", i, i + 1, name, "name"), label=name)

    def _office_title(self, title: Token) -> tuple[int, frozenset[str]] | None:
        """Where an office's title that ends at ``title`` starts, and the offices of the
        officeholders table it names; None where it names none, or another's ("Deputy
        Prime Minister", "former President")."""
        doc = self.doc
        lex = lexicon().titles
        i = title.i
        while i > 0 and (doc[i - 1].lower_ in lex.words or doc[i - 1].lower_ == "of" or (
                doc[i - 1].text == "-" and not doc[i - 1].whitespace_
                and not doc[i - 2].whitespace_)):
            i -= 1
        words = [t.lower_ for t in doc[i:title.i + 1]]
        phrase = " ".join(words).replace(" - ", "-")
        offices, size = lex.office_at_end(phrase.split())
        before = phrase.split()[:-size] if size else []
        if not offices or words[0] == "of" or any(w in lex.office_blockers for w in before):
            return None  # (a blocker among the office's own words, "Secretary of State",
            # blocks nothing)
        if i > 0 and doc[i - 1].lower_ in lex.office_blockers | lex.past_office_words:
            return None
        return i, offices

    def _titled_holder(self, title: Token, i: int,
                       offices: frozenset[str]) -> tuple[Person, int, int, str] | None:
        """The holder that a title (starting at ``i``, naming ``offices``) names with
        the name words after it (a rank between them skipped), their span and the name
        variant they stand for; or None."""
        doc = self.doc
        lex = lexicon().titles
        owner = None  # "French President SURNAME": the state that the title names
        for k in (2, 1):
            if i - k >= 0 and (g := self._gaz(doc[i - k:i].text)) is not None and g[1] in (
                    "State", "Organization"):
                owner = g[0]
                break
        start = title.i + 1
        tries = [start]
        while start < len(doc) and doc[start].lower_ in lex.ranks:
            start += 1  # "Prime Minister General NAME"
        if start != tries[0]:
            tries.append(start)
        for begin in tries:
            found = self._holder_named(begin, offices, owner, title.lower_)
            if found is not None:
                return found
        return None

    def _holder_named(self, start: int, offices: frozenset[str], owner: str | None,
                      word: str) -> tuple[Person, int, int, str] | None:
        """The holder of one of ``offices`` (of ``owner``, where given) named by one or
        two capitalized words from ``start`` (a hyphenated word is one), the words' span
        and the variant of the holder's name they are; or None. A title ending in
        "president" (``word``) names a head of government only where the position is
        so titled, not a prime minister."""
        assert self.table is not None
        doc = self.doc
        spans: list[int] = []  # the end of each word
        j = start
        while j < len(doc) and len(spans) < 3:
            if not (doc[j].text[:1].isupper() and doc[j].is_alpha):
                break
            while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ and (
                    not doc[j + 1].whitespace_ and doc[j + 2].is_alpha):
                j += 2  # "Ki-moon", "Myung-bak"
            j += 1
            spans.append(j)
        end = spans[-1] if spans else start
        if not spans or len(spans) > 2 or (
                end < len(doc) and doc[end].lower_ in _w("name_particles")):
            return None  # a longer name ("NAME bin NAME", "NAME NAME NAME"): the NER's
        if any(doc[k].ent_type_ in ("GPE", "ORG", "NORP") and (
                g := self._gaz(doc[start:spans[-1]].text)) is not None and g[1] in (
                "State", "Organization") for k in range(start, spans[-1])):
            return None
        if self._gaz(doc[start:spans[-1]].text) is not None:
            return None  # a state's or organization's name, not a person's
        text = _norm(doc[start:spans[-1]].text)
        parts = fold_name(text).split()
        people: list[Person] = []
        if len(parts) > 1:
            whole = self.table.find_person(text)
            people = [whole] if whole is not None else []
        else:
            people = self.table.find_surname(text)
        held = [p for p in people if any(
            t.office in offices and (owner is None or t.actor == owner) and not (
                word == "president" and t.office == "head_of_government"
                and "president" not in t.title.lower())
            for t in self.table.terms_of(p.id, self.date))]
        if self.date is None and len(parts) == 1:
            # without a date, a surname alone is only the holder the article names in full
            # ("GIVEN SURNAME ... President SURNAME"), of the several it may stand for
            full = {fold_name(_norm(e.text)) for e in doc.ents if e.label_ == "PERSON"}
            held = [p for p in held if any(fold_name(v) in full for v in p.variants)]
        if len(held) != 1:
            return None
        person = held[0]
        surface = next((v for v in person.variants if len(parts) > 1 and fold_name(v) == (
            fold_name(text))), None) or next(
            (v for v in person.variants if parts[0] in fold_name(v).split()), person.name)
        return person, start, spans[-1], surface

    def add_surnames(self) -> None:
        """A surname alone that the NER left untagged ("SURNAME is a critic of ...") is the
        person named in full before it whose name ends in it."""
        doc = self.doc
        named = [r for r in self.refs if r.kind == "Person" and r.how == "name"]
        # each named person's last word, folded, and whether the name has several words
        lasts = [(r, fold_name(_norm(doc[r.start:r.end].text)).split()[-1:],
                  len(doc[r.start:r.end].text.split()) > 1) for r in named]
        titled = _w("name_titles") | _w("male_words") | _w("female_words")
        for tok in self._candidates(pos=("PROPN", "NOUN")):
            if not tok.text[:1].isupper() or tok.dep_ in ("compound", "flat"):
                continue
            if tok.pos_ != "PROPN" and not (tok.pos_ == "NOUN" and tok.text.istitle()):
                continue  # a rare surname may be tagged a noun ("SURNAME met ...")
            if any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.lower_ not in (
                    titled) for c in tok.children):
                continue  # part of a longer name (not only a title: "Baroness NAME")
            folded = fold_name(tok.text)
            found = [(r, several) for r, last, several in lasts
                     if r.start < tok.i and last == [folded]]
            full = [r for r, several in found if several]
            keys = {r.key for r in full} if full else {r.key for r, _ in found}
            if len(keys) > 1:  # "Y" after "X Y" and "Z Y": the one in office, if one is
                keys = {k} if (k := self._likeliest(sorted(keys))) and self.table and (
                    self.table.find_person(k)) else keys
            if len(keys) == 1:  # "Y" after "Y" and "X Y": the full name
                self._add(Ref(keys.pop(), "Person", tok.i, tok.i + 1, tok.text, "alias"))
            elif not found and tok.pos_ == "PROPN" and not tok.ent_type_ and tok.i > 0 and (
                    tok.text.istitle() and self.doc[tok.i - 1].text.istitle()) and (
                    self.doc[tok.i - 1].lower_ in titled) and tok.lower_ not in _w("honorifics"):
                self._person(self.doc[tok.i:tok.i + 1])  # "Baroness NAME", "Mr NAME"
            elif not found and tok.pos_ == "PROPN" and not tok.ent_type_ and (
                    holder := self._dated_holder(tok.text)) is not None:
                # "SURNAME flew to CITY": the one officeholder of that name on the date
                self.persons.append(holder.name)
                self._add(Ref(holder.name, "Person", tok.i, tok.i + 1, tok.text, "name"),
                          label=holder.name, wikidata=holder.wikidata)

    def add_short_names(self) -> None:
        """A proper noun the NER left untagged that is the first word of a body named
        before ("X denied ..." after "X Holdings") is that body."""
        firsts = {(_strip_the(_norm(r.text)).split() or [""])[0].lower() for r in self.refs
                  if r.kind in ("Body", "Organization") and len(r.text.split()) > 1}
        if not firsts:
            return
        for tok in self._candidates(lowers=firsts):
            if tok.pos_ != "PROPN" or (
                    tok.ent_type_ or not tok.is_title or tok.dep_ in ("compound", "flat")):
                continue
            body = self._short_name(self.doc[tok.i:tok.i + 1])
            if body is not None:
                self._add(Ref(body.key, body.kind, tok.i, tok.i + 1, tok.text, "alias"))

    # -------------------------------------------------------- minted actors
    def add_prefixed_names(self) -> None:
        """A group's name after a stance modifier that broke the tagger's name: "the
        pro-X Party of Y", "the anti-X Popular Front", "the pro-X NAME clan" (a group
        noun, the capitalized words before it and its "of"/"for" phrase of capitalized
        words)."""
        doc = self.doc
        for pre in self._candidates(lowers=_stance_prefixes()):
            if pre.i + 2 >= len(doc) or not stance_prefixed(doc[pre.i + 2]):
                continue
            mod = doc[pre.i + 2]
            head = mod.head
            while head.dep_ == "compound" and head.head.i > head.i and head.pos_ == "PROPN":
                head = head.head
            if head.i <= mod.i or head.pos_ not in ("PROPN", "NOUN") or (
                    head.lemma_.lower() not in _w("stance_group_heads")
                    and head.lower_ not in _w("stance_group_heads")):
                continue
            words = doc[mod.i + 1:head.i + 1]
            # (a lower-case head after a name is the name's own: "the pro-X NAME clan")
            if head.i in self.tok or any(not (t.text[:1].isupper() or t.tag_ == "POS")
                                         or t.i in self.tok for t in words[:-1]):
                continue
            end = head.i + 1
            prep = doc[end] if end < len(doc) else None
            if prep is not None and prep.lower_ in ("of", "for") and prep.head.i == head.i:
                tail = [t for t in prep.subtree if t.i > prep.i]
                if tail and all((t.text[:1].isupper() or t.lower_ in ("and", "the"))
                                and t.i not in self.tok for t in tail):
                    end = tail[-1].i + 1
            if end - words.start < 2:
                continue  # a bare "Party": no name
            span = doc[words.start:end]
            found = self._gaz(span.text)
            if found is not None:
                key, kind, wd, how, part_of = found
                self._add(Ref(key, kind, span.start, span.end, span.text, how), wikidata=wd,
                          part_of=part_of, label=span.text if how == "name" else None)
            else:  # a non-state group, as the group names read elsewhere
                self._add(Ref(_norm(span.text), "Organization", span.start, span.end, span.text,
                              "name"))

    def add_minted(self) -> None:
        # every branch below needs a proper noun or one of these lemmas
        lemmas = (_w("common_body_nouns") | _w("organ_nouns") | _w("office_nouns")
                  | _w("event_nouns"))
        for tok in self._candidates(lemmas=lemmas, pos=("PROPN",)):
            lemma = tok.lemma_.lower()
            if tok.text.islower() and lemma in _w("common_body_nouns"):
                self._common_body(tok)  # "Vietnam's foreign ministry spokeswoman"
            elif tok.pos_ == "PROPN" and tok.lower_ in _w("body_name_heads"):
                self._named_body(tok)
            elif self._state_named(tok) and tok.lower_ in _w("place_name_heads"):
                # "NAME City" after a state's name: the capital as a place, not a body
                span, _ = self._take_name(tok, [tok.nbor(-1)])
                self._add(Ref(span.text, "Place", span.start, span.end, span.text, "name"))
            elif self._state_named(tok):
                self._named_body(tok)  # "Iran Air", "China Daily": named after a state
            elif tok.is_lower and lemma in _w("organ_nouns") and any(
                    c.dep_ == "compound" and c.i == tok.i - 1 and c.i in self.tok
                    and self.tok[c.i].kind in ("Organization", "Body") for c in tok.lefts):
                self._named_body(tok)  # "the ORG secretariat", "the ORG commission"
            elif tok.is_lower and lemma in _w("organ_nouns") and self._local_body(tok):
                self._named_body(tok)  # "the NAME provincial council"
            elif tok.pos_ == "NOUN" and lemma in _w("common_body_nouns"):
                self._common_body(tok)
            elif tok.pos_ == "PROPN" and tok.lower_ in _w("initiative_heads") and (
                    tok.text[0].isupper()):
                self._named_initiative(tok)
            elif tok.pos_ in ("NOUN", "PROPN") and lemma in _w("office_nouns") and (
                    lemma != "liaison"):
                self._office(tok)
            elif tok.pos_ in ("NOUN", "PROPN") and lemma in _w("event_nouns"):
                self._event(tok)
        self._quoted_initiatives()

    def add_untagged_places(self) -> None:
        """A proper name that no mention covers, struck or visited, followed by
        ", STATE" ("TOWN, REGION") or named by a noun of place ("the town of NAME"), is
        a place:
        "attacked Belgorod with drones", "shelled villages near Avdiivka", "flew to Goma"
        (the NER leaves such names untagged or tags them a people or a product; not a
        name it tags a person or an organization, not at the start of a sentence, not a
        given name). So is such a name of one word that the cities table holds, wherever
        it stands, unless the text names a person so."""
        doc = self.doc
        lex = lexicon().relations
        verbs = lex["attacks"].verbs | lex["visited"].verbs | frozenset(lex["visited"].verb_preps)
        for tok in self._candidates(pos=("PROPN",)):
            if (tok.dep_ == "compound"
                    or tok.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "DATE", "TIME")
                    or not tok.text.istitle() or tok.lower_ in lexicon().titles.words
                    or tok.lemma_.lower() in lexicon().titles.heads):
                continue  # (nor a title: "– President of STATE NAME")
            if self._city(doc[tok.i:tok.i + 1]) and not (
                    tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"):
                self._add(Ref(tok.text, "Place", tok.i, tok.i + 1, tok.text, "name"))
                continue  # "CITY was struck", "fighting near CITY"
            if tok.i == tok.sent.start:
                continue
            head = tok.head
            nxt = tok.i + 2
            within = nxt < len(doc) and doc[tok.i + 1].text == "," and (
                doc[nxt].dep_ == "appos" and doc[nxt].head.i == tok.i) and (
                (r := self.tok.get(nxt)) is not None and r.start == nxt
                and r.kind in ("Place", "State"))  # "TOWN, STATE": a place in it
            if within or self._named_by_place_noun(tok):
                within = True  # "the town of NAME"
            elif tok.dep_ == "pobj" and head.lower_ in ("in", "to", "on", "near", "at"):
                head = head.head
            elif tok.dep_ != "dobj":
                continue
            if not within and (head.pos_ != "VERB" or head.lemma_.lower() not in verbs):
                continue
            words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                     and c.i not in self.tok and c.ent_type_ == tok.ent_type_]
            start = words[0].i if words and words[-1].i == tok.i - 1 else tok.i
            span = doc[start:tok.i + 1]
            if doc[start].lower_ in _given_names() or start == tok.sent.start:
                continue
            self._add(Ref(span.text, "Place", start, tok.i + 1, span.text, "name"))

    def add_led_groups(self) -> None:
        """"the U.S.-led coalition", "a Saudi-led force": a group that a named state or
        organization leads is an organization of its own, named as written."""
        doc = self.doc
        for tok in self._candidates(lowers=_w("led_group_nouns")):
            if tok.pos_ != "NOUN":
                continue
            led = next((c for c in tok.lefts if c.lower_ in _w("leading_participles")
                        and c.dep_ in ("amod", "compound", "nmod")), None)
            if led is None or led.i != tok.i - 1:
                continue
            k = led.i - 1
            while k >= 0 and doc[k].text in ("-", "–"):
                k -= 1
            leader = self.tok.get(k) if k >= 0 else None
            if leader is None or leader.kind not in ("State", "Organization") or (
                    leader.end != k + 1):
                continue
            text = _norm(doc[leader.start:tok.i + 1].text)
            text = re.sub(r"\s*-\s*led\b", "-led", text)
            self._add(Ref(text, "Organization", leader.start, tok.i + 1, text, "minted"),
                      label=text, overwrite=True)
            for i in range(leader.start, tok.i + 1):
                self.tok[i] = self.refs[-1]
            self.refs = [r for r in self.refs if r is not leader]

    def merge_surnames(self) -> None:
        """A surname (or "Mr SURNAME") named before the full name ("Erdogan ... Recep
        Tayyip Erdoğan") is the person of the full name, if only one full name ends in it."""
        fulls: dict[str, set[str]] = {}
        for r in self.refs:
            if r.kind == "Person" and len(r.key.split()) > 1:
                fulls.setdefault(fold_name(r.key).split()[-1], set()).add(r.key)
        if not fulls:
            return
        moved: dict[str, str] = {}
        for r in self.refs:
            if r.kind == "Person" and len(r.key.split()) == 1 and r.key not in moved:
                keys = fulls.get(fold_name(r.key), set())
                if len(keys) == 1:
                    moved[r.key] = next(iter(keys))
        if not moved:
            return
        for n, r in enumerate(self.refs):
            full = moved.get(r.key) if r.kind == "Person" else None
            if full is None:
                continue
            new = Ref(full, "Person", r.start, r.end, r.text, "alias")
            self.refs[n] = new
            for i in range(r.start, r.end):
                if self.tok.get(i) is r:
                    self.tok[i] = new
        for old, full in moved.items():
            gone = self.actors.pop(old, None)
            info = self.actors[full]
            for label in gone.labels if gone is not None else ():
                if label not in info.labels:
                    info.labels.append(label)
            if old in self.sex:
                self.sex.setdefault(full, self.sex.pop(old))
        for name, key in list(self.person_keys.items()):
            self.person_keys[name] = moved.get(key, key)

    def _named_body(self, head: Token) -> None:
        """"Vilnius University", "the Iranian Foreign Ministry": a capital's name or a
        demonym inside a body's name is part of it (and names the state it belongs to)."""
        mods = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod") and (
            c.pos_ == "PROPN" or (c.i in self.tok and self.tok[c.i].how == "demonym"))
            and not stance_prefixed(c)]
        if not mods:
            if head.lemma_.lower() in _w("common_body_nouns"):
                self._common_body(head)  # "an Iranian foreign Ministry official"
            return
        span, replaced = self._take_name(head, mods)
        part_of = next((r.key for r in reversed(replaced)
                        if r.kind in ("State", "Organization")), None)
        span = self._with_portfolio(span)
        self._body(span, part_of=part_of)

    @staticmethod
    def _local_body(head: Token) -> bool:
        """"the NAME provincial council": a local assembly named after its place (a proper
        name before a word such as "provincial")."""
        lefts = list(head.lefts)
        return any(c.dep_ == "amod" and c.lower_ in _w("local_body_words") for c in lefts) and (
            any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.text[:1].isupper()
                for c in lefts))

    def _with_portfolio(self, span: Span) -> Span:
        """Extend a ministry's name by its portfolio: "the Turkish Ministry [of Foreign
        Affairs]", "the Ministry [of Defence]", "the Danish Institute [for International
        Studies]" (capitalized words, no actor)."""
        head = span[-1]
        if head.lower_ not in _w("portfolio_heads"):
            return span
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.i == head.i + 1:
                words = [t for t in prep.subtree if t.i > prep.i]
                if words and all((t.text[:1].isupper() or t.lower_ in ("and", "the"))
                                 and t.i not in self.tok for t in words):
                    return self.doc[span.start:words[-1].i + 1]
        return span

    def _take_name(self, head: Token, mods: list[Token]) -> tuple[Span, list[Ref]]:
        """The span of a name from its modifiers to ``head``, freed of the mentions
        found inside it earlier ("Vilnius" in "Vilnius University"), which are returned."""
        start = min(t.i for m in mods for t in m.subtree)
        while start < head.i and (self.doc[start].lower_ in ("the", "a", "an")
                                  or self.doc[start].is_punct):
            start += 1
        replaced: list[Ref] = []
        for i in range(start, head.i):
            old = self.tok.pop(i, None)
            if old is not None and old not in replaced:
                replaced.append(old)
        self.refs = [r for r in self.refs if r not in replaced]
        return self.doc[start:head.i + 1], replaced

    def _common_body(self, head: Token) -> None:
        """"Sudan's foreign ministry", "the Japanese defence ministry": a ministry of a
        state, named like the state's own ("Sudanese Foreign Ministry") so that every
        article's mention of it is one actor."""
        holders = [head] + ([head.head] if head.dep_ == "compound" else [])
        state = next((r for h in holders for c in h.children if c.dep_ in (
            "poss", "amod", "compound") and (r := self.tok.get(c.i)) is not None
                      and r.kind == "State"), None)
        near = state is not None
        if state is None:
            state = self._topic_state(head)
        if state is None:
            state = self._article_state(head)
        if state is None:
            self._local_common_body(head)
            return
        actor = self.gaz.actors.get(state.key)
        demonym = actor.demonyms[0] if actor is not None and actor.demonyms else state.key
        words = [c for c in head.lefts if c.dep_ in ("compound", "amod") and c.i not in self.tok
                 and c.pos_ in ("NOUN", "ADJ", "PROPN")]
        key = " ".join([demonym] + [w.text.capitalize() for w in words]
                       + [head.text.capitalize()])
        start = min([head.i] + [w.i for w in words] + ([state.start] if near else []))
        surface = self.doc[start:head.i + 1].text
        self._add(Ref(key, "Body", head.i, head.i + 1, head.text, "minted"), label=key,
                  part_of=state.key)
        info = self.actors[key]
        if surface not in info.labels:
            info.labels.append(surface)

    def drop_fighters_demonyms(self) -> None:
        """"DEMONYM rebels", "DEMONYM militants": fighters of no state, whom the demonym
        places rather than owns (a group that names them, "Houthi rebels", stays). The
        demonym is no mention of the state there, so no act of theirs is the state's."""
        irregular = lexicon().constructions.irregular_force_nouns
        doc = self.doc
        def alone(tok: Token) -> bool:
            # the demonym is the fighters' one modifier of note ("pro-DEMONYM militia",
            # "DEMONYM government-backed NAME militia" say more than where they are from)
            head = tok.head
            return not stance_prefixed(tok) and head.lower_ in irregular and (
                head.i not in self.tok) and not any(
                c.i != tok.i and c.dep_ in ("amod", "compound", "nmod") and (
                    c.pos_ in ("PROPN", "VERB") or c.tag_ == "VBN" or c.i in self.tok
                    or any(g.dep_ == "npadvmod" or g.is_punct for g in c.children))
                for c in head.children)
        drop = [r for r in self.refs if r.kind == "State" and r.how == "demonym"
                and r.end - r.start == 1 and doc[r.start].dep_ in ("amod", "compound", "nmod")
                and alone(doc[r.start])]
        if not drop:
            return
        gone = {id(r) for r in drop}
        self.tok = {i: r for i, r in self.tok.items() if id(r) not in gone}
        self.refs = [r for r in self.refs if id(r) not in gone]

    def drop_region_demonyms(self) -> None:
        """"South American", "Latin American": a capitalized word of direction before a
        one-word demonym makes the pair a region's adjective, no mention of the state
        whose demonym the last word is (a state's own demonym of two words, "South
        Korean", is one mention and stays)."""
        prefixes = lexicon().constructions.region_demonym_prefixes
        doc = self.doc
        drop = [r for r in self.refs if r.kind == "State" and r.how == "demonym"
                and r.end - r.start == 1 and r.start > 0
                and doc[r.start - 1].lower_ in prefixes and doc[r.start - 1].is_title
                and (r.start - 1) not in self.tok]
        if not drop:
            return
        gone = {id(r) for r in drop}
        self.tok = {i: r for i, r in self.tok.items() if id(r) not in gone}
        self.refs = [r for r in self.refs if id(r) not in gone]

    def _article_state(self, head: Token) -> Ref | None:
        """"NAME's government said ... The army said ...", "police said", "security forces
        opened fire": a state's armed body written in lower case with no owner ("the" or
        no article; not "a police officer", "its army", "the army of X", "the NAME army") is
        the body of the one state the text has named (by name or capital) before it. None
        where it has named none or several."""
        if not head.is_lower or head.pos_ != "NOUN" or head.dep_ in ("compound", "amod", "nmod"):
            return None  # ("a special military operation": no body)
        mods = [c for c in head.children if c.dep_ in ("amod", "compound")]
        if len(mods) > 1 or any(not c.is_lower for c in mods):
            return None
        pair = f"{mods[0].lower_} {head.lower_}" if mods else ""
        if pair not in _w("armed_body_pairs") and not (
                not mods and head.lower_ in _w("armed_body_heads")):
            return None
        if any((c.dep_ == "det" and c.lower_ != "the") or c.dep_ in ("poss", "nummod")
               or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children):
            return None
        # a state named by its name or capital, not by a demonym: a demonym often names the
        # other side's weapon or strike ("after a DEMONYM strike, police said")
        # (nor one named only as the leader or backer of others: "US-led air strikes")
        doc = self.doc
        states = {r.key: r for r in self.refs if r.kind == "State" and r.start < head.i
                  and r.how in ("name", "metonym") and not (
                      r.end + 1 < len(doc) and doc[r.end].text in ("-", "–")
                      and doc[r.end + 1].tag_ == "VBN")}
        return next(iter(states.values())) if len(states) == 1 else None

    def _topic_state(self, head: Token) -> Ref | None:
        """"STATE has condemned X. Foreign ministry spokesman Y said ...": a state's body
        written in lower case with no owner, in a title right before a person's name, is
        the body of the state that is the subject of the sentence before (in the same
        paragraph)."""
        doc = self.doc
        title = head.head
        if not head.is_lower or head.dep_ != "compound" or (
                title.lemma_.lower() not in lexicon().titles.heads) or title.i + 1 >= len(doc):
            return None
        person = self.tok.get(title.i + 1)
        if person is None or person.kind != "Person" or any(
                c.dep_ in ("poss", "det") and c.lower_ not in ("the",)
                for t in (head, title) for c in t.children):
            return None  # "his ministry's spokesman", "a ministry spokesman"
        sent = head.sent
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[before.start:sent.start]):
            return None  # a new paragraph
        subjects = [r for c in before.root.children if c.dep_ == "nsubj"
                    and (r := self.tok.get(c.i)) is not None and r.kind == "State"]
        if len(subjects) != 1:
            return None
        # only where that state is the only one named in both sentences: wire copy often
        # quotes the other side next ("A sanctioned B. Foreign ministry spokesman Y ...")
        states = {r.key for r in self.refs if before.start <= r.start < sent.end
                  and r.kind == "State" and doc[r.start:r.end].root.dep_ not in (
                      "compound", "amod", "nmod")}  # (not a modifier: "the U.S. strikes")
        return subjects[0] if states == {subjects[0].key} else None

    def _local_common_body(self, head: Token) -> None:
        """"the CITY police", "a CITY police officer": a body written in lower case right
        after a place's name (a place, or a city's name that no mention covers) is the
        place's body, named with it."""
        doc = self.doc
        k = head.i - 1
        if k < 0 or doc[k].dep_ != "compound" or doc[k].head.i not in (head.i, head.head.i) or (
                head.dep_ != "compound" and doc[k].head.i != head.i) or (
                not doc[k].text[:1].isupper()) or doc[k].pos_ != "PROPN":
            return
        place = self.tok.get(k)
        if (place is not None and place.kind != "Place") or (
                place is None and not self._city(doc[k:k + 1])):
            return  # ("the Coalition military": no place)
        start = place.start if place is not None else k
        if place is None and k > 0 and doc[k - 1].pos_ == "PROPN":
            return  # a longer name before the noun: whose, unclear
        if place is not None:
            self.tok = {i: r for i, r in self.tok.items() if r is not place}
            self.refs = [r for r in self.refs if r is not place]
        span = doc[start:head.i + 1]
        self._add(Ref(_norm(span.text), "Body", start, head.i + 1, span.text, "name"))

    def _state_named(self, tok: Token) -> bool:
        """Whether a proper noun heads a name that starts with a state's name."""
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ not in ("", "ORG"):
            return False
        low = tok.lower_
        if low in _not_state_named():
            return False
        for c in tok.lefts:
            r = self.tok.get(c.i)
            if c.dep_ != "compound" or r is None or c.i != tok.i - 1 or stance_prefixed(c):
                continue  # (the state of "the pro-X Party of Y" is no part of its name)
            if r.kind == "State" and r.how in ("name", "metonym"):
                return True  # "Iran Air", "China Daily"
            if r.kind == "Organization" and low in _w("organ_nouns"):
                return True  # "the African Union Commission"
        return False

    def _named_initiative(self, head: Token) -> None:
        """"the Middle East Green Initiative": a proper name ending in Initiative,
        Corridor, Programme ... is an initiative, even when it contains a place."""
        mods = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod")
                and c.text[:1].isupper()]
        if not mods:
            return
        span, _ = self._take_name(head, mods)
        # "the Joint Comprehensive Plan of Action": a capitalized "of" name goes with it
        tail = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                and p.i == head.i + 1 for o in p.children if o.dep_ == "pobj"]
        if tail and all(w.text[:1].isupper() and w.pos_ == "PROPN" and w.i not in self.tok
                        for w in self.doc[head.i + 2:tail[0].i + 1]):
            span = self.doc[span.start:tail[0].i + 1]
        text = _norm(span.text)
        self._add(Ref(text, "Initiative", span.start, span.end, span.text, "minted"), label=text)

    def _modifiers(self, head: Token) -> list[Token]:
        mods = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod")]
        out: list[Token] = []
        for m in mods:
            out.extend(t for t in m.subtree if not t.is_punct or t.text == "-")
        return sorted(out, key=lambda t: t.i)

    def _owner(self, head: Token) -> Ref | None:
        for c in head.lefts:
            if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i in self.tok:
                ref = self.tok[c.i]
                if ref.kind in ("State", "Organization", "Body"):
                    return ref
        return None

    def _office(self, head: Token) -> None:
        mods = [t for t in self._modifiers(head) if t.i not in self.tok
                and t.lower_ not in ("its", "their", "a", "the")
                and t.lower_ not in _w("office_skipped_modifiers")
                and (t.pos_ in ("NOUN", "PROPN", "ADJ", "PUNCT") or (
                    t.i + 1 < len(self.doc) and self.doc[t.i + 1].text == "-"))
                and t.ent_type_ not in ("ORDINAL", "DATE")]
        # Only offices of someone, or with a descriptive compound, are nodes.
        owner = self._owner(head)
        place = None
        holders = [head]
        if head.dep_ == "dobj" and head.head.pos_ == "VERB":
            holders.append(head.head)  # "open an office [at NATO]"
        for holder in holders:
            for prep in holder.rights:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "at") and place is None:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and pobj.i in self.tok:
                            place = (prep.lower_, self.tok[pobj.i])
        if not mods and owner is None and place is None:
            return
        core = " ".join([t.text for t in mods] + [head.text])
        core = re.sub(r"\s*-\s*", "-", core)
        labels = [core]
        if owner:
            labels.append(f"{owner.text} {core}")
            labels.append(f"{owner.text}'s {core}")
        if place:
            labels.append(f"{core} {place[0]} {place[1].text}")
            if owner:
                labels.append(f"{owner.text} {core} {place[0]} {place[1].text}")
        lemma = head.lemma_.lower()
        key = self.offices.get(lemma)
        if key is None:
            owner_name = f"{owner.key}'s " if owner and place and place[1].key == owner.key else (
                f"{owner.key} " if owner else "")
            where = ""
            if place:
                # A capital named as a place is the city, not its state.
                city = place[1].text if place[1].how == "metonym" else place[1].key
                where = f" {place[0]} {_strip_the(city)}"
            key = f"{owner_name}{core}{where}"
            self.offices[lemma] = key
        end = head.i + 1
        start = min([t.i for t in mods] + [head.i])
        for label in labels:
            self._add(Ref(key, "Office", start, end, self.doc[start:end].text, "minted"),
                      label=label)
            info = self.actors.get(key)
            if info is None:
                break  # its words are another mention's already: no office of its own
            if label not in info.labels:
                info.labels.append(label)

    def _event(self, head: Token) -> None:
        mods = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod", "nummod")]
        named = [m for m in mods if (m.i in self.tok and self.tok[m.i].kind == "Organization")
                 or (m.pos_ == "PROPN")]
        if not named:
            # "the bloc's annual summit": a summit of a named organization.
            owner = self._event_owner(head)
            if owner is not None:
                name = f"{owner.key} {head.lemma_.lower()}"
                self._add(Ref(name, "Event", head.i, head.i + 1, head.text, "minted"),
                          label=name)
            else:
                self._placed_meeting(head)
            return
        start = min(t.i for m in mods for t in m.subtree)
        toks = [t for t in self.doc[start:head.i + 1] if t.lower_ not in ("the", "a", "an")
                and t.tag_ != "POS" and t.text not in QUOTES and t.lower_ not in _w("event_skip")
                and (t.i == head.i or t.pos_ in ("PROPN", "NUM") or t.i in self.tok
                     or t.text == "-" or t.text[:1].isupper())]
        if not toks:
            return
        name = _norm(self.doc[toks[0].i:head.i + 1].text)
        name = re.sub(r"^(the|a|an)\s+", "", re.sub(r"\s*-\s*", "-", name), flags=re.I)
        key = name[0].upper() + name[1:]
        key = re.sub(r"\b(Summit|Conference|Forum|Meeting)$", lambda m: m.group(1).lower(), key)
        self._add(Ref(key, "Event", toks[0].i, head.i + 1, name, "minted"), label=name,
                  overwrite=True)

    def _placed_meeting(self, head: Token) -> None:
        """"a three-way meeting in Vilnius", "talks in Beijing": a meeting the text
        places is an event of its own (the guidelines give it an id)."""
        if head.lemma_.lower() not in _w("placed_meetings") or not self._definite_or_placed(head):
            return
        place = next((self.tok[q.i] for c in head.children if c.dep_ == "prep"
                      and c.lower_ in ("in", "at") for p in c.children if p.dep_ == "pobj"
                      for q in [p] + [g for o in p.children if o.dep_ == "prep"
                                      and o.lower_ == "of" for g in o.children]
                      if q.i in self.tok and self.tok[q.i].kind in ("Place", "State")), None)
        if place is None or not any(e.label_ in ("DATE", "TIME") for e in head.sent.ents):
            return  # placed and dated, as the guidelines say
        mods = [c for c in head.lefts if c.dep_ in ("amod", "compound") and c.i not in self.tok
                and c.ent_type_ not in ("DATE", "TIME", "ORDINAL", "CARDINAL")
                and c.lower_ not in _w("event_skip")]
        start = min([head.i] + [t.i for m in mods for t in m.subtree])
        # (not over an actor inside a modifier: "the DEMONYM-hosted talks")
        start = max([start] + [i + 1 for i in range(start, head.i) if i in self.tok])
        while start < head.i and self.doc[start].is_punct:
            start += 1
        if head.i in self.tok:
            return
        core = _norm(self.doc[start:head.i + 1].text) if start < head.i else head.text
        where = _strip_the(place.text)
        key = f"{core} in {where}"
        self._add(Ref(key, "Event", start, head.i + 1, core, "minted"), label=key)
        info = self.actors[key]
        for label in [f"{head.text} in {where}"] + ([core] if core != head.text else []):
            if label not in info.labels:
                info.labels.append(label)

    @staticmethod
    def _definite_or_placed(head: Token) -> bool:
        denials = lexicon().constructions.event_denials
        return not any(c.lower_ in denials for c in head.children)

    def _event_owner(self, head: Token) -> Ref | None:
        if head.lemma_.lower() not in _w("hosted_event_nouns"):
            return None
        for c in head.children:
            if c.dep_ != "poss":
                continue
            if c.i in self.tok and self.tok[c.i].kind == "Organization":
                return self.tok[c.i]
            if c.lemma_.lower() in _w("coref_org_nouns") and self._definite(c):
                return self._last(c, ("Organization",))
        return None

    def _quoted_initiatives(self) -> None:
        doc, forms = self.doc, self.lowers
        self._quoted_organizations()
        i = 0
        while i < len(doc):
            if forms[i] in _OPENING_QUOTES:
                j = i + 1
                while j < len(doc) and j - i <= 8 and forms[j] not in _CLOSING_QUOTES:
                    j += 1
                if j < len(doc) and forms[j] in _CLOSING_QUOTES and j - i > 1:
                    self._initiative(doc[i + 1:j])
                    i = j
            i += 1
        # Unquoted "Asia-Pacific version of NATO".
        for tok in self._candidates(lowers=("version",)):
            span = doc[min(t.i for t in tok.subtree):max(t.i for t in tok.subtree) + 1]
            self._initiative(span)

    def _quoted_organizations(self) -> None:
        """A quoted name in title case whose last word names a group ("the "X
        Coalition" says ..."): an organization the NER missed."""
        doc = self.doc
        heads = _w("coref_org_nouns") | _w("armed_group_heads") | {
            n for n, ws in _table("reference_nouns").items() if "Organization" in ws}
        for i, form in enumerate(self.lowers):
            if form not in heads or i + 1 >= len(doc) or (
                    self.lowers[i + 1] not in _CLOSING_QUOTES):
                continue
            tok = doc[i]
            if not tok.text[:1].isupper():
                continue
            start = next((k for k in range(tok.i - 1, max(-1, tok.i - 12), -1)
                          if doc[k].text in ("“", '"', "‘")), None)
            if start is None or start + 2 > tok.i:
                continue
            span = doc[start + 1:tok.i + 1]
            # an armed group's long name may hold other names: "the "Secret Group of ORG""
            armed = form in _w("armed_group_heads") and any(t.lower_ == "of" for t in span)
            own = self.tok.get(tok.i)  # "Coalition" alone may be a gazetteer alias
            if own is not None and own.end - own.start > 1 and not (
                    armed and own.start > span.start):
                continue
            inner = {id(r): r for t in span if t.i != tok.i
                     and (r := self.tok.get(t.i)) is not None}.values()
            if any(((t.i in self.tok and t.i != tok.i) or t.ent_type_ in ("GPE", "LOC", "NORP"))
                   and not armed or t.ent_type_ == "PERSON"
                   or not (t.text[:1].isupper() or t.lower_ in ("the", "of", "for", "and",
                                                                "against") or t.text == "-")
                   for t in span) or not span[0].text[:1].isupper() or any(
                    r.start < span.start or r.end > span.end or r.kind == "Person"
                    for r in inner):
                continue
            for gone in [*inner, *([own] if own is not None else [])]:
                for k in range(gone.start, gone.end):
                    self.tok.pop(k, None)
                self.refs = [r for r in self.refs if r is not gone]
                self._drop_label(gone)
            self._add(Ref(_norm(span.text), "Organization", span.start, span.end, span.text,
                          "name"))

    def _drop_label(self, gone: Ref) -> None:
        """Take back from its actor the label a dropped mention gave it, unless another
        mention of the actor still has it."""
        info = self.actors.get(gone.key)
        if info is None:
            return
        kept = {_strip_the(_norm(r.text)) for r in self.refs if r.key == gone.key}
        surface = _strip_the(_norm(gone.text))
        if surface not in kept and surface in info.labels:
            info.labels.remove(surface)

    def _initiative(self, span: Span) -> None:
        orgs = [self.tok[t.i] for t in span if t.i in self.tok
                and self.tok[t.i].kind == "Organization"]
        if not orgs:
            return
        if any(t.tag_ in _FINITE_TAGS for t in span):
            return  # a quoted clause is speech, not a name: '"We condemn ORG," said X'
        toks = [t for t in span if t.lower_ not in ("a", "an", "the") and t.text not in QUOTES]
        if not toks:
            return
        org = orgs[0]
        surface = re.sub(r"\s*-\s*", "-", " ".join(t.text for t in toks))
        if _norm(surface).lower() == _norm(org.text).lower() or (
                org.start <= toks[0].i and toks[-1].i < org.end):
            return  # the quotes hold just the organization's name
        # Keep the words in order, with the organization's canonical name, and read
        # "Asian version of NATO" as "Asian NATO".
        words: list[str] = []
        org_done = False
        for t in toks:
            r = self.tok.get(t.i)
            if r is not None and r.kind == "Organization":
                if not org_done:
                    words.append(r.key)
                    org_done = True
            elif t.lower_ != "of" and t.lower_ not in _w("likeness_nouns"):
                words.append(t.text)
        if words and words[0] == org.key and len(words) > 1 and any(
                t.lower_ in _w("likeness_nouns") for t in toks):
            words = words[1:] + words[:1]
        key = re.sub(r"\s*-\s*", "-", " ".join(words))
        start, end = toks[0].i, toks[-1].i + 1
        ref = Ref(key, "Initiative", start, end, surface, "minted")
        for i in range(start, end):
            self.tok.pop(i, None)
        self.refs = [r for r in self.refs if r.end <= start or r.start >= end]
        self._add(ref, label=surface)

    # ------------------------------------------------------ titles alone
    def add_titles(self) -> None:
        """"The President of Russia stressed", "the Turkish foreign minister": an office
        of a named state, used alone, names its holder on the article's date (from the
        officeholders table); the state is kept as the title's owner."""
        if self.table is None:
            return
        heads = lexicon().titles.office_heads
        for tok in self._candidates(lowers=heads):
            if tok.tag_ in ("NNS", "NNPS"):
                continue
            found = self._title_holder(tok)
            if found is None:
                continue
            person, owner, phrase = found
            self._add(Ref(person.name, "Person", tok.i, tok.i + 1, phrase, "title"),
                      label=person.name, wikidata=person.wikidata)
            self.title_owners[tok.i] = owner

    def _title_holder(self, head: Token) -> tuple[Person, Ref, str] | None:
        """The holder, owner and words of an office title headed by ``head``, if it is
        used alone (not before or beside a person's name) and names one holder."""
        if self.table is None:
            return None
        doc = self.doc
        lex = lexicon().titles
        if any(c.lower_ in lex.office_blockers or c.ent_type_ == "ORDINAL" for c in head.lefts):
            return None  # "the former president", "the deputy foreign minister", "the 43rd"
        words = [c for c in head.lefts if c.dep_ in ("compound", "amod", "poss", "det")]
        owner = next((r for c in words if (r := self.tok.get(c.i)) is not None
                      and r.kind in ("State", "Organization")), None)
        phrase_words = [c.lower_ for c in words if c.i not in self.tok and c.dep_ != "det"
                        and c.dep_ != "poss"] + [head.lower_]
        end = head.i + 1
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
                continue
            for pobj in prep.children:
                r = self.tok.get(pobj.i)
                if r is not None and r.kind in ("State", "Organization") and owner is None:
                    owner, end = r, r.end
                elif r is None and pobj.pos_ in ("NOUN", "PROPN"):
                    # "Minister of Foreign Affairs of X", "Secretary of State"
                    phrase_words += [prep.lower_] + [t.lower_ for t in pobj.subtree
                                                     if t.i not in self.tok and not t.is_punct
                                                     and t.dep_ != "det"]
                    for p2 in pobj.rights:
                        for o2 in p2.children:
                            r2 = self.tok.get(o2.i)
                            if p2.lower_ == "of" and r2 is not None and owner is None and (
                                    r2.kind in ("State", "Organization")):
                                owner, end = r2, r2.end
        if owner is None:
            return None
        following = end
        while following < len(doc) and doc[following].text in ("-", "–"):
            following += 1
        if following < len(doc) and (doc[following].ent_type_ == "PERSON" or (
                (r := self.tok.get(following)) is not None and r.kind == "Person")):
            return None  # "President of Russia Vladimir Putin": a title before a name
        phrase = " ".join(w for w in phrase_words if w not in ("the", "'s", "’s"))
        terms = [term for office in lex.office_at_end(phrase.split())[0]
                 for term in self.table.terms_in(owner.key, office, self.date)]
        if len({t.person for t in terms}) > 1:
            # "President" names a head of state and, in some states, of government: the
            # position whose title has the word wins ("President of Russia").
            terms = [t for t in terms if head.lower_ in t.title.lower()]
        if len({t.person for t in terms}) != 1:
            return None
        person = self.table.persons[terms[0].person]
        if self._titles_a_named_person(head, person):
            return None  # "Olaf Scholz, the German chancellor": the named person's title
        named = any(fold_name(person.name) == fold_name(n) for n in self.person_keys.values())
        if not named and (self.date is None or head.dep_ in ("poss", "compound")):
            return None  # without a date, or as a modifier, only a holder the article names
        start = min([head.i] + [c.i for c in words if c.dep_ != "det"])
        return person, owner, doc[start:max(end, head.i + 1)].text

    def _titles_a_named_person(self, head: Token, holder: Person) -> bool:
        """Whether an office title stands in apposition to a named person ("Olaf Scholz,
        the German chancellor", "the Russian President, Vladimir Putin,") who may hold
        it: the holder, or a person the table does not know. A known person who does
        not hold it is beside the title by the parse only ("At the request of Naftali
        Bennett, the President of Russia briefed him")."""
        if self.table is None:
            return False
        beside = [head.head] if head.dep_ == "appos" else []
        beside += [c for c in head.children if c.dep_ == "appos"]
        for tok in beside:
            r = self.tok.get(tok.i)
            if r is None or r.kind != "Person":
                continue
            known = self.table.find_person(r.key)
            if known is None or known.id == holder.id:
                return True
        return False

    # -------------------------------------------------------- coreference
    def add_coreferences(self) -> None:
        # every branch below needs one of these forms or lemmas
        lemmas = (_w("coref_org_nouns") | _w("coref_event_nouns") | set(_table("pair_nouns"))
                  | set(_table("reference_nouns")))
        for tok in self._candidates(lowers=_w("male_female") | {"it", "its", "head"}
                                    | _w("coref_title_heads"), lemmas=lemmas):
            lower = tok.lower_
            if lower == "head":
                ref = self._bare_office(tok)
                if ref:
                    self._add(Ref(ref.key, "Person", tok.i, tok.i + 3, tok.text, "coref"))
                continue
            if lower in _w("coref_title_heads"):
                ref = self._bare_title(tok)
                if ref:
                    self._add(Ref(ref.key, "Person", tok.i, tok.i + 1, tok.text, "coref"))
                continue
            if tok.pos_ == "PRON" and lower in _w("male_female"):
                sex = "f" if lower in _w("female_words") else "m"
                ref = next((r for r in (self._fronted_owner(tok), self._informer(tok),
                                        self._governing_subject(tok))
                            if r is not None and self.sex.get(r.key, sex) == sex), None)
                ref = ref or self._person_antecedent(tok, sex)
                if ref:
                    self._add(Ref(ref.key, "Person", tok.i, tok.i + 1, tok.text, "coref"))
                    if tok.dep_ in ("nsubj", "nsubjpass"):  # a possessive is read less surely
                        self.sex.setdefault(ref.key, sex)
            elif tok.pos_ == "PRON" and lower in ("it", "its"):
                ref = None if self._pleonastic(tok) else self._its(tok)
                if ref:
                    self._add(Ref(ref.key, ref.kind, tok.i, tok.i + 1, tok.text, "coref"))
            elif tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _w("coref_org_nouns"):
                if self._definite(tok) and not self._named_group_noun(tok) and not any(
                        c.dep_ == "prep" and c.lower_ in ("between", "with", "of")
                        and not _charge_of(tok, c) for c in tok.children):
                    ref = self._last_organization(tok)
                    if ref:
                        self._add(Ref(ref.key, ref.kind, tok.i, tok.i + 1, tok.text, "coref"))
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in _w("coref_event_nouns"):
                # kg_events resolves the event phrases it builds ("the meeting", "the
                # trilateral meeting of A, B and C") by their heads and modifiers
                if self._definite(tok) and tok.lemma_.lower() not in (
                        lexicon().constructions.event_heads):
                    ref = self._last(tok, ("Event",))
                    if ref:
                        self._add(Ref(ref.key, ref.kind, tok.i, tok.i + 1, tok.text, "coref"))
            elif tok.pos_ == "NOUN" and tok.tag_ == "NNS" and (
                    tok.lemma_.lower() in _table("pair_nouns")):
                self._pair(tok)
            elif tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NN", "NNP") and (
                    tok.lemma_.lower() in _table("reference_nouns")):
                ref = self._described(tok)
                if ref:
                    self._add(Ref(ref.key, ref.kind, tok.i, tok.i + 1, tok.text, "coref"))

    @staticmethod
    def _title_words(tok: Token) -> tuple[str, ...]:
        """The title words that end in ``tok``: "Prime Minister", "Foreign Minister"."""
        words = lexicon().titles.words
        start = tok.i
        while start > tok.sent.start and tok.doc[start - 1].lower_ in words:
            start -= 1
        return tuple(t.lower_ for t in tok.doc[start:tok.i + 1])

    def _titled_key(self, tok: Token) -> str | None:
        """The person a title token names: "President NAME" (the title a compound of the
        name), "NAME, the DEMONYM president" (in apposition), "the Russian president"
        (resolved to its holder), "President of STATE NAME"."""
        r = self.tok.get(tok.i)
        if r is not None:
            return r.key if r.kind == "Person" and r.how != "coref" else None
        cands = [tok.head] if tok.dep_ in ("compound", "appos") else []
        cands += [c for c in tok.children if c.dep_ in ("appos", "compound", "flat")]
        cands += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ in ("appos", "conj")]
        for c in cands:
            r = self.tok.get(c.i)
            if r is not None and r.kind == "Person" and r.how != "coref":
                return r.key
        return None

    def _bare_title(self, tok: Token) -> Ref | None:
        """ "the president", "the prime minister": a definite title with no owner of its own
        (no "of X", no state or possessive before it) and no name beside it names the person
        named last with that title, if one only was named with it in the title's paragraph
        or the three sentences before; not a title inside a quotation, nor one that owns a
        seat ("the president's office")."""
        doc = self.doc
        lex = lexicon()
        if tok.tag_ not in ("NN", "NNP") or tok.dep_ in ("compound", "nmod", "amod"):
            return None
        words = self._title_words(tok)
        first = tok.i - len(words) + 1
        if first == 0 or doc[first - 1].lower_ != "the" or any(
                w in lex.titles.office_blockers for w in words):
            return None
        if any(c.dep_ == "prep" and c.lower_ in ("of", "for", "to") for c in tok.children) or any(
                c.dep_ in ("appos", "poss") or (c.dep_ in ("compound", "amod", "nmod")
                                                 and c.lower_ not in lex.titles.words)
                for c in tok.children):
            return None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.i in self.tok or (
                nxt.text == "," and tok.dep_ == "appos")):
            return None
        if tok.dep_ == "appos" or (tok.dep_ == "poss" and (
                tok.head.lemma_.lower() in _w("coref_title_seats"))):
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "to", "for") and (
                tok.head.head.pos_ in ("NOUN", "PROPN")):
            return None  # "the Office of the President", "an adviser to the president"
        since = self._lookback_start(tok)
        if since is None:
            return None
        titled: dict[str, int] = {}
        for t in doc[:first]:
            if t.lemma_.lower() in lex.titles.heads or t.lower_ in lex.titles.heads:
                key = self._titled_key(t)
                tw = self._title_words(t)
                if key is not None and tw[-len(words):] == words and not any(
                        w in lex.titles.office_blockers for w in tw) and not (
                        t.i > 0 and doc[t.i - 1].lower_ in lex.titles.office_blockers):
                    titled[key] = t.i
        near = {r.key: r for r in self.refs if since <= r.start < first and r.kind == "Person"
                and r.key in titled}
        near_titled = {k for k, i in titled.items() if i >= since}
        keys = set(near) | near_titled
        if len(keys) != 1:
            return None  # none, or two such persons named close before
        key = keys.pop()
        return near.get(key) or self.tok.get(titled[key])

    def _lookback_start(self, tok: Token) -> int | None:
        """Where a bare title's holder may be named: from the start of its paragraph or
        the three sentences before its own, whichever is earlier; None inside a
        quotation."""
        doc = self.doc
        sent = tok.sent
        if sum(t.text in ('"', "“", "”") for t in doc[sent.start:tok.i]) % 2:
            return None  # inside a quotation
        since = sent.start
        for _ in range(3):
            if since > 0:
                since = doc[since - 1].sent.start
        para = doc.text.rfind("\n\n", 0, tok.idx)
        if para >= 0:
            since = min(since, next((t.i for t in doc if t.idx >= para), since))
        return since

    def _bare_office(self, tok: Token) -> Ref | None:
        """ "the head of state", "the Head of Government": an office of the officeholders
        table named by its own words, with no owner and no name beside it, names the one
        person titled with a form of that office ("President NAME", "Prime Minister of X
        NAME") in the phrase's paragraph or the three sentences before; none if two such
        persons are named there, nor inside a quotation."""
        doc = self.doc
        lex = lexicon().titles
        if tok.tag_ not in ("NN", "NNP") or tok.dep_ in ("compound", "nmod", "amod", "appos"):
            return None
        if tok.i == 0 or doc[tok.i - 1].lower_ != "the" or tok.i + 2 >= len(doc):
            return None
        preps = [c for c in tok.children if c.dep_ == "prep"]
        if len(preps) != 1 or preps[0].i != tok.i + 1 or preps[0].lower_ != "of" or any(
                c.dep_ != "det" for c in tok.lefts):
            return None
        obj = doc[tok.i + 2]
        if obj.head.i != preps[0].i or obj.dep_ != "pobj" or list(obj.children):
            return None
        forms = lex.offices.get(f"{tok.lower_}_of_{obj.lower_}")
        if not forms:
            return None
        nxt = doc[tok.i + 3] if tok.i + 3 < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.i in self.tok or (
                nxt.text == "," and any(c.dep_ == "appos" for c in tok.children))):
            return None  # "the head of state, NAME": the title of a named person
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "to", "for") and (
                tok.head.head.pos_ in ("NOUN", "PROPN")):
            return None  # "the office of the head of state"
        since = self._lookback_start(tok)
        if since is None:
            return None
        titled: dict[str, int] = {}
        for t in doc[since:tok.i - 1]:
            if t.lemma_.lower() not in lex.heads and t.lower_ not in lex.heads:
                continue
            tw = self._title_words(t)
            if any(w in lex.office_blockers for w in tw) or (
                    t.i > 0 and doc[t.i - 1].lower_ in lex.office_blockers):
                continue  # "former President NAME", "Vice President NAME"
            if not any(list(tw[-len(f.split()):]) == f.split() for f in forms):
                continue
            key = self._titled_key(t)
            if key is not None:
                titled.setdefault(key, t.i)
        if len(titled) != 1:
            return None  # none, or two such persons named close before
        key, at = titled.popitem()
        return self.tok.get(at) or next((r for r in self.refs if r.key == key), None)

    def _pair(self, tok: Token) -> None:
        """"the two leaders", "both sides": the last two actors of that sort named;
        "the four countries": the last list of four of them."""
        count = next((NUMBERS[c.lower_] for c in tok.children if c.lower_ in NUMBERS), 0)
        if count >= 3:
            self._listed(tok, count)
            return
        if not any(c.lower_ in ("two", "both") for c in tok.children):
            return
        kinds = tuple(_table("pair_nouns")[tok.lemma_.lower()])
        sent = tok.sent
        # Only as far back as the previous sentence: further, "the two" is a guess.
        since = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        # Not the actors of the clause's own subject ("Lula ... urged both sides").
        verb = tok.head if tok.dep_ in ("dobj", "pobj") else tok
        own = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        cands = [r for r in self.refs if since <= r.start < tok.i and r.kind in kinds
                 and r.start not in own]
        by_root = {self.doc[r.start:r.end].root.i: r for r in cands}
        pairs: list[tuple[Ref, Ref]] = []
        for root_i, r in by_root.items():
            root = self.doc[root_i]
            # "India and China ...": coordinated actors (not go-betweens: "A and B tried
            # to mediate ... both sides")
            if self._go_betweens(root):
                continue
            for c in root.children:
                if c.dep_ == "conj" and c.i in by_root and by_root[c.i].key != r.key:
                    pairs.append((r, by_root[c.i]))
            # "X held talks with Y", "X met Y": the two sides of one act
            if root.dep_ == "pobj" and root.head.lower_ == "with":
                holder = root.head.head
                verb = holder.head if holder.pos_ == "NOUN" and holder.dep_ == "dobj" else holder
                for c in verb.children:
                    if c.dep_ == "nsubj" and c.i in by_root and by_root[c.i].key != r.key:
                        pairs.append((by_root[c.i], r))
        named = list({r.key: r for r in cands}.values())
        if not pairs and len(named) == 2 and kinds == ("Person",):
            # "X was welcomed by TITLE Y. The two leaders held talks": two people, and no
            # others, named since the sentence before
            pairs.append((named[0], named[1]))
        if pairs:
            a, b = max(pairs, key=lambda p: max(p[0].start, p[1].start))
            self.groups[tok.i] = [Ref(x.key, x.kind, tok.i, tok.i + 1, tok.text, "coref")
                                  for x in (a, b)]

    @staticmethod
    def _go_betweens(root: Token) -> bool:
        """Whether actors coordinated as a subject stand between two others: their verb, or
        one it controls, hosts or brokers ("A and B were trying to mediate a truce")."""
        if root.dep_ not in ("nsubj", "nsubjpass"):
            return False
        hosts = lexicon().modality.host_verbs
        stack = [root.head]
        while stack:
            verb = stack.pop()
            if verb.lemma_.lower() in hosts:
                return True
            stack.extend(c for c in verb.children if c.dep_ == "xcomp")
        return False

    def _listed(self, tok: Token, count: int) -> None:
        kinds = tuple(_table("pair_nouns")[tok.lemma_.lower()])
        best: list[Ref] = []
        for r in self.refs:
            root = self.doc[r.start:r.end].root
            if r.start >= tok.i or r.kind not in kinds or root.dep_ == "conj":
                continue
            members: list[Ref] = []
            stack = [root]
            while stack:
                cur = stack.pop()
                m = self.tok.get(cur.i)
                if m is not None and m.kind in kinds and all(x.key != m.key for x in members):
                    members.append(m)
                stack.extend(c for c in cur.children if c.dep_ == "conj")
            if len(members) == count:
                best = members  # refs are in text order: the last list wins
        if best:
            self.groups[tok.i] = [Ref(x.key, x.kind, tok.i, tok.i + 1, tok.text, "coref")
                                  for x in best]

    def _described(self, tok: Token) -> Ref | None:
        """ "the embassy", "the airline", "the group": a definite description whose noun
        names the kind of an actor named before (``[mentions] reference_nouns``): the
        last office, body or organization whose name has one of the noun's name words,
        or the last actor of the noun's kind in the last few sentences. Not a noun that
        describes itself ("the embassy in CITY", "the group of activists", "the DEMONYM
        embassy") or qualifies another ("the embassy staff")."""
        if not self._definite(tok) or tok.dep_ in ("compound", "amod", "nmod"):
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in", "at", "for", "between", "with",
                                                 "to", "from"):
                return None
            if c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") and (
                    c.i in self.tok or c.pos_ == "PROPN" or c.ent_type_):
                return None
        words = _table("reference_nouns")[tok.lemma_.lower()]
        names = {w for w in words if w.islower()}
        kinds = {w for w in words if not w.islower()}
        since = tok.sent.start
        for _ in range(3):  # a kind alone: only as far back as three sentences
            if since > 0:
                since = self.doc[since - 1].sent.start
        best: Ref | None = None
        for r in self.refs:
            if r.start >= tok.i or (best is not None and r.start <= best.start):
                continue
            named = r.kind in ("Office", "Body", "Organization") and bool(names & {
                w.lower() for w in f"{r.key} {r.text}".split()})
            if named or (r.kind in kinds and r.start >= since):
                best = r
        return best

    def _named_group_noun(self, tok: Token) -> bool:
        """Whether a group noun has a name of its own before it that names no actor known
        ("the NAME alliance", "the ACRONYM opposition coalition"; a name read as a body's):
        a group the text names there, not one named before that it refers back to ("the
        NATO alliance" names NATO; a place or demonym, "the Atlantic alliance", only
        describes it)."""
        lex = lexicon()
        words = lex.titles.words | lex.constructions.group_describing_words | (
            lex.constructions.region_demonym_prefixes)
        return any(t.text[:1].isupper() and t.dep_ != "det" and (
            t.i not in self.tok or self.tok[t.i].kind == "Body")
                   and t.ent_type_ not in ("LOC", "NORP", "GPE")
                   and t.lower_ not in words and not t.is_sent_start
                   for t in self.doc[tok.left_edge.i:tok.i])

    def _definite(self, tok: Token) -> bool:
        dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
        return any(d.lower_ in ("the", "this", "that") for d in dets) or (
            tok.text[0].isupper() and tok.i > 0 and tok.nbor(-1).lower_ == "the")

    def _last_organization(self, tok: Token) -> Ref | None:
        """The organization "the alliance" or "the bloc" names: the last one named, not a
        seat named as the place of an act ("met in CITY": ``finish`` makes it a place);
        but one named with the same head noun before it, when there is one ("the NAME-led
        coalition ... GROUP ... the coalition")."""
        best = None
        same = None
        head = tok.lemma_.lower()
        for ref in self.refs:  # (not in text order: minted groups come last)
            if ref.start >= tok.i or ref.kind != "Organization":
                continue
            root = self.doc[ref.start:ref.end].root
            if root.lemma_.lower() == head and root.is_lower and ref.how != "coref" and (
                    same is None or ref.start > same.start):
                # (a coalition the text describes, "the X-led coalition"; not one whose
                # name has the noun, "the Alliance of NAME", which "the alliance" after
                # another organization need not be)
                same = ref
            if best is not None and ref.start <= best.start:
                continue
            if ref.how == "metonym" and root.dep_ == "pobj" and (
                    root.head.lower_ in _w("locative_preps")):
                continue
            best = ref
        return same or best

    def _last(self, tok: Token, kinds: tuple[str, ...], not_key: str | None = None) -> Ref | None:
        best = None
        for ref in self.refs:
            if ref.start < tok.i and ref.kind in kinds and ref.key != not_key and (
                    best is None or ref.start > best.start):
                best = ref
        return best

    def _person_antecedent(self, tok: Token, sex: str) -> Ref | None:
        """The person a "he"/"she" names: the last one named whose sex, as far as the
        text tells, agrees (not the subject of its own clause: "She praised him"); but
        when that one was only named inside a phrase of the sentence before ("by X",
        "which killed X"), or the pronoun is its own sentence's subject, and the pronoun's
        sentence names nobody before it, the subject of that sentence's main clause ("X,
        who ..., was involved in a collision which killed Y. She left COUNTRY"; "X met Y
        on Monday. He urged ..."), unless the pronoun is "she" and only the last one
        named is known to be a woman."""
        not_key = self._clause_subject_key(tok)
        last: Ref | None = None
        for r in self.refs:
            if r.start < tok.i and r.kind == "Person" and r.key != not_key and (
                    self.sex.get(r.key, sex) == sex) and (last is None or r.start > last.start):
                last = r
        sent = tok.sent
        if last is None or last.start >= sent.start or sent.start == 0:
            return last
        prev = self.doc[sent.start - 1].sent
        prominent = self._prominent(last)
        if last.start < prev.start or (prominent and not self._salient_slot(tok)):
            return last
        # for "she", an object there known to be a woman beats a subject whose sex the text
        # does not tell (most people named in the news are men: one of unknown sex agrees
        # with "he" as well as one known to be a man)
        surer = last if prominent and sex == "f" and last.key in self.sex else None
        verbs = [prev.root, *(c for c in prev.root.children if c.dep_ == "conj")]
        if prev.root.lemma_.lower() in lexicon().reporting.verbs and not any(
                c.dep_ == "nsubj" and (speaker := self.tok.get(c.i)) is not None
                and speaker.kind == "Person" for c in prev.root.children):
            # an attribution after what it reports ("X met Y ..., the ministry said"): the
            # reported clause's subject is the topic (not where a person speaks: "..., the
            # spokesman NAME said. He added ..." is the speaker)
            told = [c for c in prev.root.children if c.dep_ == "ccomp" and c.i < prev.root.i]
            verbs = [*told, *(c for t in told for c in t.children if c.dep_ == "conj"), *verbs]
        for verb in verbs:
            for subj in verb.children:
                topic = self.tok.get(subj.i)
                if topic is None and subj.dep_ in ("nsubj", "nsubjpass"):
                    # the owner of the subject: "His talks with Y focused on ...", "X's
                    # visit to Y ended ..."
                    topic = next((self.tok[p.i] for p in subj.children
                                  if p.dep_ == "poss" and p.i in self.tok), None)
                if topic is None and subj.dep_ in ("nsubj", "nsubjpass") and (
                        subj.lower_ in lexicon().titles.heads):
                    # a title the parser made the head: "President of X NAME told ..."
                    people = {m.key: m for t in subj.subtree
                              if (m := self.tok.get(t.i)) is not None and m.kind == "Person"}
                    topic = next(iter(people.values())) if len(people) == 1 else None
                if subj.dep_ in ("nsubj", "nsubjpass") and topic is not None and (
                        topic.kind == "Person" and topic.key != not_key
                        and self.sex.get(topic.key, sex) == sex
                        and not any(c.dep_ == "conj" for c in subj.children)):
                    return surer if surer is not None and topic.key not in self.sex else topic
        return last

    @staticmethod
    def _salient_slot(tok: Token) -> bool:
        """Whether a pronoun is the subject of its sentence's main clause (or the owner
        of that subject: "His talks ..."): the slot that continues the topic of the
        sentence before, whose subject it then names before any object ("X met Y on
        Monday. He urged ..." is X)."""
        head = tok.head if tok.dep_ == "poss" else tok
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = head.head
        return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")

    def _prominent(self, ref: Ref) -> bool:
        """Whether a mention is a subject or object of its sentence's main verbs (or in
        apposition or coordination with one), not inside a phrase or a clause below."""
        tok = self.doc[ref.start:ref.end].root
        while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative", "iobj"):
            return False
        verb = tok.head
        return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")

    def _fronted_owner(self, tok: Token) -> Ref | None:
        """A possessive in a phrase set before its clause's subject ("After his talks with
        Y, X said ...", "In her call with Y, X stressed ..."): the subject, a person, that
        the phrase leads up to (wire copy names the actor after the phrase)."""
        if tok.dep_ != "poss":
            return None
        cur = tok
        while cur.head.i != cur.i and cur.head.pos_ not in ("VERB", "AUX"):
            cur = cur.head
        verb = cur.head
        if cur.i == verb.i or cur.dep_ not in ("prep", "advcl", "npadvmod") or cur.i > verb.i:
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i < cur.i or any(
                self.tok.get(t.i) is not None for t in cur.subtree if t.i < tok.i):
            return None  # not fronted, or someone is named in the phrase before the pronoun
        r = self.tok.get(subject.i)
        return r if r is not None and r.kind == "Person" and r.how != "coref" else None

    def _informer(self, tok: Token) -> Ref | None:
        """ "X informed Y about his talks", "X told Y of her plans": a possessive in what
        an informing verb is about is its subject's."""
        if tok.dep_ != "poss":
            return None
        cur = tok.head
        for _ in range(4):
            if cur.pos_ in ("VERB", "AUX"):
                break
            if cur.head.i == cur.i:
                return None
            cur = cur.head
        if cur.pos_ not in ("VERB", "AUX") or cur.lemma_.lower() not in _w("informing_verbs"):
            return None
        for child in cur.children:
            r = self.tok.get(child.i)
            if child.dep_ == "nsubj" and r is not None and r.kind == "Person":
                return r
        return None

    def _governing_subject(self, tok: Token) -> Ref | None:
        """A subject pronoun in a clause below a person's clause is that person: "X met
        Y, then Z, where he denounced ..." (X, not the last one named)."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        ancestors = {a.i for a in tok.ancestors}
        best: Ref | None = None
        for r in self.refs:
            if r.start >= tok.i or r.start < tok.sent.start or r.kind != "Person":
                continue
            root = self.doc[r.start:r.end].root
            if root.dep_ in ("nsubj", "nsubjpass") and root.head.i in ancestors and (
                    root.head.i != tok.head.i):
                best = r
        return best

    def _clause_subject_key(self, tok: Token) -> str | None:
        """For an object pronoun ("She praised him"), the key of its clause's subject."""
        if tok.dep_ not in ("dobj", "pobj", "dative", "iobj"):
            return None
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        for child in verb.children:
            if child.dep_ == "nsubj" and child.i in self.tok:
                return self.tok[child.i].key
        return None

    @staticmethod
    def _pleonastic(tok: Token) -> bool:
        """An "it" that stands for a clause or a time, not an actor: "It was agreed to
        ...", "it was stressed that ...", "it is important to ...", "it is possible that
        ...", "it has been a month since ..."."""
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = tok.head
        clauses = ("ccomp", "xcomp", "csubj")
        if tok.dep_ == "nsubjpass":
            return any(c.dep_ in clauses for c in verb.children)
        if verb.lemma_ != "be":
            return False
        preds = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
        if any(p.ent_type_ in ("DATE", "TIME") for p in preds):
            return True  # "it has been a month since ...", "it was two years ago that ..."
        return bool(preds) and any(c.dep_ in clauses for p in [verb, *preds]
                                   for c in p.children)

    def _its_object_before(self, tok: Token) -> bool:
        """Whether an "it" that is the subject of a reported clause stands for the thing
        the speaker's verb before the report took as object ("X criticised the N and warned
        that it could ...", "X condemned the N, saying it was ..."): a thing named with no
        actor's name, not an actor."""
        clause = tok.head
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return False
        report = clause.head
        if report.dep_ not in ("conj", "advcl") or report.lemma_.lower() not in (
                lexicon().reporting.verbs | lexicon().relations["criticizes"].speech):
            return False
        # what is said of it fits a thing: a copula or a modal ("it was illegal", "it could
        # destabilize the region"), not an act of a relation ("said it backs Y": the actor)
        lex = lexicon()
        stances = [t for rel, t in lex.relations.items() if rel in (
            "supports", "opposes", "criticizes", "urges", "cooperatesWith", "proposes")]
        acts = {v for t in stances for v in t.verbs} | {v for t in stances for v in t.verb_preps}
        if clause.lemma_.lower() in acts or not (clause.lemma_ == "be" or any(
                c.dep_ == "aux" and c.lower_ in lex.modality.hypothetical_aux
                for c in clause.children)):
            return False
        first = report.head
        return any(o.dep_ == "dobj" and o.tag_ == "NN" and o.i < tok.i and o.i not in self.tok
                   and not any(k in self.tok for k in range(o.left_edge.i, o.right_edge.i + 1))
                   for o in first.children)

    def _its(self, tok: Token) -> Ref | None:
        sent = tok.sent
        cands = [r for r in self.refs if sent.start <= r.start < tok.i
                 and r.kind in ("State", "Organization", "Body")]
        # "X and its allies": the actor it is coordinated with
        owned = tok.head
        if tok.dep_ == "poss" and owned.dep_ == "conj" and owned.head.i < tok.i:
            first = self.tok.get(owned.head.i)
            if first is not None and first.kind in ("State", "Organization", "Body"):
                return first
        if self._its_object_before(tok):
            return None
        # The subject of its own clause first: "the bloc says Moscow has used [drones]
        # in its war" -> Moscow.
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for c in verb.children:
            if c.dep_ == "nsubj" and c.i < tok.i and c.i in self.tok and self.tok[c.i].kind in (
                    "State", "Organization"):
                return self.tok[c.i]
        # The actor the sentence is about: "China's refusal to condemn Russia's
        # invasion ... and its support of Russia".
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            inside = {t.i for t in subjects[0].subtree}
            topical = [r for r in cands if r.start in inside]
            if topical and tok.i not in inside or (topical and topical[0].start < tok.i):
                return topical[0]
        salient = [r for r in cands if self.doc[r.start:r.end].root.dep_ in ("nsubj", "poss",
                                                                             "nsubjpass")]
        if salient:
            return max(salient, key=lambda r: r.start)
        if cands:
            return max(cands, key=lambda r: r.start)
        # "Sweden joined NATO. Its accession ...": the previous sentence's subject.
        if sent.start > 0:
            prev = self.doc[sent.start - 1].sent
            for c in prev.root.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i in self.tok and self.tok[c.i].kind in (
                        "State", "Organization"):
                    return self.tok[c.i]
        return self._last(tok, ("State", "Organization", "Body"))

    # ------------------------------------------------------------- finish
    def finish(self) -> None:
        """Turn capitals named as the place of an act into places."""
        doc = self.doc
        for n, ref in enumerate(self.refs):
            if ref.how != "metonym":
                continue
            root = doc[ref.start:ref.end].root
            while root.dep_ == "conj" and root.head.i != root.i:
                root = root.head  # "visited Beijing, Tokyo and Seoul": as the first one
            prep = root.head
            motion = prep.head.lemma_.lower() in _w("motion_words")
            span = doc[ref.start:ref.end]
            dateline = span.text.isupper() and len(span.text) > 2 and span[0].is_sent_start and (
                ref.end < len(doc) and doc[ref.end].text in (",", "—", "–", "-", "("))
            # "to CAPITAL in REGION": a place said to be in another is a place
            placed = ref.end < len(doc) and doc[ref.end].lower_ == "in" and any(
                o.dep_ == "pobj" and (r := self.tok.get(o.i)) is not None
                and r.kind in ("Place", "State") and r.key != ref.key
                for o in doc[ref.end].children)
            # "CAPITAL, STATE": a capital followed by its own state's name is the city
            # ("Berlin, Germany", "Paris, France"), not a list of actors
            own_state = any(
                c.dep_ == "appos" and (r := self.tok.get(c.i)) is not None
                and r.kind == "State" and r.key == ref.key and r.how != "metonym"
                and r.start == ref.end + 1 and doc[ref.end].text == ","
                and (r.end >= len(doc) or doc[r.end].lower_ not in ("and", "or"))
                for c in root.children)
            locative = dateline or own_state or (
                root.dep_ == "pobj" and prep.lower_ in _w("locative_preps") and (
                    prep.lower_ not in ("to", "from") or motion or placed)
                and not _aimed_at(prep)) or (
                root.dep_ in ("appos", "compound") and root.head.lower_ in _w("capital_nouns")) or (
                root.dep_ == "dobj"
                and root.head.lemma_ in lexicon().relations["visited"].verbs) or (
                # "the CAPITAL-based X": the seat of X, not the state
                ref.end + 1 < len(doc) and doc[ref.end].text == "-" and doc[ref.end + 1].lemma_
                in lexicon().constructions.seat_participles) or (
                # "the CAPITAL airport bombing": the city names the facility, whatever the
                # parser hangs it on
                ref.end < len(doc) and doc[ref.end].is_lower and doc[ref.end].pos_ == "NOUN"
                and doc[ref.end].lemma_.lower() in _w("facility_place_nouns")
                | _w("facility_body_nouns"))
            if locative:
                place = Ref(_strip_the(ref.text), "Place", ref.start, ref.end, ref.text, "name")
                self.refs[n] = place
                for i in range(ref.start, ref.end):
                    self.tok[i] = place
                info = self.actors.setdefault(place.key, ActorInfo(kind="Place"))
                if place.key not in info.labels:
                    info.labels.append(place.key)
        # a dateline's city read as a body, and its agency, take no part: "CITY, Mon DD
        # (Reuters) - ..."
        for ref in [r for r in self.refs if _dateline_agency(doc, r) or (
                r.kind in ("Body", "Place", "State") and _dateline(doc, r))]:
            self.refs.remove(ref)
            for i in range(ref.start, ref.end):
                if self.tok.get(i) is ref:
                    del self.tok[i]
        self.refs.sort(key=lambda r: r.start)
        doc._.kg_refs = self.refs
        doc._.kg_tok = self.tok
        doc._.kg_actors = self.actors
        doc._.kg_groups = self.groups
        doc._.kg_title_owners = self.title_owners


@Language.factory("kg_mentions", requires=["doc.ents", "token.dep"],
                  assigns=["doc._.kg_refs", "doc._.kg_tok", "doc._.kg_actors",
                           "doc._.kg_groups", "doc._.kg_title_owners"])
def make_mentions(nlp: Language, name: str) -> MentionResolver:
    """Build the ``kg_mentions`` component with the shipped gazetteer and officeholders."""
    return MentionResolver(name, load_gazetteer(), load_officeholders())


# kg_date: the article's date (a datetime.date or None), set by the build before the
# extractors run, so that titles can be read against the officeholders of that day.
for _attr, _default in (("kg_refs", None), ("kg_tok", None), ("kg_actors", None),
                        ("kg_claims", None), ("kg_groups", None), ("kg_date", None),
                        ("kg_title_owners", None)):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=_default)


_AIMED = ("criticizes", "opposes", "urges")


def _aimed_at(prep: Token) -> bool:
    """Whether a preposition introduces whom criticism or opposition is aimed at, so that a
    capital after it is its state: "lashed out at Tokyo", "took aim at Washington", "balked
    at Moscow's demands" (not "arrived at", "met at")."""
    head = prep.head
    lemma = head.lemma_.lower()
    keys = {lemma, head.lower_}
    keys |= {f"{lemma} {c.lower_}" for c in head.children if c.dep_ in ("prt", "advmod", "dobj")}
    if head.dep_ == "dobj":  # "took [aim] at X"
        keys.add(f"{head.head.lemma_.lower()} {head.lower_}")
    for rel in _AIMED:
        triggers = lexicon().relations.get(rel)
        if triggers is None:
            continue
        for table in (triggers.verb_preps, triggers.nouns):
            if any(prep.lower_ in table.get(k, ()) for k in keys):
                return True
    return False


def _dateline(doc: Doc, ref: Ref) -> bool:
    """A wire dateline's city: "CITY, Aug 23 (AP) -", "CITY (Reuters) -" (upper case,
    opening a sentence, then a date or the agency)."""
    span = doc[ref.start:ref.end]
    if not span.text.isupper() or len(span.text) < 3 or not span[0].is_sent_start:
        return False
    after = doc[ref.end:ref.end + 3]
    if len(after) < 2:
        return False
    # "CITY (AGENCY)", or "CITY, Mon DD" / "CITY, DATE": a date right after the comma
    return after[0].text == "(" or (after[0].text == "," and any(
        t.like_num or t.ent_type_ == "DATE" for t in after[1:]))


def _dateline_agency(doc: Doc, ref: Ref) -> bool:
    """The news agency in brackets after a dateline's city and date: the "Reuters" of
    "KYIV, July 8 (Reuters) -"."""
    if ref.start < 2 or ref.end >= len(doc) or doc[ref.start - 1].text != "(" or (
            doc[ref.end].text != ")"):
        return False
    sent = doc[ref.start].sent
    before = doc[sent.start:ref.start - 1]
    if len(before) > 6 or any(t.pos_ in ("VERB", "AUX") for t in before):
        return False
    if before and before[0].text.isupper() and len(before[0].text) > 2:
        return True
    # a dateline whose city the sentence splitter left behind: "July 8 (Reuters) - ...", a
    # date before the brackets and a dash after them
    return ref.end + 1 < len(doc) and doc[ref.end + 1].text in DASHES and (
        all(t.ent_type_ == "DATE" or t.is_punct for t in before))


def _charge_of(noun: Token, prep: Token) -> bool:
    """Whether an "of" phrase on a noun is the charge of an accusation the parser hung on
    its object ("accused the bloc of meddling", "accused the alliance of aggression"), not
    the noun's own members ("the alliance of A and B")."""
    if prep.lower_ != "of":
        return False
    if any(c.dep_ == "pcomp" for c in prep.children):
        return True
    # (a charge is a singular common noun: not "the alliance of democracies", "of A and B")
    return noun.dep_ == "dobj" and (
        noun.head.lemma_.lower() in lexicon().relations["criticizes"].verbs) and all(
        o.tag_ == "NN" and not any(c.dep_ == "conj" for c in o.children)
        for o in prep.children if o.dep_ == "pobj")
