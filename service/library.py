"""Which library a chat reads and writes: its own, or the one shared by all allowed users."""

from __future__ import annotations

from config.settings import Settings

SHARED = "shared"


def library_for(settings: Settings, chat_id: int | None) -> str:
    if settings.shared_library or chat_id is None:
        return SHARED
    return f"chat:{chat_id}"
