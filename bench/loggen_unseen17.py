"""The UNSEEN17-S16 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py .. loggen_unseen16.py, SOURCES of earlier sets), not in LogHub's 16 and
not in hybridlogparser's sets.

Written 2026-11-27 (session 16) by helper S16-unseen17 and kept OUTSIDE the repo until the lead has scored
Millpond's miner on it: the miner's tuners share the machine.

    PYTHONPATH=/work/main/bench python loggen_unseen17.py --out /work/unseen-data17 -n 2000   # writes u17-<program>.tsv.gz
    PYTHONPATH=/work/main/bench python loggen_unseen17.py --verify                            # template literals vs the sources

Ground truth (the rule of loggen_unseen3.py .. loggen_unseen16.py): one format string / log call in the program's
source is one template; whatever the program fills in is a slot, words included.  Text the program's logger adds
around the message (timestamps, levels, pids, thread names, module tags, file:line locations, connection ids) comes
from header slots: it is not part of the format string and never decides a label.  Structured loggers' key names
written in the log call itself are part of the call, hence of the template.

Each program names its repository, the commit read, and the source files of its format strings (SOURCES);
``--verify`` checks every literal run of >= 6 characters of every template against the local bare mirror of
that repository (git grep -F at the recorded commit).  Frequencies: every template gets at least MIN_PER lines,
the rest is drawn Zipf-like by the order templates are listed in.
"""

from __future__ import annotations

from collections.abc import Callable

from loggen_kit import R, b62, base_slots, choice, clock, day, GeneratedSet, hexs, ip4, uuid4

_LINE: dict[str, str] = {}  # values one line's header chose that its message repeats; reset per line
SEED = 171127  # the set's seed
SLOTS = base_slots()
SYSTEMS: dict[str, tuple[str, ...]] = {}
SOURCES: dict[str, tuple[str, str, str]] = {}  # program: (repository, commit read, files holding the format strings)
_NSLOT = [0]


