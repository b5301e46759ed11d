"""Streams written through well-known log layouts' default formats (tests/pipeline/test_patterns_layouts.py
is their standing specification; the rule tests of tests/pipeline/test_patterns_session7.py switch
their rules off on the same streams): two or three statements each, the layout's own fields
(time, host, thread, level, logger, pid, span) varying as a real deployment varies them, digit-less
names included.  Each builder returns the lines and, per line, its statement."""

from __future__ import annotations

from collections.abc import Callable

Stream = tuple[list[str], list[int]]


def _build(rows: list[tuple[int, str]]) -> Stream:
    return [line for _, line in rows], [t for t, _ in rows]


def syslog_rfc3164() -> Stream:
    """``<time> <host> <tag>[<pid>]: msg`` and pid-less tags (``kernel:``, ``sudo:``), hosts without digits."""
    return _build([r for i in range(5) for h in ("web", "db", "mail", "gw-router", "nas") for r in (
        (0, f"Nov 26 01:02:0{i} {h} kernel: [{i}2345.67{i}] e1000e: eth{i} NIC Link is Up 1000 Mbps Full Duplex"),
        (1, f"Nov 26 01:02:0{i} {h} sudo:    alice{i} : TTY=pts/{i} ; PWD=/home/alice ; USER=root ; COMMAND=/bin/ls /x{i}"),
        (2, f"Nov 26 01:02:0{i} {h} sshd[{700 + i}]: Accepted publickey for deploy from 10.1.{i}.9 port 5{i}022 ssh2"))])


def log4j() -> Stream:
    """log4j/logback default ``%d [%t] %-5p %c - %m``, threads named with and without digits."""
    return _build([r for i in range(4) for t in ("main", "pool-1-thread-3", "scheduler", "http-nio-8080-exec-7") for r in (
        (0, f"2026-11-26 01:02:0{i},123 [{t}] INFO  com.acme.jobs.Runner - Started job nightly-{i} in {i}.5 seconds"),
        (1, f"2026-11-26 01:02:0{i},123 [{t}] WARN  com.acme.jobs.Runner - Job nightly-{i} is late by {i}s"))])


def spring_boot() -> Stream:
    """Spring Boot's default ``%d %5p <pid> --- [%15.15t] %-40.40logger : %m``, padding included."""
    return _build([(0, f"2026-11-26 01:02:0{i}.123  INFO 4242 --- [{t:>15.15}] c.a.jobs.Runner     : Job nightly-{i} done")
                   for i in range(4) for t in ("main", "pool-1-thread-3", "scheduler", "http-nio-8080-exec-7")])


def cassandra() -> Stream:
    """Cassandra's ``%-5level [%thread] %date %F:%L - %msg``."""
    return _build([r for i in range(5) for t in ("main", "CompactionExecutor:3", "MigrationStage:1", "OptionalTasks:1") for r in (
        (0, f"INFO  [{t}] 2026-11-26 01:02:0{i},123 StorageService.java:1{i}3 - Node /10.0.0.{i} state jump to NORMAL"),
        (1, f"WARN  [{t}] 2026-11-26 01:02:0{i},123 NoSpamLogger.java:9{i} - Out of {i}00 commit log segments"))])


def elasticsearch() -> Stream:
    """Elasticsearch's ``[%d][%-5p][%c{1.}] [%node_name] %m``, node names without digits."""
    return _build([r for i in range(5) for n in ("es-master", "es-data-hot", "node-1", "elastic") for r in (
        (0, f"[2026-11-26T01:02:0{i},123][INFO ][o.e.c.m.MetadataCreateIndexService] [{n}] [logs-2026.11.2{i}] "
            "creating index, cause [auto(bulk api)], templates [logs], shards [1]/[1]"),
        (1, f"[2026-11-26T01:02:0{i},123][WARN ][o.e.m.j.JvmGcMonitorService] [{n}] [gc][{i}23] overhead, "
            f"spent [{i}s] collecting in the last [1s]"))])


def postgresql() -> Stream:
    """Debian's ``log_line_prefix = '%m [%p] %q%u@%d '``."""
    return _build([r for i in range(4) for ud in ("postgres@postgres", "app@shop", "[unknown]@[unknown]") for r in (
        (0, f"2026-11-26 01:02:0{i}.12{i} UTC [{1200 + i}] {ud} LOG:  duration: {i}.5{i} ms  statement: SELECT {i}"),
        (1, f'2026-11-26 01:02:0{i}.12{i} UTC [{1200 + i}] {ud} FATAL:  password authentication failed for user "x{i}"'))])


def mysql8() -> Stream:
    """MySQL 8's error log: ``<time> <thread> [<prio>] [<err code>] [<subsystem>] msg``."""
    return _build([r for i in range(6) for th in (0, 1, 12) for r in (
        (0, f"2026-11-26T01:02:0{i}.123456Z {th} [Warning] [MY-010068] [Server] CA certificate ca{i}.pem is self signed."),
        (1, f"2026-11-26T01:02:0{i}.123456Z {th} [Note] [MY-010914] [Server] Aborted connection {i}0 to db: 'shop' "
            f"user: 'app' host: '10.0.0.{i}' (Got timeout reading communication packets)."))])


def redis() -> Stream:
    """Redis: ``<pid>:<role> <date> <level char> msg``, across a month's end."""
    return _build([r for i in range(6) for role in "MSC" for day in ("26 Nov", "2 Dec") for r in (
        (0, f"{100 + i}:{role} {day} 2026 01:02:0{i}.123 * Background saving started by pid {200 + i}"),
        (1, f"{100 + i}:{role} {day} 2026 01:02:0{i}.123 # WARNING: {i} clients are over the limit"))])


def ruby_logger() -> Stream:
    """Ruby's Logger default: ``I, [<time> #<pid>]  INFO -- <progname>: msg``."""
    return _build([r for i in range(6) for prog in ("", "sidekiq", "web") for r in (
        (0, f"I, [2026-11-26T01:02:0{i}.12345{i} #{1000 + i}]  INFO -- {prog}: Completed job {i} in {i}.2s"),
        (1, f"W, [2026-11-26T01:02:0{i}.12345{i} #{1000 + i}]  WARN -- {prog}: Queue backlog is {i * 10} jobs"))])


def rust_env_logger() -> Stream:
    return _build([r for i in range(6) for mod in ("myapp::server", "myapp", "hyper::proto::h1::conn") for r in (
        (0, f"[2026-11-26T01:02:0{i}Z INFO  {mod}] Listening on 0.0.0.0:80{i}0"),
        (1, f"[2026-11-26T01:02:0{i}Z ERROR {mod}] Connection error: broken pipe (os error {i})"))])


def rust_tracing() -> Stream:
    """tracing-subscriber's default ``fmt`` layer, inside spans and outside."""
    return _build([r for i in range(6) for span in ("", f" request{{method=GET uri=/x{i}}}:", f" conn{{peer=10.0.0.{i}:443}}:")
                   for r in (
        (0, f"2026-11-26T01:02:0{i}.123456Z  INFO{span} myapp::server: finished request status={200 + i} latency={i}ms"),
        (1, f"2026-11-26T01:02:0{i}.123456Z  WARN{span} myapp::db: slow query took {i}.5s"))])


def zap_console() -> Stream:
    """zap's console encoder: tab-separated time, level, caller, message, then a JSON of fields."""
    return _build([r for i in range(6) for f in (f'{{"addr": ":80{i}"}}', f'{{"addr": ":80{i}", "tls": true}}') for r in (
        (0, f"2026-11-26T01:02:0{i}.123Z\tINFO\tserver/server.go:4{i}\tStarted server\t{f}"),
        (1, f'2026-11-26T01:02:0{i}.123Z\tWARN\tstore/raft.go:1{i}2\tLeader lost\t{{"term": {i}}}'))])


def logrus_text() -> Stream:
    """logrus's text formatter, with optional fields after the message."""
    return _build([r for i in range(6) for extra in ("", f" container={i}abc123 module=libcontainerd namespace=moby")
                   for r in (
        (0, f'time="2026-11-26T01:02:0{i}.123456789Z" level=info msg="ignoring event" topic=/tasks/delete{extra}'),
        (1, f'time="2026-11-26T01:02:0{i}.123456789Z" level=warning msg="Health check for container {i}abc failed" '
            f'error="timeout"{extra}'))])


def klog_structured() -> Stream:
    """Kubernetes klog with structured key/values."""
    return _build([r for i in range(6) for r in (
        (0, f'I1126 01:02:0{i}.123456       1 controller.go:220] "Starting workers" controller="deployment" worker_count={i}'),
        (1, f'I1126 01:02:0{i}.123456       1 event.go:389] "Event occurred" object="default/web-{i}" kind="Deployment" '
            f'reason="ScalingReplicaSet" message="Scaled up replica set web-{i} to {i}"'))])


def apache_error() -> Stream:
    """Apache 2.4's error log, with and without the ``[client …]`` field."""
    return _build([r for i in range(6) for r in (
        (0, f"[Wed Nov 26 01:02:0{i}.12345{i} 2026] [core:error] [pid {100 + i}:tid 14{i}]"
            f"{f' [client 10.0.{i}.5:5{i}123]' if i % 2 else ''} AH00126: Invalid URI in request GET /x{i} HTTP/1.1"),
        (1, f"[Wed Nov 26 01:02:0{i}.12345{i} 2026] [authz_core:error] [pid {100 + i}:tid 14{i}]"
            f"{f' [client 10.0.{i}.5:5{i}123]' if i % 2 else ''} AH01630: client denied by server configuration: /var/www/x{i}"))])


def nginx_error() -> Stream:
    """nginx's error log; the request context's fields come and go."""
    tails = [', client: 10.0.0.{i}, server: example.com, request: "GET /a{i} HTTP/1.1", host: "example.com"',
             ', client: 10.0.0.{i}, server: example.com, request: "GET /a{i} HTTP/1.1", upstream: "http://127.0.0.1:8080/a", '
             'host: "example.com"',
             ', client: 10.0.0.{i}, server: _, request: "POST /b HTTP/2.0", host: "api.example.com", referrer: "https://x.example/"']
    return _build([r for i in range(6) for tail in (tails[i % 3].format(i=i),) for r in (
        (0, f'2026/11/26 01:02:0{i} [error] 123#123: *{i}45 open() "/srv/www/a{i}" failed (2: No such file or directory){tail}'),
        (1, f"2026/11/26 01:02:0{i} [error] 123#123: *{i}46 connect() failed (111: Connection refused) while connecting to upstream{tail}"),
        (2, f"2026/11/26 01:02:0{i} [warn] 123#123: *{i}47 an upstream response is buffered to a temporary file "
            f"/var/cache/nginx/proxy_temp/{i}/00/000{i} while reading upstream{tail}"))])


def haproxy() -> Stream:
    """HAProxy's HTTP log format (one statement of values) beside its own messages."""
    fe, be, flags = ["www", "api", "www~"], ["be_app/web1", "be_app/<NOSRV>", "be_static/static"], ["----", "SC--", "CD--"]
    return _build([r for i in range(12) for r in (
        (0, f"10.0.{i}.1:5{i:03d} [26/Nov/2026:01:02:{i:02d}.{i:03d}] {fe[i % 3]} {be[i % 3]} 0/0/{i}/{i * 2}/{i * 3} "
            f'{(200, 503, 404)[i % 3]} {100 + 37 * i} - - {flags[(i // 3) % 3]} {i}/{i}/0/0/0 0/0 "GET /x{i} HTTP/1.1"'),
        (1, f"Server be_app/web{i} is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", "
            f"check duration: {i}ms. {i} active and 0 backup servers left."))])


def cri() -> Stream:
    """A container runtime's log file: ``<time> <stream> <F|P> msg``."""
    return _build([(0, f"2026-11-26T01:02:0{i}.123456789Z {st} GET /healthz 200 {i}ms") for i in range(5)
                   for st in ("stdout F", "stderr F", "stdout P")])


def syslog_path_tag() -> Stream:
    """RFC 3164 with the TAG a program's path (rsyslog writes ``openlog``'s ident as given:
    ``<time> <host> /usr/sbin/kamailio[<pid>]: msg``), hosts with and without digits."""
    return _build([r for i in range(5) for h in ("pbx-proxy", "sip01", "sbc-a", "lb-sip-1", "edge") for r in (
        (0, f"Nov {i + 1:2d} 0{i}:1{i}:22 {h} /usr/sbin/kamailio[{3680 + i}]: ERROR: <core> [core/tcp_read.c:375]: "
            f"tcp_read_data(): error reading: Broken pipe ({30 + i})"),
        (1, f"Nov {i + 1:2d} 0{i}:1{i}:22 {h} /usr/local/bin/queued[{100 + i}]: worker {i} started"),
        (2, f"Nov {i + 1:2d} 0{i}:1{i}:22 {h} /usr/local/bin/queued[{100 + i}]: connection from 10.0.0.{i} refused"))])


def syslog_rfc5424() -> Stream:
    """RFC 5424 (rsyslog's ``RSYSLOG_SyslogProtocol23Format``): ``<PRI>1 <time> HOSTNAME APP-NAME
    PROCID MSGID STRUCTURED-DATA MSG``, ``-`` for a field left out, hosts with and without digits;
    and as a relay writes it without the ``<PRI>1``."""
    return _build([r for i in range(5) for h in ("web", "db01", "mail", "gw-router") for r in (
        (0, f"<38>1 2026-11-26T01:02:0{i}.123Z {h} sshd {700 + i} - - Accepted publickey for deploy from 10.1.{i}.9 "
            f"port 5{i}022 ssh2"),
        (1, f"<30>1 2026-11-26T01:02:0{i}.123Z {h} systemd 1 - - Started Session {i} of user root."),
        (2, f"2026-11-26T01:02:0{i}.123456+00:00 {h} backupd - JOB - Job finished"),
        (3, f'<14>1 2026-11-26T01:02:0{i}.123Z {h} app {900 + i} ID47 [exampleSDID@32473 iut="{i}"] Queue flushed'))])


def glusterfs() -> Stream:
    """GlusterFS's ``gf_msg`` layout: ``[<time>] <L> [MSGID: <id>] [<file>:<line>:<function>] <n>-<domain>:
    msg`` (``gf_log``'s without the MSGID), several functions and domains (translators), volumes and
    peers named without digits.  (Two functions' messages of one length and level that differ by
    two words, ``Received status volume req …`` / ``Received heal vol req …``, are kept apart by
    ``functions_apart``, a similarity rule: tests/pipeline/test_patterns_session8.py.)"""
    vols, peers = ("home", "vmstore", "backups"), ("gfs-node-a", "stor02.corp.example", "10.0.0.7")
    return _build([r for i in range(6) for dom in ("0-management", "0-glusterd") for r in (
        (0, f"[2026-11-26 01:02:0{i}.12345{i} +0000] I [MSGID: 106499] [glusterd-handler.c:4521:"
            f"__glusterd_handle_status_volume] {dom}: Received status volume req for volume {vols[i % 3]}"),
        (1, f"[2026-11-26 01:02:0{i}.12345{i} +0000] I [MSGID: 106487] [glusterd-handler.c:1438:"
            f"__glusterd_handle_cli_list_friends] {dom}: Received cli list req"),
        (2, f"[2026-11-26 01:02:0{i}.12345{i} +0000] W [MSGID: 106118] [glusterd-handler.c:6601:"
            f"__glusterd_peer_rpc_notify] {dom}: Lock not released for {vols[(i + 1) % 3]}"),
        (3, f"[2026-11-26 01:02:0{i}.12345{i} +0000] I [MSGID: 106493] [glusterd-handler.c:3968:"
            f"glusterd_xfer_friend_add_resp] {dom}: Responded to {peers[i % 3]} (24007), ret: 0, op_ret: {i % 2}"),
        (4, f"[2026-11-26 01:02:0{i}.12345{i} +0000] I [MSGID: 106131] [glusterd-proc-mgmt.c:81:"
            f"glusterd_proc_stop] {dom}: {('quotad', 'bitd', 'scrub')[i % 3]} already stopped"),
        (5, f"[2026-11-26 01:02:0{i}.12345{i} +0000] E [socket.c:2502:socket_event_handler] {dom}: "
            "EPOLLERR - disconnecting now"))])


def rclone() -> Stream:
    """rclone's ``<date> <time> %-6s: <object>: <message>``: the object a path relative to the
    remote, names with spaces included."""
    objects = ("photos/2026/IMG_{i}.jpg", "Music/Pink Floyd/Wish You Were Here.flac", "Documents/Tax Return {i}.pdf",
               "notes/todo.md", "media/Album {i}/track {i}.flac")
    return _build([r for i in range(4) for o in objects for r in (
        (0, f"2026/11/26 01:02:0{i} INFO  : {o.format(i=i)}: Copied (new)"),
        (1, f"2026/11/26 01:02:0{i} ERROR : {o.format(i=i)}: Failed to copy: permission denied"),
        (2, f"2026/11/26 01:02:0{i} INFO  : {o.format(i=i)}: Deleted"))])


def twisted() -> Stream:
    """Twisted's log file (``twistd``): ``<time> [<system>] msg``, the system ``-``, ``Uninitialized``,
    ``<Protocol>,client`` or ``<Protocol>,<session>,<peer>`` as the statement ran outside any
    connection or inside one."""
    systems = ("-", "Uninitialized", "Broker,client", "HTTPChannel,{i}4,10.0.{i}.7")
    return _build([r for i in range(5) for sy in systems for r in (
        (0, f"2026-11-2{i} 0{i}:1{i}:22+0000 [{sy.format(i=i)}] Worker.detached(ci-worker-{i})"),
        (1, f"2026-11-2{i} 0{i}:1{i}:22+0000 [{sy.format(i=i)}] configuration update complete (took {i}.5 seconds)"),
        (2, f"2026-11-2{i} 0{i}:1{i}:22+0000 [{sy.format(i=i)}] Stopping factory <buildbot.pbmanager.PBServerFactory>"))])


def syslog_digit_tag() -> Stream:
    """RFC 3164 with programs whose names hold a digit (``python3[<pid>]:``, ``php-fpm8.2[<pid>]:``),
    hosts with and without digits."""
    return _build([r for i in range(5) for h in ("web", "db01", "mail", "gw-router") for r in (
        (0, f"Nov {i + 1:2d} 0{i}:1{i}:22 {h} python3[{700 + i}]: Started worker {i} for queue default"),
        (1, f"Nov {i + 1:2d} 0{i}:1{i}:22 {h} php-fpm8.2[{800 + i}]: [WARNING] [pool www] child {i}2 exited with code 1"),
        (2, f"Nov {i + 1:2d} 0{i}:1{i}:22 {h} python3[{700 + i}]: Connection to broker lost, retrying"))])


def cisco_ios() -> Stream:
    """Cisco IOS system messages (``seq no:timestamp: %FACILITY-SEVERITY-MNEMONIC:description``) with
    ``logging origin-id hostname`` (devices named with and without digits), the clock's ``*``/``.``
    marker coming and going, as a relay writes them after its own syslog header, and as a device's
    buffer shows them."""
    hosts, marks = ("core-sw", "edge1", "access-sw-a", "rtr"), ("*", "", ".", "*")
    return _build([r for i in range(5) for k, h in enumerate(hosts) for pre in (f"Nov {i + 1:2d} 0{i}:1{i}:22 10.0.{k}.1 ", "")
                   for m in (marks[(i + k) % 4],) for r in (
        (0, f"{pre}{100 + i}: {h}: {m}Nov {i + 1:2d} 0{i}:1{i}:22.12{i} UTC: %LINK-3-UPDOWN: Interface GigabitEthernet0/{i}, "
            "changed state to up"),
        (1, f"{pre}{100 + i}: {h}: {m}Nov {i + 1:2d} 0{i}:1{i}:22.12{i} UTC: %SYS-5-CONFIG_I: Configured from console by admin "
            f"on vty0 (10.1.1.{i})"),
        (2, f"{pre}{100 + i}: {h}: {m}Nov {i + 1:2d} 0{i}:1{i}:22.12{i} UTC: %SEC_LOGIN-5-LOGIN_SUCCESS: Login Success "
            f"[user: admin] [Source: 10.1.1.{i}] [localport: 22]"))])


def lxc() -> Stream:
    """LXC's log file (``src/lxc/log.c``): ``<tool> <container> <YYYYMMDDhhmmss.mmm> <PRIORITY> <category> -
    <file>:<function>:<line> - <message>``, several tools and containers, names with and without digits."""
    tools, names = ("lxc-start", "lxc-execute", "lxc-autostart"), ("web", "build-7", "u2404", "dev-alice")
    return _build([r for i in range(4) for k, n in enumerate(names) for r in (
        (0, f"{tools[(i + k) % 3]} {n} 202611{10 + i}0{k}2108.5{i}8 INFO     network - ../src/lxc/network.c:"
            f"netdev_configure_server_veth:748 - Attached \"veth{'PuFVDdLyRG'[i + k:i + k + 4]}\" to bridge \"lxcbr0\""),
        (1, f"{tools[(i + k + 1) % 3]} {n} 202611{10 + i}1{k}4601.79{i} DEBUG    conf - ../src/lxc/conf.c:capabilities_deny:"
            f"2901 - Dropped {('mac_override', 'sys_time', 'sys_module')[(i + k) % 3]} ({32 + i}) capability"),
        (2, f"{tools[(i + k + 2) % 3]} {n} 202611{10 + i}2{k}3917.68{k} ERROR    start - ../src/lxc/start.c:__lxc_start:"
            f"2114 - Failed to spawn container \"{n}\""))])


LAYOUTS: dict[str, Callable[[], Stream]] = {f.__name__: f for f in (
    syslog_rfc3164, log4j, spring_boot, cassandra, elasticsearch, postgresql, mysql8, redis, ruby_logger, rust_env_logger,
    rust_tracing, zap_console, logrus_text, klog_structured, apache_error, nginx_error, haproxy, cri,
    syslog_path_tag, syslog_digit_tag, syslog_rfc5424, glusterfs, rclone, twisted, cisco_ios, lxc)}


# --- session 9: S9-gonode ---
# Go, JSON-lines, Node, Rust and Ruby default layouts, each read from its library's definition
# (the source file and the format string in each docstring).

_NODES = ("consul-server-1", "web", "db-a", "ip-10-0-1-7")


def go_hclog() -> Stream:
    """HashiCorp go-hclog's plain format (``intlogger.go``, ``logPlain``): ``<time> <[LEVEL]> <name>: <msg>:
    k=v k2="v 2"``, the time ``2006-01-02T15:04:05.000Z0700`` (``TimeFormat``), the level bracketed and
    padded to 7 (``[INFO] ``, ``[WARN] ``, ``[ERROR]``), the named logger's dotted name (Consul, Nomad,
    Vault), ``:`` then the pairs only when there are pairs, a value quoted when it holds a character
    outside ``-``..``~`` (a space, a ``"``).  One call logs through several loggers of one kind
    (memberlist/serf for the LAN and the WAN pool, a WAN member named ``<node>.<datacenter>``)."""
    nodes = ("node-a1", "consul-server-2", "web-03", "ip-10-0-1-7")
    return _build([r for i in range(6) for k, name in enumerate(nodes) for pool, n in (
            (("lan", name), ("wan", f"{name}.dc{1 + i % 2}"))[(i + k) % 2],) for r in (
        (0, f"2026-11-26T06:19:0{i}.12{k}Z [INFO]  agent.server.serf.{pool}: serf: EventMemberJoin: {n} 10.0.{k}.{i + 1}"),
        (1, f"2026-11-26T06:19:0{i}.12{k}Z [WARN]  agent.server.memberlist.{pool}: memberlist: Refuting a suspect message "
            f"(from: {n})"),
        (2, f"2026-11-26T06:19:0{i}.12{k}Z [INFO]  agent: Synced check: check={('service:web', 'serfHealth', f'mem-{i}')[k % 3]}"),
        (3, f"2026-11-26T06:19:0{i}.12{k}Z [DEBUG] agent.http: Request finished: method={('GET', 'PUT')[k % 2]} "
            f"url=/v1/health/service/{('web', 'api', 'db')[(i + k) % 3]}?index={100 + i} from=127.0.0.1:5{i}12{k} "
            f"latency={i}.{k}ms"),
        (4, f"2026-11-26T06:19:0{i}.12{k}+0100 [ERROR] agent.server.raft: failed to appendEntries to: "
            f'peer="{{Voter {n} 10.0.{k}.9:8300}}" error="dial tcp 10.0.{k}.9:8300: connect: connection refused"'),
        (5, f"2026-11-26T06:19:0{i}.12{k}Z [INFO]  client.alloc_runner.task_runner: Task event: "
            f"alloc_id={i}a{k}c4e2-77b1-d5e0-9f3a-2c1b{i}{k}e8f0a11 task={('redis', 'web', 'worker')[(i + k) % 3]} "
            f'type=Started msg="Task started by client" failed=false'))])


def go_std_log() -> Stream:
    """Go's standard ``log`` package (``src/log/log.go``, ``formatHeader``): ``<prefix><date> <time> <file>:<line>:
    <msg>`` — ``LstdFlags`` (``2009/01/23 01:23:23``), ``Lmicroseconds`` (``.123123``), ``Lshortfile``
    (``d.go:23``) or ``Llongfile`` (``/a/b/c/d.go:23``), a prefix before the date or, with ``Lmsgprefix``,
    before the message; net/http's server errors through it (``http: TLS handshake error from …``).
    Each program sets its flags once: the stream is four programs."""
    peers = ("10.0.{i}.5:5{i}431", "[2001:db8::{i}]:443", "192.168.1.{i}:60{i}12")
    errs = ("EOF", "remote error: tls: bad certificate", "EOF")
    return _build([r for i in range(6) for r in (
        (0, f"2026/11/26 06:19:0{i} http: TLS handshake error from {peers[i % 3].format(i=i)}: {errs[(i // 2) % 3].format(i=i)}"),
        (1, f"2026/11/26 06:19:0{i} listening on :80{i}0"),
        (2, f"2026/11/26 06:19:0{i}.12345{i} main.go:4{i}: loaded {i} rules from /etc/app/rules.d"),
        (3, f"2026/11/26 06:19:0{i}.12345{i} /build/src/github.com/acme/proxy/upstream.go:1{i}7: upstream "
            f"{('auth', 'billing', 'search')[i % 3]} is unhealthy"),
        (4, f"[proxy] 2026/11/26 06:19:0{i} main.go:2{i}: dial backend-{i}:9000 failed, retrying in {i}s"),
        (5, f"2026/11/26 06:19:0{i} [worker] job {i}{i}7 finished in {i}.{i}s"))])


