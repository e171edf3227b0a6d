"""Keeping what is stored current while the bot answers: articles analysed by older rules are analysed again,
a batch at a time, and actor aliases and merges made from the command line are taken in."""

from __future__ import annotations

import asyncio
import logging

from telegram.ext import Application

from bot.context import Context, service

log = logging.getLogger("attache.bot")

PAUSE = 0.25  # seconds between batches, so updates keep their turn
ACTOR_EDITS_EVERY = 60  # seconds between looks for aliases and merges made by `attache actors`


async def start_catch_up(application: Application) -> None:
    stale = await asyncio.to_thread(application.bot_data["attache"].stale_count)
    if stale and application.job_queue:
        log.info("%d articles were analysed by older rules; analysing them again in the background", stale)
        application.job_queue.run_once(catch_up, when=0, name="catch-up")


async def catch_up(context: Context) -> None:
    # One-off jobs chained: a slow batch never overlaps the next.
    if await asyncio.to_thread(service(context).catch_up):
        assert context.job_queue is not None
        context.job_queue.run_once(catch_up, when=PAUSE, name="catch-up")
    else:
        log.info("every stored article is analysed by the running rules")


def watch_actor_edits(application: Application) -> None:
    if application.job_queue:
        application.job_queue.run_repeating(take_actor_edits, interval=ACTOR_EDITS_EVERY, name="actor-edits")


async def take_actor_edits(context: Context) -> None:
    if await asyncio.to_thread(service(context).refresh_registry):
        log.info("took in actor aliases or merges made from the command line")
