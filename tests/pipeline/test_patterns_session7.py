"""Session-7 rules of the pattern miner (issue #6): a stream's header fields are values.

* ``host_fields``: in an RFC 3164 header (``<time> <host> <program>[<pid>]: <message>``) the
  host is a value, whether or not it holds a digit, and so is the same name where the message
  repeats it (proftpd's ``<time> <host> proftpd[<pid>] <host> (<client>): …``);
* ``entity_names``: a word after an entity noun (``for user carol: <*>`` / ``user bob: <*>``) is
  that entity's name, though it looks like a reading's ``label:`` (``pv power: <*>`` / ``grid
  power: <*>``, which ``label_words`` keeps apart);
* ``thread_fields``: the ``[thread]`` right before the level in a JVM header (``[main]``) is a value;
* ``at_names``, ``nginx_context``, ``cri_header``, ``tracing_spans``: fields other well-known
  layouts add (PostgreSQL's ``%u@%d``, nginx's request context, a container runtime's stream, Rust
  tracing's spans) are values, or the caller's context; ``haproxy_fields`` with ``exact_joins``:
  HAProxy's request line is values after its date, and a shape equal to a template joins it;
  ``date_names``: a month's or weekday's name beside a date's numbers is part of the date;
* ``lead_fields``, ``kernel_devices`` (from the seventh held-out set, after its one score): a host
  or a bracketed field after a bare leading time, as the mask would have folded it had it held a
  digit; the kernel's ``<driver> <device…>:`` prefix.

With a rule the lines group as the program's statements do; with its switch off they group
otherwise, so each test can fail.  Measured effects: docs/patterns.md, "Session 7"."""

from __future__ import annotations

from pathlib import Path

from millpond.pipeline.patterns_cluster import Params
from millpond.pipeline.patterns_formats import host_field, thread_field

import layoutkit
from patternkit import assert_a_saved_state_keeps_its_ids, partition
from patternkit import ids as _ids

HOSTS = ["mail", "relay01", "mx2", "ftp.example.com", "nas", "edge-gw1"]
STATEMENTS = ["{h} smtpd[{pid}]: {sid:016x} smtp connected address=10.0.{i}.7 host=client{i}.example.net",
              "{h} smtpd[{pid}]: {sid:016x} smtp disconnected reason=quit",
              "{h} smtpd[{pid}]: {sid:016x} mta delivery evpid={sid:x} result=Ok stat=250 2.0.0 queued",
              "{h} sshd[{pid}]: Accepted publickey for deploy from 10.1.{i}.9 port 5{i}022 ssh2"]


def syslog(n: int = 4) -> tuple[list[str], list[int]]:
    """Each statement from every host, hosts interleaved as a relay's collected file has them."""
    lines, truth = [], []
    for i in range(n):
        for k, s in enumerate(STATEMENTS):
            for j, h in enumerate(HOSTS):
                lines.append(f"Nov {1 + i:2d} 0{j}:1{k}:0{i} " + s.format(h=h, pid=400 + 31 * i + j, sid=0xabc123 * (i + 1) + j, i=i))
                truth.append(k)
    return lines, truth


def test_a_syslog_host_is_a_value_with_or_without_a_digit() -> None:
    """Hosts named ``mail``/``nas``/``ftp.example.com`` stay words after masking (a host holding a
    digit is folded into the time): without the rule every statement splits per host."""
    lines, truth = syslog()
    assert partition(_ids(lines)) == partition(truth)
    # (session 13's subsume_back and session 16's common_joins also merge the per-host templates once they
    # generalise: off here)
    assert len(set(_ids(lines, Params(host_fields=False, lead_fields=False, equal_aliases=False,
                                      subsume_back=False, common_joins=False)))) > len(STATEMENTS)


def test_a_repeated_host_is_the_same_value() -> None:
    """proftpd names its host in the header and again before the client: both are the host."""
    lines = [f"2026-11-0{d} 1{d}:0{d}:1{d},{d}00 {h} proftpd[{900 + d}] {h} (10.5.{d}.2[10.5.{d}.2]): {msg}"
             for d in range(1, 6) for h in ("files.corp.example", "ftp01", "nas")
             for msg in ("FTP session closed.", f"USER alice{d}: Login successful.")]
    found = _ids(lines)
    assert len(set(found)) == 2
    assert len(set(_ids(lines, Params(host_fields=False)))) > 2


