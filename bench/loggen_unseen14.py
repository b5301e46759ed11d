"""The UNSEEN14-S13 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py .. loggen_unseen13.py, SOURCES of earlier sets), not in LogHub's 16 and
not in hybridlogparser's sets.

Written 2026-11-26 (session 13) by helper S13-unseen14 and kept OUTSIDE the repo until the lead has scored
Millpond's miner on it: the miner's tuners share the machine.

    PYTHONPATH=/work/main/bench python loggen_unseen14.py --out /work/unseen-data14 -n 2000   # writes u14-<program>.tsv.gz
    PYTHONPATH=/work/main/bench python loggen_unseen14.py --verify                            # template literals vs the sources

Ground truth (the rule of loggen_unseen3.py .. loggen_unseen13.py): one format string / log call in the program's
source is one template; whatever the program fills in is a slot, words included.  Text the program's logger adds
around the message (timestamps, levels, pids, thread names, module tags, file:line locations, connection ids) comes
from header slots: it is not part of the format string and never decides a label.

Each program names its repository, the commit read, and the source files of its format strings (SOURCES);
``--verify`` checks every literal run of >= 6 characters of every template against the local bare mirror of
that repository (git grep -F at the recorded commit).  Frequencies: every template gets at least MIN_PER lines,
the rest is drawn Zipf-like by the order templates are listed in.
"""

from __future__ import annotations

from collections.abc import Callable

from loggen_kit import R, USERS, b62, base_slots, choice, clock, day, GeneratedSet, hexs, ip4, uuid4

_LINE: dict[str, str] = {}  # values one line's header chose that its message repeats; reset per line
SEED = 141126  # the set's seed
SLOTS = base_slots()
SYSTEMS: dict[str, tuple[str, ...]] = {}
SOURCES: dict[str, tuple[str, str, str]] = {}  # program: (repository, commit read, files holding the format strings)


def _frac(r: R, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _hp(r: R) -> str:
    return f"{ip4(r)}:{r.randint(1024, 65535)}"


# ---------------------------------------------------------------- odyssey (C; PostgreSQL pooler, log file with the shipped odyssey.conf
# log_format "%p %t %l [%i %s] (%c) %m": "4121 2026-11-26T06:20:12Z info [c3f9a0b12d4e8 none] (startup) new client connection 10.1.2.3:51234"
# -- pid, time, level, client/server ids and the "(context)" tag are od_logger_format()'s)
_OD_DBS = (("orders", "app_rw"), ("orders", "app_ro"), ("billing", "billing_svc"), ("postgres", "postgres"), ("analytics", "metabase"), ("auth", "keycloak"),
           ("inventory", "inv_writer"), ("postgres", "monitoring"))
_OD_PIDS = ("4121", "4121", "4121", "88213", "1733")


def _od_head(lvl: str, ctx: str, cl: bool, sv: bool) -> Callable[[R], str]:
    def head(r: R) -> str:
        c = "c" + hexs(r, 12) if cl else "none"
        s = "s" + hexs(r, 12) if sv else "none"
        return f"{r.choice(_OD_PIDS)} 2026-11-{day(r):02d}T{clock(r)}Z {lvl} [{c} {s}] ({ctx}) "
    return head


def _od_route(r: R) -> tuple[str, str]:
    if "od_db" not in _LINE:
        _LINE["od_db"], _LINE["od_user"] = r.choice(_OD_DBS)
    return _LINE["od_db"], _LINE["od_user"]


SOURCES["odyssey"] = ("yandex/odyssey", "89c48ea25ccb633237fb5caa48040a00b7deb7a3",
                      "sources/logger.c (od_logger_format, odyssey.conf log_format), sources/frontend.c, sources/backend.c, sources/auth.c, sources/system.c, sources/cron.c")
SYSTEMS["odyssey"] = (
    "{od_startup}new client connection {od_peer}",
    "{od_setup}client connection from {od_peer} to route {od_db}.{od_user} accepted",
    "{od_main}client disconnected, addr '{od_peer}', io error = {od_ioerr}, status {od_status}, working time {od_us}us",
    "{od_setup_s}new server connection {od_addr} -> {od_host}:{od_pgport} (connect time: {od_ct} usec, resolve time: {od_rt} usec)",
    "{od_auth}ip '{od_ip}' user '{od_db}.{od_user}': host based authentication allowed",
    "{od_stats}clients {n}",
    "{od_shut}drop idle client connection on due timeout {od_idle} sec",
    "{od_main}client dropped by idle timeout",
    "{od_main_s}reset unsuccessful, closing server connection",
    "{od_err_s}failed to connect to {od_host}:{od_pgport}, errno={od_errno}",
    "{od_err_start}global connection limit reached for '{od_peer}' client, closing",
    "{od_err_auth}password required for route '{od_db}.{od_user}'",
    "{od_catch}replication lag too big ({od_lag}), connection rejected: {od_db} {od_user}",
    "{od_rules}{small} routes created/deleted and scheduled for removal",
    "{od_server}listening on {od_listen}",
)
SLOTS.update({
    "od_startup": _od_head("info", "startup", True, False), "od_setup": _od_head("info", "setup", True, False), "od_main": _od_head("info", "main", True, True),
    "od_setup_s": _od_head("info", "setup", True, True), "od_auth": _od_head("info", "auth", True, False), "od_stats": _od_head("info", "stats", False, False),
    "od_shut": _od_head("info", "shutdown", True, True), "od_main_s": _od_head("info", "main", True, True), "od_err_s": _od_head("error", "setup", True, True),
    "od_err_start": _od_head("error", "startup", True, False), "od_err_auth": _od_head("error", "auth", False, True), "od_catch": _od_head("error", "catchup", True, False),
    "od_rules": _od_head("info", "rules", False, False), "od_server": _od_head("info", "server", False, False),
    "od_peer": _hp, "od_ip": ip4, "od_db": lambda r: _od_route(r)[0], "od_user": lambda r: _od_route(r)[1],
    "od_ioerr": choice(("OK", "OK", "OK", "Connection reset by peer", "Broken pipe", "Connection timed out")),
    "od_status": choice(("OD_OK", "OD_OK", "OD_ECLIENT_READ", "OD_ESERVER_READ", "OD_ESERVER_CONNECT", "OD_EIDLE_TIMEOUT", "OD_EATTACH")),
    "od_us": lambda r: str(r.randint(300, 10 ** r.randint(4, 10))), "od_addr": lambda r: f"10.{r.randint(0, 9)}.{r.randint(0, 255)}.{r.randint(1, 254)}:{r.randint(32768, 60999)}",
    "od_host": choice(("pg-primary.db.svc", "10.20.0.11", "10.20.0.12", "pg-replica-1.internal", "localhost", "127.0.0.1")), "od_pgport": choice(("5432", "5432", "6432", "5433")),
    "od_ct": lambda r: str(r.randint(80, 40000)), "od_rt": lambda r: str(r.choice((0, 0, r.randint(1, 9000)))),
    "od_idle": choice(("300", "600", "3600", "60")), "od_errno": lambda r: r.choice(("111 (Connection refused)", "110 (Connection timed out)", "113 (No route to host)")),
    "od_lag": lambda r: str(r.randint(11, 900)), "od_listen": choice(("0.0.0.0:6432", "[::]:6432", "127.0.0.1:6432", "unix_socket")),
})
# ---------------------------------------------------------------- tincd (C; mesh VPN, its own --logfile=/var/log/tinc.NET.log:
# "2026-11-26 06:20:12 tinc.office[1123]: Connection from 10.1.2.3 port 41234" -- date, "tinc.NET" ident and pid are logger()'s;
# a connection's hostname is "<ip> port <port>", its name the peer node's Name)
_TC_NODES = ("hq", "berlin", "nyc_gw", "laptop_alice", "vps01", "lon_core", "node7", "pi_garage", "fra1", "ams2", "backup_nas", "sg_edge")


def _tc_head(r: R) -> str:
    return f"2026-11-{day(r):02d} {clock(r)} tinc.{r.choice(('office', 'office', 'mesh', 'vpn'))}[{r.choice((1123, 1123, 731, 20411))}]: "


SOURCES["tincd"] = ("gsliepen/tinc", "940d15c46be812821f134fd7d6333088445b914c",
                    "src/logger.c (LOGMODE_FILE line), src/net_socket.c, src/meta.c, src/autoconnect.c, src/protocol_auth.c, src/graph.c, src/protocol_key.c, "
                    "src/protocol_edge.c, src/net_packet.c, src/net.c, src/tincd.c / net_setup.c")
SYSTEMS["tincd"] = (
    "{tc}Connection from {tc_hn}",
    "{tc}Connection with {tc_node} ({tc_hn}) activated",
    "{tc}Connection closed by {tc_node} ({tc_hn})",
    "{tc}Trying to connect to {tc_node} ({tc_hn})",
    "{tc}Autoconnecting to {tc_node}",
    "{tc}Node {tc_node} ({tc_hn}) became reachable",
    "{tc}Node {tc_node} ({tc_hn}) became unreachable",
    "{tc}Could not connect to {tc_node} ({tc_hn}): {errno}",
    "{tc}Timeout from {tc_node} ({tc_hn}) during authentication",
    "{tc}Lost {small} packets from {tc_node} ({tc_hn})",
    "{tc}Fixing MTU of {tc_node} ({tc_hn}) to {tc_mtu} after {tc_probes} probes",
    "{tc}Using reflexive UDP address from {tc_node}: {ip} port {port}",
    "{tc}Got {tc_req} from {tc_node} ({tc_hn}) destination {tc_node} which is not reachable",
    "{tc}Ignoring indirect {tc_edge} from {tc_node} ({tc_hn})",
    "{tc}Purging unreachable nodes",
    "{tc}Ready",
)
SLOTS.update({
    "tc": _tc_head, "tc_node": choice(_TC_NODES), "tc_hn": lambda r: f"{ip4(r)} port {r.choice((655, 655, 655, 656, r.randint(1024, 65535)))}",
    "tc_mtu": lambda r: str(r.randint(1280, 1518)), "tc_probes": lambda r: str(r.randint(2, 30)),
    "tc_req": choice(("REQ_KEY", "ANS_KEY")), "tc_edge": choice(("ADD_EDGE", "DEL_EDGE")),
})
# ---------------------------------------------------------------- ollama (Go; `ollama serve` under systemd, journalctl -o cat / docker logs:
# slog TextHandler with AddSource (logutil.NewLogger): 'time=2026-11-26T06:20:12.123Z level=INFO source=sched.go:613 msg="system memory" total="62.7 GiB" ...'
# -- time, level, source file:line and the "msg=" key are the handler's; the message and the attribute keys are the call's, values its arguments)


def _ol_head(lvl: str, src: str) -> Callable[[R], str]:
    return lambda r: f"time=2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 3)}{r.choice(('Z', 'Z', '+01:00', '-05:00'))} level={lvl} source={src} msg="


def _ol_gib(r: R) -> str:
    v = r.uniform(0.2, 120)
    return f"\"{v:.1f} GiB\"" if v >= 1 else f"\"{v * 1024:.1f} MiB\""


def _ol_err(r: R) -> str:
    return r.choice(("\"unexpected EOF\"", "\"context canceled\"", f"\"read tcp {ip4(r)}:{r.randint(30000, 60999)}->104.21.75.227:443: read: connection reset by peer\"",
                     "\"exit status 2\"", "\"signal: killed\"", "\"llama runner process has terminated: cudaMalloc failed: out of memory\"",
                     "\"timed out waiting for llama runner to start - progress 0.00 - \"", "\"model requires more system memory (9.8 GiB) than is available (6.1 GiB)\""))


SOURCES["ollama"] = ("ollama/ollama", "fb30760996871fa9460115c753afd2c60d4ab0f7",
                     "logutil/logutil.go (TextHandler, AddSource), server/routes.go, server/sched.go, server/download.go, server/images.go, llm/llama_server.go, "
                     "discover/runner.go, discover/types.go")
SYSTEMS["ollama"] = (
    "{ol_dl1}\"{ol_dig} part {small} attempt {small} failed: {ol_derr}, retrying in {ol_sleep}\"",
    "{ol_gpu}\"gpu memory\" id={ol_gid} library={ol_lib} available={ol_gib} free={ol_gib} minimum={ol_gib} overhead={ol_gib}",
    "{ol_sys}\"system memory\" total={ol_gib} free={ol_gib} free_swap={ol_gib}",
    "{ol_load}\"loading model via llama-server\" model={ol_blob}",
    "{ol_wait}\"waiting for llama-server to start responding\"",
    "{ol_dl0}\"downloading {ol_dig} in {small} {ol_gib_b} part(s)\"",
    "{ol_evict}\"llama-server model predicted to exceed available memory, evicting\" predicted={ol_gib} predicted_num_ctx={ol_ctx} num_batch={ol_batch} available={ol_gib} gpu_free={ol_gib} system_free={ol_gib} system_limited={ol_bool}",
    "{ol_lf}\"Load failed\" model={ol_blob} error={ol_err}",
    "{ol_term}\"llama-server terminated\" error={ol_err} exit={ol_exit}",
    "{ol_trunc}\"truncating input prompt\" limit={ol_ctx} prompt={n} keep={small} new={ol_ctx}",
    "{ol_dl2}\"{ol_dig} part {small} stalled; retrying. If this persists, press ctrl-c to exit, then 'ollama pull' to find a faster connection.\"",
    "{ol_inf}\"inference compute\" id={ol_gid} filter_id={ol_fid} library={ol_lib} compute={ol_cc} name={ol_dev} description={ol_desc} libdirs={ol_libdirs} driver={ol_drv} pci_id={ol_pci} type={ol_type} total={ol_gib} available={ol_gib}",
    "{ol_vram}\"vram-based default context\" total_vram={ol_gib} default_num_ctx={ol_ctx}",
    "{ol_disc}\"discovering available GPUs...\"",
    "{ol_blobs}\"total blobs: {n}\"",
    "{ol_listen}\"Listening on {ol_addr} (version {ol_ver})\"",
)
SLOTS.update({
    "ol_dl1": _ol_head("INFO", "download.go:299"), "ol_gpu": _ol_head("INFO", "sched.go:620"), "ol_sys": _ol_head("INFO", "sched.go:613"),
    "ol_load": _ol_head("INFO", "llama_server.go:1048"), "ol_wait": _ol_head("INFO", "llama_server.go:1295"), "ol_dl0": _ol_head("INFO", "download.go:181"),
    "ol_evict": _ol_head("INFO", "sched.go:551"), "ol_lf": _ol_head("INFO", "sched.go:641"), "ol_term": _ol_head("ERROR", "llama_server.go:1023"),
    "ol_trunc": _ol_head("WARN", "llama_server.go:317"), "ol_dl2": _ol_head("INFO", "download.go:384"), "ol_inf": _ol_head("INFO", "types.go:32"),
    "ol_vram": _ol_head("INFO", "routes.go:2058"), "ol_disc": _ol_head("INFO", "runner.go:60"), "ol_blobs": _ol_head("INFO", "images.go:919"),
    "ol_listen": _ol_head("INFO", "routes.go:2008"),
    "ol_dig": lambda r: hexs(r, 12), "ol_derr": choice(("unexpected EOF", "context deadline exceeded", "http: server closed idle connection", "stream error: stream ID 7; INTERNAL_ERROR")),
    "ol_sleep": choice(("1s", "2s", "4s", "8s", "16s")), "ol_gib": _ol_gib, "ol_gib_b": lambda r: f"{r.randint(1, 999)} MB",
    "ol_gid": lambda r: r.choice(("GPU-" + uuid4(r), "0", "1")), "ol_lib": choice(("CUDA", "CUDA", "ROCm", "Vulkan", "Metal")),
    "ol_blob": lambda r: "/usr/share/ollama/.ollama/models/blobs/sha256-" + hexs(r, 64), "ol_ctx": choice(("2048", "4096", "8192", "32768", "131072")),
    "ol_batch": choice(("512", "512", "2048")), "ol_bool": choice(("false", "false", "true")), "ol_err": _ol_err, "ol_exit": choice(("1", "2", "-1", "137")),
    "ol_fid": choice(("\"\"", "\"\"", "0", "1")), "ol_type": choice(("discrete", "discrete", "iGPU")), "ol_cc": choice(("8.9", "8.6", "7.5", "12.0", "gfx1100", "gfx90a")),
    "ol_dev": choice(("CUDA0", "CUDA1", "ROCm0", "Vulkan0")), "ol_desc": choice(("\"NVIDIA GeForce RTX 4090\"", "\"NVIDIA RTX A6000\"", "\"Tesla T4\"", "\"AMD Radeon RX 7900 XTX\"", "\"NVIDIA GeForce RTX 3060\"")),
    "ol_libdirs": choice(("ollama,cuda_v12", "ollama,cuda_v13", "ollama,rocm", "ollama,vulkan")), "ol_drv": choice(("12.8", "12.4", "13.0", "6.4", "0.0")),
    "ol_pci": lambda r: f"0000:{r.randint(1, 0x81):02x}:00.0", "ol_addr": choice(("127.0.0.1:11434", "[::]:11434", "0.0.0.0:11434")),
    "ol_ver": choice(("0.12.6", "0.13.1", "0.13.2", "0.14.0")),
})
# ---------------------------------------------------------------- ntp-daemon (Rust; ntpd-rs' `ntp-daemon` on stdout under systemd (journalctl -o cat):
# tracing_subscriber::fmt() default layout "2026-11-26T06:20:12.123456Z  INFO ntp_proto::algorithm::kalman: Offset: ..." -- time, padded level and the
# module target are the subscriber's; the message and the key=value fields after it are the macro call's)
_NR_SRV = ("time.cloudflare.com", "ptbtime1.ptb.de", "nts.netnod.se", "ntp.se", "0.pool.ntp.org", "1.pool.ntp.org", "2.debian.pool.ntp.org", "time.google.com",
           "ntppool1.time.nl", "ntp.internal.corp", "gps-clock.lan")


def _nr_head(lvl: str, target: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 6)}Z {lvl:>5} {target}: "


