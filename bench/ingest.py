"""Ingest throughput: articles through the core (parse, clean, summarize, statements, store).

    .venv/bin/python bench/ingest.py ../shared/data/cnn-corpus-dev [--limit 1000]

Prints articles per second, p50/p95 per-article latency and peak memory, on a fresh database; then the
catch-up after a rules change: the same database opened by a release with other rules, its articles analysed
again in the bot's batches (articles per second, and the longest batch, which is how long an update may wait).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cnn_corpus import load_corpus  # noqa: E402

from config.settings import Settings, load_settings  # noqa: E402
from service.core import CATCH_UP_BATCH, Attache  # noqa: E402
from service.ingest import Incoming  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path, help="CNN Corpus directory")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slower)")
    args = parser.parse_args()

    texts = [f"{a.title}\n\n{a.body}" for a in load_corpus(args.path, args.limit)]
    words = statistics.mean(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings({"ATTACHE_DB": f"{tmp}/bench.db"}, dotenv_path=None)
        attache = Attache(settings)
        attache.ingest(Incoming(text=texts[0], library="warm-up"))  # imports and caches, not measured
        if args.tracemalloc:
            tracemalloc.start()
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        latencies: list[float] = []
        statuses: dict[str, int] = {}
        started = time.perf_counter()
        for text in texts:
            t0 = time.perf_counter()
            outcome = attache.ingest(Incoming(text=text, library="bench"))
            latencies.append(time.perf_counter() - t0)
            statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
        elapsed = time.perf_counter() - started
        statements = sum(attache.store.statements.count_by_actor("bench", [k]) for k in _keys(attache))
        attache.close()
        catch_up, longest_batch = _catch_up(settings)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    latencies.sort()
    print(f"articles: {len(texts)}  mean words: {words:.0f}  outcomes: {statuses}")
    print(f"throughput: {len(texts) / elapsed:.1f} articles/s  ({elapsed:.2f} s, one process, synchronous=FULL)")
    print(f"latency per article: p50 {_ms(latencies, 0.50)}  p95 {_ms(latencies, 0.95)}  max {latencies[-1] * 1000:.1f} ms")
    print(f"statements stored for resolved actors: {statements}")
    print(f"peak RSS: {rss_after / 1024:.0f} MB (before the loop {rss_before / 1024:.0f} MB)")
    print(f"catch-up after a rules change: {catch_up:.1f} articles/s in batches of {CATCH_UP_BATCH}; "
          f"longest batch {longest_batch * 1000:.0f} ms")
    if args.tracemalloc:
        _, peak = tracemalloc.get_traced_memory()
        print(f"peak traced Python allocations during the loop: {peak / 1e6:.1f} MB")
    return 0


def _catch_up(settings: Settings) -> tuple[float, float]:
    """Articles per second and the longest batch when a release with other rules catches up on all of them."""
    attache = Attache(settings, stamp="other-rules")
    try:
        pending = attache.stale_count()
        batches: list[float] = []
        while True:
            t0 = time.perf_counter()
            if not attache.catch_up():
                break
            batches.append(time.perf_counter() - t0)
        return pending / sum(batches), max(batches)
    finally:
        attache.close()


def _keys(attache: Attache) -> list[str]:
    return [a.key for a in attache.registry]


def _ms(sorted_values: list[float], q: float) -> str:
    index = min(len(sorted_values) - 1, int(q * len(sorted_values)))
    return f"{sorted_values[index] * 1000:.1f} ms"


if __name__ == "__main__":
    raise SystemExit(main())
