"""The UNSEEN16-S15 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py .. loggen_unseen15.py, SOURCES of earlier sets), not in LogHub's 16 and
not in hybridlogparser's sets.

Written 2026-11-26 (session 15) by helper S15-unseen16 and kept OUTSIDE the repo until the lead has scored
Millpond's miner on it: the miner's tuners share the machine.

    PYTHONPATH=/work/main/bench python loggen_unseen16.py --out /work/unseen-data16 -n 2000   # writes u16-<program>.tsv.gz
    PYTHONPATH=/work/main/bench python loggen_unseen16.py --verify                            # template literals vs the sources

Ground truth (the rule of loggen_unseen3.py .. loggen_unseen15.py): one format string / log call in the program's
source is one template; whatever the program fills in is a slot, words included.  Text the program's logger adds
around the message (timestamps, levels, pids, thread names, module tags, file:line locations, connection ids) comes
from header slots: it is not part of the format string and never decides a label.  Structured loggers' key names
written in the log call itself (go-kit ``"key", value`` pairs) are part of the call, hence of the template.

Each program names its repository, the commit read, and the source files of its format strings (SOURCES);
``--verify`` checks every literal run of >= 6 characters of every template against the local bare mirror of
that repository (git grep -F at the recorded commit).  Frequencies: every template gets at least MIN_PER lines,
the rest is drawn Zipf-like by the order templates are listed in.
"""

from __future__ import annotations

from collections.abc import Callable

from loggen_kit import R, USERS, b62, base_slots, choice, clock, day, GeneratedSet, hexs, ip4, uuid4

_LINE: dict[str, str] = {}  # values one line's header chose that its message repeats; reset per line
SEED = 161126  # the set's seed
SLOTS = base_slots()
SYSTEMS: dict[str, tuple[str, ...]] = {}
SOURCES: dict[str, tuple[str, str, str]] = {}  # program: (repository, commit read, files holding the format strings)
_NSLOT = [0]


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


def _h(fn: Callable[[R], str]) -> str:
    """Register a header slot (the logger's text around one statement's message) and return its ``{name}``."""
    _NSLOT[0] += 1
    name = f"hd{_NSLOT[0]}"
    SLOTS[name] = fn
    return "{" + name + "}"


def _ulid(r: R) -> str:
    return "01J" + "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23))


def _ts(r: R, sep: str = "T", digits: int = 6, z: str = "Z") -> str:
    return f"2026-11-{day(r):02d}{sep}{clock(r)}.{_frac(r, digits)}{z}"


# ---------------------------------------------------------------- thanos (Go; `thanos compact` in a container, `kubectl logs`: go-kit logfmt of pkg/logging/logger.go,
# 'ts=2026-11-26T06:20:12.123456789Z caller=compact.go:1298 level=info group="0@{cluster=\"eu1\", replica=\"a\"}" groupKey=0@56796750 msg="compacted blocks" new=...'
# -- ts, caller, level and the compaction group's context (group, groupKey) are the logger's; msg and the call's own key/value pairs are the call's)
_TH_GROUPS = ('0@{cluster=\\"eu1\\", replica=\\"a\\"}', '0@{cluster=\\"eu1\\", replica=\\"b\\"}', '300000@{cluster=\\"us2\\", prometheus=\\"monitoring/k8s\\"}',
              '3600000@{cluster=\\"eu1\\", prometheus=\\"monitoring/k8s\\", replica=\\"a\\"}', '0@{tenant_id=\\"default-tenant\\", receive=\\"true\\"}')


def _th_head(caller: str, lvl: str = "info", group: bool = False) -> Callable[[R], str]:
    def head(r: R) -> str:
        g = ""
        if group:
            g = f'group="{r.choice(_TH_GROUPS)}" groupKey={r.choice(("0", "300000", "3600000"))}@{r.randint(10 ** 17, 10 ** 19)} '
        return f"ts={_ts(r, digits=r.choice((6, 7, 8, 9)))} caller={caller} level={lvl} {g}"
    return head


def _th_plan(r: R) -> str:
    t = r.randint(1764000000, 1764190000) * 1000
    parts = []
    for _ in range(r.randint(2, 4)):
        parts.append(f"{_ulid(r)} (min time: {t}, max time: {t + 7200000})")
        t += 7200000
    return "[" + " ".join(parts) + "]"


def _th_ulids(r: R) -> str:
    return "[" + " ".join(_ulid(r) for _ in range(r.randint(1, 3))) + "]"


_TH_ERR = ("context deadline exceeded", "get file 01J9ZQ5X7PKBT2V3W0N6D8CMAE/meta.json: The specified key does not exist.",
           "download block 01JA2M4K8Q0F6W1E9RZ5TXNYBG: copy object to file: read tcp 10.2.4.17:51734->10.2.0.9:9000: read: connection reset by peer",
           "upload: upload file /data/compact/0@5679675083797525161/01JB0W2M7C1QZX5D3H8V4FEKTN/chunks/000001: Put \\\"https://s3.eu-west-1.amazonaws.com/thanos-eu1/01JB0W2M7C1QZX5D3H8V4FEKTN/chunks/000001\\\": EOF",
           "compaction: group 0@{cluster=\\\"eu1\\\"}: 2 errors: block with not healthy index found; out-of-order label set")
SOURCES["thanos"] = ("thanos-io/thanos", "e103a81bd5943697394afcb4fb592b6ffa806c30",
                     "pkg/logging/logger.go (logfmt, ts/caller), pkg/compact/compact.go, pkg/compact/clean.go, pkg/compact/blocks_cleaner.go, pkg/compact/retention.go, "
                     "pkg/block/fetcher.go, cmd/thanos/compact.go")
SYSTEMS["thanos"] = (
    _h(_th_head("fetcher.go:697")) + 'msg="successfully synchronized block metadata" duration={godur} duration_ms={n} cached={th_n} returned={th_n} partial={small}',
    _h(_th_head("compact.go:1195", group=True)) + 'msg="compaction available and planned" plan="{th_plan}"',
    _h(_th_head("compact.go:1262", group=True)) + 'msg="downloaded and verified blocks; compacting blocks" duration={godur} duration_ms={n} plan="{th_plan}"',
    _h(_th_head("compact.go:1298", group=True)) + 'msg="compacted blocks" new="{th_ulids}" duration={godur} duration_ms={n} overlapping_blocks={th_bool} blocks="{th_plan}"',
    _h(_th_head("compact.go:1360", group=True)) + 'msg="uploaded block" result_block={th_ulid} duration={godur} duration_ms={n}',
    _h(_th_head("compact.go:1394", group=True)) + 'msg="marking compacted block for deletion" old_block={th_ulid}',
    _h(_th_head("blocks_cleaner.go:75")) + 'msg="deleted block marked for deletion" block={th_ulid}',
    _h(_th_head("compact.go:1601")) + 'msg="start of compactions"',
    _h(_th_head("compact.go:1637")) + 'msg="compaction iterations done"',
    _h(_th_head("compact.go:452")) + 'msg="start first pass of downsampling"',
    _h(_th_head("clean.go:87")) + 'msg="found partially uploaded block; deleting" block={th_ulid}',
    _h(_th_head("clean.go:94")) + 'msg="deleted aborted partial upload" block={th_ulid} thresholdAge={th_age}',
    _h(_th_head("retention.go:42")) + 'msg="applying retention: marking block for deletion" id={th_ulid} maxTime={th_time}',
    _h(_th_head("compact.go:1580")) + 'msg="start of initial garbage collection"',
    _h(_th_head("compact.go:548", "error")) + 'msg="critical error detected; halting" err="{th_err}"',
    _h(_th_head("clean.go:80", "warn")) + 'msg="failed to get last modified time for block; falling back to block creation time" block={th_ulid} err="{th_err}"',
)
SLOTS.update({
    "th_n": lambda r: str(r.randint(0, 10 ** r.randint(1, 4))), "th_plan": _th_plan, "th_ulids": _th_ulids, "th_ulid": _ulid, "th_bool": choice(("false", "false", "true")),
    "th_age": choice(("48h0m0s", "48h0m0s", "72h0m0s")), "th_err": choice(_TH_ERR),
    "th_time": lambda r: f"2026-{r.randint(8, 11):02d}-{day(r):02d} {clock(r)} +0000 UTC",
})
# ---------------------------------------------------------------- juicefs (Go; distributed POSIX file system, `juicefs mount --log /var/log/juicefs.log`: its logrus formatter
# of pkg/utils/logger.go, "2026/11/26 06:20:12.123456 juicefs[4711] <WARNING>: slow request: ... [logRequest@cached_store.go:698]" -- time, name[pid], <LEVEL>
# and the trailing [function@file:line] are the formatter's)


def _jf_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026/11/{day(r):02d} {clock(r)}.{_frac(r, 6)} juicefs[{r.choice((4711, 4711, 1893, 28007))}] <{lvl}>: "


def _jf_tail(where: str) -> Callable[[R], str]:
    return lambda r: f" [{where}]"


def _jf_key(r: R) -> str:
    return f"chunks/{r.randint(0, 99)}/{r.randint(0, 9999)}/{r.randint(10 ** 6, 10 ** 8)}_{r.randint(0, 15)}_{r.choice((4194304, 4194304, 1048576, r.randint(4096, 4194303)))}"


def _jf(lvl: str, body: str, where: str) -> str:
    return _h(_jf_head(lvl)) + body + _h(_jf_tail(where))


_JF_ERR = ("context deadline exceeded", "NoSuchKey: The specified key does not exist.", "RequestTimeout: Your socket connection to the server was not read from or written to within the timeout period.",
           "read tcp 10.8.1.4:48212->10.8.0.20:9000: read: connection reset by peer", "dial tcp 10.8.0.21:6379: connect: connection refused",
           "write /var/jfsCache/5d1c7f2a-3b64-4a5e-9e0f-2c7a8d4b1e63/raw/chunks/0/13/13779_0_4194304.tmp: no space left on device",
           "no such file or directory", "input/output error", "ERR max number of clients reached")
SOURCES["juicefs"] = ("juicedata/juicefs", "a6a0299bdfb7f6c51261e735c1e9ca955960925b",
                      "pkg/utils/logger.go (format), pkg/chunk/cached_store.go, pkg/chunk/disk_cache.go, pkg/meta/base.go, cmd/mount.go")
