"""The UNSEEN10-S9 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py .. loggen_unseen9.py, SOURCES.md of sets 1-9), not in LogHub's 16 and not
in hybridlogparser's HiBench/CTS.

Written 2026-11-26 (session 9) by helper S9-unseen10, kept OUTSIDE the repo (/work/unseen-data10) until the
lead has scored Millpond's miner on it once (secrecy: the miner's tuners share the machine).

    python loggen_unseen10.py --out /work/unseen-data10 -n 2000    # writes u10-<program>.tsv.gz
    python loggen_unseen10.py --verify                             # literal text of every template vs the sources

Ground truth (the rule of loggen_unseen3.py .. loggen_unseen9.py): one format string / log call in the program's
source is one template; whatever the program fills in is a slot, words included.  Text the program's logger adds
around the message (timestamps, levels, pids, module tags, file:line locations, connection ids) comes from header
slots: it is not part of the format string and never decides a label.

Each program names its repository, the commit read, and the source files of its format strings (SOURCES);
``--verify`` checks every literal run of >= 6 characters of every template against the local bare mirror of
that repository (git grep -F at the recorded commit).  Frequencies: every template gets at least MIN_PER lines,
the rest is drawn Zipf-like by the order templates are listed in.
"""

from __future__ import annotations

from collections.abc import Callable

from loggen_kit import HOSTS, R, USERS, b62, base_slots, choice, clock, day, GeneratedSet, hexs, ip4, ip6, num, syslog_head

_LINE: dict[str, str] = {}  # values one line's header chose that its message repeats (same camera, pipeline, peer); reset per line
SEED = 101126  # the set's seed
SLOTS = base_slots()
SYSTEMS: dict[str, tuple[str, ...]] = {}
SOURCES: dict[str, tuple[str, str, str]] = {}  # program: (repository, commit read, files holding the format strings)


_syslog = syslog_head  # the kit's (was a copy here)


# ---------------------------------------------------------------- postgrey (Perl; Net::Server::Multiplex log -> Sys::Syslog ident "postgrey", facility mail; collected syslog file)
_PG_HOSTS = ("mx1", "mx2", "mail01", "mail02", "smtp-in-1.example.net", "relay.corp.example.com", "edge-mx", "mailgw03")
_PG_SYS = _syslog("postgrey", _PG_HOSTS, (1093, 1102, 2207, 2381, 3310, 4017, 5566, 6120))
_PG_DOMS = ("example.com", "example.org", "mail.example.net", "shop.example", "gmail.com", "outlook.com", "corp.example.com", "lists.example.org")


def _pg_qid(r: R) -> str:
    return r.choice(("", "", f"{hexs(r, 10).upper()}: ", f"4{b62(r, 11)}: "))


def _pg_cname(r: R) -> str:
    return r.choice(("unknown", "unknown", f"mail-{r.choice(('ed1', 'wr1', 'yw1', 'oa1'))}-f{r.randint(41, 199)}.google.com",
                     f"mx{r.randint(1, 9)}.{r.choice(_PG_DOMS)}", f"{r.randint(1, 254)}-{r.randint(1, 254)}-{r.randint(1, 254)}.dyn.example.net",
                     f"a{r.randint(1, 48)}-{r.randint(1, 254)}.smtp-out.amazonses.com"))


def _pg_addr(r: R) -> str:
    return r.choice((f"{r.choice(USERS)}@{r.choice(_PG_DOMS)}", f"bounce-{r.randint(10000, 999999)}@{r.choice(_PG_DOMS)}",
                     f"noreply@{r.choice(_PG_DOMS)}", f"{r.choice(USERS)}.{r.choice(USERS)}@{r.choice(_PG_DOMS)}"))


def _pg_tail(r: R) -> str:
    parts = [f"client_name={_pg_cname(r)}", f"client_address={ip4(r)}"]
    if r.random() < 0.93:
        parts.append(f"sender={_pg_addr(r)}")
    parts.append(f"recipient={_pg_addr(r)}")
    return ", ".join(parts)


SOURCES["postgrey"] = ("schweikert/postgrey", "6228bd1757591f15551d366befeaedf3b5bb136c",
                       "postgrey (mylog, mylog_action: 'QID: action=..., reason=..., client_name=..., client_address=..., sender=..., recipient=...')")
SYSTEMS["postgrey"] = (
    "{pg}{pg_qid}action=greylist, reason={pg_why}, {pg_tail}",
    "{pg}{pg_qid}action=pass, reason=triplet found, {pg_tail}",
    "{pg}{pg_qid}action=pass, reason=triplet found, delay={pg_delay}, {pg_tail}",
    "{pg}{pg_qid}action=pass, reason=client whitelist, {pg_tail}",
    "{pg}{pg_qid}action=pass, reason=client AWL, {pg_tail}",
    "{pg}{pg_qid}action=pass, reason=recipient whitelist, {pg_tail}",
    "{pg}whitelisted: {pg_client}",
    "{pg}cleaning up old entries...",
    "{pg}cleaning main database finished. before: {pg_n}, after: {pg_n}",
    "{pg}cleaning clients database finished. before: {pg_n}, after: {pg_n}",
    "{pg}cleaning up old logs...",
    "{pg}rm {pg_log}",
    "{pg}HUP received: reloading whitelists...",
    "{pg}correcting date for first seen in the future!",
    "{pg}ignoring garbage: <{pg_garb}>",
    "{pg}unrecognized request type: '{pg_req}'",
    "{pg}Exiting!",
)
SLOTS.update({
    "pg": _PG_SYS, "pg_qid": _pg_qid, "pg_tail": _pg_tail, "pg_why": lambda r: r.choice(("new", "new", f"early-retry ({r.randint(1, 299)}s missing)")),
    "pg_delay": lambda r: str(r.randint(300, 90000)), "pg_n": lambda r: str(r.randint(200, 250000)),
    "pg_client": lambda r: r.choice((f"{_pg_cname(r)}[{ip4(r)}]", ip4(r))),
    "pg_log": lambda r: f"/var/lib/postgrey/log.{r.randint(1000, 9999):010d}",
    "pg_garb": lambda r: r.choice(("GET / HTTP/1.1", "EHLO scanner.example.net", "\\x16\\x03\\x01\\x02\\x00\\x01", "QUIT", "HELP", f"foo={r.randint(1, 99)}")),
    "pg_req": choice(("smtpd_access_policy2", "junk", "smtp_access_policy", "")),
})
# ---------------------------------------------------------------- statsd (Node.js; lib/logger.js backend stdout: util.log(type + ": " + msg) -> "26 Nov 06:20:12 - DEBUG: msg"; type is the logger's level word)
_SD_MON = "Nov"


def _sd_head(lvl: str | None, pid: bool = False) -> Callable[[R], str]:
    def head(r: R) -> str:
        p = f"[{r.choice((2231, 2240, 9812, 14007, 30112, 511))}] " if pid else ""
        return f"{day(r)} {_SD_MON} {clock(r)} - {lvl + ': ' if lvl else ''}{p}"
    return head


def _sd_metric(r: R) -> str:
    name = r.choice(("api.requests", "web.response_time", "checkout.orders", "db.query.duration", "queue.depth", "worker.jobs.failed", "cache.hit", "login.attempts", "nginx.upstream.latency"))
    kind = r.choice(("c", "c", "ms", "g", "s", "h"))
    val = str(r.randint(0, 5000)) if kind != "ms" else f"{r.uniform(0.1, 3000):.3f}"
    rate = r.choice(("", "", "", "|@0.1", "|@0.5"))
    tags = r.choice(("", "", f"|#env:prod,host:{r.choice(HOSTS)}"))
    return f"{name}:{val}|{kind}{rate}{tags}"


def _sd_bad(r: R) -> str:
    m = r.choice(("foo.bar:1|x", "web.hits:|c", "garbage", "app.latency:12.5|ms|@", "gauge.x:abc|g", "temperature:-|g"))
    return m


def _sd_err(r: R) -> str:
    a = f"{r.choice(('10.0.0.5', '10.1.4.20', '127.0.0.1', '192.168.1.30'))}:2003"
    return r.choice((f"Error: connect ECONNREFUSED {a}", f"Error: connect ETIMEDOUT {a}", "Error: read ECONNRESET", "Error: write EPIPE",
                     f"Error: getaddrinfo ENOTFOUND {r.choice(('graphite', 'graphite.internal', 'carbon-relay'))}"))


SOURCES["statsd"] = ("statsd/statsd", "f7157b880631152569b04d626f631b60eec366f8",
                     "lib/logger.js (util.log(type + ': ' + msg)), stats.js, proxy.js, lib/config.js, lib/process_mgmt.js, backends/graphite.js, backends/repeater.js")
SYSTEMS["statsd"] = (
    "{sd_d}{sd_metric}",
    "{sd_d}numStats: {sd_num}",
    "{sd_d}{sd_err}",
    "{sd_d}Bad line: {sd_fields} in msg \"{sd_bad}\"",
    "{sd_d}Loading backend: {sd_backend}",
    "{sd_e}Failed to load backend: {sd_backend}",
    "{sd_d}Loading server: {sd_server}",
    "{sd_n}server is up INFO",
    "{sd_n}[{sd_pid}] reading config file: {sd_conf}",
    "{sd_w}MGMT: Caught {sd_mgmt}, Moving on",
    "{sd_d}Repeater error: {sd_err}",
    "{sd_d}Failed to read stats for backend {sd_bk}: {sd_rerr}",
    "{sd_n}Starting Final Flush",
    "{sd_pi}worker {pid} is online",
    "{sd_pe}worker {pid} died with exit code:{sd_code} restarting",
    "{sd_pw}Adding node {sd_node} to the ring.",
    "{sd_pw}Removing node {sd_node} from the ring.",
)
SLOTS.update({
    "sd_d": _sd_head("DEBUG"), "sd_e": _sd_head("ERROR"), "sd_w": _sd_head("WARNING"), "sd_n": _sd_head(None),
    "sd_pi": _sd_head("INFO", True), "sd_pe": _sd_head("ERROR", True), "sd_pw": _sd_head("WARNING", True),
    "sd_metric": _sd_metric, "sd_num": lambda r: str(r.randint(4, 4000)), "sd_err": _sd_err, "sd_bad": _sd_bad,
    "sd_fields": lambda r: r.choice(("1,x", ",c", "", "12.5,ms,@", "abc,g", "-,g")),
    "sd_backend": choice(("./backends/graphite", "./backends/graphite", "./backends/console", "./backends/repeater", "statsd-influxdb-backend", "statsd-librato-backend", "@statsd/prometheus-backend")),
    "sd_server": choice(("./servers/udp", "./servers/udp", "./servers/tcp")), "sd_pid": num(300, 40000),
    "sd_conf": choice(("/etc/statsd/localConfig.js", "/etc/statsd/config.js", "config.js", "/opt/statsd/exampleConfig.js")),
    "sd_mgmt": lambda r: r.choice(("Error: read ECONNRESET", "Error: write EPIPE", "Error: This socket has been ended by the other party")),
    "sd_bk": choice(("graphite", "console", "repeater")), "sd_rerr": choice(("Error: not connected", "TypeError: Cannot read properties of undefined (reading 'last_flush')")),
    "sd_code": choice(("1", "1", "0", "null", "134")), "sd_node": lambda r: f"{r.choice(('10.0.3.11', '10.0.3.12', '10.0.3.13', 'statsd-a', 'statsd-b'))}:{r.choice((8125, 8125, 8126))}",
})
# ---------------------------------------------------------------- headscale (Go; zerolog ConsoleWriter{TimeFormat: RFC3339, NoColor}: "2026-11-26T06:20:12Z INF msg error=... k=v" — fields sorted, error first; journald/stderr)
def _hs_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)}Z {lvl} "


