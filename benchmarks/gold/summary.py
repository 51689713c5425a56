"""Validate the hand-made gold under benchmarks/gold/ and count what it holds.

    .venv/bin/python benchmarks/gold/summary.py           # validate, print the counts
    .venv/bin/python benchmarks/gold/summary.py --write   # ... and regenerate README.md

Every file is read with onrecord's own gold reader (``onrecord.evaluate.gold.read_gold``:
offsets inside the text, ``content.text`` equal to the text at the offsets, cue and speaker
locatable), then checked against the vocabulary of docs/annotation.md: the allowed keys,
``kind``/``act``/``speaker_type``/``when.precision`` values, no honorific, weekday, number
(a numeral inside a proper name, "BBC 6 Music", is none) or quotation mark in a name, title
or affiliation, no pronoun as a speaker, a ``when``
expression that occurs outside the statement's own content and is not after publication,
a ``via`` that is a name, ``inherited`` naming only fields the statement has. Exit status 1
and one line per problem when anything is off. No onrecord prediction is involved: this
script reads gold only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))

from onrecord.errors import InputError  # noqa: E402
from onrecord.evaluate.fields import OFFICES_WITH_HONORIFIC_WORDS  # noqa: E402
from onrecord.evaluate.gold import read_gold  # noqa: E402

CORPORA = ("bbc", "polnear")
TOP_KEYS = frozenset({"document", "published", "notes", "statements"})
STATEMENT_KEYS = frozenset({
    "kind", "act", "speaker", "speaker_type", "unnamed", "description", "title", "affiliation", "document",
    "speaker_mention", "speaker_span", "cue", "cue_span", "inherited", "via", "when", "floating", "content",
    "optional", "comment",
})
REQUIRED_KEYS = frozenset({"kind", "act", "speaker", "speaker_type", "title", "affiliation", "cue", "via", "content", "optional"})
KINDS = frozenset({"direct", "indirect", "mixed"})
ACTS = ("speech", "writing", "belief", "intention", "stance")
SPEAKER_TYPES = ("person", "organization", "place", "group", "document", "unknown")
PRECISIONS = frozenset({"day", "week", "month", "year"})
INHERITABLE = frozenset({"via", "when", "document"})
# Social honorifics and the abbreviated titles issue 11 treats like them: never part of a
# name, a title or an affiliation.
HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame lord lady rep sen gov gen".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
PRONOUNS = frozenset("i me we us you he him she her it they them who whom this that".split())
DOUBLE_QUOTES = ('"', "“", "”", "„", "«", "»", "''")
OPENING_QUOTES = ('"', "“", "„", "«", "‘", "'")
PLACEHOLDER = re.compile(r"[ \u00a0]")


def _segments(content: object) -> list[dict]:
    return content if isinstance(content, list) else [content]


def _words(value: str) -> list[str]:
    return [w.strip(".,'’").lower() for w in value.split()]


def _occurs(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where ``phrase`` occurs (case-insensitive, a space matching a no-break space too)."""
    pattern = r"[ \u00a0]+".join(re.escape(part) for part in phrase.split())
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]


def _quoted_title(text: str, value: str) -> bool:
    """Whether the text writes ``value`` as a quoted title, right after an opening quotation
    mark ('in an interview with “Fox News Sunday.”'): a programme's name, which may end in a
    weekday, where an unquoted "told Fox News Sunday" is the outlet and a day."""
    return any(start > 0 and text[start - 1] in OPENING_QUOTES for start, _ in _occurs(text, value))


