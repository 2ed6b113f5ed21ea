"""Events between entities: doc-local events mapped through the entities and linked across
documents when they have the same type, year and place."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from newsgraph.extract.rawevents import RawEvent
from newsgraph.model import Event, Evidence, Participant
from newsgraph.resolve.claims import stable_id


def _key(raw: RawEvent, entity_of: Mapping[str, str]) -> tuple[object, ...]:
    """Reports of one occurrence share a key: type, year and the most specific place named,
    when both are known ("an attack in Lisbon in 2015" is not linked to one of two such)."""
    place = entity_of.get(raw.site or "") or entity_of.get(raw.location or "")
    subjects = sorted(
        entity_of[m] for m, role in raw.participants if role == "subject" and m in entity_of
    )
    if raw.date and subjects:  # "X was arrested in 2014": one arrest of X that year
        return (raw.type, raw.date[:4], *subjects)
    if raw.date and place:
        return (raw.type, raw.date[:4], place)
    return (raw.type, raw.document, raw.sentence_start)


def _evidence(raw: RawEvent, entity_of: Mapping[str, str]) -> Evidence:
    speaker = entity_of.get(raw.speaker) if raw.speaker else None
    return Evidence(
        raw.document, raw.sentence_start, raw.sentence_end, raw.text, speaker, raw.hedged
    )


def _more_precise(a: str | None, b: str | None) -> str | None:
    if a is None or (b is not None and len(b) > len(a) and b.startswith(a)):
        return b
    return a


def _event(raw: RawEvent, event_id: str, entity_of: Mapping[str, str]) -> Event:
    participants = tuple(
        dict.fromkeys(
            Participant(entity_of[m], role)  # type: ignore[arg-type]
            for m, role in raw.participants
            if m in entity_of
        )
    )
    return Event(
        id=event_id,
        type=raw.type,
        label=raw.label,
        date=raw.date,
        location=entity_of.get(raw.location) if raw.location else None,
        participants=participants,
        killed=raw.killed[0] if raw.killed else None,
        injured=raw.injured[0] if raw.injured else None,
        evidence=(_evidence(raw, entity_of),),
    )


def _merge(known: Event, new: Event) -> Event:
    return replace(
        known,
        date=_more_precise(known.date, new.date),
        participants=tuple(dict.fromkeys(known.participants + new.participants)),
        killed=known.killed if known.killed is not None else new.killed,
        injured=known.injured if known.injured is not None else new.injured,
        evidence=known.evidence + tuple(e for e in new.evidence if e not in known.evidence),
    )


@dataclass(frozen=True)
class Toll:
    """One report's count of the dead (or injured) of an event, as a range, with its sentence."""

    event: str
    field: str
    low: int
    high: int
    evidence: Evidence


@dataclass(frozen=True)
class ResolvedEvents:
    events: list[Event]
    tolls: list[Toll]


def _tolls(raw: RawEvent, event_id: str, evidence: Evidence) -> list[Toll]:
    found = []
    for name in ("killed", "injured"):
        value = getattr(raw, name)
        if value is not None:
            found.append(Toll(event_id, name, value[0], value[1], evidence))
    return found


def resolve_events(raws: Iterable[RawEvent], entity_of: Mapping[str, str]) -> ResolvedEvents:
    """Events between entities, and every toll each report gives (for conflicts)."""
    events: dict[str, Event] = {}
    tolls: list[Toll] = []
    for raw in raws:
        event_id = stable_id("V", *_key(raw, entity_of))
        event = _event(raw, event_id, entity_of)
        tolls += _tolls(raw, event_id, event.evidence[0])
        events[event_id] = _merge(events[event_id], event) if event_id in events else event
    ordered = sorted(events.values(), key=lambda e: (e.date or "9999", e.id))
    return ResolvedEvents(ordered, tolls)