def _nr_f(r: R) -> str:
    return repr(r.choice((-1, 1)) * r.uniform(0.0001, 3) * 10 ** -r.randint(0, 2))


def _nr_err(r: R) -> str:
    return r.choice(("Os { code: 111, kind: ConnectionRefused, message: \"Connection refused\" }", "Os { code: 101, kind: NetworkUnreachable, message: \"Network is unreachable\" }",
                     "Os { code: 113, kind: HostUnreachable, message: \"No route to host\" }", "Io(Kind(TimedOut))", "Invalid(InvalidDnsName)",
                     "Tls(InvalidCertificate(Expired))", "Os { code: 99, kind: AddrNotAvailable, message: \"Cannot assign requested address\" }"))


SOURCES["ntp-daemon"] = ("pendulum-project/ntpd-rs", "68528161475ac70fb9453330bdcb19d1e708a75c",
                         "ntpd/src/daemon/tracing.rs (fmt subscriber), ntp-proto/src/algorithm/kalman/mod.rs, ntp-proto/src/source.rs, ntpd/src/daemon/system.rs, "
                         "ntpd/src/daemon/spawn/mod.rs, ntpd/src/daemon/spawn/nts.rs, ntpd/src/daemon/ntp_source.rs")
SYSTEMS["ntp-daemon"] = (
    "{nr_kal}Offset: {nr_f}+-{nr_f}ms, frequency: {nr_f}+-{nr_f}ppm",
    "{nr_sys}new source source_id={nr_sid} addr={nr_addr} spawner={nr_spw}",
    "{nr_kal}No consensus on current time",
    "{nr_kal}Jumped offset by {nr_f}ms",
    "{nr_src}Source requested rate limit self.remote_min_poll_interval={nr_poll}",
    "{nr_src}Received message from server with excessive stratum {nr_strat}",
    "{nr_spawn}error while resolving {nr_srv}, retrying error={nr_err}",
    "{nr_nts}error while attempting key exchange error={nr_err}",
    "{nr_src}Source denied service",
    "{nr_spawn}No connection possible to {nr_srv}: {nr_err}",
    "{nr_spawn}Unknown domain name: {nr_srv}",
    "{nr_nts}timeout while attempting key exchange",
    "{nr_sysE}Could not spawn source: {nr_err}",
    "{nr_ns}could not receive packet receive_error={nr_err}",
    "{nr_src}NTS Cookie too large, resetting source. This may be a problem with the source",
)
SLOTS.update({
    "nr_kal": _nr_head("INFO", "ntp_proto::algorithm::kalman"), "nr_sys": _nr_head("INFO", "ntpd::daemon::system"), "nr_src": _nr_head("WARN", "ntp_proto::source"),
    "nr_spawn": _nr_head("WARN", "ntpd::daemon::spawn"), "nr_nts": _nr_head("WARN", "ntpd::daemon::spawn::nts"), "nr_sysE": _nr_head("ERROR", "ntpd::daemon::system"),
    "nr_ns": _nr_head("WARN", "ntpd::daemon::ntp_source"),
    "nr_f": _nr_f, "nr_id": lambda r: str(r.randint(1, 40)), "nr_addr": lambda r: f"{r.choice((ip4(r), '162.159.200.1', '194.58.200.20', '[2a01:b740:a20:3000::1f2]'))}:123",
    "nr_poll": lambda r: f"PollInterval({r.randint(4, 10)})", "nr_sid": lambda r: f"SourceId({r.randint(1, 40)})", "nr_spw": lambda r: f"SpawnerId({r.randint(1, 6)})", "nr_strat": lambda r: str(r.randint(17, 255)), "nr_srv": choice(_NR_SRV), "nr_err": _nr_err,
})
# ---------------------------------------------------------------- barman (Python; /var/log/barman/barman.log with the default
# log_format "%(asctime)s [%(process)s] %(name)s %(levelname)s: %(message)s": "2026-11-26 02:00:01,321 [21873] barman.backup INFO: Backup completed (...)"
# -- time, pid, module logger and level are logging's; output.info() logs under its caller's module)
_BM_SRV = ("pg-main", "pg-main", "pg-orders", "pg17-prod", "analytics-db", "main-replica", "keycloak-pg")


def _bm_head(mod: str, lvl: str = "INFO") -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)},{_frac(r, 3)} [{r.randint(1200, 99999)}] barman.{mod} {lvl}: "


def _bm_td(r: R) -> str:
    h, m, s = r.choice((0, 0, 0, 1, 2)), r.randint(0, 59), r.randint(0, 59)
    parts = ([f"{h} hour{'s' if h != 1 else ''}"] if h else []) + ([f"{m} minute{'s' if m != 1 else ''}"] if m else []) + [f"{s} second{'s' if s != 1 else ''}"]
    return ", ".join(parts)


def _bm_bid(r: R) -> str:
    return f"202611{day(r):02d}T{r.choice(('0200', '0300', '2330', '0100'))}{r.randint(0, 59):02d}"


