"""The UNSEEN7-S7 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py .. loggen_unseen6.py), not in LogHub's 16 and not in
hybridlogparser's HiBench/CTS.

Written 2026-11-26 (session 7) by helper S7-unseen7, kept OUTSIDE the repo (/work/unseen-data7) until the
lead has scored Millpond's miner on it once (secrecy: the miner's tuners share the machine).

    python loggen_unseen7.py --out /work/unseen-data7 -n 2000    # writes u7-<program>.tsv.gz
    python loggen_unseen7.py --verify                            # literal text of every template vs the sources

Ground truth (the rule of loggen_unseen3.py / loggen_unseen4.py): one format string / log call in the program's
source is one template; whatever the program fills in is a slot, words included (a "%s" that is always one of a
few words is still a slot).  Text the program's logger adds around the message (timestamps, levels, pids, module
tags, file:line locations, logrus/zap/slog keys) comes from header slots: it is not part of the format string and
never decides a label.

Each program names its repository, the commit read, and the source files of its format strings (SOURCES);
``--verify`` checks every literal run of >= 6 characters of every template against the local bare mirror of
that repository (git grep -F at the recorded commit).  Frequencies: every template gets at least MIN_PER lines,
the rest is drawn Zipf-like by the order templates are listed in (everyday statements first, errors and
start-up lines last).
"""

from __future__ import annotations

from collections.abc import Callable

from loggen_kit import HOSTS, R, USERS, b62, base_slots, choice, clock, day, GeneratedSet, hexs, ip4, ip6, ms3, num

_LINE: dict[str, str] = {}  # values one line's header chose that its message repeats (same camera, pipeline, peer); reset per line
SEED = 71126  # the set's seed
SLOTS = base_slots()
SYSTEMS: dict[str, tuple[str, ...]] = {}
SOURCES: dict[str, tuple[str, str, str]] = {}  # program: (repository, commit read, files holding the format strings)

# ---------------------------------------------------------------- unit (src/nxt_app_log.c / nxt_log: "YYYY/MM/DD HH:MM:SS [level] pid#tid " + "*conn " in connection context)
_UN_APPS = ("myapp", "wordpress", "laravel", "django", "flask-api", "express", "rails", "symfony", "grafana-proxy", "spring-petclinic", "wsgi-demo", "php-fpm-compat", "go-backend")
_UN_MODS = ('php 8.2.7 "/usr/lib/unit/modules/php.unit.so"', 'python 3.11.2 "/usr/lib/unit/modules/python3.11.unit.so"', 'ruby 3.1.2 "/usr/lib/unit/modules/ruby.unit.so"',
            'perl 5.36.0 "/usr/lib/unit/modules/perl.unit.so"', 'java 17.0.9 "/usr/lib/unit/modules/java17.unit.so"', 'wasm 0.1 "/usr/lib/unit/modules/wasm.unit.so"',
            'python 3.12.3 "/usr/local/lib/unit/modules/python3.12.unit.so"', 'php 8.3.6 "/usr/local/lib/unit/modules/php.unit.so"', 'wasm-wasi-component 0.1 "/usr/lib/unit/modules/wasm_wasi_component.unit.so"')


def _un_head(lvl: str, conn: bool = False) -> Callable[[R], str]:
    def head(r: R) -> str:
        pid = r.choice((1, 7, 8, 12, 13, 42, 56, 57, 140, 141, 2301, 2302, 18812))
        tid = pid if r.random() < 0.8 else r.randint(pid, pid + 40)
        c = f"*{r.randint(1, 99999)} " if conn else ""
        return f"2026/11/{day(r):02d} {clock(r)} [{lvl}] {pid}#{tid} {c}"
    return head


def _un_peer(r: R) -> str:
    return r.choice((f"unix:/var/run/{r.choice(_UN_APPS)}.sock", f"{ip4(r)}:{r.choice((80, 443, 8080, 8300, 9000))}", "unix:/var/run/control.unit.sock", f"127.0.0.1:{r.randint(8000, 8999)}"))


def _un_err(r: R) -> str:
    return r.choice(("(111: Connection refused)", "(2: No such file or directory)", "(13: Permission denied)", "(98: Address already in use)", "(110: Connection timed out)",
                     "(24: Too many open files)", "(11: Resource temporarily unavailable)", "(104: Connection reset by peer)", "(99: Cannot assign requested address)"))


SOURCES["unit"] = ("nginx/unit", "ad736f9f4fddd844aed1eb6ee8a9dc88df5533fb",
                   "src/nxt_app_log.c (header), src/nxt_log.c (levels), src/nxt_sprintf.c (%E), src/nxt_process.c, src/nxt_application.c, src/nxt_main_process.c, "
                   "src/nxt_router.c, src/nxt_controller.c, src/nxt_main.c, src/nxt_socket.c, src/nxt_conn_accept.c, src/nxt_epoll_engine.c, src/nxt_h1proto_websocket.c, src/nxt_runtime.c")
SYSTEMS["unit"] = (
    "{un_i}{un_proc} started",
    "{un_n}process {pid} exited with code {un_code}",
    "{un_ec}connect({un_fd}, {un_peer}) failed {un_err}",
    "{un_a}app process {pid} exited on signal {un_sig}{un_core}",
    "{un_ic}websocket error {un_wsc}: {un_wsd}",
    "{un_i}module: {un_mod}",
    "{un_a}process {pid} exited on signal {un_sig}{un_core}",
    "{un_w}failed to start prototype \"{un_app}\"",
    "{un_ic}accept4() failed {un_err}",
    "{un_a}new connections are not accepted within 100ms",
    "{un_a}bind({un_fd}, {un_peer}) failed {un_err}",
    "{un_a}failed to apply new conf",
    "{un_i}controller started",
    "{un_i}router started",
    "{un_i}discovery started",
    "{un_i}unit {un_ver} started",
    "{un_i}using {small} systemd listen sockets",
)
SLOTS.update({
    "un_i": _un_head("info"), "un_n": _un_head("notice"), "un_w": _un_head("warn"), "un_a": _un_head("alert"), "un_ec": _un_head("error", True), "un_ic": _un_head("info", True),
    "un_proc": lambda r: f'"{r.choice(_UN_APPS)}" {r.choice(("prototype", "application", "application"))}', "un_code": choice(("0", "0", "0", "1", "1", "2", "127", "255")),
    "un_fd": num(5, 512), "un_peer": _un_peer, "un_err": _un_err, "un_sig": choice(("9", "11", "11", "15", "6", "7")), "un_core": choice(("", "", " (core dumped)")),
    "un_wsc": choice(("1002", "1003", "1007", "1008", "1009", "1011")),
    "un_wsd": choice(("Invalid close status code", "Unmasked client frame", "Payload length too long", "Fragmented control frame", "Invalid UTF-8 sequence in close frame", "Message too big")),
    "un_mod": choice(_UN_MODS), "un_app": choice(_UN_APPS), "un_ver": choice(("1.34.1", "1.33.0", "1.32.1", "1.34.2")),
})
# ---------------------------------------------------------------- ejabberd (src/ejabberd_logger.erl file_template: time " [" level "] " pid "@" mfa ":" line " " msg)
_EJ_DOMAINS = ("example.com", "chat.example.org", "xmpp.corp.example", "jabber.example.net", "im.shop.example")
_EJ_REMOTE = ("conference.jabber.org", "jabber.ccc.de", "xmpp.jp", "404.city", "conversations.im", "jabber.fr", "blabber.im", "yax.im", "matrix.org", "disroot.org")
_EJ_RES = ("Conversations.aB3x", "gajim.XY12Q", "Dino.2f8a9c", "Psi+", "Monal-iOS.9c1e", "Siskin.7a2b", "pidgin", "profanity", "mobile", "converse.js-84213611")


def _ej_head(lvl: str, mfa: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 999999):06d}+00:00 [{lvl}] <0.{r.randint(300, 99999)}.0>@{mfa} "


def _ej_sock(r: R) -> str:
    return f"{r.choice(('tls', 'tls', 'tcp', 'websocket', 'http_bind'))}|<0.{r.randint(300, 99999)}.0>"


def _ej_peer(r: R) -> str:
    return r.choice((f"::ffff:{ip4(r)}", f"::ffff:{ip4(r)}", ip6(r), ip4(r)))


def _ej_jid(r: R) -> str:
    return f"{r.choice(USERS)}@{r.choice(_EJ_DOMAINS)}"


SOURCES["ejabberd"] = ("processone/ejabberd", "61bf7a9cc9727f48f8069bb88b6253165065a121",
                       "src/ejabberd_logger.erl (file_template), src/ejabberd_c2s.erl, src/ejabberd_listener.erl, src/ejabberd_s2s_in.erl, src/ejabberd_s2s_out.erl, src/ejabberd_s2s.erl, "
                       "src/ejabberd_config.erl, src/ejabberd_app.erl, src/ejabberd_cluster.erl, src/ejabberd_auth_mnesia.erl, src/ejabberd_sm.erl")
SYSTEMS["ejabberd"] = (
    "{ej_ac}({ej_sock}) Accepted c2s {ej_mech} authentication for {user}@{ej_dom} by {ej_be} backend from {ej_peer}",
    "{ej_cc}({ej_sock}) Closing c2s session for {ej_full}: {ej_reason}",
    "{ej_conn}({ej_pid}) Accepted connection {ej_peer}:{port} -> {ej_local}",
    "{ej_fc}({ej_sock}) Failed c2s {ej_mech} authentication {ej_for}from {ej_peer}: {ej_why}",
    "{ej_cso}Closing outbound s2s connection {ej_dom} -> {ej_rem}: {ej_s2serr}",
    "{ej_asi}({ej_sock}) Accepted inbound s2s {ej_s2mech} authentication {ej_rem} -> {ej_dom} ({ej_peer})",
    "{ej_csi}Closing inbound s2s connection {ej_rem} -> {ej_dom}: {ej_s2serr}",
    "{ej_sec}({ej_sock}) Failed to secure c2s connection: {ej_tls}",
    "{ej_bo}Failed to establish outbound s2s connection {ej_dom} -> {ej_rem}: {ej_s2serr}; bouncing for {ej_bounce} seconds",
    "{ej_fsi}({ej_sock}) Failed inbound s2s {ej_s2mech} authentication {ej_rem} -> {ej_dom} ({ej_peer}): {ej_s2why}",
    "{ej_una}Unexpected info: {ej_info}",
    "{ej_dis}Disabling s2s connections to {ej_rem} for 60 seconds",
    "{ej_mn}Mnesia transaction failed: {ej_mnerr}",
    "{ej_sa}Start accepting {ej_proto} connections at {ej_bind} for {ej_mod}",
    "{ej_ld}Loading configuration from {ej_cfg}",
    "{ej_st}ejabberd {ej_ver} is started in the node {ej_node} in {ej_secs}s",
    "{ej_jn}Node {ej_node2} has joined our cluster",
)
SLOTS.update({
    "ej_ac": _ej_head("info", "ejabberd_c2s:process_auth_result/3:304"), "ej_fc": _ej_head("warning", "ejabberd_c2s:process_auth_result/3:312"),
    "ej_cc": _ej_head("info", "ejabberd_c2s:process_terminated/2:327"), "ej_sec": _ej_head("info", "ejabberd_c2s:process_terminated/2:347"),
    "ej_conn": _ej_head("info", "ejabberd_listener:accept/4:384"), "ej_cso": _ej_head("info", "ejabberd_s2s_out:process_closed/2:150"),
    "ej_asi": _ej_head("info", "ejabberd_s2s_in:handle_auth_success/5:183"), "ej_csi": _ej_head("info", "ejabberd_s2s_in:process_closed/2:132"),
    "ej_bo": _ej_head("warning", "ejabberd_s2s_out:process_closed/2:143"), "ej_fsi": _ej_head("warning", "ejabberd_s2s_in:handle_auth_failure/5:200"),
    "ej_una": _ej_head("warning", "ejabberd_c2s:handle_info/2:598"), "ej_dis": _ej_head("info", "ejabberd_s2s:external_host_overloaded/1:92"),
    "ej_mn": _ej_head("error", "ejabberd_auth_mnesia:set_password_instance/3:106"), "ej_sa": _ej_head("info", "ejabberd_listener:init/3:128"),
    "ej_ld": _ej_head("info", "ejabberd_config:load/1:88"), "ej_st": _ej_head("info", "ejabberd_app:start/2:66"), "ej_jn": _ej_head("info", "ejabberd_cluster:handle_info/2:204"),
    "ej_sock": _ej_sock, "ej_peer": _ej_peer, "ej_dom": choice(_EJ_DOMAINS), "ej_rem": choice(_EJ_REMOTE),
    "ej_mech": choice(("SCRAM-SHA-1", "SCRAM-SHA-1", "SCRAM-SHA-256", "PLAIN", "PLAIN", "X-OAUTH2", "SCRAM-SHA-1-PLUS", "HT-SHA-256-ENDP")),
    "ej_be": choice(("sql", "sql", "mnesia", "ldap", "external", "anonymous")),
    "ej_full": lambda r: f"{_ej_jid(r)}/{r.choice(_EJ_RES)}",
    "ej_reason": choice(("Connection closed", "Connection closed", "Stream reset by peer", "Connection timed out", "Idle connection", "Replaced by new connection", "Stream closed by peer: Connection timed out",
                          "Stream closed by local host: XML stanza is too big (policy-violation)", "Stream closed by peer: connection-timeout", "Stream closed by peer: Resource conflict")),
    "ej_pid": lambda r: f"<0.{r.randint(300, 99999)}.0>", "ej_local": choice(("10.0.0.15:5222", "10.0.0.15:5223", "[::]:5222", "10.0.0.15:5269", "172.17.0.2:5280", "10.0.0.15:5443")),
    "ej_for": lambda r: r.choice(("", f"for {r.choice(USERS)}@{r.choice(_EJ_DOMAINS)} ", f"for {r.choice(USERS)}@{r.choice(_EJ_DOMAINS)} ")),
    "ej_why": choice(("Invalid username or password", "Invalid username or password", "Not authorized", "Incorrect proof", "Malformed request", "Invalid JID", "Invalid nonce")),
    "ej_s2serr": choice(("Connection closed", "Stream closed by peer: connection-timeout", "Connection timed out", "DNS lookup failed: non-existing domain", "Stream reset by peer",
                          "TLS failed: unknown CA", "Connection refused", "Stream closed by local host: idle-connection", "Host unreachable", "TLS failed: certificate has expired")),
    "ej_tls": choice(("TLS failed: unknown CA", "TLS failed: handshake failure", "TLS failed: unexpected message", "TLS failed: bad certificate", "TLS failed: closed", "TLS failed: protocol version")),
    "ej_s2mech": choice(("EXTERNAL", "EXTERNAL", "dialback")), "ej_bounce": num(10, 300),
    "ej_s2why": choice(("Unable to verify certificate", "Unable to verify certificate", "Host unknown", "No valid certificate", "Dialback key mismatch")),
    "ej_info": lambda r: r.choice((f"{{timeout,#Ref<0.{r.randint(1000, 9999999)}.{r.randint(1000, 99999999)}.{r.randint(1, 999999)}>,ping}}", "{tcp_closed,#Port<0.1431>}", f"{{'DOWN',#Ref<0.2.3.{r.randint(1, 99999)}>,process,<0.{r.randint(300, 9999)}.0>,normal}}")),
    "ej_mnerr": choice(("{aborted,{no_exists,passwd}}", "{aborted,{node_not_running,ejabberd@db2}}", "{aborted,{bad_type,passwd,{passwd,{<<\"bob\">>,<<\"example.com\">>},<<>>}}}")),
    "ej_proto": choice(("TCP", "TCP", "TCP", "UDP")), "ej_bind": choice(("[::]:5222", "[::]:5223", "[::]:5269", "[::]:5280", "[::]:5443", "[::]:1883", "[::]:3478", "0.0.0.0:5222", "[::]:7777")),
    "ej_mod": choice(("ejabberd_c2s", "ejabberd_s2s_in", "ejabberd_http", "mod_mqtt", "ejabberd_stun", "mod_proxy65")),
    "ej_cfg": choice(("/opt/ejabberd/conf/ejabberd.yml", "/etc/ejabberd/ejabberd.yml", "/home/ejabberd/conf/ejabberd.yml")),
    "ej_ver": choice(("24.12", "25.03", "25.04", "23.10")), "ej_node": choice(("ejabberd@localhost", "ejabberd@xmpp1", "ejabberd@xmpp2", "ejabberd@ejabberd-0.ejabberd")),
    "ej_secs": lambda r: f"{r.uniform(0.8, 9.5):.2f}", "ej_node2": choice(("ejabberd@xmpp1", "ejabberd@xmpp2", "ejabberd@xmpp3", "ejabberd@ejabberd-1.ejabberd", "ejabberd@ejabberd-2.ejabberd")),
})
# ---------------------------------------------------------------- fluentd (lib/fluent/log.rb: "#{time} [#{level}]: #{worker_id_part}" + plugin "[@id] " + " key=value" fields)
_FD_IDS = ("out_es", "out_s3", "out_forward", "out_loki", "es_output", "kafka_out", "out_opensearch", "in_tail_nginx", "in_tail_container_logs", "out_http")
_FD_TAIL = ("/var/log/nginx/access.log", "/var/log/nginx/error.log", "/var/log/syslog", "/var/log/app/production.log", "/var/log/auth.log", "/var/log/messages", "/var/log/mysql/mysql-slow.log")
_FD_TAGS = ("kubernetes.var.log.containers.api-7f9c-x2kqz_prod_api", "nginx.access", "nginx.error", "app.production", "syslog.auth", "docker.3f1e2a9b", "system.var.log.messages", "fluent.warn")


