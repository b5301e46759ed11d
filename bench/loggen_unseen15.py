"""The UNSEEN15-S14 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py .. loggen_unseen14.py, SOURCES of earlier sets), not in LogHub's 16 and
not in hybridlogparser's sets.

Written 2026-11-26 (session 14) by helper S14-unseen15 and kept OUTSIDE the repo until the lead has scored
Millpond's miner on it: the miner's tuners share the machine.

    PYTHONPATH=/work/main/bench python loggen_unseen15.py --out /work/unseen-data15 -n 2000   # writes u15-<program>.tsv.gz
    PYTHONPATH=/work/main/bench python loggen_unseen15.py --verify                            # template literals vs the sources

Ground truth (the rule of loggen_unseen3.py .. loggen_unseen14.py): one format string / log call in the program's
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

from loggen_kit import R, USERS, b62, base_slots, choice, clock, day, GeneratedSet, hexs, ip4, syslog_head, uuid4

_LINE: dict[str, str] = {}  # values one line's header chose that its message repeats; reset per line
SEED = 151126  # the set's seed
SLOTS = base_slots()
SYSTEMS: dict[str, tuple[str, ...]] = {}
SOURCES: dict[str, tuple[str, str, str]] = {}  # program: (repository, commit read, files holding the format strings)


def _frac(r: R, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _hp(r: R) -> str:
    return f"{ip4(r)}:{r.randint(1024, 65535)}"


def _once(key: str, make: Callable[[R], str]) -> Callable[[R], str]:
    """A value drawn once per line and repeated wherever the line's template names it again."""
    def get(r: R) -> str:
        if key not in _LINE:
            _LINE[key] = make(r)
        return _LINE[key]
    return get


# ---------------------------------------------------------------- minidlnad (C; UPnP/DLNA media server, its own log file /var/log/minidlna.log
# (log_level=...=info): "[2026/11/26 06:20:12] inotify.c:254: info: Added watch to /srv/media/Music [42]" -- date, the caller's file:line and
# the level name are log_err()'s)
_MD_DIRS = ("/srv/media/Music", "/srv/media/Video", "/srv/media/Pictures", "/mnt/nas/movies", "/mnt/nas/tv", "/home/pi/Music", "/media/usb0/Films",
            "/var/lib/minidlna/media", "/data/Photos/2024", "/mnt/nas/tv/Severance/Season 2")
_MD_FILES = ("01 - Intro.flac", "track07.mp3", "IMG_2231.JPG", "Severance.S02E03.1080p.mkv", "The Matrix (1999).avi", "cover.jpg", "notes.txt", "holiday.m3u",
             "DSC00412.ARW", "04 So What.m4a", "movie.nfo", "clip_0012.mts", "Thumbs.db", "desktop.ini", "video.webm")


def _md_head(src: str, lvl: str) -> Callable[[R], str]:
    return lambda r: f"[2026/11/{day(r):02d} {clock(r)}] {src}: {lvl}: "


SOURCES["minidlnad"] = ("azatoth/minidlna", "eff77615abf6087c76647ed57b8878280a6cd215",
                        "log.c (log_err layout), inotify.c, upnphttp.c, metadata.c, minissdp.c, scanner.c, playlist.c, albumart.c, minidlna.c")
SYSTEMS["minidlnad"] = (
    "{md_iw}Added watch to {md_dir} [{md_wd}]",
    "{md_ssdp}SSDP M-SEARCH from {ip}:{port} ST: {md_st}, MX: {md_mx}, MAN: {md_man}",
    "{md_404}{md_url} not found, responding ERROR 404",
    "{md_ext}Unhandled file extension on {md_path}",
    "{md_closed}HTTP Connection closed unexpectedly",
    "{md_scan}Scanning {md_dir} finished ({md_cnt} files)!",
    "{md_acc}Could not access {md_path} [{errno}]",
    "{md_tags}Cannot extract tags from {md_path}!",
    "{md_open}Opening {md_path} failed!",
    "{md_udp}Unknown udp packet received from {ip}:{port}",
    "{md_bad}WARNING: Ignoring invalid SSDP M-SEARCH from {ip} [bad source port {md_sport}]",
    "{md_pl}Bad playlist [{md_path}]",
    "{md_art}Invalid embedded album art in {md_file}",
    "{md_cmd}Unsupported HTTP Command {md_verb}",
    "{md_start}Starting MiniDLNA version 1.1.0-cvs [SQLite {md_sqlite}].",
    "{md_listen}HTTP listening on port {md_port}",
    "{md_sig}received signal {md_signo}, good-bye",
    "{md_db}Creating new database at {md_dbdir}/files.db",
)
SLOTS.update({
    "md_iw": _md_head("inotify.c:254", "info"), "md_ssdp": _md_head("minissdp.c:677", "info"), "md_404": _md_head("upnphttp.c:1010", "warn"),
    "md_ext": _md_head("metadata.c:399", "warn"), "md_closed": _md_head("upnphttp.c:1050", "warn"), "md_scan": _md_head("scanner.c:803", "warn"),
    "md_acc": _md_head("inotify.c:434", "warn"), "md_tags": _md_head("metadata.c:413", "warn"), "md_open": _md_head("metadata.c:748", "warn"),
    "md_udp": _md_head("minissdp.c:733", "warn"), "md_bad": _md_head("minissdp.c:645", "info"), "md_pl": _md_head("playlist.c:51", "warn"),
    "md_art": _md_head("albumart.c:249", "warn"), "md_cmd": _md_head("upnphttp.c:1026", "warn"), "md_start": _md_head("minidlna.c:889", "warn"),
    "md_listen": _md_head("minidlna.c:990", "warn"), "md_sig": _md_head("minidlna.c:155", "warn"), "md_db": _md_head("minidlna.c:912", "warn"),
    "md_dir": choice(_MD_DIRS), "md_wd": lambda r: str(r.randint(1, 9000)), "md_file": choice(_MD_FILES),
    "md_path": lambda r: f"{r.choice(_MD_DIRS)}/{r.choice(_MD_FILES)}",
    "md_st": choice(("urn:schemas-upnp-org:device:MediaServer:1", "ssdp:all", "upnp:rootdevice", "urn:schemas-upnp-org:service:ContentDirectory:1",
                     "urn:dial-multiscreen-org:service:dial:1", "urn:schemas-upnp-org:device:MediaRenderer:1")),
    "md_mx": choice(("1", "2", "3", "5")), "md_man": choice(('"ssdp:discover"',)),
    "md_url": lambda r: r.choice(("/favicon.ico", "/robots.txt", f"/MediaItems/{r.randint(1, 40000)}.mkv", f"/AlbumArt/{r.randint(1, 9000)}-{r.randint(1, 40000)}.jpg",
                                  "/wp-login.php", "/Resized/120.jpg", "/.env", f"/Captions/{r.randint(1, 9000)}.srt")),
    "md_cnt": lambda r: str(r.randint(0, 10 ** r.randint(1, 5))), "md_sport": choice(("1900", "80", "443", "53", "123", "1024")),
    "md_verb": choice(("POST", "PUT", "OPTIONS", "DELETE", "PROPFIND", "CONNECT")), "md_sqlite": choice(("3.40.1", "3.45.1", "3.46.1", "3.34.1")),
    "md_port": choice(("8200", "8200", "8201", "9200")), "md_signo": choice(("15", "15", "2")),
    "md_dbdir": choice(("/var/cache/minidlna", "/var/lib/minidlna", "/tmp/minidlna")),
})
# ---------------------------------------------------------------- kvrocks (C++; Redis-compatible store on RocksDB, glog file <dir>/kvrocks.INFO:
# "I20261126 06:20:12.123456  4711 event_listener.cc:177] [event_listener/table_file_created] column family: default, ..." -- severity letter,
# date, time, thread id and the caller's file:line] are glog's prefix; each message is one chain of literals and values streamed into LOG())
_KR_CF = ("default", "default", "metadata", "zset_score", "pubsub", "propagate", "stream", "search")
_KR_CMPR = ("LevelL0FilesNum", "LevelMaxLevelSize", "ManualCompaction", "Flush", "FilesMarkedForCompaction", "Ttl", "ChangeOptions", "BottommostFiles")


def _kr_head(sev: str, src: str) -> Callable[[R], str]:
    return lambda r: f"{sev}202611{day(r):02d} {clock(r)}.{_frac(r, 6)} {r.choice((4711, 4711, 4712, 4725, 4733, 4740, 23017)):>5} {src}] "


def _kr_sst(r: R) -> str:
    return f"/var/lib/kvrocks/db/{r.randint(1, 999999):06d}.sst"


def _kr_range(r: R) -> str:
    a = r.randint(0, 16383)
    return r.choice((str(a), f"{a}-{min(16383, a + r.randint(1, 2000))}"))


SOURCES["kvrocks"] = ("apache/kvrocks", "5fccd57c66bc8f0e4138924fe6a0148931e5650f",
                      "src/cli/main.cc (glog), src/storage/event_listener.cc, src/storage/compaction_checker.cc, src/cluster/replication.cc, src/cluster/slot_migrate.cc, "
                      "src/server/server.cc, src/server/worker.cc, src/storage/storage.cc")
SYSTEMS["kvrocks"] = (
    "{kr_tfc}[event_listener/table_file_created] column family: {kr_cf}, file path: {kr_sst}, file size: {kr_size}, job_id: {kr_job}, reason: {kr_fcr}, status: {kr_ok}",
    "{kr_flc}[event_listener/flush_completed] column family: {kr_cf}, thread_id: {kr_tid}, job_id: {kr_job}, file: {kr_sst}, reason: {kr_flr}, is_write_slowdown: {kr_yn}, is_write_stall: {kr_yn}, largest seqno: {kr_seq}, smallest seqno: {kr_seq}",
    "{kr_cb}[event_listener/compaction_begin] column family: {kr_cf}, job_id: {kr_job}, compaction reason: {kr_cmpr}, output compression type: {kr_ct}, base input level(files): {small}({small}), output level(files): {small}({small}), input bytes: {kr_b}, output bytes:{kr_b}, is_manual_compaction:{kr_yn}",
    "{kr_cc}[event_listener/compaction_completed] column family: {kr_cf}, job_id: {kr_job}, compaction reason: {kr_cmpr}, output compression type: {kr_ct}, base input level(files): {small}({small}), output level(files): {small}({small}), input bytes: {kr_b}, output bytes:{kr_b}, is_manual_compaction:{kr_yn}, elapsed(micro): {kr_us}",
    "{kr_tfd}[event_listener/table_file_deleted] db: {kr_db}, sst file: {kr_sst}, status: {kr_ok}",
    "{kr_fetch}[fetch] Fetched {kr_file}, crc32: {kr_crc}, skip count: {kr_cnt}, fetch count: {kr_cnt}, progress: {kr_cnt}/{kr_cnt}",
    "{kr_psync}[replication] Try to use psync, next seq: {kr_seq}",
    "{kr_gtc}[compaction checker] Going to compact the key in file: {kr_sstname}, delete ratio: {kr_ratio}",
    "{kr_fcp}[compaction checker] Compact the key in file (force compact policy): {kr_sstname} finished, result: {kr_ok}",
    "{kr_stall}[event_listener/stall_cond_changed] column family: {kr_cf} write stall condition was changed, from {kr_stc} to {kr_stc}",
    "{kr_sched}[server] Schedule to compact the db, result: {kr_res}",
    "{kr_mig}[migrate] Start migrating slot(s) {kr_range} to {ip}:{kr_port}",
    "{kr_migok}[migrate] Succeed to migrate slot(s) snapshot, slot(s): {kr_range}, Migrated keys: {n}, Expired keys: {kr_cnt}, Empty keys: {kr_cnt}",
    "{kr_eof}[replication] connection error/eof, reconnect the master",
    "{kr_auth}[replication] Auth failed: {kr_autherr}",
    "{kr_ping}Ping slave[{kr_addr}] err: {kr_perr}, would stop the thread",
    "{kr_bk}[storage] Success to create new backup",
    "{kr_ready}[server] Ready to accept connections",
    "{kr_listen}[worker] Listening on: {kr_bind}:{kr_port}",
)
SLOTS.update({
    "kr_tfc": _kr_head("I", "event_listener.cc:177"), "kr_flc": _kr_head("I", "event_listener.cc:125"), "kr_cb": _kr_head("I", "event_listener.cc:79"),
    "kr_cc": _kr_head("I", "event_listener.cc:89"), "kr_tfd": _kr_head("I", "event_listener.cc:166"), "kr_fetch": _kr_head("I", "replication.cc:816"),
    "kr_psync": _kr_head("I", "replication.cc:518"), "kr_gtc": _kr_head("I", "compaction_checker.cc:137"), "kr_fcp": _kr_head("I", "compaction_checker.cc:117"),
    "kr_stall": _kr_head("W", "event_listener.cc:171"), "kr_sched": _kr_head("I", "server.cc:767"), "kr_mig": _kr_head("I", "slot_migrate.cc:125"),
    "kr_migok": _kr_head("I", "slot_migrate.cc:405"), "kr_eof": _kr_head("E", "replication.cc:181"), "kr_auth": _kr_head("E", "replication.cc:414"),
    "kr_ping": _kr_head("E", "replication.cc:98"), "kr_bk": _kr_head("I", "storage.cc:436"), "kr_ready": _kr_head("I", "server.cc:230"),
    "kr_listen": _kr_head("I", "worker.cc:75"),
    "kr_cf": choice(_KR_CF), "kr_sst": _kr_sst, "kr_sstname": lambda r: f"/{r.randint(1, 999999):06d}.sst", "kr_size": lambda r: str(r.randint(900, 10 ** r.randint(4, 9))),
    "kr_job": lambda r: str(r.randint(1, 90000)), "kr_fcr": choice(("flush", "flush", "compaction", "compaction", "recovery")), "kr_ok": choice(("OK",)),
    "kr_tid": lambda r: str(r.randint(0, 40)), "kr_flr": choice(("1", "4", "5", "7", "10")), "kr_yn": choice(("no", "no", "no", "yes")),
    "kr_seq": lambda r: str(r.randint(10 ** 5, 10 ** 11)), "kr_cmpr": choice(_KR_CMPR), "kr_ct": choice(("no", "snappy", "lz4", "zstd", "zstd")),
    "kr_b": lambda r: str(r.randint(0, 10 ** r.randint(5, 10))), "kr_us": lambda r: str(r.randint(800, 10 ** r.randint(4, 8))), "kr_db": choice(("/var/lib/kvrocks/db", "/data/kvrocks/db")),
    "kr_file": lambda r: r.choice((f"{r.randint(1, 999999):06d}.sst", "MANIFEST-000005", f"OPTIONS-{r.randint(5, 900):06d}", "CURRENT")),
    "kr_crc": lambda r: str(r.randint(0, 4294967295)), "kr_cnt": lambda r: str(r.randint(0, 3000)), "kr_ratio": lambda r: f"{r.uniform(0.1, 0.99):.6g}",
    "kr_stc": choice(("normal", "delay", "stop")), "kr_res": choice(("OK", "OK", "compact is running")), "kr_range": _kr_range, "kr_port": choice(("6666", "6666", "6379", "16666", "6667")),
    "kr_autherr": choice(("-ERR invalid password", "-NOAUTH Authentication required.", "-ERR Client sent AUTH, but no password is set")),
    "kr_addr": lambda r: f"{ip4(r)}:{r.randint(30000, 60999)}", "kr_perr": choice(("Connection reset by peer", "Broken pipe", "connection timed out", "EOF")),
    "kr_bind": choice(("0.0.0.0", "127.0.0.1", "::")),
})
# ---------------------------------------------------------------- registry (Go; CNCF Distribution registry v3 as a pull-through cache, `docker logs registry`:
# logrus TextFormatter with the shipped config's log.fields {service: registry, environment: prod}: 'time="2026-11-26T06:20:12.123456789Z" level=info
# msg="response completed" go.version=go1.23.7 http.request.host=... instance.id=... service=registry version=v3.0.0' -- time, level, the msg="..." quoting
# and every field after it (context values, request/response fields) are the logger's)
_RG_REPOS = ("library/nginx", "library/alpine", "library/postgres", "bitnami/redis", "grafana/grafana", "team/api-server", "ci/build-base", "library/python",
             "prometheus/node-exporter", "library/golang", "infra/terraform-runner", "library/ubuntu")
