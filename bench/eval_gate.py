"""The evaluation gate: extract the evaluation sets, score them, fail below pinned floors.

`make eval` runs it. The floors live in `bench/eval_floors.json`; raising one is a commit of its
own, lowering one needs a reason in that commit. Where `../shared` is absent (a user's machine)
it says so and exits 0.

    python bench/eval_gate.py [--set seeds|armsdeals-dev|articles] [--misses] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FLOORS = Path(__file__).with_name("eval_floors.json")
ARTICLES = Path(__file__).with_name("articles")
# name -> (documents, gold claims): the shared sets, and our own invented articles (bench/articles)
SETS = {
    "seeds": (SHARED / "corpus" / "seeds", SHARED / "eval" / "seeds.gold.jsonl"),
    "armsdeals-dev": (SHARED / "corpus" / "armsdeals-dev", SHARED / "eval" / "armsdeals-dev.gold.jsonl"),
    "articles": (ARTICLES / "docs", ARTICLES / "gold.jsonl"),
}


def extract(corpus: Path, out: Path) -> tuple[int, float]:
    from armsledger.batch.local import Extracted, extract_ordered
    from armsledger.ingest import read

    start = time.perf_counter()
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for item in extract_ordered(read([str(corpus)]), jobs=1):
            if isinstance(item, Extracted):
                n += 1
                for claim in item.claims:
                    f.write(json.dumps(claim.to_json(), ensure_ascii=False) + "\n")
    return n, time.perf_counter() - start


def score(gold: Path, pred: Path, misses: bool) -> dict[str, dict[str, float]]:
    script = SHARED / "eval" / "score.py"
    if misses:
        subprocess.run([sys.executable, str(script), str(gold), str(pred), "--misses"], check=True)
    result = subprocess.run([sys.executable, str(script), str(gold), str(pred), "--json"],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "eval")
    args = parser.parse_args()
    if not (SHARED / "eval" / "score.py").exists():
        print(f"No evaluation sets at {SHARED} (they ship only with the development workspace): skipped.")
        return 0
    floors = json.loads(FLOORS.read_text())
    args.out.mkdir(parents=True, exist_ok=True)
    failures = []
    for name in args.set or list(SETS):
        pred = args.out / f"{name}.jsonl"
        corpus, gold = SETS[name]
        docs, seconds = extract(corpus, pred)
        result = score(gold, pred, args.misses)
        print(f"-- {name}: {docs} documents in {seconds:.1f} s")
        for lane, m in result.items():
            if lane == "quiet_docs":
                share = m["with_claims"] / m["docs"] if m["docs"] else 0.0
                print(f"   quiet documents with a claim: {m['with_claims']} of {m['docs']} ({share:.1%})")
                ceiling = floors.get(name, {}).get("quiet_share_max")
                if ceiling is not None and share > ceiling:
                    failures.append(f"{name} quiet share {share:.3f} > {ceiling}")
                continue
            print(f"   {lane:8} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
                  f"(predicted {m['predicted']}, gold {m['gold']})")
            floor = floors.get(name, {}).get(f"{lane}_f1")
            if floor is not None and m["f1"] < floor:
                failures.append(f"{name} {lane} F1 {m['f1']:.3f} < floor {floor}")
    for failure in failures:
        print(f"FAIL: {failure}")
    print("evaluation gate:", "FAILED" if failures else "passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
