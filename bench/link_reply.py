"""Link to reply, end to end on loopback: a user sends a URL, the running bot fetches, extracts,
analyses, stores and edits its status message into the result.

    .venv/bin/python bench/link_reply.py [--runs 40]

Uses the project's fake Bot API server (tests/fakebot.py) and a page server for tests/pages.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from links import start_server  # noqa: E402

from bot.app import build_application  # noqa: E402
from config.settings import load_settings  # noqa: E402
from service.core import Attache  # noqa: E402
from tests.fakebot import TOKEN, FakeBotAPI  # noqa: E402

PAGES = ("wire_story.html", "blog_comments.html", "jsonld_article.html", "amp_article.html")
CHAT = 1


async def run(runs: int) -> list[float]:
    httpd, base = start_server()
    timings: list[float] = []
    with FakeBotAPI() as api, tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(
            {"ATTACHE_DB": f"{tmp}/b.db", "TELEGRAM_BOT_TOKEN": TOKEN, "ATTACHE_API_URL": api.url,
             "ATTACHE_ALLOW_PRIVATE_URLS": "1"},
            dotenv_path=None,
        )
        attache = Attache(settings)
        app = build_application(attache)
        await app.initialize()
        await app.post_init(app)
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        await app.start()
        try:
            for i in range(runs):
                url = f"{base}/{PAGES[i % len(PAGES)]}?edition={i}"
                before = len(api.replies(CHAT))
                started = time.perf_counter()
                api.send_text(CHAT, url)
                await api.wait_replies(CHAT, before + 1)
                status = api.replies(CHAT)[-1]
                await api.wait_until(
                    lambda s=status: not api.current(CHAT, s.message_id).text.startswith("Fetching"), what="result"
                )
                timings.append((time.perf_counter() - started) * 1000)
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()
            attache.close()
            httpd.shutdown()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    timings = sorted(asyncio.run(run(args.runs)))
    p95 = timings[min(len(timings) - 1, int(0.95 * len(timings)))]
    print(f"link -> bot reply on loopback, {len(timings)} links ({len(PAGES)} page layouts, first of each saved, "
          "the rest fetched and recognised as already saved)")
    print(f"p50 {statistics.median(timings):.0f} ms   p95 {p95:.0f} ms   max {timings[-1]:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
