"""The UNSEEN11-S10 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py .. loggen_unseen10.py, SOURCES.md of earlier sets), not in LogHub's 16 and
not in hybridlogparser's sets.

Written 2026-11-26 (session 10) by helper S10-unseen11 and kept OUTSIDE the repo until the lead had scored
Millpond's miner on it at the session's start (c384478) and end (0.680 both; Drain3 0.458): the miner's tuners
share the machine.  Development data since (``u11`` in bench/patterns_groups.py).

    python loggen_unseen11.py --out /work/unseen-data11 -n 2000   # writes u11-<program>.tsv.gz
    python loggen_unseen11.py --verify                            # template literals vs the sources

Ground truth (the rule of loggen_unseen3.py .. loggen_unseen10.py): one format string / log call in the program's
source is one template; whatever the program fills in is a slot, words included.  Text the program's logger adds
around the message (timestamps, levels, pids, thread names, module tags, file:line locations) comes from header
slots: it is not part of the format string and never decides a label.

Each program names its repository, the commit read, and the source files of its format strings (SOURCES);
``--verify`` checks every literal run of >= 6 characters of every template against the local bare mirror of
that repository (git grep -F at the recorded commit).  Frequencies: every template gets at least MIN_PER lines,
the rest is drawn Zipf-like by the order templates are listed in.
"""

from __future__ import annotations

from collections.abc import Callable

from loggen_kit import R, USERS, b62, base_slots, choice, clock, day, GeneratedSet, hexs, ip4, num, uuid4, syslog_head

_LINE: dict[str, str] = {}  # values one line's header chose that its message repeats; reset per line
SEED = 111126  # the set's seed
SLOTS = base_slots()
SYSTEMS: dict[str, tuple[str, ...]] = {}
SOURCES: dict[str, tuple[str, str, str]] = {}  # program: (repository, commit read, files holding the format strings)


_syslog = syslog_head  # the kit's (was a copy here)


