"""Session 13, S13-merges: joins of two statements that the format text tells apart, most made before any
word held the lines the evidence rule asks for (the first lines of two statements come early in a stream).

Each guard reads a class of format strings, never one program's text: a message's name beside a record's
name printed with its fields, a clause of two words after a sentence or a field, a verdict appended after
a line's last value, a determiner heading a message, two records of fields with no key in common.  Each
test states the class with a program's lines that show it, and fails with its switch off."""

from __future__ import annotations

from pathlib import Path

from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, ids, partition

# BIRD's BGP protocol trace: ``<time> <TRACE> <protocol>: Got|Sending <message>``
_BIRD = [("Got END-OF-RIB", 0), ("Got OPEN(as={a},hold=180,id=10.0.{i}.1)", 1), ("Got END-OF-RIB", 0),
         ("Got OPEN(as={a},hold=90,id=10.0.{i}.2)", 1), ("Got END-OF-RIB", 0), ("Got OPEN(as={a},hold=180,id=10.0.{i}.3)", 1)]
BIRD = [f"2026-11-12 06:4{i}:36.{176 + i} <TRACE> {p}: {m.format(a=64500 + i, i=i)}"
        for i, ((m, _), p) in enumerate(zip(_BIRD, ["transit_v6", "bgp_ix_v4", "upstream1", "peer_as65010", "upstream2", "bgp2"]))]


def test_a_message_name_and_a_record_with_fields_are_two_statements() -> None:
    """``Got END-OF-RIB`` / ``Got OPEN(as=<*>,hold=<*>,id=<*>)``: two messages' names, one printed with
    its fields; ``Got <*>`` would take every message the protocol traces."""
    assert_the_rule_decides(BIRD, [k for _, k in _BIRD], valued_words=False)


def test_one_record_with_other_fields_still_joins() -> None:
    """``OPEN(as=…)`` / ``OPEN(as=…)``: one record's name, its values differ."""
    lines = [f"2026-11-12 06:4{i}:36.1 <TRACE> bgp{i}: Got OPEN(as={64500 + i},hold={90 * (i % 2 + 1)},id=10.0.{i}.1)"
             for i in range(4)]
    assert len(set(ids(lines))) == 1


def test_a_saved_state_keeps_its_ids_for_valued_words(tmp_path: Path) -> None:
    first = assert_a_saved_state_keeps_its_ids(tmp_path, BIRD, {"valued_words": False})
    assert len(set(first)) == 1
    assert partition(ids(BIRD)) == partition([k for _, k in _BIRD])


# Net-SNMP's agent: ``Connection from %s`` and, for a refused one, ``Connection from %s REFUSED``;
# ``NET-SNMP version %s`` at start and ``NET-SNMP version %s restarted`` after a SIGHUP
_SNMPD = [("Connection from UDP: [10.20.{i}.7]:5{i}161->[10.20.0.1]:161", 0),
          ("Connection from UDP: [10.20.{i}.9]:4{i}022->[10.20.0.1]:161 REFUSED", 1),
          ("NET-SNMP version 5.9.{i}", 2), ("NET-SNMP version 5.9.{i} restarted", 3),
          ("Connection from UDP: [10.20.{i}.3]:3{i}555->[10.20.0.1]:161", 0),
          ("Connection from UDP: [172.16.{i}.4]:6{i}001->[10.20.0.1]:161 REFUSED", 1),
          ("NET-SNMP version 5.9.{i} restarted", 3), ("NET-SNMP version 5.9.{i}", 2)]
SNMPD = [f"Nov 13 10:0{i}:02 nas snmpd[{2210 + i}]: {m.format(i=i)}" for i, (m, _) in enumerate(_SNMPD)]


def test_a_verdict_after_the_last_value_is_another_statement() -> None:
    """``Connection from <*>`` / ``Connection from <*> REFUSED``, ``version <*>`` / ``version <*> restarted``:
    an upper-case word or a verb's form after the line's last value is the format's verdict on it, not
    a word of the value."""
    assert_the_rule_decides(SNMPD, [k for _, k in _SNMPD], trailing_verdicts=False)


def test_a_value_of_several_words_still_grows() -> None:
    """``Started by user <*>`` / ``… Alice Smith``: a name's second word is more of the value."""
    lines = [f"2026-11-0{i} 10:00:00 INFO Started by user {u}" for i, u in enumerate(["alice", "Alice Smith", "bob", "Bob Jones"])]
    assert len(set(ids(lines))) == 1


def test_a_saved_state_keeps_its_ids_for_trailing_verdicts(tmp_path: Path) -> None:
    first = assert_a_saved_state_keeps_its_ids(tmp_path, SNMPD, {"trailing_verdicts": False})
    assert len(set(first)) == 2
    assert partition(ids(SNMPD)) == partition([k for _, k in _SNMPD])


# Z-Wave JS UI's driver log: ``<time> INFO Z-WAVE: [Node <id>] <message>``
_ZWAVE = [("Is asleep", 0), ("Interview started", 1), ("Is asleep", 0), ("Interview started", 1),
          ("Is asleep", 0), ("Interview started", 1)]
