"""Session-4 rules of the pattern miner (issue #6), one small stream each: with the rule
the lines group as one log statement would, and without it (its switch off, older
masking rules, or the line without the rule's trigger) they group otherwise, so each
test can fail.  Measured effect of every rule on LogHub-2k and our sets: docs/patterns.md."""

from __future__ import annotations

from pathlib import Path

import msgpack
import pyarrow as pa
import pyarrow.fs as pafs
import pytest

from millpond.pipeline import patterns_state
from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.patterns import PatternMiner
from millpond.pipeline.patterns_cluster import Params
from millpond.pipeline.patterns_mask import RULES, mask, mask_one
from millpond.pipeline.patterns_partitions import LegacyState, PartitionPatterns
from millpond.pipeline.patterns_state import SharedStateStore, StateError


def _ids(lines: list[str], params: Params | None = None, rules: int = RULES) -> list[int]:
    m = PatternMiner(None, params)
    m.rules = rules
    return m.assign(pa.array(["svc"] * len(lines)), pa.array(lines)).to_pylist()


def _groups(lines: list[str], params: Params | None = None, rules: int = RULES) -> int:
    return len(set(_ids(lines, params, rules)))


def test_bare_word_values_of_one_key_are_values_whatever_the_evidence() -> None:
    """``user=root`` held many lines, then ``user=uucp``: the key names a slot, so the
    evidence rule (a word that held 4 lines is a constant) does not apply to its value."""
    base = "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=10.0.0.{i} user={u}"
    lines = [base.format(i=i, u="root") for i in range(8)] + [base.format(i=9, u="uucp")]
    assert _groups(lines) == 1
    assert _groups(lines, Params(kv_words=False)) == 2


def test_a_word_after_for_from_by_is_an_argument() -> None:
    """``Failed password for root`` ×8 then ``… for uucp``: after ``for``/``from``/``by`` a word
    names who or what, not which statement; elsewhere the evidence rule still holds."""
    lines = [f"Failed password for root from 10.0.0.{i} port {4000 + i} ssh2" for i in range(8)]
    lines.append("Failed password for uucp from 10.0.0.9 port 4009 ssh2")
    assert _groups(lines) == 1
    assert _groups(lines, Params(arg_words="")) == 2
    other = [f"Connection {w} by peer 10.0.0.{i}" for i, w in enumerate(["closed"] * 8 + ["reset"])]
    assert _groups(other) == 2  # ``closed`` held 8 lines and follows no argument word


def test_two_past_participles_are_two_events() -> None:
    """``VM Resumed`` / ``VM Started`` / ``VM Paused``: two different -ed words at one place name two
    events (a generalisation of the opposites list); short words or other forms still vary."""
    lines = [f"[instance: {i:08x}-aaaa] VM {w} (Lifecycle Event)" for i, w in enumerate(["Resumed", "Spawned"] * 3)]
    assert _groups(lines) == 2
    assert _groups(lines, Params(opposites=False)) == 1
    names = [f"[instance: {i:08x}-aaaa] VM {w} (Lifecycle Event)" for i, w in enumerate(["alpha", "gamma"] * 3)]
    assert _groups(names) == 1


def test_a_whole_differing_phrase_behind_a_shared_header_is_another_statement() -> None:
    """Two messages of one length after a long shared header (timestamp, level, logger, request
    context) reach the similarity threshold on the header alone; 4 differing tokens in a row,
    2 of them differing words, say they are different statements."""
    hdr = "2026-08-28T12:20:{s:02d}Z {pid} INFO nova.compute.{m} [req-{s:04x} 6e48 d17c - default default] [instance: {s:08x}-1]"
    took = [hdr.format(s=i, pid=100 + i, m="manager") + f" Took {i}.5 seconds to build instance." for i in range(3)]
    claim = [hdr.format(s=i, pid=200 + i, m="claims") + f" Claim successful on node api-0{i}.prod" for i in range(3)]
    lines = [x for pair in zip(took, claim) for x in pair]
    assert _groups(lines) == 2
    assert _groups(lines, Params(max_run=0)) == 1


