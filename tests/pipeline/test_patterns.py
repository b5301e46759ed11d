"""The streaming pattern miner: grouping accuracy on held-out labelled logs, stable
content-addressed ids across save/load and replay, determinism under any
batching, per-service separation, bounded cost for hostile input."""

from __future__ import annotations

import importlib.util
import random
import statistics
import sys
import time
from pathlib import Path

import msgpack
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from millpond.pipeline import patterns as miner_mod
from millpond.pipeline import patterns_state
from millpond.pipeline.patterns import PATTERNS_SCHEMA, PatternMiner
from millpond.pipeline.patterns_cluster import MAX_TOKENS
from millpond.pipeline.patterns_mask import MAX_CHARS, SMALL, mask, mask_one
from millpond.pipeline.patterns_state import StateError

BENCH = Path(__file__).resolve().parents[2] / "bench"
DATA = Path(__file__).resolve().parents[1] / "data" / "patterns"
if str(BENCH) not in sys.path:
    sys.path.append(str(BENCH))
import loggen  # noqa: E402

_spec = importlib.util.spec_from_file_location("millpond_bench_patterns", BENCH / "patterns.py")
assert _spec is not None and _spec.loader is not None
_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_bench)  # bench/patterns.py, loaded by path: no top-level name to clash
grouping_accuracy, mine = _bench.grouping_accuracy, _bench.mine

# Measured (docs/patterns.md) on the stored sets; the floors sit just under the
# measured means so a regression of about one template's worth of lines fails.
# unseen … zeta were each scored once blind; all but zeta then guided fixes
# (the blind first looks are in the doc).
FLOORS = {"heldout": 0.99, "unseen": 0.98, "fresh": 0.95, "final": 0.97, "last": 0.91, "blind": 0.93,
          "probe": 0.82, "omega": 0.80, "zeta": 0.99}
# Session 2 (docs/patterns.md): HOLDOUT, 15 programs in no other set, labelled by the
# program's own log statements, written before any change of that session and
# never used to choose one; measured 0.855 (0.804 before the session, Drain3
# 0.664).  One system losing one template of ~10% of its lines moves the mean
# by ~0.007, so the floor of 0.85 fails on about one such regression.  DEV,
# DEV2 and DEV3 (same labelling) were tuned on: 0.977, 0.964, 0.840 measured.
# Session 3 tuned on HOLDOUT too (the public LogHub-2k split took its place as
# the never-seen test): measured 0.909 (unseen 0.989), so the floor is 0.90.
NEW_FLOORS = {"holdout": 0.90, "dev": 0.97, "dev2": 0.96, "dev3": 0.83}


def _set(name: str) -> dict[str, list[tuple[str, str, str]]]:
    return {f.name[len(name) + 1 : -len(".tsv.gz")]: loggen.read_set(f) for f in sorted(DATA.glob(f"{name}-*.tsv.gz"))}


def _rows(name: str, system: str) -> list[tuple[str, str, str]]:
    return loggen.read_set(DATA / f"{name}-{system}.tsv.gz")


def _arrays(rows: list[tuple[str, str, str]]) -> tuple[pa.Array, pa.Array]:
    return pa.array([r[1] for r in rows]), pa.array([r[2] for r in rows])


@pytest.mark.parametrize("name", sorted(FLOORS) + sorted(NEW_FLOORS))
def test_grouping_accuracy_on_held_out_sets(name: str) -> None:
    """Mean GA per stored set stays at its measured level (lines fed as a stream of batches)."""
    systems = _set(name)
    assert len(systems) >= 6
    gas = {s: grouping_accuracy([r[0] for r in rows], mine(rows, 1000)) for s, rows in systems.items()}
    assert statistics.mean(gas.values()) >= {**FLOORS, **NEW_FLOORS}[name], gas


def test_no_holdout_system_falls_apart() -> None:
    """On HOLDOUT every system keeps GA >= 0.55 (measured minimum 0.593, unbound) and at
    least 7 of the 15 are grouped perfectly (measured 7): a regression confined to one
    system, which the mean floor could miss, fails here."""
    gas = [grouping_accuracy([r[0] for r in rows], mine(rows, 1000)) for rows in _set("holdout").values()]
    assert len(gas) == 15 and min(gas) >= 0.55 and sum(g == 1.0 for g in gas) >= 7, gas


