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

Modules, one topic each: :mod:`~kg.ingest.readers` (files, folders and the
formats), :mod:`~kg.ingest.decode` (bytes -> text), :mod:`~kg.ingest.boilerplate`
(:func:`clean_text`), :mod:`~kg.ingest.dates` (:func:`parse_date`, datelines)
and :mod:`~kg.ingest.language` (is it English).
"""

from kg.ingest.boilerplate import clean_text
from kg.ingest.dates import parse_date
from kg.ingest.readers import read_articles

__all__ = ["clean_text", "parse_date", "read_articles"]
