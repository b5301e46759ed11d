"""Session 12, S12-merges: joins of two statements that the format text tells apart.

A format string names its statement with a word (``ready``, ``spawning...``, ``Caught SIGHUP``); the
header before it (a level, a time, a thread, a logger) and its values are printed by every statement
of the program.  Two lines of one length that share only that header and a field score high once the
header's values are masked, and their join keeps no word: the template says nothing a line of another
statement would not match (``wordless_merges``).  An article or preposition facing another word after a
shared word is the format string's own text, never a printed value (``function_words_apart``); a verb's form heading the message
is no name (``participle_heads``); a free text joins no other statement's format holding a
value (``valued_tails``)."""

from __future__ import annotations

from pathlib import Path

from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, ids, partition

# Ruby's Logger default layout (unicorn's master and workers): ``I, [<time> #<pid>]  INFO -- : <message>``
_UNICORN = [("worker={w} ready", 0), ("worker={w} spawning...", 1), ("worker={w} ready", 0),
            ("worker={w} spawning...", 1), ("worker={w} ready", 0), ("worker={w} spawning...", 1)]
UNICORN = [f"I, [2026-11-05T15:{i:02d}:52.{991931 + i} #19233]  INFO -- : {m.format(w=i % 7)}" for i, (m, _) in enumerate(_UNICORN)]

# Clojure's tools.logging through logback (riemann): ``LEVEL [<time>] <thread> - <logger> - <message>``
_RIEMANN = [("pool-3-thread-1", "riemann.bin", "PID 2047603", 0),
            ("pool-1-thread-2", "riemann.config", "Loading /etc/riemann/riemann.config", 1),
            ("pool-2-thread-1", "riemann.bin", "PID 2047611", 0),
            ("pool-1-thread-3", "riemann.config", "Loading /etc/riemann/conf.d/streams.clj", 1)]
RIEMANN = [f"INFO [2026-11-26 02:2{i}:40,72{i}] {t} - {lg} - {m}" for i, (t, lg, m, _) in enumerate(_RIEMANN)]


def test_a_join_that_keeps_no_word_of_either_statement_is_refused() -> None:
    """``worker=<*> ready`` / ``worker=<*> spawning...`` would leave ``INFO -- : worker=<*> <*>``."""
    assert_the_rule_decides(UNICORN, [k for _, k in _UNICORN], wordless_merges=False)


def test_a_header_and_a_logger_are_no_word_of_the_statement() -> None:
    """``<thread> - riemann.bin - PID <*>`` / ``<thread> - riemann.config - Loading <*>``: the thread and
    the logger's name are the header's; nothing of the two messages is shared."""
    assert_the_rule_decides(RIEMANN, [k for *_, k in _RIEMANN], wordless_merges=False)


def test_a_record_of_named_fields_is_its_statement_whatever_name_it_printed() -> None:
    """sudo's ``<user> : TTY=… ; PWD=… ; USER=root ; COMMAND=…``: the user and the command's argument
    are values; the fields name the statement, so the join stands."""
    lines = [f"{u} : TTY=pts/{i} ; PWD=/home/{u} ; USER=root ; COMMAND=/usr/bin/systemctl restart {svc}"
             for i, (u, svc) in enumerate([("alice", "nginx"), ("deploy", "carts"), ("git", "tokens"), ("oracle", "payments")])]
    assert len(set(ids(lines))) == 1


def test_a_word_kept_is_enough() -> None:
    """``Started <*>``: one word of the statement survives the join."""
    lines = [f"I, [2026-11-05T15:0{i}:52.99 #2104]  INFO -- : Started {n}" for i, n in enumerate(["sidekiq", "puma", "resque"])]
    assert len(set(ids(lines))) == 1


def test_a_saved_state_keeps_its_ids(tmp_path: Path) -> None:
    first = assert_a_saved_state_keeps_its_ids(tmp_path, UNICORN, {"wordless_merges": False})
    assert len(set(first)) == 1
    assert partition(ids(UNICORN)) == partition([k for _, k in _UNICORN])