def go_slog_text() -> Stream:
    """Go's ``log/slog`` TextHandler (``src/log/slog/text_handler.go``, ``handler.go``'s ``handle``):
    ``time=<RFC 3339 ms> level=INFO msg=<msg> k=v``, the message and values quoted when they need it
    (``needsQuoting``: a space, ``=``, ``"``), ``source=<file>:<line>`` after the level with
    ``AddSource``; groups print ``group.key=``.  Prometheus 3's promslog writes ``source=file.go:123``."""
    return _build([r for i in range(6) for src in ("", f" source=main.go:{100 + i}") for r in (
        (0, f'time=2026-11-26T06:19:0{i}.12{i}Z level=INFO{src} msg="Starting server" addr=:80{i}0 tls={("true", "false")[i % 2]}'),
        (1, f'time=2026-11-26T06:19:0{i}.12{i}+01:00 level=WARN{src} msg="slow request" method=GET path=/api/v1/items/{i} '
            f"duration={i}.{i}5s"),
        (2, f'time=2026-11-26T06:19:0{i}.12{i}Z level=ERROR{src} msg="query failed" db.table={("users", "orders")[i % 2]} '
            f'err="pq: relation \\"x{i}\\" does not exist"'),
        (3, f"time=2026-11-26T06:19:0{i}.12{i}Z level=DEBUG{src} msg=tick n={i}"))])


def go_slog_json() -> Stream:
    """Go's ``log/slog`` JSONHandler (``src/log/slog/json_handler.go``): ``{"time":"<RFC 3339 ns>","level":"INFO",
    "source":{"function":…,"file":…,"line":…},"msg":"<msg>",<attrs>}`` (``source`` with ``AddSource``), a
    group as a nested object, a child logger's ``With`` attributes before the call's own."""
    return _build([r for i in range(6) for ctx in ("", f'"request_id":"{i}f3a9c","user":"u{i}",') for r in (
        (0, f'{{"time":"2026-11-26T06:19:0{i}.12345{i}Z","level":"INFO","source":{{"function":"main.run","file":"/app/main.go",'
            f'"line":4{i}}},"msg":"Starting server",{ctx}"addr":":80{i}0"}}'),
        (1, f'{{"time":"2026-11-26T06:19:0{i}.12345{i}Z","level":"WARN","source":{{"function":"main.(*api).serve",'
            f'"file":"/app/api.go","line":8{i}}},"msg":"slow request",{ctx}"method":"GET","path":"/api/v1/items/{i}",'
            f'"duration":{i + 1}5000000}}'),
        (2, f'{{"time":"2026-11-26T06:19:0{i}.12345{i}Z","level":"ERROR","source":{{"function":"main.(*store).get",'
            f'"file":"/app/store.go","line":12{i}}},"msg":"query failed",{ctx}"db":{{"table":"{("users", "orders")[i % 2]}"}},'
            f'"err":"context deadline exceeded"}}'))])


def go_kit_logfmt() -> Stream:
    """go-kit/log's logfmt as Prometheus 2 and its exporters print it (``log/value.go``: ``DefaultCaller``
    ``file:line``; promlog's ``ts`` ``2006-01-02T15:04:05.000Z07:00``): ``ts=<time> caller=<file>:<line>
    level=info msg="…" k=v``, the caller the call's site, a subsystem's ``component=`` (``log.With``),
    a value quoted when it holds a space (``component="scrape manager"``)."""
    pools = ("node", "kubernetes-pods", "blackbox")
    return _build([r for i in range(6) for k, pool in enumerate(pools) for r in (
        (0, f'ts=2026-11-26T06:19:0{i}.12{k}Z caller=head.go:600 level=info component=tsdb '
            f'msg="Replaying WAL, this may take a while"'),
        (1, f'ts=2026-11-26T06:19:0{i}.12{k}Z caller=scrape.go:1345 level=warn component="scrape manager" '
            f'scrape_pool={pool} target=http://10.0.{i}.7:9100/metrics msg="Append failed" err="out of bounds"'),
        (2, f'ts=2026-11-26T06:19:0{i}.12{k}Z caller=compact.go:519 level=info component=tsdb '
            f'msg="write block" mint={1700000000000 + i} maxt={1700007200000 + i} ulid=01HF{i}K{k}Z duration={i}.2{k}s'),
        (3 + k % 2, f'ts=2026-11-26T06:19:0{i}.12{k}Z caller={("manager.go:246", "notifier.go:1012")[k % 2]} level=error '
            f'component="{("rule manager", "notifier")[k % 2]}" msg="Error sending alert" err="Post \\"http://am-{k}:9093/api/v2/alerts\\": '
            f'context deadline exceeded" count={i}'))])


def grafana_logfmt() -> Stream:
    """Grafana's console/file format (``pkg/infra/log``: ``logger=<name> t=<RFC 3339 ns> level=info msg=…
    k=v``, the named logger first) and Loki's go-kit format (``level=info ts=… caller=… msg=…``)."""
    return _build([r for i in range(6) for lg in ("context", "cleanup", "ngalert.scheduler") for r in (
        (0, f'logger={lg} userId={i} orgId=1 uname=admin t=2026-11-26T06:19:0{i}.123456789Z level=info '
            f'msg="Request Completed" method=GET path=/api/dashboards/uid/{i}x status=200 remote_addr=10.0.0.{i} '
            f"time_ms={i} duration={i}.5ms size={100 + i} referer= handler=/api/dashboards/uid/:uid"),
        (1, f'logger={lg} t=2026-11-26T06:19:0{i}.123456789Z level=info msg="Completed cleanup jobs" duration={i}.2ms'),
        (2, f'level=info ts=2026-11-26T06:19:0{i}.123456789Z caller=table_manager.go:{130 + i} index-store=tsdb-2026-11-0{i} '
            f'msg="uploading tables"'),
        (3, f'level=warn ts=2026-11-26T06:19:0{i}.123456789Z caller=logging.go:{120 + i} traceID={i}bd3a9f{i} '
            f'orgID=fake msg="GET /loki/api/v1/push ({500 + i}) {i}.3ms"'))])


def zerolog_console() -> Stream:
    """zerolog's ConsoleWriter (``console.go``): parts ``time level caller message`` (``consoleDefaultPartsOrder``),
    the time ``time.Kitchen`` (``3:04PM``), the level ``TRC DBG INF WRN ERR FTL PNC`` (``FormattedLevels``),
    a caller ``file:line >`` when the logger has ``.Caller()``, then the fields sorted, ``key=value``."""
    return _build([r for i in range(6) for h in ("12", "3", "9") for r in (
        (0, f"{h}:1{i}AM INF cmd/api/main.go:4{i} > Starting server addr=:80{i}0 env={('prod', 'staging')[i % 2]}"),
        (1, f'{h}:0{i}PM WRN internal/http/middleware.go:8{i} > Slow request duration={i}.{i}s method=GET path=/items/{i}'),
        (2, f'{h}:5{i}AM ERR internal/store/pool.go:1{i}2 > Failed to connect to database '
            f'error="dial tcp 10.0.0.{i}:5432: connect: connection refused" retry={i}'))])


def zerolog_json() -> Stream:
    """zerolog's JSON (``globals.go``: ``"level"``, ``"time"`` (``time.RFC3339``), ``"message"``, ``"error"``,
    ``"caller"``), the context's fields first, as ``With()`` added them."""
    return _build([r for i in range(6) for ctx in ("", f'"service":"api","host":"{_NODES[i % 4]}",') for r in (
        (0, f'{{"level":"info",{ctx}"addr":":80{i}0","time":"2026-11-26T06:19:0{i}Z","message":"Starting server"}}'),
        (1, f'{{"level":"error",{ctx}"error":"dial tcp 10.0.0.{i}:5432: connect: connection refused","retry":{i},'
            f'"time":"2026-11-26T06:19:0{i}Z","message":"Failed to connect to database"}}'),
        (2, f'{{"level":"warn",{ctx}"duration":{i}.{i},"method":"GET","path":"/items/{i}","time":"2026-11-26T06:19:0{i}Z",'
            f'"message":"Slow request"}}'))])


def zap_json() -> Stream:
    """zap's production JSON encoder (``config.go``, ``NewProductionEncoderConfig``): ``{"level":"info",
    "ts":<epoch seconds float>,"logger":<name, when named>,"caller":"pkg/file.go:42","msg":"…",<fields>}``,
    ``"stacktrace"`` on errors; one code's calls through loggers named per instance (``Named``)."""
    return _build([r for i in range(6) for lg in ('"logger":"controller.deployment",', '"logger":"controller.replicaset",',
                                                  '"logger":"controller.statefulset",') for r in (
        (0, f'{{"level":"info","ts":1764137940.{i}23456,{lg}"caller":"server/server.go:4{i}","msg":"Started server",'
            f'"addr":":80{i}0"}}'),
        (1, f'{{"level":"warn","ts":1764137940.{i}23456,{lg}"caller":"store/raft.go:1{i}2","msg":"Leader lost","term":{i}}}'),
        (2, f'{{"level":"error","ts":1764137940.{i}23456,{lg}"caller":"client/retry.go:8{i}","msg":"request failed",'
            f'"attempt":{i},"error":"rpc error: code = Unavailable desc = connection refused",'
            f'"stacktrace":"main.run\\n\\t/app/main.go:{30 + i}"}}'))])


def logrus_json() -> Stream:
    """logrus's JSONFormatter (``json_formatter.go``): the fields with ``"level"``, ``"msg"`` and ``"time"``
    (RFC 3339) in one map, marshalled with its keys sorted."""
    return _build([r for i in range(6) for extra in ("", f'"container":"{i}abc123","module":"libcontainerd",') for r in (
        (0, f'{{{extra}"level":"info","msg":"ignoring event","time":"2026-11-26T06:19:0{i}Z","topic":"/tasks/delete"}}'),
        (1, f'{{{extra}"error":"timeout","level":"warning","msg":"Health check for container {i}abc failed",'
            f'"time":"2026-11-26T06:19:0{i}Z"}}'),
        (2, f'{{{extra}"level":"info","msg":"Pull complete","image":"{("nginx", "redis", "alpine")[i % 3]}:1.{i}",'
            f'"time":"2026-11-26T06:19:0{i}Z"}}'))])


def klog_text() -> Stream:
    """klog's unstructured header (``klog.go``: ``Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg``, the thread id
    padded to 7), beside ``klog.InfoS``'s structured lines, as kubelet and the apiserver print them."""
    pods = ("kube-system/coredns-5d78c9869d-x{i}q2", "default/web-{i}", "monitoring/node-exporter-{i}abcd")
    return _build([r for i in range(6) for tid in (1, 12345, 87) for r in (
        (0, f"I1126 06:19:0{i}.12345{i} {tid:>7} kubelet.go:2{i}01] SyncLoop (PLEG): event for pod {pods[i % 3].format(i=i)}"),
        (1, f"W1126 06:19:0{i}.12345{i} {tid:>7} reflector.go:53{i}] k8s.io/client-go/informers/factory.go:150: "
            f"watch of *v1.Pod ended with: too old resource version: {1000 + i} ({1200 + i})"),
        (2, f"E1126 06:19:0{i}.12345{i} {tid:>7} pod_workers.go:1{i}00] Error syncing pod {i}a2b-{i}c, skipping: "
            f"failed to \"StartContainer\" for \"app\" with CrashLoopBackOff"))])


def pino_json() -> Stream:
    """pino's NDJSON (``lib/tools.js`` ``asJson``; ``lib/levels.js``): ``{"level":30,"time":<epoch ms>,"pid":<pid>,
    "hostname":"<host>",<bindings>,<object>,"msg":"<msg>"}``, a child logger's bindings (``"reqId":…``) before
    the call's object; pino-http's ``"req":{…}``, ``"res":{…}``, ``"responseTime":<ms>``."""
    hosts = ("api-7d9f8c6b5-x2kqp", "web", "ip-10-0-1-7")
    return _build([r for i in range(6) for k, h in enumerate(hosts) for b in ("", f'"name":"api","reqId":"req-{i}{k}",') for r in (
        (0, f'{{"level":30,"time":17641379401{i}{k},"pid":{100 + k},"hostname":"{h}",{b}"msg":"Server listening at '
            f'http://0.0.0.0:30{i}0"}}'),
        (1, f'{{"level":30,"time":17641379401{i}{k},"pid":{100 + k},"hostname":"{h}",{b}"req":{{"id":{i},"method":"GET",'
            f'"url":"/items/{i}","remoteAddress":"10.0.{k}.5"}},"res":{{"statusCode":{(200, 404)[i % 2]}}},"responseTime":{i}.{k},'
            f'"msg":"request completed"}}'),
        (2, f'{{"level":50,"time":17641379401{i}{k},"pid":{100 + k},"hostname":"{h}",{b}"err":{{"type":"Error",'
            f'"message":"connect ECONNREFUSED 10.0.0.{i}:5432","stack":"Error: connect ECONNREFUSED\\n    at x"}},'
            f'"msg":"database unavailable"}}'))])


def bunyan_json() -> Stream:
    """bunyan's record (``lib/bunyan.js`` ``mkRecord``): ``{"name":…,"hostname":…,"pid":…,<fields>,"level":30,
    "msg":"…","time":"<ISO 8601>","v":0}``, a child logger's fields (``"component":"queue"``, a request's
    ``"req_id"``) before the level."""
    hosts = ("web", "worker-2", "ip-10-0-1-7")
    return _build([r for i in range(6) for k, h in enumerate(hosts) for c in ('"component":"queue",',
                                                                            f'"component":"queue","req_id":"{i}c{k}e-9a",') for r in (
        (0, f'{{"name":"billing","hostname":"{h}","pid":{200 + k},{c}"level":30,"msg":"charged invoice {i}0{k} for '
            f'{i}.50 EUR","time":"2026-11-26T06:19:0{i}.12{k}Z","v":0}}'),
        (1, f'{{"name":"billing","hostname":"{h}","pid":{200 + k},{c}"level":40,"msg":"retrying webhook","attempt":{i},'
            f'"time":"2026-11-26T06:19:0{i}.12{k}Z","v":0}}'))])


def winston_json() -> Stream:
    """winston's ``format.json()`` after ``format.timestamp()`` (logform ``json.js``, ``timestamp.js``): the info
    object ``{"level":"info","message":"…",<meta>,"timestamp":"<ISO 8601>"}``, the logger's ``defaultMeta``
    (``"service":…``) and a child's meta among the call's."""
    return _build([r for i in range(6) for meta in ('"service":"user-service"', '"service":"user-service","requestId":"r{i}"')
                   for m in (meta.format(i=i),) for r in (
        (0, f'{{"level":"info","message":"User {i}0{i} logged in",{m},"timestamp":"2026-11-26T06:19:0{i}.12{i}Z"}}'),
        (1, f'{{"level":"error","message":"Failed to send email to user{i}@example.com",{m},'
            f'"timestamp":"2026-11-26T06:19:0{i}.12{i}Z"}}'),
        (2, f'{{"message":"Cache warmed","level":"debug",{m},"keys":{i + 1}00,"timestamp":"2026-11-26T06:19:0{i}.12{i}Z"}}'))])


def ecs_json() -> Stream:
    """Elastic Common Schema logging (ecs-logging's spec, ``spec/spec.json``: ``@timestamp``, ``log.level`` and
    ``message`` first, then ``ecs.version`` and the rest, dotted keys), as ecs-logging-nodejs/-go/-java print it,
    with the service and host fields some processes add."""
    return _build([r for i in range(6) for extra in ("", f',"service.name":"checkout","host.hostname":"{_NODES[i % 4]}"')
                   for r in (
        (0, f'{{"@timestamp":"2026-11-26T06:19:0{i}.12{i}Z","log.level":"info","message":"Order {i}{i}41 placed",'
            f'"ecs.version":"8.10.0"{extra},"event.dataset":"checkout.log"}}'),
        (1, f'{{"@timestamp":"2026-11-26T06:19:0{i}.12{i}Z","log.level":"warn","message":"Payment provider slow",'
            f'"ecs.version":"8.10.0"{extra},"event.duration":{i + 1}000000,"event.dataset":"checkout.log"}}'))])


def pino_pretty() -> Stream:
    """pino-pretty's line (``lib/pretty.js``, ``lib/utils/prettify-metadata.js``; ``Readme.md``: ``[17:35:28.992] INFO
    (42): hello world``): ``[<time>] <LEVEL> (<name>/<pid>): <msg>``, the time ``HH:MM:ss.l`` with
    ``--translateTime`` or the epoch in ms without it, ``hostname`` ignored by default; pids of a cluster's workers."""
    return _build([r for i in range(6) for pid in (4242, 4243, 51) for t in (f"[06:19:0{i}.12{i}]", f"[17641379401{i}{pid % 10}]")
                   for r in (
        (0, f"{t} INFO (api/{pid}): Server listening at http://0.0.0.0:30{i}0"),
        (1, f"{t} WARN (api/{pid}): Cache miss for key user:{i}{pid}"),
        (2, f"{t} ERROR (api/{pid}): database unavailable"))])


def winston_simple() -> Stream:
    """winston's ``format.simple()`` (logform ``simple.js``): ``${level}: ${message} ${JSON of the rest}``, the rest
    (``defaultMeta``, a child's meta, ``format.timestamp()``'s ``timestamp``) by safe-stable-stringify, keys sorted,
    left out when empty."""
    return _build([r for i in range(6) for meta in ("", '{{"requestId":"r{i}x","service":"user-service"}}',
                                                   '{{"service":"user-service","timestamp":"2026-11-26T06:19:0{i}.12{i}Z"}}')
                   for m in ((" " + meta.format(i=i)) if meta else "",) for r in (
        (0, f"info: User {i}0{i} logged in{m}"),
        (1, f"error: Failed to send email to user{i}@example.com{m}"),
        (2, f"warn: Rate limit reached for client {('mobile', 'web', 'partner-api')[i % 3]}{m}"))])


def node_debug() -> Stream:
    """The ``debug`` module writing to a file or a pipe (``src/node.js``, ``formatArgs`` without colours:
    ``getDate() + name + ' ' + args[0]``, the date ``new Date().toISOString()``): ``<ISO time> <namespace> <msg>``,
    Express's and an app's namespaces."""
    return _build([r for i in range(6) for r in (
        (0, f"2026-11-26T06:19:0{i}.12{i}Z express:router dispatching GET /items/{i}"),
        (1, f"2026-11-26T06:19:0{i}.12{i}Z express:router query  : /items/{i}"),
        (2, f"2026-11-26T06:19:0{i}.12{i}Z app:db query took {i}{i}ms"),
        (3, f"2026-11-26T06:19:0{i}.12{i}Z express:application set \"{('x-powered-by', 'etag', 'env')[i % 3]}\" to "
            f"{('true', 'weak', 'production')[i % 3]}"),
        (4, f"2026-11-26T06:19:0{i}.12{i}Z app:worker job {i}a{i} done in {i}.{i}s"))])


def morgan() -> Stream:
    """morgan's ``combined`` format (``index.js``: ``:remote-addr - :remote-user [:date[clf]] ":method :url
    HTTP/:http-version" :status :res[content-length] ":referrer" ":user-agent"``, Apache's combined log format),
    ``-`` for a field it has no value of (no basic-auth user, no ``Content-Length``, no referrer), beside an
    Express app's own lines.  (A basic-auth user named without a digit still splits the record: ``clf_fields``
    leaves ``%u`` alone, see its docstring.)"""
    uas = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36", "curl/8.4.0", "kube-probe/1.28")
    return _build([r for i in range(12) for r in (
        (0, f'10.0.{i}.7 - - [26/Nov/2026:06:19:{i:02d} +0000] '
            f'"{("GET", "POST", "DELETE")[i % 3]} /api/items/{i} HTTP/1.1" {(200, 201, 304)[i % 3]} {(123 + i, 45, "-")[i % 3]} '
            f'"{("-", "https://shop.example.com/")[i % 2]}" "{uas[i % 3]}"'),
        (1, f"Server listening on port 30{i % 3}0"),
        (2, f"Connected to MongoDB at mongodb://db-{i % 2}:27017/shop"))])


def morgan_dev() -> Stream:
    """morgan's ``dev`` format (``index.js``, ``developmentFormatLine``: ``\\x1b[0m:method :url \\x1b[<colour>m:status\\x1b[0m
    :response-time ms - :res[content-length]\\x1b[0m``, the status coloured by its class, ``-`` for no
    ``Content-Length``), beside the app's own lines."""
    return _build([r for i in range(12) for r in (
        (0, f"\x1b[0m{('GET', 'POST', 'GET')[i % 3]} /api/items/{i} \x1b[{(32, 36, 33)[i % 3]}m{(200, 304, 404)[i % 3]}\x1b[0m "
            f"{i}.{i}45 ms - {(123 + i, '-', 9)[i % 3]}\x1b[0m"),
        (1, f"Server listening on port 30{i % 3}0"))])


def npm_log() -> Stream:
    """npm's output through its log (``heading level prefix message``): npm-registry-fetch's ``logRequest``
    (``lib/check-response.js``: ``fetch`` ``${METHOD} ${status} ${url} ${elapsed}ms${attemptStr}${cacheStr}``, or
    ``cache`` ``${url} ${elapsed}ms${attemptStr} (cache hit)`` on a hit; `` (cache ${status})`` only when the cache
    answered, `` attempt #n`` only on a retry), ``npm timing <name> Completed in 9ms``, ``npm WARN deprecated
    <pkg>@<ver>: <text>``, as an install prints it."""
    pkgs = ("gauge", "extract-zip", "@types%2fnode", "rimraf", "request")
    return _build([r for i in range(5) for k, p in enumerate(pkgs) for r in (
        (0, f"npm http fetch GET 200 https://registry.npmjs.org/{p} {100 + 13 * i + k}ms"
            f"{('', ' (cache revalidated)', ' (cache miss)', ' attempt #2 (cache updated)')[(i + k) % 4]}"),
        (1, f"npm http cache https://registry.npmjs.org/{p}/-/{p}-{k}.{i}.0.tgz {i + k}ms (cache hit)"),
        (2, f"npm timing stage:{('loadCurrentTree', 'loadIdealTree:cloneCurrentTree', 'rollbackFailedOptional')[(i + k) % 3]} "
            f"Completed in {i + k}ms"),
        (3, f"npm WARN deprecated {p}@{k}.{i}.0: this library is no longer supported"))])


def rust_log4rs() -> Stream:
    """log4rs's default pattern (``src/encode/pattern/mod.rs``, ``impl Default for PatternEncoder``: ``{d} {l} {t} -
    {m}{n}``, ``{d}`` chrono's ``%+`` ``2001-07-08T00:34:60.026490+09:30``), targets of one crate and of its
    dependencies."""
    return _build([r for i in range(6) for t in ("myapp::server", "myapp", "hyper::proto::h1::conn") for r in (
        (0, f"2026-11-26T06:19:0{i}.12345678{i}+00:00 INFO {t} - Listening on 0.0.0.0:80{i}0"),
        (1, f"2026-11-26T06:19:0{i}.12345678{i}+01:00 ERROR {t} - Connection error: broken pipe (os error {30 + i})"),
        (2, f"2026-11-26T06:19:0{i}.12345678{i}+00:00 WARN {t} - Config file {('app', 'local', 'prod')[i % 3]}.toml "
            "not found, using defaults"))])


def rust_simple_logger() -> Stream:
    """simple_logger (``src/lib.rs``, ``log``: ``format!("{}{} [{}{}] {}", timestamp, level_string, target, thread,
    record.args())``, the level ``{:<5}``, the timestamp ``[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond
    digits:3]Z`` and a space, ``@<thread name>`` with ``with_threads``)."""
    return _build([r for i in range(6) for t in ("myapp::server", "myapp", "sqlx::query") for th in ("", "@main", "@tokio-runtime-worker")
                   for r in (
        (0, f"2026-11-26T06:19:0{i}.12{i}Z INFO  [{t}{th}] Listening on 0.0.0.0:80{i}0"),
        (1, f"2026-11-26T06:19:0{i}.12{i}Z WARN  [{t}{th}] Retrying request to http://{('billing', 'search')[i % 2]}:8080/v1 "
            f"in {i}s"),
        (2, f"2026-11-26T06:19:0{i}.12{i}Z ERROR [{t}{th}] Connection error: broken pipe (os error {30 + i})"))])


def rust_pretty_env_logger() -> Stream:
    """pretty_env_logger (``src/lib.rs``, ``formatted_builder``: ``writeln!(f, " {} {} > {}", level, target,
    record.args())``, ``formatted_timed_builder``: `` {} {} {} > {}`` with the time), the level padded to 5
    (``colored_level``), the target padded to the widest target seen so far (``max_target_width``)."""
    targets = ("myapp::server", "myapp", "hyper::proto::h1::conn")
    rows = []
    width = 0
    for i in range(6):
        for t in targets:
            width = max(width, len(t))
            rows += [(0, f" INFO  {t:<{width}} > Listening on 0.0.0.0:80{i}0"),
                     (1, f" 2026-11-26T06:19:0{i}.12{i}Z WARN  {t:<{width}} > Retrying request to "
                         f"{('billing', 'search')[i % 2]} in {i}s"),
                     (2, f" ERROR {t:<{width}} > Connection error: broken pipe (os error {30 + i})")]
    return _build(rows)


def rust_slog_term() -> Stream:
    """slog-term's FullFormat (``src/lib.rs``: ``print_msg_header``: the time ``[month repr:short] [day]
    [hour]:[minute]:[second].[subsecond digits:3]`` (``TIMESTAMP_FORMAT``), the level's short name (``INFO``,
    ``WARN``, ``ERRO``, ``DEBG``), the message, then ``, key: value`` for the record's and the logger's pairs), a
    child logger's ``o!()`` context (``component``) and a connection's (``peer``, ``conn``) after the call's own."""
    return _build([r for i in range(6) for ctx in ("", f", peer: 10.0.0.{i}:443", f", peer: 10.0.1.{i}:443, conn: {i}7") for r in (
        (0, f"Nov 26 06:19:0{i}.12{i} INFO Listening, port: 80{i}0, host: 0.0.0.0{ctx}"),
        (1, f"Nov 2{i} 06:19:0{i}.12{i} WARN election timeout elapsed, term: {i}{ctx}, component: raft"),
        (2, f"Dec 0{i + 1} 06:19:0{i}.12{i} ERRO failed to persist entry, index: {i}00, error: disk full{ctx}, component: raft"))])


_RAILS_CALLS = (("UsersController#show", "GET", "/users/{i}", "HTML", 200, "OK"),
                ("SessionsController#create", "POST", "/login", "HTML", 302, "Found"),
                ("Api::V1::OrdersController#index", "GET", "/api/v1/orders?page={i}", "JSON", 200, "OK"),
                ("Api::V1::OrdersController#update", "PATCH", "/api/v1/orders/{i}", "JSON", 422, "Unprocessable Entity"),
                ("HealthController#show", "GET", "/up", "*/*", 200, "OK"))


