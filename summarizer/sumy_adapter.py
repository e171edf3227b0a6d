"""Build sumy documents with Attaché's offline splitter instead of sumy's NLTK-backed Tokenizer.

sumy's own ``Tokenizer`` loads NLTK punkt data, which is not available offline, so it is never imported.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers._summarizer import AbstractSummarizer, SentenceInfo
from sumy.utils import get_stop_words

from summarizer.sentences import Span, sentence_spans, split_sentences, words

LANGUAGE = "english"
_PARAGRAPH_GAP = re.compile(r"\n\s*\n")


class OfflineTokenizer:
    """The tokenizer interface sumy's DOM expects (``language``, ``to_sentences``, ``to_words``)."""

    language = LANGUAGE

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


TOKENIZER = OfflineTokenizer()
STOP_WORDS: frozenset[str] = frozenset(get_stop_words(LANGUAGE))
_SNOWBALL = Stemmer(LANGUAGE)


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """sumy's English (Snowball) stemmer, memoised: stemming dominates the cost of every method."""
    return _SNOWBALL(word.lower())


@dataclass(frozen=True, slots=True)
class SumyDocument:
    """A sumy document whose sentences correspond one-to-one, in order, to ``spans``."""

    document: ObjectDocumentModel
    spans: tuple[Span, ...]
    sentences: tuple[Sentence, ...]


def group_paragraphs(text: str, spans: Sequence[Span]) -> list[list[int]]:
    """Indices of ``spans`` grouped by the paragraph (blank-line separated block) they belong to."""
    groups: list[list[int]] = []
    previous_end: int | None = None
    for index, span in enumerate(spans):
        if previous_end is None or _PARAGRAPH_GAP.search(text, previous_end, span.start):
            groups.append([])
        groups[-1].append(index)
        previous_end = span.end
    return groups


def build_document(
    text: str, title: str | None = None, spans: Sequence[Span] | None = None
) -> SumyDocument:
    """Build sumy's document model from ``text``; the title becomes a heading (used by Edmundson)."""
    spans = tuple(sentence_spans(text) if spans is None else spans)
    sentences = tuple(Sentence(span.text, TOKENIZER) for span in spans)
    groups: list[list[Sentence]] = [[sentences[i] for i in g] for g in group_paragraphs(text, spans)]
    if title and title.strip():
        # The heading joins the first paragraph so Edmundson's location method still sees the lead
        # paragraph as paragraph 0 (headings are not counted as sentences).
        heading = Sentence(" ".join(title.split()), TOKENIZER, is_heading=True)
        groups = [[heading, *groups[0]], *groups[1:]] if groups else [[heading]]
    document = ObjectDocumentModel([Paragraph(group) for group in groups])
    return SumyDocument(document, spans, sentences)


def sentence_ratings(summarizer: AbstractSummarizer, doc: SumyDocument) -> list[float]:
    """Every sentence's rating from a sumy summarizer, by document position.

    sumy accepts a callable as the sentence count and calls it with all ``SentenceInfo``s sorted by
    rating; keeping them all exposes the ratings without touching the summarizers' internals.
    """
    captured: list[SentenceInfo] = []

    def keep_all(infos: list[SentenceInfo]) -> list[SentenceInfo]:
        captured.extend(infos)
        return infos

    ratings = [0.0] * len(doc.sentences)
    if doc.sentences:
        # LexRank's power method divides by zero when no two sentences share a content word.
        with numpy.errstate(divide="ignore", invalid="ignore"):
            summarizer(doc.document, keep_all)
    for info in captured:
        rating = float(info.rating)
        ratings[info.order] = rating if math.isfinite(rating) else 0.0
    return ratings