def _bm_size(r: R) -> str:
    v = r.uniform(0.3, 900)
    return f"{v:.1f} GiB" if v >= 1 else f"{v * 1024:.1f} MiB"


def _bm_wal(r: R) -> str:
    return f"0000000{r.randint(1, 3)}{r.randint(0, 0xff):08X}{r.randint(0, 0xff):08X}"


SOURCES["barman"] = ("EnterpriseDB/barman", "081bb8d2541a0b8e6aed2fe5df0d579d4b2d679d",
                     "barman/config.py (DEFAULT_LOG_FORMAT), barman/output.py (caller's module logger), barman/wal_archiver.py, barman/backup.py, barman/backup_executor.py, "
                     "barman/server.py")
SYSTEMS["barman"] = (
    "{bm_wa}Archiving segment {bm_seg} of {bm_run} from {bm_arch}: {bm_srv}/{bm_wal}",
    "{bm_bk}Starting backup using {bm_mode} method for server {bm_srv} in {bm_dir}",
    "{bm_bk}Backup completed (start time: {bm_start}, elapsed time: {bm_td})",
    "{bm_bk}Backup size: {bm_size}. Actual size on disk: {bm_size} (-{bm_pct} deduplication ratio).",
    "{bm_ex}Copy done (time: {bm_td})",
    "{bm_ex}Asking PostgreSQL server to finalize the backup.",
    "{bm_bk}Backup end at LSN: {bm_lsn} ({bm_wal}, {bm_off})",
    "{bm_bk}Enforcing retention policy: removing backup {bm_bid} for server {bm_srv}",
    "{bm_bk}Deleting backup {bm_bid} for server {bm_srv}",
    "{bm_bk}Deleted backup {bm_bid} (start time: {bm_ctime}, elapsed time: {bm_td})",
    "{bm_sv}Another cron process is already running on server {bm_srv}. Skipping to the next server",
    "{bm_svE}Check '{bm_check}' failed for server '{bm_srv}'",
    "{bm_ex}This is the first backup for server {bm_srv}",
    "{bm_sv}A WAL file has not been received in {bm_to} seconds",
    "{bm_exW}Error retrieving PostgreSQL status: {bm_pgerr}",
)
SLOTS.update({
    "bm_wa": _bm_head("wal_archiver"), "bm_bk": _bm_head("backup"), "bm_ex": _bm_head("backup_executor"), "bm_sv": _bm_head("server"),
    "bm_svE": _bm_head("server", "ERROR"), "bm_exW": _bm_head("backup_executor", "WARNING"),
    "bm_seg": lambda r: _LINE.setdefault("bm_seg", str(r.randint(1, 9))), "bm_run": lambda r: str(int(_LINE.setdefault("bm_seg", str(r.randint(1, 9)))) + r.randint(0, 6)), "bm_arch": choice(("FileWalArchiver", "StreamingWalArchiver", "StreamingWalArchiver")), "bm_srv": choice(_BM_SRV), "bm_wal": _bm_wal,
    "bm_dir": lambda r: f"/var/lib/barman/{r.choice(_BM_SRV)}/base/{_bm_bid(r)}", "bm_mode": choice(("postgres", "rsync-concurrent", "rsync-exclusive", "postgres")), "bm_bid": _bm_bid,
    "bm_start": lambda r: f"2026-11-{day(r):02d} {clock(r)}.{_frac(r, 6)}", "bm_td": _bm_td, "bm_size": _bm_size, "bm_pct": lambda r: f"{r.uniform(0, 95):.2f}%",
    "bm_lsn": lambda r: f"{r.randint(1, 0xff):X}/{r.randint(0, 0xffffffff):X}", "bm_off": lambda r: f"{r.randint(0, 0xffffff):08X}",
    "bm_ctime": lambda r: f"{r.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'))} Nov {day(r):2d} {clock(r)} 2026",
    "bm_check": choice(("WAL archive", "replication slot", "backup maximum age", "minimum redundancy requirements", "receive-wal running", "archiver errors", "PostgreSQL",
                        "wal_level", "ssh")),
    "bm_to": choice(("3600", "3600", "600", "7200")),
    "bm_pgerr": choice(("connection to server at \"10.20.0.11\", port 5432 failed: Connection refused", "server closed the connection unexpectedly",
                        "FATAL:  password authentication failed for user \"barman\"", "timeout expired")),
})
# ---------------------------------------------------------------- teslamate (Elixir; docker logs of the teslamate container, config/prod.exs console format
# "$date $time $metadata[$level] $message" with metadata [:car_id]: "2026-11-26 06:20:12.123 car_id=1 [info] Driving / Start" -- date, time, the car_id
# metadata and the level are Logger's; calls without car_id metadata print none)


def _tm_head(lvl: str, car: bool = True) -> Callable[[R], str]:
    def head(r: R) -> str:
        meta = f"car_id={r.choice((1, 1, 1, 2, 3))} " if car else ""
        return f"2026-11-{day(r):02d} {clock(r)}.{_frac(r, 3)} {meta}[{lvl}] "
    return head


def _tm_dur(r: R) -> str:
    return " ".join(p for p in (f"{r.randint(1, 3)}h" if r.random() < 0.2 else "", f"{r.randint(1, 59)}m" if r.random() < 0.8 else "",
                                f"{r.randint(1, 59)}s" if r.random() < 0.4 else "") if p) or "15m"


def _tm_err(r: R) -> str:
    return r.choice((":timeout", ":closed", "%Mint.TransportError{reason: :timeout}", "%Mint.TransportError{reason: :closed}", ":vehicle_unavailable",
                     "%TeslaApi.Error{reason: :unknown, message: \"\", env: nil}", "{:unknown, \"vehicle unavailable: {:error=>\\\"vehicle unavailable:\\\"}\"}",
                     ":unauthorized", "%Mint.TransportError{reason: :econnrefused}"))


SOURCES["teslamate"] = ("teslamate-org/teslamate", "8a692e29346d19cf5786fd1c8682f1628a4a60e0",
                        "config/prod.exs (console format, metadata), lib/teslamate/vehicles/vehicle.ex, lib/teslamate/api.ex, lib/teslamate/mqtt/handler.ex")
SYSTEMS["teslamate"] = (
    "{tm_i}Fetch already in progress ...",
    "{tm_i}Start / :online",
    "{tm_i}Driving / Start",
    "{tm_i}Driving / Ended / {tm_km} km – {tm_min} min",
    "{tm_i}Start / :asleep",
    "{tm_i}Charging / {tm_cstate} / {tm_kwh} kWh – {tm_min} min",
    "{tm_i}Vehicle is still online. Falling asleep for: {tm_dur}",
    "{tm_i}Suspending logging",
    "{tm_i}Vehicle came back online after {tm_min} min",
    "{tm_i}Online / Charging detected: {tm_kw} kW",
    "{tm_w}Stream reports vehicle as offline, fetching vehicle state ...",
    "{tm_i}Creating new connection … ",
    "{tm_e}Error / {tm_err}",
    "{tm_e}Too many request / Retry after {tm_retry} seconds",
    "{tm_i0}Refreshing access token ...",
    "{tm_i0}Scheduling token refresh in {tm_dur}",
    "{tm_w0}MQTT connection has been dropped",
)
SLOTS.update({
    "tm_i": _tm_head("info"), "tm_w": _tm_head("warning"), "tm_e": _tm_head("error"), "tm_i0": _tm_head("info", False), "tm_w0": _tm_head("warning", False),
    "tm_km": lambda r: str(r.choice((r.randint(0, 30), r.randint(0, 400)))), "tm_min": lambda r: str(r.randint(0, 600)),
    "tm_cstate": choice(("Complete", "Stopped", "Complete")), "tm_kwh": lambda r: f"{r.uniform(0.1, 80):.{r.choice((1, 2))}f}",
    "tm_dur": _tm_dur, "tm_kw": lambda r: str(r.choice((r.randint(1, 11), r.randint(20, 250)))), "tm_err": _tm_err, "tm_retry": lambda r: str(r.randint(30, 900)),
})
# ---------------------------------------------------------------- kavita (C#; Serilog console/file sink with the outputTemplate of API/Logging/LogLevelOptions.cs
# "[Kavita] [{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} {CorrelationId} {ThreadId}] [{Level}] {SourceContext} {Message:lj}": "[Kavita] [2026-11-26 06:20:12.123 +00:00  14]
# [Information] API.Services.Tasks.ScannerService [ScannerService] Beginning file scan on Manga" -- everything before the message is the template's; the
# "[ScannerService]"-style tags are part of the messages)
_KV_LIBS = ("Manga", "Comics", "Books", "Light Novels", "Webtoons", "Kids", "Manhwa", "Magazines")
_KV_SERIES = ("One Piece", "Berserk", "Saga", "Vinland Saga", "The Wandering Inn", "Chainsaw Man", "Solo Leveling", "Monstress", "Frieren - Beyond Journey's End",
              "Dune", "Spy x Family", "Blue Period", "Invincible", "The Expanse", "Witch Hat Atelier")


