"""Session-3 clustering rules of the pattern miner, one small stream each: the rule
groups the lines as the public LogHub-2k labels do, and switching it off (or, for
vocabulary, the line without the rule's trigger) groups them otherwise, so each
test can fail.  Measured effect of every rule: docs/patterns.md."""

from __future__ import annotations

import pyarrow as pa
import pytest

from millpond.pipeline.patterns import PatternMiner
from millpond.pipeline.patterns_cluster import Params


def _ids(lines: list[str], params: Params | None = None, batch: int = 1000) -> list[int]:
    m = PatternMiner(None, params)
    out: list[int] = []
    for i in range(0, len(lines), batch):
        chunk = lines[i : i + batch]
        out += m.assign(pa.array(["svc"] * len(chunk)), pa.array(chunk)).to_pylist()
    return out


def _groups(lines: list[str], params: Params | None = None) -> int:
    return len(set(_ids(lines, params)))


def test_in_and_out_are_opposites_but_not_inside_csv_records() -> None:
    """``brightnessIn``/``brightnessOut`` are two statements; in a CSV record (pfSense
    filterlog) the direction ``in``/``out`` is a field value."""
    words = [f"HBM brightness{d} ={v}" for v in range(3) for d in ("In", "Out")]
    assert _groups(words) == 2
    assert _groups(words, Params(opposites=False)) == 1
    wow = [f"ARPT: {i}.5: AirPort_Brcm43xx::platformWoWEnable: WWEN[{x}]" for i, x in enumerate(("disable", "enable"))]
    assert _groups(wow) == 2  # enable/disable: not a negating prefix, in the vocabulary
    csv = [f"{r},,,{r * 7},igb0,match,pass,{d},4,0x0,,64,{r},0,none,6,tcp,60" for r in range(6) for d in ("in", "out")]
    assert _groups(csv) == 1


def test_free_text_tails_keep_opposites_and_evidence_apart() -> None:
    """A ``context: tail`` joins other tails (``connection refused`` / ``i/o timeout`` are one
    statement's error), but not opposite tails, nor a tail that already held 4 lines."""
    errs = ["dial tcp 10.0.0.1:5432: connection refused", "dial tcp 10.0.0.2:5432: i/o timeout"]
    assert _groups(errs) == 1
    screens = [f"onReceive action: android.intent.action.SCREEN_{x}" for x in ("ON", "OFF")]
    assert _groups(screens, Params(printed_states=False)) == 2
    assert _groups(screens, Params(printed_states=False, opposites=False)) == 1
    assert _groups(screens) == 1  # session 13: ending the line after ``action:``, it is that label's value
    wake = [f"ARPT: {i}.5: ARPT: Wake Reason: Wake on Scan offload" for i in range(4)]
    wake += ["ARPT: 9.5: ARPT: Wake Reason: Wake on TCP Timeout"]
    assert _groups(wake) == 2
    assert _groups(wake, Params(tail_evidence=1_000_000)) == 1


def test_masked_values_under_other_keys_stay_apart() -> None:
    """``(uid=<*>)`` / ``LOGIN(uid=<*>)`` and ``size=<*>`` / ``count=<*>`` name other fields;
    names with a masked part (``orders/<*>`` / ``carts/<*>``) are one kind."""
    login = [f"session opened for user {u} by (uid={i})" for i, u in enumerate(("cyrus", "news", "root"))]
    login += ["session opened for user root by LOGIN(uid=0)"]
    assert _groups(login) == 2
    assert _groups(login, Params(residue_apart=False)) == 1
    keys = ["flushed cache region a size=12 in 5 ms", "flushed cache region a count=12 in 5 ms"]
    assert _groups(keys) == 2
    assert _groups(keys, Params(residue_apart=False)) == 1
    names = ["backend orders/ip-10-0-1-2 is UP after 3 checks", "backend carts/ip-10-0-1-9 is UP after 3 checks"]
    assert _groups(names) == 1


def test_a_word_one_place_over_means_another_statement() -> None:
    """Same length, but ``session`` moved one place: ``renew session <*>`` is not
    ``establish new session``, though a ``<*>`` would absorb the shifted word."""
    lines = ["Client attempting to renew session 0x1f at /10.0.0.1:2181",
             "Client attempting to establish new session at /10.0.0.2:2181"]
    assert _groups(lines) == 2
    assert _groups(lines, Params(shifts=False)) == 1


