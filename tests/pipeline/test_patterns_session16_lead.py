"""Session 16 (lead): a join across lengths keeps the brackets the format prints around a value; Elixir Logger's
metadata is header.

``common_joins`` (session 16) merges two templates of differing lengths when the joins both ways give one template
that loses no word of either, or loses words only where the other holds a run of several values.  A value framed
whole by brackets (``[imsi-999701234567890]``) is printed inside the format's own ``[`` and ``]``: the brackets are
text of the call, a context (the subscriber, the session, the peer) one call prints before its message and another
call lacks.  So ``[<*>] <*> request`` and ``Registration request`` are not one statement, though ``[<*>] <*>`` is a
run of two values facing one word: the seventeenth never-seen set's 5G core (open5gs' AMF) lost 0.06 of its lines
to that join before this guard (``kept_frames``).

Elixir's Logger writes ``$time $metadata[$level] $message`` by default, ``$metadata`` being ``key=value `` for each
configured key the process has set: a connection pooler's tenant, user, region, mode and peer, a car's id.  The set
differs line by line (a pair only once the process knows it, a value with blanks), so the pairs are header
(``elixir_metadata``): three programs of three never-seen sets (TeslaMate, Realtime, Supavisor) print this way."""

from __future__ import annotations

from pathlib import Path

from millpond.pipeline.patterns_cluster import common_join
from millpond.pipeline.patterns_formats import elixir_metadata
from millpond.pipeline.patterns_params import Params
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides

P = Params()


def _stamp(i: int) -> str:
    return f"11/{1 + i % 28:02d} {i % 24:02d}:{(7 * i) % 60:02d}:{(13 * i) % 60:02d}.{(37 * i) % 1000:03d}"


# The AMF's registration handler logs ``Registration request`` with no subscriber (the UE has no identity yet);
# the service and deregistration handlers log through one call that prints the subscriber and the procedure.
_PROCEDURES = ["Service", "Deregistration", "Identity", "Configuration update", "Service", "Deregistration"]


def _registration(i: int) -> str:
    return f"{_stamp(i)}: [gmm] INFO: Registration request (../src/amf/gmm-sm.c:1706)"


def _procedure(i: int) -> str:
    return (f"{_stamp(i)}: [gmm] INFO: [imsi-99970{(7919 * i) % 10**10:010d}] {_PROCEDURES[i % len(_PROCEDURES)]} "
            f"request (../src/amf/gmm-sm.c:{2005 + 1435 * (i % 2)})")


LINES = [_registration(i) for i in range(12)] + [
    _registration(i) if i % 3 == 0 else _procedure(i) for i in range(12, 60)]
TRUTH = [0 if "Registration" in line else 1 for line in LINES]


def _t(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def test_a_bracketed_context_is_the_formats_text() -> None:
    """The registration lines stay one statement and the subscriber's procedures another, though the joins both ways
    would give ``<*> request``: the join would lose the ``[<*>]`` the second call prints."""
    assert_the_rule_decides(LINES, TRUTH, kept_frames=False)


def test_a_join_losing_a_framed_value_is_refused() -> None:
    head = "<*>: [gmm] INFO:"
    framed, bare = _t(f"{head} [<*>] <*> request (../src/amf/<*>)"), _t(f"{head} Registration request (../src/amf/<*>)")
    assert common_join(framed, bare, P) is None
    assert common_join(bare, framed, P) is None
    off = Params(kept_frames=False)
    assert common_join(framed, bare, off) == _t(f"{head} <*> request (../src/amf/<*>)")


def test_a_join_keeping_the_frame_still_holds() -> None:
    """Values only on either side, the frame kept: still one statement (technitium's ``to <*> [<*>]`` / ``to [<*>]``)."""
    t = _t("[<*>] DHCP Server leased IP address [<*>] to <*> [<*>] for scope: <*>")
    s = _t("[<*>] DHCP Server leased IP address [<*>] to [<*>] for scope: <*>")
    assert common_join(t, s, P) is not None or common_join(s, t, P) is not None


def test_a_saved_state_keeps_its_ids(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, LINES, {"kept_frames": False})


# A Postgres pooler in Elixir: the client handler's and the db handler's statements, each printed under the
# metadata its process has at that moment (the peer and the client's application name only once connected).
_META = ["project=acme user=app region=us-east-1 mode=transaction type=single",
         "project=prj-3f9a1c user=authenticator region=ap-southeast-1 mode=session type=cluster app_name=PostgreSQL "
         "JDBC Driver peer_ip=194.213.187.{}",
         "project=analytics user=postgres region=eu-central-1 mode=transaction type=cluster peer_ip=10.1.4.{}",
         "project=acme user=app_ro"]
_SAID = [("info", "ClientHandler: Connection authenticated"),
         ("warning", "ClientHandler: Terminate an idle connection by {} ms"),
         ("info", "DbHandler: Backend authenticated, backend_pid: {}"),
         ("error", "DbHandler: Connection failed :econnrefused to {}")]


def _pooler(i: int) -> str:
    level, said = _SAID[i % len(_SAID)]
    return (f"{i % 24:02d}:{(7 * i) % 60:02d}:{(13 * i) % 60:02d}.{(37 * i) % 1000:03d} "
            f"{_META[(i // 4) % len(_META)].format(i % 250)} [{level}] {said.format(1000 + 37 * i)}")


POOLER = [_pooler(i) for i in range(64)]


def test_elixir_logger_metadata_is_header() -> None:
    """Each statement is one template under whichever metadata its process had; without the reader the pairs of
    varying count split a statement by them or merge statements whose texts fall where the pairs were."""
    assert_the_rule_decides(POOLER, [i % len(_SAID) for i in range(len(POOLER))], elixir_metadata=False)


def test_the_pairs_up_to_a_loggers_level_are_dropped() -> None:
    shape = ("<*>", "car_id=<*>", "[info]", "Fetch", "already", "in", "progress", "...")
    assert elixir_metadata(shape) == ("<*>", "[info]", "Fetch", "already", "in", "progress", "...")
    spaced = ("<*>", "app_name=PostgreSQL", "JDBC", "Driver", "peer_ip=<*>", "[warning]", "ClientHandler:", "<*>")
    assert elixir_metadata(spaced) == ("<*>", "[warning]", "ClientHandler:", "<*>")


def test_a_line_without_logger_metadata_is_left_alone() -> None:
    for shape in [("<*>", "[info]", "plain", "text"),  # no pairs
                  ("<*>", "user=<*>", "logged", "in"),  # no level: a statement's own field
                  ("nginx:", "user=<*>", "[info]", "<*>")]:  # a word before the pairs: not Logger's time
        assert elixir_metadata(shape) == shape