def _frac(r: R, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- tikv (Rust; slog unified log format on stderr/tikv.log:
# "[2026/11/26 06:20:12.123 +00:00] [INFO] [peer.rs:305] ["msg"] [k=v] ... [thread_id=N]"; key-values print last-declared first)
def _tk_head(lvl: str, loc: str) -> Callable[[R], str]:
    return lambda r: f"[2026/11/{day(r):02d} {clock(r)}.{r.randint(0, 999):03d} {r.choice(('+00:00', '+08:00', '+08:00'))}] [{lvl}] [{loc}] "


def _tk_tid(r: R) -> str:
    return f" [thread_id={r.choice((4, 5, 12, 13, 14, 15, 23, 41, 57, 83, 90, 101))}]"


def _tk_region(r: R) -> str:
    rid = r.randint(2, 900000)
    sk = r.choice(("", f"7480000000000000FF{r.randint(10, 99)}5F728000000000FF{hexs(r, 6).upper()}0000000000FA"))
    ek = r.choice(("", f"7480000000000000FF{r.randint(10, 99)}5F728000000000FF{hexs(r, 6).upper()}0000000000FA"))
    peers = ", ".join(f"id: {rid + i} store_id: {s}" for i, s in enumerate(r.sample((1, 2, 3, 4, 5, 7), 3)))
    return f"\"id: {rid} start_key: {sk} end_key: {ek} region_epoch {{ conf_ver: {r.randint(1, 60)} version: {r.randint(1, 900)} }} peers {{ {peers} }}\""


def _tk_err(r: R) -> str:
    return r.choice(('"Grpc(RpcFailure(RpcStatus { code: 14-UNAVAILABLE, message: \\"failed to connect to all addresses\\", details: [] }))"',
                     '"Grpc(RpcFailure(RpcStatus { code: 4-DEADLINE_EXCEEDED, message: \\"Deadline Exceeded\\", details: [] }))"',
                     '"Other(\\"[components/pd_client/src/util.rs:419]: cancel reconnection due to too small interval\\")"',
                     '"Grpc(RpcFailure(RpcStatus { code: 1-CANCELLED, message: \\"Cancelled\\", details: [] }))"',
                     "ClusterNotBootstrapped(1)", "StreamDisconnect(Canceled)"))


def _tk_ep(r: R) -> str:
    return r.choice(("http://pd-0.pd-peer.tidb.svc:2379", "http://pd-1.pd-peer.tidb.svc:2379", "http://pd-2.pd-peer.tidb.svc:2379",
                     f"http://{r.choice(('10.0.1.11', '10.0.1.12', '10.0.1.13', '172.16.5.31'))}:2379", "pd0:2379", "127.0.0.1:2379"))


def _tk_snap(r: R) -> str:
    return f"{r.randint(2, 900000)}_{r.randint(5, 40)}_{r.randint(5, 2_000_000)}"


SOURCES["tikv"] = ("tikv/tikv", "8e964719db0d2088d47a280a1dde3fefa1b31d6b",
                   "components/raftstore/src/store/fsm/peer.rs, components/raftstore/src/store/fsm/store.rs, components/raftstore/src/store/peer.rs, "
                   "components/raftstore/src/store/worker/split_check.rs, components/pd_client/src/util.rs, components/pd_client/src/client.rs")
SYSTEMS["tikv"] = (
    "{tk_ucp}[\"update approximate size and keys with accurate value\"] [bucket_size={tk_n}] [bucket_count={small}] [keys={tk_n}] [size={tk_n}] [region_id={tk_rid}]{tk_tid}",
    "{tk_del}[\"deleting applied snap file\"] [snap_file={tk_snap}] [peer_id={tk_rid}] [region_id={tk_rid}]{tk_tid}",
    "{tk_rep}[\"report snapshot status\"] [status={tk_status}] [to={tk_peer}] [peer_id={tk_rid}] [region_id={tk_rid}]{tk_tid}",
    "{tk_cre}[\"create peer\"] [peer_id={tk_rid}] [region_id={tk_rid}]{tk_tid}",
    "{tk_rpl}[\"replicate peer\"] [create_by_peer_store_id={small}] [create_by_peer_id={tk_rid}] [store_id={small}] [peer_id={tk_rid}] [region_id={tk_rid}]{tk_tid}",
    "{tk_hb}[\"failed to send heartbeat\"] [err={tk_err}]{tk_tid}",
    "{tk_upd}[\"failed to update PD client\"] [error={tk_err}]{tk_tid}",
    "{tk_rf}[\"request failed, retry\"] [err={tk_err}]{tk_tid}",
    "{tk_con}[\"connecting to PD endpoint\"] [endpoints={tk_ep}]{tk_tid}",
    "{tk_conn}[\"connected to PD member\"] [endpoints={tk_ep}]{tk_tid}",
    "{tk_tl}[\"transfer leader\"] [peer={tk_peer}] [peer_id={tk_rid}] [region_id={tk_rid}]{tk_tid}",
    "{tk_exp}[\"deleting expired snap file\"] [snap_file={tk_snap}] [peer_id={tk_rid}] [region_id={tk_rid}]{tk_tid}",
    "{tk_app}[\"region is applying snapshot\"] [store_id={small}] [region={tk_region}]{tk_tid}",
    "{tk_cv}[\"set cluster version to {tk_ver}\"]{tk_tid}",
    "{tk_gc}[\"receives gc message, trying to remove\"] [from_peer={tk_peer}] [to_peer={tk_peer}] [peer_id={tk_rid}] [region_id={tk_rid}]{tk_tid}",
    "{tk_cpf}[\"connect pd failed\"] [error={tk_err}] [endpoints={tk_ep}]{tk_tid}",
)
SLOTS.update({
    "tk_ucp": _tk_head("INFO", "split_check.rs:886"), "tk_del": _tk_head("INFO", "peer.rs:1602"), "tk_rep": _tk_head("INFO", "peer.rs:2302"),
    "tk_cre": _tk_head("INFO", "peer.rs:305"), "tk_rpl": _tk_head("INFO", "peer.rs:360"), "tk_hb": _tk_head("WARN", "client.rs:655"),
    "tk_upd": _tk_head("WARN", "client.rs:131"), "tk_rf": _tk_head("WARN", "util.rs:497"), "tk_con": _tk_head("INFO", "util.rs:639"),
    "tk_conn": _tk_head("INFO", "util.rs:809"), "tk_tl": _tk_head("INFO", "peer.rs:4131"), "tk_exp": _tk_head("INFO", "peer.rs:1586"),
    "tk_app": _tk_head("INFO", "store.rs:1537"), "tk_cv": _tk_head("INFO", "client.rs:801"), "tk_gc": _tk_head("INFO", "peer.rs:3639"),
    "tk_cpf": _tk_head("ERROR", "util.rs:698"),
    "tk_tid": _tk_tid, "tk_rid": lambda r: str(r.randint(2, 900000)), "tk_n": lambda r: str(r.randint(0, 10 ** r.randint(2, 9))),
    "tk_snap": _tk_snap, "tk_status": choice(("Finish", "Finish", "Failure")), "tk_err": _tk_err, "tk_ep": _tk_ep, "tk_region": _tk_region,
    "tk_peer": lambda r: f"\"id: {r.randint(2, 900000)} store_id: {r.randint(1, 9)}\"",
    "tk_ver": choice(("7.5.1", "8.1.0", "8.1.1", "8.5.0")),
})
# ---------------------------------------------------------------- jitsi-videobridge (Kotlin/Java; jitsi-utils JUL formatter to /var/log/jitsi/jvb.log:
# "2026-11-26 06:20:12.123 INFO: [45] [confId=.. conf_name=.. meeting_id=.. epId=.. stats_id=..] Endpoint.<init>#432: msg" -- context and Class.method#line are the logger's)
_JV_ROOMS = ("standup", "allhands", "team-sync", "interview-7", "design-review", "support", "family", "retro", "board-meeting", "class-3b")


def _jv_head(lvl: str, loc: str, ep: bool = True) -> Callable[[R], str]:
    def head(r: R) -> str:
        ctx = f"confId={hexs(r, 16)} conf_name={r.choice(_JV_ROOMS)}@conference.meet.{r.choice(('example.com', 'example.org', 'corp.example'))} meeting_id={hexs(r, 8)}"
        if ep:
            ctx += f" epId={hexs(r, 8)} stats_id={r.choice(('Alice', 'Bob', 'Carol', 'Dmitri', 'Eva', 'Farid', 'Gwen', 'Hiro'))}-{r.choice(('Xo1', 'aK9', 'pQz', 'Lm2', 'u7T'))}"
        tid = r.choice((23, 45, 46, 61, 77, 102, 133, 191))
        return f"2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 999):03d} {lvl}: [{tid}] [{ctx}] {loc}: "
    return head


def _jv_plain(lvl: str, loc: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 999):03d} {lvl}: [{r.choice((1, 1, 18, 22))}] {loc}: "


SOURCES["jitsi-videobridge"] = ("jitsi/jitsi-videobridge", "a29d97d13fbfb54afc676a526485ce87df4f7a64",
                                "jvb/src/main/kotlin/org/jitsi/videobridge/Endpoint.kt, EndpointConnectionStatusMonitor.kt, Main.kt, "
                                "jvb/src/main/java/org/jitsi/videobridge/Conference.java, Videobridge.java, VideobridgeExpireThread.java")
SYSTEMS["jitsi-videobridge"] = (
    "{jv_cr}Created new endpoint, iceControlling={jv_bool}",
    "{jv_ice}ICE connected",
    "{jv_dtls}DTLS handshake complete",
    "{jv_sctp}SCTP connection is ready",
    "{jv_exp}Expired.",
    "{jv_disc}{jv_ep} is considered disconnected.  No activity for {jv_dur}",
    "{jv_rec}{jv_ep} has reconnected",
    "{jv_noact}Allowing to expire because of no activity in over {jv_dur}",
    "{jv_spent}Spent {jv_secs} seconds oversending",
    "{jv_cc}create_conf, id={hex8}{jv_hex8b} meeting_id={jv_mid}",
    "{jv_ec}expire_conf,duration={jv_secs}",
    "{jv_xe}Expiring endpoint {jv_ep}",
    "{jv_icef}Allowing to expire because ICE failed.",
    "{jv_ln}Setting initialLastN = {jv_ln_n}",
    "{jv_start}Starting jitsi-videobridge version {jv_ver}",
    "{jv_sig}Caught signal {jv_signal}, shutting down.",
)
SLOTS.update({
    "jv_cr": _jv_head("INFO", "Endpoint.<init>#432"), "jv_ice": _jv_head("INFO", "Endpoint$setupIceTransport$1.connected#480"),
    "jv_dtls": _jv_head("INFO", "Endpoint$setupDtlsTransport$1.handshakeComplete#527"), "jv_sctp": _jv_head("INFO", "Endpoint.acceptSctpConnection$lambda$0#1256"),
    "jv_exp": _jv_head("INFO", "Endpoint.expire#1139"), "jv_disc": _jv_head("INFO", "EndpointConnectionStatusMonitor.run#108", False),
    "jv_rec": _jv_head("INFO", "EndpointConnectionStatusMonitor.run#113", False), "jv_noact": _jv_head("INFO", "Endpoint.shouldExpire#965"),
    "jv_spent": _jv_head("INFO", "Endpoint.expire#1118"), "jv_cc": _jv_plain("INFO", "Videobridge.createConference#215"),
    "jv_ec": _jv_head("INFO", "Conference.expire#742", False), "jv_xe": _jv_head("INFO", "VideobridgeExpireThread.expire#157", False),
    "jv_icef": _jv_head("WARNING", "Endpoint.shouldExpire#942"), "jv_ln": _jv_head("INFO", "Endpoint.setInitialLastN#1146"),
    "jv_start": _jv_plain("INFO", "MainKt.main#82"), "jv_sig": _jv_plain("INFO", "MainKt$main$1.handle#174"),
    "jv_bool": choice(("true", "false")), "jv_ep": lambda r: hexs(r, 8), "jv_hex8b": lambda r: hexs(r, 8),
    "jv_dur": lambda r: r.choice((f"PT{r.randint(1, 59)}.{r.randint(1, 999):03d}S", f"PT{r.randint(1, 9)}M{r.randint(1, 59)}.{r.randint(1, 999):03d}S", f"PT{r.randint(1, 90)}S")),
    "jv_secs": lambda r: str(r.randint(0, 14000)), "jv_mid": lambda r: r.choice((uuid4(r), "null")), "jv_ln_n": choice(("-1", "1", "5", "20", "25", "0")),
    "jv_ver": choice(("2.3-174-gc5da1b6c", "2.3-164-g9d2c5b1a", "2.3-180-ga1b2c3d4-1", "2.3-160-g1d4fbc8c")), "jv_signal": choice(("SIGTERM", "SIGINT", "SIGTERM")),
})
# ---------------------------------------------------------------- emqx (Erlang; ?SLOG report maps through emqx_logger_textfmt, template "[level] msg", log/emqx.log.1:
# "2026-11-26T06:20:12.123456+00:00 [warning] tag: .., clientid: .., msg: socket_error, peername: .., username: .., topic: .., pid: <0.N.0>, reason: closed" --
# tag/clientid/peername/username/pid come from the process metadata (header slots); report keys other than msg/topic/clientid/username/tag follow, sorted)
def _em_ts(r: R) -> str:
    return f"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 6)}+00:00"


def _em_pid(r: R) -> str:
    return f"<0.{r.randint(1000, 9_999_999)}.0>"


def _em_client(r: R) -> str:
    return r.choice((f"sensor-{r.randint(1, 9999):04d}", f"mqttx_{hexs(r, 8)}", f"gw-{r.choice(('berlin', 'lyon', 'oslo', 'porto'))}-{r.randint(1, 40)}",
                     f"esp32-{hexs(r, 6).upper()}", f"{r.choice(USERS)}-phone", f"paho{r.randint(10**12, 10**13)}", f"tasmota_{hexs(r, 6).upper()}"))


def _em_peer(r: R) -> str:
    return f"{ip4(r)}:{r.randint(1024, 65535)}"


def _em_pre(lvl: str, tag: str | None = None, client: bool = True) -> Callable[[R], str]:
    """Line head up to "msg: ": time, level, tag, clientid (connection processes carry clientid and peername in their metadata)."""
    def head(r: R) -> str:
        _LINE["em_client"] = "1" if client else ""
        t = f"tag: {tag}, " if tag else ""
        c = f"clientid: {_em_client(r)}, " if client else ""
        return f"{_em_ts(r)} [{lvl}] {t}{c}msg: "
    return head


def _em_post(r: R) -> str:
    """After msg: the connection's peername and username (from metadata) and the pid."""
    if _LINE.get("em_client"):
        u = r.choice(("", f", username: {r.choice(USERS)}", ", username: devices", ", username: undefined"))
        return f", peername: {_em_peer(r)}{u}, pid: {_em_pid(r)}"
    return f", pid: {_em_pid(r)}"


def _em_post_topic(r: R) -> str:
    u = r.choice(("", f", username: {r.choice(USERS)}"))
    topic = r.choice(("$SYS/brokers/+/clients/#", "#", "devices/+/cmd", f"sensors/{r.randint(1, 500)}/temp", "$share/g1/jobs/#", "home/livingroom/light/set"))
    return f", peername: {_em_peer(r)}{u}, topic: {topic}, pid: {_em_pid(r)}"


SOURCES["emqx"] = ("emqx/emqx", "50e04386de8416e53113a617a9fd67ab3b07aed4",
                   "apps/emqx/src/emqx_logger_textfmt.erl (field order), apps/emqx/src/emqx_connection.erl, emqx_channel.erl, emqx_alarm.erl, emqx_cm.erl, "
                   "emqx_access_control.erl, emqx_listeners.erl, emqx_log_throttler.erl, apps/emqx_auth/src/emqx_authn/emqx_authn_chains.erl, "
                   "apps/emqx_auth_http/src/emqx_authz_http.erl, apps/emqx_resource/src/emqx_resource_pool.erl")
SYSTEMS["emqx"] = (
    "{em_sock}socket_error{em_post}, reason: {em_sockerr}",
    "{em_mal}malformed_mqtt_message{em_post}, reason: {em_malr}",
    "{em_alarm}alarm_is_activated{em_post}, message: {em_amsg}, name: {em_aname}",
    "{em_alarm}alarm_is_deactivated{em_post}, name: {em_aname}",
    "{em_sub}check_subscribe_aborted{em_post_topic}, reason: {em_subr}",
    "{em_puback}puback_packetId_inuse{em_post}, packetId: {em_pkid}",
    "{em_puback}pubrel_packetId_not_found{em_post}, packetId: {em_pkid}",
    "{em_first}first_packet_probably_not_mqtt{em_post}, reason: emsgsize",
    "{em_open}failed_to_open_session{em_post}, reason: {em_openr}",
    "{em_thr}log_events_throttled_during_last_period{em_post}, dropped: {em_dropped}, period: {em_period}",
    "{em_cm}cleaning up clients connected to disconnected node{em_post}, node: {em_node}",
    "{em_http}http_server_query_failed{em_post}, reason: {em_httpr}, resource: {em_res}",
    "{em_ecp}start_ecpool_ok{em_post}, pool_name: {em_pool}",
    "{em_authn}failed_to_start_authn_resource{em_post}, mechanism: {em_mech}, reason: {em_httpr}, resource_id: {em_res}",
    "{em_acl}invalid_esockd_access_rule{em_post}, rule: {em_rule}",
)
SLOTS.update({
    "em_sock": _em_pre("warning"), "em_mal": _em_pre("info"), "em_alarm": _em_pre("warning", None, False), "em_sub": _em_pre("warning", "AUTHZ"),
    "em_puback": _em_pre("warning"), "em_first": _em_pre("info"), "em_open": _em_pre("error"), "em_thr": _em_pre("warning", None, False),
    "em_cm": _em_pre("warning", None, False), "em_http": _em_pre("error", "AUTHZ"), "em_ecp": _em_pre("info", "RESOURCE", False),
    "em_authn": _em_pre("warning", "AUTHN", False), "em_acl": _em_pre("warning", None, False),
    "em_post": _em_post, "em_post_topic": _em_post_topic,
    "em_sockerr": choice(("closed", "closed", "etimedout", "einval", "econnreset", "{tls_alert,{unknown_ca,\"TLS server: In state certify received CLIENT ALERT: Fatal - Unknown CA\\n\"}}")),
    "em_malr": choice(("frame_too_large", "malformed_packet", "unexpected_packet", "invalid_topic")),
    "em_amsg": lambda r: r.choice((f"Insufficient memory available, os_mem_usage={r.randint(80, 99)}.{r.randint(0, 99)}%", "Cluster license expired", f"High CPU usage, {r.randint(80, 100)}%",
                                   f"resource {r.choice(('connector:http:webhook', 'connector:mysql:db1'))} is disconnected", f"Too many processes, usage={r.randint(70, 95)}%")),
    "em_aname": choice(("high_system_memory_usage", "high_cpu_usage", "too_many_processes", "license_expiry", "resource_down")),
    "em_subr": choice(("acl_deny", "'not_authorized'", "quota_exceeded")), "em_pkid": num(1, 65535),
    "em_openr": choice(("timeout", "noproc", "{badmatch,{error,session_limit_reached}}", "takeover_failed")),
    "em_dropped": lambda r: f"#{{socket_error => {r.randint(1, 400)}}}" if r.random() < 0.6 else f"#{{socket_error => {r.randint(1, 99)},malformed_mqtt_message => {r.randint(1, 40)}}}",
    "em_period": choice(("1 minute(s)", "1 minute(s)", "30 second(s)")), "em_node": choice(("'emqx@10.0.2.11'", "'emqx@emqx-core-1.emqx-headless.default.svc.cluster.local'", "'emqx@node3.emqx.io'")),
    "em_httpr": choice(("timeout", "econnrefused", "{closed,\"The connection was lost.\"}", "{shutdown,econnrefused}")),
    "em_res": choice(("<<\"emqx_authz_http:1\">>", "<<\"emqx_authn_http:1\">>", "<<\"connector:http:webhook\">>")),
    "em_pool": choice(("<<\"emqx_authn_mysql:1\">>", "<<\"connector:redis:cache\">>", "<<\"emqx_authz_postgresql:1\">>")), "em_mech": choice(("password_based", "jwt", "scram")),
    "em_rule": choice(("\"deny all\"", "\"allow 10.0.0.0/8 x\"", "\"deny 192.168.1\"")),
})
# ---------------------------------------------------------------- liquidsoap (OCaml; Log module to /var/log/liquidsoap/radio.log and stdout:
# "2026/11/26 06:20:12 [playlist:3] msg" -- the bracket is the logger's label (source id) and level digit: 1 critical, 2 severe, 3 important, 4 info)
_LQ_FILES = ("/music/jazz/Miles Davis - So What.mp3", "/srv/radio/jingles/id-03.ogg", "/music/rock/The Clash - London Calling.flac", "/srv/radio/ads/spot_0412.mp3",
             "/music/electro/Daft Punk - Around the World.mp3", "/srv/radio/shows/morning-2026-11-25.mp3", "/music/classical/Bach - BWV 1007 Prelude.flac")


def _lq_head(labels: tuple[str, ...], lvl: int) -> Callable[[R], str]:
    return lambda r: f"2026/11/{day(r):02d} {clock(r)} [{r.choice(labels)}:{lvl}] "


def _lq_q(r: R) -> str:
    return '"' + r.choice(_LQ_FILES) + '"'


SOURCES["liquidsoap"] = ("savonet/liquidsoap", "79ff0f7c37a458731532d8bf462d305e55abf066",
                         "src/core/sources/request_dynamic.ml, src/core/outputs/icecast2.ml, src/core/outputs/output.ml, src/core/operators/switch.ml, "
                         "src/core/operators/cross.ml, src/core/builtins/builtins_request.ml, src/core/decoder/decoder.ml, src/core/decoder/wav_aiff_decoder.ml")
_LQ_SRC = ("playlist", "playlist.1", "music", "jingles", "request_queue", "ads")
_LQ_OUT = ("output.icecast", "icecast_mp3", "icecast_aac", "radio_hi", "radio_lo")
_LQ_SW = ("switch", "switch.1", "fallback", "fallback.2", "schedule")
SYSTEMS["liquidsoap"] = (
    "{lq_prep}Prepared {lq_q} (RID {lq_rid}).",
    "{lq_fin}Finished with {lq_q}.",
    "{lq_sw}Switch to {lq_src}.",
    "{lq_dec}Decoding {lq_q}...",
    "{lq_conn}Connecting mount {lq_mount} for {lq_user}@{lq_host}...",
    "{lq_ok}Connection setup was successful.",
    "{lq_rec}Will try to reconnect in {lq_delay} seconds.",
    "{lq_err}Error while sending data: {lq_exn}!",
    "{lq_res}Could not resolve request {lq_uri}: {lq_why}.",
    "{lq_buf}Buffering end of track...",
    "{lq_fade}Dropping {lq_f} from `liq_fade_out` to match the buffered data.",
    "{lq_close}Closing connection...",
    "{lq_skip}Performing user-requested skip",
    "{lq_queued}Queued {small} request(s)",
    "{lq_loop}Start streaming loop (ratio: {lq_ratio}x)",
    "{lq_nodec}No decoder available for {lq_q}!",
)
SLOTS.update({
    "lq_prep": _lq_head(_LQ_SRC, 3), "lq_fin": _lq_head(_LQ_SRC, 4), "lq_sw": _lq_head(_LQ_SW, 3), "lq_dec": _lq_head(("decoder",), 4),
    "lq_conn": _lq_head(_LQ_OUT, 3), "lq_ok": _lq_head(_LQ_OUT, 3), "lq_rec": _lq_head(_LQ_OUT, 3), "lq_err": _lq_head(_LQ_OUT, 2),
    "lq_res": _lq_head(_LQ_SRC, 3), "lq_buf": _lq_head(("cross", "cross.1", "crossfade"), 4), "lq_fade": _lq_head(("cross", "cross.1", "crossfade"), 4),
    "lq_close": _lq_head(_LQ_OUT, 3), "lq_skip": _lq_head(_LQ_OUT, 3), "lq_queued": _lq_head(_LQ_SRC, 4), "lq_loop": _lq_head(("request.dump", "main"), 4),
    "lq_nodec": _lq_head(("decoder",), 3),
    "lq_q": _lq_q, "lq_rid": lambda r: str(r.randint(1, 40000)), "lq_src": choice(_LQ_SRC + ("live", "harbor", "safe_blank", "emergency")),
    "lq_mount": choice(("/stream", "/live.mp3", "/radio.aac", "/hi", "/lo.ogg")), "lq_user": choice(("source", "source", "admin")),
    "lq_host": choice(("localhost", "icecast", "10.0.4.20", "stream.example.org")), "lq_delay": choice(("3.00", "3.00", "5.00", "10.00")),
    "lq_exn": choice(("Unix.Unix_error(Unix.EPIPE, \"write\", \"\")", "Unix.Unix_error(Unix.ECONNRESET, \"write\", \"\")", "Cry.Error(Socket)", "Cry.Error(Write)")),
    "lq_uri": lambda r: r.choice((f"\"{r.choice(_LQ_FILES)}\"", f"\"https://cdn.example.org/podcast/ep{r.randint(1, 300)}.mp3\"")),
    "lq_why": choice(("failed", "timeout", "failed")), "lq_f": lambda r: f"{r.uniform(0.01, 5):.2f}", "lq_ratio": lambda r: f"{r.uniform(0.5, 40):.2f}",
})
# ---------------------------------------------------------------- nimbus-eth2 (Nim; chronicles textlines, journald/stdout with colours off:
# "INF 2026-11-26 06:20:12.123+00:00 Slot start                                 topics=\"beacnde\" slot=.. epoch=.." -- message padded to 42 columns by the logger;
# topics and logScope properties precede the call's own properties)
def _nb_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"{lvl} 2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 999):03d}+00:00 "


def _nb(head: str, msg: str, props: str) -> str:
    return "{" + head + "}" + msg.ljust(42) + " " + props


def _nb_slot(r: R) -> str:
    return str(r.randint(10_400_000, 10_500_000))


def _nb_root(r: R) -> str:
    return hexs(r, 8)


def _nb_blk(r: R) -> str:
    return f"{hexs(r, 8)}:{_nb_slot(r)}"


def _nb_cp(r: R) -> str:
    return f"{r.randint(325_000, 328_000)}:{hexs(r, 8)}"


def _nb_delay(r: R) -> str:
    k = r.random()
    if k < 0.7:
        return f"{r.randint(1, 999)}ms{r.randint(0, 999)}us{r.randint(0, 999)}ns"
    return f"{r.randint(1, 11)}s{r.randint(0, 999)}ms{r.randint(0, 999)}us{r.randint(0, 999)}ns"


def _nb_att(r: R) -> str:
    return (f"(aggregation_bits: 0b{''.join(r.choice('0001') for _ in range(r.choice((8, 16))))}, data: (slot: {_nb_slot(r)}, index: {r.randint(0, 63)}, "
            f"beacon_block_root: \\\"{hexs(r, 8)}\\\", source: \\\"{_nb_cp(r)}\\\", target: \\\"{_nb_cp(r)}\\\"), signature: \\\"{hexs(r, 8)}\\\")")


SOURCES["nimbus-eth2"] = ("status-im/nimbus-eth2", "f54a0366abfba26c7694fad1e14350d19aa0a228",
                          "beacon_chain/nimbus_beacon_node.nim, beacon_chain/validators/beacon_validators.nim, beacon_chain/validators/message_router.nim, "
                          "beacon_chain/consensus_object_pools/blockchain_dag.nim, beacon_chain/networking/eth2_network.nim")
SYSTEMS["nimbus-eth2"] = (
    _nb("nb_inf", "Slot start", "topics=\"beacnde\" slot={nb_slot} epoch={nb_epoch} sync={nb_sync} peers={nb_peers} head={nb_blk} finalized={nb_cp} delay={nb_delay}"),
    _nb("nb_inf", "Slot end", "topics=\"beacnde\" slot={nb_slot} nextActionWait={nb_wait} nextAttestationSlot={nb_next} nextProposalSlot={nb_next} syncCommitteeDuties={nb_scd} head={nb_blk}"),
    _nb("nb_inf", "Attestation sent", "topics=\"message_router\" attestation=\"{nb_att}\" delay={nb_delay} subnet_id={nb_subnet}"),
    _nb("nb_inf", "Sync committee message sent", "topics=\"message_router\" message={nb_scmsg} delay={nb_delay}"),
    _nb("nb_wrn", "Peer count low, no new peers discovered", "topics=\"networking\" discovered_nodes={nb_small} new_peers={small} current_peers={nb_small} wanted_peers={nb_wanted}"),
    _nb("nb_inf", "Database checkpointed", "topics=\"beacnde\" dur={nb_delay}"),
    _nb("nb_ntc", "Block proposed", "topics=\"beacval\" blockRoot={nb_root} blck={nb_blck} signature={nb_root} validator={nb_val}"),
    _nb("nb_ntc", "Updated head block with chain reorg", "topics=\"chaindag\" newHead={nb_blk} lastHead={nb_blk} headParent={nb_blk} stateRoot={nb_root} justified={nb_cp} finalized={nb_cp} isOptHead={nb_opt}"),
    _nb("nb_wrn", "Skipping attestation, head is too recent", "topics=\"beacval\" head={nb_blk} slot={nb_slot}"),
    _nb("nb_ntc", "Attesting to a state in the past, falling behind?", "topics=\"beacval\" attestationHead={nb_blk} head={nb_blk}"),
    _nb("nb_inf", "Loading block DAG from database", "topics=\"beacnde\" path={nb_path}"),
    _nb("nb_inf", "Threadpool started", "topics=\"beacnde\" numThreads={nb_thr}"),
    _nb("nb_ntc", "Attestation not sent", "topics=\"message_router\" attestation=\"{nb_att}\" error=\"{nb_err}\""),
)
SLOTS.update({
    "nb_inf": _nb_head("INF"), "nb_ntc": _nb_head("NTC"), "nb_wrn": _nb_head("WRN"),
    "nb_slot": _nb_slot, "nb_epoch": lambda r: str(r.randint(325_000, 328_000)), "nb_sync": lambda r: r.choice(("synced", "synced", "synced", f"{r.randint(0, 23):02d}h{r.randint(0, 59):02d}m ({r.uniform(1, 99.9):.2f}%) {r.uniform(1, 40):.4f}slots/s (QUQUQDQPUQ:{_nb_slot(r)})")),
    "nb_peers": lambda r: str(r.randint(8, 160)), "nb_blk": _nb_blk, "nb_cp": _nb_cp, "nb_delay": _nb_delay, "nb_root": _nb_root,
    "nb_wait": lambda r: r.choice(("n/a", f"{r.randint(1, 59)}s{r.randint(0, 999)}ms{r.randint(0, 999)}us{r.randint(0, 999)}ns", f"{r.randint(1, 59)}m{r.randint(0, 59)}s{r.randint(0, 999)}ms")),
    "nb_next": lambda r: r.choice(("-1", _nb_slot(r))), "nb_scd": choice(("none", "none", "current", "both", "next")), "nb_att": _nb_att, "nb_subnet": num(0, 63),
    "nb_vi": lambda r: str(r.randint(1, 1_400_000)), "nb_small": lambda r: str(r.randint(0, 40)), "nb_wanted": choice(("160", "160", "70", "100")),
    "nb_dc": lambda r: str(r.randint(1_900_000, 2_000_000)), "nb_minor": choice(("9.0", "10.1", "11.0")), "nb_sc": lambda r: str(r.randint(400, 512)),
    "nb_bn": lambda r: str(r.randint(23_800_000, 23_900_000)), "nb_addr": lambda r: hexs(r, 40), "nb_val": lambda r: f"{hexs(r, 8)}@{r.randint(1, 1_400_000)}",
    "nb_path": choice(("/var/lib/nimbus/db", "/home/nimbus/data/beacon_node/db", "/data/beacon/db")), "nb_thr": choice(("4", "8", "12", "16")),
    "nb_blck": lambda r: (f"\"(slot: {_nb_slot(r)}, proposer_index: {r.randint(1, 1_400_000)}, parent_root: \\\"{hexs(r, 8)}\\\", state_root: \\\"{hexs(r, 8)}\\\", "
                          f"eth1data: (deposit_root: {hexs(r, 8)}, deposit_count: {r.randint(1_900_000, 2_000_000)}, block_hash: {hexs(r, 8)}), graffiti: \\\"{r.choice(('Nimbus/v25.9.0-4f2a1b-stateofus', 'Nimbus/v25.10.1', 'homestaker', ''))}\\\", "
                          f"proposer_slashings_len: 0, attester_slashings_len: 0, attestations_len: {r.randint(1, 8)}, deposits_len: 0, voluntary_exits_len: 0, sync_committee_participants: {r.randint(400, 512)}, "
                          f"block_number: {r.randint(23_800_000, 23_900_000)}, fee_recipient: \\\"0x{hexs(r, 40)}\\\", bls_to_execution_changes_len: 0, blob_kzg_commitments_len: {r.randint(0, 9)})\""),
    "nb_scmsg": lambda r: f"\"(slot: {_nb_slot(r)}, beacon_block_root: {hexs(r, 8)}, validator_index: {r.randint(1, 1_400_000)}, signature: {hexs(r, 8)})\"",
    "nb_opt": choice(("false", "false", "true")),
    "nb_err": choice(("Attestation not sent, no peers on subnet", "Unable to broadcast", "Gossip validation failed: Attestation too old")),
})
# ---------------------------------------------------------------- acme.sh (POSIX shell; _info/_err -> _printargs: "[$(date)] msg" or "[$(date)] name='value'"; cron run appended to
# ~/.acme.sh/acme.sh.log / the cron mail; colours are off when not on a tty)
_AC_DOMS = ("example.com", "www.example.com", "mail.example.org", "nas.home.example.net", "shop.example.de", "*.apps.example.io", "git.example.dev", "vpn.example.co.uk")


def _ac_head(r: R) -> str:
    wd = r.choice(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
    return f"[{wd} Nov {day(r):2d} {clock(r)} {r.choice(('UTC', 'UTC', 'CET', 'EST'))} 2026] "


def _ac_dom(r: R) -> str:
    return r.choice(_AC_DOMS)


def _ac_home(r: R) -> str:
    return r.choice(("/root/.acme.sh", "/home/acme/.acme.sh", "/etc/acme.sh", "/acme.sh"))


def _ac_certpath(kind: str) -> Callable[[R], str]:
    def f(r: R) -> str:
        d = _ac_dom(r).replace("*", "_")
        ecc = r.choice(("_ecc", "_ecc", ""))
        return f"{_ac_home(r)}/{d}{ecc}/{kind.replace('DOM', d)}"
    return f


SOURCES["acme.sh"] = ("acmesh-official/acme.sh", "d60c75b4e30a26addd8b9d0bfdeeed39c84ed51e", "acme.sh (_info, _err, _printargs)")
SYSTEMS["acme.sh"] = (
    "{ac}Renewing: '{ac_dom}'",
    "{ac}Skipping. Next renewal time is: {ac_next}",
    "{ac}Add '--force' to force renewal.",
    "{ac}Skipped {ac_dom}{ac_ecc}",
    "{ac}Renewing using Le_API={ac_api}",
    "{ac}===Starting cron===",
    "{ac}===End cron===",
    "{ac}Verifying: {ac_dom}",
    "{ac}Pending. The CA is processing your order, please wait. ({small}/{ac_max})",
    "{ac}Verification finished, beginning signing.",
    "{ac}Downloading cert.",
    "{ac}Your cert is in: {ac_cer}",
    "{ac}Installing full chain to: {ac_inst}",
    "{ac}Reload successful",
    "{ac}Getting new-authz for domain='{ac_dom}'",
    "{ac}Using CA: {ac_api}",
    "{ac}{ac_dom}: Invalid status, Verification error: {ac_verr}",
)
SLOTS.update({
    "ac": _ac_head, "ac_dom": _ac_dom, "ac_ecc": choice(("_ecc", "_ecc", "")),
    "ac_next": lambda r: f"2027-01-{day(r):02d}T{clock(r)}Z",
    "ac_api": choice(("https://acme-v02.api.letsencrypt.org/directory", "https://acme.zerossl.com/v2/DV90", "https://acme-v02.api.letsencrypt.org/directory", "https://acme.ssl.com/sslcom-dv-ecc")),
    "ac_max": choice(("30", "30", "60")), "ac_cer": _ac_certpath("DOM.cer"),
    "ac_inst": choice(("/etc/nginx/ssl/fullchain.pem", "/etc/haproxy/certs/site.pem", "/etc/ssl/private/fullchain.crt", "/opt/unifi/cert/fullchain.pem", "/etc/postfix/tls/chain.pem")),
    "ac_verr": choice(('{"type":"urn:ietf:params:acme:error:unauthorized","detail":"Invalid response from http://example.com/.well-known/acme-challenge/x: 404","status": 403}',
                       '{"type":"urn:ietf:params:acme:error:dns","detail":"DNS problem: NXDOMAIN looking up TXT for _acme-challenge.example.com - check that a DNS record exists for this domain","status": 400}',
                       '{"type":"urn:ietf:params:acme:error:connection","detail":"Timeout during connect (likely firewall problem)","status": 400}')),
})
# ---------------------------------------------------------------- sonarr (C#; NLog file target logs/sonarr.txt: "2026-11-26 06:20:12.1|Info|RssSyncService|msg" -- level and class are the logger's)
_SO_SHOWS = ("The Expanse", "Severance", "Slow Horses", "The Bear", "Bluey", "Shōgun", "Andor", "Taskmaster", "Only Murders in the Building", "Doctor Who (2023)", "Fallout", "The Last of Us")


def _so_head(lvl: str, cls: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 9)}|{lvl}|{cls}|"


def _so_series(r: R) -> str:
    return f"[{r.randint(70000, 450000)}][{r.choice(_SO_SHOWS)}]"


def _so_rel(r: R) -> str:
    t = r.choice(_SO_SHOWS).replace(" ", ".").replace("(", "").replace(")", "")
    return f"{t}.S{r.randint(1, 9):02d}E{r.randint(1, 24):02d}.{r.choice(('1080p', '2160p', '720p'))}.{r.choice(('WEB-DL', 'WEB', 'BluRay'))}.{r.choice(('DDP5.1', 'AAC2.0', 'DTS-HD.MA.5.1'))}.{r.choice(('H.264', 'x265', 'HEVC'))}-{r.choice(('NTb', 'FLUX', 'SuccessfulCrab', 'EDITH', 'RAWR', 'NOGRP'))}"


SOURCES["sonarr"] = ("Sonarr/Sonarr", "49df353fa14c453929b79f32144b2c8c86d94b09",
                     "src/NzbDrone.Core/Indexers/RssSyncService.cs, DecisionEngine/DownloadDecisionMaker.cs, Download/DownloadService.cs, Download/UsenetClientBase.cs, "
                     "IndexerSearch/ReleaseSearchService.cs, Tv/RefreshSeriesService.cs, Tv/RefreshEpisodeService.cs, MediaFiles/DiskScanService.cs, Housekeeping/HousekeepingService.cs, ImportLists/ImportListSyncService.cs")
SYSTEMS["sonarr"] = (
    "{so_rss}Starting RSS Sync",
    "{so_rss}RSS Sync Completed. Reports found: {so_n}, Reports grabbed: {small}",
    "{so_ddm}Processing {so_n} releases",
    "{so_ref}Skipping refresh of series: {so_title}",
    "{so_srch}Completed search for {so_n} episodes. {small} reports downloaded.",
    "{so_dl}Report sent to {so_client}. Indexer {so_idx}. {so_rel}",
    "{so_usenet}Adding report [{so_rel}] to the queue.",
    "{so_search}Searching indexers for [{so_title} : S{so_ee}]. {small} active indexers",
    "{so_disk}Completed scanning disk for {so_title}",
    "{so_ep}Starting episode info refresh for: {so_series}",
    "{so_ep}Finished episode refresh for series: {so_series}.",
    "{so_hk}Running housecleaning tasks",
    "{so_il}Processing {so_n} list items",
    "{so_rss}RSS Sync Completed. Reports found: {so_n}, Reports grabbed: {small}, Reports pending: {small}",
    "{so_err}Series '{so_title}' (tvdbid {so_tvdb}) was not found, it may have been removed from TheTVDB.",
)
SLOTS.update({
    "so_rss": _so_head("Info", "RssSyncService"), "so_ddm": _so_head("Info", "DownloadDecisionMaker"), "so_ref": _so_head("Info", "RefreshSeriesService"),
    "so_dl": _so_head("Info", "DownloadService"), "so_usenet": _so_head("Info", "Sabnzbd"), "so_search": _so_head("Info", "ReleaseSearchService"),
    "so_disk": _so_head("Info", "DiskScanService"), "so_ep": _so_head("Info", "RefreshEpisodeService"), "so_hk": _so_head("Info", "HousekeepingService"),
    "so_il": _so_head("Info", "ImportListSyncService"), "so_err": _so_head("Error", "RefreshSeriesService"),
    "so_srch": _so_head("Info", "EpisodeSearchService"), "so_path": lambda r: f"/tv/{r.choice(_SO_SHOWS)}/Season {r.randint(1, 9)}/{_so_rel(r)}.mkv",
    "so_n": lambda r: str(r.randint(0, 10 ** r.randint(1, 3))), "so_title": choice(_SO_SHOWS), "so_series": _so_series, "so_rel": _so_rel,
    "so_client": choice(("SABnzbd", "qBittorrent", "Transmission", "NZBGet", "Deluge")), "so_idx": choice(("NZBgeek", "DrunkenSlug (Prowlarr)", "Nyaa", "IPTorrents (Prowlarr)", "NZBFinder")),
    "so_ee": lambda r: f"{r.randint(1, 9):02d}E{r.randint(1, 24):02d}", "so_tvdb": lambda r: str(r.randint(70000, 450000)),
})
# ---------------------------------------------------------------- munin (Perl; munin-update via Munin::Common::Logger file/screen format "%s [%s][%06d]: %s" with the
# old "[INFO]" labels stripped: "2026-11-26 06:20:12 [info][012345]: msg"; /var/log/munin/munin-update.log)
_MU_HOSTS = ("web01.example.com", "db-primary.example.com", "nas.lan", "fw.example.net", "mail01", "localhost.localdomain", "switch-core", "build-07.ci")
_MU_PLUGINS = ("cpu", "memory", "df", "load", "if_eth0", "diskstats", "postfix_mailqueue", "mysql_queries", "nginx_request", "apache_accesses", "sensors_temp", "ntp_offset", "processes", "swap", "uptime")


def _mu_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)} [{lvl}][{r.randint(1000, 999999):06d}]: "


