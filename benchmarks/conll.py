"""Entity layer against bare ``en_core_web_sm`` on CoNLL++ (PER / ORG / LOC, exact spans).

Both read the same reconstructed documents (tokens joined by spaces, one sentence a
line) in one run; a predicted span counts when its type and its token boundaries are
exactly those of a gold entity. MISC is left out on both sides.

    python benchmarks/conll.py [--limit N]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

CONLL = (
    Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "conll2003" / "conllpp_test.txt"
)
TYPES = ("PER", "ORG", "LOC")
SPACY_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
OUR_TYPES = {"person": "PER", "organization": "ORG", "location": "LOC"}
Span = tuple[int, int, int, str]  # document, start char, end char, type


def read_conll(path: Path) -> tuple[list[str], set[Span]]:
    """Documents as text and the gold entity spans, by character offsets."""
    texts: list[str] = []
    gold: set[Span] = set()
    lines: list[str] = []
    tokens: list[tuple[str, str]] = []

    def close_sentence() -> None:
        if not tokens:
            return
        base = sum(len(ln) + 1 for ln in lines)
        pos, open_span = base, None
        for word, tag in tokens:
            if open_span and not tag.startswith("I-"):
                gold.add((len(texts), *open_span))
                open_span = None
            if tag[2:] in TYPES and (
                tag.startswith("B-") or open_span is None or open_span[2] != tag[2:]
            ):
                open_span = (pos, pos + len(word), tag[2:])
            elif open_span and tag.startswith("I-"):
                open_span = (open_span[0], pos + len(word), open_span[2])
            pos += len(word) + 1
        if open_span:
            gold.add((len(texts), *open_span))
        lines.append(" ".join(w for w, _ in tokens))
        tokens.clear()

    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("-DOCSTART-"):
            close_sentence()
            if lines:
                texts.append("\n".join(lines))
                lines.clear()
        elif not raw.strip():
            close_sentence()
        else:
            parts = raw.split()
            tag = parts[-1]
            tokens.append((parts[0], tag if tag[2:] in TYPES else "O"))
    close_sentence()
    if lines:
        texts.append("\n".join(lines))
    return texts, gold


def bare_spans(texts: list[str]) -> set[Span]:
    from newsgraph.nlp.model import load_model

    found: set[Span] = set()
    for i, doc in enumerate(load_model().pipe(texts, batch_size=16)):
        for ent in doc.ents:
            if ent.label_ in SPACY_TYPES:
                found.add((i, ent.start_char, ent.end_char, SPACY_TYPES[ent.label_]))
    return found


def our_spans(texts: list[str]) -> set[Span]:
    from newsgraph.extract.mentions import extract_mentions
    from newsgraph.nlp.pipeline import annotate

    found: set[Span] = set()
    for i, (text, pieces) in enumerate(zip(texts, annotate(texts), strict=True)):
        for m in extract_mentions(str(i), text, pieces):
            found.add((i, m.start, m.end, OUR_TYPES[m.type]))
    return found


def scores(predicted: set[Span], gold: set[Span]) -> dict[str, tuple[float, float, float]]:
    out = {}
    for kind in (*TYPES, "ALL"):
        p = {s for s in predicted if kind == "ALL" or s[3] == kind}
        g = {s for s in gold if kind == "ALL" or s[3] == kind}
        tp = len(p & g)
        precision = tp / len(p) if p else 0.0
        recall = tp / len(g) if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        out[kind] = (precision, recall, f1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = parser.parse_args()
    texts, gold = read_conll(CONLL)
    if args.limit:
        texts = texts[: args.limit]
        gold = {s for s in gold if s[0] < args.limit}
    by_type = dict(Counter(s[3] for s in gold))
    print(f"CoNLL++ test: {len(texts)} documents, {len(gold)} PER/ORG/LOC entities {by_type}")
    results = {
        "bare en_core_web_sm": scores(bare_spans(texts), gold),
        "newsgraph": scores(our_spans(texts), gold),
    }
    for name, table in results.items():
        cells = "  ".join(f"{k} P {p:.3f} R {r:.3f} F1 {f:.3f}" for k, (p, r, f) in table.items())
        print(f"{name:20s} {cells}")
    bare_f1, ours_f1 = results["bare en_core_web_sm"]["ALL"][2], results["newsgraph"]["ALL"][2]
    gain = ours_f1 - bare_f1
    print(f"F1 bare = {bare_f1:.3f}  F1 newsgraph = {ours_f1:.3f}  difference = {gain:+.3f}")


if __name__ == "__main__":
    main()
