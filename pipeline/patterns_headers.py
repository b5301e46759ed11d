"""A per-service header learner: fields a logging layout adds before the message, found from the
stream itself (session 9, S9-header; ``Params.header_fields``).

Why: a layout's header (host, container, tool, thread, logger name…) is values, but a value
without a digit stays a word after masking (``<ts> mail smtpd…``, ``lxc-start web <ts> DEBUG``),
so every statement splits by it, or its lines get different prefix keys and are never compared.
A layout rule (``patterns_formats.py``) reads one documented layout; a layout nobody wrote down is
read wrong until someone does.  This module reads any layout by a property of the stream:

    a header field is INDEPENDENT of the message.

At a position near the line's start (the first ``MAX_POSITIONS`` tokens), the values of a header
field combine freely with the rest of the line: ``host1`` and ``host2`` both carry ``session
opened for <*>`` and ``connection closed``.  A statement's own word predicts what follows it.
Counted per service, per position and per *prefix* (the tokens before the position, a severity
word standing for any), over new shapes only (the shape cache sends nothing else here), in order
of their first line, so a decision never depends on where batches are cut:

* a *continuation* is the rest of the shape after the position (positions learned already read
  as values), kept as a 32-bit hash with its *head* (its first plain word, a severity word aside);
* where the token before the position ends in a value (or the token at it starts with one) the mask
  may have folded a field's value holding a digit into it (``<ts> mx2 smtpd[…]`` → ``<*> smtpd[…]``):
  the shape counts as the value ``FOLDED`` with the rest from the position, so the word form and the
  digit form of one statement (``<*> mail smtpd[<*>]: X`` / ``<*> smtpd[<*>]: X``) are evidence at once;
* a continuation seen with two or more values is *shared*; a value is *free* when it carried
  ``MIN_SHARED`` shared continuations;
* the position is learned once ``MIN_FREE`` values are free, ``MIN_CONTS`` continuations are
  shared and they open with ``MIN_HEADS`` different words (one statement's variants —
  ``checking message <*>`` / ``processing message <*>`` — share continuations that all open alike:
  the differing word is that statement's), the prefix opened ``MIN_SHARE`` % of the service's
  shapes (a header precedes every message; a word inside one statement does not), and the service
  has not passed ``MAX_LEARN`` new shapes (a header shows early; a late decision only re-reads
  templates the clusterer has settled);
* never when two free values are opposites (``started``/``stopped``), a free value is a capitalised
  word (a sentence's first word, ``Started``: the statement itself), a participle
  (``adding``/``changing route to <*>``: the event a statement logs), an upper-case keyword
  (``[UFW BLOCK]``/``[UFW ALLOW]``) or a ``label:`` (``api.service:``, ``SSL_read:``: what the
  message is about), or the free values are printed in two forms (``"symfony"`` / ``router``: a
  field prints its values one way).  Only a token that is one name (maybe bracketed, quoted, or
  ending in ``:``) can be a field's value (``TOPIC(clicks):`` is a kind and a value).

Session 9's second pass (S9-header2) counts three more kinds of evidence and guards two more values:

* two fields in a row (LXC's ``<tool> <container> <time>``) as one PAIR of values with the rest after
  both: alone, neither shows (the second's prefix holds the first's word); learned only when both
  vary under one rest (``expire command`` / ``backup command`` begin is a statement's word and a value);
* a SPAN the mask joined: ``<ts> node017 ptp4l[…]:`` is one ``<*>[<*>]:`` (the program's name holds a
  digit), which a word host reads as ``<*> tsn-ctl <*>[<*>]:``: the joined form counts as ``FOLDED``
  at the field's place (after the value), with the rest from the joined token;
* a field printed twice in the header (ProFTPD's ``%h … %h``): its second place is read as the value
  too, so the rest is the same for every host;
* a bracketed dash (``[-]``, Twisted's system outside a connection) is a field's (empty) value, and a
  word bracketed whole (``[Uninitialized]``) is no sentence's capitalised word;
* a continuation's head skips labels (``spamd: …``, a child's prefix before every message), which
  would make every continuation open alike.

Once learned, a new shape with that prefix reads a name at the position as ``<*>``, folded into a
neighbouring value as the mask folds a run of values (only the values touching it: a template's other
runs of values are its own alignment, ``line <*> <*> <*>)``, and joining them would change its
length), so ``<ts> mail smtpd[…]`` reads as ``<ts> mx2 smtpd[…]`` does, unless it is printed in another form than the field's values (``detected`` where
the values were ``[out_es]``: an optional field left out) or a word seen there opened a
continuation (a program tag where the mask already took the host: ``kernel:``).  The service's
templates are read the same way at that moment (:func:`reread_templates`: a template only
generalises, its id stays), so a statement seen so far from one host takes the next host's lines.
Lines assigned before keep their ids.

Session 12 (S12-headers), from a layout no reader knows (InspIRCd's ``%a %d %b %Y %T`` with ``date_names`` off):
a field that is the line's first word and capitalised (a weekday) is learned once it shows ``CAPITALS`` free
values (two or three capitalised words before one message are a statement's own, ``Accepted``/``Failed``;
never right after a ``label:``, where a message begins), and a word opening every continuation at a position
(the month after the weekday) is the layout's, so the continuations' heads are their second words
(``LAYOUT_HEADS``).  ``unpad`` joins a field padded inside its brackets (``[ main]``, ``[site  ]``) into one
token before any of this (``Params.padded_fields``).

Session 13 (S13-learner), from the board with every layout reader off: a field's value of several words.  Where
the layout puts a separator token after the field (log4j's ``%t - %c - %m``), the run of names or values up to it
is counted as one value, with the rest from the separator (``header_words``: riemann's ``SIGHUP handler`` and
``riemann task 2`` beside ``main``); a position learned so reads the run whole.  ``unpad`` also joins a padded
bracket whose value holds a space (``spaced_fields``: Undertow's ``[   XNIO-1 I/O-4]``).

Session 14 (S14-learner), same board: once a position is learned and the templates are re-read, a re-read
template of three words or more takes the templates of its length it is now general to (``reread_subsume``,
:func:`subsume_reread`): a statement's varying first word (SmokePing's probe) generalised under one host while
its templates from other hosts stayed apart, as the clusterer's ``subsume`` does for a template that generalised.

Bounded: per service at most ``MAX_POSITIONS`` × ``MAX_PREFIXES`` counters, each tracking
``MAX_CONTS`` continuations of up to ``MAX_VALUES_PER_CONT`` values (dropped once learned); at most
``MAX_SERVICES`` services and ``MAX_TRACKED`` continuations in all.  The learned positions and the
counts are part of the miner's durable state (:meth:`HeaderLearner.state`, saved in the snapshot
under ``"headers"``; a state saved without it loads as an empty learner).

Measured in session 9 (docs/patterns.md, "Session 9"): with the layout rules off, standing in for
layouts nobody wrote down, it wins back 14-51 % of what they give on the syslog-style development
groups (u9 0.331 -> 0.454, u8 0.681 -> 0.733); with them on, every group holds but u7 (-0.0077: a
fluentd plugin field learned lets an optional clause join two statements; a roundcube session id the
mask took in part).  A never-seen set's layouts are the ones nobody wrote down, so it is on by
default, that cost named.  The second pass (S9-header2): rules off, u9 0.454 -> 0.519, u7 0.594 ->
0.634, u6 0.699 -> 0.709, every other group the same; rules on, u7 -0.0077 -> -0.0034 (roundcube
mended: only the values beside a learned field fold), every other group the same.  Fluentd's cost is
the clusterer's: with one plugin id and no learner, ``detected rotation of <*>; waiting <*> seconds``
joins ``detected rotation of <*>`` as well (a template's last value takes the clause).
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from millpond.pipeline.patterns_mask import WILD
from millpond.pipeline.patterns_shape import instance_of, is_const, is_level_word, statement_words
from millpond.pipeline.patterns_tokens import opposite

if TYPE_CHECKING:
    from millpond.pipeline.patterns_cluster import Clusterer

FOLDED = "\x00folded"
"""The value a shape holds at a position where the mask folded a value holding a digit into the
value beside it (``<ts> mx2 smtpd[…]`` → ``<*> smtpd[…]``): the rest of the line follows it."""
MAX_POSITIONS = 6
"""Token positions from the line's start that may hold a header field."""
MAX_PREFIXES = 16
"""Prefixes (the tokens before a position) tracked per position."""
MAX_CONTS = 64
"""Continuations tracked per position and prefix (later ones are not counted)."""
MAX_VALUES_PER_CONT = 4
"""Values remembered per continuation (enough to see it shared)."""
MAX_SERVICES = 4096
"""Services whose positions are tracked (later services are not learned)."""
MAX_TRACKED = 200_000
"""Continuations tracked in all (past this no new one is counted): the learner's memory bound."""
MAX_KEPT = 64
"""First words of continuations remembered per learned position (never read as the field's value)."""
MIN_SHARED = 1
"""Shared continuations a value must carry to be free."""
MIN_FREE = 2
"""Free values a position needs."""
MIN_CONTS = 3
"""Shared continuations a position needs."""
MIN_HEADS = 2
"""Different first words those continuations need."""
MIN_SHARE = 50
"""Percent of the service's shapes the prefix must have opened."""
MAX_LEARN = 300
"""New shapes of a service after which nothing more is learned: a header field is in every line and
shows early; a late decision only re-reads templates the clusterer has long settled (duplicates)."""


