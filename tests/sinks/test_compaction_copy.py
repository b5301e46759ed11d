"""Compaction by copying row groups and search filters: same rows, an exact index, and safe on failure."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from searchkit import TP, batch, found, like, ref_tokens, reference, write
from sinkdata import HOUR_US, T0_US, make_cfg

from millpond.pipeline.schema import LOGS
from millpond.sinks import archive as archive_mod
from millpond.sinks import copy_merge
from millpond.sinks import parquet_concat as pcat
from millpond.sinks import search_index as si
from millpond.sinks.archive import Archive, live_files
from millpond.sinks.compaction import compact
from millpond.sinks.query import QueryService

NOW = T0_US + 10 * HOUR_US
RG = 40


@pytest.fixture(autouse=True)
def small_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Row groups of 40 rows, copied from 10 rows up; copied filters always kept (the size rule has its test)."""
    monkeypatch.setattr(archive_mod, "ROW_GROUP", RG)
    monkeypatch.setattr(copy_merge, "MIN_COPY_ROWS", RG // 4)
    monkeypatch.setattr(copy_merge, "INDEX_SHARE", 1e9)


def _groups(path: str) -> list[pa.Table]:
    f = pq.ParquetFile(path)
    return [f.read_row_group(g) for g in range(f.metadata.num_row_groups)]


def _holding(blob: bytes, keys) -> set[int]:
    h = si.verify(blob)
    assert h is not None
    return set(si.matching_groups(h, keys, lambda offsets, n: [blob[o:o + n] for o in offsets]))


def _index_blob(archive: Archive, path: str) -> bytes:
    with archive.fs.open_input_file(si.index_path(archive.root, path)) as f:
        return f.read()


def _check_index_exact(archive: Archive, path: str) -> si.Header:
    """The index is bound to the file, has one filter per row group, and every token of a row is in its own."""
    blob = _index_blob(archive, path)
    header = si.verify(blob)
    assert header is not None
    with open(path, "rb") as fh:
        assert header.data == si.data_id(path.rsplit("/", 1)[-1], fh, os.path.getsize(path))
    groups = _groups(path)
    assert header.rows == [g.num_rows for g in groups]
    for g, table in enumerate(groups):
        for message in table.column("message").to_pylist():
            for t in ref_tokens(message.lower()):
                keys = si.needle_keys(t)
                if len(keys):
                    assert g in _holding(blob, keys), (g, t)
    return header


WORDS = st.sampled_from(["alpha", "beta7", "10.0.0.7", "req-42af9c", "ALPHA", "trace_id", "4bf92f3577b34da6", "über",
                         "x", "1234567", "user=bob17", "id=zz9876543"])
MESSAGE = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.lists(st.lists(MESSAGE, min_size=1, max_size=95), min_size=2, max_size=5),
       needles=st.lists(WORDS, min_size=1, max_size=3))
