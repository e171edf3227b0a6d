"""Finding links in free text and reducing them to a canonical form."""

from __future__ import annotations

import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

# A URL runs until whitespace, angle brackets or quotes; trailing punctuation is trimmed afterwards.
_URL = re.compile(r"""https?://[^\s<>"'`«»“”‘’]+""", re.IGNORECASE)
_TRAILING = ".,;:!?*_~'\"…"
_BRACKETS = {")": "(", "]": "[", "}": "{"}

# Exact query-parameter names that only track the reader, never select content.
TRACKING_PARAMS = frozenset(
    """
    fbclid gclid gclsrc dclid gbraid wbraid msclkid yclid twclid ttclid mc_cid mc_eid igshid igsh
    ref ref_src ref_url referrer _ga _gl _hsenc _hsmi mkt_tok oly_anon_id oly_enc_id vero_id
    vero_conv wt_mc wt.mc_id cmpid ocid smid s_cid spm __twitter_impression rb_clickid ns_mchannel
    ns_source ns_campaign ns_linkname ns_fee at_medium at_campaign
    """.split()
)
# Parameter-name prefixes with the same meaning (utm_source, utm_medium, ...).
TRACKING_PREFIXES = ("utm_", "pk_", "hsa_")

_DEFAULT_PORTS = {"http": 80, "https": 443}

# A message is "mainly a link" when the text around its URLs is at most this long.
_MAX_WORDS_AROUND_LINK = 40
_MAX_LINES_AROUND_LINK = 4


def find_urls(text: str) -> list[str]:
    """Return the http(s) URLs in ``text`` in order of appearance, without duplicates."""
    seen: set[str] = set()
    found: list[str] = []
    for match in _URL.finditer(text):
        url = _trim_trailing(match.group(0))
        if _has_host(url) and url not in seen:
            seen.add(url)
            found.append(url)
    return found


def _trim_trailing(url: str) -> str:
    """Drop sentence punctuation and unbalanced closing brackets glued to the end of a URL."""
    while url and (url[-1] in _TRAILING or _unbalanced_closer(url)):
        url = url[:-1]
    return url


def _unbalanced_closer(url: str) -> bool:
    # Keeps the ")" of https://en.wikipedia.org/wiki/Mercury_(planet) but not the one closing "(see ...)".
    last = url[-1]
    return last in _BRACKETS and url.count(last) > url.count(_BRACKETS[last])


def _has_host(url: str) -> bool:
    try:
        return bool(urlsplit(url).hostname)
    except ValueError:
        return False


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Normalise ``url`` so that the same article shared in different ways compares equal.

    Lower-cases scheme and host, drops the fragment, default ports and tracking parameters, sorts the
    remaining query parameters by name (keeping their original encoding) and uses "/" for an empty
    path. Raises ValueError if ``url`` cannot be parsed.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:  # IPv6 literal: urlsplit strips the brackets
        host = f"[{host}]"
    port = parts.port  # raises ValueError for a non-numeric or out-of-range port
    netloc = host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{port}"
    if parts.username is not None:
        userinfo = parts.netloc.rpartition("@")[0]
        netloc = f"{userinfo}@{netloc}"
    path = parts.path or ("/" if scheme in _DEFAULT_PORTS else "")
    return urlunsplit((scheme, netloc, path, _clean_query(parts.query), ""))


def _clean_query(query: str) -> str:
    pairs = [pair for pair in query.split("&") if pair]
    kept = [pair for pair in pairs if not is_tracking_param(unquote_plus(pair.partition("=")[0]))]
    # sorted() is stable, so repeated names keep their relative order (which can matter to the site).
    kept.sort(key=lambda pair: unquote_plus(pair.partition("=")[0]))
    return "&".join(kept)


def is_mainly_link(text: str) -> bool:
    """True if ``text`` is a bare link or a short post wrapped around one (title line + URL).

    A long text that merely cites a link is not "mainly a link": it is an article in its own right.
    """
    urls = _URL.findall(text)
    if not urls:
        return False
    rest = _URL.sub(" ", text)
    words = re.findall(r"\w+", rest)
    lines = [line for line in rest.splitlines() if line.strip()]
    return len(words) <= _MAX_WORDS_AROUND_LINK and len(lines) <= _MAX_LINES_AROUND_LINK
