"""Build ``ontology/actors.ttl``, the gazetteer, from pycountry and ``actors_extra.toml``.

pycountry gives every state its ISO codes and official names; ``actors_extra.toml``
(beside this script) gives the common short name, aliases, demonyms, metonyms and
Wikidata QIDs, and the organizations, bodies, places and named initiatives. The output is sorted and
stable, so rebuilding an unchanged input gives the same bytes.

Usage::

    .venv/bin/python scripts/build_gazetteer.py [--extra PATH] [--out PATH]
"""

import argparse
import logging
import re
import sys
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry

from kg.errors import KGError, OntologyError
from kg.gazetteer import KINDS, Actor, Gazetteer
from kg.vocab import ENTITY, KG_IRI, WD, class_iri

__all__ = ["Entry", "build_entries", "main", "render_turtle", "slugify"]

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
DEFAULT_EXTRA = HERE / "actors_extra.toml"
DEFAULT_OUT = HERE.parent / "ontology" / "actors.ttl"

# ISO 3166-1 entries that are not sovereign states: dependencies, territories and
# special administrative regions. Everything else in pycountry is a state: the 193 UN
# members, the Holy See, Palestine and Taiwan.
NOT_SOVEREIGN = frozenset(
    {
        "AI", "AQ", "AS", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH",
        "FK", "FO", "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE",
        "KY", "MF", "MO", "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "RE",
        "SH", "SJ", "SX", "TC", "TF", "TK", "UM", "VG", "VI", "WF", "YT",
    }
)  # fmt: skip

_TABLES = {"state": "State", "organization": "Organization", "body": "Body", "place": "Place",
           "initiative": "Initiative"}
_FIELDS = {
    "State": {"name", "aliases", "demonyms", "metonyms", "wikidata", "iso"},
    "Organization": {"name", "aliases", "demonyms", "metonyms", "wikidata"},
    "Body": {"name", "of", "aliases", "demonyms", "metonyms", "wikidata"},
    "Place": {"name", "aliases", "demonyms", "metonyms", "wikidata"},
    "Initiative": {"name", "aliases", "wikidata"},
}
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_LOWER_ARTICLE = re.compile(r"^the\s+")

_HEADER = """\
# Gazetteer of states, international organizations, their bodies, places and initiatives.
#
# GENERATED FILE: do not edit by hand. It is written by scripts/build_gazetteer.py
# from pycountry and scripts/actors_extra.toml; edit the TOML file and run
#     .venv/bin/python scripts/build_gazetteer.py
"""