_NAME = re.compile(r"^[\[(\"'<]?[A-Za-z0-9][\w.@/-]*[\])\"'>]?:?$")
"""One name, maybe bracketed, quoted or ending a field with ``:`` (``web``, ``ha-node-a``, ``[main]``,
``mail.example.com``, ``lxc-start``): what a header field prints; not a structure of its own
(``TOPIC(clicks):`` names a kind and a value)."""


@lru_cache(maxsize=1 << 16)
def _candidate(tok: str) -> bool:
    """A plain word that could be a header field's value (not a value already, a severity or punctuation)."""
    if DASHES and tok in _ABSENT:
        return True  # ``[-]``: the field printed empty, as layouts print an absent value (Twisted's system, CLF)
    return is_const(tok) and _NAME.match(tok) is not None and any(c.isalpha() for c in tok) and not is_level_word(tok)


_ABSENT = frozenset(("[-]", "(-)", '"-"', "<->"))
"""A bracketed or quoted dash: a field with no value (``[-]``: Twisted's log system outside a connection)."""


@lru_cache(maxsize=1 << 16)
def _maskable(tok: str) -> bool:
    """What a learned position reads as ``<*>``: a name, or a name a template already generalised in
    part (``<*>.erb``; not a program tag the mask took in part, ``smtpd[<*>]:``)."""
    return tok == WILD or _candidate(tok) or (WILD in tok and _NAME.match(tok.replace(WILD, "x")) is not None
                                              and not tok.endswith(":"))