def _frac(r: R, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _hp(r: R) -> str:
    return f"{ip4(r)}:{r.randint(1024, 65535)}"


def _h(fn: Callable[[R], str]) -> str:
    """Register a header slot (the logger's text around one statement's message) and return its ``{name}``."""
    _NSLOT[0] += 1
    name = f"hd{_NSLOT[0]}"
    SLOTS[name] = fn
    return "{" + name + "}"


def _ts(r: R, sep: str = "T", digits: int = 6, z: str = "Z") -> str:
    return f"2026-11-{day(r):02d}{sep}{clock(r)}.{_frac(r, digits)}{z}"


def _ms(r: R) -> str:
    return f"{clock(r)}.{_frac(r, 3)}"
# ---------------------------------------------------------------- open5gs-amfd (C; 5G core AMF, its log file /var/log/open5gs/amf.log in the layout of lib/core/ogs-log.c:
# "11/27 06:20:12.123: [gmm] INFO: Registration request (../src/amf/gmm-sm.c:1706)" -- time, [domain], LEVEL: and the trailing (file:line) are the logger's)


def _o5(dom: str, lvl: str, body: str, where: str) -> str:
    return (_h(lambda r: f"11/{day(r):02d} {clock(r)}.{_frac(r, 3)}: [{dom}] {lvl}: ") + body
            + _h(lambda r: f" (../src/amf/{where})"))


def _o5_supi(r: R) -> str:
    return f"imsi-{r.choice(('99970', '00101', '310410', '26201'))}{r.randint(10 ** 9, 10 ** 10 - 1)}"


def _o5_suci(r: R) -> str:
    return f"suci-0-{r.choice(('999-70', '001-01', '310-410', '262-01'))}-0000-0-0-{r.randint(10 ** 9, 10 ** 10 - 1):010d}"


SOURCES["open5gs-amfd"] = ("open5gs/open5gs", "8f25f3beaf131a5e979534dfda4a27765321dfd0",
                           "lib/core/ogs-log.c (layout), src/amf/amf-sm.c, src/amf/context.c, src/amf/gmm-sm.c, src/amf/gmm-handler.c, src/amf/ngap-handler.c")
SYSTEMS["open5gs-amfd"] = (
    _o5("amf", "INFO", "InitialUEMessage", "ngap-handler.c:668"),
    _o5("amf", "INFO", "[Added] Number of gNB-UEs is now {o5_n}", "context.c:2981"),
    _o5("amf", "INFO", "[Removed] Number of gNB-UEs is now {o5_n}", "context.c:2988"),
    _o5("gmm", "INFO", "Registration request", "gmm-sm.c:1706"),
    _o5("gmm", "INFO", "[{o5_supi}] Registration complete", "gmm-sm.c:3321"),
    _o5("amf", "INFO", "UE Context Release [Action:{o5_act}]", "ngap-handler.c:2048"),
    _o5("amf", "INFO", "[{o5_suci}] Unknown UE by SUCI", "context.c:1981"),
    _o5("amf", "INFO", "[Added] Number of AMF-Sessions is now {o5_n}", "context.c:3002"),
    _o5("gmm", "INFO", "UE SUPI[{o5_supi}] DNN[{o5_dnn}] LBO[{o5_lbo}] S_NSSAI[SST:{o5_sst} SD:0x{o5_sd}] smContextRef[{o5_ref}] smContextResourceURI[{o5_uri}]",
        "gmm-handler.c:1430"),
    _o5("gmm", "INFO", "[{o5_supi}] Service request", "gmm-sm.c:3440"),
    _o5("amf", "INFO", "gNB-N2 accepted[{o5_gnb}] in master_sm module", "amf-sm.c:822"),
    _o5("amf", "INFO", "[Added] Number of gNBs is now {o5_g}", "context.c:1277"),
    _o5("gmm", "INFO", "[{o5_supi}] Deregistration request", "gmm-sm.c:2005"),
    _o5("amf", "INFO", "gNB-N2[{o5_gnb}] connection refused!!!", "amf-sm.c:882"),
    _o5("amf", "INFO", "Unknown UE by 5G-S_TMSI[AMF_ID:0x{o5_amfid},M_TMSI:0x{o5_tmsi}]", "context.c:2007"),
    _o5("gmm", "WARNING", "[{o5_suci}] Authentication failure [{o5_cause}]", "gmm-sm.c:2181"),
    _o5("amf", "WARNING", "[{o5_suci}] OLD UE Context Release", "context.c:2248"),
    _o5("gmm", "WARNING", "[{o5_supi}] Implicit De-registered", "gmm-sm.c:765"),
)
SLOTS.update({
    "o5_n": lambda r: str(r.randint(0, 10 ** r.randint(1, 3))), "o5_g": lambda r: str(r.randint(1, 40)), "o5_supi": _o5_supi, "o5_suci": _o5_suci,
    "o5_act": choice(("1", "1", "2", "3", "4", "5")), "o5_dnn": choice(("internet", "internet", "ims", "iot.m2m", "enterprise.apn")), "o5_lbo": choice(("0", "0", "1")),
    "o5_sst": choice(("1", "1", "2", "3")), "o5_sd": choice(("ffffff", "ffffff", "000001", "010203")),
    "o5_ref": lambda r: r.choice(("NULL", "NULL", str(r.randint(1, 9999)))),
    "o5_uri": lambda r: r.choice(("NULL", f"http://{r.choice(('127.0.0.4', '10.10.0.14', 'smf.5gc.svc'))}:{r.choice((7777, 80))}/nsmf-pdusession/v1/sm-contexts/{r.randint(1, 9999)}")),
    "o5_gnb": lambda r: f"10.{r.randint(20, 30)}.{r.randint(0, 9)}.{r.randint(2, 250)}", "o5_amfid": choice(("20040", "20040", "cafe00", "10041")),
    "o5_tmsi": lambda r: f"{r.randint(0, 0xffffffff):x}", "o5_cause": choice(("20", "21", "26", "71")),
})
# ---------------------------------------------------------------- traffic_server (C++; Apache Traffic Server caching proxy, its diags.log in the layout of
# src/tsutil/DbgCtl.cc generate_format_string: "[Nov 27 06:20:12.123] [ET_NET 3] WARNING: client '10.1.2.3' prohibited by ip-allow policy" -- the ctime
# timestamp, thread name and LEVEL: are the diags logger's)
_TS_NET = tuple(f"[ET_NET {i}]" for i in range(8))
_TS_TASK = ("[ET_TASK 0]", "[ET_TASK 1]", "traffic_server")


def _tsv(lvl: str, body: str, threads: tuple[str, ...] = _TS_NET) -> str:
    return _h(lambda r: f"[Nov {day(r):2d} {clock(r)}.{_frac(r, 3)}] {r.choice(threads)} {lvl}: ") + body


_TS_ORIG = ("origin-a.internal", "origin-b.internal", "img-origin.cdn.lan", "10.60.2.14", "api-backend-1.prod", "static.example.net", "edge-parent-2.cdn.lan")
_TS_PATHS = ("/", "/index.html", "/api/v2/items?page=3", "/static/js/app.4f9c1e.js", "/img/products/81213_large.jpg", "/video/seg-000231.ts", "/favicon.ico",
             "/feeds/rss.xml", "/health")
SOURCES["traffic_server"] = ("apache/trafficserver", "1372b5efba2508e82252799e1242bd1b7ab121f5",
                             "src/tsutil/DbgCtl.cc (layout), src/proxy/HostStatus.cc, src/proxy/ParentSelectionStrategy.cc, src/proxy/http/HttpSessionAccept.cc, "
                             "src/proxy/http2/Http2SessionAccept.cc, src/proxy/http2/Http2ConnectionState.cc, src/proxy/http/HttpSM.cc, src/iocore/net/P_UnixNet.h, "
                             "src/iocore/net/SSLClientUtils.cc, src/iocore/net/OCSPStapling.cc, src/iocore/dns/DNS.cc, src/proxy/logging/LogObject.cc")
SYSTEMS["traffic_server"] = (
    _tsv("WARNING", "client '{ts_ip}' prohibited by ip-allow policy"),
    _tsv("ERROR", "HTTP/2 connection error code=0x{ts_h2code} client_ip={ts_ip} session_id={ts_sid} stream_id={ts_stream} {ts_h2msg}"),
    _tsv("NOTE", "Parent {ts_retry} marked as down {ts_parent}:{ts_pport} for request {ts_url}"),
    _tsv("NOTE", "http parent proxy {ts_parent}:{ts_pport} restored with request {ts_url}"),
    _tsv("WARNING", "SNI/hostname mismatch sni={ts_sni} host={ts_sni} action={ts_act}"),
    _tsv("NOTE", "Failure threshold met failcount:{ts_fail} >= threshold:{ts_thr}, http parent proxy {ts_parent}:{ts_pport} marked down with request: {ts_url}"),
    _tsv("WARNING", "SNI ({ts_sni}) not in certificate. Action={ts_snact} server={ts_orig}({ts_oip})"),
    _tsv("WARNING", "HTTP/2 client '{ts_ip}' prohibited by ip-allow policy"),
    _tsv("WARNING", "too many connections, throttling.  connection_type={ts_ctype}, current_connections={ts_conns}, net_connections_throttle={ts_thr2}"),
    _tsv("WARNING", "connection to DNS server {ts_dns} lost, marking as down"),
    _tsv("WARNING", "connection to DNS server {ts_dns} restored"),
    _tsv("NOTE", "Host {ts_orig} has been marked down, down_time: {ts_down} - {ts_downw}.", _TS_TASK),
    _tsv("NOTE", "Host {ts_orig} has been marked up.", _TS_TASK),
    _tsv("WARNING", "too many streams: {ts_streams}, reduce SETTINGS_MAX_CONCURRENT_STREAMS to {ts_maxs}"),
    _tsv("ERROR", "OCSP request was timed out; uri={ts_ocsp}", _TS_TASK),
    _tsv("NOTE", "Rolled {ts_log}", _TS_TASK),
)
SLOTS.update({
    "ts_ip": lambda r: r.choice((ip4(r), ip4(r), f"2001:db8:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}")), "ts_h2code": choice(("01", "01", "02", "07", "09", "0b")),
    "ts_sid": lambda r: str(r.randint(1, 10 ** r.randint(3, 7))), "ts_stream": lambda r: str(r.choice((0, 0, r.randint(1, 999) * 2 + 1))),
    "ts_h2msg": choice(("recv data stream freed with invalid id", "window update stream invalid id", "recv headers enhance your calm", "header blocks too large",
                        "recv rst_stream frame too frequently", "recv settings frame too frequently", "recv priority frame too frequently", "client closed connection")),
    "ts_retry": choice(("initially", "initially", "retry")), "ts_parent": choice(("parent1.cdn.lan", "parent2.cdn.lan", "10.61.0.11", "10.61.0.12", "mid-tier-3.cdn.lan")),
    "ts_pport": choice(("8080", "8080", "3128", "80")),
    "ts_url": lambda r: f"http://{r.choice(_TS_ORIG)}{r.choice(_TS_PATHS)}", "ts_sni": choice(("www.example.com", "api.example.com", "shop.example.org", "cdn.example.net", "m.example.com")),
    "ts_act": choice(("terminate", "continue")), "ts_fail": lambda r: str(r.randint(10, 40)), "ts_thr": choice(("10",)),
    "ts_snact": choice(("Terminate", "Continue")), "ts_orig": choice(_TS_ORIG), "ts_oip": lambda r: f"10.60.{r.randint(0, 9)}.{r.randint(2, 250)}",
    "ts_ctype": choice(("ACCEPT", "ACCEPT", "CONNECT")), "ts_conns": lambda r: str(r.randint(30000, 60000)), "ts_thr2": choice(("30000", "50000", "60000")),
    "ts_dns": choice(("10.0.0.2", "10.0.0.3", "127.0.0.53", "192.168.1.1", "1.1.1.1", "8.8.8.8")),
    "ts_down": choice(("0", "300", "600", "0", "60")), "ts_downw": choice(("indefinitely.", "seconds.")),
    "ts_streams": lambda r: str(r.randint(100, 5000)), "ts_maxs": choice(("10", "50", "100")),
    "ts_ocsp": choice(("http://r11.o.lencr.org", "http://ocsp.digicert.com", "http://ocsp.sectigo.com", "http://ocsp.pki.goog/gts1c3")),
    "ts_log": choice(("/var/log/trafficserver/diags.log", "/var/log/trafficserver/squid.log", "/var/log/trafficserver/traffic.out", "/opt/ts/var/log/trafficserver/error.log")),
})
# ---------------------------------------------------------------- openwhisk-controller (Scala; Apache OpenWhisk serverless controller, `docker logs controller0`: logback
# "[%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}] [%p] %msg%n" around PekkoLogging.format "[#tid_...] [Class] message" (common/scala/.../common/Logging.scala), and the
# transaction marker TransactionId.started/finished appends "[marker:...]" -- time, level, transaction id, class and marker are the logger's)


def _ow_tid(kind: str) -> Callable[[R], str]:
    def tid(r: R) -> str:
        if kind == "req":
            return "#tid_" + b62(r, 32)
        return r.choice(("#tid_sid_loadbalancer", "#tid_sid_invokerHealth", "#tid_sid_controller"))
    return tid


def _ow(lvl: str, cls: str, body: str, tid: str = "req", marker: str = "") -> str:
    t = _ow_tid(tid)
    head = _h(lambda r: f"[2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 3)}Z] [{lvl}] [{t(r)}] [{cls}] ")
    if marker == "start":
        return head + body + _h(lambda r: f" [marker:controller_kafka_start:{r.randint(1, 40)}]")
    if marker == "finish":
        return head + body + _h(lambda r: f" [marker:controller_kafka_finish:{r.randint(2, 90)}:{r.randint(1, 60)}]")
    return head + body


_OW_ACTIONS = ("guest/hello", "whisk.system/utils/echo", "acme-prod/orders/validate", "acme-prod/thumbnails/resize", "iot-team/ingest/parse-telemetry",
               "guest/cron-cleanup", "acme-prod/webhooks/stripe", "data-eng/etl/transform-batch")
SOURCES["openwhisk-controller"] = ("apache/openwhisk", "1fae641a2b30bccb7ddc69d2d215866d899a8510",
                                   "common/scala/src/main/resources/logback.xml, common/scala/src/main/scala/org/apache/openwhisk/common/Logging.scala (format), "
                                   "core/controller/src/main/scala/org/apache/openwhisk/core/loadBalancer/{CommonLoadBalancer,ShardingContainerPoolBalancer,InvokerSupervision}.scala, "
                                   "core/controller/src/main/scala/org/apache/openwhisk/core/entitlement/Entitlement.scala, core/controller/src/main/scala/org/apache/openwhisk/core/controller/Actions.scala, "
                                   "core/controller/src/main/scala/org/apache/openwhisk/core/controller/BasicAuthenticationDirective.scala")
SYSTEMS["openwhisk-controller"] = (
    _ow("INFO", "ShardingContainerPoolBalancer", "posting topic '{ow_topic}' with activation id '{ow_aid}'", marker="start"),
    _ow("INFO", "ShardingContainerPoolBalancer", "posted to {ow_topic}[{ow_part}][{ow_off}]", marker="finish"),
    _ow("INFO", "ShardingContainerPoolBalancer", "scheduled activation {ow_aid}, action '{ow_act}' ({ow_atype}), ns '{ow_ns}', mem limit {ow_mem} MB ({ow_std}), "
        "time limit {ow_tl} ms ({ow_std}) to {ow_inv}"),
    _ow("INFO", "ShardingContainerPoolBalancer", "received completion ack for '{ow_aid}', system error={ow_bool}"),
    _ow("INFO", "ShardingContainerPoolBalancer", "received result ack for '{ow_aid}'"),
    _ow("WARN", "ShardingContainerPoolBalancer", "forced completion ack for '{ow_aid}', action '{ow_act}' ({ow_atype}), {ow_btype}, mem limit {ow_mem} MB, "
        "time limit {ow_tl} ms, completion ack timeout {ow_cat} from {ow_inv}"),
    _ow("WARN", "ShardingContainerPoolBalancer", "received completion ack for '{ow_aid}' from {ow_inv} which has no entry, system error={ow_bool}"),
    _ow("ERROR", "ShardingContainerPoolBalancer", "failed to schedule activation {ow_aid}, action '{ow_act}' ({ow_atype}), ns '{ow_ns}' - invokers to use: {ow_states}"),
    _ow("INFO", "InvokerPool", "invoker status changed to {ow_pretty}", "sys"),
    _ow("INFO", "InvokerActor", "{ow_inv} is {ow_istate}", "sys"),
    _ow("INFO", "ShardingContainerPoolBalancer", "loadbalancer invoker status updated. managedInvokers = {ow_n} blackboxInvokers = {ow_n}. {ow_detail}", "sys"),
    _ow("WARN", "ShardingContainerPoolBalancer", "system is overloaded. Chose invoker{ow_i} by random assignment."),
    _ow("INFO", "LocalEntitlementProvider", "'{ow_ns}' has exceeded its throttle limit, {ow_limit}"),
    _ow("ERROR", "ActionsApi", "[POST] action activation failed: {ow_err}"),
    _ow("ERROR", "BasicAuthenticationDirective", "authentication error: {ow_autherr}"),
    _ow("INFO", "InvokerPool", "registered a new invoker: invoker{ow_i}", "sys"),
)
SLOTS.update({
    "ow_topic": lambda r: f"{r.choice(('', '', 'prod'))}invoker{r.randint(0, 11)}", "ow_aid": lambda r: hexs(r, 32), "ow_part": choice(("0",)),
    "ow_off": lambda r: str(r.randint(0, 10 ** r.randint(2, 7))), "ow_act": choice(_OW_ACTIONS), "ow_atype": choice(("managed", "managed", "blackbox")),
    "ow_ns": choice(("guest", "acme-prod", "iot-team", "data-eng", "whisk.system")), "ow_mem": choice(("256", "256", "128", "512", "1024")),
    "ow_std": choice(("std", "std", "non-std")), "ow_tl": choice(("60000", "60000", "300000", "5000", "120000")),
    "ow_inv": lambda r: f"invoker{r.randint(0, 11)}", "ow_bool": choice(("false", "false", "false", "true")), "ow_btype": choice(("non-blocking", "blocking")),
    "ow_cat": choice(("75 seconds", "195 seconds", "420 seconds", "90 seconds")),
    "ow_states": choice(("Map()", "Map(Unhealthy -> 2)", "Map(Offline -> 3, Unresponsive -> 1)", "Map(Unhealthy -> 1, Offline -> 1)")),
    "ow_pretty": lambda r: ", ".join(f"{i} -> {r.choice(('Healthy', 'Healthy', 'Healthy', 'Unhealthy', 'Offline', 'Unresponsive'))}" for i in range(r.randint(1, 6))),
    "ow_istate": choice(("Healthy", "Healthy", "up")), "ow_n": lambda r: str(r.randint(0, 12)),
    "ow_detail": lambda r: r.choice((f"no update required - number of known invokers unchanged: {r.randint(1, 12)}.", f"number of known invokers decreased: new = {r.randint(1, 5)}, old = {r.randint(6, 12)}.",
                                     f"number of known invokers increased: new = {r.randint(6, 12)}, old = {r.randint(1, 5)}. details: invoker{r.randint(0, 11)}: Offline / 2048 MB of 2048 MB.")),
    "ow_i": lambda r: str(r.randint(0, 11)),
    "ow_limit": lambda r: r.choice((f"Too many requests in the last minute (count: {r.randint(121, 400)}, allowed: 120).", f"Too many concurrent requests in flight (count: {r.randint(31, 200)}, allowed: 30).",
                                    f"Too many triggers fired in the last minute (count: {r.randint(61, 200)}, allowed: 60).")),
    "ow_err": choice(("No invokers available", "Ask timed out on [Actor[pekko://controller-actor-system/user/invokerPool#-1438121]] after [5000 ms]", "activation id missing",
                      "Failed to deserialize action")),
    "ow_autherr": choice(("org.apache.openwhisk.core.database.NoDocumentException: not found on 'get'", "org.apache.pekko.stream.StreamTcpException: Tcp command [Connect(couchdb:5984,None,List(),Some(10 seconds),true)] failed because of java.net.ConnectException: Connection refused",
                          "org.apache.openwhisk.core.database.ArtifactStoreException: Unexpected http response code: 503 Service Unavailable")),
})
# ---------------------------------------------------------------- thelounge (TypeScript/Node.js; web IRC client server, `docker logs thelounge` of server/log.ts, colours off
# without a TTY: "2026-11-27 06:20:12 [WARN] Authentication failed for user alice from 10.0.0.5" -- time and [LEVEL] are the logger's; log.x(a, b) joins its args by spaces)


def _tl(lvl: str, body: str) -> str:
    return _h(lambda r: f"2026-11-{day(r):02d} {clock(r)} [{lvl}] ") + body


_TL_USERS = ("alice", "bob", "carol", "dmitri", "eva", "hiro", "priya", "sven", "ops-bot", "mei", "quentin")
_TL_NETS = ("Libera.Chat", "OFTC", "hackint", "EFnet", "IRCnet", "Rizon", "corp-irc", "snoonet")
SOURCES["thelounge"] = ("thelounge/thelounge", "2c511e667d10f4449b3b5c2a4da4336f17993816",
                        "server/log.ts (layout), server/client.ts, server/server.ts, server/plugins/auth/local.ts, server/plugins/auth/ldap.ts, server/models/chan.ts, "
                        "server/plugins/changelog.ts, server/plugins/packages/index.ts, server/plugins/webpush.ts")
SYSTEMS["thelounge"] = (
    _tl("INFO", "User {tl_user} loaded"),
    _tl("WARN", "Authentication failed for user {tl_user} from {tl_ip}"),
    _tl("WARN", "Authentication for non existing user attempted from {tl_ip}"),
    _tl("ERROR", "io socket error: {tl_ioerr}"),
    _tl("WARN", "Failed to load messages for {tl_user}, network {tl_net} is not initialized."),
    _tl("INFO", "Auth against LDAP {tl_ldap} with found bindDN {tl_dn}"),
    _tl("WARN", "LDAP User not found: {tl_dn}"),
    _tl("ERROR", "LDAP bind failed: {tl_ldaperr}"),
    _tl("INFO", "User {tl_user} logged in and their hashed password has been updated to match new security requirements"),
    _tl("ERROR", "User {tl_user} with no local password set tried to sign in. (Probably a LDAP user)"),
    _tl("WARN", "User '{tl_user}' on network '{tl_net}' has an invalid channel which has been ignored"),
    _tl("INFO", "Activating storage cleaner. Policy: {tl_pol}. MaxAge: {tl_age} days"),
    _tl("INFO", "Available at {tl_url} in {tl_mode} mode"),
    _tl("INFO", "The Lounge {tl_ver} is available. Read more on GitHub: {tl_rel}"),
    _tl("ERROR", "Failed to load messages for {tl_user}: {tl_sqlerr}"),
    _tl("INFO", "Package {tl_pkg} {tl_pver} loaded"),
    _tl("ERROR", "failed to resolve rDNS for {tl_ip}, using ip instead {tl_dnserr}"),
    _tl("ERROR", "WebPush Error ({tl_wperr})"),
)
SLOTS.update({
    "tl_user": choice(_TL_USERS), "tl_ip": lambda r: r.choice((ip4(r), ip4(r), f"::ffff:{ip4(r)}")), "tl_net": choice(_TL_NETS),
    "tl_ioerr": choice(("Error: read ECONNRESET", "Error: write EPIPE", "Error: Parse Error: Expected HTTP/", "Error: socket hang up")),
    "tl_ldap": choice(("ldap://ldap.corp.lan", "ldaps://dc01.ad.example.com:636", "ldap://127.0.0.1:389")),
    "tl_dn": lambda r: f"uid={r.choice(_TL_USERS)},ou={r.choice(('people', 'users', 'staff'))},dc={r.choice(('corp', 'example'))},dc={r.choice(('lan', 'com'))}",
    "tl_ldaperr": choice(("InvalidCredentialsError: Invalid Credentials", "ConnectionError: 1__ldap://ldap.corp.lan closed", "Error: connect ECONNREFUSED 10.0.0.20:389",
                          "TimeoutError: request timeout (client interrupt)")),
    "tl_pol": choice(("everything", "statusOnly")), "tl_age": choice(("7", "30", "90", "365")),
    "tl_url": lambda r: f"{r.choice(('http', 'http', 'https'))}://{r.choice(('::', '0.0.0.0', '127.0.0.1'))}:{r.choice((9000, 9000, 8080))}/", "tl_mode": choice(("private", "private", "public")),
    "tl_ver": choice(("4.4.3", "4.5.0", "4.4.4-rc.1")), "tl_rel": lambda r: f"https://github.com/thelounge/thelounge/releases/tag/v{r.choice(('4.4.3', '4.5.0', '4.4.4-rc.1'))}",
    "tl_sqlerr": choice(("Error: SQLITE_BUSY: database is locked", "Error: SQLITE_CORRUPT: database disk image is malformed", "Error: SQLITE_CANTOPEN: unable to open database file")),
    "tl_pkg": choice(("thelounge-theme-solarized", "thelounge-theme-dracula", "thelounge-plugin-giphy", "thelounge-theme-nord", "thelounge-plugin-shortcuts")),
    "tl_pver": choice(("v1.1.0", "v2.0.3", "v0.4.2", "v1.0.12")),
    "tl_dnserr": choice(("Error: getHostByAddr ENOTFOUND 10.0.0.5", "Error: queryPtr ETIMEOUT", "Error: getHostByAddr ESERVFAIL")),
    "tl_wperr": choice(("WebPushError: Received unexpected response code", "Error: connect ETIMEDOUT 142.250.74.10:443", "WebPushError: Received unexpected response code 410")),
})
# ---------------------------------------------------------------- snipe-it (PHP; Laravel IT asset manager, storage/logs/laravel.log through Laravel's monolog LineFormatter
# (empty context and extra dropped): "[2026-11-27 06:20:12] production.WARNING: Discovered encoding: UTF-8 in uploaded CSV" -- time, channel (APP_ENV) and level are the logger's)


def _si(lvl: str, body: str) -> str:
    return _h(lambda r: f"[2026-11-{day(r):02d} {clock(r)}] {r.choice(('production', 'production', 'production', 'local'))}.{lvl}: ") + body


_SI_USERS = ("admin", "jsmith", "mgarcia", "it-helpdesk", "alice.w", "bob.k", "carol", "dmitri.p", "snipeadmin", "eva.l", "hiro")
SOURCES["snipe-it"] = ("snipe/snipe-it", "5aa5c48018f25ae5eb8671bc278469e85d0ac054",
                       "app/Http/Controllers/Auth/ForgotPasswordController.php, app/Listeners/CheckoutableListener.php, app/Http/Controllers/Auth/SamlController.php, "
                       "app/Http/Controllers/HealthController.php, app/Http/Controllers/SettingsController.php, app/Console/Commands/LdapSync.php, "
                       "app/Http/Controllers/Api/ImportController.php, app/Http/Controllers/ActionlogController.php, app/Providers/AppServiceProvider.php, "
                       "app/Livewire/OauthClients.php, app/Helpers/Helper.php, app/Services/Saml.php, app/Console/Commands/Purge.php")
SYSTEMS["snipe-it"] = (
    _si("INFO", "Checkout Mail sent to checkout target"),
    _si("INFO", "Password reset attempt: User {si_user} WAS found, password reset sent"),
    _si("INFO", "Password reset attempt: User matching username {si_user} NOT FOUND or user is inactive"),
    _si("INFO", "Checkin Mail sent to CC addresses"),
    _si("WARNING", "Exception caught in SAML login: {si_samlerr}"),
    _si("WARNING", "There was an error with SAML ACS: {si_acs}"),
    _si("ERROR", "Could not connect to database"),
    _si("WARNING", "Manager lookup caused an exception: {si_ldaperr}. Falling back to direct username lookup"),
    _si("WARNING", "Handling ldap manager {si_mgr} caused an exception: {si_ldaperr}. Continuing synchronization."),
    _si("WARNING", "Discovered encoding: {si_enc} in uploaded CSV"),
    _si("WARNING", "File {si_file} not found"),
    _si("WARNING", "User ID {si_id} is attempting to delete backup file {si_backup} and is not authorized to."),
    _si("WARNING", "User {si_user} (ID: {si_id}) is attempting a PURGE"),
    _si("WARNING", "User ID {si_id} initiated a PURGE!"),
    _si("ERROR", "Your APP_URL in your .env is misconfigured - it is: {si_url}. Many things will work strangely unless you fix it."),
    _si("WARNING", "User {si_id} attempted to delete token {si_tok} which belongs to user {si_id}"),
    _si("INFO", "Status label count is {si_cnt} and exceeds the allowed count of 266."),
    _si("WARNING", "Trying OneLogin_Saml2_Auth failed. Setting SAML enabled to false. OneLogin_Saml2_Auth error message is: {si_samlerr}"),
    _si("INFO", "An error occurred while deleting files: {si_fserr}"),
)
SLOTS.update({
    "si_user": choice(_SI_USERS), "si_id": lambda r: str(r.randint(1, 2400)),
    "si_samlerr": choice(("Invalid array settings: idp_sso_url_invalid", "The response was received at https://assets.example.com/saml/acs instead of https://snipe.example.com/saml/acs",
                          "Signature validation failed. SAML Response rejected", "No Signature found. SAML Response rejected")),
    "si_acs": choice(("invalid_response", "invalid_response, invalid_logout_response", "invalid_binding")),
    "si_ldaperr": choice(("ldap_search(): Search: Operations error", "ldap_bind(): Unable to bind to server: Can't contact LDAP server", "ldap_search(): Partial search results returned: Sizelimit exceeded",
                          "Undefined array key \"count\"")),
    "si_mgr": lambda r: f"CN={r.choice(('Jane Doe', 'Mark Miller', 'Ana Souza', 'Piotr Nowak'))},OU={r.choice(('Staff', 'IT', 'Sales'))},DC=corp,DC=example,DC=com",
    "si_enc": choice(("UTF-8", "ISO-8859-1", "Windows-1252", "UTF-16LE", "ASCII")),
    "si_file": lambda r: f"private_uploads/{r.choice(('assets', 'users', 'audits', 'eula-pdfs'))}/{r.choice(('asset', 'user', 'audit', 'accept'))}-{r.randint(1, 9999)}-{hexs(r, 8)}.{r.choice(('pdf', 'jpg', 'png', 'csv'))}",
    "si_backup": lambda r: f"snipe-it-2026-11-{day(r):02d}-{r.randint(10, 23)}-{r.randint(10, 59)}-{r.randint(10, 59)}.zip",
    "si_url": choice(("http://localhost", "http://127.0.0.1:8000", "https://snipeit.example.com/", "http://assets.local")),
    "si_tok": lambda r: hexs(r, 80), "si_cnt": lambda r: str(r.randint(267, 400)),
    "si_fserr": choice(("unlink(/var/www/html/storage/private_uploads/assets/asset-12-5f1c2a.pdf): No such file or directory",
                        "rmdir(/var/www/html/public/uploads/models): Directory not empty", "Permission denied")),
})
# ---------------------------------------------------------------- supavisor (Elixir; Postgres connection pooler, `docker logs supavisor` of the default formatter of
# config/config.exs "$time $metadata[$level] $message": "06:20:12.123 project=acme user=app mode=transaction type=single peer_ip=10.0.0.5 [info] ClientHandler: Connection
# authenticated" -- time, the Logger metadata key=value pairs and [level] are the formatter's)
_SV_TEN = ("acme", "dev_tenant", "prj-3f9a1c", "analytics", "shop-eu", "pgbench", "ydvbnqwhkg")


def _sv_meta(kind: str, r: R) -> str:
    if kind == "none":
        return ""
    parts = [f"project={r.choice(_SV_TEN)}", f"user={r.choice(('postgres', 'app', 'app_ro', 'authenticator', 'pgbench'))}"]
    if r.random() < 0.5:
        parts.append(f"region={r.choice(('eu-central-1', 'us-east-1', 'ap-southeast-1'))}")
    parts.append(f"mode={r.choice(('transaction', 'transaction', 'session'))}")
    parts.append(f"type={r.choice(('single', 'single', 'cluster'))}")
    if kind == "ch":
        if r.random() < 0.6:
            parts.append(f"app_name={r.choice(('psql', 'Supavisor', 'pgbench', 'PostgreSQL JDBC Driver', 'node-postgres', 'asyncpg'))}")
        parts.append(f"peer_ip={ip4(r)}")
    return " ".join(parts) + " "


def _sv(lvl: str, kind: str, body: str) -> str:
    return _h(lambda r: f"{clock(r)}.{_frac(r, 3)} {_sv_meta(kind, r)}[{lvl}] ") + body


SOURCES["supavisor"] = ("supabase/supavisor", "03e5cc5697904df3b98b2e4a587bbbd5bc054157",
                        "config/config.exs (format), lib/supavisor/client_handler.ex, lib/supavisor/db_handler.ex, lib/supavisor/client_authentication.ex, lib/supavisor.ex, "
                        "lib/supavisor/circuit_breaker.ex")
SYSTEMS["supavisor"] = (
    _sv("info", "ch", "ClientHandler: Connection authenticated"),
    _sv("info", "db", "DbHandler: Backend authenticated, backend_pid: {sv_pid}"),
    _sv("info", "ch", "ClientHandler: Terminate received from client"),
    _sv("warning", "ch", "ClientHandler: Terminate an idle connection by {sv_idle} timeout"),
    _sv("error", "ch", "ClientHandler: Socket error: {sv_sockmsg}, state was {sv_state}"),
    _sv("error", "db", "DbHandler: Connection failed {sv_other} to {sv_host}:{sv_port}"),
    _sv("error", "db", "DbHandler: Auth error {sv_autherr}"),
    _sv("warning", "ch", "ClientHandler: DbHandler exited during checkout, retrying (attempt {sv_att})"),
    _sv("info", "none", "Starting pool(s) for {sv_id}"),
    _sv("warning", "none", "Circuit breaker cleared for key={sv_key} operation={sv_op}"),
    _sv("info", "none", "Deleting all cache for tenant {sv_ten}"),
    _sv("error", "ch", "ClientHandler: TLS error {sv_tls}"),
    _sv("warning", "ch", "ClientHandler: Received fatal TLS alert: {sv_alert}, terminating connection"),
    _sv("error", "db", "DbHandler: Handshake error {sv_hs}"),
    _sv("warning", "ch", "ClientHandler: Validation secrets changed, cache updated, deleting upstream auth"),
    _sv("info", "ch", "SecretChecker not started, using a one-off auth_query connection"),
    _sv("error", "ch", "ClientHandler: Auth secrets check error: {sv_secerr}"),
    _sv("info", "none", "Circuit breaker cleaned up {sv_n} stale entries"),
)
SLOTS.update({
    "sv_pid": lambda r: str(r.randint(100, 4_000_000)), "sv_idle": choice(("1800000", "600000", "3600000", "300000")),
    "sv_sockmsg": lambda r: f"{{:tcp_error, #Port<0.{r.randint(10, 99999)}>, :{r.choice(('econnreset', 'etimedout', 'epipe'))}}}",
    "sv_state": choice(("idle", "busy", "exchange", "auth_md5_wait", "auth_scram_first_wait")),
    "sv_other": choice(("{:error, :econnrefused}", "{:error, :timeout}", "{:error, :nxdomain}", "{:error, :ehostunreach}")),
    "sv_host": lambda r: r.choice(('~c"db.internal"', f'~c"10.{r.randint(0, 9)}.{r.randint(0, 255)}.{r.randint(2, 250)}"', '~c"postgres"', '~c"db-primary.prod.svc"')),
    "sv_port": choice(("5432", "5432", "6543")),
    "sv_autherr": choice(('%{"S" => "FATAL", "C" => "28P01", "M" => "password authentication failed for user \\"app\\""}',
                          '%{"S" => "FATAL", "C" => "3D000", "M" => "database \\"app\\" does not exist"}',
                          '%{"S" => "FATAL", "C" => "53300", "M" => "remaining connection slots are reserved for roles with the SUPERUSER attribute"}')),
    "sv_att": choice(("2", "2", "3")),
    "sv_id": lambda r: f"type: :{r.choice(('single', 'cluster'))}, tenant: \"{r.choice(_SV_TEN)}\", mode: :{r.choice(('transaction', 'session'))}, user: \"{r.choice(('postgres', 'app', 'app_ro'))}\", db: \"{r.choice(('postgres', 'app'))}\"",
    "sv_key": lambda r: f"{{\"{r.choice(_SV_TEN)}\", \"{r.choice(('10.0.0.5', '203.0.113.7', '172.18.0.4'))}\"}}", "sv_op": choice(("auth_error", "db_connection", "get_secrets")),
    "sv_ten": choice(_SV_TEN), "sv_tls": choice(("{:tls_alert, {:unknown_ca, ~c\"TLS server: In state certify received CLIENT ALERT: Fatal - Unknown CA\\n\"}}", ":closed",
                                                 "{:tls_alert, {:handshake_failure, ~c\"TLS server: In state hello at tls_handshake.erl:1480 generated SERVER ALERT: Fatal - Handshake Failure\\n\"}}")),
    "sv_alert": choice(("Unknown CA", "Certificate Expired", "Bad Certificate", "Handshake Failure")),
    "sv_hs": choice(("{:error, :closed}", "{:error, :timeout}", "{:error, {:tls_alert, {:unknown_ca, ~c\"received SERVER ALERT: Fatal - Unknown CA\"}}}")),
    "sv_secerr": choice(('"Wrong password"', "{:error, :timeout}", '"Can\'t find user in auth_query"', "%DBConnection.ConnectionError{message: \"connection not available\"}")),
    "sv_n": lambda r: str(r.randint(1, 400)),
})
# ---------------------------------------------------------------- ergo (Go; IRC server, its log (stdout under systemd/docker or ircd.log) in the layout of irc/logger/logger.go:
# "2026-11-27T06:20:12.123Z : info  : connect-ip : s0a3f1 : Client connecting: real IP 10.0.0.5, proxied IP <nil>" -- time, level and the log category are the
# logger's; the call's own message parts are joined by " : " and belong to the call)


def _er(lvl: str, cat: str, body: str) -> str:
    return _h(lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 3)}Z : {lvl:<5} : {cat:<10} : ") + body