def test_copy_merge_keeps_every_row_and_an_exact_index(files: list[list[str]], needles: list[str]) -> None:
    """Big row groups are copied byte for byte, small ones merged again; search() == the reference == LIKE."""
    with tempfile.TemporaryDirectory() as d:
        cfg = make_cfg(Path(d) / "data")
        archive = Archive.for_data_dir(cfg.data_path)
        end = write(archive, files)
        sources = archive.list("logs")
        big = [g for f in sources for g in _groups(f.path) if g.num_rows >= RG // 4]
        before = archive.read(sources, LOGS).sort_by([("ts", "ascending")])
        stats = compact(archive, "logs", LOGS, {TP: end}, now_us=NOW, settle_us=0)
        (merged,) = archive.list("logs")
        assert (stats.merged_files, stats.written_files, merged.start, merged.end) == (len(files), 1, 0, end)
        assert archive.read([merged], LOGS).sort_by([("ts", "ascending")]).equals(before)
        groups = _groups(merged.path)
        assert groups[:len(big)] == big  # the parts' full row groups, in order, as they were
        assert all(g.num_rows >= RG // 4 for g in groups[:len(big)])
        _check_index_exact(archive, merged.path)
        svc = QueryService(cfg, cfg.data_path, connections=1)
        try:
            messages = [m for f in files for m in f]
            for needle in needles:
                assert found(svc, needle) == reference(messages, needle) == like(svc, needle)
                assert found(svc, needle, True) == reference(messages, needle, True)
        finally:
            svc.close()


def test_part_indexes_are_reused_and_a_bad_one_rebuilt(cfg, monkeypatch: pytest.MonkeyPatch) -> None:
    """No message is tokenised when every part's index is good; a missing or foreign one is rebuilt, exact."""
    archive = Archive.for_data_dir(cfg.data_path)
    files = [[f"job {f}-{i} by worker-{f}{i:03d} ip=10.{f}.{i}.9" for i in range(80)] for f in range(4)]
    end = write(archive, files)
    built: list[int] = []  # rows of each index built (flushes' too)
    real_build = si.build
    monkeypatch.setattr(si, "build", lambda m, rows, *, data: built.append(sum(rows)) or real_build(m, rows, data=data))
    compact(archive, "logs", LOGS, {TP: end}, now_us=NOW, settle_us=0)
    (merged,) = archive.list("logs")
    assert built == []
    header = _check_index_exact(archive, merged.path)
    assert len(header.segments) == 4 and len(header.rows) == 8  # each part's filters, as they were

    more = [[f"next {f}-{i} from host-{f}{i:03d}" for i in range(80)] for f in range(3)]
    start = end
    for msgs in more:
        archive.write("logs", TP, start, start + 80, batch(msgs, start=start))
        start += 80
    parts = [f for f in archive.list("logs") if f.start >= end]
    os.unlink(si.index_path(archive.root, parts[0].path))  # missing
    foreign = si.index_path(archive.root, parts[1].path)  # another file's index under this name
    with open(si.index_path(archive.root, parts[2].path), "rb") as src, open(foreign, "wb") as dst:
        dst.write(src.read())
    built.clear()
    compact(archive, "logs", LOGS, {TP: start}, now_us=NOW, settle_us=0, small_bytes=1 << 30)
    assert sorted(built) == [80, 80]  # the two bad parts, from their messages; the merged file and part 3 copied
    (merged,) = archive.list("logs")
    _check_index_exact(archive, merged.path)
    svc = QueryService(cfg, cfg.data_path, connections=1)
    try:
        for needle in ("worker-2017", "host-1042", "10.3.71.9", "host-0079"):
            assert found(svc, needle) == like(svc, needle) and len(found(svc, needle)) == 1
        assert svc.last_search.files_indexed == 1 and svc.last_search.groups_read < len(header.rows)
    finally:
        svc.close()


@pytest.mark.parametrize("reach", [1e12, 1.0])
def test_copied_filters_over_the_size_share_are_built_again_where_that_helps(cfg, monkeypatch: pytest.MonkeyPatch,
                                                                           reach: float) -> None:
    """An index over INDEX_SHARE of the merged file is built from its messages, unless it is so far over that a
    rebuild could not bring it under (REBUILD_REACH): then the copied filters are kept."""
    monkeypatch.setattr(copy_merge, "INDEX_SHARE", 1e-9)
    monkeypatch.setattr(copy_merge, "REBUILD_REACH", reach)
    archive = Archive.for_data_dir(cfg.data_path)
    end = write(archive, [[f"task {f}-{i} done by node-{f}{i:02d}" for i in range(50)] for f in range(3)])
    built: list[int] = []
    real_build = si.build
    monkeypatch.setattr(si, "build", lambda m, rows, *, data: built.append(sum(rows)) or real_build(m, rows, data=data))
    compact(archive, "logs", LOGS, {TP: end}, now_us=NOW, settle_us=0)
    (merged,) = archive.list("logs")
    header = _check_index_exact(archive, merged.path)
    if reach > 1:
        assert built == [150] and len(header.segments) <= 2  # one build over the whole file
    else:
        assert built == [] and len(header.segments) == 6  # each part's filters (40 + 10 rows: 2 segments each)


def test_a_failure_before_the_rename_leaves_the_sources_whole(cfg, monkeypatch: pytest.MonkeyPatch) -> None:
    """Crash between the index and the data rename: sources read as before, no temp file; recovery and a retry mend."""
    archive = Archive.for_data_dir(cfg.data_path)
    end = write(archive, [[f"line {f}-{i} id=ab{f}{i:05d}" for i in range(60)] for f in range(3)])
    sources = archive.list("logs")
    before = archive.read(sources, LOGS).sort_by([("ts", "ascending")])
    real = os.replace

    def crash(src, dst, *a, **k):
        if str(dst).endswith(".parquet"):
            raise OSError("power cut")
        return real(src, dst, *a, **k)

    monkeypatch.setattr(copy_merge.os, "replace", crash)
    with pytest.raises(OSError, match="power cut"):
        compact(archive, "logs", LOGS, {TP: end}, now_us=NOW, settle_us=0)
    monkeypatch.setattr(copy_merge.os, "replace", real)
    assert archive.list("logs") == sources
    assert archive.read(live_files(archive.list("logs"), {TP: end}), LOGS).sort_by([("ts", "ascending")]).equals(before)
    leftovers = [p for p in Path(archive.root).rglob(".*") if p.is_file()]
    assert leftovers == []
    assert len(si.orphans(archive.fs, archive.root, "logs")) == 1  # the merged file's index, published first
    archive.recover(["logs"], {TP: end}, [TP])
    assert si.orphans(archive.fs, archive.root, "logs") == []
    compact(archive, "logs", LOGS, {TP: end}, now_us=NOW, settle_us=0)
    (merged,) = archive.list("logs")
    assert archive.read([merged], LOGS).sort_by([("ts", "ascending")]).equals(before)
    _check_index_exact(archive, merged.path)


def test_files_of_another_schema_are_merged_by_decoding(cfg) -> None:
    """A part written without a column cannot be concatenated: the merge decodes, casts, and loses nothing."""
    archive = Archive.for_data_dir(cfg.data_path)
    end = write(archive, [[f"a {i}" for i in range(50)], [f"b {i}" for i in range(50)]])
    old = pa.Table.from_batches([batch([f"c {i}" for i in range(50)], start=end)]).drop_columns(["pattern_id"])
    archive.write("logs", TP, end, end + 50, old)
    compact(archive, "logs", LOGS, {TP: end + 50}, now_us=NOW, settle_us=0)
    (merged,) = archive.list("logs")
    table = archive.read([merged], LOGS)
    assert table.num_rows == 150
    assert sorted(table.column("message").to_pylist()) == sorted([f"{c} {i}" for c in "abc" for i in range(50)])
    _check_index_exact(archive, merged.path)


def test_concatenated_file_reads_everywhere_with_its_statistics(tmp_path: Path) -> None:
    """Footer round trip is byte-exact; pyarrow, DuckDB and Polars read the concatenation; min/max per group kept."""
    paths = []
    for i, n in enumerate((90, 30)):
        t = pa.Table.from_batches([batch([f"m{i}-{j}" for j in range(n)], start=1000 * i)])
        paths.append(str(tmp_path / f"p{i}.parquet"))
        pq.write_table(t, paths[-1], **archive_mod._parquet_options(t.schema))
    out = bytearray(pcat.MAGIC)
    concat = pcat.Concat()
    for p in paths:
        fd = os.open(p, os.O_RDONLY)
        footer = pcat.read_footer(fd, os.fstat(fd).st_size)
        raw = bytearray()
        pcat._write_struct(raw, footer.meta)
        assert bytes(raw) == footer.raw
        keep = list(range(len(footer.row_groups)))[::-1]  # any order, any subset
        concat.add(footer, keep, lambda s, n: out.extend(os.pread(fd, n, s)))
        os.close(fd)
    tail = concat.footer()
    (tmp_path / "out.parquet").write_bytes(bytes(out) + tail + len(tail).to_bytes(4, "little") + pcat.MAGIC)
    merged = str(tmp_path / "out.parquet")
    expected = [g for p in paths for g in reversed(_groups(p))]
    assert _groups(merged) == expected
    md = pq.read_metadata(merged)
    stats = [md.row_group(g).column(0).statistics for g in range(md.num_row_groups)]
    assert [(s.min, s.max) for s in stats] == [(g.column("ts")[0].as_py(), g.column("ts")[-1].as_py()) for g in expected]
    assert duckdb.sql(f"SELECT count(*), count(DISTINCT message) FROM '{merged}'").fetchall() == [(120, 120)]
    assert pl.read_parquet(merged).height == 120
    with pytest.raises(pcat.NotConcatenable):
        pcat.parse_footer(b"not parquet at all", 18)


def test_a_v3_index_is_still_read() -> None:
    """Indexes written before per-range common filters (v3: one per file) prune the same way."""
    import json
    import struct

    import crc32c

    msgs = [f"common word{i % 2} and id{i:07d}" for i in range(300)]
    blob = si.build(pa.array(msgs), [60] * 5, data="x")
    h = si.verify(blob)
    assert h is not None and len(h.commons) == 1
    _, hlen, _ = struct.unpack_from("<8sII", blob)
    head = json.loads(blob[16:16 + hlen])
    head.pop("commons")
    head.update(v=3, common=h.commons[0].m)
    new_head = json.dumps(head).encode()
    body = new_head + blob[16 + hlen:]
    old = struct.pack("<8sII", si.MAGIC, len(new_head), crc32c.crc32c(body)) + body
    h3 = si.verify(old)
    assert h3 is not None and [(c.first, c.count) for c in h3.commons] == [(0, 5)]
    for needle in ("id0000123", "word1", "common"):
        assert _holding(old, si.needle_keys(needle)) == _holding(blob, si.needle_keys(needle))
    assert 2 in _holding(old, si.needle_keys("id0000123"))


def test_metric_files_are_merged_by_copying_too(cfg) -> None:
    """The raw metrics table (no index) takes the same path: its parts' row groups, every sample once."""
    from sinkdata import metrics

    from millpond.pipeline.log.base import TopicPartition
    from millpond.pipeline.schema import METRICS

    archive = Archive.for_data_dir(cfg.data_path)
    mtp = TopicPartition("metrics", 0)
    for i in range(3):
        archive.write("metrics", mtp, i * 90, (i + 1) * 90, metrics(90, start_id=i * 90))
    sources = archive.list("metrics")
    parts = [g for f in sources for g in _groups(f.path)]
    before = archive.read(sources, METRICS).sort_by([("ts", "ascending")])
    compact(archive, "metrics", METRICS, {mtp: 270}, now_us=NOW, settle_us=0)
    (merged,) = archive.list("metrics")
    assert _groups(merged.path) == parts
    assert archive.read([merged], METRICS).sort_by([("ts", "ascending")]).equals(before)


_KILLED_COMPACTOR = """
import sys
from millpond.sinks import archive as archive_mod, copy_merge
archive_mod.ROW_GROUP = {rg}
copy_merge.MIN_COPY_ROWS = {rg} // 4
from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.schema import LOGS
from millpond.sinks.archive import Archive
from millpond.sinks.compaction import compact
archive = Archive(sys.argv[1])
print("go", flush=True)
while True:
    compact(archive, "logs", LOGS, {{TopicPartition("logs", 0): int(sys.argv[2])}}, now_us=int(sys.argv[3]),
            settle_us=0, small_bytes=1 << 30, target_bytes=int(sys.argv[4]))
"""


def test_kill_9_during_copy_compaction_never_shows_a_gap_or_a_duplicate(cfg) -> None:
    """A compactor killed at random instants: each time, readers see every id once; indexes stay exact."""
    import random
    import subprocess
    import sys
    import time

    archive = Archive.for_data_dir(cfg.data_path)
    rng = random.Random(5)
    end = 0
    for cycle in range(4):
        files = [[f"id{end + f * 30 + i:06d} at c{cycle}" for i in range(30)] for f in range(24)]
        for msgs in files:
            archive.write("logs", TP, end, end + len(msgs), batch(msgs, start=end))
            end += len(msgs)
        size = sum(os.path.getsize(f.path) for f in archive.list("logs")[:3])
        proc = subprocess.Popen([sys.executable, "-c", _KILLED_COMPACTOR.format(rg=RG), str(archive.root), str(end),
                                 str(NOW), str(size)], stdout=subprocess.PIPE, text=True)
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "go"
            time.sleep(rng.uniform(0.02, 0.3))
        finally:
            proc.kill()
            proc.wait()
        ids = archive.read(live_files(archive.list("logs"), {TP: end}), LOGS).column("message").to_pylist()
        assert sorted(int(m[2:8]) for m in ids) == list(range(end)), f"cycle {cycle}: a gap or a duplicate"
        archive.recover(["logs"], {TP: end}, [TP])
    compact(archive, "logs", LOGS, {TP: end}, now_us=NOW, settle_us=0, small_bytes=1 << 30)
    (merged,) = archive.list("logs")
    header = si.verify(_index_blob(archive, merged.path))
    with open(merged.path, "rb") as fh:
        assert header is not None and header.data == si.data_id(merged.path.rsplit("/", 1)[-1], fh,
                                                                  os.path.getsize(merged.path))
    svc = QueryService(cfg, cfg.data_path, connections=1)
    try:
        for needle in ("id000007", "id001500", f"id{end - 1:06d}"):
            assert found(svc, needle) == like(svc, needle) and len(found(svc, needle)) == 1
    finally:
        svc.close()
