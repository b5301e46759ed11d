"""`millpond agent` (not built yet: issue #8)."""

import click

from millpond.commands._common import not_built


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
def agent() -> None:
    """Not built yet (issue #8)."""
    not_built("agent", 8)
