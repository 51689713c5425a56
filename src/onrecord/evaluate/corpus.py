"""What the scorer compares: attributions (source, cue, content) over a document's text.

Gold (PolNeAR, onrecord's own gold files) and predictions (the engine, textacy) are both
turned into these, so one scorer serves them all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..attribute.when import bare
from .spans import Segments


def when_fact(date: str | None, precision: str | None, expression: str) -> tuple[str | None, ...]:
    """A time as the scorer compares it: ``(date, precision)``, or ``(None, precision,
    words)`` for one without a date, its words without case, possessive or a leading
    "on"/"at"/"in" (``attribute.when.bare``)."""
    return (date, precision) if date is not None else (None, precision, bare(expression))


@dataclass(frozen=True)
class Facts:
    """What a gold file (or the engine) says about an attribution beyond its spans: the
    speaker's fields, the via, the date and the act. ``None`` where nothing is said.

    ``when`` is ``(date, precision)`` with the date in ISO form; a relative expression in
    an undated article has no date and is ``(None, precision, words)``, its words compared
    as ``when_words`` leaves them ("On Friday" and "Friday's" alike). ``resolution`` is how the engine named the speaker
    ("pronoun", "role", "nominal", ... from ``Statement.explanation``); gold leaves it None.
    ``has_act`` says whether an act was given at all (older engines give none).
    ``inherited`` names the fields (``via``, ``when``, ``document``) taken from an earlier
    sentence of the same occasion (the gold's ``inherited``; the engine's explanation says
    "via inherited", "when inherited"). ``when_inside`` says that the engine's time lies
    inside the statement's own content (a date of what was said: always a mistake).
    """

    type: str | None = None
    title: str | None = None
    affiliation: str | None = None
    unnamed: bool = False
    description: str | None = None
    document: str | None = None
    via: str | None = None
    when: tuple[str | None, ...] | None = None
    act: str | None = None
    has_act: bool = False
    resolution: str | None = None
    inherited: tuple[str, ...] = ()
    when_inside: bool = False


@dataclass(frozen=True)
class Attribution:
    """One attribution: who (``source``), how (``cue``), what (``content``).

    Spans are raw segments into the document text (the scorer normalises them). ``source``
    and ``cue`` are ``()`` when absent: PolNeAR attributions without a source, floating
    quotations without a cue.
    ``speaker`` is a resolved name ("Dmitry Peskov") when one is known.
    ``optional`` marks a gold item that counts only when matched.
    ``label`` says where the item came from, for error listings.
    ``facts`` holds the speaker's fields, via, when and act where known (onrecord gold
    files, the engine), for the field accuracies of ``evaluate.fields``.
    """

    content: Segments
    cue: Segments = ()
    source: Segments = ()
    speaker: str | None = None
    optional: bool = False
    label: str = ""
    facts: Facts | None = None

    @property
    def floating(self) -> bool:
        """A quotation with no cue at all."""
        return not self.cue

    @property
    def start(self) -> int:
        return min((s for s, _ in self.content), default=0)


@dataclass(frozen=True)
class EvalDocument:
    """A gold-annotated document.

    ``has_names`` says whether gold speakers carry resolved names (onrecord gold files do;
    PolNeAR marks only the source mention, unresolved, so resolved-speaker accuracy does not
    apply to it). ``dropped`` counts gold items the reader could not use, with reasons.
    ``joins_continuations`` says whether the gold marks a quotation that runs on after its
    cue ("…," he said. "…") as one attribution with several segments (PolNeAR) rather than
    as a cued statement plus a floating one (onrecord's gold files).
    ``cuts_attribution`` says whether a gold content never holds its own source and cue
    (PolNeAR marks "X, officials said, Y" as the content "X" + "Y"), while the engine keeps
    the sentence whole, as the article wrote it.
    """

    id: str
    text: str
    attributions: tuple[Attribution, ...]
    published: dt.date | None = None
    outlet: str | None = None  # who published it: a via naming it is no intermediary
    has_names: bool = False
    corpus: str = ""
    dropped: tuple[str, ...] = field(default=())
    joins_continuations: bool = False
    cuts_attribution: bool = False
