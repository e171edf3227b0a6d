from __future__ import annotations

import time

import nltk
import pytest

from summarizer.sentences import split_sentences
from summarizer.summarize import METHODS, summarize

TITLE = "Riverton council approves flood barrier after record storm"

ARTICLE = """RIVERTON (Example News) -- Riverton's city council on Tuesday approved a $40 million flood barrier \
along the Tamsin River, two weeks after a record storm flooded more than 600 homes in the city.

The barrier, a 3.2-kilometer wall of steel and concrete, will protect the low-lying east bank, where \
the storm did most of its damage. Construction is expected to start in March and take two years.

"Was it worth waiting this long?" one resident asked.

Mayor Helen Oduya said the council acted quickly because the storm showed how exposed the city is. \
"We cannot ask families to rebuild without protecting them," she said. "That would be wrong."

The flood barrier will be paid for by a state grant and a temporary increase in the city's water fees, \
officials said. Some business owners oppose the fee increase.

The weather was mild on Wednesday. Many people walked their dogs in the park.

Follow us on Twitter @ExampleNews."""


def test_returns_verbatim_sentences_in_document_order() -> None:
    sentences = split_sentences(ARTICLE)
    summary = summarize(ARTICLE, 3, TITLE)
    assert len(summary) == 3
    positions = [sentences.index(s) for s in summary]
    assert positions == sorted(positions)
    assert len(set(positions)) == 3


def test_picks_the_news_and_skips_filler() -> None:
    summary = summarize(ARTICLE, 3, TITLE)
    assert summary[0].startswith("RIVERTON (Example News) -- Riverton's city council on Tuesday approved")
    assert "Follow us on Twitter @ExampleNews." not in summary
    assert '"Was it worth waiting this long?" one resident asked.' not in summary
    assert "The weather was mild on Wednesday." not in summary
    assert "Many people walked their dogs in the park." not in summary
    assert any("barrier" in s for s in summary[1:])


def test_single_sentence_summary_is_the_key_sentence_even_without_title() -> None:
    assert summarize(ARTICLE, 1) == [split_sentences(ARTICLE)[0]]


def test_deterministic() -> None:
    first = summarize(ARTICLE, 3, TITLE)
    assert all(summarize(ARTICLE, 3, TITLE) == first for _ in range(5))


@pytest.mark.parametrize("n", [1, 2, 4, 6])
def test_n_limits_the_number_of_sentences(n: int) -> None:
    summary = summarize(ARTICLE, n, TITLE)
    assert len(summary) == n
    assert set(summary) <= set(split_sentences(ARTICLE))


def test_short_text_returns_all_sentences() -> None:
    text = "Only one. And a second one here."
    assert summarize(text, 3) == ["Only one.", "And a second one here."]
    assert summarize(text, 5, "Some title") == split_sentences(text)


@pytest.mark.parametrize("body", ["", "   ", "\n\n\n"])
def test_empty_input(body: str) -> None:
    assert summarize(body) == []
    for method in METHODS.values():
        assert method(body, 3, None) == []


def test_non_positive_n_gives_nothing() -> None:
    assert summarize(ARTICLE, 0) == []
    assert summarize(ARTICLE, -2) == []


def test_duplicate_sentences_are_not_both_picked_and_output_stays_verbatim() -> None:
    body = "The dam broke at dawn. The dam broke at dawn.\n\nRescuers arrived by boat. Power is out."
    summary = summarize(body, 2)
    assert len(summary) == 2
    assert summary[0] == "The dam broke at dawn."
    assert summary[1] != "The dam broke at dawn."


def test_every_method_returns_verbatim_sentences_in_order() -> None:
    assert set(METHODS) == {"lead3", "lexrank", "textrank", "lsa", "edmundson", "attache"}
    sentences = split_sentences(ARTICLE)
    assert METHODS["lead3"](ARTICLE, 3, None) == sentences[:3]
    for name, method in METHODS.items():
        summary = method(ARTICLE, 3, TITLE)
        assert len(summary) == 3, name
        positions = [sentences.index(s) for s in summary]
        assert positions == sorted(positions), name


def test_never_touches_nltk_data(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"NLTK data lookup attempted: {args!r}")

    monkeypatch.setattr(nltk.data, "load", forbidden)
    monkeypatch.setattr(nltk.data, "find", forbidden)
    monkeypatch.setattr(nltk, "download", forbidden)
    for method in METHODS.values():
        assert method(ARTICLE + "\n\nA new paragraph. Another sentence.", 3, TITLE)


def test_long_input_stays_fast() -> None:
    paragraph = " ".join(
        f"Official number {i} said the river rose {i}.5 meters near bridge {i % 7} on Monday." for i in range(6)
    )
    body = "\n\n".join(paragraph for _ in range(450))
    assert len(body) > 200_000
    summarize(body, 3, TITLE)  # warm the stem cache like a running bot would
    started = time.perf_counter()
    summary = summarize(body, 3, TITLE)
    assert time.perf_counter() - started < 0.5
    assert len(summary) == 3


def test_sentence_starting_inside_a_curly_quotation_is_not_chosen() -> None:
    body = (
        "The foreign minister said on Monday that the alliance would send more air defence systems to the east.\n\n"
        "“European security is our security. Two states alone cannot negotiate the security of the continent,” "
        "she said after the meeting.\n\n"
        "The ministers also agreed to meet again in March to review the plan and its costs for each member state."
    )
    chosen = summarize(body, 2)
    assert not any(s.startswith("Two states alone") for s in chosen)
    assert chosen[0].startswith("The foreign minister said on Monday")
