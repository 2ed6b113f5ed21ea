"""Source comparison: what each outlet reports alone, whom it quotes, where it stands against
the others, and a matrix of outlets by key claims (supports / denies / silent)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from newsgraph.analyze.labels import claim_label

SUPPORTS, DENIES, SILENT, BOTH = "supports", "denies", "silent", "both"


@dataclass
class OutletProfile:
    outlet: str
    documents: int = 0
    claims: int = 0
    only_here: list[str] = field(default_factory=list)  # claim ids no other outlet reports
    speakers: set[str] = field(default_factory=set)
    in_conflicts: list[str] = field(default_factory=list)  # conflict ids it takes a side in


def profiles(graph: Mapping[str, Any], outlet_of: Mapping[str, str]) -> list[OutletProfile]:
    found: dict[str, OutletProfile] = {}
    docs_per: dict[str, set[str]] = defaultdict(set)
    for doc in graph["documents"]:
        docs_per[outlet_of.get(doc["id"], doc["id"])].add(doc["id"])
    for outlet, docs in docs_per.items():
        found[outlet] = OutletProfile(outlet, documents=len(docs))
    for claim in graph["claims"]:
        outlets = sorted({outlet_of.get(e["document"], e["document"]) for e in claim["evidence"]})
        for outlet in outlets:
            profile = found.setdefault(outlet, OutletProfile(outlet))
            profile.claims += 1
            profile.speakers.update(
                e["attributed_to"] for e in claim["evidence"]
                if e["attributed_to"] and outlet_of.get(e["document"]) == outlet
            )  # fmt: skip
        if len(outlets) == 1:
            found[outlets[0]].only_here.append(claim["id"])
    for event in graph["events"]:  # "... said", "according to ..." about an event
        for e in event["evidence"]:
            outlet = outlet_of.get(e["document"], e["document"])
            if e["attributed_to"] and outlet in found:
                found[outlet].speakers.add(e["attributed_to"])
    for conflict in graph["conflicts"]:
        for side in conflict.get("sides", []):
            for evidence in side["evidence"]:
                outlet = outlet_of.get(evidence["document"], evidence["document"])
                if outlet in found and conflict["id"] not in found[outlet].in_conflicts:
                    found[outlet].in_conflicts.append(conflict["id"])
    return sorted(found.values(), key=lambda p: p.outlet)


def stance_matrix(
    graph: Mapping[str, Any], outlet_of: Mapping[str, str]
) -> dict[str, dict[str, str]]:
    """For each key fact (one in a conflict, or one two outlets report), each outlet's stance."""
    outlets = sorted({outlet_of.get(d["id"], d["id"]) for d in graph["documents"]})
    by_id = {c["id"]: c for c in graph["claims"]}
    rows: dict[str, dict[str, str]] = {}
    facts: list[tuple[str, list[dict[str, Any]]]] = []
    for conflict in graph["conflicts"]:
        if conflict["kind"] == "polarity":
            facts.append(
                (
                    conflict["summary"].split(":")[0],
                    [by_id[c] for c in conflict["claims"] if c in by_id],
                )
            )
    names = {e["id"]: e["name"] for e in graph["entities"]}
    for claim in graph["claims"]:
        if (
            claim.get("support", {}).get("independent_outlets", 0) >= 2
            and claim["polarity"] == "asserted"
        ):
            facts.append((claim_label(claim, names), [claim]))
    for label, claims in facts:
        row = {o: SILENT for o in outlets}
        for claim in claims:
            stance = SUPPORTS if claim["polarity"] == "asserted" else DENIES
            for evidence in claim["evidence"]:
                outlet = outlet_of.get(evidence["document"], evidence["document"])
                row[outlet] = stance if row[outlet] in (SILENT, stance) else BOTH
        rows[label] = row
    return rows