def _kv_head(lvl: str, ctx: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        corr = r.choice(("", "", "", f"0HN{b62(r, 9).upper()}:0000000{r.randint(1, 9)}"))
        return f"[Kavita] [2026-11-{day(r):02d} {clock(r)}.{_frac(r, 3)} {r.choice(('+00:00', '+01:00', '-05:00'))} {corr} {r.randint(1, 60)}] [{lvl}] {ctx} "
    return head


_KV_SC, _KV_TS, _KV_CL = "API.Services.Tasks.ScannerService", "API.Services.TaskScheduler", "API.Services.Tasks.CleanupService"
SOURCES["kavita"] = ("Kareadita/Kavita", "ed7e9d4a6e85c2ec04803ca86fb3d2b5ca15581a",
                     "API/Logging/LogLevelOptions.cs (outputTemplate), API/Services/Tasks/ScannerService.cs, API/Services/Tasks/Scanner/ProcessSeries.cs, "
                     "API/Services/TaskScheduler.cs, API/Services/Tasks/CleanupService.cs, API/Services/Tasks/BackupService.cs, API/Services/MetadataService.cs, "
                     "API/Services/ArchiveService.cs, API/Services/Tasks/Scanner/LibraryWatcher.cs")
SYSTEMS["kavita"] = (
    "{kv_ps}[ScannerService] Processing series {kv_series}",
    "{kv_ps}[ScannerService] Beginning series update on {kv_series}, Forced: {kv_bool}",
    "{kv_ps}[ScannerService] Finished series update on {kv_series} in {kv_ms} ms",
    "{kv_sc}[ScannerService] Beginning file scan on {kv_lib}",
    "{kv_sc}[ScannerService] Found {kv_cnt} Series that need processing in {kv_ms} ms",
    "{kv_sc}[ScannerService] Finished file scan in {kv_ms} milliseconds. Updating database",
    "{kv_ts}Enqueuing library scan for: {kv_id}",
    "{kv_ts}Scheduling ScanFolder for {kv_folder}",
    "{kv_md}[MetadataService] Updated covers for {kv_series} in {kv_ms} milliseconds",
    "{kv_arw}[GetCoverImage] This archive cannot be read: {kv_file}. Defaulting to no cover image",
    "{kv_ts}A Scan is already running, rescheduling ScanLibrary in 3 hours",
    "{kv_cl}Starting Cleanup",
    "{kv_cl}Cleanup finished",
    "{kv_bk}Beginning backup of Database at {kv_dt}",
    "{kv_lw}[LibraryWatcher] Watching {kv_cnt} folders",
    "{kv_sc}[ScannerService] Scan library invoked via nightly scan job but a task is already running for {kv_lib}. Rescheduling for 4 hours",
)
SLOTS.update({
    "kv_ps": _kv_head("Information", "API.Services.Tasks.Scanner.ProcessSeries"), "kv_sc": _kv_head("Information", _KV_SC), "kv_ts": _kv_head("Information", _KV_TS),
    "kv_md": _kv_head("Information", "API.Services.MetadataService"), "kv_arw": _kv_head("Warning", "API.Services.ArchiveService"),
    "kv_cl": _kv_head("Information", _KV_CL), "kv_bk": _kv_head("Information", "API.Services.Tasks.BackupService"),
    "kv_lw": _kv_head("Information", "API.Services.Tasks.Scanner.LibraryWatcher"),
    "kv_series": choice(_KV_SERIES), "kv_lib": choice(_KV_LIBS), "kv_bool": choice(("False", "False", "True")), "kv_ms": lambda r: str(r.randint(3, 10 ** r.randint(2, 6))),
    "kv_cnt": lambda r: str(r.randint(0, 400)), "kv_id": lambda r: str(r.randint(1, 12)),
    "kv_folder": lambda r: f"/{r.choice(('manga', 'comics', 'books', 'data/manga'))}/{r.choice(_KV_SERIES)}",
    "kv_file": lambda r: f"/{r.choice(('manga', 'comics'))}/{r.choice(_KV_SERIES)}/{r.choice(_KV_SERIES)} v{r.randint(1, 40):02d}.{r.choice(('cbz', 'cbr', 'zip', 'cb7'))}",
    "kv_dt": lambda r: f"11/{day(r):02d}/2026 {r.randint(1, 12)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(('AM', 'PM'))}",
})
# ---------------------------------------------------------------- iobroker (TypeScript/Node.js; js-controller's winston file log /opt/iobroker/log/iobroker.current.log:
# "2026-11-26 06:20:12.123  - info: host.iob-pi instance system.adapter.shelly.0 started with pid 2211" -- the timestamp (with its trailing blank) and
# " - level: " are the winston printf formatter's; "host.<hostname>" / "<adapter>.<n> (<pid>)" prefixes are values the program fills into its template strings)
_IO_HOSTS = ("iobroker", "iob-pi", "raspberrypi", "iob-master", "smarthome", "nuc-iob")
_IO_ADAPTERS = ("admin.0", "shelly.0", "mqtt.0", "zigbee.0", "javascript.0", "history.0", "hue.0", "sonoff.0", "tr-064.0", "backitup.0", "telegram.0", "influxdb.0",
                "discovery.0", "alexa2.0", "fritzdect.0", "modbus.0", "tuya.0", "vis-2.0", "web.0", "deconz.0")
_IO_EXIT = (("0", "NO_ERROR"), ("11", "ADAPTER_REQUESTED_TERMINATION"), ("156", "START_IMMEDIATELY_AFTER_STOP"), ("6", "UNCAUGHT_EXCEPTION"), ("1", "JS_CONTROLLER_STOPPED"),
            ("25", "ADAPTER_ALREADY_RUNNING"), ("7", "CANNOT_FIND_ADAPTER_DIR"))


def _io_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)}.{_frac(r, 3)}  - {lvl}: "


def _io_exit(r: R) -> tuple[str, str]:
    if "io_ec" not in _LINE:
        _LINE["io_ec"], _LINE["io_et"] = r.choice(_IO_EXIT)
    return _LINE["io_ec"], _LINE["io_et"]


def _io_ad(r: R) -> str:
    if "io_ad" not in _LINE:
        _LINE["io_ad"] = r.choice(_IO_ADAPTERS)
    return _LINE["io_ad"]


SOURCES["iobroker"] = ("ioBroker/ioBroker.js-controller", "6602a78fb11de99081eb29ead36700ec8727d288",
                       "packages/common-db/src/lib/common/logger.ts (formatter, timestamp()), packages/controller/src/main.ts, packages/adapter/src/lib/adapter/adapter.ts")
SYSTEMS["iobroker"] = (
    "{io_i}{io_hp} instance {io_sid} in version \"{io_ver}\" started with pid {io_pid}",
    "{io_i}{io_hp} instance {io_sid} terminated with code {io_code} ({io_text})",
    "{io_i}{io_ad} ({io_pid}) starting. Version {io_ver} in {io_dir}, node: {io_node}, js-controller: {io_jsc}",
    "{io_i}{io_ad} ({io_pid}) Terminated ({io_text}): {io_reason}",
    "{io_i}{io_hp} stopInstance {io_sid} send kill signal",
    "{io_w}{io_hp} instance {io_sid} terminated due to {io_sig}",
    "{io_i}{io_hp} Restart adapter {io_sid} because enabled",
    "{io_i}{io_hp} instance scheduled {io_sid} {io_cron}",
    "{io_e}{io_hp} instance {io_sid} terminated abnormally",
    "{io_w}{io_hp} instance {io_sid} already running with pid {io_pid}",
    "{io_i}{io_hp} starting {small} instances",
    "{io_i}{io_hp} {n} instances found",
    "{io_i}{io_hp} connected to Objects and States",
    "{io_i}{io_hp} \"{io_sid}\" disabled",
    "{io_i}{io_hp} All instances are stopped.",
    "{io_e}{io_hp} Cannot read disk information: {io_err}",
)
SLOTS.update({
    "io_i": _io_head("info"), "io_w": _io_head("warn"), "io_e": _io_head("error"), "io_hp": lambda r: "host." + r.choice(_IO_HOSTS), "io_ad": _io_ad, "io_sid": lambda r: "system.adapter." + _io_ad(r),
    "io_dir": lambda r: "/opt/iobroker/node_modules/iobroker." + _io_ad(r).rsplit(".", 1)[0], "io_pid": lambda r: str(r.randint(400, 99999)),
    "io_ver": lambda r: f"{r.randint(0, 8)}.{r.randint(0, 30)}.{r.randint(0, 20)}", "io_code": lambda r: _io_exit(r)[0], "io_text": lambda r: _io_exit(r)[1],
    "io_node": choice(("v20.18.0", "v20.19.2", "v22.12.0", "v18.20.4")), "io_jsc": choice(("7.0.3", "7.0.6", "6.0.11")),
    "io_reason": choice(("Without reason", "Adapter is disabled", "Scheduled restart.", "Adapter terminated by user", "bad config", "Adapter already running")),
    "io_sig": choice(("SIGTERM", "SIGKILL", "SIGSEGV", "SIGABRT")), "io_cron": choice(("0 0 * * *", "*/15 * * * *", "0 3 * * 1", "1 2 * * *")),
    "io_err": choice(("Command failed: df -k /opt/iobroker", "spawn df ENOENT", "ETIMEDOUT", "Cannot read properties of undefined (reading 'split')")),
})
# ---------------------------------------------------------------- jetty (Java; jetty-home 12 with jetty-slf4j-impl's StdErrAppender, ${jetty.base}/logs/*.jetty.log:
# "2026-11-26 06:20:12.123:INFO :oejs.AbstractConnector:main: Started ServerConnector@1b2c3d4e{HTTP/1.1, (http/1.1)}{0.0.0.0:8080}" -- time, padded level,
# condensed logger name and thread are the appender's; messages are SLF4J "{}" format strings)


def _je_head(lvl: str, logger: str, threads: tuple[str, ...] = ("main",)) -> Callable[[R], str]:
    def head(r: R) -> str:
        t = r.choice(threads).replace("#", str(r.randint(1, 480)))
        return f"2026-11-{day(r):02d} {clock(r)}.{_frac(r, 3)}:{lvl:<5}:{logger}:{t}: "
    return head


_JE_QTP = ("qtp1702146597-#", "qtp1702146597-#", "qtp2093631819-#")


def _je_conn(r: R) -> str:
    return r.choice(("ServerConnector@{h}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8080}}", "ServerConnector@{h}{{SSL, (ssl, alpn, h2, http/1.1)}}{{0.0.0.0:8443}}",
                     "ServerConnector@{h}{{HTTP/1.1, (http/1.1, h2c)}}{{127.0.0.1:8080}}", "ServerConnector@{h}{{PROXY, (proxy, http/1.1)}}{{0.0.0.0:8080}}")).format(h=hexs(r, 8))


SOURCES["jetty"] = ("jetty/jetty.project", "acf33259281419d619d8e392e6f3b2d654bcc914",
                    "jetty-core/jetty-slf4j-impl/.../StdErrAppender.java (layout), jetty-core/jetty-server/.../AbstractConnector.java, Server.java, LowResourceMonitor.java, "
                    "ConnectionLimit.java, AcceptRateLimit.java, ProxyConnectionFactory.java, ResourceService.java, RequestLogWriter.java, handler/ShutdownHandler.java, "
                    "jetty-core/jetty-session/.../DefaultSessionIdManager.java, jetty-core/jetty-deploy/.../ScanningAppProvider.java")
