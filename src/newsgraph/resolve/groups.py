"""Name groups: the mentions that share one name key (and type), the unit the resolver links."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from newsgraph.model import ENTITY_TYPES, EntityType, Mention
from newsgraph.resolve.normalize import name_key


@dataclass
class NameGroup:
    key: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def names(self) -> Counter[str]:
        return Counter(m.name for m in self.mentions if m.name)

    @property
    def name(self) -> str:
        """The most frequent spelling; among equals the longest, then alphabetical."""
        names = self.names
        return max(names, key=lambda n: (names[n], len(n), [-ord(c) for c in n]))

    @property
    def type(self) -> EntityType:
        """The type most mentions have; ties go to person, then organization, then location."""
        types = Counter(m.type for m in self.mentions)
        return max(ENTITY_TYPES, key=lambda t: (types[t], -ENTITY_TYPES.index(t)))

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.key.split())


def name_groups(
    mentions: Iterable[Mention], detached: Mapping[str, str] | None = None
) -> list[NameGroup]:
    """Mentions grouped by name key; ambiguous mentions (no name) join none.

    ``detached`` maps mention ids an analyst split off to the key of their own group.
    """
    detached = detached or {}
    groups: dict[str, NameGroup] = defaultdict(lambda: NameGroup(""))
    for mention in mentions:
        if mention.name is None:
            continue
        key = detached.get(mention.id) or name_key(mention.name)
        if key:
            group = groups[key]
            group.key = key
            group.mentions.append(mention)
    return [groups[k] for k in sorted(groups)]
