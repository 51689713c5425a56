"""A reader-judged sample of the default output on BBC articles, as an editor would check it.

    .venv/bin/python benchmarks/judged_sample.py draw [--date LABEL] [--first N] [--seed N --unseen]
    .venv/bin/python benchmarks/judged_sample.py summary benchmarks/judged/DATE-verdicts.tsv [--write]

``draw`` runs the engine over a fixed slice of ``../shared/data/bbc`` (of the sorted list of
every ``*/*.txt``, the file at index ``--first``, 11 by default, and every 23rd after it:
another ``--first`` below 23 gives articles no earlier sample read; once every ``--first``
has been drawn, ``--unseen`` with a new ``--seed`` draws again from a slice, leaving out every
article that any earlier sample under ``benchmarks/judged/`` showed), keeps the statements a user meets
by default (``act`` speech or writing where statements carry an ``act``; every statement
before they did) and draws 40 of them at random with a fixed seed. It writes, under
``benchmarks/judged/``:

- ``DATE-sample.md``: each statement with its article title, the sentences around it, and
  what the engine says (speaker, title, affiliation, cue, via, when, kind, act); nothing of
  *how* the engine found it (rule, confidence), so the reader judges the record, not the
  rule;
- ``DATE-sample.jsonl``: the same, machine-readable, for a later rejudging;
- ``DATE-verdicts.tsv``: a template to fill in, one line per item:
  ``number<TAB>verdict<TAB>reason`` with verdict ``right``, ``partly`` (partly right) or
  ``wrong``. Judge each item against the article text *before* looking at how the engine
  produced it.

``summary`` checks a filled-in verdict file against its sample, counts the verdicts and,
with ``--write``, puts the counts and the reasons into docs/accuracy.md (section
"Reader-judged sample", one subsection per sample, so that a later sample stands beside
the earlier ones; benchmarks/accuracy.py keeps that section when it rewrites the page).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from _report import ROOT, SHARED, replace_section, today

sys.path.insert(0, str(ROOT / "src"))

OUT = ROOT / "benchmarks" / "judged"
SECTION = "Reader-judged sample (BBC)"
SEED = 12
SIZE = 40
FIRST, STEP = 11, 23  # by default the 12th file (index 11), then every 23rd
DEFAULT_ACTS = frozenset({"speech", "writing"})
VERDICTS = ("right", "partly", "wrong")


def bbc_files(first: int = FIRST) -> list[Path]:
    """The fixed slice of the BBC corpus the sample is drawn from."""
    return sorted((SHARED / "data" / "bbc").glob("*/*.txt"))[first::STEP]


def slice_words(first: int) -> str:
    ordinal = {1: "st", 2: "nd", 3: "rd"}.get(STEP % 10 if STEP % 100 not in (11, 12, 13) else 0, "th")
    return f"of the sorted `../shared/data/bbc/*/*.txt`, the one at index {first} and every {STEP}{ordinal} after it"


def is_default(statement) -> bool:
    """Whether a user meets the statement by default: speech and writing (every statement
    while the engine sets no ``act``)."""
    act = getattr(statement, "act", None)
    return act is None or act in DEFAULT_ACTS


def _paragraph(text: str, start: int) -> tuple[int, int]:
    begin = text.rfind("\n\n", 0, start)
    end = text.find("\n\n", start)
    return (0 if begin < 0 else begin + 2), (len(text) if end < 0 else end)


def _sentences_around(text: str, start: int, end: int) -> str:
    """The sentence before the content, the content's own sentences marked [[ ]], and the
    sentence after, all within the content's paragraph (BBC paragraphs run long)."""
    p_start, p_end = _paragraph(text, start)
    stops = [m.end() for m in re.finditer(r"[.!?][\"”’']?\s+(?=[\"“‘A-Z0-9])", text[p_start:p_end])]
    bounds = [p_start] + [p_start + s for s in stops] + [p_end]

    def sentence_start(offset: int) -> int:
        return max(b for b in bounds if b <= offset)

    def sentence_end(offset: int) -> int:
        return min((b for b in bounds if b >= offset), default=p_end)

    s0 = sentence_start(start)
    s1 = sentence_end(min(end, p_end))
    before = sentence_start(max(p_start, s0 - 1)) if s0 > p_start else s0
    after = sentence_end(s1 + 1) if s1 < p_end else s1
    window = text[before:start] + "[[" + text[start:end] + "]]" + text[end:after]
    if p_start == 0 or before > p_start:
        return " ".join(window.split())
    # the first sentence of a paragraph: show the end of the paragraph before as well
    q_start, _ = _paragraph(text, max(0, p_start - 3))
    previous = " ".join(text[q_start:p_start].split())
    return ("… " + previous[-300:] + " ¶ " if previous else "") + " ".join(window.split())


