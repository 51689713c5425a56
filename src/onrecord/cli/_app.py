"""The typer application every command module registers on."""

from __future__ import annotations

import enum

import typer

app = typer.Typer(
    name="onrecord",
    help="Who said what, when, and according to whom: attributed statements from news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Engine(str, enum.Enum):
    """The values of ``--engine`` (``ONRECORD_ENGINE``)."""

    full = "full"
    selective = "selective"


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"onrecord {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
    engine: Engine = typer.Option(None, "--engine", show_default=False,
                               help="The attribution engine: full (the default) or selective; sets ONRECORD_ENGINE "
                                    "for this command (docs/engine.md, \"Two engines\")."),
) -> None:
    """Who said what, when, and according to whom: attributed statements from news."""
    import os

    from .. import settings

    if engine is not None:
        os.environ["ONRECORD_ENGINE"] = engine.value  # for this process and its workers

    # Read the environment when a command starts: a bad ONRECORD_* value stops it here,
    # with one line naming the variable, before any work is done.
    settings.reset()
    settings.current()
