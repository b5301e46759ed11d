"""Pattern state that follows a partition (Kafka): ids and counts survive a move to another worker."""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa
import pyarrow.fs as pafs
import pytest
from motokit import CREDENTIALS, MotoS3

from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.patterns import PatternMiner
from millpond.pipeline.patterns_partitions import STATE_DIR, PartitionPatterns
from millpond.pipeline.patterns_state import MAX_DELTAS, _Piece, chain

TP = TopicPartition("logs", 0)
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"]


def lines(users: list[str]) -> tuple[pa.Array, pa.Array]:
    return pa.array(["sshd"] * len(users)), pa.array([f"session opened for user {u}" for u in users])


class Published:
    """What a worker published as ``log_patterns/<name>.parquet`` (the archive's role)."""

    def __init__(self) -> None:
        self.tables: dict[str, pa.Table] = {}

    def __call__(self, name: str, table: pa.Table) -> None:
        self.tables[name] = table


def worker(fs: pafs.FileSystem, root: str, pub: Published, committed: int) -> PartitionPatterns:
    w = PartitionPatterns(fs, root, pub)
    w.assigned([TP, TopicPartition("metrics", 0)], {TP: committed})
    return w


def test_new_owner_continues_with_the_same_ids_and_exact_counts(tmp_path) -> None:
    fs, root, pub = pafs.LocalFileSystem(), str(tmp_path / "archive"), Published()
    a = worker(fs, root, pub, 0)
    first = a.miner(TP).assign(*lines(USERS[:2]))  # offsets [0, 2)
    a.save({TP: 2})
    a.committed({TP: 2})
    lost = a.miner(TP).assign(*lines(USERS[2:4]))  # offsets [2, 4): saved, but the worker dies before committing
    a.save({TP: 4})
    assert len(set(first.to_pylist() + lost.to_pylist())) == 1

    b = worker(fs, root, pub, 2)  # the group gives logs/0 to another worker, committed offset 2
    replay = b.miner(TP).assign(*lines(USERS[2:6]))  # it replays [2, 4) and goes on
    assert set(replay.to_pylist()) == set(first.to_pylist())
    b.save({TP: 6})
    (row,) = pub.tables["logs-0"].to_pylist()
    assert row["count"] == 6  # the lost save is not on the committed chain: nothing counted twice
    assert row["template"] == "session opened for user <*>"
    # the uncommitted piece of the dead worker is gone; the chain at 6 rebuilds the same state
    def names() -> list[str]:
        return sorted(i.base_name for i in fs.get_file_info(pafs.FileSelector(f"{root}/{STATE_DIR}/logs-0")))

    assert names() == ["00000000000000000000-00000000000000000002.msgpack",  # needed until 6 is committed
                       "00000000000000000000-00000000000000000006.msgpack"]  # the new owner's first save is whole
    b.committed({TP: 6})
    assert names() == ["00000000000000000000-00000000000000000006.msgpack"]

    # without the partition's state a worker starting at "bob"'s shape mints another id: the test can fail
    fresh = PatternMiner().assign(*lines(USERS[2:4]))
    assert set(fresh.to_pylist()).isdisjoint(first.to_pylist())


def test_deltas_fold_into_a_snapshot_and_reload_exactly(tmp_path) -> None:
    fs, root, pub = pafs.LocalFileSystem(), str(tmp_path / "archive"), Published()
    a = worker(fs, root, pub, 0)
    end = 0
    for i in range(MAX_DELTAS + 5):
        a.miner(TP).assign(pa.array(["app"]), pa.array([f"job{i % 9} step {i} took {i}ms"]))
        end += 1
        a.save({TP: end})
        a.committed({TP: end})
    files = [i for i in fs.get_file_info(pafs.FileSelector(f"{root}/{STATE_DIR}/logs-0")) if i.type == pafs.FileType.File]
    assert len(files) < MAX_DELTAS  # a full snapshot replaced the long chain
    b = worker(fs, root, Published(), end)
    assert b.miner(TP).patterns_table().equals(a.miner(TP).patterns_table())


def test_a_partition_never_saved_at_its_commit_starts_from_the_last_piece(tmp_path, caplog) -> None:
    fs, root, pub = pafs.LocalFileSystem(), str(tmp_path / "archive"), Published()
    a = worker(fs, root, pub, 0)
    a.miner(TP).assign(*lines(USERS[:3]))
    a.save({TP: 3})
    b = worker(fs, root, pub, 10)  # offsets moved by hand (kafka-consumer-groups --reset-offsets)
    assert len(b.miner(TP)) == 1 and "nothing saved at the committed offset 10" in caplog.text


def test_chain_prefers_snapshots_and_skips_dead_ends() -> None:
    p = [_Piece(0, 5, "a"), _Piece(5, 9, "b"), _Piece(0, 9, "c"), _Piece(9, 12, "d"), _Piece(7, 12, "e")]
    assert [x.path for x in chain(p, 12)] == ["c", "d"]
    assert [x.path for x in chain(p, 9)] == ["c"]
    assert chain(p, 7) is None and chain(p, 0) == []


@pytest.fixture
def s3(monkeypatch) -> Iterator[tuple[pafs.FileSystem, str]]:
    for k, v in CREDENTIALS.items():
        monkeypatch.setenv(k, v)
    moto = MotoS3().start()
    try:
        yield moto.filesystem(), moto.new_bucket()
    finally:
        moto.stop()


def test_state_on_s3_moves_between_workers(s3) -> None:
    fs, bucket = s3
    pub = Published()
    a = worker(fs, f"{bucket}/arch", pub, 0)
    first = a.miner(TP).assign(*lines(USERS[:2]))
    a.save({TP: 2})
    b = worker(fs, f"{bucket}/arch", pub, 2)
    assert set(b.miner(TP).assign(*lines(USERS[5:])).to_pylist()) == set(first.to_pylist())
    b.save({TP: 5})
    assert pub.tables["logs-0"].column("count").to_pylist() == [5]
