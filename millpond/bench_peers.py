"""``millpond bench --peers``: the same load sent to rsyslog and Prometheus, where installed.

Each peer is started on a free loopback port with a generated config in a
temporary directory (never as a system service) and driven by the same load
process and bodies as Millpond. What "accepted" means for a peer:

* rsyslog (syslog over TCP, octet counting) — lines written to its output
  file (``omfile``; rsyslog does not fsync by default, Millpond does);
* Prometheus (remote_write 1.0) — samples of requests answered 2xx (its
  TSDB head; WAL without fsync per request).
"""

from __future__ import annotations

import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

from millpond.bench_ingest import LoadProcess, free_port, wait_for

PEERS = {"syslog": "rsyslog", "remote_write": "prometheus"}


def available() -> dict[str, str]:
    """protocol → peer for the peers installed on this machine."""
    exe = {"rsyslog": "rsyslogd", "prometheus": "prometheus"}
    return {proto: peer for proto, peer in PEERS.items() if shutil.which(exe[peer])}


def _rsyslog(tmp: Path) -> tuple[subprocess.Popen[bytes], int, Path]:
    port = free_port()
    out = tmp / "rsyslog.out"
    conf = tmp / "rsyslog.conf"
    (tmp / "work").mkdir()
    conf.write_text(f"""global(workDirectory="{tmp / 'work'}")
module(load="imtcp" MaxSessions="64")
input(type="imtcp" port="{port}" address="127.0.0.1")
template(name="raw" type="string" string="%msg%\\n")
*.* action(type="omfile" file="{out}" template="raw")
""")
    proc = subprocess.Popen(["rsyslogd", "-n", "-f", str(conf), "-i", str(tmp / "rsyslog.pid")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    def listening() -> bool:
        if proc.poll() is not None:
            raise RuntimeError(f"rsyslogd exited with {proc.returncode}")
        import socket
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return True
        except OSError:
            return False
    wait_for(listening, 30, "rsyslogd listening")
    return proc, port, out


def _lines(path: Path) -> int:
    if not path.exists():
        return 0
    with open(path, "rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def _prometheus(tmp: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    (tmp / "prom.yml").write_text("global:\n  scrape_interval: 1h\nstorage:\n  tsdb:\n    out_of_order_time_window: 1d\n")
    proc = subprocess.Popen(
        ["prometheus", f"--config.file={tmp / 'prom.yml'}", f"--storage.tsdb.path={tmp / 'tsdb'}",
         f"--web.listen-address=127.0.0.1:{port}", "--web.enable-remote-write-receiver", "--log.level=error"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def ready() -> bool:
        if proc.poll() is not None:
            raise RuntimeError(f"prometheus exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/ready", timeout=1) as r:
                return r.status == 200
        except OSError:
            return False
    wait_for(ready, 60, "prometheus ready")
    return proc, port


def peer_rates(tmp: Path, load: LoadProcess, protocols: list[str], seconds: float,
               tick=lambda *_: None) -> list[dict]:  # noqa: ANN001
    """Accepted records/s of each installed peer for ``protocols`` (same bodies, same load process)."""
    rows = []
    for proto, peer in available().items():
        if proto not in protocols:
            continue
        tick(f"peer: {peer}")
        d = tmp / peer
        d.mkdir(parents=True)
        if peer == "rsyslog":
            proc, port, out = _rsyslog(d)
            t0 = time.perf_counter()
            sent, _, _ = load.drive(proto, port, seconds)
            wait_for(lambda: _lines(out) >= sent, 120, "rsyslog wrote every line", every=0.1)
            rate, failed = sent / (time.perf_counter() - t0), 0
        else:
            proc, port = _prometheus(d)
            accepted, failed, wall = load.drive(proto, port, seconds)
            rate = accepted / wall
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        rows.append({"protocol": proto, "peer": peer, "records_per_s": rate, "failed_requests": failed})
    return rows