def _rails_request(i: int, k: int) -> list[tuple[int, str]]:
    """One request through Rails' log subscribers: railties' ``Rails::Rack::Logger#started_request_message``
    (``Started #{method} "#{path}" for #{ip} at #{time.to_default_s}``), actionpack's
    ``ActionController::LogSubscriber`` (``Processing by #{controller}##{action} as #{format}``, ``  Parameters:
    #{params.inspect}`` unless empty, ``Completed #{status} #{HTTP_STATUS_CODES[status]} in %.0fms (#{additions})``,
    the additions ``Views:`` when it rendered, ``ActiveRecord:`` when it queried, ``Allocations:``), actionview's
    ``Rendered #{template} within #{layout} (Duration: …)``."""
    ctl, method, path, fmt, status, reason = _RAILS_CALLS[k]
    path = path.format(i=i)
    rows = [(0, f'Started {method} "{path}" for 10.0.{k}.{i + 1} at 2026-11-26 06:19:0{i} +0000'),
            (1, f"Processing by {ctl} as {fmt}")]
    if method != "GET" or "?" in path:
        rows.append((2, f'  Parameters: {{"id"=>"{i}", "order"=>{{"state"=>"paid"}}}}' if method == "PATCH"
                     else f'  Parameters: {{"page"=>"{i}"}}' if "?" in path else '  Parameters: {"email"=>"a@example.com", "password"=>"[FILTERED]"}'))
    views = f"Views: {i}.{k}ms | " if fmt == "HTML" and status == 200 else ""
    if views:
        rows.append((3, f"  Rendered users/show.html.erb within layouts/application (Duration: {i}.{k}ms | Allocations: {100 + i})"))
    ar = f"ActiveRecord: 0.{i}ms | " if ctl != "HealthController#show" else ""
    rows.append((4, f"Completed {status} {reason} in {i + k + 1}ms ({views}{ar}Allocations: {1000 + 37 * i + k})"))
    return rows


def rails() -> Stream:
    """Rails 7.1's production log (``config/environments/production.rb``: ``ActiveSupport::TaggedLogging`` over
    ``STDOUT``, ``config.log_tags = [ :request_id ]``, ``SimpleFormatter``): ``[<request id>] <message>`` per line of
    a request (``_rails_request``), several controllers, formats and statuses, the additions of ``Completed`` as
    the action rendered or queried."""
    return _build([(t, f"[{i}c{k}a9e2-{k}b7f-4c1e-9d0a-{i}{k}f3e8b1c2d4a] {line}") for i in range(6) for k in range(len(_RAILS_CALLS))
                   for t, line in _rails_request(i, k)])


def rails_logger() -> Stream:
    """A Rails app logging to ``log/production.log`` through Ruby's ``Logger::Formatter`` (``"%s, [%s #%d] %5s -- %s:
    %s\\n"``) with the request id tagged: ``I, [<time> #<pid>]  INFO -- : [<request id>] <message>``; puma's workers'
    pids."""
    return _build([(t, f"I, [2026-11-26T06:19:0{i}.12345{k} #{100 + k % 2}]  INFO -- : "
                       f"[{i}c{k}a9e2-{k}b7f-4c1e-9d0a-{i}{k}f3e8b1c2d4a] {line}")
                   for i in range(6) for k in range(len(_RAILS_CALLS)) for t, line in _rails_request(i, k)])


def sidekiq() -> Stream:
    """Sidekiq 6/7's default ``Sidekiq::Logger::Formatters::Pretty``: ``#{time.utc.iso8601(3)} pid=#{pid} tid=#{tid}
    #{format_context} #{severity}: #{message}``, the job's context (``class=``, ``jid=``, ``bid=`` for a batch,
    ``elapsed=`` on ``done``) only inside a job."""
    jobs = ("HardJob", "Mailers::WelcomeJob", "ActiveJob::QueueAdapters::SidekiqAdapter::JobWrapper")
    return _build([r for i in range(6) for k, j in enumerate(jobs) for b in ("", f" bid=Bx{i}{k}Qa9") for c in (
        f"pid={12 + k} tid={('2aw', 'ouy7z0', '1ndk')[k]} class={j} jid={i}b4a577edbccf1d80574{k}efa",) for r in (
        (0, f"2026-11-26T06:19:0{i}.12{k}Z {c}{b} INFO: start"),
        (1, f"2026-11-26T06:19:0{i}.12{k}Z {c}{b} elapsed={i}.{k}14 INFO: done"),
        (2, f"2026-11-26T06:19:0{i}.12{k}Z {c}{b} elapsed={i}.{k}02 INFO: fail"),
        (3, f"2026-11-26T06:19:0{i}.12{k}Z pid={12 + k} tid={('2b8', 'ovq1', '3kd')[k]} INFO: Running in ruby 3.{k}.{i} "
            f"(2026-11-0{i + 1} revision {i}a{k}f) +YJIT [x86_64-linux]"),
        (4, f"2026-11-26T06:19:0{i}.12{k}Z pid={12 + k} tid={('2b8', 'ovq1', '3kd')[k]} INFO: Starting processing, hit Ctrl-C to stop"))])


def puma() -> Stream:
    """Puma's boot and cluster messages (``lib/puma/launcher.rb``, ``lib/puma/cluster.rb``: ``Puma starting in
    cluster mode...``, ``* Puma version: …``, ``* Listening on http://0.0.0.0:3000``, ``[<pid>] - Worker <n> (PID:
    <pid>) booted in <s>s, phase: <n>``), the master's ``[<pid>] `` prefix in cluster mode, over several restarts."""
    return _build([r for i in range(6) for pre in (f"[{100 + i}] ",) for r in (
        (0, f"{pre}Puma starting in cluster mode..."),
        (1, f'{pre}* Puma version: 6.{i // 3}.0 (ruby 3.3.{i // 3}-p53) ("The Eagle of Durango")'),
        (2, f"{pre}*  Min threads: 5"),
        (3, f"{pre}* Listening on http://0.0.0.0:3000"),
        *[(4, f"{pre}- Worker {w} (PID: {200 + 4 * i + w}) booted in {i}.0{w}s, phase: 0") for w in range(4)],
        (5, f"{pre}* Environment: production"),
        (6, f"{pre}Use Ctrl-C to stop"))])


def phoenix() -> Stream:
    """Elixir's Logger console format (``Logger.Formatter``'s default ``"$time $metadata[$level] $message\\n"``) with
    Phoenix's ``request_id`` metadata, ``Phoenix.Logger``'s ``GET /path`` and ``Sent 200 in 2ms``, and the app's
    lines without metadata."""
    return _build([r for i in range(6) for k in range(3) for md in (f"request_id=F{i}x{k}QmZ9aB3cT_kAAA{k}{i} ",) for r in (
        (0, f"06:19:0{i}.12{k} {md}[info] {('GET', 'POST', 'DELETE')[k]} /api/{('users', 'orders', 'carts')[k]}/{i}"),
        (1, f"06:19:0{i}.12{k} {md}[info] Sent {(200, 201, 404)[k]} in {i}{k}ms"),
        (2, f"06:19:0{i}.12{k} [info] Running ShopWeb.Endpoint with Bandit 1.{i}.0 at 0.0.0.0:40{k}0 (http)"),
        (3, f"06:19:0{i}.12{k} [warning] Job {('Cleanup', 'Mailer', 'Sync')[k]} took {i}.{k}s, longer than its interval"))])


def nestjs() -> Stream:
    """NestJS's ``ConsoleLogger`` (``packages/common/services/console-logger.service.ts``, ``formatMessage``:
    ``${pidMessage}${timestamp} ${formattedLogLevel} ${contextMessage}${output}${timestampDiff}``, the pid part
    ``[Nest] <pid>  - ``, the time ``toLocaleString`` (``11/26/2026, 6:19:00 AM``), the level padded to 7, the
    context ``[<context>] ``, `` +<n>ms`` since the last line), Nest's boot and an app's services."""
    mods = ("AppModule", "TypeOrmModule", "ConfigModule", "UsersModule")
    return _build([r for i in range(6) for k, m in enumerate(mods) for pid in (1900 + i,) for t in (
        f"11/2{i}/2026, {k + 1}:1{i}:0{k} {('AM', 'PM')[(i + k) % 2]}",) for r in (
        (0, f"[Nest] {pid}  - {t}     LOG [InstanceLoader] {m} dependencies initialized +{i + k}ms"),
        (1, f"[Nest] {pid}  - {t}     LOG [RouterExplorer] Mapped {{/api/{m.lower()[:-6] or 'app'}/:id, "
            f"{('GET', 'POST', 'PATCH', 'DELETE')[k]}}} route +{k}ms"),
        (2, f"[Nest] {pid}  - {t}     LOG [NestApplication] Nest application successfully started +{i}ms"),
        (3, f"[Nest] {pid}  - {t}    WARN [UsersService] User {i}{k} not found in cache, loading from database +{k}{i}ms"),
        (4, f"[Nest] {pid}  - {t}   ERROR [ExceptionsHandler] connect ECONNREFUSED 10.0.{k}.{i}:5432 +{i}{k}ms"))])


def rust_tracing_json() -> Stream:
    """tracing-subscriber's JSON format (``src/fmt/format/json.rs``: ``{"timestamp":…,"level":"INFO","fields":{"message":
    …,<fields>},"target":"<module>","span":{…},"spans":[…]}``, the event's fields under ``"fields"`` unless
    ``flatten_event``, the current span and the span list only inside spans)."""
    spans = ("", ',"span":{{"method":"GET","uri":"/x{i}","name":"request"}},"spans":[{{"method":"GET","uri":"/x{i}","name":"request"}}]')
    return _build([r for i in range(6) for sp in spans for sp_ in (sp.format(i=i),) for r in (
        (0, f'{{"timestamp":"2026-11-26T06:19:0{i}.12345{i}Z","level":"INFO","fields":{{"message":"finished request",'
            f'"status":{200 + i},"latency_ms":{i}}},"target":"myapp::server"{sp_}}}'),
        (1, f'{{"timestamp":"2026-11-26T06:19:0{i}.12345{i}Z","level":"WARN","fields":{{"message":"slow query took {i}.5s"}},'
            f'"target":"myapp::db"{sp_}}}'),
        (2, f'{{"timestamp":"2026-11-26T06:19:0{i}.12345{i}Z","level":"ERROR","fields":{{"message":"upstream failed",'
            f'"error":"connection reset by peer"}},"target":"myapp::proxy"{sp_}}}'))])


def go_charm_log() -> Stream:
    """charmbracelet/log's text formatter (``text.go``, ``textFormatter``: the time ``DefaultTimeFormat``
    ``2006/01/02 15:04:05``, the level upper-cased and cut to 4 (``styles.go``: ``DEBU INFO WARN ERRO FATA``), a
    ``<caller>``, a ``prefix:``, the message, then ``key=value``), a sub-logger's prefix and fields."""
    return _build([r for i in range(6) for pre in ("wish: ", "ssh: ") for r in (
        (0, f"2026/11/26 06:19:0{i} INFO {pre}Starting SSH server addr=0.0.0.0:23{i}4"),
        (1, f"2026/11/26 06:19:0{i} WARN {pre}Client disconnected user={('alice', 'bob', 'carol')[i % 3]} "
            f"remote=10.0.0.{i}:5{i}123 duration={i}m{i}s"),
        (2, f'2026/11/26 06:19:0{i} ERRO {pre}Could not start server err="listen tcp :23{i}4: bind: address already in use"'))])


def rails_activejob() -> Stream:
    """Active Job's log subscriber in a Sidekiq worker (``activejob/lib/active_job/log_subscriber.rb``: ``Performing
    #{job.class.name} (Job ID: …) from #{adapter}(#{queue}) enqueued at … with arguments: …``, ``Performed … from
    …(…) in %.2fms``, ``Enqueued … (Job ID: …) to …(…) with arguments: …`` for a job a job enqueues; the tags
    ``[ActiveJob] [<job class>] [<job id>]`` while a job runs, ``activejob/lib/active_job/logging.rb``), after the
    header of Sidekiq's ``Formatters::Pretty``."""
    jobs = ("ReportJob", "ActionMailer::MailDeliveryJob", "Billing::ChargeJob")
    return _build([r for i in range(6) for k, j in enumerate(jobs) for jid in (f"{i}c{k}a9e2-{k}b7f-4c1e-9d0a-{i}{k}f3e8b1c2d4a",)
                   for w in (f"2026-11-26T06:19:0{i}.12{k}Z pid={12 + k} tid=2aw class={j} jid={i}b4a577edbc{k} INFO: ",) for r in (
        (0, f"{w}[ActiveJob] [{j}] [{jid}] Enqueued {jobs[(k + 1) % 3]} (Job ID: {i}{k}e{jid[4:]}) to Sidekiq(default) "
            f"with arguments: {i}{k}"),
        (1, f"{w}[ActiveJob] [{j}] [{jid}] Performing {j} (Job ID: {jid}) from Sidekiq(default) enqueued at "
            f"2026-11-26T06:19:0{i}.12{k}Z with arguments: {i}{k}"),
        (2, f"{w}[ActiveJob] [{j}] [{jid}] Performed {j} (Job ID: {jid}) from Sidekiq(default) in {i}{k}.{i}5ms"))])


def rails_activejob_async() -> Stream:
    """Active Job in the web process with the ``:async`` adapter (Rails' default, ``Async(default)``): the request's
    ``Enqueued``, then the job's ``Performing``/``Performed`` under the tags ``[ActiveJob] [<job class>] [<job id>]``
    (``activejob/lib/active_job/logging.rb``), Rails 7.1's ``SimpleFormatter`` printing the tags and message only."""
    jobs = ("ReportJob", "ActionMailer::MailDeliveryJob", "Billing::ChargeJob")
    return _build([r for i in range(6) for k, j in enumerate(jobs) for jid in (f"{i}c{k}a9e2-{k}b7f-4c1e-9d0a-{i}{k}f3e8b1c2d4a",)
                   for r in (
        (0, f"[{i}f{k}e-77aa] [ActiveJob] Enqueued {j} (Job ID: {jid}) to Async(default) with arguments: {i}{k}"),
        (1, f"[ActiveJob] [{j}] [{jid}] Performing {j} (Job ID: {jid}) from Async(default) enqueued at "
            f"2026-11-26T06:19:0{i}.12{k}Z with arguments: {i}{k}"),
        (2, f"[ActiveJob] [{j}] [{jid}] Performed {j} (Job ID: {jid}) from Async(default) in {i}{k}.{i}5ms"))])


def cri_json() -> Stream:
    """A Go service's JSON lines (zap's production encoder, ``logger`` named per instance) in a container
    runtime's log file (CRI, ``/var/log/containers/*.log``: ``<time> <stream> <F|P> <message>``), and a
    Node service's (pino, a child's bindings) in the same kind of file."""
    return _build([r for i in range(6) for k, lg in enumerate(("controller.deployment", "controller.replicaset")) for st in ("stdout", "stderr")
                   for pre in (f"2026-11-26T06:19:0{i}.12345678{k}Z {st} F ",) for r in (
        (0, f'{pre}{{"level":"info","ts":1764137940.{i}23456,"logger":"{lg}","caller":"controller/controller.go:2{i}4",'
            f'"msg":"Starting workers","worker count":{i + 1}}}'),
        (1, f'{pre}{{"level":"error","ts":1764137940.{i}23456,"logger":"{lg}","caller":"controller/controller.go:3{i}6",'
            f'"msg":"Reconciler error","name":"web-{i}","namespace":"{("default", "shop")[k]}","error":"conflict"}}'),
        (2, f'{pre}{{"level":30,"time":17641379401{i}{k},"pid":1,"hostname":"api-{i}",'
            f'{("", chr(34) + "reqId" + chr(34) + ":" + chr(34) + f"req-{i}" + chr(34) + ",")[k]}"msg":"request completed"}}'))])


def zerolog_traefik() -> Stream:
    """Traefik v3's default log (zerolog's ``ConsoleWriter`` with ``TimeFormat: time.RFC3339`` and ``NoColor``:
    ``<time> <INF|WRN|ERR|DBG> <msg> <fields sorted>``), the provider and entry point fields per line."""
    return _build([r for i in range(6) for prov in ("docker", "file", "kubernetescrd") for r in (
        (0, f"2026-11-26T06:19:0{i}Z INF Starting provider *{prov}.Provider"),
        (1, f'2026-11-26T06:19:0{i}Z ERR Provider error, retrying in {i}.{i}s error="dial unix /var/run/docker.sock: '
            f'connect: permission denied" providerName={prov}'),
        (2, f"2026-11-26T06:19:0{i}Z WRN Router defined multiple times with different configurations "
            f"configuration=[{prov}-{i} {prov}-x] routerName=web{i}@{prov}"))])


def json_structlog() -> Stream:
    """structlog's ``JSONRenderer`` (``structlog.processors.JSONRenderer``: ``json.dumps`` of the event dict, the
    message under ``"event"``) after ``add_log_level`` and ``TimeStamper(fmt="iso")``, a logger's bound context
    (``bind(request_id=…, user=…)``) first when there is one."""
    return _build([r for i in range(6) for ctx in ("", f'"request_id": "r{i}x9", "user": "u{i}", ') for r in (
        (0, f'{{{ctx}"event": "user logged in", "level": "info", "timestamp": "2026-11-26T06:19:0{i}.12345{i}Z"}}'),
        (1, f'{{"path": "/items/{i}", {ctx}"duration": {i}.5, "event": "slow request", "level": "warning", '
            f'"timestamp": "2026-11-26T06:19:0{i}.1Z"}}'),
        (2, f'{{{ctx}"event": "cache miss for key user:{i}", "level": "debug", "timestamp": "2026-11-26T06:19:0{i}.1Z"}}'))])


def json_python_logger() -> Stream:
    """python-json-logger's ``JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s")`` (``json.dumps``
    with its spaces; the message under ``"message"``), a call's ``extra`` fields after it, several loggers."""
    return _build([r for i in range(6) for name in ("app.api", "app.worker", "uvicorn.error") for extra in ("", f', "request_id": "r{i}"')
                   for r in (
        (0, f'{{"asctime": "2026-11-26 06:19:0{i},123", "levelname": "INFO", "name": "{name}", "message": "Processed order '
            f'{i}{i}7"{extra}}}'),
        (1, f'{{"asctime": "2026-11-26 06:19:0{i},123", "levelname": "WARNING", "name": "{name}", "message": "Retrying '
            f'connection to broker"{extra}}}'))])


LAYOUTS.update({f.__name__: f for f in (
    go_hclog, go_std_log, go_slog_text, go_slog_json, go_kit_logfmt, grafana_logfmt, zerolog_console, zerolog_json, zap_json,
    logrus_json, klog_text, pino_json, bunyan_json, winston_json, ecs_json, pino_pretty, winston_simple, node_debug, morgan,
    morgan_dev, npm_log, rust_log4rs, rust_simple_logger, rust_pretty_env_logger, rust_slog_term, rails, rails_logger,
    sidekiq, puma, nestjs, rust_tracing_json, go_charm_log, rails_activejob, rails_activejob_async, cri_json, phoenix,
    zerolog_traefik, json_structlog, json_python_logger)})


# --- session 9: S9-infra ---
# Databases, web/CI/workflow servers and observability agents, each stream written through the
# layout its definition gives (the source file and the format string in each docstring).


def clickhouse() -> Stream:
    """ClickHouse's server log (``src/Loggers/OwnPatternFormatter.cpp``, ``formatExtended``): ``<YYYY.MM.DD
    hh:mm:ss.uuuuuu> [ <thread id> ] {<query id>} <<Priority>> <logger>: <message>``, the query id empty
    (``{}``) outside a query, a table's logger ``<db>.<table> (<uuid>) (MergerMutator)``."""
    q = ("{{5b1c7a2e-0d4f-4c1e-9a3b-7f2e8d1c0a{i}{k}}}", "{{}}", "{{rest-api-{i}}}")
    return _build([r for i in range(4) for k in range(3) for qid in (q[(i + k) % 3].format(i=i, k=k),) for r in (
        (0, f"2026.11.26 06:19:0{i}.12345{k} [ {1200 + 37 * k + i} ] {qid} <Debug> executeQuery: (from 10.0.{k}.{i}:5{i}12{k}) "
            f"SELECT count() FROM events WHERE day = {i} (stage: Complete)"),
        (1, f"2026.11.26 06:19:0{i}.12345{k} [ {1200 + 37 * k + i} ] {qid} <Information> executeQuery: Read {i}0{k} rows, "
            f"{i}.{k}{k} KiB in 0.00{i}{k} sec., {i}{k}00 rows/sec., {i}.5 MiB/sec."),
        (2, f"2026.11.26 06:19:0{i}.12345{k} [ {1200 + 37 * k + i} ] {{}} <Debug> {('default', 'shop', 'system')[k]}."
            f"{('events', 'orders', 'query_log')[i % 3]} ({i}a{k}f3c2e-77b1-4d5e-8f3a-2c1b{i}{k}e8f0a11) (MergerMutator): "
            f"Selected {i + 2} parts from 20261126_{i}_{i}_0 to 20261126_{i + 9}_{i + 9}_{k + 1}"),
        (3, f"2026.11.26 06:19:0{i}.12345{k} [ {1200 + 37 * k + i} ] {{}} <Trace> {('TCPHandler', 'HTTPHandler', 'MySQLHandler')[k]}: "
            f"Connected ClickHouse client version 24.{i}.0, revision: 5446{k}, database: {('default', 'shop')[i % 2]}, user: "
            f"{('default', 'grafana', 'etl')[(i + k) % 3]}."),
        (4, f"2026.11.26 06:19:0{i}.12345{k} [ {1200 + 37 * k + i} ] {qid} <Error> executeQuery: Code: 60. DB::Exception: "
            f"Table {('default', 'shop')[k % 2]}.missing_{i} does not exist. (UNKNOWN_TABLE) (version 24.3.2.23 (official build))"))])


def cockroachdb() -> Stream:
    """CockroachDB's ``crdb-v2`` file format (``pkg/util/log/format_crdb_v2.go``, default since v21.1):
    ``Lyymmdd hh:mm:ss.uuuuuu goid [chan@]file:line ⋮ [tags] counter cont msg``: the logging tags
    (``[-]`` for none, ``[n1]``, ``[n1,client=…,user=root]``), the entry counter, ``' '`` or ``'='``
    (a structured event), sensitive values in ``‹…›``."""
    tags = ("[n1]", "[n{k},client=10.0.{i}.5:5{i}12{k},user=root]", "[-]", "[n{k},s{i},r{i}{k}/1:‹/Table/{i}{k}›]", "[T1,Vsystem,n{k}]")
    files = ("server/server.go:18{i}{k}", "kv/kvserver/replica_raft.go:1{i}2{k}")
    return _build([r for i in range(4) for k in range(1, 4) for t in (tags[(i + k) % 5].format(i=i, k=k),) for r in (
        (0, f"I26112{i} 06:19:0{i}.12345{k} {300 + 11 * k * i} server/node.go:53{i} ⋮ {t} {40 + i + k}  started with engine type ‹2›"),
        (1, f"W26112{i} 06:19:0{i}.12345{k} {300 + 11 * k * i} kv/kvserver/store_raft.go:6{i}{k} ⋮ {t} {50 + i + k}  "
            f"slow raft ready: handle ready: {i}.{k}s"),
        (2, f"I26112{i} 06:19:0{i}.12345{k} {300 + 11 * k * i} 3@util/log/event_log.go:3{i} ⋮ {t} {60 + i + k}  "
            f"={{\"Timestamp\":17{i}{k}12345678,\"EventType\":\"client_authentication_ok\",\"User\":\"‹{('root', 'app', 'maxroach')[k - 1]}›\"}}"),
        (3, f"I26112{i} 06:19:0{i}.12345{k} {300 + 11 * k * i} server/status/runtime_log.go:{k}{i} ⋮ {t} {70 + i + k}  "
            f"runtime stats: {i}.{k} GiB RSS, {300 + i} goroutines (stacks: {k}.{i} MiB), {i}.{k} GiB/{k}.0 GiB Go alloc/total"),
        (4, f"E26112{i} 06:19:0{i}.12345{k} {300 + 11 * k * i} sql/pgwire/server.go:9{i}{k} ⋮ {t} {80 + i + k}  "
            f"closing connection: ‹{('EOF', 'connection reset by peer', 'i/o timeout')[(i + k) % 3]}›"))])


def tidb_unified() -> Stream:
    """The unified log format of TiDB, TiKV and PD (``tikv/rfcs`` 0018, ``pingcap/log``): ``[<time>]
    [LEVEL] [<file>:<line>] [<message>] [<key>=<value>]…``, the message and values quoted when they
    hold a space, a context logger's ``[conn=<id>] [session_alias=]`` before the call's own fields."""
    conns = ("", " [conn={i}{k}2345]", " [conn={i}{k}2345] [session_alias=]")  # the context logger's fields
    return _build([r for i in range(4) for k in range(3) for c in (conns[(i + k) % 3].format(i=i, k=k),) for r in (
        (0, f"[2026/11/26 06:19:0{i}.12{k} +00:00] [INFO] [server.go:{i}2{k}] [\"new connection\"]{c} "
            f"[remoteAddr=10.0.{k}.{i}:5{i}12{k}]"),
        (1, f"[2026/11/26 06:19:0{i}.12{k} +08:00] [WARN] [session.go:1{i}{k}3] [\"compile SQL failed\"]{c} "
            f"[error=\"[schema:1146]Table '{('test', 'shop')[k % 2]}.t{i}' doesn't exist\"] [SQL=\"select * from t{i}\"]"),
        (2, f"[2026/11/26 06:19:0{i}.12{k} +00:00] [INFO] [region_cache.go:{k}{i}1] [\"mark store's regions need be refill\"] "
            f"[id={i + k}] [addr=tikv-{k}.tikv-peer:20160] [error=\"context deadline exceeded\"]"),
        (3, f"[2026/11/26 06:19:0{i}.12{k} +00:00] [INFO] [ddl_worker.go:{k}{i}9] [\"[ddl] run DDL job\"] "
            f"[worker=\"worker {k}, tp general\"] [job=\"ID:{i}{k}, Type:create table, State:queueing, SchemaState:none, "
            f"SchemaID:{i}, TableID:{i}{k}, RowCount:0\"]"),
        (4, f"[2026/11/26 06:19:0{i}.12{k} +00:00] [INFO] [raft.rs:{k}{i}3] [\"became leader at term {i + 5}\"] "
            f"[term={i + 5}] [raft_id={i}{k}] [region_id={i}{k}] [thread_id={k + 1}]"))])