_ER_NICKS = ("alice", "bob_", "carol|away", "dmitri", "eva", "[hiro]", "priya", "sven^", "znc-bot", "Guest4821", "mei", "quentin", "ChanServ-test", "lars`")
SOURCES["ergo"] = ("ergochat/ergo", "923b0ddbb2fec5299a61518e6554f1906e1a5cd1",
                   "irc/logger/logger.go (layout), irc/client.go, irc/server.go, irc/handlers.go, irc/accounts.go, irc/chanserv.go, irc/gateways.go, irc/listeners.go, irc/nickserv.go")
SYSTEMS["ergo"] = (
    _er("info", "connect-ip", "{er_cid} : Client connecting: real IP {er_ip}, proxied IP {er_pip}"),
    _er("info", "connect", "{er_cid} : Client connected [{er_nick}] [u:{er_user}] [r:{er_real}]"),
    _er("info", "connect-ip", "{er_cid} : Disconnecting session of {er_nick} from {er_src}"),
    _er("info", "quit", "{er_nick} is no longer on the server"),
    _er("info", "accounts", "{er_cid} : {er_nick} : logged into account : {er_acct}"),
    _er("info", "quit", "{er_cid} : send error to client : {er_nick} : {er_senderr}"),
    _er("info", "accounts", "client : {er_nick} : registered account : {er_acct}"),
    _er("info", "connect-ip", "Client exceeded connection throttle : {er_ip}"),
    _er("info", "opers", "OPER attempt for : {er_oper} : failed with invalid password"),
    _er("info", "opers", "{er_nick} : opered up as : {er_oper}"),
    _er("info", "services", "Client {er_nick} registered channel {er_chan}"),
    _er("info", "connect-ip", "{er_cid} : Accepted proxy IP for client : {er_ip}"),
    _er("info", "internal", "websocket upgrade error : {er_laddr} : {er_wserr}"),
    _er("error", "internal", "PROXY protocol error : {er_laddr} : {er_proxyerr}"),
    _er("warn", "accounts", "global registration throttle exceeded by client : {er_nick}"),
    _er("info", "connect-ip", "Client rejected by d-line : {er_ip}"),
    _er("info", "server", "REHASH command used by : {er_nick}"),
    _er("error", "internal", "sasl authentication failure : {er_saslerr}"),
    _er("info", "services", "Client {er_nick} op'd [{er_nick}] in channel {er_chan}"),
    _er("info", "accounts", "Expiring always-on client : {er_acct}"),
)
SLOTS.update({
    "er_cid": lambda r: f"s{r.randint(1, 0x3fffff):05x}", "er_ip": lambda r: r.choice((ip4(r), ip4(r), f"2001:db8:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}")),
    "er_pip": lambda r: r.choice(("<nil>", "<nil>", "<nil>", ip4(r))), "er_nick": choice(_ER_NICKS),
    "er_user": lambda r: r.choice(("~u", "~alice", "~znc", "~sven", "~thelounge", "~kiwi")), "er_real": choice(("Alice", "realname", "The Lounge User", "ZNC - https://znc.in", "https://kiwiirc.com/", "...")),
    "er_src": choice(("client quit", "QUIT command", "ping timeout", "read error", "connection closed", "killed by ergo.test", "registration timeout")),
    "er_acct": choice(("alice", "dmitri", "eva", "hiro", "priya", "sven", "mei", "lars")),
    "er_senderr": choice(("write tcp 10.0.0.2:6697->10.0.0.9:51822: write: broken pipe", "write tcp 10.0.0.2:6667->203.0.113.5:40022: i/o timeout", "websocket: close sent")),
    "er_oper": choice(("admin", "root", "netadmin", "server-ops", "dan")), "er_chan": choice(("#ergo", "#general", "#ops", "#dev-chat", "#random", "#linux", "#homelab")),
    "er_laddr": choice((":6697", ":6667", "[::]:6697", "127.0.0.1:8097", ":8097", "/tmp/ergo_sock")),
    "er_wserr": choice(("websocket: the client is not using the websocket protocol: 'upgrade' token not found in 'Connection' header", "websocket: request origin not allowed by Upgrader.CheckOrigin",
                        "websocket: 'Origin' header value not allowed")),
    "er_proxyerr": choice(("invalid PROXY line", "PROXY protocol: timeout", "read tcp 10.0.0.2:6697->10.0.0.5:40200: i/o timeout", "PROXY protocol error: invalid PROXY v2 header")),
    "er_saslerr": choice(("invalid credentials", "account does not exist", "account credentials are invalid", "You must verify your account before you can log in")),
})
# ---------------------------------------------------------------- tautulli (Python; Plex monitoring server, its tautulli.log in the file formatter of plexpy/logger.py
# '%(asctime)s - %(levelname)-7s :: %(threadName)s : %(message)s': "2026-11-27 06:20:12 - INFO    :: Thread-4 (run) : Tautulli WebSocket :: Opening websocket." -- time, level
# and thread name are logging's; the "Tautulli X ::" prefix is written in each call's string)


