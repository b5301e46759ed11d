"""`millpond alerts` (not built yet: issue #6)."""

import click

from millpond.commands._common import not_built


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
def alerts() -> None:
    """Not built yet (issue #6)."""
    not_built("alerts", 6)
