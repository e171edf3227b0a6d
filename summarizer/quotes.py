"""Quoted passages in a paragraph, masked so that attribution patterns see only the writer's words, and the
sentences of a masked paragraph (a sentence may end inside a quote: '"We are ready." Borrell left.')."""

from __future__ import annotations

import re

from summarizer.sentences import is_abbreviation

MASK = "\x00"
DOUBLE_QUOTES = re.compile(r"''|[\"“”„«»]")
_SINGLE_QUOTE = re.compile(r"(?<![\w])[‘'](?=[^\s'‘’])(.{3,}?[^\s])[’'](?![\w])")
_OPENERS = "“„«"
_CLOSERS = "”»"
_SENT_END = re.compile(r"[.!?]+|\x00+")


def quote_spans(para: str) -> list[tuple[int, int]]:
    """(start, end) of quoted passages including their marks; an unclosed quote runs to paragraph end."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    inner = 0  # curly quotes nested in a straight-quoted passage: '"He read: “As you know ...” and more."'
    for m in DOUBLE_QUOTES.finditer(para):
        ch, i = m.group(0), m.start()
        if open_at is not None and para[open_at] == '"' and ch in _OPENERS + _CLOSERS and (ch in _OPENERS or inner):
            inner += 1 if ch in _OPENERS else -1
            continue
        if open_at is None:
            if ch in _CLOSERS and i > 0 and not para[i - 1].isspace():
                continue  # stray closer (scraping debris)
            open_at = i
        elif (ch in _OPENERS and para[open_at] != ch) or ch in _OPENERS:
            continue
        else:
            if i - open_at == 1 and para[m.end():m.end() + 1].isalnum():
                continue  # a doubled opening mark ('""For these ...'), a typo: the quote starts here
            if i - open_at > 1:
                spans.append((open_at, m.end()))  # m.end(): a two-apostrophe mark ('') is two characters
            open_at, inner = None, 0
    if open_at is not None and len(para) - open_at > 2:
        spans.append((open_at, len(para)))
    if not spans:
        for m in _SINGLE_QUOTE.finditer(para):
            if " " in m.group(1):
                spans.append((m.start(), m.end()))
    return spans


def mask(para: str, quotes: list[tuple[int, int]]) -> str:
    """The paragraph with every quoted character replaced by MASK (offsets unchanged)."""
    parts: list[str] = []
    last = 0
    for s, e in quotes:
        parts.append(para[last:s])
        parts.append(MASK * (e - s))
        last = e
    parts.append(para[last:])
    return "".join(parts)


def sentences(para: str, frame: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of a masked paragraph, without surrounding spaces."""
    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(frame)
    for m in _SENT_END.finditer(frame):
        end = m.end()
        if end >= n or not frame[end].isspace():
            continue
        nxt = frame[end:].lstrip()
        if not nxt:
            continue
        first = nxt[0]
        if m.group(0)[0] == MASK:
            inner = para[:end].rstrip("\"'”’»")[-1:]
            if inner not in ".!?" or not (first.isupper() or first in MASK + "“\""):
                continue
        else:
            if not (first.isupper() or first.isdigit() or first in MASK + "“\"‘'("):
                continue
            if m.group(0) == ".":
                token = frame[:m.start()].rsplit(None, 1)[-1] if frame[:m.start()].strip() else ""
                if is_abbreviation(token, frame, m.end()) or (len(token) == 1 and token.isalpha()) or "." in token:
                    continue
        bounds.append((start, end))
        start = end
    bounds.append((start, n))
    out = []
    for s, e in bounds:
        chunk = frame[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if e - trail > s + lead:
            out.append((s + lead, e - trail))
    return out
