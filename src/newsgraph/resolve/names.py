"""Do two names denote the same person or body? A score that explains itself.

Names are analysed with rigour (the OpenSanctions name library): parts tagged with shared
symbols (name variants from Wikidata such as Mohammed/Muhammad, org types, "bin"/"ibn")
pair first; what is left is compared by edit distance tuned for typos and
transliteration drift. The score weighs every part of the shorter name; parts only the
longer name has (a middle name, a patronymic) cost less than parts that disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rigour.names import (
    NameTypeTag,
    align_person_name_order,
    analyze_names,
    compare_parts,
    pair_symbols,
)

MATCH_THRESHOLD = 0.7
EXTRA_PART_COST = 0.35  # a part only the longer name has counts this much against it
# Parts paired through a shared symbol (a known variant, not the same letters) count this much:
# enough to carry a name, short of identical spelling.
SYMBOL_MATCH = 0.85


@dataclass(frozen=True)
class NameScore:
    score: float
    features: dict[str, float] = field(default_factory=dict)

    @property
    def is_match(self) -> bool:
        return self.score >= MATCH_THRESHOLD


@lru_cache(maxsize=65536)
def _analysed(name: str, tag: NameTypeTag) -> tuple[Any, ...]:
    return tuple(analyze_names(tag, [name]))


def _tag(kind: str) -> NameTypeTag:
    return NameTypeTag.PER if kind == "person" else NameTypeTag.ORG


def _weight(parts: tuple[Any, ...]) -> float:
    return float(sum(len(p.comparable) for p in parts)) or 1.0


def _pairing_score(a: Any, b: Any, pairing: tuple[Any, ...]) -> tuple[float, dict[str, float]]:
    used_a = {id(p) for al in pairing for p in al.qps}
    used_b = {id(p) for al in pairing for p in al.rps}
    matched = 0.0
    features: dict[str, float] = {}
    for al in pairing:
        category = str(al.symbol.category).rsplit(".", 1)[-1] if al.symbol is not None else "NAME"
        matched += SYMBOL_MATCH * (_weight(al.qps) + _weight(al.rps))
        features[f"symbol:{category.lower()}"] = features.get(f"symbol:{category.lower()}", 0) + 1
    rest_a = [p for p in a.parts if id(p) not in used_a]
    rest_b = [p for p in b.parts if id(p) not in used_b]
    if a.tag == NameTypeTag.PER:
        rest_a, rest_b = align_person_name_order(rest_a, rest_b)
    for al in compare_parts(rest_a, rest_b) if (rest_a or rest_b) else []:
        if al.qps and al.rps:
            matched += al.score * (_weight(al.qps) + _weight(al.rps))
            features["residue_similarity"] = min(features.get("residue_similarity", 1.0), al.score)
    total_a, total_b = _weight(a.parts), _weight(b.parts)
    shorter, longer = sorted((total_a, total_b))
    # What the longer name has in addition counts less than disagreement.
    surplus = max(0.0, longer - shorter)
    denominator = total_a + total_b - surplus * (1 - EXTRA_PART_COST)
    score = matched / denominator if denominator else 0.0
    features["extra_parts"] = surplus
    return min(1.0, score), features


def compare_names(first: str, second: str, kind: str = "person") -> NameScore:
    """How alike two names are (0 to 1), with the features that made the score."""
    tag = _tag(kind)
    best = NameScore(0.0)
    for a in _analysed(first, tag):
        for b in _analysed(second, tag):
            if a.comparable == b.comparable:
                return NameScore(1.0, {"identical": 1.0})
            for pairing in pair_symbols(a, b):
                score, features = _pairing_score(a, b, pairing)
                if score > best.score:
                    best = NameScore(score, features)
    return best
