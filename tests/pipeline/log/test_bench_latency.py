"""`bench log`'s paced row comes with the disk's own figures from the same run, so a latency is judged against it."""

from __future__ import annotations

from millpond import bench_log


def test_paced_latency_has_same_run_disk_references(tmp_path):
    out = bench_log.run(batches=20, runs=1, codecs=("lz4",), writers=2, directory=tmp_path,
                        paced=100_000, paced_seconds=0.3)
    rows = {r["name"].split(" ")[0] + " " + r["name"].split(" ")[1]: r for r in out["rows"]}
    sync = rows["raw write+fdatasync"]
    floor = rows["raw group"]
    paced = next(r for r in out["rows"] if r["name"].startswith("log lz4 paced"))
    for r in (sync, floor, paced):
        assert 0 < r["p50_ms"] <= r["p99_ms"] <= r["p999_ms"], r
        assert r["ratio_to_raw"] is None  # latency rows: their figure is the latency, not a rate ratio
    assert sync["name"].endswith(" kB")  # the size written is the encoded batch's, named in the row
    assert out["paced_p99_over_fdatasync_p99"] == paced["p99_ms"] / sync["p99_ms"]
    assert out["paced_p99_over_raw_paced_p99"] == paced["p99_ms"] / floor["p99_ms"]
    assert len(out["load_average"]) == 3
    assert out["paced_gc_max_ms"] == paced["gc_max_ms"] >= 0.0  # the collector's pauses are shown, not guessed
    assert not list(tmp_path.iterdir())  # the references clean up after themselves
