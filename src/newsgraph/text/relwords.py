"""How English states the vocabulary's relations (data/relations.yaml), checked against it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from newsgraph.errors import VocabularyError
from newsgraph.vocabulary import load_vocabulary


@dataclass(frozen=True, slots=True)
class RelationalNoun:
    predicate: str
    inverse: bool = False
    needs_of: bool = False


@dataclass(frozen=True, slots=True)
class RelationWords:
    nouns: dict[str, RelationalNoun]
    deputy_modifiers: frozenset[str]
    junior_modifiers: frozenset[str]
    verbs: dict[str, str]
    tie_words: dict[str, str]  # word -> predicate
    tie_verbs: dict[str, str]
    based_words: frozenset[str]
    presence_words: frozenset[str]
    absence_words: frozenset[str]
    designation_verbs: frozenset[str]
    designation_cues: frozenset[str]
    bounty_words: frozenset[str]
    speech_verbs: frozenset[str]
    hedges: frozenset[str]
    denials: frozenset[str]
    separate_words: frozenset[str]


def _by_word(groups: dict[str, list[str]]) -> dict[str, str]:
    return {word: predicate for predicate, words in groups.items() for word in words}


def parse_relation_words(data: dict[str, Any]) -> RelationWords:
    words = RelationWords(
        nouns={w: RelationalNoun(**spec) for w, spec in data["relational_nouns"].items()},
        deputy_modifiers=frozenset(data["deputy_modifiers"]),
        junior_modifiers=frozenset(data["junior_modifiers"]),
        verbs=dict(data["verbs"]),
        tie_words=_by_word(data["tie_words"]),
        tie_verbs=_by_word(data["tie_verbs"]),
        based_words=frozenset(data["based_words"]),
        presence_words=frozenset(data["presence_words"]),
        absence_words=frozenset(data["absence_words"]),
        designation_verbs=frozenset(data["designation_verbs"]),
        designation_cues=frozenset(data["designation_cues"]),
        bounty_words=frozenset(data["bounty_words"]),
        speech_verbs=frozenset(data["speech_verbs"]),
        hedges=frozenset(data["hedges"]),
        denials=frozenset(data["denials"]),
        separate_words=frozenset(data["separate_words"]),
    )
    known = load_vocabulary().predicates
    used = {n.predicate for n in words.nouns.values()} | set(words.verbs.values())
    used |= set(words.tie_words.values()) | set(words.tie_verbs.values())
    unknown = used - set(known)
    if unknown:
        raise VocabularyError(
            f"relations.yaml uses predicates not in the vocabulary: {sorted(unknown)}"
        )
    return words


@cache
def relation_words() -> RelationWords:
    raw = resources.files("newsgraph").joinpath("data/relations.yaml").read_text(encoding="utf-8")
    return parse_relation_words(yaml.safe_load(raw))