SYSTEMS["juicefs"] = (
    _jf("WARNING", "slow request: {jf_op} {jf_key} {jf_param}(req_id: \"{jf_req}\", err: {jf_errv}, cost: {jf_cost})", "logRequest@cached_store.go:698"),
    _jf("WARNING", "Update atime of inode {jf_ino}: {jf_err}", "touchAtime@base.go:2040"),
    _jf("INFO", "Disk cache ({jf_cdir}): used ratio - [space {jf_pct}%, inode {jf_pct}%]", "checkFreeSpace@disk_cache.go:145"),
    _jf("WARNING", "write {jf_key} to disk: {jf_err}, upload it directly", "func1@cached_store.go:440"),
    _jf("ERROR", "Refresh session {jf_sid}: {jf_err}", "refresh@base.go:909"),
    _jf("WARNING", "Write to cache file {jf_tmp} failed: {jf_err}", "flushPage@disk_cache.go:532"),
    _jf("WARNING", "IO operation {jf_func} on {jf_cdir} is timeout after {godur}, ", "checkTimeout@disk_cache.go:285"),
    _jf("INFO", "{jf_act} session {jf_sid} OK with version: {jf_ver}", "NewSession@base.go:805"),
    _jf("INFO", "clean up stale session {jf_sid} {jf_sinfo}: {jf_nil}", "CleanStaleSessions@base.go:974"),
    _jf("WARNING", "Get summary of inode {jf_ino}: {jf_err}", "func1@base.go:1950"),
    _jf("INFO", "Prometheus metrics listening on \"{jf_maddr}\"", "exposeMetrics@mount.go:137"),
    _jf("INFO", "JuiceFS version {jf_ver}", "mount@mount.go:662"),
    _jf("INFO", "Data use {jf_blob}", "mount@mount.go:619"),
    _jf("INFO", "delay uploading by {jf_delay}", "func1@cached_store.go:917"),
    _jf("INFO", "Upload limit changed from {jf_lim} to {jf_lim}", "UpdateLimit@cached_store.go:1229"),
    _jf("WARNING", "Expect to find {jf_cnt} entries under parent {jf_ino}, but got {jf_cnt}", "Check@base.go:2427"),
)
SLOTS.update({
    "jf_op": choice(("GET", "GET", "PUT", "DELETE", "HEAD")), "jf_key": _jf_key, "jf_param": lambda r: r.choice(("", "", f"RANGE({r.randint(0, 4194304)},{r.randint(1, 4194304)}) ")),
    "jf_req": lambda r: r.choice((hexs(r, 16).upper(), f"{r.randint(10 ** 15, 10 ** 16 - 1):X}", "")), "jf_errv": lambda r: r.choice(("<nil>", "<nil>") + _JF_ERR[:4]),
    "jf_cost": lambda r: f"{r.uniform(1, 120):.{r.randint(3, 6)}f}s", "jf_ino": lambda r: str(r.randint(1, 10 ** r.randint(2, 8))), "jf_err": choice(_JF_ERR),
    "jf_cdir": lambda r: f"{r.choice(('/var/jfsCache', '/data/jfs-cache', '/mnt/nvme0/jfscache'))}/{_LINE.setdefault('jf_vol', uuid4(r))}",
    "jf_pct": lambda r: f"{r.uniform(0, 99.9):.1f}", "jf_sid": lambda r: str(r.randint(1, 90000)),
    "jf_tmp": lambda r: f"{r.choice(('/var/jfsCache', '/data/jfs-cache'))}/{uuid4(r)}/raw/{_jf_key(r)}.tmp{r.randint(1000, 9999)}",
    "jf_func": choice(("github.com/juicedata/juicefs/pkg/chunk.(*cacheStore).load", "github.com/juicedata/juicefs/pkg/chunk.(*cacheStore).flushPage",
                       "github.com/juicedata/juicefs/pkg/chunk.(*cacheStore).remove", "github.com/juicedata/juicefs/pkg/chunk.(*cacheStore).checkFreeSpace")),
    "jf_act": choice(("Create", "Create", "Update")), "jf_ver": choice(("1.2.3+2025-01-22.4f2aba8", "1.3.0+2025-07-03.30190ca", "1.1.5+2024-10-12.c7f5b0a")),
    "jf_sinfo": lambda r: f"{{Version:1.2.3+2025-01-22.4f2aba8 HostName:{r.choice(('node017', 'gpu-04', 'k8s-worker-5', 'build-07'))} IP:[{ip4(r)}] MountPoint:{r.choice(('/jfs', '/mnt/jfs', '/data'))} MountTime:2026-11-{day(r):02d} {clock(r)}.{_frac(r, 9)} +0000 UTC ProcessID:{r.randint(300, 99999)}}}",
    "jf_nil": choice(("<nil>", "<nil>", "<nil>", "context deadline exceeded")), "jf_maddr": lambda r: f"{r.choice(('127.0.0.1', '0.0.0.0', ip4(r)))}:{r.choice((9567, 9567, 9568, 9569))}",
    "jf_blob": lambda r: r.choice((f"s3://jfs-{r.choice(('prod', 'ml', 'backup'))}/myjfs/", f"minio://minio.lan:9000/juicefs/{r.choice(('vol1', 'myjfs'))}/", "file:///var/jfs/myjfs/", f"oss://jfs-data.oss-cn-hangzhou.aliyuncs.com/{r.choice(('vol1', 'myjfs'))}/")),
    "jf_delay": choice(("1h0m0s", "30m0s", "10m0s", "2h0m0s")), "jf_lim": lambda r: str(r.choice((0, 0, 100, 200, 400, 1024, 2048))),
    "jf_cnt": lambda r: str(r.randint(0, 5000)),
})
# ---------------------------------------------------------------- mopidy (Python; music server, `docker logs mopidy` of the rich console handler with this commit's
# default.conf format "%(threadName)s %(name)s\n%(message)s" and log_time_format "%H:%M:%S" (markup dropped, the newline flattened):
# "06:20:12 INFO     MainThread mopidy._app.server Starting Mopidy audio" -- time, level, thread and logger name are the handler's)


def _mp_head(lvl: str, name: str, threads: tuple[str, ...] = ("MainThread",)) -> Callable[[R], str]:
    return lambda r: f"{clock(r)} {lvl:<8} {r.choice(threads)} {name} "


_MP_URIS = ("http://icecast.radiofrance.fr/fip-hifi.aac", "https://stream.radioparadise.com/flac", "http://ice1.somafm.com/groovesalad-256-mp3",
            "https://live.wostreaming.net/direct/wboc-waaifmmp3-ibc2", "http://streams.90s90s.de/danceradio/mp3-192/", "https://somafm.com/defcon.pls",
            "http://radio.lan:8000/living-room.m3u", "https://podcasts.example.org/feed/episode-231.mp3", "file:///srv/music/Radiohead/OK%20Computer/02%20Paranoid%20Android.flac",
            "local:track:Miles%20Davis/Kind%20of%20Blue/01%20So%20What.flac", "spotify:track:4uLU6hMCjMI75M1A2tKUQC", "tunein:station:s24862")
_MP_ACT = ("Core-7", "Core-7", "StreamBackend-3", "FileBackend-4", "HttpFrontend-9", "Audio-2", "MpdFrontend-10")
SOURCES["mopidy"] = ("mopidy/mopidy", "b08755670fadc1122383446e9d545ab38becef90",
                     "src/mopidy/_app/default.conf, src/mopidy/_app/logs.py (console format), src/mopidy/_app/cli.py, src/mopidy/_app/config.py, src/mopidy/_app/server.py, "
                     "src/mopidy/_app/extensions.py, src/mopidy/_app/process.py, src/mopidy/_exts/stream/actor.py, src/mopidy/_exts/stream/http.py, "
                     "src/mopidy/_exts/file/library.py, src/mopidy/_exts/http/actor.py, src/mopidy/_exts/http/handlers.py, src/mopidy/core/_playback.py")
SYSTEMS["mopidy"] = (
    _h(_mp_head("INFO", "mopidy._exts.stream.actor", _MP_ACT)) + "Unwrapping stream from URI ({mp_uri}) failed: timed out in {mp_ms}ms",
    _h(_mp_head("WARNING", "mopidy._exts.stream.http", _MP_ACT)) + "Problem downloading '{mp_uri}': {mp_reason}",
    _h(_mp_head("INFO", "mopidy._exts.stream.actor", _MP_ACT)) + "Unwrapping stream from URI ({mp_uri}) failed: error downloading URI {mp_uri}",
    _h(_mp_head("WARNING", "mopidy._exts.stream.http", _MP_ACT)) + "Download of '{mp_uri}' failed due to connection timeout after {mp_sec}s",
    _h(_mp_head("WARNING", "mopidy._exts.file.library", _MP_ACT)) + "Failed looking up {mp_uri}: {mp_exc}",
    _h(_mp_head("INFO", "mopidy.core._playback", _MP_ACT)) + "Tried to play track with TLID {mp_tlid}, but it was not found in the tracklist.",
    _h(_mp_head("WARNING", "mopidy._exts.http.handlers", ("HttpServer",))) + "HTTP request denied for missing Origin header",
    _h(_mp_head("INFO", "mopidy._app.server")) + "Mixer volume set to {mp_vol}",
    _h(_mp_head("INFO", "mopidy._app.cli")) + "Starting Mopidy {mp_ver}",
    _h(_mp_head("INFO", "mopidy._app.config")) + "Loading config from {mp_conf}",
    _h(_mp_head("INFO", "mopidy._app.server")) + "Starting Mopidy mixer: {mp_mixer}",
    _h(_mp_head("INFO", "mopidy._app.server")) + "Starting Mopidy backends: {mp_backends}",
    _h(_mp_head("INFO", "mopidy._app.server")) + "Starting Mopidy frontends: {mp_frontends}",
    _h(_mp_head("INFO", "mopidy._exts.http.actor", ("HttpServer",))) + "HTTP server running at [{mp_host}]:{mp_port}",
    _h(_mp_head("INFO", "mopidy._app.extensions")) + "Enabled extensions: {mp_exts}",
    _h(_mp_head("ERROR", "mopidy._app.server")) + "Actor died: {mp_died}",
    _h(_mp_head("INFO", "mopidy._app.process")) + "Got SIGTERM signal. Exiting...",
)
SLOTS.update({
    "mp_uri": choice(_MP_URIS), "mp_ms": choice(("5000", "5000", "10000", "2500")),
    "mp_reason": choice(("Not Found", "Forbidden", "Service Unavailable", "Bad Gateway", "Internal Server Error", "Unauthorized")),
    "mp_sec": choice(("5.000", "5.000", "10.000", "2.500")), "mp_exc": choice(("Could not find a audio/x-unknown decoder to handle media.", "Timeout after 1000ms",
                                                                               "Resource not found.", "Could not open resource for reading.", "Internal data stream error.")),
    "mp_tlid": lambda r: str(r.randint(1, 4000)), "mp_vol": lambda r: str(r.randint(0, 100)), "mp_ver": choice(("4.0.0", "4.0.1", "4.0.0a3")),
    "mp_conf": choice(("file:///etc/mopidy/mopidy.conf", "file:///config/mopidy.conf", "file:///root/.config/mopidy/mopidy.conf", "file:///usr/share/mopidy/conf.d/mopidy.conf")),
    "mp_mixer": choice(("SoftwareMixer", "SoftwareMixer", "AlsaMixer", "PulseAudioMixer")),
    "mp_backends": choice(("FileBackend, M3UBackend, StreamBackend", "FileBackend, M3UBackend, StreamBackend, LocalBackend, TuneInBackend", "FileBackend, StreamBackend, SpotifyBackend",
                           "M3UBackend, StreamBackend, LocalBackend, JellyfinBackend")),
    "mp_frontends": choice(("HttpFrontend", "HttpFrontend, MpdFrontend", "MpdFrontend, HttpFrontend, ScrobblerFrontend", "HttpFrontend, MpdFrontend, MprisFrontend")),
    "mp_host": choice(("0.0.0.0", "::", "127.0.0.1")), "mp_port": choice(("6680", "6680", "6681")),
    "mp_exts": choice(("file, http, local, m3u, mpd, softwaremixer, stream", "file, http, m3u, mpd, softwaremixer, stream, tunein, youtube", "file, http, iris, m3u, mpd, softwaremixer, spotify, stream")),
    "mp_died": choice(("Could not open audio output device", "[Errno 98] Address already in use", "Timeout after 10s waiting for GStreamer", "ConnectionRefusedError: [Errno 111] Connection refused")),
})
# ---------------------------------------------------------------- lavinmq (Crystal; AMQP 0-9-1 message broker, systemd unit with its JournalLogFormat (src/lavinmq/log_formatter.cr),
# read back from the collected syslog: "Nov 26 06:20:12 mq1 lavinmq[812]: lmq.amqp.client[vhost: "/", address: "10.0.3.4:51234"] Connection established for user=app"
# -- syslog head, the Log source, the [metadata] of the connection or queue are the formatter's; journald strips the <6> priority)
_LM_VH = ("/", "/", "prod", "staging", "iot", "billing")
_LM_Q = ("orders.created", "email.outbound", "celery", "events.dlq", "telemetry.raw", "amq.gen-JzTY20BRgKO-HjmUJj0wLg", "invoice-render", "webhooks.retry", "sensor.readings")
_LM_USERS = ("app", "guest", "orders-svc", "celery", "telegraf", "iot-gw", "billing", "admin", "mqtt-bridge")


def _lm_head(src: str, md: str = "") -> Callable[[R], str]:
    def head(r: R) -> str:
        meta = ""
        if md == "conn":
            name = r.choice(("", "", f', name: "{r.choice(("orders-api-7f9c", "celery@worker-2", "telegraf", "php-amqplib", "iot-gw-03"))}"'))
            meta = f'[vhost: "{r.choice(_LM_VH)}", address: "{_hp(r)}"{name}]'
        elif md == "queue":
            meta = f'[queue: "{r.choice(_LM_Q)}", vhost: "{r.choice(_LM_VH)}"]'
        return f"Nov {day(r):2d} {clock(r)} {r.choice(('mq1', 'mq2', 'mq3', 'lavinmq-0'))} lavinmq[{r.choice((812, 812, 1207, 4403))}]: lmq.{src}{meta} "
    return head


def _lm(src: str, md: str, body: str) -> str:
    return _h(_lm_head(src, md)) + body


def _lm_span(r: R) -> str:
    s = r.randint(0, 10 ** r.randint(1, 5))
    d, s = divmod(s, 86400)
    h, s = divmod(s, 3600)
    m, s = divmod(s, 60)
    return (f"{d}." if d else "") + f"{h:02d}:{m:02d}:{s:02d}.{_frac(r, r.choice((6, 7, 9)))}"


SOURCES["lavinmq"] = ("cloudamqp/lavinmq", "044c24158eb1928e0478f5025819b4224dd1ec64",
                      "src/lavinmq/log_formatter.cr, src/lavinmq/logger.cr, src/lavinmq/amqp/client.cr, src/lavinmq/amqp/channel.cr, src/lavinmq/amqp/queue/queue.cr, "
                      "src/lavinmq/amqp/connection_factory.cr, src/lavinmq/clustering/client.cr, src/lavinmq/clustering/server.cr, src/lavinmq/launcher.cr, src/lavinmq/message_store.cr")