def test_overall_mean_stays_at_its_measured_level() -> None:
    """Across the 57 stored systems of session 1: 0.936 measured (Drain3 on the same lines: 0.721)."""
    gas = [grouping_accuracy([r[0] for r in rows], mine(rows, 1000))
           for name in FLOORS for rows in _set(name).values()]
    assert len(gas) == 57 and statistics.mean(gas) >= 0.93


def test_stored_sets_are_regenerable() -> None:
    """The generator rebuilds the stored files exactly (same seeds, same lines)."""
    for name, system in (("final", "cron"), ("heldout", "sshd"), ("zeta", "dhcpd"), ("holdout", "winevent"),
                         ("dev", "zabbix"), ("dev2", "pacemaker"), ("dev3", "filterlog")):
        stored = _rows(name, system)
        assert loggen.generate(name, len(stored))[system] == stored


def test_grouping_accuracy_definition() -> None:
    assert grouping_accuracy(["a", "a", "b"], [1, 1, 2]) == 1.0
    assert grouping_accuracy(["a", "a", "b"], [1, 1, 1]) == 0.0  # over-merge: all wrong
    assert grouping_accuracy(["a", "a", "b"], [1, 2, 3]) == pytest.approx(1 / 3)  # split a


@pytest.mark.parametrize(("message", "template"), [
    ("Accepted password for root from 10.0.0.7 port 52114 ssh2", "Accepted password for root from <*> port <*>"),
    ("GET /api/v1/users/42 took 12ms", "GET <*> took <*>"),
    ("id 0b7c9f1e-3d2a-4c5b-9e8f-112233445566 at 2026-11-25T08:41:06.123Z", "id <*> at <*>"),
    ('level=info msg="charge created" amount=120 customer="a b"', 'level=info msg="charge created" amount=<*> customer=<*>'),
    ('{"msg":"uplink received","rssi":-67,"dev":"abc"}', '{"msg":"uplink received","rssi":<*>,"dev":<*>}'),
    ('level=info msg="API listen on /run/docker.sock" pid=7', 'level=info msg="API listen on <*>" pid=<*>'),
    ('{"msg": "took 5 ms"}', '{"msg":"took <*>"}'),  # rules 2: a duration and its unit are one value
    ("sent 1190 bytes (1.16 KB) to api.example.com:5070 in <1 sec", "sent <*> bytes <*> to <*> in <*>"),
    ("mac 3c:22:fb:01:aa:09 via fe80::1ff:fe23:4567:890a up", "mac <*> via <*> up"),
    ("open() \"/var/www/index.html\" failed", "open() <*> failed"),
    ("removed 3, 17, 42 from queue", "removed <*> from queue"),
    ("don't mask 'this value' here", "don't mask <*> here"),
    ("  spaced\tout  ", "spaced out"),
])
def test_mask_typed_variables(message: str, template: str) -> None:
    assert mask(pa.array([message]))[0].as_py() == template


def test_small_batch_masking_matches_the_vectorised_path() -> None:
    """Python `re` (small batches) and RE2 over Arrow give identical shapes on every stored set."""
    lines = [r[2] for name in (*FLOORS, *NEW_FLOORS) for rows in _set(name).values() for r in rows[::7]]
    lines += ["", "x" * 5000, "tab\there  and\vvt", "naïve café µs 5µs", "a\x02b=1 msg=\x02x"]
    assert [mask_one(x) for x in lines] == mask(pa.array(lines)).to_pylist()
    assert mask(pa.array(["took 5 items", None])).to_pylist() == ["took <*> items", ""]  # the small path


