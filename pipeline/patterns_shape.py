"""Shape-level judgements of the clustering step: tokens of a masked shape, what kind of token
each is (a value, ``key=<*>``, a header word, a plain constant), the prefix key Drain's tree
files a shape under, and the ``context:`` prefixes that may own a free-text tail."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from millpond.pipeline.patterns_mask import WILD
from millpond.pipeline.patterns_params import Params
from millpond.pipeline.patterns_tokens import (HTTP_METHODS, LEVELS, WORD, bool_values, changed_state, counted_noun,
                                               fits, http_methods, printed_state, same_kind, signal_name)

MAX_TOKENS = 64
"""Tokens kept per shape; the rest become one trailing ``<*>``."""


_FIELD = re.compile(r"[^,]*,|[^,]+$")


def tokens_of(shape: str, csv_fields: int = 0) -> tuple[str, ...]:
    """Whitespace tokens; a token of ``csv_fields`` or more comma-separated fields
    (a CSV record such as pfSense's filterlog) is cut into its fields."""
    toks = shape.split()
    if csv_fields and shape.count(",") >= csv_fields and any(t.count(",") >= csv_fields for t in toks):
        toks = [f for t in toks for f in (_FIELD.findall(t) if t.count(",") >= csv_fields and '"' not in t else (t,))]
    if len(toks) > MAX_TOKENS:
        toks = toks[: MAX_TOKENS - 1] + [WILD]
    return tuple(toks)


def fold_repeats(toks: tuple[str, ...], longest: int = 3) -> tuple[str, ...]:
    """A group of up to ``longest`` tokens holding a ``<*>`` repeated in a row is kept once: a list
    of variable length (``node-1 0x1fc <ok> node-2 0x1fc <ok> …`` → ``<*> <ok>``) is one value.
    A repeated group repeats its first token: tokens all distinct (most shapes) return at once."""
    if len(set(toks)) == len(toks):
        return toks
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


def is_const(tok: str) -> bool:
    return WILD not in tok


LABEL = re.compile(r"^[A-Z][A-Z_-]+:$")  # an upper-case label: a command or section name
FRAMED_VALUE = re.compile(r"^[\[({<]<\*>[\])}>][:,;.]?$")  # ``[<*>]``, ``(<*>):``: one value framed whole by the format's brackets
KV_FIELD = re.compile(r"^[\w.-]+=<\*>[)\]]?,?$")
IDENT = re.compile(r"\w[._]\w")
_PATHISH = re.compile(r"\w/\w")
_CAPS_ID = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+:?$")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_HEXISH = re.compile(r"^[0-9a-fA-F]{6,}\W?$")  # ``ffffffff``: a hex value without a digit
NAME = re.compile(r"^[^\w\s]?[a-z][a-z0-9_.-]*[^\w\s]{0,2}$")


JSON_KEY = re.compile(r'^\{?"[\w.-]+":$')
_JSON_VALUE = re.compile(r"^\{?<\*>[,}\]]*$")


_VALUEISH = re.compile(r"^\W*<\*>(?:\W*<\*>)*\W*$")
_BRACKETED = re.compile(r"[\[({]")


def is_valueish(tok: str) -> bool:
    """A token that is masked values and punctuation only (``[<*>]:<*>``, ``(<*>)``)."""
    return _VALUEISH.match(tok) is not None


def is_kv(tok: str, json: bool = False) -> bool:
    """``key=<*>``: a field whose presence may vary between lines of one template; with ``json``
    also a JSON member (``"replication_state": <*>,``, ``"tags": {"nofailover": <*>},``)."""
    return (tok == WILD or KV_FIELD.match(tok) is not None
            or (json and (JSON_KEY.match(tok) is not None or _JSON_VALUE.match(tok) is not None)))


def token_weight(tok: str, params: Params) -> int:
    """What an equal token is worth: a ``<*>`` facing a ``<*>`` says nothing about two
    lines sharing a statement (Drain does not count it either)."""
    if params.wild_match:
        return 1
    return 0 if tok == WILD or (params.value_weight and is_valueish(tok) and _BRACKETED.search(tok)) else 1


def n_consts(toks: tuple[str, ...]) -> int:
    return sum(1 for x in toks if x != WILD)


def n_plain(toks: tuple[str, ...]) -> int:
    """Plain constants (no ``<*>`` inside): what the evidence rule protects."""
    return sum(1 for x in toks if is_const(x))


def loses_constant(t: tuple[str, ...], merged: tuple[str, ...], s: tuple[str, ...],
                    params: Params | None = None) -> bool:
    """Whether merging turns a plain constant (no ``<*>`` inside) into ``<*>`` against another plain word."""
    if len(t) != len(merged) or len(t) != len(s):
        return merged != t
    p = params or _DEFAULT
    args = _words(p.arg_words)
    return any(a != m and is_const(a) and (is_const(b) or _same_key(a, b)) and not same_kind(a, b)
               and not (p.kv_words and _kv_words(a, b))
               and not (p.bool_values and bool_values(t, s, i, p.framed_bools, p.flag_words))
               and not (p.signal_names and signal_name(t, s, i))
               and not (p.counted_nouns and counted_noun(t, s, i) is not None)
               and not (p.printed_states and printed_state(t, s, i))
               and not (p.changed_states and changed_state(t, s, i))
               and not (p.domain_values and _DOMAIN.match(a) and _DOMAIN.match(b))
               and not (p.http_methods and http_methods(a, b))
               and not (p.empty_values and _empty_value(a, b))
               and not (p.camel_names and _CAMEL.match(a) and _CAMEL.match(b))
               and not (p.caps_values and _CAPS.match(a) and _CAPS.match(b))
               and not (p.quoted_values and _QUOTED.match(a) and _QUOTED.match(b))
               and not (p.chain_fields and _CHAIN_FIELD.match(a) and _CHAIN_FIELD.match(b))
               and not (args and i > 0 and t[i - 1].lower() in args and WORD.match(a) and WORD.match(b))
               and not (p.label_values and i > 0 and _FIELD_LABEL.match(t[i - 1])  # ``datasize: tiny,``
                        and a.endswith(",") and b.endswith(","))
               for i, (a, m, b) in enumerate(zip(t, merged, s)))


_DEFAULT = Params()
_CAPS = re.compile(r"^[A-Z][A-Z0-9_]{2,}$")  # ``CLUSTERING``, ``SIGTERM``, ``NETTY``: an enum's constant, printed


@lru_cache(maxsize=16)
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_QUOTED = re.compile(r"^\\?([\"'])[^\"'\s]+\\?\1[.,;]?$")  # ``"crio"``, ``\\"crio\\"``: a quoted value
_FIELD_LABEL = re.compile(r"^[a-z][a-z_-]*:$")  # ``datasize:`` before ``tiny,``: a field's name
_DOMAIN = re.compile(r"^(?!(?:com|org|net|io|de)\.)(?:[a-z0-9][a-z0-9-]*\.)+(?:com|net|org|de|uk|fr|nl|eu|info|io)[.,;:]?$")
"""``gnome.org`` / ``example.com``: a host's name, the value of a ``%s``, not a constant (session 13).  Not a
reverse-domain Java or Kotlin name (``org.example.Service``, ``io.netty…``), which opens with the top level."""
_CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+$")  # ``HadoopTerasort``: a compound name
_KV_WORD = re.compile(r"^([\w.-]+=(?:['\"]?[\w.-]+=)?)[A-Za-z][\w.-]*,?$")  # also nested: ``msg='unit=search``


def _kv_words(a: str, b: str) -> bool:
    """``user=root`` / ``user=uucp``: one key, two bare-word values; the key names a slot."""
    ka, kb = _KV_WORD.match(a), _KV_WORD.match(b)
    return ka is not None and kb is not None and ka.group(1) == kb.group(1)


_MESSAGE_WORD = re.compile(r"^(msg|message|event)=([A-Za-z][\w.-]*),?$")


def message_words(a: str, b: str) -> bool:
    """``msg=socket_error`` / ``msg=malformed_message``: two bare words under a key that carries the message
    (logfmt's ``msg``, ``message``, ``event``; EMQX's report ``msg:``) name two statements, as structured
    loggers' event names do (session 10, ``messages_apart``)."""
    ma, mb = _MESSAGE_WORD.match(a), _MESSAGE_WORD.match(b)
    return ma is not None and mb is not None and ma[1] == mb[1] and ma[2] != mb[2]


_EVENT_NAME = re.compile(r"^(msg|message|event|what)=([A-Za-z][\w.-]*|<\*>),?$")


def event_names(a: str, b: str) -> bool:
    """``what=jwt_verification_failed`` / ``what=<*>``: under a key that names the event (logfmt's ``msg``,
    ``event``; Erlang's structured reports put it under ``what``, ``?LOG_WARNING(#{what => …})``) a bare
    name faces another, or one the mask took because it held a digit (``s2s_in_auth_failed``): an event
    name is the statement's own, never a ``%s``, so they are two statements (``event_names``, session 14)."""
    ma, mb = _EVENT_NAME.match(a), _EVENT_NAME.match(b)
    return ma is not None and mb is not None and ma[1] == mb[1] and ma[2] != mb[2]


def _empty_value(a: str, b: str) -> bool:
    """``dest-name=`` / ``dest-name=in-cluster``: one key, printed empty once; the key names a slot."""
    short, other = (a, b) if len(a) < len(b) else (b, a)
    return short.endswith("=") and _KV_KEY.match(short) is not None and other.startswith(short)


_KV_KEY = re.compile(r"^[\w.-]+=$")


def _same_key(a: str, b: str) -> bool:
    """``tty=NODEVssh`` / ``tty=<*>``: one key, a bare word against a masked value."""
    k = a.find("=")
    return k > 0 and b.startswith(a[: k + 1]) and WILD in b[k + 1 :] and not _HEXISH.match(a[k + 1 :])


def head(toks: tuple[str, ...], params: Params) -> tuple[str, ...]:
    """The first ``key_depth`` constant tokens, skipping identifier-like ones (``api.service:``,
    ``pam_unix(…)``) that are as often object names as constants, with ``header_tag`` a leading
    ``[context]`` header (``[system] Reloaded`` keys as ``[session uid=<*>] Reloaded`` does), and
    with ``kv_head`` a key's bare-word value (``level=warn``, ``msg='unit=web``: a slot's value,
    as ``kv_words`` says).  The tokens are tested up to the ``key_depth``-th kept one only (lazily: the
    tests of every token of a long line were ~2% of the miner)."""
    start = 1 if params.header_tag and toks and _TAG.match(toks[0]) else 0
    return tuple(islice((t for t in toks[start:] if is_const(t) and not identifier_like(t, params)
                         and not (params.kv_head and _KV_WORD.match(t))
                         and not (params.chain_fields and _CHAIN_FIELD.match(t))
                         and not (params.http_methods and t.lstrip('"') in HTTP_METHODS)), params.key_depth))


def identifier_like(tok: str, params: Params) -> bool:
    """``api.service:``, ``pam_unix(…)``, with ``path_heads`` also ``crowdsecurity/ssh-bf``: as
    often an object's name as the statement's keyword, so never its prefix key."""
    if params.caps_heads and _CAPS_ID.match(tok):
        return False  # ``AS_REQ``, ``TGS_REQ``: an upper-case message identifier names the statement
    return IDENT.search(tok) is not None or (params.path_heads and _PATHISH.search(tok) is not None)


_TAG = re.compile(r"^\[[^\[\]\s]+\]:?$")
_CHAIN_FIELD = re.compile(r"^\]\[[^\[\]\s]+\]:?$")
"""``][main]``: the last field of a chain of bracketed header fields that padding broke apart
(log4j2's ``[%d][%-5p][%-25c][%X{pipeline.id}]``: ``[logstash.javapipeline    ][main]``), a
context's value (a pipeline, a thread, a node), with ``chain_fields`` no prefix key and no evidence."""


def header_group(toks: tuple[str, ...], longest: int = 6) -> tuple[str, ...]:
    """A leading bracketed header of several tokens holding values (``[session uid=<*> pid=<*>]``,
    whose ``]`` the key=value rule may have taken) is one value: the header of one statement
    varies in length (dbus's ``[system]`` / ``[session uid=… pid=…]``)."""
    if not toks or not toks[0].startswith("[") or "]" in toks[0]:
        return toks
    end = 0
    for i, t in enumerate(toks[1 : longest + 1], 1):
        if not KV_FIELD.match(t.rstrip("]")) and t.rstrip("]") != WILD:
            break
        end = i
        if t.endswith("]"):
            break
    return (WILD, *toks[end + 1 :]) if end else toks


def context_tags(toks: tuple[str, ...], longest: int = 3) -> tuple[str, ...]:
    """After a leading bracketed value (``[<ts>]``) a chain of bracketed tags, each maybe holding
    spaces (``[Hue]``, ``[UniFi Protect]``), is one value: the contexts (plugin, module, child
    bridge) a program's header names, never its statement (``[<ts>] [Hue] Child bridge process
    ended``); a severity tag (``[ERROR]``) stays."""
    if len(toks) < 3 or not toks[0].startswith("[") or not toks[0].endswith("]") or WILD not in toks[0]:
        return toks
    k = 1
    while k < len(toks) and toks[k].startswith("["):
        end = next((j for j in range(k, min(k + longest, len(toks))) if toks[k].count("[") == 1
                    and toks[j].endswith("]") and "]" not in toks[j][:-1] and "[" not in "".join(toks[k + 1 : j + 1])), None)
        if end is None or (end == k and is_level_word(toks[k])):
            break
        k = end + 1
    return (toks[0], WILD, *toks[k:]) if k > 1 and k < len(toks) else toks


_LEAD = frozenset(WILD + c for c in ",;:|/")


def lead_collapsed(toks: tuple[str, ...], fields: bool = False) -> tuple[str, ...]:
    """The shape as the mask would have written it had the name after a leading variable held a
    digit: ``<ts>: child pid …`` / ``<ts>: health_check1 pid …`` → ``<*> pid …``, ``<id>:
    unknown [<ip>]`` / ``<id>: mx1.example [<ip>]`` → ``<*> [<*>]``.  The mask collapses a run of
    variables into one ``<*>``, so a header field (process, host) without a digit makes the line
    one token longer and gives it another head.  Only a lowercase name, maybe bracketed
    (``[unknown]``; not a severity word nor a ``label:``) or a ``<*>`` right after a leading
    ``<*>`` and a separator (``<*>:``, ``<*>,``; a bare ``<ts> open …`` is as often a verb) is
    taken; else the shape itself."""
    if len(toks) > 2 and toks[0] in _LEAD and (toks[1] == WILD or (
            is_const(toks[1]) and NAME.match(toks[1]) and not toks[1].endswith(":")
            and not is_level_word(toks[1]))):
        return (WILD, *toks[2:])
    if fields and len(toks) > 3 and toks[0] == WILD and (toks[1] == WILD or _header_field(toks[1])) and (
            _HEADER_NEXT.match(toks[2]) or toks[1].startswith("[")):
        return (toks[2], *toks[3:]) if toks[2].startswith(WILD) else (WILD, *toks[2:])
    return toks


_BRACKETED_FIELD = re.compile(r"^\[[^\[\]\s]+\]$")
_HEADER_NEXT = re.compile(r"^(?:<\*>\]:?|\[<\*>\]:?|[A-Za-z_][\w./-]*(?:\[<\*>\])?:)$")
"""After a header field: a program's path and pid the mask took (``<*>]:``), ``[<*>]`` or a program
tag (``kernel:``, ``smtpd[<*>]:``); not a labelled value (pgpool's ``<ts>: child pid <*>:``)."""


def _header_field(tok: str) -> bool:
    """A lowercase name (a host: ``node-c``, ``sbc-a``) or a bracketed field (Twisted's system
    ``[-]``, ``[Uninitialized]``), no severity word."""
    if is_level_word(tok) or tok.endswith(":"):
        return False
    return (is_const(tok) and NAME.match(tok) is not None) or (_BRACKETED_FIELD.match(tok) is not None and WILD not in tok)


def prefix_key(service: str, toks: tuple[str, ...], params: Params) -> tuple[str | int, ...]:
    return (service, len(toks), *head(toks, params))


def colon_prefixes(toks: tuple[str, ...], params: Params, closed: bool = True) -> list[int]:
    """Ends (exclusive) of ``context:`` prefixes, longest first, that may own a free-text tail.

    The context must hold at least two constant tokens and be at least as long
    as half the tail, so ``LOG: <long sentence>`` or ``FATAL: …`` never qualifies;
    the tail must hold no variable (free text such as an error phrase, not a
    structured message such as ``payload too large (<*> bytes)``).  With ``bracket_tails`` a
    ``label:`` inside a bracket still open that closes before the line's end (``through [iface: <*>]
    is operational now``) ends no context: what follows closes a field and goes on, it is no free
    text of the message's own (a bracket closing at the end is: ``… (reason: file not found)``).
    """
    ends = []
    consts = 0
    seen: set[str] = set()  # ``context_words``: the constants counted so far (a word printed twice counts once)
    held = False  # a variable after the first constant: ``dial tcp <*>:``, ``device <*> disconnected:``
    depth = 0  # brackets opened and not yet closed (``bracket_tails``)
    for i, tok in enumerate(toks):
        if params.bracket_tails:
            depth += tok.count("[") + tok.count("(") - tok.count("]") - tok.count(")")
        if params.tail_headers and is_header_word(tok, params.log_levels):
            pass  # ``[nsqd] <ts> INFO:`` is a header: it names no context of its own
        elif is_const(tok) and _ALNUM.search(tok):
            if not (params.context_words and tok in seen):
                consts += 1  # (ProFTPD's ``%h … %h``: the host printed twice is one word, no context of two)
                seen.add(tok)
        elif consts and WILD in tok:
            held = True
        n = i + 1
        if (_ends_context(tok, params) and consts >= 2 and n < len(toks)
                and not (depth > 0 and _closed_before_end(toks, n, depth))
                and (2 * n >= len(toks) - n or (params.error_tails and tok.endswith(":") and error_context(toks, n)))
                and (consts >= params.tail_context or held)
                and not (params.level_tails and (level_header(toks[n], params) or level_header(tok, params)))):
            # (a tail after or opening with an upper-case severity word is a statement behind a header:
            # ``<ts>: child pid <n>: ERROR:  …`` / ``…: LOG:  …``, not a context's free text)
            ends.append(n)
    if not closed:
        return ends[::-1]  # every context, whatever its tail holds
    free, coded = _free(toks, len(toks)), len(toks)
    if params.tail_codes and (end := _trailer(toks)) < len(toks):
        coded = _free(toks, end)
        coded = coded if end - coded >= 2 else len(toks)  # a phrase, then its code
    return [n for n in ends[::-1] if n >= free or (n >= coded and toks[n - 1].endswith(":"))]


def _closed_before_end(toks: tuple[str, ...], n: int, depth: int) -> bool:
    """Whether the brackets open before ``n`` (``depth`` of them) close before the line's end with
    more than bracketed groups after them (``[iface: <*>] is operational now``; not ``(reason:
    file not found) (kafka.coordinator.group.GroupCoordinator)``, a trailer such as a logger's name)."""
    for j in range(n, len(toks) - 1):
        tok = toks[j]
        depth += tok.count("[") + tok.count("(") - tok.count("]") - tok.count(")")
        if depth <= 0:
            return _GROUPS.fullmatch(" ".join(toks[j + 1:])) is None
    return False


_GROUPS = re.compile(r"(?:\s*[\[(][^\[\]()]*[\])])+")


ERROR_WORDS = frozenset("error failed failure fail unable cannot exception err".split())


def error_context(toks: tuple[str, ...], n: int) -> bool:
    """Whether the context ending before ``n`` names an error: its last phrase (since the previous
    ``label:``) holds an error word (``rrd_update_r (<*>) failed:``, ``Error updating SMART data:``).
    What follows is the error's own text, printed with ``%s`` (``strerror``, a nested error holding
    values), so any text may follow it."""
    if not toks[n - 1].endswith(":"):
        return False  # ``: `` joins an error to its cause (``perror``, Go's ``%w``, GLib's prefix); `` - `` a sentence
    k = n - 1
    while k > 0 and not toks[k - 1].endswith(":"):
        k -= 1
    return any(LEVEL_WORD.match(t) is not None and t.strip(":,;.()[]").lower() in ERROR_WORDS
               for t in toks[k:n])


def level_header(tok: str, params: Params) -> bool:
    """An upper-case severity word (``ERROR:``, ``[WARN]``, ``LOG:``): a header's level; lower
    case it is as often prose (``… after error: device busy``)."""
    return _upper_level(tok, params.log_levels)


@lru_cache(maxsize=1 << 16)
def _upper_level(tok: str, log_levels: bool) -> bool:
    return tok.isupper() and (is_level_word(tok) or (log_levels and tok.rstrip(":") in _LOG_LEVELS))


def _free(toks: tuple[str, ...], end: int) -> int:
    """Start of the run before ``end`` of tokens that hold no variable and no key=value field."""
    free = end
    while free > 0 and is_const(toks[free - 1]) and "=" not in toks[free - 1]:
        free -= 1
    return free


LEVEL_WORD = re.compile(r"^\W*([A-Za-z]+)\W*$")
_SHORT_LEVELS = frozenset("inf wrn war eror err dbg ftl crt trc ntc".split())


@lru_cache(maxsize=1 << 16)
def is_header_word(tok: str, log_levels: bool = True) -> bool:
    """A severity word (``INFO:``, ``[INF]``, ``<warn>``) or a bracketed tag (``[nsqd]``): header
    (cached: tokens repeat across shapes, and this runs per token of every context scan)."""
    return (is_level_word(tok) or (_TAG.match(tok) is not None and WILD not in tok)
            or (log_levels and tok.rstrip(":") in _LOG_LEVELS))


_LOG_LEVELS = frozenset(("LOG", "DETAIL", "HINT"))
"""PostgreSQL's message levels beside the usual words (``<ts> [pid] LOG:  …``, ``DETAIL:  …``),
also written by pgpool-II, PgBouncer and repmgr; upper case only, ``log`` is a common word."""


def is_level_word(tok: str) -> bool:
    """A severity word, maybe bracketed or with a colon (``INFO:``, ``[INF]``, ``<warn>``)."""
    m = LEVEL_WORD.match(tok)
    return m is not None and (m.group(1).lower() in LEVELS or m.group(1).lower() in _SHORT_LEVELS)


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


_TREE_MARK = re.compile("^[\u2500-\u259f]+$")


def drop_tree_marks(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A shape without the tokens drawn of box-drawing characters only (``│``, ``┝━``, ``└──``; session 12,
    ``tree_marks``): tree-style layouts (Rust's tracing-forest, ``tracing-tree``) draw a span's depth before each
    message, so one statement printed at two depths differs in length and in those marks; they say where in a
    tree the line stands, never which statement it is."""
    if "".join(toks).isascii() or not any(_TREE_MARK.match(t) for t in toks):
        return toks  # (an ASCII shape holds no mark: one C scan, not a match per token; session 16)
    return tuple(t for t in toks if not _TREE_MARK.match(t))


SUBSUME_WORDS = 1
"""Words of a template another may take by ``Clusterer._subsume``: one value kept apart by its evidence."""


def instance_of(t: tuple[str, ...], s: tuple[str, ...]) -> bool:
    """Whether template ``s`` is ``t`` with some of ``t``'s variables filled in (and not ``t`` itself)."""
    return (t != s and all(a == b or a == WILD or (WILD in a and WILD not in b and fits(a, b)) for a, b in zip(t, s))
            and sum(1 for a, b in zip(t, s) if a != b and is_const(b)) <= SUBSUME_WORDS)


def statement_words(t: tuple[str, ...], p: Params) -> int:
    """Plain words of a template outside its header: what says which statement it is."""
    return sum(1 for x in t if is_const(x) and _LETTERS.search(x) and not is_header_word(x, p.log_levels))


_LETTERS = re.compile(r"[A-Za-z]{2}")
