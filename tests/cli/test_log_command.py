"""`millpond log topics|describe|tail|lag` on a data directory, beside a live writer."""

from __future__ import annotations

import json
import select
import subprocess
import sys
import time

from click.testing import CliRunner

from millpond.cli import cli
from millpond.config import LogConfig
from millpond.pipeline.log import TopicPartition, open_log
from millpond.pipeline.schema import logs_batch


def _fill(tmp_path):
    log = open_log(tmp_path, LogConfig(partitions=2))
    log.append("logs", 0, logs_batch(message=["alpha", "beta", "gamma"], host="web1",
                                     attributes=[{"k": "v"}, {}, {}])).result()
    log.append("logs", 1, logs_batch(message=["delta"], host="web2")).result()
    log.commit("archiver", {TopicPartition("logs", 0): 1})
    return log


def test_topics_and_describe_show_offsets(tmp_path):
    log = _fill(tmp_path)
    r = CliRunner().invoke(cli, ["log", "topics", "--data-dir", str(tmp_path)], terminal_width=200)
    assert r.exit_code == 0, r.output
    assert "logs" in r.output and "metrics" in r.output and " 4 " in r.output  # 4 records in logs
    r = CliRunner().invoke(cli, ["log", "describe", "logs", "--data-dir", str(tmp_path)], terminal_width=200)
    assert r.exit_code == 0 and r.output.count("logs") == 2
    log.close()


def test_tail_prints_json_lines_with_offsets(tmp_path):
    log = _fill(tmp_path)
    r = CliRunner().invoke(cli, ["log", "tail", "logs", "-p", "0", "-n", "2", "--data-dir", str(tmp_path)])
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert [(x["offset"], x["message"]) for x in rows] == [(1, "beta"), (2, "gamma")]
    r = CliRunner().invoke(cli, ["log", "tail", "logs", "--from-beginning", "--data-dir", str(tmp_path)])
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert {x["message"] for x in rows} == {"alpha", "beta", "gamma", "delta"}
    assert rows[0]["attributes"] == {"k": "v"}
    log.close()


def test_lag_per_group_and_partition(tmp_path):
    log = _fill(tmp_path)
    r = CliRunner().invoke(cli, ["log", "lag", "--data-dir", str(tmp_path)], terminal_width=200)
    line = next(ln for ln in r.output.splitlines() if "logs/0" in ln)
    assert line.split("│")[3:6] == [" 1         ", " 3   ", " 2   "]
    log.close()


def test_unknown_topic_and_missing_dir_are_one_line_errors(tmp_path):
    log = _fill(tmp_path)
    r = CliRunner().invoke(cli, ["log", "tail", "nope", "--data-dir", str(tmp_path)])
    assert r.exit_code == 2 and "unknown topic 'nope'" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(cli, ["log", "topics", "--data-dir", str(tmp_path / "missing")])
    assert r.exit_code == 2 and "does not exist" in r.output
    log.close()


def _readline(proc: subprocess.Popen, deadline: float) -> str:
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.1)
        if ready:
            return proc.stdout.readline()
    raise AssertionError("no output before the deadline")


def test_tail_follow_prints_new_batches(tmp_path):
    log = _fill(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "millpond", "log", "tail", "logs", "-p", "1", "-n", "1", "-f",
                             "--data-dir", str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        assert json.loads(_readline(proc, deadline))["message"] == "delta"  # the last record, then it follows
        log.append("logs", 1, logs_batch(message=["fresh"], host="web2")).result()
        row = json.loads(_readline(proc, deadline))
        assert (row["offset"], row["message"]) == (1, "fresh")
    finally:
        proc.kill()
        proc.wait()
        log.close()
