"""Session-6 rules of the pattern miner (issue #6) for structured loggers' attributes: Go's slog,
logrus and zap, logfmt (go-kit, Loki), Rust's tracing, which write ``message (k=v k=v …)`` or
``msg="…" k=v …``:

* ``kv_attrs``: an attribute with a namespaced key (``folder.label=Music``, a slog group or zap
  namespace), or any ``key=value`` after a logfmt ``msg="…"``, may be missing: loggers leave out
  empty fields, so one statement comes in two lengths;
* ``kv_records``: so may a field of a line made of 3 or more ``key=value`` fields and nothing else
  (ZED's ``eid=<n> class=<c> pool=<p> [vdev=<d>]``), when its key is missing from the other line
  (one key with two words, audit's ``type=USER_LOGIN`` / ``type=CRED_DISP``, stays two records);
* ``eq_values``: a lowercase word after a lone ``=`` (``Reloaded: trace = true`` / ``= false``,
  ``tur state = up`` / ``= down``) is a setting's printed value; an upper-case one (``POWER = ON``
  / ``= OFF``) is a protocol constant and still names a statement;
* ``attr_values``: two word values of one such attribute (``connection.lan=true`` / ``=false``,
  ``primary=true`` / ``=false``) are one value the program fills in, not opposite statements
  (severities stay apart: ``level=warn`` / ``level=info``).

Plain ``key=word`` fields elsewhere keep their meaning (OpenSSH's ``rhost=<ip>`` / ``rhost=<ip>
user=root`` are two statements in LogHub's labels), so each test also shows the line kept apart.
With a rule the lines group as the program's statements do; with its switch off they group
otherwise, so each test can fail."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from millpond.pipeline.patterns_cluster import Params
from millpond.pipeline.patterns_tokens import attr_key, attrs_start

from patternkit import assert_a_saved_state_keeps_its_ids
from patternkit import ids as _ids


def _groups(lines: list[str], **switches: object) -> int:
    return len(set(_ids(lines, replace(Params(), **switches))))


KV_OFF = {"kv_attrs": False, "attr_values": False, "kv_records": False, "eq_values": False,
          "field_lists": False}  # session 13: a field in place beside optional ones groups these too

FOLDERS = [("Photos", "abcd1-ef234", "sendreceive"), ("Music", "xq9vt-3mzke", "sendonly"), ("Work", "wk2p9-r7c4d", "sendreceive")]
SCANS = [f"INF Completed initial scan (folder.label={n} folder.id={i} folder.type={k} log.pkg=model)"
         for n, i, k in FOLDERS]
SCANS_UNLABELLED = ["INF Completed initial scan (folder.id=default folder.type=sendreceive log.pkg=model)"] * 2
TUNNELS = [f'time=2026-11-0{d}T10:29:52.06Z level=INFO msg="Dropping tunnel due to inactivity" vpnAddrs=[10.42.1.{d}] '
           f"localIndex=32009{d} certName={n} inactiveDuration=4m30s primary={p}"
           for d, (n, p) in enumerate((("nas", "true"), ("build", "false"), ("nas", "false"), ("cam", "true")), 1)]
TUNNEL_ANON = ['time=2026-11-07T10:29:52.06Z level=INFO msg="Dropping tunnel due to inactivity" vpnAddrs=[10.42.1.9] '
               "localIndex=3200977 inactiveDuration=4m30s primary=true"]
LANS = [f"INF Established secure connection (device=ABC{i} connection.local=[::]:22000 connection.remote=10.2.8.{i}:22000 "
        f"connection.type=tcp-client connection.lan={v} connection.prio=10 log.pkg=connections)"
        for i, v in enumerate(("true", "false", "true", "false", "false"))]


def test_a_structured_loggers_attribute_may_be_missing() -> None:
    """A namespaced attribute, or any attribute after a logfmt ``msg="…"``, left out: one statement."""
    assert _groups(SCANS + SCANS_UNLABELLED) == 1
    assert _groups(SCANS + SCANS_UNLABELLED, kv_attrs=False) == 2
    assert _groups(TUNNELS + TUNNEL_ANON) == 1
    assert _groups(TUNNELS + TUNNEL_ANON, **KV_OFF) > 1

ZED = [f"eid={e} class=config_sync pool='{p}'" for e, p in ((101, "tank"), (102, "backup"), (103, "rpool"), (104, "tank"))]
ZED_VDEV = [f"eid={e} class=config_sync pool='tank' vdev=sd{d} vdev_state=DEGRADED" for e, d in ((105, "c"), (106, "d"))]


def test_a_field_of_a_key_value_record_may_be_missing() -> None:
    assert _groups(ZED + ZED_VDEV) == 1
    assert _groups(ZED + ZED_VDEV, kv_records=False) == 2
    audit = [f"type=USER_LOGIN msg=audit(1732.{i}:4{i}): pid=1 uid=0 auid=1000 ses={i} res=success" for i in range(4)]
    audit += [f"type=CRED_DISP msg=audit(1732.{i}:5{i}): pid=1 uid=0 ses={i} res=success" for i in range(3)]
    assert _groups(audit) == 2

RELOADS = [f"[{p}] 2026/11/19 02:19:4{i}.849488 [INF] Reloaded: trace = {v}"
           for i, (p, v) in enumerate(((1, "true"), (7, "false"), (1, "true"), (3412, "false"), (7, "true")))]


def test_a_lowercase_word_after_a_lone_equals_sign_is_a_value() -> None:
    assert _groups(RELOADS) == 1
    assert _groups(RELOADS, eq_values=False, bool_values=False) == 2  # (a flag is also ``bool_values``)
    power = [f"12:00:0{i}.{i}12 MQT: stat/plug{i}/POWER = {v}" for i, v in enumerate(("ON", "OFF", "ON", "OFF"))]
    assert _groups(power) == 1  # a flag's printed state (session 15, ``flag_words``): Tasmota publishes
    assert _groups(power, flag_words=False) == 2  # ``GetStateText(power)`` through one call


def test_a_plain_key_word_field_outside_logfmt_still_tells_statements_apart() -> None:
    """OpenSSH/PAM: ``… rhost=<ip>`` and ``… rhost=<ip> user=root`` stay two statements."""
    lines = [f"pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=10.0.0.{i}"
             for i in range(5)]
    lines += [f"pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=10.0.0.{i} "
              f"user={u}" for i, u in enumerate(("root", "admin", "root"))]
    assert _groups(lines) == 2


def test_two_word_values_of_one_attribute_are_one_value() -> None:
    """``connection.lan=true`` / ``=false``, ``primary=true`` / ``=false`` after ``msg="…"``."""
    assert _groups(LANS) == 1
    assert _groups(LANS, attr_values=False, bool_values=False) == 2
    assert _groups(TUNNELS) == 1
    assert _groups(TUNNELS, attr_values=False, bool_values=False) == 2


def test_severities_and_plain_fields_keep_their_values_apart() -> None:
    """A level under any key, and a plain ``key=word`` outside a logfmt record, still name statements."""
    audit = [f"type=SERVICE_{e} msg='unit=nginx comm=\"systemd\" exe=\"/usr/lib/systemd/systemd\" res={r}'"
             for e, r in (("START", "success"), ("START", "failed"), ("START", "success"))]
    assert _groups(audit) == 2
    levels = [f'time=2026-11-0{i}T10:00:00Z msg="cache flushed" entries={i} log.level={lv}'
              for i, lv in enumerate(("warn", "info", "warn", "info"), 1)]
    assert _groups(levels) == 2


def test_where_a_logfmt_records_attributes_begin() -> None:
    toks = tuple('time=<*> level=INFO msg="Dropping tunnel" vpnAddrs=<*> primary=true'.split())
    assert attrs_start(toks) == 4
    assert attrs_start(tuple("msg=done took=<*>".split())) == 1
    assert attrs_start(tuple("type=USER msg='op=login res=success'".split())) == 2  # audit's msg=' is no logfmt
    assert attr_key("(folder.label=Music", False) == "folder.label"
    assert attr_key("user=root", False) is None and attr_key("user=root", True) == "user"


def test_a_state_written_before_the_kv_rules_keeps_its_ids(tmp_path: Path) -> None:
    """The rules group NEW shapes only: a state mined with the switches off gives its lines the
    same ids under today's rules, though today's rules group them otherwise from scratch."""
    lines = SCANS + SCANS_UNLABELLED + LANS + TUNNELS + TUNNEL_ANON + ZED + ZED_VDEV + RELOADS
    ids = assert_a_saved_state_keeps_its_ids(tmp_path, lines, KV_OFF)
    assert len(set(_ids(lines))) < len(set(ids))  # from scratch, today's rules group them otherwise