# A short numeral after a capitalised word, or glued to capitals, is part of a proper name
# ("BBC 6 Music", "Channel 4", "Formula 1", "G8", "S4C"); a year, a count, an age, a measure
# or a date ("2004 champion", "46-year-old", "10,000m", "May 5") is no part of a role or body.
_NUMBER_IN_A_NAME = re.compile(r"\d{1,2}|[A-Z]+\d{1,2}[A-Z]*")
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _number_of_a_name(words: list[str], k: int) -> bool:
    """Whether the ``k``-th of a title's or an affiliation's ``words``, which holds a digit,
    is part of a proper name."""
    word = words[k].strip(".,").removesuffix("'s").removesuffix("’s")
    if word[:1].isalpha():
        return _NUMBER_IN_A_NAME.fullmatch(word) is not None
    before = words[k - 1] if k else ""
    return _NUMBER_IN_A_NAME.fullmatch(word) is not None and before[:1].isupper() and before.lower() not in _MONTHS


def _field_problems(field: str, value: object, text: str = "") -> list[str]:
    if value is None:
        return []
    if not isinstance(value, str) or not value.strip():
        return [f"{field} must be a non-empty string or null"]
    problems = []
    words = _words(value)
    if field != "speaker":  # an office's own word ("Lord Chancellor") is no honorific
        words = _words(OFFICES_WITH_HONORIFIC_WORDS.sub(" ", value))
    if field == "speaker":
        if words and words[0] in HONORIFICS:
            problems.append(f"{field} {value!r} starts with an honorific")
        if value.lower() in PRONOUNS:
            problems.append(f"{field} {value!r} is a pronoun")
    elif any(w in HONORIFICS for w in words):
        problems.append(f"{field} {value!r} holds an honorific")
    # A weekday is a time, never a role or a body; names may hold one ("Sunday Times"), and a via
    # may end in one where the text quotes it as a programme's title ("Fox News Sunday").
    programme = field == "via" and _quoted_title(text, value)
    if (field == "title" and any(w in WEEKDAYS for w in words)) or (words and words[-1] in WEEKDAYS and not programme):
        problems.append(f"{field} {value!r} holds a weekday")
    if field in ("title", "affiliation") and not all(_number_of_a_name(value.split(), k) for k, w in enumerate(value.split())
                                                     if re.search(r"\d", w)):
        problems.append(f"{field} {value!r} holds a number")
    if any(q in value for q in DOUBLE_QUOTES):
        problems.append(f"{field} {value!r} holds a quotation mark")
    if value != value.strip() or "  " in value:
        problems.append(f"{field} {value!r} has stray spaces")
    return problems


def statement_problems(item: dict, text: str, published: dt.date | None) -> list[str]:
    """What is wrong with one statement of a gold file, as short phrases (empty when fine)."""
    problems = []
    if not isinstance(item, dict):
        return ["is not an object"]
    for key in sorted(set(item) - STATEMENT_KEYS):
        problems.append(f"unknown key {key!r}")
    for key in sorted(REQUIRED_KEYS - set(item)):
        problems.append(f"missing {key!r}")
    if item.get("kind") not in KINDS:
        problems.append(f"kind {item.get('kind')!r} is not one of {sorted(KINDS)}")
    if item.get("act") not in ACTS:
        problems.append(f"act {item.get('act')!r} is not one of {list(ACTS)}")
    if item.get("speaker_type") not in SPEAKER_TYPES:
        problems.append(f"speaker_type {item.get('speaker_type')!r} is not one of {list(SPEAKER_TYPES)}")
    for field in ("speaker", "title", "affiliation", "description", "document", "via"):
        problems += _field_problems(field, item.get(field), text)
    for field in ("unnamed", "optional", "floating"):
        if field in item and not isinstance(item[field], bool):
            problems.append(f"{field} must be true or false")
    if item.get("unnamed") and not item.get("description"):
        problems.append("an unnamed speaker needs its description")
    if item.get("description") and not item.get("unnamed"):
        problems.append("description is only for unnamed speakers")
    if item.get("speaker_type") == "document" and not item.get("document"):
        problems.append("a document speaker needs 'document'")
    cue = item.get("cue")
    if bool(item.get("floating")) != (cue is None):
        problems.append("floating is true exactly when cue is null")
    mention = item.get("speaker_mention")
    if mention is not None and not _occurs(text, mention):
        problems.append(f"speaker_mention {mention!r} does not occur in the text")
    via = item.get("via")
    if isinstance(via, str) and via:
        if not via[0].isupper():
            problems.append(f"via {via!r} is not a name")
        missing = [w for w in via.replace("’", "'").split() if w.lower() not in text.replace("’", "'").lower()]
        if missing:
            problems.append(f"via {via!r}: {missing} not in the text")
    inherited = item.get("inherited", [])
    if not isinstance(inherited, list) or not set(inherited) <= INHERITABLE:
        problems.append(f"inherited must list some of {sorted(INHERITABLE)}")
    else:
        problems += [f"inherited {name!r} but the statement has none" for name in inherited if not item.get(name)]
    segments = [s for s in _segments(item.get("content")) if isinstance(s, dict)]
    content_text = " ".join(s.get("text", "") for s in segments)
    kind = item.get("kind")
    stripped = content_text.strip()
    if kind == "direct" and cue != ":" and not stripped.startswith(OPENING_QUOTES):
        problems.append("a direct content opens with a quotation mark (or is a ':' transcript turn)")
    if kind == "mixed" and not any(q in content_text for q in DOUBLE_QUOTES + ("‘", "'")):
        problems.append("a mixed content holds a quoted fragment")
    if kind == "indirect" and any(q in content_text for q in DOUBLE_QUOTES):
        problems.append("an indirect content holds quotation marks: direct or mixed?")
    when = item.get("when")
    if when is not None:
        problems += _when_problems(when, text, segments, published)
    return problems


