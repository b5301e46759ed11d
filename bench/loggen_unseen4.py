"""The UNSEEN4-S6 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py .. loggen_unseen3.py), not in LogHub's 16 and not in
hybridlogparser's HiBench/CTS.

Written 2026-11-25 (session 6) by helper S6-unseen4, kept OUTSIDE the repo (/work/unseen-data4) until the
lead has scored Millpond's miner on it once (secrecy: the miner's tuners share the machine).

    python loggen_unseen4.py --out /work/unseen-data4 -n 2000    # writes u4-<program>.tsv.gz
    python loggen_unseen4.py --verify                            # literal text of every template vs the sources

Ground truth (the rule of loggen_unseen3.py): one format string / log call in the program's source is one
template; whatever the program fills in is a slot, words included (a "%s" that is always one of a few words is
still a slot).  Text the program's logger adds around the message (timestamps, levels, pids, module tags,
logrus/zap/slog keys) comes from ``{h_*}``-style header slots: it is not part of the format string and never
decides a label.

Each program names its repository, the commit read, and the source files of its format strings (SOURCES);
``--verify`` checks every literal run of >= 6 characters of every template against the local bare mirror of
that repository (git grep -F at the recorded commit).  Frequencies: every template gets at least MIN_PER lines,
the rest is drawn Zipf-like by the order templates are listed in (everyday statements first, errors and
start-up lines last).
"""

from __future__ import annotations

from collections.abc import Callable

from loggen_kit import R, USERS, base_slots, choice, clock, day, GeneratedSet, hexs, ip4, ip6, ms3, num, uuid4

_LINE: dict[str, str] = {}  # values one line's header chose that its message repeats (same camera, pipeline, peer); reset per line
SEED = 61125  # the set's seed


# ---------------------------------------------------------------- nsd
_ZONES = ("example.com.", "example.org.", "corp.example.", "shop.example.de.", "uni-nord.example.", "10.in-addr.arpa.",
          "168.192.in-addr.arpa.", "mail.example.net.", "internal.example.io.", "lab.example.", "8.b.d.0.1.0.0.2.ip6.arpa.",
          "example.fr.", "cdn.example.net.", "dev.example.com.")
_TSIG = ("xfr-key.", "tsig.example.com.", "transfer-key", "hmac-sha256.primary.", "ns1-ns2.")


def _nsd_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"[2026-11-{day(r):02d} {clock(r)}.{ms3(r)}] nsd[{r.choice((812, 813, 814, 1420, 1421, 2207))}]: {lvl}: "


def _nsd_addr(r: R) -> str:
    return r.choice((ip4(r), ip4(r), ip6(r))) + (f"@{r.randint(1024, 65535)}" if r.random() < 0.0 else "")


def _nsd_xfrlog(r: R) -> str:
    return (f"received update to serial {r.randint(2026110100, 2026112599)} at 2026-11-{day(r):02d}T{clock(r)} from {ip4(r)}"
            + (f" TSIG verified with key {r.choice(_TSIG)}" if r.random() < 0.7 else ""))


# ---------------------------------------------------------------- bird
_BIRD_PROTOS = ("bgp1", "bgp2", "bgp_ix_v4", "bgp_ix_v6", "upstream1", "upstream2", "rs1", "peer_as65010", "ibgp_rr1", "transit_v6")


def _bird_head(cls: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)}.{ms3(r)} <{cls}> "


def _bird_pfx(r: R) -> str:
    if r.random() < 0.7:
        return f"{r.choice((45, 62, 91, 103, 176, 185, 193, 194, 203))}.{r.randint(0, 255)}.{r.randint(0, 255)}.0/{r.choice((24, 24, 23, 22, 20, 19))}"
    return f"2a0{r.randint(1, 9)}:{r.randint(0, 0xffff):x}::/{r.choice((32, 36, 40, 44, 48))}"


# ---------------------------------------------------------------- pgbackrest
_PG_STANZAS = ("main", "pg16", "prod", "db-primary", "demo", "billing")
_PG_DATA = ("/var/lib/postgresql/16/main", "/var/lib/pgsql/16/data", "/srv/pgdata", "/var/lib/postgresql/15/main")