def influxdb() -> Stream:
    """InfluxDB 1.x's logfmt log (``logger/config.go``, zap with its logfmt encoder): ``ts=<time> lvl=<level>
    msg="…" log_id=<id> [service=<name>] <fields>``."""
    svcs = ("subscriber", "httpd", "snapshot")
    return _build([r for i in range(4) for k in range(3) for r in (
        (0, f"ts=2026-11-26T06:19:0{i}.12345{k}Z lvl=info msg=\"Opened file\" log_id=0{i}Bx{k}QZl000 engine=tsm1 "
            f"service=filestore path=/var/lib/influxdb/data/{('telegraf', '_internal', 'metrics')[k]}/autogen/{i}{k}/000000001-000000001.tsm "
            f"id={i} duration={i}.{k}ms"),
        (1, f"ts=2026-11-26T06:19:0{i}.12345{k}Z lvl=info msg=\"Starting {svcs[k]} service\" log_id=0{i}Bx{k}QZl000 "
            f"service={svcs[k]}"),
        (2, f"ts=2026-11-26T06:19:0{i}.12345{k}Z lvl=warn msg=\"Write failed\" log_id=0{i}Bx{k}QZl000 service=write "
            f"shard={i}{k} error=\"{('engine: cache-max-memory-size exceeded', 'partial write: field type conflict', 'timeout')[(i + k) % 3]}\""),
        (3, f"ts=2026-11-26T06:19:0{i}.12345{k}Z lvl=info msg=\"Executing query\" log_id=0{i}Bx{k}QZl000 service=query "
            f"query=\"SELECT mean(usage_idle) FROM {('telegraf', 'metrics')[k % 2]}.autogen.cpu WHERE time > now() - {i + 1}h\""))])


def nats_server() -> Stream:
    """NATS server (``server/log.go`` and ``logger/log.go``): ``[<pid>] <date> <time.us> [INF] <msg>``; a
    connection's messages after ``<addr> - cid:<n>`` (``rid:`` a route), to which ``processConnect`` adds
    ``- "<v<version>:<lang>:<name>>"`` once the client's CONNECT named it."""
    peers = ("10.0.{i}.5:5{i}12{k}", "[::1]:6{k}{i}0", "127.0.0.1:4{i}{k}21")
    names = ("", ' - "v1.3{k}.0:go:orders-{i}"', ' - "v2.{i}.{k}:node"')
    return _build([r for i in range(4) for k in range(3) for p in (peers[(i + k) % 3].format(i=i, k=k),)
                   for n in (names[(i * k) % 3].format(i=i, k=k),) for r in (
        (0, f"[{100 + k}] 2026/11/26 06:19:0{i}.12345{k} [INF] {p} - cid:{i}{k} - Client connection created"),
        (1, f"[{100 + k}] 2026/11/26 06:19:0{i}.12345{k} [DBG] {p} - cid:{i}{k}{n} - Client connection closed: "
            f"{('Client Closed', 'Stale Connection', 'Slow Consumer (Write Deadline)')[(i + k) % 3]}"),
        (2, f"[{100 + k}] 2026/11/26 06:19:0{i}.12345{k} [INF] {p} - rid:{i}{k} - Route connection created"),
        (3, f"[{100 + k}] 2026/11/26 06:19:0{i}.12345{k} [WRN] JetStream cluster stream '$G > ORDERS_{i}' has NO quorum, "
            f"stalled"),
        (4, f"[{100 + k}] 2026/11/26 06:19:0{i}.12345{k} [INF]   Version:  2.10.{i}{k}"))])


def caddy_console() -> Stream:
    """Caddy's console encoder (``logging.go``, zap's console encoder with ``2006/01/02 15:04:05.000``):
    ``<time>\t<LEVEL>\t<logger>\t<message>\t<JSON fields>``, the logger and the fields optional."""
    hosts = ("example.com", "api.example.org", "10.0.{i}.7")
    return _build([r for i in range(4) for k in range(3) for h in (hosts[(i + k) % 3].format(i=i),) for r in (
        (0, f"2026/11/26 06:19:0{i}.12{k}\tINFO\thttp.log.access.log{k}\thandled request\t"
            f"{{\"request\": {{\"remote_ip\": \"10.0.{k}.{i}\", \"proto\": \"HTTP/2.0\", \"method\": \"GET\", \"host\": \"{h}\", "
            f"\"uri\": \"/x{i}\"}}, \"duration\": 0.00{i}{k}, \"status\": {(200, 404, 304)[k]}}}"),
        (1, f"2026/11/26 06:19:0{i}.12{k}\tINFO\ttls.obtain\tcertificate obtained successfully\t{{\"identifier\": \"{h}\"}}"),
        (2, f"2026/11/26 06:19:0{i}.12{k}\tERROR\thttp.log.error.log{k}\tdial tcp 127.0.0.1:80{i}{k}: connect: connection refused\t"
            f"{{\"request\": {{\"remote_ip\": \"10.0.{k}.{i}\", \"host\": \"{h}\"}}, \"duration\": 0.00{k}, \"status\": 502, "
            f"\"err_id\": \"{i}x{k}ab\", \"err_trace\": \"reverseproxy.statusError (reverseproxy.go:1{i}{k}9)\"}}"),
        (3, f"2026/11/26 06:19:0{i}.12{k}\tINFO\tserving initial configuration"),
        (4, f"2026/11/26 06:19:0{i}.12{k}\tWARN\thttp\tserver is listening only on the HTTP port, so no automatic HTTPS "
            f"will be applied to this server\t{{\"server_name\": \"srv{k}\", \"http_port\": 80{i}{k}}}"))])


def gitea() -> Stream:
    """Gitea's default ``stdflags`` (``modules/log/flags.go``: date, time, ``medfile``, ``shortfuncname``,
    ``levelinitial``): ``<date> <time> <file, shortened to its last 20 characters after ...>:<line>:<func>()
    [I] <message>``."""
    return _build([r for i in range(4) for k in range(3) for r in (
        (0, f"2026/11/26 06:19:0{i} ...eb/routing/logger.go:102:func1() [I] router: completed "
            f"{('GET', 'POST', 'GET')[k]} /{('user/login', 'api/v1/repos/alice/app', 'org/infra')[(i + k) % 3]} for 10.0.{k}.{i}:0, "
            f"{(200, 302, 404)[k]} {('OK', 'Found', 'Not Found')[k]} in {i}.{k}ms @ {('auth/auth.go:148(auth.SignIn)', 'repo/view.go:7{i}(repo.Home)', 'org/home.go:3{k}(org.Home)')[(i + k) % 3]}"),
        (1, f"2026/11/26 06:19:0{i} ...dules/setting/log.go:2{k}7:newLogService() [I] Gitea Log Mode: {('Console', 'File')[k % 2]}"
            f"({('Console', 'File')[k % 2]}:{('info', 'warn')[i % 2]})"),
        (2, f"2026/11/26 06:19:0{i} ...s/web/repo/view.go:5{i}3:renderFile() [E] ReadBlob: object does not exist "
            f"[id: {i}{k}a3f9e2c1b0{i}, rel_path: {('README.md', 'docs', 'src/main.go')[k]}]"),
        (3, f"2026/11/26 06:19:0{i} models/db/engine.go:1{i}{k}:SyncAllTables() [W] Table {('user', 'repository', 'action')[k]} "
            f"Column {('lower_name', 'is_private', 'created_unix')[i % 3]} db default is NULL, struct default is 0"),
        (4, f"2026/11/26 06:19:0{i} ...ices/cron/tasks.go:{k}{i}:func1() [I] Starting task: {('update_mirrors', 'repo_health_check', 'archive_cleanup')[(i + k) % 3]}"))])


def airflow_task() -> Stream:
    """Airflow's task log (``config_templates``: ``log_format = [%(asctime)s] {%(filename)s:%(lineno)d}
    %(levelname)s - %(message)s``), with ``TaskInstance.__repr__``'s ``<TaskInstance: dag.task run [state]>``."""
    tis = ("<TaskInstance: etl_daily.extract scheduled__2026-11-2{i}T00:00:00+00:00 [queued]>",
           "<TaskInstance: reports.build_{k} manual__2026-11-26T06:1{i}:00+00:00 [queued]>")
    return _build([r for i in range(4) for k in range(3) for ti in (tis[(i + k) % 2].format(i=i, k=k),) for r in (
        (0, f"[2026-11-26T06:19:0{i}.12{k}+0000] {{taskinstance.py:1{k}57}} INFO - Dependencies all met for dep_context=non-requeueable deps ti={ti}"),
        (1, f"[2026-11-26T06:19:0{i}.12{k}+0000] {{standard_task_runner.py:{k}7}} INFO - Started process {4000 + 13 * i + k} to run task"),
        (2, f"[2026-11-26T06:19:0{i}.12{k}+0000] {{subprocess.py:9{k}}} INFO - Output:"),
        (3, f"[2026-11-26T06:19:0{i}.12{k}+0000] {{taskinstance.py:{k}4{i}1}} ERROR - Task failed with exception"),
        (4, f"[2026-11-26T06:19:0{i}.12{k}+0000] {{local_task_job_runner.py:2{k}{i}}} INFO - Task exited with return code {(0, 1, 0)[k]}"),
        (5, f"[2026-11-26T06:19:0{i}.12{k}+0000] {{taskinstance.py:1{k}{i}8}} INFO - Marking task as "
            f"{('SUCCESS', 'FAILED', 'UP_FOR_RETRY')[(i + k) % 3]}. dag_id={('etl_daily', 'reports')[k % 2]}, task_id=t{i}, "
            f"execution_date=2026112{i}T000000, start_date=2026112{i}T06190{k}, end_date=2026112{i}T06191{k}"))])


def jboss_logging() -> Stream:
    """JBoss Logging's pattern in Keycloak and WildFly (``%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n``)
    and Quarkus' default (``[%c{3.}]``, abbreviated packages): ``<time> LEVEL [<category>] (<thread>)
    <message id>: <message>``, thread names with and without digits, message ids per call."""
    threads = ("executor-thread-{k}", "main", "vert.x-eventloop-thread-{i}", "ServerService Thread Pool -- {i}{k}", "MSC service thread 1-{k}")
    return _build([r for i in range(4) for k in range(3) for t in (threads[(i + k) % 5].format(i=i, k=k),) for r in (
        (0, f"2026-11-26 06:19:0{i},12{k} INFO  [org.keycloak.services] ({t}) KC-SERVICES0001: Loading config from "
            f"standalone.xml or domain.xml"),
        (1, f"2026-11-26 06:19:0{i},12{k} WARN  [org.keycloak.events] ({t}) type=\"LOGIN_ERROR\", realmId=\"{i}a{k}c\", "
            f"clientId=\"{('account', 'web-app', 'grafana')[k]}\", userId=\"null\", ipAddress=\"10.0.{k}.{i}\", error=\"user_not_found\""),
        (2, f"2026-11-26 06:19:0{i},12{k} INFO  [io.quarkus] ({t}) Keycloak 24.0.{i} on JVM (powered by Quarkus 3.8.{k}) "
            f"started in {i}.{k}45s. Listening on: http://0.0.0.0:8080"),
        (3, f"2026-11-26 06:19:0{i},12{k} ERROR [org.jboss.as.controller.management-operation] ({t}) WFLYCTL0013: "
            f"Operation (\"deploy\") failed - address: ([(\"deployment\" => \"app-{i}.war\")])"),
        (4, f"2026-11-26 06:19:0{i},12{k} INFO  [org.jboss.as.server.deployment] ({t}) WFLYSRV0027: Starting deployment "
            f"of \"app-{i}.war\" (runtime-name: \"app-{i}.war\")"),
        (5, f"2026-11-26 06:19:0{i},12{k} INFO  [org.jboss.as.server.deployment] ({t}) WFLYSRV0028: Stopped deployment "
            f"app-{i}.war (runtime-name: app-{i}.war) in {i}{k}ms"),
        (6, f"2026-11-26 06:19:0{i},12{k} WARN  [org.hib.eng.jdb.spi.SqlExceptionHelper] ({t}) SQL Error: 0, SQLState: 23505"),
        (7, f"2026-11-26 06:19:0{i},12{k} INFO  [io.quarkus] ({t}) Installed features: [agroal, cdi, hibernate-orm, "
            f"narayana-jta, resteasy-reactive{', smallrye-health' * (i % 2)}]"))])


def jenkins() -> Stream:
    """Jenkins' log (``support-core``'s ``SupportLogFormatter``): ``<time> [id=<thread id>]\t<LEVEL>\t<class,
    abbreviated to 32>#<method>: <message>``."""
    return _build([r for i in range(4) for k in range(3) for r in (
        (0, f"2026-11-26 06:19:0{i}.12{k}+0000 [id={30 + 7 * k + i}]\tINFO\thudson.lifecycle.Lifecycle#onReady: "
            "Jenkins is fully up and running"),
        (1, f"2026-11-26 06:19:0{i}.12{k}+0000 [id={30 + 7 * k + i}]\tINFO\thudson.model.Run#execute: "
            f"{('build-app', 'deploy/prod', 'nightly')[k]} #{100 + i} main build action completed: SUCCESS"),
        (2, f"2026-11-26 06:19:0{i}.12{k}+0000 [id={30 + 7 * k + i}]\tWARNING\thudson.slaves.ChannelPinger$1#onDead: "
            f"Ping failed. Terminating the channel {('agent-linux', 'build-{i}', 'mac-mini')[k]}.".replace("{i}", str(i))),
        (3, f"2026-11-26 06:19:0{i}.12{k}+0000 [id={30 + 7 * k + i}]\tINFO\to.j.p.workflow.job.WorkflowRun#finish: "
            f"{('build-app', 'deploy/prod', 'nightly')[(i + k) % 3]} #{100 + i} completed: SUCCESS"))])


def fluent_bit() -> Stream:
    """Fluent Bit (``src/flb_log.c``: ``"[%i/%02i/%02i %02i:%02i:%02i] [%5s] "``): ``[<time>] [ info] [<plugin
    type>:<plugin>:<instance>] <message>``, the level right-aligned in 5."""
    plugins = ("input:tail:tail.{k}", "output:es:es.{k}", "filter:kubernetes:kubernetes.0", "output:forward:forward.{i}")
    return _build([r for i in range(4) for k in range(3) for p in (plugins[(i + k) % 4].format(i=i, k=k),) for r in (
        (0, f"[2026/11/26 06:19:0{i}] [ info] [{p}] inotify_fs_add(): inode={i}{k}4123 watch_fd={i + k} "
            f"name=/var/log/containers/{('web', 'api-7f9c', 'db')[k]}_default_app-{i}.log"),
        (1, f"[2026/11/26 06:19:0{i}] [ warn] [engine] failed to flush chunk '{i}-17{k}12.flb', retry in {i + k} seconds: "
            f"task_id={i}, input=tail.{k} > output={('es', 'forward')[i % 2]}.{k} (out_id={k})"),
        (2, f"[2026/11/26 06:19:0{i}] [error] [{p}] could not pack/validate JSON response"),
        (3, f"[2026/11/26 06:19:0{i}] [ info] [{('output:es:es.0', 'output:forward:forward.1', 'output:stdout:stdout.0')[k]}] "
            f"worker #{i} started"),
        (4, f"[2026/11/26 06:19:0{i}] [ info] [{('input:tail:tail.0', 'input:systemd:systemd.1', 'input:cpu:cpu.0')[k]}] "
            f"initializing"))])


def fluentd() -> Stream:
    """Fluentd (``lib/fluent/log.rb``): ``<time> <zone> [<level>]: #<worker> <message>``, the worker id only with
    several workers."""
    return _build([r for i in range(4) for k in range(3) for w in (("#0 ", "#1 ", "")[(i + k) % 3],) for r in (
        (0, f"2026-11-26 06:19:0{i} +0000 [info]: {w}following tail of /var/log/containers/{('web', 'api', 'db')[k]}-{i}.log"),
        (1, f"2026-11-26 06:19:0{i} +0000 [warn]: {w}failed to flush the buffer. retry_times={i} "
            f"next_retry_time=2026-11-26 06:2{i}:0{k} +0000 chunk=\"{i}{k}5ab{i}c2e1f9\" error_class=Errno::ECONNREFUSED "
            f"error=\"Connection refused - connect(2) for 10.0.{k}.{i}:9200\""),
        (2, f"2026-11-26 06:19:0{i} +0000 [info]: {w}starting fluentd worker pid={100 + i + k} ppid={90 + k} worker={k}"),
        (3, f"2026-11-26 06:19:0{i} +0000 [warn]: {w}pattern not matched: \"{('GET /x', 'junk line', '{broken')[k]} {i}\""),
        (4, f"2026-11-26 06:19:0{i} +0000 [info]: {w}retry succeeded. chunk_id=\"{i}{k}5ab{i}c2e1f9\""))])


def logstash() -> Stream:
    """Logstash (``config/log4j2.properties``: ``[%d{ISO8601}][%-5p][%-25c]%notEmpty{[%X{pipeline.id}]}
    %notEmpty{[%X{plugin.id}]} %m%n``): the logger padded to 25, pipeline and plugin ids when set."""
    loggers = ("logstash.agent", "logstash.javapipeline", "logstash.outputs.elasticsearch", "org.logstash.beats.BeatsHandler")
    return _build([r for i in range(4) for k in range(3) for r in (
        (0, f"[2026-11-26T06:19:0{i},12{k}][INFO ][{loggers[1]:<25}][{('main', 'beats', 'syslog')[k]}] Pipeline started "
            f"{{\"pipeline.id\"=>\"{('main', 'beats', 'syslog')[k]}\"}}"),
        (1, f"[2026-11-26T06:19:0{i},12{k}][WARN ][{loggers[2]:<25}][{('main', 'beats', 'syslog')[k]}][{i}a{k}f3c2e77b1] "
            f"Attempted to resurrect connection to dead ES instance, but got an error "
            f"{{:url=>\"http://es-{k}:9200/\", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError}}"),
        (2, f"[2026-11-26T06:19:0{i},12{k}][INFO ][{loggers[0]:<25}] Pipelines running {{:count=>{k + 1}, "
            f":running_pipelines=>[:{('main', 'beats')[i % 2]}], :non_running_pipelines=>[]}}"),
        (3, f"[2026-11-26T06:19:0{i},12{k}][INFO ][{loggers[3]:<25}][{('main', 'beats', 'syslog')[k]}][{i}b{k}c9d1e0] "
            f"[local: 10.0.0.{k}:5044, remote: 10.0.{k}.{i}:5{i}12{k}] Handling exception: Connection reset by peer"))])


def telegraf() -> Stream:
    """Telegraf (``logger/``): ``<RFC 3339 time> <E!|W!|I!|D!> [<plugin>] <message>``, the plugin's name (an
    alias after ``::``) or none."""
    plugins = ("inputs.cpu", "inputs.disk", "inputs.docker", "outputs.influxdb", "inputs.http_response::web")
    return _build([r for i in range(4) for k in range(3) for p in (plugins[(i + k) % 5],) for r in (
        (0, f"2026-11-26T06:19:0{i}Z E! [{p}] Error in plugin: Get \"http://10.0.{k}.{i}:80/metrics\": context deadline exceeded"),
        (1, f"2026-11-26T06:19:0{i}Z W! [{('inputs.cpu', 'inputs.disk', 'inputs.net')[k]}] Collection took longer than "
            f"expected; not complete after interval of {10 * (k + 1)}s"),
        (2, f"2026-11-26T06:19:0{i}Z I! Starting Telegraf 1.{28 + k}.{i}"),
        (3, f"2026-11-26T06:19:0{i}Z D! [{('outputs.influxdb', 'outputs.prometheus_client', 'outputs.file')[k]}] "
            f"Wrote batch of {i * 100 + k} metrics in {i}.{k}ms"),
        (4, f"2026-11-26T06:19:0{i}Z D! [{('outputs.influxdb', 'outputs.kafka', 'outputs.file')[k]}] "
            f"Buffer fullness: {i}{k} / 10000 metrics"))])


def zabbix() -> Stream:
    """Zabbix server and agent (``src/libs/zbxlog/log.c``: ``"%6li:%.4d%.2d%.2d:%.2d%.2d%.2d.%03ld "``): the pid
    right-aligned in 6, the date and time, then the message."""
    return _build([r for i in range(4) for k in range(3) for pid in (f"{(811, 12345, 4021)[k]:>6}",) for r in (
        (0, f"{pid}:2026112{i}:06190{k}.{i}2{k} item \"{('web', 'db-a', 'node7')[k]}:system.cpu.load[all,avg{i + 1}]\" "
            f"became not supported: Cannot obtain data"),
        (1, f"{pid}:2026112{i}:06190{k}.{i}2{k} Zabbix agent item \"{('proc.num[nginx]', 'vfs.fs.size[/,pfree]', 'net.if.in[eth0]')[k]}\" "
            f"on host \"{('web', 'db-a', 'node{i}')[(i + k) % 3]}\" failed: first network error, wait for 15 seconds".replace("{i}", str(i))),
        (2, f"{pid}:2026112{i}:06190{k}.{i}2{k} resuming Zabbix agent checks on host \"{('web', 'db-a', 'node7')[(i + k) % 3]}\": "
            f"connection restored"),
        (3, f"{pid}:2026112{i}:06190{k}.{i}2{k} housekeeper [deleted {i * 10 + k} hist/trends, {i} items/triggers, 0 events, "
            f"{k} sessions, 0 alarms, 0 audit items, 0 records in {i}.{k}23 sec, idle for 1 hour(s)]"),
        (4, f"{pid}:2026112{i}:06190{k}.{i}2{k} Starting Zabbix Agent [{('web', 'db-a', 'node7')[k]}]. Zabbix 6.0.{i}{k} "
            f"(revision {i}a{k}b9c0)."))])


def calico_felix() -> Stream:
    """Calico (``libcalico-go/lib/logutils``, ``Formatter``): ``<time> [<LEVEL>][<pid>] <file> <line>: <message>
    <key>=<value>…``."""
    return _build([r for i in range(4) for k in range(3) for r in (
        (0, f"2026-11-26 06:19:0{i}.12{k} [INFO][{60 + 7 * k + i}] felix/int_dataplane.go 1{i}{k}4: Finished applying updates to dataplane. "
            f"msecToApply={i}.{k}4"),
        (1, f"2026-11-26 06:19:0{i}.12{k} [INFO][{60 + 7 * k + i}] felix/table.go 8{i}{k}: Invalidating dataplane cache "
            f"ipVersion=0x4 reason=\"refresh timer\" table=\"{('filter', 'nat', 'mangle')[k]}\""),
        (2, f"2026-11-26 06:19:0{i}.12{k} [WARNING][{60 + 7 * k + i}] cni-plugin/k8s.go 5{i}{k}: WorkloadEndpoint does not have a "
            f"MAC address ContainerID=\"{i}a{k}f3c2e77b1\" HandleID=\"k8s-pod-network.{i}a{k}f3c2e77b1\" "
            f"Workload=\"{('web', 'db-a', 'node7')[k]}-k8s-{('api', 'redis')[i % 2]}-{i}-eth0\""),
        (3, f"2026-11-26 06:19:0{i}.12{k} [INFO][{60 + 7 * k + i}] felix/summary.go 100: Summarising {i + 10} dataplane "
            f"reconciliation loops over 1m{i}.{k}s: avg={i}ms longest={i}{k}ms ({('resync-routes-v4', 'resync-filter-v4', '')[k]})"),
        (4, f"2026-11-26 06:19:0{i}.12{k} [ERROR][{60 + 7 * k + i}] confd/client.go 3{i}{k}: Error watching "
            f"{('BGPPeer', 'Node', 'IPPool')[k]} error=connection is unauthorized: Unauthorized"))])


def systemd_units() -> Stream:
    """systemd's job and unit messages through syslog (``src/core/job.c``: ``"Started %s."``, ``"Stopped %s."``;
    ``unit_status_string`` with ``StatusUnitFormat=combined``: ``<unit> - <Description>``; ``service.c``:
    ``"%s: Main process exited, code=%s, status=%i/%s"``, ``"Failed with result '%s'."``); units named
    without a digit or an ``@instance`` (``unit_status`` leaves a unit the mask takes whole as it was)."""
    units = ("nginx.service", "docker.service", "cron.service", "redis-server.service", "backup-db.timer")
    descs = ("A high performance web server and a reverse proxy server", "Docker Application Container Engine",
             "Regular background program processing daemon", "Advanced key-value store", "Nightly database backup")
    hosts = ("web", "db01", "gw-router", "nas")
    return _build([r for i in range(4) for k, (u, d) in enumerate(zip(units, descs)) for h in (hosts[(i + k) % 4],) for r in (
        (0, f"Nov {i + 1:2d} 0{i}:1{k}:22 {h} systemd[1]: Started {u} - {d}."),
        (1, f"Nov {i + 1:2d} 0{i}:1{k}:22 {h} systemd[1]: Stopped {u} - {d}."),
        (2, f"Nov {i + 1:2d} 0{i}:1{k}:22 {h} systemd[1]: {u}: Main process exited, code=exited, status={(1, 2, 203)[(i + k) % 3]}/"
            f"{('FAILURE', 'INVALIDARGUMENT', 'EXEC')[(i + k) % 3]}"),
        (3, f"Nov {i + 1:2d} 0{i}:1{k}:22 {h} systemd[1]: {u}: Failed with result '{('exit-code', 'timeout', 'signal')[(i + k) % 3]}'."),
        (4, f"Nov {i + 1:2d} 0{i}:1{k}:22 {h} systemd[1]: {u}: Consumed {i}.{k}{i}{k}s CPU time."),
        (5, f"Nov {i + 1:2d} 0{i}:1{k}:22 {h} systemd[1]: {u}: Scheduled restart job, restart counter is at {i + k}."))])


def etcd() -> Stream:
    """etcd's default log (``server/embed/config_logging.go``: zap's production JSON encoder, ``ts`` in
    ISO 8601, ``caller`` short): ``{"level":"info","ts":"<time>","caller":"<pkg>/<file>.go:<line>",
    "msg":"<message>",<fields>}``, member ids in hex, peer URLs in arrays."""
    members = ("8e9e05c52164694d", "fd422379fda50e48", "91bc3c398fb3c146")
    return _build([r for i in range(4) for k, m in enumerate(members) for r in (
        (0, f'{{"level":"info","ts":"2026-11-26T06:19:0{i}.12{k}Z","caller":"etcdserver/server.go:20{i}{k}",'
            f'"msg":"published local member to cluster through raft","local-member-id":"{m}",'
            f'"local-member-attributes":"{{Name:{("infra0", "etcd-a", "default")[k]} ClientURLs:[http://10.0.{k}.{i}:2379]}}",'
            f'"request-path":"/0/members/{m}/attributes","cluster-id":"cdf818194e3a8c32","publish-timeout":"7s"}}'),
        (1, f'{{"level":"warn","ts":"2026-11-26T06:19:0{i}.12{k}Z","caller":"rafthttp/probing_status.go:8{k}",'
            f'"msg":"prober detected unhealthy status","round-tripper-name":"ROUND_TRIPPER_RAFT_MESSAGE",'
            f'"remote-peer-id":"{m}","rtt":"{i}.{k}ms","error":"dial tcp 10.0.{k}.{i}:2380: connect: connection refused"}}'),
        (2, f'{{"level":"info","ts":"2026-11-26T06:19:0{i}.12{k}Z","caller":"mvcc/index.go:21{k}",'
            f'"msg":"compact tree index","revision":{1000 * i + k}}}'),
        (3, f'{{"level":"info","ts":"2026-11-26T06:19:0{i}.12{k}Z","logger":"raft","caller":"etcdserver/zap_raft.go:77",'
            f'"msg":"{m} became leader at term {i + 2}"}}'),
        (4, f'{{"level":"warn","ts":"2026-11-26T06:19:0{i}.12{k}Z","caller":"etcdserver/util.go:1{k}{i}",'
            f'"msg":"apply request took too long","took":"{i}0{k}.5ms","expected-duration":"100ms",'
            f'"prefix":"read-only range ","request":"key:\\"/registry/pods/{("default", "kube-system")[k % 2]}/web-{i}\\" ",'
            f'"response":"range_response_count:1 size:{3000 + i}"}}'))])


