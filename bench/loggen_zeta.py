"""The ZETA systems: written at 09:23 UTC after OMEGA's blind score, before the
vocabulary rule that followed it; scored once at the end (see docs/patterns.md).
"""

from __future__ import annotations

from loggen import System

ZETA = (
    System("dhcpd", (
        "DHCPDISCOVER from {mac} via eth0",
        "DHCPOFFER on {ip} to {mac} ({host}) via eth0",
        "DHCPREQUEST for {ip} ({ip}) from {mac} ({host}) via eth0",
        "DHCPACK on {ip} to {mac} ({host}) via eth0",
        "DHCPRELEASE of {ip} from {mac} ({host}) via eth0 (found)",
        "DHCPINFORM from {ip} via eth0",
        "no free leases on network eth0 -- {errmsg}",
        "balancing pool {hex} 10.0.0.0/24 total {int} free {int} backup {int} lts {int} max-own (+/-){int}",
    )),
    System("slapd", (
        "conn={int} fd={int} ACCEPT from IP={ipport} (IP=0.0.0.0:389)",
        "conn={int} op={int} BIND dn=\"uid={user},ou=people,dc=example,dc=com\" method=128",
        "conn={int} op={int} BIND dn=\"uid={user},ou=people,dc=example,dc=com\" mech=SIMPLE ssf=0",
        "conn={int} op={int} RESULT tag=97 err=49 text=",
        "conn={int} op={int} SRCH base=\"ou=people,dc=example,dc=com\" scope=2 deref=0 filter=\"(uid={user})\"",
        "conn={int} op={int} SEARCH RESULT tag=101 err=0 nentries={int} text=",
        "conn={int} op={int} UNBIND",
        "conn={int} fd={int} closed",
        "conn={int} fd={int} closed (connection lost)",
    )),
    System("zookeeper", (
        "{iso} [myid:{int}] - INFO  [NIOWorkerThread-{int}:ZooKeeperServer@{int}] - Established session {hex} with negotiated timeout {int} for client /{ipport}",
        "{iso} [myid:{int}] - INFO  [SessionTracker:ZooKeeperServer@{int}] - Expiring session {hex}, timeout of {int}ms exceeded",
        "{iso} [myid:{int}] - WARN  [NIOWorkerThread-{int}:NIOServerCnxn@{int}] - Unable to read additional data from client sessionid {hex}, likely client has closed socket",
        "{iso} [myid:{int}] - INFO  [QuorumPeer[myid={int}](plain=0.0.0.0:2181)(secure=disabled):Leader@{int}] - LEADING - LEADER ELECTION TOOK - {int} MS",
        "{iso} [myid:{int}] - INFO  [QuorumPeer[myid={int}](plain=0.0.0.0:2181)(secure=disabled):Follower@{int}] - FOLLOWING - LEADER ELECTION TOOK - {int} MS",
        "{iso} [myid:{int}] - INFO  [ProcessThread(sid:{int} cport:{int}):PrepRequestProcessor@{int}] - Got user-level KeeperException when processing sessionid:{hex} type:create cxid:{hex} zxid:{hex} txntype:-1 reqpath:n/a Error Path:/{word}/locks Error:KeeperErrorCode = NodeExists for /{word}/locks",
    )),
    System("tasmota", (
        "{clock}.{ms} MQT: tele/{device}/STATE = {json}",
        "{clock}.{ms} MQT: tele/{device}/SENSOR = {{\"Time\":\"{iso}\",\"AM2301\":{{\"Temperature\":{temp},\"Humidity\":{temp}}},\"TempUnit\":\"C\"}}",
        "{clock}.{ms} MQT: stat/{device}/POWER = {onoff}",  # one publish of GetStateText(power): ON or OFF (session 15)
        "{clock}.{ms} WIF: Connecting to AP1 {word} Channel {int} BSSId {mac} in mode 11n as {device}...",
        "{clock}.{ms} WIF: Connected",
        "{clock}.{ms} MQT: Attempting connection...",
        "{clock}.{ms} MQT: Connect failed to {ip}:1883, rc -2. Retry in {int} sec",
        "{clock}.{ms} RSL: RESULT = {{\"POWER\":\"ON\"}}",
    )),
    System("envoy", (
        '[{iso}] "{method} {upath} HTTP/1.1" {status} - 0 {size} {ms} {ms} "{ip}" "curl/{version}" "{uuid}" "{host}" "{ipport}"',
        '[{iso}] "{method} {upath} HTTP/2" {status} UF 0 {size} {ms} - "{ip}" "grpc-go/{version}" "{uuid}" "{host}" "-"',
        "[{iso}][{int}][info][upstream] [source/common/upstream/cluster_manager_impl.cc:{int}] cm init: all clusters initialized",
        "[{iso}][{int}][warning][config] [source/common/config/grpc_stream.h:{int}] StreamAggregatedResources gRPC config stream closed: {int}, {errmsg}",
        "[{iso}][{int}][info][main] [source/server/server.cc:{int}] all clusters initialized. initializing init manager",
        "[{iso}][{int}][info][upstream] [source/common/upstream/cds_api_helper.cc:{int}] cds: add {int} cluster(s), remove {int} cluster(s)",
    )),
    System("containerd", (
        'time="{iso}" level=info msg="RunPodSandbox for &PodSandboxMetadata{{Name:{pod},Uid:{uuid},Namespace:{ns},Attempt:0,}}"',
        'time="{iso}" level=info msg="StartContainer for \\"{hexid}\\" returns successfully"',
        'time="{iso}" level=info msg="StopContainer for \\"{hexid}\\" with timeout {int} (s)"',
        'time="{iso}" level=info msg="StopContainer for \\"{hexid}\\" returns successfully"',
        'time="{iso}" level=error msg="ContainerStatus for \\"{hexid}\\" failed" error="rpc error: code = NotFound desc = an error occurred when try to find container \\"{hexid}\\": not found"',
        'time="{iso}" level=info msg="ImageCreate event &ImageCreate{{Name:docker.io/library/{app}:{version},Labels:map[string]string{{}},XXX_unrecognized:[],}}"',
        'time="{iso}" level=warning msg="cleaning up after shim disconnected" id={hexid} namespace=k8s.io',
    )),
)