_RG_INST = ("3f1c9a52-6a0e-4d5b-9f43-2b8e1c7d0a96", "3f1c9a52-6a0e-4d5b-9f43-2b8e1c7d0a96", "b7e2d410-91c3-4f8a-a5d6-0c4e7f19b382")
_RG_UA = ("docker/27.3.1 go/go1.22.7 git-commit/41ca978 kernel/6.8.0-49-generic os/linux arch/amd64 UpstreamClient(Docker-Client/27.3.1 \\(linux\\))",
          "containerd/v1.7.24", "containerd/v2.0.0", "Go-http-client/1.1", "skopeo/1.16.1", "buildkit/v0.17", "cri-o/1.31.1 go/go1.22.9 os/linux arch/amd64")


def _rg_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"time=\"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, r.randint(6, 9))}Z\" level={lvl} msg=\""


def _rg_app(r: R) -> str:
    return f"\" environment=prod go.version=go1.23.7 instance.id={r.choice(_RG_INST)} service=registry version=v3.0.0"


def _rg_req(r: R, resp: bool = False, user: bool = False, err: bool = False) -> str:
    repo = r.choice(_RG_REPOS)
    ref = r.choice(("latest", "1.27", "3.20", "16-alpine", f"sha256:{hexs(r, 64)}", "v2.4.1", "main"))
    uri = r.choice((f"/v2/{repo}/manifests/{ref}", f"/v2/{repo}/blobs/sha256:{hexs(r, 64)}", "/v2/", f"/v2/{repo}/tags/list"))
    parts = []
    if user:
        parts.append(f"auth.user.name={r.choice(USERS)}")
    parts.append("environment=prod")
    if err:
        code, msg = r.choice((("MANIFEST_UNKNOWN", "\"manifest unknown\""), ("BLOB_UNKNOWN", "\"blob unknown to registry\""), ("UNAUTHORIZED", "\"authentication required\""),
                              ("NAME_UNKNOWN", "\"repository name not known to registry\""), ("DENIED", "\"requested access to the resource is denied\"")))
        parts += [f"err.code=\"{code.lower().replace('_', ' ')}\"", f"err.message={msg}"]
    parts += ["go.version=go1.23.7", f"http.request.host={r.choice(('registry.example.com', 'cr.internal:5000', 'mirror.lan:5000'))}", f"http.request.id={uuid4(r)}",
              f"http.request.method={r.choice(('GET', 'GET', 'GET', 'HEAD', 'PUT', 'PATCH', 'POST'))}", f"http.request.remoteaddr={ip4(r)}",
              f"http.request.uri=\"{uri}\"", f"http.request.useragent=\"{r.choice(_RG_UA)}\""]
    if resp:
        parts += [f"http.response.contenttype=\"{r.choice(('application/json', 'application/octet-stream', 'application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'))}\"",
                  f"http.response.duration={r.uniform(0.3, 900):.{r.randint(3, 6)}f}ms", f"http.response.status={r.choice((200, 200, 200, 201, 202, 307, 404, 401) if not err else (404, 401, 403))}",
                  f"http.response.written={r.randint(0, 10 ** r.randint(2, 8))}"]
    parts += [f"instance.id={r.choice(_RG_INST)}", "service=registry", f"vars.name=\"{repo}\"", f"vars.reference=\"{ref}\"", "version=v3.0.0"]
    return "\" " + " ".join(parts)


SOURCES["registry"] = ("distribution/distribution", "0d6b721dc3ceacb5d678c25b718b2f40a507c2d8",
                       "internal/dcontext/logger.go, internal/dcontext/http.go (fields), registry/handlers/app.go, registry/proxy/scheduler/scheduler.go, "
                       "registry/proxy/proxyregistry.go, registry/proxy/proxyblobstore.go, registry/proxy/proxymanifeststore.go, registry/proxy/proxyauth.go, "
                       "registry/auth/token/token.go, registry/storage/blobstore.go, notifications/listener.go, registry/registry.go")
SYSTEMS["registry"] = (
    "{rg_i}response completed{rg_resp}",
    "{rg_i}authorized request{rg_user}",
    "{rg_i}Adding new scheduler entry for {rg_repo}@{rg_dg} with ttl={rg_ttl}{rg_app}",
    "{rg_w}error authorizing context: {rg_autherr}{rg_req}",
    "{rg_e}response completed with error{rg_resperr}",
    "{rg_i}Challenge established with upstream: {rg_up}{rg_req}",
    "{rg_e}Error serving blob from local storage: {rg_lerr}{rg_req}",
    "{rg_e}Error adding manifest: {rg_uerr}{rg_req}",
    "{rg_e}error dispatching manifest push to listener: {rg_nerr}{rg_req}",
    "{rg_i}failed to verify token: {rg_terr}{rg_req}",
    "{rg_e}Scheduler error returned from OnExpire({rg_repo}@{rg_dg}): {rg_lerr}{rg_app}",
    "{rg_w}blobStore: stat {rg_dg} before put: {rg_lerr} (writing anyway){rg_req}",
    "{rg_i}Discovered token authentication URL: {rg_tok}{rg_app}",
    "{rg_i}Starting upload purge in {rg_purge}{rg_app}",
    "{rg_e}error resolving repository: {rg_rerr}{rg_req}",
    "{rg_e}storage driver health check: {rg_lerr}{rg_app}",
    "{rg_i}listening on {rg_addr}, tls{rg_app}",
)
SLOTS.update({
    "rg_i": _rg_head("info"), "rg_w": _rg_head("warning"), "rg_e": _rg_head("error"), "rg_app": _rg_app, "rg_req": _rg_req,
    "rg_resp": lambda r: _rg_req(r, resp=True), "rg_user": lambda r: _rg_req(r, user=True), "rg_resperr": lambda r: _rg_req(r, resp=True, err=True),
    "rg_repo": choice(_RG_REPOS), "rg_dg": lambda r: "sha256:" + hexs(r, 64),
    "rg_autherr": choice(("authorization token required", "authentication required", "insufficient scope", "token expired", "invalid token")),
    "rg_up": choice(("https://registry-1.docker.io", "https://ghcr.io", "https://quay.io", "https://registry.k8s.io")),
    "rg_lerr": lambda r: r.choice((f"s3aws: Path not found: /docker/registry/v2/blobs/sha256/{hexs(r, 2)}/{hexs(r, 64)}/data",
                                   f"filesystem: Path not found: /docker/registry/v2/repositories/{r.choice(_RG_REPOS)}/_manifests/tags/latest/current/link",
                                   "context canceled", "unexpected EOF", "s3aws: RequestError: send request failed")),
    "rg_uerr": choice(("context canceled", "unknown blob", "s3aws: RequestError: send request failed", "blob upload unknown")),
    "rg_nerr": choice(("queue closed", "context deadline exceeded", "broadcaster: sink closed")),
    "rg_terr": choice(("token is expired", "token signature is invalid: crypto/rsa: verification error", "token has invalid claims: token is expired",
                       "token is malformed: could not JSON decode header")),
    "rg_tok": choice(("https://auth.docker.io/token", "https://ghcr.io/token", "https://quay.io/v2/auth")),
    "rg_ttl": lambda r: f"{r.randint(0, 167)}h{r.randint(0, 59)}m{r.uniform(0, 59):.{r.randint(0, 9)}f}s".replace(".s", "s"),
    "rg_purge": choice(("24h0m0s", "17m0s", "42m0s", "3m0s", "58m0s")),
    "rg_rerr": choice(("repository name not known to registry", "invalid repository name", "context canceled")),
    "rg_addr": choice(("[::]:5000", "[::]:443", "0.0.0.0:5000")),
})
# ---------------------------------------------------------------- ssserver (Rust; shadowsocks-rust server, `ssserver -c /etc/shadowsocks-rust/config.json -v`
# under systemd, journalctl -o cat: tracing_subscriber fmt layer with target, thread name and id (src/logging/tracing.rs, level >= 1):
# "2026-11-26T06:20:12.123456789+00:00  WARN tokio-runtime-worker ThreadId(04) shadowsocks_service::server::tcprelay: tcp handshake failed. peer: ..."
# -- time, level, thread name/id and target are the layer's)