SYSTEMS["jetty"] = (
    "{je_pv1}Proxy v1 not PROXY protocol for {je_ep}",
    "{je_res}Failed to serve resource: {je_path}",
    "{je_low}Low Resources: {je_reason}",
    "{je_lowc}Low Resources cleared",
    "{je_cl}Connection limit {je_max} reached for {je_conns}",
    "{je_clc}Connection limit {je_max} cleared for {je_conns}",
    "{je_arl}AcceptLimit rate exceeded {je_rate}>{je_lim} on {je_conns}",
    "{je_ac}Started {je_conn}",
    "{je_ac}Stopped {je_conn}",
    "{je_srv}jetty-{je_ver}; built: {je_built}; git: {je_git}; jvm {je_jvm}",
    "{je_sess}Session workerName={je_worker}",
    "{je_dep}Deployment monitor {je_env} in {je_dirs} at intervals {small}s",
    "{je_rl}Opened {je_rlf}",
    "{je_sh}Shutting down by request from {je_addr}",
    "{je_dne}Does not exist: {je_dir}",
)
SLOTS.update({
    "je_pv1": _je_head("WARN", "oejs.ProxyConnectionFactory", _JE_QTP), "je_res": _je_head("WARN", "oejs.ResourceService", _JE_QTP),
    "je_low": _je_head("WARN", "oejs.LowResourceMonitor", ("LowResourceMonitor-0",)), "je_lowc": _je_head("INFO", "oejs.LowResourceMonitor", ("LowResourceMonitor-0",)),
    "je_cl": _je_head("INFO", "oejs.ConnectionLimit", _JE_QTP), "je_clc": _je_head("INFO", "oejs.ConnectionLimit", _JE_QTP),
    "je_arl": _je_head("WARN", "oejs.AcceptRateLimit", _JE_QTP), "je_ac": _je_head("INFO", "oejs.AbstractConnector", ("main", "main", "ShutdownMonitor")),
    "je_srv": _je_head("INFO", "oejs.Server"), "je_sess": _je_head("INFO", "oejs.DefaultSessionIdManager"),
    "je_dep": _je_head("INFO", "oejdp.ScanningAppProvider"), "je_rl": _je_head("INFO", "oejs.RequestLogWriter"),
    "je_sh": _je_head("INFO", "oejsh.ShutdownHandler", _JE_QTP), "je_dne": _je_head("WARN", "oejdp.ScanningAppProvider"),
    "je_ep": lambda r: f"SocketChannelEndPoint@{hexs(r, 8)}[{{l=/10.0.3.{r.randint(2, 40)}:8080,r=/{ip4(r)}:{r.randint(1024, 65535)},OPEN,fill=-,flush=-,to={r.randint(0, 30000)}/30000}}]",
    "je_path": choice(("/favicon.ico", "/static/app.js", "/assets/index-4f2a1c.css", "/docs/manual.pdf", "/images/logo.png", "/downloads/release-2.3.tar.gz")),
    "je_reason": lambda r: r.choice((f"Max memory exceeded: {r.randint(900, 4000)}MB>{r.choice((768, 1024, 2048))}MB",
                                     f"Max Connections exceeded: {r.randint(1001, 3000)}>1000", f"Server low on threads: {r.randint(0, 5)}, idleThreads:{r.randint(0, 3)}")),
    "je_max": choice(("1000", "512", "2000", "256")), "je_conns": lambda r: f"[{_je_conn(r)}]",
    "je_rate": lambda r: str(r.randint(101, 900)), "je_lim": choice(("100", "200", "50")), "je_conn": _je_conn,
    "je_ver": choice(("12.0.14", "12.0.15", "12.0.16")), "je_built": choice(("2024-10-07T21:16:59.521Z", "2024-11-05T21:23:08.934Z", "2024-12-03T19:11:53.290Z")),
    "je_git": lambda r: hexs(r, 40), "je_jvm": choice(("17.0.13+11", "21.0.5+11-LTS", "17.0.12+7-Debian-2deb12u1", "21.0.5+11-Ubuntu-1ubuntu124.04")),
    "je_worker": choice(("node0", "node0", "node1", "app-01")), "je_env": choice(("ee10", "ee10", "ee9", "ee8")),
    "je_dirs": choice(("[file:///var/lib/jetty/webapps/]", "[file:///opt/jetty-base/webapps/]", "[file:///srv/jetty/webapps/]")),
    "je_rlf": lambda r: f"/var/lib/jetty/logs/2026_11_{day(r):02d}.request.log", "je_addr": lambda r: f"/127.0.0.1:{r.randint(30000, 60999)}",
    "je_dir": choice(("/var/lib/jetty/webapps-ee9", "/opt/jetty-base/webapps/", "file:///srv/jetty/webapps/")),
})
# ---------------------------------------------------------------- chef-client (Ruby; Chef Infra Client as a daemon (chef-client -i 1800), /var/log/chef/client.log with
# Mixlib::Log's formatter "[2026-11-26T06:20:12+00:00] INFO: msg" -- the bracketed ISO time and the level are the formatter's; a resource prints as
# "type[name]" and the product name "Chef Infra Client" is a value the code fills in)
_CF_NODES = ("web01.prod.example.com", "app-02.prod", "db-primary.example.net", "ci-runner-3", "lb1.dc2", "node017.hpc.local", "mon01.example.com")
_CF_FILES = ("/etc/nginx/nginx.conf", "/etc/nginx/sites-available/default", "/etc/ssh/sshd_config", "/etc/sysctl.d/99-chef.conf", "/etc/logrotate.d/app",
             "/etc/postgresql/16/main/pg_hba.conf", "/etc/haproxy/haproxy.cfg", "/opt/app/shared/config/database.yml", "/etc/ntpsec/ntp.conf", "/etc/motd")
_CF_DIRS = ("/var/log/app", "/opt/app/releases", "/etc/nginx/conf.d", "/srv/backups", "/var/cache/chef-ws", "/opt/app/shared/tmp")
_CF_PKGS = (("nginx", "1.24.0-2ubuntu7.1"), ("postgresql-16", "16.4-1.pgdg24.04+2"), ("openssl", "3.0.13-0ubuntu3.4"), ("htop", "3.3.0-4build1"),
            ("haproxy", "2.8.5-1ubuntu3.2"), ("git", "1:2.43.0-1ubuntu7.1"), ("ntpsec", "1.2.2+dfsg1-4build2"), ("curl", "8.5.0-2ubuntu10.4"))
_CF_SVCS = ("nginx", "postgresql", "haproxy", "sshd", "ntpsec", "app-worker", "rsyslog", "chef-client")
_CF_CBS = ("base", "nginx", "postgresql", "app_deploy", "users", "ntp", "haproxy", "logrotate", "sysctl", "chef-client", "line", "ohai")


def _cf_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"[2026-11-{day(r):02d}T{clock(r)}{r.choice(('+00:00', '+00:00', '+01:00', '-05:00'))}] {lvl}: "


def _cf_pkg(r: R) -> tuple[str, str]:
    if "cf_p" not in _LINE:
        _LINE["cf_p"], _LINE["cf_v"] = r.choice(_CF_PKGS)
    return _LINE["cf_p"], _LINE["cf_v"]


def _cf_rl(r: R) -> str:
    return ", ".join(f"recipe[{c}]" if r.random() < 0.7 else f"role[{c}]" for c in r.sample(_CF_CBS, r.randint(1, 5)))


SOURCES["chef-client"] = ("chef/chef", "688d3ad3c3a0716b0d0189be6a349ffecada5268",
                          "lib/chef/client.rb, lib/chef/handler.rb, lib/chef/cookbook/synchronizer.rb, lib/chef/policy_builder/expand_node_object.rb, "
                          "lib/chef/provider/file.rb, lib/chef/provider/directory.rb, lib/chef/provider/package.rb, lib/chef/provider/execute.rb, "
                          "lib/chef/provider/service.rb, lib/chef/provider/cron.rb, lib/chef/provider/remote_file/content.rb (mixlib-log formatter layout)")
SYSTEMS["chef-client"] = (
    "{cf_i}{cf_tpl} updated file contents {cf_path}",
    "{cf_i}Storing updated {cf_dest} in the cache.",
    "{cf_i}{cf_r_execute} ran successfully",
    "{cf_i}Starting {cf_prod} Run for {cf_node}",
    "{cf_i}{cf_prod} Run complete in {cf_secs} seconds",
    "{cf_i}Loading cookbooks [{cf_cbs}]",
    "{cf_i}Run List is [{cf_rl}]",
    "{cf_i}Run List expands to [{cf_rl}]",
    "{cf_i}{cf_r_service} restarted",
    "{cf_i}{cf_pkgres} installed {cf_pkgn} at {cf_pkgv}",
    "{cf_i}{cf_r_directory} created directory {cf_dir}",
    "{cf_i}{cf_r_file} created file {cf_path}",
    "{cf_i}{cf_r_service} reloaded",
    "{cf_i}Running start handlers",
    "{cf_i}Report handlers complete",
    "{cf_w}{cf_r_remote_file} cannot be downloaded from {cf_url}: {cf_err}",
    "{cf_i}{cf_r_cron} added crontab entry",
)
SLOTS.update({
    "cf_i": _cf_head("INFO"), "cf_w": _cf_head("WARN"),
    "cf_r_execute": lambda r: "execute[" + SLOTS["cf_exec"](r) + "]",
    "cf_r_service": lambda r: "service[" + SLOTS["cf_svc"](r) + "]",
    "cf_r_directory": lambda r: "directory[" + SLOTS["cf_dir"](r) + "]",
    "cf_r_file": lambda r: "file[" + SLOTS["cf_path"](r) + "]",
    "cf_r_remote_file": lambda r: "remote_file[" + SLOTS["cf_rfile"](r) + "]",
    "cf_r_cron": lambda r: "cron[" + SLOTS["cf_cron"](r) + "]",
    "cf_tpl": lambda r: f"template[{_LINE.setdefault('cf_path', r.choice(_CF_FILES))}]", "cf_path": lambda r: _LINE.setdefault("cf_path", r.choice(_CF_FILES)),
    "cf_dest": lambda r: f"cookbooks/{r.choice(_CF_CBS)}/" + r.choice(("recipes/default.rb", "templates/default/nginx.conf.erb", "attributes/default.rb", "metadata.json", "libraries/helpers.rb",
                                                    "recipes/server.rb", "files/default/logrotate.conf")),
    "cf_exec": choice(("apt-get update", "reload-systemd", "create-db-user", "run-migrations", "update-ca-certificates", "sysctl -p", "git-clone-app")),
    "cf_prod": choice(("Chef Infra Client",)), "cf_node": choice(_CF_NODES), "cf_secs": lambda r: str(r.randint(4, 900)),
    "cf_cbs": lambda r: ", ".join(f"{c}@{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 9)}" for c in r.sample(_CF_CBS, r.randint(2, 7))), "cf_rl": _cf_rl,
    "cf_svc": choice(_CF_SVCS), "cf_pkgres": lambda r: f"{r.choice(('apt_package', 'package'))}[{_cf_pkg(r)[0]}]",
    "cf_pkgn": lambda r: _cf_pkg(r)[0], "cf_pkgv": lambda r: _cf_pkg(r)[1], "cf_dir": lambda r: _LINE.setdefault("cf_dir", r.choice(_CF_DIRS)),
    "cf_rfile": choice(("/tmp/node_exporter.tar.gz", "/opt/app/shared/app.jar", "/usr/local/bin/yq", "/var/cache/chef/pgdg.asc")),
    "cf_url": choice(("https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz",
                      "https://artifacts.internal.example.com/app/app-2.14.1.jar", "https://www.postgresql.org/media/keys/ACCC4CF8.asc")),
    "cf_err": choice(("404 \"Not Found\"", "execution expired", "Connection refused - connect(2) for \"artifacts.internal.example.com\" port 443", "503 \"Service Unavailable\"")),
    "cf_cron": choice(("logrotate-app", "db-backup", "certbot-renew", "cleanup-tmp")),
})
# ---------------------------------------------------------------- friendica (PHP; its own StreamLogger file (config 'system.logfile' = log/friendica.log):
# "2026-11-26T06:20:12+00:00 worker [INFO]: Process done. {"function":"Notifier",...,"worker_id":"1a2b3c4","worker_cmd":"Notifier"} - {"file":"Worker.php",...}"
# -- ATOM time, channel, level, the WorkerLogger's worker_id/worker_cmd context keys and the introspection record after " - " are the logger's; the message and
# its own context keys are the call's, the values its arguments)
_FR_CMDS = ("Notifier", "APDelivery", "Delivery", "Cron", "UpdateContact", "FetchMissingActivity", "ProcessQueue", "PollContacts", "ExpirePosts", "UpdateGServer")
_FR_INBOX = ("https://mastodon.social/inbox", "https://fosstodon.org/inbox", "https://chaos.social/users/{u}/inbox", "https://pixelfed.social/users/{u}/inbox",
             "https://lemmy.world/inbox", "https://misskey.io/inbox", "https://hachyderm.io/users/{u}/inbox", "https://social.example.net/inbox")


def _fr_head(lvl: str, channel: str = "worker") -> Callable[[R], str]:
    def head(r: R) -> str:
        _LINE["fr_cmd"] = r.choice(_FR_CMDS)
        return f"2026-11-{day(r):02d}T{clock(r)}+00:00 {channel} [{lvl}]: "
    return head


def _fr_wc(r: R) -> str:
    return f"\"worker_id\":\"{hexs(r, 7)}\",\"worker_cmd\":\"{_LINE.get('fr_cmd', 'Notifier')}\""


def _fr_rec(file: str, line: int, func: str) -> Callable[[R], str]:
    def rec(r: R) -> str:
        stack = ", ".join(r.choice(("Worker::execute", "Worker::processQueue", "Worker::execFunction", "Worker::run", "APDelivery::execute", "Notifier::execute"))
                          for _ in range(r.randint(3, 6)))
        return (f" - {{\"file\":\"{file}\",\"line\":{line},\"function\":\"{func}\",\"request-id\":\"{hexs(r, 13)}\",\"stack\":\"{stack}\","
                f"\"uid\":\"{hexs(r, 6)}\",\"process_id\":{r.randint(1000, 4000000)}}}")
    return rec