def test_sizes_durations_and_endpoints_are_one_value_each() -> None:
    """Proxifier-like lines: a host with a port, a size's echo in brackets there or not, a
    bound ``<1 sec`` against ``00:01``; one statement under rules 2, several under rules 1."""
    lines = ["proxy.example.com:5070 close, 0 bytes sent, 0 bytes received, lifetime 00:01",
             "api.example.org:80 close, 1190 bytes (1.16 KB) sent, 1671 bytes (1.63 KB) received, lifetime 00:02",
             "cdn.example.net:443 close, 403 bytes sent, 18846 bytes (18.4 KB) received, lifetime <1 sec",
             "proxy.example.com:5070 close, 1165 bytes (1.13 KB) sent, 815 bytes received, lifetime <1 sec"] * 3
    assert _groups(lines) == 1
    assert _groups(lines, rules=1) > 1
    assert mask_one("took 19.05 seconds, retry in 120 ms") == "took <*>, retry in <*>"
    assert mask_one("took 19.05 seconds", 1) == "took <*> seconds"


def test_pipe_separated_fields_keep_their_words() -> None:
    """``20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579``: ``|`` separates fields,
    so a digit in one field no longer masks its neighbours (rules 2; rules 1 masked the whole run)."""
    steps = [f"20171223-22:15:{i:02d}:606|Step_LSC|3000231{i}|onStandStepChanged {3579 + i}" for i in range(6)]
    extend = [f"20171223-22:15:{i:02d}:615|Step_LSC|3000231{i}|onExtend:{i}1514038530000 14 0 4" for i in range(6)]
    lines = [x for pair in zip(steps, extend) for x in pair]
    assert mask_one(steps[0]) == "<*>|Step_LSC|<*>|onStandStepChanged <*>"
    assert _groups(lines) == 2
    assert _groups(lines, rules=1) == 1
    assert mask(pa.array(lines * 3)).to_pylist() == [mask_one(x) for x in lines * 3]


def test_old_masking_rules_stay_with_a_state_written_under_them(tmp_path: Path) -> None:
    """A state without a ``rules`` key (written before session 4) keeps masking with rules 1, so
    lines whose shape rules 2 would change keep their ids; a new state records rules 2; a
    state of unknown rules is refused with one clear error."""
    lines = ["sent 1190 bytes (1.16 KB) in 5 ms", "sent 20 bytes in 7 ms", "api.example.com:80 up"] * 12
    old = PatternMiner.load(tmp_path / "old")
    old.rules = 1
    ids = old.assign(pa.array(["s"] * len(lines)), pa.array(lines)).to_pylist()
    old.save()
    snap = msgpack.unpackb((tmp_path / "old" / patterns_state.SNAPSHOT).read_bytes(), raw=False)
    del snap["rules"]  # as session 3's code wrote it
    (tmp_path / "old" / patterns_state.SNAPSHOT).write_bytes(msgpack.packb(snap, use_bin_type=True))
    back = PatternMiner.load(tmp_path / "old")
    assert back.rules == 1 and back.assign(pa.array(["s"] * len(lines)), pa.array(lines)).to_pylist() == ids
    assert _ids(lines) != ids  # rules 2 shapes them otherwise: without the version the ids would change

    new = PatternMiner.load(tmp_path / "new")
    new.assign(pa.array(["s"]), pa.array(["x 1"]))
    new.save()
    assert PatternMiner.load(tmp_path / "new").rules == RULES  # the newest

    snap["rules"] = 99
    (tmp_path / "old" / patterns_state.SNAPSHOT).write_bytes(msgpack.packb(snap, use_bin_type=True))
    with pytest.raises(StateError, match="masking rules 99"):
        PatternMiner.load(tmp_path / "old")


def test_partition_state_keeps_its_masking_rules(tmp_path: Path) -> None:
    """A partition's state in shared storage carries its rules version across owners."""
    fs = pafs.LocalFileSystem()
    lines = pa.array(["sent 1190 bytes (1.16 KB) in 5 ms", "sent 20 bytes in 7 ms"] * 20)
    store = SharedStateStore(fs, str(tmp_path / "p0"), upto=0)
    m = PatternMiner.load(tmp_path / "p0", store=store)
    m.rules = store.rules = 1
    ids = m.assign(pa.array(["s"] * len(lines)), lines).to_pylist()
    store.end = 40
    m.save()
    again = PatternMiner.load(tmp_path / "p0", store=SharedStateStore(fs, str(tmp_path / "p0"), upto=40))
    assert again.rules == 1 and again.assign(pa.array(["s"] * len(lines)), lines).to_pylist() == ids
    store = SharedStateStore(fs, str(tmp_path / "p1"), upto=0)  # a new partition state: the newest rules, kept
    m = PatternMiner.load(tmp_path / "p1", store=store)
    m.assign(pa.array(["s"] * len(lines)), lines)
    store.end = 40
    m.save()
    assert PatternMiner.load(tmp_path / "p1", store=SharedStateStore(fs, str(tmp_path / "p1"), upto=40)).rules == RULES


