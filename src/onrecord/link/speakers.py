"""Canonical speakers: one speaker per real person or body across every stored article.

Modelled on a knowledge base for entity linking (spaCy's ``KnowledgeBase``): the stored
speakers are the entities, every form of their names an alias with a count (the prior), and
a mention is linked only when the evidence supports it. The rules, in order
(docs/linking.md has the reasons and examples):

1. A description ("spokesman", "the company", "US officials") or an unnamed source of the
   engine is an unnamed speaker of its own article: never merged across articles.
2. A full name joins the speaker with that name or alias, else the one with the same
   transliteration-folded name (Dmitry/Dmitri Peskov, Zelensky/Zelenskyy), else the one
   person with the same surname whose given name is a close variant or the initial; else it
   is a new speaker.
3. A bare surname ("Blair", "Mr Blair") joins the full-name person with that surname whom
   the evidence supports: the full name in the article's text, a matching title or
   affiliation, the person's known roles in the text, the same outlet and period, a clear
   prior, never a clash of honorific or pronoun gender. Ambiguous or unsupported, a
   person's surname stays in its article; an organisation's single name ("Microsoft") is
   one speaker across articles.

Look-ups are by key (name, folded name, surname), once per batch; decisions made earlier
in the batch count as evidence for the rest of it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Sequence

import jellyfish

from ..schema import Article, Speaker, Statement
from ..store import Store
from ..store.names import FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, fold_name, fold_word, normalize_name, strip_honorifics, surname_key
from ..store.tally import KnownSpeaker, gender_of, majority_type
from .descriptions import GENERIC_WORDS, is_description

# A given name this close (Jaro-Winkler) to another with the same surname and initial is a
# spelling variant of it ("Volodymyr"/"Volodimir").
GIVEN_NAME_SIMILARITY = 0.9
# Evidence a bare surname needs to join a full-name speaker: this score, at least one piece
# from the article itself (text, role, context), and this lead over the runner-up.
LINK_SCORE = 2
LINK_MARGIN = 1
# A candidate with this share of the statements of all candidates is the expected one.
PRIOR_SHARE = 0.75
PRIOR_MIN_STATEMENTS = 3
# "Same period": the statement within this many days of the candidate's quotes in the outlet.
PERIOD_DAYS = 365
_PERSONISH = frozenset({"person", "unknown"})
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def _plain(text: str) -> str:
    """Text as names are compared: accents dropped, case folded, punctuation as spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " " + _NON_WORD.sub(" ", stripped.casefold()).strip() + " "


def _slug(text: str) -> str:
    return normalize_name(text).replace(" ", "-") or "speaker"


def unnamed_id(speaker: Speaker, article: Article) -> str:
    """The id of an unnamed source: its description and affiliation, in its article."""
    words = [w for w in (speaker.name or "").split() if w.lower() not in ("the", "a", "an")]
    body = speaker.affiliation or ""
    if normalize_name(body) in normalize_name(" ".join(words)):
        body = ""
    return f"unnamed-{_slug(' '.join([*words, body]))}-{article.id}"


@dataclasses.dataclass
class _Context:
    """What one article offers as evidence."""

    article: Article
    plain: str
    date: dt.date | None


class _Index:
    """The candidates of one batch, by key, with the evidence of the batch's own decisions."""

    def __init__(self, store: Store, articles: Sequence[Article]) -> None:
        names: set[str] = set()
        folds: set[str] = set()
        surnames: set[str] = set()
        for article in articles:
            for s in article.statements:
                if not s.speaker.name or is_description(s.speaker):
                    continue
                norm = strip_honorifics(normalize_name(s.speaker.name))[0]
                names.add(norm)
                folds.add(fold_name(norm))
                surnames.add(surname_key(norm) or fold_word(norm))
        self.retired = store.retired_ids(names)
        self.speakers: dict[str, KnownSpeaker] = {}
        self.by_name: dict[str, set[str]] = {}
        self.by_fold: dict[str, set[str]] = {}
        self.by_surname: dict[str, set[str]] = {}
        for known in store.speaker_candidates(names=names, folds=folds, surnames=surnames):
            self._index(known)

    def _index(self, known: KnownSpeaker) -> None:
        self.speakers[known.id] = known
        for alias in {known.normalized, *known.aliases}:
            self.by_name.setdefault(alias, set()).add(known.id)
        if known.fold:
            self.by_fold.setdefault(known.fold, set()).add(known.id)
        if known.surname:
            self.by_surname.setdefault(known.surname, set()).add(known.id)

    def named(self, key: str, table: dict[str, set[str]]) -> list[KnownSpeaker]:
        return [self.speakers[i] for i in sorted(table.get(key, ()))]

    def new_id(self, norm: str, type_: str) -> str:
        """A new cross-article speaker's id: the one a relink retired for this name, else
        ``{type}-{name}``."""
        retired = self.retired.get(norm)
        if retired and retired not in self.speakers:
            return retired
        return f"{type_}-{norm.replace(' ', '-')}"

    def record(self, speaker_id: str, statement: Statement, norm: str, ctx: _Context) -> None:
        """Count a decision as evidence for the rest of the batch."""
        sp = statement.speaker
        known = self.speakers.get(speaker_id)
        if known is None:
            known = KnownSpeaker(speaker_id, sp.name or norm, norm, sp.type, surname=surname_key(norm), fold=fold_name(norm))
            self._index(known)
        known.statements += 1
        known.types[sp.type] = known.types.get(sp.type, 0) + 1
        known.type = majority_type(known.types)
        known.aliases[norm] = known.aliases.get(norm, 0) + 1
        self.by_name.setdefault(norm, set()).add(speaker_id)
        for value in (sp.title, sp.affiliation):
            if value:
                key = normalize_name(value)
                known.roles[key] = known.roles.get(key, 0) + 1
        gender = gender_of(statement)
        if gender == "male":
            known.male += 1
        elif gender == "female":
            known.female += 1
        outlet = ctx.article.outlet
        if outlet:
            first, last = known.outlets.get(outlet, (None, None))
            if ctx.date:
                first = min(first or ctx.date, ctx.date)
                last = max(last or ctx.date, ctx.date)
            known.outlets[outlet] = (first, last)


