"""Fields that well-known log formats add around a message, read as values.

A program's statement is its own format string; the text a logging layout or a server adds
around it (a database user, a container runtime's stream, a web server's request context) is
values, or a trailer whose fields come and go by request.  The mask cannot know these layouts and
leaves their digit-less fields as words, so one statement splits by user, stream or by which
optional fields were printed.  Each rule here reads one documented layout; each has a ``Params``
switch and a test (tests/pipeline/test_patterns_session7.py); the layouts the miner reads are
specified in tests/pipeline/test_patterns_layouts.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from millpond.pipeline.patterns_mask import WILD
from millpond.pipeline.patterns_params import Params
from millpond.pipeline.patterns_shape import is_const, is_level_word, is_valueish
from millpond.pipeline.patterns_tokens import HTTP_METHODS

_PROGRAM_TAG = re.compile(r"^[A-Za-z_][\w./-]*\[<\*>\]:?$")
"""``smtpd[<*>]:``, ``postfix/smtpd[<*>]:``, ``proftpd[<*>]``: the TAG of an RFC 3164 header."""


def host_field(toks: tuple[str, ...]) -> tuple[str, ...]:
    """RFC 3164's HOSTNAME between the time and the program's ``name[pid]`` tag is a value, and
    so is that same name wherever the message repeats it (proftpd's ``<ts> nas proftpd[<pid>] nas
    (<ip>[<ip>]): …``).  The mask folds a host holding a digit into the time's ``<*>``
    (``<ts> mx2 smtpd[…]`` → ``<*> smtpd[<*>]:``) but leaves ``mail``, ``nas`` or
    ``ftp.example.com`` a word, which split every statement per host (session 6: proftpd, smtpd
    0.000).  Only a line opening with a value (the time, maybe after ``<PRI>``), then one token,
    then a ``name[<*>]`` tag is taken: that is the syslog header's shape, and nothing else sits
    between a time and a program tag.  A tag without the pid (``kernel:``) is left alone: after a
    time, ``<word> <word>:`` is as often the message's own start (``client connected:``).  A host
    is a name or an address: a token shaped as a tag itself (``asterisk[<*>]:``, when a host holding
    a digit was folded into the time) is the tag, and the ``NOTICE[<*>]:`` after it the message's."""
    if len(toks) < 3 or not is_valueish(toks[0]) or not _PROGRAM_TAG.match(toks[2]) or _PROGRAM_TAG.match(toks[1]):
        return toks
    host = toks[1]
    if host == WILD or not is_const(host):
        return (toks[0], *toks[2:])
    return (toks[0], toks[2], *(WILD if t == host else t for t in toks[3:]))


_THREAD = re.compile(r"^\[[^\[\]\s<>]+\]$")
_PADDED_THREAD = re.compile(r"^[^\[\]\s<>]+\]$")


def thread_field(toks: tuple[str, ...], longest: int = 6) -> tuple[str, ...]:
    """The thread in a JVM-style header, next to the level (log4j's and logback's default
    ``%d [%t] %-5p %c - %m``, Spring Boot's ``%d %5p <pid> --- [%15.15t] %-40.40logger : %m``), is
    a value: ``[main]``, ``[background-preinit]`` or ``[scheduler]`` print the same statement as
    ``[pool-1-thread-3]``, whose digits the mask takes.  Only a bracketed name within the first
    tokens after a leading value is taken (Spring's padding
    splits ``[           main]`` into ``[`` and ``main]``, taken the same way).  A bracketed name
    right before a severity word, or after Spring's ``<pid> ---``, is taken; one after the level is
    as often the statement's context that keys it (fail2ban's ``INFO [sshd] Ban <ip>``, Tomcat's
    ``INFO [main] org.apache.catalina…``: both fell when it was taken)."""
    if DASH_THREADS and len(toks) > 5 and is_level_word(toks[0]) and toks[1] == "[" + WILD + "]":
        # logback's ``%p [%d] %t - %c - %m`` (Riemann's): the thread, in words or not, up to `` - <logger> - ``
        for p in range(3, min(len(toks) - 2, 7)):
            if toks[p] == "-" and toks[p + 2] == "-" and _LOGGER_NAME.match(toks[p + 1]):
                return (*toks[:2], WILD, *toks[p:]) if p > 3 or toks[2] != WILD else toks
    if len(toks) < 3 or not is_valueish(toks[0]):
        return toks
    for i in range(1, min(len(toks) - 1, longest)):
        t = toks[i]
        padded = t == "[" and _PADDED_THREAD.match(toks[i + 1]) is not None
        end = i + 1 if padded else i
        if not padded and WORD_THREADS and (k := _thread_words(toks, i)) is not None:
            padded, end = True, k  # ``[SIGHUP handler]``, ``[Signal Dispatcher]``: a thread named in words
        if not (padded or _THREAD.match(t)) or is_level_word(t) or not any(c.islower() for w in toks[i : end + 1] for c in w):
            continue  # an upper-case tag is a component (``[MONITOR] WARN:``), which keys its statements
        if (end + 1 < len(toks) and is_level_word(toks[end + 1])) or (
                i >= 2 and toks[i - 1] == "---" and is_valueish(toks[i - 2])):
            return (*toks[:i], "[" + WILD + "]", *toks[end + 1 :])
    return toks


DASH_THREADS = 1
"""(0: off) logback's ``%p [%d] %t - %c - %m``: the thread between the date and `` - <logger> - `` is one value."""
_LOGGER_NAME = re.compile(r"^[a-z][\w$]*(?:\.[\w$<>*]+)+$")
WORD_THREADS = 1
"""(0: off) A thread named in several words (``[SIGHUP handler]``, ``[riemann task 2]``, the JVM's ``[Signal
Dispatcher]``) is taken as one bracketed name is (session 10): each name was a template of its own."""
_THREAD_WORD = re.compile(r"^(?:[\w.#$()-]|<\*>)+$")


def _thread_words(toks: tuple[str, ...], i: int, most: int = 4) -> int | None:
    """The index of the token closing a bracketed name of several words opened at ``toks[i]`` (``None``: none)."""
    t = toks[i]
    if not (t.startswith("[") and len(t) > 1 and "]" not in t and _THREAD_WORD.match(t[1:])):
        return None
    for k in range(i + 1, min(len(toks) - 1, i + most)):
        w = toks[k]
        if w.endswith("]") and "[" not in w and _THREAD_WORD.match(w[:-1] or "x"):
            return k
        if not _THREAD_WORD.match(w):
            return None
    return None


_AT_NAME = re.compile(r"^[\w.\[\]-]+@[\w.\[\]-]+([,;:)]?)$")
"""``app@shop``, ``[unknown]@[unknown]``, ``root@web``: a user at a database or a host."""


def at_names(toks: tuple[str, ...]) -> tuple[str, ...]:
    """``user@database`` and ``user@host`` are one value: PostgreSQL's Debian default
    ``log_line_prefix = '%m [%p] %q%u@%d '`` names the session's user and database before every
    statement (``app@shop LOG:``, ``[unknown]@[unknown] LOG:``), as ssh, sudo and mail logs name
    ``user@host``; without digits the mask leaves them words."""
    if not any("@" in t for t in toks):
        return toks
    out = []
    for t in toks:
        m = _AT_NAME.match(t)
        out.append(WILD + m.group(1) if m is not None and WILD not in t else t)
    return tuple(out)


def nginx_context(toks: tuple[str, ...]) -> tuple[str, ...]:
    """nginx's error log ends a request's message with its context (``ngx_http_log_error``):
    ``, client: <ip>, server: <name>, request: "<line>"`` then ``upstream:``, ``host:`` and
    ``referrer:`` only when the request had them; outside a request, a timer's message (OpenResty's
    ``ngx.timer.at`` callbacks: Kong, APISIX) ends ``, context: ngx.timer``.  Either trailer is nginx's,
    not the statement's, which logs inside a request or outside one: from ``client:`` followed by
    ``server:``, or from a ``context:`` ending the line, it is dropped with the comma before it (session
    11; before, the request's trailer was one value and the timer's a word, so each such statement of
    set 12's Kong split in two)."""
    for i in range(1, len(toks) - 1):
        if toks[i - 1].endswith(",") and (
                (toks[i] == "client:" and i + 2 < len(toks) and toks[i + 2] == "server:")
                or (NGINX_TIMERS and toks[i] == "context:" and i == len(toks) - 2)):
            return (*toks[: i - 1], toks[i - 1][:-1]) if NGINX_TIMERS else (*toks[: i + 1], WILD)
    return toks


NGINX_TIMERS = 1
"""(0: session 10's reading: a request's trailer one value ``client: <*>``, a timer's kept as words)."""


_STREAMS = frozenset(("stdout", "stderr"))