def _mu_node(r: R) -> str:
    h = r.choice(_MU_HOSTS)
    return r.choice((f"{h} ({ip4(r)}:4949)", f"{h} ({h}:4949)", f"{h} (ssh://munin@{h}/usr/bin/munin-async --spoolfetch)"))


def _mu_nodeslash(r: R) -> str:
    h = r.choice(_MU_HOSTS)
    return f"{h}/{r.choice((ip4(r), h))}/4949"


SOURCES["munin"] = ("munin-monitoring/munin", "f21d2479c933542a8f024911aa791b1cbe88fb79",
                    "lib/Munin/Common/Logger.pm (format, label stripping), lib/Munin/Master/Update.pm, lib/Munin/Master/UpdateWorker.pm, lib/Munin/Master/Node.pm")
SYSTEMS["munin"] = (
    "{mu_i}data: {mu_el} sec for '{mu_plugin}' on {mu_nodeslash}",
    "{mu_i}config: {mu_el} sec for '{mu_plugin}' on {mu_nodeslash}, read {mu_lines} lines",
    "{mu_i}quit: {mu_el} sec on {mu_nodeslash}",
    "{mu_i}starting work in {pid} for {mu_node}.",
    "{mu_i}Munin-update finished for node {mu_wid} ({mu_el} sec)",
    "{mu_i}run_on_finish(pid:{pid}, exit_code:{mu_exit})",
    "{mu_i}Starting munin-update",
    "{mu_i}Munin-update finished ({mu_el} sec)",
    "{mu_e}Error in node communication with {mu_node}: {mu_comm}",
    "{mu_e}Failed to connect to node {mu_addr}:4949/tcp : {errno}",
    "{mu_i}creating rrd-file for {mu_plugin}->{mu_ds}: '{mu_rrd}'",
    "{mu_e}In RRD: Error updating {mu_rrd}: {mu_rrderr}",
    "{mu_i}node {mu_host} advertised itself as {mu_host2} instead.",
    "{mu_w}Config node {mu_host} listed no services for '{mu_host}'.  Please see http://munin-monitoring.org/wiki/FAQ_no_graphs for further information.",
    "{mu_i}{mu_plugin} did change update_rate to {mu_rate}",
    "{mu_i}no connection or EVAL_ERROR:{mu_eval}",
)
SLOTS.update({
    "mu_i": _mu_head("info"), "mu_w": _mu_head("warning"), "mu_e": _mu_head("error"),
    "mu_el": lambda r: f"{r.uniform(0.001, 30):.{r.choice((2, 3, 6))}f}", "mu_plugin": choice(_MU_PLUGINS), "mu_nodeslash": _mu_nodeslash, "mu_node": _mu_node,
    "mu_lines": lambda r: str(r.randint(3, 120)), "mu_wid": lambda r: f"{r.choice(('example.com', 'lan', 'servers'))};{r.choice(_MU_HOSTS)}", "mu_exit": choice(("0", "0", "0", "256", "9")),
    "mu_comm": choice(("Socket read timed out to localhost: timeout", "[FATAL] Socket read from web01.example.com failed.  Terminating process. at /usr/share/perl5/Munin/Master/UpdateWorker.pm line 272.",
                       "Connection refused", "[ERROR] Timed out while waiting for the node")),
    "mu_addr": lambda r: r.choice((ip4(r), r.choice(_MU_HOSTS))), "mu_ds": choice(("user", "system", "idle", "iowait", "used", "free", "_dev_sda1", "down", "up", "load", "apps")),
    "mu_rrd": lambda r: f"/var/lib/munin/{r.choice(('example.com', 'lan'))}/{r.choice(_MU_HOSTS)}-{r.choice(_MU_PLUGINS)}-{r.choice(('user', 'idle', 'used', 'down', 'load'))}-{r.choice('dgca')}.rrd",
    "mu_rrderr": lambda r: r.choice(("illegal attempt to update using time 1764138012 when last update time is 1764138012 (minimum one second step)",
                                      "opening '/var/lib/munin/lan/nas.lan-df-_dev_sda1-g.rrd': No such file or directory", "expected 1 data source readings (got 2) from N")),
    "mu_host": choice(_MU_HOSTS), "mu_host2": choice(("localhost", "localhost.localdomain", "debian", "raspberrypi", "ubuntu")), "mu_rate": choice(("300", "60", "10", "86400")),
    "mu_eval": choice(("", "Connection refused", "[FATAL] Socket read timed out to mail01: timeout")),
})
# ---------------------------------------------------------------- icecast (C; log/log.c error log /var/log/icecast2/error.log:
# "[2026-11-26  06:20:12] INFO source/source_main msg" -- level word (EROR/WARN/INFO) and CATMODULE/function are the logger's)
_IC_MOUNTS = ("/stream", "/live", "/live.mp3", "/radio.ogg", "/hi", "/lo", "/jazz.aac", "/autodj")


