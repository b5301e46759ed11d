"""Masking rules version 3: values that hold spaces or vary in length.

Drain-style miners compare lines token by token, so a value whose token count varies (an SQL
statement, a list, a distinguished name) splits one statement into as many templates as it
has lengths.  These rules make each such value one ``<*>``; :mod:`patterns_mask` runs them as
one pass of their own before the structured pass, on the lines they match only.
"""

from __future__ import annotations

_ITEM = r"""[^\s,{}\[\]=<>"']+"""
LIST = rf"\{{{_ITEM}(?:,\s*{_ITEM})+\}}|\[{_ITEM}(?:,\s*{_ITEM})+\]"
"""Rules version 3: a list in braces or brackets of two or more comma-separated one-word items
is one value, whatever its length (krb5kdc's ``{aes256-cts-hmac-sha1-96(18),
DEPRECATED:arcfour-hmac(23)}``, Spark's ``[TERM, HUP, INT]``): how many items a list holds
varies, so the token count would.  Not maps or structs: an item holding ``=``, a quote or a
space (``{rep=…, tkt=…}``, JSON, ``[deleted 3 hist/trends, 5 items]``) keeps its keys and words.
The brackets go with it."""
PRINCIPAL = r"[\w.+-]+(?:\$|/[\w.+/-]*)@[\w-]+(?:\.[\w-]+)+"
"""Rules version 3: a Kerberos principal is one value, as an e-mail address is: a service's
``HTTP/host@REALM`` (the e-mail rule stopped at the ``/`` and left ``HTTP/<*>``) and a
machine account's ``WEB02$@REALM`` (Active Directory, Samba; it stopped at the ``$``)."""

_DN_KEY = r"(?:CN|OU|O|C|ST|L|DC|UID|E|emailAddress|serialNumber|cn|ou|dc|uid)"
_DN_VALUE = r"""[^,/=\[\]()<>"\n]*"""
_DN = rf"/?{_DN_KEY}={_DN_VALUE}(?:(?:,\s*|/){_DN_KEY}={_DN_VALUE})+"
_MAP_KEY = r"""(?:(?:"[^"]*"|:\w+)\s*=>|'[^']*':\s)"""  # Ruby's ``"k"=>``/``:k=>``, Python's ``'k': ``
_MAP = rf"""\{{\s*{_MAP_KEY}(?:[^{{}}]|\{{[^{{}}]*\}})*\}}"""
NAMES_AND_MAPS = rf"([\s(\[,:])(?:{_DN}|{_MAP})"
"""Rules version 3, two values that hold spaces, after a delimiter (kept):

* an X.509 or LDAP distinguished name, two attributes or more (``C=US, O=Acme Inc.,
  CN=branch-17``, ``/C=DE/O=Example``): attributes vary in number and values hold spaces;
* a Ruby hash or Python dict printed whole (``{"q"=>"invoice 2026", "locale"=>"en"}``,
  ``{:size=>5, :url=>"redis://…"}``, ``{'program': 'KlipperScreen', …}``): a request's
  parameters, an object's inspect(), one nesting level.  JSON (``"key": value``) keeps its
  keys: a JSON log line is a structure, not a value.

One rule, one group."""
_SQL_VERB = ("SELECT|INSERT|UPDATE|DELETE|WITH|BEGIN|COMMIT|ROLLBACK|SHOW|SET|DISCARD|CREATE|DROP|ALTER|"
             "TRUNCATE|COPY|EXPLAIN|VACUUM|ANALYZE|GRANT|REVOKE|CALL|EXECUTE|PREPARE|DEALLOCATE|LOCK|MERGE|"
             "RESET|LISTEN|NOTIFY|FETCH|DECLARE|SAVEPOINT|RELEASE|START TRANSACTION|"
             "select|insert|update|delete|with|begin|commit|rollback|show|discard|create|drop|alter|truncate|"
             "explain|vacuum|analyze|prepare|deallocate|execute")
SQL = rf"(\b(?:statement|STATEMENT|query|Query|QUERY|sql|SQL)(?: \[[^\]]*\]| \([^)]*\))?:\s*)(?:{_SQL_VERB})\b.*"
"""Rules version 3: SQL text after ``statement:`` (PostgreSQL's and pgpool's ``statement: %s``;
also ``query:``, ``sql:``) is one value to the end of the line: the program logs whatever
statement it ran (``SELECT 1``, ``DISCARD ALL``, ``UPDATE carts SET …``).  A remark in brackets
may sit between the label and its colon (a slow-query log's ``SLOW QUERY [5.19s]: UPDATE …``,
``query (12 ms): SELECT …``)."""