def cri_header(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A container runtime's log line (CRI, ``/var/log/containers/*.log``): ``<time> <stream>
    <F|P> <message>``.  The stream and the full/partial tag are the runtime's, not the program's."""
    if len(toks) > 3 and is_valueish(toks[0]) and toks[1] in _STREAMS and toks[2] in ("F", "P"):
        return (toks[0], *toks[3:])
    return toks


_SPAN = re.compile(r"^\w+\{")
_TARGET = re.compile(r"^[a-z_]\w*(?:::\w+)+:$")  # ``myapp::server:``


def tracing_spans(toks: tuple[str, ...], longest: int = 8) -> tuple[str, ...]:
    """Rust ``tracing``'s default format prints the spans a statement ran in between the level and
    the target: ``<time> INFO request{method=GET uri=/x}:db{name=users}: myapp::server: done``.
    The spans are the caller's context (the same statement logs inside them or outside any), so
    they are dropped; they end before the ``crate::module:`` target, or at a token ending ``}:``.
    With ``TRACING_THREADS`` (session 11, set 12's linkerd2-proxy) the thread id ``with_thread_ids``
    prints after the level (``ThreadId(<*>)``) is passed over, a span may be named ``outbound:proxy{…}``,
    a crate's root is a target too (``linkerd_reconnect:``, after a span), and after the target a field
    ``error=`` takes the words up to the next ``key=`` (tracing prints a ``%`` Display value bare:
    ``error=Connection reset by peer (os error <*>)``)."""
    k = next((i for i in range(min(3, len(toks) - 2)) if is_level_word(toks[i])), None)
    if k is None:
        return toks
    if TRACING_THREADS and toks[k + 1].startswith("ThreadId(") and k + 2 < len(toks) - 1:
        toks = (*toks[: k + 1], *toks[k + 2 :])  # the thread id: the runtime's, not the statement's
        if not (_SPAN.match(toks[k + 1]) or _NAMED_SPAN.match(toks[k + 1]) or _TARGET.match(toks[k + 1])):
            return toks
    elif not _SPAN.match(toks[k + 1]):
        return toks
    for j in range(k + 1, min(len(toks), k + 1 + longest)):
        if _TARGET.match(toks[j]) or (TRACING_THREADS and j > k + 1 and _ROOT_TARGET.match(toks[j])):
            return _error_fields((*toks[: k + 1], *toks[j:]), k + 2)
        if toks[j].endswith("}:"):
            return _error_fields((*toks[: k + 1], *toks[j + 1 :]), k + 1)
    return toks


TRACING_THREADS = 1
"""(0: off) ``tracing_spans`` past a ``ThreadId(<n>)``, with named spans, crate-root targets, bare ``error=`` values."""
_NAMED_SPAN = re.compile(r"^[a-z_]\w*:\w+\{")  # ``outbound:proxy{addr=…``: a span its layer names
_ROOT_TARGET = re.compile(r"^[a-z_][a-z0-9_]*:$")  # ``linkerd_reconnect:``: a crate's root module
_ERROR_FIELD = re.compile(r"^(?:error|err)=")


def error_values(toks: tuple[str, ...]) -> tuple[str, ...]:
    """``ERR=Connection reset by peer`` ending a line (Bareos's ``ERR=%s``, a Go ``error=%v``): a
    ``strerror`` text printed bare after an error key takes the words to the line's end (session 11)."""
    return _bare_text(toks, _ERROR_TAIL)


def reason_values(toks: tuple[str, ...]) -> tuple[str, ...]:
    """``reason=Could not retrieve source address`` ending a line (OpenSMTPD's ``mta error reason=%s``, a WebSocket
    close's ``reason=%s``, a ``cause=%s``): a reason printed bare after its key is a text of any number of words, as
    an error's is (``reason_values``, session 14).  A quoted reason is the mask's; ``status=sent (…)`` is not read
    (postfix's delivery statuses are, by our sets' labels, statements of their own)."""
    return _bare_text(toks, _REASON_TAIL)


def _bare_text(toks: tuple[str, ...], key: re.Pattern[str]) -> tuple[str, ...]:
    """The line's last ``key=`` field, if ``key`` matches it and words follow it to the line's end, as one value."""
    k = next((i for i in range(len(toks) - 1, 0, -1) if "=" in toks[i]), None)  # the line's last field
    if k is None or k == len(toks) - 1 or not key.match(toks[k]):
        return toks
    return (*toks[:k], _bare_error(toks[k]))


_ERROR_TAIL = re.compile(r"^(?:error|err|ERR)=\S")
_REASON_TAIL = re.compile(r"^(?:reason|cause)=[A-Za-z]")


def _bare_error(tok: str) -> str:
    """An error key with its bare text as one value: ``ERR=Connection`` (…) → ``ERR=<*>``."""
    return tok[: tok.index("=") + 1] + WILD


def _error_fields(toks: tuple[str, ...], start: int) -> tuple[str, ...]:
    """After a tracing target, ``error=`` and the words up to the next ``key=`` are one value."""
    if not TRACING_THREADS:
        return toks
    out: list[str] = []
    i = 0
    while i < len(toks):
        if i >= start and _ERROR_FIELD.match(toks[i]):
            out.append(_bare_error(toks[i]))
            i += 1
            while i < len(toks) and "=" not in toks[i]:
                i += 1  # the text's words, up to the next field
            continue
        out.append(toks[i])
        i += 1
    return tuple(out)


_BACKEND_SERVER = re.compile(r"^[\w.~-]+/\S+$")


def haproxy_fields(toks: tuple[str, ...]) -> tuple[str, ...]:
    """HAProxy's HTTP and TCP log formats are one statement of values after the accept date:
    ``<client> [<date>] <frontend> <backend>/<server> <timers> <status> <bytes> … <termination
    state> <conns> <queues> "<request>"``.  Names without digits (``be_static/static``), the
    ``<NOSRV>`` placeholder and the termination flags (``----``, ``SC--``) are left words by the
    mask and split it.  Taken from the frontend on, when a bare frontend name and a
    backend/server follow ``<client> [<date>]`` (``<client> [<date>] fe/1: SSL handshake failure``
    is another statement)."""
    for m in range(min(len(toks) - 3, 4)):
        if (is_valueish(toks[m]) and toks[m + 1] == "[" + WILD + "]" and "/" not in toks[m + 2]
                and not toks[m + 2].endswith(":") and _BACKEND_SERVER.match(toks[m + 3])):
            return (*toks[: m + 2], WILD)
    return toks


_MONTHS = "jan feb mar apr may jun jul aug sep sept oct nov dec".split()
_MONTH_NAMES = "january february march april may june july august september october november december".split()
_DAYS = "mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday".split()
DATE_NAMES = frozenset(w.capitalize() for w in (*_MONTHS, *_MONTH_NAMES, *_DAYS)) | frozenset(
    w.upper() for w in (*_MONTHS, *_DAYS[:7]))
"""``Nov``, ``November``, ``Thu``, ``Thursday`` (and ``NOV``, ``THU``): names in a date."""


def date_names(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A month's or a weekday's name beside the date's numbers is part of that value: the mask
    takes the numbers but leaves the names (java.util.logging's ``Nov 26, 2026 1:02:03 AM``,
    Redis's ``26 Nov 2026 01:02:03.123``, an HTTP date's ``Thu, 26 Nov 2026 … GMT``), so one
    statement split by month and by weekday.  A name next to a value is dropped."""
    if not any(t.rstrip(",.") in DATE_NAMES or t[1:].rstrip(",.") in DATE_NAMES for t in toks):
        return toks
    keep = [not (t.rstrip(",.") in DATE_NAMES and (
        (i > 0 and is_valueish(toks[i - 1])) or (i + 1 < len(toks) and is_valueish(toks[i + 1]))))
        for i, t in enumerate(toks)]
    out = [t for t, k in zip(toks, keep, strict=True) if k]
    if BRACKETED_DATES:  # session 10: ``[Mon Nov  3 18:39:36 CET 2026]``, date(1)'s default in a shell script's log
        i = 0
        while i + 1 < len(out):
            t = out[i]
            if t[:1] in "[(" and t[1:].rstrip(",.") in DATE_NAMES and is_valueish(out[i + 1]):
                out[i : i + 2] = [t[0] + out[i + 1]]  # the name opened the bracketed date: ``[<*>]``
            i += 1
    return tuple(out)


BRACKETED_DATES = 1
"""(0: off) A weekday's or month's name opening a bracketed date (``[Mon Nov <*>]``, acme.sh's
``[$(date)]``) is part of it, as it is unbracketed: the weekday split every statement seven ways."""


_DRIVER = re.compile(r"^[a-z][a-z0-9_-]*$")


def kernel_devices(toks: tuple[str, ...], longest: int = 4) -> tuple[str, ...]:
    """The kernel's device prefix (``dev_printk``: ``<driver> <device>: msg``), as dmesg or a
    ``kernel:`` syslog tag prints it after the ``[<uptime>]``: ``e1000e 0000:00:19.0 eth0: NIC
    Link is Up``, ``drbd r1/1 drbd635 node-b: Began resync``.  The device's names vary in number
    and hold no digit as often as not (a DRBD resource, a peer node), so the prefix after the
    driver's name, up to its ``:``, is one value, written without the colon: it ends the header, it
    is no context whose free text follows (the tail rules would join every message after it)."""
    k = next((i for i in range(min(len(toks), 4)) if toks[i] == "[" + WILD + "]"
              and (i == 0 or toks[i - 1] == "kernel:")), None)
    if k is None or k + 2 >= len(toks) or not _DRIVER.match(toks[k + 1]):
        return toks
    j = k + 1
    end = next((e for e in range(j + 1, min(len(toks) - 1, j + 1 + longest)) if toks[e].endswith(":")), None)
    if end is None:
        return toks
    return (*toks[: j + 1], WILD, *toks[end + 1 :])  # no ``:``: a header's end, no context owning free text


def errno_groups(toks: tuple[str, ...], longest: int = 8) -> tuple[str, ...]:
    """A system error in parentheses, ``(<errno>: <strerror>)``, is one value: nginx's and NGINX
    Unit's ``ngx_log_error(…, err, "connect() failed")`` append `` (%d: %s)`` with the error's
    number and text, so one statement printed each ``strerror`` text as a template of its own."""
    for i, t in enumerate(toks):
        if t == "(" + WILD + ":":
            end = next((j for j in range(i + 1, min(len(toks), i + 1 + longest)) if ")" in toks[j] or "(" in toks[j]), None)
            if end is not None and "(" not in toks[end] and toks[end].endswith((")", "),", ");", ").")) and toks[end].count(")") == 1:
                tail = toks[end][toks[end].index(")") + 1 :]
                return (*toks[:i], "(" + WILD + ")" + tail, *toks[end + 1 :])
            return toks
    return toks


_HOST = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")
"""An RFC 1123 host name (``sip01``, ``pbx-proxy``, ``mail.example.org``), no ``label:``."""
_PATH_TAG = frozenset((WILD + "]:", WILD + "]"))


def path_tag(toks: tuple[str, ...]) -> tuple[str, ...]:
    """RFC 3164's TAG is the name a program gave ``openlog`` (or the file name a relay was told), and
    rsyslog writes it as given: a program that logs under its path prints ``<time> <host>
    /usr/sbin/kamailio[<pid>]: …``.  The mask takes the path with its pid up to the ``]`` and folds
    a host holding a digit together with the time into one ``<*>]:``; a host without a digit stays
    a word between the time and that ``<*>]:`` (``<*> pbx-proxy <*>]:``), one token longer, and
    every statement split by the host's name.  The host is dropped, as the mask would have taken
    it.  Only a host name between a leading value and a ``<*>]:`` that ends no other token is taken."""
    return _host_before(toks, _PATH_TAG)


def _host_before(toks: tuple[str, ...], tags: frozenset[str]) -> tuple[str, ...]:
    """The shape without the host name between a leading value and one of ``tags``, as the mask
    writes it for a host holding a digit (the time, the host and the tag's masked start are one run)."""
    if len(toks) > 2 and toks[2] in tags and is_valueish(toks[0]) and _HOST.match(toks[1]) and not is_level_word(toks[1]):
        return toks[2:] if toks[0] == WILD else (toks[0], *toks[2:])
    return toks


_DIGIT_TAG = frozenset((WILD + "[" + WILD + "]:", WILD + "[" + WILD + "]"))


def digit_tag(toks: tuple[str, ...]) -> tuple[str, ...]:
    """An RFC 3164 TAG whose program name holds a digit (``python3[<pid>]:``, ``php-fpm8.2[<pid>]:``,
    ``xl2tpd[<pid>]:``): the mask takes the name, so the tag is ``<*>[<*>]:``; a host holding a digit
    joins the time's run before it (``<*>[<*>]:``), a host without one stays a word (``<*> web
    <*>[<*>]:``) and split every statement by host.  ``host_fields`` reads only a tag named in
    letters; this is the same header with the name masked."""
    return _host_before(toks, _DIGIT_TAG)


_NIL_OR_VALUE = frozenset((WILD, "-"))


def rfc5424_header(toks: tuple[str, ...]) -> tuple[str, ...]:
    """RFC 5424's header (rsyslog's ``RSYSLOG_SyslogProtocol23Format``, syslog-ng's ``syslog``
    driver): ``<PRI>1 <time> HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA MSG``, with ``-`` for a
    field left out.  The host is a value: the mask folds one holding a digit into the time, and one
    without (``web``, ``gw-router``) split each statement per host.  Taken when the shape has the
    header's form: after the leading value, a host name, an app name, a PROCID that is a value or
    ``-``, one MSGID token, then structured data that is ``-`` or a ``[…]`` element (a MSGID holding a
    digit is folded into the PROCID's ``<*>``, the structured data follows it then)."""
    if (len(toks) > 5 and toks[3] in _NIL_OR_VALUE and is_valueish(toks[0]) and _HOST.match(toks[1])
            and not is_level_word(toks[1]) and is_const(toks[2])
            and (_sd_start(toks[5]) or (toks[3] == WILD and _sd_start(toks[4])))):
        return (toks[0], *toks[2:])
    return toks


def _sd_start(tok: str) -> bool:
    return tok == "-" or (tok.startswith("[") and not tok.startswith("[" + WILD + "]"))


_SOURCE_LOCATION = re.compile(r"^\[(?:<\*>|[\w./-]+\.\w+:<\*>):[A-Za-z_]\w*\]$")
"""``[glusterd-handler.c:<*>:__glusterd_handle_cli_probe]`` (``[<*>:…]`` once the mask took the
file and line as a ``host:port``): a C program's ``__FILE__:__LINE__:__func__``."""


def functions_apart(a: str, b: str) -> bool:
    """Two source locations naming two functions (``[<*>:__glusterd_friend_update_cbk]`` /
    ``[<*>:__glusterd_handle_incoming_friend_req]``): ``__func__`` is the caller's, so two
    functions are two log calls, as two loggers are (``classes_apart``), however alike the
    messages after them (``Received ACC from uuid: <*>`` / ``Received probe from uuid: <*>``)."""
    if a == b or not (_SOURCE_LOCATION.match(a) and _SOURCE_LOCATION.match(b)):
        return False
    return a[a.rindex(":") :] != b[b.rindex(":") :]


_SOURCE_FILE = re.compile(r"^[\[(]?([A-Za-z_][\w-]*)\.(?:py|c|cc|cpp|h|go|rs|java|js|ts|rb|php)(?::\d+)?[\])]?:?$")


def files_apart(a: str, b: str) -> bool:
    """Two source files named in the header (Python's ``[%(filename)s]``, ``file.c:123``): a
    statement is written in one file, so two files are two calls, as ``functions_apart`` reads two
    C functions."""
    ma, mb = _SOURCE_FILE.match(a), _SOURCE_FILE.match(b)
    return ma is not None and mb is not None and ma.group(1) != mb.group(1)


def source_locations(toks: tuple[str, ...], longest: int = 8) -> tuple[str, ...]:
    """GlusterFS's log layout (``gf_msg``: ``[<time>] <L> [MSGID: <id>] [<file>:<line>:<function>]
    <n>-<domain>: <msg>``, and ``gf_log``'s without the MSGID) ends its header with the domain
    after the source location: the message follows it, no free text of a ``label:`` context.  The
    tail rules read ``<*>:`` after the location as such a context and joined every message of
    every function behind it.  The domain after a bracketed ``[file:line:function]`` in the
    header is written without its colon (as ``kernel_devices`` writes a device's)."""
    for i in range(1, min(len(toks) - 2, longest)):
        if _SOURCE_LOCATION.match(toks[i]):
            d = toks[i + 1]
            if len(d) > 1 and d.endswith(":") and " " not in d and d.count(":") == 1:
                return (*toks[: i + 1], d[:-1], *toks[i + 2 :])
            return toks
    return toks


def rclone_objects(toks: tuple[str, ...], longest: int = 8) -> tuple[str, ...]:
    """rclone's log layout (``fs/log.go``: ``<date> <time> %-6s: <object>: <message>``, the level
    padded before its colon, ``INFO  : photos/x.jpg: Copied (new)``) names the object a statement
    acts on before the message: a path relative to the remote, which the mask's path rule (a
    leading ``/``) leaves as words, and which holds spaces as often as not (``media/Music/Album
    01/track.flac:``), so one statement split by the object's words.  The object, up to its ``:``,
    is one value, when it follows a level and a lone ``:`` and reads as a path (a ``/`` or a ``.``
    in its first token)."""
    k = next((i for i in range(min(3, len(toks) - 3)) if is_level_word(toks[i]) and toks[i + 1] == ":"), None)
    if k is None or not ("/" in toks[k + 2] or "." in toks[k + 2]):
        return toks
    end = next((e for e in range(k + 2, min(len(toks) - 1, k + 2 + longest)) if toks[e].endswith(":")), None)
    if end is None:
        return toks
    return (*toks[: k + 2], WILD + ":", *toks[end + 1 :])


_TWISTED_SYSTEM = re.compile(r"^\[(?:-|Uninitialized|[A-Z]\w*(?: \(\w+\))?,[^\[\]\s]+)\]$")


def twisted_system(toks: tuple[str, ...]) -> tuple[str, ...]:
    """Twisted's log file layout (``twisted.python.log.FileLogObserver``, ``twistd``'s default:
    ``<time> [<system>] <message>``) names the context a statement ran in: ``-`` for none,
    ``Uninitialized`` for a protocol not yet connected, ``<Protocol>,<session>,<peer>`` or
    ``<Protocol>,client`` for a connection.  The mask takes a system holding a digit with the time
    (``[HTTPChannel,5,10.0.0.1]``) but leaves ``[-]`` and ``[Uninitialized]``, so one statement split
    by where it ran.  Such a field right after a leading value is dropped, as the mask would have."""
    if len(toks) > 2 and _TWISTED_SYSTEM.match(toks[1]) and is_valueish(toks[0]):
        return (toks[0], *toks[2:])
    return toks


_LXC_TOOL = re.compile(r"^lxc(?:-[a-z]+)?$")


def lxc_header(toks: tuple[str, ...]) -> tuple[str, ...]:
    """LXC's log file layout (``src/lxc/log.c``: ``"%s%s%s %s %-8s %s - %s:%s:%d - "``, the tool,
    the container's name, the time, the priority, the category, then ``file:function:line``):
    ``lxc-start build-7 20261115154248.242 DEBUG conf - …``.  Tool and container are the caller's,
    not the statement's: ``lxc-start`` / ``lxc-execute``, ``web`` / ``u2404`` split one statement
    (the mask folds a container name holding a digit into the time, a name of letters stays a
    word).  Up to the time, the header is one value."""
    if len(toks) > 3 and _LXC_TOOL.match(toks[0]):
        for i in (1, 2):
            if toks[i] == WILD and i + 1 < len(toks) and is_level_word(toks[i + 1]):
                return (WILD, *toks[i + 1 :])
    return toks


_CISCO_ID = re.compile(r"^%[A-Z][A-Z0-9_]*-<\*>-[A-Z][A-Z0-9_]*:$")
"""``%LINK-<*>-UPDOWN:``: Cisco's ``%FACILITY-SEVERITY-MNEMONIC:`` once the mask took the severity digit."""


def _cisco_header_field(toks: tuple[str, ...], i: int) -> bool:
    """A value (the sequence number, a time, maybe marked), the origin-id's ``name:``, or a relay's
    host name right after its time."""
    t = toks[i].lstrip("*.")  # ``*``: the clock is not authoritative, ``.``: it was, but is not synchronised now
    if is_valueish(t) or t in DATE_NAMES:  # the timestamp's month, which a marker kept from the mask
        return True
    return (is_const(t) and _HOST.match(t.rstrip(":")) is not None and not is_level_word(t)
            and (t.endswith(":") or (i == 1 and is_valueish(toks[0]))))


def cisco_header(toks: tuple[str, ...], longest: int = 8) -> tuple[str, ...]:
    """Cisco IOS's system message format: ``<seq no>: <origin-id>: <*|.><timestamp>:
    %FACILITY-SEVERITY-MNEMONIC: <description>``, each field before the ``%`` optional (``service
    sequence-numbers``, ``logging origin-id hostname``, ``service timestamps``), maybe after a relay's
    syslog header.  The device's name is a word when it holds no digit, and the clock's ``*`` or
    ``.`` marker comes and goes with NTP, so one message split by device and by clock state.
    Everything before the mnemonic, when it is only values, names and markers, is one value."""
    j = next((i for i in range(1, min(len(toks), longest)) if _CISCO_ID.match(toks[i])), None)
    if j is None or not all(_cisco_header_field(toks, i) for i in range(j)):
        return toks
    return (WILD, *toks[j:])


def request_lines(toks: tuple[str, ...]) -> tuple[str, ...]:
    """An HTTP request line's method before its target (RFC 9112: ``method SP request-target``;
    ``GET /``, ``"POST /api``, ``PUT <*>``) is a value, as the target is: a server's ``<client>
    <method> <path>`` is one statement whatever the method, though it holds no word of its own
    (then only an equal shape joins it, ``exact_joins``)."""
    out = None
    for i in range(len(toks) - 1):
        m = toks[i].lstrip('"')
        if m in HTTP_METHODS and (toks[i + 1][:1] in ("/", "<") or toks[i + 1].startswith(("http://", "https://"))):
            out = out or list(toks)
            out[i] = toks[i][: len(toks[i]) - len(m)] + WILD
    return toks if out is None else tuple(out)


# --- session 9: S9-pyjvm ---

_TASK = re.compile(r"^[A-Za-z_][\w.]*\[<\*>\]$")
"""``proj.tasks.add[<*>]``: a Celery task's name and its id."""


def task_results(toks: tuple[str, ...], longest: int = 4) -> tuple[str, ...]:
    """Celery's worker logs a task's outcome with the formats of ``celery/app/trace.py``: ``LOG_SUCCESS``
    ``Task %(name)s[%(id)s] succeeded in %(runtime)ss: %(return_value)s``, ``LOG_FAILURE`` ``Task
    %(name)s[%(id)s] %(description)s: %(exc)s``, ``LOG_RETRY`` ``Task %(name)s[%(id)s] retry: %(exc)s``.
    After the statement's words and their ``:``, the line ends with the repr of what the task returned
    or raised (``None``, ``8``, ``{'status': 'ok'}``, ``KeyError('user_id')``): one value, however many
    words it prints (the mask folds a return value holding a digit into the runtime's ``<*>``)."""
    for i in range(len(toks) - 2):
        if toks[i] == "Task" and _TASK.match(toks[i + 1]):
            end = next((j for j in range(i + 2, min(len(toks) - 1, i + 2 + longest)) if toks[j].endswith(":")), None)
            if end is None:
                return toks
            return (*toks[:end], WILD) if toks[end] == WILD + ":" else (*toks[: end + 1], WILD)
    return toks


_JUL_LEVELS = frozenset(("SEVERE", "WARNING", "INFO", "CONFIG", "FINE", "FINER", "FINEST"))
"""``java.util.logging.Level``'s names, as ``getLocalizedName`` prints them in English."""
_JUL_SOURCE = re.compile(r"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){2,}$")  # ``org.apache.catalina.startup.Catalina.start``
_BRACKET_NAME = re.compile(r"^\[[^\[\]\s]+\]$")  # ``[main]``, ``[orders]``: one bracketed field


def tomcat_params(toks: tuple[str, ...], longest: int = 4) -> tuple[str, ...]:
    """Tomcat's ``OneLineFormatter`` (``org/apache/juli/OneLineFormatter.java``, the default of its
    ``conf/logging.properties``) writes ``<dd-MMM-yyyy HH:mm:ss.SSS> <LEVEL> [<thread>] <class>.<method>
    <message>``, and Tomcat's messages (its ``LocalStrings.properties``) put every parameter in brackets:
    ``Deploying web application directory [{0}]``, ``The web application [{0}] appears to have started a
    thread named [{1}] …``.  A bracketed parameter is a value however many words it holds (``[ROOT]``,
    ``[Apache Tomcat Native library]``), which the mask leaves as words when it holds no digit: one
    statement split by web application.  In a line of that layout (a JUL level name, a ``[thread]``
    and a ``class.method`` source), each bracketed run of the message is one value.  The thread stays
    as it is: read as a value it let two methods' lines of one class meet (``AbstractProtocol.start
    Starting ProtocolHandler`` / ``AbstractProtocol.pause Pausing …``, as ``thread_fields`` found)."""
    if (len(toks) < 5 or toks[1] not in _JUL_LEVELS or not is_valueish(toks[0]) or not _BRACKET_NAME.match(toks[2])
            or not _JUL_SOURCE.match(toks[3])):
        return toks
    out = list(toks[:4])
    k = 4
    while k < len(toks):
        t = toks[k]
        end = None
        if t.startswith("[") and t.count("[") == 1:
            end = next((e for e in range(k, min(len(toks), k + longest))
                        if "]" in toks[e] and (e == k or "[" not in toks[e])), None)
        if end is None or toks[end].count("]") != 1 or (end == k and t.index("]") < t.index("[")):
            out.append(t)
            k += 1
            continue
        tail = toks[end][toks[end].index("]") + 1 :]
        out.append("[" + WILD + "]" + tail if not tail or all(c in ".,:;" for c in tail) else t)
        k = end + 1 if out[-1] != t else k + 1
    return tuple(out)


def spring_app_names(toks: tuple[str, ...], longest: int = 6) -> tuple[str, ...]:
    """Spring Boot 3.4's console layout (``org/springframework/boot/logging/logback/defaults.xml``,
    ``CONSOLE_LOG_PATTERN``: ``%d %5p ${PID} --- %esb(){APPLICATION_NAME}%esb{APPLICATION_GROUP}[%15.15t]
    %-40.40logger{39} : %m``) puts the application's name and group in brackets between ``---`` and
    the thread once ``spring.application.name`` is set: ``4242 --- [orders] [           main]``.
    ``thread_fields`` reads the bracketed field after ``<pid> ---`` as the thread, so it took the
    application's name and left the padded thread (``[``, ``main]``) a word.  The names before the
    thread (a bracketed field followed by another, or by the padding's lone ``[``) are dropped: one
    application's name is constant in its stream."""
    i = _pid_dashes(toks, longest, 2)
    if i is None:
        return toks
    j = i + 1
    while j + 1 < len(toks) and j < i + 4 and _BRACKET_NAME.match(toks[j]) and toks[j + 1].startswith("["):
        j += 1
    if j == i + 1:
        return toks
    return (*toks[: i + 1], *toks[j:])


def _pid_dashes(toks: tuple[str, ...], longest: int, room: int) -> int | None:
    """Where Spring Boot's ``<pid> ---`` separator stands within the first ``longest`` tokens, ``room``
    tokens at least before the line's end (``None``: not Spring's layout)."""
    return next((k for k in range(1, min(len(toks) - room, longest)) if toks[k] == "---" and is_valueish(toks[k - 1])),
                None)


def spring_threads(toks: tuple[str, ...], longest: int = 6, widest: int = 4) -> tuple[str, ...]:
    """Spring Boot's console layout (``%d %5p ${PID} --- [%15.15t] %-40.40logger{39} : %m``, every
    Spring Boot application's default) pads the thread to 15 characters inside its brackets:
    ``[           main]``, ``[  XNIO-1 task-3]``, ``[   XNIO-1 I/O-4]``, ``[back-1-thread-1]``.  The mask
    reads those as ``[`` and a word, as ``[`` and a value that took the closing bracket, or as one value,
    so one statement split by its thread's name.  Between ``<pid> ---`` and the logger's name before
    `` : `` (up to ``widest`` tokens, opening with ``[`` or a value) is the thread: one value (session 11,
    set 12's Lavalink)."""
    i = _pid_dashes(toks, longest, 3)
    if i is None or not (toks[i + 1].startswith("[") or toks[i + 1] == WILD):
        return toks
    for j in range(i + 2, min(len(toks) - 1, i + 2 + widest)):
        if toks[j + 1] == ":" and _LOGGER_NAME.match(toks[j]):
            return (*toks[: i + 1], "[" + WILD + "]", *toks[j:])
    return toks


def hosting_requests(toks: tuple[str, ...], longest: int = 4) -> tuple[str, ...]:
    """ASP.NET Core's request lines (``Microsoft.AspNetCore.Hosting``'s ``HostingRequestStartingLog`` and
    ``HostingRequestFinishedLog.ToString``: ``Request starting {Protocol} {Method} {Scheme}://{Host}{PathBase}{Path}
    {QueryString} - {ContentType} {ContentLength}`` and ``Request finished … - {StatusCode} {ContentLength}
    {ContentType} {ElapsedMilliseconds}ms``, ``-`` for what the request or response lacked, the content type's
    spaces escaped as ``+``): after the URL's `` - `` every field is a value, but the mask leaves a content type
    a word (``text/plain``, ``application/json``) and folds the ``-`` markers into runs of other lengths, so one
    statement split by content type and by which fields were empty.  After ``Request starting|finished
    HTTP/<*>`` and the first lone ``-``, the rest is one value."""
    for i in range(len(toks) - 3):
        if toks[i] == "Request" and toks[i + 1] in ("starting", "finished") and toks[i + 2].startswith("HTTP/"):
            end = next((k for k in range(i + 3, min(len(toks) - 1, i + 3 + longest)) if toks[k] == "-"), None)
            return toks if end is None else (*toks[: end + 1], WILD)
    return toks


_JETTY9 = re.compile(r"^<\*>:(INFO|WARN|DBUG|IGNORED):([A-Za-z_$][\w.$]*):(.+)$")
_JETTY10_LEVEL = re.compile(r"^<\*>:(INFO|WARN|DEBUG|ERROR|TRACE)$")
_JETTY10_REST = re.compile(r"^:([A-Za-z_$][\w.$]*):(.+)$")


def jetty_headers(toks: tuple[str, ...]) -> tuple[str, ...]:
    """Jetty's own console log: 9.x ``StdErrLog.tag`` writes ``<date>.<ms>:INFO:<abbreviated logger>:<thread>: msg``
    (``:WARN:``, ``:DBUG:``), 10+ ``StdErrAppender`` the same with the level padded to five (``:INFO :``), all glued
    into one token.  The mask takes a thread holding a digit (``qtp1234567-12``) together with a value that follows
    it (``…:<*>;`` for ``qtp…-12: jetty-9.4.50;``) but leaves ``main``, ``Scanner-0``'s neighbours and the logger in
    the token, so one statement split by thread.  The header is read as its fields, the time, the level, the
    logger, and the thread as a value (joined with a value right after it, as the mask joins a run)."""
    if not toks:
        return toks
    m = _JETTY9.match(toks[0])
    if m is not None:
        level, logger, thread, k = m[1], m[2], m[3], 1
    else:
        lv = _JETTY10_LEVEL.match(toks[0])
        m = _JETTY10_REST.match(toks[1]) if lv is not None and len(toks) > 1 else None
        if m is None:
            return toks
        level, logger, thread, k = lv[1], m[1], m[2], 2
    if not thread.startswith(WILD):
        if WILD in thread or not thread.endswith(":"):
            return toks
        thread = WILD + ":"
        if k < len(toks) and toks[k].startswith(WILD):
            thread, k = toks[k], k + 1  # ``main: <*>;`` as the mask folds ``qtp…-1: <*>;``
    return (WILD, level, logger, thread, *toks[k:])


def connect_contexts(toks: tuple[str, ...]) -> tuple[str, ...]:
    """Kafka Connect's ``config/connect-log4j.properties`` (``connect.log.pattern=[%d] %p %X{connector.context}%m (%c:%L)%n``,
    KIP-449) puts the connector context, ``[<connector>|task-<n>] `` or ``[<connector>|worker] ``, before the message only
    when the statement runs on a connector's own thread: the same call prints with and without it, one token longer.
    After ``[<time>] <LEVEL>``, that context (``[<name>|<*>]``, ``[<*>]``, or a value once the mask took it all), in a line ending
    with Connect's ``(<class>:<line>)`` (``(<*>)`` once masked), is dropped."""
    if (len(toks) > 4 and toks[0] == "[" + WILD + "]" and is_level_word(toks[1]) and toks[-1] == "(" + WILD + ")"
            and (toks[2] in (WILD, "[" + WILD + "]") or _CONNECT_CONTEXT.match(toks[2]))):
        return (*toks[:2], *toks[3:])
    return toks


_CONNECT_CONTEXT = re.compile(r"^\[[^\[\]\s|]+\|[^\[\]\s|]+\]$")  # ``[jdbc-sink|<*>]``, ``[jdbc-sink|worker]``


_COUCH_LEVEL = re.compile(r"^\[(?:debug|info|notice|warning|error|critical|alert|emergency)\]$")


def couch_msg_ids(toks: tuple[str, ...]) -> tuple[str, ...]:
    """CouchDB's log line (``couch_log_writer_stderr``/``_file``: ``"[~s] ~s ~s ~p ~s "``, the level, the time, the node,
    the pid and the request's id) prints ``--------`` for the id outside a request (``couch_log_util:get_msg_id``): the
    placeholder is a value, joined with a value right after it as the mask joins a run (``<*>> -------- <*> admin`` /
    ``<*>> <*> admin`` once a request's id and the peer's address folded into one)."""
    if len(toks) < 3 or not _COUCH_LEVEL.match(toks[0]):
        return toks
    k = next((i for i in range(1, min(len(toks), 4)) if toks[i] == "--------"), None)
    if k is None or WILD not in toks[k - 1]:
        return toks
    if k + 1 < len(toks) and toks[k + 1].startswith(WILD):
        return (*toks[:k], *toks[k + 1 :])  # ``-------- <*> admin``: the id and the peer, one run
    return (*toks[:k], WILD, *toks[k + 1 :])


# --- session 9: S9-gonode ---

_JSON_KEY = re.compile(r'\s*"((?:[^"\\]|\\.)*)"\s*:\s*')
_JSON_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_LOGFMT_BARE = re.compile(r"^[^\s\"=]+$")
_MESSAGE_KEYS = frozenset(("msg", "message", "event"))
"""The keys a JSON record's message is under that the mask keeps (``patterns_mask._PROTECTED``): ``msg`` (slog,
zap, logrus, pino, bunyan), ``message`` (zerolog, winston, ECS, python-json-logger), ``event`` (structlog's
event dict, ``JSONRenderer``)."""
_RUNTIME_WORDS = frozenset(("stdout", "stderr", "F", "P"))
"""A container runtime's stream and full/partial tag (CRI) before the record (``<time> stdout F {…}``)."""


def _json_value_end(text: str, i: int) -> int:
    """The end of the JSON value starting at ``text[i]`` (a string, a nested object or array, a literal
    or a masked ``<*>``), or -1 when it is not one."""
    if text.startswith('"', i):
        m = _JSON_STRING.match(text, i)
        return m.end() if m else -1
    if text[i : i + 1] in ("{", "["):
        depth, j, n = 0, i, len(text)
        while j < n:
            c = text[j]
            if c == '"':
                m = _JSON_STRING.match(text, j)
                if m is None:
                    return -1
                j = m.end()
                continue
            if c in "{[":
                depth += 1
            elif c in "}]":
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
        return -1
    j = i
    while j < len(text) and text[j] not in ",}":
        j += 1
    return j if j > i else -1


def json_fields(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A JSON log line is the record a structured logger's text encoder prints as logfmt: Go's
    ``log/slog`` writes one record through ``TextHandler`` (``time=… level=INFO msg="…" k=v``) or
    ``JSONHandler`` (``{"time":"…","level":"INFO","msg":"…","k":"v"}``, ``src/log/slog/handler.go``,
    ``handleState``: the same attrs, two encodings), as logrus's ``TextFormatter``/``JSONFormatter``,
    zap's console/JSON encoders and zerolog's ``ConsoleWriter``/JSON do.  Go's ``encoding/json``,
    JavaScript's ``JSON.stringify`` (pino, bunyan, winston) print it without spaces (RFC 8259 allows
    either), so a compact line is a few long tokens, a member glued to its neighbours and to the
    message's first word: a context field a child logger adds (``"service":"api",``) or a header
    member a handler adds (``"source":{…}``) changed the message's token, and one statement split.
    A line that is one JSON object holding the message under a key the mask keeps (``_MESSAGE_KEYS``) is
    read as its fields, written as logfmt: ``key=value`` per top-level member, in order, a string unquoted
    unless it holds a space (logfmt's ``needsQuoting``), a nested object or array one value; the rules for
    logfmt's optional fields apply then.  The object may follow a few values and a container runtime's
    ``stdout F`` (a CRI log file's ``<time> <stream> <F|P>``), which stay as they are."""
    if not toks or not toks[-1].endswith("}"):
        return toks
    start = next((k for k in range(min(len(toks), 4)) if toks[k].startswith('{"')), None)
    if start is None or not all(is_valueish(t) or t in _RUNTIME_WORDS for t in toks[:start]):
        return toks
    head, toks = toks[:start], toks[start:]
    text = " ".join(toks)
    out: list[str] = list(head)
    i, n, has_msg = 1, len(text), False
    while i < n:
        m = _JSON_KEY.match(text, i)
        if m is None:
            return (*head, *toks)
        key = m.group(1)
        j = m.end()
        end = _json_value_end(text, j)
        if end < 0 or not key or "=" in key:
            return (*head, *toks)
        key = key.replace(" ", "_")  # controller-runtime's ``"worker count"``: one key
        value = text[j:end].strip()
        if value[:1] in ("{", "["):
            value = WILD
        elif value.startswith('"'):
            inner = value[1:-1]
            if key in _MESSAGE_KEYS:
                has_msg = True
            value = inner if _LOGFMT_BARE.match(inner) else value
        out.extend(f"{key}={value}".split())
        while end < n and text[end] == " ":
            end += 1
        if end < n and text[end] == ",":
            i = end + 1
        elif end < n and text[end] == "}" and text[end + 1 :].strip() == "":
            break
        else:
            return (*head, *toks)
    return tuple(out) if has_msg and len(out) > len(head) else (*head, *toks)


_NPM_LEVEL = re.compile(r"^(?:error|warn|info|http|verbose|debug|silly):$")


def winston_rest(toks: tuple[str, ...]) -> tuple[str, ...]:
    """winston's ``format.simple()`` (logform ``simple.js``): ``${info.level}:${padding} ${info.message}
    ${stringifiedRest}``, the rest of the info object (the logger's ``defaultMeta``, a child's meta, the call's
    meta, ``format.timestamp()``'s ``timestamp``) as one JSON object, left out when it is empty.  Which of
    them a line carries is the logger's, not the statement's: the trailing object is dropped.  Taken after
    one of winston's default (npm) levels and its colon, when the line ends in a JSON object."""
    if len(toks) < 3 or not _NPM_LEVEL.match(toks[0]) or not toks[-1].endswith("}"):
        return toks
    for k in range(len(toks) - 1, 1, -1):
        if toks[k].startswith('{"'):
            tail = " ".join(toks[k:])
            return toks[:k] if _json_value_end(tail, 0) == len(tail) else toks
    return toks


_CLF_NAME = re.compile(r"^(?:-|[\w.@$-]+)$")


def clf_fields(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The Common Log Format (NCSA; Apache's mod_log_config ``%h %l %u %t "%r" %>s %b``, the combined format adding
    ``"%{Referer}i" "%{User-agent}i"``; nginx's and morgan's ``combined`` print the same): every field is a value,
    ``-`` where there is none — ``%b`` is ``-`` "rather than a 0 when no bytes are sent" (a 304, a HEAD), morgan's
    ``:res[content-length]`` ``-`` without a ``Content-Length``.  One statement split by whether the size was sent.
    Taken when a value, ``%l`` and ``%u`` (``-`` or a name) and the bracketed time open the line: a ``-`` between
    two values after the time (or ending the line) is that absent value, joined into their run.  (The user
    ``%u`` is left as the mask wrote it: read as a value, the rest of a custom format — nginx's ``rt=… uct=…`` —
    was all that kept two ``log_format``s apart, and the optional-field rules joined them.)"""
    if (len(toks) < 5 or toks[3] != "[" + WILD + "]" or not is_valueish(toks[0]) or not _CLF_NAME.match(toks[1])
            or not _CLF_NAME.match(toks[2]) or is_level_word(toks[1]) or is_level_word(toks[2])):
        return toks
    out = list(toks[:4])
    for k in range(4, len(toks)):
        t = toks[k]
        if out[-1] == WILD and (t == WILD or (t == "-" and (k + 1 == len(toks) or toks[k + 1] == WILD))):
            continue
        out.append(t)
    return tuple(out)


def rails_additions(toks: tuple[str, ...]) -> tuple[str, ...]:
    """Rails' request summary (actionpack ``ActionController::LogSubscriber#process_action``: ``Completed #{status}
    #{Rack::Utils::HTTP_STATUS_CODES[status]} in %.0fms (#{additions.join(" | ")})``, the additions ``Views: …`` when
    the action rendered, ``ActiveRecord: …`` when it queried, then ``Allocations: …`` / ``GC: …``): which additions
    a request printed is the request's, not the statement's, so the parenthesised list is one value."""
    for i in range(len(toks) - 3):
        if toks[i] == "Completed" and toks[i + 2] == "in" and i + 4 < len(toks) and toks[i + 4].startswith("("):
            end = next((j for j in range(i + 4, len(toks)) if toks[j].endswith(")")), None)
            if end is None:
                return toks
            return (*toks[: i + 4], "(" + WILD + ")", *toks[end + 1 :])
    return toks


_SEVERITY = re.compile(r"^(?:DEBUG|INFO|WARN|ERROR|FATAL|UNKNOWN):$")


def sidekiq_context(toks: tuple[str, ...], longest: int = 8) -> tuple[str, ...]:
    """Sidekiq's default formatter (``Sidekiq::Logger::Formatters::Pretty``: ``#{time.utc.iso8601(3)} pid=#{pid}
    tid=#{tid}#{format_context} #{severity}: #{message}``, the job's context ``class=… jid=…`` (``bid=`` in a batch,
    ``elapsed=`` on ``done`` and ``fail``) printed only inside a job) puts the message after the severity; the
    ``key=value`` fields before it are the header, and a one-word message (``start``, ``done``, ``fail``) was
    outweighed by them.  From ``pid=`` to the severity, the header is dropped."""
    if len(toks) < 4 or not toks[1].startswith("pid=") or not toks[2].startswith("tid=") or not is_valueish(toks[0]):
        return toks
    for j in range(3, min(len(toks), 3 + longest)):
        if _SEVERITY.match(toks[j]):
            return (toks[0], *toks[j:])
        if "=" not in toks[j]:
            return toks
    return toks


def npm_fetch(toks: tuple[str, ...]) -> tuple[str, ...]:
    """npm's request line (npm-registry-fetch ``lib/check-response.js``, ``logRequest``: ``log.http('fetch',
    `${METHOD} ${status} ${url} ${elapsed}ms${attemptStr}${cacheStr}`)``, `` attempt #n`` only on a retry,
    `` (cache <status>)`` only when the local cache answered), as npm prints it (``npm http fetch …``) or writes it
    to its debug log (``<n> http fetch …``): the retry and cache clauses are the request's, not the statement's,
    so they are dropped."""
    if len(toks) < 5 or toks[1] != "http" or toks[2] != "fetch" or toks[0] not in ("npm", WILD):
        return toks
    end = next((j for j in range(3, len(toks)) if toks[j] == "attempt" or toks[j] == "(cache"), None)
    return toks if end is None else toks[:end]


_SLOG_LEVELS = frozenset(("CRIT", "ERRO", "WARN", "INFO", "DEBG", "TRCE"))
_PAIR_KEY = re.compile(r"^[A-Za-z_][\w.-]*:$")


def slog_term_pairs(toks: tuple[str, ...], longest: int = 3) -> tuple[str, ...]:
    """slog-term's FullFormat (Rust slog, ``src/lib.rs``: ``print_msg_header`` writes the time, the level's short
    name — ``CRIT ERRO WARN INFO DEBG TRCE`` (slog's ``Level::as_short_str``) — and the message; the ``Serializer``
    then ``, key: value`` for each of the record's and the logger's pairs) ends the line with its structured
    fields, a child logger's context among them, present or not by the logger that wrote it.  The pairs after
    the message are written as ``key=value`` fields, so the rules for logfmt's optional fields apply."""
    k = next((i for i in range(min(len(toks), longest + 1)) if toks[i] in _SLOG_LEVELS), None)
    if k is None or k == 0 or not is_valueish(toks[k - 1]):
        return toks
    # the pairs run from the end backwards: ``key:`` then a value token ending in ``,`` (the last one without)
    j = len(toks)
    while j - 2 > k + 1 and _PAIR_KEY.match(toks[j - 2]) and " " not in toks[j - 1] and (
            j == len(toks) or toks[j - 1].endswith(",")) and not toks[j - 1].endswith(":") and toks[j - 3].endswith(","):
        j -= 2
    if j == len(toks):
        return toks
    pairs = [f"{toks[m][:-1]}={toks[m + 1].rstrip(',')}" for m in range(j, len(toks), 2)]
    return (*toks[: j - 1], toks[j - 1].rstrip(","), *pairs)


