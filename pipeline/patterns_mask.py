"""Vectorised masking of typed variables in log messages (the miner's first step).

The rules are RE2 patterns applied to the whole Arrow array with
``pyarrow.compute.replace_substring_regex``, so the per-line cost is C, not
Python; the clustering step afterwards works per distinct *masked shape*.
Rules are grouped into a few alternations (one pass over the data each
instead of one per rule: each pass costs a full copy).  Priority: structured
values (key=value, JSON, quoted strings) first so their keys survive, then
timestamps and addresses that span punctuation, then any remaining token
that contains a digit; rules version 3 takes, before all of them, values that hold
spaces or vary in length (SQL text, distinguished names, hashes, lists, Kerberos
principals).  Values of keys that by convention carry the *constant* message
(logfmt ``msg=``, JSON ``"msg":``, ``level``…) are protected from masking, and
upper-case message identifiers (``DHCP4_LEASE_ALLOC``) lose only their digits.  Rules version 4
removes terminal control sequences (colours) first and guards the JSON keys GELF, journald,
Logstash and Docker's json-file put the message under as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from millpond.pipeline.patterns_mask_values import MESSAGE_KEYS_4, VALUES_3, VALUES_4

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

RULES = 4
"""Version of the masking rules.  A shape is the key of the miner's cache, so a rule that
changes shapes would give known lines new shapes, and then new ids: a saved state records the
version it was written with and keeps masking with it (old rules stay here, see ``RULESETS``).
Bump it, and keep the old token list, whenever a change alters any shape."""

PROTECT_4 = (rf'\b({_PROTECTED})(=)|("(?:{_PROTECTED[3:-1]}|{MESSAGE_KEYS_4[3:-1]})")(\s*:)\s*', PROTECT[1])
"""Rules version 4: :data:`PROTECT` with the JSON keys of
:data:`~millpond.pipeline.patterns_mask_values.MESSAGE_KEYS_4` (GELF ``short_message``/``full_message``,
journald ``MESSAGE``, ``@message``, Docker json-file ``log``): a record's message under one of them
was a JSON string value, masked whole, so every line of such a stream was one template."""

ANSI = r"\x1b\[[0-?]*[ -/]*[@-~]"
r"""Rules version 4: an ECMA-48 control sequence (CSI: ``ESC [``, parameter bytes, intermediate bytes,
a final byte), SGR colours above all (``\x1b[32m``, ``\x1b[1;31m``, ``\x1b[0m``; ``\x1b[2K`` erases a
line), is not text: zerolog's ``ConsoleWriter`` and NestJS's ``ConsoleLogger`` colour by default, and a
word glued to a code was masked with it (``\x1b[1mStarting`` -> ``\x1b[<*>``).  Removed before
every pass, before the cut at :data:`MAX_CHARS`."""
_ANSI = re.compile(ANSI, re.ASCII)

COLLAPSE = (r"<\*>(?:[\s,;:|/]*<\*>)+", WILD)
"""A run of variables (lists, multi-part values) is one variable."""
SPACES = (r"[\t\n\r\f\v]|\s\s+", " ")
_STRUCTURED = ("|".join(STRUCTURED), "\\1\\2\\3\\4\\5\\6\\7" + WILD)

SMALL = 32
"""Batches up to this many lines, none longer than :data:`SMALL_CHARS`, are masked with Python
``re`` instead: pyarrow compiles each RE2 pattern on every call (~1 ms for these), which
dominates a few lines, while ``re`` compiles once and costs ~30 µs a line.  Both paths give
the same strings (tested over every stored evaluation set and generated strings)."""
SMALL_CHARS = 256
"""A longer line goes to RE2 even in a small batch: ``re`` backtracks, and a 2,048-character
token (which a sender chooses) cost it up to 65 ms; RE2 is linear in the line.  Not with a
``\\v`` in the batch: ``re``'s ``\\s`` holds it, RE2's does not, and small batches always
went to ``re`` (the same strings as before matter more than the cost)."""

@dataclass(frozen=True)
class Rules:
    """One version of the masking passes.

    Each list is one alternation, one pass (a pass costs a full copy of the
    data); inside a pass the first rule that matches at a position wins.  Two
    variable passes, not one: RE2 gets much slower when the capture groups of the
    structured list share an alternation with the unanchored digit rule (measured 3x).
    """

    tokens: tuple[str, ...]
    structured: tuple[str, ...] = STRUCTURED
    """Only :data:`STRUCTURED` has the capture-free pass (:func:`_structured`); another list
    runs as one capturing pass (slower): each rule ``(prefix)value``, at most 9 groups."""
    values: tuple[str, ...] = ()
    """Value rules run as one capturing pass before the structured pass (each ``(prefix)value``,
    at most 9 groups), on the lines one of them matches only (rare lines, see :attr:`rare`)."""
    protect: tuple[str, str] = PROTECT
    """The guard pass (:data:`PROTECT`; rules version 4: :data:`PROTECT_4`)."""
    ansi: bool = False
    """Control sequences (:data:`ANSI`) are removed first (rules version 4)."""
    zero_digits: bool = True
    """Digits may be written as ``0`` first (see :func:`mask`): true only if no rule tells one
    digit from another and every digit ends inside a ``<*>`` (a rule keeping ``HTTP/1.1`` as a
    word, or matching ``v2`` literally, must set it false, or its lines mask wrongly)."""
    compiled: list[tuple[re.Pattern[str], str]] = field(default_factory=list, compare=False)
    shapes: dict[str, str] = field(default_factory=dict, compare=False)
    """Token pass results by structured shape (digits as ``0``), shared by all miners (see :func:`_tokens`)."""

    @cached_property
    def passes(self) -> tuple[tuple[str, str], ...]:
        """Every pass in order (:func:`mask_one`, :func:`_full`).  Built once per ruleset, as the two
        properties below: ``_capturing`` counted the groups with Python's ``re``, whose cache missed
        the long value alternation (~18 ms a compile, 0.6 ms a hit for hashing it again), twice a batch
        (it counts them by a scan since session 16, :func:`capture_groups`)."""
        values = (_capturing(self.values),) if self.values else ()
        return (MESSAGE_IDS, self.protect, *values, self.structured_pass, ("|".join(self.tokens), WILD))

    @cached_property
    def structured_pass(self) -> tuple[str, str]:
        """The structured list as one capturing pass: each match becomes its group(s) and ``<*>``."""
        return _capturing(self.structured)

    @cached_property
    def rare(self) -> str:
        """Lines that need more than the structured and token passes: :data:`_RARE`, and any
        line a value rule matches (a line no value rule matches comes out of that pass unchanged)."""
        rare = _RARE if self.protect == PROTECT else _rare(self.protect[0])
        return "|".join((rare, *self.values))


def _capturing(rules: tuple[str, ...]) -> tuple[str, str]:
    """Rules ``(prefix)value`` as one pass: each match becomes its group(s) and ``<*>``."""
    pattern = "|".join(rules)
    groups = min(capture_groups(pattern), 9)
    return pattern, "".join(f"\\{i}" for i in range(1, groups + 1)) + WILD


_GROUP_SCAN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\((?!\?)|\(\?P<")
"""An escape, a character class (``]`` first is a literal), or the opening of a capture group."""


def capture_groups(pattern: str) -> int:
    """The capture groups of ``pattern``, as ``re.compile(pattern).groups`` counts them: the openings
    ``(`` and ``(?P<`` outside a class and not escaped.  Why not compile: the value alternation of rules
    3 and 4 took Python's ``re`` 12-30 ms to compile, once a process, only to be counted (RE2 runs it)."""
    return sum(m.group().startswith("(") for m in _GROUP_SCAN.finditer(pattern))


RULESETS = {1: Rules(TOKENS_1), 2: Rules(TOKENS), 3: Rules(TOKENS, values=VALUES_3),
            4: Rules(TOKENS, values=VALUES_4, protect=PROTECT_4, ansi=True)}
_TIDY = (COLLAPSE, SPACES)

_SEG = "\x01"


def _rare(protect: str) -> str:
    return "|".join((f"[{_SEG}{_GUARD}{_MARK}|]", MESSAGE_IDS[0], protect, SPACES[0]))


_RARE = _rare(PROTECT[0])
"""Lines that need any pass besides the variable passes and the collapse: our control
characters, message ids, protected keys, odd whitespace; and lines with a ``|``, the
one separator a variable token may also hold, where the fused token pass of sessions 3-14
could start a match one character later than the token pass does (kept rare since, so every
line keeps its shape).  Most lines need none of them,
and a line that needs none comes out of those passes unchanged (they only ever act on
their own matches, and the variable passes never create whitespace runs or keys).
``_SEG`` is here because :func:`_structured` marks matches with it."""

SAMPLE = 2048
REPEATS = 0.9
"""Lines are masked once per distinct line (digits as ``0``) when the first :data:`SAMPLE`
hold fewer than this share of distinct ones; else the dictionary (~0.2 µs a line) would not pay."""
CACHE = 16_384
"""Entries of a ruleset's token-pass cache (keys of at most :data:`CACHE_CHARS`); full, it starts again."""
CACHE_CHARS = 512


def mask(messages: pa.Array | pa.ChunkedArray, rules: int = RULES) -> pa.Array:
    """Messages (null → empty) with typed variables replaced by ``<*>``, by rules version ``rules``.

    Digits are written as ``0`` first: the result does not depend on which digits a
    line holds (every rule treats all ten alike, and every digit ends inside a ``<*>``),
    and lines that differ only in them are masked once (when a sample shows repeats).
    One match pass (no copy) finds the lines that need the rare passes; only those
    run them, the rest the structured pass and the token pass (see :func:`_common`).
    """
    r = RULESETS[rules]
    m = messages
    if isinstance(m, pa.ChunkedArray):
        m = m.combine_chunks()
    if m.type != pa.string():
        m = m.cast(pa.string())
    if len(m) <= SMALL and ((pc.max(pc.utf8_length(m)).as_py() or 0) <= SMALL_CHARS
                            or pc.any(pc.match_substring(m, "\x0b")).as_py()):
        return pa.array([mask_one(x, rules) for x in m.to_pylist()], pa.string())
    if m.null_count:
        m = pc.fill_null(m, "")
    if r.ansi and np.any(_buffers(m)[1] == 0x1B):  # a byte scan first (~0.01 µs a line): most streams hold none
        m = pc.replace_substring_regex(m, pattern=ANSI, replacement="")
    if pc.max(pc.binary_length(m)).as_py() > MAX_CHARS:  # bytes ≥ characters: a cheap test first
        m = pc.utf8_slice_codeunits(m, 0, MAX_CHARS)
    if r.zero_digits:
        m = _zeroed(m)
    enc = None
    if pc.count_distinct(m.slice(0, SAMPLE)).as_py() < REPEATS * min(len(m), SAMPLE):
        enc = m.dictionary_encode()
        m = enc.dictionary
    rare = pc.match_substring_regex(m, pattern=r.rare)
    k = pc.sum(rare).as_py() or 0
    if k == 0:
        out = _common(m, r)
    elif k == len(m):
        out = _full(m, r)
    else:
        rows = rare.to_numpy(zero_copy_only=False)
        order = np.empty(len(m), dtype=np.int64)
        order[~rows] = np.arange(len(m) - k)
        order[rows] = np.arange(len(m) - k, len(m))
        both = pa.concat_arrays([_common(pc.filter(m, pc.invert(rare)), r), _full(pc.filter(m, rare), r)])
        out = both.take(pa.array(order))
    return out if enc is None else out.take(enc.indices)


def _common(m: pa.Array, r: Rules) -> pa.Array:
    """The passes every line needs (see ``_RARE`` for the others): the structured pass, then
    the token pass (with the collapse and the trim) once per distinct result.

    Why per distinct result: with digits as ``0`` and the structured values gone, lines
    of one statement give one string, which :func:`_tokens` masks once.
    """
    if r.structured == STRUCTURED:
        enc = _structured(m).dictionary_encode()
    else:
        pattern, replacement = r.structured_pass
        enc = pc.replace_substring_regex(m, pattern=pattern, replacement=replacement).dictionary_encode()
    return _tokens(enc.dictionary, r).take(enc.indices)


def _tokens(shapes: pa.Array, r: Rules) -> pa.Array:
    """The token pass, collapse and trim of distinct ``shapes``; repeated shapes come from
    the ruleset's cache (a dictionary lookup instead of an RE2 pass, which costs ~1 ms a call
    in compiling alone)."""
    if len(shapes) > CACHE // 4:  # many new shapes (or a cold start): not worth a Python lookup each
        return _token_passes(shapes, r)
    cache = r.shapes
    keys = shapes.to_pylist()
    got = [cache.get(k) for k in keys]
    miss = [i for i, g in enumerate(got) if g is None]
    if not miss:
        return pa.array(got, pa.string())
    todo = shapes if len(miss) == len(keys) else shapes.take(pa.array(miss, pa.int64()))
    done = _token_passes(todo, r)
    if len(cache) + len(miss) > CACHE:
        cache.clear()
    for i, d in zip(miss, done.to_pylist()):
        got[i] = d
        if len(keys[i]) <= CACHE_CHARS:
            cache[keys[i]] = d
    return pa.array(got, pa.string())


def _token_passes(shapes: pa.Array, r: Rules) -> pa.Array:
    """The token pass, the collapse and the trim of lines that need no rare pass.

    Two RE2 passes, not the fused one of sessions 3-14 (a run of tokens and ``<*>`` as one match,
    which gives the same strings on these lines): the fused pattern repeats the token alternation inside a run, which doubled
    RE2's automaton (~2 ms to build on every call, against ~1 ms for the token pattern) and made
    the scan slower than the two passes together (measured, session 15: 0.13-0.17 s against
    0.19 s over the 150,000 speed lines' shapes)."""
    m = pc.replace_substring_regex(shapes, pattern="|".join(r.tokens), replacement=WILD)
    return pc.utf8_trim_whitespace(pc.replace_substring_regex(m, pattern=COLLAPSE[0], replacement=COLLAPSE[1]))


# -- the structured pass without capture groups ---------------------------------------------------
#
# RE2 finds a match with its DFA, but the groups of a match (the key or delimiter each
# structured rule keeps) need a backtracking pass over it, which was ~3/4 of the pass's
# cost.  Here RE2 only marks each match (``\x01`` match ``\x02\x02``: the whole match,
# ``\0``, needs no groups), and numpy finds where each kept prefix ends from the
# match's first bytes: every structured rule is (prefix)(value) with a prefix whose end
# a few characters tell (see :func:`_prefix`).

_ONE = np.zeros(256, dtype=bool)
_ONE[[9, 10, 12, 13, 32, *b"=([,:"]] = True
"""First bytes of a match whose one-character prefix is a delimiter (rules 3, 5, 6; RE2's ``\\s``
is [\\t\\n\\f\\r ])."""
_WS = np.zeros(256, dtype=bool)
_WS[[9, 10, 12, 13, 32]] = True
_QUOTE, _APOS, _COLON, _EQ, _SLASH = '"', "'", ":", "=", "/"


def _structured(m: pa.Array, mark: int = 1) -> pa.Array:
    """``m`` after the structured pass (:data:`_STRUCTURED`).

    Matches are marked with the bytes ``mark`` (before) and ``mark + 1`` (twice, after),
    which lines of ``m`` must not hold (``_RARE`` sends ``\\x01`` and ``\\x02`` elsewhere).
    """
    replacement = f"{chr(mark)}\\0{chr(mark + 1) * 2}"
    marked = pc.replace_substring_regex(m, pattern=_STRUCTURED[0], replacement=replacement)
    off, b = _buffers(marked)
    out = b.copy()
    marks = np.flatnonzero((b - np.uint8(mark)) < np.uint8(2))
    kind = b[marks]
    start, end = marks[kind == mark], marks[kind == mark + 1][::2]
    if len(start) == 0:
        return pa.StringArray.from_buffers(len(m), pa.py_buffer(off.astype(np.int32)), pa.py_buffer(out))
    value = start + 1 + _prefix(b, start + 1, end)
    if np.any(value >= end):  # not a shape of the known rules: the capturing pass  # pragma: no cover
        return pc.replace_substring_regex(m, pattern=_STRUCTURED[0], replacement=_STRUCTURED[1])
    out[value], out[value + 1], out[value + 2] = ord("<"), ord("*"), ord(">")
    # Cut out with one Arrow filter over pieces of the buffer: before each match (kept), its
    # start mark (dropped), its prefix and the <*> (kept), the rest and the end marks (dropped).
    k = len(start)
    bounds = np.empty(4 * k + 2, dtype=np.int32)
    bounds[0], bounds[-1] = 0, len(b)
    bounds[1:-1].reshape(k, 4)[:] = np.stack([start, start + 1, value + 3, end + 2], axis=1)
    keep = np.zeros(4 * k + 1, dtype=bool)
    keep[::2] = True
    pieces = pa.StringArray.from_buffers(4 * k + 1, pa.py_buffer(bounds), pa.py_buffer(out))
    kept = pc.filter(pieces, pa.array(keep))
    removed = np.zeros(k + 1, dtype=np.int64)
    np.cumsum(end - value, out=removed[1:])
    off = off - removed[np.searchsorted(start, off)]
    return pa.StringArray.from_buffers(len(m), pa.py_buffer(off.astype(np.int32)), kept.buffers()[2])


def _zeroed(a: pa.Array) -> pa.Array:
    """``a`` with digits ``1``-``9`` written as ``0``."""
    off, b = _buffers(a)
    return pa.StringArray.from_buffers(len(a), pa.py_buffer(off.astype(np.int32)), pa.py_buffer(_zero_digits(b)))


def _buffers(a: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Offsets (from 0) and UTF-8 bytes of a string array."""
    _, ob, db = a.buffers()
    off = np.frombuffer(ob, dtype=np.int32, count=len(a) + 1, offset=a.offset * 4).astype(np.int64)
    b = np.frombuffer(db, dtype=np.uint8)[off[0] : off[-1]] if db is not None else np.zeros(0, np.uint8)
    return off - off[0], b


def _zero_digits(b: np.ndarray) -> np.ndarray:
    """A copy of ``b`` with ``1``-``9`` as ``0`` (clears the low bits of digit bytes)."""
    digit = (b - np.uint8(0x30)) < np.uint8(10)
    return b & ~(digit.view(np.uint8) * np.uint8(15))


def _next(pos: np.ndarray, i: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """``pos[i]`` where that is below ``hi``, else ``hi``."""
    f = pos[np.minimum(i, len(pos) - 1)] if len(pos) else hi
    return np.where((i < len(pos)) & (f < hi), f, hi)


def _prefix(b: np.ndarray, a: np.ndarray, e: np.ndarray) -> np.ndarray:
    """Length of the kept prefix (the group) of each structured match ``b[a:e]``.

    By the first byte (the rules in :data:`STRUCTURED` order, 0-7):
    a delimiter: that one character (3, 5, 6); ``/``: none (6 at the start of a line);
    ``'``: none if the match ends with ``'`` (5), else the quote (6: ``'/path``);
    ``"``: a JSON key through its ``:`` and the blanks after it if the next of ``"`` ``:``
    ``=`` is a quote before the last byte (1), else none if the match ends with ``"`` (3),
    else the quote (6: ``"/path``); anything else (a word, 0, 2, 4, 7): by the first of
    ``"`` ``:`` ``=``: through ``=`` (2), none before ``://`` (0), else up to the first ``"``
    (after a ``:`` it is the next of the three: 4; or it is that first one: 7).
    Keys hold none of the three, and only blanks stand between a key's parts.
    """
    c = b[a]
    p = _ONE[c].astype(np.int64)
    special = np.flatnonzero((b == ord(_QUOTE)) | (b == ord(_COLON)) | (b == ord(_EQ)))
    apos = c == ord(_APOS)
    p[apos] = b[e[apos] - 1] != ord(_APOS)
    dq = np.flatnonzero(c == ord(_QUOTE))
    if len(dq):
        ad, ed = a[dq], e[dq]
        i = np.searchsorted(special, ad + 1)
        f = _next(special, i, ed)
        p[dq] = b[ed - 1] != ord(_QUOTE)
        key = (f < ed - 1) & (b[f] == ord(_QUOTE))
        if key.any():
            ad, ed, dq = ad[key], ed[key], dq[key]
            stop = _next(special, i[key] + 1, ed) + 1
            while True:
                blank = (stop < ed) & _WS[b[np.minimum(stop, len(b) - 1)]]
                if not blank.any():
                    break
                stop += blank
            p[dq] = stop - ad
    word = np.flatnonzero(~_ONE[c] & ~apos & (c != ord(_QUOTE)) & (c != ord(_SLASH)))
    if len(word):
        aw, ew = a[word], e[word]
        i = np.searchsorted(special, aw)
        f = _next(special, i, ew)
        at = b[f]
        colon = at == ord(_COLON)
        url = colon & (b[np.minimum(f + 1, len(b) - 1)] == ord(_SLASH))
        stop = np.where(at == ord(_EQ), f + 1, np.where(colon, _next(special, i + 1, ew), f))
        p[word] = np.where(url, aw, stop) - aw
    return p


def _full(m: pa.Array, r: Rules) -> pa.Array:
    """Every pass, in order (the Arrow twin of :func:`mask_one`); the structured pass
    capture-free where it can be (marks ``\\x1e``/``\\x1f``, unless a line holds them), and the
    passes after it once per distinct result."""
    _, b = _buffers(m)
    if np.any((b - np.uint8(2)) < np.uint8(2)):
        m = pc.replace_substring_regex(m, pattern=f"[{_GUARD}{_MARK}]", replacement="")
    ids, protect, *values, structured, tokens = r.passes
    for pattern, replacement in (ids, protect):
        m = pc.replace_substring_regex(m, pattern=pattern, replacement=replacement)
    for pattern, replacement in values:  # on the lines it matches only: most rare lines hold no such value
        hit = pc.match_substring_regex(m, pattern=pattern)
        if pc.any(hit).as_py():
            done = pc.replace_substring_regex(pc.filter(m, hit), pattern=pattern, replacement=replacement)
            m = pc.replace_with_mask(m, hit, done)
    if r.structured == STRUCTURED and not np.any((b - np.uint8(_FULL_MARK)) < np.uint8(2)):
        enc = _structured(m, _FULL_MARK).dictionary_encode()
    else:
        enc = pc.replace_substring_regex(m, pattern=structured[0], replacement=structured[1]).dictionary_encode()
    m = pc.replace_substring_regex(enc.dictionary, pattern=tokens[0], replacement=tokens[1])
    m = pc.replace_substring(pc.replace_substring(m, _GUARD, ""), _MARK, WILD)
    for pattern, replacement in _TIDY:
        m = pc.replace_substring_regex(m, pattern=pattern, replacement=replacement)
    return pc.utf8_trim_whitespace(m).take(enc.indices)


_FULL_MARK = 0x1E


def mask_one(message: str | None, rules: int = RULES) -> str:
    """:func:`mask` for one message, with Python ``re`` (ASCII classes, as RE2)."""
    r = RULESETS[rules]
    if not r.compiled:  # built whole, then swapped in at once: mining threads may race here, harmlessly
        r.compiled[:] = [(re.compile(p, re.ASCII), x) for p, x in (*r.passes, *_TIDY)]
    m = message or ""
    if r.ansi and "\x1b" in m:
        m = _ANSI.sub("", m)
    m = m[:MAX_CHARS].replace(_GUARD, "").replace(_MARK, "")
    n = len(r.passes)
    for i, (rx, replacement) in enumerate(r.compiled):
        m = rx.sub(replacement, m)
        if i == n - 1:
            m = m.replace(_GUARD, "").replace(_MARK, WILD)
    return m.strip()