def _pgb_head(proc: str, lvl: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        p = "00" if proc == "0" else f"{r.randint(1, 4):02d}"
        return f"2026-11-{day(r):02d} {clock(r)}.{ms3(r)} P{p} {lvl:>6}: "
    return head


def _wal(r: R) -> str:
    return f"0000000{r.choice('1112')}000000{r.randint(0x10, 0xAF):02X}000000{r.randint(0, 0xFF):02X}"


def _pgb_file(r: R) -> str:
    base = r.choice(_PG_DATA)
    return r.choice((f"{base}/base/{r.randint(16384, 99999)}/{r.randint(1000, 99999)}", f"{base}/base/{r.randint(16384, 99999)}/{r.randint(1000, 99999)}_fsm",
                     f"{base}/global/{r.randint(1200, 6200)}", f"{base}/pg_xact/000{r.randint(0, 9)}", f"{base}/postgresql.auto.conf",
                     f"{base}/base/1/{r.randint(1200, 4000)}", f"{base}/pg_multixact/offsets/0000"))


def _pgb_size(r: R) -> str:
    k = r.random()
    if k < 0.5:
        return f"{r.randint(1, 999)}KB"
    if k < 0.8:
        return f"{r.uniform(1, 999):.1f}MB"
    if k < 0.9:
        return f"{r.randint(8, 999)}B"
    return f"{r.uniform(1, 90):.1f}GB"


def _pgb_opts(r: R) -> str:
    o = [f"--exec-id={r.randint(1000, 99999)}-{hexs(r, 8)}", "--log-level-console=info", f"--log-level-file={r.choice(('info', 'detail'))}",
         f"--pg1-path={r.choice(_PG_DATA)}", "--repo1-path=/var/lib/pgbackrest", f"--stanza={r.choice(_PG_STANZAS)}"]
    if r.random() < 0.5:
        o.insert(0, "--archive-async")
    if r.random() < 0.4:
        o.insert(-1, "--repo1-retention-full=2")
    return " " + " ".join(o)


# ---------------------------------------------------------------- memcached
_MC_KEYS = ("user:{}", "session:{}", "product:{}:price", "cart:{}", "rate:api:{}", "wp_options:alloptions", "page:/blog/{}",
            "feed:home:{}", "token:{}", "cfg:feature_flags", "sku:{}:stock", "geo:ip:{}")


def _mc_key(r: R) -> str:
    return r.choice(_MC_KEYS).replace("{}", str(r.randint(1, 999999)))


def _mc_cmd(r: R) -> str:
    k = r.random()
    if k < 0.55:
        return f"get {_mc_key(r)}"
    if k < 0.65:
        return "get " + " ".join(_mc_key(r) for _ in range(r.randint(2, 5)))
    if k < 0.82:
        return f"{r.choice(('set', 'set', 'add', 'replace'))} {_mc_key(r)} {r.choice((0, 0, 1, 32))} {r.choice((0, 60, 300, 3600, 86400))} {r.randint(1, 40000)}"
    if k < 0.9:
        return f"delete {_mc_key(r)}"
    if k < 0.95:
        return f"{r.choice(('incr', 'decr'))} {_mc_key(r)} 1"
    return r.choice(("stats", "version", f"touch {_mc_key(r)} 600", f"gets {_mc_key(r)}", "stats slabs"))


# ---------------------------------------------------------------- nebula
def _nb_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"time=2026-11-{day(r):02d}T{clock(r)}.{r.randint(0, 999999999):09d}Z level={lvl} msg="


def _vpn(r: R) -> str:
    return f"10.42.{r.randint(0, 3)}.{r.randint(1, 254)}"


def _nb_hi(r: R) -> str:
    return f"vpnAddrs=[{_vpn(r)}] localIndex={r.randint(10**8, 4294967295)} remoteIndex={r.choice((0, r.randint(10**8, 4294967295)))}"


def _nb_udp(r: R) -> str:
    return f"{ip4(r)}:{r.choice((4242, 4242, 4242, r.randint(1024, 65535)))}"


def _nb_cert(r: R) -> str:
    return r.choice(("lighthouse1", "laptop-alice", "nas", "build-07", "db-primary", "phone-bob", "k8s-worker-5", "edge-gw1", "home-router"))


def _nb_fp(r: R) -> str:
    return hexs(r, 64)


_NB_HS = ("map[stage:1 style:ix_psk0]", "map[stage:2 style:ix_psk0]")


SLOTS = base_slots()
SYSTEMS: dict[str, tuple[str, ...]] = {}

SYSTEMS["nsd"] = (
    "{nsd_i}notify for {zone} from {nsd_addr} serial {serial}",
    "{nsd_i}zone {zone} {nsd_xfrlog} of {n} bytes in {nsd_secs} seconds",
    "{nsd_i}{axfr} for {zone} from {nsd_addr}{nsd_tls}",
    "{nsd_i}query {zone} from {nsd_addr} refused, {nsd_why}",
    "{nsd_i}control cmd: {nsd_ctl}",
    "{nsd_i}new control connection from {nsd_ctlfrom}",
    "{nsd_i}zone {zone} read with success",
    "{nsd_i}writing zone {zone1} to file {nsd_zfile}",
    "{nsd_i}notify for {zone} from {nsd_addr} refused, {nsd_why}",
    "{nsd_w}SIGHUP received, reloading...",
    "{nsd_i}ixfr fallback to axfr, no history for serial for zone: {zone}",
    "{nsd_e}xfrd: zone {zone}: max notify send count reached, {nsd_addr} unreachable",
    "{nsd_e}{zone}: Could not tcp connect to {nsd_addr}: {errno}",
    "{nsd_e}xfrd: zone {zone}: received notify response error {nsd_rcode} from {nsd_addr}",
    "{nsd_i}zone {zone} read {small} IXFR transfers with success",
    "{nsd_e}xfrd: zone {zone} has expired",
    "{nsd_n}{nsd_argv0} starting ({nsd_pkg})",
    "{nsd_n}{nsd_argv0} started ({nsd_pkg}), pid {pid}",
    "{nsd_w}signal received, shutting down...",
)
SLOTS.update({
    "nsd_i": _nsd_head("info"), "nsd_w": _nsd_head("warning"), "nsd_e": _nsd_head("error"), "nsd_n": _nsd_head("notice"),
    "zone": choice(_ZONES), "nsd_addr": _nsd_addr, "serial": num(2026110100, 2026112599), "nsd_xfrlog": _nsd_xfrlog,
    "nsd_secs": lambda r: f"{r.uniform(0.0005, 3):.{r.randint(3, 6)}g}", "axfr": choice(("axfr", "ixfr", "ixfr", "axfr")),
    "nsd_tls": lambda r: r.choice(("", "", "", "", " tls-auth secondary.example.net", " tls not-verified")),
    "nsd_why": lambda r: r.choice(("no acl matches", "no acl matches", f"{ip4(r)}/24 BLOCKED", f"{ip4(r)} NOKEY", f"{ip4(r)} {r.choice(_TSIG)}")),
    "nsd_ctl": lambda r: r.choice(("status", "zonestatus", "stats_noreset", f"reload {r.choice(_ZONES)}", "reload", f"transfer {r.choice(_ZONES)}",
                                   f"force_transfer {r.choice(_ZONES)}", "write", f"notify {r.choice(_ZONES)}", "reconfig", f"addzone {r.choice(_ZONES)} secondary")),
    "nsd_ctlfrom": lambda r: r.choice(("127.0.0.1", "::1", "/run/nsd/nsd.ctl", ip4(r))),
    "zone1": lambda r: _LINE.setdefault("zone", r.choice(_ZONES)),
    "nsd_zfile": lambda r: f"/var/lib/nsd/{_LINE.get('zone') or r.choice(_ZONES)}zone",
    "nsd_rcode": choice(("REFUSED", "NOTAUTH", "SERVFAIL", "NOTIMPL", "FORMERR")),
    "nsd_argv0": choice(("nsd", "/usr/sbin/nsd")), "nsd_pkg": choice(("NSD 4.12.0", "NSD 4.10.1", "NSD 4.13.0")),
})

SYSTEMS["bird"] = (
    "{b_trace}{bproto}: Got KEEPALIVE",
    "{b_trace}{bproto}: Sending KEEPALIVE",
    "{b_trace}{bproto}: Connecting to {ip} from local address {ip}",
    "{b_trace}{bproto}: Got OPEN(as={asn},hold={hold},id={ip})",
    "{b_trace}{bproto}: Sending OPEN(ver=4,as={asn},hold={hold},id={hex8})",
    "{b_trace}{bproto}: BGP session established",
    "{b_trace}{bproto}: Connected",
    "{b_trace}{bproto}: Sending END-OF-RIB",
    "{b_trace}{bproto}: Got END-OF-RIB",
    "{b_rmt}{bproto}: {bdir}: {bdsc}{barg}",
    "{b_trace}{bproto}: Connection lost ({errno})",
    "{b_trace}{bproto}: Hold timer expired",
    "{b_info}Reconfiguring",
    "{b_info}Reconfigured",
    "{b_info}Restarting protocol {bproto}",
    "{b_warn}Ignoring bogus route {bpfx} received via {bproto}",
    "{b_trace}{bproto}: Incoming connection from {ip} (port {port}) {bacc}",
    "{b_trace}{bproto}: Startup delayed by {bdelay} seconds due to errors",
    "{b_warn}Protocol {bproto} hits route {blimdir} limit ({blim}), action: {blimact}",
    "{b_info}{bproto}: Disabled after Cease notification",
)
SLOTS.update({
    "b_trace": _bird_head("TRACE"), "b_info": _bird_head("INFO"), "b_warn": _bird_head("WARN"), "b_rmt": _bird_head("RMT"),
    "bproto": choice(_BIRD_PROTOS), "asn": choice(("65010", "64512", "13335", "6939", "3356", "174", "64600", "4200000001", "34549")),
    "hold": choice(("90", "90", "240", "180", "30")), "bpfx": _bird_pfx,
    "bdir": choice(("Received", "Received", "Error")),
    "bdsc": choice(("Hold timer expired", "Cease", "Cease", "Error on OPEN", "UPDATE message error", "Connection rejected")),
    "barg": choice(("", "", " (Administrative shutdown)", " (Peer de-configured)", " (Administrative reset)", " (Other configuration change)", " (Bad peer AS)")),
    "bacc": choice(("accepted", "accepted", "rejected")), "bdelay": choice(("60", "120", "240", "480")),
    "blimdir": choice(("import", "receive", "export")), "blim": choice(("1000", "100000", "950000", "5000")),
    "blimact": choice(("warn", "block", "restart", "disable")),
})

SYSTEMS["pgbackrest"] = (
    "{pg0_info}pushed WAL file '{wal}' to the archive asynchronously",
    "{pg0_info}{pgb_cmd} command begin {pgb_ver}:{pgb_opts}",
    "{pg0_info}{pgb_cmd} command end: completed successfully ({n}ms)",
    "{pgn_detail}backup file {pgb_file} ({pgb_size}, {pct}%) checksum {sha1}",
    "{pg0_info}push {small} WAL file(s) to archive: {wal}{pgb_range}",
    "{pg0_info}get {small} WAL file(s) from archive: {wal}{pgb_range}",
    "{pgn_detail}match file from prior backup {pgb_file} ({pgb_size}, {pct}%) checksum {sha1}",
    "{pg0_info}check archive for segment(s) {wal}:{wal}",
    "{pg0_info}new backup label = {pgb_label}",
    "{pg0_info}{pgb_type} backup size = {pgb_size}, file total = {n}",
    "{pg0_info}execute backup start: backup begins after the {pgb_ckpt} checkpoint completes",
    "{pg0_info}backup start archive = {wal}, lsn = {pgb_lsn}",
    "{pg0_info}execute backup stop and wait for all WAL segments to archive",
    "{pg0_info}backup stop archive = {wal}, lsn = {pgb_lsn}",
    "{pg0_detail}{pgb_repo}: expire full backup {pgb_label}{pgb_set}",
    "{pg0_info}{pgb_repo}: {pgb_archid} remove archive, start = {wal}, stop = {wal}",
    "{pg0_info}last backup label = {pgb_label}, version = {pgb_ver}",
    "{pg0_warn}no prior backup exists, {pgb_ditype} backup has been changed to full",
    "{pg0_warn}unable to find a standby to perform the backup, using primary instead",
)
SLOTS.update({
    "pg0_info": _pgb_head("0", "INFO"), "pg0_detail": _pgb_head("0", "DETAIL"), "pg0_warn": _pgb_head("0", "WARN"),
    "pgn_detail": _pgb_head("n", "DETAIL"), "wal": _wal, "pgb_file": _pgb_file, "pgb_size": _pgb_size,
    "pct": lambda r: f"{r.uniform(0, 100):.2f}", "sha1": lambda r: hexs(r, 40), "pgb_opts": _pgb_opts,
    "pgb_cmd": choice(("archive-push", "archive-push", "archive-push", "archive-get", "backup", "expire", "check")),
    "pgb_ver": choice(("2.54.2", "2.55.1", "2.53")),
    "pgb_range": lambda r: r.choice(("", f"...{_wal(r)}")),
    "pgb_label": lambda r: f"202611{day(r):02d}-{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}F" + r.choice(("", "", f"_202611{day(r):02d}-{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}{r.choice('DI')}")),
    "pgb_type": choice(("full", "diff", "incr", "incr")), "pgb_ditype": choice(("diff", "incr", "incr")), "pgb_ckpt": choice(("next regular", "requested immediate")),
    "pgb_lsn": lambda r: f"{r.randint(1, 0xAF):X}/{r.randint(0, 0xFFFFFFF):X}", "pgb_repo": choice(("repo1", "repo1", "repo2")),
    "pgb_set": choice(("",)), "pgb_archid": choice(("16-1", "15-1", "16-2")),
})

SYSTEMS["memcached"] = (
    "<{fd} {mc_cmd}",
    ">{fd} sending key {mc_key}",
    ">{fd} END",
    ">{fd} {mc_resp}",
    "<{fd} new auto-negotiating client connection",
    "{fd}: Client using the {mc_proto} protocol",
    "<{fd} connection closed.",
    ">{fd} NOREPLY {mc_resp}",
    "{fd}: going from {mc_state} to {mc_state}",
    "<{fd} new ascii client connection.",
    "<{fd} new binary client connection.",
    "Closing idle fd {fd}",
    "<{fd} server listening ({mc_listen})",
    "<{fd} send buffer was {mc_buf}, now {mc_buf}",
    "<{fd} connection closing from side thread.",
    "idle timeout thread sleeping for {n}lus",
    "idle timeout thread at top of connection list",
    "Starting LRU maintainer background thread",
    "Too many open connections",
    "<{fd} server listening (udp)",
)
SLOTS.update({
    "fd": num(17, 1100), "mc_cmd": _mc_cmd, "mc_key": _mc_key,
    "mc_resp": choice(("STORED", "STORED", "NOT_FOUND", "DELETED", "EXISTS", "NOT_STORED", "TOUCHED", "OK", "1", "42")),
    "mc_proto": choice(("ascii", "ascii", "binary")),
    "mc_state": choice(("conn_listening", "conn_new_cmd", "conn_waiting", "conn_read", "conn_parse_cmd", "conn_write", "conn_nread", "conn_swallow", "conn_closing", "conn_mwrite")),
    "mc_listen": choice(("auto-negotiate", "ascii", "binary")), "mc_buf": choice(("212992", "425984", "851968", "1703936", "4194304", "16777216")),
})

SYSTEMS["nebula"] = (
    "{nb_i}\"Handshake message sent\" {nb_hi} udpAddrs=[{nb_udp}] initiatorIndex={nb_idx} handshake=\"{nb_hs}\"",
    "{nb_i}\"Handshake message received\" vpnAddrs=[{vpn}] from={nb_udp} certName={nb_cert} certVersion={nb_cv} fingerprint={nb_fp} issuer={nb_fp} initiatorIndex={nb_idx} responderIndex={nb_idx} handshake=\"{nb_hs}\" durationNs={nb_ns} sentCachedPackets={small}",
    "{nb_i}\"Tunnel status\" {nb_hi} certName={nb_cert} tunnelCheck=\"map[method:active state:dead]\"",
    "{nb_i}\"Dropping tunnel due to inactivity\" {nb_hi} certName={nb_cert} inactiveDuration={godur} primary={nb_bool}",
    "{nb_i}\"Handshake timed out\" {nb_hi} udpAddrs=[{nb_udps}] initiatorIndex={nb_idx} durationNs={nb_ns} handshake=\"{nb_hs}\"",
    "{nb_i}\"Close tunnel received, tearing down.\" {nb_hi} certName={nb_cert} from={nb_udp}",
    "{nb_i}\"Re-handshaking with remote\" vpnAddrs=[{vpn}] reason=\"message counter rehandshake threshold reached\"",
    "{nb_i}\"Taking new handshake\" {nb_hi} certName={nb_cert}",
    "{nb_e}\"Failed to send handshake message\" {nb_hi} udpAddr={nb_udp} initiatorIndex={nb_idx} handshake=\"{nb_hs}\" error=\"{nb_err}\"",
    "{nb_i}\"Handshake too old\" vpnAddrs=[{vpn}] from={nb_udp} certName={nb_cert} certVersion={nb_cv} fingerprint={nb_fp} issuer={nb_fp} oldHandshakeTime={nb_t} newHandshakeTime={nb_t}",
    "{nb_i}\"Re-handshaking with remote\" vpnAddrs=[{vpn}] reason=\"local certificate is not current\"",
    "{nb_i}\"Caught HUP, reloading config\"",
    "{nb_i}\"Firewall rule added\" firewallRule=\"map[caName: caSha: direction:{nb_dir} endPort:{nb_port} groups:[{nb_groups}] host:{nb_host} ip: localIp: proto:{nb_proto} startPort:{nb_port}]\"",
    "{nb_i}\"Incorrect host responded to handshake\" intendedVpnAddrs=[{vpn}] haveVpnNetworks=[{vpn}/24] from={nb_udp} certName={nb_cert} certVersion={nb_cv} fingerprint={nb_fp} issuer={nb_fp} handshake=\"{nb_hs}\"",
    "{nb_i}\"Caught signal, shutting down\" signal={nb_sig}",
    "{nb_i}\"Nebula interface is active\" interface={nb_tun} networks=[{vpn}/16] build={nb_ver} udpAddr=[::]:4242 boringcrypto=false fips140Version={nb_fips} fips140Enabled=false fips140Enforced=false",
    "{nb_i}\"Firewall started\" firewallHashes={nb_fp}",
)
SLOTS.update({
    "nb_i": _nb_head("INFO"), "nb_e": _nb_head("ERROR"), "nb_hi": _nb_hi, "nb_udp": _nb_udp,
    "nb_udps": lambda r: " ".join(_nb_udp(r) for _ in range(r.randint(1, 3))), "vpn": _vpn,
    "nb_idx": lambda r: str(r.randint(10**8, 4294967295)), "nb_hs": choice(_NB_HS), "nb_cert": _nb_cert, "nb_cv": choice(("1", "1", "2")),
    "nb_fp": _nb_fp, "nb_ns": lambda r: str(r.randint(100_000, 9_000_000_000)), "nb_bool": choice(("true", "false")),
    "nb_err": lambda r: f"write udp [::]:4242->{_nb_udp(r)}: sendmsg: {r.choice(('network is unreachable', 'no route to host', 'operation not permitted'))}",
    "nb_t": lambda r: str(r.randint(1764000000, 1764100000) * 10**9 + r.randint(0, 10**9 - 1)),
    "nb_dir": choice(("incoming", "outgoing")), "nb_port": choice(("0", "22", "443", "53", "4242", "8080")),
    "nb_groups": choice(("", "laptop", "servers", "admin", "ci")), "nb_host": choice(("any", "", "lighthouse1")),
    "nb_proto": choice(("0", "1", "6", "17")), "nb_sig": choice(("terminated", "interrupt")), "nb_tun": choice(("nebula1", "nebula1", "tun0", "nebula")),
    "nb_ver": choice(("1.10.0", "1.9.7", "1.10.2")), "nb_fips": choice(("", "v1.0.0")),
})


SOURCES: dict[str, tuple[str, str, str]] = {
    # program: (repository, commit read, files holding the format strings)
    "nsd": ("NLnetLabs/nsd", "6ed8470be5f88a63676110012fc38b19fb35b425", "query.c, axfr.c, difffile.c, dbaccess.c, dbcreate.c, ixfr.c, remote.c, server.c, xfrd.c, xfrd-notify.c, xfrd-tcp.c, nsd.c, util.c (log_file header)"),
    "bird": ("CZ-NIC/bird", "639423360c8006aef492a25444535320a882a8b3", "proto/bgp/bgp.c, proto/bgp/packets.c, nest/proto.c, nest/rt-table.c, conf/conf.c, sysdep/unix/log.c"),
    "pgbackrest": ("pgbackrest/pgbackrest", "bd22b6809d308265e603ddd96f51559338fa90e2", "src/command/archive/push/push.c, src/command/archive/get/get.c, src/command/backup/backup.c, src/command/expire/expire.c, src/command/command.c, src/common/log.c"),
    "memcached": ("memcached/memcached", "2d51e364799bc9698bd4b11728ea978cea12da6e", "memcached.c, proto_text.c, proto_parser.c, thread.c, items.c (-vv stderr)"),
    "nebula": ("slackhq/nebula", "9c5d7016489cb194db1a8bf27edc2145ac71ab32", "handshake_manager.go, connection_manager.go, outside.go, config/config.go, control.go, firewall.go, interface.go, main.go, hostmap.go (HostInfo.logger attrs), logging/logger.go (slog text)"),
}


# ---------------------------------------------------------------- firewalld (debug log, /var/log/firewalld)
_FW_SVCS = ("ssh", "http", "https", "dhcpv6-client", "cockpit", "mdns", "samba-client", "nfs", "mountd", "rpc-bind", "dns",
            "postgresql", "mysql", "prometheus", "node-exporter", "wireguard", "libvirt", "kdeconnect", "freeipa-ldap", "zabbix-agent")
_FW_ZONES = ("public", "public", "internal", "trusted", "dmz", "work", "home", "block", "drop", "libvirt", "docker", "external")
_FW_ICMP = ("echo-request", "echo-reply", "destination-unreachable", "time-exceeded", "neighbour-solicitation", "router-advertisement",
            "packet-too-big", "parameter-problem", "redirect", "timestamp-request")


def _fw_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)} {lvl}: "


