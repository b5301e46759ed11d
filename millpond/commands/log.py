"""``millpond log topics|describe|tail|lag``: look inside the partitioned log.

Works on a data directory (read-only: safe beside a running appliance) or,
with ``[log] backend = "kafka"``, on the Kafka cluster.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from millpond.commands._common import config_option, data_dir_option, fail, load
from millpond.pipeline.log import Log, LogError, TopicPartition, open_log
from millpond.units import format_size


def _open(config_path: Path | None, data_dir: Path | None) -> Log:
    cfg = load(config_path, data_dir=str(data_dir) if data_dir else None)
    try:
        return open_log(Path(cfg.data_dir), cfg.log, readonly=True)
    except LogError as e:
        fail(str(e))
        raise


def _ts(us: int | None) -> str:
    if not us:
        return "-"
    return dt.datetime.fromtimestamp(us / 1e6, dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


@click.group()
def log() -> None:
    """Inspect the partitioned log: topics, describe, tail, lag."""


@log.command()
@config_option
@data_dir_option
def topics(config_path: Path | None, data_dir: Path | None) -> None:
    """List topics with partitions, records and size."""
    lg = _open(config_path, data_dir)
    table = Table("topic", "partitions", "records", "size")
    for name, n in sorted(lg.topics().items()):
        info = lg.describe(name)
        records = sum(p.end_offset - p.start_offset for p in info)
        size = sum(max(p.size_bytes, 0) for p in info)
        table.add_row(name, str(n), f"{records:,}", format_size(size))
    Console().print(table)
    lg.close()


@log.command()
@click.argument("topic", required=False)
@config_option
@data_dir_option
def describe(topic: str | None, config_path: Path | None, data_dir: Path | None) -> None:
    """Partitions of TOPIC (default: all): offsets, segments, size, time range."""
    lg = _open(config_path, data_dir)
    names = [topic] if topic else sorted(lg.topics())
    table = Table("topic", "partition", "start", "end", "segments", "size", "first ts", "last ts")
    for name in names:
        try:
            parts = lg.describe(name)
        except (KeyError, LogError):
            fail(f"unknown topic {name!r}; topics: {', '.join(sorted(lg.topics())) or 'none'}")
        for p in parts:
            table.add_row(p.topic, str(p.partition), f"{p.start_offset:,}", f"{p.end_offset:,}", str(p.segments),
                          format_size(p.size_bytes) if p.size_bytes >= 0 else "?", _ts(p.first_ts_us),
                          _ts(p.last_ts_us))
    Console().print(table)
    lg.close()


@log.command()
@click.argument("topic")
@click.option("-p", "--partition", type=int, default=None, help="Only this partition (default: all).")
@click.option("-n", "--lines", type=int, default=10, show_default=True, help="Records to show from the end of each partition.")
@click.option("-f", "--follow", is_flag=True, help="Keep printing new records as they are appended.")
@click.option("--from-beginning", is_flag=True, help="Start at the first record instead of the last N.")
@config_option
@data_dir_option
def tail(topic: str, partition: int | None, lines: int, follow: bool, from_beginning: bool,
         config_path: Path | None, data_dir: Path | None) -> None:
    """Print the last records of TOPIC as JSON lines (with -f, follow new ones)."""
    lg = _open(config_path, data_dir)
    n = lg.topics().get(topic)
    if n is None:
        fail(f"unknown topic {topic!r}; topics: {', '.join(sorted(lg.topics())) or 'none'}")
    parts = [partition] if partition is not None else list(range(n))
    pos = {}
    for p in parts:
        start = lg.start_offset(topic, p)
        pos[p] = start if from_beginning else max(start, lg.end_offset(topic, p) - lines)
    out = sys.stdout
    try:
        while True:
            got_any = False
            for p in parts:
                for fb in lg.read(topic, p, pos[p]):
                    got_any = True
                    for i, row in enumerate(fb.batch.to_pylist(maps_as_pydicts="lossy")):
                        row = {"partition": p, "offset": fb.base_offset + i, **row}
                        out.write(json.dumps(row, default=str) + "\n")
                    pos[p] = fb.next_offset
            out.flush()
            if not follow:
                break
            if not got_any:
                time.sleep(0.2)
    except (KeyboardInterrupt, BrokenPipeError):
        pass
    finally:
        lg.close()


@log.command()
@click.argument("group", required=False)
@config_option
@data_dir_option
def lag(group: str | None, config_path: Path | None, data_dir: Path | None) -> None:
    """Per consumer group and partition: committed offset, end offset and lag."""
    lg = _open(config_path, data_dir)
    groups = [group] if group else lg.groups()
    if not groups:
        click.echo("no consumer groups have committed yet")
        return
    table = Table("group", "topic/partition", "committed", "end", "lag")
    for g in groups:
        committed = lg.committed(g)
        for tp, behind in sorted(lg.lag(g).items()):
            assert isinstance(tp, TopicPartition)
            c = committed.get(tp)
            table.add_row(g, str(tp), "-" if c is None else f"{c:,}", f"{lg.end_offset(tp.topic, tp.partition):,}",
                          f"{behind:,}")
    Console().print(table)
    lg.close()