def _ss_head(lvl: str, target: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        th = r.choice(("tokio-runtime-worker", "tokio-runtime-worker", "tokio-runtime-worker", "main"))
        tid = 1 if th == "main" else r.randint(2, 17)
        return f"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 9)}{r.choice(('+00:00', '+00:00', '+08:00', '+03:00'))} {lvl:>5} {th} ThreadId({tid:02d}) {target}: "
    return head


def _ss_target(r: R) -> str:
    host = r.choice(("www.google.com", "api.telegram.org", "youtube.com", "i.ytimg.com", "github.com", "149.154.167.51", "www.instagram.com", "dns.google",
                     "gateway.icloud.com", "api.openai.com", "mtalk.google.com", "1.1.1.1", "discord.com", "[2001:4860:4860::8888]"))
    return f"{host}:{r.choice((443, 443, 443, 80, 53, 853, 5222, 5228))}"


_SS_TCP, _SS_UDP = "shadowsocks_service::server::tcprelay", "shadowsocks_service::server::udprelay"
SOURCES["ssserver"] = ("shadowsocks/shadowsocks-rust", "6b96a84b9943a5e6b267778e98992c1ff3c5bce1",
                       "src/logging/tracing.rs (fmt layer), crates/shadowsocks-service/src/server/tcprelay.rs, crates/shadowsocks-service/src/server/udprelay.rs, "
                       "crates/shadowsocks-service/src/server/mod.rs, crates/shadowsocks-service/src/server/server.rs, "
                       "crates/shadowsocks/src/relay/tcprelay/proxy_stream/server.rs, crates/shadowsocks/src/relay/udprelay/proxy_socket.rs")
SYSTEMS["ssserver"] = (
    "{ss_tcpw}tcp handshake failed. peer: {ss_peer}, {ss_herr}",
    "{ss_tcpe}tcp tunnel {ss_peer} -> {ss_tgt} connect failed, error: {ss_cerr}",
    "{ss_udpw}udp failed to send back {ss_n} bytes to client {ss_peer}, from target {ss_tgt}, error: {ss_cerr}",
    "{ss_udpe}udp relay {ss_peer} -> {ss_tgt} with {ss_n} bytes, error: {ss_cerr}",
    "{ss_tcpw}access denied from {ss_peer} by ACL rules",
    "{ss_tcpe}tcp client {ss_peer} outbound {ss_tgt} blocked by ACL rules",
    "{ss_udpe}udp relay {ss_peer} <- ... failed, error: {ss_cerr}",
    "{ss_udpw}udp client {ss_peer} outbound {ss_tgt} blocked by ACL rules",
    "{ss_udpe}udp client {ss_peer} packet_id {ss_pid} out of window",
    "{ss_psw}tcp header is separated in {ss_chunks} chunks, client is not following the AEAD-2022 spec",
    "{ss_sockw}UDP server client send {ss_n} bytes, but actually sent {ss_n} bytes",
    "{ss_udpe}udp server recv packet failed. {ss_herr}",
    "{ss_tcpi}shadowsocks tcp server listening on {ss_listen}, inbound address {ss_listen}",
    "{ss_udpi}shadowsocks udp server listening on {ss_listen}, inbound address {ss_listen}",
    "{ss_srve}plugin exited with status: {ss_exit}",
    "{ss_modw}set_nofile {ss_nofile} failed, error: {ss_oserr}",
)
SLOTS.update({
    "ss_tcpw": _ss_head("WARN", _SS_TCP), "ss_tcpe": _ss_head("ERROR", _SS_TCP), "ss_tcpi": _ss_head("INFO", _SS_TCP),
    "ss_udpw": _ss_head("WARN", _SS_UDP), "ss_udpe": _ss_head("ERROR", _SS_UDP), "ss_udpi": _ss_head("INFO", _SS_UDP),
    "ss_psw": _ss_head("WARN", "shadowsocks::relay::tcprelay::proxy_stream::server"), "ss_sockw": _ss_head("WARN", "shadowsocks::relay::udprelay::proxy_socket"),
    "ss_srve": _ss_head("ERROR", "shadowsocks_service::server::server"), "ss_modw": _ss_head("WARN", "shadowsocks_service::server"),
    "ss_peer": lambda r: r.choice((_hp(r), f"[2001:db8:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}]:{r.randint(1024, 65535)}")), "ss_tgt": _ss_target,
    "ss_herr": lambda r: r.choice(("early eof", "decrypt length failed", "decrypt data failed", "Connection reset by peer (os error 104)",
                                   f"header too short, expecting {r.choice((16, 32))} bytes, but found {r.randint(0, 15)} bytes", "deadline has elapsed",
                                   f"invalid timestamp {r.randint(1764100000, 1764199999)} - now {r.randint(1764100000, 1764199999)} = {r.randint(-900, 900)}", "repeated salt detected")),
    "ss_cerr": choice(("Connection refused (os error 111)", "connection timed out", "Network is unreachable (os error 101)", "No route to host (os error 113)",
                       "Connection reset by peer (os error 104)", "failed to lookup address information: Name or service not known", "Broken pipe (os error 32)")),
    "ss_n": lambda r: str(r.randint(20, 1500)), "ss_pid": lambda r: str(r.randint(1, 10 ** r.randint(2, 7))), "ss_chunks": lambda r: str(r.randint(2, 5)),
    "ss_listen": choice(("0.0.0.0:8388", "[::]:8388", "0.0.0.0:443", "[::]:10443", "127.0.0.1:8389")),
    "ss_exit": choice(("exit status: 1", "exit status: 2", "signal: 9 (SIGKILL)")), "ss_nofile": choice(("1048576", "65535", "51200")),
    "ss_oserr": choice(("Operation not permitted (os error 1)", "Invalid argument (os error 22)")),
})
# ---------------------------------------------------------------- sabnzbd (Python; Usenet downloader, its rotating log <admin dir>/logs/sabnzbd.log with
# SABnzbd.py's logformat "%(asctime)s::%(levelname)s::[%(module)s:%(lineno)d] %(message)s": "2026-11-26 06:20:12,123::INFO::[downloader:666] 3@news.eweka.nl:
# Initiating connection" -- time, level, module and line are logging's; T() messages print in English)
_SB_JOBS = ("Severance.S02E07.1080p.WEB.h264-ETHEL", "The.Bear.S03E01.2160p.DSNP.WEB-DL.DDP5.1.H.265-NTb", "Dune.Part.Two.2024.1080p.BluRay.x264-WDC",
            "Linux.Format.Issue.321.2026", "Andor.S02E04.720p.WEB.h264-EDITH", "Pink.Floyd-Wish.You.Were.Here-FLAC-1975", "Shogun.2024.S01E05.1080p.WEB.H264-SuccessfulCrab",
            "Ubuntu.24.04.Server.ISO", "Foundation.S03E02.1080p.ATVP.WEB-DL", "The.Last.of.Us.S02E03.2160p.HMAX.WEB-DL")
_SB_SRV = ("news.eweka.nl", "news.newshosting.com", "us.usenetserver.com", "news.frugalusenet.com", "reader.xsnews.nl", "eu.newsdemon.com", "news.easynews.com")


def _sb_head(lvl: str, where: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)},{_frac(r, 3)}::{lvl}::[{where}] "


def _sb_art(r: R) -> str:
    return f"<{b62(r, r.randint(12, 22))}@{r.choice(('ngPost.com', 'JBinUp.local', 'powerpost2000AA.local', b62(r, 8).lower() + '.local'))}>"


SOURCES["sabnzbd"] = ("sabnzbd/sabnzbd", "5f933ddc2101b9526240e9aba9e178b3880b6415",
                      "SABnzbd.py (logformat), sabnzbd/downloader.py, sabnzbd/newswrapper.py, sabnzbd/nzb/article.py, sabnzbd/nzb/object.py, sabnzbd/newsunpack.py, "
                      "sabnzbd/nzbqueue.py, sabnzbd/assembler.py, sabnzbd/dirscanner.py, sabnzbd/postproc.py")
SYSTEMS["sabnzbd"] = (
    "{sb_ini}{sb_thr}@{sb_srv}: Initiating connection",
    "{sb_conn}Connecting {sb_thr}@{sb_srv} finished",
    "{sb_unav}Article {sb_art} unavailable on all servers, discarding",
    "{sb_dec}Decoding finished {sb_path}",
    "{sb_reset}Thread {sb_thr}@{sb_srv}: {sb_reason}",
    "{sb_add}File {sb_file} added to queue",
    "{sb_status}{sb_thr}@{sb_srv}: Received unknown status code {sb_code} for article {sb_art}",
    "{sb_closed}Looks like server closed connection: {sb_err}, type: {sb_etype}",
    "{sb_pp}Starting Post-Processing on {sb_job} => Repair:{sb_bool}, Unpack:{sb_bool}, Delete:{sb_bool}, Script:{sb_bool}, Cat:{sb_cat}",
    "{sb_parok}Par verify finished ok on {sb_par}!",
    "{sb_ver}Verified in {sb_dur}, all files correct",
    "{sb_xr}Extracting rarfile {sb_rar} (belonging to {sb_job}) to {sb_dir}",
    "{sb_unrar}Unrar finished on {sb_dir}",
    "{sb_end}[{sb_caller}] Ending job {sb_job}",
    "{sb_import}Trying to import {sb_nzb}",
    "{sb_ign}Server {sb_srv} will be ignored for {sb_pen} minutes",
    "{sb_speed}Speed limit set to {sb_bps} B/s",
)
SLOTS.update({
    "sb_ini": _sb_head("INFO", "downloader:666"), "sb_conn": _sb_head("INFO", "newswrapper:229"), "sb_unav": _sb_head("INFO", "article:192"),
    "sb_dec": _sb_head("INFO", "assembler:297"), "sb_reset": _sb_head("INFO", "downloader:956"), "sb_add": _sb_head("INFO", "object:558"),
    "sb_status": _sb_head("WARNING", "newswrapper:260"), "sb_closed": _sb_head("INFO", "newswrapper:459"), "sb_pp": _sb_head("INFO", "postproc:416"),
    "sb_parok": _sb_head("INFO", "newsunpack:1074"), "sb_ver": _sb_head("INFO", "newsunpack:1211"), "sb_xr": _sb_head("INFO", "newsunpack:561"),
    "sb_unrar": _sb_head("INFO", "newsunpack:311"), "sb_end": _sb_head("INFO", "nzbqueue:764"), "sb_import": _sb_head("INFO", "dirscanner:185"),
    "sb_ign": _sb_head("WARNING", "downloader:532"), "sb_speed": _sb_head("INFO", "downloader:484"),
    "sb_thr": lambda r: str(r.randint(1, 50)), "sb_srv": choice(_SB_SRV), "sb_art": _sb_art, "sb_job": choice(_SB_JOBS),
    "sb_path": lambda r: f"/config/Downloads/incomplete/{r.choice(_SB_JOBS)}/{b62(r, 16).lower()}.{r.choice(('part01.rar', 'part07.rar', 'r03', 'par2', 'vol03+04.par2', '7z.002', 'mkv'))}",
    "sb_file": lambda r: r.choice((f"{b62(r, 24).lower()}", f"\"{r.choice(_SB_JOBS)}.part{r.randint(1, 60):02d}.rar\" yEnc ({r.randint(1, 200)}/{r.randint(200, 400)})",
                                   f"{r.choice(_SB_JOBS)}.vol{r.randint(0, 63):02d}+{r.randint(1, 64):02d}.par2")),
    "sb_reason": choice(("Timed out", "Server error or unknown status code: 502", "Server error or unknown status code: 400", "Server error or unknown status code: 451",
                         "Fetch finished", "Server closed connection", "Authentication failed, check username/password.")),
    "sb_code": choice(("451", "481", "412", "436", "500")),
    "sb_err": choice(("[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:2580)", "[Errno 104] Connection reset by peer",
                      "[Errno 32] Broken pipe", "The read operation timed out")),
    "sb_etype": choice(("<class 'ssl.SSLEOFError'>", "<class 'ConnectionResetError'>", "<class 'BrokenPipeError'>", "<class 'TimeoutError'>")),
    "sb_bool": choice(("True", "True", "False")), "sb_cat": choice(("tv", "movies", "music", "software", "*", "books")),
    "sb_par": lambda r: f"{r.choice(_SB_JOBS)}.par2", "sb_dur": lambda r: r.choice((f"{r.randint(1, 59)} seconds", f"{r.randint(1, 30)} minutes {r.randint(1, 59)} seconds")),
    "sb_rar": lambda r: f"/config/Downloads/incomplete/{r.choice(_SB_JOBS)}/{r.choice(_SB_JOBS)}.part01.rar",
    "sb_dir": lambda r: f"/config/Downloads/incomplete/{r.choice(_SB_JOBS)}", "sb_caller": choice(("end_job", "end_job", "remove")),
    "sb_nzb": lambda r: f"/watch/{r.choice(_SB_JOBS)}.nzb", "sb_pen": choice(("10", "10", "1", "2")),
    "sb_bps": lambda r: str(r.choice((0, r.randint(1, 100) * 1048576, 52428800))),
})
# ---------------------------------------------------------------- eventstored (C#; EventStoreDB cluster node, console output under systemd (journalctl -o cat):
# Serilog ExpressionTemplate of EventStoreLoggerConfiguration.cs "[{ProcessId,5},{ThreadId,2},{@t:HH:mm:ss.fff},{@l:u3}] {short SourceContext,-30} {@m}":
# "[ 4211,14,06:20:12.123,INF] ClusterVNodeController         ========== [\"10.0.1.11:2113\"] IS FOLLOWER... LEADER IS [...]" -- pid, thread, time, level and
# the padded class name are the template's; string values render quoted, Guids with :B in braces)
_ES_NODES = ("10.0.1.11:2113", "10.0.1.12:2113", "10.0.1.13:2113", "esdb-0.esdb.svc.cluster.local:2113", "esdb-1.esdb.svc.cluster.local:2113",
             "esdb-2.esdb.svc.cluster.local:2113")


def _es_head(lvl: str, ctx: str) -> Callable[[R], str]:
    return lambda r: f"[{r.choice((4211, 4211, 4211, 1, 28817)):5},{r.randint(1, 99):2},{clock(r)}.{_frac(r, 3)},{lvl}] {ctx:<30} "


def _es_ep(r: R) -> str:
    return f"\"{r.choice(_ES_NODES)}\""


def _es_gb(r: R) -> str:
    return "{" + uuid4(r) + "}"


