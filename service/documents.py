"""Turning an uploaded file (bytes plus its name) into plain text.

Either a complete DocumentText comes back or DocumentError is raised: no partial results.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import PurePosixPath

SUPPORTED_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")

_MD_HEADING = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")
# Closing punctuation of a sentence or a lead-in ("as follows:"), maybe followed by quotes or brackets.
_LINE_END_PUNCTUATION = re.compile(r"""[.!?…:]["'”’)\]]*$""")
_HYPHENATED_LINE_END = re.compile(r"[^\W\d_]-$")  # a letter, then a hyphen: a word may be cut in two
_LIST_ITEM = re.compile(r"^(?:[-–—•·▪*]\s|\(?(?:\d{1,3}|[a-z])[.)]\s)")
_PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]", re.I)
# A page that stops on a comma or a word that cannot end a sentence ('took place in') goes on over the break.
_MID_SENTENCE_END = re.compile(r"(?:,|\b(?:in|of|the|a|an|and|or|to|for|with|by|on|at|from|that|as|is|are|was|were|be|"
                               r"his|her|their|its))$")
HEADING_MAX_WORDS = 10
HEADING_MAX_WIDTH_SHARE = 0.6  # of the block's longest line; hard-wrapped prose lines run close to full width


@dataclass(frozen=True)
class DocumentText:
    title: str | None
    text: str


