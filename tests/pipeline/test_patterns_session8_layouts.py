"""Session-8 layout rules of the pattern miner (issue #6): header forms of documented layouts.

* ``path_tags``: RFC 3164's TAG as rsyslog writes a program's ``openlog`` ident, its path
  (``<time> <host> /usr/sbin/kamailio[<pid>]: …``): the host is a value with or without a digit;
* ``digit_tags``: the same header with a TAG whose name holds a digit (``python3[<pid>]:``), which
  the mask takes;
* ``rfc5424_header``: RFC 5424's ``<PRI>1 <time> HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA``:
  the host is a value;
* ``source_locations``: GlusterFS's ``gf_msg`` header ends with the domain after the
  ``[file:line:function]`` source location: that ``<n>-<domain>:`` is no ``label:`` context whose
  free text the tail rules would join across functions;
* ``rclone_objects``: rclone's ``<time> %-6s: <object>: <message>``: the object, a relative path
  maybe holding spaces, is one value;
* ``twisted_system``: Twisted's ``<time> [<system>] <message>``: the system (``-``,
  ``Uninitialized``, ``<Protocol>,client``) is a value, as the mask takes one holding a digit;
* ``cisco_header``: Cisco IOS's ``<seq no>: <origin-id>: <*|.><timestamp>:`` before the
  ``%FACILITY-SEVERITY-MNEMONIC:`` is one value.

Each stream is in tests/layoutkit.py (the standing spec, tests/pipeline/test_patterns_layouts.py);
each test asserts the statements' grouping with the rule and a split with its switch off.
Measured effects: docs/patterns.md, "Session 8 (layouts)"."""

from __future__ import annotations

from pathlib import Path

from millpond.pipeline.patterns_formats import cisco_header, digit_tag, path_tag, rclone_objects, rfc5424_header, source_locations, twisted_system
from millpond.pipeline.patterns_params import Params

import layoutkit
from patternkit import assert_a_saved_state_keeps_its_ids, ids, partition

W = "<*>"


def test_a_host_before_a_program_path_tag_is_a_value() -> None:
    """``pbx-proxy /usr/sbin/kamailio[<pid>]:`` and ``sip01 /usr/sbin/kamailio[<pid>]:`` are one header:
    the mask folds ``sip01`` with the time and the path into ``<*>]:`` but leaves ``pbx-proxy`` a word."""
    lines, truth = layoutkit.syslog_path_tag()
    assert partition(ids(lines)) == partition(truth)
    assert len(set(ids(lines, Params(path_tags=False, equal_aliases=False)))) > len(set(truth))


def test_only_a_name_before_a_masked_path_tag_is_taken() -> None:
    assert path_tag((W, "pbx-proxy", "<*>]:", "ERROR:")) == ("<*>]:", "ERROR:")
    assert path_tag(("<*>><*>", "edge", "<*>]:", "up")) == ("<*>><*>", "<*>]:", "up")
    assert path_tag((W, "ERROR", "<*>]:", "x")) == (W, "ERROR", "<*>]:", "x")  # a level word is no host
    assert path_tag((W, "failed:", "<*>]:", "x")) == (W, "failed:", "<*>]:", "x")
    assert path_tag(("Nov", "web", "<*>]:", "x")) == ("Nov", "web", "<*>]:", "x")  # no leading value
    assert path_tag((W, "web", "sshd[<*>]:", "x")) == (W, "web", "sshd[<*>]:", "x")  # host_fields' case


def test_a_host_before_a_tag_holding_a_digit_is_a_value() -> None:
    """``web python3[<pid>]:`` and ``db01 python3[<pid>]:``: the mask takes ``python3``, so ``host_fields``
    (a tag named in letters) cannot see the header."""
    lines, truth = layoutkit.syslog_digit_tag()
    assert partition(ids(lines)) == partition(truth)
    assert len(set(ids(lines, Params(digit_tags=False, equal_aliases=False)))) > len(set(truth))
    assert digit_tag((W, "web", "<*>[<*>]:", "x")) == ("<*>[<*>]:", "x")
    assert digit_tag((W, "ERROR", "<*>[<*>]:", "x")) == (W, "ERROR", "<*>[<*>]:", "x")  # a level word is no host
    assert digit_tag((W, "web", "<*>:", "x")) == (W, "web", "<*>:", "x")  # no [pid]: no tag