def _es_info(r: R) -> str:
    return (f"[{r.choice(_ES_NODES)},{r.choice(('n/a', r.choice(_ES_NODES)))},{r.choice(_ES_NODES)},{r.choice(('n/a', r.choice(_ES_NODES)))},"
            f"{r.choice(_ES_NODES)},{r.choice(('n/a', r.choice(_ES_NODES)))},{_es_gb(r)},{r.randint(0, 9)}]")


def _es_chunk(r: R) -> str:
    a = r.randint(0, 900)
    return f"chunk-{a:06d}.{r.randint(0, 3):06d}"


SOURCES["eventstored"] = ("EventStore/EventStore", "3f1acb7e46d5bffd2bbba6c628c256cad8074373",
                          "src/EventStore.Core/Log/EventStoreLoggerConfiguration.cs (ConsoleOutputExpressionTemplate), src/EventStore.Core/Services/VNode/ClusterVNodeController.cs, "
                          "src/EventStore.Core/Services/ElectionsService.cs, src/EventStore.Core/Services/Gossip/GossipServiceBase.cs, "
                          "src/EventStore.Core/TransactionLog/Chunks/TFChunkManager.cs, src/EventStore.Core/Services/PersistentSubscription/PersistentSubscription.cs, "
                          "src/EventStore.Core/Services/Storage/StorageReaderWorker.cs, src/EventStore.Core/Services/Storage/StorageScavenger.cs")
SYSTEMS["eventstored"] = (
    "{es_gos}Looks like node [{es_ep}] is DEAD (TCP connection lost). Issuing a gossip to confirm.",
    "{es_gos}Gossip Received, The node [{es_ep}] is not DEAD.",
    "{es_chm}Switching chunk #{es_cn}-{es_cn} ({es_chunk})...",
    "{es_chm}File {es_chunk} will be moved to file {es_chunk}",
    "{es_chm}{es_expl} chunk #{es_chobj} is marked for deletion.",
    "{es_el}ELECTIONS: (V={es_v}) TIMED OUT! (S={es_state}, M={es_lead}).",
    "{es_el}ELECTIONS: (V={es_v}) VIEWCHANGE FROM [{es_ep}, {es_gb}].",
    "{es_el}ELECTIONS: (V={es_v}) SHIFT TO PREPARE PHASE.",
    "{es_el}ELECTIONS: (V={es_v}) DONE. ELECTED LEADER = {es_info}. ME={es_info}.",
    "{es_vn}========== [{es_ep}] IS FOLLOWER... LEADER IS [{es_ep},{es_gb}]",
    "{es_vn}========== [{es_ep}] IS LEADER... SPARTA!",
    "{es_vn}========== [{es_ep}] IS CATCHING UP... LEADER IS [{es_ep},{es_gb}]",
    "{es_gosi}Gossip Failed, The node [{es_ep}] is being marked as DEAD. Reason: {es_reason}",
    "{es_psw}Skipping message {es_stream}/{es_evn} (stream position={es_evn}) with duplicate eventId {uuid}",
    "{es_srw}StorageReaderWorker #{small}: {es_cnt} read operations have expired",
    "{es_sc}SCAVENGING: Acquired the chunks lock",
    "{es_vn}LEADER DISCOVERY timed out. Proceeding to UNKNOWN state.",
)
SLOTS.update({
    "es_gos": _es_head("INF", "GossipServiceBase"), "es_gosi": _es_head("INF", "GossipServiceBase"), "es_chm": _es_head("INF", "TFChunkManager"),
    "es_el": _es_head("INF", "ElectionsService"), "es_vn": _es_head("INF", "ClusterVNodeController"), "es_psw": _es_head("WRN", "PersistentSubscription"),
    "es_srw": _es_head("WRN", "StorageReaderWorker"), "es_sc": _es_head("INF", "StorageScavenger"),
    "es_ep": _es_ep, "es_gb": _es_gb, "es_info": _es_info, "es_cn": lambda r: str(r.randint(0, 900)), "es_chunk": lambda r: f"\"{_es_chunk(r)}\"",
    "es_chobj": lambda r: f"#{(a := r.randint(0, 900))}-{a + r.choice((0, 0, 1, 3))} ({_es_chunk(r)})",
    "es_expl": choice(("\"Old\"", "\"Scavenged\"", "\"Merged\"")), "es_v": lambda r: str(r.randint(0, 400)),
    "es_state": choice(("ElectingLeader", "Acceptor", "Leader", "Idle", "Shutdown")), "es_lead": lambda r: r.choice(("null", _es_gb(r))),
    "es_reason": choice(("\"Connection refused\"", "\"The operation was canceled.\"", "\"Deadline Exceeded\"", "\"Status(StatusCode=Unavailable, Detail=\\\"Error connecting to subchannel.\\\")\"")),
    "es_stream": lambda r: f"\"{r.choice(('$ce-order', 'order-', 'payment-', '$et-ItemAdded', 'user-', 'cart-'))}{r.choice(('', uuid4(r), str(r.randint(1, 90000))))}\"",
    "es_evn": lambda r: str(r.randint(0, 10 ** r.randint(1, 7))), "es_cnt": lambda r: str(r.randint(1, 5000)),
})
# ---------------------------------------------------------------- sftpgo (Go; SFTP/FTP/WebDAV server, its JSON-lines log /var/log/sftpgo/sftpgo.log (zerolog,
# internal/logger/logger.go): '{"level":"info","time":"2026-11-26T06:20:12.123","sender":"SFTP","connection_id":"SFTP_5f1e..._1","message":"..."}' -- level, time,
# the sender tag and the connection id are the logger's; TransferLog/CommandLog/LoginLog are keyed events whose keys are the call's, values its arguments)
_SG_USERS = ("backup", "ftpuser", "alice", "bob", "scanner01", "edi_partner", "deploy", "media", "camera-yard", "acme_upload")
_SG_FILES = ("/backups/db-20261126.sql.gz", "/incoming/INV_88213.xml", "/uploads/report.pdf", "/media/IMG_4410.JPG", "/outbound/orders.csv", "/scans/scan_0012.pdf",
             "/www/index.html", "/cam/2026-11-26/motion_0620.mp4", "/edi/ORDERS_D96A_1172.edi", "/tmp/.sftpgo-upload.partial")


def _sg_cid(r: R, proto: str) -> str:
    return f"{proto}_{hexs(r, 64)}_{r.randint(1, 3)}" if proto == "SFTP" else f"{proto}_{r.choice(('0', '1'))}_{r.randint(1, 90000)}"


def _sg_head(lvl: str, sender: str, conn: bool = True) -> Callable[[R], str]:
    def head(r: R) -> str:
        proto = _LINE.setdefault("sg_proto", "SFTP" if sender in ("SSH", "sftpd") else r.choice(("SFTP", "SFTP", "SFTP", "FTP", "DAV")))
        snd = proto if sender == "@" else sender
        cid = f"\"connection_id\":\"{_sg_cid(r, proto)}\"," if conn else ""
        return f"{{\"level\":\"{lvl}\",\"time\":\"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 3)}\",\"sender\":\"{snd}\",{cid}\"message\":\""
    return head


