"""The use-cases both faces call: the Telegram handlers and the `attache` command line."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime

from config.actor_registry import load_actor_records
from config.settings import Settings
from service.digests import Digests, Subscriptions
from service.ingest import Incoming, Ingestor, IngestOutcome, found_actor_key
from service.library import library_for
from service.links import document_incoming, fetch_incoming
from service.stamp import analysis_stamp
from service.urls import canonical_url
from service.who import PAGE, WhoAnswer, answer_who, most_quoted, statements_of
from store import Store
from store.articles import Article, SearchHit
from store.statements import ActorCount, ActorRow
from summarizer.actors import Actor, ActorRegistry
from summarizer.summarize import summarize

CATCH_UP_BATCH = 20


def stored_actors(registry: ActorRegistry, rows: Iterable[ActorRow]) -> tuple[list[Actor], list[str]]:
    """What the database adds to a registry (speakers found in articles, operator aliases) and what it takes
    away (actors merged into others): (actors to add or replace, keys to remove)."""
    add: list[Actor] = []
    remove: list[str] = []
    for row in rows:
        known = registry.get(row.key)
        if row.merged_into:
            if known is not None:
                remove.append(row.key)
        elif known is None:
            add.append(Actor(key=row.key, name=row.name, kind=row.kind, gender=row.gender, aliases=row.aliases, roles=()))
        elif not set(row.aliases) <= set(known.aliases):
            add.append(replace(known, aliases=tuple(dict.fromkeys(known.aliases + row.aliases))))
    return add, remove


def build_registry(store: Store) -> ActorRegistry:
    """The registry file plus what the database adds."""
    registry = ActorRegistry.from_records(load_actor_records())
    registry.edit(*stored_actors(registry, store.actors.all()))
    return registry


class Attache:
    def __init__(self, settings: Settings, store: Store | None = None, stamp: str | None = None) -> None:
        self.settings = settings
        self.store = store or Store(settings.db_path)
        self._actor_edits = self.store.actors.edits()
        self.ingestor = Ingestor(settings, self.store, build_registry(self.store), stamp or analysis_stamp())
        self.digests = Digests(self.store)
        self.subscriptions = Subscriptions(self.store)

    @property
    def registry(self) -> ActorRegistry:
        return self.ingestor.registry

    def close(self) -> None:
        self.store.close()

    def library(self, chat_id: int | None) -> str:
        return library_for(self.settings, chat_id)

    # Articles ------------------------------------------------------------------------------------

    def ingest(self, item: Incoming) -> IngestOutcome:
        return self.ingestor.ingest(item)

    def ingest_edit(self, item: Incoming) -> IngestOutcome:
        return self.ingestor.update_from_edit(item)

    async def ingest_url(self, url: str, template: Incoming) -> IngestOutcome:
        """Fetch and ingest a page; a URL already saved is answered without fetching it again."""
        known = await asyncio.to_thread(self.store.articles.by_link, template.library, canonical_url(url))
        if known:
            return IngestOutcome("duplicate", known, f"Already saved as #{known.no}.")
        item = await fetch_incoming(url, replace(template, link=None), self.settings.allow_private_urls)
        return await asyncio.to_thread(self.ingest, item)

    def ingest_document(self, filename: str, data: bytes, template: Incoming) -> IngestOutcome:
        return self.ingest(document_incoming(filename, data, template))

    def latest(self, library: str, n: int = 10) -> list[Article]:
        return self.store.articles.latest(library, n)

    def article(self, library: str, no: int) -> Article | None:
        return self.store.articles.get(library, no)

    def summary(self, article: Article, n: int | None = None) -> list[str]:
        """The stored summary, or a fresh one of another length."""
        if n is None or n == len(article.summary):
            return article.summary
        return summarize(article.body, n, article.headline)

    def search(self, library: str, words: str, limit: int = 10) -> list[SearchHit]:
        return self.store.articles.search(library, words, limit)

    def delete(self, library: str, no: int) -> bool:
        return self.store.articles.delete(library, no)

    def reindex(self, everything: bool = False) -> int:
        """Extract statements again: for articles analysed by older rules, or for all of them."""
        if everything:
            return sum(self.ingestor.reanalyse(article_id) for article_id in self.store.articles.all_ids())
        done = 0
        while looked_at := self.catch_up():
            done += looked_at
        return done

    def stale_count(self) -> int:
        return self.store.articles.count_stale(self.ingestor.stamp)

    def catch_up(self, batch: int = CATCH_UP_BATCH) -> int:
        """One batch of the articles analysed by older rules; how many were looked at (0: none left)."""
        ids = self.store.articles.stale_ids(self.ingestor.stamp, batch)
        for article_id in ids:
            self.ingestor.reanalyse(article_id)
        return len(ids)

    # Who said what -------------------------------------------------------------------------------

    def who(self, library: str, query: str, offset: int = 0, today: date | None = None, page: int = PAGE) -> WhoAnswer:
        return answer_who(self.store, self.registry, library, query, offset=offset, today=today, page=page)

    def who_key(self, library: str, key: str, offset: int = 0) -> WhoAnswer:
        """Page through an actor picked by key (a button), without resolving a name again."""
        actor = self.registry.get(key)
        if actor is None:
            return WhoAnswer(key)
        return statements_of(self.store, library, actor, actor.name, offset=offset)

    def resolve_actor(self, name: str, today: date | None = None) -> tuple[Actor | None, str]:
        """One actor for /watch and CLI alias/merge, or a message saying why not."""
        result = self.registry.lookup(name, on=today or datetime.now(UTC).date())
        if len(result.actors) == 1:
            return result.actors[0], ""
        if result.actors:
            names = ", ".join(a.name for a in result.actors[:5])
            return None, f"Several actors match {name!r}: {names}. Use the full name."
        if result.suggestions:
            return None, f"I don't know {name!r}. Did you mean {result.suggestions[0].name}?"
        return None, f"I don't know {name!r}. /actors lists the known ones."

    def add_alias(self, actor: Actor, alias: str) -> int:
        """Add an alias; the stored articles that use it are analysed again (how many).

        A speaker found in articles under exactly that name was this actor all along: it is merged into them."""
        found = self.registry.get(found_actor_key(alias))
        if found is not None and found.key != actor.key:
            self.merge_actors(found, actor)
            actor = self.registry.get(actor.key) or actor
        origin = "registry" if actor.roles or not actor.key.startswith("found:") else "found"
        self.store.actors.add_alias(actor.key, actor.name, actor.kind, alias, origin)
        self.ingestor.edit_registry([replace(actor, aliases=tuple(dict.fromkeys((*actor.aliases, alias))))])
        self._actor_edits = self.store.actors.edits()
        return sum(self.ingestor.reanalyse(article_id) for article_id in self.store.articles.mentioning(alias))

    def merge_actors(self, source: Actor, target: Actor) -> int:
        if source.key == target.key:
            raise ValueError(f"cannot merge {source.name} into itself")
        moved = self.store.actors.merge(
            source.key, source.name, source.kind, target.key, target.name, target.kind, "registry"
        )
        merged = replace(target, aliases=tuple(dict.fromkeys((*target.aliases, source.name, *source.aliases))))
        self.ingestor.edit_registry([merged], remove=[source.key])
        self._actor_edits = self.store.actors.edits()
        return moved

    def refresh_registry(self) -> bool:
        """Take in aliases and merges another process (`attache actors ...`) stored; True when there were any."""
        edits = self.store.actors.edits()
        if edits == self._actor_edits:
            return False
        self._actor_edits = edits
        add, remove = stored_actors(self.registry, self.store.actors.all())
        self.ingestor.edit_registry(add, remove)
        return True

    def most_quoted(self, library: str, days: int = 7) -> list[ActorCount]:
        return most_quoted(self.store, library, days)

    def actors(self, library: str) -> list[tuple[Actor, int, int]]:
        """Actors this library has statements or mentions of: (actor, statements, articles)."""
        out = []
        for key, (said, mentioned) in self.store.actors.counts(library).items():
            actor = self.registry.get(key)
            if actor is not None:
                out.append((actor, said, mentioned))
        out.sort(key=lambda t: (-t[1], -t[2], t[0].name))
        return out
