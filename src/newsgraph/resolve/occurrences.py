"""One real-world event as the reports joined so far describe it, and the rules that say
whether another report is the same event.

Two reports are one occurrence when nothing they state disagrees (type, overlapping dates,
town, specific site, the people it happened to, the parties of an agreement) and something
they state ties them: the same specific site, the same person arrested or released, the
same body founded, a date and the same kind of place ("an embassy"), or the same day (the
same month for non-violent events).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace

from newsgraph.extract.rawevents import RawEvent
from newsgraph.model import Event
from newsgraph.text.when import PRECISIONS, more_precise, overlaps, rank

VIOLENT = frozenset({"attack", "battle"})


def merged(known: Event, new: Event) -> Event:
    """Two reports of one event as one: every participant and sentence, the finer date."""
    return replace(
        known,
        label=max(known.label, new.label, key=len),  # the report that says most
        date=more_precise(known.date, new.date),
        location=known.location or new.location,
        participants=tuple(dict.fromkeys(known.participants + new.participants)),
        killed=known.killed if known.killed is not None else new.killed,
        injured=known.injured if known.injured is not None else new.injured,
        evidence=known.evidence + tuple(e for e in new.evidence if e not in known.evidence),
    )


@dataclass
class Occurrence:
    """One real-world event as the reports joined so far describe it."""

    event: Event
    towns: set[str] = field(default_factory=set)
    sites: set[str] = field(default_factory=set)  # places more specific than a town
    kinds: set[str] = field(default_factory=set)  # kinds of place: "embassy", "airport"
    subjects: set[str] = field(default_factory=set)  # who was arrested, what was founded
    parties: set[str] = field(default_factory=set)

    def handles(self) -> Iterator[tuple[str, str]]:
        """What a report must share with this occurrence to be looked at as the same."""
        yield from (("site", s) for s in self.sites)
        yield from (("kind", k) for k in self.kinds)
        yield from (("subject", s) for s in self.subjects)
        date = self.event.date
        if date and rank(date) >= PRECISIONS.index("month"):
            yield "month", date[:7]

    def absorb(self, other: Occurrence) -> None:
        self.event = merged(self.event, other.event)
        self.towns |= other.towns
        self.sites |= other.sites
        self.kinds |= other.kinds
        self.subjects |= other.subjects
        self.parties |= other.parties


def occurrence_of(raw: RawEvent, event: Event, entity_of: Mapping[str, str]) -> Occurrence:
    town = entity_of.get(raw.location or "")
    site = entity_of.get(raw.site or "")
    return Occurrence(
        event,
        towns={town} if town else set(),
        sites={site} if site and site != town else set(),
        kinds={raw.site_kind} if raw.site_kind else set(),
        subjects={p.entity for p in event.participants if p.role == "subject"},
        parties={p.entity for p in event.participants if p.role == "party"},
    )


def disagree(a: Occurrence, b: Occurrence) -> bool:
    """Something the two state cannot both be true of one event."""
    ea, eb = a.event, b.event
    return (
        ea.type != eb.type
        or (ea.date is not None and eb.date is not None and not overlaps(ea.date, eb.date))
        or bool(a.towns and b.towns and not a.towns & b.towns)
        or bool(a.sites and b.sites and not a.sites & b.sites)
        or bool(a.subjects and b.subjects and not a.subjects & b.subjects)
        or bool(not a.subjects and a.parties and b.parties and not a.parties & b.parties)
    )


def tied(a: Occurrence, b: Occurrence) -> bool:
    """Something the two state says they are the same event."""
    if a.sites & b.sites or a.subjects & b.subjects:
        return True
    da, db = a.event.date, b.event.date
    if da is None or db is None:
        return False
    if a.kinds & b.kinds:  # "the 2017 bombing near the embassy", "the embassy attack in 2017"
        return True
    finest = "day" if a.event.type in VIOLENT else "month"
    return min(rank(da), rank(db)) >= PRECISIONS.index(finest)
