"""Session-5 rules of the pattern miner (issue #6), each from an error kind read in the
never-seen-style sets: a header (severity word, ``[tag]``) is no statement's context, and a
value holding spaces lengthens the template's variable.  One small stream each: with the rule
the lines group as one log statement would, with its switch off they group otherwise, so each
test can fail.  Measured effects: docs/patterns.md, "Session 5"."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

import pyarrow as pa

from millpond.pipeline.patterns import PatternMiner
from millpond.pipeline.patterns_cluster import Params


def _ids(lines: list[str], params: Params | None = None) -> list[int]:
    return PatternMiner(None, params).assign(pa.array(["svc"] * len(lines)), pa.array(lines)).to_pylist()


def _groups(lines: list[str], params: Params | None = None) -> int:
    return len(set(_ids(lines, params)))


NSQD = ["[nsqd] 2026/11/16 15:50:42.531164 INFO: TOPIC(clickstream): new channel(mailer)",
        "[nsqd] 2026/11/17 19:35:40.726249 INFO: LOOKUP(lookupd.internal:4160): adding peer",
        "[nsqd] 2026/11/04 13:10:25.387302 INFO: TOPIC(audit-log): created",
        "[nsqd] 2026/11/28 22:29:54.810179 INFO: ID: 73669",
        "[nsqd] 2026/11/16 03:29:17.161831 INFO: CHANNEL(indexer): closing",
        "[nsqd] 2026/11/19 13:05:04.488005 INFO: LOOKUP(nsqlookupd-0.nsqlookupd:4160): removing peer"]


def test_a_header_is_no_context_and_keeps_no_template_together() -> None:
    """``[nsqd] <ts> INFO: <message>``: the tag and the severity word are every statement's
    header, so the message is no free-text tail of theirs, and a template that keeps only them
    (``[nsqd] <*> INFO: <*>``) is too loose to merge into."""
    assert _groups(NSQD) == len(NSQD)
    assert _groups(NSQD, Params(tail_headers=False, header_weight=False, wordless_merges=False)) < len(NSQD)
    same = [f"[nsqd] 2026/11/16 15:50:4{i}.531164 INFO: TOPIC(t{i}): created" for i in range(4)]
    assert _groups(same) == 1  # one statement still joins behind its header


def test_a_value_with_spaces_lengthens_the_variable() -> None:
    """A mount point holding spaces (``/media/alice/UBUNTU 24_04_1 LTS AMD64``): the words up to
    the next value belong to the variable, in either order of arrival; a repeated ``label is
    <*>`` is structure, not a value's rest."""
    plain = [f"Cleaning up mount point /media/alice/disk{i} (device 8:{i} no longer exists)" for i in range(6)]
    spaced = "Cleaning up mount point /media/pi/UBUNTU 24_04_1 LTS AMD64 (device 179:20 no longer exists)"
    assert _groups([*plain, spaced]) == 1
    assert _groups([spaced, *plain]) == 1
    assert _groups([*plain, spaced], Params(wild_phrases=False)) == 2
    pairs = ["stepSyncOrNot appSynTimes is 5, statsyncTimes is 3"] * 4 + ["stepSyncOrNot appSynTimes is 7"]
    assert _groups(pairs) == 2


def test_starting_and_exiting_are_two_events() -> None:
    """``udisks daemon version <v> starting`` / ``… exiting``, a job ``done`` / ``fail``: log
    antonyms (as ``started``/``stopped``), not one word varying."""
    life = ["udisks daemon version 2.10.90 starting", "udisks daemon version 2.10.91 exiting"]
    assert _groups(life) == 2
    assert _groups(life, Params(opposites=False)) == 1
    job = ["INFO pid=1 jid=af3 class=Mailer elapsed=4.9: done", "INFO pid=2 jid=b07 class=Mailer elapsed=1.5: fail"]
    assert _groups(job) == 2
    assert _groups(job, Params(opposites=False)) == 1


def test_an_error_phrase_may_end_in_its_code() -> None:
    """``context: <strerror> (<errno>)`` (bluez, GLib's ``%s (%s, %d)``): the phrase and its code
    are one free-text tail; a single word with a labelled value after a context
    (``associated (aid 3)``) is not."""
    errors = ["src/device.c:search_cb() 00:C1:E0:25:6D:12: error updating services: Connection timed out (110)",
              "src/device.c:search_cb() 03:21:CD:AC:D5:4D: error updating services: Operation already in progress (114)",
              "src/device.c:search_cb() 08:83:D5:E1:1C:9F: error updating services: Host is down (112)"]
    assert _groups(errors) == 1
    assert _groups(errors, Params(tail_codes=False, error_spans=False, error_texts=False)) > 1  # (S7's error_spans, S15's error_texts join them too)
    sta = ["wlan0: STA 3c:22:fb:01:02:03 IEEE 802.11: associated (aid 3)",
           "wlan0: STA 3c:22:fb:01:02:04 IEEE 802.11: disassociated"]
    assert _groups(sta) == 2