def _fr_inbox(r: R) -> str:
    return r.choice(_FR_INBOX).replace("{u}", r.choice(USERS))


SOURCES["friendica"] = ("friendica/friendica", "a0a8aeb30488ee66717dc5ed3f98b71906037725",
                        "src/Core/Logger/Type/StreamLogger.php (formatLog), src/Core/Logger/Type/WorkerLogger.php (worker context), src/Core/Logger/Util/Introspection.php, "
                        "src/Core/Worker.php, src/Protocol/ActivityPub/Delivery.php, src/Protocol/ActivityPub/Processor.php")
SYSTEMS["friendica"] = (
    "{fr_i}Process start. {\"priority\":{fr_prio},\"id\":{fr_id},{fr_wc}}{fr_r_start}",
    "{fr_i}Process done. {\"function\":\"{fr_func}\",\"priority\":{fr_prio},\"retrial\":{small},\"id\":{fr_id},\"duration\":{fr_dur},{fr_wc}}{fr_r_done}",
    "{fr_i}Spawned new worker {\"pid\":{pid},{fr_wc}}{fr_r_spawn}",
    "{fr_i}Worker ended {\"pid\":{pid},{fr_wc}}{fr_r_end}",
    "{fr_i}Priority {fr_prio} has got {small} workers out of a limit of {small} {\"priority\":{fr_prio},\"workers\":{small},\"limit\":{small},{fr_wc}}{fr_r_prio}",
    "{fr_i}Connection usage (system values) {\"working\":{fr_c},\"sleeping\":{fr_c},\"max\":{fr_cmax},{fr_wc}}{fr_r_conn}",
    "{fr_i}Deferred task {\"id\":{fr_id},\"retrial\":{small},\"created\":\"{fr_dt}\",\"next_execution\":\"{fr_dt}\",\"old_prio\":{fr_prio},\"new_prio\":{fr_prio},{fr_wc}}{fr_r_def}",
    "{fr_n}Delivery failed {\"retcode\":{fr_ret},\"serverfailure\":{fr_bool},\"drop\":{fr_bool},\"runtime\":{fr_dur},\"uri-id\":{fr_id},\"uid\":{small},\"item_id\":{fr_id},\"cmd\":\"{fr_apcmd}\",\"inbox\":\"{fr_inbox}\",{fr_wc}}{fr_r_dlv}",
    "{fr_i}No tasks found {{fr_wc}}{fr_r_none}",
    "{fr_i}Longer than 2 minutes. {\"priority\":{fr_prio},\"id\":{fr_id},\"duration\":{fr_dur},{fr_wc}}{fr_r_long}",
    "{fr_i}Active worker limit reached, quitting. {{fr_wc}}{fr_r_active}",
    "{fr_n}Inbox delivery has a server failure {\"inbox\":\"{fr_inbox}\",{fr_wc}}{fr_r_inbox}",
    "{fr_n}Parent not found, message will be discarded. {\"thr-parent\":\"{fr_url}\",{fr_wc}}{fr_r_parent}",
    "{fr_n}New retrial for task {\"id\":{fr_id},\"created\":\"{fr_dt}\",\"old\":{small},\"new\":{small},{fr_wc}}{fr_r_retr}",
)
SLOTS.update({
    "fr_i": _fr_head("INFO"), "fr_n": _fr_head("NOTICE"), "fr_wc": _fr_wc,
    "fr_r_start": _fr_rec("Worker.php", 542, "execFunction"), "fr_r_done": _fr_rec("Worker.php", 613, "execFunction"), "fr_r_spawn": _fr_rec("Worker.php", 1158, "spawnWorker"),
    "fr_r_end": _fr_rec("Worker.php", 1188, "spawnWorker"), "fr_r_prio": _fr_rec("Worker.php", 998, "nextPriority"), "fr_r_conn": _fr_rec("Worker.php", 698, "maxConnectionsReached"),
    "fr_r_def": _fr_rec("Worker.php", 1421, "defer"), "fr_r_dlv": _fr_rec("Delivery.php", 164, "deliverToInbox"), "fr_r_none": _fr_rec("Worker.php", 913, "getWorkerIdsByPriority"),
    "fr_r_long": _fr_rec("Worker.php", 610, "execFunction"), "fr_r_active": _fr_rec("Worker.php", 179, "checkMaxLoad"), "fr_r_inbox": _fr_rec("Delivery.php", 51, "execute"),
    "fr_r_parent": _fr_rec("Processor.php", 357, "prepareObjectData"), "fr_r_retr": _fr_rec("Worker.php", 1363, "defer"),
    "fr_prio": choice(("10", "20", "30", "40", "50", "20", "40")), "fr_id": lambda r: str(r.randint(1000, 99_000_000)), "fr_func": choice(_FR_CMDS),
    "fr_dur": lambda r: repr(round(r.uniform(0, 10 ** r.randint(0, 3)), 3)), "fr_c": lambda r: str(r.randint(0, 150)), "fr_cmax": choice(("151", "200", "300")),
    "fr_dt": lambda r: f"2026-11-{day(r):02d} {clock(r)}", "fr_ret": choice(("0", "404", "410", "500", "502", "503", "401", "429")), "fr_bool": choice(("false", "false", "true")),
    "fr_apcmd": choice(("post", "comment", "like", "announce", "delete", "update")), "fr_inbox": _fr_inbox,
    "fr_url": lambda r: f"https://{r.choice(('mastodon.social', 'lemmy.world', 'fosstodon.org', 'friendica.example.net'))}/{r.choice(('objects', 'display', 'post', 'users/x/statuses'))}/{hexs(r, 16)}",
})
# ---------------------------------------------------------------- rt (Perl; Request Tracker with $LogToFile, /opt/rt5/var/log/rt.log, file callback of RT::InitLogging:
# "[2114] [Thu Nov 26 06:20:12 2026] [info]: <rt-5.0.7-2114-1764138012-1532.4711-7-0@example.com> #4711/98213 - Scrip 7 On Create Autoreply To Requestors
# (/opt/rt5/sbin/../lib/RT/Action/SendEmail.pm:294)" -- pid, gmtime, level and the trailing "(file:line)" are the callback's)
_RT_ORGS = ("example.com", "support.example.org", "helpdesk.acme.example", "rt.uni-example.de")
_RT_QUEUES = ("General", "Support", "IT Helpdesk", "Sales", "Security", "Facilities", "Billing", "NOC")
_RT_SCRIPS = ("On Create Autoreply To Requestors", "On Create Notify AdminCcs", "On Correspond Notify Requestors and Ccs", "On Correspond Notify AdminCcs",
              "On Comment Notify AdminCcs as Comment", "On Resolve Notify Requestors", "On Owner Change Notify Owner", "")
_RT_MAILS = ("jane.doe@example.com", "ops@acme.example", "m.mueller@uni-example.de", "support@vendor.example.net", "bob@home.lan", "noc@example.org")


