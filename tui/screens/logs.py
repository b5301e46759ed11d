"""Logs: a live tail with filters, pause and scroll-back, a line's details, and
a jump from a line to its pattern's other occurrences.

Filter syntax (typed in the bar, Enter applies): ``service:checkout host:web-1
level:error level:warning+ pattern:42`` and any other words, which must all
appear in the message (case-insensitive). ``-word`` excludes a word.

A word that looks like a needle — one token (letters, digits, ``_ . - @``) of
six characters or more, with a digit, and not a plain number: a trace id, a
request id, an IP, ``alice1912`` — goes through the server's
``search()`` (docs/search.md), which reads only the archive's row groups
that can hold it: such a word must then be a whole token of the message
(``10.0.0.7`` finds ``from 10.0.0.7:443``, not ``10.0.0.71``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Static

from millpond.tui.client import ApiError, Unreachable, as_map, sql_str, sql_ts, to_dt
from millpond.tui.messages import ShowPattern
from millpond.tui.screens.base import DashScreen
from millpond.tui.widgets import SEVERITY_STYLE, clip, severity

SEVERITIES = ("trace", "debug", "info", "notice", "warning", "error", "critical", "alert", "emergency")
FIELDS = {"service": "service", "svc": "service", "host": "host", "level": "severity", "severity": "severity",
          "sev": "severity", "source": "source", "pattern": "pattern_id"}
PAGE = 300
MESSAGE_MAX = 400
WINDOW_S = 24 * 3600
NEEDLE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.@-]{4,}[A-Za-z0-9_]")
"""One search token (see millpond.sinks.search_index) long enough to be worth the index."""


def looks_like_needle(word: str) -> bool:
    """A trace/request id, IP, alice1912…: one token with a digit, not a plain number."""
    return (NEEDLE.fullmatch(word) is not None and any(c.isdigit() for c in word)
            and not word.replace(".", "", 1).isdigit())


@dataclass
class LogFilter:
    """A parsed filter bar: exact fields, severity at least, words in / out of the message."""

    equals: dict[str, str] = field(default_factory=dict)
    min_severity: str | None = None
    words: list[str] = field(default_factory=list)
    not_words: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    needle: str | None = None
    """The first word that :func:`looks_like_needle`: answered by ``search()`` instead of a scan."""

    @classmethod
    def parse(cls, text: str) -> LogFilter:
        f = cls()
        for tok in text.split():
            key, sep, val = tok.partition(":")
            col = FIELDS.get(key.lower()) if sep and val else None
            if col == "severity" and val.endswith("+"):
                if val[:-1].lower() in SEVERITIES:
                    f.min_severity = val[:-1].lower()
                else:
                    f.errors.append(f"unknown level {val[:-1]!r}")
            elif col == "pattern_id" and not val.lstrip("-").isdigit():
                f.errors.append(f"pattern needs a number, not {val!r}")
            elif col:
                f.equals[col] = val.lower() if col == "severity" else val
            elif tok.startswith("-") and len(tok) > 1:
                f.not_words.append(tok[1:])
            elif f.needle is None and looks_like_needle(tok):
                f.needle = tok
            else:
                f.words.append(tok)
        return f

    def source(self) -> str:
        """What the query reads: ``logs``, or ``search()`` of the needle (case-insensitive, like the words)."""
        return "logs" if self.needle is None else f"search({sql_str(self.needle)}, ignore_case := true)"

    def where(self) -> list[str]:
        out = []
        for col, val in self.equals.items():
            out.append(f"pattern_id = {int(val)}" if col == "pattern_id" else f"{col} = {sql_str(val)}")
        if self.min_severity:
            allowed = SEVERITIES[SEVERITIES.index(self.min_severity):]
            out.append("severity IN (" + ", ".join(sql_str(s) for s in allowed) + ")")
        out += [f"message ILIKE {sql_str('%' + w.replace('%', '') + '%')}" for w in self.words]
        out += [f"message NOT ILIKE {sql_str('%' + w.replace('%', '') + '%')}" for w in self.not_words]
        return out


class LogDetail(ModalScreen[int | None]):
    """One line in full: message, attributes, its pattern. ``p`` shows the pattern's other lines."""

    BINDINGS = [Binding("escape,q,enter", "dismiss(None)", "Close"), Binding("p", "pattern", "Same pattern")]

    def __init__(self, row: dict[str, Any], template: str | None) -> None:
        super().__init__()
        self.row = row
        self.template = template

    def compose(self) -> ComposeResult:
        r = self.row
        t = Text()
        ts = to_dt(r.get("ts"))
        t.append(f"{ts:%Y-%m-%d %H:%M:%S.%f}"[:-3] + " UTC  " if ts else "")
        t.append_text(severity(r.get("severity")))
        t.append(f"  {r.get('host') or '-'}  {r.get('service') or '-'}  via {r.get('source') or '-'}\n\n", style="bold")
        t.append(str(r.get("message") or "") + "\n\n")
        attrs = as_map(r.get("attributes"))
        if attrs:
            t.append("attributes\n", style="bold underline")
            for k, v in sorted(attrs.items()):
                t.append(f"  {k}", style="cyan")
                t.append(" = " + str(v).rstrip("\n").replace("\n", "\n" + " " * (len(k) + 5)) + "\n")  # a stack trace stays under its key
        pid = r.get("pattern_id")
        t.append("\npattern ", style="bold underline")
        t.append(f"#{pid}  " if pid is not None else "not mined yet")
        if self.template:
            t.append(self.template, style="magenta")
        with VerticalScroll(id="detail"):
            yield Static(t)
        yield Static("[b]p[/] same pattern  [b]esc[/] close", id="detail-keys")

    def action_pattern(self) -> None:
        pid = self.row.get("pattern_id")
        self.dismiss(int(pid) if pid is not None else None)


