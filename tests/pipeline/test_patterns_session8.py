"""Session-8 rules of the pattern miner (issue #6), lead's part.

* ``bool_values``: a flag printed as a named field's value — ``cached=true`` / ``cached=false``
  (printf's ``%v``/``%t``), ``Clean Start: true,`` / ``false,`` (Java's ``String.valueOf``) — is
  one slot of one statement.  ``true``/``false`` stay opposite words elsewhere (``opposites``),
  so a flag's state written into prose still tells two statements apart;
* ``sentence_starts``: two capitalised words opening a message — first in the line, or after a
  shared level, ``[tag]``, separator or lowercase ``context:`` — are two statements' first words
  (``Got KEEPALIVE`` / ``Sending KEEPALIVE``), even before the evidence rule has lines to go by;
* ``functions_apart``: two functions in a C source location (``[file.c:<line>:func]``) are two calls;
* ``word_consts``: a merged template keeps a word of its own; a header's ``=>`` and level letter
  alone make no statement;
* ``http_methods``: an HTTP request method (``GET``/``POST``…, not ``CONNECT``) is a value the
  server or client prints, and no prefix key; ``request_lines``: before a request target it is
  read as a value in the shape itself, so a request line of values only has one shape;
* ``lxc_header``: LXC's ``<tool> <container> <time> <LEVEL>`` header is the caller's, one value.

With a rule the lines group as the program's statements do; with its switch off they group otherwise,
so each test can fail.  Measured effects: docs/patterns.md, "Session 8"."""

from __future__ import annotations

from pathlib import Path

from millpond.pipeline.patterns_cluster import Params

import layoutkit
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, partition
from patternkit import ids as _ids

PEERS = ["[xBaR2]", "[g2W0k]", "[Qm7Pz]", "[aa91C]"]


def contacts() -> tuple[list[str], list[int]]:
    """A Go daemon's ``new contact: peer=%v usec=%v cached=%v via=%v`` and a JVM broker's
    ``Client ID: %s, IP: %s, Clean Start: %s, Session Expiry: %s connected.``: each flag is
    first seen true for several lines (the evidence rule then keeps a plain word), then false."""
    lines, truth = [], []
    for i in range(12):
        flag = "true" if i < 6 or i % 2 else "false"
        lines.append(f"magicsock: new contact: peer={PEERS[i % 4]} usec={1000 + 37 * i} cached={flag} via=direct")
        truth.append(0)
        lines.append(f"Client ID: sensor-{i}, IP: 10.0.0.{i}, Clean Start: {flag}, Session Expiry: {i * 60} connected.")
        truth.append(1)
    lines.append("magicsock: new contact: peer=[zz01q] usec=99 cached=true via=derp")
    truth.append(0)
    return lines, truth


def test_a_flags_state_in_a_named_field_is_one_value() -> None:
    lines, truth = contacts()
    assert_the_rule_decides(lines, truth, bool_values=False)


def test_a_flag_in_prose_still_tells_statements_apart() -> None:
    """``Replication is true`` is no field: ``true``/``false`` there stay opposites."""
    lines = [f"node-{i} says replication is {'enabled' if i % 2 else 'disabled'} now" for i in range(8)]
    lines += [f"checkpoint {i} valid true" for i in range(5)] + [f"checkpoint {i} valid false" for i in range(5)]
    assert len(set(_ids(lines))) == 4


def test_a_saved_state_keeps_its_ids_under_the_flag_rule(tmp_path: Path) -> None:
    lines, _ = contacts()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"bool_values": False})


