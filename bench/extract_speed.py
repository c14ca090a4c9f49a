"""Extraction speed against a plain full spaCy parse, measured in one process on the same text.

    python bench/extract_speed.py [--limit N] [--recall]

Prints words per second for armsledger's extraction (cheap candidate pass, parse only the
candidates) and for `nlp.pipe` over every document with the full en_core_web_sm pipeline, their
ratio, and the peak resident memory. `--recall` also scores both candidate selection and
"parse every sentence" on the shared evaluation sets, to show what the cheap pass costs in recall.
The machine is shared and noisy: read the ratio, not the absolute figures.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def load(limit: int | None) -> list[tuple[str, str]]:
    with (SHARED / "bench" / "news.jsonl").open(encoding="utf-8") as f:
        return [(d["id"], d["text"]) for d in (json.loads(line) for line in islice(f, limit))]


def recall(parse_all: bool) -> dict[str, float]:
    from armsledger.extract import Extractor
    from armsledger.ingest import read
    from armsledger.types import Document

    extractor = Extractor(parse_all=parse_all)
    out = {}
    for name in ("seeds", "armsdeals-dev"):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            for doc in read([str(SHARED / "corpus" / name)]):
                if isinstance(doc, Document):
                    for claim in extractor(doc):
                        f.write(json.dumps(claim.to_json()) + "\n")
        result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"),
                                 str(SHARED / "eval" / f"{name}.gold.jsonl"), f.name, "--json"],
                                capture_output=True, text=True, check=True)
        scores = json.loads(result.stdout)
        for lane in ("dyads", "triples"):
            out[f"{name} {lane}"] = scores[lane]["recall"]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles (default: all)")
    parser.add_argument("--recall", action="store_true")
    args = parser.parse_args()
    if not (SHARED / "bench" / "news.jsonl").exists():
        print(f"No benchmark corpus at {SHARED}: skipped.")
        return 0

    from armsledger.extract import Extractor
    from armsledger.types import Document

    texts = load(args.limit)
    words = sum(len(t.split()) for _, t in texts)
    extractor = Extractor()
    extractor(Document(id="warm-up", text="Russia delivered two Mi-17 helicopters to Nepal."))

    start = time.perf_counter()
    claims = sum(len(extractor(Document(id=i, text=t))) for i, t in texts)
    ours = time.perf_counter() - start
    ours_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    from armsledger.nlp.pipeline import load_pipeline

    full_pipeline = load_pipeline()  # every component, NER included: the extractor leaves NER out
    start = time.perf_counter()
    for _ in full_pipeline.pipe((t for _, t in texts), batch_size=64):
        pass
    full = time.perf_counter() - start

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(texts)} articles, {words:,} words ({SHARED / 'bench' / 'news.jsonl'})")
    print(f"armsledger extract : {words / ours:10,.0f} words/s  ({ours:.1f} s, {claims} claims)")
    print(f"full spaCy parse   : {words / full:10,.0f} words/s  ({full:.1f} s, en_core_web_sm, all components)")
    print(f"ratio              : {full / ours:10.1f}x  (target >= 10)")
    print(f"peak memory        : {ours_peak_mb:10.0f} MB after extraction (target < 600); "
          f"{peak_mb:.0f} MB after the full parse too")
    if args.recall:
        cheap, every = recall(False), recall(True)
        for lane in cheap:
            print(f"recall {lane:24}: candidates {cheap[lane]:.3f}  every sentence {every[lane]:.3f}  "
                  f"(cost {100 * (every[lane] - cheap[lane]):+.1f} points)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