SYSTEMS["lavinmq"] = (
    _lm("amqp.client", "conn", "Connection established for user={lm_user}"),
    _lm("amqp.client", "conn", "Connection disconnected for user={lm_user} duration={lm_span}"),
    _lm("amqp.client", "conn", "Closing: {lm_reason}"),
    _lm("queue", "queue", "Expired {lm_n} messages"),
    _lm("amqp.client", "conn", "Precondition failed channel={lm_ch} reason=\"{lm_pf}\""),
    _lm("amqp.client", "conn", "Access refused channel={lm_ch} reason=\"{lm_ar}\""),
    _lm("amqp.connection_factory", "", "{lm_exc} when {lm_addr} tried to establish connection"),
    _lm("queue", "queue", "Purged {lm_n} messages"),
    _lm("queue", "queue", "(messages={lm_n}) Deleted"),
    _lm("amqp.channel", "conn", "Message size exceeded, {lm_big}/{lm_max}"),
    _lm("clustering.client", "", "Disconnected from server {lm_leader}:{lm_cport} ({lm_cexc}), retrying..."),
    _lm("clustering.client", "", "Following {lm_leader}:{lm_cport}"),
    _lm("clustering.server", "", "Follower disconnected address={lm_addr} id={lm_fid}"),
    _lm("clustering.server", "", "In-sync replicas: {lm_isr}"),
    _lm("launcher", "", "Finished startup in {lm_start}s"),
    _lm("launcher", "", "FD limit: {lm_fd}"),
    _lm("message_store", "queue", "Deleting orphaned ack file: {lm_ack}"),
)
SLOTS.update({
    "lm_user": choice(_LM_USERS), "lm_span": _lm_span, "lm_n": lambda r: str(r.randint(1, 10 ** r.randint(1, 6))), "lm_ch": lambda r: str(r.randint(1, 40)),
    "lm_reason": choice(("client unexpectedly closed TCP connection", "Broker shutdown", "heartbeat timeout", "Connection forced by admin", "CONNECTION_FORCED - Closed via management plugin")),
    "lm_pf": lambda r: r.choice((f"PRECONDITION_FAILED - inequivalent arg 'durable' for queue '{r.choice(_LM_Q)}' in vhost '{r.choice(_LM_VH)}': received 'true' but current is 'false'",
                                 f"PRECONDITION_FAILED - unknown delivery tag {r.randint(1, 90000)}", "PRECONDITION_FAILED - Exclusive queue can't be consumed from by another connection")),
    "lm_ar": lambda r: f"ACCESS_REFUSED - User '{r.choice(_LM_USERS)}' doesn't have {r.choice(('read', 'write', 'config'))} access to queue '{r.choice(_LM_Q)}'",
    "lm_exc": choice(("Error reading socket: Connection reset by peer", "SSL_accept: error:0A00010B:SSL routines::wrong version number", "Unexpected EOF",
                      "Invalid protocol start", "Error reading socket: Operation timed out")),
    "lm_addr": _hp, "lm_big": lambda r: str(r.randint(134217729, 900000000)), "lm_max": choice(("134217728",)),
    "lm_leader": choice(("10.30.1.11", "10.30.1.12", "mq1.internal", "mq2.internal", "10.30.1.13")), "lm_cport": choice(("5679",)),
    "lm_cexc": choice(("Connection refused", "Connection reset by peer", "Error reading socket: Broken pipe", "Unexpected end of file", "Operation timed out")),
    "lm_fid": lambda r: "".join(r.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(11, 13))),
    "lm_isr": lambda r: "Set{" + ", ".join(str(r.randint(10 ** 17, 10 ** 19)) for _ in range(r.randint(1, 3))) + "}",
    "lm_start": lambda r: f"{r.uniform(0.05, 40):.{r.randint(4, 9)}f}", "lm_fd": choice(("1048576", "65536", "524288", "1024")),
    "lm_ack": lambda r: f"/var/lib/lavinmq/{hexs(r, 40)}/{hexs(r, 40)}/acks.{r.randint(1, 9999999999):010d}",
})
# ---------------------------------------------------------------- garnet (C#; Microsoft's Redis-compatible cache server, `docker logs garnet`: the SimpleConsole logger of
# libs/host/GarnetServer.cs (SingleLine, TimestampFormat "hh::mm::ss "): "06::20::12 info: ClusterManager[0] MEET ..." -- time, level, category[event id] are the logger's;
# each message is one message template with {named} holes)


def _ga_head(lvl: str, cat: str) -> Callable[[R], str]:
    return lambda r: f"{r.randint(1, 12):02d}::{r.randint(0, 59):02d}::{r.randint(0, 59):02d} {lvl}: {cat}[0] "


def _ga(lvl: str, cat: str, body: str) -> str:
    return _h(_ga_head(lvl, cat)) + body


SOURCES["garnet"] = ("microsoft/garnet", "e508a41620f12b01a534826fa83eecfd350db7dd",
                     "libs/host/GarnetServer.cs (console logger), libs/cluster/Server/ClusterConfig.cs, libs/cluster/Server/ClusterManager.cs, libs/cluster/Server/Gossip/Gossip.cs, "
                     "libs/cluster/Server/Replication/PrimaryOps/AofOperations/AofSyncDriver.cs, libs/cluster/Server/Replication/PrimaryOps/DiskbasedReplication/ReplicaSyncSession.cs, "
                     "libs/cluster/Server/Migration/MigrateSessionSlots.cs, libs/host/Configuration/Redis/RedisConfigSerializer.cs, libs/server/Servers/GarnetServerOptions.cs")
SYSTEMS["garnet"] = (
    _ga("warn", "ClusterManager", "InitConnections: Could not establish connection to remote node [{ga_node} {ga_ip}:{ga_port}] failed"),
    _ga("info", "ClusterManager", "MEET {ga_node} {ga_ip} {ga_port}"),
    _ga("warn", "MigrationManager", "[{ga_task}> Scan from {ga_addr} to {ga_addr} and discovered {ga_cnt} keys"),
    _ga("warn", "MigrationManager", "<{ga_task}> migrate scan range [{ga_addr}, {ga_addr}]"),
    _ga("info", "ReplicationManager", "Starting ReplicationManager.ReplicaSyncTask for remote node {ga_node} starting from address {ga_addr}"),
    _ga("warn", "ReplicationManager", "AofSyncDriver terminated for remote node replicaId:{ga_node} [{ga_ip}:{ga_port}] startAddress: {ga_addr}, previousAddress:{ga_addr}"),
    _ga("info", "ReplicationManager", "Replica replicaId:{ga_node} requesting checkpoint replicaStoreVersion:{ga_ver}"),
    _ga("info", "ReplicationManager", "Taking on-demand checkpoint, attempt {small}."),
    _ga("info", "ReplicationManager", "Sending main store checkpoint {ga_ver} {uuid} {uuid} to replica"),
    _ga("warn", "ClusterManager", "Epoch Collision {ga_epoch} <> {ga_epoch} [{ga_ip}:{ga_port},{ga_node}] [{ga_ip}:{ga_port},{ga_node}]"),
    _ga("info", "ClusterManager", "Attempt to recover cluster config from: {ga_conf}"),
    _ga("info", "GarnetServer", "Garnet {ga_gver} {ga_bits} bit; {ga_mode} mode; Endpoint: [{ga_ep}]"),
    _ga("info", "GarnetServer", "Environment .NET {ga_net}; {ga_os}; {ga_arch}"),
    _ga("info", "GarnetServer", "Total configured memory limit: {ga_mem}"),
    _ga("info", "GarnetServer", "[Store] Using page size of {ga_page}"),
    _ga("warn", "Options", "Redis configuration option not supported: {ga_opt}."),
)
SLOTS.update({
    "ga_node": lambda r: hexs(r, 40), "ga_ip": lambda r: f"10.40.{r.randint(0, 3)}.{r.randint(2, 40)}", "ga_port": choice(("7000", "7001", "7002", "6379", "7003")),
    "ga_task": lambda r: str(r.randint(0, 15)), "ga_addr": lambda r: str(r.randint(64, 10 ** r.randint(4, 11))), "ga_cnt": lambda r: str(r.randint(0, 10 ** r.randint(1, 6))),
    "ga_ver": lambda r: str(r.randint(1, 900)), "ga_epoch": lambda r: str(r.randint(1, 300)),
    "ga_conf": choice(("/data/nodes.conf", "/var/lib/garnet/nodes.conf", "/data/garnet/nodes.conf")), "ga_gver": choice(("1.0.84", "1.0.86", "1.1.2")),
    "ga_bits": choice(("64",)), "ga_mode": choice(("cluster", "cluster", "standalone")), "ga_ep": choice(("0.0.0.0:6379", "0.0.0.0:7000", "[::]:6379", "10.40.1.12:7001")),
    "ga_net": choice(("8.0.11", "9.0.4", "8.0.17")), "ga_os": choice(("Unix", "Unix", "Win32NT")), "ga_arch": choice(("X64", "X64", "Arm64")),
    "ga_mem": choice(("16 GB", "8 GB", "64 GB", "4 GB", "32 GB")), "ga_page": choice(("32 MB", "4 KB", "32 KB", "1 MB")),
    "ga_opt": choice(("appendfsync", "maxmemory-policy", "tcp-keepalive", "protected-mode", "save", "databases", "lazyfree-lazy-eviction", "io-threads")),
})
# ---------------------------------------------------------------- netdata (C; monitoring agent, its daemon log /var/log/netdata/daemon.log in the logfmt layout of
# src/libnetdata/log (fields time, comm, source, level, tid, thread, msg): 'time=2026-11-26T06:20:12.123+00:00 comm=netdata source=daemon level=warning tid=4711
# thread=STREAM_CNT msg="can't connect to a parent, last error: timeout"' -- every field before msg= and the msg="..." quoting are the logger's)
_ND_HOSTS = ("web01", "db-primary", "k8s-worker-5", "edge-gw1", "nas", "pve2", "mon01", "rpi4-garage", "build-07", "fs02")
_ND_THREADS = {"stream": ("STREAM_CNT", "STREAM_SND[0]", "STREAM_RCV[2]", "STREAM_RCV[0]"), "aclk": ("ACLK_MAIN",), "health": ("HEALTH",), "main": ("netdata", "SERVICE", "P[go.d]")}


