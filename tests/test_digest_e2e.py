"""Digests end to end: subscribe, the job fires (time moved, not waited for), restarts, 403, catch-up."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.handlers_digest import CATCH_UP_DELAY
from config.settings import Settings
from service.digests import stamp
from tests.articles import BRUSSELS, NATO
from tests.conftest import RunningBot
from tests.fakebot import FakeBotAPI

CHAT = 555


def _fire_now(bot: RunningBot, chat_id: int = CHAT) -> None:
    """Move the subscription's job to now instead of waiting for the clock."""
    jobs = bot.app.job_queue.get_jobs_by_name(f"digest:{chat_id}")
    assert len(jobs) == 1
    jobs[0].job.modify(next_run_time=datetime.now(UTC))


def _digest_parts(api: FakeBotAPI) -> list[str]:
    return [r.text for r in api.replies(CHAT) if r.text.startswith("<b>Briefing")]


async def _save(api: FakeBotAPI, text: str, outlet: str, post_id: int) -> None:
    before = len(api.replies(CHAT))
    api.forward_channel_post(CHAT, text, title=outlet, username=None, post_id=post_id)
    await api.wait_replies(CHAT, before + 1)


async def test_subscribe_replies_with_the_schedule_and_registers_a_job(bot: RunningBot, api: FakeBotAPI) -> None:
    api.send_text(CHAT, "/subscribe weekdays 07:30 europe/berlin")
    reply = (await api.wait_replies(CHAT, 1))[0].text
    assert reply.startswith("Subscribed: daily digest at 07:30 Europe/Berlin, Monday to Friday.")
    job = bot.app.job_queue.get_jobs_by_name(f"digest:{CHAT}")[0]
    local = job.next_t.astimezone(job.next_t.tzinfo)
    assert (local.hour, local.minute) == (7, 30) and local.weekday() < 5

    api.send_text(CHAT, "/subscribe 25:00")
    error = (await api.wait_replies(CHAT, 2))[1].text
    assert "Example: /subscribe" in error
    api.send_text(CHAT, "/settings")
    settings = (await api.wait_replies(CHAT, 3))[2].text
    assert "07:30 Europe/Berlin" in settings and "Watched actors: none" in settings


async def test_scheduled_digest_merges_copies_and_is_sent_once(
    bot: RunningBot, api: FakeBotAPI, bot_settings: Settings
) -> None:
    await _save(api, NATO, "Diplomatic Wire", 1)
    copy = (
        NATO.replace("6 months ago 412\n\n", "").replace("on Monday", "on Monday evening").replace("Source: example-news.org", "")
        + "\n(Reuters)\n"
    )
    await _save(api, copy, "Morning Post", 2)
    await _save(api, BRUSSELS, "Arctic Times", 3)
    api.send_text(CHAT, "/watch Borrell")
    await api.wait_replies(CHAT, 4)
    api.send_text(CHAT, "/subscribe 08:00 UTC")
    await api.wait_replies(CHAT, 5)

    _fire_now(bot)
    await api.wait_until(lambda: len(_digest_parts(api)) == 1, what="the digest")
    digest = _digest_parts(api)[0]
    assert "2 stories from 3 articles" in digest
    assert "; also reported by " in digest and "Reuters" in digest and "example-news.org" in digest
    assert "· #1, #2</i>" in digest
    # The watched actor's story ranks first and his statements lead "who said what".
    assert digest.index("EU and Canada pledge") < digest.index("NATO chief warns")
    said = digest[digest.index("Who said what") :]
    assert said.index("Josep Borrell") < said.index("Jens Stoltenberg")
    assert len(digest) <= 4096

    # A restart re-registers the job and does not send the same window again.
    await bot.stop()
    restarted = await RunningBot(bot_settings).start()
    try:
        assert restarted.app.job_queue.get_jobs_by_name(f"digest:{CHAT}")
        api.send_text(CHAT, "/digest")
        await api.wait_until(lambda: len(_digest_parts(api)) == 2, what="the manual digest")
        assert "No new articles since the last digest." in _digest_parts(api)[1]
    finally:
        await restarted.stop()


async def test_interrupted_digest_resumes_after_the_last_part_sent(bot_settings: Settings, api: FakeBotAPI) -> None:
    first = RunningBot(bot_settings)
    subs = first.attache.store.subscriptions
    subs.upsert(CHAT, f"chat:{CHAT}", "08:00", "UTC", "daily")
    now = datetime.now(UTC)
    record = subs.create_digest(CHAT, f"chat:{CHAT}", stamp(now - timedelta(days=1)), stamp(now), ["part A", "part B", "part C"], "schedule")
    subs.part_sent(record.id, 1, done=False)  # part A went out, then the process died
    await first.start()
    try:
        await api.wait_until(lambda: len(api.replies(CHAT)) == 2, what="the remaining parts")
        assert [r.text for r in api.replies(CHAT)] == ["part B", "part C"]
        await api.wait_until(lambda: subs.pending_digest(CHAT) is None, what="the digest marked sent")
    finally:
        await first.stop()


async def test_missed_digest_is_sent_once_on_start_up(bot_settings: Settings, api: FakeBotAPI) -> None:
    running = RunningBot(bot_settings)
    store = running.attache.store
    due = (datetime.now(UTC) - timedelta(minutes=5)).strftime("%H:%M")
    store.subscriptions.upsert(CHAT, f"chat:{CHAT}", due, "UTC", "daily")
    yesterday = datetime.now(UTC) - timedelta(days=1, minutes=10)
    old = store.subscriptions.create_digest(CHAT, f"chat:{CHAT}", None, stamp(yesterday), ["old"], "schedule")
    store.subscriptions.part_sent(old.id, 1, done=True)
    await running.start()
    try:
        await api.wait_until(lambda: len(_digest_parts(api)) == 1, what="the catch-up digest")
    finally:
        await running.stop()
    again = await RunningBot(bot_settings).start()
    try:
        await asyncio.sleep(CATCH_UP_DELAY + 0.5)  # a wrong catch-up would have fired by now
        assert len(_digest_parts(api)) == 1
    finally:
        await again.stop()


async def test_blocked_bot_pauses_the_subscription_until_the_user_writes(bot: RunningBot, api: FakeBotAPI) -> None:
    api.send_text(CHAT, "/subscribe 09:00")
    await api.wait_replies(CHAT, 1)
    api.fail("sendMessage", CHAT, 403, "Forbidden: bot was blocked by the user")
    _fire_now(bot)
    subs = bot.attache.store.subscriptions
    await api.wait_until(lambda: not subs.get(CHAT).active, what="the pause")
    assert subs.get(CHAT).paused_reason == "blocked"
    assert not bot.app.job_queue.get_jobs_by_name(f"digest:{CHAT}")

    api.send_text(CHAT, "/help")
    await api.wait_until(lambda: subs.get(CHAT).active, what="the resume")
    assert bot.app.job_queue.get_jobs_by_name(f"digest:{CHAT}")


async def test_retry_after_is_retried(bot: RunningBot, api: FakeBotAPI) -> None:
    api.send_text(CHAT, "/subscribe 09:00")
    await api.wait_replies(CHAT, 1)
    api.fail("sendMessage", CHAT, 429, "Too Many Requests: retry after 1", retry_after=1)
    _fire_now(bot)
    await api.wait_until(lambda: len(_digest_parts(api)) == 1, timeout=15, what="the digest after RetryAfter")
    failed = [c for c in api.calls if c[0] == "sendMessage" and c[1].get("chat_id") == CHAT]
    assert len(failed) >= 3  # the subscribe reply, the refused attempt, the delivered digest


