"""Statements (who said what), actor mentions, and actors found in articles or added by operators."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from store.db import Database, utcnow


@dataclass(frozen=True)
class NewStatement:
    actor_key: str | None
    actor_name: str | None
    actor_kind: str
    speaker: str
    cue: str
    text: str
    kind: str
    position: int
    finding: bool = False  # a belief or finding ('polls show'): stored and exported, never counted as said


@dataclass(frozen=True)
class StoredStatement:
    id: int
    article_no: int
    headline: str
    outlet: str | None
    link: str | None
    actor_key: str | None
    actor_name: str | None
    actor_kind: str
    speaker: str
    cue: str
    text: str
    kind: str
    position: int
    published: str
    saved_at: str
    finding: bool = False


@dataclass(frozen=True)
class ActorRow:
    key: str
    name: str
    kind: str
    gender: str | None
    origin: str
    merged_into: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class ActorCount:
    key: str
    name: str
    statements: int
    articles: int


_SELECT = """SELECT s.id, a.no, a.headline, a.outlet, a.link, s.actor_key, s.actor_name, s.actor_kind, s.speaker,
                    s.cue, s.text, s.kind, s.position, s.published, s.saved_at, s.finding
             FROM statements s JOIN articles a ON a.id = s.article_id"""


def _stored(row: Sequence[Any]) -> StoredStatement:
    return StoredStatement(*row[:-1], finding=bool(row[-1]))


class Statements:
    def __init__(self, database: Database) -> None:
        self._db = database

    @staticmethod
    def replace_for_article(
        db: sqlite_utils.Database,
        article_id: int,
        library: str,
        published: str,
        statements: list[NewStatement],
        mentioned: set[str],
    ) -> None:
        """Inside the caller's write transaction: the article and its statements commit together."""
        db.execute("DELETE FROM statements WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
        now = utcnow()
        db.conn.executemany(
            """INSERT INTO statements (article_id, library, actor_key, actor_name, actor_kind, speaker, cue, text,
                   kind, position, published, saved_at, finding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    article_id,
                    library,
                    s.actor_key,
                    s.actor_name,
                    s.actor_kind,
                    s.speaker,
                    s.cue,
                    s.text,
                    s.kind,
                    s.position,
                    published,
                    now,
                    int(s.finding),
                )
                for s in statements
            ],
        )
        db.conn.executemany(
            "INSERT INTO mentions (article_id, library, actor_key) VALUES (?, ?, ?)",
            [(article_id, library, key) for key in sorted(mentioned)],
        )

    def by_actor(self, library: str, keys: list[str], limit: int, offset: int = 0) -> list[StoredStatement]:
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        with self._db.read() as db:
            rows = db.execute(
                f"""{_SELECT} WHERE s.library = ? AND s.actor_key IN ({marks}) AND s.finding = 0
                    ORDER BY s.published DESC, s.saved_at DESC, s.position LIMIT ? OFFSET ?""",
                [library, *keys, limit, offset],
            ).fetchall()
        return [_stored(r) for r in rows]

    def count_by_actor(self, library: str, keys: list[str]) -> int:
        if not keys:
            return 0
        marks = ",".join("?" * len(keys))
        with self._db.read() as db:
            row = db.execute(
                f"SELECT count(*) FROM statements WHERE library = ? AND actor_key IN ({marks}) AND finding = 0",
                [library, *keys],
            ).fetchone()
        return int(row[0])

    def for_article(self, article_id: int) -> list[StoredStatement]:
        """What people said in an article, and its beliefs and findings (marked), in article order."""
        with self._db.read() as db:
            rows = db.execute(f"{_SELECT} WHERE s.article_id = ? ORDER BY s.position", [article_id]).fetchall()
        return [_stored(r) for r in rows]

    def saved_between(self, library: str, start: str | None, end: str) -> list[StoredStatement]:
        with self._db.read() as db:
            rows = db.execute(
                f"""{_SELECT} WHERE s.library = ? AND a.saved_at > ? AND a.saved_at <= ? AND s.finding = 0
                    ORDER BY a.no, s.position""",
                [library, start or "", end],
            ).fetchall()
        return [_stored(r) for r in rows]

    def top_actors(self, library: str, since: str | None, limit: int, people_only: bool = True) -> list[ActorCount]:
        kind = "AND s.actor_kind = 'person'" if people_only else ""
        with self._db.read() as db:
            rows = db.execute(
                f"""SELECT s.actor_key, max(s.actor_name), count(*), count(DISTINCT s.article_id)
                    FROM statements s WHERE s.library = ? AND s.actor_key IS NOT NULL AND s.finding = 0
                        AND s.saved_at > ? {kind}
                    GROUP BY s.actor_key ORDER BY count(*) DESC, max(s.published) DESC LIMIT ?""",
                [library, since or "", limit],
            ).fetchall()
        return [ActorCount(*r) for r in rows]

    def articles_mentioning(self, library: str, keys: list[str], limit: int = 10) -> list[tuple[int, str, str | None]]:
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        with self._db.read() as db:
            rows = db.execute(
                f"""SELECT DISTINCT a.no, a.headline, coalesce(a.published, a.saved_at) AS d
                    FROM mentions m JOIN articles a ON a.id = m.article_id
                    WHERE m.library = ? AND m.actor_key IN ({marks}) ORDER BY d DESC LIMIT ?""",
                [library, *keys, limit],
            ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]


class Actors:
    """Actors beyond the registry file: speakers found in articles, operator aliases and merges."""

    def __init__(self, database: Database) -> None:
        self._db = database

    @staticmethod
    def ensure(db: sqlite_utils.Database, key: str, name: str, kind: str, origin: str = "found") -> None:
        db.execute(
            """INSERT INTO actors (key, name, kind, origin, created_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT(key) DO NOTHING""",
            [key, name, kind, origin, utcnow()],
        )

    def add_alias(self, key: str, name: str, kind: str, alias: str, origin: str) -> None:
        with self._db.write() as db:
            self.ensure(db, key, name, kind, origin)
            db.execute(
                "INSERT INTO actor_aliases (alias, actor_key) VALUES (?, ?) ON CONFLICT DO NOTHING", [alias, key]
            )

    def merge(
        self,
        source_key: str,
        source_name: str,
        source_kind: str,
        target_key: str,
        target_name: str,
        target_kind: str,
        target_origin: str,
    ) -> int:
        """Fold one actor into another: its statements and mentions move, its name becomes an alias."""
        with self._db.write() as db:
            self.ensure(db, target_key, target_name, target_kind, target_origin)
            self.ensure(db, source_key, source_name, source_kind, "found")
            db.execute("UPDATE actors SET merged_into = ? WHERE key = ?", [target_key, source_key])
            db.execute(
                "INSERT INTO actor_aliases (alias, actor_key) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [source_name, target_key],
            )
            moved = db.execute(
                "UPDATE statements SET actor_key = ?, actor_name = ? WHERE actor_key = ?",
                [target_key, target_name, source_key],
            ).rowcount
            db.execute("UPDATE OR IGNORE mentions SET actor_key = ? WHERE actor_key = ?", [target_key, source_key])
            db.execute("DELETE FROM mentions WHERE actor_key = ?", [source_key])
        return moved

    def edits(self) -> tuple[int, int]:
        """(aliases, merged actors): it changes whenever an operator adds an alias or merges two actors."""
        with self._db.read() as db:
            aliases = db.execute("SELECT count(*) FROM actor_aliases").fetchone()[0]
            merged = db.execute("SELECT count(*) FROM actors WHERE merged_into IS NOT NULL").fetchone()[0]
        return int(aliases), int(merged)

    def all(self) -> list[ActorRow]:
        with self._db.read() as db:
            rows = db.execute(
                "SELECT key, name, kind, gender, origin, merged_into FROM actors ORDER BY name"
            ).fetchall()
            aliases: dict[str, list[str]] = {}
            for alias, key in db.execute("SELECT alias, actor_key FROM actor_aliases ORDER BY alias").fetchall():
                aliases.setdefault(key, []).append(alias)
        return [ActorRow(*r, aliases=tuple(aliases.get(r[0], ()))) for r in rows]

    def counts(self, library: str) -> dict[str, tuple[int, int]]:
        """actor key -> (statements, articles that mention or quote the actor) in a library."""
        with self._db.read() as db:
            said = dict(
                db.execute(
                    "SELECT actor_key, count(*) FROM statements WHERE library = ? AND actor_key IS NOT NULL"
                    " AND finding = 0 GROUP BY actor_key",
                    [library],
                ).fetchall()
            )
            # An article counts for an actor when it mentions them or quotes them (speakers outside the registry
            # get their actor when they are stored, after mentions are found).
            mentioned = dict(
                db.execute(
                    """SELECT actor_key, count(*) FROM (
                           SELECT article_id, actor_key FROM mentions WHERE library = ?
                           UNION
                           SELECT article_id, actor_key FROM statements
                           WHERE library = ? AND actor_key IS NOT NULL AND finding = 0
                       ) GROUP BY actor_key""",
                    [library, library],
                ).fetchall()
            )
        return {k: (said.get(k, 0), mentioned.get(k, 0)) for k in set(said) | set(mentioned)}