def _nd_head(lvl: str, th: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        return (f"time=2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 3)}{r.choice(('+00:00', '+00:00', '+01:00', '-05:00'))} comm=netdata source=daemon level={lvl} "
                f"tid={r.randint(900, 99999)} thread={r.choice(_ND_THREADS[th])} msg=\"")
    return head


def _nd(lvl: str, th: str, body: str) -> str:
    return _h(_nd_head(lvl, th)) + body + '"'


SOURCES["netdata"] = ("netdata/netdata", "04b1cf54270c4e21c02e322e577e7e96d547c9ee",
                      "src/libnetdata/log/nd_log-internals.c (logfmt fields), src/streaming/stream-connector.c, src/streaming/stream-receiver.c, src/aclk/aclk.c, "
                      "src/aclk/mqtt_websockets/mqtt_ng.c, src/database/rrdhost.c, src/health/health_event_loop.c")
SYSTEMS["netdata"] = (
    _nd("warning", "stream", "can't connect to a parent, last error: {nd_sockerr}"),
    _nd("err", "stream", "STREAM CONNECT '{nd_host}' [to {nd_parent}]: remote netdata does not respond."),
    _nd("notice", "stream", "STREAM CNT '{nd_host}' [to {nd_parent}]: streaming connector removed host: {nd_hs} (signaled to stop)"),
    _nd("err", "stream", "STREAM CONNECT '{nd_host}' [to {nd_parent}]: failed to send HTTP header to remote netdata."),
    _nd("notice", "aclk", "Going to restart connection due to \\\"{nd_reason}\\\""),
    _nd("warning", "aclk", "ACLK link is down"),
    _nd("info", "aclk", "ACLK: connection successfully established"),
    _nd("err", "stream", "STREAM RCV '{nd_host}' [from [{ip}]:{port}]: failed to set non-blocking mode on socket {nd_fd}"),
    _nd("err", "stream", "STREAM RCV[{small}] '{nd_host}' [from [{ip}]:{port}]: send buffer is full (buffer size {nd_sz}, max {nd_sz}, used {nd_sz}, available {nd_sz}). Restarting connection."),
    _nd("info", "aclk", "ACLK: MQTT server limits message size to {nd_mqsz}"),
    _nd("notice", "main", "Host '{nd_host}' switched program version from '{nd_ver}' to '{nd_ver}'"),
    _nd("warning", "main", "Host '{nd_host}' has been renamed to '{nd_host}'. If this is not intentional it may mean multiple hosts are using the same machine_guid."),
    _nd("notice", "health", "Postponing alarm checks for {nd_post} seconds, because it seems that the system was just resumed from suspension."),
    _nd("warning", "main", "Host '{nd_host}' has memory mode '{nd_mode}', but the wanted one is '{nd_mode}'. Restart netdata here to apply the new settings."),
    _nd("info", "main", "Archived host '{nd_host}' has memory mode '{nd_mode}', but the wanted one is '{nd_mode}'. Discarding archived state."),
)
SLOTS.update({
    "nd_sockerr": choice(("connection refused", "timeout", "cannot resolve hostname", "cannot establish SSL connection", "socket poll() error", "connection refused")),
    "nd_host": choice(_ND_HOSTS), "nd_parent": lambda r: f"{r.choice(('10.20.0.5', '10.20.0.6', 'parent1.lan', 'netdata-parent.monitoring.svc'))}:{r.choice(('19999', '19999', '443'))}",
    "nd_hs": choice(("NEVER CONNECTED", "BAD HANDSHAKE", "ALREADY CONNECTED", "DENIED", "SEND TIMEOUT", "RECEIVE TIMEOUT", "CANT CONNECT", "BUSY TRY LATER", "INTERNAL ERROR", "SSL ERROR")),
    "nd_reason": choice(("Cloud requested disconnect", "ping timeout", "websocket error", "MQTT connection lost", "Cloud requested reconnect")),
    "nd_fd": lambda r: str(r.randint(8, 4000)), "nd_sz": lambda r: str(r.randint(0, 10 ** r.randint(4, 8))), "nd_mqsz": choice(("262144", "1048576", "131072")),
    "nd_ver": choice(("v2.5.4", "v2.6.0", "v2.6.1", "v2.7.0-21-nightly", "v2.4.0", "v1.47.5")), "nd_post": choice(("60", "60", "120", "30")),
    "nd_mode": choice(("dbengine", "ram", "alloc", "none")),
})
# ---------------------------------------------------------------- scylla (C++; ScyllaDB, journald read back as syslog with the seastar logger's "[shard N:group] logger - " prefix:
# "Nov 26 06:20:12 scylla-2 scylla[2231]:  [shard  0:main] gossip - InetAddress 8f3b.../10.0.1.12 is now UP, status = NORMAL" -- syslog head, shard/scheduling
# group and logger name are the logger's)


def _sc_head(name: str, groups: tuple[str, ...] = ("main",)) -> Callable[[R], str]:
    return lambda r: (f"Nov {day(r):2d} {clock(r)} scylla-{r.randint(1, 6)} scylla[{r.choice((2231, 2231, 1874, 3302))}]:  "
                      f"[shard {r.randint(0, 15):>2}:{r.choice(groups)}] {name} - ")


def _sc(name: str, body: str, groups: tuple[str, ...] = ("main",)) -> str:
    return _h(_sc_head(name, groups)) + body


def _sc_sst(r: R) -> str:
    ks = r.choice(("app.events", "app.users", "metrics.samples", "system.local", "iot.readings", "audit.log"))
    ks, tb = ks.split(".")
    return f"/var/lib/scylla/data/{ks}/{tb}-{hexs(r, 32)}/me-{b62(r, 4).lower()}_{b62(r, 4).lower()}_{b62(r, 5).lower()}{b62(r, 13).lower()}-big-Data.db"


SOURCES["scylla"] = ("scylladb/scylladb", "f4a4091ca28efb8c06c3422fdaac1d2f02e5614f",
                     "gms/gossiper.cc, db/hints/manager.cc, compaction/compaction.cc, repair/repair.cc")
SYSTEMS["scylla"] = (
    _sc("gossip", "InetAddress {sc_hid}/{sc_ip} is now UP, status = {sc_status}", ("gossip", "main")),
    _sc("gossip", "InetAddress {sc_hid}/{sc_ip} is now DOWN, status = {sc_status}", ("gossip", "main")),
    _sc("gossip", "failure_detector_loop: Send echo to node {sc_hid}/{sc_ip}, status = failed: {sc_exc}", ("gossip",)),
    _sc("gossip", "failure_detector_loop: Mark node {sc_hid}/{sc_ip} as DOWN", ("gossip",)),
    _sc("hints_manager", "Draining starts for {sc_hid}", ("streaming", "main")),
    _sc("hints_manager", "drain_for: finished draining {sc_hid}", ("streaming", "main")),
    _sc("gossip", "Got shutdown message from {sc_hid}, received_generation={sc_gen}, local_generation={sc_gen}", ("gossip",)),
    _sc("gossip", "Fail to send EchoMessage to {sc_hid}/{sc_ip}: {sc_exc}", ("gossip",)),
    _sc("gossip", "Node {sc_hid} has restarted, now UP, status = {sc_status}", ("gossip",)),
    _sc("hints_manager", "Removed hint directory for {sc_hid}", ("streaming", "main")),
    _sc("compaction", "Scrubbing in validate mode {sc_sst}", ("compaction", "maintenance")),
    _sc("compaction", "Finished scrubbing in validate mode {sc_sst} - sstable is {sc_valid}", ("compaction", "maintenance")),
    _sc("gossip", "Sending a GossipShutdown to {sc_hid} with generation {sc_gen}", ("gossip", "main")),
    _sc("gossip", "ClusterName mismatch from {sc_ip} {sc_cluster}!={sc_cluster}", ("gossip",)),
    _sc("repair", "Column family {sc_table} does not exist in keyspace {sc_ks}", ("streaming",)),
    _sc("gossip", "Gossip shadow round finished with nodes_talked={sc_nodes}", ("main",)),
)
SLOTS.update({
    "sc_hid": uuid4, "sc_ip": lambda r: f"10.0.{r.randint(1, 3)}.{r.randint(10, 40)}", "sc_status": choice(("NORMAL", "NORMAL", "NORMAL", "shutdown", "LEFT", "BOOT")),
    "sc_exc": choice(("seastar::rpc::closed_error (connection is closed)", "seastar::timed_out_error (timedout)", "std::system_error (error system:111, Connection refused)",
                      "rpc::remote_verb_error (unknown verb)", "seastar::rpc::timeout_error (rpc call timed out)")),
    "sc_gen": lambda r: str(r.randint(1760000000, 1764200000)), "sc_sst": _sc_sst, "sc_valid": choice(("valid", "valid", "valid", "invalid")),
    "sc_cluster": choice(("Prod Cluster", "scylla-prod", "Test Cluster", "analytics")), "sc_table": choice(("events", "sessions_by_user", "readings_v2", "audit_log")),
    "sc_ks": choice(("app", "iot", "metrics", "audit")), "sc_nodes": lambda r: "{" + ", ".join(f"10.0.{r.randint(1, 3)}.{r.randint(10, 40)}" for _ in range(r.randint(1, 4))) + "}",
})
# ---------------------------------------------------------------- freeswitch (C; telephony switch, its log file /var/log/freeswitch/freeswitch.log: "<session uuid> 2026-11-26 06:20:12.123456
# 97.53% [NOTICE] switch_channel.c:1143 New Channel sofia/internal/1001@pbx.example.com [<uuid>]" -- the session uuid, time, idle CPU, [LEVEL] and the caller's
# file:line are switch_log's)
_FS_HOSTS = ("pbx.example.com", "10.10.0.5", "voip.corp.example", "sip.lan")


def _fs_uuid(r: R) -> str:
    return _LINE.setdefault("fs_uuid", uuid4(r))


def _fs_head(lvl: str, where: str, sess: bool = True) -> Callable[[R], str]:
    def head(r: R) -> str:
        pre = f"{_fs_uuid(r)} " if sess else ""
        return f"{pre}2026-11-{day(r):02d} {clock(r)}.{_frac(r, 6)} {r.uniform(55, 99.9):.2f}% [{lvl}] {where} "
    return head


def _fs_chan(r: R) -> str:
    if "fs_chan" not in _LINE:
        _LINE["fs_chan"] = r.choice((f"sofia/internal/{r.randint(1000, 1099)}@{r.choice(_FS_HOSTS)}", f"sofia/external/+1{r.randint(2000000000, 9899999999)}",
                                     f"sofia/gateway/{r.choice(('twilio', 'voipms', 'telnyx'))}/{r.randint(1000, 1099)}", f"loopback/{r.randint(1000, 1099)}-a"))
    return _LINE["fs_chan"]


def _fs(lvl: str, where: str, body: str, sess: bool = True) -> str:
    return _h(_fs_head(lvl, where, sess)) + body


SOURCES["freeswitch"] = ("signalwire/freeswitch", "cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c",
                         "src/switch_log.c (file layout), src/switch_channel.c, src/switch_core_session.c, src/switch_core_state_machine.c, "
                         "src/mod/dialplans/mod_dialplan_xml/mod_dialplan_xml.c, src/mod/endpoints/mod_sofia/sofia.c")
SYSTEMS["freeswitch"] = (
    _fs("INFO", "switch_core_session.c:2904", "EXECUTE [depth={small}] {fs_chan} {fs_app}({fs_arg})"),
    _fs("NOTICE", "switch_channel.c:1143", "New Channel {fs_chan} [{fs_uuid}]"),
    _fs("NOTICE", "switch_channel.c:3426", "Hangup {fs_chan} [{fs_state}] [{fs_cause}]"),
    _fs("NOTICE", "switch_core_session.c:1548", "Close Channel {fs_chan} [{fs_cstate}]"),
    _fs("INFO", "mod_dialplan_xml.c:648", "Processing {fs_cid} <{fs_num}>->{fs_dest} in context {fs_ctx}"),
    _fs("NOTICE", "switch_channel.c:3885", "Channel [{fs_chan}] has been answered"),
    _fs("NOTICE", "switch_channel.c:3484", "Ring-Ready {fs_chan}!"),
    _fs("NOTICE", "switch_channel.c:3535", "Pre-Answer {fs_chan}!"),
    _fs("NOTICE", "switch_core_state_machine.c:382", "{fs_chan} has executed the last dialplan instruction, hanging up."),
    _fs("WARNING", "sofia.c:6536", "Sip user '{fs_user}@{fs_host}' is now Unreachable", False),
    _fs("WARNING", "sofia.c:6569", "Sip user '{fs_user}@{fs_host}' is now Reachable", False),
    _fs("WARNING", "sofia.c:6489", "Ping failed {fs_gw} with code {fs_code} - count {small}/{small}/{small}, state {fs_gws}", False),
    _fs("WARNING", "sofia.c:10771", "Error Authenticating user {fs_acl}"),
    _fs("NOTICE", "sofia.c:9257", "Attended Transfer [{fs_chan}][{uuid}]"),
    _fs("NOTICE", "sofia.c:10197", "Recording {fs_chan} to {fs_rec}"),
    _fs("WARNING", "sofia.c:11063", "Nat detected but no external address configured."),
)
SLOTS.update({
    "fs_chan": _fs_chan, "fs_uuid": _fs_uuid,
    "fs_app": choice(("set", "set", "export", "bridge", "answer", "playback", "voicemail", "hangup", "ring_ready", "sleep", "record_session", "transfer", "lua")),
    "fs_arg": lambda r: r.choice((f"effective_caller_id_number={r.randint(1000, 1099)}", "hangup_after_bridge=true", "continue_on_fail=true",
                                  f"user/{r.randint(1000, 1099)}@{r.choice(_FS_HOSTS)}", "", "ivr/ivr-welcome.wav", f"default {r.choice(_FS_HOSTS)} {r.randint(1000, 1099)}",
                                  "1000", f"$${{recordings_dir}}/{uuid4(r)}.wav", "sofia/gateway/twilio/+15551230000", "call_timeout=30", "ringback=${us-ring}")),
    "fs_state": choice(("CS_EXECUTE", "CS_EXECUTE", "CS_EXCHANGE_MEDIA", "CS_ROUTING", "CS_CONSUME_MEDIA", "CS_SOFT_EXECUTE")),
    "fs_cause": choice(("NORMAL_CLEARING", "NORMAL_CLEARING", "NORMAL_CLEARING", "ORIGINATOR_CANCEL", "USER_BUSY", "NO_ANSWER", "CALL_REJECTED", "NO_ROUTE_DESTINATION",
                        "RECOVERY_ON_TIMER_EXPIRE", "UNALLOCATED_NUMBER", "LOSE_RACE")),
    "fs_cstate": choice(("CS_DESTROY",)), "fs_cid": lambda r: r.choice((str(r.randint(1000, 1099)), "Alice Smith", "Front Desk", f"+1{r.randint(2000000000, 9899999999)}", "Extension 1004")),
    "fs_num": lambda r: r.choice((str(r.randint(1000, 1099)), f"+1{r.randint(2000000000, 9899999999)}", "0000000000")),
    "fs_dest": lambda r: r.choice((str(r.randint(1000, 1099)), "9196", "5000", "*98", f"+1{r.randint(2000000000, 9899999999)}", "3000", "voicemail")),
    "fs_ctx": choice(("default", "default", "public", "features", "outbound")), "fs_user": lambda r: str(r.randint(1000, 1099)), "fs_host": choice(_FS_HOSTS),
    "fs_gw": choice(("twilio", "voipms", "telnyx", "flowroute", "upstream-pbx")), "fs_code": choice(("408", "503", "404", "408", "407")),
    "fs_gws": choice(("REGED", "FAIL_WAIT", "UNREGED", "TRYING", "FAILED")), "fs_acl": lambda r: r.choice((f"{r.randint(1000, 1099)}", f"{r.randint(1000, 1099)}@{r.choice(_FS_HOSTS)}", "admin", "100")),
    "fs_rec": lambda r: f"/var/lib/freeswitch/recordings/{r.choice(_FS_HOSTS)}/archive/2026/Nov/{day(r)}/{uuid4(r)}.wav",
})
# ---------------------------------------------------------------- sympa (Perl; mailing list manager, its daemons log to syslog through Sympa::Log::syslog, which prefixes
# the level and the calling sub: "Nov 26 06:20:12 lists sympa_msg[2211]: info Sympa::Spindle::ToList::_twist() Message Sympa::Message <...> for Sympa::List <...> ..."
# -- syslog head, level word and caller are the logger's; objects passed for %s print as "Class <id>", which the program fills in)
_SY_DOM = ("lists.example.org", "lists.uni-example.de", "listes.example.fr")
_SY_LISTS = ("announce", "staff", "dev-discuss", "sympa-users", "board", "alumni", "physics-seminar", "newsletter", "it-ops", "students-2026")
_SY_ADDR = ("alice@example.org", "bob.martin@uni-example.de", "noreply@github.com", "j.dupont@example.fr", "priya@corp.example", "mailer-daemon@mx.example.net",
            "newsletter@shop.example.com", "hiro.tanaka@example.jp", "carol+lists@gmail.com", "secretariat@uni-example.de")


def _sy_head(prog: str, lvl: str, caller: str) -> Callable[[R], str]:
    return lambda r: f"Nov {day(r):2d} {clock(r)} {r.choice(('lists', 'lists', 'mail2'))} {prog}[{r.choice((2211, 2211, 2213, 3907, 4120))}]: {lvl} {caller}() "


def _sy(prog: str, lvl: str, caller: str, body: str) -> str:
    return _h(_sy_head(prog, lvl, caller)) + body


def _sy_list(r: R) -> str:
    return f"{_LINE.setdefault('sy_l', r.choice(_SY_LISTS))}@{_LINE.setdefault('sy_d', r.choice(_SY_DOM))}"


def _sy_msg(r: R) -> str:
    return f"Sympa::Message <{r.choice((_sy_list(r) + '.' + str(r.randint(1764000000, 1764199999)) + '.' + str(r.randint(100, 99999)), str(r.randint(1764000000, 1764199999)) + '.' + str(r.randint(100, 99999)) + ',' + str(r.randint(1, 40))))}>"


def _sy_mid(r: R) -> str:
    return f"<{r.choice((uuid4(r), hexs(r, 16) + '.' + hexs(r, 8), 'CA+' + b62(r, 40)))}@{r.choice(('mail.gmail.com', 'example.org', 'uni-example.de', 'EUR03.prod.outlook.com', 'github.com'))}>"


SOURCES["sympa"] = ("sympa-community/sympa", "1d59e9a4998f72ee7bd84d0ee2aa30aee5f8f5de",
                    "src/lib/Sympa/Log.pm (level and caller prefix), src/lib/Sympa/Spindle/ToList.pm, ProcessIncoming.pm, ToHeld.pm, ToEditor.pm, AuthorizeMessage.pm, "
                    "DoMessage.pm, DoForward.pm, ProcessArchive.pm, ProcessDigest.pm, ProcessBounce.pm, src/lib/Sympa/Request/Handler/subscribe.pm, signoff.pm, info.pm, "
                    "src/lib/Sympa/Process.pm")
SYSTEMS["sympa"] = (
    _sy("sympa_msg", "info", "Sympa::Spindle::ToList::_twist", "Message {sy_msg} for {sy_listo} from {sy_addr} accepted ({sy_sec} seconds, {sy_sess} sessions, {sy_subs} subscribers), message ID={sy_mid}, size={sy_size}"),
    _sy("sympa_msg", "notice", "Sympa::Spindle::ProcessIncoming::_twist", "Processing {sy_msg}; envelope_sender={sy_addr}; message_id={sy_mid}; sender={sy_addr}"),
    _sy("archived", "notice", "Sympa::Spindle::ProcessArchive::_twist", "Archiving {sy_msg} for list {sy_listo}"),
    _sy("sympa_msg", "info", "Sympa::Spindle::DoForward::_twist", "Processing {sy_msg}; message_id={sy_mid}; recipient={sy_list}"),
    _sy("sympa_msg", "info", "Sympa::Spindle::ToHeld::_twist", "Message {sy_msg} for {sy_listo} from {sy_addr} kept for authentication with key {sy_key} ({sy_sec} seconds)"),
    _sy("sympa_msg", "info", "Sympa::Spindle::ToEditor::_twist", "Message {sy_msg} for list {sy_listo} from {sy_addr} sent to editors ({sy_sec} seconds)"),
    _sy("sympa_msg", "info", "Sympa::Request::Handler::subscribe::_twist", "SUB {sy_listo} from {sy_addr} accepted ({sy_sec} seconds, {sy_subs} subscribers)"),
    _sy("sympa_msg", "info", "Sympa::Request::Handler::signoff::_twist", "SIG {sy_listo} from {sy_addr} accepted ({sy_sec} seconds, {sy_subs} subscribers)"),
    _sy("sympa_msg", "notice", "Sympa::Spindle::AuthorizeMessage::_twist", "Message {sy_msg} for {sy_listo} from {sy_addr} rejected({sy_rej}) because sender not allowed"),
    _sy("sympa_msg", "info", "Sympa::Spindle::DoMessage::_twist", "Message for {sy_listo} from {sy_addr} rejected because too large ({sy_big} > {sy_max})"),
    _sy("sympa_msg", "info", "Sympa::Spindle::ProcessDigest::_twist", "Sending digest to list {sy_listo}"),
    _sy("bounced", "notice", "Sympa::Spindle::ProcessBounce::_twist", "{sy_addr} has been removed from {sy_listo} because welcome message bounced"),
    _sy("sympa_msg", "info", "Sympa::Request::Handler::info::_twist", "INFO {sy_lname} from {sy_addr} accepted ({sy_sec} seconds)"),
    _sy("sympa_msg", "notice", "Sympa::Process::daemonize", "Starting {sy_daemon} daemon, PID {pid}"),
)
SLOTS.update({
    "sy_msg": _sy_msg, "sy_list": _sy_list, "sy_listo": lambda r: f"Sympa::List <{_sy_list(r)}>", "sy_addr": choice(_SY_ADDR), "sy_sec": lambda r: f"{r.uniform(0.01, 30):.2f}", "sy_sess": lambda r: str(r.randint(1, 12)),
    "sy_subs": lambda r: str(r.randint(0, 10 ** r.randint(1, 4))), "sy_mid": _sy_mid, "sy_size": lambda r: str(r.randint(900, 10 ** r.randint(4, 7))),
    "sy_key": lambda r: hexs(r, 32), "sy_rej": choice(("reject", "reject", "reject,quiet")), "sy_big": lambda r: str(r.randint(5242881, 40000000)), "sy_max": choice(("5242880", "10485760")),
    "sy_lname": choice(_SY_LISTS), "sy_daemon": choice(("sympa_msg", "bulk", "archived", "bounced", "task_manager")),
})
# ---------------------------------------------------------------- pleroma (Elixir; fediverse server, release under systemd logging through :ex_syslogger with config.exs's
# format "$metadata[$level] $message" (metadata: request_id): "Nov 26 06:20:12 fedi pleroma[812]: request_id=FyK4xN2b... [error] Error while fetching ..." --
# syslog head, the request_id metadata (absent in background jobs) and [level] are the logger's; message strings interpolate inspect() of Elixir terms)
_PL_INST = ("mastodon.social", "fosstodon.org", "pleroma.site", "misskey.io", "infosec.exchange", "mstdn.jp", "kolektiva.social", "gleasonator.dev", "lemmy.world",
            "freespeechextremist.com", "shitposter.club", "hachyderm.io", "pixelfed.social", "mas.to")


def _pl_head(lvl: str, req: bool = True) -> Callable[[R], str]:
    def head(r: R) -> str:
        md = f"request_id={b62(r, 20)} " if req and r.random() < 0.7 else ""
        return f"Nov {day(r):2d} {clock(r)} {r.choice(('fedi', 'social', 'pleroma-01'))} pleroma[{r.choice((812, 812, 1940, 23301))}]: {md}[{lvl}] "
    return head


def _pl(lvl: str, body: str, req: bool = True) -> str:
    return _h(_pl_head(lvl, req)) + body


def _pl_ap(r: R) -> str:
    inst = r.choice(_PL_INST)
    return r.choice((f"https://{inst}/users/{r.choice(USERS)}", f"https://{inst}/objects/{uuid4(r)}", f"https://{inst}/users/{r.choice(USERS)}/statuses/{r.randint(10 ** 17, 10 ** 18)}",
                     f"https://{inst}/notes/{b62(r, 10).lower()}", f"https://{inst}/@{r.choice(USERS)}/{r.randint(10 ** 17, 10 ** 18)}"))


SOURCES["pleroma"] = ("pleroma-social/pleroma", "f917285b72dbc770be40478e1a55973f29d5db7d",
                      "config/config.exs (ex_syslogger format), lib/pleroma/object/fetcher.ex, lib/pleroma/web/activity_pub/activity_pub.ex, lib/pleroma/web/activity_pub/transmogrifier.ex, "
                      "lib/pleroma/web/activity_pub/relay.ex, lib/pleroma/instances/instance.ex, lib/pleroma/web/push/impl.ex, lib/pleroma/web/activity_pub/mrf/steal_emoji_policy.ex, "
                      "lib/pleroma/web/media_proxy/invalidation/http.ex, lib/pleroma/workers/scheduled_activity_worker.ex")
SYSTEMS["pleroma"] = (
    _pl("error", "Error while fetching {pl_ap}: {pl_ferr}", False),
    _pl("info", "Rejected {pl_ap} while fetching: {pl_rej}", False),
    _pl("warn", "Couldn't fetch {pl_apq}, error: {pl_ferr}", False),
    _pl("warn", "Instance.get_or_update_favicon(\"{pl_inst}\") error: {pl_herr}", False),
    _pl("info", "Rejected user {pl_ap}: {pl_rej}"),
    _pl("error", "Could not decode user at fetch {pl_ap}, {pl_ferr}"),
    _pl("error", "Web Push Notification failed with code: {pl_code}", False),
    _pl("error", "Couldn't fetch {pl_ap} {pl_ferr}", False),
    _pl("error", "Web Push Notification failed with {pl_herr}", False),
    _pl("warn", "MRF.StealEmojiPolicy: Failed to fetch {pl_emoji}: {pl_herr}", False),
    _pl("info", "Stole new emojis: {pl_emojis}", False),
    _pl("info", "relay: followed instance: {pl_relay}; id={pl_act}"),
    _pl("info", "relay: unfollowed instance: {pl_relay}: id={pl_act}"),
    _pl("error", "Error while cache purge: url - {pl_media}, error: {pl_herr}", False),
    _pl("error", "{pl_mod} Couldn't find scheduled activity: {pl_sid}", False),
)
SLOTS.update({
    "pl_ap": _pl_ap, "pl_apq": lambda r: f"\"{_pl_ap(r)}\"", "pl_inst": choice(_PL_INST),
    "pl_ferr": lambda r: r.choice(('{:error, "Object has been deleted"}', "{:error, {:http_error, 404}}", "{:error, :timeout}", "{:error, {:http_error, 410}}",
                                   '{:error, "Object containment failed."}', "{:error, :econnrefused}", "{:error, {:options, {:sni_hosts, []}}}", "{:error, :nxdomain}",
                                   "%Jason.DecodeError{data: \"<!DOCTYPE html>\", position: 0, token: nil}", "{:error, {:http_error, 401}}")),
    "pl_rej": choice(("{:reject, \"Filtered by id\"}", "{:reject, \"[SimplePolicy] host in reject list\"}", "{:reject, \"[KeywordPolicy] Matches with rejected keyword\"}",
                      "{:reject, \"[HellthreadPolicy] 12 recipients is over the limit of 10\"}", "{:reject, \"[ObjectAgePolicy] \"}")),
    "pl_herr": choice(("{:error, :timeout}", "{:error, :econnrefused}", "{:error, :nxdomain}", "{:error, {:tls_alert, {:certificate_expired, 'TLS client: In state certify at ssl_handshake.erl:1982 generated CLIENT ALERT: Fatal - Certificate Expired\\n'}}}",
                       "%Tesla.Env{status: 500}", "{:error, :closed}", "{:error, :emfile}")),
    "pl_code": choice(("410", "404", "413", "400", "429", "500")),
    "pl_emoji": lambda r: f"https://{r.choice(_PL_INST)}/emoji/custom/{r.choice(('blobcat', 'neocat_heart', 'ablobfoxbounce', 'partyparrot', 'verified'))}.png",
    "pl_emojis": lambda r: "[" + ", ".join(f"\"{r.choice(('blobcat', 'neocat_heart', 'ablobfoxbounce', 'partyparrot', 'verified', 'catjam', 'meow_coffee'))}\"" for _ in range(r.randint(1, 4))) + "]",
    "pl_relay": lambda r: f"https://{r.choice(('relay.fedi.buzz', 'relay.intahnet.co.uk', 'relay.toot.yukimochi.jp', 'relay.libranet.de'))}/actor",
    "pl_act": lambda r: f"https://{r.choice(('fedi.example.org', 'social.example.net'))}/activities/{uuid4(r)}",
    "pl_media": lambda r: f"https://media.fedi.example.org/proxy/{b62(r, 27)}/{b62(r, 60)}/{r.choice(('image.png', 'video.mp4', 'avatar.jpg'))}",
    "pl_mod": choice(("Pleroma.Workers.ScheduledActivityWorker",)), "pl_sid": lambda r: _ulid(r).replace("01J", "A" + b62(r, 2)),
})
# ---------------------------------------------------------------- apollo (Java; Ctrip Apollo configuration center, config/admin service container stdout with Spring Boot 2's
# logback console pattern: "2026-11-26 06:20:12.123  INFO 1 --- [ool-1-thread-1] c.c.f.a.b.s.BizDBPropertySource          : Load config from DB : ..." -- time, level,
# pid, thread and abbreviated logger are logback's; messages are SLF4J {} templates)
_AP_APPS = ("order-service", "payment-gateway", "user-center", "SampleApp", "risk-engine", "search-api", "100004458", "marketing-push", "inventory")
_AP_NS = ("application", "application", "application.yml", "datasource", "redis.properties", "TEST1.common", "feature-flags", "rpc-client")


def _ap_head(lvl: str, logger: str, threads: tuple[str, ...]) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)}.{_frac(r, 3)} {lvl:>5} {r.choice((1, 1, 7, 8))} --- [{r.choice(threads)[-15:]:>15}] {logger:<40} : "