def _record(number: int, draw_args: dict, path: Path, text: str, title: str | None, statement) -> dict:
    s = statement
    return {
        "number": number,
        **draw_args,
        "file": str(path.relative_to(SHARED)),
        "title": title,
        "context": _sentences_around(text, s.content.start, s.content.end),
        "content": s.content.text,
        "content_span": [s.content.start, s.content.end],
        "speaker": s.speaker.name,
        "speaker_mention": s.speaker.mention.text if s.speaker.mention else None,
        "title_of_speaker": s.speaker.title,
        "affiliation": s.speaker.affiliation,
        "cue": s.cue.text if s.cue else None,
        "via": s.via.name if s.via else None,
        "when": s.when.expression if s.when else None,
        "kind": s.kind,
        "act": getattr(s, "act", None),
    }


def shown_before() -> set[str]:
    """The articles (paths under ../shared) that an earlier sample showed a reader."""
    return {json.loads(line)["file"] for path in OUT.glob("*-sample.jsonl")
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def draw(date: str, first: int = FIRST, seed: int = SEED, unseen: bool = False) -> None:
    from onrecord.extract import extract
    from onrecord.read.text import read_text_file

    population = []
    files = bbc_files(first)
    if unseen:
        seen = shown_before()
        files = [path for path in files if str(path.relative_to(SHARED)) not in seen]
    for path in files:
        text, _ = read_text_file(str(path))  # one BBC file is Latin-1
        article = extract(text, source=str(path))
        population += [(path, text, article.title, s) for s in article.statements if is_default(s)]
    picked = sorted(random.Random(seed).sample(range(len(population)), SIZE))
    # the seed is recorded whenever it is not the default, so the header's command redraws the same sample
    draw_args = ({"first": first} | ({"seed": seed} if unseen or seed != SEED else {})
                 | ({"unseen": True} if unseen else {}))
    records = [_record(n, draw_args, *population[i]) for n, i in enumerate(picked, 1)]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{date}-sample.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                             encoding="utf-8")
    (OUT / f"{date}-sample.md").write_text(_markdown(date, draw_args, records, len(files), len(population)),
                                           encoding="utf-8")
    template = OUT / f"{date}-verdicts.tsv"
    if not template.exists():
        template.write_text(f"# verdicts for {date}-sample.md: number<TAB>right|partly|wrong<TAB>reason\n"
                            + "".join(f"{r['number']}\t\t\n" for r in records), encoding="utf-8")
    print(f"drew {SIZE} of {len(population)} default statements from {len(files)} BBC files -> {OUT}/{date}-sample.md")


def _draw_command(date: str, draw_args: dict) -> str:
    first = draw_args.get("first", FIRST)
    return (f"python benchmarks/judged_sample.py draw --date {date}" + (f" --first {first}" if first != FIRST else "")
            + (f" --seed {draw_args['seed']}" if "seed" in draw_args else "")
            + (" --unseen" if draw_args.get("unseen") else ""))


def _slice_description(draw_args: dict) -> str:
    described = f"{slice_words(draw_args.get('first', FIRST))}"
    if draw_args.get("unseen"):
        described += ", leaving out the articles an earlier sample showed"
    return f"{described}, seed {draw_args.get('seed', SEED)}"


def _markdown(date: str, draw_args: dict, records: list[dict], files: int, population: int) -> str:
    lines = [f"# Reader-judged sample, {date}", "",
             f"Drawn by `{_draw_command(date, draw_args)}`: {SIZE} of the {population} "
             f"statements of the default output (speech and writing) on {files} BBC articles "
             f"({_slice_description(draw_args)}). "
             "The content is marked [[ ]] in its context. Verdicts: "
             f"[{date}-verdicts.tsv]({date}-verdicts.tsv).", ""]
    for r in records:
        lines += [f"## {r['number']}. {r['file']}", "",
                  f"*{r['title'] or '(no title)'}*", "",
                  f"> {r['context']}", ""]
        fields = [("speaker", r["speaker"]), ("as written", r["speaker_mention"]), ("title", r["title_of_speaker"]),
                  ("affiliation", r["affiliation"]), ("cue", r["cue"]), ("via", r["via"]), ("when", r["when"]),
                  ("kind", r["kind"]), ("act", r["act"])]
        lines += [f"- {name}: {value}" for name, value in fields if value is not None or name in ("speaker", "cue")]
        lines.append("")
    return "\n".join(lines)


