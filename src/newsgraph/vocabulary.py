"""The predicate and event vocabulary, loaded from ``vocabulary.yaml`` and checked when loaded."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from newsgraph.errors import VocabularyError

_RELATION_KEYS = {
    "description",
    "symmetric",
    "single_valued",
    "family",
    "one_holder",
    "qualifiers",
    "subject",
    "object",
}
_VALUE_KEYS = {"description", "unit", "single_valued", "qualifiers", "subject"}
_ANY_TYPE = ("person", "organization", "location")


@dataclass(frozen=True, slots=True)
class Predicate:
    name: str
    description: str
    is_relation: bool
    symmetric: bool = False
    single_valued: bool = False
    one_holder: bool = False
    family: bool = False
    unit: str | None = None
    subject_types: tuple[str, ...] = _ANY_TYPE
    object_types: tuple[str, ...] = _ANY_TYPE

    def accepts(self, subject_type: str, object_type: str | None) -> bool:
        """Whether entities of these types can stand in this relation."""
        if subject_type not in self.subject_types:
            return False
        return object_type is None or object_type in self.object_types


@dataclass(frozen=True, slots=True)
class Vocabulary:
    predicates: dict[str, Predicate]
    event_types: tuple[str, ...]
    participant_roles: tuple[str, ...]

    def predicate(self, name: str) -> Predicate:
        """The predicate called ``name``; an unknown name is a programming error."""
        try:
            return self.predicates[name]
        except KeyError:
            raise VocabularyError(f"predicate {name!r} is not in the vocabulary") from None


def _check_keys(name: str, spec: Any, allowed: set[str]) -> dict[str, Any]:
    if not isinstance(spec, dict) or "description" not in spec:
        raise VocabularyError(f"{name}: expected a mapping with a description")
    unknown = set(spec) - allowed
    if unknown:
        raise VocabularyError(f"{name}: unknown properties {sorted(unknown)}")
    return spec


def _types(name: str, raw: Any) -> tuple[str, ...]:
    if raw is None:
        return _ANY_TYPE
    types = tuple(raw)
    if not types or set(types) - set(_ANY_TYPE):
        raise VocabularyError(f"{name}: entity types must be among {_ANY_TYPE}, got {raw!r}")
    return types


def parse_vocabulary(data: Any) -> Vocabulary:
    """Build a Vocabulary from parsed YAML, refusing anything malformed."""
    if not isinstance(data, dict):
        raise VocabularyError("vocabulary: expected a mapping at the top level")
    predicates: dict[str, Predicate] = {}
    for name, raw in (data.get("relations") or {}).items():
        spec = _check_keys(name, raw, _RELATION_KEYS)
        predicates[name] = Predicate(
            name=name,
            description=spec["description"],
            is_relation=True,
            symmetric=bool(spec.get("symmetric", False)),
            single_valued=bool(spec.get("single_valued", False)),
            one_holder=bool(spec.get("one_holder", False)),
            family=bool(spec.get("family", False)),
            subject_types=_types(name, spec.get("subject")),
            object_types=_types(name, spec.get("object")),
        )
    for name, raw in (data.get("values") or {}).items():
        spec = _check_keys(name, raw, _VALUE_KEYS)
        if name in predicates:
            raise VocabularyError(f"{name}: defined twice")
        predicates[name] = Predicate(
            name=name,
            description=spec["description"],
            is_relation=False,
            single_valued=bool(spec.get("single_valued", False)),
            unit=spec.get("unit"),
            subject_types=_types(name, spec.get("subject")),
        )
    events = tuple(data.get("event_types") or ())
    roles = tuple(data.get("participant_roles") or ())
    if not predicates or not events or not roles:
        raise VocabularyError(
            "vocabulary: relations, event_types and participant_roles are required"
        )
    return Vocabulary(predicates, events, roles)


@cache
def load_vocabulary() -> Vocabulary:
    """The packaged vocabulary (parsed once per process)."""
    text = resources.files("newsgraph").joinpath("vocabulary.yaml").read_text(encoding="utf-8")
    return parse_vocabulary(yaml.safe_load(text))
