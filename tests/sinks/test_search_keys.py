"""The index's token keys agree with the needles' keys; numbers left out are still found; compaction's indexes."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import given, settings
from hypothesis import strategies as st
from searchkit import TP, batch, found, like, ref_tokens, svc_for, write  # noqa: F401 (svc_for: fixture)
from sinkdata import T0_US

from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.schema import LOGS
from millpond.sinks import archive as archive_mod
from millpond.sinks import search_index as si
from millpond.sinks.archive import Archive
from millpond.sinks.compaction import compact

HOUR_US = 3_600_000_000


def _short_number(t: str) -> bool:
    d = t.replace(".", "", 1)
    return d.isdigit() and len(d) < si.MIN_DIGITS


def _groups_holding(blob: bytes, keys) -> set[int]:
    """Row groups of an index (in memory) whose filters hold every key."""
    h = si.verify(blob)
    assert h is not None
    return set(si.matching_groups(h, keys, lambda offsets, n: [blob[o:o + n] for o in offsets]))


TOKEN = st.text(alphabet=st.sampled_from(list("abcXYZ0123456789_.-@é")), min_size=1, max_size=40)
SEP = st.sampled_from([" ", "=", ": ", "/", "\t", "--", " .", "@ "])


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(st.lists(st.tuples(TOKEN, SEP), max_size=6).map(lambda ws: "".join(a + b for a, b in ws)),
                     min_size=1, max_size=10))
def test_each_token_s_needle_key_is_among_its_row_s_keys(rows: list[str]) -> None:
    """Tokens of every length (8-byte words, the last one overlapping, short numbers) hash alike on both sides."""
    keys = set(si.token_keys(pa.array(rows))[0].tolist())
    tokens = {t for r in rows for t in ref_tokens(r.lower())} - {t for r in rows for t in ref_tokens(r.lower())
                                                                 if _short_number(t)}
    assert len(keys) == len(tokens)  # one key per distinct token: no two merged, none dropped but short numbers
    for t in tokens:
        k = si.needle_keys(t)
        assert len(k) == 1 and int(k[0]) in keys, t
    for r in rows:
        for t in ref_tokens(r.lower()):
            if _short_number(t):
                assert len(si.needle_keys(t)) == 0, t


def test_a_needle_that_is_not_indexed_is_still_found(cfg, svc_for) -> None:
    """Numbers of fewer than MIN_DIGITS digits are not in the index: a search for one reads everything, finds it."""
    archive = Archive.for_data_dir(cfg.data_path)
    number = "4" * (si.MIN_DIGITS - 2) + ".5"  # MIN_DIGITS - 1 digits
    write(archive, [[f"order {number} shipped", "order 17 shipped"], ["nothing here", "total 4444.5"]])
    svc = svc_for()
    assert found(svc, number) == like(svc, number) == [f"order {number} shipped"]
    assert (svc.last_search.files_indexed, svc.last_search.files_read) == (0, 2)
    # with an indexed token beside it, the index prunes and the number is still checked exactly
    assert found(svc, f"order {number}") == [f"order {number} shipped"]
    assert svc.last_search.files_read == 1


def test_a_compacted_file_s_index_covers_exactly_its_rows(cfg, svc_for, monkeypatch) -> None:
    """Compaction re-sorts rows into new row groups: each merged row's tokens are in its own row group's filter."""
    monkeypatch.setattr(archive_mod, "ROW_GROUP", 64)
    archive = Archive.for_data_dir(cfg.data_path)
    files = [[f"job {f}-{i} by worker-{f}{i:03d} ip=10.{f}.{i}.9" for i in range(90 + 17 * f)] for f in range(4)]
    end = write(archive, files)
    other = archive.write("logs", TopicPartition("logs", 1), 0, 1, batch(["kept apart id=zz9876543"]))
    stats = compact(archive, "logs", LOGS, {TP: end, other[0].tp: 1}, now_us=T0_US + 10 * HOUR_US, settle_us=0)
    assert (stats.merged_files, stats.written_files) == (4, 1)
    merged = next(f for f in archive.list("logs") if f.tp == TP)
    blob = (archive.fs.open_input_file(si.index_path(archive.root, merged.path))).readall()
    header = si.verify(blob)
    meta = pq.ParquetFile(merged.path).metadata
    assert header.rows == [meta.row_group(g).num_rows for g in range(meta.num_row_groups)]
    assert sum(header.rows) == sum(len(f) for f in files) and len(header.rows) > 4
    assert [(g.first, g.count) for g in header.segments] == [(0, len(header.rows) - 1), (len(header.rows) - 1, 1)]
    table = pq.read_table(merged.path, columns=["message"]).column("message").to_pylist()
    start = 0
    for g, n in enumerate(header.rows):
        for message in table[start:start + n]:
            for t in ref_tokens(message.lower()):
                if not _short_number(t):
                    assert g in _groups_holding(blob, si.needle_keys(t)), (g, t)
        start += n
    svc = svc_for()
    for needle in ("worker-2017", "10.3.101.9", "zz9876543"):
        assert found(svc, needle) == like(svc, needle) and len(found(svc, needle)) == 1
    assert svc.last_search.files_indexed == 2 and svc.last_search.groups_read <= 3



@settings(max_examples=30, deadline=None)
@given(rows=st.lists(st.lists(st.tuples(TOKEN, SEP), max_size=6).map(lambda ws: "".join(a + b for a, b in ws)),
                     min_size=1, max_size=12), piece=st.integers(1, 5))
def test_a_row_group_tokenised_in_pieces_has_the_keys_of_one_piece(rows: list[str], piece: int) -> None:
    """Row groups are tokenised ``SPAN_ROWS`` messages at a time: the union of the pieces' keys, each key once."""
    arr = pa.array(rows + rows[::-1])  # every token in several pieces
    groups = [len(rows), len(rows)]
    whole = si.token_keys(arr, groups)
    assert len(arr) < si.SPAN_ROWS  # ... was one piece
    saved, si.SPAN_ROWS = si.SPAN_ROWS, piece
    try:
        pieces = si.token_keys(arr, groups)
    finally:
        si.SPAN_ROWS = saved
    assert [k.tolist() for k in pieces] == [k.tolist() for k in whole]
    assert all(len(set(k.tolist())) == len(k) for k in pieces)
