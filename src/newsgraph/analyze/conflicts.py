"""Where sources disagree: two values of a single-valued fact, two holders of a one-holder
role, a fact asserted by one source and denied by another, two death tolls that cannot both
be true. Hedged evidence takes part and is marked."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from newsgraph.model import Claim, Evidence
from newsgraph.resolve.claims import stable_id
from newsgraph.resolve.events import Toll
from newsgraph.vocabulary import load_vocabulary

FORMER = "former"


@dataclass(frozen=True)
class Side:
    """One side of a conflict: what it says, the claim saying it, and the sentences."""

    says: str
    claim: str | None
    evidence: tuple[Evidence, ...]

    @property
    def hedged(self) -> bool:
        return all(e.hedged for e in self.evidence)


@dataclass(frozen=True)
class Disagreement:
    id: str
    kind: str
    subject: str
    predicate: str
    sides: tuple[Side, ...]
    summary: str

    @property
    def claims(self) -> tuple[str, ...]:
        return tuple(s.claim for s in self.sides if s.claim)


class Namer:
    """Names of entities and outlets of documents, for one-line summaries."""

    def __init__(self, names: Mapping[str, str], outlets: Mapping[str, str]) -> None:
        self.names, self.outlets = names, outlets

    def __call__(self, entity_id: str | None) -> str:
        return self.names.get(entity_id or "", entity_id or "?")

    def sources(self, evidence: Sequence[Evidence]) -> str:
        labels = []
        for e in evidence:
            label = self.outlets.get(e.document, e.document)
            if e.attributed_to:
                label += f", citing {self(e.attributed_to)}"
            if e.hedged:
                label += ", hedged"
            labels.append(label)
        return "; ".join(dict.fromkeys(labels))


def _disagreement(
    kind: str, subject: str, predicate: str, sides: list[Side], summary: str
) -> Disagreement:
    key = sorted(s.claim or s.says for s in sides)
    return Disagreement(
        stable_id("K", kind, subject, predicate, *key),
        kind,
        subject,
        predicate,
        tuple(sides),
        summary,
    )


def _describe(claim: Claim, name: Namer) -> str:
    return name(claim.object) if claim.object else f"{claim.value:,.0f} {claim.unit or ''}".strip()


def polarity_conflicts(claims: Iterable[Claim], name: Namer) -> Iterator[Disagreement]:
    """One source (or speaker) asserts what another denies."""
    groups: dict[tuple[object, ...], dict[str, Claim]] = defaultdict(dict)
    for c in claims:
        groups[(c.subject, c.predicate, c.object, c.value)][c.polarity] = c
    for pair in groups.values():
        if "asserted" in pair and "denied" in pair:
            yes, no = pair["asserted"], pair["denied"]
            fact = f"{name(yes.subject)} {yes.predicate} {_describe(yes, name)}"
            said, unsaid = name.sources(yes.evidence), name.sources(no.evidence)
            summary = f"{fact}: asserted by {said}; denied by {unsaid}"
            sides = [Side("asserted", yes.id, yes.evidence), Side("denied", no.id, no.evidence)]
            yield _disagreement("polarity", yes.subject, yes.predicate, sides, summary)


def _issuers_differ(a: Claim, b: Claim) -> bool:
    first, second = a.qualifiers.get("issuer"), b.qualifiers.get("issuer")
    return first is not None and second is not None and first != second


def value_conflicts(claims: Iterable[Claim], name: Namer) -> Iterator[Disagreement]:
    """Two values of a single-valued fact (a bounty on one person from one issuer)."""
    vocabulary = load_vocabulary()
    groups: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for c in claims:
        if (
            c.value is not None
            and c.polarity == "asserted"
            and vocabulary.predicate(c.predicate).single_valued
        ):
            groups[(c.subject, c.predicate, c.unit)].append(c)
    for group in groups.values():
        clashing = {
            c.id: c
            for a, b in combinations(group, 2)
            if a.value != b.value and not _issuers_differ(a, b)
            for c in (a, b)
        }
        if not clashing:
            continue
        ordered = sorted(clashing.values(), key=lambda c: float(c.value or 0))
        first = ordered[0]
        values = " vs ".join(f"{_describe(c, name)} ({name.sources(c.evidence)})" for c in ordered)
        summary = f"{name(first.subject)} {first.predicate}: {values}"
        sides = [Side(_describe(c, name), c.id, c.evidence) for c in ordered]
        yield _disagreement("value", first.subject, first.predicate, sides, summary)


def functional_conflicts(claims: Iterable[Claim], name: Namer) -> Iterator[Disagreement]:
    """Two holders of a one-holder role at once (two current heads of one group)."""
    vocabulary = load_vocabulary()
    groups: dict[tuple[str, str | None], list[Claim]] = defaultdict(list)
    for c in claims:
        current = c.qualifiers.get("time") != FORMER
        if c.polarity == "asserted" and current and vocabulary.predicate(c.predicate).one_holder:
            groups[(c.predicate, c.object)].append(c)
    for (predicate, obj), group in groups.items():
        if len({c.subject for c in group}) < 2 or obj is None:
            continue
        by_holder: dict[str, list[Claim]] = defaultdict(list)
        for c in group:
            by_holder[c.subject].append(c)
        holders = " vs ".join(
            f"{name(holder)} ({name.sources([e for c in cs for e in c.evidence])})"
            for holder, cs in by_holder.items()
        )
        summary = f"who is {predicate.removesuffix('_of')} of {name(obj)}: {holders}"
        sides = [Side(name(c.subject), c.id, c.evidence) for c in group]
        yield _disagreement("functional", obj, predicate, sides, summary)


def _overlap(a: Toll, b: Toll) -> bool:
    return a.low <= b.high and b.low <= a.high


def toll_conflicts(
    tolls: Iterable[Toll], name: Namer, labels: Mapping[str, str]
) -> Iterator[Disagreement]:
    """Two counts of one event's dead (or injured) that cannot both be right."""
    groups: dict[tuple[str, str], list[Toll]] = defaultdict(list)
    for toll in tolls:
        groups[(toll.event, toll.field)].append(toll)
    for (event, field), group in groups.items():
        if all(_overlap(a, b) for a, b in combinations(group, 2)):
            continue
        sides = [Side(_range(t), None, (t.evidence,)) for t in group]
        counts = " vs ".join(f"{_range(t)} ({name.sources([t.evidence])})" for t in group)
        yield _disagreement(
            "value", event, field, sides, f"{labels.get(event, event)} {field}: {counts}"
        )


def _range(toll: Toll) -> str:
    return str(toll.low) if toll.low == toll.high else f"{toll.low}-{toll.high}"


def find_conflicts(
    claims: Sequence[Claim], tolls: Sequence[Toll], name: Namer, labels: Mapping[str, str]
) -> list[Disagreement]:
    found = [
        *polarity_conflicts(claims, name),
        *value_conflicts(claims, name),
        *functional_conflicts(claims, name),
        *toll_conflicts(tolls, name, labels),
    ]
    return sorted({d.id: d for d in found}.values(), key=lambda d: (d.kind, d.summary))
