"""Ingest one article: analyse it, refuse what is not an article, store it once with its statements."""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

import sqlite_utils

from config.settings import Settings
from store import Store
from store.articles import Article, NewArticle
from store.statements import NewStatement
from summarizer.actors import Actor, ActorRegistry
from summarizer.pipeline import AnalysedArticle, analyse
from summarizer.sentences import words
from summarizer.statements import Statement

MIN_WORDS = 12

log = logging.getLogger("attache.ingest")


@dataclass(frozen=True)
class Incoming:
    """What a face (Telegram, CLI, link fetch) hands over: raw text plus provenance."""

    text: str
    library: str
    source: str | None = None  # file name or link, shown in exports
    link: str | None = None  # the original: a t.me post or the fetched page
    outlet: str | None = None  # channel title or site name, when the text names none
    author: str | None = None
    published: datetime | None = None  # provenance date (forward origin, page metadata)
    headline: str | None = None  # a document caption or a page title
    links: tuple[str, ...] = ()
    chat_id: int | None = None
    message_id: int | None = None


@dataclass(frozen=True)
class IngestOutcome:
    status: Literal["saved", "updated", "duplicate", "rejected"]
    article: Article | None = None
    message: str = ""
    speakers: tuple[tuple[str, int], ...] = field(default_factory=tuple)


def _as_incoming(article: Article) -> Incoming:
    """A stored article as it came in: the date it was forwarded with dates an undated text again."""
    published = datetime.fromisoformat(article.published) if article.published else None
    return Incoming(text=f"{article.headline}\n\n{article.body}", library=article.library, published=published)


def iso_utc(when: datetime | None) -> str | None:
    """Sortable UTC text; naive datetimes are taken as UTC."""
    if when is None:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return when.strftime("%Y-%m-%dT%H:%M:%S")


_PARTICLES = frozenset(
    {"de", "da", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "di", "du", "dos"}
)


def looks_like_name(name: str) -> bool:
    """A person's name ("Magdalena Andersson", "Ursula von der Leyen"), not a role ("the NATO chief")."""
    words = name.split()
    if not 2 <= len(words) <= 5 or words[0].casefold() in ("the", "a", "an"):
        return False
    return all(w[:1].isupper() or w.casefold() in _PARTICLES for w in words) and words[-1][:1].isupper()


def _new_actor(s: Statement) -> bool:
    """A named person or institution the registry does not know yet ('Gigi Chao', 'CDC'): an actor of its own."""
    if s.actor_key is not None or not s.actor_name:
        return False
    return s.actor_kind == "organization" or (s.actor_kind == "person" and looks_like_name(s.actor_name))


def found_actor_key(name: str) -> str:
    return "found:" + re.sub(r"[^\w]+", "-", name.casefold()).strip("-")


def speaker_counts(analysed: AnalysedArticle) -> tuple[tuple[str, int], ...]:
    counts = Counter(
        s.actor_name for s in analysed.statements if s.actor_name and s.actor_kind in ("person", "organization")
    )
    return tuple(counts.most_common())


