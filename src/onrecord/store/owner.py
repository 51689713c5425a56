"""Who is running an ingest run, and whether that process is still alive: how a run left
``running`` by a killed process is told from one that is still going (``Store.start_run``
marks the first ``interrupted``).

A run's ``owner`` is ``host:pid:start``: the machine, the process id and the process's
start time (clock ticks since boot, from /proc), so that a process id reused after a
reboot or by another program is not taken for the old run. PostgreSQL uses its own
session instead (``PostgresStore._run_owner``), which holds across machines.
"""

from __future__ import annotations

import os
import socket


def _start_ticks(pid: int) -> str:
    """The start time of process ``pid`` in clock ticks since boot ('' where /proc has none)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            # the command name (field 2) may hold spaces and parentheses: count from its end
            return stat.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def this_process() -> str:
    """The owner string of the running process."""
    return f"{socket.gethostname()}:{os.getpid()}:{_start_ticks(os.getpid())}"


def is_dead(owner: str | None) -> bool:
    """Is the process that wrote ``owner`` known to be gone? A run without an owner (made
    before runs had one) counts as gone; one from another machine is never judged."""
    if not owner:
        return True
    host, _, rest = owner.partition(":")
    pid_text, _, start = rest.partition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass  # alive, someone else's
    return bool(start) and _start_ticks(pid) not in ("", start)
