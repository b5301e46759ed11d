"""Session 13, S13-learner: header fields the learner missed on layouts nobody wrote a reader for.

With every layout reader off (``LAYOUT_RULES``), standing in for a program never seen, only the header
learner (pipeline/patterns_headers.py) reads a line's header.  These are the classes it missed: a thread
named with a space inside a padded bracket (Undertow's ``[   XNIO-1 I/O-4]``), a thread of several words
before the layout's separator (``SIGHUP handler - riemann.bin - …``), and a host printed twice taken as a
free-text tail's context (ProFTPD's ``%h … %h``)."""

from __future__ import annotations

from pathlib import Path

from patternkit import NO_READERS, assert_a_saved_state_keeps_its_ids, assert_the_learner_decides


# -- a padded thread named with a space (``spaced_fields``) -----------------------------------------------

UNDERTOW = [
    ("l.server.io.HandshakeInterceptorImpl", "Incoming connection from /172.18.0.{n}:{port}"),
    ("lavalink.server.io.SocketServer", "Connection successfully established from Lavalink.py/{n}.1"),
    ("l.s.config.RequestAuthorizationFilter", "Authorization failed for 10.0.0.{n} on GET /v4/sessions"),
    ("l.server.player.AudioLoaderRestHandler", "Got request to load for identifier ytsearch:{n}"),
]
THREADS = ["main", "XNIO-1 task-2", "XNIO-1 I/O-4", "XNIO-1 I/O-1", "XNIO-1 task-7"]


def _spring(rounds: int = 10) -> tuple[list[str], list[int]]:
    """Spring Boot's ``%5p %pid --- [%15.15t] %-40.40logger{39} : %m``: a thread shorter than 15 is padded."""
    lines, truth = [], []
    for r in range(rounds):
        for t, (logger, msg) in enumerate(UNDERTOW):
            thread = THREADS[(r + t) % len(THREADS)]
            text = msg.format(n=r * 4 + t, port=40000 + r * 13 + t)
            lines.append(f"2026-11-20T09:{r:02d}:{t * 7:02d}.129Z  INFO 1 --- [{thread:>15}] {logger:<40} : {text}")
            truth.append(t)
    return lines, truth


def test_a_padded_thread_named_with_a_space_is_one_value() -> None:
    """``[   XNIO-1 I/O-4]``: the padding says the bracket is a field of fixed width; what it holds, a space
    and all, is that field's one value, as ``[           main]`` holds one."""
    lines, truth = _spring()
    assert_the_learner_decides(lines, truth, spaced_fields=False)


def test_a_bracket_of_words_without_padding_is_left_alone() -> None:
    """``[UFW BLOCK]`` opens no padding: its words are the statement's own."""
    from millpond.pipeline.patterns_headers import unpad

    assert unpad(("<*>", "kernel:", "[UFW", "BLOCK]", "IN=eth0"), True) == ("<*>", "kernel:", "[UFW", "BLOCK]", "IN=eth0")
    assert unpad(("<*>", "INFO", "---", "[", "<*>", "I/<*>]", "x"), True) == ("<*>", "INFO", "---", "[<*> I/<*>]", "x")
    assert unpad(("<*>", "INFO", "---", "[", "<*>", "I/<*>]", "x"), False) == ("<*>", "INFO", "---", "[", "<*>", "I/<*>]", "x")


def test_a_saved_state_keeps_its_ids_spaced(tmp_path: Path) -> None:
    lines, _ = _spring()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"spaced_fields": False}, NO_READERS)


# -- a thread of several words before the layout's separator (``header_words``) -----------------------------

RIEMANN = [
    ("riemann.graphite", "Connecting to  {{:host \"carbon-{n}\", :port 2004}}"),
    ("riemann.bin", "Caught SIGHUP, reloading"),
    ("riemann.transport.sse", "New SSE subscription to index for: (service = \"cpu{n}\")"),
    ("riemann.core", "Hyperspace core online"),
    ("riemann.pubsub", "Sweeping transient subscriptions."),
]
WORDY_THREADS = ["main", "SIGHUP handler", "riemann task {k}", "clojure-agent-send-off-pool-{k}", "Thread-{k}"]