_HS_NODES = ("laptop-alice", "bobs-macbook", "pixel-8", "nas", "k8s-worker-5", "gw-office", "raspberrypi", "carol-desktop", "iphone-15", "build-07", "homeassistant", "exit-node-fra")


def _hs_key(r: R) -> str:
    return "[" + b62(r, 4) + r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "]"


def _hs_node(r: R) -> str:
    tagged = r.random() < 0.25
    out = [f"machine.key={_hs_key(r)}", f"node.expired={r.choice(('false', 'false', 'false', 'true'))}", f"node.id={r.randint(1, 240)}",
           f"node.is_tagged={'true' if tagged else 'false'}", f"node.key={_hs_key(r)}", f"node.name={r.choice(_HS_NODES)}"]
    if r.random() < 0.7:
        out.append(f"node.online={r.choice(('true', 'false'))}")
    if tagged:
        out.append("node.tags=" + r.choice(('["tag:server"]', '["tag:k8s","tag:prod"]', '["tag:exit"]')))
    else:
        out.append(f"user.name={r.choice(USERS)}")
    return " ".join(out)


def _hs_err(r: R) -> str:
    e = r.choice(("context deadline exceeded", "database is locked", f"dial tcp {ip4(r)}:443: i/o timeout", "record not found",
                  "sql: database is closed", f"Get \\\"https://controlplane.tailscale.com/derpmap/default\\\": dial tcp: lookup controlplane.tailscale.com: no such host"))
    return f'"{e}"' if (" " in e or '"' in e) else e


def _hs_authid(r: R) -> str:
    return b62(r, 24)


SOURCES["headscale"] = ("juanfont/headscale", "f20f1f127842c74dd5f6e10254307b65b1aee936",
                        "cmd/headscale/headscale.go (ConsoleWriter RFC3339), hscontrol/app.go, hscontrol/auth.go, hscontrol/state/state.go, hscontrol/types/node.go (node fields), hscontrol/handlers.go, hscontrol/derp/server/derp_server.go, hscontrol/types/config.go")
SYSTEMS["headscale"] = (
    "{hs_i}node connected {hs_node}",
    "{hs_i}node disconnected {hs_node}",
    "{hs_i}starting node registration using auth id: {hs_authid}",
    "{hs_e}user msg: {hs_umsg} error={hs_err} code={hs_code}",
    "{hs_i}fetching DERPMap updates",
    "{hs_i}new followup node registration using auth id: {hs_authid}",
    "{hs_e}failed to update last seen in database error={hs_err} {hs_node}",
    "{hs_i}user created user.name={user}",
    "{hs_i}reaped revoked pre-auth keys count={small}",
    "{hs_e}failed to build new DERPMap, retrying later error={hs_err}",
    "{hs_e}http internal server error error={hs_err} code=500",
    "{hs_e}acme request failed error={hs_err} url={hs_acme}",
    "{hs_i}starting headscale commit={hs_commit} version={hs_ver}",
    "{hs_i}stun server started at {hs_stun}",
    "{hs_w}failed to set up OIDC provider, falling back to CLI based authentication error={hs_err}",
    "{hs_i}no private key file at path, creating... path={hs_path}",
    "{hs_w}listening without TLS but ServerURL does not start with http://",
)
SLOTS.update({
    "hs_i": _hs_head("INF"), "hs_w": _hs_head("WRN"), "hs_e": _hs_head("ERR"), "hs_node": _hs_node, "hs_err": _hs_err, "hs_authid": _hs_authid,
    "hs_umsg": choice(("Unauthorized", "node not found", "invalid registration ID", "Bad Request", "auth session expired")), "hs_code": choice(("401", "404", "400", "410")),
    "hs_acme": lambda r: "https://acme-v02.api.letsencrypt.org/acme/" + r.choice(("new-order", f"order/{r.randint(100000, 999999)}/{r.randint(10**9, 10**10)}", f"chall/{r.randint(100000, 999999)}/{b62(r, 6)}")),
    "hs_commit": lambda r: hexs(r, 7), "hs_ver": choice(("0.27.1", "0.27.0", "0.26.1", "0.28.0-beta.1")), "hs_stun": choice(("[::]:3478", "0.0.0.0:3478", "[::]:3478")),
    "hs_path": choice(("/var/lib/headscale/noise_private.key", "/var/lib/headscale/derp_server_private.key", "/etc/headscale/noise_private.key")),
})
# ---------------------------------------------------------------- blocky (Go; logrus + x-cray prefixed TextFormatter, TimestampFormat "2006-01-02 15:04:05", no colours: "[ts]  INFO prefix: msg k=v"; level %5s)
def _bl_head(lvl: str, prefix: str) -> Callable[[R], str]:
    return lambda r: f"[2026-11-{day(r):02d} {clock(r)}] {lvl:>5} {prefix}: "


_BL_DOMS = ("www.google.com", "api.github.com", "connectivitycheck.gstatic.com", "graph.facebook.com", "ads.doubleclick.net", "time.apple.com", "update.googleapis.com",
            "telemetry.microsoft.com", "cdn.jsdelivr.net", "s3.eu-central-1.amazonaws.com", "nas.home.lan", "printer.lan", "tracking.example-ads.com", "mqtt.home.lan")
_BL_LISTS = ("https://raw.githubusercontent.com/StevenBlack/hosts/master/hosts", "https://big.oisd.nl/domainswild", "https://adaway.org/hosts.txt",
             "https://v.firebog.net/hosts/Easyprivacy.txt", "https://someonewhocares.org/hosts/zero/hosts", "/etc/blocky/allow.txt")


def _bl_query(r: R) -> str:
    dom = r.choice(_BL_DOMS)
    qt = r.choice(("A", "A", "AAAA", "HTTPS", "A", "PTR"))
    kind = r.choice(("CACHED", "RESOLVED", "RESOLVED", "BLOCKED"))
    f = {}
    if kind == "BLOCKED":
        f["answer"] = r.choice(("A (0.0.0.0)", "AAAA (::)"))
        reason = f"BLOCKED ({r.choice(('ads', 'ads', 'tracking', 'malware'))})"
        code = "NOERROR"
    else:
        code = r.choice(("NOERROR", "NOERROR", "NOERROR", "NXDOMAIN"))
        if code == "NOERROR":
            f["answer"] = r.choice((f"A ({ip4(r)})", f"AAAA ({ip6(r)})", f"CNAME ({dom}.cdn.cloudflare.net.), A ({ip4(r)})"))
        reason = "CACHED" if kind == "CACHED" else f"RESOLVED ({r.choice(('tcp+udp:1.1.1.1', 'tcp+udp:9.9.9.9', 'https://dns.quad9.net/dns-query', 'tcp-tls:1.0.0.1:853'))})"
    f["client_ip"] = f"192.168.{r.choice((1, 1, 178))}.{r.randint(2, 254)}"
    if r.random() < 0.6:
        f["client_names"] = r.choice(("laptop", "pixel-8", "tv.lan", "iphone", "nas", "printer"))
    if kind != "CACHED":
        f["duration_ms"] = str(r.randint(1, 400))
    f["instance"] = r.choice(("blocky", "dns-1", "pi-dns"))
    f["question_name"] = dom
    f["question_type"] = qt
    f["response_code"] = code
    f["response_reason"] = reason
    f["response_type"] = kind
    return " ".join(f"{k}={v}" for k, v in sorted(f.items()))


def _bl_dlerr(r: R) -> str:
    return r.choice((f"Get \"{r.choice(_BL_LISTS[:5])}\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)", "got status code 404", "got status code 503",
                     f"Get \"{r.choice(_BL_LISTS[:5])}\": dial tcp {ip4(r)}:443: connect: connection refused"))


SOURCES["blocky"] = ("0xERR0R/blocky", "6eb8f467bd8d61f23da0b09b4d0322d11fbd2c87",
                     "log/logger.go (prefixed TextFormatter), querylog/logger_writer.go, lists/list_cache.go, lists/downloader.go, server/server.go, resolver/*.go, redis/pubsub.go")
SYSTEMS["blocky"] = (
    "{bl_q}query resolved {bl_query}",
    "{bl_li}group import finished group={bl_grp} total_count={bl_n}",
    "{bl_li}{bl_grp}: {bl_n} entries",
    "{bl_li}TOTAL: {bl_n} entries",
    "{bl_lw}Can't download file: {bl_dlerr} attempt={bl_att} link={bl_list}",
    "{bl_lw}Name resolution err: no such host attempt={bl_att} link={bl_list}",
    "{bl_lw}Temporary network err / Timeout occurred: {bl_dlerr} attempt={bl_att} link={bl_list}",
    "{bl_lw}Populating of group cache failed, using existing cache, if any group={bl_grp} total_count={bl_n}",
    "{bl_lw}parse error: {bl_perr}, trying to continue count={bl_n} source={bl_list}",
    "{bl_si}{bl_proto} server is up and running on addr/port {bl_addr}",
    "{bl_si}{bl_net} server is up and running on address {bl_dns}",
    "{bl_si}Starting server",
    "{bl_si}Stopping server",
    "{bl_b}disable blocking for {bl_dur} for group(s) '{bl_grp}'",
    "{bl_b}blocking enabled again",
    "{bl_rw}Redis pub/sub channel closed unexpectedly, attempting to reconnect",
    "{bl_ri}Redis pub/sub reconnected successfully",
)
SLOTS.update({
    "bl_q": _bl_head("INFO", "queryLog"), "bl_li": _bl_head("INFO", "list_cache"), "bl_lw": _bl_head("WARNING", "list_cache"), "bl_si": _bl_head("INFO", "server"),
    "bl_b": lambda r: f"[2026-11-{day(r):02d} {clock(r)}]  INFO ", "bl_rw": _bl_head("WARNING", "redis-event-bridge"), "bl_ri": _bl_head("INFO", "redis-event-bridge"),
    "bl_query": _bl_query, "bl_grp": choice(("ads", "ads", "tracking", "malware", "kids", "allow")), "bl_n": lambda r: str(r.randint(12, 1_400_000)),
    "bl_dlerr": _bl_dlerr, "bl_att": lambda r: f"{r.randint(1, 3)}/3", "bl_list": choice(_BL_LISTS),
    "bl_perr": lambda r: f"line {r.randint(1, 90000)}: {r.choice(('wrong host name', 'invalid IP', 'too many fields'))}",
    "bl_proto": choice(("http", "http", "https", "http3")), "bl_addr": lambda r: r.choice(("[::]:4000", "[::]:4000", "127.0.0.1:4000", "[::]:443", "0.0.0.0:8080")),
    "bl_net": choice(("UDP", "TCP", "TCP")), "bl_dns": choice((":53", "[::]:53", "0.0.0.0:53", "192.168.1.2:53")),
    "bl_dur": choice(("5m0s", "10m0s", "1h0m0s", "30s", "2m0s")),
})
# ---------------------------------------------------------------- cloudflared (Go; logger/create.go zerolog.ConsoleWriter TimeFormat RFC3339, no colour: "2026-11-26T06:20:12Z INF msg error=... k=v", fields sorted, error first)
_CF_EDGE = ("198.41.192.7", "198.41.192.27", "198.41.192.67", "198.41.200.13", "198.41.200.33", "198.41.200.63", "198.41.192.227", "198.41.200.193")
_CF_LOCS = ("ams08", "fra08", "fra10", "lhr01", "cdg04", "ord02", "iad11", "sjc07", "nrt02", "waw01", "arn02")