ZWAVE = [f"2026-11-05 02:5{i}:30.78{i}4 INFO Z-WAVE: [Node 0{31 + 3 * i}] {m}" for i, (m, _) in enumerate(_ZWAVE)]


def test_two_words_that_make_the_clause_after_a_field_are_two_predicates() -> None:
    """``[Node <*>] Is asleep`` / ``[Node <*>] Interview started``: the whole message after the node's field
    differs in two words of text; a ``%s`` printing words follows a word of the format."""
    assert_the_rule_decides(ZWAVE, [k for _, k in _ZWAVE], words_apart=False)


def test_a_reason_of_two_words_after_a_word_of_the_format_is_a_value() -> None:
    """``… in vrf default Down <reason>``: an operator's free text after the format's own word."""
    lines = [f"%ADJCHANGE: neighbor 10.0.{i}.1(AS6500{i}) in vrf default Down {r}"
             for i, r in enumerate(["maintenance window", "link flapping", "customer request", "moved rack"])]
    assert len(set(ids(lines))) == 1


def test_a_saved_state_keeps_its_ids_for_words_apart(tmp_path: Path) -> None:
    first = assert_a_saved_state_keeps_its_ids(tmp_path, ZWAVE, {"words_apart": False})
    assert len(set(first)) == 1
    assert partition(ids(ZWAVE)) == partition([k for _, k in _ZWAVE])


# OpenDKIM's verifier: ``<time> <host> opendkim[<pid>]: <queue id>: no signature data`` / ``bad signature data``
_OPENDKIM = [("no", 0), ("bad", 1), ("no", 0), ("bad", 1), ("no", 0), ("bad", 1)]
OPENDKIM = [f"Nov 1{i} 0{i}:14:22 mx1 opendkim[{812 + i}]: {q}: {w} signature data"
            for i, ((w, _), q) in enumerate(zip(_OPENDKIM, ["4F1A2B3C4D", "9C8D7E6F5A", "1B2C3D4E5F", "A1B2C3D4E5",
                                                            "F5E4D3C2B1", "0A9B8C7D6E"]))]


def test_a_determiner_heading_the_message_is_no_name() -> None:
    """``<id>: no signature data`` / ``<id>: bad signature data``: a name head may be a user or a host, but
    a determiner is the format string's own word."""
    assert_the_rule_decides(OPENDKIM, [k for _, k in _OPENDKIM], function_heads=False)


def test_a_saved_state_keeps_its_ids_for_function_heads(tmp_path: Path) -> None:
    first = assert_a_saved_state_keeps_its_ids(tmp_path, OPENDKIM, {"function_heads": False})
    assert len(set(first)) == 1
    assert partition(ids(OPENDKIM)) == partition([k for _, k in _OPENDKIM])


# PowerDNS Recursor's structured log: ``msg="Periodic statistics report" … ts=…`` then one record of counters a call
_PDNS = [('cache-entries="{a}" negcache-entries="{b}" questions="{c}" record-cache-acquired="{d}"', 0),
         ('packetcache-acquired="{a}" packetcache-contended="{b}" packetcache-hits="{c}"', 1),
         ('taskqueue-expired="{b}" taskqueue-pushed="{d}" taskqueue-size="{a}"', 2),
         ('cache-entries="{a}" negcache-entries="{b}" questions="{c}" record-cache-acquired="{d}"', 0),
         ('packetcache-acquired="{a}" packetcache-contended="{b}" packetcache-hits="{c}"', 1),
         ('taskqueue-expired="{b}" taskqueue-pushed="{d}" taskqueue-size="{a}"', 2)]
PDNS = [f'msg="Periodic statistics report" subsystem="stats" level="0" prio="Info" tid="0" ts="17640{i}3282.486" '
        + m.format(a=56243 + i, b=72 + i, c=46871267 + 7 * i, d=504438710 + 3 * i) for i, (m, _) in enumerate(_PDNS)]


def test_two_records_with_no_field_in_common_are_two_statements() -> None:
    """``… cache-entries=<*> negcache-entries=<*> …`` / ``… packetcache-acquired=<*> …``: each call prints its
    own set of fields after one message; an optional field leaves a gap on one side only."""
    assert_the_rule_decides(PDNS, [k for _, k in _PDNS], records_apart=False)


def test_a_record_that_leaves_fields_out_is_one_statement() -> None:
    """``… user=<*> path=<*>`` / ``… user=<*> path=<*> error=<*> code=<*>``: optional fields, one statement."""
    lines = [f'level=info msg="request served" user=u{i} path=/api/{i}' + (f' error=e{i} code={400 + i}' if i % 2 else "")
             for i in range(6)]
    assert len(set(ids(lines))) == 1


def test_a_saved_state_keeps_its_ids_for_records_apart(tmp_path: Path) -> None:
    first = assert_a_saved_state_keeps_its_ids(tmp_path, PDNS, {"records_apart": False})
    assert len(set(first)) == 1
    assert partition(ids(PDNS)) == partition([k for _, k in _PDNS])
