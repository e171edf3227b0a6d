from __future__ import annotations

import pytest

from summarizer.sentences import sentence_spans, split_paragraphs, split_sentences, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Okafor met Dr. Lindqvist at noon. They talked for an hour.",
            ["Mr. Okafor met Dr. Lindqvist at noon.", "They talked for an hour."],
        ),
        (
            "Gen. Ada Moreno spoke first. Sen. Paul Ito replied.",
            ["Gen. Ada Moreno spoke first.", "Sen. Paul Ito replied."],
        ),
        (
            "Shares of Brightwater Inc. rose sharply. They fell later.",
            ["Shares of Brightwater Inc. rose sharply.", "They fell later."],
        ),
        ("The No. 4 seed won. Fans cheered.", ["The No. 4 seed won.", "Fans cheered."]),
    ],
)
def test_abbreviations_do_not_end_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_words_that_look_like_abbreviations_end_sentences() -> None:
    assert split_sentences("Romney said no. Kerry said yes. She fell ill. Doctors came.") == [
        "Romney said no.", "Kerry said yes.", "She fell ill.", "Doctors came."]


def test_initials_stay_with_the_name() -> None:
    text = "The novel by P. K. Varga sold well. Critics agreed."
    assert split_sentences(text) == ["The novel by P. K. Varga sold well.", "Critics agreed."]


def test_dotted_acronym_mid_sentence_and_at_sentence_end() -> None:
    assert split_sentences("The U.S. Navy sent a ship. It arrived.") == [
        "The U.S. Navy sent a ship.",
        "It arrived.",
    ]
    assert split_sentences("She moved to the U.S. He stayed home.") == [
        "She moved to the U.S.",
        "He stayed home.",
    ]


def test_times_close_a_sentence_only_before_a_sentence_start() -> None:
    assert split_sentences("The vote ended at 9 p.m. The count began.") == [
        "The vote ended at 9 p.m.",
        "The count began.",
    ]


def test_decimals_and_money_are_not_boundaries() -> None:
    text = "Inflation rose 3.5 percent to $1.25 billion. Prices fell 0.2 points."
    assert split_sentences(text) == ["Inflation rose 3.5 percent to $1.25 billion.", "Prices fell 0.2 points."]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = '"We are not leaving," the mayor said. "Never." Then she walked out. "Why now?" he asked.'
    assert split_sentences(text) == [
        '"We are not leaving," the mayor said.',
        '"Never."',
        "Then she walked out.",
        '"Why now?" he asked.',
    ]


def test_ellipsis_followed_by_lower_case_continues_the_sentence() -> None:
    assert split_sentences("Well... maybe not. Fine!") == ["Well... maybe not.", "Fine!"]


def test_sentences_never_cross_paragraph_breaks() -> None:
    text = "First paragraph without a full stop\n\nSecond paragraph. It has two sentences."
    assert split_sentences(text) == [
        "First paragraph without a full stop",
        "Second paragraph.",
        "It has two sentences.",
    ]


def test_internal_whitespace_is_normalised_and_offsets_point_into_the_source() -> None:
    text = "  One   sentence\nwrapped here.  Two.\n\n  Three."
    spans = sentence_spans(text)
    assert [s.text for s in spans] == ["One sentence wrapped here.", "Two.", "Three."]
    for span in spans:
        assert " ".join(text[span.start : span.end].split()) == span.text


def test_split_paragraphs_drops_blank_blocks() -> None:
    assert split_paragraphs("A one.\n\n \n\nB two.\nstill B.\n\n") == ["A one.", "B two.\nstill B."]


def test_empty_text() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n\n  ") == []
    assert split_paragraphs("") == []


def test_words_keep_contractions_and_hyphens_but_not_punctuation() -> None:
    assert words("It's a well-known fact -- isn't it? 42!") == ["It's", "a", "well-known", "fact", "isn't", "it", "42"]
