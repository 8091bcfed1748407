"""Stage 1: files and folders -> :class:`~kg.types.Article`.

``read_articles`` walks its sources lazily and turns each file into one
article (plain text, HTML) or many (JSON Lines). A bad input never stops the
others: it becomes an :class:`~kg.errors.IngestError` handed to ``on_error``.

Formats, chosen by extension (case-insensitive):

- ``.txt`` ``.text`` ``.md``: plain text. A first line `` date YYYY-MM-DD``
  gives the date and is removed; else a dateline near the top (or in the
  last lines) gives it.
- ``.html`` ``.htm`` ``.xhtml``: main text by trafilatura; title, date and
  URL from the page metadata.
- ``.jsonl`` ``.ndjson``: one JSON object a line with a string ``text`` and
  optional ``id``, ``date``, ``title``, ``url``.

Every text goes through :func:`clean_text`, which drops web furniture
(paywall and cookie prompts, share rows, teasers, icon legends, duplicate
headlines) by general rules.
"""

import datetime
import json
import logging
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import IngestError
from kg.types import Article

__all__ = ["clean_text", "parse_date", "read_articles"]

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

DATELINE_HEAD = 15  # datelines are looked for in the first lines ...
DATELINE_TAIL = 5  # ... and, failing that, in the last ones (page footers)
CONTROL_SHARE = 0.05  # more control bytes than this: binary
ENGLISH_MIN_TOKENS = 20  # fewer words than this: too short to judge the language
ENGLISH_MIN_SHARE = 0.15  # English news has ~30-45% of these words; other languages < 8%
FOREIGN_SCRIPT_SHARE = 0.5  # more non-Latin letters than this: not English

# --------------------------------------------------------------------------- dates

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


