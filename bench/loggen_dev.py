"""The DEV systems: written at 11:56 UTC on 2026-11-25 after HOLDOUT's second
score, to tune on with HOLDOUT's ground-truth rule (one log statement of the
program = one template; words it fills in are slots, see ``loggen_holdout.py``).
The earlier sets label some one-word differences as two templates where the
program has one statement with a parameter; DEV lets the rules that decide
such words be chosen on data labelled like real programs without touching
HOLDOUT.  Programs here are in no other set.
"""

from __future__ import annotations

import random

from loggen import SLOTS, USERS, WORDS, System, _hex, _ip

R = random.Random

_RAD_REASON = ("Login OK", "Login incorrect", "Login incorrect (mschap: MS-CHAP2-Response is incorrect)",
               "Login incorrect (Home Server says so)", "Invalid user")
_PEERS = ("SIP/provider-0000", "PJSIP/alice-phone", "PJSIP/bob-desk", "IAX2/branch-office", "SIP/fax-machine")
_CALLSTATE = ("Ringing", "Up", "Busy", "Congestion", "No Answer")
_ZBX_HOSTS = ("web-01", "db master", "Zabbix server", "core switch 2", "ups-rack-b")
_ZBX_ITEMS = ("CPU utilization", "Free disk space on /", "Available memory", "ICMP ping", "Interface eth0: Bits received")
_ZBX_SEV = ("Information", "Warning", "Average", "High", "Disaster")
_VMS = ("win2019-ad", "ubuntu-build", "pfsense", "db-replica-2", "k8s-node-3")
_VMSTATE = ("running", "shut off", "paused", "crashed")
_FPM_POOLS = ("www", "api", "admin", "wordpress")
_KEA_REASONS = ("no address available", "lease is in use", "client is not allowed", "subnet is full")
_UFW_ACTIONS = ("BLOCK", "BLOCK", "ALLOW", "AUDIT")
_MINIO_API = ("PutObject", "GetObject", "ListObjectsV2", "DeleteObject", "HeadBucket")


def _callerid(r: R) -> str:
    return r.choice((f'"{r.choice(USERS).title()}" <{r.randint(100, 999)}>', f"<{r.randint(10**9, 10**10)}>",
                     '"Front Desk" <200>', '"Anonymous" <anonymous>'))


SLOTS.update({
    "d_radreason": lambda r: r.choice(_RAD_REASON),
    "d_peer": lambda r: r.choice(_PEERS),
    "d_callstate": lambda r: r.choice(_CALLSTATE),
    "d_callerid": _callerid,
    "d_zhost": lambda r: r.choice(_ZBX_HOSTS),
    "d_zitem": lambda r: r.choice(_ZBX_ITEMS),
    "d_zsev": lambda r: r.choice(_ZBX_SEV),
    "d_vm": lambda r: r.choice(_VMS),
    "d_vmstate": lambda r: r.choice(_VMSTATE),
    "d_pool": lambda r: r.choice(_FPM_POOLS),
    "d_keareason": lambda r: r.choice(_KEA_REASONS),
    "d_ufw": lambda r: r.choice(_UFW_ACTIONS),
    "d_proto": lambda r: r.choice(("TCP", "TCP", "UDP", "ICMP")),
    "d_iface": lambda r: r.choice(("eth0", "ens3", "wg0", "br-lan")),
    "d_minioapi": lambda r: r.choice(_MINIO_API),
    "d_bucket": lambda r: r.choice(WORDS) + r.choice(("", "-backup", "-logs")),
    "d_nas": lambda r: r.choice(("wlc-lobby", "vpn-gw", "switch-3f", "ap-warehouse")),
    "d_yesno": lambda r: r.choice(("yes", "no")),
    "d_mac": lambda r: "-".join(_hex(r, 2).upper() for _ in range(6)),
    "d_ip": _ip,
})

