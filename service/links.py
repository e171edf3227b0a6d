"""Links and files to articles: fetch a page or read a document, then hand the text to ingest."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from service.documents import extract_document
from service.fetch import FetchError, FetchLimits, fetch_article
from service.ingest import Incoming


class LinkFailure(Exception):
    def __init__(self, message: str, kind: str = "fetch") -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind


def _with_title(title: str | None, text: str) -> str:
    if title and not text.lstrip().startswith(title):
        return f"{title}\n\n{text}"
    return text


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


async def fetch_incoming(url: str, template: Incoming, allow_private: bool) -> Incoming:
    try:
        page = await fetch_article(url, FetchLimits(allow_private=allow_private))
    except FetchError as error:
        raise LinkFailure(error.message, error.kind) from error
    return replace(
        template,
        text=_with_title(page.title, page.text),
        link=page.url,
        source=page.url,
        outlet=page.site_name or template.outlet,
        author=page.author or template.author,
        published=_date(page.date) or template.published,
        headline=page.title,
        links=(page.url,),
    )


def document_incoming(filename: str, data: bytes, template: Incoming) -> Incoming:
    """Raises service.documents.DocumentError with a user-facing message for unreadable files."""
    doc = extract_document(filename, data)
    return replace(template, text=_with_title(doc.title, doc.text), source=filename)