def _ic_head(lvl: str, where: str) -> Callable[[R], str]:
    return lambda r: f"[2026-11-{day(r):02d}  {clock(r)}] {lvl} {where} "


SOURCES["icecast"] = ("xiph/Icecast-Server", "2f2576bcc31a0b9ea23adbca66bf3ea3821ae1d2",
                      "src/source.c, src/slave.c, src/fserve.c, src/client.c, src/admin.c, src/stats.c, src/format_mp3.c, src/main.c")
SYSTEMS["icecast"] = (
    "{ic_fs}checking for file {ic_uri} ({ic_full})",
    "{ic_adm}Received admin command {ic_cmd} on mount '{ic_mount}'",
    "{ic_meta}Metadata on mountpoint {ic_mount} changed to \"{ic_song}\"",
    "{ic_rel}{small} active listeners on {ic_mount} released",
    "{ic_eos}End of Stream {ic_mount}",
    "{ic_sto}Disconnecting source on \"{ic_mount}\" due to socket timeout",
    "{ic_behind}Client {ic_cid} ({ip}) has fallen too far behind, removing",
    "{ic_tl}time limit reached for client #{ic_cid}",
    "{ic_conn}connecting to {ic_up}:{ic_port}",
    "{ic_cfail}Failed to connect to {ic_up}:{ic_port}",
    "{ic_relay}Starting relayed source at mountpoint \"{ic_mount}\"",
    "{ic_req}req for file \"{ic_full}\" {ic_strerr}",
    "{ic_lim}Server's configured global client limit reached ({ic_lim_n} of {ic_lim_n}), rejecting client",
    "{ic_utf}seen non-UTF8 data, probably incorrect metadata ({ic_stat}, {ic_bad})",
    "{ic_cs}No charset given for mount \"{ic_mount}\" with source client {ic_cid}, assuming ISO8859-1",
    "{ic_start}{ic_ver} server started",
)
SLOTS.update({
    "ic_fs": _ic_head("INFO", "fserve/fserve_client_create"), "ic_adm": _ic_head("INFO", "admin/admin_handle_request"), "ic_meta": _ic_head("INFO", "admin/command_metadata"),
    "ic_rel": _ic_head("INFO", "source/source_clear_source"), "ic_eos": _ic_head("INFO", "source/get_next_buffer"), "ic_sto": _ic_head("WARN", "source/get_next_buffer"),
    "ic_behind": _ic_head("INFO", "source/source_main"), "ic_tl": _ic_head("INFO", "source/send_to_listener"), "ic_conn": _ic_head("INFO", "slave/open_relay_connection"),
    "ic_cfail": _ic_head("WARN", "slave/open_relay_connection"), "ic_relay": _ic_head("INFO", "slave/open_relay"), "ic_req": _ic_head("WARN", "fserve/fserve_client_create"),
    "ic_lim": _ic_head("WARN", "client/client_create"), "ic_utf": _ic_head("WARN", "stats/stats_event"), "ic_cs": _ic_head("INFO", "format-mp3/format_mp3_apply_settings"),
    "ic_start": _ic_head("INFO", "main/main"),
    "ic_mount": choice(_IC_MOUNTS), "ic_uri": choice(("/status-json.xsl", "/", "/favicon.ico", "/style.css", "/admin/stats.xsl", "/robots.txt", "/status.xsl")),
    "ic_full": lambda r: "/usr/share/icecast2/web" + r.choice(("/status-json.xsl", "/index.html", "/favicon.ico", "/style.css", "/robots.txt", "/status.xsl", "/wp-login.php")),
    "ic_cmd": choice(("metadata", "updatemetadata", "listclients", "stats", "killsource", "moveclients")),
    "ic_song": choice(("Miles Davis - So What", "Daft Punk - Around the World", "The Clash - London Calling", "Station ID", "Live: Morning Show", "Nils Frahm - Says")),
    "ic_cid": lambda r: str(r.randint(1, 900000)), "ic_up": choice(("master.example.org", "10.0.4.20", "stream-src.internal", "icecast1.example.net")),
    "ic_port": choice(("8000", "8000", "8001", "80")), "ic_lim_n": choice(("100", "100", "500", "1000")), "ic_stat": choice(("title", "artist", "server_name", "genre")),
    "ic_strerr": choice(("No such file or directory", "Permission denied", "Is a directory")), "ic_ver": choice(("Icecast 2.5.0", "Icecast 2.5-beta3", "Icecast 2.4.4")),
    "ic_bad": choice(("Bj\\xf6rk - J\\xf3ga", "Caf\\xe9 del Mar", "Motorhead", "S\\xe9bastien Tellier - La Ritournelle")),
})
# ---------------------------------------------------------------- paperless-ngx (Python/Django; paperless.logging.ConsumeTaskFormatter "[{asctime}] [{levelname}] [{name}] {task_prefix}{message}",
# data/log/paperless.log: "[2026-11-26 06:20:12,123] [INFO] [paperless.consumer] [1a2b3c4d] msg" -- logger name and consume-task prefix are the logger's)
_PL_FILES = ("scan_2026-11-25_001.pdf", "Rechnung_Stadtwerke_11-2026.pdf", "invoice-INV-2026-0412.pdf", "IMG_4471.jpg", "payslip_october.pdf", "contract_signed.pdf",
             "Kontoauszug_2026_10.pdf", "receipt_ikea.png", "doc20261124083211.pdf", "tax-assessment-2025.pdf")