def _fw_file(kind: str, pool: tuple[str, ...]) -> Callable[[R], str]:
    return lambda r: f"{r.choice(('/usr/lib/firewalld', '/usr/lib/firewalld', '/etc/firewalld'))}/{kind}/{r.choice(pool)}.xml"


SOURCES["firewalld"] = ("firewalld/firewalld", "2745d6f0ab9e4a43abe97872ed52e62157996166",
                        "src/firewall/core/fw.py, src/firewall/core/io/firewalld_conf.py, src/firewall/server/firewalld.py, src/firewall/server/config_*.py, src/firewall/core/logger.py")
SYSTEMS["firewalld"] = (
    "{fw_d}Loading service file '{fw_svcfile}'",
    "{fw_d}Loading icmptype file '{fw_icmpfile}'",
    "{fw_d}{fw_cfgsvc}.getSettings()",
    "{fw_d}Loading zone file '{fw_zonefile}'",
    "{fw_d}zone.queryService('{fw_zone}', '{fw_svc}')",
    "{fw_d}Loading helper file '{fw_helperfile}'",
    "{fw_d}Overrides '{fw_svcfile}'",
    "{fw_d}zone.addService('{fw_zone}', '{fw_svc}', {fw_timeout})",
    "{fw_d}Loading policy file '{fw_policyfile}'",
    "{fw_d}Loading ipset file '{fw_ipsetfile}'",
    "{fw_d}{fw_cfgsvc}.addPort('{port}', '{fw_proto}')",
    "{fw_d}Applying used zones",
    "{fw_d}Applying ipsets",
    "{fw_d}Flushing rule set",
    "{fw_d}Using default zone '{fw_zone}'",
    "{fw_d}Loading firewalld config file '/etc/firewalld/firewalld.conf'",
    "{fw_d}FirewallBackend is set to '{fw_backend}'",
    "{fw_d}LogDenied is set to '{fw_logdenied}'",
    "{fw_d}Applying direct chains rules and passthrough rules",
    "{fw_d}Unloading firewall modules",
    "{fw_d}Lost zone '{fw_zone}', zone interfaces dropped.",
)
SLOTS.update({
    "fw_d": _fw_head("DEBUG1"), "fw_svc": choice(_FW_SVCS), "fw_zone": choice(_FW_ZONES),
    "fw_svcfile": _fw_file("services", _FW_SVCS), "fw_icmpfile": _fw_file("icmptypes", _FW_ICMP), "fw_zonefile": _fw_file("zones", _FW_ZONES),
    "fw_helperfile": _fw_file("helpers", ("ftp", "tftp", "sip", "h323", "irc", "amanda", "snmp", "pptp", "netbios-ns")),
    "fw_policyfile": _fw_file("policies", ("allow-host-ipv6", "libvirt-routed-in", "libvirt-to-host", "docker-forwarding", "lan-to-wan")),
    "fw_ipsetfile": _fw_file("ipsets", ("blocklist", "crowdsec-blacklists", "geo-cn", "allow-admin", "fail2ban-sshd")),
    "fw_cfgsvc": lambda r: f"config.{r.choice(('service', 'service', 'zone', 'policy', 'icmptype'))}.{r.randint(0, 180)}",
    "fw_timeout": choice(("0", "0", "0", "600", "3600")), "fw_proto": choice(("tcp", "tcp", "udp")),
    "fw_backend": choice(("nftables", "nftables", "iptables")), "fw_logdenied": choice(("off", "off", "all", "unicast")),
})


# ---------------------------------------------------------------- iscsid (open-iscsi; syslog message text, no own header)
_IQNS = ("iqn.2004-04.com.qnap:ts-873a:iscsi.vmstore.4f2a1c", "iqn.2005-10.org.freenas.ctl:vmstore", "iqn.2003-01.org.linux-iscsi.san01.x8664:sn.6a1f93c0b2d4",
         "iqn.1992-08.com.netapp:sn.4082367041:vs.3", "iqn.2000-01.com.synology:nas01.Target-1.8b3c2d1e0f", "iqn.2010-06.com.purestorage:flasharray.5a3e1b9c7d",
         "iqn.2001-05.com.equallogic:0-af1ff6-2e5c7d8a9-b3f0000004c5e6a1-pg-backup", "iqn.2016-06.io.spdk:cnode1", "iqn.2005-10.org.freenas.ctl:k8s-pv-7b1d")


def _isc_conn(r: R) -> str:
    return f"{r.randint(1, 48)}:0"


SOURCES["iscsid"] = ("open-iscsi/open-iscsi", "bc236140ff0f0b66c18c0064fdebe5916c32c5da",
                     "usr/initiator.c, usr/initiator_common.c, usr/io.c, usr/iscsid.c, usr/discoveryd.c, usr/kern_err_table.c")
SYSTEMS["iscsid"] = (
    "Connection{isc_conn} to [target: {iqn}, portal: {isc_portal},3260] through [iface: {isc_iface}] is operational now",
    "Kernel reported iSCSI connection {isc_conn} error ({isc_err}) state ({isc_state})",
    "connection{isc_conn} is operational after recovery ({isc_att} attempts)",
    "connect to {isc_portal}:3260 failed ({errno})",
    "Connection{isc_conn} to [target: {iqn}, portal: {isc_portal},3260] through [iface: {isc_iface}] is shutdown.",
    "Nop-out timedout after {isc_nop} seconds on connection {isc_conn} state ({isc_state}). Dropping session.",
    "cannot make a connection to {isc_portal}:3260 ({isc_neg},{isc_errn})",
    "session {isc_sid} login rejected: Initiator failed authentication with target",
    "Target dropping all connections, reconnect min {isc_rmin} max {isc_rmax}",
    "Could not set session{isc_sid} priority. READ/WRITE throughput and latency could be affected.",
    "can't stop connection {isc_conn} ({isc_neg})",
    "Received async event param negotiation, dropping session:{isc_sid}",
    "session {isc_sid} cannot be terminted because it's trying to reconnect: try again later",
    "Could not get hostno for session {isc_sid}",
    "connect to {isc_portal} timed out",
    "Transport '{isc_tr}' does not support HeaderDigest != None. Setting HeaderDigest to None.",
    "can't start connection {isc_conn} retcode {isc_neg} ({isc_errn})",
    "{isc_pid} caught signal -{isc_sig}...",
)
SLOTS.update({
    "isc_conn": _isc_conn, "iqn": choice(_IQNS), "isc_portal": lambda r: r.choice(("10.20.0.11", "10.20.0.12", "10.20.1.11", "10.20.1.12", "192.168.50.20", "172.16.30.5", "172.16.31.5")),
    "isc_iface": choice(("default", "default", "iface-eth1", "iface-eth2", "bnx2i.00:10:18:4a:2b:1c", "san-a", "san-b")),
    "isc_err": choice(("1020 - ISCSI_ERR_TCP_CONN_CLOSE: TCP connection closed", "1020 - ISCSI_ERR_TCP_CONN_CLOSE: TCP connection closed",
                        "1022 - ISCSI_ERR_NOP_TIMEDOUT: A NOP has timed out", "1011 - ISCSI_ERR_CONN_FAILED: iSCSI connection failed",
                        "1019 - ISCSI_ERR_SCSI_EH_SESSION_RST: Session was dropped as a result of SCSI error recovery")),
    "isc_state": choice(("3", "3", "1", "2")), "isc_att": num(1, 40), "isc_nop": choice(("5", "10", "15", "30")),
    "isc_neg": choice(("-1", "-1", "-22", "-110", "-113")), "isc_errn": choice(("111", "113", "110", "101")),
    "isc_sid": num(1, 48), "isc_rmin": choice(("0", "1", "2")), "isc_rmax": choice(("0", "2", "8", "16")),
    "isc_tr": choice(("iser", "iser", "bnx2i", "qedi", "cxgb4i")), "isc_pid": num(700, 9000), "isc_sig": choice(("15", "15", "2", "1")),
})


