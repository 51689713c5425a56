"""Helpers shared by the benchmark scripts: machine description and docs section updates."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ONRECORD_SHARED", ROOT.parent / "shared"))


def machine() -> str:
    """One line naming the machine: CPU model, cores, memory, Python."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    cores = len(os.sched_getaffinity(0))  # what `nproc` says: the cores this process may use
    return f"{model}, {cores} cores{memory}, Python {platform.python_version()}"


def today() -> str:
    return dt.date.today().isoformat()


def replace_section(doc: Path, heading: str, body: str) -> None:
    """Replace the body under ``## heading`` in a Markdown file (up to the next ``## ``)."""
    text = doc.read_text(encoding="utf-8")
    pattern = re.compile(rf"(^## {re.escape(heading)}\n)(.*?)(?=^## |\Z)", re.S | re.M)
    if not pattern.search(text):
        text = text.rstrip() + f"\n\n## {heading}\n"
        pattern = re.compile(rf"(^## {re.escape(heading)}\n)(.*?)(?=^## |\Z)", re.S | re.M)
    text = pattern.sub(lambda m: m.group(1) + "\n" + body.strip() + "\n\n", text, count=1)
    doc.write_text(text, encoding="utf-8")


def other_sections(doc: Path, written: str) -> str:
    """The ``## `` sections of a Markdown file that ``written`` (the new text of the file)
    does not have, as they stand: for a script that rewrites the whole file to carry over
    what other scripts wrote into it (empty when the file is absent)."""
    if not doc.exists():
        return ""
    ours = set(re.findall(r"^## (.+)$", written, re.M))
    sections = re.finditer(r"^## ([^\n]+)\n.*?(?=^## |\Z)", doc.read_text(encoding="utf-8"), re.S | re.M)
    return "\n".join(m.group(0).rstrip() + "\n" for m in sections if m.group(1) not in ours)
