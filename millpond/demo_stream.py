"""Sample data as a live stream, for ``millpond demo``.

Each sample file plays in a loop, ``speed`` times faster than it was recorded,
through its real protocol; every record is re-stamped to the moment it is
sent, so "the last minute" always has data and alert rules see it happen.
One asyncio task per file; :class:`StreamStats` counts what was acknowledged.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from millpond.replay import ALLOWED, Item, default_protocol, read, shifted
from millpond.replay_send import Senders, SendError, Targets, send_batch

TICK_S = 0.5
"""How often each stream sends what became due (wall seconds)."""


@dataclass
class StreamStats:
    """Per-file counts, read by the demo's status line (one writer per key: no lock needed)."""

    sent: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    last_error: str = ""
    loops: int = 0

    @property
    def total(self) -> int:
        return sum(self.sent.values())


async def _stream_one(senders: Senders, path: Path, speed: float, stats: StreamStats, stop: asyncio.Event) -> None:
    kind, items = read(path)
    proto = default_protocol(kind, mqtt=bool(senders.targets.mqtt))
    if proto not in ALLOWED[kind]:
        return
    items = sorted((i for i in items if i.ts == i.ts), key=lambda i: i.ts)
    if not items:
        return
    span = items[-1].ts - items[0].ts
    while not stop.is_set():
        t0, first, i = time.monotonic(), items[0].ts, 0
        while i < len(items) and not stop.is_set():
            due_data = first + (time.monotonic() - t0) * speed
            j = i
            while j < len(items) and items[j].ts <= due_data:
                j += 1
            if j > i:
                now = time.time()
                batch: list[Item] = [shifted(kind, it, now - items[j - 1].ts) for it in items[i:j]]
                try:
                    await send_batch(senders, kind, proto, batch)
                    stats.sent[path.name] = stats.sent.get(path.name, 0) + (j - i)
                except SendError as e:
                    stats.errors[path.name] = stats.errors.get(path.name, 0) + (j - i)
                    stats.last_error = str(e)
                i = j
            try:
                await asyncio.wait_for(stop.wait(), TICK_S)
            except TimeoutError:
                pass
        stats.loops += 1
        if span <= 0:
            break


async def stream(targets: Targets, files: list[Path], *, speed: float, stats: StreamStats, stop: asyncio.Event) -> None:
    """Play every file in a loop until ``stop`` is set."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        senders = Senders(targets, session)
        try:
            await asyncio.gather(*(_stream_one(senders, f, speed, stats, stop) for f in files))
        finally:
            await senders.close()