def _tt(lvl: str, body: str, threads: tuple[str, ...] = ("Thread-4 (run)", "Thread-5 (run)")) -> str:
    return _h(lambda r: f"2026-11-{day(r):02d} {clock(r)} - {lvl:<7} :: {r.choice(threads)} : ") + body


_TT_SCHED = ("Thread-12", "Thread-13", "Thread-17", "Thread-21", "Thread-9")
_TT_CP = tuple(f"CP Server Thread-{i}" for i in range(4, 14))
_TT_USERS = ("alice", "bob.k", "carol", "Dad", "grandma_tv", "LivingRoomShield", "mei", "sven", "kids", "priya")
SOURCES["tautulli"] = ("Tautulli/Tautulli", "c7153deb6e3017b8dda46c8448fe548a61c5a47a",
                       "plexpy/logger.py (layout), plexpy/web_socket.py, plexpy/activity_pinger.py, plexpy/activity_handler.py, plexpy/notification_handler.py, "
                       "plexpy/notifiers.py, plexpy/plextv.py, plexpy/pmsconnect.py")
SYSTEMS["tautulli"] = (
    _tt("INFO", "Tautulli ActivityHandler :: Removing stale stream with sessionKey {tt_skey} ratingKey {tt_rkey} from session queue"),
    _tt("INFO", "Tautulli NotificationHandler :: Preparing notification for notifier_id {tt_nid}.", ("Thread-2 (process_queue)", "Thread-3 (process_queue)")),
    _tt("INFO", "Tautulli Notifiers :: {tt_agent} notification sent.", ("Thread-2 (process_queue)", "Thread-3 (process_queue)")),
    _tt("INFO", "Tautulli Monitor :: User '{tt_user}' has triggered a buffer warning.", _TT_SCHED),
    _tt("WARNING", "Tautulli WebSocket :: Failed to receive pong from websocket, ping attempt {tt_ping}."),
    _tt("WARNING", "Tautulli WebSocket :: Connection has closed."),
    _tt("WARNING", "Tautulli WebSocket :: Reconnection attempt {tt_rec}."),
    _tt("INFO", "Tautulli WebSocket :: Opening {tt_sec}websocket."),
    _tt("INFO", "Tautulli WebSocket :: Unable to get a response from the server, Plex server is down."),
    _tt("INFO", "Tautulli WebSocket :: The Plex Media Server is back up."),
    _tt("INFO", "Tautulli Monitor :: Checking for PMS updates...", _TT_SCHED),
    _tt("INFO", "Tautulli Monitor :: Current PMS version: {tt_pms}", _TT_SCHED),
    _tt("INFO", "Tautulli Monitor :: PMS update available version: {tt_pms}", _TT_SCHED),
    _tt("INFO", "Tautulli ReachabilityHandler :: Plex remote access is down.", _TT_SCHED),
    _tt("WARNING", "Tautulli ReachabilityHandler :: Remote access failed: {tt_reach}", _TT_SCHED),
    _tt("WARNING", "Tautulli PlexTV :: Unable to parse XML for get_server_urls: {tt_xmlerr}.", _TT_CP + _TT_SCHED),
    _tt("INFO", "Tautulli PlexTV :: Pinging Plex.tv to refresh token.", _TT_SCHED),
    _tt("ERROR", "Tautulli TimelineHandler :: Unable to retrieve metadata for rating_key {tt_rkey}"),
    _tt("WARNING", "Tautulli Pmsconnect :: Unable to parse XML for get_metadata_details: {tt_xmlerr}.", _TT_CP),
)
SLOTS.update({
    "tt_skey": lambda r: str(r.randint(1, 900)), "tt_rkey": lambda r: str(r.randint(1000, 250000)), "tt_nid": lambda r: str(r.randint(1, 14)),
    "tt_agent": choice(("Discord", "Discord", "Telegram", "Email", "Pushover", "Webhook", "Slack", "Gotify", "ntfy")), "tt_user": choice(_TT_USERS),
    "tt_ping": choice(("1", "2", "3")), "tt_rec": lambda r: str(r.randint(1, 50)), "tt_sec": choice(("", "", "secure ")),
    "tt_pms": choice(("1.41.2.9200-c6bbc1b53", "1.41.3.9314-a0bfb8370", "1.40.5.8921-836b34c27", "1.41.5.9522-a96edc606")),
    "tt_reach": choice(("unreachable", "waiting", "timeout", "mapping failed")),
    "tt_xmlerr": choice(("syntax error: line 1, column 0", "no element found: line 1, column 0", "not well-formed (invalid token): line 3, column 12", "'NoneType' object has no attribute 'getElementsByTagName'")),
})
# ---------------------------------------------------------------- lemmy (Rust; link aggregator / fediverse server, `docker logs lemmy` of crates/server/src/main.rs's
# tracing_subscriber::fmt() default layer (no ANSI): "2026-11-27T06:20:12.123456Z  INFO lemmy_apub_send: Federating to 812/1240 instances (402 dead, 26 disallowed)"
# -- time, level and target are the layer's)


def _lm2(lvl: str, target: str, body: str) -> str:
    return _h(lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 6)}Z {lvl:>5} {target}: ") + body


_LE_DOM = ("lemmy.world", "lemmy.ml", "beehaw.org", "sh.itjust.works", "programming.dev", "feddit.de", "lemm.ee", "discuss.tchncs.de", "mastodon.social",
           "kbin.social", "lemmy.dbzer0.com", "infosec.pub", "midwest.social", "startrek.website")