# ---------------------------------------------------------------- vaultwarden (fern: "[ts][target][LEVEL] msg")
_VW_ROUTES = (("sync", "GET", "/api/sync?<data..>", "/api/sync", "excludeDomains=true"),
              ("login", "POST", "/identity/connect/token", "/identity/connect/token", None),
              ("get_icon", "GET", "/icons/<domain>/icon.png", "/icons/{dom}/icon.png", None),
              ("revision_date", "GET", "/api/accounts/revision-date", "/api/accounts/revision-date", None),
              ("websockets_hub", "GET", "/notifications/hub?<data..>", "/notifications/hub", "access_token=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1"),
              ("put_cipher", "PUT", "/api/ciphers/<cipher_id>", "/api/ciphers/{uuid}", None),
              ("post_ciphers", "POST", "/api/ciphers", "/api/ciphers", None),
              ("get_config", "GET", "/api/config", "/api/config", None),
              ("prelogin", "POST", "/identity/accounts/prelogin", "/identity/accounts/prelogin", None),
              ("get_known_device", "GET", "/api/devices/knowndevice", "/api/devices/knowndevice", None),
              ("web_files", "GET", "/<p..>", "/app/main.{hex8}.js", None),
              ("put_device_token", "PUT", "/api/devices/identifier/<device_id>/token", "/api/devices/identifier/{uuid}/token", None),
              ("alive", "GET", "/alive", "/alive", None))
_VW_DOMAINS = ("github.com", "accounts.google.com", "login.microsoftonline.com", "www.amazon.de", "paypal.com", "bank.example.de",
               "nextcloud.example.org", "gitlab.corp.example", "app.hubspot.com", "id.atlassian.com", "twitter.com", "www.netflix.com")
_VW_EMAILS = ("alice@example.com", "bob.smith@example.org", "carol@corp.example", "dmitri.k@example.net", "eva@family.example",
              "it-admin@corp.example", "jonas.weber@example.de", "mei.lin@example.com", "priya@startup.example.io")


def _vw_head(target: str, lvl: str) -> Callable[[R], str]:
    return lambda r: f"[2026-11-{day(r):02d} {clock(r)}.{ms3(r)}][{target}][{lvl}] "


def _vw_path(r: R, route: tuple) -> str:
    return route[3].replace("{dom}", r.choice(_VW_DOMAINS)).replace("{uuid}", uuid4(r)).replace("{hex8}", hexs(r, 20))


def _vw_req(r: R) -> str:
    route = r.choice(_VW_ROUTES)
    return f"{route[1]} {_vw_path(r, route)}"


def _vw_reqq(r: R) -> str:
    route = r.choice([x for x in _VW_ROUTES if x[4]])
    return f"{route[1]} {_vw_path(r, route)}?{route[4][:30]}"


def _vw_resp(r: R) -> str:
    route = r.choice(_VW_ROUTES)
    st = r.choice(("200 OK", "200 OK", "200 OK", "200 OK", "101 Switching Protocols", "400 Bad Request", "401 Unauthorized", "404 Not Found"))
    return f"({route[0]}) {route[1]} {route[2]} => {st}"


SOURCES["vaultwarden"] = ("dani-garcia/vaultwarden", "46d71107f5094460dd5ecbe1dbac6e6c71e5189a",
                          "src/util.rs (request/response fairing, launch), src/main.rs (fern format), src/error.rs, src/api/identity.rs, src/api/admin.rs, src/api/icons.rs, src/api/core/two_factor/mod.rs, src/api/core/two_factor/authenticator.rs, src/db/query_logger.rs")
SYSTEMS["vaultwarden"] = (
    "{vw_h_req}{vw_req}",
    "{vw_h_resp}{vw_resp}",
    "{vw_h_req}{vw_reqq}",
    "{vw_h_icons}Downloaded icon from https://{vw_dom}/favicon.ico",
    "{vw_h_resp}{vw_status}",
    "{vw_h_err}Username or password is incorrect. Try again. IP: {ip}. Username: {vw_email}.",
    "{vw_h_iconsw}Unable to download icon: {vw_iconerr}",
    "{vw_h_routes}{vw_method6} {vw_route}",
    "{vw_h_2fa}User {vw_email} did not complete a 2FA login within the configured time limit. IP: {ip}",
    "{vw_h_ql}SLOW QUERY [{vw_secs}s]: {vw_sql}",
    "{vw_h_totp}TOTP Time drift detected. The step offset is {vw_step}",
    "{vw_h_iconsw}Blocked address: {vw_dom}",
    "{vw_h_admin}Invalid admin token. IP: {ip}",
    "{vw_h_main}Backup to '{vw_backup}' was successful",
    "{vw_h_start}Rocket has launched from http://0.0.0.0:{vw_port}",
    "{vw_h_main}Received {vw_sig}, initiating graceful shutdown",
    "{vw_h_util}Can't connect to database, retrying: {vw_dberr}",
)
SLOTS.update({
    "vw_h_req": _vw_head("request", "INFO"), "vw_h_resp": _vw_head("response", "INFO"), "vw_h_err": _vw_head("vaultwarden::error", "ERROR"),
    "vw_h_icons": _vw_head("vaultwarden::api::icons", "INFO"), "vw_h_iconsw": _vw_head("vaultwarden::api::icons", "WARN"), "vw_h_routes": _vw_head("routes", "INFO"),
    "vw_h_2fa": _vw_head("vaultwarden::api::core::two_factor", "INFO"), "vw_h_ql": _vw_head("vaultwarden::db::query_logger", "WARN"),
    "vw_h_totp": _vw_head("vaultwarden::api::core::two_factor::authenticator", "WARN"), "vw_h_admin": _vw_head("vaultwarden::api::admin", "ERROR"),
    "vw_h_main": _vw_head("vaultwarden", "INFO"), "vw_h_start": _vw_head("start", "INFO"), "vw_h_util": _vw_head("vaultwarden::util", "WARN"),
    "vw_req": _vw_req, "vw_reqq": _vw_reqq, "vw_resp": _vw_resp, "vw_dom": choice(_VW_DOMAINS), "vw_email": choice(_VW_EMAILS),
    "vw_status": choice(("404 Not Found", "404 Not Found", "401 Unauthorized", "200 OK")),
    "vw_iconerr": lambda r: r.choice((f"reqwest::Error {{ kind: Request, url: \"https://{r.choice(_VW_DOMAINS)}/favicon.ico\", source: TimedOut }}",
                                      "Custom { kind: Other, error: \"Icon too large\" }", "reqwest::Error { kind: Status(404), url: \"https://example.org/favicon.ico\" }")),
    "vw_method6": lambda r: f"{r.choice(('GET', 'POST', 'PUT', 'DELETE')):<6}", "vw_route": lambda r: r.choice(_VW_ROUTES)[2],
    "vw_secs": lambda r: f"{r.uniform(1.0, 9.0):.2f}",
    "vw_sql": choice(("SELECT `ciphers`.`uuid`, `ciphers`.`created_at` FROM `ciphers` WHERE `ciphers`.`user_uuid` = ?", "DELETE FROM `twofactor_incomplete` WHERE `login_time` < ?",
                       "SELECT * FROM devices WHERE user_uuid = $1", "UPDATE users SET updated_at = $1 WHERE uuid = $2")),
    "vw_step": choice(("-1", "1", "-2", "2")), "vw_backup": lambda r: f"data/db_202611{day(r):02d}_{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}.sqlite3",
    "vw_port": choice(("80", "8080", "8000")), "vw_sig": choice(("SIGTERM", "SIGTERM", "SIGINT")),
    "vw_dberr": choice(("ConnectionError(BadConnection(\"could not connect to server: Connection refused\"))", "ConnectionError(BadConnection(\"Can't connect to MySQL server on 'db' (111)\"))")),
})


# ---------------------------------------------------------------- uptime-kuma (src/util.ts console format)
_UK_NAMES = ("API prod", "Homepage", "Nextcloud", "Mail SMTP", "Router", "Plex", "Home Assistant", "DNS 1.1.1.1", "Grafana",
             "Customer Portal", "Payment Gateway", "NAS", "Printer", "Jellyfin", "VPN endpoint", "status.example.com", "Backup Server")
_UK_TYPES = ("http", "http", "http", "keyword", "ping", "port", "dns", "docker", "json-query", "push", "group")


def _uk_head(mod: str, lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)}+01:00 [{mod}] {lvl}: "


def _uk_err(r: R) -> str:
    return r.choice((f"connect ECONNREFUSED {ip4(r)}:{r.choice((80, 443, 8123, 32400))}", f"timeout of {r.choice((48000, 38400, 24000))}ms exceeded",
                     f"Request failed with status code {r.choice((500, 502, 503, 504, 404, 401))}", f"getaddrinfo ENOTFOUND {r.choice(('api.example.com', 'nas.lan', 'status.example.org'))}",
                     "certificate has expired", "read ECONNRESET", "Keyword not found", "No heartbeat in the time window", "Host unreachable"))


