"""Files and folders -> :class:`~kg.types.Article`, one reader per format."""

import contextlib
import datetime
import json
import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import IngestError
from kg.ingest.boilerplate import _normalize_line, clean_text
from kg.ingest.dates import _find_dateline, _parse_iso_value, _take_date_marker
from kg.ingest.decode import decode_bytes
from kg.ingest.language import looks_english
from kg.types import Article

logger = logging.getLogger(__name__)

__all__ = [
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "KNOWN_SUFFIXES",
    "TEXT_SUFFIXES",
    "read_articles",
    "special_file_kind",
]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

def _format_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _read_text_file(path: Path, source: str, max_bytes: int) -> str:
    """Read and decode one file, checking its size before reading it."""
    try:
        info = os.stat(path)  # stat never opens: a FIFO would block an open() for ever
        kind = special_file_kind(info.st_mode)
        if kind is not None:
            raise IngestError(source, f"skipped: {kind}, not a regular file")
        size = info.st_size
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
    text = decode_bytes(data, source)
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
    if not looks_english(cleaned):
        raise IngestError(
            source, "not English (looks like another language); kg reads English articles"
        )
    if date is None:
        date = marker_date or _find_dateline([_normalize_line(line) for line in text.split("\n")])
    return Article(id=id, text=cleaned, source=source, date=date, title=title or None, url=url)


# Libraries that log while reading HTML; their lines are folded into kg's one line per file.
_HTML_LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability")


class _Collect(logging.Handler):
    """Keep the messages libraries log while one file is read."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = " ".join(record.getMessage().split())
        except Exception:  # a library's malformed log call must not stop the build
            message = str(record.msg)
        if record.levelno >= logging.WARNING and message and message not in self.messages:
            self.messages.append(message)


@contextlib.contextmanager
def _library_logs(source: str) -> Iterator[_Collect]:
    """Keep the library log lines emitted inside the block off stderr.

    kg says in one line what went wrong with the file (an IngestError); what
    the libraries said is logged at debug level (``kg build -v``) under the
    file's name.
    """
    collect = _Collect()
    loggers = [logging.getLogger(name) for name in _HTML_LIBRARY_LOGGERS]
    saved = [(lg.propagate, lg.level) for lg in loggers]
    for lg in loggers:
        lg.addHandler(collect)
        lg.propagate = False
        lg.setLevel(logging.WARNING)
    try:
        yield collect
    finally:
        for lg, (propagate, level) in zip(loggers, saved, strict=True):
            lg.removeHandler(collect)
            lg.propagate = propagate
            lg.setLevel(level)
        for message in collect.messages:
            logger.debug("%s: the HTML reader said: %s", source, message)


def _read_html(path: Path, source: str, max_bytes: int) -> Article:
    with _library_logs(source):
        return _read_html_quietly(path, source, max_bytes)


def _read_html_quietly(path: Path, source: str, max_bytes: int) -> Article:
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


def special_file_kind(mode: int) -> str | None:
    """Name the kind of a file that is not a regular file or folder, else None.

    Examples:
        >>> import stat
        >>> special_file_kind(stat.S_IFIFO | 0o644)
        'a named pipe (FIFO)'
        >>> special_file_kind(stat.S_IFREG | 0o644) is None
        True
    """
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device node"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return "a special file"


def _walk(folder: Path) -> list[Path]:
    """The article files under ``folder``, sorted, hidden files and folders left out.

    FIFOs, sockets and device nodes are listed too, whatever their names, so
    that they are reported (and skipped unopened) in their turn.
    """
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in KNOWN_SUFFIXES or _is_special(Path(root, name)):
                found.append(Path(root, name))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _is_special(path: Path) -> bool:
    try:
        return special_file_kind(os.stat(path).st_mode) is not None
    except OSError:
        return False


def _kind_of(path: Path) -> str:
    try:
        return special_file_kind(os.stat(path).st_mode) or "not a file"
    except OSError:
        return "a broken link"


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
            kind = _kind_of(path)
            on_error(IngestError(str(source), f"skipped: {kind}, not a regular file or folder"))
        else:
            yield from _read_one(path, str(source), max_bytes, on_error)


def _read_one(
    path: Path, source: str, max_bytes: int, on_error: Callable[[IngestError], None]
) -> Iterator[Article]:
    try:
        yield from _read_file(path, source, max_bytes, on_error)
    except IngestError as err:
        on_error(err)