def _rt_head(lvl: str, src: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        _LINE["rt_src"] = src
        return f"[{r.choice((2114, 2114, 2117, 30552, 30561))}] [{r.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))} Nov {day(r):2d} {clock(r)} 2026] [{lvl}]: "
    return head


def _rt_tail(r: R) -> str:
    return f" ({r.choice(('/opt/rt5/sbin/..', '/opt/rt5/bin/..', '/usr/share/request-tracker5'))}/lib/RT/{_LINE.get('rt_src', 'Interface/Email.pm:848')})"


def _rt_msgid(r: R) -> str:
    return f"<rt-5.0.{r.choice((5, 7))}-{r.randint(1000, 40000)}-17641{r.randint(10000, 99999)}-{r.randint(0, 1999)}.{r.randint(1, 9000)}-{r.randint(1, 30)}-{r.randint(0, 2)}@{r.choice(_RT_ORGS)}>"


def _rt_hdrs(r: R) -> str:
    hs = [f" To: {r.choice(_RT_MAILS)}"] if r.random() < 0.8 else []
    if r.random() < 0.3:
        hs.append(f" Cc: {r.choice(_RT_MAILS)}")
    if r.random() < 0.4 or not hs:
        hs.append(f" Bcc: {', '.join(r.sample(_RT_MAILS, r.randint(1, 3)))}")
    return "".join(hs)


SOURCES["rt"] = ("bestpractical/rt", "72106ba9935f3a2bab3d55572066cbfbbdc7f9ab",
                 "lib/RT.pm (InitLogging file callback), lib/RT/Action/SendEmail.pm, lib/RT/Interface/Email.pm, lib/RT/Interface/Web.pm, lib/RT/Ticket.pm")
SYSTEMS["rt"] = (
    "{rt_scrip}{rt_msgid} #{rt_tid}/{rt_txn} - Scrip {rt_sid} {rt_sdesc}{rt_t}",
    "{rt_sent}{rt_msgid} sent {rt_hdrs}{rt_t}",
    "{rt_login}Successful login for {rt_user} from {ip}{rt_t}",
    "{rt_created}Ticket {rt_tid} created in queue '{rt_queue}' by {rt_user}{rt_t}",
    "{rt_norcpt}{rt_msgid} No recipients found. Not sending.{rt_t}",
    "{rt_fail}FAILED LOGIN for {rt_user} from {ip}{rt_t}",
    "{rt_squelch}{rt_msgid} Squelch header found. Not sending.{rt_t}",
    "{rt_auto}{rt_msgid} The incoming message was autogenerated. Not redistributing this message based on site configuration.{rt_t}",
    "{rt_unsafe}Rejecting unsafe path: {rt_path}{rt_t}",
    "{rt_csrf}Possible CSRF: {rt_csrfmsg}{rt_t}",
    "{rt_self}RT Received mail ({rt_msgid}) from itself.{rt_t}",
    "{rt_empty}Message is not sent as template #{rt_tpl} is empty{rt_t}",
    "{rt_sendfail}{rt_msgid}: Could not send mail with command `{rt_path2} {rt_args}`: {rt_err}{rt_t}",
)
SLOTS.update({
    "rt_scrip": _rt_head("info", "Action/SendEmail.pm:294"), "rt_sent": _rt_head("info", "Action/SendEmail.pm:325"), "rt_login": _rt_head("info", "Interface/Web.pm:1016"),
    "rt_created": _rt_head("info", "Ticket.pm:629"), "rt_norcpt": _rt_head("info", "Interface/Email.pm:848"), "rt_fail": _rt_head("error", "Interface/Web.pm:1011"),
    "rt_squelch": _rt_head("info", "Interface/Email.pm:853"), "rt_auto": _rt_head("info", "Action/SendEmail.pm:845"), "rt_unsafe": _rt_head("info", "Interface/Web.pm:1389"),
    "rt_csrf": _rt_head("notice", "Interface/Web.pm:2041"), "rt_self": _rt_head("crit", "Interface/Email.pm:517"), "rt_empty": _rt_head("info", "Interface/Email.pm:1079"),
    "rt_sendfail": _rt_head("crit", "Interface/Email.pm:969"), "rt_t": _rt_tail,
    "rt_msgid": _rt_msgid, "rt_tid": lambda r: str(r.randint(100, 250000)), "rt_txn": lambda r: str(r.randint(1000, 9_000_000)),
    "rt_sid": lambda r: str(r.randint(1, 40)), "rt_sdesc": choice(_RT_SCRIPS), "rt_hdrs": _rt_hdrs,
    "rt_user": lambda r: r.choice((r.choice(USERS), r.choice(_RT_MAILS), "root")), "rt_queue": choice(_RT_QUEUES),
    "rt_path": choice(("/../etc/passwd", "/NoAuth/../../etc/RT_SiteConfig.pm", "/Ticket/../../../var/log/rt.log", "/static/../..//etc/shadow")),
    "rt_csrfmsg": choice(("Your browser did not supply a Referrer header", "The Referrer header supplied by your browser (https://evil.example.net/x) is not allowed by RT's configured hostname (rt.example.com) or whitelisted hosts (rt.example.com:443)",
                          "Your browser supplied a Referrer header (https://mail.google.com/) that is not allowed")),
    "rt_tpl": lambda r: str(r.randint(1, 60)), "rt_path2": choice(("/usr/sbin/sendmail", "/usr/sbin/sendmail", "/usr/bin/msmtp")), "rt_args": choice(("-oi -t -f rt@example.com", "-oi -t", "-oi -t -f support@example.org")),
    "rt_err": choice(("Broken pipe", "sendmail exited with 75", "Can't exec \"/usr/sbin/sendmail\": No such file or directory", "sendmail exited with 1")),
})
# ---------------------------------------------------------------- cromwell (Scala; `cromwell server` with LOG_MODE=standard, server/src/main/resources/logback.xml
# "%ed{yyyy-MM-dd HH:mm:ss,SSS} %et %-5level - %msg": "2026-11-26 06:20:12,123 cromwell-system-akka.dispatchers.engine-dispatcher-34 INFO  - WorkflowExecutionActor-<id>
# [UUID(1a2b3c4d)]: Starting hello.hello" -- time, thread, level and the workflow/job loggers' "<logger> [UUID(..)]: " tag (LoggerWrapper.format) are the logger's)
_CW_WF = ("HaplotypeCallerGvcf_GATK4", "PairedEndSingleSampleWorkflow", "ReadsPipeline", "hello", "MultiSampleQC", "rnaseq_pipeline", "VariantCalling", "CNVSomaticPairWorkflow")
_CW_CALLS = ("HaplotypeCaller", "MergeGVCFs", "SortSam", "MarkDuplicates", "BaseRecalibrator", "ApplyBQSR", "CollectMetrics", "FastQC", "Align", "hello")


def _cw_head(lvl: str, pool: str = "engine-dispatcher", who: str = "") -> Callable[[R], str]:
    def head(r: R) -> str:
        wf = uuid4(r)
        _LINE["cw_wf"] = wf
        tag = ""
        if who == "wf":
            tag = f"WorkflowExecutionActor-{wf} [UUID({wf[:8]})]: "
        elif who == "job":
            tag = (f"{r.choice(('BackgroundConfigAsyncJobExecutionActor', 'PipelinesApiAsyncBackendJobExecutionActor', 'AwsBatchAsyncBackendJobExecutionActor'))} "
                   f"[UUID({wf[:8]}){r.choice(_CW_WF)}.{r.choice(_CW_CALLS)}:{r.choice(('NA', str(r.randint(0, 40))))}:{r.randint(1, 3)}]: ")
        elif who == "wa":
            tag = f"WorkflowActor-{wf} [UUID({wf[:8]})]: "
        return f"2026-11-{day(r):02d} {clock(r)},{_frac(r, 3)} cromwell-system-akka.{pool}-{r.randint(2, 180)} {lvl:<5} - {tag}"
    return head


def _cw_fqn(r: R) -> str:
    return f"{r.choice(_CW_WF)}.{r.choice(_CW_CALLS)}"


SOURCES["cromwell"] = ("broadinstitute/cromwell", "c805f3c561326aa645411be97b36a98f3baeb618",
                       "server/src/main/resources/logback.xml (STANDARD pattern), core/src/main/scala/cromwell/core/logging/LoggerWrapper.scala / WorkflowLogger.scala / JobLogger.scala, "
                       "engine/.../workflow/WorkflowManagerActor.scala, engine/.../workflowstore/WorkflowStoreEngineActor.scala, WorkflowStoreSubmitActor.scala, "
                       "engine/.../lifecycle/execution/WorkflowExecutionActor.scala, engine/.../workflow/WorkflowActor.scala, backend/.../standard/StandardAsyncExecutionActor.scala")
SYSTEMS["cromwell"] = (
    "{cw_job}Status change from {cw_st} to {cw_st}",
    "{cw_wfl}{cw_mode} {cw_calls}",
    "{cw_job}job id: {cw_jobid}",
    "{cw_wma}Retrieved {small} workflows from the WorkflowStoreActor",
    "{cw_wma}Fetching {small} new workflows ({n} workflows and {n} subworkflows in flight), no groups excluded from workflow launch.",
    "{cw_wsea}{small} new workflows fetched by {cw_cid}: {cw_ids}",
    "{cw_job}`{cw_cmd}`",
    "{cw_wfl}Job results retrieved ({cw_rgm}): '{cw_fqn}' (scatter index: {cw_idx}, attempt {cw_att})",
    "{cw_wma}{cw_tag}: Workflow actor for {cw_id} completed with status '{cw_final}'. The workflow will be removed from the workflow store.",
    "{cw_wssa}{cw_type} ({cw_tver}) workflow {cw_id} submitted",
    "{cw_wma}{cw_tag}: Workflow {cw_id} failed (during {cw_state}): {cw_reason}",
    "{cw_wfl}Retrying job execution for {cw_fqn}:{cw_idx}:{cw_att}",
    "{cw_wsea}Abort requested for workflow {cw_id}.",
    "{cw_wsea}Status changed to 'Submitted' for {cw_id}",
    "{cw_wal}Successfully deleted intermediate output file(s) for root workflow {cw_id}.",
)
SLOTS.update({
    "cw_job": _cw_head("INFO", "dispatchers.backend-dispatcher", "job"), "cw_wfl": _cw_head("INFO", "dispatchers.engine-dispatcher", "wf"),
    "cw_wma": _cw_head("INFO"), "cw_wsea": _cw_head("INFO", "actor.default-dispatcher"), "cw_wssa": _cw_head("INFO", "actor.default-dispatcher"),
    "cw_wal": _cw_head("INFO", "dispatchers.engine-dispatcher", "wa"),
    "cw_st": choice(("Initializing", "Running", "Done", "WaitingForReturnCode", "Submitted", "Cancelled", "Failed", "RUNNABLE", "STARTING", "RUNNING", "SUCCEEDED")),
    "cw_mode": choice(("Starting", "Starting", "Restarting")),
    "cw_calls": lambda r: ", ".join(f"{_cw_fqn(r)}" + (f" ({r.randint(2, 400)} shards)" if r.random() < 0.3 else "") for _ in range(r.randint(1, 3))),
    "cw_jobid": lambda r: r.choice((str(r.randint(1000, 99999)), f"projects/{r.randint(10**11, 10**12)}/locations/us-central1/operations/{r.randint(10**18, 10**19)}", uuid4(r))),
    "cw_cid": choice(("cromid-5a1b2c3", "cromid-0f9e8d7", "cromwell-backend-1")), "cw_ids": lambda r: ", ".join(uuid4(r) for _ in range(r.randint(1, 3))),
    "cw_cmd": choice(("echo 'Hello World!'", "gatk --java-options \"-Xmx4g\" HaplotypeCaller -R ref.fasta -I sample.bam -O sample.g.vcf.gz -ERC GVCF",
                      "samtools sort -@ 4 -o sorted.bam input.bam", "bwa mem -t 8 -R '@RG\\tID:A\\tSM:S1' ref.fa r1.fq.gz r2.fq.gz > aln.sam", "fastqc -o . reads_1.fastq.gz")),
    "cw_rgm": choice(("CallCached", "CallCached", "RunOnBackend")), "cw_fqn": _cw_fqn, "cw_idx": lambda r: r.choice(("None", f"Some({r.randint(0, 300)})")),
    "cw_att": lambda r: str(r.randint(1, 3)), "cw_tag": choice(("WorkflowManagerActor",)), "cw_id": lambda r: _LINE.get("cw_wf") or uuid4(r),
    "cw_final": choice(("Succeeded", "Succeeded", "Failed", "Aborted")), "cw_type": choice(("WDL", "WDL", "CWL")), "cw_tver": choice(("1.0", "draft-2", "v1.0", "development")),
    "cw_state": choice(("MaterializingWorkflowDescriptorState", "InitializingWorkflowState", "ExecutingWorkflowState", "FinalizingWorkflowState")),
    "cw_reason": choice(("Job HaplotypeCaller:3:1 exited with return code 137 which has not been declared as a valid return code.",
                         "Required workflow input 'ReadsPipeline.sample_name' not specified",
                         "Failed to evaluate input 'ref_fasta' (reason 1 of 1): java.io.FileNotFoundException: gs://bucket/ref.fasta",
                         "The job was aborted from outside Cromwell")),
})
# ---------------------------------------------------------------- cardano-node (Haskell; new tracing system, human-readable stdout of a relay under systemd (journalctl -o cat):
# "[relay-1:Cardano.Node.ChainDB.AddBlockEvent.AddedToCurrentChain:Notice:48] [2026-11-26 06:20:12.3459 UTC] Chain extended, new tip: <hash> at slot 142302713"
# -- host, namespace, severity, thread and time are trace-dispatcher's human formatter; the message is the tracer's forHuman text, points rendered
# "<hash> at slot <n>" by Render.hs)
_CN_HOSTS = ("relay-1", "relay-2", "bp-core", "relay-ams", "cardano-relay-01", "spo-relay-fra")


def _cn_head(ns: str, sev: str) -> Callable[[R], str]:
    return lambda r: f"[{r.choice(_CN_HOSTS)}:Cardano.Node.{ns}:{sev}:{r.randint(5, 120)}] [2026-11-{day(r):02d} {clock(r)}.{_frac(r, r.randint(2, 4))} UTC] "


def _cn_slot(r: R) -> str:
    return str(r.randint(139_000_000, 143_000_000))


def _cn_pt(r: R) -> str:
    return f"{hexs(r, 64)} at slot {_cn_slot(r)}"


SOURCES["cardano-node"] = ("IntersectMBO/cardano-node", "0a21a7437fb9d38060b297c5997275d316e60d5c",
                           "cardano-node/src/Cardano/Node/Tracing/Tracers/ChainDB.hs (forHuman), cardano-node/src/Cardano/Node/Tracing/Render.hs (point phrases)")
SYSTEMS["cardano-node"] = (
    "{cn_ext}Chain extended, new tip: {cn_pt}",
    "{cn_fits}Block fits onto the current chain: {cn_pt}",
    "{cn_q}Block added to queue: {cn_pt}, queue size {small}",
    "{cn_pop}Popped block from queue: {cn_pt}",
    "{cn_copy}Copied block {cn_pt} to the ImmDB",
    "{cn_gcp}Performed a garbage collection for {cn_slot}",
    "{cn_gcs}Scheduled a garbage collection for {cn_slot}",
    "{cn_valid}Valid candidate {cn_pt}",
    "{cn_fork}Switched to a fork, new tip: {cn_pt} Reason: {cn_reason}",
    "{cn_ign}Ignoring block already in DB: {cn_pt}",
    "{cn_inv}Invalid block {cn_pt}: {cn_err}",
    "{cn_replay}Replayed block: slot {cn_slot} out of {cn_slot}. Progress: {cn_pct}%",
    "{cn_snap}Replaying ledger from snapshot {cn_snapv} at {cn_pt}",
    "{cn_open}Opened db with immutable tip at {cn_pt} and tip {cn_pt}",
    "{cn_unst}Chain Selection was unstarved by {cn_rp}",
)
SLOTS.update({
    "cn_ext": _cn_head("ChainDB.AddBlockEvent.AddedToCurrentChain", "Notice"), "cn_fits": _cn_head("ChainDB.AddBlockEvent.AddBlockValidation.ValidCandidate", "Info"),
    "cn_q": _cn_head("ChainDB.AddBlockEvent.AddedBlockToQueue", "Debug"), "cn_pop": _cn_head("ChainDB.AddBlockEvent.PoppedBlockFromQueue", "Debug"),
    "cn_copy": _cn_head("ChainDB.CopyToImmutableDBEvent.CopiedBlockToImmutableDB", "Debug"), "cn_gcp": _cn_head("ChainDB.GCEvent.PerformedGC", "Debug"),
    "cn_gcs": _cn_head("ChainDB.GCEvent.ScheduledGC", "Debug"), "cn_valid": _cn_head("ChainDB.AddBlockEvent.AddBlockValidation.CandidateContainsFutureBlocks", "Info"),
    "cn_fork": _cn_head("ChainDB.AddBlockEvent.SwitchedToAFork", "Notice"), "cn_ign": _cn_head("ChainDB.AddBlockEvent.IgnoreBlockAlreadyInVolatileDB", "Info"),
    "cn_inv": _cn_head("ChainDB.AddBlockEvent.AddBlockValidation.InvalidBlock", "Error"), "cn_replay": _cn_head("ChainDB.LedgerEvent.Replay.ReplayedBlock", "Info"),
    "cn_snap": _cn_head("ChainDB.LedgerEvent.Replay.ReplayFromSnapshot", "Info"), "cn_open": _cn_head("ChainDB.OpenEvent.OpenedDB", "Info"),
    "cn_unst": _cn_head("ChainDB.ChainSelStarvationEvent", "Debug"),
    "cn_pt": _cn_pt, "cn_snapv": lambda r: f"DiskSnapshot {{dsNumber = {_cn_slot(r)}, dsSuffix = Nothing}}", "cn_slot": _cn_slot, "cn_rp": lambda r: f"{hexs(r, 64)}@{_cn_slot(r)}", "cn_pct": lambda r: f"{r.uniform(0, 100):.2f}",
    "cn_reason": lambda r: r.choice((f"candidate is longer ({r.randint(12_000_000, 12_100_000)}) than our selection ({r.randint(12_000_000, 12_100_000)})",
                                     "candidate is an extension of our selection", f"candidate has lower VRF (VRF {hexs(r, 12)}) than our selection (VRF {hexs(r, 12)})",
                                     f"candidate has higher OCert ({r.randint(1, 30)}) than our selection ({r.randint(1, 30)})")),
    "cn_err": choice(("ExtValidationErrorHeader (HeaderProtocolError (HardForkValidationErrFromEra S (S (S (S (S (Z (WrapValidationErr {unwrapValidationErr = VRFKeyBadProof}))))))))",
                      "ExtValidationErrorLedger (HardForkLedgerErrorFromEra S (S (S (S (S (Z (WrapLedgerErr {unwrapLedgerErr = BBodyError (BlockTransitionError [WrongBlockBodySizeBBODY]))}))))))",
                      "ExtValidationErrorHeader (HeaderEnvelopeError (UnexpectedBlockNo (BlockNo 12000123) (BlockNo 12000125)))")),
})
# ---------------------------------------------------------------- fastnetmon (C++; DDoS detector, /var/log/fastnetmon.log through log4cpp's PatternLayout "%d [%p] %m%n"
# (src/fastnetmon.cpp): "2026-11-26 06:20:12,123 [INFO] We have detected attack for 10.1.2.3 using packets per second threshold in direction incoming host group: global"
# -- date and priority are the layout's; each message is one chain of literal pieces and values streamed into the logger)
_FN_HG = ("global", "global", "customers", "hosting_vps", "dns_servers", "my_hosts", "colo_rack12")


def _fn_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)},{_frac(r, 3)} [{lvl}] "


