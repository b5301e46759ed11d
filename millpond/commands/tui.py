"""`millpond tui` (not built yet: issue #7)."""

import click

from millpond.commands._common import not_built


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
def tui() -> None:
    """Not built yet (issue #7)."""
    not_built("tui", 7)
