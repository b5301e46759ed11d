"""The UNSEEN9-S8 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py .. loggen_unseen8.py, SOURCES.md of sets 1-8), not in LogHub's 16 and not
in hybridlogparser's HiBench/CTS.

Written 2026-11-26 (session 8) by helper S8-unseen9, kept OUTSIDE the repo (/work/unseen-data9) until the
lead has scored Millpond's miner on it once (secrecy: the miner's tuners share the machine).

    python loggen_unseen9.py --out /work/unseen-data9 -n 2000    # writes u9-<program>.tsv.gz
    python loggen_unseen9.py --verify                            # literal text of every template vs the sources

Ground truth (the rule of loggen_unseen3.py .. loggen_unseen8.py): one format string / log call in the program's
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

from loggen_kit import R, USERS, b62, base_slots, choice, clock, day, GeneratedSet, hexs, ip4, ms3, num, uuid4, syslog_head

_LINE: dict[str, str] = {}  # values one line's header chose that its message repeats (same camera, pipeline, peer); reset per line
SEED = 91126  # the set's seed
SLOTS = base_slots()
SYSTEMS: dict[str, tuple[str, ...]] = {}
SOURCES: dict[str, tuple[str, str, str]] = {}  # program: (repository, commit read, files holding the format strings)


_syslog = syslog_head  # the kit's (was a copy here)


# ---------------------------------------------------------------- ptp4l (print.c: syslog(level, "[%lld.%03ld] %s%s", monotonic s.ms, tag, buf); collected syslog file)
_PT_HOSTS = ("ptp-gm1", "ptp-bc-2", "rack12-sw", "node017", "node101", "ts-edge-03.lab.example.net", "fronthaul-du7", "db-primary", "k8s-worker-5", "tsn-ctl")
_PT_SYS = _syslog("ptp4l", _PT_HOSTS, (812, 1043, 1187, 2290, 4410, 977))


def _pt_head(r: R) -> str:
    return f"{_PT_SYS(r)}[{r.randint(5, 9_999_999)}.{r.randint(0, 999):03d}] "


def _pt_port(r: R) -> str:
    return f"port {r.choice((1, 1, 1, 2, 3, 4))} ({r.choice(('eth0', 'eth1', 'enp1s0f0', 'enp3s0', 'ens2f1', 'eno1', 'lan0'))})"


def _pt_cid(r: R) -> str:
    h = hexs(r, 16)
    return ".".join((h[0:6], h[6:10], h[10:16]))


def _pt_pid(r: R) -> str:
    return f"{_pt_cid(r)}-{r.randint(1, 4)}"


_PT_TRANS = (("LISTENING", "UNCALIBRATED", "RS_SLAVE"), ("UNCALIBRATED", "SLAVE", "MASTER_CLOCK_SELECTED"), ("INITIALIZING", "LISTENING", "INIT_COMPLETE"),
             ("LISTENING", "MASTER", "ANNOUNCE_RECEIPT_TIMEOUT_EXPIRES"), ("SLAVE", "LISTENING", "ANNOUNCE_RECEIPT_TIMEOUT_EXPIRES"), ("MASTER", "PASSIVE", "RS_PASSIVE"),
             ("SLAVE", "UNCALIBRATED", "SYNCHRONIZATION_FAULT"), ("LISTENING", "GRAND_MASTER", "RS_GRAND_MASTER"), ("PASSIVE", "MASTER", "RS_MASTER"))


def _pt_trans(r: R) -> str:
    return "{} to {} on {}".format(*r.choice(_PT_TRANS))


SOURCES["ptp4l"] = ("richardcochran/linuxptp", "f98cb5de87e63696599c59d0a9df7dc04d08d40d",
                    "print.c (syslog \"[%lld.%03ld] %s%s\"), clock.c, port.c, clockcheck.c, sk.c")
SYSTEMS["ptp4l"] = (
    "{pt}master offset {pt_off} s{pt_s} freq {pt_freq} path delay {pt_delay}",
    "{pt}rms {pt_r4} max {pt_r4} freq {pt_f6} +/- {pt_r3} delay {pt_d5} +/- {pt_r3}",
    "{pt}{pt_port}: {pt_trans}",
    "{pt}rms {pt_r4} max {pt_r4} freq {pt_f6} +/- {pt_r3}",
    "{pt}selected best master clock {pt_cid}",
    "{pt}{pt_port}: new foreign master {pt_pid}",
    "{pt}{pt_port}: link {pt_updown}",
    "{pt}{pt_port}: {pt_fst} to {pt_fnx} on {pt_fev} ({pt_ft})",
    "{pt}timed out while polling for tx timestamp",
    "{pt}increasing tx_timestamp_timeout or increasing kworker priority may correct this issue, but a driver bug likely causes it",
    "{pt}selected local clock {pt_cid} as best master",
    "{pt}{pt_port}: assuming the grand master role",
    "{pt}clockcheck: clock jumped backward or running slower than expected!",
    "{pt}{pt_port}: minimum delay request interval 2^{pt_exp}",
    "{pt}updating UTC offset to {pt_utc}",
    "{pt}selected /dev/ptp{small} as PTP clock",
)
SLOTS.update({
    "pt": _pt_head, "pt_port": _pt_port, "pt_cid": _pt_cid, "pt_pid": _pt_pid, "pt_trans": _pt_trans, "pt_s": choice(("2", "2", "2", "2", "1", "0")),
    "pt_off": lambda r: f"{int(r.gauss(0, 40 if r.random() < 0.9 else 4000)):10d}", "pt_freq": lambda r: f"{r.uniform(-30000, 30000):+7.0f}",
    "pt_delay": lambda r: f"{r.randint(300, 9000):9d}", "pt_r4": lambda r: f"{r.uniform(0, 2000):4.0f}", "pt_f6": lambda r: f"{r.uniform(-30000, 30000):+6.0f}",
    "pt_r3": lambda r: f"{r.uniform(0, 400):3.0f}", "pt_d5": lambda r: f"{r.uniform(300, 9000):5.0f}", "pt_updown": choice(("down", "up")),
    "pt_fst": choice(("SLAVE", "SLAVE", "LISTENING", "MASTER", "UNCALIBRATED")), "pt_fnx": choice(("FAULTY",)), "pt_fev": choice(("FAULT_DETECTED",)), "pt_ft": choice(("FT_UNSPECIFIED", "FT_BAD_PEER_NETWORK", "FT_SWITCH_PHC")),
    "pt_exp": choice(("0", "0", "-3", "-4", "1", "-7")), "pt_utc": choice(("37", "37", "36")),
})
# ---------------------------------------------------------------- corosync (logsys to syslog: "corosync[pid]:   [SUBSYS] msg", subsystem tag padded to 6; collected syslog file)
_CS_HOSTS = ("pcmk-1", "pcmk-2", "pcmk-3", "ha-node-a", "ha-node-b", "db-ha1.prod.example.com", "db-ha2.prod.example.com", "nfs-clu01", "nfs-clu02", "sap-hana-n1")


def _cs_head(sub: str) -> Callable[[R], str]:
    sysl = _syslog("corosync", _CS_HOSTS, (1187, 1204, 2291, 3377, 988))
    return lambda r: f"{sysl(r)}  [{sub:<6}] "


def _cs_ids(r: R, k: int) -> str:
    return "".join(f" {i}" for i in sorted(r.sample(range(1, 9), k)))


def _cs_view(r: R) -> str:
    name = r.choice(("Members", "Members", "Sync members", "Sync members", "Sync joined", "Sync left"))
    k = r.randint(1, 2) if name in ("Sync joined", "Sync left") else r.randint(1, 5)
    return f"{name}[{k}]:{_cs_ids(r, k)}"


SOURCES["corosync"] = ("corosync/corosync", "65235a810d012b74821d15a8482cb498314cfd85",
                       "exec/logsys.c (syslog header, subsys), exec/totemsrp.c, exec/vsf_quorum.c, exec/main.c, exec/votequorum.c, exec/cfg.c, exec/totemnet.c, exec/totemknet.c, exec/ipc_glue.c")
SYSTEMS["corosync"] = (
    "{cs_q}{cs_view}{cs_tail}",
    "{cs_t}A new membership ({cs_ring}) was formed. Members{cs_joined}{cs_left}",
    "{cs_m}Completed service synchronization, ready to provide service.",
    "{cs_t}Token has not been received in {cs_ms} ms",
    "{cs_t}A processor failed, forming new configuration: token timed out ({cs_tok}ms), waiting {cs_cons}ms for consensus.",
    "{cs_q}This node is within the primary component and will provide service.",
    "{cs_t}Failed to receive the leave message.{cs_failed}",
    "{cs_vq}Waiting for all cluster members. Current votes: {small} expected_votes: {small}",
    "{cs_q}This node is within the non-primary component and will NOT provide any services.",
    "{cs_m}Corosync main process was not scheduled (@{cs_ts}) for {cs_f4} ms (threshold is {cs_f4} ms). Consider token timeout increase.",
    "{cs_t}Process pause detected for {cs_ms} ms, flushing membership messages.",
    "{cs_cfg}Config reload requested by node {cs_id}",
    "{cs_m}allowing new connections (fds_available:{n})",
    "{cs_m}refusing new connections (fds_available:{n})",
    "{cs_cfg}Node {cs_id} was shut down by sysadmin",
    "{cs_m}Corosync Cluster Engine {cs_ver} starting up",
    "{cs_q}Using quorum provider {cs_qp}",
)
SLOTS.update({
    "cs_q": _cs_head("QUORUM"), "cs_t": _cs_head("TOTEM"), "cs_m": _cs_head("MAIN"), "cs_vq": _cs_head("VOTEQ"), "cs_cfg": _cs_head("CFG"),
    "cs_view": _cs_view, "cs_tail": choice(("",)), "cs_ring": lambda r: f"{r.randint(1, 5)}.{r.randint(1, 0x3ff):x}",
    "cs_joined": lambda r: r.choice(("", f" joined:{_cs_ids(r, r.randint(1, 2))}")), "cs_left": lambda r: r.choice(("", "", f" left:{_cs_ids(r, 1)}")),
    "cs_ms": lambda r: str(r.randint(700, 9000)), "cs_tok": choice(("3000", "3000", "5000", "10000", "1000")), "cs_cons": choice(("3600", "3600", "6000", "12000", "1200")),
    "cs_failed": lambda r: " failed:" + _cs_ids(r, r.randint(1, 2)), "cs_ts": lambda r: str(r.randint(1_764_000_000_000, 1_764_200_000_000)),
    "cs_f4": lambda r: f"{r.uniform(1500, 9000):0.4f}", "cs_id": choice(("1", "2", "3", "4")), "cs_ver": choice(("3.1.8", "3.1.9", "3.1.7", "3.1.6")),
    "cs_qp": choice(("corosync_votequorum",)),
})
# ---------------------------------------------------------------- pure-ftpd (src/ftpd.c logfile(): syslog(crit, "(%s@%s) %s%s", account or "?", host, "[LEVEL] ", line); collected syslog file)
_PF_HOSTS = ("ftp01", "ftp02", "files.example.org", "upload-gw", "nas", "media-ftp-3.dmz.example.net", "scanner-drop", "backup01")
_PF_SYS = _syslog("pure-ftpd", _PF_HOSTS, (1043, 2210, 3391, 4472, 5120, 6611, 7719, 8830, 9055, 12033))
_PF_ACCTS = ("ftpuser", "backup", "scanner", "www-data", "alice", "bob", "upload", "cam01", "printer-hp", "deploy", "media", "j.smith")


def _pf_head(lvl: str, anon: bool = False) -> Callable[[R], str]:
    def head(r: R) -> str:
        _LINE["pf_host"] = ip4(r)
        _LINE["pf_acct"] = r.choice(_PF_ACCTS)
        who = "?" if anon else _LINE["pf_acct"]
        return f"{_PF_SYS(r)}({who}@{_LINE['pf_host']}) [{lvl}] "
    return head


def _pf_path(r: R) -> str:
    root = r.choice(("/srv/ftp", "/home/ftp", "/var/ftp/pub", f"/home/{_LINE.get('pf_acct', 'ftpuser')}", "/data/uploads"))
    leaf = r.choice((f"IMG_{r.randint(1000, 9999)}.JPG", f"scan_{r.randint(1, 999):04d}.pdf", f"backup-2026-11-{day(r):02d}.tar.gz", "index.html", f"invoice-{r.randint(10000, 99999)}.xml", "firmware.bin", f"report_{r.randint(1, 52)}.csv", ".ftpquota"))
    sub = r.choice(("", "/incoming", "/pub", "/scans", "/cam/2026-11"))
    return f"{root}{sub}/{leaf}"


SOURCES["pure-ftpd"] = ("jedisct1/pure-ftpd", "5008fcaac7432c34803335c67356d9e6d15bbbe9",
                        "src/ftpd.c (logfile syslog header, log calls), src/messages_en.h (MSG_* texts), src/ftp_parser.c")
SYSTEMS["pure-ftpd"] = (
    "{pf_a}New connection from {pf_h}",
    "{pf_a}{pf_acct} is now logged in",
    "{pf_n}{pf_path} {pf_word}  ({n} bytes, {pf_kbs}KB/sec)",
    "{pf_i}Logout.",
    "{pf_wa}Authentication failed for user [{pf_bad}]",
    "{pf_n}Deleted {pf_path}",
    "{pf_i}Timeout (no operation for {pf_idle} seconds)",
    "{pf_n}File successfully renamed or moved: [{pf_path}]->[{pf_path}]",
    "{pf_i}Timeout",
    "{pf_ww}Too many connections ({small}) from this IP: [{pf_h}]",
    "{pf_i}Anonymous user logged in",
    "{pf_n}Restarting at {n}",
    "{pf_i}Timeout (no new data for {pf_idle} seconds)",
    "{pf_e}Too many authentication failures",
    "{pf_w}Can't login as [{pf_bad}]: account disabled (uid < {pf_uid})",
    "{pf_e}Can't change directory to {pf_dir} [{pf_dir}]",
)
SLOTS.update({
    "pf_a": _pf_head("INFO", True), "pf_wa": _pf_head("WARNING", True), "pf_i": _pf_head("INFO"), "pf_n": _pf_head("NOTICE"), "pf_w": _pf_head("WARNING"), "pf_ww": _pf_head("WARNING", True), "pf_e": _pf_head("ERROR"),
    "pf_h": lambda r: _LINE["pf_host"], "pf_acct": lambda r: _LINE["pf_acct"], "pf_path": _pf_path, "pf_word": choice(("downloaded", "uploaded", "uploaded", "downloaded", "downloaded")),
    "pf_kbs": lambda r: f"{r.uniform(0.5, 95000):.2f}", "pf_bad": choice(_PF_ACCTS + ("admin", "root", "test", "administrator", "guest", "oracle", "user")),
    "pf_idle": choice(("900", "900", "300", "1800", "600")), "pf_uid": choice(("100", "1000", "500")),
    "pf_dir": lambda r: f"/home/{r.choice(_PF_ACCTS)}",
})
# ---------------------------------------------------------------- lxc (src/lxc/log.c log file: "%s%s%s %s %-8s %s - %s:%s:%d - " prefix, container, UTC time, priority, category, __FILE__:func:line; /var/log/lxc/<ct>.log, loglevel DEBUG)
_LX_CTS = ("web1", "ci-runner-01", "db-test", "u2404", "debian-bookworm", "gitlab", "pihole", "mail", "dev-alice", "build-7", "k3s-node2", "nextcloud")


def _lx_head(lvl: str, cat: str, loc: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        _LINE["lx_ct"] = ct = r.choice(_LX_CTS)
        pre = r.choice(("lxc-start", "lxc-start", "lxc-autostart", "lxc-execute"))
        return f"{pre} {ct} 202611{day(r):02d}{clock(r).replace(':', '')}.{ms3(r)} {lvl:<8} {cat} - ../src/lxc/{loc} - "
    return head


def _lx_veth(r: R) -> str:
    return f"veth{b62(r, 6)}" if r.random() < 0.6 else f"vethLXC{r.randint(1, 999)}"


def _lx_mnt(r: R) -> str:
    return r.choice((("proc", "/usr/lib/x86_64-linux-gnu/lxc/rootfs/proc", "proc"), ("sysfs", "/usr/lib/x86_64-linux-gnu/lxc/rootfs/sys", "sysfs"),
                     ("/sys/fs/fuse/connections", "/usr/lib/x86_64-linux-gnu/lxc/rootfs/sys/fs/fuse/connections", "(null)"),
                     ("mqueue", "/usr/lib/x86_64-linux-gnu/lxc/rootfs/dev/mqueue", "mqueue"), (f"/srv/share/{r.choice(USERS)}", "/usr/lib/x86_64-linux-gnu/lxc/rootfs/mnt/share", "(null)"),
                     ("tmpfs", "/usr/lib/x86_64-linux-gnu/lxc/rootfs/dev", "tmpfs"), ("/dev/net/tun", "/usr/lib/x86_64-linux-gnu/lxc/rootfs/dev/net/tun", "(null)")))


def _lx_mount(r: R) -> str:
    s, t, f = _lx_mnt(r)
    return f'"{s}" on "{t}" with filesystem type "{f}"'


_LX_CAPS = (("mac_admin", 33), ("mac_override", 32), ("sys_time", 25), ("sys_module", 16), ("sys_rawio", 17), ("sys_boot", 22), ("wake_alarm", 35), ("audit_control", 30))


SOURCES["lxc"] = ("lxc/lxc", "e7b855a51b81a6a562d121aa60e8581993beb203",
                  "src/lxc/log.c (log file header), src/lxc/conf.c, src/lxc/network.c, src/lxc/lsm/apparmor.c, src/lxc/cgroups/cgfsng.c")
SYSTEMS["lxc"] = (
    "{lx_mnt}Mounted {lx_mount}",
    "{lx_cap}Dropped {lx_capn} capability",
    "{lx_dev}Created device node \"{lx_devn}\"",
    "{lx_tty}Bind mounted \"{lx_pts}\" onto \"{lx_ttyp}\"",
    "{lx_alloc}Created tty with ptx fd {lx_fd} and pty fd {lx_fd} and index {lx_ttyn}",
    "{lx_veth}Instantiated veth tunnel \"{lx_v} <--> {lx_v}\"",
    "{lx_br}Attached \"{lx_v}\" to bridge \"{lx_brn}\"",
    "{lx_mv}Moved network device \"{lx_v}\" with ifindex {lx_ifx} to network namespace of {pid} and renamed to {lx_ifn}",
    "{lx_mac}Mac address \"{lx_hw}\" on \"{lx_ifn}\" has been setup",
    "{lx_nd}Network device \"{lx_ifn}\" has been setup",
    "{lx_uts}Set hostname to \"{lx_ctn}\"",
    "{lx_ttys}Finished setting up {lx_nt} /dev/tty<N> device(s)",
    "{lx_rootfs}Mounted rootfs \"{lx_rp}\" onto \"{lx_rm}\" with options \"{lx_ro}\"",
    "{lx_aa}Set AppArmor label to \"{lx_aal}\"",
    "{lx_cg}The container process uses \"{lx_cgp}\" as inner and \"{lx_cgp}\" as limit cgroup",
    "{lx_setup}The container \"{lx_ctn}\" is set up",
)
SLOTS.update({
    "lx_mnt": _lx_head("DEBUG", "conf", "conf.c:mount_entry:2170"), "lx_cap": _lx_head("DEBUG", "conf", "conf.c:capabilities_deny:2901"),
    "lx_dev": _lx_head("DEBUG", "conf", "conf.c:lxc_fill_autodev:1093"), "lx_tty": _lx_head("DEBUG", "conf", "conf.c:lxc_setup_ttys:821"),
    "lx_alloc": _lx_head("DEBUG", "conf", "conf.c:lxc_allocate_ttys:894"), "lx_veth": _lx_head("DEBUG", "network", "network.c:netdev_configure_server_veth:879"),
    "lx_br": _lx_head("INFO", "network", "network.c:netdev_configure_server_veth:748"), "lx_mv": _lx_head("DEBUG", "network", "network.c:lxc_network_move_created_netdev_priv:3858"),
    "lx_mac": _lx_head("DEBUG", "network", "network.c:setup_hw_addr:4138"), "lx_nd": _lx_head("DEBUG", "network", "network.c:lxc_network_setup_in_child_namespaces_common:4279"),
    "lx_uts": _lx_head("INFO", "conf", "conf.c:setup_utsname:671"), "lx_ttys": _lx_head("INFO", "conf", "conf.c:lxc_setup_ttys:862"),
    "lx_rootfs": _lx_head("DEBUG", "conf", "conf.c:lxc_mount_rootfs:1184"), "lx_aa": _lx_head("INFO", "apparmor", "lsm/apparmor.c:apparmor_process_label_set_at:1226"),
    "lx_cg": _lx_head("INFO", "cgfsng", "cgroups/cgfsng.c:cgfsng_payload_create:1550"), "lx_setup": _lx_head("NOTICE", "conf", "conf.c:lxc_setup:3919"),
    "lx_pts": lambda r: f"/dev/pts/{r.randint(0, 12)}", "lx_ttyp": lambda r: f"/usr/lib/x86_64-linux-gnu/lxc/rootfs/dev/tty{r.randint(1, 4)}",
    "lx_rp": lambda r: r.choice((f"/var/lib/lxc/{_LINE['lx_ct']}/rootfs", f"dir:/var/lib/lxc/{_LINE['lx_ct']}/rootfs", f"/dev/vg0/{_LINE['lx_ct']}")), "lx_rm": choice(("/usr/lib/x86_64-linux-gnu/lxc/rootfs", "/usr/lib/lxc/rootfs")),
    "lx_ro": choice(("(null)", "(null)", "(null)", "rw,noatime")), "lx_cgp": lambda r: f"lxc.payload.{_LINE['lx_ct']}",
    "lx_mount": _lx_mount, "lx_capn": lambda r: "{} ({})".format(*r.choice(_LX_CAPS)),
    "lx_devn": choice(("full", "null", "random", "tty", "urandom", "zero")), "lx_ttyn": num(1, 4), "lx_fd": num(5, 40), "lx_v": _lx_veth,
    "lx_brn": choice(("lxcbr0", "lxcbr0", "lxdbr0", "br0", "vmbr0")), "lx_ifx": num(4, 220), "lx_ifn": choice(("eth0", "eth0", "eth0", "eth1")),
    "lx_hw": lambda r: "00:16:3e:" + ":".join(hexs(r, 2) for _ in range(3)), "lx_ctn": lambda r: _LINE["lx_ct"], "lx_nt": choice(("4", "4", "2", "1", "6")),
    "lx_aal": lambda r: r.choice(("lxc-container-default-cgns", "lxc-container-default-cgns", "unconfined", f"lxc-{_LINE['lx_ct']}_</var/lib/lxc>//&:lxc-{_LINE['lx_ct']}_<-var-lib-lxc>:unconfined")),
})
# ---------------------------------------------------------------- mediamtx (internal/logger/logger.go stdout: "2006/01/02 15:04:05 INF|WAR|ERR " + parent prefixes "[RTSP] [conn %v] ", "[path name] " added by Log() wrappers)
_MX_PATHS = ("cam1", "cam2", "frontdoor", "garage", "backyard", "entrance/main", "live/stream", "mystream", "proxied", "lobby-ptz", "drone", "obs")


def _mx_ts(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026/11/{day(r):02d} {clock(r)} {lvl} "


def _mx_addr(r: R) -> str:
    return f"{ip4(r)}:{r.randint(30000, 65000)}"


def _mx_head(lvl: str, kind: str) -> Callable[[R], str]:
    ts = _mx_ts(lvl)

    def head(r: R) -> str:
        _LINE["mx_path"] = p = r.choice(_MX_PATHS)
        if kind == "conn":
            return f"{ts(r)}[RTSP] [conn {_mx_addr(r)}] "
        if kind == "session":
            return f"{ts(r)}[{r.choice(('RTSP', 'RTSP', 'RTSPS'))}] [session {hexs(r, 8)}] "
        if kind == "muxer":
            return f"{ts(r)}[HLS] [muxer {p}] "
        if kind == "source":
            return f"{ts(r)}[path {p}] [{r.choice(('RTSP', 'RTSP', 'RTMP', 'HLS', 'UDP'))} source] "
        if kind == "rec":
            return f"{ts(r)}[path {p}] [recorder] "
        if kind == "path":
            return f"{ts(r)}[path {p}] "
        return ts(r)
    return head


def _mx_medias(r: R) -> str:
    tr = r.choice((["H264"], ["H264", "MPEG-4 Audio"], ["H265"], ["H264", "Opus"], ["H265", "G711"], ["MPEG-4 Audio"], ["H264", "MPEG-4 Audio", "KLV"]))
    return f"{len(tr)} track{'s' if len(tr) > 1 else ''} ({', '.join(tr)})"


SOURCES["mediamtx"] = ("bluenviron/mediamtx", "3e09466c180431272a656b48aeca39c83d52d6c6",
                       "internal/logger/logger.go (header), internal/servers/rtsp/conn.go, internal/servers/rtsp/session.go, internal/core/path.go, internal/servers/hls/muxer.go, internal/staticsources/handler.go, internal/hooks/on_init.go, internal/recorder/recorder.go, internal/core/core.go")
SYSTEMS["mediamtx"] = (
    "{mx_c}opened",
    "{mx_c}closed: {mx_cerr}",
    "{mx_s}created by {mx_addr}",
    "{mx_s}is reading from path '{mx_p}', with {mx_tr}, {mx_med}",
    "{mx_s}destroyed: {mx_serr}",
    "{mx_s}is publishing to path '{mx_p}'",
    "{mx_pa}stream is available and online, {mx_med}",
    "{mx_sw}{n} RTP {mx_pk} lost",
    "{mx_m}created {mx_req}",
    "{mx_src}started{mx_od}",
    "{mx_srcw}stopped: {mx_stop}",
    "{mx_sw}reader is too slow, discarding {n} {mx_fr}",
    "{mx_pa}stream is available, {mx_med}",
    "{mx_pa}runOnInit command started",
    "{mx_rec}recording stopped",
    "{mx_core}configuration loaded from {mx_conf}",
    "{mx_core}MediaMTX {mx_ver}, {mx_os}, {mx_arch}",
)
SLOTS.update({
    "mx_c": _mx_head("INF", "conn"), "mx_s": _mx_head("INF", "session"), "mx_sw": _mx_head("WAR", "session"), "mx_m": _mx_head("INF", "muxer"),
    "mx_src": _mx_head("INF", "source"), "mx_srcw": _mx_head("INF", "source"), "mx_rec": _mx_head("INF", "rec"), "mx_pa": _mx_head("INF", "path"), "mx_core": _mx_head("INF", "core"),
    "mx_addr": _mx_addr, "mx_p": lambda r: _LINE["mx_path"], "mx_tr": choice(("TCP", "TCP", "UDP", "UDP-multicast")), "mx_med": _mx_medias,
    "mx_cerr": choice(("EOF", "EOF", "EOF", "read tcp [::1]:8554->[::1]:50342: read: connection reset by peer", "terminated", "authentication error", "path 'cam1' is not configured")),
    "mx_serr": choice(("not in use", "not in use", "session timed out", "torn down by " + "10.0.4.17:51532", "EOF", "terminated")),
    "mx_pk": choice(("packets", "packets", "packet")), "mx_fr": choice(("frames", "frames", "frame")),
    "mx_req": lambda r: r.choice(("automatically", f"(requested by {_mx_addr(r)})", f"(requested by {_mx_addr(r)})")), "mx_od": choice(("", "", " on demand")),
    "mx_stop": choice(("EOF", "source timed out", "read tcp 192.168.1.64:554: i/o timeout", "dial tcp 192.168.1.61:554: connect: no route to host", "terminated", "not needed by anyone")),
    "mx_conf": choice(("/mediamtx.yml", "/etc/mediamtx/mediamtx.yml", "/usr/local/etc/mediamtx.yml", "mediamtx.yml")), "mx_ver": choice(("v1.9.3", "v1.11.2", "v1.12.0", "v1.13.1")),
    "mx_os": choice(("linux", "linux", "linux", "darwin")), "mx_arch": choice(("amd64", "amd64", "arm64", "arm7")),
})
# ---------------------------------------------------------------- dnscrypt-proxy (vendor/github.com/jedisct1/dlog/dlog.go: "[%d-%02d-%02d %02d:%02d:%02d] [%s] %s" to log file / stdout)
_DC_SRV = ("cloudflare", "google", "quad9-dnscrypt-ip4-filter-pri", "scaleway-fr", "adguard-dns", "mullvad-doh", "dnscry.pt-amsterdam-ipv4", "doh.tiar.app", "nextdns",
           "sth-dnscrypt-se", "dct-de", "controld-unfiltered", "quad9-doh-ip4-port443-filter-pri", "ams-dnscrypt-nl", "cs-de", "meganerd")
_DC_REL = ("anon-cs-fr", "anon-scaleway", "anon-cs-nl", "anon-meganerd", "anon-tiarap", "anon-sth-se", "anon-dnscry.pt-paris-ipv4")


def _dc_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"[2026-11-{day(r):02d} {clock(r)}] [{lvl}] "


SOURCES["dnscrypt-proxy"] = ("DNSCrypt/dnscrypt-proxy", "504c287c19d428bfbb862d7a09a7dfc4589f7cde",
                             "vendor/github.com/jedisct1/dlog/dlog.go (header), dnscrypt-proxy/dnscrypt_certs.go, dnscrypt-proxy/serversInfo.go, dnscrypt-proxy/sources.go, dnscrypt-proxy/proxy.go, dnscrypt-proxy/main.go, dnscrypt-proxy/plugin_block_name.go, dnscrypt-proxy/plugin_cloak.go, dnscrypt-proxy/config.go, dnscrypt-proxy/systemd_linux.go, dnscrypt-proxy/xtransport.go")
SYSTEMS["dnscrypt-proxy"] = (
    "{dc_n}[{dc_srv}] OK (DNSCrypt) - rtt: {dc_rtt}ms",
    "{dc_n}[{dc_srv}] OK (DoH) - rtt: {dc_rtt}ms",
    "{dc_n}Server with the lowest initial latency: {dc_srv} (rtt: {dc_rtt}ms), live servers: {dc_live}",
    "{dc_n}[{dc_srv}] TIMEOUT",
    "{dc_n}Source [{dc_src}] loaded",
    "{dc_i}[{dc_srv}] certificate will expire in {dc_days} days",
    "{dc_n}Anonymizing queries for [{dc_srv}] via [{dc_rel}]",
    "{dc_i}Source [{dc_src}] loading from URL [{dc_url}]",
    "{dc_n}Now listening to {dc_addr} [UDP]",
    "{dc_n}Now listening to {dc_addr} [TCP]",
    "{dc_w}[{dc_srv}] couldn't be reached anonymously",
    "{dc_i}Unable to resolve [{dc_host}] using resolver [{dc_res}] ({dc_proto}): {dc_err}",
    "{dc_n}dnscrypt-proxy {dc_ver}",
    "{dc_n}Loading the set of blocking rules from [{dc_file}]",
    "{dc_n}Loading the set of cloaking rules from [{dc_cfile}]",
    "{dc_n}Wiring systemd UDP socket #{small}, {dc_sock}, {dc_addr}",
)
SLOTS.update({
    "dc_n": _dc_head("NOTICE"), "dc_i": _dc_head("INFO"), "dc_w": _dc_head("WARNING"),
    "dc_srv": choice(_DC_SRV), "dc_rel": choice(_DC_REL), "dc_rtt": lambda r: str(int(r.lognormvariate(3.3, 0.6))), "dc_live": num(3, 180), "dc_days": num(1, 400),
    "dc_src": choice(("public-resolvers", "public-resolvers", "relays", "odoh-servers", "odoh-relays", "quad9-resolvers")),
    "dc_url": lambda r: r.choice(("https://raw.githubusercontent.com/DNSCrypt/dnscrypt-resolvers/master/v3/", "https://download.dnscrypt.info/resolvers-list/v3/", "https://ipv6.download.dnscrypt.info/resolvers-list/v3/")) + r.choice(("public-resolvers.md", "relays.md", "odoh-servers.md")),
    "dc_addr": choice(("127.0.0.1:53", "127.0.0.1:53", "[::1]:53", "0.0.0.0:53", "127.0.2.1:53", "127.0.0.1:5053", "192.168.1.2:53")),
    "dc_host": choice(("raw.githubusercontent.com", "download.dnscrypt.info", "dns.google", "cloudflare-dns.com", "doh.tiar.app", "dns.quad9.net")),
    "dc_res": choice(("9.9.9.11:53", "8.8.8.8:53", "1.1.1.1:53", "208.67.222.222:53")), "dc_proto": choice(("udp", "udp", "tcp")),
    "dc_err": choice(("i/o timeout", "read udp 10.0.0.2:41723->9.9.9.11:53: i/o timeout", "dial tcp 9.9.9.11:53: connect: network is unreachable", "no IP address found")),
    "dc_ver": choice(("2.1.5", "2.1.7", "2.1.8", "2.1.12")), "dc_file": choice(("blocked-names.txt", "/etc/dnscrypt-proxy/blocked-names.txt", "/var/lib/dnscrypt-proxy/blocklist.txt")),
    "dc_cfile": choice(("cloaking-rules.txt", "/etc/dnscrypt-proxy/cloaking-rules.txt")), "dc_sock": choice(("dnscrypt-proxy.socket", "dnscrypt-proxy.socket", "sockets")),
})
# ---------------------------------------------------------------- rustdesk-server hbbs/hbbr (flexi_logger opt_format: "[%Y-%m-%d %H:%M:%S%.6f %:z] LEVEL [file:line] msg", stdout captured by container/systemd)
def _rd_head(lvl: str, loc: str) -> Callable[[R], str]:
    return lambda r: f"[2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 999999):06d} {r.choice(('+00:00', '+00:00', '+01:00', '+08:00'))}] {lvl} [src/{loc}] "


def _rd_id(r: R) -> str:
    return str(r.randint(100_000_000, 1_999_999_999))


def _rd_addr(r: R) -> str:
    return f"{ip4(r)}:{r.randint(1024, 65535)}" if r.random() < 0.85 else f"[::ffff:{ip4(r)}]:{r.randint(1024, 65535)}"


def _rd_bytes(r: R, n: int) -> str:
    return 'b"' + "".join(r.choice((chr(r.randint(0x21, 0x7e)).replace("\\", "\\\\").replace('"', '\\"'), f"\\x{r.randint(128, 255):x}")) for _ in range(n)) + '"'


SOURCES["rustdesk-server"] = ("rustdesk/rustdesk-server", "538aef71d1265ecb91990434927c745faa766cd8",
                              "src/main.rs + src/hbbr.rs (flexi_logger opt_format), src/peer.rs, src/rendezvous_server.rs, src/relay_server.rs, src/common.rs")
SYSTEMS["rustdesk-server"] = (
    "{rd_pk}update_pk {rd_id} {rd_addr} {rd_uuid} {rd_key}",
    "{rd_ipc}IP change of {rd_id} from {rd_addr} to {rd_addr}",
    "{rd_tcp}Tcp connection from {rd_addr}, ws: {rd_ws}",
    "{rd_tcpc}Tcp connection from {rd_addr} closed",
    "{rd_new}New relay request {uuid} from {rd_addr}",
    "{rd_pair}Relayrequest {uuid} from {rd_addr} got paired",
    "{rd_rc}Relay of {rd_addr} closed",
    "{rd_rce}Relay of {rd_addr} closed: {rd_err}",
    "{rd_raw}Both are raw",
    "{rd_auth}Authentication failed from {rd_addr} for peer {rd_id} - invalid key",
    "{rd_rauth}Relay authentication failed from {rd_addr} - invalid key",
    "{rd_upd}pk updated instead of insert",
    "{rd_lis}Listening on tcp/udp {rd_lis_a}",
    "{rd_lisr}Listening on tcp :{rd_port}",
    "{rd_sk}Private key comes from {rd_skf}",
    "{rd_db}DB_URL={rd_dbu}",
)
SLOTS.update({
    "rd_pk": _rd_head("INFO", "peer.rs:102"), "rd_ipc": _rd_head("INFO", "rendezvous_server.rs:606"), "rd_tcp": _rd_head("DEBUG", "rendezvous_server.rs:1144"),
    "rd_tcpc": _rd_head("DEBUG", "rendezvous_server.rs:1209"), "rd_new": _rd_head("INFO", "relay_server.rs:471"), "rd_pair": _rd_head("INFO", "relay_server.rs:455"),
    "rd_rc": _rd_head("INFO", "relay_server.rs:467"), "rd_rce": _rd_head("INFO", "relay_server.rs:465"), "rd_raw": _rd_head("INFO", "relay_server.rs:461"),
    "rd_auth": _rd_head("WARN", "rendezvous_server.rs:692"), "rd_rauth": _rd_head("WARN", "relay_server.rs:449"), "rd_upd": _rd_head("INFO", "peer.rs:130"),
    "rd_lis": _rd_head("INFO", "rendezvous_server.rs:160"), "rd_lisr": _rd_head("INFO", "relay_server.rs:86"), "rd_sk": _rd_head("INFO", "common.rs:175"), "rd_db": _rd_head("INFO", "peer.rs:84"),
    "rd_id": _rd_id, "rd_addr": _rd_addr, "rd_uuid": lambda r: _rd_bytes(r, 16), "rd_key": lambda r: _rd_bytes(r, 32), "rd_ws": choice(("false", "false", "false", "true")),
    "rd_err": choice(("Connection reset by peer (os error 104)", "early eof", "Timeout", "Broken pipe (os error 32)", "deadline has elapsed")),
    "rd_lis_a": choice(("0.0.0.0:21116", "[::]:21116")), "rd_port": choice(("21117",)), "rd_skf": choice(("id_ed25519", "./id_ed25519", "/root/id_ed25519", "/data/id_ed25519")),
    "rd_dbu": choice(("./db_v2.sqlite3", "/data/db_v2.sqlite3", "/root/db_v2.sqlite3")),
})
# ---------------------------------------------------------------- scrapy (settings/default_settings.py LOG_FORMAT "%(asctime)s [%(name)s] %(levelname)s: %(message)s", LOG_DATEFORMAT "%Y-%m-%d %H:%M:%S")
_SC_SITES = ("https://books.toscrape.com", "https://quotes.toscrape.com", "https://www.example-shop.de", "https://news.example.org", "https://catalog.acme-parts.com", "https://jobs.example.net", "https://www.immobilien-example.at")


def _sc_head(name: str, lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)} [{name}] {lvl}: "


def _sc_url(r: R) -> str:
    site = r.choice(_SC_SITES)
    return site + r.choice((f"/catalogue/page-{r.randint(1, 50)}.html", f"/product/{r.randint(1000, 99999)}", f"/tag/{r.choice(('love', 'life', 'humor', 'books'))}/page/{r.randint(1, 9)}/",
                            f"/search?q={r.choice(('laptop', 'dress', 'bike', 'sofa'))}&page={r.randint(1, 30)}", f"/2026/11/{day(r):02d}/{r.choice(('markets', 'sport', 'tech'))}-{r.randint(100, 999)}.html", "/robots.txt", "/"))


def _sc_req(r: R) -> str:
    return f"<{r.choice(('GET', 'GET', 'GET', 'POST'))} {_sc_url(r)}>"


def _sc_item(r: R) -> str:
    return r.choice((f"{{'title': 'A Light in the Attic', 'price': '£{r.uniform(5, 60):.2f}', 'availability': 'In stock ({r.randint(1, 22)} available)'}}",
                     f"{{'text': '“The world as we have created it is a process of our thinking.”', 'author': 'Albert Einstein', 'tags': ['change', 'thinking']}}",
                     f"{{'sku': '{hexs(r, 8).upper()}', 'name': 'Brake pad set', 'price': {r.uniform(9, 300):.2f}, 'in_stock': {r.choice(('True', 'False'))}}}",
                     f"{{'url': '{_sc_url(r)}', 'headline': 'Council approves new budget', 'published': '2026-11-{day(r):02d}'}}"))


SOURCES["scrapy"] = ("scrapy/scrapy", "11079cb1c85b9e75a39a7269943c69d1a975d485",
                     "scrapy/settings/default_settings.py (LOG_FORMAT), scrapy/logformatter.py, scrapy/extensions/logstats.py, scrapy/downloadermiddlewares/retry.py, scrapy/downloadermiddlewares/redirect.py, scrapy/downloadermiddlewares/offsite.py, scrapy/spidermiddlewares/httperror.py, scrapy/dupefilters.py, scrapy/core/engine.py, scrapy/extensions/telnet.py")
SYSTEMS["scrapy"] = (
    "{sc_eng}Crawled ({sc_st}) {sc_req}{sc_rqf} (referer: {sc_ref}){sc_rsf}",
    "{sc_scr}Scraped from <{sc_st} {sc_url}> {sc_item}",
    "{sc_ls}Crawled {n} pages (at {sc_rate} pages/min), scraped {n} items (at {sc_rate} items/min)",
    "{sc_rt}Retrying {sc_req} (failed {sc_k} times): {sc_why}",
    "{sc_rd}Redirecting ({sc_rdw}) to {sc_req} from {sc_req}",
    "{sc_off}Filtered offsite request to '{sc_dom}': {sc_req}",
    "{sc_he}Ignoring response <{sc_bad} {sc_url}>: HTTP status code is not handled or not allowed",
    "{sc_rte}Gave up retrying {sc_req} (failed {sc_k} times): {sc_why}",
    "{sc_dup}Filtered duplicate request: {sc_req} - no more duplicates will be shown (see DUPEFILTER_DEBUG to show all duplicates)",
    "{sc_err}Error downloading {sc_req}: {sc_derr}",
    "{sc_engi}Spider opened",
    "{sc_engi}Closing spider ({sc_reason})",
    "{sc_engi}Spider closed ({sc_reason})",
    "{sc_tel}Telnet console listening on 127.0.0.1:{sc_tport}",
    "{sc_tel}Telnet Password: {sc_pw}",
)
SLOTS.update({
    "sc_eng": _sc_head("scrapy.core.engine", "DEBUG"), "sc_engi": _sc_head("scrapy.core.engine", "INFO"), "sc_scr": _sc_head("scrapy.core.scraper", "DEBUG"),
    "sc_ls": _sc_head("scrapy.extensions.logstats", "INFO"), "sc_rt": _sc_head("scrapy.downloadermiddlewares.retry", "DEBUG"), "sc_rte": _sc_head("scrapy.downloadermiddlewares.retry", "ERROR"),
    "sc_rd": _sc_head("scrapy.downloadermiddlewares.redirect", "DEBUG"), "sc_off": _sc_head("scrapy.downloadermiddlewares.offsite", "DEBUG"),
    "sc_he": _sc_head("scrapy.spidermiddlewares.httperror", "INFO"), "sc_dup": _sc_head("scrapy.dupefilters", "DEBUG"), "sc_err": _sc_head("scrapy.core.scraper", "ERROR"),
    "sc_tel": _sc_head("scrapy.extensions.telnet", "INFO"),
    "sc_st": choice(("200", "200", "200", "200", "404", "301")), "sc_req": _sc_req, "sc_url": _sc_url, "sc_rqf": choice(("", "", "", " ['cached']")),
    "sc_ref": lambda r: r.choice(("None", _sc_url(r), _sc_url(r))), "sc_rsf": choice(("", "", "", " ['cached']", " ['download_slot']")), "sc_item": _sc_item,
    "sc_rate": num(0, 240), "sc_k": choice(("1", "2", "2", "3")),
    "sc_why": choice(("500 Internal Server Error", "503 Service Unavailable", "429 Unknown Status", "TCP connection timed out: 110: Connection timed out.", "[<twisted.python.failure.Failure twisted.internet.error.ConnectionLost: Connection to the other side was lost in a non-clean fashion: Connection lost.>]", "User timeout caused connection failure: Getting https://news.example.org/ took longer than 180.0 seconds..")),
    "sc_rdw": choice(("301", "302", "meta refresh", "307")), "sc_dom": choice(("www.facebook.com", "twitter.com", "cdn.example-shop.de", "www.goodreads.com", "accounts.google.com")),
    "sc_bad": choice(("404", "403", "410", "500")),
    "sc_derr": choice(("DNS lookup failed: no results for hostname lookup: catalog.acme-parts.com.", "[<twisted.python.failure.Failure OpenSSL.SSL.Error: [('SSL routines', '', 'unexpected eof while reading')]>]", "Connection was refused by other side: 111: Connection refused.")),
    "sc_reason": choice(("finished", "finished", "finished", "shutdown", "closespider_timeout", "closespider_itemcount")), "sc_tport": choice(("6023", "6024", "6025")),
    "sc_pw": lambda r: hexs(r, 16),
})
# ---------------------------------------------------------------- resque worker (lib/resque/log_formatters/very_verbose_formatter.rb, VVERBOSE=1: "** [%H:%M:%S %Y-%m-%d] pid: msg")
_RS_Q = ("default", "mailers", "critical", "low", "imports", "reports", "webhooks", "thumbnails")
_RS_CLS = ("ArchiveJob", "SendWelcomeEmail", "ImageResizer", "GenerateInvoicePdf", "SyncCrmContacts", "Webhooks::Deliver", "Reports::DailyDigest", "PurgeExpiredSessions")


def _rs_head(r: R) -> str:
    return f"** [{clock(r)} 2026-11-{day(r):02d}] {r.choice((14211, 14218, 15502, 20417, 20433, 31090, 887))}: "


def _rs_job(r: R) -> str:
    args = r.choice((f"[{r.randint(1, 999999)}]", f"[{r.randint(1, 99999)}, \"{r.choice(('pdf', 'html', 'csv'))}\"]", f"[{{\"user_id\"=>{r.randint(1, 99999)}}}]", "[]", f"[\"{uuid4(r)}\"]"))
    return f"(Job{{{r.choice(_RS_Q)}}} | {r.choice(_RS_CLS)} | {args})"


def _rs_worker(r: R) -> str:
    return f"{r.choice(('worker-1', 'worker-2', 'app-03.prod.example.com', 'resque-7f9c6d8b5-x2k4q', 'jobs01'))}:{r.randint(300, 65000)}:{','.join(r.sample(_RS_Q, r.randint(1, 3)))}"


SOURCES["resque"] = ("resque/resque", "9fc870e7f99e084ba167447e018511c366b91c61",
                     "lib/resque/log_formatters/very_verbose_formatter.rb (header), lib/resque/worker.rb (log_with_severity), lib/resque/job.rb (Job#inspect)")
SYSTEMS["resque"] = (
    "{rs}Checking {rs_q}",
    "{rs}Sleeping for {rs_int} seconds",
    "{rs}Found job on {rs_q}",
    "{rs}got: {rs_job}",
    "{rs}done: {rs_job}",
    "{rs}{rs_job} failed: {rs_exc}",
    "{rs}Killing child at {pid}",
    "{rs}Registered signals",
    "{rs}Pruning dead worker: {rs_w}",
    "{rs}Error reserving job: {rs_rexc}",
    "{rs}Sending TERM signal to child {pid}",
    "{rs}Waiting {rs_wait}s for child process to exit",
    "{rs}Child {pid} already quit.",
    "{rs}Exiting...",
    "{rs}Error reconnecting to Redis; retrying",
    "{rs}Failed to start worker : {rs_rexc}",
)
SLOTS.update({
    "rs": _rs_head, "rs_q": choice(_RS_Q), "rs_int": choice(("5.0", "5.0", "5", "1.0", "0.1", "2")), "rs_job": _rs_job, "rs_w": _rs_worker, "rs_wait": choice(("0.0", "5.0", "10.0", "30.0")),
    "rs_exc": choice(("#<Resque::DirtyExit: Child process received unhandled signal pid 14233 SIGKILL>", "#<Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>>", "#<ActiveRecord::RecordNotFound: Couldn't find User with 'id'=4711>", "#<Resque::TermException: SIGTERM>", "#<NoMethodError: undefined method `email' for nil:NilClass>")),
    "rs_rexc": choice(("#<Redis::CannotConnectError: Error connecting to Redis on 10.0.2.15:6379 (Errno::ECONNREFUSED)>", "#<Redis::TimeoutError: Connection timed out>", "#<Redis::ConnectionError: Connection lost (ECONNRESET)>")),
})
# ---------------------------------------------------------------- moonraker (moonraker/loghelper.py file formatter "%(asctime)s [%(filename)s:%(funcName)s()] - %(message)s", moonraker.log)
_MR_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Mozilla/5.0 (X11; Linux aarch64; rv:128.0) Gecko/20100101 Firefox/128.0",
          "KlipperScreen/v0.4.4", "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1", "Python/3.11 websockets/12.0", "Mobileraker/2.8.4")


def _mr_head(loc: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)},{ms3(r)} [{loc}()] - "


def _mr_lan(r: R) -> str:
    return r.choice((f"192.168.{r.choice((0, 1, 1, 178))}.{r.randint(2, 254)}", "127.0.0.1", f"10.0.{r.randint(0, 9)}.{r.randint(2, 254)}"))


def _mr_req(r: R) -> str:
    path = r.choice(("/printer/objects/query?webhooks", "/server/files/list?root=gcodes", "/server/files/gcodes/" + r.choice(("benchy.gcode", "calibration_cube.gcode", "voron_cube_v7.gcode", "bracket_PETG_2h13m.gcode")),
                     "/machine/update/status?refresh=false", "/server/history/list?limit=50", "/printer/print/start", "/server/files/upload", "/access/oneshot_token", "/server/database/item?namespace=mainsail"))
    return f"{r.choice(('GET', 'GET', 'GET', 'POST'))} {path} ({_mr_lan(r)})"


SOURCES["moonraker"] = ("Arksine/moonraker", "d5ee17128bb88434aacdab90c2e9e990e2b64e4a",
                        "moonraker/loghelper.py (file formatter), moonraker/components/websockets.py, moonraker/components/application.py, moonraker/components/klippy_connection.py, moonraker/server.py")
SYSTEMS["moonraker"] = (
    "{mr_req}{mr_st} {mr_rq} [{mr_user}] {mr_ms}ms",
    "{mr_wo}Websocket Opened: ID: {mr_uid}, Proxied: {mr_px}, User Agent: {mr_ua}, Host Name: {mr_hn}",
    "{mr_wc}Websocket Closed: ID: {mr_uid} Close Code: {mr_cc}, Close Reason: {mr_cr}, Pong Time Elapsed: {mr_pong}",
    "{mr_up}Upload Request Received from {mr_ip} Content-Type: {mr_ct}",
    "{mr_proc}Processing Uploaded File: {mr_file}",
    "{mr_kc}Klippy Connection Established",
    "{mr_rdy}Klippy ready",
    "{mr_ws}Webhooks Subscribed",
    "{mr_gc}GCode Output Subscribed",
    "{mr_kr}Klippy Connection Removed",
    "{mr_sh}Klippy has shutdown",
    "{mr_perm}Cannot connect to Klippy, Linux user '{mr_lu}' lacks permission to open Unix Domain Socket: {mr_uds}",
    "{mr_cl}Component ({mr_comp}) loaded",
    "{mr_pi}Performing Component Post Init: [{mr_comp}]",
    "{mr_start}Starting Moonraker on ({mr_host}, {mr_port}), Hostname: {mr_hname}",
    "{mr_term}Exiting with signal SIGTERM",
)
SLOTS.update({
    "mr_req": _mr_head("application.py:log_request"), "mr_wo": _mr_head("websockets.py:open"), "mr_wc": _mr_head("websockets.py:on_close"), "mr_up": _mr_head("application.py:prepare"),
    "mr_proc": _mr_head("application.py:post"), "mr_kc": _mr_head("klippy_connection.py:_do_connect"), "mr_rdy": _mr_head("klippy_connection.py:_check_ready"),
    "mr_ws": _mr_head("klippy_connection.py:_request_initial_subscriptions"), "mr_gc": _mr_head("klippy_connection.py:_request_initial_subscriptions"),
    "mr_kr": _mr_head("klippy_connection.py:_on_connection_closed"), "mr_sh": _mr_head("klippy_connection.py:_process_status_update"), "mr_perm": _mr_head("klippy_connection.py:_do_connect"),
    "mr_cl": _mr_head("server.py:load_component"), "mr_pi": _mr_head("server.py:_initialize_component"), "mr_start": _mr_head("server.py:start_server"), "mr_term": _mr_head("server.py:_handle_term_signal"),
    "mr_st": choice(("200", "200", "200", "404", "304", "401", "400", "500")), "mr_rq": _mr_req, "mr_user": choice(("No User", "No User", "_TRUSTED_USER_", "_API_KEY_USER_", "admin")),
    "mr_ms": lambda r: f"{r.lognormvariate(1.5, 1.2):.2f}", "mr_uid": lambda r: str(r.randint(130_000_000_000, 281_000_000_000_000)), "mr_px": choice(("True", "True", "False")),
    "mr_ua": choice(_MR_UA), "mr_hn": lambda r: r.choice(("voron24.local", "mainsailos.local", "ender3", "192.168.1.37", "fluiddpi.local", "k1max-7c4b")),
    "mr_cc": choice(("1001", "1000", "None", "1006")), "mr_cr": choice(("None", "None", "")), "mr_pong": lambda r: f"{r.uniform(0.1, 60):.2f}", "mr_ip": _mr_lan,
    "mr_ct": lambda r: r.choice((f"multipart/form-data; boundary=----WebKitFormBoundary{b62(r, 16)}", f"multipart/form-data; boundary=----geckoformboundary{hexs(r, 32)}", f"multipart/form-data; boundary={hexs(r, 32)}")),
    "mr_file": choice(("benchy.gcode", "calibration_cube.gcode", "voron_cube_v7.gcode", "bracket_PETG_2h13m.gcode", "printer.cfg", "moonraker.conf", "tool_changer_macros.cfg")),
    "mr_lu": choice(("pi", "biqu", "mks", "klipper")), "mr_uds": choice(("/home/pi/printer_data/comms/klippy.sock", "/tmp/klippy_uds", "/home/biqu/printer_data/comms/klippy.sock")),
    "mr_comp": choice(("file_manager", "klippy_apis", "machine", "data_store", "proc_stats", "job_state", "job_queue", "http_client", "announcements", "webcam", "extensions", "update_manager", "history", "authorization", "octoprint_compat", "power")),
    "mr_host": choice(("0.0.0.0", "0.0.0.0", "::", "127.0.0.1")), "mr_port": choice(("7125", "7125", "7126")), "mr_hname": choice(("voron24", "mainsailos", "ender3-pi", "fluiddpi", "trident", "k1max-7c4b")),
})
# ---------------------------------------------------------------- inspircd (src/logging.cpp FileMethod: Time::ToString DEFAULT_SHORT "%a %d %b %Y %H:%M:%S" + " TYPE: msg"; snomask notices logged with their description as type, src/snomasks.cpp)
_IR_NICKS = ("Guest4821", "alice", "bob_", "kitteh", "zeroCool", "n00b42", "Mara", "sven|away", "jlp", "ChanServ", "oper_ines", "quasar", "Hiro`", "lurker")
_IR_SRV = ("irc.example.net", "hub.example.net", "leaf1.eu.example.net", "leaf2.us.example.net", "services.example.net")
_IR_DOW = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")


def _ir_time(r: R, future: bool = False) -> str:
    d = day(r)
    return f"{_IR_DOW[(d - 1) % 7]} {d:02d} Nov 2026 {clock(r)}"


def _ir_head(typ: str) -> Callable[[R], str]:
    return lambda r: f"{_ir_time(r)} {typ}: "


def _ir_host(r: R) -> str:
    return r.choice((f"{hexs(r, 8)}.{hexs(r, 8)}.{hexs(r, 8)}.IP", f"user/{r.choice(_IR_NICKS).strip('_|`')}", f"{r.choice(('cpe-', 'dsl-', 'c-'))}{r.randint(1, 254)}-{r.randint(1, 254)}.{r.choice(('example-isp.net', 'cable.example.com', 'dyn.example.de'))}", ip4(r)))


def _ir_mask(r: R) -> str:
    return f"{r.choice(_IR_NICKS)}!{r.choice(('~', '', '~'))}{r.choice(USERS)}@{_ir_host(r)}"


SOURCES["inspircd"] = ("inspircd/inspircd", "8b938ea764e52b6d0c7e4f7e6986f28353d1d08c",
                       "src/logging.cpp (FileMethod), include/timeutils.h, src/snomasks.cpp, src/users.cpp, src/usermanager.cpp, src/modules/m_spanningtree/uid.cpp, src/modules/m_spanningtree/main.cpp, src/coremods/core_xline/cmd_gline.cpp, src/coremods/core_xline/cmd_zline.cpp, src/coremods/core_oper/core_oper.cpp, src/coremods/core_oper/cmd_oper.cpp, src/coremods/core_oper/cmd_kill.cpp, src/coremods/core_oper/cmd_rehash.cpp, src/coremods/core_stats.cpp, src/coremods/core_user/core_user.cpp, src/modules/m_gateway.cpp")
SYSTEMS["inspircd"] = (
    "{ir_c}Client connecting on port {ir_port} (class {ir_cls}): {ir_mask} ({ip}) [{ir_real}\x0f]",
    "{ir_q}Client exiting: {ir_mask} ({ip}) [{ir_quit}]",
    "{ir_rc}Client connecting at {ir_srv}: {ir_mask} ({ip}) [{ir_real}\x0f]",
    "{ir_rq}Client exiting on server {ir_srv}: {ir_mask} ({ip}) [{ir_quit}]",
    "{ir_gw}Connecting user {ir_nick} is using the {ir_gwn} WebIRC gateway; changing their IP from {ip} to {ip}.",
    "{ir_t}Stats '{ir_sc}' requested by {ir_nick} ({ir_uh})",
    "{ir_x}{ir_nick} added a timed G-line on {ir_xm}, expires in {ir_dur} (on {ir_when}): {ir_why}",
    "{ir_x}{ir_nick} added a permanent Z-line on {ip}: {ir_why}",
    "{ir_x}{ir_nick} removed G-line on {ir_xm}: {ir_why}",
    "{ir_k}Local kill by {ir_nick}: {ir_mask} ({ir_why})",
    "{ir_o}{ir_nick} ({ir_uh}) [{ip}] is now a server operator of type \x02{ir_otype}\x02 ({ir_auto}using account \x02{ir_oacct}\x02).",
    "{ir_o}{ir_nick} ({ir_uh}) [{ip}] failed to log into the \x02{ir_oacct}\x02 oper account because they specified the wrong password.",
    "{ir_a}WARNING: maximum local connections for the {ir_cls} class ({ir_max}) exceeded by {ip}",
    "{ir_r}{ir_nick} is rehashing {ir_conf} on {ir_srv}",
    "{ir_r}*** Successfully rehashed server.",
    "{ir_a}User {ir_nick} SendQ exceeds connect class maximum of {ir_sq}",
)
SLOTS.update({
    "ir_c": _ir_head("CONNECT"), "ir_q": _ir_head("QUIT"), "ir_rc": _ir_head("REMOTECONNECT"), "ir_rq": _ir_head("REMOTEQUIT"), "ir_gw": _ir_head("GATEWAY"), "ir_t": _ir_head("STATS"),
    "ir_x": _ir_head("XLINE"), "ir_k": _ir_head("KILL"), "ir_o": _ir_head("OPER"), "ir_a": _ir_head("ANNOUNCEMENT"), "ir_r": _ir_head("REHASH"),
    "ir_port": choice(("6697", "6697", "6667", "6697", "7000", "6900")), "ir_cls": choice(("main", "main", "main", "tor", "webirc", "opers", "ircv3")), "ir_mask": _ir_mask,
    "ir_real": choice(("Alice", "realname", "https://kiwiirc.com/", "The Lounge User", "Hiro Tanaka", "weechat", "...", "irssi user")),
    "ir_quit": choice(("Quit: Leaving", "Ping timeout: 240 seconds", "Connection closed", "Quit: WeeChat 4.4.2", "Read error: Connection reset by peer", "Client exited", "Registration timeout", "Excess Flood", "Quit: The Lounge - https://thelounge.chat")),
    "ir_srv": choice(_IR_SRV), "ir_nick": choice(_IR_NICKS), "ir_gwn": choice(("KiwiIRC", "TheLounge", "webchat", "gamja")), "ir_sc": choice(("u", "o", "P", "c", "m", "k", "g")),
    "ir_uh": lambda r: f"{r.choice(('~', ''))}{r.choice(USERS)}@{_ir_host(r)}", "ir_xm": lambda r: f"*@{r.choice((ip4(r), f'{ip4(r).rsplit(chr(46), 1)[0]}.*', '*.example-isp.net'))}",
    "ir_dur": choice(("1 day", "1 hour", "7 days", "1 week", "30 minutes", "3 days, 12 hours")), "ir_when": _ir_time,
    "ir_why": choice(("Spamming", "Drone/botnet activity", "Ban evasion", "Flooding", "Compromised host", "Please contact kline@example.net", "Abuse")),
    "ir_otype": choice(("NetAdmin", "GlobalOp", "Helper", "ServerAdmin")), "ir_auto": choice(("", "", "automatically ")), "ir_oacct": choice(("ines", "root", "admin", "quasar", "mara")),
    "ir_max": choice(("3", "5", "10")), "ir_conf": choice(("/etc/inspircd/inspircd.conf", "inspircd.conf", "/home/irc/inspircd/run/conf/inspircd.conf")), "ir_sq": choice(("1048576", "262144", "8388608")),
})
# ---------------------------------------------------------------- activemq classic (assembly/src/release/conf/log4j2.properties logfile: "%d | %-5p | %m | %c | %t%n", data/activemq.log; logger and thread come AFTER the message)
_AM_BROKERS = ("localhost", "broker-a", "broker-b", "amq-prod-01", "amq-prod-02", "edge-broker-7")


def _am_pre(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)},{ms3(r)} | {lvl:<5} | "


def _am_post(cls: str, threads: tuple[str, ...]) -> Callable[[R], str]:
    def post(r: R) -> str:
        t = r.choice(threads)
        if "{" in t:
            t = t.format(ip=ip4(r), port=r.randint(30000, 65000), n=r.randint(1, 40))
        return f" | org.apache.activemq.{cls} | {t}"
    return post


_AM_TT = ("ActiveMQ Transport: tcp:///{ip}:{port}@61616", "ActiveMQ InactivityMonitor Worker", "ActiveMQ Transport: ssl:///{ip}:{port}@61617", "ActiveMQ NIO Worker {n}")


def _am_id(r: R) -> str:
    return f"ID:{r.choice(_AM_BROKERS)}-{r.randint(30000, 45999)}-{r.randint(1_700_000_000_000, 1_764_200_000_000)}-0:1"


def _am_ver(r: R) -> str:
    return r.choice(("5.18.6", "5.18.3", "6.1.4", "6.1.2"))


def _am_b3(r: R) -> str:
    return f"{_am_ver(r)} ({r.choice(_AM_BROKERS)}, {_am_id(r)})"


def _am_uri(r: R) -> str:
    return r.choice((f"tcp://{ip4(r)}:61616", f"tcp://{r.choice(_AM_BROKERS)}.mq.example.com:61616", f"ssl://{ip4(r)}:61617", f"vm://{r.choice(_AM_BROKERS)}"))


SOURCES["activemq"] = ("apache/activemq", "c3580e79d292c213f34f4f503600f85ce1d08490",
                       "assembly/src/release/conf/log4j2.properties (logfile pattern), activemq-broker/.../broker/TransportConnection.java, broker/TransportConnector.java, broker/BrokerService.java, broker/region/Queue.java, broker/jmx/ManagementContext.java, network/DemandForwardingBridgeSupport.java, network/DiscoveryNetworkConnector.java, activemq-kahadb-store/.../kahadb/MessageDatabase.java, kahadb/KahaDBStore.java")
SYSTEMS["activemq"] = (
    "{am_w}{am_tc} failed: {am_err}{am_tcp}",
    "{am_w}Usage Manager Memory Limit ({am_lim}) reached on {am_dest}, size {n}. Producers will be throttled to the rate at which messages are removed from this destination to prevent flooding it. See http://activemq.apache.org/producer-flow-control.html for more info.{am_qp}",
    "{am_i}Establishing network connection from {am_local} to {am_uri}{am_dnp}",
    "{am_i}Network connection between {am_vm} and {am_uri} ({am_bro}) has been established.{am_dfp}",
    "{am_w}Network connection between {am_vm} and {am_uri} shutdown due to a remote error: {am_rerr}{am_dfp}",
    "{am_i}Connector {am_conn} started{am_tcn}",
    "{am_i}Slow KahaDB access: Journal read took: {n} ms{am_mdp}",
    "{am_i}Connector {am_conn} stopped{am_tcn}",
    "{am_i}Apache ActiveMQ {am_b3} is starting{am_bsp}",
    "{am_i}Apache ActiveMQ {am_b3} started{am_bsp}",
    "{am_i}For help or more information please see: http://activemq.apache.org{am_bsp}",
    "{am_i}Using Persistence Adapter: {am_kdir}{am_bsp}",
    "{am_i}KahaDB is version {am_kv}{am_mdp}",
    "{am_i}Recovering from the journal @{small}:{n}{am_mdp}",
    "{am_i}Recovery replayed {n} operations from the journal in {am_sec} seconds.{am_mdp}",
    "{am_i}Apache ActiveMQ {am_b3} is shutting down{am_bsp}",
    "{am_i}JMX consoles can connect to {am_jmxu}{am_jmx}",
)
SLOTS.update({
    "am_i": _am_pre("INFO"), "am_w": _am_pre("WARN"),
    "am_tcp": _am_post("broker.TransportConnection.Transport", _AM_TT), "am_qp": _am_post("broker.region.Queue", _AM_TT),
    "am_dnp": _am_post("network.DiscoveryNetworkConnector", ("Simple Discovery Agent", "main", "ActiveMQ Task-{n}")), "am_dfp": _am_post("network.DemandForwardingBridgeSupport", ("triggerStartAsyncNetworkBridgeCreation: remoteBroker=tcp://{ip}:61616, localBroker= vm://localhost#{n}", "ActiveMQ BrokerService[localhost] Task-{n}")),
    "am_tcn": _am_post("broker.TransportConnector", ("main", "JMX connector", "ActiveMQ ShutdownHook")), "am_mdp": _am_post("store.kahadb.MessageDatabase", ("main", "ActiveMQ Journal Checkpoint Worker", "ActiveMQ Transport: tcp:///{ip}:{port}@61616")),
    "am_bsp": _am_post("broker.BrokerService", ("main", "main", "ActiveMQ ShutdownHook")), "am_jmx": _am_post("broker.jmx.ManagementContext", ("JMX connector",)),
    "am_tc": lambda r: f"Transport Connection to: tcp://{ip4(r)}:{r.randint(30000, 65000)}",
    "am_err": choice(("java.io.EOFException", "java.io.EOFException", "Connection reset", "Channel was inactive (no connection attempt made) for too (>30000) long: tcp://10.2.3.4:53210", "javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake", "Frame size of 257 MB larger than max allowed 100 MB")),
    "am_lim": choice(("mb: 1024", "mb: 512", "mb: 64")), "am_dest": lambda r: r.choice(("queue://", "topic://")) + r.choice(("orders.in", "ORDERS.DLQ", "events.audit", "billing.invoices", "ActiveMQ.DLQ", "telemetry.raw")),
    "am_local": choice(("vm://localhost", "vm://broker-a", "vm://amq-prod-01")), "am_uri": _am_uri, "am_vm": lambda r: f"vm://{r.choice(_AM_BROKERS)}#{r.randint(0, 40) * 2}", "am_bro": choice(_AM_BROKERS),
    "am_rerr": choice(("java.io.EOFException", "java.net.SocketException: Connection reset", "java.io.IOException: Unexpected error occurred: java.net.ConnectException: Connection refused", "org.apache.activemq.transport.InactivityIOException: Channel was inactive for too (>30000) long")),
    "am_jmxu": choice(("service:jmx:rmi:///jndi/rmi://localhost:1099/jmxrmi", "service:jmx:rmi:///jndi/rmi://0.0.0.0:1099/jmxrmi", "service:jmx:rmi:///jndi/rmi://localhost:11099/jmxrmi")),
    "am_conn": choice(("openwire", "amqp", "stomp", "mqtt", "ws", "openwire+ssl")), "am_b3": _am_b3,
    "am_kdir": lambda r: "KahaDBPersistenceAdapter[" + r.choice(("/opt/activemq/data/kahadb", "/var/lib/activemq/data/kahadb", "/data/amq/kahadb")) + "]", "am_kv": choice(("7", "7", "6")), "am_sec": lambda r: f"{r.uniform(0.01, 90):.3f}".rstrip("0"),
})
# ---------------------------------------------------------------- snmpd (net-snmp snmp_log -> syslog "snmpd[pid]: msg" when run as daemon with -Ls; collected syslog file)
_SN_HOSTS = ("fw-edge-01", "core-sw2", "nas", "db-primary", "web01", "web02", "pve3", "mon01", "ups-ctl.dc1.example.com", "rtr-branch-14", "k8s-worker-5", "esxi-mgmt")
_SN_SYS = _syslog("snmpd", _SN_HOSTS, (612, 734, 1021, 1188, 2045, 3310, 911))


def _sn_udp(r: R) -> str:
    return f"UDP: [{ip4(r)}]:{r.randint(1024, 65535)}->[{ip4(r)}]:161"


SOURCES["snmpd"] = ("net-snmp/net-snmp", "f9374e9bf0a7e0cc9514edf38ea49a9fa77aab4a",
                    "agent/snmp_agent.c, agent/snmpd.c, agent/mibgroup/hardware/fsys/fsys_mntent.c, agent/mibgroup/ip-mib/data_access/ipaddress_ioctl.c, agent/mibgroup/agentx/master.c, agent/mibgroup/agentx/agentx_config.c, agent/mibgroup/mibII/interfaces.c, snmplib/read_config.c (config_vlog prefix), snmplib/parse.c (print_error), snmplib/container.c")
SYSTEMS["snmpd"] = (
    "{sn}Connection from {sn_udp}",
    "{sn}Received SNMP packet(s) from {sn_udp}",
    "{sn}Cannot statfs {sn_fs}: {sn_perr}",
    "{sn}Connection from {sn_udp} REFUSED",
    "{sn}Duplicate IPv4 address detected, some interfaces may not be visible in IP-MIB",
    "{sn}NET-SNMP version {sn_ver}",
    "{sn}{sn_cfg}: line {sn_line}: Warning: Unknown token: {sn_tok}.",
    "{sn}Cannot find module ({sn_mod}): At line {sn_ml} in {sn_mibf}",
    "{sn}Received TERM or STOP signal...  shutting down...",
    "{sn}error on subcontainer '{sn_sub}' remove ({sn_rc})",
    "{sn}Reconfiguring daemon",
    "{sn}NET-SNMP version {sn_ver} restarted",
    "{sn}Turning on AgentX master support.",
    "{sn}AgentX master listening on {sn_ax}",
    "{sn}cannot open /proc/net/dev.",
    "{sn}Error opening specified endpoint \"{sn_ep}\"",
)
SLOTS.update({
    "sn": _SN_SYS, "sn_udp": _sn_udp,
    "sn_fs": choice(("/run/user/1000/gvfs", "/run/user/1000/doc", "/mnt/backup", "/var/lib/docker/overlay2/3f1c9e0b7a/merged", "/run/docker/netns/8d2c1a", "/media/usb0", "/sys/kernel/debug/tracing")),
    "sn_perr": choice(("Permission denied", "Permission denied", "Transport endpoint is not connected", "No such file or directory", "Stale file handle")),
    "sn_ver": choice(("5.9.4.pre2", "5.9.3", "5.9.1", "5.9.4", "5.9")), "sn_cfg": choice(("/etc/snmp/snmpd.conf", "/etc/snmp/snmpd.conf", "/var/lib/snmp/snmpd.conf", "/etc/snmp/snmpd.local.conf")),
    "sn_line": num(3, 220), "sn_tok": choice(("rwcommunity6", "master", "dontLogTCPWrappersConnects", "extend-sh", "includeAllDisks", "ignoredisk", "agentAddress6")),
    "sn_mod": choice(("IP-MIB", "IF-MIB", "TCP-MIB", "UDP-MIB", "HOST-RESOURCES-MIB", "SNMPv2-MIB", "UCD-SNMP-MIB", "SYNOLOGY-SYSTEM-MIB", "CISCO-SMI")), "sn_ml": choice(("0", "0", "1", "12", "23")),
    "sn_mibf": choice(("(none)", "(none)", "/usr/share/snmp/mibs/UCD-DISKIO-MIB.txt", "/usr/share/snmp/mibs/LM-SENSORS-MIB.txt")),
    "sn_sub": choice(("ia_addr", "ia_index", "ifTable", "arp_container", "route_container")), "sn_rc": choice(("-1", "-1", "-2")),
    "sn_ax": choice(("/var/agentx/master", "/var/agentx/master", "/run/snmpd/agentx", "abstract")), "sn_ep": choice(("udp:161", "udp6:[::1]:161", "tcp:161", "udp:10.0.0.1:161")),
})
# ---------------------------------------------------------------- dmeventd (lvm2 device-mapper event daemon; plugin log_* messages -> syslog "dmeventd[pid]: msg"; collected syslog file)
_DM_HOSTS = ("pve1", "pve2", "kvm-host-03", "storage01", "db-primary", "nas", "backup01", "ceph-mon-2", "node101", "virt-07.lab.example.org")
_DM_SYS = _syslog("dmeventd", _DM_HOSTS, (712, 819, 1033, 1290, 2218, 601))


def _dm_lv(r: R, kind: str) -> str:
    vg = r.choice(("vg0", "pve", "vg_data", "ubuntu-vg", "rhel", "vgstore", "vg_nvme"))
    lv = {"thin": r.choice(("thinpool-tpool", "data-tpool", "pool00-tpool", "tp_vms-tpool")),
          "raid": r.choice(("lv_raid1", "lv_mirror", "home", "var_lib_mysql", "raid5_lv", "lv_backup")),
          "snap": r.choice(("root_snap", f"snap-{r.randint(1, 99)}", "home_pre_upgrade", "vm--101--disk--0_snap")),
          "mirror": r.choice(("lv_mir", "mirrorlv", "logs"))}[kind]
    return f"{vg}-{lv}"


SOURCES["dmeventd"] = ("lvmteam/lvm2", "d804677c7565bff40c87ed830473674119f23f6a",
                       "daemons/dmeventd/dmeventd.c, daemons/dmeventd/plugins/thin/dmeventd_thin.c, daemons/dmeventd/plugins/raid/dmeventd_raid.c, daemons/dmeventd/plugins/snapshot/dmeventd_snapshot.c, daemons/dmeventd/plugins/mirror/dmeventd_mirror.c, daemons/dmeventd/plugins/vdo/dmeventd_vdo.c")
SYSTEMS["dmeventd"] = (
    "{dm}WARNING: Thin pool {dm_thin} data is now {dm_pct}% full.",
    "{dm}WARNING: Thin pool {dm_thin} metadata is now {dm_pct}% full.",
    "{dm}{dm_rt} array, {dm_raid}, is {dm_now} in-sync.",
    "{dm}Monitoring RAID device {dm_raid} for events.",
    "{dm}WARNING: Snapshot {dm_snap} is now {dm_pct}% full.",
    "{dm}Monitoring snapshot {dm_snap}.",
    "{dm}No longer monitoring snapshot {dm_snap}.",
    "{dm}No longer monitoring RAID device {dm_raid} for events.",
    "{dm}WARNING: Device #{small} of {dm_rt} array, {dm_raid}, has failed.",
    "{dm}WARNING: Waiting for resynchronization to finish before initiating repair on RAID device {dm_raid}.",
    "{dm}Monitoring mirror device {dm_mir} for events.",
    "{dm}{dm_mir} is now in-sync.",
    "{dm}Device failure in {dm_mir}.",
    "{dm}Repair of RAID device {dm_raid} failed.",
    "{dm}Failed to extend snapshot {dm_snap}.",
    "{dm}Monitoring VDO {dm_vdo} {dm_vdodev}.",
    "{dm}dmeventd ready for processing.",
)
SLOTS.update({
    "dm": _DM_SYS, "dm_thin": lambda r: _dm_lv(r, "thin"), "dm_raid": lambda r: _dm_lv(r, "raid"), "dm_snap": lambda r: _dm_lv(r, "snap"), "dm_mir": lambda r: _dm_lv(r, "mirror"),
    "dm_pct": lambda r: f"{r.uniform(70, 99.99):.2f}", "dm_rt": choice(("raid1", "raid1", "raid5", "raid6", "raid10")), "dm_now": choice(("now", "now", "not")),
    "dm_vdo": choice(("vdo0", "vg_vdo-vpool0", "vdopool")), "dm_vdodev": choice(("vg_vdo-vpool0-vpool", "vdo_data-vpool", "vg1-vpool0-vpool")),
})
# ---------------------------------------------------------------- pm2 daemon (lib/Utility.js overrideConsole: "<dayjs YYYY-MM-DDTHH:mm:ss>: PM2 <log|error>: " + util.format message; ~/.pm2/pm2.log)
_P2_APPS = ("api", "web", "worker", "queue-consumer", "next-app", "socket-server", "cron-jobs", "strapi", "bot", "payments-svc", "frontend", "mailer")


def _p2_head(k: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        _LINE["p2_app"] = r.choice(_P2_APPS)
        _LINE["p2_id"] = str(r.randint(0, 14))
        return f"2026-11-{day(r):02d}T{clock(r)}: PM2 {k}: "
    return head


def _p2_script(r: R) -> str:
    app = _LINE.get("p2_app", "api")
    return r.choice((f"/var/www/{app}/dist/index.js", f"/home/deploy/{app}/current/server.js", f"/srv/{app}/build/main.js", f"/opt/{app}/app.js", f"/home/ubuntu/{app}/node_modules/.bin/next"))


SOURCES["pm2"] = ("Unitech/pm2", "31adee8048dbbc1ee36a7df7cdbcaca2559708df",
                  "lib/Utility.js (overrideConsole prefix), constants.js (PM2_LOG_DATE_FORMAT), lib/God.js, lib/God/ForkMode.js, lib/God/ClusterMode.js, lib/God/ActionMethods.js, lib/God/Methods.js, lib/Watcher.js, lib/Worker.js")
SYSTEMS["pm2"] = (
    "{p2}App [{p2_app}:{p2_id}] online",
    "{p2}App [{p2_app}:{p2_id}] exited with code [{p2_code}] via signal [{p2_sig}]",
    "{p2}App [{p2_app}:{p2_id}] starting in -fork mode-",
    "{p2}App [{p2_app}:{p2_id}] will restart in {p2_delay}ms",
    "{p2}App [{p2_app}:{p2_id}] starting in -cluster mode-",
    "{p2}Stopping app:{p2_app} id:{p2_id}",
    "{p2}pid={pid} msg=process tree killed ({p2_k} pids)",
    "{p2}Change detected on path {p2_path} for app {p2_app} - restarting",
    "{p2}App name:{p2_app} id:{p2_id} disconnected",
    "{p2}pid={pid} msg=failed to kill - retrying in {p2_retry}ms",
    "{p2}Process with pid {pid} still alive after {p2_kt}ms, sending SIGKILL to {p2_k} remaining pids...",
    "{p2}[Watch] Start watching {p2_app}",
    "{p2}[PM2][WORKER] Process {p2_id} restarted because it exceeds --max-memory-restart value (current_memory={p2_mem} max_memory_limit={p2_lim} [octets])",
    "{p2}Script {p2_script} had too many unstable restarts ({p2_unst}). Stopped. {p2_st}",
    "{p2}Reloading logs...",
    "{p2}Reloading logs for process id {p2_id}",
    "{p2e}app={p2_app} id={p2_id} does not have a pid",
)
SLOTS.update({
    "p2": _p2_head("log"), "p2e": _p2_head("error"), "p2_app": lambda r: _LINE["p2_app"], "p2_id": lambda r: _LINE["p2_id"],
    "p2_code": choice(("0", "1", "1", "1", "null", "137", "143")), "p2_sig": choice(("SIGINT", "SIGINT", "SIGINT", "SIGTERM", "SIGKILL")),
    "p2_delay": choice(("0", "0", "100", "3000", "5000", "1000")), "p2_k": num(1, 6), "p2_retry": choice(("100",)), "p2_kt": choice(("1600", "1600", "3000", "5000")),
    "p2_path": lambda r: r.choice(("src/index.js", "dist/main.js", "config/default.json", ".env", f"routes/{r.choice(('users', 'orders', 'auth'))}.js", "views/layout.ejs")),
    "p2_mem": lambda r: str(r.randint(300_000_000, 2_200_000_000)), "p2_lim": choice(("314572800", "524288000", "1073741824", "2147483648")),
    "p2_st": choice(('"errored"',)), "p2_script": _p2_script, "p2_unst": choice(("16", "16", "16", "15", "10")),
})
# ---------------------------------------------------------------- spamd (SpamAssassin daemon; Mail::SpamAssassin::Logger::Syslog -> syslog "spamd[pid]: msg"; the "spamd: "/"prefork: " facility words are part of the logged strings)
_SP_HOSTS = ("mail01", "mail02", "mx1.example.org", "mx2.example.org", "smtp-in-3", "filter01", "mailgw.corp.example.com", "edge-mx")
_SP_SYS = _syslog("spamd", _SP_HOSTS, (1893, 1894, 2201, 2207, 3310, 3312, 4415, 5522, 6007, 6631))
_SP_USERS = ("debian-spamd", "spamd", "amavis", "vmail", "alice", "bob", "nobody", "mailfilter")
_SP_TESTS = ("BAYES_00", "DKIM_SIGNED", "DKIM_VALID", "DKIM_VALID_AU", "SPF_PASS", "SPF_HELO_NONE", "HTML_MESSAGE", "RCVD_IN_DNSWL_NONE", "URIBL_BLOCKED", "MIME_HTML_ONLY",
             "BAYES_99", "BAYES_999", "RDNS_NONE", "FREEMAIL_FROM", "HTML_IMAGE_RATIO_02", "URIBL_ABUSE_SURBL", "PYZOR_CHECK", "RAZOR2_CHECK", "T_SCC_BODY_TEXT_LINE", "DMARC_PASS")


def _sp_mid(r: R) -> str:
    return f"<{r.choice((hexs(r, 16), uuid4(r), f'{r.randint(10**9, 10**10)}.{r.randint(1000, 99999)}'))}@{r.choice(('mail.example.com', 'example.org', 'mx.google.com', 'eu-west-1.amazonses.com', 'news.shop.example'))}>"


def _sp_score(r: R) -> str:
    return f"{r.choice((r.uniform(-5, 4.9), r.uniform(-5, 4.9), r.uniform(5, 40))):.1f}"


def _sp_result(r: R) -> str:
    score = r.choice((r.uniform(-5, 4.9), r.uniform(-5, 4.9), r.uniform(5, 40)))
    tests = ",".join(sorted(r.sample(_SP_TESTS, r.randint(2, 8))))
    scant = f"{r.uniform(0.1, 12):.1f}"
    u, host, ip = r.choice(_SP_USERS), r.choice(("localhost", "localhost.localdomain", "mail01.example.org")), r.choice(("127.0.0.1", "::1", "10.0.0.25"))
    extra = f"scantime={scant},size={r.randint(900, 900000)},user={u},uid={r.choice((108, 1001, 5000, 65534))},required_score=5.0,rhost={host},raddr={ip},rport={r.randint(30000, 65000)},mid={_sp_mid(r)},bayes={r.random():.6f},autolearn={r.choice(('no', 'ham', 'spam', 'disabled', 'unavailable'))}"
    return f"{'Y' if score >= 5 else '.'} {int(score):2d} - {tests} {extra}"


SOURCES["spamd"] = ("apache/spamassassin", "f7fe7b82a2db63ee1406d74d88ce564b69881954",
                    "lib/Mail/SpamAssassin/Logger/Syslog.pm (syslog), spamd/spamd.raw, lib/Mail/SpamAssassin/SpamdForkScaling.pm")
SYSTEMS["spamd"] = (
    "{sp}spamd: connection from {sp_rh} [{sp_ra}]:{port} to port {sp_lp}, fd {sp_fd}",
    "{sp}spamd: {sp_pc} message {sp_mid} for {sp_u}:{sp_uid}",
    "{sp}spamd: {sp_verd} ({sp_sc}/{sp_thr}) for {sp_u}:{sp_uid} in {sp_t} seconds, {n} bytes.",
    "{sp}spamd: result: {sp_res}",
    "{sp}prefork: child states: {sp_states}",
    "{sp}spamd: handled cleanup of child pid [{pid}]{sp_sig}: exit {sp_ex}",
    "{sp}spamd: server successfully spawned child process, pid {pid}",
    "{sp}prefork: adjust: {small} idle children less than {sp_min} minimum idle children.  Increasing spamd children: {pid} started.",
    "{sp}prefork: adjust: {sp_many} idle children more than {sp_min} maximum idle children. Decreasing spamd children: {pid} killed.",
    "{sp}spamd: unauthorized connection from {sp_rh} [{ip}]:{port} to port {sp_lp}, fd {sp_fd}",
    "{sp}spamd: setuid to {sp_u} succeeded",
    "{sp}prefork: server reached --max-children setting, consider raising it",
    "{sp}spamd: server hit by SIG{sp_hup}, restarting",
    "{sp}spamd: child [{pid}] killed successfully: {sp_kst}",
    "{sp}spamd: server started on {sp_listen} (running version {sp_ver})",
    "{sp}spamd: server pid: {pid}",
    "{sp}spamd: server killed by SIG{sp_term}, shutting down",
)
SLOTS.update({
    "sp": _SP_SYS, "sp_rh": choice(("localhost", "localhost", "localhost.localdomain", "mail01.example.org", "ip6-localhost")), "sp_ra": choice(("127.0.0.1", "127.0.0.1", "::1", "10.0.0.25")),
    "sp_lp": choice(("783",)), "sp_thr": choice(("5.0", "5.0", "5.0", "6.0", "4.5")),
    "sp_fd": choice(("5", "6", "6", "7", "8")), "sp_pc": choice(("checking", "processing", "processing")), "sp_mid": _sp_mid, "sp_u": choice(_SP_USERS), "sp_uid": choice(("108", "1001", "5000", "65534", "112")),
    "sp_verd": choice(("clean message", "clean message", "clean message", "identified spam")), "sp_sc": _sp_score, "sp_t": lambda r: f"{r.uniform(0.1, 12):.1f}", "sp_res": _sp_result,
    "sp_states": lambda r: "".join(r.choice("IIIIB") for _ in range(r.randint(2, 6))), "sp_sig": choice(("", " due to SIGCHLD", " due to SIGCHLD")), "sp_ex": choice(("0", "0", "255", "1")),
    "sp_min": choice(("1", "2", "5")), "sp_many": choice(("3", "4", "6")), "sp_hup": choice(("HUP",)), "sp_term": choice(("TERM", "TERM", "INT")), "sp_kst": choice(("exit 0", "exit 0", "signal 15")),
    "sp_listen": choice(("[127.0.0.1]:783, [::1]:783", "[::1]:783, [127.0.0.1]:783", "/var/run/spamd.sock", "[0.0.0.0]:783")), "sp_ver": choice(("4.0.1", "4.0.0", "3.4.6", "4.0.2")),
})
# ==== END OF PROGRAMS


SET = GeneratedSet(prefix="u9", seed=SEED, systems=SYSTEMS, sources=SOURCES, slots=SLOTS, line=_LINE)
lines = SET.lines


if __name__ == "__main__":
    SET.main(__doc__)