def _cf_conn(r: R) -> str:
    return f"connIndex={r.randint(0, 3)} event=0 ip={r.choice(_CF_EDGE)}"


def _cf_err(r: R) -> str:
    e = r.choice(("timeout: no recent network activity", "context canceled", "failed to dial to edge with quic: timeout: handshake did not complete in time",
                  "connection with edge closed", "control stream encountered a failure while serving", "Application error 0x0 (remote)",
                  f"DialContext error: dial tcp {r.choice(_CF_EDGE)}:7844: connect: connection refused", "TLS handshake with edge error: read tcp: connection reset by peer"))
    return f'"{e}"'


def _cf_origin(r: R) -> str:
    return r.choice(("http://localhost:8080", "http://localhost:3000", "http://127.0.0.1:8123", "https://localhost:8443", "http://grafana:3000", "http://10.0.0.20:80", "ssh://localhost:22"))


def _cf_reqerr(r: R) -> str:
    o = _LINE.setdefault("cf_origin", _cf_origin(r)).split("://")[1]
    host = o if ":" in o else o + ":80"
    if host.startswith("localhost"):
        host = r.choice(("127.0.0.1", "[::1]")) + host[9:]
    e = r.choice((f"dial tcp {host}: connect: connection refused", f"dial tcp {host}: i/o timeout", "context canceled", "EOF",
                  f"dial tcp: lookup {o.split(':')[0]} on 127.0.0.11:53: no such host"))
    return f'"Unable to reach the origin service. The service may be down or it may not be responding to traffic from cloudflared: {e}"'


SOURCES["cloudflared"] = ("cloudflare/cloudflared", "d1df7985bdf189c4caf34e290bafbf8f411e603b",
                          "logger/create.go (ConsoleWriter), connection/observer.go, supervisor/supervisor.go, supervisor/tunnel.go, orchestration/orchestrator.go, metrics/metrics.go, proxy/logger.go, proxy/proxy.go, cmd/cloudflared/tunnel/*.go, connection/quic_connection.go")
SYSTEMS["cloudflared"] = (
    "{cf_e} error={cf_reqerr} cfRay={cf_ray} event=1 ingressRule={cf_rule} originService={cf_origin}",
    "{cf_i}Registered tunnel connection connIndex={cf_ci} connection={uuid} event=0 ip={cf_ip} location={cf_loc} protocol={cf_proto}",
    "{cf_e}Connection terminated error={cf_err} connIndex={cf_ci}",
    "{cf_i}Retrying connection in up to {cf_retry} {cf_conn}",
    "{cf_e}Serve tunnel error error={cf_err} {cf_conn}",
    "{cf_i}Updated to new configuration config={cf_cfg} version={cf_ver}",
    "{cf_e}Request failed error={cf_err} {cf_rconn} dest={cf_dest} event=0 ip={cf_ip} type={cf_type}",
    "{cf_i}Tunnel connection curve preferences: {cf_curves} {cf_conn}",
    "{cf_i}Starting metrics server on {cf_metrics}/metrics",
    "{cf_i}Generated Connector ID: {uuid}",
    "{cf_i}Initial protocol {cf_proto}",
    "{cf_i}Starting tunnel tunnelID={uuid}",
    "{cf_i}Initiating graceful shutdown due to signal {cf_sig} ...",
    "{cf_i}Switching to fallback protocol {cf_fb} {cf_conn}",
    "{cf_i}ICMP proxy will use {cf_src} as source for IPv4",
    "{cf_e}Unable to establish connection with Cloudflare edge error={cf_err} {cf_conn}",
    "{cf_w}Too many concurrent flows being handled, rejecting tcp proxy",
)
SLOTS.update({
    "cf_i": lambda r: f"2026-11-{day(r):02d}T{clock(r)}Z INF ", "cf_w": lambda r: f"2026-11-{day(r):02d}T{clock(r)}Z WRN ",
    "cf_e": lambda r: f"2026-11-{day(r):02d}T{clock(r)}Z ERR ", "cf_conn": _cf_conn, "cf_err": _cf_err, "cf_reqerr": _cf_reqerr,
    "cf_origin": lambda r: _LINE.setdefault("cf_origin", _cf_origin(r)), "cf_ray": lambda r: f"{hexs(r, 16)}-{r.choice(_CF_LOCS)[:3].upper()}",
    "cf_rule": choice(("0", "0", "1", "2", "3")), "cf_ci": lambda r: str(r.randint(0, 3)), "cf_ip": choice(_CF_EDGE), "cf_loc": choice(_CF_LOCS),
    "cf_proto": choice(("quic", "quic", "quic", "http2")), "cf_fb": choice(("http2",)), "cf_retry": choice(("1s", "2s", "4s", "8s", "16s", "32s", "1m4s")),
    "cf_cfg": lambda r: '"{\\"ingress\\":[{\\"hostname\\":\\"' + r.choice(("app", "grafana", "ha", "git")) + '.example.com\\",\\"service\\":\\"' + r.choice(("http://localhost:8080", "http://192.168.1.20:8123")) + '\\"},{\\"service\\":\\"http_status:404\\"}],\\"warp-routing\\":{\\"enabled\\":false}}"',
    "cf_ver": lambda r: str(r.randint(1, 60)), "cf_rconn": lambda r: f"connIndex={r.randint(0, 3)}", "cf_dest": lambda r: f"https://{r.choice(('app', 'grafana', 'ha', 'git'))}.example.com/{r.choice(('', 'api/v1/health', 'login', 'api/states', 'static/app.js'))}",
    "cf_type": choice(("http", "http", "websocket", "tcp")), "cf_curves": choice(("[X25519MLKEM768 CurveP256]", "[CurveP256]", "[CurveID(4588) CurveP256]")),
    "cf_metrics": choice(("127.0.0.1:20241", "127.0.0.1:20242", "[::]:2000", "0.0.0.0:60123")), "cf_sig": choice(("terminated", "interrupt", "terminated")),
    "cf_src": lambda r: r.choice(("0.0.0.0", ip4(r))),
})
# ---------------------------------------------------------------- varnishd (C; bin/varnishd/mgt/mgt_util.c MGT_Complain -> syslog(sf, "%s"); collected syslog file "varnishd[pid]: msg"; the manager's relay "Child (pid) said " is header text before the child's own printf)
_VA_HOSTS = ("cache01", "cache02", "varnish-a", "varnish-b", "edge-cache-fra1", "edge-cache-ams2", "web-front-3.prod.example.net", "vcache")
_VA_SYS = _syslog("varnishd", _VA_HOSTS, (811, 902, 1187, 1433, 2270, 3124))


def _va_said(r: R) -> str:
    return f"{_VA_SYS(r)}Child ({r.randint(900, 99999)}) said "


def _va_ident(r: R) -> str:
    return f"telnet 127.0.0.1 {r.randint(32768, 60999)} 127.0.0.1 6082" if r.random() < 0.8 else f"telnet {ip4(r)} {r.randint(32768, 60999)} {r.choice(('127.0.0.1', '10.0.0.5'))} 6082"


def _va_vcl(r: R) -> str:
    return r.choice((f"reload_2026-11-{day(r):02d}T{clock(r)}", f"varnish_{r.randint(1, 99):02d}", f"vcl-{hexs(r, 8)}", "boot"))


def _va_rd(r: R) -> str:
    _LINE["va_vcl"] = v = _va_vcl(r)
    return r.choice(("ping", "ping", "ping", "ping", f"vcl.load {v} /etc/varnish/default.vcl", f"vcl.use {v}", "vcl.list", "backend.list", f"vcl.discard {v}",
                     f"ban req.http.host == {r.choice(('www.example.com', 'shop.example.com', 'api.example.com'))} && req.url ~ ^/{r.choice(('static', 'img', 'api/v1/products'))}",
                     "param.show default_ttl", "status", "panic.show"))


def _va_wr(r: R) -> str:
    v = _LINE.get("va_vcl") or _va_vcl(r)
    return r.choice((f"200 PONG {r.randint(1_764_000_000, 1_764_300_000)} 1.0", f"200 PONG {r.randint(1_764_000_000, 1_764_300_000)} 1.0", "200 VCL compiled.",
                     f"200 VCL '{v}' now active", "200 ", "300 Child has not panicked or panic has been cleared", f"106 Message from VCC-compiler:\\nExpected ';' got '}}'"))


SOURCES["varnishd"] = ("varnishcache/varnish-cache", "27d2ce15b20b94d0a5e452b0d5c29c3145d00b6a",
                       "bin/varnishd/mgt/mgt_util.c (MGT_Complain -> syslog), bin/varnishd/mgt/mgt_child.c, bin/varnishd/mgt/mgt_cli.c, bin/varnishd/mgt/mgt_main.c, bin/varnishd/cache/cache_main.c, bin/varnishd/storage/storage_file.c")
SYSTEMS["varnishd"] = (
    "{va}CLI {va_ident} Rd {va_rd}",
    "{va}CLI {va_ident} Wr {va_wr}",
    "{va}Child ({va_pid}) Started",
    "{va_said}Child dies",
    "{va}Child ({va_pid}) {va_died}",
    "{va}Child ({va_pid}) not responding to CLI, killed it.",
    "{va}Unexpected reply from ping: {va_pst} {va_pr}",
    "{va}Manager got {va_sig} from PID {va_spid}",
    "{va}Stopping Child",
    "{va}Child cleanup complete",
    "{va}manager stopping child",
    "{va}manager dies",
    "{va}Version: varnish-{va_ver} revision {va_rev}",
    "{va}Platform: Linux,{va_kern},x86_64,-junix,{va_stor},-sdefault,-hcritbit",
    "{va_said}SMF.{va_smf} mmap'ed {va_bytes} bytes of {va_bytes}",
    "{va}CLI Authentication failure from {va_ident}",
    "{va}Child ({va_pid}) not dying (waitpid = {va_pid}), killing",
)
SLOTS.update({
    "va": _VA_SYS, "va_said": _va_said, "va_ident": _va_ident, "va_rd": _va_rd, "va_wr": _va_wr, "va_pid": lambda r: str(r.randint(900, 99999)),
    "va_died": lambda r: r.choice(("ended", "died signal=6 (core dumped)", "died signal=11 (core dumped)", "died signal=9", "died status=1", "died signal=6")),
    "va_pst": choice(("400", "101", "400")), "va_pr": choice(("CLI communication error (hdr)", "Unknown request.", "CLI communication error")),
    "va_sig": choice(("SIGTERM", "SIGTERM", "SIGINT")), "va_spid": choice(("1", "1", "1", "4421", "28871")),
    "va_ver": choice(("7.6.1", "7.5.0", "7.7.0", "6.0.13")), "va_rev": lambda r: hexs(r, 40),
    "va_kern": choice(("6.1.0-27-amd64", "5.15.0-126-generic", "6.8.0-49-generic", "4.18.0-553.el8_10.x86_64")), "va_stor": choice(("-smalloc", "-sfile", "-smalloc")),
    "va_smf": choice(("s0", "s0", "disk", "cache1")), "va_bytes": choice(("1073741824", "10737418240", "53687091200", "2147483648")),
})
# ---------------------------------------------------------------- ganesha.nfsd (C; src/log/log_functions.c default file layout "%d/%m/%Y %H:%M:%S : epoch %08lx : host : prog-pid[thread] func :COMP :LEVEL :msg"; /var/log/ganesha/ganesha.log)
_GN_HOSTS = ("nfs01", "nfs02", "nfs-ha-a", "nfs-ha-b", "storage-gw-1.prod.example.net", "cephfs-nfs-0", "fs02", "nas")