LAYOUTS.update({f.__name__: f for f in (
    clickhouse, cockroachdb, tidb_unified, influxdb, nats_server, caddy_console, gitea, airflow_task,
    jboss_logging, jenkins, fluent_bit, fluentd, logstash, telegraf, zabbix, calico_felix, systemd_units, etcd)})


# --- session 9: S9-daemons ---
# DNS/VPN/network daemons, mail, storage/system and IoT programs through their own default log layouts
# (each generator's docstring names the definition it follows).


def bind_named() -> Stream:
    """BIND 9's ``named`` log channel with ``print-time yes; print-category yes; print-severity yes;``
    (lib/isc/log.c ``isc_log_doit``: ``<dd-Mon-YYYY HH:MM:SS.mmm> <category>: <severity>: msg``)."""
    zones, clients = ("example.com", "corp.example", "in-addr.arpa"), ("www.example.org", "mail.corp.example", "db")
    return _build([r for i in range(6) for r in (
        (0, f"26-Nov-2026 06:19:0{i}.12{i} queries: info: client @0x7f3a2c0{i}a2b0 10.0.{i}.5#5{i}123 ({clients[i % 3]}): "
            f"query: {clients[i % 3]} IN {('A', 'AAAA', 'MX')[i % 3]} +E(0)K (10.0.0.1)"),
        (1, f"26-Nov-2026 06:19:0{i}.12{i} general: info: zone {zones[i % 3]}/IN: loaded serial 20261126{i:02d}"),
        (2, f"26-Nov-2026 06:19:0{i}.12{i} security: info: client @0x7f3a2c0{i}b3c0 10.0.{i}.9#4{i}321 ({clients[(i + 1) % 3]}): "
            f"query (cache) '{clients[(i + 1) % 3]}/A/IN' denied"),
        (3, f"26-Nov-2026 06:19:0{i}.12{i} lame-servers: info: lame server resolving '{clients[i % 3]}' (in '{zones[i % 3]}'?): "
            f"192.0.2.{i}#53"),
        (4, f"26-Nov-2026 06:19:0{i}.12{i} resolver: notice: resolver priming query complete"),
        (5, f"26-Nov-2026 06:19:0{i}.12{i} general: warning: zone {zones[(i + 2) % 3]}/IN: refresh: retry limit for primary "
            f"10.0.0.{i}#53 exceeded (source 0.0.0.0#0)"))])


def unbound() -> Stream:
    """unbound's log file (util/log.c ``log_vmsg``: ``[%lld] %s[%d:%x] %s: %s``, the epoch, ident, pid,
    thread number, the type ``info``/``notice``/``error`` and the message); ``log-queries: yes`` logs each query
    with ``log_nametypeclass`` (``%s %s %s %s``: the client's address, the name, the RR type and class)."""
    names = ("example.com.", "www.corp.example.", "mail.example.org.")
    return _build([r for i in range(6) for th in (0, 1, 3) for r in (
        (0, f"[170000{i}{th}00] unbound[{812 + i}:{th}] info: 10.0.{th}.{i + 5} {names[i % 3]} {('A', 'AAAA', 'MX')[(i + th) % 3]} IN"),
        (1, f"[170000{i}{th}00] unbound[{812 + i}:{th}] info: server stats for thread {th}: {i}2 queries, {i} answers from cache, "
            f"{i}1 recursions, 0 prefetch, 0 rejected by ip ratelimiting"),
        (2, f"[170000{i}{th}00] unbound[{812 + i}:{th}] error: SERVFAIL <{names[(i + th) % 3]} A IN>: all the configured stub or "
            "forward servers failed, at zone ."),
        (3, f"[170000{i}{th}00] unbound[{812 + i}:{th}] notice: init module 0: validator"),
        (4, f"[170000{i}{th}00] unbound[{812 + i}:{th}] info: start of service (unbound 1.{17 + i % 3}.{i})."))])


def tor() -> Stream:
    """Tor's log file (src/lib/log/log.c ``log_prefix_``: ``%b %d %H:%M:%S.<ms> [<severity>] ``, and ``<function>(): ``
    for debug/info and bug warnings), across a month's end."""
    return _build([r for i in range(6) for day in ("Nov 26", "Dec  1") for r in (
        (0, f"{day} 06:19:0{i}.12{i} [notice] Bootstrapped {10 * i + 5}% (handshake_done): Handshake with a relay done"),
        (1, f"{day} 06:19:0{i}.12{i} [notice] Heartbeat: Tor's uptime is {i} days {i}:00 hours, with {i}3 circuits open. "
            f"I've sent {i}.5{i} MB and received {i}2.1 MB."),
        (2, f"{day} 06:19:0{i}.12{i} [warn] Problem bootstrapping. Stuck at {i}4% (conn_done): Connected to a relay. "
            f"(DONE; DONE; count {i + 2}; recommendation warn; host ABCDEF{i}123 at 192.0.2.{i}:9001)"),
        (3, f"{day} 06:19:0{i}.12{i} [info] circuit_mark_for_close_(): Circuit {i}23 (id: {i}) marked for close at "
            f"src/core/or/circuitlist.c:{2200 + i} (orig reason: {i}, new reason: 0)"),
        (4, f"{day} 06:19:0{i}.12{i} [notice] Have tried resolving or connecting to address '[scrubbed]' at {i + 3} different "
            "places. Giving up."))])


def openvpn() -> Stream:
    """OpenVPN's server log (src/openvpn/error.c ``x_msg_va``: ``<time> [us=<usec>] <prefix> msg``, the prefix
    ``multi_instance_string``'s ``<common name>/<ip>:<port>`` of the client, or ``<ip>:<port>`` before TLS
    authenticated it, or none), common names with and without digits."""
    cns = ("alice", "laptop-bob", "client1", "phone")
    return _build([r for i in range(4) for k, cn in enumerate(cns) for r in (
        (0, f"2026-11-26 06:19:0{i} us={123456 + i * 7} {cn}/203.0.11{k}.{i + 5}:5{i}{k}94 MULTI_sva: pool returned "
            f"IPv4=10.8.{k}.{i + 6}, IPv6=(Not enabled)"),
        (1, f"2026-11-26 06:19:0{i} us={223456 + i * 7} {cn}/203.0.11{k}.{i + 5}:5{i}{k}94 PUSH: Received control message: "
            "'PUSH_REQUEST'"),
        (2, f"2026-11-26 06:19:0{i} us={323456 + i * 7} 203.0.11{k}.{i + 5}:5{i}{k}94 TLS: Initial packet from "
            f"[AF_INET]203.0.11{k}.{i + 5}:5{i}{k}94, sid=1a2b3c{i}{k} 5e6f7a8{i}"),
        (3, f"2026-11-26 06:19:0{i} us={423456 + i * 7} {cn}/203.0.11{k}.{i + 5}:5{i}{k}94 Connection reset, restarting [0]"),
        (4, f"2026-11-26 06:19:0{i} us={523456 + i * 7} MULTI: multi_create_instance called"))])


def strongswan() -> Stream:
    """strongSwan's charon through syslog (src/libcharon/bus/listeners/sys_logger.c: ``%.2d[%N] <ike_sa
    name|id> msg``: the thread number, the subsystem group, and the IKE_SA's name and unique id when
    the message belongs to one), hosts without digits, connections named without digits."""
    conns = ("rw", "site-a", "roadwarrior")
    return _build([r for i in range(5) for k, h in enumerate(("vpn", "gw-east", "fw01")) for c in (conns[(i + k) % 3],)
                   for t in (f"{(i * 3 + k) % 16:02d}",) for r in (
        (0, f"Nov 26 06:19:0{i} {h} charon: {t}[NET] <{c}|{i + k}> received packet: from 203.0.113.{i}[500] to "
            f"198.51.100.{k}[500] ({i}84 bytes)"),
        (1, f"Nov 26 06:19:0{i} {h} charon: {t}[IKE] <{c}|{i + k}> IKE_SA {c}[{i + k}] established between "
            f"198.51.100.{k}[vpn.example.com]...203.0.113.{i}[alice@example.com]"),
        (2, f"Nov 26 06:19:0{i} {h} charon: {t}[CFG] <{c}|{i + k}> selected proposal: "
            f"IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/{('MODP_2048', 'ECP_256', 'CURVE_25519')[i % 3]}"),
        (3, f"Nov 26 06:19:0{i} {h} charon: {t}[KNL] 10.{k}.{i}.1 appeared on eth{k}"),
        (4, f"Nov 26 06:19:0{i} {h} charon: {t}[IKE] <{c}|{i + k}> sending DPD request"))])


def openvpn_ctime() -> Stream:
    """OpenVPN 2.4's log file (src/openvpn/error.c ``x_msg_va`` with ``time_string``'s ``ctime`` form: ``<Www Mmm dd hh:mm:ss
    yyyy> <prefix> msg``, no ``us=`` below verb 4), the prefix ``<common name>/<ip>:<port>``."""
    cns, days = ("alice", "laptop-bob", "client1", "phone"), ("Wed Nov 26", "Thu Nov 27", "Mon Dec  1")
    return _build([r for i in range(4) for k, cn in enumerate(cns) for d in (days[(i + k) % 3],) for r in (
        (0, f"{d} 06:19:0{i} 2026 {cn}/203.0.11{k}.{i + 5}:5{i}{k}94 MULTI_sva: pool returned IPv4=10.8.{k}.{i + 6}, "
            "IPv6=(Not enabled)"),
        (1, f"{d} 06:19:0{i} 2026 {cn}/203.0.11{k}.{i + 5}:5{i}{k}94 SIGUSR1[soft,ping-restart] received, client-instance "
            "restarting"),
        (2, f"{d} 06:19:0{i} 2026 203.0.11{k}.{i + 5}:5{i}{k}94 VERIFY OK: depth=1, CN=Example-CA"),
        (3, f"{d} 06:19:0{i} 2026 {cn}/203.0.11{k}.{i + 5}:5{i}{k}94 MULTI: Learn: 10.8.{k}.{i + 6} -> "
            f"{cn}/203.0.11{k}.{i + 5}:5{i}{k}94"))])


def strongswan_plain() -> Stream:
    """strongSwan's charon through syslog without ``ike_name`` (its default: sys_logger.c ``%.2d[%s]%s %s``, the name
    part empty), hosts with and without digits."""
    return _build([r for i in range(5) for k, h in enumerate(("vpn", "gw-east", "fw01")) for t in (f"{(i * 3 + k) % 16:02d}",)
                   for r in (
        (0, f"Nov 26 06:19:0{i} {h} charon: {t}[NET] received packet: from 203.0.113.{i}[500] to 198.51.100.{k}[500] "
            f"({i}84 bytes)"),
        (1, f"Nov 26 06:19:0{i} {h} charon: {t}[NET] sending packet: from 198.51.100.{k}[4500] to 203.0.113.{i}[4500] "
            f"({i}76 bytes)"),
        (2, f"Nov 26 06:19:0{i} {h} charon: {t}[IKE] {('rw', 'site-a', 'roadwarrior')[(i + k) % 3]}: sending DPD request"),
        (3, f"Nov 26 06:19:0{i} {h} charon: {t}[ENC] parsed INFORMATIONAL request {i + k} [ ]"),
        (4, f"Nov 26 06:19:0{i} {h} charon: {t}[KNL] 10.{k}.{i}.1 disappeared from eth{k}"))])


def coredns() -> Stream:
    """CoreDNS (plugin/pkg/log: ``[INFO] plugin/<name>: msg``, ``[WARNING]``, ``[ERROR]``), and the log
    plugin's default query line ``{remote}:{port} - {>id} "{type} {class} {name} {proto} {size} {>do}
    {>bufsize}" {rcode} {>rflags} {rsize} {duration}``, one statement per response
    code, as our stored sets label it."""
    names, types = ("example.com.", "kubernetes.default.svc.cluster.local.", "api.github.com."), ("A", "AAAA", "SRV", "PTR")
    return _build([r for i in range(6) for r in (
        (0, f'[INFO] 10.244.{i}.7:4{i}521 - {1000 + i * 37} "{types[i % 4]} IN {names[i % 3]} {("udp", "tcp")[i % 2]} '
            f'{29 + i} {("false", "true")[i % 2]} {(512, 1232)[i % 2]}" NOERROR qr,rd,ra {45 + i} 0.00{i}234s'),
        (5, f'[INFO] 10.244.{i}.7:4{i}521 - {1000 + i * 37} "{types[(i + 1) % 4]} IN {names[(i + 1) % 3]} '
            f'{("udp", "tcp")[i % 2]} {29 + i} {("false", "true")[i % 2]} {(512, 1232)[i % 2]}" NXDOMAIN qr,aa,rd {45 + i} 0.00{i}234s'),
        (1, f"[ERROR] plugin/errors: 2 {names[i % 3]} {types[i % 4]}: read udp 10.244.{i}.5:4{i}234->8.8.8.8:53: i/o timeout"),
        (2, f"[INFO] plugin/reload: Running configuration SHA512 = {i}f3a9c{i}e{i}d"),
        (3, f'[INFO] plugin/ready: Still waiting on: "{("kubernetes", "etcd")[i % 2]}"'),
        (4, "[WARNING] No files matching import glob pattern: custom/*.override"))])


def squid_cache() -> Stream:
    """Squid's cache.log (src/debug.cc: ``<YYYY/MM/DD HH:MM:SS> kid<n>| msg``), several kids."""
    return _build([r for i in range(5) for kid in (1, 2, 3) for r in (
        (0, f"2026/11/26 06:19:0{i} kid{kid}| Accepting HTTP Socket connections at conn{i}{kid} local=[::]:3128 remote=[::] "
            f"FD {10 + i} flags=9"),
        (1, f"2026/11/26 06:19:0{i} kid{kid}| storeDirWriteCleanLogs: Starting..."),
        (2, f"2026/11/26 06:19:0{i} kid{kid}| ERROR: Connection to 10.0.{i}.5:443 failed"),
        (3, f"2026/11/26 06:19:0{i} kid{kid}| local=10.0.0.1:3128 remote=10.0.{i}.6:5{i}234 FD {15 + i} flags=1: read/write "
            "failure: (32) Broken pipe"),
        (4, f"2026/11/26 06:19:0{i} kid{kid}| Starting Squid Cache version 6.{i} for x86_64-pc-linux-gnu..."))])


def envoy() -> Stream:
    """Envoy's default application log format (source/common/common/logger.h ``DEFAULT_LOG_FORMAT``:
    ``[%Y-%m-%d %T.%e][%t][%l][%n] [%g:%#] %v``: time, thread id, level, logger name, source file and
    line, message), workers' threads and connection ids varying."""
    return _build([r for i in range(6) for t in (1, 14, 23) for r in (
        (0, f"[2026-11-26 06:19:0{i}.12{i}][{t}][info][main] [source/server/server.cc:9{i}4] all clusters initialized. "
            "initializing init manager"),
        (1, f"[2026-11-26 06:19:0{i}.12{i}][{t}][debug][connection] [source/common/network/connection_impl.cc:1{i}9] "
            f"[C{i}{t}] closing data_to_write={i} type=1"),
        (2, f"[2026-11-26 06:19:0{i}.12{i}][{t}][warning][config] [source/common/config/grpc_subscription_impl.cc:1{i}0] "
            f"gRPC config for type.googleapis.com/envoy.config.cluster.v3.Cluster rejected: cluster 'svc-{i}' has no endpoints"),
        (3, f"[2026-11-26 06:19:0{i}.12{i}][{t}][info][upstream] [source/common/upstream/cluster_manager_impl.cc:2{i}2] "
            "cm init: all clusters initialized"))])


def suricata() -> Stream:
    """Suricata 6's suricata.log (src/util-debug.h ``SC_LOG_DEF_LOG_FORMAT_REL``: ``%t - <%d> - `` with the time
    ``%d/%m/%Y -- %H:%M:%S``): ``<time> - <Level> - msg``, an error's ``[ERRCODE: NAME(n)] - `` before it."""
    return _build([r for i in range(6) for r in (
        (0, f"26/11/2026 -- 06:19:0{i} - <Notice> - This is Suricata version 6.0.{10 + i} RELEASE running in SYSTEM mode"),
        (1, f"26/11/2026 -- 06:19:0{i} - <Info> - {i + 1} rule files processed. {30000 + i * 17} rules successfully loaded, "
            f"{i} rules failed"),
        (2, f"26/11/2026 -- 06:19:0{i} - <Warning> - [ERRCODE: SC_ERR_NO_RULES(42)] - No rule files match the pattern "
            f"/etc/suricata/rules/x{i}.rules"),
        (3, f"26/11/2026 -- 06:19:0{i} - <Perf> - {('eth0', 'ens3', 'bond0')[i % 3]}: creating {i + 2} threads"),
        (4, f"26/11/2026 -- 06:19:0{i} - <Notice> - all {i + 2} packet processing threads, {i + 1} management threads "
            "initialized, engine started."))])


def suricata7() -> Stream:
    """Suricata 7's suricata.log (src/util-debug.h ``SC_LOG_DEF_FILE_FORMAT``: ``[%i - %m] %z %d: %S: %M``: thread id,
    thread module name, time, level, subsystem, message), workers' threads named with and without digits."""
    threads = ("Suricata-Main", "W#01-eth0", "W#02-eth0", "FM#01", "CW")
    return _build([r for i in range(4) for k, t in enumerate(threads) for r in (
        (0, f"[{2178 + k} - {t}] 2026-11-26 06:19:0{i} Notice: suricata: This is Suricata version 7.0.{i} RELEASE running in "
            "SYSTEM mode"),
        (1, f"[{2178 + k} - {t}] 2026-11-26 06:19:0{i} Info: af-packet: {('eth0', 'ens3')[i % 2]}: AF_PACKET IPS mode "
            f"activated {('eth0', 'ens3')[i % 2]}->{('eth1', 'ens4')[i % 2]}"),
        (2, f"[{2178 + k} - {t}] 2026-11-26 06:19:0{i} Warning: detect: No rule files match the pattern "
            f"/var/lib/suricata/rules/x{i}.rules"),
        (3, f"[{2178 + k} - {t}] 2026-11-26 06:19:0{i} Info: threads: Threads created -> W: {i + 2} FM: 1 FR: 1   Engine "
            "started."))])


def freeradius() -> Stream:
    """FreeRADIUS 3's radius.log (src/main/log.c ``radlog``: ``<ctime> : <Level>: msg``, ``Auth: (<request
    number>) Login OK: [<user>] (from client <shortname> port <n> ...)``), users and client short names
    without digits."""
    users, clients = ("alice", "bob", "carol.smith", "host/laptop"), ("wifi-ap", "localhost", "vpn-gw", "ap1")
    days = ("Wed Nov 26", "Thu Nov 27", "Mon Dec  1")
    return _build([r for i in range(4) for k in range(4) for r in (
        (0, f"{days[i % 3]} 06:19:0{i} 2026 : Auth: ({i}{k}) Login OK: [{users[k]}] (from client {clients[(i + k) % 4]} "
            f"port {i} cli aa-bb-cc-dd-e{i}-f{k})"),
        (1, f"{days[i % 3]} 06:19:0{i} 2026 : Auth: ({i}{k}5) Login incorrect (mschap: MS-CHAP2-Response is incorrect): "
            f"[{users[(k + 1) % 4]}] (from client {clients[k]} port {k} cli aa-bb-cc-dd-e{k}-f{i})"),
        (2, f"{days[i % 3]} 06:19:0{i} 2026 : Error: Ignoring request to auth address * port 1812 bound to server default "
            f"from unknown client 10.0.{i}.{k + 9} port 4{i}23{k} proto udp"),
        (3, f"{days[i % 3]} 06:19:0{i} 2026 : Info: Ready to process requests"))])


def postfix() -> Stream:
    """Postfix through syslog (RFC 3164, ``postfix/<daemon>[<pid>]:``), each delivery's lines naming its queue
    id (``<QUEUEID>: ``, src/global/mail_queue.h, 10+ hex digits, or ``enable_long_queue_ids``' base-52),
    hosts without digits."""
    qids = ("4F2A3B1C2D", "A1B2C3D4E5F", "3vRrX55rL8z1YyB", "0C9D8E7F6A")
    return _build([r for i in range(4) for k, h in enumerate(("mail", "mx", "relay-out", "smtp01")) for q in (qids[(i + k) % 4],)
                   for r in (
        (0, f"Nov 26 06:19:0{i} {h} postfix/smtpd[{1200 + i}]: connect from unknown[10.0.{k}.{i + 5}]"),
        (1, f"Nov 26 06:19:0{i} {h} postfix/smtpd[{1200 + i}]: {q}: client=unknown[10.0.{k}.{i + 5}]"),
        (2, f"Nov 26 06:19:0{i} {h} postfix/cleanup[{1300 + i}]: {q}: message-id=<{i}{k}abc@example.com>"),
        (3, f"Nov 26 06:19:0{i} {h} postfix/qmgr[{900 + k}]: {q}: from=<alice{i}@example.com>, size={1234 + i * 99}, nrcpt=1 "
            "(queue active)"),
        (4, f"Nov 26 06:19:0{i} {h} postfix/smtp[{1400 + i}]: {q}: to=<bob@example.org>, relay=mx.example.org[198.51.100.{k}]:25, "
            f"delay=0.{i}, delays=0.1/0/0.{k}/0.2, dsn=2.0.0, status=sent (250 2.0.0 OK {i}{k})"),
        (5, f"Nov 26 06:19:0{i} {h} postfix/qmgr[{900 + k}]: {q}: removed"),
        (6, f"Nov 26 06:19:0{i} {h} postfix/smtpd[{1200 + i}]: disconnect from unknown[10.0.{k}.{i + 5}] ehlo=1 mail=1 rcpt=1 "
            "data=1 quit=1 commands=5"))])


def exim() -> Stream:
    """Exim's mainlog (src/log.c ``log_write``, spec chapter "Log files": ``<YYYY-MM-DD HH:MM:SS> <message id>
    <flag> <address> <fields>``: ``<=`` arrival, ``=>`` delivery, ``==`` deferral, ``Completed``), message
    ids of 4.97's and the older form, local deliveries naming the local part."""
    ids = ("1tGhXy-000ABC-9Q", "1tGhZa-00000123-Ab", "1tGi0b-0003Yq-Lp", "1tGi1c-00007F2E-x3")
    users = ("bob", "carol", "ops", "dave")
    return _build([r for i in range(4) for k in range(4) for m in (ids[(i + k) % 4],) for r in (
        (0, f"2026-11-26 06:19:0{i} {m} <= alice@example.com H=mail.example.org [203.0.113.{k}] P=esmtps "
            f"X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S={2345 + i * 11} id={i}{k}abc@example.org"),
        (1, f"2026-11-26 06:19:0{i} {m} => {users[k]} <{users[k]}@example.com> R=localuser T=local_delivery"),
        (2, f"2026-11-26 06:19:0{i} {m} == {users[k]}@example.net R=dnslookup T=remote_smtp defer (-44) "
            f"H=mx.example.net [198.51.100.{i}]: SMTP error from remote mail server after RCPT TO:<{users[k]}@example.net>: "
            "451 4.7.1 Greylisting in action, please come back later"),
        (3, f"2026-11-26 06:19:0{i} {m} Completed"))])


def dovecot() -> Stream:
    """Dovecot through syslog: ``dovecot: <service>-login: Login: user=<%u>, method=%m, rip=%r, lip=%l,
    mpid=%e, %c, session=<%{session}>`` (src/login-common ``login_log_format_elements``, ``%c`` is ``TLS``,
    ``secured`` or empty), and ``imap(<user>)<pid><session>: Logged out …`` (``mail_log_prefix``)."""
    users, sec = ("alice", "bob@example.com", "carol", "dave"), ("TLS, ", "secured, ", "")
    return _build([r for i in range(4) for k in range(4) for svc in (("imap", "pop3")[(i + k) % 2],) for r in (
        (0, f"Nov 26 06:19:0{i} mail dovecot: {svc}-login: Login: user=<{users[k]}>, method={('PLAIN', 'LOGIN')[i % 2]}, "
            f"rip=203.0.113.{i + k}, lip=10.0.0.2, mpid={2300 + i * 4 + k}, {sec[(i + k) % 3]}session=<Ab{i}Cd{k}Ef56Gh>"),
        (1, f"Nov 26 06:19:0{i} mail dovecot: {svc}({users[k]})<{2300 + i * 4 + k}><Ab{i}Cd{k}Ef56Gh>: Disconnected: Logged out "
            f"in={i * 31} out={k * 977 + 5}"),
        (2, f"Nov 26 06:19:0{i} mail dovecot: {svc}-login: Disconnected (auth failed, {i + 1} attempts in {k + 2} secs): "
            f"user=<{users[k]}>, method=PLAIN, rip=203.0.113.{i + k}, lip=10.0.0.2, {sec[(i + k) % 3]}session=<Zy{i}Xw{k}Vu>"),
        (3, f"Nov 26 06:19:0{i} mail dovecot: lmtp({users[k]})<{3300 + i}><Qr{i}St{k}>: msgid=<{i}{k}x@example.org>: saved mail "
            "to INBOX"))])