def _gender_clash(known: KnownSpeaker, gender: str | None) -> bool:
    if gender == "male":
        return known.female > known.male
    if gender == "female":
        return known.male > known.female
    return False


def _most_quoted(found: list[KnownSpeaker]) -> KnownSpeaker:
    return max(found, key=lambda k: (k.statements, k.id))


class SpeakerLinker:
    """Gives every named speaker its canonical id (``Speaker.id``)."""

    name = "speakers"

    def link(self, store: Store, articles: Sequence[Article]) -> list[Article]:
        index = _Index(store, articles)
        contexts = [_Context(a, _plain(" ".join(x for x in (a.title, a.text) if x)), a.published) for a in articles]
        decided: dict[tuple[int, int], str] = {}
        # One article after another, as they will be stored, so that a batch decides what
        # the same articles would decide one by one. Within an article, full names and
        # descriptions first: its "Tony Blair" is known before its "Mr Blair".
        for a, (article, ctx) in enumerate(zip(articles, contexts)):
            for bare_pass in (False, True):
                for i, s in enumerate(article.statements):
                    sp = s.speaker
                    if not sp.name or sp.id:
                        continue
                    norm, honorific = strip_honorifics(normalize_name(sp.name))
                    description = is_description(sp) or not norm
                    if (len(norm.split()) == 1 and not description) != bare_pass:
                        continue
                    if description:
                        decided[(a, i)] = unnamed_id(sp, article)
                        continue
                    ctx.date = s.when.date if s.when and s.when.date else article.published
                    speaker_id = self._bare(index, norm, honorific, s, ctx) if bare_pass else self._full(index, norm, s)
                    decided[(a, i)] = speaker_id
                    if not speaker_id.endswith("-" + article.id):
                        index.record(speaker_id, s, norm, ctx)
        touched = {a for a, _ in decided}
        return [self._apply(a, article, decided) if a in touched else article for a, article in enumerate(articles)]

    @staticmethod
    def _apply(a: int, article: Article, decided: dict[tuple[int, int], str]) -> Article:
        statements = [
            s.model_copy(update={"speaker": s.speaker.model_copy(update={"id": decided[(a, i)]})}) if (a, i) in decided else s
            for i, s in enumerate(article.statements)
        ]  # fmt: skip
        return article.model_copy(update={"statements": statements})

    # -- full names ----------------------------------------------------------------------

    def _full(self, index: _Index, norm: str, statement: Statement) -> str:
        sp = statement.speaker
        gender = gender_of(statement)
        same = index.named(norm, index.by_name)
        if same:
            return _most_quoted(same).id
        variants = [k for k in index.named(fold_name(norm), index.by_fold) if not _gender_clash(k, gender)]
        if variants:
            return _most_quoted(variants).id
        words = norm.split()
        if sp.type in _PERSONISH and len(words) <= 4:
            close = [k for k in index.named(surname_key(norm) or "", index.by_surname)
                     if k.type in _PERSONISH and not _gender_clash(k, gender) and _given_name_variant(words, k.normalized.split())]
            if len(close) == 1:
                return close[0].id
        return index.new_id(norm, sp.type)

    # -- bare names ----------------------------------------------------------------------

    def _bare(self, index: _Index, norm: str, honorific: str | None, statement: Statement, ctx: _Context) -> str:
        sp = statement.speaker
        gender = gender_of(statement)
        people = [k for k in index.named(fold_word(norm), index.by_surname)
                  if k.type in _PERSONISH and len(k.normalized.split()) > 1 and not _gender_clash(k, gender)]
        personish = sp.type == "person" or honorific is not None or gender is not None
        if sp.type != "place" and people and _someone_else_named(norm, people, ctx):
            # "Robin Cook" in the text, and the stored Cooks are others: none of them.
            people = []
            if personish:
                return f"{sp.type}-{norm.replace(' ', '-')}-{ctx.article.id}"
        if sp.type != "place" and people:
            best = _best_supported(people, statement, ctx)
            if best is not None:
                return best.id
            if personish:
                # The evidence names no one: this "Blair" stays in its article.
                return f"{sp.type}-{norm.replace(' ', '-')}-{ctx.article.id}"
        same = [k for k in index.named(norm, index.by_name) if len(k.normalized.split()) == 1]
        if same:
            return _most_quoted(same).id
        return index.new_id(norm, sp.type)