_REPORT_LEVEL = re.compile(r"^\[(?:debug|info|notice|warning|error|critical|alert|emergency)\]$")


def report_pairs(toks: tuple[str, ...], least: int = 3) -> tuple[str, ...]:
    """EMQX's text formatter (``apps/emqx/src/emqx_logger_textfmt.erl``) prints an Erlang ``logger`` report
    after ``<time> [<level>]`` as ``key: value`` pairs joined by ``, `` — ``clientid: c1, msg: socket_error,
    peername: …, username: …, pid: <…>, reason: …`` —, a pair present or not by the call (``username`` only
    once a client has one).  The pairs are written as ``key=value`` fields, so the rules for logfmt's
    optional fields apply and ``msg`` names the statement as it does in logfmt (session 10).  A value runs to
    the ``,`` before the next ``key:`` (one of several words is one value: an alarm's text, an Erlang term
    printed with spaces); at least ``least`` pairs, from the first token after the level."""
    if len(toks) < 2 * least + 2 or not _REPORT_LEVEL.match(toks[1]) or not is_valueish(toks[0]):
        return toks
    out = list(toks[:2])
    i, pairs = 2, 0
    while i < len(toks):
        if not _PAIR_KEY.match(toks[i]) or i + 1 >= len(toks):
            return toks
        j = i + 1  # the value's tokens: up to one ending in ``,`` before the next key, or the line's end
        while j + 1 < len(toks) and not (toks[j].endswith(",") and _PAIR_KEY.match(toks[j + 1])):
            j += 1
        if j == i + 1:
            out.append(f"{toks[i][:-1]}={toks[i + 1]}")
        else:  # a value of several words (an alarm's text, an Erlang term printed with spaces): one value
            out.append(f"{toks[i][:-1]}={WILD}{',' if toks[j].endswith(',') else ''}")
        pairs += 1
        i = j + 1
    return tuple(out) if pairs >= least else toks


