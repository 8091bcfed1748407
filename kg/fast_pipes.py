"""Exact, faster stand-ins for two stock spaCy components: the lemmatizer and the attribute ruler.

In ``en_core_web_sm`` these two rule components cost about a fifth of the parse, almost all of
it in work repeated per token: the lemmatizer computes, for every token, a lemma that is a
pure function of the token's text, part of speech and morphology; the attribute ruler runs a
matcher of some 180 patterns over every token, although each of them looks only at a token's
tag, lower-case form, dependency label and whether it is a space (a few at two tokens in a
row, or at the form through a regular expression). :func:`speed_up` gives both components, in
place, a ``__call__`` that remembers those answers per distinct key and so writes the very
same annotations. The components keep their factory names and
configuration, so a pipeline saved with ``nlp.to_disk()`` loads with the stock classes.

A component of another kind, a lemmatizer in a mode or of a class not known here, or a
pattern of a form not understood here is left to the stock code (the attribute ruler then
matches that pattern with its own matcher).
"""

import operator
import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["speed_up"]

# The token attributes a one-token attribute-ruler pattern may test here, in signature order.
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
_REGEX_POS = len(_KEYS)  # the signature's place for the regular-expression flags
# What a value that no test names becomes in the memo key (no string hashes to 1), and the
# string it stands for when the key is first tested (one no pattern names).
_UNNAMED, _UNNAMED_TEXT = 1, "\x00"
_MEMO_LIMIT = 200_000  # (text, POS, morph) keys the lemmatizer keeps before starting afresh
_LEMMATIZERS = (Lemmatizer, EnglishLemmatizer)  # classes whose lemma depends on text, POS, morph


def _lemmatize_doc(self: Any, doc: Doc) -> Doc:
    """``Lemmatizer.__call__``, asking the stock ``lemmatize`` once per (text, POS, morph)."""
    if not self._validated:
        self._validate_tables(Errors.E1004)
    error_handler = self.get_error_handler()
    try:
        if not len(doc):
            return doc
        memo: dict[tuple[int, int, int], int] = self._kg_lemmas
        if len(memo) > _MEMO_LIMIT:
            memo.clear()  # memory stays flat on any corpus
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas: Any = rows[:, 3:4].copy()
        overwrite = self.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                value = memo[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i, 0] = value
        doc.from_array([LEMMA], lemmas)
        return doc
    except Exception as e:
        error_handler(self.name, self, [doc], e)
        return doc


def _predicate(value: Any) -> tuple[Callable[[Any], bool], frozenset[Any]] | None:
    """A test of one attribute's value as the Matcher makes it, and the values it names (every
    other value fares alike); None if not understood here."""
    if isinstance(value, (str, bool)):
        return (lambda v, want=value: v == want), frozenset([value])
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN" and isinstance(arg, list):
            members = frozenset(arg)
            return (lambda v, members=members: v in members), members
        if op == "NOT_IN" and isinstance(arg, list):
            members = frozenset(arg)
            return (lambda v, members=members: v not in members), members
    return None


_Test = tuple[int, Callable[[Any], bool]]  # (signature position, test of the value there)


def _token_tests(spec: dict[str, Any], named: list[set[Any]],
                 regexes: list[str]) -> list[_Test] | None:
    """One token of a pattern as (signature position, test) pairs, or None unless it tests
    only the attributes in :data:`_KEYS`, in ways :func:`_predicate` knows or by a regular
    expression on the lower-case form. The values it names are added to ``named``; its
    regular expressions to ``regexes`` (the signature holds, per expression, whether the
    token's lower-case form matches it, as the Matcher tests it: ``re.search``)."""
    tests: list[_Test] = []
    names: list[tuple[int, frozenset[Any]]] = []
    for key, value in spec.items():
        if key == "LOWER" and isinstance(value, dict) and list(value) == ["REGEX"] \
                and isinstance(value["REGEX"], str):
            if value["REGEX"] not in regexes:
                regexes.append(value["REGEX"])
            index = regexes.index(value["REGEX"])
            tests.append((_REGEX_POS, operator.itemgetter(index)))
            continue
        found = _predicate(value) if key in _KEYS else None
        if found is None:
            return None
        tests.append((_KEYS.index(key), found[0]))
        names.append((_KEYS.index(key), found[1]))
    for position, values in names:
        named[position].update(values)
    return tests


def _prepare_ruler(ruler: Any) -> None:
    """Turn the ruler's patterns into tests of one token's signature, and a matcher for the
    patterns not understood here.

    A token's signature is its tag, lower-case form, dependency label, is-space and, for each
    regular expression of a pattern, whether its lower-case form matches it; a form or label
    that no test names fares as any other unnamed one, so the memo key keeps only named ones
    and stays small. A one-token pattern matches where its token's tests pass; a longer one
    (the Matcher's fixed-length kind: no operators) where each of its tokens' tests pass on
    the tokens that follow one another from the start."""
    single: list[tuple[int, int, list[list[_Test]]]] = []
    slots: list[list[_Test]] = []  # the tests of each token of each multi-token pattern
    longer: list[tuple[int, int, tuple[int, ...]]] = []  # (attr id, key, its tokens' slots)
    named: list[set[Any]] = [set() for _ in _KEYS]
    regexes: list[str] = []
    rest = Matcher(ruler.vocab, validate=False)
    for attr_id, entry in enumerate(ruler.patterns):
        key = ruler.vocab.strings.add(str(attr_id))
        alternatives = [[_token_tests(spec, named, regexes) for spec in pattern]
                        for pattern in entry["patterns"]]
        if not alternatives or any(not tokens or any(t is None for t in tokens)
                                   for tokens in alternatives):
            rest.add(key, entry["patterns"])
            continue
        ones = [tokens[0] for tokens in alternatives if len(tokens) == 1]
        if ones:
            single.append((attr_id, key, ones))  # type: ignore[arg-type]
        for tokens in alternatives:
            if len(tokens) > 1:
                first = len(slots)
                slots.extend(tokens)  # type: ignore[arg-type]
                longer.append((attr_id, key, tuple(range(first, len(slots)))))
    strings = ruler.vocab.strings
    ruler._kg_single = single
    ruler._kg_slots = slots
    ruler._kg_longer = longer
    # the named tags, forms and labels as hashes (IS_SPACE, a 0 or 1, is kept as it is)
    ruler._kg_named = tuple(frozenset(strings.add(v) for v in values) for values in named[:3])
    ruler._kg_regexes = [re.compile(r) for r in regexes]
    ruler._kg_flags = {}  # lower-case form -> whether it matches each regular expression
    ruler._kg_rest = rest if len(rest) else None
    ruler._kg_matches = {}
    ruler._kg_count = len(ruler.attrs)


