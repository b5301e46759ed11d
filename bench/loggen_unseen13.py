"""The UNSEEN13-S12 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py .. loggen_unseen12.py, SOURCES of earlier sets), not in LogHub's 16 and
not in hybridlogparser's sets.

Written 2026-11-26 (session 12) by helper S12-unseen13 and kept OUTSIDE the repo until the lead has scored
Millpond's miner on it: the miner's tuners share the machine.

    python loggen_unseen13.py --out /work/unseen-data13 -n 2000   # writes u13-<program>.tsv.gz
    python loggen_unseen13.py --verify                            # template literals vs the sources

Ground truth (the rule of loggen_unseen3.py .. loggen_unseen12.py): one format string / log call in the program's
source is one template; whatever the program fills in is a slot, words included.  Text the program's logger adds
around the message (timestamps, levels, pids, thread names, module tags, file:line locations) comes from header
slots: it is not part of the format string and never decides a label.

Each program names its repository, the commit read, and the source files of its format strings (SOURCES);
``--verify`` checks every literal run of >= 6 characters of every template against the local bare mirror of
that repository (git grep -F at the recorded commit).  Frequencies: every template gets at least MIN_PER lines,
the rest is drawn Zipf-like by the order templates are listed in.
"""

from __future__ import annotations

from collections.abc import Callable

from loggen_kit import R, USERS, b62, base_slots, choice, clock, day, GeneratedSet, hexs, ip4, uuid4

_LINE: dict[str, str] = {}  # values one line's header chose that its message repeats; reset per line
SEED = 131126  # the set's seed
SLOTS = base_slots()
SYSTEMS: dict[str, tuple[str, ...]] = {}
SOURCES: dict[str, tuple[str, str, str]] = {}  # program: (repository, commit read, files holding the format strings)


