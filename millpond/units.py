"""Human units in configuration: durations ("15s", "7d") and sizes ("20GiB").

Both are parsed once, at the edge, into plain numbers (seconds as ``float``,
bytes as ``int``) so that the rest of the code never sees a string unit.
"""

from __future__ import annotations

import re

_DURATION_UNITS = {
    "ms": 0.001,
    "s": 1.0,
    "m": 60.0,
    "h": 3600.0,
    "d": 86400.0,
    "w": 7 * 86400.0,
}
_SIZE_UNITS = {
    "": 1,
    "b": 1,
    "kb": 1000,
    "mb": 1000**2,
    "gb": 1000**3,
    "tb": 1000**4,
    "kib": 1024,
    "mib": 1024**2,
    "gib": 1024**3,
    "tib": 1024**4,
    "k": 1024,
    "m": 1024**2,
    "g": 1024**3,
    "t": 1024**4,
}
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h|d|w)")
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$")


def parse_duration(text: str | int | float) -> float:
    """Seconds in ``text``: a number of seconds, or ``"1h30m"``, ``"250ms"``, ``"7d"``.

    Raises
    ------
    ValueError
        naming the accepted units when ``text`` is not a duration.
    """
    if isinstance(text, bool):
        raise ValueError(f"expected a duration like '15s' or '7d', got {text!r}")
    if isinstance(text, (int, float)):
        if text < 0:
            raise ValueError(f"a duration cannot be negative, got {text!r}")
        return float(text)
    s = text.strip().lower()
    if not s:
        raise ValueError("expected a duration like '15s' or '7d', got an empty string")
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    pos = 0
    total = 0.0
    for m in _DURATION_PART.finditer(s):
        if m.start() != pos:
            break
        total += float(m.group(1)) * _DURATION_UNITS[m.group(2)]
        pos = m.end()
    if pos != len(s):
        raise ValueError(
            f"expected a duration like '15s', '1h30m' or '7d' (units ms s m h d w), got {text!r}"
        )
    return total


def parse_size(text: str | int) -> int:
    """Bytes in ``text``: a number of bytes, or ``"64KiB"``, ``"16MiB"``, ``"20GiB"``, ``"1GB"``."""
    if isinstance(text, bool):
        raise ValueError(f"expected a size like '16MiB', got {text!r}")
    if isinstance(text, (int, float)):
        if text < 0:
            raise ValueError(f"a size cannot be negative, got {text!r}")
        return int(text)
    m = _SIZE.match(text)
    unit = m.group(2).lower() if m else None
    if not m or unit not in _SIZE_UNITS:
        raise ValueError(
            f"expected a size like '512KiB', '16MiB' or '20GiB' (units B KiB MiB GiB TiB KB MB GB TB), got {text!r}"
        )
    return int(float(m.group(1)) * _SIZE_UNITS[unit])


def format_size(n: float) -> str:
    """``n`` bytes for people: ``"1.5 GiB"``."""
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    raise AssertionError("unreachable")
