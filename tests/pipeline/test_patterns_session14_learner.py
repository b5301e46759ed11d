"""Session 14, S14-learner: what the header learner misses on layouts nobody wrote a reader for.

With every layout reader off (``LAYOUT_RULES``), standing in for a program never seen, only the header
learner (pipeline/patterns_headers.py) reads a line's header.  When it learns a field it re-reads the
service's templates; a template that generalised before (a statement's varying first word, SmokePing's
probe) must then take that statement's templates seen under other hosts, as it would have had the host
read as a value from the first line (``reread_subsume``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from millpond.pipeline.patterns_params import Params
from patternkit import NO_READERS, assert_a_saved_state_keeps_its_ids, assert_the_learner_decides, ids, partition


# -- a template re-read once the host is learned takes its instances (``reread_subsume``) ------------------

HOSTS = ["rpi-monitor", "noc-probe", "mon01", "watcher"]
"""Syslog hosts: ``mon01`` holds a digit, so the mask folds it into the timestamp; the others stay words."""
PROBES = ["SSH", "TCPPing", "DNS", "FPing", "Curl", "FPingCloud"]
OTHERS = [
    "Child process {n} started for probe {probe}.",
    "Sent data to Server and got new config in response.",
    "got INT signal, terminating.",
    "Alert someloss was raised for Uplinks.ISP-{n} loss: {n}%",
]


def _smokeping(rounds: int = 12) -> tuple[list[str], list[int]]:
    """SmokePing's logger wrapper puts the probe's name before each of its messages
    (``FPing: probing 231 targets with step 120 s and offset 12 s.``), under a syslog header."""
    lines, truth = [], []
    for r in range(rounds):
        for k in range(4):
            host = HOSTS[(r + k) % len(HOSTS)]
            probe = PROBES[(r * 3 + k) % len(PROBES)]
            head = f"Nov {r + 1:2d} 0{k}:1{r % 10}:3{k} {host} smokeping[{1800 + r}]:"
            lines.append(f"{head} {probe}: probing {100 + r} targets with step {60 * (k + 1)} s and offset {r + k} s.")
            truth.append(0)
            lines.append(f"{head} " + OTHERS[k].format(n=r * 4 + k, probe=probe))
            truth.append(1 + k)
    return lines, truth


def test_a_template_reread_with_its_host_as_a_value_takes_its_instances() -> None:
    """The probe's name varies under one host first, so that host's template reads ``<*> probing …``; the
    probes seen from the folded host (``DNS: probing …``) started templates of their own.  Once the host is
    learned, all of them read ``<*> smokeping[<*>]: …``: the general one takes the others, one statement."""
    lines, truth = _smokeping()
    assert_the_learner_decides(lines, truth, reread_subsume=False)


def test_with_the_readers_on_the_host_never_split_it() -> None:
    """With the layout readers on the host is a value from the first line: one statement either way."""
    lines, truth = _smokeping()
    for on in (True, False):
        assert partition(ids(lines, replace(Params(), reread_subsume=on))) == partition(truth)


def test_a_saved_state_keeps_its_ids_reread(tmp_path: Path) -> None:
    lines, _ = _smokeping()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"reread_subsume": False}, NO_READERS)


# -- a bracket opening the line holding a value is header (``bracket_heads``) ------------------------------

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
CRON = ["===Starting cron===", "Renewing: '{d}'", "Skipped {d}", "Verifying: {d}", "Reload successful", "===End cron==="]
DOMAINS = ["example.com", "nas.home.example.net", "shop.example.de", "vpn.example.co.uk"]


def _shell_dates(rounds: int = 8) -> tuple[list[str], list[int]]:
    """A shell script's ``echo "[$(date)] $*"`` (acme.sh): the weekday glued to the bracket, the month a word."""
    lines, truth = [], []
    for r in range(rounds):
        for k, msg in enumerate(CRON):
            day = DAYS[(r * 2 + k) % len(DAYS)]
            lines.append(f"[{day} Nov {r + 2:2d} 0{k}:1{r}:3{k} UTC 2026] " + msg.format(d=DOMAINS[(r + k) % 4]))
            truth.append(k)
    return lines, truth


def test_a_bracketed_date_names_no_statement() -> None:
    """``[Fri Nov <*>] ===End cron=<*>`` / ``[Fri Nov <*>] Verifying: <*>`` share the date's words only: a join
    to ``[Fri Nov <*>] <*> <*>`` keeps no word of either message, so they are two statements, as they are
    once the weekday is learned as a field."""
    lines, truth = _shell_dates()
    assert_the_learner_decides(lines, truth, bracket_heads=False)


def test_what_a_bracket_head_is() -> None:
    from millpond.pipeline.patterns_similarity import _after_bracket_head

    assert _after_bracket_head(("[Fri", "Nov", "<*>]", "Reload", "successful")) == ("Reload", "successful")
    assert _after_bracket_head(("[UFW", "BLOCK]", "IN=<*>")) == ("[UFW", "BLOCK]", "IN=<*>")  # no value: words
    assert _after_bracket_head(("[<*>]", "Reload")) == ("[<*>]", "Reload")  # one token: a tag, as before
    assert _after_bracket_head(("Reload", "[a", "<*>]")) == ("Reload", "[a", "<*>]")  # not opening the line


def test_a_saved_state_keeps_its_ids_bracket(tmp_path: Path) -> None:
    lines, _ = _shell_dates()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"bracket_heads": False}, NO_READERS)
