"""Link-import benchmark: extraction quality on the tests/pages fixtures and loopback fetch latency.

Run from the repository root:  .venv/bin/python bench/links.py [--runs 50]

A loopback HTTP server serves tests/pages/*.html; for every fixture the script reports whether the title
and date were recovered, the text recall (share of the fixture's article paragraphs, as selected by the
XPath in tests/pages/expected.json, found in the extracted text), the text precision (share of the
extracted paragraphs that are article paragraphs), then p50/p95 of the link-to-FetchedPage time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import lxml.html

from service.fetch import FetchError, FetchLimits, fetch_article

PAGES = Path(__file__).resolve().parent.parent / "tests" / "pages"
LIMITS = FetchLimits(allow_private=True)  # loopback is private: allowed for the benchmark only


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def start_server() -> tuple[ThreadingHTTPServer, str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(PAGES)))
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def normalise(text: str) -> str:
    return " ".join(text.split())


def known_paragraphs(name: str, xpath: str) -> list[str]:
    tree = lxml.html.fromstring((PAGES / name).read_bytes())
    return [normalise(element.text_content()) for element in tree.xpath(xpath)]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def quality(base: str, expected: dict[str, dict[str, str]]) -> None:
    print(f"{'fixture':22} {'title':6} {'date':6} {'recall':>7} {'precision':>9}  note")
    for name, spec in expected.items():
        try:
            page = await fetch_article(f"{base}/{name}?utm_source=bench", LIMITS)
        except FetchError as exc:
            wanted = spec.get("expect_error")
            verdict = "as expected" if exc.kind == wanted else f"UNEXPECTED (wanted {wanted or 'an article'})"
            print(f"{name:22} {'-':6} {'-':6} {'-':>7} {'-':>9}  FetchError {exc.kind}: {verdict}")
            continue
        if "expect_error" in spec:
            print(f"{name:22} {'-':6} {'-':6} {'-':>7} {'-':>9}  UNEXPECTED article (wanted {spec['expect_error']})")
            continue
        known = known_paragraphs(name, spec["paragraphs_xpath"])
        extracted = [normalise(p) for p in page.text.split("\n\n")]
        recall = sum(p in extracted for p in known) / len(known)
        precision = sum(p in known for p in extracted) / len(extracted)
        title_ok = "yes" if page.title == spec["title"] else "NO"
        date_ok = "yes" if page.date == spec["date"] else "NO"
        extra = [p for p in extracted if p not in known]
        note = f"extra: {'; '.join(p[:40] for p in extra)}" if extra else ""
        print(f"{name:22} {title_ok:6} {date_ok:6} {recall:7.0%} {precision:9.0%}  {note}")


async def latency(base: str, names: list[str], runs: int) -> None:
    print(f"\nlink -> FetchedPage on loopback, {runs} fetches each (new client per fetch, as in production)")
    everything: list[float] = []
    for name in names:
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            await fetch_article(f"{base}/{name}", LIMITS)
            timings.append((time.perf_counter() - started) * 1000)
        everything.extend(timings)
        print(f"{name:22} p50 {statistics.median(timings):6.1f} ms   p95 {percentile(timings, 0.95):6.1f} ms")
    print(f"{'all':22} p50 {statistics.median(everything):6.1f} ms   p95 {percentile(everything, 0.95):6.1f} ms")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="fetches per fixture for the latency figures")
    args = parser.parse_args()
    expected = json.loads((PAGES / "expected.json").read_text())
    httpd, base = start_server()
    try:
        await quality(base, expected)
        articles = [name for name, spec in expected.items() if "expect_error" not in spec]
        await latency(base, articles, args.runs)
    finally:
        httpd.shutdown()
        httpd.server_close()


if __name__ == "__main__":
    asyncio.run(main())
