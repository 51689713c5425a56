"""Gold speech the engine finds but leaves out of the default record by its act (issue 12, recall).

    PYTHONPATH=src .venv/bin/python benchmarks/speech_acts_lost.py [--offset 200] [--limit 200]
        [--cache /tmp/stmts.pkl] [--show 3]

The companion of ``missed_speech.py`` (same slice arguments, same ``--cache`` pickle, train
only): that script lists the speech-subset gold no statement overlaps; this one lists the
speech-subset gold that only statements of a non-default act (belief, intention, stance)
overlap, so the default record drops it. Each loss is filed under the act the engine gave
and the reason its explanation ends with ("a number speaks", "passive with no agent", ...),
or, where the rules' own act stands with no such reason, under the cue's last word ("vowed",
"praised"): the first are the schema's "no one's statement" decisions, the second its acts
by cue (docs/schema.md, "Acts"), so the counts say which decision costs how much recall.
``--flips N`` then prices the N largest groups: the slice's default-record precision and
recall (``default_views``) were every statement of that group speech, the recall it would
win against the false statements it would add (no engine run: the cached acts are changed).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from missed_speech import SHARED, _overlaps, _text, speech_gold, statements  # also puts src/ on the path

from onrecord.evaluate import read_polnear
from onrecord.evaluate.acts import default_views
from onrecord.schema import DEFAULT_ACTS, Statement

# Explanation parts that say who spoke or when, not why the act is what it is.
_NOT_REASONS = ("speaker by", "via ", "when ")


def reason_of(text: str, statement: Statement) -> str:
    """The act and why: the explanation's last reason, else the cue's last word. RETURNS (str)."""
    parts = [p for p in (statement.explanation or "").split("; ")[1:] if not p.startswith(_NOT_REASONS)]
    if parts:
        reason = "act by model" if parts[-1].startswith("act by model") else parts[-1]
    else:
        cue = text[statement.cue.start:statement.cue.end] if statement.cue else ""
        reason = f"cue '{(cue.split() or [''])[-1].lower()}'"
    return f"{statement.act}: {reason}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--offset", type=int, default=200, help="skip the first N primary articles (default 200)")
    parser.add_argument("--limit", type=int, default=200, help="then take N articles (default 200)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="pickle of the engine's statements (missed_speech.py's), reused if the slice matches")
    parser.add_argument("--show", type=int, default=3, help="examples printed per group (default 3)")
    parser.add_argument("--flips", type=int, default=0, help="price the N largest groups as speech (default 0)")
    args = parser.parse_args()

    documents = read_polnear(SHARED / "data" / "polnear", split="train", limit=args.offset + args.limit)[args.offset:]
    lost: dict[str, list[str]] = defaultdict(list)
    speech = 0
    stored = statements(documents, args.cache)
    for document, found in zip(documents, stored, strict=True):
        text = document.text
        other = [s for s in found if s.act not in DEFAULT_ACTS]
        for gold, cue, said in speech_gold(document, [s for s in found if s.act in DEFAULT_ACTS]):
            speech += 1
            if said:
                continue
            hit = next((s for s in other if _overlaps(gold.content, [(s.content.start, s.content.end)])), None)
            if hit is not None:
                lost[reason_of(text, hit)].append(
                    f"  [{document.id}] cue={cue!r} source={_text(text, gold.source)!r}\n"
                    f"    content={_text(text, gold.content)[:160]!r}")
    print(f"speech-subset gold {speech}; found but left out of the default record by its act: "
          f"{sum(len(v) for v in lost.values())}")
    for name, items in sorted(lost.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"\n== {name}: {len(items)}")
        for item in items[:args.show]:
            print(item)
    if args.flips:
        _price_flips(documents, stored, [name for name, _ in sorted(lost.items(), key=lambda kv: -len(kv[1]))][:args.flips])


def _price_flips(documents: list, stored: list[list[Statement]], groups: list[str]) -> None:
    """Print the slice's default-record P / R as found, then with each group's statements speech."""
    def scored(found: list[list[Statement]]) -> str:
        c = default_views(documents, found)[0].counts["content.overlap"]
        return f"P {c.precision:.3f} R {c.recall:.3f} (pred {c.pred}, right {c.tp_pred}, gold found {c.tp_gold})"
    print(f"\n== as found: {scored(stored)}")
    for group in groups:
        flipped = [[s.model_copy(update={"act": "speech"}) if s.act not in DEFAULT_ACTS
                    and reason_of(d.text, s) == group else s for s in found] for d, found in zip(documents, stored)]
        print(f"{group} as speech: {scored(flipped)}")


if __name__ == "__main__":
    main()
