"""``millpond bench``: measure what this box can do, each figure beside a same-run reference."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from millpond.commands._common import not_built


@click.group()
def bench() -> None:
    """Measure what this box can do (log, ingest, pipeline)."""


@bench.command("log")
@click.option("--batches", type=int, default=2000, show_default=True, help="1,000-record batches per run.")
@click.option("--runs", type=int, default=3, show_default=True, help="Repetitions; medians are reported.")
@click.option("--writers", type=int, default=4, show_default=True, help="Concurrent appenders (one partition each).")
@click.option("--codec", "codecs", multiple=True, default=("none", "lz4", "zstd"), show_default=True)
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write (default: the system temp dir); put it on the disk you will use.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for machines.")
def bench_log(batches: int, runs: int, writers: int, codecs: tuple[str, ...], directory: Path | None,
              as_json: bool) -> None:
    """Durable append (fsync'd, group-committed) and read-back of typical log batches."""
    from millpond import bench_log as b

    console = Console(stderr=as_json)
    with Progress(TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=console,
                  transient=True) as progress:
        result = b.run(batches=batches, runs=runs, codecs=codecs, writers=writers, directory=directory,
                       progress=progress)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    t = Table(title=f"millpond bench log — medians of {runs} runs, {batches} × {result['batch_records']}-record "
                    f"batches ({result['batch_bytes'] / 1000:.0f} kB each)")
    for col in ("what", "rec/s", "MB/s", "× raw", "p50", "p99", "read rec/s"):
        t.add_column(col, justify="left" if col == "what" else "right")
    for r in result["rows"]:
        t.add_row(r["name"], f"{r['records_per_s']:,.0f}", f"{r['mb_per_s']:,.0f}", f"{r['ratio_to_raw']:.2f}",
                  f"{r['p50_ms']:.1f}ms", f"{r['p99_ms']:.1f}ms",
                  "-" if r["read_records_per_s"] is None else f"{r['read_records_per_s']:,.0f}")
    console.print(t)


@bench.command("ingest", context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
def bench_ingest() -> None:
    """Accepted records/s per protocol (not built yet)."""
    not_built("bench ingest", 4)


@bench.command("pipeline", context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
def bench_pipeline() -> None:
    """End-to-end records/s and freshness (not built yet)."""
    not_built("bench pipeline", 5)