def _form(tok: str) -> str:
    """A value's printed form: the punctuation around it (``[out_es]`` → ``[]``, ``web`` → ``""``). A
    field prints every value in one form; a word of another form at its position is no value of it
    (the message's first word where an optional ``[plugin]`` field is left out)."""
    t = tok.replace(WILD, "x")
    return (t[:1] if not t[:1].isalnum() else "") + (t[-1:] if not t[-1:].isalnum() else "")


def _in_form(tok: str, forms: frozenset[str]) -> bool:
    """Whether ``tok`` is printed in one of the field's ``forms``; a value the mask took in part from
    its start (``<*>>`` for ``<ab1cd>``) shows only its end."""
    f = _form(tok)
    if f in forms:
        return True
    return tok.startswith(WILD) and any(g[-1:] == f[-1:] for g in forms if g)


def _statement_word(tok: str) -> bool:
    """``Started``, ``Reloading``: a capitalised word, as a message's first word is written; ``adding``,
    ``changed``: a verb's participle, which names the event a statement logs; ``BLOCK]``, ``ALLOW``:
    an upper-case keyword (an action, a code); ``api.service:``, ``SSL_read:``: a label naming what
    the message is about (a unit, a function, a device), which keys its statements."""
    if tok.endswith(":"):
        return True
    w = tok.strip(".,:;!\"'[]()<>")
    if BRACKETS and len(tok) > 2 and tok[0] + tok[-1] in ("[]", "()") and w.isalpha() and not w.isupper():
        return False  # ``[Uninitialized]``: one word bracketed whole is a field's value, not a sentence's word
    if len(w) > 1 and w[0].isupper() and w[1:].isalpha() and (w[1:].islower() or w[1:].isupper()):
        return True
    return w.isalpha() and w.islower() and _verb_form(w)


def _verb_form(w: str) -> bool:
    """``adding``, ``Mounted``: a word of five letters or more ending as a participle does."""
    return len(w) > 4 and w.endswith(("ing", "ed"))


LAYOUT_HEADS = 1
"""(0: off) A first word opening every continuation at a position is the layout's (a month, a separator word):
the continuations' heads are their second words (session 12, S12-headers)."""
MIN_ALIKE = 8
"""Continuations that must all open with one word before it is read as the layout's."""
CAPITALS = 5
"""(``1_000_000``: off) Free values a position needs before a capitalised word may be one of them (session 12,
S12-headers).  A statement's first word is capitalised (``Accepted``/``Failed password for``), and so are a
weekday (``Tue 03 Nov 2026 …``, InspIRCd's ``%a %d %b %Y``), a month, a host or a thread named so: two or three
words before one message are a statement's own alternatives as often as a field's values, but a header field
combines with every statement, so its values come many: a day of the week or a month (``[Mon Nov  3 …``), hosts."""


def _capitalised(tok: str) -> bool:
    """``Tue``, ``[Mon``, ``Sintel``: one capitalised word (not ``ALLOW``, a ``label:``, nor a participle,
    ``Starting``/``Mounted``: the event a statement logs)."""
    w = tok.strip(".,;!\"'[]()<>")
    return (not tok.endswith(":") and len(w) > 1 and w[0].isupper() and w[1:].isalpha() and w[1:].islower()
            and not _verb_form(w))


def _caps_allowed(masked: list[str], p: int) -> bool:
    """Whether a capitalised word at ``p`` may be a field's value: not right after a ``label:`` (``TaskManager:``,
    ``sshd[<*>]:``), which ends a header: a message's first word follows it, capitalised as a sentence's is."""
    return p == 0 or not masked[p - 1].endswith(":")


LOCAL_COLLAPSE = 1
"""(0: every run of values is joined, as before session 9's second pass) A learned position's value is
folded only with the values touching it; runs elsewhere are the clusterer's own alignment."""


def collapse(toks: list[str], hits: set[int] | None = None) -> tuple[str, ...]:
    """Runs of values joined by spaces as the mask writes them: one ``<*>`` (``<*> <*>`` → ``<*>``,
    ``<*> <*>]:`` → ``<*>]:``) — only runs holding a position read as a value (``hits``): a
    template's other runs (``on line <*> <*> <*>)``, where it aligned ``(POST <*>)`` with ``(GET
    <*>)``) are the clusterer's alignment, and joining them would leave the template a length no
    new line of its statement has (a split)."""
    out: list[str] = []
    near: list[bool] = []  # whether the output token holds a position read as a value
    for i, t in enumerate(toks):
        hit = hits is None or i in hits
        if SEP_COLLAPSE and t.startswith(WILD) and len(out) > 1 and _separator(out[-1]) \
                and out[-2].endswith(WILD) and (hit or near[-2]):
            out.pop()  # ``<*> : <*>``: the mask runs values across a separator too (``[\s,;:|/]*``)
            near.pop()
        if out and (hit or near[-1]):
            if SEP_COLLAPSE and t.startswith(WILD) and out[-1] != WILD and _separator(out[-1].removeprefix(WILD)):
                out[-1] = t  # ``<*>: <*>[x]`` → ``<*>[x]``, as the mask writes it
                near[-1] = True
                continue
            if t == WILD and out[-1].endswith(WILD):
                near[-1] = True
                continue
            if out[-1] == WILD and t.startswith(WILD):
                out[-1] = t
                near[-1] = True
                continue
        out.append(t)
        near.append(hit)
    return tuple(out)