SOURCES["uptime-kuma"] = ("louislam/uptime-kuma", "6398a9581d1c3c427a7536559f47ccf45dac08b4", "server/model/monitor.js, server/server.js, src/util.ts (log format)")
SYSTEMS["uptime-kuma"] = (
    "{uk_monw}Monitor #{uk_id} '{uk_name}': Failing: {uk_err} | Interval: {uk_iv} seconds | Type: {uk_type} | Down Count: {uk_dc} | Resend Interval: {uk_ri}",
    "{uk_authi}Login by token. IP={uk_ip}",
    "{uk_monw}Monitor #{uk_id} '{uk_name}': Pending: {uk_err} | Max retries: {uk_mr} | Retry: {uk_r} | Retry Interval: {uk_iv} seconds | Type: {uk_type}",
    "{uk_authi}Username from JWT: {user}",
    "{uk_authi}Successfully logged in user {user}. IP={uk_ip}",
    "{uk_moni}Get Monitor Beats: {uk_id} User ID: {uk_uid}",
    "{uk_monw}Monitor #{uk_id} '{uk_name}': Under Maintenance | Type: {uk_type}",
    "{uk_authi}Login by username + password. IP={uk_ip}",
    "{uk_authw}Incorrect username or password for user {user}. IP={uk_ip}",
    "{uk_moni}Get Monitor: {uk_id} User ID: {uk_uid}",
    "{uk_mani}Pause Monitor: {uk_id} User ID: {uk_uid}",
    "{uk_mani}Resume Monitor: {uk_id} User ID: {uk_uid}",
    "{uk_moni}Added Monitor: {uk_id} User ID: {uk_uid}",
    "{uk_authe}Invalid token. IP={uk_ip}",
    "{uk_mone}Cannot send notification to {uk_notif}",
    "{uk_authi}Too many failed requests for user {user}. IP={uk_ip}",
    "{uk_mani}Delete Monitor: {uk_id} User ID: {uk_uid}",
    "{uk_dbi}Delete Monitor completed in: {uk_ms} ms",
    "{uk_srvi}Connected to the database",
)
SLOTS.update({
    "uk_monw": _uk_head("MONITOR", "WARN"), "uk_moni": _uk_head("MONITOR", "INFO"), "uk_mone": _uk_head("MONITOR", "ERROR"),
    "uk_authi": _uk_head("AUTH", "INFO"), "uk_authw": _uk_head("AUTH", "WARN"), "uk_authe": _uk_head("AUTH", "ERROR"),
    "uk_mani": _uk_head("MANAGE", "INFO"), "uk_dbi": _uk_head("DB", "INFO"), "uk_srvi": _uk_head("SERVER", "INFO"),
    "uk_id": num(1, 140), "uk_name": choice(_UK_NAMES), "uk_err": _uk_err, "uk_iv": choice(("20", "60", "60", "60", "300", "30")),
    "uk_type": choice(_UK_TYPES), "uk_dc": num(0, 40), "uk_ri": choice(("0", "0", "10", "60")), "uk_mr": choice(("0", "1", "3", "5")),
    "uk_r": num(1, 5), "uk_uid": choice(("1", "1", "1", "2", "3")),
    "uk_ip": lambda r: r.choice(("::ffff:" + ip4(r), "::ffff:172.17.0.1", ip4(r), "::1")),
    "uk_notif": choice(("Telegram", "Discord ops", "Email (SMTP)", "ntfy", "Gotify", "Slack #alerts", "Pushover")), "uk_ms": num(3, 4800),
})


# ---------------------------------------------------------------- frigate (frigate/log.py format)
_FG_CAMS = ("front_door", "driveway", "backyard", "garage", "porch", "side_gate", "doorbell", "living_room", "street", "parking_lot", "shed", "cam_01")


