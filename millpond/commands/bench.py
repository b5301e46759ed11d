"""`millpond bench` (not built yet: issue #10)."""

import click

from millpond.commands._common import not_built


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
def bench() -> None:
    """Not built yet (issue #10)."""
    not_built("bench", 10)