def _fd_head(lvl: str, plugin: bool = True, worker: bool = True) -> Callable[[R], str]:
    def head(r: R) -> str:  # multi-worker deployment: every worker line has "#N "; plugins configured with @id carry "[id] "
        w = r.choice(("#0 ", "#0 ", "#1 ", "#2 ", "#3 ")) if worker else ""
        p = f"[{r.choice(_FD_IDS)}] " if plugin and r.random() < 0.8 else ""
        return f"2026-11-{day(r):02d} {clock(r)} {r.choice(('+0000', '+0000', '+0100', '-0500', '+0900'))} [{lvl}]: {w}{p}"
    return head


def _fd_cpath(r: R) -> str:
    return f"/var/log/containers/{r.choice(('api', 'web', 'worker', 'nginx-ingress-controller', 'coredns', 'payments'))}-{hexs(r, 9)}-{b62(r, 5).lower()}_{r.choice(('prod', 'default', 'kube-system', 'staging'))}_{r.choice(('app', 'nginx', 'controller'))}-{hexs(r, 64)}.log"


def _fd_time(r: R) -> str:
    return f"2026-11-{day(r):02d} {clock(r)} +0000"


def _fd_err(r: R) -> str:
    return r.choice((f'error_class=Errno::ECONNREFUSED error="Connection refused - connect(2) for {ip4(r)}:9200"',
                     'error_class=Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure error="could not push logs to Elasticsearch cluster ({:host=>\\"es-master\\", :port=>9200, :scheme=>\\"http\\"}): [429] {\\"error\\":{\\"type\\":\\"es_rejected_execution_exception\\"}}"',
                     f'error_class=Net::ReadTimeout error="Net::ReadTimeout with #<TCPSocket:(closed)>"',
                     f'error_class=Aws::S3::Errors::SlowDown error="Please reduce your request rate."',
                     f'error_class=Fluent::Plugin::ForwardOutput::NoNodesAvailable error="no nodes are available"',
                     f'error_class=Errno::ETIMEDOUT error="Connection timed out - connect(2) for \\"{r.choice(HOSTS)}\\" port 24224"',
                     f'error_class=Faraday::ConnectionFailed error="Failed to open TCP connection to loki.monitoring:3100 (getaddrinfo: Name or service not known)"'))


SOURCES["fluentd"] = ("fluent/fluentd", "ff8682d797436bdadca8da39b862eb23f6700515",
                      "lib/fluent/log.rb (format), lib/fluent/plugin/in_tail.rb, lib/fluent/plugin/output.rb, lib/fluent/plugin/in_forward.rb, lib/fluent/plugin/out_forward.rb, "
                      "lib/fluent/plugin/out_forward/connection_manager.rb, lib/fluent/match.rb, lib/fluent/root_agent.rb, lib/fluent/supervisor.rb, lib/fluent/engine.rb, lib/fluent/plugin/buffer.rb")
SYSTEMS["fluentd"] = (
    "{fd_i}following tail of {fd_file}",
    "{fd_w}failed to flush the buffer. retry_times={small} next_retry_time={fd_time} chunk=\"{fd_chunk}\" {fd_err}",
    "{fd_w}retry succeeded. chunk_id=\"{fd_chunk}\"",
    "{fd_w}pattern not matched: \"{fd_line}\"",
    "{fd_i}detected rotation of {fd_file}; waiting {fd_rw} seconds",
    "{fd_w}no patterns matched tag=\"{fd_tag}\"",
    "{fd_w}buffer flush took longer time than slow_flush_log_threshold: elapsed_time={fd_el} slow_flush_log_threshold=20.0 plugin_id=\"{fd_id}\"",
    "{fd_w}dump an error event: error_class=Fluent::Plugin::Parser::ParserError error=\"pattern not matched with data '{fd_raw}'\" location=nil tag=\"{fd_tag}\" time={fd_time} record={\"log\"=>\"{fd_raw}\"}",
    "{fd_i}detected rotation of {fd_file}",
    "{fd_w}failed to write data into buffer by buffer overflow action=:{fd_ov}",
    "{fd_e}Hit limit for retries. dropping all chunks in the buffer queue. retry_times={fd_rt} records={n} error_class={fd_ecls} error=\"{errno}\"",
    "{fd_w}chunk bytes limit exceeds for an emitted event stream: {fd_bytes}bytes",
    "{fd_w}disconnected by error host=\"{fd_node}\" port=24224 error_class=Errno::ECONNRESET error=\"Connection reset by peer\"",
    "{fd_i}listening port port={fd_port} bind=\"{fd_bind}\"",
    "{fd_i0}starting fluentd worker pid={pid} ppid={pid} worker={small}",
    "{fd_i0}fluentd worker is now running worker={small}",
    "{fd_sup}starting fluentd-{fd_ver} pid={pid} ruby=\"{fd_ruby}\"",
    "{fd_i0}adding forwarding server '{fd_node}' host=\"{fd_node}\" port=24224 weight=60 plugin_id=\"{fd_id}\"",
)
SLOTS.update({
    "fd_i": _fd_head("info"), "fd_w": _fd_head("warn"), "fd_e": _fd_head("error"), "fd_i0": _fd_head("info", plugin=False), "fd_sup": _fd_head("info", plugin=False, worker=False),
    "fd_file": lambda r: r.choice(_FD_TAIL) if r.random() < 0.45 else _fd_cpath(r), "fd_time": _fd_time, "fd_chunk": lambda r: hexs(r, 32), "fd_err": _fd_err,
    "fd_line": lambda r: r.choice((f'{ip4(r)} - - [{day(r):02d}/Nov/2026:{clock(r)} +0000] \\"GET /healthz HTTP/1.1\\" 200 2 \\"-\\" \\"kube-probe/1.29\\"',
                                   f"{clock(r)}.{ms3(r)} [{r.choice(('main', 'pool-1-thread-3', 'http-nio-8080-exec-7'))}] ERROR c.e.OrderService - failed to load order {r.randint(1000, 99999)}",
                                   f"\\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:{r.randint(100, 2800)})",
                                   f"Nov {day(r)} {clock(r)} {r.choice(HOSTS)} kernel: [UFW BLOCK] IN=eth0 OUT= SRC={ip4(r)}")),
    "fd_rw": choice(("5", "5", "5", "10", "0")), "fd_tag": choice(_FD_TAGS), "fd_el": lambda r: f"{r.uniform(20, 95):.9f}", "fd_id": choice(_FD_IDS),
    "fd_raw": lambda r: r.choice((f"{clock(r)} {r.choice(('WARN', 'INFO'))} starting job {r.randint(1, 9999)}", f"E{r.randint(1000, 1231)} {clock(r)}.{r.randint(0, 999999):06d}       1 reflector.go:{r.randint(100, 600)}] watch failed", "<html><body>502 Bad Gateway</body></html>")),
    "fd_ov": choice(("throw_exception", "throw_exception", "block", "drop_oldest_chunk")), "fd_rt": num(5, 17),
    "fd_ecls": choice(("Errno::ECONNREFUSED", "Net::OpenTimeout", "Fluent::Plugin::ForwardOutput::NoNodesAvailable", "Errno::EPIPE")),
    "fd_bytes": lambda r: str(r.randint(8_500_000, 64_000_000)), "fd_node": lambda r: r.choice(("aggregator-0.fluentd", "aggregator-1.fluentd", "fluentd-agg.logging.svc", ip4(r))),
    "fd_port": choice(("24224", "24224", "5140", "9880", "24220")), "fd_bind": choice(("0.0.0.0", "0.0.0.0", "::", "127.0.0.1")),
    "fd_ver": choice(("1.18.0", "1.17.1", "1.16.5", "1.19.0")), "fd_ruby": choice(("3.2.6", "3.3.7", "3.2.2", "3.4.1")),
})
# ---------------------------------------------------------------- buildbot master (twistd.log: twisted "%Y-%m-%d %H:%M:%S%z [system] " + log.msg text)
_BB_BUILDERS = ("runtests", "linux-x86_64", "docs", "windows-msvc", "macos-arm64", "lint", "package-deb", "integration-py312", "release", "coverage", "arm-cross", "nightly-full")
_BB_WORKERS = ("worker-01", "worker-02", "lnx-builder-3", "win-builder-1", "mac-mini-02", "docker-latent-7", "ec2-spot-4", "arm64-pi5", "ci-worker-c")
_BB_REPOS = ("https://github.com/example/webapp.git", "git@gitlab.corp.example:infra/ansible.git", "https://git.example.org/libfoo.git", "ssh://git@bitbucket.example.com:7999/proj/api.git")
_BB_STEPS = ("git", "compile", "test", "shell", "shell_1", "pip install", "make check", "upload artifacts", "lint", "pytest", "configure", "trigger", "docker build")
_BB_RES = ("success", "success", "success", "warnings", "failure", "failure", "exception", "skipped", "retry", "cancelled")


def _bb_head(r: R) -> str:
    sysn = r.choice(("-", "-", "-", "-", f"Broker,{r.randint(0, 40)},{ip4(r)}", f"HTTPChannel,{r.randint(0, 900)},{ip4(r)}", "Uninitialized", "Broker,client"))
    return f"2026-11-{day(r):02d} {clock(r)}{r.choice(('+0000', '+0000', '+0100', '-0800'))} [{sysn}] "


def _bb_build(r: R) -> str:
    return f"<Build {r.choice(_BB_BUILDERS)} number:{r.choice(('None', str(r.randint(1, 9999))))} results:{r.choice(_BB_RES)}>"


def _bb_wfb(r: R) -> str:
    return f"<WorkerForBuilder builder='{r.choice(_BB_BUILDERS)}' worker='{r.choice(_BB_WORKERS)}' state={r.choice(('AVAILABLE', 'BUILDING', 'DETACHED', 'AVAILABLE'))}>"


