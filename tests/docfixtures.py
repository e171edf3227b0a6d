"""Build small PDF and DOCX files in memory for the document tests."""

from __future__ import annotations

import io


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A minimal valid PDF with one Helvetica text line per string, one page per list.

    Written by hand because pypdf cannot lay out text; offsets in the xref table are computed exactly.
    """
    objects: list[bytes] = []
    page_count = len(pages)
    font_id = 3
    first_page_id = 4
    kids = " ".join(f"{first_page_id + 2 * i} 0 R" for i in range(page_count))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {page_count} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for index, lines in enumerate(pages):
        content_id = first_page_id + 2 * index + 1
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_id} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
        for line in lines:
            ops.append(f"({_pdf_escape(line)}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    info_ref = b""
    if title is not None:
        objects.append(f"<< /Title ({_pdf_escape(title)}) >>".encode("latin-1"))
        info_ref = b" /Info %d 0 R" % len(objects)

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref_at = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, info_ref))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref_at)
    return out.getvalue()


def make_blank_pdf(page_count: int = 2) -> bytes:
    """Pages without any text operators, like a scan without OCR."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(page_count):
        writer.add_blank_page(width=612, height=792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_encrypted_pdf(password: str = "s3cret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["Secret minutes of the board."]]))))
    writer.encrypt(user_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


Table = list[list[str | None]]


def make_docx(blocks: list[tuple[str | None, str] | Table]) -> bytes:
    """A .docx with the given blocks in order.

    A block is either a (style name or None, text) paragraph, e.g. ("Title", "Budget"), or a table given
    as a list of rows; in a row, None merges that cell into the cell on its left.
    """
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, list):
            _add_table(document, block)
        else:
            style, text = block
            document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _add_table(document: object, rows: Table) -> None:
    table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))  # type: ignore[attr-defined]
    for row_index, row in enumerate(rows):
        for column, text in enumerate(row):
            cell = table.cell(row_index, column)
            if text is None:
                table.cell(row_index, column - 1).merge(cell)
            else:
                cell.text = text
