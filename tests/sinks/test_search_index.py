"""The needle search index and search(): LIKE's answers, fewer row groups read, and safe when an index is not."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from searchkit import TP, batch, found, like, ref_tokens, reference, svc_for, write  # noqa: F401 (fixture)
from sinkdata import T0_US, make_cfg

from millpond.pipeline.schema import LOGS
from millpond.sinks import archive as archive_mod
from millpond.sinks import search_index as si
from millpond.sinks.archive import Archive
from millpond.sinks.compaction import compact
from millpond.sinks.query import QueryService
from millpond.sinks.search_sql import MACROS



# -- the tokenizer -------------------------------------------------------------------------------

TEXT = st.text(alphabet=st.sampled_from(list("ab1Z9 .-@_:=/,\"'[]é\u212aİ") + ["\t", "ß"]), max_size=40)


@pytest.fixture(scope="module")
def sqltok() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(MACROS[0].replace("TEMP ", ""))
    return con


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXT, min_size=1, max_size=8))
def test_vectorised_tokens_are_the_sql_tokens_lowercased(sqltok, texts: list[str]) -> None:
    """numpy/Arrow tokens() == DuckDB's _search_tokens(lower(…)) (minus short numbers) == Python's re."""
    toks, lows = sqltok.execute("SELECT list_transform($t::VARCHAR[], lambda s: _search_tokens(lower(s))), "
                                "list_transform($t::VARCHAR[], lambda s: lower(s))", {"t": texts}).fetchall()[0]
    for s, sql_list, lowered in zip(texts, toks, lows, strict=True):
        sql_toks = set(sql_list)
        assert sql_toks == ref_tokens(lowered)
        indexed = set(si.tokens(pa.array([s])).to_pylist())
        short_numbers = {t for t in sql_toks if t.replace(".", "", 1).isdigit() and len(t.replace(".", "", 1)) < si.MIN_DIGITS}
        assert indexed == sql_toks - short_numbers


# -- answers -------------------------------------------------------------------------------------

WORDS = st.sampled_from(["alpha", "beta7", "10.0.0.7", "10.0.0.71", "req-42af9c", "42af9c", "ALPHA", "x", "trace_id",
                         "4bf92f3577b34da6", "über", "123456", "12"])
SEPS = st.sampled_from([" ", "=", ", ", ":", "/", ".", "-", " [", "] "])
MESSAGE = st.lists(st.tuples(WORDS, SEPS), max_size=6).map(lambda ws: "".join(w + s for w, s in ws))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.lists(st.lists(MESSAGE, min_size=1, max_size=12), min_size=1, max_size=4),
       needles=st.lists(st.one_of(WORDS, MESSAGE, st.text(alphabet="ab7.-= x", max_size=6)), min_size=1, max_size=3))
def test_search_answers_like_the_reference_on_random_data(files: list[list[str]], needles: list[str]) -> None:
    """search() == contains + whole tokens (re reference) == LIKE for needles seen only as whole tokens; any case."""
    with tempfile.TemporaryDirectory() as d:
        cfg = make_cfg(Path(d) / "data")
        write(Archive.for_data_dir(cfg.data_path), files)
        svc = QueryService(cfg, cfg.data_path, connections=1)
        try:
            messages = [m for f in files for m in f]
            for needle in needles:
                assert found(svc, needle) == reference(messages, needle)
                assert found(svc, needle, True) == reference(messages, needle, True)
                inside_longer = any(needle in t and needle != t for m in messages for t in ref_tokens(m))
                if needle and needle in ref_tokens(needle) and not inside_longer:
                    assert found(svc, needle) == like(svc, needle)
        finally:
            svc.close()


def test_search_reads_only_the_row_groups_that_can_hold_the_needle(cfg, svc_for, monkeypatch) -> None:
    """8 files × 4 row groups of unique ids: a needle's query reads its own row group (and rarely a false one)."""
    monkeypatch.setattr(archive_mod, "ROW_GROUP", 500)
    archive = Archive.for_data_dir(cfg.data_path)
    files = [[f"GET /api/orders 200 trace_id={i:016x}{f:04d} user=u{i % 97}x" for i in range(2000)] for f in range(8)]
    files[3][1234] = "payment declined request_id=req-8d41c7e02f9b from 172.31.254.77:51234"
    write(archive, files)
    svc = svc_for()
    needle = "req-8d41c7e02f9b"
    assert found(svc, needle) == like(svc, needle) == [files[3][1234]]
    plan = svc.last_search
    assert (plan.files_total, plan.files_indexed, plan.groups_total) == (8, 8, 32)
    # 1 true row group + false positives among 31 at ~3.5 % each (mean 1.1; 5 or more: p < 0.01)
    assert plan.groups_read <= 5 and plan.files_read <= 5
    assert any(f.start == 6000 for f, _ in plan.parts)
    assert found(svc, "172.31.254.77") == [files[3][1234]]
    assert svc.last_search.groups_read <= 5
    assert found(svc, "nowhere-to-be-found-42") == [] and svc.last_search.groups_read <= 4
    assert len(found(svc, "user")) == 16000 - 1 and svc.last_search.groups_read == 32  # in every row group


def test_a_needle_the_index_cannot_help_with_reads_everything(cfg, svc_for) -> None:
    """Short numbers, punctuation-only and non-literal needles: no pruning, the same answers."""
    archive = Archive.for_data_dir(cfg.data_path)
    write(archive, [["port 8080 open", "port 9090 open"], ["x -- y", "z"]])
    svc = svc_for()
    assert found(svc, "8080") == ["port 8080 open"] and svc.last_search.files_read == 2
    assert found(svc, "--") == ["x -- y"] and svc.last_search.files_read == 2
    rows = svc.run("SELECT message FROM search(concat('90', '90'))").rows
    assert rows == [["port 9090 open"]] and svc.last_search.files_indexed == 0


