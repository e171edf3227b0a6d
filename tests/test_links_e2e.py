"""Links and files end to end: a page server on loopback, the bot fetching, documents uploaded."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from config.settings import Settings
from tests.conftest import RunningBot
from tests.docfixtures import make_docx
from tests.fakebot import FakeBotAPI

CHAT = 31337
PAGES = Path(__file__).parent / "pages"


class _Pages(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0].lstrip("/")
        if path == "moved":
            self.send_response(302)
            self.send_header("Location", "/wire_story.html?utm_source=tg")
            self.end_headers()
            return
        page = PAGES / path
        if not path.endswith(".html") or not page.is_file():
            self.send_response(404)
            self.end_headers()
            return
        body = page.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def pages() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


async def test_link_is_fetched_and_status_edited_into_the_result(bot: RunningBot, api: FakeBotAPI, pages: str) -> None:
    api.send_text(CHAT, f"{pages}/moved")
    status = (await api.wait_replies(CHAT, 1))[0]
    assert status.text.startswith("Fetching 1 link")
    await api.wait_until(lambda: api.current(CHAT, status.message_id).text.startswith("<b>Saved #1</b>"), what="edit")
    result = api.current(CHAT, status.message_id).text
    assert "Harbour authority approves night ferry trial" in result
    article = bot.attache.article(f"chat:{CHAT}", 1)
    assert article is not None and article.link == f"{pages}/wire_story.html"  # canonical, no utm_*
    assert any(m == "sendChatAction" for m, _ in api.calls)

    api.send_text(CHAT, f"Worth reading {pages}/wire_story.html?utm_medium=social")
    again = (await api.wait_replies(CHAT, 2))[1]
    await api.wait_until(lambda: "Already saved as" in api.current(CHAT, again.message_id).text, what="duplicate")
    assert bot.attache.store.articles.count(f"chat:{CHAT}") == 1


async def test_link_failures_get_clear_replies(bot: RunningBot, api: FakeBotAPI, pages: str) -> None:
    api.send_text(CHAT, f"{pages}/missing.html")
    status = (await api.wait_replies(CHAT, 1))[0]
    await api.wait_until(lambda: "Fetching" not in api.current(CHAT, status.message_id).text, what="failure")
    assert "does not exist" in api.current(CHAT, status.message_id).text
    assert bot.attache.store.articles.count(f"chat:{CHAT}") == 0


async def test_private_address_refused_by_default(settings: Settings, api: FakeBotAPI, pages: str) -> None:
    running = await RunningBot(replace(settings, api_url=api.url, allow_private_urls=False)).start()
    try:
        api.send_text(CHAT, f"{pages}/wire_story.html")
        status = (await api.wait_replies(CHAT, 1))[0]
        await api.wait_until(lambda: "Fetching" not in api.current(CHAT, status.message_id).text, what="refusal")
        text = api.current(CHAT, status.message_id).text.lower()
        assert "private" in text or "not allowed" in text or "refuse" in text
        assert running.attache.store.articles.count(f"chat:{CHAT}") == 0
    finally:
        await running.stop()


async def test_documents_become_articles_and_broken_files_are_refused(bot: RunningBot, api: FakeBotAPI) -> None:
    docx = make_docx(
        [
            ("Title", "Ministers agree on a grain corridor plan"),
            (None, "Foreign ministers agreed on Friday on a plan to keep grain shipments moving across the Black Sea."),
            (None, "\u201cThis corridor feeds millions,\u201d Antony Blinken said after the meeting in Istanbul."),
            (None, "Officials said inspections would start within two weeks, with a review after three months."),
        ]
    )
    api.send_document(CHAT, "grain.docx", docx, caption="Grain corridor deal")
    saved = (await api.wait_replies(CHAT, 1))[0].text
    assert saved.startswith("<b>Saved #1</b>: Grain corridor deal")
    assert "Antony Blinken (1)" in saved
    assert bot.attache.article(f"chat:{CHAT}", 1).source == "grain.docx"

    api.send_document(CHAT, "broken.pdf", b"%PDF-1.4 this is not really a pdf")
    api.send_document(CHAT, "tool.exe", b"MZ\x90\x00")
    replies = [r.text for r in await api.wait_replies(CHAT, 3)]
    assert "pdf" in replies[1].lower() and ("damaged" in replies[1].lower() or "read" in replies[1].lower())
    assert replies[2].startswith("I can't read tool.exe")
    assert bot.attache.store.articles.count(f"chat:{CHAT}") == 1