def _gn_head(thread: str, func: str, comp: str, lvl: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        h = r.choice(_GN_HOSTS)
        ep = _LINE.setdefault("gn_ep", f"{r.randint(0x67000000, 0x692fffff):08x}")
        th = thread if thread != "svc" else f"svc_{r.randint(1, 64)}"
        return f"{day(r):02d}/11/2026 {clock(r)} : epoch {ep} : {h} : ganesha.nfsd-{r.choice((712, 1043, 1187, 2290, 31544))}[{th}] {func} :{comp} :{lvl} :"
    return head


SOURCES["ganesha.nfsd"] = ("nfs-ganesha/nfs-ganesha", "c9ff03bb11397d525e8b768772a2a26b84628796",
                           "src/log/log_functions.c (header layout, component strings), src/MainNFSD/nfs_init.c, src/MainNFSD/nfs_main.c, src/MainNFSD/nfs_admin_thread.c, src/SAL/nfs4_recovery.c, src/FSAL/commonlib.c, src/FSAL/fsal_destroyer.c")
SYSTEMS["ganesha.nfsd"] = (
    "{gn_health}Health status is unhealthy. enq new: {gn_q}, old: {gn_q}; deq new: {gn_q}, old: {gn_q}",
    "{gn_fd}FD Hard Limit ({gn_lim}) Exceeded (fsal_fd_global_counter = {gn_open}), waking LRU thread.",
    "{gn_in}NFS Server Now IN GRACE, duration {gn_grace}",
    "{gn_out}NFS Server Now NOT IN GRACE",
    "{gn_fut}Futility count exceeded.  Client load is opening FDs faster than the LRU thread can close them. current_open = {gn_open}, former_open = {gn_open}",
    "{gn_start}ganesha.nfsd Starting: Ganesha Version {gn_ver}",
    "{gn_conf}Configuration file successfully parsed",
    "{gn_idm}Initializing ID Mapper.",
    "{gn_idm}ID Mapper successfully initialized.",
    "{gn_reap}reaper thread was started successfully",
    "{gn_init}             NFS SERVER INITIALIZED",
    "{gn_adm}Admin thread initialized",
    "{gn_stop}Stopping reaper threads",
    "{gn_rsd}Reaper thread shut down.",
    "{gn_fsal}Shutting down handles for FSAL {gn_fsn}",
    "{gn_fsal}Shutting down exports for FSAL {gn_fsn}",
    "{gn_gl}NFS Server GRACE duration should at least match LEASE period. Current configured values are GRACE({gn_g}), LEASE({gn_l})",
)
SLOTS.update({
    "gn_health": _gn_head("dbus_heartbeat", "nfs_health", "DBUS", "WARN"), "gn_fd": _gn_head("svc", "cant_reopen", "FSAL", "CRIT"),
    "gn_in": _gn_head("main", "nfs_start_grace", "STATE", "EVENT"), "gn_out": _gn_head("reaper", "nfs_lift_grace_locked", "STATE", "EVENT"),
    "gn_fut": _gn_head("cache_lru", "fd_lru_run", "FSAL", "WARN"), "gn_start": _gn_head("main", "main", "MAIN", "EVENT"),
    "gn_conf": _gn_head("main", "nfs_set_param_from_conf", "NFS STARTUP", "EVENT"), "gn_idm": _gn_head("main", "init_server_pkgs", "NFS STARTUP", "EVENT"),
    "gn_reap": _gn_head("main", "nfs_Start_threads", "THREAD", "EVENT"), "gn_init": _gn_head("main", "nfs_start", "NFS STARTUP", "EVENT"),
    "gn_adm": _gn_head("main", "nfs_Init_admin_thread", "NFS CB", "EVENT"), "gn_stop": _gn_head("Admin", "do_shutdown", "MAIN", "EVENT"),
    "gn_rsd": _gn_head("Admin", "do_shutdown", "THREAD", "EVENT"), "gn_fsal": _gn_head("Admin", "destroy_fsals", "FSAL", "EVENT"),
    "gn_gl": _gn_head("main", "nfs_start_grace", "STATE", "WARN"),
    "gn_q": lambda r: str(r.randint(10_000, 90_000_000)), "gn_lim": choice(("4055", "1048576", "65536", "16384")), "gn_open": lambda r: str(r.randint(3000, 1_100_000)),
    "gn_grace": choice(("90", "90", "60", "120")), "gn_ver": choice(("6.0", "5.9", "6.2", "5.7")), "gn_fsn": choice(("MDCACHE", "VFS", "CEPH", "GLUSTER", "PSEUDO", "RGW")),
    "gn_g": choice(("40", "30")), "gn_l": choice(("60", "90")),
})
# ---------------------------------------------------------------- i2pd (C++; libi2pd/Log.cpp file destination: "%H:%M:%S@tid/level - text", tid = thread-id hash % 1000; /var/log/i2pd/i2pd.log)
def _i2_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"{clock(r)}@{r.choice((83, 147, 297, 402, 518, 644, 731, 903, 966))}/{lvl} - "


def _i2_b64(r: R) -> str:
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-~") for _ in range(43)) + "="


def _i2_b32(r: R) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(52))


_I2_EC = ("End of file", "Connection reset by peer", "Operation canceled", "Connection refused", "Connection timed out", "Network is unreachable", "No route to host", "Broken pipe")


SOURCES["i2pd"] = ("PurpleI2P/i2pd", "59b50e7c57d0d90b5d2d651198d239ba6ce93f39",
                   "libi2pd/Log.cpp (file layout, level names), libi2pd/NTCP2.cpp, libi2pd/SSU2.cpp, libi2pd/Garlic.cpp, libi2pd/ECIESX25519AEADRatchetSession.cpp, libi2pd/NetDb.cpp, libi2pd/NetDbRequests.cpp, libi2pd/Destination.cpp, libi2pd/Streaming.cpp, libi2pd/Reseed.cpp, daemon/Daemon.cpp")
SYSTEMS["i2pd"] = (
    "{i2w}NTCP2: SessionRequest padding read error: {i2_ec}",
    "{i2w}Garlic: Payload section AEAD decryption failed",
    "{i2w}NetDbReq: {i2_b64} not found after 5 attempts",
    "{i2w}Streaming: limit of unacknowledged packets has been reached, terminate, rSID={i2_sid}, sSID={i2_sid}",
    "{i2w}Destination: Publish confirmation was not received in 1800 milliseconds or failed. will try again",
    "{i2w}NetDb: Duplicated RouterInfo {i2_b64}",
    "{i2w}Garlic: Incoming sessions come too often",
    "{i2e}Streaming: No outbound tunnels in the pool, sSID={i2_sid}",
    "{i2w}Destination: {i2_b64} was not found within 12000 seconds",
    "{i2e}Garlic: Can't handle ECIES-X25519-AEAD-Ratchet message",
    "{i2w}NTCP2: Couldn't send SessionRequest message: {i2_ec}",
    "{i2e}NTCP2: Incoming connection from invalid IP {i2_ip}",
    "{i2w}NetDb: Unpublished or expired or future LeaseSet2 received: {i2_b32}",
    "{i2e}SSU2: Receive error: code {i2_code}: {i2_ec}",
    "{i2e}Reseed: Couldn't connect to {i2_reseed}: {i2_ec}",
    "{i2w}Reseed: Failed to reseed from servers after 10 attempts",
    "{i2w}SSU2: HolePunch address {ip} doesn't match RelayResponse {ip}",
)
SLOTS.update({
    "i2w": _i2_head("warn"), "i2e": _i2_head("error"), "i2_ec": choice(_I2_EC), "i2_b64": _i2_b64, "i2_b32": _i2_b32,
    "i2_sid": lambda r: str(r.randint(1, 4_294_967_295)), "i2_ip": lambda r: r.choice(("10.0.0.1", "192.168.1.1", "127.0.0.1", "0.0.0.0", "172.16.5.4", "100.64.0.9")),
    "i2_code": choice(("104", "111", "113", "125", "90")),
    "i2_reseed": choice(("reseed.i2p-projekt.de", "reseed2.i2p.net", "i2p.novg.net", "reseed-fr.i2pd.xyz", "reseed.memcpy.io", "banana.incognet.io")),
})
# ---------------------------------------------------------------- rocketmq-broker (Java; broker/src/main/resources/rmq.broker.logback.xml broker.log pattern "%d{yyy-MM-dd HH:mm:ss,GMT+8} %p %t - %m%n")
def _rm_head(lvl: str, threads: tuple[str, ...]) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)} {lvl} {r.choice(threads).replace('#', str(r.randint(1, 16)))} - "


_RM_CM = ("ClientManageThread_#",)
_RM_SCHED = ("BrokerControllerScheduledThread1", "BrokerControllerScheduledThread1", "BrokerControllerScheduledThread#")
_RM_GROUPS = ("order-consumer-group", "payment_cg", "CID_RMQ_SYS_TRANS", "inventory-sync", "notify-consumer", "GID_billing", "analytics-etl", "PG_order_producer", "please_rename_unique_group_name")
_RM_TOPICS = ("OrderTopic", "PaymentEvents", "TopicTest", "inventory_changed", "user-notify", "%RETRY%order-consumer-group", "RMQ_SYS_TRANS_HALF_TOPIC", "billing.invoice.created")


def _rm_cci(r: R) -> str:
    cip = f"10.{r.randint(0, 9)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    return (f"ClientChannelInfo [channel=[id: 0x{hexs(r, 8)}, L:/{r.choice(('10.0.3.11', '10.0.3.12', '10.0.3.13'))}:10911 - R:/{cip}:{r.randint(30000, 65000)}], "
            f"clientId={cip}@{r.randint(1, 99999)}#{r.randint(10**9, 10**11)}, language={r.choice(('JAVA', 'JAVA', 'GO', 'CPP', 'PYTHON'))}, version={r.choice((453, 475, 493, 413))}, "
            f"lastUpdateTimestamp={r.randint(1_764_000_000_000, 1_764_300_000_000)}]")


