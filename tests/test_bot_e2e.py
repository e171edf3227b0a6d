"""End to end: the real Application polls a Bot API server on loopback; we act as a Telegram user."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from config.settings import Settings
from tests.articles import BRUSSELS, KOREA, NATO, long_article
from tests.conftest import RunningBot
from tests.fakebot import FakeBotAPI

CHAT = 4242


async def test_menu_is_registered(bot: RunningBot, api: FakeBotAPI) -> None:
    names = [c["command"] for c in api.commands]
    assert {"latest", "summary", "article", "search", "who", "subscribe", "digest"} <= set(names)


async def test_forwarded_post_is_saved_with_summary_and_provenance(bot: RunningBot, api: FakeBotAPI) -> None:
    api.forward_channel_post(CHAT, BRUSSELS, title="Diplomatic Wire", username="dipwire", post_id=77)
    reply = (await api.wait_replies(CHAT, 1))[0]
    assert reply.text.startswith("<b>Saved #1</b>: EU and Canada pledge closer coordination on Arctic security")
    assert "3 Feb 2022" in reply.text  # the date inside the text wins over the forward date
    assert "Diplomatic Wire" in reply.text
    assert "https://t.me/dipwire/77" in reply.text
    assert reply.text.count("• ") == 3
    assert "Leave a Comment" not in reply.text
    assert reply.params.get("parse_mode") == "HTML"
    article = bot.attache.article(f"chat:{CHAT}", 1)
    assert article is not None and article.link == "https://t.me/dipwire/77"
    assert "BRUSSELS\n" not in article.body and "Leave a Comment" not in article.body


async def test_duplicate_forward_is_stored_once(bot: RunningBot, api: FakeBotAPI) -> None:
    api.send_text(CHAT, NATO)
    await api.wait_replies(CHAT, 1)
    api.send_text(CHAT, NATO.replace("\n\n", "\n\n\n"))  # same text, different spacing
    replies = await api.wait_replies(CHAT, 2)
    assert replies[1].text.startswith("Already saved as <b>#1</b>")
    assert bot.attache.store.articles.count(f"chat:{CHAT}") == 1


async def test_latest_search_summary_and_article(bot: RunningBot, api: FakeBotAPI) -> None:
    for text in (BRUSSELS, NATO):
        api.send_text(CHAT, text)
        await api.wait_replies(CHAT, len(api.replies(CHAT)) + 1)
    api.send_text(CHAT, "/latest")
    latest = (await api.wait_replies(CHAT, 3))[-1].text
    assert latest.index("#2") < latest.index("#1")
    assert "NATO chief warns of long winter" in latest

    api.send_text(CHAT, "/search generators")
    found = (await api.wait_replies(CHAT, 4))[-1].text
    assert "<b>#2</b> NATO chief" in found and "<b>#1</b>" not in found
    assert found.count("<b>") >= 3  # title, result number, highlighted match

    api.send_text(CHAT, "/summary 1 2")
    summary = (await api.wait_replies(CHAT, 5))[-1].text
    assert summary.startswith("<b>#1</b> EU and Canada") and summary.count("• ") == 2

    api.send_text(CHAT, "/article 2")
    full = (await api.wait_replies(CHAT, 6))[-1].text
    assert "Analysts expect the debate over long-range weapons" in full
    assert "Read Entire Article Source" not in full


async def test_long_article_is_split_under_the_limit(bot: RunningBot, api: FakeBotAPI) -> None:
    api.send_text(CHAT, long_article(80))
    await api.wait_replies(CHAT, 1)
    api.send_text(CHAT, "/article 1")
    await api.wait_until(lambda: len(api.replies(CHAT)) >= 3, what="a multi-part article")
    await asyncio.sleep(0.3)
    parts = api.replies(CHAT)[1:]
    assert len(parts) >= 2
    assert all(len(p.text) <= 4096 for p in parts)
    joined = " ".join(p.text for p in parts)
    assert "Paragraph 1 reports" in joined and "Paragraph 80 reports" in joined


async def test_bad_input_gets_a_hint_and_stores_nothing(bot: RunningBot, api: FakeBotAPI) -> None:
    lib = f"chat:{CHAT}"
    api.send_sticker(CHAT)
    api.send_text(CHAT, "/frobnicate")
    api.send_text(CHAT, "/summary abc")
    api.send_text(CHAT, "/article 99")
    api.send_text(CHAT, "hello there")
    api.send_text(CHAT, "x" * 200_001)
    replies = [r.text for r in await api.wait_replies(CHAT, 6)]
    assert "I save news articles" in replies[0]
    assert "don't know that command" in replies[1]
    assert replies[2].startswith("Usage: /summary ID [n]")
    assert replies[3] == "There is no article #99. /latest lists the saved ones."
    assert "too short to be an article" in replies[4]
    assert "200,001 characters; the limit is 200,000" in replies[5]
    assert bot.attache.store.articles.count(lib) == 0


async def test_edited_message_updates_its_article(bot: RunningBot, api: FakeBotAPI) -> None:
    original = api.send_text(CHAT, NATO)
    await api.wait_replies(CHAT, 1)
    api.edit_text(original, NATO.replace("NATO chief warns of long winter for Ukraine", "NATO chief warns of a hard winter"))
    reply = (await api.wait_replies(CHAT, 2))[1]
    assert reply.text.startswith("<b>Updated #1</b>: NATO chief warns of a hard winter")
    assert bot.attache.store.articles.count(f"chat:{CHAT}") == 1


async def test_libraries_are_per_chat(bot: RunningBot, api: FakeBotAPI) -> None:
    api.send_text(CHAT, NATO)
    await api.wait_replies(CHAT, 1)
    api.send_text(CHAT + 1, KOREA)
    other = (await api.wait_replies(CHAT + 1, 1))[0]
    assert other.text.startswith("<b>Saved #1</b>")  # numbering is per library
    api.send_text(CHAT + 1, "/search Stoltenberg")
    assert "Nothing found" in (await api.wait_replies(CHAT + 1, 2))[1].text


async def test_burst_of_forwards_gets_one_acknowledgement(bot: RunningBot, api: FakeBotAPI) -> None:
    texts = [long_article(3).replace("Council reviews", f"Council {i} reviews").replace("delegation", f"delegation {i}") for i in range(6)]
    for i, text in enumerate(texts):
        api.forward_channel_post(CHAT, text, post_id=100 + i)
    await api.wait_until(lambda: bot.attache.store.articles.count(f"chat:{CHAT}") == 6, what="six articles")
    replies = await api.wait_replies(CHAT, 1)
    await asyncio.sleep(0.8)
    replies = api.replies(CHAT)
    assert len(replies) == 1
    assert replies[0].text == "<b>Saved 6 articles</b>: #1-#6"


async def test_shared_library_delete_is_for_admins(settings: Settings, api: FakeBotAPI) -> None:
    shared = replace(settings, api_url=api.url, library_mode="shared", admins=frozenset({1}))
    running = await RunningBot(shared).start()
    try:
        api.send_text(CHAT, NATO, user_id=2)
        await api.wait_replies(CHAT, 1)
        api.send_text(CHAT + 5, "/latest", user_id=3)
        assert "NATO chief warns" in (await api.wait_replies(CHAT + 5, 1))[0].text  # one library for all chats
        api.send_text(CHAT, "/delete 1", user_id=2)
        assert "only admins" in (await api.wait_replies(CHAT, 2))[1].text
        api.send_text(CHAT, "/delete 1", user_id=1)
        assert (await api.wait_replies(CHAT, 3))[2].text == "Deleted #1."
        assert running.attache.store.articles.count("shared") == 0
    finally:
        await running.stop()


async def test_allowed_list_keeps_strangers_out(settings: Settings, api: FakeBotAPI) -> None:
    running = await RunningBot(replace(settings, api_url=api.url, allowed=frozenset({CHAT}))).start()
    try:
        api.send_text(9999, NATO)
        assert "This Attaché is private" in (await api.wait_replies(9999, 1))[0].text
        api.send_text(CHAT, NATO)
        assert (await api.wait_replies(CHAT, 1))[0].text.startswith("<b>Saved #1</b>")
        assert running.attache.store.articles.count("chat:9999") == 0
    finally:
        await running.stop()