_PREFIXES = {
    "dcterms": "http://purl.org/dc/terms/",
    "kg": KG_IRI,
    "kgid": str(ENTITY),
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "wd": str(WD),
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor as the TTL file writes it.

    Attributes:
        slug: the local name of its IRI in the ``kgid:`` namespace.
        kind: the ontology class ("State", "Organization", "Body", "Place").
        name: the preferred label.
        aliases: the alternative labels, sorted.
        demonyms: sorted.
        metonyms: sorted.
        iso: ISO 3166-1 alpha-2 then alpha-3 code (states only).
        wikidata: the QID, if certain.
        part_of: the slug of the organization a body belongs to.
    """

    slug: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    iso: tuple[str, ...] = ()
    wikidata: str | None = None
    part_of: str | None = None


def slugify(name: str) -> str:
    """Turn a name into an IRI slug: lowercase ASCII words joined by "-".

    Args:
        name: a preferred label.

    Returns:
        The slug.

    Examples:
        >>> slugify("São Tomé and Príncipe"), slugify("People's Republic of China")
        ('sao-tome-and-principe', 'peoples-republic-of-china')
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"['\u2019]", "", ascii_name.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")


def _strings(where: str, table: Mapping[str, Any], field: str) -> list[str]:
    value = table.get(field, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise OntologyError(f"{where}: {field} must be a list of non-empty strings, got {value!r}")
    return value


def _check_fields(where: str, kind: str, table: Mapping[str, Any]) -> None:
    unknown = sorted(set(table) - _FIELDS[kind])
    if unknown:
        raise OntologyError(
            f"{where}: unknown field(s) {', '.join(unknown)}; a {kind} may have "
            f"{', '.join(sorted(_FIELDS[kind]))}"
        )
    if not isinstance(table.get("name"), str) or not table["name"].strip():
        raise OntologyError(f"{where}: name is required")
    wikidata = table.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and _QID.match(wikidata)):
        raise OntologyError(f"{where}: wikidata must be a QID such as 'Q148', got {wikidata!r}")


def _pycountry_names(country: Any, ambiguous: frozenset[str]) -> list[str]:
    """Return the pycountry names fit for labels: not "Korea, Republic of", not ambiguous."""
    names = []
    for attr in ("name", "official_name", "common_name"):
        value = getattr(country, attr, None)
        if not value or "," in value or "(" in value:
            continue
        value = _LOWER_ARTICLE.sub("", value)
        if value not in ambiguous:
            names.append(value)
    return names


def _entry(
    where: str,
    slug: str,
    kind: str,
    table: Mapping[str, Any],
    ambiguous: frozenset[str],
    *,
    more_names: Iterable[str] = (),
    iso: Sequence[str] = (),
    part_of: str | None = None,
) -> Entry:
    _check_fields(where, kind, table)
    name = table["name"]
    aliases = _strings(where, table, "aliases")
    demonyms = _strings(where, table, "demonyms")
    metonyms = _strings(where, table, "metonyms")
    clashes = sorted(ambiguous.intersection([name, *aliases, *demonyms, *metonyms]))
    if clashes:
        raise OntologyError(f"{where}: {', '.join(clashes)} is listed as ambiguous; drop it")
    if not _SLUG.match(slug):
        raise OntologyError(f"{where}: slug {slug!r} must be lowercase ASCII words joined by '-'")
    return Entry(
        slug=slug,
        kind=kind,
        name=name,
        aliases=tuple(sorted({*aliases, *more_names} - {name})),
        demonyms=tuple(sorted(set(demonyms))),
        metonyms=tuple(sorted(set(metonyms))),
        iso=tuple(iso),
        wikidata=table.get("wikidata"),
        part_of=part_of,
    )


def _state_entries(extra: Mapping[str, Any], ambiguous: frozenset[str]) -> list[Entry]:
    tables = dict(extra.get("state", {}))
    entries = []
    for country in pycountry.countries:
        code = country.alpha_2
        if code in NOT_SOVEREIGN:
            if code in tables:
                raise OntologyError(
                    f"[state.{code}] is in NOT_SOVEREIGN of {Path(__file__).name}; "
                    "remove it from one of them"
                )
            continue
        where = f"[state.{code}] ({country.name})"
        table = tables.pop(code, None)
        if table is None:
            raise OntologyError(
                f"pycountry's {country.name!r} ({code}) has no [state.{code}] in "
                f"{DEFAULT_EXTRA.name}; add it, or add {code} to NOT_SOVEREIGN"
            )
        if "iso" in table:
            raise OntologyError(f"{where}: iso is only for states pycountry lacks")
        _require_state_lists(where, table)
        entries.append(
            _entry(
                where,
                slugify(table.get("name", "")),
                "State",
                table,
                ambiguous,
                more_names=_pycountry_names(country, ambiguous),
                iso=(country.alpha_2, country.alpha_3),
            )
        )
    for code, table in sorted(tables.items()):
        where = f"[state.{code}]"
        if _SLUG.match(code):
            # A state of limited or no recognition, without ISO codes: its key is its slug.
            if "iso" in table:
                raise OntologyError(f"{where}: a state keyed by slug has no ISO codes")
            _require_state_lists(where, table)
            entries.append(_entry(where, code, "State", table, ambiguous))
            continue
        iso = _strings(where, table, "iso")
        if not iso or iso[0] != code:
            raise OntologyError(
                f"{where}: {code} is not in pycountry; list its codes as iso = [{code!r}, ...]"
            )
        _require_state_lists(where, table)
        entries.append(
            _entry(where, slugify(table.get("name", "")), "State", table, ambiguous, iso=iso)
        )
    return entries


def _require_state_lists(where: str, table: Mapping[str, Any]) -> None:
    missing = [field for field in ("demonyms", "metonyms") if field not in table]
    if missing:
        raise OntologyError(
            f"{where}: every state lists {' and '.join(missing)} (an empty list with a "
            "comment saying why, where there is none)"
        )


def build_entries(extra: Mapping[str, Any]) -> list[Entry]:
    """Merge pycountry with the hand-kept data, and check the result.

    Args:
        extra: the parsed ``actors_extra.toml``.

    Returns:
        The entries, sorted by kind (states, organizations, bodies, places, initiatives) then slug.

    Raises:
        OntologyError: the data is incomplete or inconsistent; the message names the
            table to fix.
    """
    unknown = sorted(set(extra) - {"ambiguous", *_TABLES})
    if unknown:
        raise OntologyError(f"unknown top-level table(s) {', '.join(unknown)} in the extra data")
    ambiguous = frozenset(_strings("ambiguous", extra, "ambiguous"))
    entries = _state_entries(extra, ambiguous)
    # A body belongs to an organization (its key) or to a state (its ISO alpha-2 code).
    state_slugs = {entry.iso[0]: entry.slug for entry in entries if entry.iso}
    for table_name, kind in _TABLES.items():
        if kind == "State":
            continue
        for slug, table in extra.get(table_name, {}).items():
            where = f"[{table_name}.{slug}]"
            parent = table.get("of")
            if (kind == "Body") != (parent is not None):
                raise OntologyError(
                    f"{where}: a body, and only a body, names its organization or state in `of`"
                )
            if parent is not None and parent in state_slugs:
                parent = state_slugs[parent]
            elif parent is not None and parent not in extra.get("organization", {}):
                raise OntologyError(
                    f"{where}: of = {parent!r} is no [organization.*] key nor a state's "
                    "ISO code")
            entries.append(_entry(where, slug, kind, table, ambiguous, part_of=parent))
    slugs: dict[str, Entry] = {}
    for entry in entries:
        if entry.slug in slugs:
            raise OntologyError(
                f"{entry.name!r} and {slugs[entry.slug].name!r} both have the slug {entry.slug!r}"
            )
        slugs[entry.slug] = entry
    entries.sort(key=lambda e: (KINDS.index(e.kind), e.slug))
    Gazetteer(_actor(entry, slugs) for entry in entries)  # checks keys and surface forms
    return entries


def _actor(entry: Entry, slugs: Mapping[str, Entry]) -> Actor:
    return Actor(
        key=entry.name,
        kind=entry.kind,
        iri=str(ENTITY[entry.slug]),
        labels=(entry.name, *entry.aliases),
        demonyms=entry.demonyms,
        metonyms=entry.metonyms,
        wikidata=str(WD[entry.wikidata]) if entry.wikidata else None,
        part_of=slugs[entry.part_of].name if entry.part_of else None,
    )


def _literal(text: str, language: str | None = "en") -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"@{language}' if language else f'"{escaped}"'


def _statement(predicate: str, objects: Sequence[str], last: bool) -> list[str]:
    end = " ." if last else " ;"
    line = f"    {predicate} {', '.join(objects)}{end}"
    if len(line) <= 100:
        return [line]
    lines = [f"    {predicate}"]
    lines += [f"        {obj}," for obj in objects[:-1]]
    lines.append(f"        {objects[-1]}{end}")
    return lines


def render_turtle(entries: Sequence[Entry]) -> str:
    """Write the entries as Turtle, in a stable layout.

    Args:
        entries: as :func:`build_entries` returns them.

    Returns:
        The text of ``actors.ttl``.
    """
    out = [_HEADER]
    out += [f"@prefix {prefix}: <{iri}> ." for prefix, iri in sorted(_PREFIXES.items())]
    for kind in KINDS:
        class_iri(kind)  # fails if the ontology lost the class
        group = [entry for entry in entries if entry.kind == kind]
        out += ["", f"# {'-' * 60} {kind} ({len(group)})"]
        for entry in group:
            statements: list[tuple[str, list[str]]] = [
                ("skos:prefLabel", [_literal(entry.name)]),
                ("skos:altLabel", [_literal(a) for a in entry.aliases]),
                ("kg:demonym", [_literal(d) for d in entry.demonyms]),
                ("kg:metonym", [_literal(m) for m in entry.metonyms]),
                ("kg:isoCode", [_literal(code, None) for code in entry.iso]),
                ("dcterms:isPartOf", [f"kgid:{entry.part_of}"] if entry.part_of else []),
                ("owl:sameAs", [f"wd:{entry.wikidata}"] if entry.wikidata else []),
            ]
            statements = [(p, objects) for p, objects in statements if objects]
            out += ["", f"kgid:{entry.slug} a kg:{kind} ;"]
            for index, (predicate, objects) in enumerate(statements):
                out += _statement(predicate, objects, last=index == len(statements) - 1)
    return "\n".join(out) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Build the gazetteer file.

    Args:
        argv: command-line arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 on success, 1 when the data is wrong.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra", type=Path, default=DEFAULT_EXTRA, help="hand-kept TOML data")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the Turtle file to write")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        with args.extra.open("rb") as handle:
            extra = tomllib.load(handle)
        entries = build_entries(extra)
    except (OSError, tomllib.TOMLDecodeError) as err:
        log.error("cannot read %s: %s", args.extra, err)
        return 1
    except KGError as err:
        log.error("%s: %s", args.extra, err)
        return 1
    args.out.write_text(render_turtle(entries), encoding="utf-8")
    counts = ", ".join(f"{sum(e.kind == k for e in entries)} {k}" for k in KINDS)
    log.info("wrote %s: %s", args.out, counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
