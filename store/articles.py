"""Articles: insert once per library, numbered per library, searchable with FTS5."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from store.db import Database, utcnow


@dataclass(frozen=True)
class NewArticle:
    library: str
    fingerprint: str
    headline: str
    body: str
    summary: list[str]
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    source: str | None = None
    link: str | None = None
    links: list[str] = field(default_factory=list)
    origin_chat_id: int | None = None
    origin_message_id: int | None = None


@dataclass(frozen=True)
class Article:
    id: int
    library: str
    no: int
    headline: str
    body: str
    summary: list[str]
    published: str | None
    outlet: str | None
    author: str | None
    source: str | None
    link: str | None
    links: list[str]
    saved_at: str
    updated_at: str | None


@dataclass(frozen=True)
class SearchHit:
    article: Article
    snippet: str


_COLUMNS = (
    "id, library, no, headline, body, summary, published, outlet, author, source, link, links, saved_at, updated_at"
)


_JSON_COLUMNS = (5, 11)  # summary, links


def _row(row: tuple[Any, ...]) -> Article:
    """A row selected with _COLUMNS, whose order is Article's field order."""
    values = list(row)
    for i in _JSON_COLUMNS:
        values[i] = json.loads(values[i])
    return Article(*values)


def _prefix(term: str) -> str:
    """The last word may be unfinished. The index holds Porter stems, which can be shorter than what
    was typed ("negotiat" for "negotiations", stem "negoti"), so shorter prefixes are tried too."""
    shortest = max(4, len(term) - 3)
    variants = [f'"{term}"'] + [f'"{term[:n]}"*' for n in range(len(term), shortest - 1, -1)]
    return "(" + " OR ".join(dict.fromkeys(variants)) + ")"


def _content(article: NewArticle) -> list[Any]:
    """The analysed fields, in the column order insert and update share."""
    summary = json.dumps(article.summary, ensure_ascii=False)
    return [
        article.fingerprint,
        article.headline,
        article.body,
        summary,
        article.published,
        article.outlet,
        article.author,
    ]


def fts_query(words: str) -> str:
    """User words to a safe FTS5 query: every term must appear, the last one as a prefix."""
    terms = re.findall(r"\w+", words, flags=re.UNICODE)
    if not terms:
        return ""
    return " AND ".join([*(f'"{t}"' for t in terms[:-1]), _prefix(terms[-1])])


