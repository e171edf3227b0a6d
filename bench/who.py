"""/who latency on a large library: a synthetic corpus of stored articles and statements.

    .venv/bin/python bench/who.py [--articles 100000] [--queries 1000]

Builds the database through the store (articles with FTS, statements, mentions, found actors), then
times the /who use-case (name resolution + newest-first page) and the "Older" page.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from config.settings import load_settings
from service.core import Attache
from service.ingest import found_actor_key
from store import Store
from store.articles import NewArticle
from store.statements import NewStatement

SEED = 7
LIBRARY = "bench"
WORDS = "ministers talks sanctions border troops summit agreement ceasefire energy aid security council vote".split()
FIRST = "Anna Boris Carla Dmitri Elena Farid Greta Hiro Ines Jonas Kofi Lena Marco Nadia Omar Petra".split()
LAST = "Adler Berger Costa Dumont Eriksen Fischer Garcia Haas Ivanova Jensen Kowalski Lind Moreau Novak".split()


def build(store: Store, registry_people: list[tuple[str, str]], n_articles: int, rng: random.Random) -> None:
    found = [(f"{f} {last}", "found") for f in FIRST for last in LAST]  # 224 people outside the registry
    with store.write() as db:
        for name, _ in found:
            store.actors.ensure(db, found_actor_key(name), name, "person")
    speakers = [(key, name) for name, key in registry_people] + [(found_actor_key(n), n) for n, _ in found]
    weights = [8.0 if i < len(registry_people) else 1.0 for i in range(len(speakers))]
    start = datetime(2022, 1, 1, tzinfo=UTC)
    batch = 1000
    for first in range(0, n_articles, batch):
        with store.write() as db:
            for i in range(first, min(first + batch, n_articles)):
                published = start + timedelta(minutes=rng.randrange(0, 3 * 365 * 24 * 60))
                body = " ".join(rng.choices(WORDS, k=120))
                article = store.articles.insert(
                    db,
                    NewArticle(
                        library=LIBRARY,
                        fingerprint=f"fp{i}",
                        headline=f"Story {i}: {' '.join(rng.choices(WORDS, k=6))}",
                        body=body,
                        summary=[body[:120]],
                        published=published.strftime("%Y-%m-%dT%H:%M:%S"),
                        outlet=rng.choice(("Wire", "Post", "Herald", "Times")),
                    ),
                    "synthetic",
                )
                chosen = rng.choices(speakers, weights=weights, k=rng.randint(1, 6))
                statements = [
                    NewStatement(key, name, "person", name.split()[-1], "said", f"statement {j} of article {i}", "direct", j * 100)
                    for j, (key, name) in enumerate(chosen)
                ]
                store.statements.replace_for_article(
                    db, article.id, LIBRARY, article.published or "", statements, {k for k, _ in chosen}
                )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings({"ATTACHE_DB": f"{tmp}/who.db"}, dotenv_path=None)
        attache = Attache(settings)
        people = [(a.name, a.key) for a in attache.registry if a.kind == "person"]
        t0 = time.perf_counter()
        build(attache.store, people, args.articles, rng)
        built = time.perf_counter() - t0
        attache.close()
        attache = Attache(settings)  # as at start-up: the registry now includes the found actors
        total_statements = attache.store.statements.count_by_actor(LIBRARY, [a.key for a in attache.registry])

        surnames = [name.split()[-1] for name, _ in people]
        queries = {
            "full name": [name for name, _ in people],
            "surname": surnames,
            "role phrase": ["the EU's top diplomat", "NATO chief", "UN Secretary-General", "US Secretary of State"],
            "near miss": [s[:-1] + "x" for s in surnames if len(s) > 4],
            "found actor": [f"{f} {last}" for f in FIRST[:4] for last in LAST[:4]],
        }
        print(f"library: {args.articles:,} articles, {total_statements:,} statements by known actors "
              f"({built:.0f} s to build); registry {len(attache.registry)} actors")
        print(f"{'query kind':<14}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
        everything: list[float] = []
        for kind, pool in queries.items():
            times = []
            for _ in range(args.queries // len(queries)):
                q = rng.choice(pool)
                t = time.perf_counter()
                attache.who(LIBRARY, q)
                times.append((time.perf_counter() - t) * 1000)
            everything += times
            print(f"{kind:<14}{len(times):>6}{statistics.median(times):>9.2f}{percentile(times, 0.95):>9.2f}{percentile(times, 0.99):>9.2f}")
        pages = []
        for _ in range(200):
            key = rng.choice(people)[1]
            t = time.perf_counter()
            attache.who_key(LIBRARY, key, offset=rng.choice((5, 50, 500)))
            pages.append((time.perf_counter() - t) * 1000)
        print(f"{'older page':<14}{len(pages):>6}{statistics.median(pages):>9.2f}{percentile(pages, 0.95):>9.2f}{percentile(pages, 0.99):>9.2f}")
        print(f"{'all /who':<14}{len(everything):>6}{statistics.median(everything):>9.2f}{percentile(everything, 0.95):>9.2f}"
              f"{percentile(everything, 0.99):>9.2f}")
        attache.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