def test_only_the_header_shape_is_taken() -> None:
    """A word between a leading value and something that is no ``name[pid]`` tag is the message's
    (``<time> Worker worker-7: …``, ``<time> ERROR app: …``), and a tag-less line is left alone."""
    w = "<*>"
    assert host_field((w, "mail", "smtpd[<*>]:", "mta", "mail")) == (w, "smtpd[<*>]:", "mta", w)
    assert host_field((w, w, "dropbear[<*>]:", "Running")) == (w, "dropbear[<*>]:", "Running")
    assert host_field(("<*>><*>", "web", "nginx[<*>]:", "up")) == ("<*>><*>", "nginx[<*>]:", "up")  # <PRI>
    assert host_field((w, "ERROR", "app:", "failed")) == (w, "ERROR", "app:", "failed")
    assert host_field((w, "Worker", "worker-<*>:", "idle")) == (w, "Worker", "worker-<*>:", "idle")
    assert host_field(("Nov", "mail", "smtpd[<*>]:")) == ("Nov", "mail", "smtpd[<*>]:")


def test_a_state_saved_before_the_rule_keeps_its_ids(tmp_path: Path) -> None:
    lines, _ = syslog(2)
    assert_a_saved_state_keeps_its_ids(tmp_path / "s", lines, {"host_fields": False, "lead_fields": False})


def test_a_name_after_an_entity_noun_is_an_argument_not_a_reading() -> None:
    """``label_words`` keeps two readings apart (``pv power: 3.2kW`` / ``grid power: …``); a user's
    name in ``sessions for user carol: 6/3`` looks the same but follows ``user``: one statement."""
    users = [f"Active sessions for user {u}: {i}/{i + 3}" for i in range(5) for u in ("carol", "bob", "kiosk")]
    assert len(set(_ids(users))) == 1
    assert len(set(_ids(users, Params(entity_names=False)))) == 3
    readings = [f"{r} power: {i}.{i}kW" for i in range(5) for r in ("pv", "grid", "home")]
    assert len(set(_ids(readings))) == 3  # still three readings


def test_a_thread_beside_the_level_is_a_value() -> None:
    """log4j's and logback's default layout (``%d [%t] %-5p %c - %m``) and Spring Boot's
    (``%5p <pid> --- [%15.15t]``): a thread named without a digit (``[main]``) prints the same
    statements as ``[pool-1-thread-3]``."""
    lines, truth = layoutkit.log4j()
    spring, spring_truth = layoutkit.spring_boot()
    lines, truth = lines + spring, truth + [2 + t for t in spring_truth]
    assert partition(_ids(lines)) == partition(truth)
    assert len(set(_ids(lines, Params(thread_fields=False, spring_threads=False, padded_fields=False)))) > 3


def test_a_component_tag_before_the_level_stays_a_key() -> None:
    """An upper-case tag before the level names the program's component (``[MONITOR] WARN:``), and
    a bracketed name after the level its context (``INFO [sshd] Ban <ip>``): neither is taken."""
    w = "<*>"
    assert thread_field((w, "[MONITOR]", "WARN:", "Monitor", w)) == (w, "[MONITOR]", "WARN:", "Monitor", w)
    assert thread_field((w, "INFO", "[sshd]", "Ban", w)) == (w, "INFO", "[sshd]", "Ban", w)
    assert thread_field((w, "[main]", "INFO", "Started")) == (w, "[<*>]", "INFO", "Started")


def test_a_user_at_a_database_is_a_value() -> None:
    """PostgreSQL with Debian's ``log_line_prefix = '%m [%p] %q%u@%d '``."""
    lines, truth = layoutkit.postgresql()
    assert partition(_ids(lines)) == partition(truth)
    assert len(set(_ids(lines, Params(at_names=False)))) > 2


def test_nginx_request_context_is_one_value() -> None:
    """nginx's error log: the request context's fields come and go (``upstream:``, ``referrer:``)."""
    lines, truth = layoutkit.nginx_error()
    assert partition(_ids(lines)) == partition(truth)
    assert len(set(_ids(lines, Params(nginx_context=False)))) > 3


