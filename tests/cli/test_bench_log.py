"""`millpond bench log` measures both the log and the raw reference in one run, and says so."""

import json

from click.testing import CliRunner

from millpond.cli import cli


def test_bench_log_json_has_the_reference_and_ratios(tmp_path):
    r = CliRunner().invoke(cli, ["bench", "log", "--batches", "20", "--runs", "1", "--writers", "2",
                                 "--codec", "lz4", "--dir", str(tmp_path), "--paced", "200000", "--paced-seconds", "0.5", "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    names = [row["name"] for row in data["rows"]]
    assert names[0].startswith("raw") and any("lz4" in n for n in names)
    lz4 = next(row for row in data["rows"] if "lz4" in row["name"])
    assert lz4["records_per_s"] > 0 and lz4["read_records_per_s"] > 0
    assert abs(lz4["ratio_to_raw"] - lz4["records_per_s"] / data["rows"][0]["records_per_s"]) < 1e-9
    paced = next(row for row in data["rows"] if "paced" in row["name"])
    assert 0 < paced["p50_ms"] <= paced["p99_ms"] and paced["ratio_to_raw"] is None


def test_bench_log_table_shows_p999_and_the_latency_against_the_disk(tmp_path):
    r = CliRunner().invoke(cli, ["bench", "log", "--batches", "20", "--runs", "1", "--writers", "2",
                                 "--codec", "lz4", "--dir", str(tmp_path), "--paced", "200000", "--paced-seconds", "0.5"],
                           terminal_width=160)
    assert r.exit_code == 0, r.output
    assert "p999" in r.output
    assert "the disk's bare write+fdatasync p99" in r.output and "load average" in r.output
