"""DNS-rebinding defence: the connection goes to the address that was checked, not to a second lookup.

Everything runs on 127.0.0.1. Host names are answered by a stub of the project's resolver; where a
test needs a public address to pass the check, a recording dialer stands in for the internet and
opens the connection to the loopback server instead.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpcore
import pytest

from service import fetch
from service.fetch import FetchError, FetchLimits, fetch_article

PAGES = Path(__file__).parent / "pages"
TITLE = "Harbour authority approves night ferry trial"
LOOPBACK = FetchLimits(allow_private=True, connect_timeout=2, total_timeout=5)
PUBLIC = FetchLimits(connect_timeout=2, total_timeout=5)

# Test-only PKI made with `openssl ca` (valid 2000-2125): a CA and a leaf for DNS:news.example only.
CA_PEM = """-----BEGIN CERTIFICATE-----
MIIBaTCCAQ6gAwIBAgICEAAwCgYIKoZIzj0EAwIwGjEYMBYGA1UEAwwPQXR0YWNo
ZSB0ZXN0IENBMCAXDTAwMDEwMTAwMDAwMFoYDzIxMjUwMTAxMDAwMDAwWjAaMRgw
FgYDVQQDDA9BdHRhY2hlIHRlc3QgQ0EwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNC
AAQwKOleVLFGUPXYx21q/enY8D9VifSmFE4d6zSg5M+C/i2K8Z+HS0tDAC8RL+KZ
cY2RhumQivTgcqiHtMPfKND+o0IwQDAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB
/wQEAwIBBjAdBgNVHQ4EFgQUJY0thfwe6PyzCz0aXVzKWvNiHpYwCgYIKoZIzj0E
AwIDSQAwRgIhAJG2VfHQHAaU1PIGxWU2PCp3nHTh2TJcPUIcwmS0pNDvAiEAkysp
zAofwxu0JVbcwLUlkNhFVJZ2x9sbqfMmb03R5Jg=
-----END CERTIFICATE-----
"""
LEAF_PEM = """-----BEGIN CERTIFICATE-----
MIIBsDCCAVagAwIBAgICEAEwCgYIKoZIzj0EAwIwGjEYMBYGA1UEAwwPQXR0YWNo
ZSB0ZXN0IENBMCAXDTAwMDEwMTAwMDAwMFoYDzIxMjUwMTAxMDAwMDAwWjAXMRUw
EwYDVQQDDAxuZXdzLmV4YW1wbGUwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQP
4Vd+sZp97Z89cwI4Yf9jlI14EY+pp/FkAXoYmydxkPUlZeUzSceon2gd7/RbBa8M
/0tXkC+NW8+RJ0OZ32RRo4GMMIGJMAkGA1UdEwQCMAAwDgYDVR0PAQH/BAQDAgeA
MBMGA1UdJQQMMAoGCCsGAQUFBwMBMBcGA1UdEQQQMA6CDG5ld3MuZXhhbXBsZTAf
BgNVHSMEGDAWgBQljS2F/B7o/LMLPRpdXMpa82IeljAdBgNVHQ4EFgQUQhLD4BAW
w1EgdiMLRjqDHwJAUjkwCgYIKoZIzj0EAwIDSAAwRQIgU27r6nb7ay+EQrXKw5Wx
uHkW36XFFojpr1F4PM9CQU8CIQD0Ca2Sz3qRrek/6cnnKIFcKtIY3VLSErlA7b0m
YwFGZw==
-----END CERTIFICATE-----
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg1TcsBxzjPEi+N9tw
MUhnNQnBtX4/9sgLvOohAymkQRyhRANCAAQP4Vd+sZp97Z89cwI4Yf9jlI14EY+p
p/FkAXoYmydxkPUlZeUzSceon2gd7/RbBa8M/0tXkC+NW8+RJ0OZ32RR
-----END PRIVATE KEY-----
"""


class Server:
    """A loopback HTTP(S) server that remembers the Host header (and TLS SNI) of every request."""

    def __init__(self, tls_dir: Path | None = None) -> None:
        self.hosts: list[str] = []
        self.sni: list[str | None] = []
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        if tls_dir is not None:
            self.httpd.socket = self._tls_context(tls_dir).wrap_socket(self.httpd.socket, server_side=True)
        self._thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def _tls_context(self, tls_dir: Path) -> ssl.SSLContext:
        pem = tls_dir / "leaf.pem"
        pem.write_text(LEAF_PEM)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(pem)
        context.sni_callback = lambda _sock, name, _ctx: self.sni.append(name)  # type: ignore[assignment,misc,return-value]
        return context

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.hosts.append(self.headers.get("Host", ""))
                if self.path.startswith("/hop/"):  # /hop/<next host> redirects there, same port
                    target = f"http://{self.path.removeprefix('/hop/')}:{server.port}/article"
                    self.send_response(302)
                    self.send_header("Location", target)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = (PAGES / "wire_story.html").read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler

    def __enter__(self) -> Server:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[Server]:
    with Server(tls_dir=tmp_path) as running:
        yield running


class RebindingResolver:
    """Stub for fetch._resolve_addresses that hands out its answers for a name in turn, like a hostile DNS
    server with a zero TTL: the first answer passes the check, the later ones point into the private network."""

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = answers
        self.calls: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append(host)
        if not self.answers.get(host):
            raise FetchError("network", "That website could not be found.")
        queue = self.answers[host]
        return queue.pop(0) if len(queue) > 1 else queue[0]


class LoopbackDialer(httpcore.AsyncNetworkBackend):
    """Stands in for the internet: records the address each connection was sent to, opens it to 127.0.0.1."""

    def __init__(self, refuse: Iterable[str] = ()) -> None:
        self.dialed: list[tuple[str, int]] = []
        self.refuse = set(refuse)
        self._real = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.dialed.append((host, port))
        if host in self.refuse:
            raise httpcore.ConnectError(f"{host} is unreachable")
        return await self._real.connect_tcp("127.0.0.1", port, timeout=timeout)

    async def sleep(self, seconds: float) -> None:
        await self._real.sleep(seconds)


def use_resolver(monkeypatch: pytest.MonkeyPatch, answers: dict[str, list[list[str]]]) -> RebindingResolver:
    resolver = RebindingResolver(answers)
    monkeypatch.setattr(fetch, "_resolve_addresses", resolver)
    return resolver


def use_dialer(monkeypatch: pytest.MonkeyPatch, dialer: LoopbackDialer) -> None:
    pinned_backend = fetch._PinnedBackend
    monkeypatch.setattr(fetch, "_PinnedBackend", lambda: pinned_backend(dialer))


# ------------------------------------------------------------------------------------------------
# End to end


async def test_connection_goes_to_the_checked_address_not_a_second_lookup(
    monkeypatch: pytest.MonkeyPatch, server: Server
) -> None:
    resolver = use_resolver(monkeypatch, {"news.example": [["93.184.215.14"], ["127.0.0.1"]]})
    dialer = LoopbackDialer()
    use_dialer(monkeypatch, dialer)
    page = await fetch_article(f"http://news.example:{server.port}/article", PUBLIC)
    assert page.title == TITLE
    assert resolver.calls == ["news.example"]  # looked up once, for the check
    assert dialer.dialed == [("93.184.215.14", server.port)]
    assert server.hosts == [f"news.example:{server.port}"]


async def test_every_redirect_hop_is_pinned_to_its_own_checked_address(
    monkeypatch: pytest.MonkeyPatch, server: Server
) -> None:
    resolver = use_resolver(
        monkeypatch,
        {"first.example": [["93.184.215.14"], ["10.0.0.1"]], "second.example": [["93.184.215.15"], ["10.0.0.2"]]},
    )
    dialer = LoopbackDialer()
    use_dialer(monkeypatch, dialer)
    page = await fetch_article(f"http://first.example:{server.port}/hop/second.example", PUBLIC)
    assert page.url == f"http://second.example:{server.port}/article"
    assert resolver.calls == ["first.example", "second.example"]
    assert dialer.dialed == [("93.184.215.14", server.port), ("93.184.215.15", server.port)]
    assert server.hosts == [f"first.example:{server.port}", f"second.example:{server.port}"]


async def test_next_checked_address_is_tried_when_the_first_is_unreachable(
    monkeypatch: pytest.MonkeyPatch, server: Server
) -> None:
    use_resolver(monkeypatch, {"news.example": [["2606:4700:4700::1111", "93.184.215.14"]]})
    dialer = LoopbackDialer(refuse=["2606:4700:4700::1111"])
    use_dialer(monkeypatch, dialer)
    page = await fetch_article(f"http://news.example:{server.port}/article", PUBLIC)
    assert page.title == TITLE
    assert dialer.dialed == [("2606:4700:4700::1111", server.port), ("93.184.215.14", server.port)]


async def test_ipv6_literal_is_dialled_as_is_and_sent_bracketed_in_host(
    monkeypatch: pytest.MonkeyPatch, server: Server
) -> None:
    resolver = use_resolver(monkeypatch, {})
    dialer = LoopbackDialer()
    use_dialer(monkeypatch, dialer)
    await fetch_article(f"http://[2606:4700:4700::1111]:{server.port}/article", PUBLIC)
    assert resolver.calls == []
    assert dialer.dialed == [("2606:4700:4700::1111", server.port)]
    assert server.hosts == [f"[2606:4700:4700::1111]:{server.port}"]


async def test_loopback_server_receives_the_original_host_header(
    monkeypatch: pytest.MonkeyPatch, server: Server
) -> None:
    # No dialer stand-in: the real network stack connects to the stub's answer, as "rebind.example"
    # itself has no address in real DNS.
    use_resolver(monkeypatch, {"rebind.example": [["127.0.0.1"]]})
    page = await fetch_article(f"http://Rebind.Example:{server.port}/article", LOOPBACK)
    assert page.title == TITLE
    assert server.hosts == [f"rebind.example:{server.port}"]


async def test_tls_uses_the_host_name_for_sni_and_certificate_while_dialling_the_address(
    monkeypatch: pytest.MonkeyPatch, tls_server: Server
) -> None:
    monkeypatch.setattr(fetch, "_tls_context", lambda: ssl.create_default_context(cadata=CA_PEM))
    use_resolver(monkeypatch, {"news.example": [["127.0.0.1"]]})
    page = await fetch_article(f"https://news.example:{tls_server.port}/article", LOOPBACK)
    assert page.title == TITLE
    assert tls_server.sni == ["news.example"]
    assert tls_server.hosts == [f"news.example:{tls_server.port}"]


async def test_tls_certificate_for_another_name_is_refused(monkeypatch: pytest.MonkeyPatch, tls_server: Server) -> None:
    monkeypatch.setattr(fetch, "_tls_context", lambda: ssl.create_default_context(cadata=CA_PEM))
    use_resolver(monkeypatch, {"other.example": [["127.0.0.1"]]})
    with pytest.raises(FetchError) as info:
        await fetch_article(f"https://other.example:{tls_server.port}/article", LOOPBACK)
    assert info.value.kind == "network"
    assert tls_server.sni == ["other.example"]
    assert tls_server.hosts == []


async def test_proxy_environment_is_not_used(monkeypatch: pytest.MonkeyPatch, server: Server) -> None:
    # A proxy would look the name up again; the built-in client always connects to the checked address.
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    page = await fetch_article(f"http://127.0.0.1:{server.port}/article", LOOPBACK)
    assert page.title == TITLE


# ------------------------------------------------------------------------------------------------
# The pinning backend on its own


async def test_unpinned_host_is_refused() -> None:
    dialer = LoopbackDialer()
    backend = fetch._PinnedBackend(dialer)
    backend.pin("news.example", 443, ["93.184.215.14"])
    for host, port in [("elsewhere.example", 443), ("news.example", 80)]:
        with pytest.raises(httpcore.ConnectError):
            await backend.connect_tcp(host, port)
    assert dialer.dialed == []


async def test_all_refused_addresses_raise_a_connect_error() -> None:
    dialer = LoopbackDialer(refuse=["93.184.215.14", "93.184.215.15"])
    backend = fetch._PinnedBackend(dialer)
    backend.pin("news.example", 443, ["93.184.215.14", "93.184.215.15"])
    with pytest.raises(httpcore.ConnectError):
        await backend.connect_tcp("news.example", 443)
    assert dialer.dialed == [("93.184.215.14", 443), ("93.184.215.15", 443)]


@pytest.mark.parametrize(
    ("url", "host", "port"),
    [
        ("https://News.Example/a", "news.example", 443),
        ("http://[::1]:8080/", "::1", 8080),
        ("https://bücher.example/", "xn--bcher-kva.example", 443),
        ("http://93.184.215.14:8000/x", "93.184.215.14", 8000),
    ],
)
def test_checked_host_is_the_one_httpx_connects_to(url: str, host: str, port: int) -> None:
    assert fetch._parse_http_url(url) == (host, port)
