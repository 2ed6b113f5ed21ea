"""Analyst judgements: merge, not-same and split, stored as data and replayed on every build.

A judgement names mentions (stable across rebuilds: document hash and offsets), never
derived entity ids; it overrides the scorer, and a later judgement on the same pair
overrides an earlier one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["merge", "not_same", "split"]


@dataclass(frozen=True)
class Judgement:
    id: str
    kind: Kind
    first: tuple[str, ...]  # mention ids: one side (for split: the mentions split off)
    second: tuple[str, ...]  # the other side (for split: the mentions that stay)
    author: str
    created: str
    reason: str = ""


@dataclass
class Constraints:
    must: set[frozenset[str]] = field(default_factory=set)  # pairs of group keys
    cannot: set[frozenset[str]] = field(default_factory=set)


def detached_mentions(judgements: Iterable[Judgement]) -> dict[str, str]:
    """Mentions analysts split off, each to the group of its split judgement."""
    return {m: f"split {j.id}" for j in judgements if j.kind == "split" for m in j.first}


def constraints(judgements: Iterable[Judgement], key_of: Mapping[str, str]) -> Constraints:
    """Must-link and cannot-link pairs of group keys, in judgement order."""
    found = Constraints()
    for j in sorted(judgements, key=lambda j: (j.created, j.id)):
        firsts = {key_of[m] for m in j.first if m in key_of}
        seconds = {key_of[m] for m in j.second if m in key_of}
        for a in firsts:
            for b in seconds:
                if a == b:
                    continue
                pair = frozenset((a, b))
                if j.kind == "merge":
                    found.cannot.discard(pair)
                    found.must.add(pair)
                else:
                    found.must.discard(pair)
                    found.cannot.add(pair)
    return found