class Ingestor:
    def __init__(self, settings: Settings, store: Store, registry: ActorRegistry, stamp: str) -> None:
        self.settings = settings
        self.store = store
        self.registry = registry
        self.stamp = stamp  # which rules made the statements saved from now on
        self._registry_lock = threading.Lock()

    def _check_size(self, text: str) -> str | None:
        if len(text) > self.settings.max_text_chars:
            return (
                f"That text is {len(text):,} characters; the limit is {self.settings.max_text_chars:,}. "
                "Send the article itself, without appendices."
            )
        return None

    def _analyse(self, item: Incoming) -> AnalysedArticle:
        with self._registry_lock:
            return analyse(
                item.text,
                self.registry,
                sentences=self.settings.summary_sentences,
                headline=item.headline,
                fallback_date=item.published,
            )

    @staticmethod
    def _too_short(analysed: AnalysedArticle) -> str | None:
        n = len(words(analysed.body))
        if n < MIN_WORDS:
            return (
                f"That is too short to be an article ({n} words). "
                "Forward or paste the full text, send a link, or a .txt/.html/.pdf/.docx file."
            )
        return None

    def _new_article(self, item: Incoming, analysed: AnalysedArticle) -> NewArticle:
        parsed = analysed.parsed
        return NewArticle(
            library=item.library,
            fingerprint=analysed.fingerprint,
            headline=parsed.headline or item.headline or "(untitled)",
            body=parsed.body,
            summary=analysed.summary,
            published=iso_utc(parsed.published or item.published),
            outlet=parsed.outlet or item.outlet,
            author=item.author,
            source=item.source or item.link,
            link=item.link,
            links=list(dict.fromkeys(item.links)),
            origin_chat_id=item.chat_id,
            origin_message_id=item.message_id,
        )

    def ingest(self, item: Incoming) -> IngestOutcome:
        if reason := self._check_size(item.text):
            return IngestOutcome("rejected", message=reason)
        analysed = self._analyse(item)
        if reason := self._too_short(analysed):
            return IngestOutcome("rejected", message=reason)
        duplicate = self.store.articles.find_duplicate(item.library, analysed.fingerprint, item.link)
        if duplicate:
            return IngestOutcome("duplicate", duplicate, f"Already saved as #{duplicate.no}.")
        new = self._new_article(item, analysed)
        with self.store.write() as db:
            article = self.store.articles.insert(db, new, self.stamp)
            self._save_statements(db, article, analysed)
        self._register_found(analysed)
        return IngestOutcome("saved", article, speakers=speaker_counts(analysed))

    def update_from_edit(self, item: Incoming) -> IngestOutcome:
        """An edited message re-analyses the article it created (or becomes one if it created none)."""
        assert item.chat_id is not None and item.message_id is not None
        existing = self.store.articles.by_message(item.library, item.chat_id, item.message_id)
        if existing is None:
            return self.ingest(item)
        if reason := self._check_size(item.text):
            return IngestOutcome("rejected", existing, reason)
        analysed = self._analyse(item)
        if reason := self._too_short(analysed):
            return IngestOutcome("rejected", existing, reason)
        duplicate = self.store.articles.find_duplicate(item.library, analysed.fingerprint)
        if duplicate and duplicate.id != existing.id:
            return IngestOutcome("duplicate", duplicate, f"The edited text is already saved as #{duplicate.no}.")
        with self.store.write() as db:
            article = self.store.articles.update(db, existing.id, self._new_article(item, analysed), self.stamp)
            self._save_statements(db, article, analysed)
        self._register_found(analysed)
        return IngestOutcome("updated", article, speakers=speaker_counts(analysed))

    def reanalyse(self, article_id: int) -> bool:
        """Extract a stored article's statements and mentions again with the running rules and registry.

        False when there was nothing to do: the article was deleted or edited meanwhile, or cannot be analysed.
        """
        with self.store.database.read() as db:
            article = self.store.articles.find_by_id(db, article_id)
        if article is None:
            return False
        try:
            analysed = self._analyse(_as_incoming(article))
        except Exception:  # one article the rules choke on must not stop the others from catching up
            log.exception("article %d could not be analysed again; it keeps its statements", article_id)
            with self.store.write() as db:
                self.store.articles.mark_analysed(db, article_id, self.stamp)
            return False
        with self.store.write() as db:
            now = self.store.articles.find_by_id(db, article_id)
            if now is None or (now.headline, now.body) != (article.headline, article.body):
                return False  # what is stored now was analysed when it was saved
            self._save_statements(db, article, analysed)
            self.store.articles.mark_analysed(db, article_id, self.stamp)
        self._register_found(analysed)
        return True

    def _save_statements(self, db: sqlite_utils.Database, article: Article, analysed: AnalysedArticle) -> None:
        rows: list[NewStatement] = []
        for s in analysed.statements:
            key = s.actor_key
            if _new_actor(s):
                key = found_actor_key(s.actor_name or "")
                self.store.actors.ensure(db, key, s.actor_name or "", s.actor_kind)
            rows.append(NewStatement(key, s.actor_name, s.actor_kind, s.speaker, s.cue, s.text, s.kind, s.start))
        # A finding keeps a registry actor ('Iran expects ...') but makes no new one ('a Gallup poll').
        rows += [
            NewStatement(s.actor_key, s.actor_name, s.actor_kind, s.speaker, s.cue, s.text, s.kind, s.start, finding=True)
            for s in analysed.findings
        ]
        rows.sort(key=lambda r: r.position)
        published = article.published or article.saved_at[:19]
        self.store.statements.replace_for_article(
            db, article.id, article.library, published, rows, set(analysed.mentioned)
        )

    def edit_registry(self, add: Iterable[Actor], remove: Iterable[str] = ()) -> None:
        """Operator edits (aliases, merges) reach the registry between two analyses, never during one."""
        with self._registry_lock:
            self.registry.edit(add, remove)

    def _register_found(self, analysed: AnalysedArticle) -> None:
        for s in analysed.statements:
            if _new_actor(s) and s.actor_name:
                key = found_actor_key(s.actor_name)
                with self._registry_lock:
                    if self.registry.get(key) is None:
                        self.registry.add(
                            Actor(key=key, name=s.actor_name, kind=s.actor_kind, gender=None, aliases=(), roles=())
                        )
