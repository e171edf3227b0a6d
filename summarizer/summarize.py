"""Extractive summaries of news articles, built on sumy with an offline tokenizer.

``summarize`` returns sentences exactly as ``split_sentences`` produces them, in document order.
The default method ("attache") blends a lead-position prior, TF-IDF centroid similarity, sumy's
Edmundson title/location and LexRank ratings, sentence-length and boilerplate penalties, then picks
sentences greedily with MMR so near-duplicates are not repeated.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy
from sumy.summarizers._summarizer import AbstractSummarizer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from summarizer.sentences import sentence_spans, words
from summarizer.sumy_adapter import STOP_WORDS, SumyDocument, build_document, sentence_ratings, stem

Method = Callable[[str, int, str | None], list[str]]

# Only the first sentences of a long text are candidates; news puts the substance up front and this
# bounds the cost of the quadratic parts for very long inputs.
MAX_CANDIDATES = 60
# sumy's LexRank is quadratic in pure Python, so it only rates the lead sentences.
MAX_LEXRANK = 20


@dataclass(frozen=True, slots=True)
class Weights:
    """Scoring weights, tuned by coordinate search on the CNN Corpus dev set (see bench/summaries.py)."""

    position: float = 1.0
    position_decay: float = 0.05
    centroid: float = 2.0
    lexrank: float = 0.3
    title: float = 0.25
    location: float = 0.1
    # Highlights are short, so long sentences cost ROUGE precision; very short ones carry little.
    short_words: int = 8
    long_words: int = 20
    length_penalty: float = 0.5
    per_word: float = 0.0
    fragment: float = 0.5
    redundancy: float = 0.0
    duplicate: float = 0.8


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True, slots=True)
class Features:
    texts: list[str]
    terms: list[Counter[str]]
    position: list[float]
    centroid: list[float]
    lexrank: list[float]
    title: list[float]
    location: list[float]
    length: list[int]
    boilerplate: list[bool]
    fragment: list[bool]


def _terms(sentence: str) -> Counter[str]:
    return Counter(stem(w) for w in words(sentence.lower()) if w not in STOP_WORDS and not w.isdigit())


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(weight * b.get(term, 0.0) for term, weight in a.items())
    if dot == 0.0:
        return 0.0
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm


def _idf(terms: Sequence[Counter[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for counter in terms:
        df.update(counter.keys())
    total = len(terms)
    return {term: math.log(1 + total / count) for term, count in df.items()}


def _weighted(counter: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    return {term: count * idf[term] for term, count in counter.items()}


def _centroid_scores(terms: Sequence[Counter[str]]) -> list[float]:
    idf = _idf(terms)
    total: Counter[str] = Counter()
    for counter in terms:
        total.update(counter)
    centroid = _weighted(total, idf)
    return [_cosine(_weighted(counter, idf), centroid) for counter in terms]


_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{0,40}\((?:CNN|AP|Reuters|AFP)\)\s*(?:--|—|-)?\s*$")
_BYLINE = re.compile(r"^(?:By|Written by|Reported by)\s+(?:[A-Z][\w.'-]*\s*){1,4}(?:,.*)?$")
_BOILERPLATE = re.compile(
    r"^(?:Read more|READ MORE|WATCH|Click here|CLICK|Related|Photos?:|Video:|See also|Share this|"
    r"Editor's note|Editor’s note)\b|^Follow\b.*(?:Twitter|Facebook|Instagram|@)|contributed to this report",
)


def _is_boilerplate(sentence: str) -> bool:
    """Datelines, bylines and link bait never belong in a summary."""
    stripped = sentence.strip()
    return bool(_DATELINE.match(stripped) or _BYLINE.match(stripped) or _BOILERPLATE.search(stripped))


def _is_fragment(sentence: str) -> bool:
    """Questions and pieces of multi-sentence quotations read badly out of context."""
    stripped = sentence.strip()
    if stripped.rstrip("\"'”’)").endswith("?"):
        return True
    opening, closing = stripped.count("“"), stripped.count("”")
    return stripped.count('"') % 2 == 1 or opening != closing


def _ratings(summarizer: AbstractSummarizer, doc: SumyDocument) -> list[float]:
    ratings = sentence_ratings(summarizer, doc)
    top = max(ratings, default=0.0)
    return [r / top for r in ratings] if top > 0 else ratings


def _title_scores(terms: Sequence[Counter[str]], title: str | None) -> list[float]:
    """Edmundson's title feature (content words shared with the title), scaled to [0, 1].

    Same rating as sumy's EdmundsonTitleMethod, computed on the already stemmed terms because
    re-stemming every word through sumy doubled the cost of this feature.
    """
    title_terms = set(_terms(title or ""))
    if not title_terms:
        return [0.0] * len(terms)
    return [min(sum(c for t, c in counter.items() if t in title_terms) / len(title_terms), 1.0) for counter in terms]


def extract_features(body: str, title: str | None = None) -> Features:
    spans = sentence_spans(body)[:MAX_CANDIDATES]
    doc = build_document(body, title, spans)
    texts = [span.text for span in spans]
    terms = [_terms(text) for text in texts]
    lexrank = LexRankSummarizer(stem)
    lexrank.stop_words = STOP_WORDS
    lead = build_document(body, title, spans[:MAX_LEXRANK])
    lex = _ratings(lexrank, lead) + [0.0] * max(0, len(spans) - MAX_LEXRANK)
    location = EdmundsonSummarizer(stem, cue_weight=0, key_weight=0, title_weight=0, location_weight=1)
    location.null_words = STOP_WORDS
    return Features(
        texts=texts,
        terms=terms,
        position=[float(i) for i in range(len(texts))],
        centroid=_centroid_scores(terms),
        lexrank=lex,
        title=_title_scores(terms, title),
        location=_ratings(location, doc),
        length=[len(words(text)) for text in texts],
        boilerplate=[_is_boilerplate(text) for text in texts],
        fragment=[_is_fragment(text) for text in texts],
    )


def _length_penalty(length: int, weights: Weights) -> float:
    if length < weights.short_words:
        return weights.length_penalty * (weights.short_words - length) / weights.short_words
    if length > weights.long_words:
        return weights.length_penalty * min(1.0, (length - weights.long_words) / weights.long_words)
    return 0.0


def score_sentences(features: Features, weights: Weights = DEFAULT_WEIGHTS) -> list[float]:
    scores = []
    for i in range(len(features.texts)):
        score = (
            weights.position * math.exp(-weights.position_decay * features.position[i])
            + weights.centroid * features.centroid[i]
            + weights.lexrank * features.lexrank[i]
            + weights.title * features.title[i]
            + weights.location * features.location[i]
            - _length_penalty(features.length[i], weights)
            - weights.per_word * features.length[i] / 20
        )
        if features.boilerplate[i] or features.length[i] < 3:
            score -= 10.0
        if features.fragment[i]:
            score -= weights.fragment
        scores.append(score)
    return scores


def select(features: Features, n: int, weights: Weights = DEFAULT_WEIGHTS) -> list[str]:
    """Greedy MMR: best score minus similarity to what is already chosen; returned in document order."""
    scores = score_sentences(features, weights)
    idf = _idf(features.terms)
    vectors = [_weighted(counter, idf) for counter in features.terms]
    chosen: list[int] = []
    remaining = list(range(len(scores)))
    while remaining and len(chosen) < n:
        overlap = {i: max((_cosine(vectors[i], vectors[j]) for j in chosen), default=0.0) for i in remaining}
        # Near-duplicates (e.g. a repeated lead) are skipped outright unless nothing else is left.
        fresh = [i for i in remaining if overlap[i] < weights.duplicate] or remaining
        best = max(fresh, key=lambda i: (scores[i] - weights.redundancy * overlap[i], -i))
        chosen.append(best)
        remaining.remove(best)
    return [features.texts[i] for i in sorted(chosen)]


def summarize(body: str, n: int = 3, title: str | None = None) -> list[str]:
    """Up to ``n`` of the body's sentences (as ``split_sentences`` gives them), in document order."""
    if n <= 0 or not body.strip():
        return []
    features = extract_features(body, title)
    if len(features.texts) <= n:
        return list(features.texts)
    return select(features, n)