def _fg_head(name: str, lvl: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        _LINE["cam"] = r.choice(_FG_CAMS)
        n = name.replace("{cam}", _LINE["cam"])
        return f"[2026-11-{day(r):02d} {clock(r)}] {n:<30} {lvl:<8}: "
    return head


SOURCES["frigate"] = ("blakeblackshear/frigate", "e3fa70189324e5eb3b1dba756c153f6696f457de",
                      "frigate/video/ffmpeg.py, frigate/record/maintainer.py, frigate/storage.py, frigate/watchdog.py, frigate/camera/maintainer.py, frigate/app.py, frigate/object_detection/base.py, frigate/api/camera.py, frigate/log.py")
SYSTEMS["frigate"] = (
    "{fg_video_e}{fg_cam}: Unable to read frames from ffmpeg process.",
    "{fg_rec_w}Unable to keep up with recording segments in cache for {fg_cam}. Keeping the {fg_keep} most recent segments out of {fg_cnt} and discarding the rest...",
    "{fg_wd_e}Ffmpeg process crashed unexpectedly for {fg_cam}.",
    "{fg_video_e}{fg_cam}: ffmpeg process is not running. exiting capture thread...",
    "{fg_wd_e}No new recording segments were created for {fg_cam} in the last {fg_stale}s. Restarting the ffmpeg record process...",
    "{fg_wd_i}No frames received from {fg_cam} in 20 seconds. Exiting ffmpeg...",
    "{fg_stor_i}Cleaned up {fg_mb} MB of recordings",
    "{fg_stor_i}Less than 1 hour of recording space left, running storage maintenance...",
    "{fg_rec_w}Too many unprocessed recording segments in cache for {fg_cam}. This likely indicates an issue with the detect stream, keeping the {fg_keep} most recent segments out of {fg_cnt} and discarding the rest...",
    "{fg_camm_i}Capture process started for {fg_cam}: {pid}",
    "{fg_camm_i}Camera processor started for {fg_cam}: {pid}",
    "{fg_wdg_i}Detection appears to be stuck. Restarting detection process...",
    "{fg_det_w}Failed to get frame {fg_conn} from SHM",
    "{fg_wdg_w}Process {fg_proc} (PID {pid}) exited with code {fg_code}",
    "{fg_wdg_i}Restarted {fg_proc} (PID {pid})",
    "{fg_wd_i}{fg_cam} exceeded fps limit. Exiting ffmpeg...",
    "{fg_apicam_e}Failed to fetch streams from go2rtc",
    "{fg_app_i}Recording process started: {pid}",
    "{fg_app_i}Starting Frigate ({fg_ver})",
)
SLOTS.update({
    "fg_video_e": _fg_head("frigate.video", "ERROR"), "fg_rec_w": _fg_head("frigate.record.maintainer", "WARNING"),
    "fg_wd_e": _fg_head("watchdog.{cam}", "ERROR"), "fg_wd_i": _fg_head("watchdog.{cam}", "INFO"),
    "fg_stor_i": _fg_head("frigate.storage", "INFO"), "fg_camm_i": _fg_head("frigate.camera.maintainer", "INFO"),
    "fg_wdg_i": _fg_head("frigate.watchdog", "INFO"), "fg_wdg_w": _fg_head("frigate.watchdog", "WARNING"),
    "fg_det_w": _fg_head("frigate.object_detection.base", "WARNING"), "fg_apicam_e": _fg_head("frigate.api.camera", "ERROR"),
    "fg_app_i": _fg_head("frigate.app", "INFO"), "fg_cam": lambda r: _LINE.setdefault("cam", r.choice(_FG_CAMS)), "fg_keep": choice(("5", "5", "6", "8")),
    "fg_cnt": num(6, 60), "fg_stale": choice(("120", "120", "60", "300")), "fg_mb": lambda r: f"{r.uniform(50, 25000):.2f}",
    "fg_conn": lambda r: f"{r.choice(_FG_CAMS)}{r.choice(('', '_detect'))}", "fg_proc": choice(("recording_manager", "review_segment_manager", "embeddings_manager", "detector:coral", "detector:ov", "output_processor", "audio_processor")),
    "fg_code": choice(("1", "-9", "-11", "137", "-6")), "fg_ver": choice(("0.16.2-4d58206", "0.17.0-7a1f3c2", "0.16.1-e664cb2")),
})


# ---------------------------------------------------------------- authelia (logrus TextFormatter FullTimestamp)
_AU_URLS = ("https://grafana.example.com/", "https://nextcloud.example.com/index.php/apps/files/", "https://git.example.com/user/login",
            "https://portainer.example.com/api/endpoints", "https://home.example.com/api/websocket", "https://jellyfin.example.com/web/index.html",
            "https://wiki.example.com/doku.php?id=start", "https://sonarr.example.com/api/v3/queue", "https://proxmox.example.com:8006/",
            "https://traefik.example.com/dashboard/", "https://vault.example.com/ui/")
_AU_PATHS = ("/api/authz/forward-auth", "/api/verify", "/api/firstfactor", "/api/secondfactor/totp", "/api/authz/auth-request", "/api/oidc/authorization", "/api/oidc/userinfo", "/api/state")
_AU_CLIENTS = ("grafana", "nextcloud", "gitea", "portainer", "proxmox", "immich", "outline")


def _au_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f'time="2026-11-{day(r):02d}T{clock(r)}Z" level={lvl} msg="'


def _au_fields(r: R) -> str:
    return f"method={r.choice(('GET', 'GET', 'GET', 'POST', 'HEAD'))} path={r.choice(_AU_PATHS)} remote_ip={ip4(r)}"


def _au_subj(r: R) -> str:
    u = r.choice(("", "") + USERS[:8])
    g = ",".join(r.sample(("admins", "dev", "family", "users", "media", "ops"), r.randint(0, 2))) if u else ""
    return f"username={u} groups={g} ip={ip4(r)}"


SOURCES["authelia"] = ("authelia/authelia", "23572030b4048922a377ca40d59e804e0ed25fd7",
                       "internal/authorization/authorizer.go, internal/authorization/types.go, internal/handlers/const.go, internal/handlers/handler_authz_*.go, internal/handlers/handler_firstfactor_password.go, internal/handlers/handler_sign_totp.go, internal/handlers/handler_oidc_*.go, internal/handlers/response.go, internal/commands/root.go, internal/logging/*.go")
SYSTEMS["authelia"] = (
    "{au_d}Check authorization of subject {au_subj} and object {au_url} (method {au_m}).\"",
    "{au_i}Access to {au_url} (method {au_m}) is not authorized to user {au_user}, responding with status code {au_code} with location redirect to {au_redir}\" {au_f}",
    "{au_d}Redirection URL {au_url} is safe\" {au_f}",
    "{au_e}Unsuccessful {au_type} authentication attempt by user '{user}'\" error=\"{au_err}\" {au_f}",
    "{au_t}Profile details for user '{user}' => groups: [{au_groups}], emails [{user}@example.com]\" {au_f}",
    "{au_d}Authorization Request with id '{uuid}' on client with id '{au_client}' using consent mode '{au_cmode}' is being redirected to '{au_url}'\" {au_f}",
    "{au_i}Access to '{au_url}' is not authorized to user '{au_user}', sending 401 response with WWW-Authenticate header requesting Basic scheme\" {au_f}",
    "{au_e}Error occurred retrieving user session\" error=\"{au_serr}\" {au_f}",
    "{au_d}Authorization Request with id '{uuid}' on client with id '{au_client}' using consent mode '{au_cmode}' proceeding to generate a new consent session\" {au_f}",
    "{au_e}Error occurred validating a TOTP authentication for user '{user}': {au_totperr}\" {au_f}",
    "{au_e}Failed to perform {au_type} authentication regulation for user '{user}'\" error=\"{au_serr}\" {au_f}",
    "{au_e}Unable to set default redirection URL in body: {au_serr}\" {au_f}",
    "{au_i}Duo authentication was bypassed for user: '{user}'\" {au_f}",
    "{au_e}Could not save session with the {au_what} during {au_type} authentication for user '{user}'\" error=\"{au_serr}\" {au_f}",
    "{au_i}Authelia {au_ver} is starting\"",
    "{au_e}Destroying session cookie as the cookie domain '{au_dom}' does not match the requests detected cookie domain '{au_dom}' which may be a sign a user tried to move this cookie from one domain to another\" {au_f}",
)
SLOTS.update({
    "au_d": _au_head("debug"), "au_i": _au_head("info"), "au_e": _au_head("error"), "au_t": _au_head("trace"), "au_f": _au_fields,
    "au_subj": _au_subj, "au_url": choice(_AU_URLS), "au_m": choice(("GET", "GET", "GET", "POST", "OPTIONS", "PUT")),
    "au_user": choice(("<anonymous>", "<anonymous>") + USERS[:6]), "au_code": choice(("302", "302", "303", "401")),
    "au_redir": lambda r: f"https://auth.example.com/?rd={r.choice(_AU_URLS).replace(':', '%3A').replace('/', '%2F')}&rm={r.choice(('GET', 'POST'))}",
    "au_type": choice(("1FA", "1FA", "1FA", "TOTP", "WebAuthn", "Duo")),
    "au_err": choice(("unable to authenticate user 'bob' with the ldap backend: LDAP Result Code 49 \\\"Invalid Credentials\\\": 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563",
                       "user not found", "incorrect password", "user is banned", "unable to authenticate user 'alice': incorrect password")),
    "au_groups": choice(("admins dev", "users", "family media", "ops", "")), "au_client": choice(_AU_CLIENTS),
    "au_cmode": choice(("implicit", "explicit", "pre-configured")),
    "au_serr": choice(("dial tcp 10.0.5.12:6379: connect: connection refused", "context deadline exceeded", "EOF", "redis: connection pool timeout", "read tcp 172.18.0.5:51234->172.18.0.3:6379: i/o timeout")),
    "au_totperr": choice(("the user has already used this code recently and will not be permitted to reuse it", "user input did not match any expected value")),
    "au_what": choice(("updated expiration", "updated authentication level", "updated username")),
    "au_ver": choice(("v4.39.4", "v4.39.10", "v4.38.17")), "au_dom": choice(("example.com", "example.org", "home.example.net", "auth.example.com")),
})


# ---------------------------------------------------------------- source-controller (Flux; zap JSON via fluxcd/pkg/runtime/logger)
_FX_GIT = (("flux-system", "flux-system", "ssh://git@github.com/acme/fleet-infra"), ("podinfo", "flux-system", "https://github.com/stefanprodan/podinfo"),
           ("apps", "flux-system", "https://gitlab.example.com/platform/apps.git"), ("infra", "infra", "ssh://git@git.example.com/ops/k8s-infra.git"),
           ("tenant-a", "tenant-a", "https://github.com/acme/tenant-a-config"))
_FX_HELM = (("bitnami", "https://charts.bitnami.com/bitnami"), ("ingress-nginx", "https://kubernetes.github.io/ingress-nginx"),
            ("jetstack", "https://charts.jetstack.io"), ("prometheus-community", "https://prometheus-community.github.io/helm-charts"),
            ("grafana", "https://grafana.github.io/helm-charts"))
_FX_COMMITS = ("Merge pull request #{n} from acme/renovate/helm-releases", "chore(deps): update ghcr.io/stefanprodan/podinfo docker tag to v6.{m}.{k}",
               "Bump cert-manager to v1.{m}.{k}", "fix: raise memory limit for api", "Update flux components", "Add tenant namespace quotas",
               "Revert \\\"enable HPA for worker\\\"", "scale web to {m} replicas")


def _fx_obj(kind: str, ctl: str) -> Callable[[R], str]:
    def obj(r: R) -> str:
        if kind == "GitRepository":
            name, ns, _ = r.choice(_FX_GIT)
        elif kind == "HelmRepository":
            name, ns = r.choice(_FX_HELM)[0], "flux-system"
        else:
            name, ns = r.choice(("podinfo", "api-gateway", "redis", "web", "ingress-nginx")), r.choice(("flux-system", "apps", "default"))
        return (f'"controller":"{ctl}","controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"{kind}",'
                f'"{kind}":{{"name":"{name}","namespace":"{ns}"}},"namespace":"{ns}","name":"{name}","reconcileID":"{uuid4(r)}"')
    return obj


def _fx_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f'{{"level":"{lvl}","ts":"2026-11-{day(r):02d}T{clock(r)}.{ms3(r)}Z","msg":"'


def _fx_rev(r: R) -> str:
    return f"{r.choice(('main', 'main', 'master', 'refs/heads/main', 'v1.4.2'))}@sha1:{hexs(r, 40)}"


def _fx_commit(r: R) -> str:
    return r.choice(_FX_COMMITS).replace("{n}", str(r.randint(100, 2999))).replace("{m}", str(r.randint(1, 12))).replace("{k}", str(r.randint(0, 9)))


SOURCES["source-controller"] = ("fluxcd/source-controller", "39b711b111fa906c3db0a424e252a5d12e48646d",
                                "internal/controller/gitrepository_controller.go, internal/controller/helmrepository_controller.go, internal/controller/helmchart_controller.go, internal/controller/ocirepository_controller.go, internal/controller/bucket_controller.go, internal/helm/chart/builder.go")
SYSTEMS["source-controller"] = (
    "{fx_i}artifact up-to-date with remote revision: '{fx_rev}'\",{fx_git}}",
    "{fx_i}stored artifact for commit '{fx_commit}'\",{fx_git}}",
    "{fx_i}stored fetched index of {fx_size} from '{fx_helmurl}'\",{fx_helmrepo}}",
    "{fx_i}garbage collected {fx_gc} artifacts\",{fx_git}}",
    "{fx_e}failed to checkout and determine revision: unable to clone '{fx_url}': {fx_giterr}\",{fx_git}}",
    "{fx_i}{fx_action} '{fx_chart}' chart with version '{fx_cver}'\",{fx_chartobj}}",
    "{fx_i}stored artifact with revision '{fx_ocirev}' from '{fx_ociurl}'\",{fx_oci}}",
    "{fx_d}git repository checked out\",{fx_git},\"url\":\"{fx_url}\",\"revision\":\"{fx_rev}\"}",
    "{fx_i}stored artifact with {fx_nfiles} fetched files from '{fx_bucket}' bucket\",{fx_bucketobj}}",
    "{fx_i}reconciliation is suspended for this object\",{fx_git}}",
    "{fx_e}failed to verify integrity of artifact: {fx_verr}\",{fx_git}}",
    "{fx_i}garbage collected artifacts for deleted resource\",{fx_git}}",
    "{fx_e}failed to get secret '{fx_secret}': {fx_secerr}\",{fx_helmrepo}}",
    "{fx_i}stored artifact for digest '{fx_ocirev}'\",{fx_oci}}",
)
SLOTS.update({
    "fx_i": _fx_head("info"), "fx_e": _fx_head("error"), "fx_d": _fx_head("debug"),
    "fx_git": _fx_obj("GitRepository", "gitrepository"), "fx_helmrepo": _fx_obj("HelmRepository", "helmrepository"),
    "fx_chartobj": _fx_obj("HelmChart", "helmchart"), "fx_oci": _fx_obj("OCIRepository", "ocirepository"), "fx_bucketobj": _fx_obj("Bucket", "bucket"),
    "fx_rev": _fx_rev, "fx_commit": _fx_commit, "fx_size": lambda r: f"{r.uniform(0.05, 12):.{r.choice((1, 3))}f}MB".replace(".0MB", "MB"),
    "fx_helmurl": lambda r: r.choice(_FX_HELM)[1], "fx_gc": num(1, 6), "fx_url": lambda r: r.choice(_FX_GIT)[2],
    "fx_giterr": choice(("authentication required", "unable to fetch-connect to remote: dial tcp: lookup github.com: i/o timeout",
                          "ssh: handshake failed: knownhosts: key mismatch", "repository not found", "context deadline exceeded")),
    "fx_action": choice(("pulled", "pulled", "packaged")), "fx_chart": choice(("podinfo", "redis", "ingress-nginx", "cert-manager", "kube-prometheus-stack", "loki")),
    "fx_cver": lambda r: f"{r.randint(0, 65)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
    "fx_ocirev": lambda r: f"{r.choice(('latest', '6.7.1', 'v1.3.0'))}@sha256:{hexs(r, 64)}",
    "fx_ociurl": choice(("oci://ghcr.io/stefanprodan/manifests/podinfo", "oci://ghcr.io/acme/deploy/web", "oci://registry.example.com/flux/apps")),
    "fx_nfiles": num(2, 400), "fx_bucket": choice(("flux-artifacts", "k8s-manifests", "tenant-configs")),
    "fx_verr": choice(("computed digest doesn't match 'sha256:" + "0" * 8 + "'", "artifact file does not exist")),
    "fx_secret": lambda r: f"flux-system/{r.choice(('helm-auth', 'regcred', 'bitnami-creds'))}",
    "fx_secerr": choice(("secrets \\\"helm-auth\\\" not found", "context deadline exceeded")),
})


# ---------------------------------------------------------------- artemis (log4j2 "%d %-5level [%logger] %msg"; AMQ ids from @LogMessage)
_AR_ADDR = ("orders", "orders.created", "DLQ", "ExpiryQueue", "invoices", "telemetry.sensor", "jms.queue.payments", "notifications",
            "shipment.events", "audit", "activemq.notifications", "inventory.updates")


def _ar_head(lvl: str, logger: str = "org.apache.activemq.artemis.core.server") -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)},{ms3(r)} {lvl:<5} [{logger}] "


def _ar_remote(r: R) -> str:
    return f"/{ip4(r)}:{r.randint(32768, 60999)}"


def _ar_sizeinfo(r: R) -> str:
    mx = r.choice((10485760, 104857600, 52428800))
    return (f"size={r.randint(mx, mx + 900000):,} bytes ({r.randint(100, 90000):,} messages); maxSize={mx:,} bytes (-1 messages); "
            f"globalSize={r.randint(mx, 8 * mx):,} bytes ({r.randint(1000, 900000):,} messages); globalMaxSize={r.choice((1073741824, 2147483648)):,} bytes (-1 messages);")


def _ar_msgid(r: R) -> str:
    return str(r.randint(10**9, 9 * 10**10))


SOURCES["artemis"] = ("apache/activemq-artemis", "6700541d4604e2602551c8c64dac7d923fcbe165",
                      "artemis-server/src/main/java/org/apache/activemq/artemis/core/server/ActiveMQServerLogger.java, artemis-core-client/src/main/java/org/apache/activemq/artemis/core/client/ActiveMQClientLogger.java, artemis-server/src/main/java/org/apache/activemq/artemis/core/server/ActiveMQMessageBundle.java, artemis-cli/.../etc/log4j2.properties")
