"""Digest benchmark: compose time for growing windows and near-duplicate grouping quality.

Usage: .venv/bin/python bench/digest.py PATH_TO_CNN_CORPUS_DIR

Reads the corpus at run time only; nothing from it is written anywhere.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer.digest import (
    DigestArticle,
    DigestStatement,
    compose_digest,
    group_stories,
)
from summarizer.sentences import split_sentences

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cnn_corpus import CnnArticle as CorpusArticle
from cnn_corpus import load_corpus as load_cnn

SEED = 20240601
OUTLETS = ("Reuters", "AP", "BBC", "CNN", "Guardian", "Le Monde", "Spiegel", "NYT")
ACTORS = ("Joe Biden", "Vladimir Putin", "Angela Merkel", "Xi Jinping", "Ban Ki-moon", "David Cameron")
FOOTERS = ("(Reuters)", "Source: Associated Press", "(AFP) -- All rights reserved.", "Reporting by staff; editing.")
WINDOWS = ((50, 0.33), (500, 0.33), (5000, 0.33), (5000, 1.0))
QUALITY_ORIGINALS = 300


def load_corpus(path: Path) -> list[CorpusArticle]:
    return list(load_cnn(path))


# --- edits ------------------------------------------------------------------------------------------


def drop_first_paragraph(a: CorpusArticle, rng: random.Random) -> CorpusArticle:
    return replace(a, paragraphs=a.paragraphs[1:] or a.paragraphs)


def change_words(a: CorpusArticle, rng: random.Random, count: int = 5) -> CorpusArticle:
    paragraphs = [p.split(" ") for p in a.paragraphs]
    slots = [(i, j) for i, p in enumerate(paragraphs) for j in range(len(p))]
    for i, j in rng.sample(slots, min(count, len(slots))):
        paragraphs[i][j] = rng.choice(("reportedly", "officials", "new", "major", "local", "also"))
    return replace(a, paragraphs=tuple(" ".join(p) for p in paragraphs))


def add_footer(a: CorpusArticle, rng: random.Random) -> CorpusArticle:
    return replace(a, paragraphs=(*a.paragraphs, rng.choice(FOOTERS)))


def all_edits(a: CorpusArticle, rng: random.Random) -> CorpusArticle:
    return add_footer(change_words(drop_first_paragraph(a, rng), rng), rng)


EDITS: dict[str, Callable[[CorpusArticle, random.Random], CorpusArticle]] = {
    "drop first paragraph": drop_first_paragraph,
    "5 words changed": change_words,
    "20 words changed": lambda a, rng: change_words(a, rng, 20),
    "agency footer": add_footer,
    "all three": all_edits,
}


# --- conversion -------------------------------------------------------------------------------------


def to_digest_article(a: CorpusArticle, number: int, outlet: str) -> DigestArticle:
    saved = a.published or datetime(2014, 1, 1, tzinfo=UTC)
    lead = tuple(split_sentences(a.body)[:3])
    return DigestArticle(number, a.title, outlet, a.published, saved + timedelta(hours=1), a.body, lead)


def quotes_of(article: DigestArticle, rng: random.Random) -> list[DigestStatement]:
    quoted = [s for s in split_sentences(article.body) if '"' in s][:3]
    return [
        DigestStatement(None, rng.choice(ACTORS), s, rng.choice(("direct", "mixed", "reported")),
                        article.number, article.published)
        for s in quoted
    ]


def make_window(
    corpus: Sequence[CorpusArticle], size: int, rng: random.Random, edit_share: float = 0.33
) -> list[CorpusArticle]:
    """`size` articles sampled with replacement; `edit_share` of the repeats are lightly edited."""
    window = []
    seen: set[int] = set()
    for _ in range(size):
        k = rng.randrange(len(corpus))
        article = corpus[k]
        if k in seen and rng.random() < edit_share:
            article = rng.choice(list(EDITS.values()))(article, rng)
        seen.add(k)
        window.append(article)
    return window


# --- reports ----------------------------------------------------------------------------------------


def render_count(digest: object) -> str:
    try:
        from bot.render import digest as render_digest
    except ImportError:
        return "n/a"
    return str(len(render_digest(digest)))


def bench_compose(corpus: Sequence[CorpusArticle]) -> None:
    print("(a) compose time (windows sampled with replacement; 'edited' = share of repeats edited)")
    print(f"{'articles':>8} {'edited':>6} {'stories':>8} {'statements':>10} {'compose s':>10} {'messages':>9}")
    for size, edit_share in WINDOWS:
        rng = random.Random(SEED + size)
        window = make_window(corpus, size, rng, edit_share)
        articles = [to_digest_article(a, n + 1, rng.choice(OUTLETS)) for n, a in enumerate(window)]
        statements = [s for a in articles for s in quotes_of(a, rng)]
        start = time.perf_counter()
        digest = compose_digest(
            articles, statements,
            window_start=datetime(2014, 1, 1, tzinfo=UTC), window_end=datetime(2015, 1, 1, tzinfo=UTC),
            watched=("Angela Merkel",),
        )
        elapsed = time.perf_counter() - start
        print(f"{size:>8} {edit_share:>6.0%} {len(digest.stories):>8} {len(statements):>10} {elapsed:>10.3f} "
              f"{render_count(digest):>9}")
    print()


def bench_quality(corpus: Sequence[CorpusArticle]) -> None:
    rng = random.Random(SEED)
    originals = rng.sample(list(corpus), min(QUALITY_ORIGINALS, len(corpus)))
    print(f"(b) grouping quality: {len(originals)} originals, one edited copy each per edit type")
    print(f"{'edit':<22} {'recall':>14} {'originals merged':>17}")
    for name, edit in EDITS.items():
        articles = [to_digest_article(a, i, "Origin") for i, a in enumerate(originals)]
        copies = [to_digest_article(edit(a, rng), len(originals) + i, "Copy") for i, a in enumerate(originals)]
        recall, merged = _score_grouping(group_stories(articles + copies), len(originals))
        print(f"{name:<22} {recall:>6}/{len(originals):<7} {merged:>17}")
    articles = [to_digest_article(a, i, "Origin") for i, a in enumerate(corpus)]
    _, merged = _score_grouping(group_stories(articles), len(corpus))
    print(f"all {len(corpus)} distinct corpus articles grouped alone: {merged} originals wrongly merged")
    print()


def _score_grouping(groups: Sequence[Sequence[DigestArticle]], n_originals: int) -> tuple[int, int]:
    """(copies grouped with their original, originals sharing a group with another original)."""
    recall = merged = 0
    for group in groups:
        numbers = {a.number for a in group}
        originals = {n for n in numbers if n < n_originals}
        recall += sum(1 for n in numbers if n >= n_originals and n - n_originals in originals)
        if len(originals) > 1:
            merged += len(originals)
    return recall, merged


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="directory of CNN Corpus XML files")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.path)
    if not corpus:
        print(f"no articles found in {args.path}", file=sys.stderr)
        return 1
    print(f"corpus: {len(corpus)} articles, seed {SEED}\n")
    bench_compose(corpus)
    bench_quality(corpus)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
