"""Disk full during load (the data dir on a small tmpfs, filled by a file we own).

Receivers must push back (503 + Retry-After / no forward ack) rather than
ack what is not durable; when the filler is deleted the appliance recovers by
itself, and every acknowledged record reaches the archive.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from chaoskit import Appliance, Client, ForwardClient, HttpClient, JsonLogsClient, LineProtocolClient, poll, verdict

SIZE_MB = 96


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE_MB}m", "tmpfs", str(mnt)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({r.stderr.strip() or r.returncode}): needs root")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(path: Path, leave: int) -> int:
    """Grow ``path`` until the filesystem has about ``leave`` bytes free; returns bytes written."""
    free = shutil.disk_usage(path.parent).free
    n = max(0, free - leave)
    with open(path, "wb") as f:
        chunk = b"\0" * (1 << 20)
        written = 0
        try:
            while written < n:
                written += f.write(chunk[: min(len(chunk), n - written)])
            f.flush()
            os.fsync(f.fileno())
        except OSError:
            pass
    return written


def test_disk_full_pushes_back_and_recovers_when_space_returns(tmpfs: Path) -> None:
    """Fill the tmpfs under load: refusals, not acks; delete the filler: acks resume; 0 acked lost."""
    app = Appliance(tmpfs)
    app.start()
    cs: list[Client] = [ForwardClient(app, batch=500), JsonLogsClient(app, batch=500), LineProtocolClient(app, batch=500)]
    for c in cs:
        c.start()
    http_clients = [c for c in cs if isinstance(c, HttpClient)]
    filler = tmpfs / "filler"
    try:
        poll(lambda: all(len(c.tally.acked) >= 2000 for c in cs), 30, what="load flows")
        _fill(filler, leave=256 * 1024)
        poll(lambda: all(sum(c.statuses[s] for s in (503, 507, 429)) >= 3 for c in http_clients), 30,
             what="HTTP clients refused while the disk is full")
        assert app.proc is not None and app.proc.poll() is None, "the appliance died of a full disk"
        full_acked = [len(c.tally.acked) for c in cs]
        filler.unlink()
        poll(lambda: all(len(c.tally.acked) >= n + 2000 for c, n in zip(cs, full_acked)), 30,
             what="acks resume once space returns")
        assert app.healthy()
    finally:
        for c in cs:
            c.halt.set()
    tallies = [c.stop() for c in cs]
    other = {s: n for c in http_clients for s, n in c.statuses.items() if s not in (204, 429, 503, 507)}
    assert not other, f"unexpected answers while the disk was full: {other}"
    app.wait_worker_ready()
    assert app.stop() == 0, app.log_tail()
    v = verdict(app.data, tallies)
    refused = {s: sum(c.statuses[s] for c in http_clients) for s in (429, 503, 507)}
    print(f"\ndisk full ({SIZE_MB} MiB tmpfs filled to 256 KiB free, then freed): HTTP refusals {refused}; {v.row()}")
    assert v.acked > 0 and not v.lost and not v.duplicated, v.row()
