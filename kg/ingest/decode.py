"""File bytes -> text: UTF-8, byte order marks, then a detected encoding."""

import logging
import unicodedata

from kg.errors import IngestError

logger = logging.getLogger(__name__)

__all__ = ["decode_bytes"]

CONTROL_SHARE = 0.05  # more control bytes than this: binary

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


def decode_bytes(data: bytes, source: str) -> str:
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
