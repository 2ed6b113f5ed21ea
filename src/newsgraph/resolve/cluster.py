"""Mentions into entities: name groups, blocking, pairwise scoring, then clustering under the
constraints of family ties and analyst judgements. Every join is kept as a Link to explain."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsgraph.extract.rawclaims import RawClaim
from newsgraph.model import ENTITY_TYPES, Entity, EntityType, Mention
from newsgraph.resolve.blocking import candidate_pairs
from newsgraph.resolve.evidence import RelationEvidence, relation_evidence
from newsgraph.resolve.groups import NameGroup, name_groups
from newsgraph.resolve.judgements import Constraints, Judgement, constraints, detached_mentions
from newsgraph.resolve.scoring import Link, score_pair


def entity_id(key: str) -> str:
    """The id of a new entity: a hash of its first name key."""
    return "E" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Resolution:
    entities: list[Entity]
    links: dict[str, list[Link]]  # entity id -> the links that joined its groups


class _Clusters:
    """Union-find over group indices that refuses to join what must stay apart."""

    def __init__(self, size: int, cannot: Mapping[int, set[int]]) -> None:
        self.parent = list(range(size))
        self.members = {i: {i} for i in range(size)}
        self.cannot = cannot

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if not force and any(
            self.find(j) == rb for i in self.members[ra] for j in self.cannot.get(i, ())
        ):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        return True


def _unique_short_forms(links: list[tuple[int, int, Link]]) -> list[tuple[int, int, Link]]:
    """A short form ("Roe") joins a full name only if it fits exactly one."""
    fits: dict[int, set[int]] = defaultdict(set)
    for a, b, link in links:
        if _rests_on_short_form(link):
            fits[a].add(b)
            fits[b].add(a)
    ambiguous = {i for i, others in fits.items() if len(others) > 1}
    return [
        (a, b, link)
        for a, b, link in links
        if not (_rests_on_short_form(link) and (a in ambiguous or b in ambiguous))
    ]


def _rests_on_short_form(link: Link) -> bool:
    """Whether only the short-form feature lifted this link above the name score."""
    return "short_form" in link.features and link.features.get("name", 0) < link.score


def _scored_links(
    groups: Sequence[NameGroup], evidence: RelationEvidence
) -> list[tuple[int, int, Link]]:
    links = []
    for a, b in candidate_pairs(groups):
        link = score_pair(groups[a], groups[b], evidence)
        if link.joins:
            links.append((a, b, link))
    return _unique_short_forms(links)


def _cannot_map(
    groups: Sequence[NameGroup], evidence: RelationEvidence, rules: Constraints
) -> dict[int, set[int]]:
    index = {g.key: i for i, g in enumerate(groups)}
    cannot: dict[int, set[int]] = defaultdict(set)
    for pair in evidence.family | rules.cannot:
        a, b = tuple(pair)
        if a in index and b in index:
            cannot[index[a]].add(index[b])
            cannot[index[b]].add(index[a])
    return cannot


def _entity(members: list[NameGroup], previous: Mapping[str, str], taken: set[str]) -> Entity:
    mentions = [m for g in members for m in g.mentions]
    types = Counter(m.type for m in mentions)
    kind: EntityType = max(ENTITY_TYPES, key=lambda t: (types[t], -ENTITY_TYPES.index(t)))
    main = max(members, key=lambda g: (len(g.mentions), len(g.name), g.key))
    names = {m.name for m in mentions if m.name} | {m.text for m in mentions}
    old = Counter(
        previous[m.id] for m in mentions if m.id in previous and previous[m.id] not in taken
    )
    ident = old.most_common(1)[0][0] if old else entity_id(min(g.key for g in members))
    taken.add(ident)
    return Entity(
        id=ident,
        type=kind,
        name=main.name,
        aliases=tuple(sorted(names - {main.name})),
        mentions=tuple(m.id for m in mentions),
        documents=tuple(sorted({m.document for m in mentions})),
    )


def resolve_mentions(
    mentions: Iterable[Mention],
    claims: Iterable[RawClaim] = (),
    judgements: Sequence[Judgement] = (),
    previous: Mapping[str, str] | None = None,
) -> Resolution:
    """Entities from mentions. ``previous`` maps mention ids to the entity ids of the last
    build, so that an entity whose mentions stay together keeps its id."""
    mentions = list(mentions)
    groups = name_groups(mentions, detached_mentions(judgements))
    key_of = {m.id: g.key for g in groups for m in g.mentions}
    evidence = relation_evidence(claims, key_of)
    rules = constraints(judgements, key_of)
    clusters = _Clusters(len(groups), _cannot_map(groups, evidence, rules))
    index = {g.key: i for i, g in enumerate(groups)}
    joined: list[tuple[int, int, Link]] = []
    for pair in rules.must:
        a, b = (index[k] for k in sorted(pair))
        clusters.join(a, b, force=True)
        joined.append(
            (
                a,
                b,
                Link(groups[a].key, groups[b].key, 1.0, {"judgement": 1.0}, "analyst merged them"),
            )
        )
    for a, b, link in sorted(_scored_links(groups, evidence), key=lambda x: -x[2].score):
        if clusters.join(a, b):
            joined.append((a, b, link))
    return _entities(groups, clusters, joined, previous or {})


def _entities(
    groups: Sequence[NameGroup],
    clusters: _Clusters,
    joined: list[tuple[int, int, Link]],
    previous: Mapping[str, str],
) -> Resolution:
    taken: set[str] = set()
    by_root: dict[int, list[NameGroup]] = defaultdict(list)
    for i, group in enumerate(groups):
        by_root[clusters.find(i)].append(group)
    entities: list[Entity] = []
    links: dict[str, list[Link]] = {}
    root_of_entity: dict[int, str] = {}
    for root, members in sorted(by_root.items(), key=lambda kv: min(g.key for g in kv[1])):
        entity = _entity(members, previous, taken)
        entities.append(entity)
        root_of_entity[root] = entity.id
        links[entity.id] = []
    for a, _, link in joined:
        links[root_of_entity[clusters.find(a)]].append(link)
    return Resolution(entities, links)
