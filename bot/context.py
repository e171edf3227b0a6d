"""Small shared pieces for handlers: the service from bot_data, the chat's library, sending parts."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import ContextTypes

from service.core import Attache

Context = ContextTypes.DEFAULT_TYPE


def service(context: Context) -> Attache:
    return context.application.bot_data["attache"]


def library(update: Update, context: Context) -> str:
    chat = update.effective_chat
    return service(context).library(chat.id if chat else None)


async def send_parts(message: Message, parts: Sequence[str], markup: InlineKeyboardMarkup | None = None) -> None:
    """Reply with several messages; buttons go on the last one."""
    for i, part in enumerate(parts):
        await message.reply_text(part, reply_markup=markup if i == len(parts) - 1 else None)