def test_an_rfc5424_host_is_a_value() -> None:
    """RFC 5424 lines from hosts named with and without digits, with ``-`` for fields left out,
    a MSGID, structured data, and without the ``<PRI>1`` as a relay writes them."""
    lines, truth = layoutkit.syslog_rfc5424()
    assert partition(ids(lines)) == partition(truth)
    assert len(set(ids(lines, Params(rfc5424_header=False)))) > len(set(truth))


def test_only_the_rfc5424_header_shape_is_taken() -> None:
    assert rfc5424_header((W, "web", "sshd", W, "-", "-", "Accepted", "x")) == (W, "sshd", W, "-", "-", "Accepted", "x")
    assert rfc5424_header((W, "web", "app", W, '[<*>', "iut=<*>]", "Queue")) == (W, "app", W, '[<*>', "iut=<*>]", "Queue")
    assert rfc5424_header((W, "web", "app", "-", "JOB", "-", "done")) == (W, "app", "-", "JOB", "-", "done")
    msg = (W, "user", "alice", W, "logged", "in", "from", W)  # a PROCID-like value, no structured data
    assert rfc5424_header(msg) == msg
    msg = (W, "client", "x", W, "[<*>]", "closed")  # a bracketed value is no structured data
    assert rfc5424_header(msg) == msg


def test_the_domain_after_a_source_location_ends_the_header() -> None:
    """Every function's messages after ``0-management:`` joined as one context's free text
    (``functions_apart`` keeps two functions' messages apart too, so both are off here)."""
    lines, truth = layoutkit.glusterfs()
    assert partition(ids(lines)) == partition(truth)
    assert len(set(ids(lines, Params(source_locations=False, functions_apart=False)))) < len(set(truth))


def test_only_a_domain_right_after_a_source_location_loses_its_colon() -> None:
    loc = "[<*>:__glusterd_handle_cli_probe]"
    assert source_locations(("[<*>]", "I", "[MSGID:", "<*>]", loc, "<*>:", "Received")) == (
        "[<*>]", "I", "[MSGID:", "<*>]", loc, "<*>", "Received")
    assert source_locations(("[<*>]", "E", "[socket.c:<*>:socket_event_handler]", "0-transport:", "EPOLLERR")) == (
        "[<*>]", "E", "[socket.c:<*>:socket_event_handler]", "0-transport", "EPOLLERR")
    for toks in (("[<*>]", "I", loc, "Received", "x:"),  # no domain: the message follows
                 ("[<*>]", "ERROR:", "[core/tcp_read.c:<*>]:", "tcp_read_data():", "error"),  # file and line only
                 ("[<*>]", "I", "[<*>]", "<*>:", "x")):
        assert source_locations(toks) == toks


def test_an_rclone_object_is_one_value() -> None:
    """Objects named with spaces (``Music/Pink Floyd/Wish You Were Here.flac:``) split each statement by name."""
    lines, truth = layoutkit.rclone()
    assert partition(ids(lines)) == partition(truth)
    assert len(set(ids(lines, Params(rclone_objects=False)))) > len(set(truth))


def test_only_a_path_after_a_padded_level_is_an_object() -> None:
    assert rclone_objects((W, "INFO", ":", "Music/Pink", "Floyd.flac:", "Deleted")) == (W, "INFO", ":", "<*>:", "Deleted")
    for toks in ((W, "INFO", ":", "Signal", "received:", "interrupt"),  # no path: the message
                 (W, "ERROR", ":", "Attempt", W, "failed", "with", W, "errors", "and:", "x"),
                 (W, "INFO:", "photos/a.jpg:", "Copied"),  # ``LEVEL:``: the common layout, not rclone's
                 (W, "INFO", ":", "a/b", "c", "d", "e", "f", "g", "h", "i", "j:", "x")):  # too long for a name
        assert rclone_objects(toks) == toks


