"""Benchmark: Fluent forward PackedForward ingest with durable chunk acks.

The receiver (uvloop, the real embedded log with fsync'd group commits, in a
temporary data directory) runs in this process; a separate load process opens
``--connections`` connections and keeps ``--window`` chunks in flight on each,
every chunk a PackedForward of ``--entries`` records with EventTime and five
string fields, counting acks. Records/s = acked records / wall time; CPU of
the receiver process is reported beside it. Runs ``--runs`` times and prints
the median.

    .venv/bin/python bench/ingest_forward.py --seconds 5 --runs 3

The receiver uses ``[ingest] decoders`` decoder processes as the appliance does
(``--decoders``, default auto; big chunks go to them unless ``--inline-forward``); ``--ab``
interleaves runs without them.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import resource
import statistics
import struct
import sys
import tempfile
import time
from pathlib import Path

import msgpack

from millpond.bench_ingest import raw_append_rate


def _entries_blob(n: int) -> bytes:
    now = int(time.time())
    out = []
    for i in range(n):
        et = msgpack.ExtType(0, struct.pack(">II", now, i * 1000))
        rec = {"log": f"GET /api/v1/items/{i} HTTP/1.1 200 {i * 7 % 1000}ms", "level": "info",
               "host": f"web{i % 16}", "path": f"/api/v1/items/{i % 100}", "status": "200"}
        out.append(msgpack.packb([et, rec]))
    return b"".join(out)


async def _load(port: int, connections: int, window: int, entries: int, seconds: float) -> tuple[int, float]:
    blob = _entries_blob(entries)
    deadline = time.perf_counter() + seconds
    acked = 0

    async def one(c: int) -> None:
        nonlocal acked
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        unpacker = msgpack.Unpacker(raw=False)
        sent = got = 0

        def send() -> None:
            nonlocal sent
            writer.write(msgpack.packb(["bench.app", blob, {"chunk": f"{c}-{sent}", "size": entries}]))
            sent += 1

        for _ in range(window):
            send()
        while got < sent:
            data = await reader.read(65536)
            if not data:
                raise RuntimeError("server closed the connection")
            unpacker.feed(data)
            for _ack in unpacker:
                got += 1
                acked += entries
                if time.perf_counter() < deadline:
                    send()
            await writer.drain()
        writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(one(c) for c in range(connections)))
    return acked, time.perf_counter() - t0


def _load_process(port: int, args: argparse.Namespace, out: mp.Queue) -> None:
    c0 = time.process_time()
    acked, elapsed = asyncio.run(_load(port, args.connections, args.window, args.entries, args.seconds))
    out.put((acked, elapsed, (time.process_time() - c0) / elapsed))


def raw_reference(directory: Path, entries: int, seconds: float) -> float:
    """Records/s of appending the same chunks (the PackedForward messages as sent) with write + fsync
    per chunk, same disk, same run: the durable floor if decoding cost nothing."""
    chunk = msgpack.packb(["bench.app", _entries_blob(entries), {"chunk": "c-0", "size": entries}])
    return raw_append_rate(directory / "raw-reference.bin", [chunk], entries, seconds)


def _children_cpu(pids: list[int]) -> float:
    import psutil

    total = 0.0
    for pid in pids:
        try:
            total += sum(psutil.Process(pid).cpu_times()[:2])
        except psutil.NoSuchProcess:
            pass
    return total


async def _run_once(args: argparse.Namespace, decoders: int) -> tuple[float, float, float, float]:
    """One run with ``[ingest] decoders = decoders`` (-1: none; 0: auto, as the appliance does)."""
    from millpond.config import LogConfig, build_config
    from millpond.ingest import forward
    from millpond.ingest.appender import Appender
    from millpond.ingest.decode_pool import DecodePool, auto_decoders
    from millpond.ingest.stats import IngestStats
    from millpond.pipeline.log import open_log

    with tempfile.TemporaryDirectory() as d:
        log = open_log(Path(d), LogConfig(partitions=args.partitions))
        cfg = build_config({"forward": {"listen": "127.0.0.1:0"}, "log": {"partitions": args.partitions},
                            "ingest": {"decode_forward": not args.inline_forward}})
        stats = IngestStats()
        pool = DecodePool(auto_decoders(decoders), inline_below=cfg.ingest.decode_inline)
        pool.wait_ready()
        app = Appender(log, stats, max_pending_bytes=cfg.ingest.max_pending, linger=cfg.ingest.linger, pool=pool)
        listeners = await forward.start(cfg, app, stats)
        ctx = mp.get_context("spawn")
        q: mp.Queue = ctx.Queue()
        proc = ctx.Process(target=_load_process, args=(listeners[0].port, args, q))
        kids = pool.pids
        cpu0, kid0 = resource.getrusage(resource.RUSAGE_SELF), _children_cpu(kids)
        proc.start()
        loop = asyncio.get_running_loop()
        acked, elapsed, load_cores = await loop.run_in_executor(None, q.get)
        cpu1, kid1 = resource.getrusage(resource.RUSAGE_SELF), _children_cpu(kids)
        await loop.run_in_executor(None, proc.join)
        stored = sum(log.end_offset("logs", p) for p in range(log.partitions("logs")))
        for lst in listeners:
            await lst.close()
        await app.close()
        pool.close()
        log.close()
        raw = raw_reference(Path(d), args.entries, 0.5)
    assert stored >= acked, f"acked {acked} but the log holds {stored}"
    cpu = (cpu1.ru_utime + cpu1.ru_stime) - (cpu0.ru_utime + cpu0.ru_stime) + kid1 - kid0
    return acked / elapsed, cpu / elapsed, raw, load_cores


def _decode_only(entries: int, seconds: float) -> float:
    """Records per CPU-second of decoding PackedForward into a ``logs`` batch (no I/O, no log):
    a figure that other load on the machine does not move much."""
    from millpond.ingest.forward_codec import decode_message, entries_batch, paused_gc

    msg = ["bench.app", _entries_blob(entries), {"size": entries}]
    done, t0 = 0, time.process_time()
    while time.process_time() - t0 < seconds:
        with paused_gc():
            tag, times, recs, values, _ = decode_message(msg, max_decompressed=1 << 30, columnar=True)
            entries_batch(tag, times, recs, values=values)
        done += entries
    return done / (time.process_time() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--connections", type=int, default=4)
    ap.add_argument("--window", type=int, default=4, help="chunks in flight per connection")
    ap.add_argument("--entries", type=int, default=5000, help="records per PackedForward chunk")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--decode-only", action="store_true", help="records per CPU-second of the decoder alone")
    ap.add_argument("--decoders", type=int, default=0, help="[ingest] decoders (0 = auto, as the appliance; -1 = none)")
    ap.add_argument("--inline-forward", action="store_true",
                    help="[ingest] decode_forward = false: PackedForward chunks decode in the receiver")
    ap.add_argument("--ab", action="store_true", help="interleave runs with --decoders and with -1 (no decoder processes)")
    args = ap.parse_args()
    if args.decode_only:
        rates = [_decode_only(args.entries, args.seconds) for _ in range(args.runs)]
        print(f"forward PackedForward decode median of {args.runs}: {statistics.median(rates):,.0f} "
              f"records per CPU-second")
        return
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    variants = [args.decoders, -1] if args.ab and args.decoders != -1 else [args.decoders]
    results: dict[int, list[float]] = {v: [] for v in variants}
    per_cpu: dict[int, list[float]] = {v: [] for v in variants}
    raws = []
    for i in range(args.runs):
        for v in variants:  # interleaved: a same-run A/B
            rate, cpu, raw, load_cores = asyncio.run(_run_once(args, v))
            results[v].append(rate)
            raws.append(raw)
            per_cpu[v].append(rate / max(cpu, 1e-9))
            print(f"run {i + 1} decoders={v}: {rate:,.0f} records/s acked durable (receiver CPU incl. decoders "
                  f"{cpu:.2f} cores, {per_cpu[v][-1]:,.0f} records per CPU-second; load process {load_cores:.2f} "
                  f"cores; raw fsync'd append of the same chunks {raw:,.0f}/s; load average "
                  f"{os.getloadavg()[0]:.1f})", flush=True)
    raw = statistics.median(raws)
    for v in variants:
        rate = statistics.median(results[v])
        print(f"forward PackedForward decoders={v} median of {args.runs}: {rate:,.0f} records/s "
              f"({statistics.median(per_cpu[v]):,.0f} per CPU-second); raw fsync'd append {raw:,.0f}/s, "
              f"ratio {rate / raw:.3f}")
    if len(variants) == 2:
        print(f"A/B: decoders={variants[0]} / none = "
              f"{statistics.median(results[variants[0]]) / statistics.median(results[-1]):.2f}x records/s, "
              f"{statistics.median(per_cpu[variants[0]]) / statistics.median(per_cpu[-1]):.2f}x records per CPU-second")

if __name__ == "__main__":
    sys.exit(main())
