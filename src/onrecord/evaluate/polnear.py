"""PolNeAR (Newell, Margolin & Ruths, LREC 2018) as EvalDocuments.

Reads the merged ``train.jsonl`` / ``dev.jsonl`` of ``../shared/data/polnear``: one line
per article and annotator, with ``text`` and ``attributions[{source, cue, content}]`` whose
values are lists of ``{start, end, text}`` segments (brat's discontinuous spans). Only the
primary annotator of each article is kept (``primary: true``), so no article counts twice.
Sources are mentions as written ("he", "a source"), never resolved to a person.

A fixed part of train is held out (``is_held_out``): the training scripts never fit on it,
and the quality gate pins the engine's figures on it. Dev is for reporting only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from .. import errors
from .corpus import Attribution, EvalDocument
from .spans import Segments

SPLITS: tuple[str, ...] = ("train", "dev")
# The held-out part of train: the articles whose name's SHA-256, read as a number, is a
# multiple of this (32 of the 840 primary train articles). A rule on the name, so it never
# depends on the file's order, and no article was chosen by looking at it.
HELD_OUT_MODULUS = 30


def is_held_out(article: str) -> bool:
    """Whether a PolNeAR article (its ``article`` name, without the annotator) is in the
    held-out part of train, which no model is fitted on. RETURNS (bool)."""
    return int(hashlib.sha256(article.encode("utf-8")).hexdigest(), 16) % HELD_OUT_MODULUS == 0


def default_root() -> Path:
    """``$ONRECORD_SHARED/data/polnear``, else ``../shared/data/polnear`` from the working
    directory (the project's convention for its read-only corpora)."""
    from .. import settings

    return settings.current().shared_root() / "data" / "polnear"


def _segments(value: object, where: str) -> Segments:
    if not isinstance(value, list):
        raise TypeError(f"{where} is not a list of segments")
    out = []
    for seg in value:
        if not isinstance(seg, dict) or not isinstance(seg.get("start"), int) or not isinstance(seg.get("end"), int):
            raise TypeError(f"{where} has a segment without integer start and end")
        out.append((seg["start"], seg["end"]))
    return tuple(sorted(out))


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


# PolNeAR's publisher codes (its file names open with them) to the outlets' names.
PUBLISHERS = {
    "breitbart": "Breitbart News", "huff-post": "The Huffington Post", "nyt": "The New York Times",
    "politico": "Politico", "usa-today": "USA Today", "wash-post": "The Washington Post",
    "west-journal": "Western Journal",
}


def publisher_of(file_name: str) -> str | None:
    """The outlet that published a PolNeAR article, from its file name
    ("breitbart_2016-04-15_daggers-drawn..." -> "Breitbart News"). RETURNS (str | None)."""
    return PUBLISHERS.get(file_name.split("_", 1)[0])


def parse_article(row: dict, *, where: str = "") -> EvalDocument:
    """One jsonl row as an EvalDocument.

    Attributions with an empty content are dropped (they cannot be scored) and listed in
    ``dropped``. RETURNS (EvalDocument).
    """
    text = row["text"]
    attributions: list[Attribution] = []
    dropped: list[str] = []
    for item in row.get("attributions", []):
        label = f"{row['doc_id']}#{item.get('id', '?')}"
        content = _segments(item.get("content", []), f"{where}{label} content")
        if not content:
            dropped.append(f"{label}: no content")
            continue
        for start, end in content:
            if not 0 <= start < end <= len(text):
                raise ValueError(f"{label} has a segment {start}-{end} outside the text")
        attributions.append(Attribution(
            content=content,
            cue=_segments(item.get("cue", []), f"{where}{label} cue"),
            source=_segments(item.get("source", []), f"{where}{label} source"),
            label=label,
        ))
    attributions.sort(key=lambda a: (a.start, a.label))
    return EvalDocument(
        id=row["doc_id"], text=text, attributions=tuple(attributions),
        published=_date(row.get("publication_date")), outlet=PUBLISHERS.get(row.get("publisher", "")),
        has_names=False, corpus="polnear",
        dropped=tuple(dropped), joins_continuations=True, cuts_attribution=True,
    )


def read_polnear(root: Path | str | None = None, *, split: str = "dev", limit: int | None = None,
                 held_out: bool | None = None) -> list[EvalDocument]:
    """The primary-annotator articles of one PolNeAR split, in file order.

    root (Path | str | None): the ``polnear`` folder; ``default_root()`` when None.
    split (str): "train" or "dev".
    limit (int | None): keep only the first ``limit`` articles.
    held_out (bool | None): True keeps only the held-out articles (``is_held_out``), False
        only the others, None every article.
    RETURNS (list[EvalDocument]).
    """
    return list(iter_polnear(root, split=split, limit=limit, held_out=held_out))


def iter_polnear(root: Path | str | None = None, *, split: str = "dev", limit: int | None = None,
                 held_out: bool | None = None) -> Iterator[EvalDocument]:
    """``read_polnear`` as a stream. RETURNS (Iterator[EvalDocument])."""
    if split not in SPLITS:
        raise errors.ConfigError(errors.E_EVAL_BAD_SPLIT.format(split=split, splits=", ".join(SPLITS)))
    path = Path(root if root is not None else default_root()) / f"{split}.jsonl"
    if not path.is_file():
        raise errors.InputError(errors.E_EVAL_NO_CORPUS.format(source=path, split=split))
    if limit is not None and limit <= 0:
        return
    count = 0
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not row.get("primary"):
                    continue
                if held_out is not None and is_held_out(row["article"]) != held_out:
                    continue
                document = parse_article(row)
            except json.JSONDecodeError as exc:
                raise errors.InputError(errors.E_EVAL_BAD_JSON.format(source=f"{path}:{number}", reason=exc.msg)) from None
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                reason = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
                raise errors.InputError(errors.E_EVAL_BAD_GOLD.format(source=f"{path}:{number}", reason=reason)) from None
            yield document
            count += 1
            if limit is not None and count >= limit:
                return
