"""The agent: tailers → batches → spool → shipper, plus host metrics and status.

Everything runs on one asyncio loop. Every batch goes through the disk spool
(one record per PackedForward chunk, carrying the file positions it covers);
the shipper sends spool records in order, and only an ack from the appliance
moves the checkpoint (acked spool sequence + file positions, saved together).

On restart the tailers resume at the positions of the last *spooled* record
(checkpoint positions, advanced by the records still in the spool), and the
shipper resends the spool from the first unacknowledged record: so nothing
unacknowledged is lost and nothing acknowledged is sent again, except what was
acked in the instant before a kill and not yet checkpointed.
"""

from __future__ import annotations

import asyncio
import fcntl
import logging
import os
import socket
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import CollectorRegistry

from millpond.agent import host_metrics
from millpond.agent.checkpoint import Checkpoint, FilePosition, write_durable
from millpond.agent.config import AgentConfig, split_hostport
from millpond.agent.forward_client import new_chunk_id, pack_frame
from millpond.agent.parse import Parser, SyslogParser, make_parser
from millpond.agent.ship import Acked, ForwardShipper, HttpShipper, ShipStats, _wait, decode_record, encode_record
from millpond.agent.spool import Spool
from millpond.agent.status import FileStatus, SpoolStatus, Status, write_status
from millpond.agent.tail import Tailer

log = logging.getLogger(__name__)


@dataclass
class _Batch:
    tag: str
    started: float
    parts: list[bytes] = field(default_factory=list)
    count: int = 0
    size: int = 0
    positions: dict[tuple[int, int], FilePosition] = field(default_factory=dict)


def _pos_list(p: FilePosition) -> list[Any]:
    return [p.dev, p.ino, p.fp, p.fp_len, p.path, p.offset]


class AgentBusy(Exception):
    """Another agent process owns this spool directory."""


def _lock(directory: Path) -> int:
    """Hold ``directory/.lock`` for the life of the process: two agents must never share a spool."""
    fd = os.open(directory / ".lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        other = os.read(fd, 32).decode(errors="replace").strip() or "?"
        os.close(fd)
        raise AgentBusy(f"another agent (pid {other}) is running with spool_dir {directory}") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, str(os.getpid()).encode(), 0)
    return fd


