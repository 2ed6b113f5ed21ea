"""Name matcher on OpenSanctions' labelled name pairs (nomenklatura's name benchmark).

    python benchmarks/name_bench.py ../shared/benchmarks/name_bench/cases.csv [--errors]

Prints precision, recall and, last, ``F1 = 0.xxx`` (nomenklatura logic-v2: 0.790).
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from newsgraph.resolve.names import MATCH_THRESHOLD, compare_names

KINDS = {"Person": "person"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--threshold", type=float, default=MATCH_THRESHOLD)
    parser.add_argument("--errors", action="store_true", help="list the wrong decisions")
    args = parser.parse_args()
    tp = fp = fn = tn = 0
    with args.cases.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            kind = KINDS.get(row["schema"], "organization")
            score = compare_names(row["name1"], row["name2"], kind).score
            predicted, actual = score >= args.threshold, row["is_match"] == "true"
            tp += predicted and actual
            fp += predicted and not actual
            fn += actual and not predicted
            tn += not predicted and not actual
            if args.errors and predicted != actual:
                verdict = "FP" if predicted else "FN"
                print(f"{verdict} {score:.3f} {row['schema']}: {row['name1']} | {row['name2']}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"cases {tp + fp + fn + tn}: TP {tp} FP {fp} FN {fn} TN {tn}")
    print(f"precision = {precision:.3f}")
    print(f"recall = {recall:.3f}")
    print(f"F1 = {f1:.3f}")


if __name__ == "__main__":
    main()
