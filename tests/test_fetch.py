from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from service import fetch
from service.fetch import FetchError, FetchLimits, extract_article, fetch_article, is_public_address
from tests.docfixtures import make_pdf

PAGES = Path(__file__).parent / "pages"
LOOPBACK = FetchLimits(allow_private=True, connect_timeout=2, total_timeout=5)
HUGE_BODY = b"<html><body>" + b"<p>filler paragraph text</p>" * 4000 + b"</body></html>"


class Handler(BaseHTTPRequestHandler):
    """Routes for the end-to-end tests; everything is served from memory on 127.0.0.1."""

    def log_message(self, format: str, *args: object) -> None:  # keep pytest output clean
        pass

    def _send(
        self,
        status: int,
        body: bytes = b"",
        content_type: str | None = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
        length: bool = True,
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path.startswith("/pages/"):
            self._send(200, (PAGES / path.removeprefix("/pages/")).read_bytes())
        elif path == "/article":
            self._send(200, (PAGES / "wire_story.html").read_bytes())
        elif path.startswith("/redirect/"):
            hops = int(path.rsplit("/", 1)[1])
            target = f"/redirect/{hops - 1}" if hops > 1 else "/article?utm_source=tg&b=2&a=1&fbclid=zz"
            self._send(302 if hops % 2 else 301, headers={"Location": target})
        elif path == "/relative-redirect":
            self._send(307, headers={"Location": "pages/jsonld_article.html#top"})
        elif path == "/redirect-no-location":
            self._send(302)
        elif path == "/redirect-ftp":
            self._send(302, headers={"Location": "ftp://files.example/story.html"})
        elif path == "/missing":
            self._send(404, b"<html><body>Not here</body></html>")
        elif path == "/gone":
            self._send(410, b"gone")
        elif path == "/broken":
            self._send(503, b"try later")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, (PAGES / "wire_story.html").read_bytes())
        elif path == "/huge":
            self._send(200, HUGE_BODY)
        elif path == "/huge-no-length":
            self._send(200, HUGE_BODY, length=False)  # HTTP/1.0: body ends when the connection closes
        elif path == "/doc.pdf":
            self._send(200, make_pdf([["A PDF, not a web page."]]), content_type="application/pdf")
        elif path == "/json":
            self._send(200, b'{"a": 1}', content_type="application/json")
        elif path == "/no-type":
            self._send(200, (PAGES / "amp_article.html").read_bytes(), content_type=None)
        elif path == "/no-type-binary":
            self._send(200, make_pdf([["Still a PDF."]]), content_type=None)
        elif path == "/latin1":
            html = (PAGES / "jsonld_article.html").read_text().replace('<meta charset="utf-8">', "")
            self._send(200, html.encode("cp1252"), content_type="text/html; charset=windows-1252")
        else:
            self._send(404)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


async def fetch_error(url: str, limits: FetchLimits = LOOPBACK, **kwargs: object) -> FetchError:
    with pytest.raises(FetchError) as info:
        await fetch_article(url, limits, **kwargs)  # type: ignore[arg-type]
    assert info.value.message  # every failure carries a user-facing sentence
    return info.value


# ------------------------------------------------------------------------------------------------
# End to end on loopback


async def test_article_page(server: str) -> None:
    page = await fetch_article(f"  {server}/article#comments\n", LOOPBACK)
    assert page.url == f"{server}/article"
    assert page.title == "Harbour authority approves night ferry trial"
    assert page.author == "Maren Ostby"
    assert page.date == "2024-03-14"
    assert page.site_name == "Northline Wire"
    assert page.text.startswith("PORTHAVEN, March 14 (Northline)")
    assert "\n\nThe trial will add two late sailings" in page.text
    for boilerplate in ("Most read", "Related coverage", "All rights reserved", "cookies", "Accept all"):
        assert boilerplate not in page.text


async def test_redirect_chain_returns_canonical_final_url(server: str) -> None:
    page = await fetch_article(f"{server}/redirect/5?utm_medium=social", LOOPBACK)
    assert page.url == f"{server}/article?a=1&b=2"
    assert page.title == "Harbour authority approves night ferry trial"