def dovecot_file() -> Stream:
    """Dovecot's own log file (``log_path``; ``log_timestamp = "%b %d %H:%M:%S "``, then the process's prefix and the
    level: ``imap-login: Info: Login: …``, ``imap(<user>)<pid><session>: Info: …``), users named without digits."""
    users, sec = ("alice", "bob@example.com", "carol", "dave"), ("TLS, ", "secured, ", "")
    return _build([r for i in range(4) for k in range(4) for svc in (("imap", "pop3")[(i + k) % 2],) for r in (
        (0, f"Nov 26 06:19:0{i} {svc}-login: Info: Login: user=<{users[k]}>, method=PLAIN, rip=203.0.113.{i + k}, "
            f"lip=10.0.0.2, mpid={2300 + i * 4 + k}, {sec[(i + k) % 3]}session=<Ab{i}Cd{k}Ef56Gh>"),
        (1, f"Nov 26 06:19:0{i} {svc}({users[k]})<{2300 + i * 4 + k}><Ab{i}Cd{k}Ef56Gh>: Info: Disconnected: Logged out "
            f"in={i * 31} out={k * 977 + 5}"),
        (2, f"Nov 26 06:19:0{i} auth: Info: passwd-file({users[k]},203.0.113.{i + k},<Zy{i}Xw{k}Vu>): unknown user"),
        (3, f"Nov 26 06:19:0{i} lmtp({users[k]})<{3300 + i}><Qr{i}St{k}>: Info: msgid=<{i}{k}x@example.org>: saved mail to "
            "INBOX"))])


def samba() -> Stream:
    """Samba's log file (lib/util/debug.c ``dbghdrclass``: a header line ``[%s, %2d%s] %s(%s)``, the time, the level,
    then the caller's ``file:line`` and function, the message on its own lines, indented two spaces); a header
    line is its caller's too: one statement per file and function (the line number is a value, so two calls in
    ``main`` share it).
    (smbd's ``%s (%s) connect to service %s`` opens with the client's machine name, a word without a digit
    and folded into a value with one: that message splits; it is the message's, not the layout's.)"""
    users = ("alice", "bob", "guest")
    return _build([r for i in range(5) for u in (users[i % 3],) for r in (
        (0, f"[2026/11/26 06:19:0{i}.12345{i},  0] ../../source3/smbd/server.c:1{i}74(main)"),
        (1, f"  smbd version 4.{17 + i % 3}.{i} started."),
        (0, f"[2026/11/26 06:19:0{i}.22345{i},  0] ../../source3/smbd/server.c:{1100 + i}(main)"),
        (3, f"  Copyright Andrew Tridgell and the Samba Team 1992-202{i}"),
        (4, f"[2026/11/26 06:19:0{i}.32345{i},  2] ../../source3/auth/auth.c:3{i}4(auth_check_ntlm_password)"),
        (5, f"  check_ntlm_password:  Authentication for user [{u}] -> [{u}] FAILED with error NT_STATUS_WRONG_PASSWORD, "
            f"authoritative={i % 2}"),
        (6, f"[2026/11/26 06:19:0{i}.42345{i},  0] ../../lib/util/become_daemon.c:1{i}6(daemon_ready)"),
        (7, f"  daemon_ready: daemon 'smbd' finished starting up and ready to serve connections"))])


def ceph() -> Stream:
    """Ceph's daemon log (src/log/Log.cc: ``<time> <thread id, hex> <priority, %2d> <subsystem prefix> msg``, the
    cluster log channel as ``log_channel(cluster) log [INF] : …``), daemons named after hosts."""
    mons = ("mon.node-a@0(leader)", "mon.stor02@1(peon)", "mon.c@2(peon)")
    return _build([r for i in range(5) for k, th in enumerate(("7f1234567890", "7fa8c0ffee00", "7fb00b1e5a11")) for r in (
        (0, f"2026-11-26T06:19:0{i}.12{i}+0000 {th}  0 log_channel(cluster) log [INF] : pgmap v{1234 + i}: 256 pgs: 256 "
            f"active+clean; {i}.5 GiB data, {i * 3} GiB used, 90 GiB / 100 GiB avail; {i}2 KiB/s rd, {k} op/s"),
        (1, f"2026-11-26T06:19:0{i}.12{i}+0000 {th}  0 {mons[k]} e3 handle_command mon_command({{\"prefix\": \"status\", "
            f"\"format\": \"json\"}} v 0) v1"),
        (2, f"2026-11-26T06:19:0{i}.12{i}+0000 {th} -1 osd.{i + k} {5000 + i} heartbeat_check: no reply from 10.0.{k}.{i}:6804 "
            f"osd.{k + 3} since back 2026-11-26T06:18:4{i}.1 front 2026-11-26T06:18:4{i}.1 (oldest deadline "
            f"2026-11-26T06:19:0{i}.1)"),
        (3, f"2026-11-26T06:19:0{i}.12{i}+0000 {th}  0 log_channel(cluster) log [WRN] : Health check failed: {i + 1} osds down "
            "(OSD_DOWN)"))])


def icinga2() -> Stream:
    """Icinga 2's log file (lib/base/streamlogger.cpp ``ProcessLogEntry``: ``[<%Y-%m-%d %H:%M:%S %z>] <severity>/<facility>:
    msg``), endpoints named with and without digits."""
    eps = ("satellite-a", "agent-web", "master1", "db")
    return _build([r for i in range(4) for k, ep in enumerate(eps) for r in (
        (0, f"[2026-11-26 06:19:0{i} +0000] information/ApiListener: New client connection for identity '{ep}' from "
            f"[10.0.{k}.{i + 5}]:{5665 + i}"),
        (1, f"[2026-11-26 06:19:0{i} +0000] warning/ApiListener: Removing API client for endpoint '{ep}'. {i + k} API clients left."),
        (2, f"[2026-11-26 06:19:0{i} +0000] information/ConfigItem: Instantiated {i + k + 1} {('Hosts', 'Services', 'Zones', 'Users')[k]}."),
        (3, f"[2026-11-26 06:19:0{i} +0000] information/WorkQueue: #{i + 5} "
            f"({('ApiListener, RelayQueue', 'ApiListener, SyncQueue')[k % 2]}) items: {i}, rate: 0.{k}/s ({i}8/min {i}0/5min {k}70/15min);"),
        (4, f"[2026-11-26 06:19:0{i} +0000] critical/ApiListener: Cannot connect to host '{ep}' on port '5665'"))])


def asterisk() -> Stream:
    """Asterisk's messages log (main/logger.c, default ``dateformat`` ``%b %e %T``: ``[<date>] <LEVEL>[<lwp>][<callid>]
    <file>: msg``, the call id ``[C-%08x]`` only inside a call), peers named with and without digits."""
    peers = ("alice", "100", "trunk-out", "reception")
    return _build([r for i in range(4) for k, p in enumerate(peers) for cid in (f"[C-0000{i}{k}a{k}]", "")[k % 2:k % 2 + 1]
                   for r in (
        (0, f"[Nov 26 06:19:0{i}] NOTICE[{1234 + i}]{cid} chan_sip.c: Registration from '\"{p}\" <sip:{p}@10.0.0.1>' failed "
            f"for '203.0.113.{i}:5060' - Wrong password"),
        (1, f"[Nov 26 06:19:0{i}] VERBOSE[{2234 + k}]{cid} pbx.c: Executing [{p}@from-internal:{i + 1}] Dial(\"SIP/{p}-0000{i}{k}\", "
            f"\"SIP/trunk-out/{i}55512{k},60\") in new stack"),
        (2, f"[Nov 26 06:19:0{i}] WARNING[{3234 + i}]{cid} chan_sip.c: Retransmission timeout reached on transmission "
            f"{i}a{k}b@10.0.0.1 for seqno {i + 100} (Critical Request) -- See https://wiki.asterisk.org/x"),
        (3, f"[Nov 26 06:19:0{i}] ERROR[{4234 + k}]{cid} res_pjsip.c: Endpoint '{p}': Could not create dialog to invalid URI "
            f"'{p}'.  Is endpoint registered?"))])


def asterisk_syslog() -> Stream:
    """Asterisk's syslog channel (main/logger.c ``format_log_default``, ``LOGTYPE_SYSLOG``: ``%s[%d]%s: %s:%d in %s: %s``,
    the level, lwp, call id, file, line and function), after the relay's RFC 3164 header, hosts with and without digits."""
    peers = ("alice", "100", "trunk-out", "reception")
    return _build([r for i in range(4) for k, p in enumerate(peers) for h in (("pbx", "voip01")[(i + k) % 2],)
                   for cid in (f"[C-0000{i}{k}a{k}]", "")[k % 2:k % 2 + 1] for r in (
        (0, f"Nov 26 06:19:0{i} {h} asterisk[{1234 + k}]: NOTICE[{1234 + i}]{cid}: chan_sip.c:2{i}45 in handle_request_register: "
            f"Registration from '\"{p}\" <sip:{p}@10.0.0.1>' failed for '203.0.113.{i}:5060' - Wrong password"),
        (1, f"Nov 26 06:19:0{i} {h} asterisk[{1234 + k}]: WARNING[{3234 + i}]{cid}: chan_sip.c:4{i}12 in retrans_pkt: "
            f"Retransmission timeout reached on transmission {i}a{k}b@10.0.0.1 for seqno {i + 100} (Critical Request)"),
        (2, f"Nov 26 06:19:0{i} {h} asterisk[{1234 + k}]: ERROR[{4234 + k}]{cid}: res_pjsip.c:{3000 + i} in "
            f"ast_sip_create_dialog_uac: Endpoint '{p}': Could not create dialog to invalid URI '{p}'.  Is endpoint registered?"))])


def mongodb() -> Stream:
    """MongoDB 4.4+'s structured log (docs "Log Messages": ``{"t":{"$date":…},"s":<severity>,"c":<component>,
    "id":<the log call's unique id>,"ctx":<thread>,"msg":…,"attr":{…}}``), threads named with and without digits."""
    ctxs = ("conn12", "listener", "initandlisten", "conn7")
    return _build([r for i in range(4) for k, ctx in enumerate(ctxs) for r in (
        (0, f'{{"t":{{"$date":"2026-11-26T06:19:0{i}.12{k}+00:00"}},"s":"I",  "c":"NETWORK",  "id":22943,   '
            f'"ctx":"{ctx}","msg":"Connection accepted","attr":{{"remote":"10.0.{k}.{i}:5{i}234",'
            f'"uuid":{{"uuid":{{"$uuid":"{i}b3c{k}d5e-1f2a-4b3c-8d4e-5f6a7b8c9d0e"}}}},"connectionId":{i * 4 + k},'
            f'"connectionCount":{i + k}}}}}'),
        (1, f'{{"t":{{"$date":"2026-11-26T06:19:0{i}.12{k}+00:00"}},"s":"I",  "c":"NETWORK",  "id":22944,   '
            f'"ctx":"{ctx}","msg":"Connection ended","attr":{{"remote":"10.0.{k}.{i}:5{i}234",'
            f'"uuid":{{"uuid":{{"$uuid":"{i}b3c{k}d5e-1f2a-4b3c-8d4e-5f6a7b8c9d0e"}}}},"connectionId":{i * 4 + k},'
            f'"connectionCount":{i + k}}}}}'),
        (2, f'{{"t":{{"$date":"2026-11-26T06:19:0{i}.12{k}+00:00"}},"s":"I",  "c":"COMMAND",  "id":51803,   '
            f'"ctx":"{ctx}","msg":"Slow query","attr":{{"type":"command","ns":"{("shop.orders", "app.users")[k % 2]}",'
            f'"command":{{"find":"{("orders", "users")[k % 2]}","filter":{{"status":"{("open", "paid")[i % 2]}"}}}},'
            f'"planSummary":"COLLSCAN","durationMillis":{100 + i * 37}}}}}'),
        (3, f'{{"t":{{"$date":"2026-11-26T06:19:0{i}.12{k}+00:00"}},"s":"W",  "c":"CONTROL",  "id":22120,   '
            f'"ctx":"{ctx}","msg":"Access control is not enabled for the database. Read and write access to data and '
            f'configuration is unrestricted","tags":["startupWarnings"]}}'))])


def mosquitto() -> Stream:
    """mosquitto's log (src/logging.c ``log__vprintf``, ``log_timestamp true``: ``<epoch seconds>: msg``), client
    ids with and without digits."""
    clients = ("sensor-kitchen", "homeassistant", "auto-1A2B3C4D", "nodered", "tasmota_5F2A1B")
    return _build([r for i in range(4) for k, c in enumerate(clients) for r in (
        (0, f"170000{i}{k}00: New connection from 10.0.{k}.{i + 5}:5{i}{k}34 on port 1883."),
        (1, f"170000{i}{k}01: New client connected from 10.0.{k}.{i + 5}:5{i}{k}34 as {c} (p2, c1, k{(60, 30, 15)[i % 3]}, "
            f"u'{('homeassistant', 'iot', 'mqtt')[k % 3]}')."),
        (2, f"170000{i}{k}02: Client {c} disconnected."),
        (3, f"170000{i}{k}03: Client {c} has exceeded timeout, disconnecting."),
        (4, f"170000{i}{k}04: Saving in-memory database to /var/lib/mosquitto/mosquitto.db."))])


def zigbee2mqtt() -> Stream:
    """Zigbee2MQTT 1.37+/2.x (lib/util/logger.ts, the console and file format ``[${timestamp}] ${level}: \\t${namespace}:
    ${message}``), devices with friendly names with and without digits."""
    devs = ("living_room_sensor", "kitchen/plug", "0x00158d0001a2b3c4", "bedroom lamp")
    payloads = ('{{"battery":{i}0,"humidity":4{i}.2,"linkquality":{k}5,"temperature":2{i}.{k}}}',
                '{{"linkquality":{k}5,"state":"{s}"}}', '{{"action":"single","battery":9{i},"linkquality":1{k}}}',
                '{{"brightness":{i}5,"color_temp":3{k}0,"state":"{s}"}}')
    return _build([r for i in range(4) for k, d in enumerate(devs) for s in (("ON", "OFF")[(i + k) % 2],) for r in (
        (0, f"[2026-11-26 06:19:0{i}] info: \tz2m: MQTT publish: topic 'zigbee2mqtt/{d}', payload "
            f"'{payloads[k].format(i=i, k=k, s=s)}'"),
        (1, f"[2026-11-26 06:19:0{i}] info: \tz2m: Successfully interviewed '{d}', device has successfully been paired"),
        (2, f"[2026-11-26 06:19:0{i}] error: \tz2m: Publish 'set' 'state' to '{d}' failed: 'Error: ZCL command "
            f"0x{i}4{k}f/1 genOnOff.on({{}}, {{\"timeout\":10000}}) failed (Delivery failed for '{1234 + i * 7}')'"),
        (3, f"[2026-11-26 06:19:0{i}] warning: \tzh:ember:uart:ash: Received frame with CRC error"))])


def esphome() -> Stream:
    """ESPHome's logger as ``esphome logs`` shows it (esphome/components/logger: ``[%s][%s:%03u]: `` the level
    letter, tag and line; the CLI puts ``[HH:MM:SS]`` before), entities named without digits, quoted.  A switch's
    ``'%s' Turning ON.`` and ``'%s' Turning OFF.`` are two calls (esphome/components/switch/switch.cpp)."""
    ents = ("Living Room Temperature", "Outdoor Humidity", "Relay 1", "Power")
    return _build([r for i in range(4) for k, e in enumerate(ents) for r in (
        (0, f"[06:19:0{i}][D][sensor:094]: '{e}': Sending state {i}{k}.{i}0000 {('°C', '%', 'W', 'V')[k]} with {k % 3} "
            "decimals of accuracy"),
        (1 + 4 * ((i + k) % 2), f"[06:19:0{i}][D][switch:0{12 + 4 * ((i + k) % 2)}]: '{e}' Turning {('ON', 'OFF')[(i + k) % 2]}."),
        (2, f"[06:19:0{i}][W][component:237]: Component {('wifi', 'api', 'sensor', 'dallas.sensor')[k]} took a long time for an "
            f"operation ({50 + i * 7} ms)."),
        (3, f"[06:19:0{i}][I][wifi:300]: WiFi Connected!"),
        (4, f"[06:19:0{i}][D][api.connection:1{i}75]: Home Assistant 2026.{i + 1}.{k} (10.0.0.{i + k}): Connected successfully"))])


def node_red() -> Stream:
    """Node-RED's console log (@node-red/util/lib/log.js: Node's ``util.log`` ``<D Mon HH:MM:SS> - `` then
    ``[<level>] [<node type>:<node name or id>] msg``), nodes named with spaces, without digits, or by id."""
    nodes = ("Home Broker", "a1b2c3d4.e5f6a8", "broker", "Mosquitto on NAS")
    return _build([r for i in range(4) for k, n in enumerate(nodes) for r in (
        (0, f"{26 + i % 2} Nov 06:19:0{i} - [info] [mqtt-broker:{n}] Connected to broker: mqtt://10.0.{k}.2:1883"),
        (1, f"{26 + i % 2} Nov 06:19:0{i} - [info] [mqtt-broker:{n}] Disconnected from broker: mqtt://10.0.{k}.2:1883"),
        (2, f"{26 + i % 2} Nov 06:19:0{i} - [error] [http request:{('Get weather', 'a9f8e7d6.c5b4a2', 'api', 'Fetch prices')[k]}] "
            f"Error: getaddrinfo ENOTFOUND api{i}.example.com"),
        (3, f"{26 + i % 2} Nov 06:19:0{i} - [info] Started flows"),
        (4, f"{26 + i % 2} Nov 06:19:0{i} - [warn] [function:{('Parse payload', 'f00d1234.5678ab', 'convert', 'Set state')[k]}] "
            f"Unexpected token u in JSON at position {i}"))])


def tasmota() -> Stream:
    """Tasmota's log (tasmota/tasmota_support/support.ino ``AddLog``: ``<HH:MM:SS.mmm> <3-letter source>: msg``;
    MQTT publishes as ``MQT: <topic> = <payload>``), devices whose topics hold digits or not."""
    topics = ("tasmota_5F2A1B", "kitchen_plug", "garage", "sonoff-4ch")
    return _build([r for i in range(4) for k, t in enumerate(topics) for r in (
        (0, f"06:19:0{i}.12{k} MQT: tele/{t}/STATE = {{\"Time\":\"2026-11-26T06:19:0{i}\",\"Uptime\":\"0T0{i}:1{k}:00\","
            f"\"Heap\":2{i},\"POWER\":\"{('ON', 'OFF')[(i + k) % 2]}\",\"Wifi\":{{\"RSSI\":{60 + i + k}}}}}"),
        (1, f"06:19:0{i}.12{k} MQT: stat/{t}/RESULT = {{\"POWER\":\"{('ON', 'OFF')[(i + k) % 2]}\"}}"),
        (2, f"06:19:0{i}.12{k} WIF: Connected"),
        (3, f"06:19:0{i}.12{k} HTP: Web server active on {t}-{1000 + i * 7} with IP address 10.0.{k}.{i + 7}"),
        (4, f"06:19:0{i}.12{k} MQT: Attempting connection..."))])


LAYOUTS.update({f.__name__: f for f in (
    bind_named, unbound, coredns, tor, openvpn, openvpn_ctime, strongswan, strongswan_plain, squid_cache, envoy,
    suricata, suricata7, freeradius, postfix, exim, dovecot, dovecot_file, samba, ceph, icinga2, asterisk,
    asterisk_syslog, mongodb, mosquitto, zigbee2mqtt, esphome, tasmota, node_red)})
# --- end S9-daemons ---


# --- session 9: S9-pyjvm (default layouts of Python, JVM, .NET, PHP and Erlang/Elixir loggers) ---

_EXCS = ("ConnectionError('timeout')", "KeyError('user_id')", "ValueError(\"invalid literal for int() with base 10: 'abc'\")")
_UUIDS = ("3f2b8a1e-9c4d-4e7a-8b1f-2a6c9d0e5f13", "a7c1e2d3-0b4f-4a5e-9d8c-7b6a5f4e3d21", "0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b")


def python_basic() -> Stream:
    """``logging.basicConfig()``'s ``BASIC_FORMAT`` ``%(levelname)s:%(name)s:%(message)s``."""
    return _build([r for i in range(5) for r in (
        (0, f"INFO:root:Starting worker {i} with {i + 2} threads"),
        (1, f"WARNING:urllib3.connectionpool:Retrying (Retry(total={i}, connect=None, read=None, redirect=None, status=None)) "
            f"after connection broken by 'NewConnectionError(\"Failed to establish a new connection: [Errno 111] "
            f"Connection refused\")': /api/v{i}/items"),
        (2, f"INFO:myapp.db:Connected to database orders on db{i}.internal:5432"),
        (3, f"ERROR:myapp.jobs:Job {('cleanup', 'export', 'sync')[i % 3]} failed after {i} attempts"),
        (4, "DEBUG:asyncio:Using selector: EpollSelector"),
        (5, f"INFO:werkzeug:10.0.0.{i} - - [26/Nov/2026 06:19:0{i}] \"GET /health HTTP/1.1\" 200 -"))])


def python_asctime() -> Stream:
    """The cookbook's ``%(asctime)s - %(name)s - %(levelname)s - %(message)s``."""
    return _build([r for i in range(5) for r in (
        (0, f"2026-11-26 06:19:0{i},12{i} - myapp.api - INFO - Request {i} handled in {i}.3 ms"),
        (1, f"2026-11-26 06:19:0{i},12{i} - myapp.scheduler - WARNING - Job {('backup', 'report', 'purge')[i % 3]} missed its run time by {i} seconds"),
        (2, f"2026-11-26 06:19:0{i},12{i} - myapp.api - ERROR - Upstream service returned 50{i}"),
        (3, f"2026-11-26 06:19:0{i},12{i} - __main__ - INFO - Loaded {i * 10} records from /data/in-{i}.csv"),
        (4, f"2026-11-26 06:19:0{i},12{i} - botocore.credentials - INFO - Found credentials in environment variables."))])


def gunicorn() -> Stream:
    """gunicorn's ``glogging.Logger.error_fmt`` ``%(asctime)s [%(process)d] [%(levelname)s] %(message)s``, ``datefmt``
    ``[%Y-%m-%d %H:%M:%S %z]``: the arbiter's and every worker's pid."""
    return _build([r for i in range(5) for r in (
        (0, f"[2026-11-26 06:19:0{i} +0000] [1] [INFO] Starting gunicorn 21.2.{i}"),
        (1, f"[2026-11-26 06:19:0{i} +0000] [1] [INFO] Listening at: http://0.0.0.0:800{i} (1)"),
        (2, f"[2026-11-26 06:19:0{i} +0000] [1] [INFO] Using worker: {('sync', 'gthread', 'uvicorn.workers.UvicornWorker')[i % 3]}"),
        (3, f"[2026-11-26 06:19:0{i} +0000] [{7 + i}] [INFO] Booting worker with pid: {7 + i}"),
        (4, f"[2026-11-26 06:19:0{i} +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:{7 + i})"),
        (5, f"[2026-11-26 06:19:0{i} +0000] [{7 + i}] [INFO] Worker exiting (pid: {7 + i})"),
        (6, f"[2026-11-26 06:19:0{i} +0000] [1] [INFO] Handling signal: {('term', 'hup', 'ttin', 'winch')[i % 4]}"))])


_STATUS = ((200, "OK"), (404, "Not Found"), (307, "Temporary Redirect"), (500, "Internal Server Error"), (422, "Unprocessable Entity"),
          (201, "Created"), (304, "Not Modified"))


def uvicorn() -> Stream:
    """uvicorn's ``LOGGING_CONFIG``: ``%(levelprefix)s %(message)s`` (``INFO:     ``: the level, ':', padded to 9) and the
    access formatter's ``%(levelprefix)s %(client_addr)s - "%(request_line)s" %(status_code)s``, the status with its
    ``HTTPStatus`` phrase."""
    paths = ("/", "/items/{i}?q=x", "/api/users/{i}", "/docs", "/openapi.json")
    return _build([r for i in range(7) for r in (
        (0, f"INFO:     Started server process [{100 + i}]"),
        (1, "INFO:     Waiting for application startup."),
        (2, "INFO:     Application startup complete."),
        (3, f"INFO:     Uvicorn running on http://0.0.0.0:80{i}0 (Press CTRL+C to quit)"),
        (4, f'INFO:     10.0.{i}.1:5{i}412 - "{("GET", "POST", "GET", "DELETE")[i % 4]} {paths[i % 5].format(i=i)} HTTP/1.1" '
            f"{_STATUS[i][0]} {_STATUS[i][1]}"),
        (4, f'INFO:     10.0.{i}.7:6{i}001 - "GET /static/app.js HTTP/1.1" {_STATUS[(i + 3) % 7][0]} {_STATUS[(i + 3) % 7][1]}'),
        (6, "WARNING:  Invalid HTTP request received."),
        (7, "INFO:     Shutting down"),
        (8, f"INFO:     Finished server process [{100 + i}]"))])


def celery() -> Stream:
    """celery's ``worker_log_format`` ``[%(asctime)s: %(levelname)s/%(processName)s] %(message)s`` and
    ``worker_task_log_format`` ``[%(asctime)s: %(levelname)s/%(processName)s] %(task_name)s[%(task_id)s]: %(message)s``;
    the worker's own lines from MainProcess, tasks' from ForkPoolWorker-N."""
    tasks, results = ("proj.tasks.add", "proj.tasks.send_email", "billing.tasks.charge"), ("None", "8", "{'status': 'ok'}", "True")
    return _build([r for i in range(6) for r in (
        (0, f"[2026-11-26 06:19:0{i},12{i}: INFO/MainProcess] Connected to redis://redis:6379/{i}"),
        (1, f"[2026-11-26 06:19:0{i},12{i}: INFO/MainProcess] celery@worker-{('a', 'b')[i % 2]} ready."),
        (2, f"[2026-11-26 06:19:0{i},12{i}: INFO/MainProcess] Task {tasks[i % 3]}[{_UUIDS[i % 3]}] received"),
        (3, f"[2026-11-26 06:19:0{i},12{i}: INFO/ForkPoolWorker-{i % 4 + 1}] Task {tasks[i % 3]}[{_UUIDS[i % 3]}] "
            f"succeeded in 0.0{i}23s: {results[i % 4]}"),
        (4, f"[2026-11-26 06:19:0{i},12{i}: WARNING/ForkPoolWorker-{i % 4 + 1}] proj.tasks.send_email[{_UUIDS[i % 3]}]: "
            f"Mail server slow, retrying in {i} seconds"),
        (5, f"[2026-11-26 06:19:0{i},12{i}: INFO/MainProcess] mingle: searching for neighbors"),
        (6, f"[2026-11-26 06:19:0{i},12{i}: ERROR/ForkPoolWorker-{i % 4 + 1}] Task {tasks[i % 3]}[{_UUIDS[i % 3]}] raised "
            f"unexpected: {_EXCS[i % 3]}"),
        (7, f"[2026-11-26 06:19:0{i},12{i}: INFO/ForkPoolWorker-{i % 4 + 1}] Task {tasks[i % 3]}[{_UUIDS[i % 3]}] retry: "
            f"Retry in {i + 1}s: {_EXCS[(i + 1) % 3]}"))])



