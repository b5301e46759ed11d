"""The UNSEEN3-S5 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py and loggen_unseen2.py), not in LogHub's 16 and not in
hybridlogparser's HiBench/CTS.

Written 2026-11-25 (session 5) by helper S5-unseen3, kept OUTSIDE the repo (/work/unseen-data3) until the
lead has scored Millpond's miner on it once (secrecy: the miner's tuner shares the machine).

    python loggen_unseen3.py --out /work/unseen-data3 -n 2000    # writes u3-<program>.tsv.gz
    python loggen_unseen3.py --verify                            # literal text of every template vs the sources

Ground truth (the rule of bench/loggen_holdout.py / loggen_unseen2.py): one format string in the program's
source is one template; whatever the program fills in is a slot, words included (a "%s" that is always one of
two words is still a slot); optional parts that one statement appends conditionally stay in its template.
Formatter text that the program's logger adds around the message (timestamps, levels, pids, logrus keys, PBS
record headers) is produced by ``{h_*}`` slots: it is not part of the format string and never decides a label.

Each program names its repository, the commit read, and the source files of its format strings (SOURCES);
``--verify`` checks every literal run of >= 6 characters of every template against a local bare mirror of that
repository (git grep -F at the recorded commit).  Values come from this file's own pools.  Frequencies are
Zipf-like by the order templates are listed in (the everyday statements first, errors and start-up lines last).
"""

from __future__ import annotations

import argparse
import gzip
import random
import re
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

R = random.Random
SEED = 51125  # the set's seed
_SLOT = re.compile(r"\{(\w+)\}")


