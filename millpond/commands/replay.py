"""``millpond replay FILE…``: send sample data through its real protocol.

Each file's kind is detected from its content (or name), and it travels by
the protocol a real client of that kind uses: syslog over TCP, JSON logs
over HTTP, line protocol, Prometheus remote_write, OTLP/HTTP JSON, Fluent
forward, MQTT. Timestamps are moved so the newest record lands now
(``--time original`` keeps them). A rich progress bar shows each file; a
table sums up what was sent, acknowledged and refused.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import click

from millpond.commands._common import config_option, fail, load
from millpond.commands.tui import default_url
from millpond.replay import ALLOWED, KINDS, PROTOCOLS, ReplayError, default_protocol, read, shift_for, shifted
from millpond.replay_send import Senders, SendError, Targets, otlp_count, send_batch

MAX_ERRORS_SHOWN = 3


@dataclass
class FileResult:
    """What happened to one file."""

    path: Path
    kind: str
    protocol: str
    records: int
    sent: int = 0
    acked: int | None = 0
    errors: int = 0
    message: str = ""
    seconds: float = 0.0


Progress = Callable[[int], None]


async def replay_file(
    senders: Senders,
    path: Path,
    *,
    kind: str | None = None,
    protocol: str | None = None,
    retime: bool = True,
    rate: float | None = None,
    batch: int = 500,
    on_start: Callable[[FileResult], None] | None = None,
    on_progress: Progress | None = None,
    now: Callable[[], float] = time.time,
) -> FileResult:
    """Send one file; connection failures end the file early and count the rest as errors."""
    kind, items = read(path, kind)
    proto = protocol or default_protocol(kind, mqtt=bool(senders.targets.mqtt))
    if proto not in ALLOWED[kind]:
        raise ReplayError(f"{path}: {kind} data cannot go by {proto}; use one of {', '.join(sorted(ALLOWED[kind]))}")
    if proto == "mqtt" and not senders.targets.mqtt:
        raise ReplayError(f"{path}: --protocol mqtt needs --mqtt URL (e.g. mqtt://127.0.0.1:1883)")
    weight = [otlp_count(it.payload) for it in items] if proto == "otlp" else None
    res = FileResult(path, kind, proto, sum(weight) if weight else len(items), acked=None if proto == "syslog" else 0)
    if on_start:
        on_start(res)
    delta = shift_for(items, now()) if retime else 0.0
    if proto == "otlp":
        batch = 1
    t0 = time.monotonic()
    for start in range(0, len(items), batch):
        chunk = [shifted(kind, it, delta) for it in items[start:start + batch]]
        size = sum(weight[start:start + batch]) if weight else len(chunk)
        try:
            n, acked = await send_batch(senders, kind, proto, chunk)
        except SendError as e:
            res.errors += size
            res.message = str(e)
            if "HTTP 4" not in str(e):  # the peer is gone or broken: the rest would fail the same way
                rest = sum(weight[start + batch:]) if weight else len(items[start + batch:])
                res.errors += rest
                if on_progress:
                    on_progress(size + rest)
                break
            if on_progress:
                on_progress(size)
            continue
        res.sent += size
        if acked is not None and res.acked is not None:
            res.acked += size if acked == n else acked
        if on_progress:
            on_progress(size)
        if rate:
            ahead = res.sent / rate - (time.monotonic() - t0)
            if ahead > 0:
                await asyncio.sleep(ahead)  # pacing a stream, not waiting for a result
    res.seconds = time.monotonic() - t0
    return res


async def replay_all(targets: Targets, files: list[Path], **kw: object) -> list[FileResult]:
    """Replay files one after another over shared connections."""
    results = []
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
        senders = Senders(targets, session)
        try:
            for f in files:
                results.append(await replay_file(senders, f, **kw))  # type: ignore[arg-type]
        finally:
            await senders.close()
    return results


def summary_table(results: list[FileResult]):  # noqa: ANN201 (rich is imported lazily)
    from rich import box
    from rich.table import Table

    t = Table(title="replay summary", title_justify="left", box=box.SIMPLE_HEAD)
    t.add_column("file", no_wrap=True, overflow="ellipsis", max_width=20)
    t.add_column("kind → protocol", no_wrap=True, overflow="ellipsis")
    for col in ("records", "acked", "errors"):
        t.add_column(col, justify="right", no_wrap=True, min_width=7)
    for r in results:
        t.add_row(r.path.name, f"{r.kind} → {r.protocol}", f"{r.records:,}",
                  "-" if r.acked is None else f"{r.acked:,}", f"[red]{r.errors:,}[/]" if r.errors else "0")
    return t


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", default=None, help="HTTP ingest base URL (default: [http] listen, else http://127.0.0.1:9880).")
@click.option("--forward", "forward_addr", default=None, help="Fluent forward address host:port (default: [forward] listen).")
@click.option("--syslog", "syslog_addr", default=None, help="syslog TCP address host:port (default: [syslog] listen).")
@click.option("--mqtt", "mqtt_url", default=None, help="MQTT broker URL; IoT readings go there when set (default: [mqtt] url).")
@click.option("--protocol", type=click.Choice(PROTOCOLS), default=None, help="Force one protocol for every file.")
@click.option("--kind", type=click.Choice(KINDS), default=None, help="Force the data kind instead of detecting it.")
@click.option("--time", "time_mode", type=click.Choice(["shift", "original"]), default="shift", show_default=True,
              help="shift: move timestamps so each file ends now; original: keep them.")
@click.option("--rate", type=float, default=None, help="Records per second per file (default: as fast as acks come).")
@click.option("--batch", type=click.IntRange(1, 100_000), default=500, show_default=True, help="Records per request.")
@click.option("--token", default=None, help="Ingest token (default: [http] ingest_token).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; just the summary.")
@config_option
def replay(files: tuple[Path, ...], url: str | None, forward_addr: str | None, syslog_addr: str | None,
           mqtt_url: str | None, protocol: str | None, kind: str | None, time_mode: str, rate: float | None,
           batch: int, token: str | None, quiet: bool, config_path: Path | None) -> None:
    """Send sample data FILES through their real protocols (syslog, HTTP, OTLP, forward, MQTT…)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    cfg = load(config_path)
    targets = Targets(
        url=url or default_url(cfg.http.listen),
        forward=forward_addr or cfg.forward.listen,
        syslog=syslog_addr or cfg.syslog.listen,
        mqtt=cfg.mqtt.url if mqtt_url is None else mqtt_url,
        token=cfg.http.ingest_token if token is None else token,
    )
    console = Console(stderr=True)
    progress = Progress(TextColumn("{task.description:<24}"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[proto]}"), TimeRemainingColumn(), console=console, disable=quiet)
    tasks: dict[str, int] = {}

    def on_start(r: FileResult) -> None:
        tasks["cur"] = progress.add_task(r.path.name, total=r.records, proto=f"{r.kind} → {r.protocol}")

    def on_progress(n: int) -> None:
        progress.advance(tasks["cur"], n)

    try:
        with progress:
            results = asyncio.run(replay_all(targets, list(files), kind=kind, protocol=protocol,
                                             retime=time_mode == "shift", rate=rate, batch=batch,
                                             on_start=on_start, on_progress=on_progress))
    except ReplayError as e:
        fail(str(e))
        return
    except KeyboardInterrupt:
        fail("interrupted", code=130)
        return
    Console().print(summary_table(results))
    sent, secs = sum(r.sent for r in results), sum(r.seconds for r in results)
    Console().print(f"sent {sent:,} records in {secs:.1f} s" + (f" ({sent / secs:,.0f} records/s)" if secs > 0 else ""))
    if any(r.acked is None for r in results):
        console.print("acked '-': syslog over TCP has no acknowledgements; the records were written to the socket.")
    bad = [r for r in results if r.errors]
    for r in bad[:MAX_ERRORS_SHOWN]:
        console.print(f"[red]{r.path.name}[/]: {r.message}")
    if bad:
        raise SystemExit(1)
