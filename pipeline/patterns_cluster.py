"""Online clustering of masked log shapes into templates (the miner's second step).

Runs once per *distinct* masked shape, never per line.  A shape is a tuple of
tokens in which typed variables are already ``<*>``.  In order:

1. same length, same service and first constant token (Drain's prefix tree):
   the best template by :func:`similarity` ≥ ``threshold`` wins and
   generalises (differing tokens become ``<*>``; names of one kind generalise
   inside the token, ``<*>.service``), unless the *evidence rule* objects (a
   plain constant that already held ``evidence`` lines) or the words are
   opposites (``started``/``stopped``);
2. a ``context: free text`` tail with the same context (error phrases);
3. lengths that differ only by ``key=<*>`` fields (optional logfmt fields);
4. lengths that differ where the template has a ``<*>``: a variable of
   several words (``Started by user <*>`` ← ``… Alice Smith``);
5. a name in the head position (``alice : TTY=…``, ``[sssd[be[LDAP]]] …``);
6. else a new template.

Ids are content-addressed (a hash of the service and the first shape of the
cluster), so a replay from a saved state, or a second worker that sees the
same first line, gives the same id.  Every decision depends only on the
clusters so far and line counts *before* the shape's first line, so how lines
are cut into batches never changes an id.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from functools import lru_cache
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from millpond.pipeline.patterns_mask import WILD
from millpond.pipeline.patterns_tokens import (
    LEVELS,
    WORD,
    fits,
    kind_token,
    opposed_tails,
    opposite,
    classes_apart,
    residues_apart,
    same_kind,
    shifted,
)

MAX_TOKENS = 64
"""Tokens kept per shape; the rest become one trailing ``<*>``."""
MAX_SCAN = 256
"""Candidates scored per new shape (the newest of its group): bounds the cost of a new shape."""


@dataclass(frozen=True)
class Params:
    """Tuning knobs (chosen on our stored sets and, in session 3, the DEV half of LogHub-2k; see docs/patterns.md)."""

    key_depth: int = 1  # leading constant tokens that must be equal (Drain's prefix tree)
    threshold: float = 0.6  # least similarity to join a template of the same length
    min_const: int = 2  # a template must keep this many constant tokens to merge
    evidence: int = 4  # a plain constant held by this many lines is not generalised (1_000_000: off)
    tail: bool = True  # "<context>: <free text>" tails with the same context join
    kv_gaps: bool = True  # lines may differ by optional key=value fields
    name_head: bool = True  # a lowercase name in the head position may be a variable (``alice : TTY=…``)
    opposites: bool = True  # opposite words (started/stopped, ban/unban) never merge
    max_len_delta: float = 1.0  # general alignment between lengths, as a share of the longer (0: off)
    wild_match: bool = False  # a <*> facing a <*> counts as a matched token (Drain: no)
    max_span: int = 6  # tokens one <*> may absorb across lengths
    head_skip: bool = True  # the name head is the head of the prefix key (identifier-like tokens skipped)
    partial: bool = True  # names of one kind generalise inside the token (``<*>.service``)
    csv_fields: int = 4  # a token of this many comma-separated fields is cut into them (0: never)
    tail_ends: str = ":,"  # a token ending in one of these may end a free-text tail's context
    tail_tokens: tuple[str, ...] = ("-", "--")  # …and so may these tokens
    word_cost: float = 1.0  # what two differing plain words cost (other differing tokens cost 1)
    residue_apart: bool = True
    wild_grows: bool = True  # one word inserted right before a template ``<*>`` lengthens that variable
    classes_apart: bool = True  # two qualified class names (loggers) never merge (session 4)
    json_gaps: bool = True  # …and so may optional JSON members (``"tags": {…},``), beside a word grown into a <*>
    camel_names: bool = True  # two CamelCase compounds (``HadoopTerasort``/``NaiveBayes``) are names: no evidence
    value_weight: bool = True  # …nor does a token of values and punctuation only (``[<*>]``), session 4
    value_runs: bool = True  # runs of masked values of differing number are one value (session 4)
    value_spans: bool = True  # a word facing a value with its unit (``NULL`` / ``<*> %``) is that value
    wild_trails: bool = True  # …and so does one right after it (``from <*> to`` / ``from 59 % to``), session 4
    head_evidence: int = 4  # a plain name head that held this many lines is not generalised
    tail_context: int = 3  # constants a tail's context needs unless it names an object (``dial tcp <*>:``)
    tail_evidence: int = 4  # a constant free-text tail that held this many lines is not generalised
    shifts: bool = True  # same length, but a differing word sits one place over: not one statement
    kv_words: bool = True  # bare-word values of one key (``user=root`` / ``user=uucp``) are values: no evidence
    max_run: int = 4  # this many differing tokens in a row, 2 of them differing constants: not one statement (0: off)
    span_labels: bool = False  # a spanning <*> may hold ``label:`` tokens after its first (``eth1: network …``)
    fold_repeats: bool = True  # a repeated group of tokens holding <*> is one list
    arg_words: str = "for from by"  # a differing word after one of these is an argument: no evidence
    one_for_one: bool = True  # a template <*> facing the first token may sit beside optional key=value fields
    header_tag: bool = True  # a leading ``[context]`` is a header, not the statement's keyword (session 4)
    header_weight: bool = True  # …nor constants a merged template keeps (``min_const``), session 5
    wild_phrases: bool = True  # a few words ending in a value after a template <*> lengthen it (session 5)
    wild_shrinks: bool = True  # …and a word the template holds next to its <*> may be missing, session 5
    tail_codes: bool = True  # …and so does a tail ending in an error code in brackets (``… busy (<*>)``), session 5
    open_tails: bool = True  # a context whose tail is already ``<*>`` (several texts) takes any tail, session 5
    value_groups: bool = True  # a bracketed value holding spaces in the template faces one value, session 5
    head_shared: bool = True  # a name head needs 2 shared constants that are not values or header (session 5)
    kv_head: bool = True  # a key's bare-word value is not the prefix key's head (``level=warn``), session 5
    labels_apart: bool = True  # two upper-case labels (``OK LOGIN:`` / ``OK MKDIR:``) are two statements, session 5
    tail_headers: bool = True  # severity words and ``[tags]`` are header, not a free-text tail's context (session 5)


@dataclass
class Cluster:
    """One template; ``tokens`` only ever generalise (constants → ``<*>``)."""

    id: int
    service: str
    tokens: tuple[str, ...]
    count: int = 0
    first_seen: int = 0  # µs since epoch, UTC
    last_seen: int = 0
    example: str = ""

    @property
    def template(self) -> str:
        return " ".join(self.tokens)


_FIELD = re.compile(r"[^,]*,|[^,]+$")


def tokens_of(shape: str, csv_fields: int = 0) -> tuple[str, ...]:
    """Whitespace tokens; a token of ``csv_fields`` or more comma-separated fields
    (a CSV record such as pfSense's filterlog) is cut into its fields."""
    toks = shape.split()
    if csv_fields and any(t.count(",") >= csv_fields for t in toks):
        toks = [f for t in toks for f in (_FIELD.findall(t) if t.count(",") >= csv_fields and '"' not in t else (t,))]
    if len(toks) > MAX_TOKENS:
        toks = toks[: MAX_TOKENS - 1] + [WILD]
    return tuple(toks)


def fold_repeats(toks: tuple[str, ...], longest: int = 3) -> tuple[str, ...]:
    """A group of up to ``longest`` tokens holding a ``<*>`` repeated in a row is kept once: a list
    of variable length (``node-1 0x1fc <ok> node-2 0x1fc <ok> …`` → ``<*> <ok>``) is one value."""
    out = list(toks)
    for n in range(1, longest + 1):
        i = 0
        while i + 2 * n <= len(out):
            g = out[i : i + n]
            if WILD in "".join(g) and out[i + n : i + 2 * n] == g:
                j = i + n
                while out[j : j + n] == g:
                    j += n
                del out[i + n : j]
            i += 1
    return tuple(out)


def _const(tok: str) -> bool:
    return WILD not in tok


_LABEL = re.compile(r"^[A-Z][A-Z_-]+:$")  # an upper-case label: a command or section name
_KV = re.compile(r"^[\w.-]+=<\*>[)\]]?,?$")
_IDENT = re.compile(r"\w[._]\w")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_HEXISH = re.compile(r"^[0-9a-fA-F]{6,}\W?$")  # ``ffffffff``: a hex value without a digit
_NAME = re.compile(r"^[^\w\s]?[a-z][a-z0-9_.-]*[^\w\s]{0,2}$")


_JSON_KEY = re.compile(r'^\{?"[\w.-]+":$')
_JSON_VALUE = re.compile(r"^\{?<\*>[,}\]]*$")


_VALUEISH = re.compile(r"^\W*<\*>(?:\W*<\*>)*\W*$")
_BRACKETED = re.compile(r"[\[({]")


def _valueish(tok: str) -> bool:
    """A token that is masked values and punctuation only (``[<*>]:<*>``, ``(<*>)``)."""
    return _VALUEISH.match(tok) is not None


def _kv(tok: str, json: bool = False) -> bool:
    """``key=<*>``: a field whose presence may vary between lines of one template; with ``json``
    also a JSON member (``"replication_state": <*>,``, ``"tags": {"nofailover": <*>},``)."""
    return (tok == WILD or _KV.match(tok) is not None
            or (json and (_JSON_KEY.match(tok) is not None or _JSON_VALUE.match(tok) is not None)))


def _weight(tok: str, params: Params) -> int:
    """What an equal token is worth: a ``<*>`` facing a ``<*>`` says nothing about two
    lines sharing a statement (Drain does not count it either)."""
    if params.wild_match:
        return 1
    return 0 if tok == WILD or (params.value_weight and _valueish(tok) and _BRACKETED.search(tok)) else 1


def _consts(toks: tuple[str, ...]) -> int:
    return sum(1 for x in toks if x != WILD)


def _plain(toks: tuple[str, ...]) -> int:
    """Plain constants (no ``<*>`` inside): what the evidence rule protects."""
    return sum(1 for x in toks if _const(x))


def _loses_constant(t: tuple[str, ...], merged: tuple[str, ...], s: tuple[str, ...],
                    params: Params | None = None) -> bool:
    """Whether merging turns a plain constant (no ``<*>`` inside) into ``<*>`` against another plain word."""
    if len(t) != len(merged) or len(t) != len(s):
        return merged != t
    p = params or _DEFAULT
    args = _words(p.arg_words)
    return any(a != m and _const(a) and (_const(b) or _same_key(a, b)) and not same_kind(a, b)
               and not (p.kv_words and _kv_words(a, b))
               and not (p.camel_names and _CAMEL.match(a) and _CAMEL.match(b))
               and not (args and i > 0 and t[i - 1].lower() in args and WORD.match(a) and WORD.match(b))
               for i, (a, m, b) in enumerate(zip(t, merged, s)))


_DEFAULT = Params()


@lru_cache(maxsize=16)
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+$")  # ``HadoopTerasort``: a compound name
_KV_WORD = re.compile(r"^([\w.-]+=(?:['\"]?[\w.-]+=)?)[A-Za-z][\w.-]*,?$")  # also nested: ``msg='unit=search``


def _kv_words(a: str, b: str) -> bool:
    """``user=root`` / ``user=uucp``: one key, two bare-word values; the key names a slot."""
    ka, kb = _KV_WORD.match(a), _KV_WORD.match(b)
    return ka is not None and kb is not None and ka.group(1) == kb.group(1)


def _same_key(a: str, b: str) -> bool:
    """``tty=NODEVssh`` / ``tty=<*>``: one key, a bare word against a masked value."""
    k = a.find("=")
    return k > 0 and b.startswith(a[: k + 1]) and WILD in b[k + 1 :] and not _HEXISH.match(a[k + 1 :])


def head(toks: tuple[str, ...], params: Params) -> tuple[str, ...]:
    """The first ``key_depth`` constant tokens, skipping identifier-like ones (``api.service:``,
    ``pam_unix(…)``) that are as often object names as constants, with ``header_tag`` a leading
    ``[context]`` header (``[system] Reloaded`` keys as ``[session uid=<*>] Reloaded`` does), and
    with ``kv_head`` a key's bare-word value (``level=warn``, ``msg='unit=web``: a slot's value,
    as ``kv_words`` says)."""
    start = 1 if params.header_tag and toks and _TAG.match(toks[0]) else 0
    return tuple([t for t in toks[start:] if _const(t) and not _IDENT.search(t)
                  and not (params.kv_head and _KV_WORD.match(t))][: params.key_depth])


_TAG = re.compile(r"^\[[^\[\]\s]+\]:?$")


def header_group(toks: tuple[str, ...], longest: int = 6) -> tuple[str, ...]:
    """A leading bracketed header of several tokens holding values (``[session uid=<*> pid=<*>]``,
    whose ``]`` the key=value rule may have taken) is one value: the header of one statement
    varies in length (dbus's ``[system]`` / ``[session uid=… pid=…]``)."""
    if not toks or not toks[0].startswith("[") or "]" in toks[0]:
        return toks
    end = 0
    for i, t in enumerate(toks[1 : longest + 1], 1):
        if not _KV.match(t.rstrip("]")) and t.rstrip("]") != WILD:
            break
        end = i
        if t.endswith("]"):
            break
    return (WILD, *toks[end + 1 :]) if end else toks


def prefix_key(service: str, toks: tuple[str, ...], params: Params) -> tuple[str | int, ...]:
    return (service, len(toks), *head(toks, params))


def colon_prefixes(toks: tuple[str, ...], params: Params, closed: bool = True) -> list[int]:
    """Ends (exclusive) of ``context:`` prefixes, longest first, that may own a free-text tail.

    The context must hold at least two constant tokens and be at least as long
    as half the tail, so ``LOG: <long sentence>`` or ``FATAL: …`` never qualifies;
    the tail must hold no variable (free text such as an error phrase, not a
    structured message such as ``payload too large (<*> bytes)``).
    """
    ends = []
    consts = 0
    held = False  # a variable after the first constant: ``dial tcp <*>:``, ``device <*> disconnected:``
    for i, tok in enumerate(toks):
        if params.tail_headers and _header_word(tok):
            pass  # ``[nsqd] <ts> INFO:`` is a header: it names no context of its own
        elif _const(tok) and _ALNUM.search(tok):
            consts += 1
        elif consts and WILD in tok:
            held = True
        n = i + 1
        if (_ends_context(tok, params) and consts >= 2 and 2 * n >= len(toks) - n and n < len(toks)
                and (consts >= params.tail_context or held)):
            ends.append(n)
    if not closed:
        return ends[::-1]  # every context, whatever its tail holds
    free, coded = _free(toks, len(toks)), len(toks)
    if params.tail_codes and (end := _trailer(toks)) < len(toks):
        coded = _free(toks, end)
        coded = coded if end - coded >= 2 else len(toks)  # a phrase, then its code
    return [n for n in ends[::-1] if n >= free or (n >= coded and toks[n - 1].endswith(":"))]


def _free(toks: tuple[str, ...], end: int) -> int:
    """Start of the run before ``end`` of tokens that hold no variable and no key=value field."""
    free = end
    while free > 0 and _const(toks[free - 1]) and "=" not in toks[free - 1]:
        free -= 1
    return free


_LEVEL_WORD = re.compile(r"^\W*([A-Za-z]+)\W*$")
_SHORT_LEVELS = frozenset("inf wrn war eror err dbg ftl crt trc ntc".split())


def _header_word(tok: str) -> bool:
    """A severity word (``INFO:``, ``[INF]``, ``<warn>``) or a bracketed tag (``[nsqd]``): header."""
    m = _LEVEL_WORD.match(tok)
    if m is not None and (m.group(1).lower() in LEVELS or m.group(1).lower() in _SHORT_LEVELS):
        return True
    return _TAG.match(tok) is not None and WILD not in tok


def _trailer(toks: tuple[str, ...], longest: int = 3) -> int:
    """Start of a closing bracketed group holding a value (``(<*>)``, ``(udisks-error-quark, <*>)``):
    an error's code after its message (``strerror(-err), -err``, GLib's ``%s (%s, %d)``), which a
    free-text tail may carry; ``len(toks)`` if there is none."""
    n = len(toks)
    if not n or not toks[-1].endswith(")") or WILD not in toks[-1]:
        return n
    for k in range(n - 1, max(n - longest, 0) - 1, -1):
        if toks[k].startswith("("):
            return k if k > 0 and "=" not in "".join(toks[k:]) else n
    return n


def _ends_context(tok: str, params: Params) -> bool:
    return tok[-1:] in params.tail_ends or tok in params.tail_tokens


def similarity(t: tuple[str, ...], s: tuple[str, ...], params: Params) -> tuple[float, tuple[str, ...] | None]:
    """Score of shape ``s`` against template ``t`` and the merged template.

    Equal tokens score; a ``<*>`` in the template absorbs what faces it at no
    cost; every other unmatched token costs one.  Score = matched / (matched +
    cost), so one differing word in a long line scores high and in a short
    line low.
    """
    if len(t) == len(s):
        matched = cost = 0
        out = []
        run = costs = 0  # differing positions in a row, and the costly ones among them
        for a, b in zip(t, s):
            run, costs = (0, 0) if a == b else (run + 1, costs)
            if a == b:
                matched += _weight(a, params)
                out.append(a)
            elif a == WILD:
                out.append(WILD)
            elif params.partial and WILD in a and fits(a, b):
                out.append(a)
            elif params.labels_apart and _LABEL.match(a) and _LABEL.match(b):
                return 0.0, None  # two labels (``LOGIN:`` / ``MKDIR:``) name two statements
            elif params.classes_apart and classes_apart(a, b):
                return 0.0, None  # two loggers (classes): two sources, two statements
            elif (k := kind_token(a, b)) is not None:
                out.append(k if params.partial else WILD)
            elif params.opposites and opposite(a, b):
                return 0.0, None
            elif params.residue_apart and residues_apart(a, b):
                return 0.0, None  # ``(uid=<*>)`` / ``LOGIN(uid=<*>)``, ``size=<*>`` / ``count=<*>``: other keys
            else:
                cost += params.word_cost if WORD.match(a) and WORD.match(b) else 1
                costs += 1
                out.append(WILD)
            if params.max_run and run >= params.max_run and costs >= 2:
                return 0.0, None  # a whole phrase differs: another statement behind a shared header
        merged = tuple(out)
        if params.shifts and cost and shifted(t, s):
            return 0.0, None
    else:
        general = abs(len(t) - len(s)) <= params.max_len_delta * max(len(t), len(s))
        if not general and not params.kv_gaps:
            return 0.0, None
        matched = cost = 0
        out = []
        i = j = 0
        kinds = set()
        for a, b, n in SequenceMatcher(None, t, s, autojunk=False).get_matching_blocks():
            gap_t, gap_s = t[i:a], s[j:b]
            if (gap_t or gap_s) and all(_kv(x, params.json_gaps) for x in (*gap_t, *gap_s)):
                kinds.add("kv")
                if not out or out[-1] != WILD:
                    out.append(WILD)  # optional key=value fields: free
            elif gap_t or gap_s:
                # a header value in place (a template <*> facing the first token): it may sit beside
                # optional fields, as the header varies apart from the statement
                grows = (not gap_t and general
                         and ((params.wild_grows and n and t[a] == WILD)
                              or (params.wild_trails and i > 0 and t[i - 1] == WILD))
                         and ((len(gap_s) == 1 and not any("=" in x or WILD in x for x in gap_s))
                              or (params.value_runs and len(gap_s) <= params.max_span
                                  and all(map(_valueish, gap_s)))))
                kinds.add("one" if (params.one_for_one and i == j == 0 and gap_t == (WILD,) and len(gap_s) == 1)
                          or (grows and params.json_gaps) else "span")
                if not grows and general and params.wild_phrases and (gap_t or gap_s) and not (gap_t and gap_s):
                    # a value with spaces next to a template <*> (``/media/UBUNTU 24_04 LTS AMD64``):
                    # a few words ending (after it) or starting (before it) in a value lengthen that
                    # variable, in either line
                    gap, other = (gap_t, s) if gap_t else (gap_s, t)
                    grows = (((i > 0 and t[i - 1] == WILD and _phrase(gap, -1))
                              or (n > 0 and t[a] == WILD and _phrase(gap, 0))
                              or (params.wild_shrinks and gap is gap_t and len(gap) == 1 and "=" not in gap[0]
                                  and not gap[0].endswith(":")  # the mirror of wild_grows/wild_trails:
                                  and ((n > 0 and t[a] == WILD) or (i > 0 and t[i - 1] == WILD))))
                             and not any(_const(x) and x in other for x in gap))  # not ``…, label is <*>``
                if grows:
                    if _mixed(kinds):
                        return 0.0, None
                    out.extend(t[a : a + n])  # a word right before a ``<*>``: the variable is longer here
                    matched += sum(_weight(x, params) for x in t[a : a + n])
                    i, j = a + n, b + n
                    continue
                if not general or _mixed(kinds) or not gap_t or not gap_s:
                    return 0.0, None  # no spanning, or an inserted word
                if params.value_runs and all(map(_valueish, gap_t)):
                    pass  # template values faced by values and names of differing number: one value
                    # (exim's host ``<*> [<*>]`` / ``smtp.example.de (helo) [<*>]:<*>``)
                elif params.value_groups and all(map(_valueish, gap_s)) and _group(gap_t, params.max_span):
                    pass  # …and the other way round, a bracketed value holding spaces in the template
                    # (``[/usr/bin/systemctl restart nginx]`` first, then ``[/usr/bin/gnome-control-center]``)
                elif any(x != WILD for x in gap_t) and not (
                        params.value_spans and len(gap_t) == 1 and WILD in gap_s[0] and len(gap_s) <= 2):
                    return 0.0, None  # differing words of differing number: only a <*> spans
                    # (or a word facing a value and its unit, ``from NULL to`` / ``from <*> % to``)
                if len(gap_s) > params.max_span or any("=" in x for x in gap_s) or (
                        not params.span_labels and any(x.endswith(":") for x in gap_s[1:])):
                    return 0.0, None  # a variable spans a few words, never key=value or ``label:`` structure
                if not out or out[-1] != WILD:
                    out.append(WILD)
            if _mixed(kinds):
                return 0.0, None  # optional fields and a spanning variable at once: too loose
            out.extend(t[a : a + n])
            matched += sum(_weight(x, params) for x in t[a : a + n])
            i, j = a + n, b + n
        merged = tuple(out)
    if matched + cost == 0:
        return 0.0, None
    if sum(_weight(x, params) for x in merged if x != WILD and not (params.header_weight and _header_word(x))
           ) < params.min_const and merged != t:
        return 0.0, None
    return matched / (matched + cost), merged


def _phrase(gap: tuple[str, ...], end: int) -> bool:
    """2 or 3 tokens with a value at ``end``, no ``key=`` or ``label:`` structure: the rest of a
    value that holds spaces."""
    return (2 <= len(gap) <= 3 and _valueish(gap[end])
            and not any("=" in x or x.endswith(":") for x in gap))


_CLOSE = {"[": "]", "(": ")", "{": "}"}


def _group(gap: tuple[str, ...], longest: int) -> bool:
    """A bracketed group of 2 to ``longest`` tokens that opens with a value (``[<*> restart nginx]``),
    no ``key=`` or ``label:`` inside: one value that holds spaces."""
    if not 2 <= len(gap) <= longest or gap[0][:1] not in _CLOSE or not gap[0].startswith(gap[0][0] + WILD):
        return False
    return (gap[-1].rstrip(",;:").endswith(_CLOSE[gap[0][0]]) and not any("=" in x for x in gap)
            and not any(x.endswith(":") for x in gap[:-1]))


def _mixed(kinds: set[str]) -> bool:
    """Optional fields and a spanning variable at once are too loose; a value in place beside
    optional fields is not (``[system] … comm=<*> label=<*>)`` / ``<*> … comm=<*>)``)."""
    return len({"span" if k == "one" else k for k in kinds}) > 1 and kinds != {"kv", "one"}


def cluster_id(service: str, first_shape: str, taken: dict[int, Cluster]) -> int:
    """Content-addressed, positive int64; salted deterministically on collision."""
    salt = 0
    while True:
        h = hashlib.blake2b(f"{service}\x00{first_shape}\x00{salt}".encode(), digest_size=8).digest()
        cid = int.from_bytes(h, "big") & 0x7FFF_FFFF_FFFF_FFFF
        if cid not in taken:
            return cid
        salt += 1


@dataclass
class Clusterer:
    """All clusters plus the indexes used to find candidates."""

    params: Params = field(default_factory=Params)
    clusters: dict[int, Cluster] = field(default_factory=dict)
    groups: dict[tuple[str | int, ...], list[int]] = field(default_factory=dict)
    tails: dict[tuple[str | int, ...], list[int]] = field(default_factory=dict)
    kvs: dict[tuple[str, ...], list[int]] = field(default_factory=dict)
    bylen: dict[tuple[str, int], list[int]] = field(default_factory=dict)
    byhead: dict[tuple[str, ...], list[int]] = field(default_factory=dict)

    def add_existing(self, c: Cluster) -> None:
        self.clusters[c.id] = c
        self._index(c)

    def _index(self, c: Cluster) -> None:
        self.groups.setdefault(prefix_key(c.service, c.tokens, self.params), []).append(c.id)
        ids = self.bylen.setdefault((c.service, len(c.tokens)), [])
        if c.id not in ids:
            ids.append(c.id)
        if self.params.max_len_delta > 0:
            ids = self.byhead.setdefault((c.service, *head(c.tokens, self.params)), [])
            if c.id not in ids:
                ids.append(c.id)
        if self.params.kv_gaps and any(_KV.match(x) or (self.params.json_gaps and _JSON_KEY.match(x))
                                       for x in c.tokens):
            ids = self.kvs.setdefault((c.service, *head(c.tokens, self.params)), [])
            if c.id not in ids:
                ids.append(c.id)
        if self.params.tail:
            for n in colon_prefixes(c.tokens, self.params):
                ids = self.tails.setdefault((c.service, n, c.tokens[n - 1]), [])
                if c.id not in ids:
                    ids.append(c.id)

    def _tail_match(self, service: str, s: tuple[str, ...],
                    count_of: Callable[[int], int] | None = None) -> tuple[float, int, tuple[str, ...]] | None:
        """Best template whose ``context:`` prefix matches the shape's; the tail becomes ``<*>``.

        With ``tail_evidence``, a constant tail that already held that many lines is a
        statement of its own (``Wake Reason: Wake on Scan offload``), as for single words."""
        closed = colon_prefixes(s, self.params)
        ends = colon_prefixes(s, self.params, closed=False) if self.params.open_tails else closed
        for n in ends:
            best = None
            # a tail holding values or structure joins only a context that already took several
            # free texts (its template's tail is one ``<*>``): evidence that any text follows it
            open_ = n not in closed
            if open_ and any("=" in x for x in s[n:]):
                continue
            for cid in self.tails.get((service, n, s[n - 1]), ())[-MAX_SCAN:]:
                c = self.clusters[cid]
                if len(c.tokens) < n or (c.tokens[n - 1] != s[n - 1]):
                    continue
                if open_ and c.tokens[n:] != (WILD,):
                    continue
                if self.params.opposites and opposed_tails(c.tokens[n:], s[n:]):
                    continue
                if (count_of is not None and c.tokens[n:] != (WILD,) and all(map(_const, c.tokens[n:]))
                        and count_of(cid) >= self.params.tail_evidence):
                    continue
                score, merged = similarity(c.tokens[:n], s[:n], self.params)
                if merged is not None and score >= self.params.threshold and (best is None or score > best[0]):
                    best = (score, cid, (*merged, WILD))
            if best is not None:
                return best
        return None

    def _name_head_match(self, service: str, s: tuple[str, ...],
                         count_of: Callable[[int], int] | None) -> tuple[float, int, tuple[str, ...]] | None:
        """A template like the shape but for the head, where both hold lowercase names.

        Constant heads are usually verbs or keywords (``Accepted``, ``DHCPACK``,
        ``LOG:``) and keep templates apart (Drain's prefix tree); a lowercase
        name there, maybe bracketed (``alice : TTY=…``, ``(alice) CMD (…)``),
        is as often a user or host.  The heads must differ, the rest must
        share at least two constant tokens and reach the threshold, and the
        evidence rule holds for the other positions.
        """
        first = next((i for i, t in enumerate(s) if _const(t)), None)
        keyed = next((i for i, t in enumerate(s) if _const(t) and not _IDENT.search(t)), None)
        best = None
        for hp in dict.fromkeys((first, keyed) if self.params.head_skip else (first,)):
            if hp is not None and (_NAME.match(s[hp]) or self.params.partial):
                best = self._name_at(service, s, hp, count_of, best)
        return best

    def _name_at(self, service: str, s: tuple[str, ...], hp: int, count_of: Callable[[int], int] | None,
                 best: tuple[float, int, tuple[str, ...]] | None) -> tuple[float, int, tuple[str, ...]] | None:
        for cid in self.bylen.get((service, len(s)), ())[-MAX_SCAN:]:
            t = self.clusters[cid].tokens
            if t[hp] == s[hp]:
                continue  # equal heads were scored in the head's own group
            if self.params.opposites and opposite(t[hp], s[hp]):
                continue  # ``creating``/``removing`` name two statements, not a user or host
            if (count_of is not None and _const(t[hp]) and _const(s[hp])
                    and count_of(cid) >= self.params.head_evidence):
                continue  # a plain head that held this many lines is the statement's own word
            if t[hp] == WILD or (_NAME.match(t[hp]) and _NAME.match(s[hp])):
                at = WILD
            elif self.params.partial and WILD in t[hp] and fits(t[hp], s[hp]):
                at = t[hp]
            elif self.params.partial and (k := kind_token(t[hp], s[hp])) is not None:
                at = k
            else:
                continue
            loose = self.params.partial
            if sum(1 for i, (a, b) in enumerate(zip(t, s))
                   if i != hp and a != WILD and (a == b or (loose and (fits(a, b) or same_kind(a, b))))
                   and not (self.params.head_shared and (not _weight(a, self.params) or _header_word(a)))) < 2:
                continue
            headless = (*t[:hp], at, *t[hp + 1 :])
            score, merged = similarity(headless, s, self.params)
            if merged is None or score < self.params.threshold or (best is not None and score <= best[0]):
                continue
            if (count_of is not None and self.params.evidence < 1_000_000 and _loses_constant(headless, merged, s, self.params)
                    and count_of(cid) >= self.params.evidence):
                continue  # the evidence rule, as for any other position
            best = (score, cid, merged)
        return best

    def _general_match(self, service: str, s: tuple[str, ...],
                       count_of: Callable[[int], int] | None) -> tuple[float, int, tuple[str, ...]] | None:
        """A template of another length with the same head, aligned token by token: a
        variable that spans several tokens (a name, a phrase, a list) or a run of
        differing words becomes one ``<*>``."""
        p = self.params
        best = None
        for cid in self.byhead.get((service, *head(s, p)), ())[-MAX_SCAN:]:
            c = self.clusters[cid]
            if len(c.tokens) == len(s):
                continue  # scored above
            score, merged = similarity(c.tokens, s, p)
            if merged is None or score < p.threshold or (best is not None and score <= best[0]):
                continue
            lost = (_plain(merged) < _plain(c.tokens)) if p.value_runs else (_consts(merged) < _consts(c.tokens))
            if count_of is not None and p.evidence < 1_000_000 and lost and count_of(cid) >= p.evidence:
                continue  # the evidence rule: these words held for many lines
            best = (score, cid, merged)
        return best

    def _unindex(self, c: Cluster) -> None:
        key = prefix_key(c.service, c.tokens, self.params)
        self.groups[key].remove(c.id)
        if not self.groups[key]:
            del self.groups[key]

    def classify(self, service: str, shape: str, count_of: Callable[[int], int] | None = None) -> tuple[int, bool]:
        """Cluster id for a new distinct shape, and whether the cluster is new.

        ``count_of(cid)`` gives how many lines the cluster holds so far (for the
        evidence rule); it must count lines *before* this shape's first line so
        that batching never changes the outcome.
        """
        p = self.params
        s = tokens_of(shape, p.csv_fields)
        if p.fold_repeats:
            s = fold_repeats(s)
        if p.header_tag:
            s = header_group(s)
        if (p.opposites or p.tail_evidence < 1_000_000) and p.csv_fields and any(
                t.count(",") >= p.csv_fields and '"' not in t for t in shape.split()):
            # the fields of a CSV record are values (a direction ``in``/``out``), not
            # opposite statements or free text: judge this shape without those rules
            self.params = replace(p, opposites=False, tail_evidence=1_000_000)
            try:
                return self.classify(service, shape, count_of)
            finally:
                self.params = p
        best: tuple[float, int, tuple[str, ...]] | None = None
        for cid in self.groups.get(prefix_key(service, s, p), ())[-MAX_SCAN:]:
            c = self.clusters[cid]
            score, merged = similarity(c.tokens, s, p)
            if merged is None or score < p.threshold or (best is not None and score <= best[0]):
                continue
            if count_of is not None and p.evidence < 1_000_000 and _loses_constant(c.tokens, merged, s, p):
                if count_of(cid) >= p.evidence:
                    continue  # these constants held for many lines: a different template
            best = (score, cid, merged)
        if best is None and p.tail:
            best = self._tail_match(service, s, count_of)
        if best is None and p.kv_gaps:
            for cid in self.kvs.get((service, *head(s, p)), ())[-MAX_SCAN:]:
                c = self.clusters[cid]
                if len(c.tokens) == len(s):
                    continue  # scored above
                score, merged = similarity(c.tokens, s, p)
                if merged is not None and score >= p.threshold and (best is None or score > best[0]):
                    best = (score, cid, merged)
        if best is None and p.max_len_delta > 0:
            best = self._general_match(service, s, count_of)
        if best is None and p.name_head:
            best = self._name_head_match(service, s, count_of)
        if best is not None:
            _, cid, merged = best
            c = self.clusters[cid]
            if merged != c.tokens:
                self._unindex(c)
                c.tokens = merged
                self._index(c)
            return cid, False
        c = Cluster(cluster_id(service, shape, self.clusters), service, s)
        self.add_existing(c)
        return c.id, True
