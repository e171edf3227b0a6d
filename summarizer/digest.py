"""Daily digest composition: group a window's articles into stories, rank them, pick statements.

Pure text analysis: no I/O, no SQL, no Telegram. The caller loads the window's articles and
statements and renders the resulting `Digest`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from summarizer.sentences import split_sentences, words
from summarizer.similarity import UnionFind, cluster, fingerprint, jaccard, tokens

# Word-set Jaccard above which two summary sentences count as the same sentence.
SENTENCE_DUPLICATE_JACCARD = 0.6
MAX_SUMMARY_SENTENCES = 3
MAX_STATEMENTS_PER_ACTOR = 2

OUTLET_WEIGHT = 1.0
ARTICLE_WEIGHT = 0.5
WATCHED_WEIGHT = 3.0

_KIND_RANK = {"direct": 0, "mixed": 1, "reported": 2}


@dataclass(frozen=True)
class DigestArticle:
    number: int  # the article id shown to users (#N)
    headline: str
    outlet: str | None
    published: datetime | None
    saved_at: datetime
    body: str
    summary: tuple[str, ...]


@dataclass(frozen=True)
class DigestStatement:
    actor_key: str | None
    actor_name: str
    text: str
    kind: str  # direct | mixed | reported
    article_number: int
    published: datetime | None
    cue: str = ""


@dataclass(frozen=True)
class Story:
    headline: str
    summary: tuple[str, ...]  # 1-3 sentences, no repeats across the story's articles
    outlets: tuple[str, ...]
    article_numbers: tuple[int, ...]
    score: float
    watched_actors: tuple[str, ...] = ()  # display names of watched actors quoted in the story


@dataclass(frozen=True)
class Digest:
    window_start: datetime | None
    window_end: datetime
    stories: tuple[Story, ...]
    statements: tuple[DigestStatement, ...] = field(default=())


# --- grouping -------------------------------------------------------------------------------------


def group_stories(articles: Sequence[DigestArticle]) -> list[list[DigestArticle]]:
    """Group copies and near-copies of the same report; groups and members keep input order.

    Exact copies (same words after case folding) are collapsed first; the remaining distinct texts
    are compared through sampled word shingles (containment, so an excerpt or a copy with a dropped
    paragraph or an added footer still matches its original).
    """
    if not articles:
        return []
    uf = UnionFind(len(articles))
    first_with_text: dict[str, int] = {}
    unique: list[int] = []
    unique_tokens: list[list[str]] = []
    for i, article in enumerate(articles):
        toks = tokens(f"{article.headline}\n{article.body}")
        key = " ".join(toks)
        if key in first_with_text:
            uf.union(first_with_text[key], i)
        else:
            first_with_text[key] = i
            unique.append(i)
            unique_tokens.append(toks)

    cache: dict[str, int] = {}
    prints = [fingerprint(toks, cache) for toks in unique_tokens]
    for group in cluster(prints):
        for k in group[1:]:
            uf.union(unique[group[0]], unique[k])
    return [[articles[i] for i in group] for group in uf.groups()]


# --- statements -----------------------------------------------------------------------------------


def _actor_id(statement: DigestStatement) -> str:
    return (statement.actor_key or statement.actor_name).strip().lower()


def _is_watched(statement: DigestStatement, watched: frozenset[str]) -> bool:
    keys = {statement.actor_name.strip().lower()}
    if statement.actor_key:
        keys.add(statement.actor_key.strip().lower())
    return not keys.isdisjoint(watched)


def _similar_sentence(a: str, b: str) -> bool:
    wa = [w.lower() for w in words(a)]
    wb = [w.lower() for w in words(b)]
    if not wa or not wb:
        return a.strip() == b.strip()
    return jaccard(wa, wb) >= SENTENCE_DUPLICATE_JACCARD


def select_statements(
    statements: Sequence[DigestStatement],
    story_score_by_article: dict[int, float],
    watched: frozenset[str],
    max_statements: int,
) -> list[DigestStatement]:
    """Watched actors first, then direct quotes, then statements from bigger stories, newest first.

    At most two statements per actor, and a quote repeated by copies of an article is kept once.
    Every actor's best statement is taken before anyone's second, so a tight cap keeps more voices.
    """

    def rank(s: DigestStatement) -> tuple[int, float, float, int]:
        published = s.published.timestamp() if s.published else float("-inf")
        return (
            _KIND_RANK.get(s.kind, len(_KIND_RANK)),
            -story_score_by_article.get(s.article_number, 0.0),
            -published,
            s.article_number,
        )

    per_actor: dict[str, list[DigestStatement]] = {}
    for statement in sorted(statements, key=rank):
        taken = per_actor.setdefault(_actor_id(statement), [])
        if not statement.text.strip() or len(taken) >= MAX_STATEMENTS_PER_ACTOR:
            continue
        if not any(_similar_sentence(statement.text, t.text) for t in taken):
            taken.append(statement)

    candidates = [
        (not _is_watched(s, watched), turn, rank(s), s)
        for taken in per_actor.values()
        for turn, s in enumerate(taken)
    ]
    candidates.sort(key=lambda c: c[:3])
    chosen = [c[3] for c in candidates[: max(0, max_statements)]]
    return sorted(chosen, key=lambda s: (not _is_watched(s, watched), rank(s)))


# --- stories --------------------------------------------------------------------------------------


def _when(article: DigestArticle) -> datetime:
    return article.published or article.saved_at


def _sort_time(article: DigestArticle) -> float:
    return _when(article).timestamp()


def _representative_order(group: Sequence[DigestArticle]) -> list[DigestArticle]:
    """Earliest report first; ties go to the longer text, then the lower article number."""
    return sorted(group, key=lambda a: (_sort_time(a), -len(a.body), a.number))


def _fallback_sentences(article: DigestArticle) -> list[str]:
    try:
        from summarizer.summarize import summarize
    except ImportError:
        return split_sentences(article.body)[:MAX_SUMMARY_SENTENCES]
    try:
        return list(summarize(article.body, n=MAX_SUMMARY_SENTENCES, title=article.headline or None))
    except Exception:  # a summarizer failure must not break the whole digest
        return split_sentences(article.body)[:MAX_SUMMARY_SENTENCES]


def story_summary(ordered: Sequence[DigestArticle]) -> tuple[str, ...]:
    """Up to three sentences from the articles' stored summaries, near-duplicates dropped.

    The representative's summary comes first; other articles only add sentences it lacks. If no
    article has a stored summary, the representative's body is summarized.
    """
    candidates = [s for a in ordered for s in a.summary]
    if not candidates and ordered:
        candidates = _fallback_sentences(ordered[0])
    chosen: list[str] = []
    for sentence in candidates:
        sentence = " ".join(sentence.split())
        if not sentence or any(_similar_sentence(sentence, c) for c in chosen):
            continue
        chosen.append(sentence)
        if len(chosen) == MAX_SUMMARY_SENTENCES:
            break
    return tuple(chosen)


def _outlets(ordered: Sequence[DigestArticle]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for article in ordered:
        if article.outlet and article.outlet.strip():
            seen.setdefault(article.outlet.strip().lower(), article.outlet.strip())
    return tuple(seen.values())


def _headline(ordered: Sequence[DigestArticle]) -> str:
    for article in ordered:
        if article.headline.strip():
            return " ".join(article.headline.split())
    return ""


def story_score(n_outlets: int, n_articles: int, n_watched: int) -> float:
    return OUTLET_WEIGHT * max(1, n_outlets) + ARTICLE_WEIGHT * n_articles + WATCHED_WEIGHT * n_watched


def _watched_by_article(
    statements: Sequence[DigestStatement], watched: frozenset[str]
) -> dict[int, list[DigestStatement]]:
    by_article: dict[int, list[DigestStatement]] = {}
    for s in statements:
        if watched and _is_watched(s, watched):
            by_article.setdefault(s.article_number, []).append(s)
    return by_article


def _watched_actor_names(
    group: Sequence[DigestArticle], watched_by_article: dict[int, list[DigestStatement]]
) -> tuple[str, ...]:
    names: dict[str, str] = {}
    for article in group:
        for s in watched_by_article.get(article.number, ()):
            names.setdefault(_actor_id(s), s.actor_name)
    return tuple(names.values())


def build_story(
    group: Sequence[DigestArticle], watched_by_article: dict[int, list[DigestStatement]]
) -> Story:
    ordered = _representative_order(group)
    outlets = _outlets(ordered)
    watched_names = _watched_actor_names(group, watched_by_article)
    return Story(
        headline=_headline(ordered),
        summary=story_summary(ordered),
        outlets=outlets,
        article_numbers=tuple(sorted(a.number for a in group)),
        score=story_score(len(outlets), len(group), len(watched_names)),
        watched_actors=watched_names,
    )


def compose_digest(
    articles: Sequence[DigestArticle],
    statements: Sequence[DigestStatement],
    *,
    window_start: datetime | None,
    window_end: datetime,
    watched: Collection[str] = (),
    max_statements: int = 12,
) -> Digest:
    """The digest of one window: ranked stories plus a "who said what" selection."""
    watched_set = frozenset(w.strip().lower() for w in watched if w and w.strip())
    groups = group_stories(articles)
    watched_by_article = _watched_by_article(statements, watched_set)
    stories_with_time = []
    for group in groups:
        story = build_story(group, watched_by_article)
        latest = max(_sort_time(a) for a in group)
        stories_with_time.append((story, latest))
    # Highest score first; among equals the most recently reported story, then the lowest number.
    stories_with_time.sort(key=lambda st: (-st[0].score, -st[1], st[0].article_numbers[0]))
    stories = tuple(story for story, _ in stories_with_time)

    score_by_article = {n: story.score for story in stories for n in story.article_numbers}
    chosen = select_statements(statements, score_by_article, watched_set, max_statements)
    return Digest(
        window_start=window_start,
        window_end=window_end,
        stories=stories,
        statements=tuple(chosen),
    )