def home_assistant() -> Stream:
    """Home Assistant's ``homeassistant/bootstrap.py`` ``FORMAT_DATETIME`` log format ``%(asctime)s.%(msecs)03d
    %(levelname)s (%(threadName)s) [%(name)s] %(message)s``: the same call from the event loop's ``MainThread`` or an
    executor's ``SyncWorker_N``."""
    threads = ("MainThread", "SyncWorker_3", "Recorder", "SyncWorker_12", "ImportExecutor_0")
    return _build([r for i in range(5) for t in (threads[i], threads[(i + 2) % 5]) for r in (
        (0, f"2026-11-26 06:19:0{i}.12{i} INFO ({t}) [homeassistant.setup] Setting up {('mqtt', 'zha', 'hue')[i % 3]}"),
        (1, f"2026-11-26 06:19:0{i}.12{i} WARNING ({t}) [homeassistant.components.sensor] Updating {('sensor', 'light')[i % 2]} "
            f"took longer than the scheduled update interval 0:00:{i}0"),
        (2, f"2026-11-26 06:19:0{i}.12{i} ERROR ({t}) [homeassistant.components.mqtt.client] Failed to connect to MQTT server "
            f"due to exception: [Errno 111] Connection refused"),
        (3, f"2026-11-26 06:19:0{i}.12{i} INFO ({t}) [homeassistant.components.http] Now listening on port 81{i}3"))])


def loguru() -> Stream:
    """loguru's ``_defaults.LOGURU_FORMAT``: ``{time:YYYY-MM-DD HH:mm:ss.SSS} | {level: <8} | {name}:{function}:{line} - {message}``."""
    return _build([r for i in range(5) for r in (
        (0, f"2026-11-26 06:19:0{i}.12{i} | INFO     | app.worker:run:4{i} - Processing batch {i} of {i + 10}"),
        (1, f"2026-11-26 06:19:0{i}.12{i} | WARNING  | app.http:fetch:88 - Slow response from https://api.example.com/v{i} ({i}.2s)"),
        (2, f"2026-11-26 06:19:0{i}.12{i} | ERROR    | __main__:main:12 - Could not open config file /etc/app/{('a', 'b', 'c')[i % 3]}.toml"),
        (3, f"2026-11-26 06:19:0{i}.12{i} | SUCCESS  | app.worker:run:51 - Batch {i} done"),
        (4, f"2026-11-26 06:19:0{i}.12{i} | DEBUG    | app.cache:get:23 - cache {('hit', 'miss')[i % 2]} for key user:{i}"))])


def structlog_console() -> Stream:
    """structlog's default configuration: ``TimeStamper(fmt="%Y-%m-%d %H:%M:%S")`` and ``ConsoleRenderer`` (the level
    padded in brackets, the event padded to 30, then ``key=value`` sorted)."""
    return _build([r for i in range(5) for r in (
        (0, f"2026-11-26 06:19:0{i} [info     ] user logged in                 ip=10.0.0.{i} user_id={i}"),
        (1, f"2026-11-26 06:19:0{i} [warning  ] payment declined               amount={i}.50 reason={('insufficient_funds', 'expired')[i % 2]}"),
        (2, f"2026-11-26 06:19:0{i} [info     ] request finished               duration_ms={i}2 path=/api/{('a', 'b')[i % 2]} status=200"),
        (3, f"2026-11-26 06:19:0{i} [error    ] worker crashed                 worker={('alpha', 'beta', 'gamma')[i % 3]}"))])


def django_runserver() -> Stream:
    """Django's ``DEFAULT_LOGGING`` ``django.server`` formatter ``[{server_time}] {message}`` (runserver's
    ``WSGIRequestHandler.log_message``: ``"%s" %s %s``, request line, status, size) and ``django.request``'s plain
    ``Not Found: %s``."""
    return _build([r for i in range(6) for r in (
        (0, f'[26/Nov/2026 06:19:0{i}] "{("GET", "POST", "GET")[i % 3]} /{("admin/", f"api/items/{i}/", "static/css/base.css")[i % 3]} '
            f'HTTP/1.1" {(200, 302, 304, 404, 500, 201)[i]} {(1234 + i * 7) if i % 3 != 2 else 0}'),
        (1, f"Not Found: /{('favicon.ico', 'robots.txt', f'api/items/{i}/')[i % 3]}"),
        (2, f"Internal Server Error: /api/{('orders', 'users')[i % 2]}/{i}/"),
        (3, "Watching for file changes with StatReloader"),
        (4, "Performing system checks..."))])



def kafka() -> Stream:
    """Kafka's ``config/log4j.properties``: ``[%d] %p %m (%c)%n``, the logger after the message, the brokers'
    ``logIdent`` (``[KafkaServer id=1]``) in the message."""
    topics = ("orders", "payments", "audit-log")
    return _build([r for i in range(5) for t in (topics[i % 3],) for r in (
        (0, f"[2026-11-26 06:19:0{i},12{i}] INFO [KafkaServer id={i}] started (kafka.server.KafkaServer)"),
        (1, f"[2026-11-26 06:19:0{i},12{i}] INFO [Partition {t}-{i} broker={i}] Log loaded for partition {t}-{i} with initial high "
            f"watermark {i * 100} (kafka.cluster.Partition)"),
        (2, f"[2026-11-26 06:19:0{i},12{i}] INFO Created log for partition {t}-{i} in /var/lib/kafka/data/{t}-{i} with properties "
            "{} (kafka.log.LogManager)"),
        (3, f"[2026-11-26 06:19:0{i},12{i}] WARN [Consumer clientId=consumer-{('billing', 'analytics')[i % 2]}-1, "
            f"groupId={('billing', 'analytics')[i % 2]}] Connection to node -1 (localhost/127.0.0.1:9092) could not be "
            "established. Broker may not be available. (org.apache.kafka.clients.NetworkClient)"),
        (4, f"[2026-11-26 06:19:0{i},12{i}] INFO [GroupCoordinator {i}]: Stabilized group {('billing', 'analytics')[i % 2]} "
            f"generation {i + 1} (__consumer_offsets-{i + 20}) with {i + 1} members (kafka.coordinator.group.GroupCoordinator)"),
        (5, f"[2026-11-26 06:19:0{i},12{i}] INFO Terminating process due to signal SIGTERM "
            "(org.apache.kafka.common.utils.LoggingSignalHandler)"),
        (6, f"[2026-11-26 06:19:0{i},12{i}] INFO [ReplicaFetcherManager on broker {i}] Removed fetcher for partitions "
            f"Set({', '.join(f'{x}-{i}' for x in topics[: i % 3 + 1])}) (kafka.server.ReplicaFetcherManager)"))])


_THREADS = ("main", "pool-2-thread-1", "http-nio-8080-exec-3", "scheduling-1", "ForkJoinPool.commonPool-worker-5", "Timer")


def log4j2_default() -> Stream:
    """log4j2's ``DefaultConfiguration.DEFAULT_PATTERN`` ``%d{HH:mm:ss.SSS} [%t] %-5level %logger{36} - %msg%n``."""
    return _build([r for i in range(4) for t in _THREADS for r in (
        (0, f"06:19:0{i}.12{i} [{t}] INFO  com.example.orders.OrderService - Order {i}0{len(t)} placed by customer {i}"),
        (1, f"06:19:0{i}.12{i} [{t}] WARN  com.example.orders.OrderService - Inventory low for sku ABC-{i} ({i} left)"),
        (2, f"06:19:0{i}.12{i} [{t}] ERROR c.e.payments.gateway.StripeClient - Charge failed: card_declined"),
        (3, f"06:19:0{i}.12{i} [{t}] DEBUG org.hibernate.SQL - select o1_0.id from orders o1_0 where o1_0.id=?"))])


def logback_default() -> Stream:
    """logback's ``TTLLLayout`` (its ``BasicConfigurator`` default): ``%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36}
    -%kvp- %msg%n``, written by ``doLayout`` with the level unpadded and ``--`` when there are no key/value pairs."""
    return _build([r for i in range(4) for t in _THREADS for r in (
        (0, f"06:19:0{i}.12{i} [{t}] INFO com.example.app.Application -- Started Application in {i}.{len(t)} seconds"),
        (1, f"06:19:0{i}.12{i} [{t}] WARN com.zaxxer.hikari.pool.HikariPool -- HikariPool-1 - Thread starvation or clock leap "
            f"detected (housekeeper delta=1m{i}s)."),
        (2, f"06:19:0{i}.12{i} [{t}] ERROR com.example.app.jobs.Importer -- Import of file /data/in/batch-{i}.csv failed"),
        (3, f'06:19:0{i}.12{i} [{t}] INFO com.example.app.web.Access -user="u{i}" status="200"- GET /api/items/{i}'))])


def jul_simple() -> Stream:
    """java.util.logging's ``SimpleFormatter`` default ``%1$tb %1$td, %1$tY %1$tl:%1$tM:%1$tS %1$Tp %2$s%n%4$s: %5$s%6$s%n``:
    a line of the date and the source (class and method), then ``LEVEL: message``."""
    rows = []
    for i in range(6):
        h, ap = (i * 5) % 12 + 1, ("AM", "PM")[i % 2]
        d = f"{('Nov', 'Dec')[i // 4]} {i + 1:02d}, 2026 {h}:1{i}:22 {ap}"
        rows += [
            (0, f"{d} com.example.server.Main start"), (1, f"INFO: Server started on port 80{i}0"),
            (2, f"{d} com.example.server.Handler handle"), (3, f"WARNING: Request {i} took {i}.5 seconds"),
            (4, f"{d} com.example.db.Pool getConnection"), (5, f"SEVERE: Pool exhausted after {i} retries"),
            (0, f"{d} com.example.server.Main start"), (6, f"INFO: Loaded {i * 3} plugins from /opt/app/plugins")]
    return _build(rows)


def tomcat_oneline() -> Stream:
    """Tomcat's ``OneLineFormatter`` (``conf/logging.properties``): ``dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread]
    source.method message``."""
    threads = ("main", "Catalina-utility-1", "http-nio-8080-exec-4", "localhost-startStop-1")
    return _build([r for i in range(4) for t in threads for r in (
        (0, f"26-Nov-2026 06:19:0{i}.12{i} INFO [{t}] org.apache.catalina.startup.HostConfig.deployDirectory Deploying web "
            f"application directory [/opt/tomcat/webapps/{('ROOT', 'manager', 'api')[i % 3]}]"),
        (1, f"26-Nov-2026 06:19:0{i}.12{i} INFO [{t}] org.apache.catalina.startup.HostConfig.deployDirectory Deployment of web "
            f"application directory [/opt/tomcat/webapps/{('ROOT', 'manager', 'api')[i % 3]}] has finished in [{i}23] ms"),
        (2, f"26-Nov-2026 06:19:0{i}.12{i} WARNING [{t}] org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads "
            f"The web application [{('ROOT', 'api')[i % 2]}] appears to have started a thread named [Timer-{i}] but has failed to "
            "stop it. This is very likely to create a memory leak."),
        (3, f"26-Nov-2026 06:19:0{i}.12{i} INFO [{t}] org.apache.catalina.startup.Catalina.start Server startup in [{i}456] "
            "milliseconds"))])


def minecraft() -> Stream:
    """Minecraft server's ``log4j2.xml``: ``[%d{HH:mm:ss}] [%t/%level]: %msg{nolookups}%n``, threads named with spaces."""
    players = ("Steve", "Alex_", "xX_Creeper_Xx", "notch")
    return _build([r for i in range(4) for p in players for r in (
        (0, f"[06:1{i}:22] [Server thread/INFO]: {p}[/10.0.{i}.5:5{i}321] logged in with entity id {i}4{len(p)} at "
            f"({i}.5, 64.0, -{i}.5)"),
        (1, f"[06:1{i}:22] [User Authenticator #{i + 1}/INFO]: UUID of player {p} is {_UUIDS[i % 3]}"),
        (2, f"[06:1{i}:22] [Server thread/INFO]: Saving chunks for level 'ServerLevel[world]'/minecraft:overworld"),
        (3, f"[06:1{i}:22] [Server thread/WARN]: Can't keep up! Is the server overloaded? Running {i}012ms or {i + 20} ticks behind"),
        (4, f"[06:1{i}:22] [Worker-Main-{i}/INFO]: Preparing spawn area: {i * 20}%"))])


def spark() -> Stream:
    """Spark's ``conf/log4j2.properties.template`` / ``log4j2-defaults.properties``: ``%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex``."""
    return _build([r for i in range(5) for r in (
        (0, f"26/11/2{i} 06:19:0{i} INFO SparkContext: Running Spark version 3.5.{i}"),
        (1, f"26/11/2{i} 06:19:0{i} INFO BlockManagerInfo: Added broadcast_{i}_piece0 in memory on 10.0.0.{i}:4{i}123 "
            f"(size: {i}.2 KiB, free: 434.{i} MiB)"),
        (2, f"26/11/2{i} 06:19:0{i} INFO TaskSetManager: Finished task {i}.0 in stage {i}.0 (TID {i + 10}) in {i}23 ms on "
            f"10.0.0.{i} (executor {i}) ({i}/8)"),
        (3, f"26/11/2{i} 06:19:0{i} WARN NativeCodeLoader: Unable to load native-hadoop library for your platform... using "
            "builtin-java classes where applicable"),
        (4, f"26/11/2{i} 06:19:0{i} INFO DAGScheduler: Job {i} finished: collect at App.scala:{i}2, took {i}.{i}23 s"))])



def dotnet_console() -> Stream:
    """Microsoft.Extensions.Logging's console logger, ``SimpleConsoleFormatter`` default: ``info: Category[EventId]``, the
    message on the next line indented six spaces; several event ids of one category."""
    rows = []
    for i in range(5):
        rows += [
            (2, "info: Microsoft.Hosting.Lifetime[14]"), (1, f"      Now listening on: http://[::]:80{i}0"),
            (2, "info: Microsoft.Hosting.Lifetime[0]"), (3, "      Application started. Press Ctrl+C to shut down."),
            (2, "info: Microsoft.Hosting.Lifetime[0]"), (4, "      Hosting environment: Production"),
            (5, "warn: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35]"),
            (6, f"      No XML encryptor configured. Key {{{_UUIDS[i % 3]}}} may be persisted to storage in unencrypted form."),
            (7, "fail: Microsoft.EntityFrameworkCore.Database.Connection[20004]"),
            (8, f"      An error occurred using the connection to database 'orders' on server 'db{i}.internal'."),
            (9, "info: MyApp.Services.OrderService[0]"), (10, f"      Processing order {i}0{i} for customer {i}")]
    return _build(rows)


def dotnet_single_line() -> Stream:
    """The same logger with ``SingleLine = true`` and a ``TimestampFormat`` of ``HH:mm:ss ``."""
    return _build([r for i in range(5) for r in (
        (0, f"06:19:0{i} info: Microsoft.Hosting.Lifetime[14] Now listening on: http://localhost:50{i}0"),
        (1, f"06:19:0{i} info: Microsoft.Hosting.Lifetime[0] Application started. Press Ctrl+C to shut down."),
        (2, f"06:19:0{i} info: Microsoft.Hosting.Lifetime[0] Hosting environment: Production"),
        (3, f"06:19:0{i} warn: Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware[3] Failed to determine the https port for redirect."),
        (4, f"06:19:0{i} info: MyApp.Workers.Poller[0] Polled {i * 7} messages from queue {('orders', 'emails')[i % 2]}"),
        (5, f"06:19:0{i} fail: MyApp.Workers.Poller[0] Poll failed after {i} retries"))])


def serilog() -> Stream:
    """Serilog's console sink default ``outputTemplate`` ``[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}``."""
    return _build([r for i in range(5) for r in (
        (0, f"[06:19:0{i} INF] Starting web host"),
        (1, f"[06:19:0{i} INF] HTTP {('GET', 'POST', 'GET', 'PUT')[i % 4]} /api/orders/{i} responded {(200, 201, 404, 500)[i % 4]} "
            f"in {i}.{i}234 ms"),
        (2, f"[06:19:0{i} WRN] Order {i}0{i} for customer {('alice', 'bob', 'carol')[i % 3]} exceeds limit"),
        (3, f"[06:19:0{i} ERR] Failed to publish event OrderPlaced to {('rabbitmq', 'kafka')[i % 2]}"),
        (4, f"[06:19:0{i} DBG] Cache {('hit', 'miss')[i % 2]} for {{\"Key\": \"order:{i}\", \"Region\": \"eu\"}}"))])


def nlog() -> Stream:
    """NLog's default ``Layout`` ``${longdate}|${level:uppercase=true}|${logger}|${message}``."""
    return _build([r for i in range(5) for r in (
        (0, f"2026-11-26 06:19:0{i}.{i}234|INFO|MyApp.Program|Application started"),
        (1, f"2026-11-26 06:19:0{i}.{i}234|WARN|MyApp.Services.Mailer|SMTP server {('mail', 'smtp-relay')[i % 2]} slow, retry {i}"),
        (2, f"2026-11-26 06:19:0{i}.{i}234|ERROR|MyApp.Data.Repository|Query timeout after {i}0 s"),
        (3, f"2026-11-26 06:19:0{i}.{i}234|DEBUG|MyApp.Services.Mailer|Sending mail to {('alice', 'bob')[i % 2]}@example.com"),
        (4, f"2026-11-26 06:19:0{i}.{i}234|INFO|Microsoft.Hosting.Lifetime|Content root path: /app/{('api', 'web')[i % 2]}"))])


def php_error_log() -> Stream:
    """PHP's error log (``error_log`` ini; ``php_log_err_with_severity``): ``[dd-Mon-yyyy HH:MM:SS UTC] PHP Warning:  msg in
    /path/file.php on line N``, the engine's messages."""
    files, var = ("/var/www/html/index.php", "/var/www/html/lib/db.php", "/srv/app/src/Controller.php"), ("user", "id", "config")
    return _build([r for i in range(6) for f in (files[i % 3],) for r in (
        (0, f"[2{i}-Nov-2026 06:19:0{i} UTC] PHP Warning:  Undefined variable ${var[i % 3]} in {f} on line {i}2"),
        (1, f"[2{i}-Nov-2026 06:19:0{i} UTC] PHP Warning:  Undefined array key \"{var[(i + 1) % 3]}\" in {f} on line {i}7"),
        (2, f"[2{i}-Nov-2026 06:19:0{i} UTC] PHP Deprecated:  Function utf8_encode() is deprecated in {f} on line {i}9"),
        (3, f"[2{i}-Nov-2026 06:19:0{i} UTC] PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to "
            f"allocate {i}0480 bytes) in {f} on line {i}1"),
        (4, f"[2{i}-Nov-2026 06:19:0{i} UTC] PHP Notice:  Trying to access array offset on value of type null in {f} on line {i}3"))])


def monolog() -> Stream:
    """Monolog's ``LineFormatter::SIMPLE_FORMAT`` ``[%datetime%] %channel%.%level_name%: %message% %context% %extra%``
    (Symfony's date ``Y-m-d\\TH:i:s.uP``; Laravel's ``Y-m-d H:i:s`` and ``<env>.LEVEL``)."""
    return _build([r for i in range(5) for r in (
        (0, f'[2026-11-26T06:19:0{i}.12345{i}+00:00] request.INFO: Matched route "{("app_home", "api_orders", "_wdt")[i % 3]}". '
            f'{{"route":"{("app_home", "api_orders", "_wdt")[i % 3]}","route_parameters":{{"_route":"x","id":"{i}"}},'
            f'"request_uri":"http://localhost/x/{i}","method":"GET"}} []'),
        (1, f'[2026-11-26T06:19:0{i}.12345{i}+00:00] security.DEBUG: Checking for authenticator support. '
            f'{{"firewall_name":"{("main", "api")[i % 2]}","authenticators":{i}}} []'),
        (2, f'[2026-11-26T06:19:0{i}.12345{i}+00:00] app.ERROR: Payment failed {{"order":{i}0,"reason":"declined"}} []'),
        (3, f'[2026-11-26T06:19:0{i}.12345{i}+00:00] doctrine.DEBUG: SELECT t0.id AS id_1 FROM orders t0 WHERE t0.id = ? '
            f'{{"1":{i}}} []'),
        (4, f"[2026-11-26 06:19:0{i}] {('production', 'local')[i % 2]}.ERROR: SQLSTATE[HY000] [2002] Connection refused "
            '{"exception":"[object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at '
            f'/var/www/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:{i}5)"}}'),
        (5, f"[2026-11-26 06:19:0{i}] {('production', 'local')[i % 2]}.INFO: User {i} logged in  "))])



def otp_logger() -> Stream:
    """OTP ``logger``'s default handler: ``logger_formatter`` with its default ``template`` ``[time," ",level,": ",msg,"\\n"]``
    and ``single_line => true``: supervisor and application reports, and ``?LOG_*`` calls."""
    return _build([r for i in range(5) for r in (
        (0, f"2026-11-26T06:19:0{i}.12345{i}+00:00 notice: Application: {('myapp', 'ranch', 'cowboy')[i % 3]}. Exited: stopped. "
            "Type: temporary."),
        (1, f"2026-11-26T06:19:0{i}.12345{i}+00:00 error: Supervisor: {{local,myapp_sup}}. Context: child_terminated. Reason: "
            f"{('killed', 'normal', '{badarg,[{erlang,binary_to_term,1}]}')[i % 3]}. Offender: id=worker_{i},pid=<0.{i}23.0>."),
        (2, f"2026-11-26T06:19:0{i}.12345{i}+00:00 info: Started HTTP listener on port 80{i}0"),
        (3, f"2026-11-26T06:19:0{i}.12345{i}+00:00 warning: Connection from {{10,0,0,{i}}} closed: timeout"),
        (4, f"2026-11-26T06:19:0{i}.12345{i}+00:00 error: Process <0.{i}45.0> on node 'myapp@host{i}' exited with reason: "
            f"{('killed', 'shutdown')[i % 2]}"))])


def lager() -> Stream:
    """lager's default ``lager_default_formatter`` ``[date, " ", time, " ", color, "[", severity, "] ", {pid, ""},
    {module, [{pid, ["@"], ""}, module, {function, [":", function], ""}, {line, [":",line], ""}], ""}, " ", message]``."""
    return _build([r for i in range(5) for r in (
        (0, f"2026-11-26 06:19:0{i}.12{i} [info] <0.{i}7.0>@riak_core_ring_manager:handle_call:30{i} Ring changed, "
            f"{i} partitions transferred"),
        (1, f"2026-11-26 06:19:0{i}.12{i} [info] <0.7.0> Application {('lager', 'riak_core', 'sasl')[i % 3]} started on node "
            f"'riak@10.0.0.{i}'"),
        (2, f"2026-11-26 06:19:0{i}.12{i} [error] <0.{i}12.0> gen_server riak_kv_vnode terminated with reason: "
            f"{('no match of right hand value ok', 'bad argument in call to erlang:binary_to_term/1')[i % 2]}"),
        (3, f"2026-11-26 06:19:0{i}.12{i} [warning] <0.{i}3.0>@riak_kv_get_fsm:waiting_vnode_r:14{i} Read repair of "
            f"key <<\"k{i}\">> in bucket <<\"users\">>"))])


def rabbitmq() -> Stream:
    """RabbitMQ 3.9+'s log (``rabbit_logger_text_fmt``): ``<time> [<level>] <pid> msg``."""
    users, vhosts = ("guest", "app", "monitoring"), ("/", "prod", "staging")
    return _build([r for i in range(6) for r in (
        (0, f"2026-11-26 06:19:0{i}.12345{i}+00:00 [info] <0.{i}89.0> accepting AMQP connection <0.{i}89.0> "
            f"(10.0.0.{i}:5{i}321 -> 10.0.0.2:5672)"),
        (1, f"2026-11-26 06:19:0{i}.12345{i}+00:00 [info] <0.{i}89.0> connection <0.{i}89.0> (10.0.0.{i}:5{i}321 -> "
            f"10.0.0.2:5672): user '{users[i % 3]}' authenticated and granted access to vhost '{vhosts[i % 3]}'"),
        (2, f"2026-11-26 06:19:0{i}.12345{i}+00:00 [warning] <0.{i}89.0> closing AMQP connection <0.{i}89.0> "
            f"(10.0.0.{i}:5{i}321 -> 10.0.0.2:5672, vhost: '{vhosts[i % 3]}', user: '{users[i % 3]}'):"),
        (3, f"2026-11-26 06:19:0{i}.12345{i}+00:00 [info] <0.{i}12.0> Server startup complete; {i + 3} plugins started."),
        (4, f"2026-11-26 06:19:0{i}.12345{i}+00:00 [error] <0.{i}45.0> Error on AMQP connection <0.{i}45.0> "
            f"(10.0.0.{i}:5{i}321 -> 10.0.0.2:5672, state: starting):"))])


def elixir_logger() -> Stream:
    """Elixir ``Logger``'s default console format ``\\n$time $metadata[$level] $message\\n`` with Phoenix's
    ``metadata: [:request_id]``; lines logged outside a request carry no metadata."""
    rid = ("F0xKq2vZlq8AAAAB", "F0xKq3bN1Z0AAAAC", "F0xKq4cPaaMAAAAD")
    return _build([r for i in range(6) for r in (
        (0, f"06:19:0{i}.12{i} request_id={rid[i % 3]} [info] {('GET', 'POST', 'GET')[i % 3]} /api/{('users', 'orders')[i % 2]}"),
        (1, f"06:19:0{i}.12{i} request_id={rid[i % 3]} [info] Sent {(200, 201, 404)[i % 3]} in {i}ms"),
        (2, f"06:19:0{i}.12{i} [info] Running MyAppWeb.Endpoint with cowboy 2.10.{i} at 0.0.0.0:4000 (http)"),
        (3, f"06:19:0{i}.12{i} [info] Access MyAppWeb.Endpoint at http://localhost:4000"),
        (4, f"06:19:0{i}.12{i} request_id={rid[i % 3]} [warning] Rate limit exceeded for {('alice', 'bob')[i % 2]}"),
        (5, f"06:19:0{i}.12{i} [error] Postgrex.Protocol (#PID<0.{i}45.0>) disconnected: ** (DBConnection.ConnectionError) "
            f"tcp recv: closed"))])


def gunicorn_access() -> Stream:
    """gunicorn's default ``access_log_format`` (``config.py``: ``%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s"
    "%(a)s"``, Apache's combined format) to stdout beside its error log, ``-`` for a size not sent and no referrer
    (read by S9-gonode's ``clf_fields``)."""
    agents = ("curl/8.5.0", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
              "python-requests/2.31.0", "kube-probe/1.29")
    return _build([r for i in range(8) for r in (
        (0, f'10.0.{i}.5 - - [26/Nov/2026:06:19:0{i} +0000] "{("GET", "POST")[i % 2]} /api/v1/items/{i}?page={i} HTTP/1.1" '
            f'{(200, 201, 404, 500)[i % 4]} {i * 123 if i % 3 else "-"} "{("-", "https://example.com/")[i % 2]}" "{agents[i % 4]}"'),
        (1, f"[2026-11-26 06:19:0{i} +0000] [{7 + i}] [INFO] Booting worker with pid: {7 + i}"),
        (2, f"[2026-11-26 06:19:0{i} +0000] [{7 + i}] [ERROR] Exception in worker process"))])


