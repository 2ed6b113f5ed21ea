"""The story in time: events and dated claims in order, each date at its own precision.

A year-only date is never placed on a precise day: entries sort by year, then month, then
day, with the less precise first within their period ("2017" before "2017-03-02").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newsgraph.analyze.labels import claim_label

PRECISION = {4: "year", 7: "month", 10: "day"}


@dataclass(frozen=True)
class Entry:
    date: str
    precision: str
    kind: str  # an event type, or the predicate of a dated claim
    label: str
    outlets: tuple[str, ...]
    documents: int
    ref: str  # the event or claim id


def _sort_key(entry: Entry) -> tuple[int, int, int, str]:
    parts = [int(p) for p in entry.date.split("-")]
    year, month, day = [*parts, 0, 0][:3]
    return year, month, day, entry.label


def timeline(graph: Mapping[str, Any]) -> list[Entry]:
    """Dated events and claims of an export (``newsgraph/1``), in time order."""
    names = {e["id"]: e["name"] for e in graph["entities"]}
    entries = []
    for event in graph["events"]:
        if event["date"]:
            support = event.get("support", {})
            entries.append(
                Entry(event["date"], PRECISION[len(event["date"])], event["type"], event["label"],
                      tuple(support.get("outlets", ())), support.get("documents", 0), event["id"])
            )  # fmt: skip
    for claim in graph["claims"]:
        when = claim["qualifiers"].get("date")
        if when:
            support = claim.get("support", {})
            entries.append(
                Entry(when, PRECISION[len(when)], claim["predicate"], claim_label(claim, names),
                      tuple(support.get("outlets", ())), support.get("documents", 0), claim["id"])
            )  # fmt: skip
    return sorted(entries, key=_sort_key)
