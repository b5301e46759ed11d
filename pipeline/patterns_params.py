"""Tuning knobs of the pattern miner's clustering (one switch per rule, so each rule can be
measured alone: ``bench/patterns.py --param key=value``; history and effects in docs/patterns.md)."""

from __future__ import annotations

from dataclasses import dataclass


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
    arg_words: str = "for from by in"  # a differing word after one of these is an argument: no evidence (``in``: 6)
    one_for_one: bool = True  # a template <*> facing the first token may sit beside optional key=value fields
    header_tag: bool = True  # a leading ``[context]`` is a header, not the statement's keyword (session 4)
    header_weight: bool = True  # …nor constants a merged template keeps (``min_const``), session 5
    wild_phrases: bool = True  # a few words ending in a value after a template <*> lengthen it (session 5)
    wild_shrinks: bool = True  # …and a word the template holds next to its <*> may be missing, session 5
    value_sides: bool = True  # …also beside a value in brackets or punctuation (``<*>) +YJIT [<*>]``), session 5
    tail_codes: bool = True  # …and so does a tail ending in an error code in brackets (``… busy (<*>)``), session 5
    open_tails: bool = True  # a context whose tail is already ``<*>`` (several texts) takes any tail, session 5
    value_groups: bool = True  # a bracketed value holding spaces in the template faces one value, session 5
    head_shared: bool = True  # a name head needs 2 shared constants that are not values or header (session 5)
    kv_head: bool = True  # a key's bare-word value is not the prefix key's head (``level=warn``), session 5
    labels_apart: bool = True  # two upper-case labels (``OK LOGIN:`` / ``OK MKDIR:``) are two statements, session 5
    tail_headers: bool = True  # severity words and ``[tags]`` are header, not a free-text tail's context (session 5)
    log_levels: bool = True  # PostgreSQL's ``LOG:``/``DETAIL:``/``HINT:`` are header words too (session 5b)
    level_tails: bool = True  # a message after an upper-case level is no free-text tail, nor one with another (5b)
    lead_names: bool = True  # a name right after a leading ``<*>:`` may be a value the mask missed (session 5b)
    quoted_values: bool = True  # two quoted words (``"cilium"``/``"crio"``) are values: no evidence (session 6)
    caps_heads: bool = True  # …but an upper-case message identifier (``AS_REQ``, ``IKE_SA_INIT``) is one (session 6)
    error_tails: bool = True  # after a context naming an error (``… failed:``) any text may follow, either order (6)
    path_heads: bool = True  # a namespaced name (``crowdsecurity/ssh-bf``) is no prefix key either (session 6)
    label_values: bool = True  # a word after ``label:`` ending a field (``datasize: tiny,``) is a value: no evidence (6)
    prose_cost: float = 1.5  # one differing pair of bare lowercase words, not framed by shared words, costs this (6)
    # session 6, S6-kv
    kv_attrs: bool = True  # structured loggers' attributes (namespaced keys, or after a logfmt msg="…") are optional
    attr_values: bool = True  # …and two word values of one such attribute (``lan=true``/``false``) are one value
    kv_records: bool = True  # …and so are the fields of a line of key=value fields only (ZED's ``eid= class= pool=``)
    eq_values: bool = True  # a word after a lone ``=`` (``trace = true`` / ``= false``) is a setting's value
    # session 6, S6-u4 (error analysis of the fourth set)
    bracket_tails: bool = True  # a ``label:`` inside an open bracket (``[iface: <*>] is …``) ends no free-text context
    chain_fields: bool = True  # ``][main]`` ending a padded chain of bracketed header fields: no prefix key, no evidence
    # session 6, S6-u5 (error analysis of the fifth set)
    label_words: bool = True  # two lowercase ``label:`` names of a reading (``pv power: <*>`` / ``grid power:``): two statements
    header_tags: bool = True  # …and so are the ``[tags]`` following a leading one (``[<ts>] [Hue] Child bridge …``)
    empty_values: bool = True  # a key printed empty (``dest-name=``) and with a value (``=in-cluster``): one slot, no evidence
    label_fields: bool = True  # ``label: <*>,`` fields of a comma list may be missing (``speed: <*>,``), as key=value ones
    # session 7
    host_fields: bool = True  # RFC 3164's host between the time and ``name[pid]:`` is a value, and its repeats too
    thread_fields: bool = True  # the ``[thread]`` beside the level in a JVM header (``[main]``) is a value
    at_names: bool = True  # ``user@database`` / ``user@host`` (PostgreSQL's ``%u@%d`` prefix) is one value
    nginx_context: bool = True  # nginx's ``, client: …, server: …`` request context ending an error line is one value
    cri_header: bool = True  # a container runtime's ``<time> stdout F`` header: the stream and tag are no words
    tracing_spans: bool = True  # Rust tracing's spans between the level and the target (``request{…}:``) are dropped
    haproxy_fields: bool = True  # HAProxy's HTTP/TCP log line after ``<client> [<date>] <frontend>`` is values
    exact_joins: bool = True  # a shape whose tokens equal a template's joins it, though it holds no constant
    date_names: bool = True  # a month's or weekday's name beside a date's numbers (``Nov 26, 2026``) is part of it
    lead_fields: bool = True  # …also a host or a ``[field]`` after a bare leading time (``<ts> node-c kernel:``)
    kernel_devices: bool = True  # the kernel's ``<driver> <device…>:`` prefix after ``[<uptime>]`` is the driver and one value
    error_labels: bool = True  # an acronym and a level word (``PHP Error:``) label a statement: no error's text follows
    errno_groups: bool = True  # a system error in parentheses, ``(<errno>: <strerror>)``, is one value
    entity_names: bool = True  # …and a word after an entity noun (``user carol:`` / ``user bob:``) is its name, no reading
    # session 7, S7-go
    go_values: bool = True  # Go's ``%v`` composites (``map[…]``, ``&{…}``, ``[a b c]``) and Prometheus label sets: one value
    # session 7, S7-errors (an error's text of varying length inside a statement is one value)
    error_spans: bool = True  # an error's text after a context naming it (``Failed to copy:``) is one <*>, either order
    error_classes: bool = True  # …also as Java's ``- <msg> - XException (…)``, ``XError: <msg>``, Python's ``<class …>(<msg>)``
    error_trailers: bool = True  # …up to a constant trailer both lines share (``| Interval: <*>``, ``. digest_text = <*>``)
    error_codes: bool = True  # …also after an error code (``Error during …, <errno>, <text>``), MySQL's errno and message
    # session 8, lead
    bool_values: bool = True  # a flag printed as a named field's value (``cached=true`` / ``=false``) is one slot
    functions_apart: bool = True  # two functions in a C source location (``[file.c:<*>:fn]``) are two statements
    http_methods: bool = True  # two HTTP request methods (``GET /`` / ``POST /upload``) are one value
    request_lines: bool = True  # an HTTP request line's method before its target (``GET /x``) is a value in the shape
    lxc_header: bool = True  # LXC's ``<tool> <container> <time> <LEVEL>`` header: tool and container are values
    word_consts: bool = True  # a merged template keeps a word: ``=>``, ``--``, ``<W>`` alone make no statement
    sentence_starts: bool = True  # two capitalised words opening a message (``Got`` / ``Sending KEEPALIVE``): two statements
    # session 8, S8-layouts (header forms of documented layouts the miner did not read)
    path_tags: bool = True  # an RFC 3164 TAG that is the program's path (``<host> /usr/sbin/kamailio[<pid>]:``): the host is a value
    rfc5424_header: bool = True  # RFC 5424's ``<ts> HOST APP-NAME PROCID MSGID SD``: the host is a value
    source_locations: bool = True  # GlusterFS's ``[file:line:function] <domain>:`` ends the header: the domain is no context
    rclone_objects: bool = True  # rclone's ``LEVEL : <object>: <msg>``: the object (a path, maybe with spaces) is one value
    twisted_system: bool = True  # Twisted's ``<time> [<system>]`` (``[-]``, ``[Uninitialized]``, ``[Proto,client]``) is a value
    digit_tags: bool = True  # an RFC 3164 TAG whose name holds a digit (``<host> python3[<pid>]:``): the host is a value
    cisco_header: bool = True  # Cisco IOS's ``<seq>: <host>: *<time>:`` before ``%FAC-SEV-MNEMONIC:`` is one value
    # session 8, S8-phrases (a value of several words printed with one ``%s``: one statement's lines, other lengths)
    name_words: bool = True  # 2+ capitalised words beside a <*> a shared token introduces (``device SDM630 Energy Meter``) are that name
    call_args: bool = True  # a call's argument list of values (``connect(<*>)`` / ``connect(<*>, unix:<*>)``) is one value
    field_swaps: bool = True  # across lengths, one named field's two word values (``PreferredUsername:jonas`` / ``:quentin``) are one slot
    bracket_lists: bool = True  # a named field's bracketed list of differing length (``groups:[admins devs]}`` / ``[]}``) is one value
    # session 8, S8-tails (a free text printed with one ``%s`` after the statement's own context)
    value_contexts: bool = True  # a context ending in a value and ``:`` (``session for <*>/pidgin:``) is one context, its value's masked form aside
    record_tails: bool = True  # Nagios's ``[<epoch>] EVENT TYPE: f1;f2;…;<plugin output>``: the ``;`` record after the event type is one value
    # session 8, S8-merges (lines of two calls joined into one template)
    caps_contexts: bool = True  # an upper-case ``TAG:`` (``DNS: Pool taking`` / ``DNS: Server taking``) is a context, as ``agent:`` is, before two capitalised first words
    loggers_apart: bool = True  # two dotted Python loggers in ``%(name)s - %(levelname)s`` (``octoprint.timelapse - INFO``): two modules, two statements
    function_words: bool = True  # a same-length merge keeping only contexts and function words (``WSREP: <*> <*> at <*> <*>``) is refused
    files_apart: bool = True  # two source files in the header (``[tb_client.py]`` / ``[mqtt_connector.py]``): two statements
    # session 8, S8-optional (lines of one call differing in length: an optional clause, a free text)
    method_lengths: bool = True  # across lengths, two HTTP methods facing each other (``PUT`` / ``MKCALENDAR``) are one value
    optional_clauses: bool = True  # a few lowercase words and a value after a shared value (``<*> with depth <*>``) are a clause the program may omit
    # --- session 9: S9-gonode ---
    json_fields: bool = True  # a JSON record (maybe after a CRI ``<time> stdout F``) with ``msg``/``message``/``event`` is its fields, as logfmt
    clf_fields: bool = True  # the Common Log Format's ``-`` between values after ``[%t]`` (``%b``'s no bytes) is that absent value
    rails_additions: bool = True  # Rails' ``Completed <status> in <ms> (Views: … | ActiveRecord: … | Allocations: …)``: the additions are one value
    sidekiq_context: bool = True  # Sidekiq's ``<time> pid= tid= <class= jid= …> INFO: <msg>``: the header up to the severity is dropped
    npm_fetch: bool = True  # npm's ``http fetch <METHOD> <status> <url> <ms>``: the `` attempt #n`` and `` (cache <status>)`` clauses are dropped
    slog_term_pairs: bool = True  # Rust slog-term's ``<time> INFO <msg>, key: value, key: value``: the pairs are read as ``key=value`` fields
    activejob_tags: bool = True  # Active Job's ``[ActiveJob] [<job class>] [<job id>]`` tags: the class (and its repeat in the message) is a value
    winston_rest: bool = True  # winston's ``format.simple()`` ``<level>: <message> {<rest>}``: the trailing JSON of the info object's rest is dropped
    # --- session 9: S9-infra ---
    crdb_prefix: bool = True  # CockroachDB's ``⋮ [tags] <counter>`` is one value, and so is each redacted ``‹…›`` span
    unified_fields: bool = True  # TiDB/TiKV/PD's ``[key=value]`` fields after ``["message"]`` are key=value fields
    nats_clients: bool = True  # NATS's ``<addr> - cid:<n> - "<lang:name>" -`` prefix: the client's quoted names are dropped
    unit_status: bool = True  # systemd's ``Started <unit> - <Description>.``: a literal unit and its description are one value, its type kept (``<*>.service``)
    object_reprs: bool = True  # a Python ``<Name: …>`` repr (Airflow's ``ti=<TaskInstance: dag.task run [state]>``) is one value
    # --- session 9: S9-daemons ---
    dns_values: bool = True  # a DNS question's TYPE beside its CLASS (``A IN``), an RCODE (``NXDOMAIN``), header flags (``qr,rd,ra``): values
    node_red_nodes: bool = True  # Node-RED's ``- [level] [<type>:<node name>]``: the node's name (spaces included) is one value
    login_security: bool = True  # Dovecot's login line: the bare ``%c`` element (``TLS,``/``secured,``, empty for plain text) among key=value fields is dropped
    dovecot_prefixes: bool = True  # Dovecot's log file: ``<time> imap-login: Info:`` / ``imap(<user>)<pid><session>: Info:``: up to the log type, one value
    # --- end S9-daemons ---
    # --- session 9: S9-pyjvm (default layouts of Python, JVM, .NET, PHP and Erlang/Elixir loggers) ---
    task_results: bool = True  # Celery's ``Task <name>[<id>] succeeded in <*>s: <repr>``: the return value or exception ending the line is one value
    tomcat_params: bool = True  # Tomcat's OneLineFormatter ``<ts> INFO [<thread>] <class>.<method> <msg>``: each ``[parameter]`` of the message is a value
    spring_app_names: bool = True  # Spring Boot 3.4's ``<pid> --- [<app>] [<thread>]``: the application's name before the thread is dropped
    value_templates: bool = True  # a template without a word of its own (Plug.Logger's ``GET /x``) takes no line of two bare words (``Sent 200 in 3ms``)
    hosting_requests: bool = True  # ASP.NET Core's ``Request starting|finished HTTP/<*> <method> <url> - …``: the fields after the ``-`` are one value
    jetty_headers: bool = True  # Jetty's glued ``<time>:INFO:<logger>:<thread>:`` header is read as its fields, the thread a value
    connect_contexts: bool = True  # Kafka Connect's optional ``[<connector>|task-<n>]`` context after ``[<time>] <LEVEL>`` is dropped
    couch_msg_ids: bool = True  # CouchDB's ``--------`` request id placeholder (outside a request) is a value
    # --- session 9: S9-header ---
    header_fields: bool = True  # a word near the line's start whose values combine freely with the rest (a host, a container) is a header field's value, learned per service (patterns_headers.py)
    # --- session 10 ---
    equal_aliases: bool = True  # a template that became another's (a header field learned later) is merged into it: one pattern
    optional_values: bool = True  # across lengths, one or two tokens of values only on one side (a queue id ``<*>:``) are optional, as key=value fields
    kwarg_reprs: bool = True  # a constructor-style repr ``Name(key=value, …)`` (dataclasses, luigi's tasks) is one value, however many fields
    report_pairs: bool = True  # EMQX's ``<time> [<level>] key: value, key: value, …`` report: its pairs are read as key=value fields
    messages_apart: bool = True  # two bare words under ``msg=``/``message=``/``event=`` (logfmt's event names) are two statements
    # --- session 11 ---
    subsume: bool = True  # a template kept apart by the evidence rule is merged into one that generalised to take it (same length)
    subsume_spans: bool = True  # …and across lengths, where the general template's ``<*>`` faces a few tokens
    spring_threads: bool = True  # Spring Boot's padded ``--- [%15.15t] logger :`` thread, in words or not, is one value
    error_values: bool = True  # ``ERR=``/``error=`` and the words after it to the line's end (a strerror text printed bare) are one value
    caps_values: bool = True  # two upper-case words (an enum's constants, ``CLUSTERING``/``BROADCASTING``, ``SIGTERM``/``SIGINT``) are values: no evidence
    # --- session 12 ---
    variety: int = 3  # this many templates differing in one run between the same words: the run is a value (patterns_sites.py; 0: off)
    # --- session 12: headers ---
    padded_fields: bool = True  # a header field padded to its width inside brackets (``[ info]``, ``[site  ]``, ``[%15.15t]``, ``%-5p``) is one token, as an unpadded value is
    # --- session 12: merges ---
    wordless_merges: bool = True  # a join that leaves a template no word of its own (``worker=<*> <*>`` from ``… ready`` / ``… spawning...``) when both lines had one: two statements
    function_words_apart: bool = True  # one line's article or preposition (``the``, ``from``) facing another's word at one length: format text differs, two statements
    participle_heads: bool = True  # a head ending in ``-ing``/``-ed`` (``rebinding``/``renewing lease of``) is a verb, no name: ``name_head`` keeps the lines apart
    valued_tails: bool = True  # a free-text tail joins no template whose tail holds a value among words (``record for Pool <*>`` / ``End auto prune.``): two statements' formats
    # --- session 12: lead ---
    tree_marks: bool = True  # tokens of box-drawing characters only (``│ ┝━``, a tree layout's depth) are dropped: where a line stands, not which statement
    # --- session 13: lead ---
    counted_nouns: bool = True  # a noun after a count, singular and plural (``<*> track`` / ``<*> tracks``: ``%d track%s``), is one slot
    printed_states: bool = True  # the word ending the line after a ``label:`` is its value, opposite states too (``result: Succeeded`` / ``Failed``): one slot
    domain_values: bool = True  # two host names under a top-level domain (``gnome.org`` / ``example.com``) are values: no evidence
    # --- session 13: merges ---
    valued_words: bool = True  # a bare word facing a word that prints named fields in brackets (``Got END-OF-RIB`` / ``Got OPEN(as=<*>,…``): two messages' names, two statements
    words_apart: bool = True  # two differing words of text that make the whole clause ending a line after a sentence or a bracketed field (``[Node <*>] Is asleep`` / ``Interview started``): two predicates, two statements
    trailing_verdicts: bool = True  # a participle or upper-case word ending a line after a value (``version <*> restarted``, ``<*> REFUSED``) is the statement's verdict, not more of the value
    function_heads: bool = True  # a head that is an article, preposition or determiner (``no signature data`` / ``bad signature data``) is format text, no name: ``name_head`` keeps the lines apart
    records_apart: bool = True  # across lengths, two gaps of three ``key=`` fields or more each with no key in common (``cache-entries=<*> …`` / ``packetcache-acquired=<*> …``) are two records, two statements
    # --- session 13: lengths ---
    field_lists: bool = True  # across lengths, a named field's value in place in a list of fields (``clientid=<*>,`` / ``clientid=mei-phone,``, or a template ``<*>`` facing it) is one slot, beside optional fields
    subsume_back: bool = True  # a template that, once generalised, a template of another length takes whole (``subsume_spans`` the other way round) is merged into it
    paren_notes: bool = True  # a note of lowercase words in parentheses ending the line after a value (``signal <*> (core dumped)``), on one side only, is optional
    instance_back: bool = True  # a template that, once generalised, is an instance of another of its length (``subsume`` the other way round) is merged into it
    # --- session 13: learner ---
    spaced_fields: bool = True  # a field padded inside its brackets whose value holds a space (a thread ``[   XNIO-1 I/O-4]``, ``[ SIGHUP handler]``) is one token, as a padded one-word value is
    header_words: bool = True  # a header field whose value holds several words (a thread ``SIGHUP handler``, ``riemann task 2``) or is one masked value runs to the layout's separator token (``-``, ``|``): counted and read as one value
    context_words: bool = True  # a free-text tail's context counts each constant once: a header word printed twice (ProFTPD's host in ``%h … %h``) is no context of two words
    # --- session 14: lead ---
    bridges: bool = True  # a template merged into one of another length stays a candidate across lengths (``for <*> <*> <*>`` in ``for <*>``): its lines' form still spans a value of several words
    tail_instances: bool = True  # a template whose text after a ``…:`` context holds a value (``: [Errno <*>] No space left``) is merged into the template of that context whose text is one ``<*>``: the free-text tail would have taken it, had it come later
    # --- session 14: tails ---
    context_names: bool = True  # after ``[<time>] <LEVEL>`` in a line ending ``(<file>:<line>)``, an object's name of words (Transmission's torrent ``Big Buck Bunny``) on one side only is the context ``connect_contexts`` drops when it is a value
    error_notes: bool = True  # an error's text in parentheses ending the line after a value (``device <*> (Address family not supported by protocol)``), on one side only, is optional as ``paren_notes``' notes are: ``"%s (%s)", strerror(errno)``
    list_items: bool = True  # a run of ``item,`` tokens right before a template's ``<*>``, on one side only, is the first items of a list whose last is that ``<*>`` (``waiting for a, b, <*> to die``): one slot
    label_tails: bool = True  # a few words ending the line after ``label: <*>``, on one side only, are more of the label's value (``Value added: 113-0-Home Security-Motion sensor status``): a label's value ends the line
    # --- session 14: merges ---
    named_words: bool = True  # a named field (``worker=<*>``) facing a bare word (``master``) at one length: the format prints the key, the other no key there, two statements
    outcome_words: bool = True  # an attempt and its outcome, a gain and a loss, an init and a destroy (``login attempt`` / ``login successful``, ``leadership acquired`` / ``lost``): two events, as the opposites
    slashed_starts: bool = True  # a capitalised word joined by ``/`` to another (``Pausing/resuming job``) opens a message as a capitalised word does: ``sentence_starts`` reads it
    event_names: bool = True  # under a key naming the event (``msg``, ``event``, Erlang's ``what``), a bare name facing another or one the mask took (``what=<*>`` from ``s2s_in_auth_failed``): two statements
    colon_starts: bool = True  # a lone ``:`` before the message (``maintainer INFO : Camera processor started`` / ``: Capture process started``) separates the layout from it as ``-`` does: ``sentence_starts`` reads the words after it
    # --- session 14: texts ---
    framed_bools: bool = True  # a flag printed as a named field's value inside a record's framing (``{forceMajor=true,``, ``"failure":<*>:false,``, ``[native: true]:``, ``replay: false"``) is one slot, as a bare ``key=true`` is
    signal_names: bool = True  # a signal's name (``SIGTERM,`` / ``SIGINT,``, Go's ``signal terminated`` / ``interrupt``) is the value a handler prints: no evidence
    changed_states: bool = True  # the word ending the line after ``changed to``/``set to``/``switched to`` is the new state printed, opposite states too (``status changed to UNHEALTHY`` / ``HEALTHY``): one slot
    reason_values: bool = True  # ``reason=``/``cause=`` and the words after it to the line's end (``mta error reason=Connection timeout``) are one value, as ``error_values`` reads ``ERR=``
    label_texts: bool = True  # a run ending the line after a ``label:`` may be a long text at a variety site (``YoutubeAPI: <error of any length>``): ``LABEL_SPAN`` tokens, not ``SPAN``
    field_labels: bool = True  # a layout's last field after `` | `` (log4j's ``%m | %c | %t``: a thread ``ActiveMQ Transport: tcp://…``) may hold a ``label:`` at a variety site: a name, no statement's structure
    # --- session 14: learner ---
    reread_subsume: bool = True  # a template the header learner re-reads (its host now a value) merges the templates it then takes whole, as a template that generalised does: a statement's varying word generalised under one host, its instances under other hosts stay apart otherwise
    bracket_heads: bool = True  # a bracket opening the line and holding a value (``[Fri Nov <*>]``) is header: its words are no word of a statement's own when a join leaves none (``wordless_merges``)
    # --- session 15: lead ---
    flag_words: bool = True  # ``yes``/``no`` and ``on``/``off`` printed as a named field's value (``is_write_stall: no,``, ``tls=yes``) are a flag's state, as ``true``/``false`` are (``bool_values``): one slot
    # --- session 15: swaps ---
    error_texts: bool = True  # across lengths, two system errors' texts in one place (``Permission denied`` / ``No such file or directory``, Go's ``i/o timeout``) are one value: ``strerror`` is no program's own format
    # --- session 15: inserts ---
    mutual_joins: bool = True  # two templates of one head and differing lengths whose joins both ways are the shorter as it stands, the longer having only values, fields or a text after a context more (``failed <*>`` / ``failed <*> env=<*>``), are merged: the order lines came in let each generalise apart
    label_ends: bool = True  # a context ending in one ``<*>`` (``Announce error: <*>``, ``Started - <*>``) faced by the same context and a text of several tokens holding values (``… error: Tracker gave HTTP response code <*> (<*>)``): the ``%s`` ending the line is one value, the free-text tail's reading
    # --- session 16: lengths ---
    common_joins: bool = True  # two templates of one head and differing lengths whose joins both ways are one and the same template, losing no plain word of either (or only words facing a run of several values in the other: a free text's slot) are merged into that template: each was refused the other's lines while a value there was still words
    taken_joins: bool = True  # in ``common_joins``, one template taking the other's form is enough (the other way refused: a shape's words never replace a template's values) when the two differ in values only, no word or field of either lost (``Run List is <*>`` / ``Run List is [role[<*>], recipe[<*>]]``)
    # --- session 16: lead ---
    kept_frames: bool = True  # ``common_joins`` may not lose a value framed whole by brackets (``[<*>] <*> request`` / ``<*> request``): the brackets are the format's own text, a context one call prints and another lacks
    elixir_metadata: bool = True  # Elixir Logger's default ``$time $metadata[$level] $message``: the ``key=value`` pairs before the ``[level]``, a varying set per line, are header