def test_a_context_that_took_several_texts_takes_any_tail() -> None:
    """``Transition to shutdown state: <reason>``: once two free-text reasons made its tail one
    ``<*>``, a reason holding a value (``MCU 'mcu' shutdown: Timer too close``) joins it; before
    that evidence, a tail holding a value stays apart."""
    reasons = ["Transition to shutdown state: Shutdown due to webhooks request",
               "Transition to shutdown state: Heater extruder not heating at expected rate"]
    nested = "Transition to shutdown state: MCU 'mcu' shutdown: Timer too close"
    assert _groups([*reasons, nested]) == 1
    assert _groups([*reasons, nested], Params(open_tails=False)) == 2
    assert _groups([reasons[0], nested]) == 2


def test_a_bracketed_value_with_spaces_in_the_template_faces_one_value() -> None:
    """polkit's ``[<command line>]``: ``[/usr/bin/systemctl restart nginx]`` came first, then
    ``[/usr/bin/gnome-control-center]``; the bracket holds one value either way."""
    head = "Operator of unix-process:6158:74 FAILED to authenticate to gain authorization for action x.y"
    lines = [f"{head} [/usr/bin/systemctl restart nginx] (owned by unix-user:admin)",
             f"{head} [/usr/bin/gnome-control-center] (owned by unix-user:admin)"]
    assert _groups(lines) == 1
    assert _groups(lines, Params(value_groups=False)) == 2
    words = [f"{head} [restart nginx] (owned by unix-user:admin)", f"{head} [<*>] (owned by unix-user:alice)"]
    assert _groups(words) == 2  # a bracket of words, no value: not one


def test_two_upper_case_labels_are_two_statements() -> None:
    """vsftpd's ``[pid 1] [alice] OK LOGIN: Client …`` / ``… OK MKDIR: Client …``: an upper-case
    ``LABEL:`` names a command, not a value; a lower-case word there may still vary."""
    lines = ['[pid 2301] [alice] OK LOGIN: Client "10.0.0.5"', '[pid 2302] [bob] OK MKDIR: Client "10.0.0.6"']
    assert _groups(lines) == 2
    assert _groups(lines, Params(labels_apart=False)) == 1


def test_a_keys_word_value_is_no_head_and_two_levels_stay_apart() -> None:
    """auditd's ``… msg='unit=web comm=…`` / ``msg='unit=cache …``: a key's bare-word value
    (also nested) is a slot's value, not the statement's keyword that Drain's prefix key takes;
    two severities under one key (``level=warn`` / ``level=debug``) are still two statements."""
    unit = ("type=SERVICE_STOP msg=audit(111.3:883): pid=1 uid=0 auid=4294967295 ses=4294967295 msg='unit={} "
            'comm="systemd" exe="/usr/lib/systemd/systemd" hostname=? addr=? terminal=? res=success\'')
    lines = [unit.format(u) for u in ("web", "cache", "search", "auth", "billing", "worker")]
    assert _groups(lines) == 1
    assert _groups(lines, Params(kv_head=False)) == len(lines)
    lvl = ['ts=2026-01-01T00:00:0{}Z caller=scrape.go:1 level={} component="scrape manager" msg="Append failed"'
           .format(i, v) for i, v in enumerate(("warn", "debug"))]
    assert _groups(lvl) == 2


def test_a_word_the_template_holds_beside_its_variable_may_be_missing() -> None:
    """lighttpd's ``… for wiki.example.net /cgi-bin/x`` first, then ``… for 192.168.1.1 /x`` (the
    host masked into the path's run): the template's word beside its ``<*>`` is that variable's,
    the mirror of a word that lengthens it."""
    lines = ["(gw_backend.c.2180) unexpected end-of-file (perhaps the fastcgi process died) on socket: "
             f"/run/php.socket-{i} (pid:{i}) for wiki.example.net /cgi-bin/luci?x={i}" for i in range(2)]
    lines.append("(gw_backend.c.2180) unexpected end-of-file (perhaps the fastcgi process died) on socket: "
                 "/run/php.socket-0 (pid:3970192) for 192.168.1.1 /cgi-bin/luci?title=Main_Page")
    assert _groups(lines) == 1
    assert _groups(lines, Params(wild_shrinks=False)) == 2


