"""Opening the database: WAL, durable commits, foreign keys, migrations."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from store.migrations import MIGRATIONS


def utcnow() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database at `path` (":memory:" for tests)."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
    db = sqlite_utils.Database(conn)
    if str(path) != ":memory:":
        db.enable_wal()
    # FULL: an article the bot acknowledged survives a crash or power cut right after the reply.
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=30000")
    migrate(db)
    return db


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database) -> int:
    version = schema_version(db)
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.atomic():
            migration(db)
            db.execute(f"PRAGMA user_version = {number}")
    return schema_version(db)


class Database:
    """The connection plus a lock: the bot calls the store from worker threads."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self.db = connect(path)
        self._lock = threading.RLock()

    @contextmanager
    def read(self) -> Iterator[sqlite_utils.Database]:
        with self._lock:
            yield self.db

    @contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        with self._lock, self.db.atomic():
            yield self.db

    def close(self) -> None:
        with self._lock:
            self.db.close()
