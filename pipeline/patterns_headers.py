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

Once learned, a new shape with that prefix reads a name at the position as ``<*>``, folded into a
neighbouring value as the mask folds a run of values (so ``<ts> mail smtpd[…]`` reads as ``<ts> mx2
smtpd[…]`` does), unless it is printed in another form than the field's values (``detected`` where
the values were ``[out_es]``: an optional field left out) or a word seen there opened a
continuation (a program tag where the mask already took the host: ``kernel:``).  The service's
templates are read the same way at that moment (:func:`reread_templates`: a template only
generalises, its id stays), so a statement seen so far from one host takes the next host's lines.
Lines assigned before keep their ids.

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
default, that cost named.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from millpond.pipeline.patterns_mask import WILD
from millpond.pipeline.patterns_shape import is_const, is_level_word
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
    return is_const(tok) and _NAME.match(tok) is not None and any(c.isalpha() for c in tok) and not is_level_word(tok)


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
    if len(w) > 1 and w[0].isupper() and w[1:].isalpha() and (w[1:].islower() or w[1:].isupper()):
        return True
    return len(w) > 4 and w.isalpha() and w.islower() and w.endswith(("ing", "ed"))


def collapse(toks: list[str]) -> tuple[str, ...]:
    """Runs of values joined by spaces as the mask writes them: one ``<*>`` (``<*> <*>`` → ``<*>``,
    ``<*> <*>]:`` → ``<*>]:``)."""
    out: list[str] = []
    for t in toks:
        if out and t == WILD and out[-1].endswith(WILD):
            continue
        if out and out[-1] == WILD and t.startswith(WILD):
            out[-1] = t
            continue
        out.append(t)
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
    """The continuation's first plain word, severity words aside (``0``: none)."""
    for t in rest:
        if h := _word_hash(t):
            return h
    return 0


@lru_cache(maxsize=1 << 16)
def _word_hash(tok: str) -> int:
    return _hash(tok) if is_const(tok) and not is_level_word(tok) else 0


def _first(rest: list[str]) -> int:
    """The continuation's first token if a learned position could read it as a value (``0``: not)."""
    return _hash(rest[0]) if rest and rest[0] != WILD and _maskable(rest[0]) else 0


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

    def independent(self) -> bool:
        """Whether the values seen here combine freely with what follows (see the module's docstring)."""
        if self.n_shared < MIN_CONTS:
            return False
        if len({self.heads[c] for c, vals in self.conts.items() if len(vals) > 1}) < MIN_HEADS:
            return False
        free = [v for v, n in self.shared.items() if n >= MIN_SHARED]
        if len(free) < MIN_FREE or any(_statement_word(v) for v in free):
            return False
        if len({_form(v) for v in free if v != FOLDED}) > 1:
            return False  # a field prints its values in one form (``"symfony"`` / ``router``: two things)
        return not any(opposite(a, b) for i, a in enumerate(free) for b in free[i + 1 :])

    def bound(self) -> frozenset[int]:
        """The first tokens of the continuations seen here (hashed): a word that also follows the
        field is the message's own (a program tag where the mask took the host), not a value of it."""
        return frozenset(sorted(self.firsts)[:MAX_KEPT])


class _Service:
    """One service's counts: shapes seen, and per (position, prefix) the shapes it opened and its counts."""

    __slots__ = ("n", "per_position", "prefixes")

    def __init__(self) -> None:
        self.n = 0
        self.per_position = [0] * MAX_POSITIONS  # prefixes tracked per position
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

    def apply(self, service: str, toks: tuple[str, ...]) -> tuple[str, ...]:
        """``toks`` with the service's learned positions read as values (the tokens themselves if none applies)."""
        masked = self._masked(service, toks)
        return toks if masked is None else collapse(masked)

    def _masked(self, service: str, toks: tuple[str, ...]) -> list[str] | None:
        learned = self.learned.get(service)
        if not learned:
            return None
        masked = list(toks)
        hit = False
        h = 0
        for p in range(min(MAX_POSITIONS, len(toks))):
            t = toks[p]
            if _maskable(t) and (rule := learned.get((p, h))) is not None \
                    and (t == WILD or (_in_form(t, rule[1]) and _hash(t) not in rule[0])):
                masked[p] = WILD
                hit = True
            h = _extend(h, masked[p])
        return masked if hit else None

    def read(self, service: str, toks: tuple[str, ...]) -> tuple[str, ...]:
        """A new shape with the learned positions read as values; counts it (may learn: ``fresh``)."""
        masked = self._masked(service, toks)
        self.fresh = self._observe(service, toks, masked if masked is not None else list(toks))
        if self.fresh:
            masked = self._masked(service, toks)
        return toks if masked is None else collapse(masked)

    def _observe(self, service: str, toks: tuple[str, ...], masked: list[str]) -> bool:
        st = self._stats.get(service)
        if st is None:
            if len(self._stats) >= MAX_SERVICES:
                return False
            st = self._stats[service] = _Service()
        st.n += 1
        learned = self.learned.get(service, {})
        fresh = False
        n = min(MAX_POSITIONS, len(toks) - 1)
        buf = starts = None
        h = 0
        for p in range(n):
            key = (p, h)
            h = _extend(h, masked[p])
            word = _candidate(toks[p])
            folded = not word and ((p > 0 and masked[p - 1].endswith(WILD)) or masked[p].startswith(WILD))
            if not (word or folded) or key in learned:
                continue
            row = st.prefixes.get(key)
            if row is None:
                if st.per_position[p] >= MAX_PREFIXES:
                    continue
                st.per_position[p] += 1
                row = st.prefixes[key] = [0, _Position()]
            row[0] += 1
            pos = row[1]
            if pos is None:
                continue
            if buf is None:  # the shape's bytes once; a continuation is a slice of them
                parts = [t.encode() for t in masked]
                buf = memoryview(b"\x1f".join(parts))
                starts = [0]
                for b in parts:
                    starts.append(starts[-1] + len(b) + 1)
            shared = False
            before = len(pos.conts)
            room = self._tracked < MAX_TRACKED
            if word:
                rest = masked[p + 1 :]
                shared = pos.add(toks[p], zlib.crc32(buf[starts[p + 1] :]), _head(rest), _first(rest), room)
            if folded:  # the field's value held a digit: the mask took it into the value beside it
                rest = masked[p:]
                shared = pos.add(FOLDED, zlib.crc32(buf[starts[p] :]), _head(rest), 0, room) or shared
                # (its first token is the field's own, in the form the mask left: no tag)
            self._tracked += len(pos.conts) - before
            if shared and st.n <= MAX_LEARN and 100 * row[0] >= MIN_SHARE * st.n and pos.independent():
                learned = self.learned.setdefault(service, {})
                learned[key] = (pos.bound(), frozenset(_form(v) for v in pos.shared if v != FOLDED))
                self._tracked -= len(pos.conts)
                row[1] = None
                fresh = True
        self.dirty.add(service)
        return fresh

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


def reread_templates(c: Clusterer, service: str) -> None:
    """The service's templates read with its learned positions (when one was just learned): a
    template only generalises, its id stays, so a statement seen so far from one host takes the
    lines of the next (whose new shapes are read so)."""
    seen: set[int] = set()
    for key in [k for k in c.bylen if k[0] == service]:
        for cid in c.bylen.get(key, ()):
            if cid in seen:
                continue
            seen.add(cid)
            cl = c.clusters[cid]
            toks = c.headers.apply(service, cl.tokens)
            if toks != cl.tokens:
                c._unindex(cl)
                cl.tokens = toks
                c._index(cl)
