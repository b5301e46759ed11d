"""Session-8 rules of the pattern miner (issue #6), S8-tails: a free text a statement prints with
one ``%s`` at its end (a reason, an error's text), after a context its own words give.

* ``value_contexts``: a context ending in a value just before its ``:`` (``Closing c2s session
  for %s: %s`` with a JID, ``user@host`` or ``user@host/resource``) is one context whatever form
  the mask gives the value (``<*>:``, ``<*>/mobile:``): the free texts after it join one
  template, so the statement is not split by which resource name came first.  Two values before
  the ``:`` (``<*>-><*>:``, a pair of addresses) are another field and stay another context.

With a rule the lines group as the program's statements do; with its switch off they split,
so each test can fail.  Measured effects: docs/patterns.md, "Session 8"."""

from __future__ import annotations

from pathlib import Path

from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, partition
from patternkit import ids as _ids

USERS = ["alice@example.com", "bob@jabber.example.net", "carol@im.shop.example", "dave@example.org"]
RESOURCES = ["", "/mobile", "/pidgin", "/Psi+", "/converse.js-84213611", "/profanity"]
REASONS = ["Idle connection", "Stream reset by peer", "Connection timed out",
           "Stream closed by local host: XML stanza is too big (policy-violation)",
           "Stream closed by peer: connection-timeout", "Replaced by new connection", "Connection closed"]


def xmpp() -> tuple[list[str], list[int]]:
    """An XMPP server's session log (``"Closing c2s session for ~ts: ~ts"`` with the JID and the
    reason's text), JIDs with and without a resource, reasons of 2 to 11 words, some holding a
    ``label:`` of their own; and a second statement of the same module, an accepted login."""
    lines, truth = [], []
    head = "2026-11-18 11:26:{:02d}.095018+00:00 [info] <0.{}.0>@ejabberd_c2s:process_terminated/2:327 (tls|<0.{}.0>) "
    for i in range(42):
        jid = USERS[i % len(USERS)] + RESOURCES[(i * 5) % len(RESOURCES)]
        reason = REASONS[(i // 6 + i) % len(REASONS)]
        lines.append(head.format(i, 9000 + 7 * i, 800 + i) + f"Closing c2s session for {jid}: {reason}")
        truth.append(0)
        if i % 2 == 0:
            lines.append(head.format(i, 5000 + i, 300 + i).replace("process_terminated/2:327", "process_auth_result/3:304")
                         + f"Accepted c2s PLAIN authentication for {USERS[i % len(USERS)]} by sql backend from 10.0.{i}.7")
            truth.append(1)
    return lines, truth


def test_a_context_ending_in_a_value_takes_any_reason() -> None:
    lines, truth = xmpp()
    assert_the_rule_decides(lines, truth, value_contexts=False)


def test_a_pair_of_addresses_before_the_colon_is_another_context() -> None:
    """A DNS forwarder's errors (``dial udp %s: %s`` / ``read udp %s->%s: %s``): the pair of
    addresses is another value, so the two statements stay apart."""
    lines, truth = [], []
    for i in range(30):
        q = f"[ERROR] plugin/errors: 2 api-{i:02d}.prod.internal. A: "
        lines.append(q + f"read udp 10.1.{i}.4:{5000 + i}->10.9.0.{i}:53: i/o timeout")
        truth.append(0)
        lines.append(q + f"dial udp 10.9.0.{i}:53: connect: network is unreachable")
        truth.append(1)
    assert partition(_ids(lines)) == partition(truth)


def test_a_saved_state_keeps_its_ids_under_the_value_context_rule(tmp_path: Path) -> None:
    lines, _ = xmpp()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"value_contexts": False})


HOSTS = ["web01", "db-primary", "nas", "fw-edge", "mail01", "esxi-02"]
SERVICES = ["HTTP", "Swap Usage", "Disk Space", "SSH", "Current Load", "PING"]
OUTPUTS = ["HTTP OK: HTTP/1.1 200 OK - {} bytes in 0.{} second response time",
           "SWAP OK - {}% free ({} MB out of 2047 MB)",
           "PROCS WARNING: {} processes",
           "DISK CRITICAL - free space: / {} MB ({}% inode=58%):",
           "SSH OK - OpenSSH_9.6p1 Ubuntu-3ubuntu13.5 (protocol 2.0)",
           "CHECK_NRPE: Socket timeout after {} seconds.",
           "PING OK - Packet loss = {}%, RTA = {}.26 ms"]
STATES = ["OK", "WARNING", "CRITICAL", "UNKNOWN"]


def nagios() -> tuple[list[str], list[int]]:
    """Nagios's main log (``[<epoch>] SERVICE ALERT: host;service;state;type;attempt;output`` and its
    siblings): the check plugin's output, the last field, is any text; an external command is
    logged as its raw ``NAME;args`` text; an acknowledgement notification carries two fields more
    (author, comment): another statement."""
    lines, truth = [], []
    for i in range(48):
        h, svc, st = HOSTS[i % 6], SERVICES[(i * 5) % 6], STATES[i % 4]
        out = OUTPUTS[(i // 2 + i) % len(OUTPUTS)].format(300 + 7 * i, i + 1)
        lines.append(f"[{1764034117 + 61 * i}] SERVICE ALERT: {h};{svc};{st};{'SOFT' if i % 3 else 'HARD'};{i % 4 + 1};{out}")
        truth.append(0)
        if i % 2 == 0:
            cmd = ["SCHEDULE_FORCED_SVC_CHECK;{};{};{}".format(h, svc, 1764039862 + i), f"DISABLE_SVC_NOTIFICATIONS;{h};{svc}",
                   f"ACKNOWLEDGE_HOST_PROBLEM;{h};1;1;0;nagiosadmin;on it"][i // 2 % 3]
            lines.append(f"[{1764034118 + 61 * i}] EXTERNAL COMMAND: {cmd}")
            truth.append(1)
        if i % 3 == 0:
            lines.append(f"[{1764034119 + 61 * i}] HOST NOTIFICATION: oncall;{h};DOWN;notify-host-by-email;{out}")
            truth.append(2)
        if i % 4 == 0:
            lines.append(f"[{1764034120 + 61 * i}] HOST NOTIFICATION: oncall;{h};ACKNOWLEDGEMENT (DOWN);"
                         f"notify-host-by-email;PING CRITICAL - Packet loss = 100%;kate;vendor contacted")
            truth.append(3)
    return lines, truth


def test_a_nagios_record_after_its_event_type_is_one_value() -> None:
    lines, truth = nagios()
    assert_the_rule_decides(lines, truth, record_tails=False)


def test_a_saved_state_keeps_its_ids_under_the_record_rule(tmp_path: Path) -> None:
    lines, _ = nagios()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"record_tails": False})
