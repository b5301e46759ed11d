"""`millpond worker`: one pipeline worker (log → normalise → Parquet archive, rollups, patterns).

``millpond run`` starts one beside ingest; more can join the same consumer
group. On the embedded log ``--member I --members N`` split the partitions
statically; on Kafka the group assigns the partitions and moves them
(``--member`` is not needed there). Either way the pattern state belongs to
each ``logs`` partition and lives in the archive, so any worker can take a
partition over with its ids, and the number of workers can change (docs/kafka.md,
"Pattern ids and rollups when partitions move"; docs/pipeline.md).
SIGTERM or Ctrl-C archives the log's tail, commits, and exits.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from millpond.commands._common import config_option, data_dir_option, fail, load
from millpond.config import Config, ConfigError
from millpond.pipeline.log.errors import LogError

if TYPE_CHECKING:
    import pyarrow as pa

    from millpond.sinks.sink import ArchiveSink

log = logging.getLogger(__name__)


def run_worker(cfg: Config, stop: threading.Event | None = None, *, member: int = 0, members: int = 1,
               ready: threading.Event | None = None) -> None:
    """Run a pipeline worker on ``cfg``'s data directory until ``stop`` is set (or SIGTERM/SIGINT).

    Opens the log read-only (the ingest process is its writer), waits for the
    ``logs`` and ``metrics`` topics to exist, and archives into ``DATA/archive``.
    """
    from millpond.pipeline.log import open_log
    from millpond.pipeline.worker import Worker
    from millpond.sinks.sink import ArchiveSink

    stop = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():
        _stop_on_signals(stop)
        # `millpond run` starts us with these blocked, so a stop that comes before the
        # handlers exist waits for them instead of killing us with the tail unarchived
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    data = cfg.data_path
    lg = _open_when_ready(open_log, data, cfg, stop)
    if lg is None:
        return
    try:
        kafka = cfg.log.backend == "kafka"
        if kafka:
            member, members = 0, 1  # the group protocol assigns partitions; state is per partition
        sink = ArchiveSink(cfg, member=member)
        worker = Worker(
            lg,
            sink,
            flush_interval=float(cfg.archive.flush_interval),
            flush_rows=int(cfg.archive.flush_rows),
            maintain_interval=min(float(cfg.archive.compact_interval), 60.0),
            miner=_miner(sink, legacy_partitions=None if kafka else lg.partitions("logs")),
            member=member,
            members=members,
            overlap=not kafka,  # writes overlap reading only where partitions never move mid-flight
        )
        worker.start()
        if ready is not None:
            ready.set()
        worker.run(stop)
    finally:
        lg.close()


def _stop_on_signals(stop: threading.Event) -> None:
    """SIGTERM and SIGINT set ``stop``: the handler only writes a byte to a pipe, a thread sets the Event.

    Why not ``signal.signal(sig, lambda *_: stop.set())``: Python runs a
    second signal's handler *inside* the first one's, and ``Event.set`` holds
    a non-reentrant lock, so two signals close together deadlocked the main
    thread for good. They do come together: Ctrl-C sends SIGINT to the whole
    process group while ``millpond run`` sends SIGTERM, and a worker that the
    supervisor's thread restarted gets SIGTERM from ``PR_SET_PDEATHSIG`` when
    that thread ends at stop, beside the supervisor's own (the two-worker
    supervisor test hung 1 run in 5 that way). ``os.write`` takes no lock.
    """
    r, w = os.pipe()
    os.set_blocking(w, False)

    def on_signal(*_: object) -> None:
        try:
            os.write(w, b"\0")
        except BlockingIOError:  # the pipe is full of earlier signals: stop is set already
            pass

    def relay() -> None:
        os.read(r, 1)
        stop.set()

    threading.Thread(target=relay, name="stop-on-signal", daemon=True).start()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, on_signal)


def _miner(sink: ArchiveSink, *, legacy_partitions: int | None) -> Any | None:
    """The pattern miner: one per ``logs`` partition, its state in the archive, whoever owns the partition.

    ``legacy_partitions`` (embedded log: the ``logs`` partition count): first
    move an older version's per-worker state (``DATA/state/patterns*``) to
    per-partition state, keeping its ids (see ``patterns_partitions``).
    """
    from millpond.sinks.query import LOG_PATTERNS, PATTERNS_DIR

    try:
        from millpond.pipeline.patterns_partitions import LegacyState, PartitionPatterns
    except ImportError:  # the pattern miner is not installed
        return None
    archive = sink.archive

    def publish(name: str, table: pa.Table) -> None:
        archive.write_file(f"{archive.root}/{PATTERNS_DIR}/{name}.parquet", table.select(LOG_PATTERNS.names))

    def unpublish(name: str) -> None:
        try:
            archive.fs.delete_file(f"{archive.root}/{PATTERNS_DIR}/{name}.parquet")
        except FileNotFoundError:
            pass

    legacy = None if legacy_partitions is None else LegacyState(sink.data_dir / "state", legacy_partitions, unpublish)
    return PartitionPatterns(archive.fs, archive.root, publish, legacy=legacy)


def _open_when_ready(open_log, data: Path, cfg: Config, stop: threading.Event):  # noqa: ANN001, ANN202
    """The log, once its writer created the topics (the worker may start first)."""
    warned = False
    while True:  # look at least once even when already stopped: a stop still archives what is there
        if cfg.log.backend == "kafka" or (data / "log").is_dir():
            lg = open_log(data, cfg.log, readonly=True)
            if {"logs", "metrics"} <= set(lg.topics()):
                return lg
            lg.close()
        if stop.is_set():
            return None
        if not warned:
            log.info("worker: waiting for the log in %s", data / "log")
            warned = True
        time.sleep(0.2)


@click.command()
@config_option
@data_dir_option
@click.option("--member", type=int, default=0, show_default=True,
              help="This worker's index in the group (embedded log; Kafka assigns partitions itself).")
@click.option("--members", type=int, default=1, show_default=True, help="Workers in the group (embedded log).")
def worker(config_path: Path | None, data_dir: Path | None, member: int, members: int) -> None:
    """Run one pipeline worker in the consumer group until SIGTERM/Ctrl-C."""
    cfg = load(config_path, data_dir=str(data_dir) if data_dir else None)
    if not 0 <= member < members:
        fail(f"--member must be between 0 and {members - 1}")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if cfg.log.backend == "kafka" and members > 1:
        log.info("worker: --member/--members are not needed on Kafka (the group assigns partitions, "
                 "pattern state follows them); ignored")
    try:
        run_worker(cfg, member=member, members=members)
    except (LogError, ConfigError) as e:
        fail(str(e))
    except OSError as e:
        fail(f"worker: {e.strerror or e}: {getattr(e, 'filename', '') or ''}".rstrip(": "))