def _pl_head(lvl: str, name: str, task: bool = False) -> Callable[[R], str]:
    def head(r: R) -> str:
        t = f"[{hexs(r, 8)}] " if task else ""
        return f"[2026-11-{day(r):02d} {clock(r)},{r.randint(0, 999):03d}] [{lvl}] [{name}] {t}"
    return head


def _pl_path(r: R) -> str:
    return f"{r.choice(('/usr/src/paperless/consume', '/data/consume', '/opt/paperless/consume', '/usr/src/paperless/consume/scanner'))}/{r.choice(_PL_FILES)}"


SOURCES["paperless-ngx"] = ("paperless-ngx/paperless-ngx", "b0e0e8a35373a5d9d588a507cb63c79e50a23403",
                            "src/paperless/logging.py (format), src/documents/consumer.py, src/documents/management/commands/document_consumer.py, src/documents/matching.py, "
                            "src/documents/tasks.py, src/documents/classifier.py, src/documents/sanity_checker.py, src/documents/barcodes.py, src/paperless_mail/mail.py")
SYSTEMS["paperless-ngx"] = (
    "{pl_cons}Consuming {pl_file}",
    "{pl_cons}Document {pl_doc} consumption finished",
    "{pl_mc}File is stable: {pl_path}",
    "{pl_mc}Adding {pl_path} to the task queue",
    "{pl_match}Document matched {pl_trig} from {pl_wf}",
    "{pl_tasks}{pl_plugin} completed with: {pl_pmsg}",
    "{pl_cls}No updates since last training",
    "{pl_mail}Located folder: {pl_folder}",
    "{pl_cons}Executing pre-consume script {pl_script}",
    "{pl_mcw}Not consuming {pl_path}: {pl_why}",
    "{pl_bc}Found ASN in barcode: {pl_asn}",
    "{pl_tasks0}Emptying trash of all expired documents",
    "{pl_san}Sanity checker detected no issues.",
    "{pl_mc}Watching {pl_dir} using native file system events",
)
SLOTS.update({
    "pl_cons": _pl_head("INFO", "paperless.consumer", True), "pl_mc": _pl_head("INFO", "paperless.management.consumer"),
    "pl_mcw": _pl_head("WARNING", "paperless.management.consumer"), "pl_match": _pl_head("INFO", "paperless.matching", True),
    "pl_tasks": _pl_head("INFO", "paperless.tasks", True), "pl_tasks0": _pl_head("INFO", "paperless.tasks"), "pl_cls": _pl_head("INFO", "paperless.classifier"),
    "pl_mail": _pl_head("INFO", "paperless_mail"), "pl_bc": _pl_head("INFO", "paperless.barcodes", True), "pl_san": _pl_head("INFO", "paperless.sanity_checker"),
    "pl_file": choice(_PL_FILES), "pl_path": _pl_path,
    "pl_doc": lambda r: f"2026-11-{day(r):02d} {r.choice(('Stadtwerke Rechnung', 'Invoice INV-2026-0412', 'IMG 4471', 'Payslip October', 'Kontoauszug 2026 10', 'scan 2026-11-25 001'))}",
    "pl_trig": lambda r: f"WorkflowTrigger {r.randint(1, 40)}: {r.choice(('Consumption Started', 'Document Added', 'Document Updated', 'Scheduled'))}",
    "pl_wf": lambda r: f"Workflow: {r.choice(('Tag invoices', 'Scanner inbox', 'Assign tax docs', 'Email attachments', 'Owner: family'))}",
    "pl_plugin": choice(("ConsumerPlugin", "BarcodePlugin", "WorkflowTriggerPlugin", "CollatePlugin", "ConsumerPreflightPlugin")),
    "pl_pmsg": lambda r: r.choice((f"Success. New document id {r.randint(1, 20000)} created", "Barcode splitting complete!", "Not a double sided file", "Document matched no workflow")),
    "pl_folder": choice(("INBOX", "INBOX/Paperless", "Receipts", "[Gmail]/All Mail", "Archive/2026")),
    "pl_script": choice(("/usr/src/paperless/scripts/pre-consume.sh", "/opt/paperless/scripts/remove-blank-pages.sh", "/scripts/pre_consume.py")),
    "pl_why": choice(("File is hidden", "File not found", "[Errno 13] Permission denied", "File extension .tmp is not supported")),
    "pl_asn": lambda r: str(r.randint(1, 9999)), "pl_dir": choice(("/usr/src/paperless/consume", "/data/consume", "/opt/paperless/consume")),
})
# ---------------------------------------------------------------- navidrome (Go; logrus TextFormatter on stdout/journald, logfmt with sorted keys:
# time="2026-11-26T06:20:12Z" level=info msg="Scanner: Starting scan" fullScan=false numLibraries=1 -- time/level and the request/scan ids from ctx are the logger's)
_ND_SONGS = ("So What", "Around the World", "London Calling", "Says", "Everything In Its Right Place", "Nightcall", "Hyperballad", "Teardrop", "Svefn-g-englar")
_ND_ARTISTS = ("Miles Davis", "Daft Punk", "The Clash", "Nils Frahm", "Radiohead", "Kavinsky", "Björk", "Massive Attack", "Sigur Rós")