async def test_relative_redirect(server: str) -> None:
    page = await fetch_article(f"{server}/relative-redirect", LOOPBACK)
    assert page.url == f"{server}/pages/jsonld_article.html"
    assert page.date == "2024-05-21"


async def test_too_many_redirects(server: str) -> None:
    error = await fetch_error(f"{server}/redirect/6")
    assert error.kind == "http_error"
    assert "redirect" in error.message


async def test_redirect_limit_is_configurable(server: str) -> None:
    error = await fetch_error(f"{server}/redirect/2", FetchLimits(allow_private=True, max_redirects=1))
    assert error.kind == "http_error"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/missing", "not_found"),
        ("/gone", "not_found"),
        ("/broken", "http_error"),
        ("/redirect-no-location", "http_error"),
        ("/redirect-ftp", "bad_url"),
    ],
)
async def test_http_failures(server: str, path: str, kind: str) -> None:
    assert (await fetch_error(server + path)).kind == kind


async def test_slow_page_times_out_quickly(server: str) -> None:
    started = time.monotonic()
    error = await fetch_error(f"{server}/slow", FetchLimits(allow_private=True, total_timeout=0.5))
    assert error.kind == "timeout"
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("path", ["/huge", "/huge-no-length"])
async def test_huge_page(server: str, path: str) -> None:
    error = await fetch_error(server + path, FetchLimits(allow_private=True, max_bytes=50_000))
    assert error.kind == "too_large"


async def test_huge_page_within_a_larger_limit_is_read(server: str) -> None:
    page = await fetch_article(f"{server}/huge-no-length", FetchLimits(allow_private=True, max_bytes=500_000))
    assert "filler paragraph text" in page.text


@pytest.mark.parametrize("path", ["/doc.pdf", "/json", "/no-type-binary"])
async def test_not_html(server: str, path: str) -> None:
    assert (await fetch_error(server + path)).kind == "not_html"


async def test_missing_content_type_is_sniffed(server: str) -> None:
    page = await fetch_article(f"{server}/no-type", LOOPBACK)
    assert page.title == "Researchers map the songs of a rare mountain frog"


async def test_declared_charset_is_honoured(server: str) -> None:
    page = await fetch_article(f"{server}/latin1", LOOPBACK)
    assert "Santa Inés" in page.text


async def test_paywall_and_non_article(server: str) -> None:
    assert (await fetch_error(f"{server}/pages/paywall_teaser.html")).kind == "paywall"
    assert (await fetch_error(f"{server}/pages/index_page.html")).kind == "empty"


async def test_loopback_is_blocked_by_default(server: str) -> None:
    error = await fetch_error(f"{server}/article", FetchLimits())
    assert error.kind == "blocked"


async def test_localhost_name_is_blocked(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    assert (await fetch_error(f"http://localhost:{port}/article", FetchLimits())).kind == "blocked"


async def test_caller_supplied_client_still_validates_redirects(server: str) -> None:
    async with httpx.AsyncClient(follow_redirects=True) as client:
        error = await fetch_error(f"{server}/redirect/6", client=client)
        page = await fetch_article(f"{server}/redirect/1", LOOPBACK, client=client)
    assert error.kind == "http_error"
    assert page.url == f"{server}/article?a=1&b=2"


# ------------------------------------------------------------------------------------------------
# Address checks (no network: literals need no DNS, names are resolved by a stub)


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/",
        "http://192.168.1.20:8080/admin",
        "http://172.16.5.4/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[fe80::1]/",
        "http://[fd00::1]/",
        "http://[2002:a00:1::]/",  # 6to4 wrapper around 10.0.0.1
        "http://[64:ff9b::a00:1]/",  # NAT64 wrapper around 10.0.0.1
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://100.64.0.1/",  # carrier-grade NAT
        "http://240.0.0.1/",
        "http://2130706433/",  # 127.0.0.1 written as one integer
    ],
)
async def test_private_addresses_are_blocked(url: str) -> None:
    assert (await fetch_error(url, FetchLimits())).kind == "blocked"


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
        ("64:ff9b::808:808", True),  # NAT64 wrapper around 8.8.8.8
        ("127.0.0.1", False),
        ("::ffff:192.168.0.1", False),
        ("fe80::1%eth0", False),
        ("not-an-ip", False),
    ],
)
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(address) is public