def test_names_in_brackets_generalise_when_their_ends_look_alike() -> None:
    """``CHANNEL(indexer):`` / ``CHANNEL(mailer):`` share ``er):`` at the end: the shared ends may
    reach into the values, so the bracket, not the longest common end, bounds the variable."""
    from millpond.pipeline.patterns_tokens import kind_token

    assert kind_token("CHANNEL(indexer):", "CHANNEL(mailer):") == "CHANNEL(<*>):"
    assert kind_token("TOPIC(inbox)", "TOPIC(indexer)") == "TOPIC(<*>)"
    lines = ["[nsqd] 2026/11/16 03:29:17.161831 INFO: CHANNEL(indexer): closing",
             "[nsqd] 2026/11/27 07:08:16.465668 INFO: CHANNEL(mailer): closing"]
    assert _groups(lines) == 1


def test_a_name_head_needs_two_shared_words_besides_values_and_header() -> None:
    """A CLI audit log: ``[<ts>] {DTA}[<ip> <n>]: quit`` / ``…: return``; the shared tokens are a
    bracketed value and a header, which say nothing about the command, so the two one-word
    commands are not one name in the head position."""
    lines = ["[2019-01-11 15:00:13.134] {DTA}[8.36.200.27 26]: quit",
             "[2019-01-11 15:00:14.134] {DTA}[8.36.200.27 26]: return"]
    assert _groups(lines) == 2
    assert _groups(lines, Params(head_shared=False)) == 1


SESSION5 = ("tail_headers", "header_weight", "wild_phrases", "wild_shrinks", "tail_codes", "open_tails",
            "value_groups", "labels_apart", "kv_head", "head_shared", "value_sides")


def test_a_state_written_before_session_5_keeps_its_ids(tmp_path: Path) -> None:
    """The session-5 rules change how NEW shapes are grouped, never a saved shape's id: a state
    mined with the session-4 behaviour (every session-5 switch off) gives its lines the same ids
    under today's rules, although today's rules group those lines otherwise from scratch."""
    assert set(SESSION5) <= {f.name for f in fields(Params)}
    old_params = replace(Params(), **{k: False for k in SESSION5}, wordless_merges=False)  # (session 12 refuses it too)
    svc = pa.array(["nsqd"] * len(NSQD))
    old = PatternMiner.load(tmp_path, old_params)
    ids = old.assign(svc, pa.array(NSQD)).to_pylist()
    old.save()
    assert len(set(ids)) < len(NSQD)  # the session-4 behaviour merged statements
    back = PatternMiner.load(tmp_path)  # today's rules
    assert back.assign(svc, pa.array(NSQD)).to_pylist() == ids
    assert back.patterns_table().column("pattern_id").to_pylist() == sorted(set(ids))
    assert _groups(NSQD) == len(NSQD)  # from scratch, today's rules group them otherwise


def test_one_letter_severities_are_two_statements() -> None:
    """ESPHome/logcat/glog write the level as one letter (``[W]``, ``[D]``): two letters are two
    levels, so two statements, as two level words are; other single letters are values."""
    from millpond.pipeline.patterns_tokens import opposite

    assert opposite("[<*>][W][api.connection:<*>]:", "[<*>][D][api.connection:<*>]:")  # as masked
    assert not opposite("phase A", "phase B")
    lines = ["[12:00:01][W][api.connection:145]: Home Assistant 2024.1 (10.0.0.5): Connection closed",
             "[12:00:02][D][api.connection:145]: Home Assistant 2024.1 (10.0.0.5): Connected successfully"]
    assert _groups(lines) == 2
    assert _groups(lines, Params(opposites=False)) == 1


def test_a_word_beside_a_bracketed_value_belongs_to_it() -> None:
    """Sidekiq prints ``RUBY_DESCRIPTION``, one value: ``ruby 3.3.0 (2023-12-25 revision 5124f9ac75)
    +YJIT [x86_64-linux]`` with YJIT on, without ``+YJIT`` otherwise."""
    lines = [f"INFO 2026-11-20T19:01:2{i}.022Z pid=5947{i} tid=9s9b: Running in ruby 3.3.6 (2024-11-05 revision "
             "75015d4c1f) [x86_64-linux]" for i in range(2)]
    lines.append("INFO 2026-11-10T07:47:08.667Z pid=74242 tid=jfzd: Running in ruby 3.3.0 (2023-12-25 revision "
                 "5124f9ac75) +YJIT [x86_64-linux]")
    assert _groups(lines) == 1
    assert _groups(lines, Params(value_sides=False)) == 2
