"""What every pass of the engine leaves behind: ``Found``, an attribution in a parsed Doc
before its speaker is resolved."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

# A character range [start, end) of the Doc's text.
Range = tuple[int, int]


@dataclass
class Found:
    """An attribution found in a Doc, before its speaker is resolved."""

    content: Range
    cue: Token | None
    cue_range: Range | None
    speaker: Token | None  # head of the speaker phrase
    rule: str
    confidence: float
    kind: str = "indirect"
    inherit: Found | None = None  # a floating quote takes this statement's speaker
    via: tuple[str, Range] | None = None
    speaker_range: Range | None = None  # the speaker phrase as written, where no parse gives it


def nested_cues(found: list[Found]) -> list[bool]:
    """For each finding, whether its cue lies inside another finding's content ("she said he
    told her ..."): a feature of both learned models, read once per Doc."""
    return [f.cue is not None and any(g is not f and g.content[0] <= f.cue.idx < g.content[1] for g in found)
            for f in found]
