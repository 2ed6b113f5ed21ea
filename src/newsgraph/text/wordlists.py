"""Word lists about English names (titles, head nouns, particles), from data/wordlists.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True, slots=True)
class WordLists:
    organization_heads: frozenset[str]
    location_heads: frozenset[str]
    location_prefixes: frozenset[str]
    person_titles: frozenset[str]
    not_entities: frozenset[str]
    group_nouns: frozenset[str]
    name_particles: frozenset[str]
    leading_determiners: frozenset[str]
    body_nouns: frozenset[str]


@cache
def wordlists() -> WordLists:
    raw = resources.files("newsgraph").joinpath("data/wordlists.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    return WordLists(**{key: frozenset(str(w).lower() for w in data[key]) for key in data})