@pytest.mark.parametrize("kinds", ["common", "rare", "mixed"])
def test_mask_runs_rare_passes_only_where_needed(kinds: str) -> None:
    """Lines that need no rare pass (message ids, protected keys, odd whitespace, control
    characters) skip those passes: batches of only such lines, of none, and of both
    interleaved give exactly the shapes of the full rule set, in input order."""
    common = [f"job {i} done in {i % 7}ms from 10.0.0.{i % 250} path=/a/{i}" for i in range(40)]
    rare = [f"%LINK-3-UPDOWN: level=info msg=\"if {i}\"  x" if i % 2 else f"a\tb {i} DHCP4_ACK" for i in range(40)]
    lines = {"common": common, "rare": rare, "mixed": [x for pair in zip(common, rare) for x in pair]}[kinds]
    assert mask(pa.array(lines)).to_pylist() == [mask_one(x) for x in lines]


_PIECES = ["Jan", "12", "2026", "10:22:33", "a@b.com", "aa:bb:cc:dd:ee:ff", "x=1", "msg=", "level=info", '"a b"',
           "'q'", "/usr/x", "http://h/p?a=1", "DHCP4_ACK", "<*>", ",", " ", "|", ":", "/", "word", "Jan 5 10:00:00",
           "10/Oct/2000:13:55:36 -0700", "ab12", "0x1f", "-", "\t", ";", "(", ")", "[", "]", '"', "x", "7", "@", "*"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), min_size=SMALL + 1, max_size=40))
def test_vectorised_mask_equals_the_rule_by_rule_mask(lines: list[str]) -> None:
    """The Arrow path (rare passes only where needed, tokens and collapse fused in one
    pass) gives exactly what the rules give one after another (``mask_one``)."""
    assert mask(pa.array(lines)).to_pylist() == [mask_one(x) for x in lines]


def test_state_of_the_previous_miner_keeps_its_ids_and_templates(tmp_path: Path) -> None:
    """Upgrade: a state saved by the session-2 miner (42c71b4; tests/data/patterns/state-s2,
    written by its own code from the lines in lines.json, including lines the new rules
    would group otherwise: ``brightnessIn``/``Out``, ``SCREEN_ON``/``OFF``, ``LOGIN(uid=…)``,
    ``creating``/``removing``) gives the same lines the same ids, and their templates stay."""
    import json  # noqa: PLC0415
    import shutil  # noqa: PLC0415

    state = tmp_path / "state"
    shutil.copytree(DATA / "state-s2", state)
    saved = json.loads((state / "lines.json").read_text())
    m = PatternMiner.load(state)
    rows = saved["rows"]
    ids = m.assign(pa.array([r[0] for r in rows]), pa.array([r[1] for r in rows])).to_pylist()
    assert ids == saved["ids"]
    assert {str(r["pattern_id"]): r["template"] for r in m.patterns_table().to_pylist()} == saved["templates"]


def test_ids_stable_across_save_and_load(tmp_path: Path) -> None:
    """A restarted miner gives the lines it saw the same ids and keeps counting."""
    rows = _rows("fresh", "kafka")[:600]
    m = PatternMiner.load(tmp_path)
    first = m.assign(*_arrays(rows)).to_pylist()
    before = m.patterns_table()
    m.save()
    again = PatternMiner.load(tmp_path)
    assert again.patterns_table().equals(before)
    assert again.assign(*_arrays(rows)).to_pylist() == first
    counts = dict(zip(again.patterns_table()["pattern_id"].to_pylist(), again.patterns_table()["count"].to_pylist()))
    assert sum(counts.values()) == 2 * len(rows)


def test_crash_replay_gives_the_same_ids(tmp_path: Path) -> None:
    """Save, process more (unsaved), 'crash', reload, replay: same ids for the replayed lines."""
    rows = _rows("final", "postfix")
    m = PatternMiner.load(tmp_path)
    m.assign(*_arrays(rows[:500]))
    m.save()
    lost = m.assign(*_arrays(rows[500:1200])).to_pylist()
    del m  # crash: nothing after the save is durable
    replay = PatternMiner.load(tmp_path).assign(*_arrays(rows[500:1200])).to_pylist()
    assert replay == lost