def _hash(text: str) -> int:
    return zlib.crc32(text.encode())


def _extend(prefix: int, tok: str) -> int:
    """The key of a prefix one token longer (crc32 runs on); a severity word stands for any (a
    header's level varies by statement)."""
    return zlib.crc32(_key_bytes(tok), prefix)


@lru_cache(maxsize=1 << 16)
def _key_bytes(tok: str) -> bytes:
    return b"\x1f" + (b"\x00L" if is_level_word(tok) else tok.encode())


def _head(rest: list[str]) -> int:
    """The continuation's first plain word, severity words aside (``0``: none); with ``LAYOUT_HEADS`` its
    second above the low 32 bits (``_LOW``), for a first word that is the layout's (:meth:`_Position.opened`)."""
    first = 0
    for t in rest:
        if h := _word_hash(t):
            if first == 0:
                first = h
                if not LAYOUT_HEADS:
                    return first
            else:
                return first | (h << 32)
    return first


_LOW = 0xFFFFFFFF


@lru_cache(maxsize=1 << 16)
def _word_hash(tok: str) -> int:
    if HEAD_LABELS and tok.endswith(":") and len(tok) > 1:
        return 0  # ``spamd:``, ``prefork:``: a label the program puts before its messages, not a statement's word
    if HEAD_PUNCT and not any(c.isalnum() for c in tok):
        return 0  # ``:``, ``-``, ``|``: a layout's separator opens every continuation after a field alike
    return _hash(tok) if is_const(tok) and not is_level_word(tok) else 0


def _first(rest: list[str]) -> int:
    """The continuation's first token if a learned position could read it as a value (``0``: not)."""
    return _hash(rest[0]) if rest and rest[0] != WILD and _maskable(rest[0]) else 0


PAIRS = 1
"""(0: off) Two fields in a row (``lxc-start web <time> DEBUG``) are counted as one pair of values."""
SPANS = 1
"""(0: off) A field folded with the value before it into the token after it counts at the field's place."""
DASHES = 1
"""(0: off) A bracketed dash (``[-]``) is a field's value: the field printed empty."""
BRACKETS = 1
"""(0: off) A word bracketed whole (``[Uninitialized]``) is no statement's word, capitalised or a participle."""
REPEATS = 1
"""(0: off) A field's value printed again within the header (``<ts> nas proftpd[<*>] nas (…)``) is that value."""
HEAD_LABELS = 1
"""(0: off) A continuation's head skips labels (``spamd:``): every statement of a child process opens with one."""
SEP_COLLAPSE = 1
"""(0: off) A run of values read across a separator token (``<*> : <*>``) is one value, as the mask
folds it (NFS-Ganesha's ``epoch <hex> : <host> : <prog>-<pid>[…]``), session 10."""
_SEPARATORS = frozenset(",;:|/")


def _separator(tok: str) -> bool:
    return bool(tok) and all(c in _SEPARATORS for c in tok)


HEAD_PUNCT = 1
"""(0: off) A continuation's head skips separators (NFS-Ganesha's ``<host> : <prog>…``), session 10."""
_PAIR = "\x1f"
"""Between the two values of a pair (no token holds it)."""


def _halves(values: Any) -> tuple[list[str], list[str]]:
    """The first and second values of pairs (``FOLDED`` a second that held a digit)."""
    split = [v.split(_PAIR, 1) for v in values]
    return [a for a, _ in split], [b for _, b in split]


def _forms(values: Any) -> frozenset[str]:
    """The printed forms of a field's values (what a learned position reads); ``_WORDS`` among them when a value
    was several words up to a separator (the position then reads the words after it too)."""
    return frozenset(_WORDS if v.startswith(_WORDS) else _form(v) for v in values if v != FOLDED)


_WORDS = "\x00words "
"""Marks a value of several words (counted up to the layout's separator), and a learned position that reads them."""
_FIELD_SEPARATORS = frozenset("-|:=>~")
MAX_WORDS = 3
"""Words a field's value may hold (``riemann task 2``)."""


def _field_end(toks: tuple[str, ...] | list[str], masked: list[str] | tuple[str, ...], p: int) -> int | None:
    """Where a field of several words, or one value the mask took whole, ends at ``p``: the separator token
    (``-``, ``|``, ``::``) after it (session 13, S13-learner, ``header_words``).  A layout that separates its
    fields by a token (log4j's ``%t - %c - %m``) prints a thread's or a component's name whole, spaces and all
    (``SIGHUP handler``, ``riemann task 2``), so the field's value runs to the separator; the learner counts that
    run as one value with the rest from the separator, beside the one-word values (``main``) that end there.
    ``None``: no separator within ``MAX_WORDS`` tokens, a token that is no name (a bracket, a ``label:``), or one
    word that is no value (the word's own count reads it)."""
    for j in range(p + 1, min(p + MAX_WORDS + 1, len(masked) - 1)):
        t = masked[j]
        if t and len(t) <= 3 and all(c in _FIELD_SEPARATORS for c in t):
            run = masked[p:j]
            if len(run) == 1 and run[0] != WILD:
                return None
            return j if all(x == WILD or (_candidate(x) and _name_word(x)) for x in run) else None
        if not (t == WILD or _candidate(t)):
            return None
    return None