SOURCES["lemmy"] = ("LemmyNet/lemmy", "439734dd638a2c06a2f907beab7dcf4646e88f86",
                    "crates/server/src/main.rs (fmt layer), crates/apub/activities/src/lib.rs, crates/apub/send/src/{lib,send,stats,worker}.rs, "
                    "crates/api/api_utils/src/request.rs, crates/routes/src/utils/scheduled_tasks.rs, crates/diesel_utils/src/connection.rs, crates/server/src/lib.rs")
SYSTEMS["lemmy"] = (
    _lm2("INFO", "lemmy_apub_activities", "Saving outgoing activity to queue {le_act}"),
    _lm2("INFO", "lemmy_apub_send::send", "{le_dom}: retrying {le_aid} attempt {le_att} with delay {le_delay}. ({le_senderr})"),
    _lm2("INFO", "lemmy_api_utils::request", "Fetching site metadata for url: {le_url}"),
    _lm2("INFO", "lemmy_apub_send", "Federating to {le_w}/{le_t} instances ({le_d} dead, {le_x} disallowed)"),
    _lm2("WARN", "lemmy_api_utils::request", "Failed to generate thumbnail: {le_thumberr}"),
    _lm2("INFO", "lemmy_apub_send::stats", "{le_dom}: Warning. {le_behind} behind, {le_att} consecutive fails, current retry delay {le_delay}"),
    _lm2("INFO", "lemmy_apub_send::stats", "{le_ok} others up to date. {le_behind} instances behind."),
    _lm2("INFO", "lemmy_apub_send::stats", "Federation state as of {le_now}:"),
    _lm2("INFO", "lemmy_routes::utils::scheduled_tasks", "Updating active site and community aggregates for {le_iv}..."),
    _lm2("INFO", "lemmy_routes::utils::scheduled_tasks", "Finished site_aggregates active_{le_per} (processed {le_rows} rows)"),
    _lm2("INFO", "lemmy_routes::utils::scheduled_tasks", "Finished community_aggregates {le_pref}_{le_per} (processed {le_rows} rows)"),
    _lm2("INFO", "lemmy_routes::utils::scheduled_tasks", "Finished process_hot_ranks_in_batches execution for {le_table} (processed {le_rows} rows)"),
    _lm2("INFO", "lemmy_routes::utils::scheduled_tasks", "Updating the local user count..."),
    _lm2("INFO", "lemmy_routes::utils::scheduled_tasks", "Updating banned column if it expires ..."),
    _lm2("WARN", "lemmy_apub_send::worker", "sending {le_act} errored internally, skipping activity: {le_interr}"),
    _lm2("ERROR", "lemmy_diesel_utils::connection", "Database connection failed: {le_dberr}"),
    _lm2("WARN", "lemmy_api_utils::request", "Failed to proxy thumbnail: {le_thumberr}"),
    _lm2("WARN", "lemmy_server", "Received terminate, shutting down gracefully..."),
)
SLOTS.update({
    "le_act": lambda r: f"https://{r.choice(('lemmy.example.org', 'lemmy.example.org', 'lm.home.lan'))}/activities/{r.choice(('create', 'like', 'announce', 'delete', 'update', 'undo'))}/{uuid4(r)}",
    "le_dom": choice(_LE_DOM), "le_aid": lambda r: f"ActivityId({r.randint(10 ** 5, 9 * 10 ** 7)})", "le_att": lambda r: str(r.randint(1, 40)),
    "le_delay": lambda r: r.choice((f"{r.randint(1, 59)}.{_frac(r, 2)}s", f"{r.randint(1, 59)}.{_frac(r, 2)}ms", f"{r.randint(1, 59)}.00s")),
    "le_senderr": choice(("Request error: error sending request for url", "Response status 502 Bad Gateway", "Response status 429 Too Many Requests", "operation timed out",
                          "Response status 500 Internal Server Error", "error trying to connect: dns error: failed to lookup address information: Name or service not known")),
    "le_url": lambda r: r.choice((f"https://www.theverge.com/2026/11/{day(r)}/{r.randint(24000000, 24999999)}/story", f"https://github.com/{r.choice(('rust-lang', 'LemmyNet', 'torvalds'))}/{r.choice(('rust', 'lemmy', 'linux'))}/pull/{r.randint(100, 99999)}",
                                  f"https://i.imgur.com/{b62(r, 7)}.jpeg", f"https://en.wikipedia.org/wiki/{r.choice(('Fediverse', 'Rust_(programming_language)', 'ActivityPub'))}", f"https://youtu.be/{b62(r, 11)}")),
    "le_w": lambda r: str(r.randint(300, 2500)), "le_t": lambda r: str(r.randint(2500, 6000)), "le_d": lambda r: str(r.randint(100, 3000)), "le_x": lambda r: str(r.randint(0, 80)),
    "le_thumberr": choice(("Request error: error sending request for url (http://pictrs:8080/image/download?url=...)", "Pictrs response error: Error in MagickWand, Unsupported media type",
                           "Not an image", "Pictrs response error: Request timeout")),
    "le_behind": lambda r: str(r.randint(1, 10 ** r.randint(1, 5))), "le_ok": lambda r: str(r.randint(100, 3000)),
    "le_now": lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 9)}+00:00",
    "le_iv": choice(("1 day", "1 week", "1 month", "6 months")), "le_per": choice(("day", "week", "month", "half_year")), "le_pref": choice(("users_active", "users_active")),
    "le_rows": lambda r: str(r.randint(0, 10 ** r.randint(1, 6))), "le_table": choice(("comment_aggregates", "community_aggregates", "post_aggregates")),
    "le_interr": choice(("Unknown(\"object not found\")", "Database(NotFound)", "Error { message: \"invalid activity\" }")),
    "le_dberr": choice(("connection to server at \"postgres\" (172.18.0.3), port 5432 failed: Connection refused", "timed out waiting for connection", "FATAL:  sorry, too many clients already")),
})
# ---------------------------------------------------------------- sensu-server (Ruby; Sensu Core 1.x monitoring server, /var/log/sensu/sensu-server.log of the sensu-logger gem:
# one JSON object a line, '{"timestamp":"2026-11-27T06:20:12.123456+0000","level":"info","message":"publishing check request","payload":{...},"subscribers":[...]}'
# -- timestamp and level are the logger's; the message and the data hash's key names are written in the log call)


def _sn(lvl: str, body: str) -> str:
    return _h(lambda r: f'{{"timestamp":"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 6)}+0000","level":"{lvl}","message":"') + body


_SN_CHECKS = (("check-cpu", "check-cpu.rb -w 80 -c 90"), ("check-disk", "check-disk-usage.rb -w 85 -c 95"), ("check-mem", "check-memory-percent.rb -w 90 -c 95"),
              ("check-http", "check-http.rb -u https://www.example.com/health"), ("check-ntp", "check-ntp.rb"), ("check-nginx", "check-process.rb -p nginx"),
              ("check-postgres-alive", "check-postgres-alive.rb -h localhost -d postgres"), ("keepalive", ""))
_SN_CLIENTS = ("web01", "web02", "db-primary", "db-replica-1", "lb-1", "mq-2", "build-07", "k8s-worker-5", "mon01", "backup01")
_SN_HANDLERS = ("slack", "pagerduty", "mailer", "influxdb", "graphite", "opsgenie")


def _sn_check(r: R) -> str:
    name, cmd = r.choice(_SN_CHECKS[:-1])
    return f'{{"name":"{name}","issued":{r.randint(1764200000, 1764300000)},"command":"{cmd}"}}'


def _sn_handler(r: R) -> str:
    h = r.choice(_SN_HANDLERS)
    return f'{{"type":"pipe","command":"handler-{h}.rb","filters":["occurrences"],"name":"{h}"}}'


def _sn_event(r: R) -> str:
    name = r.choice(_SN_CHECKS)[0]
    return (f'{{"id":"{uuid4(r)}","client":{{"name":"{r.choice(_SN_CLIENTS)}","address":"{ip4(r)}","subscriptions":["linux","client:{r.choice(_SN_CLIENTS)}"]}},'
            f'"check":{{"name":"{name}","status":{r.choice((0, 1, 2, 2))},"output":"{r.choice(("CheckCPU CRITICAL: total=97.8", "CheckDisk WARNING: / 87%", "OK", "No keepalive sent from client for 183 seconds (>=180)"))}"}},'
            f'"occurrences":{r.randint(1, 40)},"action":"{r.choice(("create", "create", "resolve", "flapping"))}"}}')


def _sn_task(r: R) -> str:
    return f'"{r.choice(("check_request_publisher", "client_monitor", "check_result_monitor"))}"'


SOURCES["sensu-server"] = ("sensu/sensu", "1cb846745469489b0644a303c34cd32adc3f4100",
                           "lib/sensu/server/process.rb, lib/sensu/server/handle.rb, lib/sensu/server/filter.rb, lib/sensu/server/mutate.rb, lib/sensu/daemon.rb "
                           "(layout: the sensu-logger gem's JSON stream)")
SYSTEMS["sensu-server"] = (
    _sn("info", 'publishing check request","payload":{sn_check},"subscribers":{sn_subs}}'),
    _sn("info", 'handler output","handler":{sn_handler},"event":{"id":"{sn_eid}"},"output":{sn_out}}'),
    _sn("info", 'event was filtered","handler":{sn_handler},"event":{sn_event},"filter":"{sn_filter}"}'),
    _sn("info", 'determining stale clients"}'),
    _sn("info", 'determining stale check results (ttl)"}'),
    _sn("error", 'handler error","handler":{sn_handler},"event":{"id":"{sn_eid}"},"event_data":{sn_event},"error":"{sn_herr}"}'),
    _sn("error", 'failed to parse result payload","message":"{sn_badmsg}","error":"{sn_perr}"}'),
    _sn("info", 'i am now responsible for a server task","task":{sn_task}}'),
    _sn("warn", 'another sensu server is responsible for the task","task":{sn_task}}'),
    _sn("info", 'updated server registry","server":{sn_server}}'),
    _sn("error", 'transport connection error","error":"{sn_terr}"}'),
    _sn("warn", 'reconnecting to transport"}'),
    _sn("info", 'reconnected to transport"}'),
    _sn("error", 'unknown handler","handler_name":"{sn_hname}"}'),
    _sn("info", 'check request was subdued","check":{sn_check}}'),
    _sn("warn", 'relinquishing server task","task":{sn_task}}'),
    _sn("error", 'mutator error","mutator":{sn_mut},"event":{sn_event},"output":"{sn_mout}","status":{sn_mstat}}'),
)
SLOTS.update({
    "sn_check": _sn_check, "sn_subs": choice(('["linux"]', '["linux","production"]', '["roundrobin:web"]', '["postgres"]', '["client:web01"]')),
    "sn_handler": _sn_handler, "sn_eid": uuid4, "sn_event": _sn_event,
    "sn_out": choice(('["message sent to #ops-alerts"]', '["incident created: PD1234ABC"]', '[""]', '["wrote 1 points to sensu_metrics"]', '["error: connection refused"]')),
    "sn_filter": choice(("occurrences", "occurrences", "production_only", "office_hours")),
    "sn_herr": choice(("Connection refused - connect(2) for \\\"127.0.0.1\\\" port 2003", "execution expired", "No such file or directory - handler-slack.rb",
                       "Broken pipe")),
    "sn_badmsg": choice(('{\\"client\\":\\"web01\\",\\"check\\":{\\"name\\":\\"check-cpu\\",', "garbage", '{\\"check\\":null}')),
    "sn_perr": choice(("unexpected token at ''", "765: unexpected token at 'garbage'", "undefined method `[]' for nil:NilClass")),
    "sn_task": _sn_task,
    "sn_server": lambda r: (f'{{"id":"{uuid4(r)}","hostname":"{r.choice(("sensu-1", "sensu-2", "mon01"))}","address":"{ip4(r)}","tasks":[{_sn_task(r)}],'
                            f'"sensu":{{"version":"1.9.0","settings":{{"hexdigest":"{hexs(r, 64)}"}}}},"tessen":{{"enabled":false}},"timestamp":{r.randint(1764200000, 1764300000)}}}'),
    "sn_terr": choice(("TCP connection failed", "AMQP connection closed", "Connection reset by peer", "failed to connect to rabbitmq:5671")),
    "sn_hname": choice(("slack-ops", "pagerduty_critical", "hipchat", "victorops", "mailer-oncall")),
    "sn_mut": choice(('{"command":"mutator-graphite.rb","name":"graphite_mutator"}', '{"command":"only_check_output.rb","name":"only_check_output"}')),
    "sn_mout": choice(("", "undefined method `split' for nil:NilClass", "sh: 1: mutator-graphite.rb: not found")),
    "sn_mstat": choice(("1", "2", "127")),
})
# ---------------------------------------------------------------- duplicati (C#; backup server, the job's --log-file at --log-file-log-level=Information, in the layout of
# Duplicati/Library/Logging/LogEntry.cs "{0:yyyy-MM-dd HH:mm:ss zz} - [{Level}-{Tag}-{Id}]: {message}": "2026-11-27 06:20:12 +01 - [Information-Duplicati.Library.Main.BasicResults-
# BackendEvent]: Backend event: Put - Started: duplicati-b....dblock.zip.aes (49.91 MB)" -- time, level, the class tag and the message id make the logger's filter tag)
_DU_NS = "Duplicati.Library.Main."