SYSTEMS["artemis"] = (
    "{ar_w}AMQ222061: Client connection failed, clearing up resources for session {uuid}",
    "{ar_w}AMQ222107: Cleared up resources for session {uuid}",
    "{ar_cw}AMQ212037: {ar_proto} connection failure to {ar_remote1} has been detected: AMQ229014: Did not receive data from {ar_remote1} within the {ar_ttl}ms connection TTL. The connection will now be closed. [code=CONNECTION_TIMEDOUT]",
    "{ar_i}AMQ222038: Starting paging on address '{ar_addr}'; {ar_size}",
    "{ar_i}AMQ221046: Unblocking message production on address '{ar_addr}'; {ar_size}",
    "{ar_w}AMQ221048: Consumer {uuid}:{ar_cons} attached to queue '{ar_addr}' from {ar_remote} identified as 'slow.' Expected consumption rate: {ar_rate} msgs/second; actual consumption rate: {ar_arate} msgs/second.",
    "{ar_w}AMQ222149: Sending message {ar_ref} to Dead Letter Address DLQ from {ar_addr}",
    "{ar_e}AMQ224088: Timeout ({ar_hs} seconds) on acceptor \"{ar_acc}\" during protocol handshake with {ar_remote} has occurred.",
    "{ar_w}AMQ222174: Queue {ar_addr}, on address={ar_addr}, is taking too long to flush deliveries. Watch out for frozen clients.",
    "{ar_i}AMQ221003: Deploying {ar_rt} queue {ar_addr} on address {ar_addr}",
    "{ar_i}AMQ221080: Deploying address {ar_addr} supporting [{ar_rt}]",
    "{ar_i}AMQ221020: Started {ar_transport} Acceptor at {ar_bind}:{ar_port} for protocols [{ar_protos}]",
    "{ar_i}AMQ221043: Protocol module found: [{ar_mod}]. Adding protocol support for: {ar_modproto}",
    "{ar_w}AMQ222210: Free storage space is at {ar_gb} of {ar_gb} total. Usage rate is {ar_pct} which is beyond the configured <max-disk-usage>. System will start blocking producers.",
    "{ar_w}AMQ222212: Disk Full! Blocking message production on address '{ar_addr}'. Clients will report blocked.",
    "{ar_i}AMQ221012: Using AIO Journal",
    "{ar_i}AMQ221007: Server is now active",
    "{ar_i}AMQ221001: Apache ActiveMQ Artemis Message Broker version {ar_ver} [{ar_node}, nodeID={uuid}] ",
    "{ar_i}AMQ221002: Apache ActiveMQ Artemis Message Broker version {ar_ver} [{uuid}] stopped, uptime {ar_uptime}",
)
SLOTS.update({
    "ar_i": _ar_head("INFO"), "ar_w": _ar_head("WARN"), "ar_e": _ar_head("ERROR"), "ar_cw": _ar_head("WARN", "org.apache.activemq.artemis.core.client"),
    "ar_proto": choice(("Core", "Core", "AMQP", "MQTT", "STOMP")), "ar_remote": _ar_remote, "ar_remote1": lambda r: _LINE.setdefault("remote", _ar_remote(r)), "ar_ttl": choice(("60000", "60000", "30000")),
    "ar_addr": choice(_AR_ADDR), "ar_size": _ar_sizeinfo, "ar_cons": num(0, 40), "ar_rate": choice(("100", "50", "10")),
    "ar_arate": lambda r: f"{r.uniform(0, 9):.{r.randint(1, 4)}f}", "ar_ref": lambda r: f"Reference[{_ar_msgid(r)}]:RELIABLE:CoreMessage[messageID={_ar_msgid(r)}, durable=true, userID={uuid4(r)}, priority=4, timestamp={r.randint(1764000000000, 1764100000000)}, expiration=0, durable=true, address={r.choice(_AR_ADDR)}, size={r.randint(300, 90000)}]",
    "ar_hs": choice(("10", "10", "30")), "ar_acc": choice(("artemis", "amqp", "mqtt", "stomp", "hornetq", "netty-acceptor")),
    "ar_rt": choice(("ANYCAST", "ANYCAST", "MULTICAST")), "ar_transport": choice(("NETTY", "NETTY", "INVM")),
    "ar_bind": choice(("0.0.0.0", "0.0.0.0", "localhost", "10.0.8.21")), "ar_port": choice(("61616", "5672", "1883", "61613", "5445")),
    "ar_protos": choice(("CORE,MQTT,AMQP,STOMP,HORNETQ,OPENWIRE", "CORE", "AMQP", "MQTT", "STOMP", "CORE,AMQP")),
    "ar_mod": choice(("artemis-server", "artemis-amqp-protocol", "artemis-mqtt-protocol", "artemis-stomp-protocol", "artemis-openwire-protocol", "artemis-hornetq-protocol")),
    "ar_modproto": choice(("CORE", "AMQP", "MQTT", "STOMP", "OPENWIRE", "HORNETQ")),
    "ar_gb": lambda r: f"{r.uniform(0.5, 900):.1f} GB".replace(" GB", r.choice((" GB", " MB"))), "ar_pct": lambda r: f"{r.uniform(90, 99.9):.2f}%",
    "ar_ver": choice(("2.39.0", "2.41.0", "2.37.0")), "ar_node": choice(("0.0.0.0", "broker0", "artemis-primary", "mybroker")),
    "ar_uptime": lambda r: r.choice((f"{r.randint(1, 59)} minutes", f"{r.randint(1, 23)} hours {r.randint(0, 59)} minutes", f"{r.randint(1, 90)} days {r.randint(0, 23)} hours")),
})


# ---------------------------------------------------------------- logstash (config/log4j2.properties pattern)
_LS_PIPES = ("main", "main", "beats", "syslog", "kafka-ingest", "netflow", "apache-logs", "winlogbeat")


def _ls_head(lvl: str, logger: str, pipe: bool = True) -> Callable[[R], str]:
    def head(r: R) -> str:
        _LINE["pipe"] = r.choice(_LS_PIPES)
        p = f"[{_LINE['pipe']}]" if pipe else ""
        return f"[2026-11-{day(r):02d}T{clock(r)},{ms3(r)}][{lvl:<5}][{logger:<25}]{p} "
    return head


def _ls_thread(r: R) -> str:
    return f"#<Thread:0x{hexs(r, 8)} /usr/share/logstash/logstash-core/lib/logstash/java_pipeline.rb:{r.choice((138, 139, 146))} run>"


def _ls_sources(r: R) -> str:
    files = r.sample(("/etc/logstash/conf.d/01-input-beats.conf", "/etc/logstash/conf.d/10-syslog-filter.conf", "/etc/logstash/conf.d/30-output-es.conf",
                      "/etc/logstash/conf.d/02-kafka.conf", "/usr/share/logstash/pipeline/logstash.conf"), r.randint(1, 3))
    return "[" + ", ".join(f'"{f}"' for f in files) + "]"


SOURCES["logstash"] = ("elastic/logstash", "5e5356567fd548a0390c14def8ebd70acf85d04a",
                       "logstash-core/lib/logstash/java_pipeline.rb, agent.rb, runner.rb, webserver.rb, pipeline_action/reload.rb, pipelines_registry.rb, util/charset.rb, logstash-core/src/main/java/org/logstash/execution/AbstractPipelineExt.java, config/log4j2.properties")
SYSTEMS["logstash"] = (
    "{ls_charset}Received an event that has a different character encoding than you configured. {:text=>\"{ls_text}\", :expected_charset=>\"UTF-8\"}",
    "{ls_dlq}{ls_dlqreason}. Failing event was sent to dead letter queue",
    "{ls_reload}Reloading pipeline {\"pipeline.id\"=>:{ls_pipe}}",
    "{ls_jp}Starting pipeline {:pipeline_id=>\"{ls_pipe}\", \"pipeline.workers\"=>{ls_workers}, \"pipeline.batch.size\"=>{ls_bsize}, \"pipeline.batch.delay\"=>50, \"pipeline.batch.output_chunking.growth_threshold_factor\"=>1000, \"pipeline.max_inflight\"=>{ls_infl}, \"batch_metric_sampling\"=>\"{ls_samp}\", \"pipeline.sources\"=>{ls_sources}, \"pipeline.recoverable\"=>{ls_bool}, :thread=>\"{ls_thread}\"}",
    "{ls_jp}Pipeline Java execution initialization time {\"seconds\"=>{ls_secs}",
    "{ls_jp}Pipeline started {\"pipeline.id\"=>\"{ls_pipe}\"}",
    "{ls_agent}Pipelines running {:count=>{small}, :running_pipelines=>[{ls_plist}], :non_running_pipelines=>[]}",
    "{ls_jp}Pipeline terminated {\"pipeline.id\"=>\"{ls_pipe}\"}",
    "{ls_dlq}{ls_dlqreason}. Event was dropped, enable debug logging to see the event's payload",
    "{ls_jpw}Waiting for input plugin to close {:pipeline_id=>\"{ls_pipe}\", :thread=>\"{ls_thread}\"}",
    "{ls_reg}Removed pipeline from registry successfully {:pipeline_id=>:{ls_pipe}}",
    "{ls_jpe}Dropping events to unblock input plugin {:pipeline_id=>\"{ls_pipe}\", :count=>{n}, :thread=>\"{ls_thread}\"}",
    "{ls_runner}Starting Logstash {\"logstash.version\"=>\"{ls_ver}\", \"jruby.version\"=>\"{ls_jruby}\"}",
    "{ls_api}Successfully started Logstash API endpoint {:port=>{ls_port}, :ssl_enabled=>{ls_bool}",
    "{ls_runner}Logstash shut down.",
)
SLOTS.update({
    "ls_charset": _ls_head("WARN", "logstash.codecs.plain"), "ls_dlq": _ls_head("WARN", "org.logstash.execution.AbstractPipelineExt"),
    "ls_reload": _ls_head("INFO", "logstash.pipelineaction.reload", False), "ls_jp": _ls_head("INFO", "logstash.javapipeline"),
    "ls_jpw": _ls_head("WARN", "logstash.javapipeline"), "ls_jpe": _ls_head("ERROR", "logstash.javapipeline"),
    "ls_agent": _ls_head("INFO", "logstash.agent", False), "ls_reg": _ls_head("INFO", "logstash.pipelinesregistry", False),
    "ls_runner": _ls_head("INFO", "logstash.runner", False), "ls_api": _ls_head("INFO", "logstash.agent", False),
    "ls_text": choice(("\\xE9t\\xE9 2026", "Stra\\xDFe", "caf\\xE9 ordered", "\\xFCber das", "na\\xEFve \\x80 sign", "\\xA0\\xA0nbsp")),
    "ls_dlqreason": lambda r: r.choice((f"Could not index event to Elasticsearch. status: 400, action: [\"index\", {{:_id=>nil, :_index=>\"logs-{r.choice(('nginx', 'syslog', 'app'))}-2026.11.{day(r):02d}\", :routing=>nil}}, {{\"@timestamp\"=>\"2026-11-{day(r):02d}T{clock(r)}.000Z\"}}], response: {{\"index\"=>{{\"status\"=>400, \"error\"=>{{\"type\"=>\"document_parsing_exception\", \"reason\"=>\"failed to parse field [host] of type [keyword]\"}}}}}}",
                                        "Could not index event to Elasticsearch. status: 409, action: [\"create\"], response: version_conflict_engine_exception")),
    "ls_pipe": lambda r: _LINE.get("pipe") or r.choice(_LS_PIPES),
    "ls_jruby": lambda r: f"jruby 9.4.{r.randint(8, 14)}.0 (3.1.4) 2025-{r.randint(1, 9):02d}-{day(r):02d} {hexs(r, 10)} OpenJDK 64-Bit Server VM 21.0.{r.randint(4, 8)}+{r.randint(6, 9)}-LTS on 21.0.{r.randint(4, 8)}+{r.randint(6, 9)}-LTS +indy +jit [x86_64-linux]",
    "ls_workers": choice(("2", "4", "8", "16")), "ls_bsize": choice(("125", "125", "250", "1000")),
    "ls_infl": choice(("250", "500", "1000", "8000")), "ls_samp": choice(("minimal", "full", "none")), "ls_sources": _ls_sources,
    "ls_bool": choice(("true", "false")), "ls_thread": _ls_thread, "ls_secs": lambda r: f"{r.uniform(0.05, 4):.2f}",
    "ls_plist": lambda r: ", ".join(":" + p for p in r.sample(("main", "beats", "syslog", "netflow", ".monitoring-logstash"), r.randint(1, 3))),
    "ls_ver": choice(("9.2.1", "8.19.4", "9.1.5")), "ls_jrhash": lambda r: hexs(r, 10), "ls_port": choice(("9600", "9600", "9601")),
})