def _frac(r: R, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _ms(r: R) -> str:
    """A duration rounded to the millisecond, Go's Duration.String()."""
    v = r.randint(1, 10 ** r.randint(2, 5))
    return f"{v}ms" if v < 1000 else f"{v / 1000:g}s"


# ---------------------------------------------------------------- gatus (Go; TwiN/logr on stdout, docker logs:
# "2026/11/26 06:20:12 - INFO - [watchdog.executeEndpoint] Monitored group=core; endpoint=api; ..." -- date, time and level are the logger's;
# the "[package.Function]" tag is part of each format string)
_GT_EPS = (("core", "frontend"), ("core", "api"), ("core", "blog-external"), ("internal", "postgres"), ("internal", "redis"), ("dns", "cloudflare-dns"),
           ("", "example"), ("monitoring", "grafana"), ("edge", "icmp-gateway"), ("external", "github-status"), ("backend", "auth-service"), ("k8s", "ingress-health"))


def _gt_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026/11/{day(r):02d} {clock(r)} - {lvl} - "


def _gt_ep(r: R) -> tuple[str, str]:
    if "gt_g" not in _LINE:
        g, n = r.choice(_GT_EPS)
        _LINE["gt_g"], _LINE["gt_n"] = g, n
    return _LINE["gt_g"], _LINE["gt_n"]


def _gt_key(r: R) -> str:
    g, n = _gt_ep(r)
    return f"{g}_{n}".replace(" ", "-")


def _gt_err(r: R) -> str:
    return r.choice(("context deadline exceeded (Client.Timeout exceeded while awaiting headers)", "database is locked",
                     f"Post \"https://hooks.slack.com/services/T0{b62(r, 8)}/B0{b62(r, 8)}/{b62(r, 24)}\": dial tcp: lookup hooks.slack.com: no such host",
                     "call to provider alert returned status code 400: {\"ok\":false,\"error\":\"invalid_payload\"}",
                     "call to provider alert returned status code 429: Too Many Requests", "sql: database is closed",
                     f"dial tcp {ip4(r)}:587: connect: connection refused", "UNIQUE constraint failed: endpoint_results.endpoint_id"))


SOURCES["gatus"] = ("TwiN/gatus", "08c463542f56872a267e5b2e1e1cf421f0ea8a6a",
                    "watchdog/endpoint.go, watchdog/external_endpoint.go, watchdog/alerting.go, watchdog/suite.go, api/endpoint_status.go, api/external_endpoint.go, "
                    "storage/store/sql/sql.go, config/config.go, controller/controller.go, main.go (logr v0.3.1 line layout)")
SYSTEMS["gatus"] = (
    "{gt_i}[watchdog.executeEndpoint] Monitored group={gt_group}; endpoint={gt_name}; key={gt_key}; success={gt_ok}; errors={gt_nerr}; duration={gt_dur}",
    "{gt_i}[watchdog.monitorExternalEndpointHeartbeat] Checked heartbeat for group={gt_group}; endpoint={gt_name}; key={gt_key}; success={gt_ok}; errors={gt_nerr}; duration={gt_dur}",
    "{gt_i}[watchdog.handleAlertsToTrigger] Sending {gt_prov} alert because alert for endpoint with key={gt_key} with description='{gt_desc}' has been TRIGGERED",
    "{gt_i}[watchdog.handleAlertsToResolve] Sending {gt_prov} alert because alert for endpoint with key={gt_key} with description='{gt_desc}' has been RESOLVED",
    "{gt_i}[api.CreateExternalEndpointResult] Successfully inserted result for external endpoint with key={gt_key} and success={gt_ok}",
    "{gt_e}[watchdog.handleAlertsToTrigger] Failed to send an alert for endpoint with key={gt_key}: {gt_err}",
    "{gt_i}[watchdog.executeSuite] Completed suite={gt_suite}; success={gt_ok}; errors={gt_nerr}; duration={gt_sdur}; endpoints_executed={gt_ex}",
    "{gt_i}[watchdog.executeEndpoint] No connectivity; skipping execution",
    "{gt_w}[watchdog.monitorEndpoint] Canceling current execution of group={gt_group}; endpoint={gt_name}; key={gt_key}",
    "{gt_e}[api.EndpointStatus] Endpoint with key={gt_key} not found",
    "{gt_e}[api.CreateExternalEndpointResult] Invalid token for external endpoint with key={gt_key}",
    "{gt_e}[sql.InsertEndpointResult] Failed to insert result for endpoint with key={gt_key}: {gt_err}",
    "{gt_w}[watchdog.handleAlertsToTrigger] Not sending alert of type={gt_prov} endpoint with key={gt_key} despite being TRIGGERED, because the provider wasn't configured properly",
    "{gt_i}[config.LoadConfiguration] Reading configuration from configFile={gt_cfg}",
    "{gt_i}[main.initializeStorage] Deleted {small} endpoint statuses because their matching endpoints no longer existed",
    "{gt_i}[controller.Handle] Listening on {gt_addr}",
)
SLOTS.update({
    "gt_i": _gt_head("INFO"), "gt_w": _gt_head("WARN"), "gt_e": _gt_head("ERROR"),
    "gt_group": lambda r: _gt_ep(r)[0], "gt_name": lambda r: _gt_ep(r)[1], "gt_key": _gt_key,
    "gt_ok": choice(("true", "true", "true", "false")), "gt_nerr": choice(("0", "0", "0", "1", "2")), "gt_dur": _ms,
    "gt_prov": choice(("slack", "discord", "email", "pagerduty", "telegram", "ntfy", "custom", "teams-workflows")),
    "gt_desc": choice(("healthcheck failed", "", "API is down", "3 consecutive failures", "certificate expires soon", "response time above 500ms")),
    "gt_err": _gt_err, "gt_suite": choice(("checkout-flow", "login-journey", "api-smoke", "signup")), "gt_sdur": lambda r: f"{r.uniform(0.05, 9):.{r.randint(3, 9)}f}s",
    "gt_ex": lambda r: (lambda t: f"{r.randint(1, t)}/{t}")(r.randint(2, 8)),
    "gt_cfg": choice(("config/config.yaml", "/config/config.yaml", "/etc/gatus/config.yaml")), "gt_addr": choice(("0.0.0.0:8080", "0.0.0.0:8080", ":8080", "127.0.0.1:8080")),
})
# ---------------------------------------------------------------- ModemManager (C; mm-log syslog backend, collected /var/log/syslog on an LTE router:
# "Nov 26 06:20:12 edge-gw1 ModemManager[812]: <msg> [modem0] state changed (enabling -> enabled)" -- the "<msg>" level text and the
# "[modem0]" / "[modem0/bearer1]" / "[base-manager]" log-object id are added by _mm_log, not by the format string)
_MM_HOSTS = ("edge-gw1", "lte-router-02", "rpi-gw-07", "van-12-gw", "kiosk-mm3", "teltonika-5", "field-node-14")
_MM_ST = ("disabled", "enabling", "enabled", "searching", "registered", "connecting", "connected", "disconnecting", "locked", "initializing", "failed")
_MM_REG = ("idle", "home", "searching", "denied", "unknown", "roaming", "registering")
_MM_SYS = ("/sys/devices/platform/soc/3f980000.usb/usb1/1-1/1-1.3", "/sys/devices/pci0000:00/0000:00:14.0/usb2/2-3", "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-6",
           "/sys/devices/platform/ehci-platform/usb1/1-1", "/sys/devices/pci0000:00/0000:00:1c.0/0000:03:00.0")


def _mm_head(lvl: str, obj: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        o = obj.replace("N", str(r.choice((0, 0, 0, 1, 2)))).replace("B", str(r.randint(0, 6)))
        return f"Nov {day(r):2d} {clock(r)} {r.choice(_MM_HOSTS)} ModemManager[{r.choice((612, 733, 812, 1044, 1190))}]: <{lvl}> [{o}] "
    return head


SOURCES["ModemManager"] = ("linux-mobile-broadband/ModemManager", "9a2d5863eb21957767dbc826b481080c08736590",
                           "src/mm-log.c (level text, object id), src/mm-log-object.c, src/mm-iface-modem.c, src/mm-iface-modem-3gpp.c, src/mm-iface-modem-simple.c, "
                           "src/mm-base-bearer.c, src/mm-base-manager.c")
SYSTEMS["ModemManager"] = (
    "{mm_msg}state changed ({mm_st} -> {mm_st})",
    "{mm_msg}3GPP registration state changed ({mm_reg} -> {mm_reg})",
    "{mm_inf}consolidated registration state: cs '{mm_reg}', ps '{mm_reg}', eps '{mm_reg}', 5gs '{mm_reg}' --> '{mm_reg}'",
    "{mm_msg}3GPP packet service state changed ({mm_ps} -> {mm_ps})",
    "{mm_inf}access technology changed ({mm_at} -> {mm_at})",
    "{mm_bwrn}connection attempt #{small} failed: {mm_cerr}",
    "{mm_msg}simple connect state ({mm_s3}/{mm_last}): enable",
    "{mm_msg}simple connect state ({mm_s1}/{mm_last}): unlock check",
    "{mm_binf}processing user request to connect...",
    "{mm_binf}processing user request to disconnect...",
    "{mm_mgr}port {mm_port} released by device '{mm_uid}'",
    "{mm_mgr}modem for device '{mm_uid}' successfully created",
    "{mm_mgr}couldn't check support for device '{mm_uid}': {mm_serr}",
    "{mm_inf}set power state '{mm_pw}'",
    "{mm_inf}launching automatic network registration...",
    "{mm_wrn}couldn't load operator name: {mm_oerr}",
)
SLOTS.update({
    "mm_msg": _mm_head("msg", "modemN"), "mm_inf": _mm_head("inf", "modemN"), "mm_wrn": _mm_head("wrn", "modemN"),
    "mm_bwrn": _mm_head("wrn", "modemN/bearerB"), "mm_binf": _mm_head("inf", "modemN/bearerB"), "mm_mgr": _mm_head("msg", "base-manager"),
    "mm_st": choice(_MM_ST), "mm_reg": choice(_MM_REG), "mm_ps": choice(("attached", "detached", "unknown")),
    "mm_at": choice(("lte", "umts", "hsdpa, hsupa", "gsm", "5gnr", "lte, 5gnr", "unknown", "hspa-plus")),
    "mm_cerr": choice(("Couldn't connect: Serving network rejected", "QMI protocol error (14): 'CallFailed'", "Connection attempt timed out",
                       "operation failed: pdp-context-activation-rejected", "Couldn't get IP config: Unknown error", "MBIM error: 'MaxActivatedContexts'",
                       "Serial command timed out", "CME ERROR: 30")),
    "mm_s1": choice(("1",)), "mm_s3": choice(("3",)), "mm_last": choice(("10",)),
    "mm_port": choice(("cdc-wdm0", "wwan0", "ttyUSB0", "ttyUSB1", "ttyUSB2", "ttyUSB3", "wwan0qmi0", "ttyACM0", "wwan0mbim0")), "mm_uid": choice(_MM_SYS),
    "mm_serr": choice(("not supported by any plugin", "Couldn't create modem for device: No primary AT port", "Operation was cancelled", "device not found")),
    "mm_pw": choice(("on", "low", "off")),
    "mm_oerr": choice(("Couldn't parse operator name", "Serial command timed out", "CME ERROR: 3", "QMI protocol error (16): 'InfoUnavailable'", "Unknown error")),
})
# ---------------------------------------------------------------- aria2c (C++; --log file of an RPC daemon (aria2c --enable-rpc --log=/var/log/aria2.log --log-level=info):
# "2026-11-26 06:20:12.123456 [NOTICE] [RequestGroup.cc:781] Download complete: /data/x.iso" -- date, microseconds, level and the
# source file:line are writeHeader()'s; messages are the MSG_* format strings of src/message.h or inline fmt() strings)
_AR_HOSTS = ("releases.ubuntu.com", "mirror.init7.net", "download.fedoraproject.org", "ftp.halifax.rwth-aachen.de", "cdn.kernel.org", "github.com",
             "objects.githubusercontent.com", "dl.google.com", "archive.org", "mirrors.edge.kernel.org", "files.example-cdn.net")
_AR_FILES = ("ubuntu-24.04.1-live-server-amd64.iso", "Fedora-Workstation-Live-x86_64-41-1.4.iso", "linux-6.11.8.tar.xz", "debian-12.8.0-amd64-netinst.iso",
             "backup-2026-11-25.tar.zst", "model-q4_K_M.gguf", "archlinux-2026.11.01-x86_64.iso", "dataset-part-003.parquet", "Big_Buck_Bunny_1080p.mkv")


def _ar_head(lvl: str, src: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)}.{_frac(r, 6)} [{lvl}] [{src}] "


def _ar_url(r: R) -> str:
    return f"https://{r.choice(_AR_HOSTS)}/{r.choice(('pub', 'releases', 'dl', 'download', 'mirror/ubuntu-releases', 'linux/kernel/v6.x'))}/{r.choice(_AR_FILES)}"


SOURCES["aria2c"] = ("aria2/aria2", "b4fd7cb1ca03e38ad9d7ab9308b8200cb1d41c25",
                     "src/Logger.cc (writeHeader), src/message.h, src/InitiateConnectionCommand.cc, src/AbstractCommand.cc, src/HttpResponse.cc, src/RequestGroup.cc, "
                     "src/HttpResponseCommand.cc, src/PeerInteraction / DefaultBtInteractive.cc, src/HttpListenCommand.cc, src/IteratableChecksumValidator.cc")
SYSTEMS["aria2c"] = (
    "{ar_conn}CUID#{ar_cuid} - Connecting to {ar_ip}:{ar_port}",
    "{ar_res}CUID#{ar_cuid} - Name resolution complete: {ar_host} -> {ar_ip}",
    "{ar_resh}CUID#{ar_cuid} - Resolving hostname {ar_host}",
    "{ar_from}CUID#{ar_cuid} - From: {ip}:{ar_pport} {ar_pmsg}",
    "{ar_red}CUID#{ar_cuid} - Redirecting to {ar_url}",
    "{ar_done}Download complete: {ar_path}",
    "{ar_already}GID#{ar_gid} - Download has already completed: {ar_path}",
    "{ar_abort}CUID#{ar_cuid} - Download aborted. URI={ar_url}",
    "{ar_restart}CUID#{ar_cuid} - Restarting the download. URI={ar_url}",
    "{ar_rfail}CUID#{ar_cuid} - Name resolution for {ar_host} failed:{ar_rerr}",
    "{ar_retry}CUID#{ar_cuid} - Could not to connect to {ar_ip}:{ar_port}. Trying another address",
    "{ar_verify}Verification finished successfully. file={ar_path}",
    "{ar_ren}File already exists. Renamed to {ar_path}.",
    "{ar_cd}CUID#{ar_cuid} - Content-Disposition detected. Use {ar_file} as filename",
    "{ar_rpc}IPv{ar_ipv} RPC: listening on TCP port {ar_rpcport}",
)
SLOTS.update({
    "ar_conn": _ar_head("INFO", "InitiateConnectionCommand.cc:119"), "ar_res": _ar_head("INFO", "AbstractCommand.cc:734"), "ar_resh": _ar_head("INFO", "AbstractCommand.cc:706"),
    "ar_from": _ar_head("INFO", "DefaultBtInteractive.cc:328"), "ar_red": _ar_head("NOTICE", "HttpResponse.cc:168"), "ar_done": _ar_head("NOTICE", "RequestGroupMan.cc:393"),
    "ar_already": _ar_head("NOTICE", "RequestGroup.cc:1003"), "ar_abort": _ar_head("INFO", "AbstractCommand.cc:347"), "ar_restart": _ar_head("INFO", "AbstractCommand.cc:370"),
    "ar_rfail": _ar_head("INFO", "AbstractCommand.cc:744"), "ar_retry": _ar_head("INFO", "AbstractCommand.cc:917"), "ar_verify": _ar_head("NOTICE", "IteratableChecksumValidator.cc:84"),
    "ar_ren": _ar_head("NOTICE", "RequestGroup.cc:719"), "ar_cd": _ar_head("INFO", "HttpResponseCommand.cc:318"), "ar_rpc": _ar_head("NOTICE", "HttpListenCommand.cc:108"),
    "ar_cuid": lambda r: str(r.randint(7, 10 ** r.randint(2, 5))), "ar_ip": lambda r: r.choice((ip4(r), ip4(r), f"2a01:4f8:{r.randint(0, 0xfff):x}::{r.randint(1, 0xffff):x}")),
    "ar_port": choice(("443", "443", "443", "80", "21", "8080")), "ar_host": choice(_AR_HOSTS), "ar_url": _ar_url,
    "ar_pport": lambda r: str(r.randint(6881, 65000)),
    "ar_pmsg": lambda r: r.choice((f"piece index={r.randint(0, 9000)}, begin={r.randint(0, 63) * 16384}, length=16384", f"have index={r.randint(0, 9000)}", "unchoke", "choke",
                                   "interested", "not interested", "keep alive", f"extended messageType=ut_pex, {r.choice(('added=12', 'added=3, dropped=1'))}")),
    "ar_path": lambda r: f"{r.choice(('/downloads', '/data/downloads', '/srv/aria2/complete', '/home/pi/Downloads'))}/{r.choice(_AR_FILES)}",
    "ar_gid": lambda r: hexs(r, 16), "ar_rerr": choice(("Name or service not known", "Temporary failure in name resolution", "No address associated with hostname")),
    "ar_file": choice(_AR_FILES), "ar_ipv": choice(("4", "6")), "ar_rpcport": choice(("6800", "6800", "6801")),
})
# ---------------------------------------------------------------- lldap (Rust; tracing-forest tree layout on stdout, docker logs -t:
# "2026-11-26T06:20:12.123456789Z INFO     ┝━ i [info]: LDAP session start: 4c0f..." -- the docker timestamp, the level column, the tree
# branch, the level icon and "[info]" tag are the collector's / tracing-forest's)
_LL_USERS = ("admin", "alice", "bob", "carol.smith", "dmitri", "eva", "nextcloud-svc", "gitea-bind", "jellyfin", "authelia", "grafana", "svc_ldap_ro", "hiro", "priya")
_LL_BASES = ("dc=example,dc=com", "dc=home,dc=lab", "dc=corp,dc=internal", "dc=lldap,dc=local")


def _ll_head(lvl: str) -> Callable[[R], str]:
    icon = {"INFO": "i", "WARN": "🚧", "ERROR": "🚨"}[lvl]
    def head(r: R) -> str:
        branch = r.choice(("┝━", "┝━", "┕━", "│  ┝━", "│  ┕━"))
        return f"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 9)}Z {lvl:<8} {branch} {icon} [{lvl.lower()}]: "
    return head


def _ll_base(r: R) -> str:
    if "ll_base" not in _LINE:
        _LINE["ll_base"] = r.choice(_LL_BASES)
    return _LINE["ll_base"]


SOURCES["lldap"] = ("lldap/lldap", "9cc54ab03c5a044bfe574e30a6b6245d45c8e7b9",
                    "server/src/logging.rs (tracing_forest::ForestLayer), server/src/ldap_server.rs, crates/sql-backend-handler/src/sql_opaque_handler.rs, "
                    "crates/access-control/src/lib.rs, crates/ldap/src/search.rs, crates/ldap/src/core/user.rs, server/src/db_cleaner.rs, server/src/graphql_server.rs, "
                    "server/src/main.rs, server/src/tcp_server.rs")
SYSTEMS["lldap"] = (
    "{ll_i}LDAP session start: {uuid}",
    "{ll_i}LDAP session end: {uuid}",
    "{ll_i}Login attempt for \"{ll_user}\"",
    "{ll_i}OPAQUE login attempt for \"{ll_user}\"",
    "{ll_i}OPAQUE login successful for \"{ll_user}\"",
    "{ll_w}OPAQUE login attempt failed for \"{ll_user}\"",
    "{ll_i}Unprivileged search, limiting results",
    "{ll_w}The requested search tree \"{ll_req}\" matches neither the user subtree \"ou=people,{ll_base}\" nor the group subtree \"ou=groups,{ll_base}\"",
    "{ll_w}Error while getting users: {ll_err}",
    "{ll_i}Successfully (re)set password for \"{ll_user}\"",
    "{ll_i}Received unknown control: {ll_oid}, ignoring",
    "{ll_e}API error: {ll_apierr}",
    "{ll_w}Invalid dn filter on user: {ll_dn}",
    "{ll_i}DB Cleanup Cron started",
    "{ll_i}Starting LLDAP version {ll_ver}",
    "{ll_i}Starting the API/web server on port {ll_http}",
)
SLOTS.update({
    "ll_i": _ll_head("INFO"), "ll_w": _ll_head("WARN"), "ll_e": _ll_head("ERROR"), "ll_user": choice(_LL_USERS), "ll_base": _ll_base,
    "ll_req": lambda r: r.choice((f"ou=users,{_ll_base(r)}", f"cn=config,{_ll_base(r)}", f"ou=service,{_ll_base(r)}", "cn=Subschema", f"ou=hosts,{_ll_base(r)}")),
    "ll_err": choice(("Database error: `error returned from database: database is locked`", "Database error: `pool timed out while waiting for an open connection`",
                      "Error while parsing filter: Unsupported filter")),
    "ll_oid": choice(("1.2.840.113556.1.4.319", "1.3.6.1.4.1.42.2.27.8.5.1", "2.16.840.1.113730.3.4.2", "1.2.840.113556.1.4.473")),
    "ll_apierr": choice(("Entity not found: No such user: 'bob2'", "Unauthorized access to user data", "Database error: `UNIQUE constraint failed: users.email`",
                         "Invalid JWT: token expired", "Entity not found: No such group: '17'")),
    "ll_dn": lambda r: f"{r.choice(('cn', 'uid'))}={r.choice(_LL_USERS)},ou={r.choice(('people', 'users', 'groups'))},{r.choice(_LL_BASES)}",
    "ll_ver": choice(("0.6.2", "0.6.1", "0.6.2-alpha")), "ll_http": choice(("17170", "17170", "8080")),
})
# ---------------------------------------------------------------- flume-ng (Java; conf/log4j2.xml LogFile layout "%d{dd MMM yyyy HH:mm:ss,SSS} %-5p [%t] (%C.%M:%L) %equals{%x}{[]}{} - %m%n"
# in logs/flume.log: "26 Nov 2026 06:20:12,123 INFO  [hdfs-k1-call-runner-3] (org.apache.flume.sink.hdfs.BucketWriter$7.call:681)  - Renaming ..." --
# date, level, thread, class.method:line and the empty NDC are the layout's)
_FL_CH = ("c1", "c2", "ch-file", "memCh", "kafka-ch", "fileChannel")
_FL_SK = ("k1", "k2", "hdfs-sink", "sink1", "hdfsSink", "kafka-sink")
_FL_SRC = ("r1", "r2", "taildir-src", "spool", "avro-src", "syslog-src")


def _fl_head(lvl: str, threads: tuple[str, ...], loc: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        t = r.choice(threads).replace("#", str(r.randint(0, 9))).replace("K", r.choice(_FL_SK)).replace("C", r.choice(_FL_CH))
        return f"{day(r):02d} Nov 2026 {clock(r)},{r.randint(0, 999):03d} {lvl:<5} [{t}] ({loc})  - "
    return head


_FL_SINKRUN = ("SinkRunner-PollingRunner-DefaultSinkProcessor",)
_FL_CALL = ("hdfs-K-call-runner-#",)
_FL_ROLL = ("hdfs-K-roll-timer-0",)
_FL_BG = ("Log-BackgroundWorker-C",)
_FL_LC = ("lifecycleSupervisor-1-#", "lifecycleSupervisor-1-0")
_FL_CONF = ("conf-file-poller-0", "main")


def _fl_bucket(r: R) -> str:
    if "fl_b" not in _LINE:
        _LINE["fl_b"] = (f"hdfs://{r.choice(('namenode', 'nn1.hadoop.internal', 'hdfs-ha'))}:8020/flume/{r.choice(('events', 'weblogs', 'syslog', 'app-logs'))}/"
                         f"2026/11/{day(r):02d}/{r.randint(0, 23):02d}/{r.choice(('FlumeData', 'events', 'log'))}.{r.randint(10**12, 10**13 - 1)}")
    return _LINE["fl_b"]


def _fl_ckfile(r: R) -> str:
    return f"{r.choice(('/var/lib/flume/file-channel', '/data/flume/checkpoint', '/root/.flume/file-channel'))}/checkpoint/checkpoint"


def _fl_logfile(r: R) -> str:
    return f"{r.choice(('/var/lib/flume/file-channel', '/data/flume', '/root/.flume/file-channel'))}/data/log-{r.randint(1, 400)}"


SOURCES["flume-ng"] = ("apache/flume", "168caa6a17c602d932f612a2b8da2bc3077c1468",
                       "conf/log4j2.xml (LogFile layout), flume-ng-sinks/flume-hdfs-sink/src/main/java/org/apache/flume/sink/hdfs/BucketWriter.java, "
                       "flume-ng-channels/flume-file-channel/src/main/java/org/apache/flume/channel/file/EventQueueBackingStoreFile.java, .../channel/file/Log.java, "
                       "flume-ng-core/src/main/java/org/apache/flume/instrumentation/MonitoredCounterGroup.java, flume-ng-node/src/main/java/org/apache/flume/node/Application.java, "
                       "flume-ng-node/src/main/java/org/apache/flume/node/AbstractConfigurationProvider.java, flume-ng-node/src/main/java/org/apache/flume/node/FileConfigurationSource.java")
SYSTEMS["flume-ng"] = (
    "{fl_create}Creating {fl_tmp}",
    "{fl_rename}Renaming {fl_tmp} to {fl_bucket}",
    "{fl_close}Closing {fl_tmp}",
    "{fl_ckstart}Start checkpoint for {fl_ck}, elements to sync = {n}",
    "{fl_ckmeta}Updating checkpoint metadata: logWriteOrderID: {fl_wo}, queueSize: {n}, queueHead: {n}",
    "{fl_ckupd}Updated checkpoint for file: {fl_log} position: {n} logWriteOrderID: {fl_wo}",
    "{fl_idle}Closing idle bucketWriter {fl_tmp} at {fl_now}",
    "{fl_rm}Removing old file: {fl_log}",
    "{fl_started}Component type: {fl_type}, name: {fl_name} started",
    "{fl_mbean}Monitored counter group for type: {fl_type}, name: {fl_name}: Successfully registered new MBean.",
    "{fl_renfail}Renaming file: {fl_tmp} failed. Will retry again in {fl_retry} seconds.",
    "{fl_startsink}Starting Sink {fl_sk}",
    "{fl_startch}Starting Channel {fl_ch}",
    "{fl_reload}Reloading configuration file:{fl_conf}",
    "{fl_conn}Channel {fl_ch} connected to {fl_comps}",
)
SLOTS.update({
    "fl_create": _fl_head("INFO", _FL_SINKRUN, "org.apache.flume.sink.hdfs.BucketWriter.open:246"),
    "fl_rename": _fl_head("INFO", _FL_CALL, "org.apache.flume.sink.hdfs.BucketWriter$7.call:681"),
    "fl_close": _fl_head("INFO", _FL_ROLL + _FL_SINKRUN, "org.apache.flume.sink.hdfs.BucketWriter.doClose:438"),
    "fl_ckstart": _fl_head("INFO", _FL_BG, "org.apache.flume.channel.file.EventQueueBackingStoreFile.beginCheckpoint:230"),
    "fl_ckmeta": _fl_head("INFO", _FL_BG, "org.apache.flume.channel.file.EventQueueBackingStoreFile.checkpoint:255"),
    "fl_ckupd": _fl_head("INFO", _FL_BG, "org.apache.flume.channel.file.Log.writeCheckpoint:1065"),
    "fl_idle": _fl_head("INFO", ("hdfs-K-roll-timer-0",), "org.apache.flume.sink.hdfs.BucketWriter$2.call:487"),
    "fl_rm": _fl_head("INFO", _FL_BG, "org.apache.flume.channel.file.Log.removeOldLogs:1121"),
    "fl_started": _fl_head("INFO", _FL_LC, "org.apache.flume.instrumentation.MonitoredCounterGroup.start:95"),
    "fl_mbean": _fl_head("INFO", _FL_LC, "org.apache.flume.instrumentation.MonitoredCounterGroup.register:119"),
    "fl_renfail": _fl_head("WARN", _FL_CALL, "org.apache.flume.sink.hdfs.BucketWriter$ScheduledRenameCallable.call:384"),
    "fl_startsink": _fl_head("INFO", _FL_CONF, "org.apache.flume.node.Application.startAllComponents:241"),
    "fl_startch": _fl_head("INFO", _FL_CONF, "org.apache.flume.node.Application.startAllComponents:214"),
    "fl_reload": _fl_head("INFO", ("conf-file-poller-0",), "org.apache.flume.node.FileConfigurationSource.getData:84"),
    "fl_conn": _fl_head("INFO", _FL_CONF, "org.apache.flume.node.AbstractConfigurationProvider.getConfiguration:123"),
    "fl_bucket": _fl_bucket, "fl_ck": _fl_ckfile, "fl_log": _fl_logfile, "fl_wo": lambda r: str(r.randint(1_700_000_000_000, 1_800_000_000_000)),
    "fl_now": lambda r: str(r.randint(1_795_000_000_000, 1_796_000_000_000)),
    "fl_type": choice(("CHANNEL", "SINK", "SOURCE", "SINK", "CHANNEL")), "fl_name": lambda r: r.choice(_FL_CH + _FL_SK + _FL_SRC),
    "fl_retry": choice(("180", "180", "60", "30")), "fl_sk": choice(_FL_SK), "fl_comps": lambda r: f"[{r.choice(_FL_SRC)}, {r.choice(_FL_SK)}]", "fl_tmp": lambda r: _fl_bucket(r) + ".tmp", "fl_ch": choice(_FL_CH), "fl_src": choice(_FL_SRC),
    "fl_conf": choice(("/etc/flume/conf/flume.conf", "/opt/flume/conf/agent.properties", "/etc/flume-ng/conf/flume-conf.properties")),
})
# ---------------------------------------------------------------- carbon-cache (Python/Twisted; carbon.log formatEvent on stdout (carbon-cache.py --nodaemon in the
# graphite container): "26/11/2026 06:20:12 :: [listener] MetricLineReceiver connection with 10.0.0.5:51234 established" -- the day-first time and the
# "[type] " tag (console, listener, creates, clients) are formatEvent()'s)
_CB_M = ("stats.timers.api.checkout.upper_90", "stats_counts.nginx.requests.2xx", "servers.web01.cpu.total.user", "collectd.db-primary.memory.memory-used",
         "carbon.agents.graphite-a.cache.size", "stats.gauges.queue.orders.depth", "servers.node017.diskspace.root.byte_free", "app.payments.latency.p99",
         "telegraf.mon01.net.eth0.bytes_recv", "stats.timers.db.query.mean", "iot.sensor-42.temperature", "k8s.worker-5.kubelet.pods")


def _cb_head(typ: str) -> Callable[[R], str]:
    return lambda r: f"{day(r):02d}/11/2026 {clock(r)} :: [{typ}] "


def _cb_peer(r: R) -> str:
    return f"{ip4(r)}:{r.randint(32768, 60999)}"


SOURCES["carbon-cache"] = ("graphite-project/carbon", "aa7974eec5dd68452f32f95cc25dc5426cf1c072",
                           "lib/carbon/log.py (formatEvent, typed loggers), lib/carbon/writer.py, lib/carbon/protocols.py, lib/carbon/cache.py, lib/carbon/client.py")
SYSTEMS["carbon-cache"] = (
    "{cb_cr}new metric {cb_m} matched schema {cb_schema}",
    "{cb_cr}new metric {cb_m} matched aggregation schema {cb_agg}",
    "{cb_cr}creating database metric {cb_m} (archive={cb_arch} xff={cb_xff} agg={cb_aggm})",
    "{cb_ls}{cb_proto} connection with {cb_peer} established",
    "{cb_ls}{cb_proto} connection with {cb_peer} closed cleanly",
    "{cb_con}Sorted {n} cache queues in {cb_secs} seconds",
    "{cb_con}Queue consumed in {cb_secs} seconds",
    "{cb_ls}{cb_proto} connection with {cb_peer} lost: {cb_lost}",
    "{cb_ls}invalid line received from client {cb_peer}, ignoring [{cb_line}]",
    "{cb_con}MetricCache is full: self.size={n}",
    "{cb_con}MetricCache below watermark: self.size={n}",
    "{cb_con}Error writing to {cb_m}: {cb_werr}",
    "{cb_cl}Destination is down: {cb_dest} ({small}/{cb_max})",
    "{cb_cl}connecting to carbon daemon at {cb_dest}",
)
SLOTS.update({
    "cb_cr": _cb_head("creates"), "cb_ls": _cb_head("listener"), "cb_con": _cb_head("console"), "cb_cl": _cb_head("clients"),
    "cb_m": choice(_CB_M), "cb_schema": choice(("default_1min_for_1day", "carbon", "stats", "collectd", "telegraf", "default")),
    "cb_agg": choice(("default_average", "sum", "count", "max", "min", "default")),
    "cb_arch": choice(("[(10, 8640), (60, 10080), (600, 52560)]", "[(60, 1440)]", "[(60, 43200), (900, 350400)]", "[(10, 360), (60, 10080), (3600, 8760)]")),
    "cb_xff": choice(("0.5", "0.0", "0.3")), "cb_aggm": choice(("average", "sum", "max", "min", "last")),
    "cb_proto": choice(("MetricLineReceiver", "MetricLineReceiver", "MetricPickleReceiver", "MetricDatagramReceiver", "CacheManagementHandler")), "cb_peer": _cb_peer,
    "cb_secs": lambda r: f"{r.uniform(0.0, 10 ** r.uniform(-4, 0.7)):.6f}",
    "cb_lost": choice(("[Failure instance: Traceback (failure with no frames): <class 'twisted.internet.error.ConnectionLost'>: Connection to the other side was lost in a non-clean fashion.",
                       "Connection to the other side was lost in a non-clean fashion: Connection lost.", "[Errno 104] Connection reset by peer")),
    "cb_line": lambda r: r.choice((f"{r.choice(_CB_M)} {r.randint(0, 999)}", f"{r.choice(_CB_M)} nan {r.randint(1_790_000_000, 1_800_000_000)}",
                                   "GET / HTTP/1.1\\r\\n", f"{r.choice(_CB_M)}  {r.uniform(0, 99):.2f} {r.randint(1_790_000_000, 1_800_000_000)} extra", "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03")),
    "cb_werr": choice(("[Errno 28] No space left on device", "[Errno 13] Permission denied: '/opt/graphite/storage/whisper/stats/timers/api/checkout/upper_90.wsp'",
                       "Unable to read header", "[Errno 24] Too many open files")),
    "cb_dest": lambda r: f"{r.choice(('127.0.0.1', '10.0.3.7', '10.0.3.8', 'carbon-b'))}:{r.choice((2004, 2104, 2204))}:{r.choice(('a', 'b', 'c', 'None'))}",
    "cb_max": choice(("5", "5", "10")),
})
# ---------------------------------------------------------------- foreman-proxy (Ruby; smart-proxy file_logging_pattern '%d %.8X{request} [%.1l] %m' in
# /var/log/foreman-proxy/proxy.log at log_level DEBUG: "2026-11-26T06:20:12 3f2a1b9c [I] Finished GET /dhcp/10.0.2.0 with 200 (8.41 ms)" --
# the time, the request id from the MDC (blank outside a request) and the one-letter level are the layout's)
_FP_SUBNETS = ("10.0.2.0", "10.20.0.0", "192.168.122.0", "172.16.40.0", "10.11.0.0")
_FP_HOSTS = ("web01.example.com", "node017.lab.example.com", "db-replica-1.corp.example.com", "k8s-worker-5.example.com", "build-07.example.com", "gpu-04.lab.example.com")


def _fp_head(lvl: str, req: bool = True) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)} {hexs(r, 8) if req else ''} [{lvl}] "


