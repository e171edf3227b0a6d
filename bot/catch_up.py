"""Articles analysed by older rules are analysed again, a batch at a time, while the bot answers."""

from __future__ import annotations

import asyncio
import logging

from telegram.ext import Application

from bot.context import Context, service

log = logging.getLogger("attache.bot")

PAUSE = 0.25  # seconds between batches, so updates keep their turn


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