def _name_word(tok: str) -> bool:
    """A word a name of several words may hold: a plain word, not bracketed or quoted (a field of its own), a
    ``label:``, a participle (``Starting``), nor a capitalised sentence word (``Connection reset - retrying`` is a
    message); an acronym is a name's (``SIGHUP handler``, ``I/O``)."""
    w = tok.strip(".,;!")
    if not w[:1].isalnum() or not w[-1:].isalnum() or tok.endswith(":"):
        return False
    return not (w.isalpha() and _verb_form(w.lower())) and not (w[0].isupper() and w[1:].islower())


def _field_values(free: list[str], caps: bool = False) -> bool:
    """Whether ``free`` can be one field's values: no statement word (a capitalised word only among many
    values, where ``caps`` allows it: ``CAPITALS``), one printed form, no opposites."""
    words = [v for v in free if v != FOLDED and not v.startswith(_WORDS)]
    if any(_statement_word(v) and not (caps and _capitalised(v) and len(words) >= CAPITALS) for v in words):
        return False
    if len({_form(v) for v in free if v != FOLDED and not v.startswith(_WORDS)}) > 1:
        return False  # a field prints its values in one form (``"symfony"`` / ``router``: two things)
    return not any(opposite(a, b) for i, a in enumerate(free) for b in free[i + 1 :])


class _Position:
    """Counts at one position and prefix of one service."""

    __slots__ = ("conts", "firsts", "heads", "n_shared", "shared")

    def __init__(self) -> None:
        self.conts: dict[int, list[str]] = {}  # continuation → values seen with it
        self.heads: dict[int, int] = {}  # continuation → its first plain word
        self.firsts: set[int] = set()  # first tokens of the continuations (plain ones)
        self.shared: dict[str, int] = {}  # value → shared continuations it carried
        self.n_shared = 0

    def add(self, value: str, cont: int, head: int, first: int = 0, room: bool = True) -> bool:
        """Count ``value`` with ``cont`` (its first plain word ``head``, its first token ``first`` if
        plain); whether that made a continuation shared (``room``: a new continuation may be tracked)."""
        vals = self.conts.get(cont)
        if vals is None:
            if room and len(self.conts) < MAX_CONTS:
                self.conts[cont] = [value]
                self.heads[cont] = head
                if first and len(self.firsts) < MAX_KEPT:
                    self.firsts.add(first)
            return False
        if value in vals or len(vals) >= MAX_VALUES_PER_CONT:
            return False
        if len(vals) == 1:
            self.n_shared += 1
            self.shared[vals[0]] = self.shared.get(vals[0], 0) + 1
        vals.append(value)
        self.shared[value] = self.shared.get(value, 0) + 1
        return True

    def independent(self, pair: bool = False, caps: bool = False) -> bool:
        """Whether the values seen here combine freely with what follows (see the module's docstring);
        with ``pair``, values of two fields in a row, each of which must vary and pass as a field's."""
        if self.n_shared < MIN_CONTS:
            return False
        if len({self.heads[c] & _LOW for c, vals in self.conts.items() if len(vals) > 1}) < MIN_HEADS \
                and not self.opened():
            return False
        free = [v for v, n in self.shared.items() if n >= MIN_SHARED]
        if len(free) < MIN_FREE:
            return False
        if not pair:
            return _field_values(free, caps)
        firsts, seconds = _halves(free)
        together = [_halves(vals) for vals in self.conts.values() if len(vals) > 1]
        if not any(len(set(a)) > 1 and len(set(b)) > 1 for a, b in together):
            return False  # both fields vary under one rest (``expire command`` / ``backup command`` begin and
            # ``diff backup`` / ``incr backup`` size: under each, one word varies, the other is the statement's)
        return (len(set(firsts)) >= MIN_FREE and len(set(seconds)) >= MIN_FREE
                and _field_values(list(dict.fromkeys(firsts)), caps) and _field_values(list(dict.fromkeys(seconds)), caps))

    def opened(self) -> bool:
        """Whether the shared continuations open with different words once a first word that opens every
        continuation seen here (``MIN_ALIKE`` or more) is skipped: that word is the layout's, not a statement's
        (InspIRCd's ``<weekday> <day> Nov <time> CONNECT: …``: every continuation after the weekday opens with
        the month), so the statements show in the word after it."""
        if not LAYOUT_HEADS or len(self.heads) < MIN_ALIKE or len({h & _LOW for h in self.heads.values()}) > 1:
            return False
        return len({self.heads[c] >> 32 for c, vals in self.conts.items() if len(vals) > 1}) >= MIN_HEADS

    def bound(self) -> frozenset[int]:
        """The first tokens of the continuations seen here (hashed): a word that also follows the
        field is the message's own (a program tag where the mask took the host), not a value of it."""
        return frozenset(sorted(self.firsts)[:MAX_KEPT])


