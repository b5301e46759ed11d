"""One module per ``millpond`` subcommand."""
