"""`millpond query` (not built yet: issue #5)."""

import click

from millpond.commands._common import not_built


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
def query() -> None:
    """Not built yet (issue #5)."""
    not_built("query", 5)
