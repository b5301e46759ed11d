"""The DEV2 systems: written at 12:02 UTC on 2026-11-25 after HOLDOUT's third
score, labelled like HOLDOUT and DEV (one log statement of the program = one
template), to find what the miner still gets wrong on formats it has not seen
without looking into HOLDOUT's errors.  Programs here are in no other set.
(Corrected at 12:06 after the first look: pacemaker's ``State transition %s ->
%s`` and ``Node %s state is now %s`` are one statement each in its source, and
had been written as two templates each.)
"""

from __future__ import annotations

import random

from loggen import SLOTS, System, _hex, _ip

R = random.Random

_NM_STATES = ("unmanaged", "unavailable", "disconnected", "prepare", "config", "ip-config", "ip-check",
              "secondaries", "activated", "deactivating", "failed")
_NM_REASONS = ("none", "user-requested", "carrier-changed", "dependency-failed", "supplicant-disconnect",
               "ip-config-unavailable")
_RES = ("p_vip", "p_nginx", "p_fs_data", "drbd_r0", "stonith-ipmi-node2")
_OPS = ("start", "stop", "monitor", "promote", "demote")
_RCS = ("ok", "not running", "error", "Timed Out", "not installed")
_SIGS = ("ET POLICY curl User-Agent Outbound", "ET SCAN Nmap Scripting Engine User-Agent Detected",
         "ET INFO Observed DNS Query to .onion TLD", "GPL ATTACK_RESPONSE id check returned root",
         "SURICATA STREAM ESTABLISHED packet out of window", "ET MALWARE Possible Kimsuky APT Activity")
_CLASSES = ("Attempted Information Leak", "Web Application Attack", "Potentially Bad Traffic",
            "Generic Protocol Command Decode", "Misc activity")
_VIRUS = ("Win.Test.EICAR_HDB-1", "Doc.Dropper.Agent-6343535-0", "Unix.Trojan.Mirai-7135870-0",
          "Heuristics.Phishing.Email.SpoofedDomain", "PUA.Win.Packer.Upx-1")
_SSSD_DOM = ("corp.example.com", "LDAP", "ad.lab.local")
_SMB_SHARES = ("public", "homes", "scans", "finance dept", "IPC$")
_PROM_JOBS = ("node", "prometheus", "blackbox-http", "kube-state-metrics", "mysqld exporter")


SLOTS.update({
    "e_nmstate": lambda r: r.choice(_NM_STATES),
    "e_nmreason": lambda r: r.choice(_NM_REASONS),
    "e_dev": lambda r: r.choice(("eth0", "wlp2s0", "enp3s0", "wg0", "docker0", "veth" + _hex(r, 7))),
    "e_res": lambda r: r.choice(_RES),
    "e_op": lambda r: r.choice(_OPS),
    "e_rc": lambda r: r.choice(_RCS),
    "e_node": lambda r: r.choice(("node1", "node2", "db-a", "db-b")),
    "e_sig": lambda r: r.choice(_SIGS),
    "e_class": lambda r: r.choice(_CLASSES),
    "e_proto": lambda r: r.choice(("TCP", "UDP", "ICMP")),
    "e_virus": lambda r: r.choice(_VIRUS),
    "e_dom": lambda r: r.choice(_SSSD_DOM),
    "e_share": lambda r: r.choice(_SMB_SHARES),
    "e_job": lambda r: r.choice(_PROM_JOBS),
    "e_ip": _ip,
    "e_fsa": lambda r: r.choice(("S_IDLE", "S_POLICY_ENGINE", "S_TRANSITION_ENGINE", "S_ELECTION", "S_INTEGRATION")),
    "e_member": lambda r: r.choice(("member", "lost")),
    "e_ssid": lambda r: r.choice(("HomeNet", "CORP-WIFI", "Guest", "eduroam", "Free Airport WiFi")),
})