def _riemann(rounds: int = 12) -> tuple[list[str], list[int]]:
    """log4j's ``%p [%d] %t - %c - %m``: the thread printed whole, spaces and all."""
    lines, truth = [], []
    for r in range(rounds):
        for t, (logger, msg) in enumerate(RIEMANN):
            thread = WORDY_THREADS[(2 * r + t) % len(WORDY_THREADS)].format(k=r % 4)
            lines.append(f"INFO [2026-11-04 01:{r:02d}:{t * 9:02d},815] {thread} - {logger} - {msg.format(n=r)}")
            truth.append(t)
    return lines, truth


def test_a_thread_of_several_words_runs_to_the_separator() -> None:
    """``SIGHUP handler - riemann.bin - …`` beside ``main - riemann.bin - …``: the thread is one value up to the
    ``-`` the layout puts after it, however many words its name has."""
    lines, truth = _riemann()
    assert_the_learner_decides(lines, truth, header_words=False)


def test_what_runs_to_a_separator() -> None:
    """A name of words runs to the separator (an acronym among them: ``SIGHUP handler``); a sentence's
    capitalised first word, a participle or a ``label:`` is a message's, and one plain word is read alone."""
    from millpond.pipeline.patterns_headers import _field_end

    def end(line: str, p: int) -> int | None:
        toks = tuple(line.split())
        return _field_end(toks, list(toks), p)

    assert end("INFO [<*>] SIGHUP handler - riemann.bin - Caught", 2) == 4
    assert end("INFO [<*>] riemann task <*> - riemann.core - online", 2) == 5
    assert end("INFO [<*>] <*> - riemann.core - online", 2) == 3
    assert end("INFO [<*>] main - riemann.core - online", 2) is None  # one word: its own count reads it
    assert end("<*> Connection reset - retrying", 1) is None
    assert end("<*> restarting worker - retrying", 1) is None
    assert end("<*> worker: failed - retrying", 1) is None


def test_a_saved_state_keeps_its_ids_words(tmp_path: Path) -> None:
    lines, _ = _riemann()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"header_words": False}, NO_READERS)


# -- a host printed twice is no context (``context_words``) --------------------------------------------------

PROFTPD = [
    "USER {user}: Login successful.",
    "Client session idle timeout, disconnected",
    "USER {user} (Login failed): Limit access denies login",
    "FTP session timed out, disconnected",
    "Maximum login attempts ({k}) exceeded, connection refused",
    "no such user '{user}'",
]
HOSTS = ["nas", "ftp.example.com", "files.corp.example", "ftp01", "backup"]


def _proftpd(rounds: int = 10) -> tuple[list[str], list[int]]:
    """ProFTPD's ``%{iso8601} %h proftpd[%P] %h (%a[%a]): %m``: the host printed twice."""
    lines, truth = [], []
    for r in range(rounds):
        for t, msg in enumerate(PROFTPD):
            host = HOSTS[(r + 2 * t) % len(HOSTS)]
            text = msg.format(user=("kate", "sven", "rosa")[r % 3], k=r % 5 + 2)
            lines.append(f"2026-11-26 05:{r:02d}:{t * 7:02d},446 {host} proftpd[{7000 + r * 6 + t}] {host} "
                         f"(10.0.{r}.{t}[10.0.{r}.{t}]): {text}")
            truth.append(t)
    return lines, truth


def test_a_host_printed_twice_is_no_context_of_two_words() -> None:
    """``<ts> nas proftpd[<pid>] nas (<addr>):`` holds one word twice: before the learner reads the host as a
    field, that is no context whose free texts (``Client session idle timeout, disconnected`` / ``USER rosa
    (Login failed): …``) would be one statement."""
    lines, truth = _proftpd()
    assert_the_learner_decides(lines, truth, context_words=False)


def test_a_saved_state_keeps_its_ids_context(tmp_path: Path) -> None:
    lines, _ = _proftpd()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"context_words": False}, NO_READERS)