ERRNO_TEXTS = ("Operation not permitted|No such file or directory|No such process|Interrupted system call|"
               "Input/output error|No such device or address|Argument list too long|Bad file descriptor|"
               "Resource temporarily unavailable|Cannot allocate memory|Permission denied|Bad address|"
               "Device or resource busy|File exists|No such device|Not a directory|Is a directory|Invalid argument|"
               "Too many open files|No space left on device|Read-only file system|Broken pipe|"
               "Function not implemented|Directory not empty|Protocol error|Operation not supported|"
               "Address already in use|Cannot assign requested address|Network is down|Network is unreachable|"
               "Software caused connection abort|Connection reset by peer|No buffer space available|"
               "Transport endpoint is not connected|Connection timed out|Connection refused|Host is down|"
               "No route to host|Operation already in progress|Operation now in progress|Stale file handle|"
               "Disk quota exceeded|Connection aborted|Operation timed out|Host is unreachable|"
               "Name or service not known|Temporary failure in name resolution")
"""glibc's ``strerror`` texts, an alternation: the bracketed value below, and the similarity's
system error texts across lengths (``error_texts``, session 15)."""
ERRNO = rf"(\()(?:{ERRNO_TEXTS})\b"
"""Rules version 3: the text of an errno in brackets (``strerror``, glibc's wording: ``failed
(Connection refused)``, ``Connection lost (No route to host)``) is one value: C programs print
``failed (%s)`` with whatever errno the call returned, so each errno would otherwise be a
statement of its own, and the phrases differ in length.  Case-sensitive: glibc's capitalised
text, not the same words in prose.  Not after ``: `` (``%s: %s``): there the clustering's error
tails already take any text after an error context, and a masked cause would no longer join the
free-text causes of the same context (measured: udisksd, collectd fell)."""

_G = "\x02?"  # the guard :data:`patterns_mask.PROTECT` puts around a protected key's ``=``/``:``
_MSG_OPEN = rf'(?:msg|message){_G}={_G}"|"(?:msg|message)"{_G}:{_G}"'
_FREE = r'(?:[^"\\:]|\\.)'
_ERROR = r"(?i:error|errors|failed|failure|fail|unable|cannot|can't|could not|exception)"
CAUSE = rf'({_MSG_OPEN})({_FREE}*?\b{_ERROR}\b{_FREE}*: )(?:[^"\\]|\\.)+'
"""Rules version 3: in a structured log's message (logfmt ``msg="…"``, JSON ``"msg":"…"``), the
text after a first phrase naming an error and its ``: `` is the error's cause, one value to the
message's closing quote: Go's wrapped errors (``fmt.Errorf("failed to get secret %s: %w", …)``,
``"Unable to set default redirection URL in body: " + err``) print whatever error the call
returned, itself often a chain (``dial tcp 10.0.5.12:6379: connect: connection refused``).  At a
line's end the clustering's error tails join such causes; inside a quoted message the fields
after it (``method=GET path=…``) hide the end from them."""

_REASON = ("Continue|Switching Protocols|OK|Created|Accepted|Non-Authoritative Information|No Content|"
           "Reset Content|Partial Content|Multiple Choices|Moved Permanently|Found|See Other|Not Modified|"
           "Temporary Redirect|Permanent Redirect|Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|"
           "Method Not Allowed|Not Acceptable|Proxy Authentication Required|Request Timeout|Conflict|Gone|"
           "Length Required|Precondition Failed|Payload Too Large|Request Entity Too Large|URI Too Long|"
           "Unsupported Media Type|Range Not Satisfiable|Expectation Failed|Misdirected Request|"
           "Unprocessable Entity|Unprocessable Content|Locked|Failed Dependency|Too Early|Upgrade Required|"
           "Precondition Required|Too Many Requests|Request Header Fields Too Large|Unavailable For Legal Reasons|"
           "Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|Gateway Timeout|"
           "HTTP Version Not Supported|Insufficient Storage|Network Authentication Required")
HTTP_STATUS = rf"(^|[\s=>:(\[])[0-9]{{3}} (?:(?:{_REASON})\b|\((?:{_REASON})\))"
"""Rules version 3: an HTTP status with its reason phrase (``404 Not Found``, ``101 Switching
Protocols``, ``503 (Service Unavailable)``) is one value: the phrase goes with the code (RFC 9110),
so each status was a statement of its own, of one to four words.  Any three digits: the miner
masks lines with their digits written as ``0`` (:attr:`patterns_mask.Rules.zero_digits`)."""

