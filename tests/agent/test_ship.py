"""The forward shipper against a raw msgpack peer written here (a test peer: it decodes the real wire
format and misbehaves on purpose), backoff bounds, and config/checkpoint basics."""

from __future__ import annotations

import asyncio
import gzip
import random
from pathlib import Path

import msgpack
import pytest

from millpond.agent.checkpoint import Checkpoint, FilePosition
from millpond.agent.config import build_agent_config
from millpond.agent.ship import ForwardShipper, ShipStats, backoff, encode_record
from millpond.agent.spool import Spool
from millpond.config import ConfigError


class Peer:
    """A forward server that records chunks; ``drop_first`` connections close without acking."""

    def __init__(self, drop_first: int = 0) -> None:
        self.drop_first = drop_first
        self.connections = 0
        self.chunks: list[tuple[str, str, list[object]]] = []

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        drop = self.connections <= self.drop_first
        unpacker = msgpack.Unpacker(raw=False)
        while data := await reader.read(65536):
            unpacker.feed(data)
            for tag, entries, option in unpacker:
                assert option["compressed"] == "gzip"
                u = msgpack.Unpacker(raw=False)
                u.feed(gzip.decompress(entries))
                recs = [r for _, r in u]
                assert len(recs) == option["size"]
                self.chunks.append((option["chunk"], tag, recs))
                if drop:
                    writer.close()
                    return
                writer.write(msgpack.packb({"ack": option["chunk"]}))
        writer.close()


def _cfg(port: int, **kw: object):
    return build_agent_config({"server": f"127.0.0.1:{port}", "retry_min": "10ms", "retry_max": "50ms",
                               "max_in_flight": 3, **kw})


async def test_unacked_chunks_are_resent_after_a_dropped_connection(tmp_path: Path) -> None:
    """The peer closes without acking: the shipper reconnects, resends the same chunk ids, acks come in order."""
    peer = Peer(drop_first=2)
    server = await asyncio.start_server(peer.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    spool = Spool.open(tmp_path, 8 * 1024**2)
    from millpond.agent.forward_client import new_chunk_id, pack_frame
    from millpond.agent.parse import PlainParser

    p = PlainParser("h", "/f")
    ids = []
    for i in range(10):
        cid = new_chunk_id()
        ids.append(cid)
        spool.append(encode_record(cid, 1, [[1, 2, 3, 4, "/f", i]], pack_frame("t", p.encode([f"l{i}".encode()], 1),
                                                                                1, cid, compress=True)))
    acked: list[int] = []
    done = asyncio.Event()

    async def on_ack(batch: list[tuple[int, int, list[object]]]) -> None:
        acked.extend(seq for seq, _, _ in batch)
        spool.ack(batch[-1][0])
        if len(acked) == 10:
            done.set()

    stop, wake = asyncio.Event(), asyncio.Event()
    stats = ShipStats()
    task = asyncio.create_task(ForwardShipper(_cfg(port), spool, on_ack, wake, stop, stats).run())
    await asyncio.wait_for(done.wait(), 10)
    stop.set()
    wake.set()
    await asyncio.wait_for(task, 5)
    server.close()
    assert acked == list(range(1, 11))
    assert peer.connections == 3 and stats.errors >= 2
    first_two = [c for c, _, _ in peer.chunks[:2]]
    assert first_two == [ids[0], ids[0]]  # the chunk the dropped connections never acked, resent as is
    assert [r[0]["message"] for _, _, r in peer.chunks[2:]] == [f"l{i}" for i in range(10)]


def test_backoff_is_bounded_and_jittered() -> None:
    random.seed(1)
    delays = [backoff(a, 0.5, 30.0) for a in range(20) for _ in range(20)]
    assert min(delays) >= 0.5 and max(delays) <= 30.0
    assert len({round(d, 3) for d in delays[-20:]}) > 10  # spread, not one value


def test_config_errors_name_the_key() -> None:
    with pytest.raises(ConfigError, match="unknown key 'files\\[0\\].paht'"):
        build_agent_config({"files": [{"paht": "/x"}]})
    with pytest.raises(ConfigError, match="spool_max"):
        build_agent_config({"spool_max": "lots"})
    with pytest.raises(ConfigError, match="multiline_start"):
        build_agent_config({"files": [{"path": "/x", "multiline_start": "("}]})
    with pytest.raises(ConfigError, match="server must be host:port"):
        build_agent_config({"server": "appliance"})
    with pytest.raises(ConfigError, match="batch_bytes"):
        build_agent_config({"batch_bytes": "64MiB"})
    with pytest.raises(ConfigError, match="loopback"):
        build_agent_config({"metrics_listen": "0.0.0.0:9"})
    cfg = build_agent_config({"spool_max": "2GiB", "batch_wait": "250ms", "host_metrics": {"interval": "0s"},
                              "files": [{"path": "/var/log/*.log", "parser": "json"}]})
    assert cfg.spool_max == 2 * 1024**3 and cfg.batch_wait == 0.25 and cfg.host_metrics.interval == 0
    assert cfg.files[0].start_at == "end"


def test_checkpoint_save_is_atomic_and_survives_garbage(tmp_path: Path) -> None:
    """A checkpoint round-trips; positions only move forward for the same file; a damaged file is ignored."""
    path = tmp_path / "checkpoint.json"
    c = Checkpoint.load(path)
    c.update(5, [[1, 2, 3, 10, "/a", 100]])
    c.update(6, [FilePosition(1, 2, 3, 10, "/a", 50)])  # stale: ignored
    c.save()
    back = Checkpoint.load(path)
    assert back.acked_seq == 6 and back.files[(1, 2)].offset == 100
    assert not list(tmp_path.glob(".*.tmp"))
    path.write_bytes(b'{"acked_seq": 7, "files": [[1, 2')
    assert Checkpoint.load(path).acked_seq == 0