def _fp_mac(r: R) -> str:
    return ":".join([r.choice(("52:54:00", "00:50:56", "3c:ec:ef", "b8:ca:3a"))] + [hexs(r, 2) for _ in range(3)])


def _fp_req(r: R) -> tuple[str, str, str]:
    if "fp_m" not in _LINE:
        k = r.random()
        s = r.choice(_FP_SUBNETS)
        if k < 0.35:
            m, p, q = "GET", f"/dhcp/{s}/unused_ip", f"mac={_fp_mac(r)}&from={s[:-1]}100&to={s[:-1]}250"
        elif k < 0.5:
            m, p, q = "POST", f"/dhcp/{s}", ""
        elif k < 0.6:
            m, p, q = "DELETE", f"/dhcp/{s}/mac/{_fp_mac(r)}", ""
        elif k < 0.75:
            m, p, q = "POST", f"/tftp/{_fp_mac(r)}", ""
        elif k < 0.85:
            m, p, q = "PUT", "/dns/", ""
        elif k < 0.93:
            m, p, q = "GET", "/features", ""
        else:
            m, p, q = "GET", "/version", ""
        _LINE["fp_m"], _LINE["fp_p"], _LINE["fp_q"] = m, p, q
    return _LINE["fp_m"], _LINE["fp_p"], _LINE["fp_q"]


