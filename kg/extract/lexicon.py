"""The trigger lexicons, read once from ``kg/lexicons/triggers.toml``."""

import functools
import tomllib
from importlib import resources
from typing import Any

__all__ = ["lexicon"]


@functools.cache
def lexicon() -> dict[str, Any]:
    """Return the trigger lexicons (``kg/lexicons/triggers.toml``)."""
    text = resources.files("kg").joinpath("lexicons/triggers.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)
