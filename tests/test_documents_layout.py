"""Layout recovered from documents: Word tables in reading order, PDF lines joined back into paragraphs."""

from __future__ import annotations

import pytest

from service.documents import DocumentText, extract_document, join_pages, join_wrapped_lines
from tests.docfixtures import make_docx, make_pdf

# ------------------------------------------------------------------------------------------------
# DOCX tables


def test_docx_table_rows_come_in_document_order() -> None:
    data = make_docx(
        [
            ("Title", "Ferry timetable"),
            (None, "The night ferry runs twice a week."),
            [["Day", "Departs", "Arrives"], ["Friday", "23:10", "00:40"], ["Saturday", "23:40", "01:10"]],
            (None, "Tickets cost the same as by day."),
        ]
    )
    result = extract_document("timetable.docx", data)
    assert result == DocumentText(
        title="Ferry timetable",
        text=(
            "The night ferry runs twice a week.\n\n"
            "Day | Departs | Arrives\n\nFriday | 23:10 | 00:40\n\nSaturday | 23:40 | 01:10\n\n"
            "Tickets cost the same as by day."
        ),
    )


def test_docx_merged_and_empty_cells() -> None:
    data = make_docx(
        [
            [
                ["Night ferry trial", None, None],
                ["Cost", "", "410,000 crowns"],
                ["", "", ""],
                ["  Staff\n", "two  crews", "six sailors"],
            ]
        ]
    )
    result = extract_document("budget.docx", data)
    assert result.text == "Night ferry trial\n\nCost | 410,000 crowns\n\nStaff | two crews | six sailors"


def test_docx_made_only_of_a_table_is_not_empty() -> None:
    result = extract_document("grid.docx", make_docx([[["Harbour", "Porthaven"]]]))
    assert result == DocumentText(title=None, text="Harbour | Porthaven")


def test_docx_heading_after_a_table_is_the_title_and_stays_in_the_text() -> None:
    data = make_docx([[["Ref", "HB-2024-17"]], ("Heading 1", "Board decision"), (None, "Approved.")])
    result = extract_document("decision.docx", data)
    assert result.title == "Board decision"
    assert result.text == "Ref | HB-2024-17\n\nBoard decision\n\nApproved."


# ------------------------------------------------------------------------------------------------
# Joining hard-wrapped lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The harbour board approved a six-month trial of the\novernight ferry.",
            "The harbour board approved a six-month trial of the overnight ferry.",
            id="lower-case continuation",
        ),
        pytest.param(
            "The first sailings will leave from the quay at Porthaven for\nSkerry Island and back.",
            "The first sailings will leave from the quay at Porthaven for Skerry Island and back.",
            id="no closing punctuation, capital next",
        ),
        pytest.param(
            "Talks went on late into the night, the diplo-\nmats said.",
            "Talks went on late into the night, the diplomats said.",
            id="hyphenated word",
        ),
        pytest.param(
            "The agreement was signed at the end of the Franco-\nGerman summit in May.",
            "The agreement was signed at the end of the Franco-German summit in May.",
            id="hyphen before a capital is kept",
        ),
        pytest.param(
            "The vote passed with a large majority of members.\nThe trial starts in May.",
            "The vote passed with a large majority of members.\nThe trial starts in May.",
            id="sentence end then capital",
        ),
        pytest.param(
            "Costs\nAbout 410,000 crowns are budgeted for the six-month trial.",
            "Costs\nAbout 410,000 crowns are budgeted for the six-month trial.",
            id="short heading",
        ),
        pytest.param(
            "The board listed three reasons for the decision\n- rising demand\n- lower costs\n1. cheaper fuel",
            "The board listed three reasons for the decision\n- rising demand\n- lower costs\n1. cheaper fuel",
            id="list items",
        ),
        pytest.param(
            "The first paragraph ends without a full stop\n\nSecond paragraph, which\ncontinues here.",
            "The first paragraph ends without a full stop\n\nSecond paragraph, which continues here.",
            id="blank line is a paragraph break",
        ),
        pytest.param(
            "Costs were higher than planned by the board, so it -\nwith regret - raised fares.",
            "Costs were higher than planned by the board, so it - with regret - raised fares.",
            id="dash is not a hyphen",
        ),
        pytest.param("", "", id="empty"),
    ],
)
def test_join_wrapped_lines(text: str, expected: str) -> None:
    assert join_wrapped_lines(text) == expected


def test_pdf_hard_wraps_are_joined_but_headings_stay() -> None:
    lines = [
        "Night ferries approved",
        "The harbour board approved a six-month trial of overnight ferry",
        "crossings between Porthaven and the islands on Tuesday, the diplo-",
        "mats attending the meeting said, after a debate that lasted until",
        "Wednesday morning.",
        "Costs",
        "About 410,000 crowns are budgeted for the trial period.",
    ]
    result = extract_document("minutes.pdf", make_pdf([lines, ["A second page that ends a paragraph."]]))
    assert result.text == (
        "Night ferries approved\n"
        "The harbour board approved a six-month trial of overnight ferry crossings between Porthaven and the "
        "islands on Tuesday, the diplomats attending the meeting said, after a debate that lasted until "
        "Wednesday morning.\n"
        "Costs\n"
        "About 410,000 crowns are budgeted for the trial period.\n\n"
        "A second page that ends a paragraph."
    )


def test_a_paragraph_that_runs_over_a_page_break_is_joined() -> None:
    first = [
        "The ministers agreed to extend the sanctions for another six",
        "months, and said the next review would take place in",
        "3",
    ]
    second = [
        "Page 4",
        "January, after the talks in Geneva. The package also covers diplo-",
    ]
    third = ["mats who travel on service passports.", "5 of 6"]
    fourth = ["Annex: the list of entities follows."]
    result = extract_document("sanctions.pdf", make_pdf([first, second, third, fourth]))
    assert result.text == (
        "The ministers agreed to extend the sanctions for another six months, and said the next review would "
        "take place in January, after the talks in Geneva. The package also covers diplomats who travel on "
        "service passports.\n\nAnnex: the list of entities follows."
    )


def test_join_pages_keeps_paragraphs_that_end_at_a_page_break() -> None:
    assert join_pages(["The talks ended.", "Borrell left Geneva."]) == "The talks ended.\n\nBorrell left Geneva."
    assert join_pages(["A heading without a stop", "New paragraph."]) == "A heading without a stop\n\nNew paragraph."
    assert join_pages(["", "12", "Only page."]) == "Only page."
