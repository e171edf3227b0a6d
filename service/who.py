"""/who: resolve a name, alias, surname, role phrase or near miss to an actor and page their statements."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from store import Store
from store.statements import ActorCount, StoredStatement
from summarizer.actors import Actor, ActorRegistry

PAGE = 5


@dataclass(frozen=True)
class WhoAnswer:
    query: str
    actor: Actor | None = None
    statements: tuple[StoredStatement, ...] = ()
    total: int = 0
    offset: int = 0
    candidates: tuple[Actor, ...] = ()  # several exact matches: the user picks
    suggestions: tuple[Actor, ...] = ()  # near misses: "did you mean"
    earlier_holders: tuple[Actor, ...] = ()  # role phrase: earlier holders with stored statements
    mentioned_in: tuple[tuple[int, str, str | None], ...] = ()  # (no, headline, date) when never quoted

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.statements) < self.total


def answer_who(
    store: Store,
    registry: ActorRegistry,
    library: str,
    query: str,
    *,
    offset: int = 0,
    page: int = PAGE,
    today: date | None = None,
) -> WhoAnswer:
    query = " ".join(query.split())
    result = registry.lookup(query, on=today or datetime.now(UTC).date())
    if len(result.actors) > 1:
        # Prefer the one actually quoted here when a surname is shared.
        quoted = [a for a in result.actors if store.statements.count_by_actor(library, [a.key])]
        if len(quoted) == 1:
            return statements_of(store, library, quoted[0], query, offset=offset, page=page)
        return WhoAnswer(query, candidates=tuple(quoted or result.actors))
    if not result.actors:
        return WhoAnswer(query, suggestions=result.suggestions)
    answer = statements_of(store, library, result.actors[0], query, offset=offset, page=page)
    earlier = tuple(a for a in result.earlier_holders if store.statements.count_by_actor(library, [a.key]))
    return replace(answer, earlier_holders=earlier)


def statements_of(
    store: Store, library: str, actor: Actor, query: str, *, offset: int = 0, page: int = PAGE
) -> WhoAnswer:
    keys = [actor.key]
    total = store.statements.count_by_actor(library, keys)
    if total == 0:
        return WhoAnswer(query, actor, mentioned_in=tuple(store.statements.articles_mentioning(library, keys)))
    offset = max(0, min(offset, total - 1))
    rows = store.statements.by_actor(library, keys, limit=page, offset=offset)
    return WhoAnswer(query, actor, tuple(rows), total, offset)


def most_quoted(store: Store, library: str, days: int = 7, limit: int = 10) -> list[ActorCount]:
    since = (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S")
    return store.statements.top_actors(library, since, limit)
