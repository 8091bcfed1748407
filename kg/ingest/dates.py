"""Dates of articles: metadata values, `` date`` markers and datelines."""

import datetime
import re

__all__ = ["MONTH_NAMES", "parse_date"]

DATELINE_HEAD = 15  # datelines are looked for in the first lines ...
DATELINE_TAIL = 5  # ... and, failing that, in the last ones (page footers)

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH_NAMES = frozenset(_MONTHS)  # month names and their abbreviations, in lower case
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATE_PATTERNS = [
    re.compile(r"\b" + _YEAR + r"-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    re.compile(r"\b" + _YEAR + r"/(?P<mon>\d{1,2})/(?P<day>\d{1,2})(?!\d)"),
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})\b"),
]
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
_DATELINE_START = re.compile(
    r"(?:by|published|updated|posted|last\s+updated|first\s+published|dated?)\b",
    re.IGNORECASE,
)
_DATE_MARKER = re.compile(
    r"\s*date:?\s+(\d{4}-\d{2}-\d{2})(?:T[\d:.+\-Z]*)?(?!\d)\s?(.*)", re.IGNORECASE
)
_ISO_VALUE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\S*)?")


def _find_date(text: str) -> tuple[datetime.date, re.Match[str]] | None:
    """Return the earliest valid date in ``text`` and its match."""
    found: list[tuple[int, datetime.date, re.Match[str]]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = _MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["mon"])
            try:
                date = datetime.date(int(parts["year"]), month, int(parts["day"]))
            except ValueError:
                continue
            if 1900 <= date.year <= 2100:
                found.append((match.start(), date, match))
                break
    if not found:
        return None
    _, date, match = min(found, key=lambda item: item[0])
    return date, match


def parse_date(text: str) -> datetime.date | None:
    """Return the first calendar date written in ``text``.

    Understands ``2023-02-01`` (also as the start of an ISO datetime),
    ``2023/02/01``, ``February 1, 2023``, ``Feb. 1 2023``, ``1 February 2023``
    and ``12.07.2024`` (day.month.year). Impossible dates are skipped.

    Args:
        text: a dateline, a metadata value or any short text.

    Returns:
        The date, or None when ``text`` names none.

    Examples:
        >>> parse_date("February 1, 2023, 7:33 am")
        datetime.date(2023, 2, 1)
        >>> parse_date("By 05:21 on 12.07.2024 Today's news")
        datetime.date(2024, 7, 12)
        >>> parse_date("2024-07-11T09:30:00Z")
        datetime.date(2024, 7, 11)
        >>> parse_date("no date here") is None
        True
    """
    found = _find_date(text)
    return found[0] if found else None


def _parse_iso_value(value: str) -> datetime.date | None:
    """Parse a metadata value that must be ``YYYY-MM-DD`` or an ISO datetime."""
    match = _ISO_VALUE.fullmatch(value.strip())
    if match is None:
        return None
    try:
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _is_dateline(line: str, match: re.Match[str]) -> bool:
    """Tell a dateline ("By AP, 1 May 2023") from a body sentence with a date."""
    if len(line.split()) > 14:
        return False
    if match.start() == 0 or _DATELINE_START.match(line):
        return True
    rest = _TIME.sub(" ", line[: match.start()] + " " + line[match.end() :])
    words = [w for w in rest.split() if any(c.isalpha() for c in w)]
    return len(words) <= 2 and not line.rstrip().endswith(".")


def _find_dateline(lines: list[str]) -> datetime.date | None:
    """Return the date of the first dateline among the top (then bottom) lines."""
    lines = [line for line in lines if line]
    tail = lines[DATELINE_HEAD:][-DATELINE_TAIL:]
    for line in lines[:DATELINE_HEAD] + tail:
        found = _find_date(line)
        if found and _is_dateline(line, found[1]):
            return found[0]
    return None


def _take_date_marker(text: str) -> tuple[str, datetime.date | None]:
    """Remove a leading `` date YYYY-MM-DD`` marker; keep the rest of its line."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        match = _DATE_MARKER.fullmatch(line)
        date = _parse_iso_value(match[1]) if match else None
        if match is None or date is None:
            return text, None
        lines[i] = match[2]
        return "\n".join(lines), date
    return text, None