# ---------------------------------------------------------------- syncthing (internal/slogutil line format)
_ST_FOLDERS = (("Photos", "abcd1-ef234", "sendreceive"), ("", "default", "sendreceive"), ("Documents", "docs-7h3k2", "sendreceive"),
               ("Phone Camera", "pixel_7a_n2a5-photos", "receiveonly"), ("Music", "xq9vt-3mzke", "sendonly"), ("Backup NAS", "nas-backup", "receiveonly"),
               ("Obsidian", "obsidian-vault", "sendreceive"), ("Work", "wk2p9-r7c4d", "sendreceive"))
_ST_FILES = ("IMG_{n}.jpg", "PXL_20261121_{n}.jpg", "Camera/VID_{n}.mp4", "notes/Daily/2026-11-{d}.md", "invoices/2026/rechnung-{n}.pdf",
             "Music/Album {d}/track{d}.flac", ".obsidian/workspace.json", "src/main.go", "Documents/Steuer 2025.xlsx", "thumbs/{n}.webp")


def _st_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)} {lvl} "


def _st_q(v: str) -> str:
    return '"' + v.replace('"', '\\\\"') + '"' if (v == "" or any(c in v for c in ' "()[]{},')) else v


def _st_folder(r: R) -> str:
    label, fid, typ = r.choice(_ST_FOLDERS)
    return (f"folder.label={_st_q(label)} " if label else "") + f"folder.id={fid} folder.type={typ}"


def _st_name(r: R) -> str:
    return _st_q(r.choice(_ST_FILES).replace("{n}", str(r.randint(1000, 99999))).replace("{d}", f"{day(r):02d}"))


def _st_fileattrs(r: R) -> str:
    size = r.randint(10, 90_000_000)
    bs = 131072 if size < 256 * 1024 * 1024 else 262144
    mt = f"2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 999999999):09d} {r.choice(('+0100 CET', '+0000 UTC', '+0100 CET'))}"
    return f"file.name={_st_name(r)} file.modified={_st_q(mt)} file.permissions=0{r.choice(('644', '644', '664', '600', '755'))} file.size={size} file.blocksize={bs}"


def _st_dev(r: R) -> str:
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(7))


def _st_conn(r: R) -> str:
    lan = r.random() < 0.5
    typ = r.choice(("tcp-client", "tcp-server", "quic-client", "quic-server", "relay-client"))
    loc = f"{r.choice(('192.168.1.20', '10.0.0.5', '[::]'))}:22000"
    rem = f"{ip4(r)}:{r.choice((22000, r.randint(30000, 60000)))}"
    crypto = "TLS1.3-TLS_AES_128_GCM_SHA256" if typ.startswith("tcp") else "TLS1.3-TLS_CHACHA20_POLY1305_SHA256"
    prio = r.choice((10, 20, 30, 40, 50)) if lan else r.choice((30, 40, 50))
    return (f"connection.local={loc} connection.remote={rem} connection.type={typ} connection.lan={'true' if lan else 'false'} "
            f"connection.crypto={crypto} connection.prio={prio} connection.id={hexs(r, 16)}")


SOURCES["syncthing"] = ("syncthing/syncthing", "328d910aee822178f55442c76bc7e35ce34d68cc",
                        "lib/model/folder_sendrecv.go, lib/model/folder.go, lib/model/model.go, lib/connections/service.go, lib/connections/tcp_listen.go, lib/connections/quic_listen.go, lib/api/api.go, internal/slogutil/formatting.go, internal/slogutil/line.go, lib/protocol/bep_fileinfo.go, lib/config/folderconfiguration.go")
SYSTEMS["syncthing"] = (
    "{st_i}Synced file ({st_folder} {st_file} blocks.local={n} blocks.download={n} log.pkg=model)",
    "{st_i}Deleted file ({st_folder} file.name={st_name} log.pkg=model)",
    "{st_i}Established secure connection (device={st_dev} {st_conn} log.pkg=connections)",
    "{st_i}Renamed file ({st_folder} {st_file} from={st_name} log.pkg=model)",
    "{st_w}Failed to sync (path={st_name} error={st_syncerr} {st_folder} log.pkg=model)",
    "{st_i}Created or updated directory ({st_folder} dir.name={st_dir} dir.permissions={st_dperm} log.pkg=model)",
    "{st_i}Folder failed to sync, will be retried (wait={st_wait} {st_folder} log.pkg=model)",
    "{st_w}Failed TLS handshake (address={st_addr} error={st_tlserr} log.pkg=connections)",
    "{st_i}Completed initial scan ({st_folder} log.pkg=model)",
    "{st_i}Ready to synchronize ({st_folder} log.pkg=model)",
    "{st_i}Updated file metadata ({st_folder} {st_file} log.pkg=model)",
    "{st_w}Failed to scan (path={st_name} error={st_scanerr} {st_folder} log.pkg=model)",
    "{st_i}Detected NAT type (uri=quic://0.0.0.0:22000 type={st_nat} log.pkg=connections)",
    "{st_i}Resolved external address (uri=quic://0.0.0.0:22000 address=quic://{ip}:{st_port} via={st_stun} log.pkg=connections)",
    "{st_i}Paused folder ({st_folder} log.pkg=model)",
    "{st_i}TCP listener starting (address=[::]:22000 log.pkg=connections)",
    "{st_i}GUI and API listening (address={st_gui} log.pkg=api)",
)
SLOTS.update({
    "st_dperm": choice(("0755", "0755", "0775", "0700")),
    "st_i": _st_head("INF"), "st_w": _st_head("WRN"), "st_folder": _st_folder, "st_file": _st_fileattrs, "st_name": _st_name,
    "st_dev": _st_dev, "st_conn": _st_conn, "st_dir": lambda r: _st_q(r.choice(("Camera", "notes/Daily", "invoices/2026", "Music/Album 07", "src/internal", "thumbs"))),
    "st_syncerr": choice(('"pull: connection closed"', '"syncing: no connected device has the required version of this file"', '"opening temp file: open .syncthing.tmp: permission denied"',
                           '"finishing: peers who had this file went away, or the file has changed while syncing. will retry later"', '"insufficient space in folder"')),
    "st_wait": choice(("1m0s", "1m0s", "2m0s", "4m0s", "8m0s", "16m0s", "32m0s", "1h0m0s")),
    "st_addr": lambda r: f"{ip4(r)}:{r.randint(30000, 60999)}", "st_tlserr": choice(("EOF", '"remote error: tls: bad certificate"', '"read tcp: i/o timeout"', '"tls: first record does not look like a TLS handshake"')),
    "st_scanerr": choice(('"lstat: permission denied"', '"file is a symlink outside of the folder"', '"filename contains invalid characters"')),
    "st_nat": choice(('"Port restricted NAT"', '"Full cone NAT"', '"Symmetric NAT"', '"Not behind a NAT"')), "st_port": num(1024, 65535),
    "st_stun": choice(("stun.syncthing.net:3478", "stun.l.google.com:19302", "stun.callwithus.com:3478")),
    "st_gui": choice(("127.0.0.1:8384", "0.0.0.0:8384", "[::]:8384", "192.168.1.20:8384")),
})


# ---------------------------------------------------------------- actions-runner (Runner.Listener _diag log, HostTraceListener header)
def _ar_run_head(src: str, typ: str = "INFO") -> Callable[[R], str]:
    return lambda r: f"[2026-11-{day(r):02d} {clock(r)}Z {typ} {src}] "


def _gha_until(r: R) -> str:
    return f"11/{day(r):02d}/2026 {clock(r)}"


SOURCES["actions-runner"] = ("actions/runner", "258d6c857db3519913f7deb6004b60172f8043ae",
                             "src/Runner.Listener/JobDispatcher.cs, src/Runner.Listener/BrokerMessageListener.cs, src/Runner.Common/JobServerQueue.cs, src/Runner.Common/HostTraceListener.cs")
SYSTEMS["actions-runner"] = (
    "{gh_jd}Successfully renew job request {gh_rid}, job is valid till {gh_until}",
    "{gh_bml}Message '{gh_mid}' received.",
    "{gh_jd}Job request {gh_rid} for plan {uuid} job {uuid} received.",
    "{gh_jd}Send job request message to worker for job {uuid}.",
    "{gh_bml}Acknowledging runner request '{gh_rid}'.",
    "{gh_jd}Worker finished for job {uuid}. Code: {gh_code}",
    "{gh_jd}finish job request for job {uuid} with result: {gh_result}",
    "{gh_jd}Waiting WorkerDispatcher for job {uuid} run to finish.",
    "{gh_jd}Job request {uuid} processed succeed.",
    "{gh_jd}Stop renew job request for job {uuid}.",
    "{gh_bml}No message retrieved within last 30 minutes.",
    "{gh_jd}Retrying lock renewal for jobrequest {gh_rid}. Job is valid until {gh_until}.",
    "{gh_bml}Retriable exception: {gh_exc}",
    "{gh_bml}Sleeping for {gh_sleep} seconds before retrying.",
    "{gh_jd}Job cancellation request {uuid} received, cancellation timeout {gh_ctmo} minutes.",
    "{gh_jsq}Receive server throttling report, expect delay {gh_delay} milliseconds till {gh_until}",
    "{gh_bmle}Catch exception during get next message.",
    "{gh_bml}Session created.",
    "{gh_jd}Set runner/worker IPC timeout to {gh_ipc} seconds.",
)
SLOTS.update({
    "gh_jd": _ar_run_head("JobDispatcher"), "gh_bml": _ar_run_head("BrokerMessageListener"), "gh_bmle": _ar_run_head("BrokerMessageListener", "ERR "),
    "gh_jsq": _ar_run_head("JobServerQueue"), "gh_rid": num(100000, 9999999), "gh_until": _gha_until, "gh_mid": num(1, 99999),
    "gh_code": choice(("100", "100", "100", "102", "103", "1")), "gh_result": choice(("Succeeded", "Succeeded", "Succeeded", "Failed", "Canceled", "Abandoned")),
    "gh_exc": choice(("The HTTP request timed out after 00:01:40.", "Response status code does not indicate success: 502 (Bad Gateway).",
                       "Name or service not known (broker.actions.githubusercontent.com:443)", "The SSL connection could not be established, see inner exception.",
                       "Response status code does not indicate success: 503 (Service Unavailable).")),
    "gh_sleep": choice(("15", "30", "60")), "gh_ctmo": choice(("5", "5", "10")), "gh_delay": num(100, 60000), "gh_ipc": choice(("30", "30", "60")),
})


# ==== END OF PROGRAMS


SET = GeneratedSet(prefix="u4", seed=SEED, systems=SYSTEMS, sources=SOURCES, slots=SLOTS, line=_LINE, artemis_ids=True)
lines = SET.lines


if __name__ == "__main__":
    SET.main(__doc__)
