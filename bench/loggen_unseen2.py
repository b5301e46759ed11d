"""The UNSEEN2-S4 generated held-out set: programs in no earlier Millpond set, not in
bench/loggen_unseen.py and not in LogHub's 16.

Written 2026-11-25 (session 4) by helper S4-unseen2, kept OUTSIDE the repo (/work/unseen-data2) until the
lead has scored Millpond's miner on it once (secrecy: the miner's tuner shares the machine).

    python loggen_unseen2.py --out /work/unseen-data2 -n 2000    # writes u2-<program>.tsv.gz
    python loggen_unseen2.py --verify                            # literal text of every template vs the sources

Ground truth (the HOLDOUT rule of bench/loggen_holdout.py, Khan et al., ICSE 2022): one log statement
(one format string in the program's source) is one template; whatever the program fills in is a slot,
words included; optional parts that one statement appends conditionally stay in its template.
Statements whose text is produced by data rather than a format string (netifd relaying a protocol
handler's stdout, Klipper's multi-line config dumps) were left out.

Each program names the source file(s) of its format strings (SOURCES below); ``--verify`` checks
every literal run of >= 6 characters of every template against a local bare mirror of that
repository (git grep -F at the recorded commit).  Values come from this file's own pools.
Frequencies are Zipf-like per program (a few statements dominate, many are rare).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

R = random.Random
SEED = 90417  # the set's seed


def _hex(r: R, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def _b62(r: R, n: int) -> str:
    return "".join(r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(n))


def _ip(r: R) -> str:
    return r.choice((f"10.{r.randint(0, 60)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                     f"192.168.{r.choice((0, 1, 1, 2, 8, 178))}.{r.randint(2, 250)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                     f"{r.randint(31, 212)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"))


def _ip6(r: R) -> str:
    return r.choice((f"fe80::{_hex(r, 4).lstrip('0') or '1'}:{_hex(r, 2)}ff:fe{_hex(r, 2)}:{_hex(r, 4).lstrip('0') or '1'}",
                     f"2a02:{_hex(r, 4).lstrip('0') or '1'}:{_hex(r, 3)}:{_hex(r, 4)}::{_hex(r, 3)}",
                     f"fd00::{_hex(r, 4).lstrip('0') or '1'}"))


def _mac(r: R, upper: bool = False) -> str:
    m = ":".join(_hex(r, 2) for _ in range(6))
    return m.upper() if upper else m


def _num(lo: int, hi: int) -> Callable[[R], str]:
    return lambda r: str(r.randint(lo, hi))


def _choice(pool: tuple[str, ...]) -> Callable[[R], str]:
    return lambda r: r.choice(pool)


def _day(r: R) -> int:
    return r.randint(1, 28)


def _clock(r: R) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def _godur(r: R) -> str:  # Go time.Duration.String()
    return r.choice((f"{r.uniform(0.1, 999):.3f}ms", f"{r.randint(1, 999)}.{r.randint(0, 999999):06d}µs",
                     f"{r.uniform(1, 59):.6f}s", f"{r.randint(1, 9)}m{r.uniform(0, 59):.3f}s", f"{r.randint(1, 30)}s"))


# ---- pools ---------------------------------------------------------------------------------------
_NATS_CLOSE = ("Client Closed", "Client Closed", "Stale Connection", "Slow Consumer (Write Deadline)",
               "Read Error", "Write Error", "Authentication Failure", "Authentication Timeout", "Parse Error",
               "Maximum Connections Exceeded", "Server Shutdown", "Slow Consumer (Pending Bytes)")
_NSQ_TOPICS = ("orders", "orders#ephemeral", "clickstream", "email_outbox", "thumbnails", "audit-log", "sensor.readings",
               "payments_v2", "user-signup")
_NSQ_CHANS = ("archive", "indexer", "mailer", "metrics#ephemeral", "resizer-1", "billing", "dedupe", "webhook_fanout")
_LH_FILES = ("/var/www/htdocs", "/srv/www/site", "/var/www/html/wiki", "/home/web/public")
_SK_CLASSES = ("HardWorker", "ImportCsvJob", "Notifications::PushJob", "ActiveJob::QueueAdapters::SidekiqAdapter::JobWrapper",
               "ReportMailer", "Billing::ChargeCustomerJob", "CleanupExpiredSessionsJob", "Webhooks::DeliverJob",
               "SearchIndex::ReindexDocument")
_SK_QUEUES = ("default", "mailers", "critical", "low", "imports", "webhooks")
_ANA_JOBS = ("cron.daily", "cron.weekly", "cron.monthly", "logrotate", "man-db", "backup-home", "mlocate")
_AV_IFACES = ("eth0", "wlan0", "enp3s0", "wlp2s0", "docker0", "virbr0", "br-lan", "tailscale0", "veth3a9f1c2")
_AV_HOSTS = ("raspberrypi", "nas", "Living-Room-TV", "brother-mfc-l2750", "pixel-7a", "octopi", "MacBook-Pro-von-Lena",
             "homeassistant", "esp32-cam-3f21")
_AV_SERVICES = ("_ipp._tcp", "_ssh._tcp", "_http._tcp", "_smb._tcp", "_airplay._tcp", "_googlecast._tcp", "_hap._tcp",
                "_workstation._tcp", "_device-info._tcp")
_PPP_TTYS = ("/dev/ttyUSB0", "/dev/ttyUSB2", "/dev/ttyACM0", "/dev/ttyS1")
_PPP_USERS = ("root", "pi", "operator", "admin")
_RS_MODULES = ("backup", "www", "photos", "home-alice", "vm-images", "pgdump", "etc")
_RS_HOSTS = ("nas.lan", "build-03.ci.internal", "UNDETERMINED", "laptop-marta.home", "backup-gw", "db1.prod.example")
_RS_FILES = ("photos/2026/11/IMG_4021.HEIC", "etc/nginx/sites-enabled/default", "pg/base.tar.gz", "home/alice/.bashrc",
             "Documents/Tax Return 2025.pdf", "vm/win11 test.qcow2", "src/app/main.py", "var/lib/mysql/ib_logfile0")
_RS_ERRS = (("error in socket IO", 10, "io.c", 848), ("some files/attrs were not transferred (see previous errors)", 23, "main.c", 1338),
            ("received SIGINT, SIGTERM, or SIGHUP", 20, "io.c", 503), ("error in rsync protocol data stream", 12, "io.c", 232),
            ("timeout in data send/receive", 30, "io.c", 197), ("error starting client-server protocol", 5, "main.c", 1863))
_ZFS_POOLS = ("tank", "rpool", "backup", "data", "bpool", "fast-ssd")
_ZFS_CLASSES = ("config_sync", "history_event", "scrub_start", "scrub_finish", "statechange", "checksum", "io",
                "pool_import", "resilver_start", "resilver_finish", "trim_start", "trim_finish", "vdev_attach", "delay")
_ZFS_ZEDLETS = ("all-syslog.sh", "history_event-zfs-list-cacher.sh", "scrub_finish-notify.sh", "statechange-notify.sh",
                "resilver_finish-notify.sh", "statechange-led.sh", "data-notify.sh", "trim_finish-notify.sh")
_KL_MCUS = ("mcu", "mcu", "toolboard", "EBBCan", "rpi", "z")
_KL_REASONS = ("MCU 'mcu' shutdown: Timer too close", "Lost communication with MCU 'mcu'",
               "MCU 'toolboard' shutdown: ADC out of range", "Heater extruder not heating at expected rate",
               "Move exceeds maximum extrusion (1.234mm^2 vs 0.640mm^2)", "Shutdown due to webhooks request",
               "MCU 'mcu' shutdown: Rescheduled timer in the past")
_NW_IFACES = ("wan", "wan6", "lan", "guest", "wg0", "iot", "wwan", "vpn_home")
_NW_DEVTYPES = ("Network device", "Network device", "Network device", "Network alias", "VLAN", "bridge", "802.1ad VLAN")
_NW_DEVS = ("eth0", "eth1", "lan1", "lan2", "wan", "br-lan", "br-guest", "eth0.2", "wlan0", "pppoe-wan", "wg0", "phy0-ap0")
_PK_ACTIONS = ("org.freedesktop.systemd1.manage-units", "org.freedesktop.packagekit.package-install",
               "org.freedesktop.udisks2.filesystem-mount", "org.freedesktop.NetworkManager.settings.modify.system",
               "org.freedesktop.login1.reboot", "org.freedesktop.policykit.exec", "org.gnome.controlcenter.datetime.configure",
               "org.freedesktop.timedate1.set-timezone")
_PK_AGENTS = ("/usr/bin/pkttyagent --notify-fd 5 --fallback", "/usr/lib/polkit-gnome/polkit-gnome-authentication-agent-1",
              "/usr/bin/gnome-shell", "/usr/lib/x86_64-linux-gnu/libexec/polkit-kde-authentication-agent-1",
              "/usr/libexec/xfce-polkit")
_UD_DEVS = ("/dev/sdb1", "/dev/sdc1", "/dev/sdc2", "/dev/mmcblk0p1", "/dev/nvme1n1p3", "/dev/dm-2", "/dev/sr0", "/dev/loop7")
_UD_LABELS = ("USB STICK", "Ventoy", "BACKUP_2TB", "NIKON D750", "data", "UBUNTU 24_04_1 LTS AMD64", "Untitled", "EFI")
_UD_DRIVES = ("/org/freedesktop/UDisks2/drives/Samsung_SSD_870_EVO_1TB_S6PTNX0T512345",
              "/org/freedesktop/UDisks2/drives/WDC_WD40EFAX_68JH4N1_WD_WX12D81ABCDE",
              "/org/freedesktop/UDisks2/drives/SanDisk_Ultra_4C530001230817108123",
              "/org/freedesktop/UDisks2/drives/ST2000DM008_2FR102_ZFL1ABCD")
_BT_DEVNAMES = ("WH-1000XM4", "Pixel 7a", "Galaxy Buds2 Pro", "MX Master 3S", "Keychron K2", "JBL Flip 6", "AirPods Pro",
                "Xbox Wireless Controller")
_BT_ERRS = (("Connection refused", 111), ("Host is down", 112), ("Device or resource busy", 16),
            ("Connection timed out", 110), ("Software caused connection abort", 103), ("Operation already in progress", 114))
_BT_PROFILES = ("a2dp-sink", "a2dp-source", "hfp-hf", "headset-gateway", "input-hid", "avrcp-controller", "audio-ag")
_CADDY_HOSTS = ("example.com", "www.example.com", "api.example.net", "grafana.home.arpa", "files.example.org", "shop.example.de")
_CADDY_URIS = ("/", "/favicon.ico", "/api/v1/users/{n}", "/static/app.{h}.js", "/login?next=%2Fdashboard", "/robots.txt",
               "/.env", "/wp-login.php", "/feed.xml", "/api/v1/search?q=solar+panel&page={s}")
_UAS = ("Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
        "curl/8.5.0", "Go-http-client/1.1", "Prometheus/2.55.1", "python-requests/2.32.3",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
_COUCH_DBS = ("_users", "_replicator", "orders", "telemetry-2026", "userdb-616c696365", "inventory", "_global_changes")
_COUCH_PATHS = ("/{db}/_all_docs?include_docs=true&limit={s}", "/{db}/_changes?feed=longpoll&since=now&timeout=60000",
                "/{db}/{id}", "/{db}/_bulk_docs", "/_up", "/{db}/_design/app/_view/by_date?descending=true",
                "/_session", "/{db}/_find", "/_node/_local/_stats", "/{db}")
_INFLUX_DBS = ("telegraf", "_internal", "iot", "prometheus", "k6", "homeassistant")
_INFLUX_RPS = ("autogen", "autogen", "monitor", "one_year", "rp_30d")


def _nats_who(r: R) -> str:  # client.go initClient: "%s - cid:%d" (route rid, leafnode lid)
    return f"{_ip(r)}:{r.randint(1024, 65535)} - cid:{r.randint(5, 90000)}"


def _nats_head(r: R, lvl: str) -> str:  # logger/log.go: "[pid] " + "2006/01/02 15:04:05.000000 " + "[LVL] "
    return f"[{r.choice((1, 7, 1, 3412, 28811))}] 2026/11/{_day(r):02d} {_clock(r)}.{r.randint(0, 999999):06d} [{lvl}]"


def _nsq_ts(r: R) -> str:  # log.New(os.Stderr, "[nsqd] ", Ldate|Ltime|Lmicroseconds)
    return f"[nsqd] 2026/11/{_day(r):02d} {_clock(r)}.{r.randint(0, 999999):06d}"


def _nsq_client(r: R) -> str:
    return f"{_ip(r)}:{r.randint(1024, 65535)}"


def _nsq_identify(r: R) -> str:  # protocol_v2.go: logf("[%s] IDENTIFY: %+v", client, identifyData)
    cid = r.choice(("worker-1", "indexer", "resizer-7f8c", "", "mailer-" + _hex(r, 4)))
    host = r.choice(("app-01.prod", "ip-10-0-3-17", "resizer-7f8c9d", "laptop"))
    return (f"{{ClientID:{cid} Hostname:{host} HeartbeatInterval:{r.choice((30000, 60000, -1))} OutputBufferSize:{r.choice((16384, 0))} "
            f"OutputBufferTimeout:{r.choice((250, 100, -1))} FeatureNegotiation:{r.choice(('true', 'false'))} TLSv1:false Deflate:{r.choice(('true', 'false'))} "
            f"DeflateLevel:{r.randint(0, 9)} Snappy:false SampleRate:{r.choice((0, 0, 25))} UserAgent:{r.choice(('go-nsq/1.1.0', 'pynsq/0.9.1', 'nsqjs/0.13.0'))} MsgTimeout:{r.choice((0, 60000))}}}")


def _lh_ts(r: R) -> str:  # log.c: "%Y-%m-%d %H:%M:%S: "
    return f"2026-11-{_day(r):02d} {_clock(r)}:"


def _sk_ctx(r: R, elapsed: bool) -> str:  # logger.rb Formatters::Plain: "<SEV> <iso8601(3)> pid= tid=<ctx>: msg"
    parts = [f"jid={_hex(r, 24)}", f"class={r.choice(_SK_CLASSES)}"]
    if r.random() < 0.15:
        parts.append(f"bid={_b62(r, 14)}")
    if r.random() < 0.1:
        parts.append("tags=" + ",".join(r.sample(("tenant:acme", "priority", "backfill", "beta"), r.randint(1, 2))))
    if elapsed:
        parts.append(f"elapsed={r.choice((f'{r.uniform(0, 2):.3f}', f'{r.uniform(0, 90):.3f}', str(r.randint(0, 600))))}")
    return " ".join(parts)


def _sk_head(r: R, sev: str) -> str:
    return f"{sev} 2026-11-{_day(r):02d}T{_clock(r)}.{r.randint(0, 999):03d}Z pid={r.randint(7, 99999)} tid={_b62(r, 4).lower()}"


def _caddy_access(r: R) -> str:  # modules/caddyhttp/server.go logRequest: "handled request" + zap fields
    host = r.choice(_CADDY_HOSTS)
    uri = r.choice(_CADDY_URIS).replace("{n}", str(r.randint(1, 9999))).replace("{h}", _hex(r, 8)).replace("{s}", str(r.randint(1, 9)))
    status = r.choice((200, 200, 200, 304, 301, 404, 404, 502, 206, 401))
    hdr: dict[str, list[str]] = {"User-Agent": [r.choice(_UAS)], "Accept-Encoding": ["gzip, deflate, br"]}
    if r.random() < 0.6:
        hdr["Accept"] = [r.choice(("*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json"))]
    if r.random() < 0.3:
        hdr["Cookie"] = ["REDACTED"]
    if r.random() < 0.25:
        hdr["X-Forwarded-For"] = [_ip(r)]
    req: dict[str, object] = {"remote_ip": _ip(r), "remote_port": str(r.randint(1024, 65535)),
                              "client_ip": _ip(r), "proto": r.choice(("HTTP/1.1", "HTTP/2.0", "HTTP/2.0", "HTTP/3.0")),
                              "method": r.choice(("GET", "GET", "GET", "POST", "HEAD")), "host": host, "uri": uri, "headers": hdr}
    if r.random() < 0.8:
        req["tls"] = {"resumed": r.random() < 0.3, "version": r.choice((772, 771)), "cipher_suite": r.choice((4865, 4867, 49199)),
                      "proto": r.choice(("h2", "http/1.1", "")), "server_name": host}
    resp_h: dict[str, list[str]] = {"Server": ["Caddy"], "Content-Type": [r.choice(("text/html; charset=utf-8", "application/json",
                                                                                    "text/javascript; charset=utf-8", "image/x-icon"))]}
    if r.random() < 0.5:
        resp_h["Etag"] = [f'"{_b62(r, 12).lower()}"']
    if r.random() < 0.4:
        resp_h["Alt-Svc"] = ['h3=":443"; ma=2592000']
    body = {"level": "info" if status < 500 else "error", "ts": round(1764028800 + r.uniform(0, 86400), 6),
            "logger": "http.log.access." + r.choice(("log0", "log1", "default")), "msg": "handled request", "request": req,
            "bytes_read": r.choice((0, 0, r.randint(10, 9000))), "user_id": r.choice(("", "", "admin")),
            "duration": round(r.uniform(0.00005, 2.5), 9), "size": r.randint(0, 300000), "status": status, "resp_headers": resp_h}
    return json.dumps(body, separators=(",", ":"))


def _caddy_line(r: R, level: str, logger: str, msg: str, fields: dict[str, object]) -> str:
    body: dict[str, object] = {"level": level, "ts": round(1764028800 + r.uniform(0, 86400), 6), "logger": logger, "msg": msg}
    body.update(fields)
    return json.dumps(body, separators=(",", ":"))


def _couch_head(r: R, lvl: str) -> str:  # couch_log_formatter: "[level] ts node pid msgid "
    return f"[{lvl}] 2026-11-{_day(r):02d}T{_clock(r)}.{r.randint(0, 999999):06d}Z couchdb@{r.choice(('127.0.0.1', 'couch1.internal', 'couch2.internal'))} <0.{r.randint(100, 32000)}.0>"


def _couch_path(r: R) -> str:
    p = r.choice(_COUCH_PATHS)
    return p.replace("{db}", r.choice(_COUCH_DBS)).replace("{id}", r.choice(("order:" + str(r.randint(1, 99999)), _hex(r, 32), "_local/" + _hex(r, 32)))).replace("{s}", str(r.randint(1, 500)))


def _influx_ts(r: R) -> str:
    return f"ts=2026-11-{_day(r):02d}T{_clock(r)}.{r.randint(0, 999999):06d}Z"


def _influx_logid(r: R) -> str:
    return "0" + _b62(r, 10)


def _influx_path(r: R) -> str:
    return f"/var/lib/influxdb/data/{r.choice(_INFLUX_DBS)}/{r.choice(_INFLUX_RPS)}/{r.randint(1, 2400)}"


def _influx_trace(r: R) -> str:
    return f"trace_id={_b62(r, 11)}"


def _influx_clf(r: R) -> str:  # services/httpd/response_logger.go buildLogLine (common log format + ua + request id + µs)
    user = r.choice(("-", "-", "telegraf", "grafana"))
    uri = r.choice((f"/write?db={r.choice(_INFLUX_DBS)}&precision=ns", f"/write?consistency=any&db={r.choice(_INFLUX_DBS)}",
                    f"/query?db={r.choice(_INFLUX_DBS)}&epoch=ms&q=SELECT+mean%28%22usage_idle%22%29+FROM+%22cpu%22+WHERE+time+%3E+now%28%29+-+1h+GROUP+BY+time%2810s%29",
                    "/ping", "/debug/vars", f"/api/v2/write?bucket={r.choice(_INFLUX_DBS)}&org=&precision=s"))
    method = "POST" if "write" in uri else r.choice(("GET", "GET", "HEAD"))
    status = 204 if "write" in uri or uri == "/ping" else r.choice((200, 200, 400, 401))
    ua = r.choice(("Telegraf/1.32.2 Go/1.23.2", "Grafana/11.3.0", "InfluxDBShell/1.11.8", "-", "Go-http-client/1.1"))
    host = f"{_ip(r)},{_ip(r)}" if r.random() < 0.3 else _ip(r)
    return (f'{host} - {user} [{_day(r):02d}/Nov/2026:{_clock(r)} +0000] "{method} {uri} HTTP/1.1" {status} '
            f'{0 if status == 204 else r.randint(40, 90000)} "-" "{ua}" {_hex(r, 8)}-{_hex(r, 4)}-11ef-{_hex(r, 4)}-{_hex(r, 12)} {r.randint(90, 900000)}')


def _klipper_stats(r: R) -> str:  # extras/statistics.py: "Stats %.1f: %s" - the %s joins every module's stats
    parts = [f"gcodein={r.randint(0, 9_000_000)}"]
    for m in r.sample(("mcu", "toolboard", "EBBCan", "rpi"), r.randint(1, 3)):
        parts.append(f"{m}: mcu_awake={r.uniform(0, 0.05):.3f} mcu_task_avg={r.uniform(0, 0.0001):.6f} mcu_task_stddev={r.uniform(0, 0.0001):.6f} "
                     f"bytes_write={r.randint(1000, 9_000_000)} bytes_read={r.randint(1000, 90_000_000)} bytes_retransmit={r.randint(0, 9000)} "
                     f"bytes_invalid={r.choice((0, 0, 0, r.randint(1, 90)))} send_seq={r.randint(100, 9_000_000)} receive_seq={r.randint(100, 9_000_000)} "
                     f"retransmit_seq={r.randint(0, 90000)} srtt={r.uniform(0, 0.01):.3f} rttvar={r.uniform(0, 0.01):.3f} rto={r.uniform(0.025, 0.1):.3f} "
                     f"ready_bytes={r.randint(0, 200)} upcoming_bytes={r.randint(0, 900)} freq={r.randint(15_990_000, 180_010_000)}")
    for h in r.sample(("heater_bed", "extruder", "chamber"), r.randint(0, 3)):
        parts.append(f"{h}: target={r.choice((0, 60, 110, 215, 250))} temp={r.uniform(18, 260):.1f} pwm={r.uniform(0, 1):.3f}")
    parts.append(f"sysload={r.uniform(0, 4):.2f} cputime={r.uniform(1, 90000):.3f} memavail={r.randint(90_000, 3_900_000)}")
    parts.append(f"print_time={r.uniform(0, 90000):.3f} buffer_time={r.uniform(0, 3):.3f} print_stall={r.randint(0, 9)}")
    if r.random() < 0.5:
        parts.append(f"extruder: target={r.choice((0, 215, 240))} temp={r.uniform(18, 260):.1f} pwm={r.uniform(0, 1):.3f}")
    return " ".join(parts)


def _av_addr(r: R) -> str:
    return r.choice((_ip(r), _ip(r), _ip6(r)))


def _av_proto(r: R) -> str:
    return r.choice(("IPv4", "IPv4", "IPv6"))


def _zed_msg(r: R) -> str:  # cmd/zed/zed.d/all-syslog.sh: msg="eid=.. class=.." + optional fields
    cls = r.choice(_ZFS_CLASSES)
    out = f"eid={r.randint(1, 90000)} class={cls} pool='{r.choice(_ZFS_POOLS)}'"
    if cls in ("statechange", "checksum", "io", "vdev_attach", "delay", "resilver_start") and r.random() < 0.9:
        out += f" vdev={r.choice(('sda1', 'ata-WDC_WD40EFRX-68N32N0_WD-WCC7K4XXXXXX-part1', 'nvme0n1p3', 'wwn-0x5000c500a1b2c3d4', 'sdc'))}"
    if cls == "statechange":
        out += f" vdev_state={r.choice(('ONLINE', 'DEGRADED', 'FAULTED', 'REMOVED', 'UNAVAIL', 'OFFLINE'))}"
    if cls in ("checksum", "io", "delay"):
        if cls == "checksum":
            out += f" algorithm={r.choice(('fletcher4', 'sha256', 'blake3'))}"
        out += f" size={r.choice((4096, 8192, 131072, 1048576))} offset={r.randint(10**6, 10**12)} priority={r.randint(0, 4)}"
        out += f" err={r.choice((0, 5, 52, 6))} flags=0x{_hex(r, r.randint(4, 6)).lstrip('0') or '1'}"
        if cls == "delay" or r.random() < 0.2:
            out += f" delay={r.randint(11, 90000)}ms"
        if r.random() < 0.7:
            out += f" bookmark={r.randint(0, 9000)}:{r.randint(0, 900000)}:{r.randint(0, 3)}:{r.randint(0, 90000)}"
    return out


def _rs_err(r: R) -> str:
    msg, code, f, line = r.choice(_RS_ERRS)
    return f"rsync error: {msg} (code {code}) at {f}({line}) [{r.choice(('sender', 'receiver', 'generator'))}=3.{r.choice(('2.7', '3.0', '4.1'))}]"


SLOTS: dict[str, Callable[[R], str]] = {
    "ip": _ip, "ip6": _ip6, "mac": _mac, "MAC": lambda r: _mac(r, True), "clock": _clock, "dd": lambda r: f"{_day(r):02d}",
    "pid": _num(100, 4_194_303), "n": lambda r: str(r.randint(0, 10 ** r.randint(1, 6))), "small": _num(0, 9),
    "port": _num(1024, 65535), "godur": _godur, "hex8": lambda r: _hex(r, 8), "hex7": lambda r: _hex(r, 7),
    "f3": lambda r: f"{r.uniform(0, 90):.3f}",
    # nats-server
    "nats_inf": lambda r: _nats_head(r, "INF"), "nats_wrn": lambda r: _nats_head(r, "WRN"), "nats_err": lambda r: _nats_head(r, "ERR"),
    "nats_who": _nats_who, "nats_route": lambda r: f"{_ip(r)}:6222 - rid:{r.randint(1, 400)}",
    "nats_close": _choice(_NATS_CLOSE), "nats_ver": _choice(("2.10.22", "2.11.1", "2.10.24")),
    "nats_sig": _choice(("terminated", "interrupt", "hangup", "user defined signal 2")), "bool": _choice(("true", "false")),
    "nats_listen": lambda r: r.choice(("0.0.0.0:4222", "[::]:4222", "127.0.0.1:4222", f"{_ip(r)}:4222")),
    "nats_chunks": _num(1, 900),
    # nsqd
    "nsq_ts": _nsq_ts, "topic": _choice(_NSQ_TOPICS), "chan": _choice(_NSQ_CHANS), "nsq_client": _nsq_client,
    "nsq_identify": _nsq_identify, "nsq_lookupd": lambda r: f"{r.choice(('nsqlookupd-0.nsqlookupd', '10.0.4.11', 'lookupd.internal'))}:4160",
    "nsq_magic": _choice(("  V2",)), "nsq_bad": _choice(("GET ", "HTTP", "\\x16\\x03\\x01\\x02", "PING")),
    "nsq_datfile": _choice(("/data/nsqd.dat", "/var/lib/nsq/nsqd.dat", "nsqd.dat")),
    "nsq_ver": _choice(("1.3.0", "1.2.1")), "nsq_go": _choice(("go1.21.6", "go1.16.6", "go1.22.1")),
    "nsq_statsd": lambda r: f"{r.choice(('127.0.0.1', 'statsd.monitoring'))}:8125",
    "nsq_level": _num(1, 9),
    # lighttpd
    "lh_ts": _lh_ts, "lh_ver": _choice(("lighttpd/1.4.76", "lighttpd/1.4.77", "lighttpd/1.4.73")),
    "lh_sock": lambda r: r.choice(("/run/lighttpd/php.socket-0", "/var/run/lighttpd/php-fastcgi.socket-1", f"{_ip(r)}:9000", "127.0.0.1:9000")),
    "lh_path": lambda r: r.choice(("/index.php", "/wiki/index.php", "/cgi-bin/luci", "/api/status.php", "/nextcloud/remote.php")),
    "lh_query": lambda r: r.choice(("", "", "title=Main_Page", f"id={r.randint(1, 900)}&action=edit", "format=json")),
    "lh_ssl_err": _choice(("error:0A000126:SSL routines::unexpected eof while reading",
                           "error:0A00010B:SSL routines::wrong version number",
                           "error:0A000412:SSL routines::sslv3 alert bad certificate",
                           "error:0A0000C1:SSL routines::no shared cipher", "error:0A00006C:SSL routines::bad key share")),
    "lh_sslnum": _choice(("1", "1", "5", "6")), "lh_method": _choice(("GET", "GET", "POST", "HEAD")),
    "lh_uid": _num(0, 1000), "lh_rw": _choice(("read", "read", "write", "connect")), "lh_ext": _choice((".php", ".php", "/cgi-bin/", ".fcgi")),
    "lh_host": _choice(("www.example.org", "wiki.example.net", "192.168.1.1", "router.lan")),
    "lh_gwmsg": _choice(("unexpected end-of-file (perhaps the fastcgi process died)", "unexpected end-of-file (perhaps the ajp13 process died)")), "lh_secs": _choice(("5", "10", "30", "60")),
    # sidekiq
    "sk_info": lambda r: _sk_head(r, "INFO"), "sk_warn": lambda r: _sk_head(r, "WARN"), "sk_err": lambda r: _sk_head(r, "ERROR"),
    "sk_ctx": lambda r: _sk_ctx(r, False), "sk_ctx_el": lambda r: _sk_ctx(r, True),
    "sk_ver": _choice(("7.3.5", "7.3.2", "8.0.1")), "sk_ruby": _choice((
        "ruby 3.3.6 (2024-11-05 revision 75015d4c1f) [x86_64-linux]", "ruby 3.2.2 (2023-03-30 revision e51014f9c0) [aarch64-linux]",
        "ruby 3.3.0 (2023-12-25 revision 5124f9ac75) +YJIT [x86_64-linux]")),
    "sk_rails": _choice(("7.1.5", "7.2.2", "8.0.0")), "sk_env": _choice(("production", "production", "staging")),
    "sk_redis": lambda r: r.choice(("redis://redis:6379/0", "redis://10.0.2.15:6379/1", "rediss://cache.internal:6380/0")),
    "sk_capsule": _choice(("default", "unsafe", "imports")), "sk_queue": _choice(_SK_QUEUES),
    "sk_retry": _num(0, 24),
    # anacron
    "ana_mailsfx": _choice(("", "", " (mailing output)")),
    "ana_job": _choice(_ANA_JOBS), "ana_min": _choice(("5", "10", "15", "20", "45")),
    "ana_date": lambda r: f"{r.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'))} Nov {_day(r):2d} {_clock(r)} 2026",
    "ana_ymd": lambda r: f"2026-11-{_day(r):02d}", "ana_cnt": _num(0, 5), "ana_s": _choice(("", "s")),
    "ana_mail": _choice(("root", "admin@example.org", "ops")),
    # avahi
    "av_proto_u": _choice(("IPv4", "IPv6", "*", "*")), "av_jl": _choice(("Joining", "Joining", "Leaving")), "av_sig": _choice(("SIGTERM", "SIGINT")),
    "av_rec": lambda r: r.choice((f"{r.choice(_AV_HOSTS)}\\064{r.choice(_AV_HOSTS)}.{r.choice(_AV_SERVICES)}.local IN SRV 0 0 {r.randint(1024, 65535)} {r.choice(_AV_HOSTS)}.local ; ttl=120",
                                  f"{r.choice(_AV_HOSTS)}.local IN A {_ip(r)} ; ttl=120",
                                  f"{r.choice(_AV_SERVICES)}.local IN PTR {r.choice(_AV_HOSTS)}.{r.choice(_AV_SERVICES)}.local ; ttl=4500")),
    "av_if": _choice(_AV_IFACES), "av_addr": _av_addr, "av_proto": _av_proto, "av_host": _choice(_AV_HOSTS),
    "av_svc": _choice(_AV_SERVICES), "av_ver": _choice(("0.8", "0.8-rc1")),
    "av_svcname": lambda r: r.choice(("%h", "Brother MFC-L2750DW series", "OctoPrint instance on octopi", "nas SMB", "Living Room")),
    "av_file": _choice(("/etc/avahi/services/ssh.service", "/etc/avahi/services/smb.service", "/etc/avahi/services/octoprint.service")),
    # pppd
    "ppp_proto": _choice(("LCP", "LCP", "IPCP", "CCP", "IPV6CP")),
    "ppp_if": _choice(("ppp0", "ppp0", "ppp1")), "ppp_tty": _choice(_PPP_TTYS), "ppp_ver": _choice(("2.5.0", "2.4.9", "2.5.1")),
    "ppp_user": _choice(_PPP_USERS), "ppp_uid": _choice(("0", "0", "1000")), "ppp_prot": _choice(("PAP", "CHAP", "CHAP", "EAP")),
    "ppp_sig": _choice(("15", "2", "1")), "ppp_echo": _choice(("3", "4", "5")),
    "ppp_bytes": lambda r: str(r.randint(0, 10 ** r.randint(2, 10))), "ppp_min": lambda r: f"{r.randint(0, 9000)}.{r.randint(0, 9)}",
    "ppp_ll": lambda r: f"fe80::{_hex(r, 4).lstrip('0') or '1'}:{_hex(r, 4).lstrip('0') or '1'}:{_hex(r, 4).lstrip('0') or '1'}:{_hex(r, 4).lstrip('0') or '1'}",
    # rsyncd
    "rs_gai": _choice(("Name or service not known", "Temporary failure in name resolution", "Name or service not known")),
    "rs_port": _choice(("873", "873", "8873")),
    "rs_mod": _choice(_RS_MODULES), "rs_host": _choice(_RS_HOSTS), "rs_user": _choice(("backup", "alice", "nobody", "syncer")),
    "rs_file": _choice(_RS_FILES), "rs_bytes": lambda r: f"{r.randint(0, 10 ** r.randint(2, 11)):,}",
    "rs_err": _rs_err, "rs_ver": _choice(("3.2.7", "3.3.0", "3.4.1")), "rs_proto": _choice(("31", "32")),
    "rs_autherr": _choice(("password mismatch", "password mismatch", "no matching rule", "denied by rule", "secret not found")),
    "rs_onto": _choice(("on", "on", "to")),
    "rs_req": lambda r: r.choice(_RS_MODULES) + "/" + r.choice(("", "", "2026/", "daily/", "etc/nginx/", "Documents/Tax Return 2025.pdf")),
    "rs_op": _choice(("send", "recv", "send", "del.")),
    # zed
    "zed_msg": _zed_msg, "zedlet": _choice(_ZFS_ZEDLETS), "zed_eid": _num(1, 90000),
    "zed_time": lambda r: f"{r.randint(0, 2)}.{r.randint(0, 999999):06d}", "zed_exit": _choice(("0", "0", "0", "1", "2")),
    "zed_ver": _choice(("2.2.6-1", "2.3.0-1", "2.2.7-pve1")), "zed_sig": _choice(("9/Killed", "15/Terminated", "6/Aborted")),
    # klipper
    "kl_wh": lambda r: r.choice(("New connection", "New connection", f"Client info {{'program': 'Moonraker', 'version': 'v0.9.3-{r.randint(1, 300)}-g{_hex(r, 8)}'}}",
                                 f"Client info {{'program': 'KlipperScreen', 'version': 'v0.4.{r.randint(0, 5)}'}}")),
    "kl_stats": _klipper_stats, "kl_et": lambda r: f"{r.uniform(100, 900000):.1f}", "kl_mcu": _choice(_KL_MCUS),
    "kl_reason": _choice(_KL_REASONS), "kl_pt": lambda r: f"{r.uniform(0, 90000):.3f}",
    "kl_ncmd": _num(80, 260), "kl_fwver": lambda r: f"v0.12.0-{r.randint(100, 400)}-g{_hex(r, 8)}",
    "kl_gcc": _choice(("gcc: (15:12.2.rel1-1) 12.2.1 20221205 binutils: (2.40-2+18+b1) 2.40",
                       "gcc: (Fedora 13.2.0-1.fc39) 13.2.0 binutils: (GNU Binutils 2.41) 2.41")),
    "kl_moves": _choice(("1024", "1024", "500", "325", "3680")), "kl_pos": _num(0, 9_000_000),
    "kl_client": lambda r: str(r.randint(1000000, 9999999999)),
    "kl_port": _choice(("/dev/serial/by-id/usb-Klipper_stm32f446xx_1A002A001851303232383230-if00", "/tmp/klipper_host_mcu",
                        "/dev/ttyAMA0", "/dev/serial/by-id/usb-Klipper_rp2040_E6625C05E7446D2B-if00")),
    "kl_oserr": _choice(("[Errno 2] could not open port /dev/ttyAMA0: [Errno 2] No such file or directory: '/dev/ttyAMA0'",
                         "[Errno 16] could not open port /dev/ttyACM0: [Errno 16] Device or resource busy: '/dev/ttyACM0'")),
    "kl_start": lambda r: f"{r.choice(('Tue', 'Wed', 'Thu'))} Nov {_day(r):2d} {_clock(r)} 2026",  # time.asctime()
    "kl_f1": lambda r: f"{r.uniform(0, 900000):.1f}",
    # netifd
    "nw_if": _choice(_NW_IFACES), "nw_devtype": _choice(_NW_DEVTYPES), "nw_dev": _choice(_NW_DEVS), "updown": _choice(("up", "down")),
    "nw_endis": _choice(("enabled", "disabled")), "nw_conn": _choice(("", "loss")),
    # polkitd
    "pk_subject": lambda r: r.choice((f"unix-process:{r.randint(900, 90000)}:{r.randint(10000, 9999999)}",
                                      f"unix-session:{r.choice(('1', '2', 'c1', 'c2', '3'))}",
                                      f"unix-process:{r.randint(900, 90000)}:{r.randint(10000, 9999999)}")),
    "pk_bus": lambda r: f":1.{r.randint(10, 9000)}", "pk_agent": _choice(_PK_AGENTS),
    "pk_obj": _choice(("/org/freedesktop/PolicyKit1/AuthenticationAgent", "/org/gnome/PolicyKit1/AuthenticationAgent")),
    "pk_locale": _choice(("en_US.UTF-8", "de_DE.UTF-8", "C", "pt_BR.UTF-8", "C.UTF-8")),
    "pk_user": lambda r: f"unix-user:{r.choice(('root', 'alice', 'marta', 'admin'))}", "pk_action": _choice(_PK_ACTIONS),
    "pk_sysbus": lambda r: f"system-bus-name::1.{r.randint(10, 9000)}",
    "pk_cmd": _choice(("/usr/bin/gnome-control-center", "/usr/bin/pkexec /usr/sbin/gparted", "/usr/lib/packagekit/packagekitd",
                       "/usr/bin/systemctl restart nginx")),
    "pk_dir": _choice(("/etc/polkit-1/rules.d", "/usr/share/polkit-1/rules.d")), "pk_rules": _num(1, 40),
    # udisksd
    "ud_dev": _choice(_UD_DEVS), "ud_label": lambda r: r.choice(_UD_LABELS),
    "ud_mnt": lambda r: f"/media/{r.choice(('alice', 'marta', 'pi'))}/{r.choice(_UD_LABELS)}", "ud_uid": _choice(("1000", "1000", "1001", "0")),
    "ud_maj": _choice(("8", "179", "259", "253")), "ud_min": _num(0, 40), "ud_ver": _choice(("2.10.1", "2.10.90")),
    "ud_drive": _choice(_UD_DRIVES), "ud_secs": _num(590, 640),
    "ud_hk_err": _choice(("Error updating SMART data: sk_disk_check_sleep_mode: Input/output error (udisks-error-quark, 0)",
                          "Error updating SMART data: Error sending ATA command CHECK POWER MODE: Unexpected sense data returned:\n"
                          .replace("\n", " ") + "0000: 70 00 05 00 00 00 00 0a (udisks-error-quark, 0)",
                          "Error updating Health Information: Failed to get NVMe SMART log: Input/output error (udisks-error-quark, 0)")),
    "ud_sysfs": lambda r: f"/sys/devices/pci0000:00/0000:00:14.0/usb{r.randint(1, 4)}/{r.randint(1, 4)}-{r.randint(1, 9)}/remove",
    "ud_opts": lambda r: r.choice(("", "", " (system)")), "ud_cplug": _choice(("1", "2")),
    # bluetoothd
    "bt_ver": _choice(("5.72", "5.77", "5.66")), "bt_addr": lambda r: _mac(r, True), "bt_name": _choice(_BT_DEVNAMES),
    "bt_prof": _choice(_BT_PROFILES), "bt_errno": lambda r: "{0} ({1})".format(*r.choice(_BT_ERRS)),
    "bt_err": lambda r: r.choice(_BT_ERRS)[0], "bt_sender": lambda r: f":1.{r.randint(10, 900)}",
    "bt_ep": lambda r: f"/MediaEndpoint/{r.choice(('A2DPSink', 'A2DPSource'))}/{r.choice(('sbc', 'aac', 'ldac', 'sbc_xq_552', 'aptx_hd', 'faststream'))}",
    "bt_player": lambda r: f"/media_player{r.randint(0, 9)}", "bt_ctl": lambda r: f"hci{r.choice((0, 0, 1))}", "bt_mgmt": _choice(("1.22", "1.23")),
    "bt_reason": _choice(("Connection Timeout", "Remote User Terminated Connection", "Connection Terminated By Local Host")),
    # caddy
    "caddy_access": _caddy_access,
    # couchdb
    "c_notice": lambda r: _couch_head(r, "notice"), "c_error": lambda r: _couch_head(r, "error"),
    "c_warn": lambda r: _couch_head(r, "warning"), "c_info": lambda r: _couch_head(r, "info"),
    "c_reqid": lambda r: _hex(r, 10), "c_host": _choice(("localhost:5984", "couch1.internal:5984", "db.example.org")),
    "c_user": _choice(("undefined", "admin", "app_rw", "replicator", "undefined")),
    "c_method": _choice(("GET", "GET", "GET", "PUT", "POST", "DELETE", "HEAD")), "c_path": _couch_path,
    "c_status": _choice(("200", "200", "201", "304", "404", "409", "401", "412")), "c_ok": _choice(("ok", "ok", "ok", "ok")),
    "c_db": _choice(_COUCH_DBS), "c_ver": _choice(("3.4.2", "3.3.3", "3.5.0")), "c_sid": lambda r: _hex(r, 32),
    "c_base": lambda r: _hex(r, 32), "c_ext": _choice(("+continuous", "+continuous+create_target", "")),
    "c_from": lambda r: r.choice(("from _replicate endpoint", f"from doc _replicator:{r.choice(('orders-to-backup', 'telemetry_sync', _hex(r, 32)))}")),
    "c_recv": _choice(("closed", "timeout", "einval")), "c_shard": lambda r: f"shards/{r.choice(('00000000-7fffffff', '80000000-ffffffff', '00000000-1fffffff'))}/{r.choice(_COUCH_DBS)}.{r.randint(1_700_000_000, 1_764_000_000)}",
    "c_repid": lambda r: _hex(r, 32) + r.choice(("", "+continuous", "+continuous+create_target")),
    "c_url": lambda r: r.choice(("https://backup.example.org/orders/", "http://couch2.internal:5984/telemetry-2026/", "http://127.0.0.1:5984/_users/")),
    "c_reason": _choice(("normal", "{error,econnrefused}", "timeout", "killed", "{badmatch,{error,enospc}}")),
    # influxd
    "ix_ts": _influx_ts, "ix_logid": _influx_logid, "ix_path": _influx_path, "ix_trace": _influx_trace, "ix_clf": _influx_clf,
    "ix_db": _choice(_INFLUX_DBS), "ix_rp": _choice(_INFLUX_RPS), "ix_shard": _num(1, 2400), "ix_dur": lambda r: f"{r.uniform(0.01, 9000):.3f}ms",
    "ix_tsm": lambda r: f"/var/lib/influxdb/data/{r.choice(_INFLUX_DBS)}/{r.choice(_INFLUX_RPS)}/{r.randint(1, 2400)}/{r.randint(1, 9999):09d}-{r.randint(1, 9):09d}.tsm",
    "ix_level": _num(1, 4), "ix_idx": _choice(("tsi1", "tsi1", "inmem")), "ix_ver": _choice(("1.11.8", "1.10.7", "1.8.10")),
    "ix_branch": _choice(("1.11", "1.10", "1.8")), "ix_commit": lambda r: _hex(r, 40), "ix_files": _num(2, 8),
    "ix_op": _choice(("tsm1_compact_group", "tsm1_cache_snapshot", "tsm1_compact_group")),
}

SOURCES: dict[str, tuple[str, str, str]] = {
    # program: (repository, ref (branch or commit) for --verify, files holding the format strings)
    "nats-server": ("nats-io/nats-server", "HEAD", "server/server.go, server/client.go, server/route.go, server/signal.go, server/reload.go, logger/log.go"),
    "nsqd": ("nsqio/nsq", "HEAD", "nsqd/topic.go, nsqd/channel.go, nsqd/nsqd.go, nsqd/tcp.go, nsqd/protocol_v2.go, nsqd/lookup.go, nsqd/statsd.go, internal/lg/lg.go, apps/nsqd/main.go"),
    "lighttpd": ("lighttpd/lighttpd1.4", "HEAD", "src/server.c, src/connections.c, src/gw_backend.c, src/mod_openssl.c, src/log.c"),
    "caddy": ("caddyserver/caddy", "HEAD", "modules/caddyhttp/server.go, modules/caddyhttp/app.go, modules/caddyhttp/autohttps.go, caddy.go, "
              "modules/caddytls/tls.go, admin.go, cmd/main.go; the tls.obtain lines are logged by caddyserver/certmagic (config.go, storage.go)"),
    "sidekiq": ("sidekiq/sidekiq", "HEAD", "lib/sidekiq/job_logger.rb, lib/sidekiq/logger.rb, lib/sidekiq/cli.rb, lib/sidekiq/launcher.rb, lib/sidekiq/job_retry.rb, lib/sidekiq/manager.rb"),
    "anacron": ("cronie-crond/cronie", "HEAD", "anacron/main.c, anacron/runjob.c, anacron/lock.c"),
    "avahi-daemon": ("avahi/avahi", "HEAD", "avahi-core/iface.c, avahi-core/server.c, avahi-core/iface-linux.c, avahi-daemon/main.c, avahi-daemon/static-services.c"),
    "pppd": ("ppp-project/ppp", "HEAD", "pppd/main.c, pppd/auth.c, pppd/ipcp.c, pppd/ipv6cp.c, pppd/lcp.c, pppd/sys-linux.c, pppd/upap.c, pppd/chap.c"),
    "rsyncd": ("RsyncProject/rsync", "HEAD", "clientserver.c, main.c, log.c, authenticate.c, cleanup.c"),
    "zed": ("openzfs/zfs", "HEAD", "cmd/zed/zed.d/all-syslog.sh, cmd/zed/zed_exec.c, cmd/zed/zed.c, cmd/zed/zed_event.c"),
    "klippy": ("Klipper3d/klipper", "HEAD", "klippy/klippy.py, klippy/mcu.py, klippy/serialhdl.py, klippy/extras/statistics.py, klippy/extras/virtual_sdcard.py, klippy/webhooks.py"),
    "netifd": ("openwrt/netifd", "HEAD", "interface.c, device.c"),
    "polkitd": ("polkit-org/polkit", "HEAD", "src/polkitbackend/polkitbackendinteractiveauthority.c, src/polkitbackend/polkitbackendjsauthority.cpp, src/polkitd/main.c"),
    "udisksd": ("storaged-project/udisks", "HEAD", "src/udisksdaemon.c, src/main.c, src/udiskslinuxfilesystem.c, src/udiskslinuxdrive.c, src/udiskslinuxprovider.c, src/udisksstate.c"),
    "bluetoothd": ("bluez/bluez", "HEAD", "src/main.c, src/adapter.c, src/service.c, profiles/audio/media.c, profiles/audio/avdtp.c, src/device.c"),
    "couchdb": ("apache/couchdb", "HEAD", "src/chttpd/src/chttpd.erl, src/couch_log/src/couch_log_formatter.erl, src/couch_replicator/src/*.erl, src/couch/src/couch_server.erl, src/mem3/src/*.erl"),
    "influxd": ("influxdata/influxdb", "master-1.x", "tsdb/store.go, tsdb/engine/tsm1/engine.go, tsdb/engine/tsm1/compact.go, services/httpd/handler.go, services/httpd/response_logger.go, cmd/influxd/run/command.go, services/retention/service.go"),
}

SYSTEMS: dict[str, tuple[str, ...]] = {
    "nats-server": (
        "{nats_inf} Starting nats-server",
        "{nats_inf}   Version:  {nats_ver}",
        "{nats_inf}   Git:      [{hex7}]",
        "{nats_inf} Listening for client connections on {nats_listen}",
        "{nats_inf} Server is ready",
        "{nats_inf} {nats_who} - Client connection closed: {nats_close}",
        "{nats_inf} {nats_route} - Route connection created",
        "{nats_inf} {nats_route} - Router connection closed: {nats_close}",
        "{nats_inf} {nats_who} - Slow Consumer Detected: WriteDeadline of {godur} exceeded with {nats_chunks} chunks of {n} total bytes.",
        "{nats_inf} {nats_who} - Slow Consumer Detected: MaxPending of {n} Exceeded",
        "{nats_wrn} {nats_who} - Readloop processing time: {godur}",
        "{nats_inf} Trapped \"{nats_sig}\" signal",
        "{nats_inf} Server Exiting..",
        "{nats_inf} Reloaded: debug = {bool}",
        "{nats_inf} Reloaded: trace = {bool}",
        "{nats_inf} Starting JetStream",
        "{nats_inf} Took {godur} to start JetStream",
    ),
    "nsqd": (
        "{nsq_ts} INFO: TOPIC({topic}): created",
        "{nsq_ts} INFO: TOPIC({topic}): new channel({chan})",
        "{nsq_ts} INFO: TOPIC({topic}): deleting channel {chan}",
        "{nsq_ts} INFO: CHANNEL({chan}): closing",
        "{nsq_ts} INFO: CHANNEL({chan}): flushing {n} memory {n} in-flight {n} deferred messages to backend",
        "{nsq_ts} INFO: TCP: new client({nsq_client})",
        "{nsq_ts} INFO: CLIENT({nsq_client}): desired protocol magic '{nsq_magic}'",
        "{nsq_ts} ERROR: client({nsq_client}) bad protocol magic '{nsq_bad}'",
        "{nsq_ts} INFO: [{nsq_client}] IDENTIFY: {nsq_identify}",
        "{nsq_ts} INFO: PROTOCOL(V2): [{nsq_client}] exiting ioloop",
        "{nsq_ts} INFO: PROTOCOL(V2): [{nsq_client}] exiting messagePump",
        "{nsq_ts} INFO: PROTOCOL(V2): [{nsq_client}] upgrading connection to deflate (level {nsq_level})",
        "{nsq_ts} INFO: PROTOCOL(V2): [{nsq_client}] upgrading connection to snappy",
        "{nsq_ts} INFO: LOOKUP({nsq_lookupd}): adding peer",
        "{nsq_ts} INFO: LOOKUP({nsq_lookupd}): removing peer",
        "{nsq_ts} INFO: NSQ: persisting topic/channel metadata to {nsq_datfile}",
        "{nsq_ts} INFO: STATSD: pushing stats to {nsq_statsd}",
        "{nsq_ts} INFO: ID: {n}",
    ),
    "lighttpd": (
        "{lh_ts} (server.c.1973) server started ({lh_ver})",
        "{lh_ts} (server.c.2390) server stopped",
        "{lh_ts} (server.c.2385) server stopped by UID = {lh_uid} PID = {pid}",
        "{lh_ts} (server.c.2381) server stopped after idle timeout",
        "{lh_ts} (server.c.1162) [note] graceful shutdown started",
        "{lh_ts} (server.c.1202) [note] sockets enabled again",
        "{lh_ts} (gw_backend.c.2180) {lh_gwmsg} on socket: {lh_sock} (pid:{pid}) for {lh_host} {lh_path}?{lh_query}",
        "{lh_ts} (gw_backend.c.2888) {lh_rw} timeout on socket: {lh_sock} (fd: {n})",
        "{lh_ts} (mod_openssl.c.366) SSL: addr:{ip} ssl_err:{lh_sslnum} {lh_ssl_err}",
        "{lh_ts} (connections.c.431) connection closed - read failed",
        "{lh_ts} (gw_backend.c.340) child exited: {small} {lh_sock}",
        "{lh_ts} (gw_backend.c.972) all handlers for {lh_path}?{lh_query} on {lh_ext} are down.",
        "{lh_ts} (server.c.2140) [note] idle timeout {lh_secs}s exceeded, initiating graceful shutdown",
    ),
    "caddy": (
        "{caddy_access}",
        "@json:info|http|server running|name=srv0,protocols=h1 h2 h3",
        "@json:info|tls.obtain|acquiring lock|identifier",
        "@json:info|tls.obtain|lock acquired|identifier",
        "@json:info|tls.obtain|obtaining certificate|identifier",
        "@json:info|tls.obtain|certificate obtained successfully|identifier,issuer=acme-v02.api.letsencrypt.org-directory",
        "@json:info|tls.obtain|releasing lock|identifier",
        "@json:info|tls|cleaning storage unit|storage",
        "@json:info|tls|finished cleaning storage units|",
        "@json:info||serving initial configuration|",
        "@json:info||using adjacent Caddyfile|",
        "@json:warn|http.auto_https|server is listening only on the HTTP port, so no automatic HTTPS will be applied to this server|server_name,http_port=80",
        "@json:warn||exiting; byeee!! \U0001f44b|",
        "@json:warn|admin|admin endpoint disabled|",
    ),
    "sidekiq": (
        "{sk_info} {sk_ctx}: start",
        "{sk_info} {sk_ctx_el}: done",
        "{sk_info} {sk_ctx_el}: fail",
        "{sk_info}: Booted Rails {sk_rails} application in {sk_env} environment",
        "{sk_info}: Running in {sk_ruby}",
        "{sk_info}: Starting processing, hit Ctrl-C to stop",
        "{sk_info}: Pausing to allow jobs to finish...",
        "{sk_info}: Terminating quiet threads for {sk_capsule} capsule",
        "{sk_info}: Bye!",
        "{sk_info}: Sidekiq {sk_ver} connecting to Redis with options {{:size=>{small}, :pool_name=>\"internal\", :url=>\"{sk_redis}\"}}",
    ),
    "anacron": (
        "Anacron started on {ana_ymd}",
        "Will run job `{ana_job}' in {ana_min} min.",
        "Jobs will be executed sequentially",
        "Job `{ana_job}' started",
        "Job `{ana_job}' terminated{ana_mailsfx}",
        "Job `{ana_job}' terminated (exit status: {small}){ana_mailsfx}",
        "Will run job `{ana_job}'",
        "Normal exit ({ana_cnt} job{ana_s} run)",
        "Updated timestamp for job `{ana_job}' to {ana_ymd}",
        "Job `{ana_job}' locked by another anacron - skipping",
        "Received SIGUSR1",
    ),
    "avahi-daemon": (
        "{av_jl} mDNS multicast group on interface {av_if}.{av_proto} with address {av_addr}.",
        "New relevant interface {av_if}.{av_proto} for mDNS.",
        "Interface {av_if}.{av_proto} no longer relevant for mDNS.",
        "Registering new address record for {av_addr} on {av_if}.{av_proto_u}.",  # "*" for AVAHI_PROTO_UNSPEC
        "Withdrawing address record for {av_addr} on {av_if}.",
        "Server startup complete. Host name is {av_host}.local. Local service cookie is {n}.",
        "Host name conflict, retrying with <{av_host}-{small}>",
        "Service \"{av_svcname}\" ({av_file}) successfully established.",
        "Loading service file {av_file}.",
        "Network interface enumeration completed.",
        "Files changed, reloading.",
        "Got SIGHUP, reloading.",
        "Got {av_sig}, quitting.",
        "avahi-daemon {av_ver} exiting.",
        "Found user 'avahi' (UID {n}) and group 'avahi' (GID {n}).",
        "Successfully dropped root privileges.",
        "avahi-daemon {av_ver} starting up.",
        "Record [{av_rec}] not fitting in legacy unicast packet, dropping.",
    ),
    "pppd": (
        "pppd {ppp_ver} started by {ppp_user}, uid {ppp_uid}",
        "Using interface {ppp_if}",
        "Connect: {ppp_if} <--> {ppp_tty}",
        "Serial connection established.",
        "{ppp_prot} authentication succeeded",
        "peer refused to authenticate: terminating link",
        "local  IP address {ip}",
        "remote IP address {ip}",
        "primary   DNS address {ip}",
        "secondary DNS address {ip}",
        "local  LL address {ppp_ll}",
        "remote LL address {ppp_ll}",
        "No response to {ppp_echo} echo-requests",
        "Serial link appears to be disconnected.",
        "{ppp_proto} terminated by peer",
        "Modem hangup",
        "Connect time {ppp_min} minutes.",
        "Sent {ppp_bytes} bytes, received {ppp_bytes} bytes.",
        "Connection terminated.",
        "Terminating on signal {ppp_sig}",
        "Exit.",
    ),
    "rsyncd": (
        "connect from {rs_host} ({ip})",
        "rsync {rs_onto} {rs_req} from {rs_user}@{rs_host} ({ip})",
        "rsync {rs_onto} {rs_req} from {rs_host} ({ip})",
        "rsync allowed access on module {rs_mod} from {rs_host} ({ip})",
        "building file list",
        "sent {rs_bytes} bytes  received {rs_bytes} bytes  total size {rs_bytes}",
        "{rs_op} {rs_host} [{ip}] {rs_mod} ({rs_user}) {rs_file} {n}",
        "{rs_err}",
        "auth failed on module {rs_mod} from {rs_host} ({ip}) for {rs_user}: {rs_autherr}",
        "name lookup failed for {ip}: {rs_gai}",
        "rsync denied on module {rs_mod} from {rs_host} ({ip})",
        "rsyncd version {rs_ver} starting, listening on port {rs_port}",
        "unknown module '{rs_mod}' tried from {rs_host} ({ip})",
    ),
    "zed": (
        "{zed_msg}",
        "Invoking \"{zedlet}\" eid={zed_eid} pid={pid}",
        "Finished \"{zedlet}\" eid={zed_eid} pid={pid} time={zed_time}s exit={zed_exit}",
        "Finished \"{zedlet}\" eid={zed_eid} pid={pid} time={zed_time}s sig={zed_sig}",
        "ZFS Event Daemon {zed_ver} (PID {pid})",  # "ZFS Event Daemon %s-%s (PID %d)": version-release
        "Processing events since eid={zed_eid}",
        "Exiting",
    ),
    "klippy": (
        "Stats {kl_et}: {kl_stats}",
        "Starting Klippy...",
        "Start printer at {kl_start} ({kl_f1} {kl_f1})",
        "Loaded MCU '{kl_mcu}' {kl_ncmd} commands ({kl_fwver} / {kl_gcc})",
        "Configured MCU '{kl_mcu}' ({kl_moves} moves)",
        "Sending MCU '{kl_mcu}' printer configuration...",
        "Transition to shutdown state: {kl_reason}",
        "Timeout with MCU '{kl_mcu}' (eventtime={kl_et}00000)",
        "Attempting MCU '{kl_mcu}' reset",
        "Restarting printer",
        "Exiting (print time {kl_pt}s)",
        "Starting SD card print (position {kl_pos})",
        "Finished SD card print",
        "Exiting SD card print (position {kl_pos})",
        "webhooks client {kl_client}: {kl_wh}",
        "mcu '{kl_mcu}': Starting serial connect",
        "mcu '{kl_mcu}': Unable to open serial port: {kl_oserr}",
    ),
    "netifd": (
        "Interface '{nw_if}' is now up",
        "Interface '{nw_if}' is now down",
        "Interface '{nw_if}' is setting up now",
        "Interface '{nw_if}' has link connectivity {nw_conn}",
        "Interface '{nw_if}' has lost the connection",
        "Interface '{nw_if}' is {nw_endis}",
        "{nw_devtype} '{nw_dev}' link is {updown}",
    ),
    "polkitd": (
        "Registered Authentication Agent for {pk_subject} (system bus name {pk_bus} [{pk_agent}], object path {pk_obj}, locale {pk_locale})",
        "Unregistered Authentication Agent for {pk_subject} (system bus name {pk_bus}, object path {pk_obj}, locale {pk_locale}) (disconnected from bus)",
        "Unregistered Authentication Agent for {pk_subject} (system bus name {pk_bus}, object path {pk_obj}, locale {pk_locale})",
        "Operator of {pk_subject} successfully authenticated as {pk_user} to gain TEMPORARY authorization for action {pk_action} for {pk_sysbus} [{pk_cmd}] (owned by {pk_user})",
        "Operator of {pk_subject} successfully authenticated as {pk_user} to gain ONE-SHOT authorization for action {pk_action} for {pk_sysbus} [{pk_cmd}] (owned by {pk_user})",
        "Operator of {pk_subject} FAILED to authenticate to gain authorization for action {pk_action} for {pk_sysbus} [{pk_cmd}] (owned by {pk_user})",
        "Loading rules from directory {pk_dir}",
        "Finished loading, compiling and executing {pk_rules} rules",
        "Acquired the name org.freedesktop.PolicyKit1 on the system bus",
        "Reloading rules",
        "Collecting garbage unconditionally...",
    ),
    "udisksd": (
        "Mounted {ud_dev}{ud_opts} at {ud_mnt} on behalf of uid {ud_uid}",
        "Unmounted {ud_dev} on behalf of uid {ud_uid}",
        "Cleaning up mount point {ud_mnt} (device {ud_maj}:{ud_min} no longer exists)",
        "Cleaning up mount point {ud_mnt} (device {ud_maj}:{ud_min} is about to be cleaned up)",
        "udisks daemon version {ud_ver} starting",
        "udisks daemon version {ud_ver} exiting",
        "Acquired the name org.freedesktop.UDisks2 on the system message bus",
        "Error performing housekeeping for drive {ud_drive}: {ud_hk_err}",
        "Powered off {ud_dev} - successfully wrote to sysfs path {ud_sysfs}",
        "Housekeeping initiated ({ud_secs} seconds since last housekeeping)",
        "Housekeeping complete",
        "Refreshing SMART data on {ud_dev} (nowakeup={small})",
        "Initialization (coldplug {ud_cplug}/2)",
        "Initialization (device probing)",
        "Initialization complete",
        "Drive {ud_drive} is in a sleep state",
    ),
    "bluetoothd": (
        "Bluetooth daemon {bt_ver}",
        "Starting SDP server",
        "Bluetooth management interface {bt_mgmt} initialized",
        "Endpoint registered: sender={bt_sender} path={bt_ep}",
        "Endpoint unregistered: sender={bt_sender} path={bt_ep}",
        "src/service.c:btd_service_connect() {bt_prof} profile connect failed for {bt_addr}: {bt_err}",
        "profiles/audio/avdtp.c:avdtp_connect_cb() connect to {bt_addr}: {bt_errno}",
        "Battery Provider Manager created",
        "Player registered: sender={bt_sender} path={bt_player}",
        "src/device.c:search_cb() {bt_addr}: error updating services: {bt_errno}",
    ),
    "couchdb": (
        "{c_notice} {c_reqid} {c_host} {ip} {c_user} {c_method} {c_path} {c_status} {c_ok} {n}",
        "{c_notice} -------- Starting replication {c_repid} ({c_url} -> {c_url}) {c_from} worker_procesess:{small} worker_batch_size:{n} session_id:{c_sid}",
        "{c_notice} -------- couch_replicator_scheduler: Job {{\"{c_base}\",\"{c_ext}\"}} started as <0.{n}.0>",
        "{c_info} -------- Apache CouchDB has started on http://{ip}:5984/",
        "{c_info} -------- Apache CouchDB {c_ver} is starting.",
        "{c_info} -------- Starting compaction for db \"{c_shard}\" at {n}",
        "{c_notice} -------- Canceling replication '{c_repid}' ...",
        "{c_notice} -------- Replication '{c_repid}' cancelled",
        "{c_notice} -------- no common ancestry -- performing full replication",
        "{c_notice} {c_reqid} mochiweb_recv_error for {ip} - '{c_method}' {c_path} - {c_recv}",
        "{c_info} -------- db {c_shard} died with reason {c_reason}",
        "{c_notice} -------- Started replicator db changes listener <0.{n}.0>",
    ),
    "influxd": (
        "{ix_ts} lvl=info msg=\"Opened shard\" log_id={ix_logid} service=store {ix_trace} op_name=tsdb_open index_version={ix_idx} path={ix_path} duration={ix_dur}",
        "{ix_ts} lvl=info msg=\"Opened file\" log_id={ix_logid} engine=tsm1 service=filestore path={ix_tsm} id={small} duration={ix_dur}",
        "{ix_ts} lvl=info msg=\"TSM compaction (start)\" log_id={ix_logid} engine=tsm1 tsm1_level={ix_level} tsm1_strategy=level {ix_trace} op_name=tsm1_compact_group db_shard_id={ix_shard} op_event=start",
        "{ix_ts} lvl=info msg=\"Beginning compaction\" log_id={ix_logid} engine=tsm1 tsm1_level={ix_level} tsm1_strategy=level {ix_trace} op_name=tsm1_compact_group db_shard_id={ix_shard} tsm1_files_n={ix_files}",
        "{ix_ts} lvl=info msg=\"Compacting file\" log_id={ix_logid} engine=tsm1 tsm1_level={ix_level} tsm1_strategy=level {ix_trace} op_name=tsm1_compact_group db_shard_id={ix_shard} tsm1_index={small} tsm1_file={ix_tsm}",
        "{ix_ts} lvl=info msg=\"TSM compaction (end)\" log_id={ix_logid} engine=tsm1 tsm1_level={ix_level} tsm1_strategy=level {ix_trace} op_name=tsm1_compact_group db_shard_id={ix_shard} op_event=end op_elapsed={ix_dur}",
        "{ix_ts} lvl=info msg=\"Cache snapshot (start)\" log_id={ix_logid} engine=tsm1 {ix_trace} op_name=tsm1_cache_snapshot op_event=start",
        "{ix_ts} lvl=info msg=\"Snapshot for path written\" log_id={ix_logid} engine=tsm1 {ix_trace} op_name=tsm1_cache_snapshot path={ix_path} duration={ix_dur}",
        "{ix_ts} lvl=info msg=\"Cache snapshot (end)\" log_id={ix_logid} engine=tsm1 {ix_trace} op_name=tsm1_cache_snapshot op_event=end op_elapsed={ix_dur}",
        "{ix_ts} lvl=info msg=\"Retention policy deletion check (start)\" log_id={ix_logid} service=retention {ix_trace} op_name=retention_delete_check op_event=start",
        "{ix_ts} lvl=info msg=\"Deleted shard group\" log_id={ix_logid} service=retention {ix_trace} op_name=retention_delete_check db_instance={ix_db} db_shard_group={ix_shard} db_rp={ix_rp}",
        "{ix_ts} lvl=info msg=\"InfluxDB starting\" log_id={ix_logid} version={ix_ver} branch={ix_branch} commit={ix_commit}",
        "{ix_ts} lvl=info msg=\"Listening on HTTP\" log_id={ix_logid} service=httpd addr=[::]:8086 https=false",
        "[httpd] {ix_clf}",
    ),
}

_SLOT = re.compile(r"\{(\w+)\}")


def _fill(tpl: str, r: R) -> str:
    if tpl.startswith("@json:"):
        return _json_stmt(tpl, r)
    out = _SLOT.sub(lambda m: SLOTS[m.group(1)](r), tpl.replace("{{", "\x00").replace("}}", "\x01"))
    return out.replace("\x00", "{").replace("\x01", "}")


def _json_stmt(tpl: str, r: R) -> str:
    """Caddy's zap JSON lines: '@json:level|logger|msg|fields' (a bare field name gets a generated value)."""
    level, logger, msg, fields = tpl[6:].split("|", 3)
    out: dict[str, object] = {}
    for f in filter(None, fields.split(",")):
        k, _, v = f.partition("=")
        if v:
            out[k] = v
        elif k in ("identifier", "identifiers"):
            hosts = r.sample(_CADDY_HOSTS, r.randint(1, 3)) if k == "identifiers" else r.choice(_CADDY_HOSTS)
            out[k] = hosts
        elif k == "server_name":
            out[k] = r.choice(("srv0", "srv1", "remaining_auto_https_redirects"))
        elif k == "storage":
            out[k] = r.choice(("FileStorage:/var/lib/caddy/.local/share/caddy", "FileStorage:/data/caddy"))
        elif k == "error":
            out[k] = r.choice(("no OCSP stapling for [{}]: no OCSP server specified in certificate".format(r.choice(_CADDY_HOSTS)),
                               "making OCSP request: Post \"http://r11.o.lencr.org\": dial tcp: lookup r11.o.lencr.org: i/o timeout"))
        elif k == "request":
            out[k] = {"remote_ip": _ip(r), "remote_port": str(r.randint(1024, 65535)), "client_ip": _ip(r), "proto": "HTTP/2.0",
                      "method": "GET", "host": r.choice(_CADDY_HOSTS), "uri": r.choice(("/api/v1/status", "/", "/grafana/api/health"))}
        elif k == "duration":
            out[k] = round(r.uniform(0.0005, 3), 9)
        elif k == "err_id":
            out[k] = _b62(r, 9).lower()
    if msg == "dial tcp":  # reverseproxy: msg is the error's text
        msg = f"dial tcp {r.choice(('127.0.0.1:3000', '10.0.3.7:8080', '[::1]:9000'))}: connect: connection refused"
    body: dict[str, object] = {"level": level, "ts": round(1764028800 + r.uniform(0, 86400), 6)}
    if logger:
        body["logger"] = logger
    body["msg"] = msg
    body.update(out)
    return json.dumps(body, separators=(",", ":"))