def _rm_tc(r: R) -> str:
    q = r.choice((4, 8, 8, 16))
    return (f"TopicConfig [topicName={r.choice(_RM_TOPICS)}, readQueueNums={q}, writeQueueNums={q}, perm={r.choice(('RW-', 'RW-', 'R--', '-W-'))}, "
            f"topicFilterType=SINGLE_TAG, topicSysFlag=0, order=false, attributes={r.choice(('{}', '{}', '{+message.type=NORMAL}', '{+message.type=FIFO}'))}]")


def _rm_sub(r: R) -> str:
    return (f"SubscriptionData [classFilterMode=false, topic={r.choice(_RM_TOPICS)}, subString={r.choice(('*', '*', 'TagA || TagB', 'paid'))}, tagsSet=[], codeSet=[], "
            f"subVersion={r.randint(1_764_000_000_000, 1_764_300_000_000)}, expressionType=TAG]")


SOURCES["rocketmq-broker"] = ("apache/rocketmq", "8fc57f1468d182eea11c01e089c0250d647dc5f3",
                              "broker/src/main/resources/rmq.broker.logback.xml (pattern), broker/.../client/ConsumerGroupInfo.java, ProducerManager.java, ConsumerManager.java, broker/.../out/BrokerOuterAPI.java, BrokerController.java, topic/TopicConfigManager.java, offset/ConsumerOffsetManager.java; common/.../TopicConfig.java (toString)")
SYSTEMS["rocketmq-broker"] = (
    "{rm_cm}new consumer connected, group: {rm_g} {rm_ct} {rm_mm} channel: {rm_cci}",
    "{rm_nw}NETTY EVENT: remove not active channel[{rm_cci}] from ConsumerGroupInfo groupChannelTable, consumer group: {rm_g}",
    "{rm_out}Registering current broker to name server completed. TargetHost={rm_ns}",
    "{rm_cm}new producer connected, group: {rm_g} channel: {rm_cci}",
    "{rm_cm}subscription changed, add new topic, group: {rm_g} {rm_sub}",
    "{rm_cmi}unregister consumer ok, no any connection, and remove consumer group, {rm_g}",
    "{rm_sch}Dispatch task fall behind commit log {rm_bytes}bytes",
    "{rm_send}create new topic {rm_tc}",
    "{rm_ow}[NOTIFYME]update consumer offset less than store. clientHost={rm_ch}, key={rm_topic}@{rm_g}, queueId={rm_q}, requestOffset={rm_off}, storeOffset={rm_off}",
    "{rm_sch}CommitLog: slave fall behind master {rm_bytes}bytes",
    "{rm_outw}Registration to one or more name servers does NOT complete within deadline. Timeout threshold: {rm_to}ms",
    "{rm_hk}SCAN: remove expired channel from ProducerManager groupChannelTable, all clear, group={rm_g}",
    "{rm_adm}update topic config, old:[{rm_tc}] new:[{rm_tc}]",
    "{rm_ns_t}name server address changed, old: {rm_nsl} new: {rm_nsl}",
    "{rm_main}{rm_canon} start service",
    "{rm_cmw}channel close event, too many consumer groups one channel, {rm_ng}, {rm_addr}, [{rm_g}, {rm_g}]",
)
SLOTS.update({
    "rm_cm": _rm_head("INFO", _RM_CM), "rm_cmi": _rm_head("INFO", ("NettyEventExecutor", "ClientManageThread_#", "ClientHousekeepingScheduledThread1")),
    "rm_nw": _rm_head("WARN", ("NettyEventExecutor",)), "rm_out": _rm_head("INFO", ("brokerOutApi_thread_#",)), "rm_outw": _rm_head("WARN", ("BrokerControllerScheduledThread1",)),
    "rm_sch": _rm_head("INFO", _RM_SCHED), "rm_send": _rm_head("INFO", ("SendMessageThread_#",)), "rm_ow": _rm_head("WARN", ("PullMessageThread_#", "LitePullMessageThread_#", "ClientManageThread_#")),
    "rm_hk": _rm_head("WARN", ("ClientHousekeepingScheduledThread1",)), "rm_adm": _rm_head("INFO", ("AdminBrokerThread_#",)), "rm_ns_t": _rm_head("INFO", ("BrokerControllerScheduledThread1",)),
    "rm_main": _rm_head("INFO", ("main",)), "rm_cmw": _rm_head("WARN", ("NettyEventExecutor",)),
    "rm_g": choice(_RM_GROUPS), "rm_ct": choice(("CONSUME_PASSIVELY", "CONSUME_PASSIVELY", "CONSUME_ACTIVELY", "CONSUME_POP")), "rm_mm": choice(("CLUSTERING", "CLUSTERING", "BROADCASTING")),
    "rm_cci": _rm_cci, "rm_tc": _rm_tc, "rm_sub": _rm_sub, "rm_topic": choice(_RM_TOPICS), "rm_ns": lambda r: f"{r.choice(('10.0.2.11', '10.0.2.12', 'rocketmq-namesrv-0.rocketmq-namesrv', 'namesrv-1'))}:9876",
    "rm_nsl": lambda r: ";".join(f"10.0.2.{i}:9876" for i in sorted(r.sample(range(11, 15), r.randint(1, 3)))),
    "rm_bytes": lambda r: str(r.randint(1, 900_000_000)), "rm_ch": lambda r: f"/10.{r.randint(0, 9)}.{r.randint(0, 255)}.{r.randint(2, 254)}:{r.randint(30000, 65000)}",
    "rm_q": num(0, 15), "rm_off": lambda r: str(r.randint(0, 90_000_000)), "rm_to": choice(("6000", "6000", "3000", "10000")),
    "rm_canon": choice(("DefaultCluster_broker-a_0", "DefaultCluster_broker-b_0", "rmq-prod_broker-a_1", "rmq-prod_broker-c_0")), "rm_ng": num(5, 40),
    "rm_addr": lambda r: f"10.{r.randint(0, 9)}.{r.randint(0, 255)}.{r.randint(2, 254)}:{r.randint(30000, 65000)}",
})
# ---------------------------------------------------------------- luigi (Python; luigi/setup_logging.py InterfaceLogging default handler Formatter("%(levelname)s: %(message)s"), worker runs from cron/Airflow-less schedulers)
_LU_TASKS = (("AggregateSales", "date"), ("ExportToS3", "date"), ("LoadClickstream", "hour"), ("TrainModel", "date"), ("DumpPostgresTable", "table"),
             ("RunSparkJob", "date"), ("BuildDailyReport", "date"), ("SyncCRMContacts", "date"), ("CleanupTmp", "days"))
_LU_WID: list[str] = []


def _lu_task(r: R) -> str:
    name, p = r.choice(_LU_TASKS)
    if p == "date":
        v = f"2026-11-{day(r):02d}"
    elif p == "hour":
        v = f"2026-11-{day(r):02d}T{r.randint(0, 23):02d}"
    elif p == "table":
        v = r.choice(("orders", "customers", "invoices", "events"))
    else:
        v = str(r.randint(1, 30))
    extra = r.choice(("", "", f", env={r.choice(('prod', 'staging'))}", f", region={r.choice(('eu-west-1', 'us-east-1'))}"))
    _LINE["lu_tid"] = f"{name}_{v.replace('-', '_').replace('T', '_')}_{hexs(r, 10)}"
    return f"{name}({p}={v}{extra})"


def _lu_wid(r: R) -> str:
    return (f"Worker(salt={r.randint(0, 999_999_999):09d}, workers={r.choice((1, 1, 2, 4, 8))}, host={r.choice(('etl01', 'etl02', 'batch-3', 'airflow-worker-1', 'cron01'))}, "
            f"username={r.choice(('etl', 'luigi', 'deploy', 'root', 'data'))}, pid={r.randint(1000, 99999)})")


def _lu_tid(r: R) -> str:
    return _LINE.get("lu_tid") or (_lu_task(r) and _LINE["lu_tid"])


SOURCES["luigi"] = ("spotify/luigi", "715f65c4a56a908ef0a1df4df6fc33b8420e2e6c",
                    "luigi/setup_logging.py (\"%(levelname)s: %(message)s\"), luigi/worker.py, luigi/interface.py")
SYSTEMS["luigi"] = (
    "{lu_d}Checking if {lu_task} is complete",
    "{lu_i}Informed scheduler that task   {lu_tid}   has status   {lu_st}",
    "{lu_i}[pid {pid}] Worker {lu_wid} running   {lu_task}",
    "{lu_i}[pid {pid}] Worker {lu_wid} done      {lu_task}",
    "{lu_d}Asking scheduler for work...",
    "{lu_d}Pending tasks: {lu_n}",
    "{lu_d}{lu_n} running tasks, waiting for next task to finish",
    "{lu_e}[pid {pid}] Worker {lu_wid} failed    {lu_task}",
    "{lu_d}There are {lu_n} pending tasks possibly being run by other workers",
    "{lu_i}Done scheduling tasks",
    "{lu_d}There are {lu_n} pending tasks unique to this worker",
    "{lu_i}Running Worker with {lu_np} processes",
    "{lu_d}There are no more tasks to run at this time",
    "{lu_d}Sleeping for {lu_sleep} seconds",
    "{lu_i}Worker {lu_wid} was stopped. Shutting down Keep-Alive thread",
    "{lu_w}Data for {lu_task} does not exist (yet?). The task is an external data dependency, so it cannot be run from this luigi process.",
    "{lu_i}[pid {pid}] Worker {lu_wid} new requirements      {lu_task}",
)
SLOTS.update({
    "lu_d": lambda r: "DEBUG: ", "lu_i": lambda r: "INFO: ", "lu_e": lambda r: "ERROR: ", "lu_w": lambda r: "WARNING: ",
    "lu_task": _lu_task, "lu_wid": _lu_wid, "lu_tid": _lu_tid, "lu_st": choice(("PENDING", "PENDING", "DONE", "DONE", "FAILED", "DISABLED")),
    "lu_n": lambda r: str(r.randint(0, 400)), "lu_np": choice(("1", "1", "2", "4", "8")), "lu_sleep": lambda r: f"{r.uniform(0.5, 10.0):f}",
})
# ---------------------------------------------------------------- unicorn (Ruby; configurator.rb Logger.new($stderr), Ruby ::Logger default format "%s, [%s #%d] %5s -- %s: %s" -> "I, [2026-11-26T06:20:12.123456 #1234]  INFO -- : msg"; stderr_path log)
def _un_head(sev: str) -> Callable[[R], str]:
    return lambda r: f"{sev[0]}, [2026-11-{day(r):02d}T{clock(r)}.{r.randint(0, 999999):06d} #{r.choice((2104, 2104, 2104, 8812, 19233, 31007))}] {sev:>5} -- : "


def _un_status(r: R) -> str:
    pid = r.randint(2000, 99999)
    return r.choice((f"#<Process::Status: pid {pid} exit 0>", f"#<Process::Status: pid {pid} exit 0>", f"#<Process::Status: pid {pid} SIGKILL (signal 9)>",
                     f"#<Process::Status: pid {pid} exit 1>", f"#<Process::Status: pid {pid} SIGQUIT (signal 3)>"))


def _un_app(r: R) -> str:
    return r.choice(("/var/www/shop/current", "/home/deploy/app/current", "/srv/rails/crm/current", "/opt/gitlab/embedded/service/gitlab-rails", "/u/apps/billing/current"))