SOURCES["foreman-proxy"] = ("theforeman/smart-proxy", "e8fe59f83843ca619264e8d4757bc99fcde93fa9",
                            "lib/proxy/settings/global.rb (file_logging_pattern), lib/proxy/log.rb, lib/proxy/util.rb, lib/proxy/logging_resolv.rb, modules/tftp/server.rb, "
                            "modules/dhcp_common/subnet_service.rb, modules/dhcp_common/free_ips.rb, modules/dhcp_common/server.rb, modules/dhcp_isc/inotify_leases_file_observer.rb, "
                            "modules/puppetca_hostname_whitelisting/puppetca_hostname_whitelisting_autosigner.rb, modules/dns_nsupdate/dns_nsupdate_main.rb")
SYSTEMS["foreman-proxy"] = (
    "{fp_i}Started {fp_method} {fp_path} {fp_query}",
    "{fp_i}Finished {fp_method} {fp_path} with {fp_status} ({fp_ms} ms)",
    "{fp_dn}Added a lease record: {fp_ip}:{fp_mac}",
    "{fp_dn}caught :modify event on {fp_leases}.",
    "{fp_d}Added a reservation: {fp_ip}:{fp_mac}:{fp_host}",
    "{fp_d}Searching for free IP - pinging {fp_ip}.",
    "{fp_d}Found free IP {fp_ip} out of a total of {n} free IPs.",
    "{fp_d}TFTP: {fp_tftp} created successfully",
    "{fp_i}[{pid}] Started task {fp_cmd}",
    "{fp_d}Deleted a reservation: {fp_ip}:{fp_mac}:{fp_host}",
    "{fp_d}Added {fp_host} to autosign",
    "{fp_d}nsupdate: executed - server {fp_dns}",
    "{fp_w}Slow DNS query {fp_dnsm} for {fp_args} took {fp_ms} ms",
    "{fp_w}Request to create a conflicting DHCP record",
    "{fp_i}Starting allocated ip address maintenance (used by unused_ip call).",
)
SLOTS.update({
    "fp_i": _fp_head("I"), "fp_d": _fp_head("D"), "fp_w": _fp_head("W"), "fp_dn": _fp_head("D", False),
    "fp_method": lambda r: _fp_req(r)[0], "fp_path": lambda r: _fp_req(r)[1], "fp_query": lambda r: _fp_req(r)[2],
    "fp_status": choice(("200", "200", "200", "200", "404", "400", "500", "409")),
    "fp_ms": lambda r: f"{r.uniform(0.3, 10 ** r.uniform(0.5, 3.5)):.2f}".rstrip("0").rstrip("."),
    "fp_mac": _fp_mac, "fp_ip": lambda r: f"{r.choice(_FP_SUBNETS)[:-1]}{r.randint(2, 254)}", "fp_host": choice(_FP_HOSTS),
    "fp_leases": choice(("/var/lib/dhcpd/dhcpd.leases", "/var/lib/dhcp/dhcpd.leases")),
    "fp_tftp": lambda r: r.choice((f"/var/lib/tftpboot/pxelinux.cfg/01-{_fp_mac(r).replace(':', '-')}", f"/var/lib/tftpboot/grub2/grub.cfg-01-{_fp_mac(r).replace(':', '-')}",
                                   f"/var/lib/tftpboot/grub2/grub.cfg-{_fp_mac(r)}", f"/srv/tftp/pxelinux.cfg/01-{_fp_mac(r).replace(':', '-')}")),
    "fp_cmd": lambda r: r.choice((f"/usr/bin/wget --timeout=10 --tries=3 --no-check-certificate -nv -c \"http://mirror.example.com/rocky/9/BaseOS/x86_64/os/images/pxeboot/vmlinuz\" -O \"/var/lib/tftpboot/boot/Rocky-9-x86_64-{b62(r, 10)}-vmlinuz\"",
                                  f"/usr/bin/wget --timeout=10 --tries=3 --no-check-certificate -nv -c \"http://deb.debian.org/debian/dists/bookworm/main/installer-amd64/current/images/netboot/debian-installer/amd64/initrd.gz\" -O \"/var/lib/tftpboot/boot/debian-mirror-{b62(r, 10)}-initrd.gz\"")),
    "fp_dns": choice(("127.0.0.1", "ns1.example.com", "10.0.2.10")), "fp_dnsm": choice(("getaddress", "getname", "getresources")),
    "fp_args": lambda r: f"[\"{r.choice(_FP_HOSTS)}\"]" if r.random() < 0.6 else f"[\"{r.choice(_FP_SUBNETS)[:-1]}{r.randint(2, 254)}\"]",
})
# ---------------------------------------------------------------- technitium-dns (C#; LogManager file logs/<date>.log with query logging on:
# "[2026-11-26 06:20:12 UTC] [192.168.1.23:53124] [UDP] QNAME: example.com; QTYPE: A; QCLASS: IN; RCODE: NoError; ANSWER: [93.184.215.14]" --
# the bracketed UTC time (GetLogEntry) and the "[ip:port] " / "[PROTO] " prefixes of Write(ep, protocol, msg) are the LogManager's)
_TC_NAMES = ("www.google.com", "api.github.com", "graph.facebook.com", "time.cloudflare.com", "ocsp.digicert.com", "nas.home.arpa", "printer.lan",
             "updates.push.services.mozilla.com", "connectivitycheck.gstatic.com", "wpad.home.arpa", "_ldap._tcp.dc._msdcs.corp.example.com", "raw.githubusercontent.com",
             "ads.doubleclick.net", "tracking.example-ads.net", "1.168.192.in-addr.arpa", "mail.example.org")
_TC_SCOPES = ("Default", "LAN", "IoT", "Guest", "Servers")
_TC_HOSTS = ("bob-laptop", "DESKTOP-7KQ2M1P", "iPhone", "android-5f2e9c1a", "tasmota-3A1F22", "esp32-cam", "printer", "Living-Room-TV", "pi-hole-test")


