"""`millpond run` (not built yet: issue #4)."""

import click

from millpond.commands._common import not_built


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
def run() -> None:
    """Not built yet (issue #4)."""
    not_built("run", 4)