_JOB_TAG = re.compile(r"^\[([A-Z]\w*(?:::[A-Z]\w*)*)\]$")


def activejob_tags(toks: tuple[str, ...]) -> tuple[str, ...]:
    """Active Job's log tags (``activejob/lib/active_job/logging.rb``: ``tag_logger("ActiveJob")``, then
    ``tag_logger(job.class.name, job.job_id)`` while a job runs): ``[ActiveJob] [<job class>] [<job id>]``.  The
    class is the job's, a value of the statement (``Performing #{job.class.name} (Job ID: …)``), printed again in
    the message; a Ruby class name has no digit, so the mask left it a word, and the class-name rules kept each
    class's lines apart.  The class tag, and the class name where the message repeats it, are values."""
    k = next((i for i in range(min(len(toks) - 3, 6)) if toks[i] == "[ActiveJob]"), None)  # after a logger's header
    if k is None or toks[k + 2] != "[" + WILD + "]" or (m := _JOB_TAG.match(toks[k + 1])) is None:
        return toks
    name = m.group(1)
    return (*toks[: k + 1], "[" + WILD + "]", toks[k + 2], *(WILD if t == name else t for t in toks[k + 3 :]))


"""(session 9, S9-gonode) a JSON record is read as its fields before any other layout; the others after."""