def test_per_worker_state_migrates_to_partitions_with_its_rules(tmp_path: Path) -> None:
    """The move of a per-worker state (written before session 4: rules 1) to per-partition state
    keeps its rules, so the partition's miner gives the old ids."""
    lines = pa.array(["sent 1190 bytes (1.16 KB) in 5 ms", "sent 20 bytes in 7 ms", "h.example.com:80 up"] * 12)
    svc = pa.array(["s"] * len(lines))
    old = PatternMiner.load(tmp_path / "state" / "patterns")
    old.rules = 1
    ids = old.assign(svc, lines).to_pylist()
    old.save()
    snap_path = tmp_path / "state" / "patterns" / patterns_state.SNAPSHOT
    snap = msgpack.unpackb(snap_path.read_bytes(), raw=False)
    del snap["rules"]  # as session 3's code wrote it
    snap_path.write_bytes(msgpack.packb(snap, use_bin_type=True))
    tp = TopicPartition("logs", 0)
    pp = PartitionPatterns(pafs.LocalFileSystem(), str(tmp_path / "archive"), lambda name, table: None,
                           legacy=LegacyState(tmp_path / "state", 1, lambda name: None))
    pp.assigned([tp], {tp: 36})
    assert pp.miner(tp).rules == 1 and pp.miner(tp).assign(svc, lines).to_pylist() == ids


def test_both_masking_paths_agree_under_every_rules_version() -> None:
    """Python ``re`` (small batches) and RE2 over Arrow give the same shapes for each version."""
    lines = ["lifetime <1 sec", "a<=5 b", "x <*>764978' y", "1.5 KB (2 MB) up", "h.example.com:80 in 3 s"] * 8
    for rules in (1, 2):
        assert mask(pa.array(lines), rules).to_pylist() == [mask_one(x, rules) for x in lines]


def test_a_list_of_repeated_groups_is_one_value_whatever_its_length() -> None:
    """``inconsistent nodesets node-1 0x1fc <ok> node-2 0x1fc <ok> …``: a group of tokens with a
    variable, repeated a varying number of times, is one list (the template keeps one group)."""
    lines = [" ".join(["inconsistent nodesets"] + [f"node-{i} 0x{i:08x} <ok>" for i in range(k)]) for k in (4, 9, 5, 2, 7)]
    assert _groups(lines) == 1
    assert _groups(lines, Params(fold_repeats=False)) > 1
    other = ["inconsistent nodesets node-1 0x1 <ok> node-2 0x2 <bad>", "inconsistent nodesets node-1 0x1 <ok>"]
    assert _groups(other) == 2  # not a repeat: ``<bad>`` differs


def test_a_spanning_variable_holds_no_label_structure() -> None:
    """``DHCPDISCOVER from <mac> via eth1`` and ``… via eth1: network A_net: no free leases``: the
    longer line carries a sub-statement (``label:`` tokens after the first spanned one), which a
    template's trailing ``<*>`` must not swallow as if it were a multi-word value."""
    short = [f"DHCPDISCOVER from 00:11:43:e3:ba:{i:02x} via eth{i % 2}" for i in range(6)]
    long_ = [f"DHCPDISCOVER from 00:11:43:e3:ba:{i:02x} via eth{i % 2}: network A_net: no free leases" for i in range(6)]
    lines = [x for pair in zip(short, long_) for x in pair]
    assert _groups(lines) == 2
    assert _groups(lines, Params(span_labels=True)) == 1
    names = ["Started by user alice", "Started by user bob", "Started by user Alice Smith"]
    assert _groups(names) == 1  # a plain multi-word value still spans
