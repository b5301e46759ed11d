"""The UNSEEN6-S6 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py .. loggen_unseen4.py), not in LogHub's 16 and not in
hybridlogparser's HiBench/CTS.

Written 2026-11-25 (session 6) by helper S6-unseen6, kept OUTSIDE the repo (/work/unseen-data6) until the
lead has scored Millpond's miner on it once (secrecy: the miner's tuners share the machine).

    python loggen_unseen6.py --out /work/unseen-data6 -n 2000    # writes u6-<program>.tsv.gz
    python loggen_unseen6.py --verify                            # literal text of every template vs the sources

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

from loggen_kit import HOSTS, R, USERS, b62, base_slots, choice, clock, day, GeneratedSet, hexs, ip4, ms3, num, uuid4

_LINE: dict[str, str] = {}  # values one line's header chose that its message repeats (same camera, pipeline, peer); reset per line
SEED = 61126  # the set's seed
SLOTS = base_slots()
SYSTEMS: dict[str, tuple[str, ...]] = {}
SOURCES: dict[str, tuple[str, str, str]] = {}  # program: (repository, commit read, files holding the format strings)

# ---------------------------------------------------------------- supervisord (options.py logger format "%(asctime)s %(levelname)s %(message)s")
_SV_PROGS = ("nginx", "gunicorn", "celery-worker", "celeryd", "php-fpm", "redis-queue", "app_00", "app_01", "cron", "sshd", "uwsgi", "node-app", "laravel-worker_00", "laravel-worker_03", "consumer-orders", "mailer")


def _sv_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)},{ms3(r)} {lvl} "


SOURCES["supervisord"] = ("Supervisor/supervisor", "abc60468ea4b78c446cf3a194f6fccb83d90f670",
                          "supervisor/options.py (log format, decode_wait_status), supervisor/process.py, supervisor/supervisord.py, supervisor/http.py")
SYSTEMS["supervisord"] = (
    "{sv_i}spawned: '{sv_name}' with pid {pid}",
    "{sv_i}success: {sv_name} entered RUNNING state, process has stayed up for > than {sv_ss} seconds (startsecs)",
    "{sv_i}stopped: {sv_name} ({sv_sig})",
    "{sv_i}waiting for {sv_name} to stop",
    "{sv_i}exited: {sv_name} ({sv_es}; expected)",
    "{sv_w}exited: {sv_name} ({sv_es}; not expected)",
    "{sv_i}gave up: {sv_name} entered FATAL state, too many start retries too quickly",
    "{sv_i}spawnerr: {sv_spawnerr}",
    "{sv_w}killing '{sv_name}' ({pid}) with SIGKILL",
    "{sv_i}waiting for {sv_names} to die",
    "{sv_i}reaped unknown pid {pid} ({sv_es})",
    "{sv_w}received {sv_exitsig} indicating exit request",
    "{sv_w}received {sv_hup} indicating restart request",
    "{sv_i}RPC interface {sv_rpc} initialized",
    "{sv_i}supervisord started with pid {pid}",
    "{sv_c}Server {sv_srv} running without any HTTP authentication checking",
    "{sv_i}received {sv_usr2} indicating log reopen request",
)
SLOTS.update({
    "sv_i": _sv_head("INFO"), "sv_w": _sv_head("WARN"), "sv_c": _sv_head("CRIT"),
    "sv_name": choice(_SV_PROGS), "sv_ss": choice(("1", "1", "1", "5", "10", "3")),
    "sv_sig": choice(("terminated by SIGTERM", "terminated by SIGTERM", "exit status 0", "terminated by SIGKILL", "exit status 143", "terminated by SIGQUIT", "terminated by SIGINT")),
    "sv_es": choice(("exit status 0", "exit status 1", "exit status 1", "exit status 2", "exit status 127", "exit status 137", "terminated by SIGKILL", "terminated by SIGSEGV", "exit status 255")),
    "sv_spawnerr": lambda r: r.choice((f"can't find command '/usr/local/bin/{r.choice(_SV_PROGS)}'", "Exited too quickly (process log may have details)", f"Bad exit code {r.choice((1, 2, 127))}",
                                       f"unknown error making dispatchers for '{r.choice(_SV_PROGS)}': EACCES", "too many open files to spawn 'app_01'")),
    "sv_names": lambda r: ", ".join(r.sample(_SV_PROGS, r.randint(1, 4))), "sv_exitsig": choice(("SIGTERM", "SIGTERM", "SIGINT", "SIGQUIT")), "sv_hup": choice(("SIGHUP",)),
    "sv_rpc": choice(("'supervisor'", "'supervisor'", "'twiddler'", "'laforge'")), "sv_srv": choice(("'unix_http_server'", "'inet_http_server'")), "sv_usr2": choice(("SIGUSR2",)),
})
# ---------------------------------------------------------------- nagios (base/logging.c write_to_log: "[%llu] %s" epoch header)
_NG_HOSTS = ("web01", "web02", "db-primary", "db-replica-1", "mail01", "fw-edge", "core-sw1", "nas", "ups-rack2", "printer-3f", "vpn-gw", "k8s-worker-5", "backup01", "esxi-02")
_NG_SVCS = ("PING", "HTTP", "HTTPS", "SSH", "Disk Space", "Current Load", "Swap Usage", "Total Processes", "MySQL", "SMTP", "NTP Time", "SSL Certificate", "Root Partition", "Current Users", "PostgreSQL Connections")


def _ng_head(r: R) -> str:
    return f"[{r.randint(1764000000, 1764100000)}] "


def _ng_out(r: R) -> str:
    return r.choice((f"PING OK - Packet loss = 0%, RTA = {r.uniform(0.1, 40):.2f} ms", f"PING CRITICAL - Packet loss = 100%", f"HTTP OK: HTTP/1.1 200 OK - {r.randint(300, 90000)} bytes in {r.uniform(0, 2):.3f} second response time",
                     f"CRITICAL - Socket timeout after {r.choice((10, 30))} seconds", f"DISK WARNING - free space: / {r.randint(100, 5000)} MB ({r.randint(3, 12)}% inode={r.randint(50, 99)}%):",
                     f"SSH OK - OpenSSH_9.6p1 Ubuntu-3ubuntu13.5 (protocol 2.0)", f"LOAD OK - total load average: {r.uniform(0, 4):.2f}, {r.uniform(0, 4):.2f}, {r.uniform(0, 4):.2f}",
                     f"PROCS WARNING: {r.randint(250, 400)} processes", f"SWAP OK - {r.randint(40, 100)}% free ({r.randint(100, 2047)} MB out of 2047 MB)", "connect to address 10.0.3.14 and port 80: Connection refused",
                     f"SSL_CERT WARNING - Certificate 'www.example.com' expires in {r.randint(1, 20)} day(s)", "(Service check timed out after 60.01 seconds)", f"NTP OK: Offset {r.uniform(-0.01, 0.01):.6f} secs"))


def _ng_hout(r: R) -> str:
    return r.choice((f"PING OK - Packet loss = 0%, RTA = {r.uniform(0.1, 40):.2f} ms", "PING CRITICAL - Packet loss = 100%", "CRITICAL - Host Unreachable (10.0.3.14)",
                     f"PING WARNING - Packet loss = {r.randint(20, 80)}%, RTA = {r.uniform(50, 900):.2f} ms", "(Host check timed out after 30.01 seconds)"))


def _ng_stale(r: R) -> str:
    return f"{r.randint(0, 1)}d {r.randint(0, 23)}h {r.randint(0, 59)}m {r.randint(0, 59)}s"


SOURCES["nagios"] = ("NagiosEnterprises/nagioscore", "8d1d276bea4722b0a1a06ed341926339c43396ac",
                     "base/logging.c (header, SERVICE/HOST ALERT, LOG ROTATION), base/notifications.c, base/checks.c, base/commands.c, base/flapping.c, base/sehandlers.c, base/nagios.c, base/utils.c, common/shared.c")
SYSTEMS["nagios"] = (
    "{ng_}SERVICE ALERT: {ng_host};{ng_svc};{ng_sstate};{ng_type};{ng_att};{ng_out}",
    "{ng_}EXTERNAL COMMAND: {ng_ext}",
    "{ng_}SERVICE NOTIFICATION: {ng_contact};{ng_host};{ng_svc};{ng_sstate};{ng_cmd};{ng_out}",
    "{ng_}HOST ALERT: {ng_host};{ng_hstate};{ng_type};{ng_att};{ng_hout}",
    "{ng_}PASSIVE SERVICE CHECK: {ng_host};{ng_svc};{ng_rc};{ng_out}",
    "{ng_}Warning: Check of service '{ng_svc}' on host '{ng_host}' timed out after {ng_secs}s!",
    "{ng_}SERVICE EVENT HANDLER: {ng_host};{ng_svc};{ng_sstate};{ng_type};{ng_att};{ng_handler}",
    "{ng_}HOST NOTIFICATION: {ng_contact};{ng_host};{ng_hstate};{ng_hcmd};{ng_hout}",
    "{ng_}SERVICE FLAPPING ALERT: {ng_host};{ng_svc};STARTED; Service appears to have started flapping ({ng_pct}% change >= {ng_pct}% threshold)",
    "{ng_}SERVICE FLAPPING ALERT: {ng_host};{ng_svc};STOPPED; Service appears to have stopped flapping ({ng_pct}% change < {ng_pct}% threshold)",
    "{ng_}Auto-save of retention data completed successfully.",
    "{ng_}Warning: Return code of 127 for service '{ng_svc}' on host '{ng_host}' may indicate this plugin doesn't exist.",
    "{ng_}HOST NOTIFICATION: {ng_contact};{ng_host};ACKNOWLEDGEMENT ({ng_hstate});{ng_hcmd};{ng_hout};{ng_author};{ng_comment}",
    "{ng_}Warning: The results of service '{ng_svc}' on host '{ng_host}' are stale by {ng_stale} (threshold={ng_stale}).  I'm forcing an immediate check of the service.",
    "{ng_}LOG ROTATION: {ng_rot}",
    "{ng_}Caught SIG{ng_sig}, shutting down...",
    "{ng_}Nagios {ng_ver} starting... (PID={pid})",
    "{ng_}Successfully launched command file worker with pid {pid}",
)
SLOTS.update({
    "ng_": _ng_head, "ng_host": choice(_NG_HOSTS), "ng_svc": choice(_NG_SVCS), "ng_sstate": choice(("OK", "OK", "WARNING", "CRITICAL", "CRITICAL", "UNKNOWN")),
    "ng_hstate": choice(("UP", "UP", "DOWN", "UNREACHABLE")), "ng_type": choice(("SOFT", "SOFT", "HARD")), "ng_att": choice(("1", "1", "2", "3", "4")),
    "ng_out": _ng_out, "ng_hout": _ng_hout, "ng_contact": choice(("nagiosadmin", "oncall", "alice", "netops", "dba-team")),
    "ng_cmd": choice(("notify-service-by-email", "notify-service-by-email", "notify-service-by-slack", "notify-service-by-sms")),
    "ng_hcmd": choice(("notify-host-by-email", "notify-host-by-email", "notify-host-by-slack")),
    "ng_ext": lambda r: r.choice((f"PROCESS_SERVICE_CHECK_RESULT;{r.choice(_NG_HOSTS)};{r.choice(_NG_SVCS)};{r.randint(0, 2)};OK - {r.randint(1, 99)} messages in queue",
                                  f"SCHEDULE_FORCED_SVC_CHECK;{r.choice(_NG_HOSTS)};{r.choice(_NG_SVCS)};{r.randint(1764000000, 1764100000)}",
                                  f"ACKNOWLEDGE_SVC_PROBLEM;{r.choice(_NG_HOSTS)};{r.choice(_NG_SVCS)};2;1;0;{r.choice(USERS)};on it",
                                  f"SCHEDULE_HOST_DOWNTIME;{r.choice(_NG_HOSTS)};{r.randint(1764000000, 1764050000)};{r.randint(1764050000, 1764100000)};1;0;7200;{r.choice(USERS)};patching",
                                  f"DISABLE_SVC_NOTIFICATIONS;{r.choice(_NG_HOSTS)};{r.choice(_NG_SVCS)}")),
    "ng_rc": choice(("0", "0", "1", "2")), "ng_secs": lambda r: f"{r.uniform(10, 61):.3f}", "ng_handler": choice(("restart-httpd", "restart-service", "notify-pagerduty")),
    "ng_pct": lambda r: f"{r.uniform(5, 60):.1f}", "ng_author": choice(USERS), "ng_comment": choice(("on it", "known issue, ticket INC-4411", "disk being replaced", "vendor contacted")),
    "ng_stale": _ng_stale, "ng_rot": choice(("DAILY", "DAILY", "WEEKLY", "HOURLY")), "ng_sig": choice(("TERM", "TERM", "INT")), "ng_ver": choice(("4.5.7", "4.4.14", "4.5.9")),
})
# ---------------------------------------------------------------- frps (golib log: "date time.ms [L] [file:line] " + xlog prefixes "[runID] [proxy] ")
_FR_PROXIES = ("ssh", "web", "rdp-office", "nas-dsm", "homeassistant", "grafana", "minecraft", "vnc", "jellyfin", "git-ssh", "camera-rtsp", "api-staging")
_FR_TYPES = ("tcp", "tcp", "http", "https", "udp", "stcp", "xtcp", "tcpmux")


def _fr_head(lvl: str, loc: str, prefix: int = 0) -> Callable[[R], str]:
    def head(r: R) -> str:
        p = ""
        if prefix >= 1:
            p += f"[{_LINE.setdefault('run', hexs(r, 16))}] "
        if prefix >= 2:
            p += f"[{_LINE.setdefault('px', r.choice(_FR_PROXIES))}] "
        return f"2026-11-{day(r):02d} {clock(r)}.{ms3(r)} [{lvl}] [{loc}] {p}"
    return head


SOURCES["frps"] = ("fatedier/frp", "40274d8c92249043d8cddb6e40b4b23128e18df4",
                   "pkg/util/log/log.go + pkg/util/xlog (header, prefixes), server/proxy/proxy.go, server/proxy/tcp.go, server/proxy/udp.go, server/proxy/http.go, server/control.go, server/service.go, cmd/frps/root.go")
SYSTEMS["frps"] = (
    "{fr_user}get a user connection [{fr_addr}]",
    "{fr_newpx}new proxy [{fr_px}] type [{fr_type}] success",
    "{fr_close}close proxy [{fr_px}] success",
    "{fr_login}client login info: ip [{fr_addr}] version [{fr_ver}] hostname [{fr_hn}] os [{fr_os}] arch [{fr_arch}]",
    "{fr_tcp}tcp proxy listen port [{port}]",
    "{fr_closing}proxy closing",
    "{fr_exit}client exit success",
    "{fr_hb}heartbeat timeout",
    "{fr_getwc}failed to get work connection: {fr_wcerr}",
    "{fr_newpxerr}new proxy [{fr_px}] type [{fr_type}] error: {fr_pxerr}",
    "{fr_http}http proxy listen for host [{fr_dom}] location [{fr_loc}] group [{fr_grp}], routeByHTTPUser [{fr_hu}]",
    "{fr_udp}udp proxy listen port [{port}]",
    "{fr_repl}replaced by client [{hex16}] (control ID {n})",
    "{fr_reg}register control error: {fr_regerr}",
    "{fr_end}try to get work connection failed in the end",
    "{fr_listen}frps tcp listen on {fr_bind}",
    "{fr_cfg}frps uses config file: {fr_cfgf}",
    "{fr_dash}dashboard listen on {fr_dashaddr}",
)
SLOTS.update({
    "fr_user": _fr_head("I", "proxy/proxy.go:259", 2), "fr_newpx": _fr_head("I", "server/control.go:740", 1), "fr_close": _fr_head("I", "server/control.go:794", 1),
    "fr_login": _fr_head("I", "server/service.go:777", 1), "fr_tcp": _fr_head("I", "proxy/tcp.go:82", 2), "fr_closing": _fr_head("I", "proxy/proxy.go:138", 2),
    "fr_exit": _fr_head("I", "server/control.go:700", 1), "fr_hb": _fr_head("W", "server/control.go:626", 1), "fr_getwc": _fr_head("W", "proxy/proxy.go:152", 2),
    "fr_newpxerr": _fr_head("W", "server/control.go:735", 1), "fr_http": _fr_head("I", "proxy/http.go:106", 2), "fr_udp": _fr_head("I", "proxy/udp.go:103", 2),
    "fr_repl": _fr_head("I", "server/control.go:523", 1), "fr_reg": _fr_head("W", "server/service.go:478", 1), "fr_end": _fr_head("E", "proxy/proxy.go:194", 2),
    "fr_listen": _fr_head("I", "server/service.go:252"), "fr_cfg": _fr_head("I", "frps/root.go:115"), "fr_dash": _fr_head("I", "server/service.go:373"),
    "fr_addr": lambda r: f"{ip4(r)}:{r.randint(1024, 65535)}", "fr_px": lambda r: _LINE.get("px") or r.choice(_FR_PROXIES), "fr_type": choice(_FR_TYPES),
    "fr_ver": choice(("0.61.0", "0.60.0", "0.58.1", "0.62.1", "0.52.3")), "fr_hn": choice(("", "", "raspberrypi", "nas", "DESKTOP-4F2K9", "openwrt")),
    "fr_os": choice(("linux", "linux", "linux", "windows", "darwin")), "fr_arch": choice(("amd64", "amd64", "arm64", "arm", "mipsle")),
    "fr_wcerr": choice(("no work connections available, timeout", "control is closing", "get work connection from pool timeout")),
    "fr_pxerr": lambda r: r.choice((f"port already used", f"port unavailable", f"router config conflict", f"proxy [{r.choice(_FR_PROXIES)}] already exists", f"port not allowed")),
    "fr_dom": choice(("nas.example.com", "ha.home.example.net", "grafana.example.org", "git.example.com", "*.dev.example.com")), "fr_loc": choice(("", "", "/", "/api")),
    "fr_grp": choice(("", "", "", "web")), "fr_hu": choice(("", "", "", "admin")), "hex16": lambda r: hexs(r, 16),
    "fr_regerr": choice(("token in login doesn't match token from configuration", "authorization failed", "login timeout", "run id [x] is already in use")),
    "fr_bind": choice(("0.0.0.0:7000", "0.0.0.0:7000", "[::]:7000", "0.0.0.0:7443")), "fr_cfgf": choice(("/etc/frp/frps.toml", "/etc/frp/frps.ini", "./frps.toml")),
    "fr_dashaddr": choice(("0.0.0.0:7500", "127.0.0.1:7500", "[::]:7500")),
})
# ---------------------------------------------------------------- dropbear (dropbear_log via syslog: "Mon DD HH:MM:SS host dropbear[pid]: ")
_DB_USERS = ("root", "root", "root", "admin", "pi", "ubuntu", "git", "backup", "ops", "user", "test", "oracle")
_DB_EXIT = ("Disconnect received", "Disconnect received", "Exited normally", "Error reading: Connection reset by peer", "Error reading: Connection timed out",
            "Timeout before auth", "Idle timeout", "Keepalive timeout", "Max auth tries reached - user 'root'", "No matching algo kex", "Bad packet length 1349676916")


def _db_head(r: R) -> str:
    return f"Nov {day(r):2d} {clock(r)} {r.choice(('openwrt', 'gw-router', 'ap-lobby', 'nas', 'edge-gw1', 'cam-hub'))} dropbear[{r.randint(300, 32000)}]: "


def _db_from(r: R) -> str:
    return f"{ip4(r)}:{r.randint(1024, 65535)}"


def _db_fp(r: R) -> str:
    return "SHA256:" + b62(r, 43)


SOURCES["dropbear"] = ("mkj/dropbear", "1442f00d3f0d755d9f8ba83c5edcd893aa4d71db",
                       "src/dbutil.c (syslog), src/svr-main.c, src/svr-auth.c, src/svr-authpasswd.c, src/svr-authpubkey.c, src/svr-session.c")
SYSTEMS["dropbear"] = (
    "{db_}Child connection from {db_ip}:{port}",
    "{db_}Exit before auth from <{db_from}>: {db_exit}",
    "{db_}Bad password attempt for '{db_user}' from {db_from}",
    "{db_}Login attempt for nonexistent user from {db_from}",
    "{db_}Exit before auth from <{db_from}>: (user '{db_user}', {small} fails): {db_exit}",
    "{db_}Pubkey auth succeeded for '{db_user}' with {db_kt} key {db_fp} from {db_from}",
    "{db_}Exit ({db_user}) from <{db_from}>: {db_exit}",
    "{db_}Password auth succeeded for '{db_user}' from {db_from}",
    "{db_}Early exit from <{db_from}>: {db_exit}",
    "{db_}root login rejected",
    "{db_}User account '{db_user}' is locked",
    "{db_}Pubkey auth bad signature for '{db_user}' with key {db_fp} from {db_from}",
    "{db_}Child connection from [{ip6}]:{port}",
    "{db_}Login attempt with wrong user {db_user} from {db_from}",
    "{db_}Running in background",
    "{db_}Not backgrounding",
)
SLOTS.update({
    "db_": _db_head, "db_ip": ip4, "db_from": _db_from, "db_exit": choice(_DB_EXIT), "db_user": choice(_DB_USERS),
    "db_kt": choice(("ssh-ed25519", "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256")), "db_fp": _db_fp,
})
# ---------------------------------------------------------------- rq worker (rq/defaults.py logging format "%(asctime)s %(message)s", date "%H:%M:%S")
_RQ_QUEUES = ("default", "default", "high", "low", "emails", "reports", "webhooks", "thumbnails")
_RQ_FUNCS = ("app.tasks.send_email", "app.tasks.generate_report", "jobs.sync_inventory", "app.tasks.resize_image", "notifications.push.deliver", "billing.tasks.charge_invoice",
             "app.tasks.index_document", "etl.load.import_csv", "webhooks.dispatch")


def _rq_head(r: R) -> str:
    return f"{clock(r)} "


def _rq_desc(r: R) -> str:
    f = r.choice(_RQ_FUNCS)
    return r.choice((f"{f}({r.randint(1, 99999)})", f"{f}('{r.choice(USERS)}@example.com', template='welcome')", f"{f}(order_id={r.randint(1000, 999999)})",
                     f"{f}('s3://uploads/{hexs(r, 12)}.jpg', size=(800, 600))", f"{f}()"))


def _rq_worker(r: R) -> str:
    return _LINE.setdefault("w", r.choice((hexs(r, 32), f"{r.choice(HOSTS)}.{r.randint(300, 60000)}", f"worker-{r.randint(1, 8)}")))


def _rq_exc(r: R) -> str:
    return r.choice(("Traceback (most recent call last):   File \"/app/app/tasks.py\", line 88, in send_email     smtp.send_message(msg) smtplib.SMTPServerDisconnected: Connection unexpectedly closed",
                     "Traceback (most recent call last):   File \"/app/jobs.py\", line 41, in sync_inventory     resp.raise_for_status() requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://erp.example.com/api/stock",
                     "Traceback (most recent call last):   File \"/app/billing/tasks.py\", line 17, in charge_invoice     raise PaymentDeclined(invoice_id) billing.errors.PaymentDeclined: 48213",
                     "rq.timeouts.JobTimeoutException: Task exceeded maximum timeout value (180 seconds)"))


SOURCES["rq"] = ("rq/rq", "aa666a8a60dbc5e8bb43f166cda869c67426a11a", "rq/defaults.py (format), rq/worker/base.py, rq/scheduler.py, rq/job.py")
SYSTEMS["rq"] = (
    "{rq_}{rq_q}: {rq_desc} ({rq_id})",
    "{rq_}{rq_q}: Job OK ({rq_id})",
    "{rq_}Result is kept for {rq_ttl} seconds",
    "{rq_}Worker {rq_w}: cleaning registries for queue: {rq_q}",
    "{rq_}{rq_q}: {rq_id}",
    "{rq_}Worker {rq_w}: job {rq_id}: exception raised while executing ({rq_func}) {rq_exc}",
    "{rq_}Worker {rq_w}: started with PID {pid}, version {rq_ver}",
    "{rq_}*** Listening on {rq_qs}...",
    "{rq_}Worker {rq_w} [PID {pid}]: warm shut down requested",
    "{rq_}Work horse killed for job {rq_id}: retpid={pid}, ret_val={rq_rv}",
    "{rq_}Worker {rq_w}: could not connect to Redis instance: {rq_redis} retrying in {rq_wait} seconds...",
    "{rq_}Acquired scheduler lock for {rq_q}",
    "{rq_}Worker {rq_w}: stopping on request",
    "{rq_}Worker {rq_w}: subscribing to channel rq:pubsub:{rq_w}",
    "{rq_}Worker {rq_w}: idle for {rq_idle} seconds, quitting",
    "{rq_}Result will never expire, clean up result key manually",
    "{rq_}Worker {rq_w}: job {rq_id} has exceeded maximum retry attempts ({small})",
)
SLOTS.update({
    "rq_": _rq_head, "rq_q": lambda r: _LINE.setdefault("q", r.choice(_RQ_QUEUES)), "rq_desc": _rq_desc, "rq_id": uuid4, "rq_ttl": choice(("500", "500", "500", "86400", "3600", "600")),
    "rq_w": _rq_worker, "rq_func": choice(_RQ_FUNCS), "rq_exc": _rq_exc, "rq_ver": choice(("2.6.0", "2.4.1", "2.5.0", "1.16.2")),
    "rq_qs": lambda r: ", ".join(r.sample(_RQ_QUEUES[1:], r.randint(1, 3))), "rq_rv": choice(("9", "15", "-9", "139")),
    "rq_redis": choice(("Error 111 connecting to redis:6379. Connection refused.", "Timeout reading from socket", "Error -2 connecting to redis.internal:6379. Name or service not known.", "Connection closed by server.")),
    "rq_wait": choice(("2", "4", "8", "16", "32", "60")), "rq_idle": choice(("60", "300", "600", "3600")),
})
# ---------------------------------------------------------------- opensmtpd (log_info via syslog: "Mon DD HH:MM:SS host smtpd[pid]: ")
_OS_DOMAINS = ("example.com", "example.org", "corp.example", "gmail.com", "outlook.com", "mail.example.net", "lists.example.org", "shop.example")
_OS_PTRS = ("mail-wm1-f54.google.com", "mail-eopbgr70101.outbound.protection.outlook.com", "<unknown>", "<unknown>", "mx.example.org", "smtp.mailgun.example", "static.203-0-113-7.example.net", "localhost")


def _os_head(r: R) -> str:
    return f"Nov {day(r):2d} {clock(r)} {r.choice(('mail', 'mx1', 'mx2', 'relay01'))} smtpd[{r.randint(300, 99999)}]: "


def _os_sid(r: R) -> str:
    return _LINE.setdefault("sid", hexs(r, 16))


def _os_addr(r: R) -> str:
    return f"{r.choice(USERS + ('noreply', 'bounce+' + hexs(r, 10), 'postmaster', 'info'))}@{r.choice(_OS_DOMAINS)}"


def _os_ciphers(r: R) -> str:
    return r.choice(("TLSv1.3:TLS_AES_256_GCM_SHA384:256", "TLSv1.3:TLS_AES_256_GCM_SHA384:256", "TLSv1.2:ECDHE-RSA-AES256-GCM-SHA384:256", "TLSv1.3:TLS_CHACHA20_POLY1305_SHA256:256"))


SOURCES["smtpd"] = ("OpenSMTPD/OpenSMTPD", "3153385b02a0a155690061767491ca4009ccd4ee", "usr.sbin/smtpd/log.c (syslog), usr.sbin/smtpd/smtp_session.c, usr.sbin/smtpd/mta_session.c, usr.sbin/smtpd/mta.c")
SYSTEMS["smtpd"] = (
    "{os_}{os_sid} smtp connected address={ip} host={os_ptr}",
    "{os_}{os_sid} smtp disconnected reason=quit",
    "{os_}{os_sid} smtp envelope evpid={hex16} from=<{os_addr}> to=<{os_addr}>",
    "{os_}{os_sid} smtp message msgid={hex8} size={n} nrcpt={small} proto={os_proto}",
    "{os_}{os_sid} mta delivery evpid={hex16} from=<{os_addr}> to=<{os_addr}> rcpt=<{os_rcpt}> source=\"{ip}\" relay=\"{os_relay}\" delay={os_delay} result=\"{os_result}\" stat=\"{os_stat}\"",
    "{os_}{os_sid} smtp tls ciphers={os_ciph}",
    "{os_}{os_sid} smtp failed-command command=\"{os_cmd}\" result=\"{os_fres}\"",
    "{os_}{os_sid} mta connecting address={os_schema}{ip}:{os_port} host={os_ptr}",
    "{os_}{os_sid} mta connected",
    "{os_}{os_sid} mta tls ciphers={os_ciph}",
    "{os_}{os_sid} smtp disconnected reason=disconnect",
    "{os_}{os_sid} mta disconnected reason=quit messages={small}",
    "{os_}{os_sid} smtp authentication user={os_user} result=ok",
    "{os_}{os_sid} smtp disconnected reason=timeout",
    "{os_}{os_sid} smtp authentication user={os_user} result=permfail",
    "{os_}{os_sid} smtp disconnected reason=\"io-error: {os_ioerr}\"",
    "{os_}{os_sid} mta error reason={os_mtaerr}",
    "{os_}{os_sid} smtp bad-input result=\"{os_bad}\"",
)
SLOTS.update({
    "os_": _os_head, "os_sid": _os_sid, "os_ptr": choice(_OS_PTRS), "os_addr": _os_addr, "os_rcpt": lambda r: r.choice(("-", "-", _os_addr(r))), "hex16": lambda r: hexs(r, 16),
    "os_proto": choice(("ESMTP", "ESMTP", "ESMTP", "SMTP")), "os_relay": lambda r: f"{ip4(r)} ({r.choice(('gmail-smtp-in.l.google.com', 'example-com.mail.protection.outlook.com', 'mx.example.org', 'smtp.relay.example'))})",
    "os_delay": lambda r: r.choice(("0s", "1s", f"{r.randint(1, 59)}s", f"{r.randint(1, 59)}m{r.randint(0, 59)}s", f"{r.randint(1, 23)}h{r.randint(0, 59)}m{r.randint(0, 59)}s")),
    "os_result": choice(("Ok", "Ok", "Ok", "Ok", "TempFail", "PermFail")),
    "os_stat": lambda r: r.choice((f"250 2.0.0 OK  {r.randint(1764000000, 1764100000)} {b62(r, 10)}-{b62(r, 5)}.{r.randint(10, 999)} - gsmtp", f"250 2.0.0 Ok: queued as {hexs(r, 10).upper()}",
                                   "421 4.7.0 Try again later, closing connection.", "550 5.1.1 The email account that you tried to reach does not exist.", "450 4.2.0 <alice@example.org>: Recipient address rejected: Greylisted")),
    "os_ciph": _os_ciphers, "os_cmd": lambda r: r.choice((f"RCPT TO:<{_os_addr(r)}>", f"MAIL FROM:<{_os_addr(r)}>", "STARTTLS", "DATA", "AUTH LOGIN")),
    "os_fres": choice(("550 Invalid recipient: <nobody@example.com>", "530 5.5.1 Invalid command: Must issue a STARTTLS command first", "421 4.7.0 mail.example.com Temporary failure",
                        "550 5.7.1 Delivery not authorized", "503 5.5.1 Invalid command: Command not allowed at this point.")),
    "os_schema": choice(("smtp://", "smtp+tls://", "smtps://", "")), "os_port": choice(("25", "25", "25", "465", "587")), "os_user": choice(USERS),
    "os_ioerr": choice(("handshake failed: error:0A000416:SSL routines::ssl/tls alert certificate unknown", "Connection reset by peer", "tls: unexpected EOF")),
    "os_mtaerr": choice(("Connection timeout", "Connection refused", "Network error on destination MXs", "Could not retrieve source address")),
    "os_bad": choice(("500 5.5.1 Invalid command: Pipelining not supported", "500 5.5.1 Invalid command: Line too long")),
})
# ---------------------------------------------------------------- turnserver (coturn: turn_log_func_default "timestamp LEVEL " header)
_CT_REALMS = ("turn.example.com", "meet.example.org", "jitsi.corp.example", "nextcloud.example.net")


def _ct_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{ms3(r)}Z {lvl} "


def _ct_user(r: R) -> str:
    return r.choice((f"{r.randint(1764000000, 1764100000)}:{r.choice(USERS)}", f"{r.randint(1764000000, 1764100000)}", r.choice(USERS)))


def _ct_ep(r: R) -> str:
    return f"{ip4(r)}:{r.randint(1024, 65535)}"


SOURCES["turnserver"] = ("coturn/coturn", "8024aa634eb52ecff80d7fd88ebc444ca1dc9381", "src/apps/common/ns_turn_utils.c (header), src/server/ns_turn_server.c, src/apps/relay/ns_ioalib_engine_impl.c")
SYSTEMS["turnserver"] = (
    "{ct_i}session {ct_sid}: realm <{ct_realm}> user <{ct_user}>: incoming packet {ct_pkt} processed, success",
    "{ct_i}session {ct_sid}: usage: realm=<{ct_realm}>, username=<{ct_user}>, rp={n}, rb={n}, sp={n}, sb={n}",
    "{ct_i}session {ct_sid}: peer usage: realm=<{ct_realm}>, username=<{ct_user}>, rp={n}, rb={n}, sp={n}, sb={n}",
    "{ct_i}session {ct_sid}: {ct_status}, realm=<{ct_realm}>, username=<{ct_user}>, lifetime={ct_life}",
    "{ct_i}session {ct_sid}: realm <{ct_realm}> user <{ct_user}>: incoming packet {ct_pkt} processed, error {ct_code}: {ct_reason}",
    "{ct_i}session {ct_sid}: peer {ip} lifetime updated: {ct_plife}",
    "{ct_i}session {ct_sid}: closed (2nd stage), user <{ct_user}> realm <{ct_realm}> origin <{ct_origin}>, local {ct_ep}, remote {ct_ep}, reason: {ct_close}",
    "{ct_i}session {ct_sid}: delete: realm=<{ct_realm}>, username=<{ct_user}>",
    "{ct_i}session {ct_sid}: peer {ip} deleted",
    "{ct_i}session {ct_sid}: {ct_status}, realm=<{ct_realm}>, username=<{ct_user}>, lifetime={ct_life}, cipher={ct_ciph}, method={ct_meth}",
    "{ct_i}session {ct_sid}: closed (1st stage), user <{ct_user}> realm <{ct_realm}> origin <{ct_origin}>, local {ct_ep}, remote {ct_ep}, reason: {ct_close}",
    "{ct_w}session {ct_sid}: A peer IP {ip} denied in the range: {ct_range} in server {small} ",
    "{ct_i}session {ct_sid}: Unsupported STUN request received, method 0x{ct_meth16}",
    "{ct_e}session {ct_sid}: check_stun_auth: Cannot find credentials of user <{ct_user}>",
    "{ct_i}session {ct_sid}: Wrong STUN message received",
)
SLOTS.update({
    "ct_i": _ct_head("INFO"), "ct_w": _ct_head("WARNING"), "ct_e": _ct_head("ERROR"),
    "ct_sid": lambda r: f"{r.randint(0, 9)}{r.randint(0, 999):03d}{r.randint(0, 10**14 - 1):014d}", "ct_realm": choice(_CT_REALMS), "ct_user": _ct_user,
    "ct_pkt": choice(("ALLOCATE", "REFRESH", "CREATE_PERMISSION", "CHANNEL_BIND", "BINDING", "ALLOCATE", "REFRESH")),
    "ct_status": choice(("new", "refreshed", "refreshed")), "ct_life": choice(("600", "600", "3600", "0", "1200")), "ct_plife": choice(("300", "300", "600")),
    "ct_code": choice(("401", "401", "438", "403", "437", "486")), "ct_reason": choice(("Unauthorized", "Unauthorized", "Stale nonce", "Forbidden IP", "Allocation mismatch", "Allocation quota reached")),
    "ct_origin": choice(("", "", "https://meet.example.org", "https://nextcloud.example.net")), "ct_ep": _ct_ep,
    "ct_close": choice(("allocation timeout", "allocation watchdog determined stale session state", "TCP connection closed by client (callback)", "SSL/TLS connection closed by client (callback)", "TLS/TCP socket buffer operation error (callback)")),
    "ct_ciph": choice(("TLS_AES_256_GCM_SHA384", "ECDHE-RSA-AES256-GCM-SHA384")), "ct_meth": choice(("TLSv1.3", "TLSv1.2", "DTLSv1.2")),
    "ct_range": choice(("10.0.0.0-10.255.255.255", "172.16.0.0-172.31.255.255", "192.168.0.0-192.168.255.255", "127.0.0.0-127.255.255.255")), "ct_meth16": choice(("5", "a", "9", "c")),
})
# ---------------------------------------------------------------- fluent-bit (flb_log: "[Y/m/d H:M:S] [level] " + plugin prefix "[type:name:alias] ")
_FB_IN = ("tail.0", "tail.1", "systemd.0", "forward.0", "cpu.0")
_FB_OUT = ("es.0", "http.0", "loki.0", "forward.0", "opensearch.0")
_FB_FILES = ("/var/log/containers/nginx-7d9f8c6b5-x2kqz_default_nginx-{h}.log", "/var/log/containers/api-5b8d7f9c4-q8wlr_prod_api-{h}.log", "/var/log/syslog", "/var/log/nginx/access.log",
             "/var/log/containers/coredns-76f75df574-9zkxp_kube-system_coredns-{h}.log", "/var/log/app/app.log", "/var/log/pods/monitoring_node-exporter-4xk2p_{h}/node-exporter/0.log")


def _fb_head(lvl: str, plg: str = "") -> Callable[[R], str]:
    def head(r: R) -> str:
        p = ""
        if plg == "in":
            p = "[input:tail:" + r.choice(("tail.0", "tail.0", "tail.1")) + "] "
        elif plg == "out":
            p = "[output:" + r.choice(("es:es.0", "http:http.0", "opensearch:opensearch.0")) + "] "
        return f"[2026/11/{day(r):02d} {clock(r)}] [{lvl}] {p}"
    return head


def _fb_file(r: R) -> str:
    return r.choice(_FB_FILES).replace("{h}", hexs(r, 64))


def _fb_chunk(r: R) -> str:
    return f"{r.randint(1, 9)}-{r.randint(1764000000, 1764100000)}.{r.randint(0, 999999999)}.flb"


SOURCES["fluent-bit"] = ("fluent/fluent-bit", "d55459d492c5c019c0f7dc24db42e69ef47a5437",
                         "src/flb_log.c (header), include/fluent-bit/flb_output_plugin.h (plugin prefix), src/flb_engine.c, src/flb_input.c, src/flb_input_chunk.c, plugins/in_tail/tail_fs_inotify.c, plugins/in_tail/tail_file.c, plugins/out_http/http.c")
SYSTEMS["fluent-bit"] = (
    "{fb_in}inotify_fs_add(): inode={fb_ino} watch_fd={fb_wfd} name={fb_file}",
    "{fb_in}inotify_fs_remove(): inode={fb_ino} watch_fd={fb_wfd}",
    "{fb_w}[engine] failed to flush chunk '{fb_chunk}', retry in {fb_rs} seconds: task_id={fb_tid}, input={fb_inp} > output={fb_outp} (out_id={small})",
    "{fb_i}[engine] flush chunk '{fb_chunk}' succeeded at retry {small}: task_id={fb_tid}, input={fb_inp} > output={fb_outp} (out_id={small})",
    "{fb_in}inode={fb_ino} handle rotation(): {fb_file} => {fb_file}.1",
    "{fb_out}HTTP status={fb_st} URI={fb_uri}",
    "{fb_in}inode={fb_ino} file={fb_file} ended, stop",
    "{fb_i}[input] pausing {fb_inp}",
    "{fb_i}[input] resume {fb_inp}",
    "{fb_ew}http_do={fb_rc} URI={fb_uri}",
    "{fb_w}[engine] retry for chunk '{fb_chunk}' could not be scheduled: input={fb_inp} > output={fb_outp}",
    "{fb_i}[engine] flush backlog chunk '{fb_chunk}' succeeded: task_id={fb_tid}, input={fb_inp} > output={fb_outp} (out_id={small})",
    "{fb_w}[input chunk] chunk '{fb_chunk}' evicted from output queue to make room under storage.total_limit_size: task_id={fb_tid}, input={fb_inp} > output={fb_outp} (out_id={small})",
    "{fb_ine}cannot open {fb_file}",
    "{fb_i}[fluent bit] version={fb_ver}, commit={hex10}, pid={pid}",
    "{fb_i}[cmetrics] version={fb_cmv}",
)
SLOTS.update({
    "fb_i": _fb_head(" info"), "fb_w": _fb_head(" warn"), "fb_in": _fb_head(" info", "in"), "fb_ine": _fb_head("error", "in"), "fb_out": _fb_head("error", "out"), "fb_ew": _fb_head(" warn", "out"),
    "fb_ino": lambda r: str(r.randint(10**5, 10**8)), "fb_wfd": num(1, 400), "fb_file": _fb_file, "fb_chunk": _fb_chunk, "fb_rs": choice(("7", "10", "12", "19", "33", "64", "9", "147")),
    "fb_tid": num(0, 120), "fb_inp": choice(_FB_IN), "fb_outp": choice(_FB_OUT), "fb_st": choice(("400", "413", "429", "500", "502", "503", "401")),
    "fb_uri": choice(("/_bulk", "/loki/api/v1/push", "/api/v1/ingest", "/ingest/logs", "/")), "fb_rc": choice(("-1", "-1", "-2")),
    "fb_ver": choice(("3.2.2", "3.1.9", "4.0.3", "2.2.3")), "hex10": lambda r: hexs(r, 10), "fb_cmv": choice(("0.9.9", "1.0.0", "0.9.1")),
})
# ---------------------------------------------------------------- proftpd (pr_log_pri/pr_log_auth to SystemLog: "date,ms server proftpd[pid] server (remote[ip]): ")
_PF_SERVERS = ("ftp.example.com", "files.corp.example", "nas", "ftp01")


def _pf_head(r: R) -> str:
    ip = ip4(r)
    host = r.choice((ip, ip, f"static-{ip.replace('.', '-')}.isp.example.net", "::ffff:" + ip))
    s = r.choice(_PF_SERVERS)
    return f"2026-11-{day(r):02d} {clock(r)},{ms3(r)} {s} proftpd[{r.randint(300, 99999)}] {s} ({host}[{ip}]): "


SOURCES["proftpd"] = ("proftpd/proftpd", "1dbfb9d7c06df22a6f6b610b014b72b190ab6f86", "src/log.c (SystemLog header), modules/mod_auth.c, modules/mod_core.c")
SYSTEMS["proftpd"] = (
    "{pf_}USER {pf_user}: Login successful.",
    "{pf_}USER {pf_user} (Login failed): Incorrect password",
    "{pf_}USER {pf_user}: no such user found from {pf_rhost} [{ip}] to {ip}:{pf_port}",
    "{pf_}FTP session timed out, disconnected",
    "{pf_}Maximum login attempts ({small}) exceeded, connection refused",
    "{pf_}Client session idle timeout, disconnected",
    "{pf_}no such user '{pf_user}'",
    "{pf_}ANON {pf_anon}: Login successful.",
    "{pf_}USER {pf_user} (Login failed): Limit access denies login",
    "{pf_}SECURITY VIOLATION: Root login attempted",
    "{pf_}Login timeout exceeded, disconnected",
    "{pf_}USER {pf_user} (Login failed): Invalid shell: '{pf_shell}'",
    "{pf_}Refused PORT {pf_portarg} (address mismatch)",
    "{pf_}{pf_user} chdir(\"{pf_dir}\") failed: {errno}",
    "{pf_}USER {pf_user} (Login failed): Password expired",
)
SLOTS.update({
    "pf_": _pf_head, "pf_user": choice(USERS + ("ftpuser", "webmaster", "backup", "admin", "test", "www-data")), "pf_rhost": lambda r: r.choice((ip4(r), "scanner.example.net", "host-45-88-1-2.example")),
    "pf_port": choice(("21", "21", "21", "2121")), "pf_anon": choice(("ftp", "anonymous")), "pf_shell": choice(("/usr/sbin/nologin", "/bin/false", "/sbin/nologin")),
    "pf_portarg": lambda r: f"{r.randint(10, 203)},{r.randint(0, 255)},{r.randint(0, 255)},{r.randint(1, 254)},{r.randint(4, 250)},{r.randint(0, 255)}",
    "pf_dir": lambda r: r.choice(("/srv/ftp/", "/home/")) + r.choice(USERS),
})
# ---------------------------------------------------------------- seaweedfs (glog header "Lmmdd hh:mm:ss.uuuuuu file:line] ")
def _sw_head(lvl: str, loc: str) -> Callable[[R], str]:
    return lambda r: f"{lvl}11{day(r):02d} {clock(r)}.{r.randint(0, 999999):06d} {loc}] "


def _sw_vs(r: R) -> str:
    return _LINE.setdefault("vs", f"10.0.{r.randint(0, 9)}.{r.randint(2, 254)}")


def _sw_master(r: R) -> str:
    return r.choice(("master1:9333", "master2:9333", "master3:9333", "10.0.0.11:9333", "seaweedfs-master-0.seaweedfs-master:9333"))


SOURCES["seaweedfs"] = ("seaweedfs/seaweedfs", "cc8364a03ebf5cf9f8eab3315ded2000cd07fff6",
                        "weed/glog (header), weed/server/master_grpc_server.go, weed/server/volume_grpc_client_to_master.go")
SYSTEMS["seaweedfs"] = (
    "{sw_hb}Heartbeat to: {sw_master}",
    "{sw_add}volume server {sw_vs}:{sw_port} adds volume {sw_vid}",
    "{sw_del}volume server {sw_vs}:{sw_port} deletes volume {sw_vid}",
    "{sw_fail}Volume Server Failed to talk with master {sw_master}: {sw_err}",
    "{sw_new}added volume server {small}: {sw_vs}:{sw_port} (id={sw_vs}:{sw_port}, ip={sw_vs}:{sw_port}) [{uuid}]",
    "{sw_rm}remove volume server {sw_vs}:{sw_port}, online volume server: map[{uuid}:{sw_vs}:{sw_port}]",
    "{sw_recv}SendHeartbeat.Recv server {sw_vs}:{sw_port} : {sw_rerr}",
    "{sw_ci}+ client {sw_client}",
    "{sw_co}- client {sw_client}",
    "{sw_hberr}heartbeat to {sw_master} error: {sw_err}",
    "{sw_ec}volume server {sw_vs}:{sw_port} adds ec shards to {sw_vid} [{sw_shards}]",
    "{sw_unreg}unregister disconnected volume server {sw_vs}:{sw_port}",
    "{sw_leader}Volume Server found a new master newLeader: {sw_master} instead of {sw_master}",
    "{sw_full}master {sw_master} asked for the full volume list",
    "{sw_start}Volume server start with seed master nodes: [{sw_master} {sw_master} {sw_master}]",
)
SLOTS.update({
    "sw_hb": _sw_head("I", "volume_grpc_client_to_master.go:181"), "sw_add": _sw_head("I", "volume_grpc_client_to_master.go:303"),
    "sw_del": _sw_head("I", "volume_grpc_client_to_master.go:336"), "sw_fail": _sw_head("I", "volume_grpc_client_to_master.go:261"),
    "sw_new": _sw_head("I", "master_grpc_server.go:173"), "sw_rm": _sw_head("I", "master_grpc_server.go:83"), "sw_recv": _sw_head("W", "master_grpc_server.go:133"),
    "sw_ci": _sw_head("I", "master_grpc_server.go:571"), "sw_co": _sw_head("I", "master_grpc_server.go:586"), "sw_hberr": _sw_head("I", "volume_grpc_client_to_master.go:127"),
    "sw_ec": _sw_head("I", "volume_grpc_client_to_master.go:320"), "sw_unreg": _sw_head("I", "master_grpc_server.go:113"),
    "sw_leader": _sw_head("I", "volume_grpc_client_to_master.go:247"), "sw_full": _sw_head("I", "volume_grpc_client_to_master.go:241"),
    "sw_start": _sw_head("I", "volume_grpc_client_to_master.go:107"),
    "sw_master": _sw_master, "sw_vs": _sw_vs, "sw_port": choice(("8080", "8080", "8081", "18080")), "sw_vid": num(1, 4000),
    "sw_err": choice(("rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 10.0.0.11:19333: connect: connection refused\"",
                       "rpc error: code = Canceled desc = context canceled", "EOF", "rpc error: code = Unavailable desc = error reading from server: EOF")),
    "sw_rerr": choice(("rpc error: code = Canceled desc = context canceled", "EOF", "rpc error: code = Unavailable desc = transport is closing")),
    "sw_client": lambda r: r.choice(("filer", "s3", "shell", "volumeServer", "mount")) + f"@{ip4(r)}:{r.randint(8000, 19999)}",
    "sw_shards": lambda r: " ".join(str(i) for i in sorted(r.sample(range(14), r.randint(1, 5)))),
})
# ---------------------------------------------------------------- galera (wsrep provider in MariaDB error log: "date time thread [Note] WSREP: ")
_GA_NODES = ("db1", "db2", "db3", "galera-0", "galera-1", "galera-2", "mariadb-0", "mariadb-1")


def _ga_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)} {r.choice((0, 0, 2, 3, 11, 14))} [{lvl}] WSREP: "


def _ga_uuid(r: R) -> str:
    return _LINE.setdefault("cu", uuid4(r))


def _ga_short(r: R) -> str:
    return f"{hexs(r, 8)}-{hexs(r, 4)}"


SOURCES["galera"] = ("codership/galera", "f47405c8b849386939d545ac71671c5c8e62e18c",
                     "galerautils/src/gu_log.c (provider log to MariaDB error log), gcs/src/gcs.cpp, gcs/src/gcs_group.cpp, gcs/src/gcs_sm.cpp, gcomm/src/gmcast.cpp, galera/src/replicator_str.cpp, galera/src/replicator_smm.cpp, galera/src/saved_state.cpp")
SYSTEMS["galera"] = (
    "{ga_n}Shifting {ga_st} -> {ga_st} (TO: {ga_seq})",
    "{ga_n}Member {small}.{small} ({ga_node}) synced with group.",
    "{ga_n}New COMPONENT: primary = {ga_yn}, bootstrap = {ga_yn}, my_idx = {small}, memb_num = {small}",
    "{ga_n}declaring {ga_short} at tcp://{ip}:4567 stable",
    "{ga_n}Flow-control interval: [{ga_fc}, {ga_fc}]",
    "{ga_n}forgetting {ga_short} (tcp://{ip}:4567)",
    "{ga_n}Member {small}.{small} ({ga_node}) requested state transfer from '{ga_donor}'. Selected {small}.{small} ({ga_node})(SYNCED) as donor.",
    "{ga_n}Member {small}.{small} ({ga_node}) desyncs itself from group",
    "{ga_n}Receiving IST: {n} writesets, seqnos {ga_seq}-{ga_seq}",
    "{ga_n}IST received: {ga_uuid}:{ga_seq}",
    "{ga_n}SST received: {ga_uuid}:{ga_seq}",
    "{ga_n}Requesting state transfer: success, donor: {small}",
    "{ga_n}Provider paused at {ga_uuid}:{ga_seq} ({n})",
    "{ga_n}resuming provider at {ga_seq}",
    "{ga_n}Provider resumed.",
    "{ga_n}Found saved state: {ga_uuid}:{ga_seq}, safe_to_bootstrap: {small}",
    "{ga_n}Closing send monitor...",
)
SLOTS.update({
    "ga_n": _ga_head("Note"), "ga_st": choice(("PRIMARY", "JOINER", "JOINED", "SYNCED", "DONOR/DESYNCED", "OPEN", "CLOSED")), "ga_seq": lambda r: str(r.randint(1, 90_000_000)),
    "ga_node": choice(_GA_NODES), "ga_yn": choice(("yes", "yes", "no")), "ga_short": _ga_short, "ga_fc": choice(("16", "23", "28", "64", "100", "141", "253")),
    "ga_donor": choice(("*any*", "*any*", "db1", "galera-0")), "ga_uuid": _ga_uuid,
})
# ---------------------------------------------------------------- knotd (log_zone_*: "ISO-time level: [zone.] " header, src/knot/common/log.c)
_KN_ZONES = ("example.com.", "example.org.", "corp.example.", "10.in-addr.arpa.", "shop.example.", "dev.example.net.", "168.192.in-addr.arpa.")
_KN_ERR = ("connection reset", "operation timed out", "connection refused", "malformed data", "no such file or directory", "not enough space", "semantic check", "refused")


def _kn_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)}+0000 {lvl}: [{r.choice(_KN_ZONES)}] "


def _kn_serial(r: R) -> str:
    return f"2026{r.randint(10, 11):02d}{r.randint(1, 28):02d}{r.randint(0, 99):02d}"


SOURCES["knotd"] = ("CZ-NIC/knot", "242eeaa135f1f4477169c663aa8bd4578009f122", "src/knot/common/log.c (header), src/knot/events/handlers/*.c, src/knot/zone/*.c")
SYSTEMS["knotd"] = (
    "{kn_i}DNSSEC, signing zone",
    "{kn_i}changes from journal applied, serial {kn_s} -> {kn_s}",
    "{kn_e}refresh, failed ({kn_err}), next retry at {kn_t}",
    "{kn_i}DDNS, finished, no changes to the zone were made",
    "{kn_i}DNSSEC, RRSIG expiration revalidation",
    "{kn_w}all masters are outdated",
    "{kn_e}DDNS, processing failed ({kn_err})",
    "{kn_w}failed to update zone file ({kn_err})",
    "{kn_i}DNSSEC, full zone revalidation",
    "{kn_n}outgoing XFR is still frozen",
    "{kn_w}zone file changed with decreased SOA serial",
    "{kn_w}failed to load journal ({kn_err})",
    "{kn_e}DDNS, dropping {n} updates in a bulk",
    "{kn_e}failed to parse zone file '{kn_file}' ({kn_err})",
    "{kn_e}failed to apply journal changes, serial {kn_s} -> {kn_s} ({kn_err})",
)
SLOTS.update({
    "kn_i": _kn_head("info"), "kn_n": _kn_head("notice"), "kn_w": _kn_head("warning"), "kn_e": _kn_head("error"), "kn_s": _kn_serial, "kn_err": choice(_KN_ERR),
    "kn_t": lambda r: f"2026-11-{day(r):02d}T{clock(r)}+0000", "kn_file": lambda r: f"/var/lib/knot/{r.choice(_KN_ZONES)}zone",
})
# ---------------------------------------------------------------- octoprint (logging format "%(asctime)s - %(name)s - %(levelname)s - %(message)s")
_OC_FILES = ("benchy.gcode", "calibration_cube_0.2mm_PLA_MK4_32m.gcode", "Voron_Cube_PETG_1h12m.gcode", "phone_stand.gcode", "gear_v3.gcode", "vase_mode_spiral.gcode", "bracket_left_ABS.gcode", "cable_clip_x20.gcode")
_OC_FW = ("Marlin 2.1.2.4 (Nov 12 2024 10:02:11)", "Marlin bugfix-2.1.x (Sep  3 2024 18:20:05)", "Prusa-Firmware 3.14.1", "Klipper", "RepRapFirmware for Duet 3 MB6HC")


def _oc_head(name: str, lvl: str = "INFO") -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)},{ms3(r)} - {name} - {lvl} - "


SOURCES["octoprint"] = ("OctoPrint/OctoPrint", "744c835969d6a0adc512a668a5d5abec0415dda0",
                        "src/octoprint/logging/__init__.py (format), src/octoprint/plugins/serial_connector/serial_comm.py, src/octoprint/server/__init__.py, src/octoprint/access/users.py, src/octoprint/events.py, src/octoprint/filemanager/analysis.py, src/octoprint/timelapse.py")
SYSTEMS["octoprint"] = (
    "{oc_hb}Server heartbeat <3",
    "{oc_users}Logged in user: {oc_user}",
    "{oc_an}Starting analysis of {oc_entry}",
    "{oc_an}Invoking analysis command: {oc_cmd}",
    "{oc_comm}Starting job on behalf of user {oc_user}",
    "{oc_comm}Finished in {oc_dur} s.",
    "{oc_comm}Serial detection: {oc_ser}",
    "{oc_comm}Printer reports firmware name \"{oc_fw}\"",
    "{oc_comm}Cancelling job on behalf of user {oc_user}",
    "{oc_comm}Pausing/resuming job on behalf of user {oc_user}",
    "{oc_tl}Starting to render {oc_prefix}",
    "{oc_tl}Finished rendering {oc_prefix}",
    "{oc_comm}Externally triggered heatup detected",
    "{oc_users}Logged out user: {oc_user}",
    "{oc_srv}Listening on http://[::]:{oc_port}",
    "{oc_ev}Processing startup event, this is our first event",
    "{oc_comm}Force-sending M112 to the printer",
    "{oc_srv}Goodbye!",
)
SLOTS.update({
    "oc_hb": _oc_head("octoprint.server.heartbeat"), "oc_users": _oc_head("octoprint.access.users"), "oc_an": _oc_head("octoprint.filemanager.analysis"),
    "oc_comm": _oc_head("octoprint.plugins.serial_connector.serial_comm"), "oc_tl": _oc_head("octoprint.timelapse"), "oc_srv": _oc_head("octoprint.server"), "oc_ev": _oc_head("octoprint.events.fire"),
    "oc_user": choice(("admin", "admin", "pi", "maker", "alice", "printfarm")), "oc_entry": lambda r: f"local:{r.choice(('', 'parts/', 'tests/'))}{r.choice(_OC_FILES)}",
    "oc_cmd": lambda r: f"/home/pi/oprint/bin/python3 -m octoprint analysis gcode --speed-x=6000 --speed-y=6000 --max-t=10 --throttle=0.0 --throttle-lines=100 --speed-z=300 --speed-e=300 --offset 0.0 0.0 /home/pi/.octoprint/uploads/{r.choice(_OC_FILES)}",
    "oc_dur": lambda r: f"{r.uniform(0.2, 40):.3f}",
    "oc_ser": lambda r: r.choice((f"Performing autodetection with {r.randint(1, 4)} port/baudrate candidates: /dev/ttyACM0@115200, /dev/ttyUSB0@250000", "Trying port /dev/ttyACM0, baudrate 115200",
                                  "Handshake attempt #1 with timeout 2.0s", f"Success! Connected to /dev/ttyACM0@{r.choice((115200, 250000))}", "Autodetection failed, no connection possible")),
    "oc_fw": choice(_OC_FW), "oc_prefix": lambda r: f"{r.choice(_OC_FILES)[:-6]}_{r.randint(20261101, 20261128)}{r.randint(0, 235959):06d}", "oc_port": choice(("5000", "5000", "80")),
})
# ---------------------------------------------------------------- jellyfin (Serilog file template "[{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz}] [{Level:u3}] [{ThreadId}] {SourceContext}: {Message}")
_JF_MEDIA = ("/media/movies/Dune Part Two (2024)/Dune Part Two (2024) - 2160p.mkv", "/media/tv/Severance/Season 02/Severance - S02E03.mkv", "/media/movies/Arrival (2016)/Arrival.mp4",
             "/media/tv/The Expanse/Season 04/The Expanse - S04E07 - Displacement.mkv", "/media/music/Radiohead/OK Computer/03 - Subterranean Homesick Alien.flac", "/media/movies/Paddington 2 (2017)/Paddington 2.mkv")
_JF_TASKS = ("Scan Media Library", "Extract Chapter Images", "Clean Transcode Directory", "Refresh People", "Generate Trickplay Images", "Optimize database", "Clean up collections and playlists", "Download missing subtitles", "Update Plugins", "Clean Cache Directory")


def _jf_head(lvl: str, ctx: str) -> Callable[[R], str]:
    return lambda r: f"[2026-11-{day(r):02d} {clock(r)}.{ms3(r)} +00:00] [{lvl}] [{r.randint(1, 180)}] {ctx}: "


SOURCES["jellyfin"] = ("jellyfin/jellyfin", "c3ed1407ca698b0905de99da87b67415e6a62dbd",
                       "Jellyfin.Server/Resources/Configuration/logging.json (template), Emby.Server.Implementations/HttpServer/WebSocketManager.cs, Emby.Server.Implementations/Session/SessionManager.cs, Emby.Server.Implementations/Session/SessionWebSocketListener.cs, Emby.Server.Implementations/ScheduledTasks/ScheduledTaskWorker.cs, Jellyfin.Server.Implementations/Users/UserManager.cs, MediaBrowser.MediaEncoding/Transcoding/TranscodeManager.cs, MediaBrowser.Controller/MediaEncoding/TranscodingJob.cs, MediaBrowser.MediaEncoding/Encoder/*.cs, Emby.Server.Implementations/Library/LibraryManager.cs, Emby.Server.Implementations/IO/LibraryMonitor.cs, Emby.Server.Implementations/ApplicationHost.cs, Emby.Server.Implementations/AppBase/BaseConfigurationManager.cs")
SYSTEMS["jellyfin"] = (
    "{jf_ws}WS {jf_ip} request",
    "{jf_sess}Current/Max sessions for user {jf_user}: {small}/{jf_max}",
    "{jf_auth}Authentication request for {jf_user} has succeeded.",
    "{jf_task}{jf_tname} {jf_tstat} after {small} minute(s) and {jf_sec} seconds",
    "{jf_sess}Creating new access token for user {jf_uid}",
    "{jf_tj}Stopping ffmpeg process with q command for {jf_tpath}",
    "{jf_tm}Transcoding kill timer stopped for JobId {hex32} PlaySessionId {hex32}. Killing transcoding",
    "{jf_swl}Lost {small} WebSockets.",
    "{jf_tj}Killing FFmpeg process for {jf_tpath}",
    "{jf_authw}Authentication request without username has been denied (IP: {jf_ip}).",
    "{jf_lib}Validating media library",
    "{jf_mon}Stopping directory watching for path {jf_dir}",
    "{jf_taske}Error executing Scheduled Task",
    "{jf_enc}Killing ffmpeg process",
    "{jf_task}Attempting to cancel Scheduled Task {jf_tname}",
    "{jf_val}Found ffmpeg version {jf_ffv}",
    "{jf_cfg}Setting cache path: {jf_cache}",
    "{jf_app}Core startup complete",
)
SLOTS.update({
    "jf_ws": _jf_head("INF", "Emby.Server.Implementations.HttpServer.WebSocketManager"), "jf_sess": _jf_head("INF", "Emby.Server.Implementations.Session.SessionManager"),
    "jf_auth": _jf_head("INF", "Jellyfin.Server.Implementations.Users.UserManager"), "jf_authw": _jf_head("INF", "Jellyfin.Server.Implementations.Users.UserManager"),
    "jf_task": _jf_head("INF", "Emby.Server.Implementations.ScheduledTasks.TaskManager"), "jf_taske": _jf_head("ERR", "Emby.Server.Implementations.ScheduledTasks.TaskManager"),
    "jf_tj": _jf_head("INF", "MediaBrowser.MediaEncoding.Transcoding.TranscodeManager"), "jf_tm": _jf_head("INF", "MediaBrowser.MediaEncoding.Transcoding.TranscodeManager"),
    "jf_swl": _jf_head("INF", "Emby.Server.Implementations.Session.SessionWebSocketListener"), "jf_lib": _jf_head("INF", "Emby.Server.Implementations.Library.LibraryManager"),
    "jf_mon": _jf_head("INF", "Emby.Server.Implementations.IO.LibraryMonitor"), "jf_enc": _jf_head("INF", "MediaBrowser.MediaEncoding.Encoder.MediaEncoder"),
    "jf_val": _jf_head("INF", "MediaBrowser.MediaEncoding.Encoder.EncoderValidator"), "jf_cfg": _jf_head("INF", "Emby.Server.Implementations.AppBase.BaseConfigurationManager"),
    "jf_app": _jf_head("INF", "Emby.Server.Implementations.ApplicationHost"),
    "jf_ip": lambda r: r.choice((ip4(r), ip4(r), "::ffff:" + ip4(r))), "jf_user": choice(("admin", "alice", "bob", "kids", "livingroom", "Mum", "carol")), "jf_max": choice(("0", "0", "3", "5")),
    "jf_tname": choice(_JF_TASKS), "jf_tstat": choice(("Completed", "Completed", "Completed", "Failed", "Cancelled")), "jf_sec": num(0, 59), "jf_uid": choice(("admin", "alice", "bob", "kids")),
    "jf_tpath": lambda r: f"/var/cache/jellyfin/transcodes/{hexs(r, 32)}.m3u8", "hex32": lambda r: hexs(r, 32),
    "jf_dir": lambda r: r.choice(("/media/movies", "/media/tv", "/media/music", "/mnt/nas/photos")), "jf_ffv": choice(("7.0.2-Jellyfin", "6.0.1-Jellyfin", "7.1.1-Jellyfin")),
    "jf_cache": choice(("/var/cache/jellyfin", "/cache", "/config/cache")),
})
# ---------------------------------------------------------------- alertmanager (promslog logfmt: time= level= source= msg= + logger .With keys, which are header slots)
_AM_RECV = ("default", "slack-oncall", "pagerduty-critical", "email-team", "webhook-gateway", "opsgenie", "null")
_AM_INT = ("email[0]", "slack[0]", "pagerduty[0]", "webhook[0]", "opsgenie[0]", "msteams[0]")
_AM_ALERTS = ("HostHighCpuLoad", "InstanceDown", "KubePodCrashLooping", "DiskSpaceLow", "TargetDown", "NodeFilesystemAlmostOutOfSpace", "PostgresReplicationLag", "Watchdog", "BlackboxProbeFailed")


def _am_t(lvl: str, src: str) -> Callable[[R], str]:
    return lambda r: f"time=2026-11-{day(r):02d}T{clock(r)}.{ms3(r)}Z level={lvl} source={src} msg="


def _am_group(r: R) -> str:
    return f'"{{}}/{{severity=~\\"^(?:critical|warning)$\\"}}:{{alertname=\\"{r.choice(_AM_ALERTS)}\\", namespace=\\"{r.choice(("prod", "monitoring", "default"))}\\"}}"'


def _am_notify_ctx(r: R) -> str:
    return f" component=dispatcher receiver={r.choice(_AM_RECV)} integration={r.choice(_AM_INT)} aggrGroup={_am_group(r)} "


def _am_err(r: R) -> str:
    return '"' + r.choice(('Post \\"<redacted>\\": dial tcp 10.0.4.12:443: connect: connection refused', 'unexpected status code 429: {\\"ok\\":false,\\"error\\":\\"rate_limited\\"}',
                           'establish connection to server: dial tcp 192.168.1.25:587: i/o timeout', '*smtp.TextProtoError 454: 4.7.0 Too many login attempts, please try again later',
                           'Post \\"<redacted>\\": context deadline exceeded', 'unexpected status code 500: upstream connect error')) + '"'


SOURCES["alertmanager"] = ("prometheus/alertmanager", "68fb2d5759b3a92c0bb2a1a13d4ef7ff5b06256d",
                           "notify/retry_stage.go, dispatch/dispatch.go, cluster/cluster.go, cluster/delegate.go, config/coordinator.go, app/app.go, cmd/alertmanager/main.go, silence/silence.go, api/v2/api.go")
SYSTEMS["alertmanager"] = (
    '{am_ok}"Notify success"{am_nctx}',
    '{am_retry}"Notify attempt failed, will retry later"{am_nctx}attempts={small} err={am_err}',
    '{am_fail}"Notify for alerts failed" component=dispatcher aggrGroup={am_group} num_alerts={small} err={am_aerr}',
    '{am_settle}"gossip settled; proceeding" component=cluster elapsed={am_el}',
    '{am_wait}"Waiting for gossip to settle..." component=cluster interval=2s',
    '{am_ns}"gossip not settled" component=cluster polls={small} before={small} now={small} elapsed={am_el}',
    '{am_failure}"failure" component=cluster addr={am_peer} err={am_perr}',
    '{am_load}"Loading configuration file" component=configuration file={am_file}',
    '{am_done}"Completed loading of configuration file" component=configuration file={am_file}',
    '{am_start}"Starting Alertmanager" version="(version={am_ver}, branch=HEAD, revision={hex40})"',
    '{am_build}"Build context" build_context="(go={am_go}, platform=linux/{am_arch}, user=root@{hex12}, date=2025{am_date}, tags=netgo)"',
    '{am_sig}"Received shutdown signal, exiting gracefully..."',
    '{am_merge}"merge broadcast" component=cluster err={am_merr} key={am_key}',
    '{am_drop}"dropping messages because too many are queued" component=cluster current={am_q} limit=4096',
    '{am_maint}"Running maintenance failed" component=silences err={am_merr}',
    '{am_adv}"setting advertise address explicitly" component=cluster addr={ip} port=9094',
    '{am_conf}"Found conflicting peer IDs" component=cluster peer={am_ulid}',
)
SLOTS.update({
    "am_ok": _am_t("INFO", "retry_stage.go:180"), "am_retry": _am_t("WARN", "retry_stage.go:165"), "am_fail": _am_t("ERROR", "dispatch.go:589"), "am_settle": _am_t("INFO", "cluster.go:699"),
    "am_wait": _am_t("INFO", "cluster.go:682"), "am_ns": _am_t("INFO", "cluster.go:707"), "am_failure": _am_t("WARN", "cluster.go:472"), "am_load": _am_t("INFO", "coordinator.go:112"),
    "am_done": _am_t("INFO", "coordinator.go:125"), "am_start": _am_t("INFO", "app.go:194"), "am_build": _am_t("INFO", "app.go:196"), "am_sig": _am_t("INFO", "main.go:201"),
    "am_merge": _am_t("WARN", "delegate.go:173"), "am_drop": _am_t("WARN", "delegate.go:288"), "am_maint": _am_t("ERROR", "silence.go:640"), "am_adv": _am_t("INFO", "cluster.go:192"),
    "am_conf": _am_t("WARN", "delegate.go:180"),
    "am_nctx": _am_notify_ctx, "am_group": _am_group, "am_err": _am_err, "am_aerr": lambda r: f'"{r.choice(_AM_INT)}/{r.choice(_AM_RECV)}: notify retry canceled after {r.randint(2, 17)} attempts: ' + _am_err(r)[1:],
    "am_el": lambda r: f"{r.uniform(2, 60):.6f}s".replace(".", ".", 1), "am_peer": lambda r: f"{ip4(r)}:9094", "am_perr": choice(('"1 error occurred:\\n\\t* Failed to join 10.0.2.7:9094: dial tcp 10.0.2.7:9094: connect: connection refused\\n\\n"', '"lookup alertmanager-1.alertmanager-operated on 10.96.0.10:53: no such host"')),
    "am_file": choice(("/etc/alertmanager/alertmanager.yml", "/etc/alertmanager/config_out/alertmanager.env.yaml", "/config/alertmanager.yml")),
    "am_ver": choice(("0.28.1", "0.27.0", "0.29.0")), "hex40": lambda r: hexs(r, 40), "hex12": lambda r: hexs(r, 12), "am_go": choice(("go1.23.7", "go1.24.1")), "am_arch": choice(("amd64", "arm64")),
    "am_date": lambda r: f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{clock(r).replace(':', ':')}", "am_merr": choice(('"unexpected EOF"', '"proto: cannot parse invalid wire-format data"', '"open /alertmanager/silences.123: no space left on device"')),
    "am_key": choice(("nfl", "sil")), "am_q": num(4097, 9000), "am_ulid": lambda r: "01J" + "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23)),
})
# ---------------------------------------------------------------- zwave-js-ui (api/lib/logger.ts printf "${timestamp} ${level} ${module}: ${message}"; logNode adds "[Node NNN] ")
_ZW_CC_VALUES = ("49-0-Air temperature", "49-0-Humidity", "37-0-currentValue", "38-0-currentValue", "50-0-value-65537", "50-0-value-66049", "113-0-Home Security-Motion sensor status",
                 "128-0-level", "48-0-Any", "98-0-currentMode", "67-0-setpoint-1", "91-0-scene-001", "49-0-Illuminance", "113-0-Access Control-Door state")
_ZW_DEV = ("Aeotec Ltd. - ZW100 (MultiSensor 6)", "Zooz - ZEN51 (Dry Contact Relay)", "Fibargroup - FGS223 (Double Switch 2)", "Silicon Labs - ZST39 LR (800 Series Long Range USB Controller)",
           "Yale - YRD256 (Assure Lock SL)", "Aeotec Ltd. - ZWA005 (TriSensor)", "Inovelli - LZW31-SN (Red Series Dimmer)", "Shelly - QNSW-001P16 (Wave 1PM)")


def _zw_head(module: str, lvl: str = "INFO", node: bool = True) -> Callable[[R], str]:
    def head(r: R) -> str:
        n = f"[Node {r.randint(2, 60):03d}] " if node else ""
        return f"2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 9999):04d} {lvl} {module}: {n}"
    return head


def _zw_val(r: R) -> str:
    v = r.choice(_ZW_CC_VALUES)
    a, b = (f"{r.uniform(15, 30):.1f}", f"{r.uniform(15, 30):.1f}") if r.random() < 0.5 else (str(r.randint(0, 99)), str(r.randint(0, 99)))
    return r.choice((f"updated: {v} {a} => {b}", f"updated: {v} {a} => {b}", f"notification: {v} {r.randint(0, 255)}"))


SOURCES["zwave-js-ui"] = ("zwave-js/zwave-js-ui", "cd01655a908903537d9079407f87d734f7d2da8e", "api/lib/logger.ts (format), api/lib/ZwaveClient.ts, api/lib/MqttClient.ts, api/lib/Gateway.ts")
SYSTEMS["zwave-js-ui"] = (
    "{zw_n}Value {zw_val}",
    "{zw_n}Is {zw_now}{zw_state}",
    "{zw_n}Metadata updated: {zw_vid}",
    "{zw_n}Interview stage {zw_stage} completed",
    "{zw_n}Is alive",
    "{zw_n}Interview started",
    "{zw_n}Ready: {zw_dev}",
    "{zw_n}Node info (NIF) received",
    "{zw_n}Interview COMPLETED, all values are updated",
    "{zw_nw}Interview FAILED: {zw_ifail}",
    "{zw_n}Value added: {zw_vid}",
    "{zw_n}Has returned from the dead",
    "{zw_}Controller status: {zw_cstat}",
    "{zw_}Network scan complete. Found: {zw_nodes} nodes",
    "{zw_}Scanning network with homeid: 0x{hex8}",
    "{zw_}Z-Wave driver is ready",
    "{zw_mq}Subscribed to {zw_topic}",
    "{zw_gw}Executing scheduled job \"{zw_job}\"...",
)
SLOTS.update({
    "zw_n": _zw_head("Z-WAVE"), "zw_nw": _zw_head("Z-WAVE", "WARN"), "zw_": _zw_head("Z-WAVE", node=False), "zw_mq": _zw_head("MQTT", node=False), "zw_gw": _zw_head("GATEWAY", node=False),
    "zw_val": _zw_val, "zw_now": choice(("now ", "now ", "")), "zw_state": choice(("asleep", "asleep", "awake", "dead")), "zw_vid": choice(_ZW_CC_VALUES),
    "zw_stage": choice(("PROTOCOLINFO", "NODEINFO", "COMMANDCLASSES", "OVERWRITECONFIG", "COMPLETE", "CACHELOAD")), "zw_dev": choice(_ZW_DEV),
    "zw_ifail": choice(("The node did not respond after 5 attempts, it is presumed dead", "Maximum number of attempts reached", "The node is not responding, aborting interview")),
    "zw_cstat": choice(("Ready", "Ready", "Unresponsive", "Jammed")), "zw_nodes": num(3, 60),
    "zw_topic": lambda r: r.choice(("zwave/_CLIENTS/ZWAVE_GATEWAY-zwave-js-ui/broadcast/+/set", "zwave/+/+/+/+/set", "homeassistant/status", f"zwave/_CLIENTS/ZWAVE_GATEWAY-{r.choice(('zwave-js-ui', 'home'))}/api/+/set")),
    "zw_job": choice(("Nightly heal", "Refresh battery levels", "Sync clocks", "Backup NVM")),
})
# ==== END OF PROGRAMS


SET = GeneratedSet(prefix="u6", seed=SEED, systems=SYSTEMS, sources=SOURCES, slots=SLOTS, line=_LINE, artemis_ids=True)
lines = SET.lines


if __name__ == "__main__":
    SET.main(__doc__)