def _tc_head(ep: str | None = None) -> Callable[[R], str]:
    def head(r: R) -> str:
        h = f"[2026-11-{day(r):02d} {clock(r)} UTC] "
        if ep == "dns":
            h += f"[{r.choice(('192.168.1.', '192.168.10.', '10.0.0.'))}{r.randint(2, 254)}:{r.randint(1024, 65535)}] [{r.choice(('UDP', 'UDP', 'UDP', 'TCP', 'HTTPS', 'TLS', 'QUIC'))}] "
        elif ep == "dhcp":
            h += f"[{r.choice(('0.0.0.0:68', '0.0.0.0:68', f'192.168.1.{r.randint(2, 254)}:68'))}] "
        return h
    return head


def _tc_mac(r: R) -> str:
    return "-".join(hexs(r, 2).upper() for _ in range(6))


def _tc_client(r: R) -> str:
    return r.choice((f"{r.choice(_TC_HOSTS)} [{_tc_mac(r)}]", f"{r.choice(_TC_HOSTS)}.home.arpa [{_tc_mac(r)}]", f"[{_tc_mac(r)}]"))


def _tc_answer(r: R) -> str:
    k = r.random()
    if k < 0.45:
        return ", ".join(ip4(r) for _ in range(r.randint(1, 3)))
    if k < 0.6:
        return ""
    if k < 0.7:
        return "0.0.0.0"
    if k < 0.85:
        return f"{r.choice(('www.google.com', 'github.map.fastly.net', 'd1k2l3.cloudfront.net'))}, {ip4(r)}"
    return f"2606:4700:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}"


SOURCES["technitium-dns"] = ("TechnitiumSoftware/DnsServer", "aa9044d4df9d739b6a6e428bb77cecb3356b775b",
                             "DnsServerCore/LogManager.cs (GetLogEntry, Write overloads, query log line), DnsServerCore/Dhcp/DhcpServer.cs, DnsServerCore/Dns/DnsServer.cs, "
                             "DnsServerCore/Dns/ZoneManagers/BlockListZoneManager.cs, DnsServerCore/Dns/Zones/SecondaryZone.cs, DnsServerCore/Dns/Zones/ApexZone.cs, "
                             "DnsServerCore/Dns/ZoneManagers/AuthZoneManager.cs, DnsServerCore/Dns/Applications/DnsApplicationManager.cs")
SYSTEMS["technitium-dns"] = (
    "{tc_q}QNAME: {tc_qname}; QTYPE: {tc_qtype}; QCLASS: {tc_qclass}; RCODE: {tc_rcode}; ANSWER: [{tc_ans}]",
    "{tc_dh}DHCP Server leased IP address [{tc_ip}] to {tc_client} for scope: {tc_scope}",
    "{tc_dh}DHCP Server offered IP address [{tc_ip}] to {tc_client} for scope: {tc_scope}",
    "{tc_dh}DHCP Server released IP address [{tc_ip}] that was leased to {tc_client} for scope: {tc_scope}",
    "{tc_g}DHCP Server updated DNS A record '{tc_fqdn}' with IP address [{tc_ip}].",
    "{tc_g}DHCP Server updated DNS PTR record '{tc_ptr}' with domain name '{tc_fqdn}'.",
    "{tc_g}DHCP Server removed {small} expired lease(s) from scope: {tc_scope}",
    "{tc_g}DNS Server successfully checked for a new update of the {tc_list} list: {tc_url}",
    "{tc_g}DNS Server successfully downloaded {tc_list} list ({tc_size}): {tc_url}",
    "{tc_g}Client subnet '{tc_subnet}' is being rate limited for UDP services till the current query rate ({n} qpm) falls below {tc_qpm} qpm limit.",
    "{tc_g}DNS Server successfully refreshed '{tc_zone}' {tc_ztype} zone from: {tc_ns}",
    "{tc_g}DNS Server successfully notified name server '{tc_nsh}' for zone: {tc_zone}",
    "{tc_g}DNS Server block list zone was loaded successfully.",
    "{tc_g}DNS Server successfully loaded zone file: {tc_zfile}",
    "{tc_q}DNS Server refused a NOTIFY request since the request IP address was not recognized by the secondary zone: {tc_zone}",
)
SLOTS.update({
    "tc_q": _tc_head("dns"), "tc_dh": _tc_head("dhcp"), "tc_g": _tc_head(),
    "tc_qname": choice(_TC_NAMES), "tc_qtype": choice(("A", "A", "A", "AAAA", "AAAA", "HTTPS", "PTR", "SRV", "TXT", "MX", "SOA")), "tc_qclass": choice(("IN",) * 30 + ("CH",)),
    "tc_rcode": choice(("NoError", "NoError", "NoError", "NoError", "NxDomain", "ServerFailure", "Refused")), "tc_ans": _tc_answer,
    "tc_ip": lambda r: f"{r.choice(('192.168.1.', '192.168.10.', '10.0.0.'))}{r.randint(20, 250)}", "tc_client": _tc_client, "tc_scope": choice(_TC_SCOPES),
    "tc_fqdn": lambda r: f"{r.choice(_TC_HOSTS).lower()}.{r.choice(('home.arpa', 'lan', 'home.arpa', 'corp.example.com'))}",
    "tc_ptr": lambda r: f"{r.randint(20, 250)}.{r.choice(('1.168.192', '10.168.192', '0.0.10'))}.in-addr.arpa",
    "tc_list": choice(("block", "block", "block", "allow")),
    "tc_url": choice(("https://raw.githubusercontent.com/StevenBlack/hosts/master/hosts", "https://adaway.org/hosts.txt", "https://v.firebog.net/hosts/AdguardDNS.txt",
                      "https://big.oisd.nl/", "https://raw.githubusercontent.com/hagezi/dns-blocklists/main/wildcard/pro.txt", "https://s3.amazonaws.com/lists.disconnect.me/simple_ad.txt")),
    "tc_size": lambda r: f"{r.uniform(0.1, 40):.2f} {r.choice(('MB', 'MB', 'KB'))}",
    "tc_subnet": lambda r: f"{r.choice(('192.168.1.0', '10.0.0.0', '172.16.5.0', '100.64.12.0'))}/24", "tc_qpm": choice(("6000", "6000", "600", "12000")),
    "tc_zone": choice(("example.com", "corp.example.com", "home.arpa", "lab.internal", "1.168.192.in-addr.arpa", "example.org")), "tc_ztype": choice(("Secondary", "Secondary", "Secondary Forwarder", "Secondary Catalog")),
    "tc_ns": lambda r: f"{r.choice(('ns1.example.com', 'dns-primary.lab.internal', 'ns2.example.org'))} ({ip4(r)})", "tc_nsh": choice(("ns2.example.com", "ns3.example.com", "dns-secondary.lab.internal", "ns1.example.org")),
    "tc_zfile": lambda r: f"/etc/dns/zones/{r.choice(('example.com', 'corp.example.com', 'home.arpa', 'lab.internal', '1.168.192.in-addr.arpa'))}.zone",
})
# ---------------------------------------------------------------- lsyncd (Lua + C core; settings.logfile layout of lsyncd.c logstring0 "%s %s: %s" with ctime():
# "Wed Nov 26 06:20:12 2026 Normal: Finished a list after exitcode: 0" -- the ctime() date and the "Normal"/"Error" category are the core's;
# messages are the concatenated arguments of the Lua log() calls, a '\n' inside one flattened to a space)
_LS_SRC = ("/var/www/html/", "/srv/data/", "/home/shared/", "/opt/app/uploads/", "/etc/nginx/", "/data/media/")
_LS_TGT = ("backup01:/srv/mirror/www/", "web02:/var/www/html/", "rsync://fs02/data/", "/mnt/nas/data/", "deploy@app-02:/opt/app/uploads/", "10.0.4.12:/srv/replica/")
_LS_FILES = ("index.php", "wp-content/uploads/2026/11/", "wp-content/uploads/2026/11/IMG_4812.jpg", "cache/", "conf.d/site.conf", "sessions/sess_a8f3", ".well-known/acme-challenge/",
             "reports/2026-11-25.csv", "tmp/upload_8812.part", "thumbs/", "logs/app.log")
