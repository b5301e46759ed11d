"""Session-7 rule of the pattern miner (issue #6, S7-go): a composite value printed whole is one value.

* ``go_values``: Go's ``fmt`` prints a composite operand of ``%v``/``%+v`` as one text of as many
  words as it has items — a map ``map[k1:v1 k2:v2]``, a struct ``{web 3 false}`` or
  ``{Name:web Replicas:3}``, a pointer to a struct ``&{…}``, a slice ``[a b c]`` (after a key,
  ``groups:[admins devs]``, ``peers=[a b]``, or as an argument) — and Prometheus prints a label
  set as ``{instance="node-1", job="node"}``.  Each is one value, whatever its length; a leading
  ``[tag]``, a ``[<*>]``, a bracketed single word and JSON keep their handling.

With the rule the lines group as the program's statements do; with its switch off they group
otherwise, so each test can fail.  Measured effects: docs/patterns.md, "Session 7"."""

from __future__ import annotations

from pathlib import Path

from millpond.pipeline.patterns_cluster import Params
from millpond.pipeline.patterns_composites import go_values

from patternkit import assert_a_saved_state_keeps_its_ids, partition
from patternkit import ids as _ids

OFF = Params(go_values=False)


def _klog(i: int, text: str) -> str:
    return f"I1126 0{i % 10}:1{i % 6}:2{i % 7}.{100_000 + 7919 * i} {4242 + i % 3} reconciler.go:{88 + i % 2}] {text}"


def assert_statements(lines: list[str], truth: list[int]) -> None:
    """The rule groups ``lines`` as ``truth`` does; without it they group otherwise."""
    assert partition(_ids(lines)) == partition(truth)
    assert partition(_ids(lines, OFF)) != partition(truth)


MAPS = ["cache map[addr:{h} ttl:{n}s] loaded",
        "cache map[addr:{h} ttl:{n}s eviction:lru shards:{n}] loaded",
        "cache map[addr:{h}] loaded",
        "cache map[] loaded",
        "cache map[addr:{h} ttl:{n}s] evicted"]
STRUCTS = ["sync deployment &{{Name:{h} Replicas:{n} Paused:false}}",
           "sync deployment &{{Name:{h} Replicas:{n} Paused:true Selector:map[app:{h} tier:frontend]}}",
           "sync deployment &{{Name:{h} Replicas:{n} Paused:false Selector:map[app:{h}]}}",
           "drop deployment {{{h} {n} true}}",
           "drop deployment {{{h} {n} false [canary stable]}}"]


def test_a_go_map_or_struct_is_one_value_whatever_its_items() -> None:
    """``map[…]``, ``&{…}`` and a ``%v`` struct hold as many words as items: one statement each."""
    for family, truth in ((MAPS, [0, 0, 0, 0, 1]), (STRUCTS, [0, 0, 0, 1, 1])):
        lines = [_klog(i, family[k].format(h=h, n=3 + i)) for i in range(4)
                 for k in range(len(family)) for h in ("web", "payments-api")]
        assert_statements(lines, [truth[k] for i in range(4) for k in range(len(family)) for _ in range(2)])


SLICES = ["user {u} groups:[{g}] logged in",
          "gossip pool peers=[{g}] synced",
          "members [{g}] joined the ring",
          "members [{g}] left the ring"]
GROUPS = ["admins devs", "ops", "admins devs ops", "readers writers"]


def test_a_go_slice_after_a_key_or_as_an_argument_is_one_value() -> None:
    """``groups:[admins devs]``, ``peers=[a b]`` (the mask's key=value rule takes ``[a`` only) and
    ``members [a b c] joined``: lists of any length, and ``joined``/``left`` stay two statements."""
    lines, truth = [], []
    for i, g in enumerate(GROUPS * 2):
        for k, s in enumerate(SLICES):
            lines.append(_klog(i, s.format(u=("alice", "bob", "carol")[i % 3], g=g)))
            truth.append(k)
    assert_statements(lines, truth)


LABELS = ['{{alertname="{a}", severity="page"}}',
          '{{alertname="{a}", env="prod", instance="node-{i}:9100", job="node", severity="page", team="infra"}}',
          '{{alertname="{a}", job="node", severity="ticket"}}',
          '{{alertname="{a}", cluster="eu-west", severity="page"}}']


def test_a_prometheus_label_set_is_one_value() -> None:
    """``labels.String()``: the set's pairs vary in number between alerts of one rule."""
    lines, truth = [], []
    for i in range(3):
        for k, text in enumerate(("alert {} fired", "alert {} resolved")):
            for j, a in enumerate(("HostDown", "DiskFull", "HighLoad", "TargetMissing")):
                lines.append(f"ts=2026-11-26T01:{i}{j}:00Z level=warn " + text.format(LABELS[(i + j) % 4].format(a=a, i=i)))
                truth.append(k)
    assert_statements(lines, truth)


def test_headers_tags_json_and_single_words_keep_their_handling() -> None:
    """Only Go's and Prometheus's forms are taken: a leading ``[tag]``, a tag after a severity word
    or another bracket, a ``label:`` inside brackets, ``[…]:``, a single bracketed word, a list with
    commas, JSON; the ``[a b]`` argument in the same lines is taken."""
    w = "<*>"
    for toks in ((("[UFW", "BLOCK]", "IN=<*>"), ("[INFO]", "peers", "[a]", "joined"), ("NOTICE:", "[pool", "www]", "child"),
                  ("[pid", "<*>]", "[client", "<*>]", "denied"), ("note", "[instance:", "<*>]", "spawned"),
                  ("x", "[GroupCoordinator", "<*>]:", "Stabilized"), ("got", "[<*>]", "{TCP}"),
                  ("list", "[a,", "b]", "x"), ('{"level":"info",', '"tags":', '["a",', '"b"]}'),
                  ("emit", '{"a":', "<*>,", '"b":', "<*>}"), ("osd_op(<*>:head", "[write", "<*>]"),
                  ("retry", "[<*>", "try", "<*>", "]"), ("level=info", 'msg="[worker', '<*>]', 'started"'))):
        assert go_values(toks) == toks
    assert go_values(("[INFO]", "peers", "[a", "b]", "joined")) == ("[INFO]", "peers", w, "joined")
    assert go_values(("got", "&[a", "b]", "and", "(map[q:a=b", "n:<*>])")) == ("got", w, "and", "(<*>)")
    lines = [f"2026-11-26 01:0{i}:00 [{lv}] peers [{g}] joined" for i, g in enumerate(GROUPS) for lv in ("INFO", "WARN")]
    assert_statements(lines, [lv for _ in GROUPS for lv in (0, 1)])


def test_a_state_saved_before_the_rule_keeps_its_ids(tmp_path: Path) -> None:
    lines = [_klog(i, MAPS[k].format(h=h, n=i)) for i in range(2) for k in range(4) for h in ("web", "db")]
    assert_a_saved_state_keeps_its_ids(tmp_path / "s", lines, {"go_values": False})
