"""Articles analysed by older rules get their statements again: stamps, the service's catch-up, the bot's job."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from config.actor_registry import ACTORS_PATH
from config.settings import Settings
from service.core import Attache
from service.ingest import Incoming
from service.stamp import analysis_stamp
from store import Store
from store.db import schema_version
from store.migrations import MIGRATIONS
from summarizer.pipeline import AnalysedArticle
from tests.conftest import RunningBot
from tests.fakebot import FakeBotAPI
from tests.olddb import close, old_database

CHAT = 4242
LIBRARY = f"chat:{CHAT}"

PRESS = """EU keeps up support for Ukraine

2023-01-10

Josep Borrell said on Tuesday that the European Union would keep up its support for Ukraine.

"We will not waver," Borrell told reporters in Brussels.
"""


def _said(attache: Attache) -> list[str]:
    return [s.text for s in attache.who(LIBRARY, "Borrell").statements]


def _saved_by_older_rules(settings: Settings, texts: list[str]) -> None:
    """Articles saved by a release whose rules found no statements in them."""
    old = Attache(settings, stamp="older-rules")
    try:
        for text in texts:
            assert old.ingest(Incoming(text=text, library=LIBRARY)).status == "saved"
        with old.store.write() as db:
            db.execute("DELETE FROM statements")
    finally:
        old.close()


def test_stamp_follows_the_registry_and_is_stable(tmp_path: Path) -> None:
    edited = tmp_path / "actors.toml"
    edited.write_bytes(ACTORS_PATH.read_bytes() + b"\n# an operator's edit\n")
    assert analysis_stamp() == analysis_stamp()
    assert analysis_stamp(edited) != analysis_stamp()


def test_store_lists_and_counts_articles_stamped_otherwise(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    try:
        with store.write() as db:
            db.execute("INSERT INTO libraries (id, next_no, created_at) VALUES ('shared', 4, '2024-01-01T00:00:00')")
            for n, stamp in enumerate(["old", "new", "old"]):
                db.execute(
                    "INSERT INTO articles (library, no, fingerprint, headline, body, saved_at, analysed_with)"
                    " VALUES ('shared', ?, ?, 'H', 'B', '2024-01-01T00:00:00', ?)", [n + 1, f"fp{n}", stamp]
                )
        ids = [r[0] for r in store.database.db.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        assert store.articles.stale_ids("new") == [ids[0], ids[2]]
        assert store.articles.stale_ids("new", limit=1) == [ids[0]]
        assert store.articles.count_stale("new") == 2
        with store.write() as db:
            store.articles.mark_analysed(db, ids[0], "new")
        assert store.articles.stale_ids("new") == [ids[2]]
    finally:
        store.close()


def test_upgrade_from_the_analysed_flag_leaves_every_article_to_analyse(tmp_path: Path) -> None:
    path = tmp_path / "v4.db"
    old = old_database(path, 4)
    old.execute("INSERT INTO articles (library, no, fingerprint, headline, body, saved_at, analysed)"
                " VALUES ('shared', 1, 'x', 'Old', 'Old body.', '2022-01-01T00:00:00', 1)")
    close(old)

    store = Store(path)
    try:
        assert schema_version(store.database.db) == len(MIGRATIONS)
        columns = {c.name for c in store.database.db["articles"].columns}
        assert "analysed_with" in columns and "analysed" not in columns
        assert store.articles.count_stale(analysis_stamp()) == 1
    finally:
        store.close()


def test_catch_up_extracts_again_in_batches_then_stops(settings: Settings) -> None:
    _saved_by_older_rules(settings, [PRESS, PRESS.replace("Brussels", "Kyiv"), PRESS.replace("Tuesday", "Monday")])
    attache = Attache(settings)
    try:
        assert _said(attache) == []
        assert attache.stale_count() == 3
        assert attache.catch_up(batch=2) == 2
        assert attache.stale_count() == 1
        assert attache.catch_up(batch=2) == 1
        assert attache.catch_up(batch=2) == 0
        assert attache.who(LIBRARY, "Borrell").total == 6
        assert '"We will not waver,"' in _said(attache)
    finally:
        attache.close()


def test_an_article_that_cannot_be_analysed_does_not_stall_the_others(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _saved_by_older_rules(settings, [PRESS, PRESS.replace("Brussels", "Kyiv")])
    attache = Attache(settings)
    try:
        real = attache.ingestor._analyse
        calls: list[str] = []

        def choke_on_brussels(item: Incoming) -> AnalysedArticle:
            calls.append(item.text)
            if "Brussels" in item.text:
                raise ValueError("a rule choked")
            return real(item)

        monkeypatch.setattr(attache.ingestor, "_analyse", choke_on_brussels)
        assert attache.reindex() == 2
        assert attache.stale_count() == 0
        assert len(calls) == 2  # each looked at once: the failed one is not retried forever
        assert _said(attache) == ["that the European Union would keep up its support for Ukraine", '"We will not waver,"']
    finally:
        attache.close()


def test_a_deleted_article_is_skipped(settings: Settings) -> None:
    _saved_by_older_rules(settings, [PRESS])
    attache = Attache(settings)
    try:
        [article] = attache.latest(LIBRARY)
        assert attache.delete(LIBRARY, article.no)
        assert attache.ingestor.reanalyse(article.id) is False
        assert attache.stale_count() == 0
    finally:
        attache.close()


def test_an_article_edited_while_it_is_analysed_keeps_the_edit(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _saved_by_older_rules(settings, [PRESS])
    attache = Attache(settings)
    try:
        [article] = attache.latest(LIBRARY)
        real = attache.ingestor._analyse

        def edited_meanwhile(item: Incoming) -> AnalysedArticle:
            result = real(item)
            edit = Incoming(text=PRESS.replace("Brussels", "Kyiv"), library=LIBRARY)
            edit = attache.ingestor._new_article(edit, real(edit))
            with attache.store.write() as db:
                attache.store.articles.update(db, article.id, edit, attache.ingestor.stamp)
            return result

        monkeypatch.setattr(attache.ingestor, "_analyse", edited_meanwhile)
        assert attache.ingestor.reanalyse(article.id) is False
        assert "Kyiv" in attache.latest(LIBRARY)[0].body
        assert _said(attache) == []  # nothing from the text that was replaced
    finally:
        attache.close()


async def test_bot_catches_up_in_the_background_after_start(settings: Settings, api: FakeBotAPI) -> None:
    bot_settings = replace(settings, api_url=api.url)
    _saved_by_older_rules(bot_settings, [PRESS, PRESS.replace("Brussels", "Kyiv")])
    running = await RunningBot(bot_settings).start()
    try:
        await api.wait_until(lambda: running.attache.stale_count() == 0, what="the catch-up")
        api.send_text(CHAT, "/who Borrell")
        reply = (await api.wait_replies(CHAT, 1))[0]
        assert reply.text.startswith("<b>Josep Borrell</b>: statements 1-4 of 4")
        assert "We will not waver" in reply.text
    finally:
        await running.stop()


def test_analysing_again_keeps_the_date_the_article_was_forwarded_with(settings: Settings) -> None:
    undated = ("EU's top diplomat urges restraint\n\n"
               "The EU's top diplomat said on Monday that both sides should show restraint in the coming days.\n")
    old = Attache(settings, stamp="older-rules")
    try:
        item = Incoming(text=undated, library=LIBRARY, published=datetime(2022, 3, 7, 9, 0))
        assert old.ingest(item).status == "saved"
    finally:
        old.close()
    attache = Attache(settings)
    try:
        assert attache.reindex() == 1
        [said] = attache.who(LIBRARY, "Josep Borrell").statements
        assert said.text.startswith("that both sides should show restraint")
    finally:
        attache.close()


NICKNAMED = """Mexico answers U.S. tariffs

