"""Group the acknowledgements of a burst of forwards into one message.

Articles are stored as each update arrives; only the reply waits until the chat has been quiet for a
moment, so ten forwards produce one "Saved 10 articles" instead of ten messages and flood limits.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from telegram import Message
from telegram.ext import Application

from bot import render
from service.ingest import IngestOutcome


@dataclass
class _Pending:
    items: list[tuple[Message, IngestOutcome]] = field(default_factory=list)
    last_added: float = 0.0
    first_added: float = 0.0


def single_reply(outcome: IngestOutcome) -> str:
    if outcome.status in ("saved", "updated"):
        return render.saved(outcome)
    if outcome.status == "duplicate":
        return render.duplicate(outcome)
    return render.esc(outcome.message)


class Acknowledger:
    def __init__(self, quiet: float = 0.4, longest: float = 3.0) -> None:
        self.quiet = quiet
        self.longest = longest
        self._pending: dict[int, _Pending] = {}

    def add(self, application: Application, message: Message, outcome: IngestOutcome) -> None:
        loop = asyncio.get_running_loop()
        now = loop.time()
        pending = self._pending.get(message.chat_id)
        if pending is None:
            pending = self._pending[message.chat_id] = _Pending(first_added=now)
            application.create_task(self._flush_later(message.chat_id), name=f"ack-{message.chat_id}")
        pending.items.append((message, outcome))
        pending.last_added = now

    async def _flush_later(self, chat_id: int) -> None:
        loop = asyncio.get_running_loop()
        while True:
            pending = self._pending[chat_id]
            now = loop.time()
            wait = min(pending.last_added + self.quiet, pending.first_added + self.longest) - now
            if wait <= 0:
                break
            await asyncio.sleep(wait)
        items = self._pending.pop(chat_id).items
        if len(items) == 1:
            message, outcome = items[0]
            await message.reply_text(single_reply(outcome))
        else:
            await items[-1][0].reply_text(render.saved_burst([o for _, o in items]))