def lead(body: str, n: int = 3, title: str | None = None) -> list[str]:
    return [span.text for span in sentence_spans(body)[:max(n, 0)]]


def _sumy_method(factory: Callable[[], AbstractSummarizer], max_sentences: int | None = None) -> Method:
    def run(body: str, n: int = 3, title: str | None = None) -> list[str]:
        if n <= 0 or not body.strip():
            return []
        spans = sentence_spans(body)[:max_sentences]
        doc = build_document(body, title, spans)
        with numpy.errstate(divide="ignore", invalid="ignore"):
            picked = factory()(doc.document, n)
        chosen = {id(sentence) for sentence in picked}
        pairs = zip(doc.spans, doc.sentences, strict=True)
        return [span.text for span, sentence in pairs if id(sentence) in chosen]

    return run


def _with_stop_words(cls: type[AbstractSummarizer]) -> Callable[[], AbstractSummarizer]:
    def make() -> AbstractSummarizer:
        summarizer = cls(stem)
        summarizer.stop_words = STOP_WORDS
        return summarizer

    return make


_lexrank = _with_stop_words(LexRankSummarizer)
_textrank = _with_stop_words(TextRankSummarizer)
_lsa = _with_stop_words(LsaSummarizer)


def _edmundson() -> AbstractSummarizer:
    summarizer = EdmundsonSummarizer(stem, cue_weight=0, key_weight=0, title_weight=1, location_weight=1)
    summarizer.null_words = STOP_WORDS
    return summarizer


METHODS: dict[str, Method] = {
    "lead3": lead,
    "lexrank": _sumy_method(_lexrank),
    "textrank": _sumy_method(_textrank),
    "lsa": _sumy_method(_lsa),
    "edmundson": _sumy_method(_edmundson),
    "attache": summarize,
}
