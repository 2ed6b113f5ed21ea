"""The story in time: events and dated claims in order, each date at its own precision.

A year-only date is never placed on a precise day: entries sort by period, the less precise
first within it ("the 1980s" before "1985", "2017" before "2017-03-02").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newsgraph.analyze.labels import claim_label, event_label
from newsgraph.text.when import precision, sort_key


@dataclass(frozen=True)
class Entry:
    date: str
    precision: str
    kind: str  # an event type, or the predicate of a dated claim
    label: str
    outlets: tuple[str, ...]
    documents: int
    ref: str  # the event or claim id


def _sort_key(entry: Entry) -> tuple[tuple[int, int, int, int], str]:
    return sort_key(entry.date), entry.label


def timeline(graph: Mapping[str, Any]) -> list[Entry]:
    """Dated events and claims of an export (``newsgraph/1``), in time order."""
    names = {e["id"]: e["name"] for e in graph["entities"]}
    entries = []
    for event in graph["events"]:
        if event["date"]:
            support = event.get("support", {})
            entries.append(
                Entry(event["date"], precision(event["date"]), event["type"],
                      event_label(event, names),
                      tuple(support.get("outlets", ())), support.get("documents", 0), event["id"])
            )  # fmt: skip
    for claim in graph["claims"]:
        when = claim["qualifiers"].get("date")
        if when:
            support = claim.get("support", {})
            entries.append(
                Entry(when, precision(when), claim["predicate"], claim_label(claim, names),
                      tuple(support.get("outlets", ())), support.get("documents", 0), claim["id"])
            )  # fmt: skip
    return sorted(entries, key=_sort_key)