# --- session 9: S9-infra ---

_CRDB_MARKER = "\u22ee"  # ``⋮``: CockroachDB's redactability marker


def crdb_prefix(toks: tuple[str, ...]) -> tuple[str, ...]:
    """CockroachDB's log file format ``crdb-v2`` (``pkg/util/log/format_crdb_v2.go``, the default
    since v21.1: ``Lyymmdd hh:mm:ss.uuuuuu goid [chan@]file:line marker [tags...] counter cont``):
    after the redactability marker ``⋮`` come the logging tags (``[-]`` when there are none,
    ``[n1]``, ``[n1,client=<addr>,user=root]``) and the entry counter, the caller's context, not
    the statement's; the mask leaves ``[-]`` a word, takes ``[n1]`` apart from the counter and folds
    a tag list's ``]`` into the counter, so one statement split by its tags.  Tags and counter are
    one value.  With the marker, the message encloses each sensitive value in ``‹…›``
    (``closing connection: ‹connection reset by peer›``): each such span is one value too."""
    if _CRDB_MARKER not in toks:
        return toks
    m = toks.index(_CRDB_MARKER)
    if not 0 < m < 5 or m + 2 >= len(toks):  # right after the header's file:line
        return toks
    t = toks[m + 1]
    if t.startswith("[") and t.endswith("]") and is_valueish(toks[m + 2]):
        out = [*toks[: m + 1], WILD, *toks[m + 3 :]]  # ``[-] <*>``, ``[<*>] <*>``
    elif t.startswith("[") and not t.endswith("]") and t.endswith(WILD):
        out = [*toks[: m + 1], WILD, *toks[m + 2 :]]  # ``[<*>,client=<*>,user=<*>``: the counter is in it
    else:
        out = list(toks)
    return tuple(_redacted(out, m + 1))


