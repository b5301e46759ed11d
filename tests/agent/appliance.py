"""A real appliance front for the agent's end-to-end tests, as a separate process.

Opens the embedded log in ``--data-dir`` and serves the real forward receiver
(``millpond.ingest.forward``) and HTTP receiver (``millpond.ingest.http``,
``POST /write``) on the given loopback ports; prints ``ready`` when listening,
stops on SIGTERM. This is the same wiring ``millpond run`` does for ingest,
without the pipeline (the tests count rows in the log itself).
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from pathlib import Path

from millpond.config import build_config
from millpond.ingest import forward, http
from millpond.ingest.appender import Appender
from millpond.ingest.stats import IngestStats
from millpond.pipeline.log import open_log


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--forward", type=int, required=True)
    ap.add_argument("--http", type=int, required=True)
    ap.add_argument("--shared-key", default="")
    ap.add_argument("--partitions", type=int, default=2)
    ap.add_argument("--tls-cert", default="")
    ap.add_argument("--tls-key", default="")
    a = ap.parse_args()
    cfg = build_config({
        "data_dir": a.data_dir,
        "log": {"partitions": a.partitions},
        "forward": {"listen": f"127.0.0.1:{a.forward}", "shared_key": a.shared_key,
                    "tls_cert": a.tls_cert, "tls_key": a.tls_key},
        "http": {"listen": f"127.0.0.1:{a.http}"},
    })
    log = open_log(Path(a.data_dir), cfg.log)
    stats = IngestStats()
    appender = Appender(log, stats, max_pending_bytes=cfg.ingest.max_pending, linger=cfg.ingest.linger)
    listeners = [*await forward.start(cfg, appender, stats), *await http.start(cfg, appender, stats)]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print("ready", flush=True)
    await stop.wait()
    for lst in listeners:
        await lst.close()
    await appender.close()
    log.close()


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(0)
