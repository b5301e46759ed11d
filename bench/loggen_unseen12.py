"""The UNSEEN12-S11 generated held-out set: programs in no earlier Millpond set (tests/data/patterns,
bench/loggen*.py incl. loggen_unseen.py .. loggen_unseen11.py, SOURCES.md of earlier sets), not in LogHub's 16 and
not in hybridlogparser's sets.

Written 2026-11-26 (session 11) by helper S11-unseen12 and kept OUTSIDE the repo until the lead has scored
Millpond's miner on it: the miner's tuners share the machine.

    python loggen_unseen12.py --out /work/unseen-data12 -n 2000   # writes u12-<program>.tsv.gz
    python loggen_unseen12.py --verify                            # template literals vs the sources

Ground truth (the rule of loggen_unseen3.py .. loggen_unseen11.py): one format string / log call in the program's
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

from loggen_kit import R, USERS, b62, base_slots, choice, clock, day, GeneratedSet, hexs, ip4, uuid4, syslog_head

_LINE: dict[str, str] = {}  # values one line's header chose that its message repeats; reset per line
SEED = 121126  # the set's seed
SLOTS = base_slots()
SYSTEMS: dict[str, tuple[str, ...]] = {}
SOURCES: dict[str, tuple[str, str, str]] = {}  # program: (repository, commit read, files holding the format strings)


def _frac(r: R, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _ts_ms(r: R, sep: str = " ") -> str:
    return f"2026-11-{day(r):02d}{sep}{clock(r)}.{r.randint(0, 999):03d}"


# ---------------------------------------------------------------- loki (Go; go-kit logfmt on stderr, container stdout under Kubernetes:
# "level=info ts=2026-11-26T06:20:12.123456789Z caller=flush.go:194 component=ingester msg=\"flushing tenant streams\" tenant=fake streams=12" --
# level, ts, caller and the component context are the logger's)
_LK_TENANTS = ("fake", "fake", "team-a", "team-b", "29", "prod", "infra", "tenant-0042", "anonymous")
_LK_STREAMS = ('{app=\\"nginx\\", namespace=\\"web\\"}', '{job=\\"varlogs\\", filename=\\"/var/log/syslog\\"}', '{container=\\"api\\", pod=\\"api-7d9f8c-x2x9q\\"}',
               '{service_name=\\"checkout\\", level=\\"error\\"}', '{cluster=\\"eu-west\\", app=\\"kafka\\"}')


def _lk_head(lvl: str, caller: str, comp: str | None = None) -> Callable[[R], str]:
    def head(r: R) -> str:
        c = f" component={comp}" if comp else ""
        return f"level={lvl} ts=2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 9)}Z caller={caller}{c} "
    return head


def _lk_details(r: R) -> str:
    s = r.choice(_LK_STREAMS)
    k = r.random()
    if k < 0.4:
        return (f"\"entry with timestamp 2026-11-{day(r):02d} {clock(r)}.{_frac(r, 6)} +0000 UTC ignored, reason: 'entry too far behind, "
                f"entry timestamp is: 2026-11-{day(r):02d}T{clock(r)}Z, oldest acceptable timestamp is: 2026-11-{day(r):02d}T{clock(r)}Z', stream: '{s}'\"")
    if k < 0.7:
        return f"\"Ingestion rate limit exceeded for user {r.choice(_LK_TENANTS)} (limit: {r.choice((4194304, 10485760, 20971520))} bytes/sec) while attempting to ingest '{r.randint(1, 5000)}' lines totaling '{r.randint(1000, 9999999)}' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased\""
    if k < 0.85:
        return f"\"stream '{s}' has {r.randint(16, 40)} label names; limit 15\""
    return f"\"Per stream rate limit exceeded (limit: {r.choice(('3MB', '5MB'))}/sec) while attempting to ingest for stream '{s}' totaling {r.randint(100000, 9000000)}B, consider splitting a stream via additional labels or contact your Loki administrator to see if the limit can be increased\""


def _lk_err(r: R) -> str:
    return r.choice(("\"rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing: dial tcp 10.42.3.17:9095: connect: connection refused\\\"\"",
                     "\"context deadline exceeded\"", "\"context canceled\"",
                     f"\"failed to put object: RequestError: send request failed caused by: Put \\\"https://s3.eu-west-1.amazonaws.com/loki-chunks/fake/{hexs(r, 16)}\\\": dial tcp: i/o timeout\"",
                     "\"open /loki/wal/00012345: no space left on device\""))


def _lk_cp(r: R) -> str:
    return f"/loki/wal/checkpoint.{r.randint(1, 99999):06d}"


SOURCES["loki"] = ("grafana/loki", "65e30f8488e8a5ea2013c6881675f8103a8f6bc7",
                   "pkg/util/log/log.go (logfmt, caller), pkg/ingester/flush.go, pkg/ingester/checkpoint.go, pkg/ingester/ingester.go, pkg/ingester/recalculate_owned_streams.go, "
                   "pkg/distributor/writefailures/manager.go, pkg/distributor/distributor.go, pkg/compactor/compactor.go, "
                   "pkg/storage/stores/shipper/indexshipper/uploads/index_set.go, pkg/storage/stores/shipper/indexshipper/uploads/table_manager.go")
SYSTEMS["loki"] = (
    "{lk_wf}msg=\"write operation failed\" details={lk_details} org_id={lk_tenant}",
    "{lk_fts}msg=\"flushing tenant streams\" tenant={lk_tenant} streams={lk_n}",
    "{lk_ut}msg=\"uploading table\" table={lk_table}",
    "{lk_fut}msg=\"finished uploading table\" table={lk_table}",
    "{lk_uts}msg=\"uploading tables\"",
    "{lk_sc}msg=\"starting checkpoint\"",
    "{lk_cd}msg=\"checkpoint done\" time={godur}",
    "{lk_acf}msg=\"atomic checkpoint finished\" old={lk_cp}.tmp new={lk_cp}",
    "{lk_cu}msg=\"cleaned up old superseded checkpoint\" dir={lk_cpn} idx={lk_n} firstSegment={lk_n} protectedCheckpoint={lk_n}",
    "{lk_ff}msg=\"failed to flush\" retries={small} err={lk_err}",
    "{lk_uso}msg=\"updating streams ownership\" tenant={lk_tenant}",
    "{lk_drc}msg=\"detected ring changes, re-evaluating streams ownership\"",
    "{lk_wal}msg=\"WAL recovery finished\" time={godur}",
    "{lk_shr}msg=\"sharding request\" shard_count={lk_shards}",
    "{lk_ch}msg=\"this instance has been chosen to run the compactor, starting compactor\"",
)
SLOTS.update({
    "lk_wf": _lk_head("error", "manager.go:49", "distributor"), "lk_fts": _lk_head("info", "flush.go:194", "ingester"),
    "lk_ut": _lk_head("info", "index_set.go:86"), "lk_fut": _lk_head("info", "index_set.go:107"), "lk_uts": _lk_head("info", "table_manager.go:148", "index-store-tsdb-2024-04-01"),
    "lk_sc": _lk_head("info", "checkpoint.go:715"), "lk_cd": _lk_head("info", "checkpoint.go:673"), "lk_acf": _lk_head("info", "checkpoint.go:602"),
    "lk_cu": _lk_head("info", "checkpoint.go:542"), "lk_ff": _lk_head("error", "flush.go:356", "ingester"), "lk_uso": _lk_head("info", "recalculate_owned_streams.go:69"),
    "lk_drc": _lk_head("info", "recalculate_owned_streams.go:62"), "lk_wal": _lk_head("info", "ingester.go:567", "ingester"),
    "lk_shr": _lk_head("info", "distributor.go:1358"), "lk_ch": _lk_head("info", "compactor.go:493"),
    "lk_tenant": choice(_LK_TENANTS), "lk_details": _lk_details, "lk_err": _lk_err, "lk_cp": _lk_cp,
    "lk_n": lambda r: str(r.randint(0, 10 ** r.randint(1, 5))), "lk_cpn": lambda r: f"checkpoint.{r.randint(1, 99999):06d}",
    "lk_table": lambda r: f"{r.choice(('index_', 'loki_index_', 'tsdb_index_'))}{r.randint(20000, 20420)}",
    "lk_shards": choice(("2", "4", "8", "16", "3")),
})
# ---------------------------------------------------------------- qdrant (Rust; tracing-subscriber fmt layer on stdout, docker logs:
# "2026-11-26T06:20:12.123456Z  INFO storage::content_manager::toc: Loading collection: docs" -- level padded to 5, the module target is the logger's)
_QD_COLS = ("docs", "products", "faq_embeddings", "images-clip", "support_tickets", "rag_chunks", "users_v2", "code-search", "news_2026", "memories")


def _qd_head(lvl: str, target: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 6)}Z {lvl:>5} {target}: "


def _qd_snap(r: R) -> str:
    if "qd_snap" not in _LINE:
        c = r.choice(_QD_COLS)
        _LINE["qd_col"] = c
        _LINE["qd_snap"] = f"{c}-{r.randint(10**14, 10**15)}-2026-11-{day(r):02d}-{r.randint(0, 23):02d}-{r.randint(0, 59):02d}-{r.randint(0, 59):02d}.snapshot"
    return _LINE["qd_snap"]


SOURCES["qdrant"] = ("qdrant/qdrant", "74f3e85b9473c62560006c043e13737ce6b48412",
                     "src/actix/mod.rs, src/actix/helpers.rs, src/main.rs, lib/storage/src/content_manager/toc/mod.rs, lib/storage/src/content_manager/toc/collection_meta_ops.rs, "
                     "lib/storage/src/content_manager/snapshots/mod.rs, lib/storage/src/content_manager/consensus_manager.rs, lib/storage/src/content_manager/consensus/persistent.rs, "
                     "lib/collection/src/collection/snapshots.rs, lib/collection/src/shards/local_shard/mod.rs, lib/collection/src/shards/local_shard/snapshot.rs, "
                     "lib/segment/src/segment_constructor/segment_constructor_base/segment.rs")
SYSTEMS["qdrant"] = (
    "{qd_err}Error processing request: {qd_reqerr}",
    "{qd_load}Loading collection: {qd_col}",
    "{qd_cc}Creating collection {qd_col}",
    "{qd_sn}Creating collection snapshot {qd_snap} into {qd_snappath}",
    "{qd_ds}Deleting collection snapshot \"{qd_snap}\"",
    "{qd_cons}Checking data consistency for shard {qd_shardpath}",
    "{qd_uc}Updating collection {qd_col}",
    "{qd_dc}Deleting collection {qd_col}",
    "{qd_rs}Restoring shard snapshot {qd_shardsnap}",
    "{qd_ir}Initiating receiving shard {qd_col}:{small}",
    "{qd_ab}Aborting shard transfer: {qd_reason}",
    "{qd_send}Failed to send message to {qd_peer} with error: {qd_senderr}",
    "{qd_raft}Loading raft state from {qd_raftp}",
    "{qd_left}Deleting leftover segment: {qd_seg}",
    "{qd_http}Qdrant HTTP listening on {qd_port}",
    "{qd_tel}Telemetry reporting enabled, id: {uuid}",
)
SLOTS.update({
    "qd_err": _qd_head("ERROR", "qdrant::actix::helpers"), "qd_load": _qd_head("INFO", "storage::content_manager::toc"),
    "qd_cc": _qd_head("INFO", "storage::content_manager::toc::collection_meta_ops"), "qd_uc": _qd_head("INFO", "storage::content_manager::toc::collection_meta_ops"),
    "qd_dc": _qd_head("INFO", "storage::content_manager::toc::collection_meta_ops"), "qd_ab": _qd_head("WARN", "storage::content_manager::toc::collection_meta_ops"),
    "qd_sn": _qd_head("INFO", "collection::collection::snapshots"), "qd_ds": _qd_head("INFO", "storage::content_manager::snapshots"),
    "qd_cons": _qd_head("INFO", "collection::shards::local_shard"), "qd_rs": _qd_head("INFO", "collection::shards::local_shard::snapshot"),
    "qd_ir": _qd_head("INFO", "storage::content_manager::toc"), "qd_send": _qd_head("WARN", "storage::content_manager::consensus_manager"),
    "qd_raft": _qd_head("INFO", "storage::content_manager::consensus::persistent"), "qd_left": _qd_head("WARN", "segment::segment_constructor::segment_constructor_base::segment"),
    "qd_http": _qd_head("INFO", "qdrant::actix"), "qd_tel": _qd_head("INFO", "qdrant"),
    "qd_col": lambda r: _LINE.get("qd_col") or r.choice(_QD_COLS), "qd_snap": _qd_snap,
    "qd_snappath": lambda r: f"\"/qdrant/snapshots/{_LINE.get('qd_col', 'docs')}/{_qd_snap(r)}\"",
    "qd_shardpath": lambda r: f"\"./storage/collections/{r.choice(_QD_COLS)}/{r.randint(0, 5)}\"",
    "qd_shardsnap": lambda r: f"/qdrant/snapshots/{r.choice(_QD_COLS)}/shards/{r.randint(0, 5)}/{r.choice(_QD_COLS)}-shard-{r.randint(0, 5)}-2026-11-{day(r):02d}-{r.randint(0, 23):02d}-{r.randint(0, 59):02d}-{r.randint(0, 59):02d}.snapshot",
    "qd_raftp": choice(("./storage/raft_state.json", "/qdrant/storage/raft_state.json")),
    "qd_seg": lambda r: f"./storage/collections/{r.choice(_QD_COLS)}/{r.randint(0, 5)}/segments/{uuid4(r)}",
    "qd_snapd": lambda r: f"2026-11-{day(r):02d}-{r.randint(0, 23):02d}-{r.randint(0, 59):02d}-{r.randint(0, 59):02d}",
    "qd_reqerr": choice(("Service internal error: Timeout error: Operation 'search' timed out after 60 seconds", "Wrong input: Vector dimension error: expected dim: 768, got 1536",
                         "Not found: Collection `rag_chunks` doesn't exist!", "Bad request: Index required but not found for \"tenant_id\" of one of the following types: [keyword]",
                         "Service internal error: No space left on device (os error 28)", "Wrong input: Not existing vector name error: text-dense")),
    "qd_reason": choice(("transfer failed", "shard transfer timed out", "source peer restarted", "receiver replica set to Dead", "conflicting transfer")),
    "qd_peer": lambda r: f"http://qdrant-{r.randint(0, 4)}.qdrant-headless:6335/", "qd_senderr": choice(("status: Unavailable, message: \"error trying to connect: tcp connect error: Connection refused (os error 111)\", details: [], metadata: MetadataMap { headers: {} }",
                                                                                                        "status: DeadlineExceeded, message: \"Timeout expired\", details: [], metadata: MetadataMap { headers: {} }")),
    "qd_port": choice(("6333", "6333", "6333", "8080")),
})
# ---------------------------------------------------------------- ovs-vswitchd (C; vlog file pattern "%D{%Y-%m-%dT%H:%M:%S.###Z}|%05N|%c|%p|%m" in
# /var/log/openvswitch/ovs-vswitchd.log: "2026-11-26T06:20:12.123Z|00042|bridge|INFO|bridge br-int: added interface tap3f2a1b9c-4d on port 7" --
# time, sequence number, module and level are the logger's)
_OV_BR = ("br-int", "br-int", "br-ex", "br-tun", "ovsbr0", "br-provider")


def _ov_head(module: str, lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{r.randint(0, 999):03d}Z|{r.randint(1, 99999):05d}|{module}|{lvl}|"


def _ov_if(r: R) -> str:
    return r.choice((f"tap{hexs(r, 8)}-{hexs(r, 2)}", f"vnet{r.randint(0, 60)}", "patch-br-int-to-br-ex", "patch-br-ex-to-br-int", f"eth{r.randint(0, 3)}",
                     f"ovn-{hexs(r, 6)}-0", f"veth{hexs(r, 7)}", f"qr-{hexs(r, 8)}-{hexs(r, 2)}", "genev_sys_6081", "br-int"))


def _ov_tgt(r: R) -> str:
    return r.choice(("unix:/var/run/openvswitch/db.sock", "unix:/var/run/openvswitch/db.sock", f"tcp:{ip4(r)}:6641", f"ssl:{ip4(r)}:6642",
                     "tcp:127.0.0.1:6640", f"ssl:ovnsb-{r.randint(0, 2)}.ovn.svc:6642"))


SOURCES["ovs-vswitchd"] = ("openvswitch/ovs", "d6a632a9b16e5dca2e51eefded3a545e68ea6ba3",
                           "lib/vlog.c (pattern, rate-limit summary), vswitchd/bridge.c, lib/timeval.c, lib/reconnect.c, lib/rconn.c, lib/stream-ssl.c")
SYSTEMS["ovs-vswitchd"] = (
    "{ov_br_i}bridge {ov_br}: added interface {ov_if} on port {ov_port}",
    "{ov_br_i}bridge {ov_br}: deleted interface {ov_if} on port {ov_port}",
    "{ov_tv}Unreasonably long {ov_ms}ms poll interval ({ov_ms}ms user, {ov_ms}ms system)",
    "{ov_tv}faults: {ov_n} minor, {small} major",
    "{ov_tv}context switches: {ov_n} voluntary, {ov_n} involuntary",
    "{ov_rc_i}{ov_tgt}: connecting...",
    "{ov_rc_i}{ov_tgt}: connected",
    "{ov_rc_i}{ov_tgt}: {ov_type} attempt failed ({ov_err})",
    "{ov_rc_e}{ov_tgt}: no response to inactivity probe after {ov_probe} seconds, disconnecting",
    "{ov_rl}Dropped {ov_n} log messages in last {ov_secs} seconds (most recently, {ov_secs} seconds ago) due to excessive rate",
    "{ov_br_i}bridge {ov_br}: using datapath ID {ov_dpid}",
    "{ov_br_w}could not open network device {ov_if} ({ov_nderr})",
    "{ov_rconn}{ov_rname}: waiting {ov_backoff} seconds before reconnect",
    "{ov_rconn_w}{ov_rname}: connection failed ({ov_err})",
    "{ov_ssl}successfully bootstrapped CA cert to {ov_ca}",
)
SLOTS.update({
    "ov_br_i": _ov_head("bridge", "INFO"), "ov_br_w": _ov_head("bridge", "WARN"), "ov_tv": _ov_head("timeval", "WARN"),
    "ov_rc_i": _ov_head("reconnect", "INFO"), "ov_rc_e": _ov_head("reconnect", "ERR"), "ov_rconn": _ov_head("rconn", "INFO"), "ov_rconn_w": _ov_head("rconn", "WARN"),
    "ov_rl": lambda r: _ov_head(r.choice(("netdev_linux", "ofproto_dpif_upcall", "connmgr", "jsonrpc", "stream_ssl")), r.choice(("WARN", "INFO")))(r),
    "ov_ssl": _ov_head("stream_ssl", "INFO"),
    "ov_br": choice(_OV_BR), "ov_if": _ov_if, "ov_port": lambda r: str(r.randint(1, 300)), "ov_ms": lambda r: str(r.randint(0, 12000)),
    "ov_n": lambda r: str(r.randint(1, 10 ** r.randint(1, 5))), "ov_tgt": _ov_tgt, "ov_type": choice(("connection", "connection", "connection", "listen")),
    "ov_err": choice(("Connection refused", "Connection refused", "No such file or directory", "Protocol error", "Connection timed out", "No route to host")),
    "ov_probe": lambda r: f"{r.choice((5, 5, 30, 60, 180))}{r.choice(('', '', '.01', '.02', '.5'))}",
    "ov_secs": lambda r: str(r.randint(1, 300)), "ov_dpid": lambda r: f"0000{hexs(r, 12)}",
    "ov_nderr": choice(("No such device", "No such device", "Address family not supported by protocol", "Operation not permitted")),
    "ov_rname": lambda r: f"{r.choice(_OV_BR)}<->{r.choice(('tcp:127.0.0.1:6653', 'unix:/var/run/openvswitch/br-int.mgmt', f'tcp:{ip4(r)}:6653'))}",
    "ov_backoff": choice(("1", "2", "4", "8")), "ov_ca": choice(("/etc/openvswitch/cacert.pem", "/etc/ovn/ovnsb-ca.cert", "/var/lib/openvswitch/pki/controllerca/cacert.pem")),
})
# ---------------------------------------------------------------- bareos (C++; Jmsg job messages through the Messages resource to /var/log/bareos/bareos.log:
# "26-Nov 06:20 bareos-dir JobId 4711: Fatal error: Network error with FD during Backup: ERR=..." -- time, daemon name, JobId and the
# Warning:/Error:/Fatal error: prefix of the message type are the logger's)
_BA_CLIENTS = ("web01-fd", "db-primary-fd", "fileserver-fd", "mail01-fd", "nas-fd", "ws-priya-fd", "k8s-worker-5-fd", "bareos-fd")
_BA_JOBS = ("backup-web01", "backup-db-primary", "BackupCatalog", "backup-fileserver", "backup-mail01", "backup-nas", "backup-ws-priya")
_BA_DEVS = ('"FileStorage" (/var/lib/bareos/storage)', '"FileStorage2" (/srv/bareos/storage)', '"LTO-8-Drive-0" (/dev/tape/by-id/scsi-35000e11167e2c001-nst)',
            '"S3Storage" (S3)', '"FileStorage-0001" (/mnt/backup/bareos)')
_BA_MONTHS = ("Nov",)


def _ba_head(daemon: str, kind: str = "") -> Callable[[R], str]:
    def head(r: R) -> str:
        _LINE["ba_jid"] = str(r.randint(1, 99999))
        return f"{day(r):02d}-Nov {r.randint(0, 23):02d}:{r.randint(0, 59):02d} bareos-{daemon} JobId {_LINE['ba_jid']}: {kind}"
    return head


def _ba_vol(r: R) -> str:
    return r.choice((f"Full-{r.randint(1, 999):04d}", f"Incremental-{r.randint(1, 9999):04d}", f"Differential-{r.randint(1, 999):04d}",
                     f"Vol-{r.randint(1, 9999):04d}", f"A{r.randint(10, 99)}{r.randint(100, 999)}L8", f"Catalog-{r.randint(1, 99):04d}"))


SOURCES["bareos"] = ("bareos/bareos", "eda204c31c76ecaf419ecf6279ec5707baaac1ed",
                     "core/src/lib/message.cc (job message prefixes), core/src/dird/backup.cc, core/src/dird/job.cc, core/src/dird/msgchan.cc, core/src/dird/fd_cmds.cc, "
                     "core/src/dird/next_vol.cc, core/src/dird/recycle.cc, core/src/dird/autoprune.cc, core/src/lib/tls/openssl/impl.cc, core/src/stored/device.cc, "
                     "core/src/stored/mount.cc")
SYSTEMS["bareos"] = (
    "{ba_dir}Connected {ba_who} at {ba_host}:{ba_port}, encryption: {ba_cipher}",
    "{ba_dir}Start Backup JobId {ba_jid}, Job={ba_job}",
    "{ba_dir}Using Device \"{ba_devn}\" to write.",
    "{ba_sd}New volume \"{ba_vol}\" mounted on device {ba_dev} at {ba_at}.",
    "{ba_sd}Labeled new Volume \"{ba_vol}\" on device {ba_dev}.",
    "{ba_sd}Moving to end of data on volume \"{ba_vol}\"",
    "{ba_dirf}Network error with FD during {ba_level}: ERR={ba_neterr}",
    "{ba_dir}Max Volume jobs={small} exceeded. Marking Volume \"{ba_vol}\" as Used.",
    "{ba_dir}Recycled volume \"{ba_vol}\"",
    "{ba_dir}End auto prune.",
    "{ba_dir}Using Device \"{ba_devn}\" to read.",
    "{ba_sdw}Volume \"{ba_vol}\" not on device {ba_dev}.",
    "{ba_dirf}File daemon \"{ba_client}\" rejected Job command: {ba_rej}",
    "{ba_dir}Cancelling duplicate JobId={ba_jid2}.",
    "{ba_dir}Created database record for Pool \"{ba_pool}\".",
    "{ba_sd}Marking Volume \"{ba_vol}\" in Error in Catalog.",
    "{ba_dir}Clone JobId {ba_jid2} started.",
)
SLOTS.update({
    "ba_dir": _ba_head("dir"), "ba_dirf": _ba_head("dir", "Fatal error: "), "ba_sd": _ba_head("sd"), "ba_sdw": _ba_head("sd", "Warning: "),
    "ba_jid": lambda r: _LINE.get("ba_jid", "1"), "ba_jid2": lambda r: str(r.randint(1, 99999)), "ba_job": lambda r: f"{r.choice(_BA_JOBS)}.2026-11-{day(r):02d}_{r.randint(0, 23):02d}.{r.randint(0, 59):02d}.{r.randint(0, 59):02d}_{r.randint(3, 99):02d}",
    "ba_hms": lambda r: f"{r.randint(0, 23):02d}.{r.randint(0, 59):02d}.{r.randint(0, 59):02d}", "ba_at": lambda r: f"{day(r):02d}-Nov-2026 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
    "ba_who": choice(("Storage daemon", "Storage daemon", "Client")),
    "ba_host": lambda r: r.choice(("bareos-sd", "bareos-sd.example.com", "web01.example.com", "db-primary", "10.0.3.21", "nas.lan", "127.0.0.1")),
    "ba_port": choice(("9103", "9102", "9103")), "ba_cipher": choice(("TLS_CHACHA20_POLY1305_SHA256 TLSv1.3", "TLS_AES_256_GCM_SHA384 TLSv1.3", "ECDHE-PSK-CHACHA20-POLY1305 TLSv1.2", "PSK-AES256-CBC-SHA TLSv1.2")),
    "ba_devn": choice(("FileStorage", "FileStorage2", "LTO-8-Drive-0", "S3Storage", "FileStorage-0001")), "ba_dev": choice(_BA_DEVS), "ba_vol": _ba_vol,
    "ba_level": choice(("Backup", "Backup", "Restore", "Verify")),
    "ba_neterr": choice(("Connection reset by peer", "Connection timed out", "Broken pipe", "No data available", "Interrupted system call")),
    "ba_client": choice(_BA_CLIENTS), "ba_rej": choice(("2902 Bad job command: JobId=4711 Job=backup-web01", "Authorization key rejected by File Daemon.", "2903 Unknown command")),
    "ba_pool": choice(("Full", "Incremental", "Differential", "Scratch", "Offsite", "Catalog", "Weekly-S3")),
})
# ---------------------------------------------------------------- puppet-agent (Ruby; Puppet's syslog destination, collected /var/log/messages:
# "Nov 26 06:20:12 web01 puppet-agent[23817]: (/Stage[main]/Profile::Ntp/Service[chronyd]/ensure) ensure changed 'stopped' to 'running'" --
# the "(resource path) " prefix is the log source the logger adds)
_PP_HOSTS = ("web01", "web02", "app-01", "db-primary", "mail01", "build-07", "k8s-worker-5", "mon01", "backup01", "edge-gw1")
_PP_RES = (("Profile::Ntp/Service[chronyd]", "Service"), ("Nginx::Service/Service[nginx]", "Service"), ("Profile::Base/Package[htop]", "Package"),
           ("Profile::Base/Package[vim-enhanced]", "Package"), ("Users/User[deploy]", "User"), ("Profile::Monitoring/Service[node_exporter]", "Service"),
           ("Ssh::Server/File[/etc/ssh/sshd_config]", "File"), ("Nginx::Config/File[/etc/nginx/nginx.conf]", "File"), ("Profile::Backup/Cron[restic-backup]", "Cron"),
           ("Motd/File[/etc/motd]", "File"), ("Profile::Docker/Package[docker-ce]", "Package"))


def _pp_src(prop: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        path, kind = r.choice([x for x in _PP_RES if (prop != "content" or x[1] == "File")])
        _LINE["pp_kind"] = kind
        return f"{_pp_syslog(r)}(/Stage[main]/{path}/{prop}) "
    return head


def _pp_res(r: R) -> str:
    path, _ = r.choice(_PP_RES)
    return f"{_pp_syslog(r)}(/Stage[main]/{path}) "


_pp_syslog = syslog_head("puppet-agent", _PP_HOSTS, (1187, 2231, 23817, 30412, 4410, 998, 17733))


def _pp_ensure(r: R) -> str:
    k = _LINE.get("pp_kind", "File")
    return r.choice({"Service": ("'stopped' to 'running'",), "Package": ("'purged' to 'present'", "'absent' to 'present'", f"'1.{r.randint(0, 9)}.{r.randint(0, 9)}-1' to '1.{r.randint(0, 9)}.{r.randint(10, 20)}-1'"),
                     "User": ("'absent' to 'present'",), "Cron": ("'absent' to 'present'",), "File": ("'absent' to 'file'", "'file' to 'absent'", "'absent' to 'directory'")}[k])


SOURCES["puppet-agent"] = ("puppetlabs/puppet", "e227c27540975c25aa22d533a52424a9d2fc886a",
                           "lib/puppet/configurer.rb, lib/puppet/agent.rb, lib/puppet/configurer/downloader.rb, lib/puppet/indirector/catalog/rest.rb, "
                           "lib/puppet/http/service/compiler.rb, lib/puppet/indirector/facts/facter.rb, lib/puppet/transaction.rb, lib/puppet/transaction/event_manager.rb, "
                           "lib/puppet/property/ensure.rb, lib/puppet/type/file/content.rb")
SYSTEMS["puppet-agent"] = (
    "{pp_h}Applied catalog in {pp_secs} seconds",
    "{pp_h}Requesting catalog from {pp_server}:8140 ({ip})",
    "{pp_h}Catalog compiled by {pp_server}",
    "{pp_ens}{pp_prop} changed {pp_ensure}",
    "{pp_cont}content changed '{pp_sha}' to '{pp_sha}'",
    "{pp_h}Using environment '{pp_env}'",
    "{pp_h}Retrieving {pp_what}",
    "{pp_h}Loading facts",
    "{pp_h}Caching catalog for {pp_fqdn}",
    "{pp_h}Applying configuration version '{pp_ver}'",
    "{pp_res}Triggered '{pp_cb}' from {pp_evs}",
    "{pp_h}Run of {pp_client} already in progress; skipping  ({pp_lock} exists)",
    "{pp_h}Could not retrieve catalog from remote server: {pp_err}",
    "{pp_h}Could not retrieve catalog; skipping run",
    "{pp_res}Dependency {pp_dep} has failures: true",
    "{pp_res}Skipping because of failed dependencies",
)
SLOTS.update({
    "pp_h": _pp_syslog, "pp_ens": _pp_src("ensure"), "pp_cont": _pp_src("content"), "pp_res": _pp_res,
    "pp_prop": choice(("ensure",)), "pp_client": choice(("Puppet configuration client",)), "pp_cb": choice(("refresh", "refresh", "restart")),
    "pp_lock": choice(("/opt/puppetlabs/puppet/cache/state/agent_catalog_run.lock", "/var/lib/puppet/state/agent_catalog_run.lock")), "pp_ensure": _pp_ensure, "pp_sha": lambda r: "{sha256}" + hexs(r, 64),
    "pp_secs": lambda r: f"{r.uniform(0.5, 240):.2f}", "pp_server": choice(("puppet", "puppet.example.com", "puppetserver-01.infra.example.com", "compiler-2.puppet.internal")),
    "pp_env": choice(("production", "production", "staging", "feature_ntp_rework", "development")), "pp_what": choice(("pluginfacts", "plugin", "locales")),
    "pp_fqdn": lambda r: f"{r.choice(_PP_HOSTS)}.example.com", "pp_ver": lambda r: r.choice((str(r.randint(1_700_000_000, 1_800_000_000)), f"production-{hexs(r, 7)}", hexs(r, 40))),
    "pp_evs": lambda r: r.choice(("1 event", "1 event", f"{r.randint(2, 9)} events")),
    "pp_err": choice(("Failed to open TCP connection to puppet:8140 (Connection refused - connect(2) for \"puppet\" port 8140)",
                      "Failed to open TCP connection to puppet.example.com:8140 (getaddrinfo: Name or service not known)",
                      "Error 500 on SERVER: Server Error: Evaluation Error: Error while evaluating a Function Call, Could not find class ::profile::ntp for web01.example.com",
                      "execution expired", "SSL_connect returned=1 errno=0 peeraddr=10.0.0.5:8140 state=error: certificate verify failed (self-signed certificate in certificate chain)")),
    "pp_dep": lambda r: r.choice(("Package[nginx]", "File[/etc/nginx/nginx.conf]", "Exec[apt_update]", "Service[docker]", "Package[docker-ce]", "User[deploy]")),
})
# ---------------------------------------------------------------- mongooseim (Erlang; OTP logger with mongoose_flatlog_formatter (rel/files/app.config), log/mongooseim.log.1:
# "when=2026-11-26T06:20:12.123456+00:00 level=warning what=jwt_verification_failed reason=.. pid=<0.4711.0> at=ejabberd_auth_jwt:check_password/4:133 user=.. text=\"..\" server=.."
# -- the formatter's template puts what/reason first, then the logger's pid and at=module:function/arity:line (header slots), then user/text and the report's
# other keys in key order)
_MI_NODES = ("mongooseim@mim-1.mim.svc.cluster.local", "mongooseim@mim-2.mim.svc.cluster.local", "mongooseim@xmpp01", "mongooseim@xmpp02", "mongooseim@localhost")
_MI_DOMAINS = ("localhost", "chat.example.com", "xmpp.example.org", "im.corp.example", "muc.chat.example.com")


def _mi_ts(lvl: str) -> Callable[[R], str]:
    return lambda r: f"when=2026-11-{day(r):02d}T{clock(r)}.{_frac(r, 6)}+00:00 level={lvl} "


def _mi_at(mfa: str, line: int) -> Callable[[R], str]:
    return lambda r: f" pid=<0.{r.randint(300, 9_999_999)}.0> at={mfa}:{line}"


SOURCES["mongooseim"] = ("esl/MongooseIM", "475087c6e8ccc752f20a810c3c47d00f78bc637d",
                         "src/logger/mongoose_flatlog_formatter.erl (template), rel/files/app.config, src/c2s/mongoose_c2s.erl, src/ejabberd_sm.erl, src/mongoose_cluster.erl, "
                         "src/rdbms/mongoose_rdbms.erl, src/auth/ejabberd_auth_jwt.erl, src/auth/ejabberd_auth_http.erl, src/s2s/mongoose_s2s_in.erl, "
                         "src/global_distrib/mod_global_distrib_receiver.erl, src/ejabberd_app.erl, src/event_pusher/mod_event_pusher_push.erl, "
                         "src/stream_management/mod_stream_management.erl, src/mongoose_start_node_id.erl")
SYSTEMS["mongooseim"] = (
    "{mi_w}what=jwt_verification_failed reason={mi_jwterr}{mi_at_jwt} user={user} text=\"Cannot verify JWT for user\" server={mi_dom}",
    "{mi_i}what=c2s_blacklisted_ip{mi_at_bl} text=\"Connection attempt from blacklisted IP\" ip={mi_iptup}",
    "{mi_w}what=s2s_in_auth_failed{mi_at_s2s} domain={mi_peerdom}",
    "{mi_e}what=rdbms_connection_attempt_error{mi_at_conn} backend={mi_backend} error={mi_dberr} sleep_for={mi_sleep}",
    "{mi_e}what=rdbms_db_not_available_or_too_slow{mi_at_slow} text=\"Discarding request\" age={mi_age} command={mi_cmd}",
    "{mi_w}what=http_auth_request_unexpected_code{mi_at_http} user={user} text=\"Unexpected HTTP status code received from the auth service\" code={mi_code} host_type={mi_dom} method={mi_method} path={mi_path} result={mi_body}",
    "{mi_i}what=gd_incoming_connection{mi_at_gd} conn_id={mi_connid} server={mi_dom}",
    "{mi_i}what=sm_node_cleanup{mi_at_sm} text=\"Cleaning after a node that went down\" cleanup_node={mi_node} duration={mi_dur}",
    "{mi_i}what=event_pusher_starting{mi_at_ep} host_type={mi_dom}",
    "{mi_i}what=stream_management_starting{mi_at_smg}",
    "{mi_n}what=mongooseim_node_started{mi_at_start} node={mi_node} version={mi_ver}",
    "{mi_n}what=mongooseim_node_stopped{mi_at_stop} node={mi_node} stopped_sessions_count={mi_cnt} version={mi_ver}",
    "{mi_n}what=cluster_join{mi_at_cj} text=\"Stop mongooseim to join the cluster\" member={mi_node}",
    "{mi_n}what=cluster_leave{mi_at_cl} text=\"Stop mongooseim to leave the cluster\"",
    "{mi_e}what=node_id_register_on_remote_node_failed reason={mi_rreason}{mi_at_nid} remote_node={mi_node}",
)
SLOTS.update({
    "mi_i": _mi_ts("info"), "mi_w": _mi_ts("warning"), "mi_e": _mi_ts("error"), "mi_n": _mi_ts("notice"),
    "mi_at_jwt": _mi_at("ejabberd_auth_jwt:check_password/4", 133), "mi_at_bl": _mi_at("mongoose_c2s:verify_ip_is_not_blacklisted/1", 756),
    "mi_at_s2s": _mi_at("mongoose_s2s_in:handle_auth_start/3", 252), "mi_at_conn": _mi_at("mongoose_rdbms:connect/4", 932),
    "mi_at_slow": _mi_at("mongoose_rdbms:handle_call/3", 734), "mi_at_http": _mi_at("ejabberd_auth_http:make_req/5", 227),
    "mi_at_gd": _mi_at("mod_global_distrib_receiver:handle_info/2", 182), "mi_at_sm": _mi_at("ejabberd_sm:handle_call/3", 510),
    "mi_at_ep": _mi_at("mod_event_pusher_push:start/2", 64), "mi_at_smg": _mi_at("mod_stream_management:start/2", 90),
    "mi_at_start": _mi_at("ejabberd_app:do_start/0", 84), "mi_at_stop": _mi_at("ejabberd_app:stop/1", 105),
    "mi_at_cj": _mi_at("mongoose_cluster:join/1", 28), "mi_at_cl": _mi_at("mongoose_cluster:leave/0", 47),
    "mi_at_nid": _mi_at("mongoose_start_node_id:register_on_remote_node_rpc/3", 108),
    "mi_dom": choice(_MI_DOMAINS), "mi_node": choice(_MI_NODES),
    "mi_jwterr": choice(("invalid_signature", "token_expired", "{badmatch,false}", "invalid_token", "no_key_found")),
    "mi_iptup": lambda r: "{" + ",".join(ip4(r).split(".")) + "}",
    "mi_peerdom": lambda r: r.choice(("jabber.org", "xmpp.jp", "conversations.im", "404.city", "jabber.ccc.de", "spam.example.net", "chat.partner.example")),
    "mi_backend": choice(("pgsql", "pgsql", "mysql", "odbc")),
    "mi_dberr": choice(("econnrefused", "timeout", "{error,nxdomain}", "\"FATAL: too many connections for role \\\"mongooseim\\\"\"",
                        "\"password authentication failed for user \\\"mongooseim\\\"\"", "closed")),
    "mi_sleep": choice(("2", "4", "16", "30")), "mi_age": lambda r: str(r.randint(5001, 90000)),
    "mi_cmd": choice(("{sql_query,<<\"SELECT count(*) FROM users\">>}", "{sql_execute,mam_archive_insert}", "{sql_transaction,#Fun<mod_last_rdbms.3.1234>}",
                      "{sql_execute,auth_get_password}", "{sql_execute,inbox_upsert}")),
    "mi_code": choice(("500", "502", "503", "401", "404")), "mi_method": choice(("get", "get", "post")),
    "mi_path": choice(("/check_password", "/user_exists", "/get_password", "/auth/check_password")),
    "mi_body": choice(("<<>>", "<<\"Internal Server Error\">>", "<<\"<html><body>502 Bad Gateway</body></html>\">>", "<<\"error\">>")),
    "mi_connid": lambda r: f"<<\"{b62(r, 12)}\">>", "mi_dur": lambda r: str(r.randint(1, 9000)), "mi_cnt": lambda r: str(r.randint(0, 10 ** r.randint(1, 5))),
    "mi_ver": choice(("\"6.3.1-12-g1a2b3c4\"", "\"6.3.0\"", "\"6.2.1\"")),
    "mi_rreason": choice(("{badrpc,nodedown}", "{badrpc,timeout}", "{error,already_registered}")),
})
# ---------------------------------------------------------------- jackett (C#; NLog file target layout "${longdate} ${level} ${message}" (LoggingSetup.cs), log.txt:
# "2026-11-26 06:20:12.1234 Info Torznab search in 1337x for The Last of Us S02E03 => Found 42 releases [873ms]" -- date and level are the logger's)
_JK_IDX = ("1337x", "The Pirate Bay", "EZTV", "LimeTorrents", "Nyaa.si", "TorrentGalaxyClone", "YTS", "RuTracker.RU", "kickasstorrents.to", "Knaben", "BitSearch", "TheRARBG")
_JK_Q = ("The Last of Us S02E03", "Severance S02", "Dune Part Two 2024", "Oppenheimer 2023", "The Bear S03E01", "Shogun 2024 S01E05", "Fallout S01", "Slow Horses S04E02",
         "Andor S02E08", "Blue Planet II", "ubuntu", "The Expanse S06E01", "Arcane S02")


def _jk_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 9999):04d} {lvl} "


SOURCES["jackett"] = ("Jackett/Jackett", "7911696ca9726bc4dabce2e10a211a2c3efec672",
                      "src/Jackett.Common/Utils/LoggingSetup.cs (layout), src/Jackett.Server/Controllers/ResultsController.cs, src/Jackett.Server/Controllers/DownloadController.cs, "
                      "src/Jackett.Common/Indexers/BaseIndexer.cs, src/Jackett.Common/Services/UpdateService.cs, src/Jackett.Common/Services/IndexerManagerService.cs, "
                      "src/Jackett.Server/Startup.cs, src/Jackett.Server/Program.cs")
SYSTEMS["jackett"] = (
    "{jk_i}Torznab search in {jk_idx} for {jk_q} => Found {jk_n} releases{jk_cache} [{jk_ms}ms]",
    "{jk_i}Torznab search in {jk_idx} => Found {jk_n} releases{jk_cache} [{jk_ms}ms]",
    "{jk_w}Request to {jk_idx} failed with exception '{jk_exc}'. Retrying in {jk_retry}s.",
    "{jk_w}Request to {jk_idx} failed with status {jk_status}. Retrying in {jk_retry}s.",
    "{jk_i}Manual search in {jk_idxs} for {jk_q} => Found {jk_n} releases{jk_cache} [{jk_ms}ms]",
    "{jk_w}Rejected a request to {jk_idx} which is unconfigured.",
    "{jk_i}Checking for updates... Jackett variant: {jk_variant}",
    "{jk_i}Jackett is already updated. Current version: v{jk_ver}",
    "{jk_i}New release found. Current version: v{jk_ver} New version: v{jk_ver}",
    "{jk_w}[{jk_id}] Invalid Release: '{jk_det}'. No size provided.",
    "{jk_i}Jackett startup finished in {jk_secs} s",
    "{jk_i}Starting Jackett v{jk_ver}",
    "{jk_i}Loaded {jk_cnt} Cardigann indexers.",
    "{jk_i}Loaded {jk_cnt} indexers in total",
    "{jk_w}Ignoring definition ID {jk_id}: The indexer already exists",
    "{jk_w}A search request from {jk_ip} was made containing q and imdbid.",
)
SLOTS.update({
    "jk_i": _jk_head("Info"), "jk_w": _jk_head("Warn"),
    "jk_idx": choice(_JK_IDX), "jk_q": choice(_JK_Q), "jk_n": lambda r: str(r.choice((0, r.randint(0, 100), r.randint(0, 1000)))),
    "jk_cache": choice(("", "", "", " (from cache)")), "jk_ms": lambda r: str(r.randint(40, 30000)),
    "jk_exc": choice(("The operation was canceled.", "Connection refused (1337x.to:443)", "The SSL connection could not be established, see inner exception.",
                      "Name or service not known (thepiratebay.org:443)", "Resource temporarily unavailable (eztvx.to:443)")),
    "jk_status": choice(("TooManyRequests", "ServiceUnavailable", "BadGateway", "GatewayTimeout", "InternalServerError")), "jk_retry": choice(("2", "4", "8", "5")),
    "jk_idxs": lambda r: ", ".join(r.sample(_JK_IDX, r.randint(1, 4))), "jk_variant": choice(("CoreLinuxAmdx64", "CoreLinuxArm64", "CoreWindows", "CoreLinuxMuslAmdx64")),
    "jk_ver": lambda r: f"0.22.{r.randint(1000, 2400)}", "jk_id": choice(("1337x", "thepiratebay", "eztv", "limetorrents", "nyaasi", "yts", "rutracker", "knaben", "bitsearch")),
    "jk_det": lambda r: f"https://{r.choice(('1337x.to', 'limetorrents.lol', 'bitsearch.to', 'knaben.org'))}/torrent/{r.randint(100000, 9999999)}/{r.choice(_JK_Q).replace(' ', '-')}/",
    "jk_secs": lambda r: f"{r.uniform(0.4, 9):.3f}", "jk_cnt": lambda r: str(r.randint(1, 560)),
    "jk_ip": lambda r: r.choice(("::ffff:172.17.0.1", "::ffff:192.168.1.20", "127.0.0.1", "::1", ip4(r))),
})
# ---------------------------------------------------------------- ddclient (Perl; messages piped to `logger -t ddclient[pid]` (syslog=yes), collected /var/log/syslog:
# "Nov 26 06:20:12 edge-gw1 ddclient[2211]: SUCCESS:  [home.example.net]> updated IPv4 address to 89.12.44.201" -- the "%-8s " label and the
# "[context]> " host context are the logger's)
_DD_HOSTS = ("home.example.net", "vpn.example.org", "nas.dyndns.org", "myhouse.duckdns.org", "office.example.com", "cam.no-ip.biz", "gw.freedns.afraid.org")


def _dd_head(label: str) -> Callable[[R], str]:
    sys = syslog_head("ddclient", ("edge-gw1", "nas", "backup01", "web01", "pi-hole"), (2211, 8812, 1450, 30077, 612))
    return lambda r: f"{sys(r)}{label + ':':<8} [{r.choice(_DD_HOSTS)}]> "


def _dd_prettyt(r: R) -> str:
    return f"{r.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'))} Nov {day(r):2d} {clock(r)} 2026"


def _dd_prettyi(r: R) -> str:
    return r.choice((f"{r.randint(2, 59)} minutes", f"{r.randint(1, 23)} hours, {r.randint(1, 59)} minutes", f"{r.randint(2, 30)} days", "1 day, 1 minute", "5 minutes", "30 seconds"))


def _dd_ip4(r: R) -> str:
    return f"{r.choice((31, 45, 62, 77, 89, 91, 176, 185))}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _dd_ip6(r: R) -> str:
    return f"2a02:{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}::{r.choice(('1', '1', hexs(r, 2)))}"


SOURCES["ddclient"] = ("ddclient/ddclient", "f4dcf6fc8e4bf47d1041d75dd6fcd328132e6141", "ddclient.in (ddclient::Logger, logger, nic_* update routines)")
SYSTEMS["ddclient"] = (
    "{dd_s}skipped update because IPv4 address is already set to {dd_ip4}",
    "{dd_i}updating IPv{dd_v} address to {dd_ip}",
    "{dd_s}updated IPv{dd_v} address to {dd_ip}",
    "{dd_w}skipped update from {dd_ip4} to {dd_ip4} because it has been less than {dd_pi} since the previous update (on {dd_pt})",
    "{dd_i}update forced because it has been {dd_pi} since the previous update (on {dd_pt})",
    "{dd_w}unable to determine IPv4 address with strategy '--usev4={dd_use}'",
    "{dd_f}could not connect to {dd_server}",
    "{dd_w}cannot update IP until after {dd_pt}",
    "{dd_s}skipped update because IPv6 address is already set to {dd_ip6}",
    "{dd_w}{dd_status}: wait {dd_wait} {dd_units} before further updates",
    "{dd_s}updated successfully to {dd_ip} (status: {dd_code})",
    "{dd_s}update not necessary, '{dd_type}' record already set to {dd_ip}",
    "{dd_i}Updating record {dd_rec}/{dd_type} for zone {dd_zone}",
    "{dd_w}nochg: No update required; unnecessary attempts to change the current address are considered abusive",
    "{dd_i}update forced via 'force' option",
)
SLOTS.update({
    "dd_s": _dd_head("SUCCESS"), "dd_i": _dd_head("INFO"), "dd_w": _dd_head("WARNING"), "dd_f": _dd_head("FAILED"),
    "dd_ip": lambda r: _dd_ip6(r) if _LINE.get("dd_v") == "6" or (not _LINE.get("dd_v") and _LINE.get("dd_type") == "AAAA") else _dd_ip4(r), "dd_ip4": _dd_ip4, "dd_ip6": _dd_ip6, "dd_v": lambda r: _LINE.setdefault("dd_v", r.choice(("4", "4", "6"))),
    "dd_pi": _dd_prettyi, "dd_pt": _dd_prettyt, "dd_use": choice(("webv4", "ifv4", "cmdv4", "fw")),
    "dd_server": choice(("members.dyndns.org", "dynupdate.no-ip.com", "www.duckdns.org", "api.cloudflare.com/client/v4", "freedns.afraid.org", "dyndns.strato.com", "ipv4.dynv6.com")),
    "dd_status": choice(("wait", "abuse", "dnserr", "911")), "dd_wait": choice(("5", "10", "30", "1")), "dd_units": choice(("minutes", "seconds", "hours")),
    "dd_code": choice(("200", "200", "201")), "dd_type": lambda r: _LINE.setdefault("dd_type", r.choice(("A", "A", "AAAA"))), "dd_rec": choice(("home", "vpn", "@", "nas", "office")),
    "dd_zone": choice(("example.net", "example.org", "example.com", "mydomain.de")),
})
# ---------------------------------------------------------------- kong (Lua/OpenResty; nginx error_log (KONG_PROXY_ERROR_LOG=/dev/stderr, container stdout):
# "2026/11/26 06:20:12 [warn] 1297#0: *4711 [lua] healthcheckers.lua:97: callback(): [healthchecks] balancer ... , context: ngx.timer" --
# time, level, pid#tid, *connection, the "[lua] file:line: func(): " / "[kong] file:line " location and nginx's ", context: .." / ", client: ..,
# server: .., request: .." tail are the logger's)
_KG_UPS = ("orders-upstream", "users.v1.svc", "payments-api", "catalog", "legacy-backend", "search-upstream", "auth-service")


def _kg_head(lvl: str, loc: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        conn = r.choice(("", f"*{r.randint(1, 9_000_000)} "))
        return f"2026/11/{day(r):02d} {clock(r)} [{lvl}] {r.randint(1200, 1400)}#0: {conn}{loc} "
    return head


def _kg_ctx(r: R) -> str:
    if r.random() < 0.6:
        return ", context: ngx.timer"
    return (f", client: {ip4(r)}, server: kong, request: \"{r.choice(('GET', 'POST', 'PUT'))} {r.choice(('/api/v1/orders', '/users/me', '/health', '/v2/catalog/items?page=2', '/payments'))} HTTP/1.1\", "
            f"host: \"{r.choice(('api.example.com', 'gateway.internal', 'shop.example.org'))}\"")


SOURCES["kong"] = ("Kong/kong", "22246ef28c16842098369b494eef879222e30c7b",
                   "kong/pdk/log.lua ([kong] prefix), kong/runloop/balancer/healthcheckers.lua, kong/runloop/balancer/targets.lua, kong/runloop/handler.lua, kong/runloop/events.lua, "
                   "kong/runloop/plugins_iterator.lua, kong/init.lua, kong/cache/warmup.lua, kong/clustering/data_plane.lua, kong/db/strategies/postgres/connector.lua, "
                   "kong/plugins/rate-limiting/policies/init.lua, kong/plugins/http-log/handler.lua, kong/plugins/proxy-cache/handler.lua")
SYSTEMS["kong"] = (
    "{kg_hc}[healthchecks] balancer {kg_ups} reported health status changed to {kg_health}{kg_ctx}",
    "{kg_dns}querying dns for {kg_tgt} failed: {kg_dnserr}. Tried {kg_tried}{kg_ctx}",
    "{kg_rl}[rate-limiting] failed to connect to Redis: {kg_rerr}{kg_ctx}",
    "{kg_hl}Failed to enqueue log entry to log server: {kg_qerr}{kg_ctx}",
    "{kg_rr}could not rebuild router: {kg_rterr} (stale router will be used){kg_ctx}",
    "{kg_dp}[clustering] connection to control plane {kg_cpuri} broken: {kg_cperr} (retrying after {kg_delay} seconds) [{kg_cp}]{kg_ctx}",
    "{kg_ping}[clustering] sent ping frame to control plane with hash: {kg_hash}{kg_ctx}",
    "{kg_pi}executing plugin '{kg_plugin}:configure took excessively long: {kg_ms} ms{kg_ctx}",
    "{kg_pg}unable to clean expired rows from table '{kg_table}' on PostgreSQL database ({kg_pgerr}){kg_ctx}",
    "{kg_pc}cache format mismatch, purging {kg_ckey}{kg_ctx}",
    "{kg_ev}failed posting health of {kg_ups} to workers: {kg_everr}{kg_ctx}",
    "{kg_decl}declarative config loaded from {kg_decl_path}{kg_ctx}",
    "{kg_wu}cache warmup has been stopped because cache memory is exhausted, please consider increasing the value of 'mem_cache_size' (currently at {kg_mem}){kg_ctx}",
)
SLOTS.update({
    "kg_hc": _kg_head("warn", "[lua] healthcheckers.lua:97: callback():"), "kg_dns": _kg_head("warn", "[lua] targets.lua:516: queryDns():"),
    "kg_rl": _kg_head("error", "[kong] init.lua:184 [rate-limiting]"), "kg_hl": _kg_head("error", "[kong] handler.lua:198 [http-log]"),
    "kg_rr": _kg_head("error", "[lua] handler.lua:503: rebuild_router_timer():"), "kg_dp": _kg_head("warn", "[lua] data_plane.lua:214: communicate():"),
    "kg_ping": _kg_head("info", "[lua] data_plane.lua:160: send_ping():"), "kg_pi": _kg_head("notice", "[kong] plugins_iterator.lua:458"),
    "kg_pg": _kg_head("warn", "[lua] connector.lua:358: cleanup_expired_rows():"), "kg_pc": _kg_head("notice", "[kong] handler.lua:293 [proxy-cache]"),
    "kg_ev": _kg_head("error", "[lua] events.lua:148: post_health():"), "kg_decl": _kg_head("notice", "[kong] init.lua:597"),
    "kg_wu": _kg_head("warn", "[kong] warmup.lua:204"),
    "kg_ctx": _kg_ctx, "kg_ups": choice(_KG_UPS), "kg_health": choice(("UNHEALTHY", "HEALTHY")),
    "kg_tgt": lambda r: r.choice(("orders.default.svc.cluster.local", "users-v1.internal", "payments.example.local", "catalog", "legacy.corp.example")),
    "kg_dnserr": choice(("dns server error: 3 name error", "dns client error: 101 empty record received", "failed to receive reply from UDP server 10.96.0.10:53: timeout")),
    "kg_tried": lambda r: f"[[\"{r.choice(('orders.default.svc.cluster.local', 'catalog', 'users-v1.internal'))}:SRV\",\"dns server error: 3 name error\"],[\"{r.choice(('orders.default.svc.cluster.local', 'catalog'))}:A\",\"dns server error: 3 name error\"]]",
    "kg_rerr": choice(("connection refused", "timeout", "no route to host", "NOAUTH Authentication required.")),
    "kg_qerr": choice(("queue full", "queue is full", "timeout waiting for queue space")),
    "kg_rterr": choice(("timeout", "could not acquire lock: timeout", "failed to get router version: timeout")),
    "kg_cpuri": lambda r: f"wss://{r.choice(('kong-cp.kong.svc', 'cp.konghq.internal', '10.0.4.12'))}:8005/v1/outlet", "kg_cp": choice(("kong-cp.kong.svc:8005", "cp.konghq.internal:8005", "10.0.4.12:8005")),
    "kg_cperr": choice(("connection refused", "timeout", "failed to do SSL handshake with kong-cp.kong.svc:8005: 20: unable to get local issuer certificate", "closed")),
    "kg_delay": lambda r: str(r.randint(5, 10)), "kg_hash": lambda r: hexs(r, 32),
    "kg_plugin": choice(("rate-limiting", "prometheus", "proxy-cache", "jwt", "cors", "request-transformer", "opentelemetry")), "kg_ms": lambda r: str(r.randint(100, 9000)),
    "kg_table": choice(("cluster_events", "clustering_data_planes", "ratelimiting_metrics", "oauth2_tokens", "keyauth_credentials")),
    "kg_pgerr": choice(("timeout", "canceling statement due to statement timeout", "connection refused", "ERROR: deadlock detected")),
    "kg_ckey": lambda r: hexs(r, 32), "kg_everr": choice(("failed to publish event: no memory", "timeout", "event payload too large")),
    "kg_decl_path": choice(("/kong/declarative/kong.yml", "/etc/kong/kong.yml", "/opt/kong/config.yaml")), "kg_mem": choice(("128m", "256m", "512m", "1024m")),
})
# ---------------------------------------------------------------- invidious (Crystal; Invidious::LogHandler to stdout (docker logs / journald):
# "2026-11-26 06:20:12 UTC [info] 200 GET /watch?v=dQw4w9WgXcQ 123.45ms" -- "#{Time.utc} [level] " is the logger's)
_IV_PATHS = ("/watch?v={v}", "/api/v1/videos/{v}", "/vi/{v}/mqdefault.jpg", "/feed/subscriptions", "/api/v1/comments/{v}?continuation=", "/latest_version?id={v}&itag=22",
             "/videoplayback?expire=1764150012&id=o-{v}", "/channel/UC{c}", "/api/v1/channels/UC{c}", "/feed/popular", "/embed/{v}", "/api/v1/captions/{v}", "/search")


def _iv_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)} UTC [{lvl}] "


def _iv_vid(r: R) -> str:
    return b62(r, 10) + r.choice(("A", "w", "Q", "g", "E", "-", "_"))


def _iv_url(r: R) -> str:
    return r.choice(_IV_PATHS).replace("{v}", _iv_vid(r)).replace("{c}", b62(r, 22))


def _iv_elapsed(r: R) -> str:
    k = r.random()
    if k < 0.15:
        return f"{round(r.uniform(10, 999), 2)}µs"
    return f"{round(r.uniform(1, 9000) ** r.uniform(0.6, 1.0), 2)}ms"


SOURCES["invidious"] = ("iv-org/invidious", "eff609d0cdbd3b7ef7114afee9ba8e6eaa30cd8d",
                        "src/invidious/helpers/logger.cr, src/invidious/routes/watch.cr, src/invidious/routes/feeds.cr, src/invidious/jobs/refresh_channels_job.cr, "
                        "src/invidious/jobs/subscribe_to_feeds_job.cr, src/invidious/jobs/clear_expired_items_job.cr, src/invidious/jobs/notification_job.cr, "
                        "src/invidious/jobs/instance_refresh_job.cr, src/invidious/jobs/refresh_feeds_job.cr, src/invidious/yt_backend/youtube_api.cr, "
                        "src/invidious/yt_backend/connection_pool.cr, src/invidious/helpers/i18n.cr")
SYSTEMS["invidious"] = (
    "{iv_i}{iv_status} {iv_method} {iv_url} {iv_elapsed}",
    "{iv_e}get_video: {iv_v} : {iv_verr}",
    "{iv_e}RefreshChannelsJob: {iv_ucid} : {iv_cerr}",
    "{iv_e}YoutubeAPI: Got error {iv_code} when requesting {iv_ep}",
    "{iv_e}YoutubeAPI: {iv_ytmsg}",
    "{iv_e}RefreshChannelsJob: {iv_ucid} fiber : backing off for {iv_backoff}s",
    "{iv_e}get_video not found: {iv_v} : {iv_nf}",
    "{iv_e}SubscribeToFeedsJob: {iv_ucid} : {iv_subr}",
    "{iv_i}NotificationJob: updating channel {iv_ucid} with {iv_n} notifications",
    "{iv_i}jobs: running ClearExpiredItems job",
    "{iv_i}jobs: ClearExpiredItems done.",
    "{iv_i}ytimg_pool: Creating a new HTTP pool for \"https://{iv_sub}.ytimg.com\"",
    "{iv_w}i18n: Missing translation key \"{iv_key}\"",
    "{iv_i}InstanceListRefreshJob: Done, sleeping for 30 minutes",
    "{iv_i}RefreshFeedsJob: Materialized view {iv_view} is out-of-date, recreating...",
    "{iv_e}/feed/webhook/{iv_tok} : Invalid signature",
)
SLOTS.update({
    "iv_i": _iv_head("info"), "iv_w": _iv_head("warn"), "iv_e": _iv_head("error"),
    "iv_status": choice(("200", "200", "200", "200", "302", "304", "404", "500", "403")), "iv_method": choice(("GET", "GET", "GET", "POST", "HEAD")),
    "iv_url": _iv_url, "iv_elapsed": _iv_elapsed, "iv_v": _iv_vid, "iv_ucid": lambda r: "UC" + b62(r, 22),
    "iv_verr": choice(("This content isn't available.", "Sign in to confirm you’re not a bot", "Video unavailable", "Could not extract video info. Instance is likely blocked.",
                       "Error when requesting the player endpoint: 429 Too Many Requests")),
    "iv_cerr": choice(("Could not extract channel info", "This channel does not exist.", "Unexpected EOF", "Error reading socket: Connection reset by peer",
                       "SSL_connect: Connection reset by peer", "Timeout")),
    "iv_code": choice(("400", "403", "429", "500", "503")), "iv_ep": choice(("/youtubei/v1/player", "/youtubei/v1/next", "/youtubei/v1/browse", "/youtubei/v1/search", "/youtubei/v1/resolve_url")),
    "iv_ytmsg": choice(("Precondition check failed.", "Request contains an invalid argument.", "The caller does not have permission", "Requested entity was not found.",
                        "Sign in to confirm you’re not a bot.")),
    "iv_backoff": choice(("2", "4", "8", "16", "32", "64")), "iv_nf": choice(("Video unavailable", "This video has been removed by the uploader", "This video is private")),
    "iv_subr": choice(("Too many requests", "Invalid value for hub.topic", "Error reading socket: Connection reset by peer", "Hub not reachable")),
    "iv_n": lambda r: str(r.randint(1, 400)), "iv_sub": choice(("i", "i9", "yt3", "s", "i1")),
    "iv_key": choice(("`x` ago", "generic_views_count", "Show replies", "search_filters_date_option_none", "crash_page_before_reporting")),
    "iv_view": lambda r: f"subscriptions_{hexs(r, 40)}", "iv_tok": lambda r: f"v1:{r.randint(1_700_000_000, 1_800_000_000)}:{hexs(r, 8)}:UC{b62(r, 22)}:{hexs(r, 40)}",
})
# ---------------------------------------------------------------- wiki.js (JavaScript/Node.js; winston console transport with printf "${timestamp} [${label}] ${level}: ${message}"
# (server/core/logger.js), docker logs: "2026-11-26T06:20:12.123Z [MASTER] info: Rendering page ID 42: [ COMPLETED ]" -- time, label and level are the logger's)
_WK_TARGETS = ("git", "disk", "s3", "azure", "sftp", "github")


def _wk_head(lvl: str) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d}T{clock(r)}.{r.randint(0, 999):03d}Z [MASTER] {lvl}: "


SOURCES["wiki.js"] = ("requarks/wiki", "6f042e97cc2d3acda6b6ff611de8e0faacce91c1",
                      "server/core/logger.js (printf), server/jobs/render-page.js, server/jobs/sync-storage.js, server/jobs/purge-uploads.js, server/jobs/rebuild-tree.js, "
                      "server/jobs/fetch-graph-locale.js, server/core/db.js, server/core/auth.js, server/core/scheduler.js")
SYSTEMS["wiki.js"] = (
    "{wk_i}Rendering page ID {wk_page}...",
    "{wk_i}Rendering page ID {wk_page}: [ COMPLETED ]",
    "{wk_i}Syncing with storage target {wk_tgt}...",
    "{wk_i}Syncing with storage target {wk_tgt}: [ COMPLETED ]",
    "{wk_i}Received event {wk_event} from instance {uuid}: [ OK ]",
    "{wk_e}Rendering page ID {wk_page}: [ FAILED ]",
    "{wk_e}Syncing with storage target {wk_tgt}: [ FAILED ]",
    "{wk_i}Rebuilding page tree...",
    "{wk_i}Rebuilding page tree: [ COMPLETED ]",
    "{wk_i}Purging orphaned upload files...",
    "{wk_i}Purging orphaned upload files: [ COMPLETED ]",
    "{wk_e}Database Connection Error: {wk_dberr} {wk_dbaddr}:{wk_dbport}",
    "{wk_w}Will retry in 3 seconds... [Attempt {wk_try} of 10]",
    "{wk_i}Authentication Strategy {wk_auth}: [ OK ]",
    "{wk_w}Skipping job {wk_job} because offline mode is enabled. [SKIPPED]",
    "{wk_i}Fetching locale {wk_loc} from Graph endpoint...",
)
SLOTS.update({
    "wk_i": _wk_head("info"), "wk_w": _wk_head("warn"), "wk_e": _wk_head("error"),
    "wk_page": lambda r: str(r.randint(1, 4000)), "wk_tgt": choice(_WK_TARGETS),
    "wk_event": choice(("reloadGroups", "reloadAuthStrategies", "flushCache", "reloadNavigation", "deletePageFromCache", "reloadTheme", "purgeUploads")),
    "wk_dberr": choice(("ECONNREFUSED", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "ECONNRESET")),
    "wk_dbaddr": lambda r: r.choice(("127.0.0.1", "172.18.0.2", "10.0.3.15", "db", "undefined")), "wk_dbport": choice(("5432", "5432", "3306", "undefined")),
    "wk_try": lambda r: str(r.randint(1, 10)),
    "wk_auth": choice(("Local", "Local", "Keycloak", "Generic OAuth2 / OpenID Connect", "Google", "LDAP / Active Directory", "GitHub", "Azure Active Directory")),
    "wk_job": choice(("syncGraphLocales", "syncGraphUpdates", "fetchGraphLocale")),
    "wk_loc": choice(("en", "de", "fr", "es", "pt-br", "zh", "ja", "ru", "nl")),
})
# ---------------------------------------------------------------- calibre-web (Python; cps/logger.py FORMATTER "[%(asctime)s] %(levelname)5s {%(filename)s:%(lineno)d} %(message)s",
# /config/calibre-web.log: "[2026-11-26 06:20:12,123]  INFO {kobo.py:148} Kobo library sync request received" -- time, level and {file:line} are the logger's)
_CW_BOOKS = ("The Left Hand of Darkness", "Dune", "Der Process", "Neuromancer", "Middlemarch", "Snow Crash", "A Memory Called Empire", "The Dispossessed", "Piranesi")


def _cw_head(lvl: str, loc: str) -> Callable[[R], str]:
    return lambda r: f"[2026-11-{day(r):02d} {clock(r)},{r.randint(0, 999):03d}] {lvl:>5} {{{loc}}} "


SOURCES["calibre-web"] = ("janeczku/calibre-web", "7ec475e1fe20893730fd8863f771489049c99d16",
                          "cps/logger.py (FORMATTER), cps/kobo.py, cps/usermanagement.py, cps/server.py, cps/tasks/convert.py, cps/tasks/thumbnail.py, cps/helper.py, "
                          "cps/admin.py, cps/db.py, cps/error_handler.py")
SYSTEMS["calibre-web"] = (
    "{cw_kobo}Kobo library sync request received",
    "{cw_meta}Kobo library metadata request received for book {uuid}",
    "{cw_nf}Book {uuid} not found in database",
    "{cw_opds}OPDS Login failed for user \"{cw_user}\" IP-address: {cw_ip}",
    "{cw_thumb}GenerateCoverThumbnails task has been ended.",
    "{cw_conv}Book id {cw_id} already converted to {cw_fmt}",
    "{cw_conv2}Book id {cw_id} - target format of {cw_fmt} does not exist. Moving forward with convert.",
    "{cw_rate}Rate limit exceeded {cw_ep}",
    "{cw_gev}Starting Gevent server on {cw_listen}",
    "{cw_shut}Performing restart of Calibre-Web",
    "{cw_stop}webserver stop (restart={cw_bool})",
    "{cw_del}Deleting book {cw_id} failed: {cw_delerr}",
    "{cw_move}Moving title: {cw_path} into existing: {cw_path}",
    "{cw_auth}Author '{cw_author}' of book {cw_id} not found in author list, skipping in sort order",
    "{cw_cover}Update of Cover cache requested",
    "{cw_login}Login failed for user \"{cw_user}\" IP-address: {cw_ip}",
)
SLOTS.update({
    "cw_kobo": _cw_head("INFO", "kobo.py:148"), "cw_meta": _cw_head("INFO", "kobo.py:341"), "cw_nf": _cw_head("INFO", "kobo.py:344"),
    "cw_opds": _cw_head("WARNING", "usermanagement.py:57"), "cw_thumb": _cw_head("INFO", "thumbnail.py:105"), "cw_conv": _cw_head("INFO", "convert.py:143"),
    "cw_conv2": _cw_head("INFO", "convert.py:167"), "cw_rate": _cw_head("ERROR", "error_handler.py:105"), "cw_gev": _cw_head("INFO", "server.py:218"),
    "cw_shut": _cw_head("INFO", "server.py:315"), "cw_stop": _cw_head("INFO", "server.py:333"), "cw_del": _cw_head("ERROR", "helper.py:381"),
    "cw_move": _cw_head("INFO", "helper.py:553"), "cw_auth": _cw_head("WARNING", "db.py:937"), "cw_cover": _cw_head("INFO", "admin.py:202"), "cw_login": _cw_head("WARNING", "web.py:1449"),
    "cw_user": lambda r: r.choice(USERS + ("admin", "kobo", "Guest")), "cw_ip": lambda r: r.choice((ip4(r), "::ffff:" + ip4(r), "127.0.0.1")),
    "cw_id": lambda r: str(r.randint(1, 25000)), "cw_fmt": choice(("EPUB", "KEPUB", "MOBI", "AZW3", "PDF")),
    "cw_ep": choice(("web.login_post", "opds.feed_index", "kobo.HandleAuthRequest", "web.login", "remotelogin.token_verified")),
    "cw_listen": choice(("0.0.0.0:8083", ":::8083", "[::]:8083", "127.0.0.1:8083")), "cw_bool": choice(("True", "False")),
    "cw_delerr": choice(("[Errno 13] Permission denied: '/books/Ursula K. Le Guin/The Dispossessed (112)'", "[Errno 2] No such file or directory: '/books/Frank Herbert/Dune (7)/cover.jpg'",
                         "[Errno 16] Device or resource busy: '/books/.stfolder'")),
    "cw_path": lambda r: f"{r.choice(('Ursula K. Le Guin', 'Frank Herbert', 'William Gibson', 'George Eliot', 'Neal Stephenson'))}/{r.choice(_CW_BOOKS)} ({r.randint(1, 25000)})",
    "cw_author": choice(("Le Guin, Ursula K.", "Herbert, Frank", "Kafka, Franz", "Gibson, William", "Martine, Arkady", "Clarke, Susanna")),
})
# ---------------------------------------------------------------- xxl-job (Java; logback pattern "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n"
# (xxl-job-admin/src/main/resources/logback.xml), admin log and executor app logs: "2026-11-26 06:20:12.123 [xxl-job, admin JobScheduleHelper#scheduleThread] WARN
# c.x.j.a.b.s.m.s.MisfireDoNothing - >>>>>>>>>>> xxl-job, schedule MisfireDoNothing: jobId = 12" -- time, thread, level and logger are the logger's)
_XJ_APPS = ("xxl-job-executor-sample", "order-executor", "report-executor", "billing-jobs", "data-sync-executor", "crm-executor")


def _xj_head(lvl: str, logger: str, threads: tuple[str, ...]) -> Callable[[R], str]:
    return lambda r: f"2026-11-{day(r):02d} {clock(r)}.{r.randint(0, 999):03d} [{r.choice(threads)}] {lvl:<5} {logger} - "


_XJ_HTTP = ("http-nio-8080-exec-1", "http-nio-8080-exec-4", "http-nio-8080-exec-7", "http-nio-8080-exec-10")


def _xj_addr(r: R) -> str:
    return f"http://{r.choice(('10.0.1.', '10.0.2.', '172.17.0.', '192.168.10.'))}{r.randint(2, 250)}:{r.choice((9999, 9999, 9998, 9997))}/"


def _xj_json(r: R) -> str:
    return (f"{{\"id\":{r.randint(1, 400)},\"jobGroup\":{r.randint(1, 9)},\"jobDesc\":\"{r.choice(('daily report', 'sync orders', 'clean tmp', 'billing run', 'push metrics'))}\","
            f"\"author\":\"{r.choice(USERS)}\",\"scheduleType\":\"CRON\",\"scheduleConf\":\"0 {r.randint(0, 59)} {r.randint(0, 23)} * * ?\",\"executorHandler\":\"{r.choice(('demoJobHandler', 'syncOrdersJob', 'reportJob', 'cleanTmpJob'))}\"}}")


SOURCES["xxl-job"] = ("xuxueli/xxl-job", "128dd678962b8918b9abf2e82928818b0072ac50",
                      "xxl-job-admin/src/main/resources/logback.xml, xxl-job-admin/.../service/impl/XxlJobServiceImpl.java, .../scheduler/trigger/JobTrigger.java, "
                      ".../scheduler/thread/JobScheduleHelper.java, JobRegistryHelper.java, JobCompleteHelper.java, .../scheduler/misfire/strategy/MisfireDoNothing.java, "
                      "MisfireFireOnceNow.java, .../scheduler/config/XxlJobAdminBootstrap.java, xxl-job-core/.../executor/XxlJobExecutor.java, "
                      "xxl-job-core/.../thread/ExecutorRegistryThreadHelper.java, xxl-job-core/.../server/EmbedServer.java, xxl-job-core/.../thread/JobThread.java")
SYSTEMS["xxl-job"] = (
    "{xj_trig}>>>>>>>>>>> xxl-job trigger error, please check if the executor[{xj_addr}] is running.",
    "{xj_op}>>>>>>>>>>> xxl-job operation log: operator = {xj_user}, type = {xj_optype}, content = {xj_json}",
    "{xj_ring}>>>>>>>>>>> xxl-job, time-ring found job repeat beat : {xj_sec} = {xj_ids}",
    "{xj_mis}>>>>>>>>>>> xxl-job, schedule MisfireDoNothing: jobId = {xj_id}",
    "{xj_reg}>>>>>>>>>>> xxl-job registry fail, registryParam:{xj_rparam}, registryResult:{xj_rres}",
    "{xj_cache}>>>>>>>>>>> xxl-job, JobRegistryHelper, detect changes and refresh JobGroupCache success, appname2GroupCache:{xj_a2g}, id2GroupCache:{xj_i2g}",
    "{xj_rep}>>>>>>>>>>> repeat trigger job, logId:{xj_logid}",
    "{xj_mis2}>>>>>>>>>>> xxl-job, schedule MisfireFireOnceNow: jobId = {xj_id}",
    "{xj_inv}>>>>>>>>>>>> trigger fail, jobId invalid，jobId={xj_id}",
    "{xj_cb}>>>>>>>>>>> xxl-job, callback too fast, match threadpool rejected handler(run now).",
    "{xj_jh}>>>>>>>>>>> xxl-job register jobhandler success, name:{xj_handler}, jobHandler:{xj_jhobj}",
    "{xj_emb}>>>>>>>>>>> xxl-job remoting server start success, nettype = {xj_nettype}, port = {xj_port}",
    "{xj_tok}>>>>>>>>>>> xxl-job accessToken is empty. To ensure system security, please set the accessToken.",
    "{xj_init}>>>>>>>>> init xxl-job admin scheduler success.",
    "{xj_boot}>>>>>>>>> xxl-job admin start success.",
    "{xj_stop}>>>>>>>>>>> xxl-job, JobScheduleHelper#scheduleThread stop",
)
SLOTS.update({
    "xj_trig": _xj_head("ERROR", "c.x.j.a.b.scheduler.trigger.JobTrigger", ("xxl-job, admin JobTriggerPoolHelper-fastTriggerPool-1234567", "xxl-job, admin JobTriggerPoolHelper-slowTriggerPool-7654321")),
    "xj_op": _xj_head("INFO", "c.x.j.a.b.s.impl.XxlJobServiceImpl", _XJ_HTTP),
    "xj_ring": _xj_head("WARN", "c.x.j.a.b.s.thread.JobScheduleHelper", ("xxl-job, admin JobScheduleHelper#ringThread",)),
    "xj_mis": _xj_head("WARN", "c.x.j.a.b.s.m.s.MisfireDoNothing", ("xxl-job, admin JobScheduleHelper#scheduleThread",)),
    "xj_mis2": _xj_head("WARN", "c.x.j.a.b.s.m.s.MisfireFireOnceNow", ("xxl-job, admin JobScheduleHelper#scheduleThread",)),
    "xj_reg": _xj_head("INFO", "c.x.j.c.t.ExecutorRegistryThreadHelper", ("xxl-job, executor ExecutorRegistryThread",)),
    "xj_cache": _xj_head("INFO", "c.x.j.a.b.s.thread.JobRegistryHelper", ("xxl-job, admin JobRegistryMonitorHelper-registryMonitorThread",)),
    "xj_rep": _xj_head("INFO", "com.xxl.job.core.thread.JobThread", ("xxl-job, EmbedServer bizThreadPool-1033423", "xxl-job, EmbedServer bizThreadPool-98342")),
    "xj_inv": _xj_head("WARN", "c.x.j.a.b.scheduler.trigger.JobTrigger", ("xxl-job, admin JobTriggerPoolHelper-fastTriggerPool-1234567",)),
    "xj_cb": _xj_head("WARN", "c.x.j.a.b.s.thread.JobCompleteHelper", ("http-nio-8080-exec-3", "http-nio-8080-exec-9")),
    "xj_jh": _xj_head("INFO", "c.x.j.c.e.impl.XxlJobSpringExecutor", ("main",)),
    "xj_emb": _xj_head("INFO", "com.xxl.job.core.server.EmbedServer", ("xxl-job, executor EmbedServer",)),
    "xj_tok": _xj_head("WARN", "c.x.j.c.e.impl.XxlJobSpringExecutor", ("main",)),
    "xj_init": _xj_head("INFO", "c.x.j.a.b.s.thread.JobScheduleHelper", ("xxl-job, admin JobScheduleHelper#scheduleThread",)),
    "xj_boot": _xj_head("INFO", "c.x.j.a.b.s.c.XxlJobAdminBootstrap", ("main",)),
    "xj_stop": _xj_head("INFO", "c.x.j.a.b.s.thread.JobScheduleHelper", ("xxl-job, admin JobScheduleHelper#scheduleThread",)),
    "xj_addr": _xj_addr, "xj_user": lambda r: r.choice(("admin", "admin") + USERS), "xj_optype": choice(("jobinfo-update", "jobinfo-save", "jobinfo-start", "jobinfo-stop", "jobinfo-remove", "jobcode-update")),
    "xj_json": _xj_json, "xj_sec": lambda r: str(r.randint(0, 59)), "xj_ids": lambda r: "[" + ", ".join(str(r.randint(1, 400)) for _ in range(r.randint(1, 4))) + "]",
    "xj_id": lambda r: str(r.randint(1, 400)), "xj_logid": lambda r: str(r.randint(1000, 9_999_999)),
    "xj_rparam": lambda r: f"RegistryRequest{{registryGroup='EXECUTOR', registryKey='{r.choice(_XJ_APPS)}', registryValue='{_xj_addr(r)}'}}",
    "xj_rres": choice(("Response{code=500, msg='The access token is wrong.', data=null}", "Response{code=500, msg='xxl-job remoting error(Connection refused), for url : http://xxl-job-admin:8080/xxl-job-admin/api/registry', data=null}",
                       "Response{code=500, msg='xxl-job remoting fail, StatusCode(502) invalid. for url : http://10.0.0.7:8080/xxl-job-admin/api/registry', data=null}")),
    "xj_a2g": lambda r: "{" + ", ".join(f"{a}={r.randint(1, 9)}" for a in r.sample(_XJ_APPS, r.randint(1, 3))) + "}",
    "xj_i2g": lambda r: "{" + ", ".join(f"{r.randint(1, 9)}=XxlJobGroup@{hexs(r, 8)}" for _ in range(r.randint(1, 3))) + "}",
    "xj_handler": choice(("demoJobHandler", "shardingJobHandler", "httpJobHandler", "commandJobHandler", "syncOrdersJob", "reportJob", "cleanTmpJob")),
    "xj_jhobj": lambda r: f"com.xxl.job.core.handler.impl.MethodJobHandler@{hexs(r, 8)}[class com.example.{r.choice(('job.SampleXxlJob', 'jobs.OrderJobs', 'tasks.ReportTasks'))}#{r.choice(('demoJobHandler', 'syncOrders', 'dailyReport'))}]",
    "xj_port": choice(("9999", "9999", "9998", "9997")), "xj_nettype": choice(("class com.xxl.job.core.server.EmbedServer",)),
})
# ---------------------------------------------------------------- freshrss (PHP; Minz_Log "[" . date('r') . "] [level] --- message" (lib/Minz/Log.php), data/users/<user>/log.txt:
# "[Wed, 26 Nov 2026 06:20:12 +0000] [warning] --- Muting gone feed: https://..." -- date and level are the logger's)
_FR_FEEDS = ("https://www.phoronix.com/rss.php", "https://lwn.net/headlines/rss", "https://hnrss.org/frontpage", "https://www.heise.de/rss/heise-atom.xml",
             "https://blog.example.org/feed/", "https://feeds.arstechnica.com/arstechnica/index", "https://xkcd.com/atom.xml", "https://www.reddit.com/r/selfhosted/.rss",
             "https://github.com/FreshRSS/FreshRSS/releases.atom", "https://news.ycombinator.com/rss", "https://planet.debian.org/rss20.xml", "http://old-blog.example.net/index.xml")


def _fr_head(lvl: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        d = day(r)
        wd = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")[(d + 6) % 7]  # 2026-11-01 is a Sunday
        return f"[{wd}, {d:02d} Nov 2026 {clock(r)} {r.choice(('+0000', '+0100', '+0100'))}] [{lvl}] --- "
    return head


SOURCES["freshrss"] = ("FreshRSS/FreshRSS", "6c58b90518c30a165db1ee8ea34e0f3d12c6c898",
                       "lib/Minz/Log.php (line layout, log rotate), app/Controllers/feedController.php, app/Models/Feed.php, lib/lib_rss.php, app/Controllers/authController.php, "
                       "app/Controllers/javascriptController.php, app/Controllers/importExportController.php")
SYSTEMS["freshrss"] = (
    "{fr_w}Error fetching content: HTTP code {fr_code}: {fr_cerr} {fr_url}",
    "{fr_n}Feed already being actualized: {fr_url}",
    "{fr_w}Muting gone feed: {fr_url}",
    "{fr_w}Feed has {fr_cnt} invalid GUIDs: {fr_url}",
    "{fr_n}Feed {fr_url} moved permanently to {fr_url}",
    "{fr_n}WebSub subscribe {fr_url}",
    "{fr_w}Error while WebSub subscribing to {fr_url}",
    "{fr_w}Feed unicity policy degraded ({fr_uc} → {fr_uc}): {fr_url}",
    "{fr_w}Password mismatch for user={fr_user}, nonce={fr_nonce}, c={fr_chal}",
    "{fr_w}Invalid session during login for user={fr_user}, nonce={fr_nonce}",
    "{fr_n}Nonce failure due to invalid username! {fr_user}",
    "{fr_w}Error saving cache {fr_cache} for {fr_url}",
    "{fr_w}Could not add label \"{fr_label}\" to entry \"{fr_guid}\" in feed {fr_fid}",
    "{fr_n}Log rotate.",
)
SLOTS.update({
    "fr_w": _fr_head("warning"), "fr_n": _fr_head("notice"),
    "fr_url": choice(_FR_FEEDS), "fr_code": choice(("0", "403", "404", "429", "500", "503", "0")),
    "fr_cerr": choice(("Operation timed out after 15001 milliseconds with 0 bytes received", "Could not resolve host: old-blog.example.net", "",
                       "SSL certificate problem: certificate has expired", "Failed to connect to blog.example.org port 443 after 3 ms: Couldn't connect to server")),
    "fr_cnt": lambda r: str(r.randint(1, 60)), "fr_uc": choice(("id", "link", "sha1:link_published", "sha1:link_published_title", "sha1:link_published_title_content")),
    "fr_user": lambda r: r.choice(USERS + ("admin", "_")), "fr_nonce": lambda r: hexs(r, 40), "fr_chal": lambda r: "$2y$04$" + b62(r, 53),
    "fr_cache": lambda r: f"/var/www/FreshRSS/data/cache/{hexs(r, 32)}.html", "fr_label": choice(("read-later", "work", "linux", "to-share", "★")),
    "fr_guid": lambda r: r.choice((f"https://blog.example.org/?p={r.randint(100, 9999)}", f"tag:github.com,2008:Repository/{r.randint(10**6, 10**8)}/{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}", uuid4(r))),
    "fr_fid": lambda r: str(r.randint(1, 400)),
})
# ---------------------------------------------------------------- lavalink (Kotlin; Spring Boot's default logback console pattern, docker logs:
# "2026-11-26T06:20:12.123Z  INFO 1 --- [  XNIO-1 task-3] lavalink.server.io.SocketServer          : Connection successfully established from ..." --
# time, level, pid, thread and logger name are the logger's)
_LV_TITLES = ("Never Gonna Give You Up", "Bohemian Rhapsody (Remastered 2011)", "lofi hip hop radio - beats to relax/study to", "Darude - Sandstorm",
              "Blinding Lights", "Daft Punk - Get Lucky (Official Audio) ft. Pharrell Williams", "Rick Astley - Together Forever", "Tame Impala - The Less I Know The Better")


def _lv_head(lvl: str, logger: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        t = r.choice(("XNIO-1 task-2", "XNIO-1 task-3", "XNIO-1 I/O-4", "main", "lava-daemon-pool-playback-1-thread-1", "XNIO-1 task-7"))
        return f"2026-11-{day(r):02d}T{clock(r)}.{r.randint(0, 999):03d}Z {lvl:>5} 1 --- [{t[-15:]:>15}] {logger:<40} : "
    return head


def _lv_addr(r: R) -> str:
    return f"/{r.choice(('172.18.0.', '10.0.0.', '127.0.0.'))}{r.randint(1, 60)}:{r.randint(30000, 65000)}"


SOURCES["lavalink"] = ("lavalink-devs/Lavalink", "d7d5a542f6d4c045caee5b5ec0a7747918c7cdaf",
                       "LavalinkServer/src/main/java/lavalink/server/player/AudioLoaderRestHandler.kt, player/EventEmitter.kt, player/PlayerRestHandler.kt, "
                       "io/SocketServer.kt, io/SocketContext.kt, io/HandshakeInterceptorImpl.kt, config/RequestAuthorizationFilter.kt")
SYSTEMS["lavalink"] = (
    "{lv_load}Got request to load for identifier \"{lv_ident}\"",
    "{lv_load}Loaded track {lv_title}",
    "{lv_stuck}{lv_title} got stuck! Threshold surpassed: {lv_ms}ms",
    "{lv_hs}Incoming connection from {lv_addr}",
    "{lv_sock}Connection successfully established from {lv_client}",
    "{lv_sock}Connection closed from {lv_addr} with id {lv_sid} -- {lv_status}",
    "{lv_load}Loaded playlist {lv_pl}",
    "{lv_loade}Failed to load track for identifier {lv_ident}",
    "{lv_sock}Connection closed from {lv_addr} with status {lv_status} -- Session can be resumed within the next {lv_secs} seconds with id {lv_sid}",
    "{lv_sock}Resumed session with id {lv_sid}",
    "{lv_hse}Authentication failed from {lv_addr}",
    "{lv_auth}Authorization failed for {lv_ip} on {lv_method} {lv_path}",
    "{lv_ctx}Shutting down {lv_n} playing players.",
    "{lv_sockw}Library developers: Please specify a 'Client-Name' header. User agent: {lv_ua}",
    "{lv_play}Skipping play request because of noReplace",
)
SLOTS.update({
    "lv_load": _lv_head("INFO", "l.server.player.AudioLoaderRestHandler"), "lv_loade": _lv_head("ERROR", "l.server.player.AudioLoaderRestHandler"),
    "lv_stuck": _lv_head("WARN", "lavalink.server.player.EventEmitter"), "lv_hs": _lv_head("INFO", "l.server.io.HandshakeInterceptorImpl"),
    "lv_hse": _lv_head("ERROR", "l.server.io.HandshakeInterceptorImpl"), "lv_sock": _lv_head("INFO", "lavalink.server.io.SocketServer"),
    "lv_sockw": _lv_head("WARN", "lavalink.server.io.SocketServer"), "lv_auth": _lv_head("WARN", "l.s.config.RequestAuthorizationFilter"),
    "lv_ctx": _lv_head("INFO", "lavalink.server.io.SocketContext"), "lv_play": _lv_head("INFO", "l.server.player.PlayerRestHandler"),
    "lv_ident": lambda r: r.choice((f"ytsearch:{r.choice(_LV_TITLES)}", f"https://www.youtube.com/watch?v={b62(r, 11)}", f"scsearch:{r.choice(_LV_TITLES)}",
                                    f"https://open.spotify.com/track/{b62(r, 22)}", f"ytmsearch:{r.choice(_LV_TITLES)}", f"https://soundcloud.com/{r.choice(USERS)}/{r.choice(('mix-2026', 'demo', 'live-set'))}")),
    "lv_title": choice(_LV_TITLES), "lv_ms": choice(("10000", "10000", "5000", "15000")), "lv_addr": _lv_addr,
    "lv_client": choice(("Lavalink.py/5.9.0", "lavalink-client/2.4.0", "Shoukaku/4.1.1", "Wavelink/3.4.1", "Lavaplayer-bot/1.0", "Moonlink.js/4.6.2", "Magmastream/2.8.0")),
    "lv_sid": lambda r: "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16)),
    "lv_status": choice(("CloseStatus[code=1000, reason=null]", "CloseStatus[code=1006, reason=null]", "CloseStatus[code=1001, reason=Going away]", "CloseStatus[code=4006, reason=Session is no longer valid.]")),
    "lv_pl": choice(("Top 50 - Global", "Chill Vibes", "Gaming Music Mix 2026", "lofi beats", "Rock Classics", "Discover Weekly")),
    "lv_secs": choice(("60", "60", "120", "300")), "lv_ip": lambda r: r.choice(("172.18.0.5", "10.0.0.7", "127.0.0.1", ip4(r))),
    "lv_method": choice(("GET", "PATCH", "DELETE", "GET")), "lv_path": lambda r: r.choice(("/v4/loadtracks", "/v4/info", f"/v4/sessions/{b62(r, 16).lower()}/players/{r.randint(10**17, 10**18)}", "/version", "/v4/stats")),
    "lv_n": lambda r: str(r.randint(0, 40)), "lv_ua": choice(("Java/17.0.9", "python-requests/2.32.3", "node-fetch", "undici", "Go-http-client/1.1")),
})
# ---------------------------------------------------------------- linkerd2-proxy (Rust; tracing plain format with uptime timer, kubectl logs of the linkerd-proxy container:
# "[    12.345678s]  WARN ThreadId(01) outbound:proxy{addr=10.42.0.15:8080}:service{ns=shop name=web port=8080}: linkerd_reconnect: Failed to connect error=..." --
# uptime, level, thread id, the span context and the target are the logger's; the event's message and its fields are the log call's)
_LD_NS = ("default", "shop", "payments", "monitoring", "emojivoto", "booksapp", "linkerd-viz")
_LD_SVCS = ("web", "api", "voting-svc", "emoji-svc", "authors", "books", "checkout", "redis", "postgres")


def _ld_ip(r: R) -> str:
    return f"10.{r.randint(40, 44)}.{r.randint(0, 9)}.{r.randint(2, 250)}"


def _ld_head(lvl: str, target: str, side: str) -> Callable[[R], str]:
    def head(r: R) -> str:
        up = r.uniform(0.01, 10 ** r.uniform(0, 6.5))
        ip = _ld_ip(r)
        port = r.choice((8080, 80, 9090, 5432, 6379, 8443))
        if side == "out":
            span = (f"outbound:proxy{{addr={ip}:{port}}}:service{{ns={r.choice(_LD_NS)} name={r.choice(_LD_SVCS)} port={port}}}"
                    + r.choice(("", f":endpoint{{addr={ip}:{port}}}")))
        elif side == "in":
            span = f"inbound:server{{port={port}}}" + r.choice(("", f":rescue{{client.addr={_ld_ip(r)}:{r.randint(30000, 60999)}}}"))
        elif side == "id":
            span = "identity:identity{server.addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}"
        elif side == "dst":
            span = f"outbound:proxy{{addr={ip}:{port}}}:controller{{addr=linkerd-dst-headless.linkerd.svc.cluster.local:8086}}"
        else:
            span = ""
        sp = f" {span}:" if span else ""
        return f"[{up:>15.6f}s] {lvl:>5} ThreadId({r.choice(('01', '01', '02', '03'))}){sp} {target}: "
    return head


def _ld_err(r: R) -> str:
    return r.choice(("connect timed out after 1s", "Connection refused (os error 111)", "endpoint 10.42.3.17:8080: Connection refused (os error 111)",
                     "logical service web.shop.svc.cluster.local:8080: service in fail-fast", "Connection reset by peer (os error 104)",
                     "TLS detection timed out", "client 10.42.1.9:51234: server: 10.42.0.15:4143: server 10.42.0.15:8080: service unavailable",
                     "failed to read preface: Connection reset by peer (os error 104)", "error trying to connect: No route to host (os error 113)"))


SOURCES["linkerd2-proxy"] = ("linkerd/linkerd2-proxy", "29637b64f6cebedaf15bfbf516818d7a28a4d5a6",
                             "linkerd/reconnect/src/lib.rs, linkerd/stack/src/failfast.rs, linkerd/app/core/src/errors/respond.rs, linkerd/app/core/src/serve.rs, "
                             "linkerd/app/outbound/src/http/handle_proxy_error_headers.rs, linkerd/app/inbound/src/http/server.rs, linkerd/app/core/src/control.rs, "
                             "linkerd/app/outbound/src/discover.rs, linkerd/app/src/lib.rs, linkerd/proxy/identity-client/src/certify.rs, linkerd2-proxy/src/main.rs, linkerd2-proxy/src/rt.rs")
SYSTEMS["linkerd2-proxy"] = (
    "{ld_rc}Failed to connect error={ld_err}",
    "{ld_resp}{ld_ver} request failed error={ld_err} path={ld_path}",
    "{ld_ff}Service entering failfast after {ld_dur}",
    "{ld_rec}Service has recovered",
    "{ld_acc}Server failed to accept connection error={ld_aerr}",
    "{ld_rdy}Server failed to become ready error={ld_err} client.addr={ld_caddr}",
    "{ld_rpe}Remote proxy error error={ld_err}",
    "{ld_sf}Service failed error={ld_err}",
    "{ld_grpc}gRPC request failed error={ld_err} path=/{ld_grpcpath}",
    "{ld_cp}Failed to resolve control-plane component error={ld_cperr}",
    "{ld_sp}Error resolving ServiceProfile error={ld_sperr}",
    "{ld_ue}Unexpected error error={ld_err}",
    "{ld_cert}Certified identity id={ld_id}",
    "{ld_oid}Failed to obtain identity error={ld_cperr}",
    "{ld_main}Admin interface on {ld_bind4191}",
    "{ld_main}Inbound interface on {ld_bind4143}",
    "{ld_main}Local identity is {ld_id}",
    "{ld_rt}Using multi-threaded proxy runtime cores={ld_cores}",
)
SLOTS.update({
    "ld_rc": _ld_head("WARN", "linkerd_reconnect", "out"), "ld_resp": _ld_head("INFO", "linkerd_app_core::errors::respond", "in"),
    "ld_ff": _ld_head("WARN", "linkerd_stack::failfast", "out"), "ld_rec": _ld_head("INFO", "linkerd_stack::failfast", "out"),
    "ld_acc": _ld_head("WARN", "linkerd_app_core::serve", "in"), "ld_rdy": _ld_head("WARN", "linkerd_app_core::serve", "in"),
    "ld_rpe": _ld_head("INFO", "linkerd_app_outbound::http::handle_proxy_error_headers", "out"), "ld_sf": _ld_head("WARN", "linkerd_reconnect", "out"),
    "ld_grpc": _ld_head("INFO", "linkerd_app_core::errors::respond", "in"), "ld_cp": _ld_head("WARN", "linkerd_app_core::control", "dst"),
    "ld_sp": _ld_head("WARN", "linkerd_app_outbound::discover", "dst"), "ld_ue": _ld_head("WARN", "linkerd_app_inbound::http::server", "in"),
    "ld_cert": _ld_head("INFO", "linkerd_app", "id"), "ld_oid": _ld_head("ERROR", "linkerd_proxy_identity_client::certify", "id"),
    "ld_main": _ld_head("INFO", "linkerd2_proxy", ""), "ld_rt": _ld_head("INFO", "linkerd2_proxy::rt", ""),
    "ld_err": _ld_err, "ld_ver": choice(("HTTP/1.1", "HTTP/1.1", "HTTP/2.0")),
    "ld_path": choice(("/", "/api/vote", "/api/list", "/healthz", "/metrics", "/v1/orders", "/books/42")),
    "ld_dur": choice(("3s", "1s", "10s", "100ms", "30s")), "ld_aerr": choice(("Too many open files (os error 24)", "Connection reset by peer (os error 104)", "TLS detection timed out")),
    "ld_caddr": lambda r: f"{_ld_ip(r)}:{r.randint(30000, 60999)}", "ld_grpcpath": choice(("emojivoto.v1.EmojiService/ListAll", "emojivoto.v1.VotingService/VotePoop", "grpc.health.v1.Health/Check", "io.linkerd.proxy.destination.Destination/Get")),
    "ld_cperr": choice(("failed to resolve linkerd-dst-headless.linkerd.svc.cluster.local: no record found for Query { name: Name(\\\"linkerd-dst-headless.linkerd.svc.cluster.local.\\\"), query_type: SRV }",
                        "status: Unavailable, message: \\\"error trying to connect: Connection refused (os error 111)\\\"", "status: Unknown, message: \\\"controller linkerd-identity-headless.linkerd.svc.cluster.local:8080: service in fail-fast\\\"",
                        "client error (Connect): Connection refused (os error 111)")),
    "ld_sperr": choice(("status: Unavailable, message: \\\"logical service linkerd-dst-headless.linkerd.svc.cluster.local:8086: service in fail-fast\\\"", "status: Unknown, message: \\\"http2 error\\\"", "request timed out")),
    "ld_id": lambda r: f"{r.choice(('default', 'web', 'emoji', 'voting', 'books', 'api'))}.{r.choice(_LD_NS)}.serviceaccount.identity.linkerd.cluster.local",
    "ld_bind4191": choice(("[::]:4191", "0.0.0.0:4191")), "ld_bind4143": choice(("[::]:4143", "0.0.0.0:4143")), "ld_cores": choice(("2", "2", "4", "1")),
})
# ==== END OF PROGRAMS


SET = GeneratedSet(prefix="u12", seed=SEED, systems=SYSTEMS, sources=SOURCES, slots=SLOTS, line=_LINE)
lines = SET.lines


if __name__ == "__main__":
    SET.main(__doc__)
