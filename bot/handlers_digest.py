"""Daily digests: /subscribe /unsubscribe /settings /digest /watch /unwatch, jobs and delivery."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.ext import Application

from bot import render
from bot.args import BadArguments, usage
from bot.context import Context, library, service
from service.digests import schedule_of
from service.schedule import Schedule, next_run, parse_schedule_args
from store.subscriptions import Subscription
from summarizer.actors import Actor

log = logging.getLogger("attache.digest")

ALL_DAYS = (0, 1, 2, 3, 4, 5, 6)  # PTB: 0 is Sunday
WEEKDAYS = (1, 2, 3, 4, 5)
SEND_ATTEMPTS = 5
# A send that times out waiting for Telegram's answer may still have been delivered, and retrying it then sends
# the part twice; a long wait for the answer makes that rare without holding up anything else.
SEND_READ_TIMEOUT = 30.0
CATCH_UP_DELAY = 1.0  # seconds after start-up before a missed or interrupted digest goes out


def _job_name(chat_id: int) -> str:
    return f"digest:{chat_id}"


def unschedule(application: Application, chat_id: int) -> None:
    for job in application.job_queue.get_jobs_by_name(_job_name(chat_id)):
        job.schedule_removal()


def schedule_job(application: Application, sub: Subscription) -> None:
    unschedule(application, sub.chat_id)
    sched = schedule_of(sub)
    application.job_queue.run_daily(
        scheduled_digest,
        time=sched.time.replace(tzinfo=ZoneInfo(sched.tz)),
        days=WEEKDAYS if sched.days == "weekdays" else ALL_DAYS,
        chat_id=sub.chat_id,
        name=_job_name(sub.chat_id),
    )


async def scheduled_digest(context: Context) -> None:
    await deliver(context.application, context.job.chat_id, "schedule")


def _lock(application: Application, chat_id: int) -> asyncio.Lock:
    locks: dict[int, asyncio.Lock] = application.bot_data.setdefault("digest_locks", {})
    return locks.setdefault(chat_id, asyncio.Lock())


async def deliver(application: Application, chat_id: int, trigger: str) -> int:
    """Send the chat's digest window; returns the number of parts delivered now."""
    attache = application.bot_data["attache"]
    async with _lock(application, chat_id):
        sub = await asyncio.to_thread(attache.subscriptions.get, chat_id)
        lib = sub.library if sub else attache.library(chat_id)
        record = await asyncio.to_thread(
            attache.digests.open_window,
            chat_id,
            lib,
            render.digest,
            now=datetime.now(UTC),
            trigger=trigger,
            skip_empty=attache.settings.empty_digest == "skip" and trigger == "schedule",
        )
        if record is None:
            return 0
        sent = 0
        for index in range(record.parts_sent, len(record.parts)):
            if not await _send(application, chat_id, record.parts[index]):
                break
            await asyncio.to_thread(attache.digests.part_delivered, record, index + 1)
            sent += 1
        return sent


async def _send(application: Application, chat_id: int, text: str) -> bool:
    delay = 1.0
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            await application.bot.send_message(chat_id, text, read_timeout=SEND_READ_TIMEOUT)
            return True
        except RetryAfter as error:
            wait = error.retry_after
            await asyncio.sleep(wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait))
        except (Forbidden, BadRequest) as error:
            if isinstance(error, BadRequest) and "chat not found" not in str(error).lower():
                raise
            await _pause(application, chat_id, str(error))
            return False
        except NetworkError as error:
            log.warning("digest for %s: attempt %d failed: %s", chat_id, attempt, error)
            if attempt == SEND_ATTEMPTS:
                return False
            await asyncio.sleep(delay)
            delay *= 2
    return False


async def _pause(application: Application, chat_id: int, reason: str) -> None:
    log.warning("digest for chat %s paused: %s", chat_id, reason)
    await asyncio.to_thread(application.bot_data["attache"].subscriptions.pause_blocked, chat_id)
    unschedule(application, chat_id)


async def restore_schedules(application: Application) -> None:
    """At start-up: one job per active subscription, finish interrupted digests, send missed ones once."""
    attache = application.bot_data["attache"]
    for sub, owed in await asyncio.to_thread(attache.subscriptions.start_up, datetime.now(UTC)):
        schedule_job(application, sub)
        if owed:
            application.job_queue.run_once(
                scheduled_digest, when=CATCH_UP_DELAY, chat_id=sub.chat_id, name=f"catch-up:{sub.chat_id}"
            )