def spring_boot3() -> Stream:
    """Spring Boot 3.4's ``CONSOLE_LOG_PATTERN``: ``%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX}  %5p ${PID} --- [${spring.application.name}]
    [%15.15t] ${LOG_CORRELATION_PATTERN:-}%-40.40logger{39} : %m`` (``defaults.xml``), the application named, the
    thread padded and cut from the left to 15."""
    threads = ("main", "http-nio-8080-exec-1", "scheduling-1", "task-2")
    return _build([r for i in range(4) for t in threads for r in (
        (0, f"2026-11-26T06:19:0{i}.12{i}+00:00  INFO 4{i}42 --- [orders] [{t[-15:]:>15}] c.e.orders.OrderController        "
            f": Order {i}0{i} created"),
        (1, f"2026-11-26T06:19:0{i}.12{i}+00:00  WARN 4{i}42 --- [orders] [{t[-15:]:>15}] o.s.b.a.jdbc.DataSourceHealthIndicator   "
            f": DataSource health check failed"))])


def aspnet_requests() -> Stream:
    """ASP.NET Core's request lines in the console logger's default two-line form (``HostingRequestStartingLog`` /
    ``HostingRequestFinishedLog``: ``Request finished {Protocol} {Method} {Url} - {StatusCode} {ContentLength}
    {ContentType} {ElapsedMilliseconds}ms``, ``-`` for an empty value, the content type's spaces as ``+``)."""
    rows = []
    for i in range(6):
        m, path = ("GET", "POST", "GET")[i % 3], ("/api/items", "/api/orders", "/health")[i % 3]
        ct, cl = ("-", "-") if m == "GET" else ("application/json", str(40 + i))
        rows += [
            (0, "info: Microsoft.AspNetCore.Hosting.Diagnostics[1]"),
            (1, f"      Request starting HTTP/1.1 {m} http://localhost:5000{path}/{i} - {ct} {cl}"),
            (2, "info: Microsoft.AspNetCore.Routing.EndpointMiddleware[0]"),
            (3, f"      Executing endpoint '{('ItemsController.Get', 'OrdersController.Post', 'Health checks')[i % 3]}'"),
            (0, "info: Microsoft.AspNetCore.Hosting.Diagnostics[2]"),
            (4, f"      Request finished HTTP/{('1.1', '2')[i % 2]} {m} http://localhost:5000{path}/{i} - {(200, 201, 404)[i % 3]} "
                f"{('-', str(i * 123))[i % 2]} {('application/json;+charset=utf-8', '-', 'text/plain')[i % 3]} {i}.{i}234ms")]
    return _build(rows)


def zookeeper() -> Stream:
    """ZooKeeper's ``conf/log4j.properties`` ``ConversionPattern=%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m%n``:
    three servers of an ensemble, the thread (with spaces, brackets and digits or a plain ``main``) glued to the class."""
    threads = ("main", "QuorumPeer[myid={m}](plain=0.0.0.0:2181)(secure=disabled)", "NIOWorkerThread-{i}", "SyncThread:{m}",
               "LearnerHandler-/10.0.0.{i}:4{i}210")
    return _build([r for i in range(5) for m in (1, 2, 3) for t in (threads[(i + m) % 5].format(i=i, m=m),) for r in (
        (0, f"2026-11-26 06:19:0{i},12{m} [myid:{m}] - INFO  [{t}:QuorumPeer@{900 + m}] - LOOKING"),
        (1, f"2026-11-26 06:19:0{i},12{m} [myid:{m}] - INFO  [{t}:FastLeaderElection@{919}] - Notification: my state:LOOKING; "
            f"n.sid:{m}, n.state:LOOKING, n.leader:{m}, n.round:0x{i}, n.peerEpoch:0x{i}, n.zxid:0x{i}00"),
        (2, f"2026-11-26 06:19:0{i},12{m} [myid:{m}] - WARN  [{t}:NIOServerCnxn@{364}] - Unexpected exception"),
        (3, f"2026-11-26 06:19:0{i},12{m} [myid:{m}] - INFO  [{t}:ZooKeeperServer@{1000 + i}] - Session 0x{i}0a1b2c{m} expired"))])


def akka() -> Stream:
    """Akka's default logger (``akka.event.Logging.StdOutLogger``): ``[LEVEL] [MM/dd/yyyy HH:mm:ss.SSS] [thread] [source]
    msg``, dispatcher threads and actor paths as the source."""
    return _build([r for i in range(5) for d in (3, 7, 12) for r in (
        (0, f"[INFO] [11/26/2026 06:19:0{i}.12{i}] [orders-akka.actor.default-dispatcher-{d}] [akka://orders/user/order-{i}] "
            f"Order {i} accepted"),
        (1, f"[WARN] [11/26/2026 06:19:0{i}.12{i}] [orders-akka.actor.default-dispatcher-{d}] [akka.tcp://orders@10.0.0.{i}:2552/"
            f"system/cluster/core/daemon] Cluster Node [akka.tcp://orders@10.0.0.{i}:2552] - Marking node as UNREACHABLE"),
        (2, f"[ERROR] [11/26/2026 06:19:0{i}.12{i}] [orders-akka.actor.default-dispatcher-{d}] [akka://orders/user/payments] "
            f"Payment for order {i} failed"))])


def airflow() -> Stream:
    """Airflow's ``[logging] log_format`` default (``config_templates/config.yml``): ``[%(asctime)s] {%(filename)s:%(lineno)d}
    %(levelname)s - %(message)s``."""
    dags = ("etl_daily", "ml_training", "reports")
    return _build([r for i in range(6) for r in (
        (0, f"[2026-11-26T06:19:0{i}.12{i}+0000] {{taskinstance.py:1157}} INFO - Dependencies all met for dep_context=non-requeueable "
            f"deps ti=<TaskInstance: {dags[i % 3]}.extract scheduled__2026-11-2{i}T00:00:00+00:00 [queued]>"),
        (1, f"[2026-11-26T06:19:0{i}.12{i}+0000] {{taskinstance.py:1380}} INFO - Starting attempt {i % 3 + 1} of 3"),
        (2, f"[2026-11-26T06:19:0{i}.12{i}+0000] {{standard_task_runner.py:57}} INFO - Started process {1000 + i} to run task"),
        (3, f"[2026-11-26T06:19:0{i}.12{i}+0000] {{local_task_job_runner.py:225}} INFO - Task exited with return code {i % 2}"),
        (4, f"[2026-11-26T06:19:0{i}.12{i}+0000] {{scheduler_job_runner.py:417}} INFO - {i + 1} tasks up for execution:"))])


def scrapy() -> Stream:
    """Scrapy's ``LOG_FORMAT`` (``scrapy/settings/default_settings.py``): ``%(asctime)s [%(name)s] %(levelname)s: %(message)s``,
    a spider's own logger named after it."""
    spiders = ("quotes", "books", "products")
    return _build([r for i in range(6) for r in (
        (0, f"2026-11-26 06:19:0{i} [scrapy.core.engine] INFO: Spider opened"),
        (1, f"2026-11-26 06:19:0{i} [scrapy.core.engine] DEBUG: Crawled (200) <GET https://example.com/page/{i}/> "
            f"(referer: https://example.com/page/{i - 1}/)"),
        (2, f"2026-11-26 06:19:0{i} [{spiders[i % 3]}] INFO: Parsed {i * 20} items"),
        (3, f"2026-11-26 06:19:0{i} [scrapy.extensions.logstats] INFO: Crawled {i * 13} pages (at {i * 7} pages/min), "
            f"scraped {i * 11} items (at {i * 5} items/min)"),
        (4, f"2026-11-26 06:19:0{i} [scrapy.downloadermiddlewares.retry] DEBUG: Retrying <GET https://example.com/p/{i}> "
            f"(failed {i % 3 + 1} times): 503 Service Unavailable"))])


def odoo() -> Stream:
    """Odoo's ``odoo/netsvc.py`` format ``%(asctime)s %(pid)s %(levelname)s %(dbname)s %(name)s: %(message)s`` (``?`` outside
    a database)."""
    dbs = ("?", "prod", "staging")
    return _build([r for i in range(6) for db in dbs for r in (
        (0, f"2026-11-26 06:19:0{i},12{i} {100 + i} INFO {db} werkzeug: 10.0.0.{i} - - [26/Nov/2026 06:19:0{i}] "
            f"\"POST /web/dataset/call_kw/res.partner/read HTTP/1.1\" 200 - {i} 0.00{i} 0.01{i}"),
        (1, f"2026-11-26 06:19:0{i},12{i} {100 + i} INFO {db} odoo.modules.loading: loading {i + 40} modules..."),
        (2, f"2026-11-26 06:19:0{i},12{i} {100 + i} WARNING {db} odoo.http: Session expired for user {i}"))])


def jetty() -> Stream:
    """Jetty 9's ``StdErrLog.tag`` (``<date>.<ms>:INFO:<abbreviated logger>:<thread>: msg``) and Jetty 10's
    ``StdErrAppender`` (the level padded to 5 before its colon), threads named with and without digits."""
    threads = ("main", "qtp1234567-{i}", "Scanner-0", "qtp1234567-1{i}")
    lv = (("INFO", "WARN"), ("INFO ", "WARN "))
    return _build([r for i in range(6) for t in threads for t in (t.format(i=i),) for I, W in (lv[i % 2],) for r in (
        (0, f"2026-11-26 06:19:0{i}.12{i}:{I}:oejs.Server:{t}: jetty-9.4.5{i}.v20230217; built: 2023-02-17; git: abc; jvm 17.0.{i}"),
        (1, f"2026-11-26 06:19:0{i}.12{i}:{I}:oejs.session:{t}: DefaultSessionIdManager workerName=node{i}"),
        (4, f"2026-11-26 06:19:0{i}.12{i}:{I}:oejs.session:{t}: node{i} Scavenging every {i + 6}00000ms"),
        (2, f"2026-11-26 06:19:0{i}.12{i}:{W}:oejs.HttpChannel:{t}: /api/items/{i}"),
        (3, f"2026-11-26 06:19:0{i}.12{i}:{I}:oejs.Server:{t}: Started @{i}234ms"))])


def werkzeug() -> Stream:
    """Flask's development server (werkzeug ``serving.WSGIRequestHandler``: ``log_request`` logs ``"%s" %s %s``, request line,
    status and size ``-``, which ``log`` prefixes with ``<address> - - [<date>]``) and its startup lines."""
    return _build([r for i in range(6) for r in (
        (0, f'10.0.0.{i} - - [26/Nov/2026 06:19:0{i}] "{("GET", "POST")[i % 2]} /api/items/{i}?q=a HTTP/1.1" {(200, 302, 404)[i % 3]} -'),
        (1, f" * Running on http://127.0.0.1:50{i}0"),
        (2, " * Debugger is active!"),
        (3, f" * Debugger PIN: {i}23-456-78{i}"),
        (4, "Press CTRL+C to quit"))])


def tornado() -> Stream:
    """Tornado's ``LogFormatter`` default ``[%(levelname)1.1s %(asctime)s %(module)s:%(lineno)d] %(message)s``, datefmt
    ``%y%m%d %H:%M:%S`` (``tornado/log.py``); ``web.Application.log_request`` logs every request with one call, ``%d %s %.2fms``
    (status, summary, time), at a level chosen by the status."""
    return _build([r for i in range(6) for r in (
        (0, f"[I 2611{20 + i} 06:19:0{i} web:2271] {(200, 304, 404)[i % 3]} {('GET', 'POST')[i % 2]} /api/items/{i} "
            f"(10.0.0.{i}) {i}.{i}3ms"),
        (0, f"[W 2611{20 + i} 06:19:0{i} web:2271] {(404, 403)[i % 2]} GET /missing/{i} (10.0.0.{i}) 0.{i}5ms"),
        (1, f"[I 2611{20 + i} 06:19:0{i} server:85] Listening on port 88{i}8"),
        (2, f"[E 2611{20 + i} 06:19:0{i} ioloop:801] Exception in callback functools.partial(<bound method X.poll of <app.X>>)"))])


def kafka_connect() -> Stream:
    """Kafka Connect's ``config/connect-log4j.properties``: ``[%d] %p %X{connector.context}%m (%c:%L)%n``, the connector context
    ``[<connector>|task-<n>] `` present only on a connector's own threads."""
    ctx = ("", "[jdbc-sink|task-0] ", "[s3-sink|task-2] ", "[jdbc-sink|worker] ")
    return _build([r for i in range(4) for c in ctx for r in (
        (0, f"[2026-11-26 06:19:0{i},12{i}] INFO {c}Committing offsets for {i * 10 + 3} acknowledged messages "
            f"(org.apache.kafka.connect.runtime.WorkerSourceTask:{480 + i})"),
        (1, f"[2026-11-26 06:19:0{i},12{i}] ERROR {c}WorkerSinkTask{{id=jdbc-sink-{i}}} Task threw an uncaught and unrecoverable "
            f"exception. Task is being killed (org.apache.kafka.connect.runtime.WorkerTask:{195 + i})"),
        (2, f"[2026-11-26 06:19:0{i},12{i}] INFO {c}Finished creating connector jdbc-sink (org.apache.kafka.connect.runtime.Worker:"
            f"{310 + i})"))])


def couchdb() -> Stream:
    """CouchDB's default log (``couch_log_formatter``): ``[level] <timestamp> <node> <pid> <request id> <message>``, the request
    id ``--------`` outside a request."""
    rid = ("--------", "a1b2c3d4e5", "9f8e7d6c5b")
    return _build([r for i in range(4) for q in rid for r in (
        (0, f"[notice] 2026-11-26T06:19:0{i}.12345{i}Z couchdb@127.0.0.1 <0.{i}23.0> {q} 10.0.0.{i}:5984 10.0.0.{i + 1} "
            f"admin {('GET', 'PUT')[i % 2]} /db{i}/_all_docs 200 ok {i}5"),
        (1, f"[error] 2026-11-26T06:19:0{i}.12345{i}Z couchdb@127.0.0.1 <0.{i}45.0> {q} rexi_server: from: couchdb@10.0.0.{i}"
            f"(<0.{i}6.0>) mfa: fabric_rpc:all_docs/3 exit:timeout"),
        (2, f"[info] 2026-11-26T06:19:0{i}.12345{i}Z couchdb@127.0.0.1 <0.{i}7.0> {q} Starting compaction for db "
            f"\"shards/00000000-1fffffff/db{i}.1712345678\" at {i * 100}"))])


def celery_beat() -> Stream:
    """celery beat beside a worker, one ``worker_log_format`` (``[%(asctime)s: %(levelname)s/%(processName)s] %(message)s``):
    ``celery/beat.py``'s ``Scheduler: Sending due task %s (%s)`` with entry names without digits."""
    entries = ("cleanup-nightly", "send-daily-report", "refresh-cache", "sync-users")
    tasks = ("proj.tasks.cleanup", "reports.tasks.send_report", "proj.tasks.refresh", "accounts.tasks.sync")
    return _build([r for i in range(8) for r in (
        (0, f"[2026-11-26 06:19:0{i},12{i}: INFO/MainProcess] Scheduler: Sending due task {entries[i % 4]} ({tasks[i % 4]})"),
        (1, f"[2026-11-26 06:19:0{i},12{i}: INFO/MainProcess] beat: Starting..."),
        (2, f"[2026-11-26 06:19:0{i},12{i}: INFO/ForkPoolWorker-{i % 3 + 1}] Task {tasks[i % 4]}[{_UUIDS[i % 3]}] succeeded in "
            f"{i}.{i}1s: None"))])


def kafka_logs() -> Stream:
    """Kafka's ``[%d] %p %m (%c)%n`` with the ``logIdent`` prefixes of its log layer (``[LogLoader partition=<topic>-<n>,
    dir=<dir>]``), its channel manager and its group coordinator, consumer groups named without digits."""
    topics = ("orders", "payments", "__consumer_offsets", "audit")
    return _build([r for i in range(8) for r in (
        (0, f"[2026-11-26 06:19:0{i},12{i}] INFO [LogLoader partition={topics[i % 4]}-{i}, dir=/var/lib/kafka/data] Loading "
            f"producer state till offset {i * 10} with message format version 2 (kafka.log.UnifiedLog$)"),
        (1, f"[2026-11-26 06:19:0{i},12{i}] INFO [BrokerToControllerChannelManager broker={i} name=forwarding]: Recorded new "
            f"controller, from now on will use node kafka-{i}:9093 (id: {i} rack: null) "
            "(kafka.server.BrokerToControllerRequestThread)"),
        (2, f"[2026-11-26 06:19:0{i},12{i}] INFO [GroupCoordinator {i}]: Member consumer-{('billing', 'analytics')[i % 2]}-{i}-"
            f"{_UUIDS[i % 3]} in group {('billing', 'analytics')[i % 2]} has failed, removing it from the group "
            "(kafka.coordinator.group.GroupCoordinator)"))])


def hadoop() -> Stream:
    """Hadoop's ``etc/hadoop/log4j.properties`` (``log4j.appender.RFA.layout.ConversionPattern=%d{ISO8601} %p %c: %m%n``):
    a NameNode's and a DataNode's lines, full logger names."""
    return _build([r for i in range(6) for r in (
        (0, f"2026-11-26 06:19:0{i},12{i} INFO org.apache.hadoop.hdfs.StateChange: BLOCK* allocate blk_10737418{i}2_1{i}00, "
            f"replicas=10.0.0.{i}:9866, 10.0.0.{i + 1}:9866 for /user/hive/warehouse/t{i}/part-0000{i}"),
        (1, f"2026-11-26 06:19:0{i},12{i} INFO org.apache.hadoop.hdfs.server.datanode.DataNode: Receiving "
            f"BP-1234-10.0.0.1-1700000000000:blk_10737418{i}2_1{i}00 src: /10.0.0.{i}:4{i}012 dest: /10.0.0.{i + 1}:9866"),
        (2, f"2026-11-26 06:19:0{i},12{i} WARN org.apache.hadoop.hdfs.server.namenode.FSNamesystem: Safe mode is ON. "
            f"The reported blocks {i}00 needs additional {i + 2} blocks to reach the threshold 0.9990 of total blocks {i}10."),
        (3, f"2026-11-26 06:19:0{i},12{i} INFO org.apache.hadoop.ipc.Server: IPC Server handler {i} on default port 8020, "
            f"call Call#{i}4 Retry#0 org.apache.hadoop.hdfs.protocol.ClientProtocol.getFileInfo from 10.0.0.{i}:5{i}123"))])


LAYOUTS.update({f.__name__: f for f in (
    python_basic, python_asctime, gunicorn, uvicorn, celery, home_assistant, loguru, structlog_console,
    django_runserver, kafka, log4j2_default, logback_default, jul_simple, tomcat_oneline, minecraft, spark,
    dotnet_console, dotnet_single_line, serilog, nlog, php_error_log, monolog, otp_logger, lager, rabbitmq,
    elixir_logger, gunicorn_access, spring_boot3, aspnet_requests, zookeeper, akka, airflow, scrapy, odoo, jetty, werkzeug, tornado, kafka_connect, couchdb, celery_beat, kafka_logs, hadoop)})


def nfs_ganesha() -> Stream:
    """NFS-Ganesha's ``log_components`` default (``src/log/log_functions.c``): ``%d/%m/%Y %H:%M:%S : epoch %08x :
    <host> : <prog>-<pid>[<thread>] <function> :<COMPONENT> :<LEVEL> :<message>``.  A host holding a digit
    (``fs02``) is folded by the mask with the epoch and the program into one value across the `` : ``
    separators; a word host (``nas``, ``nfs-ha-b``) stands between them (session 10)."""
    hosts = ("nas", "fs02", "nfs-ha-b", "nfs01", "storage", "cephfs-nfs-0")
    rows: list[tuple[int, str]] = []
    for i in range(12):
        h = hosts[i % len(hosts)]
        head = f"1{i % 9}/11/2026 0{i % 10}:1{i % 6}:2{i % 7} : epoch 68a3be{i:02x} : {h} : ganesha.nfsd-{700 + i}"
        rows += [
            (0, f"{head}[main] nfs_start_grace :STATE :EVENT :NFS Server Now IN GRACE, duration {60 + i}"),
            (1, f"{head}[reaper] nfs_lift_grace_locked :STATE :EVENT :NFS Server Now NOT IN GRACE"),
            (2, f"{head}[svc_{i}] cant_reopen :FSAL :CRIT :FD Hard Limit ({4000 + i}) Exceeded "
                f"(fsal_fd_global_counter = {9000 + i}), waking LRU thread."),
            (3, f"{head}[Admin] do_shutdown :MAIN :EVENT :Stopping reaper threads"),
        ]
    return _build(rows)


LAYOUTS.update({f.__name__: f for f in (nfs_ganesha,)})


def shell_date() -> Stream:
    """A shell script's ``echo "[$(date)] $*"`` (acme.sh's ``_printargs``): date(1)'s default ``%a %b %e %H:%M:%S %Z %Y``
    in brackets, the weekday glued to the bracket (session 10)."""
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    rows: list[tuple[int, str]] = []
    for i in range(14):
        stamp = f"[{days[i % 7]} Nov {i + 1:2d} 0{i % 10}:1{i % 6}:2{i % 7} {('UTC', 'CET')[i % 2]} 2026]"
        rows += [(0, f"{stamp} Renewing: 'host{i}.example.org'"),
                 (1, f"{stamp} Skipping. Next renewal time is: 2027-01-{10 + i}T17:55:41Z"),
                 (2, f"{stamp} Add '--force' to force renewal.")]
    return _build(rows)


LAYOUTS.update({f.__name__: f for f in (shell_date,)})


_WORD_THREADS = ("main", "SIGHUP handler", "riemann task 2", "clojure-agent-send-off-pool-3", "Signal Dispatcher",
                 "nioEventLoopGroup-2-1")


def log4j_word_threads() -> Stream:
    """log4j's ``%d [%t] %-5p %c - %m`` with threads named in words, as the JVM and libraries name them
    (``Signal Dispatcher``, a ``Thread`` named ``SIGHUP handler``; session 10)."""
    return _build([r for i in range(12) for t in (_WORD_THREADS[i % 6],) for r in (
        (0, f"2026-11-26 01:02:0{i % 10},123 [{t}] INFO  com.acme.jobs.Runner - Started job nightly-{i} in {i}.5 seconds"),
        (1, f"2026-11-26 01:02:0{i % 10},123 [{t}] WARN  com.acme.jobs.Runner - Job nightly-{i} is late by {i}s"))])


def logback_dash_threads() -> Stream:
    """Riemann's logback pattern ``%p [%d] %t - %c - %m`` (``src/riemann/logging.clj``): the thread unbracketed,
    in words or not, between the date and `` - <logger> - `` (session 10)."""
    return _build([r for i in range(12) for t in (_WORD_THREADS[i % 6],) for r in (
        (0, f"INFO [2026-11-26 01:02:0{i % 10},123] {t} - riemann.core - Hyperspace core online"),
        (1, f"INFO [2026-11-26 01:02:0{i % 10},123] {t} - riemann.transport.tcp - TCP server 0.0.0.0 {5000 + i} online"))])


LAYOUTS.update({f.__name__: f for f in (log4j_word_threads, logback_dash_threads)})


def spring_padded_threads() -> Stream:
    """Spring Boot's default console pattern ``%d %5p ${PID} --- [%15.15t] %-40.40logger{39} : %m``
    (``org/springframework/boot/logging/logback/defaults.xml``): the thread padded to 15 characters in its
    brackets, named in one word, in words, or filling the brackets (session 11, set 12's Lavalink)."""
    threads = ("main", "XNIO-1 task-3", "XNIO-1 I/O-4", "back-1-thread-1", "scheduling-1", "XNIO-1 task-12")
    rows: list[tuple[int, str]] = []
    for i in range(12):
        head = f"2026-11-26T10:0{i % 10}:1{i % 6}.{100 + i}Z  INFO 1 --- [{threads[i % 6]:>15}]"
        rows += [
            (0, f"{head} l.server.player.AudioLoaderRestHandler   : Got request to load for identifier \"ytsearch:song {i}\""),
            (1, f"{head} lavalink.server.io.SocketServer          : Connection successfully established from Wavelink/3.{i}.1"),
        ]
    return _build(rows)


def openresty_timers() -> Stream:
    """nginx's error log from OpenResty (Kong's ``kong/runloop/handler.lua``): a statement logged inside a request
    ends ``, client: <ip>, server: <name>, request: "<line>", host: "<host>"``, the same statement in a timer
    ``, context: ngx.timer`` (session 11, set 12's Kong): here the timer's lines come first."""
    rows: list[tuple[int, str]] = []
    for i in range(12):
        head = f"2026/11/0{i % 9 + 1} 17:15:0{i % 10} [error] {1300 + i}#0: [lua] handler.lua:{500 + i % 3}:"
        trailer = (", context: ngx.timer" if i < 6 else
                   f', client: 10.7.{i}.151, server: kong, request: "POST /orders/{i} HTTP/1.1", host: "api.example.com"')
        rows += [
            (0, f"{head} rebuild_router_timer(): could not rebuild router: timeout (stale router will be used){trailer}"),
            (1, f"{head} warmup(): cache warmup of consumers took {3 + i}ms{trailer}"),
        ]
    return _build(rows)


def tracing_thread_ids() -> Stream:
    """Rust ``tracing``'s plain format with ``with_thread_ids`` and uptime (linkerd2-proxy): ``[  <secs>s]  WARN
    ThreadId(<n>) <spans>: <target>: <message> error=<Display, bare words>``; the spans differ per call path
    (session 11, set 12's linkerd2-proxy)."""
    errors = ("Connection reset by peer (os error 104)", "connect timed out after 1s", "TLS detection timed out",
              "failed to read preface: Connection reset by peer (os error 104)")
    rows: list[tuple[int, str]] = []
    for i in range(12):
        spans = (f"outbound:proxy{{addr=10.41.8.{i}:8080}}:service{{ns=booksapp name=books port=8080}}"
                 + (f":endpoint{{addr=10.41.8.{i}:8080}}" if i % 3 else ""))
        head = f"[{' ' * (i % 4)}{49 + i * 7}.9398{i}2s]  WARN ThreadId(0{i % 4}) {spans}:"
        rows += [
            (0, f"{head} linkerd_reconnect: Failed to connect error={errors[i % 4]}"),
            (1, f"{head} linkerd_stack::failfast: Service entering failfast after {i + 1}s"),
        ]
    return _build(rows)


LAYOUTS.update({f.__name__: f for f in (spring_padded_threads, openresty_timers, tracing_thread_ids)})