SOURCES["unicorn"] = ("defunkt/unicorn", "e9862718a7e98d3cbec74fc92ffc17a1023e18da",
                      "lib/unicorn/configurator.rb (Logger.new($stderr), default hooks), lib/unicorn/http_server.rb, lib/unicorn/socket_helper.rb")
SYSTEMS["unicorn"] = (
    "{un_i}worker={un_nr} ready",
    "{un_i}worker={un_nr} spawned pid={pid}",
    "{un_i}worker={un_nr} spawning...",
    "{un_ie}reaped {un_st} worker={un_nr}",
    "{un_e}worker={un_nr} PID:{pid} timeout ({un_diff}s > {un_to}s), killing",
    "{un_i}worker={un_nr} reopening logs...",
    "{un_i}worker={un_nr} done reopening logs",
    "{un_i}master reopening logs...",
    "{un_i}master done reopening logs",
    "{un_i}master process ready",
    "{un_i}listening on addr={un_addr} fd={un_fd}",
    "{un_i}reloading config_file={un_app}/config/unicorn.rb",
    "{un_i}done reloading config_file={un_app}/config/unicorn.rb",
    "{un_i}executing [\"{un_app}/bin/unicorn\", \"-c\", \"{un_app}/config/unicorn.rb\", \"-E\", \"production\", \"-D\", {{un_fds}}] (in {un_app})",
    "{un_i}inherited addr={un_addr} fd={un_fd}",
    "{un_i}gracefully stopping all workers",
    "{un_e}reaped {un_st} exec()-ed",
    "{un_i}master complete",
)
SLOTS.update({
    "un_i": _un_head("INFO"), "un_e": _un_head("ERROR"), "un_ie": lambda r: _un_head(r.choice(("INFO", "INFO", "ERROR")))(r),
    "un_nr": lambda r: str(r.randint(0, 15)), "un_st": _un_status, "un_diff": lambda r: str(r.randint(31, 120)), "un_to": choice(("30", "30", "60", "15")),
    "un_addr": choice(("0.0.0.0:8080", "/var/run/unicorn.sock", "/tmp/unicorn.shop.sock", "127.0.0.1:3000", "/home/deploy/app/shared/sockets/unicorn.sock")),
    "un_fd": num(3, 12), "un_app": lambda r: _LINE.setdefault("un_app", _un_app(r)),
    "un_fds": lambda r: f"{r.randint(3, 12)}=>{r.randint(3, 12)}",
})
# ---------------------------------------------------------------- sozu (Rust; command/src/logging/logs.rs prompt "{now} {precise_time} {pid} {level} {tag}\t" — RFC3339 µs UTC, ns since epoch, pid, level padded to 5, tag MAIN / WRK-NN; stdout to journald)
def _so_head(lvl: str, main: bool) -> Callable[[R], str]:
    def head(r: R) -> str:
        t = r.randint(1_764_115_200, 1_764_374_399)
        tag = "MAIN" if main else f"WRK-{r.choice((0, 1, 2, 3, 0, 1)):02d}"
        pid = r.choice((1187, 1203, 1204, 1205, 1206)) if not main else r.choice((1187, 1187, 40411))
        _LINE["so_tag"] = tag
        return f"2026-11-{day(r):02d}T{clock(r)}.{r.randint(0, 999999):06d}Z {t}{r.randint(0, 999_999_999):09d} {pid} {lvl:<5} {tag}\t"
    return head


_SO_CLUSTERS = ("api", "web-frontend", "grafana", "auth", "static-assets", "billing-v2", "MyCluster", "ws-gateway")


SOURCES["sozu"] = ("sozu-proxy/sozu", "8aa5f6900c627775b322ad2e3edadf126dd4bb92",
                   "command/src/logging/logs.rs (prompt), command/src/logging/display.rs (level, time), bin/src/worker.rs (WRK-NN tag), bin/src/command/mod.rs, bin/src/command/server.rs, bin/src/command/requests.rs, bin/src/command/sessions.rs, lib/src/backends.rs, lib/src/server.rs")
SYSTEMS["sozu"] = (
    "{so_we}cluster {so_cl}: all {so_n} backends are down",
    "{so_wi}cluster {so_cl}: backends recovered ({small}/{so_n} available)",
    "{so_wi}zombie check",
    "{so_mi}Closing client {so_client}",
    "{so_mi}Subscribing client Token({so_tok}) to listen to events",
    "{so_we}max number of session connection reached, flushing the accept queue",
    "{so_mi}launching worker {so_wid} with pid {pid}",
    "{so_mi}closing session of worker {so_wid}",
    "{so_mi}Automatically restarting {so_n} workers",
    "{so_me}could not launch new worker: {so_err}",
    "{so_wi}worker {so_wid} starting...",
    "{so_wi}starting event loop",
    "{so_mi}Starting up",
    "{so_mi}Load static configuration",
    "{so_mi}loading static configuration at path {so_cfg}",
    "{so_me}Could not send request to worker: {so_err}",
    "{so_wi}last session stopped, shutting down!",
    "{so_mi}main process stopped",
)
SLOTS.update({
    "so_we": _so_head("ERROR", False), "so_wi": _so_head("INFO", False), "so_mi": _so_head("INFO", True), "so_me": _so_head("ERROR", True),
    "so_cl": choice(_SO_CLUSTERS), "so_n": num(1, 8), "so_client": lambda r: str(r.randint(1, 4000)), "so_tok": lambda r: str(r.randint(1, 4000)),
    "so_wid": num(0, 7), "so_err": choice(("Broken pipe (os error 32)", "Connection reset by peer (os error 104)", "Resource temporarily unavailable (os error 11)", "No such file or directory (os error 2)")),
    "so_cfg": choice(("/etc/sozu/config.toml", "/etc/sozu/sozu.toml", "config.toml")),
})
# ---------------------------------------------------------------- meilisearch (Rust; crates/meilisearch/src/main.rs tracing_subscriber::fmt layer, FmtSpan::CLOSE, human mode: "2026-11-26T06:20:12.123456Z  INFO span{fields}: target: message k=v"; stderr to journald)
def _ms_ts(r: R) -> str:
    return f"2026-11-{day(r):02d}T{clock(r)}.{r.randint(0, 999999):06d}Z"


_MS_IDX = ("movies", "products", "docs", "articles", "users", "catalog_fr", "support_tickets", "recipes")


