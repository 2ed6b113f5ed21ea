"""Entity resolution: quality of merge decisions on hard cases, and cost at scale.

    python benchmarks/resolution.py [--mentions 200000]

1. Hard cases (tests/data/resolution_cases.json, news-style names written for this project:
   same-surname relatives, transliterations, acronyms, affiliates, facilities named after
   people): pairwise precision and recall of the merge decisions.
2. Scale: generated mentions (people with transliteration variants, bodies, places) resolved
   in one run; time and peak memory printed, for 1/4, 1/2 and all of them, to show how the
   cost grows.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time
from itertools import combinations
from pathlib import Path

from newsgraph.model import Mention
from newsgraph.resolve.cluster import resolve_mentions

CASES = Path(__file__).resolve().parents[1] / "tests" / "data" / "resolution_cases.json"
SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "sa",
    "lu",
    "de",
    "na",
    "ho",
    "ve",
    "ta",
    "zi",
    "bo",
    "ne",
    "ra",
    "mi",
    "go",
    "fa",
    "ju",
]
VOWEL_SWAP = {"a": "e", "e": "i", "i": "a", "o": "u", "u": "o"}


def _mention(doc: int, i: int, name: str, kind: str) -> Mention:
    return Mention(f"d{doc}", i, i + len(name), name, kind, i, i + 50, name)  # type: ignore[arg-type]


def quality() -> None:
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    tp = fp = fn = 0
    for case in cases:
        mentions = [_mention(i, 0, name, case["type"]) for i, name in enumerate(case["names"])]
        entity_of = {m: e.id for e in resolve_mentions(mentions).entities for m in e.mentions}
        for (a, la), (b, lb) in combinations(zip(mentions, case["truth"], strict=True), 2):
            same_truth, same_found = la == lb, entity_of[a.id] == entity_of[b.id]
            tp += same_truth and same_found
            fp += same_found and not same_truth
            fn += same_truth and not same_found
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(
        f"hard cases: {len(cases)} sets; merge decisions "
        f"precision {precision:.3f} recall {recall:.3f}"
    )


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))


def _variant(name: str, rng: random.Random) -> str:
    letters = list(name)
    vowels = [i for i, c in enumerate(letters) if c in VOWEL_SWAP]
    if vowels and rng.random() < 0.3:
        i = rng.choice(vowels)
        letters[i] = VOWEL_SWAP[letters[i]]
    return "".join(letters)


def generate(count: int, seed: int = 7) -> list[Mention]:
    rng = random.Random(seed)
    people = [f"{_word(rng).title()} {_word(rng).title()}" for _ in range(count // 8)]
    bodies = [
        f"{_word(rng).title()} {rng.choice(['Front', 'Brigade', 'Council', 'Network'])}"
        for _ in range(count // 40)
    ]
    places = [_word(rng).title() for _ in range(count // 80)]
    found = []
    for i in range(count):
        roll = rng.random()
        if roll < 0.7:
            name, kind = _variant(rng.choice(people), rng), "person"
        elif roll < 0.9:
            name, kind = rng.choice(bodies), "organization"
        else:
            name, kind = rng.choice(places), "location"
        found.append(_mention(i // 20, (i % 20) * 100, name, kind))
    return found


def scale(total: int) -> None:
    mentions = generate(total)
    for share in (4, 2, 1):
        part = mentions[: total // share]
        start = time.perf_counter()
        entities = resolve_mentions(part).entities
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rate = len(part) / seconds
        print(
            f"{len(part):>8,} mentions -> {len(entities):>7,} entities "
            f"in {seconds:6.1f} s ({rate:,.0f}/s), peak {peak:,.0f} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mentions", type=int, default=200_000)
    args = parser.parse_args()
    quality()
    scale(args.mentions)


if __name__ == "__main__":
    main()