DEV = (
    System("freeradius", (
        "Auth: ({int}) {d_radreason}: [{user}] (from client {d_nas} port {int} cli {d_mac})",
        "Auth: ({int}) Login OK: [{user}/<via Auth-Type = eap>] (from client {d_nas} port {int} cli {d_mac})",
        "({int}) Ignoring request to auth address * port 1812 bound to server default from unknown client {d_ip} port {port} proto udp",
        "Ready to process requests",
        "Signalled to terminate",
        "Exiting normally",
        "({int}) eap_peap: ERROR: TLS Alert read:fatal:unknown CA",
        "rlm_sql ({word}): Opening additional connection ({int}), {int} of {int} pending slots used",
    )),
    System("asterisk", (
        "[{int}] -- Executing [{int}@from-internal:{int}] Dial(\"{d_peer}-{hexid}\", \"{d_peer},{int}\") in new stack",
        "[{int}] -- {d_peer}-{hexid} is {d_callstate}",
        "[{int}] -- Called {d_peer}",
        "[{int}] == Spawn extension (from-internal, {int}, {int}) exited non-zero on '{d_peer}-{hexid}'",
        "[{int}] -- Channel {d_peer}-{hexid} joined 'simple_bridge' basic-bridge <{uuid}>",
        "[{int}] -- Channel {d_peer}-{hexid} left 'simple_bridge' basic-bridge <{uuid}>",
        "NOTICE[{int}] chan_sip.c: Registration from '{d_callerid}' failed for '{d_ip}:{port}' - Wrong password",
        "NOTICE[{int}] res_pjsip/pjsip_distributor.c: Request 'INVITE' from '{d_callerid}' failed for '{d_ip}:{port}' (callid: {hexid}) - No matching endpoint found",
        "WARNING[{int}] chan_sip.c: Maximum retries exceeded on transmission {hexid}@{d_ip}:{port} for seqno {int} (Critical Request) -- See https://wiki.asterisk.org/wiki/display/AST/SIP+Retransmissions",
    )),
    System("zabbix", (
        "{pid}:{int}:{int}.{ms} Zabbix agent item \"{d_zitem}\" on host \"{d_zhost}\" failed: first network error, wait for {int} seconds",
        "{pid}:{int}:{int}.{ms} resuming Zabbix agent checks on host \"{d_zhost}\": connection restored",
        "{pid}:{int}:{int}.{ms} temporarily disabling Zabbix agent checks on host \"{d_zhost}\": interface unavailable",
        "{pid}:{int}:{int}.{ms} item \"{d_zhost}:{word}.{word}\" became not supported: {errmsg}",
        "{pid}:{int}:{int}.{ms} item \"{d_zhost}:{word}.{word}\" became supported",
        "{pid}:{int}:{int}.{ms} executing housekeeper",
        "{pid}:{int}:{int}.{ms} housekeeper [deleted {int} hist/trends, {int} items/triggers, {int} events, {int} problems, {int} sessions, {int} alarms, {int} audit, {int} records in {float} sec, idle for {int} hour(s)]",
        "{pid}:{int}:{int}.{ms} Problem started at {clock} on {clock}: {d_zsev} problem on {d_zhost}",
    )),
    System("libvirtd", (
        "{iso}: {int}: info : qemuProcessStart:{int} : domain {d_vm} changed state to {d_vmstate}",
        "{iso}: {int}: error : virNetSocketReadWire:{int} : End of file while reading data: Input/output error",
        "{iso}: {int}: warning : qemuDomainObjTaint:{int} : Domain id={int} name='{d_vm}' uuid={uuid} is tainted: high-privileges",
        "{iso}: {int}: error : qemuMonitorIO:{int} : internal error: End of file from qemu monitor",
        "{iso}: {int}: info : virNetDevTapCreate:{int} : created tap device vnet{int} for domain {d_vm}",
        "{iso}: {int}: error : virDomainObjBeginJobInternal:{int} : Timed out during operation: cannot acquire state change lock (held by monitor=remoteDispatchDomainGetBlockInfo)",
        "{iso}: {int}: info : libvirt version: 9.0.0, package: {version} (Debian)",
    )),
    System("php-fpm", (
        "[{sysdate}] WARNING: [pool {d_pool}] server reached pm.max_children setting ({int}), consider raising it",
        "[{sysdate}] WARNING: [pool {d_pool}] child {pid} said into stderr: \"PHP Warning:  Undefined array key \"{word}\" in {path} on line {int}\"",
        "[{sysdate}] NOTICE: [pool {d_pool}] child {pid} started",
        "[{sysdate}] NOTICE: [pool {d_pool}] child {pid} exited with code {int} after {float} seconds from start",
        "[{sysdate}] WARNING: [pool {d_pool}] child {pid}, script '{path}' (request: \"{method} {upath}\") executing too slow ({float} sec), logging",
        "[{sysdate}] NOTICE: fpm is running, pid {pid}",
        "[{sysdate}] NOTICE: ready to handle connections",
        "[{sysdate}] NOTICE: Terminating ...",
    )),
    System("kea-dhcp4", (
        "INFO  [kea-dhcp4.leases/{int}.{int}] DHCP4_LEASE_ALLOC [hwtype=1 {mac}], cid=[no info], tid={hex}: lease {d_ip} has been allocated for {int} seconds",
        "INFO  [kea-dhcp4.leases/{int}.{int}] DHCP4_LEASE_ADVERT [hwtype=1 {mac}], cid=[no info], tid={hex}: lease {d_ip} will be advertised",
        "WARN  [kea-dhcp4.alloc-engine/{int}.{int}] ALLOC_ENGINE_V4_ALLOC_FAIL_SUBNET [hwtype=1 {mac}], cid=[no info], tid={hex}: failed to allocate an IPv4 lease in the subnet {d_ip}/24, subnet-id {int}, shared network (none)",
        "INFO  [kea-dhcp4.dhcpsrv/{int}.{int}] DHCPSRV_MEMFILE_LFC_START starting Lease File Cleanup",
        "INFO  [kea-dhcp4.dhcp4/{int}.{int}] DHCP4_DECLINE_LEASE client [hwtype=1 {mac}] declined the lease {d_ip}, reason: {d_keareason}",
        "INFO  [kea-dhcp4.leases/{int}.{int}] DHCP4_RELEASE [hwtype=1 {mac}], cid=[no info], tid={hex}: address {d_ip} was released properly.",
        "ERROR [kea-dhcp4.bad-packets/{int}.{int}] DHCP4_PACKET_DROP_0001 failed to parse packet from {d_ip} to {d_ip}, received over interface {d_iface}, reason: {errmsg}",
    )),
    System("ufw", (
        "[UFW {d_ufw}] IN={d_iface} OUT= MAC={mac}:08:00 SRC={d_ip} DST={d_ip} LEN={int} TOS=0x00 PREC=0x00 TTL={int} ID={int} PROTO={d_proto} SPT={port} DPT={port} WINDOW={int} RES=0x00 SYN URGP=0",
        "[UFW {d_ufw}] IN={d_iface} OUT= MAC={mac}:08:00 SRC={d_ip} DST={d_ip} LEN={int} TOS=0x00 PREC=0x00 TTL={int} ID={int} DF PROTO={d_proto} SPT={port} DPT={port} LEN={int}",
        "[UFW LIMIT BLOCK] IN={d_iface} OUT= MAC={mac}:08:00 SRC={d_ip} DST={d_ip} LEN=60 TOS=0x00 PREC=0x00 TTL={int} ID={int} DF PROTO=TCP SPT={port} DPT=22 WINDOW={int} RES=0x00 SYN URGP=0",
    )),
    System("minio", (
        "API: {d_minioapi}(bucket={d_bucket}, object={path})",
        "Time: {clock} UTC {iso}",
        "DeploymentID: {uuid}",
        "Error: Storage resources are insufficient for the write operation {d_bucket}/{word}.{word} (cmd.InsufficientWriteQuorum)",
        "Error: Marking http://{host}:9000/data{int} offline temporarily; caused by Post \"http://{host}:9000/minio/storage/data{int}/v50/readall\": dial tcp {ipport}: {neterr} (*fmt.wrapError)",
        "Error: Client {d_ip} sent an unsupported request {method} {upath} (cmd.NotImplemented)",
        "Healing drive '{path}' - 'mc admin heal alias/ --verbose' to check the current status.",
        "Healing drive '{path}' complete (healed: {int}, skipped: {int}, failed: {int}).",
    )),
)
