"""Token-level judgements of the clustering step: are two differing tokens
opposites (two statements), names of one kind (one variable, generalised inside
the token), an instance of a template token holding ``<*>``, masked values under
other keys, or words shifted one place (the lines are misaligned)?"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from millpond.pipeline.patterns_mask import WILD

_KINDISH = re.compile(r"\w[._/]\w")

_PAIRS = """start/stop started/stopped starting/stopping starts/stops open/close opened/closed
opening/closing up/down enter/leave entered/left entering/leaving enter/exit entering/exiting
add/remove added/removed add/delete added/deleted create/delete created/deleted created/destroyed
join/leave joined/left set/clear set/cleared raised/cleared success/failure succeeded/failed
successful/failed ok/fail ok/failed ok/error pass/fail passed/failed accept/reject
accepted/rejected allow/deny allowed/denied begin/end login/logout on/off true/false yes/no
good/bad master/backup master/slave primary/secondary primary/replica leader/follower
leading/following online/offline high/low upload/download read/write sent/received
request/response granted/revoked acquired/released attached/detached pause/resume
paused/resumed suspend/resume suspended/resumed upgrade/downgrade start/finish
started/finished started/completed begin/complete
in/out inbound/outbound input/output ingress/egress start/end load/unload push/pull show/hide
expand/collapse import/export encrypt/decrypt startup/shutdown create/remove created/removed
creating/removing enable/disable enabled/disabled enabling/disabling increase/decrease increased/decreased
local/remote sleep/wake send/receive sending/receiving incoming/outgoing
start/exit starting/exiting done/fail done/failed""".split()


_OUTCOME_PAIRS = """attempt/success attempt/successful attempt/succeeded attempt/failed attempt/failure
acquired/lost gained/lost acquire/lose init/destroy initialized/destroyed initialize/destroy asleep/awake
primary/backup""".split()
"""An attempt and its outcome, a gain and a loss, a creation and a destruction, two roles: log antonyms the
first vocabulary lacks (session 14, ``outcome_words``)."""


def outcome(a: str, b: str) -> bool:
    """Two words of :data:`_OUTCOME_PAIRS` (``login attempt`` / ``login successful``, ``leadership acquired`` /
    ``lost``, ``Completed init`` / ``destroy``), in any form the crude stem pairs: a program logs the attempt
    and its outcome, or an event and its undoing, with two calls, as it does the opposites."""
    x, y = a.strip(".,:;!()[]\"'").lower(), b.strip(".,:;!()[]\"'").lower()
    return x != y and (frozenset((x, y)) in _OUTCOMES or frozenset((_stem(x), _stem(y))) in _OUTCOME_STEMS)


def _stem(w: str) -> str:
    """A crude stem, so that forms pair up (``started``/``stopping`` → start/stop)."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


LEVELS = frozenset("trace debug info notice warn warning error err crit critical fatal alert emerg panic".split())
"""Severity words: a statement logs at one level, so two lines at two levels are two statements."""
_OPPOSITES = {frozenset(p.split("/")) for p in _PAIRS}
_OPPOSITE_STEMS = {frozenset(map(_stem, p.split("/"))) for p in _PAIRS}
_LEVEL_LETTERS = frozenset("diwefv")
_OUTCOMES = {frozenset(p.split("/")) for p in _OUTCOME_PAIRS}
_OUTCOME_STEMS = {frozenset(map(_stem, p.split("/"))) for p in _OUTCOME_PAIRS}
_NEGATIONS = ("un", "dis", "de", "in", "non")
_SUBWORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")