class _Service:
    """One service's counts: shapes seen, and per (position, prefix) the shapes it opened and its counts."""

    __slots__ = ("n", "per_position", "prefixes")

    def __init__(self) -> None:
        self.n = 0
        self.per_position = [0] * (2 * MAX_POSITIONS)  # prefixes tracked per position (then per pair's first)
        self.prefixes: dict[tuple[int, int], list[Any]] = {}  # (position, prefix) → [shapes, _Position | None]


class HeaderLearner:
    """Learned header positions of each service, and the counts that learn them."""

    def __init__(self) -> None:
        # service → (position, prefix) → (words never read as values there, the forms of its values)
        self.learned: dict[str, dict[tuple[int, int], tuple[frozenset[int], frozenset[str]]]] = {}
        self.fresh = False  # a position was learned by the last :meth:`read`
        self.dirty: set[str] = set()  # services counted since the last :meth:`take_dirty`
        self._stats: dict[str, _Service] = {}
        self._tracked = 0  # continuations tracked in all
        self._buf: tuple[memoryview, list[int]] | None = None  # the shape being counted, as bytes

    def apply(self, service: str, toks: tuple[str, ...]) -> tuple[str, ...]:
        """``toks`` with the service's learned positions read as values (the tokens themselves if none applies)."""
        masked = self._masked(service, toks)
        return toks if masked is None else collapse(*masked)

    def _masked(self, service: str, toks: tuple[str, ...]) -> tuple[list[str], set[int] | None] | None:
        """The tokens with the learned positions read as values, and those positions (``None``: fold every run)."""
        learned = self.learned.get(service)
        if not learned:
            return None
        masked = list(toks)
        hits: set[int] = set()
        h = 0
        for p in range(min(MAX_POSITIONS, len(toks))):
            t = toks[p]
            if _maskable(t) and (rule := learned.get((p, h))) is not None \
                    and (t == WILD or (_in_form(t, rule[1]) and _hash(t) not in rule[0])):
                masked[p] = WILD
                hits.add(p)
                if _WORDS in rule[1] and (j := _field_end(toks, toks, p)) is not None:
                    for q in range(p + 1, j):  # the field's further words, up to the layout's separator
                        masked[q] = WILD
                        hits.add(q)
                if REPEATS and t != WILD:  # the field printed again in the header: the same value
                    for q in range(p + 1, min(MAX_POSITIONS, len(toks))):
                        if toks[q] == t:
                            masked[q] = WILD
                            hits.add(q)
            h = _extend(h, masked[p])
        return (masked, hits if LOCAL_COLLAPSE else None) if hits else None

    def read(self, service: str, toks: tuple[str, ...], words: bool = False) -> tuple[str, ...]:
        """A new shape with the learned positions read as values; counts it (may learn: ``fresh``).  ``words``
        (``Params.header_words``, session 13): also count a field of several words up to a separator."""
        masked = self._masked(service, toks)
        self.fresh = self._observe(service, toks, masked[0] if masked is not None else list(toks), words)
        if self.fresh:
            masked = self._masked(service, toks)
        return toks if masked is None else collapse(*masked)

    def _observe(self, service: str, toks: tuple[str, ...], masked: list[str], words: bool = False) -> bool:
        st = self._stats.get(service)
        if st is None:
            if len(self._stats) >= MAX_SERVICES:
                return False
            st = self._stats[service] = _Service()
        st.n += 1
        learned = self.learned.get(service, {})
        fresh = False
        n = min(MAX_POSITIONS, len(toks) - 1)
        self._buf = None
        h = 0
        for p in range(n):
            key = (p, h)
            h = _extend(h, masked[p])
            word = _candidate(toks[p])
            if key in learned:
                continue
            if PAIRS and word and p + 1 < MAX_POSITIONS and p + 2 < len(toks) and (p + 1, h) not in learned:
                # two fields in a row (``<tool> <container>``): the pair is the value, the rest after both
                # its continuation (the second's prefix holds the first's word, so alone neither shows)
                second = toks[p + 1]
                if _candidate(second):
                    fresh = self._count(service, st, (MAX_POSITIONS + p, key[1]), masked, toks[p] + _PAIR + second,
                                        p + 2, _first(masked[p + 2 :])) or fresh
                elif masked[p + 1].startswith(WILD):  # the second held a digit: the mask took it into the value after it
                    fresh = self._count(service, st, (MAX_POSITIONS + p, key[1]), masked, toks[p] + _PAIR + FOLDED,
                                        p + 1, 0) or fresh
                learned = self.learned.get(service, {})
                if key in learned:
                    continue
            folded = not word and ((p > 0 and masked[p - 1].endswith(WILD)) or masked[p].startswith(WILD))
            if word and REPEATS and toks[p] in masked[p + 1 : MAX_POSITIONS]:
                # the layout prints the field twice (ProFTPD's ``%h … %h``): its second place is the same
                # value's, so the rest reads it as a value, as it reads when the value held a digit
                again = {i for i in range(p + 1, min(MAX_POSITIONS, len(masked))) if masked[i] == toks[p]}
                rest = list(collapse([WILD if i in again else t for i, t in enumerate(masked)], again))[p + 1 :]
                fresh = self._count(service, st, key, masked, toks[p], p + 1, _first(rest), cont=rest) or fresh
            elif word:
                fresh = self._count(service, st, key, masked, toks[p], p + 1, _first(masked[p + 1 :])) or fresh
            if folded:  # the field's value held a digit: the mask took it into the value beside it
                fresh = self._count(service, st, key, masked, FOLDED, p, 0, word) or fresh
                # (its first token is the field's own, in the form the mask left: no tag)
            if words and (j := _field_end(toks, masked, p)) is not None:
                # a field of several words, or a value the mask took whole, up to the layout's separator (riemann's
                # ``INFO [<ts>] SIGHUP handler - riemann.bin - …`` beside ``… main - riemann.bin - …``)
                value = FOLDED if j == p + 1 else _WORDS + " ".join(masked[p:j])
                fresh = self._count(service, st, key, masked, value, j, 0, True) or fresh
            if SPANS and p + 1 < MAX_POSITIONS and masked[p].startswith(WILD) and masked[p] != WILD \
                    and (after := (p + 1, _extend(key[1], WILD))) not in learned:
                # a run the mask joined into the token after it (``<ts> node017 ptp4l[…]:`` →
                # ``<*>[<*>]:``): the field stood between the value and that token, where a word stands
                # in ``<*> tsn-ctl <*>[<*>]:``; its rest opens with the token, as the word's does
                fresh = self._count(service, st, after, masked, FOLDED, p, 0) or fresh
            learned = self.learned.get(service, {})
        self.dirty.add(service)
        return fresh

    def _count(self, service: str, st: _Service, key: tuple[int, int], masked: list[str], value: str,
               rest: int, first: int, again: bool = False, cont: list[str] | None = None) -> bool:
        """Count ``value`` at ``key`` with the continuation ``masked[rest:]`` (or ``cont``); whether that
        learned it.  (``again``: the shape was counted at this key already, as a word.)"""
        row = st.prefixes.get(key)
        if row is None:
            if st.per_position[key[0]] >= MAX_PREFIXES:
                return False
            st.per_position[key[0]] += 1
            row = st.prefixes[key] = [0, _Position()]
        if not again:
            row[0] += 1
        pos = row[1]
        if pos is None:
            return False
        if self._buf is None:  # the shape's bytes once; a continuation is a slice of them
            parts = [t.encode() for t in masked]
            starts = [0]
            for b in parts:
                starts.append(starts[-1] + len(b) + 1)
            self._buf = (memoryview(b"\x1f".join(parts)), starts)
        buf, starts = self._buf
        before = len(pos.conts)
        if cont is None:
            crc, head = zlib.crc32(buf[starts[rest] :]), _head(masked[rest:])
        else:
            crc, head = zlib.crc32(b"\x1f".join(t.encode() for t in cont)), _head(cont)
        shared = pos.add(value, crc, head, first, self._tracked < MAX_TRACKED)
        self._tracked += len(pos.conts) - before
        pair = key[0] >= MAX_POSITIONS
        if not (shared and st.n <= MAX_LEARN and 100 * row[0] >= MIN_SHARE * st.n
                and pos.independent(pair, _caps_allowed(masked, key[0] % MAX_POSITIONS))):
            return False
        learned = self.learned.setdefault(service, {})
        self._tracked -= len(pos.conts)
        row[1] = None
        if not pair:
            learned[key] = (pos.bound(), _forms(pos.shared))
            return True
        p, h = key[0] - MAX_POSITIONS, key[1]
        firsts, seconds = _halves(pos.shared)
        learned[(p, h)] = (frozenset(), _forms(firsts))
        learned[(p + 1, _extend(h, WILD))] = (pos.bound(), _forms(seconds))
        for k in ((p, h), (p + 1, _extend(h, WILD))):  # their own counts are done with
            r = st.prefixes.get(k)
            if r is not None and r[1] is not None:
                self._tracked -= len(r[1].conts)
                r[1] = None
        return True

    # -- durable state ------------------------------------------------------
    @property
    def counted(self) -> bool:
        """Whether the learner holds anything to save."""
        return bool(self._stats)

    def take_dirty(self) -> set[str]:
        """Services counted since the last call (what a delta of the state must hold)."""
        dirty, self.dirty = self.dirty, set()
        return dirty

    def state(self, services: set[str] | None = None) -> dict[str, Any]:
        """What the learner decides from, as plain msgpack-able values (bounded): every service, or
        only ``services`` (a delta: its services replace theirs in the state before)."""
        names = self._stats.keys() if services is None else sorted(s for s in services if s in self._stats)
        return {s: [sorted([p, k, sorted(kept), sorted(forms)]
                           for (p, k), (kept, forms) in self.learned.get(s, {}).items()),
                    self._stats[s].n,
                    [[p, k, n, None if pos is None else [[c, pos.heads[c], vals] for c, vals in pos.conts.items()],
                      None if pos is None else sorted(pos.firsts)]
                     for (p, k), (n, pos) in self._stats[s].prefixes.items()]] for s in names}

    @classmethod
    def from_state(cls, state: dict[str, Any] | None) -> HeaderLearner:
        """The learner as saved (``None``: a state saved before the learner existed: an empty one)."""
        h = cls()
        for s, (learned, n, rows) in (state or {}).items():
            if learned:
                h.learned[s] = {(int(p), int(k)): (frozenset(kept), frozenset(forms)) for p, k, kept, forms in learned}
            st = h._stats[s] = _Service()
            st.n = int(n)
            for p, k, count, conts, firsts in rows:
                pos = None
                if conts is not None:
                    pos = _Position()
                    for c, head, vals in conts:  # replayed in the order counted: the same counts, the same decisions
                        for v in vals:
                            pos.add(v, int(c), int(head))
                    pos.firsts = set(firsts)
                    h._tracked += len(pos.conts)
                st.prefixes[(int(p), int(k))] = [int(count), pos]
                st.per_position[int(p)] += 1
        return h


