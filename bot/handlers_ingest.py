"""Messages that become articles: pasted text, forwarded posts, edits, links and files."""

from __future__ import annotations

import asyncio

from telegram import Message, MessageEntity, MessageOrigin, MessageOriginChannel, MessageOriginChat, Update
from telegram.constants import ChatAction, ChatType
from telegram.ext import Application

from bot import render
from bot.bursts import Acknowledger, single_reply
from bot.context import Context, library, service
from service.documents import SUPPORTED_EXTENSIONS, DocumentError
from service.ingest import Incoming, IngestOutcome
from service.links import LinkFailure
from service.urls import find_urls, is_mainly_link

TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024


def acknowledger(application: Application) -> Acknowledger:
    return application.bot_data.setdefault("acknowledger", Acknowledger())


async def acknowledge(context: Context, message: Message, outcome: IngestOutcome) -> None:
    """Refusals are answered at once; saves wait a moment in case more forwards follow."""
    if outcome.status == "rejected":
        await message.reply_text(render.esc(outcome.message))
    else:
        acknowledger(context.application).add(context.application, message, outcome)


def _links(message: Message) -> list[str]:
    found: list[str] = []
    for entities in (message.parse_entities(), message.parse_caption_entities()):
        for entity, text in entities.items():
            if entity.type == MessageEntity.TEXT_LINK and entity.url:
                found.append(entity.url)
            elif entity.type == MessageEntity.URL:
                found.append(text)
    return list(dict.fromkeys(found + find_urls(message.text or message.caption or "")))


def _public_link(username: str | None, message_id: int) -> str | None:
    return f"https://t.me/{username}/{message_id}" if username else None


def provenance(message: Message) -> dict:
    """Outlet, link, author and date from where a post came from (forward_origin), if anywhere."""
    origin: MessageOrigin | None = message.forward_origin
    if isinstance(origin, MessageOriginChannel):
        return {
            "outlet": origin.chat.title,
            "link": _public_link(origin.chat.username, origin.message_id),
            "author": origin.author_signature,
            "published": origin.date,
        }
    if isinstance(origin, MessageOriginChat):
        return {"outlet": origin.sender_chat.title, "author": origin.author_signature, "published": origin.date}
    if origin is not None:
        user = getattr(origin, "sender_user", None)
        name = user.full_name if user else getattr(origin, "sender_user_name", None)
        return {"author": name, "published": origin.date}
    if message.chat.type == ChatType.CHANNEL:
        return {"outlet": message.chat.title, "link": _public_link(message.chat.username, message.message_id)}
    return {}


def incoming(update: Update, context: Context, text: str, **extra: object) -> Incoming:
    message = update.effective_message
    fields = {**provenance(message), **extra}
    return Incoming(
        text=text,
        library=library(update, context),
        links=tuple(_links(message)),
        chat_id=message.chat_id,
        message_id=message.message_id,
        **fields,  # type: ignore[arg-type]
    )


async def on_text(update: Update, context: Context) -> None:
    message = update.effective_message
    text = message.text or message.caption or ""
    if not text.strip():
        await on_other(update, context)
        return
    links = _links(message)
    if links and is_mainly_link(text):
        await ingest_links(update, context, links)
        return
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    outcome = await asyncio.to_thread(service(context).ingest, incoming(update, context, text))
    await acknowledge(context, message, outcome)


async def on_edit(update: Update, context: Context) -> None:
    message = update.effective_message
    text = message.text or message.caption or ""
    if not text.strip():
        return
    outcome = await asyncio.to_thread(service(context).ingest_edit, incoming(update, context, text))
    await message.reply_text(single_reply(outcome))


async def ingest_links(update: Update, context: Context, links: list[str]) -> None:
    """Fetch each link; one status message is edited into the result."""
    message = update.effective_message
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    status = await message.reply_text(f"Fetching {len(links)} link{'s' if len(links) > 1 else ''}…")
    results: list[str] = []
    attache = service(context)
    for url in links:
        try:
            outcome = await attache.ingest_url(url, incoming(update, context, ""))
            results.append(single_reply(outcome))
        except LinkFailure as failure:
            results.append(f"{render.esc(url)}: {render.esc(failure.message)}")
    text = "\n\n".join(results)
    parts = render.pack(render.text_blocks(text)) if len(text) > render.LIMIT else [text]
    await status.edit_text(parts[0])
    for part in parts[1:]:
        await message.reply_text(part)


async def on_document(update: Update, context: Context) -> None:
    message = update.effective_message
    document = message.document
    name = document.file_name or "file"
    if not name.lower().endswith(SUPPORTED_EXTENSIONS):
        formats = ", ".join(SUPPORTED_EXTENSIONS)
        await message.reply_text(f"I can't read {render.esc(name)}. Send one of: {formats}.")
        return
    if (document.file_size or 0) > TELEGRAM_DOWNLOAD_LIMIT:
        await message.reply_text("That file is larger than the 20 MB bots may download. Send a smaller file or a link.")
        return
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    file = await document.get_file()
    data = bytes(await file.download_as_bytearray())
    caption = (message.caption or "").strip() or None
    try:
        outcome = await asyncio.to_thread(
            service(context).ingest_document, name, data, incoming(update, context, "", source=name, headline=caption)
        )
    except DocumentError as error:
        await message.reply_text(render.esc(error.message))
        return
    await acknowledge(context, message, outcome)


async def on_other(update: Update, context: Context) -> None:
    """Stickers, photos without a caption, voice notes, empty messages: a hint, nothing stored."""
    message = update.effective_message
    if message is None:
        return
    await message.reply_text(
        "I save news articles: forward a post, paste the text, send a link or a .txt/.html/.pdf/.docx file. "
        "/help lists the commands."
    )