async def resume_on_message(update: Update, context: Context) -> None:
    """A chat whose digest was paused because the bot was blocked resumes when the user writes again."""
    chat = update.effective_chat
    if chat is None or update.effective_message is None:
        return
    resumed = await asyncio.to_thread(service(context).subscriptions.resume_if_blocked, chat.id)
    if resumed:
        schedule_job(context.application, resumed)
        log.info("digest for chat %s resumed", chat.id)


def _describe(sched: Schedule) -> str:
    days = "Monday to Friday" if sched.days == "weekdays" else "every day"
    nxt = next_run(sched, datetime.now(UTC)).astimezone(ZoneInfo(sched.tz))
    return f"{sched.time:%H:%M} {sched.tz}, {days}. Next digest: {nxt:%a %-d %b %H:%M}."


async def subscribe(update: Update, context: Context) -> None:
    attache = service(context)
    try:
        sched = parse_schedule_args(tuple(context.args or ()), attache.settings.tz)
    except ValueError as error:
        raise BadArguments(str(error)) from error
    chat_id = update.effective_chat.id
    sub = await asyncio.to_thread(attache.subscriptions.subscribe, chat_id, library(update, context), sched)
    schedule_job(context.application, sub)
    await update.effective_message.reply_text(f"Subscribed: daily digest at {_describe(sched)}")


async def unsubscribe(update: Update, context: Context) -> None:
    chat_id = update.effective_chat.id
    removed = await asyncio.to_thread(service(context).subscriptions.unsubscribe, chat_id)
    unschedule(context.application, chat_id)
    await update.effective_message.reply_text(
        "Unsubscribed: no more daily digests." if removed else "This chat has no digest subscription."
    )


async def settings(update: Update, context: Context) -> None:
    attache = service(context)
    chat_id = update.effective_chat.id
    sub = await asyncio.to_thread(attache.subscriptions.get, chat_id)
    watches = await asyncio.to_thread(attache.subscriptions.watches, chat_id)
    if sub is None:
        schedule = "not subscribed (/subscribe 08:00 Europe/Brussels)"
    else:
        schedule = _describe(schedule_of(sub))
        if not sub.active:
            schedule += f" Paused: {render.esc(sub.paused_reason or 'unknown')}."
    lines = [
        "<b>Settings</b>",
        f"Digest: {render.esc(schedule)}",
        f"Summary length: {attache.settings.summary_sentences} sentences",
        f"Library: {'shared' if attache.settings.shared_library else 'this chat'}",
        "Watched actors: " + (", ".join(render.esc(w.actor_name) for w in watches) or "none (/watch NAME)"),
    ]
    await update.effective_message.reply_text("\n".join(lines))


async def digest_now(update: Update, context: Context) -> None:
    sent = await deliver(context.application, update.effective_chat.id, "manual")
    if sent == 0:
        await update.effective_message.reply_text("Nothing new since the last digest.")


async def _resolve(update: Update, context: Context, command: str) -> Actor | None:
    name = " ".join(context.args or []).strip()
    if not name:
        raise BadArguments(usage(command, f"/{command} Borrell"))
    actor, message = await asyncio.to_thread(service(context).resolve_actor, name)
    if actor is None:
        await update.effective_message.reply_text(render.esc(message))
    return actor


async def watch(update: Update, context: Context) -> None:
    actor = await _resolve(update, context, "watch")
    if actor is None:
        return
    await asyncio.to_thread(service(context).subscriptions.watch, update.effective_chat.id, actor.key, actor.name)
    await update.effective_message.reply_text(f"Watching <b>{render.esc(actor.name)}</b>: they come first in digests.")


async def unwatch(update: Update, context: Context) -> None:
    actor = await _resolve(update, context, "unwatch")
    if actor is None:
        return
    removed = await asyncio.to_thread(service(context).subscriptions.unwatch, update.effective_chat.id, actor.key)
    text = (
        f"Stopped watching {render.esc(actor.name)}." if removed else f"You were not watching {render.esc(actor.name)}."
    )
    await update.effective_message.reply_text(text)