# --------------------------------------------------------------------------- boilerplate

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_WORD = re.compile(r"[^\W_]+(?:['‘’][^\W_]+)*")
_I18N_KEY = re.compile(r"[a-z][a-z0-9_]*(?:[.\-][A-Za-z0-9_]+)*\.[A-Za-z0-9_]+")
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|^copyright\b|\bcopyright\s+(?:©\s*)?\d{4}|\ball rights reserved\b",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"(?:[\w ]{1,30}:\s*)?\[[^\]]{1,40}\]")
_TEASER = re.compile(
    r"(?:read more|read also|also read|see also|related(?: articles?| stories| news| content)?"
    r"|recommended(?: for you)?|more on this(?: story)?|more from(?: [\w.]+){1,3}|must read"
    r"|don't miss|watch|listen|trending|popular)\s*[:|»>–—]",
    re.IGNORECASE,
)
# "Image Source: Getty Images", "Photo: AP Photo/Matt Rourke"; not "Photo: Leaders meet in Oslo".
_CREDIT = re.compile(
    r"(?:featured |header |cover |main |lead )?(?:image|photo|picture|video|graphic|illustration)s?"
    r"\s*(?:(?P<kind>source|credit|courtesy)s?\s*)?:(?P<rest>.*)",
    re.IGNORECASE,
)
_SHARE_START = re.compile(
    r"(?:share this|share on|share via|share article|share story|share:|follow us)", re.IGNORECASE
)
# Phrases only web pages use: dropped on any line up to 30 words.
_PROMPT = re.compile(
    r"\b(?:create (?:a |an |your )?(?:free )?account|free account"
    r"|already (?:a subscriber|have an account|registered)|subscribers? only"
    r"|(?:sign up|subscribe) (?:for|to) (?:our|the) newsletter"
    r"|(?:site|website|page) uses cookies|we use cookies|use of cookies"
    r"|accept(?:ing)? (?:all )?cookies|cookie (?:policy|settings|preferences|consent)"
    r"|register (?:now|for free|here)|enable javascript|ad ?blocker)",
    re.IGNORECASE,
)
# Words that are prompts when the line addresses the reader ("please log in", "Subscribe to
# read") and is not reported speech; a short line with one of them is a menu item.
_PROMPT_WORD = re.compile(
    r"\b(?:log ?in|log-in|sign ?in|sign-in|sign ?up|subscribe|subscription|continue reading"
    r"|keep reading|newsletters?|cookies|privacy policy|terms of (?:use|service))\b",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(?:please|you|your|free|here|click|tap|unlimited)\b", re.IGNORECASE)
_SPEECH = re.compile(r"[\"“”«»]|\b(?:said|says|told|added|stated)\b", re.IGNORECASE)


def _is_prompt(line: str, words: list[str]) -> bool:
    """Login, paywall, newsletter and cookie prompts."""
    if len(words) > 30:
        return False
    if _PROMPT.search(line):
        return True
    found = _PROMPT_WORD.search(line)
    if found is None:
        return False
    if len(words) <= 5:
        return True
    return not _SPEECH.search(line) and (found.start() == 0 or bool(_READER.search(line)))


def _is_credit(line: str) -> bool:
    match = _CREDIT.match(line)
    if match is None:
        return False
    return bool(match["kind"]) or len(match["rest"].split()) <= 3


# Lines made only of these words are buttons, share rows or menus.
_UI_WORDS = frozenset(
    """
    accept all reject decline agree i ok okay got it more information info learn manage settings
    preferences close allow deny cookie cookies dismiss continue yes no options customize customise
    save share this article story on via twitter x facebook whatsapp email e mail linkedin linked in
    telegram reddit pinterest print copy link instagram youtube tiktok messenger flipboard tumblr
    threads bluesky follow us sms
    """.split()
)
_LABELS = frozenset(
    label.strip()
    for label in """
    source|sources|latest|latest news|advertisement|advert|ad|ads|sponsored|sponsored content|menu
    |home|search|top stories|trending|trending now|most read|most popular|related|related articles
    |related news|related stories|comments|skip to content|skip to main content|back to top|next
    |previous|next article|previous article|tags|topics|more|loading|gallery|live|breaking
    |breaking news|editor's picks|you may also like|recommended|read more|more news|news|world
    |advertisement - scroll to continue|story continues below advertisement
    """.split("|")
)
_FURNITURE_NGRAM = 3  # icon legends repeat one 3-word phrase ("An icon of") ...
_REPEAT_MIN = 8  # ... at least this many times ...
_REPEAT_SHARE = 0.15  # ... covering this share of the line's words
_REPEAT_LINES = 8  # or the same phrase is in this many short lines


def _normalize_line(line: str) -> str:
    """Collapse whitespace (NBSP too) and drop control and zero-width characters."""
    line = line.translate(_INVISIBLE)
    line = _CONTROL.sub("", line)
    return " ".join(line.split())


def _words(line: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(line)]


def _is_furniture(line: str) -> bool:
    """Tell whether one normalized line is web furniture, not article text."""
    if sum(c.isalpha() for c in line) < 3:
        return True  # no words: rules, dates alone, "/IV/"
    words = _words(line)
    low = line.lower().strip(" :.|-–—•·»>")
    if (
        _I18N_KEY.fullmatch(line)
        or _PLACEHOLDER.fullmatch(line)
        or low in _LABELS
        or (len(words) <= 10 and all(w in _UI_WORDS for w in words))
        or _TEASER.match(line)
        or (len(words) <= 10 and _is_credit(line))
        or (len(words) <= 12 and _SHARE_START.match(line))
        or (len(words) <= 25 and _COPYRIGHT.search(line))
        or _is_prompt(line, words)
    ):
        return True
    return _is_repetitive(words)


def _ngrams(words: list[str]) -> Counter[tuple[str, ...]]:
    n = _FURNITURE_NGRAM
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def _is_repetitive(words: list[str]) -> bool:
    """A line in which one 3-word phrase recurs many times (icon legends, tag clouds)."""
    if len(words) < _FURNITURE_NGRAM * _REPEAT_MIN:
        return False
    count = max(_ngrams(words).values())
    return count >= _REPEAT_MIN and count * _FURNITURE_NGRAM / len(words) >= _REPEAT_SHARE


def _drop_repeated_short_lines(lines: list[str]) -> list[str]:
    """Drop short lines sharing a 3-word phrase with many others (a legend one item a line)."""
    short = [set(_ngrams(_words(line))) if len(line.split()) <= 12 else set() for line in lines]
    counts = Counter(gram for grams in short for gram in grams)
    common = {gram for gram, count in counts.items() if count >= _REPEAT_LINES}
    if not common:
        return lines
    return [line for line, grams in zip(lines, short, strict=True) if not grams & common]


def _is_glued_breadcrumb(line: str, neighbour: str) -> bool:
    """``HomeLatestX`` next to ``X``: a breadcrumb glued to a kept line."""
    if len(neighbour.split()) < 3 or len(line) <= len(neighbour) or not line.endswith(neighbour):
        return False
    prefix = line[: -len(neighbour)]
    return len(prefix) <= 40 and not any(c.isspace() for c in prefix)


def clean_text(text: str) -> str:
    """Remove web boilerplate by general rules (no article-specific strings).

    Normalizes whitespace within lines and drops blank lines, then drops:

    - lines with fewer than three letters, i18n keys (``news.modal.header``),
      template placeholders (``Date: [Current Date]``) and lone labels
      ("Source", "Latest", "Advertisement");
    - login, paywall, newsletter and cookie prompts of up to 30 words: phrases
      only web pages use ("Create free account", "This website uses cookies"),
      or a prompt word ("log in", "subscribe") on a line that starts with it or
      addresses the reader ("please", "you", "free") and quotes no one, or on
      a line of up to 5 words; buttons and share rows ("Accept",
      "More information", "Share this: Twitter", "Facebook");
    - teasers ("Read more: ...", "Related: ...") and credits
      ("Image Source: ...") and copyright lines;
    - icon legends and tag clouds: a line in which one 3-word phrase recurs
      at least 8 times and covers 15% of its words, or short lines of which
      8 or more share a 3-word phrase;
    - a line that is a neighbour line with a breadcrumb glued in front
      (``HomeLatestTitle`` next to ``Title``), and exact duplicate lines
      (the first is kept).

    Other text is kept as it is (quotes, apostrophes and dashes included).

    Args:
        text: the text of a web page or article.

    Returns:
        The article text, one paragraph a line, joined by ``"\\n"``.

    Examples:
        >>> clean_text("Home\\nShare this: Twitter\\nTalks  ended.\\nREAD MORE: Other news")
        'Talks ended.'
    """
    lines = [_normalize_line(line) for line in text.splitlines()]
    lines = [line for line in lines if line and not _is_furniture(line)]
    lines = _drop_repeated_short_lines(lines)
    kept: list[str] = []
    seen: set[str] = set()
    for i, line in enumerate(lines):
        neighbours = lines[i - 1 : i] + lines[i + 1 : i + 2]
        if line in seen or any(_is_glued_breadcrumb(line, n) for n in neighbours):
            continue
        seen.add(line)
        kept.append(line)
    return "\n".join(kept)


# --------------------------------------------------------------------------- language

_ENGLISH_WORDS = frozenset(
    """
    the of and to in is are was were be been being has have had that for with on as by at from
    it its this these those which who whom whose said says he she they his her their them we our
    not an or but will would also after about than into more over against between during
    could should can may must there what when where while because before under since
    """.split()
)


def _looks_english(text: str) -> bool:
    """Cheap check: the script is Latin and English function words are common."""
    sample = text[:20_000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return True
    foreign = sum(1 for c in letters if c >= "\u0250" and not _is_latin(c))
    if foreign / len(letters) > FOREIGN_SCRIPT_SHARE:
        return False
    words = _words(sample)
    if len(words) < ENGLISH_MIN_TOKENS:
        return True
    return sum(w in _ENGLISH_WORDS for w in words) / len(words) >= ENGLISH_MIN_SHARE


def _is_latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


# --------------------------------------------------------------------------- bytes -> text

_LATIN_SINGLE_BYTE = frozenset(
    {
        "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_3",
        "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15",
        "iso8859_16", "mac_latin2", "mac_roman", "mac_iceland", "mac_turkish", "cp437",
        "cp850", "cp858",
    }
)  # fmt: skip


def _is_readable(text: str) -> bool:
    """Mostly printable: few control, unassigned, private-use or replacement characters."""
    sample = text[:100_000]
    if not sample:
        return False
    bad = sum(
        1
        for c in sample
        if c == "\ufffd"
        or (unicodedata.category(c) in {"Cc", "Cn", "Co", "Cs"} and c not in "\t\n\r\f\v")
    )
    return bad / len(sample) <= 0.01


def _is_binary(data: bytes) -> bool:
    sample = data[:65_536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in b"\t\n\r\f\v")
    return controls / len(sample) > CONTROL_SHARE


def _decode(data: bytes, source: str) -> str:
    """Decode file bytes; UTF-8 first, then BOMs, then a detected encoding."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        encodings = ["utf-32"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        if _is_binary(data):
            raise IngestError(source, "binary file, not text")
        encodings = ["utf-8-sig"]
    try:
        return data.decode(encodings[0])
    except UnicodeDecodeError:
        if encodings[0] != "utf-8-sig":
            raise IngestError(source, f"cannot decode as text (bad {encodings[0]})") from None
    for encoding in _fallback_encodings(data):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _is_readable(text):
            logger.info("%s: not UTF-8, decoded as %s", source, encoding)
            return text
    raise IngestError(
        source, "cannot decode as text (not UTF-8, and no other encoding gives readable text)"
    )


def _fallback_encodings(data: bytes) -> list[str]:
    """Encodings to try after UTF-8: the detected one (cp1252 for Latin guesses), then cp1252
    and latin-1."""
    detected: list[str] = []
    try:
        import charset_normalizer
    except ImportError:
        pass
    else:
        best = charset_normalizer.from_bytes(data).best()
        if best is not None:
            # Short Western texts are often guessed as cp1250; English texts are cp1252.
            detected = (
                ["cp1252", best.encoding]
                if best.encoding in _LATIN_SINGLE_BYTE
                else [best.encoding]
            )
    return [*detected, "cp1252", "latin_1"]


# --------------------------------------------------------------------------- files -> articles


def _format_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _read_text_file(path: Path, source: str, max_bytes: int) -> str:
    """Read and decode one file, checking its size before reading it."""
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise IngestError(
                source,
                f"file too large ({_format_size(size)} > {_format_size(max_bytes)} limit)",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(source, "no such file or directory") from None
    except OSError as err:
        raise IngestError(source, f"cannot read: {err.strerror or err}") from err
    if not data.strip():
        raise IngestError(source, "empty file")
    text = _decode(data, source)
    if not text.strip():
        raise IngestError(source, "empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _make_article(
    id: str,
    text: str,
    source: str,
    date: datetime.date | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Article:
    """Clean the text, check it, and find the date if metadata gave none."""
    text, marker_date = _take_date_marker(text)
    cleaned = clean_text(text)
    if not cleaned:
        raise IngestError(source, "no article text after removing boilerplate")
    if not _looks_english(cleaned):
        raise IngestError(
            source, "not English (looks like another language); kg reads English articles"
        )
    if date is None:
        date = marker_date or _find_dateline([_normalize_line(line) for line in text.split("\n")])
    return Article(id=id, text=cleaned, source=source, date=date, title=title or None, url=url)


def _read_html(path: Path, source: str, max_bytes: int) -> Article:
    import trafilatura

    html = _read_text_file(path, source, max_bytes)
    try:
        doc = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=False,
            favor_recall=True,
            with_metadata=True,
        )
    except Exception as err:  # trafilatura/lxml raise many kinds on broken pages
        raise IngestError(source, f"no main text found in HTML ({err})") from err
    text = getattr(doc, "text", None)
    if not isinstance(text, str) or not text.strip():
        raise IngestError(source, "no main text found in HTML")
    title = getattr(doc, "title", None)
    url = getattr(doc, "url", None)
    raw_date = getattr(doc, "date", None)
    return _make_article(
        path.stem,
        text,
        source,
        date=_parse_iso_value(raw_date) if isinstance(raw_date, str) else None,
        title=" ".join(title.split()) if isinstance(title, str) else None,
        url=url if isinstance(url, str) and url else None,
    )


def _read_jsonl(
    path: Path, source: str, max_bytes: int, on_error: Callable[[IngestError], None]
) -> Iterator[Article]:
    text = _read_text_file(path, source, max_bytes)
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            yield _read_json_line(line, where, f"{path.stem}-{lineno}")
        except IngestError as err:
            on_error(err)


def _read_json_line(line: str, source: str, default_id: str) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise IngestError(source, f"malformed JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(record, dict):
        raise IngestError(source, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise IngestError(source, "no string 'text' field")
    id_ = record.get("id")
    if id_ is not None and (isinstance(id_, bool) or not isinstance(id_, str | int)):
        raise IngestError(source, f"'id' must be a string or an integer, got {id_!r}")
    for key in ("title", "url", "date"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise IngestError(source, f"'{key}' must be a string, got {record[key]!r}")
    date = None
    if record.get("date"):
        date = _parse_iso_value(record["date"])
        if date is None:
            raise IngestError(
                source, f"bad 'date' {record['date']!r}: expected YYYY-MM-DD or an ISO datetime"
            )
    title = record.get("title")
    return _make_article(
        str(id_) if id_ not in (None, "") else default_id,
        text.replace("\r\n", "\n"),
        source,
        date=date,
        title=" ".join(title.split()) if title else None,
        url=record.get("url") or None,
    )


def _read_file(
    path: Path, source: str, max_bytes: int, on_error: Callable[[IngestError], None]
) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, source, max_bytes, on_error)
    elif suffix in HTML_SUFFIXES:
        yield _read_html(path, source, max_bytes)
    else:
        yield _make_article(path.stem, _read_text_file(path, source, max_bytes), source)


def _walk(folder: Path) -> list[Path]:
    """The article files under ``folder``, sorted, hidden files and folders left out."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in KNOWN_SUFFIXES:
                found.append(Path(root, name))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _log_error(err: IngestError) -> None:
    logger.warning("%s", err)


def read_articles(
    sources: Iterable[str | Path],
    *,
    on_error: Callable[[IngestError], None] | None = None,
    max_bytes: int = 10_000_000,
) -> Iterator[Article]:
    """Yield the articles of files and folders, lazily, in a stable order.

    Sources are read in the order given; folders are walked recursively in
    sorted order, skipping hidden entries and unknown extensions. A file named
    explicitly with an unknown extension is read as plain text. Nothing is
    read before the first article is asked for, and each file only when its
    turn comes.

    A bad input never stops the others: its :class:`~kg.errors.IngestError`
    goes to ``on_error`` (if None: logged as a warning) and reading goes on.
    An ``on_error`` that raises stops the reading (fail fast).

    Args:
        sources: files and folders.
        on_error: called with each input that cannot be read.
        max_bytes: larger files are rejected without being read.

    Returns:
        An iterator of articles.

    Raises:
        ValueError: if ``max_bytes`` is not positive.
    """
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be >= 1, got {max_bytes}")
    return _iter_articles(sources, on_error or _log_error, max_bytes)


def _iter_articles(
    sources: Iterable[str | Path], on_error: Callable[[IngestError], None], max_bytes: int
) -> Iterator[Article]:
    for source in sources:
        path = Path(source)
        if path.is_dir():
            files = _walk(path)
            if not files:
                suffixes = ", ".join(sorted(KNOWN_SUFFIXES))
                on_error(IngestError(str(source), f"no article files ({suffixes}) in folder"))
            for file in files:
                yield from _read_one(file, str(file), max_bytes, on_error)
        elif path.exists() and not path.is_file():
            on_error(IngestError(str(source), "not a regular file or folder"))
        else:
            yield from _read_one(path, str(source), max_bytes, on_error)


def _read_one(
    path: Path, source: str, max_bytes: int, on_error: Callable[[IngestError], None]
) -> Iterator[Article]:
    try:
        yield from _read_file(path, source, max_bytes, on_error)
    except IngestError as err:
        on_error(err)