def _text(strings: Any, value: int) -> str:
    return _UNNAMED_TEXT if value == _UNNAMED else strings[value]


def _passes(tests: list[_Test], signature: tuple[Any, ...]) -> bool:
    return all(test(signature[pos]) for pos, test in tests)


def _signature_matches(ruler: Any, signature: tuple[Any, ...]
                       ) -> tuple[tuple[tuple[int, int], ...], frozenset[int]]:
    """The one-token patterns a signature matches, and the multi-token slots it fills."""
    return (tuple((attr_id, key) for attr_id, key, alternatives in ruler._kg_single
                  if any(_passes(tests, signature) for tests in alternatives)),
            frozenset(slot for slot, tests in enumerate(ruler._kg_slots)
                      if _passes(tests, signature)))


def _flags(ruler: Any, strings: Any, lower: int) -> tuple[bool, ...]:
    flags: dict[int, tuple[bool, ...]] = ruler._kg_flags
    found = flags.get(lower)
    if found is None:
        if len(flags) > _MEMO_LIMIT:
            flags.clear()  # memory stays flat on any corpus
        text = strings[lower]
        found = flags[lower] = tuple(bool(r.search(text)) for r in ruler._kg_regexes)
    return found


def _match(self: Any, doc: Doc) -> list[tuple[int, int, int, int]]:
    """``AttributeRuler.match``: the same (attr_id, match_id, start, end) list, sorted alike."""
    if getattr(self, "_kg_count", None) != len(self.attrs):  # patterns added since
        _prepare_ruler(self)
    memo = self._kg_matches
    strings = doc.vocab.strings
    matches = []
    if self._kg_rest is not None:
        matches = [(int(strings[m_id]), m_id, s, e)
                   for m_id, s, e in self._kg_rest(doc, allow_missing=True, as_spans=False)]
    filled: dict[int, frozenset[int]] = {}  # token -> the multi-token slots it fills
    if len(doc):
        tags, lowers, deps = self._kg_named
        regexes = bool(self._kg_regexes)
        for i, (tag, lower, dep, space) in enumerate(doc.to_array(_ARRAY_ATTRS).tolist()):
            key = (tag if tag in tags else _UNNAMED, lower if lower in lowers else _UNNAMED,
                   dep if dep in deps else _UNNAMED, space,
                   _flags(self, strings, lower) if regexes else ())
            found = memo.get(key)
            if found is None:
                tag, lower, dep, space, flags = key
                found = memo[key] = _signature_matches(
                    self, (_text(strings, tag), _text(strings, lower), _text(strings, dep),
                           bool(space), flags))
            ones, slots = found
            matches.extend((attr_id, m_id, i, i + 1) for attr_id, m_id in ones)
            if slots:
                filled[i] = slots
    if filled:
        empty: frozenset[int] = frozenset()
        for attr_id, m_id, pattern in self._kg_longer:
            end = len(pattern)
            matches.extend(
                (attr_id, m_id, i, i + end) for i, slots in filled.items()
                if pattern[0] in slots
                and all(pattern[j] in filled.get(i + j, empty) for j in range(1, end)))
    matches = sorted(set(matches))  # alternatives of one entry may match the same tokens
    return matches


def _set_annotations(self: Any, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
    """``AttributeRuler.set_annotations`` without a Span per match; an index outside its
    match is left to the stock method, which raises its own error."""
    indices, attrs = self.indices, self.attrs
    for attr_id, _, start, end in matches:
        index = indices[attr_id]
        at = (start if index >= 0 else end) + index
        if not start <= at < end:
            AttributeRuler.set_annotations(self, doc, matches)  # type: ignore[no-untyped-call]
            return
        set_token_attrs(doc[at], attrs[attr_id])


def _memo_class(base: type, methods: dict[str, Any]) -> type:
    return type(f"Memo{base.__name__}", (base,), {**methods, "__module__": __name__})


def speed_up(nlp: Language) -> list[str]:
    """Give the pipeline's stock lemmatizer and attribute ruler their memoizing ``__call__``.

    Returns:
        The names of the components changed.
    """
    changed = []
    proc: Any
    for name, proc in nlp.pipeline:
        if type(proc) in _LEMMATIZERS and proc.mode in ("rule", "lookup"):
            proc.__class__ = _memo_class(type(proc), {"__call__": _lemmatize_doc})
            proc._kg_lemmas = {}
            changed.append(name)
        elif type(proc) is AttributeRuler:
            proc.__class__ = _memo_class(AttributeRuler, {"match": _match,
                                                          "set_annotations": _set_annotations})
            changed.append(name)
    return changed
