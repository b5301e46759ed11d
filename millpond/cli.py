"""``millpond``: one program, one subcommand per job. This module only wires.

Subcommands are imported lazily (``millpond --help`` stays fast and a broken
optional part cannot stop the others); each lives in ``millpond/commands/``.
"""

from __future__ import annotations

import importlib
import sys

import click

from millpond import __version__

COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("millpond.commands.run:run", "Run the appliance: receivers, the log, the pipeline, the query API."),
    "worker": ("millpond.commands.worker:worker", "Run one more pipeline worker in the consumer group."),
    "demo": ("millpond.commands.demo:demo", "Run the appliance with sample data flowing and the dashboard up."),
    "agent": ("millpond.commands.agent:agent", "Tail files and sample host metrics; ship them to an appliance."),
    "query": ("millpond.commands.query:query", "Run read-only SQL against a running appliance or a data directory."),
    "tui": ("millpond.commands.tui:tui", "Open the terminal dashboard of a running appliance."),
    "log": ("millpond.commands.log:log", "Inspect the partitioned log: topics, describe, tail, lag."),
    "alerts": ("millpond.commands.alerts:alerts", "List alert rules, their instances, and the history."),
    "replay": ("millpond.commands.replay:replay", "Send sample data files through their real protocols."),
    "bench": ("millpond.commands.bench:bench", "Measure what this box can do (log, ingest, pipeline)."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported only when invoked."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, _, attr = target[0].partition(":")
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, help_) for name, (_, help_) in COMMANDS.items()])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]}, invoke_without_command=True)
@click.version_option(__version__, prog_name="millpond")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Millpond: logs, metrics and sensor readings into one durable log, Parquet and SQL."""
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


def main() -> None:
    cli(prog_name="millpond")


if __name__ == "__main__":
    sys.exit(main())
