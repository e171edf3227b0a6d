"""Who said what: /who, /actors, and the buttons that page through statements."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.error import BadRequest

from bot import render
from bot.context import Context, library, send_parts, service
from bot.keyboards import parse_who_data, who_keyboard

RECENT_DAYS = 7


async def who(update: Update, context: Context) -> None:
    query = " ".join(context.args or []).strip()
    attache = service(context)
    lib = library(update, context)
    if not query:
        counts = await asyncio.to_thread(attache.most_quoted, lib, RECENT_DAYS)
        await update.effective_message.reply_text(render.most_quoted(counts, RECENT_DAYS))
        return
    if len(query) > 100:
        await update.effective_message.reply_text("That name is too long. Usage: /who NAME (for example /who Borrell)")
        return
    answer = await asyncio.to_thread(attache.who, lib, query)
    await update.effective_message.reply_text(render.who(answer), reply_markup=who_keyboard(answer))


async def who_button(update: Update, context: Context) -> None:
    query = update.callback_query
    parsed = parse_who_data(query.data or "")
    if parsed is None:
        await query.answer("This button has expired.")
        return
    key, offset = parsed
    answer = await asyncio.to_thread(service(context).who_key, library(update, context), key, offset)
    await query.answer()
    try:
        await query.edit_message_text(render.who(answer), reply_markup=who_keyboard(answer))
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            raise


async def actors(update: Update, context: Context) -> None:
    rows = await asyncio.to_thread(service(context).actors, library(update, context))
    await send_parts(update.effective_message, render.actor_list(rows))
