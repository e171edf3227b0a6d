"""Near-duplicate detection for news texts: sampled word shingles, containment and union-find.

Pure functions, no I/O. Hashes are deterministic across processes (crc32 for words, tuple-of-int
hashing for shingles), so grouping results do not depend on PYTHONHASHSEED.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

SHINGLE_SIZE = 4
# Keep one shingle in SAMPLE_RATE (chosen by hash, so the same shingle is kept in every document):
# the kept subsets of a copy and its original still overlap in proportion to the full sets.
SAMPLE_RATE = 4
# Texts with fewer shingles than this keep all of them: sampling them would make overlaps too noisy.
SAMPLE_ABOVE = 256
# A shingle found in more documents than this is boilerplate; it is not used to find candidates.
MAX_POSTING = 200
MIN_SHARED = 3
# Near-duplicate thresholds; light edits (a dropped lead, a few words, a footer) give containment
# above 0.85, while follow-up stories reusing background paragraphs reach about 0.75 at most.
CONTAINED = 0.8
MIN_CONTAINED = 0.6
MIN_RESEMBLANCE = 0.5


# Deliberately simpler (and several times faster) than sentences.words: only used for hashing.
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def word_ids(toks: Sequence[str], cache: dict[str, int]) -> list[int]:
    """Deterministic ids (crc32) for tokens; `cache` is shared across the texts of one call."""
    for word in set(toks).difference(cache):
        cache[word] = zlib.crc32(word.encode("utf-8"))
    return list(map(cache.__getitem__, toks))


def shingles(ids: Sequence[int], size: int = SHINGLE_SIZE) -> set[int]:
    """Hashes of all word n-grams; texts shorter than `size` words yield one shingle of all words."""
    if len(ids) < size:
        return {hash(tuple(ids))} if ids else set()
    return set(map(hash, zip(*(ids[k:] for k in range(size)), strict=False)))


def sample(all_shingles: set[int], rate: int = SAMPLE_RATE) -> frozenset[int]:
    return frozenset(h for h in all_shingles if h % rate == 0)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    shingles: frozenset[int]
    sampled: bool  # one shingle in SAMPLE_RATE kept, else all of them

    def at_sample_rate(self) -> frozenset[int]:
        return self.shingles if self.sampled else sample(set(self.shingles))


def fingerprint(text: str | Sequence[str], cache: dict[str, int] | None = None) -> Fingerprint:
    """The shingle set of a text (or of its `tokens`), sampled for long texts."""
    toks = tokens(text) if isinstance(text, str) else text
    full = shingles(word_ids(toks, {} if cache is None else cache))
    if len(full) >= SAMPLE_ABOVE:
        return Fingerprint(sample(full), True)
    return Fingerprint(frozenset(full), False)


def overlap(fa: Fingerprint, fb: Fingerprint) -> tuple[float, float]:
    """(containment, resemblance) of two fingerprints.

    Containment is the share of the smaller text's shingles found in the other (1.0 for a verbatim
    excerpt); resemblance is the Jaccard index of the two shingle sets.
    """
    if fa.sampled == fb.sampled:
        a, b = fa.shingles, fb.shingles
    else:
        a, b = fa.at_sample_rate(), fb.at_sample_rate()
    if not a or not b:
        return 0.0, 0.0
    shared = len(a & b)
    return shared / min(len(a), len(b)), shared / (len(a) + len(b) - shared)


def containment(a: Fingerprint, b: Fingerprint) -> float:
    return overlap(a, b)[0]


def is_near_duplicate(a: Fingerprint, b: Fingerprint) -> bool:
    """Same report: nearly all of one text is in the other, or both share most of their text.

    The second rule catches copies with more edits while keeping apart follow-up stories that
    reuse a few background paragraphs (high containment in the short one, low resemblance).
    """
    contained, resemblance = overlap(a, b)
    return contained >= CONTAINED or (contained >= MIN_CONTAINED and resemblance >= MIN_RESEMBLANCE)


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller index stays root so groups are listed in input order.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra

    def groups(self) -> list[list[int]]:
        by_root: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            by_root.setdefault(self.find(i), []).append(i)
        return list(by_root.values())


def cluster(prints: Sequence[Fingerprint]) -> list[list[int]]:
    """Indices of `prints` grouped by near-duplication (transitively), in input order.

    Candidates come from an inverted index over the (sampled) shingles, so only texts sharing at
    least MIN_SHARED shingles are ever compared, and never two already in one group. A short
    text's unsampled shingles can only meet other short texts, which keep them too.
    """
    uf = UnionFind(len(prints))
    index: dict[int, list[int]] = {}
    for i, fp in enumerate(prints):
        postings = [index.setdefault(h, []) for h in fp.shingles]
        shared_with = Counter(chain.from_iterable(p for p in postings if len(p) <= MAX_POSTING))
        for posting in postings:
            posting.append(i)
        # Most shared first: a copy usually meets its closest relative before weaker candidates.
        for j, shared in shared_with.most_common():
            if shared < MIN_SHARED and shared < min(len(fp.shingles), len(prints[j].shingles)):
                break
            if uf.find(j) != uf.find(i) and is_near_duplicate(prints[j], fp):
                uf.union(j, i)
    return uf.groups()
