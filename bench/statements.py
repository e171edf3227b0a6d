"""Benchmark statement extraction against PolNeAR-style brat attributions.

Usage: .venv/bin/python bench/statements.py PATH [--cue-classes] [--by-cue N] [--show-errors N]
(PATH holds text/, attributions/, metadata.tsv)
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from config.actor_registry import load_actor_records
from summarizer.actors import ActorRegistry
from summarizer.cues import BELIEF_VERBS, FINDING_NOUNS
from summarizer.speech_acts import ACTS, STANCES
from summarizer.statements import Statement, extract_statements

QUOTE_CHARS = re.compile(r"[\"“”«»„]")
# Fixed here (not imported from the extractor's lexicon) so that widening the extractor cannot move the slice.
BENCH_SPEECH_CUES = frozenset(
    """according accused acknowledged acknowledges added adding adds admits admitted alleged alleges announced
    announces announcing argued argues arguing asked asks assured blasted boasted calling cautioned charged claimed
    claiming claims commented complained complains conceded concedes condemned confirmed confirms contended
    continued countered criticised criticized declared declares demanded demands denied denies echoed emphasised
    emphasized emphasizes explained explaining explains indicated insisted insisting insists joked maintained
    maintains mentioned noted notes noting observed pledged pledges posted predicted predicts promised promises
    promising quipped recalled recalls reiterated reiterates rejected rejects remarked repeated replied replies
    reported reports responded responds said say saying says signaled signalled stated states stressed stresses
    stressing suggested suggesting tell telling tells testified threatened told tweeted tweets urged urges urging
    vowed vows warned warning warns writes writing wrote""".split()
)
NOT_NAMES = frozenset("the a an his her their its this that these those he she they it we i".split())


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: str
    cue: str
    quoted: bool

    @property
    def length(self) -> int:
        return sum(e - s for s, e in self.content)


def parse_ann(path: Path, text: str) -> list[Gold]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            typ, _, offsets = parts[1].partition(" ")
            ranges = [tuple(map(int, r.split())) for r in offsets.split(";")]
            spans[parts[0]] = (typ, ranges)  # type: ignore[assignment]
        elif line.startswith("E") and len(parts) >= 2:
            args = dict(a.split(":", 1) for a in parts[1].split())
            events.append(args)
    golds = []
    for ev in events:
        if "Attribution" not in ev and "Attribution-no-source" not in ev:
            continue
        content = [r for role in ("Content", "Content2") if role in ev for r in spans[ev[role]][1]]
        if not content:
            continue
        source = " ".join(text[s:e] for s, e in spans[ev["Source"]][1]) if "Source" in ev else ""
        cue = " ".join(text[s:e] for s, e in spans[ev["Cue"]][1]) if "Cue" in ev else ""
        quoted = any(QUOTE_CHARS.search(text[s:e]) for s, e in content)
        golds.append(Gold(sorted(content), source, cue, quoted))
    return golds


def overlap(a: tuple[int, int], ranges: list[tuple[int, int]]) -> int:
    return sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in ranges)


def is_name(source: str) -> bool:
    toks = re.findall(r"[\w'’.-]+", source)
    return bool(toks) and toks[-1][:1].isupper() and toks[-1].lower() not in NOT_NAMES


def speaker_ok(pred: Statement, source: str) -> bool:
    """The predicted actor's surname (the speaker's last word when no actor was resolved) is in the source."""
    # a typographic apostrophe is the same letter: "O’Neill" is O'Neill
    src = {t.lower().strip("'s") for t in re.findall(r"[\w'-]+", source.replace("’", "'"))}
    label = (pred.actor_name or pred.speaker).replace("’", "'")
    if not label.split():
        return False
    if " and " in label:  # joint speaker "Borrell and Joly": right if any of them is the annotated source
        return any(speaker_ok(pred.__class__(**{**pred.__dict__, "actor_name": part, "speaker": part}), source)
                   for part in label.split(" and ") if part.strip())
    return label.split()[-1].lower().strip(".,'s") in src


def hits(pred: Statement, gold: Gold) -> bool:
    """A prediction hits an annotated attribution when at least half of its text is inside its content."""
    return overlap((pred.start, pred.end), gold.content) * 2 >= max(1, pred.end - pred.start)


CUE_CLASSES = (
    "speech verb (the list above)",
    "speech act on an object (extractor's lexicon)",
    "no cue (colon, headline)",
    "stance, belief or finding",
    "other (actions, nouns)",
)
_FINDING_VERBS = frozenset("show shows showed shown showing found find finds reveals revealed estimates estimated".split())


def cue_class(cue_words: set[str]) -> str:
    """Diagnostic only: which kind of cue an attribution has. The act and stance sets are the extractor's."""
    if cue_words & BENCH_SPEECH_CUES:
        return CUE_CLASSES[0]
    if any(w in ACTS for w in cue_words):
        return CUE_CLASSES[1]
    if not cue_words:
        return CUE_CLASSES[2]
    if any(w in STANCES for w in cue_words) or cue_words & (set(BELIEF_VERBS) | FINDING_NOUNS | _FINDING_VERBS):
        return CUE_CLASSES[3]
    return CUE_CLASSES[4]