def _du(lvl: str, tag: str, mid: str, body: str) -> str:
    def head(r: R) -> str:
        m = mid
        if mid == "Retry":
            m = "Retry" + _LINE.setdefault("du_rop", r.choice(("Put", "Put", "Get", "List", "Delete")))
        return f"2026-11-{day(r):02d} {clock(r)} {r.choice(('+01', '+01', '+00', '-05', '+02'))} - [{lvl}-{_DU_NS}{tag}-{m}]: "
    return _h(head) + body


def _du_file(r: R) -> str:
    k = r.random()
    if k < 0.45:
        return f"duplicati-b{hexs(r, 32)}.dblock.zip{r.choice(('.aes', '.aes', ''))}"
    if k < 0.85:
        return f"duplicati-i{hexs(r, 32)}.dindex.zip{r.choice(('.aes', '.aes', ''))}"
    return f"duplicati-2026{r.randint(8, 11):02d}{day(r):02d}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}Z.dlist.zip.aes"


def _du_size(r: R) -> str:
    k = r.random()
    if k < 0.5:
        return f"{r.uniform(1, 50):.2f} MB".replace(".00 ", " ")
    if k < 0.8:
        return f"{r.uniform(1, 999):.2f} KB".replace(".00 ", " ")
    if k < 0.9:
        return f"{r.uniform(1, 900):.2f} GB".replace(".00 ", " ")
    return f"{r.randint(100, 1023)} bytes"


SOURCES["duplicati"] = ("duplicati/duplicati", "66cfb242da3bfb74e9e18130684e4319eb442eb1",
                        "Duplicati/Library/Logging/LogEntry.cs (layout), Duplicati/Library/Main/ResultClasses.cs, Duplicati/Library/Main/Controller.cs, Duplicati/Library/Main/Strings.cs, "
                        "Duplicati/Library/Main/Database/Local/LocalDeleteDatabase.cs, Duplicati/Library/Main/Operation/DeleteHandler.cs, Duplicati/Library/Main/Operation/CompactHandler.cs, "
                        "Duplicati/Library/Main/Operation/FilelistProcessor.cs, Duplicati/Library/Main/Backend/BackendManager.Handler.cs, Duplicati/Library/Main/Backend/BackendManager.PutOperation.cs, "
                        "Duplicati/Library/Main/Operation/Backup/StreamBlockSplitter.cs")
SYSTEMS["duplicati"] = (
    _du("Information", "BasicResults", "BackendEvent", "Backend event: {du_act} - {du_type}: {du_file} ({du_size})"),
    _du("Information", "Controller", "StartingOperation", "The operation {du_op} has started"),
    _du("Information", "Controller", "CompletedOperation", "The operation {du_op} has completed"),
    _du("Information", "Database.LocalDeleteDatabase", "CompactReason", "Compacting not required"),
    _du("Information", "Controller", "CompactResults", "Skipping auto compaction until {du_when}"),
    _du("Information", "Operation.DeleteHandler", "DeleteRemoteFileset", "Deleting {du_n} remote fileset(s) ..."),
    _du("Information", "Operation.DeleteHandler", "DeleteResults", "Deleted {du_n} remote fileset(s)"),
    _du("Information", "Database.LocalDeleteDatabase", "CompactReason", "Compacting because there is {du_pct}% wasted space and the limit is {du_lim}%"),
    _du("Information", "Operation.CompactHandler", "CompactResults", "Deleted {du_n} files, which reduced storage by {du_size}"),
    _du("Retry", "Backend.BackendManager+Handler", "Retry", "Operation {du_rop} with file {du_file} attempt {du_att} of {du_max} failed with message: {du_err}"),
    _du("Warning", "Operation.FilelistProcessor", "MissingFile", "Missing file: {du_file}"),
    _du("Information", "Operation.FilelistProcessor", "RemoteUnwantedMissingFile", "Removing file listed as {du_state}: {du_file}"),
    _du("Information", "Backend.BackendManager+PutOperation", "RenameRemoteTargetFile", "Renaming \"{du_file}\" to \"{du_file}\""),
    _du("Warning", "Operation.FilelistProcessor", "BackendQuotaNear", "Backend quota is close to being exceeded: Using {du_size} of {du_size} ({du_size} available)"),
    _du("Warning", "Operation.Backup.StreamBlockSplitter", "TooLargeMetadata", "Metadata size is {du_msz}, but the largest accepted size is {du_mmax}, recording empty metadata for {du_path}"),
    _du("Information", "Controller", "VacuumResults", "Skipping auto vacuum until {du_when}"),
)
SLOTS.update({
    "du_act": choice(("Put", "Put", "Put", "Get", "List", "Delete")), "du_type": choice(("Started", "Completed", "Completed", "Retrying", "Failed")), "du_file": _du_file, "du_size": _du_size,
    "du_op": choice(("Backup", "Backup", "Backup", "Compact", "Delete", "Restore", "Test", "Repair")),
    "du_when": lambda r: f"{r.randint(11, 12)}/{day(r)}/2026 {r.randint(1, 12)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(('AM', 'PM'))}",
    "du_n": lambda r: str(r.randint(1, 60)), "du_pct": lambda r: f"{r.uniform(25, 90):.2f}", "du_lim": choice(("25", "25", "20", "35")),
    "du_rop": lambda r: _LINE.setdefault("du_rop", "Put"), "du_att": choice(("1", "2", "3", "4")), "du_max": choice(("5", "5", "10")),
    "du_err": choice(("The operation has timed out.", "The remote server returned an error: (503) Server Unavailable.", "Connection reset by peer",
                      "Response status code does not indicate success: 429 (Too Many Requests).", "An error occurred while sending the request.", "Unable to write data to the transport connection: Broken pipe.")),
    "du_state": choice(("Temporary", "Uploading", "Deleting")),
    "du_msz": lambda r: str(r.randint(102401, 9000000)), "du_mmax": choice(("102400",)),
    "du_path": lambda r: r.choice((f"C:\\Users\\{r.choice(('alice', 'bob', 'admin'))}\\AppData\\Local\\Packages\\{b62(r, 12)}\\settings.dat", f"/home/{r.choice(('alice', 'bob', 'mei'))}/.cache/thumbnails/large/{hexs(r, 32)}.png",
                                   f"/srv/share/projects/{r.choice(('alpha', 'media', 'finance'))}/{b62(r, 8)}.psd")),
})
# ---------------------------------------------------------------- glpi-agent (Perl; GLPI inventory agent daemon, its logfile (logger = File) in the layout of
# lib/GLPI/Agent/Logger/File.pm "[". localtime() ."][$level] $message": "[Thu Nov 27 06:20:12 2026][info] sending contact request to server0" -- the localtime() stamp
# and [level] are the logger's)
_GL_WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _gl_time(r: R) -> str:
    d = day(r)
    return f"{_GL_WD[(d + 5) % 7]} Nov {d:2d} {clock(r)} 2026"


def _gl(lvl: str, body: str) -> str:
    return _h(lambda r: f"[{_gl_time(r)}][{lvl}] ") + body


SOURCES["glpi-agent"] = ("glpi-project/glpi-agent", "77f7cdda24aa6d14ba8800f6bb71a18b98f4526d",
                         "lib/GLPI/Agent/Logger/File.pm (layout), lib/GLPI/Agent.pm, lib/GLPI/Agent/Daemon.pm, lib/GLPI/Agent/Task/Inventory.pm, lib/GLPI/Agent/HTTP/Client.pm, "
                         "lib/GLPI/Agent/Task/NetDiscovery.pm")
SYSTEMS["glpi-agent"] = (
    _gl("info", "target {gl_tid}: {gl_ttype} {gl_turl}"),
    _gl("info", "sending contact request to {gl_tid}"),
    _gl("info", "running task {gl_task}"),
    _gl("info", "target {gl_tid}: next run: {gl_date} - {gl_turl}"),
    _gl("info", "New {gl_invname} from {gl_devid} for {gl_tid}{gl_tag}"),
    _gl("info", "{gl_tid} is not ready yet, next server contact planned for {gl_date}"),
    _gl("info", "server pending: {gl_pending}"),
    _gl("error", "server error: {gl_srverr}"),
    _gl("error", "[http client] {gl_etype}: {gl_emsg}"),
    _gl("error", "[http client] proxy authentication required, wrong or no proxy credentials"),
    _gl("info", "{gl_tid} answer shows it supports GLPI Agent protocol"),
    _gl("info", "sending prolog request to {gl_tid}"),
    _gl("error", "No supported answer from server at {gl_turl}"),
    _gl("info", "{gl_prov} Agent requested to run all targets now"),
    _gl("info", "[http client] SSL server certificate fingerprint: {gl_fp}"),
    _gl("warning", "job {gl_job} aborted"),
    _gl("info", "{gl_prov} Agent exiting ({gl_pid})"),
    _gl("info", "Netdiscovery result for {gl_ip} saved in {gl_file}"),
)
SLOTS.update({
    "gl_tid": choice(("server0", "server0", "server0", "server1", "local0", "listener0")), "gl_ttype": choice(("server", "server", "local", "listener")),
    "gl_turl": choice(("https://glpi.example.com/", "https://glpi.corp.lan/front/inventory.php", "http://10.0.8.20/glpi/", "https://itsm.example.org/marketplace/glpiinventory/",
                       "/var/lib/glpi-agent/inventories")),
    "gl_task": choice(("Inventory", "Inventory", "Inventory: partial event", "NetDiscovery", "NetInventory", "Deploy", "Collect", "ESX", "RemoteInventory")),
    "gl_date": lambda r: _gl_time(r), "gl_invname": choice(("inventory", "inventory", "partial inventory")),
    "gl_devid": lambda r: f"{r.choice(('ws-0142', 'LAPTOP-7QK2M1', 'srv-db01', 'web01', 'kiosk-3', 'nas'))}-2026-{r.randint(1, 11):02d}-{day(r):02d}-{r.randint(0, 23):02d}-{r.randint(0, 59):02d}-{r.randint(0, 59):02d}",
    "gl_tag": choice(("", "", "", " (tag=HQ)", " (tag=branch-lyon)", " (tag=servers)")),
    "gl_pending": lambda r: r.choice((f"can retry in {r.randint(60, 7200)}s", "Inventory queued", "Waiting for server-side task")),
    "gl_srverr": choice(("Server returned an error status", "Agent is not authorized", "Inventory is disabled", "JSON inventory not supported")),
    "gl_etype": choice(("communication error", "communication error", "proxy error", "can't connect", "internal exception")),
    "gl_emsg": choice(("500 Can't connect to glpi.example.com:443 (Connection refused)", "500 read timeout", "503 Service Unavailable", "404 Not Found",
                       "500 SSL connect attempt failed error:0A000086:SSL routines::certificate verify failed", "502 Bad Gateway, Proxy Error")),
    "gl_prov": choice(("GLPI",)), "gl_fp": lambda r: "sha256$" + hexs(r, 64),
    "gl_job": lambda r: str(r.randint(1, 9999)), "gl_pid": lambda r: str(r.randint(300, 99999)), "gl_ip": ip4,
    "gl_file": lambda r: f"/var/lib/glpi-agent/netdiscovery/{r.choice(('', 'job-'))}{r.randint(1, 900)}.xml",
})
# ---------------------------------------------------------------- smp-server (Haskell; SimpleX SMP relay server, journald/stdout of the simple-logger package
# (Control.Logger.Simple doLog, timeFormat "%Y-%m-%d %T %z", colour codes dropped by journald's capture of a non-TTY): "[NOTE 2026-11-27 06:20:12 +0000
# src/Simplex/Messaging/Server.hs:229] Received SIGINT, stopping server..." -- level, time and the caller's file:line are the logger's)


def _sx(lvl: str, where: str, body: str) -> str:
    return _h(lambda r: f"[{lvl} 2026-11-{day(r):02d} {clock(r)} +0000 src/Simplex/Messaging/{where}] ") + body


