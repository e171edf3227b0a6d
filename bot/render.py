"""Every reply's text: HTML parse mode, escaped, and split under Telegram's 4,096-character limit.

Messages are built from blocks that are each well-formed HTML; splitting happens only between blocks,
so a tag is never cut. A block too long on its own is plain text split at sentence or word boundaries.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from datetime import datetime

from service.ingest import IngestOutcome
from service.who import WhoAnswer
from store.articles import Article, SearchHit
from store.statements import ActorCount, StoredStatement
from summarizer.actors import Actor
from summarizer.digest import Digest, Story
from summarizer.statements import readable

LIMIT = 4096
SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"


def esc(text: str | None) -> str:
    return html.escape(text or "", quote=False)


def esc_attr(text: str) -> str:
    return html.escape(text, quote=True)


def fmt_date(value: str | None) -> str:
    if not value:
        return "undated"
    try:
        return datetime.fromisoformat(value).strftime("%-d %b %Y")
    except ValueError:
        return value[:10]


def _split_plain(text: str, limit: int) -> list[str]:
    """Split plain text so that each escaped piece fits, preferring sentence then word boundaries."""
    if len(esc(text)) <= limit:
        return [text]
    pieces = re.split(r"(?<=[.!?…])\s+", text)
    if len(pieces) == 1:
        pieces = text.split(" ")
    if len(pieces) == 1:  # one enormous token
        step = max(1, limit // 6)  # an escaped character is at most 6 long ("&quot;")
        return [text[i : i + step] for i in range(0, len(text), step)]
    out: list[str] = []
    current = ""
    for piece in pieces:
        candidate = f"{current} {piece}" if current else piece
        if len(esc(candidate)) <= limit:
            current = candidate
            continue
        if current:
            out.append(current)
        if len(esc(piece)) > limit:
            out.extend(_split_plain(piece, limit))
            current = ""
        else:
            current = piece
    if current:
        out.append(current)
    return out


def text_blocks(text: str, limit: int = LIMIT) -> list[str]:
    """Paragraphs of plain text as escaped blocks that each fit in a message."""
    blocks: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if para:
            blocks.extend(esc(p) for p in _split_plain(para, limit))
    return blocks


def pack(blocks: Iterable[str], limit: int = LIMIT, sep: str = "\n\n") -> list[str]:
    """Greedily join well-formed blocks into messages of at most `limit` characters."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        if len(block) > limit:
            raise ValueError("block longer than a message; split it with text_blocks first")
        candidate = f"{current}{sep}{block}" if current else block
        if len(candidate) <= limit:
            current = candidate
        else:
            messages.append(current)
            current = block
    if current:
        messages.append(current)
    return messages


# Articles ----------------------------------------------------------------------------------------


HEADLINE_CHARS = 300