_LS_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _ls_head(cat: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        d = day(r)
        return f"{_LS_DAYS[(d + 5) % 7]} Nov {d:2d} {clock(r)} 2026 {cat}: "  # 1 Nov 2026 is a Sunday
    return head


def _ls_sync(r: R) -> tuple[str, str]:
    if "ls_s" not in _LINE:
        i = r.randrange(len(_LS_SRC))
        _LINE["ls_s"], _LINE["ls_t"] = _LS_SRC[i], _LS_TGT[i]
    return _LINE["ls_s"], _LINE["ls_t"]


def _ls_list(r: R) -> str:
    return " ".join(["/"] + sorted({"/" + r.choice(_LS_FILES) for _ in range(r.randint(1, 6))}))


SOURCES["lsyncd"] = ("lsyncd/lsyncd", "724f077864989b3a2d401be3f73880175236e88b",
                     "lsyncd.c (logstring0, ctime layout), default.lua (collect), default-rsync.lua (action, init, getRsyncArgs), lsyncd.lua (Inlet, signal handlers)")
SYSTEMS["lsyncd"] = (
    "{ls_n}Calling rsync with filter-list of new/modified files/dirs {ls_list}",
    "{ls_n}Finished a list after exitcode: {ls_code}",
    "{ls_n}Finished {ls_etype} on {ls_path} = {ls_code}",
    "{ls_n}Retrying a list after exitcode = {ls_rcode}",
    "{ls_n}Retrying {ls_etype} on {ls_path} = {ls_rcode}",
    "{ls_n}Startup of {ls_src} -> {ls_tgt} finished.",
    "{ls_n}recursive full rsync: {ls_src} -> {ls_tgt}",
    "{ls_e}Failure with a list with exitcode = {ls_fcode}",
    "{ls_n}Retrying startup of {ls_src} -> {ls_tgt}: {ls_rcode}",
    "{ls_n}Transformed Move to Delete for {ls_name}",
    "{ls_n}Transformed Move to Create for {ls_name}",
    "{ls_n}--- OVERFLOW in event queue ---",
    "{ls_n}--- {ls_sig} signal, fading ---",
    "{ls_n}Maximum processes for sync reached. Delaying large transfer for sync: {ls_name}",
    "{ls_e}Unknown exitcode \"{ls_fcode}\" with a list",
)
SLOTS.update({
    "ls_n": _ls_head("Normal"), "ls_e": _ls_head("Error"), "ls_list": _ls_list,
    "ls_code": choice(("0", "0", "0", "0", "24")), "ls_rcode": choice(("10", "12", "23", "30", "35", "255", "5")), "ls_fcode": choice(("1", "2", "3", "4", "11", "13", "14", "127")),
    "ls_etype": choice(("Create", "Modify", "Delete", "Move", "Attrib")),
    "ls_path": lambda r: f"{_ls_sync(r)[0]}{r.choice(_LS_FILES)}", "ls_src": lambda r: _ls_sync(r)[0], "ls_tgt": lambda r: _ls_sync(r)[1],
    "ls_name": lambda r: r.choice(("Sync1", "Sync2", "www", "uploads", "Sync3", "media")), "ls_sig": choice(("TERM", "TERM", "INT")),
})
# ---------------------------------------------------------------- smokeping (Perl; do_log -> do_syslog, collected /var/log/syslog (Debian's smokeping, facility local0):
# "Nov 26 06:20:12 mon01 smokeping[2217]: FPing: probing 42 targets with step 300 s and offset 161 s." -- syslog's head is the collector's; the
# "FPing:" probe-name prefix is added by probes/base.pm's do_log wrapper, not by the message)
_SP_PROBES = ("FPing", "FPing6", "DNS", "Curl", "TCPPing", "SSH", "AnotherDNS", "FPingCloud")
_SP_TARGETS = ("Local.LocalMachine", "Internet.Google", "Internet.Cloudflare", "DNS.Quad9", "Office.Gateway", "Office.Switch-Core", "Customers.ACME.edge",
               "Datacenter.fs02", "Uplinks.ISP-A", "Uplinks.ISP-B", "Mail.mx1", "Web.cdn-frankfurt")
_SP_HOSTS = ("mon01", "smokeping", "noc-probe-1", "rpi-monitor")


def _sp_head(probe: bool = False) -> Callable[[R], str]:
    def head(r: R) -> str:
        h = f"Nov {day(r):2d} {clock(r)} {r.choice(_SP_HOSTS)} smokeping[{r.choice((2217, 2218, 2219, 1873, 990))}]: "
        return h + (f"{r.choice(_SP_PROBES)}: " if probe else "")
    return head


def _sp_loss(r: R) -> tuple[str, str, str]:
    n = r.choice((3, 4, 5))
    pings = 20
    loss = [r.choice((0, 0, 0, 5, 10, 25, 50, 100)) for _ in range(n)]
    rtt = [("U" if lo == 100 else f"{r.uniform(1, 180):.0f}ms") for lo in loss]
    return ("loss: " + ", ".join(f"{x}%" for x in loss), f"{round(loss[-1] * pings / 100)}/{pings}", "rtt: " + ", ".join(rtt))


def _sp_alert(r: R) -> str:
    if "sp_l" not in _LINE:
        _LINE["sp_l"], _LINE["sp_r"], _LINE["sp_t"] = _sp_loss(r)
    return ""


SOURCES["smokeping"] = ("oetiker/SmokePing", "749f27e42a98eafdf2162e2545a7fb9f5f762e10",
                        "lib/Smokeping.pm (do_log, do_syslog, main loop, check_alerts), lib/Smokeping/probes/base.pm (probe do_log prefix), lib/Smokeping/probes/basefork.pm, "
                        "lib/Smokeping/Slave.pm")
SYSTEMS["smokeping"] = (
    "{sp_p}probing {sp_n} targets with step {sp_step} s and offset {sp_off} s.",
    "{sp_g}Alert {sp_aname} {sp_what} for {sp_target} {sp_lossl}({sp_ratio})  {sp_rtt} prevmatch: {sp_prev} comment: {sp_comment}",
    "{sp_p}{sp_addr}: timeout ({sp_to} s) reached, killing the probe.",
    "{sp_p}WARNING: smokeping took {sp_run} seconds to complete 1 round of polling. It should complete polling in {sp_step} seconds. You may have unresponsive devices in your setup.",
    "{sp_p}NOTE: smokeping took {sp_run} seconds to complete 1 round of polling. This is over 80% of the max time available for a polling cycle ({sp_step} seconds).",
    "{sp_p}Warning: got zero answers from {sp_addr}({sp_probe}) {sp_hash}",
    "{sp_g}Child process {pid} started for probe {sp_probe}.",
    "{sp_g}Got HUP signal, {sp_hup} gracefully.",
    "{sp_g}Reloading configuration.",
    "{sp_g}Child processes terminated, restarting with new configuration.",
    "{sp_g}Sent data to Server and got new config in response.",
    "{sp_g}Config file unmodified, skipping reload",
    "{sp_g}got {sp_sig} signal, terminating.",
    "{sp_g}All probe processes started successfully.",
    "{sp_g}Child process {pid} (probe {sp_probe}) exited unexpectedly with status {sp_status}.",
)
SLOTS.update({
    "sp_p": _sp_head(True), "sp_g": _sp_head(), "sp_n": lambda r: str(r.randint(1, 400)), "sp_step": choice(("300", "300", "300", "60", "120")),
    "sp_off": lambda r: str(r.randint(0, 299)), "sp_aname": choice(("bigloss", "someloss", "startloss", "rttdetect", "hostdown", "lossdetect")),
    "sp_what": choice(("was raised", "was raised", "was cleared")), "sp_target": lambda r: r.choice(_SP_TARGETS) + r.choice(("", "", "", " [from probe-ams]")),
    "sp_lossl": lambda r: (_sp_alert(r), _LINE["sp_l"])[1], "sp_ratio": lambda r: (_sp_alert(r), _LINE["sp_r"])[1], "sp_rtt": lambda r: (_sp_alert(r), _LINE["sp_t"])[1],
    "sp_prev": choice(("0", "1", "2", "3")), "sp_comment": choice(("loss 3 times  in a row", "sudden bigger loss", "RTT increase detected", "no reply", "")),
    "sp_addr": lambda r: r.choice((ip4(r), "8.8.8.8", "1.1.1.1", "mx1.example.com", "gw.office.example.net", "9.9.9.9")), "sp_to": choice(("15", "15", "30", "60")),
    "sp_run": lambda r: str(r.uniform(240, 900)) if r.random() < 0.5 else f"{r.uniform(240, 900):.5f}", "sp_probe": choice(_SP_PROBES),
    "sp_hash": lambda r: f"HASH(0x{hexs(r, 12)})", "sp_hup": choice(("exiting", "restarting")), "sp_sig": choice(("TERM", "TERM", "INT")),
    "sp_status": choice(("256", "9", "15", "512", "11")),
})
# ---------------------------------------------------------------- tigerbeetle (Zig; stdx.log_with_timestamp on stderr, journald-collected service output:
# "2026-11-26 06:20:12.123Z info(replica): 0N: commit_checkpoint_superblock_callback: checkpoint_superblock done (op=30719 new_checkpoint=30719)" --
# the UTC time, level text and "(scope): " are the log function's; the replica prefix "0N" is a format argument of the message)
_TB_STATUS = ("normal", "view_change", "recovering_head")


def _tb_head(lvl: str, scope: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 999):03d}Z {lvl}({scope}): "


def _tb_ops(r: R) -> dict[str, int]:
    if "tb" not in _LINE:
        k = r.randint(1, 4000)
        cp = k * 7680 - 1
        op = cp + 7680 - r.choice((0, 0, 1, 2, 17))
        _LINE["tb"] = "1"
        _LINE.update({"cp": str(cp), "cpn": str(cp + 7680), "op": str(op), "cmin": str(op - r.randint(0, 3)), "cmax": str(op + r.randint(0, 40)),
                      "ppm": str(op + r.randint(0, 8)), "view": str(r.randint(1, 900))})
    return {}


def _tb(key: str) -> Callable[[R], str]:
    return lambda r: (_tb_ops(r), _LINE[key])[1]


SOURCES["tigerbeetle"] = ("tigerbeetle/tigerbeetle", "52ad553f96355e63516ecfc8db25540c17c1c0c7",
                          "src/stdx/stdx.zig (log_with_timestamp), src/stdx/time_units.zig (InstantUnix.format), src/vsr/replica.zig (LogPrefix and the replica's log calls), "
                          "src/tigerbeetle/main.zig")
SYSTEMS["tigerbeetle"] = (
    "{tb_i}{tb_p}: commit_checkpoint_data: checkpoint_data start (checkpoint={tb_cp}..{tb_cpn} commit_min={tb_cmin} op={tb_op} commit_max={tb_cmax} op_prepare_max={tb_ppm} free_set.acquired={n} free_set.released={n})",
    "{tb_i}{tb_p}: commit_checkpoint_data_callback_join: checkpoint_data done (op={tb_op} current_checkpoint={tb_cp} next_checkpoint={tb_cpn})",
    "{tb_i}{tb_p}: commit_checkpoint_superblock: checkpoint_superblock start (op={tb_op} checkpoint={tb_cp}..{tb_cpn} view_durable={tb_view}..{tb_view} log_view_durable={tb_view}..{tb_view})",
    "{tb_i}{tb_p}: commit_checkpoint_superblock_callback: checkpoint_superblock done (op={tb_op} new_checkpoint={tb_cpn})",
    "{tb_w}{tb_p}: on_prepare: lagging behind the cluster prepare.op={tb_cmax} (commit_min={tb_cmin} op={tb_op} commit_max={tb_cmax})",
    "{tb_i}{tb_p}: transition_to_view_change_status: view={tb_view}..{tb_vnew} status={tb_st}..{tb_st2}",
    "{tb_i}{tb_p}: transition_to_normal_from_view_change_status: view={tb_view}..{tb_vnew} backup",
    "{tb_i}{tb_p}: transition_to_normal_from_view_change_status: view={tb_view}..{tb_vnew} primary",
    "{tb_w}{tb_p}: on_primary_abdicate_timeout: abdicating (view={tb_view})",
    "{tb_w}{tb_p}: on_request: dropping (clock not synchronized)",
    "{tb_w}{tb_p}: on_message: ignoring (syncing)",
    "{tb_i}{tb_p}: on_exit_view: view={tb_view} quorum received (replicas={tb_bits})",
    "{tb_w}{tb_p}: client_table_entry_create: clients={tb_cl}/{tb_cl} evicting client={tb_client}",
    "{tb_i}{tb_p}: sync: ops={tb_cp}..{tb_cpn}",
    "{tb_m}{tb_rep}: cluster={tb_cluster}: listening on {tb_addr}",
)
SLOTS.update({
    "tb_i": _tb_head("info", "replica"), "tb_w": _tb_head("warning", "replica"), "tb_m": _tb_head("info", "main"),
    "tb_p": lambda r: f"{r.randint(0, 5)}{r.choice('nnnNNvvh')}", "tb_rep": lambda r: str(r.randint(0, 5)),
    "tb_cp": _tb("cp"), "tb_cpn": _tb("cpn"), "tb_op": _tb("op"), "tb_cmin": _tb("cmin"), "tb_cmax": _tb("cmax"), "tb_ppm": _tb("ppm"), "tb_view": _tb("view"),
    "tb_vnew": lambda r: str(int(_tb("view")(r)) + r.randint(1, 3)), "tb_st": choice(("normal", "normal", "normal", "view_change", "recovering_head")), "tb_st2": choice(("view_change",)),
    "tb_bits": lambda r: format(r.randint(0, 63), "06b"), "tb_cl": choice(("64", "64", "32")), "tb_client": lambda r: str(r.randint(10**37, 3 * 10**38)),
    "tb_cluster": choice(("0", "0", "1", "42")), "tb_addr": lambda r: f"{r.choice(('0.0.0.0', '10.0.1.11', '10.0.1.12', '10.0.1.13', '127.0.0.1'))}:{r.choice((3000, 3001, 3002, 3000))}",
})
# ---------------------------------------------------------------- riak-kv (Erlang; lager console.log of a riak node, default riak formatter
# [date," ",time," [",severity,"] ",pid,"@",module,":",function,":",line," ",message]:
# "2026-11-26 06:20:12.123 [info] <0.4521.0>@riak_kv_exchange_fsm:key_exchange:272 Repaired 3 keys during active anti-entropy exchange of {...} between {...} and {...}" --
# the date, severity, pid and module:function:line are lager's)
_RK_NODES = ("'riak@10.0.1.11'", "'riak@10.0.1.12'", "'riak@10.0.1.13'", "'riak@10.0.1.14'", "'riak@10.0.1.15'", "'riak@riak-3.riak.svc.cluster.local'")
_RK_STEP = 2 ** 160 // 64
_RK_BUCKETS = ("users", "sessions", "carts", "events_2026", "tictac", "images", "orders", "leaderboard")