@dataclass(eq=False)
class Agent:
    """One running agent. ``await Agent(cfg).run(stop)`` until ``stop`` is set."""

    cfg: AgentConfig
    host: str = ""
    lines_read: int = 0
    ship: ShipStats = field(default_factory=ShipStats)
    mship: ShipStats = field(default_factory=ShipStats)

    def __post_init__(self) -> None:
        self.host = self.host or self.cfg.hostname or socket.gethostname()
        d = self.cfg.spool_path
        d.mkdir(parents=True, exist_ok=True)
        self._lock_fd = _lock(d)
        self.ckpt = Checkpoint.load(d / "checkpoint.json")
        self.mckpt = Checkpoint.load(d / "metrics-checkpoint.json")
        metrics_max = max(1024**2, self.cfg.spool_max // 8)
        self.spool = Spool.open(d / "logs", self.cfg.spool_max - metrics_max, acked_seq=self.ckpt.acked_seq,
                                on_drop=self._dropped)
        self.mspool = Spool.open(d / "metrics", metrics_max, acked_seq=self.mckpt.acked_seq)
        # reads about half a batch at a time, so a batch (packed entries) stays near batch_bytes
        read_bytes = min(4 * 1024**2, max(16 * 1024, self.cfg.batch_bytes // 2))
        self.tailer = Tailer(self.cfg.files, resume=self._resume_positions(), rotate_wait=self.cfg.rotate_wait,
                             read_bytes=read_bytes)
        self._batches: dict[str, _Batch] = {}
        self._parsers: dict[tuple[int, int], tuple[str, Parser]] = {}
        self._wake = asyncio.Event()
        self._mwake = asyncio.Event()
        self._save_lock = asyncio.Lock()
        self._dirty = False
        self._unspooled: deque[bytes] = deque()
        self._spool_error = False
        self.failed: BaseException | None = None

    # -- start-up ------------------------------------------------------------

    def _resume_positions(self) -> dict[tuple[int, int], FilePosition]:
        """Acked positions, advanced by records still in the spool (spooled = not to be read again)."""
        pos = dict(self.ckpt.files)
        after = self.spool.acked_seq
        while recs := self.spool.read(after, 256, 64 * 1024**2):
            for seq, payload in recs:
                for p in decode_record(payload)[2]:
                    fp = FilePosition(*p)
                    pos[fp.key] = fp
                after = seq
        return pos

    def _dropped(self, lost: list[tuple[int, bytes]]) -> None:
        """A full spool dropped records: their positions count as done (nothing will resend them)."""
        for seq, payload in lost:
            self.ckpt.update(seq, decode_record(payload)[2])
        self._dirty = True

    # -- tail → batch → spool ---------------------------------------------------

    def _parser(self, w: Any) -> tuple[str, Parser]:
        got = self._parsers.get(w.key)
        if got is None:
            tag = w.spec.service or Path(w.path).name.split(".")[0] or "file"
            got = (tag, make_parser(w.spec.parser, self.host, w.path))
            self._parsers[w.key] = got
        return got

    def _seal(self, b: _Batch) -> None:
        chunk = new_chunk_id()
        frame = pack_frame(b.tag, b"".join(b.parts), b.count, chunk, compress=self.cfg.compress)
        self._unspooled.append(encode_record(chunk, b.count, [_pos_list(p) for p in b.positions.values()], frame))
        self._spool_sealed()

    def _spool_sealed(self) -> bool:
        """Move sealed chunks into the spool; False (tailing pauses) while the disk refuses them."""
        while self._unspooled:
            try:
                self.spool.append(self._unspooled[0])
            except OSError as e:
                if not self._spool_error:
                    log.error("cannot write the spool (%s); tailing paused until it can", e.strerror or e)
                self._spool_error = True
                return False
            self._unspooled.popleft()
            self._wake.set()
        if self._spool_error:
            log.info("spool writable again; tailing resumes")
            self._spool_error = False
        return True

    def _flush(self, *, force: bool) -> None:
        now = time.monotonic()
        for tag in [t for t, b in self._batches.items() if force or now - b.started >= self.cfg.batch_wait]:
            self._seal(self._batches.pop(tag))

    def _add(self, tag: str, entries: bytes, count: int, pos: FilePosition | None, *, seal: bool = False) -> None:
        b = self._batches.get(tag)
        if b is None:
            b = self._batches[tag] = _Batch(tag, time.monotonic())
        b.parts.append(entries)
        b.count += count
        b.size += len(entries)
        if pos is not None:
            b.positions[pos.key] = pos
        if seal or b.size >= self.cfg.batch_bytes:
            self._seal(self._batches.pop(tag))

    def tail_once(self) -> bool:
        """One tailer pass into batches; True when a file has more to read right away."""
        if not self._spool_sealed():
            return False
        chunks, more = self.tailer.poll()
        now_ns = time.time_ns()
        for c in chunks:
            tag, parser = self._parser(c.watched)
            self.lines_read += len(c.lines)
            if isinstance(parser, SyslogParser) and not c.watched.spec.service:
                # the tag is each line's APP-NAME: seal every group now, the position on the last,
                # so a checkpoint never covers lines still waiting in another tag's open batch
                groups = parser.encode_by_service(c.lines, now_ns, tag) or {tag: (b"", 0)}
                for i, (t, (entries, n)) in enumerate(groups.items()):
                    self._add(t, entries, n, c.position if i == len(groups) - 1 else None, seal=True)
            else:
                self._add(tag, parser.encode(c.lines, now_ns), len(c.lines), c.position)
        for key in [k for k in self._parsers if k not in self.tailer.files]:
            del self._parsers[key]
        self._flush(force=False)
        return more

    async def _tail_loop(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            if self.tail_once():
                await asyncio.sleep(0)
            else:
                await _wait(stop, self.cfg.poll_interval)

    # -- acks → checkpoint ------------------------------------------------------

    async def _save(self, ckpt: Checkpoint) -> None:
        async with self._save_lock:
            data = ckpt.encode()
            await asyncio.to_thread(write_durable, ckpt.path, data)
            ckpt.saves += 1

    async def _on_ack(self, acked: Acked) -> None:
        for seq, _, positions in acked:
            self.ckpt.update(seq, positions)
        self.spool.ack(acked[-1][0])
        self.ckpt.acked_seq = max(self.ckpt.acked_seq, self.spool.acked_seq)
        try:
            await self._save(self.ckpt)
        except OSError as e:  # full disk: the housekeeping loop saves it once it can
            self._dirty = True
            log.error("cannot save the checkpoint (%s); retrying", e.strerror or e)

    async def _on_metrics_ack(self, acked: Acked) -> None:
        self.mspool.ack(acked[-1][0])
        self.mckpt.update(self.mspool.acked_seq, [])
        try:
            await self._save(self.mckpt)
        except OSError as e:  # at worst these samples are sent again after a restart
            log.error("cannot save the metrics checkpoint (%s)", e.strerror or e)

    # -- host metrics -----------------------------------------------------------

    async def _metrics_loop(self, stop: asyncio.Event) -> None:
        interval = self.cfg.host_metrics.interval
        if interval <= 0:
            return
        host_metrics.sample()  # primes psutil's cpu_percent baseline
        while not await _wait(stop, interval):
            samples = await asyncio.to_thread(host_metrics.sample)
            body = host_metrics.line_protocol(samples, self.host)
            try:
                self.mspool.append(encode_record("", len(samples), [], body))
            except OSError as e:  # a full disk: this sample is skipped (counted in the log), the next may fit
                log.error("host metrics sample dropped: cannot write the spool (%s)", e.strerror or e)
                continue
            self._mwake.set()

    # -- housekeeping -------------------------------------------------------------

    def status(self) -> Status:
        files = []
        for w in self.tailer.files.values():
            try:
                size = os.fstat(w.fd).st_size
            except OSError:
                size = 0
            acked = self.ckpt.files.get(w.key)
            files.append(FileStatus(w.path, w.position, size, w.ino, w.rotated,
                                    acked.offset if acked is not None else 0))
        return Status(
            pid=os.getpid(), updated=time.time(), server=self.cfg.server, connected=self.ship.connected,
            last_ack=self.ship.last_ack, acked_records=self.ship.acked_records, sent_chunks=self.ship.sent_chunks,
            errors=self.ship.errors + self.mship.errors, last_error=self.ship.last_error or self.mship.last_error,
            files=files,
            spool=SpoolStatus(self.spool.total_bytes, self.spool.pending_records, self.spool.dropped_records,
                              self.spool.truncated_bytes),
            metrics_spool=SpoolStatus(self.mspool.total_bytes, self.mspool.pending_records,
                                      self.mspool.dropped_records, self.mspool.truncated_bytes),
            metrics_acked=self.mship.acked_records, lines_read=self.lines_read,
        )

    async def _house_loop(self, stop: asyncio.Event) -> None:
        n = 0
        while not await _wait(stop, 1.0):
            n += 1
            if n % 60 == 0:
                self.ckpt.forget(set(self.tailer.files))
                self._dirty = True
            try:
                await asyncio.to_thread(self.spool.sync)
                await asyncio.to_thread(self.mspool.sync)
                if self._dirty:
                    await self._save(self.ckpt)
                    self._dirty = False
                write_status(self.cfg.spool_path, self.status())
            except OSError as e:  # a full disk: retried next second; the spool pauses tailing meanwhile
                if n % 30 == 1:
                    log.error("cannot write to %s: %s", self.cfg.spool_path, e.strerror or e)

    def collect(self) -> Iterator[Any]:
        """Prometheus collector: the agent's counters at scrape time."""
        c = CounterMetricFamily
        yield c("millpond_agent_lines_read", "Lines (records) read from files", value=self.lines_read)
        yield c("millpond_agent_records_acked", "Log records acked by the appliance", value=self.ship.acked_records)
        yield c("millpond_agent_chunks_sent", "Forward chunks sent (resends included)", value=self.ship.sent_chunks)
        yield c("millpond_agent_host_samples_acked", "Host metric samples acked", value=self.mship.acked_records)
        yield c("millpond_agent_ship_errors", "Connection/protocol errors", value=self.ship.errors + self.mship.errors)
        yield c("millpond_agent_spool_dropped_records", "Spool records dropped because the spool was full",
                value=self.spool.dropped_records + self.mspool.dropped_records)
        st = self.tailer.stats
        yield c("millpond_agent_file_truncations", "Files found truncated or replaced", value=st.truncations)
        yield c("millpond_agent_file_rotations", "Files rotated or deleted while tailed", value=st.rotations)
        yield c("millpond_agent_long_lines", "Lines cut at max_line", value=st.long_lines)
        g = GaugeMetricFamily
        yield g("millpond_agent_spool_bytes", "Bytes in the disk spool", value=self.spool.total_bytes)
        yield g("millpond_agent_spool_pending", "Spool records not yet acked", value=self.spool.pending_records)
        yield g("millpond_agent_files", "Files being tailed", value=len(self.tailer.files))
        yield g("millpond_agent_connected", "1 while connected to the appliance", value=int(self.ship.connected))
        yield g("millpond_agent_last_ack_timestamp_seconds", "Time of the last ack", value=self.ship.last_ack)

    def _serve_metrics(self) -> Any:
        if not self.cfg.metrics_listen:
            return None
        from prometheus_client import start_http_server

        host, port = split_hostport(self.cfg.metrics_listen, 24231)
        reg = CollectorRegistry(auto_describe=False)
        reg.register(self)  # type: ignore[arg-type]
        server, _ = start_http_server(port, addr=host, registry=reg)
        log.info("agent metrics on http://%s:%d/metrics", host, port)
        return server

    # -- the whole thing -----------------------------------------------------------

    async def run(self, stop: asyncio.Event, drain_timeout: float = 5.0) -> None:
        """Run until ``stop``; then seal open batches and give the shipper ``drain_timeout`` to deliver."""
        ship_stop = asyncio.Event()
        server = self._serve_metrics()
        fwd = ForwardShipper(self.cfg, self.spool, self._on_ack, self._wake, ship_stop, self.ship)
        http = HttpShipper(self.cfg, self.mspool, self._on_metrics_ack, self._mwake, ship_stop, self.mship)
        tasks = [asyncio.create_task(t) for t in (
            self._tail_loop(stop), self._metrics_loop(stop), self._house_loop(stop), fwd.run(), http.run())]
        log.info("agent started: %d file globs, shipping to %s", len(self.cfg.files), self.cfg.server)
        try:
            stopping = asyncio.ensure_future(stop.wait())
            running: set[asyncio.Future[Any]] = {stopping, *tasks}
            while not stop.is_set() and self.failed is None:
                done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                for t in done:
                    if t is not stopping and not t.cancelled() and t.exception() is not None:
                        self.failed = t.exception()
                        log.error("agent task failed; stopping (restart it: nothing acked is lost, nothing resent)",
                                  exc_info=self.failed)
            stopping.cancel()
            self._flush(force=True)
            self._spool_sealed()
            deadline = time.monotonic() + drain_timeout
            while self.spool.pending_records and self.ship.connected and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
        finally:
            ship_stop.set()
            stop.set()
            self._wake.set()
            self._mwake.set()
            await asyncio.gather(*tasks, return_exceptions=True)
            if self._dirty:
                await self._save(self.ckpt)
            self.spool.close()
            self.mspool.close()
            self.tailer.close()
            write_status(self.cfg.spool_path, self.status())
            if server is not None:
                server.shutdown()
                server.server_close()
            os.close(self._lock_fd)