def _sg_ev(lvl: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        _LINE.setdefault("sg_proto", r.choice(("SFTP", "SFTP", "SFTP", "FTP", "DAV")))
        return f"{{\"level\":\"{lvl}\",\"time\":\"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 3)}\",\"sender\":\"{_sg_op(r)}\","
    return head


def _sg_op(r: R) -> str:
    return _LINE.setdefault("sg_op", r.choice(("Upload", "Upload", "Download", "Download", "Download")))


def _sg_ep(r: R) -> str:
    return f"{r.choice(('10.0.4.20', '172.17.0.2', '192.168.10.5'))}:{r.choice((2022, 2022, 21, 10080))}"


SOURCES["sftpgo"] = ("drakkan/sftpgo", "42f7a4d415dc7a97da08880edb82e5b0db5fcfc8",
                     "internal/logger/logger.go (Log, TransferLog, CommandLog, LoginLog), internal/common/connection.go, internal/common/common.go, "
                     "internal/common/transfer.go, internal/sftpd/server.go, internal/sftpd/handler.go, internal/ftpd/server.go")
SYSTEMS["sftpgo"] = (
    "{sg_tl}\"local_addr\":\"{sg_ep}\",\"remote_addr\":\"{sg_raddr}\",\"elapsed_ms\":{sg_ms},\"size_bytes\":{sg_size},\"username\":\"{sg_user}\",\"file_path\":\"{sg_fp}\",\"virtual_path\":\"{sg_vp}\",\"connection_id\":\"{sg_cidv}\",\"protocol\":\"{sg_proto}\"}",
    "{sg_login}\"ip\":\"{ip}\",\"username\":\"{sg_user}\",\"method\":\"{sg_meth}\",\"protocol\":\"{sg_proto}\",\"connection_id\":\"{sg_cidv}\",\"client\":\"{sg_client}\",\"encrypted\":{sg_bool}}",
    "{sg_cmd}\"local_addr\":\"{sg_ep}\",\"remote_addr\":\"{sg_raddr}\",\"username\":\"{sg_user}\",\"file_path\":\"{sg_fp}\",\"target_path\":\"{sg_tp}\",\"virtual_path\":\"{sg_vp}\",\"virtual_target_path\":\"{sg_vtp}\",\"filemode\":\"\",\"uid\":-1,\"gid\":-1,\"access_time\":\"\",\"modification_time\":\"\",\"size\":-1,\"elapsed\":{sg_ms},\"ssh_command\":\"\",\"connection_id\":\"{sg_cidv}\",\"protocol\":\"{sg_proto}\"}",
    "{sg_rw}reading file \\\"{sg_vp}\\\" is not allowed{sg_end}",
    "{sg_terr}transfer error: {sg_err}, path: \\\"{sg_fp}\\\"{sg_end}",
    "{sg_cw}could not accept a channel: {sg_cerr}{sg_end}",
    "{sg_ftpi}cannot login user \\\"{sg_user}\\\", remote address is not allowed: {sg_raddr}{sg_end}",
    "{sg_ci}active client connections {sg_act}/{sg_max}{sg_end}",
    "{sg_cwarn}connection denied, active connections from IP \\\"{ip}\\\": {small}/{small}{sg_end}",
    "{sg_si}user \\\"{sg_user}\\\" authenticated with partial success, signature algorithm \\\"{sg_alg}\\\"{sg_end}",
    "{sg_open}could not open file \\\"{sg_fp}\\\" for reading: {sg_err}{sg_end}",
    "{sg_mk}mkdir not allowed \\\"{sg_vp}\\\" is a virtual folder{sg_end}",
    "{sg_acc}accept error: {sg_aerr}; retrying in {sg_delay}{sg_end}",
    "{sg_chmod}failed to chmod path \\\"{sg_fp}\\\", mode: {sg_mode}, err: {sg_err}{sg_end}",
    "{sg_reg}server listener registered, address: {sg_listen}{sg_end}",
    "{sg_qt}denying file write due to quota limits{sg_end}",
)
SLOTS.update({
    "sg_tl": _sg_ev("info"), "sg_login": lambda r: f"{{\"level\":\"info\",\"time\":\"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 3)}\",\"sender\":\"login\",",
    "sg_cmd": lambda r: f"{{\"level\":\"info\",\"time\":\"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 3)}\",\"sender\":\"{r.choice(('Rename', 'Remove', 'Mkdir', 'Rmdir', 'Rename'))}\",",
    "sg_rw": _sg_head("warn", "@"), "sg_terr": _sg_head("error", "@"), "sg_cw": _sg_head("warn", "SSH"), "sg_ftpi": _sg_head("info", "ftpd"),
    "sg_ci": _sg_head("info", "common", False), "sg_cwarn": _sg_head("warn", "common", False), "sg_si": _sg_head("info", "sftpd"), "sg_open": _sg_head("error", "@"),
    "sg_mk": _sg_head("warn", "@"), "sg_acc": _sg_head("warn", "sftpd", False), "sg_chmod": _sg_head("error", "@"), "sg_reg": _sg_head("info", "sftpd", False),
    "sg_qt": _sg_head("info", "@"), "sg_end": lambda r: "\"}",
    "sg_ep": _sg_ep, "sg_raddr": _hp, "sg_ms": lambda r: str(r.randint(0, 10 ** r.randint(1, 6))), "sg_size": lambda r: str(r.randint(0, 10 ** r.randint(2, 10))),
    "sg_user": choice(_SG_USERS), "sg_fp": lambda r: f"/srv/sftpgo/data/{r.choice(_SG_USERS)}{r.choice(_SG_FILES)}", "sg_vp": choice(_SG_FILES),
    "sg_tp": lambda r: f"/srv/sftpgo/data/{r.choice(_SG_USERS)}{r.choice(_SG_FILES)}", "sg_vtp": choice(_SG_FILES),
    "sg_cidv": lambda r: _sg_cid(r, _LINE.setdefault("sg_proto", "SFTP")), "sg_proto": lambda r: _LINE.setdefault("sg_proto", "SFTP"),
    "sg_meth": choice(("password", "publickey", "publickey", "keyboard-interactive", "publickey+password")),
    "sg_client": choice(("SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13.5", "SSH-2.0-WinSCP_release_6.3.5", "SSH-2.0-paramiko_3.5.0", "SSH-2.0-FileZilla_3.67.1",
                         "SSH-2.0-JSCH_0.2.20", "Go-http-client/1.1")),
    "sg_bool": choice(("true", "true", "false")),
    "sg_err": choice(("EOF", "unexpected EOF", "context canceled", "write tcp 10.0.4.20:2022->203.0.113.9:51514: write: broken pipe", "sftp: \\\"Failure\\\" (SSH_FX_FAILURE)",
                      "open /srv/sftpgo/data/backup/backups: permission denied", "quota exceeded")),
    "sg_cerr": choice(("EOF", "ssh: disconnect, reason 11: Bye Bye", "read tcp 10.0.4.20:2022->31.4.5.6:50122: read: connection reset by peer")),
    "sg_act": lambda r: str(r.randint(1, 250)), "sg_max": choice(("0", "250", "500")),
    "sg_alg": choice(("rsa-sha2-512", "ssh-ed25519", "rsa-sha2-256", "ecdsa-sha2-nistp256")),
    "sg_aerr": choice(("accept tcp [::]:2022: accept4: too many open files",)), "sg_delay": choice(("5ms", "10ms", "20ms", "40ms", "80ms", "160ms", "320ms", "640ms", "1s")),
    "sg_mode": choice(("-rw-r--r--", "-rwxr-xr-x", "drwxr-x---", "-rw-------")), "sg_listen": choice(("[::]:2022", "0.0.0.0:2022", "[::]:22")),
})
# ---------------------------------------------------------------- cronicle (JavaScript/Node.js; distributed cron scheduler, pixl-server's logs/Cronicle.log with the
# shipped log_columns [hires_epoch, date, hostname, pid, component, category, code, msg, data]: "[1764138012.123][2026-11-26 06:20:12][cron01.example.com][2211]
# [Cronicle][debug][5][Job completed successfully][{...}]" -- every bracketed column but msg and data is the logger's; data is the call's object, JSON-encoded)
_CR_HOSTS = ("cron01.example.com", "cron02.example.com", "worker-a.internal", "worker-b.internal", "sched-master")
_CR_PLUG = ("shellplug", "urlplug", "testplug")


def _cr_head(cat: str, code: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        d, h, m, sec = day(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        return f"[{1793491200 + (d - 1) * 86400 + h * 3600 + m * 60 + sec}.{_frac(r, 3)}][2026-11-{d:02d} {h:02d}:{m:02d}:{sec:02d}][{r.choice(_CR_HOSTS)}][{r.choice((2211, 2211, 1733, 30412))}][Cronicle][{cat}][{code}]["
    return head


def _cr_jid(r: R) -> str:
    return _LINE.setdefault("cr_jid", "j" + b62(r, 10).lower())


def _cr_job(r: R) -> str:
    return (f"{{\"id\":\"{_cr_jid(r)}\",\"event\":\"e{b62(r, 10).lower()}\",\"plugin\":\"{r.choice(_CR_PLUG)}\",\"category\":\"general\",\"hostname\":\"{r.choice(_CR_HOSTS)}\","
            f"\"code\":{r.choice((0, 0, 0, 1, 255))},\"elapsed\":{r.uniform(0.01, 900):.3f},\"pid\":{r.randint(1000, 60000)}}}")


SOURCES["cronicle"] = ("jhuckaby/Cronicle", "c880eb84a67495ed3a6edb3720d7cb2511e47419",
                       "sample_conf/config.json (log_columns), lib/job.js, lib/comm.js, lib/engine.js")
SYSTEMS["cronicle"] = (
    "{cr_d3}Spawned child process: {cr_pid} for job: {cr_jid}{cr_cmd}",
    "{cr_d3}Child {cr_pid} exited with code: {cr_exit}{cr_nodata}",
    "{cr_d5}Job completed {cr_how}{cr_jobd}",
    "{cr_d6}Storing job log: {cr_logf}: {cr_jpath}{cr_nodata}",
    "{cr_d9}Job log stored successfully: {cr_jpath}{cr_nodata}",
    "{cr_d9}Deleting local file: {cr_logf}{cr_nodata}",
    "{cr_d9}Chose server: {cr_host} via algo: {cr_algo}{cr_nodata}",
    "{cr_d9}Choosing server for event using algo: {cr_algo}{cr_hosts}",
    "{cr_tx}Job completed successfully: {cr_jid}{cr_jobd}",
    "{cr_ej}Job failed: {cr_jid}{cr_jobd}",
    "{cr_d9}Firing web hook for job start: {cr_jid}: {cr_hook}{cr_nodata}",
    "{cr_d9}Web Hook Response: {cr_hook}: HTTP {cr_http}{cr_nodata}",
    "{cr_d5}New socket.io client connected: {cr_sid} (IP: {cr_ip}){cr_nodata}",
    "{cr_d4}Socket client {cr_sid} has authenticated via user session (IP: {cr_ip}){cr_nodata}",
    "{cr_d5}Socket.io client disconnected: {cr_sid} (IP: {cr_ip}){cr_nodata}",
    "{cr_es}Slave connection failed: {cr_host}: {cr_err}{cr_nodata}",
    "{cr_d6}Deleting expired job data: {cr_jkey}{cr_nodata}",
)
SLOTS.update({
    "cr_d3": _cr_head("debug", "3"), "cr_d4": _cr_head("debug", "4"), "cr_d5": _cr_head("debug", "5"), "cr_d6": _cr_head("debug", "6"), "cr_d9": _cr_head("debug", "9"),
    "cr_tx": _cr_head("transaction", "job"), "cr_ej": _cr_head("error", "job"), "cr_es": _cr_head("error", "server"),
    "cr_nodata": lambda r: "][]", "cr_jobd": lambda r: f"][{_cr_job(r)}]", "cr_cmd": lambda r: f"][\"{r.choice(('bin/shell-plugin.js', 'bin/url-plugin.js', 'bin/test-plugin.js'))}\"]",
    "cr_hosts": lambda r: "][[" + ",".join(f"\"{h}\"" for h in r.sample(_CR_HOSTS, r.randint(1, 4))) + "]]",
    "cr_jpath": lambda r: f"jobs/{_cr_jid(r)}/log.txt.gz", "cr_jkey": lambda r: f"jobs/{_cr_jid(r)}", "cr_pid": lambda r: str(r.randint(1000, 60000)), "cr_jid": _cr_jid, "cr_exit": choice(("0", "0", "0", "1", "2", "127", "SIGTERM", "SIGKILL")),
    "cr_how": choice(("successfully", "successfully", "with error")), "cr_logf": lambda r: f"/opt/cronicle/logs/jobs/{_cr_jid(r)}.log",
    "cr_host": choice(_CR_HOSTS), "cr_algo": choice(("random", "random", "round_robin", "least_cpu", "least_mem", "prefer_first")),
    "cr_hook": choice(("https://hooks.slack.com/services/T0000/B0000/XXXXXXXX", "http://alerts.internal:8080/cronicle", "https://ntfy.example.com/cron")),
    "cr_http": choice(("200 OK", "200 OK", "204 No Content", "404 Not Found", "500 Internal Server Error")),
    "cr_sid": lambda r: b62(r, 20), "cr_ip": lambda r: r.choice((f"::ffff:{ip4(r)}", ip4(r), "::1")),
    "cr_err": choice(("Error: connect ECONNREFUSED 10.0.0.12:3012", "Error: timeout", "Error: xhr poll error", "Error: getaddrinfo ENOTFOUND worker-b.internal")),
})
# ---------------------------------------------------------------- tt-rss (PHP; Tiny Tiny RSS feed update daemon update_daemon2.php, `docker logs` of the
# updater container: Debug::log() prints "[H:i:s/pid] message": "[06:20:12/3121] Scheduled 14 feeds to update..." -- time and pid are Debug::log()'s)
_TT_FEEDS = ("Hacker News", "LWN.net", "Ars Technica", "The Register", "r/selfhosted", "Planet Debian", "Krebs on Security", "xkcd.com", "Phoronix",
             "Julia Evans", "Tagesschau", "BBC News - World", "GitHub Blog", "Heise Online News", "Lobsters")


def _tt_head(r: R) -> str:
    return f"[{clock(r)}/{r.choice((3121, 3121, 3121, r.randint(3122, 65000)))}] "


def _tt_sec(r: R) -> str:
    return f"{r.uniform(0.05, 40):.4f}"


SOURCES["tt-rss"] = ("tt-rss/tt-rss", "b72ea11798a3f37a6a837b51f9453729faf43b4f",
                     "classes/Debug.php (log line), classes/RSSUtils.php, update_daemon2.php")
SYSTEMS["tt-rss"] = (
    "{tt}=> {tt_feed} (ID: {tt_id}, U: {tt_user} [{tt_uid}]), last updated: {tt_last}",
    "{tt}<= {tt_sec} (sec) exit code: {tt_exit}",
    "{tt}Base feed: {tt_url}",
    "{tt}Scheduled {tt_n} feeds to update...",
    "{tt}Processed {tt_n} feeds in {tt_sec} (sec), {tt_sec} (sec/feed avg)",
    "{tt}{tt_jobs} active tasks, next spawn at {tt_next} sec.",
    "{tt}Spawned child process with PID {tt_pid} for task {small}.",
    "{tt}Child process with PID {tt_pid} reaped.",
    "{tt}Received SIGCHLD, {tt_jobs} active tasks left.",
    "{tt}Removing task lockfile for PID {tt_pid}...",
    "{tt}!! Last error: {tt_err}",
    "{tt}Running housekeeping tasks for user {tt_uid}...",
    "{tt}cache_media: failed with {tt_code}: {tt_err}",
    "{tt}source claims we're requesting too often (429), throttling updates for {tt_thr} seconds.",
    "{tt}Removed {tt_n} old lock files.",
    "{tt}Auto-disabling feed {tt_id} ({tt_feed}) (failed to update for {tt_days} days).",
    "{tt}Removing old error log entries...",
)
SLOTS.update({
    "tt": _tt_head, "tt_feed": choice(_TT_FEEDS), "tt_id": lambda r: str(r.randint(1, 900)), "tt_user": choice(("admin", "alice", "bob", "carol", "reader")),
    "tt_uid": lambda r: str(r.randint(1, 12)), "tt_last": lambda r: r.choice(("never", f"2026-11-{day(r):02d} {clock(r)}.{_frac(r, 6)}")),
    "tt_sec": _tt_sec, "tt_exit": choice(("0", "0", "0", "0", "255", "1")),
    "tt_url": lambda r: r.choice(("https://news.ycombinator.com/rss", "https://lwn.net/headlines/rss", "https://www.phoronix.com/rss.php", "https://xkcd.com/atom.xml",
                                  "https://www.reddit.com/r/selfhosted/.rss", "https://krebsonsecurity.com/feed/", "https://planet.debian.org/rss20.xml",
                                  "https://www.theregister.com/headlines.atom", "https://github.blog/feed/")),
    "tt_n": lambda r: str(r.randint(0, 60)), "tt_jobs": lambda r: str(r.randint(0, 4)), "tt_next": lambda r: str(r.randint(1, 120)), "tt_pid": lambda r: str(r.randint(3122, 65000)),
    "tt_err": choice(("cURL error 28: Operation timed out after 45001 milliseconds with 0 bytes received", "HTTP Code: 404", "HTTP Code: 403",
                      "cURL error 6: Could not resolve host: feeds.feedburner.com", "SSL certificate problem: certificate has expired", "HTTP Code: 503",
                      "Content type not supported or empty document")),
    "tt_code": choice(("404", "403", "0", "500")), "tt_thr": choice(("3600", "3600", "7200")), "tt_days": choice(("30", "30", "60")),
})
# ---------------------------------------------------------------- MailScanner (Perl; mail gateway content filter in front of Postfix, syslog-collected
# /var/log/maillog on several relays: "Nov 26 06:20:12 mx1 MailScanner[23117]: New Batch: Scanning 3 messages, 48213 bytes" -- host, ident and pid are syslog's)
_MS_DOM = ("example.com", "example.org", "corp.example.net", "shop.example.io", "uni-example.de")


def _ms_qid(r: R) -> str:
    if "ms_qid" not in _LINE:
        _LINE["ms_qid"] = r.choice((f"4{''.join(r.choice('BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789') for _ in range(r.randint(10, 13)))}.A{hexs(r, 5).upper()}",
                                    f"{hexs(r, 10).upper()}.A{hexs(r, 5).upper()}"))
    return _LINE["ms_qid"]


def _ms_from(r: R) -> str:
    return r.choice((f"{r.choice(USERS)}@{r.choice(('gmail.com', 'outlook.com', 'mail.ru', 'yahoo.co.jp', 'gmx.de'))}", "",
                     f"bounce-{r.randint(100, 99999)}@{r.choice(('em.newsletter-example.com', 'mailgun.example.net', 'sendgrid.net'))}", f"{r.choice(USERS)}@{r.choice(_MS_DOM)}"))


def _ms_sa(r: R) -> str:
    sc = r.uniform(-5, 40)
    spam = sc >= 5
    rules = ", ".join(f"{x} {r.uniform(-2, 4):.2f}" for x in r.sample(("BAYES_99", "BAYES_00", "DKIM_SIGNED", "DKIM_VALID", "HTML_MESSAGE", "RCVD_IN_DNSWL_NONE",
                                                                       "SPF_HELO_NONE", "SPF_PASS", "URIBL_ABUSE_SURBL", "RDNS_NONE", "FREEMAIL_FROM", "MIME_HTML_ONLY"), r.randint(2, 6)))
    req = r.choice((5, 5, 6))
    head = "spam" if spam else "not spam"
    return f"{head}, SpamAssassin ({r.choice(('not cached', 'cached'))}, score={sc:.3f}, required {req}, {rules})"


SOURCES["MailScanner"] = ("MailScanner/v5", "76589ee4b82cb24e9aeceafe798b99536ce33178",
                          "common/usr/share/MailScanner/perl/MailScanner/Postfix.pm, MessageBatch.pm, Message.pm, PFDiskStore.pm, SweepViruses.pm, Quarantine.pm, "
                          "common/usr/sbin/MailScanner")
SYSTEMS["MailScanner"] = (
    "{ms}Message {ms_qid} from {ip} ({ms_from}) to {ms_dom} is {ms_sa}",
    "{ms}Requeue: {ms_qid} to {ms_out}",
    "{ms}New Batch: Scanning {ms_n} messages, {ms_bytes} bytes",
    "{ms}Uninfected: Delivered {ms_n} messages",
    "{ms}Deleted {ms_n} messages from processing-database",
    "{ms}Spam Checks: Starting",
    "{ms}Virus and Content Scanning: Starting",
    "{ms}Batch completed at {ms_bps} bytes per second ({ms_bytes} / {small})",
    "{ms}Batch ({ms_bn} message{ms_s}) processed in {ms_secs} seconds",
    "{ms}Spam Actions: message {ms_qid} actions are {ms_act}",
    "{ms}New Batch: Found {ms_wait} messages waiting",
    "{ms}{ms_title}: {ms_scanner} found {ms_n} infections",
    "{ms}Saved entire message to {ms_qdir}",
    "{ms}Message {ms_qid} from {ip} ({ms_from}) to {ms_dom} is too big for spam checks ({ms_big} > {ms_max} bytes)",
    "{ms}Found {ms_rows} messages in the Processing Attempts Database",
    "{ms}Connected to Processing Attempts Database",
    "{ms}MailScanner child dying of old age",
    "{ms}MailScanner child caught a SIG{ms_sig}",
)
SLOTS.update({
    "ms": syslog_head("MailScanner", ("mx1", "mx2", "mailgw01", "relay-a"), tuple(range(23100, 23140))),
    "ms_qid": _ms_qid, "ms_from": _ms_from, "ms_dom": choice(_MS_DOM), "ms_sa": _ms_sa,
    "ms_out": lambda r: f"/var/spool/postfix/incoming/{_ms_qid(r).split('.')[0]}", "ms_n": lambda r: str(r.randint(1, 30)),
    "ms_bytes": lambda r: str(r.randint(900, 10 ** r.randint(4, 7))), "ms_bps": lambda r: str(r.randint(0, 10 ** r.randint(3, 7))),
    "ms_bn": lambda r: _LINE.setdefault("ms_bn", str(r.randint(1, 30))), "ms_s": lambda r: "" if _LINE.get("ms_bn") == "1" else "s", "ms_secs": lambda r: f"{r.uniform(0.05, 40):.2f}",
    "ms_act": choice(("deliver,header", "store,forward spam@example.com", "delete", "store", "deliver", "header \"X-Spam-Status: Yes\",deliver")),
    "ms_wait": lambda r: str(r.randint(31, 900)), "ms_title": choice(("Virus Scanning", "Virus Re-scanning")),
    "ms_scanner": choice(("ClamAVModule", "ClamAVModule", "clamd", "Sophos")),
    "ms_qdir": lambda r: f"/var/spool/MailScanner/quarantine/202611{day(r):02d}/{_ms_qid(r)}",
    "ms_big": lambda r: str(r.randint(600000, 30000000)), "ms_max": choice(("512000", "2000000", "10000000")),
    "ms_rows": lambda r: str(r.randint(0, 40)), "ms_sig": choice(("HUP", "TERM", "TERM")),
})
# ---------------------------------------------------------------- nacos (Java; service registry / config center, naming logs ${LOG_HOME}/naming-*.log collected
# together, each with naming-included.xml's logback pattern "%date %level %msg%n%n": "2026-11-26 06:20:12,123 INFO Client connection 1764138012345_10.0.2.15_51234
# connect" -- date and level are logback's; the empty line after each event is dropped by the collector.  "{POS}"/"{OTHER}" tags of the health-check messages are
# literal braces of the format strings, kept here as constant slots)
_NC_SVC = ("order-service", "payment-service", "user-center", "gateway", "inventory-api", "notification-svc", "search-service", "seata-server", "auth-server")
_NC_NS = ("public", "public", "public", "dev", "test", "prod-7f3a1c")
_NC_GRP = ("DEFAULT_GROUP", "DEFAULT_GROUP", "SEATA_GROUP", "PAY_GROUP")
_NC_NODES = ("10.20.1.11:8848", "10.20.1.12:8848", "10.20.1.13:8848")


def _nc_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)},{_frac(r, 3)} {lvl} "


def _nc_cid(r: R) -> str:
    return r.choice((f"{r.randint(1764000000000, 1764199999999)}_{ip4(r)}_{r.randint(30000, 65000)}", f"{ip4(r)}:{r.choice((8080, 8081, 9090, 20880))}#true"))


def _nc_svc(r: R) -> str:
    return (f"Service{{namespace='{r.choice(_NC_NS)}', group='{r.choice(_NC_GRP)}', name='{r.choice(_NC_SVC)}', ephemeral={r.choice(('true', 'true', 'false'))}, "
            f"revision={r.randint(0, 400)}}}")


def _nc_list(r: R) -> str:
    return "[" + ", ".join(r.sample(_NC_NODES, r.randint(1, 3))) + "]"


SOURCES["nacos"] = ("alibaba/nacos", "486e19848605bbea24902b26e741a433d912e0a8",
                    "naming/src/main/resources/META-INF/logback/naming-included.xml (pattern), naming/.../core/v2/client/manager/impl/*ClientManager.java, "
                    "naming/.../core/v2/client/AbstractClient.java, naming/.../healthcheck/heartbeat/ClientBeatProcessorV2.java, naming/.../healthcheck/heartbeat/UnhealthyInstanceChecker.java, "
                    "naming/.../healthcheck/v2/processor/HealthCheckCommonV2.java, naming/.../core/DistroMapper.java, naming/.../push/v2/task/PushExecuteTask.java, "
                    "naming/.../core/v2/cleaner/EmptyServiceAutoCleanerV2.java, naming/.../consistency/ephemeral/distro/v2/DistroClientTransportAgent.java, "
                    "naming/.../monitor/PerformanceLoggerThread.java, naming/.../healthcheck/v2/processor/TcpHealthCheckProcessor.java")
SYSTEMS["nacos"] = (
    "{nc_i}Client change for service {nc_svc}, {nc_cid}",
    "{nc_i}Client connection {nc_cid} connect",
    "{nc_i}Client connection {nc_cid} disconnect, remove instances and subscribers",
    "{nc_i}[PUSH-SUCC] {nc_ms}ms, all delay time {nc_ms}ms, SLA {nc_ms}ms, {nc_svc}, originalSize={small}, DataSize={small}, target={ip}",
    "{nc_i}Client remove for service {nc_svc}, {nc_cid}",
    "{nc_i}service: {nc_sname} {POS} {IP-ENABLED} valid: {ip}:{nc_port}@{nc_cl}, region: {nc_region}, msg: client beat ok",
    "{nc_i}{POS} {IP-DISABLED} valid: {ip}:{nc_port}@{nc_cl}@{nc_sname}, region: {nc_region}, msg: client last beat: {nc_ts}",
    "{nc_i}serviceName: {nc_sname} {POS} {IP-DISABLED} invalid: {ip}:{nc_port}@{nc_cl}, region: {nc_region}, msg: {nc_hmsg}",
    "{nc_i}serviceName: {nc_sname} {OTHER} {IP-DISABLED} pre-invalid: {ip}:{nc_port}@{nc_cl} in {small}, msg: {nc_hmsg}",
    "{nc_e}[PUSH-FAIL] {nc_ms}ms, {nc_svc}, reason={nc_reason}, target={ip}",
    "{nc_i}DISTRO:|{nc_cnt}|{nc_cnt}|{nc_cnt}|",
    "{nc_i}[NACOS-DISTRO] healthy server list changed, old: {nc_list}, new: {nc_list}",
    "{nc_e}[DISTRO-FAILED] Sync distro data failed! key: {nc_cid}",
    "{nc_w}namespace : {nc_ns}, [{nc_grouped}] services are automatically cleaned",
    "{nc_w}remove instance from non-exist client: {nc_cid}",
    "{nc_i}Persistent client connection {nc_cid} disconnect",
    "{nc_w}beat task waited too long: {nc_wait}ms",
)
SLOTS.update({
    "nc_i": _nc_head("INFO"), "nc_w": _nc_head("WARN"), "nc_e": _nc_head("ERROR"), "POS": lambda r: "{POS}", "OTHER": lambda r: "{OTHER}",
    "nc_svc": _nc_svc, "nc_cid": _nc_cid, "nc_ms": lambda r: str(r.randint(0, 10 ** r.randint(1, 4))),
    "nc_sname": lambda r: f"{r.choice(_NC_GRP)}@@{r.choice(_NC_SVC)}", "nc_port": choice(("8080", "8081", "9090", "20880", "8091")),
    "nc_cl": choice(("DEFAULT", "DEFAULT", "SH", "BJ")), "nc_region": choice(("unknown",)), "nc_ts": lambda r: str(r.randint(1764000000000, 1764199999999)),
    "nc_hmsg": choice(("tcp:unable2connect:java.net.ConnectException: Connection refused", "tcp:timeout", "http:error:Connect to 10.20.3.7:8080 [/10.20.3.7] failed: connect timed out",
                       "tcp:unable2connect:java.net.NoRouteToHostException: No route to host")),
    "nc_reason": choice(("Timeout after 3000 milliseconds.", "Client connection is already closed", "Connection is unregistered.", "No connection for target")),
    "nc_cnt": lambda r: str(r.randint(0, 10 ** r.randint(1, 5))), "nc_list": _nc_list, "nc_ns": choice(_NC_NS),
    "nc_grouped": lambda r: f"{r.choice(_NC_GRP)}@@{r.choice(_NC_SVC)}", "nc_wait": lambda r: str(r.randint(5000, 90000)),
})
# ---------------------------------------------------------------- realtime (Elixir; Supabase Realtime server, `docker logs supabase-realtime`: Logger's
# default_formatter "$time $metadata[$level] $message" with config.exs' metadata [:request_id, :project, :external_id, :application_name, :error_code, ...]:
# "06:20:12.123 project=abcdefghij external_id=abcdefghij [info] Tenant abcdefghij is initializing: :\"realtime@10.0.1.5\"" -- time, the metadata pairs and
# the level are the formatter's; log_error/log_warning (lib/realtime/logs.ex) prefix the call's code literal and set error_code metadata)
_RT_TEN = ("realtime-dev", "acmeprod01", "kzqvbnmxywtr", "pqlrstuvwabc", "shopfront-eu", "hjgfdsaqwert", "tenant-042")
_RT_NODES = (":\"realtime@10.0.1.5\"", ":\"realtime@10.0.1.6\"", ":\"realtime@fly-iad-3.internal\"", ":\"realtime@realtime-dev.supabase-realtime\"")


def _rt_ten(r: R) -> str:
    return _LINE.setdefault("rt_ten", r.choice(_RT_TEN))


def _rt_head(lvl: str, meta: bool = True, code: str = "") -> Callable[[R], str]:
    def head(r: R) -> str:
        md = f"project={_rt_ten(r)} external_id={_rt_ten(r)} " if meta else ""
        md += f"error_code={code} " if code else ""
        return f"{clock(r)}.{_frac(r, 3)} {md}[{lvl}] "
    return head


SOURCES["realtime"] = ("supabase/realtime", "833cf36c3a3603fff5ae5a8a0ce473a21d5fedd4",
                       "config/config.exs (default_formatter), lib/realtime/logs.ex (log_error/log_warning), lib/realtime/tenants/connect.ex, lib/realtime/tenants/connect/piper.ex, "
                       "lib/realtime/tenants.ex, lib/realtime/tenants/replication_connection.ex, lib/realtime/tenants/janitor.ex, lib/realtime/syn_handler.ex, "
                       "lib/extensions/postgres_cdc_rls/subscription_manager.ex, lib/extensions/postgres_cdc_rls/replication_poller.ex")
SYSTEMS["realtime"] = (
    "{rt_i}{rt_piper} executed in {rt_ms} ms",
    "{rt_i}Tenant {rt_ten} is initializing: {rt_node}",
    "{rt_i}Connection process starting up",
    "{rt_i}Tenant has no connected users, database connection will be terminated",
    "{rt_i}Tenant {rt_ten} has been terminated: {rt_reason}",
    "{rt_e_conn}UnableToConnectToTenantDatabase: {rt_dberr}",
    "{rt_e_rate}MessagePerSecondRateLimitReached: Too many messages per second",
    "{rt_i}Starting replication for Broadcast Changes",
    "{rt_i}Checking if replication slot {rt_slot} exists",
    "{rt_w_repl}ReplicationConnectionDown: Replication connection has been terminated, recovery window opened",
    "{rt_i}Database pool reconnected, recovery window closed",
    "{rt_i0}Janitor finished for tenants: {rt_list}",
    "{rt_w0}SynHandler({rt_node}): {rt_scope} terminated due to syn conflict resolution: {rt_name} {rt_pid}",
    "{rt_i}Stop tenant {rt_ten} because of no connected users",
    "{rt_e_poll}ReplicationPollerConnectionFailed: {rt_dberr}",
    "{rt_w}Rebalancing Tenant database connection for a closer region",
    "{rt_e_pres}PresenceRateLimitReached: Too many presence events per second",
)
SLOTS.update({
    "rt_i": _rt_head("info"), "rt_w": _rt_head("warning"), "rt_i0": _rt_head("info", False), "rt_w0": _rt_head("warning", False),
    "rt_e_conn": _rt_head("error", True, "UnableToConnectToTenantDatabase"), "rt_e_rate": _rt_head("error", True, "MessagePerSecondRateLimitReached"),
    "rt_w_repl": _rt_head("warning", True, "ReplicationConnectionDown"), "rt_e_poll": _rt_head("error", True, "ReplicationPollerConnectionFailed"),
    "rt_e_pres": _rt_head("error", True, "PresenceRateLimitReached"),
    "rt_ten": _rt_ten, "rt_node": choice(_RT_NODES),
    "rt_piper": choice(("Realtime.Tenants.Connect.GetTenant", "Realtime.Tenants.Connect.CheckConnection", "Realtime.Tenants.Connect.ReconcileMigrations",
                        "Realtime.Tenants.Connect.RegisterProcess", "Realtime.Tenants.Connect.StartCounters")),
    "rt_ms": lambda r: str(r.randint(0, 10 ** r.randint(1, 4))),
    "rt_reason": choice((":shutdown", ":normal", "{:shutdown, :tenant_deleted}", ":killed", "{:shutdown, :rebalancing}")),
    "rt_dberr": choice(("%DBConnection.ConnectionError{message: \"tcp connect (db.example.supabase.co:5432): timeout\", severity: :error, reason: :error}",
                        "%Postgrex.Error{message: nil, postgres: %{code: :too_many_connections, message: \"sorry, too many clients already\", severity: \"FATAL\"}}",
                        "%DBConnection.ConnectionError{message: \"ssl connect: closed\", severity: :error, reason: :error}", ":timeout")),
    "rt_slot": lambda r: f"supabase_realtime_messages_replication_slot_{r.choice(('', 'v2_'))}{r.randint(1, 9)}",
    "rt_list": lambda r: "[" + ", ".join(f"\"{t}\"" for t in r.sample(_RT_TEN, r.randint(0, 4))) + "]",
    "rt_scope": choice(("Elixir.Realtime.Tenants.Connect", "Elixir.Extensions.PostgresCdcRls", "Elixir.Realtime.Tenants.ReplicationConnection")),
    "rt_name": lambda r: f"\"{r.choice(_RT_TEN)}\"", "rt_pid": lambda r: f"#PID<{r.randint(50000, 90000)}.{r.randint(100, 99999)}.{r.randint(0, 9)}>",
})
# ---------------------------------------------------------------- postal (Ruby; mail delivery platform, `docker logs postal-worker-1`: Klogger with its default
# :go formatter (lib/postal/config.rb): "2026-11-26 06:20:12 +0000 INFO   queue latency is 0.41s component=worker thread=work2 original_queued_message=88213"
# -- time, the padded severity and the trailing key=value tags of the enclosing tagged() groups are the logger's)
_PO_DOMS = ("gmail-smtp-in.l.google.com", "mx1.hotmail.com", "mx.example.org", "aspmx.l.google.com", "mx00.ionos.de", "mta7.am0.yahoodns.net", "mx.corp.example.net")


def _po_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)} +0000 {lvl.ljust(7)}"