def _someone_else_named(surname: str, people: list[KnownSpeaker], ctx: _Context) -> bool:
    """Does the article name a person of this surname ("Robin Cook") who is none of the
    candidates, and no candidate by full name?"""
    names = {a for k in people for a in {k.normalized, *k.aliases} if len(a.split()) > 1}
    if any(f" {a} " in ctx.plain for a in names):
        return False
    pattern = re.compile(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", re.IGNORECASE)
    text = ctx.article.text
    for match in pattern.finditer(text):
        given = match.group(1)
        before = text[: match.start()].rstrip()
        # A capital at a sentence's start ("Yesterday Cook said") is not a given name.
        sentence_start = not before or before[-1] in '.!?"“”:\n'
        if not sentence_start and given[0].isupper() and given[1:].islower() and normalize_name(given) not in GENERIC_WORDS | HONORIFICS:
            return True
    return False


def _given_name_variant(mention: list[str], candidate: list[str]) -> bool:
    """Same number of words and surname; the given name an initial of, or a close spelling
    of, the candidate's ("G Brown"/"Gordon Brown", "Volodimir"/"Volodymyr")."""
    if len(mention) != len(candidate) or fold_word(mention[-1]) != fold_word(candidate[-1]):
        return False
    given, other = mention[0], candidate[0]
    if len(given) == 1:
        return other.startswith(given)
    return given[0] == other[0] and jellyfish.jaro_winkler_similarity(given, other) >= GIVEN_NAME_SIMILARITY


def _best_supported(people: list[KnownSpeaker], statement: Statement, ctx: _Context) -> KnownSpeaker | None:
    """The full-name person the evidence supports for a bare surname, or None when it
    supports no one, or two people about equally."""
    total = sum(k.statements for k in people) or 1
    scored = []
    for k in people:
        specific = _article_evidence(k, statement, ctx)
        score = specific
        if k.statements >= PRIOR_MIN_STATEMENTS and k.statements / total >= PRIOR_SHARE:
            score += 1
        if _same_outlet_and_period(k, ctx):
            score += 1
        scored.append((score, specific, k))
    scored.sort(key=lambda x: (-x[0], -x[2].statements, x[2].id))
    score, specific, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else None
    if score >= LINK_SCORE and specific > 0 and (runner_up is None or score - runner_up >= LINK_MARGIN):
        return best
    return None


def _article_evidence(known: KnownSpeaker, statement: Statement, ctx: _Context) -> int:
    """Evidence from the article itself: the full name (or a full alias) in its text (3); the
    mention's title or affiliation among the person's (1 each); one of the person's
    distinctive roles in the text (1)."""
    score = 0
    full = [a for a in {known.normalized, *known.aliases} if len(a.split()) > 1]
    if any(f" {a} " in ctx.plain for a in full):
        score += 3
    sp = statement.speaker
    for value in (sp.title, sp.affiliation):
        if value and normalize_name(value) in known.roles:
            score += 1
    distinctive = [r for r, n in known.roles.items()
                   if n >= 2 and r.split() and (len(r.split()) > 1 or r not in GENERIC_WORDS)
                   and r not in MALE_HONORIFICS | FEMALE_HONORIFICS]  # fmt: skip
    if any(f" {r} " in ctx.plain for r in distinctive):
        score += 1
    return score


def _same_outlet_and_period(known: KnownSpeaker, ctx: _Context) -> bool:
    outlet = ctx.article.outlet
    if not outlet or outlet not in known.outlets:
        return False
    first, last = known.outlets[outlet]
    if ctx.date is None or first is None or last is None:
        return True
    window = dt.timedelta(days=PERIOD_DAYS)
    return first - window <= ctx.date <= last + window