def load(path: Path) -> list[tuple[str, str, date | None, list[Gold]]]:
    rows = path.joinpath("metadata.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    articles = []
    for row in rows[1:]:
        rec = dict(zip(header, row.split("\t"), strict=False))
        name = rec["filename"]
        txt = path / "text" / f"{name}.txt"
        ann = next(
            (path / "attributions" / f"{name}_{a}.ann" for a in rec["annotators"].split("|")
             if (path / "attributions" / f"{name}_{a}.ann").exists()),
            None,
        )
        if ann is None or not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        try:
            published = date.fromisoformat(rec.get("publication_date", ""))
        except ValueError:
            published = None
        articles.append((name, text, published, parse_ann(ann, text)))
    return articles


@dataclass
class Score:
    tp: dict[str, int]
    n_pred: dict[str, int]
    cov: dict[str, list[int]]
    spk: list[int]
    classes: dict[str, list[int]]  # diagnostic: cue class -> [covered, total] over reported attributions
    by_cue: dict[str, list[int]]  # diagnostic: cue words -> [misses quote-mark, misses reported, total]
    errors: list[str]


def score(articles: list[tuple[str, str, date | None, list[Gold]]], preds_all: list[list[Statement]],
          show_errors: int = 0) -> Score:
    sc = Score({"quote": 0, "reported": 0}, {"quote": 0, "reported": 0},
               {k: [0, 0] for k in ("quote", "reported", "speech", "speech-quote", "speech-reported")}, [0, 0], {}, {},
               [])
    for (name, text, _, golds), preds in zip(articles, preds_all, strict=True):
        for p in preds:
            sl = "quote" if p.kind in ("direct", "mixed") else "reported"
            sc.n_pred[sl] += 1
            best = max(golds, key=lambda g: overlap((p.start, p.end), g.content), default=None)
            if best and hits(p, best):
                sc.tp[sl] += 1
                if is_name(best.source):
                    sc.spk[1] += 1
                    if speaker_ok(p, best.source):
                        sc.spk[0] += 1
                    elif len(sc.errors) < show_errors:
                        sc.errors.append(f"SPK {name}: pred={p.speaker!r}/{p.actor_name!r} gold={best.source!r}")
            elif len(sc.errors) < show_errors:
                sc.errors.append(f"FP  {name}: [{p.kind}] {p.speaker!r} {p.cue!r} :: {p.text[:120]!r}")
        for g in golds:
            # Only predictions that hit this attribution count towards covering it (no credit for long spans
            # that merely contain it); covered when they hold at least half of its content characters.
            covered_chars = sum(overlap((p.start, p.end), g.content) for p in preds if hits(p, g))
            hit = covered_chars * 2 >= g.length
            sl = "quote" if g.quoted else "reported"
            sc.cov[sl][0] += hit
            sc.cov[sl][1] += 1
            cue_words = {w.lower() for w in re.findall(r"[A-Za-z]+", g.cue)}
            if cue_words & BENCH_SPEECH_CUES:
                for key in ("speech", f"speech-{sl}"):
                    sc.cov[key][0] += hit
                    sc.cov[key][1] += 1
            if not g.quoted:
                row = sc.classes.setdefault(cue_class(cue_words), [0, 0])
                row[0] += hit
                row[1] += 1
            row = sc.by_cue.setdefault(g.cue.lower().strip() or "(none)", [0, 0, 0])
            row[2] += 1
            if not hit:
                row[0 if g.quoted else 1] += 1
            if not hit and len(sc.errors) < show_errors:
                sc.errors.append(f"FN  {name}: [{sl}] {g.source!r} {g.cue!r} :: "
                                 f"{text[g.content[0][0]:g.content[-1][1]][:120]!r}")
    return sc


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--by-cue", type=int, default=0, help="diagnostic: the N cue words with most misses")
    ap.add_argument("--cue-classes", action="store_true",
                    help="diagnostic: reported attributions by the kind of their cue, and the recall reachable "
                         "if every speech verb, speech act and cue-less attribution were covered")
    args = ap.parse_args()
    registry = ActorRegistry.from_records(load_actor_records())
    articles = load(args.path)

    t0 = time.perf_counter()
    repeats = 3
    for _ in range(repeats):
        # What ingest stores: statements, and beliefs and findings marked as such (is_speech False).
        preds_all = [extract_statements(t, d, registry, include_findings=True) for _, t, d, _ in articles]
    elapsed = (time.perf_counter() - t0) / repeats
    n_words = sum(len(re.findall(r"\w+", t)) for _, t, _, _ in articles)
    sc = score(articles, preds_all, args.show_errors)
    said = score(articles, [[p for p in preds if p.is_speech] for preds in preds_all])

    all_tp, all_pred = sum(sc.tp.values()), sum(sc.n_pred.values())
    all_cov = sc.cov["quote"][0] + sc.cov["reported"][0]
    all_gold = sc.cov["quote"][1] + sc.cov["reported"][1]
    print(f"articles: {len(articles)}  words/article: {n_words / max(1, len(articles)):.0f}  "
          "predictions: statements and marked beliefs/findings, as stored")
    print("hit: >= half of a prediction's characters inside one annotated content span; "
          "covered: >= half of an annotated content's characters inside predictions that hit it")
    print(f"{'slice':<22}{'precision':<22}{'recall':<22}")
    print(f"{'direct (quote-mark)':<22}{ratio(sc.tp['quote'], sc.n_pred['quote']):<22}{ratio(*sc.cov['quote']):<22}")
    print(f"{'reported':<22}{ratio(sc.tp['reported'], sc.n_pred['reported']):<22}{ratio(*sc.cov['reported']):<22}")
    print(f"{'overall':<22}{ratio(all_tp, all_pred):<22}{ratio(all_cov, all_gold):<22}")
    print(f"recall, speech-verb cues only: {ratio(*sc.cov['speech'])}  direct (quote-mark) "
          f"{ratio(*sc.cov['speech-quote'])}  reported {ratio(*sc.cov['speech-reported'])}")
    print(f"speaker accuracy (hits whose annotated source is a name): {ratio(*sc.spk)}")
    print(f"speed: {len(articles) / elapsed:.0f} articles/s ({elapsed * 1000 / max(1, len(articles)):.1f} ms/article)")
    print(f"what /who shows (findings left out): precision {ratio(sum(said.tp.values()), sum(said.n_pred.values()))}"
          f"  recall direct {ratio(*said.cov['quote'])}  reported {ratio(*said.cov['reported'])}"
          f"  speaker accuracy {ratio(*said.spk)}")
    print("speech-verb cue list: " + " ".join(sorted(BENCH_SPEECH_CUES)))
    for line in sc.errors:
        print(line)
    if args.cue_classes:
        total = sum(n for _, n in sc.classes.values())
        print("reported attributions by cue (covered / total, share of all reported):")
        for cls in CUE_CLASSES:
            got, n = sc.classes.get(cls, [0, 0])
            print(f"  {cls:<46} {got:>4} / {n:<4} {n / max(1, total):.3f}")
        reachable = sum(sc.classes.get(c, [0, 0])[1] for c in CUE_CLASSES[:3])
        print(f"reported recall if the first three were all covered and nothing else: {reachable / max(1, total):.3f}")
    if args.by_cue:
        print("misses by cue (quote-mark, reported, of total):")
        for cue_key, (mq, mr, n) in sorted(sc.by_cue.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))[:args.by_cue]:
            print(f"  {cue_key!r:<30} {mq:>4} {mr:>4} / {n}")


if __name__ == "__main__":
    main()
