"""The SQLite store: migrations, durability settings, articles, statements, subscriptions, digests, watches."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from store import Store
from store.articles import Article, NewArticle, fts_query
from store.db import connect, migrate, schema_version
from store.migrations import MIGRATIONS
from store.statements import NewStatement
from tests.olddb import close, old_database

ROOT = Path(__file__).resolve().parent.parent
RULES = "rules-1"  # the analysis stamp articles are saved with here


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "store.db")
    yield s
    s.close()


def new_article(
    library: str = "chat:1",
    fingerprint: str = "fp-1",
    headline: str = "Ministers meet in Brussels",
    body: str = "The foreign ministers met in Brussels on Monday to discuss sanctions.",
    published: str | None = None,
    **kw,
) -> NewArticle:
    return NewArticle(
        library=library,
        fingerprint=fingerprint,
        headline=headline,
        body=body,
        summary=[body],
        published=published,
        **kw,
    )


def add(store: Store, article: NewArticle) -> Article:
    with store.write() as db:
        return store.articles.insert(db, article, RULES)


def statement(actor_key: str | None, text: str, position: int = 0, kind: str = "direct") -> NewStatement:
    return NewStatement(
        actor_key=actor_key,
        actor_name=actor_key.title() if actor_key else None,
        actor_kind="person",
        speaker=actor_key or "he",
        cue="said",
        text=text,
        kind=kind,
        position=position,
    )


def add_statements(store: Store, article: Article, published: str, rows: list[NewStatement], mentioned=()) -> None:
    with store.write() as db:
        store.statements.replace_for_article(db, article.id, article.library, published, rows, set(mentioned))


def scalar(store: Store, sql: str, params=()):
    return store.database.db.execute(sql, list(params)).fetchone()[0]


# Migrations and connection settings -------------------------------------------------------------------


def test_fresh_database_reaches_the_latest_version(store: Store) -> None:
    assert schema_version(store.database.db) == len(MIGRATIONS)
    assert scalar(store, "PRAGMA user_version") == len(MIGRATIONS)
    tables = {r[0] for r in store.database.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    assert {"libraries", "articles", "articles_fts", "actors", "statements", "mentions", "subscriptions"} <= tables
    assert {"digests", "watches", "actor_aliases"} <= tables


def test_reopening_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "again.db"
    first = Store(path)
    add(first, new_article())
    first.close()
    for _ in range(2):
        again = Store(path)
        assert schema_version(again.database.db) == len(MIGRATIONS)
        assert again.articles.count("chat:1") == 1
        assert migrate(again.database.db) == len(MIGRATIONS)  # nothing left to do
        again.close()


def test_old_database_is_upgraded_and_keeps_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = old_database(path, 1)
    old.execute(
        "INSERT INTO articles (library, no, fingerprint, headline, body, saved_at)"
        " VALUES ('shared', 1, 'x', 'Old headline', 'Old body text.', '2022-01-01T00:00:00')"
    )
    close(old)

    s = Store(path)
    try:
        assert schema_version(s.database.db) == len(MIGRATIONS)
        old_article = s.articles.get("shared", 1)
        assert old_article is not None and old_article.headline == "Old headline"
        # Analysed by no rules yet: the bot analyses it at start-up.
        assert s.articles.stale_ids(RULES) == [old_article.id]
        # Numbering carries on.
        assert add(s, new_article(library="shared")).no == 2
    finally:
        s.close()


def test_file_database_uses_wal_and_full_sync(store: Store) -> None:
    assert scalar(store, "PRAGMA journal_mode") == "wal"
    assert scalar(store, "PRAGMA synchronous") == 2  # FULL
    assert scalar(store, "PRAGMA foreign_keys") == 1


def test_memory_database_works() -> None:
    db = connect(":memory:")
    assert schema_version(db) == len(MIGRATIONS)
    db.close()


# Articles ----------------------------------------------------------------------------------------------


def test_numbering_is_per_library(store: Store) -> None:
    a1 = add(store, new_article("chat:1", "a"))
    a2 = add(store, new_article("chat:1", "b"))
    b1 = add(store, new_article("chat:2", "c"))
    s1 = add(store, new_article("shared", "d"))
    assert (a1.no, a2.no, b1.no, s1.no) == (1, 2, 1, 1)
    assert store.articles.get("chat:2", 1) == b1
    assert store.articles.get("chat:2", 2) is None
    assert store.articles.count("chat:1") == 2


def test_inserted_article_round_trips(store: Store) -> None:
    article = add(
        store,
        new_article(
            published="2022-01-20T18:53:34",
            outlet="Yonhap",
            author="A. Writer",
            source="seoul.txt",
            link="https://example.org/a",
            links=["https://example.org/b"],
            origin_chat_id=5,
            origin_message_id=77,
        ),
    )
    assert article.summary == ["The foreign ministers met in Brussels on Monday to discuss sanctions."]
    assert article.links == ["https://example.org/b"]
    assert (article.outlet, article.author, article.source) == ("Yonhap", "A. Writer", "seoul.txt")
    assert article.published == "2022-01-20T18:53:34"
    assert article.saved_at and article.updated_at is None
    assert store.articles.by_message("chat:1", 5, 77) == article
    assert store.articles.by_message("chat:2", 5, 77) is None


def test_duplicate_fingerprint_refused_in_a_library_allowed_across(store: Store) -> None:
    add(store, new_article("chat:1", "same"))
    with pytest.raises(sqlite3.IntegrityError):
        add(store, new_article("chat:1", "same", headline="Another"))
    other = add(store, new_article("chat:2", "same"))
    assert other.no == 1
    assert store.articles.find_duplicate("chat:1", "same").no == 1
    assert store.articles.find_duplicate("chat:3", "same") is None
    # The failed insert rolled back: no number was used up, the count is right.
    assert add(store, new_article("chat:1", "new")).no == 2
    assert store.articles.count("chat:1") == 2


def test_find_duplicate_by_link(store: Store) -> None:
    add(store, new_article(link="https://example.org/story"))
    assert store.articles.find_duplicate("chat:1", "other-fp", "https://example.org/story") is not None
    assert store.articles.find_duplicate("chat:1", "other-fp", None) is None


def test_latest_is_newest_first_and_limited(store: Store) -> None:
    for i in range(5):
        add(store, new_article(fingerprint=f"fp{i}", headline=f"Headline {i}"))
    assert [a.no for a in store.articles.latest("chat:1", 3)] == [5, 4, 3]
    assert [a.no for a in store.articles.iter_library("chat:1")] == [1, 2, 3, 4, 5]


def test_update_changes_text_and_sets_updated_at(store: Store) -> None:
    article = add(store, new_article())
    with store.write() as db:
        updated = store.articles.update(
            db, article.id, new_article(fingerprint="fp-2", headline="Edited", body="Edited body about tariffs."), RULES
        )
    assert (updated.no, updated.headline, updated.updated_at is not None) == (article.no, "Edited", True)
    assert [h.article.no for h in store.articles.search("chat:1", "tariffs")] == [article.no]
    assert store.articles.search("chat:1", "sanctions") == []


# Search ------------------------------------------------------------------------------------------------


def test_search_ranks_headline_matches_first_and_marks_snippets(store: Store) -> None:
    add(
        store,
        new_article(
            fingerprint="1",
            headline="Budget talks in parliament",
            body="The parliament debated the budget. A minister mentioned the pipeline once.",
        ),
    )
    add(
        store,
        new_article(
            fingerprint="2",
            headline="Pipeline deal signed",
            body="The pipeline will carry gas from the north. The pipeline deal was signed on Friday.",
        ),
    )
    add(store, new_article(fingerprint="3", headline="Weather", body="Rain is expected over the weekend."))
    hits = store.articles.search("chat:1", "pipeline")
    assert [h.article.headline for h in hits] == ["Pipeline deal signed", "Budget talks in parliament"]
    assert "\x02pipeline\x03" in hits[0].snippet.lower()
    assert store.articles.search("chat:2", "pipeline") == []


def test_search_needs_every_word_with_prefix_on_the_last(store: Store) -> None:
    add(store, new_article(fingerprint="1", body="Sanctions against shipping companies were agreed."))
    add(store, new_article(fingerprint="2", body="Sanctions against banks were agreed."))
    assert len(store.articles.search("chat:1", "sanctions")) == 2
    assert len(store.articles.search("chat:1", "sanctions ship")) == 1
    assert len(store.articles.search("chat:1", "sanctions shipping")) == 1
    assert len(store.articles.search("chat:1", "agre")) == 2
    assert len(store.articles.search("chat:1", "banks shipping")) == 0


def test_search_prefix_of_a_word_longer_than_its_stem(store: Store) -> None:
    add(store, new_article(body="Negotiations on shipping companies were agreed."))
    assert len(store.articles.search("chat:1", "negotiat")) == 1
    assert len(store.articles.search("chat:1", "shipp")) == 1


@pytest.mark.parametrize(
    "words",
    [
        '"',
        '"unbalanced',
        "*",
        "sanc*",
        "NEAR",
        "sanctions NEAR banks",
        "NEAR(sanctions banks)",
        "-banks",
        "sanctions -banks",
        "AND",
        "sanctions AND OR NOT banks",
        "a:b",
        "headline:sanctions",
        "(((",
        "^start",
        "'; DROP TABLE articles; --",
        "",
        "   ",
        "état Überprüfung 制裁",
    ],
)
def test_search_never_raises_on_user_input(store: Store, words: str) -> None:
    add(store, new_article(body="Sanctions against banks and NEAR neighbours were agreed AND signed."))
    hits = store.articles.search("chat:1", words)
    assert isinstance(hits, list)
    assert store.articles.count("chat:1") == 1


def test_search_operators_are_plain_words(store: Store) -> None:
    add(store, new_article(fingerprint="1", body="Sanctions against banks were agreed."))
    add(store, new_article(fingerprint="2", body="Sanctions were agreed and signed."))
    # "-banks" is not "without banks": both terms must appear.
    assert [h.article.no for h in store.articles.search("chat:1", "sanctions -banks")] == [1]
    assert fts_query('sanctions "NEAR" -banks') == '"sanctions" AND "NEAR" AND ("banks" OR "banks"* OR "bank"*)'
    assert fts_query("*") == ""


# Delete ------------------------------------------------------------------------------------------------


def test_delete_cascades_statements_mentions_and_search(store: Store) -> None:
    article = add(store, new_article(body="Sanctions were agreed by the ministers on Monday."))
    add_statements(
        store, article, "2022-01-20T10:00:00", [statement("borrell", "We need unity.")], mentioned={"borrell"}
    )
    assert scalar(store, "SELECT count(*) FROM statements") == 1
    assert scalar(store, "SELECT count(*) FROM mentions") == 1
    assert store.articles.delete("chat:1", article.no) is True
    assert scalar(store, "SELECT count(*) FROM statements") == 0
    assert scalar(store, "SELECT count(*) FROM mentions") == 0
    assert store.articles.search("chat:1", "sanctions") == []
    assert store.articles.get("chat:1", article.no) is None
    assert store.articles.delete("chat:1", article.no) is False


def test_numbers_are_not_reused_after_delete(store: Store) -> None:
    add(store, new_article(fingerprint="1"))
    second = add(store, new_article(fingerprint="2"))
    store.articles.delete("chat:1", second.no)
    assert add(store, new_article(fingerprint="3")).no == 3
    # Even the same text again gets a new number.
    assert add(store, new_article(fingerprint="2")).no == 4


# Statements --------------------------------------------------------------------------------------------


def test_by_actor_newest_first_with_paging(store: Store) -> None:
    older = add(store, new_article(fingerprint="1", headline="Old"))
    newer = add(store, new_article(fingerprint="2", headline="New"))
    undated_later = add(store, new_article(fingerprint="3", headline="Same day, saved later"))
    add_statements(store, older, "2022-01-01T09:00:00", [statement("borrell", f"old {i}", i) for i in range(2)])
    add_statements(store, newer, "2022-03-01T09:00:00", [statement("borrell", f"new {i}", i) for i in range(2)])
    add_statements(store, undated_later, "2022-01-01T09:00:00", [statement("borrell", "later save", 0)])
    page1 = store.statements.by_actor("chat:1", ["borrell"], limit=3)
    page2 = store.statements.by_actor("chat:1", ["borrell"], limit=3, offset=3)
    texts = [s.text for s in page1 + page2]
    # published desc; same published: saved later first; same article: by position.
    assert texts == ["new 0", "new 1", "later save", "old 0", "old 1"]
    assert page1[0].headline == "New" and page1[0].article_no == newer.no
    assert store.statements.count_by_actor("chat:1", ["borrell"]) == 5
    assert store.statements.by_actor("chat:1", [], limit=3) == []
    assert store.statements.by_actor("chat:2", ["borrell"], limit=3) == []


def test_replace_for_article_replaces(store: Store) -> None:
    article = add(store, new_article())
    add_statements(store, article, "2022-01-01T00:00:00", [statement("a", "one"), statement("b", "two", 1)], {"a"})
    add_statements(store, article, "2022-01-01T00:00:00", [statement("c", "three")], {"c"})
    assert [s.text for s in store.statements.for_article(article.id)] == ["three"]
    assert store.statements.articles_mentioning("chat:1", ["a"]) == []
    assert [r[0] for r in store.statements.articles_mentioning("chat:1", ["c"])] == [article.no]


def test_top_actors_since(store: Store) -> None:
    article = add(store, new_article())
    add_statements(
        store,
        article,
        "2022-01-01T00:00:00",
        [statement("borrell", "a"), statement("borrell", "b", 1), statement("joly", "c", 2), statement(None, "d", 3)],
    )
    top = store.statements.top_actors("chat:1", None, 10)
    assert [(c.key, c.statements, c.articles) for c in top] == [("borrell", 2, 1), ("joly", 1, 1)]
    assert store.statements.top_actors("chat:1", "2999-01-01T00:00:00", 10) == []
    assert [c.key for c in store.statements.top_actors("chat:1", "2000-01-01T00:00:00", 1)] == ["borrell"]


def test_actor_alias_and_merge(store: Store) -> None:
    article = add(store, new_article())
    add_statements(store, article, "2022-01-01T00:00:00", [statement("found:hr", "x")], {"found:hr"})
    store.actors.add_alias("borrell", "Josep Borrell", "person", "the HR/VP", "registry")
    moved = store.actors.merge("found:hr", "High Rep", "person", "borrell", "Josep Borrell", "person", "registry")
    assert moved == 1
    rows = {r.key: r for r in store.actors.all()}
    assert set(rows["borrell"].aliases) == {"the HR/VP", "High Rep"}
    assert rows["found:hr"].merged_into == "borrell"
    assert store.actors.counts("chat:1") == {"borrell": (1, 1)}


# Subscriptions, digests, watches -------------------------------------------------------------------------


def test_subscription_lifecycle(store: Store) -> None:
    sub = store.subscriptions.upsert(10, "chat:10", "08:00", "Europe/Brussels", "weekdays")
    assert (sub.time, sub.tz, sub.days, sub.active, sub.paused_reason) == (
        "08:00",
        "Europe/Brussels",
        "weekdays",
        True,
        None,
    )
    store.subscriptions.upsert(11, "chat:11", "09:30", "UTC", "daily")
    assert store.subscriptions.set_active(10, False, "blocked") is True
    paused = store.subscriptions.get(10)
    assert (paused.active, paused.paused_reason) == (False, "blocked")
    assert [s.chat_id for s in store.subscriptions.active()] == [11]
    # Subscribing again updates and re-activates.
    again = store.subscriptions.upsert(10, "chat:10", "07:15", "Asia/Seoul", "daily")
    assert (again.time, again.tz, again.days, again.active, again.paused_reason) == (
        "07:15",
        "Asia/Seoul",
        "daily",
        True,
        None,
    )
    assert sorted(s.chat_id for s in store.subscriptions.active()) == [10, 11]
    assert store.subscriptions.delete(10) is True
    assert store.subscriptions.get(10) is None
    assert store.subscriptions.delete(10) is False
    assert store.subscriptions.set_active(99, True) is False


def test_digest_records(store: Store) -> None:
    assert store.subscriptions.pending_digest(10) is None
    assert store.subscriptions.last_window_end(10) is None
    rec = store.subscriptions.create_digest(10, "chat:10", None, "2022-01-20T08:00:00", ["part one", "part two"], "now")
    assert (rec.status, rec.parts_sent, rec.parts, rec.window_start) == ("pending", 0, ["part one", "part two"], None)
    assert store.subscriptions.pending_digest(10) == rec
    assert store.subscriptions.pending_digest(11) is None
    assert store.subscriptions.last_window_end(10) == "2022-01-20T08:00:00"

    store.subscriptions.part_sent(rec.id, 1, done=False)
    mid = store.subscriptions.pending_digest(10)
    assert (mid.parts_sent, mid.status) == (1, "pending")
    assert scalar(store, "SELECT sent_at FROM digests WHERE id = ?", [rec.id]) is None

    store.subscriptions.part_sent(rec.id, 2, done=True)
    assert store.subscriptions.pending_digest(10) is None
    assert scalar(store, "SELECT status FROM digests WHERE id = ?", [rec.id]) == "sent"
    assert scalar(store, "SELECT sent_at FROM digests WHERE id = ?", [rec.id]) is not None

    later = store.subscriptions.create_digest(10, "chat:10", "2022-01-20T08:00:00", "2022-01-21T08:00:00", [], "x")
    assert store.subscriptions.last_window_end(10) == "2022-01-21T08:00:00"
    assert store.subscriptions.pending_digest(10).id == later.id


def test_oldest_pending_digest_comes_first(store: Store) -> None:
    first = store.subscriptions.create_digest(10, "chat:10", None, "2022-01-20T08:00:00", ["a"], "schedule")
    store.subscriptions.create_digest(10, "chat:10", None, "2022-01-21T08:00:00", ["b"], "schedule")
    assert store.subscriptions.pending_digest(10).id == first.id


def test_watches(store: Store) -> None:
    store.subscriptions.watch(10, "stoltenberg", "Stoltenberg")
    store.subscriptions.watch(10, "borrell", "Josep Borrell")
    store.subscriptions.watch(10, "stoltenberg", "Jens Stoltenberg")  # upsert renames
    store.subscriptions.watch(11, "joly", "Melanie Joly")
    # Ordered by name; the second watch of the same key renamed it.
    assert [(w.actor_key, w.actor_name) for w in store.subscriptions.watches(10)] == [
        ("stoltenberg", "Jens Stoltenberg"),
        ("borrell", "Josep Borrell"),
    ]
    assert store.subscriptions.unwatch(10, "borrell") is True
    assert store.subscriptions.unwatch(10, "borrell") is False
    assert [w.actor_key for w in store.subscriptions.watches(10)] == ["stoltenberg"]
    assert [w.actor_key for w in store.subscriptions.watches(11)] == ["joly"]


# Crash safety ------------------------------------------------------------------------------------------

_CHILD = """
import os, signal, sys
from store import Store
from store.articles import NewArticle
s = Store(sys.argv[1])
with s.write() as db:
    a = s.articles.insert(db, NewArticle(library="shared", fingerprint="crash", headline="Crash test",
                                         body="Written just before the process was killed.", summary=[]), "rules")
print(a.no, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_committed_article_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert proc.stdout.strip() == "1"
    # The killed process never checkpointed or closed: the row lives in the WAL.
    assert (tmp_path / "crash.db-wal").exists()
    s = Store(path)
    try:
        article = s.articles.get("shared", 1)
        assert article is not None
        assert article.headline == "Crash test"
        assert s.articles.search("shared", "killed")[0].article.no == 1
    finally:
        s.close()


def test_an_actor_quoted_but_not_in_the_mentions_counts_the_article(store: Store) -> None:
    article = add(store, new_article())
    # 'found:fomin' speaks in the article but is not among its registry mentions (none are passed).
    add_statements(store, article, "2022-01-01T00:00:00", [statement("found:fomin", "a"), statement("found:fomin", "b", 1)])
    assert store.actors.counts("chat:1")["found:fomin"] == (2, 1)