@pytest.mark.parametrize(
    "url",
    [
        "ftp://files.example/a",
        "javascript:alert(1)",
        "not a url",
        "https://",
        "https://user:pw@news.example/a",
        "http://news.example:99999/",
    ],
)
async def test_bad_urls(url: str) -> None:
    assert (await fetch_error(url, FetchLimits())).kind == "bad_url"


def stub_dns(monkeypatch: pytest.MonkeyPatch, table: dict[str, list[str]]) -> None:
    async def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise FetchError("network", "That website could not be found.")
        return table[host]

    monkeypatch.setattr(fetch, "_resolve_addresses", resolve)


def mock_client(routes: dict[str, httpx.Response], seen: list[str]) -> httpx.AsyncClient:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return routes.get(str(request.url), httpx.Response(404))

    return httpx.AsyncClient(transport=httpx.MockTransport(handle))


@pytest.mark.parametrize("target", ["http://127.0.0.1/admin", "http://intranet.example/wiki", "http://[::1]/"])
async def test_redirect_from_public_to_private_host_is_refused(monkeypatch: pytest.MonkeyPatch, target: str) -> None:
    stub_dns(monkeypatch, {"news.example": ["93.184.215.14"], "intranet.example": ["10.1.2.3"]})
    seen: list[str] = []
    routes = {"https://news.example/story": httpx.Response(302, headers={"Location": target})}
    async with mock_client(routes, seen) as client:
        error = await fetch_error("https://news.example/story", FetchLimits(), client=client)
    assert error.kind == "blocked"
    assert seen == ["https://news.example/story"]  # the private target was never contacted


async def test_host_with_any_private_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    stub_dns(monkeypatch, {"mixed.example": ["93.184.215.14", "192.168.0.7"]})
    seen: list[str] = []
    async with mock_client({}, seen) as client:
        error = await fetch_error("https://mixed.example/", FetchLimits(), client=client)
    assert error.kind == "blocked"
    assert seen == []


async def test_public_host_is_fetched_and_tracking_stripped(monkeypatch: pytest.MonkeyPatch) -> None:
    html = (PAGES / "jsonld_article.html").read_bytes()
    routes = {
        "https://t.news.example/x": httpx.Response(
            301, headers={"Location": "https://news.example/s?id=4&utm_source=x"}
        ),
        "https://news.example/s?id=4&utm_source=x": httpx.Response(
            200, content=html, headers={"Content-Type": "text/html"}
        ),
    }
    stub_dns(monkeypatch, {"t.news.example": ["93.184.215.15"], "news.example": ["93.184.215.14"]})
    seen: list[str] = []
    async with mock_client(routes, seen) as client:
        page = await fetch_article("https://t.news.example/x", client=client)
    assert page.url == "https://news.example/s?id=4"
    assert page.author == "Rafael Okonjo"
    assert page.site_name == "Valley Courier"


async def test_unknown_host_is_a_network_error(monkeypatch: pytest.MonkeyPatch) -> None:
    stub_dns(monkeypatch, {})
    assert (await fetch_error("https://nowhere.example/", FetchLimits())).kind == "network"


# ------------------------------------------------------------------------------------------------
# Pure extraction


def test_extract_article_blog_skips_comments() -> None:
    page = extract_article((PAGES / "blog_comments.html").read_text(), "https://alder.example/p/412?ref=tw")
    assert page.url == "https://alder.example/p/412"
    assert page.title == "Why our town library started lending tools"
    assert page.date == "2023-11-02"
    assert page.author == "Priya Lindqvist"
    assert "carpet cleaner" in page.text
    assert "returned it with a pie" not in page.text
    assert "Recent posts" not in page.text


def test_extract_article_without_url_uses_rel_canonical() -> None:
    page = extract_article((PAGES / "amp_article.html").read_text())
    assert page.url == "https://fieldscience.example/2024/02/mountain-frog-songs"
    assert page.author == "Hanne Sørvik"
    assert page.date == "2024-02-09"


def test_extract_article_empty_html() -> None:
    with pytest.raises(FetchError) as info:
        extract_article("<html><body></body></html>")
    assert info.value.kind == "empty"
