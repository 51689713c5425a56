"""onrecord's command line: thin commands over the library. ``main`` turns every
OnrecordError into one line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import sys

from ..errors import OnrecordError
from . import extract_cmd  # noqa: F401  (registers its commands)
from ._app import app

for _module in ("store_cmds", "load_cmd", "eval_cmd", "serve_cmd", "quotes_cmd"):
    try:
        __import__(f"{__name__}.{_module}")
    except ModuleNotFoundError as exc:  # a face not built yet in this checkout
        if exc.name != f"{__name__}.{_module}":
            raise

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the ``onrecord`` command."""
    try:
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except OnrecordError as exc:
        print(f"onrecord: error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("onrecord: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, click.exceptions.Abort):
            sys.exit(1)
        if os.environ.get("ONRECORD_DEBUG"):
            raise
        print(f"onrecord: internal error: {type(exc).__name__}: {exc} (set ONRECORD_DEBUG=1 for a traceback)", file=sys.stderr)
        sys.exit(70)