def _po_qm(r: R) -> str:
    return _LINE.setdefault("po_qm", str(r.randint(100000, 9999999)))


def _po_tags_deq(r: R) -> str:
    return f" component=worker thread=work{r.randint(0, 4)} original_queued_message={_po_qm(r)} queued_message={_po_qm(r)}"


def _po_tags_send(r: R) -> str:
    return f" component=worker thread=work{r.randint(0, 4)} original_queued_message={_po_qm(r)} queued_message={_po_qm(r)} log_id={b62(r, 6).upper()}"


def _po_ep(r: R) -> str:
    return f"{r.choice(_PO_DOMS)}:25 ({ip4(r)})"


SOURCES["postal"] = ("postalserver/postal", "8ef89606bc34146fffba77a604dd824e6b1cdcc2",
                     "lib/postal/config.rb (Klogger, default :go formatter of krystal/klogger), app/senders/smtp_sender.rb, app/lib/message_dequeuer/base.rb, "
                     "app/lib/message_dequeuer/initial_processor.rb, app/lib/message_dequeuer/incoming_message_processor.rb, app/services/webhook_delivery_service.rb, "
                     "app/lib/worker/process.rb, app/scheduled_tasks/check_all_dns_scheduled_task.rb")
SYSTEMS["postal"] = (
    "{po_i}queue latency is {po_lat}s{po_deq}",
    "{po_i}starting message unqueue{po_deq}",
    "{po_i}finished message unqueue{po_deq}",
    "{po_i}Sending message {po_srv}::{po_mid} to {po_rcpt}{po_send}",
    "{po_i}Connected to {po_ep}{po_send}",
    "{po_i}Accepted by {po_ep} for {po_rcpt}{po_send}",
    "{po_i}message requeued for trying later, at {po_at}{po_deq}",
    "{po_e}Cannot connect to {po_ep} ({po_ecls}: {po_emsg}){po_send}",
    "{po_i}message is incoming{po_deq}",
    "{po_i}route says to hold, marking as held{po_deq}",
    "{po_i}message processing completed{po_deq}",
    "{po_i}Received {po_ok} status code. That's OK.{po_hook}",
    "{po_i}Will retry {po_at} (this was attempt {small}){po_hook}",
    "{po_i}running task{po_task}",
    "{po_i}scheduling task to next run at {po_at}{po_task}",
    "{po_i}checking DNS for domain: {po_dom}{po_task}",
    "{po_e}SSL error ({po_ssl}), retrying without SSL{po_send}",
)
SLOTS.update({
    "po_i": _po_head("INFO"), "po_e": _po_head("ERROR"), "po_deq": _po_tags_deq, "po_send": _po_tags_send,
    "po_hook": lambda r: f" component=worker thread=work{r.randint(0, 4)} webhook={r.randint(1, 40)} webhook_request={r.randint(1000, 999999)}",
    "po_task": lambda r: f" component=worker thread=tasks task={r.choice(('CheckAllDNSScheduledTask', 'ProcessMessageRetentionScheduledTask', 'TidyQueuedMessagesTask', 'PruneWebhookRequestsScheduledTask', 'ExpireHeldMessagesScheduledTask'))}",
    "po_lat": lambda r: f"{r.uniform(0, 30):.{r.randint(1, 3)}f}", "po_srv": lambda r: str(r.randint(1, 30)), "po_mid": lambda r: str(r.randint(10000, 9999999)),
    "po_rcpt": lambda r: f"{r.choice(USERS)}@{r.choice(('gmail.com', 'outlook.com', 'example.org', 'web.de', 'corp.example.net'))}", "po_ep": _po_ep,
    "po_at": lambda r: f"2026-11-{day(r):02d} {clock(r)} UTC", "po_ecls": choice(("Errno::ECONNREFUSED", "Net::OpenTimeout", "Errno::ETIMEDOUT", "Errno::EHOSTUNREACH")),
    "po_emsg": choice(("Connection refused - connect(2) for 203.0.113.25:25", "execution expired", "Connection timed out - connect(2) for 198.51.100.7:25", "No route to host - connect(2)")),
    "po_ok": choice(("200", "200", "204", "202")), "po_dom": choice(("example.com", "mail.example.org", "shop.example.io", "newsletter.example.net")),
    "po_ssl": choice(("SSL_connect returned=1 errno=0 peeraddr=203.0.113.25:25 state=error: certificate verify failed (hostname mismatch)",
                      "SSL_connect SYSCALL returned=5 errno=0 peeraddr=198.51.100.7:25 state=SSLv3/TLS write client hello")),
})
# ---------------------------------------------------------------- ntfy (Go; pub-sub notification server, `ntfy serve` text log on stderr under systemd, journalctl -o cat:
# log.Println of Event.String(): "2026/11/26 06:20:12 WARN Unable to publish to Firebase: ... (error=..., message_id=..., tag=firebase, topic=..., visitor_id=...)"
# -- date/time and level are the logger's; the sorted "(k=v, ...)" list holds context fields the logger adds from visitor/message/request contexters, except where
# the call itself names its fields (Server stats))
_NT_TOPICS = ("alerts", "backups", "homelab", "mytopic", "zfs-scrub", "ci-builds", "doorbell", "uptime-kuma", "phil_alerts", "grafana")


