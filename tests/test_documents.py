from __future__ import annotations

from pathlib import Path

import pytest

from service.documents import SUPPORTED_EXTENSIONS, DocumentError, DocumentText, extract_document
from tests.docfixtures import make_blank_pdf, make_docx, make_encrypted_pdf, make_pdf

PAGES = Path(__file__).parent / "pages"


def test_txt_utf8_with_bom_and_crlf() -> None:
    data = "\ufeffFirst paragraph about the ferry.\r\n\r\n\r\n\r\nSecond   paragraph.\r\n".encode()
    result = extract_document("notes.TXT", data)
    assert result == DocumentText(title=None, text="First paragraph about the ferry.\n\nSecond paragraph.")


def test_txt_utf16_with_bom() -> None:
    result = extract_document("notes.txt", "Grüße aus Köln".encode("utf-16"))
    assert result.text == "Grüße aus Köln"


def test_txt_not_utf8_is_refused_with_the_reason() -> None:
    with pytest.raises(DocumentError) as info:
        extract_document("latin.txt", "Café crème à la gare".encode("latin-1"))
    assert "UTF-8" in info.value.message


def test_binary_masquerading_as_txt_is_refused() -> None:
    with pytest.raises(DocumentError, match="binary"):
        extract_document("data.txt", b"abc\x00\x00def")


def test_markdown_heading_becomes_title() -> None:
    data = b"# Night ferry trial\n\nThe harbour authority approved it.\n\n## Costs\n\nAbout 410,000 crowns.\n"
    result = extract_document("story.md", data)
    assert result.title == "Night ferry trial"
    assert result.text.startswith("The harbour authority approved it.")
    assert "## Costs" in result.text


def test_html_file_uses_article_extraction() -> None:
    result = extract_document("saved.html", (PAGES / "wire_story.html").read_bytes())
    assert result.title == "Harbour authority approves night ferry trial"
    assert "six-month trial of overnight ferry crossings" in result.text
    assert "Most read" not in result.text


def test_html_paywall_teaser_and_textless_html() -> None:
    with pytest.raises(DocumentError, match="paywall"):
        extract_document("teaser.html", (PAGES / "paywall_teaser.html").read_bytes())
    with pytest.raises(DocumentError, match="No readable text"):
        extract_document("blank.html", b"<html><body><script>var a = 1;</script></body></html>")


def test_short_htm_note_is_still_a_document() -> None:
    data = b"<html><head><title>Memo</title></head><body><p>Meeting moved to Friday at noon.</p></body></html>"
    result = extract_document("memo.htm", data)
    assert "Meeting moved to Friday" in result.text


def test_pdf_text_and_title() -> None:
    data = make_pdf(
        [["Quarterly report of the harbour board.", "Ridership rose by nine percent."], ["Page two (costs)."]],
        title="Harbour board report",
    )
    result = extract_document("report.pdf", data)
    assert result.title == "Harbour board report"
    assert "Ridership rose by nine percent." in result.text
    assert "Page two (costs)." in result.text
    assert "\n\n" in result.text  # pages are separate paragraphs


def test_pdf_filename_title_is_ignored() -> None:
    result = extract_document("r.pdf", make_pdf([["Some text here."]], title="Microsoft Word - draft3.docx"))
    assert result.title is None


def test_scanned_pdf_without_text_layer() -> None:
    with pytest.raises(DocumentError, match="no text layer"):
        extract_document("scan.pdf", make_blank_pdf())


def test_encrypted_pdf() -> None:
    with pytest.raises(DocumentError, match="password"):
        extract_document("locked.pdf", make_encrypted_pdf())


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n this is not really a pdf", b"not a pdf at all", make_pdf([["Cut short."]])[:120]],
)
def test_broken_pdf(data: bytes) -> None:
    with pytest.raises(DocumentError, match=r"damaged|no text layer"):
        extract_document("broken.pdf", data)


def test_docx_title_and_paragraphs() -> None:
    data = make_docx(
        [
            ("Title", "Library lends tools"),
            (None, "The branch library now lends drills."),
            (None, "   "),
            ("Heading 1", "What people borrow"),
            (None, "Mostly the carpet cleaner."),
        ]
    )
    result = extract_document("post.docx", data)
    assert result.title == "Library lends tools"
    assert result.text == ("The branch library now lends drills.\n\nWhat people borrow\n\nMostly the carpet cleaner.")


def test_docx_without_heading_has_no_title() -> None:
    result = extract_document("plain.docx", make_docx([(None, "Just one paragraph of text.")]))
    assert result == DocumentText(title=None, text="Just one paragraph of text.")


@pytest.mark.parametrize("data", [b"PK\x03\x04 broken zip", b"plain bytes, not a zip", make_docx([(None, "x")])[:300]])
def test_broken_docx(data: bytes) -> None:
    with pytest.raises(DocumentError, match="damaged"):
        extract_document("broken.docx", data)


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.pdf", "empty.docx", "empty.html"])
@pytest.mark.parametrize("data", [b"", b"  \n\t "])
def test_empty_file(name: str, data: bytes) -> None:
    with pytest.raises(DocumentError, match="empty"):
        extract_document(name, data)


def test_docx_with_only_empty_paragraphs() -> None:
    with pytest.raises(DocumentError, match="no text"):
        extract_document("blank.docx", make_docx([(None, " "), (None, "")]))


@pytest.mark.parametrize("name", ["photo.jpg", "archive.zip", "README", "report.doc", "sheet.xlsx"])
def test_unsupported_extension_lists_supported_formats(name: str) -> None:
    with pytest.raises(DocumentError) as info:
        extract_document(name, b"whatever")
    for extension in SUPPORTED_EXTENSIONS:
        assert extension in info.value.message