def _when_problems(when: object, text: str, segments: list[dict], published: dt.date | None) -> list[str]:
    if not isinstance(when, dict) or set(when) != {"date", "precision", "expression"}:
        return ["when needs exactly date, precision and expression"]
    problems = []
    if when["precision"] not in PRECISIONS:
        problems.append(f"when.precision {when['precision']!r} is not one of {sorted(PRECISIONS)}")
    expression = when["expression"]
    if not isinstance(expression, str) or not expression:
        return problems + ["when.expression must be the words as written"]
    inside = [(s["start"], s["end"]) for s in segments if isinstance(s.get("start"), int)]
    outside = [o for o in _occurs(text, expression) if not any(a <= o[0] and o[1] <= b for a, b in inside)]
    if not outside:
        problems.append(f"when.expression {expression!r} does not occur outside the content")
    date = when["date"]
    if date is None:
        if published is not None:
            problems.append("when.date is null although the article has a publication date")
        return problems
    try:
        day = dt.date.fromisoformat(date)
    except (TypeError, ValueError):
        return problems + [f"when.date {date!r} is not YYYY-MM-DD"]
    if published is not None and day > published:
        problems.append(f"when.date {date} is after publication ({published})")
    return problems


def check_file(path: Path) -> tuple[dict | None, list[str]]:
    """Read and validate one gold file. RETURNS (data or None, problems as 'file: ...' lines)."""
    path = Path(path).resolve()
    name = path.relative_to(HERE).as_posix() if path.is_relative_to(HERE) else f"{path.parent.name}/{path.name}"
    try:
        evaluated = read_gold(path)
    except InputError as exc:
        return None, [f"{name}: {exc}"]
    data = json.loads(path.read_text(encoding="utf-8"))
    problems = [f"{name}: unknown top-level key {k!r}" for k in sorted(set(data) - TOP_KEYS)]
    document = data["document"]
    if Path(document).is_absolute() or not document.startswith("../"):
        problems.append(f"{name}: document {document!r} must be relative to the gold file, outside the project")
    notes = data.get("notes")
    if not isinstance(notes, list) or not any("Must NOT happen" in n for n in notes):
        problems.append(f"{name}: notes need a 'Must NOT happen' item")
    text, published = evaluated.text, evaluated.published
    for number, item in enumerate(data["statements"], 1):
        problems += [f"{name}#{number}: {p}" for p in statement_problems(item, text, published)]
    for attribution in evaluated.attributions:
        number = int(attribution.label.rsplit("#", 1)[1])
        item = data["statements"][number - 1]
        if item.get("cue") is not None and not attribution.cue:
            problems.append(f"{name}#{number}: cue {item['cue']!r} not found near the content")
        if item.get("cue") is not None and not attribution.source:
            problems.append(f"{name}#{number}: speaker mention not found (give speaker_mention or speaker_span)")
    return data, problems