class Articles:
    def __init__(self, database: Database) -> None:
        self._db = database

    def _next_no(self, db: sqlite_utils.Database, library: str) -> int:
        db.execute(
            "INSERT INTO libraries (id, next_no, created_at) VALUES (?, 1, ?) ON CONFLICT(id) DO NOTHING",
            [library, utcnow()],
        )
        no = db.execute("SELECT next_no FROM libraries WHERE id = ?", [library]).fetchone()[0]
        db.execute("UPDATE libraries SET next_no = ? WHERE id = ?", [no + 1, library])
        return int(no)

    def by_link(self, library: str, link: str) -> Article | None:
        with self._db.read() as db:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM articles WHERE library = ? AND link = ? ORDER BY no LIMIT 1", [library, link]
            ).fetchone()
        return _row(row) if row else None

    def find_duplicate(self, library: str, fingerprint: str, link: str | None = None) -> Article | None:
        with self._db.read() as db:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM articles WHERE library = ? AND (fingerprint = ? OR (? IS NOT NULL AND link = ?))"
                " ORDER BY no LIMIT 1",
                [library, fingerprint, link, link],
            ).fetchone()
        return _row(row) if row else None

    def insert(self, db: sqlite_utils.Database, article: NewArticle, analysed_with: str) -> Article:
        """Insert inside the caller's write transaction (statements go in the same one)."""
        no = self._next_no(db, article.library)
        now = utcnow()
        cursor = db.execute(
            """INSERT INTO articles (library, no, fingerprint, headline, body, summary, published, outlet, author,
                   source, link, links, origin_chat_id, origin_message_id, saved_at, analysed_with)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                article.library,
                no,
                *_content(article),
                article.source,
                article.link,
                json.dumps(article.links, ensure_ascii=False),
                article.origin_chat_id,
                article.origin_message_id,
                now,
                analysed_with,
            ],
        )
        return self.get_by_id(db, int(cursor.lastrowid or 0))

    def update(self, db: sqlite_utils.Database, article_id: int, article: NewArticle, analysed_with: str) -> Article:
        db.execute(
            """UPDATE articles SET fingerprint = ?, headline = ?, body = ?, summary = ?, published = ?, outlet = ?,
                   author = ?, links = ?, updated_at = ?, analysed_with = ? WHERE id = ?""",
            [
                *_content(article),
                json.dumps(article.links, ensure_ascii=False),
                utcnow(),
                analysed_with,
                article_id,
            ],
        )
        return self.get_by_id(db, article_id)

    @staticmethod
    def find_by_id(db: sqlite_utils.Database, article_id: int) -> Article | None:
        row = db.execute(f"SELECT {_COLUMNS} FROM articles WHERE id = ?", [article_id]).fetchone()
        return _row(row) if row else None

    @classmethod
    def get_by_id(cls, db: sqlite_utils.Database, article_id: int) -> Article:
        article = cls.find_by_id(db, article_id)
        if article is None:
            raise KeyError(article_id)
        return article

    def get(self, library: str, no: int) -> Article | None:
        with self._db.read() as db:
            row = db.execute(f"SELECT {_COLUMNS} FROM articles WHERE library = ? AND no = ?", [library, no]).fetchone()
        return _row(row) if row else None

    def by_message(self, library: str, chat_id: int, message_id: int) -> Article | None:
        with self._db.read() as db:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM articles WHERE library = ? AND origin_chat_id = ? AND origin_message_id = ?",
                [library, chat_id, message_id],
            ).fetchone()
        return _row(row) if row else None

    def latest(self, library: str, limit: int = 10) -> list[Article]:
        with self._db.read() as db:
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM articles WHERE library = ? ORDER BY no DESC LIMIT ?", [library, limit]
            ).fetchall()
        return [_row(r) for r in rows]

    def saved_between(self, library: str, start: str | None, end: str) -> list[Article]:
        with self._db.read() as db:
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM articles WHERE library = ? AND saved_at > ? AND saved_at <= ? ORDER BY no",
                [library, start or "", end],
            ).fetchall()
        return [_row(r) for r in rows]

    def iter_library(self, library: str) -> Iterator[Article]:
        with self._db.read() as db:
            rows = db.execute(f"SELECT {_COLUMNS} FROM articles WHERE library = ? ORDER BY no", [library]).fetchall()
        for r in rows:
            yield _row(r)

    def stale_ids(self, analysed_with: str, limit: int = -1) -> list[int]:
        """Articles whose statements were extracted by other rules (or none), oldest first."""
        with self._db.read() as db:
            rows = db.execute(
                "SELECT id FROM articles WHERE analysed_with != ? ORDER BY id LIMIT ?", [analysed_with, limit]
            ).fetchall()
        return [r[0] for r in rows]

    def count_stale(self, analysed_with: str) -> int:
        with self._db.read() as db:
            return int(db.execute("SELECT count(*) FROM articles WHERE analysed_with != ?", [analysed_with]).fetchone()[0])

    def mentioning(self, phrase: str) -> list[int]:
        """Articles of every library whose headline or body holds the phrase's words in a row (an alias)."""
        words = re.findall(r"\w+", phrase, flags=re.UNICODE)
        if not words:
            return []
        with self._db.read() as db:
            rows = db.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid",
                ['"' + " ".join(words) + '"'],
            ).fetchall()
        return [r[0] for r in rows]

    def all_ids(self) -> list[int]:
        with self._db.read() as db:
            return [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id").fetchall()]

    @staticmethod
    def mark_analysed(db: sqlite_utils.Database, article_id: int, analysed_with: str) -> None:
        db.execute("UPDATE articles SET analysed_with = ? WHERE id = ?", [analysed_with, article_id])

    def delete(self, library: str, no: int) -> bool:
        with self._db.write() as db:
            cursor = db.execute("DELETE FROM articles WHERE library = ? AND no = ?", [library, no])
        return cursor.rowcount > 0

    def count(self, library: str) -> int:
        with self._db.read() as db:
            return int(db.execute("SELECT count(*) FROM articles WHERE library = ?", [library]).fetchone()[0])

    def search(self, library: str, words: str, limit: int = 10) -> list[SearchHit]:
        query = fts_query(words)
        if not query:
            return []
        cols = ", ".join(f"a.{c.strip()}" for c in _COLUMNS.split(","))
        with self._db.read() as db:
            rows = db.execute(
                f"""SELECT {cols}, snippet(articles_fts, 1, '\x02', '\x03', '…', 14)
                    FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                    WHERE articles_fts MATCH ? AND a.library = ?
                    ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT ?""",
                [query, library, limit],
            ).fetchall()
        return [SearchHit(_row(r[:-1]), r[-1]) for r in rows]