def test_a_container_runtime_header_is_no_part_of_the_message() -> None:
    """CRI log files (``<time> <stream> <F|P> <message>``): one statement on either stream, whole or partial."""
    lines, _ = layoutkit.cri()
    assert len(set(_ids(lines))) == 1
    assert len(set(_ids(lines, Params(cri_header=False)))) > 1


def test_rust_tracing_spans_are_the_callers_context() -> None:
    """``tracing``'s default format: ``<time> LEVEL span{fields}:span{…}: target: message``; the
    same statement logs inside any span or outside all."""
    lines, truth = layoutkit.rust_tracing()
    assert partition(_ids(lines)) == partition(truth)
    assert len(set(_ids(lines, Params(tracing_spans=False)))) > 2


def haproxy() -> list[str]:
    """HAProxy's HTTP log format through syslog: frontend, backend/server (``<NOSRV>`` when none
    was chosen), timers, status, bytes, termination flags, connection counts, request."""
    fe = ["www", "api", "www~"]
    be = ["be_app/web1", "be_api/api2", "be_app/<NOSRV>", "be_static/static"]
    flags = ["----", "SC--", "CD--"]
    return [f"Nov 26 01:02:{i:02d} lb haproxy[{300 + i}]: 10.0.{i}.1:5{i:03d} [26/Nov/2026:01:02:{i:02d}.{i:03d}] "
            f"{fe[i % 3]} {be[i % 4]} 0/0/{i}/{i * 2}/{i * 3} {(200, 503, 404)[i % 3]} {100 + 37 * i} - - {flags[i % 3]} "
            f'{i}/{i}/0/0/0 0/0 "GET /x{i} HTTP/1.1"' for i in range(30)]


def test_an_haproxy_request_line_is_values_after_its_date() -> None:
    """One log call; with its names and flags as words it split by frontend, server and flags.
    The shape left (``<*> haproxy[<*>]: <*> [<*>] <*>``) holds no constant word, so it joins the
    template it equals (``exact_joins``) rather than through a similarity that needs constants."""
    lines = haproxy()
    assert len(set(_ids(lines))) == 1
    assert len(set(_ids(lines, Params(haproxy_fields=False)))) > 1
    bare = [line.split(": ", 1)[1] for line in lines]  # as a receiver that parsed the syslog header stores them
    assert len(set(_ids(bare))) == 1
    assert len(set(_ids(bare, Params(exact_joins=False)))) > 1
    other = ["10.0.0.1:443 [26/Nov/2026:01:02:03.123] www/1: SSL handshake failure",
             "10.0.0.2:443 [26/Nov/2026:01:02:04.123] api/2: SSL handshake failure"]
    assert len(set(_ids(other + lines[:3]))) == 2  # a frontend's own statement stays apart


def test_a_date_keeps_one_statement_across_months_and_weekdays() -> None:
    """Month and weekday names are part of a date value: java.util.logging's default first line,
    Redis's time and an HTTP date each printed the same statement as several templates, one per
    month or weekday seen."""
    days = [(26, "Nov", "Thu"), (27, "Nov", "Fri"), (1, "Dec", "Tue"), (4, "Dec", "Fri"), (14, "Jan", "Thu")]
    lines, truth = [], []
    for i, (d, mon, wd) in enumerate(days * 2):
        lines += [f"{mon} {d}, 2026 {1 + i % 12}:02:0{i % 10} {'AM' if i % 2 else 'PM'} org.apache.catalina.startup.Catalina start",
                  f"{100 + i}:M {d} {mon} 2026 01:02:0{i % 10}.123 * Background saving started by pid {200 + i}",
                  f"fetched https://example.com/f{i}.tar.gz, Last-Modified: {wd}, {d:02d} {mon} 2026 01:02:03 GMT"]
        truth += [0, 1, 2]
    assert partition(_ids(lines)) == partition(truth)
    assert len(set(_ids(lines, Params(date_names=False)))) > 3


