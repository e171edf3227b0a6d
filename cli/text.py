"""Plain-text output for the terminal."""

from __future__ import annotations

import textwrap

from service.who import WhoAnswer
from store.articles import Article
from summarizer.digest import Digest
from summarizer.statements import readable


def article_line(a: Article) -> str:
    date = (a.published or a.saved_at)[:10]
    outlet = f" · {a.outlet}" if a.outlet else ""
    return f"#{a.no:<5} {date}{outlet}  {a.headline}"


def bullets(sentences: list[str]) -> str:
    return "\n".join(textwrap.fill(s, 100, initial_indent="  • ", subsequent_indent="    ") for s in sentences)


def who(answer: WhoAnswer) -> str:
    if answer.candidates:
        return "Several actors match: " + ", ".join(a.name for a in answer.candidates)
    if answer.actor is None:
        if answer.suggestions:
            return f"Unknown: {answer.query}. Did you mean: " + ", ".join(a.name for a in answer.suggestions) + "?"
        return f"Unknown: {answer.query}"
    if not answer.statements:
        lines = [f"{answer.actor.name}: no statements stored."]
        lines += [f"  mentioned in #{no} {headline}" for no, headline, _ in answer.mentioned_in]
        return "\n".join(lines + _earlier(answer))
    lines = [f"{answer.actor.name}: {answer.total} statement{'s' if answer.total != 1 else ''}, newest first"]
    for s in answer.statements:
        source = " · ".join(x for x in (s.published[:10], s.outlet or "", f"#{s.article_no}") if x)
        lines.append(textwrap.fill(f"[{s.kind}] {readable(s.kind, s.cue, s.text)}", 100, initial_indent="  ",
                                   subsequent_indent="  "))
        lines.append(f"    {source}")
    return "\n".join(lines + _earlier(answer))


def _earlier(answer: WhoAnswer) -> list[str]:
    if not answer.earlier_holders:
        return []
    names = ", ".join(a.name for a in answer.earlier_holders)
    return [f"Earlier holders of this role with statements: {names} (attache who NAME)"]


def digest(d: Digest) -> str:
    if not d.stories:
        return "No articles in this window."
    lines = [f"Briefing, {len(d.stories)} stories", ""]
    for i, story in enumerate(d.stories, 1):
        lines.append(f"{i}. {story.headline}")
        lines.append(bullets(list(story.summary)))
        refs = ", ".join(f"#{n}" for n in story.article_numbers)
        lines.append(f"   {', '.join(story.outlets) or 'unknown outlet'} · {refs}")
        lines.append("")
    if d.statements:
        lines.append("Who said what")
        for s in d.statements:
            lines.append(
                textwrap.fill(f"{s.actor_name}: {readable(s.kind, s.cue, s.text)} (#{s.article_number})", 100,
                              subsequent_indent="    ")
            )
    return "\n".join(lines)