# -- lifecycle -----------------------------------------------------------------------------------

def _indexes(archive: Archive) -> list[str]:
    base = Path(archive.root) / si.INDEX_DIR
    return sorted(str(p) for p in base.rglob("*" + si.SUFFIX)) if base.exists() else []


def test_compaction_indexes_the_merged_file_and_drops_the_sources_indexes(cfg, svc_for) -> None:
    archive = Archive.for_data_dir(cfg.data_path)
    files = [[f"job {f}-{i} done by worker-{f}{i:03d}" for i in range(50)] for f in range(4)]
    end = write(archive, files)
    assert len(_indexes(archive)) == 4
    stats = compact(archive, "logs", LOGS, {TP: end}, now_us=T0_US + 10 * 3_600_000_000, settle_us=0)
    assert (stats.merged_files, stats.written_files) == (4, 1)
    [merged] = archive.list("logs")
    assert _indexes(archive) == [si.index_path(archive.root, merged.path)]
    svc = svc_for()
    assert found(svc, "worker-2017") == like(svc, "worker-2017") == ["job 2-17 done by worker-2017"]
    assert (svc.last_search.files_indexed, svc.last_search.files_read) == (1, 1)


def test_a_missing_corrupt_or_foreign_index_means_a_full_read_never_a_wrong_answer(cfg, svc_for) -> None:
    archive = Archive.for_data_dir(cfg.data_path)
    files = [[f"session {f:02d}{i:04d}-abc opened" for i in range(100)] for f in range(5)]
    write(archive, files)
    data = archive.list("logs")
    idx = [si.index_path(archive.root, f.path) for f in data]
    os.unlink(idx[0])                                   # missing
    blob = bytearray(Path(idx[1]).read_bytes())        # a flipped bit in the matrix
    blob[-3] ^= 0xFF
    Path(idx[1]).write_bytes(bytes(blob))
    Path(idx[2]).write_bytes(Path(idx[2]).read_bytes()[:40])  # truncated
    Path(idx[3]).write_bytes(Path(idx[4]).read_bytes())      # another file's index
    svc = svc_for()
    for f in range(5):
        needle = f"{f:02d}0042-abc"
        assert found(svc, needle) == like(svc, needle) == [f"session {needle} opened"]
    plan = svc.last_search
    assert (plan.files_indexed, plan.files_read) == (1, 5)  # only the intact one is used (and holds the needle)
    assert found(svc, "000042-abc") == ["session 000042-abc opened"]
    assert svc.last_search.files_read == 4  # the four bad ones are read whole


def test_a_crash_between_index_and_file_leaves_an_orphan_that_recovery_removes(cfg, svc_for, monkeypatch) -> None:
    """The index is published first; if the file never follows, readers never consult it and recover() deletes it."""
    archive = Archive.for_data_dir(cfg.data_path)
    write(archive, [["first file user=alice1912"]])
    real = os.replace

    def crash(src, dst):
        if str(dst).endswith(".parquet.pending"):
            raise OSError("power cut")
        return real(src, dst)

    monkeypatch.setattr(archive_mod.os, "replace", crash)
    with pytest.raises(OSError, match="power cut"):
        archive.write("logs", TP, 1, 2, batch(["second file user=alice1912"], start=1), pending=True)
    monkeypatch.setattr(archive_mod.os, "replace", real)
    assert len(_indexes(archive)) == 2 and len(archive.list("logs")) == 1
    svc = svc_for()
    assert found(svc, "alice1912") == ["first file user=alice1912"]
    archive.recover(["logs"], {TP: 1}, [TP])
    assert _indexes(archive) == [si.index_path(archive.root, archive.list("logs")[0].path)]


def test_publishing_a_pending_file_keeps_its_index(cfg, svc_for) -> None:
    archive = Archive.for_data_dir(cfg.data_path)
    pending = archive.write("logs", TP, 0, 2, batch(["a ip=10.9.8.7", "b"]), pending=True)
    assert len(_indexes(archive)) == 1
    archive.publish(pending)
    svc = svc_for()
    assert found(svc, "10.9.8.7") == ["a ip=10.9.8.7"]
    assert svc.last_search.files_indexed == 1
    archive.delete(archive.list("logs"))
    assert _indexes(archive) == []


def test_expiry_deletes_indexes_with_their_files(cfg) -> None:
    archive = Archive.for_data_dir(cfg.data_path)
    write(archive, [["old line id=abc123"]])
    assert archive.expire(["logs"], T0_US + 10 * 3_600_000_000) == 1
    assert _indexes(archive) == [] and not list((Path(archive.root) / si.INDEX_DIR / "logs").iterdir())


# -- through the service -------------------------------------------------------------------------

def test_search_stays_inside_the_sandbox(cfg, svc_for) -> None:
    """search() is one more read-only macro: no way to redefine it, nest a statement or read a file through it."""
    from millpond.sinks.query import QueryError

    write(Archive.for_data_dir(cfg.data_path), [["a b", "research notes"]])
    svc = svc_for()
    assert svc.run("SELECT message FROM logs WHERE message LIKE '%search%'").rows == [["research notes"]]
    assert svc.run("EXPLAIN SELECT * FROM search('a')").rows
    for sql in ("CREATE OR REPLACE TEMP MACRO search(n) AS TABLE SELECT * FROM read_text('/etc/passwd')",
                "SELECT * FROM search('a'); SELECT 1", "SELECT * FROM search(read_text('/etc/passwd'))"):
        with pytest.raises(QueryError):
            svc.run(sql)
    assert found(svc, "a") == ["a b"]