DEV2 = (
    System("NetworkManager", (
        "<info>  [{float}] device ({e_dev}): state change: {e_nmstate} -> {e_nmstate} (reason '{e_nmreason}', sys-iface-state: 'managed')",
        "<info>  [{float}] device ({e_dev}): Activation: starting connection '{e_ssid}' ({uuid})",
        "<info>  [{float}] device ({e_dev}): Activation: successful, device activated.",
        "<warn>  [{float}] device ({e_dev}): Activation: failed for connection '{e_ssid}'",
        "<info>  [{float}] dhcp4 ({e_dev}): state changed new lease, address={e_ip}",
        "<info>  [{float}] manager: NetworkManager state is now CONNECTED_GLOBAL",
        "<info>  [{float}] policy: set '{e_ssid}' ({e_dev}) as default for IPv4 routing and DNS",
        "<info>  [{float}] dns-mgr: Writing DNS information to /sbin/resolvconf",
    )),
    System("pacemaker", (
        "notice: Result of {e_op} operation for {e_res} on {e_node}: {e_rc}",
        "notice: Requesting local execution of {e_op} operation for {e_res} on {e_node}",
        "notice: Initiating {e_op} operation {e_res}_{e_op}_0 on {e_node}",
        "warning: Unexpected result ({e_rc}) was recorded for {e_op} of {e_res} on {e_node} at {sysdate} 2026",
        "notice: Transition {int} (Complete={int}, Pending=0, Fired=0, Skipped=0, Incomplete=0, Source=/var/lib/pacemaker/pengine/pe-input-{int}.bz2): Complete",
        "notice: State transition {e_fsa} -> {e_fsa}",
        "notice: Node {e_node} state is now {e_member}",
    )),
    System("suricata", (
        "{clock}.{int}  [**] [1:{int}:{int}] {e_sig} [**] [Classification: {e_class}] [Priority: {int}] {{{e_proto}}} {ipport} -> {ipport}",
        "<Notice> - Stats for '{e_dev}':  pkts: {int}, drop: {int} ({pct}), invalid chksum: {int}",
        "<Info> - {int} rule files processed. {int} rules successfully loaded, {int} rules failed",
        "<Warning> - [ERRCODE: SC_ERR_INVALID_SIGNATURE(39)] - error parsing signature \"alert http any any -> any any (msg:\\\"{e_sig}\\\"; sid:{int};)\" from file /etc/suricata/rules/local.rules at line {int}",
        "<Notice> - all {int} packet processing threads, {int} management threads initialized, engine started.",
        "<Notice> - Signal Received.  Stopping engine.",
    )),
    System("clamd", (
        "{path}: {e_virus} FOUND",
        "{path}: OK",
        "SelfCheck: Database status OK.",
        "SelfCheck: Database modification detected. Forcing reload.",
        "Database correctly reloaded ({int} signatures)",
        "{path}: Access denied. ERROR",
        "LibClamAV Warning: cli_scanxz: decompress file size exceeds limits - only scanning {int} bytes",
        "Limits: MaxFileSize limit reached ({int}, max: {int})",
    )),
    System("sssd", (
        "[sssd[be[{e_dom}]]] [sdap_async_sys_connect_done] ({hex}): [RID#{int}] connect failed [111][Connection refused].",
        "[sssd[be[{e_dom}]]] [be_resolve_server_process] ({hex}): [RID#{int}] Found address for server {host}: [{e_ip}] TTL {int}",
        "[sssd[be[{e_dom}]]] [sdap_id_op_connect_done] ({hex}): [RID#{int}] Failed to connect, going offline ({int} [Connection refused])",
        "[sssd[nss]] [nss_cmd_getpwnam] ({hex}): [CID#{int}] User [{user}] not found",
        "[sssd[pam]] [pam_print_data] ({hex}): [CID#{int}] user: {user}@{e_dom}",
        "[sssd[be[{e_dom}]]] [krb5_auth_done] ({hex}): [RID#{int}] Backend is marked offline, retry later!",
        "[sssd] [monitor_restart_service] ({hex}): Process [{word}], definitely stopped!",
    )),
    System("smbd", (
        "  {host} ({ipport}) connect to service {e_share} initially as user {user} (uid={int}, gid={int}) (pid {pid})",
        "  {host} ({ipport}) closed connection to service {e_share}",
        "  check_ntlm_password:  Authentication for user [{user}] -> [{user}] FAILED with error NT_STATUS_WRONG_PASSWORD, authoritative=1",
        "  Auth: [SMB2,(null)] user [WORKGROUP]\\[{user}] at [{sysdate} 2026 UTC] with [NTLMv2] status [NT_STATUS_OK] workstation [{host}] remote host [ipv4:{ipport}] became [WORKGROUP]\\[{user}] [S-1-5-21-{int}-{int}]. local host [ipv4:{ipport}]",
        "  make_connection_snum: canonicalize_connect_path failed for service {e_share}, path {path}",
        "  smbd version 4.17.{int} started.",
        "  Unable to connect to CUPS server localhost:631 - {neterr}",
    )),
    System("prometheus", (
        "ts={iso} caller=head.go:{int} level=info component=tsdb msg=\"Head GC completed\" caller=truncateMemory duration={dur}",
        "ts={iso} caller=compact.go:{int} level=info component=tsdb msg=\"write block\" mint={int} maxt={int} ulid={hexid} duration={dur}",
        "ts={iso} caller=scrape.go:{int} level=warn component=\"scrape manager\" scrape_pool=\"{e_job}\" target=http://{ipport}/metrics msg=\"Append failed\" err=\"out of bounds\"",
        "ts={iso} caller=scrape.go:{int} level=debug component=\"scrape manager\" scrape_pool=\"{e_job}\" target=http://{ipport}/metrics msg=\"Scrape failed\" err=\"Get \\\"http://{ipport}/metrics\\\": {neterr}\"",
        "ts={iso} caller=notifier.go:{int} level=error component=notifier alertmanager=http://{ipport}/api/v2/alerts count={int} msg=\"Error sending alert\" err=\"Post \\\"http://{ipport}/api/v2/alerts\\\": context deadline exceeded\"",
        "ts={iso} caller=main.go:{int} level=info msg=\"Completed loading of configuration file\" filename=/etc/prometheus/prometheus.yml totalDuration={dur}",
        "ts={iso} caller=checkpoint.go:{int} level=info component=tsdb msg=\"Creating checkpoint\" from_segment={int} to_segment={int} mint={int}",
    )),
    System("rsyslogd", (
        "[origin software=\"rsyslogd\" swVersion=\"8.2302.{int}\" x-pid=\"{pid}\" x-info=\"https://www.rsyslog.com\"] start",
        "[origin software=\"rsyslogd\" swVersion=\"8.2302.{int}\" x-pid=\"{pid}\" x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed",
        "action 'action-{int}-builtin:omfwd' suspended (module 'builtin:omfwd'), retry {int}. There should be messages before this one giving the reason for suspension. [v8.2302.0 try https://www.rsyslog.com/e/2007 ]",
        "action 'action-{int}-builtin:omfwd' resumed (module 'builtin:omfwd') [v8.2302.0 try https://www.rsyslog.com/e/2359 ]",
        "imjournal: {int} messages lost due to rate-limiting (20000 allowed within 600 seconds)",
        "omfwd: remote server at {e_ip}:514 seems to have closed connection. This often happens when the remote peer (or an interim system like a load balancer or firewall) shuts down or aborts a connection. Rsyslog will re-open the connection if configured to do so (we saw a generic IO Error, which usually goes along with that behaviour). [v8.2302.0 try https://www.rsyslog.com/e/2027 ]",
    )),
)
