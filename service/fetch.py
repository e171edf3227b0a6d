"""Fetching a shared link safely and extracting the article it points to.

Safety rules for every hop (the first URL and each redirect target):

* only http and https, no credentials in the URL;
* the host is resolved before connecting and refused if any of its addresses is not a public unicast
  address (loopback, private, link-local, multicast, reserved, unspecified, shared, IPv4-mapped or
  6to4/Teredo wrappers around such an address), unless ``FetchLimits.allow_private`` is set;
* the connection goes to the addresses that were checked, never to a second lookup of the name, so a
  DNS server answering differently the second time (DNS rebinding) gains nothing; the Host header, TLS
  SNI and certificate verification still use the host name;
* redirects are followed by hand, at most ``max_redirects`` of them;
* the body is streamed and reading stops past ``max_bytes`` (the declared Content-Length is checked
  first); connect and total timeouts apply.

The built-in client connects directly: proxy environment variables are not used, because a proxy would
look the name up again itself. A caller-supplied client is used as is and is not pinned.
"""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import re
import socket
import ssl
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx
import trafilatura

from service.urls import canonical_url

USER_AGENT = "Mozilla/5.0 (compatible; AttacheBot/0.1; +https://github.com/attache-bot/attache)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

# Extracted text shorter than this is "not an article" (a home page, a gallery, an error page).
MIN_ARTICLE_CHARS = 250
# A short extraction on a page carrying paywall markers is reported as a paywall instead.
PAYWALL_WEAK_MAX_CHARS = 700
# A page that declares itself not free (schema.org / article:content_tier) may show a longer teaser.
PAYWALL_STRONG_MAX_CHARS = 1500

_STRONG_PAYWALL = re.compile(
    r"""["']isAccessibleForFree["']\s*:\s*["']?false"""
    r"""|<meta[^>]+article:content_tier[^>]+content=["'](?:locked|metered)""",
    re.IGNORECASE,
)
_WEAK_PAYWALL = re.compile(
    r"subscribe to (?:continue|keep) reading|subscribe to read|for subscribers only|is for subscribers"
    r"|exclusive to subscribers|subscriber[- ]only|already a subscriber|sign in to (?:continue|read)"
    r"|log in to (?:continue|read)|to read the full (?:article|story)|paywall|premium-content"
    r"|create a free account to continue",
    re.IGNORECASE,
)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # a NAT64 gateway would forward to the embedded IPv4
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class FetchedPage:
    url: str  # canonical URL of the page after redirects
    title: str | None
    author: str | None
    date: str | None  # ISO yyyy-mm-dd
    site_name: str | None
    text: str  # main text, paragraphs separated by blank lines


@dataclass(frozen=True)
class FetchLimits:
    connect_timeout: float = 5
    total_timeout: float = 15
    max_redirects: int = 5
    max_bytes: int = 5_000_000
    allow_private: bool = False


class FetchError(Exception):
    """A link could not be turned into an article; ``message`` is fit to show the user.

    ``kind`` is one of: bad_url, blocked, not_found, http_error, timeout, too_large, not_html, empty,
    paywall, network.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message

    def __repr__(self) -> str:
        return f"FetchError({self.kind!r}, {self.message!r})"


# --------------------------------------------------------------------------------------------------
# URL and address checks


def _parse_http_url(url: str) -> tuple[str, int]:
    """Return (host, port) of an acceptable http(s) URL or raise FetchError("bad_url").

    The host is httpx's reading of it (lower case, IDNA-encoded, IPv6 without brackets): the one the
    connection will use, so the address check and the connection cannot disagree about the host.
    """
    try:
        parts = urlsplit(url.strip())
        _ = parts.port  # raises ValueError on a port out of range
    except ValueError:
        raise FetchError("bad_url", "That link is not a valid web address.") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError("bad_url", "Only http and https links can be opened.")
    if not parts.hostname:
        raise FetchError("bad_url", "That link has no website name in it.")
    if parts.username is not None or parts.password is not None:
        raise FetchError("bad_url", "Links with a user name or password in them are not opened.")
    try:
        parsed = httpx.URL(url.strip())
    except httpx.InvalidURL:
        raise FetchError("bad_url", "That link is not a valid web address.") from None
    if not parsed.raw_host or parsed.userinfo:
        raise FetchError("bad_url", "That link is not a valid web address.")
    default_port = 443 if parsed.scheme == "https" else 80
    return parsed.raw_host.decode("ascii"), parsed.port or default_port


def is_public_address(address: str) -> bool:
    """True if ``address`` (an IPv4/IPv6 literal) is a globally routable unicast address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id ("fe80::1%eth0")
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _NAT64:
            # Python calls this range "reserved", but on IPv6-only hosts with DNS64 every site lives there.
            return is_public_address(str(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)))
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None and not is_public_address(str(embedded)):
            return False
    blocked = (
        ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified
    )
    # is_global also rules out ranges that are neither "private" nor public, e.g. 100.64.0.0/10.
    return not blocked and ip.is_global


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


