"""onrecord's own gold files (the shape of ``../shared/seed/*.gold.json``) as EvalDocuments.

A gold file names its text (``document``, relative to the gold file), the publication date
and a list of ``statements``; ``docs/evaluation.md`` documents every field. Hand-made gold
gives the content by offsets but the cue and the speaker as words ("said", "Dmitry
Peskov"), so the reader *locates* them in the text; explicit ``cue_span`` and
``speaker_span`` offsets, where given, win. The ``notes`` ("Must NOT happen ...") are
checked by ``tests/test_seed_gold.py``, not by the scorer.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from pathlib import Path

from .. import errors
from ..attribute.lexicon import TITLE_WORDS
from .corpus import Attribution, EvalDocument, Facts, when_fact
from .cues import SKIP_WORDS
from .polnear import publisher_of
from .spans import Segment, Segments


class GoldFormatError(ValueError):
    """A gold file that does not have the documented shape (turned into an InputError)."""


def _segment_list(value: object, text: str, where: str, *, check_text: bool = True) -> Segments:
    items = value if isinstance(value, list) else [value]
    out: list[Segment] = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("start"), int) or not isinstance(item.get("end"), int):
            raise GoldFormatError(f"{where} needs integer 'start' and 'end'")
        start, end = item["start"], item["end"]
        if not 0 <= start < end <= len(text):
            raise GoldFormatError(f"{where} {start}-{end} is outside the {len(text)}-character text")
        if check_text and "text" in item and text[start:end] != item["text"]:
            raise GoldFormatError(f"{where} text does not match offsets {start}-{end}")
        out.append((start, end))
    return tuple(sorted(out))


def _occurrences(text: str, needle: str, *, ignore_case: bool) -> Iterable[Segment]:
    flags = re.IGNORECASE if ignore_case else 0
    for match in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text, flags):
        yield match.span()


def _distance(a: Segment, b: Segment) -> int:
    return max(0, a[0] - b[1], b[0] - a[1])


def _nearest(text: str, needle: str, anchor: Segment, *, avoid: Segments = (), ignore_case: bool) -> Segment | None:
    """The whole-word occurrence of ``needle`` nearest to ``anchor`` (earliest on a tie),
    skipping occurrences inside ``avoid`` (the statement's own content)."""
    best: tuple[int, int, Segment] | None = None
    for occ in _occurrences(text, needle, ignore_case=ignore_case):
        if any(s <= occ[0] and occ[1] <= e for s, e in avoid):
            continue
        key = (_distance(occ, anchor), occ[0], occ)
        if best is None or key < best:
            best = key
    return best[2] if best else None


_WORD_BEFORE = re.compile(r"(\S+) $")


def _widen_left(text: str, span: Segment, keep) -> Segment:
    """Extend ``span`` leftwards over whole words, each separated by one space, while
    ``keep(word)`` holds."""
    start, end = span
    while True:
        match = _WORD_BEFORE.search(text, 0, start)
        if not match or not keep(match.group(1)):
            return start, end
        start = match.start(1)


# Words a located cue is widened over: the cue head rule's skip words less articles, "to"
# and a bare "s", which never start a PolNeAR cue.
CUE_PREFIX_WORDS: frozenset[str] = SKIP_WORDS - {"a", "an", "the", "this", "that", "to", "s"}


def _is_cue_prefix(word: str) -> bool:
    return word.lower().replace("’", "'") in CUE_PREFIX_WORDS


def _is_name_prefix(word: str) -> bool:
    # Capitalised words and title words: "The Kremlin", "Kremlin spokesman Dmitry Peskov".
    # A word carrying punctuation ("offensive.", "Mariupol,\"") ends the widening.
    if not re.fullmatch(r"[^\W\d_][\w.'’-]*", word) or (word.endswith(".") and word.lower() not in TITLE_WORDS):
        return False
    return word[0].isupper() or word.lower() in TITLE_WORDS


def locate_cue(text: str, cue: str, content: Segments) -> Segment | None:
    """Where a cue given as words sits: the whole-word occurrence nearest to the content
    (outside it), widened leftwards over auxiliaries and adverbs ("has said", "also
    suggested"), as PolNeAR marks cues. RETURNS (Segment | None)."""
    anchor = (content[0][0], content[-1][1])
    found = _nearest(text, cue, anchor, avoid=content, ignore_case=True)
    return _widen_left(text, found, _is_cue_prefix) if found else None


def locate_speaker(text: str, names: Iterable[str | None], anchor: Segment, content: Segments) -> Segment | None:
    """Where a speaker given by name sits: the occurrence of any of ``names`` (the full
    name, the surname) nearest to ``anchor`` (the cue), the longer on a tie, widened
    leftwards over capitalised and title words ("The Kremlin", "Kremlin spokesman Dmitry
    Peskov"). A lower-case name ("he", "officials") is matched case-insensitively and not
    widened. RETURNS (Segment | None)."""
    best: tuple[int, int, Segment, bool] | None = None
    for name in dict.fromkeys(n for n in names if n):
        found = _nearest(text, name, anchor, avoid=content, ignore_case=name.islower())
        if found:
            key = (_distance(found, anchor), found[0] - found[1], found, name.islower())
            if best is None or key < best:
                best = key
    if best is None:
        return None
    _, _, found, lower = best
    return found if lower else _widen_left(text, found, _is_name_prefix)


def parse_gold(data: object, text: str, *, source: str) -> EvalDocument:
    """A parsed gold JSON object and its text as an EvalDocument. RETURNS (EvalDocument)."""
    if not isinstance(data, dict) or not isinstance(data.get("statements"), list):
        raise GoldFormatError("expected an object with a 'statements' list")
    attributions: list[Attribution] = []
    for number, item in enumerate(data["statements"], 1):
        where = f"statement {number}"
        if not isinstance(item, dict) or "content" not in item:
            raise GoldFormatError(f"{where} has no 'content'")
        content = _segment_list(item["content"], text, f"{where} content")
        cue_text = item.get("cue")
        if cue_text is not None and not isinstance(cue_text, str):
            raise GoldFormatError(f"{where} 'cue' must be a string or null")
        floating = bool(item.get("floating")) or cue_text is None
        cue: Segments = ()
        if "cue_span" in item:
            cue = _segment_list(item["cue_span"], text, f"{where} cue_span", check_text=False)
        elif cue_text:
            found = locate_cue(text, cue_text, content)
            cue = (found,) if found else ()
        mention: Segments = ()
        speaker = item.get("speaker")
        if speaker is not None and not isinstance(speaker, str):
            raise GoldFormatError(f"{where} 'speaker' must be a string or null")
        if "speaker_span" in item:
            mention = _segment_list(item["speaker_span"], text, f"{where} speaker_span", check_text=False)
        elif not floating and speaker:
            anchor = cue[0] if cue else (content[0][0], content[-1][1])
            mention_text = item.get("speaker_mention")
            names = [mention_text] if mention_text else [speaker, speaker.split()[-1]]
            found = locate_speaker(text, names, anchor, content)
            mention = (found,) if found else ()
        attributions.append(Attribution(
            content=content, cue=cue, source=mention, speaker=speaker,
            optional=bool(item.get("optional", False)), label=f"{source}#{number}",
            facts=_facts(item),
        ))
    published = data.get("published")
    try:
        date = dt.date.fromisoformat(published) if published else None
    except (TypeError, ValueError):
        raise GoldFormatError(f"'published' is {published!r}, not a YYYY-MM-DD date") from None
    attributions.sort(key=lambda a: (a.start, a.label))
    return EvalDocument(id=source, text=text, attributions=tuple(attributions), published=date,
                        outlet=_outlet(data), has_names=True, corpus="gold")


def _outlet(data: dict) -> str | None:
    """Who published the gold's article: a PolNeAR text's publisher, from its file name (the
    corpus's metadata, as its date is); None for a BBC text, which names none."""
    document = Path(str(data.get("document") or ""))
    return publisher_of(document.name) if "polnear" in document.parts else None


def _facts(item: dict) -> Facts:
    """The fields of a gold statement beyond its spans (docs/annotation.md)."""
    when = item.get("when")
    via = item.get("via")
    return Facts(
        type=item.get("speaker_type"),
        title=item.get("title"),
        affiliation=item.get("affiliation"),
        unnamed=bool(item.get("unnamed", False)),
        description=item.get("description"),
        document=item.get("document"),
        via=via if isinstance(via, str) else None,
        when=when_fact(when.get("date"), when.get("precision"), when.get("expression") or "") if isinstance(when, dict) else None,
        act=item.get("act"),
        has_act="act" in item,
        inherited=tuple(str(name) for name in item.get("inherited") or ()),
    )


def gold_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Gold files named directly, and every ``*.gold.json`` under a named folder (sorted).

    RETURNS (list[Path]). Raises InputError for a path that does not exist or a folder
    holding no gold file.
    """
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(path.rglob("*.gold.json"))
            if not found:
                raise errors.InputError(errors.E_EVAL_NO_GOLD.format(source=path))
            out.extend(found)
        elif path.is_file():
            out.append(path)
        else:
            raise errors.InputError(errors.E_NOT_FOUND.format(source=path))
    return out


def read_gold(path: Path | str) -> EvalDocument:
    """Read one gold file and the text it names.

    RETURNS (EvalDocument). Raises InputError with a one-line message for a missing file,
    bad JSON or a shape that is not the documented one.
    """
    path = Path(path)
    if not path.is_file():
        raise errors.InputError(errors.E_NOT_FOUND.format(source=path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise errors.InputError(errors.E_EVAL_BAD_JSON.format(source=path, reason=f"line {exc.lineno}: {exc.msg}")) from None
    except UnicodeDecodeError as exc:
        raise errors.InputError(errors.E_EVAL_BAD_JSON.format(source=path, reason=str(exc))) from None
    document = data.get("document") if isinstance(data, dict) else None
    if not isinstance(document, str):
        raise errors.InputError(errors.E_EVAL_BAD_GOLD.format(source=path, reason="no 'document' naming the text file"))
    text_path = path.parent / document
    if not text_path.is_file():
        raise errors.InputError(errors.E_EVAL_BAD_GOLD.format(source=path, reason=f"its text {text_path} does not exist"))
    # Offsets index the file exactly as given: no newline translation.
    with text_path.open(encoding="utf-8", newline="") as handle:
        text = handle.read()
    try:
        return parse_gold(data, text, source=path.name.removesuffix(".gold.json"))
    except GoldFormatError as exc:
        raise errors.InputError(errors.E_EVAL_BAD_GOLD.format(source=path, reason=exc)) from None
