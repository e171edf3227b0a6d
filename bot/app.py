"""Build the python-telegram-bot Application: defaults, rate limiter, handlers, error handler, menu."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, NetworkError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import handlers_articles as articles
from bot import handlers_digest as digest
from bot import handlers_ingest as ingest
from bot import handlers_who as who
from bot.args import BadArguments
from bot.catch_up import start_catch_up, watch_actor_edits
from bot.commands import COMMANDS
from bot.context import Context, service
from service.core import Attache

log = logging.getLogger("attache.bot")

NOT_EDITED = ~filters.UpdateType.EDITED


async def gate(update: Update, context: Context) -> None:
    """ATTACHE_ALLOWED: everyone else gets one line and nothing is processed."""
    settings = service(context).settings
    user = update.effective_user
    chat = update.effective_chat
    if settings.is_allowed(user.id if user else None, chat.id if chat else None):
        return
    if update.effective_message and update.message:
        who = user.id if user else chat.id if chat else "?"
        await update.effective_message.reply_text(
            f"This Attaché is private. Ask its operator to add your id {who} to ATTACHE_ALLOWED."
        )
    raise ApplicationHandlerStop


async def on_error(update: object, context: Context) -> None:
    error = context.error
    message = update.effective_message if isinstance(update, Update) else None
    if isinstance(error, BadArguments):
        if message:
            await message.reply_text(str(error))
        return
    if isinstance(error, Forbidden):
        log.warning("forbidden: %s", error)
        return
    if isinstance(error, NetworkError) and message is None:
        log.warning("network error: %s", error)
        return
    log.error("unhandled error for update %s", update, exc_info=error)
    if message:
        await message.reply_text("Sorry, something went wrong on my side. What you saved before is safe; try again.")


async def post_init(application: Application) -> None:
    await application.bot.set_my_commands([BotCommand(name, description) for name, _, description in COMMANDS])
    await digest.restore_schedules(application)
    await start_catch_up(application)
    watch_actor_edits(application)


def add_handlers(application: Application) -> None:
    application.add_handler(TypeHandler(Update, gate), group=-1)
    command_handlers = {
        "start": articles.start,
        "help": articles.help_command,
        "latest": articles.latest,
        "summary": articles.summary,
        "article": articles.article,
        "search": articles.search,
        "delete": articles.delete,
        "who": who.who,
        "actors": who.actors,
        "subscribe": digest.subscribe,
        "unsubscribe": digest.unsubscribe,
        "settings": digest.settings,
        "digest": digest.digest_now,
        "watch": digest.watch,
        "unwatch": digest.unwatch,
    }
    for name, callback in command_handlers.items():
        application.add_handler(CommandHandler(name, callback, filters=NOT_EDITED))
    application.add_handler(CallbackQueryHandler(who.who_button, pattern=r"^w\|"))
    application.add_handler(MessageHandler(filters.COMMAND & NOT_EDITED, articles.unknown_command))
    application.add_handler(
        MessageHandler(filters.UpdateType.EDITED & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND, ingest.on_edit)
    )
    application.add_handler(MessageHandler(filters.Document.ALL & NOT_EDITED, ingest.on_document))
    application.add_handler(MessageHandler((filters.TEXT | filters.CAPTION) & NOT_EDITED, ingest.on_text))
    application.add_handler(MessageHandler(filters.ALL & NOT_EDITED, ingest.on_other))
    application.add_handler(TypeHandler(Update, digest.resume_on_message), group=1)
    application.add_error_handler(on_error)


def build_application(attache: Attache) -> Application:
    settings = attache.settings
    defaults = Defaults(
        parse_mode=ParseMode.HTML,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
        tzinfo=ZoneInfo(settings.tz),
    )
    application = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(f"{settings.api_url}/bot")
        .base_file_url(f"{settings.api_url}/file/bot")
        .defaults(defaults)
        .rate_limiter(AIORateLimiter(max_retries=3))
        .post_init(post_init)
        .build()
    )
    application.bot_data["attache"] = attache
    add_handlers(application)
    return application


def run(attache: Attache) -> None:
    application = build_application(attache)
    application.run_polling(allowed_updates=Update.ALL_TYPES)