def _nt_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026/11/{day(r):02d} {clock(r)} {lvl} "


def _nt_ctx(r: R, tag: str = "", http: bool = True, msg: bool = False, err: str = "") -> str:
    ip = _LINE.setdefault("nt_ip", ip4(r))
    f = []
    if err:
        f.append(f"error={err}")
    if http:
        f += [f"http_method={r.choice(('GET', 'POST', 'PUT', 'GET'))}", f"http_path=/{r.choice(_NT_TOPICS)}{r.choice(('', '/json', '/sse', '/ws'))}"]
    if msg:
        f += [f"message_body_size={r.randint(5, 4000)}", "message_event=message", f"message_id={b62(r, 12)}", f"message_time={r.randint(1764000000, 1764199999)}"]
    if tag:
        f.append(f"tag={tag}")
    if msg:
        f.append(f"topic={r.choice(_NT_TOPICS)}")
    f += ["visitor_auth_limiter_limit=0.016666666666666666", f"visitor_auth_limiter_tokens={r.randint(0, 30)}", f"visitor_id=ip:{ip}", f"visitor_ip={ip}",
          f"visitor_messages={r.randint(0, 17280)}", "visitor_messages_limit=17280", f"visitor_messages_remaining={r.randint(0, 17280)}",
          "visitor_request_limiter_limit=0.2", f"visitor_request_limiter_tokens={r.uniform(0, 60):.{r.randint(1, 15)}f}", f"visitor_seen=2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 3)}Z"]
    return " (" + ", ".join(f) + ")"


def _nt_err(r: R) -> str:
    return r.choice(("context canceled", "websocket: close 1006 (abnormal closure): unexpected EOF", "dial tcp 142.250.185.74:443: i/o timeout",
                     "550 5.7.1 Relaying denied", "http: Server closed", "unexpected EOF", "write tcp 10.0.0.5:2586->62.4.8.9:51133: write: broken pipe"))


SOURCES["ntfy"] = ("binwiederhier/ntfy", "81a486adc11fe24efcbedefb28ae946028597c2f",
                   "log/event.go (Event.String), log/log.go, server/log.go (contexters, tags), server/visitor.go, server/types.go, server/server.go, server/server_manager.go, "
                   "server/message_cache.go, server/topic.go, server/server_webpush.go, server/server_account.go")