def _fn_ip(r: R) -> str:
    if "fn_ip" not in _LINE:
        _LINE["fn_ip"] = r.choice((f"185.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                                   f"198.51.100.{r.randint(1, 254)}", f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 254)}"))
    return _LINE["fn_ip"]


SOURCES["fastnetmon"] = ("pavel-odintsov/fastnetmon", "e6056e77b023526af9e247dac0a0ffa2030a5693",
                         "src/fastnetmon.cpp (PatternLayout), src/fastnetmon_logic.cpp, src/netflow_plugin/ipfix_collector.cpp")
SYSTEMS["fastnetmon"] = (
    "{fn_i}We have detected attack for {fn_ip} using {fn_thr} threshold in direction {fn_dir} host group: {fn_hg}",
    "{fn_i}We run attack block code with following params in: {fn_pps} pps {fn_mbps} mbps out: {fn_pps} pps {fn_mbps} mbps and we decided it's {fn_dir} attack",
    "{fn_i}Call script for ban client: {fn_ip}",
    "{fn_i}Script for ban client is finished: {fn_ip}",
    "{fn_i}Call script for unban client: {fn_ip}",
    "{fn_i}Script for unban client is finished: {fn_ip}",
    "{fn_i}Skip unban operation for {fn_ip} because attack is still active",
    "{fn_e}Short IPFIX options template header {small} bytes. Agent IP: {ip}",
    "{fn_i}IPv6 address {fn_ip6} was banned",
    "{fn_i}We have detected IPv6 attack for {fn_ip6} with {fn_thr} threshold host group: {fn_hg}",
    "{fn_e}Traffic was calculated in: {small} sec {fn_us} microseconds",
    "{fn_e}ALERT. Toolkit working incorrectly. We should calculate speed counters in <1 second",
    "{fn_e}Template ID for IPFIX options template should be bigger than 255, got {fn_tid} Agent IP: {ip}",
    "{fn_i}Run banlist cleanup thread, we will awake every {fn_sleep} seconds",
    "{fn_i}We loaded {small} networks from networks file",
    "{fn_i}Successfully allocated {fn_cnt} counters",
)
SLOTS.update({
    "fn_i": _fn_head("INFO"), "fn_e": _fn_head("ERROR"), "fn_ip": _fn_ip,
    "fn_thr": choice(("packets per second", "bits per second", "flows per second", "tcp syn packets per second", "udp packets per second", "icmp bits per second")),
    "fn_dir": choice(("incoming", "incoming", "outgoing")), "fn_hg": choice(_FN_HG), "fn_pps": lambda r: str(r.randint(0, 10 ** r.randint(3, 7))),
    "fn_mbps": lambda r: str(r.randint(0, 10 ** r.randint(1, 5))), "fn_ip6": lambda r: f"2001:db8:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::/64",
    "fn_us": lambda r: str(r.randint(0, 999999)), "fn_tid": lambda r: str(r.randint(0, 255)), "fn_sleep": choice(("60", "60", "30", "15")),
    "fn_cnt": choice(("65536", "131072", "262144", "1048576", "16384")),
})
# ---------------------------------------------------------------- gogs (Go; self-hosted Git service, log/gogs.log through unknwon/clog's file logger at the shipped
# [log] LEVEL = Trace: "2026/11/26 06:20:12 [TRACE] Doing: MirrorUpdate", errors with the caller "[ERROR] [...internal/database/mirror.go:380 MirrorUpdate()] ..."
# -- date, level and the caller location are clog's)
_GO_REPOS = ("alice/dotfiles", "infra/ansible", "ops/terraform-modules", "mirrors/linux-firmware", "bob/website", "team/api-server", "mirrors/nixpkgs", "carol/notes")


def _go_head(lvl: str, where: str = "") -> Callable[[R], str]:
    return lambda r: f"2026/11/{day(r):02d} {clock(r)} [{lvl}] " + (f"[...{where}] " if where else "")


def _go_info(r: R) -> str:
    return r.choice((f"UID: {r.randint(1, 900)}, activate email", f"UID: {r.randint(1, 900)}, reset password", f"UID: {r.randint(1, 900)}, registration notify",
                     f"Subject: [{r.choice(_GO_REPOS)}] {r.choice(('Fix typo in README', 'Add CI config', 'Bump deps', 'Crash on startup'))} (#{r.randint(1, 400)}), issue comment",
                     f"UID: {r.randint(1, 900)}, add collaborator"))


SOURCES["gogs"] = ("gogs/gogs", "eb1054e5432fc8397678372f08613429be233d7c",
                   "internal/database/mirror.go, internal/database/repo.go, internal/database/webhook.go, internal/database/ssh_key.go, internal/email/message.go, "
                   "internal/route/lfs/route.go, internal/route/lfs/basic.go (clog file layout)")
SYSTEMS["gogs"] = (
    "{go_t}Hook delivered: {uuid}",
    "{go_t}DeliverHooks [repo_id: {go_id}]",
    "{go_t}SyncMirrors [repo_id: {go_id}]",
    "{go_t}SyncMirrors [repo_id: {go_id}]: no commits fetched",
    "{go_t}Doing: MirrorUpdate",
    "{go_t}New e-mail sending request {go_to}: {go_info}",
    "{go_t}E-mails sent {go_to}: {go_info}",
    "{go_t}[LFS] Authenticated user: {go_user}",
    "{go_t}Hook delivery failed: {uuid}",
    "{go_t}Doing: CheckRepoStats",
    "{go_t}Doing: GitFsck",
    "{go_e_mail}Failed to send emails {go_to}: {go_info} - {go_err}",
    "{go_t}[LFS] Object created \"{go_oid}\"",
    "{go_e_lfs}Failed to authenticate user [name: {go_user}]: {go_aerr}",
    "{go_e_sync}Mirror.runSync: Source URL of mirror repository '{go_repo}' resolves to a blocked local address: {go_addr}",
    "{go_t}Key info [native: {go_bool}]: {go_kt}-{go_kl}",
)
SLOTS.update({
    "go_t": _go_head("TRACE"), "go_e_mail": _go_head("ERROR", "gogs/internal/email/message.go:124 processMailQueue()"),
    "go_e_lfs": _go_head("ERROR", "gs/internal/route/lfs/route.go:64 1()"), "go_e_sync": _go_head("ERROR", "s/internal/database/mirror.go:267 runSync()"),
    "go_id": lambda r: str(r.randint(1, 3000)), "go_to": lambda r: f"[{r.choice(USERS)}@{r.choice(('example.com', 'gmail.com', 'corp.example.net'))}]", "go_info": _go_info,
    "go_user": choice(USERS), "go_err": choice(("dial tcp 10.0.0.25:587: connect: connection refused", "535 5.7.8 Authentication credentials invalid",
                                                 "gomail: could not send email 1: 550 5.1.1 User unknown", "x509: certificate signed by unknown authority")),
    "go_oid": lambda r: hexs(r, 64), "go_aerr": choice(("user does not exist", "invalid credentials", "user is not allowed to sign in")),
    "go_repo": choice(_GO_REPOS), "go_addr": choice(("http://git.internal.lan/mirror.git", "https://169.254.169.254/latest/", "http://localhost:3000/x/y.git")),
    "go_bool": choice(("true", "false")), "go_kt": choice(("ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256")), "go_kl": choice(("256", "3072", "4096", "2048")),
})
# ==== END OF PROGRAMS


SET = GeneratedSet(prefix="u14", seed=SEED, systems=SYSTEMS, sources=SOURCES, slots=SLOTS, line=_LINE)
lines = SET.lines


if __name__ == "__main__":
    SET.main(__doc__)