class DocumentError(Exception):
    """A file could not be turned into text; ``message`` is fit to show the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def extract_document(filename: str, data: bytes) -> DocumentText:
    """Extract the text of ``data`` according to the extension of ``filename``."""
    extension = PurePosixPath(filename.replace("\\", "/")).suffix.lower()
    reader = _READERS.get(extension)
    if reader is None:
        supported = ", ".join(SUPPORTED_EXTENSIONS)
        raise DocumentError(f"This file type is not supported. Supported formats: {supported}.")
    if not data.strip():
        raise DocumentError("The file is empty.")
    result = reader(data)
    if not result.text.strip():
        raise DocumentError("The file contains no text.")
    return result


# --------------------------------------------------------------------------------------------------
# Plain text and Markdown


def _decode_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")  # a BOM makes UTF-16 unambiguous (Windows Notepad "Unicode")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"The file is not UTF-8 text (invalid byte at position {exc.start}). "
            "Please save it as UTF-8 and send it again."
        ) from None
    if "\x00" in text:
        raise DocumentError("The file looks like binary data, not text.")
    return text


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _read_txt(data: bytes) -> DocumentText:
    return DocumentText(title=None, text=_normalise(_decode_text(data)))


def _read_md(data: bytes) -> DocumentText:
    text = _normalise(_decode_text(data))
    lines = text.split("\n")
    title = None
    for index, line in enumerate(lines):
        if not line:
            continue
        match = _MD_HEADING.match(line)
        if match:  # a leading "# Title" is the title, not body text
            title = match.group(1)
            text = "\n".join(lines[index + 1 :]).strip()
        break
    return DocumentText(title=title, text=text)


# --------------------------------------------------------------------------------------------------
# HTML


def _read_html(data: bytes) -> DocumentText:
    from service.fetch import FetchError, decode_html, extract_article

    try:
        # min_chars=1: a short saved note is still a document, unlike a short web page.
        page = extract_article(decode_html(data), None, min_chars=1)
    except FetchError as exc:
        if exc.kind == "paywall":
            raise DocumentError("This HTML file holds only a paywall teaser, not the article.") from None
        raise DocumentError("No readable text was found in this HTML file.") from None
    return DocumentText(title=page.title, text=page.text)


# --------------------------------------------------------------------------------------------------
# PDF


def _read_pdf(data: bytes) -> DocumentText:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _unlock_with_empty_password(reader):
            raise DocumentError("This PDF is password-protected. Please send an unprotected copy.")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = _pdf_title(reader)
    except DocumentError:
        raise
    except Exception as exc:  # pypdf raises many exception types on damaged files, not only PyPdfError
        raise DocumentError("This PDF could not be read; the file seems to be damaged.") from exc
    text = join_pages([_normalise(page) for page in pages])
    if not text:
        raise DocumentError("This PDF has no text layer (it is probably a scan); text cannot be extracted.")
    return DocumentText(title=title, text=text)


def join_pages(pages: list[str]) -> str:
    """Pages of extracted text in reading order, without page-number lines and with hard wraps undone; a
    paragraph that runs over a page break is one paragraph again (the page ends without closing punctuation and
    the next starts in lower case or the page stops mid-sentence, or a word is hyphenated across the break)."""
    text = ""
    for page in pages:
        lines = page.split("\n")
        while lines and (not lines[0].strip() or _PAGE_NUMBER.match(lines[0].strip())):
            lines.pop(0)
        while lines and (not lines[-1].strip() or _PAGE_NUMBER.match(lines[-1].strip())):
            lines.pop()
        body = join_wrapped_lines("\n".join(lines))
        if not body:
            continue
        if not text:
            text = body
        elif _HYPHENATED_LINE_END.search(text) and body[:1].islower():
            text = text[:-1] + body
        elif (body[:1].islower() or _MID_SENTENCE_END.search(text)) and not _LINE_END_PUNCTUATION.search(text):
            text = f"{text} {body}"
        else:
            text = f"{text}\n\n{body}"
    return text


def join_wrapped_lines(text: str) -> str:
    """Undo hard line wraps inside the paragraphs of extracted text (pure text processing).

    Blank lines separate paragraphs and are kept. Inside a paragraph a line continues the previous one
    when the previous one ends in a hyphenated word part ("diplo-" + "mats" gives "diplomats" when the
    next line starts in lower case; "Franco-" + "German" keeps the hyphen), when it starts in lower case,
    or when the previous line has no closing punctuation and is not a short, heading-like line. List
    items always start a new line.
    """
    blocks = (block.split("\n") for block in re.split(r"\n[ \t]*\n", text))
    joined = (_join_block([line.strip() for line in lines if line.strip()]) for lines in blocks)
    return "\n\n".join(block for block in joined if block)


def _join_block(lines: list[str]) -> str:
    if not lines:
        return ""
    width = max(len(line) for line in lines)
    out = [lines[0]]
    for previous, line in pairwise(lines):
        if _LIST_ITEM.match(line):
            out.append(line)
        elif _HYPHENATED_LINE_END.search(previous):
            out[-1] = (out[-1][:-1] if line[:1].islower() else out[-1]) + line
        elif line[:1].islower() or not (_LINE_END_PUNCTUATION.search(previous) or _is_heading(previous, width)):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _is_heading(line: str, width: int) -> bool:
    return len(line.split()) <= HEADING_MAX_WORDS and len(line) <= HEADING_MAX_WIDTH_SHARE * width


def _unlock_with_empty_password(reader: object) -> bool:
    """Many PDFs are encrypted only to restrict printing/copying; they open with an empty password."""
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:  # unsupported algorithm or missing crypto backend
        return False


def _pdf_title(reader: object) -> str | None:
    metadata = getattr(reader, "metadata", None)
    raw = getattr(metadata, "title", None) if metadata is not None else None
    title = " ".join(str(raw).split()) if raw else ""
    # Word exports often carry the source file name as title, which is useless to a reader.
    if not title or title.lower().endswith((".doc", ".docx", ".pdf", ".odt")) or title.startswith("Microsoft Word - "):
        return None
    return title


# --------------------------------------------------------------------------------------------------
# DOCX


def _read_docx(data: bytes) -> DocumentText:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_docx_blocks(document))
        core_title = document.core_properties.title
    except Exception as exc:  # BadZipFile, KeyError, lxml XMLSyntaxError... from a damaged package
        raise DocumentError("This Word file could not be read; the file seems to be damaged.") from exc
    blocks = [(style, text) for style, text in blocks if text]
    title = None
    for index, (style, text) in enumerate(blocks):
        if style == "title" or style.startswith("heading"):
            title = text
            if index == 0:  # a title on top is not body text; later headings stay in the text
                blocks = blocks[1:]
            break
    if title is None and core_title and core_title.strip():
        title = " ".join(core_title.split())
    return DocumentText(title=title, text="\n\n".join(text for _style, text in blocks))


def _docx_blocks(document: object) -> Iterator[tuple[str, str]]:
    """(style name, text) of each body paragraph and each table row, in document order."""
    from docx.table import Table

    for item in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(item, Table):
            for row in item.rows:
                yield "table", _row_text(row)
        else:
            yield _style_name(item), " ".join(item.text.split())


def _row_text(row: object) -> str:
    """The non-empty cells of a table row, joined with " | "."""
    cells: list[str] = []
    previous = None
    for cell in row.cells:  # type: ignore[attr-defined]
        if cell is previous:  # a cell spanning several grid columns is listed once per column
            continue
        previous = cell
        text = " ".join(cell.text.split())
        if text:
            cells.append(text)
    return " | ".join(cells)


def _style_name(paragraph: object) -> str:
    style = getattr(paragraph, "style", None)
    name = getattr(style, "name", None) or ""
    return name.strip().lower()


_READERS = {
    ".txt": _read_txt,
    ".md": _read_md,
    ".html": _read_html,
    ".htm": _read_html,
    ".pdf": _read_pdf,
    ".docx": _read_docx,
}