def _rk_head(lvl: str, loc: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 999):03d} [{lvl}] <0.{r.randint(200, 30000)}.0>@{loc} "


def _rk_idx(r: R) -> str:
    return str(r.randint(0, 63) * _RK_STEP)


def _rk_vn(r: R) -> str:
    return f"{{{_rk_idx(r)},{r.choice(_RK_NODES)}}}"


def _rk_bkey(r: R) -> str:
    b = r.choice(_RK_BUCKETS)
    k = r.choice((uuid4(r), f"user:{r.randint(1, 999999)}", hexs(r, 16), f"{r.choice(USERS)}-{r.randint(1, 99)}"))
    return r.choice((f"{{<<\"{b}\">>,<<\"{k}\">>}}", f"{{{{<<\"maps\">>,<<\"{b}\">>}},<<\"{k}\">>}}"))


SOURCES["riak-kv"] = ("basho/riak_kv", "b02f24e0d4554e4606ee75493fbbbc54d98f2d23",
                      "src/riak_kv_exchange_fsm.erl, src/riak_kv_get_fsm.erl, src/riak_kv_index_hashtree.erl, src/riak_kv_entropy_manager.erl, src/riak_kv_clusteraae_fsm.erl, "
                      "src/riak_kv_put_fsm.erl, src/riak_kv_bitcask_backend.erl (lager calls; the console.log layout is riak's lager formatter config)")
SYSTEMS["riak-kv"] = (
    "{rk_rep}Repaired {rk_cnt} keys during active anti-entropy exchange of {{rk_idx},{rk_n}} between {rk_vn} and {rk_vn}",
    "{rk_rr}Read repair of {rk_bkey} on {rk_idx} {rk_node} for reason {rk_reason}",
    "{rk_att}Attempt to start exchange between {{rk_idx},{rk_n}} and {rk_idx} resulted in {rk_res}",
    "{rk_sb}Starting AAE tree build: {rk_idx}",
    "{rk_fb}Finished AAE tree build idx={rk_idx} limit {rk_lim} delay {rk_delay}",
    "{rk_fold}Making fold request to reconstruct AAE tree idx={rk_idx} with version {rk_ver}",
    "{rk_to}Timeout during exchange between (local) {rk_vn} and (remote) {rk_vn}, (preflist) {{rk_idx},{rk_n}}",
    "{rk_clr}Clearing AAE tree: {rk_idx}",
    "{rk_clr}Completed destroy of AAE tree: {rk_idx}",
    "{rk_clr}Completed init of AAE tree: {rk_idx}",
    "{rk_aae}AAE fold prompted of type={rk_qt}",
    "{rk_aaef}Finished aaefold of type={rk_qt} with fold_time={rk_ft} seconds",
    "{rk_fwd}timed out waiting for forward-ack, adding {rk_node} to bad coordinators",
    "{rk_unr}Unreadable object {rk_b}/{rk_k} discarded",
    "{rk_exp}Manually expired tree: {rk_idx}",
)
SLOTS.update({
    "rk_rep": _rk_head("info", "riak_kv_exchange_fsm:key_exchange:272"), "rk_rr": _rk_head("info", "riak_kv_get_fsm:read_repair:707"),
    "rk_att": _rk_head("info", "riak_kv_entropy_manager:maybe_exchange:991"), "rk_sb": _rk_head("info", "riak_kv_index_hashtree:build_or_rehash:1115"),
    "rk_fb": _rk_head("info", "riak_kv_index_hashtree:fold_keys:640"), "rk_fold": _rk_head("info", "riak_kv_index_hashtree:fold_keys:616"),
    "rk_to": _rk_head("info", "riak_kv_exchange_fsm:exchange_complete:351"), "rk_clr": _rk_head("info", "riak_kv_index_hashtree:clear_tree:1074"),
    "rk_aae": _rk_head("info", "riak_kv_clusteraae_fsm:init:422"), "rk_aaef": _rk_head("info", "riak_kv_clusteraae_fsm:finish:526"),
    "rk_fwd": _rk_head("warning", "riak_kv_put_fsm:prepare:238"), "rk_unr": _rk_head("warning", "riak_kv_bitcask_backend:get:218"),
    "rk_exp": _rk_head("info", "riak_kv_index_hashtree:handle_cast:438"),
    "rk_idx": _rk_idx, "rk_n": choice(("3", "3", "3", "2", "5")), "rk_vn": _rk_vn, "rk_node": choice(_RK_NODES), "rk_bkey": _rk_bkey,
    "rk_cnt": lambda r: str(r.randint(1, 10 ** r.randint(1, 4))), "rk_reason": choice(("notfound", "outofdate", "notfound", "deleted")),
    "rk_res": choice(("ok", "ok", "ok", "max_concurrency", "not_built", "already_locked", "{remote,not_responsible}")),
    "rk_lim": choice(("1000", "1000", "500")), "rk_delay": choice(("10", "10", "5", "20")), "rk_ver": choice(("0", "legacy", "0")),
    "rk_qt": choice(("merge_root_nval", "merge_branch_nval", "fetch_clocks_nval", "find_keys", "object_stats", "merge_tree_range", "repair_keys_range")),
    "rk_ft": lambda r: f"{r.uniform(0.001, 300):.{r.randint(3, 6)}f}",
    "rk_b": lambda r: f"<<\"{r.choice(_RK_BUCKETS)}\">>", "rk_k": lambda r: f"<<\"{r.choice((uuid4(r), hexs(r, 16), 'user:' + str(r.randint(1, 99999))))}\">>",
})
# ---------------------------------------------------------------- wings (Go; Pterodactyl's apex/log cli handler on stderr, journalctl -u wings -o cat:
# " INFO: [Nov 26 06:20:12.123] acquired exclusive lock on power actions, processing event... action=start lock_id=... server=..." -- the padded level,
# the StampMilli time and the %-25s padding of the message are the handler's; the sorted key=value fields are the call's (WithField) and the
# logger context's (s.Log() adds server=, e.log() adds container_id= and environment=))


def _wg_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"{lvl:>5}: [Nov {day(r):2d} {clock(r)}.{r.randint(0, 999):03d}] "


def _wg_srv(r: R) -> str:
    if "wg_s" not in _LINE:
        _LINE["wg_s"] = uuid4(r)
    return _LINE["wg_s"]



def _wg_uuid1(r: R) -> str:
    return f"{hexs(r, 8)}-{hexs(r, 4)}-11f0-{r.choice('89ab')}{hexs(r, 3)}-{hexs(r, 12)}"


SOURCES["wings"] = ("pterodactyl/wings", "f1c5bbd42d423986e7017b4f3c43057a1b7d1717",
                    "loggers/cli/cli.go (handler layout), server/server.go (Log()), environment/docker/environment.go (log()), server/power.go, server/backup.go, "
                    "server/install.go, environment/docker/power.go, environment/docker/stats.go, sftp/server.go, cmd/root.go, internal/cron/cron.go")
SYSTEMS["wings"] = (
    "{wg_i}acquired exclusive lock on power actions, processing event... action={wg_act} lock_id={wg_lock} server={wg_srv}",
    "{wg_i}releasing exclusive lock for power action action={wg_act} lock_id={wg_lock} server={wg_srv}",
    "{wg_i}starting resource polling for container container_id={wg_srv} environment={wg_env}",
    "{wg_i}syncing server configuration with panel server={wg_srv}",
    "{wg_i}completed server preflight, starting boot process... server={wg_srv}",
    "{wg_i}notified panel of successful backup state backup={uuid} server={wg_srv}",
    "{wg_w}container stop did not complete in time, terminating process... container_id={wg_srv} duration={wg_dur} environment={wg_env} step={wg_step}",
    "{wg_i}detected server as entering a crashed state; running crash handler server={wg_srv}",
    "{wg_i}did not restart server after crash; occurred too soon after the last server={wg_srv}",
    "{wg_i}beginning installation process for server server={wg_srv}",
    "{wg_i}creating install container for server process install_script={wg_tmp}/install.sh server={wg_srv}",
    "{wg_i}running installation script for server in container container_id={wg_cid} server={wg_srv}",
    "{wg_i}completed installation process for server server={wg_srv}",
    "{wg_w}activity process is already running, skipping... cron=activity",
    "{wg_i}finished loading configuration for server server={wg_srv}",
    "{wg_i}sftp server listening for connections listen={wg_listen} public_key={wg_pk}",
)
SLOTS.update({
    "wg_i": _wg_head("INFO"), "wg_env": choice(("docker",)), "wg_w": _wg_head("WARN"), "wg_srv": _wg_srv, "wg_act": choice(("start", "start", "stop", "restart", "kill")), "wg_lock": _wg_uuid1,
    "wg_dur": choice(("30s", "1m0s", "10s", "5m0s")), "wg_step": choice(("stop", "wait")),
    "wg_tmp": lambda r: f"/tmp/pterodactyl/{_wg_srv(r)}", "wg_cid": lambda r: hexs(r, 64),
    "wg_listen": choice(("0.0.0.0:2022", "0.0.0.0:2022", "[::]:2022")), "wg_pk": lambda r: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA" + b62(r, 44),
})
# ---------------------------------------------------------------- overseerr (TypeScript; winston console format hformat on stdout, docker logs:
# "2026-11-26T06:20:12.123Z [info][Plex Scan]: Beginning to process library: Movies {\"lastScan\":1795001234000}" -- the ISO time, "[level]" and "[label]"
# are hformat's; the JSON of the remaining metadata keys is the call's)
_OS_TITLES = ("The Last of Us", "Dune: Part Two", "Severance", "Oppenheimer", "Shōgun", "The Bear", "Inside Out 2", "Arcane", "Fallout", "Andor", "Blue Eye Samurai",
              "Spider-Man: Across the Spider-Verse", "Slow Horses", "Past Lives", "Bluey", "Top Gun: Maverick")
_OS_LIBS = ("Movies", "TV Shows", "4K Movies", "Anime", "Kids TV", "Documentaries")


def _os_head(lvl: str, label: str | None) -> Callable[[R], str]:
    lab = f"[{label}]" if label else ""
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{r.randint(0, 999):03d}Z [{lvl}]{lab}: "


def _os_js(s: str) -> str:
    return s.replace('"', '\\"')


SOURCES["overseerr"] = ("sct/overseerr", "46a9b244efd81e0e70a16a851252114bc2d3c2ca",
                        "server/logger.ts (hformat), server/lib/scanners/baseScanner.ts (log(), default level debug, label = scannerName), server/lib/scanners/plex/index.ts, "
                        "server/job/schedule.ts, server/lib/notifications/index.ts, server/lib/notifications/agents/discord.ts, server/lib/availabilitySync.ts")
