"""Session-6 clustering rules of the pattern miner (issue #6), from a per-template comparison with
Drain3 on the DEV sets (where each grouping is right and the other wrong):

* ``error_tails``: after a context that names an error (``… failed:``, ``Error updating SMART
  data:``) and ends in ``:``, the rest is the error's own text (``strerror``, a nested error
  holding values): it joins the same context in either order and however long it is;
* ``caps_heads``: an upper-case message identifier (``CHILD_SA``, ``AS_REQ``) is the statement's
  prefix key, though it holds ``_`` like a module name (``pam_unix``) that is skipped;
* ``quoted_values``: two quoted words (``\\"cilium\\"`` / ``\\"crio\\"``) are values, so the
  evidence rule does not protect one against the other;
* ``path_heads``: a namespaced name (``crowdsecurity/ssh-bf``) is no prefix key;
* ``label_values`` and ``in`` among ``arg_words``: a word after ``label:`` ending a field
  (``datasize: tiny,``) or after ``in`` (``application in production environment``) is a value, so
  the evidence rule does not protect it;
* ``prose_cost``: one differing pair of bare lowercase words costs 1.5, not 1, unless shared words
  frame it: at a short line's end or beside a value it is the statement's predicate (``<iface>:
  carrier lost``), framed it is an argument (``Proxy <name> started.``).

With a rule the lines group as the program's statements do; with its switch off they group
otherwise, so each test can fail.  Measured effects: docs/patterns.md, "Session 6"."""

from __future__ import annotations

from pathlib import Path

from millpond.pipeline.patterns_cluster import Params
from millpond.pipeline.patterns_shape import error_context, tokens_of

from patternkit import assert_a_saved_state_keeps_its_ids
from patternkit import groups as _groups


SESSION6 = {"error_tails": False, "caps_heads": False, "quoted_values": False, "path_heads": False,
            "label_values": False, "arg_words": "for from by", "prose_cost": 1.0}

# GLib-style nested errors (``Error doing X: `` + the cause): a long cause holding values first
DRIVES = ["/org/freedesktop/UDisks2/drives/ACME_SSD_1TB_S6P", "/org/freedesktop/UDisks2/drives/WDC_WD40_X12"]
NESTED = [f"Error checking drive {d}: Error reading SMART data: Error sending ATA command IDENTIFY: "
          f"unexpected sense data returned: 0000: 70 00 05 0{i} (drive-error-quark, 0)"
          for i, d in enumerate(DRIVES)]
NESTED_SHORT = [f"Error checking drive {d}: Error reading SMART data: Input/output error (drive-error-quark, {i})"
                for i, d in enumerate(DRIVES)]
# ``%s failed: %s`` with strerror, after a long message first
FAILED = [f"rrd plugin: update ({p}) failed: illegal attempt to update using time {t} when last update "
          f"time is {t} (minimum one second step)" for p, t in (("/var/lib/rrd/a.rrd", 1732200000),
                                                                 ("/var/lib/rrd/b.rrd", 1732200060))]
FAILED_SHORT = [f"rrd plugin: update ({p}) failed: could not lock RRD" for p in ("/var/lib/rrd/c.rrd", "/var/lib/rrd/d.rrd")]


def test_an_error_context_takes_any_text_in_either_order() -> None:
    """A long cause holding values, seen first, then a short free-text cause: one statement
    (``"%s failed: %s"``, GLib's ``g_prefix_error``); without the rule the long cause is not a
    tail at all (the context must be half as long as its tail) and the two stay apart."""
    assert _groups([*NESTED, *NESTED_SHORT]) == 1
    assert _groups([*NESTED_SHORT, *NESTED]) == 1
    assert _groups([*FAILED, *FAILED_SHORT]) == 1
    assert _groups([*NESTED, *NESTED_SHORT], Params(error_tails=False, error_spans=False)) == 2  # (S7's error_spans
    assert _groups([*FAILED, *FAILED_SHORT], Params(error_tails=False, error_spans=False)) == 2  # joins them too)


def test_an_error_context_needs_an_error_word_a_colon_and_the_same_context() -> None:
    """Only a context naming an error, ending in ``:`` (`` - `` joins a sentence: upsmon's ``Poll
    UPS [%s] failed - [%s] does not exist on server %s`` is a statement of its own), and a long
    text joins only the very same context (``risBoot (command 5) Error: <long text>`` is not
    ``boot (command 7) Error: …``)."""
    assert error_context(tokens_of("rrd plugin: update (<*>) failed: could not lock"), 5)
    assert error_context(tokens_of("Error checking drive <*>: Error reading SMART data: x"), 8)
    assert not error_context(tokens_of("Poll UPS <*> failed - Server disconnected"), 5)
    assert not error_context(tokens_of("Interface <*> changed state: up"), 4)
    ups = [f"Poll UPS [{u}@10.0.0.{i}] failed - [{u}] does not exist on server 10.0.0.{i}"
           for i, u in enumerate(("rack-a", "rack-b"))]
    assert _groups([*ups, "Poll UPS [rack-c@10.0.0.9] failed - Server disconnected"]) == 2
    boots = ["risBoot (command 5) Error: Timed out while waiting for the console prompt: <ABORT code completed>",
             "boot (command 7) Error: HALT asserted and the node cannot continue now"]
    assert _groups(boots) == 2


# strongSwan: ``%N`` message identifiers in upper case at the head of two statements
CHILD_SA = [f"{i:02d}[IKE] CHILD_SA {n}{i}{{{{{i}}}}} established with SPIs {i}e11483_i {i}cdea9_o and TS 10.{i}.0.0/16 === 0.0.0.0/0"
            for i, n in enumerate(("branch", "roadwarrior", "office"), 1)]