def _redacted(toks: list[str], start: int) -> list[str]:
    """``‹…›`` spans from ``start`` on, each one value (a span may hold spaces)."""
    out, i = toks[:start], start
    while i < len(toks):
        t = toks[i]
        a = t.find("\u2039")
        if a < 0:
            out.append(t)
            i += 1
            continue
        j = next((k for k in range(i, len(toks)) if "\u203a" in toks[k][(a + 1 if k == i else 0):]), None)
        if j is None:
            out.extend(toks[i:])
            break
        tail = toks[j][toks[j].index("\u203a", a + 1 if j == i else 0) + 1 :]
        out.append(t[:a] + WILD + tail)
        i = j + 1
    return out


_UNIFIED_LEVELS = frozenset(("[DEBUG]", "[INFO]", "[WARN]", "[ERROR]", "[FATAL]"))
_UNIFIED_FIELD = re.compile(r"^\[([\w.-]+=.*)$")


def unified_fields(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The unified log format of TiDB, TiKV and PD (``tikv/rfcs`` ``text/0018-unified-log-format.md``,
    ``pingcap/log`` ``zap_text_encoder.go``): ``[<time>] [LEVEL] [<file>:<line>] [<message>]
    [<key>=<value>]…``, every field in brackets, a value quoted when it holds a space.  The fields
    after the message are a structured logger's key/value fields, as logfmt's: a context logger adds
    ``[conn=<id>] [session_alias=]`` before the call's own fields, so one statement printed them or
    not by where it ran.  Written without their brackets (``conn=<*>``) they are read as key=value
    fields, which a line may or may not carry."""
    if len(toks) < 5 or toks[1] not in _UNIFIED_LEVELS or not toks[0].startswith("[") or not is_valueish(toks[0]) \
            or not (toks[2].startswith("[") and toks[2].endswith("]")):
        return toks
    out = list(toks)
    for k in range(4, len(toks)):
        m = _UNIFIED_FIELD.match(toks[k])
        if m is not None:
            f = m.group(1)
            out[k] = f[:-1] if f.endswith("]") and f.count("]") > f.count("[") else f
    return tuple(out)


_NATS_CONN = re.compile(r"^[cgrlmw]id:<\*>$")


def nats_clients(toks: tuple[str, ...]) -> tuple[str, ...]:
    """NATS server's connection prefix (``server/client.go``: ``initClient`` stores ``"%s - cid:%d"``
    (``rid:`` a route, ``gid:`` a gateway, ``lid:`` a leaf node, ``wid:``/``mid:`` websocket and
    MQTT clients) and ``processConnect`` appends, once the client's CONNECT named them, ``" - %q"``
    of ``v<version>:<lang>:<name>`` and ``" - %q"`` of ``<account>/<user>``; ``Debugf``/``Noticef``
    print ``"%s - %s"`` of that prefix and the message).  The quoted names come only after CONNECT,
    so one statement (``Client connection closed: <reason>``) split by whether the client had said
    its name.  They are dropped: the connection's id ends the prefix."""
    for i in range(2, min(len(toks) - 3, 8)):
        if _NATS_CONN.match(toks[i]) and toks[i - 1] == "-":
            j = i + 1
            while j + 2 < len(toks) and toks[j] == "-" and toks[j + 1] == WILD and toks[j + 2] == "-":
                j += 2
            return toks if j == i + 1 else (*toks[: i + 1], *toks[j:])
    return toks


_UNIT = re.compile(r"^[\w@:.\\<>*-]+\.(service|socket|device|mount|automount|swap|target|path|timer|slice|scope)$")


def unit_status(toks: tuple[str, ...]) -> tuple[str, ...]:
    """systemd's job messages (``src/core/job.c``: ``"Started %s."``, ``"Stopped %s."``, ``"Starting
    %s..."``, ``"Failed to start %s."``, ``"Dependency failed for %s."``, …) print the unit with
    ``unit_status_string`` (``src/core/unit.c``), which under the default ``StatusUnitFormat=combined``
    (systemd 249+) is ``strjoin(u->id, " - ", u->description)``: ``Started nginx.service - A high
    performance web server and a reverse proxy server.``.  The description is the unit file's free
    text, so each unit made a template of its own.  A unit name (``<name>.service``, ``.timer``, …)
    followed by `` - `` is one value with its description, to the message's end (``Condition check
    resulted in %s being skipped.`` keeps its last words); the unit's type, its suffix, stays a word
    (``<*>.service``).  Narrowed to what the development sets hold apart: a first form (any type, and
    a masked unit after the job's verb) joined logind's session scopes (``Started session-<n>.scope -
    Session <n> of User <name>.``, which the mask takes whole) with services, labelled apart there
    (rd -0.0017, ours -0.0005); a unit the mask takes whole (a name holding a digit, an instance
    ``postgresql@15-main.service``) is left as it was."""
    for i in range(1, len(toks) - 2):
        m = _UNIT.match(toks[i]) if toks[i + 1] == "-" else None
        if m is not None and WILD not in toks[i]:
            end = len(toks) - 2 if toks[-2:] == ("being", "skipped.") else len(toks)
            return toks if end <= i + 2 else (*toks[:i], WILD + "." + m.group(1), *toks[end:])
    return toks