# tracing's default layout (meilisearch): ``<time>  INFO <target>: <message>``
_IMPORTS = [("Importing the settings.", 0), ("Importing index `catalog_fr`.", 1), ("Importing the settings.", 0),
            ("Importing index `orders_2026`.", 1), ("Importing index `catalog_de`.", 1)]
IMPORTS = [f"2026-11-20T19:3{i}:24.52626{i}Z  INFO meilisearch: {m}" for i, (m, _) in enumerate(_IMPORTS)]


def test_an_article_facing_a_word_is_format_text() -> None:
    """``Importing the settings.`` / ``Importing index `catalog_fr`.``: ``the`` is the format string's
    own word, never a printed value, so the two lines are two statements."""
    assert_the_rule_decides(IMPORTS, [k for _, k in _IMPORTS], function_words_apart=False)


def test_a_saved_state_keeps_its_ids_for_function_words(tmp_path: Path) -> None:
    first = assert_a_saved_state_keeps_its_ids(tmp_path, IMPORTS, {"function_words_apart": False})
    assert len(set(first)) == 1


# dhcpcd: ``<interface>: <action> lease of <address>``
_LEASES = [("renewing", 0), ("rebinding", 1), ("renewing", 0), ("rebinding", 1), ("renewing", 0)]
LEASES = [f"wlan{i % 2}: {verb} lease of 192.168.1.{20 + i}" for i, (verb, _) in enumerate(_LEASES)]


def test_a_verb_heading_the_message_is_no_name() -> None:
    """``renewing lease of <*>`` / ``rebinding lease of <*>``: a head ending in ``-ing`` is the action the
    statement reports, not a user or host that ``name_head`` lets differ."""
    assert_the_rule_decides(LEASES, [k for _, k in _LEASES], participle_heads=False)


def test_a_name_heading_the_message_still_differs() -> None:
    """``alice : TTY=…`` and ``bob : TTY=…`` are one statement, as before."""
    lines = [f"{u} : TTY=pts/{i} ; PWD=/home/{u} ; USER=root ; COMMAND=/usr/bin/id" for i, u in enumerate(["alice", "bob", "carol"])]
    assert len(set(ids(lines))) == 1


def test_a_saved_state_keeps_its_ids_for_verb_heads(tmp_path: Path) -> None:
    first = assert_a_saved_state_keeps_its_ids(tmp_path, LEASES, {"participle_heads": False})
    assert len(set(first)) == 1


# Bareos's job messages: ``<dd-Mon HH:MM> <daemon> JobId <id>: <message>``
_JOBS = [('Created database record for Pool "Full".', 0), ('Created database record for Pool "Incr-0611".', 0),
         ("End auto prune.", 1), ("End auto prune.", 1), ("Begin pruning Jobs older than 6 months .", 2),
         ('Created database record for Pool "Offsite-2026".', 0)]
JOBS = [f"{10 + i}-Nov 22:1{i} bareos-dir JobId {48868 + 17 * i}: {m}" for i, (m, _) in enumerate(_JOBS)]


def test_a_free_text_joins_no_format_holding_a_value() -> None:
    """``JobId <*>: Created database record for Pool <*>`` is a format with its argument; ``End auto
    prune.`` after the same context is no free text of it, but another statement."""
    assert_the_rule_decides(JOBS, [k for _, k in _JOBS], valued_tails=False)


def test_free_texts_after_one_context_still_join() -> None:
    """``dial tcp <*>: connection refused`` / ``…: i/o timeout``: an error's free text, one statement."""
    lines = [f"2026-11-26T10:0{i}:00Z WARN pgpool: dial tcp 10.0.0.{i}:5432: {e}" for i, e in enumerate(
        ["connection refused", "i/o timeout", "connection refused", "no route to host"])]
    assert len(set(ids(lines))) == 1


def test_a_saved_state_keeps_its_ids_for_valued_tails(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, JOBS, {"valued_tails": False})