_SX_SRV = ("smp8.simplex.im", "smp9.simplex.im", "smp10.simplex.im", "smp4.simplex.im", "smp.example.org", "relay.privacy.lan", "smp11.simplex.im")
SOURCES["smp-server"] = ("simplex-chat/simplexmq", "92598c2ddb06cfc2c19797a2c900cffcb8af4d5c",
                         "src/Simplex/Messaging/Server.hs, src/Simplex/Messaging/Server/Env/STM.hs, src/Simplex/Messaging/Server/StoreLog.hs, "
                         "src/Simplex/Messaging/Server/MsgStore/Journal.hs, src/Simplex/Messaging/Transport/Server.hs "
                         "(layout: agrafix/simple-logger 0e5777bfd900319996909160ac32c2d85d7b29f1 src/Control/Logger/Simple.hs)")
SYSTEMS["smp-server"] = (
    _sx("NOTE", "Server.hs:411", "NOTIFICATIONS: cancelled for client #{sx_cid}, reason: {sx_reason}"),
    _sx("INFO", "Server.hs:448", "SMP server connected {sx_srv}"),
    _sx("ERROR", "Server.hs:449", "SMP server disconnected {sx_srv} / subscriptions: {sx_n}"),
    _sx("WARN", "Server.hs:1403", "Error connecting: {sx_host} {sx_connerr}"),
    _sx("NOTE", "Server.hs:477", "Started expiring messages..."),
    _sx("NOTE", "Server.hs:479", "Removed {sx_n} old deleted queues from the database."),
    _sx("NOTE", "Server.hs:2274", "{sx_name} stored: {sx_big}, expired: {sx_n}, queues: {sx_big}"),
    _sx("WARN", "Server.hs:769", "ControlPort: {sx_ctl}"),
    _sx("ERROR", "Server.hs:894", "Unauthorized control port command"),
    _sx("ERROR", "Server.hs:486", "STORE: expireOldMessages, error expiring messages, {sx_storeerr}"),
    _sx("NOTE", "Server.hs:229", "Received SIGINT, stopping server..."),
    _sx("NOTE", "Server.hs:234", "Saving server state..."),
    _sx("NOTE", "Server.hs:236", "Server stopped"),
    _sx("NOTE", "Server.hs:2130", "saving messages to file {sx_msgf}"),
    _sx("NOTE", "Server.hs:2141", "messages saved: {sx_big}"),
    _sx("NOTE", "Server.hs:2338", "restoring server stats from file {sx_statf}"),
    _sx("NOTE", "Server/Env/STM.hs:626", "restoring queues from file {sx_qf}"),
    _sx("WARN", "Server/MsgStore/Journal.hs:919", "STORE: readWriteQueueState, empty queue state, {sx_state}"),
    _sx("WARN", "Server/StoreLog.hs:303", "Server terminated abnormally on last start, restoring state from {sx_bak}"),
    _sx("NOTE", "Transport/Server.hs:246", "binding to {sx_bind}"),
)
SLOTS.update({
    "sx_cid": lambda r: str(r.randint(1, 10 ** r.randint(2, 7))),
    "sx_reason": choice(("thread killed", "<<timeout>>", "Network.Socket.recvBuf: resource vanished (Connection reset by peer)", "TEBadBlock", "TEHandshake {handshakeErr = IDENTITY}")),
    "sx_srv": lambda r: f"smp://{b62(r, 43)}={'@' + r.choice(_SX_SRV)}", "sx_n": lambda r: str(r.randint(0, 10 ** r.randint(1, 4))), "sx_big": lambda r: str(r.randint(0, 10 ** r.randint(3, 7))),
    "sx_host": choice(_SX_SRV), "sx_connerr": choice(("BROKER {brokerAddress = \"\", brokerErr = NETWORK}", "BROKER {brokerAddress = \"\", brokerErr = TIMEOUT}", "BROKER {brokerAddress = \"\", brokerErr = HOST}",
                                                      "TRANSPORT TEVersion")),
    "sx_name": choice(("messages", "messages", "expired messages")),
    "sx_ctl": choice(("CPStats", "CPStatsRTS", "CPSuspend", "CPResume", "CPClients", "CPSave", "CPDelete", "CPThreads")),
    "sx_storeerr": choice(("/var/opt/simplex/messages: getDirectoryContents:openDirStream: resource exhausted (Too many open files)", "SQLError {sqlError = ErrorBusy}", "user error (Journal file not found)")),
    "sx_msgf": choice(("/var/opt/simplex/smp-server-messages.log",)), "sx_statf": choice(("/var/opt/simplex/smp-server-stats.log",)),
    "sx_qf": choice(("/var/opt/simplex/smp-server-store.log",)),
    "sx_state": lambda r: f"/var/opt/simplex/messages/{b62(r, 2)}/{b62(r, 2)}/{b62(r, 24)}/queue_state.log",
    "sx_bak": lambda r: f"/var/opt/simplex/smp-server-store.log.{r.randint(1700000000, 1764300000)}.bak", "sx_bind": choice(("0.0.0.0:5223", "0.0.0.0:443", "[::]:5223", "0.0.0.0:8443")),
})
# ---------------------------------------------------------------- shairport-sync (C; AirPlay audio receiver, systemd unit's stderr read back from the journal in syslog form:
# "Nov 27 06:20:12 livingroom-pi shairport-sync[612]: warning: The output device "hw:0" is busy ..." -- syslog head and utilities/debug.c's "warning: " prefix are the logger's;
# run with -v (debuglev 1) the same calls get debug.c's preliminary string "% 20.9f" time since the last message and "file:line" before " *warning: ")
_SS_HOSTS = ("livingroom-pi", "kitchen-pi", "hifipi", "studio-nuc", "garage-pi", "moode")


def _ss(kind: str, where: str, body: str) -> str:
    def head(r: R) -> str:
        h = r.choice(_SS_HOSTS)
        verbose = h in ("hifipi", "studio-nuc")
        pre = f"Nov {day(r):2d} {clock(r)} {h} shairport-sync[{r.choice((612, 612, 734, 1021, 488))}]: "
        if verbose:
            return pre + f"{r.uniform(0, 30) if r.random() < 0.3 else r.uniform(0, 0.01):20.9f} \"{where}\"" + (" *warning: " if kind == "warn" else " ")
        return pre + ("warning: " if kind == "warn" else "")
    return _h(head) + body


SOURCES["shairport-sync"] = ("mikebrady/shairport-sync", "08af668a5d17b4714da38981dea4c9039263a4cc",
                             "utilities/debug.c (prefixes), player.c, audio_alsa.c, rtsp.c")
SYSTEMS["shairport-sync"] = (
    _ss("inform", "player.c:3351", "Connection {ss_c}: Playback stopped. Total playing time {ss_hh}:{ss_mm}:{ss_ss}. Output: {ss_fps} (raw), {ss_fps} (corrected) frames per second."),
    _ss("inform", "player.c:4201", "Connection {ss_c}: AirPlay 2 Buffered playback. Input format: {ss_in}. Output format: {ss_out}."),
    _ss("inform", "player.c:1042", "Connection {ss_c}: Incoming Audio Encoding is switching to: \"{ss_in}\"."),
    _ss("inform", "player.c:5218", "Output Level set to: {ss_db} dB."),
    _ss("inform", "player.c:4173", "Connection {ss_c}: Classic AirPlay (\"AirPlay 1\") playback. Input format: {ss_in}. Output format: {ss_out}."),
    _ss("warn", "audio_alsa.c:725", "The output device \"{ss_dev}\" is busy and can't be used by Shairport Sync at present."),
    _ss("warn", "audio_alsa.c:718", "The output device \"{ss_dev}\" is no longer busy and will be used by Shairport Sync."),
    _ss("inform", "player.c:4133", "No frames received in the last sampling interval."),
    _ss("warn", "rtsp.c:2362", "Connection {ss_c} FLUSH {ss_seq} received without having the player"),
    _ss("warn", "rtsp.c:3967", "Password authorization failed."),
    _ss("warn", "player.c:4264", "Connection {ss_c}: An unfixable error has been detected -- output device is stalled. Executing the "
        "\"run_this_if_an_unfixable_error_is_detected\" command."),
    _ss("warn", "audio_alsa.c:800", "alsa: cannot set period size of {ss_per}: {ss_alsaerr}"),
    _ss("warn", "player.c:4728", "clipping {ss_clip} dB with convolution gain set to {ss_gain} dB!"),
    _ss("warn", "rtsp.c:692", "Connection {ss_c}: too much content."),
    _ss("warn", "rtsp.c:917", "Connection {ss_c}: RECORD: Duplicate RECORD message -- ignored"),
)
SLOTS.update({
    "ss_c": lambda r: str(r.randint(1, 400)), "ss_hh": lambda r: f"{r.choice((0, 0, 0, 1, 2, 5))}".zfill(2), "ss_mm": lambda r: f"{r.randint(0, 59):02d}", "ss_ss": lambda r: f"{r.randint(0, 59):02d}",
    "ss_fps": lambda r: f"{r.uniform(44099.5, 44100.5) if r.random() < 0.8 else r.uniform(47999.5, 48000.5):.2f}",
    "ss_in": choice(("AAC, 2 channels, 44100/S16_LE", "ALAC/44100/S16_LE/2", "AAC/44100/F24/2", "ALAC/48000/S24_LE/2", "Uncompressed PCM")),
    "ss_out": choice(("44100/S32_LE/2", "44100/S16_LE/2", "48000/S32_LE/2", "44100/S24_3LE/2")), "ss_db": lambda r: f"{-r.uniform(0, 60):.2f}",
    "ss_dev": choice(("hw:0", "hw:1", "default", "hw:Headphones", "hw:sndrpihifiberry", "iec958:CARD=Device,DEV=0")),
    "ss_seq": lambda r: str(r.randint(0, 4294967295)), "ss_per": choice(("352", "1024", "4096")),
    "ss_alsaerr": choice(("Invalid argument", "Input/output error", "Device or resource busy")),
    "ss_clip": lambda r: f"{r.uniform(0.1, 9):.1f}", "ss_gain": lambda r: f"{-r.uniform(0, 12):.1f}",
})
# ---------------------------------------------------------------- seata-server (Java; Apache Seata distributed-transaction coordinator, ~/logs/seata/seata-server.8091.all.log in the
# FILE_LOG_PATTERN of server/src/main/resources/logback/file-appender.xml "%d{yyyy-MM-dd HH:mm:ss.SSS} %5p --- [%t] [%logger] [%M] [%X{X-TX-XID:-}]: %m":
# "2026-11-27 06:20:12.123  INFO --- [ServerHandlerThread_1_5_500] [org.apache.seata.server.coordinator.DefaultCoordinator] [doGlobalBegin] [10.0.0.5:8091:26...]: Begin new ..."
# -- time, level, thread, logger, method and the MDC transaction id are the layout's)
_SE_APPS = ("order-service", "stock-service", "account-service", "payment-api", "storage-service", "mall-portal", "coupon-svc")


def _se_xid(r: R) -> str:
    return _LINE.setdefault("se_xid", f"{r.choice(('10.20.1.11', '10.20.1.12', 'seata-server-0.seata'))}:8091:{r.randint(2 * 10 ** 18, 9 * 10 ** 18)}")


def _se(lvl: str, logger: str, method: str, body: str, threads: tuple[str, ...] = ("ServerHandlerThread_1_{}_500",), xid: bool = True) -> str:
    def head(r: R) -> str:
        t = r.choice(threads).replace("{}", str(r.randint(1, 60)))
        x = _se_xid(r) if xid else ""
        return f"2026-11-{day(r):02d} {clock(r)}.{_frac(r, 3)} {lvl:>5} --- [{t}] [org.apache.seata.{logger}] [{method}] [{x}]: "
    return _h(head) + body


_SE_NET = ("NettyServerNIOWorker_1_{}_16",)
_SE_RETRY = ("RetryCommitting_1_1", "RetryRollbacking_1_1", "TxTimeoutCheck_1_1", "AsyncCommitting_1_1")
SOURCES["seata-server"] = ("apache/incubator-seata", "0b9d7c9a4972e0674a4da681ee9e7d3a6a194e92",
                           "server/src/main/resources/logback/file-appender.xml (layout), server/src/main/java/org/apache/seata/server/coordinator/{DefaultCoordinator,DefaultCore,AbstractCore}.java, "
                           "core/src/main/java/org/apache/seata/core/rpc/processor/server/{RegTmProcessor,RegRmProcessor}.java, "
                           "core/src/main/java/org/apache/seata/core/rpc/netty/{AbstractNettyRemotingServer,NettyServerBootstrap}.java, "
                           "server/src/main/java/org/apache/seata/server/storage/db/lock/LockStoreDataBaseDAO.java, server/src/main/java/org/apache/seata/server/transaction/saga/SagaCore.java")