def read_verdicts(path: Path) -> dict[int, tuple[str, str]]:
    """``number -> (verdict, reason)``; raises SystemExit naming the first bad line."""
    verdicts = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        verdict = parts[1].strip().lower().removesuffix(" right") if len(parts) > 1 else ""
        if len(parts) < 2 or not parts[0].strip().isdigit() or verdict not in VERDICTS:
            raise SystemExit(f"{path}:{n}: expected number<TAB>right|partly|wrong<TAB>reason, got {line!r}")
        verdicts[int(parts[0])] = (verdict, parts[2].strip() if len(parts) > 2 else "")
    return verdicts


def summary(path: Path, write: bool, note: str | None = None) -> None:
    sample = path.with_name(path.name.replace("-verdicts.tsv", "-sample.jsonl"))
    records = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    verdicts = read_verdicts(path)
    missing = [r["number"] for r in records if r["number"] not in verdicts]
    if missing:
        raise SystemExit(f"{path}: no verdict for item(s) {', '.join(map(str, missing))}")
    counts = Counter(v for v, _ in verdicts.values())
    total = len(records)
    line = ", ".join(f"{counts[v]} {'partly right' if v == 'partly' else v} ({counts[v] / total:.0%})" for v in VERDICTS)
    print(f"{path.name}: {total} statements: {line}")
    if not write:
        return
    date = path.name.removesuffix("-verdicts.tsv")
    draw_args = {key: records[0][key] for key in ("first", "seed", "unseen") if key in records[0]}
    rel = path.relative_to(ROOT)
    command = f"python benchmarks/judged_sample.py summary {rel} --write" + (f' --note "{note}"' if note else "")
    body = [f"### {date}", "",
            f"- Command: `{command}`; the sample was drawn by `{_draw_command(date, draw_args)}` (40 statements "
            f"of the default output on the BBC articles {_slice_description(draw_args)}; see the script).",
            f"- Sample and verdicts: [{rel.parent}/{date}-sample.md](../{rel.parent}/{date}-sample.md), "
            f"[{rel}](../{rel}); judged against the article text by reading it, before looking at how the "
            "engine produced each statement."] + ([f"- {note}"] if note else []) + ["",
            "| verdict | count | share |", "|---|---:|---:|"]
    body += [f"| {'partly right' if v == 'partly' else v} | {counts[v]} | {counts[v] / total:.0%} |" for v in VERDICTS]
    body += ["", "Reasons given for the items not judged right:", ""]
    body += [f"- {n} ({verdicts[n][0]}): {verdicts[n][1] or '(no reason)'}"
             for n in sorted(verdicts) if verdicts[n][0] != "right"]
    replace_section(ROOT / "docs" / "accuracy.md", SECTION, _with_sample(_section(ROOT / "docs" / "accuracy.md"),
                                                                        date, "\n".join(body)))
    print(f"wrote the counts into docs/accuracy.md ({SECTION}, {date})")


def _section(doc: Path) -> str:
    match = re.search(rf"^## {re.escape(SECTION)}\n(.*?)(?=^## |\Z)", doc.read_text(encoding="utf-8"), re.S | re.M)
    return match.group(1) if match else ""


def _with_sample(section: str, date: str, body: str) -> str:
    """The section with the subsection of sample ``date`` replaced, or added after the others
    (samples sorted by their label); a section from before subsections is dropped."""
    samples = {m.group(1): m.group(0).rstrip() for m in
               re.finditer(r"^### (\S+)\n.*?(?=^### |\Z)", section, re.S | re.M)}
    samples[date] = body.rstrip()
    return "\n\n".join(samples[key] for key in sorted(samples))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="draw the sample and write the files to judge")
    d.add_argument("--date", default=today(), help="the label in the file names (default today's date)")
    d.add_argument("--first", type=int, default=FIRST, help=f"index of the first BBC file of the slice (default {FIRST})")
    d.add_argument("--seed", type=int, default=SEED, help=f"the seed of the random draw (default {SEED})")
    d.add_argument("--unseen", action="store_true", help="leave out the articles an earlier sample showed")
    s = sub.add_parser("summary", help="count a filled-in verdict file")
    s.add_argument("verdicts", type=Path)
    s.add_argument("--write", action="store_true", help="write the counts into docs/accuracy.md")
    s.add_argument("--note", help="one line saying what the sample was drawn from (branch, engine state)")
    args = parser.parse_args()
    if args.command == "draw":
        draw(args.date, args.first, args.seed, args.unseen)
    else:
        summary(args.verdicts.resolve(), args.write, args.note)


if __name__ == "__main__":
    main()
