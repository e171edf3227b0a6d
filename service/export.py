"""Every article of a library as plain records, for analysts' tools and backups."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from store import Store


def export_records(store: Store, library: str) -> Iterator[dict[str, Any]]:
    for article in store.articles.iter_library(library):
        yield {
            "id": article.no,
            "source": article.source or article.link,
            "headline": article.headline,
            "date": article.published,
            "saved_at": article.saved_at,
            "outlet": article.outlet,
            "link": article.link,
            "text": article.body,
            "summary": article.summary,
            "statements": [
                {
                    "actor": s.actor_name,
                    "actor_key": s.actor_key,
                    "speaker": s.speaker,
                    "cue": s.cue,
                    "kind": s.kind,
                    "text": s.text,
                    "finding": s.finding,  # a belief or finding ('polls show'), not something said
                }
                for s in store.statements.for_article(article.id)
            ],
        }
