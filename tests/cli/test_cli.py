"""The command line: one program, the whole command set of DESIGN in --help."""

from click.testing import CliRunner

from millpond.cli import COMMANDS, cli

DESIGN_COMMANDS = {"run", "worker", "demo", "agent", "query", "tui", "log", "alerts", "replay", "bench"}


def test_help_lists_the_whole_command_set():
    r = CliRunner().invoke(cli, ["--help"])
    assert r.exit_code == 0
    assert DESIGN_COMMANDS <= set(COMMANDS)
    for name in DESIGN_COMMANDS:
        assert f"\n  {name}" in r.output


def test_no_arguments_prints_help():
    r = CliRunner().invoke(cli, [])
    assert r.exit_code == 0 and "Commands" in r.output


def test_every_command_loads_and_has_help():
    for name in COMMANDS:
        r = CliRunner().invoke(cli, [name, "--help"])
        assert r.exit_code == 0, (name, r.output)


def test_version():
    r = CliRunner().invoke(cli, ["--version"])
    assert r.exit_code == 0 and "millpond" in r.output
