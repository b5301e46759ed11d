"""Session 13 (lengths): one statement's lines of differing token counts.

A log call prints the same format with optional parts and values of several words, so its lines
differ in length; the general alignment across lengths (``similarity``'s other branch) decides
which gaps are one statement's.  Each rule here reads one more kind of gap, narrowly enough that
two statements written alike stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from millpond.pipeline.patterns_params import Params
from millpond.pipeline.patterns_similarity import field_value, paren_note
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, ids, partition, raw_ids

P = Params()

# EMQX's report ``clientid: <id>, msg: <event>, peername: <addr>, [username: <name>,] pid: <pid>, reason: <r>``:
# the username only when the client sent one; the client id a bare word (``mei-phone``) or one holding a digit.
_CLIENTS = ["alice-phone", "gw-berlin-3", "mei-phone", "esp32-4DD75B", "bob-phone", "hiro-phone", "olek-tab",
            "dmitri-phone", "zoe-phone", "carol-phone"]
_USERS = ["devices", "undefined", "devices", "nadia", None, "nadia", None, None, "undefined", None]
_REASONS = ["einval", "closed", "einval", "timeout", "closed", "einval", "closed", "timeout", "einval", "closed"]


def _emqx(i: int, client: str, user: str | None, reason: str) -> str:
    name = f"username: {user}, " if user else ""
    return (f"2026-11-{10 + i:02d}T18:09:{i:02d}.112296+00:00 [warning] clientid: {client}, msg: socket_error, "
            f"peername: 192.168.1.{40 + i}:{2400 + i}, {name}pid: <0.{900 + i}.0>, reason: {reason}")


REPORTS = [_emqx(i, c, u, r) for i, (c, u, r) in enumerate(zip(_CLIENTS, _USERS, _REASONS))]


def test_a_field_list_keeps_its_values_in_place_beside_an_optional_field() -> None:
    """``field_lists``: a report with and without its ``username:`` field is one statement, its client id a
    bare word or not."""
    assert_the_rule_decides(REPORTS, [0] * len(REPORTS), field_lists=False)


def test_a_field_value_needs_the_same_key_and_a_value_seen_to_vary() -> None:
    t = ("<*>", "[warning]", "client_name=<*>,", "client_address=<*>,", "recipient=<*>")
    assert field_value(t, 2, 3, ("client_name=<*>,",), ("client_name=unknown,",), P) == "client_name=<*>,"
    assert field_value(t, 2, 3, ("client_name=<*>,",), ("client_addr=unknown,",), P) is None  # another key
    assert field_value(t, 2, 3, ("client_name=<*>,",), ("client_name=unknown",), P) is None  # not in the list
    # two bare words of one key (auditd's ``type=CRED_DISP`` / ``type=SERVICE_START``) may name two records
    assert field_value(t, 2, 3, ("type=CRED_DISP",), ("type=SERVICE_START",), P) is None
    # a template ``<*>`` takes a field in its place only among fields
    assert field_value(t, 2, 3, ("<*>",), ("clientid=mei-phone,",), P) == "<*>"
    assert field_value(("<*>", "[warning]", "<*>", "connected"), 2, 3, ("<*>",), ("clientid=mei-phone,",), P) is None


def test_two_records_of_other_types_stay_apart() -> None:
    """auditd's record type is a ``type=`` field whose bare words name the record: an optional field beside
    it does not make two types one."""
    head = "msg=audit({}.{}:{}): pid={} uid=0 auid=4294967295 ses=4294967295"
    lines = [f"type=SERVICE_START {head.format(1700 + i, i, 300 + i, 1)} msg='unit={u} comm=\"systemd\" "
             f"exe=\"/usr/lib/systemd/systemd\" hostname=? addr=? terminal=? res=success'"
             for i, u in enumerate(["web", "db", "cron", "web", "billing"])]
    lines += [f"type=CRED_DISP {head.format(1800 + i, i, 400 + i, 2000 + i)} msg='op=PAM:setcred grantors=pam_unix "
              f"acct=\"{u}\" exe=\"/usr/sbin/sshd\" hostname=10.0.0.{i} addr=10.0.1.{i} terminal=ssh res=success'"
              for i, u in enumerate(["guest", "root", "alice", "bob", "guest"])]
    assert partition(ids(lines)) == partition([0] * 5 + [1] * 5)


# ejabberd's ``Accepted c2s %s authentication for %s by %s backend from %s``: the SASL mechanism masks to one
# value (``SCRAM-SHA-256``), a value and a word (``SCRAM-SHA-<*>-PLUS``) or stays a word (``PLAIN``).
_AUTHS = [("SCRAM-SHA-256", "olek@example.com", "external"), ("SCRAM-SHA-1-PLUS", "olek@example.com", "ldap"),
          ("SCRAM-SHA-1-PLUS", "olek@example.com", "anonymous"), ("X-OAUTH2", "zoe@jabber.example.net", "mnesia"),
          ("PLAIN", "mei@jabber.example.net", "sql"), ("SCRAM-SHA-1", "mei@jabber.example.net", "mnesia"),
          ("X-OAUTH2", "zoe@jabber.example.net", "anonymous"), ("SCRAM-SHA-1", "alice@im.shop.example", "anonymous"),
          ("SCRAM-SHA-256", "alice@im.shop.example", "anonymous"), ("SCRAM-SHA-256", "mei@jabber.example.net", "mnesia"),
          ("PLAIN", "olek@example.com", "ldap"), ("X-OAUTH2", "mei@jabber.example.net", "external")]
AUTHS = [f"2026-11-{10 + i:02d} 00:44:{i:02d}.893590+00:00 [info] <0.{3165 + i}.0>@ejabberd_c2s:process_auth_result/3:304 "
         f"(tls|<0.{379 + i}.0>) Accepted c2s {m} authentication for {u} by {b} backend from 10.0.{i}.{7 + i}"
         for i, (m, u, b) in enumerate(_AUTHS)]


def test_a_template_that_generalised_into_another_s_instance_is_merged_into_it() -> None:
    """``subsume_back``: the template of the mechanisms printed as a value and a word generalised after the
    one of single values had (``by <*> backend``); the older one takes it whole, so it is merged into it."""
    # (session 16's taken_joins also merges the two, values for values, once one takes the other: off here)
    assert_the_rule_decides(AUTHS, [0] * len(AUTHS), subsume_back=False, taken_joins=False)


# NGINX Unit's ``%s process %PI exited on signal %d%s``, the last ``%s`` `` (core dumped)`` when the core was dumped;
# the note first, then lines without it (the template's note held many lines: the evidence rule would keep it).
_SIGNALS = [(11, True), (6, True), (11, True), (9, True), (11, True), (9, False), (15, False), (11, True), (9, False)]
SIGNALS = [f"2026/11/{10 + i:02d} 16:50:{i:02d} [alert] {40 + i}#{40 + i} app process {1993381 + 7 * i} exited on signal "
           f"{sig}{' (core dumped)' if core else ''}" for i, (sig, core) in enumerate(_SIGNALS)]


def test_a_note_in_parentheses_after_a_value_is_optional() -> None:
    """``paren_notes``: `` (core dumped)`` after the signal's number is the same statement's, either order."""
    assert_the_rule_decides(SIGNALS, [0] * len(SIGNALS), paren_notes=False)
    assert_the_rule_decides(SIGNALS[5:] + SIGNALS[:5], [0] * len(SIGNALS), paren_notes=False)


@pytest.mark.parametrize(("gap", "before", "at_end", "note"), [
    (("(core", "dumped)"), "<*>", True, True),
    (("(not", "enough", "space)"), "<*>", True, True),
    (("(core", "dumped)"), "terminated", True, False),  # after the statement's own word
    (("(core", "dumped)"), "<*>", False, False),  # more text follows
    (("(<*>", "dumped)"), "<*>", True, False),  # a value inside: a value's own brackets
    (("(exit", "code", "was", "1)"), "<*>", True, False),  # four words
])
def test_a_note_is_a_few_lowercase_words_ending_the_line_after_a_value(gap: tuple[str, ...], before: str,
                                                                         at_end: bool, note: bool) -> None:
    assert paren_note(gap, before, at_end) is note


# VictoriaMetrics' ``client has canceled the request after %.3f seconds: remoteAddr=%q, [X-Forwarded-For: %q, ]requestURI:
# %q``: the header only behind a proxy; the mask takes a query string whole or leaves its words (``<*>node_.*"}&start=<*>"``).
_URIS = {"labels": '"/api/v1/labels?start={n}"', "import": '"/api/v1/import/prometheus"',
         "series": '"/api/v1/series?match[]={{__name__=~"node_.*"}}&start={n}"',
         "range": '"/api/v1/query_range?query=sum(rate(http_requests_total{{job="api"}}[5m]))+by+(code)&start={n}&end={n}&step=15"'}
_CANCELS = [("range", True), ("labels", True), ("labels", False), ("labels", True), ("series", False), ("import", True),
            ("series", True), ("series", False), ("import", False), ("range", True), ("labels", True), ("labels", True)]
CANCELS = [f"2026-11-{1 + i:02d}T01:35:{i:02d}.493Z info VictoriaMetrics/app/vmselect/main.go:141 client has canceled the "
           f"request after {3 + 7 * i}.{100 + 37 * i} seconds: remoteAddr=\"192.168.{i}.{20 + i}:{31000 + 97 * i}\", "
           + (f'X-Forwarded-For: "10.{i}.61.{7 + 13 * i}", ' if proxied else "")
           + "requestURI: " + _URIS[uri].format(n=1764079932 + 17 * i) for i, (uri, proxied) in enumerate(_CANCELS)]


def test_a_template_that_generalised_into_an_instance_of_one_of_its_length_is_merged_into_it() -> None:
    """``instance_back``: the template of a proxied request whose URI kept words generalised its header after the
    general one had taken the URI as one value; it is then that one with a value filled in, so it is merged."""
    assert_the_rule_decides(CANCELS, [0] * len(CANCELS), instance_back=False)


@pytest.mark.parametrize("lines", [REPORTS, AUTHS, SIGNALS, CANCELS])
@pytest.mark.parametrize("batch", [1, 3, 7])
def test_batches_never_change_an_id(lines: list[str], batch: int) -> None:
    assert raw_ids(lines, batch) == raw_ids(lines, len(lines))


@pytest.mark.parametrize(("lines", "off"), [(REPORTS, {"field_lists": False}), (AUTHS, {"subsume_back": False}),
                                            (SIGNALS, {"paren_notes": False}), (CANCELS, {"instance_back": False})])
def test_a_saved_state_keeps_its_ids(tmp_path: Path, lines: list[str], off: dict[str, object]) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, off)