_REPR_OPEN = re.compile(r"(?:^|(?<=[=(\[,]))<[A-Z][\w.]*[a-z][\w.]*:?$")
"""``<TaskInstance:``, ``<Task``, ``<User:``: a repr's opening, a class's name (CamelCase: not HPC's ``<ABORT code
completed>``), alone in its token or after ``=``/``(``: not Cocoa's ``"<NSLayoutConstraint:0x…``, not the mask's ``<*>``."""


def _closes(tok: str) -> int:
    """How many more ``>`` than ``<`` a token holds, the mask's ``<*>`` and arrows (``->``, ``=>``) aside."""
    t = tok.replace(WILD, "").replace("->", "").replace("=>", "")
    return t.count(">") - t.count("<")


def object_reprs(toks: tuple[str, ...], longest: int = 8) -> tuple[str, ...]:
    """A Python object's ``repr`` that is no expression is ``<...some useful description...>``
    (the language reference, ``object.__repr__``): Airflow's ``TaskInstance.__repr__``
    (``airflow/models/taskinstance.py``: ``<TaskInstance: {dag_id}.{task_id} {run_id} [{state}]>``),
    which its task log prints in ``Dependencies all met for dep_context=… ti=%s``, Django's ``<User:
    alice>``, asyncio's ``<Task pending name=…>``.  Its words are the object's fields: a DAG and task
    named without digits stayed words, and one statement split by task.  From a ``<Name`` opening
    (or a ``key=<*>`` whose value the mask took with the opening) to the token whose ``>`` closes it,
    within a few tokens, the repr is one value."""
    if not any(">" in t for t in toks):
        return toks
    out: list[str] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        m = _REPR_OPEN.search(t)
        kv = m is None and t.endswith("=" + WILD)
        end = None
        if m is not None or kv:
            depth = -1 if kv else _closes(t[m.start() :])
            for j in range(i + 1, min(n, i + 1 + longest)) if depth < 0 else ():
                depth += _closes(toks[j])
                if depth >= 0:
                    # the closing ``>``: exactly, after a ``key=<*>``; the mask may have taken inner openings
                    end = j if (depth == 0 or not kv) and toks[j].rstrip(",.;:)]").endswith(">") else None
                    break
        if end is None:
            out.append(t)
            i += 1
            continue
        close = toks[end].rstrip(",.;:)]")
        out.append((t if kv else t[: m.start()] + WILD) + toks[end][len(close) :])
        i = end + 1
    return tuple(out)


# --- session 9: S9-daemons ---

_RR_TYPES = frozenset((
    "A NS MD MF CNAME SOA MB MG MR NULL WKS PTR HINFO MINFO MX TXT RP AFSDB ISDN RT NSAP SIG KEY PX GPOS AAAA LOC "
    "NXT EID NIMLOC SRV ATMA NAPTR KX CERT DNAME SINK OPT APL DS SSHFP IPSECKEY RRSIG NSEC DNSKEY DHCID NSEC3PARAM "
    "TLSA SMIMEA HIP NINFO RKEY TALINK CDS CDNSKEY OPENPGPKEY CSYNC ZONEMD SVCB HTTPS SPF UINFO UID GID UNSPEC NID LP "
    "TKEY TSIG IXFR AXFR MAILB MAILA ANY URI CAA AVC DOA AMTRELAY TA DLV").split())
"""RR TYPE mnemonics (RFC 1035 §3.2.2-3.2.3 and IANA's "Resource Record (RR) TYPEs" registry; the ones
holding a digit, ``NSEC3``, ``X25``, ``EUI48``, are the mask's already)."""
_RR_CLASSES = frozenset(("IN", "CH", "HS", "CS"))
"""CLASS mnemonics (RFC 1035 §3.2.4)."""
_DNS_BARE = re.compile(r'^([("<\[]*)([A-Za-z,]+?)([)">\]:,.;]*)$')
_DNS_NAME = re.compile(r"^([(<\[\"']*)((?:[\w*-]+\.)+(?:[\w-]+)?|\.)$")
"""A domain name with a dot (``example.com``, ``www.corp.example.``, the root ``.``), maybe after an opening bracket."""


def _dns_bare(tok: str) -> tuple[str, str, str] | None:
    m = _DNS_BARE.match(tok)
    return None if m is None else (m.group(1), m.group(2), m.group(3))