2023-03-09

Mexico will not accept the new tariffs, officials said on Thursday.

"We will answer with dignity," AMLO told reporters at the National Palace.
"""

NAMED = """Mexico's president defends energy reform

2023-03-02

Mexican President Andres Manuel Lopez Obrador said on Wednesday that the energy reform would protect consumers.
"""


def test_a_running_service_takes_in_aliases_and_merges_made_by_another_process(settings: Settings) -> None:
    bot = Attache(settings)
    for text in (NAMED, NICKNAMED):
        assert bot.ingest(Incoming(text=text, library=LIBRARY)).status == "saved"
    cli = Attache(settings)  # `attache actors alias ...`, run while the bot runs
    try:
        assert bot.refresh_registry() is False  # speakers found by ingesting are no operator edit
        leader = bot.registry.get("found:andres-manuel-lopez-obrador")
        assert leader is not None and bot.registry.get("found:amlo") is not None

        merged_target, _ = cli.resolve_actor("Andres Manuel Lopez Obrador")
        assert merged_target is not None and cli.add_alias(merged_target, "AMLO") == 1
        assert [a.key for a in bot.registry.lookup("AMLO").actors] == ["found:amlo"]  # not seen yet

        assert bot.refresh_registry() is True
        assert bot.registry.get("found:amlo") is None
        assert [a.key for a in bot.registry.lookup("AMLO").actors] == [leader.key]
        said = [s.text for s in bot.who(LIBRARY, "AMLO").statements]
        assert said == ['"We will answer with dignity,"', "that the energy reform would protect consumers"]
        assert bot.refresh_registry() is False

        again = bot.ingest(Incoming(text=NICKNAMED.replace("Thursday", "Friday"), library=LIBRARY))
        assert again.speakers == (("Andres Manuel Lopez Obrador", 1),)
    finally:
        bot.close()
        cli.close()


async def test_the_bot_takes_in_an_alias_made_from_the_command_line(
    settings: Settings, api: FakeBotAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.catch_up.ACTOR_EDITS_EVERY", 0.1)
    bot_settings = replace(settings, api_url=api.url)
    running = await RunningBot(bot_settings).start()
    for text in (NAMED, NICKNAMED):
        api.send_text(CHAT, text)
    assert (await api.wait_replies(CHAT, 1))[0].text.startswith("<b>Saved 2 articles</b>")
    cli = Attache(bot_settings)
    try:
        target, _ = cli.resolve_actor("Andres Manuel Lopez Obrador")
        assert target is not None
        cli.add_alias(target, "AMLO")
        await api.wait_until(lambda: running.attache.registry.get("found:amlo") is None, what="the alias")
        api.send_text(CHAT, "/who AMLO")
        reply = (await api.wait_replies(CHAT, 2))[-1]
        assert reply.text.startswith("<b>Andres Manuel Lopez Obrador</b>: statements 1-2 of 2")
        assert "We will answer with dignity" in reply.text
    finally:
        cli.close()
        await running.stop()
