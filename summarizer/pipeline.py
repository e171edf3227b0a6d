"""One article through the whole analysis: clean, summarize, attribute statements, find mentions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from summarizer.actors import ActorRegistry
from summarizer.cleaning import ParsedArticle, fingerprint, parse_article
from summarizer.mentions import find_mentions
from summarizer.statements import Statement, distinct, extract_statements
from summarizer.summarize import summarize


@dataclass(frozen=True)
class AnalysedArticle:
    parsed: ParsedArticle
    fingerprint: str
    summary: list[str]
    statements: list[Statement]  # what people said
    findings: list[Statement]  # beliefs and findings ('polls show', 'experts think'): kept, marked, never in /who
    mentioned: frozenset[str]  # registry keys of actors named in the text

    @property
    def headline(self) -> str:
        return self.parsed.headline

    @property
    def body(self) -> str:
        return self.parsed.body


def analyse(
    raw: str,
    registry: ActorRegistry,
    *,
    sentences: int = 3,
    headline: str | None = None,
    fallback_date: datetime | None = None,
) -> AnalysedArticle:
    """`headline` replaces the parsed one (a document caption); `fallback_date` dates undated text."""
    parsed = parse_article(raw)
    if headline:
        parsed = ParsedArticle(headline, parsed.body, parsed.published, parsed.outlet, parsed.agencies)
    when = parsed.published or fallback_date
    return analyse_parsed(parsed, registry, sentences=sentences, on=when.date() if when else None)


def analyse_parsed(
    parsed: ParsedArticle, registry: ActorRegistry, *, sentences: int = 3, on: date | None = None
) -> AnalysedArticle:
    body = parsed.body
    found = distinct(extract_statements(body, on, registry, include_findings=True))
    statements = [s for s in found if s.is_speech]
    mentioned = find_mentions(f"{parsed.headline}\n\n{body}", registry)
    mentioned |= {s.actor_key for s in found if s.actor_key}  # 'The WHO expects ...' names the WHO
    return AnalysedArticle(
        parsed=parsed,
        fingerprint=fingerprint(f"{parsed.headline}\n{body}"),
        summary=summarize(body, sentences, parsed.headline),
        statements=statements,
        findings=[s for s in found if not s.is_speech],
        mentioned=frozenset(mentioned),
    )
