"""Commands about stored articles: /start /help /latest /summary /article /search /delete, unknown commands."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot import render
from bot.args import BadArguments, article_number, count, usage
from bot.commands import START, help_text
from bot.context import Context, library, send_parts, service


async def start(update: Update, context: Context) -> None:
    await update.effective_message.reply_text(START)


async def help_command(update: Update, context: Context) -> None:
    await update.effective_message.reply_text(help_text())


async def latest(update: Update, context: Context) -> None:
    args = context.args or []
    n = 10
    if args:
        n = count(args[0], "latest", "/latest 20", 1, 50)
    articles = await asyncio.to_thread(service(context).latest, library(update, context), n)
    await send_parts(update.effective_message, render.article_list(articles))


async def summary(update: Update, context: Context) -> None:
    args = context.args or []
    if not 1 <= len(args) <= 2:
        raise BadArguments(usage("summary", "/summary 3 or /summary 3 5"))
    no = article_number(args[0], "summary", "/summary 3")
    n = count(args[1], "summary", "/summary 3 5", 1, 10) if len(args) == 2 else None
    attache = service(context)
    article = await asyncio.to_thread(attache.article, library(update, context), no)
    if article is None:
        await update.effective_message.reply_text(f"There is no article #{no}. /latest lists the saved ones.")
        return
    sentences = await asyncio.to_thread(attache.summary, article, n)
    await update.effective_message.reply_text(render.summary(article, sentences))


def _one_id(context: Context, command: str) -> int:
    args = context.args or []
    example = f"/{command} 3"
    if len(args) != 1:
        raise BadArguments(usage(command, example))
    return article_number(args[0], command, example)


async def article(update: Update, context: Context) -> None:
    no = _one_id(context, "article")
    found = await asyncio.to_thread(service(context).article, library(update, context), no)
    if found is None:
        await update.effective_message.reply_text(f"There is no article #{no}. /latest lists the saved ones.")
        return
    await send_parts(update.effective_message, render.full_article(found))


async def search(update: Update, context: Context) -> None:
    words = " ".join(context.args or []).strip()
    if not words:
        raise BadArguments(usage("search", "/search sanctions Russia"))
    hits = await asyncio.to_thread(service(context).search, library(update, context), words)
    await send_parts(update.effective_message, render.search_results(words, hits))


async def delete(update: Update, context: Context) -> None:
    no = _one_id(context, "delete")
    user = update.effective_user
    if not service(context).settings.may_delete(user.id if user else None):
        await update.effective_message.reply_text("In this shared library only admins (ATTACHE_ADMINS) can delete.")
        return
    deleted = await asyncio.to_thread(service(context).delete, library(update, context), no)
    text = f"Deleted #{no}." if deleted else f"There is no article #{no}."
    await update.effective_message.reply_text(text)


async def unknown_command(update: Update, context: Context) -> None:
    await update.effective_message.reply_text("I don't know that command. /help lists what I can do.")
