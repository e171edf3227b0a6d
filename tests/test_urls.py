from __future__ import annotations

import pytest

from service.urls import canonical_url, find_urls, is_mainly_link


def test_find_urls_trims_punctuation_and_deduplicates() -> None:
    text = (
        "Read https://news.example/a/b?x=1. Also (see http://blog.example/post) and "
        "https://news.example/a/b?x=1, again! Last: <https://x.example/q>"
    )
    assert find_urls(text) == ["https://news.example/a/b?x=1", "http://blog.example/post", "https://x.example/q"]


def test_find_urls_keeps_balanced_parentheses() -> None:
    text = "Background: https://en.wikipedia.org/wiki/Mercury_(planet)."
    assert find_urls(text) == ["https://en.wikipedia.org/wiki/Mercury_(planet)"]


def test_find_urls_ignores_other_schemes_and_bare_domains() -> None:
    assert find_urls("ftp://files.example/x mailto:a@b.example news.example/a https://") == []


def test_find_urls_in_quotes_and_multiline() -> None:
    text = '"https://a.example/one"\nhttps://b.example/two…\nHTTPS://C.example/Three!'
    assert find_urls(text) == ["https://a.example/one", "https://b.example/two", "HTTPS://C.example/Three"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://News.Example.COM/Path/Story?b=2&a=1#comments", "https://news.example.com/Path/Story?a=1&b=2"),
        ("https://news.example/a?utm_source=tg&utm_medium=social&id=7", "https://news.example/a?id=7"),
        (
            "https://news.example/a?fbclid=X&gclid=Y&mc_cid=1&mc_eid=2&igshid=3&ref=tw&ref_src=twsrc&page=2",
            "https://news.example/a?page=2",
        ),
        ("https://news.example/a?UTM_Campaign=x", "https://news.example/a"),
        ("http://news.example:80/a", "http://news.example/a"),
        ("https://news.example:443/a", "https://news.example/a"),
        ("https://news.example:8443/a", "https://news.example:8443/a"),
        ("https://news.example", "https://news.example/"),
        ("https://news.example/a?q=a%20b&tag=x+y", "https://news.example/a?q=a%20b&tag=x+y"),
        ("https://news.example/a?tag=2&tag=1&a=0", "https://news.example/a?a=0&tag=2&tag=1"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("https://news.example./a", "https://news.example/a"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_canonical_url_is_idempotent() -> None:
    once = canonical_url("HTTP://Example.org:80/x/?z=1&utm_term=a&y=2#top")
    assert canonical_url(once) == once == "http://example.org/x/?y=2&z=1"


@pytest.mark.parametrize(
    "text",
    [
        "https://news.example/story",
        "  https://news.example/story  ",
        "Harbour authority approves night ferry trial\nhttps://news.example/story?utm_source=tg",
        "Harbour authority approves night ferry trial\n\nThe six-month trial starts in May.\n\n"
        "https://news.example/story",
        "look at this https://news.example/story",
        "Two takes: https://a.example/1 https://b.example/2",
    ],
)
def test_is_mainly_link_true(text: str) -> None:
    assert is_mainly_link(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No link in this message at all.",
        "news.example/story is not a full link",
        " ".join(["The harbour authority approved the trial after a long debate."] * 8)
        + " Source: https://news.example/story",
    ],
)
def test_is_mainly_link_false(text: str) -> None:
    assert not is_mainly_link(text)