def _ms_http(lvl: str, target: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        meth, route, code = r.choice((("POST", f"/indexes/{r.choice(_MS_IDX)}/search", "200"), ("POST", f"/indexes/{r.choice(_MS_IDX)}/search", "200"),
                                      ("GET", f"/indexes/{r.choice(_MS_IDX)}/search", "200"), ("POST", "/multi-search", "200"), ("GET", "/health", "200"),
                                      ("PUT", f"/indexes/{r.choice(_MS_IDX)}/documents", "202"), ("GET", f"/tasks/{r.randint(1, 90000)}", "200"),
                                      ("POST", f"/indexes/{r.choice(_MS_IDX)}/search", "400"), ("GET", "/indexes/nope/search", "404"), ("GET", "/keys", "401")))
        qp = r.choice(("", "", "", f"q={r.choice(('shoes', 'star+wars', 'laptop', 'refund'))}", "limit=20&offset=0"))
        ua = r.choice(("Meilisearch JavaScript (v0.44.1)", "Meilisearch Python (v0.31.5)", "curl/8.5.0", "Mozilla/5.0", "Go-http-client/1.1", "meilisearch-php (v1.10.1)"))
        _LINE["ms_code"] = code
        err = ""
        if code != "200" and code != "202":
            _LINE["ms_err"] = e = {"400": "Attribute `price` is not filterable. This index does not have configured filterable attributes.",
                                   "404": "Index `nope` not found.", "401": "The Authorization header is missing. It must use the bearer authorization method."}[code]
            err = f" error={e}"
        ua_s = f'"{ua}"' if " " in ua else ua
        return (f"{_ms_ts(r)} {lvl:>5} HTTP request{{method={meth} host=\"{r.choice(('localhost:7700', 'search.internal:7700', '127.0.0.1:7700'))}\" route={route} "
                f"query_parameters={qp} user_agent={ua_s} status_code={code}{err}}}: {target}: ")
    return head


def _ms_head(lvl: str, target: str) -> Callable[[R], str]:
    return lambda r: f"{_ms_ts(r)} {lvl:>5} {target}: "


def _ms_resp(r: R) -> str:
    code = _LINE.get("ms_code", "400")
    kind = {"400": ("invalid_search_filter", "invalid_request"), "404": ("index_not_found", "invalid_request"), "401": ("missing_authorization_header", "auth")}.get(code, ("invalid_search_filter", "invalid_request"))
    msg = _LINE.get("ms_err", "Index `nope` not found.")
    return (f'ResponseError {{ code: {code}, message: "{msg}", error_code: "{kind[0]}", error_type: "{kind[1]}", '
            f'error_link: "https://docs.meilisearch.com/errors#{kind[0]}" }}')


def _ms_dur(r: R) -> str:
    k = r.random()
    if k < 0.5:
        return f"{r.uniform(0.05, 999):.{r.choice((1, 2, 3))}f}µs"
    if k < 0.9:
        return f"{r.uniform(1, 999):.{r.choice((1, 2, 3))}f}ms"
    return f"{r.uniform(1, 60):.{r.choice((1, 2, 3))}f}s"


SOURCES["meilisearch"] = ("meilisearch/meilisearch", "5cb2f2e94befc717bbea60fec4a31ee64d2f60fd",
                          "crates/meilisearch/src/main.rs (fmt layer, FmtSpan::CLOSE), crates/meilisearch/src/lib.rs (HTTP request span), crates/meilisearch/src/routes/logs.rs (sample lines), crates/index-scheduler/src/scheduler/mod.rs, crates/index-scheduler/src/scheduler/process_index_operation.rs, crates/index-scheduler/src/queue/mod.rs, crates/meilisearch/src/routes/tasks/compact.rs")
SYSTEMS["meilisearch"] = (
    "{ms_close}close time.busy={ms_dur} time.idle={ms_dur}",
    "{ms_sched}A batch of tasks was successfully completed with {ms_n} successful tasks and {ms_f} failed tasks.",
    "{ms_idx}document indexing done indexing_result=DocumentAdditionResult { indexed_documents: {ms_n}, number_of_documents: {ms_big} } processed_in={ms_dur}",
    "{ms_warn}Error encountered while processing the incoming HTTP request: {ms_resp}",
    "{ms_schede}Batch failed {ms_berr}",
    "{ms_sched}The max database size was reached. Resizing the index.",
    "{ms_sched}A batch of tasks was aborted.",
    "{ms_queue}The task queue is almost full. Deleting the oldest {ms_big} finished tasks.",
    "{ms_queuew}The task queue is almost full, but no task can be deleted yet.",
    "{ms_compact}Task queue compacted: used size {ms_bytes} -> {ms_bytes} bytes",
    "{ms_main}Importing a dump of meilisearch version={ms_dv} date={ms_date}",
    "{ms_main}Importing index `{ms_uid}`.",
    "{ms_main}Importing the settings.",
    "{ms_main}All documents successfully imported.",
    "{ms_maine}Error while registering snapshot: {ms_snap}",
    "{ms_schede}Upgrade task failed, tasks won't be processed until the following issue is fixed: {ms_upg}",
)
SLOTS.update({
    "ms_close": _ms_http("INFO", "meilisearch"), "ms_warn": _ms_http("WARN", "tracing_actix_web::middleware"),
    "ms_sched": _ms_head("INFO", "index_scheduler::scheduler"), "ms_schede": _ms_head("ERROR", "index_scheduler::scheduler"),
    "ms_idx": _ms_head("INFO", "index_scheduler::scheduler::process_index_operation"), "ms_queue": _ms_head("INFO", "index_scheduler::queue"),
    "ms_queuew": _ms_head("WARN", "index_scheduler::queue"), "ms_compact": _ms_head("INFO", "meilisearch::routes::tasks::compact"),
    "ms_main": _ms_head("INFO", "meilisearch"), "ms_maine": _ms_head("ERROR", "meilisearch"),
    "ms_dur": _ms_dur, "ms_n": lambda r: str(r.randint(1, 1000)), "ms_f": lambda r: r.choice(("0", "0", "0", "1", str(r.randint(2, 30)))),
    "ms_big": lambda r: str(r.randint(1000, 5_000_000)), "ms_resp": _ms_resp,
    "ms_berr": choice(("Index `products` not found.", "Document doesn't have a `id` attribute: `{\"title\":\"Untitled\"}`.", "The provided payload reached the size limit. The maximum accepted payload size is 100 MiB.",
                         "Attribute `price` is not filterable. Available filterable attributes are: `category, brand`.", "Document identifier `\"a b\"` is invalid. A document identifier can be of type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), and can not be more than 511 bytes.")),
    "ms_bytes": lambda r: str(r.randint(10**6, 10**11)), "ms_dv": choice(("V6", "V6", "V5")), "ms_date": lambda r: f"2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 999999999):09d} +00:00:00",
    "ms_uid": choice(_MS_IDX), "ms_snap": choice(("No space left on device (os error 28)", "Permission denied (os error 13)", "Task `4412` not found.")),
    "ms_upg": choice(("Cannot upgrade to unsupported version v1.99.0.", "No space left on device (os error 28)")),
})
# ---------------------------------------------------------------- cacti (PHP; lib/functions.php cacti_log(): "$date - $environ " prefix, POLLER adds "POLLER: Poller[id] PID[pid] "; /var/log/cacti/cacti.log)
def _ca_head(env: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        d = f"2026-11-{day(r):02d} {clock(r)} - "
        if env == "POLLER":
            return f"{d}POLLER: Poller[{r.choice((1, 1, 1, 2, 3))}] PID[{r.randint(1000, 99999)}] "
        return f"{d}{env} "
    return head


_CA_TPLS = ("Interface - Traffic", "Unix - Load Average", "Cisco - CPU Usage", "Net-SNMP - Memory Usage", "Host MIB - Hard Drive Space", "Unix - Ping Latency", "Interface - Errors/Discards")


def _ca_dslist(r: R) -> str:
    return ", ".join(str(x) for x in sorted(r.sample(range(1, 9000), r.randint(1, 5))))


def _ca_rrd(r: R) -> str:
    return f"/var/lib/cacti/rra/{r.choice(('router_core', 'sw_access_3', 'fw01', 'srv_db1', 'localhost', 'ups_rack2'))}_{r.choice(('traffic_in', 'load_1min', 'cpu', 'mem_buffers', 'hdd_used', 'ping'))}_{r.randint(1, 9999)}.rrd"


SOURCES["cacti"] = ("Cacti/cacti", "8a8541d11dcf9c2205429f673eef41fc344ef820",
                    "lib/functions.php (cacti_log prefix), poller.php, cmd.php, lib/poller.php, lib/boost.php, lib/dsstats.php, auth_login.php, lib/auth.php")
SYSTEMS["cacti"] = (
    "{ca_sys}STATS: Time:{ca_t4} Method:{ca_meth} Processes:{ca_p} Threads:{ca_th} Hosts:{ca_h} HostsPerProcess:{ca_h} DataSources:{ca_ds} RRDsProcessed:{ca_ds}",
    "{ca_pol}WARNING: Invalid Response(s), Errors[{ca_err}] Device[{ca_dev}] Thread[1] DS[{ca_dsl}]",
    "{ca_auth}LOGIN: User '{ca_user}' authenticated from IP Address '{ip}'",
    "{ca_boost}WARNING: RRD Update Warning '{ca_rrdw}' for Local Data ID '{ca_ldi}'",
    "{ca_auth}LOGIN FAILED: Local Login Failed for user '{ca_user}' from IP Address '{ip}'.",
    "{ca_pol}WARNING: There are {ca_err} Data Sources not returning all data leaving rows in the poller output table.  Details to follow.",
    "{ca_pol}WARNING: Data Template '{ca_tpl}' is impacted by lack of complete information",
    "{ca_sys}DSSTATS STATS: Time:{ca_t2} Type:{ca_type} Threads:{ca_p} RRDfiles:{ca_ds} DSSes:{ca_ds} RRDUser:{ca_t2} RRDSystem:{ca_t2} RRDReal:{ca_t2}",
    "{ca_auth}LOGIN FAILED: User '{ca_user}' failed authentication, incrementing lockout ({ca_fail} of {ca_max})",
    "{ca_dss}WARNING: File does not exist!  DS[{ca_ldi}], FILE[{ca_rrd}]",
    "{ca_pol}WARNING: Script:{ca_script}, ErrorCode:{ca_rc}, Output:{ca_out}",
    "{ca_pol}ERROR: Process killed due to timeout! ({ca_task}, {ca_ldi}, {pid})",
    "{ca_auth}LOGIN FAILED: LDAP Error: {ca_ldap}",
    "{ca_cmd}WARNING: cmd.php poller has run over its polling interval and therefore is ending",
    "{ca_dss}WARNING: Problem with Data Source for Device[{ca_dev}], DS[{ca_ldi}], Interval[{ca_int}]",
    "{ca_pol}NOTE: There are no items in your poller for this polling cycle!",
    "{ca_rep}NOTE: Detecting Resource Change.  Updating Resource Cache for '{ca_res}'",
)
SLOTS.update({
    "ca_sys": _ca_head("SYSTEM"), "ca_pol": _ca_head("POLLER"), "ca_auth": _ca_head("AUTH"), "ca_boost": _ca_head("BOOST"), "ca_dss": _ca_head("DSSTATS"),
    "ca_cmd": _ca_head("CMDPHP"), "ca_rep": _ca_head("REPLICATE"),
    "ca_t4": lambda r: f"{r.uniform(0.5, 290):.4f}", "ca_t2": lambda r: f"{r.uniform(0.01, 120):.2f}", "ca_meth": choice(("spine", "spine", "cmd.php")),
    "ca_p": choice(("1", "1", "2", "4")), "ca_th": choice(("1", "10", "20", "30")), "ca_h": lambda r: str(r.randint(1, 900)), "ca_ds": lambda r: str(r.randint(10, 60000)),
    "ca_err": lambda r: str(r.randint(1, 40)), "ca_dev": lambda r: str(r.randint(1, 900)), "ca_dsl": _ca_dslist, "ca_user": choice(("admin", "admin", "guest", "noc", "jsmith", "monitor", "ops")),
    "ca_rrdw": lambda r: r.choice((f"{_ca_rrd(r)}: illegal attempt to update using time {r.randint(1_764_000_000, 1_764_300_000)} when last update time is {r.randint(1_764_000_000, 1_764_300_000)} (minimum one second step)",
                                   f"opening '{_ca_rrd(r)}': No such file or directory", f"{_ca_rrd(r)}: found extra data on update argument: 0:0")),
    "ca_ldi": lambda r: str(r.randint(1, 9999)), "ca_tpl": choice(_CA_TPLS), "ca_type": choice(("HOURLY", "DAILY", "BOTH", "MAJOR")),
    "ca_fail": num(1, 5), "ca_max": choice(("5", "5", "3", "10")), "ca_rrd": _ca_rrd,
    "ca_script": lambda r: r.choice(("/usr/share/cacti/scripts/ping.pl", "perl /usr/share/cacti/site/scripts/linux_memory.pl MemFree:", "/usr/share/cacti/scripts/ss_host_disk.php", f"/usr/bin/php -q /usr/share/cacti/scripts/unix_processes.pl {ip4(r)}")),
    "ca_rc": choice(("1", "2", "127", "255")), "ca_out": choice(("U", "", "sh: 1: perl: not found", "Timeout")),
    "ca_task": choice(("boost, child", "dsstats, child", "poller, poller", "maintenance, master")),
    "ca_ldap": choice(("Can not contact LDAP server", "Invalid Credentials", "Can not find user", "Protocol error occurred", "Insufficient access")),
    "ca_int": choice(("Daily", "Weekly", "Monthly", "Yearly")), "ca_res": choice(("/usr/share/cacti/scripts", "/usr/share/cacti/resource/snmp_queries", "/usr/share/cacti/resource/script_server", "/usr/share/cacti/plugins")),
})
# ---------------------------------------------------------------- apisix (Lua/OpenResty; nginx error_log layout "yyyy/mm/dd HH:MM:SS [level] pid#tid: *conn [lua] file.lua:line: func(): msg, client: ..., server: ..., request: ..., host: ..."; logs/error.log, level warn)
_AX_HOSTS = ("api.example.com", "gw.example.com", "shop.example.com", "auth.example.com", "10.0.0.40:9080", "internal-api.svc.cluster.local")


def _ax_head(lvl: str, loc: str, req: bool = True) -> Callable[[R], str]:
    def head(r: R) -> str:
        pid = r.choice((41, 42, 43, 44, 1187, 1188, 1190, 2231))
        conn = f"*{r.randint(1, 9_999_999)} " if req else ""
        if req:
            meth = r.choice(("GET", "GET", "POST", "PUT", "DELETE"))
            path = r.choice(("/api/v1/orders", "/api/v1/users/me", f"/api/v2/products/{r.randint(1, 99999)}", "/oauth/token", "/healthz", "/graphql", f"/files/{hexs(r, 8)}"))
            _LINE["ax_tail"] = f", client: {ip4(r)}, server: _, request: \"{meth} {path} HTTP/1.1\", host: \"{r.choice(_AX_HOSTS)}\""
        return f"2026/11/{day(r):02d} {clock(r)} [{lvl}] {pid}#{pid}: {conn}[lua] {loc}: "
    return head


def _ax_tail(r: R) -> str:
    return _LINE.get("ax_tail", "")


def _ax_up(r: R) -> str:
    return f"{r.choice(('10.0.5.', '10.0.6.', '172.20.1.'))}{r.randint(2, 250)}:{r.choice((80, 8080, 8000, 3000, 9000))}"


SOURCES["apisix"] = ("apache/apisix", "f519a0f04ccfd4c13b5d06caf34bcde8c8593980",
                     "apisix/balancer.lua, apisix/init.lua, apisix/core/config_etcd.lua, apisix/healthcheck_manager.lua, apisix/plugins/jwt-auth.lua, apisix/plugins/http-logger.lua (nginx error_log layout from OpenResty's ngx.log)")
SYSTEMS["apisix"] = (
    "{ax_unh}all upstream nodes is unhealthy, use default{ax_tail}",
    "{ax_pick}failed to pick server: {ax_perr}{ax_tail}",
    "{ax_jwt}failed to find consumer: {ax_jerr}{ax_tail}",
    "{ax_etcd}failed to fetch data from etcd: {ax_eerr},  etcd key: {ax_key}{ax_timer}",
    "{ax_retry}proxy retry timeout, retry count: {small}, deadline: {ax_dl} now: {ax_dl}{ax_tail}",
    "{ax_noh}no healthy etcd endpoint available, next retry after {ax_back}s{ax_timer}",
    "{ax_rec}reconnected to etcd{ax_timer}",
    "{ax_watch}wait watch event: {ax_werr}{ax_timer}",
    "{ax_sni}failed to match any SSL certificate by SNI: {ax_sn}{ax_sslctx}",
    "{ax_hc}failed to create healthcheck: {ax_hcerr}{ax_tail}",
    "{ax_setup}failed to set upstream: {ax_uerr}{ax_tail}",
    "{ax_master}master process has been running for a long time, reloading the full configuration from etcd for this new worker{ax_initw}",
    "{ax_smaller}received smaller revision, rev={ax_rev}, watch_ctx.rev={ax_rev}. etcd may be restarted. resyncing....{ax_timer}",
    "{ax_hcna}health check target status not available yet, treat as unknown, addr: {ax_up}, host: {ax_uh}{ax_tail}",
    "{ax_cv}client certificate verification is not passed: {ax_cverr}{ax_tail}",
)
SLOTS.update({
    "ax_unh": _ax_head("warn", "balancer.lua:100: create_health_status()"), "ax_pick": _ax_head("error", "balancer.lua:456: run()"),
    "ax_jwt": _ax_head("warn", "jwt-auth.lua:316: find_consumer()"), "ax_etcd": _ax_head("error", "config_etcd.lua:984: _automatic_fetch()", False),
    "ax_retry": _ax_head("error", "balancer.lua:449: run()"), "ax_noh": _ax_head("error", "config_etcd.lua:975: _automatic_fetch()", False),
    "ax_rec": _ax_head("warn", "config_etcd.lua:970: _automatic_fetch()", False), "ax_watch": _ax_head("error", "config_etcd.lua:220: do_run_watch()", False),
    "ax_sni": _ax_head("error", "init.lua:236: ssl_client_hello_phase()", False), "ax_hc": _ax_head("error", "healthcheck_manager.lua:108: create_checker()"),
    "ax_setup": _ax_head("error", "init.lua:646: handle_upstream()"), "ax_master": _ax_head("warn", "config_etcd.lua:1255: init_worker()", False),
    "ax_smaller": _ax_head("error", "config_etcd.lua:292: do_run_watch()", False), "ax_hcna": _ax_head("warn", "healthcheck_manager.lua:267: fetch_node_status()"),
    "ax_cv": _ax_head("error", "init.lua:364: verify_tls_client()"), "ax_tail": _ax_tail, "ax_timer": lambda r: ", context: ngx.timer", "ax_initw": lambda r: ", context: init_worker_by_lua*",
    "ax_sslctx": lambda r: f", context: ssl_client_hello_by_lua*, client: {ip4(r)}, server: 0.0.0.0:{r.choice((9443, 443))}",
    "ax_rev": lambda r: str(r.randint(1000, 9_000_000)), "ax_up": _ax_up, "ax_uh": choice(("nil", "backend.internal", "orders-svc.default.svc")),
    "ax_cverr": choice(("FAILED:certificate has expired", "FAILED:unable to get local issuer certificate", "FAILED:self signed certificate", "FAILED:certificate revoked")),
    "ax_perr": lambda r: r.choice(("failed to find valid upstream server, all upstream servers tried", "no valid upstream node", f"failed to parse domain: {r.choice(('backend.internal', 'orders-svc.default.svc'))}, error: failed to query the DNS server: dns server error: 3 name error")),
    "ax_jerr": choice(("invalid user key", "missing user key in JWT token", "failed to decode JWT: invalid header", "JWT token invalid")),
    "ax_eerr": choice(("timeout", "closed", "has no healthy etcd endpoint available", "connection refused", "http2 stream reset")),
    "ax_key": choice(("/apisix/routes", "/apisix/upstreams", "/apisix/services", "/apisix/ssls", "/apisix/consumers", "/apisix/plugin_metadata", "/apisix/global_rules")),
    "ax_dl": lambda r: f"{r.randint(1_764_000_000, 1_764_300_000)}.{r.randint(0, 999):03d}", "ax_back": choice(("1.2", "1.44", "1.728", "2.0736", "2.48832")),
    "ax_werr": choice(("timeout", "closed", "failed to read etcd response: closed", "ssl handshake failed")),
    "ax_sn": choice(("www.example.org", "mail.example.com", "1.2.3.4", "shop.example.net", "localhost")), "ax_hcerr": choice(("unable to create new checker: duplicate name", "failed to add target: invalid host")),
    "ax_uerr": choice(("failed to find upstream by id: 3", "no valid upstream node", "failed to fetch upstream info by upstream id: 12")),
})
# ---------------------------------------------------------------- postgrest (Haskell; src/library/PostgREST/Logger.hs logWithZTime prefix "%d/%b/%Y:%T %z: " on stderr; responses via Logger/Apache.hs (wai-logger apache line) on stdout; journald)
def _pr_head(r: R) -> str:
    return f"{day(r):02d}/Nov/2026:{clock(r)} {r.choice(('+0000', '+0000', '+0100', '-0500'))}: "


_PR_PATHS = ("/items", "/orders?select=id,total,customer(name)&status=eq.open", "/rpc/search_products", "/users?id=eq.42", "/todos?order=created_at.desc&limit=20",
             "/invoices?customer_id=eq.1187&select=*", "/rpc/login", "/", "/products?category=in.(books,games)", "/audit_log?ts=gte.2026-11-01")


def _pr_resp(r: R) -> str:
    meth = r.choice(("GET", "GET", "GET", "POST", "PATCH", "DELETE"))
    code = r.choice(("200", "200", "200", "201", "204", "400", "401", "404", "406", "500", "503"))
    size = r.choice(("-", "-", str(r.randint(2, 90000))))
    ua = r.choice(("curl/8.5.0", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "node-fetch/1.0", "python-requests/2.32.3", "postgrest-js/1.16.3", ""))
    ref = r.choice(("", "", "", "https://app.example.com/"))
    role = r.choice(("web_anon", "authenticated", "api_user", "anon", "-"))
    return f'{r.choice(("127.0.0.1", "10.0.0.12", "172.18.0.5", "::1", ip4(r)))} - {role} [{day(r):02d}/Nov/2026:{clock(r)} +0000] "{meth} {r.choice(_PR_PATHS)} HTTP/1.1" {code} {size} "{ref}" "{ua}"'


def _pr_pgver(r: R) -> str:
    v = r.choice(("16.4 (Debian 16.4-1.pgdg120+2)", "15.8 (Ubuntu 15.8-1.pgdg22.04+1)", "17.2", "14.13"))
    return f"PostgreSQL {v} on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit"


def _pr_connerr(r: R) -> str:
    host = r.choice(("db", "postgres", "10.0.0.5", "localhost"))
    why = r.choice(('Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n', 'FATAL:  the database system is starting up\\n',
                    'FATAL:  password authentication failed for user \\"authenticator\\"\\n', 'FATAL:  sorry, too many clients already\\n'))
    return f'{{"code":"PGRST000","details":"connection to server at \\"{host}\\" ({r.choice(("10.0.0.5", "127.0.0.1", "::1"))}), port 5432 failed: {why}","hint":null,"message":"Database connection error. Retrying the connection."}}'


SOURCES["postgrest"] = ("PostgREST/postgrest", "4834678902681402a56c490f29947826e7ed5308",
                        "src/library/PostgREST/Logger.hs (logWithZTime, observationMessages), src/library/PostgREST/Logger/Apache.hs, src/library/PostgREST/SchemaCache.hs (showSummary), src/library/PostgREST/Error.hs")
SYSTEMS["postgrest"] = (
    "{pr_resp}",
    "{pr}Attempting to reconnect to the database in {pr_delay} seconds...",
    "{pr}Schema cache queried in {pr_ms} milliseconds",
    "{pr}Schema cache loaded {pr_n} Relations, {pr_n} Relationships, {pr_n} RPCs, {small} Domain Representations, {small} Media Type Handlers",
    "{pr}Schema cache loaded in {pr_ms} milliseconds",
    "{pr}Failed to query the PostgreSQL version. {pr_connerr}",
    "{pr}Received a schema cache reload message on the \"{pr_chan}\" channel",
    "{pr}{\"code\":\"PGRST003\",\"details\":null,\"hint\":null,\"message\":\"Timed out acquiring connection from connection pool.\"}",
    "{pr}Successfully connected to {pr_pgver}",
    "{pr}Listener connected to {pr_pgname} on \"{pr_dbhost}\" and listening for database notifications on the \"{pr_chan}\" channel",
    "{pr}Starting PostgREST {pr_ver}...",
    "{pr}API server listening on {pr_addr}",
    "{pr}Admin server listening on {pr_admin}",
    "{pr}Connection Pool initialized with a maximum size of {pr_pool} connections",
    "{pr}Received a config reload message on the \"{pr_chan}\" channel",
    "{pr}Config reloaded",
    "{pr}Retrying listening for database notifications in {pr_delay} seconds...",
    "{pr}Received termination unix signal {pr_sig}",
)
SLOTS.update({
    "pr": _pr_head, "pr_resp": _pr_resp, "pr_delay": choice(("0", "1", "2", "4", "8", "16", "32")), "pr_ms": lambda r: f"{r.uniform(0.3, 4000):.1f}",
    "pr_n": lambda r: str(r.randint(3, 900)), "pr_connerr": _pr_connerr, "pr_chan": choice(("pgrst", "pgrst", "pgrst", "postgrest_reload")), "pr_pgver": _pr_pgver,
    "pr_pgname": lambda r: _pr_pgver(r).split(" on ")[0], "pr_dbhost": choice(("db:5432", "postgres:5432", "10.0.0.5:5432", "localhost:5432", "/var/run/postgresql")),
    "pr_ver": choice(("12.2.3", "12.2.8", "13.0.0", "13.0.4 (a1b2c3d)")), "pr_addr": choice(("0.0.0.0:3000", "\"0.0.0.0\":3000", "127.0.0.1:3000", "/tmp/pgrst.sock", "[::]:3000")),
    "pr_admin": choice(("0.0.0.0:3001", "127.0.0.1:3001", "[::]:3001")), "pr_pool": choice(("10", "10", "20", "50", "100")), "pr_sig": choice(("SIGTERM", "SIGINT", "SIGTERM")),
})
# ==== END OF PROGRAMS


SET = GeneratedSet(prefix="u10", seed=SEED, systems=SYSTEMS, sources=SOURCES, slots=SLOTS, line=_LINE)
lines = SET.lines


if __name__ == "__main__":
    SET.main(__doc__)
