"""Shared fixtures: settings on a temporary database, the service, and a running bot on a fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from config.settings import Settings, load_settings
from service.core import Attache
from tests.fakebot import TOKEN, FakeBotAPI


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings({"ATTACHE_DB": str(tmp_path / "attache.db"), "TELEGRAM_BOT_TOKEN": TOKEN}, dotenv_path=None)


@pytest.fixture
def attache(settings: Settings) -> Iterator[Attache]:
    service = Attache(settings)
    yield service
    service.close()


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as server:
        yield server


class RunningBot:
    """The real Application, started the way run_polling starts it, polling the fake server."""

    def __init__(self, settings: Settings) -> None:
        from bot.app import build_application

        self.attache = Attache(settings)
        self.app = build_application(self.attache)

    async def start(self) -> RunningBot:
        await self.app.initialize()
        if self.app.post_init:
            await self.app.post_init(self.app)
        await self.app.updater.start_polling(poll_interval=0.0, timeout=1)
        await self.app.start()
        return self

    async def stop(self) -> None:
        if not self.app.running:
            return
        await self.app.updater.stop()
        await self.app.stop()
        await self.app.shutdown()
        self.attache.close()


@pytest.fixture
def bot_settings(settings: Settings, api: FakeBotAPI) -> Settings:
    return replace(settings, api_url=api.url, allow_private_urls=True)


@pytest.fixture
async def bot(bot_settings: Settings) -> AsyncIterator[RunningBot]:
    running = await RunningBot(bot_settings).start()
    yield running
    await running.stop()