_TZ = ("UTC|GMT|CET|CEST|EET|EEST|WET|WEST|BST|IST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|JST|KST|"
       "AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|SGT|HKT|PHT|WIB")
CLOCK = rf"\b[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?(?:[.,][0-9]+)?(?: ?(?:AM|PM|am|pm)\b(?: (?:{_TZ})\b)?| (?:{_TZ})\b)"
"""Rules version 3: a clock time's AM/PM and its time-zone abbreviation belong to the time
(``[11/24/2026, 6:52:28 AM]``, ``2026-11-15 21:34:53.253 CET``, ``… 10:22 PM EST``): a
program's header prints the zone its host is set to, so the word differs between hosts and
sites, never between statements.  Only after a time, and only named zones: an upper-case word
after a time is as often the level (``12:00:01 INFO``)."""
MAPPED = r"::(?:ffff|FFFF):[0-9]{1,3}(?:\.[0-9]{1,3}){3}\b"
"""Rules version 3: an IPv4-mapped IPv6 address (``::ffff:10.0.0.5``) is one value, as the IPv4
address it holds is: a dual-stack listener (Python, Java, Node, Go servers) prints a client that
came over IPv4 so, and one over IPv6 as ``2001:db8::1`` (one value already); the digit rule left
``::ffff:<*>``, which then faced ``<*>`` as another word."""
ABSENT = r'\B"-"\B'
"""Rules version 3: a quoted dash (``"-"``) is the placeholder an access log prints for a field
it lacks (referer, user agent, user: nginx, Apache, Synapse, Traefik), so it stands where a
quoted value stands, which a digit or slash masked (``"Mozilla/5.0 …"``)."""
QUOTED_SQL = rf'\B"(?:{_SQL_VERB})\b[^"]*"'
"""Rules version 3: a quoted SQL text (``digest_text = "SELECT * FROM orders WHERE id = ?"``,
``query="UPDATE …"``) is one value, as the SQL text after ``statement:`` is: a proxy or a
slow-query logger quotes the statement it saw, whatever it was."""
BARE_VALUES = rf"()(?:{CLOCK}|{MAPPED}|{ABSENT}|{QUOTED_SQL})"
"""The value rules without a kept prefix, as one alternative: the pass writes back groups 1 to 9
only, and each rule of its own would take a group."""

VALUES_3: tuple[str, ...] = (SQL, NAMES_AND_MAPS, f"(){LIST}", f"(){PRINCIPAL}", ERRNO, CAUSE, HTTP_STATUS, BARE_VALUES)

"""Rules version 3: values that hold spaces or vary in length, a pass of their own before the
structured one (each rule ``(prefix)value``).  Few lines hold any: the match pass that finds
lines needing the rare passes finds these too (:attr:`Rules.rare`), so the others pay only a
longer pattern in that match pass, not a longer structured pass (measured: each rule added
to the structured alternation cost ~0.1 CPU-µs a line in 10,000-line batches, mostly RE2
building its automaton again on every call)."""

# --- rules version 4 (session 9, S9-mask4) ---

MESSAGE_KEYS_4 = r"(?:short_message|full_message|MESSAGE|@message|log)"
"""Rules version 4: JSON keys a log record's message is under by its format's definition, besides
``msg``/``message`` (:data:`patterns_mask.PROTECT`): GELF 1.1's ``short_message`` and ``full_message``,
journald's JSON export ``MESSAGE`` (``journalctl -o json``, the journal's field names), Logstash's and
Beats' ``@message``, Docker's json-file driver ``log`` (``{"log":"…\\n","stream":"stdout","time":"…"}``).
Quoted (JSON) keys only: each of these formats is JSON."""
_MSG_OPEN_4 = rf'{_MSG_OPEN}|"{MESSAGE_KEYS_4}"{_G}:{_G}"'
CAUSE_4 = rf'({_MSG_OPEN_4})({_FREE}*?\b{_ERROR}\b{_FREE}*: )(?:[^"\\]|\\.)+'
"""Rules version 4: :data:`CAUSE` in a message under the keys of :data:`MESSAGE_KEYS_4` too."""
VALUES_4: tuple[str, ...] = tuple(CAUSE_4 if v == CAUSE else v for v in VALUES_3)
"""Rules version 4: :data:`VALUES_3` with :data:`CAUSE_4` for :data:`CAUSE`."""