# The selection rule of docs/annotation.md § Which articles, so that a test can check the
# gold holds exactly the articles it names.
WORDS = range(150, 901)
BBC_QUOTAS = {"politics": 6, "business": 6, "entertainment": 3, "sport": 2, "tech": 3}
BBC_OFFSETS = (7, 57)  # the 7th file of each hundred, then the 57th
# Candidates the rule reached that hold no attributed statement at all (read, not guessed).
NO_STATEMENT = frozenset({"entertainment/107.txt", "sport/107.txt"})
POLNEAR_FIRST, POLNEAR_STEP, POLNEAR_COUNT = 6, 42, 20


def _words_in(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").split())


def selection(shared: Path) -> list[str]:
    """The articles the rule picks, as 'bbc/<folder>/<file>' and 'polnear/<file>'."""
    picked = []
    bbc = shared / "data" / "bbc"
    for folder, quota in BBC_QUOTAS.items():
        candidates = [f"{hundred + offset:03d}.txt" for offset in BBC_OFFSETS for hundred in range(0, 1000, 100)]
        chosen = [
            name for name in candidates
            if (bbc / folder / name).is_file() and f"{folder}/{name}" not in NO_STATEMENT
            and _words_in(bbc / folder / name) in WORDS
        ]
        picked += [f"bbc/{folder}/{name}" for name in chosen[:quota]]
    texts = sorted((shared / "data" / "polnear" / "train" / "text").glob("*.txt"))
    for k in range(POLNEAR_COUNT):
        i = POLNEAR_FIRST + POLNEAR_STEP * k
        while _words_in(texts[i]) not in WORDS:
            i += 1
        picked.append(f"polnear/{texts[i].name}")
    return picked


def selected_in_gold() -> list[str]:
    """The articles benchmarks/gold/ holds, named as selection() names them."""
    names = []
    for path in gold_files():
        document = json.loads(path.read_text(encoding="utf-8"))["document"]
        parts = Path(document).parts
        corpus = path.parent.name
        names.append(f"bbc/{parts[-2]}/{parts[-1]}" if corpus == "bbc" else f"polnear/{parts[-1]}")
    return names


def gold_files(root: Path = HERE) -> list[Path]:
    """The gold files under ``root`` (benchmarks/gold/, or the development gold's folder)."""
    return sorted(p for corpus in CORPORA for p in (root / corpus).glob("*.gold.json"))


def counts(files: dict[Path, dict]) -> dict[str, Counter]:
    """Per corpus (and 'all'): the figures README.md reports."""
    table: dict[str, Counter] = {c: Counter() for c in (*CORPORA, "all")}
    for path, data in files.items():
        for key in (path.parent.name, "all"):
            c = table[key]
            c["articles"] += 1
            for item in data["statements"]:
                c["statements"] += 1
                c["optional" if item.get("optional") else "required"] += 1
                c[f"act {item['act']}"] += 1
                c[f"kind {item['kind']}"] += 1
                c[f"type {item['speaker_type']}"] += 1
                inherited = item.get("inherited", [])
                if item.get("via"):
                    c["with via"] += 1
                    c["via inherited"] += "via" in inherited
                if item.get("when"):
                    c["with when"] += 1
                    c["when with a date"] += item["when"]["date"] is not None
                    c["when inherited"] += "when" in inherited
                c["unnamed"] += bool(item.get("unnamed"))
                c["with document"] += bool(item.get("document"))
                c["with title"] += bool(item.get("title"))
                c["with affiliation"] += bool(item.get("affiliation"))
                c["speaker_mention"] += bool(item.get("speaker_mention"))
                c["floating"] += item.get("cue") is None
    return table


ROWS = (
    "articles", "statements", "required", "optional",
    *(f"act {a}" for a in ACTS),
    "kind direct", "kind mixed", "kind indirect",
    *(f"type {t}" for t in SPEAKER_TYPES),
    "unnamed", "with title", "with affiliation", "with document", "speaker_mention", "floating",
    "with via", "via inherited", "with when", "when with a date", "when inherited",
)


def counts_table(table: dict[str, Counter]) -> str:
    lines = ["| | BBC | PolNeAR train | all |", "|---|---:|---:|---:|"]
    lines += [f"| {row} | {table['bbc'][row]} | {table['polnear'][row]} | {table['all'][row]} |" for row in ROWS]
    return "\n".join(lines)


README = """# Hand-made gold: 20 BBC and 20 PolNeAR train articles

One seed-format gold file per article (the shape of `../shared/seed/*.gold.json`,
scored by `onrecord eval gold benchmarks/gold/*/*.gold.json`): every attributed statement of the article, labelled by
reading the article, before and without running the engine on it, following
[docs/annotation.md](../../docs/annotation.md). Each file names its text by a path relative
to itself (`../../../../shared/data/...`): the corpora are not copied into the project.

- `bbc/` — 20 articles of `../shared/data/bbc` (2004-05, no dates in the files, so
  `published` is null and a relative `when` has `date: null`).
- `polnear/` — 20 articles of PolNeAR **train** (`../shared/data/polnear/train/text`;
  never dev, never test), `published` from `train.jsonl`.

How they were chosen (a fixed rule, never by looking at any system's output) is in
[docs/annotation.md § Which articles](../../docs/annotation.md#which-articles).

## Counts

Generated by `python benchmarks/gold/summary.py --write`, which also validates every file
(offsets against the text, the vocabulary of docs/annotation.md); `tests/test_gold_files.py`
runs the same validation and fails when this table is stale.

{table}

`with via` / `with when`: statements that carry one; `inherited`: of those, how many take
it from an earlier sentence of the same occasion rather than from their own sentence
(docs/annotation.md § via and when). `when with a date`: resolved to a calendar date (all
BBC relative expressions stay `date: null`).

## Files

{files}
"""


def files_table(files: dict[Path, dict]) -> str:
    lines = ["| file | statements | required | with via | with when |", "|---|---:|---:|---:|---:|"]
    for path, data in sorted(files.items()):
        items = data["statements"]
        lines.append(
            f"| `{path.parent.name}/{path.name}` | {len(items)} | {sum(not i.get('optional') for i in items)} "
            f"| {sum(bool(i.get('via')) for i in items)} | {sum(bool(i.get('when')) for i in items)} |"
        )
    return "\n".join(lines)


def render_readme(files: dict[Path, dict]) -> str:
    return README.format(table=counts_table(counts(files)), files=files_table(files))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="regenerate benchmarks/gold/README.md")
    parser.add_argument("--gold", type=Path, default=HERE,
                        help="validate the gold under this folder instead (e.g. benchmarks/devgold; --write is ignored)")
    args = parser.parse_args(argv)
    root = args.gold.resolve()
    files: dict[Path, dict] = {}
    problems: list[str] = []
    for path in gold_files(root):
        data, found = check_file(path)
        problems += found
        if data is not None:
            files[path] = data
    for line in problems:
        print(line, file=sys.stderr)
    table = counts(files)
    print(counts_table(table))
    if args.write and not problems and root == HERE:
        (HERE / "README.md").write_text(render_readme(files), encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
