"""Field accuracies on onrecord gold files: is the found statement's speaker the right one,
with the right type, title and affiliation, and are its unnamed/document/via/when/act right?

Computed over the pairs of the quote-level matching at > 30% (``metrics.score_document``)
whose gold carries ``Facts`` (onrecord gold files; PolNeAR has none). Via and when are also
scored the way issue 12 asks, over the gold statements that *have* one (``OccasionField``):
right of those (found or not), split by whether the gold takes it from the statement's own
sentence or inherits it from an earlier one, and the precision of the engine's. Every
definition is written out in ``docs/evaluation.md`` ("Speaker fields", "Via and when");
change both together.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from .corpus import Attribution, Facts
from .metrics import DocumentResult, Ratio, names_match
from .spans import intersection

# The fields compared, in the order they are reported.
FIELDS: tuple[str, ...] = ("speaker", "type", "title", "affiliation", "unnamed", "document", "via", "when", "act")
# The fields an occasion gives a statement, scored apart over the statements that have one,
# and where a value comes from: the statement's own sentence or an earlier one.
OCCASION_FIELDS: tuple[str, ...] = ("via", "when")
SCOPES: tuple[str, ...] = ("own", "inherited")
# How the engine named a speaker, by class: the figures of issue 11's resolution rules.
RESOLUTION_CLASSES: tuple[str, ...] = ("pronoun", "role", "nominal")

# Honorifics that must never appear in a speaker's name, title, affiliation or description
# (docs/annotation.md, "Title and affiliation"): as whole words, case as written.
HONORIFIC_WORDS: frozenset[str] = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Dame Lord Lady Rep. Sen. Gov. Gen.".split()
)
# Offices whose name holds one of those words, where it is no one's honorific: "the Lord
# Chancellor" is an office, "Lord Falconer" a peer (docs/annotation.md).
OFFICES_WITH_HONORIFIC_WORDS: re.Pattern[str] = re.compile(
    r"\b(?:(?:First Sea |Law |Sea )Lord|Lord (?:Chancellor|Chief Justice|Justice|Mayor|Provost|Advocate"
    r"|Privy Seal|President|Speaker|Lieutenant|Chamberlain)|Lady Mayoress)s?\b"
)


def plain(text: str | None) -> str | None:
    """A field value as compared: accents removed, case folded, curly apostrophes made
    straight, whitespace collapsed, edge punctuation and a leading "the" dropped.
    RETURNS (str | None): None for a missing or empty value."""
    if text is None:
        return None
    value = unicodedata.normalize("NFKD", text)
    value = "".join(c for c in value if not unicodedata.combining(c)).casefold().replace("’", "'")
    value = re.sub(r"\s+", " ", value).strip(" .,;:\"'“”()")
    value = re.sub(r"^the ", "", value)
    return value or None


def honorifics_in(attribution: Attribution) -> int:
    """How many honorific words a predicted speaker carries in its name and fields."""
    facts = attribution.facts or Facts()
    values = (attribution.speaker, facts.title, facts.affiliation, facts.description)
    return sum(word in HONORIFIC_WORDS for value in values if value
               for word in OFFICES_WITH_HONORIFIC_WORDS.sub(" ", value).split())


def _when_right(gold: tuple[str | None, ...] | None, pred: tuple[str | None, ...] | None) -> bool:
    # an undated gold time is right when the engine's is undated too, with the same words
    return pred == gold


def field_right(name: str, gold: Attribution, pred: Attribution) -> bool | None:
    """Whether ``pred`` has ``gold``'s value of field ``name``; None where the field is not
    scored for this pair (no act predicted, no gold speaker). RETURNS (bool | None)."""
    g, p = gold.facts or Facts(), pred.facts or Facts()
    if name == "speaker":
        return names_match(pred.speaker, gold.speaker) if gold.speaker else None
    if name == "act":
        return (p.act == g.act) if p.has_act and g.act else None
    if name == "when":
        return _when_right(g.when, p.when)
    if name in ("type", "unnamed"):
        return getattr(p, name) == getattr(g, name)
    return plain(getattr(p, name)) == plain(getattr(g, name))


@dataclass
class Resolutions:
    """Speakers the engine named by one kind of rule: how many it tried, resolved, got right."""

    mentions: int = 0
    resolved: int = 0
    right: int = 0

    @property
    def rate(self) -> float | None:
        return self.resolved / self.mentions if self.mentions else None

    @property
    def precision(self) -> float | None:
        return self.right / self.resolved if self.resolved else None

    def as_dict(self) -> dict:
        return {"rate": self.rate, "precision": self.precision, "mentions": self.mentions,
                "resolved": self.resolved, "right": self.right}


def _scoped() -> dict[str, Ratio]:
    return {scope: Ratio() for scope in ("all", *SCOPES)}


@dataclass
class OccasionField:
    """Via or when over the gold statements that have one.

    ``recall``: of the gold statements with one, how many are found with the same one (a
    statement not found at all counts as missed; an optional one not found counts nowhere),
    by the gold's scope (``inherited`` lists the field, else ``own``). ``found``: the same
    over the found statements only. ``precision``: of the engine's values on found
    statements, how many are the gold's (the gold has none or another: wrong), by the
    engine's scope (its explanation says "inherited"). ``undated``: gold times without a
    date (a relative time in an article with no publication date), scored by their words.
    ``inside``: the engine's times lying inside their own statement's content, over every
    predicted statement (each one a date of what was said taken as the saying's).
    """

    recall: dict[str, Ratio] = field(default_factory=_scoped)
    found: dict[str, Ratio] = field(default_factory=_scoped)
    precision: dict[str, Ratio] = field(default_factory=_scoped)
    undated: int = 0
    inside: int = 0

    def add_gold(self, scope: str, *, found: bool, right: bool) -> None:
        for key in ("all", scope):
            self.recall[key].total += 1
            self.recall[key].correct += right
            if found:
                self.found[key].total += 1
                self.found[key].correct += right

    def add_predicted(self, scope: str, *, right: bool) -> None:
        for key in ("all", scope):
            self.precision[key].total += 1
            self.precision[key].correct += right

    def as_dict(self) -> dict:
        return {"recall": {k: r.as_dict() for k, r in self.recall.items()},
                "found": {k: r.as_dict() for k, r in self.found.items()},
                "precision": {k: r.as_dict() for k, r in self.precision.items()},
                "undated": self.undated, "inside": self.inside}


def _occasion_value(name: str, facts: Facts) -> object:
    if name == "via":
        return plain(facts.via)
    return facts.when


def _add_occasions(occasions: dict[str, OccasionField], gold: Facts, pred: Facts | None) -> None:
    """One gold statement and its match (None when not found)."""
    for name in OCCASION_FIELDS:
        scores = occasions[name]
        g = _occasion_value(name, gold)
        p = _occasion_value(name, pred) if pred is not None else None
        if name == "when" and g is not None and g[0] is None:
            scores.undated += 1  # counted and scored: the engine keeps the words without a date
        if g is not None:
            scores.add_gold("inherited" if name in gold.inherited else "own", found=pred is not None, right=p == g)
        if p is not None:
            scores.add_predicted("inherited" if name in pred.inherited else "own", right=p == g)


@dataclass
class FieldScores:
    """Field accuracies over matched statements, resolutions by class, honorifics found."""

    fields: dict[str, Ratio] = field(default_factory=lambda: {f: Ratio() for f in FIELDS})
    resolutions: dict[str, Resolutions] = field(default_factory=lambda: {c: Resolutions() for c in RESOLUTION_CLASSES})
    honorifics: int = 0
    predicted: int = 0
    # the speaker right where the engine found the gold's speaker mention (or both have
    # none): resolution apart from finding the mention
    speaker_at_mention: Ratio = field(default_factory=Ratio)
    occasions: dict[str, OccasionField] = field(default_factory=lambda: {f: OccasionField() for f in OCCASION_FIELDS})

    def add(self, result: DocumentResult) -> None:
        """Add one document's matched pairs (documents without gold facts add nothing)."""
        if not result.document.has_names:
            return
        self.predicted += len(result.pred)
        self.honorifics += sum(honorifics_in(p.attribution) for p in result.pred)
        self.occasions["when"].inside += sum(bool(p.attribution.facts and p.attribution.facts.when_inside) for p in result.pred)
        matches = result.matches["quote_30"]
        for g_index, prepared in enumerate(result.gold):
            gold = prepared.attribution
            if gold.facts is None or (g_index not in matches and gold.optional):
                continue
            pred = (result.pred[matches[g_index]].attribution.facts or Facts()) if g_index in matches else None
            _add_occasions(self.occasions, gold.facts, pred)
        for g_index, p_index in matches.items():
            gold, pred = result.gold[g_index].attribution, result.pred[p_index].attribution
            if gold.facts is None:
                continue
            for name in FIELDS:
                right = field_right(name, gold, pred)
                if right is not None:
                    self.fields[name].total += 1
                    self.fields[name].correct += right
            g_source, p_source = result.gold[g_index].spans["source"], result.pred[p_index].spans["source"]
            if gold.speaker and (intersection(g_source, p_source) > 0 or not g_source and not p_source):
                self.speaker_at_mention.total += 1
                self.speaker_at_mention.correct += names_match(pred.speaker, gold.speaker)
            self._add_resolution(gold, pred)

    def _add_resolution(self, gold: Attribution, pred: Attribution) -> None:
        how = (pred.facts or Facts()).resolution
        if how is None:
            return
        kind = how.split("-")[0]
        if kind not in self.resolutions:
            return
        counts = self.resolutions[kind]
        counts.mentions += 1
        if not how.endswith("-unresolved") and pred.speaker:
            counts.resolved += 1
            counts.right += names_match(pred.speaker, gold.speaker)

    def as_dict(self) -> dict:
        return {
            "fields": {name: ratio.as_dict() for name, ratio in self.fields.items()},
            "resolutions": {name: counts.as_dict() for name, counts in self.resolutions.items()},
            "honorifics": self.honorifics,
            "speaker_at_mention": self.speaker_at_mention.as_dict(),
            "occasions": {name: scores.as_dict() for name, scores in self.occasions.items()},
        }


def score_fields(results: Iterable[DocumentResult]) -> FieldScores:
    """Field accuracies summed over documents. RETURNS (FieldScores)."""
    scores = FieldScores()
    for result in results:
        scores.add(result)
    return scores