class LogsScreen(DashScreen):
    MODE = "logs"
    BINDINGS = [
        Binding("f", "follow", "Follow/pause"),
        Binding("slash", "focus_filter", "Filter"),
        Binding("b", "older", "Older"),
        Binding("escape", "leave_filter", "Leave filter", show=False),
    ]

    def body(self) -> ComposeResult:
        yield Input(placeholder="filter: service:checkout host:web-1 level:warning+ pattern:7 words…  (Enter)", id="filter")
        yield Static(id="logs-status")
        yield DataTable(id="lines", cursor_type="row", zebra_stripes=False)

    def on_mount(self) -> None:
        super().on_mount()
        self.filter = LogFilter()
        self.following = True
        self.rows: list[dict[str, Any]] = []
        self.error = ""
        table = self.query_one("#lines", DataTable)
        self._columns(table, 7)
        table.focus()
        self._status()

    def _status(self) -> None:
        t = Text()
        t.append(" ● FOLLOWING " if self.following else " ❚❚ PAUSED ", style="bold green" if self.following else "bold yellow")
        t.append(f" {len(self.rows)} lines")
        if self.rows:
            first, last = to_dt(self.rows[0]["ts"]), to_dt(self.rows[-1]["ts"])
            if first and last:
                t.append(f"  {first:%H:%M:%S} → {last:%H:%M:%S} UTC", style="dim")
        if self.error:
            t.append(f"  {self.error}", style="bold red")
        self.query_one("#logs-status", Static).update(t)

    def _sql(self, before: Any = None) -> str:
        now = self.dash.clock()
        where = [f"ts > {sql_ts(now - WINDOW_S)}", *self.filter.where()]
        if before is not None:
            where.append(f"ts < {sql_str(str(before))}::TIMESTAMPTZ")
        return ("SELECT ts, severity, host, service, message, attributes, source, pattern_id FROM "
                + self.filter.source() + " WHERE "
                + " AND ".join(where) + f" ORDER BY ts DESC LIMIT {PAGE}")

    async def load(self) -> None:
        if not self.following and self.rows:
            return
        rows = await self.q(self._sql())
        rows.reverse()
        if rows != self.rows:
            self.rows = rows
            self._fill(scroll_end=True)
        self._status()

    @staticmethod
    def _columns(table: DataTable, message_width: int) -> None:
        """Fixed widths (the message column sized to its longest line): redraws never shift columns."""
        table.clear(columns=True)
        table.add_column("time", width=8, key="ts")
        table.add_column("sev", width=5, key="sev")
        table.add_column("host", width=9, key="host")
        table.add_column("service", width=13, key="service")
        table.add_column("message", width=message_width, key="message")

    def _fill(self, *, scroll_end: bool) -> None:
        table = self.query_one("#lines", DataTable)
        messages = [clip(r.get("message"), MESSAGE_MAX) for r in self.rows]
        self._columns(table, max((len(m) for m in messages), default=7))
        for r, text in zip(self.rows, messages, strict=True):
            ts = to_dt(r["ts"])
            sev = (r.get("severity") or "").lower()
            msg = Text(text, style="red" if SEVERITY_STYLE.get(sev, "").endswith("red") else "")
            table.add_row(f"{ts:%H:%M:%S}" if ts else "-", severity(sev), clip(r.get("host"), 9), clip(r.get("service"), 13), msg)
        if scroll_end and self.rows:
            table.move_cursor(row=len(self.rows) - 1, animate=False, scroll=True)  # scrolls once laid out

    @on(Input.Submitted, "#filter")
    def apply_filter(self, event: Input.Submitted) -> None:
        f = LogFilter.parse(event.value)
        self.error = "; ".join(f.errors)
        if f.errors:
            self._status()
            return
        self.filter = f
        self.following = True
        self.rows = []
        self.call_after_refresh(self.query_one("#lines", DataTable).focus)
        self.poll()

    def show_pattern(self, pattern_id: int) -> None:
        """Filter to one pattern (from the Patterns screen or a line's details)."""
        box = self.query_one("#filter", Input)
        box.value = f"pattern:{pattern_id}"
        self.filter = LogFilter.parse(box.value)
        self.following, self.rows, self.error = True, [], ""
        self.poll()

    def action_follow(self) -> None:
        self.following = not self.following
        self._status()
        if self.following:
            self.poll()

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_leave_filter(self) -> None:
        self.query_one("#lines", DataTable).focus()

    @work(exclusive=True, group="older", exit_on_error=False)
    async def action_older(self) -> None:
        """Pause and prepend the page of lines before the oldest shown."""
        if not self.rows:
            return
        self.following = False
        try:
            older = await self.q(self._sql(before=self.rows[0]["ts"]))
        except (Unreachable, ApiError) as e:
            self.error = str(e)
        else:
            older.reverse()
            self.rows = older + self.rows
            self._fill(scroll_end=False)
            self.query_one("#lines", DataTable).move_cursor(row=len(older), animate=False)
        self._status()

    @on(DataTable.RowSelected, "#lines")
    def _selected(self) -> None:
        self.action_details()

    @work(exclusive=True, group="detail", exit_on_error=False)
    async def action_details(self) -> None:
        table = self.query_one("#lines", DataTable)
        if not self.rows or table.cursor_row >= len(self.rows):
            return
        row = self.rows[table.cursor_row]
        self.following = False
        self._status()
        template = None
        if row.get("pattern_id") is not None:
            try:
                found = await self.q(f"SELECT template FROM log_patterns WHERE pattern_id = {int(row['pattern_id'])}")
                template = found[0]["template"] if found else None
            except (Unreachable, ApiError):
                template = None
        pid = await self.app.push_screen_wait(LogDetail(row, template))
        if pid is not None:
            self.post_message(ShowPattern(pid))
