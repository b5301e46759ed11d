"""Benchmark: syslog over TCP into Millpond, and the same load into rsyslog / syslog-ng.

A separate load process opens ``--connections`` TCP connections and sends
``--lines`` RFC 3164 (or ``--format 5424``) lines in total, LF-framed, as fast
as the receiver takes them. The figure is lines per second from the first byte
to the last line being durable in Millpond's log (fsync'd), or written to the
peer's output file (rsyslog and syslog-ng write without fsync, so they are
given an easier job). Peers run on loopback with a generated config, not as
system services. Each target runs ``--runs`` times; the median is printed.

    .venv/bin/python bench/ingest_syslog.py --lines 1000000 --runs 3 --peers rsyslog,syslog-ng

Debian's syslog-ng package replaces rsyslog, so unpack it instead of installing it:
``apt-get download syslog-ng-core && dpkg -x syslog-ng-core_*.deb /tmp/sng`` (its
dependencies libivykis0, libnet1 may need installing), then ``--syslog-ng-root /tmp/sng``.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil


def _lines(fmt: str, n: int) -> list[bytes]:
    if fmt == "5424":
        return [f"<134>1 2026-11-25T08:41:05.{i % 1000:03d}Z web{i % 16} nginx {1000 + i % 50} - - "
                f"GET /api/v1/items/{i % 1000} HTTP/1.1 200 {i * 7 % 1000}ms\n".encode() for i in range(n)]
    return [f"<134>Nov 25 08:41:{i % 60:02d} web{i % 16} nginx[{1000 + i % 50}]: "
            f"GET /api/v1/items/{i % 1000} HTTP/1.1 200 {i * 7 % 1000}ms\n".encode() for i in range(n)]


def _load(port: int, fmt: str, total: int, connections: int, started: mp.Event) -> None:
    """Send ``total`` lines over ``connections`` sockets (blocking sendall: the receiver paces us)."""
    chunk = b"".join(_lines(fmt, 5000))
    per_conn = total // connections
    socks = [socket.create_connection(("127.0.0.1", port)) for _ in range(connections)]
    started.set()
    sent = [0] * connections
    while any(s < per_conn for s in sent):
        for i, s in enumerate(socks):
            if sent[i] < per_conn:
                s.sendall(chunk)
                sent[i] += 5000
    for s in socks:
        s.shutdown(socket.SHUT_WR)
        s.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _drive(port: int, args: argparse.Namespace, done: callable) -> float:
    """Run the load against ``port``; seconds until ``done()`` reports every line arrived."""
    ctx = mp.get_context("spawn")
    started = ctx.Event()
    total = (args.lines // args.connections // 5000) * 5000 * args.connections
    proc = ctx.Process(target=_load, args=(port, args.format, total, args.connections, started))
    proc.start()
    started.wait(30)
    t0 = time.perf_counter()
    deadline = t0 + 300
    while done() < total:
        if time.perf_counter() > deadline:
            raise RuntimeError(f"only {done()} of {total} lines arrived")
        time.sleep(0.005)
    elapsed = time.perf_counter() - t0
    proc.join()
    return total / elapsed


def _millpond(args: argparse.Namespace) -> float:
    import threading

    from millpond.config import LogConfig, build_config
    from millpond.ingest import syslog
    from millpond.ingest.appender import Appender
    from millpond.ingest.decode_pool import DecodePool, auto_decoders
    from millpond.ingest.stats import IngestStats
    from millpond.pipeline.log import open_log

    with tempfile.TemporaryDirectory() as d:
        log = open_log(Path(d), LogConfig(partitions=args.partitions))
        cfg = build_config({"syslog": {"listen": "127.0.0.1:0"}, "log": {"partitions": args.partitions},
                            "ingest": {"decoders": args.decoders}})
        pool = DecodePool(auto_decoders(cfg.ingest.decoders), inline_below=cfg.ingest.decode_inline)
        pool.wait_ready(60)  # as `millpond run` does: its decoder processes take the big reads
        decoders = [psutil.Process(p) for p in pool.pids]
        loop = asyncio.new_event_loop()
        ready = threading.Event()
        box: dict = {}

        async def serve() -> None:
            stats = IngestStats()
            box["app"] = Appender(log, stats, max_pending_bytes=cfg.ingest.max_pending, linger=cfg.ingest.linger,
                                  pool=pool)
            box["listeners"] = await syslog.start(cfg, box["app"], stats)
            ready.set()

        try:
            import uvloop

            loop = uvloop.new_event_loop()
        except ImportError:
            pass
        t = threading.Thread(target=loop.run_forever, daemon=True)
        t.start()
        asyncio.run_coroutine_threadsafe(serve(), loop).result(30)
        port = box["listeners"][0].port
        def dec_cpu() -> float:
            return sum(sum(p.cpu_times()[:2]) for p in decoders)

        cpu0, d0 = resource.getrusage(resource.RUSAGE_SELF), dec_cpu()
        t0 = time.perf_counter()
        rate = _drive(port, args, lambda: sum(log.end_offset("logs", p) for p in range(args.partitions)))
        cpu1, d1 = resource.getrusage(resource.RUSAGE_SELF), dec_cpu()
        wall = time.perf_counter() - t0
        cpu = (cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime) / wall
        print(f"  (receiver CPU {cpu + (d1 - d0) / wall:.2f} cores: ingest {cpu:.2f}, "
              f"{len(decoders)} decoders {(d1 - d0) / wall:.2f})", flush=True)

        async def stop() -> None:
            for lst in box["listeners"]:
                await lst.close()
            await box["app"].close()
            pool.close()

        asyncio.run_coroutine_threadsafe(stop(), loop).result(30)
        loop.call_soon_threadsafe(loop.stop)
        t.join(10)
        log.close()
    return rate


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as f:
            return sum(buf.count(b"\n") for buf in iter(lambda: f.read(1 << 20), b""))
    except FileNotFoundError:
        return 0


def _peer(name: str, args: argparse.Namespace) -> float:
    with tempfile.TemporaryDirectory() as d:
        port, out, conf = _free_port(), Path(d) / "out.log", Path(d) / "peer.conf"
        if name == "rsyslog":
            conf.write_text(
                f'global(workDirectory="{d}")\nmodule(load="imtcp" MaxSessions="1000")\n'
                f'input(type="imtcp" address="127.0.0.1" port="{port}")\n'
                f'action(type="omfile" file="{out}" template="RSYSLOG_FileFormat")\n')
            cmd = ["rsyslogd", "-n", "-f", str(conf), "-i", f"{d}/pid"]
        else:
            conf.write_text(
                "@version: current\n"
                f'source s {{ network(ip("127.0.0.1") port({port}) transport("tcp") max-connections(1000)'
                f' log-iw-size(100000)); }};\n'
                f'destination f {{ file("{out}"); }};\nlog {{ source(s); destination(f); }};\n')
            cmd = [_syslog_ng(args), "-F", "-f", str(conf), "--no-caps", "-p", f"{d}/pid", "-R", f"{d}/persist",
                   "-c", f"{d}/ctl"]
            if args.syslog_ng_root:  # an unpacked .deb: point it at its own libraries and modules
                cmd += ["--module-path", f"{args.syslog_ng_root}/usr/lib/syslog-ng/3.38"]
        env = dict(os.environ)
        if args.syslog_ng_root:
            env["LD_LIBRARY_PATH"] = f"{args.syslog_ng_root}/usr/lib/syslog-ng"
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        try:
            deadline = time.perf_counter() + 20
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if time.perf_counter() > deadline or proc.poll() is not None:
                        raise RuntimeError(f"{name} did not start") from None
                    time.sleep(0.05)
            return _drive(port, args, lambda: _count_lines(out))
        finally:
            proc.terminate()
            proc.wait(10)


def _syslog_ng(args: argparse.Namespace) -> str:
    return f"{args.syslog_ng_root}/usr/sbin/syslog-ng" if args.syslog_ng_root else "syslog-ng"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--connections", type=int, default=4)
    ap.add_argument("--format", choices=["3164", "5424"], default="3164")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--decoders", type=int, default=0, help="[ingest] decoders for Millpond (0 auto, -1 none)")
    ap.add_argument("--peers", default="rsyslog,syslog-ng", help="comma list; missing binaries are skipped")
    ap.add_argument("--syslog-ng-root", default="",
                    help="syslog-ng unpacked from its .deb (dpkg -x), as Debian's package conflicts with rsyslog")
    args = ap.parse_args()
    binaries = {"rsyslog": "rsyslogd", "syslog-ng": _syslog_ng(args)}
    targets = ["millpond"] + [p for p in args.peers.split(",") if p in binaries and shutil.which(binaries[p])]
    for target in targets:
        rates = []
        for i in range(args.runs):
            rate = _millpond(args) if target == "millpond" else _peer(target, args)
            rates.append(rate)
            print(f"{target} run {i + 1}: {rate:,.0f} lines/s", flush=True)
        print(f"{target} syslog TCP RFC {args.format} median of {args.runs}: {statistics.median(rates):,.0f} lines/s",
              flush=True)


if __name__ == "__main__":
    sys.exit(main())
