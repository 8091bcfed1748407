"""Each rule's confidence: its precision measured on the real-news dev split.

``kg/lexicons/confidence.toml`` is written by ``scripts/measure_rules.py``
from ``kg evaluate --by-rule`` counts on ``tests/data/realnews/dev``; a rule
with no counts there keeps the prior confidence it states in code.
"""

import functools
import tomllib
from importlib import resources

from kg.errors import ExtractorError

__all__ = ["rule_confidence"]


@functools.cache
def rule_confidence() -> dict[str, float]:
    """Return the measured precision of each rule, by rule name.

    Raises:
        ExtractorError: the table is not valid TOML or holds a value outside 0..1.
    """
    path = resources.files("kg").joinpath("lexicons/confidence.toml")
    if not path.is_file():
        return {}
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("rules", {})
    except tomllib.TOMLDecodeError as err:
        raise ExtractorError(f"kg/lexicons/confidence.toml is not valid TOML: {err}") from err
    out: dict[str, float] = {}
    for name, row in table.items():
        value = row.get("confidence") if isinstance(row, dict) else row
        if not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ExtractorError(
                f"kg/lexicons/confidence.toml: rule {name!r} has confidence {value!r}; "
                "expected a number from 0 to 1")
        out[name] = float(value)
    return out