PADDED = 8
"""Tokens from the line's start where padding inside brackets is joined (the header's; ``padded_fields``)."""


def unpad(toks: tuple[str, ...], spaced: bool = False) -> tuple[str, ...]:
    """A field padded to its width inside brackets is one token, as an unpadded value of it is (session 12,
    S12-headers, ``padded_fields``).  Layouts pad a field to a width (log4j's ``[%-5p]``, ``[%-6.6c]``; Spring's
    ``[%15.15t]``; fluent-bit's ``[ info]``; corosync's ``[MAIN  ]``): a value shorter than the width gains
    spaces inside the brackets, a longer one none, so one statement's lines split by the length of a thread's,
    a component's or a logger's name (``[site ]`` / ``[lp-1 ]`` / ``[charger]``; ``[ main]`` /
    ``[back-1-thread-1]``).  Among the first ``PADDED`` tokens, a lone ``[`` joins the token closing it, and a
    bracket left open joins a token opening with ``]`` (``[logstash.javapipeline ][beats]``)."""
    if not toks or "[" not in toks[0] and not any(t.startswith("[") or t.endswith("[") for t in toks[1:PADDED]):
        return toks
    out: list[str] = []
    it = iter(enumerate(toks))
    for i, t in it:
        if i < PADDED and out:
            last = out[-1]
            if last.endswith("[") and last.count("[") > last.count("]") and "[" not in t and t.endswith("]"):
                out[-1] = last + t  # ``[ info]``: the padding before the value
                continue
            if spaced and last.endswith("[") and last.count("[") > last.count("]") and "[" not in t \
                    and "]" not in t and (k := _closing(toks, i + 1)) is not None:
                out[-1] = last + " ".join(toks[i : k + 1])  # ``[   XNIO-1 I/O-4]``: padding, then a name of words
                for _ in range(i, k):
                    next(it, None)
                continue
            if t.startswith("]") and last.count("[") > last.count("]") and not last.endswith("["):
                out[-1] = last + t  # ``[site ]``, ``[INFO ][logger``: the padding after it
                continue
        out.append(t)
    return tuple(out) if len(out) != len(toks) else toks


