"""Digest subscriptions, the digests sent (each window once per chat), and watched actors."""

from __future__ import annotations

import json
from dataclasses import dataclass

from store.db import Database, utcnow


@dataclass(frozen=True)
class Subscription:
    chat_id: int
    library: str
    time: str  # HH:MM local
    tz: str
    days: str  # daily | weekdays
    active: bool
    paused_reason: str | None
    since: str  # when the schedule was last set: the baseline for a chat that has had no digest yet


@dataclass(frozen=True)
class DigestRecord:
    id: int
    chat_id: int
    window_start: str | None
    window_end: str
    parts: list[str]
    parts_sent: int
    status: str


@dataclass(frozen=True)
class Watch:
    actor_key: str
    actor_name: str


class Subscriptions:
    def __init__(self, database: Database) -> None:
        self._db = database

    def upsert(self, chat_id: int, library: str, time: str, tz: str, days: str) -> Subscription:
        now = utcnow()
        with self._db.write() as db:
            db.execute(
                """INSERT INTO subscriptions (chat_id, library, time, tz, days, active, paused_reason, created_at,
                       updated_at) VALUES (?, ?, ?, ?, ?, 1, NULL, ?, ?)
                   ON CONFLICT(chat_id) DO UPDATE SET library = excluded.library, time = excluded.time,
                       tz = excluded.tz, days = excluded.days, active = 1, paused_reason = NULL,
                       updated_at = excluded.updated_at""",
                [chat_id, library, time, tz, days, now, now],
            )
        sub = self.get(chat_id)
        assert sub is not None
        return sub

    def get(self, chat_id: int) -> Subscription | None:
        with self._db.read() as db:
            row = db.execute(
                "SELECT chat_id, library, time, tz, days, active, paused_reason, updated_at FROM subscriptions WHERE chat_id = ?",
                [chat_id],
            ).fetchone()
        return Subscription(*row[:5], bool(row[5]), row[6], row[7]) if row else None

    def active(self) -> list[Subscription]:
        with self._db.read() as db:
            rows = db.execute(
                "SELECT chat_id, library, time, tz, days, active, paused_reason, updated_at FROM subscriptions WHERE active = 1"
            ).fetchall()
        return [Subscription(*r[:5], bool(r[5]), r[6], r[7]) for r in rows]

    def delete(self, chat_id: int) -> bool:
        with self._db.write() as db:
            return db.execute("DELETE FROM subscriptions WHERE chat_id = ?", [chat_id]).rowcount > 0

    def set_active(self, chat_id: int, active: bool, reason: str | None = None) -> bool:
        with self._db.write() as db:
            cursor = db.execute(
                "UPDATE subscriptions SET active = ?, paused_reason = ?, updated_at = ? WHERE chat_id = ?",
                [int(active), reason, utcnow(), chat_id],
            )
        return cursor.rowcount > 0

    # Digests -----------------------------------------------------------------------------------

    def last_window_end(self, chat_id: int) -> str | None:
        with self._db.read() as db:
            row = db.execute("SELECT max(window_end) FROM digests WHERE chat_id = ?", [chat_id]).fetchone()
        return row[0] if row else None

    def pending_digest(self, chat_id: int) -> DigestRecord | None:
        with self._db.read() as db:
            row = db.execute(
                """SELECT id, chat_id, window_start, window_end, parts, parts_sent, status FROM digests
                   WHERE chat_id = ? AND status = 'pending' ORDER BY id LIMIT 1""",
                [chat_id],
            ).fetchone()
        return _digest(row) if row else None

    def create_digest(
        self, chat_id: int, library: str, window_start: str | None, window_end: str, parts: list[str], trigger: str
    ) -> DigestRecord:
        """Record the window as taken before anything is sent, so a crash cannot send it twice."""
        with self._db.write() as db:
            cursor = db.execute(
                """INSERT INTO digests (chat_id, library, window_start, window_end, parts, status, trigger, created_at)
                   VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)""",
                [chat_id, library, window_start, window_end, json.dumps(parts, ensure_ascii=False), trigger, utcnow()],
            )
            row = db.execute(
                "SELECT id, chat_id, window_start, window_end, parts, parts_sent, status FROM digests WHERE id = ?",
                [cursor.lastrowid],
            ).fetchone()
        return _digest(row)

    def part_sent(self, digest_id: int, parts_sent: int, done: bool) -> None:
        with self._db.write() as db:
            db.execute(
                "UPDATE digests SET parts_sent = ?, status = ?, sent_at = CASE WHEN ? THEN ? ELSE sent_at END"
                " WHERE id = ?",
                [parts_sent, "sent" if done else "pending", int(done), utcnow(), digest_id],
            )

    # Watched actors -------------------------------------------------------------------------------

    def watch(self, chat_id: int, actor_key: str, actor_name: str) -> None:
        with self._db.write() as db:
            db.execute(
                """INSERT INTO watches (chat_id, actor_key, actor_name) VALUES (?, ?, ?)
                   ON CONFLICT DO UPDATE SET actor_name = excluded.actor_name""",
                [chat_id, actor_key, actor_name],
            )

    def unwatch(self, chat_id: int, actor_key: str) -> bool:
        with self._db.write() as db:
            return (
                db.execute("DELETE FROM watches WHERE chat_id = ? AND actor_key = ?", [chat_id, actor_key]).rowcount > 0
            )

    def watches(self, chat_id: int) -> list[Watch]:
        with self._db.read() as db:
            rows = db.execute(
                "SELECT actor_key, actor_name FROM watches WHERE chat_id = ? ORDER BY actor_name", [chat_id]
            ).fetchall()
        return [Watch(*r) for r in rows]


def _digest(row: tuple) -> DigestRecord:
    return DigestRecord(row[0], row[1], row[2], row[3], json.loads(row[4]), row[5], row[6])
