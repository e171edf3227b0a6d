"""ROUGE benchmark of the extractive summarizers on the CNN Corpus (internal evaluation only).

Usage: .venv/bin/python bench/summaries.py ../shared/data/cnn-corpus-dev [--limit N] [--n 3]

The corpus is read from PATH at run time; nothing from it is stored in the repository.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from rouge_score import rouge_scorer  # noqa: E402

from summarizer.summarize import METHODS  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cnn_corpus import CnnArticle as Article  # noqa: E402
from cnn_corpus import load_corpus  # noqa: E402

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")


Method = Callable[[str, int, str | None], list[str]]


def evaluate(articles: list[Article], methods: dict[str, Method], n: int) -> dict[str, dict[str, float]]:
    """Mean ROUGE F1 (percent) and mean milliseconds per article for each method."""
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    results: dict[str, dict[str, float]] = {}
    for name, method in methods.items():
        totals = dict.fromkeys((*ROUGE_TYPES, "ms"), 0.0)
        for article in articles:
            started = time.perf_counter()
            summary = method(article.body, n, article.title)
            totals["ms"] += (time.perf_counter() - started) * 1000
            scores = scorer.score("\n".join(article.highlights), "\n".join(summary))
            for rouge_type in ROUGE_TYPES:
                totals[rouge_type] += scores[rouge_type].fmeasure * 100
        results[name] = {key: value / max(len(articles), 1) for key, value in totals.items()}
    return results


def format_table(results: dict[str, dict[str, float]]) -> str:
    lines = [f"{'method':<12} {'R-1':>6} {'R-2':>6} {'R-Lsum':>6} {'ms/art':>7}"]
    for name, row in results.items():
        lines.append(
            f"{name:<12} {row['rouge1']:6.1f} {row['rouge2']:6.1f} {row['rougeLsum']:6.1f} {row['ms']:7.2f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="CNN Corpus directory (or a single XML file)")
    parser.add_argument("--limit", type=int, default=None, help="evaluate only the first N articles")
    parser.add_argument("--n", type=int, default=3, help="sentences per summary (default 3)")
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated method names")
    args = parser.parse_args(argv)

    names = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = [m for m in names if m not in METHODS]
    if unknown:
        parser.error(f"unknown method(s): {', '.join(unknown)}; choose from {', '.join(METHODS)}")
    articles = list(load_corpus(args.path, args.limit, need_highlights=True))
    if not articles:
        parser.error(f"no articles with highlights found in {args.path}")

    results = evaluate(articles, {m: METHODS[m] for m in names}, args.n)
    print(f"{len(articles)} articles, {args.n} sentences per summary, ROUGE F1 (%), rouge_score stemmed")
    print(format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
