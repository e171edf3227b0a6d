"""bot/render.py: escaping, splitting under Telegram's limit, and every reply's HTML."""

from __future__ import annotations

import html
import re
from datetime import datetime

import pytest

from bot import render
from bot.render import LIMIT, esc, full_article, pack, saved_burst, search_results, text_blocks
from service.ingest import IngestOutcome
from service.who import WhoAnswer
from store.articles import Article, SearchHit
from store.statements import StoredStatement
from summarizer.actors import Actor
from summarizer.digest import Digest, DigestStatement, Story


def article(no: int = 1, headline: str = "Ministers meet in Brussels", body: str = "Body.", **kw) -> Article:
    fields = {
        "id": no,
        "library": "chat:1",
        "no": no,
        "headline": headline,
        "body": body,
        "summary": ["The ministers met."],
        "published": "2022-01-20T18:53:34",
        "outlet": "Example News",
        "author": None,
        "source": None,
        "link": None,
        "links": [],
        "saved_at": "2022-01-21T08:00:00.000000",
        "updated_at": None,
    }
    fields.update(kw)
    return Article(**fields)


def stored(text: str, no: int = 1, kind: str = "direct", published: str = "2022-01-20T10:00:00") -> StoredStatement:
    return StoredStatement(
        id=no,
        article_no=no,
        headline=f"Headline {no}",
        outlet="Example News",
        link=None,
        actor_key="jens-stoltenberg",
        actor_name="Jens Stoltenberg",
        actor_kind="person",
        speaker="Stoltenberg",
        cue="said",
        text=text,
        kind=kind,
        position=0,
        published=published,
        saved_at=published,
    )