def _ap(lvl: str, logger: str, threads: tuple[str, ...], body: str) -> str:
    return _h(_ap_head(lvl, logger, threads)) + body


_AP_SCAN = ("pool-1-thread-1", "pool-2-thread-1", "pool-3-thread-1", "pool-4-thread-1")
_AP_HTTP = tuple(f"http-nio-8080-exec-{i}" for i in range(1, 11)) + tuple(f"http-nio-8090-exec-{i}" for i in range(1, 6))
SOURCES["apollo"] = ("apolloconfig/apollo", "b4ab0ea9fb6556a8c107705f84677cc28db8f41d",
                     "apollo-biz/.../biz/service/BizDBPropertySource.java, apollo-configservice/.../service/ReleaseMessageServiceWithCache.java, AppNamespaceServiceWithCache.java, "
                     "AccessKeyServiceWithCache.java, apollo-biz/.../biz/message/DatabaseMessageSender.java, apollo-configservice/.../filter/ClientAuthenticationFilter.java, "
                     "apollo-adminservice/.../filter/AdminServiceAuthenticationFilter.java, apollo-biz/.../registry/configuration/support/*.java, apollo-biz/.../biz/service/AdminService.java, "
                     "AppNamespaceService.java, apollo-portal/.../portal/component/PortalSettings.java")
