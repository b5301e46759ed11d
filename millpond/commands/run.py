"""`millpond run`: the appliance — the log, every receiver, the query API, alerting and a pipeline worker.

This module only wires: it opens the log (taking the data directory's
lock), mounts the query, stream and alert routes of ``sinks`` and the alert
evaluator (:mod:`millpond.alerting_service`) on the ingest HTTP server,
runs :class:`~millpond.ingest.service.IngestService` on uvloop, and
supervises ``[pipeline] workers`` ``millpond worker`` child processes
(restarted with backoff if one dies, stopped after ingest on exit so they
archive the log's tail).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import click

from millpond.commands._common import config_option, data_dir_option, fail, load
from millpond.config import Config, ConfigError

log = logging.getLogger("millpond.run")


# Linux: ask for SIGTERM when the parent dies (prctl PR_SET_PDEATHSIG survives exec), so a
# `millpond run` killed with -9 leaves no orphaned worker behind; then become the worker.
# SIGTERM/SIGINT stay blocked across exec until the worker has installed its handlers (it
# unblocks them then), so a stop during its start-up waits instead of losing the tail's archive.
_DIE_WITH_PARENT = (
    "import ctypes, os, signal, sys\n"
    "signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})\n"
    "ctypes.CDLL(None).prctl(1, int(signal.SIGTERM))\n"
    "if os.getppid() != int(sys.argv[1]): sys.exit(0)\n"
    "os.execv(sys.executable, [sys.executable, '-m', 'millpond', *sys.argv[2:]])\n"
)


@dataclass
class _Child:
    """One supervised worker: its arguments, process, restart backoff."""

    args: list[str]
    proc: subprocess.Popen[bytes] | None = None
    spawned: float = 0.0
    backoff: float = 1.0
    restart_at: float | None = None


class WorkerSupervisor:
    """Keeps ``workers`` ``millpond worker`` children running; restarts each with backoff when it exits.

    With several, child ``i`` runs ``--member i --members N`` (the embedded
    log's partitions split statically; on Kafka the group assigns them), so
    normalising, mining and Parquet writing use more than one core. The
    children die with us (SIGTERM via ``PR_SET_PDEATHSIG`` on Linux), even
    when we are killed without a chance to stop them.
    """

    def __init__(self, cfg: Config, config_path: Path | None, workers: int = 1) -> None:
        base = ["worker", "--data-dir", str(cfg.data_path)]
        if config_path is not None:
            base += ["--config", str(config_path)]
        self.children = [_Child(base if workers == 1 else [*base, "--member", str(i), "--members", str(workers)])
                         for i in range(workers)]
        self.restarts = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="worker-supervisor", daemon=True)

    def start(self) -> None:
        for child in self.children:
            self._spawn(child)
        self._thread.start()

    def _spawn(self, child: _Child) -> None:
        if sys.platform == "linux":
            argv = [sys.executable, "-c", _DIE_WITH_PARENT, str(os.getpid()), *child.args]
        else:  # pragma: no cover
            argv = [sys.executable, "-m", "millpond", *child.args]
        child.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL)
        child.spawned = time.monotonic()
        child.restart_at = None
        log.info("worker started (pid %d)", child.proc.pid)

    def _watch(self) -> None:
        while not self._stop.wait(0.5):
            now = time.monotonic()
            for child in self.children:
                assert child.proc is not None
                if child.restart_at is not None:
                    if now >= child.restart_at:
                        self.restarts += 1
                        self._spawn(child)
                    continue
                code = child.proc.poll()
                if code is None:
                    continue
                if now - child.spawned > 60:
                    child.backoff = 1.0  # it ran a good while: a fresh failure, not a crash loop
                log.warning("worker exited with status %s; restarting in %.0fs", code, child.backoff)
                child.restart_at = now + child.backoff
                child.backoff = min(child.backoff * 2, 30.0)

    def stop(self, timeout: float = 60.0) -> None:
        """SIGTERM the workers (each archives its tail and commits), kill any still running after ``timeout``."""
        self._stop.set()
        running = [c.proc for c in self.children if c.proc is not None and c.proc.poll() is None]
        for proc in running:
            proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for proc in running:
            try:
                code = proc.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log.warning("worker did not stop within %.0fs; killing it (its tail is archived on the next start)",
                            timeout)
                proc.kill()
                proc.wait()
                continue
            if code != 0:
                log.warning("worker stopped with status %s: the log's tail may not be archived until the next "
                            "start", code)


def worker_count(cfg: Config) -> int:
    """``[pipeline] workers`` (0, the default: one per two cores, at least one), at most one per partition.

    Ingest and its decoders need about a core at full load, so a worker per
    two cores: on this 2-core box one worker archived 280,000-287,000 records/s
    end to end and two 232,000-244,000 (``bench/pipeline.py``, quiet box,
    medians of 3; the second worker takes CPU from the appender and mines in
    smaller calls, 3.46 against 2.96 CPU-us a record). Pattern state belongs to
    the ``logs`` partitions, not to a worker, so changing the number keeps
    every pattern id.
    """
    n = cfg.pipeline.workers or max(1, (os.cpu_count() or 1) // 2)
    return max(1, min(n, cfg.log.partitions))


def _serve(cfg: Config, config_path: Path | None, with_worker: bool) -> None:
    from millpond import alerting_service
    from millpond.ingest.service import IngestService
    from millpond.pipeline.log import open_log
    from millpond.sinks import query_api, stream_api
    from millpond.sinks.query import QueryService

    lg = open_log(Path(cfg.data_dir), cfg.log)
    supervisor = WorkerSupervisor(cfg, config_path, worker_count(cfg)) if with_worker else None

    def routes(app: object) -> None:
        queries = QueryService(cfg, cfg.data_path, lg)
        query_api.register(app, cfg, lg, service=queries)
        stream_api.register(app, cfg, lg)
        # this process holds the log's writer lock: it is the data directory's one alert evaluator
        alerting_service.mount(app, cfg, queries, registry=service.stats.registry)

    try:
        service = IngestService(cfg, lg, extra_routes=routes)

        def started(svc: IngestService) -> None:
            ports = ", ".join(f"{name} {port}" for name, port in svc.ports().items() if port)
            click.echo(f"millpond: running ({ports}); data in {cfg.data_path}", err=True)
            if supervisor is not None:
                supervisor.start()

        _event_loop_run(service.run_until_signal(started))
    finally:
        if supervisor is not None:
            supervisor.stop()
        lg.close()


def _event_loop_run(main: object) -> None:
    """Run ``main`` on uvloop (falling back to asyncio's loop where uvloop is unavailable)."""
    try:
        import uvloop
    except ImportError:  # pragma: no cover - Windows
        asyncio.run(main)  # type: ignore[arg-type]
        return
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(main)  # type: ignore[arg-type]


@click.command()
@config_option
@data_dir_option
@click.option("--http", "http_listen", metavar="HOST:PORT", help="HTTP listen address ([http] listen).")
@click.option("--forward", "forward_listen", metavar="HOST:PORT",
              help="Fluent forward listen address ([forward] listen; '' = off).")
@click.option("--syslog", "syslog_listen", metavar="HOST:PORT", help="syslog UDP+TCP listen address ('' = off).")
@click.option("--mqtt", "mqtt_url", metavar="URL", help="MQTT broker to subscribe to, e.g. mqtt://127.0.0.1:1883.")
@click.option("--scrape", "scrape_targets", metavar="URL", multiple=True, help="A /metrics URL to scrape (repeat).")
@click.option("--token", help="Token guarding query/admin routes ([http] token).")
@click.option("--partitions", type=int, help="Partitions per topic for a new log ([log] partitions).")
@click.option("--no-worker", is_flag=True, help="Do not start the pipeline worker (ingest and query only).")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["debug", "info", "warning", "error"], case_sensitive=False))
def run(config_path: Path | None, data_dir: Path | None, http_listen: str | None, forward_listen: str | None,
        syslog_listen: str | None, mqtt_url: str | None, scrape_targets: tuple[str, ...], token: str | None,
        partitions: int | None, no_worker: bool, log_level: str) -> None:
    """Run the appliance until SIGTERM or Ctrl-C (then flush, archive the tail, exit)."""
    cfg = load(
        config_path,
        data_dir=str(data_dir) if data_dir else None,
        **{"http.listen": http_listen, "forward.listen": forward_listen, "syslog.listen": syslog_listen,
           "mqtt.url": mqtt_url, "scrape.targets": list(scrape_targets) or None, "http.token": token,
           "log.partitions": partitions},
    )
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from millpond.pipeline.log.errors import LogError

    try:
        _serve(cfg, config_path or _env_config(), with_worker=not no_worker)
    except (LogError, ConfigError, ValueError) as e:
        fail(str(e))
    except OSError as e:
        where = f" ({e.filename})" if getattr(e, "filename", None) else ""
        fail(f"cannot start: {e.strerror or e}{where}")


def _env_config() -> Path | None:
    value = os.environ.get("MILLPOND_CONFIG")
    return Path(value) if value else None