def test_deterministic_under_any_batching() -> None:
    """Ids depend on the line sequence only, not on how it is cut into batches."""
    rows = _rows("unseen", "payments") + _rows("unseen", "systemd")
    random.Random(7).shuffle(rows)
    rows = rows[:1500]
    results = []
    for batch in (1, 37, 1500):
        m = PatternMiner(None)
        ids: list[int] = []
        for i in range(0, len(rows), batch):
            ids += m.assign(*_arrays(rows[i : i + batch])).to_pylist()
        results.append((ids, m.patterns_table().drop_columns(["first_seen", "last_seen"])))
    assert results[0][0] == results[1][0] == results[2][0]
    assert results[0][1].equals(results[1][1]) and results[0][1].equals(results[2][1])


def test_ids_are_content_addressed() -> None:
    """Two independent miners (say two workers) give the same first line the same id."""
    a = PatternMiner(None).assign(pa.array(["api"]), pa.array(["user alice logged in from 10.1.1.1"]))
    b = PatternMiner(None).assign(pa.array(["api"]), pa.array(["user alice logged in from 10.2.2.2"]))
    assert a.to_pylist() == b.to_pylist() and a[0].as_py() > 0


def test_services_are_separate() -> None:
    """The same text in two services is two patterns; null service is its own."""
    m = PatternMiner(None)
    ids = m.assign(pa.array(["a", "b", "a", None]), pa.array(["Connection closed"] * 4)).to_pylist()
    assert ids[0] == ids[2] and len({ids[0], ids[1], ids[3]}) == 3
    t = m.patterns_table()
    assert sorted(t["service"].to_pylist()) == ["", "a", "b"]
    assert set(t["template"].to_pylist()) == {"Connection closed"}


def test_patterns_table_columns_and_counters() -> None:
    """count sums the lines; first/last seen come from ts; example is a real line."""
    m = PatternMiner(None)
    ts = pa.array([3_000_000, 1_000_000, 2_000_000], pa.timestamp("us", tz="UTC"))
    ids = m.assign(pa.array(["s"] * 3), pa.array(["took 5 items", "took 7 items", "took 9 items"]), ts=ts)
    assert len(set(ids.to_pylist())) == 1
    t = m.patterns_table()
    assert t.schema == PATTERNS_SCHEMA
    row = t.to_pylist()[0]
    assert (row["template"], row["count"], row["example"]) == ("took <*> items", 3, "took 5 items")
    assert row["first_seen"].timestamp() == 1 and row["last_seen"].timestamp() == 3
    m.assign(pa.array(["s"]), pa.array(["took 1 items"]), ts=pa.array([500_000], pa.timestamp("us", tz="UTC")))
    assert m.patterns_table()["first_seen"][0].as_py().timestamp() == 0.5


def test_empty_null_and_huge_input_is_bounded() -> None:
    """Empty batches, empty/null messages, a 1 MB line and a 50k-token line stay cheap and bounded."""
    m = PatternMiner(None)
    assert m.assign(pa.array([], pa.string()), pa.array([], pa.string())).to_pylist() == []
    ids = m.assign(pa.array(["s"] * 3), pa.array(["", None, "   "])).to_pylist()
    assert len(set(ids)) == 1
    huge = "x" * 1_000_000
    many = " ".join(f"w{i % 7}x" if i % 2 else "word" for i in range(50_000))
    t0 = time.process_time()
    m.assign(pa.array(["s", "s"]), pa.array([huge, many]))
    assert time.process_time() - t0 < 2.0
    for tpl, ex in zip(m.patterns_table()["template"].to_pylist(), m.patterns_table()["example"].to_pylist()):
        assert len(tpl) <= MAX_CHARS and len(tpl.split()) <= MAX_TOKENS and len(ex) <= miner_mod.MAX_EXAMPLE


def test_length_mismatch_is_an_error() -> None:
    with pytest.raises(ValueError, match="lengths differ"):
        PatternMiner(None).assign(pa.array(["a"]), pa.array(["x", "y"]))


