"""Web furniture removed from article text by general rules."""

import re
from collections import Counter

__all__ = ["clean_text"]

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