SOURCES["buildbot"] = ("buildbot/buildbot", "61f2f4118098dbbd22cf9212e2b470cea7c505ba",
                       "master/buildbot/process/build.py (Build.__repr__), master/buildbot/process/workerforbuilder.py, master/buildbot/process/builder.py, master/buildbot/worker/base.py, "
                       "master/buildbot/worker/protocols/manager/pb.py, master/buildbot/worker/manager.py, master/buildbot/master.py, master/buildbot/changes/gitpoller.py, master/buildbot/process/botmaster.py")
SYSTEMS["buildbot"] = (
    "{bb_h} step '{bb_step}' complete: {bb_res} ({bb_text})",
    "{bb_h}starting build {bb_build} using worker {bb_wfb}",
    "{bb_h}starting build {bb_build}.. pinging the worker {bb_wfb}",
    "{bb_h} {bb_build}: build finished",
    "{bb_h}gitpoller: processing {bb_nchg} changes: {bb_revs} from \"{bb_repo}\" branch \"{bb_branch}\"",
    "{bb_h}Build {bb_build} waiting for lock {bb_lock}",
    "{bb_h}worker '{bb_worker}' attaching from {bb_peer}",
    "{bb_h}Got workerinfo from '{bb_worker}'",
    "{bb_h}bot attached",
    "{bb_h}Worker.detached({bb_worker})",
    "{bb_h} {bb_build}: stopping build: {bb_reason} {bb_resn}",
    "{bb_h}{bb_worker} has been put in quarantine for {bb_q}s",
    "{bb_h}Old connection for '{bb_worker}' was lost, accepting new",
    "{bb_h}invalid login from user '{bb_worker}'",
    "{bb_h}adding {small} new builders, removing {small}",
    "{bb_h}{bb_cfg} (took {bb_took} seconds)",
    "{bb_h}Starting BuildMaster -- buildbot.version: {bb_ver}",
    "{bb_h}BuildMaster is running",
)
SLOTS.update({
    "bb_h": _bb_head, "bb_step": choice(_BB_STEPS), "bb_res": choice(_BB_RES),
    "bb_text": lambda r: r.choice(("None", "None", f"['{r.choice(_BB_STEPS)}']", f"['{r.choice(_BB_STEPS)}', 'failed']", f"['tests', '{r.randint(1, 4000)} passed']")),
    "bb_build": _bb_build, "bb_wfb": _bb_wfb, "bb_nchg": num(1, 12), "bb_repo": choice(_BB_REPOS),
    "bb_revs": lambda r: "[" + ", ".join(f"'{hexs(r, 40)}'" for _ in range(r.randint(1, 3))) + "]",
    "bb_branch": choice(("main", "main", "master", "develop", "release/2.4", "feature/login-rework", "refs/heads/main")),
    "bb_lock": lambda r: r.choice((f"<MasterLock({r.choice(('deploy', 'db-migrate', 'sequential'))}, 1)>", f"<WorkerLock({r.choice(('cpu', 'docker'))}, {r.randint(1, 4)})[{r.choice(_BB_WORKERS)}] {r.randint(139800000000000, 139899999999999)}>")),
    "bb_worker": choice(_BB_WORKERS), "bb_peer": lambda r: f"IPv4Address(type='TCP', host='{ip4(r)}', port={r.randint(1024, 65535)})",
    "bb_reason": choice(("The web UI has stopped the build", "Build has been cancelled", "worker lost", "Build stopped because of timeout", "Build has been stopped by user")),
    "bb_resn": choice(("2", "4", "6", "5")), "bb_q": choice(("10", "20", "40", "80", "160", "320", "640", "1280", "2560", "3600")),
    "bb_cfg": choice(("configuration update complete", "configuration update complete", "configuration update aborted without making any changes")),
    "bb_took": lambda r: f"{r.uniform(0.01, 9):.3f}", "bb_ver": choice(("4.2.1", "4.1.0", "3.11.7", "4.3.0")),
})
# ---------------------------------------------------------------- roundcube (rcube::write_log: "[d-M-Y H:i:s O]: <sess8> " + line; errors.log via rcube::log_bug "%s Error: %s%s (%s %s)")
_RC_DOM = ("example.com", "corp.example", "mail.example.org", "shop.example", "uni.example.edu")
_RC_URI = ("POST /?_task=login&_action=login", "POST /?_task=mail&_action=send", "GET /?_task=mail&_mbox=INBOX", "POST /?_task=mail&_action=refresh", "GET /?_task=addressbook&_action=list&_source=1",
           "POST /?_task=mail&_action=list", "POST /?_task=settings&_action=save-identity", "GET /?_task=mail&_action=show&_uid=4411&_mbox=INBOX")


def _rc_head(r: R) -> str:
    return f"[{day(r):02d}-Nov-2026 {clock(r)} {r.choice(('+0000', '+0100', '+0100', '+0200', '-0500'))}]: <{b62(r, 8).lower()}> "


def _rc_mail(r: R) -> str:
    return f"{r.choice(USERS)}{r.choice(('', '', '.' + r.choice(USERS), str(r.randint(1, 99))))}@{r.choice(_RC_DOM)}"


def _rc_loc(file: str, line: int) -> Callable[[R], str]:
    return lambda r: f" in {r.choice(('/var/www/html', '/usr/share/roundcube', '/var/www/roundcube'))}/program/{file} on line {line} ({r.choice(_RC_URI)})"


SOURCES["roundcube"] = ("roundcube/roundcubemail", "28b44419ee44c8749a85e7183325055c2cf68a4d",
                        "program/lib/Roundcube/rcube.php (write_log, log_bug, deliver_message sendmail log), program/include/rcmail.php (log_login), program/lib/Roundcube/rcube_imap.php, "
                        "program/lib/Roundcube/rcube_smtp.php, program/lib/Roundcube/rcube_db.php, program/lib/Roundcube/rcube_plugin_api.php, program/lib/Roundcube/rcube_ldap.php, program/actions/mail/send.php")
SYSTEMS["roundcube"] = (
    "{rc_h}Successful login for {rc_user} (ID: {rc_id}) from {ip} in session {rc_sess}",
    "{rc_h}User {rc_user} [{ip}]; Message {rc_msgid} for {rc_rcpts}; {rc_resp}",
    "{rc_h}Failed login for {rc_user} from {ip} in session {rc_sess} (error: {rc_code})",
    "{rc_h}IMAP Error: Login failed for {rc_user} against {rc_imap} from {ip}. {rc_imaperr}{rc_l_imap}",
    "{rc_h}SMTP Error: Failed to add recipient '{rc_to}': {rc_smtp550} (Code: 550){rc_l_smtp}",
    "{rc_h}SMTP Error: Authentication failure: {rc_autherr} (Code: 535){rc_l_smtp}",
    "{rc_h}SMTP Error: Connection failed: {rc_connerr} (Code: {rc_ccode}){rc_l_smtp}",
    "{rc_h}DB Error: {rc_dberr} (SQL Query: {rc_sql}){rc_l_db}",
    "{rc_h}PHP Error: Could not delete message from {rc_drafts}{rc_l_send}",
    "{rc_h}PHP Error: Could not connect to any LDAP server{rc_l_ldap}",
    "{rc_h}PHP Error: Access denied for new user {rc_user}. 'auto_create_user' is disabled{rc_l_new}",
    "{rc_h}PHP Error: Failed to load plugin file {rc_plug}{rc_l_plug}",
    "{rc_h}PHP Error: Addressbook source ({rc_ab}) not found!{rc_l_ab}",
    "{rc_h}PHP Error: Failed to create new user{rc_l_user}",
    "{rc_h}PHP Error: Configuration error. Unsupported cache driver: {rc_cache}{rc_l_cache}",
    "{rc_h}PHP Error: No handler found for action {rc_action}{rc_l_act}",
)
SLOTS.update({
    "rc_h": _rc_head, "rc_user": lambda r: _rc_mail(r) if r.random() < 0.8 else r.choice(USERS), "rc_id": num(1, 4800), "rc_sess": lambda r: b62(r, 16).lower(),
    "rc_code": choice(("1", "1", "1", "2", "3", "4")), "rc_msgid": lambda r: f"<{hexs(r, 32)}@{r.choice(_RC_DOM)}>",
    "rc_rcpts": lambda r: ", ".join(_rc_mail(r) for _ in range(r.randint(1, 3))), "rc_resp": lambda r: r.choice((f"250: 2.0.0 Ok: queued as {hexs(r, 10).upper()}", f"250: 2.0.0 Ok: queued as {hexs(r, 11).upper()}", f"250: OK id=1v{b62(r, 5)}-{b62(r, 6)}-{b62(r, 2)}")),
    "rc_imap": choice(("localhost", "imap.example.com", "ssl://mail.corp.example", "tls://imap.example.org", "dovecot")),
    "rc_imaperr": choice(("AUTHENTICATE PLAIN: Authentication failed.", "AUTHENTICATE PLAIN: Authentication failed.", "LOGIN: Authentication failed.", "Empty startup greeting (localhost:143)",
                           "AUTHENTICATE PLAIN: [AUTHENTICATIONFAILED] Authentication failed.", "Could not connect to ssl://mail.corp.example:993: Connection timed out", "LOGIN: [UNAVAILABLE] Temporary authentication failure.")),
    "rc_l_imap": _rc_loc("lib/Roundcube/rcube_imap.php", 200), "rc_l_smtp": choice((" (POST /?_task=mail&_action=send)", " (POST /?_task=mail&_action=send)", " (POST /?_task=mail&_action=send&_remote=1)")), "rc_l_db": _rc_loc("lib/Roundcube/rcube_db.php", 556),
    "rc_l_send": _rc_loc("actions/mail/send.php", 243), "rc_l_ldap": _rc_loc("lib/Roundcube/rcube_ldap.php", 502), "rc_l_new": _rc_loc("include/rcmail.php", 807),
    "rc_l_plug": _rc_loc("lib/Roundcube/rcube_plugin_api.php", 186), "rc_l_ab": _rc_loc("include/rcmail.php", 376), "rc_l_user": _rc_loc("lib/Roundcube/rcube_user.php", 725),
    "rc_l_cache": _rc_loc("lib/Roundcube/rcube_cache.php", 72), "rc_l_act": _rc_loc("lib/Roundcube/rcube_plugin_api.php", 557),
    "rc_to": _rc_mail, "rc_smtp550": choice(("5.1.1 <x>: Recipient address rejected: User unknown in virtual mailbox table", "5.7.1 Relaying denied", "5.1.0 Address rejected.", "5.7.1 Service unavailable; Client host blocked using zen.spamhaus.org")),
    "rc_autherr": choice(("5.7.8 Error: authentication failed: authentication failure", "5.7.8 Username and Password not accepted.", "5.7.0 Authentication failed")),
    "rc_connerr": choice(("Failed to connect socket: Connection refused", "Failed to connect socket: Connection timed out", "Failed to connect socket: php_network_getaddresses: getaddrinfo for smtp failed: Name or service not known", "Invalid response code received from server")),
    "rc_ccode": choice(("", "", "421", "")),
    "rc_dberr": choice(("SQLSTATE[HY000] [2002] Connection refused", "SQLSTATE[HY000]: General error: 5 database is locked", "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction",
                         "SQLSTATE[08006] [7] could not connect to server: Connection refused", "SQLSTATE[HY000]: General error: 2006 MySQL server has gone away")),
    "rc_sql": lambda r: r.choice((f"UPDATE `session` SET `changed` = now(), `vars` = '{b62(r, 24)}...' WHERE `sess_id` = '{b62(r, 26).lower()}'", f"SELECT * FROM `users` WHERE `username` = '{_rc_mail(r)}' AND `mail_host` = 'localhost'",
                                  f"DELETE FROM `cache_messages` WHERE `expires` < now()", f"INSERT INTO `cache_index` (`user_id`, `mailbox`, `expires`, `valid`, `data`) VALUES ({r.randint(1, 4000)}, 'INBOX', now() + interval 864000 second, 1, 'a:3:...')")),
    "rc_drafts": choice(("Drafts", "Drafts", "INBOX.Drafts", "Entwürfe", "[Gmail]/Drafts")),
    "rc_plug": lambda r: f"{r.choice(('/var/www/html', '/usr/share/roundcube'))}/plugins/{r.choice(('managesieve', 'markasjunk', 'password', 'carddav', 'twofactor_gauthenticator', 'enigma'))}/{r.choice(('managesieve', 'markasjunk', 'password', 'carddav', 'twofactor_gauthenticator', 'enigma'))}.php",
    "rc_ab": choice(("1", "0", "carddav_3", "ldap_global", "global")), "rc_cache": choice(("memcache", "apc", "redis", "memcached")),
    "rc_action": choice(("plugin.managesieve-action", "plugin.password-save", "plugin.carddav-sync", "plugin.enigma")),
})
# ---------------------------------------------------------------- pgcat (src/logger.rs: tracing_subscriber fmt().with_thread_ids(true): "TS LEVEL ThreadId(NN) target: msg")
_PC_POOLS = ("app", "app", "analytics", "billing", "sharded_db", "orders", "users_ro", "metabase")
_PC_USERS = ("app_user", "app_user", "readonly", "billing_svc", "sharding_user", "metabase", "etl", "postgres")