SYSTEMS["ntfy"] = (
    "{nt_i}Connection closed with HTTP {nt_http} (ntfy error {nt_code}){nt_ctx_http}",
    "{nt_i}Server stats (emails_received={nt_n}, emails_received_failure={nt_n}, emails_received_success={nt_n}, emails_sent={nt_n}, emails_sent_failure={nt_n}, emails_sent_success={nt_n}, messages_cached={nt_n}, messages_published={nt_n}, subscribers={nt_n}, tag=manager, topics_active={nt_n}, users={nt_n}, visitors={nt_n})",
    "{nt_i}WebSocket error: {nt_err}{nt_ctx_ws}",
    "{nt_w}Unable to publish to Firebase: {nt_fberr}{nt_ctx_fb}",
    "{nt_w}Error forwarding to subscriber{nt_ctx_fwd}",
    "{nt_w}Unable to send email to {nt_email}: {nt_err}{nt_ctx_mail}",
    "{nt_w}Unable to publish poll request{nt_ctx_poll}",
    "{nt_w}Unable to publish web push messages{nt_ctx_wp}",
    "{nt_i}Resetting all visitor stats (daily task)",
    "{nt_e}Writing {small} message(s) failed (took {godur}) (error={nt_dberr}, tag=message_cache)",
    "{nt_w}Error sending delayed message{nt_ctx_delay}",
    "{nt_w}Cannot get message counts (error={nt_dberr}, tag=manager)",
    "{nt_i}Creating user {nt_user}{nt_ctx_acct}",
    "{nt_i}Listening on{nt_listen}, ntfy {nt_ver}, log level is {nt_lvl} (tag=startup)",
)
SLOTS.update({
    "nt_i": _nt_head("INFO"), "nt_w": _nt_head("WARN"), "nt_e": _nt_head("ERROR"),
    "nt_ctx_http": lambda r: _nt_ctx(r, r.choice(("http", "publish", "subscribe"))), "nt_ctx_ws": lambda r: _nt_ctx(r, "websocket"),
    "nt_ctx_fb": lambda r: _nt_ctx(r, "firebase", False, True, _nt_err(r)), "nt_ctx_fwd": lambda r: _nt_ctx(r, "publish", False, True, _nt_err(r)),
    "nt_ctx_mail": lambda r: _nt_ctx(r, "email", False, True, _nt_err(r)), "nt_ctx_poll": lambda r: _nt_ctx(r, "", False, True, _nt_err(r)),
    "nt_ctx_wp": lambda r: _nt_ctx(r, "", False, True, _nt_err(r)), "nt_ctx_delay": lambda r: _nt_ctx(r, "", False, True, _nt_err(r)),
    "nt_ctx_acct": lambda r: _nt_ctx(r, "account"),
    "nt_http": choice(("400", "401", "403", "404", "413", "429", "429", "507")), "nt_code": choice(("40001", "40101", "40301", "40401", "41301", "42901", "42903", "50701")),
    "nt_n": lambda r: str(r.randint(0, 10 ** r.randint(1, 5))), "nt_err": _nt_err,
    "nt_fberr": choice(("Requested entity was not found.", "Request contains an invalid argument.", "context deadline exceeded")),
    "nt_email": lambda r: f"{r.choice(USERS)}@{r.choice(('example.com', 'gmail.com', 'posteo.de'))}",
    "nt_dberr": choice(("database is locked", "disk I/O error", "sql: database is closed")), "nt_user": choice(USERS),
    "nt_listen": choice((" :80[http]", " :80[http] :443[https]", " 127.0.0.1:2586[http]", " :2586[http] :25[smtp]")),
    "nt_ver": choice(("2.11.0", "2.12.0", "2.13.0", "2.14.0")), "nt_lvl": choice(("INFO", "INFO", "DEBUG")),
})
# ---------------------------------------------------------------- exabgp (Python; BGP speaker for anycast/route injection, exabgp.log.destination=/var/log/exabgp.log:
# the "long" formatter of src/exabgp/logger/format.py "%H:%M:%S <pid:<6> <source:<15> <message>": "06:20:12 4121   outgoing-3      tcp.timeout name=... peer=..."
# -- time, pid and the padded source (a connection's session(), a peer's id() or a subsystem name) are the formatter's; messages are the calls' lazymsg() templates)
_EX_PEERS = ("10.0.0.1", "10.0.0.2", "192.0.2.1", "198.51.100.254", "172.16.0.1", "2001:db8::1", "10.255.0.12")
_EX_LOCAL = ("10.0.0.10", "192.0.2.10", "172.16.0.10", "10.255.0.2")


def _ex_head(src: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        s = src
        if s == "@conn":
            s = _LINE.setdefault("ex_sess", f"{r.choice(('outgoing', 'outgoing', 'incoming'))}-{r.randint(1, 12)}")
        elif s == "@peer":
            s = f"peer-{r.randint(1, 12)}"
        return f"{clock(r)} {r.choice((4121, 4121, 4121, 1187)):<6} {s:<15} "
    return head


def _ex_peer(r: R) -> str:
    return _LINE.setdefault("ex_peer", r.choice(_EX_PEERS))


def _ex_name(r: R) -> str:
    return f"{_LINE.setdefault('ex_sess', 'outgoing-' + str(r.randint(1, 12)))} {r.choice(_EX_LOCAL)}-{_ex_peer(r)}"


def _ex_stat(r: R) -> str:
    return r.choice((f"statistics for {r.choice(('send-update', 'receive-update', 'send-keepalive', 'receive-keepalive', 'send-open', 'receive-notification'))} counter {r.randint(1, 10 ** r.randint(1, 6))}",
                     f"statistics for up counter {r.randint(1, 40)}", f"statistics for down counter {r.randint(0, 40)}"))


SOURCES["exabgp"] = ("Exa-Networks/exabgp", "4460078e0019bdd3c632b189a18115d7c06419d9",
                     "src/exabgp/logger/format.py (_long_formater, lazymsg), src/exabgp/reactor/network/connection.py, src/exabgp/reactor/peer/peer.py, "
                     "src/exabgp/reactor/loop.py, src/exabgp/reactor/protocol.py, src/exabgp/reactor/listener.py, src/exabgp/reactor/api/processes.py")
SYSTEMS["exabgp"] = (
    "{ex_stats}statistics.changed info={ex_stat}",
    "{ex_conn}tcp.timeout name={ex_name} peer={ex_peer}",
    "{ex_reactor}peer.connected peer={ex_pid} connection={ex_name}",
    "{ex_conn}connection.closing name={ex_name}",
    "{ex_conn}connection.closed peer={ex_peer}",
    "{ex_conn}tcp.session.lost name={ex_name} peer={ex_peer}",
    "{ex_conn}tcp.read.error name={ex_name} peer={ex_peer}",
    "{ex_conn}tcp.send.error name={ex_name} peer={ex_peer} error={ex_err}",
    "{ex_conn}tcp.connection.lost name={ex_name} peer={ex_peer}",
    "{ex_reactor}peer.notfound peer={ex_pname} operation=incoming_connection",
    "{ex_peerid}session.closing reason=graceful_restart",
    "{ex_conn}negotiation.family.mismatch count={small}",
    "{ex_cfg}config.reload version={ex_ver}",
    "{ex_reactor}config.loaded",
    "{ex_reactor}reactor.shutdown",
    "{ex_net}stopped listening on {ex_lip}:{ex_port}",
)
SLOTS.update({
    "ex_stats": _ex_head("statistics"), "ex_conn": _ex_head("@conn"), "ex_reactor": _ex_head("reactor"), "ex_peerid": _ex_head("@peer"),
    "ex_cfg": _ex_head("configuration"), "ex_net": _ex_head("network"),
    "ex_stat": _ex_stat, "ex_name": _ex_name, "ex_peer": _ex_peer, "ex_pid": lambda r: f"peer-{r.randint(1, 12)}",
    "ex_err": choice(("[Errno 32] Broken pipe", "[Errno 104] Connection reset by peer", "[Errno 113] No route to host", "timed out")),
    "ex_pname": lambda r: f"neighbor {r.choice(_EX_PEERS)} local-ip {r.choice(_EX_LOCAL)} local-as 65001 peer-as {r.choice((65000, 64512, 13335, 65010))} router-id {r.choice(_EX_LOCAL)} family-allowed in-open",
    "ex_ver": choice(("5.0.0", "5.0.1", "6.0.0-dev")), "ex_lip": choice(_EX_LOCAL + ("0.0.0.0", "::")), "ex_port": choice(("179", "179", "1790")),
})
# ---------------------------------------------------------------- tarantool (C; in-memory database / app server, its log file (box.cfg{log = 'file:...'}) in the
# plain format of src/lib/core/say.c: "2026-11-26 06:20:12.123 [4121] main/112/applier/replicator@tt-2:3301 I> can't connect to master" -- time, pid, cord/fiber
# id/name, the caller's file:line on warnings and errors, and the level letter are say_format_plain's)
_TR_PEERS = ("tt-1:3301", "tt-2:3301", "tt-3:3301", "10.30.0.11:3301", "10.30.0.12:3301", "storage-b-2.internal:3302")


def _tr_head(lvl: str, fiber: str = "main", where: str = "") -> Callable[[R], str]:
    def head(r: R) -> str:
        fib = fiber
        if fiber == "@applier":
            fib = f"main/{r.randint(110, 140)}/applier/replicator@{_LINE.setdefault('tr_peer', r.choice(_TR_PEERS))}"
        elif fiber == "@iproto":
            fib = f"iproto/{r.randint(101, 140)}/main"
        elif fiber == "@main":
            fib = f"main/{r.randint(101, 140)}/{r.choice(('main', 'main', 'init.lua', 'interactive'))}"
        elif fiber == "@gc":
            fib = f"main/{r.randint(101, 140)}/{r.choice(('checkpoint_daemon', 'gc'))}"
        loc = f" {where}" if where else ""
        return f"2026-11-{day(r):02d} {clock(r)}.{_frac(r, 3)} [{r.choice((4121, 4121, 4121, 1, 28871))}] {fib}{loc} {lvl}> "
    return head


def _tr_vclock(r: R) -> str:
    parts = [f"{i}: {r.randint(0, 10 ** r.randint(1, 8))}" for i in range(1, r.randint(2, 5))]
    return "{" + ", ".join(parts) + "}"


def _tr_rep(r: R) -> str:
    return r.choice((f"{uuid4(r)} at {r.choice(_TR_PEERS)}", f"{r.choice(('storage-a-1', 'storage-a-2', 'router-1'))} at {r.choice(_TR_PEERS)}", uuid4(r)))


SOURCES["tarantool"] = ("tarantool/tarantool", "67428d092e91665dcff3b3108b8423e9f1e09176",
                        "src/lib/core/say.c (say_format_plain), src/box/applier.cc, src/box/box.cc, src/box/gc.c, src/box/iproto.cc")
SYSTEMS["tarantool"] = (
    "{tr_iproto}closing connection {tr_conn}: idle for {tr_idle} second(s)",
    "{tr_app_e}Applier to {tr_rep} disconnected. Self: {tr_rep}",
    "{tr_app}can't connect to master",
    "{tr_app}will retry every {tr_retry} second",
    "{tr_app}remote master {uuid} at {tr_addr} running Tarantool {tr_ver}",
    "{tr_app}authenticated",
    "{tr_app}subscribed",
    "{tr_relay}subscribed replica {uuid} at {tr_sock}",
    "{tr_relay}remote vclock {tr_vclock} local vclock {tr_vclock}",
    "{tr_main}box switched to read-only - {tr_ro}",
    "{tr_main}box switched to rw",
    "{tr_main}entering orphan mode",
    "{tr_main}leaving orphan mode",
    "{tr_gc}scheduled next checkpoint for {tr_ctime}",
    "{tr_main}WAL threshold exceeded, triggering checkpoint",
    "{tr_gc}wal/engine cleanup is paused",
    "{tr_main}ready to accept requests",
    "{tr_main}instance vclock {tr_vclock}",
)
SLOTS.update({
    "tr_iproto": _tr_head("I", "@iproto"), "tr_app_e": _tr_head("E", "@applier", "applier.cc:121"), "tr_app": _tr_head("I", "@applier"),
    "tr_relay": _tr_head("I", "@main"), "tr_main": _tr_head("I", "@main"), "tr_gc": _tr_head("I", "@gc"),
    "tr_conn": lambda r: f"{ip4(r)}:{r.randint(30000, 65000)}", "tr_idle": choice(("60.0", "60.0", "3600.0", "30.0")), "tr_rep": _tr_rep,
    "tr_retry": choice(("1.00", "1.00", "5.00", "0.10")), "tr_addr": lambda r: _LINE.setdefault("tr_peer", r.choice(_TR_PEERS)),
    "tr_ver": choice(("3.2.1-0-g1a8d9b5e3", "3.3.0-0-g3b6c5d1a2", "2.11.5-0-g8ea2a09c1")), "tr_sock": lambda r: f"fd {r.randint(20, 90)}, aka {r.choice(_TR_PEERS)}, peer of {ip4(r)}:{r.randint(30000, 65000)}",
    "tr_vclock": _tr_vclock,
    "tr_ro": choice(("configured as a replica", "waiting for elections", "synchro queue with term 4 is owned by 2", "is an orphan", "box.cfg.read_only is true",
                     "state is 'follower', term 12, leader is 1 (storage-a-1)")),
    "tr_ctime": lambda r: f"{r.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'))} Nov {day(r):2d} {clock(r)} 2026",
})
# ==== END OF PROGRAMS


SET = GeneratedSet(prefix="u15", seed=SEED, systems=SYSTEMS, sources=SOURCES, slots=SLOTS, line=_LINE)
lines = SET.lines


if __name__ == "__main__":
    SET.main(__doc__)
