"""Versioned schema. Each entry upgrades the database by one version (PRAGMA user_version).

Never edit a released migration: append a new one.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]


def _articles(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE libraries (
            id TEXT PRIMARY KEY,
            next_no INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            library TEXT NOT NULL REFERENCES libraries(id),
            no INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            headline TEXT NOT NULL,
            body TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '[]',
            published TEXT,
            outlet TEXT,
            author TEXT,
            source TEXT,
            link TEXT,
            links TEXT NOT NULL DEFAULT '[]',
            origin_chat_id INTEGER,
            origin_message_id INTEGER,
            saved_at TEXT NOT NULL,
            updated_at TEXT,
            UNIQUE (library, no),
            UNIQUE (library, fingerprint)
        )"""
    )
    db.execute("CREATE INDEX articles_by_message ON articles (library, origin_chat_id, origin_message_id)")
    db.execute("CREATE INDEX articles_by_link ON articles (library, link)")
    db.execute("CREATE INDEX articles_by_saved ON articles (library, saved_at)")
    db["articles"].enable_fts(["headline", "body"], fts_version="FTS5", create_triggers=True, tokenize="porter")


def _statements(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE actors (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'person',
            gender TEXT,
            origin TEXT NOT NULL DEFAULT 'found',
            merged_into TEXT REFERENCES actors(key),
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE actor_aliases (
            alias TEXT NOT NULL,
            actor_key TEXT NOT NULL REFERENCES actors(key) ON DELETE CASCADE,
            PRIMARY KEY (alias, actor_key)
        )"""
    )
    db.execute(
        """CREATE TABLE statements (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            library TEXT NOT NULL,
            actor_key TEXT,
            actor_name TEXT,
            actor_kind TEXT NOT NULL DEFAULT 'unknown',
            speaker TEXT NOT NULL,
            cue TEXT NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            position INTEGER NOT NULL,
            published TEXT NOT NULL,
            saved_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX statements_by_actor ON statements (library, actor_key, published, saved_at)")
    db.execute("CREATE INDEX statements_by_article ON statements (article_id)")
    db.execute("CREATE INDEX statements_by_time ON statements (library, saved_at)")
    db.execute(
        """CREATE TABLE mentions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            library TEXT NOT NULL,
            actor_key TEXT NOT NULL,
            PRIMARY KEY (article_id, actor_key)
        )"""
    )
    db.execute("CREATE INDEX mentions_by_actor ON mentions (library, actor_key)")
    db.execute("ALTER TABLE articles ADD COLUMN analysed INTEGER NOT NULL DEFAULT 0")


def _digests(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE subscriptions (
            chat_id INTEGER PRIMARY KEY,
            library TEXT NOT NULL,
            time TEXT NOT NULL,
            tz TEXT NOT NULL,
            days TEXT NOT NULL DEFAULT 'daily',
            active INTEGER NOT NULL DEFAULT 1,
            paused_reason TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE digests (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            library TEXT NOT NULL,
            window_start TEXT,
            window_end TEXT NOT NULL,
            parts TEXT NOT NULL,
            parts_sent INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'pending',
            trigger TEXT NOT NULL DEFAULT 'schedule',
            created_at TEXT NOT NULL,
            sent_at TEXT
        )"""
    )
    db.execute("CREATE INDEX digests_by_chat ON digests (chat_id, status, window_end)")
    db.execute(
        """CREATE TABLE watches (
            chat_id INTEGER NOT NULL,
            actor_key TEXT NOT NULL,
            actor_name TEXT NOT NULL,
            PRIMARY KEY (chat_id, actor_key)
        )"""
    )


def _findings(db: sqlite_utils.Database) -> None:
    # Beliefs and findings ('polls show') are stored marked; everything that counts what an actor said skips them.
    db.execute("ALTER TABLE statements ADD COLUMN finding INTEGER NOT NULL DEFAULT 0")
    db.execute("DROP INDEX statements_by_actor")
    db.execute(
        "CREATE INDEX statements_by_actor ON statements (library, actor_key, published, saved_at) WHERE finding = 0"
    )


def _analysis_stamps(db: sqlite_utils.Database) -> None:
    # Which rules extracted an article's statements; an article stamped otherwise is analysed again at start-up.
    db.execute("ALTER TABLE articles ADD COLUMN analysed_with TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE articles DROP COLUMN analysed")


MIGRATIONS: list[Migration] = [_articles, _statements, _digests, _findings, _analysis_stamps]