def opposite(a: str, b: str) -> bool:
    """Two words that name opposite events or states (``started``/``stopped``,
    ``ban``/``unban``): they tell templates apart rather than vary inside one.

    A small vocabulary of log antonyms plus negating prefixes: at first sight
    one differing word is otherwise indistinguishable from a variable word.
    Forms pair up by a crude stem (``started``/``stopping``).
    Tokens are compared word by word (``StartContainer``/``StopContainer``,
    ``type=SERVICE_START``/``type=SERVICE_STOP``): exactly one word may differ.
    """
    wa, wb = _SUBWORD.findall(a), _SUBWORD.findall(b)
    if not wa or len(wa) != len(wb):
        return False
    if len(wa) == 1 and wa[0].lower() != wb[0].lower() and {wa[0].lower(), wb[0].lower()} <= LEVELS:
        return True  # ``info:``/``notice:``: one statement logs at one level
    diff = [(x.lower(), y.lower()) for x, y in zip(wa, wb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if x == y:
        return False
    if {x, y} <= _LEVEL_LETTERS and any(
            p != q and p.isupper() and q.isupper() and len(p) == 1 for p, q in zip(wa, wb)):
        return True  # ``[W]`` / ``[D]``: one-letter severities (logcat, ESPHome, glog's ``I``/``W``)
    if x in LEVELS and y in LEVELS and "=" in a:
        return True  # ``level=warn`` / ``level=debug``: the key names a severity (session 5)
    if len(wa) == 1 and len(x) >= 5 and len(y) >= 5 and x.endswith("ed") and y.endswith("ed"):
        return True  # two past participles name two events (``VM Started``/``VM Paused``), session 4
    if frozenset((x, y)) in _OPPOSITES:
        return True
    if frozenset((_stem(x), _stem(y))) in _OPPOSITE_STEMS:  # other forms: ``Started``/``Stopping``
        return True
    short, long_ = sorted((x, y), key=len)
    return len(short) >= 3 and any(long_ == n + short for n in _NEGATIONS)


def same_kind(a: str, b: str) -> bool:
    """Two names of one kind: a variable, not a different template (see :func:`kind_token`)."""
    return kind_token(a, b) is not None


def kind_token(a: str, b: str, seps: str = "._/") -> str | None:
    """The token two names of one kind generalise to, or None.

    Same kind = identifier-like and sharing what follows the last separator
    (``api.service`` / ``web.service`` → ``<*>.service``) or what precedes it
    (``VRRP_Script(chk_web)`` / ``VRRP_Script(chk_db)`` → ``VRRP_Script(chk_<*>``,
    ``(crontabs/alice)`` / ``(crontabs/bob)`` → ``(crontabs/<*>``).
    """
    if WILD in a or WILD in b or opposite(a, b):
        return None
    if (q := _qualified(a, b)) is not None:
        return q
    if not (_KINDISH.search(a) and _KINDISH.search(b)):
        return _bracketed(a, b)
    i, j = max(a.rfind(c) for c in seps), max(b.rfind(c) for c in seps)
    if a[i:] == b[j:] and len(a) - i > 2:
        return WILD + a[i:]
    if a[: i + 1] == b[: j + 1] and i > 2:
        k = 0  # closing punctuation both share, such as ``)``
        while k < min(len(a), len(b)) - i - 1 and a[-1 - k] == b[-1 - k] and not a[-1 - k].isalnum():
            k += 1
        return a[: i + 1] + WILD + a[len(a) - k :]
    return _bracketed(a, b)


_QUALIFIED = re.compile(r"^(?:[A-Za-z_]\w*\.)+([A-Z]\w*\W{0,2})$")


def _qualified(a: str, b: str) -> str | None:
    """``mapreduce.Job:`` / ``Job:`` → ``<*>Job:``: a qualified class name and its bare last
    part are one logger or class (log4j's ``%c`` and ``%c{1}``, two configs of one program)."""
    short, long_ = sorted((a, b), key=len)
    m = _QUALIFIED.match(long_)
    if m is None or m.group(1) != short or len(short) < 3:
        return None
    return WILD + short


_CLASS = re.compile(r"^\W*(?:[A-Za-z_]\w*\.)+([A-Z][a-z]+[A-Z]\w*)\W*$")  # ``[openhab.event.ItemAddedEvent``


def classes_apart(a: str, b: str) -> bool:
    """Two qualified CamelCase class names that differ in the class (``[openhab.event.ItemAddedEvent`` /
    ``[openhab.event.ItemCommandEvent``): the logger names the statement's source, so two classes
    are two statements, not one name of a kind."""
    ma, mb = _CLASS.match(a), _CLASS.match(b)
    return ma is not None and mb is not None and ma.group(1) != mb.group(1)


def common_ends(a: Sequence[Any], b: Sequence[Any]) -> tuple[int, int]:
    """Lengths of the longest common prefix and suffix of ``a`` and ``b``, not overlapping in the shorter
    (characters of two tokens, tokens of two shapes)."""
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    q = 0
    while q < n - p and a[-1 - q] == b[-1 - q]:
        q += 1
    return p, q


def _bracketed(a: str, b: str) -> str | None:
    """``[sssd[be[LDAP]]]`` / ``[sssd[be[corp.example.com]]]`` → ``[sssd[be[<*>]]]``: the
    tokens differ only inside brackets or quotes after a shared, named prefix."""
    p, q = common_ends(a, b)
    while p > 0 and a[p - 1] not in "[(<{'\"":  # the shared ends may reach into the values:
        p -= 1  # ``CHANNEL(indexER):`` / ``CHANNEL(mailER):`` share ``er):`` (session 5)
    while q > 0 and a[len(a) - q] not in "])>}'\"":
        q -= 1
    if p == 0 or q == 0 or a[p - 1] not in "[(<{'\"" or a[len(a) - q] not in "])>}'\"":
        return None
    if sum(ch.isalnum() for ch in a[:p]) < 3:
        return None
    return a[:p] + WILD + a[len(a) - q :]


def fits(a: str, b: str) -> bool:
    """Whether token ``b`` is an instance of template token ``a`` holding ``<*>`` inside."""
    parts = a.split(WILD)
    if len(parts) < 2 or not (b.startswith(parts[0]) and b.endswith(parts[-1])):
        return False
    pos, end = len(parts[0]), len(b) - len(parts[-1])
    for mid in parts[1:-1]:
        k = b.find(mid, pos, end)
        if k < 0:
            return False
        pos = k + len(mid)
    return pos <= end


_LETTER = re.compile(r"[A-Za-z]")
WORD = re.compile(r"^[A-Za-z]+[.,:;!?]?$")
_KEYED = re.compile(r"^\W*[A-Za-z][\w.-]*=")


def residues_apart(a: str, b: str) -> bool:
    """Two differing tokens that both hold a masked value and name it differently: other
    keys (``size=<*>`` / ``count=<*>``) or one with a word glued on (``(uid=<*>)`` /
    ``LOGIN(uid=<*>)``).  Name-like residue (``orders/<*>`` / ``carts/<*>``) is not."""
    if WILD not in a or WILD not in b:
        return False
    ca, cb = a.replace(WILD, ""), b.replace(WILD, "")
    if not (_LETTER.search(ca) and _LETTER.search(cb)):
        return False
    ka, kb = _KEYED.match(a), _KEYED.match(b)
    if ka and kb:
        return ka.group() != kb.group()
    short, long_ = sorted((ca, cb), key=len)
    return (short[:1] in "([{<" and short != long_ and long_.endswith(short)
            and _LETTER.search(long_[: -len(short)]) is not None)


def opposed_tails(t: tuple[str, ...], s: tuple[str, ...]) -> bool:
    """Free-text tails of one length that differ by opposite words (``SCREEN_ON``/``SCREEN_OFF``):
    two statements, as anywhere else in a line."""
    return len(t) == len(s) and any(a != b and opposite(a, b) for a, b in zip(t, s))


def shifted(t: tuple[str, ...], s: tuple[str, ...]) -> bool:
    """A plain word that differs at its place but stands next door in the other line
    (``to renew session <*> at`` / ``to establish new session at``): the lines are
    aligned wrongly, a word was inserted or dropped, so they are not one statement."""
    n = len(t)
    for i, (a, b) in enumerate(zip(t, s)):
        if a == b:
            continue
        for x, y in ((a, s), (b, t)):
            if WORD.match(x) and ((i > 0 and y[i - 1] == x) or (i + 1 < n and y[i + 1] == x)):
                return True
    return False


# session 6, S6-kv: attributes of structured loggers (Go slog/logrus/zap, logfmt, Rust tracing)
_NAMESPACED = re.compile(r"^[(\[{]?([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+)=\S*$")  # ``(folder.label=Music``
_KEY_VALUE = re.compile(r"^[(\[{]?([A-Za-z_][\w.-]*)=\S*$")
_MSG_KEY = re.compile(r"^(?:msg|message)=(\"?)")  # logfmt's message: ``msg="…"`` (audit's ``msg='`` is not)


def attrs_start(toks: tuple[str, ...], records: bool = False) -> int:
    """Where a logfmt line's attributes begin: right after its ``msg="…"`` (slog's and logrus's
    text handlers, go-kit, Loki), with ``records`` at 0 in a line of 3 or more ``key=value`` fields
    and nothing else (ZED's ``eid=<n> class=<c> pool=<p> [vdev=…]``); ``len(toks)`` when the line
    is no logfmt record."""
    if records and sum(1 for x in toks if x != WILD) >= 3 and all(x == WILD or _KEY_VALUE.match(x) for x in toks):
        return 0
    for k, x in enumerate(toks):
        m = _MSG_KEY.match(x)
        if m is None:
            continue
        if not m.group(1) or (len(x) > m.end() and x.rstrip(",").endswith('"')):
            return k + 1  # ``msg=word`` or ``msg="one"``
        for e in range(k + 1, len(toks)):
            if toks[e].rstrip(",").endswith('"'):
                return e + 1
        return len(toks)
    return len(toks)


def attr_key(tok: str, logfmt: bool) -> str | None:
    """The key of a structured logger's attribute: a namespaced key (``connection.lan=true``,
    ``(folder.label=Music``, slog groups, zap namespaces, OpenTelemetry names) anywhere, or with
    ``logfmt`` (the token follows a logfmt ``msg="…"``) any ``key=value``.  The value after the key
    is data the program fills in, and the attribute may be left out when empty."""
    m = _NAMESPACED.match(tok) or (_KEY_VALUE.match(tok) if logfmt else None)
    return m.group(1) if m is not None else None


_NOUN = re.compile(r"^([a-z]{3,})([,.;:)]?)$")


def counted_noun(t: tuple[str, ...], s: tuple[str, ...], k: int) -> str | None:
    """``2 tracks`` / ``1 track``, ``from 3 events`` / ``from 1 event``: a noun after a count agrees
    with it (printf's ``%d track%s`` with ``n == 1 ? "" : "s"``, Go's and Python's conditional
    plurals), so the singular and the plural after one ``<*>`` are one slot of one statement.  The
    merged token keeps the singular (``track<*>``), which fits both; ``None`` if the pair is not that."""
    if k == 0 or t[k - 1] != WILD or s[k - 1] != WILD:
        return None
    ma, mb = _NOUN.match(t[k]), _NOUN.match(s[k])
    if ma is None or mb is None or ma.group(2) != mb.group(2):
        return None
    one, many = sorted((ma.group(1), mb.group(1)), key=len)
    if many not in (one + "s", one + "es"):
        return None
    return one + WILD + ma.group(2)


def printed_state(t: tuple[str, ...], s: tuple[str, ...], k: int) -> bool:
    """``with result: Succeeded`` / ``Failed``, ``failed: true`` / ``false``: the word ending the line after a
    ``label:`` is that label's value, a state printed, not the statement's own word, even where the two
    states are opposites (``opposite``) or capitalised like a sentence's first word.  (Upper-case states
    in prose, ``Entering MASTER STATE`` / ``BACKUP``, ``LEADING`` / ``FOLLOWING``, are mostly two calls.)"""
    return 0 < k == len(t) - 1 and t[k - 1] == s[k - 1] and _LABEL_WORD.match(t[k - 1]) is not None


_LABEL_WORD = re.compile(r"^[A-Za-z][\w.-]*:$")  # ``result:``, ``Status:``; not ``<*>:`` (``module <*>: iterator``)


_TRUTHS = "true|false|True|False|TRUE|FALSE"
_FLAGS = _TRUTHS + "|yes|no|Yes|No|YES|NO|on|off|On|Off|ON|OFF"
"""(``flag_words``, session 15) C's ``x ? "yes" : "no"`` and ``"on" : "off"`` print a flag as ``str(bool)``
prints ``True``: under a field's name (``is_write_stall: no,``, ``tls=yes``) they are its state."""


def _flag_form(words: str, framed: bool) -> re.Pattern[str]:
    """A flag's token: its key, the state, its punctuation.  ``framed`` (``framed_bools``, session 14): the flag
    inside a record's framing (``{forceMajor=true,``, JSON's ``"failure":<*>:false,``, ``[native: true]:``, a
    quoted message's last field ``replay: false"``)."""
    if framed:
        return re.compile(rf"^(\S*[=:])?({words})([,;.:)\]}}\"']*)$")
    return re.compile(rf"^([\w.-]+[=:])?({words})([,;.)\]}}]?)$")


_BOOL_FORMS = {(framed, flags): _flag_form(_FLAGS if flags else _TRUTHS, framed)
               for framed in (False, True) for flags in (False, True)}


def bool_values(t: tuple[str, ...], s: tuple[str, ...], k: int, framed: bool = False, flags: bool = False) -> bool:
    """Two booleans printed as one field's value (``cached=true`` / ``cached=false``, ``Clean Start:
    true,`` / ``false,``): printf's ``%v``/``%t``, ``str(bool)`` and Java's ``String.valueOf``
    print a flag's state, so a field holding ``true`` and ``false`` is one slot, no opposite
    statements.  The field must be named: its ``key=`` in the token, or a shared ``label:``
    (or lone ``=``/``:``) right before it; a bare ``true`` in prose is left to the other rules."""
    form = _BOOL_FORMS[framed, flags]  # (a record's framing: ``framed_bools``; ``yes``/``no``, ``on``/``off``: ``flag_words``)
    ma, mb = form.match(t[k]), form.match(s[k])
    if ma is None or mb is None or ma.group(2).lower() == mb.group(2).lower():
        return False
    if ma.group(1) != mb.group(1) or ma.group(3) != mb.group(3):
        return False  # another key, or another punctuation: not one field
    if ma.group(1):
        return True
    return k > 0 and t[k - 1] == s[k - 1] and (t[k - 1] in ("=", ":") or t[k - 1][-1:] in ("=", ":"))


HTTP_METHODS = frozenset("GET HEAD POST PUT DELETE OPTIONS TRACE PATCH PROPFIND PROPPATCH MKCOL COPY MOVE LOCK "
                         "UNLOCK REPORT MKCALENDAR".split())
"""RFC 9110's request methods, with WebDAV's (RFC 4918) and CalDAV's: a server logs the method it
served.  Not ``CONNECT``: it opens a tunnel to an authority (``host:443``), not a request for a
resource, and proxies log a tunnel as its own kind of line (squid's ``TCP_TUNNEL``)."""


def http_methods(a: str, b: str) -> bool:
    """Two HTTP request methods (``GET /`` / ``POST /upload``, ``"PUT``, ``<GET``, ``(POST``): the request's
    method is a value the server prints (``%s %s``, ``$request_method``), not two statements of its own."""
    ma, mb = a.lstrip(_OPENERS), b.lstrip(_OPENERS)
    return a != b and ma in HTTP_METHODS and mb in HTTP_METHODS and a[: len(a) - len(ma)] == b[: len(b) - len(mb)]


_OPENERS = "\"<(["


_SIGNAL = re.compile(r"^SIG[A-Z0-9]+([,.;:)]?)$")  # ``SIGTERM,``: a POSIX signal's name, as ``strsignal``'s callers print it
_SIGNAL_WORD = frozenset(("signal", "sig", "signal:"))


def signal_name(t: tuple[str, ...], s: tuple[str, ...], k: int) -> bool:
    """Two signals' names in one place (``Received SIGTERM,`` / ``SIGINT,``; Go's ``signal terminated`` /
    ``signal interrupt``, which ``os.Signal``'s ``%v`` prints): a handler prints the signal it caught, one
    statement for every signal (``signal_names``, session 14).  Upper-case names with the same punctuation, or
    two lowercase words right after a shared ``signal``."""
    ma, mb = _SIGNAL.match(t[k]), _SIGNAL.match(s[k])
    if ma is not None and mb is not None:
        return ma.group(1) == mb.group(1)
    return (k > 0 and t[k - 1] == s[k - 1] and t[k - 1].lower() in _SIGNAL_WORD
            and _LOWER_WORD.match(t[k]) is not None and _LOWER_WORD.match(s[k]) is not None)


_LOWER_WORD = re.compile(r"^[a-z]{3,}$")


_CHANGE_VERBS = frozenset(("changed", "set", "switched", "transitioned", "changing", "switching"))


def changed_state(t: tuple[str, ...], s: tuple[str, ...], k: int) -> bool:
    """``health status changed to UNHEALTHY`` / ``HEALTHY``, ``mode set to active`` / ``passive``: the word ending the
    line after ``<changed|set|switched…> to`` is the new state the statement prints with one ``%s``, opposite states too
    (``changed_states``, session 14; as ``printed_state`` reads the word after a ``label:``).  Both words plain, the
    verb and ``to`` before them shared."""
    return (2 <= k == len(t) - 1 and t[k - 1] == s[k - 1] == "to" and t[k - 2] == s[k - 2]
            and t[k - 2].lower() in _CHANGE_VERBS and _STATE_WORD.match(t[k]) is not None
            and _STATE_WORD.match(s[k]) is not None)


_STATE_WORD = re.compile(r"^[A-Za-z][\w-]*[.!]?$")