def _closing(toks: tuple[str, ...], i: int) -> int | None:
    """The token closing a padded bracket within the header, the words before it plain (no bracket of their own):
    a thread named with a space (Undertow's ``XNIO-1 I/O-4``, ``SIGHUP handler``, ``Signal Dispatcher``) printed in
    a padded ``[%15.15t]`` is one value, as a name without a space is."""
    for k in range(i, min(PADDED, len(toks))):
        t = toks[k]
        if "[" in t:
            return None
        if t.endswith("]"):
            return k if t.count("]") == 1 and len(t) > 1 else None  # (``[ 1416 ]``: a value centred, one token)
    return None


REREAD_WORDS = 3
"""Plain words a re-read template holds to take the templates it is general to (``reread_subsume``)."""


def reread_templates(c: Clusterer, service: str) -> None:
    """The service's templates read with its learned positions (when one was just learned): a
    template only generalises, its id stays, so a statement seen so far from one host takes the
    lines of the next (whose new shapes are read so)."""
    seen: set[int] = set()
    changed: list[int] = []
    for key in [k for k in c.bylen if k[0] == service]:
        for cid in list(c.bylen.get(key, ())):
            if cid in seen or cid in c.aliases:  # (a template that became another's is not read again)
                continue
            seen.add(cid)
            cl = c.clusters[cid]
            toks = c.headers.apply(service, cl.tokens)
            if toks != cl.tokens:
                c._unindex(cl)
                cl.tokens = toks
                c._index(cl)
                changed.append(cid)
    if c.params.reread_subsume:
        subsume_reread(c, changed)


def subsume_reread(c: Clusterer, changed: list[int]) -> None:
    """Templates the learner just re-read take the templates of their length they now take whole, as a
    template that generalised does (``Params.reread_subsume``, session 14).  A statement's word that varies
    after the header (SmokePing's probe, ``FPing:`` / ``DNS:``) generalises in the template of the host whose
    lines came first; that word's templates seen under another host (or none) stay apart, and once the host
    reads as a value each is an instance of the general one, which takes its own lines for good otherwise.
    Their heads differ (the varying word opens the message), so the clusterer's ``subsume``, which asks the
    template's prefix key, never meets them: this asks the templates of its length, once per position
    learned.  Asked after every template is re-read, so the order of the index does not decide.  Only a
    template of ``REREAD_WORDS`` plain words or more takes others: one of fewer (``<*> Nov <*>] <*> <*>``, a
    short message generalised whole before the weekday was learned) would take whole statements."""

    for cid in changed:
        cl = c.clusters[cid]
        if cl.merged_into or cid in c.aliases or WILD not in cl.tokens or statement_words(cl.tokens, c.params) < REREAD_WORDS:
            continue
        for oid in list(c.bylen.get((cl.service, len(cl.tokens)), ())):
            o = c.clusters[oid]
            if oid != cid and not o.merged_into and instance_of(cl.tokens, o.tokens):
                c._absorb(o, cid)