def _nd_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"time=\"2026-11-{day(r):02d}T{clock(r)}Z\" level={lvl} msg="


def _nd_q(v: str) -> str:
    return f"\"{v}\"" if (" " in v or '"' in v or "=" in v) else v


def _nd_req(r: R) -> str:
    return f" requestId={r.choice(('nas', 'navidrome', 'music', 'a1b2c3d4e5f6', 'b1c2d3e4f5a6'))}/{b62(r, 10)}-{r.randint(1, 999999):06d}"


def _nd_err(r: R) -> str:
    return " error=" + _nd_q(r.choice(("context canceled", "open /music/Compilations/desktop.ini: permission denied", "taglib: invalid file", "database is locked",
                                      "Post \\\"https://ws.audioscrobbler.com/2.0/\\\": dial tcp: lookup ws.audioscrobbler.com: i/o timeout")))


SOURCES["navidrome"] = ("navidrome/navidrome", "295886cb9a432d375afa796ed8a32db0775464af",
                        "scanner/scanner.go, scanner/phase_1_folders.go, scanner/phase_2_missing_tracks.go, scanner/phase_3_refresh_albums.go, cmd/root.go, core/scrobbler/play_tracker.go, core/scrobbler/buffered_scrobbler.go, db/backup.go")
SYSTEMS["navidrome"] = (
    "{nd_i}Scrobbled artist={nd_artist}{nd_req} timestamp=\"{nd_ts}\" title={nd_title} user={user}",
    "{nd_i}\"Scanner: Starting scan\" fullScan={nd_bool} numLibraries={nd_libs}",
    "{nd_i}\"Scanner: Finished scanning all libraries\" duration={godur}",
    "{nd_i}\"Scan completed\"",
    "{nd_i}\"Scanner: Found moved files\" total={small}",
    "{nd_i}\"Scanner: Purged missing items from the database\" mediaFiles={nd_n}",
    "{nd_w}\"Scanner: Error loading tags from files. Skipping\"{nd_err} folder={nd_folder}",
    "{nd_w}\"Scrobbler not available, will retry later\" scrobbler={nd_scr}",
    "{nd_i}\"Backup complete\" elapsed={godur} path={nd_bak}",
    "{nd_i}\"Successfully pruned old files\" count={small}",
    "{nd_i}\"Scheduling periodic scan\" schedule={nd_sched}",
    "{nd_i}\"Executing initial scan\"",
    "{nd_i}\"Scanner: Interrupted full scan detected\" lib={nd_lib}",
    "{nd_i}\"Navidrome stopped, bye.\"",
    "{nd_w}\"Scanner: Error loading dir. Skipping\"{nd_err} path={nd_folder}",
)
SLOTS.update({
    "nd_i": _nd_head("info"), "nd_w": _nd_head("warning"), "nd_req": _nd_req, "nd_err": _nd_err,
    "nd_artist": lambda r: _nd_q(r.choice(_ND_ARTISTS)), "nd_title": lambda r: _nd_q(r.choice(_ND_SONGS)),
    "nd_ts": lambda r: f"2026-11-{day(r):02d} {clock(r)} +0000 UTC", "nd_bool": choice(("false", "false", "true")), "nd_libs": choice(("1", "1", "2", "3")),
    "nd_n": lambda r: str(r.randint(0, 400)), "nd_folder": lambda r: _nd_q(f"/music/{r.choice(_ND_ARTISTS)}/{r.choice(('Kind of Blue', 'Homework', 'London Calling', 'Spaces', 'Kid A', 'Outrun', 'Debut', 'Mezzanine', 'Ágætis byrjun'))}"),
    "nd_scr": choice(("lastfm", "listenbrainz")), "nd_bak": lambda r: f"/data/backup/navidrome_backup_2026.11.{day(r):02d}_{clock(r).replace(':', '.')}.db",
    "nd_sched": choice(("@every 1h", "\"0 * * * *\"", "@every 24h", "1h")), "nd_lib": choice(("\"Music Library\"", "Music", "Audiobooks", "\"Vinyl rips\"")),
})
# ---------------------------------------------------------------- riemann (Clojure; clojure.tools.logging over logback, pattern "%p [%d] %t - %c - %m%n" (src/riemann/logging.clj),
# /var/log/riemann/riemann.log: "INFO [2026-11-26 06:20:12,123] main - riemann.core - Hyperspace core online"; (info a b c) joins its arguments with spaces)
def _rm_head(lvl: str, threads: tuple[str, ...], ns: str) -> Callable[[R], str]:
    return lambda r: f"{lvl} [2026-11-{day(r):02d} {clock(r)},{r.randint(0, 999):03d}] {r.choice(threads)} - {ns} - "


_RM_MAIN = ("main",)
_RM_POOL = ("clojure-agent-send-off-pool-3", "clojure-agent-send-off-pool-7", "riemann task 2", "riemann task 0", "nioEventLoopGroup-2-1", "defaultEventExecutorGroup-2-4")


SOURCES["riemann"] = ("riemann/riemann", "24343516ca8fc4a0c1418a4bac991600e55342de",
                      "src/riemann/logging.clj (pattern), src/riemann/bin.clj, src/riemann/config.clj, src/riemann/core.clj, src/riemann/transport/tcp.clj, "
                      "src/riemann/transport/udp.clj, src/riemann/transport/sse.clj, src/riemann/graphite.clj, src/riemann/pubsub.clj, src/riemann/service.clj, src/riemann/plugin.clj")
SYSTEMS["riemann"] = (
    "{rm_sse}New SSE subscription to index for: {rm_query}",
    "{rm_pubsub}Sweeping transient subscriptions.",
    "{rm_graphite}Connecting to  {rm_gmap}",
    "{rm_core}Hyperspace core online",
    "{rm_bin}Caught SIGHUP, reloading",
    "{rm_config}Loading {rm_cfg}",
    "{rm_tcp}TCP server {rm_bind} {rm_port} online",
    "{rm_udp}UDP server {rm_bind} {rm_port} {rm_max} {rm_rcv} online",
    "{rm_svc}Executor Service {rm_exec} starting",
    "{rm_rmq}rabbitmq-transport caught an exception: {rm_rmqerr}",
    "{rm_core}Core stopping",
    "{rm_core}Hyperspace core shut down",
    "{rm_bin}PID {pid}",
    "{rm_plugin}loading plugin: {rm_plug}",
    "{rm_ssec}Closing SSE channel  {ip} {rm_query}",
)
SLOTS.update({
    "rm_sse": _rm_head("INFO", _RM_POOL, "riemann.transport.sse"), "rm_pubsub": _rm_head("INFO", ("riemann task 1", "riemann task 3"), "riemann.pubsub"),
    "rm_graphite": _rm_head("INFO", _RM_POOL, "riemann.graphite"), "rm_core": _rm_head("INFO", _RM_MAIN + ("Thread-1",), "riemann.core"),
    "rm_bin": _rm_head("INFO", ("main", "SIGHUP handler"), "riemann.bin"), "rm_config": _rm_head("INFO", _RM_MAIN, "riemann.config"),
    "rm_tcp": _rm_head("INFO", _RM_MAIN, "riemann.transport.tcp"), "rm_udp": _rm_head("INFO", _RM_MAIN, "riemann.transport.udp"),
    "rm_svc": _rm_head("INFO", _RM_MAIN, "riemann.service"), "rm_rmq": _rm_head("WARN", _RM_POOL, "riemann.transport.rabbitmq"),
    "rm_plugin": _rm_head("INFO", _RM_MAIN, "riemann.plugin"), "rm_ssec": _rm_head("INFO", _RM_POOL, "riemann.transport.sse"),
    "rm_query": choice(("(service = \"cpu\")", "(host = \"web01\")", "true", "(state = \"critical\")", "(and (service =~ \"disk%\") (metric > 0.9))", "(tagged \"prod\")")),
    "rm_gmap": lambda r: f"{{:host \"{r.choice(('graphite', 'graphite.internal', '10.0.3.7', 'carbon-relay'))}\", :port {r.choice((2003, 2003, 2004))}}}",
    "rm_ghost": choice(("graphite", "graphite.internal", "10.0.3.7", "carbon-relay")), "rm_gport": choice(("2003", "2003", "2004")),
    "rm_cfg": choice(("/etc/riemann/riemann.config", "/etc/riemann/riemann.config", "/opt/riemann/etc/riemann.config", "/etc/riemann/conf.d/streams.clj")),
    "rm_bind": choice(("0.0.0.0", "127.0.0.1", "localhost", "::")), "rm_port": choice(("5555", "5555", "5556")), "rm_max": choice(("16384", "16384", "65535")),
    "rm_rcv": choice(("nil", "nil", "1048576")), "rm_exec": choice((":graphite", ":influxdb", ":riemann.pagerduty/pd", ":email", ":slack")),
    "rm_rmqerr": choice(("Connection reset", "connection error; reason: java.net.SocketException: Connection reset", "java.net.ConnectException: Connection refused")),
    "rm_plug": choice(("kafka", "riemann-extra", "influxdb", "cloudwatch")),
})
# ---------------------------------------------------------------- bookkeeper (Java; bookie with slog attrs, conf/log4j2.xml ROLLINGFILE "%d{ISO8601} - %-5p [%t:%C{1}@%L] - %m %X%n",
# logs/bookkeeper-server.log: "2026-11-26T06:20:12,123 - INFO  [GarbageCollectorThread-6-1:GarbageCollectorThread@304] - msg {key=value, ...}" -- %X renders the
# .attr(...) keys sorted, "{}" when there are none; thread, class and line are the logger's)
def _bk_head(lvl: str, threads: tuple[str, ...], cls: str, line: int) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)},{r.randint(0, 999):03d} - {lvl:<5} [{r.choice(threads)}:{cls}@{line}] - "


