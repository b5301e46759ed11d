"""`millpond demo`: headless without a terminal; the dashboard inside tmux with live numbers; Ctrl-C / q stop all."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest


def _wait(pred, timeout: float, what: str):  # noqa: ANN001, ANN202
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        v = pred()
        if v:
            return v
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _port_open(port: int) -> bool:
    import socket

    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_demo_headless_prints_where_to_look_then_stops_cleanly() -> None:
    """No terminal: instructions, then status lines whose counts grow; SIGINT stops it all and removes the temp dir."""
    proc = subprocess.Popen([sys.executable, "-m", "millpond", "demo", "--any-ports", "--speed", "20", "--status-every", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    try:
        assert proc.stdout is not None
        counts: list[int] = []
        deadline = time.monotonic() + 90
        while len(counts) < 2 or counts[-1] <= counts[0]:
            assert time.monotonic() < deadline, "".join(lines)
            line = proc.stdout.readline()
            assert line, "demo exited early:\n" + "".join(lines)
            lines.append(line)
            m = re.search(r"·\s+logs (\d+)", line)
            if m:
                counts.append(int(m.group(1)))
        text = "".join(lines)
        assert "no terminal" in text and "millpond query --url http://127.0.0.1:" in text and "millpond tui" in text
        data_dir = Path(re.search(r"data directory\s+(\S+)", text).group(1))  # type: ignore[union-attr]
        http = int(re.search(r"query / API\s+http://127\.0\.0\.1:(\d+)", text).group(1))  # type: ignore[union-attr]
        assert data_dir.is_dir() and _port_open(http)
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=90)
    assert proc.returncode == 0, out
    assert "stopping the demo" in out
    assert not data_dir.exists()
    assert not _port_open(http)


def test_demo_dashboard_in_tmux_shows_live_numbers(tmp_path: Path) -> None:
    """In a real terminal (tmux) the dashboard opens; the numbers on the Overview move; q stops everything."""
    if shutil.which("tmux") is None:
        pytest.fail("tmux is not installed (Debian package tmux; `make debs`)")
    session = f"millpond-demo-{os.getpid()}"
    data = tmp_path / "demo"
    cmd = f"{sys.executable} -m millpond demo --any-ports --speed 20 --data-dir {data}; echo DEMO-EXITED $?; sleep 60"
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "36", cmd], check=True)

    def pane() -> str:
        r = subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True)
        return r.stdout if r.returncode == 0 else ""

    def logs_count() -> int | None:
        m = re.search(r"last 5 min:\s+logs ([\d.]+)(k?)", pane())
        return int(float(m.group(1)) * (1000 if m.group(2) else 1)) if m else None

    try:
        first = _wait(logs_count, 90, "the dashboard with a log count")
        screen = pane()
        assert "● healthy" in screen and "Ingest by receiver" in screen and "1 Overview" in screen
        _wait(lambda: (n := logs_count()) is not None and n > first, 60, "the log count to grow")
        _wait(lambda: (m := re.search(r"in ([\d.]+k?)/s", pane())) and m.group(1) not in ("0", "0.0"), 30,
              "a non-zero ingest rate")
        cfg = tomllib.loads((data / "millpond-demo.toml").read_text())
        http = int(cfg["http"]["listen"].rsplit(":", 1)[1])
        assert _port_open(http)
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=True)
        _wait(lambda: "DEMO-EXITED" in pane(), 90, "the demo to exit")
        assert "stopping the demo" in pane() and "DEMO-EXITED 0" in pane()
        assert not _port_open(http)
        assert data.is_dir()  # a given data directory is kept
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
