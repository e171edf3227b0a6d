"""Digest windows: what goes in, and the bookkeeping that sends each window once per chat.

A window runs from the end of the chat's previous digest (or 24 hours back) to now. It is recorded,
with its rendered parts, before anything is sent; each part delivered is counted, so a restart resumes
after the last part that went out and never opens a second window over the same articles.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta

from service.schedule import Schedule, is_missed
from store import Store
from store.articles import Article
from store.statements import StoredStatement
from store.subscriptions import DigestRecord, Subscription, Watch
from summarizer.digest import Digest, DigestArticle, DigestStatement, compose_digest

Renderer = Callable[[Digest], list[str]]
STAMP = "%Y-%m-%dT%H:%M:%S.%f"
FIRST_WINDOW = timedelta(hours=24)
BLOCKED = "blocked"  # paused because Telegram refused delivery; lifted when the chat writes again


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(STAMP)


def parse_stamp(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _article(a: Article) -> DigestArticle:
    return DigestArticle(
        number=a.no,
        headline=a.headline,
        outlet=a.outlet,
        published=parse_stamp(a.published),
        saved_at=parse_stamp(a.saved_at) or datetime.now(UTC),
        body=a.body,
        summary=tuple(a.summary),
    )


def _statement(s: StoredStatement) -> DigestStatement | None:
    if not s.actor_name or s.actor_kind not in ("person", "organization"):
        return None
    return DigestStatement(s.actor_key, s.actor_name, s.text, s.kind, s.article_no, parse_stamp(s.published), s.cue)


class Digests:
    def __init__(self, store: Store) -> None:
        self.store = store

    def window_start(self, chat_id: int, now: datetime) -> str:
        return self.store.subscriptions.last_window_end(chat_id) or stamp(now - FIRST_WINDOW)

    def compose(self, library: str, start: str | None, end: str, watched: list[str]) -> Digest:
        articles = [_article(a) for a in self.store.articles.saved_between(library, start, end)]
        statements = [s for s in map(_statement, self.store.statements.saved_between(library, start, end)) if s]
        return compose_digest(
            articles,
            statements,
            window_start=parse_stamp(start),
            window_end=parse_stamp(end) or datetime.now(UTC),
            watched=watched,
        )

    def watched_names(self, chat_id: int) -> list[str]:
        return [name for w in self.store.subscriptions.watches(chat_id) for name in (w.actor_key, w.actor_name)]

    def open_window(
        self, chat_id: int, library: str, render: Renderer, *, now: datetime, trigger: str, skip_empty: bool
    ) -> DigestRecord | None:
        """The digest to send: an unfinished one first, else a new window up to `now`.

        Returns None when the window is empty and the chat asked to skip empty digests (the window is
        still closed, so the next digest starts from here).
        """
        pending = self.store.subscriptions.pending_digest(chat_id)
        if pending is not None:
            return pending
        start = self.window_start(chat_id, now)
        end = stamp(now)
        digest = self.compose(library, start, end, self.watched_names(chat_id))
        parts = render(digest) if digest.stories or not skip_empty else []
        record = self.store.subscriptions.create_digest(chat_id, library, start, end, parts, trigger)
        if not parts:
            self.store.subscriptions.part_sent(record.id, 0, done=True)
            return None
        return record

    def part_delivered(self, record: DigestRecord, parts_sent: int) -> None:
        self.store.subscriptions.part_sent(record.id, parts_sent, done=parts_sent >= len(record.parts))


def schedule_of(sub: Subscription) -> Schedule:
    hour, minute = map(int, sub.time.split(":"))
    return Schedule(time(hour, minute), sub.tz, sub.days)


class Subscriptions:
    """Subscribing, pausing and watching: what the /subscribe family of commands changes."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, chat_id: int) -> Subscription | None:
        return self.store.subscriptions.get(chat_id)

    def subscribe(self, chat_id: int, library: str, schedule: Schedule) -> Subscription:
        return self.store.subscriptions.upsert(chat_id, library, f"{schedule.time:%H:%M}", schedule.tz, schedule.days)

    def unsubscribe(self, chat_id: int) -> bool:
        return self.store.subscriptions.delete(chat_id)

    def pause_blocked(self, chat_id: int) -> None:
        self.store.subscriptions.set_active(chat_id, False, BLOCKED)

    def resume_if_blocked(self, chat_id: int) -> Subscription | None:
        """The subscription to schedule again, if it was paused because the bot was blocked."""
        sub = self.store.subscriptions.get(chat_id)
        if sub is None or sub.active or sub.paused_reason != BLOCKED:
            return None
        self.store.subscriptions.set_active(chat_id, True, None)
        return self.store.subscriptions.get(chat_id)

    def start_up(self, now: datetime) -> list[tuple[Subscription, bool]]:
        """Active subscriptions, each with whether a digest is owed now (interrupted, or missed while down)."""
        out = []
        for sub in self.store.subscriptions.active():
            pending = self.store.subscriptions.pending_digest(sub.chat_id) is not None
            baseline = parse_stamp(self.store.subscriptions.last_window_end(sub.chat_id) or sub.since)
            missed = baseline is not None and is_missed(schedule_of(sub), baseline, now)
            out.append((sub, pending or missed))
        return out

    def watch(self, chat_id: int, key: str, name: str) -> None:
        self.store.subscriptions.watch(chat_id, key, name)

    def unwatch(self, chat_id: int, key: str) -> bool:
        return self.store.subscriptions.unwatch(chat_id, key)

    def watches(self, chat_id: int) -> list[Watch]:
        return self.store.subscriptions.watches(chat_id)
