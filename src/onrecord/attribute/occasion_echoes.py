"""Words quoted again (``occasions``): "If we’re hearing Rubio’s strategy correctly when he says he
intends to “pick up delegates” everywhere he can" after his answer in the Fox News interview,
"We’re going to pick up delegates in all of them": the quoted words are that answer's, so the
statement takes the via and the time of the occasion they were said at."""

from __future__ import annotations

import re

from ..schema import Statement

# A quoted run of words inside a content: “…”, "…", ‘…’ is left out (an apostrophe reads as one).
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# Three words or more: a two-word phrase ("fake news", "rigged system") is a slogan the speaker
# says on many occasions; a run of three is the words of one answer.
_MIN_WORDS = 3


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _a_name(text: str) -> bool:
    """ "the “Neocons For Hillary” movement": a name in capitals is written on many occasions."""
    return all(w[:1].isupper() for w in text.split() if w[:1].isalpha())


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(words[i:i + n] == part for i in range(len(words) - n + 1))


def echoes(out: list[Statement]) -> list[Statement]:
    """Each statement with no via and no time of its own whose content quotes three words or more
    that an earlier statement of the same speaker, with a via or a time, said in its content."""
    result = list(out)
    for i, s in enumerate(out):
        if s.via is not None or s.when is not None or not s.speaker.name or s.cue is None:
            continue
        fragments = [w for m in _QUOTED.finditer(s.content.text)
                     if len(w := _words(m.group(1))) >= _MIN_WORDS and not _a_name(m.group(1))]
        if not fragments or any(len(f) == len(_words(s.content.text)) for f in fragments):
            continue  # a quotation that is the whole content is a statement of its own, not an echo
        source = next((e for e in sorted(out, key=lambda e: -e.content.start)
                       if e.content.start < s.content.start and e.speaker.name == s.speaker.name
                       and (e.via is not None or e.when is not None)
                       and any(_contains(_words(e.content.text), f) for f in fragments)), None)
        if source is None:
            continue
        update: dict = {"via": source.via, "when": source.when}
        notes = [f"{k} inherited" for k in ("via", "when") if update[k] is not None]
        update["explanation"] = "; ".join([s.explanation, *notes]) if s.explanation else "; ".join(notes)
        result[i] = s.model_copy(update=update)
    return result