_BK_GC = ("GarbageCollectorThread-6-1", "GarbageCollectorThread-7-1", "GarbageCollectorThread-8-1")
_BK_SYNC = ("SyncThread-7-1", "BookieJournal-3181", "bookie-io-3-4", "db-storage-4-1", "BookieWriteThreadPool-OrderedExecutor-0-0")
_BK_MAIN = ("main", "main", "component-starter-thread")
_BK_DIRS = ("/data/bookkeeper/ledgers", "/mnt/disk1/bookkeeper/ledgers", "/mnt/disk2/bookkeeper/ledgers", "/pulsar/data/bookkeeper/ledgers")


def _bk_dir(r: R) -> str:
    return r.choice(_BK_DIRS) + "/current"


def _bk_logid(r: R) -> str:
    return str(r.randint(1, 90000))


SOURCES["bookkeeper"] = ("apache/bookkeeper", "9590a97f67c81a2964c79a92c7c58976894588f3",
                         "conf/log4j2.xml (pattern, %X), bookkeeper-server/src/main/java/org/apache/bookkeeper/bookie/ EntryLoggerAllocator.java, EntryLogManagerForSingleEntryLog.java, "
                         "EntryLogManagerBase.java, EntryLogCompactor.java, Journal.java, JournalChannel.java, LedgerDirsMonitor.java, LedgerDirsManager.java, GarbageCollectorThread.java, BookieImpl.java, BookieStateManager.java")
SYSTEMS["bookkeeper"] = (
    "{bk_syn}Synced entry logger to disk. {logId={bk_logid}}",
    "{bk_cre}Created new entry log file {file={bk_dirv}/{bk_hex}.log, logId={bk_logid}}",
    "{bk_new}Creating a new entry log file {reason={bk_reason}}",
    "{bk_jgc}garbage collected journal {journalFile={bk_hex}.txn}",
    "{bk_rm}Removing entry log after compaction {entryLogId={bk_logid}}",
    "{bk_full}Ledger directory is almost full {directory={bk_dirv}, usage={bk_usage}}",
    "{bk_fgc}Forced garbage collection triggered {forceMajor={bk_bool}, forceMinor={bk_bool}, thread={bk_thr}}",
    "{bk_sus}Suspend Major Compaction {thread={bk_thr}}",
    "{bk_oos}Directory is out of space. Adding it to filled dirs list {directory={bk_dirv}}",
    "{bk_wr}becomes writable. Adding it to writable dirs list. {directory={bk_dirv}}",
    "{bk_ro}Transitioning Bookie to ReadOnly mode, and will serve only read requests from clients! {}",
    "{bk_rw}Transitioning Bookie to Writable mode and will serve read/write requests. {}",
    "{bk_open}Opening journal {journal={bk_jdir}/{bk_hex}.txn}",
    "{bk_rep}Replaying journal {journalId={bk_jid}, logPosition={bk_pos}}",
    "{bk_fin}Finished replaying journal {elapsedMs={bk_ms}}",
    "{bk_minor}Minor Compaction {enabled={bk_bool}, interval={bk_int}, threshold={bk_thresh}}",
)
SLOTS.update({
    "bk_syn": _bk_head("INFO", _BK_SYNC, "EntryLogManagerForSingleEntryLog", 297), "bk_cre": _bk_head("INFO", ("EntryLoggerAllocator-1-1", "EntryLoggerAllocator-2-1"), "EntryLoggerAllocator", 200),
    "bk_new": _bk_head("INFO", _BK_SYNC, "EntryLogManagerBase", 115), "bk_jgc": _bk_head("INFO", ("SyncThread-7-1", "SyncThread-8-1"), "Journal", 744),
    "bk_rm": _bk_head("INFO", _BK_GC, "EntryLogCompactor", 79), "bk_full": _bk_head("WARN", ("LedgerDirsMonitorThread",), "LedgerDirsMonitor", 121),
    "bk_fgc": _bk_head("INFO", _BK_GC + ("bookie-http-1-3",), "GarbageCollectorThread", 400), "bk_sus": _bk_head("INFO", _BK_GC, "GarbageCollectorThread", 495),
    "bk_oos": _bk_head("WARN", ("LedgerDirsMonitorThread",), "LedgerDirsManager", 227), "bk_wr": _bk_head("INFO", ("LedgerDirsMonitorThread",), "LedgerDirsManager", 259),
    "bk_ro": _bk_head("INFO", ("BookieStateManagerService-0",), "BookieStateManager", 310), "bk_rw": _bk_head("INFO", ("BookieStateManagerService-0",), "BookieStateManager", 262),
    "bk_open": _bk_head("INFO", _BK_MAIN + ("BookieJournal-3181",), "JournalChannel", 169), "bk_rep": _bk_head("INFO", _BK_MAIN, "BookieImpl", 813),
    "bk_fin": _bk_head("INFO", _BK_MAIN, "BookieImpl", 781), "bk_minor": _bk_head("INFO", _BK_MAIN, "GarbageCollectorThread", 296),
    "bk_logid": _bk_logid, "bk_dirv": _bk_dir, "bk_hex": lambda r: f"{r.randint(1, 0x1ffff):x}",
    "bk_reason": choice(("Start", "Rolling", "compaction", "Flush")), "bk_usage": lambda r: f"0.{r.randint(85, 99)}{r.randint(0, 99999):05d}",
    "bk_bool": choice(("true", "false")), "bk_thr": choice(("bookie-http-1-3", "GarbageCollectorThread-6-1", "main")),
    "bk_jdir": choice(("/data/bookkeeper/journal/current", "/pulsar/data/bookkeeper/journal/current", "/mnt/journal/bookkeeper/current")),
    "bk_jid": lambda r: str(r.randint(10**11, 10**12)), "bk_pos": lambda r: str(r.randint(512, 2 * 10**9)), "bk_ms": lambda r: str(r.randint(5, 900000)),
    "bk_int": choice(("3600", "3600000", "86400", "60")), "bk_thresh": choice(("0.2", "0.5", "0.8")),
})
# ---------------------------------------------------------------- etherpad-lite (TypeScript/Node.js; log4js console appender with logLayoutType "basic" (settings.json), docker/journald stdout:
# "[2026-11-26T06:20:12.123] [INFO] access - msg" -- level and category are the logger's)
_EP_PADS = ("standup-notes", "retro-2026-11", "team-agenda", "g.8f3kXq2LmP$minutes", "lesson-plan-7b", "incident-4711", "board-draft", "welcome", "hackathon-ideas")


def _ep_head(lvl: str, cat: str) -> Callable[[R], str]:
    return lambda r: f"[2026-11-{day(r):02d}T{clock(r)}.{r.randint(0, 999):03d}] [{lvl}] {cat} - "


def _ep_user(r: R) -> str:
    return r.choice(("", "", f" username:{r.choice(USERS)}"))


SOURCES["etherpad-lite"] = ("ether/etherpad-lite", "b827f5b3d93bc79fc9014c7d9f8b900956b8af65",
                            "src/node/utils/Settings.ts (log4js layout), src/node/handler/PadMessageHandler.ts, src/node/hooks/express/webaccess.ts, src/node/server.ts, "
                            "src/node/hooks/express.ts, src/node/hooks/express/socketio.ts, src/node/utils/LibreOffice.ts")
SYSTEMS["etherpad-lite"] = (
    "{ep_acc}[{ep_ec}] pad:{ep_pad} socket:{ep_sock} IP:{ep_ip} authorID:{ep_author}{ep_user}",
    "{ep_acc}[LEAVE] pad:{ep_pad} socket:{ep_sock} IP:{ep_ip} authorID:{ep_author}{ep_user}",
    "{ep_http}Successful authentication from IP {ep_ip} for user {user}",
    "{ep_http}Failed authentication from IP {ep_ip}",
    "{ep_msg}Rate limited IP {ep_ip}. To reduce the amount of rate limiting that happens edit the rateLimit values in settings.json",
    "{ep_lo}[{pid}] Converting {ep_src} to {ep_type} in {ep_tmp}",
    "{ep_lo}[{pid}] Conversion done.",
    "{ep_srv}Starting Etherpad...",
    "{ep_srv}Etherpad is running",
    "{ep_srv}Installed plugins: {ep_plugins}",
    "{ep_exp}HTTP server listening for connections",
    "{ep_srv}Received SIGTERM signal",
    "{ep_srv}Stopping Etherpad...",
    "{ep_sio}Waiting for {small} socket.io clients to disconnect...",
    "{ep_set}{ep_stype} loaded from: {ep_sfile}",
    "{ep_msg}Ignoring invalid colorId in CLIENT_READY message: {ep_color}",
)
SLOTS.update({
    "ep_acc": _ep_head("INFO", "access"), "ep_http": _ep_head("INFO", "http"), "ep_msg": _ep_head("WARN", "message"), "ep_lo": _ep_head("INFO", "LibreOffice"),
    "ep_srv": _ep_head("INFO", "server"), "ep_exp": _ep_head("INFO", "http"), "ep_sio": _ep_head("INFO", "socket.io"), "ep_set": _ep_head("INFO", "settings"),
    "ep_ec": choice(("ENTER", "ENTER", "ENTER", "CREATE")), "ep_pad": choice(_EP_PADS), "ep_sock": lambda r: b62(r, 20).replace("0", "_"),
    "ep_ip": lambda r: r.choice((ip4(r), "ANONYMOUS", f"::ffff:{ip4(r)}")), "ep_author": lambda r: f"a.{b62(r, 16)}", "ep_user": _ep_user,
    "ep_src": lambda r: f"/tmp/etherpad_import_{r.randint(10**8, 10**9)}.{r.choice(('docx', 'odt', 'pdf', 'doc'))}", "ep_type": choice(("html", "pdf", "docx", "odt")),
    "ep_tmp": lambda r: f"/tmp/eplibreoffice-{b62(r, 6)}",
    "ep_plugins": choice(("ep_etherpad-lite@2.2.6", "ep_align@0.3.98, ep_headings2@0.2.57, ep_etherpad-lite@2.2.6", "ep_comments_page@10.0.0, ep_font_size@0.4.62, ep_etherpad-lite@2.3.0")),
    "ep_stype": choice(("settings", "settings", "credentials")), "ep_sfile": choice(("/opt/etherpad-lite/settings.json", "/opt/etherpad-lite/credentials.json", "/srv/etherpad/settings.json")),
    "ep_color": choice(("#ffffff", "undefined", "99", "rgb(0,0,0)")),
})
# ---------------------------------------------------------------- mpd (C++; LogBackend.cxx FileLog "{date}{domain}: {message}" with log_date "%FT%T ", log_file / stderr under systemd:
# "2026-11-26T06:20:12 player: played \"Jazz/Miles Davis/So What.flac\"" -- the domain name is the logger's)
_MP_FILES = ("Jazz/Miles Davis/Kind of Blue/01 So What.flac", "Electronic/Daft Punk/Homework/07 Around the World.mp3", "Rock/The Clash/London Calling/01 London Calling.flac",
             "Classical/Bach/Cello Suites/01 Prelude.flac", "Ambient/Nils Frahm/Spaces/03 Says.mp3", "Podcasts/2026-11-24 Episode 212.mp3", "Radio/fip.m3u")