async def _resolve_addresses(host: str, port: int) -> list[str]:
    """All addresses ``host`` resolves to (getaddrinfo runs in the loop's executor, off the loop)."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError("network", "That website could not be found.") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


async def _check_destination(url: str, limits: FetchLimits, *, pin: bool) -> tuple[str, int, list[str]]:
    """Refuse URLs that are malformed or that point into a private network.

    Returns (host, port, addresses): the checked addresses are the ones to connect to. When ``pin`` is
    false and private addresses are allowed, nothing needs resolving and no addresses are returned.
    """
    host, port = _parse_http_url(url)
    if limits.allow_private and not pin:
        return host, port, []
    addresses = [host] if _is_ip_literal(host) else await _resolve_addresses(host, port)
    if not limits.allow_private and not (addresses and all(is_public_address(address) for address in addresses)):
        raise FetchError("blocked", "That link points to a private or local network address.")
    return host, port, addresses


class _PinnedBackend(httpcore.AsyncNetworkBackend):
    """Opens TCP connections to the addresses a host was checked at instead of looking its name up again.

    httpcore still passes the host name everywhere else (TLS SNI, certificate check, Host header); only
    the socket's destination changes. A host that was never pinned is refused: fail closed.
    """

    def __init__(self, dialer: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._dialer = dialer or httpcore.AnyIOBackend()
        self._pins: dict[tuple[str, int], tuple[str, ...]] = {}

    def pin(self, host: str, port: int, addresses: Sequence[str]) -> None:
        self._pins[(host, port)] = tuple(addresses)

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = self._pins.get((host, port))
        if not addresses:
            raise httpcore.ConnectError(f"{host}:{port} was not checked before connecting")
        errors: list[Exception] = []
        for address in addresses:  # every one of them passed the check; try them in resolver order
            try:
                return await self._dialer.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                errors.append(exc)
        raise errors[-1]

    async def sleep(self, seconds: float) -> None:
        await self._dialer.sleep(seconds)


class _PinnedTransport(httpx.AsyncHTTPTransport):
    def __init__(self, backend: _PinnedBackend) -> None:
        super().__init__(verify=_tls_context())
        # httpx offers no public way to choose the network backend, so its connection pool is replaced.
        if not isinstance(getattr(self, "_pool", None), httpcore.AsyncConnectionPool):
            raise RuntimeError("This httpx version cannot pin connections to checked addresses.")
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=_tls_context(),
            network_backend=backend,
            max_connections=100,  # the pool limits of httpx.Limits() defaults
            max_keepalive_connections=20,
            keepalive_expiry=5,
        )


# --------------------------------------------------------------------------------------------------
# Downloading


def _media_type(response: httpx.Response) -> str | None:
    value = response.headers.get("content-type")
    if not value:
        return None
    return value.split(";", 1)[0].strip().lower() or None


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")) or (
        b"<html" in start[:1024] or b"<p>" in start[:1024]
    )


def _check_status(response: httpx.Response) -> None:
    status = response.status_code
    if status in (404, 410):
        raise FetchError("not_found", "That page does not exist (anymore).")
    if status >= 400:
        raise FetchError("http_error", f"The website answered with an error (HTTP {status}).")
    if status >= 300:
        raise FetchError("http_error", f"The website answered with an unexpected redirect (HTTP {status}).")


def _check_declared_size(response: httpx.Response, max_bytes: int) -> None:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError("too_large", "That page is too large to import.")


async def _read_limited(response: httpx.Response, max_bytes: int) -> bytes:
    # aiter_bytes yields decompressed data, so the limit also caps gzip "bombs".
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError("too_large", "That page is too large to import.")
        chunks.append(chunk)
    return b"".join(chunks)


def decode_html(body: bytes, declared_charset: str | None = None) -> str:
    """Decode an HTML byte string: BOM, then the HTTP charset, then <meta charset>, then UTF-8."""
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", errors="replace")
    candidates = [declared_charset]
    match = _META_CHARSET.search(body[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", errors="ignore"))
    for charset in candidates:
        if not charset:
            continue
        try:
            return body.decode(charset, errors="replace")
        except LookupError:
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


@functools.cache
def _tls_context() -> ssl.SSLContext:
    # Building a verifying SSL context (loading the CA bundle) costs more than a loopback fetch; share one.
    return httpx.create_ssl_context()


async def _download(
    client: httpx.AsyncClient, url: str, limits: FetchLimits, backend: _PinnedBackend | None = None
) -> tuple[str, bytes, str | None]:
    """Follow redirects by hand, validating (and with ``backend``, pinning) each hop.

    Returns (final URL, body, declared charset).
    """
    timeout = httpx.Timeout(limits.total_timeout, connect=limits.connect_timeout)
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "Accept-Language": "en;q=0.9,*;q=0.5",
    }
    for _hop in range(limits.max_redirects + 1):
        host, port, addresses = await _check_destination(url, limits, pin=backend is not None)
        if backend is not None:
            backend.pin(host, port, addresses)
        try:
            request = client.build_request("GET", url, headers=headers, timeout=timeout)
        except httpx.InvalidURL:
            raise FetchError("bad_url", "That link is not a valid web address.") from None
        response = await client.send(request, stream=True, follow_redirects=False)
        try:
            if response.status_code in REDIRECT_STATUSES:
                location = response.headers.get("location")
                if not location:
                    raise FetchError("http_error", "The website sent a redirect without a target.")
                url = urljoin(str(response.url), location.strip())
                continue
            _check_status(response)
            media_type = _media_type(response)
            if media_type is not None and media_type not in HTML_TYPES:
                raise FetchError("not_html", "That link is not a web page (it is a file or another format).")
            _check_declared_size(response, limits.max_bytes)
            body = await _read_limited(response, limits.max_bytes)
            if media_type is None and not _looks_like_html(body[:2048]):
                raise FetchError("not_html", "That link is not a web page (it is a file or another format).")
            return str(response.url), body, response.charset_encoding
        finally:
            await response.aclose()
    raise FetchError("http_error", "That link redirects too many times.")


# --------------------------------------------------------------------------------------------------
# Public API


async def fetch_article(
    url: str, limits: FetchLimits = FetchLimits(), *, client: httpx.AsyncClient | None = None
) -> FetchedPage:
    """Download ``url`` within ``limits`` and extract its article, or raise FetchError.

    A caller-supplied ``client`` is used as is (its transport, proxies, TLS settings, name resolution: its
    connections are not pinned), but each hop is still checked, redirects are still followed by hand and
    the per-request timeouts of ``limits`` apply.
    """
    url = url.strip()
    try:
        async with asyncio.timeout(limits.total_timeout):
            if client is not None:
                final_url, body, charset = await _download(client, url, limits)
            else:
                backend = _PinnedBackend()
                transport = _PinnedTransport(backend)
                async with httpx.AsyncClient(transport=transport, follow_redirects=False) as own_client:
                    final_url, body, charset = await _download(own_client, url, limits, backend)
    except TimeoutError:
        raise FetchError("timeout", "The website took too long to answer.") from None
    except httpx.TimeoutException:
        raise FetchError("timeout", "The website took too long to answer.") from None
    except httpx.InvalidURL:
        raise FetchError("bad_url", "That link is not a valid web address.") from None
    except httpx.HTTPError as exc:
        raise FetchError("network", "The website could not be reached.") from exc
    html = decode_html(body, charset)
    return await asyncio.to_thread(extract_article, html, final_url)


def extract_article(html: str, url: str | None = None, *, min_chars: int = MIN_ARTICLE_CHARS) -> FetchedPage:
    """Extract the main article and its metadata from ``html`` (CPU-bound: call it off the event loop).

    Raises FetchError("paywall") when a short extraction comes with paywall markers, and
    FetchError("empty") when the page holds no article of at least ``min_chars`` characters.
    """
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"},
    )
    if document is None:  # trafilatura found no content block at all
        _check_enough_text(html, "", min_chars)
        raise FetchError("empty", "No article text was found on that page.")
    title = _clean(document.title)
    text = _paragraphs(document.text or "", title)
    _check_enough_text(html, text, min_chars)
    page_url = _safe_canonical(url) or url or _safe_canonical(document.url) or ""
    return FetchedPage(
        url=page_url,
        title=title,
        author=_clean(document.author),
        date=_iso_date(document.date),
        site_name=_clean(document.sitename),
        text=text,
    )


def _check_enough_text(html: str, text: str, min_chars: int) -> None:
    length = len(text)
    if length < PAYWALL_STRONG_MAX_CHARS and _STRONG_PAYWALL.search(html):
        raise FetchError("paywall", "That article is behind a paywall; only a teaser is visible.")
    if length < PAYWALL_WEAK_MAX_CHARS and _WEAK_PAYWALL.search(html):
        raise FetchError("paywall", "That article seems to be behind a paywall; only a teaser is visible.")
    if length < max(min_chars, 1):
        raise FetchError("empty", "No article text was found on that page.")


def _paragraphs(text: str, title: str | None) -> str:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    # trafilatura often keeps the page's <h1> as the first line; it is the title, not body text.
    if lines and title and lines[0].casefold() == title.casefold():
        lines = lines[1:]
    return "\n\n".join(lines)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _iso_date(value: str | None) -> str | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    return None


def _safe_canonical(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return canonical_url(url)
    except ValueError:
        return None
