"""Vectorised masking of typed variables in log messages (the miner's first step).

The rules are RE2 patterns applied to the whole Arrow array with
``pyarrow.compute.replace_substring_regex``, so the per-line cost is C, not
Python; the clustering step afterwards works per distinct *masked shape*.
Rules are grouped into a few alternations (one pass over the data each
instead of one per rule: each pass costs a full copy).  Priority: structured
values (key=value, JSON, quoted strings) first so their keys survive, then
timestamps and addresses that span punctuation, then any remaining token
that contains a digit.  Values of keys that by convention carry the
*constant* message (logfmt ``msg=``, JSON ``"msg":``, ``level``…) are
protected from masking, and upper-case message identifiers
(``DHCP4_LEASE_ALLOC``) lose only their digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

WILD = "<*>"
MAX_CHARS = 2048
"""Longer messages are cut before masking: bounds regex and clustering cost."""

_PROTECTED = r"(?:msg|message|event|level|lvl|severity|logger|component)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_DELIM = r"""[^\s=:,;()\[\]{}"'<>/]"""  # a character that may sit inside a variable token
_HEX = r"[0-9a-fA-F]"
_GUARD = "\x02"

PROTECT = (rf'\b({_PROTECTED})(=)|("{_PROTECTED}")(\s*:)\s*', f"\\1\\3{_GUARD}\\2\\4{_GUARD}")
"""Keys that by convention carry the constant message (logfmt ``msg=``, JSON
``"msg":``, ``level``…) get a guard character on both sides of their ``=``/``:``
so no value rule below matches them (they all need a key or delimiter right
next to the value); the guards are removed afterwards."""

_MARK = "\x03"
MESSAGE_IDS = (r"\b([A-Z][A-Z_-]*[_-])[0-9]+([A-Z_-]*[A-Z]{2}[A-Z_-]*)\b"
               r"|\b([A-Z]{2,}[A-Z_-]*)[0-9]+([_-][A-Z_-]*[A-Z]{2}[A-Z_-]*)\b", f"\\1\\3{_MARK}\\2\\4")
"""Upper-case message identifiers with one run of digits inside (``DHCP4_LEASE_ALLOC``,
``%LINK-3-UPDOWN``, ``SSH2_USERAUTH``) name the statement: only their digits
become ``<*>`` (a mark here, replaced after the variable passes), not the
whole token, which the digit rule would take."""

STRUCTURED: tuple[str, ...] = (
    # URLs first: their query strings look like key=value pairs
    r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s\"',)>]+",
    # JSON values (strings, numbers, literals) after a quoted key      (group 1 kept)
    r'("[\w.@-]+"\s*:\s*)(?:"(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|true|false|null)',
    # key=value values: quoted (with escapes) or up to a delimiter      (group 2 kept)
    r'(\b[\w.-]+=)(?:"(?:[^"\\]|\\.)*"|\'[^\']*\'|[^\s,;&"\']*[^\s,;&"\'a-zA-Z_-][^\s,;&"\']*)',
    # a double-quoted string holding digits or a slash is data: request lines, paths (group 3)
    r'(^|[\s=(\[,])"[^"]*[0-9/][^"]*"',
    # a quoted string after a ``label:`` is that label's value           (group 4)
    r'(\b[\w.-]+:\s*)"(?:[^"\\]|\\.)*"',
    # single-quoted strings (SQL literals, names), not apostrophes in words (group 5)
    r"(^|[\s=:(\[,])'[^']*'",
    # absolute paths (a delimiter before the first slash)                (group 6)
    r"(^|[\s=:(\[,\"'])(?:/[^\s/\"',;:)\]]*)+",
    # a double-quoted string after a lowercase word names something: ``host "db master"`` (group 7)
    r'(\b[a-z][a-z_-]* )"(?:[^"\\]|\\.)*"',
)
"""Values inside structure; the key or delimiter before the value is kept."""

TOKENS_1: tuple[str, ...] = (
    # dates with month names (common log format, syslog/ctime): the digit rule
    # alone would leave the month as a word.  ISO 8601 needs no rule of its own:
    # the digit rule plus the collapse of ``<*>:<*>`` runs gives one ``<*>``.
    r"\d{1,2}/" + _MON + r"/\d{4}(?::\d{2}){3}(?: [+-]\d{4})?",
    r"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?" + _MON + r" +\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d+)?(?: \d{4})?",
    # e-mail addresses
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    # MAC addresses (hex pairs without a digit would survive the digit rule);
    # IPv6 needs no rule: digit-bearing groups and the collapse of runs do it
    rf"\b{_HEX}{{2}}(?:[:-]{_HEX}{{2}}){{5}}\b",
    # anything else that contains a digit: numbers, ids, IPs, hex, UUIDs, durations
    rf"{_DELIM}*[0-9]{_DELIM}*",
)
"""Free-standing variables of rules version 1 (sessions 1-3): month-name dates and MAC addresses first."""

_NUM = r"[0-9][0-9.,]*"
_SIZE_UNIT = r"(?:[kKMGTP]i?B|bytes?|B)"
_TIME_UNIT = r"(?:[mun]s|s|secs?|seconds?|mins?|minutes?|hours?|days?)"
QUANTITIES = rf"<=?{_NUM}(?: ?{_TIME_UNIT}\b)?|{_NUM} ?{_TIME_UNIT}\b|\({_NUM} ?{_SIZE_UNIT}\)"
"""Rules version 2: a bound (``<1``, ``<1 sec``) and a duration with its unit (``19.05 seconds``,
``120 ms``) are one value: the unit varies with the value (``5 ms`` / ``2 s``); a size's
human-readable echo in brackets (``1190 bytes (1.16 KB)``) is one value of its own, there or
not depending on the size (the clustering lets a lone ``<*>`` be missing)."""
ENDPOINT = r"\b[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+:[0-9]+\b"
"""Rules version 2: ``host.example.com:5070`` is one value, as an IP with a port always was
(the digit rule left ``host.example.com:<*>``, whose host then had to generalise)."""

DIGITS = r"""[^\s=:,;()\[\]{}"'<>/|]*[0-9][^\s=:,;()\[\]{}"'<>/|]*"""
"""Rules version 2: the digit rule of version 1 with ``|`` as a delimiter too, so pipe-separated
fields (``20171223-22:15:29|Step_LSC|30002312|onStandStepChanged 3579``) keep their words."""

TOKENS: tuple[str, ...] = (QUANTITIES, ENDPOINT, *TOKENS_1[:-1], DIGITS)
"""Free-standing variables (rules version 2)."""

RULES = 2
"""Version of the masking rules.  A shape is the key of the miner's cache, so a rule that
changes shapes would give known lines new shapes, and then new ids: a saved state records the
version it was written with and keeps masking with it (old rules stay here, see ``RULESETS``).
Bump it, and keep the old token list, whenever a change alters any shape."""

COLLAPSE = (r"<\*>(?:[\s,;:|/]*<\*>)+", WILD)
"""A run of variables (lists, multi-part values) is one variable."""
SPACES = (r"[\t\n\r\f\v]|\s\s+", " ")
_STRUCTURED = ("|".join(STRUCTURED), "\\1\\2\\3\\4\\5\\6\\7" + WILD)

SMALL = 32
"""Batches up to this many lines are masked with Python ``re`` instead: pyarrow
compiles each RE2 pattern on every call (~1 ms for these), which dominates a
few lines, while ``re`` compiles once and costs ~30 µs a line.  Both paths give
the same strings (tested over every stored evaluation set)."""


@dataclass(frozen=True)
class Rules:
    """One version of the masking passes.

    Each list is one alternation, one pass (a pass costs a full copy of the
    data); inside a pass the first rule that matches at a position wins.  Two
    variable passes, not one: RE2 gets much slower when the capture groups of the
    structured list share an alternation with the unanchored digit rule (measured 3x).
    """

    tokens: tuple[str, ...]
    compiled: list[tuple[re.Pattern[str], str]] = field(default_factory=list, compare=False)

    @property
    def passes(self) -> tuple[tuple[str, str], ...]:
        return (MESSAGE_IDS, PROTECT, _STRUCTURED, ("|".join(self.tokens), WILD))

    @property
    def token_runs(self) -> tuple[str, str]:
        """The token pass and the collapse in one: a run of free-standing variables and
        ``<*>`` is one ``<*>`` (same strings as the two passes, one pass fewer)."""
        token = "(?:" + "|".join(self.tokens) + r"|<\*>)"
        return token + r"(?:[\s,;:|/]*" + token + ")*", WILD


RULESETS = {1: Rules(TOKENS_1), 2: Rules(TOKENS)}
_TIDY = (COLLAPSE, SPACES)

_RARE = "|".join((f"[{_GUARD}{_MARK}|]", MESSAGE_IDS[0], PROTECT[0], SPACES[0]))
"""Lines that need any pass besides the variable passes and the collapse: our control
characters, message ids, protected keys, odd whitespace; and lines with a ``|``, the
one separator a variable token may also hold, where the fused token pass
(``token_runs``) could start a match one character later than the token pass does.  Most lines need none of them,
and a line that needs none comes out of those passes unchanged (they only ever act on
their own matches, and the variable passes never create whitespace runs or keys)."""


def mask(messages: pa.Array | pa.ChunkedArray, rules: int = RULES) -> pa.Array:
    """Messages (null → empty) with typed variables replaced by ``<*>``, by rules version ``rules``.

    One match pass (no copy) finds the lines that need the rare passes; only those
    run them, the rest run the variable passes and the collapse: 4 regex passes
    per line instead of 8 (RE2 via pyarrow costs ~0.1 µs per line and pass).
    """
    r = RULESETS[rules]
    m = messages
    if isinstance(m, pa.ChunkedArray):
        m = m.combine_chunks()
    if m.type != pa.string():
        m = m.cast(pa.string())
    if len(m) <= SMALL:
        return pa.array([mask_one(x, rules) for x in m.to_pylist()], pa.string())
    if m.null_count:
        m = pc.fill_null(m, "")
    if pc.max(pc.binary_length(m)).as_py() > MAX_CHARS:  # bytes ≥ characters: a cheap test first
        m = pc.utf8_slice_codeunits(m, 0, MAX_CHARS)
    rare = pc.match_substring_regex(m, pattern=_RARE)
    k = pc.sum(rare).as_py() or 0
    if k == 0:
        return _common(m, r)
    if k == len(m):
        return _full(m, r)
    rows = rare.to_numpy(zero_copy_only=False)
    order = np.empty(len(m), dtype=np.int64)
    order[~rows] = np.arange(len(m) - k)
    order[rows] = np.arange(len(m) - k, len(m))
    both = pa.concat_arrays([_common(pc.filter(m, pc.invert(rare)), r), _full(pc.filter(m, rare), r)])
    return both.take(pa.array(order))


def _common(m: pa.Array, r: Rules) -> pa.Array:
    """The passes every line needs (see ``_RARE`` for the others)."""
    for pattern, replacement in (_STRUCTURED, r.token_runs):
        m = pc.replace_substring_regex(m, pattern=pattern, replacement=replacement)
    return pc.utf8_trim_whitespace(m)


def _full(m: pa.Array, r: Rules) -> pa.Array:
    """Every pass, in order (the Arrow twin of :func:`mask_one`)."""
    m = pc.replace_substring_regex(m, pattern=f"[{_GUARD}{_MARK}]", replacement="")
    for pattern, replacement in r.passes:
        m = pc.replace_substring_regex(m, pattern=pattern, replacement=replacement)
    m = pc.replace_substring(pc.replace_substring(m, _GUARD, ""), _MARK, WILD)
    for pattern, replacement in _TIDY:
        m = pc.replace_substring_regex(m, pattern=pattern, replacement=replacement)
    return pc.utf8_trim_whitespace(m)


def mask_one(message: str | None, rules: int = RULES) -> str:
    """:func:`mask` for one message, with Python ``re`` (ASCII classes, as RE2)."""
    r = RULESETS[rules]
    if not r.compiled:  # built whole, then swapped in at once: mining threads may race here, harmlessly
        r.compiled[:] = [(re.compile(p, re.ASCII), x) for p, x in (*r.passes, *_TIDY)]
    m = (message or "")[:MAX_CHARS].replace(_GUARD, "").replace(_MARK, "")
    n = len(r.passes)
    for i, (rx, replacement) in enumerate(r.compiled):
        m = rx.sub(replacement, m)
        if i == n - 1:
            m = m.replace(_GUARD, "").replace(_MARK, WILD)
    return m.strip()
