"""How the ``onrecord`` command ends: one exit code per outcome (``errors.ExitCode``,
documented in docs/cli.md), decided here for every command, so that a new command gets
them without code of its own.

A command returns what it did: None (all good), an ``int`` (that exit code), or a summary
with ``documents`` and ``failures`` counts (a ``RunCounts``: ``ingest``, ``load`` and any
batch command), which exits PARTIAL when some documents failed and FAILED when every one
did (skips and duplicates are not failures). An error is an exception: an
OnrecordError carries its own code; click's usage errors exit USAGE with click's message.
"""

from __future__ import annotations

import sys

from ..errors import ExitCode, OnrecordError


def exit_code(result: object) -> int:
    """The exit code for what a command returned."""
    if result is None or isinstance(result, bool):
        return ExitCode.OK
    if isinstance(result, int):
        return int(result)
    failures = getattr(result, "failures", None)
    if not isinstance(failures, int) or failures <= 0:
        return ExitCode.OK
    documents = getattr(result, "documents", None)
    if isinstance(documents, int) and documents <= failures:
        return ExitCode.FAILED
    return ExitCode.PARTIAL


def _usage_error_classes() -> tuple[type[BaseException], ...]:
    """click's exception base, as this typer has it: typer >= 0.29 carries its own copy of
    click (``typer.TyperException`` is the base there), older ones use click itself."""
    import typer

    classes: list[type[BaseException]] = []
    if hasattr(typer, "TyperException"):
        classes.append(typer.TyperException)
    try:
        import click
    except ImportError:  # pragma: no cover - typer >= 0.29 does not need it
        pass
    else:
        classes.append(click.exceptions.ClickException)
    return tuple(classes)


def _abort_classes() -> tuple[type[BaseException], ...]:
    import typer

    classes: list[type[BaseException]] = [typer.Abort]
    try:
        import click
    except ImportError:  # pragma: no cover
        pass
    else:
        classes.append(click.exceptions.Abort)
    return tuple(classes)


def report(exc: BaseException, *, debug: bool = False) -> int:
    """Print one line (or click's usage message) for an exception a command raised on
    stderr. RETURNS (int): the exit code. With ``debug`` a bug is raised again, with its
    traceback."""
    if isinstance(exc, OnrecordError):
        print(f"onrecord: error: {exc}", file=sys.stderr)
        return int(exc.exit_code)
    if isinstance(exc, KeyboardInterrupt):
        print("onrecord: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    if isinstance(exc, BrokenPipeError):
        # `onrecord export | head`: the reader had enough; not an error
        sys.stderr.close()
        return ExitCode.OK
    if isinstance(exc, _usage_error_classes()):
        show = getattr(exc, "show", None)
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        if not message.strip():
            pass  # `onrecord` alone: typer has printed the help already
        elif show is not None:
            show()
        else:
            print(f"Error: {exc}", file=sys.stderr)
        return int(getattr(exc, "exit_code", ExitCode.USAGE))
    if isinstance(exc, _abort_classes()):
        print("Aborted!", file=sys.stderr)
        return ExitCode.FAILED
    if debug:
        raise exc
    print(f"onrecord: internal error: {type(exc).__name__}: {exc} (set ONRECORD_DEBUG=1 for a traceback)", file=sys.stderr)
    return ExitCode.INTERNAL