def lines(name: str, n: int, seed: int = SEED) -> Iterator[tuple[int, str]]:
    """``n`` (statement index, message) pairs of one program, Zipf-like statement frequencies."""
    r = random.Random(f"{name}:{seed}")
    tpls = SYSTEMS[name]
    order = list(range(len(tpls)))
    r.shuffle(order)
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(order))]
    for t in r.choices(order, weights=weights, k=n):
        yield t, _fill(tpls[t], r).replace("\t", " ").replace("\n", " ").rstrip()


def write(out: Path, n: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in SYSTEMS:
        text = "".join(f"{name}#{t}\t{name}\t{m}\n" for t, m in lines(name, n))
        with open(out / f"u2-{name}.tsv.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
            f.write(text.encode())
    print(f"wrote {len(SYSTEMS)} programs x {n} lines to {out}")


# Text a formatter adds around the format string (timestamps, levels, pids, context keys) is not in
# the statement's format string: --verify strips it before looking the literal text up.
_HEADERS: dict[str, str] = {
    "nats-server": r"^\{nats_\w+\} (\{nats_(who|route)\} - )?", "nsqd": r"^\{nsq_ts\} (INFO|ERROR|WARN): ",
    "lighttpd": r"^\{lh_ts\} \([\w.]+\) ", "sidekiq": r"^\{sk_\w+\}( \{sk_ctx\w*\})?: ",
    "couchdb": r"^\{c_\w+\} (\{c_reqid\}|--------) ", "bluetoothd": r"^[\w/]+\.c:\w+\(\) ",
    "influxd": r"^\{ix_ts\} lvl=\w+ msg=", "klippy": r"^mcu '\{kl_mcu\}': ",
}


def verify(mirrors: Path) -> int:
    """Every literal run of a template (>= 6 chars, slots and formatter text removed) must occur in the
    program's repository; a run not found verbatim (C string split over lines, %-conversions) passes as
    SOFT when each of its words of >= 5 characters occurs.  Prints MISS for the rest."""
    bad = soft = 0

    also = {"caddy": mirrors / "caddyserver+certmagic" / "repo"}  # a library that logs through the program's logger

    def found(git: Path, ref: str, text: str) -> bool:
        gits = [(git, ref)] + ([(also[name], "HEAD")] if name in also else [])
        return any(subprocess.run(["git", "-C", str(g), "grep", "-q", "-F", text, rf, "--"], capture_output=True).returncode == 0
                   for g, rf in gits)

    for name, tpls in SYSTEMS.items():
        repo, ref, _ = SOURCES[name]
        git = mirrors / repo.replace("/", "+") / "repo"
        for i, tpl in enumerate(tpls):
            text = tpl.split("|", 3)[2] if tpl.startswith("@json:") else re.sub(_HEADERS.get(name, "^$"), "", tpl)
            if name == "influxd" and text.startswith('\\"'):
                text = text.split('\\"')[1]  # msg="...": the zap message; the field keys are checked as words below
            for lit in _SLOT.split(text.replace("{{", "{").replace("}}", "}"))[::2]:
                lit = lit.strip(" .")
                if len(lit) < 6 or found(git, ref, lit):
                    continue
                words = [w for w in re.split(r"[\s=:(),\[\]'\"`{}]+", lit) if len(w) >= 5]
                if words and all(found(git, ref, w) for w in words):
                    soft += 1
                    print(f"SOFT {name}#{i}: {lit!r}")
                else:
                    bad += 1
                    print(f"MISS {name}#{i}: {lit!r}")
    print(f"verify: {bad} literal runs not found, {soft} found only word by word")
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).parent)
    ap.add_argument("-n", type=int, default=2000, help="lines per program")
    ap.add_argument("--verify", action="store_true", help="check template literals against /work/.mirror")
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    a = ap.parse_args()
    if a.verify:
        raise SystemExit(1 if verify(a.mirrors) else 0)
    write(a.out, a.n)


if __name__ == "__main__":
    main()
