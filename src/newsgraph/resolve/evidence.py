"""Facts beyond the name that bear on whether two name groups are one entity: a family tie
between them forbids it; a shared parent or sibling supports it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from newsgraph.extract.rawclaims import RawClaim
from newsgraph.vocabulary import load_vocabulary


@dataclass
class RelationEvidence:
    family: set[frozenset[str]] = field(default_factory=set)  # pairs of group keys
    relatives: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))

    def related(self, first: str, second: str) -> bool:
        return frozenset((first, second)) in self.family

    def shared_relatives(self, first: str, second: str) -> set[tuple[str, str]]:
        return self.relatives.get(first, set()) & self.relatives.get(second, set())


def relation_evidence(claims: Iterable[RawClaim], key_of: Mapping[str, str]) -> RelationEvidence:
    """Family ties between name groups, from the claims each article states."""
    vocabulary = load_vocabulary()
    found = RelationEvidence()
    for claim in claims:
        if claim.object is None or claim.polarity != "asserted":
            continue
        if not vocabulary.predicate(claim.predicate).family:
            continue
        subject, obj = key_of.get(claim.subject), key_of.get(claim.object)
        if subject and obj and subject != obj:
            found.family.add(frozenset((subject, obj)))
            found.relatives[subject].add((claim.predicate, obj))
    return found
