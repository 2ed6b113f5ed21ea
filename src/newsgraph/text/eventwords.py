"""Words that report events (data/events.yaml), checked against the vocabulary's event types."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from newsgraph.errors import VocabularyError
from newsgraph.vocabulary import load_vocabulary


@dataclass(frozen=True, slots=True)
class EventWords:
    nouns: dict[str, str]  # word -> event type
    verbs: dict[str, str]  # lemma -> event type
    killed: frozenset[str]
    injured: frozenset[str]
    perpetrator_verbs: frozenset[str]
    unreal_verbs: frozenset[str]


@cache
def event_words() -> EventWords:
    raw = resources.files("newsgraph").joinpath("data/events.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    killed = frozenset(data.pop("killed_words"))
    injured = frozenset(data.pop("injured_words"))
    perpetrators = frozenset(data.pop("perpetrator_verbs"))
    unreal = frozenset(data.pop("unreal_verbs"))
    unknown = set(data) - set(load_vocabulary().event_types)
    if unknown:
        raise VocabularyError(
            f"events.yaml names event types not in the vocabulary: {sorted(unknown)}"
        )
    nouns = {w: kind for kind, spec in data.items() for w in spec.get("nouns") or []}
    verbs = {w: kind for kind, spec in data.items() for w in spec.get("verbs") or []}
    return EventWords(nouns, verbs, killed, injured, perpetrators, unreal)