SYSTEMS["seata-server"] = (
    _se("INFO", "server.coordinator.DefaultCoordinator", "doGlobalBegin",
        "Begin new global transaction applicationId: {se_app},transactionServiceGroup: {se_grp}, transactionName: {se_txn},timeout:{se_to},xid:{se_xid}"),
    _se("INFO", "server.coordinator.AbstractCore", "lambda$branchRegister$0", "Register branch successfully, xid = {se_xid}, branchId = {se_bid}, resourceId = {se_res} ,lockKeys = {se_keys}"),
    _se("INFO", "server.coordinator.DefaultCore", "lambda$doGlobalCommit$1", "Commit branch transaction successfully, xid = {se_xid} branchId = {se_bid}", ("AsyncCommitting_1_1", "ServerHandlerThread_1_{}_500")),
    _se("INFO", "server.coordinator.DefaultCore", "lambda$doGlobalRollback$3", "Rollback branch transaction successfully, xid = {se_xid} branchId = {se_bid}", ("RetryRollbacking_1_1", "ServerHandlerThread_1_{}_500")),
    _se("INFO", "core.rpc.processor.server.RegRmProcessor", "onRegRmMessage", "RM register success,message:{se_rmreq},channel:{se_chan},client version:{se_ver}", xid=False),
    _se("INFO", "core.rpc.processor.server.RegTmProcessor", "onRegTmMessage",
        "TM register success,message:{se_tmreq},channel:{se_chan},client version:{se_ver},client protocol-version:{se_pver}", xid=False),
    _se("INFO", "server.coordinator.DefaultCore", "timeoutCheck", "TC detected timeout, xid = {se_xid}", ("TxTimeoutCheck_1_1",)),
    _se("INFO", "server.coordinator.AbstractCore", "branchReport", "Report branch status successfully, xid = {se_xid}, branchId = {se_bid}"),
    _se("INFO", "core.rpc.netty.AbstractNettyRemotingServer$ServerHandler", "closeChannelHandlerContext", "closeChannelHandlerContext channel:{se_chan}", _SE_NET, False),
    _se("INFO", "core.rpc.netty.AbstractNettyRemotingServer$ServerHandler", "handleDisconnect", "remove unused channel:{se_chan}", _SE_NET, False),
    _se("ERROR", "core.rpc.netty.AbstractNettyRemotingServer$ServerHandler", "exceptionCaught", "exceptionCaught:{se_exc}, channel:{se_chan}", _SE_NET, False),
    _se("INFO", "server.storage.db.lock.LockStoreDataBaseDAO", "acquireLock", "Global lock acquire failed, xid {se_xid} branchId {se_bid} pk {se_pk}"),
    _se("INFO", "server.transaction.saga.SagaCore", "doGlobalReport", "Global[{se_xid}] committed"),
    _se("INFO", "server.transaction.saga.SagaCore", "doGlobalReport", "Global[{se_xid}] reporting is successfully done. status[{se_status}]"),
    _se("INFO", "server.transaction.saga.SagaCore", "doGlobalCommit", "Global[{se_xid}] will retry commit", _SE_RETRY),
    _se("INFO", "core.rpc.netty.NettyServerBootstrap", "start", "Server started, service listen port: {se_port}", ("main",), False),
)
SLOTS.update({
    "se_app": choice(_SE_APPS), "se_grp": choice(("default_tx_group", "default_tx_group", "mall_tx_group", "my_test_tx_group")),
    "se_txn": choice(("placeOrder(com.example.order.dto.OrderDTO)", "createOrder", "purchase(java.lang.String, java.lang.String, int)", "default", "transfer")),
    "se_to": choice(("60000", "60000", "300000", "30000")), "se_xid": _se_xid, "se_bid": lambda r: str(r.randint(2 * 10 ** 18, 9 * 10 ** 18)),
    "se_res": choice(("jdbc:mysql://10.20.3.5:3306/seata_order", "jdbc:mysql://mysql-0.mysql:3306/stock", "jdbc:postgresql://pg-main:5432/account", "jdbc:mysql://10.20.3.6:3306/seata_storage")),
    "se_keys": lambda r: ";".join(f"{r.choice(('t_order', 'stock_tbl', 'account_tbl', 'order_tbl'))}:{r.randint(1, 999999)}" for _ in range(r.randint(1, 3))),
    "se_rmreq": lambda r: f"RegisterRMRequest{{resourceIds='{r.choice(('jdbc:mysql://10.20.3.5:3306/seata_order', 'jdbc:mysql://mysql-0.mysql:3306/stock'))}', version='2.2.0', applicationId='{r.choice(_SE_APPS)}', transactionServiceGroup='default_tx_group', extraData='null'}}",
    "se_tmreq": lambda r: f"RegisterTMRequest{{version='2.2.0', applicationId='{r.choice(_SE_APPS)}', transactionServiceGroup='default_tx_group', extraData='ak=null\\nsigature=null\\nip={ip4(r)}\\ntimestamp={r.randint(1764200000000, 1764300000000)}\\n'}}",
    "se_chan": lambda r: f"[id: 0x{hexs(r, 8)}, L:/{r.choice(('10.20.1.11', '10.20.1.12'))}:8091 - R:/{ip4(r)}:{r.randint(30000, 65000)}]",
    "se_ver": choice(("2.2.0", "2.1.0", "1.8.0", "2.0.0")), "se_pver": choice(("v1", "v1", "v0")),
    "se_exc": choice(("Connection reset by peer", "Connection timed out", "readAddress(..) failed: Connection reset by peer", "Broken pipe")),
    "se_pk": lambda r: str(r.randint(1, 999999)), "se_status": choice(("Committed", "Rollbacked", "CommitRetrying")), "se_port": choice(("8091",)),
})
# ---------------------------------------------------------------- miniflux (Go; feed reader server, `docker logs miniflux` of the default slog.NewTextHandler of
# internal/cli/logger.go: 'time=2026-11-27T06:20:12.123Z level=WARN msg="Unable to fetch feed" user_id=1 feed_id=42 feed_url=https://... error="..."' -- time, level and
# the msg="..." quoting are the handler's; the message and the attribute keys are written in the slog call)


def _mf(lvl: str, body: str) -> str:
    return _h(lambda r: f"time=2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 3)}Z level={lvl} msg=") + body


def _q(s: str) -> str:
    """slog's text handler quotes a value with spaces, quotes or '='."""
    if any(c in s for c in ' "=') or not s:
        return '"' + s.replace('"', '\\"') + '"'
    return s


_MF_FEEDS = ("https://lwn.net/headlines/rss", "https://news.ycombinator.com/rss", "https://www.reddit.com/r/selfhosted/.rss", "https://blog.rust-lang.org/feed.xml",
             "https://xkcd.com/atom.xml", "https://feeds.arstechnica.com/arstechnica/index", "https://www.theverge.com/rss/index.xml", "https://example.substack.com/feed",
             "https://www.youtube.com/feeds/videos.xml?channel_id=UCsBjURrPoezykLs9EqgamOA", "https://github.com/miniflux/v2/releases.atom", "http://planet.debian.org/rss20.xml")
_MF_UA = ("Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0", "FeedMe/3.9 (Android)", "Reeder/5050.0.0", "NetNewsWire (RSS Reader; https://netnewswire.com/)",
          "ReadKit/5.4", "Fluent Reader", "okhttp/4.12.0", "curl/8.5.0")
SOURCES["miniflux"] = ("miniflux/v2", "106cdd09e1557222303f3ed1376e1dadf0638621",
                       "internal/cli/logger.go (handler), internal/reader/handler/handler.go, internal/cli/cleanup_tasks.go, internal/fever/middleware.go, internal/googlereader/handler.go, "
                       "internal/api/middleware.go, internal/reader/icon/checker.go, internal/integration/integration.go, internal/http/server/server.go, internal/cli/daemon.go")
SYSTEMS["miniflux"] = (
    _mf("WARN", '"Unable to fetch feed" user_id={mf_uid} feed_id={mf_fid} feed_url={mf_url} error={mf_ferr}'),
    _mf("INFO", '"[GoogleReader] User authenticated successfully" authentication_successful=true client_ip={mf_ip} user_agent={mf_ua} username={mf_user}'),
    _mf("INFO", '"[Fever] User authenticated successfully" authentication_successful=true client_ip={mf_ip} user_agent={mf_ua} user_id={mf_uid} username={mf_user}'),
    _mf("WARN", '"Feed is rate limited" feed_url={mf_url} retry_delay_in_seconds={mf_retry} calculated_next_check_interval_in_minutes={mf_int} new_next_check_at={mf_time}'),
    _mf("INFO", '"[API] User authenticated successfully with the Basic HTTP Authentication" authentication_successful=true client_ip={mf_ip} user_agent={mf_ua} '
        'username={mf_user} request_uri={mf_uri}'),
    _mf("WARN", '"[API] Invalid username or password provided during Basic HTTP Authentication" authentication_failed=true client_ip={mf_ip} user_agent={mf_ua} '
        'username={mf_user} request_uri={mf_uri}'),
    _mf("INFO", '"Sessions cleanup completed" web_sessions_removed={mf_n}'),
    _mf("INFO", '"Archiving read entries completed" read_entries_archived={mf_n}'),
    _mf("INFO", '"Archiving unread entries completed" unread_entries_archived={mf_n}'),
    _mf("INFO", '"Orphan icons cleanup completed" orphan_icons_removed={mf_n}'),
    _mf("ERROR", '"Unable to store feed icon" feed_id={mf_fid} website_url={mf_site} feed_icon_url={mf_icon} error={mf_dberr}'),
    _mf("ERROR", '"Unable to send entry to Wallabag" user_id={mf_uid} user_tags={mf_tags} entry_id={mf_eid} entry_url={mf_eurl} error={mf_interr}'),
    _mf("INFO", '"Starting HTTP server" listen_address={mf_listen}'),
    _mf("ERROR", '"Unable to ping database" error={mf_dberr}'),
    _mf("INFO", '"Received SIGHUP, reloading TLS certificates"'),
)
SLOTS.update({
    "mf_uid": lambda r: str(r.choice((1, 1, 1, 2, 3, r.randint(4, 40)))), "mf_fid": lambda r: str(r.randint(1, 900)), "mf_url": choice(_MF_FEEDS),
    "mf_ferr": lambda r: _q(r.choice(("This website is permanently unavailable (404)", "Website unreachable, the request timed out after 20 seconds",
                                      "Unable to parse feed: invalid character '<' looking for beginning of value", "This website is temporarily unreachable (503)",
                                      "You are not allowed to access this resource (403)", "The feed is empty", "Too many requests (429)"))),
    "mf_ip": lambda r: r.choice((ip4(r), "172.18.0.1", "10.0.0.5")), "mf_ua": lambda r: _q(r.choice(_MF_UA)), "mf_user": choice(("admin", "alice", "bob", "mei", "reader")),
    "mf_retry": choice(("3600", "600", "1800", "86400")), "mf_int": choice(("60", "60", "30", "1440")),
    "mf_time": lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 3)}Z",
    "mf_uri": choice(("/v1/entries?status=unread&limit=100", "/v1/me", "/v1/feeds/counters", "/v1/categories", "/v1/entries?starred=true")),
    "mf_n": lambda r: str(r.randint(0, 10 ** r.randint(1, 4))),
    "mf_site": lambda r: r.choice(_MF_FEEDS).rsplit("/", 1)[0] + "/", "mf_icon": lambda r: r.choice(_MF_FEEDS).split("/")[2].join(("https://", "/favicon.ico")),
    "mf_dberr": lambda r: _q(r.choice(("pq: duplicate key value violates unique constraint \"icons_hash_key\"", "dial tcp 172.18.0.2:5432: connect: connection refused",
                                       "pq: the database system is shutting down", "driver: bad connection"))),
    "mf_tags": lambda r: _q(r.choice(("", "miniflux", "rss,later", "to-read"))), "mf_eid": lambda r: str(r.randint(1000, 900000)),
    "mf_eurl": lambda r: f"https://{r.choice(('lwn.net/Articles', 'arstechnica.com/gadgets/2026/11', 'blog.rust-lang.org/2026/11'))}/{r.randint(900000, 999999)}/",
    "mf_interr": lambda r: _q(r.choice(("wallabag: unable to get access token: status=401", "wallabag: unable to send entry: Post \"https://wallabag.example.org/api/entries.json\": context deadline exceeded"))),
    "mf_listen": choice(("0.0.0.0:8080", ":8080", "127.0.0.1:8080")),
})
# ==== END OF PROGRAMS


SET = GeneratedSet(prefix="u17", seed=SEED, systems=SYSTEMS, sources=SOURCES, slots=SLOTS, line=_LINE)
lines = SET.lines


if __name__ == "__main__":
    SET.main(__doc__)