def routing() -> tuple[list[str], list[int]]:
    """A routing daemon's trace (``<time> <TRACE> <protocol>: Got KEEPALIVE`` / ``Sending
    KEEPALIVE``) and a web app's audit lines after a component tag and a level (``[MONITOR] INFO:
    Added Monitor: <id> User ID: <uid>``): each verb is its own log call; the second form of each
    arrives before the first held enough lines for the evidence rule to keep it."""
    verbs = ["Got", "Sending"]
    actions = ["Added", "Pause", "Delete", "Resume"]
    lines, truth = [], []
    for i in range(16):
        v = verbs[i % 2] if i > 1 else "Got"
        lines.append(f"2026-11-0{1 + i % 9} 0{i % 10}:12:0{i % 10}.{100 + i} <TRACE> bgp_peer_v{4 + i % 2}: {v} KEEPALIVE")
        truth.append(verbs.index(v))
        a = actions[(i // 2) % 4]
        lines.append(f"2026-11-0{1 + i % 9}T0{i % 10}:00:00+01:00 [MONITOR] INFO: {a} Monitor: {10 + i} User ID: {1 + i % 3}")
        truth.append(2 + actions.index(a))
    return lines, truth


def test_capitalised_words_opening_a_message_are_two_statements() -> None:
    lines, truth = routing()
    assert partition(_ids(lines)) == partition(truth)
    assert len(set(_ids(lines, Params(sentence_starts=False)))) < len(set(truth))


def test_a_capitalised_value_after_a_label_is_still_a_value() -> None:
    """``Reason: App failed to load.`` / ``Reason: Worker failed to boot.``: a ``Label:`` names a
    value, whatever its case, so the texts after it stay one statement."""
    reasons = ["App failed to load.", "Worker failed to boot."]
    lines = [f"[2026-11-01 13:0{i}:48 +0000] [{3000 + i}] [INFO] Reason: {reasons[i % 2]}" for i in range(9)]
    assert len(set(_ids(lines))) == 1


def test_two_functions_in_a_c_source_location_are_two_statements() -> None:
    """GlusterFS's ``[<file>:<line>:<function>]``: ``__func__`` names the caller, so
    ``Received status volume req for volume <v>`` (``__glusterd_handle_status_volume``) and
    ``Received heal vol req for volume <v>`` (``__glusterd_handle_cli_heal_volume``) are two calls
    though their words differ in two places only (``functions_apart``)."""
    lines, truth = [], []
    for i, (line, t) in enumerate(zip(*layoutkit.glusterfs())):
        lines.append(line)
        truth.append(t)
        if t == 0:  # each heal request right after a status request, from the stream's start
            lines.append(f"[2026-11-26 01:03:0{i % 10}.54321{i % 10} +0000] I [MSGID: 106533] [glusterd-volume-ops.c:711:"
                         f"__glusterd_handle_cli_heal_volume] 0-management: Received heal vol req for volume "
                         f"{('home', 'vmstore', 'backups')[i % 3]}")
            truth.append(6)
    assert_the_rule_decides(lines, truth, functions_apart=False)


def voice_server() -> tuple[list[str], list[int]]:
    """A voice server's ``<W><time> <server> => <<session>:<user>(<uid>)> <message>``: the header
    is values and a ``=>``; some statements are one word (``Authenticated``, ``Timeout``)."""
    users = ["<151:wen(-1)>", "<554:MeiMei(-1)>", "<406:lars.h(209)>", "<12:ops(3)>"]
    words = ["Authenticated", "Authenticated", "Timeout", "Starting voice thread", "Authenticated", "Timeout"]
    lines, truth = [], []
    for i in range(18):
        w = words[i % len(words)]
        lines.append(f"<W>2026-11-{10 + i % 9} 1{i % 10}:42:21.{100 + i} {1 + i % 2} => {users[i % 4]} {w}")
        truth.append(("Authenticated", "Timeout", "Starting voice thread").index(w))
    return lines, truth


def test_a_template_keeps_a_word_of_its_message() -> None:
    """Merging ``Authenticated`` with ``Timeout`` left ``<W><*> => <*> <*>``: only the header's
    ``=>`` and level letter as constants, a template that then took every statement
    (``word_consts``: a merged template must keep a word of two letters or digits)."""
    lines, truth = voice_server()
    assert_the_rule_decides(lines, truth, word_consts=False, wordless_merges=False)  # (session 12 refuses it too)


def test_scaffolding_still_counts_beside_a_word() -> None:
    """``sdb: directio state = up`` / ``= pending``: ``=`` still counts toward a template's
    constants when a word stays (``state``), so a short statement's values still generalise."""
    lines = [f"sd{'abc'[i % 3]}: directio state = {('up', 'pending', 'down')[i % 3]}" for i in range(9)]
    assert len(set(_ids(lines))) == 1


def requests() -> tuple[list[str], list[int]]:
    """Rails' ``Started <method> "<path>" for <ip> at <time>`` and an ACME client's ``Sending
    <method> request to <url>``: each prints the method it served or used; GET comes first, many
    times, and in the second the method is the first word the prefix tree would key on."""
    methods = ["GET"] * 5 + ["POST", "PUT", "GET", "DELETE", "HEAD", "GET", "POST"]
    lines, truth = [], []
    for i, m in enumerate(methods):
        lines.append(f"I, [2026-11-2{i % 9}T09:10:{10 + i}.043802 #{300 + i}]  INFO -- : [{i:04x}-req] "
                     f'Started {m} "/media/img{i}/logo.png" for 10.0.{i}.7 at 2026-11-2{i % 9} 09:10:{10 + i} +0000')
        truth.append(0)
        lines.append(f"2026-11-2{i % 9} 09:10:{10 + i},123:DEBUG:acme.client:Sending {m} request to "
                     f"https://acme-v02.api.letsencrypt.org/acme/order/{1000 + i}")
        truth.append(1)
    return lines, truth


def test_an_http_method_is_a_value() -> None:
    lines, truth = requests()
    assert_the_rule_decides(lines, truth, http_methods=False)


def test_a_request_line_of_values_is_one_statement() -> None:
    """A web framework logging its mounted routes, ``[<time>][routes][INFO] <METHOD> <path>``:
    the line holds no word of its own, so similarity may not merge it (a template must keep
    constants); with the method read as a value (``request_lines``) every route's line has
    one shape, and equal shapes join."""
    routes = ["GET    /api/ciphers", "POST   /api/devices/identifier/<device_id>/token", "PUT    /api/ciphers/<id>",
              "DELETE /api/ciphers/<id>", "POST   /api/sync?<data..>", "GET    /alive"]
    lines = [f"[2026-11-0{1 + i % 9} 09:51:1{i % 10}.538][routes][INFO] {routes[i % len(routes)]}" for i in range(12)]
    assert len(set(_ids(lines))) == 1
    assert len(set(_ids(lines, Params(request_lines=False)))) > 1


def test_a_saved_state_keeps_its_ids_under_the_request_rules(tmp_path: Path) -> None:
    lines, _ = requests()
    assert_a_saved_state_keeps_its_ids(tmp_path / "m", lines, {"http_methods": False})
    routes = ["GET /api/ciphers", "POST /api/sync?<data..>", "DELETE /api/ciphers/<id>"]
    lines = [f"[2026-11-0{1 + i % 9} 09:51:1{i % 10}.538][routes][INFO] {routes[i % 3]}" for i in range(9)]
    assert_a_saved_state_keeps_its_ids(tmp_path / "r", lines, {"request_lines": False})


def test_lxcs_tool_and_container_are_the_callers(tmp_path: Path) -> None:
    """``lxc-start web …`` / ``lxc-execute u2404 …``: without the rule each tool and each container
    named without a digit keys its own template (the ninth held-out set's lxc scored 0.000)."""
    lines, truth = layoutkit.lxc()
    assert_the_rule_decides(lines, truth, lxc_header=False)
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"lxc_header": False})
