"""Group mentions into entities: the same name key across documents is one entity.

This is the simple first resolver (exact keys, one type per key by majority vote);
it stands alone so that a scoring resolver can replace it.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable

from newsgraph.model import ENTITY_TYPES, Entity, EntityType, Mention
from newsgraph.resolve.normalize import name_key


def entity_id(key: str) -> str:
    """A stable id: the same name key always gives the same id."""
    return "E" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _majority_type(types: Counter[EntityType]) -> EntityType:
    """The most frequent type; ties go to person, then organization, then location."""
    return max(ENTITY_TYPES, key=lambda t: (types[t], -ENTITY_TYPES.index(t)))


def _canonical(names: Counter[str]) -> str:
    """The most frequent spelling; among equals the longest, then alphabetical."""
    return max(names, key=lambda n: (names[n], len(n), [-ord(c) for c in n]))


def resolve_mentions(mentions: Iterable[Mention]) -> list[Entity]:
    """Entities from mentions; ambiguous mentions (no name) join none."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.name is not None:
            key = name_key(mention.name)
            if key:
                groups[key].append(mention)
    found = []
    for key, members in sorted(groups.items()):
        names = Counter(m.name for m in members if m.name)
        canonical = _canonical(names)
        aliases = sorted(({m.text for m in members} | set(names)) - {canonical})
        found.append(
            Entity(
                id=entity_id(key),
                type=_majority_type(Counter(m.type for m in members)),
                name=canonical,
                aliases=tuple(aliases),
                mentions=tuple(m.id for m in members),
                documents=tuple(sorted({m.document for m in members})),
            )
        )
    return found