def test_pattern_count_per_service_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unstructured noise cannot grow the table without bound: past the cap, one catch-all."""
    monkeypatch.setattr(miner_mod, "MAX_CLUSTERS_PER_SERVICE", 40)
    r = random.Random(1)
    words = ["".join(r.choice("abcdefghij") for _ in range(6)) for _ in range(400)]
    lines = [" ".join(r.choice(words) for _ in range(r.randint(2, 6))) for _ in range(3000)]
    m = PatternMiner(None)
    ids = m.assign(pa.array(["noise"] * len(lines)), pa.array(lines)).to_pylist()
    assert len(m) == 41 and len(set(ids)) == 41
    assert "<*>" in m.patterns_table()["template"].to_pylist()


def test_total_patterns_are_capped_across_services(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Many services cannot grow the table without bound either: past the total cap, one overflow
    pattern; a restart keeps using it, and the shape cache stays within its character bound."""
    monkeypatch.setattr(miner_mod, "MAX_CLUSTERS", 30)
    monkeypatch.setattr(miner_mod, "MAX_SHAPE_CHARS", 2_000)
    m = PatternMiner.load(tmp_path)
    services = pa.array([f"svc{i}" for i in range(200)])
    ids = m.assign(services, pa.array([f"event {chr(97 + i % 26)}{i} happened" for i in range(200)]))
    assert len(m) == 31 and len(set(ids.to_pylist())) == 31
    assert sum(len(k) for k in m._shapes) <= 2_000
    m.save()
    again = PatternMiner.load(tmp_path)
    more = again.assign(pa.array(["late"]), pa.array(["something new entirely"]))
    assert len(again) == 31 and more[0].as_py() == ids[-1].as_py()


def test_shape_journal_survives_a_torn_save_and_compacts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Journal bytes past the snapshot's length (a save cut short) are ignored; a long journal
    is rewritten as a new generation and the old one removed."""
    rows = _rows("fresh", "dnsmasq")
    m = PatternMiner.load(tmp_path)
    m.assign(*_arrays(rows[:300]))
    m.save()
    expect = PatternMiner.load(tmp_path).assign(*_arrays(rows[:300])).to_pylist()
    (journal,) = tmp_path.glob("shapes-*.journal")
    with open(journal, "ab") as f:
        f.write(msgpack.packb(["svc\x1fnever", 1]) + b"\x92\xa3")  # torn append after the snapshot
    back = PatternMiner.load(tmp_path)
    assert "svc\x1fnever" not in back._shapes and back.assign(*_arrays(rows[:300])).to_pylist() == expect
    monkeypatch.setattr(miner_mod, "MAX_SHAPES", 4)
    for i in range(300, 1500, 100):
        m.assign(*_arrays(rows[i : i + 100]))
        m.save()
    (now,) = tmp_path.glob("shapes-*.journal")
    assert now != journal
    assert PatternMiner.load(tmp_path).patterns_table().equals(m.patterns_table())


def test_version_1_state_is_migrated(tmp_path: Path) -> None:
    """The first state format (one file, shapes inside) loads, keeps its ids, and is rewritten."""
    rows = _rows("fresh", "kafka")[:200]
    m = PatternMiner(None)
    m.rules = 1  # version-1 states were written by the session-1 code, with masking rules 1
    ids = m.assign(*_arrays(rows)).to_pylist()
    from dataclasses import asdict  # noqa: PLC0415

    old = {"version": 1, "clusters": [asdict(c) for c in m._c.clusters.values()], "shapes": list(m._shapes.items())}
    (tmp_path / patterns_state.SNAPSHOT).write_bytes(msgpack.packb(old, use_bin_type=True))
    back = PatternMiner.load(tmp_path)
    assert back.assign(*_arrays(rows)).to_pylist() == ids
    back.save()
    again = PatternMiner.load(tmp_path)
    assert len(again._shapes) == len(m._shapes) and again.assign(*_arrays(rows)).to_pylist() == ids


def test_unknown_state_version_is_refused(tmp_path: Path) -> None:
    (tmp_path / patterns_state.SNAPSHOT).write_bytes(msgpack.packb({"version": 99}))
    with pytest.raises(StateError, match="version"):
        PatternMiner.load(tmp_path)