def test_a_header_field_the_mask_took_on_some_lines_only_is_a_value() -> None:
    """A host or a bracketed field right after the time: holding a digit, the mask folds it into
    the time's ``<*>`` (with a program path and pid: ``<*>]:``); without one it stays a word and
    the line is a token longer (``<ts> sbc-a /usr/sbin/kamailio[<pid>]:``, ``<ts> node-c kernel:``,
    Twisted's ``<ts> [-]`` / ``[HTTPChannel,3,10.0.0.1]``)."""
    lines, truth = [], []
    for i in range(6):
        for h in ("sip01", "sbc-a", "pbx-proxy"):
            lines.append(f"Nov {i + 1:2d} 0{i}:12:33 {h} /usr/sbin/kamailio[{1800 + i}]: WARNING: tm [t_fwd.c:1681]: "
                         f"t_send_branch(): sending request on branch {i} failed")
            truth.append(0)
        for h in ("node1", "node-c", "pve2"):
            lines.append(f"Nov {i + 1:2d} 0{i}:12:33 {h} kernel: [{i}8426.649727] Out of memory: Killed process {300 + i} (java)")
            truth.append(1)
        for system in ("-", "Uninitialized", f"HTTPChannel,{i},10.0.0.{i}"):
            lines.append(f"2026-11-0{i + 1} 10:00:48+0000 [{system}] starting build <Build lint number:{i}> using worker w{i}")
            truth.append(2)
    assert partition(_ids(lines)) == partition(truth)
    assert len(set(_ids(lines, Params(lead_fields=False)))) > 3


def test_a_kernel_device_prefix_is_the_driver_and_one_value() -> None:
    """``dev_printk``'s ``<driver> <device…>: msg``: DRBD names a resource, maybe a volume and a minor,
    and a peer node, none of them with a digit for sure; the messages after it stay apart."""
    devices = ["data node-b", "r1/1 drbd635 linstor-sat-2", "nfs pve3", "pgdata/2 drbd544 san01"]
    lines, truth = [], []
    for i in range(5):
        for d in devices:
            lines += [f"Nov {i + 1:2d} 0{i}:12:33 node{i} kernel: [{i}8426.64972{i}] drbd {d}: Began resync as SyncTarget "
                      f"(will sync {i}10 KB [{i}76 bits set]).",
                      f"Nov {i + 1:2d} 0{i}:12:33 node{i} kernel: [{i}8426.64972{i}] drbd {d}: sock was shut down by peer",
                      f"Nov {i + 1:2d} 0{i}:12:33 node{i} kernel: [{i}8426.64972{i}] drbd {d}: Resync done (total {i} sec; "
                      f"paused 0 sec; {i}04 K/sec)"]
            truth += [0, 1, 2]
    assert partition(_ids(lines)) == partition(truth)
    assert partition(_ids(lines, Params(kernel_devices=False))) != partition(truth)


def test_an_acronym_error_label_is_followed_by_a_statement_not_an_error_text() -> None:
    """``PHP Error: <message>`` / ``IMAP Error: <message>`` (Roundcube's ``raise_error``) label the
    statement after them; a failing action's context (``Failed to copy x:``) is what an error's
    text follows (``error_spans``)."""
    lines, truth = [], []
    for i, sess in enumerate(["kfdmkqwb", "dlbkrnxx", "qrzvtpaa", "mmhxwkcd", "bfgtrsle", "ypnqowzz"]):
        head = f"[2{i}-Nov-2026 10:0{i}:00 +0100]: <{sess}> PHP Error:"
        lines += [f"{head} Could not delete message from Drafts in /srv/rc/program/send.php on line 24{i} (POST /?_task=mail)",
                  f"{head} Failed to load config from /etc/rc/config{i}.php (POST /?_task=mail)",
                  f"{head} Invalid session token for user u{i} (POST /?_task=mail)"]
        truth += [0, 1, 2]
    assert partition(_ids(lines)) == partition(truth)
    assert partition(_ids(lines, Params(error_labels=False))) != partition(truth)


def test_a_system_error_in_parentheses_is_one_value() -> None:
    """nginx-family ``ngx_log_error`` appends `` (%d: %s)``: one statement, whichever error."""
    errors = ["98: Address already in use", "111: Connection refused", "110: Connection timed out", "24: Too many open files"]
    lines = [f"2026/11/2{i} 06:22:40 [error] {i}#{i} *52{i}79 connect({i}53, 127.0.0.1:85{i}8) failed ({e})"
             for i in range(6) for e in errors]
    assert len(set(_ids(lines))) == 1
    assert len(set(_ids(lines, Params(errno_groups=False, error_texts=False)))) > 1  # (error_texts joins them too)
