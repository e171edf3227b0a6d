"""Persistence: the only package that speaks SQL."""

from __future__ import annotations

from pathlib import Path

from store.articles import Articles
from store.db import Database
from store.statements import Actors, Statements
from store.subscriptions import Subscriptions


class Store:
    """One database and its repositories."""

    def __init__(self, path: Path | str) -> None:
        self.database = Database(path)
        self.articles = Articles(self.database)
        self.statements = Statements(self.database)
        self.actors = Actors(self.database)
        self.subscriptions = Subscriptions(self.database)

    def write(self):
        return self.database.write()

    def close(self) -> None:
        self.database.close()