def headline(article: Article) -> str:
    """Escaped headline, cut to a length that always leaves room for the rest of a message."""
    text = article.headline
    if len(text) > HEADLINE_CHARS:
        text = text[: HEADLINE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return esc(text)


def _byline(article: Article) -> str:
    parts = [fmt_date(article.published or article.saved_at)]
    if article.outlet:
        parts.append(esc(article.outlet))
    if article.link:
        parts.append(f'<a href="{esc_attr(article.link)}">link</a>')
    return " · ".join(parts)


def _summary_block(sentences: Sequence[str]) -> str:
    return "\n".join(f"• {esc(s)}" for s in sentences) if sentences else "<i>No summary: the text is too short.</i>"


def saved(outcome: IngestOutcome) -> str:
    article = outcome.article
    assert article is not None
    verb = "Updated" if outcome.status == "updated" else "Saved"
    lines = [
        f"<b>{verb} #{article.no}</b>: {headline(article)}",
        _byline(article),
        "",
        _summary_block(article.summary),
    ]
    if outcome.speakers:
        lines += ["", "Speakers: " + ", ".join(f"{esc(name)} ({n})" for name, n in outcome.speakers[:8])]
    return _fit("\n".join(lines))


def saved_burst(outcomes: Sequence[IngestOutcome]) -> str:
    """One acknowledgement for a burst of forwards."""
    numbers = sorted(o.article.no for o in outcomes if o.status == "saved" and o.article)
    dupes = sorted({o.article.no for o in outcomes if o.status == "duplicate" and o.article})
    rejected = [o for o in outcomes if o.status == "rejected"]
    parts = []
    if numbers:
        parts.append(f"<b>Saved {len(numbers)} article{'s' if len(numbers) != 1 else ''}</b>: {_ranges(numbers)}")
    if dupes:
        parts.append(f"Already saved: {_ranges(dupes)}")
    if rejected:
        parts.append(f"Not saved: {len(rejected)} ({esc(rejected[0].message)})")
    return "\n".join(parts)


def _ranges(numbers: Sequence[int]) -> str:
    out: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(f"#{start}" if start == prev else f"#{start}-#{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)


def duplicate(outcome: IngestOutcome) -> str:
    article = outcome.article
    assert article is not None
    return f"Already saved as <b>#{article.no}</b>: {headline(article)}"


def article_list(articles: Sequence[Article], title: str = "Latest articles") -> list[str]:
    if not articles:
        return ["No articles yet. Forward or paste a news article, send a link or a file."]
    blocks = [f"<b>{esc(title)}</b>"]
    blocks += [f"<b>#{a.no}</b> {headline(a)}\n{_byline(a)}" for a in articles]
    return pack(blocks)


def summary(article: Article, sentences: Sequence[str]) -> str:
    return _fit(f"<b>#{article.no}</b> {headline(article)}\n{_byline(article)}\n\n{_summary_block(sentences)}")


def full_article(article: Article) -> list[str]:
    head = f"<b>#{article.no} {headline(article)}</b>\n{_byline(article)}"
    return pack([head, *text_blocks(article.body)])


def search_results(words: str, hits: Sequence[SearchHit]) -> list[str]:
    if not hits:
        return [f"Nothing found for <i>{esc(words)}</i>."]
    blocks = [f"<b>Search</b>: {esc(words)}"]
    for hit in hits:
        snippet = esc(hit.snippet).replace(SNIPPET_OPEN, "<b>").replace(SNIPPET_CLOSE, "</b>")
        blocks.append(
            f"<b>#{hit.article.no}</b> {headline(hit.article)} · {fmt_date(hit.article.published or hit.article.saved_at)}\n{snippet}"
        )
    return pack(blocks)


def _fit(text: str) -> str:
    """A one-message reply whose parts are short; the guard keeps a pathological headline in bounds."""
    if len(text) <= LIMIT:
        return text
    return pack(text_blocks(re.sub(r"<[^>]+>", "", html.unescape(text))))[0]


# Who said what --------------------------------------------------------------------------------------

_KIND = {"direct": "quote", "mixed": "partial quote", "reported": "reported"}


def statement_line(s: StoredStatement) -> str:
    text = esc(readable(s.kind, s.cue, s.text))  # quotes keep their own marks; reported speech leads with its cue
    source = " · ".join(x for x in (fmt_date(s.published), esc(s.outlet) if s.outlet else "", f"#{s.article_no}") if x)
    return f"{text}\n<i>{_KIND.get(s.kind, s.kind)} · {source}</i>"


def who(answer: WhoAnswer) -> str:
    if answer.candidates:
        return f"Several actors match <i>{esc(answer.query)}</i>. Which one?"
    if answer.actor is None:
        if answer.suggestions:
            names = ", ".join(esc(a.name) for a in answer.suggestions[:5])
            return f"I don't know <i>{esc(answer.query)}</i>. Did you mean: {names}?"
        return f"I don't know <i>{esc(answer.query)}</i>. Try a surname, a full name or a role (“NATO chief”)."
    actor = answer.actor
    if not answer.statements:
        if answer.mentioned_in:
            refs = "\n".join(f"#{no} {esc(h)} · {fmt_date(d)}" for no, h, d in answer.mentioned_in[:10])
            text = f"<b>{esc(actor.name)}</b> is mentioned but never quoted in this library:\n{refs}"
        else:
            text = f"No statements by <b>{esc(actor.name)}</b> yet."
        if answer.earlier_holders:
            names = ", ".join(esc(a.name) for a in answer.earlier_holders)
            text += f"\n\nEarlier holders of this role with statements: {names}."
        return text
    first, last = answer.offset + 1, answer.offset + len(answer.statements)
    if answer.total == 1:
        head = f"<b>{esc(actor.name)}</b>: 1 statement"
    else:
        head = f"<b>{esc(actor.name)}</b>: statements {first}-{last} of {answer.total}, newest first"
    blocks = [head, *(statement_line(s) for s in answer.statements)]
    if answer.earlier_holders:
        blocks.append("Earlier holders of this role: " + ", ".join(esc(a.name) for a in answer.earlier_holders))
    return pack(blocks)[0]


def most_quoted(counts: Sequence[ActorCount], days: int) -> str:
    if not counts:
        return f"Nobody was quoted in the last {days} days. Use /who NAME to look someone up."
    lines = [f"<b>Most quoted, last {days} days</b>"]
    lines += [
        f"{i}. {esc(c.name)}: {c.statements} statement{'s' if c.statements != 1 else ''} in {c.articles} article{'s' if c.articles != 1 else ''}"
        for i, c in enumerate(counts, 1)
    ]
    lines.append("\n/who NAME shows what someone said.")
    return "\n".join(lines)


def actor_list(rows: Sequence[tuple[Actor, int, int]]) -> list[str]:
    if not rows:
        return ["No actors yet: they appear as articles quoting them are saved."]
    blocks = ["<b>Actors</b> (statements · articles)"]
    blocks += [f"{esc(actor.name)}: {said} · {mentioned}" for actor, said, mentioned in rows]
    return pack(blocks, sep="\n")


# Digest ----------------------------------------------------------------------------------------------

QUOTE_FOLD = 400  # longer parts go in an expandable blockquote
MAX_STORIES = 20  # a briefing, not an archive: the rest are listed by number


def _folded(text_html: str, plain_length: int) -> str:
    return f"<blockquote expandable>{text_html}</blockquote>" if plain_length > QUOTE_FOLD else text_html


def _story_block(index: int, story: Story) -> str:
    summary_plain = " ".join(story.summary)
    summary_html = _folded(esc(summary_plain), len(summary_plain)) if story.summary else ""
    outlets = ""
    if story.outlets:
        outlets = esc(story.outlets[0])
        if len(story.outlets) > 1:
            outlets += "; also reported by " + ", ".join(esc(o) for o in story.outlets[1:])
    refs = ", ".join(f"#{n}" for n in story.article_numbers)
    meta = " · ".join(x for x in (outlets, refs) if x)
    block = f"<b>{index}. {esc(story.headline)}</b>\n{summary_html}\n<i>{meta}</i>".replace("\n\n", "\n")
    return block if len(block) <= LIMIT else _fit(block)


def digest(d: Digest) -> list[str]:
    """The digest as messages, split between stories, never inside one."""
    day = d.window_end.strftime("%-d %b %Y")
    if not d.stories:
        return [f"<b>Briefing · {day}</b>\nNo new articles since the last digest."]
    n_articles = sum(len(s.article_numbers) for s in d.stories)
    head = f"<b>Briefing · {day}</b>\n{len(d.stories)} stor{'ies' if len(d.stories) != 1 else 'y'} from {n_articles} article{'s' if n_articles != 1 else ''}"
    shown = d.stories[:MAX_STORIES]
    blocks = [head, *(_story_block(i, s) for i, s in enumerate(shown, 1))]
    rest = d.stories[MAX_STORIES:]
    if rest:
        refs = ", ".join(f"#{s.article_numbers[0]}" for s in rest)
        more = (
            f"<b>{len(rest)} more stor{'ies' if len(rest) != 1 else 'y'}</b> ({refs}): /summary ID shows any of them."
        )
        blocks.extend(pack(text_blocks(more.replace("<b>", "").replace("</b>", ""))))
    if d.statements:
        lines = []
        for s in d.statements:
            lines.append(f"<b>{esc(s.actor_name)}</b>: {esc(readable(s.kind, s.cue, s.text))} (#{s.article_number})")
        body = "\n".join(lines)
        plain = sum(len(s.text) for s in d.statements)
        said = f"<b>Who said what</b>\n{_folded(body, plain)}"
        blocks.append(said if len(said) <= LIMIT else "<b>Who said what</b>")
        if len(said) > LIMIT:
            blocks += [line for line in lines if len(line) <= LIMIT]
    return pack(blocks)