def test_a_twisted_system_is_a_value() -> None:
    """``[-]`` and ``[Uninitialized]`` stay words, ``[HTTPChannel,5,10.0.0.1]`` folds into the time."""
    lines, truth = layoutkit.twisted()
    assert partition(ids(lines)) == partition(truth)
    assert len(set(ids(lines, Params(twisted_system=False, equal_aliases=False)))) > len(set(truth))


def test_only_twisteds_system_forms_after_a_leading_value_are_taken() -> None:
    assert twisted_system((W, "[-]", "Stopping", "factory")) == (W, "Stopping", "factory")
    assert twisted_system((W, "[Uninitialized]", "x", "y")) == (W, "x", "y")
    assert twisted_system((W, "[Broker,client]", "x", "y")) == (W, "x", "y")
    for toks in ((W, "[store]", "node", "joined"),  # a component's tag keys its statements
                 (W, "[MONITOR]", "WARN:", "x"), (W, "[INFO]", "x", "y"),
                 ("Nov", "[-]", "x", "y")):  # no leading value
        assert twisted_system(toks) == toks


def test_a_cisco_header_is_one_value() -> None:
    """Devices named with and without digits, the clock's marker coming and going, with and
    without a relay's syslog header: each message one group."""
    lines, truth = layoutkit.cisco_ios()
    assert partition(ids(lines)) == partition(truth)
    assert len(set(ids(lines, Params(cisco_header=False)))) > len(set(truth))


def test_only_values_names_and_clock_marks_before_a_cisco_mnemonic_are_taken() -> None:
    link = "%LINK-<*>-UPDOWN:"
    assert cisco_header(("<*>:", "core-sw:", "*Nov", "<*>:", link, "x")) == (W, link, "x")
    assert cisco_header(("<*>:", ".<*>:", link, "x")) == (W, link, "x")
    assert cisco_header((W, "relay", "<*>:", "core-sw:", link, "x")) == (W, link, "x")  # a relay's host
    for toks in ((W, "sshd[<*>]:", link, "x"),  # a program's tag is no Cisco header
                 (W, "ERROR:", link, "x"),
                 (W, "saw", "a", link, "x"),  # words, no ``name:`` of a header
                 (W, "a:", "b:", "c:", "d:", "e:", "f:", "g:", link)):  # too far for a header
        assert cisco_header(toks) == toks


def test_a_state_saved_before_the_rules_keeps_its_ids(tmp_path: Path) -> None:
    lines, _ = layoutkit.syslog_path_tag()
    assert_a_saved_state_keeps_its_ids(tmp_path / "p", lines, {"path_tags": False})
    lines, _ = layoutkit.syslog_digit_tag()
    assert_a_saved_state_keeps_its_ids(tmp_path / "d", lines, {"digit_tags": False})
    lines, _ = layoutkit.syslog_rfc5424()
    assert_a_saved_state_keeps_its_ids(tmp_path / "r", lines, {"rfc5424_header": False})
    lines, _ = layoutkit.glusterfs()
    assert_a_saved_state_keeps_its_ids(tmp_path / "g", lines, {"source_locations": False, "functions_apart": False})
    lines, _ = layoutkit.rclone()
    assert_a_saved_state_keeps_its_ids(tmp_path / "c", lines, {"rclone_objects": False})
    lines, _ = layoutkit.twisted()
    assert_a_saved_state_keeps_its_ids(tmp_path / "t", lines, {"twisted_system": False})
    lines, _ = layoutkit.cisco_ios()
    assert_a_saved_state_keeps_its_ids(tmp_path / "i", lines, {"cisco_header": False})
