"""The typer application every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="onrecord",
    help="Who said what, when, and according to whom: attributed statements from news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"onrecord {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Who said what, when, and according to whom: attributed statements from news."""
    from .. import settings

    # Read the environment when a command starts: a bad ONRECORD_* value stops it here,
    # with one line naming the variable, before any work is done.
    settings.reset()
    settings.current()