SYSTEMS["overseerr"] = (
    "{os_d_plex}Title already exists and no changes detected for {os_title}",
    "{os_d_plex}Updating existing title: {os_title}",
    "{os_i_plex}Media for {os_title} exists. Changes were detected and the title will be updated.",
    "{os_d_plex}Saved new media: {os_title}",
    "{os_d_plex}Detected {small} new standard season(s) for {os_title}",
    "{os_i_plex}Beginning to process recently added for library: {os_lib} {\"lastScan\":{os_ms}}",
    "{os_i_plex}Scan starting {\"sessionId\":\"{uuid}\"}",
    "{os_i_jobs}Starting scheduled job: Plex Recently Added Scan",
    "{os_i_jobs}Starting scheduled job: Download Sync Reset",
    "{os_i_not}Sending notification(s) for {os_ntype} {\"subject\":\"{os_title}\"}",
    "{os_d_not}Sending Discord notification {\"type\":\"{os_ntype}\",\"subject\":\"{os_title}\"}",
    "{os_e_not}Error sending Discord notification {\"type\":\"{os_ntype}\",\"subject\":\"{os_title}\",\"errorMessage\":\"{os_err}\"}",
    "{os_i_av}The non-4K movie [TMDB ID {os_tmdb}] still exists. Preventing removal.",
    "{os_i_plex}Recently Added Scan Complete",
    "{os_e_plex}Failed to process Plex media {\"errorMessage\":\"{os_err}\",\"title\":\"{os_title}\"}",
)
SLOTS.update({
    "os_d_plex": _os_head("debug", "Plex Scan"), "os_i_plex": _os_head("info", "Plex Scan"), "os_e_plex": _os_head("error", "Plex Scan"),
    "os_i_jobs": _os_head("info", "Jobs"), "os_i_not": _os_head("info", "Notifications"), "os_d_not": _os_head("debug", "Notifications"),
    "os_e_not": _os_head("error", "Notifications"), "os_i_av": _os_head("info", "AvailabilitySync"),
    "os_title": choice(_OS_TITLES), "os_lib": choice(_OS_LIBS), "os_ms": lambda r: str(r.randint(1_795_000_000_000, 1_796_000_000_000)),
    "os_ntype": choice(("MEDIA_PENDING", "MEDIA_APPROVED", "MEDIA_AVAILABLE", "MEDIA_FAILED", "MEDIA_DECLINED", "MEDIA_AUTO_APPROVED", "ISSUE_CREATED")),
    "os_err": choice(("Request failed with status code 429", "Request failed with status code 404", "timeout of 10000ms exceeded", "connect ECONNREFUSED 172.18.0.4:32400",
                      "getaddrinfo ENOTFOUND discord.com", "Request failed with status code 401")),
    "os_tmdb": lambda r: str(r.randint(100, 1_300_000)),
})
# ---------------------------------------------------------------- gpsd (C; gpsd_vlog -> syslog when daemonized, collected /var/log/syslog on a GNSS/NTP box:
# "Nov 26 06:20:12 rpi-gps gpsd[812]: gpsd:INFO: CORE: closing /dev/ttyACM0, fd 7" -- "gpsd:INFO: " (errout label and level text) is added by gpsd_vlog)
_GP_HOSTS = ("rpi-gps", "ntp1", "gnss-ref", "boat-nav", "stratum1", "edge-gw1")
_GP_DEVS = ("/dev/ttyACM0", "/dev/ttyAMA0", "/dev/ttyUSB0", "/dev/serial0", "/dev/gps0", "/dev/pps0", "tcp://10.0.5.20:2947", "/dev/ttyS1")
_GP_ERR = (("Connection reset by peer", 104), ("Broken pipe", 32), ("Resource temporarily unavailable", 11), ("Connection timed out", 110), ("No route to host", 113))


def _gp_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"Nov {day(r):2d} {clock(r)} {r.choice(_GP_HOSTS)} gpsd[{r.choice((812, 640, 1203, 977))}]: gpsd:{lvl}: "


def _gp_err(r: R) -> str:
    s, e = r.choice(_GP_ERR)
    return f"{s}({e})"


SOURCES["gpsd"] = ("ntpsec/gpsd", "46977faa8f94eb036ca68c24a3fc0d233732e707",
                   "GitHub mirror of gitlab.com/gpsd/gpsd; gpsd/libgpsd_core.c (gpsd_vlog label:level prefix, deactivate, run_hook), gpsd/gpsd.c, gpsd/net_ntrip.c")
SYSTEMS["gpsd"] = (
    "{gp_i}detach_client({gp_fd}/{gp_ip}) detached (sub {small}d)",
    "{gp_i}CORE: closing {gp_dev}, fd {gp_fd}",
    "{gp_i}<= control({gp_fd}): adding {gp_dev}",
    "{gp_i}<= control({gp_fd}): removing {gp_dev}",
    "{gp_w}client({small}) has vanished.",
    "{gp_i}client({small}) timed out.",
    "{gp_i}client({small}) write: {gp_err}",
    "{gp_i}CORE: running {gp_hook} {gp_dev} {gp_act}",
    "{gp_i}CORE: {gp_hook} returned {gp_rc}",
    "{gp_i}stashing device {gp_dev} at slot {small}",
    "{gp_e}NTRIP: stream read error {gp_err} on fd {gp_fd}",
    "{gp_e}NTRIP: not authorized for {gp_url}",
    "{gp_e}CORE: Client {gp_ip} connect on fd {gp_fd} -no subscriber slots available",
    "{gp_w}NTRIP: Unexpected reply: {gp_reply}.",
)
SLOTS.update({
    "gp_i": _gp_head("INFO"), "gp_w": _gp_head("WARN"), "gp_e": _gp_head("ERROR"),
    "gp_fd": lambda r: str(r.randint(3, 40)), "gp_ip": lambda r: r.choice(("127.0.0.1", "127.0.0.1", "::1", ip4(r))), "gp_dev": choice(_GP_DEVS),
    "gp_err": _gp_err, "gp_hook": choice(("/etc/gpsd/device-hook",)), "gp_act": choice(("ACTIVATE", "DEACTIVATE")), "gp_rc": choice(("0", "0", "1", "127")),
    "gp_url": choice(("ntrip://user:pass@rtk2go.com:2101/MOUNT1", "caster.example.net:2101/RTCM3_GNSS", "ntrip://ntrip.data.gnss.ga.gov.au:2101/ALIC00AUS0",
                      "rtk2go.com:2101/BaseStation42")),
    "gp_reply": choice(("HTTP/1.1 404 Not Found", "ERROR - Bad Password", "HTTP/1.0 503 Service Unavailable", "SOURCETABLE 200 OK", "HTTP/1.1 401 Unauthorized")),
})
# ---------------------------------------------------------------- firefly-iii (PHP; Laravel/Monolog on the container's stdout: the default channel's
# "[2026-11-26 06:20:12] production.INFO: msg" and the audit channel, whose AuditLogger tap formats "[%datetime%] %channel%.%level_name%: %message% %context% %extra%"
# and whose AuditProcessor wraps the message as "AUDIT: <message> (<ip> (<email>) -> <METHOD>:<url>)" -- the date, channel, level, the "AUDIT: " prefix and the
# request trailer are the logger's)
_FF_USERS = ("james@example.com", "anna.k@example.org", "admin@firefly.local", "bob@home.lan", "finance@acme.example", "me@jdoe.net")
_FF_BASE = ("https://firefly.example.com", "https://money.home.lan", "http://192.168.1.20:8080", "https://ff3.jdoe.net")


def _ff_head(lvl: str = "INFO", audit: bool = True) -> Callable[[R], str]:
    def head(r: R) -> str:
        _LINE["ff_audit"] = "1" if audit else ""
        return f"[2026-11-{day(r):02d} {clock(r)}] production.{lvl}: " + ("AUDIT: " if audit else "")
    return head


def _ff_tail(method: str, paths: tuple[str, ...], authed: bool = True) -> Callable[[R], str]:
    def tail(r: R) -> str:
        ip = r.choice(("192.168.1.", "10.0.0.", "172.18.0.")) + str(r.randint(2, 250))
        url = r.choice(_FF_BASE) + r.choice(paths).replace("#", str(r.randint(1, 400)))
        who = f" ({r.choice(_FF_USERS)})" if authed else ""
        return f" ({ip}{who} -> {method}:{url})"
    return tail


SOURCES["firefly-iii"] = ("firefly-iii/firefly-iii", "a95b82b14cb01b6e40491f2a94c53b47b71766e7",
                          "config/logging.php (daily/stdout and audit channels), app/Support/Logging/AuditLogger.php (LineFormatter), app/Support/Logging/AuditProcessor.php (AUDIT wrapper), "
                          "app/Http/Controllers/HomeController.php, app/Http/Controllers/Auth/LoginController.php, app/Http/Controllers/Auth/TwoFactorController.php, "
                          "app/Http/Controllers/Admin/HomeController.php, app/Http/Controllers/Webhooks/*.php, app/Api/V1/Controllers/Webhook/*.php, "
                          "app/Api/V1/Controllers/Models/Recurrence/TriggerController.php, app/Api/V1/Controllers/System/UserController.php")
SYSTEMS["firefly-iii"] = (
    "{ff_a}User visits homepage.{ff_t_home}",
    "{ff_a}User is trying to login using \"{ff_user}\"{ff_t_login}",
    "{ff_a}User \"{ff_user}\" has been logged in.{ff_t_login}",
    "{ff_a}Show login form (1.1).{ff_t_loginget}",
    "{ff_a}MFA failure count is {small}.{ff_t_mfa}",
    "{ff_a}User \"{ff_user}\" has had {small} failed MFA attempts.{ff_t_mfa}",
    "{ff_a}User views webhook #{ff_id}.{ff_t_api}",
    "{ff_a}User views messages of webhook #{ff_id}.{ff_t_api}",
    "{ff_a}User triggers webhook #{ff_id} on transaction group #{ff_id}.{ff_t_apipost}",
    "{ff_a}User destroys webhook #{ff_id}, message #{ff_id}.{ff_t_apidel}",
    "{ff_a}User visits admin index.{ff_t_admin}",
    "{ff_a}User visits webhook index page.{ff_t_wh}",
    "{ff_a}User \"{ff_user}\" has used a backup code. They have {small} backup codes left.{ff_t_mfa}",
    "{ff_i}Trigger: will now fire recurring cron job task for date \"{ff_date}\".",
    "{ff_i}Registered new user {ff_user}",
)
SLOTS.update({
    "ff_a": _ff_head(), "ff_date": lambda r: f"2026-11-{day(r):02d} {r.choice(('00:00:00', '03:00:00', clock(r)))}", "ff_i": _ff_head("INFO", False), "ff_user": choice(_FF_USERS), "ff_id": lambda r: str(r.randint(1, 4000)),
    "ff_t_home": _ff_tail("GET", ("", "/", "/index")), "ff_t_login": _ff_tail("POST", ("/login",), False), "ff_t_loginget": _ff_tail("GET", ("/login",), False),
    "ff_t_mfa": _ff_tail("POST", ("/two-factor/auth",)), "ff_t_api": _ff_tail("GET", ("/api/v1/webhooks/#", "/api/v1/webhooks/#/messages")),
    "ff_t_apipost": _ff_tail("POST", ("/api/v1/webhooks/#/trigger-transaction/#",)), "ff_t_apidel": _ff_tail("DELETE", ("/api/v1/webhooks/#/messages/#",)),
    "ff_t_admin": _ff_tail("GET", ("/admin",)), "ff_t_wh": _ff_tail("GET", ("/webhooks", "/webhooks/index")),
})
# ==== END OF PROGRAMS


SET = GeneratedSet(prefix="u13", seed=SEED, systems=SYSTEMS, sources=SOURCES, slots=SLOTS, line=_LINE)
lines = SET.lines


if __name__ == "__main__":
    SET.main(__doc__)
