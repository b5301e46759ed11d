"""Publishing a flight: every partition's files at once, each directory fsync'd once; a failed publish is recovered."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest
from sinkdata import logs, make_cfg

from millpond.pipeline.log.base import TopicPartition
from millpond.sinks import archive as archive_mod
from millpond.sinks.sink import ArchiveSink

TPS = [TopicPartition("logs", p) for p in range(4)]


def _published(root: Path, table: str) -> list[str]:
    return sorted(p.name for p in (root / table).rglob("*.parquet"))


def test_a_flight_s_partitions_are_published_with_one_fsync_per_directory(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    sink = ArchiveSink(make_cfg(tmp_path, log={"partitions": 4}))
    for i, tp in enumerate(TPS):  # one hour: the four partitions' files share the logs and logs_1m hour directories
        sink.write(tp, 0, 100, pa.Table.from_batches([logs(100, start_id=1000 * i, step_us=1000)]))
    synced: list[str] = []
    real = archive_mod.fsync_dir
    monkeypatch.setattr(archive_mod, "fsync_dir", lambda d: (synced.append(d), real(d)))
    sink.committed(TPS)
    root = Path(sink.archive.root)
    assert len(_published(root, "logs")) == 4 and len(_published(root, "logs_1m")) == 4
    assert not list(root.rglob("*.pending"))
    assert len(synced) == len(set(synced)) == 2  # the logs hour and the logs_1m hour, once each (was 8)
    sink.close()


def test_files_whose_publish_failed_stay_for_recovery_and_are_not_taken_for_a_failed_flush(tmp_path,  # noqa: ANN001
                                                                                               monkeypatch) -> None:
    """Committed but not published (the rename failed): the next flush of the partition must not delete them."""
    cfg = make_cfg(tmp_path, log={"partitions": 4})
    sink = ArchiveSink(cfg)
    tp = TPS[0]
    sink.write(tp, 0, 100, pa.Table.from_batches([logs(100, step_us=1000)]))

    def broken(files: object) -> list:
        raise OSError(5, "Input/output error")
    monkeypatch.setattr(sink.archive, "publish", broken)
    with pytest.raises(OSError):
        sink.committed([tp])  # the worker had committed offset 100 already
    monkeypatch.undo()
    sink.write(tp, 100, 200, pa.Table.from_batches([logs(100, start_id=100, step_us=1000)]))
    root = Path(sink.archive.root)
    pending = sorted(p.name for p in root.rglob("*.pending") if "/logs/" in str(p))
    assert [n.split("-")[2:4] for n in pending] == [["00000000000000000000", "00000000000000000100.parquet.pending"],
                                                  ["00000000000000000100", "00000000000000000200.parquet.pending"]]
    sink.close()
    again = ArchiveSink(cfg)  # the next start: recovery publishes what was committed, drops what was not
    again.assigned([tp], {tp: 100})
    assert [n.split("-")[2:4] for n in _published(root, "logs")] == [["00000000000000000000",
                                                                       "00000000000000000100.parquet"]]
    again.close()
