"""The UNSEEN8-S7 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py .. loggen_unseen7.py), not in LogHub's 16 and not in
hybridlogparser's HiBench/CTS.

Written 2026-11-26 (session 7) by helper S7-unseen8, kept OUTSIDE the repo (/work/unseen-data8) until the
lead has scored Millpond's miner on it once (secrecy: the miner's tuners share the machine).

    python loggen_unseen8.py --out /work/unseen-data8 -n 2000    # writes u8-<program>.tsv.gz
    python loggen_unseen8.py --verify                            # literal text of every template vs the sources

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

from loggen_kit import R, USERS, b62, base_slots, choice, clock, day, GeneratedSet, hexs, ip4, ip6, ms3, num, uuid4

_LINE: dict[str, str] = {}  # values one line's header chose that its message repeats (same camera, pipeline, peer); reset per line
SEED = 81126  # the set's seed
SLOTS = base_slots()
SYSTEMS: dict[str, tuple[str, ...]] = {}
SOURCES: dict[str, tuple[str, str, str]] = {}  # program: (repository, commit read, files holding the format strings)

# ---------------------------------------------------------------- rqlite (Go log.New(os.Stderr, "[component] ", log.LstdFlags): "YYYY/MM/DD HH:MM:SS [store] msg")
_RQ_NODES = ("rqlite-0", "rqlite-1", "rqlite-2", "node1", "node2", "node3", "db-a", "db-b", "db-c")


def _rq_head(comp: str) -> Callable[[R], str]:
    return lambda r: f"2026/11/{day(r):02d} {clock(r)} [{comp}] "


def _rq_addr(r: R) -> str:
    return r.choice((f"{r.choice(_RQ_NODES)}.rqlite-svc-internal.default.svc.cluster.local:4002", f"{ip4(r)}:4002", f"{r.choice(_RQ_NODES)}:4002", f"[::]:4002"))


def _rq_http(r: R) -> str:
    return r.choice((f"http://{ip4(r)}:4001", f"http://{r.choice(_RQ_NODES)}:4001", f"https://{r.choice(_RQ_NODES)}.example.internal:4001"))


SOURCES["rqlite"] = ("rqlite/rqlite", "df4edc42bada95cbe2c3445542020ea23a318827",
                     "store/store.go (log.New \"[store] \", log.LstdFlags), http/service.go, cluster/join.go, cluster/disco/service.go, snapshot/store.go, auto/backup/uploader.go")
SYSTEMS["rqlite"] = (
    "{rq_st}{rq_due} snapshot created in {godur} on node ID {rq_id}",
    "{rq_st}node {rq_id} at {rq_addr} is now Leader",
    "{rq_up}completed auto upload of {rq_bytes} bytes to {rq_s3} in {godur}",
    "{rq_ss}autoreap complete in {godur}: {small} snapshots reaped, {small} WALs checkpointed",
    "{rq_st}node with ID {rq_id}, at {rq_addr}, joined successfully as {rq_voter}",
    "{rq_st}received request to remove node {rq_id}",
    "{rq_st}node {rq_id} removed successfully",
    "{rq_cj}failed to join via node at {rq_http}: {rq_err}",
    "{rq_st}this node (ID={rq_id}, addr={rq_addr}) is now Leader",
    "{rq_st}first log applied since node {rq_id} started, log at index {n}",
    "{rq_ht}execute queue write failed for sequence number {n} on node {rq_id}: {rq_err}",
    "{rq_st}database vacuumed in {godur}",
    "{rq_st}failed to reap {rq_pn} {rq_id}: {rq_err}",
    "{rq_st}opening store with node ID {rq_id}, listening on {rq_addr}",
    "{rq_st}{small} preexisting snapshots present",
    "{rq_ht}service listening on {rq_listen}",
    "{rq_ss}completed CRC32 check of {small} snapshot directories in {godur}",
)
SLOTS.update({
    "rq_st": _rq_head("store"), "rq_up": _rq_head("uploader"), "rq_ss": _rq_head("snapshot-store"), "rq_cj": _rq_head("cluster-join"), "rq_ht": _rq_head("http"),
    "rq_due": choice(("incremental", "incremental", "incremental", "full")), "rq_id": choice(_RQ_NODES + ("1", "2", "3")), "rq_addr": _rq_addr, "rq_http": _rq_http,
    "rq_bytes": lambda r: str(r.randint(4096, 900_000_000)), "rq_s3": lambda r: f"s3://{r.choice(('rqlite-backups', 'prod-db-backup', 'acme-rqlite'))}/{r.choice(('backups/db.sqlite.gz', 'db.sqlite3', 'nightly/rqlite.gz'))}",
    "rq_voter": choice(("voter", "voter", "non-voter")), "rq_pn": choice(("voting node", "non-voting node")),
    "rq_err": choice(("leadership lost while committing log", "not leader", "connection refused", "dial tcp 10.0.3.7:4002: connect: connection refused", "timeout", "context deadline exceeded", "raft is already shutdown", "node is not the leader")),
    "rq_listen": choice(("[::]:4001", "0.0.0.0:4001", "127.0.0.1:4001", "10.0.1.5:4001")),
})
# ---------------------------------------------------------------- radicale (radicale/log.py verbose format "[%(asctime)s] [%(ident)s] [%(levelname)s] %(message)s", DATE_FORMAT "%Y-%m-%d %H:%M:%S %z", ident pid[/threadName])
_RA_USERS = USERS + ("family", "office", "j.smith", "m.muller")
_RA_UA = ("DAVx5/4.4.2-ose (2024/08/05; dav4jvm; okhttp/4.12.0) Android/14", "Thunderbird/128.5.0", "macOS/14.6.1 (23G93) CalendarAgent/1000", "iOS/17.6.1 (21G93) dataaccessd/1.0",
          "Evolution/3.50.4", "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0", "vdirsyncer/0.19.3", "GNOME Calendar/46.1", "DAVx5/4.3.13.2-ose (2024/03/21; dav4jvm; okhttp/4.12.0) Android/13")


def _ra_head(lvl: str, main: bool = False) -> Callable[[R], str]:
    def head(r: R) -> str:
        pid = r.choice((1, 7, 812, 1043, 22871))
        ident = f"{pid}" if main else f"{pid}/Thread-{r.randint(2, 9999)} (process_request_thread)"
        return f"[2026-11-{day(r):02d} {clock(r)} +{r.choice(('0000', '0100', '0000'))}] [{ident}] [{lvl}] "
    return head


def _ra_path(r: R) -> str:
    u = r.choice(_RA_USERS)
    return "'" + r.choice((f"/{u}/", f"/{u}/calendar/", f"/{u}/{uuid4(r)}/", f"/{u}/contacts/", f"/{u}/calendar/{uuid4(r)}.ics", f"/{u}/contacts/{uuid4(r)}.vcf", "/", "/.well-known/caldav")) + "'"


def _ra_host(r: R) -> str:
    return r.choice((ip4(r), ip4(r), f"{ip4(r)} (forwarded for '{ip4(r)}')", "unknown", f"'{r.choice(('nas.lan', 'localhost', 'proxy.example.org'))}'"))


SOURCES["radicale"] = ("Kozea/Radicale", "f02ff33d826307ff3198fb75f61c114490587be0",
                       "radicale/log.py (LOGGER_FORMATS, ident), radicale/app/__init__.py, radicale/app/put.py, radicale/app/mkcol.py, radicale/server.py, radicale/auth/__init__.py")
SYSTEMS["radicale"] = (
    "{ra_i}{ra_meth} request for {ra_path}{ra_depth} received from {ra_host}{ra_ua}",
    "{ra_i}{ra_meth} response status for {ra_path}{ra_depth} in {ra_sec} seconds {ra_enc} {n} bytes{ra_flags}: {ra_status}",
    "{ra_i}Successful login: '{ra_user}' ({ra_info})",
    "{ra_w}Failed login attempt from {ra_host}: '{ra_user}' ({ra_info})",
    "{ra_w}Precondition failed on PUT request for {ra_path} (HTTP_IF_MATCH: {ra_etag}, item has different etag: {ra_etag})",
    "{ra_i}MKCOL request {ra_path} (type:{ra_ctype}): {ra_mkres}",
    "{ra_w}Failed to create predefined collection '{ra_pred}': {ra_exc}",
    "{ra_w}PUT request contains item with UID '{uuid}' size {n} above limit {ra_lim}: {ra_path}",
    "{ra_i}Refused unsafe username: '{ra_bad}'",
    "{ra_w}Bad PUT request on {ra_path} (read_request_body): {ra_exc}",
    "{ra_e}An exception occurred during {ra_meth} request on {ra_path}: {ra_exc}",
    "{ra_i}Request body too large: {ra_big}",
    "{ra_w}Access to principal path '/{ra_user}/' denied by rights backend",
    "{ra_m}Listening on '{ra_listen}'{ra_ssl}",
    "{ra_m}Starting Radicale {ra_info2}({ra_pkgs}) as {ra_ug} on {ra_plat}",
    "{ra_m}Radicale server ready",
)
SLOTS.update({
    "ra_i": _ra_head("INFO"), "ra_w": _ra_head("WARNING"), "ra_e": _ra_head("ERROR"), "ra_m": _ra_head("INFO", main=True),
    "ra_meth": choice(("PROPFIND", "PROPFIND", "PROPFIND", "REPORT", "REPORT", "GET", "PUT", "DELETE", "OPTIONS", "MKCALENDAR", "PROPPATCH", "MOVE")),
    "ra_path": _ra_path, "ra_depth": choice(("", "", " with depth '0'", " with depth '1'", " with depth '1'")), "ra_host": _ra_host, "ra_ua": lambda r: r.choice(("", f" using '{r.choice(_RA_UA)}'", f" using '{r.choice(_RA_UA)}'")),
    "ra_sec": lambda r: f"{r.uniform(0.001, 4.5):.3f}", "ra_enc": choice(("identity", "identity", "gzip")), "ra_flags": choice(("", "", "", " (sync-token)", " (cache-hit)")),
    "ra_status": choice(("207 Multi-Status", "207 Multi-Status", "200 OK", "201 Created", "204 No Content", "401 Unauthorized", "403 Forbidden", "404 Not Found", "412 Precondition Failed", "409 Conflict")),
    "ra_user": choice(_RA_USERS), "ra_info": choice(("htpasswd", "htpasswd", "ldap", "remote_user", "http_x_remote_user", "dovecot", "imap", "cache", "htpasswd/bcrypt")),
    "ra_etag": lambda r: f'"{hexs(r, 32)}"', "ra_ctype": choice(("VCALENDAR", "VADDRESSBOOK", "None")),
    "ra_mkres": choice(("successful", "successful", "rejected because of missing rights 'w'", "rejected because of missing rights 'W'")),
    "ra_pred": choice(("def-calendar", "def-addressbook", "calendar", "contacts", "tasks", "journal")),
    "ra_exc": choice(("[Errno 28] No space left on device", "[Errno 13] Permission denied: '/var/lib/radicale/collections/collection-root'", "Content-Length too short", "timed out", "Invalid data: VEVENT is missing DTSTART", "Request body too large", "[Errno 104] Connection reset by peer")),
    "ra_lim": choice(("80000000", "10000000", "100000000")), "ra_bad": choice(("../etc", "a/b", ".Radicale.tmp", "..", "admin/../root")), "ra_big": lambda r: str(r.randint(100_000_001, 900_000_000)),
    "ra_listen": choice(("localhost:5232", "0.0.0.0:5232", "[::]:5232", "127.0.0.1:5232", "10.0.0.4:5232")), "ra_ssl": choice(("", "", " with SSL")),
    "ra_info2": choice(("3.5.8 ", "3.5.9 ", "3.6.0 ", "")), "ra_pkgs": choice(("Python=3.12.3 defusedxml=0.7.1 passlib=1.7.4 vobject=0.9.9 pika=n/a ldap=n/a", "Python=3.11.2 defusedxml=0.7.1 passlib=1.7.4 vobject=0.9.8 pika=n/a ldap=3.4.4")),
    "ra_ug": choice(("radicale:radicale", "root:root", "nobody:nogroup", "1000:1000")), "ra_plat": choice(("Linux-6.8.0-49-generic-x86_64-with-glibc2.39", "Linux-6.1.0-27-amd64-x86_64-with-glibc2.36", "Linux-6.6.51-0-lts-x86_64-with")),
})
# ---------------------------------------------------------------- puma (cluster mode: LogWriter PidFormatter "[pid] msg"; ErrorLogger title "#{Time.now} text (request): error.inspect")
_PU_PIDS = (1, 7, 12, 14, 19, 23, 1187, 28345, 40211)


def _pu_head(r: R) -> str:
    return f"[{r.choice(_PU_PIDS)}] "


def _pu_time(r: R) -> str:
    return f"2026-11-{day(r):02d} {clock(r)} +0000 "


def _pu_req(r: R) -> str:
    return f'"{r.choice(("GET", "GET", "POST", "PUT", "HEAD"))} {r.choice(("/", "/api/v1/orders", "/users/sign_in", "/assets/application-3f9a.css", "/cable", "/health", "/admin/reports"))}{r.choice(("", "", "?page=2", "?q=test"))}" - ({ip4(r)})'


SOURCES["puma"] = ("puma/puma", "ff2e2126ee2f0f97e21c57ce1967afde1b6f05a1",
                   "lib/puma/log_writer.rb (PidFormatter, connection/parse/ssl errors), lib/puma/error_logger.rb (title), lib/puma/cluster.rb, lib/puma/runner.rb, lib/puma/binder.rb, lib/puma/launcher.rb")
SYSTEMS["puma"] = (
    "{pu}- Worker {small} (PID: {pid}) booted in {pu_s}s, phase: {small}",
    "{pt}HTTP parse error, malformed request ({pu_req}): #<Puma::HttpParserError: {pu_perr}>",
    "{pu}! Terminating timed out worker {pu_det}: {pid}",
    "{pu}- Worker {small} (PID: {pid}) terminating",
    "{pt}SSL error, peer: {ip}, peer cert: {pu_cert}: #<Puma::MiniSSL::SSLError: {pu_ssl}>",
    "{pu}- Stopping {pid} for phased upgrade...",
    "{pu}- Starting phased worker restart, phase: {small}",
    "{pu}! reaped unknown child process pid={pid} status={pu_status}",
    "{pu}* Listening on http://{pu_bind}",
    "{pu}*  Environment: {pu_env}",
    "{pu}*   Master PID: {pid}",
    "{pu}*      Workers: {pu_w}",
    "{pu}* Puma version: {pu_ver} (\"{pu_code}\")",
    "{pu}* Ruby version: {pu_ruby}",
    "{pu}! Unable to load application: {pu_exc}",
    "{pu}! Out-of-sync worker list, no {pid} worker",
)
SLOTS.update({
    "pu": _pu_head, "pt": _pu_time, "pu_s": lambda r: str(round(r.uniform(0.2, 14), 2)), "pu_req": _pu_req,
    "pu_perr": choice(("Invalid HTTP format, parsing fails. Are you trying to open an SSL connection to a non-SSL Puma?", "HTTP element REQUEST_PATH is longer than the (8192) allowed length (was 9210)", "HTTP element HEADER is longer than the (112640) allowed length (was 130211)", "Invalid HTTP format, parsing fails. Bad headers")),
    "pu_det": choice(("(Worker 0 failed to check in within 60 seconds)", "(Worker 1 failed to check in within 60 seconds)", "(Worker 3 failed to boot within 60 seconds)", "(Worker 2 failed to check in within 30 seconds)")),
    "pu_cert": choice(("", "", "/CN=client.example.com", "/C=US/O=Acme/CN=api-client")),
    "pu_ssl": choice(("OpenSSL error: error:0A00010B:SSL routines::wrong version number - 267", "OpenSSL error: error:0A000126:SSL routines::unexpected eof while reading - 294", "OpenSSL error: error:0A000102:SSL routines::unsupported protocol - 258", "Socket closed before handshake")),
    "pu_status": lambda r: f"pid {r.randint(300, 99999)} exit {r.choice((0, 1, 137))}", "pu_bind": choice(("0.0.0.0:3000", "[::]:3000", "0.0.0.0:9292", "127.0.0.1:8080", "0.0.0.0:8080", "[::1]:3000")),
    "pu_env": choice(("production", "production", "staging", "development")), "pu_w": choice(("2", "4", "4", "8", "16")), "pu_ver": choice(("6.4.3", "6.5.0", "7.0.4", "7.1.0")),
    "pu_code": choice(("The Eagle of Durango", "Sky's Version", "Romantic Warrior", "Bedroom Nines")), "pu_ruby": choice(("ruby 3.3.6 (2024-11-05 revision 75015d4c1f) +YJIT [x86_64-linux]", "ruby 3.2.2 (2023-03-30 revision e51014f9c0) [x86_64-linux]", "ruby 3.4.1 (2024-12-25 revision 48d4efcb85) +PRISM [aarch64-linux]")),
    "pu_exc": choice(("LoadError: cannot load such file -- bootsnap/setup", "NameError: uninitialized constant Rails", "ActiveRecord::ConnectionNotEstablished: connection to server at \"10.0.0.9\", port 5432 failed: Connection refused", "Errno::ENOENT: No such file or directory @ rb_sysopen - config/master.key")),
})
# ---------------------------------------------------------------- irqbalance (irqbalance.h log(): syslog(lvl, fmt) / sd_journal_print; collected syslog file "Mmm dd HH:MM:SS host irqbalance[pid]: msg")
_IB_HOSTS = ("db-primary", "db-replica-1", "node017", "node101", "gpu-04", "k8s-worker-5", "k8s-worker-9", "hv03", "hv04", "edge-gw1", "storage-02")


def _ib_head(r: R) -> str:
    return f"Nov {day(r):2d} {clock(r)} {r.choice(_IB_HOSTS)} irqbalance[{r.choice((612, 788, 812, 903, 1044, 1187, 1420))}]: "


SOURCES["irqbalance"] = ("Irqbalance/irqbalance", "cd9212f453db71bec2050c9236c4ce9f17e6d2b4",
                         "irqbalance.h (log macro: syslog / sd_journal_print), activate.c, classify.c, irqlist.c, irqbalance.c, procinterrupts.c, cputree.c, thermal.c")
SYSTEMS["irqbalance"] = (
    "{ib}Cannot change IRQ {ib_irq} affinity: {ib_err}",
    "{ib}IRQ {ib_irq} affinity is now unmanaged",
    "{ib}cpu {ib_cpu} entering powersave mode",
    "{ib}Load average increasing, re-enabling all cpus for irq balancing",
    "{ib}IRQ {ib_irq}: Override {ib_key} to {ib_val}",
    "{ib}No directory {ib_path}: {errno}",
    "{ib}IRQ {ib_name} is of type {small} and class {small}",
    "{ib}IRQ {ib_name}({ib_irq}) guessed as class {small}",
    "{ib}Unable to execute user policy script {ib_script}",
    "{ib}thermal: received group id ({ib_gid}).",
    "{ib}Permission denied for user to connect to socket.",
    "{ib}WARNING, didn't collect load info for all cpus, balancing is broken",
    "{ib}Balancing is ineffective on systems with a single cpu.  Shutting down",
    "{ib}IRQBALANCE_BANNED_CPUS is discarded, Use IRQBALANCE_BANNED_CPULIST instead",
    "{ib}Daemon couldn't be bound to the file-based socket.",
    "{ib}WARNING: MSI interrupts found in /proc/interrupts",
)
SLOTS.update({
    "ib": _ib_head, "ib_irq": lambda r: str(r.choice((r.randint(0, 40), r.randint(24, 400), r.randint(100, 1200)))),
    "ib_err": choice(("Operation not permitted", "Operation not permitted", "Input/output error", "No space left on device", "Invalid argument", "Device or resource busy")),
    "ib_cpu": lambda r: str(r.randint(0, 127)), "ib_key": choice(("ban", "balance_level", "numa_node", "hintpolicy")), "ib_val": choice(("true", "false", "core", "package", "cache", "none", "0", "1")),
    "ib_path": lambda r: f"/sys/bus/pci/devices/0000:{r.randint(0, 0xc0):02x}:{r.randint(0, 31):02x}.{r.randint(0, 7)}/msi_irqs", "ib_name": lambda r: r.choice((f"{r.randint(24, 400)}", f"0000:{r.randint(0, 0xc0):02x}:00.{r.randint(0, 3)}", f"nvme0q{r.randint(0, 63)}", f"eth{r.randint(0, 3)}-TxRx-{r.randint(0, 31)}", f"mlx5_comp{r.randint(0, 63)}@pci:0000:{r.randint(0x10, 0xc0):02x}:00.0")),
    "ib_script": choice(("/etc/irqbalance.d/policy.sh", "/usr/local/sbin/irq-policy", "/etc/sysconfig/irqbalance.d/nic-policy.sh")), "ib_gid": num(1, 12),
})
# ---------------------------------------------------------------- AdGuardHome DHCP (golibs log: Go log.LstdFlags|Lmicroseconds "YYYY/MM/DD HH:MM:SS.uuuuuu " + "[info] " / "[error] ")
def _ag_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026/11/{day(r):02d} {clock(r)}.{r.randint(0, 999999):06d} [{lvl}] "


def _ag_mac(r: R) -> str:
    return ":".join(f"{r.randint(0, 255):02x}" for _ in range(6))


def _ag_lan(r: R) -> str:
    return f"192.168.{r.choice((0, 1, 1, 1, 10, 50))}.{r.randint(2, 254)}"


SOURCES["adguardhome"] = ("AdguardTeam/AdGuardHome", "75e43ab5b251aa5038ebc857595855c5b168b93d",
                          "internal/dhcpd/v4_unix.go, internal/dhcpd/v6_unix.go, internal/dhcpd/db.go, internal/dhcpd/conn_linux.go, internal/dhcpd/options_unix.go, internal/dhcpd/routeradv.go (golibs log)")
SYSTEMS["adguardhome"] = (
    "{ag_i}dhcpv4: changed IP from {ag_lan} to {ag_lan} for {ag_mac}",
    "{ag_i}dhcpv4: warning: no existing lease for {ag_mac}",
    "{ag_i}dhcp: stored {n} leases in \"{ag_db}\"",
    "{ag_i}dhcpv4: lease with IP {ag_lan} for {ag_mac} not found",
    "{ag_i}dhcpv4: ip conflict: {ag_lan} is already used by another device",
    "{ag_i}dhcpv4: hostname \"{ag_hn}\" already exists",
    "{ag_i}dhcpv4: released {small} dynamic leases for {ag_mac}",
    "{ag_e}dhcpv4: conn.Write to {ag_peer} failed: {ag_werr}",
    "{ag_i}dhcpv4: allocating new lease for {ag_mac}: no more IP addresses",
    "{ag_e}dhcpv6: message type {small} not supported",
    "{ag_e}dhcpv4: reset: re-adding a lease for {ag_lan} ({ag_mac}): {ag_lerr}",
    "{ag_e}dhcpv6 ra: WriteTo: {ag_raerr}",
    "{ag_i}dhcp: loaded leases v4:{n}  v6:{small}  total-read:{n} from DB",
    "{ag_e}dhcpv4: bad option string at index {small}: {ag_oerr}",
    "{ag_i}dhcpv4: listening",
    "{ag_i}dhcpv6: server is closed",
)
SLOTS.update({
    "ag_i": _ag_head("info"), "ag_e": _ag_head("error"), "ag_lan": _ag_lan, "ag_mac": _ag_mac,
    "ag_db": choice(("/opt/AdGuardHome/data/leases.json", "/opt/adguardhome/work/data/leases.json", "/var/lib/adguardhome/data/leases.json")),
    "ag_hn": choice(("iphone", "android-3f9c2a1b7d", "raspberrypi", "DESKTOP-7KQ2M1", "shelly1-98CDAC2F4E11", "espressif", "MacBook-Pro", "LGwebOSTV", "tasmota-4F2A1C-0812", "esp32-cam")),
    "ag_peer": lambda r: r.choice(("255.255.255.255:68", f"{_ag_lan(r)}:68")), "ag_werr": choice(("write udp4 0.0.0.0:67->255.255.255.255:68: sendto: network is unreachable", "sendto: no buffer space available", "write: operation not permitted", "write udp4: i/o timeout")),
    "ag_lerr": choice(("lease for ip 192.168.1.10 already exists", "static lease is outside the subnet", "hostname is not unique")), "ag_raerr": choice(("write ip6 ::->ff02::1: sendmsg: network is unreachable", "write ip6: sendmsg: invalid argument", "write ip6 ::->ff02::1: sendmsg: no buffer space available")),
    "ag_oerr": choice(("invalid option string \"6 ips 1.1.1.1,\": parsing ip: bad ip", "unknown option type \"str\"", "parsing option code: strconv.ParseUint: parsing \"x\": invalid syntax", "invalid hex string: encoding/hex: odd length hex string")),
})
# ---------------------------------------------------------------- vernemq (files/vmq.schema log.template extended: time " [" level "] " pid " " mfa ":" line ": " msg; OTP logger_formatter RFC 3339 time, single_line)
_VM_CLIENTS = ("sensor-0017", "sensor-0042", "gw-berlin-01", "mqttjs_3f9a21c4", "paho12345678901", "tasmota_8C1A2F", "shellyplus1pm-a8032ab12c44", "truck-7731", "hass-mqtt-client", "node-red-02", "esp32-4C11AE", "telegraf-mqtt")
_VM_NODES = ("VerneMQ@10.0.1.11", "VerneMQ@10.0.1.12", "VerneMQ@10.0.1.13", "VerneMQ@vernemq-0.vernemq-headless.mqtt.svc.cluster.local", "VerneMQ@vernemq-1.vernemq-headless.mqtt.svc.cluster.local", "VerneMQ@vernemq-2.vernemq-headless.mqtt.svc.cluster.local")


def _vm_head(lvl: str, mfa: str, lines: tuple[int, ...]) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{r.randint(0, 999999):06d}+00:00 [{lvl}] <0.{r.randint(200, 99999)}.0> {mfa}:{r.choice(lines)}: "


def _vm_sid(r: R) -> str:
    return f'{{[],<<"{r.choice(_VM_CLIENTS)}">>}}' if r.random() < 0.85 else f'{{"{r.choice(("tenant-a", "fleet", "lab"))}",<<"{r.choice(_VM_CLIENTS)}">>}}'


SOURCES["vernemq"] = ("vernemq/vernemq", "90ebd3e634ba575e4834541b39d501f93ee66508",
                      "files/vmq.schema (log.template extended), apps/vmq_server/src/vmq_mqtt_fsm.erl, apps/vmq_server/src/vmq_cluster_node.erl, apps/vmq_server/src/vmq_cluster_mon.erl, apps/vmq_server/src/vmq_queue.erl, "
                      "apps/vmq_server/src/vmq_ranch.erl, apps/vmq_server/src/vmq_reg.erl, apps/vmq_swc/src/vmq_swc_db_leveldb.erl")
SYSTEMS["vernemq"] = (
    "{vm_auth}can't authenticate client {vm_sid} from {vm_peer} due to invalid_credentials",
    "{vm_ses}session for {vm_sid} stopped abnormally due to '{vm_reason}'",
    "{vm_drop}subscriber {vm_sid} dropped {n} messages",
    "{vm_auth3}can't authenticate client {vm_sid} from {vm_peer} due to {vm_aerr}",
    "{vm_sub}can't authorize SUBSCRIBE from v3 client {vm_sid} from {vm_peer} due to not_authorized",
    "{vm_cn}connection to node '{vm_node}' has been closed, reconnect in {vm_ms}ms",
    "{vm_mon}cluster node '{vm_node}' DOWN",
    "{vm_mon2}cluster node '{vm_node}' UP",
    "{vm_cn2}successfully connected to cluster node '{vm_node}'",
    "{vm_reg}can't register client {vm_sid} with username <<\"{vm_user}\">> due to {vm_rerr}",
    "{vm_pub}can't publish to remote node '{vm_node}' due to '{vm_reason2}'",
    "{vm_q}can't drain queue '{vm_sid}' for [{vm_pid}][{vm_pid}] due to {vm_reason2}",
    "{vm_proto}invalid protocol version for {vm_sid} {small}",
    "{vm_empty}empty client id not allowed in mqttv3 {vm_sid}",
    "{vm_dead}dead queues summary: {small} queues fixed",
    "{vm_ldb}Opening LevelDB SWC database at \"{vm_dir}\"",
)
SLOTS.update({
    "vm_auth": _vm_head("warning", "vmq_mqtt_fsm:check_user/2", (765,)), "vm_auth3": _vm_head("warning", "vmq_mqtt_fsm:check_user/2", (772,)), "vm_ses": _vm_head("warning", "vmq_ranch:handle_message/2", (211,)),
    "vm_drop": _vm_head("warning", "vmq_mqtt_fsm:connected/2", (365,)), "vm_sub": _vm_head("warning", "vmq_mqtt_fsm:connected/2", (490,)), "vm_cn": _vm_head("warning", "vmq_cluster_node:handle_message/2", (293,)),
    "vm_mon": _vm_head("warning", "vmq_cluster_mon:handle_info/2", (127,)), "vm_mon2": _vm_head("info", "vmq_cluster_mon:handle_info/2", (131,)), "vm_cn2": _vm_head("info", "vmq_cluster_node:connect/2", (243,)),
    "vm_reg": _vm_head("warning", "vmq_mqtt_fsm:check_user/2", (751,)), "vm_pub": _vm_head("warning", "vmq_reg:publish_fold_wrapper/2", (638,)), "vm_q": _vm_head("warning", "vmq_queue:drain/2", (771,)),
    "vm_proto": _vm_head("warning", "vmq_mqtt_fsm:init/3", (213,)), "vm_empty": _vm_head("warning", "vmq_mqtt_fsm:check_client_id/2", (689,)), "vm_dead": _vm_head("info", "vmq_reg:fix_dead_queues/2", (932,)),
    "vm_ldb": _vm_head("info", "vmq_swc_db_leveldb:init/1", (340,)),
    "vm_sid": _vm_sid, "vm_peer": lambda r: f"{ip4(r)}:{r.randint(1024, 65535)}", "vm_node": choice(_VM_NODES), "vm_ms": choice(("1000", "1000", "2000", "5000")),
    "vm_reason": choice(("{{badmatch,{error,closed}},[]}", "normal_disconnect", "{shutdown,session_taken_over}", "keepalive_expired", "{error,einval}", "{{case_clause,{error,timeout}},[]}")),
    "vm_aerr": choice(("no_matching_hook_found", "error", "{error,timeout}", "not_authorized", "{error,econnrefused}")), "vm_user": choice(USERS + ("device", "telegraf", "homeassistant")),
    "vm_rerr": choice(("not_ready", "{error,not_ready}", "register_subscriber_timeout", "{error,{timeout,register}}")), "vm_reason2": choice(("not_reachable", "noproc", "timeout", "{error,closed}", "{error,enotconn}")),
    "vm_pid": lambda r: f"<{r.randint(10000, 99999)}.{r.randint(100, 9999)}.0>", "vm_dir": choice(("/vernemq/data/swc_meta/meta1", "/var/lib/vernemq/swc_meta/meta3", "/opt/vernemq/data/swc_meta/meta7")),
})
# ---------------------------------------------------------------- hivemq-ce (src/distribution/conf/logback.xml "%-30(%d %level)- %msg%n%ex": "YYYY-MM-DD HH:MM:SS,mmm LEVEL" padded to 30, then "- "; event.log via EventLog loggers at DEBUG)
_HM_CLIENTS = ("sensor-0017", "gw-hamburg-02", "mqttx_4f2a91c0", "paho-python-7731", "car-3F9A21", "hivemq-mqtt-cli-01", "node-red-prod", "plc-line4", "ttn-bridge", "app-ios-5D2E")


def _hm_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"{f'2026-11-{day(r):02d} {clock(r)},{ms3(r)} {lvl}':<30}- "


SOURCES["hivemq-ce"] = ("hivemq/hivemq-community-edition", "5d953093a18f2b5e0a8209eb61fd34dfc2e331ad",
                        "src/distribution/conf/logback.xml (pattern), src/main/java/com/hivemq/logging/EventLog.java, src/main/java/com/hivemq/mqtt/handler/connect/ConnectionLimiterHandler.java, "
                        "src/main/java/com/hivemq/bootstrap/HiveMQNettyBootstrap.java, src/main/java/com/hivemq/HiveMQServer.java, src/main/java/com/hivemq/extensions/HiveMQExtensions.java, "
                        "src/main/java/com/hivemq/extensions/loader/ExtensionLoaderImpl.java, src/main/java/com/hivemq/bootstrap/netty/ExceptionHandler.java, src/main/java/com/hivemq/extensions/ExtensionUtil.java")
SYSTEMS["hivemq-ce"] = (
    "{hm_d}Client ID: {hm_cid}, IP: {ip}, Clean Start: {hm_bool}, Session Expiry: {hm_exp} connected.",
    "{hm_d}Client ID: {hm_cid}, IP: {ip} disconnected gracefully.",
    "{hm_d}Client ID: {hm_cid}, IP: {ip} was disconnected. reason: {hm_reason}.",
    "{hm_d}Outgoing MQTT packet was dropped. Receiving client: {hm_cid}, messageType: {hm_type}, reason: {hm_dreason}.",
    "{hm_d}Client ID: {hm_cid}, IP: {ip} disconnected gracefully. Reason given by client: {hm_cr}",
    "{hm_w}The amount of connections ({n}) is close to its limit ({n}).",
    "{hm_e}An unexpected error occurred for client with IP {ip}: {hm_exc}",
    "{hm_w}The connection limit ({n}) is reached. ClientID ({hm_cid}) connection denied.",
    "{hm_w}Extension folder {hm_extdir} does not contain a .jar file, ignoring extension",
    "{hm_i}Extension \"{hm_ext}\" version {hm_ver} started successfully.",
    "{hm_w}Extension with id \"{hm_extid}\" cannot be started, the extension will be disabled. reason: {hm_exterr}",
    "{hm_i}Starting TCP listener on address {hm_bind} and port {hm_port}",
    "{hm_i}Started HiveMQ in {n}ms",
    "{hm_i}This HiveMQ ID is {hm_id}",
    "{hm_i}HiveMQ version: {hm_hv}",
    "{hm_w}The configured max packet size ({n}) is too high. It was set to {n} bytes instead.",
)
SLOTS.update({
    "hm_d": _hm_head("DEBUG"), "hm_i": _hm_head("INFO"), "hm_w": _hm_head("WARN"), "hm_e": _hm_head("ERROR"), "hm_cid": choice(_HM_CLIENTS), "hm_bool": choice(("true", "false")),
    "hm_exp": choice(("0", "0", "3600", "86400", "4294967295")), "hm_reason": choice(("Another client connected with the same clientId", "The client socket was closed.", "Sent CONNECT with wrong protocol version", "Client was inactive longer than its keep alive time", "Sent PUBLISH to invalid topic")),
    "hm_type": choice(("PUBLISH", "PUBLISH", "PUBREL", "SUBACK")), "hm_dreason": choice(("The tcp socket was not writable", "Message queue for client full", "Maximum packet size exceeded", "Topic alias not allowed")),
    "hm_cr": choice(("Normal disconnection", "shutting down", "Session taken over", "null")),
    "hm_exc": choice(("Connection reset by peer", "javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown", "io.netty.handler.codec.DecoderException: java.lang.IllegalStateException", "Broken pipe")),
    "hm_extdir": lambda r: f"/opt/hivemq/extensions/{r.choice(('hivemq-allow-all-extension', 'my-auth', 'hivemq-kafka-extension', 'backup', 'prometheus-old'))}", "hm_ext": choice(("HiveMQ File RBAC Extension", "Allow All Extension", "HiveMQ Prometheus Monitoring Extension", "HiveMQ Kafka Extension", "Custom Auth Extension")),
    "hm_ver": choice(("4.6.5", "1.0.0", "4.0.13", "1.2.0")), "hm_extid": choice(("hivemq-file-rbac-extension", "hivemq-allow-all-extension", "hivemq-prometheus-extension", "acme-auth")),
    "hm_exterr": choice(("The file 'credentials.xml' does not exist", "java.lang.NoClassDefFoundError: org/slf4j/Logger", "Extension start threw exception")),
    "hm_bind": choice(("0.0.0.0", "0.0.0.0", "::", "10.0.3.4")), "hm_port": choice(("1883", "1883", "8883", "8000")),
    "hm_id": lambda r: b62(r, 5), "hm_hv": choice(("2025.1", "2024.9", "2025.3", "2024.7")),
})
# ---------------------------------------------------------------- dragonfly (glog line prefix "Lyyyymmdd hh:mm:ss.uuuuuu threadid file:line] ", container stdout)
def _df_head(lvl: str, loc: str) -> Callable[[R], str]:
    return lambda r: f"{lvl}202611{day(r):02d} {clock(r)}.{r.randint(0, 999999):06d} {r.choice((1, 1, 9, 10, 11, 12, 13, 14, 15, 16, 17)):>5} {loc}] "


def _df_addr(r: R) -> str:
    return r.choice((f"{ip4(r)}:6379", f"dragonfly-{r.randint(0, 2)}.dragonfly.cache.svc.cluster.local:6379", f"{ip4(r)}:6380", "redis-master:6379"))


def _df_bytes(r: R) -> str:
    return r.choice((f"{r.uniform(1, 999):.2f}GiB", f"{r.uniform(1, 999):.2f}MiB", f"{r.randint(1, 512)}GiB", f"{r.uniform(1, 64):.1f}GiB"))


def _df_el(r: R) -> str:
    return r.choice((f"{r.randint(0, 999)} ms", f"{r.uniform(1, 59):.3g} s", f"{r.uniform(1, 59):.3g} min", f"{r.randint(1, 999)} us"))


SOURCES["dragonfly"] = ("dragonflydb/dragonfly", "f8eca6d0b05c915cee9439036b5b04aebbb973bb",
                        "src/server/replica.cc, src/server/dflycmd.cc, src/server/dfly_main.cc, src/server/detail/save_stages_controller.cc, src/facade/dragonfly_listener.cc, src/facade/redis_parser.cc (glog)")
SYSTEMS["dragonfly"] = (
    "{df_save}Saving {df_file} finished after {df_el}",
    "{df_sync}Started sync with replica {ip}:{df_port}",
    "{df_stable}Transitioned into stable sync with replica {ip}:{df_port}",
    "{df_disc}Disconnecting from replica {ip}:{df_port}",
    "{df_rconn}Error connecting to {df_addr} (phase: {df_phase}): {df_ec}, reason: {df_reason}",
    "{df_rstart}Started {df_st} sync with {df_addr}",
    "{df_rfin}{df_st} sync finished in {df_el}",
    "{df_dns}Error resolving dns to {df_host} (phase: {df_phase}): {df_ec}",
    "{df_lsn}Partial sync requested from stale LSN={n} that the replication buffer doesn't contain this anymore (current_lsn={n}). Will perform a full sync of the data.",
    "{df_mb}Multibulk len is too large {n}",
    "{df_jour}Shard {small} starts journal at: {n}",
    "{df_listen}Listening on {df_listen}",
    "{df_found}Found {df_bytes} available memory. Setting maxmemory to {df_bytes}",
    "{df_memw}Got memory limit {df_bytes}, however only {df_bytes} was found.",
    "{df_start}Starting dragonfly {df_ver}-{df_sha}",
    "{df_thr}Using proactor_threads={small} (overriding cgroup-derived {small})",
)
SLOTS.update({
    "df_save": _df_head("I", "save_stages_controller.cc:360"), "df_sync": _df_head("I", "dflycmd.cc:424"), "df_stable": _df_head("I", "dflycmd.cc:479"), "df_disc": _df_head("I", "dflycmd.cc:164"),
    "df_rconn": _df_head("W", "replica.cc:261"), "df_rstart": _df_head("I", "replica.cc:681"), "df_rfin": _df_head("I", "replica.cc:720"), "df_dns": _df_head("E", "replica.cc:252"),
    "df_lsn": _df_head("I", "dflycmd.cc:489"), "df_mb": _df_head("W", "redis_parser.cc:320"), "df_jour": _df_head("I", "replica.cc:1526"), "df_listen": _df_head("I", "dfly_main.cc:439"),
    "df_found": _df_head("I", "dfly_main.cc:1178"), "df_memw": _df_head("W", "dfly_main.cc:1186"), "df_start": _df_head("I", "dfly_main.cc:1106"), "df_thr": _df_head("I", "dfly_main.cc:1156"),
    "df_file": lambda r: f"/data/{r.choice(('dump', 'snapshot', 'backup'))}-{r.choice(('summary', '0000', '0001', '0002', '0003', '0007'))}.dfs" if r.random() < 0.7 else f"/data/dump-2026-11-{day(r):02d}T{clock(r).replace(':', '-')}-{r.choice(('summary', '0000', '0005'))}.dfs",
    "df_el": _df_el, "df_port": choice(("6379", "6379", "6380", "7000")), "df_addr": _df_addr, "df_phase": choice(("CONNECTING", "GREETING", "FULL_SYNC", "STABLE_SYNC", "RESOLVING")),
    "df_ec": choice(("system:111", "system:110", "system:104", "generic:125", "system:113")), "df_reason": choice(("Connection refused", "Connection timed out", "Connection reset by peer", "Operation canceled", "No route to host")),
    "df_st": choice(("full", "full", "partial")), "df_host": choice(("dragonfly-0.dragonfly.cache.svc.cluster.local", "redis-master", "df-primary.internal", "10.0.4.12")),
    "df_listen": choice(("0.0.0.0:6379", "[::]:6379", "127.0.0.1:6379", "0.0.0.0:6380")), "df_bytes": _df_bytes, "df_ver": choice(("v1.25.4", "v1.26.1", "v1.27.0", "v1.24.0")), "df_sha": lambda r: hexs(r, 7),
})
# ---------------------------------------------------------------- stunnel (src/log.c: syslog(level, "%s: %s", id, text) with id "LOG%d[%s]" — thread/connection id; collected syslog file "Mmm dd HH:MM:SS host stunnel[pid]: LOGn[id]: msg")
_ST_HOSTS = ("mail01", "edge-gw1", "tls-proxy-1", "tls-proxy-2", "db-primary", "redis-tls-01", "backup01", "app-02")
_ST_SERVICES = ("https", "imaps", "pop3s", "smtps", "redis-tls", "postgres", "ldaps", "mysql-tls", "rsync-tls", "vnc", "openvpn-over-tls")


def _st_head(lvl: int) -> Callable[[R], str]:
    def head(r: R) -> str:
        cid = r.choice((str(r.randint(0, 9999)), str(r.randint(0, 99)), "main" if lvl <= 4 else str(r.randint(0, 500))))
        return f"Nov {day(r):2d} {clock(r)} {r.choice(_ST_HOSTS)} stunnel[{r.choice((688, 1022, 1317, 2291, 40117))}]: LOG{lvl}[{cid}]: "
    return head


def _st_addr(r: R) -> str:
    return r.choice((f"{ip4(r)}:{r.randint(1024, 65535)}", f"{ip4(r)}:{r.randint(1024, 65535)}", f"{ip6(r)}:{r.randint(1024, 65535)}"))


def _st_dst(r: R) -> str:
    return r.choice((f"127.0.0.1:{r.choice((80, 143, 110, 25, 6379, 5432, 389, 3306, 873, 5900))}", f"{ip4(r)}:{r.choice((443, 993, 995, 465, 6380, 5432, 636))}", f"[::1]:{r.choice((80, 143, 6379))}"))


SOURCES["stunnel"] = ("mtrojnar/stunnel", "61452959a3a1f878bf49acb451d4ffdd6d38ccae",
                      "src/log.c (id \"LOG%d[%s]\", syslog \"%s: %s\", log_error), src/client.c, src/network.c, src/verify.c, src/stunnel.c, src/ctx.c, src/ocsp.c")
SYSTEMS["stunnel"] = (
    "{st5}Service [{st_svc}] accepted connection from {st_addr}",
    "{st5}Connection {st_close}: {n} byte(s) sent to TLS, {n} byte(s) sent to socket",
    "{st5}s_connect: connected {st_dst}",
    "{st5}Service [{st_svc}] connected remote server from {st_addr}",
    "{st3}{st_txt}: {st_err}",
    "{st6}{st_tlsv} ciphersuite: {st_cs} ({st_bits}-bit encryption)",
    "{st6}TLS {st_dir}: {st_sess}",
    "{st5}Certificate accepted at depth={small}: {st_subj}",
    "{st3}s_connect: connect {st_dst}: {st_cerr}",
    "{st4}Rejected by CERT at depth={small}: {st_subj}",
    "{st6}Peer temporary key: ECDH, {st_curve}, {st_kb} bits",
    "{st5}SNI: switched to service [{st_svc}]",
    "{st4}Connection rejected: too many clients (>={st_max})",
    "{st5}OCSP: Connecting the configured responder \"{st_ocsp}\"",
    "{st4}Connection from {st_addr} REFUSED by IDENT (user \"{user}\")",
    "{st3}OCSP: Rejected (revoked)",
)
SLOTS.update({
    "st3": _st_head(3), "st4": _st_head(4), "st5": _st_head(5), "st6": _st_head(6), "st_svc": choice(_ST_SERVICES), "st_addr": _st_addr, "st_dst": _st_dst,
    "st_close": choice(("closed", "closed", "closed", "reset", "closed/reset")), "st_txt": choice(("readsocket", "writesocket", "SSL_accept", "SSL_read", "getpeername", "transfer: s_poll_wait")),
    "st_err": choice(("Connection reset by peer (104)", "Broken pipe (32)", "Connection timed out (110)", "Transport endpoint is not connected (107)", "No route to host (113)")),
    "st_tlsv": choice(("TLSv1.3", "TLSv1.3", "TLSv1.2")), "st_cs": choice(("TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "ECDHE-RSA-AES256-GCM-SHA384", "TLS_AES_128_GCM_SHA256", "ECDHE-ECDSA-AES128-GCM-SHA256")),
    "st_bits": choice(("256", "256", "128")), "st_dir": choice(("accepted", "accepted", "connected")), "st_sess": choice(("new session negotiated", "new session negotiated", "previous session reused")),
    "st_subj": choice(("CN=ISRG Root X1,O=Internet Security Research Group,C=US", "CN=R11,O=Let's Encrypt,C=US", "CN=mail.example.com", "CN=client-42,OU=devices,O=Acme", "CN=Acme Internal CA,O=Acme,C=DE", "CN=backup01.corp.example")),
    "st_cerr": choice(("Connection refused (111)", "Connection refused (111)", "No route to host (113)", "Network is unreachable (101)", "Connection timed out (110)")),
    "st_curve": choice(("X25519", "X25519", "prime256v1", "secp384r1")), "st_kb": choice(("253", "253", "256", "384")), "st_max": choice(("500", "500", "1000", "250")),
    "st_ocsp": choice(("http://r11.o.lencr.org", "http://ocsp.acme.internal:8080", "http://ocsp.digicert.com")),
})
# ---------------------------------------------------------------- ofelia (ofelia.go go-logging format "%{time} %{color} %{shortfile} ▶ %{level} %{color:reset} %{message}", container stdout, colour escapes stripped by the collector)
_OF_JOBS = ("backup-db", "db-vacuum", "certbot-renew", "cleanup-tmp", "logrotate", "restic-backup", "nextcloud-cron", "sync-s3", "report-daily", "purge-cache", "healthcheck-ping", "job-exec-php")
_OF_CMDS = ("pg_dump -U postgres -Fc app > /backup/app.dump", "php -f /var/www/html/cron.php", "certbot renew --quiet", "find /tmp -mtime +7 -delete", "restic backup /data --tag nightly",
            "aws s3 sync /srv/files s3://acme-files", "/usr/local/bin/report --daily", "curl -fsS -m 10 --retry 5 https://hc-ping.com/8f2e1c44-5d1b-4d3e-9e6c-0b7a7f1c2d3e", "redis-cli FLUSHDB", "vacuumdb --all --analyze", "date")
_OF_SCHED = ("@every 10s", "@every 1m", "@hourly", "@daily", "0 3 * * *", "*/5 * * * *", "0 0 */6 * * *", "@every 5m", "30 2 * * 1")


def _of_head(lvl: str, loc: str | tuple[str, ...]) -> Callable[[R], str]:
    locs = (loc,) if isinstance(loc, str) else loc
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{ms3(r)}Z  {r.choice(locs)} ▶ {lvl}  "


def _of_job(r: R) -> str:
    return f'[Job "{r.choice(_OF_JOBS)}" ({hexs(r, 12)})]'


SOURCES["ofelia"] = ("mcuadros/ofelia", "ebd2b12f0047005bf92cc4a8502db149b8fdac8a",
                     "ofelia.go (logFormat), core/common.go (logPrefix, Context.Log/Warn), core/scheduler.go, core/runjob.go, core/runservice.go, cli/daemon.go, middlewares/slack.go, middlewares/mail.go, middlewares/save.go")
SYSTEMS["ofelia"] = (
    "{of_n}{of_job} Started - {of_cmd}",
    "{of_fin}{of_job} Finished in \"{godur}\", failed: {of_failed}, skipped: false, error: {of_err}",
    "{of_n}{of_job} StdOut: {of_out}",
    "{of_n}{of_job} StdErr: {of_errout}",
    "{of_n}{of_job} Pulled image {of_img}",
    "{of_n}{of_job} Found locally image {of_img}",
    "{of_sn}New job registered \"{of_name}\" - \"{of_cmd}\" - \"{of_sched}\" - ID: {small}",
    "{of_w}{of_job} failed to fetch container logs: {of_derr}",
    "{of_w}{of_job} failed to delete container: {of_derr}",
    "{of_slack}Slack error calling \"{of_hook}\" error: \"{of_herr}\"",
    "{of_mail}Mail error: \"{of_merr}\"",
    "{of_rs1}Created service {of_svc} for job {of_name}",
    "{of_rs2}Service ID {of_svc} ({of_name}) has completed with exit code {of_code}",
    "{of_sd}Job deregistered (will not fire again) \"{of_name}\" - \"{of_cmd}\" - \"{of_sched}\" - ID: {small}",
    "{of_sw}Failed to register job \"{of_name}\" - \"{of_cmd}\" - \"{of_sched}\". Error: {of_cronerr}",
    "{of_sig}Signal received: {of_signal}, shutting down the process",
)


def _of_fin(r: R) -> str:
    failed = r.random() < 0.2
    _LINE["of_failed"] = "true" if failed else "false"
    _LINE["of_err"] = r.choice(("error non-zero exit code: 1", "error non-zero exit code: 2", "error non-zero exit code: 137", "error creating exec: API error (409): container 3f9c2a is not running")) if failed else "none"
    return _of_head("ERROR" if failed else "NOTICE", "common.go:" + ("123" if failed else "127"))(r)


SLOTS.update({
    "of_n": _of_head("NOTICE", "common.go:127"), "of_w": _of_head("WARNING", "common.go:133"), "of_sn": _of_head("NOTICE", "scheduler.go:54"), "of_sd": _of_head("NOTICE", "scheduler.go:59"),
    "of_sw": _of_head("WARNING", "scheduler.go:48"), "of_slack": _of_head("ERROR", "slack.go:64"), "of_mail": _of_head("ERROR", "mail.go:60"), "of_rs1": _of_head("NOTICE", "runservice.go:45"),
    "of_rs2": _of_head("NOTICE", "runservice.go:147"), "of_sig": _of_head("WARNING", "daemon.go:94"), "of_fin": _of_fin, "of_failed": lambda r: _LINE["of_failed"], "of_err": lambda r: _LINE["of_err"],
    "of_job": _of_job, "of_cmd": choice(_OF_CMDS), "of_name": choice(_OF_JOBS), "of_sched": choice(_OF_SCHED),
    "of_out": choice(("Backup completed successfully", "Cert not yet due for renewal", "OK", "Deleted 42 files", "snapshot 4f2a91c0 saved", "Thu Nov 26 03:00:00 UTC 2026", "processed 1289 rows in 2.3s")),
    "of_errout": choice(("pg_dump: error: connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" failed: No such file or directory", "curl: (28) Operation timed out after 10001 milliseconds with 0 bytes received", "Fatal: unable to open config file: stat /root/.config/restic: no such file or directory", "PHP Warning:  Undefined array key \"HTTP_HOST\" in /var/www/html/cron.php on line 12")),
    "of_img": choice(("postgres:16-alpine", "restic/restic:0.17.3", "certbot/certbot:latest", "alpine:3.20", "amazon/aws-cli:2.22.4", "nextcloud:30-apache", "curlimages/curl:8.11.0")),
    "of_derr": choice(("API error (404): No such container: 5f1d9a2c7b3e", "API error (409): removal of container 8c2e1f is already in progress", "context deadline exceeded", "io: read/write on closed pipe")),
    "of_hook": lambda r: f"https://hooks.slack.com/services/T{b62(r, 8).upper()}/B{b62(r, 8).upper()}/{b62(r, 24)}", "of_herr": choice(("Post \"https://hooks.slack.com/services/T0/B0/x\": dial tcp: lookup hooks.slack.com: no such host", "context deadline exceeded (Client.Timeout exceeded while awaiting headers)")),
    "of_merr": choice(("dial tcp 10.0.0.25:587: connect: connection refused", "535 5.7.8 Username and Password not accepted", "x509: certificate signed by unknown authority", "gomail: could not send email 1: 550 5.1.1 User unknown")),
    "of_svc": lambda r: b62(r, 25).lower(), "of_code": choice(("0", "0", "0", "1", "2", "137")),
    "of_cronerr": choice(("expected exactly 6 fields, found 5: [0 3 * * *]", "failed to parse int from 61: strconv.Atoi: parsing \"61\": invalid syntax", "unrecognized descriptor: @weekdays", "end of range (25) above maximum (23): 0 25 * * *")),
    "of_signal": choice(("terminated", "interrupt", "terminated", "hangup")),
})
# ---------------------------------------------------------------- certbot (certbot/_internal/log.py FILE_FMT "%(asctime)s:%(levelname)s:%(name)s:%(message)s", /var/log/letsencrypt/letsencrypt.log at DEBUG)
_CB_DOMAINS = ("example.com", "www.example.com", "mail.example.org", "git.example.net", "cloud.example.de", "shop.example.co.uk", "vpn.example.io", "nextcloud.home.example", "grafana.ops.example")
_CB_AUTH = ("webroot", "nginx", "apache", "standalone", "dns-cloudflare", "dns-route53")


def _cb_head(lvl: str, name: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)},{ms3(r)}:{lvl}:{name}:"


def _cb_live(r: R) -> str:
    return f"/etc/letsencrypt/renewal/{r.choice(_CB_DOMAINS)}.conf"


SOURCES["certbot"] = ("certbot/certbot", "f769e35e77f1fa21a75cd5418641502dad8a37c5",
                      "certbot/src/certbot/_internal/log.py (FILE_FMT), acme/src/acme/client.py, certbot/src/certbot/_internal/main.py, certbot/src/certbot/_internal/renewal.py, "
                      "certbot/src/certbot/_internal/plugins/selection.py, certbot/src/certbot/_internal/plugins/webroot.py, certbot/src/certbot/_internal/auth_handler.py, certbot/src/certbot/_internal/client.py, certbot/src/certbot/_internal/ocsp.py, certbot/src/certbot/_internal/hooks.py")
SYSTEMS["certbot"] = (
    "{cb_ac}Sending {cb_meth} request to {cb_url}.",
    "{cb_ac2}Storing nonce: {cb_nonce}",
    "{cb_rn}Should renew, less than {cb_int} before certificate expiry {cb_exp}.",
    "{cb_m}certbot version: {cb_ver}",
    "{cb_m}Location of certbot entry point: {cb_bin}",
    "{cb_sel}Requested authenticator {cb_auth} and installer {cb_inst}",
    "{cb_seli}Plugins selected: Authenticator {cb_auth}, Installer {cb_inst}",
    "{cb_rni}Certificate is due for renewal, auto-renewing...",
    "{cb_ah}{cb_chall} challenge for {cb_dom}",
    "{cb_wr}Attempting to save validation to {cb_val}",
    "{cb_wr}Removing {cb_val}",
    "{cb_cl}Will poll for certificate issuance until {cb_dl}",
    "{cb_rni}Non-interactive renewal: random delay of {cb_delay} seconds",
    "{cb_ahi}Challenge failed for domain {cb_dom}",
    "{cb_oc}OCSP check failed for {cb_cert} (HTTP status: {cb_http})",
    "{cb_rne}Renewal configuration file {cb_conf} is broken.",
    "{cb_mi}Reloading {cb_inst2} server after certificate issuance",
)
SLOTS.update({
    "cb_ac": _cb_head("DEBUG", "acme.client"), "cb_ac2": _cb_head("DEBUG", "acme.client"), "cb_rn": _cb_head("DEBUG", "certbot._internal.renewal"), "cb_rni": _cb_head("INFO", "certbot._internal.renewal"),
    "cb_rne": _cb_head("ERROR", "certbot._internal.renewal"), "cb_m": _cb_head("DEBUG", "certbot._internal.main"), "cb_mi": _cb_head("INFO", "certbot._internal.main"),
    "cb_sel": _cb_head("DEBUG", "certbot._internal.plugins.selection"), "cb_seli": _cb_head("INFO", "certbot._internal.plugins.selection"), "cb_ah": _cb_head("INFO", "certbot._internal.auth_handler"),
    "cb_ahi": _cb_head("INFO", "certbot._internal.auth_handler"), "cb_wr": _cb_head("DEBUG", "certbot._internal.plugins.webroot"), "cb_cl": _cb_head("DEBUG", "certbot._internal.client"),
    "cb_oc": _cb_head("INFO", "certbot._internal.ocsp"),
    "cb_meth": choice(("GET", "GET", "HEAD", "POST")),
    "cb_url": lambda r: r.choice(("https://acme-v02.api.letsencrypt.org/directory", "https://acme-v02.api.letsencrypt.org/acme/new-nonce", f"https://acme-v02.api.letsencrypt.org/acme/order/{r.randint(10**8, 10**10)}/{r.randint(10**9, 10**11)}",
                                  f"https://acme-v02.api.letsencrypt.org/acme/authz-v3/{r.randint(10**9, 10**12)}", f"https://acme-v02.api.letsencrypt.org/acme/cert/{hexs(r, 36)}", "https://acme-staging-v02.api.letsencrypt.org/directory")),
    "cb_nonce": lambda r: b62(r, 43).replace("+", "-"), "cb_int": choice(("30 days", "30 days", "14 days", "1 week")),
    "cb_exp": lambda r: f"2026-{r.randint(11, 12):02d}-{day(r):02d} {clock(r)} UTC", "cb_ver": choice(("2.11.0", "2.9.0", "3.0.1", "3.1.0", "1.21.0")),
    "cb_bin": choice(("/usr/bin/certbot", "/snap/certbot/4325/bin/certbot", "/usr/local/bin/certbot", "/opt/certbot/bin/certbot")), "cb_auth": choice(_CB_AUTH), "cb_inst": choice(("None", "None", "nginx", "apache")),
    "cb_chall": choice(("http-01", "http-01", "dns-01")), "cb_dom": choice(_CB_DOMAINS),
    "cb_val": lambda r: f"/var/www/{r.choice(('html', 'letsencrypt', 'example.com/public'))}/.well-known/acme-challenge/{b62(r, 43)}",
    "cb_dl": lambda r: f"2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 999999):06d}", "cb_delay": lambda r: str(r.uniform(1, 480)),
    "cb_cert": lambda r: f"/etc/letsencrypt/archive/{r.choice(_CB_DOMAINS)}/cert{r.randint(1, 40)}.pem", "cb_http": choice(("500", "503", "404", "502")), "cb_conf": _cb_live, "cb_inst2": choice(("nginx", "apache")),
})
# ---------------------------------------------------------------- xl2tpd (misc.c l2tp_log -> syslog when daemonised; collected syslog file "Mmm dd HH:MM:SS host xl2tpd[pid]: msg")
_XL_HOSTS = ("vpn01", "vpn02", "edge-gw1", "l2tp-lns-1", "l2tp-lns-2", "fw-branch-07")


def _xl_head(r: R) -> str:
    return f"Nov {day(r):2d} {clock(r)} {r.choice(_XL_HOSTS)} xl2tpd[{r.choice((1043, 1187, 2210, 3391, 877))}]: "


def _xl_peer(r: R) -> str:
    return r.choice((ip4(r), ip4(r), f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"))


SOURCES["xl2tpd"] = ("xelerance/xl2tpd", "d39129278df525db440f0342d303893703064c3d",
                     "misc.c (l2tp_log -> syslog), control.c, call.c, network.c, xl2tpd.c, avp.c")
SYSTEMS["xl2tpd"] = (
    "{xl}Connection established to {xl_peer}, {xl_port}.  Local: {xl_tid}, Remote: {xl_tid} (ref={xl_ref}).  LNS session is '{xl_lns}'",
    "{xl}Call established with {xl_peer}, Local: {xl_tid}, Remote: {xl_tid}, Serial: {small} (ref={xl_ref})",
    "{xl}Connection established to {xl_peer}, {xl_port}.  Local: {xl_tid}, Remote: {xl_tid} (ref={xl_ref}).",
    "{xl}control_finish: Connection closed to {xl_peer}, port {xl_port} ({xl_why}), Local: {xl_tid}, Remote: {xl_tid}",
    "{xl}control_finish: Connection closed to {xl_peer}, serial {small} ({xl_cwhy})",
    "{xl}call_close: Call {xl_tid} to {xl_peer} disconnected",
    "{xl}Connection {xl_tid} closed to {xl_peer}, port {xl_port} ({xl_cwhy})",
    "{xl}Maximum retries exceeded for tunnel {xl_tid}.  Closing.",
    "{xl}Call established with {xl_peer}, PID: {pid}, Local: {xl_tid}, Remote: {xl_tid}, Serial: {small}",
    "{xl}control_finish: No secret for '{xl_host}'",
    "{xl}Connecting to host {xl_host}, port {xl_port}",
    "{xl}Calling on tunnel {xl_tid}",
    "{xl}Host name lookup failed for {xl_host}.",
    "{xl}Will redial in {xl_redial} seconds",
    "{xl}write_packet: short write ({n} of {n} bytes)",
    "{xl}Using l2tp kernel support.",
)
SLOTS.update({
    "xl": _xl_head, "xl_ref": choice(("0/0", "0/0", "0/0", "22/0")), "xl_peer": _xl_peer, "xl_port": choice(("1701", "1701", "1701", "4500", "54321", "62012")), "xl_tid": lambda r: str(r.randint(1, 65535)), "xl_lns": choice(("default", "default", "corp-vpn", "branch")),
    "xl_why": choice(("Goodbye!", "Goodbye!", "Timeout", "Unknown host", "Specify your hostname", "No Authorization")), "xl_cwhy": choice(("Goodbye!", "Timeout", "User Request", "Lost Carrier", "Cleared by peer", "Connection closed by peer")),
    "xl_host": choice(("vpn.example.com", "lns.corp.example", "10.8.0.1", "l2tp.isp.example.net", "branch-gw.example.org")), "xl_redial": choice(("30", "30", "5", "60")),
})
# ---------------------------------------------------------------- buildkite-agent (logger/log.go TextPrinter without colours: "%s %-6s %s %s" — time "2006-01-02 15:04:05", level, agent-name prefix field, message)
_BK_AGENTS = ("ci-agent-01", "ci-agent-02", "build-07", "ip-10-0-3-17", "ip-10-0-7-201", "mac-mini-m2-03", "gpu-runner-1", "k8s-bk-agent-7f9c")


def _bk_head(lvl: str, agent: bool = True) -> Callable[[R], str]:
    def head(r: R) -> str:
        pre = f"{r.choice(_BK_AGENTS)}-{r.randint(1, 4)} " if agent else ""
        return f"2026-11-{day(r):02d} {clock(r)} {lvl:<6} {pre}"
    return head


def _bk_url(r: R) -> str:
    return f"https://buildkite.com/{r.choice(('acme', 'acme-inc', 'widgets-co'))}/{r.choice(('monorepo', 'api', 'web-frontend', 'infra', 'mobile-ios', 'data-pipelines'))}/builds/{r.randint(100, 99999)}#{uuid4(r)}"


SOURCES["buildkite-agent"] = ("buildkite/agent", "5c219808e7e0bb55839b2110f3fd75cf5d25cdb8",
                              "logger/log.go (TextPrinter, DateFormat), agent/agent_worker_action.go, agent/agent_worker_ping.go, agent/agent_worker_heartbeat.go, agent/agent_worker.go, agent/run_job.go, agent/job_runner.go, agent/agent_pool.go, agent/log_streamer.go, clicommand/agent_start.go")
SYSTEMS["buildkite-agent"] = (
    "{bk_i}Assigned job {uuid}. Accepting...",
    "{bk_i}Starting job at {bk_url}",
    "{bk_i}Finished job at {bk_url}",
    "{bk_i}Waiting for instructions...",
    "{bk_e}Failed to heartbeat {bk_err}. Will try again in {bk_hb}. (Last successful was {godur} ago)",
    "{bk_i}Running pre-bootstrap hook \"{bk_hook}\"",
    "{bk_i}Finished pre-bootstrap hook \"{bk_hook}\": job accepted",
    "{bk_w}Problem with getting job state {uuid} ({bk_err})",
    "{bk_i}Agent has exceeded max uptime of {bk_up}",
    "{bk_i}All agents have been idle for at least {bk_idle}. Disconnecting...",
    "{bk_w}Buildkite rejected the call to accept the job ({bk_rej})",
    "{bk_e}Giving up on uploading chunk {n}, this will result in only a partial build log on Buildkite",
    "{bk_e}Invalid access token, cancelling job {uuid}",
    "{bk_i}Gracefully stopping agent. Waiting for current job to finish before disconnecting...",
    "{bk_n}Starting HTTP health check server on {bk_addr}",
    "{bk_i0}Registering agent {small} of {small} with Buildkite...",
    "{bk_n}Systemd watchdog enabled with a {bk_wd} timeout",
)
SLOTS.update({
    "bk_i": _bk_head("INFO"), "bk_w": _bk_head("WARN"), "bk_e": _bk_head("ERROR"), "bk_n": _bk_head("NOTICE", agent=False), "bk_i0": _bk_head("INFO", agent=False), "bk_url": _bk_url,
    "bk_err": choice(("POST https://agent.buildkite.com/v3/heartbeat: 503 Service Unavailable", "Post \"https://agent.buildkite.com/v3/heartbeat\": dial tcp: lookup agent.buildkite.com: i/o timeout",
                       "context deadline exceeded (Client.Timeout exceeded while awaiting headers)", "GET https://agent.buildkite.com/v3/jobs/state: 502 Bad Gateway", "read: connection reset by peer")),
    "bk_hb": choice(("5s", "10s", "20s")), "bk_hook": choice(("/etc/buildkite-agent/hooks/pre-bootstrap", "/usr/local/etc/buildkite-agent/hooks/pre-bootstrap", "/buildkite/hooks/pre-bootstrap")),
    "bk_up": choice(("6h0m0s", "12h0m0s", "24h0m0s", "1h0m0s")), "bk_idle": choice(("5m0s", "10m0s", "15m0s", "1h0m0s")),
    "bk_rej": choice(("PUT https://agent.buildkite.com/v3/jobs/0190f3a2-11c4-4d8e-9d11-3f2e7c4b9a01/accept: 422 Job has already been accepted", "PUT https://agent.buildkite.com/v3/jobs/accept: 422 Unprocessable Entity: Job has been canceled")),
    "bk_addr": choice(("localhost:8080", ":8080", "0.0.0.0:3901", "127.0.0.1:9000")), "bk_wd": choice(("30s", "1m0s", "2m0s")),
})
# ---------------------------------------------------------------- garage (src/garage/main.rs tracing_subscriber::fmt() to stderr: "RFC3339Z LEVEL(>5) target: msg", container/journald capture)
def _ga_head(lvl: str, target: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{r.randint(0, 999999):06d}Z {lvl:>5} {target}: "


def _ga_node(r: R) -> str:
    return hexs(r, 16)


def _ga_blk(r: R) -> str:
    return hexs(r, 16) + "…"


def _ga_peer(r: R) -> str:
    return r.choice((f"[::ffff:{ip4(r)}]:{r.randint(1024, 65535)}", f"{ip4(r)}:{r.randint(1024, 65535)}", f"[{ip6(r)}]:{r.randint(1024, 65535)}"))


def _ga_uri(r: R) -> str:
    b = r.choice(("backups", "media", "nextcloud-data", "loki-chunks", "mastodon-files", "restic", "static-site"))
    return r.choice((f"/{b}/{hexs(r, 2)}/{hexs(r, 2)}/{hexs(r, 64)}", f"/{b}?list-type=2&prefix=&delimiter=%2F", f"/{b}/{r.choice(('index.html', 'css/main.css', 'img/logo.png'))}", f"/{b}/{uuid4(r)}?uploadId={hexs(r, 32)}&partNumber={r.randint(1, 90)}", "/"))


SOURCES["garage"] = ("deuxfleurs-org/garage", "3f4ab3a4a38e382fc54c15580862af55b0257848",
                     "src/garage/main.rs (tracing_subscriber fmt), src/api/common/generic_server.rs, src/net/netapp.rs, src/net/peering.rs, src/net/client.rs, src/block/resync.rs, src/block/repair.rs, src/rpc/layout/helper.rs")
SYSTEMS["garage"] = (
    "{ga_api}{ga_peer} {ga_meth} {ga_uri}",
    "{ga_api}{ip} (via {ga_peer}) {ga_meth} {ga_uri}",
    "{ga_api}Response: error {ga_code}, {ga_err}",
    "{ga_net}Incoming connection from {ga_peer}, negotiating handshake...",
    "{ga_net}Connection established to {ga_node}",
    "{ga_net}Connection from {ga_node} closed",
    "{ga_rs}Resync block {ga_blk}: fetching absent but needed block (refcount > 0)",
    "{ga_rs}Deleting unneeded block {ga_blk}, offload finished ({small} / {small})",
    "{ga_pw}Error pinging {ga_node}: {ga_perr}",
    "{ga_net}Connected to {ga_peer}, negotiating handshake...",
    "{ga_pi}Connection to {ga_node} was closed",
    "{ga_rse}Error when resyncing {ga_blk}: {ga_rerr}",
    "{ga_cl}Cannot connect to {ga_node}: {ga_perr}",
    "{ga_sc}Found corrupt data block during scrub: {ga_blk}",
    "{ga_lh}ack_until updated to {small}",
    "{ga_api}{ga_srv} server listening on {ga_listen}",
)
SLOTS.update({
    "ga_api": _ga_head("INFO", "garage_api_common::generic_server"), "ga_net": _ga_head("INFO", "garage_net::netapp"), "ga_pi": _ga_head("INFO", "garage_net::peering"),
    "ga_pw": _ga_head("WARN", "garage_net::peering"), "ga_rs": _ga_head("INFO", "garage_block::resync"), "ga_rse": _ga_head("ERROR", "garage_block::resync"), "ga_cl": _ga_head("ERROR", "garage_net::client"),
    "ga_sc": _ga_head("ERROR", "garage_block::repair"), "ga_lh": _ga_head("INFO", "garage_rpc::layout::helper"),
    "ga_peer": _ga_peer, "ga_meth": choice(("GET", "GET", "GET", "PUT", "HEAD", "POST", "DELETE")), "ga_uri": _ga_uri, "ga_node": _ga_node, "ga_blk": _ga_blk,
    "ga_code": choice(("404", "404", "403", "400", "409", "416", "500")),
    "ga_err": choice(("Key not found", "Forbidden: No such key: GK3a9f2c1e7b5d4f8a0c6e2b1d", "Bucket not found: media", "Bad request: Invalid create bucket configuration", "Invalid range: bytes=100-50", "Internal error: Could not reach quorum of 2. 1 of 3 request succeeded, others returned errors")),
    "ga_perr": choice(("Remote error: Timeout", "IO error: Connection refused (os error 111)", "Timeout", "IO error: No route to host (os error 113)", "Handshake error: Invalid handshake")),
    "ga_rerr": choice(("Could not reach quorum of 1. 0 of 2 request succeeded, others returned errors", "Missing block 3f9c2a1b4d5e6f70…: no node returned a valid block", "IO error: No space left on device (os error 28)")),
    "ga_srv": choice(("S3 API", "S3 API", "Web", "Admin API", "K2V API")), "ga_listen": choice(("[::]:3900", "[::]:3902", "[::]:3903", "0.0.0.0:3900", "[::]:3904")),
})
# ---------------------------------------------------------------- motion (src/logger.cpp log file: strftime "%b %d %H:%M:%S" " [" level "][" type "][" thread "] " then __FUNCTION__ ": " msg; thread names "%s%02d")
def _mo_head(lvl: str, typ: str, th: str, fn: str) -> Callable[[R], str]:
    return lambda r: f"Nov {day(r):02d} {clock(r)} [{lvl}][{typ}][{th}{r.choice((1, 1, 2, 3, 4, 5, 6)) if th != 'mo' else 0:02d}] {fn}: "


SOURCES["motion"] = ("Motion-Project/motion", "aaae7d40389d96aac8d4cad15838e9014fd7cea0",
                     "src/logger.cpp (write_msg prefix, log_level_str, log_type_str), src/logger.hpp (MOTION_LOG __FUNCTION__), src/util.cpp (mythreadname_set), src/camera.cpp, src/netcam.cpp, src/movie.cpp, src/webu.cpp, src/motion.cpp")
SYSTEMS["motion"] = (
    "{mo_det}Motion detected - starting event {n}",
    "{mo_end}End of event {n}",
    "{mo_to}{mo_ct}:Camera reading ({mo_cam}) timed out",
    "{mo_rec}{mo_ct}:Rec frame error:{mo_ferr}",
    "{mo_lost}Video signal lost - Adding grey image",
    "{mo_acq}Video signal re-acquired",
    "{mo_ext}extpipe cmd: {mo_pipe}",
    "{mo_bad}BAD TIMING!! Frame skipped.",
    "{mo_dec}{mo_ct}:Decoder opened",
    "{mo_open}Norm: Opening Netcam",
    "{mo_size}The network camera is sending pictures at {mo_res}",
    "{mo_mto}Movie timed out",
    "{mo_reset}Resetting image buffers",
    "{mo_codec}Could not open codec {mo_cerr}",
    "{mo_closed}Camera closed",
    "{mo_web}Started webserver on port {mo_port}",
    "{mo_stop}Stopping {mo_cam} device_id {small}",
)
SLOTS.update({
    "mo_det": _mo_head("NTC", "ALL", "cl", "detected_trigger"), "mo_end": _mo_head("NTC", "ALL", "cl", "actions_event"), "mo_to": _mo_head("INF", "NET", "nc", "netcam_interrupt"),
    "mo_rec": _mo_head("INF", "NET", "nc", "decode_sw"), "mo_lost": _mo_head("NTC", "ALL", "cl", "capture"), "mo_acq": _mo_head("NTC", "ALL", "cl", "capture"), "mo_ext": _mo_head("NTC", "EVT", "cl", "start_extpipe"),
    "mo_bad": _mo_head("INF", "ENC", "cl", "set_pts"), "mo_dec": _mo_head("INF", "NET", "nc", "open_codec"), "mo_open": _mo_head("NTC", "VID", "cl", "netcam_start"), "mo_size": _mo_head("NTC", "NET", "nc", "ntc"),
    "mo_mto": _mo_head("INF", "ENC", "cl", "movie_interrupt"), "mo_reset": _mo_head("NTC", "ALL", "cl", "cam_next"), "mo_codec": _mo_head("ERR", "ENC", "cl", "set_codec"), "mo_closed": _mo_head("NTC", "ALL", "cl", "handler"),
    "mo_web": _mo_head("NTC", "STR", "mo", "start_daemon"), "mo_stop": _mo_head("NTC", "STR", "mo", "camera_delete"),
    "mo_ct": choice(("Norm", "Norm", "Norm", "High")), "mo_cam": choice(("Frontdoor", "Garage", "Backyard", "Driveway", "Nursery", "Shop-Floor", "Camera1", "Gate")),
    "mo_ferr": choice(("Resource temporarily unavailable", "End of file", "Invalid data found when processing input", "Connection timed out", "Immediate exit requested")),
    "mo_pipe": lambda r: f"ffmpeg -y -f rawvideo -pix_fmt yuv420p -video_size {r.choice(('1920x1080', '1280x720', '640x480'))} -framerate {r.choice((10, 15, 25))} -i pipe:0 -vcodec libx264 -preset ultrafast -f mp4 /var/lib/motion/{r.randint(1, 6):02d}-2026{r.randint(1, 12):02d}{day(r):02d}{clock(r).replace(':', '')}.mp4",
    "mo_res": choice(("1920x1080", "1280x720", "640x480", "2560x1440", "704x576")), "mo_cerr": choice(("Invalid argument", "Encoder not found", "Operation not permitted", "Generic error in an external library")),
    "mo_port": choice(("8080", "8081", "7999")),
})
# ---------------------------------------------------------------- haraka (logger.js DEFAULT format "[LEVEL] [uuid] [origin] message" + logfmt stringify of plain data objects; stdout captured by journald -> syslog file "Mmm dd HH:MM:SS host haraka[pid]: ...")
_HA_HOSTS = ("mx1", "mx2", "smtp-out-1", "smtp-out-2", "relay01")
_HA_DOMAINS = ("gmail.com", "outlook.com", "example.org", "yahoo.co.jp", "web.de", "proton.me", "corp.example", "gmx.net", "icloud.com")
_HA_HELO = ("mail-wm1-f43.google.com", "EUR05-AM6-obe.outbound.protection.outlook.com", "mx.example.org", "localhost", "[192.168.1.20]", "User", "smtp.gmx.net", "ylpvm01.prodigy.net")


def _ha_uuid(r: R, tx: bool) -> str:
    h = hexs(r, 32).upper()
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89AB')}{h[17:20]}-{h[20:]}"
    return f"{u}.{r.randint(1, 3)}" if tx else u


def _ha_head(lvl: str, origin: str, tx: bool = False) -> Callable[[R], str]:
    return lambda r: f"Nov {day(r):2d} {clock(r)} {r.choice(_HA_HOSTS)} haraka[{r.choice((811, 1290, 20417, 3302))}]: [{lvl}] [{_ha_uuid(r, tx)}] [{origin}] "


def _ha_addr(r: R) -> str:
    return f"{r.choice(USERS + ('no-reply', 'billing', 'newsletter', 'postmaster', 'info'))}@{r.choice(_HA_DOMAINS)}"


def _ha_lv(v: str) -> str:  # logger.js stringify(): quote when empty or containing space, = " or backslash
    return f'"{v}"' if (v == "" or any(c in v for c in ' ="\\')) else v


SOURCES["haraka"] = ("haraka/Haraka", "0bf10cbb486253752042e10af4c65ec78ec7fe91",
                     "logger.js (DEFAULT format, stringify), connection.js, outbound/hmail.js")
SYSTEMS["haraka"] = (
    "{ha_c}connect ip={ip} port={port} local_ip={ha_lip} local_port={ha_lport}",
    "{ha_c}disconnect ip={ip} rdns={ha_rdns} helo={ha_helo} relay={ha_yn} early=N esmtp={ha_yn} tls={ha_yn} pipe={ha_yn} errors={small} txns={small} rcpts={ha_cnt} msgs={ha_cnt} bytes={n} lr={ha_lr} time={ha_t}",
    "{ha_ct}sender <{ha_addr}> code={ha_code} msg={ha_msg}",
    "{ha_ct}recipient <{ha_addr}> code={ha_code} msg={ha_msg} sender={ha_addr}",
    "{ha_ct}message mid=<{ha_mid}> size={n} rcpts={ha_cnt} delay={ha_t} code={ha_code} msg={ha_msg}",
    "{ha_o}delivered file={ha_file} domain={ha_dom} host={ha_mx} ip={ip} port=25 mode=SMTP tls={ha_yn} auth=N response={ha_resp} delay={ha_t} fails={small} rcpts={ha_cnt}",
    "{ha_ctq}queue code={ha_qcode} msg={ha_qmsg}",
    "{ha_on}MX Lookup for {ha_dom} failed: {ha_dnserr}",
    "{ha_oe}Ongoing connection failed to {ha_mx}:25 : {ha_cerr}",
    "{ha_on}recipient <{ha_addr}> deferred: {ha_defer}",
    "{ha_on}recipient <{ha_addr}> rejected: {ha_rej}",
    "{ha_oi}Temp failing {ha_file} for {ha_delay} seconds: {ha_terr}",
    "{ha_ci}timeout, destroy socket (state:{ha_state})",
    "{ha_oi}bouncing mail: {ha_rej}",
    "{ha_oe}Remote end {ha_mx}:25 closed connection while we were processing mail. Trying next MX.",
    "{ha_cn}Incoming message exceeded max size of {ha_max}",
)
SLOTS.update({
    "ha_c": _ha_head("NOTICE", "core"), "ha_ct": _ha_head("NOTICE", "core", True), "ha_ctq": _ha_head("NOTICE", "core", True), "ha_ci": _ha_head("INFO", "core"), "ha_cn": _ha_head("NOTICE", "core", True),
    "ha_o": _ha_head("NOTICE", "outbound"), "ha_on": _ha_head("NOTICE", "outbound"), "ha_oe": _ha_head("ERROR", "outbound"), "ha_oi": _ha_head("INFO", "outbound"),
    "ha_lip": choice(("10.0.0.25", "10.0.0.26", "192.168.10.5", "203.0.113.25")), "ha_lport": choice(("25", "25", "25", "587", "465")),
    "ha_rdns": lambda r: _ha_lv(r.choice(("", "", "mail-wm1-f43.google.com", "mail-eopbgr80043.outbound.protection.outlook.com", "static.88-198-1-2.clients.your-server.de", "NXDOMAIN"))),
    "ha_helo": lambda r: _ha_lv(r.choice(_HA_HELO + ("",))), "ha_yn": choice(("Y", "N")), "ha_cnt": lambda r: f"{r.choice((0, 1, 1, 1, 2, 5))}/{r.choice((0, 0, 1))}/{r.choice((0, 0, 0, 1))}",
    "ha_lr": lambda r: _ha_lv(r.choice(("", "", "", "550 5.7.1 Mail from 185.234.219.12 refused, see https://www.spamhaus.org/query/ip/185.234.219.12", "450 4.7.1 greylisted, try again later"))),
    "ha_t": lambda r: str(round(r.uniform(0.001, 30), 3)), "ha_addr": _ha_addr, "ha_code": choice(("CONT", "CONT", "OK", "DENY", "DENYSOFT")),
    "ha_msg": lambda r: _ha_lv(r.choice(("", "", "", "greylisted", "Relaying denied", "sender address rejected"))),
    "ha_mid": lambda r: f"{hexs(r, 16)}.{r.randint(1000, 99999)}@{r.choice(_HA_DOMAINS)}", "ha_file": lambda r: f"{r.randint(1_700_000_000_000, 1_800_000_000_000)}_{r.randint(1_700_000_000_000, 1_800_000_000_000)}_0_{r.randint(100, 99999)}_{b62(r, 6)}_{r.randint(1, 9)}_{r.choice(_HA_HOSTS)}",
    "ha_dom": choice(_HA_DOMAINS), "ha_mx": choice(("gmail-smtp-in.l.google.com", "example-org.mail.protection.outlook.com", "mx01.mail.icloud.com", "mx-ha02.web.de", "mail.proton.me", "mx.corp.example")),
    "ha_resp": lambda r: _ha_lv(r.choice((f"Message Queued ({uuid4(r).upper()}.1)", f"2.0.0 OK  {r.randint(1_700_000_000, 1_800_000_000)} {b62(r, 16)}.{r.randint(100, 999)} - gsmtp", f"250 2.6.0 <{hexs(r, 12)}@{r.choice(_HA_DOMAINS)}> [InternalId={r.randint(10**12, 10**13)}] Queued mail for delivery"))),
    "ha_qcode": choice(("DENYSOFT", "DENY", "DENYSOFT")), "ha_qmsg": lambda r: _ha_lv(f"{r.choice(('Queuing declined or disabled, try later', 'Message denied', 'Temporary failure in upstream queue'))} ({_ha_uuid(r, True)})"),
    "ha_dnserr": choice(("Error: queryMx ENOTFOUND example.invalid", "Error: queryMx ESERVFAIL corp.example", "Error: queryMx ETIMEOUT yahoo.co.jp", "No MX for your FQDN")),
    "ha_cerr": choice(("Error: connect ECONNREFUSED 203.0.113.7:25", "Error: connect ETIMEDOUT 198.51.100.22:25", "Error: read ECONNRESET", "Error: connect EHOSTUNREACH 192.0.2.14:25")),
    "ha_defer": choice(("451 4.7.1 Greylisting in action, please come back later", "421 4.7.0 Try again later, closing connection.", "452 4.2.2 Mailbox full", "450 4.2.0 <x@example.org>: Recipient address rejected: Greylisted")),
    "ha_rej": choice(("550 5.1.1 The email account that you tried to reach does not exist.", "550 5.7.1 Service unavailable; client host blocked using Spamhaus", "554 5.7.1 Message rejected as spam", "550 5.7.26 Unauthenticated email is not accepted")),
    "ha_delay": choice(("64", "128", "256", "512", "1024", "2048")), "ha_terr": choice(("Tried all MXs", "connect ETIMEDOUT", "Tried all MXs: 421 4.7.0 Try again later", "No MX for domain")),
    "ha_state": choice(("1", "2", "5")), "ha_max": choice(("26214400", "52428800", "10485760")),
})
# ==== END OF PROGRAMS


SET = GeneratedSet(prefix="u8", seed=SEED, systems=SYSTEMS, sources=SOURCES, slots=SLOTS, line=_LINE, artemis_ids=True)
lines = SET.lines


if __name__ == "__main__":
    SET.main(__doc__)