SYSTEMS["apollo"] = (
    _ap("INFO", "c.c.f.a.b.s.BizDBPropertySource", ("pool-1-thread-1",), "Load config from DB : {ap_key} = {ap_val}. Old value = {ap_val}"),
    _ap("INFO", "c.c.f.a.c.s.ReleaseMessageServiceWithCache", _AP_SCAN, "Loaded {ap_n} release messages with startId {ap_id}"),
    _ap("INFO", "c.c.f.a.b.m.DatabaseMessageSender", _AP_HTTP, "Sending message {ap_msg} to channel {ap_chan}"),
    _ap("WARN", "c.c.f.a.c.f.ClientAuthenticationFilter", _AP_HTTP, "Invalid authorization. appId={ap_app},clientIp={ip},authorization={ap_auth}"),
    _ap("INFO", "c.c.f.a.b.s.BizDBPropertySource", ("main",), "Load config from DB : {ap_key} = {ap_val}"),
    _ap("INFO", "c.c.f.a.c.s.AppNamespaceServiceWithCache", _AP_SCAN, "Loaded {ap_n} new app namespaces with startId {ap_id}"),
    _ap("WARN", "c.c.f.a.c.f.ClientAuthenticationFilter", _AP_HTTP, "Invalid timestamp. appId={ap_app},clientIp={ip},timestamp={ap_ts}"),
    _ap("INFO", "c.c.f.a.c.s.AccessKeyServiceWithCache", _AP_SCAN, "Loaded {ap_n} new/updated Accesskey from startTime {ap_date}"),
    _ap("INFO", "c.c.f.a.c.s.AppNamespaceServiceWithCache", _AP_SCAN, "Found AppNamespace changes, old: {ap_nsobj}, new: {ap_nsobj}"),
    _ap("WARN", "c.c.f.a.a.f.AdminServiceAuthenticationFilter", _AP_HTTP, "Invalid access token: {ap_tok} for uri: {ap_uri}"),
    _ap("INFO", ".ApolloServiceRegistryClearApplicationRunner", ("pool-6-thread-1",), "clear {ap_n} unhealthy instances by scheduled task"),
    _ap("INFO", "ApolloServiceRegistryHeartbeatApplicationRunner", ("main",), "register to database. '{ap_svc}': uri '{ap_svcuri}', cluster '{ap_cl}' "),
    _ap("INFO", "c.c.f.apollo.biz.service.AdminService", _AP_HTTP, "{ap_op} is deleting App:{ap_app}"),
    _ap("INFO", "c.c.f.a.biz.service.AppNamespaceService", _AP_HTTP, "{ap_op} is deleting AppNamespace, appId: {ap_app}, namespace: {ap_ns}"),
    _ap("ERROR", "c.c.f.a.portal.component.PortalSettings", ("Portal-HealthChecker",), "Env is down. env: {ap_env}, failed times: {ap_n}, meta server address: {ap_meta}"),
    _ap("INFO", "c.c.f.a.portal.component.PortalSettings", ("Portal-HealthChecker",), "Env revived because env health check success. env: {ap_env}"),
    _ap("WARN", "c.c.f.a.b.m.DatabaseMessageSender", _AP_HTTP, "Queue is full, Failed to add message {ap_id} to clean queue"),
)
SLOTS.update({
    "ap_key": choice(("item.key.length.limit", "namespace.lock.switch", "config-service.cache.enabled", "apollo.access-key.auth-time-diff-tolerance", "long.polling.timeout",
                      "item.value.length.limit", "apollo.eureka.server.enabled", "config-service.cache.stats.enabled")),
    "ap_val": lambda r: r.choice(("128", "20000", "true", "false", "60", "{\"appid1+default+application\":200}", str(r.randint(1, 90000)))),
    "ap_n": lambda r: str(r.randint(0, 10 ** r.randint(1, 3))), "ap_id": lambda r: str(r.randint(1, 10 ** r.randint(3, 7))),
    "ap_msg": lambda r: f"{r.choice(_AP_APPS)}+{r.choice(('default', 'default', 'SHAJQ', 'prod-bj'))}+{r.choice(_AP_NS)}", "ap_chan": choice(("apollo-release",)),
    "ap_app": choice(_AP_APPS), "ap_auth": lambda r: r.choice(("null", f"Apollo {r.choice(_AP_APPS)}:{b62(r, 27)}=", "Bearer " + b62(r, 32))),
    "ap_ts": lambda r: str(r.randint(1764000000000, 1764199999999)), "ap_date": lambda r: f"Thu Nov {day(r):02d} {clock(r)} CST 2026",
    "ap_nsobj": lambda r: f"AppNamespace{{name='{r.choice(_AP_NS)}', appId='{r.choice(_AP_APPS)}', comment='', format='{r.choice(('properties', 'yml', 'json'))}', isPublic={r.choice(('false', 'true'))}}}",
    "ap_tok": lambda r: r.choice(("null", b62(r, 32), "")), "ap_uri": lambda r: f"/apps/{r.choice(_AP_APPS)}/clusters/default/namespaces/{r.choice(_AP_NS)}/items",
    "ap_svc": choice(("apollo-configservice", "apollo-adminservice")), "ap_svcuri": lambda r: f"http://{ip4(r)}:{r.choice((8080, 8090))}/", "ap_cl": choice(("default", "SHAJQ", "DEV")),
    "ap_op": choice(("apollo", "admin", "songdragon", "zhangsan", "ops-bot")), "ap_ns": choice(_AP_NS), "ap_env": choice(("DEV", "FAT", "UAT", "PRO")),
    "ap_meta": lambda r: f"http://{r.choice(('apollo-meta-dev', 'apollo-meta-pro', '10.3.1.5'))}:{r.choice((8080, 8080, 80))}",
})
# ---------------------------------------------------------------- wallabag (PHP; read-it-later server, Symfony/Monolog file var/logs/prod.log with Monolog's LineFormatter
# "[%datetime%] %channel%.%level_name%: %message% %context% %extra%": '[2026-11-26T06:20:12.123456+00:00] app.WARNING: Entry already exists {"entry":...} []' -- datetime,
# channel.LEVEL and the empty [] placeholders are the formatter's; context keys named in the call are the call's)


def _wb_head(lvl: str, ch: str = "app") -> Callable[[R], str]:
    return lambda r: f"[2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 6)}+{r.choice(('00:00', '00:00', '01:00', '02:00'))}] {ch}.{lvl}: "


def _wb(lvl: str, body: str, ctx: bool) -> str:
    return _h(_wb_head(lvl)) + body + (" []" if ctx else " [] []")


_WB_URLS = ("https://www.theguardian.com/technology/2026/nov/25/ai-chips-export", "https://arstechnica.com/science/2026/11/new-battery-chemistry/",
            "https://lwn.net/Articles/998877/", "https://blog.example.org/posts/self-hosting-wallabag", "https://www.lemonde.fr/economie/article/2026/11/24/x_612345_3234.html",
            "https://news.ycombinator.com/item?id=42234567", "https://medium.com/@someone/why-rust-8f2a9c1d", "https://www.nytimes.com/2026/11/20/climate/heat.html",
            "https://www.heise.de/news/Linux-6-18-erschienen-10012345.html", "https://substack.example.com/p/the-weekly-digest-112")


def _wb_url(r: R) -> str:
    return r.choice(_WB_URLS)


def _wb_j(s: str) -> str:
    return s.replace("/", "/")


_WB_EXC = (("ClientException", "Client error: `GET https://cdn.example.net/img/hero.jpg` resulted in a `403 Forbidden` response", 403),
           ("ConnectException", "cURL error 28: Operation timed out after 10001 milliseconds", 0),
           ("ConnectException", "cURL error 6: Could not resolve host: images.example.org", 0),
           ("ServerException", "Server error: `GET https://i0.wp.com/x.png` resulted in a `502 Bad Gateway` response", 502))


def _wb_exc(r: R) -> str:
    cls, msg, code = r.choice(_WB_EXC)
    src = "/var/www/wallabag/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php"
    return f'{{"class":"GuzzleHttp\\\\Exception\\\\{cls}","message":"{msg}","code":{code},"file":"{src}:{r.choice((210, 276))}"}}'