def dns_values(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A DNS question's type and class, and the name asked, are values: unbound's ``log_nametypeclass``
    (util/log.c: ``"%s %s %s %s"``, a caller's word or the client's address, then the name, TYPE and CLASS:
    ``resolving example.com. A IN``, ``10.0.0.5 example.com. AAAA IN`` under ``log-queries``, also inside
    ``SERVFAIL <example.com. A IN>:``), BIND's query log (``query: example.com IN A +E(0)K``) and avahi's records
    (``[host.local IN A 10.0.0.7 ; ttl=120]``) print RFC 1035's question (§4.1.2: QNAME QTYPE QCLASS) with the
    mnemonics of §3.2.2 and §3.2.4 (IANA's "Resource Record (RR) TYPEs" registry), which the mask leaves as
    words, so one statement split by the type asked; and a dotted name reads as a qualified class name, which
    keeps two apart.  A TYPE is taken beside a CLASS (``A IN``, ``IN A``), and the name right before that pair.
    After a value (the client's address), the address, name and TYPE are one value, as the mask writes a run of
    values: the query line has no word of its own then, and three values in a row took a caller's word
    (``resolving``) as readily as an address.  (Response codes and header flags, CoreDNS's ``{rcode}
    {>rflags}``, are left words: our stored sets key CoreDNS's query line by its code, and rd's coredns took
    -0.48 when they were read as values; dnsmasq's ``query[A]`` tag too: our stored dnsmasq set keys a query's
    statement by it, -0.195.)"""
    for i, t in enumerate(toks):
        b = _dns_bare(t)
        if b is None or b[1] not in _RR_TYPES or b[1] in _RR_CLASSES:
            continue
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(toks) and (n := _dns_bare(toks[j])) is not None
                and n[1] in _RR_CLASSES]
        if not near:
            continue
        first = min(i, *near)  # the pair's first token: the name asked is right before it
        q = _DNS_NAME.match(toks[first - 1]) if first > 0 else None
        if q is not None and not q.group(1) and first >= 2 and toks[first - 2] == WILD:  # <value> <name> <pair>
            if i == first:  # ``<client> <name> <TYPE> <CLASS>``
                return (*toks[: first - 2], WILD, *toks[i + 1 :])
            return (*toks[: first - 2], WILD, toks[first], b[0] + WILD + b[2], *toks[i + 1 :])
        out = list(toks)
        out[i] = b[0] + WILD + b[2]
        if q is not None:
            out[first - 1] = q.group(1) + WILD
        return tuple(out)
    return toks


_NODE_RED_LEVELS = frozenset(f"[{w}]" for w in ("fatal", "error", "warn", "info", "debug", "trace", "audit", "metric"))


def node_red_nodes(toks: tuple[str, ...], longest: int = 8) -> tuple[str, ...]:
    """Node-RED's log (@node-red/util/lib/log.js ``consoleLogger``: ``util.log("[" + levelNames[msg.level] + "] " +
    (msg.type ? "[" + msg.type + ":" + (msg.name || msg.id) + "] " : "") + message)``, Node's ``util.log``
    putting ``<d Mon HH:MM:SS> - `` before): a node's statement names the node it ran in, ``[<type>:<name
    or id>]``, and a name is the user's (``Home Broker``, ``broker``), spaces included, or a hex id the
    mask takes.  After the ``- [<level>]``, the node's name is one value; its type stays (a node type's
    statements are its own)."""
    for i in range(1, min(len(toks) - 2, 6)):
        if toks[i] in _NODE_RED_LEVELS and toks[i - 1] == "-" and toks[i + 1].startswith("["):
            k = next((j for j in range(i + 1, min(len(toks), i + 1 + longest)) if ":" in toks[j]), None)
            end = next((j for j in range(i + 1, min(len(toks), i + 1 + longest)) if toks[j].endswith("]")), None)
            if k is None or end is None or k > end or "]" in toks[k][: toks[k].index(":")]:
                return toks
            return (*toks[: k], toks[k][: toks[k].index(":") + 1] + WILD + "]", *toks[end + 1 :])
    return toks


_LOGIN_FIELD = re.compile(r"^[a-z_]+=\S*,$")
_LOGIN_SECURITY = frozenset(("TLS", "secured"))


def login_security(toks: tuple[str, ...]) -> tuple[str, ...]:
    """Dovecot's login log line (``login_log_format_elements = user=<%u> method=%m rip=%r lip=%l mpid=%e %c
    session=<%{session}>``; "the elements which have a non-empty variable value are joined together to
    form a comma-separated string", doc/example-config/conf.d/10-logging.conf) holds one bare element
    among the ``key=value`` fields: ``%c``, the connection's security (src/login-common/client-common.c:
    ``TLS``, ``TLS handshaking``, ``secured`` for a trusted network, empty for plain text, then left
    out).  Optional ``key=value`` fields are read as such already; the bare one split a statement by
    whether the client used TLS.  After a ``key=value,`` field, that element is dropped."""
    for i in range(1, len(toks)):
        t = toks[i]
        word = t.rstrip(",")
        if word in _LOGIN_SECURITY and _LOGIN_FIELD.match(toks[i - 1]) and (t.endswith(",") or i == len(toks) - 1
                                                                            or toks[i + 1] == "handshaking,"):
            end = i + 2 if i + 1 < len(toks) and toks[i + 1] == "handshaking," else i + 1
            if not t.endswith(",") and end == i + 1:  # the last element: the field before it ends the list
                return (*toks[: i - 1], toks[i - 1][:-1])
            return (*toks[:i], *toks[end:])
    return toks


_DOVECOT_LEVELS = frozenset(("Debug:", "Info:", "Warning:", "Error:", "Fatal:", "Panic:"))
_DOVECOT_PREFIX = re.compile(r"^[a-z][\w-]*(?:\([^()\s]*\))?[<>*]*:$")
"""``imap-login:``, ``auth:``, ``imap(alice)<<*>><<*>>:`` (``mail_log_prefix = "%s(%u)<%{pid}><%{session}>: "``)."""


def dovecot_prefixes(toks: tuple[str, ...]) -> tuple[str, ...]:
    """Dovecot's own log file (``log_path``): ``log_timestamp`` (``"%b %d %H:%M:%S "``), the process's prefix
    (``imap-login: ``, ``pop3-login: ``, ``imap(<user>)<pid><session>: ``), then the log type's
    (src/lib/failures.c ``failure_log_type_prefixes``: ``Debug: ``, ``Info: ``, ``Warning: ``, ``Error: ``,
    ``Fatal: ``, ``Panic: ``).  ``imap-login`` and ``pop3-login`` run login-common's one statement, and a user
    named without a digit stays a word: the mask folds ``pop3-login:`` or ``pop3(dave)…:`` into the time's
    value but leaves ``imap-login:`` a word, so one statement split by service and by user.  Up to the log
    type, the header is one value (``<*>:``), as the mask writes it for a service holding a digit."""
    if len(toks) > 2 and toks[2] in _DOVECOT_LEVELS and is_valueish(toks[0]) and _DOVECOT_PREFIX.match(toks[1]):
        return (WILD + ":", *toks[2:])
    if len(toks) > 1 and toks[1] in _DOVECOT_LEVELS and WILD in toks[0] and toks[0].endswith(":") and (
            toks[0].startswith(WILD) and _DOVECOT_PREFIX.match("x" + toks[0][len(WILD):]) is not None):
        return (WILD + ":", *toks[1:])
    return toks


# --- end S9-daemons ---


_ELIXIR_LEVELS = frozenset(f"[{level}]" for level in (
    "debug", "info", "notice", "warning", "warn", "error", "critical", "alert", "emergency"))
_METADATA = re.compile(r"^[a-z_][a-z0-9_]*=")


def elixir_metadata(toks: tuple[str, ...], longest: int = 16) -> tuple[str, ...]:
    """Elixir's Logger default console format, ``$time $metadata[$level] $message`` (Logger.Formatter's
    default pattern; ``$metadata`` is each configured key's ``key=value `` the process has set): the pairs
    are the process's context (a tenant, a user, a car, a peer), present on some lines only and of varying
    membership, so one statement comes with 0 to many of them.  Between the time and a ``[level]`` of
    Logger's levels, a run opening with ``key=`` is header, dropped whole (a value with blanks included),
    so the statement is read from its level on."""
    j = next((k for k in range(1, min(len(toks), 4)) if toks[k] != WILD), None)
    if j is None or not _METADATA.match(toks[j]) or any(t != WILD for t in toks[:j]):
        return toks
    for i in range(j + 1, min(len(toks) - 1, j + longest)):
        if toks[i] in _ELIXIR_LEVELS:
            return (*toks[:j], *toks[i:])
    return toks


LAYOUT_RULES: tuple[tuple[str, Callable[[tuple[str, ...]], tuple[str, ...]]], ...] = (
    ("json_fields", json_fields),  # session 9, S9-gonode: a JSON record is read as its fields first
    ("elixir_metadata", elixir_metadata),  # session 16: Logger's ``key=value`` pairs before the ``[level]``
    ("cisco_header", cisco_header),
    ("rfc5424_header", rfc5424_header),
    ("path_tags", path_tag),
    ("digit_tags", digit_tag),
    ("host_fields", host_field),
    ("spring_app_names", spring_app_names),  # session 9, S9-pyjvm: before the thread it reveals
    ("spring_threads", spring_threads),  # session 11
    ("thread_fields", thread_field),
    ("at_names", at_names),
    ("nginx_context", nginx_context),
    ("cri_header", cri_header),
    ("tracing_spans", tracing_spans),
    ("date_names", date_names),
    ("haproxy_fields", haproxy_fields),
    ("kernel_devices", kernel_devices),
    ("errno_groups", errno_groups),
    ("source_locations", source_locations),
    ("rclone_objects", rclone_objects),
    ("twisted_system", twisted_system),
    ("lxc_header", lxc_header),
    ("request_lines", request_lines),
    ("task_results", task_results),  # session 9, S9-pyjvm
    ("tomcat_params", tomcat_params),  # session 9, S9-pyjvm
    ("hosting_requests", hosting_requests),  # session 9, S9-pyjvm
    ("jetty_headers", jetty_headers),  # session 9, S9-pyjvm
    ("connect_contexts", connect_contexts),  # session 9, S9-pyjvm
    ("couch_msg_ids", couch_msg_ids),  # session 9, S9-pyjvm
    ("activejob_tags", activejob_tags),  # session 9, S9-gonode
    ("slog_term_pairs", slog_term_pairs),
    ("report_pairs", report_pairs),  # session 10
    ("npm_fetch", npm_fetch),
    ("winston_rest", winston_rest),
    ("clf_fields", clf_fields),
    ("rails_additions", rails_additions),
    ("sidekiq_context", sidekiq_context),
    ("crdb_prefix", crdb_prefix),  # session 9, S9-infra
    ("unified_fields", unified_fields),
    ("nats_clients", nats_clients),
    ("unit_status", unit_status),
    ("object_reprs", object_reprs),
    ("dns_values", dns_values),  # session 9, S9-daemons
    ("node_red_nodes", node_red_nodes),
    ("login_security", login_security),
    ("dovecot_prefixes", dovecot_prefixes),
    ("error_values", error_values),  # session 11
    ("reason_values", reason_values),  # session 14
)
"""Each rule with its ``Params`` switch, in the order they apply (the host goes before the fields
that follow it; dates are read before HAProxy's line, which holds one)."""


_FEW = 8
"""Literals up to which :func:`_any_of` tests substrings one by one."""


def _any_of(*literals: str) -> Callable[[str], object]:
    """A test that the line holds one of ``literals`` (each lies inside one token, or spans tokens the rule
    needs in a row, joined by one blank): a substring test each (a C scan), or one regex search for many.
    Not a regex for a few: Python's ``re`` tries an alternation whose words start differently at every
    position (1.5 µs a line for ``err=|error=|ERR=``, 0.3 µs for the three substring tests; session 16)."""
    if len(literals) == 1:
        literal = literals[0]
        return lambda line: literal in line
    if len(literals) > _FEW:
        return re.compile("|".join(map(re.escape, literals))).search

    def holds(line: str) -> bool:
        for literal in literals:
            if literal in line:
                return True
        return False

    return holds


def _gated(gate: Callable[[str], object], test: Callable[[str], object]) -> Callable[[str], object]:
    """``test`` (a regex search) only on lines that pass the cheaper ``gate`` it implies."""
    return lambda line: gate(line) and test(line)


NEEDS: dict[Callable[[tuple[str, ...]], tuple[str, ...]], Callable[[str], object]] = {
    # the repr's close, which the mask's ``<*>`` is not (each ``<*>`` holds one ``>``)
    object_reprs: lambda line: line.count(">") > line.count(WILD),
    tracing_spans: _any_of("{", "ThreadId("),  # a span ``name{`` or the thread id after the level
    rclone_objects: _any_of(" : "),  # the lone ``:`` after the level, between two tokens
    dns_values: _gated(_any_of("IN", "CH", "HS", "CS"), re.compile(r"\b(?:IN|CH|HS|CS)\b").search),  # a CLASS beside the TYPE
    cisco_header: _any_of("%"),
    date_names: re.compile("|".join(sorted(DATE_NAMES))).search,
    haproxy_fields: _any_of("[" + WILD + "]"),
    kernel_devices: _any_of("[" + WILD + "]"),
    source_locations: _any_of(WILD + ":"),
    errno_groups: _any_of("(" + WILD + ":"),
    at_names: _any_of("@"),
    nginx_context: _any_of("client:", "context:"),
    error_values: _any_of("err=", "error=", "ERR="),
    reason_values: _any_of("reason=", "cause="),
    thread_field: _any_of("["),  # every thread it takes opens with a bracket
    spring_app_names: _any_of("---"),
    spring_threads: _any_of("---"),
    slog_term_pairs: _any_of(*_SLOG_LEVELS),
    activejob_tags: _any_of("[ActiveJob]"),
    task_results: _any_of("Task"),
    rails_additions: _any_of("Completed"),
    sidekiq_context: _any_of("pid="),
    winston_rest: _any_of('{"'),
    login_security: _any_of(*_LOGIN_SECURITY),
    # session 16: the rules that scan every token for their anchor
    request_lines: _any_of(*sorted(HTTP_METHODS)),  # the method, a token of its own (maybe after a quote)
    hosting_requests: _any_of("Request starting", "Request finished"),
    nats_clients: _any_of("id:" + WILD),  # the connection's ``cid:<*>`` (``_NATS_CONN``)
    node_red_nodes: _any_of("- ["),  # the ``-`` before the ``[<level>]``
    unit_status: _any_of(" - "),  # the ``-`` between the unit and its description
    # session 16 (S16-speed2): the rules that test a few head tokens, run on every new shape
    json_fields: _any_of('{"'),  # the object's first member opens a token
    tomcat_params: _any_of("["),  # the ``[thread]`` third token
    jetty_headers: lambda line: line.startswith(WILD + ":"),  # the first token, ``<*>:INFO…``
    cri_header: _any_of(*sorted(_STREAMS)),  # the stream, the second token
    lxc_header: lambda line: line.startswith("lxc"),  # the tool, the first token
    dovecot_prefixes: _any_of(*sorted(_DOVECOT_LEVELS)),  # the log type, the second or third token
    twisted_system: _any_of("["),  # the bracketed system, the second token
    couch_msg_ids: _any_of("["),  # the bracketed level, the first token
    report_pairs: _any_of("["),  # the bracketed level, the second token
    unified_fields: _any_of("["),  # every field in brackets
    connect_contexts: lambda line: line.startswith("[" + WILD + "]"),  # the time, the first token
    crdb_prefix: _any_of(_CRDB_MARKER),  # the redactability marker, a token of its own
    npm_fetch: _any_of("http fetch"),  # the second and third tokens
    elixir_metadata: _gated(_any_of("="), _any_of(*sorted(_ELIXIR_LEVELS))),  # a pair, then the level
}
"""What a layout rule cannot fire without, tested on the shape's tokens joined by blanks: each rule
looks for its format's punctuation or key in a token, and one substring test of the line is far
cheaper than the rule's scan of every token (the rules were ~7% of the miner's CPU on the speed
lines, every new shape trying every rule though few match; session 15).  A test only skips a rule
that would have returned the tokens unchanged, so the shapes are the same."""


def read_layouts(toks: tuple[str, ...], params: Params) -> tuple[str, ...]:
    """A new shape with the fields its layout adds read as values (the rules switched on).  A rule
    whose precondition (``NEEDS``) the line lacks is not run; the joined line is rebuilt only after
    a rule changed the tokens."""
    line = None
    for rule, needs in _switched_on(params):
        if needs is not None:
            if line is None:
                line = " ".join(toks)
            if not needs(line):
                continue
        out = rule(toks)
        if out is not toks:
            toks, line = out, None
    return toks


Rule = tuple[Callable[[tuple[str, ...]], tuple[str, ...]], Callable[[str], object] | None]
_RULES_OF: dict[int, tuple[Params, tuple[Rule, ...]]] = {}


def _switched_on(params: Params) -> tuple[Rule, ...]:
    """The layout rules ``params`` switches on, in order, each with its precondition, looked up once
    per ``Params`` object: by identity, as hashing its hundred and more fields per new shape cost 5%
    of the miner."""
    hit = _RULES_OF.get(id(params))
    if hit is None or hit[0] is not params:
        if len(_RULES_OF) >= 64:
            _RULES_OF.clear()
        hit = _RULES_OF[id(params)] = (params, tuple((rule, NEEDS.get(rule)) for switch, rule in LAYOUT_RULES
                                                     if getattr(params, switch)))
    return hit[1]