def test_a_name_head_is_never_an_opposite_word() -> None:
    """A lowercase head may be a user or host (``alice : TTY=…``), but ``creating`` /
    ``removing`` name two statements."""
    nodes = ["creating device node '/udev/vcs1'", "removing device node '/udev/vcs2'"]
    assert _groups(nodes) == 2
    assert _groups(nodes, Params(opposites=False, participle_heads=False)) == 1  # (session 12 parts two participles too)
    users = ["alice : TTY=pts/0 ; PWD=/home ; COMMAND=/bin/ls", "bob : TTY=pts/1 ; PWD=/home ; COMMAND=/bin/ls"]
    assert _groups(users) == 1


@pytest.mark.parametrize("batch", [1, 3, 1000])
def test_new_rules_do_not_depend_on_batching(batch: int) -> None:
    """Every rule reads only the clusters so far and counts before the shape's first line."""
    lines = [f"ARPT: {i}.5: ARPT: Wake Reason: Wake on Scan offload" for i in range(5)]
    lines += ["ARPT: 9.5: ARPT: Wake Reason: Wake on TCP Timeout", "HBM brightnessIn =3", "HBM brightnessOut =4"]
    assert _ids(lines, batch=batch) == _ids(lines, batch=len(lines))


def test_evidence_holds_for_name_heads_too() -> None:
    """A head that already held 4 lines is the statement's own word (``cupsd startup
    succeeded`` ×4, then ``syslogd startup succeeded``), as at any other position; heads
    that alternate early still generalise (users in sudo lines)."""
    daemons = ["cupsd startup succeeded"] * 4 + ["syslogd startup succeeded"]
    assert _groups(daemons) == 2
    assert _groups(daemons, Params(head_evidence=1_000_000)) == 1
    users = [f"{u} : TTY=pts/{i} ; PWD=/home ; COMMAND=/bin/ls" for i, u in enumerate(("alice", "bob", "alice", "carol"))]
    assert _groups(users) == 1


def test_two_severity_words_are_two_statements() -> None:
    """A statement logs at one level: ``info:`` / ``notice:`` in the same place keep
    lines apart even where a lowercase head could be a name."""
    lines = ["[17] unbound[5:0] info: init module 1: iterator", "[18] unbound[6:0] notice: init module 1: iterator"]
    assert _groups(lines) == 2
    assert _groups(lines, Params(opposites=False)) == 1


def test_a_word_next_to_a_variable_lengthens_it() -> None:
    """``job-2 #5`` masks to one ``<*>``, ``deploy-prod #5472`` to a word and a ``<*>``: one
    inserted word right before a template's ``<*>`` belongs to that variable."""
    lines = ["Run#execute: job-2 #5 main build action completed: SUCCESS",
             "Run#execute: deploy-prod #5472 main build action completed: SUCCESS"]
    assert _groups(lines) == 1
    assert _groups(lines, Params(wild_grows=False)) == 2


def test_a_component_prefix_is_not_a_context_for_free_text() -> None:
    """``<ts> [INFO] core: <sentence>``: two constants before the colon name a component,
    and each sentence is a statement; a context that names an object (``device <*>
    disconnected: <error>``) or has three constants still owns a free-text tail."""
    core = ["2026-11-01T17:40:16Z [INFO]  core: vault is unsealed",
            "2026-11-08T09:36:41Z [INFO]  core: acquired lock, enabling active operation"]
    assert _groups(core) == 2
    assert _groups(core, Params(tail_context=2, tail_headers=False)) == 1
    device = ["device gw-5 disconnected: EOF", "device sensor-147 disconnected: no route to host"]
    assert _groups(device) == 1


def test_evidence_holds_for_a_key_whose_word_value_meets_a_masked_value() -> None:
    """``tty=NODEVssh`` held 4 lines: ``tty=:0`` (masked to ``tty=<*>``) is another statement,
    as a second plain word would be; a hex value without a digit (``mask=ffffffff``) is
    data and still generalises."""
    tty = [f"authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=10.0.0.{i}" for i in range(4)]
    tty += ["authentication failure; logname= uid=0 euid=0 tty=:0 ruser= rhost=10.0.0.9"]
    assert _groups(tty) == 2
    hexes = [f"setSystemUiVisibility vis={i} mask=ffffffff oldVal={i}" for i in range(4)] + ["setSystemUiVisibility vis=0 mask=1 oldVal=5"]
    assert _groups(hexes) == 1
