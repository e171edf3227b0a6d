"""Reading the CNN Corpus (one XML file per article) for the benchmarks.

The text is HTML-escaped twice: XML parsing undoes one level and leaves "&apost;" behind.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class CnnArticle:
    doc_id: str
    title: str
    paragraphs: tuple[str, ...]
    highlights: tuple[str, ...]
    published: datetime | None

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def _clean(raw: str | None) -> str:
    return html.unescape((raw or "").replace("&apost;", "'")).strip()


def _date(raw: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(raw).replace(tzinfo=UTC) if raw else None
    except ValueError:
        return None


def parse_article(path: Path) -> CnnArticle:
    root = ET.parse(path).getroot()
    paragraphs = []
    for paragraph in root.iterfind("./article/paragraph"):
        text = " ".join(s for s in (_clean(c.text) for c in paragraph.iterfind("./sentences/sentence/content")) if s)
        if text:
            paragraphs.append(text)
    highlights = tuple(h for h in (_clean(s.text) for s in root.iterfind("./summaries/highlights/sentence")) if h)
    return CnnArticle(path.stem, _clean(root.findtext("title")), tuple(paragraphs), highlights, _date(root.get("date_published")))


def load_corpus(path: Path, limit: int | None = None, need_highlights: bool = False) -> Iterator[CnnArticle]:
    """Articles of a corpus directory, sorted by file name, skipping empty ones."""
    files = sorted(path.glob("*.xml")) if path.is_dir() else [path]
    count = 0
    for file in files:
        if limit is not None and count >= limit:
            return
        article = parse_article(file)
        if article.paragraphs and (article.highlights or not need_highlights):
            count += 1
            yield article
