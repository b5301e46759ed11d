"""Session-9 layout rules of the pattern miner (issue #6), read from daemons' own log formats (S9-daemons).

* ``dns_values``: a DNS question's TYPE beside its CLASS and the name asked before them (RFC 1035 §4.1.2,
  unbound's ``log_nametypeclass``, BIND's query log) are values;
* ``node_red_nodes``: Node-RED's ``- [<level>] [<type>:<node name or id>]``: the node's name is one value;
* ``login_security``: Dovecot's login line: the bare ``%c`` element of ``login_log_format_elements``
  (``TLS``, ``secured``, empty for plain text) among the ``key=value`` fields is dropped;
* ``dovecot_prefixes``: Dovecot's own log file, ``<time> imap-login: Info:`` / ``<time> imap(<user>)<pid><session>:
  Info:``: up to the log type the header is one value;

(Asterisk's ``NOTICE[<lwp>]:`` after its syslog tag, first read by a rule of its own here, is read by the
syslog host's rule since: a host is never shaped as a tag; tests/pipeline/test_patterns_session9.py.)

Each stream is in tests/layoutkit.py (the standing spec, tests/pipeline/test_patterns_layouts.py); each
test asserts the statements' grouping with the rule and another grouping with its switch off.
Measured effects (one process, switch on vs off, every group): each rule's commit message."""

from __future__ import annotations

from pathlib import Path

from millpond.pipeline.patterns_formats import dns_values, dovecot_prefixes, login_security, node_red_nodes

import layoutkit
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides

W = "<*>"


def test_a_dns_question_and_answer_code_are_values() -> None:
    """unbound's ``<client> example.com. AAAA IN``: one statement whatever the name and type asked."""
    lines, truth = layoutkit.unbound()
    assert_the_rule_decides(lines, truth, dns_values=False)


def test_only_dns_mnemonics_in_their_places_are_taken() -> None:
    assert dns_values(("info:", W, "example.com.", "AAAA", "IN")) == ("info:", W, "IN")  # after the client: one value
    assert dns_values(("info:", "resolving", "example.com.", "AAAA", "IN")) == ("info:", "resolving", W, W, "IN")
    assert dns_values(("Record", "[tv.local", "IN", "A", W, ";")) == ("Record", "[" + W, "IN", W, W, ";")  # avahi
    assert dns_values(("query:", "example.com", "IN", "A", W)) == ("query:", W, "IN", W, W)
    assert dns_values(("SERVFAIL", "<example.com.", "A", "IN>:", "all")) == ("SERVFAIL", "<" + W, W, "IN>:", "all")
    assert dns_values(("query[AAAA]", "example.com", "from", W)) == ("query[AAAA]", "example.com", "from", W)  # dnsmasq's tag keys
    assert dns_values(("[INFO]", W, "NXDOMAIN", "qr,aa,rd", W)) == ("[INFO]", W, "NXDOMAIN", "qr,aa,rd", W)  # codes key
    assert dns_values(("got", "A", "reply")) == ("got", "A", "reply")  # a TYPE only beside a CLASS
    assert dns_values(("MX", "records", "in", "zone")) == ("MX", "records", "in", "zone")


def test_a_node_red_nodes_name_is_a_value() -> None:
    """``[mqtt-broker:Home Broker]``, ``[mqtt-broker:broker]`` and ``[mqtt-broker:<id>]``: one node type's
    statement, whichever node, named with spaces or not, ran it."""
    lines, truth = layoutkit.node_red()
    assert_the_rule_decides(lines, truth, node_red_nodes=False)


def test_only_the_node_after_node_reds_level_is_taken() -> None:
    assert node_red_nodes((W, "Nov", W, "-", "[info]", "[mqtt-broker:Home", "Broker]", "Connected")) == (
        W, "Nov", W, "-", "[info]", "[mqtt-broker:" + W + "]", "Connected")
    assert node_red_nodes((W, "-", "[error]", "[http", "request:Get", "weather]", "Error:")) == (
        W, "-", "[error]", "[http", "request:" + W + "]", "Error:")
    assert node_red_nodes((W, "-", "[info]", "Started", "flows")) == (W, "-", "[info]", "Started", "flows")
    assert node_red_nodes((W, "[info]", "[mqtt:broker]", "x")) == (W, "[info]", "[mqtt:broker]", "x")  # no ``-``


def test_dovecots_connection_security_element_is_optional() -> None:
    """``…, mpid=<*>, TLS, session=<*>``, ``…, secured, session=<*>`` and ``…, mpid=<*>, session=<*>``
    (plain text: ``%c`` empty, left out) are one login statement."""
    lines, truth = layoutkit.dovecot()
    assert_the_rule_decides(lines, truth, login_security=False)


def test_only_the_bare_security_element_after_a_field_is_dropped() -> None:
    head = ("Login:", "user=<*>,", "method=PLAIN,", "rip=<*>,", "lip=<*>,", "mpid=<*>,")
    assert login_security((*head, "TLS,", "session=<*>")) == (*head, "session=<*>")
    assert login_security((*head, "secured,", "session=<*>")) == (*head, "session=<*>")
    assert login_security((*head, "TLS", "handshaking,", "session=<*>")) == (*head, "session=<*>")
    assert login_security((*head, "TLS")) == (*head[:-1], "mpid=<*>")  # the last element, as older defaults end
    assert login_security(("using", "TLS,", "ok")) == ("using", "TLS,", "ok")  # no field before it


def test_dovecots_process_prefix_is_a_value() -> None:
    """``<time> imap-login: Info: Login: …`` and ``<time> pop3-login: Info: Login: …`` (the mask folds the second
    into the time), ``imap(alice)<pid><session>: Info:`` and ``imap(<*>)…``: one statement each."""
    lines, truth = layoutkit.dovecot_file()
    assert_the_rule_decides(lines, truth, dovecot_prefixes=False)


def test_only_a_prefix_before_dovecots_log_type_is_taken() -> None:
    assert dovecot_prefixes((W, "imap-login:", "Info:", "Login:")) == (W + ":", "Info:", "Login:")
    assert dovecot_prefixes((W, "imap(alice)<*>><<*>>:", "Info:", "x")) == (W + ":", "Info:", "x")
    assert dovecot_prefixes((W + "(dave)<*>><<*>>:", "Warning:", "x")) == (W + ":", "Warning:", "x")
    assert dovecot_prefixes((W, "imap-login:", "Login:", "x")) == (W, "imap-login:", "Login:", "x")  # no log type
    assert dovecot_prefixes((W, "Imap:", "Info:", "x")) == (W, "Imap:", "Info:", "x")  # a capitalised label
    assert dovecot_prefixes(("Nov", "imap-login:", "Info:", "x")) == ("Nov", "imap-login:", "Info:", "x")  # no time


def test_a_state_saved_before_the_rules_keeps_its_ids(tmp_path: Path) -> None:
    lines, _ = layoutkit.unbound()
    assert_a_saved_state_keeps_its_ids(tmp_path / "u", lines, {"dns_values": False})
    lines, _ = layoutkit.node_red()
    assert_a_saved_state_keeps_its_ids(tmp_path / "n", lines, {"node_red_nodes": False})
    lines, _ = layoutkit.dovecot()
    assert_a_saved_state_keeps_its_ids(tmp_path / "d", lines, {"login_security": False})
    lines, _ = layoutkit.dovecot_file()
    assert_a_saved_state_keeps_its_ids(tmp_path / "f", lines, {"dovecot_prefixes": False})