def _mp_head(domain: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)} {domain}: "


def _mp_dirfile(r: R) -> str:
    return r.choice(_MP_FILES)


def _mp_out(r: R) -> str:
    return r.choice(('"USB DAC" (alsa)', '"My ALSA Device" (alsa)', '"PipeWire Sound Server" (pipewire)', '"HTTP stream" (httpd)', '"Snapcast" (fifo)', '"PulseAudio" (pulse)'))


SOURCES["mpd"] = ("MusicPlayerDaemon/MPD", "ff22bd411bedbda508eb9406e9fe77f1116a2d11",
                  "src/LogBackend.cxx (FileLog, log_date), src/player/Thread.cxx, src/client/Client.cxx, src/client/New.cxx, src/client/Event.cxx, src/client/Process.cxx, "
                  "src/db/update/Walk.cxx, src/db/update/Remove.cxx, src/output/Thread.cxx, src/output/Init.cxx, src/output/plugins/AlsaOutputPlugin.cxx, src/event/Thread.cxx")
SYSTEMS["mpd"] = (
    "{mp_player}played \"{mp_file}\"",
    "{mp_client}[{mp_cid}] client connected",
    "{mp_client}[{mp_cid}] disconnected",
    "{mp_update}added {mp_file}",
    "{mp_update}updating {mp_file}",
    "{mp_update}removing {mp_file}",
    "{mp_client}[{mp_cid}] malformed command \"{mp_badcmd}\"",
    "{mp_client}[{mp_cid}] command \"{mp_cmd}\" during idle",
    "{mp_client}Max connections reached",
    "{mp_output}Failed to play on {mp_out}: {mp_perr}",
    "{mp_alsa}Decoder is too slow; playing silence to avoid xrun",
    "{mp_update}error reading file {mp_file}: {mp_rerr}",
    "{mp_client}[{mp_cid}] error: {mp_cerr}",
    "{mp_output}Failed to open mixer for \"{mp_oname}\": {mp_merr}",
    "{mp_event}RTIOThread could not get realtime scheduling, continuing anyway: {mp_rterr}",
)
SLOTS.update({
    "mp_player": _mp_head("player"), "mp_client": _mp_head("client"), "mp_update": _mp_head("update"), "mp_output": _mp_head("output"),
    "mp_alsa": _mp_head("alsa_output"), "mp_event": _mp_head("event"),
    "mp_file": _mp_dirfile, "mp_cid": lambda r: str(r.randint(1, 4000)), "mp_out": _mp_out,
    "mp_badcmd": choice(("GET / HTTP/1.1", "status extra", "play \"", "\\x16\\x03\\x01", "listall \"Jazz")), "mp_cmd": choice(("status", "currentsong", "noidle foo", "play")),
    "mp_perr": choice(("snd_pcm_writei() failed: Input/output error", "Failed to write: Broken pipe", "pa_stream_write() failed: Connection terminated", "Device or resource busy")),
    "mp_rerr": choice(("Failed to open file: Permission denied", "Not a FLAC file", "Input/output error", "Failed to decode: invalid data")),
    "mp_cerr": choice(("Failed to read from socket: Connection reset by peer", "Failed to send to socket: Broken pipe", "Connection timed out")),
    "mp_rterr": choice(("sched_setscheduler failed: Operation not permitted", "sched_setscheduler failed: Invalid argument")),
    "mp_oname": choice(("USB DAC", "My ALSA Device", "PulseAudio")), "mp_merr": choice(("Failed to open mixer for 'hw:0': No such file or directory", "no such mixer control: PCM", "Connection refused")),
})
# ---------------------------------------------------------------- transmission-daemon (C++; daemon/daemon.cc printMessage with --logfile / stderr under systemd:
# "[2026-11-26T06:20:12.123+0000] inf Ubuntu 24.04 Pausing torrent (torrent.cc:1012)" -- level word and "(file:line)" are the logger's, the torrent/tier name is filled in)
_TR_TORS = ("ubuntu-24.04.3-desktop-amd64.iso", "debian-13.1.0-amd64-netinst.iso", "Fedora-Workstation-Live-x86_64-43", "archlinux-2026.11.01-x86_64.iso",
            "Big Buck Bunny", "Sintel", "Tears of Steel 4K", "linuxmint-22.2-cinnamon-64bit.iso", "wikipedia_en_all_maxi_2026-10.zim", "openSUSE-Tumbleweed-DVD-x86_64")
_TR_TRACKERS = (("torrent.ubuntu.com", 443), ("bttracker.debian.org", 6969), ("tracker.opentrackr.org", 1337), ("open.stealth.si", 80), ("tracker.torrent.eu.org", 451), ("torrent.fedoraproject.org", 6969))


def _tr_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"[2026-11-{day(r):02d}T{clock(r)}.{r.randint(0, 999):03d}{r.choice(('+0000', '+0100', '+0100'))}] {lvl} "


def _tr_loc(files: tuple[str, ...]) -> Callable[[R], str]:
    return lambda r: f" ({r.choice(files)})"


def _tr_tier(r: R) -> str:
    h, p = r.choice(_TR_TRACKERS)
    _LINE["tr_url"] = f"https://{h}/announce" if p == 443 else f"{'udp' if p in (1337, 451, 80) else 'http'}://{h}:{p}/announce"
    return f"{r.choice(_TR_TORS)} at {h}:{p}"


SOURCES["transmission"] = ("transmission/transmission", "85fc9d915c6d91b32f01ec4b291b1c9ba820f310",
                           "daemon/daemon.cc (printMessage, levelName), libtransmission/log.cc (tr_logGetTimeStr), libtransmission/torrent.cc, libtransmission/announcer.cc, "
                           "libtransmission/port-forwarding-natpmp.cc, libtransmission/port-forwarding-upnp.cc, libtransmission/rpc-server.cc, libtransmission/blocklist.cc, daemon/daemon.cc")
SYSTEMS["transmission"] = (
    "{tr_w}{tr_tier} Announce error: {tr_aerr} ({tr_url}){tr_loc_an}",
    "{tr_i}Port {tr_port} forwarded successfully{tr_loc_pf}",
    "{tr_i}{tr_tor} Seed ratio reached; pausing torrent{tr_loc_tor}",
    "{tr_i}{tr_tor} Pausing torrent{tr_loc_tor}",
    "{tr_i}{tr_tor} Removing torrent{tr_loc_tor}",
    "{tr_w}{tr_tier} Tracker warning: '{tr_warn}' ({tr_url}){tr_loc_an}",
    "{tr_i}Found public address '{tr_pub}'{tr_loc_pf}",
    "{tr_e}Rejected request from {ip} (failed authentication){tr_loc_rpc}",
    "{tr_i}{tr_tor} Calling script '{tr_script}'{tr_loc_tor}",
    "{tr_i}{tr_tor} Seeding idle limit reached; pausing torrent{tr_loc_tor}",
    "{tr_i}Blocklist '{tr_bl}' has {tr_blc} entries{tr_loc_bl}",
    "{tr_i}Listening for RPC and Web requests on '{tr_rpc}'{tr_loc_rpc}",
    "{tr_i}Found Internet Gateway Device '{tr_igd}'{tr_loc_upnp}",
    "{tr_i}Loading settings from '{tr_cfg}'{tr_loc_d}",
    "{tr_e}{tr_tor} Couldn't move '{tr_old}' to '{tr_new}': {tr_merr}{tr_loc_tor}",
    "{tr_e}Rejected request from {ip} (IP not whitelisted){tr_loc_rpc}",
)
SLOTS.update({
    "tr_i": _tr_head("inf"), "tr_w": _tr_head("WRN"), "tr_e": _tr_head("ERR"),
    "tr_loc_an": _tr_loc(("announcer.cc:1003", "announcer.cc:1126")), "tr_loc_pf": _tr_loc(("port-forwarding-natpmp.cc:152", "port-forwarding-upnp.cc:318")),
    "tr_loc_tor": _tr_loc(("torrent.cc:1012", "torrent.cc:1108", "torrent.cc:1860", "torrent.cc:2219")), "tr_loc_rpc": _tr_loc(("rpc-server.cc:505", "rpc-server.cc:534", "rpc-server.cc:683")),
    "tr_loc_bl": _tr_loc(("blocklist.cc:268",)), "tr_loc_upnp": _tr_loc(("port-forwarding-upnp.cc:246",)), "tr_loc_d": _tr_loc(("daemon.cc:795",)),
    "tr_tier": _tr_tier, "tr_url": lambda r: _LINE.get("tr_url", "udp://tracker.opentrackr.org:1337/announce"), "tr_tor": choice(_TR_TORS),
    "tr_aerr": choice(("Connection timed out", "Could not connect to tracker", "Tracker gave HTTP response code 502 (Bad Gateway)", "Couldn't resolve host name", "Tracker gave HTTP response code 404 (Not Found)")),
    "tr_port": lambda r: str(r.choice((51413, 51413, 51413, r.randint(20000, 60000)))), "tr_warn": choice(("Torrent not registered with this tracker", "unregistered torrent", "Not Found", "Rate limited")),
    "tr_pub": lambda r: r.choice(("89.12.44.201", "31.18.207.12", "185.101.34.9", "77.23.156.44")),
    "tr_script": choice(("/etc/transmission-daemon/done.sh", "/scripts/torrent-done.sh", "/config/scripts/notify.sh")),
    "tr_bl": choice(("/var/lib/transmission-daemon/.config/transmission-daemon/blocklists/blocklist.bin", "/config/blocklists/level1.bin")), "tr_blc": lambda r: str(r.randint(100000, 900000)),
    "tr_rpc": choice(("0.0.0.0:9091", "[::]:9091", "127.0.0.1:9091")), "tr_igd": lambda r: f"http://192.168.{r.choice((0, 1, 178))}.1:{r.choice((5000, 49152, 1900))}/rootDesc.xml",
    "tr_cfg": choice(("/var/lib/transmission-daemon/.config/transmission-daemon", "/config", "/etc/transmission-daemon")),
    "tr_old": lambda r: f"/downloads/incomplete/{r.choice(_TR_TORS)}", "tr_new": lambda r: f"/downloads/complete/{r.choice(_TR_TORS)}",
    "tr_merr": choice(("No space left on device (28)", "Permission denied (13)", "Read-only file system (30)")),
})
# ==== END OF PROGRAMS


SET = GeneratedSet(prefix="u11", seed=SEED, systems=SYSTEMS, sources=SOURCES, slots=SLOTS, line=_LINE)
lines = SET.lines


if __name__ == "__main__":
    SET.main(__doc__)
