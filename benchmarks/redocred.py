"""Relation extractor on the Re-DocRED development set, restricted to our vocabulary.

Each document is rebuilt from its tokens (one sentence a line) and run through the same
per-document extraction as ``newsgraph build``; a claim counts when both its mentions
fall on mentions of the gold entity clusters and the pair is labelled with a Wikidata
property that maps to the predicate (mapping in ../shared/benchmarks/README.md).

    python benchmarks/redocred.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

DEV = (
    Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "redocred" / "dev_revised.json"
)
# Wikidata property -> (predicate, True when the head is the predicate's subject)
PROPERTIES = {
    "P22": ("child_of", True),
    "P25": ("child_of", True),
    "P40": ("child_of", False),
    "P3373": ("sibling_of", True),
    "P26": ("spouse_of", True),
    "P1038": ("relative_of", True),
    "P463": ("member_of", True),
    "P112": ("founder_of", False),
    "P488": ("leader_of", False),
    "P35": ("leader_of", False),
    "P6": ("leader_of", False),
    "P749": ("part_of", True),
    "P361": ("part_of", True),
    "P159": ("based_in", True),
}
SYMMETRIC = {"sibling_of", "spouse_of", "relative_of"}
Triple = tuple[int, str, int, int]  # document, predicate, subject cluster, object cluster


def _text(doc: dict[str, Any]) -> tuple[str, list[list[tuple[int, int]]]]:
    """The document text and, per sentence, the character span of each token."""
    lines, spans, offset = [], [], 0
    for sentence in doc["sents"]:
        positions, pos = [], offset
        for token in sentence:
            positions.append((pos, pos + len(token)))
            pos += len(token) + 1
        spans.append(positions)
        line = " ".join(sentence)
        lines.append(line)
        offset += len(line) + 1
    return "\n".join(lines), spans


def _clusters(
    doc: dict[str, Any], spans: list[list[tuple[int, int]]]
) -> list[tuple[int, int, int]]:
    """(start, end, cluster) for every gold mention."""
    found = []
    for index, cluster in enumerate(doc["vertexSet"]):
        for mention in cluster:
            tokens = spans[mention["sent_id"]]
            start, end = mention["pos"]
            found.append((tokens[start][0], tokens[end - 1][1], index))
    return found


def _cluster_of(start: int, end: int, clusters: list[tuple[int, int, int]]) -> int | None:
    for s, e, index in clusters:
        if s < end and start < e:
            return index
    return None


def gold_triples(docs: list[dict[str, Any]]) -> set[Triple]:
    found = set()
    for i, doc in enumerate(docs):
        for label in doc["labels"]:
            if label["r"] in PROPERTIES:
                predicate, head_is_subject = PROPERTIES[label["r"]]
                h, t = (label["h"], label["t"]) if head_is_subject else (label["t"], label["h"])
                found.add(
                    (i, predicate, *((min(h, t), max(h, t)) if predicate in SYMMETRIC else (h, t)))
                )
    return found


def predicted_triples(docs: list[dict[str, Any]]) -> set[Triple]:
    from newsgraph.extract.document import extract_document
    from newsgraph.model import Document
    from newsgraph.nlp.pipeline import annotate

    built = [_text(doc) for doc in docs]
    found = set()
    for i, ((text, spans), pieces) in enumerate(
        zip(built, annotate([t for t, _ in built]), strict=True)
    ):
        extraction = extract_document(Document(id=str(i), path="", text=text), pieces)
        where = {m.id: (m.start, m.end) for m in extraction.mentions}
        clusters = _clusters(docs[i], spans)
        for claim in extraction.claims:
            if claim.object is None or claim.polarity != "asserted":
                continue
            h = _cluster_of(*where[claim.subject], clusters)
            t = _cluster_of(*where[claim.object], clusters)
            if h is None or t is None or h == t:
                continue
            pair = (min(h, t), max(h, t)) if claim.predicate in SYMMETRIC else (h, t)
            found.add((i, claim.predicate, *pair))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = parser.parse_args()
    docs = json.loads(DEV.read_text(encoding="utf-8"))
    docs = docs[: args.limit] if args.limit else docs
    gold, predicted = gold_triples(docs), predicted_triples(docs)
    by_predicate: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "pred": 0, "gold": 0})
    for triple in predicted:
        by_predicate[triple[1]]["pred"] += 1
        by_predicate[triple[1]]["tp"] += triple in gold
    for triple in gold:
        by_predicate[triple[1]]["gold"] += 1
    print(f"Re-DocRED dev: {len(docs)} documents, {len(gold)} gold triples of our vocabulary")
    print(f"{'predicate':18s} {'gold':>5s} {'pred':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    totals = {"tp": 0, "pred": 0, "gold": 0}
    for predicate in sorted(by_predicate):
        row = by_predicate[predicate]
        for key in totals:
            totals[key] += row[key]
        print(f"{predicate:18s} {row['gold']:5d} {row['pred']:5d} " + _prf(row))
    print(f"{'all':18s} {totals['gold']:5d} {totals['pred']:5d} " + _prf(totals))


def _prf(row: dict[str, int]) -> str:
    p = row["tp"] / row["pred"] if row["pred"] else 0.0
    r = row["tp"] / row["gold"] if row["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:6.3f} {r:6.3f} {f:6.3f}"


if __name__ == "__main__":
    main()