SOURCES["wallabag"] = ("wallabag/wallabag", "5afc37df9303cf983864c288d46bb23f12221695",
                       "src/Consumer/AbstractConsumer.php, src/Event/Listener/AuthenticationFailureListener.php, src/Helper/ContentProxy.php, src/Helper/DownloadImages.php, "
                       "src/Helper/RuleBasedTagger.php, src/Helper/RuleBasedIgnoreOriginProcessor.php, src/Import/AbstractImport.php, src/Import/InstapaperImport.php")
SYSTEMS["wallabag"] = (
    _wb("INFO", "Content with url imported! ({wb_url})", False),
    _wb("INFO", 'Matching rule. {"rule":"{wb_rule}","tags":{wb_tags}}', True),
    _wb("WARNING", 'Entry already exists {"entry":{wb_entry}}', True),
    _wb("ERROR", "DownloadImages: Can not retrieve image, skipping. {\"exception\":{wb_exc}}", True),
    _wb("WARNING", "Language validation failed. {wb_lang}", False),
    _wb("ERROR", 'Authentication failure for user "{wb_user}", from IP "{ip}", with UA: "{wb_ua}".', False),
    _wb("WARNING", "PreviewPicture validation failed. {wb_pic}", False),
    _wb("ERROR", 'Error trying to import an entry. {"entry_url":"{wb_jurl}","error_msg":"{wb_err}"}', True),
    _wb("ERROR", "DownloadImages: Processed image with not allowed extension. Skipping: {wb_img}", False),
    _wb("INFO", 'Origin url matching ignore rule. {"rule":"{wb_irule}"}', True),
    _wb("ERROR", 'DownloadImages: Can not make an absolute link {"base":"{wb_jurl}","url":"{wb_rel}"}', True),
    _wb("ERROR", 'Error while trying to automatically tag an entry. {"entry_url":"{wb_jurl}","error_msg":"{wb_err}"}', True),
    _wb("WARNING", 'Unable to retrieve user {"entry":{wb_entry}}', True),
    _wb("ERROR", 'DownloadImages: Error while regenerating image {"path":"{wb_path}"}', True),
    _wb("ERROR", 'InstapaperImport: unable to read file {"filepath":"{wb_file}"}', True),
)
SLOTS.update({
    "wb_url": _wb_url, "wb_jurl": lambda r: _wb_j(_wb_url(r)),
    "wb_rule": choice(("readingTime >= 20", "domainName = \\\"github.com\\\"", "content matches \\\"kubernetes\\\"", "title matches \\\"podcast\\\"", "readingTime <= 3")),
    "wb_tags": lambda r: "[" + ",".join(f"\"{t}\"" for t in r.sample(("longread", "dev", "k8s", "audio", "quick", "news", "to-read"), r.randint(1, 2))) + "]",
    "wb_entry": lambda r: f"{{\"url\":\"{_wb_j(_wb_url(r))}\",\"userId\":{r.randint(1, 40)},\"is_archived\":{r.choice(('false', 'true'))},\"is_starred\":false,\"tags\":[]}}",
    "wb_exc": _wb_exc,
    "wb_lang": lambda r: f"Object(Wallabag\\Entity\\Entry).language:\n    This value is not a valid locale. (code {uuid4(r)})".replace("\n", " "),
    "wb_pic": lambda r: f"Object(Wallabag\\Entity\\Entry).previewPicture:\n    This value is not a valid URL. (code {uuid4(r)})".replace("\n", " "),
    "wb_user": lambda r: r.choice(USERS + ("admin", "wallabag", "root", "test")), "wb_ua": choice(("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
                                                                                                 "python-requests/2.32.3", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15", "curl/8.5.0")),
    "wb_err": choice(("cURL error 28: Operation timed out after 15001 milliseconds", "Unable to parse content from url", "Argument #1 ($url) must be of type string, null given",
                      "SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry", "Client error: `GET` resulted in a `404 Not Found` response")),
    "wb_img": lambda r: f"/var/www/wallabag/web/assets/images/{hexs(r, 2)}/{hexs(r, 2)}/{hexs(r, 8)}/{hexs(r, 32)}.{r.choice(('svg', 'avif', 'bmp', 'ico', 'tiff'))}",
    "wb_irule": choice(("_all ~ \\\"https?://feedproxy\\.google\\.com/.*\\\"", "host = \\\"rss.example.com\\\"", "_all ~ \\\"https?://t\\.co/.*\\\"")),
    "wb_rel": choice(("../images/logo.png", "//cdn.example.net/a.jpg", "data:image/png;base64", "javascript:void(0)")),
    "wb_path": lambda r: f"/var/www/wallabag/web/assets/images/{hexs(r, 2)}/{hexs(r, 2)}/{hexs(r, 8)}.{r.choice(('jpeg', 'png', 'gif', 'webp'))}",
    "wb_file": lambda r: f"/var/www/wallabag/web/uploads/import/instapaper_{r.randint(1, 40)}.csv",
})
# ---------------------------------------------------------------- signalk-server (TypeScript/JavaScript; marine IoT gateway (Signal K), systemd unit signalk.service, its console
# output collected by journald and read as syslog: "Nov 26 06:20:12 openplotter signalk-server[812]: Closed 192.168.1.23:51234" -- the syslog head is the
# collector's; console.log/console.error add nothing)


def _sk(body: str) -> str:
    return _h(lambda r: f"Nov {day(r):2d} {clock(r)} {r.choice(('openplotter', 'openplotter', 'boat-pi', 'cerbo-gx', 'nav-server'))} signalk-server[{r.choice((812, 812, 1033, 2417))}]: ") + body


_SK_PLUGINS = ("signalk-to-nmea0183", "@signalk/charts-plugin", "signalk-anchoralarm-plugin", "signalk-derived-data", "@signalk/signalk-to-influxdb2", "signalk-mqtt-gw",
               "signalk-venus-plugin", "@signalk/tracks-plugin", "signalk-autopilot", "signalk-raspberry-pi-bme280")
SOURCES["signalk-server"] = ("SignalK/signalk-server", "9edfbf958eb7addb69140a605b4d21a0df249fdc",
                             "src/interfaces/tcp.ts, src/interfaces/ws.ts, src/interfaces/nmea-tcp.ts, src/interfaces/plugins.ts, src/api/course/index.ts, src/api/streams/index.ts, "
                             "src/index.ts, src/config/priorities-file.ts, src/interfaces/n2k-discovery.ts, src/modules.ts")
SYSTEMS["signalk-server"] = (
    _sk("Closed {sk_peer}"),
    _sk("WebSocket security error for {sk_ident}: {sk_secerr}"),
    _sk("** Course API: Unable to retrieve vessel position!"),
    _sk("{sk_plugin} failed to start: {sk_perr}"),
    _sk("NMEA0183 tcp server error: {sk_neterr}"),
    _sk("Subscribe  failed:{sk_suberr}"),
    _sk("{sk_plugin}:no configuration data"),
    _sk("error starting plugin: {sk_perr2}"),
    _sk("Signal K tcp server error: {sk_neterr}"),
    _sk("[signalk:streams] WebSocket upgrade error: {sk_neterr2}"),
    _sk("Redirect server running on port {sk_port}"),
    _sk("Could not start mDNS:{sk_mdns}"),
    _sk("Priority state reset ({sk_prio} removed)"),
    _sk("Failed to save channel labels: {sk_fserr}"),
    _sk("{sk_plugin}: removed from settings package.json"),
)
SLOTS.update({
    "sk_peer": lambda r: f"{r.choice(('192.168.1.', '10.10.10.', '192.168.8.'))}{r.randint(2, 254)}:{r.randint(30000, 65000)}",
    "sk_ident": lambda r: r.choice((f"{r.choice(USERS)}", f"{ip4(r)}", f"device:{uuid4(r)}", "anonymous")),
    "sk_secerr": choice(("jwt expired", "invalid signature", "jwt malformed", "Permission Denied", "invalid token", "No Such User")),
    "sk_plugin": choice(_SK_PLUGINS),
    "sk_perr": choice(("Cannot find module 'serialport'", "connect ECONNREFUSED 127.0.0.1:8086", "Cannot read properties of undefined (reading 'navigation')",
                       "ENOENT: no such file or directory, open '/home/pi/.signalk/plugin-config-data/charts.json'", "getaddrinfo ENOTFOUND influxdb.local", "unauthorized")),
    "sk_perr2": choice(("TypeError: Cannot read properties of undefined (reading 'subscribe')", "Error: Cannot find module 'i2c-bus'", "Error: listen EADDRINUSE: address already in use :::10110",
                        "ReferenceError: options is not defined")),
    "sk_neterr": choice(("listen EADDRINUSE: address already in use :::10110", "read ECONNRESET", "write EPIPE", "listen EACCES: permission denied 0.0.0.0:8375", "listen EADDRINUSE: address already in use :::8375")),
    "sk_neterr2": choice(("Error: read ECONNRESET", "Error: Invalid WebSocket frame: invalid status code 1006", "RangeError: Invalid WebSocket frame: RSV1 must be clear", "Error: write EPIPE")),
    "sk_suberr": choice(("Error: Not authorized", "Error: invalid subscribe message", "SyntaxError: Unexpected token } in JSON at position 42", "Error: context not found")),
    "sk_port": choice(("80", "3000", "8080")), "sk_mdns": choice(("Error: bind EADDRINUSE 0.0.0.0:5353", "Error: No network interfaces found", "Error: send ENETUNREACH 224.0.0.251:5353")),
    "sk_prio": choice(("priorities.json",)), "sk_fserr": choice(("Error: EACCES: permission denied, open '/home/pi/.signalk/n2k-channel-labels.json'",
                                                                "Error: ENOSPC: no space left on device, write", "Error: EROFS: read-only file system, open '/home/pi/.signalk/n2k-channel-labels.json'")),
})
# ---------------------------------------------------------------- opensips (C; SIP proxy, syslog (log_stderror=no): "Nov 26 06:20:12 sip1 /usr/sbin/opensips[1234]:
# ERROR:dispatcher:ds_options_callback: Setting the state failed (sip:10.0.0.21:5060, group 1)" -- syslog head and the LM_xxx prefix LEVEL:module:function: are the
# logging macros' (dprint.h))


def _os(lvl: str, mod: str, fn: str, body: str) -> str:
    return _h(lambda r: f"Nov {day(r):2d} {clock(r)} {r.choice(('sip1', 'sip2', 'sbc-edge'))} /usr/sbin/opensips[{r.choice((1234, 1235, 1241, 1250, 1262, 1270))}]: "
              f"{lvl}:{mod}:{fn}: ") + body


def _os_uri(r: R) -> str:
    return r.choice((f"sip:{ip4(r)}:5060", f"sip:{r.choice(('media1', 'media2', 'pbx-a', 'asterisk-03'))}.voip.lan:5060", f"sip:{ip4(r)}:5080;transport=tcp",
                     f"sip:{r.choice(('carrier-a', 'carrier-b'))}.example.net"))


SOURCES["opensips"] = ("OpenSIPS/opensips", "8f4f1e1b4015a52f88953e6c16758f800bd0e9fb",
                       "dprint.h (LM_xxx prefix), modules/dispatcher/dispatch.c, modules/drouting/drouting.c, modules/registrar/lookup.c, modules/ratelimit/ratelimit_helper.c, "
                       "modules/pike/pike.c, forward.c")
SYSTEMS["opensips"] = (
    _os("ERROR", "dispatcher", "ds_options_callback", "Setting the state failed ({os_uri}, group {os_set})"),
    _os("INFO", "drouting", "do_routing", "no destination for dr group {os_grp}, rule_idx {os_idx}, username {os_user}"),
    _os("ERROR", "dispatcher", "ds_ping_partition", "failed to send probe for <{os_uri}>, set {os_set}, setting it to probing"),
    _os("ERROR", "registrar", "lookup", "failed to get IP from contact/received <{os_contact}>, skipping"),
    _os("ERROR", "core", "forward_request", "connect failed: {errno}"),
    _os("ERROR", "dispatcher", "add_dest2list", "could not resolve {os_host}, skipping it"),
    _os("ERROR", "registrar", "lookup", "contact [{os_contact}] is not valid! Will not store it!"),
    _os("WARNING", "dispatcher", "ds_load_data", "failed to add destination <{os_uri}> in group {os_set}"),
    _os("ERROR", "drouting", "dr_reload_data_head", "failed to connect to db url <{os_db}>"),
    _os("ERROR", "drouting", "route2_carrier", "carrier <{os_carrier}> was not found, skipping..."),
    _os("ERROR", "drouting", "route2_gw", "no GW found with ID <{os_gw}> -> ignorring"),
    _os("INFO", "ratelimit", "rl_replicate", "All destinations in cluster: {os_cl} are down or probing"),
    _os("WARNING", "ratelimit", "rl_rcv_bin", "Invalid binary packet command: {os_cmd} (from node: {os_node} in cluster: {os_cl})"),
    _os("ERROR", "ratelimit", "rl_get_counter_value", "cannot find any pipe named {os_pipe}"),
    _os("NOTICE", "pike", "pike_init", "Forcing remove_latency to {os_lat}s"),
)
SLOTS.update({
    "os_uri": _os_uri, "os_set": lambda r: str(r.randint(1, 9)), "os_grp": lambda r: str(r.randint(0, 40)), "os_idx": lambda r: str(r.randint(0, 300)),
    "os_user": lambda r: r.choice((str(r.randint(1000, 1099)), f"+4930{r.randint(1000000, 9999999)}", f"00{r.randint(10 ** 9, 10 ** 11)}", "anonymous")),
    "os_contact": lambda r: f"sip:{r.randint(1000, 1099)}@{ip4(r)}:{r.randint(1024, 65535)};{r.choice(('transport=udp', 'transport=tls', 'ob', 'rinstance=' + hexs(r, 16)))}",
    "os_host": choice(("media1.voip.lan", "carrier-c.example.net", "pbx-old.corp.lan", "sbc.example.org")),
    "os_db": choice(("mysql://opensips:********@db1/opensips", "postgres://opensips:********@10.9.0.4/opensips", "mysql://opensips:********@localhost/opensips")),
    "os_carrier": choice(("CARRIER_A", "CARRIER_B", "LCR_PRIMARY", "intl-backup", "2")), "os_gw": choice(("gw-berlin-1", "gw-par-2", "GW17", "lab-gw", "3")),
    "os_cl": choice(("1", "1", "2", "10")), "os_cmd": lambda r: str(r.randint(3, 99)), "os_node": lambda r: str(r.randint(1, 6)),
    "os_pipe": lambda r: r.choice((f"rl_{ip4(r)}", f"pipe_{r.randint(1000, 1099)}", "global_invite", "reg_flood")), "os_lat": choice(("120", "60", "30")),
})
# ---------------------------------------------------------------- rathole (Rust; reverse proxy for NAT traversal, `rathole server.toml` in a container, `docker logs`: the
# tracing_subscriber fmt layer of src/main.rs (no ANSI): "2026-11-26T06:20:12.123456Z  INFO connection{addr=203.0.113.5:51234}: rathole::server: Try to handshake a control
# channel" -- time, level, span context and target are the layer's; fields recorded in the call print after the message)
_RH_SVC = ("ssh", "home_assistant", "nas_web", "minecraft", "rdp", "jellyfin", "grafana", "octoprint", "gitea_ssh")


def _rh_head(lvl: str, target: str, span: str = "") -> Callable[[R], str]:
    def head(r: R) -> str:
        sp = ""
        if span == "conn":
            sp = f"connection{{addr={_hp(r)}}}: "
        elif span == "handle":
            sp = f"handle{{service={_LINE.setdefault('rh_svc', r.choice(_RH_SVC))}}}: "
        elif span == "pool":
            sp = f"handle{{service={_LINE.setdefault('rh_svc', r.choice(_RH_SVC))}}}:run_tcp_connection_pool: "
        elif span == "watch":
            sp = "config_watcher: "
        return f"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 6)}Z {lvl:>5} {sp}{target}: "
    return head


def _rh(lvl: str, target: str, span: str, body: str) -> str:
    return _h(_rh_head(lvl, target, span)) + body


def _rh_dur(r: R) -> str:
    return r.choice((f"{r.randint(1, 60)}s", f"{r.uniform(0.1, 9.9):.{r.randint(1, 9)}f}s", f"{r.randint(100, 999)}ms", f"{r.uniform(1, 999):.{r.randint(1, 6)}f}ms"))


SOURCES["rathole"] = ("rapiz1/rathole", "0ee0157b4b9584580dde07a351982d87880f2404",
                      "src/main.rs (fmt subscriber), src/server.rs, src/client.rs, src/lib.rs, src/config_watcher.rs")
SYSTEMS["rathole"] = (
    _rh("INFO", "rathole::server", "conn", "Try to handshake a control channel"),
    _rh("INFO", "rathole::server", "conn", "Control channel established service={rh_svc}"),
    _rh("ERROR", "rathole::server", "handle", "Failed to request data channel {rh_err}"),
    _rh("WARN", "rathole::server", "conn", "Data channel has incorrect nonce"),
    _rh("ERROR", "rathole::server", "", "Transport handshake timeout: {rh_to}"),
    _rh("WARN", "rathole::server", "conn", "Dropping previous control channel for service {rh_svc}"),
    _rh("ERROR", "rathole::client", "handle", "{rh_cerr}. Retry in {rh_dur}..."),
    _rh("ERROR", "rathole::server", "", "Failed to accept: {rh_err}. Retry in {rh_dur}..."),
    _rh("INFO", "rathole::server", "pool", "TCPListener shutdown"),
    _rh("ERROR", "rathole::server", "pool", "{rh_err}. Sleep for a while"),
    _rh("INFO", "rathole::client", "handle", "Starting {rh_digest}"),
    _rh("INFO", "rathole", "", "Service change detected. {rh_ev}"),
    _rh("INFO", "rathole::config_watcher", "watch", "Rescan the configuration"),
    _rh("INFO", "rathole", "", "General configuration change detected. Restarting..."),
    _rh("INFO", "rathole::server", "", "Shuting down gracefully..."),
)
SLOTS.update({
    "rh_svc": lambda r: _LINE.setdefault("rh_svc", r.choice(_RH_SVC)), "rh_dur": _rh_dur, "rh_digest": lambda r: hexs(r, 64),
    "rh_err": choice(("Connection reset by peer (os error 104)", "Broken pipe (os error 32)", "Too many open files (os error 24)", "deadline has elapsed",
                      "early eof", "Connection refused (os error 111)")),
    "rh_to": choice(("deadline has elapsed",)),
    "rh_cerr": lambda r: r.choice((f"Failed to connect to {r.choice(('vps.example.com', '203.0.113.7', 'tunnel.example.org'))}:2333: Connection refused (os error 111)",
                                   "Failed to run the control channel: Failed to read ack: early eof", "Failed to do the handshake: Authentication failed",
                                   "Failed to run the control channel: deadline has elapsed", "Failed to lookup the host: failed to lookup address information: Name or service not known")),
    "rh_ev": lambda r: r.choice((f"Add(ServerServiceConfig {{ type: Tcp, name: \"{r.choice(_RH_SVC)}\", bind_addr: \"0.0.0.0:{r.randint(2000, 9999)}\", token: Some(\"MASKED\"), nodelay: None }})",
                                 f"Delete(\"{r.choice(_RH_SVC)}\")", f"Add(ClientServiceConfig {{ type: Tcp, name: \"{r.choice(_RH_SVC)}\", local_addr: \"127.0.0.1:{r.randint(22, 9000)}\", token: Some(\"MASKED\"), nodelay: None, retry_interval: None }})")),
})
# ---------------------------------------------------------------- deluged (Python; BitTorrent daemon, `deluged -l /var/log/deluge/daemon.log -L info`: the release format of
# deluge/log.py, "%(asctime)s [%(levelname)-8s][%(name)-Ns:%(lineno)-4d] %(message)s" with datefmt %H:%M:%S and N grown to the longest logger name seen:
# "06:20:12 [INFO    ][deluge.core.rpcserver          :179 ] Deluge Client connection made from: 10.0.0.5:51234" -- time, level, logger name and line are logging's)


def _dl(lvl: str, name: str, line: int, body: str) -> str:
    return _h(lambda r: f"{clock(r)} [{lvl:<8}][{name:<30}:{line:<4}] ") + body


_DL_TORRENTS = ("ubuntu-24.04.1-live-server-amd64.iso", "debian-12.8.0-amd64-netinst.iso", "archlinux-2026.11.01-x86_64.iso", "Big.Buck.Bunny.1080p",
                "LibreOffice_25.8.2_Linux_x86-64_deb.tar.gz", "Fedora-Workstation-Live-x86_64-41", "wikipedia_en_all_maxi_2026-10.zim", "Sintel.2010.4K")
SOURCES["deluged"] = ("deluge-torrent/deluge", "6ec1479cdbbfed269844041d1001de657594d6da",
                      "deluge/log.py (format), deluge/core/rpcserver.py, deluge/core/core.py, deluge/core/torrentmanager.py, deluge/core/torrent.py, deluge/core/daemon.py, "
                      "deluge/core/preferencesmanager.py, deluge/core/authmanager.py")
SYSTEMS["deluged"] = (
    _dl("INFO", "deluge.core.rpcserver", 179, "Deluge Client connection made from: {dl_ip}:{port}"),
    _dl("INFO", "deluge.core.rpcserver", 205, "Deluge client disconnected: {dl_reason}"),
    _dl("INFO", "deluge.core.core", 528, "Attempting to add URL {dl_url}"),
    _dl("WARNING", "deluge.core.core", 676, "Error adding peer {ip}:{port} to {dl_tid}"),
    _dl("WARNING", "deluge.core.torrentmanager", 735, "Error removing torrent: {dl_rerr}"),
    _dl("ERROR", "deluge.core.core", 536, "Failed to add torrent from URL {dl_url}"),
    _dl("WARNING", "deluge.core.core", 683, "Error moving torrent {dl_tid} to {dl_dest}"),
    _dl("ERROR", "deluge.core.torrent", 1311, "Error calling libtorrent move_storage: {dl_lterr}"),
    _dl("WARNING", "deluge.core.core", 1236, "Error testing listen port: {dl_fail}"),
    _dl("INFO", "deluge.core.torrentmanager", 806, "Loading torrent state: {dl_state}"),
    _dl("INFO", "deluge.core.daemon", 92, "Deluge daemon {dl_ver}"),
    _dl("INFO", "deluge.core.rpcserver", 418, "Starting DelugeRPC server {dl_bind}:{dl_port}"),
    _dl("WARNING", "deluge.core.preferencesmanager", 470, "Unable to find GeoIP database file: {dl_geo}"),
    _dl("INFO", "deluge.core.authmanager", 86, "Auth file changed, reloading it!"),
)
SLOTS.update({
    "dl_ip": lambda r: r.choice(("127.0.0.1", "127.0.0.1", ip4(r))),
    "dl_reason": choice(("Connection was closed cleanly.", "Connection to the other side was lost in a non-clean fashion: Connection lost.",
                         "Connection to the other side was lost in a non-clean fashion.")),
    "dl_url": lambda r: r.choice((f"https://releases.ubuntu.com/24.04/{r.choice(_DL_TORRENTS)}.torrent", f"http://tracker.lan/download.php?id={r.randint(1000, 99999)}&passkey={hexs(r, 32)}",
                                  f"https://cdimage.debian.org/debian-cd/current/amd64/bt-cd/{r.choice(_DL_TORRENTS)}.torrent", f"http://prowlarr:9696/{r.randint(1, 40)}/download?apikey={hexs(r, 32)}&link={b62(r, 40)}")),
    "dl_tid": lambda r: hexs(r, 40), "dl_rerr": choice(("'Torrent ID not found'", "invalid torrent handle used", "'NoneType' object has no attribute 'remove_torrent'")),
    "dl_dest": lambda r: r.choice(("/downloads/complete", "/mnt/nas/torrents", "/data/media/tv", "/srv/torrents/done", "/media/usb0/Downloads")),
    "dl_lterr": choice(("[Errno 13] Permission denied", "[Errno 28] No space left on device", "[Errno 18] Invalid cross-device link", "invalid torrent handle used")),
    "dl_fail": choice(("[Failure instance: Traceback (failure with no frames): <class 'twisted.internet.error.ConnectionRefusedError'>: Connection was refused by other side: 111: Connection refused.]",
                       "[Failure instance: Traceback (failure with no frames): <class 'twisted.internet.error.DNSLookupError'>: DNS lookup failed: deluge-torrent.org.]",
                       "[Failure instance: Traceback (failure with no frames): <class 'twisted.internet.error.TimeoutError'>: User timeout caused connection failure.]")),
    "dl_state": choice(("/var/lib/deluged/config/state/torrents.state", "/config/state/torrents.state", "/home/deluge/.config/deluge/state/torrents.state")),
    "dl_ver": choice(("2.1.1", "2.2.0", "2.1.2.dev0")), "dl_bind": choice(("0.0.0.0", "::", "127.0.0.1")), "dl_port": choice(("58846",)),
    "dl_geo": choice(("/usr/share/GeoIP/GeoIP.dat", "/config/GeoIP.dat")),
})
# ==== END OF PROGRAMS


SET = GeneratedSet(prefix="u16", seed=SEED, systems=SYSTEMS, sources=SOURCES, slots=SLOTS, line=_LINE)
lines = SET.lines


if __name__ == "__main__":
    SET.main(__doc__)