def _pc_head(lvl: str, target: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{r.randint(0, 999999):06d}Z {lvl:>5} ThreadId({r.randint(1, 9):02d}) {target}: "


def _pc_fields(r: R) -> str:
    return ", ".join(f"{k}: {r.randint(0, 10 ** r.randint(1, 7))}" for k in ("xact_count", "query_count", "bytes_received", "bytes_sent", "xact_time", "query_time", "wait_time", "errors"))


def _pc_addr(r: R) -> str:
    pool = r.choice(_PC_POOLS)
    role = r.choice(("Primary", "Replica", "Replica"))
    return (f'Address {{ id: {r.randint(0, 12)}, host: "{r.choice(("10.0.3.11", "10.0.3.12", "10.0.3.13", "pg-primary.db.svc", "pg-replica-1.db.svc", "postgres-0.postgres"))}", port: 5432, '
            f'shard: {r.randint(0, 3)}, database: "{pool}", role: {role}, replica_number: {r.randint(0, 2)}, address_index: {r.randint(0, 3)}, username: "{r.choice(_PC_USERS)}", '
            f'pool_name: "{pool}", mirrors: [], stats: AddressStats {{ total: AddressStatFields {{ {_pc_fields(r)} }}, current: AddressStatFields {{ {_pc_fields(r)} }}, '
            f'averages: AddressStatFields {{ {_pc_fields(r)} }}, averages_updated: {r.choice(("false", "true"))} }}, error_count: {r.randint(0, 40)} }}')


def _pc_dur(r: R) -> str:
    s = r.randint(0, 10 ** r.randint(1, 6))
    return f"{s // 86400}d {s // 3600 % 24:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{r.randint(0, 999):03d}"


SOURCES["pgcat"] = ("postgresml/pgcat", "5b038813eb14f181434ab7b5509e74d9b1fe123b",
                    "src/logger.rs (format), src/client.rs, src/main.rs, src/pool.rs, src/server.rs, src/config.rs (Address Debug), src/stats/address.rs, src/lib.rs (format_duration), src/admin.rs")
SYSTEMS["pgcat"] = (
    "{pc_ci}Client {pc_peer} connected (plain)",
    "{pc_di}Client {pc_peer} disconnected, session duration: {pc_dur}",
    "{pc_ci}Client {pc_peer} connected (TLS)",
    "{pc_sw}{pc_smsg} {pc_addr}, session duration: {pc_dur}",
    "{pc_ce}Could not get connection from pool: { pool_name: \"{pc_pool}\", username: \"{pc_user}\", shard: {pc_shard}, role: \"{pc_role}\", error: \"{pc_err}\" }",
    "{pc_ci}Client {pc_peer} issued a cancel query request",
    "{pc_pe}Banning instance {pc_addr}, reason: {pc_ban}",
    "{pc_pe}Failed health check on instance {pc_addr}, error: {pc_hcerr}",
    "{pc_ce}Client idle in transaction timeout: { pool_name: {pc_pool}, username: {pc_user}, shard: {pc_shard}, role: \"{pc_role}\" }",
    "{pc_pw}Unbanning all replicas.",
    "{pc_pi}[pool: {pc_pool}][user: {pc_user}] creating new pool",
    "{pc_pi}[pool: {pc_pool}][user: {pc_user}] has not changed",
    "{pc_ce}Checkout failure limit reached ({small} / {small}) - disconnecting client",
    "{pc_ai}Reloading config",
    "{pc_mi}Got SIGTERM, closing with {n} clients active",
    "{pc_mi}Running on 0.0.0.0:{pc_port}",
    "{pc_mi}Welcome to PgCat! Meow. (Version {pc_ver})",
)
SLOTS.update({
    "pc_ci": _pc_head("INFO", "pgcat::client"), "pc_ce": _pc_head("ERROR", "pgcat::client"), "pc_di": _pc_head("INFO", "pgcat"), "pc_sw": _pc_head("INFO", "pgcat::server"),
    "pc_pe": _pc_head("ERROR", "pgcat::pool"), "pc_pw": _pc_head("WARN", "pgcat::pool"), "pc_pi": _pc_head("INFO", "pgcat::pool"), "pc_ai": _pc_head("INFO", "pgcat::admin"), "pc_mi": _pc_head("INFO", "pgcat"),
    "pc_peer": lambda r: f"{ip4(r)}:{r.randint(1024, 65535)}", "pc_dur": _pc_dur, "pc_addr": _pc_addr,
    "pc_smsg": choice(("Server connection closed", "Server connection closed", "Server connection terminated")),
    "pc_pool": choice(_PC_POOLS), "pc_user": choice(_PC_USERS), "pc_shard": lambda r: r.choice(("None", "Some(0)", "Some(1)", "Some(2)")), "pc_role": choice(("Some(Primary)", "Some(Replica)", "None")),
    "pc_err": choice(("AllServersDown", "AllServersDown", "ShuttingDown", "ServerStartupError(\\\"error reading password\\\", ...)")),
    "pc_ban": lambda r: r.choice(("FailedHealthCheck", "FailedHealthCheck", "MessageSendFailed", "MessageReceiveFailed", "FailedCheckout", "StatementTimeout", f"AdminBan({r.randint(60, 3600)})")),
    "pc_hcerr": choice(("SocketError(\"Error reading message code from socket - Error Kind(UnexpectedEof)\")", "ServerError", "StatementTimeout", "SocketError(\"Error reading message len from socket - Error Kind(ConnectionReset)\")")),
    "pc_port": choice(("6432", "6432", "5432", "6433")), "pc_ver": choice(("1.2.0", "1.1.1", "1.3.0")),
})
# ---------------------------------------------------------------- dkron (dkron/log.go: logrus TextFormatter{FullTimestamp} + WithField("node"): time="..." level=.. msg=".." sorted fields)
_DK_JOBS = ("backup-postgres", "cleanup-tmp", "send-digest-emails", "sync-inventory", "rotate-logs", "billing-invoice-run", "refresh-mviews", "healthcheck-ping", "export-s3", "purge-sessions", "es-snapshot", "cert-renew")
_DK_NODES = ("dkron-server-0", "dkron-server-1", "dkron-server-2", "dkron-agent-web01", "dkron-agent-db01", "worker-3", "ip-10-0-1-17")


def _dk_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f'time="2026-11-{day(r):02d}T{clock(r)}Z" level={lvl} msg="'


def _dk_addr(r: R) -> str:
    return f"{r.choice(('10.0.1.17', '10.0.1.18', '10.0.1.19', '10.0.2.40', '172.18.0.3', '172.18.0.4'))}:6868"


SOURCES["dkron"] = ("distribworks/dkron", "3e5ce602e94a79cc07f926d6376536312d4eb279",
                    "dkron/log.go (TextFormatter, node field), dkron/run.go, dkron/grpc_agent.go, dkron/grpc.go, dkron/grpc_client.go, dkron/job.go, dkron/leader.go, dkron/agent.go, dkron/api.go, dkron/retry_join.go, dkron/serf.go")
SYSTEMS["dkron"] = (
    '{dk_i}agent: Calling AgentRun" job_name={dk_job} node={dk_node}',
    '{dk_i}grpc_agent: Starting job" job={dk_job} node={dk_node}',
    '{dk_i}grpc: Processing execution with plugin" node={dk_node} plugin={dk_plug}',
    '{dk_i}job: Skipping concurrent execution (found running executions in storage)" concurrency=forbid job={dk_job} job_status={dk_st} node={dk_node} running_count={small}',
    '{dk_e}grpc: Error calling gRPC method" error="{dk_rpcerr}" method={dk_meth} node={dk_node} server_addr="{dk_addr}"',
    '{dk_e}grpc: error dialing." error="{dk_dialerr}" method={dk_meth} node={dk_node} server_addr="{dk_addr}"',
    '{dk_e}agent: Error calling AgentRun" job_name={dk_job} node={dk_node}',
    '{dk_i}grpc: ExecutionDone forwarded to the leader" node={dk_node}',
    '{dk_i}grpc: Done deleting ephemeral job" job={dk_job} node={dk_node}',
    '{dk_w}agent: Join {dk_cluster} failed: {dk_joinerr}, retrying in {dk_retry}" node={dk_node}',
    '{dk_i}Updating LAN server" node={dk_node} server="{dk_srv}"',
    '{dk_i}dkron: cluster leadership acquired" node={dk_node}',
    '{dk_i}dkron: cluster leadership lost" node={dk_node}',
    '{dk_i}agent: joining: [{dk_addrs}] replay: {dk_bool}" node={dk_node}',
    '{dk_i}agent: Starting scheduler" node={dk_node}',
    '{dk_i}api: Running HTTP server" address="{dk_http}" node={dk_node}',
    '{dk_i}agent: Dkron agent starting" node={dk_node}',
)
SLOTS.update({
    "dk_i": _dk_head("info"), "dk_w": _dk_head("warning"), "dk_e": _dk_head("error"), "dk_job": choice(_DK_JOBS), "dk_node": choice(_DK_NODES),
    "dk_plug": choice(("shell", "shell", "http", "log", "files", "syslog", "kafka", "nats")), "dk_st": choice(("running", "success", "failed", "partially_failed")),
    "dk_rpcerr": choice(("rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing: dial tcp 10.0.1.18:6868: connect: connection refused\\\"",
                          "rpc error: code = Unknown desc = raft: not leader", "rpc error: code = DeadlineExceeded desc = context deadline exceeded", "rpc error: code = Unknown desc = job not found",
                          "rpc error: code = Canceled desc = grpc: the client connection is closing")),
    "dk_dialerr": choice(("context deadline exceeded", "dial tcp 10.0.1.19:6868: i/o timeout", "dial tcp 172.18.0.4:6868: connect: no route to host")),
    "dk_meth": choice(("ExecutionDone", "ExecutionDone", "AgentRun", "Leave", "RunJob", "SetJob", "GetJob", "DeleteJob", "RaftRemovePeerByID")), "dk_addr": _dk_addr,
    "dk_cluster": choice(("LAN", "LAN", "WAN")), "dk_joinerr": choice(("agent: Error joining the cluster: 1 error occurred:\\n\\t* Failed to join 10.0.1.17:8946: dial tcp 10.0.1.17:8946: connect: connection refused\\n\\n",
                                                                        "No servers to join", "discover-k8s: error listing pods: pods is forbidden")), "dk_retry": choice(("30s", "30s", "15s", "1m0s")),
    "dk_srv": lambda r: f"{r.choice(_DK_NODES[:3])} (Addr: {_dk_addr(r)}) (DC: {r.choice(('dc1', 'dc1', 'eu-west-1'))})",
    "dk_addrs": lambda r: " ".join(f"{r.choice(('dkron-server-0.dkron', 'dkron-server-1.dkron', '10.0.1.17', '10.0.1.18'))}:8946" for _ in range(r.randint(1, 3))), "dk_bool": choice(("true", "false", "false")),
    "dk_http": choice((":8080", ":8080", "0.0.0.0:8080", ":8888")),
})
# ---------------------------------------------------------------- eureka server (eureka-server/src/main/resources/log4j.properties: "%d %-5p %C:%L [%t] [%M] %m%n")
_EU_APPS = ("ORDER-SERVICE", "PAYMENT-SERVICE", "API-GATEWAY", "USER-SERVICE", "INVENTORY", "NOTIFICATION-SERVICE", "CONFIG-SERVER", "CATALOG", "AUTH-SERVICE", "SHIPPING-SVC")
_EU_PEERS = ("http://eureka-1.eureka:8761/eureka/", "http://eureka-2.eureka:8761/eureka/", "http://eureka-0.eureka:8761/eureka/", "http://10.0.4.21:8080/eureka/v2/", "http://discovery-b.corp.example:8761/eureka/")


def _eu_head(lvl: str, cls: str, line: int, method: str, threads: tuple[str, ...]) -> Callable[[R], str]:
    def head(r: R) -> str:
        t = r.choice(threads).replace("N", str(r.randint(1, 200)))
        return f"2026-11-{day(r):02d} {clock(r)},{ms3(r)} {lvl:<5} com.netflix.eureka.{cls}:{line} [{t}] [{method}] "
    return head


_EU_HTTP = ("http-nio-8080-exec-N", "http-nio-8761-exec-N", "qtp1861781750-N")
_EU_REPL = ("TaskNonBatchingWorker-target_eureka-N-0", "TaskBatchingWorker-target_eureka-N-0", "TaskBatchingWorker-target_eureka-N-1")


def _eu_id(r: R) -> str:
    app = r.choice(_EU_APPS).lower()
    return r.choice((f"{ip4(r)}:{app}:{r.choice((8080, 8081, 9000, 8443))}", f"{app}-{hexs(r, 9)}-{b62(r, 5).lower()}:{app}:8080", f"i-{hexs(r, 17)}", f"{r.choice(HOSTS)}.corp.example"))


SOURCES["eureka"] = ("Netflix/eureka", "61acc83d958974d4afc32c228e583ae92db1c426",
                     "eureka-server/src/main/resources/log4j.properties (pattern), eureka-core/src/main/java/com/netflix/eureka/registry/AbstractInstanceRegistry.java, "
                     "eureka-core/.../registry/PeerAwareInstanceRegistryImpl.java, eureka-core/.../cluster/PeerEurekaNodes.java, eureka-core/.../cluster/ReplicationTask.java, "
                     "eureka-core/.../cluster/ReplicationTaskProcessor.java, eureka-core/.../cluster/InstanceReplicationTask.java (task name), eureka-core/.../cluster/PeerEurekaNode.java, eureka-core/.../EurekaBootStrap.java")
SYSTEMS["eureka"] = (
    "{eu_reg}Registered instance {eu_app}/{eu_id} with status {eu_st} (replication={eu_bool})",
    "{eu_evt}Running the evict task with compensationTime {eu_comp}ms",
    "{eu_can}Cancelled instance {eu_app}/{eu_id} (replication={eu_bool})",
    "{eu_ren}DS: Registry: lease doesn't exist, registering resource: {eu_app} - {eu_id}",
    "{eu_ev}Evicting {small} items (expired={small}, evictionLimit={eu_lim})",
    "{eu_exp}DS: Registry: expired lease for {eu_app}/{eu_id}",
    "{eu_rf}The replication of task {eu_app}/{eu_id}:{eu_act}@{eu_peerh} failed with response code {eu_code}",
    "{eu_cf}DS: Registry: cancel failed because Lease is not registered for: {eu_app}/{eu_id}",
    "{eu_thr}Current renewal threshold is : {eu_th}",
    "{eu_busy}Server busy (503) HTTP status code received from the peer {eu_peerh}; rescheduling tasks after delay",
    "{eu_to}It seems to be a socket read timeout exception, it will retry later. if it continues to happen and some eureka node occupied all the cpu time, you should set property 'eureka.server.peer-node-read-timeout-ms' to a bigger value",
    "{eu_url}Replica node URL:  {eu_peer}",
    "{eu_add}Adding new peer nodes [{eu_peer}]",
    "{eu_got}Got {n} instances from neighboring DS node",
    "{eu_rt}Renew threshold is: {eu_th}",
    "{eu_up}Changing status to UP",
    "{eu_init}Initialized server context",
)
SLOTS.update({
    "eu_reg": _eu_head("INFO", "registry.AbstractInstanceRegistry", 266, "register", _EU_HTTP), "eu_evt": _eu_head("INFO", "registry.AbstractInstanceRegistry$EvictionTask", 1247, "run", ("Eureka-EvictionTimer",)),
    "eu_can": _eu_head("INFO", "registry.AbstractInstanceRegistry", 328, "internalCancel", _EU_HTTP), "eu_ren": _eu_head("WARN", "registry.AbstractInstanceRegistry", 360, "renew", _EU_HTTP),
    "eu_ev": _eu_head("INFO", "registry.AbstractInstanceRegistry", 618, "evict", ("Eureka-EvictionTimer",)), "eu_exp": _eu_head("WARN", "registry.AbstractInstanceRegistry", 630, "evict", ("Eureka-EvictionTimer",)),
    "eu_rf": _eu_head("WARN", "cluster.ReplicationTask", 35, "handleFailure", _EU_REPL), "eu_cf": _eu_head("WARN", "registry.AbstractInstanceRegistry", 313, "internalCancel", _EU_HTTP),
    "eu_thr": _eu_head("INFO", "registry.PeerAwareInstanceRegistryImpl", 552, "updateRenewalThreshold", ("ReplicaAwareInstanceRegistry - RenewalThresholdUpdater",)),
    "eu_busy": _eu_head("WARN", "cluster.ReplicationTaskProcessor", 84, "process", _EU_REPL), "eu_to": _eu_head("ERROR", "cluster.ReplicationTaskProcessor", 96, "process", _EU_REPL),
    "eu_url": _eu_head("INFO", "cluster.PeerEurekaNodes", 109, "start", ("main", "Eureka-PeerNodesUpdater")), "eu_add": _eu_head("INFO", "cluster.PeerEurekaNodes", 187, "updatePeerEurekaNodes", ("Eureka-PeerNodesUpdater",)),
    "eu_got": _eu_head("INFO", "registry.PeerAwareInstanceRegistryImpl", 244, "openForTraffic", ("main", "localhost-startStop-1")),
    "eu_rt": _eu_head("INFO", "registry.PeerAwareInstanceRegistryImpl", 245, "openForTraffic", ("main", "localhost-startStop-1")),
    "eu_up": _eu_head("INFO", "registry.PeerAwareInstanceRegistryImpl", 256, "openForTraffic", ("main", "localhost-startStop-1")),
    "eu_init": _eu_head("INFO", "EurekaBootStrap", 212, "initEurekaServerContext", ("main", "localhost-startStop-1")),
    "eu_app": choice(_EU_APPS), "eu_id": _eu_id, "eu_st": choice(("UP", "UP", "UP", "STARTING", "DOWN", "OUT_OF_SERVICE")), "eu_bool": choice(("false", "false", "true")),
    "eu_comp": lambda r: str(r.choice((0, 0, 1, 2, 3, r.randint(4, 60000)))), "eu_lim": num(1, 40), "eu_act": choice(("Register", "Heartbeat", "Heartbeat", "Cancel", "StatusUpdate", "DeleteStatusOverride")),
    "eu_peerh": choice(("target_eureka-1.eureka", "target_eureka-2.eureka", "target_10.0.4.21", "target_discovery-b.corp.example")), "eu_code": choice(("404", "404", "500", "503", "400")),
    "eu_th": num(2, 400), "eu_peer": choice(_EU_PEERS),
})
# ---------------------------------------------------------------- thingsboard-gateway (thingsboard_gateway/config/logs.json: "%(asctime)s.%(msecs)03d - |%(levelname)s| - [%(filename)s] - %(module)s - %(funcName)s - %(lineno)d - %(message)s")
_TB_CONNS = ("MQTT Broker Connector", "Modbus Connector", "OPC-UA Connector", "BACnet Connector", "Modbus TCP", "mqtt-plant-1", "modbus-rtu-line2", "Siemens S7", "BLE Connector")
_TB_DEVS = ("Temp Sensor 1", "PLC-Line-3", "Boiler Room Meter", "SDM630 Energy Meter", "Inverter-02", "Chiller A", "AHU-4", "Tank Level Sensor", "Pump Station 7", "Compressor-B", "Weather Station")


def _tb_head(lvl: str, file: str, func: str, line: int) -> Callable[[R], str]:
    mod = file[:-3]
    return lambda r: f"2026-11-{day(r):02d} {clock(r)}.{ms3(r)} - |{lvl}| - [{file}] - {mod} - {func} - {line} - "


def _tb_slave(r: R) -> str:
    return f"{r.choice(_TB_DEVS)}"


SOURCES["tb-gateway"] = ("thingsboard/thingsboard-gateway", "7cd4bea11891226abf113e3c5cbd32bf83e398d8",
                         "thingsboard_gateway/config/logs.json (format), thingsboard_gateway/gateway/tb_gateway_service.py, thingsboard_gateway/gateway/tb_client.py, "
                         "thingsboard_gateway/connectors/mqtt/mqtt_connector.py, thingsboard_gateway/connectors/modbus/modbus_connector.py")
SYSTEMS["tb-gateway"] = (
    "{tb_tout}Timeout error for device {tb_dev}",
    "{tb_fcon}Failed to connect to device {tb_dev}",
    "{tb_sub}\"{tb_conn}\" subscription success to topic {tb_topic}, subscription message id = {small}",
    "{tb_nc}Device {tb_dev} is not connected, cannot connect to server, skipping reading...",
    "{tb_rpc}Received server side rpc request: {tb_rpcbody}",
    "{tb_mqc}{tb_conn} connected to {tb_broker}:{tb_bport} - successfully.",
    "{tb_rate}Connection rate exceeded.",
    "{tb_disc}TB client {tb_cli} has been disconnected. Current client for connection is: {tb_cli}",
    "{tb_conn_}Connecting to ThingsBoard...",
    "{tb_cerr}Connection error, cannot connect with error: {tb_exc}",
    "{tb_plat}MQTT client connected to platform {tb_host}: {tb_port}",
    "{tb_fail}{tb_conn} connection FAIL with error {tb_rc}!",
    "{tb_conv}Cannot find converter for the topic:\"{tb_topic}\"! Client: {tb_pahocli}, User data: None",
    "{tb_rpcc}RPC to {tb_rpcin} topic canceled or terminated.",
    "{tb_upd}Updated {tb_conn} configuration file",
    "{tb_del}Received deleted gateway device notification: {tb_dev}",
    "{tb_ver}ThingsBoard IoT gateway version: {tb_v}",
    "{tb_core}Gateway core started.",
)
SLOTS.update({
    "tb_tout": _tb_head("ERROR", "modbus_connector.py", "callback", 272), "tb_fcon": _tb_head("ERROR", "modbus_connector.py", "callback", 270),
    "tb_nc": _tb_head("ERROR", "modbus_connector.py", "callback", 265), "tb_rpc": _tb_head("INFO", "modbus_connector.py", "server_side_rpc_handler", 524),
    "tb_sub": _tb_head("INFO", "mqtt_connector.py", "_on_subscribe", 531), "tb_mqc": _tb_head("INFO", "mqtt_connector.py", "_on_connect", 408),
    "tb_fail": _tb_head("ERROR", "mqtt_connector.py", "_on_connect", 500), "tb_conv": _tb_head("ERROR", "mqtt_connector.py", "_process_on_message", 647),
    "tb_rate": _tb_head("WARNING", "tb_client.py", "_on_connect", 397), "tb_disc": _tb_head("INFO", "tb_client.py", "_on_disconnect", 420),
    "tb_conn_": _tb_head("INFO", "tb_client.py", "connect", 486), "tb_cerr": _tb_head("ERROR", "tb_client.py", "connect", 497), "tb_plat": _tb_head("INFO", "tb_client.py", "_on_connect", 382),
    "tb_rpcc": _tb_head("ERROR", "tb_gateway_service.py", "_watchers", 534), "tb_upd": _tb_head("INFO", "tb_gateway_service.py", "update_connector_config_file", 710),
    "tb_del": _tb_head("INFO", "tb_gateway_service.py", "__process_deleted_gateway_devices", 718), "tb_ver": _tb_head("INFO", "tb_gateway_service.py", "__init__", 169),
    "tb_core": _tb_head("INFO", "tb_gateway_service.py", "__init__", 242),
    "tb_dev": _tb_slave, "tb_conn": choice(_TB_CONNS),
    "tb_topic": choice(("sensor/data", "/sensor/+/data", "plant1/line3/+/telemetry", "devices/+/attributes", "sensor/+/request/+/+", "tele/+/SENSOR", "zigbee2mqtt/+", "factory/#")),
    "tb_rpcbody": lambda r: "{'device': '" + r.choice(_TB_DEVS) + "', 'data': {'id': " + str(r.randint(1, 999)) + ", 'method': '" + r.choice(("setValue", "getValue", "set_state", "readHoldingRegister", "turnOn")) + "', 'params': " + r.choice(("True", "False", "{'value': 42}", "'1'")) + "}}",
    "tb_broker": choice(("127.0.0.1", "localhost", "192.168.1.100", "broker.hivemq.com", "mosquitto", "10.20.0.5")), "tb_bport": choice(("1883", "1883", "8883", "1884")),
    "tb_cli": lambda r: f"<paho.mqtt.client.Client object at 0x7f{hexs(r, 10)}>",
    "tb_exc": choice(("[Errno 111] Connection refused", "[Errno 113] No route to host", "timed out", "[Errno -3] Temporary failure in name resolution", "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self signed certificate (_ssl.c:1006)")),
    "tb_host": choice(("thingsboard.cloud", "demo.thingsboard.io", "tb.corp.example", "192.168.1.20", "thingsboard")), "tb_port": choice(("1883", "1883", "8883")),
    "tb_rc": choice(("1 incorrect protocol version", "2 invalid client identifier", "3 server unavailable", "4 bad username or password", "5 not authorised", "5 not authorised")),
    "tb_pahocli": lambda r: f"<paho.mqtt.client.Client object at 0x7f{hexs(r, 10)}>", "tb_rpcin": lambda r: f"v1/devices/me/rpc/request/{r.randint(1, 9999)}",
    "tb_v": choice(("3.7.2", "3.6.2", "3.7.4", "3.5.3")),
})
# ---------------------------------------------------------------- drbd kernel module (syslog "Mmm dd hh:mm:ss host kernel: [uptime] " + drbd_polymorph_printk.h prefixes "drbd RES/VOL drbdMINOR PEER: ")
_DR_RES = ("r0", "r0", "r1", "data", "mysql", "pgdata", "nfs", "vm-101-disk-0", "vm-204-disk-1", "lin_0a3f")
_DR_NODES = ("node-a", "node-b", "node-c", "pve1", "pve2", "pve3", "san01", "san02", "linstor-sat-1", "linstor-sat-2")
_DR_DISK = ("Diskless", "Attaching", "Detaching", "Failed", "Negotiating", "Inconsistent", "Outdated", "DUnknown", "Consistent", "UpToDate")
_DR_CONN = ("StandAlone", "Disconnecting", "Unconnected", "Timeout", "BrokenPipe", "NetworkFailure", "ProtocolError", "TearDown", "Connecting", "Connected")
_DR_REPL = ("Off", "Established", "StartingSyncS", "StartingSyncT", "WFBitMapS", "WFBitMapT", "WFSyncUUID", "SyncSource", "SyncTarget", "VerifyS", "VerifyT", "PausedSyncS", "PausedSyncT", "Ahead", "Behind")
_DR_ROLE = ("Primary", "Secondary", "Unknown")
_DR_TAGS = ("connected", "attach", "after-resync", "remote", "detach", "resync-finished", "primary", "secondary", "disconnected", "peer-state")


def _dr_head(kind: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        h = f"Nov {day(r):2d} {clock(r)} {r.choice(_DR_NODES)} kernel: [{r.randint(10, 9_999_999)}.{r.randint(0, 999999):06d}] drbd {r.choice(_DR_RES)}"
        vol, minor, peer = r.randint(0, 2), r.randint(0, 1040), r.choice(_DR_NODES)
        return {"res": f"{h}: ", "dev": f"{h}/{vol} drbd{minor}: ", "conn": f"{h} {peer}: ", "pd": f"{h}/{vol} drbd{minor} {peer}: "}[kind]
    return head


def _dr_pair(pool: tuple[str, ...]) -> Callable[[R], str]:
    def pair(r: R) -> str:
        a, b = r.sample(pool, 2)
        return f"{a} -> {b}"
    return pair


SOURCES["drbd"] = ("LINBIT/drbd", "7d3945b1d1fb89ef4d99f6269adf62f4702bf9c9",
                   "drbd/drbd_polymorph_printk.h (prefixes), drbd/drbd_state.c, drbd/drbd_receiver.c, drbd/drbd_sender.c, drbd/drbd_main.c, drbd/drbd_int.h")
SYSTEMS["drbd"] = (
    "{dr_dev}disk( {dr_disk} ) [{dr_tag}]",
    "{dr_pd}repl( {dr_repl} ) [{dr_tag}]",
    "{dr_conn}conn( {dr_cs} ) peer( {dr_role} ) [{dr_tag}]",
    "{dr_pd}Began resync as {dr_src} (will sync {n} KB [{n} bits set]).",
    "{dr_pd}{dr_rsv} {dr_done} (total {small} sec; paused 0 sec; {n} K/sec)",
    "{dr_conn}Handshake to peer {dr_nid} successful: Agreed network protocol version {dr_proto}",
    "{dr_conn}Connection closed",
    "{dr_conn}sock was shut down by peer",
    "{dr_conn}PingAck did not arrive in time.",
    "{dr_conn}meta connection shut down by peer.",
    "{dr_pd}uuid_compare()={dr_uuc} by rule={dr_rule}",
    "{dr_conn}Starting {dr_thr} thread (peer-node-id {dr_nid})",
    "{dr_conn}Terminating {dr_thr} thread",
    "{dr_res}Committing cluster-wide state change {dr_scid} ({small}ms)",
    "{dr_res}State change {dr_scid}: primary_nodes={dr_mask}, weak_nodes={dr_weak}",
    "{dr_conn}Peer authenticated using 20 bytes HMAC",
    "{dr_pd}Out of sync: start={dr_sect}, size={dr_sz} (sectors)",
    "{dr_pda}Split-Brain detected but unresolved, dropping connection!",
)
SLOTS.update({
    "dr_res": _dr_head("res"), "dr_dev": _dr_head("dev"), "dr_conn": _dr_head("conn"), "dr_pd": _dr_head("pd"), "dr_pda": _dr_head("pd"),
    "dr_disk": _dr_pair(_DR_DISK), "dr_repl": _dr_pair(_DR_REPL), "dr_cs": _dr_pair(_DR_CONN), "dr_role": _dr_pair(_DR_ROLE), "dr_tag": choice(_DR_TAGS),
    "dr_src": choice(("SyncSource", "SyncSource", "SyncTarget")), "dr_rsv": choice(("Resync", "Resync", "Resync", "Online verify")), "dr_done": choice(("done", "done", "done", "aborted")),
    "dr_nid": choice(("0", "1", "1", "2", "3")), "dr_proto": choice(("117", "121", "122", "123")),
    "dr_uuc": choice(("no-sync", "no-sync", "source-use-bitmap", "target-use-bitmap", "source-set-bitmap", "target-set-bitmap", "split-brain-auto-recover")),
    "dr_rule": choice(("uuid-equal", "both-off", "just-created-self", "just-created-peer", "lost-quorum", "bitmap-both", "bitmap-self", "bitmap-peer", "history-both", "history-self", "history-peer")),
    "dr_thr": choice(("sender", "receiver", "ack_receiver", "worker", "sender", "receiver")), "dr_scid": lambda r: str(r.randint(1, 4_294_967_295)),
    "dr_mask": choice(("0", "1", "2", "4", "3", "5")), "dr_weak": lambda r: r.choice(("0", "FFFFFFFFFFFFFFFA", "FFFFFFFFFFFFFFF8", "FFFFFFFFFFFFFFFC", "4")),
    "dr_sect": lambda r: str(r.randint(0, 2 ** 31)), "dr_sz": lambda r: str(r.choice((8, 8, 16, 64, 128, 4096, r.randint(1, 9000)))),
})
# ---------------------------------------------------------------- glusterd (libglusterfs logging.c: "[%s] %c [MSGID: %u] [%s:%d:%s] %d-%s: " (gf_msg) / "[%s] %c [%s:%d:%s] %d-%s: " (gf_log); MSGID = 106000 + index in glusterd-messages.h)
_GL_VOLS = ("gv0", "gv0", "data", "vmstore", "backups", "home", "gluster_shared_storage", "engine", "media", "k8s-pv")
_GL_HOSTS = ("gluster1", "gluster2", "gluster3", "gfs-node-a", "gfs-node-b", "stor01.corp.example", "stor02.corp.example", "10.10.20.11", "10.10.20.12", "10.10.20.13")


def _gl_head(lvl: str, msgid: int | None, file: str, line: int, func: str, dom: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        m = f"[MSGID: {msgid}] " if msgid else ""
        return f"[2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 999999):06d} +0000] {lvl} {m}[{file}:{line}:{func}] 0-{dom}: "
    return head


def _gl_brick(r: R) -> str:
    return f"/{r.choice(('data', 'bricks', 'gluster', 'export'))}/{r.choice(('brick1', 'brick2', 'sdb1', 'sdc1', 'b1'))}/{r.choice(_GL_VOLS)}"


SOURCES["glusterd"] = ("gluster/glusterfs", "595745f8e42ed64aa77580b3e724ba20ce1cd17a",
                       "libglusterfs/src/logging.c (format), xlators/mgmt/glusterd/src/glusterd-messages.h (MSGIDs), xlators/mgmt/glusterd/src/glusterd-handler.c, glusterd-utils.c, "
                       "glusterd-volume-ops.c, glusterd-proc-mgmt.c, glusterd-rpc-ops.c")
SYSTEMS["glusterd"] = (
    "{gl_st}Received status volume req for volume {gl_vol}",
    "{gl_heal}Received heal vol req for volume {gl_vol}",
    "{gl_list}Received cli list req",
    "{gl_fu}Received friend update from uuid: {uuid}",
    "{gl_fur}Received {gl_acc} from uuid: {uuid}",
    "{gl_disc}Peer <{gl_host}> (<{uuid}>), in state <{gl_state}>, has disconnected from glusterd.",
    "{gl_pr}Received probe from uuid: {uuid}",
    "{gl_rsp2}Responded to {gl_host} ({gl_port}), ret: 0, op_ret: {gl_opret}",
    "{gl_rsp1}Responded to {gl_host} ({gl_port}), ret: 0",
    "{gl_stop}Stopping {gl_svc} daemon running in pid: {pid}",
    "{gl_already}{gl_svc} already stopped",
    "{gl_fresh}starting a fresh brick process for brick {gl_brick}",
    "{gl_running}discovered already-running brick {gl_brick}",
    "{gl_probe}Received CLI probe req {gl_host} 24007",
    "{gl_presp}Received probe resp from uuid: {uuid}, host: {gl_host}",
    "{gl_sync}Received volume sync req for volume {gl_svol}",
)
SLOTS.update({
    "gl_st": _gl_head("I", 106499, "glusterd-handler.c", 4521, "__glusterd_handle_status_volume", "management"),
    "gl_heal": _gl_head("I", 106533, "glusterd-volume-ops.c", 711, "__glusterd_handle_cli_heal_volume", "management"),
    "gl_list": _gl_head("I", 106487, "glusterd-handler.c", 1438, "__glusterd_handle_cli_list_friends", "glusterd"),
    "gl_fu": _gl_head("I", 106492, "glusterd-handler.c", 2882, "__glusterd_handle_friend_update", "glusterd"),
    "gl_fur": _gl_head("I", 106493, "glusterd-rpc-ops.c", 668, "__glusterd_friend_update_cbk", "management"),
    "gl_disc": _gl_head("I", 106004, "glusterd-handler.c", 6601, "__glusterd_peer_rpc_notify", "management"),
    "gl_pr": _gl_head("I", 106490, "glusterd-handler.c", 2677, "__glusterd_handle_incoming_friend_req", "glusterd"),
    "gl_rsp2": _gl_head("I", 106493, "glusterd-handler.c", 3968, "glusterd_xfer_friend_add_resp", "glusterd"),
    "gl_rsp1": _gl_head("I", 106493, "glusterd-handler.c", 3942, "glusterd_xfer_friend_remove_resp", "glusterd"),
    "gl_stop": _gl_head("I", 106568, "glusterd-proc-mgmt.c", 85, "glusterd_proc_stop", "management"),
    "gl_already": _gl_head("I", 106131, "glusterd-proc-mgmt.c", 81, "glusterd_proc_stop", "management"),
    "gl_fresh": _gl_head("I", None, "glusterd-utils.c", 6446, "glusterd_brick_start", "management"),
    "gl_running": _gl_head("I", None, "glusterd-utils.c", 6348, "glusterd_brick_start", "management"),
    "gl_probe": _gl_head("I", 106487, "glusterd-handler.c", 1146, "__glusterd_handle_cli_probe", "glusterd"),
    "gl_presp": _gl_head("I", 106511, "glusterd-rpc-ops.c", 238, "__glusterd_probe_cbk", "management"),
    "gl_sync": _gl_head("I", 106489, "glusterd-handler.c", 2196, "__glusterd_handle_sync_volume", "management"),
    "gl_vol": choice(_GL_VOLS), "gl_svol": choice(_GL_VOLS + ("all",)), "gl_acc": choice(("ACC", "ACC", "ACC", "RJT")), "gl_host": choice(_GL_HOSTS),
    "gl_state": choice(("Peer in Cluster", "Peer in Cluster", "Peer in Cluster", "Accepted peer request", "Sent and Received peer request", "Probe Sent to Peer", "Peer Rejected")),
    "gl_port": choice(("24007", "24007", "24007", "0")), "gl_opret": choice(("0", "0", "-1")),
    "gl_svc": choice(("glustershd", "glustershd", "nfs", "quotad", "bitd", "scrub", "gsyncd", "snapd")), "gl_brick": _gl_brick,
})
# ---------------------------------------------------------------- kamailio (syslog "Mmm dd hh:mm:ss host /usr/sbin/kamailio[pid]: " + LM_* prefix "LEVEL: module [file:line]: func(): ")
_KA_HOSTS = ("sip01", "sip02", "kamailio-edge", "pbx-proxy", "sbc-a", "lb-sip-1")
_KA_DOMS = ("sip.example.com", "voip.corp.example", "pbx.example.org", "example.net")


def _ka_head(lvl: str, mod: str, file: str, line: int, func: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        return (f"Nov {day(r):2d} {clock(r)} {r.choice(_KA_HOSTS)} /usr/sbin/kamailio[{r.randint(900, 48000)}]: {lvl}: {mod} [{file}:{line}]: {func}(): ")
    return head


def _ka_aor(r: R) -> str:
    return f"sip:{r.choice((r.choice(USERS), str(r.randint(100, 9999)), '+4930' + str(r.randint(1000000, 9999999))))}@{r.choice(_KA_DOMS)}"


SOURCES["kamailio"] = ("kamailio/kamailio", "38711a3e788de0130d48cb485578c482b57d9351",
                       "src/core/dprint.h (LM_* prefix), src/core/tcp_read.c, src/core/parser/parse_fline.c, src/core/parser/parse_via.c, src/core/receive.c, src/core/forward.c, src/core/udp_server.c, "
                       "src/core/tcp_main.c, src/modules/tm/t_fwd.c, src/modules/pike/pike_funcs.c, src/modules/registrar/save.c, src/modules/dispatcher/dispatch.c")
SYSTEMS["kamailio"] = (
    "{ka_rd}error reading: {ka_err} ([{ip}]:{port} -> [{ka_lip}]:{ka_lport})",
    "{ka_br}sending request on branch {small} failed",
    "{ka_pk}PIKE - BLOCKing ip {ip}, node={ka_ptr}",
    "{ka_short}message too short: {small} [{ka_short_buf}]",
    "{ka_tmc}too many contacts (n:{ka_n} max:{ka_max}) for AOR <{ka_aor}>",
    "{ka_bfl}empty or bad first line",
    "{ka_ping}unable to ping [{ka_dst}] in group [{ka_grp}]",
    "{ka_send}sendto(sock, buf: {ka_ptr}, len: {ka_len}, 0, dst: ({ip}:{port}), tolen: 16) - err: {ka_serr}",
    "{ka_via}bad via: end of packet on state={small}",
    "{ka_nov}no via found in reply",
    "{ka_drop}request to {ip}:{port}({ka_proto}) dropped (onsend_route)",
    "{ka_rh}resolve_host({ka_rhost}) failure",
    "{ka_bh}bad host name {ka_rhost}, dropping packet",
    "{ka_max_}maximum number of connections exceeded ({ka_conn}/{ka_conn})",
    "{ka_tmc2}too many contacts for AOR <{ka_aor}> (n:{ka_n} max:{ka_max})",
    "{ka_res}could not resolve {ka_rhost} (skipping)",
)
SLOTS.update({
    "ka_rd": _ka_head("ERROR", "<core>", "core/tcp_read.c", 375, "tcp_read_data"), "ka_br": _ka_head("WARNING", "tm", "t_fwd.c", 1681, "t_send_branch"),
    "ka_pk": _ka_head("WARNING", "pike", "pike_funcs.c", 136, "pike_check_ipaddr"), "ka_short": _ka_head("INFO", "<core>", "core/parser/parse_fline.c", 82, "parse_first_line"),
    "ka_tmc": _ka_head("INFO", "registrar", "save.c", 535, "insert_contacts"), "ka_bfl": _ka_head("INFO", "<core>", "core/parser/parse_fline.c", 141, "parse_first_line"),
    "ka_ping": _ka_head("ERROR", "dispatcher", "dispatch.c", 5113, "ds_ping_set"), "ka_send": _ka_head("ERROR", "<core>", "core/udp_server.c", 1474, "udp_send"),
    "ka_via": _ka_head("ERROR", "<core>", "core/parser/parse_via.c", 2070, "parse_via"), "ka_nov": _ka_head("ERROR", "<core>", "core/receive.c", 562, "receive_msg"),
    "ka_drop": _ka_head("INFO", "<core>", "core/forward.c", 653, "forward_request_mode"), "ka_rh": _ka_head("NOTICE", "<core>", "core/forward.c", 902, "update_sock_struct_from_via"),
    "ka_bh": _ka_head("ERROR", "<core>", "core/forward.c", 583, "forward_request_mode"), "ka_max_": _ka_head("ERROR", "<core>", "core/tcp_main.c", 1557, "tcpconn_connect"),
    "ka_tmc2": _ka_head("INFO", "registrar", "save.c", 663, "test_max_contacts"), "ka_res": _ka_head("WARNING", "dispatcher", "dispatch.c", 4565, "ds_is_addr_from_set"),
    "ka_err": choice(("Connection reset by peer (104)", "Connection reset by peer (104)", "Connection timed out (110)", "No route to host (113)", "Broken pipe (32)")),
    "ka_lip": choice(("10.0.0.10", "10.0.0.10", "192.168.1.2", "172.16.5.4", "203.0.113.10")), "ka_lport": choice(("5060", "5060", "5061", "5080", "8443")),
    "ka_ptr": lambda r: f"0x7f{hexs(r, 10)}", "ka_short_buf": choice(("\\r\\n\\r\\n", "\\r\\n", "\\x00\\x00", "jaK\\n", "\\r\\n\\r")),
    "ka_n": num(2, 20), "ka_max": choice(("1", "1", "3", "5", "10")), "ka_aor": _ka_aor,
    "ka_dst": lambda r: f"sip:{ip4(r)}:{r.choice((5060, 5060, 5080, 5061))}{r.choice(('', '', ';transport=tcp', ';transport=tls'))}", "ka_grp": num(1, 12),
    "ka_len": num(300, 1480), "ka_serr": choice(("Invalid argument (22)", "Network is unreachable (101)", "Operation not permitted (1)", "Resource temporarily unavailable (11)", "Message too long (90)")),
    "ka_proto": choice(("1", "1", "2", "3")), "ka_rhost": lambda r: r.choice((f"pbx{r.randint(1, 9)}.{r.choice(_KA_DOMS)}", "sip.provider.example", "voice.carrier.example", "unknown.invalid", f"gw-{r.randint(1, 40)}.trunk.example")),
    "ka_conn": choice(("2048", "2048", "4096", "1024")),
})
# ---------------------------------------------------------------- openfire (distribution/src/resources/log4j2.xml: "%d{yyyy.MM.dd HH:mm:ss.SSS} %highlight{%-5p} [%t]: %c - %msg%n")
_OF_DOM = ("xmpp.example.com", "chat.corp.example", "im.example.org", "openfire.lan")
_OF_REMOTE = ("jabber.org", "conversations.im", "xmpp.jp", "jabber.ccc.de", "404.city", "movim.eu", "jabberfr.org", "legacy.partner.example", "chat.partner.example")
_OF_PLUGINS = ("admin", "restapi", "monitoring", "search", "broadcast", "httpfileupload", "pade", "hazelcast", "certificatemanager", "userservice", "inverse", "presence")


def _of_head(lvl: str, cls: str, threads: tuple[str, ...]) -> Callable[[R], str]:
    def head(r: R) -> str:
        t = r.choice(threads).replace("N", str(r.randint(1, 64)))
        return f"2026.11.{day(r):02d} {clock(r)}.{ms3(r)} {lvl:<5} [{t}]: org.jivesoftware.openfire.{cls} - "
    return head


_OF_NIO = ("socket_c2s-worker-N", "socket_s2s-worker-N", "socket_c2s_ssl-worker-N")
_OF_POOL = ("pool-N-thread-N", "TaskEngine-pool-N", "socket_s2s-thread-N")


def _of_conn(r: R) -> str:
    return (f"NettyConnection{{peer: /{ip4(r)}:{r.randint(1024, 65535)}, state: {r.choice(('OPEN', 'OPEN', 'CLOSING'))}, session: {r.choice(('null', 'LocalClientSession{address=' + r.choice(USERS) + '@' + r.choice(_OF_DOM) + '/' + b62(r, 8) + ', streamID=' + b62(r, 10).lower() + ', status=AUTHENTICATED}'))}, "
            f"Netty channel handler context name: {r.choice(('NettyClientConnectionHandler#0', 'NettyServerConnectionHandler#0', 'NettyComponentConnectionHandler#0'))}}}")


def _of_jid(r: R) -> str:
    return f"{r.choice(USERS)}@{r.choice(_OF_DOM)}/{r.choice(('Conversations.' + b62(r, 4), 'gajim.' + b62(r, 8), 'Spark', 'Psi+', 'dino.' + hexs(r, 8), b62(r, 10).lower()))}"


SOURCES["openfire"] = ("igniterealtime/Openfire", "3709dd49cf5cd555c5b55c215d977b1dbaba5c20",
                       "distribution/src/resources/log4j2.xml (pattern), xmppserver/src/main/java/org/jivesoftware/openfire/session/LocalOutgoingServerSession.java, session/LocalIncomingServerSession.java, "
                       "nio/NettyOutboundConnectionHandler.java, nio/NettyXMPPDecoder.java, nio/NettyConnection.java (toString), nio/NettyIdleStateKeepAliveHandler.java, nio/NettySessionInitializer.java, "
                       "net/StanzaHandler.java, spi/RoutingTableImpl.java, auth/DefaultAuthProvider.java, container/PluginManager.java")
SYSTEMS["openfire"] = (
    "{of_ping}Trying to ping a Netty connection that's idle, but has no corresponding Openfire session. Netty Connection: {of_conn}",
    "{of_cto}Cannot connect to XMPP domain '{of_rem}' (from '{of_dom}'): The connection attempt timed out after {of_tout}. This is typically caused by a network configuration issue (eg: missing or invalid DNS records, restrictive firewalls, etc.).",
    "{of_close}The stream is being closed by the peer ('{of_jid}'), which sent this stream error: {of_serr}",
    "{of_dec}Closing connection, as an error occurred while decoding XMPP stanza (A full stack trace will be logged on the 'debug' level): {of_decerr} on connection {of_conn}",
    "{of_tls}TLS negotiation with '{of_rem}' was unsuccessful. Unable to create a new session: exhausted all options",
    "{of_val}Unable to validate domain '{of_rem}' (full stack trace is logged on debug level): {of_valerr}",
    "{of_strict}Strict certificate validation is enabled. Aborting session with '{of_rem}' as its certificates are not valid for its domain.",
    "{of_ign}Ignoring available presence packet received on closed session '{of_jid}': {of_pres} ",
    "{of_drop}Dropping invalid client route for {of_jid}",
    "{of_buf}Maximum buffer size was exceeded (peer possibly sent a stanza that was too large), closing connection: {of_conn}",
    "{of_plain}Plaintext detected on a new connection that is was started in DirectTLS mode (socket address: {of_rem}). Attempting to restart the connection in non-DirectTLS mode.",
    "{of_db}A database error occurred while authenticating user {user}:",
    "{of_plug}Successfully loaded plugin '{of_plugin}-{of_pver}'.",
    "{of_reest}Re-establishing connection to {of_rem}. Proceeding without directTLS.",
    "{of_plug}Successfully loaded plugin '{of_plugin}'.",
)
SLOTS.update({
    "of_ping": _of_head("WARN", "nio.NettyIdleStateKeepAliveHandler", _OF_NIO), "of_cto": _of_head("WARN", "session.LocalOutgoingServerSession", _OF_POOL),
    "of_close": _of_head("INFO", "net.StanzaHandler", _OF_NIO), "of_dec": _of_head("WARN", "nio.NettyXMPPDecoder", _OF_NIO),
    "of_tls": _of_head("WARN", "nio.NettyOutboundConnectionHandler", _OF_NIO), "of_val": _of_head("INFO", "session.LocalIncomingServerSession", _OF_NIO),
    "of_strict": _of_head("WARN", "nio.NettyOutboundConnectionHandler", _OF_NIO), "of_ign": _of_head("WARN", "net.StanzaHandler", _OF_NIO),
    "of_drop": _of_head("WARN", "spi.RoutingTableImpl", _OF_POOL), "of_buf": _of_head("WARN", "nio.NettyXMPPDecoder", _OF_NIO),
    "of_plain": _of_head("WARN", "nio.NettySessionInitializer", _OF_POOL), "of_db": _of_head("WARN", "auth.DefaultAuthProvider", ("socket_c2s-worker-N", "qtp1785435722-N")),
    "of_plug": _of_head("INFO", "container.PluginManager", ("PluginMonitorExec-N",)), "of_reest": _of_head("INFO", "nio.NettySessionInitializer", _OF_POOL),
    "of_conn": _of_conn, "of_rem": choice(_OF_REMOTE), "of_dom": choice(_OF_DOM), "of_tout": choice(("PT5S", "PT5S", "PT10S", "PT20S")), "of_jid": _of_jid,
    "of_serr": choice(('<stream:error xmlns:stream="http://etherx.jabber.org/streams"><conflict xmlns="urn:ietf:params:xml:ns:xmpp-streams"/></stream:error>',
                        '<stream:error xmlns:stream="http://etherx.jabber.org/streams"><connection-timeout xmlns="urn:ietf:params:xml:ns:xmpp-streams"/></stream:error>',
                        '<stream:error xmlns:stream="http://etherx.jabber.org/streams"><system-shutdown xmlns="urn:ietf:params:xml:ns:xmpp-streams"/></stream:error>')),
    "of_decerr": choice(("Unknown error", "Could not parse stanza", "javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown", "org.dom4j.DocumentException: Error on line 1 of document")),
    "of_valerr": choice(("Server Dialback authentication failed", "Domain mismatch in TLS certificate", "Unable to verify the Dialback key")),
    "of_node": choice(("http://conversations.im", "https://gajim.org", "http://www.igniterealtime.org/projects/spark/", "https://dino.im")), "of_ver": lambda r: b62(r, 27) + "=",
    "of_pres": lambda r: f'<presence from="{_of_jid(r)}"><priority>{r.randint(0, 50)}</priority><c xmlns="http://jabber.org/protocol/caps" hash="sha-1" node="{r.choice(("http://conversations.im", "https://gajim.org", "https://dino.im"))}" ver="{b62(r, 27)}="/></presence>',
    "of_plugin": choice(_OF_PLUGINS), "of_pver": choice(("1.8.0", "2.1.4", "1.12.0", "0.9.1", "1.4.2")),
})
# ---------------------------------------------------------------- woodpecker server+agent (shared/logger/logger.go: zerolog JSON to stderr, With().Timestamp(): {"level":..,"time":..,<fields>,"message":..})
_WP_REPOS = ("acme/webapp", "acme/api", "infra/terraform-modules", "team-data/etl-jobs", "mobile/ios-app", "docs/handbook", "platform/helm-charts", "oss/libfoo")


def _wp_head(lvl: str, ctx: bool = False) -> Callable[[R], str]:
    def head(r: R) -> str:
        c = f'"repo":"{r.choice(_WP_REPOS)}","pipeline":"{r.randint(1, 4000)}","workflow_id":"{r.randint(1, 90000)}",' if ctx else ""
        return f'{{"level":"{lvl}","time":"2026-11-{day(r):02d}T{clock(r)}Z",{c}'
    return head


SOURCES["woodpecker"] = ("woodpecker-ci/woodpecker", "a4cb541b82dea1967d5b5577ff80a472b349afb2",
                         "shared/logger/logger.go (zerolog JSON), agent/rpc/client_grpc.go, agent/runner.go, cmd/agent/core/agent.go, cmd/server/server.go, cmd/server/main.go, server/queue/fifo.go, "
                         "server/queue/persistent.go, server/forge/refresh.go, server/pipeline/create.go, server/scheduler/impl.go, server/logging/log.go, server/api/login.go, server/router/middleware/session/repo.go")
SYSTEMS["woodpecker"] = (
    '{wp_w}"retry_in":{wp_retry},"message":"grpc: {wp_op}() waiting for server connection..."}',
    '{wp_i}"message":"queue: resubmitting expired task {wp_task}"}',
    '{wp_ec}"error":"{wp_rpcerr}","message":"failed to extend workflow lease"}',
    '{wp_e}"error":"{wp_fgerr}","message":"refresh oauth token of user \'{user}\' failed"}',
    '{wp_w}"state":"{wp_state}","message":"pull queue item: {wp_task}: workflow already terminal, dropping stale task"}',
    '{wp_w}"repo":"{wp_repo}","error":"{wp_cfgerr}","message":"error while fetching config \'{wp_cfg}\' in \'{wp_ref}\' with user: \'{user}\', will fallback to old config"}',
    '{wp_i}"message":"subscriber channel is full -- dropping logs for step {wp_step}"}',
    '{wp_ec}"error":"{wp_rpcerr}","message":"failed to update workflow status"}',
    '{wp_e}"error":"{wp_dberr}","message":"marking workflow task \'{wp_task}\' as done failed"}',
    '{wp_e}"error":"{wp_dberr}","message":"pull queue item: {wp_task}: not found in backup, dropping stale task"}',
    '{wp_w}"error":"{wp_dial}","message":"cannot connect to {wp_srv}, retrying in {wp_rd}"}',
    '{wp_e}"error":"{wp_fgerr}","message":"could not update repo permissions for user {user} in background"}',
    '{wp_e}"error":"{wp_fgerr}","message":"error fetching permission for {user} {wp_repo}"}',
    '{wp_i}"version":"{wp_ver}","message":"Starting Woodpecker agent"}',
    '{wp_i}"message":"starting Woodpecker server with version \'{wp_ver}\'"}',
    '{wp_i}"message":"log-entry stream buffer size set to max {wp_mb}Mb"}',
    '{wp_i}"message":"termination signal is received, shutting down server"}',
)
SLOTS.update({
    "wp_i": _wp_head("info"), "wp_w": _wp_head("warn"), "wp_e": _wp_head("error"), "wp_ec": _wp_head("error", ctx=True),
    "wp_retry": lambda r: r.choice(("500", "750", "1125", "1687.5", "2531.25", "3796.875", "5000", "10000", str(r.randint(100, 60000)))),
    "wp_op": choice(("next", "next", "next", "wait", "init", "done", "extend", "update", "log", "registerAgent", "reportHealth")),
    "wp_task": lambda r: str(r.randint(1, 250000)), "wp_state": choice(("success", "failure", "killed", "error", "skipped")),
    "wp_rpcerr": choice(("rpc error: code = Unavailable desc = error reading from server: EOF", "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                          "rpc error: code = Unauthenticated desc = invalid token", "rpc error: code = NotFound desc = workflow not found", "rpc error: code = Canceled desc = context canceled")),
    "wp_fgerr": choice(("oauth2: \\\"bad_refresh_token\\\" \\\"The refresh token passed is incorrect or expired.\\\"", "GET https://api.github.com/user/repos: 401 Bad credentials []",
                         "Get \\\"https://gitea.corp.example/api/v1/user\\\": dial tcp 10.0.3.9:443: i/o timeout", "GitLab API error: 403 Forbidden", "context deadline exceeded")),
    "wp_repo": choice(_WP_REPOS), "wp_cfgerr": choice(("file not found", "404 Not Found", "context deadline exceeded", "config service returned status 500")),
    "wp_cfg": choice(("", ".woodpecker.yml", ".woodpecker/", ".woodpecker.yaml")), "wp_ref": choice(("refs/heads/main", "refs/heads/develop", "refs/pull/42/head", "refs/tags/v1.4.0", "refs/heads/feature/ci")),
    "wp_step": num(1, 900000), "wp_dberr": choice(("sql: no rows in result set", "database is locked", "pq: deadlock detected", "Error 1205 (HY000): Lock wait timeout exceeded; try restarting transaction")),
    "wp_dial": choice(("rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing: dial tcp 10.0.5.20:9000: connect: connection refused\\\"",
                        "rpc error: code = Unauthenticated desc = invalid agent token", "context deadline exceeded")),
    "wp_srv": choice(("woodpecker-server:9000", "ci.example.com:443", "10.0.5.20:9000", "woodpecker-server.ci.svc:9000")), "wp_rd": choice(("2s", "5s", "10s")),
    "wp_ver": choice(("3.8.0", "3.9.1", "3.10.0", "2.8.3", "next-4f1c2ab")), "wp_mb": choice(("1", "1", "2", "5")),
})
# ---------------------------------------------------------------- mumble-server / murmur (src/murmur/main.cpp "<%1>%2 %3" (level char, yyyy-MM-dd hh:mm:ss.zzz), Server.cpp "%d => %s" and Server::log(u) "<session:name(id)> ")
_MU_NAMES = ("alice", "bob", "Gamer_42", "xXsniperXx", "Kate", "lars.h", "MeiMei", "olek", "DrSven", "tomas", "wen", "zoe_", "Raid-Lead", "viktor")
_MU_CHANS = ("Root", "Lobby", "AFK", "Raid", "Gaming", "Team A", "Team B", "Music", "Meeting Room", "Private")


def _mu_head(lvl: str = "W", user: bool = True, anon: bool = False) -> Callable[[R], str]:
    def head(r: R) -> str:
        h = f"<{lvl}>2026-11-{day(r):02d} {clock(r)}.{ms3(r)} {r.choice((1, 1, 1, 2))} => "
        if user:
            sess = r.randint(1, 800)
            h += f"<{sess}:({r.choice((-1, -1))})> " if anon else f"<{sess}:{r.choice(_MU_NAMES)}({r.choice((-1, -1, r.randint(1, 400)))})> "
        return h
    return head


def _mu_user(r: R) -> str:
    return f"{r.choice(_MU_NAMES)}:{r.randint(1, 800)}({r.choice((-1, r.randint(1, 400)))})"


def _mu_chan(r: R) -> str:
    c = r.choice(_MU_CHANS)
    return f"{c}[{0 if c == 'Root' else r.randint(1, 90)}:{-1 if c == 'Root' else r.choice((0, 0, r.randint(1, 20)))}{r.choice(('', '', '*'))}]"


def _mu_addr(r: R) -> str:
    return r.choice((f"{ip4(r)}:{r.randint(1024, 65535)}", f"[{ip6(r)}]:{r.randint(1024, 65535)}", f"[::ffff:{ip4(r)}]:{r.randint(1024, 65535)}"))


SOURCES["mumble-server"] = ("mumble-voip/mumble", "3616998b7859cb25a77439042bfbce77a65c7d1c",
                            "src/murmur/main.cpp (message handler format), src/murmur/Server.cpp (Server::log, connection handling), src/murmur/Messages.cpp, src/murmur/ServerUser.cpp (operator QString), src/Channel.cpp (operator QString)")
SYSTEMS["mumble-server"] = (
    "{mu_u}Authenticated",
    "{mu_a}New connection: {mu_addr}",
    "{mu_u}Connection closed: {mu_close} [{mu_err}]",
    "{mu_u}Client version {mu_ver} ({mu_os} {mu_osv}: {mu_rel})",
    "{mu_u}Moved {mu_user} to {mu_chan}",
    "{mu_u}Timeout",
    "{mu_a}SSL Error: {mu_ssl}",
    "{mu_u}Rejected connection from {mu_addr}: {mu_rej}",
    "{mu_u}Changed speak-state of {mu_user} ({mu_b} {mu_b} {mu_b} {mu_b})",
    "{mu_u}Strong certificate for {mu_subj} <{mu_mail}> (signed by {mu_iss})",
    "{mu_u}Kicked {mu_user} ({mu_reason})",
    "{mu_u}Added channel {mu_chan} under {mu_chan}",
    "{mu_u}Requesting crypt-nonce resync",
    "{mu_u}Disconnecting ghost",
    "{mu_s}Ignoring connection: {mu_addr} (Global ban)",
    "{mu_s}Server listening on {mu_listen}",
    "{mu_s}Starting voice thread",
)
SLOTS.update({
    "mu_u": _mu_head(), "mu_a": _mu_head(anon=True), "mu_s": _mu_head(user=False), "mu_addr": _mu_addr,
    "mu_close": choice(("The remote host closed the connection", "The remote host closed the connection", "Connection reset by peer", "Timeout", "The TLS/SSL connection has been closed", "Network operation timed out")),
    "mu_err": choice(("1", "1", "1", "0", "7", "13", "-1")),
    "mu_ver": choice(("1.5.634", "1.5.735", "1.4.287", "1.3.4", "1.5.517")), "mu_os": choice(("Win", "Win", "X11", "OSX", "Android", "iOS")),
    "mu_osv": choice(("10.0.19045.1", "10.0.22631.1", "Ubuntu 24.04.1 LTS [x64]", "Arch Linux [x64]", "macOS 14.5", "14")), "mu_rel": choice(("1.5.634", "1.5.735", "1.4.287", "Mumla 3.6.10", "Mumble 1.3.4")),
    "mu_user": _mu_user, "mu_chan": _mu_chan,
    "mu_ssl": choice(("The host name did not match any of the valid hosts for this certificate", "The certificate is self-signed, and untrusted", "Error during SSL handshake: error:0A000126:SSL routines::unexpected eof while reading", "The certificate has expired")),
    "mu_rej": choice(("Wrong certificate or password for existing user", "Invalid server password", "Server is full", "Username already in use", "Invalid username", "Your account information can not be verified currently. Please try again later")),
    "mu_b": choice(("0", "0", "1")), "mu_subj": choice(("CN=alice", "CN=bob@example.com", "CN=Kate,O=Guild", "CN=DrSven")), "mu_mail": choice(("alice@example.com", "bob@example.com", "", "kate@guild.example")),
    "mu_iss": choice(("CN=Let's Encrypt R11", "CN=StartCom Class 1 Client CA", "CN=Guild CA,O=Guild", "CN=R10")), "mu_reason": choice(("", "spam", "AFK too long", "Be nice.", "mic spam", "Please use push-to-talk")),
    "mu_listen": choice(("0.0.0.0:64738", "[::]:64738", "10.0.0.5:64738", "[::]:64739")),
})
# ---------------------------------------------------------------- prosody (core/loggingmanager.lua file sink: os.date("%b %d %H:%M:%S ") .. name .. "\t" .. level .. "\t" .. message; session loggers c2s<hex>/s2sin<hex>/s2sout<hex>, module loggers host:module)
_PR_HOSTS = ("example.com", "chat.example.org", "xmpp.corp.example", "im.example.net")
_PR_REMOTE = ("jabber.org", "conversations.im", "jabber.ccc.de", "xmpp.jp", "404.city", "movim.eu", "disroot.org", "yax.im", "blabber.im", "matrix.org")


def _pr_head(kind: str, lvl: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        if kind == "s2s":
            kind_ = r.choice(("s2sin", "s2sout"))
            _LINE["pr_dir"] = "Incoming" if kind_ == "s2sin" else "Outgoing"
            name = f"{kind_}{hexs(r, r.choice((12, 12, 14)))}"
        elif kind in ("c2s", "s2sin", "s2sout"):
            name = f"{kind}{hexs(r, r.choice((12, 12, 14)))}"
        elif kind == "general":
            name = "general"
        else:
            name = f"{r.choice(_PR_HOSTS)}:{kind}" if kind != "conf" else f"conference.{r.choice(_PR_HOSTS)}:{r.choice(('muc', 'muc_mam'))}"
        return f"Nov {day(r):02d} {clock(r)} {name}\t{lvl}\t"
    return head


SOURCES["prosody"] = ("bjc/prosody", "f14f1b331f0f123589386fef4a5620e284dcb5b3",
                      "core/loggingmanager.lua (file sink format), core/modulemanager.lua (module logger names), core/sessionmanager.lua, core/portmanager.lua, plugins/mod_c2s.lua, plugins/mod_s2s.lua, "
                      "plugins/mod_s2s_auth_certs.lua, plugins/mod_saslauth.lua, plugins/mod_smacks.lua, plugins/mod_mam/mod_mam.lua, plugins/mod_http.lua")
SYSTEMS["prosody"] = (
    "{pr_ci}Client connected",
    "{pr_ci}Authenticated as {user}@{pr_host} [{pr_role}]",
    "{pr_ci}Client disconnected: {pr_disc}",
    "{pr_si}{pr_dir} s2s connection {pr_host}->{pr_rem} complete",
    "{pr_si}{pr_dir} s2s stream {pr_rem}->{pr_host} closed: {pr_close}",
    "{pr_cw}The client says it handled {small} new stanzas, but we sent {small} :)",
    "{pr_cw}Failed to enable smacks: {pr_smerr}",
    "{pr_oi}Sending error replies for {small} queued stanzas because of failed outgoing connection to {pr_rem}",
    "{pr_iw}Forbidding insecure connection to/from {pr_rem} because its certificate {pr_cert}",
    "{pr_sw}No certificate provided by {pr_rem}",
    "{pr_sasl}Accepting SASL EXTERNAL identity from {pr_rem}",
    "{pr_saslf}SASL EXTERNAL with {pr_rem} failed: {pr_saslerr}",
    "{pr_ow}Attempt to send a stanza exceeding session limit of {pr_lim}B ({pr_big}B)!",
    "{pr_ce}Roster loading failed: {pr_dberr}",
    "{pr_mam}Deleted {n} expired messages for {small} users",
    "{pr_http}Serving '{pr_app}' at {pr_url}",
    "{pr_gi}Activated service '{pr_svc}' on {pr_ports}",
)
SLOTS.update({
    "pr_ci": _pr_head("c2s", "info"), "pr_cw": _pr_head("c2s", "warn"), "pr_ce": _pr_head("c2s", "error"), "pr_oi": _pr_head("s2sout", "info"), "pr_ow": _pr_head("s2sout", "warn"),
    "pr_si": _pr_head("s2s", "info"), "pr_dir": lambda r: _LINE["pr_dir"], "pr_lim": choice(("524288", "524288", "262144")), "pr_iw": _pr_head("s2sin", "warn"), "pr_sw": _pr_head("s2sin", "warn"), "pr_sasl": _pr_head("saslauth", "info"), "pr_saslf": _pr_head("saslauth", "info"),
    "pr_mam": _pr_head("mam", "info"), "pr_http": _pr_head("http", "info"), "pr_gi": _pr_head("general", "info"),
    "pr_host": choice(_PR_HOSTS), "pr_rem": choice(_PR_REMOTE), "pr_role": choice(("prosody:registered", "prosody:registered", "prosody:member", "prosody:admin", "prosody:guest")),
    "pr_disc": choice(("connection closed", "connection closed", "connection closed", "closed", "Broken pipe", "Connection reset by peer", "ssl handshake failed", "read timeout")),
    "pr_close": choice(("stream closed", "stream closed", "connection closed", "Connection timed out", "idle connection", "remote-connection-failed", "undefined-condition")),
    "pr_smerr": choice(("Client requested unexpected xmlns", "Stream management is not available for this stream", "Stream management is already enabled")),
    "pr_cert": choice(("is expired", "is not trusted", "is not valid for this name", "was not provided", "has unknown issuer")),
    "pr_saslerr": choice(("Certificate is not trusted", "Host not configured", "(no error)")), "pr_big": lambda r: str(r.randint(524289, 4_000_000)),
    "pr_dberr": choice(("database is locked", "connection refused", "SQL error: MySQL server has gone away")),
    "pr_app": choice(("file_share", "bosh", "websocket", "http_upload", "admin_web", "invites_page", "register_web")),
    "pr_url": lambda r: f"https://{r.choice(_PR_HOSTS)}:5281/{r.choice(('file_share', 'http-bind', 'xmpp-websocket', 'upload', 'admin', 'invite', 'register'))}",
    "pr_svc": choice(("c2s", "c2s_direct_tls", "s2s", "s2s_direct_tls", "http", "https", "component", "legacy_ssl", "proxy65")),
    "pr_ports": choice(("[::]:5222, [*]:5222", "[::]:5269, [*]:5269", "[::]:5280, [*]:5280", "[::]:5281, [*]:5281", "[::]:5223, [*]:5223", "no ports", "[::]:5347, [*]:5347")),
})
# ==== END OF PROGRAMS


SET = GeneratedSet(prefix="u7", seed=SEED, systems=SYSTEMS, sources=SOURCES, slots=SLOTS, line=_LINE, artemis_ids=True)
lines = SET.lines


if __name__ == "__main__":
    SET.main(__doc__)