def _hex(r: R, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def _b32(r: R, n: int) -> str:
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def _b62(r: R, n: int) -> str:
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def _ip(r: R) -> str:
    k = r.random()
    if k < 0.45:
        return f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k < 0.7:
        return f"192.168.{r.choice((0, 1, 1, 2, 10, 178))}.{r.randint(2, 254)}"
    return f"{r.choice((31, 45, 62, 77, 89, 91, 103, 141, 176, 185, 194, 203, 212))}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ip6(r: R) -> str:
    return f"2001:db8:{r.randint(0, 0xffff):x}:{r.randint(0, 0xff):x}::{r.randint(1, 0xffff):x}"


def _ll6(r: R) -> str:
    return f"fe80::{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(1, 0xffff):x}"


def _mac(r: R) -> str:
    return ":".join(f"{r.randint(0, 255):02x}" for _ in range(6))


def _num(lo: int, hi: int) -> Callable[[R], str]:
    return lambda r: str(r.randint(lo, hi))


def _choice(pool: tuple[str, ...]) -> Callable[[R], str]:
    return lambda r: r.choice(pool)


def _lognum(r: R, hi: int = 6) -> str:
    return str(r.randint(0, 10 ** r.randint(1, hi)))


def _clock(r: R) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def _day(r: R) -> int:
    return r.randint(1, 28)


def _iso(r: R) -> str:
    return f"2026-11-{_day(r):02d}T{_clock(r)}Z"


def _godur(r: R) -> str:  # Go time.Duration.String()
    k = r.random()
    if k < 0.4:
        return f"{r.uniform(0.05, 999):.{r.randint(0, 3)}f}ms".replace(".ms", "ms")
    if k < 0.8:
        return f"{r.uniform(1, 59):.{r.randint(1, 6)}f}s"
    return f"{r.randint(1, 59)}m{r.uniform(0, 59):.{r.randint(0, 3)}f}s"


# ---------------------------------------------------------------- pools
_DOMAINS = ("example.com", "example.org", "mail.example.net", "shop.example.de", "uni-nord.example", "corp.example",
            "news.example.co.uk", "lists.example.org", "billing.example.io", "example.fr")
_USERS = ("alice", "bob", "carol", "dmitri", "eva", "farid", "gwen", "hiro", "ines", "jonas", "kate", "lars", "mei",
          "nadia", "olek", "priya", "quentin", "rosa", "sven", "tomas", "ursula", "viktor", "wen", "yusuf", "zoe",
          "svc_backup", "svc_ci", "jenkins", "deploy", "admin")
_HOSTS = ("web01", "web02", "web03", "app-01", "app-02", "db-primary", "db-replica-1", "build-07", "ci-runner-3",
          "mail01", "fs02", "login01", "login02", "node017", "node023", "node101", "gpu-04", "kiosk-12", "nas")
_IFACES = ("eth0", "eth0", "eth1", "enp3s0", "enp0s31f6", "wlan0", "wlan0", "br0", "eno1", "ens192", "wlp2s0")
_WEBHOSTS = ("www.example.com", "api.github.com", "deb.debian.org", "security.ubuntu.com", "pypi.org",
             "files.pythonhosted.org", "registry.npmjs.org", "cdn.jsdelivr.net", "login.microsoftonline.com",
             "update.example-vendor.net", "ocsp.digicert.com", "ntp.example.org", "s3.eu-central-1.amazonaws.com",
             "fonts.gstatic.com", "mirror.hetzner.de", "intranet.corp.example", "wiki.corp.example")


def _url(r: R) -> str:
    h = r.choice(_WEBHOSTS)
    path = r.choice(("/", "/index.html", f"/api/v3/repos/{r.choice(_USERS)}/tools/releases", "/debian/dists/bookworm/InRelease",
                     f"/simple/{r.choice(('requests', 'numpy', 'urllib3', 'boto3'))}/", f"/{_hex(r, 40)}.tar.gz",
                     "/favicon.ico", f"/search?q={r.choice(('weather', 'proxy+settings', 'invoice', 'vpn'))}",
                     f"/assets/app.{_hex(r, 8)}.js", "/generate_204", "/MFEwTzBNMEswSTAJBgUrDgMCGgUABBQ"))
    return f"http://{h}{path}"


# ---------------------------------------------------------------- tinyproxy
def _tp_req(r: R) -> str:
    m = r.choice(("GET", "GET", "GET", "CONNECT", "CONNECT", "POST", "HEAD"))
    if m == "CONNECT":
        return f"CONNECT {r.choice(_WEBHOSTS)}:443 HTTP/1.1"
    return f"{m} {_url(r)} HTTP/1.1"


# ---------------------------------------------------------------- radvd
_RA_IFACES = ("eth1", "lan0", "br-lan", "eth0.20", "vlan30", "br0", "enp2s0")


def _prefix6(r: R) -> str:
    return f"2001:db8:{r.randint(0, 0xffff):x}:{r.randint(0, 0xff):x}::"


# ---------------------------------------------------------------- dhcpcd
def _dhcp_lease(r: R) -> str:
    return r.choice(("86400", "43200", "3600", "7200", "600", "1800", "604800"))


def _iaid(r: R) -> str:
    return ":".join(f"{r.randint(0, 255):02x}" for _ in range(4))


def _duid(r: R) -> str:
    return "ff:" + _iaid(r) + ":00:04:" + ":".join(f"{r.randint(0, 255):02x}" for _ in range(16))


# ---------------------------------------------------------------- multipathd
_MPATHS = tuple(f"mpath{c}" for c in "abcdefghijklm") + ("data01", "data02", "oradata", "backup_lun", "vmstore1")


def _sd(r: R) -> str:
    return "sd" + r.choice("bcdefghijklmnop") + r.choice(("", "", "", "a", "b"))


def _devt(r: R) -> str:
    return f"{r.choice((8, 8, 65, 66))}:{r.randint(0, 15) * 16}"


def _wwid(r: R) -> str:
    return "36" + r.choice(("00a0b80", "000d310", "0014380", "001405")) + _hex(r, 25)[: 33 - 9]


def _mp_table(r: R) -> str:
    n = r.randint(1, 2)
    groups = " ".join(f"service-time 0 {k} 1 " + " ".join(f"{_devt(r)} 1" for _ in range(k)) for k in [r.randint(1, 3) for _ in range(n)])
    feat = r.choice(("1 queue_if_no_path", "0", "1 retain_attached_hw_handler"))
    hw = r.choice(("1 alua", "0", "1 rdac"))
    return f"{feat} {hw} {n} 1 {groups}"


# ---------------------------------------------------------------- opendkim / krb5
def _qid(r: R) -> str:
    return r.choice((lambda: _b32(r, 10), lambda: _b32(r, 11), lambda: "4" + _b62(r, 11) + "z" + _b62(r, 2)))()


_SELECTORS = ("default", "mail", "s1", "s2", "google", "selector1", "selector2", "dkim2026", "k1", "mta")

_ETYPES = ("aes256-cts-hmac-sha1-96(18)", "aes128-cts-hmac-sha1-96(17)", "aes256-cts-hmac-sha384-192(20)",
           "aes128-cts-hmac-sha256-128(19)", "DEPRECATED:arcfour-hmac(23)", "camellia256-cts-cmac(26)",
           "camellia128-cts-cmac(25)", "DEPRECATED:des3-cbc-sha1(16)")
_REALMS = ("EXAMPLE.COM", "CORP.EXAMPLE.COM", "AD.UNI-NORD.EXAMPLE")


def _ktypes(r: R) -> str:
    k = r.sample(_ETYPES, r.randint(2, 7))
    return f"{len(k)} etypes {{{', '.join(k)}}}"


def _rep_etypes(r: R) -> str:
    e = r.choice(_ETYPES[:4])
    return f"etypes {{rep={e}, tkt={r.choice(_ETYPES[:3])}, ses={e}}}"


def _princ(r: R) -> str:
    realm = r.choice(_REALMS)
    k = r.random()
    if k < 0.7:
        return f"{r.choice(_USERS)}@{realm}"
    if k < 0.85:
        return f"host/{r.choice(_HOSTS)}.{realm.lower()}@{realm}"
    return f"{r.choice(_HOSTS).upper()}$@{realm}"


def _sprinc(r: R) -> str:
    realm = r.choice(_REALMS)
    svc = r.choice(("krbtgt/{R}@{R}", "krbtgt/{R}@{R}", "HTTP/{h}.{r}@{R}", "host/{h}.{r}@{R}", "ldap/{h}.{r}@{R}",
                    "nfs/{h}.{r}@{R}", "cifs/{h}.{r}@{R}", "postgres/{h}.{r}@{R}", "kadmin/admin@{R}", "kadmin/changepw@{R}"))
    return svc.replace("{R}", realm).replace("{h}", r.choice(_HOSTS)).replace("{r}", realm.lower())


def _krb_fail(r: R) -> tuple[str, str]:
    return r.choice((("NEEDED_PREAUTH", "Additional pre-authentication required"),
                     ("NEEDED_PREAUTH", "Additional pre-authentication required"),
                     ("PREAUTH_FAILED", "Preauthentication failed"),
                     ("CLIENT_NOT_FOUND", "Client not found in Kerberos database"),
                     ("LOCKED_OUT", "Client's credentials have been revoked"),
                     ("KDC_ERR_ETYPE_NOSUPP", "KDC has no support for encryption type"),
                     ("CLIENT EXPIRED", "Client's entry in database has expired")))


def _as_fail(r: R) -> str:
    status, emsg = _krb_fail(r)
    return f"{status}: {_princ(r)} for {_sprinc(r)}" + (f", {emsg}" if r.random() < 0.9 else "")


def _tgs_tail(r: R) -> str:  # "%s: authtime %u, %s%s %s for %s%s%s"
    if r.random() < 0.85:
        return f"ISSUE: authtime {r.randint(1764000000, 1764100000)}, {_rep_etypes(r)}, {_princ(r)} for {_sprinc(r)}"
    status, emsg = r.choice((("UNKNOWN_SERVER", "Server not found in Kerberos database"),
                             ("BAD_ENCRYPTION_TYPE", "KDC has no support for encryption type"),
                             ("TICKET EXPIRED", "Ticket expired")))
    return f"{status}: authtime 0,  {_princ(r)} for {_sprinc(r)}, {emsg}"


# ---------------------------------------------------------------- pgpool / repmgr
_SQL = ("SELECT 1", "BEGIN", "COMMIT", "ROLLBACK", "DISCARD ALL", "SET extra_float_digits = 3",
        "SET application_name = 'PostgreSQL JDBC Driver'", "SELECT pg_is_in_recovery()",
        "SELECT id, email, created_at FROM users WHERE id = $1", "SELECT count(*) FROM orders WHERE status = 'pending'",
        "UPDATE sessions SET last_seen = now() WHERE token = $1", "INSERT INTO audit_log (actor, action, ts) VALUES ($1, $2, $3)",
        "SELECT * FROM inventory WHERE sku IN ($1, $2, $3) FOR UPDATE", "SHOW TRANSACTION ISOLATION LEVEL",
        "DELETE FROM cart_items WHERE cart_id = $1", "SELECT current_setting('server_version_num')",
        "SELECT pg_last_wal_replay_lsn()", "select version()")
_PG_NODES = ("pg-node1", "pg-node2", "pg-node3", "node1", "node2", "node3", "db-a", "db-b")


def _pgpool_head(lvl: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        app = r.choice(("main", "child", "child", "child", "health_check0", "health_check1", "sr_check_worker", "watchdog", "psql", "[unknown]"))
        return f"2026-11-{_day(r):02d} {_clock(r)}.{r.randint(0, 999):03d}: {app} pid {r.randint(1000, 99999)}: {lvl}:  "
    return head


def _repmgr_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"[2026-11-{_day(r):02d} {_clock(r)}] [{lvl}] "


# ---------------------------------------------------------------- domoticz
_DZ_DEVS = ("Living Room Light", "Kitchen Spots", "Garden Pump", "Hall Motion", "Front Door", "Boiler", "Heatpump",
            "Bedroom Temp", "Garage Door", "Porch Lamp", "Washing Machine", "Solar Inverter", "P1 Smart Meter",
            "Thermostat Setpoint", "Alarm Siren", "Attic Fan", "Pond Filter", "TV Socket")
_DZ_SCENES = ("Good Morning", "Away", "Movie Night", "All Off", "Holiday", "Dinner")
_DZ_SCRIPTS = ("script_device_motion.lua", "dzVents: heating_control", "script_time_garden.py", "dzVents: notify_doorbell",
               "script_device_door.lua", "dzVents: solar_excess")
_DZ_HW = ("RFXtrx433e", "Zigbee2MQTT", "P1 Meter", "OpenWeatherMap", "Dummy", "Z-Wave", "SolarEdge", "Buienradar")


def _dz_head(kind: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{_day(r):02d} {_clock(r)}.{r.randint(0, 999):03d}  {kind}: "


# ---------------------------------------------------------------- ntpd
_NTP_SERVERS = ("0.debian.pool.ntp.org", "1.debian.pool.ntp.org", "2.pool.ntp.org", "time.cloudflare.com",
                "ntp.example.org", "ptbtime1.ptb.de", "time.nist.gov", "nts.netnod.se")


def _ntp_peer_event(r: R) -> str:
    ev = r.choice(("reachable", "reachable", "sys_peer", "mobilize assoc {a}", "unreachable", "restart",
                   "spike_detect {o} s", "popcorn {o} s", "demobilize assoc {a}", "clock_step {o} s", "no_sys_peer"))
    ev = ev.replace("{a}", str(r.randint(30000, 65000))).replace("{o}", f"{r.uniform(-0.5, 0.5):+.6f}")
    src = r.choice((_ip(r), _ip(r), _ip6(r), r.choice(_NTP_SERVERS)))
    return f"{src} {r.choice(('8011', '9014', '901a', '931a', '941a', '961a', '911a', '8013'))} {r.choice(('81', '84', '8a', '8b', '83', '85'))} {ev}"


def _ntp_sys_event(r: R) -> str:
    ev = r.choice(("restart", "freq_set kernel {f} PPM", "freq_set ntpd {f} PPM", "clock_sync", "clock_step {o} s",
                   "leap_armed", "leap_disarmed", "no_sys_peer", "spike_detect {o} s"))
    ev = ev.replace("{f}", f"{r.uniform(-40, 40):.3f}").replace("{o}", f"{r.uniform(-0.5, 0.5):+.6f}")
    return f"0.0.0.0 {r.choice(('c011', 'c012', 'c016', 'c61c', '0615', '0618', 'c615', '0628'))} {r.choice(('01', '02', '05', '06', '0c', '0d'))} {ev}"


def _ntp_addr(r: R) -> str:
    return r.choice((f"{_ip(r)}:123", "127.0.0.1:123", "[::1]:123", f"[{_ll6(r)}%{r.randint(2, 5)}]:123", f"[{_ip6(r)}]:123", "0.0.0.0:123", "[::]:123"))


# ---------------------------------------------------------------- crowdsec
_CS_SCEN = ("crowdsecurity/ssh-bf", "crowdsecurity/ssh-slow-bf", "crowdsecurity/http-probing", "crowdsecurity/http-crawl-non_statics",
            "crowdsecurity/http-bad-user-agent", "crowdsecurity/http-sensitive-files", "crowdsecurity/nginx-req-limit-exceeded",
            "crowdsecurity/http-path-traversal-probing", "crowdsecurity/CVE-2021-41773", "crowdsecurity/thinkphp-cve-2018-20062",
            "crowdsecurity/postfix-spam", "LePresidente/http-generic-403-bf")
_CS_MIDS = ("8f3b2c1d9e6a4f0b" + "a" * 16, "web01", "crowdsec-lapi-0", "3c7e1b9d2f5a48c6be0d1f7a9c2e4b6d")
_CS_CC = ("CN", "US", "RU", "NL", "DE", "VN", "BR", "IN", "FR", "KR", "SG", "GB")


def _cs_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f'time="{_iso(r)}" level={lvl} msg="'


def _go_ts(r: R) -> str:
    return f"2026-11-{_day(r):02d} {_clock(r)}.{r.randint(0, 999999999):09d} +0000 UTC"


# ---------------------------------------------------------------- tailscaled
def _tsnode(r: R) -> str:
    return f"[{_b62(r, 5)}]"


def _tsdisco(r: R) -> str:
    return f"d:{_hex(r, 16)}"


def _tsep(r: R) -> str:
    return r.choice((f"{_ip(r)}:{r.choice((41641, 41641, r.randint(1024, 65535)))}", f"[{_ip6(r)}]:41641"))


def _tsendpoints(r: R) -> str:
    eps = [f"{_ip(r)}:{r.randint(1024, 65535)} (stun)"] + [f"{_ip(r)}:41641 (local)" for _ in range(r.randint(1, 3))]
    if r.random() < 0.4:
        eps.append(f"[{_ip6(r)}]:41641 (stun)")
    return ", ".join(eps)


_DERP = (("1", "nyc"), ("2", "sfo"), ("4", "fra"), ("7", "tok"), ("8", "lhr"), ("12", "ord"), ("14", "ams"), ("21", "tor"))


# ---------------------------------------------------------------- pbs_server
_PBS_Q = ("workq", "workq", "gpu", "long", "short", "debug", "express", "bigmem")
_PBS_JOBNAMES = ("STDIN", "STDIN", "run_md.sh", "train_resnet", "vasp_relax", "cp2k_opt", "array_sweep", "blast_batch",
                 "snakemake.rule.align", "nextflow-run", "gromacs_eq", "matlab_job")


def _pbs_head(cls: str, ev: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        obj = "" if cls in ("Req", "Svr") and r.random() < 0.7 else (f"{r.randint(1000, 99999)}.pbs01" if cls == "Job" else "")
        if cls == "Svr":
            obj = "Server@pbs01"
        return f"11/{_day(r):02d}/2026 {_clock(r)};{ev};Server@pbs01;{cls};{obj};"
    return head


def _pbs_jobid(r: R) -> str:
    return f"{r.randint(1000, 99999)}" + ("" if r.random() < 0.8 else f"[{r.randint(1, 500)}]") + ".pbs01"


# ---------------------------------------------------------------- crio
_IMAGES = ("registry.k8s.io/pause:3.9", "registry.k8s.io/pause:3.10", "docker.io/library/nginx:1.27", "quay.io/prometheus/node-exporter:v1.8.2",
           "ghcr.io/example/orders-api:2026.11.3", "docker.io/grafana/grafana:11.3.0", "registry.k8s.io/coredns/coredns:v1.11.3",
           "quay.io/cilium/cilium:v1.16.4", "docker.io/library/redis:7.4-alpine", "registry.example.com/payments/worker@sha256:")
_PODS = ("kube-system/coredns-7c65d6cfc9-{s}", "monitoring/node-exporter-{s}", "default/orders-api-6f9b7d8c5-{s}",
         "kube-system/cilium-{s}", "payments/worker-5d7f9c8b4-{s}", "ingress/ingress-nginx-controller-{s}")
_CNAMES = ("coredns", "node-exporter", "orders-api", "cilium-agent", "worker", "controller", "istio-proxy", "mount-cgroup")


def _image(r: R) -> str:
    i = r.choice(_IMAGES)
    return i + _hex(r, 64) if i.endswith(":") else i


def _pod(r: R) -> str:
    return r.choice(_PODS).replace("{s}", "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))


def _crio_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f'time="{_iso(r)}" level={lvl} msg="'


def _crio_tail(name: str) -> Callable[[R], str]:  # the request-id / gRPC method fields the interceptor adds
    return lambda r: f'" id={_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 12)} name=/runtime.v1.{name}'


SLOTS: dict[str, Callable[[R], str]] = {
    "ip": _ip, "ip6": _ip6, "ll6": _ll6, "mac": _mac, "pid": _num(300, 4_194_303), "n": _lognum,
    "small": _num(0, 9), "port": _num(1024, 65535), "godur": _godur, "hex8": lambda r: _hex(r, 8), "hex12": lambda r: _hex(r, 12),
    "f3": lambda r: f"{r.uniform(0, 90):.3f}", "user": _choice(_USERS), "host": _choice(_HOSTS), "dom": _choice(_DOMAINS),
    "iso": _iso, "epoch": _num(1764000000, 1764100000),
    # tinyproxy
    "fd": _num(4, 1023), "tp_req": _tp_req, "tp_url": _url, "webhost": _choice(_WEBHOSTS), "tp_port": _choice(("443", "443", "80", "8080", "22", "25", "5222")),
    "tp_bytes": _num(0, 65536), "tp_fu": lambda r: r.choice(("url", "domain", "domain")),
    "tp_filt": lambda r: r.choice(("ads.example-tracker.com", "doubleclick.net", "telemetry.example-vendor.net", "http://casino.example/", "facebook.com")),
    "tp_conf": _choice(("/etc/tinyproxy/tinyproxy.conf", "/etc/tinyproxy.conf", "/usr/local/etc/tinyproxy/tinyproxy.conf")),
    "tp_upstream": _choice(("squid-parent.corp.example", "proxy2.corp.example", "10.1.0.3", "gw-proxy")),
    "tp_gai": _choice(("Name or service not known", "Temporary failure in name resolution", "No address associated with hostname")),
    "tp_method": _choice(("PROPFIND", "OPTIONS", "TRACE", "MKCOL", "PRI")), "tp_proto": lambda r: r.choice(("*", _url(r), "/")),
    "tp_cport": _choice(("22", "25", "8443", "3389", "6667")),
    # radvd
    "ra_if": _choice(_RA_IFACES), "ra_g": lambda r: f"{r.choice((r.uniform(3, 600), r.uniform(0.1, 16), float(r.randint(4, 600)))):g}",
    "pfx6": _prefix6, "plen": _choice(("64", "64", "64", "56", "48")), "ra_lft": _choice(("14400", "86400", "3600", "1800", "604800", "2592000")),
    "ra_ver": _choice(("2.19", "2.20")), "ra_sig": _num(1, 3), "errno_s": _choice(("Interrupted system call", "Network is down", "Cannot assign requested address")),
    "ra_lenle": _choice(("0", "-1")), "ra_set": _choice(("0", "1")),
    # dhcpcd
    "dc_if": _choice(("eth0", "eth0", "wlan0", "wlan0", "enp3s0", "usb0", "eth1")), "dc_proto": _choice(("DHCP", "DHCP", "DHCP", "BOOTP")),
    "dc_lease": _dhcp_lease, "dc_cmd": _choice(("adding", "adding", "changing", "deleting")), "dc_net": lambda r: r.choice(("192.168.1.0", "10.0.0.0", "172.16.4.0", "169.254.0.0", "10.8.0.0", "192.168.178.0")),
    "dc_plen": _choice(("24", "24", "16", "12", "32", "22")), "dc_iaid": _iaid, "dc_duid": _duid, "dc_pref": _num(0, 255),
    "ll4": lambda r: f"169.254.{r.randint(1, 254)}.{r.randint(1, 254)}", "dc_bcast": _choice(("broadcast", "broadcast", "destination")),
    "dc_hook": _choice(("/usr/lib/dhcpcd/dhcpcd-run-hooks", "/lib/dhcpcd/dhcpcd-run-hooks", "/libexec/dhcpcd-run-hooks")),
    "dc_reason": _choice(("BOUND", "RENEW", "REBIND", "CARRIER", "NOCARRIER", "PREINIT", "ROUTERADVERT", "BOUND6", "EXPIRE", "STOP")),
    # multipathd
    "mp": _choice(_MPATHS), "sd": _sd, "devt": _devt, "wwid": _wwid, "mp_table": _mp_table,
    "mp_chk": _choice(("tur", "tur", "tur", "directio", "readsector0", "rdac", "emc_clariion")),
    "mp_msg": _choice((" reports path is up", " reports path is up", " reports path is down", " reports path is ghost", " timed out", " is disabled")),
    "mp_state": _choice(("up", "up", "up", "down", "ghost", "shaky", "pending", "timeout")), "mp_npaths": _num(0, 8),
    "mp_evt": _num(1, 9000), "mp_pg": _num(1, 4), "mp_retries": _num(0, 60), "mp_sectors": _choice(("20971520", "2147483648", "419430400", "1073741824", "209715200")),
    "mp_tgt": _choice(("multipath",)),
    # opendkim
    "qid": _qid, "dk_sel": _choice(_SELECTORS), "dk_field": _choice(("DKIM-Signature",)),
    "dk_mx": lambda r: r.choice((f"mail-{r.choice(('ed1', 'wm1', 'lj1', 'yw1', 'pl1'))}-f{r.randint(41, 199)}.google.com",
                                 f"mout.{r.choice(('gmx.net', 'web.de', 'kundenserver.de'))}", f"{r.choice(_HOSTS)}.{r.choice(_DOMAINS)}",
                                 f"EUR{r.randint(1, 5)}-{r.choice(('DB8', 'VI1', 'AM7'))}-obe.outbound.protection.outlook.com", "unknown")),
    "dk_keyerr": lambda r: r.choice((f": '{r.choice(_SELECTORS)}._domainkey.{r.choice(_DOMAINS)}' record not found",
                                     f": '{r.choice(_SELECTORS)}._domainkey.{r.choice(_DOMAINS)}' query timed out", "")),
    "dk_ssl": _choice(("error:04091068:rsa routines:int_rsa_verify:bad signature", "error:1C800064:Provider routines::bad decrypt",
                       "error:02000086:rsa routines::last octet invalid")),
    "dk_hdr": _choice(("From", "From", "Sender")), "dk_badfrom": lambda r: r.choice(('"Support Team" <support@', "undisclosed-recipients:;", '"Paypal Service"')),
    "dk_prog": _choice(("OpenDKIM Filter",)), "dk_ver": _choice(("2.11.0-Beta2", "2.10.3")),
    "dk_sigerr": _choice(("signature verification failed", "signature data too large", "key not found in DNS")),
    # collectd
    "cd_plugin": _choice(("cpu", "memory", "df", "disk", "interface", "load", "ping", "snmp", "rrdtool", "network", "sensors",
                          "processes", "apache", "mysql", "postgresql", "curl_json", "exec", "mqtt", "write_http", "ipmi")),
    "cd_rrd": lambda r: f"/var/lib/collectd/rrd/{r.choice(_HOSTS)}.lan/{r.choice(('cpu-0', 'cpu-1', 'interface-eth0', 'df-root', 'load', 'memory', 'disk-sda'))}/{r.choice(('cpu-idle', 'if_octets', 'df_complex-free', 'load', 'memory-used', 'disk_octets'))}.rrd",
    "cd_rrderr": lambda r: r.choice((f"illegal attempt to update using time {r.randint(1764000000, 1764100000)}.000000 when last update time is {r.randint(1764000000, 1764100000)}.000000 (minimum one second step)",
                                     "opening '/var/lib/collectd/rrd/web01.lan/load/load.rrd': No such file or directory", "could not lock RRD")),
    "cd_pinghost": lambda r: r.choice(("8.8.8.8", "1.1.1.1", "gateway.lan", "9.9.9.9", "www.example.com", _ip(r))),
    "cd_vl": lambda r: f"{r.choice(_HOSTS)}.lan/{r.choice(('cpu-0/cpu-idle', 'memory/memory-free', 'interface-eth0/if_octets', 'load/load', 'df-root/df_complex-used', 'ping/ping-8.8.8.8'))}",
    "cd_t": lambda r: f"{r.randint(1764000000, 1764100000)}.{r.randint(0, 999):03d}",
    "cd_pingerr": _choice(("No such file or directory", "Network is unreachable", "Operation not permitted", "Host name lookup failure")),
    "cd_rrdc": _choice(("unix:/var/run/rrdcached.sock", "rrdcached.lan:42217", "unix:/run/rrdcached/rrdcached.sock")),
    "strerr": _choice(("Too many open files", "Connection reset by peer", "Bad file descriptor", "Resource temporarily unavailable", "Permission denied")),
    "cd_mosq": _choice(("The connection was lost.", "No connection to broker.", "Lookup error.", "Unknown error.")),
    "cd_prog": _choice(("/usr/local/bin/check_ups.sh", "/opt/collectd/exec/gpu_stats.py", "/etc/collectd/scripts/zfs_arc.sh", "/usr/lib/collectd/exec/nut-stats")),
    "cd_missed": _choice(("5", "10", "10", "15", "20")), "cd_threads": _choice(("5", "5", "8", "2", "16")),
    # lldpd
    "ll_if": lambda r: r.choice(("eth0", "eth1", "eno1", "eno2", "enp3s0f0", "enp3s0f1", f"swp{r.randint(1, 48)}", f"swp{r.randint(1, 48)}", "bond0")),
    "ll_tlv": _choice(("127", "9", "10", "11", "12", "13", "126")), "ll_br": _choice(("br0", "bridge", "br-mgmt", "vmbr0")),
    "ll_vlan": lambda r: r.choice((f"vlan{r.randint(2, 4000)}", f"eth0.{r.randint(2, 400)}", f"bond0.{r.randint(2, 400)}")),
    "ll_n": _num(0, 12),
    # pgpool
    "pg_log": _pgpool_head("LOG"), "pg_err": _pgpool_head("ERROR"), "pg_det": _pgpool_head("DETAIL"), "pg_fat": _pgpool_head("FATAL"),
    "pg_warn": _pgpool_head("WARNING"), "sql": _choice(_SQL), "pg_node": _num(0, 2), "pg_lag": lambda r: f"{r.uniform(0, 40):.6f}",
    "pg_host": _choice(("10.20.0.11", "10.20.0.12", "10.20.0.13", "pg-node1", "pg-node2", "/var/run/postgresql")),
    "pg_port": _choice(("5432", "5432", "5433")), "pg_proc": _choice(("child", "child", "PCP child", "worker child", "health check")),
    "pg_errno": _choice(("Connection reset by peer", "Connection timed out", "Broken pipe")), "pg_portp": lambda r: r.choice((f" port={r.randint(30000, 65000)}", "")),
    # repmgr
    "rm_info": _repmgr_head("INFO"), "rm_notice": _repmgr_head("NOTICE"), "rm_warn": _repmgr_head("WARNING"), "rm_detail": _repmgr_head("DETAIL"),
    "rm_err": _repmgr_head("ERROR"), "rm_node": _choice(_PG_NODES), "rm_id": _num(1, 4), "rm_state": _choice(("normal", "normal", "normal", "degraded")),
    "rm_att": _num(1, 6), "rm_maxatt": _choice(("6", "6", "3", "10")), "rm_sleep": _choice(("5", "10", "10", "15", "60")),
    # krb5kdc
    "kt": _ktypes, "reps": _rep_etypes, "princ": _princ, "sprinc": _sprinc, "as_fail": _as_fail, "tgs_tail": _tgs_tail,
    "kr_sock": _choice(("UDP", "TCP", "TCP")), "kr_addr": lambda r: r.choice(("0.0.0.0.88", "::.88", "0.0.0.0.464", "::.464", f"{_ip(r)}.88")),
    "ipport": lambda r: f"{_ip(r)}.{r.randint(1024, 65535)}", "kr_preauth": _choice(("encrypted_timestamp", "encrypted_challenge", "pkinit", "otp")),
    "kr_pamsg": _choice(("Preauthentication failed", "Decrypt integrity check failed", "Clock skew too great")),
    "kr_want": _num(65536, 9_000_000), "kr_cap": _choice(("65535", "1048576")),
    # domoticz
    "dz_s": _dz_head("Status"), "dz_e": _dz_head("Error"), "dz_n": lambda r: f"2026-11-{_day(r):02d} {_clock(r)}.{r.randint(0, 999):03d}  ",
    "dz_dev": _choice(_DZ_DEVS), "dz_scene": _choice(_DZ_SCENES), "dz_script": _choice(_DZ_SCRIPTS), "dz_hw": _choice(_DZ_HW),
    "dz_onoff": _choice(("On", "On", "Off", "Set Level: 40 %", "Toggle")), "dz_idx": _num(1, 420),
    "dz_var": _choice(("AlarmArmed", "LastMotion", "HeatingMode", "NightMode", "GarbageDay")), "dz_val": lambda r: r.choice(("0", "1", "Away", f"2026-11-{_day(r):02d} {_clock(r)}")),
    "dz_port": _choice(("8080", "443", "8443")), "dz_url": lambda r: r.choice((f"http://192.168.1.{r.randint(2, 250)}/cm?cmnd=Power%20On", "https://api.pushover.net/1/messages.json", f"http://shelly-{_hex(r, 6)}.lan/relay/0?turn=off")),
    "dz_type": _choice(("On Time", "Before Sunset", "After Sunrise", "Fixed Date/Time", "Odd Day Numbers")), "dz_unit": _choice(("Minutes", "Seconds", "Hours")),
    "dz_path": _choice(("/home/pi/domoticz/scripts/backup.sh", "/opt/domoticz/scripts/lua/script_time_daily.lua", "scripts/notify.sh")),
    "dz_ts": lambda r: f"2026-11-{_day(r):02d} {_clock(r)}",
    # ntpd
    "ntp_peer": _ntp_peer_event, "ntp_sys": _ntp_sys_event, "ntp_listen": _choice(("Listen normally", "Listen normally", "Listen and drop")),
    "ntp_if": _choice(("lo", "eth0", "eth0", "wlan0", "wildcard", "enp3s0", "docker0")), "ntp_addr": _ntp_addr,
    "ntp_off": lambda r: f"{r.gauss(0, 0.05):+.6f}", "ntp_srv": _choice(_NTP_SERVERS), "ntp_dns": _choice(("good", "good", "temp", "error")),
    "ntp_ms": lambda r: f"{r.uniform(0.005, 2.5):.3f}", "ntp_ok": _choice(("OK", "OK", "OK", "fail")),
    "ntp_tls": _choice(("TLSv1.3", "TLSv1.3", "TLSv1.2")), "ntp_cipher": _choice(("TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_GCM_SHA256")),
    "ntp_subj": _choice(("/CN=nts.netnod.se", "/CN=time.cloudflare.com", "/CN=ntp.example.org", "/C=DE/O=PTB/CN=ptbtime1.ptb.de")),
    "ntp_dns_n": _choice(("2", "10", "-2", "0")), "ntp_tsecs": lambda r: str(r.randint(1, 9_000_000)),
    # crowdsec
    "cs_info": _cs_head("info"), "cs_warn": _cs_head("warning"), "cs_err": _cs_head("error"), "cs_mid": _choice(_CS_MIDS),
    "cs_scen": _choice(_CS_SCEN), "cs_cc": _choice(_CS_CC), "cs_asn": lambda r: str(r.choice((4134, 16509, 14061, 24940, 45090, 14618, 396982, 8075, 4837, 9009, 63949))),
    "cs_dur": _choice(("4h", "4h", "4h", "24h", "1h", "168h", "3h59m58.8s")), "cs_type": _choice(("ban", "ban", "ban", "captcha")),
    "go_ts": _go_ts, "cs_n": _num(1, 80), "cs_wl": _choice(("crowdsecurity/whitelists", "my/office-whitelist", "crowdsecurity/seo-bots-whitelist")),
    "cs_file": _choice(("/var/log/nginx/access.log", "/var/log/auth.log", "/var/log/nginx/error.log", "/var/log/mail.log", "/var/log/syslog")),
    "cs_apierr": _choice(("context deadline exceeded", "API error: access forbidden", "dial tcp 127.0.0.1:8080: connect: connection refused",
                          "Post \"https://api.crowdsec.net/v3/signals\": net/http: TLS handshake timeout")),
    "cs_status": _choice(("200 OK", "403 Forbidden", "500 Internal Server Error", "429 Too Many Requests")),
    "cs_whence": _choice(("0", "0", "2")), "cs_stages": _choice(("3", "3", "2")), "cs_nodes": _num(20, 400), "cs_retries": _num(0, 5),
    # tailscaled
    "tsn": _tsnode, "tsd": _tsdisco, "tsep": _tsep, "tseps": _tsendpoints, "ts_mtu": _choice(("1360", "1360", "1280", "1500")),
    "ts_lat": lambda r: f"{r.uniform(0.3, 250):.{r.randint(1, 6)}f}ms", "ts_len": _num(60, 1400), "tsb": _choice(("true", "false", "false")), "ts_usec": _num(9, 900_000),
    "derp": lambda r: r.choice(_DERP)[0], "derp_rg": lambda r: r.choice(_DERP)[1],
    "ts_why": _choice(("home-keep-alive", "derp-route", "derp-home", "peer-route", "idle")),
    "ts_reason": _choice(("link-change-major", "periodic", "set-network-up", "derp-changed", "start")),
    "ts_sent": lambda r: r.choice((f"ping tx={_hex(r, 12)} padding={r.choice((0, 1100, 1200))}", f"pong tx={_hex(r, 12)}", "CallMeMaybe")),
    "ts_warn": _choice(("network-status", "login-state", "derp-region-error", "dns-os-config", "no-derp-home")),
    "ts_warnmsg": _choice(("Tailscale cannot connect to DERP servers.", "You are logged out.", "Unable to set system DNS configuration.")),
    "ts_mode": _choice(("direct", "systemd-resolved", "nm-resolved")), "ts_npeers": _num(1, 400),
    # pbs_server
    "pb_req": _pbs_head("Req", "0100"), "pb_job": _pbs_head("Job", "0008"), "pb_jobi": _pbs_head("Job", "0100"), "pb_svr": _pbs_head("Svr", "0002"),
    "pb_reqdbg": _pbs_head("Req", "0020"), "pb_type": _choice(("0", "19", "19", "20", "21", "49", "58", "71", "82", "9", "12", "13", "24")),
    "pb_user": _choice(_USERS), "pb_host": _choice(("login01", "login02", "pbs01", "node017", "node101", "gpu-04", "jupyter-hub")),
    "pb_q": _choice(_PBS_Q), "pb_name": _choice(_PBS_JOBNAMES), "pb_st": _choice(("Q", "Q", "R", "H", "E", "W")), "pb_hold": _choice(("u", "u", "o", "s", "uo")),
    "pb_sig": _choice(("SIGTERM", "SIGKILL", "suspend", "resume", "SIGUSR1")), "pb_sched": _choice(("1", "1", "5", "8", "2")),
    "jobid": _pbs_jobid, "pb_obj": _choice(("Job", "Job", "Queue", "Server")), "pb_n": _num(0, 9000),
    # crio
    "cr_info": _crio_head("info"), "cr_warn": _crio_head("warning"), "cr_err": _crio_head("error"),
    "cr_img": _image, "cr_pod": _pod, "cr_cid": lambda r: _hex(r, 64), "cr_sid": lambda r: _hex(r, 64),
    "cr_cname": lambda r: f"{_pod(r)}/{r.choice(_CNAMES)}", "cr_ctimeout": _choice(("30", "30", "10", "0", "60")),
    "cr_net": _choice(("cilium", "cilium", "crio", "calico", "k8s-pod-network")), "cr_ntype": _choice(("cilium-cni", "bridge", "calico")),
    "cr_t_img": _crio_tail("ImageService/ImageStatus"), "cr_t_pull": _crio_tail("ImageService/PullImage"),
    "cr_t_run": _crio_tail("RuntimeService/RunPodSandbox"), "cr_t_create": _crio_tail("RuntimeService/CreateContainer"),
    "cr_t_start": _crio_tail("RuntimeService/StartContainer"), "cr_t_stop": _crio_tail("RuntimeService/StopContainer"),
    "cr_t_rm": _crio_tail("RuntimeService/RemoveContainer"), "cr_t_stoppod": _crio_tail("RuntimeService/StopPodSandbox"),
    "cr_t_rmpod": _crio_tail("RuntimeService/RemovePodSandbox"),
    "cr_netns": lambda r: f"/var/run/netns/{_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 12)}",
    "cr_podnet": lambda r: (f"{{Name:{r.choice(_PODS).split('/')[1].replace('-{s}', '')} Namespace:{r.choice(('default', 'kube-system', 'payments', 'monitoring'))} "
                            f"ID:{_hex(r, 64)} UID:{_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 12)} NetNS:/var/run/netns/{_hex(r, 8)} "
                            f"Networks:[] RuntimeConfig:map[{r.choice(('cilium', 'crio'))}:{{IP: MAC: PortMappings:[] Bandwidth:<nil> IpRanges:[] CgroupPath:}}] Aliases:map[]}}"),
    "cr_state": _choice(("stopped", "exited")),
}

SOURCES: dict[str, tuple[str, str, str]] = {
    # program: (repository, commit read, files holding the format strings)
    "tinyproxy": ("tinyproxy/tinyproxy", "364cdb67e0ea00a8e4a7037e2693e0711e816adb", "src/reqs.c, src/sock.c, src/child.c, src/main.c"),
    "radvd": ("radvd-project/radvd", "730e1c959b90f0c2f70e2854ac4e871f63822e03", "radvd.c, device-linux.c"),
    "dhcpcd": ("NetworkConfiguration/dhcpcd", "8b312918d8f1885d7fe8fcc03a7e06ae8a0314b4", "src/dhcp.c, src/dhcp6.c, src/ipv6nd.c, src/route.c, src/dhcpcd.c, src/if-linux.c, src/script.c, src/ipv4.c, src/arp.c"),
    "multipathd": ("opensvc/multipath-tools", "c2fcdaf138260800d0cec4addf81ed27b5040bd8", "multipathd/main.c, libmultipath/devmapper.c, libmultipath/structs_vec.c, libmultipath/configure.c"),
    "opendkim": ("trusteddomainproject/OpenDKIM", "5c539587561785a66c1f67f720f2fb741f320785", "opendkim/opendkim.c"),
    "collectd": ("collectd/collectd", "10d88917af2fd8083ab57faca55004b19608147f", "src/daemon/plugin.c, src/daemon/collectd.c, src/daemon/utils_cache.c, src/rrdtool.c, src/rrdcached.c, src/ping.c, src/unixsock.c, src/mqtt.c, src/exec.c"),
    "lldpd": ("lldpd/lldpd", "da2ab0b596f838e934de3ce6d71b9dae6c04b8cc", "src/daemon/lldpd.c, src/daemon/event.c, src/daemon/interfaces.c, src/daemon/interfaces-linux.c, src/daemon/protocols/lldp.c"),
    "pgpool": ("pgpool/pgpool2", "243463af09513be0413f52917a1045836f50f339", "src/main/pgpool_main.c, src/main/health_check.c, src/protocol/child.c, src/protocol/pool_proto_modules.c, src/streaming_replication/pool_worker_child.c, src/protocol/pool_process_query.c, src/auth/pool_auth.c, src/utils/pool_stream.c"),
    "repmgrd": ("EnterpriseDB/repmgr", "e696e28f438fcc73beaaec9a17238286f9a77115", "repmgrd-physical.c, repmgrd.c, log.c"),
    "krb5kdc": ("krb5/krb5", "473b51b640bef2e97c490d6f2985658befa89c16", "src/kdc/kdc_log.c, src/kdc/main.c, src/kdc/kdc_preauth.c, src/lib/apputils/net-server.c"),
    "domoticz": ("domoticz/domoticz", "85308e91ec36ad567258c1bfaa991faf3e333729", "main/EventSystem.cpp, main/WebServer.cpp, webserver/cWebem.cpp, main/mainworker.cpp, main/Scheduler.cpp, main/SQLHelper.cpp, main/NotificationHelper.cpp, main/Logger.cpp"),
    "ntpd": ("ntpsec/ntpsec", "fa2a47980ea6ce0c786e67f1f4928f5604b1184e", "ntpd/ntp_control.c (report_event), ntpd/ntp_io.c, ntpd/ntp_loopfilter.c, ntpd/ntp_proto.c, ntpd/nts_client.c"),
    "crowdsec": ("crowdsecurity/crowdsec", "a88b497b471e0f97c76997d177400502baf01903", "pkg/models/helpers.go, pkg/leakybucket/overflows.go, pkg/apiserver/apic.go, pkg/apiserver/controllers/v1/alerts.go, pkg/acquisition/modules/file/file.go, pkg/leakybucket/manager_load.go, pkg/parser/unix_parser.go"),
    "tailscaled": ("tailscale/tailscale", "de9ec7ee25627e0e518f53c710a3fc3d947c86c1", "wgengine/magicsock/magicsock.go, wgengine/magicsock/endpoint.go, wgengine/magicsock/derp.go, wgengine/userspace.go, health/health.go, net/dns/manager_linux.go"),
    "pbs_server": ("openpbs/openpbs", "cd7ab5edaf03dcac2f1cb9e2f42d75eb117d468a", "src/lib/Liblog/pbs_messages.c (msg_* format strings), src/server/svr_jobfunc.c, src/lib/Liblog/pbs_log.c"),
    "crio": ("cri-o/cri-o", "f954a17e505f8931e91004403b5f5eac71ab6085", "server/image_status.go, server/image_pull.go, server/sandbox_run_linux.go, server/container_create.go, server/container_start.go, server/container_stop.go, server/container_remove.go, server/sandbox_stop_linux.go, server/sandbox_remove.go, vendor/github.com/cri-o/ocicni/pkg/ocicni/ocicni.go"),
}

SYSTEMS: dict[str, tuple[str, ...]] = {
    "tinyproxy": (
        "Connect (file descriptor {fd}): {ip}",
        "Request (file descriptor {fd}): {tp_req}",
        "Closed connection between local client (fd:{fd}) and remote client (fd:{fd})",
        "opensock: opening connection to {webhost}:{tp_port}",
        "opensock: getaddrinfo returned for {webhost}:{tp_port}",
        "Established connection to host \"{webhost}\" using file descriptor {fd}.",
        "No upstream proxy for {webhost}",
        "Proxying refused on filtered {tp_fu} \"{tp_filt}\"",
        "read_request_line: Client (file descriptor: {fd}) closed socket before read.",
        "opensock: Could not establish a connection to {webhost}:{tp_port}",
        "Idle Timeout (after poll)",
        "Read request entity of {tp_bytes} bytes",
        "opensock: Could not retrieve address info for {webhost}:{tp_port}: {tp_gai}",
        "Refused CONNECT method on port {tp_cport}",
        "process_request: Bad Request on file descriptor {fd}",
        "Failed auth attempt (file descriptor: {fd}), ip {ip}",
        "Unknown method ({tp_method}) or protocol ({tp_proto})",
        "Could not retrieve all the headers from the remote server.",
        "Maximum number of connections reached. Refusing new connections.",
        "Reloading config file ({tp_conf})",
        "Established connection to upstream proxy \"{tp_upstream}\" using file descriptor {fd}.",
    ),
    "radvd": (
        "polling for {ra_g} second(s), next iface is {ra_if}",
        "timer_handler called for {ra_if}",
        "sending stop adverts",
        "{pfx6}/{plen}%{ra_if} plft reset from {ra_lft} to {ra_lft} secs",
        "{pfx6}/{plen}%{ra_if} vlft reset from {ra_lft} to {ra_lft} secs",
        "Resetting prefix lifetimes on {ra_if}",
        "sig usr1 received",
        "send_ra_forall failed on interface {ra_if}",
        "interface {ra_if} does not exist or is not set up properly, ignoring the interface (setup_iface={ra_set})",
        "poll returned early: {errno_s}",
        "attempting to reread config file",
        "resuming normal operation",
        "recv_rs_ra returned len <= 0: {ra_lenle}",
        "no iface is next. Polling indefinitely",
        "sig hup received",
        "IPv6 forwarding seems to be disabled, but continuing anyway",
        "version {ra_ver} started",
        "exiting, {ra_sig} sigterm(s) received",
        "no linklocal address configured on {ra_if}",
    ),
    "dhcpcd": (
        "{dc_if}: {dc_cmd} route to {dc_net}/{dc_plen}",
        "{dc_if}: renewing lease of {ip}",
        "{dc_if}: leased {ip} for {dc_lease} seconds",
        "{dc_if}: carrier acquired",
        "{dc_if}: carrier lost",
        "{dc_if}: soliciting a {dc_proto} lease",
        "{dc_if}: {dc_cmd} default route via {ip}",
        "{dc_if}: probing address {ip}/{dc_plen}",
        "{dc_if}: Router Advertisement from {ll6}",
        "{dc_if}: soliciting an IPv6 router",
        "{dc_if}: executing: {dc_hook} {dc_reason}",
        "{dc_if}: rebinding lease of {ip}",
        "{dc_if}: ADV {ip6} from {ll6} ({dc_pref})",
        "{dc_if}: IAID {dc_iaid}",
        "{dc_if}: adding IP address {ip} {dc_bcast} {ip}",
        "{dc_if}: using ClientID {dc_duid}",
        "{dc_if}: waiting for carrier",
        "{dc_if}: DHCP lease expired",
        "{dc_if}: pid {pid} deleted IP address {ip}",
        "{dc_if}: using IPv4LL address {ll4}",
        "{dc_if}: failed to renew DHCP, rebinding",
    ),
    "multipathd": (
        "{mp}: {sd} - {mp_chk} checker{mp_msg}",
        "{sd}: {mp_chk} state = {mp_state}",
        "{devt}: mark as failed",
        "checker failed path {devt} in map {mp}",
        "{mp}: remaining active paths: {mp_npaths}",
        "{devt}: reinstated",
        "{sd}: {mp_chk} checker{mp_msg}",
        "{mp}: load table [0 {mp_sectors} {mp_tgt} {mp_table}]",
        "{sd}: add path (uevent)",
        "{sd}: remove path (uevent)",
        "{mp}: devmap event #{mp_evt}",
        "{mp}: switch to path group #{mp_pg}",
        "{mp}: event checker started",
        "{mp}: Entering recovery mode: max_retries={mp_retries}",
        "{mp}: Recovered to normal mode",
        "{sd}: path wwid changed from '{wwid}' to '{wwid}'",
        "{mp}: event checker exit",
        "{sd}: spurious uevent, path not found",
    ),
    "opendkim": (
        "{qid}: {dk_mx} [{ip}] not internal",
        "{qid}: not authenticated",
        "{qid}: DKIM verification successful",
        "{qid}: {dk_field} field added (s={dk_sel}, d={dom})",
        "{qid}: no signature data",
        "{qid}: no signing table match for '{user}@{dom}'",
        "{qid}: bad signature data",
        "{qid}: key retrieval failed (s={dk_sel}, d={dom}){dk_keyerr}",
        "{qid}: s={dk_sel} d={dom} SSL {dk_ssl}",
        "{qid}: external host {dk_mx} attempted to send as {dom}",
        "{qid}: signature processing failed: {dk_sigerr}",
        "{qid}: can't determine message sender; accepting",
        "{qid}: can't parse {dk_hdr}: header value '{dk_badfrom}'",
        "{dk_prog} v{dk_ver} terminating with status {small}, errno = {small}",
    ),
    "collectd": (
        "plugin_read_thread: read-function of the `{cd_plugin}' plugin took {f3} seconds, which is above its read interval ({f3} seconds). You might want to adjust the `Interval' or `ReadThreads' settings.",
        "rrdtool plugin: rrd_update_r ({cd_rrd}) failed: {cd_rrderr}",
        "ping plugin: host {cd_pinghost} has not answered {cd_missed} PING requests, triggering resolve",
        "uc_update: Value too old: name = {cd_vl}; value time = {cd_t}; last cache update = {cd_t};",
        "read-function of plugin `{cd_plugin}' failed. Will suspend it for {f3} seconds.",
        "ping plugin: ping_send failed: {cd_pingerr}",
        "plugin_load: plugin \"{cd_plugin}\" successfully loaded.",
        "exec plugin: Program `{cd_prog}' has closed STDERR.",
        "rrdcached plugin: Successfully reconnected to RRDCacheD at {cd_rrdc}",
        "mqtt plugin: mosquitto_loop failed: {cd_mosq}",
        "unixsock plugin: accept failed: {strerr}",
        "Initialization complete, entering read-loop.",
        "collectd: Stopping {cd_threads} read threads.",
        "Exiting normally.",
        "exec plugin: Failed to execute ``{cd_prog}'': {strerr}",
    ),
    "lldpd": (
        "send LLDP PDU to {ll_if}",
        "receive LLDP PDU on {ll_if}",
        "decode a received frame on {ll_if}",
        "duplicate frame, no need to decode",
        "search for the same MSAP",
        "MSAP is already known",
        "{ll_n} neighbors for {ll_if}",
        "trigger sending PDU for port {ll_if}",
        "send notifications for changes on {ll_if}",
        "unknown tlv ({ll_tlv}) received on {ll_if}",
        "unknown chassis, add it to the list",
        "next cleanup in {n} seconds",
        "interface {ll_if} initialized (fd={fd})",
        "{ll_if} is an acceptable ethernet device",
        "port {ll_if} is bridged to {ll_br}",
        "VLAN {ll_vlan} on physical interface {ll_if}",
        "cleanup hardware port {ll_if}",
        "received a shutdown LLDPDU",
    ),
    "pgpool": (
        "{pg_log}DB node id: {pg_node} backend pid: {pid} statement: {sql}",
        "{pg_log}statement: {sql}",
        "{pg_log}new connection received",
        "{pg_det}connecting host={ip}{pg_portp}",
        "{pg_log}Replication of node: {pg_node} is behind {pg_lag} second(s) from the primary server (node: {pg_node})",
        "{pg_log}health check retrying on DB node: {pg_node} succeeded",
        "{pg_err}unable to read data from frontend",
        "{pg_det}socket read failed with error \"{pg_errno}\"",
        "{pg_log}reaper handler",
        "{pg_log}SCRAM authentication successful for user:{user}",
        "{pg_log}{pg_proc} process with pid: {pid} exits with status {small}",
        "{pg_log}failed to make persistent db connection",
        "{pg_det}connection to host:\"{pg_host}:{pg_port}\" failed",
        "{pg_log}asking child process with pid:{pid} to kill itself to satisfy max_spare_children",
        "{pg_log}received degenerate backend request for node_id: {pg_node} from pid [{pid}]",
        "{pg_log}backend:{pg_node} is set to down status",
        "{pg_fat}Sorry, too many clients already",
        "{pg_log}Pgpool-II parent process received SIGUSR1",
        "{pg_log}=== Starting fail back. reconnect host {pg_host}({pg_port}) ===",
    ),
    "repmgrd": (
        "{rm_info}node \"{rm_node}\" (ID: {rm_id}) monitoring upstream node \"{rm_node}\" (ID: {rm_id}) in {rm_state} state",
        "{rm_info}monitoring primary node \"{rm_node}\" (ID: {rm_id}) in {rm_state} state",
        "{rm_warn}unable to connect to upstream node \"{rm_node}\" (ID: {rm_id})",
        "{rm_info}checking state of node \"{rm_node}\" (ID: {rm_id}), {rm_att} of {rm_maxatt} attempts",
        "{rm_info}sleeping {rm_sleep} seconds until next reconnection attempt",
        "{rm_info}WAL receiver PID on node {rm_id} is {pid}",
        "{rm_detail}node will enter degraded monitoring state waiting for reconnect",
        "{rm_notice}unable to connect to local node, falling back to degraded monitoring",
        "{rm_info}reconnected to node \"{rm_node}\" (ID: {rm_id})",
        "{rm_notice}node \"{rm_node}\" (ID: {rm_id}) has recovered, reconnecting",
        "{rm_info}{rm_att} active sibling nodes registered",
        "{rm_warn}unable to reconnect to node \"{rm_node}\" (ID: {rm_id}) after {rm_maxatt} attempts",
        "{rm_info}promotion candidate is \"{rm_node}\" (ID: {rm_id})",
        "{rm_info}follower node awaiting notification from a candidate node",
        "{rm_notice}this node is promotion candidate, promoting",
        "{rm_notice}notifying node \"{rm_node}\" (ID: {rm_id}) to follow node {rm_id}",
        "{rm_notice}resuming monitoring as primary node after {n} seconds",
    ),
    "krb5kdc": (
        "TGS_REQ ({kt}) {ip}: {tgs_tail}",
        "AS_REQ ({kt}) {ip}: ISSUE: authtime {epoch}, {reps}, {princ} for {sprinc}",
        "AS_REQ ({kt}) {ip}: {as_fail}",
        "preauth ({kr_preauth}) verify failure: {kr_pamsg}",
        "closing down fd {fd}",
        "... CONSTRAINED-DELEGATION s4u-client={princ}",
        "... PROTOCOL-TRANSITION s4u-client={princ}",
        "allocating buffer for new TCP session from {ipport}",
        "dropping {kr_sock} fd {fd} from {ipport}",
        "TGS_REQ: issuing TGT {sprinc}",
        "TCP client {ipport} wants {kr_want} bytes, cap is {kr_cap}",
        "Setting up {kr_sock} socket for address {kr_addr}",
        "setting up network...",
        "commencing operation",
        "shutting down",
    ),
    "domoticz": (
        "{dz_s}EventSystem: Script event triggered: {dz_script}",
        "{dz_s}User: {user} initiated a switch command ({dz_idx}/{dz_dev}/{dz_onoff})",
        "{dz_s}[web:{dz_port}] Incoming connection from: {ip}",
        "{dz_n}EventSystem: Event triggered: {dz_script}",
        "{dz_s}Login successful from {ip} for user '{user}'",
        "{dz_n}Activating Scene/Group Device: {dz_dev} ({dz_onoff})",
        "{dz_s}Schedule item started! Name: {dz_dev}, Type: {dz_type}, DevID: {dz_idx}, Time: {dz_ts}",
        "{dz_n}Activating Scene/Group: [{dz_scene}]",
        "{dz_s}Set UserVariable {dz_var} = {dz_val}",
        "{dz_s}EventSystem: Fetching URL {dz_url}...",
        "{dz_n}Delaying switch [{dz_dev}] action ({dz_onoff}) for {small} seconds",
        "{dz_e}{dz_hw} hardware ({dz_idx}) nothing received for more than {small} {dz_unit}!....",
        "{dz_s}Executing script: {dz_path}",
        "{dz_s}Notification sent (Email)",
        "{dz_s}Starting automatic database backup procedure...",
        "{dz_s}Ending automatic database backup procedure...",
        "{dz_e}Error opening url: {dz_url}",
        "{dz_e}EventSystem: Warning!, lua script {dz_script} has been running for more than 10 seconds",
        "{dz_s}Purged {small} expired (scene)timer(s)",
    ),
    "ntpd": (
        "PROTO: {ntp_peer}",
        "CLOCK: time slew {ntp_off} s",
        "DNS: Pool taking: {ip}",
        "IO: {ntp_listen} on {small} {ntp_if} {ntp_addr}",
        "PROTO: {ntp_sys}",
        "DNS: dns_take_status: {ntp_srv}=>{ntp_dns}, {ntp_dns_n}",
        "NTSc: NTS-KE req to {ntp_srv} took {ntp_ms} sec, {ntp_ok}",
        "NTSc: DNS lookup of {ntp_srv} ({ntp_dns_n}) took {ntp_ms} sec",
        "NTSc: Using {ntp_tls}, {ntp_cipher} ({n})",
        "NTSc: certificate subject name: {ntp_subj}",
        "DNS: Server taking: {ip}",
        "IO: Deleting interface #{small} {ntp_if}, {ntp_addr}, interface stats: received={n}, sent={n}, dropped={small}, active_time={ntp_tsecs} secs",
        "CLOCK: time set {ntp_off} s",
        "CLOCK: kernel reports TIME_ERROR: 0x41: Clock Unsynchronized",
        "IO: new interface(s) found: waking up resolver",
        "CLOCK: kernel reports time is synchronized normally",
        "LOG: Saw SIGHUP",
    ),
    "crowdsec": (
        "{cs_info}({cs_mid}/crowdsec) {cs_scen} by ip {ip} ({cs_cc}/{cs_asn}) : {cs_dur} {cs_type} on Ip {ip}\"",
        "{cs_info}Ip {ip} performed '{cs_scen}' ({cs_n} events over {godur}) at {go_ts}\"",
        "{cs_info}Signal push: {cs_n} signals to push\"",
        "{cs_info}{ip} from {cs_scen} is whitelisted by {cs_wl}\"",
        "{cs_info}Starting community-blocklist update\"",
        "{cs_err}while pushing to api : {cs_apierr}\"",
        "{cs_info}Adding file {cs_file} to datasources\" type=file",
        "{cs_warn}Signal push response : http {cs_status}\"",
        "{cs_info}Loaded {cs_n} scenarios\"",
        "{cs_info}Loaded {cs_nodes} nodes from {cs_stages} stages\"",
        "{cs_err}capi pull top: {cs_apierr}\"",
        "{cs_info}Starting tail (offset: {n}, whence: {cs_whence})\"",
        "{cs_info}Successfully registered to Central API (CAPI)\"",
        "{cs_info}Starting PAPI pull (since:{go_ts})\"",
        "{cs_err}request returned status {cs_status}; {cs_retries} retries left\"",
        "{cs_info}Bucket GC\"",
    ),
    "tailscaled": (
        "[v1] magicsock: disco: {tsd}->{tsn} ({tsn}, {tsep}) sent {ts_sent} len {ts_len}",
        "[v1] magicsock: disco: {tsd}<-{tsn} ({tsn}, {tsep})  got pong tx={hex12} latency={ts_lat} pktlen={ts_len} pong.src={tsep}",
        "magicsock: disco: node {tsn} {tsd} now using {tsep} mtu={ts_mtu} tx={hex12}",
        "magicsock: new contact: peer={tsn} usec={ts_usec} cached={tsb} via=direct",
        "magicsock: new contact: peer={tsn} usec={ts_usec} cached={tsb} via=derp",
        "magicsock: endpoints changed: {tseps}",
        "[v1] magicsock: disco: timeout waiting for pong {hex12} from {tsep} ({tsn}, {tsd})",
        "magicsock: adding connection to derp-{derp} for {ts_why}",
        "magicsock: closing connection to derp-{derp} ({ts_why}), age {godur}",
        "magicsock: derp-{derp} connected; connGen={small}",
        "[v1] magicsock: got updated network map; {ts_npeers} peers",
        "[v1] magicsock: starting endpoint update ({ts_reason})",
        "wgengine: Reconfig: configuring router",
        "wgengine: Reconfig: configuring DNS",
        "[v1] wgengine: Reconfig done",
        "magicsock: home is now derp-{derp} ({derp_rg})",
        "health(warnable={ts_warn}): error: {ts_warnmsg}",
        "health(warnable={ts_warn}): ok",
        "magicsock: periodicReSTUN: idle for {godur}",
        "dns: using \"{ts_mode}\" mode",
    ),
    "pbs_server": (
        "{pb_req}Type {pb_type} request received from {pb_user}@{pb_host}, sock={pb_n}",
        "{pb_reqdbg}Type {pb_type} request is authenticated. The credential id is {pb_user}@{pb_host}, host {pb_host}, sock={pb_n}",
        "{pb_job}Job Queued at request of {pb_user}@{pb_host}, owner = {pb_user}@{pb_host}, job name = {pb_name}, queue = {pb_q}",
        "{pb_jobi}enqueuing into {pb_q}, state {pb_st} hop {small}",
        "{pb_jobi}dequeuing from {pb_q}, state {pb_st}",
        "{pb_job}job signaled with {pb_sig} by {pb_user}@{pb_host}",
        "{pb_job}Holds {pb_hold} set at request of {pb_user}@{pb_host}",
        "{pb_job}Holds {pb_hold} released at request of {pb_user}@{pb_host}",
        "{pb_svr}Scheduler sent command {pb_sched}",
        "{pb_job}Dependency on job {jobid} released.",
        "{pb_req}Unauthorized Request, request type: {pb_type}, Object: {pb_obj}, Name: {jobid}, request from: {pb_user}@{pb_host}",
        "{pb_job}Job deleted as result of dependency on job {jobid}",
        "{pb_job}Post job file processing error; job {jobid} on host {pb_host}",
        "{pb_svr}Shutdown request from {pb_user}@{pb_host}",
        "{pb_svr}Recovered {pb_n} jobs",
        "{pb_svr}Recovered queue {pb_q}",
    ),
    "crio": (
        "{cr_info}Checking image status: {cr_img}{cr_t_img}",
        "{cr_info}Creating container: {cr_cname}{cr_t_create}",
        "{cr_info}Created container {cr_cid}: {cr_cname}{cr_t_create}",
        "{cr_info}Starting container: {cr_cid}{cr_t_start}",
        "{cr_info}Started container\" PID={pid} containerID={cr_cid} description={cr_cname} id={hex8}-{hex12} name=/runtime.v1.RuntimeService/StartContainer sandboxID={cr_sid}",
        "{cr_info}Stopping container: {cr_cid} (timeout: {cr_ctimeout}s){cr_t_stop}",
        "{cr_info}Stopped container {cr_cid}: {cr_cname}{cr_t_stop}",
        "{cr_info}Removing container: {cr_cid}{cr_t_rm}",
        "{cr_info}Removed container {cr_cid}: {cr_cname}{cr_t_rm}",
        "{cr_info}Running pod sandbox: {cr_pod}/POD{cr_t_run}",
        "{cr_info}Got pod network {cr_podnet}\"",
        "{cr_info}Adding pod {cr_pod} to CNI network \\\"{cr_net}\\\" (type={cr_ntype})\"",
        "{cr_info}Ran pod sandbox {cr_sid} with infra container: {cr_pod}/POD{cr_t_run}",
        "{cr_info}Pulling image: {cr_img}{cr_t_pull}",
        "{cr_info}Pulled image: {cr_img}{cr_t_pull}",
        "{cr_info}Stopping pod sandbox: {cr_sid}{cr_t_stoppod}",
        "{cr_info}Stopped pod sandbox: {cr_sid}{cr_t_stoppod}",
        "{cr_info}Deleting pod {cr_pod} from CNI network \\\"{cr_net}\\\" (type={cr_ntype})\"",
        "{cr_info}Removed pod sandbox: {cr_sid}{cr_t_rmpod}",
        "{cr_warn}Stopping container {cr_cid} with stop signal(SIGTERM) timed out. Killing...{cr_t_stop}",
    ),
}


def _fill(tpl: str, r: R) -> str:
    return _SLOT.sub(lambda m: SLOTS[m.group(1)](r), tpl)


def lines(name: str, n: int, seed: int = SEED) -> Iterator[tuple[int, str]]:
    """``n`` (statement index, message) pairs of one program; statement frequencies Zipf-like by listed order
    (with a little per-program jitter so no two programs share one shape)."""
    r = random.Random(f"{name}:{seed}")
    tpls = SYSTEMS[name]
    s = r.uniform(0.9, 1.3)
    weights = [1.0 / (rank + 1) ** s for rank in range(len(tpls))]
    for t in r.choices(range(len(tpls)), weights=weights, k=n):
        yield t, _fill(tpls[t], r).replace("\t", " ").replace("\n", " ").rstrip()


def write(out: Path, n: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in SYSTEMS:
        text = "".join(f"{name}#{t}\t{name}\t{m}\n" for t, m in lines(name, n))
        with open(out / f"u3-{name}.tsv.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
            f.write(text.encode())
    print(f"wrote {len(SYSTEMS)} programs x {n} lines to {out}")


# A template's text the source does not hold verbatim (the source writes it through another statement, or a
# constant the source passes to %s) — checked word by word instead.
def verify(mirrors: Path) -> int:
    """Every literal run of a template (>= 6 chars, slots removed) must occur in the program's repository at the
    recorded commit; a run not found verbatim (C string split over lines, %-conversions) passes as SOFT when each
    of its words of >= 5 characters occurs.  Prints MISS for the rest."""
    bad = soft = 0

    def found(git: Path, ref: str, text: str) -> bool:
        return subprocess.run(["git", "-C", str(git), "grep", "-q", "-F", text, ref, "--", ":!*.wasm.gz", ":!*sqlite3-binding.c"],
                              capture_output=True).returncode == 0

    for name, tpls in SYSTEMS.items():
        repo, ref, _ = SOURCES[name]
        git = mirrors / repo.replace("/", "+") / "repo"
        for i, tpl in enumerate(tpls):
            for lit in _SLOT.split(tpl)[::2]:
                lit = lit.replace('\\"', '"').strip(' ."')
                if len(lit) < 6 or found(git, ref, lit):
                    continue
                words = [w for w in re.split(r"[\s=:(),\[\]'\"`{}#<>%]+", lit) if len(w) >= 5]
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
