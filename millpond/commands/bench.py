"""``millpond bench``: measure what this box can do, each figure beside a same-run reference."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from millpond.commands._common import fail

PROTOCOL_CHOICE = click.Choice(["forward", "syslog", "jsonlogs", "remote_write", "lineproto"])


def _suite(quick: bool, seconds: float | None, peers: bool, as_json: bool, protocols: tuple[str, ...],
           only: str | None = None, pipeline: bool = True) -> None:
    """Run the appliance bench and print the table (or JSON); ``only`` keeps one section's rows."""
    from millpond import bench_load, bench_report

    secs = seconds if seconds is not None else (3.0 if quick else 10.0)
    console = Console(stderr=as_json)
    with Progress(TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=console,
                  transient=True) as progress:
        steps = len(protocols or bench_load.PROTOCOLS) + 5 + (2 if peers else 0)
        task = progress.add_task("millpond bench", total=steps)

        def tick(what: str) -> None:
            progress.update(task, description=what, advance=1)
        try:
            result = bench_report.run(seconds=secs, peers=peers, protocols=protocols or bench_load.PROTOCOLS,
                                      pipeline=pipeline, tick=tick)
        except (RuntimeError, OSError) as e:
            fail(str(e))
    if only is not None:
        result["rows"] = [r for r in result["rows"] if r["section"] in only.split(",")]
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    bench_report.render(result, console)


def _suite_options(f):  # noqa: ANN001, ANN202
    for opt in reversed([
        click.option("--quick", is_flag=True, help="About a minute: 3 s per protocol."),
        click.option("--seconds", type=float, default=None, help="Seconds of load per protocol (default 10, quick 3)."),
        click.option("--peers", is_flag=True, help="Also send the same load to rsyslog / Prometheus where installed."),
        click.option("--protocol", "protocols", multiple=True, type=PROTOCOL_CHOICE, help="Only these (repeat)."),
        click.option("--json", "as_json", is_flag=True, help="Print JSON for machines."),
    ]):
        f = opt(f)
    return f


@click.group(invoke_without_command=True)
@_suite_options
@click.pass_context
def bench(ctx: click.Context, quick: bool, seconds: float | None, peers: bool, protocols: tuple[str, ...],
          as_json: bool) -> None:
    """Measure what this box can do; with no subcommand: everything, against a temporary appliance.

    Starts `millpond run` on a temp data dir and free loopback ports, drives it from separate load
    processes (forward, syslog TCP, JSON logs, remote_write, line protocol) and prints each figure
    beside a reference measured in the same run. See docs/bench.md.
    """
    if ctx.invoked_subcommand is None:
        _suite(quick, seconds, peers, as_json, protocols)


@bench.command("log")
@click.option("--batches", type=int, default=2000, show_default=True, help="1,000-record batches per run.")
@click.option("--runs", type=int, default=3, show_default=True, help="Repetitions; medians are reported.")
@click.option("--writers", type=int, default=4, show_default=True, help="Concurrent appenders (one partition each).")
@click.option("--codec", "codecs", multiple=True, default=("none", "lz4", "zstd"), show_default=True)
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write (default: the system temp dir); put it on the disk you will use.")
@click.option("--paced", type=float, default=1_000_000, show_default=True,
              help="Also append at this offered rate (records/s) to show the latency at that load; 0 = skip.")
@click.option("--paced-seconds", type=float, default=5.0, show_default=True,
              help="Length of the paced row (and of its ideal group commit reference).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for machines.")
def bench_log(batches: int, runs: int, writers: int, codecs: tuple[str, ...], directory: Path | None,
              paced: float, paced_seconds: float, as_json: bool) -> None:
    """Durable append (fsync'd, group-committed) and read-back of typical log batches."""
    from millpond import bench_log as b

    console = Console(stderr=as_json)
    with Progress(TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=console,
                  transient=True) as progress:
        result = b.run(batches=batches, runs=runs, codecs=codecs, writers=writers, directory=directory,
                       progress=progress, paced=paced, paced_seconds=paced_seconds)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    t = Table(title=f"millpond bench log — medians of {runs} runs, {batches} × {result['batch_records']}-record "
                    f"batches ({result['batch_bytes'] / 1000:.0f} kB each)")
    for col in ("what", "rec/s", "MB/s", "× raw", "p50", "p99", "p999", "read rec/s"):
        t.add_column(col, justify="left" if col == "what" else "right")
    for r in result["rows"]:
        ratio = "-" if r["ratio_to_raw"] is None else f"{r['ratio_to_raw']:.2f}"
        t.add_row(r["name"], f"{r['records_per_s']:,.0f}", f"{r['mb_per_s']:,.0f}" if r["mb_per_s"] else "-", ratio,
                  f"{r['p50_ms']:.1f}ms", f"{r['p99_ms']:.1f}ms", f"{r.get('p999_ms', 0.0):.1f}ms",
                  "-" if r["read_records_per_s"] is None else f"{r['read_records_per_s']:,.0f}")
    console.print(t)
    if result.get("paced_p99_over_fdatasync_p99") is not None:
        # the latency judged against this disk in this run (a p99 target means little on a disk that stalls)
        over_ideal = result.get("paced_p99_over_raw_paced_p99")
        load = ", ".join(f"{x:.1f}" for x in result.get("load_average", ()))
        console.print(f"paced append p99 = {result['paced_p99_over_fdatasync_p99']:.1f}× the disk's bare "
                      f"write+fdatasync p99"
                      + (f", {over_ideal:.1f}× an ideal group commit's" if over_ideal is not None else "")
                      + (f" (load average {load})" if load else ""))
        if result.get("paced_gc_max_ms") is not None:
            console.print(f"longest garbage-collector pause in the paced row: {result['paced_gc_max_ms']:.1f} ms (median)")


@bench.command("ingest")
@_suite_options
def bench_ingest(quick: bool, seconds: float | None, peers: bool, protocols: tuple[str, ...], as_json: bool) -> None:
    """Accepted records/s per protocol (and vs peers), each beside a raw fsync'd append of the same bodies."""
    _suite(quick, seconds, peers, as_json, protocols, pipeline=False)


@bench.command("pipeline")
@_suite_options
def bench_pipeline(quick: bool, seconds: float | None, peers: bool, protocols: tuple[str, ...], as_json: bool) -> None:
    """End-to-end archived records/s, ack → visible, query latency, archive bytes per record."""
    _suite(quick, seconds, False, as_json, protocols, only="pipeline,query,archive")