CLOSING = [f"{i:02d}[IKE] closing CHILD_SA {n}-{i} with SPIs {i}d3d91e8_i (9 bytes) {i}6a60_o (7 bytes) and TS 10.{i}.0.0/16 === 0.0.0.0/0"
           for i, n in enumerate(("lab", "depot", "plant"), 4)]


def test_an_upper_case_identifier_is_a_prefix_key() -> None:
    """``CHILD_SA <name> established with SPIs …`` and ``closing CHILD_SA <name> with SPIs …``
    are two statements; with ``CHILD_SA`` skipped like a module name, the name-head rule looked past
    it and merged them."""
    assert _groups([*CLOSING, *CHILD_SA]) == 2
    assert _groups([*CHILD_SA, *CLOSING]) == 2
    assert _groups([*CLOSING, *CHILD_SA], Params(caps_heads=False, participle_heads=False)) == 1  # (session 12: ``closing`` is a verb)


def _crio(network: str, i: int) -> str:
    return (f'time="2026-11-1{i}T06:44:0{i}Z" level=info msg="Deleting pod ns/web-{i} from CNI network '
            f'\\"{network}\\" (type={network}-cni)"')


def test_two_quoted_words_are_values() -> None:
    """A quoted word the mask kept (escaped quotes inside a quoted ``msg``) is a ``%q`` value: the
    evidence rule (a constant that held 4 lines is the statement's own) does not hold for it."""
    lines = [*(_crio("cilium", i) for i in range(5)), *(_crio("flannel", i) for i in range(3))]
    assert _groups(lines) == 1
    assert _groups(lines, Params(quoted_values=False)) == 2


def _decision(scenario: str, i: int) -> str:
    return (f'time="2026-11-0{i}T14:41:08Z" level=info msg="(3c7e1b9d2f5a48c6be0d1f7a9c2e4b6d/crowdsec) '
            f'{scenario} by ip 10.9.251.{i} (SG/24940) : 4h ban on Ip 77.72.198.{i}"')


def test_a_namespaced_name_is_no_prefix_key() -> None:
    """``author/scenario`` names (``crowdsecurity/ssh-bf``) as the first plain word: not the prefix
    key, so the lines are compared and the names become one variable."""
    lines = [_decision(s, i) for i, s in enumerate(("crowdsecurity/ssh-bf", "crowdsecurity/http-probing",
                                                    "LePresidente/http-bad-user-agent"))]
    assert _groups(lines) == 1
    assert _groups(lines, Params(path_heads=False, variety=0)) == 3  # (three names at one place: variety's too)


def test_a_word_after_a_field_label_or_in_is_a_value() -> None:
    """Five lines hold one word, then another comes: the evidence rule (a word that held 4 lines
    is the statement's own) keeps them apart unless the word is a field's value (``label: word,``)
    or the object of ``in``."""
    runs = [f"=====Start execute bench datasize: {size}, mapper: {i}, reducer: {i} =====" for i, size in
            enumerate(("tiny", "tiny", "tiny", "tiny", "tiny", "huge", "small"))]
    assert _groups(runs) == 1
    assert _groups(runs, Params(label_values=False, subsume=False)) == 2  # ``huge``, then ``small`` joins it
    boots = [f"INFO 2026-11-22T14:38:3{i}.762Z pid={i} Booted Rails 7.1.{i} application in {env} environment"
             for i, env in enumerate(("production",) * 5 + ("staging",))]
    assert _groups(boots) == 1
    assert _groups(boots, Params(arg_words="for from by")) == 2


def test_a_lone_lowercase_word_at_the_end_names_the_statement() -> None:
    """``eth0: carrier acquired`` / ``enp3s0: carrier lost``: two words at a short line's end, two
    statements (with cost 1 the one shared word and the interface reach the threshold); a word
    framed by shared words is an argument and still varies (``Proxy <name> started.``), as do two
    upper-case values (``Got SIGTERM, quitting.``) and a longer line's word."""
    carrier = ["eth0: carrier acquired", "enp3s0: carrier lost", "wlan0: carrier acquired", "eth1: carrier lost"]
    assert _groups(carrier) == 2
    assert _groups(carrier, Params(prose_cost=1.0, outcome_words=False)) == 1  # (session 14: ``acquired``/``lost`` are outcomes)
    assert _groups(["display clock", "display version"]) == 2
    assert _groups([f"Proxy {p} started." for p in ("carts", "metrics", "reviews")]) == 1
    assert _groups(["Got SIGTERM, quitting.", "Got SIGINT, quitting."]) == 1
    assert _groups(["eth0: renewing lease of 10.0.0.2 for 3600 seconds",
                    "eth1: rebinding lease of 10.0.0.3 for 3600 seconds"], Params(participle_heads=False)) == 1
    # (session 12, ``participle_heads``: a verb heading the message is the action, dhcpcd logs these two with two calls)


def test_a_state_written_before_session_6_keeps_its_ids(tmp_path: Path) -> None:
    """The rules group NEW shapes only: a state mined with the session-6 switches off gives its
    lines the same ids under today's rules, though today's rules group them otherwise from scratch."""
    lines = [*NESTED, *NESTED_SHORT, *CLOSING, *CHILD_SA, *(_crio("cilium", i) for i in range(5)), _crio("flannel", 7),
             "eth0: carrier acquired", "eth1: carrier lost",
             *(f"Ran bench in {env} mode, datasize: {d}, maps: {i}" for i, (env, d) in
               enumerate((("fast", "tiny,"),) * 5 + (("safe", "huge,"), ("safe", "tiny,"))))]
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, SESSION6)
