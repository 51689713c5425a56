"""onrecord's command line: thin commands over the library. ``main`` turns what a command
returned, or raised, into its exit code (``cli.exits``; the table is in docs/cli.md):
one line on stderr for an error, never a traceback."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ..errors import OnrecordError
from . import extract_cmd  # noqa: F401  (registers its commands)
from ._app import app
from .exits import exit_code, report

for _module in ("ingest_cmd", "store_cmds", "load_cmd", "eval_cmd", "serve_cmd", "link_cmds", "watch_cmd", "quotes_cmd"):
    try:
        __import__(f"{__name__}.{_module}")
    except ModuleNotFoundError as exc:  # a face not built yet in this checkout
        if exc.name != f"{__name__}.{_module}":
            raise

__all__ = ["app", "main", "run"]


def run(args: Sequence[str] | None = None) -> int:
    """Run one ``onrecord`` command line. RETURNS (int): its exit code."""
    try:
        return exit_code(app(args=list(args) if args is not None else None, prog_name="onrecord", standalone_mode=False))
    except SystemExit:
        raise
    except BaseException as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        return report(exc, debug=_debug())


def _debug() -> bool:
    from .. import settings

    try:
        return settings.current().debug
    except OnrecordError:  # the settings may be what failed
        return False


def main() -> None:
    """Entry point of the ``onrecord`` command."""
    sys.exit(run())
