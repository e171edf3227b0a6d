"""A database as an older release left it: the first migrations only, and the shared library's #1 taken."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from store.migrations import MIGRATIONS


def old_database(path: Path, version: int) -> sqlite_utils.Database:
    db = sqlite_utils.Database(sqlite3.connect(path))
    for step in MIGRATIONS[:version]:
        step(db)
    db.execute(f"PRAGMA user_version = {version}")
    db.execute("INSERT INTO libraries (id, next_no, created_at) VALUES ('shared', 2, '2022-01-01T00:00:00')")
    return db


def close(db: sqlite_utils.Database) -> None:
    db.conn.commit()
    db.conn.close()
