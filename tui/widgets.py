"""Small widgets and formatters shared by the screens (no IO here)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

BLOCKS = "▁▂▃▄▅▆▇█"

SEVERITY_STYLE = {
    "trace": "dim", "debug": "bright_black", "info": "green", "notice": "cyan", "warning": "yellow",
    "error": "bold red", "critical": "bold white on red", "alert": "bold white on red", "emergency": "bold white on red",
}
STATE_STYLE = {"firing": "bold red", "pending": "yellow", "resolved": "green", "inactive": "dim"}


def spark(values: Sequence[float], width: int = 24) -> str:
    """A one-line sparkline of the last ``width`` values; blank before there is data."""
    vals = [v for v in values if v == v][-width:]
    if not vals:
        return ""
    hi = max(vals)
    if hi <= 0:
        return BLOCKS[0] * len(vals)
    return "".join(BLOCKS[min(len(BLOCKS) - 1, int(v / hi * (len(BLOCKS) - 1) + 0.5))] for v in vals)


def human(n: float | None, digits: int = 1) -> str:
    """1234567 → ``1.2M``; small numbers stay exact."""
    if n is None or (isinstance(n, float) and math.isnan(n)):
        return "-"
    a = abs(n)
    for unit, size in (("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if a >= size:
            return f"{n / size:.{digits}f}{unit}"
    return f"{n:.{digits}f}" if isinstance(n, float) and not n.is_integer() else f"{int(n)}"


def human_bytes(n: float | None) -> str:
    if n is None:
        return "-"
    for unit, size in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{int(n)} B"


def age(seconds: float | None) -> str:
    """Seconds → ``42s``, ``5m``, ``3h``, ``2d``; for ages and staleness."""
    if seconds is None:
        return "-"
    s = max(0, int(seconds))
    if s < 90:
        return f"{s}s"
    if s < 90 * 60:
        return f"{s // 60}m"
    if s < 36 * 3600:
        return f"{s // 3600}h{(s % 3600) // 60:02d}m"
    return f"{s // 86400}d"


SEVERITY_SHORT = {"trace": "TRACE", "debug": "DEBUG", "info": "INFO", "notice": "NOTE", "warning": "WARN",
                  "error": "ERROR", "critical": "CRIT", "alert": "ALERT", "emergency": "EMERG"}


def severity(s: str | None) -> Text:
    s = (s or "").lower()
    return Text(SEVERITY_SHORT.get(s, s[:5].upper() or "-"), style=SEVERITY_STYLE.get(s, ""))


def state(s: str | None) -> Text:
    return Text((s or "-").upper(), style=STATE_STYLE.get((s or "").lower(), ""))


def clip(s: object, n: int) -> str:
    t = " ".join(str(s if s is not None else "").split())
    return t if len(t) <= n else t[: n - 1] + "…"


class Banner(Static):
    """The "appliance unreachable" bar: hidden while the appliance answers."""

    DEFAULT_CSS = """
    Banner { dock: top; height: 1; background: $error; color: $text; text-style: bold; padding: 0 1; display: none; }
    Banner.-down { display: block; }
    """

    def on_mount(self) -> None:
        self.watch(self.app, "down_reason", self._changed, init=True)

    def _changed(self, reason: str) -> None:
        self.set_class(bool(reason), "-down")
        if reason:
            url = getattr(self.app, "url", "")
            self.update(f"⚠ Appliance {url} unreachable: {reason}. Retrying…")