def plain(message: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", message))


def balanced(message: str) -> bool:
    return all(message.count(f"<{t}>") == message.count(f"</{t}>") for t in ("b", "i")) and message.count(
        "<blockquote"
    ) == message.count("</blockquote>")


STOLTENBERG = Actor(key="jens-stoltenberg", name="Jens Stoltenberg", aliases=("Stoltenberg",))


# Escaping and packing ---------------------------------------------------------------------------------


def test_esc() -> None:
    assert esc("a < b > c & d") == "a &lt; b &gt; c &amp; d"
    assert esc('"quoted"') == '"quoted"'  # quotes are fine in text nodes
    assert esc(None) == ""
    assert render.esc_attr('x"y') == "x&quot;y"


def test_pack_respects_limit_and_keeps_blocks_whole() -> None:
    blocks = [f"<b>{i}</b> " + "x" * (i * 37 % 900) for i in range(60)]
    messages = pack(blocks, limit=1000)
    assert all(len(m) <= 1000 for m in messages)
    # Every block appears whole, in order, in exactly one message.
    rebuilt = [b for m in messages for b in m.split("\n\n")]
    assert rebuilt == blocks
    assert len(messages) > 1


def test_pack_joins_small_blocks_and_exact_fit() -> None:
    assert pack(["a", "b", "c"]) == ["a\n\nb\n\nc"]
    assert pack(["x" * 10, "y" * 10], limit=22) == ["x" * 10 + "\n\n" + "y" * 10]
    assert pack(["x" * 10, "y" * 10], limit=21) == ["x" * 10, "y" * 10]
    assert pack([]) == []


def test_pack_refuses_an_oversized_block() -> None:
    with pytest.raises(ValueError):
        pack(["x" * (LIMIT + 1)])


def test_text_blocks_splits_a_huge_paragraph_at_sentences() -> None:
    sentences = [f"Sentence number {i} says the council met again on the {i}th day." for i in range(400)]
    para = " ".join(sentences)
    assert len(para) > 20_000
    blocks = text_blocks(para)
    assert len(blocks) >= 5
    assert all(len(b) <= LIMIT for b in blocks)
    for b in blocks:  # every piece starts and ends at a sentence boundary
        assert b.startswith("Sentence number ")
        assert b.endswith("day.")
    assert " ".join(blocks) == para


def test_text_blocks_splits_a_single_huge_word() -> None:
    word = "abcdefghij" * 1000
    blocks = text_blocks(word)
    assert len(blocks) > 1
    assert all(len(b) <= LIMIT for b in blocks)
    assert "".join(blocks) == word


def test_text_blocks_counts_escaped_length() -> None:
    text = " ".join(["&<&<&" for _ in range(2000)])  # 12,000 chars plain, ~44,000 escaped
    blocks = text_blocks(text)
    assert all(len(b) <= LIMIT for b in blocks)
    assert all("<" not in b for b in blocks)
    assert " ".join(html.unescape(b) for b in blocks) == text
    single = "&" * 5000  # one token of ampersands
    pieces = text_blocks(single)
    assert all(len(p) <= LIMIT for p in pieces)
    assert "".join(html.unescape(p) for p in pieces) == single


def test_text_blocks_keeps_paragraphs_apart() -> None:
    assert text_blocks("First <para>.\n\n\n  Second & last.  ") == ["First &lt;para&gt;.", "Second &amp; last."]


# Articles ----------------------------------------------------------------------------------------------


def test_full_article_of_a_long_article() -> None:
    paras = [
        " ".join(f"Paragraph {p} sentence {s} notes that the delegation & its <partners> agreed." for s in range(12))
        for p in range(40)
    ]
    paras.append(" ".join(f"Runaway{i} sentence without end" for i in range(900)))  # 27,000 chars, one sentence
    a = article(no=12, headline="A long & <detailed> report", body="\n\n".join(paras))
    parts = full_article(a)
    assert len(parts) > 5
    for part in parts:
        assert len(part) <= LIMIT
        assert part.count("<b>") == part.count("</b>")
        assert balanced(part)
    assert parts[0].startswith("<b>#12 A long &amp; &lt;detailed&gt; report</b>")
    text = " ".join(plain(p) for p in parts)
    for para in paras[:-1]:
        for sentence in re.split(r"(?<=\.) ", para):
            assert sentence in text
    assert all(f"Runaway{i} " in text for i in range(900))


def test_byline_with_link_outlet_and_dates() -> None:
    a = article(outlet="Yon & hap", link='https://e.org/?a=1&b="2"')
    head = full_article(a)[0]
    assert '20 Jan 2022 · Yon &amp; hap · <a href="https://e.org/?a=1&amp;b=&quot;2&quot;">link</a>' in head
    undated = full_article(article(published=None, outlet=None))[0]
    assert "21 Jan 2022" in undated  # falls back to saved_at
    assert render.fmt_date(None) == "undated"
    assert render.fmt_date("not a date at all") == "not a date"


def test_full_article_with_an_enormous_headline() -> None:
    parts = full_article(article(headline="Headline " * 600, body="Short body of the article."))
    assert all(len(p) <= LIMIT for p in parts)


def test_summary_reply_fits_even_with_a_pathological_headline() -> None:
    reply = render.summary(article(headline="H&" * 3000), ["One.", "Two."])
    assert len(reply) <= LIMIT
    normal = render.summary(article(no=3), ["One & two.", "Three."])
    assert normal.startswith("<b>#3</b> Ministers meet in Brussels")
    assert "• One &amp; two.\n• Three." in normal
    assert "too short" in render.summary(article(), [])


def test_search_snippet_markers_become_bold_after_escaping() -> None:
    hit = SearchHit(article(no=4), "…the \x02pipeline\x03 <script>alert(1)</script> & \x02gas\x03…")
    [message] = search_results("pipe<line>", [hit])
    assert "<b>pipeline</b>" in message and "<b>gas</b>" in message
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;" in message
    assert "<script>" not in message
    assert "pipe&lt;line&gt;" in message
    assert "\x02" not in message and "\x03" not in message
    assert search_results("nothing<", []) == ["Nothing found for <i>nothing&lt;</i>."]


def test_search_results_split_over_messages() -> None:
    hits = [SearchHit(article(no=i, headline="H" * 300), "snippet " * 40) for i in range(40)]
    messages = search_results("x", hits)
    assert len(messages) > 1
    assert all(len(m) <= LIMIT and balanced(m) for m in messages)
    assert sum(m.count("<b>#") for m in messages) == 40


# Who said what ------------------------------------------------------------------------------------------


def test_who_unknown_with_and_without_suggestions() -> None:
    reply = render.who(WhoAnswer("Stoltenbreg", suggestions=(STOLTENBERG,)))
    assert reply == "I don't know <i>Stoltenbreg</i>. Did you mean: Jens Stoltenberg?"
    bare = render.who(WhoAnswer("<nobody>"))
    assert bare.startswith("I don't know <i>&lt;nobody&gt;</i>.")


def test_who_candidates() -> None:
    other = Actor(key="other-stoltenberg", name="Camilla Stoltenberg")
    reply = render.who(WhoAnswer("Stoltenberg", candidates=(STOLTENBERG, other)))
    assert "Several actors match <i>Stoltenberg</i>" in reply


def test_who_mentioned_but_never_quoted() -> None:
    answer = WhoAnswer(
        "Stoltenberg",
        actor=STOLTENBERG,
        mentioned_in=((3, "Allies & partners meet", "2022-01-20T00:00:00"), (1, "Earlier", None)),
    )
    reply = render.who(answer)
    assert "<b>Jens Stoltenberg</b> is mentioned but never quoted" in reply
    assert "#3 Allies &amp; partners meet · 20 Jan 2022" in reply
    assert "#1 Earlier · undated" in reply
    assert render.who(WhoAnswer("Stoltenberg", actor=STOLTENBERG)) == "No statements by <b>Jens Stoltenberg</b> yet."


def test_who_statements_page() -> None:
    rows = tuple(
        stored(f"Statement {i} about <air defence> & more", no=i, kind="direct" if i % 2 else "reported")
        for i in range(1, 6)
    )
    reply = render.who(WhoAnswer("Stoltenberg", STOLTENBERG, rows, total=12, offset=0))
    assert reply.startswith("<b>Jens Stoltenberg</b>: statements 1-5 of 12, newest first")
    # A quote as stored (it carries its own quote marks), escaped; reported speech leads with its cue.
    assert "\n\nStatement 1 about &lt;air defence&gt; &amp; more\n<i>quote" in reply
    assert "\n\nsaid Statement 2 about &lt;air defence&gt; &amp; more\n<i>reported" in reply
    assert "<i>quote · 20 Jan 2022 · Example News · #1</i>" in reply
    single = render.who(WhoAnswer("Stoltenberg", STOLTENBERG, rows[:1], total=1, offset=0))
    assert single.startswith("<b>Jens Stoltenberg</b>: 1 statement\n\n")
    assert "<i>reported · 20 Jan 2022 · Example News · #2</i>" in reply
    assert len(reply) <= LIMIT and balanced(reply)
    second = render.who(WhoAnswer("Stoltenberg", STOLTENBERG, rows[:2], total=7, offset=5))
    assert "statements 6-7 of 7" in second


def test_who_earlier_holders() -> None:
    older = Actor(key="anders-fogh-rasmussen", name="Anders Fogh Rasmussen")
    reply = render.who(WhoAnswer("NATO chief", STOLTENBERG, (stored("x"),), 1, 0, earlier_holders=(older,)))
    assert reply.endswith("Earlier holders of this role: Anders Fogh Rasmussen")


# Digest --------------------------------------------------------------------------------------------------


def story(i: int, summary_chars: int = 200) -> Story:
    sentence = f"Story {i} summary sentence with <tags> & ampersands. "
    text = (sentence * (summary_chars // len(sentence) + 1))[:summary_chars].strip()
    return Story(
        headline=f"Story {i} headline",
        summary=(text,),
        outlets=("Reuters", "AP") if i % 2 else ("Yonhap",),
        article_numbers=(i, i + 100),
        score=1.0,
    )


def test_empty_digest_is_one_line() -> None:
    parts = render.digest(Digest(None, datetime(2022, 1, 20, 8), ()))
    assert parts == ["<b>Briefing · 20 Jan 2022</b>\nNo new articles since the last digest."]


def test_digest_splits_between_stories() -> None:
    stories = tuple(story(i, summary_chars=350) for i in range(1, 41))
    statements = tuple(
        DigestStatement("k", "Jens Stoltenberg", f"“We must act & stay <united> {i}.”", "direct", i, None)
        for i in range(3)
    )
    parts = render.digest(Digest(None, datetime(2022, 1, 20, 8), stories, statements))
    assert len(parts) > 2
    assert parts[0].startswith("<b>Briefing · 20 Jan 2022</b>\n40 stories from 80 articles")
    for part in parts:
        assert len(part) <= LIMIT
        assert balanced(part)
    # the first twenty stories in exactly one part, whole; the rest listed by their first article
    for i in range(1, 21):
        holders = [p for p in parts if f"<b>{i}. Story {i} headline</b>" in p]
        assert len(holders) == 1
        assert f"#{i}, #{i + 100}</i>" in holders[0]
    joined = "\n".join(parts)
    assert "<b>21. Story 21" not in joined
    assert "20 more stories (#21, #22," in joined and "#40): /summary ID shows any of them." in joined
    assert "Reuters; also reported by AP" in parts[0]
    assert "<b>Who said what</b>" in parts[-1]
    assert "<b>Jens Stoltenberg</b>: “We must act &amp; stay &lt;united&gt; 0.” (#0)" in parts[-1]


def test_digest_folds_long_summaries_in_expandable_blockquote() -> None:
    parts = render.digest(Digest(None, datetime(2022, 1, 20, 8), (story(1, 900), story(2, 120))))
    [message] = parts
    long_block, short_block = message.split("\n\n")[1:3]
    assert "<blockquote expandable>" in long_block and long_block.count("</blockquote>") == 1
    assert "blockquote" not in short_block
    assert "&lt;tags&gt; &amp; ampersands" in long_block


def test_digest_with_a_huge_story_stays_under_the_limit() -> None:
    parts = render.digest(Digest(None, datetime(2022, 1, 20, 8), (story(1, 9000), story(2))))
    assert all(len(p) <= LIMIT and balanced(p) for p in parts)
    assert any("Story 2 headline" in p for p in parts)


# Saved acknowledgements -----------------------------------------------------------------------------------


def outcome(status: str, no: int | None = None, message: str = "") -> IngestOutcome:
    return IngestOutcome(status, article(no=no) if no is not None else None, message)  # type: ignore[arg-type]


def test_saved_burst_ranges() -> None:
    reply = saved_burst([outcome("saved", n) for n in [15, 12, 13, 14, 16, 17, 18, 19, 20, 21]])
    assert reply == "<b>Saved 10 articles</b>: #12-#21"


def test_saved_burst_mixed() -> None:
    reply = saved_burst(
        [
            outcome("saved", 3),
            outcome("saved", 5),
            outcome("saved", 6),
            outcome("saved", 7),
            outcome("duplicate", 1),
            outcome("duplicate", 1),
            outcome("duplicate", 2),
            outcome("rejected", message="That is too short to be an article (3 words) <really>."),
            outcome("rejected", message="Second reason."),
        ]
    )
    assert reply.split("\n") == [
        "<b>Saved 4 articles</b>: #3, #5-#7",
        "Already saved: #1-#2",
        "Not saved: 2 (That is too short to be an article (3 words) &lt;really&gt;.)",
    ]
    assert saved_burst([outcome("saved", 9)]) == "<b>Saved 1 article</b>: #9"
    assert saved_burst([outcome("duplicate", 4)]) == "Already saved: #4"


def test_saved_single_reply() -> None:
    o = IngestOutcome("saved", article(no=8, headline="A & B"), speakers=(("Jens Stoltenberg", 2),))
    reply = render.saved(o)
    assert reply.startswith("<b>Saved #8</b>: A &amp; B\n20 Jan 2022 · Example News")
    assert "Speakers: Jens Stoltenberg (2)" in reply
    assert render.saved(IngestOutcome("updated", article(no=8))).startswith("<b>Updated #8</b>")
    assert render.duplicate(IngestOutcome("duplicate", article(no=8))) == (
        "Already saved as <b>#8</b>: Ministers meet in Brussels"
    )
