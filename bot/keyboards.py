"""Inline keyboards. Callback data is "w|OFFSET|ACTOR_KEY" (Telegram allows 64 bytes)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from service.who import PAGE, WhoAnswer
from summarizer.actors import Actor

MAX_CALLBACK_BYTES = 64


def who_data(key: str, offset: int) -> str | None:
    data = f"w|{offset}|{key}"
    return data if len(data.encode()) <= MAX_CALLBACK_BYTES else None


def parse_who_data(data: str) -> tuple[str, int] | None:
    parts = data.split("|", 2)
    if len(parts) != 3 or parts[0] != "w" or not parts[1].isdigit():
        return None
    return parts[2], int(parts[1])


def _actor_buttons(actors: tuple[Actor, ...]) -> list[list[InlineKeyboardButton]]:
    rows = []
    for actor in actors[:6]:
        data = who_data(actor.key, 0)
        if data:
            rows.append([InlineKeyboardButton(actor.name, callback_data=data)])
    return rows


def who_keyboard(answer: WhoAnswer) -> InlineKeyboardMarkup | None:
    rows: list[list[InlineKeyboardButton]] = []
    rows += _actor_buttons(answer.candidates or answer.suggestions)
    if answer.actor and answer.statements:
        nav = []
        if answer.offset > 0 and (data := who_data(answer.actor.key, max(0, answer.offset - PAGE))):
            nav.append(InlineKeyboardButton("« Newer", callback_data=data))
        if answer.has_more and (data := who_data(answer.actor.key, answer.offset + len(answer.statements))):
            nav.append(InlineKeyboardButton("Older »", callback_data=data))
        if nav:
            rows.append(nav)
    rows += _actor_buttons(answer.earlier_holders)
    return InlineKeyboardMarkup(rows) if rows else None
