"""The UNSEEN5-S6 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py .. loggen_unseen4.py), not in LogHub's 16 and not in
hybridlogparser's HiBench/CTS.

Written 2026-11-25 (session 6) by helper S6-unseen5, kept OUTSIDE the repo (/work/unseen-data5) until the
lead has scored Millpond's miner on it once (secrecy: the miner's tuners share the machine).

    python loggen_unseen5.py --out /work/unseen-data5 -n 2000    # writes u5-<program>.tsv.gz
    python loggen_unseen5.py --verify                            # literal text of every template vs the sources

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

import re
from collections.abc import Callable

from loggen_kit import R, USERS, b62, base_slots, choice, clock, day, GeneratedSet, godur, hexs, ip4, ms3, num, uuid4

_LINE: dict[str, str] = {}  # values one line's header chose that its message repeats (same camera, pipeline, peer); reset per line
SEED = 51126  # the set's seed
SLOTS = base_slots()
SYSTEMS: dict[str, tuple[str, ...]] = {}
SOURCES: dict[str, tuple[str, str, str]] = {}  # program: (repository, commit read, files holding the format strings)

# ---------------------------------------------------------------- oauth2-proxy (default std / auth / request log templates, pkg/logger/logger.go)
_OP_HOSTS = ("grafana.example.com", "kibana.example.com", "wiki.corp.example", "prometheus.example.com", "dash.example.org", "git.example.com")
_OP_EMAILS = ("alice@example.com", "bob@example.com", "carol@corp.example", "dmitri@example.org", "eva@corp.example", "farid@example.com")
_OP_URIS = ("/", "/oauth2/auth", "/oauth2/start?rd=%2F", "/oauth2/callback?code=4%2F0Ad{c}&state={s}%3A%2F", "/api/datasources/proxy/1/api/v1/query_range",
            "/d/{c}/node-exporter-full?orgId=1&refresh=30s", "/app/kibana", "/oauth2/sign_in", "/favicon.ico", "/api/live/ws", "/public/build/app.{c}.js",
            "/ping", "/oauth2/userinfo", "/graph?g0.expr=up&g0.tab=1")
_OP_UAS = ("Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "kube-probe/1.31", "Go-http-client/1.1", "curl/8.5.0")


def _op_ts(r: R) -> str:
    return f"2026/11/{day(r):02d} {clock(r)}"


def _op_std(file: str) -> Callable[[R], str]:
    return lambda r: f"[{_op_ts(r)}] [{file}] "


def _op_auth(status: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        return f"{ip4(r)}:{r.randint(1024, 65535)} - {uuid4(r)} - {r.choice(_OP_EMAILS)} [{_op_ts(r)}] [{status}] "
    return head


def _op_uri(r: R) -> str:
    return '"' + r.choice(_OP_URIS).replace("{c}", b62(r, 9)).replace("{s}", hexs(r, 32)) + '"'


def _op_session(r: R) -> str:
    return (f"Session{{email:{r.choice(_OP_EMAILS)} user:{r.randint(10**20, 10**21 - 1)} PreferredUsername:{r.choice(USERS)} token:true id_token:true "
            f"created:2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 999999999):09d} +0000 UTC expires:2026-11-{day(r):02d} {clock(r)} +0000 UTC refresh_token:true groups:[{r.choice(('', 'admins', 'devs', 'admins devs'))}]}}")


SOURCES["oauth2-proxy"] = ("oauth2-proxy/oauth2-proxy", "14af2951e562c9573c72c433732ceee83aea3282",
                           "pkg/logger/logger.go (formats), oauthproxy.go, pkg/middleware/stored_session.go, pkg/app/redirect/validator.go, pkg/app/pagewriter/error_page.go, pkg/providers/oidc/provider.go")
SYSTEMS["oauth2-proxy"] = (
    "{ip}:{port} - {uuid} - {op_user} [{op_tsx}] {op_host} {op_meth} {op_up} {op_uri} {op_proto} {op_ua} {op_status} {op_size} {op_dur}",
    "{op_a_ok}Authenticated via OAuth2: {op_sess}",
    "{op_std_ss}Refreshing session - User: {op_sub}; SessionAge: {godur}",
    "{op_std_op}No valid authentication in request. Initiating login.",
    "{op_a_fail}Invalid authentication via OAuth2: unauthorized",
    "{op_std_ss}Session not refreshed - User: {op_sub}; no refresh token available or provider returned false",
    "{op_std_op}Error redeeming code during OAuth2 callback: {op_rederr}",
    "{op_std_ep}Error proxying to upstream server: {op_proxerr}",
    "{op_std_ss}Unable to refresh session: {op_referr}",
    "{op_std_op}Error while parsing OAuth2 callback: {op_cberr}",
    "{op_std_val}Rejecting invalid redirect {op_rd}: domain / port not in whitelist",
    "{op_a_fail}Invalid authentication via OAuth2: CSRF token mismatch, potential attack",
    "{op_std_op}No valid authentication in request. Access Denied.",
    "{op_std_ss}Error loading cookied session: {op_loaderr}, removing session",
    "{op_a_fail}Invalid authorization via session ({op_cause}): removing session {op_sess}",
    "{op_std_op}Error while parsing OAuth2 state: {op_staterr}",
    "{op_std_oidc}Performing OIDC Discovery...",
    "{op_std_op}OAuthProxy configured for {op_prov} Client ID: {op_cid}",
    "{op_std_up}mapping path {op_path} => upstream {op_upuri}",
)
SLOTS.update({
    "op_user": lambda r: r.choice(_OP_EMAILS + ("-", "-", "-")), "op_tsx": _op_ts, "op_host": choice(_OP_HOSTS),
    "op_meth": choice(("GET", "GET", "GET", "GET", "POST", "HEAD", "PUT", "DELETE")), "op_up": choice(("-", "-", "grafana", "kibana", "default", "static://202", "http://127.0.0.1:3000/")),
    "op_uri": _op_uri, "op_proto": choice(("HTTP/1.1", "HTTP/1.1", "HTTP/2.0")), "op_ua": lambda r: f'"{r.choice(_OP_UAS)}"',
    "op_status": choice(("200", "200", "200", "202", "302", "302", "401", "403", "304", "502", "101")), "op_size": num(0, 250000),
    "op_dur": lambda r: f"{r.uniform(0, 2.5):.3f}",
    "op_a_ok": _op_auth("AuthSuccess"), "op_a_fail": _op_auth("AuthFailure"), "op_sess": _op_session,
    "op_std_ss": _op_std("stored_session.go:217"), "op_std_op": _op_std("oauthproxy.go:1064"), "op_std_ep": _op_std("error_page.go:91"),
    "op_std_val": _op_std("validator.go:60"), "op_std_oidc": _op_std("provider.go:55"), "op_std_up": _op_std("proxy.go:92"),
    "op_sub": lambda r: r.choice((str(r.randint(10**20, 10**21 - 1)), uuid4(r), r.choice(USERS))),
    "op_rederr": choice(("token exchange failed: oauth2: \"invalid_grant\" \"Bad Request\"", "email in id_token (alice@example.com) isn't verified",
                          "unable to redeem code: Post \"https://login.example.com/oauth2/token\": context deadline exceeded", "could not verify id_token: failed to verify signature: failed to verify id token signature")),
    "op_proxerr": lambda r: r.choice((f"dial tcp 127.0.0.1:{r.choice((3000, 5601, 9090, 8080))}: connect: connection refused", "context canceled", "http: proxy error: read tcp 127.0.0.1:4180->127.0.0.1:3000: read: connection reset by peer", "EOF")),
    "op_referr": choice(("error refreshing tokens: oauth2: \"invalid_grant\" \"Token is not active\"", "error refreshing tokens: oauth2: \"invalid_grant\" \"Session not active\"", "unable to redeem refresh token: context deadline exceeded")),
    "op_cberr": choice(("access_denied", "login_required", "invalid_request", "temporarily_unavailable")),
    "op_rd": lambda r: f'"https://{r.choice(("evil.example.net", "phish.example", "grafana.example.com:8443", "localhost"))}/{r.choice(("", "login", "d/abc"))}"',
    "op_loaderr": choice(("session ticket cookie failed validation: cookie signature not valid", "error loading redis session: redis: nil", "cookie \"_oauth2_proxy\" not present")),
    "op_cause": choice(("Unauthorized", "Email domain not allowed", "session expired", "Groups not allowed")),
    "op_staterr": choice(("invalid length", "illegal base64 data at input byte 12", "unexpected end of JSON input")),
    "op_prov": choice(("OpenID Connect", "Keycloak OIDC", "GitHub", "Google", "Azure")), "op_cid": lambda r: r.choice(("oauth2-proxy", "grafana-proxy", uuid4(r))),
    "op_path": choice(('"/"', '"/api/"', '"/static/"')), "op_upuri": choice(('"http://127.0.0.1:3000/"', '"http://grafana.monitoring.svc:3000"', '"http://kibana:5601/"')),
})
# ---------------------------------------------------------------- VictoriaMetrics single-node (lib/logger default "plain" format: ts \t level \t location \t msg)
_VM_JOBS = ("node_exporter", "kubernetes-pods", "blackbox", "cadvisor", "kube-state-metrics", "postgres_exporter", "snmp", "vmagent", "mysqld_exporter")
_VM_TARGETS = ("http://10.0.{a}.{b}:9100/metrics", "http://10.0.{a}.{b}:8080/metrics", "http://node{a}.example.com:9100/metrics", "http://192.168.{a}.{b}:9182/metrics",
               "http://10.0.{a}.{b}:9187/metrics", "https://10.0.{a}.{b}:10250/metrics/cadvisor", "http://printer-{a}.lan:9116/snmp?module=if_mib&target=10.0.{a}.{b}")
_VM_URIS = ("/api/v1/query_range?query=sum(rate(http_requests_total{{job=\"api\"}}[5m]))+by+(code)&start={t}&end={t}&step=30",
            "/api/v1/query?query=up&time={t}", "/api/v1/series?match[]={{__name__=~\"node_.*\"}}&start={t}", "/select/0/prometheus/api/v1/query_range?query=histogram_quantile(0.99,+sum(rate(req_duration_bucket[5m]))+by+(le))&start={t}&end={t}&step=60",
            "/api/v1/labels?start={t}", "/api/v1/export?match[]=node_cpu_seconds_total", "/api/v1/import/prometheus", "/write?db=telegraf", "/api/v1/write")


def _vm_head(lvl: str, loc: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{ms3(r)}Z\t{lvl}\tVictoriaMetrics/{loc}\t"


def _vm_target(r: R) -> str:
    return r.choice(_VM_TARGETS).replace("{a}", str(r.randint(0, 40))).replace("{b}", str(r.randint(2, 254)))


def _vm_labels(r: R) -> str:
    return f'{{instance="{ip4(r)}:{r.choice((9100, 8080, 9182, 9187))}", job="{r.choice(_VM_JOBS)}"' + r.choice(("}", ', env="prod"}', f', node="k8s-worker-{r.randint(1, 9)}", namespace="{r.choice(("default", "monitoring", "kube-system"))}"}}'))


def _vm_uri(r: R) -> str:
    return r.choice(_VM_URIS).replace("{t}", str(r.randint(1764000000, 1764100000))).replace("{{", "{").replace("}}", "}")


def _vm_ra(r: R) -> str:
    return f'"{ip4(r)}:{r.randint(1024, 65535)}"' + r.choice(("", "", f', X-Forwarded-For: "{ip4(r)}"'))


def _vm_scrape_err(r: R) -> str:
    return r.choice((f"cannot read data: cannot scrape \"{_vm_target(r)}\": Get \"{_vm_target(r)}\": dial tcp4 {ip4(r)}:9100: i/o timeout; try -promscrape.maxScrapeSize or -promscrape.disableCompression",
                     f"cannot read data: cannot scrape \"{_vm_target(r)}\": Get \"{_vm_target(r)}\": dial tcp4 {ip4(r)}:9100: connect: connection refused",
                     f"cannot read data: cannot scrape \"{_vm_target(r)}\": Get \"{_vm_target(r)}\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                     f"unexpected status code returned when scraping \"{_vm_target(r)}\": {r.choice((401, 403, 404, 500, 503))}; expecting 200; response body: \"{r.choice(('Unauthorized', 'Not Found', 'upstream connect error'))}\""))


def _vm_httperr(r: R) -> str:
    return r.choice(("cannot parse query: unexpected token \")\"; want \"(\"", f"error when executing query={r.choice(('rate(x[5m])', 'sum(up)', 'topk(5, node_load1)'))} on the time range (start={r.randint(1764000000, 1764099999)}000, end={r.randint(1764000000, 1764099999)}000, step=30000): cannot fetch query results from vmstorage nodes: context canceled",
                     f"the number of matching timeseries exceeds {r.choice((300000, 1000000))}; either narrow down the search or increase -search.maxUniqueTimeseries",
                     "cannot read \"snappy\"-compressed request in 61 seconds: cannot read stream body: unexpected EOF", "missing `query` arg"))


SOURCES["victoria-metrics"] = ("VictoriaMetrics/VictoriaMetrics", "b7ef6cc3ed35c607e053a8b7755fc3b896a10eaa",
                               "lib/logger/logger.go (format), lib/promscrape/scrapework.go, lib/promscrape/scraper.go, lib/promscrape/config.go, lib/httpserver/httpserver.go, app/vmselect/main.go, lib/storage/partition.go, app/vmstorage/main.go, app/victoria-metrics/main.go, lib/memory/memory.go, lib/protoparser/influx/parser.go, app/vmselect/prometheus/prometheus.go")
SYSTEMS["victoria-metrics"] = (
    "{vm_scr}cannot scrape target {vm_tq} ({vm_lbl}) {small} out of {vm_tot} times during -promscrape.suppressScrapeErrorsDelay={vm_sup}; the last error: {vm_serr}",
    "{vm_http}uri: {vm_uri}, remote address: {vm_ra}: {vm_herr}",
    "{vm_sg}{vm_job}: added targets: {small}, removed targets: {small}; total targets: {vm_tt}",
    "{vm_slow}slow query according to -search.logSlowQueryDuration={vm_slowd}: remoteAddr={vm_ra}, duration={vm_secs} seconds; requestURI: {vm_uriq}",
    "{vm_cancel}client has canceled the request after {vm_secs} seconds: remoteAddr={vm_ra}, requestURI: {vm_uriq}",
    "{vm_cfg}updated {small} service discovery routines in {vm_secs} seconds, started={small}, stopped={small}, restarted={small}",
    "{vm_infx}skipping InfluxDB line {vm_infl} because of error: {vm_inferr}",
    "{vm_hup}SIGHUP received; reloading Prometheus configs from {vm_cfgf}",
    "{vm_noch}nothing changed in {vm_cfgf}",
    "{vm_ptc}{vm_dp0}creating a partition \"{vm_month}\" with smallPartsPath={vm_sp}, bigPartsPath={vm_bp}, indexDBPartsPath={vm_ip}",
    "{vm_ptd}partition \"{vm_month}\" has been created",
    "{vm_del}/api/v1/admin/tsdb/delete_series has been called for {vm_filt}. Deleted {n} series.",
    "{vm_main}received signal {vm_sig}",
    "{vm_main}starting VictoriaMetrics at {vm_la}...",
    "{vm_stor}opening storage at {vm_dp} with -retentionPeriod={vm_ret}",
    "{vm_stor2}successfully opened storage {vm_dp} in {vm_secs} seconds; partsCount: {n}; blocksCount: {n}; rowsCount: {vm_big}; sizeBytes: {vm_big}",
    "{vm_mem}limiting caches to {vm_big} bytes, leaving {vm_big} bytes to the OS according to -memory.allowedPercent={vm_pct}, system memory limit {vm_big} bytes",
    "{vm_main2}started VictoriaMetrics in {vm_secs} seconds",
)
SLOTS.update({
    "vm_scr": _vm_head("warn", "lib/promscrape/scrapework.go:401"), "vm_http": _vm_head("error", "lib/httpserver/httpserver.go:830"),
    "vm_sg": _vm_head("info", "lib/promscrape/scraper.go:444"), "vm_slow": _vm_head("warn", "app/vmselect/main.go:167"),
    "vm_cancel": _vm_head("info", "app/vmselect/main.go:141"), "vm_cfg": _vm_head("info", "lib/promscrape/config.go:221"),
    "vm_infx": _vm_head("error", "lib/protoparser/influx/parser.go:236"), "vm_hup": _vm_head("info", "lib/promscrape/scraper.go:179"),
    "vm_noch": _vm_head("info", "lib/promscrape/scraper.go:189"), "vm_ptc": _vm_head("info", "lib/storage/partition.go:200"),
    "vm_ptd": _vm_head("info", "lib/storage/partition.go:220"), "vm_del": _vm_head("info", "app/vmselect/prometheus/prometheus.go:529"),
    "vm_main": _vm_head("info", "app/victoria-metrics/main.go:111"), "vm_main2": _vm_head("info", "app/victoria-metrics/main.go:107"),
    "vm_stor": _vm_head("info", "app/vmstorage/main.go:152"), "vm_stor2": _vm_head("info", "app/vmstorage/main.go:176"), "vm_mem": _vm_head("info", "lib/memory/memory.go:45"),
    "vm_tq": lambda r: f'"{_vm_target(r)}"', "vm_lbl": _vm_labels, "vm_tot": num(10, 40), "vm_sup": choice(("1m0s", "1m0s", "5m0s")), "vm_serr": _vm_scrape_err,
    "vm_uri": _vm_uri, "vm_uriq": lambda r: f'"{_vm_uri(r)}"', "vm_ra": _vm_ra, "vm_herr": _vm_httperr,
    "vm_job": choice(_VM_JOBS), "vm_tt": num(1, 400), "vm_secs": lambda r: f"{r.uniform(0, 40):.3f}",
    "vm_infl": lambda r: f'"{r.choice(("cpu,host=web01 usage_idle=99.1 1764000000000000000", "mem,host=db-primary used_percent=", "disk,path=/ free=12i,used"))}"',
    "vm_inferr": choice(("missing tag value", "cannot parse field value for \"used_percent\": cannot parse float64 from \"\"", "missing field value for \"used\"")),
    "vm_cfgf": choice(('"/etc/prometheus/prometheus.yml"', '"/etc/victoriametrics/scrape.yml"', '"/config/scrape.yaml"')),
    "vm_month": lambda r: _LINE.setdefault("m", r.choice(("2026_11", "2026_12", "2027_01"))), "vm_dp0": lambda r: (_LINE.setdefault("dp", r.choice(("/victoria-metrics-data", "/var/lib/victoria-metrics", "/storage"))), "")[1],
    "vm_sp": lambda r: f'"{_LINE.get("dp", "/victoria-metrics-data")}/data/small/{_LINE.get("m", "2026_12")}"',
    "vm_bp": lambda r: f'"{_LINE.get("dp", "/victoria-metrics-data")}/data/big/{_LINE.get("m", "2026_12")}"',
    "vm_ip": lambda r: f'"{_LINE.get("dp", "/victoria-metrics-data")}/data/indexdb/{_LINE.get("m", "2026_12")}"',
    "vm_dp": lambda r: '"' + _LINE.setdefault("dp", r.choice(("/victoria-metrics-data", "/var/lib/victoria-metrics", "/storage"))) + '"', "vm_la": choice(('"[:8428]"', '"[127.0.0.1:8428]"', '"[:8428 :8429]"')),
    "vm_filt": choice(('"{__name__=\\"node_cpu_seconds_total\\"}"', '"{job=\\"old-app\\"}"', '"{instance=~\\"10.0.3.*\\"}"')),
    "vm_slowd": choice(("5s", "5s", "10s", "1m0s")), "vm_pct": choice(("60", "60", "80")), "vm_sig": choice(("terminated", "interrupt")), "vm_ret": choice(("1M", "90d", "12", "1y")), "vm_big": lambda r: str(r.randint(10**6, 10**11)),
})
# ---------------------------------------------------------------- proxysql (proxy_error/proxy_warning/proxy_info: "%s %s:%d:%s(): [LEVEL] " header, include/proxysql_debug.h)
_PX_BACKENDS = ("10.0.1.21", "10.0.1.22", "10.0.1.23", "db-primary.internal", "db-replica-1.internal", "db-replica-2.internal", "172.16.20.5", "172.16.20.6")
_PX_USERS = ("app", "app_ro", "webshop", "reporting", "wordpress", "billing", "monitor", "grafana", "etl")
_PX_SCHEMAS = ("shop", "wordpress", "billing", "analytics", "information_schema", "app_prod", "crm")
_PX_DIGESTS = ("SELECT * FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT ?", "UPDATE sessions SET last_seen = ? WHERE id = ?",
               "INSERT INTO events (type,payload,created_at) VALUES (?,?,NOW())", "SELECT COUNT(*) FROM wp_posts WHERE post_status = ?",
               "DELETE FROM cart_items WHERE cart_id = ?", "SELECT c.id,c.name FROM customers c JOIN invoices i ON i.customer_id=c.id WHERE i.due < ?",
               "COMMIT", "SELECT GET_LOCK(?,?)")
_PX_MYERR = ("1213, Deadlock found when trying to get lock; try restarting transaction", "1062, Duplicate entry '{n}' for key 'PRIMARY'",
             "1205, Lock wait timeout exceeded; try restarting transaction", "1146, Table 'shop.tmp_import_{n}' doesn't exist",
             "1064, You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near '' at line 1",
             "1317, Query execution was interrupted", "3024, Query execution was interrupted, maximum statement execution time exceeded")
_PX_NETERR = ("2013, Lost connection to MySQL server during query", "2006, MySQL server has gone away", "2013, Lost connection to server during query")


def _px_head(loc: str, lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)} {loc}(): [{lvl}] "


def _px_srv(r: R) -> str:
    return r.choice(_PX_BACKENDS)


def _px_myerr(r: R) -> str:
    return r.choice(_PX_MYERR).replace("{n}", str(r.randint(1, 999999)))


SOURCES["proxysql"] = ("sysown/proxysql", "5cc418bb6c59aefca2bc21232e21de6f240a49cf",
                       "include/proxysql_debug.h (header), lib/MySQL_Session.cpp, lib/MySQL_Thread.cpp, lib/MySrvC.cpp, lib/MyHGC.cpp, lib/MySQL_Monitor.cpp, lib/MySQL_HostGroups_Manager.cpp, lib/MySQL_Logger.cpp")
SYSTEMS["proxysql"] = (
    "{px_qerr}Error during query on ({px_hg},{px_srv},{px_port},{px_tid}) , user \"{px_user}@{ip}\" , schema \"{px_schema}\" , {px_myerr} . digest_text = \"{px_digest}\"",
    "{px_kill}Closing killed client connection {ip}:{port}",
    "{px_broken}Detected a broken connection while {px_action} on ({px_hg},{px_srv},{px_port},{px_tid}) , FD (Conn:{px_fd} , MyDS:{px_fd}) , user {px_user} , last_used {n}ms ago : {px_neterr}",
    "{px_denied}ProxySQL Error: Access denied for user '{px_user2}'@'{ip}' (using password: {px_yn})",
    "{px_shun}Shunning server {px_srv}:{px_port} with {small} errors/sec. Shunning for {px_shs} seconds",
    "{px_unshun}Unshunning server {px_srv}:{px_port}.",
    "{px_rot}Timeout on read_only check for {px_srv}:{px_port} after {n}ms. If the server is overload, increase mysql-monitor_read_only_timeout.",
    "{px_pingerr}Error after {n}ms on server {px_srv}:{px_port} : {px_connerr}",
    "{px_killq}KILL QUERY {px_tid} on {px_srv}:{px_port}",
    "{px_pingto}Ping timeout during ping on {px_srv}:{px_port} after {n}us (timeout {px_pto}ms)",
    "{px_hb}Server {px_srv}:{px_port} missed {px_mf} heartbeats, shunning it and killing all the connections. Disabling other checks until the node comes back online.",
    "{px_offline}Detected an offline server during query: {px_srv}, {px_port}, session_id:{n}",
    "{px_softlag}Shunning 'soft' server {px_hg}:{px_srv}:{px_port} with replication lag, count number: {small}",
    "{px_relag}Re-enabling server {px_hg}:{px_srv}:{px_port} from replication lag",
    "{px_maxconn}mysql-max_connections reached. Returning 'Too many connections'",
    "{px_cksum}Checksum for table {px_table} is 0x{px_ck}",
    "{px_evlog}Starting new mysql event log file {px_evfile}",
    "{px_killerr}Failed to connect to server {px_srv}:{px_port} to run KILL {px_kt} {px_tid}: Error: {px_connerr}",
)
SLOTS.update({
    "px_qerr": _px_head("MySQL_Session.cpp:4870:handler_minus1_LogErrorDuringQuery", "WARNING"),
    "px_kill": _px_head("MySQL_Thread.cpp:4231:process_all_sessions", "WARNING"),
    "px_broken": _px_head("MySQL_Session.cpp:8533:detected_broken_connection", "ERROR"),
    "px_denied": _px_head("MySQL_Session.cpp:5797:handler___status_CONNECTING_CLIENT___STATE_SERVER_HANDSHAKE", "ERROR"),
    "px_shun": _px_head("MySrvC.cpp:127:connect_error", "ERROR"), "px_unshun": _px_head("MyHGC.cpp:139:get_random_MySrvC", "INFO"),
    "px_rot": _px_head("MySQL_Monitor.cpp:1672:monitor_read_only_thread", "ERROR"), "px_pingerr": _px_head("MySQL_Monitor.cpp:1467:monitor_ping_thread", "ERROR"),
    "px_killq": _px_head("MySQL_Session.cpp:312:kill_query_thread", "WARNING"),
    "px_pingto": _px_head("MySQL_Session.cpp:1974:handler_again___status_PINGING_SERVER", "ERROR"),
    "px_hb": _px_head("MySQL_Monitor.cpp:3177:monitor_ping_process_ready_tasks", "ERROR"),
    "px_offline": _px_head("MySQL_Session.cpp:4660:handler_ProcessingQueryError_CheckBackendConnectionStatus", "ERROR"),
    "px_softlag": _px_head("MySQL_HostGroups_Manager.cpp:2842:group_replication_lag_action_set_server_status", "WARNING"),
    "px_relag": _px_head("MySQL_HostGroups_Manager.cpp:2838:group_replication_lag_action_set_server_status", "INFO"),
    "px_maxconn": _px_head("MySQL_Session.cpp:5931:handler___status_CONNECTING_CLIENT___STATE_SERVER_HANDSHAKE", "WARNING"),
    "px_cksum": _px_head("MySQL_HostGroups_Manager.cpp:1616:commit", "INFO"), "px_evlog": _px_head("MySQL_Logger.cpp:577:events_open_log_unlocked", "INFO"),
    "px_killerr": _px_head("MySQL_Session.cpp:351:kill_query_thread", "ERROR"),
    "px_port": choice(("3306", "3306", "3306", "3307", "33060")), "px_shs": choice(("10", "10", "30", "60")), "px_mf": choice(("3", "3", "5")),
    "px_hg": choice(("0", "0", "1", "1", "10", "20", "2")), "px_srv": _px_srv, "px_tid": num(1000, 9999999), "px_user": choice(_PX_USERS),
    "px_user2": lambda r: r.choice(_PX_USERS + ("root", "admin", "test", "sa", "mysql")), "px_schema": choice(_PX_SCHEMAS), "px_myerr": _px_myerr,
    "px_digest": choice(_PX_DIGESTS), "px_fd": num(20, 4000), "px_action": choice(("running query", "running query", "pinging", "setting autocommit", "changing schema")),
    "px_neterr": choice(_PX_NETERR), "px_yn": choice(("YES", "YES", "NO")),
    "px_connerr": choice(("Can't connect to MySQL server on '10.0.1.22' (110)", "Lost connection to MySQL server at 'handshake: reading initial communication packet', system error: 104",
                           "timeout on creating new connection: Can't connect to MySQL server on 'db-replica-1.internal' (115)", "Too many connections", "Access denied for user 'monitor'@'10.0.0.5' (using password: YES)")),
    "px_pto": choice(("200", "500", "1000")), "px_table": choice(("mysql_servers", "mysql_servers_v2", "mysql_replication_hostgroups", "mysql_query_rules")),
    "px_ck": lambda r: f"{r.randint(0, 2**64 - 1):X}", "px_evfile": lambda r: f"/var/lib/proxysql/queries.log.{r.randint(1, 999):08d}", "px_kt": choice(("QUERY", "QUERY", "CONNECTION")),
})
# ---------------------------------------------------------------- rspamd (rspamd_logger: "date #pid(process) <uid>; module; function: " header)
_RS_DOMAINS = ("example.com", "example.org", "mail.example.net", "newsletter.shop.example", "corp.example", "bounces.example.io", "gmail.com", "outlook.com")
_RS_SYMS = ("ARC_NA(0.00){}", "ASN(0.00){asn:16509, ipnet:52.0.0.0/11, country:US;}", "BAYES_HAM(-3.00){99.99%;}", "BAYES_SPAM(5.10){100.00%;}",
            "DKIM_TRACE(0.00){example.com:+;}", "DMARC_POLICY_ALLOW(-0.50){example.com;none;}", "FROM_HAS_DN(0.00){}", "MIME_GOOD(-0.10){text/plain;}",
            "R_DKIM_ALLOW(-0.20){example.com:s=mail;}", "R_SPF_ALLOW(-0.20){+ip4:203.0.113.0/24;}", "RCVD_COUNT_THREE(0.00){3;}", "TO_DN_NONE(0.00){}",
            "MID_RHS_MATCH_FROM(0.00){}", "RCVD_TLS_LAST(0.00){}", "URIBL_BLOCKED(0.00){example.com:url;}", "FUZZY_DENIED(12.00){1:1a2b3c4d:1.00:txt;}",
            "HFILTER_HOSTNAME_UNKNOWN(2.50){}", "R_SPF_SOFTFAIL(0.00){~all;}", "GREYLIST(0.00){greylisted;}", "FORGED_SENDER(0.30){}")
_RS_MAPS = ("/etc/rspamd/local.d/maps.d/whitelist_ip.map", "https://maps.rspamd.com/rspamd/redirectors.inc.zst", "https://maps.rspamd.com/rspamd/spf_dkim_whitelist.inc.zst",
            "https://maps.rspamd.com/freemail/free.txt.zst", "/etc/rspamd/local.d/maps.d/blacklist_from.map", "https://maps.rspamd.com/rspamd/mime_types.inc.zst")


def _rs_head(proc: str, module: str, func: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)} #{r.choice((1187, 1188, 1189, 2301, 2302))}({proc}) <{hexs(r, 6)}>; {module}; {func}: "


def _rs_mid(r: R) -> str:
    return r.choice((f"{b62(r, 20)}@{r.choice(_RS_DOMAINS)}", f"{uuid4(r)}@{r.choice(_RS_DOMAINS)}", f"CA+{b62(r, 30)}@mail.gmail.com", "undef"))


def _rs_addr(r: R) -> str:
    return f"{r.choice(USERS)}@{r.choice(_RS_DOMAINS)}"


def _rs_scores(r: R) -> str:
    s = r.uniform(-8, 18)
    return f"{s:.2f}/15.00"


def _rs_syms(r: R) -> str:
    return ",".join(sorted(r.sample(_RS_SYMS, r.randint(5, 12))))


def _rs_act(r: R) -> str:
    return r.choice(("F (no action)", "F (no action)", "F (no action)", "T (add header)", "T (reject)", "F (greylist)", "T (soft reject)"))


def _rs_opt(lbl: str, v: Callable[[R], str], p: float) -> Callable[[R], str]:
    return lambda r: f" {lbl}: {v(r)}," if r.random() < p else ""


def _rs_httpdate(r: R) -> str:
    return f"{r.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))}, {day(r):02d} Nov 2026 {clock(r)} GMT"


SOURCES["rspamd"] = ("rspamd/rspamd", "eaac8e914ef09f837fe53cc4973e0b2312ab1118",
                     "src/libserver/cfg_utils.cxx (default task log format), src/libmime/message.c, src/plugins/fuzzy_check.c, src/libserver/maps/map.c, src/plugins/lua/greylist.lua, src/controller.c, src/libserver/milter.c, src/rspamd_proxy.c, src/libserver/spf.c, src/libutil/util.c (log header)")
SYSTEMS["rspamd"] = (
    "{rs_tlog}id: <{rs_mid}>,{rs_qid}{rs_ip}{rs_user}{rs_from} (default: {rs_act}: [{rs_scores}] [{rs_syms}]), len: {n}, time: {rs_ms}, dns req: {small}, digest: <{hex32}>{rs_rcpts}{rs_mrcpt}",
    "{rs_load}loaded message; id: <{rs_mid}>; queue-id: <{rs_qid0}>; size: {n}; checksum: <{hex32}>",
    "{rs_milter}got connection from {rs_peer}",
    "{rs_load}loaded message; id: <{rs_mid}>; size: {n}; checksum: <{hex32}>",
    "{rs_nomod}data is not modified for server {rs_mhost} ({rs_map}), next check at {rs_hdate} (http cache based: {rs_hdate})",
    "{rs_grey}greylisted until \"{rs_hdate}\", new record",
    "{rs_fuzzy}found fuzzy hash({rs_ft}) {hex12} ({hex32} requested) with weight: {rs_w}, probability {rs_p}, in list: {rs_flist}:{small}; added on {rs_hdate}",
    "{rs_grey2}greylisted until \"{rs_hdate}\" ({rs_why})",
    "{rs_ctl}<{ip}> learned message as {rs_class}: {rs_mid}",
    "{rs_mapread}{rs_map}: read map data, {n} bytes",
    "{rs_timer}data is not modified for server {rs_mhost} ({rs_map}), next check at {rs_hdate} (timer based)",
    "{rs_fzl}{rs_fop} fuzzy hash ({rs_ft}) {hex32}, list: {rs_flist}:{small} for message <{rs_mid}>",
    "{rs_pw}absent or incorrect password has been specified; source ip: {ip}",
    "{rs_spf}spf record is not unique: {rs_nrec} records found, domain: {rs_dom}",
    "{rs_mirror}finished mirror connection to {rs_mirr}; HTTP code: {rs_code}",
    "{rs_discard}quarantine message instead of rejection",
)
SLOTS.update({
    "rs_tlog": _rs_head("rspamd_proxy", "task", "rspamd_task_write_log"), "rs_load": _rs_head("rspamd_proxy", "task", "rspamd_message_parse"),
    "rs_milter": _rs_head("rspamd_proxy", "milter", "rspamd_milter_process_command"), "rs_nomod": _rs_head("main", "map", "http_map_finish"),
    "rs_timer": _rs_head("main", "map", "http_map_finish"), "rs_grey": _rs_head("rspamd_proxy", "lua", "greylist.lua:502: greylist_set"),
    "rs_grey2": _rs_head("rspamd_proxy", "lua", "greylist.lua:337: greylist_message"), "rs_fuzzy": _rs_head("rspamd_proxy", "fuzzy_check", "fuzzy_insert_result"),
    "rs_ctl": _rs_head("controller", "csession", "rspamd_controller_learn_fin_task"), "rs_mapread": _rs_head("main", "map", "read_map_file"),
    "rs_fzl": _rs_head("controller", "fuzzy_check", "fuzzy_controller_io_callback"), "rs_pw": _rs_head("controller", "csession", "rspamd_controller_check_password"),
    "rs_spf": _rs_head("rspamd_proxy", "spf", "spf_record_dns_callback"), "rs_mirror": _rs_head("rspamd_proxy", "proxy", "proxy_backend_mirror_finish_handler"),
    "rs_discard": _rs_head("rspamd_proxy", "milter", "rspamd_milter_send_action"),
    "rs_mid": _rs_mid, "rs_qid0": lambda r: f"{r.randint(1, 9)}{hexs(r, 9).upper()}",
    "rs_qid": lambda r: f" qid: <{r.randint(1, 9)}{hexs(r, 9).upper()}>," if r.random() < 0.8 else "",
    "rs_ip": lambda r: f" ip: {ip4(r)}," if r.random() < 0.95 else "", "rs_user": _rs_opt("user", lambda r: f"{r.choice(USERS)}@example.com", 0.2),
    "rs_from": lambda r: f" from: <{_rs_addr(r)}>," if r.random() < 0.9 else "", "rs_act": _rs_act, "rs_scores": _rs_scores, "rs_syms": _rs_syms,
    "rs_ms": lambda r: f"{r.uniform(20, 3000):.2f}ms", "hex32": lambda r: hexs(r, 32),
    "rs_rcpts": lambda r: f" rcpts: <{_rs_addr(r)}>, " if r.random() < 0.9 else "", "rs_mrcpt": lambda r: f" mime_rcpt: <{_rs_addr(r)}>, " if r.random() < 0.8 else "",
    "rs_peer": lambda r: r.choice(("127.0.0.1:" + str(r.randint(30000, 60999)), "unix socket", f"{ip4(r)}:{r.randint(30000, 60999)}")),
    "rs_mhost": choice(("maps.rspamd.com", "maps.rspamd.com", "rules.example.net")), "rs_map": choice(_RS_MAPS), "rs_hdate": _rs_httpdate,
    "rs_ft": choice(("txt", "txt", "img", "mime", "html")), "rs_w": lambda r: f"{r.uniform(0.5, 20):.2f}", "rs_p": lambda r: f"{r.uniform(0.5, 1):.2f}",
    "rs_flist": choice(("FUZZY_DENIED", "FUZZY_PROB", "FUZZY_WHITE", "LOCAL_FUZZY_DENIED")),
    "rs_why": choice(("body", "meta", "body and meta")), "rs_class": choice(("spam", "ham", "ham")), "rs_fop": choice(("added", "added", "deleted")),
    "rs_nrec": choice(("2", "2", "3")), "rs_dom": choice(_RS_DOMAINS), "rs_mirr": choice(("rspamd-test", "mirror1", "staging")), "rs_code": choice(("200", "200", "500", "503")),
})
# ---------------------------------------------------------------- pihole-FTL (FTL.log: "%s [%s] %s: " header of src/log.c; WARNINGs built by src/database/message-table.c)
_FT_UP = ("1.1.1.1#53", "9.9.9.9#53", "8.8.8.8#53", "127.0.0.1#5335", "192.168.1.1#53", "2606:4700:4700::1111#53", "10.0.0.1#53", "149.112.112.112#53")
_FT_CONNERR = (("TCP connection failed while receiving payload length from upstream", "Connection prematurely closed by remote server"),
               ("TCP connection failed while sending query", "Connection refused"), ("failed to send UDP request", "Network unreachable"),
               ("TCP connection failed while receiving payload length from upstream", "Connection reset by peer"), ("failed to send UDP request", "Operation not permitted"))
_FT_DNSMASQ = ("reducing DNS packet size for nameserver {up} to 1280", "possible DNS-rebind attack detected: {host}", "Maximum number of concurrent DNS queries reached (max: 150)",
               "failed to send packet: Network unreachable", "ignoring query from non-local network {ip} (logged only once)", "query to {host} (IP {ip}) timed out")
_FT_HOSTS = ("fritz.box", "speedport.ip", "router.lan", "nas.local", "printer.home", "tplinkwifi.net")
_FT_LISTS = ("https://raw.githubusercontent.com/StevenBlack/hosts/master/hosts", "https://v.firebog.net/hosts/AdguardDNS.txt", "https://adaway.org/hosts.txt",
             "https://s3.amazonaws.com/lists.disconnect.me/simple_ad.txt", "https://big.oisd.nl", "file:///etc/pihole/custom-blocklist.txt")


def _ft_head(lvl: str, thread: bool = False) -> Callable[[R], str]:
    def head(r: R) -> str:
        pid = r.choice((421, 612, 1077, 23811))
        idstr = f"{pid}/T{pid + r.randint(1, 30)}" if thread else f"{pid}M"
        return f"2026-11-{day(r):02d} {clock(r)}.{ms3(r)} {r.choice(('CET', 'UTC', 'CET', 'EST'))} [{idstr}] {lvl}: "
    return head


def _ft_conn(r: R) -> str:
    reason, err = r.choice(_FT_CONNERR)
    return f"Connection error ({r.choice(_FT_UP)}): {reason} ({err})"


def _ft_dnsmasq(r: R) -> str:
    return r.choice(_FT_DNSMASQ).replace("{up}", r.choice(_FT_UP).split("#")[0]).replace("{host}", r.choice(_FT_HOSTS)).replace("{ip}", ip4(r))


SOURCES["pihole-FTL"] = ("pi-hole/FTL", "8d1add8d99d8a36ccc6fb97628a33a219cf8abbd",
                         "src/log.c (header), src/database/message-table.c, src/database/gravity-db.c, src/database/query-table.c, src/database/database-thread.c, src/config/config.c, src/daemon.c, src/api/auth.c, src/api/action.c")
SYSTEMS["pihole-FTL"] = (
    "{ft_w}Rate-limiting {ft_cli} for at least {ft_sec} second{ft_s}",
    "{ft_w}Connection error ({ft_up}): {ft_reason} ({ft_err})",
    "{ft_w}dnsmasq: {ft_dnsmasq}",
    "{ft_i}Gravity database has been updated, reloading now",
    "{ft_wt}Long-term load (15min avg) larger than number of processors: {ft_load} > {ft_cpus}",
    "{ft_it}Optimized database in {ft_secs} seconds",
    "{ft_w}Host name of client \"{ft_cli}\" => {ft_badhost} contains (at least) one invalid character (hex {ft_hex}) at position {small}",
    "{ft_wt}Disk shortage ahead: {ft_pct}% is used ({ft_used}) on partition containing the file {ft_file}",
    "{ft_w}List with ID {small} ({ft_list}) was inaccessible during last gravity run",
    "{ft_i}Reloading config due to pihole.toml change",
    "{ft_wt}Shared memory shortage ({ft_shm}) ahead: {ft_pct}% is used ({ft_used})",
    "{ft_i}Imported {n} queries from the on-disk database (it has {n} rows)",
    "{ft_w}No free API seats available (webserver.api.max_sessions = {ft_seats}), not authenticating client",
    "{ft_i}PID of FTL process: {pid}",
    "{ft_i}########## FTL terminated after{ft_uptime} (code {ft_code})! ##########",
    "{ft_e}Error in dnsmasq configuration: {ft_cfgerr}",
    "{ft_i}Received API request to flush the logs",
)
SLOTS.update({
    "ft_w": _ft_head("WARNING"), "ft_i": _ft_head("INFO"), "ft_e": _ft_head("ERROR"), "ft_wt": _ft_head("WARNING", True), "ft_it": _ft_head("INFO", True),
    "ft_cli": lambda r: r.choice((f"192.168.{r.choice((0, 1, 178))}.{r.randint(2, 254)}", f"10.0.0.{r.randint(2, 254)}", f"fd00::{r.randint(1, 0xffff):x}")),
    "ft_sec": lambda r: _LINE.setdefault("sec", r.choice(("1", "12", "37", "45", "58", "60"))), "ft_s": lambda r: "" if _LINE.get("sec") == "1" else "s",
    "ft_up": lambda r: _LINE.setdefault("up", r.choice(_FT_UP)), "ft_reason": lambda r: _LINE.setdefault("ce", r.choice(_FT_CONNERR))[0],
    "ft_err": lambda r: _LINE.get("ce", _FT_CONNERR[0])[1], "ft_dnsmasq": _ft_dnsmasq,
    "ft_load": lambda r: f"{r.uniform(2.1, 9.5):.1f}", "ft_cpus": choice(("1", "2", "4", "4")), "ft_secs": lambda r: f"{r.uniform(0.01, 20):.3f}",
    "ft_badhost": lambda r: r.choice(("Galaxy-S21", "iPhone_von_Anna", "DESKTOP-7H2K9", "Living Room TV", "ESP_3A9F1C", "Echo Dot-2F")) + "\\" + r.choice(("x20", "x5f", "xc3")),
    "ft_hex": choice(("20", "5f", "c3", "27")), "ft_pct": num(90, 99),
    "ft_used": lambda r: f"{r.uniform(1, 60):.1f}{r.choice(('GB', 'MB'))}/{r.choice(('7.2GB', '29.0GB', '58.3GB', '14.6GB'))}",
    "ft_file": choice(("/etc/pihole/pihole-FTL.db", "/var/log/pihole/FTL.log", "/etc/pihole/gravity.db")), "ft_list": choice(_FT_LISTS),
    "ft_shm": choice(("/dev/shm", "FTL-strings", "FTL-queries")), "ft_seats": choice(("16", "16", "32")),
    "ft_uptime": lambda r: r.choice((f" {r.randint(1, 59)}s", f" {r.randint(1, 23)}h {r.randint(0, 59)}m {r.randint(0, 59)}s", f" {r.randint(1, 90)}d {r.randint(0, 23)}h {r.randint(0, 59)}m {r.randint(0, 59)}s")),
    "ft_code": choice(("0", "0", "1")),
    "ft_cfgerr": choice(("bad option at line 12 of /etc/dnsmasq.d/02-custom.conf", "failed to create listening socket for port 53: Address already in use", "bad DHCP range at line 4 of /etc/dnsmasq.d/04-dhcp.conf")),
})
# ---------------------------------------------------------------- rclone (fs/log/slog.go text handler: "date time LEVEL : object: message")
_RC_FILES = ("photos/2026/11/IMG_{n}.jpg", "photos/2026/11/PXL_20261124_{n}.mp4", "Documents/invoices/2026-{n}.pdf", "backup/db/pg_dump_{n}.sql.gz",
             "nextcloud/data/alice/files/Notes/todo.md", "media/Music/Album {n}/track{n}.flac", "home/bob/.config/Code/User/settings.json",
             "srv/www/uploads/2026/11/banner-{n}.webp", "vm/images/debian-13-{n}.qcow2", "mail/Maildir/cur/{n}.mail01:2,S")
_RC_REMOTES = ("b2:backup-bucket", "s3:company-archive", "gdrive:Backup", "onedrive:Sync", "/mnt/nas/backup", "sftp:backup", "wasabi:offsite-2026", "crypt:")


def _rc_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026/11/{day(r):02d} {clock(r)} {lvl:<6}: "


def _rc_obj(r: R) -> str:
    return re.sub(r"\{n\}", lambda _m: str(r.randint(1, 99999)), r.choice(_RC_FILES))


def _rc_copied(r: R) -> str:
    act = r.choices(("Copied (new)", "Copied (replaced existing)", "Copied (server-side copy)", "Copied (Rcat, new)"), weights=(8, 3, 1, 0.3))[0]
    if r.random() < 0.1:
        act += f" to: {_rc_obj(r)}"
    return act


def _rc_err(r: R) -> str:
    return r.choice(("googleapi: Error 403: User rate limit exceeded., userRateLimitExceeded", "corrupted on transfer: sizes differ 104857600 vs 52428800",
                     "failed to open source object: open /srv/www/uploads/tmp.lock: permission denied", "InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.\n\tstatus code: 403",
                     "Post \"https://api.backblazeb2.com/b2api/v1/b2_upload_file\": dial tcp: lookup api.backblazeb2.com: i/o timeout",
                     "can't copy - source file is being updated (size changed from 1048576 to 1310720)", "context deadline exceeded", "unexpected EOF"))


SOURCES["rclone"] = ("rclone/rclone", "64ab1ac32260238eefca3c61327f5faf1c6e106f",
                     "fs/log/slog.go (text format), fs/operations/copy.go, fs/operations/operations.go, fs/sync/sync.go, cmd/cmd.go, backend/local/local.go, lib/atexit/atexit.go, fs/accounting/token_bucket.go")
SYSTEMS["rclone"] = (
    "{rc_i}{rc_obj}: {rc_copied}",
    "{rc_i}{rc_obj}: {rc_del}",
    "{rc_i}{rc_obj}: Updated modification time in destination",
    "{rc_e}{rc_obj}: Failed to copy: {rc_err}",
    "{rc_i}{rc_obj}: Moved (server-side)",
    "{rc_n}{rc_obj}: Can't follow symlink without -L/--copy-links",
    "{rc_i}{rc_remote}: Checks finished, now starting transfers",
    "{rc_e}Attempt {rc_try}/3 failed with {small} errors and: {rc_err}",
    "{rc_i}There was nothing to transfer",
    "{rc_e}{rc_obj}: Not deleting source as copy failed: {rc_err}",
    "{rc_i}{rc_obj}: Moved (server-side) to: {rc_obj2}",
    "{rc_e}{rc_obj}: Couldn't {rc_action}: {rc_err}",
    "{rc_i}{rc_remote}: Making map for --track-renames",
    "{rc_e}Attempt {rc_try}/3 succeeded",
    "{rc_n}Time may be set wrong - time from \"{rc_host}\" is {rc_skew} different from this computer",
    "{rc_i}Signal received: {rc_sig}",
    "{rc_n}Bandwidth limit {rc_bw} by user (now {rc_bwv})",
    "{rc_i}{rc_obj}: Renamed from \"{rc_obj2}\"",
)
SLOTS.update({
    "rc_i": _rc_head("INFO"), "rc_e": _rc_head("ERROR"), "rc_n": _rc_head("NOTICE"), "rc_obj": _rc_obj, "rc_obj2": _rc_obj, "rc_copied": _rc_copied,
    "rc_del": choice(("Deleted", "Deleted", "Deleted", "Moved into backup dir")), "rc_err": _rc_err, "rc_remote": choice(_RC_REMOTES),
    "rc_try": choice(("1", "1", "2", "3")), "rc_action": choice(("delete", "delete", "move into backup dir")),
    "rc_host": choice(("s3.eu-central-1.amazonaws.com", "api.backblazeb2.com", "graph.microsoft.com", "www.googleapis.com")),
    "rc_skew": lambda r: f"{r.uniform(5, 900):.{r.randint(3, 9)}f}s", "rc_sig": choice(("interrupt", "terminated", "hangup")),
    "rc_bw": choice(("enabled", "disabled", "enabled")), "rc_bwv": choice(("10Mi", "off", "1Mi:off", "512Ki")),
})
# ---------------------------------------------------------------- gitlab-runner (log/runner_formatter.go: "PREFIX" + message padded to 50 + sorted logrus fields)
_GR_REPOS = ("https://gitlab.example.com/platform/api.git", "https://gitlab.example.com/web/shop-frontend.git", "https://gitlab.com/acme/infra/terraform.git",
             "https://gitlab.example.com/data/etl-jobs.git", "https://gitlab.example.com/mobile/android-app.git", "https://gitlab.example.com/ops/ansible.git")
_GR_RUNNERS = ("xK9mQ2v_a", "t1Zz8fRbY", "glrt-3sx9", "Hq7dLw2PZ", "CmZnzx8bQ")


def _gr_fields(*keys: str) -> Callable[[R], str]:
    def fields(r: R) -> str:
        job = _LINE.setdefault("job", str(r.randint(4_000_000, 9_999_999)))
        total = r.randint(100, 900_000)
        sent = r.randint(0, 60_000)
        vals = {
            "builds": str(r.randint(0, 4)), "bytesize": str(total), "checksum": f"crc32:{hexs(r, 8)}", "code": r.choice(("202", "202", "200")),
            "correlation_id": b62(r, 26).upper(), "duration_s": f"{r.uniform(3, 3600):.6f}", "job": job, "job-log": f"0-{total}",
            "job-status": r.choice(("running", "running", "success", "failed")), "max_builds": r.choice(("4", "8", "2")), "project": str(r.randint(10, 9999)),
            "repo_url": r.choice(_GR_REPOS), "runner": r.choice(_GR_RUNNERS), "sent-log": f"{total - sent}-{total}", "status": r.choice(("202 Accepted", "200 OK")),
            "time_in_queue_seconds": str(r.randint(0, 900)), "update-interval": r.choice(("3s", "0s", "1m0s")), "stop-signal": r.choice(("terminated", "quit", "interrupt")),
            "status_txt": r.choice(("couldn't execute POST against https://gitlab.example.com/api/v4/jobs/request: Post \"https://gitlab.example.com/api/v4/jobs/request\": dial tcp 10.0.0.12:443: i/o timeout",
                                    "502 Bad Gateway", "500 Internal Server Error", "couldn't execute POST against https://gitlab.example.com/api/v4/jobs/request: Post \"https://gitlab.example.com/api/v4/jobs/request\": EOF")),
        }
        out = []
        for k in sorted(keys):
            v = vals["status_txt"] if k == "status" and "status_txt" in keys else vals.get(k, "")
            if k != "status_txt":
                out.append(f"{k}={v}")
        return "".join(" " + f for f in out)
    return fields


def _gr_msg(prefix: str, msg: str) -> str:
    return f"{prefix}{msg:<{50 - len(prefix)}} "


SOURCES["gitlab-runner"] = ("gitlabhq/gitlab-runner", "d79f3e7b89abceace75e2425bfe92b84ea059933",
                            "log/runner_formatter.go (format), network/gitlab.go, commands/multi.go, common/build.go")
SYSTEMS["gitlab-runner"] = (
    "Checking for jobs... received{gr_pad29}{gr_recv}",
    "Appending trace to coordinator...ok{gr_pad35}{gr_trace}",
    "Updating job...{gr_pad15}{gr_upd}",
    "Submitting job to coordinator...ok{gr_pad34}{gr_submit}",
    "Added job to processing list{gr_pad28}{gr_added}",
    "Removed job from processing list{gr_pad32}{gr_removed}",
    "Job succeeded{gr_pad13}{gr_succ}",
    "WARNING: Checking for jobs... failed{gr_padw27}{gr_failed}",
    "ERROR: Job failed (system failure): {gr_syserr} {gr_jobf}",
    "WARNING: Appending trace to coordinator... job failed{gr_padw44}{gr_trace}",
    "Configuration loaded{gr_pad20}{gr_cfg}",
    "WARNING: Submitting job to coordinator... not found{gr_padw42}{gr_failed2}",
    "ERROR: Checking for jobs... forbidden{gr_pade30}{gr_failed}",
    "WARNING: Checking for jobs... GitLab instance currently unavailable{gr_padw59}{gr_failed}",
    "Starting multi-runner from {gr_cfgfile}...{gr_padstart}{gr_cfg}",
    "WARNING: [runWait] received stop signal{gr_padw30}{gr_stop}",
    "All workers stopped.{gr_pad20}{gr_cfg}",
    "Can exit now!{gr_pad13}{gr_cfg}",
)
SLOTS.update({
    **{f"gr_pad{k}": (lambda k: lambda r: " " * max(0, 50 - k) + " ")(k) for k in (13, 15, 20, 28, 29, 32, 34, 35)},
    **{f"gr_padw{k}": (lambda k: lambda r: " " * max(0, 41 - k) + " ")(k) for k in (27, 30, 42, 44, 59)},
    "gr_pade30": lambda r: " " * (43 - 30) + " ",
    "gr_padstart": lambda r: " " * max(0, 50 - 30 - len(_LINE.get("cf", ""))) + " ",
    "gr_cfgfile": lambda r: _LINE.setdefault("cf", r.choice(("/etc/gitlab-runner/config.toml", "/home/gitlab-runner/.gitlab-runner/config.toml"))),
    "gr_recv": _gr_fields("correlation_id", "job", "repo_url", "runner"),
    "gr_trace": _gr_fields("code", "job", "job-log", "job-status", "runner", "sent-log", "status", "update-interval"),
    "gr_upd": _gr_fields("bytesize", "checksum", "correlation_id", "job", "runner"),
    "gr_submit": _gr_fields("bytesize", "checksum", "code", "correlation_id", "job", "job-status", "runner", "status", "update-interval"),
    "gr_added": _gr_fields("builds", "job", "max_builds", "project", "repo_url", "runner", "time_in_queue_seconds"),
    "gr_removed": _gr_fields("builds", "duration_s", "job", "max_builds", "project", "repo_url", "runner", "time_in_queue_seconds"),
    "gr_succ": _gr_fields("duration_s", "job", "project", "runner"),
    "gr_failed": _gr_fields("correlation_id", "runner", "status", "status_txt"),
    "gr_failed2": _gr_fields("bytesize", "checksum", "code", "correlation_id", "job", "job-status", "runner", "status", "update-interval"),
    "gr_jobf": _gr_fields("duration_s", "job", "project", "runner"), "gr_cfg": _gr_fields("builds", "max_builds"), "gr_stop": _gr_fields("builds", "max_builds", "stop-signal"),
    "gr_syserr": choice(("failed to pull image \"registry.example.com/ci/node:20\" with specified policies [always]: Error response from daemon: Get \"https://registry.example.com/v2/\": dial tcp 10.0.0.30:443: connect: connection refused (manager.go:238:15s)",
                          "prepare environment: Error response from daemon: Conflict. The container name \"/runner-xk9mq2va-project-123-concurrent-0-cache-3c3f0\" is already in use",
                          "execution took longer than 1h0m0s seconds", "Error response from daemon: no space left on device (docker.go:1245:0s)")),
})
# ---------------------------------------------------------------- argocd-application-controller (logrus TextFormatter: time= level= msg= + sorted fields)
_AC_APPS = (("argocd", "guestbook", "default"), ("argocd", "ingress-nginx", "platform"), ("argocd", "cert-manager", "platform"), ("argocd", "kube-prometheus-stack", "monitoring"),
            ("argocd", "shop-api-prod", "shop"), ("argocd", "shop-web-staging", "shop"), ("apps", "payments", "payments"), ("argocd", "root-app", "default"),
            ("argocd", "loki", "monitoring"), ("team-a", "orders-worker", "team-a"))
_AC_DEST = ("https://kubernetes.default.svc", "https://kubernetes.default.svc", "https://10.20.0.1:6443", "https://prod-eu.k8s.example.com")
_AC_NS = ("default", "ingress-nginx", "cert-manager", "monitoring", "shop", "payments", "loki", "team-a")


def _ac_q(v: str) -> str:
    return f'"{v}"' if (not v or any(c in v for c in ' ="/:')) and not v.replace("-", "").replace("/", "").replace(".", "").replace("_", "").isalnum() else v


def _ac_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f'time="2026-11-{day(r):02d}T{clock(r)}Z" level={lvl} msg="'


def _ac_fields(extra: tuple[str, ...] = (), app: bool = True) -> Callable[[R], str]:
    def fields(r: R) -> str:
        ns, name, proj = _LINE.get("app") or _LINE.setdefault("app", r.choice(_AC_APPS))
        vals: dict[str, str] = {}
        if app:
            vals.update({"application": name, "app-namespace": ns, "app-qualified-name": f"{ns}/{name}", "project": proj})
        for k in extra:
            if k.endswith("_ms"):
                vals[k] = str(r.choice((0, 0, 0, 1, r.randint(0, 40), r.randint(0, 4000))))
            elif k == "comparison-level":
                vals[k] = r.choice(("1", "1", "2", "3"))
            elif k == "dest-server":
                vals[k] = f'"{r.choice(_AC_DEST)}"'
            elif k == "dest-namespace":
                vals[k] = r.choice(_AC_NS)
            elif k == "dest-name":
                vals[k] = r.choice(("", "", "in-cluster"))
            elif k == "fields.level":
                vals[k] = r.choice(("0", "1", "2", "3"))
            elif k == "duration":
                vals[k] = godur(r)
            elif k == "error":
                vals[k] = '"' + r.choice(("rpc error: code = Unknown desc = failed to list refs: authentication required: Repository not found.",
                                          "Operation cannot be fulfilled on applications.argoproj.io \\\"shop-api-prod\\\": the object has been modified; please apply your changes to the latest version and try again",
                                          "context deadline exceeded", "rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing: dial tcp 10.96.12.7:8081: connect: connection refused\\\"")) + '"'
            elif k == "syncId":
                vals[k] = f"{r.randint(0, 99999):05d}-{b62(r, 5)}"
        return "".join(f" {k}={v}" for k, v in sorted(vals.items()))
    return fields


_AC_RECON = ("comparison-level", "dedup_ms", "dest-name", "dest-namespace", "dest-server", "diff_ms", "fields.level", "git_ms", "health_ms", "live_ms", "patch_ms",
             "setop_ms", "settings_ms", "sync_ms", "time_ms")


def _ac_rev(r: R) -> str:
    return hexs(r, 40) if r.random() < 0.8 else r.choice(("v1.4.2", "4.12.0", "65.1.1", "main"))


SOURCES["argocd-application-controller"] = ("argoproj/argo-cd", "37ee0097cf851bc2dd7665fc081bbce61a7e836e",
                                            "controller/appcontroller.go, controller/state.go, controller/sync.go, controller/sharding/sharding.go, util/app/log (app fields), logrus TextFormatter")
SYSTEMS["argocd-application-controller"] = (
    '{ac_i}Reconciliation completed"{ac_recon}',
    '{ac_i}Refreshing app status ({ac_reason}), level ({ac_lvl})"{ac_app}',
    '{ac_i}Comparing app state (cluster: {ac_dest}, namespace: {ac_ns})"{ac_app}',
    '{ac_i}GetRepoObjs stats"{ac_repo}',
    '{ac_i}No status changes. Skipping patch"{ac_app}',
    '{ac_i}Update successful"{ac_app}',
    '{ac_i}Skipping auto-sync: application status is {ac_sync}"{ac_app}',
    '{ac_i}Skipping auto-sync: most recent sync already to {ac_rev}"{ac_app}',
    '{ac_i}sync/terminate complete"{ac_term}',
    '{ac_i}Resuming in-progress operation. phase: {ac_phase}, message: {ac_pmsg}"{ac_app}',
    '{ac_w}Failed to initiate auto-sync to {ac_rev}"{ac_err}',
    '{ac_w}Skipping auto-sync: failed previous sync attempt to {ac_rev} and will not retry for {ac_rev}"{ac_app}',
    '{ac_e}Failed to cache app resources"{ac_err}',
    '{ac_i}Skipping auto-sync: another operation is in progress"{ac_app}',
    '{ac_i}Skipping auto-sync: already attempted sync to {ac_rev} with timeout {ac_tmo} (retrying in {godur})"{ac_app}',
    '{ac_w}Failed to get cached managed resources for tree reconciliation, fall back to full reconciliation"{ac_app}',
    '{ac_i}Processing all cluster shards"',
)
SLOTS.update({
    "ac_i": _ac_head("info"), "ac_w": _ac_head("warning"), "ac_e": _ac_head("error"),
    "ac_recon": _ac_fields(_AC_RECON), "ac_app": _ac_fields(), "ac_repo": _ac_fields(("build_options_ms", "helms_ms", "plugins_ms", "repo_ms", "time_ms", "unmarshal_ms", "version_ms")),
    "ac_term": _ac_fields(("duration", "syncId")), "ac_err": _ac_fields(("error",)),
    "ac_reason": lambda r: r.choice(("controller refresh requested", "normal refresh requested", "spec.source differs", "spec.destination differs",
                                     f"comparison expired, requesting refresh. reconciledAt: 2026-11-{day(r):02d} {clock(r)} +0000 UTC, expiry: 3m0s", "controller sync requested")),
    "ac_lvl": choice(("0", "1", "1", "2", "3")), "ac_dest": choice(_AC_DEST), "ac_ns": choice(_AC_NS),
    "ac_sync": choice(("Synced", "Synced", "Synced", "OutOfSync", "Unknown")), "ac_rev": _ac_rev,
    "ac_phase": choice(("Running", "Running", "Terminating")),
    "ac_pmsg": choice(("waiting for healthy state of apps/Deployment/shop-api", "one or more tasks are running", "waiting for completion of hook batch/Job/db-migrate",
                        "one or more synchronization tasks are not valid (retried 2 times).")),
    "ac_tmo": choice(("5s", "5s", "10s")),
})
# ---------------------------------------------------------------- vector (tracing-subscriber fmt: "ts  LEVEL span{fields}: target: message field=value")
_VE_SRC = (("source", "k8s_logs", "kubernetes_logs"), ("source", "nginx_files", "file"), ("source", "app_files", "file"), ("source", "journald", "journald"))
_VE_SINKS = (("sink", "es", "elasticsearch"), ("sink", "loki", "loki"), ("sink", "s3_archive", "aws_s3"), ("sink", "kafka_out", "kafka"), ("sink", "http_out", "http"))
_VE_FILES = ("/var/log/pods/default_shop-api-7d9c8b6f5-{h}_{u}/shop-api/0.log", "/var/log/nginx/access.log", "/var/log/nginx/error.log", "/var/log/app/app-2026-11-{d}.log",
             "/var/log/containers/ingress-nginx-controller-6b7d{h}_ingress-nginx_controller-{u}.log", "/var/log/pods/monitoring_loki-0_{u}/loki/0.log", "/var/log/syslog")


def _ve_ts(r: R) -> str:
    return f"2026-11-{day(r):02d}T{clock(r)}.{r.randint(0, 999999):06d}Z"


def _ve_span(kinds: tuple) -> Callable[[R], str]:
    def span(r: R) -> str:
        k, cid, ctype = r.choice(kinds)
        return f'{k}{{component_kind="{k}" component_id={cid} component_type={ctype}}}'
    return span


def _ve_head(lvl: str, span: str, target: str) -> Callable[[R], str]:
    sp = {"src": _ve_span(_VE_SRC), "fsrc": _ve_span(_VE_SRC[1:3]), "sink": _ve_span(_VE_SINKS), "remap": _ve_span((("transform", "parse_nginx", "remap"), ("transform", "enrich", "remap"), ("transform", "k8s_json", "remap"))), "": None}[span]

    def head(r: R) -> str:
        s = ""
        if sp is not None:
            s = sp(r) + (":file_server" if span == "fsrc" else "") + (f":request{{request_id={r.randint(1, 99999)}}}" if span == "sink" and r.random() < 0.7 else "") + ": "
        return f"{_ve_ts(r)} {lvl:>5} {s}{target}: "
    return head


def _ve_file(r: R) -> str:
    return r.choice(_VE_FILES).replace("{h}", b62(r, 5).lower()).replace("{u}", uuid4(r)).replace("{d}", f"{day(r):02d}")


SOURCES["vector"] = ("vectordotdev/vector", "c3445d42d2799eb9afe102b71cba7ae96a80942b",
                     "src/internal_events/file.rs, src/internal_events/remap.rs, src/sinks/util/retries.rs, src/topology/builder.rs, src/topology/running.rs, src/config/watcher.rs, src/app.rs")
SYSTEMS["vector"] = (
    "{ve_found}Found new file to watch. file={ve_file}",
    "{ve_unw}Stopped watching file. file={ve_file} reached_eof=\"{ve_bool}\"",
    "{ve_remap}Mapping failed with event. error={ve_vrl} error_type=\"conversion_failed\" stage=\"processing\" internal_log_rate_limit=true",
    "{ve_retry}Retrying after error. error={ve_err} internal_log_rate_limit=true",
    "{ve_del}File deleted. file={ve_file}",
    "{ve_resume}Resuming to watch file. file={ve_file} file_position={n}",
    "{ve_small}Currently ignoring file too small to fingerprint. file={ve_file}",
    "{ve_retry2}Retrying after response. reason={ve_reason} internal_log_rate_limit=true",
    "{ve_hc}Healthcheck passed.",
    "{ve_run}Reloading running topology with new configuration.",
    "{ve_watch}Configuration file changed.",
    "{ve_run}New configuration loaded successfully.",
    "{ve_run}Running healthchecks.",
    "{ve_run}All healthchecks passed.",
    "{ve_hcf}Healthcheck failed. error={ve_err} component_kind=\"sink\" component_type={ve_stype} component_id={ve_sid}",
    "{ve_exh}Retries exhausted; dropping the request. error={ve_err} internal_log_rate_limit=true",
    "{ve_big}Found line that exceeds max_line_bytes; discarding. truncated_bytes={n} configured_limit={ve_lim} encountered_size_so_far={n} error_type=\"condition_failed\" stage=\"receiving\" internal_log_rate_limit=true",
)
SLOTS.update({
    "ve_found": _ve_head("INFO", "fsrc", "vector::internal_events::file::source"), "ve_unw": _ve_head("INFO", "fsrc", "vector::internal_events::file::source"),
    "ve_del": _ve_head("INFO", "fsrc", "vector::internal_events::file::source"), "ve_resume": _ve_head("INFO", "fsrc", "vector::internal_events::file::source"),
    "ve_small": _ve_head("WARN", "fsrc", "vector::internal_events::file::source"), "ve_big": _ve_head("ERROR", "fsrc", "vector::internal_events::file::source"),
    "ve_remap": _ve_head("ERROR", "remap", "vector::internal_events::remap"), "ve_retry": _ve_head("WARN", "sink", "vector::sinks::util::retries"),
    "ve_retry2": _ve_head("WARN", "sink", "vector::sinks::util::retries"), "ve_exh": _ve_head("ERROR", "sink", "vector::sinks::util::retries"),
    "ve_hc": _ve_head("INFO", "sink", "vector::topology::builder"), "ve_hcf": _ve_head("ERROR", "sink", "vector::topology::builder"),
    "ve_run": _ve_head("INFO", "", "vector::topology::running"), "ve_watch": _ve_head("INFO", "", "vector::config::watcher"),
    "ve_file": _ve_file, "ve_lim": choice(("102400", "102400", "32768", "1048576")), "ve_bool": choice(("true", "false")),
    "ve_vrl": choice(('"function call error for \\"parse_json\\" at (4:36): unable to parse json: expected value at line 1 column 1"',
                       '"function call error for \\"parse_regex\\" at (12:64): could not find any pattern matches"',
                       '"function call error for \\"parse_timestamp\\" at (9:58): Invalid timestamp \\"-\\": input contains invalid characters"',
                       '"expected string, got null"')),
    "ve_err": choice(("Server responded with an error: 429 Too Many Requests", "Http status: 503 Service Unavailable", "Failed to make HTTP(S) request: error trying to connect: tcp connect error: Connection refused (os error 111)",
                       "Request timed out", "dispatch failure: timeout: error trying to connect: HTTP connect timeout occurred after 3.1s", "Kafka error: Message production error: QueueFull (Local: Queue full)")),
    "ve_reason": choice(('"429 Too Many Requests"', '"502 Bad Gateway"', '"503 Service Unavailable"', '"500 Internal Server Error: {\\"error\\":\\"es_rejected_execution_exception\\"}"')),
    "ve_stype": choice(tuple(s[2] for s in _VE_SINKS)), "ve_sid": choice(tuple(s[1] for s in _VE_SINKS)),
})
# ---------------------------------------------------------------- synapse (default log.config: "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - %(request)s - %(message)s")
_SY_SERVERS = ("matrix.org", "mozilla.org", "kde.org", "gnome.org", "tchncs.de", "nitro.chat", "envs.net", "matrix.example.net", "chat.example.de", "fosdem.org", "element.io")
_SY_USERS = ("@alice:example.com", "@bob:example.com", "@carol:example.com", "@bridge_bot:example.com", "@dmitri:example.com", "@admin:example.com")
_SY_PATHS = ("/_matrix/client/v3/sync?timeout=30000&since=s{n}_{n}_4_{n}_1_1_1_{n}_0_1", "/_matrix/client/v3/sync?filter=0&timeout=0", "/_matrix/client/v3/keys/upload",
             "/_matrix/client/v3/rooms/!{r}:example.com/send/m.room.message/m{n}.{n}", "/_matrix/client/v3/pushrules/", "/_matrix/client/r0/rooms/!{r}:example.com/read_markers",
             "/_matrix/federation/v1/send/{n}", "/_matrix/key/v2/server", "/_matrix/client/v3/user/%40alice%3Aexample.com/account_data/im.vector.setting.breadcrumbs",
             "/_matrix/media/v3/thumbnail/example.com/{r}?width=96&height=96&method=crop", "/_matrix/client/versions", "/health")
_SY_UAS = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Element/1.11.85 Chrome/130.0.6723.137 Electron/33.2.0 Safari/537.36",
           "Element/1.6.24 (Android 14; Pixel 8; Flavour GooglePlay; MatrixAndroidSdk2 1.6.24)", "Element X/25.11.2 (iPhone15,2; iOS 18.1; Scale/3.00)",
           "Synapse/1.120.0", "mautrix-whatsapp/v0.11.1 mautrix-go/v0.22.0", "-")


def _sy_head(name: str, line: int, lvl: str, req: str = "-") -> Callable[[R], str]:
    def head(r: R) -> str:
        rq = {"-": "-", "get": f"{r.choice(('GET', 'GET', 'PUT', 'POST'))}-{r.randint(1, 999999)}", "fed": f"PUT-{r.randint(1, 999999)}",
              "bg": r.choice(("federation_transaction_transmission_loop-", "process_event_queue_for_federation-", "_process_incoming_pdus_in_room_inner-")) + str(r.randint(1, 99999))}[req]
        return f"2026-11-{day(r):02d} {clock(r)},{ms3(r)} - {name} - {line} - {lvl} - {rq} - "
    return head


def _sy_path(r: R) -> str:
    return re.sub(r"\{n\}", lambda _m: str(r.randint(1, 999999)), r.choice(_SY_PATHS)).replace("{r}", b62(r, 18))


def _sy_txn(r: R) -> str:
    return f"{r.choice(('PUT', 'GET', 'POST'))}-O-{r.randint(1, 99999)}"


SOURCES["synapse"] = ("element-hq/synapse", "a58ad44eb0ce3cc14153f921206f322e17339dc5",
                      "synapse/http/site.py, synapse/http/matrixfederationclient.py, synapse/federation/transport/server/federation.py, synapse/federation/transport/server/_base.py, synapse/federation/sender/per_destination_queue.py, synapse/util/retryutils.py, synapse/federation/federation_server.py, synapse/push/pusherpool.py, synapse/handlers/device.py, docs/sample_log_config.yaml")
SYSTEMS["synapse"] = (
    "{sy_acc}{sy_cip} - {sy_tag} - {{sy_req}} Processed request: {sy_s}sec/{sy_s}sec ru=({sy_s}sec, {sy_s}sec) db=({sy_s}sec/{sy_s}sec/{small}) {n}B {sy_code} \"{sy_meth} {sy_path} HTTP/1.1\" \"{sy_ua}\" [{small} dbevts]",
    "{sy_mfc}{{sy_txn}} [{sy_dest}] Got response headers: {sy_rcode}",
    "{sy_mfc2}{{sy_txn}} [{sy_dest}] Completed request: {sy_rcode} in {sy_secs} secs, got {n} bytes - {sy_meth} matrix-federation://{sy_dest1}{sy_fpath}",
    "{sy_rx}Received txn {n} from {sy_dest}. (PDUs: {small}, EDUs: {small})",
    "{sy_retry}Connection to {sy_dest} was unsuccessful ({sy_exc}); backoff now {sy_backoff}",
    "{sy_mfc3}{{sy_txn}} [{sy_dest}] Request failed: {sy_meth} matrix-federation://{sy_dest1}{sy_fpath}: {sy_reqerr}",
    "{sy_tx}TX [{sy_dest}] Failed to send transaction: {sy_sendfail}",
    "{sy_tx2}Failed to send event ${sy_eid} to {sy_dest}",
    "{sy_up}Marking origin '{sy_dest}' as up",
    "{sy_tx3}TX [{sy_dest}] Received {sy_hcode} response to transaction: {sy_hcode1}: {sy_hmsg}",
    "{sy_fs}Ignoring PDU for unknown room_id: !{sy_room}:{sy_dest}",
    "{sy_push}Starting pusher {sy_user} / {sy_app}",
    "{sy_mail}Sending notif email for user '{sy_user}'",
    "{sy_dev}Skipping device list resync for {sy_user}, as our cache matches already",
)
SLOTS.update({
    "sy_acc": _sy_head("synapse.access.http.8008", 465, "INFO", "get"), "sy_mfc": _sy_head("synapse.http.matrixfederationclient", 793, "INFO", "bg"),
    "sy_mfc2": _sy_head("synapse.http.matrixfederationclient", 371, "INFO", "bg"), "sy_mfc3": _sy_head("synapse.http.matrixfederationclient", 837, "INFO", "bg"),
    "sy_rx": _sy_head("synapse.federation.transport.server.federation", 112, "INFO", "fed"), "sy_retry": _sy_head("synapse.util.retryutils", 301, "INFO", "bg"),
    "sy_tx": _sy_head("synapse.federation.sender.per_destination_queue", 453, "WARNING", "bg"), "sy_tx2": _sy_head("synapse.federation.sender.per_destination_queue", 458, "INFO", "bg"),
    "sy_tx3": _sy_head("synapse.federation.sender.per_destination_queue", 445, "WARNING", "bg"), "sy_up": _sy_head("synapse.federation.transport.server._base", 151, "INFO", "fed"),
    "sy_fs": _sy_head("synapse.federation.federation_server", 472, "INFO", "fed"), "sy_push": _sy_head("synapse.push.pusherpool", 440, "INFO"),
    "sy_mail": _sy_head("synapse.push.emailpusher", 330, "INFO"), "sy_dev": _sy_head("synapse.handlers.device", 1801, "INFO", "bg"),
    "sy_cip": lambda r: r.choice((ip4(r), "::ffff:127.0.0.1", "::ffff:10.0.0.5")), "sy_tag": choice(("8008", "8008", "8448")), "sy_req": lambda r: r.choice(_SY_USERS + ("None", "None")),
    "sy_s": lambda r: f"{r.choice((r.uniform(0, 0.02), r.uniform(0, 0.5), r.uniform(0, 31))):.3f}", "sy_code": choice(("200", "200", "200", "200", "401", "404", "429", "499")),
    "sy_meth": choice(("GET", "GET", "PUT", "POST")), "sy_path": _sy_path, "sy_ua": choice(_SY_UAS),
    "sy_txn": _sy_txn, "sy_dest": choice(_SY_SERVERS), "sy_dest1": choice(_SY_SERVERS), "sy_rcode": choice(("200 OK", "200 OK", "200 OK", "404 Not Found", "403 Forbidden", "401 Unauthorized", "502 Bad Gateway")),
    "sy_secs": lambda r: f"{r.uniform(0.01, 30):.2f}",
    "sy_fpath": lambda r: r.choice((f"/_matrix/federation/v1/send/{r.randint(10**12, 10**13)}", "/_matrix/key/v2/server", f"/_matrix/federation/v1/query/profile?user_id=%40{r.choice(USERS)}%3Aexample.com",
                                    f"/_matrix/federation/v1/user/devices/%40{r.choice(USERS)}%3Aexample.com")),
    "sy_exc": lambda r: r.choice(("<class 'synapse.api.errors.RequestSendFailed'>(Failed to send request: DNSLookupError: DNS lookup failed: no results for hostname lookup: matrix.example.net.)",
                                  "<class 'synapse.api.errors.HttpResponseException'>(502: Bad Gateway)", "<class 'synapse.api.errors.RequestSendFailed'>(Failed to send request: TimeoutError: Timed out after 60s)",
                                  "<class 'synapse.api.errors.RequestSendFailed'>(Failed to send request: ConnectError: An error occurred while connecting: 111: Connection refused.)")),
    "sy_backoff": lambda r: str(r.choice((600000, 1200000, 2400000, 4800000, 86400000))),
    "sy_reqerr": choice(("DNSLookupError('matrix.example.net')", "TimeoutError: Timed out after 60s", "ConnectingCancelledError: HostnameEndpoint connection cancelled", "ResponseNeverReceived:[<twisted.python.failure.Failure twisted.internet.error.ConnectionLost: Connection to the other side was lost in a non-clean fashion.>]")),
    "sy_sendfail": choice(("Failed to send request: TimeoutError: Timed out after 60s", "Failed to send request: DNSLookupError: DNS lookup failed: no results for hostname lookup: chat.example.de.", "Failed to send request: ConnectError: An error occurred while connecting: 113: No route to host.")),
    "sy_eid": lambda r: b62(r, 43), "sy_hcode": lambda r: _LINE.setdefault("hc", r.choice(("401", "403", "500", "502"))), "sy_hcode1": lambda r: _LINE.get("hc", "500"),
    "sy_hmsg": choice(("Bad Gateway", "Internal Server Error", "Forbidden", "Unauthorized")), "sy_room": lambda r: b62(r, 18),
    "sy_user": choice(_SY_USERS), "sy_app": lambda r: f"im.vector.app.android/{b62(r, 40)}",
})
# ---------------------------------------------------------------- guacd (src/guacd/log.c: "guacd[pid]: LEVEL:\t" + message)
_GU_HOSTS = ("win-srv01.corp.example", "10.20.1.15", "10.20.1.16", "ts01.corp.example", "build-win-07", "192.168.10.40", "linux-jump.corp.example")


def _gu_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"guacd[{r.choice((1083, r.randint(2000, 999999)))}]: {lvl}:\t"


def _gu_cid(r: R) -> str:
    return "$" + uuid4(r)


SOURCES["guacd"] = ("apache/guacamole-server", "6719b20d09b767d30915c5e1c626a7a72fc75a59",
                    "src/guacd/log.c (format), src/guacd/connection.c, src/guacd/proc.c, src/guacd/daemon.c, src/libguac/user-handshake.c, src/libguac/client.c, src/protocols/rdp/rdp.c, src/protocols/rdp/keyboard.c, src/protocols/rdp/channels/rdpdr/rdpdr-messages.c, src/protocols/ssh/ssh.c, src/protocols/vnc/vnc.c")
SYSTEMS["guacd"] = (
    "{gu_i}User \"@{gu_uuid}\" joined connection \"{gu_cid}\" ({gu_n} users now present)",
    "{gu_i}User \"@{gu_uuid}\" disconnected ({gu_n0} users remain)",
    "{gu_i}Creating new client for protocol \"{gu_proto}\"",
    "{gu_i}Connection ID is \"{gu_cid}\"",
    "{gu_i}Last user of connection \"{gu_cid}\" disconnected",
    "{gu_i}Connection \"{gu_cid}\" removed.",
    "{gu_i}RDP server closed/refused connection: {gu_rdperr}",
    "{gu_i}Loading keymap \"{gu_km}\"",
    "{gu_i}Internal RDP client disconnected",
    "{gu_i}Joining existing connection \"{gu_cid}\"",
    "{gu_i}Connected to RDPDR {gu_ver} as client 0x{gu_cli}",
    "{gu_e}Connection closed.",
    "{gu_w}Guacamole handshake failed: {gu_hs}",
    "{gu_i}Certificate validation failed",
    "{gu_i}SSH connection successful.",
    "{gu_e}Guacamole protocol violation. Perhaps the version of guacamole-client is incompatible with this version of guacd?",
    "{gu_e}Unable to connect to VNC server.",
    "{gu_w}Client did not terminate in a timely manner. Forcibly terminating client and any child processes.",
    "{gu_i}Connection \"{gu_cid}\" does not exist",
    "{gu_i}Guacamole proxy daemon (guacd) version {gu_v} started",
    "{gu_i}Listening on host {gu_lh}, port {gu_port}",
)
SLOTS.update({
    "gu_i": _gu_head("INFO"), "gu_w": _gu_head("WARNING"), "gu_e": _gu_head("ERROR"), "gu_uuid": uuid4, "gu_cid": _gu_cid,
    "gu_n": choice(("1", "1", "1", "2", "3")), "gu_n0": choice(("0", "0", "0", "1", "2")), "gu_proto": choice(("rdp", "rdp", "rdp", "ssh", "vnc", "telnet", "kubernetes")),
    "gu_km": choice(("base", "en-us-qwerty", "de-de-qwertz", "fr-fr-azerty", "failsafe")), "gu_ver": choice(("1.13", "1.12", "1.13")), "gu_cli": lambda r: f"{r.randint(1, 0xffff):04x}",
    "gu_rdperr": choice(("Disconnected.", "Disconnected.", "Manually disconnected.", "Authentication failure (invalid credentials?)", "Server refused connection (wrong security type?)", "Logged off.", "Idle session time limit reached.", "Forcibly disconnected.")), "gu_hs": choice(("Connection closed", "Timed out", "Internal error", "Invalid argument", "Input/output error")),
    "gu_v": choice(("1.5.5", "1.6.0", "1.5.4")), "gu_port": choice(("4822", "4822", "4823")), "gu_lh": choice(("0.0.0.0", "::", "127.0.0.1", "localhost")),
})
# ---------------------------------------------------------------- dex (slog TextHandler: time= level= msg= attrs; request attrs appended by cmd/dex/logger.go)
_DX_CONN = ("ldap", "ldap", "github", "google", "oidc-keycloak", "local", "microsoft")
_DX_CLIENTS = ("kubernetes", "argo-cd", "grafana", "oauth2-proxy", "gitea", "harbor", "example-app")


def _dx_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"time={'2026-11-%02dT' % day(r)}{clock(r)}.{ms3(r)}Z level={lvl} msg="


def _dx_req(r: R) -> str:
    return f" client_remote_addr={ip4(r)} request_id={uuid4(r)}"


def _dx_groups(r: R) -> str:
    g = r.sample(("admins", "devs", "k8s-admins", "ops", "readonly", "team-a", "grafana-editors"), r.randint(0, 3))
    return f'"[{" ".join(g)}]"' if len(g) > 1 else f"[{''.join(g)}]"


def _dx_err(r: R) -> str:
    return r.choice(('"ldap: failed to connect: LDAP Result Code 200 \\"Network Error\\": dial tcp 10.0.3.10:636: i/o timeout"', '"oidc: failed to get token: oauth2: \\"invalid_grant\\" \\"Code not valid\\""',
                     '"github: failed to get token: oauth2: cannot fetch token: 401 Unauthorized"', '"not found"', '"context canceled"',
                     '"failed to get auth request: not found"', '"ldap: invalid password for user \\"uid=bob,ou=people,dc=example,dc=com\\""'))


SOURCES["dex"] = ("dexidp/dex", "ab64ed778070e983cbb10cfc07ea4bb397d14312",
                  "server/authflow/finalize.go, server/authflow/callback.go, server/authflow/authorize.go, server/grants/*.go, server/tokens/refresh_lookup.go, server/server.go, connector/ldap/ldap.go, connector/github/github.go, cmd/dex/logger.go, cmd/dex/serve.go")
SYSTEMS["dex"] = (
    '{dx_i}"login successful" connector_id={dx_conn} user_id={dx_uid} username={dx_un} preferred_username={dx_pun} email={dx_mail} groups={dx_groups}{dx_req}',
    '{dx_i}"performing ldap search" base_dn={dx_base} scope={dx_scope} filter={dx_filter}{dx_req}',
    '{dx_i}"username mapped to entry" username={user} user_dn={dx_dn}{dx_req}',
    '{dx_i}"garbage collection run, delete auth" requests={small} auth_codes={small} device_requests={small} device_tokens={small} auth_sessions={small}',
    '{dx_e}"failed to authenticate" err={dx_err}{dx_req}',
    '{dx_e}"invalid password for user" user_dn={dx_dn}{dx_req}',
    '{dx_i}"refresh: refused, session ended" client_id={dx_cli} user_id={dx_uid}{dx_req}',
    '{dx_e}"refresh token claimed twice" token_id={dx_tok}{dx_req}',
    '{dx_e}"failed to get refresh token" err={dx_err}{dx_req}',
    '{dx_e}"invalid client_id provided" client_id={dx_badcli}{dx_req}',
    '{dx_i}"invalid client_secret on token request" client_id={dx_cli}{dx_req}',
    '{dx_e}"refresh token expired due to inactivity" token_id={dx_tok}{dx_req}',
    '{dx_e}"no results returned for filter" filter={dx_filter}{dx_req}',
    '{dx_i}"user not in org or application not authorized to read org data" user={user} org={dx_org}{dx_req}',
    '{dx_e}"failed to parse authorization request" err={dx_perr}{dx_req}',
    '{dx_i}"listening on" server={dx_srv} address={dx_addr}',
    '{dx_i}"config connector" connector_id={dx_conn}',
)
SLOTS.update({
    "dx_i": _dx_head("INFO"), "dx_e": _dx_head("ERROR"), "dx_req": _dx_req, "dx_conn": choice(_DX_CONN), "dx_uid": lambda r: r.choice((uuid4(r), str(r.randint(100000, 99999999)), f"uid={r.choice(USERS)},ou=people,dc=example,dc=com")),
    "dx_un": lambda r: _LINE.setdefault("u", r.choice(USERS)), "dx_pun": lambda r: _LINE.get("u", "alice"), "dx_mail": lambda r: f"{_LINE.get('u', 'alice')}@example.com",
    "dx_groups": _dx_groups, "dx_base": choice(('"ou=people,dc=example,dc=com"', '"cn=users,cn=accounts,dc=corp,dc=example"', '"ou=Users,dc=ad,dc=example,dc=org"')),
    "dx_filter": lambda r: f'"(&(objectClass=person)(uid={r.choice(USERS)}))"' if r.random() < 0.7 else f'"(&(objectClass=groupOfNames)(member=uid={r.choice(USERS)},ou=people,dc=example,dc=com))"',
    "dx_scope": choice(("sub", "sub", "one")), "dx_dn": lambda r: f'"uid={r.choice(USERS)},ou=people,dc=example,dc=com"', "dx_err": _dx_err, "dx_cli": choice(_DX_CLIENTS),
    "dx_badcli": choice(("kubernetes-old", "test", "grafana2", "undefined", "")), "dx_tok": lambda r: b62(r, 25).lower(), "dx_org": choice(("acme", "acme-platform", "example-org")),
    "dx_perr": choice(('"Unregistered redirect_uri (\\"https://grafana.example.com/login/generic_oauth2\\")."', '"Unsupported response type \\"token\\""', '"Invalid client_id (\\"test\\")."')),
    "dx_srv": choice(("http", "https", "telemetry", "grpc")), "dx_addr": choice(("0.0.0.0:5556", "0.0.0.0:5558", "0.0.0.0:5557", "127.0.0.1:5556")),
})
# ---------------------------------------------------------------- evcc (util/log.go: "[area  ] LEVEL date time " prefix per area logger)
def _ev_head(area: str, lvl: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        a = area if area != "lp" else f"lp-{r.choice((1, 1, 2))}"
        return f"[{a:<6}] {lvl} 2026/11/{day(r):02d} {clock(r)} "
    return head


def _ev_arr(fmt: str, lo: float, hi: float) -> Callable[[R], str]:
    def arr(r: R) -> str:
        base = r.uniform(lo, hi)
        return "[" + " ".join(format(max(0.0, base + r.uniform(-0.3, 0.3) * (hi - lo) / 20), fmt) for _ in range(3)) + "]"
    return arr


SOURCES["evcc"] = ("evcc-io/evcc", "b29b49e3056ead3c99ff1f4711b2bb17083114b0", "core/site.go, core/loadpoint.go, core/loadpoint_vehicle.go, util/log.go (area/level prefix)")
SYSTEMS["evcc"] = (
    "{ev_sd}grid power: {ev_w}W",
    "{ev_sd}pv power: {ev_pw}W",
    "{ev_sd}site power: {ev_w}W",
    "{ev_ld}charge power: {ev_pw}W",
    "{ev_sd}battery power: {ev_w}W",
    "{ev_sd}battery soc: {ev_soc}%",
    "{ev_ld}charge currents: {ev_cur}A",
    "{ev_ld}charger status: {ev_st}",
    "{ev_ld}pv charge current: {ev_a}A = {ev_a}A + {ev_da}A ({ev_w}W @ {ev_ph}p)",
    "{ev_ld}session energy: {ev_kwh}kWh",
    "{ev_ld}{ev_typ} soc: {ev_soc}%",
    "{ev_ld}charge voltages: {ev_volt}V",
    "{ev_ld}site power {ev_w}W <= {ev_thr}W enable threshold",
    "{ev_ld}pv enable timer remaining: {ev_rem}",
    "{ev_ld}set charge current limit: {ev_a}A",
    "{ev_sd}grid currents: {ev_gcur}A",
    "{ev_li}car connected",
    "{ev_lw}charger logic error: current mismatch (got {ev_a}A, expected {ev_a}A) - make sure your interval is at least 30s",
    "{ev_ld}detected active phases: {ev_ph}p",
)
SLOTS.update({
    "ev_sd": _ev_head("site", "DEBUG"), "ev_ld": _ev_head("lp", "DEBUG"), "ev_li": _ev_head("lp", "INFO"), "ev_lw": _ev_head("lp", "WARN"),
    "ev_w": lambda r: str(r.randint(-9000, 11000)), "ev_pw": lambda r: str(r.choice((0, 0, r.randint(0, 11000)))), "ev_soc": num(5, 100),
    "ev_cur": _ev_arr(".3g", 0, 16), "ev_gcur": _ev_arr(".3g", 0, 25), "ev_volt": _ev_arr(".3g", 225, 238),
    "ev_typ": choice(("vehicle", "vehicle", "vehicle", "charger")), "ev_st": choice(("A", "B", "B", "C", "C", "C")), "ev_a": lambda r: format(r.choice((6, 6, 16, r.uniform(6, 16))), ".3g"),
    "ev_da": lambda r: format(r.uniform(-3, 3), ".3g"), "ev_ph": choice(("1", "3", "3")), "ev_kwh": lambda r: f"{r.uniform(0, 60):.3f}",
    "ev_thr": choice(("0", "0", "-1500", "-2000")), "ev_rem": lambda r: f"{r.randint(1, 59)}s" if r.random() < 0.6 else f"{r.randint(1, 9)}m{r.randint(0, 59)}s",
})
# ---------------------------------------------------------------- traccar (helper/Log.java LogFormatter: "%1$tF %1$tT %2$5s: %3$s")
_TC_PROTOS = ("osmand", "osmand", "teltonika", "gt06", "h02", "tk103", "gps103", "meitrack", "queclink", "watch", "suntech")
_TC_EVENTS = ("deviceOnline", "deviceOffline", "deviceUnknown", "deviceMoving", "deviceStopped", "geofenceEnter", "geofenceExit", "ignitionOn", "ignitionOff", "alarm", "deviceOverspeed")


def _tc_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)} {lvl:>5}: "


def _tc_sess(r: R) -> str:
    return _LINE.setdefault("sess", ("T" if r.random() < 0.85 else "U") + hexs(r, 8))


def _tc_uid(r: R) -> str:
    return r.choice((f"86{r.randint(10**12, 10**13 - 1)}", f"35{r.randint(10**12, 10**13 - 1)}", str(r.randint(100000, 99999999)), f"{r.randint(10**9, 10**10 - 1)}"))


def _tc_data(r: R) -> str:
    p = _LINE.get("proto", "osmand")
    if p == "osmand":
        return (f"POST /?id={r.randint(100000, 999999)}&timestamp={r.randint(1764000000, 1764100000)}&lat={r.uniform(47, 55):.7f}&lon={r.uniform(6, 15):.7f}"
                f"&speed={r.uniform(0, 40):.1f}&bearing={r.uniform(0, 360):.1f}&altitude={r.uniform(0, 900):.1f}&accuracy={r.uniform(3, 30):.1f}&batt={r.randint(5, 100)} HTTP/1.1")
    return hexs(r, r.choice((24, 36, 70, 92, 140)))


def _tc_exc(r: R) -> str:
    return r.choice(("Connection reset - SocketException (SocketDispatcher:-2 < IOUtil:330 < NioSocketImpl:-1 < ...)", "Connection reset by peer - IOException (FileDispatcherImpl:-2 < ...)",
                     "readerIndex(1) + length(4) exceeds writerIndex(3): PooledUnsafeDirectByteBuf(ridx: 1, widx: 3, cap: 2048) - IndexOutOfBoundsException (AbstractByteBuf:1442 < AbstractByteBuf:1428 < Gt06ProtocolDecoder:1134 < ...)",
                     "Unable to decode: null - DecoderException (ByteToMessageDecoder:499 < ...)"))


SOURCES["traccar"] = ("traccar/traccar", "9e5c458ad0bf44ceaddf72534bf6874787f41b6c", "src/main/java/org/traccar/helper/Log.java (format), handler/network/StandardLoggingHandler.java, helper/PositionLogger.java, handler/network/MainEventHandler.java, session/ConnectionManager.java, database/NotificationManager.java, handler/FilterHandler.java, BaseProtocolEncoder.java, handler/GeocoderHandler.java, handler/DatabaseHandler.java")
SYSTEMS["traccar"] = (
    "{tc_i}[{tc_sess}: {tc_proto}{tc_dir}{ip}] {tc_data}",
    "{tc_i}[{tc_sess}] id: {tc_uid}, time: {tc_time}, lat: {tc_lat}, lon: {tc_lon}{tc_speed}, course: {tc_course}{tc_acc}",
    "{tc_i}[{tc_sess}] connected",
    "{tc_i}[{tc_sess}] disconnected",
    "{tc_w}Unknown device - {tc_uid} ({ip})",
    "{tc_w}[{tc_sess}] error - {tc_exc}",
    "{tc_i}Event id: {tc_uid}, time: {tc_time}, type: {tc_ev}, notifications: {small}",
    "{tc_i}[{tc_sess}] timed out",
    "{tc_i}Position filtered by {tc_filt} filters from device: {tc_uid}",
    "{tc_i}[{tc_sess}] id: {tc_uid}, command type: {tc_cmd} {tc_sent}",
    "{tc_w}Geocoding failed - {tc_geoerr}",
    "{tc_w}Failed to store position - {tc_dberr}",
    "{tc_i}Automatically registered {tc_uid}",
    "{tc_i}Skipping notifications for old event",
    "{tc_i}[{tc_sess}] logging throttled",
)
SLOTS.update({
    "tc_i": _tc_head("INFO"), "tc_w": _tc_head("WARN"), "tc_sess": _tc_sess, "tc_proto": lambda r: _LINE.setdefault("proto", r.choice(_TC_PROTOS)),
    "tc_dir": choice((" < ", " < ", " < ", " > ")), "tc_data": _tc_data, "tc_uid": _tc_uid,
    "tc_time": lambda r: f"2026-11-{day(r):02d} {clock(r)}", "tc_lat": lambda r: f"{r.uniform(47, 55):.5f}", "tc_lon": lambda r: f"{r.uniform(6, 15):.5f}",
    "tc_speed": lambda r: f", speed: {r.uniform(0.1, 70):.1f}" if r.random() < 0.6 else "", "tc_course": lambda r: f"{r.choice((0.0, r.uniform(0, 360))):.1f}",
    "tc_acc": lambda r: f", accuracy: {r.uniform(2, 40):.1f}" if r.random() < 0.3 else "", "tc_exc": _tc_exc, "tc_ev": choice(_TC_EVENTS),
    "tc_filt": choice(("duplicate", "invalid", "zero", "static", "distance", "duplicate static", "accuracy")), "tc_cmd": choice(("positionPeriodic", "engineStop", "engineResume", "custom", "rebootDevice")),
    "tc_sent": choice(("sent", "sent", "not sent")),
    "tc_geoerr": choice(("HTTP 429 Too Many Requests - ClientErrorException (JerseyInvocation:-1 < ...)", "Empty address. Error: REQUEST_DENIED - GeocoderException (GoogleGeocoder:95 < ...)", "connect timed out - SocketTimeoutException (...)")),
    "tc_dberr": choice(("Connection is not available, request timed out after 30000ms. - SQLTransientConnectionException (HikariPool:696 < ...)", "Duplicate entry for key 'PRIMARY' - SQLIntegrityConstraintViolationException (...)")),
})
# ---------------------------------------------------------------- pdns-recursor (structured logging backend of pdns/recursordist/rec-main.cc: msg= subsystem= level= prio= tid= ts= + sorted values)
def _pr_head(sub: str, prio: str, tid: bool = False) -> Callable[[R], str]:
    def head(r: R) -> str:
        t = str(r.randint(1, 8)) if tid else "0"
        return f'subsystem="{sub}" level="0" prio="{prio}" tid="{t}" ts="{r.randint(1764000000, 1764100000)}.{ms3(r)}"'
    return head


def _pr_q(v: Callable[[R], str]) -> Callable[[R], str]:
    return lambda r: f'"{v(r)}"'


def _pr_pct(r: R) -> str:
    return f"{r.uniform(0, 100):.2f}"


def _pr_big(r: R) -> str:
    return str(r.randint(0, 10 ** r.randint(2, 9)))


_PR_SERVERS = ("192.5.5.241", "199.7.83.42", "193.0.14.129", "2001:500:2f::f", "8.8.8.8", "1.1.1.1", "205.251.196.1", "162.159.24.4", "216.239.32.10")
_PR_QNAMES = ("www.example.com", "api.github.com", "login.microsoftonline.com", "cdn.jsdelivr.net", "_443._tcp.mail.example.org", "ns1.example.net", "wpad.example.corp", "time.apple.com")


SOURCES["pdns-recursor"] = ("PowerDNS/pdns", "20096dc7c96883e6f92ed91ce8fa6e911f50bca0",
                            "pdns/recursordist/rec-main.cc (structured log backend, doStats), pdns/recursordist/lwres.cc, pdns/recursordist/rec-tcp.cc, pdns/recursordist/rec-carbon.cc, pdns/recursordist/secpoll-recursor.cc, pdns/logging.hh")
SYSTEMS["pdns-recursor"] = (
    'msg="Periodic statistics report" {pr_stats} cache-entries={pr_n} negcache-entries={pr_n} questions={pr_n} record-cache-acquired={pr_n} record-cache-contended={pr_n} record-cache-contended-perc={pr_pct} record-cache-hitratio-perc={pr_pct}',
    'msg="Periodic statistics report" {pr_stats} packetcache-acquired={pr_n} packetcache-contended={pr_n} packetcache-contended-perc={pr_pct} packetcache-entries={pr_n} packetcache-hitratio-perc={pr_pct}',
    'msg="Periodic statistics report" {pr_stats} edns-entries={pr_n} failed-host-entries={pr_n} non-resolving-nameserver-entries={pr_n} nsspeed-entries={pr_n} saved-parent-ns-sets-entries={pr_n} throttle-entries={pr_n}',
    'msg="Periodic statistics report" {pr_stats} concurrent-queries={pr_n} dot-outqueries={pr_n} idle-tcpout-connections={pr_n} outgoing-timeouts={pr_n} outqueries={pr_n} outqueries-per-query-perc={pr_pct} tcp-outqueries={pr_n} throttled-queries-perc={pr_pct}',
    'msg="Queries handled by thread" {pr_stats} count={pr_n} thread={pr_thr} tname={pr_tname}',
    'msg="Periodic statistics report" {pr_stats} taskqueue-expired={pr_n} taskqueue-pushed={pr_n} taskqueue-size={pr_n}',
    'msg="Periodic QPS report" {pr_stats} averagedOver={pr_avg} qps={pr_n}',
    'msg="Packet purporting to come from remote server contained wrong answer" {pr_out} onwire={pr_qname} qname={pr_qname} server={pr_server}',
    'msg="Unknown error parsing packet from remote server" {pr_outu} server={pr_server}',
    'msg="TCP client disconnected after first byte" {pr_tcpin} remote={pr_remote}',
    'msg="Timeout connecting/writing carbon data" {pr_carbon} address={pr_carbonaddr}',
    'msg="Unable to parse packet from TCP client" {pr_tcpin} remte={pr_remote}',
    'msg="Polled security status of version, no known issues reported" {pr_secpoll} version={pr_ver}',
    'msg="No stats yet" {pr_nostats}',
)
SLOTS.update({
    "pr_stats": _pr_head("stats", "Info"), "pr_nostats": _pr_head("stats", "Notice"), "pr_out": _pr_head("out", "Notice", True), "pr_outu": _pr_head("out", "Notice", True),
    "pr_tcpin": _pr_head("in", "Error", True), "pr_carbon": _pr_head("carbon", "Warning"), "pr_secpoll": _pr_head("housekeeping", "Notice"),
    "pr_n": _pr_q(_pr_big), "pr_pct": _pr_q(_pr_pct), "pr_thr": _pr_q(lambda r: str(r.randint(0, 8))), "pr_tname": _pr_q(lambda r: r.choice(("worker", "worker", "distr", "web+stat", "taskThread", "handler"))),
    "pr_avg": _pr_q(lambda r: r.choice(("1800", "1800", "900", "1801"))), "pr_qname": _pr_q(lambda r: r.choice(_PR_QNAMES)), "pr_server": _pr_q(lambda r: r.choice(_PR_SERVERS) + ":53"),
    "pr_remote": _pr_q(lambda r: f"{ip4(r)}:{r.randint(1024, 65535)}"), "pr_carbonaddr": _pr_q(lambda r: r.choice(("10.0.0.50:2003", "192.168.1.20:2003", "[2001:db8::50]:2003"))),
    "pr_ver": _pr_q(lambda r: r.choice(("5.1.2", "5.2.0", "5.0.9", "4.9.8"))),
})
# ---------------------------------------------------------------- homebridge (src/logger.ts: "[toLocaleString()] " + optional "[prefix] "; util.format of the arguments)
_HB_PLUGINS = ("homebridge-hue", "homebridge-shelly-ds9", "homebridge-tuya", "homebridge-ring", "homebridge-unifi-protect", "homebridge-mqttthing",
               "homebridge-camera-ffmpeg", "homebridge-tplink-smarthome", "homebridge-nest", "@homebridge-plugins/homebridge-roborock", "homebridge-config-ui-x", "homebridge-zigbee2mqtt")
_HB_CHARS = ("On", "Current Temperature", "Brightness", "Current Relative Humidity", "Battery Level", "Lock Current State", "Motion Detected", "Contact Sensor State",
             "Current Position", "Rotation Speed", "Status Low Battery", "Hue")
_HB_ACC = ("Living Room Lamp", "Kitchen Sensor", "Front Door", "Garage Door", "Bedroom Thermostat", "Hallway Motion", "Office Plug", "Garden Camera", "Vacuum", "Bathroom Fan")


def _hb_ts(r: R) -> str:
    h = r.randint(0, 23)
    return f"[11/{day(r)}/2026, {h % 12 or 12}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {'AM' if h < 12 else 'PM'}] "


def _hb_head(prefix: str = "") -> Callable[[R], str]:
    def head(r: R) -> str:
        p = {"": "", "plugin": f"[{r.choice(_HB_PLUGINS)}] ", "child": f"[{r.choice(('Hue', 'Shelly', 'Ring', 'UniFi Protect', 'Zigbee2MQTT'))}] "}[prefix]
        return _hb_ts(r) + p
    return head


def _hb_slow(r: R) -> str:
    c = r.choice(_HB_CHARS)
    return r.choice((f"The read handler for the characteristic '{c}' was slow to respond!", f"The write handler for the characteristic '{c}' was slow to respond!"))


def _hb_warn(r: R) -> str:
    return r.choice(("characteristic value expected valid finite number and received \"NaN\" (number)", "characteristic was supplied illegal value: number 101 exceeded maximum of 100",
                     "characteristic value expected boolean and received undefined", "characteristic was supplied illegal value: undefined! Home App will reject null for Apple defined characteristics"))


SOURCES["homebridge"] = ("homebridge/homebridge", "50f91541bc8731ed0c794f1370d9b76f49443d11",
                         "src/logger.ts (format), src/bridgeService.ts, src/childBridgeService.ts, src/pluginManager.ts, src/plugin.ts, src/cli.ts")
SYSTEMS["homebridge"] = (
    "{hb_p}This plugin slows down Homebridge. {hb_slow} See https://homebridge.io/w/JtMGR for more info.",
    "{hb_p}This plugin generated a warning from the characteristic '{hb_char}': {hb_warn}. See https://homebridge.io/w/JtMGR for more info.",
    "{hb_p}This plugin threw an error from the characteristic '{hb_char}': {hb_err}. See https://homebridge.io/w/JtMGR for more info.",
    "{hb_}Loaded plugin: {hb_plugin}@{hb_ver}",
    "{hb_}Registering platform '{hb_plugin}.{hb_plat}'",
    "{hb_c}Child bridge process ended",
    "{hb_c}Restarting child bridge...",
    "{hb_}Homebridge v{hb_hbv} (HAP v{hb_hap}) ({hb_name}) is running on port {hb_port}.",
    "{hb_}Loaded {small} cached accessories from {hb_cache}.",
    "{hb_}Initializing platform accessory '{hb_acc}'...",
    "{hb_}Got {hb_sig}, shutting down Homebridge...",
    "{hb_}Failed to find plugin to handle accessory {hb_acc}",
    "{hb_}Removing orphaned accessory {hb_acc}",
    "{hb_c}Starting child bridge...",
    "{hb_}Registering accessory '{hb_plugin}.{hb_accname}'",
    "{hb_}Disabled plugin: {hb_plugin}@{hb_ver}",
)
SLOTS.update({
    "hb_": _hb_head(), "hb_p": _hb_head("plugin"), "hb_c": _hb_head("child"), "hb_slow": _hb_slow, "hb_char": choice(_HB_CHARS), "hb_warn": _hb_warn,
    "hb_err": choice(("Error: Request timed out", "Error: connect EHOSTUNREACH 192.168.1.47:80", "Error: Device is offline", "Error: The operation was aborted")),
    "hb_plugin": choice(_HB_PLUGINS), "hb_ver": lambda r: f"{r.randint(0, 4)}.{r.randint(0, 30)}.{r.randint(0, 12)}", "hb_plat": choice(("Hue", "Shelly", "TuyaPlatform", "Ring", "UniFi Protect", "mqttthing", "Camera-ffmpeg", "TplinkSmarthome", "Config")),
    "hb_hbv": choice(("1.8.5", "1.7.0", "1.8.4")), "hb_hap": choice(("0.12.3", "0.11.1", "0.12.2")), "hb_name": lambda r: f"Homebridge {hexs(r, 4).upper()} {r.randint(1000, 9999)}",
    "hb_port": lambda r: str(r.choice((51826, 51826, r.randint(30000, 60000)))), "hb_cache": lambda r: "cachedAccessories" + r.choice(("", "", f".{hexs(r, 12).upper()}")),
    "hb_acc": choice(_HB_ACC), "hb_sig": choice(("SIGTERM", "SIGTERM", "SIGINT")), "hb_accname": choice(("Thermostat", "Switch", "Doorbell", "Fan")),
})
# ==== END OF PROGRAMS


SET = GeneratedSet(prefix="u5", seed=SEED, systems=SYSTEMS, sources=SOURCES, slots=SLOTS, line=_LINE, artemis_ids=True)
lines = SET.lines


if __name__ == "__main__":
    SET.main(__doc__)
