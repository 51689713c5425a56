"""Stop 35's convention change, applied to every gold file alike: a judgment done by saying
(``act_words.VERBAL_JUDGMENTS``: accused, criticised, praised, condemned, ...) that states
what it holds ("accused him of lying", "criticised X for Y", "hailed it as Y") is a
statement of act ``speech``, no longer ``stance`` (docs/annotation.md, "act"); with a bare
object ("praised the chancellor's role") it stays a stance.

    PYTHONPATH=src .venv/bin/python benchmarks/gold/migrations/verbal_judgments.py [--write]

Changes only the ``act`` of a gold statement whose act is ``stance``, whose cue's head
lemma is in the list and whose cue and content words state the grounds
(``evaluate.acts.grounds_in``, the reading the PolNeAR scorer uses); prints how many per folder, never a statement (the measured gold is
read as totals only). Without ``--write`` it only counts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "src"))

from onrecord.attribute.act_words import VERBAL_JUDGMENTS  # noqa: E402
from onrecord.evaluate.acts import grounds_in  # noqa: E402
from onrecord.evaluate.cues import head_lemma  # noqa: E402


def migrate(path: Path, write: bool) -> int:
    data = json.loads(path.read_text(encoding="utf-8"))
    changed = 0
    for statement in data["statements"]:
        cue = statement.get("cue")
        content = statement["content"]
        segments = content if isinstance(content, list) else [content]  # a content in parts
        words = " ".join([cue or "", *(segment["text"] for segment in segments)])
        if statement.get("act") == "stance" and cue and head_lemma(cue) in VERBAL_JUDGMENTS and grounds_in(words):
            statement["act"] = "speech"
            changed += 1
    if changed and write:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return changed


if __name__ == "__main__":
    write = "--write" in sys.argv
    for folder in ("benchmarks/gold", "benchmarks/devgold"):
        total = sum(migrate(p, write) for p in sorted((ROOT / folder).glob("*/*.gold.json")))
        print(f"{folder}: {total} statements stance -> speech{'' if write else ' (not written)'}")
